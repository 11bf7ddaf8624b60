# Batch 134 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "What people paste into 'is this site legitimate?'". The pages a worried patient, a parent or a
# pharmacist would paste into a legitimacy checker embedded on a partner site: an ordinary mix of the
# sites they found through search, ads, social media and messages, across every category, with no
# particular trick in mind. Sellers: online-pharmacy product page, questionnaire-only "telehealth",
# pasted WhatsApp spam, research-chemical analogue shop, veterinary supply selling to anyone, classified
# listing for Spravato devices, affiliate "best shops" doorway, bot-check wall (url-only), and shops or
# ads in es/de/fr/nl/pt/it (one a blog post on the shop's own site, one a link-in-bio page).
# Protected pages: at-home ketamine telehealth (home, trust page, roster, referral psychiatry, pricing
# snippet, checkout, impersonation warning, de/es services), infusion/Spravato/KAP clinics (incl.
# billing FAQ, fr/nl/it/pt clinics), news, pharmacy-board alert, forum thread, Rx-only compounding
# pharmacy, harm-reduction and rehab pages.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, footers), medium and short pages,
# navigation-heavy forum and checkout pages, a bot-check wall, and plain-text excerpts (pasted
# message, pricing snippet, drug-checking note).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch134.py (writes batch134/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch134")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h13401", "https://medsquare-rxpharmacy.example/product/ketamine-hcl-injection-50mg-ml-10ml", "seller", True, "en",
  "online-pharmacy-product-page", "Ketamine HCl Injection 50mg/ml (10ml vial) - MedSquare Rx Pharmacy", """
<header>
<div class="topbar">24/7 Customer Care &middot; support@medsquare-rxpharmacy.example &middot; Text/WhatsApp +1 (646) 555-0182</div>
<a class="logo" href="/">MedSquare<span>Rx</span> Pharmacy</a>
<form class="search"><input placeholder="Search medications..."><button>Search</button></form>
<nav><a href="/">Home</a> <a href="/shop">All Products</a> <a href="/category/pain-relief">Pain Relief</a> <a href="/category/anxiety">Anxiety</a> <a href="/category/depression">Depression</a> <a href="/category/sleep">Sleep Aids</a> <a href="/track-order">Track Order</a> <a href="/contact">Contact</a> <a href="/cart">Cart</a></nav>
</header>
<main>
<p class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/category/depression">Depression</a> &rsaquo; Ketamine HCl Injection</p>
<div class="product">
<img src="/wp-content/uploads/2026/03/ketalar-vial.jpg" alt="Ketamine vial">
<h1>Ketamine HCl Injection 50mg/ml (10ml vial)</h1>
<div class="rating">&#9733;&#9733;&#9733;&#9733;&#9733; (212 customer reviews)</div>
<p class="price">$180.00 &ndash; $1,450.00</p>
<p>Ketamine hydrochloride is a fast-acting medicine used in hospitals for anesthesia and increasingly for depression, PTSD and chronic pain. Our vials are sourced from certified manufacturers and shipped sealed in original packaging.</p>
<form class="variations_form cart">
<label>Quantity pack</label>
<select name="attribute_pack">
<option>1 vial - $180</option>
<option>3 vials - $480</option>
<option>5 vials - $750</option>
<option>10 vials - $1,450 (best value)</option>
</select>
<input type="number" value="1" min="1"> <button class="single_add_to_cart_button">Add to cart</button>
</form>
<ul class="perks">
<li>No prior prescription needed &ndash; free consultation with our in-house doctor included with every order</li>
<li>Discreet packaging, no mention of contents on the parcel</li>
<li>Delivery in 3&ndash;5 days (USA, Canada), 7&ndash;10 days (Europe, Australia)</li>
<li>100% delivery guarantee: free reshipment if your parcel is seized or lost</li>
<li>Pay with Bitcoin, Zelle or Cash App and get 10% off</li>
</ul>
<p class="meta">SKU: MSQ-KET-5010 &middot; Category: Depression &middot; Tags: buy ketamine online, ketalar, ketamine for depression</p>
</div>
<section class="tabs">
<h2>Description</h2>
<p>Ketamine is an NMDA receptor antagonist. At sub-anesthetic doses it produces rapid relief of depressive symptoms, often within hours. Many of our customers use it after standard antidepressants failed. Always start low and follow the dosing guide sent with your order.</p>
<h2>Shipping &amp; Returns</h2>
<p>Orders placed before 2pm EST ship the same day. You receive a tracking number by email within 24 hours. Because of the nature of the product we cannot accept returns, but every order is covered by our reship guarantee.</p>
<h2>Reviews (212)</h2>
<div class="review"><b>Jason T.</b> &ndash; Got my 5 vials in 4 days to Ohio, well packed. Will order again.</div>
<div class="review"><b>Maria L.</b> &ndash; First order was stuck at customs, they reshipped without questions. Legit.</div>
<div class="review"><b>K. Brandt</b> &ndash; Paid with BTC, smooth process, support answered on WhatsApp within minutes.</div>
</section>
<section class="related"><h2>Related products</h2>
<a href="/product/ketamine-nasal-spray">Ketamine Nasal Spray 100mg/ml</a> <a href="/product/ketamine-powder-crystal">Ketamine Crystal 5g</a> <a href="/product/xanax-2mg">Xanax 2mg</a> <a href="/product/oxycodone-30mg">Oxycodone 30mg</a></section>
</main>
<footer>
<p>MedSquare Rx Pharmacy is a licensed online pharmacy serving customers worldwide since 2014.</p>
<p><a href="/privacy">Privacy Policy</a> &middot; <a href="/refund">Refund Policy</a> &middot; <a href="/terms">Terms</a> &middot; We accept: Bitcoin &middot; Zelle &middot; Cash App &middot; Western Union</p>
<p>&copy; 2026 MedSquare Rx Pharmacy. All rights reserved.</p>
</footer>
""", noise="cookie")

p("h13402", "https://calmwave-athome.example/get-started", "seller", True, "en",
  "questionnaire-only-telehealth-lookalike", "Calmwave | At-home ketamine, approved online in minutes", """
<header><a class="logo" href="/">calmwave</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/science">The science</a> <a href="/reviews">Reviews</a> <a href="/login">Log in</a> <a class="btn" href="/get-started">Get started</a></nav></header>
<main>
<section class="hero">
<h1>Feel like yourself again. Ketamine therapy at home, without the wait.</h1>
<p>Skip the waiting rooms, the referrals and the awkward video calls. Answer a short questionnaire, and one of our affiliated doctors reviews it the same day. Most members are approved in under 15 minutes.</p>
<a class="btn" href="/questionnaire/step-1">Take the 3-minute assessment</a>
<p class="small">98% of applicants approved &middot; Ships next business day &middot; No appointments ever</p>
</section>
<section class="how">
<h2>How it works</h2>
<ol>
<li><b>Answer 12 questions</b> about your mood, sleep and goals. No insurance, no referral, no records needed.</li>
<li><b>Get approved</b> &ndash; an affiliated physician signs off on your treatment plan asynchronously. You never have to talk to anyone unless you want to.</li>
<li><b>Receive your kit</b> &ndash; dissolvable ketamine tablets (up to 8 per month), an eye mask and a journal, delivered in plain packaging.</li>
<li><b>Refill automatically</b> &ndash; your plan renews every 30 days. Want a higher dose? Just tell us in the app.</li>
</ol>
</section>
<section class="pricing">
<h2>Simple pricing</h2>
<div class="plan"><h3>Starter</h3><p>$149/month</p><p>4 tablets, 300 mg each</p></div>
<div class="plan featured"><h3>Plus</h3><p>$229/month</p><p>8 tablets, up to 450 mg each &middot; priority shipping</p></div>
<p>Medication included. Cancel anytime. Use code <b>CALM40</b> for 40% off your first month.</p>
</section>
<section class="faq">
<h2>FAQ</h2>
<h3>Do I need a diagnosis?</h3><p>No. If you have felt low, anxious or burnt out, you are likely a great fit.</p>
<h3>Do I need to speak to a doctor?</h3><p>Nope. Our streamlined review means a licensed doctor evaluates your answers without the need for a call.</p>
<h3>Can I share my tablets with my partner?</h3><p>Each member needs their own plan, but couples get 20% off the second plan.</p>
</section>
</main>
<footer>Calmwave Health Inc. &middot; Medical services provided by affiliated physicians. &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h13403", "https://ketapharma-direct.example/", "seller", True, "en",
  "pasted-message", "", """
Hello dear, good day to you. We are a registered supplier of pharmaceutical grade products in USA, Canada, UK and Australia.
We have Ketamine available in liquid (Ketalar 50mg/ml 10ml vials), crystal/shard and powder form, also nasal spray.
Prices:
- Ketalar 10ml x 5 vials = $650
- Ketamine crystal 10g = $420, 28g = $900
- Nasal spray 100mg/ml = $180
No prescription needed. Delivery 24-48 hours within the USA, overnight available, 100% discreet, tracking number provided. If your package gets lost we reship for free.
Payment: Bitcoin, Zelle, Apple Pay, Cash App or gift cards (Amazon, Apple).
Text or WhatsApp +1 (213) 555-0147 or Telegram @ketapharma_direct to place your order. Website: ketapharma-direct.example
God bless, Dr. Steve
""", ext="txt")

p("h13404", "https://apexlabchemicals.example/product/2-fdck-2-fluorodeschloroketamine", "seller", True, "en",
  "research-chemical-shop", "2-FDCK (2-Fluorodeschloroketamine) | Apex Lab Chemicals", """
<header>
<div class="notice">All products are sold for laboratory research use only. Not for human consumption. Must be 21+ to order.</div>
<a class="logo" href="/">APEX LAB CHEMICALS</a>
<nav><a href="/shop">Shop</a> <a href="/category/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/category/dissociatives">Dissociatives</a> <a href="/category/benzodiazepines">Benzodiazepines</a> <a href="/category/pellets">Pellets</a> <a href="/lab-reports">Lab Reports</a> <a href="/shipping">Shipping</a> <a href="/my-account">My Account</a> <a href="/cart">Basket</a></nav>
</header>
<main>
<h1>2-FDCK (2-Fluorodeschloroketamine) Crystal</h1>
<p class="purity">Purity: &ge;99.5% (HPLC) &middot; CAS 111982-50-4 &middot; Batch #FD-2611</p>
<table class="prices">
<tr><th>Amount</th><th>Price</th></tr>
<tr><td>1 g</td><td>&euro;25.00</td></tr>
<tr><td>5 g</td><td>&euro;95.00</td></tr>
<tr><td>10 g</td><td>&euro;160.00</td></tr>
<tr><td>25 g</td><td>&euro;320.00</td></tr>
<tr><td>100 g</td><td>&euro;900.00</td></tr>
</table>
<button>Add to basket</button>
<p>2-FDCK is an arylcyclohexylamine and a structural analogue of ketamine in which the chlorine atom has been replaced by fluorine. It is supplied as a fine white crystalline material suitable for analytical reference and in-vitro research.</p>
<h2>Also available</h2>
<ul><li><a href="/product/dck">Deschloroketamine (DCK)</a> &ndash; from &euro;30/g</li><li><a href="/product/o-pce">O-PCE</a> &ndash; from &euro;40/g</li><li><a href="/product/3-meo-pcp">3-MeO-PCP</a> &ndash; sold out</li></ul>
<h2>Shipping</h2>
<p>We ship from within the EU in vacuum-sealed, smell-proof, discreet packaging. Free reship on any seized parcel (once per customer, tracked shipping only). 10% discount when paying with Bitcoin, Litecoin or Monero. Bank transfer accepted for orders over &euro;200.</p>
<p class="disclaimer">By ordering you confirm that you are a qualified researcher and that the product will not be used for human or animal consumption. Apex Lab Chemicals does not give any advice on dosage.</p>
</main>
<footer>&copy; 2026 Apex Lab Chemicals &middot; <a href="/terms">Terms</a> &middot; <a href="/contact">Contact</a> &middot; Wickr / Session: apexlab</footer>
""", noise="cookie")

p("h13405", "https://farmvet-supplyhub.example/products/ketamine-hydrochloride-injection-usp-100mg-ml", "seller", True, "en",
  "veterinary-product-open-sale", "Ketamine Hydrochloride Injection USP 100mg/ml - FarmVet Supply Hub", """
<nav><a href="/">Home</a> | <a href="/collections/equine">Equine</a> | <a href="/collections/canine">Canine</a> | <a href="/collections/livestock">Livestock</a> | <a href="/collections/anesthetics">Anesthetics &amp; Sedatives</a> | <a href="/collections/wormers">Wormers</a> | <a href="/pages/wholesale">Wholesale</a> | <a href="/cart">Cart</a></nav>
<main>
<h1>Ketamine Hydrochloride Injection USP 100 mg/ml &ndash; 10 ml</h1>
<p class="vendor">Brand: Ketaset / generic (as available)</p>
<p class="price">$95.00 <s>$120.00</s></p>
<p>Quantity: <input value="1"> <button>Add to cart</button> <button>Buy with PayPal</button></p>
<p>Ketamine hydrochloride injection is a rapid-acting general anesthetic for cats and subhuman primates, and an induction agent for horses when combined with xylazine. Veterinary use only.</p>
<div class="box">
<h3>Ordering information</h3>
<ul>
<li>Domestic and international orders welcome &ndash; no veterinary prescription or clinic license required for export orders.</li>
<li>Bulk discount: 5+ vials $85 each, 20+ vials $72 each.</li>
<li>Shipped in insulated discreet boxes via EMS/DHL. Customs declaration as "veterinary supplies".</li>
<li>Payment: bank wire, Bitcoin, or Western Union. Card payments may be declined for this item.</li>
</ul>
</div>
<h3>Customer questions</h3>
<p><b>Q:</b> Can I order this without a vet account? <b>A:</b> Yes, just add to cart and pay with one of the methods above. For repeat orders contact us on WhatsApp for better prices.</p>
<p><b>Q:</b> Do you ship to Australia? <b>A:</b> Yes, with tracked DHL. We will reship if held.</p>
</main>
<footer>FarmVet Supply Hub &middot; Serving ranchers, breeders and pet owners since 2011 &middot; <a href="/pages/contact">Contact</a></footer>
""")

p("h13406", "https://swapfinder-classifieds.example/phoenix/health-beauty/spravato-56mg-nasal-spray-unopened-7781203", "seller", True, "en",
  "classified-listing", "Spravato 56mg nasal spray - unopened - $350 (Phoenix) | SwapFinder", """
<div class="crumbs"><a href="/">SwapFinder</a> &gt; <a href="/phoenix">Phoenix, AZ</a> &gt; <a href="/phoenix/for-sale">For Sale</a> &gt; <a href="/phoenix/health-beauty">Health &amp; Beauty</a></div>
<div class="actions"><a href="#">reply</a> <a href="#">favorite</a> <a href="#">flag</a> <a href="#">share</a></div>
<h1>Spravato 56mg nasal spray - unopened - $350</h1>
<p class="meta">posted 2 days ago &middot; Tempe &middot; condition: new</p>
<section class="body">
<p>Have 4 boxes of Spravato (esketamine) 56mg kits, 2 devices each, never opened, still sealed. Got switched to a different treatment and don't need them anymore. $350 per kit or $1200 for all 4.</p>
<p>Cash or Venmo. Can meet in Tempe/Mesa or ship USPS for $15 extra (you pay first). No lowballers. Serious buyers only, text only no calls 480-555-0133.</p>
</section>
<p class="post-info">post id: 7781203 &middot; do NOT contact me with unsolicited services or offers</p>
<aside><h3>Similar listings</h3><a href="#">Wegovy pens 1mg - $200</a> <a href="#">Adderall bottle (empty) collectible</a> <a href="#">CPAP machine ResMed AirSense 10 - $300</a></aside>
""")

p("h13407", "https://honest-ketamine-reviews.example/best-places-to-buy-ketamine-online-2026", "seller", True, "en",
  "affiliate-review-doorway", "Best Places to Buy Ketamine Online in 2026 (We Tested 11 Shops)", """
<header><a class="logo" href="/">Honest Keta Reviews</a>
<nav><a href="/">Home</a> <a href="/reviews">Shop Reviews</a> <a href="/guides">Guides</a> <a href="/coupons">Coupons</a> <a href="/about">About us</a></nav></header>
<main>
<article>
<h1>Best Places to Buy Ketamine Online in 2026 (We Tested 11 Shops)</h1>
<p class="byline">By Ryan Mercer &middot; Updated November 28, 2026 &middot; 14 min read</p>
<p class="disclosure">Disclosure: we may earn a commission when you buy through links on this page, at no extra cost to you.</p>
<p>Clinics charge $500 or more per session and waitlists are months long. It is no wonder that more and more people look for ways to buy ketamine online. But the internet is full of scammers. Over the past six months our team placed real orders with 11 online vendors to find out which ones actually deliver. Here are the results.</p>
<h2>Quick picks</h2>
<table>
<tr><th>Rank</th><th>Shop</th><th>Best for</th><th>Delivery</th><th>Rating</th><th></th></tr>
<tr><td>1</td><td>KetaExpress</td><td>Overall, fast US shipping</td><td>2-4 days</td><td>9.6/10</td><td><a href="/go/ketaexpress" rel="nofollow sponsored">Visit shop &rarr;</a></td></tr>
<tr><td>2</td><td>PharmaNordic</td><td>Europe, nasal spray</td><td>4-6 days</td><td>9.1/10</td><td><a href="/go/pharmanordic" rel="nofollow sponsored">Visit shop &rarr;</a></td></tr>
<tr><td>3</td><td>DissoLab</td><td>Analogues (2F-DCK, DCK)</td><td>5-8 days</td><td>8.7/10</td><td><a href="/go/dissolab" rel="nofollow sponsored">Visit shop &rarr;</a></td></tr>
</table>
<h2>1. KetaExpress &ndash; best overall</h2>
<p>KetaExpress sells pharmaceutical ketamine vials and crystal with no prescription required. We ordered 3 vials ($495) paid with Bitcoin and received them in 3 days in a plain envelope. Support answered on Telegram within an hour. Use our exclusive code <b>HONEST15</b> for 15% off.</p>
<p><a class="cta" href="/go/ketaexpress" rel="nofollow sponsored">Check today's price at KetaExpress</a></p>
<h2>2. PharmaNordic &ndash; best for Europe</h2>
<p>Ships from inside the EU, so no customs. Their nasal spray (100 mg/ml) is popular with people who do not like injecting. Payment by SEPA or crypto. They offer free reshipping if a parcel is seized.</p>
<p><a class="cta" href="/go/pharmanordic" rel="nofollow sponsored">Visit PharmaNordic</a></p>
<h2>3. DissoLab &ndash; best for research analogues</h2>
<p>If you are after legal-grey analogues, DissoLab has the widest range. Products are sold "for research" but the quality is excellent.</p>
<h2>Shops to avoid</h2>
<p>We lost money with KetaminePharmacyUSA and RxDepot24: payment taken, nothing delivered. Always pay with crypto only to shops listed here.</p>
<h2>Is buying ketamine online legal?</h2>
<p>Laws differ from country to country. We are not lawyers; read our <a href="/guides/legal">legal guide</a>. Most of our readers never had any issue.</p>
</article>
<aside><h3>Latest coupons</h3><ul><li>KetaExpress &ndash; HONEST15</li><li>PharmaNordic &ndash; NORDIC10</li></ul></aside>
</main>
<footer>&copy; 2026 Honest Keta Reviews &middot; For informational purposes only &middot; <a href="/privacy">Privacy</a> &middot; <a href="/affiliate-disclosure">Affiliate disclosure</a></footer>
""", noise="cookie")

p("h13408", "https://buy-ketamine-overnight-usa.example/shop/ketalar-50mg-ml-10ml-vial", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="main-wrapper">
<h1>buy-ketamine-overnight-usa.example</h1>
<h2>Checking if the site connection is secure</h2>
<p>buy-ketamine-overnight-usa.example needs to review the security of your connection before proceeding.</p>
<noscript>Enable JavaScript and cookies to continue</noscript>
<p class="footer">Ray ID: 8f2a91c4be3d0a77 &middot; Performance &amp; security by a third-party service</p>
</div>
""")

p("h13409", "https://farmacia-sinreceta24.example/producto/ketamina-liquida-50mg-ml", "seller", True, "es",
  "online-pharmacy-product-page", "Ketamina líquida 50 mg/ml – comprar sin receta | Farmacia SinReceta24", """
<header>
<div class="barra">Envío GRATIS a partir de 150 &euro; &middot; Atención por WhatsApp 24h</div>
<a class="logo" href="/">Farmacia SinReceta24</a>
<nav><a href="/">Inicio</a> <a href="/tienda">Tienda</a> <a href="/categoria/ansiedad">Ansiedad</a> <a href="/categoria/dolor">Dolor</a> <a href="/categoria/disfuncion-erectil">Disfunción eréctil</a> <a href="/seguimiento">Seguimiento</a> <a href="/carrito">Carrito (0)</a></nav>
</header>
<main>
<h1>Ketamina líquida 50 mg/ml (vial 10 ml)</h1>
<p class="precio">Desde 95,00 &euro;</p>
<ul class="opciones">
<li>1 vial &ndash; 95 &euro;</li>
<li>3 viales &ndash; 260 &euro;</li>
<li>5 viales &ndash; 399 &euro; (ahorra 76 &euro;)</li>
</ul>
<button>Añadir al carrito</button>
<p>La ketamina es un anestésico utilizado en medicina humana y veterinaria. En dosis bajas se emplea cada vez más para la depresión resistente y el dolor crónico. Producto original en su envase sellado.</p>
<h2>¿Por qué comprar con nosotros?</h2>
<ul>
<li>Sin receta médica: no necesitas visitar al médico.</li>
<li>Envío discreto en 24&ndash;48 h a toda España, Andorra y Portugal; a Latinoamérica en 7&ndash;12 días.</li>
<li>Paquete neutro, sin logotipos ni descripción del contenido.</li>
<li>Pago con Bizum, transferencia o Bitcoin (5% de descuento con cripto).</li>
<li>Si tu pedido se retiene en aduana, te lo reenviamos gratis.</li>
</ul>
<h2>Opiniones</h2>
<p>&laquo;Llegó a Valencia en dos días, muy bien embalado.&raquo; &ndash; Jorge M.</p>
<p>&laquo;Pagué con Bizum, todo correcto. Repetiré.&raquo; &ndash; Lucía R.</p>
</main>
<footer>Farmacia SinReceta24 &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Privacidad</a> &middot; WhatsApp +34 600 000 118</footer>
""", noise="cookie-es")

p("h13410", "https://ketamin-shop24.example/ketamin-kaufen", "seller", True, "de",
  "shop-landing", "Ketamin kaufen – diskret, schnell & sicher | Ketamin-Shop24", """
<header><a class="logo" href="/">Ketamin-Shop24</a>
<nav><a href="/">Start</a> <a href="/produkte">Produkte</a> <a href="/versand">Versand &amp; Zahlung</a> <a href="/faq">FAQ</a> <a href="/kontakt">Kontakt</a> <a href="/warenkorb">Warenkorb</a></nav></header>
<main>
<h1>Ketamin kaufen in Deutschland, Österreich und der Schweiz</h1>
<p>Sie suchen eine zuverlässige Quelle für Ketamin? Bei uns bestellen Sie pharmazeutisches Ketamin und hochreines Ketamin-Kristall ohne Rezept, ohne Arztbesuch und ohne lästige Fragen. Über 4.000 zufriedene Kunden seit 2019.</p>
<h2>Unsere Produkte</h2>
<table>
<tr><th>Produkt</th><th>Menge</th><th>Preis</th><th></th></tr>
<tr><td>Ketamin HCl Kristall (99 %)</td><td>5 g</td><td>120 &euro;</td><td><a href="/warenkorb/add/11">In den Warenkorb</a></td></tr>
<tr><td>Ketamin HCl Kristall (99 %)</td><td>25 g</td><td>450 &euro;</td><td><a href="/warenkorb/add/12">In den Warenkorb</a></td></tr>
<tr><td>Ketanest 50 mg/ml Ampullen</td><td>5 x 10 ml</td><td>390 &euro;</td><td><a href="/warenkorb/add/14">In den Warenkorb</a></td></tr>
<tr><td>Esketamin Nasenspray (Import)</td><td>1 Stück</td><td>210 &euro;</td><td><a href="/warenkorb/add/17">In den Warenkorb</a></td></tr>
</table>
<h2>Versand &amp; Zahlung</h2>
<p>Versand innerhalb der EU in neutraler, geruchsdichter Verpackung per Einschreiben. Lieferzeit 2&ndash;4 Werktage. Bezahlung per Bitcoin, Monero oder Paysafecard. Sollte ein Paket vom Zoll einbehalten werden, versenden wir einmalig kostenlos neu.</p>
<h2>Ist das legal?</h2>
<p>Ketamin unterliegt in Deutschland dem Arzneimittelgesetz. Wir versenden aus dem EU-Ausland; die Verantwortung für die Einfuhr liegt beim Käufer. Fragen? Schreiben Sie uns auf Telegram: @ketaminshop24_support</p>
</main>
<footer>&copy; 2026 Ketamin-Shop24 &middot; <a href="/agb">AGB</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h13411", "https://pharmacie-express-discrete.example/blog/ketamine-depression-tout-savoir", "seller", True, "fr",
  "seller-blog-post", "Kétamine et dépression : tout savoir avant de commencer | Pharmacie Express Discrète", """
<header><a class="logo" href="/">Pharmacie Express Discrète</a>
<nav><a href="/">Accueil</a> <a href="/boutique">Boutique</a> <a href="/blog">Blog santé</a> <a href="/livraison">Livraison</a> <a href="/contact">Contact</a> <a href="/panier">Panier</a></nav></header>
<main>
<article>
<h1>Kétamine et dépression : tout savoir avant de commencer</h1>
<p class="meta">Publié le 12 octobre 2026 par l'équipe santé &middot; 6 min de lecture</p>
<p>Depuis quelques années, la kétamine fait parler d'elle comme traitement rapide de la dépression résistante. Aux États-Unis, des centaines de cliniques proposent des perfusions, et l'eskétamine en spray nasal (Spravato) a été autorisée en Europe. Mais qu'en est-il vraiment ?</p>
<h2>Comment agit la kétamine ?</h2>
<p>La kétamine bloque les récepteurs NMDA du glutamate. Cet effet favoriserait la formation de nouvelles connexions entre les neurones, ce qui expliquerait l'amélioration de l'humeur en quelques heures chez certains patients.</p>
<h2>Quels sont les effets secondaires ?</h2>
<p>Vertiges, nausées, sensation de détachement, hausse passagère de la tension. Un usage fréquent et prolongé peut abîmer la vessie. Commencez toujours par une faible dose et ne conduisez pas après la prise.</p>
<h2>Pourquoi est-il si difficile d'y accéder en France ?</h2>
<p>En France, l'eskétamine n'est délivrée qu'à l'hôpital, avec des délais de plusieurs mois. C'est pourquoi de nombreux lecteurs nous demandent s'il est possible de se procurer de la kétamine autrement.</p>
<div class="encart">
<h3>Commandez votre kétamine en toute discrétion</h3>
<p>Notre boutique propose la kétamine en flacons de 10 ml (50 mg/ml) et en spray nasal, <b>sans ordonnance</b>, livrée en 48 à 72 h dans un colis neutre partout en France, en Belgique et en Suisse. Paiement par virement, PCS/Transcash ou crypto.</p>
<p><a class="btn" href="/boutique/ketamine-flacon-10ml">Voir le produit &ndash; à partir de 89 &euro;</a></p>
</div>
<h2>Conclusion</h2>
<p>La kétamine n'est pas un remède miracle, mais elle aide beaucoup de personnes. Renseignez-vous et n'hésitez pas à contacter notre service client sur WhatsApp pour toute question.</p>
</article>
</main>
<footer>Pharmacie Express Discrète &middot; <a href="/cgv">CGV</a> &middot; <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h13412", "https://linkbio.example/k.amsterdam.plug", "seller", True, "nl",
  "social-bio", "K Amsterdam | linkbio", """
<div class="profile">
<img src="/avatars/k-ams.png" alt="">
<h1>@k.amsterdam.plug</h1>
<p>&#x1F984; Premium K &middot; crystal &amp; poeder &middot; ook Keta-spray &#x1F4A8;<br>
Bezorging heel NL + BE &#x1F69A; binnen 24u in de Randstad, rest via PostNL brievenbuspakje (discreet)<br>
Betalen met Tikkie, crypto of contant bij bezorging<br>
Bestellen ALLEEN via Telegram &#x1F447; geen DM's hier, account wordt steeds geband</p>
</div>
<ul class="links">
<li><a href="https://t.example/kams_menu">&#x1F4CB; Menu &amp; prijzen (Telegram kanaal)</a></li>
<li><a href="https://t.example/kams_bestellen">&#x1F4E6; Bestellen / vragen</a></li>
<li><a href="https://t.example/kams_reviews">&#x2B50; Reviews van klanten</a></li>
<li><a href="https://backup.example/kams">&#x1F501; Backup account</a></li>
</ul>
<p class="note">18+ &middot; nieuwe klanten eerste bestelling 10% korting met code WELKOM</p>
""")

p("h13413", "https://cetamina-brasil.example/comprar-cetamina-10ml", "seller", True, "pt",
  "shop-landing", "Comprar Cetamina (Ketamina) 10ml – Entrega em todo o Brasil", """
<header><a class="logo" href="/">Cetamina Brasil</a>
<nav><a href="/">Início</a> <a href="/produtos">Produtos</a> <a href="/como-comprar">Como comprar</a> <a href="/depoimentos">Depoimentos</a> <a href="/contato">Contato</a></nav></header>
<main>
<h1>Comprar Cetamina 50mg/ml &ndash; frasco 10ml</h1>
<p>Cetamina original de laboratório (Ketamin / Ketalar), lacrada, com nota de procedência. Ideal para tratamento de depressão, dor crônica e uso veterinário.</p>
<ul class="precos">
<li>1 frasco &ndash; R$ 390</li>
<li>3 frascos &ndash; R$ 990</li>
<li>5 frascos &ndash; R$ 1.490 (frete grátis)</li>
</ul>
<h2>Como comprar</h2>
<ol>
<li>Chame no WhatsApp (11) 95555-0192 e informe o produto e a quantidade.</li>
<li>Pague via PIX ou boleto. Aceitamos cripto (USDT) com 8% de desconto.</li>
<li>Enviamos em até 24h pelos Correios ou transportadora, em embalagem discreta sem identificação.</li>
</ol>
<p><b>Não precisa de receita.</b> Atendemos pessoas físicas, clínicas e veterinários. Código de rastreio enviado pelo WhatsApp. Se a encomenda for extraviada, reenviamos sem custo.</p>
<a class="btn-whats" href="https://wa.example/5511955550192">Pedir agora pelo WhatsApp</a>
<h2>Depoimentos</h2>
<p>&ldquo;Chegou em 3 dias em BH, tudo certo.&rdquo; &ndash; R. S.</p>
<p>&ldquo;Atendimento rápido, recomendo.&rdquo; &ndash; Camila</p>
</main>
<footer>Cetamina Brasil &copy; 2026 &middot; Todos os direitos reservados</footer>
""", noise="cookie-pt")

p("h13414", "https://farmaciaonline-italia24.example/esketamina-spray-nasale-acquisto", "seller", True, "it",
  "fake-pharmacy-with-questionnaire", "Esketamina spray nasale 28 mg – acquisto online | Farmacia Online Italia 24", """
<header>
<a class="logo" href="/">Farmacia Online Italia 24</a>
<nav><a href="/">Home</a> <a href="/categorie/depressione">Depressione</a> <a href="/categorie/ansia">Ansia</a> <a href="/categorie/dimagrimento">Dimagrimento</a> <a href="/consulto">Consulto online</a> <a href="/carrello">Carrello</a></nav>
</header>
<main>
<h1>Esketamina spray nasale 28 mg (confezione da 2 dispositivi)</h1>
<p class="prezzo">&euro; 240,00 per confezione &middot; 3 confezioni &euro; 650,00</p>
<p>L'esketamina è il principio attivo di Spravato, indicato per la depressione resistente al trattamento. Prodotto originale, importato da paesi UE.</p>
<h2>Come ordinare</h2>
<ol>
<li>Aggiungi il prodotto al carrello.</li>
<li>Compila il breve questionario medico (2 minuti). Il nostro medico partner lo approva automaticamente se non ci sono controindicazioni.</li>
<li>Paga con PayPal (amici e familiari), bonifico istantaneo o Bitcoin.</li>
<li>Ricevi il pacco anonimo in 48&ndash;72 ore, in tutta Italia e San Marino.</li>
</ol>
<p>Nessuna ricetta necessaria, nessuna visita in ospedale, nessuna attesa di due ore dopo la somministrazione: usalo comodamente a casa tua.</p>
<button>Aggiungi al carrello</button>
<h2>Domande frequenti</h2>
<p><b>È legale?</b> Il consulto medico online sostituisce la ricetta tradizionale.</p>
<p><b>Posso ordinare anche la ketamina?</b> Sì, contattaci su Telegram per flaconi da 10 ml.</p>
</main>
<footer>Farmacia Online Italia 24 &middot; P.IVA non disponibile &middot; <a href="/privacy">Privacy</a></footer>
""")

# ---------------------------------------------------------------- telehealth (9)

p("h13415", "https://northstar-ketamine-care.example/", "telehealth", False, "en",
  "telehealth-home-long", "Northstar Ketamine Care | Psychiatrist-led at-home ketamine therapy", """
<header>
<a class="logo" href="/">Northstar Ketamine Care</a>
<nav><a href="/how-it-works">How it works</a> <a href="/who-we-treat">Who we treat</a> <a href="/safety">Safety</a> <a href="/pricing">Pricing</a> <a href="/our-clinicians">Our clinicians</a> <a href="/states">States</a> <a href="/faq">FAQ</a> <a href="/portal">Patient portal</a> <a class="btn" href="/eligibility">Check eligibility</a></nav>
</header>
<main>
<section class="hero">
<h1>Ketamine therapy at home, guided by psychiatric clinicians</h1>
<p>For adults with depression or anxiety that has not improved with at least two treatments. Every patient is evaluated by a licensed psychiatric clinician over video before any medication is prescribed.</p>
<a class="btn" href="/eligibility">See if you are eligible</a>
</section>
<section class="steps">
<h2>How it works</h2>
<ol>
<li><b>Online intake (10 minutes).</b> Medical history, current medications, PHQ-9 and GAD-7. We ask for records from your current prescriber when relevant.</li>
<li><b>Video evaluation (60 minutes).</b> A board-certified psychiatrist or psychiatric nurse practitioner licensed in your state reviews your history, screens for psychosis, uncontrolled blood pressure, substance use and other contraindications, and decides with you whether ketamine is appropriate. About one in three people who complete an evaluation are not prescribed ketamine, and we help them find other options.</li>
<li><b>Prescription and delivery.</b> If ketamine is prescribed, your prescription is sent to a state-licensed partner pharmacy, which ships sublingual tablets directly to you with signature on delivery. We never ship medication ourselves.</li>
<li><b>Supervised sessions.</b> You must have a sitter present for each session. Your first session is observed live by a member of our care team over video. You log your blood pressure before and after each dose.</li>
<li><b>Follow-up.</b> Check-ins with your clinician after session 2 and session 6, and integration sessions with a licensed therapist.</li>
</ol>
</section>
<section class="pricing">
<h2>Transparent pricing</h2>
<p>Initial psychiatric evaluation: $250 (not charged if we determine you are not a candidate during intake review).</p>
<p>Treatment program (6 sessions over 4 weeks, 3 clinician visits, 2 integration sessions): $890. Medication is billed separately by the pharmacy, typically $60&ndash;$120.</p>
<p>Maintenance membership after the program: $149/month, includes monthly clinician visit. HSA/FSA cards accepted. We provide superbills for out-of-network reimbursement.</p>
</section>
<section class="safety">
<h2>Who should not use at-home ketamine</h2>
<p>People with a history of psychosis or mania, uncontrolled hypertension, active substance use disorder, pregnancy, or certain heart conditions. Ketamine is a controlled substance (Schedule III) and is prescribed only after an evaluation by a DEA-registered clinician.</p>
</section>
<section class="states"><h2>Where we practice</h2><p>California, Colorado, Connecticut, Florida, Illinois, New York, Oregon, Texas, Washington.</p></section>
</main>
<footer>
<p>Northstar Ketamine Care, P.C. &middot; Medical Director: Elaine Marsh, MD (Board certified, Psychiatry) &middot; If you are in crisis, call or text 988.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/hipaa">HIPAA notice</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/good-faith-estimate">Good faith estimate</a></p>
</footer>
""", noise="cookie")

p("h13416", "https://evenkeel-mentalhealth.example/trust/is-even-keel-legit", "telehealth", False, "en",
  "provider-trust-page", "Is Even Keel legitimate? How to verify our clinicians, pharmacy and licenses", """
<nav><a href="/">Even Keel</a> <a href="/treatments/ketamine">Ketamine therapy</a> <a href="/treatments/medication-management">Medication management</a> <a href="/pricing">Pricing</a> <a href="/trust">Trust &amp; safety</a> <a href="/login">Sign in</a></nav>
<main>
<h1>Is Even Keel legitimate?</h1>
<p>It is a fair question. Ketamine is a controlled substance and there are many fake pharmacies online. Here is everything you need to verify us independently, without taking our word for it.</p>
<h2>1. Our clinicians are licensed and you can look them up</h2>
<p>Every prescriber is listed on our <a href="/clinicians">clinicians page</a> with their NPI number and the states where they hold a license. You can search each name on your state medical or nursing board website and on the national NPI registry. Prescribers also hold individual DEA registrations in each state in which they prescribe controlled substances.</p>
<h2>2. You will always meet your clinician on video</h2>
<p>We never prescribe ketamine from a questionnaire alone. Your first visit is a live video evaluation of about 50 minutes. If someone offers you ketamine "approved in minutes" without a visit, that is not how legitimate care works.</p>
<h2>3. Medication comes from a licensed pharmacy, only with a prescription</h2>
<p>Our partner pharmacy is licensed by the boards of pharmacy of every state we serve. It fills prescriptions only from our clinicians after a visit, and the label carries your name, your prescriber's name and the pharmacy's license number.</p>
<h2>4. How we will and will not contact you</h2>
<ul>
<li>We contact you through the patient portal, by email from @evenkeel-mentalhealth.example, or by phone from (833) 555-0120.</li>
<li>We will never message you first on WhatsApp, Telegram, Instagram or TikTok.</li>
<li>We never ask for payment by crypto, gift card, Zelle or wire transfer.</li>
</ul>
<h2>5. Our company</h2>
<p>Even Keel Medical Group, P.A. is a professional medical corporation owned by physicians. Our accreditation and business registration documents are available on request.</p>
<p>Think you have seen a site impersonating us? Email trust@evenkeel-mentalhealth.example.</p>
</main>
<footer>&copy; 2026 Even Keel Medical Group &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></footer>
""")

p("h13417", "https://evenkeel-mentalhealth.example/clinicians", "telehealth", False, "en",
  "prescriber-roster", "Our clinicians | Even Keel", """
<nav><a href="/">Even Keel</a> <a href="/treatments/ketamine">Ketamine therapy</a> <a href="/pricing">Pricing</a> <a href="/trust">Trust &amp; safety</a> <a href="/login">Sign in</a></nav>
<main>
<h1>Our clinicians</h1>
<p>All Even Keel patients are evaluated and followed by one of the clinicians below. Filter by your state to see who can treat you.</p>
<form><label>State <select><option>All states</option><option>Arizona</option><option>Florida</option><option>Massachusetts</option><option>Michigan</option><option>New Jersey</option><option>Pennsylvania</option><option>Virginia</option></select></label></form>
<div class="card"><h2>Priya Raman, MD</h2><p>Medical Director &middot; Board certified in Psychiatry (ABPN)</p><p>Licensed: AZ, FL, MA, NJ, PA &middot; NPI 1962000431</p><p>Special interests: treatment-resistant depression, perinatal mood disorders.</p></div>
<div class="card"><h2>Daniel Okafor, PMHNP-BC</h2><p>Psychiatric Mental Health Nurse Practitioner</p><p>Licensed: MI, PA, VA &middot; NPI 1881000762</p><p>Special interests: PTSD in veterans, anxiety.</p></div>
<div class="card"><h2>Laura Kessler, DO</h2><p>Board certified in Psychiatry and Addiction Medicine</p><p>Licensed: FL, NJ, VA &middot; NPI 1740000583</p><p>Special interests: co-occurring disorders, ketamine safety screening.</p></div>
<div class="card"><h2>Marcus Lee, PMHNP-BC</h2><p>Psychiatric Mental Health Nurse Practitioner</p><p>Licensed: AZ, MA &middot; NPI 1598000214</p><p>Special interests: depression, OCD.</p></div>
<p>Integration sessions are provided by licensed therapists (LCSW, LPC, PhD) who do not prescribe.</p>
</main>
""")

p("h13418", "https://brightline-psychiatry-online.example/treatment-resistant-depression/esketamine", "telehealth", False, "en",
  "virtual-psychiatry-referral", "Esketamine (Spravato) through BrightLine online psychiatry", """
<header><a class="logo" href="/">BrightLine Online Psychiatry</a>
<nav><a href="/conditions">Conditions</a> <a href="/insurance">Insurance</a> <a href="/how-it-works">How it works</a> <a href="/book">Book a visit</a></nav></header>
<main>
<h1>Esketamine (Spravato) for treatment-resistant depression</h1>
<p>BrightLine is a virtual psychiatry practice. Our psychiatrists see patients by video in 22 states and accept most major insurance plans.</p>
<h2>Can I get Spravato online?</h2>
<p>Not entirely. Spravato must be self-administered under supervision at a REMS-certified treatment center, and you stay for at least two hours afterward. What we can do online is the part that usually takes the longest:</p>
<ul>
<li>A full psychiatric evaluation by video to confirm treatment-resistant depression (typically two or more adequate antidepressant trials).</li>
<li>Prior authorization with your insurer, including the documentation most plans require.</li>
<li>Referral and records transfer to a certified treatment center near you from our partner network.</li>
<li>Continued management of your oral antidepressant, which you take alongside Spravato.</li>
</ul>
<p>Your treatment center handles the in-person sessions and monitoring; we stay your prescribing psychiatrist and coordinate with them after every phase of treatment.</p>
<p><a class="btn" href="/book?reason=trd">Book an evaluation</a> &middot; Typical wait: 5&ndash;10 days &middot; Self-pay visit: $295</p>
</main>
<footer>BrightLine Psychiatry, PLLC &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h13419", "https://soltera-health.example/pricing", "telehealth", False, "en",
  "pricing-snippet", "", """
Soltera pricing. Step 1: Medical intake and video evaluation with a licensed psychiatric clinician, $225. If ketamine is not right for you, we refund $100 and send a summary with recommendations. Step 2 (only if prescribed): Membership $179/month, includes two clinician follow-ups, unlimited care-team messaging and a monitored first session. Medication is dispensed and billed by our licensed partner pharmacy after your prescription is written (usually $45 to $90 per month). HSA/FSA eligible. Cancel any time from the portal.
""", ext="txt")

p("h13420", "https://soltera-health.example/enroll/checkout", "telehealth", False, "en",
  "membership-checkout", "Checkout | Soltera", """
<header><a class="logo" href="/">soltera</a> <span class="step">Step 3 of 4: Payment</span> <a href="/help">Need help?</a></header>
<main>
<h1>Review your order</h1>
<table class="summary">
<tr><td>Psychiatric evaluation (video, 60 min) with a licensed clinician</td><td>$225.00</td></tr>
<tr><td>Promo code FIRSTSTEP</td><td>&minus;$25.00</td></tr>
<tr><td><b>Due today</b></td><td><b>$200.00</b></td></tr>
</table>
<p class="note">You are not purchasing medication. If your clinician prescribes ketamine after your evaluation, you will be offered the membership ($179/month) and the pharmacy will bill you separately for medication.</p>
<form>
<label>Card number <input></label> <label>Expiry <input></label> <label>CVC <input></label> <label>ZIP <input></label>
<p>We accept Visa, Mastercard, Amex, Discover and HSA/FSA cards.</p>
<label><input type="checkbox"> I agree to the <a href="/terms">Terms</a>, <a href="/telehealth-consent">Telehealth consent</a> and <a href="/cancellation">Cancellation policy</a>.</label>
<button>Pay $200.00 and choose an appointment time</button>
</form>
<p class="small">Next: pick a video appointment with a clinician licensed in your state.</p>
</main>
""")

p("h13421", "https://mindpath-ketamine-telehealth.example/blog/beware-of-websites-impersonating-mindpath", "telehealth", False, "en",
  "provider-scam-warning", "Beware of websites and accounts impersonating Mindpath | Mindpath", """
<header><a class="logo" href="/">Mindpath</a>
<nav><a href="/ketamine">At-home ketamine</a> <a href="/pricing">Pricing</a> <a href="/blog">Blog</a> <a href="/start">Start evaluation</a></nav></header>
<main>
<article>
<h1>Beware of websites and accounts impersonating Mindpath</h1>
<p class="meta">Patient safety notice &middot; November 3, 2026</p>
<p>Several patients have told us about websites, Instagram accounts and WhatsApp numbers using our name and logo to sell ketamine vials and nasal sprays "without a prescription". These are not us. Some ask for payment in Bitcoin or gift cards and then send nothing; others ship unknown substances.</p>
<h2>How to tell it is really Mindpath</h2>
<ul>
<li>Our only website is mindpath-ketamine-telehealth.example. We do not operate any other shop or domain.</li>
<li>Every Mindpath patient has a live video evaluation with a licensed clinician before any prescription.</li>
<li>Medication is shipped only by our licensed partner pharmacy, in your name, after a prescription.</li>
<li>We accept payment only by card or HSA/FSA through our secure portal.</li>
</ul>
<h2>If you paid a fake site</h2>
<p>Contact your bank or card issuer, report the site to your state board of pharmacy and the FTC, and let us know at safety@mindpath-ketamine-telehealth.example so we can request a takedown.</p>
</article>
</main>
<footer>Mindpath Medical, P.C. &middot; Clinical services provided by licensed clinicians &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h13422", "https://psychiatrie-online-praxis.example/esketamin", "telehealth", False, "de",
  "virtual-psychiatry-referral", "Esketamin bei therapieresistenter Depression – Videosprechstunde | Psychiatrie Online Praxis", """
<header><a class="logo" href="/">Psychiatrie Online Praxis</a>
<nav><a href="/">Start</a> <a href="/leistungen">Leistungen</a> <a href="/aerzte">Ärztinnen &amp; Ärzte</a> <a href="/kosten">Kosten</a> <a href="/termin">Termin buchen</a></nav></header>
<main>
<h1>Esketamin-Nasenspray: Abklärung per Videosprechstunde</h1>
<p>Wir sind eine privatärztliche psychiatrische Praxis mit Sitz in Hamburg und bieten Sprechstunden per Video für Patientinnen und Patienten in ganz Deutschland an.</p>
<h2>Was wir online leisten</h2>
<ul>
<li>Ausführliche psychiatrische Diagnostik per Video (ca. 50 Minuten) durch Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie.</li>
<li>Prüfung, ob eine therapieresistente Depression vorliegt und ob Esketamin für Sie in Frage kommt.</li>
<li>Überweisung und Befundbericht an eine kooperierende Klinik oder Praxis in Ihrer Nähe, in der die Anwendung unter ärztlicher Aufsicht erfolgt.</li>
</ul>
<h2>Was wir nicht tun</h2>
<p>Esketamin wird nicht nach Hause geschickt. Die Anwendung erfolgt ausschließlich in einer Einrichtung mit anschließender Überwachung von mindestens zwei Stunden. Ketamin verordnen wir nicht für die Anwendung zu Hause.</p>
<h2>Kosten</h2>
<p>Erstgespräch nach GOÄ ca. 180&ndash;230 &euro;. Private Krankenversicherungen und Beihilfe erstatten in der Regel. Gesetzlich Versicherte erhalten eine Rechnung als Selbstzahler.</p>
<p><a class="btn" href="/termin">Videotermin buchen</a></p>
</main>
<footer>Psychiatrie Online Praxis &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; Zuständige Kammer: Ärztekammer Hamburg</footer>
""", noise="cookie-de")

p("h13423", "https://serenamente-telesalud.example/es/terapia-ketamina-en-casa", "telehealth", False, "es",
  "telehealth-service-page", "Terapia con ketamina en casa, en español | SerenaMente Telesalud", """
<header><a class="logo" href="/es">SerenaMente</a>
<nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/precios">Precios</a> <a href="/es/equipo">Nuestro equipo</a> <a href="/en">English</a> <a class="btn" href="/es/evaluacion">Solicitar evaluación</a></nav></header>
<main>
<h1>Terapia con ketamina en casa, con psiquiatras que hablan español</h1>
<p>Atendemos a adultos que viven en California, Texas, Florida, Arizona y Nueva York. Todo el proceso es en español, desde el formulario inicial hasta las sesiones de integración.</p>
<h2>Cómo funciona</h2>
<ol>
<li><b>Formulario de salud.</b> Preguntas sobre su historial médico, medicamentos y síntomas.</li>
<li><b>Consulta por video con un psiquiatra o enfermero psiquiátrico con licencia en su estado.</b> Dura unos 60 minutos. Si la ketamina no es adecuada para usted, se lo diremos y le orientaremos hacia otras opciones.</li>
<li><b>Receta y farmacia.</b> Solo si su clínico lo receta, una farmacia con licencia estatal le envía las tabletas sublinguales a domicilio, a su nombre y con firma al recibir.</li>
<li><b>Sesiones acompañadas.</b> Debe tener a un adulto de confianza presente. La primera sesión la supervisa nuestro equipo por video.</li>
</ol>
<h2>Precios</h2>
<p>Evaluación inicial: $240. Programa de 6 sesiones con seguimiento: $850. El medicamento lo cobra la farmacia por separado. Aceptamos tarjetas HSA/FSA.</p>
<p>Si está en crisis, llame o envíe un mensaje de texto al 988 (opción en español).</p>
</main>
<footer>SerenaMente Telesalud, P.C. &middot; <a href="/es/privacidad">Privacidad</a> &middot; <a href="/es/terminos">Términos</a></footer>
""")

# ---------------------------------------------------------------- clinics (8)

p("h13424", "https://lakeshore-ketamine-wellness.example/", "clinic", False, "en",
  "infusion-clinic-home-long", "Lakeshore Ketamine & Wellness | IV ketamine infusions in Evanston, IL", """
<header>
<div class="topbar">Call (847) 555-0163 &middot; 1820 Ridge Ave, Suite 210, Evanston IL &middot; Mon&ndash;Sat 8am&ndash;6pm</div>
<a class="logo" href="/">Lakeshore Ketamine &amp; Wellness</a>
<nav><a href="/conditions">Conditions</a> <a href="/ketamine-infusions">IV Ketamine</a> <a href="/spravato">Spravato</a> <a href="/pricing">Pricing</a> <a href="/our-team">Our Team</a> <a href="/gift-cards">Gift Cards</a> <a href="/blog">Blog</a> <a class="btn" href="/book">Book a consultation</a></nav>
</header>
<main>
<section class="hero">
<h1>Relief from depression, anxiety and chronic pain, often within days</h1>
<p>Physician-supervised IV ketamine infusions in a calm, private setting on the North Shore. Every infusion is monitored by a registered nurse with continuous vital signs.</p>
<a class="btn" href="/book">Book your free 15-minute phone consultation</a>
</section>
<section>
<h2>What to expect</h2>
<ol>
<li>Free phone consultation with our patient coordinator.</li>
<li>Medical evaluation in our office with our anesthesiologist (vital signs, history, medication review). We may ask for a referral letter or records from your psychiatrist or therapist.</li>
<li>Initial series of six 40-minute infusions over two to three weeks, in a private suite with a recliner, blanket and eye mask.</li>
<li>Boosters as needed, typically every 4&ndash;8 weeks.</li>
</ol>
<p>You will need a driver to take you home after every infusion.</p>
</section>
<section class="pricing">
<h2>Pricing</h2>
<table>
<tr><td>Medical evaluation</td><td>$250</td></tr>
<tr><td>Single infusion (mood)</td><td>$495</td></tr>
<tr><td>Initial series of 6 infusions (prepaid)</td><td>$2,650</td></tr>
<tr><td>Pain infusion (up to 4 hours)</td><td>$750</td></tr>
<tr><td>Booster infusion</td><td>$450</td></tr>
</table>
<p>We accept HSA/FSA and offer financing through CareCredit. A $100 deposit is required to reserve your first infusion. Gift cards available in any amount for consultations and infusions.</p>
</section>
<section class="team">
<h2>Our team</h2>
<p>Dr. Andrew Kowalczyk, MD, board-certified anesthesiologist, medical director &middot; Rachel Ng, CRNA &middot; Tom Alvarez, RN</p>
</section>
<section class="reviews"><h2>What patients say</h2><p>"The staff made me feel safe from the first call. After my fourth infusion I noticed I was cooking again." &ndash; Google review</p></section>
</main>
<footer>
<p>Lakeshore Ketamine &amp; Wellness, LLC &middot; Member, American Society of Ketamine Physicians, Psychotherapists &amp; Practitioners</p>
<p>Ketamine infusion for depression is an off-label use. Results vary. If you are in crisis call 988.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a> &middot; <a href="/patient-forms">Patient forms</a></p>
</footer>
""", noise="cookie")

p("h13425", "https://riverbend-behavioral.example/services/spravato", "clinic", False, "en",
  "spravato-rems-center", "Spravato (esketamine) treatment | Riverbend Behavioral Health", """
<nav><a href="/">Riverbend Behavioral Health</a> <a href="/services">Services</a> <a href="/providers">Providers</a> <a href="/locations">Locations</a> <a href="/insurance">Insurance</a> <a href="/patient-portal">Patient portal</a> <a href="/contact">Contact</a></nav>
<main>
<h1>Spravato&reg; (esketamine) nasal spray</h1>
<p>Riverbend Behavioral Health is a certified Spravato treatment center under the FDA Risk Evaluation and Mitigation Strategy (REMS) program. We offer treatment at our Knoxville and Maryville offices.</p>
<h2>Who is it for?</h2>
<p>Adults with treatment-resistant major depressive disorder, or with depressive symptoms and acute suicidal ideation or behavior, in combination with an oral antidepressant.</p>
<h2>What a treatment day looks like</h2>
<ul>
<li>Check in and blood pressure measurement by our nursing staff.</li>
<li>You administer the nasal spray yourself, under direct observation.</li>
<li>You stay in a private monitoring room for at least two hours. Staff check your blood pressure and sedation at set times.</li>
<li>You may not drive until the next day after a restful sleep, so arrange a ride home.</li>
</ul>
<p>Induction is twice a week for four weeks, then weekly or every other week.</p>
<h2>Insurance</h2>
<p>Spravato is covered by most commercial plans, Medicare and TennCare with prior authorization. Our benefits team handles the authorization for you. The Janssen savings program may reduce medication costs for eligible commercially insured patients.</p>
<p>Referrals: existing Riverbend patients can ask their provider; outside psychiatrists can fax a referral to (865) 555-0104. <a href="/contact?service=spravato">Request an appointment</a></p>
</main>
<footer>Riverbend Behavioral Health &middot; 2 locations in East Tennessee</footer>
""")

p("h13426", "https://opensky-kap.example/ketamine-assisted-psychotherapy", "clinic", False, "en",
  "kap-practice", "Ketamine-Assisted Psychotherapy in Portland | Open Sky Therapy Collective", """
<header><a class="logo" href="/">Open Sky Therapy Collective</a>
<nav><a href="/about">About</a> <a href="/ketamine-assisted-psychotherapy">KAP</a> <a href="/groups">Groups</a> <a href="/fees">Fees</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketamine-Assisted Psychotherapy (KAP)</h1>
<p>Our KAP program pairs a medical team with a licensed psychotherapist. Sessions take place in our office in SE Portland.</p>
<h2>The process</h2>
<ol>
<li><b>Medical screening</b> with our nurse practitioner, in person, including vitals and a medication review.</li>
<li><b>Two preparation sessions</b> with your therapist (50 minutes each).</li>
<li><b>Three ketamine sessions</b> (about 3 hours each). Intramuscular or sublingual ketamine is administered in the office by our nurse practitioner; your therapist stays with you throughout.</li>
<li><b>Integration sessions</b> after each dosing session.</li>
</ol>
<h2>Fees</h2>
<p>Medical screening $200 &middot; Preparation or integration session $175 &middot; Ketamine session (medicine, medical monitoring and therapist) $650 &middot; Full 3-session package $2,900 when paid in advance. A limited number of sliding-scale spots are reserved each quarter. We provide superbills; some plans reimburse the psychotherapy portion.</p>
<p><a class="btn" href="/contact">Schedule a free 20-minute call</a></p>
</main>
<footer>Open Sky Therapy Collective &middot; 2300 SE Belmont St, Portland, OR</footer>
""")

p("h13427", "https://lakeshore-ketamine-wellness.example/patients/billing-faq", "clinic", False, "en",
  "clinic-billing-faq", "Billing & payments FAQ | Lakeshore Ketamine & Wellness", """
<nav><a href="/">Home</a> <a href="/patients">Patients</a> <a href="/patients/forms">Forms</a> <a href="/patients/pay">Pay my bill</a></nav>
<h1>Billing &amp; payments FAQ</h1>
<p><b>Can I pay my bill online?</b> Yes, use <a href="/patients/pay">Pay my bill</a> with the statement number on your invoice. Cards, HSA/FSA and CareCredit accepted.</p>
<p><b>Why is there a deposit?</b> A $100 deposit holds your infusion suite and nurse. It is applied to your infusion. Cancellations with less than 48 hours' notice forfeit the deposit.</p>
<p><b>Do you bill insurance?</b> Ketamine infusions for mood are not covered by most plans. We provide a superbill with diagnosis and procedure codes you can submit for out-of-network reimbursement. Spravato is billed to insurance.</p>
""")

p("h13428", "https://clinique-ketamine-montreal.example/fr/perfusions", "clinic", False, "fr",
  "infusion-clinic-page", "Perfusions de kétamine à Montréal | Clinique Kétamine Montréal", """
<header><a class="logo" href="/fr">Clinique Kétamine Montréal</a>
<nav><a href="/fr">Accueil</a> <a href="/fr/perfusions">Perfusions IV</a> <a href="/fr/esketamine">Eskétamine</a> <a href="/fr/tarifs">Tarifs</a> <a href="/fr/equipe">Équipe</a> <a href="/en">EN</a> <a class="btn" href="/fr/rendez-vous">Prendre rendez-vous</a></nav></header>
<main>
<h1>Perfusions intraveineuses de kétamine</h1>
<p>Notre clinique, située sur le boulevard Saint-Laurent, offre des perfusions de kétamine aux adultes atteints de dépression résistante, de trouble de stress post-traumatique ou de douleur chronique.</p>
<h2>Déroulement</h2>
<ul>
<li>Une demande de consultation signée par votre médecin de famille ou votre psychiatre est requise.</li>
<li>Évaluation médicale à la clinique avec un de nos médecins (anesthésiologiste ou psychiatre).</li>
<li>Série initiale de six perfusions d'environ 45 minutes sur trois semaines, sous surveillance infirmière continue.</li>
<li>Vous devez être raccompagné par un proche après chaque séance.</li>
</ul>
<h2>Tarifs</h2>
<p>Consultation initiale : 350 $ &middot; Perfusion : 575 $ &middot; Forfait de six perfusions : 3 150 $. Ces frais ne sont pas couverts par la RAMQ, mais plusieurs assurances privées remboursent une partie. Reçus fournis pour le crédit d'impôt pour frais médicaux.</p>
<p>Des cartes-cadeaux sont offertes pour la consultation initiale.</p>
<p><a class="btn" href="/fr/rendez-vous">Réserver une consultation</a></p>
</main>
<footer>Clinique Kétamine Montréal inc. &middot; Tous nos médecins sont membres du Collège des médecins du Québec &middot; <a href="/fr/confidentialite">Confidentialité</a></footer>
""", noise="cookie-fr")

p("h13429", "https://ggz-rivierenland-ziekenhuis.example/behandelingen/esketamine", "clinic", False, "nl",
  "hospital-outpatient", "Esketamine bij therapieresistente depressie | Polikliniek Psychiatrie", """
<nav><a href="/">Home</a> <a href="/patienten">Patiënten</a> <a href="/afdelingen/psychiatrie">Psychiatrie</a> <a href="/verwijzers">Verwijzers</a> <a href="/contact">Contact</a></nav>
<main>
<h1>Behandeling met esketamine-neusspray</h1>
<p>Op de polikliniek Psychiatrie behandelen wij volwassenen met een depressie die onvoldoende is verbeterd na minstens twee behandelingen met antidepressiva.</p>
<h2>Verwijzing</h2>
<p>U heeft een verwijzing nodig van uw psychiater of huisarts. Na de verwijzing volgt een intakegesprek met een van onze psychiaters, waarin we bespreken of esketamine voor u geschikt is.</p>
<h2>Hoe verloopt de behandeling?</h2>
<ul>
<li>U dient de neusspray zelf toe op de polikliniek, onder toezicht van een verpleegkundige.</li>
<li>Daarna blijft u minimaal twee uur ter observatie. We meten uw bloeddruk.</li>
<li>U mag die dag niet zelf autorijden of fietsen.</li>
<li>De eerste vier weken komt u twee keer per week, daarna eens per week of eens per twee weken.</li>
</ul>
<h2>Vergoeding</h2>
<p>De behandeling valt onder de basisverzekering. Houd rekening met uw eigen risico.</p>
</main>
<footer>Ziekenhuis Rivierenland &middot; Polikliniek Psychiatrie, route 42 &middot; Telefoon 0344 000 000</footer>
""", noise="cookie-nl")

p("h13430", "https://ospedale-san-martino-milano.example/ambulatori/depressione-resistente-esketamina", "clinic", False, "it",
  "hospital-outpatient", "Ambulatorio Depressione Resistente – Esketamina | Ospedale San Martino", """
<nav><a href="/">Home</a> <a href="/reparti">Reparti</a> <a href="/ambulatori">Ambulatori</a> <a href="/prenotazioni">Prenotazioni CUP</a> <a href="/urp">URP</a></nav>
<main>
<h1>Ambulatorio per la Depressione Resistente</h1>
<p>L'ambulatorio, afferente alla Struttura Complessa di Psichiatria, si occupa della valutazione e del trattamento dei pazienti con depressione che non ha risposto ad almeno due antidepressivi.</p>
<h2>Trattamento con esketamina spray nasale</h2>
<p>L'esketamina viene somministrata esclusivamente in ambulatorio, sotto la supervisione di personale sanitario. Dopo ogni somministrazione il paziente resta in osservazione per almeno due ore, con controllo della pressione arteriosa. Non è possibile guidare nel giorno del trattamento.</p>
<h2>Come accedere</h2>
<p>È necessaria l'impegnativa del medico di medicina generale o dello specialista per "prima visita psichiatrica &ndash; depressione resistente". La prenotazione si effettua tramite CUP regionale o al numero 02 0000 0000. Il farmaco è erogato a carico del Servizio Sanitario Nazionale secondo il piano terapeutico.</p>
<p>Orari: lunedì, mercoledì e venerdì, 8:30&ndash;14:00. Padiglione C, piano terra.</p>
</main>
<footer>Ospedale San Martino &middot; Azienda Socio Sanitaria Territoriale</footer>
""")

p("h13431", "https://clinica-renova-cetamina.example/infusao-de-cetamina", "clinic", False, "pt",
  "infusion-clinic-page", "Infusão de Cetamina em São Paulo | Clínica Renova", """
<header><a class="logo" href="/">Clínica Renova</a>
<nav><a href="/">Início</a> <a href="/infusao-de-cetamina">Infusão de cetamina</a> <a href="/escetamina">Escetamina</a> <a href="/equipe">Equipe médica</a> <a href="/convenios">Convênios</a> <a href="/contato">Contato</a></nav></header>
<main>
<h1>Infusão de cetamina para depressão resistente</h1>
<p>Na Clínica Renova, no Itaim Bibi, a infusão de cetamina é feita em ambiente hospitalar, com monitorização contínua por médico anestesiologista e equipe de enfermagem.</p>
<h2>Como funciona</h2>
<ol>
<li>Consulta psiquiátrica presencial ou por vídeo para avaliar a indicação.</li>
<li>Avaliação clínica e exames, se necessário.</li>
<li>Sessões de infusão intravenosa de cerca de 40 minutos, geralmente duas por semana durante três semanas.</li>
<li>Acompanhamento com o psiquiatra durante e após o tratamento.</li>
</ol>
<h2>Valores</h2>
<p>Consulta psiquiátrica: R$ 650. Sessão de infusão: R$ 1.200. Pacote com 6 sessões: R$ 6.500, em até 6x no cartão. Emitimos nota fiscal para reembolso do convênio.</p>
<p>Agende sua consulta pelo WhatsApp (11) 94444-0177 ou pelo telefone (11) 3000-0000.</p>
<p class="small">Responsável técnico: Dr. Paulo Mendes &ndash; CRM-SP 000000 &ndash; RQE 00000 (Psiquiatria).</p>
</main>
<footer>Clínica Renova &middot; Rua Joaquim Floriano, São Paulo &ndash; SP</footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- informational (9)

p("h13432", "https://metro-ledger-news.example/2026/11/19/we-tried-to-buy-ketamine-online", "informational", False, "en",
  "news-investigation-long", "We tried to buy ketamine online. Here is what showed up at our door.", """
<header>
<a class="logo" href="/">The Metro Ledger</a>
<nav><a href="/news">News</a> <a href="/health">Health</a> <a href="/investigations">Investigations</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/subscribe">Subscribe</a></nav>
</header>
<main>
<article>
<p class="kicker">INVESTIGATION</p>
<h1>We tried to buy ketamine online. Here is what showed up at our door.</h1>
<p class="byline">By Hannah Ortiz &middot; November 19, 2026</p>
<p>A search for "buy ketamine online" returns dozens of polished sites that look like pharmacies. Over eight weeks, reporters for The Metro Ledger contacted 14 of them, placed orders with six, and sent what arrived to a university laboratory for testing.</p>
<p>The sites offered vials of "Ketalar" for $150 to $200 each, crystal at about $40 a gram, and nasal sprays for $180. None asked for a prescription. Four demanded payment in Bitcoin; one asked for Apple gift cards. A site calling itself KetaRx Direct promised "overnight delivery, reship guarantee" and told a reporter on WhatsApp that the product was "hospital grade from Germany."</p>
<p>Three of the six orders never arrived. Two packages contained vials whose contents were not ketamine at all, according to the lab. One contained ketamine powder cut with an unidentified compound.</p>
<p>"People who go looking for this are usually not partiers. They are people with depression who cannot afford a clinic," said Dr. Lena Fischer, a psychiatrist who runs a ketamine program at a university hospital. "They are being robbed, and some of them are being poisoned."</p>
<h2>Telehealth is not the same thing</h2>
<p>Legitimate telehealth companies prescribe ketamine only after a video evaluation, and their medication comes from licensed pharmacies with a label in the patient's name. The state board of pharmacy said it had sent cease-and-desist letters to two of the sites named in this story; both were back online under new domains within a week.</p>
<h2>How to check a site</h2>
<p>Experts advised readers to be wary of any seller that does not require a prescription, accepts only crypto or gift cards, or does business over WhatsApp or Telegram. Licensed pharmacies can be verified through the state board of pharmacy.</p>
</article>
<aside><h3>Most read</h3><a href="#">City council approves transit budget</a> <a href="#">High school football playoffs preview</a></aside>
</main>
<footer>&copy; 2026 The Metro Ledger &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/contact">Contact the newsroom</a></footer>
""", noise="cookie")

p("h13433", "https://state-pharmacy-board.example/consumers/alerts/illegal-online-ketamine-sellers", "informational", False, "en",
  "government-alert", "Consumer Alert: Illegal online sellers of ketamine | State Board of Pharmacy", """
<nav><a href="/">Board of Pharmacy</a> <a href="/licensees">Licensees</a> <a href="/consumers">Consumers</a> <a href="/verify">Verify a License</a> <a href="/complaints">File a Complaint</a> <a href="/laws">Laws &amp; Rules</a></nav>
<main>
<h1>Consumer Alert: Illegal online sellers of ketamine and esketamine</h1>
<p class="date">Issued October 2, 2026</p>
<p>The Board has received complaints about websites, text messages and social media accounts offering ketamine, esketamine nasal spray and related substances for sale without a prescription. These sellers are not licensed by the Board and their products may be counterfeit, contaminated or mislabeled.</p>
<h2>Warning signs</h2>
<ul>
<li>No prescription required, or a "free online consultation" that is only a questionnaire.</li>
<li>Payment by cryptocurrency, gift cards, wire transfer or payment apps.</li>
<li>Orders taken by WhatsApp, Telegram or Instagram messages.</li>
<li>Promises of "discreet packaging" or free reshipment if customs seizes a package.</li>
<li>No physical address in the United States, or no license number you can verify.</li>
</ul>
<h2>What to do</h2>
<p>Use the <a href="/verify">license verification tool</a> to confirm that a pharmacy is licensed in this state. Report suspicious sellers through our <a href="/complaints">complaint form</a>. If you took a product bought online and feel unwell, call Poison Control at 1-800-222-1222.</p>
<p>Esketamine (Spravato) is available only through certified treatment centers and is never dispensed directly to patients for home use.</p>
</main>
<footer>State Board of Pharmacy &middot; An official state government website</footer>
""")

p("h13434", "https://communityforums.example/t/is-ketarelief-online-legit-got-a-text-about-it/48812", "informational", False, "en",
  "forum-thread", "Is ketarelief-online legit? Got a text about it - Depression Support - Community Forums", """
<header><a href="/">Community Forums</a> &rsaquo; <a href="/c/mental-health">Mental Health</a> &rsaquo; <a href="/c/mental-health/depression-support">Depression Support</a> <a href="/login">Log in</a> <a href="/signup">Sign up</a> <a href="/search">Search</a></header>
<nav class="sidebar"><a href="/latest">Latest</a> <a href="/top">Top</a> <a href="/categories">Categories</a> <a href="/faq">FAQ/Guidelines</a> <a href="/tags">Tags</a></nav>
<main>
<h1>Is ketarelief-online legit? Got a text about it</h1>
<div class="post"><b>sleepless_in_tacoma</b> <span>Nov 24</span>
<p>I got a random text saying "Struggling with depression? Ketamine therapy delivered, no doctor visit needed" with a link to ketarelief-online. Prices look way cheaper than the clinic near me ($99 for a month). They want payment by Zelle. Has anyone used them? I'm desperate honestly, my psychiatrist has a 3 month wait.</p></div>
<div class="post"><b>mod_rivera</b> <span class="badge">Moderator</span> <span>Nov 24</span>
<p>Please don't. No doctor visit + Zelle is a huge red flag. Legit telehealth for ketamine does a real video evaluation and the meds come from a licensed pharmacy with your name on the label. Also please remember rule 4: no sourcing discussion. If you're in crisis, 988 is available 24/7.</p></div>
<div class="post"><b>grey_cardinal</b> <span>Nov 25</span>
<p>Same text here. I looked up the domain, it was registered 3 weeks ago. I'd report it to your state pharmacy board.</p></div>
<div class="post"><b>sleepless_in_tacoma</b> <span>Nov 25</span>
<p>Thanks all. I'm going to ask my psychiatrist about Spravato instead, apparently my insurance covers it.</p></div>
<div class="post"><b>hopeful_again</b> <span>Nov 26</span>
<p>For what it's worth, I did at-home ketamine through a telehealth company last year. Had an hour-long video appointment, they checked my BP history, and the pharmacy called me before shipping. That's what the real thing looks like.</p></div>
<p class="thread-meta">5 replies &middot; 1.2k views &middot; <a href="/t/spravato-experiences-megathread/30117">Related: Spravato experiences megathread</a> &middot; <a href="/t/how-to-spot-fake-online-pharmacies/41290">How to spot fake online pharmacies</a></p>
</main>
<footer><a href="/privacy">Privacy</a> &middot; <a href="/tos">Terms of Service</a> &middot; Powered by forum software</footer>
""")

p("h13435", "https://cedar-compounding-pharmacy.example/services/ketamine-compounding", "informational", False, "en",
  "rx-only-compounding-pharmacy", "Ketamine compounding (prescription only) | Cedar Compounding Pharmacy", """
<header><a class="logo" href="/">Cedar Compounding Pharmacy</a>
<nav><a href="/services">Services</a> <a href="/prescribers">For prescribers</a> <a href="/patients">For patients</a> <a href="/refill">Refill a prescription</a> <a href="/licensure">Licensure</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketamine compounding</h1>
<p>Cedar is a PCAB-accredited 503A compounding pharmacy. We prepare ketamine sublingual troches, rapid-dissolve tablets and nasal solutions <b>only</b> against a valid prescription for an individual patient, written by a prescriber with an active DEA registration after a legitimate patient-practitioner relationship.</p>
<h2>For patients</h2>
<p>We cannot sell ketamine to you directly and we do not offer "online consultations". If your clinician has prescribed compounded ketamine and sent the prescription to us, we will call you to verify your identity, collect payment and arrange delivery with adult signature. We ship to the states in which we hold a non-resident pharmacy license (see <a href="/licensure">Licensure</a>).</p>
<h2>For prescribers</h2>
<p>Prescriptions for Schedule III substances may be sent by EPCS or by phone followed by a signed prescription, as permitted by state law. We do not accept prescriptions generated by questionnaire-only platforms.</p>
<h2>Pricing</h2>
<p>Cash price for a typical 30-day supply ranges from $60 to $140 depending on strength and dosage form. Most insurance does not cover compounded ketamine.</p>
<p class="small">Pharmacist-in-charge: Mark Delaney, PharmD. Pharmacy license numbers for each state are listed on our <a href="/licensure">Licensure</a> page.</p>
</main>
<footer>Cedar Compounding Pharmacy &middot; 4410 Cedar Lake Rd, Minneapolis MN &middot; <a href="/notice-of-privacy-practices">Notice of Privacy Practices</a></footer>
""")

p("h13436", "https://drugcheck-collective.example/alerts/2026-11-fake-ketamine-vials", "informational", False, "en",
  "drug-checking-note", "", """
Drug checking alert, November 2026. Samples sold online as "Ketalar 50 mg/ml" vials and bought with cryptocurrency were brought to our service by three people in the past month. Two contained no ketamine; FTIR and lab confirmation found a mix of water and lidocaine. One sample sold as ketamine crystal contained 2-fluorodeschloroketamine (2F-DCK), an analogue with a different strength and duration. If you use ketamine, test every batch, start with a small amount, do not mix with alcohol or benzodiazepines, and do not use alone. Free, anonymous testing is available at our drop-in on Tuesdays and Thursdays, or by mail-in kit.
""", ext="txt")

p("h13437", "https://diario-del-levante.example/sucesos/2026/10/desarticulada-red-venta-ketamina-telegram", "informational", False, "es",
  "news-police", "Desarticulada una red que vendía ketamina por Telegram y la enviaba por mensajería | Diario del Levante", """
<header><a class="logo" href="/">Diario del Levante</a>
<nav><a href="/local">Local</a> <a href="/sucesos">Sucesos</a> <a href="/deportes">Deportes</a> <a href="/economia">Economía</a> <a href="/opinion">Opinión</a></nav></header>
<main>
<article>
<h1>Desarticulada una red que vendía ketamina por Telegram y la enviaba por mensajería</h1>
<p class="entradilla">La Guardia Civil detiene a cinco personas en Valencia y Murcia e interviene 3,2 kilos de ketamina, viales de uso veterinario y 40.000 euros en criptomonedas</p>
<p class="firma">Redacción &middot; 14 de octubre de 2026</p>
<p>Agentes de la Guardia Civil han desarticulado una organización que vendía ketamina a través de varios canales de Telegram y de una página web que se presentaba como "farmacia online sin receta". Según fuentes de la investigación, el grupo ofrecía el gramo a entre 30 y 45 euros y el vial de 10 mililitros a 90 euros, con pagos en Bizum y bitcoin.</p>
<p>Los envíos se realizaban en sobres acolchados sin remitente a través de empresas de mensajería. La investigación comenzó tras la denuncia de una madre que encontró un paquete dirigido a su hijo de 17 años.</p>
<p>Los agentes han intervenido también etiquetas falsas que imitaban las de un laboratorio veterinario. Los detenidos están acusados de delitos contra la salud pública y pertenencia a organización criminal.</p>
<p>La Agencia Española de Medicamentos recuerda que la ketamina es un medicamento de uso hospitalario y veterinario que no puede venderse a particulares por internet.</p>
</article>
</main>
<footer>&copy; 2026 Diario del Levante &middot; <a href="/aviso-legal">Aviso legal</a></footer>
""", noise="cookie-es")

p("h13438", "https://verbraucherberatung-gesundheit.example/ratgeber/arzneimittel-online-kaufen-seriositaet-pruefen", "informational", False, "de",
  "consumer-advice", "Arzneimittel online kaufen: So erkennen Sie unseriöse Anbieter | Verbraucherberatung Gesundheit", """
<nav><a href="/">Start</a> <a href="/ratgeber">Ratgeber</a> <a href="/beratung">Beratung</a> <a href="/warnliste">Warnliste</a> <a href="/ueber-uns">Über uns</a></nav>
<main>
<h1>Arzneimittel online kaufen: So erkennen Sie unseriöse Anbieter</h1>
<p>Immer mehr Menschen bestellen Medikamente im Internet. Neben seriösen Versandapotheken gibt es jedoch zahlreiche Fälschungsseiten. Besonders häufig beobachten wir derzeit Angebote für Ketamin und Esketamin-Nasenspray, die sich an Menschen mit Depressionen richten.</p>
<h2>Warnzeichen</h2>
<ul>
<li>Verschreibungspflichtige Mittel werden &bdquo;ohne Rezept&ldquo; angeboten.</li>
<li>Bezahlung nur per Vorkasse, Kryptowährung, Paysafecard oder Gutscheinkarten.</li>
<li>Kontakt nur über WhatsApp oder Telegram, kein vollständiges Impressum.</li>
<li>Hinweise wie &bdquo;diskreter Versand&ldquo; oder &bdquo;Neuversand bei Zollbeschlagnahme&ldquo;.</li>
</ul>
<h2>So prüfen Sie eine Versandapotheke</h2>
<p>Legale Versandapotheken in Deutschland tragen das EU-Sicherheitslogo für den Online-Handel mit Arzneimitteln. Ein Klick auf das Logo muss auf den Eintrag im offiziellen Versandhandelsregister führen. Esketamin-Nasenspray wird ohnehin nicht an Patientinnen und Patienten nach Hause geliefert, sondern nur in Praxen oder Kliniken unter Aufsicht angewendet.</p>
<h2>Schon bestellt?</h2>
<p>Nehmen Sie gelieferte Präparate nicht ein. Wenden Sie sich an Ihre Bank und erstatten Sie gegebenenfalls Anzeige. Unsere Beratungsstelle hilft Ihnen kostenlos.</p>
</main>
<footer>Verbraucherberatung Gesundheit e.V. &middot; <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h13439", "https://info-drogues-risques.example/produits/ketamine", "informational", False, "fr",
  "harm-reduction-fact-sheet", "Kétamine : effets, risques et réduction des risques | Info Drogues Risques", """
<nav><a href="/">Accueil</a> <a href="/produits">Produits de A à Z</a> <a href="/reduire-les-risques">Réduire les risques</a> <a href="/aide">Trouver de l'aide</a> <a href="/tchat">Tchat anonyme</a></nav>
<main>
<h1>Kétamine</h1>
<p>La kétamine est un anesthésique utilisé en médecine humaine et vétérinaire. Détournée, elle se présente sous forme de poudre ou de cristaux, le plus souvent sniffée. On l'appelle aussi « K », « kéta » ou « spécial K ».</p>
<h2>Effets</h2>
<p>À faible dose : sensation d'ébriété, de flottement. À dose plus élevée : dissociation, perte de repères, difficulté à bouger (« K-hole »).</p>
<h2>Risques</h2>
<ul>
<li>Chutes, accidents, noyade du fait de l'anesthésie et de la perte de sensibilité à la douleur.</li>
<li>Mélange très dangereux avec l'alcool, les opioïdes ou les benzodiazépines.</li>
<li>Usage régulier : atteintes graves de la vessie (cystites, douleurs, sang dans les urines), troubles de la mémoire, dépendance.</li>
</ul>
<h2>Réduire les risques</h2>
<p>Faites analyser vos produits dans un service d'analyse de drogues, commencez par une petite quantité, ne consommez pas seul et utilisez votre propre matériel de sniff. Les produits achetés sur internet ou via les réseaux sociaux sont souvent mal dosés ou coupés.</p>
<p>Besoin de parler ? Ligne d'écoute anonyme et gratuite, 7j/7.</p>
</main>
<footer>Info Drogues Risques &middot; service public d'information et d'aide</footer>
""", noise="cookie-fr")

p("h13440", "https://centro-recomecar.example/tratamento-dependencia-cetamina", "informational", False, "pt",
  "rehab-centre", "Tratamento para dependência de cetamina | Centro Recomeçar", """
<header><a class="logo" href="/">Centro Recomeçar</a>
<nav><a href="/">Início</a> <a href="/tratamentos">Tratamentos</a> <a href="/estrutura">Estrutura</a> <a href="/familia">Para a família</a> <a href="/contato">Contato</a></nav></header>
<main>
<h1>Tratamento para dependência de cetamina</h1>
<p>A cetamina, conhecida como "keta" ou "K", tem sido cada vez mais usada em festas e vendida pela internet e redes sociais. O uso frequente pode causar dependência psicológica, problemas de memória e lesões graves na bexiga.</p>
<h2>Sinais de alerta para a família</h2>
<ul>
<li>Encomendas chegando em embalagens discretas sem remetente.</li>
<li>Dor ao urinar ou idas frequentes ao banheiro em jovens.</li>
<li>Isolamento, faltas na escola ou no trabalho, episódios de "desligamento".</li>
</ul>
<h2>Nosso programa</h2>
<p>Internação voluntária e acompanhamento ambulatorial com psiquiatra, psicólogo e terapeuta ocupacional, além de grupos de apoio para familiares. Avaliação inicial gratuita.</p>
<p>Fale com nossa equipe: (19) 3000-0000 ou WhatsApp (19) 98888-0000.</p>
</main>
<footer>Centro Recomeçar &middot; Campinas &ndash; SP</footer>
""", noise="cookie-pt")

save(OUT, R)
