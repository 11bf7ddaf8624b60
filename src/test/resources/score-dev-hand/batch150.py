# Batch 150 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "The first week of 2027". An ordinary, fair sample of the ketamine-related web as a crawler
# meets it in early January 2027: every category in its common forms, US and Europe, long and short,
# tidy and messy, with the usual New-Year flavour (resolutions, "new year sale" codes, deductibles
# resetting, year-in-review news). No particular trick in mind.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, footers), medium pages, short pages,
# navigation-heavy category/location pages, partial (cut-off) pages, a bot-check wall (url-only) and
# a few plain-text excerpts: crystal/needle shop, research-chemical shop, questionnaire-only "clinic",
# Telegram bio, affiliate "best places to buy" list, vet vials sold to anyone, market listing,
# European shops, classified ad, seller shipping FAQ; at-home telehealth landing, pricing, FAQ,
# clinician roster, virtual psychiatry with Spravato referral, Spanish/German/Portuguese telehealth;
# IV infusion clinic, REMS centre, KAP practice, billing page, London clinic, CHU, Italian and Dutch
# clinics; news, government warning, forum thread, directory, law firm, harm reduction, encyclopaedia,
# addiction centre, Brazilian news.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch150.py (writes batch150/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch150")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h15001", "https://k-crystal-shop.example/product/ketamine-hcl-crystal-shards/", "seller", True, "en",
  "long-shop-product-page-crypto-stealth", "Ketamine HCL Crystal Shards (99.7%) – Buy Online | K Crystal Shop", """
<div class="promo-bar">&#127878; NEW YEAR SALE &ndash; use code <b>HNY2027</b> for 20% off all orders until January 10 &#127878;</div>
<header>
<a class="logo" href="/">K&middot;CRYSTAL<span>SHOP</span></a>
<nav class="main-nav">
<a href="/">Home</a> <a href="/shop/">Shop</a> <a href="/product-category/dissociatives/">Dissociatives</a>
<a href="/product-category/psychedelics/">Psychedelics</a> <a href="/product-category/pharmacy/">Pharmacy</a>
<a href="/shipping-policy/">Shipping</a> <a href="/reship-guarantee/">Reship Guarantee</a> <a href="/contact/">Contact</a>
<a href="/my-account/">My account</a> <a href="/cart/">Cart 0 items &ndash; $0.00</a>
</nav>
</header>
<main>
<nav class="woocommerce-breadcrumb"><a href="/">Home</a> / <a href="/product-category/dissociatives/">Dissociatives</a> / Ketamine HCL Crystal Shards</nav>
<div class="product">
<div class="images"><img src="/wp-content/uploads/2026/11/ket-shards-1.jpg" alt="ketamine crystal shards"></div>
<div class="summary entry-summary">
<h1 class="product_title">Ketamine HCL Crystal Shards (99.7%)</h1>
<div class="star-rating">Rated 4.86 out of 5 based on 211 customer ratings</div>
<p class="price"><span>$95.00</span> &ndash; <span>$1,650.00</span></p>
<div class="short-description">
<p>Pure, lab-tested S-isomer ketamine in large glassy shards. Our most popular product in 2026 and back in stock for the new year.
Ships from domestic warehouses in the USA, Canada, UK and Germany, so no customs for most orders.</p>
</div>
<form class="variations_form cart">
<label for="pa_weight">Weight</label>
<select id="pa_weight" name="attribute_pa_weight">
<option value="">Choose an option</option>
<option value="5g">5 grams &ndash; $95</option>
<option value="10g">10 grams &ndash; $170</option>
<option value="28g">28 grams (1 oz) &ndash; $390</option>
<option value="100g">100 grams &ndash; $1,150</option>
<option value="250g">250 grams &ndash; $1,650</option>
</select>
<div class="quantity"><input type="number" value="1" min="1"></div>
<button type="submit" class="single_add_to_cart_button">Add to cart</button>
</form>
<ul class="trust">
<li>&#10004; No prescription needed</li>
<li>&#10004; Vacuum sealed, odor-proof stealth packaging</li>
<li>&#10004; Free reship if seized (one time per order)</li>
<li>&#10004; 10% extra discount when paying with Bitcoin, Monero or USDT</li>
</ul>
<p class="product_meta">SKU: KCS-0412 &middot; Category: <a href="/product-category/dissociatives/">Dissociatives</a> &middot; Tags: <a href="#">ketamine</a>, <a href="#">special k</a>, <a href="#">shards</a></p>
</div>
</div>
<div class="woocommerce-tabs">
<h2>Description</h2>
<p>Ketamine is a dissociative anaesthetic first synthesised in 1962 and used in human and veterinary medicine. In recent years it has
become famous for its rapid antidepressant effect, and many of our customers tell us they use it to manage depression and stress.
Our shards are recrystallised from pharmaceutical powder and each batch is tested by an independent lab (reports available on request).</p>
<p>Why buy ketamine from K Crystal Shop? We have been serving customers since 2019 with over 14,000 orders delivered. Every order is
tracked, we answer emails within 12 hours and our support team is also available on Telegram (<b>@kcrystal_support</b>).</p>
<h2>Shipping</h2>
<p>Domestic USA: 2&ndash;4 business days (USPS Priority). Europe: 3&ndash;6 days from our German stock. Australia: 7&ndash;12 days, reship guaranteed.
Orders placed before 2 pm ship the same day. Holiday note: orders placed between Dec 31 and Jan 2 ship on January 4, 2027.</p>
<h2>Reviews (211)</h2>
<div class="review"><b>Dan_R</b> &ndash; December 29, 2026: &#9733;&#9733;&#9733;&#9733;&#9733; Arrived in 3 days to Ohio, nice rocks, very clean. Will order again.</div>
<div class="review"><b>mila.k</b> &ndash; December 21, 2026: &#9733;&#9733;&#9733;&#9733;&#9734; Took 8 days to Melbourne but they kept their word. Paid with BTC.</div>
<div class="review"><b>anon</b> &ndash; December 14, 2026: &#9733;&#9733;&#9733;&#9733;&#9733; Best vendor since the old market closed.</div>
</div>
<section class="related">
<h2>Related products</h2>
<ul>
<li><a href="/product/ketamine-needles-s-isomer/">Ketamine Needles S-Isomer</a> $110 &ndash; $1,900</li>
<li><a href="/product/esketamine-nasal-spray-28mg/">Esketamine Nasal Spray 28 mg (3 devices)</a> $240</li>
<li><a href="/product/ketalar-50mg-ml-vials/">Ketalar 50 mg/ml vials (10 ml)</a> $120</li>
<li><a href="/product/2-fdck-powder/">2-FDCK powder</a> $60 &ndash; $900</li>
</ul>
</section>
</main>
<footer>
<p>&copy; 2019&ndash;2027 K Crystal Shop. All products are sold for research purposes. By ordering you confirm you are over 21.</p>
<p><a href="/privacy-policy/">Privacy</a> &middot; <a href="/terms/">Terms</a> &middot; <a href="/refund/">Refunds</a> &middot; We accept: BTC &middot; XMR &middot; USDT &middot; Zelle &middot; Cash App</p>
</footer>
""", noise="cookie")

p("h15002", "https://rc-dissociatives.example/shop/2-fdck-powder-10g", "seller", True, "en",
  "research-chemical-shop-nfhc", "2-FDCK (Fluorodeschloroketamine) Powder | RC Dissociatives", """
<header><a href="/">RC Dissociatives</a> <span>Research chemicals since 2015 &middot; EU &amp; UK stock</span>
<nav><a href="/shop">All products</a> <a href="/category/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/category/pellets">Pellets</a> <a href="/category/blotters">Blotters</a> <a href="/lab-reports">Lab reports</a> <a href="/basket">Basket</a></nav></header>
<main>
<h1>2-FDCK Powder</h1>
<p class="cas">CAS: 111982-50-4 &middot; Formula: C13H16FNO &middot; Molar mass: 237.27 g/mol &middot; Purity: &gt;99% (HPLC)</p>
<table class="tier-prices">
<tr><th>Amount</th><th>Price</th><th>Per gram</th></tr>
<tr><td>1 g</td><td>&euro;22.00</td><td>&euro;22.00</td></tr>
<tr><td>5 g</td><td>&euro;75.00</td><td>&euro;15.00</td></tr>
<tr><td>10 g</td><td>&euro;120.00</td><td>&euro;12.00</td></tr>
<tr><td>25 g</td><td>&euro;240.00</td><td>&euro;9.60</td></tr>
<tr><td>100 g</td><td>&euro;690.00</td><td>&euro;6.90</td></tr>
</table>
<p><button>Add to basket</button> <span class="stock">In stock &ndash; ships within 24h</span></p>
<p>2-FDCK is an arylcyclohexylamine and a structural analogue of ketamine in which the chlorine atom is replaced by fluorine. It is
supplied as a white crystalline powder in a resealable mylar bag, labelled for laboratory identification.</p>
<p class="warning"><b>NOT FOR HUMAN CONSUMPTION.</b> This product is sold strictly as a reference material for in-vitro research and
forensic analysis. We do not provide dosage information. Orders mentioning consumption will be cancelled.</p>
<p>New in January 2027: <a href="/shop/dck-pellets-50mg">DCK pellets 50 mg</a>, <a href="/shop/o-pce-powder">O-PCE</a> back in stock,
<a href="/shop/3-meo-pcp-blotter">3-MeO-PCP blotters</a>.</p>
<p>Payment: SEPA bank transfer, Bitcoin, Litecoin. Shipping in discreet envelope, tracked (EU &euro;9.50, UK &pound;10).</p>
</main>
<footer>RC Dissociatives &middot; Registered in the Netherlands &middot; <a href="/terms">Terms</a> &middot; <a href="/legal-status">Legal status by country</a></footer>
""")

p("h15003", "https://ketaminerx-now.example/start", "seller", True, "en",
  "fake-telehealth-questionnaire-only", "Ketamine Prescription Online in 5 Minutes – Start 2027 Fresh | KetamineRx Now", """
<header><a href="/" class="logo">KetamineRx<sup>NOW</sup></a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/reviews">Reviews</a> <a href="/faq">FAQ</a> <a class="btn" href="/start">Get started</a></nav></header>
<section class="hero">
<h1>New year. New you. Ketamine treatment delivered in 48 hours.</h1>
<p>Skip the waiting rooms, the video calls and the insurance headaches. Answer a short online questionnaire and get approved in minutes.</p>
<a class="btn big" href="/questionnaire">Take the 2-minute quiz &rarr;</a>
<p class="badges">&#9733; 4.9 from 3,200+ happy patients &middot; All 50 states &middot; Approval rate 98%</p>
</section>
<section class="steps">
<h2>How it works</h2>
<ol>
<li><b>Fill out the quiz.</b> 12 questions about your mood and goals. No appointment, no camera required.</li>
<li><b>Automatic approval.</b> Our system reviews your answers and your order is approved instantly in almost all cases.</li>
<li><b>Shipped to your door.</b> Ketamine tablets or nasal spray arrive in plain packaging within 48 hours.</li>
</ol>
</section>
<section class="pricing">
<h2>Simple pricing</h2>
<div class="plan"><h3>Starter</h3><p>8 &times; 200 mg sublingual tablets</p><p class="price">$149</p><a href="/checkout?plan=starter">Order now</a></div>
<div class="plan"><h3>Monthly</h3><p>16 tablets or 1 nasal spray bottle (100 mg/ml)</p><p class="price">$249</p><a href="/checkout?plan=monthly">Order now</a></div>
<div class="plan"><h3>Bulk 3-pack</h3><p>48 tablets, free express shipping</p><p class="price">$599</p><a href="/checkout?plan=bulk">Order now</a></div>
<p>Pay by card, Apple Pay or crypto (5% off). Refills auto-ship every 30 days, cancel anytime.</p>
</section>
<section class="faq">
<h3>Do I need to talk to a doctor?</h3>
<p>No. Our medical partner signs off on questionnaires in bulk so you don't have to wait. If you would like a call, one can be arranged for a $79 fee.</p>
<h3>Can I order for a family member?</h3>
<p>Yes, simply fill in the quiz on their behalf and enter their shipping address.</p>
</section>
<footer>&copy; 2027 KetamineRx Now LLC. Results not guaranteed. <a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h15004", "https://social-profile.example/specialk.plug.2027", "seller", True, "en",
  "social-bio-telegram", "specialk.plug.2027", """
specialk.plug.2027 · 1,204 followers
🎉 NEW YEAR RESTOCK 🎉 K 💎 shards / powder / needles
🇺🇸🇬🇧🇪🇺 fast stealth delivery, reship if lost
💸 BTC / CashApp / Apple gift cards
📲 order on Telegram @specialk_plug27 or Signal (link in bio)
❌ no time wasters ❌ no samples
👇 menu + prices
linktr.example/specialkplug
""", ext="txt")

p("h15005", "https://wellness-review-hub.example/best-places-to-buy-ketamine-online-2027/", "seller", True, "en",
  "affiliate-doorway-best-vendors-list", "Best Places to Buy Ketamine Online in 2027 (Tested & Reviewed)", """
<header><a href="/">Wellness Review Hub</a> <nav><a href="/category/supplements/">Supplements</a> <a href="/category/nootropics/">Nootropics</a> <a href="/category/psychedelics/">Psychedelics</a> <a href="/about/">About us</a></nav></header>
<article>
<h1>Best Places to Buy Ketamine Online in 2027 (Tested &amp; Reviewed)</h1>
<p class="meta">By Jake Morrison &middot; Updated January 3, 2027 &middot; 14 min read</p>
<p class="disclosure"><i>This article contains affiliate links. If you buy through them we may earn a commission at no extra cost to you.</i></p>
<p>Looking to buy ketamine online without the hassle? With clinics charging $500 or more per session, more and more people are
looking for an alternative. We ordered from 11 online vendors over the past six months and ranked them on purity, shipping speed,
stealth and customer service. Here are the winners for 2027.</p>
<h2>Quick summary</h2>
<ol>
<li><b>K Crystal Shop</b> &ndash; best overall, domestic US shipping, reship guarantee. <a href="https://k-crystal-shop.example/?ref=wrh27" rel="sponsored">Visit store &rarr;</a> (code WRH15 for 15% off)</li>
<li><b>Dissoc Direct</b> &ndash; best for Europe, accepts SEPA and Bitcoin. <a href="https://dissoc-direct.example/?aff=wrh" rel="sponsored">Visit store &rarr;</a></li>
<li><b>PharmaKet24</b> &ndash; best for liquid Ketalar vials, ships from India. <a href="https://pharmaket24.example/?aff=wrh" rel="sponsored">Visit store &rarr;</a></li>
</ol>
<h2>1. K Crystal Shop &ndash; Best overall</h2>
<p>Our 10 g order of shards arrived in Texas in three days, vacuum sealed inside a phone-case box. Our reagent test (Mandelin) showed
the expected colour and the product was clean. Prices start at $95 for 5 g. No prescription is needed and they take crypto, Zelle and Cash App.</p>
<p><b>Pros:</b> fast, cheap, great support on Telegram. <b>Cons:</b> no PayPal.</p>
<h2>2. Dissoc Direct &ndash; Best for Europe</h2>
<p>Ships from the Netherlands to most EU countries in 2&ndash;5 days. Slightly more expensive but very consistent quality.</p>
<h2>3. PharmaKet24 &ndash; Best for vials</h2>
<p>If you prefer pharmaceutical-grade vials, PharmaKet24 sells Ketalar and generic ketamine 50 mg/ml from licensed Indian manufacturers
with no prescription. Shipping takes 10&ndash;18 days.</p>
<h2>Is it legal to buy ketamine online?</h2>
<p>Ketamine is a Schedule III substance in the US, so technically you need a prescription. In practice, small personal orders are rarely
intercepted, and all of our recommended vendors offer reshipping. Always check your local laws.</p>
<h2>FAQ</h2>
<p><b>What about ketamine clinics?</b> Clinics are the safest option, but with prices of $400&ndash;$800 per infusion they are out of reach for many.</p>
<p><b>What is the best payment method?</b> Bitcoin gives you the most privacy and usually a discount.</p>
</article>
<aside><h3>Popular posts</h3><ul><li><a href="/best-kratom-vendors/">Best kratom vendors 2027</a></li><li><a href="/where-to-buy-psilocybin/">Where to buy magic mushrooms online</a></li><li><a href="/best-nootropics/">Best nootropic stacks</a></li></ul></aside>
<footer>&copy; 2027 Wellness Review Hub &middot; For educational purposes only. Not medical advice.</footer>
""", noise="cookie")

p("h15006", "https://vetpharm-direct-supply.example/ketamine-hydrochloride-injection-100mg-ml-10ml", "seller", True, "en",
  "vet-product-no-prescription", "Ketamine Hydrochloride Injection USP 100 mg/ml, 10 ml – VetPharm Direct Supply", """
<header><a href="/">VetPharm Direct Supply</a> &middot; Animal health products at wholesale prices
<nav><a href="/dogs">Dogs</a> <a href="/cats">Cats</a> <a href="/horses">Equine</a> <a href="/anesthetics">Anesthetics</a> <a href="/antibiotics">Antibiotics</a> <a href="/cart">Cart</a></nav></header>
<main>
<h1>Ketamine Hydrochloride Injection USP 100 mg/ml &ndash; 10 ml multi-dose vial</h1>
<p>Brand: Ketaset / Vetalar / generic (depending on stock). For veterinary use.</p>
<ul class="price-list">
<li>1 vial &ndash; $65</li>
<li>5 vials &ndash; $280</li>
<li>10 vials &ndash; $520</li>
<li>Box of 25 vials &ndash; $1,150</li>
</ul>
<p><button>Add to cart</button></p>
<p>Ketamine is a rapid-acting general anaesthetic used for restraint and minor surgical procedures in cats, primates and horses (with xylazine).
Store below 25&deg;C, protect from light.</p>
<h2>Do I need a prescription from my vet?</h2>
<p>No. We know how difficult it is for farmers, breeders and pet owners to get controlled medicines, so we sell directly without a veterinary
prescription. Just place your order and we ship discreetly worldwide. Payment by bank transfer, Western Union or Bitcoin.</p>
<p>Contact us on WhatsApp +44 7700 900123 for bulk prices.</p>
</main>
<footer>&copy; 2027 VetPharm Direct Supply &middot; Worldwide shipping</footer>
""")

p("h15007", "https://abacus-mirror.example/listing/88213", "seller", True, "en",
  "market-listing-vendor", "Listing #88213 · 10g Ketamine S-isomer Needles · TopShelfUK", """
<div class="market-top">Balance: 0.00000 BTC &middot; 0.000 XMR &middot; <a href="/orders">Orders</a> <a href="/messages">Messages (0)</a> <a href="/logout">Logout</a></div>
<nav class="cats"><a href="/c/drugs">Drugs</a> &rsaquo; <a href="/c/drugs/dissociatives">Dissociatives</a> &rsaquo; <a href="/c/drugs/dissociatives/ketamine">Ketamine</a></nav>
<h1>10g Ketamine S-isomer Needles &ndash; UK NDD &ndash; Top Quality</h1>
<table>
<tr><td>Vendor</td><td><a href="/v/TopShelfUK">TopShelfUK</a> (Level 7, 2,931 sales, 98.9% positive)</td></tr>
<tr><td>Price</td><td>&pound;180.00 &middot; 0.00212 BTC &middot; 1.09 XMR</td></tr>
<tr><td>Ships from</td><td>United Kingdom</td></tr>
<tr><td>Ships to</td><td>United Kingdom, Europe</td></tr>
<tr><td>Escrow</td><td>Yes (FE for Level 5+ buyers)</td></tr>
<tr><td>Shipping options</td><td>Royal Mail 1st class &pound;3 &middot; Special Delivery &pound;9</td></tr>
</table>
<p><button>Buy now</button> Quantity: <input value="1"></p>
<h2>Description</h2>
<p>Back after the holidays!! Fresh batch of long needles, proper S-iso, no cuts. Vac sealed x2, professional stealth, posted Mon&ndash;Fri before 3pm.
Orders placed over NYE will go out on Monday 4th Jan. No refunds for wrong addresses. Please encrypt your address with our PGP key.</p>
<h2>Feedback</h2>
<p>5/5 &ndash; "landed next day, lovely stuff" &ndash; b***r &ndash; 2 days ago<br>5/5 &ndash; "top vendor as always" &ndash; k***9 &ndash; 6 days ago</p>
""")

p("h15008", "https://buyketamine247online.example/product/ketamine-powder-for-sale/", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="main-wrapper">
<h1>Checking if the site connection is secure</h1>
<p>buyketamine247online.example needs to review the security of your connection before proceeding.</p>
<noscript>Enable JavaScript and cookies to continue</noscript>
<p class="ray">Ray ID: 8f2a11c0d9e4b7a1 &middot; Performance &amp; security by a third party</p>
</div>
""")

p("h15009", "https://farmaciaexpress-sinreceta.example/comprar-ketamina-online", "seller", True, "es",
  "es-shop-no-rx", "Comprar Ketamina Online Sin Receta | Envío Discreto a España y Latinoamérica", """
<header><a href="/">FarmaciaExpress <small>sin receta</small></a>
<nav><a href="/">Inicio</a> <a href="/tienda">Tienda</a> <a href="/ansiedad">Ansiedad</a> <a href="/dolor">Dolor</a> <a href="/envios">Envíos</a> <a href="/contacto">Contacto</a> <a href="/carrito">Carrito (0)</a></nav></header>
<main>
<h1>Comprar ketamina online sin receta</h1>
<p>¿Buscas dónde comprar ketamina en España, México, Colombia o Argentina? En FarmaciaExpress te enviamos ketamina de calidad farmacéutica
sin necesidad de receta médica, con envío 100% discreto y seguimiento.</p>
<h2>Productos disponibles</h2>
<table>
<tr><th>Producto</th><th>Cantidad</th><th>Precio</th><th></th></tr>
<tr><td>Ketamina cristal (S-ketamina)</td><td>5 g</td><td>85 €</td><td><button>Añadir al carrito</button></td></tr>
<tr><td>Ketamina cristal (S-ketamina)</td><td>10 g</td><td>150 €</td><td><button>Añadir al carrito</button></td></tr>
<tr><td>Ketamina líquida 50 mg/ml (viales 10 ml)</td><td>5 viales</td><td>120 €</td><td><button>Añadir al carrito</button></td></tr>
<tr><td>Esketamina spray nasal</td><td>1 unidad</td><td>95 €</td><td><button>Añadir al carrito</button></td></tr>
</table>
<h2>¿Por qué comprar con nosotros?</h2>
<ul>
<li>Sin receta y sin preguntas.</li>
<li>Envío discreto: el paquete no indica el contenido.</li>
<li>Reenvío gratis si la aduana retiene tu pedido.</li>
<li>Pago con Bizum, transferencia, Bitcoin o tarjeta regalo.</li>
<li>Atención por WhatsApp y Telegram 24/7.</li>
</ul>
<p>Promoción de Reyes: del 1 al 6 de enero de 2027, un 10% de descuento en todos los pedidos con el código <b>REYES27</b>.</p>
<p>La ketamina es un anestésico disociativo que también se utiliza en el tratamiento de la depresión resistente. Consulta nuestra guía de uso en el blog.</p>
</main>
<footer>© 2027 FarmaciaExpress. Envíos a toda España, Canarias, México, Chile, Colombia y Argentina.</footer>
""", noise="cookie-es")

p("h15010", "https://ketamin-shop24.example/de/esketamin-nasenspray-kaufen", "seller", True, "de",
  "de-shop-spravato-no-rx", "Esketamin Nasenspray kaufen ohne Rezept – Ketamin-Shop24", """
<header><a href="/de/">Ketamin-Shop24</a> <span>Diskreter Versand aus der EU &middot; Deutschland, Österreich, Schweiz</span>
<nav><a href="/de/">Start</a> <a href="/de/ketamin">Ketamin</a> <a href="/de/esketamin">Esketamin</a> <a href="/de/zubehoer">Zubehör</a> <a href="/de/versand">Versand &amp; Zahlung</a> <a href="/de/warenkorb">Warenkorb</a></nav></header>
<main>
<h1>Esketamin Nasenspray 28 mg kaufen &ndash; ohne Rezept</h1>
<p>Das Originalpräparat zur Behandlung therapieresistenter Depressionen &ndash; jetzt bequem online bestellen, ohne Arztbesuch und ohne Rezept.
Wir liefern original verpackte Nasensprays (28 mg pro Gerät) direkt zu Ihnen nach Hause.</p>
<ul class="preise">
<li>3 Geräte (84 mg) &ndash; 219,00 &euro;</li>
<li>6 Geräte &ndash; 399,00 &euro;</li>
<li>12 Geräte &ndash; 749,00 &euro; <b>Bestseller</b></li>
</ul>
<p><button>In den Warenkorb</button></p>
<h2>Versand</h2>
<p>Versand aus einem EU-Lager in neutraler Verpackung ohne Absender. Lieferzeit 3&ndash;5 Werktage. Bei Zollkontrolle senden wir kostenlos erneut.</p>
<h2>Zahlung</h2>
<p>Vorkasse per SEPA-Überweisung, Bitcoin (5&nbsp;% Rabatt) oder Paysafecard. Keine Kreditkarten.</p>
<p>Neujahrsaktion: Bis 15.01.2027 gratis Versand ab 300 &euro;.</p>
<p class="hinweis">Hinweis: Lesen Sie vor der Anwendung die Packungsbeilage. Bei Fragen erreichen Sie uns per Telegram.</p>
</main>
<footer>&copy; 2027 Ketamin-Shop24 &middot; <a href="/de/agb">AGB</a> &middot; <a href="/de/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h15011", "https://petites-annonces-fr.example/annonce/vends-keta-paris-livraison-4471902", "seller", True, "fr",
  "fr-classified-ad-whatsapp", "Vends kéta – Paris et livraison toute la France – Annonce 4471902", """
<div class="site-nav"><a href="/">Accueil</a> &rsaquo; <a href="/ile-de-france">Île-de-France</a> &rsaquo; <a href="/ile-de-france/divers">Divers</a></div>
<div class="annonce">
<h1>Vends kéta &ndash; Paris et livraison toute la France</h1>
<p class="date">Publiée le 2 janvier 2027 à 23:41 &middot; Paris 11e</p>
<p class="prix">40 &euro;</p>
<div class="texte">
<p>Bonne année à tous &#127881; Kéta de qualité (cristaux, pas de la poudre coupée), 40&euro; le gramme, 180&euro; les 5g, prix dégressifs.
Remise en main propre sur Paris ou envoi par courrier discret partout en France (lettre suivie).</p>
<p>Paiement espèces, PCS, Lydia ou crypto. Contact uniquement par WhatsApp ou Snap, pas de messages ici.</p>
<p>WhatsApp : +33 6 00 00 12 34</p>
</div>
<p class="signaler"><a href="/signaler/4471902">Signaler l'annonce</a></p>
</div>
<aside class="similaires"><h3>Annonces similaires</h3><ul><li>Vélo électrique bon état &ndash; 450 &euro;</li><li>Canapé 3 places &ndash; 120 &euro;</li></ul></aside>
""", noise="cookie-fr")

p("h15012", "https://smartshop-lab-nl.example/nl/product/2-fdck-pellets-50mg", "seller", True, "nl",
  "nl-rc-shop-pellets", "2-FDCK pellets 50 mg kopen – SmartLab NL", """
<header><a href="/nl/">SmartLab NL</a> <span>Research chemicals &middot; Snelle levering in NL &amp; BE</span>
<nav><a href="/nl/">Home</a> <a href="/nl/categorie/dissociatieven">Dissociatieven</a> <a href="/nl/categorie/stimulanten">Stimulanten</a> <a href="/nl/categorie/psychedelica">Psychedelica</a> <a href="/nl/verzending">Verzending</a> <a href="/nl/winkelwagen">Winkelwagen</a></nav></header>
<main>
<h1>2-FDCK pellets 50 mg</h1>
<p>2-Fluorodeschloroketamine (2-FDCK) is een dissociatief onderzoekschemicalie, chemisch verwant aan ketamine. Geleverd als geperste pellets van 50 mg.</p>
<table>
<tr><td>10 pellets</td><td>&euro; 25,00</td></tr>
<tr><td>25 pellets</td><td>&euro; 55,00</td></tr>
<tr><td>50 pellets</td><td>&euro; 95,00</td></tr>
<tr><td>100 pellets</td><td>&euro; 170,00</td></tr>
</table>
<p><button>In winkelwagen</button></p>
<p><b>Niet voor menselijke consumptie.</b> Uitsluitend bedoeld voor laboratorium- en analytisch onderzoek. Verkoop alleen aan personen van 18 jaar of ouder.</p>
<p>Betalen met iDEAL, Bancontact of Bitcoin. Voor 16:00 besteld, morgen in huis (PostNL brievenbuspakket, discreet verpakt).</p>
<p>Ook verkrijgbaar: <a href="/nl/product/dck-poeder">DCK poeder</a>, <a href="/nl/product/o-pce-pellets">O-PCE pellets</a>.</p>
</main>
<footer>SmartLab NL &middot; KvK 00000000 &middot; <a href="/nl/voorwaarden">Algemene voorwaarden</a></footer>
""", noise="cookie-nl")

p("h15013", "https://cetamina-entrega.example/produto/cetamina-pura-10g", "seller", True, "pt",
  "pt-shop-pix-crypto", "Cetamina pura 10g – Entrega discreta em todo o Brasil", """
<header><a href="/">Cetamina Entrega</a>
<nav><a href="/">Início</a> <a href="/loja">Loja</a> <a href="/como-comprar">Como comprar</a> <a href="/rastreio">Rastreio</a> <a href="/carrinho">Carrinho</a></nav></header>
<main>
<h1>Cetamina pura (cristal) &ndash; 10g</h1>
<p class="preco">R$ 850,00 <small>ou R$ 790,00 no Pix</small></p>
<p>Opções: 1g (R$ 120) &middot; 5g (R$ 480) &middot; 10g (R$ 850) &middot; 25g (R$ 1.900)</p>
<p><button>Comprar agora</button></p>
<p>Cetamina de alta pureza, importada. Enviamos para todo o Brasil via Correios ou transportadora, em embalagem discreta e a vácuo,
sem identificação do conteúdo. Não é necessário receita.</p>
<p>Pagamento: Pix, boleto ou criptomoedas (USDT/BTC). Dúvidas e pedidos no atacado pelo WhatsApp ou Telegram.</p>
<p>Aviso: produto vendido para fins de pesquisa. Pedidos feitos entre 30/12 e 03/01 serão enviados a partir de 04/01/2027.</p>
</main>
<footer>© 2027 Cetamina Entrega &middot; Envio garantido ou reenviamos</footer>
""", noise="cookie-pt")

p("h15014", "https://ketashop-italia.example/faq/spedizioni-e-pagamenti", "seller", True, "it",
  "it-seller-faq-page", "Domande frequenti: spedizioni e pagamenti – KetaShop Italia", """
<header><a href="/">KetaShop Italia</a>
<nav><a href="/">Home</a> <a href="/negozio">Negozio</a> <a href="/faq">FAQ</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Spedizioni e pagamenti &ndash; domande frequenti</h1>
<h3>Quanto tempo ci vuole per ricevere l'ordine?</h3>
<p>Spediamo dall'Italia in 24/48 ore con corriere espresso. Ordini fatti durante le festività (24 dicembre &ndash; 6 gennaio) partono il primo giorno lavorativo successivo.</p>
<h3>Il pacco è anonimo?</h3>
<p>Sì. Tutti i prodotti (cristalli, polvere e fiale) sono sottovuoto e inseriti in una confezione neutra, senza alcun riferimento al contenuto o al mittente.</p>
<h3>Serve la ricetta medica?</h3>
<p>No, non chiediamo nessuna ricetta né documento.</p>
<h3>Come posso pagare?</h3>
<p>Accettiamo ricarica PostePay, bonifico istantaneo, Bitcoin e USDT. Con le criptovalute hai il 10% di sconto.</p>
<h3>E se il pacco viene sequestrato?</h3>
<p>Nessun problema: rispediamo gratuitamente una volta per ordine.</p>
<h3>Posso ordinare su Telegram?</h3>
<p>Sì, scrivici su Telegram <b>@ketashop_it</b> per ordini superiori a 20 g e prezzi all'ingrosso.</p>
</main>
<footer>&copy; 2027 KetaShop Italia</footer>
""")

# ---------------------------------------------------------------- telehealth (9)

p("h15015", "https://evenkeel-health.example/", "telehealth", False, "en",
  "long-telehealth-landing", "At-Home Ketamine Therapy for Depression & Anxiety | Evenkeel Health", """
<div class="announce">New year, new start: first evaluation $0 for members who join by January 31, 2027. <a href="/offer-terms">Terms apply</a></div>
<header>
<a class="logo" href="/">evenkeel</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/science">Science</a>
<a href="/safety">Safety</a> <a href="/states">Where we're available</a> <a href="/faq">FAQ</a> <a href="/login">Log in</a> <a class="cta" href="/get-started">Check eligibility</a></nav>
</header>
<main>
<section class="hero">
<h1>Ketamine therapy, guided by clinicians, from the comfort of home.</h1>
<p>Evenkeel combines prescription at-home ketamine with psychiatric care and integration coaching for adults living with depression and anxiety.</p>
<a class="cta" href="/get-started">Take the eligibility assessment</a>
<p class="small">Available in 31 states. Not appropriate for everyone. Requires a video evaluation with a licensed clinician.</p>
</section>
<section class="how">
<h2>How it works</h2>
<ol>
<li><b>Online assessment (10 minutes).</b> Tell us about your health history, current medications and what you're hoping to change. This is a screening step only.</li>
<li><b>Video evaluation with a psychiatric clinician.</b> A board-certified psychiatrist or psychiatric nurse practitioner licensed in your state meets you by video for 45&ndash;60 minutes, reviews your history and records, and decides whether ketamine is appropriate. About one in three applicants is not prescribed.</li>
<li><b>Prescription to a partner pharmacy.</b> If you are prescribed, your clinician sends the prescription to a licensed partner pharmacy, which ships sublingual tablets to your home with signature required. Blood pressure cuff included.</li>
<li><b>Guided sessions and check-ins.</b> Each session is supported by a peer sitter you choose, a structured app experience and a check-in with your care team after sessions 1, 3 and 6.</li>
</ol>
</section>
<section class="safety">
<h2>Safety first</h2>
<p>We exclude people with uncontrolled hypertension, a history of psychosis or mania, active substance use disorder, pregnancy and some heart conditions.
Your clinician can pause or stop treatment at any time. We coordinate with your existing therapist or primary care physician when you ask us to.</p>
</section>
<section class="testimonials">
<h2>What members say</h2>
<blockquote>&ldquo;The evaluation was more thorough than any psychiatrist I've seen in person. I actually got asked about my blood pressure.&rdquo; &ndash; Renee, Colorado</blockquote>
<blockquote>&ldquo;Six sessions in, I feel like I'm starting 2027 as a different person.&rdquo; &ndash; Marcus, Illinois</blockquote>
</section>
<section class="pricing-teaser">
<h2>Transparent pricing</h2>
<p>Initial program: $1,190 for the clinician evaluation, 6 guided sessions, medication and pharmacy shipping. Maintenance membership from $229/month.
HSA/FSA eligible. Payment plans available.</p>
<a href="/pricing">See full pricing</a>
</section>
</main>
<footer>
<nav><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/press">Press</a> <a href="/privacy">Privacy</a> <a href="/hipaa">Notice of Privacy Practices</a> <a href="/terms">Terms</a></nav>
<p>Evenkeel Health, Inc. provides technology and administrative services. Clinical services are provided by Evenkeel Medical Group, P.C. and affiliated professional entities.
If you are in crisis, call or text 988.</p>
<p>&copy; 2027 Evenkeel Health</p>
</footer>
""", noise="cookie")

p("h15016", "https://evenkeel-health.example/pricing", "telehealth", False, "en",
  "telehealth-pricing-checkout", "Pricing | Evenkeel Health", """
<header><a class="logo" href="/">evenkeel</a> <nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a> <a class="cta" href="/get-started">Check eligibility</a></nav></header>
<main>
<h1>Simple, all-in pricing</h1>
<p>No surprise fees. You are only charged for the program after your clinician has completed your evaluation and decided that ketamine is right for you.</p>
<div class="plans">
<div class="plan">
<h2>Initial Program</h2>
<p class="price">$1,190 <span>one-time</span></p>
<ul><li>60-minute psychiatric video evaluation</li><li>6 prescribed at-home sessions (medication shipped by our partner pharmacy)</li><li>3 clinician follow-ups</li><li>Integration coaching (2 sessions)</li><li>Blood pressure monitor</li></ul>
<a class="btn" href="/get-started">Start assessment</a>
</div>
<div class="plan">
<h2>Maintenance Membership</h2>
<p class="price">$229 <span>/ month</span></p>
<ul><li>Up to 2 prescribed sessions per month, if your clinician recommends it</li><li>Monthly clinician check-in</li><li>Unlimited care-team messaging</li></ul>
<p class="small">Only available after completing the initial program.</p>
</div>
</div>
<h2>Questions about payment</h2>
<p><b>When am I charged?</b> A $49 evaluation deposit is taken when you book your video visit. It is refunded in full if you are not prescribed.</p>
<p><b>Insurance?</b> We don't bill insurance directly but provide a superbill for out-of-network reimbursement. HSA and FSA cards accepted. Deductibles reset on January 1 &ndash; ask your plan.</p>
<p><b>Promo code NEWSTART27</b> waives the deposit through January 31, 2027.</p>
</main>
<footer>&copy; 2027 Evenkeel Health &middot; Clinical services by Evenkeel Medical Group, P.C.</footer>
""")

p("h15017", "https://calmcurrent.example/faq", "telehealth", False, "en",
  "telehealth-faq", "FAQ – CalmCurrent Virtual Ketamine Care", """
<header><a href="/">CalmCurrent</a> <nav><a href="/program">Program</a> <a href="/team">Team</a> <a href="/faq">FAQ</a> <a href="/apply">Apply</a></nav></header>
<main>
<h1>Frequently asked questions</h1>
<h3>Is at-home ketamine legal?</h3>
<p>Yes, when it is prescribed. Ketamine is a Schedule III controlled substance. Our clinicians prescribe it off-label after a real-time video evaluation,
following the DEA telemedicine rules currently in force. We do not prescribe on the basis of a questionnaire alone, and we never ship without a valid prescription.</p>
<h3>Which states do you serve?</h3>
<p>Currently California, Oregon, Washington, Nevada, Arizona, Colorado, Texas, Florida, New York and New Jersey. We add states as our clinicians get licensed.</p>
<h3>How does the medication reach me?</h3>
<p>Our partner is a state-licensed 503A compounding pharmacy. After your prescriber sends the prescription, the pharmacy ships rapid-dissolve tablets
in tamper-evident packaging by overnight courier. An adult signature is required. We cannot ship to P.O. boxes or to a different person.</p>
<h3>Can I take ketamine if I drink alcohol or take benzodiazepines?</h3>
<p>Please disclose everything at your evaluation. Benzodiazepines can blunt the effect and alcohol on a session day is not allowed. Your clinician will advise.</p>
<h3>What if it doesn't work?</h3>
<p>About a third of patients do not respond meaningfully. Your clinician reviews your PHQ-9 and GAD-7 scores after session 3 and may stop treatment or refer you
to an in-person infusion or Spravato clinic.</p>
<h3>How much does it cost?</h3>
<p>$450 for the initial evaluation and first month, then $199 per month. Medication is included. Cancel anytime from your account.</p>
</main>
<footer>&copy; 2027 CalmCurrent Medical, PLLC &middot; Emergencies: 911 &middot; Crisis line: 988</footer>
""", noise="cookie")

p("h15018", "https://calmcurrent.example/team", "telehealth", False, "en",
  "telehealth-prescriber-roster", "Our clinical team – CalmCurrent", """
<header><a href="/">CalmCurrent</a> <nav><a href="/program">Program</a> <a href="/team">Team</a> <a href="/faq">FAQ</a> <a href="/apply">Apply</a></nav></header>
<main>
<h1>Meet the clinicians who will evaluate you</h1>
<p>Every CalmCurrent patient is evaluated and followed by a licensed prescriber in their own state.</p>
<div class="card"><h2>Dana Whitfield, MD</h2><p>Medical Director &middot; Board-certified in Psychiatry (ABPN) &middot; Licensed in CA, OR, WA, NV, AZ</p><p>Dr. Whitfield spent nine years running the interventional psychiatry service at a university hospital before joining CalmCurrent.</p></div>
<div class="card"><h2>Luis Arce, PMHNP-BC</h2><p>Psychiatric Nurse Practitioner &middot; Licensed in TX, FL, CO &middot; DEA registered in each state of practice</p></div>
<div class="card"><h2>Priya Natarajan, DO</h2><p>Psychiatrist &middot; Licensed in NY, NJ &middot; Special interest in treatment-resistant depression and PTSD</p></div>
<div class="card"><h2>Hannah Cole, LCSW</h2><p>Integration therapist &middot; Leads weekly group integration circles (video)</p></div>
<p>Welcome to our two new clinicians joining in January 2027, licensed in Illinois and Massachusetts. Those states open for new patients on February 1.</p>
</main>
<footer>&copy; 2027 CalmCurrent Medical, PLLC</footer>
""")

p("h15019", "https://northlight-psychiatry.example/treatments/spravato-referral", "telehealth", False, "en",
  "virtual-psychiatry-spravato-referral", "Esketamine (Spravato) through Northlight Virtual Psychiatry", """
<header><a href="/">Northlight Virtual Psychiatry</a>
<nav><a href="/conditions">Conditions</a> <a href="/treatments">Treatments</a> <a href="/insurance">Insurance</a> <a href="/providers">Providers</a> <a href="/book">Book a video visit</a></nav></header>
<main>
<h1>Spravato (esketamine) for treatment-resistant depression</h1>
<p>Northlight is an online psychiatry practice. We see patients by secure video in 22 states and accept most major commercial plans and Medicare.</p>
<h2>How we help you access Spravato</h2>
<ol>
<li>You have a video evaluation with one of our psychiatrists, who reviews how many antidepressants you have tried and confirms the diagnosis.</li>
<li>If Spravato is appropriate, we handle the prior authorization with your insurer.</li>
<li>Because Spravato must be self-administered under supervision at a REMS-certified treatment centre, with at least two hours of monitoring,
we refer you to one of our partner centres near you. You cannot receive it at home.</li>
<li>We continue your medication management and therapy by video while you attend sessions in person.</li>
</ol>
<p>Most patients attend twice weekly for the first four weeks. Copay assistance may reduce the drug cost to as little as $10 per session for commercially insured patients.</p>
<p><a class="btn" href="/book?reason=trd">Book an evaluation</a></p>
<p class="small">Note for January: many plans require a new prior authorization for the new plan year. If you are already in treatment, message your care coordinator.</p>
</main>
<footer>&copy; 2027 Northlight Virtual Psychiatry, P.A.</footer>
""")

p("h15020", "https://calmcurrent.example/help/shipping", "telehealth", False, "en",
  "telehealth-shipping-snippet-txt", "CalmCurrent help: shipping", """
How will my medication be shipped?
Once your CalmCurrent prescriber has sent your prescription, our partner pharmacy ships it discreetly in plain packaging by overnight courier. An adult signature is required at delivery. Holiday note: prescriptions sent December 31 - January 3 ship on Monday, January 4, 2027.
""", ext="txt")

p("h15021", "https://evenkeel-health.example/es/como-funciona", "telehealth", False, "es",
  "es-telehealth-us-spanish-page", "Cómo funciona la terapia con ketamina en casa | Evenkeel Health en español", """
<header><a class="logo" href="/es/">evenkeel</a> <nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/precios">Precios</a> <a href="/es/preguntas">Preguntas</a> <a href="/">English</a></nav></header>
<main>
<h1>Cómo funciona</h1>
<p>Evenkeel ofrece terapia con ketamina en casa para adultos con depresión o ansiedad en 31 estados de EE.&nbsp;UU. Atención disponible en español.</p>
<ol>
<li><b>Evaluación en línea.</b> Un cuestionario breve sobre su salud. Solo sirve para saber si puede pasar a la siguiente etapa.</li>
<li><b>Consulta por video con un clínico con licencia.</b> Un psiquiatra o enfermero psiquiátrico con licencia en su estado revisa su historia clínica y decide si la ketamina es adecuada. No todos los pacientes reciben receta.</li>
<li><b>Farmacia asociada.</b> Si se le receta, la farmacia con licencia envía las tabletas a su domicilio. Se requiere firma de un adulto.</li>
<li><b>Seguimiento.</b> Sesiones guiadas, controles de presión arterial y citas de seguimiento con su equipo clínico.</li>
</ol>
<p>Precio del programa inicial: 1.190 USD. Membresía de mantenimiento desde 229 USD al mes. Se aceptan tarjetas HSA/FSA.</p>
<p><a class="cta" href="/es/empezar">Comprobar si soy elegible</a></p>
</main>
<footer>© 2027 Evenkeel Health. Si está en crisis, llame o envíe un mensaje al 988.</footer>
""", noise="cookie-es")

p("h15022", "https://psychiatrie-online.example/esketamin-beratung", "telehealth", False, "de",
  "de-video-psychiatry-referral", "Esketamin bei therapieresistenter Depression – Videosprechstunde | Psychiatrie Online", """
<header><a href="/">Psychiatrie Online</a> <span>Fachärztliche Videosprechstunde für Privat- und Selbstzahler</span>
<nav><a href="/leistungen">Leistungen</a> <a href="/aerzte">Unsere Ärztinnen und Ärzte</a> <a href="/kosten">Kosten</a> <a href="/termin">Termin buchen</a></nav></header>
<main>
<h1>Esketamin-Nasenspray: Beratung und Überweisung per Videosprechstunde</h1>
<p>Sie haben bereits mehrere Antidepressiva ohne ausreichende Wirkung ausprobiert? In unserer Videosprechstunde prüft eine Fachärztin oder ein Facharzt für
Psychiatrie und Psychotherapie, ob eine Behandlung mit Esketamin für Sie in Frage kommt.</p>
<h2>Ablauf</h2>
<ol>
<li>Online-Terminbuchung und Fragebogen zur Vorgeschichte</li>
<li>50-minütige ärztliche Videosprechstunde mit Befundbesprechung</li>
<li>Bei Eignung: Arztbrief und Überweisung an eine kooperierende Klinik oder Praxis in Ihrer Nähe, in der die Anwendung unter Aufsicht erfolgt (Nachbeobachtung mindestens zwei Stunden)</li>
<li>Begleitende Weiterbehandlung per Video</li>
</ol>
<p>Wichtig: Esketamin wird nicht nach Hause verschickt und nicht von uns abgegeben. Die Anwendung erfolgt ausschließlich in der Einrichtung.</p>
<p>Kosten: Erstgespräch 180 &euro; nach GOÄ, Folgetermine 90 &euro;. Private Krankenversicherungen erstatten in der Regel.</p>
<p><a href="/termin">Termin buchen</a> &middot; Nächste freie Termine ab 7. Januar 2027</p>
</main>
<footer>&copy; 2027 Psychiatrie Online MVZ GmbH &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h15023", "https://telepsiq-brasil.example/escetamina", "telehealth", False, "pt",
  "pt-telepsychiatry-referral", "Escetamina: avaliação por telemedicina | TelePsiq Brasil", """
<header><a href="/">TelePsiq Brasil</a>
<nav><a href="/psiquiatras">Psiquiatras</a> <a href="/tratamentos">Tratamentos</a> <a href="/convenios">Convênios</a> <a href="/agendar">Agendar consulta online</a></nav></header>
<main>
<h1>Escetamina para depressão resistente: comece pela teleconsulta</h1>
<p>Na TelePsiq você é atendido por psiquiatras com CRM ativo, por videochamada, em todo o Brasil.</p>
<h2>Como funciona</h2>
<ul>
<li>Consulta psiquiátrica online (50 minutos) com revisão de histórico e tratamentos anteriores.</li>
<li>Se houver indicação, emitimos relatório médico e encaminhamento para uma clínica parceira habilitada, onde o spray nasal é aplicado com monitoramento presencial.</li>
<li>Acompanhamento psiquiátrico continua por telemedicina.</li>
</ul>
<p>Consulta particular: R$ 380. Aceitamos alguns convênios e emitimos recibo para reembolso.</p>
<p>A TelePsiq não vende nem envia medicamentos.</p>
<p><a href="/agendar">Agendar teleconsulta</a></p>
</main>
<footer>© 2027 TelePsiq Brasil Serviços Médicos Ltda. &middot; Diretor técnico: CRM-SP 000000</footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics (8)

p("h15024", "https://brightpath-infusions.example/", "clinic", False, "en",
  "long-iv-clinic-home-locations-nav", "BrightPath Ketamine Infusion Centers | IV Ketamine in Phoenix, Tucson & Scottsdale", """
<div class="topbar">Call (602) 555-0148 &middot; Text us &middot; Mon&ndash;Sat 8am&ndash;6pm &middot; <a href="/patient-portal">Patient portal</a> &middot; <a href="/pay-bill">Pay my bill</a></div>
<header>
<a class="logo" href="/">BrightPath Infusions</a>
<nav>
<a href="/about">About</a>
<span class="dropdown">Conditions: <a href="/depression">Depression</a> <a href="/anxiety">Anxiety</a> <a href="/ptsd">PTSD</a> <a href="/ocd">OCD</a> <a href="/chronic-pain">Chronic pain</a> <a href="/crps">CRPS</a> <a href="/migraine">Migraine</a></span>
<span class="dropdown">Treatments: <a href="/iv-ketamine">IV ketamine</a> <a href="/spravato">Spravato</a> <a href="/nad">NAD+</a> <a href="/iv-hydration">IV hydration</a></span>
<span class="dropdown">Locations: <a href="/locations/phoenix">Phoenix</a> <a href="/locations/scottsdale">Scottsdale</a> <a href="/locations/tucson">Tucson</a> <a href="/locations/mesa">Mesa (opening Feb 2027)</a></span>
<a href="/pricing">Pricing</a> <a href="/referrals">For providers</a> <a href="/blog">Blog</a> <a class="btn" href="/book">Book a free consult</a>
</nav>
</header>
<main>
<section class="hero">
<h1>Feel like yourself again in 2027.</h1>
<p>Physician-led IV ketamine infusions for treatment-resistant depression, anxiety, PTSD and chronic pain. Four locations across the Valley.</p>
<a class="btn" href="/book">Book your free 15-minute consult</a>
</section>
<section>
<h2>Why BrightPath</h2>
<ul>
<li>Infusions administered by board-certified anesthesiologists and CRNAs, with continuous monitoring (ECG, pulse oximetry, blood pressure).</li>
<li>Private recovery suites with eye masks and music.</li>
<li>Every patient has a medical intake and a psychiatric screening before the first infusion. We coordinate with your psychiatrist or therapist.</li>
<li>You must have a driver home after every infusion.</li>
</ul>
</section>
<section class="pricing">
<h2>Pricing</h2>
<table>
<tr><td>Initial consultation with the medical team</td><td>$150 (credited to your first infusion)</td></tr>
<tr><td>Single IV infusion (mood), 40&ndash;50 min</td><td>$475</td></tr>
<tr><td>Induction series: 6 infusions over 2&ndash;3 weeks</td><td>$2,550 (save $300)</td></tr>
<tr><td>Booster infusion</td><td>$425</td></tr>
<tr><td>Pain protocol infusion (up to 4 hours)</td><td>from $750</td></tr>
</table>
<p>We accept HSA/FSA, CareCredit and offer payment plans. Spravato is billed to insurance. <a href="/pricing">Full price list</a></p>
<p><a class="btn" href="/packages/induction-series">Buy the induction series</a> <a href="/gift-cards">Gift cards</a></p>
</section>
<section class="reviews">
<h2>Patient stories</h2>
<blockquote>&ldquo;After 14 years and 9 medications, the fourth infusion was the first time I noticed the fog lifting.&rdquo; &ndash; Google review, December 2026</blockquote>
</section>
<section class="locations">
<h2>Our locations</h2>
<p><b>Phoenix (Biltmore)</b> &ndash; 2400 E Camelback Rd, Suite 210 &middot; <a href="/locations/phoenix">Directions</a></p>
<p><b>Scottsdale</b> &ndash; 8800 E Raintree Dr, Suite 140 &middot; <a href="/locations/scottsdale">Directions</a></p>
<p><b>Tucson</b> &ndash; 5301 E Grant Rd, Suite 105 &middot; <a href="/locations/tucson">Directions</a></p>
<p><b>Mesa</b> &ndash; opening February 2027 &middot; <a href="/locations/mesa">Join the waitlist</a></p>
</section>
</main>
<footer>
<nav><a href="/privacy">Privacy</a> <a href="/nondiscrimination">Notice of nondiscrimination</a> <a href="/good-faith-estimate">Good Faith Estimate</a> <a href="/careers">Careers</a> <a href="/sitemap">Sitemap</a></nav>
<p>&copy; 2027 BrightPath Infusions, PLLC. Ketamine for depression is an off-label use. Individual results vary. In crisis? Call 988.</p>
</footer>
""", noise="cookie")

p("h15025", "https://lakeshore-tms-spravato.example/spravato", "clinic", False, "en",
  "rems-spravato-centre", "Spravato® Treatment Center in Evanston | Lakeshore TMS & Spravato", """
<header><a href="/">Lakeshore TMS &amp; Spravato</a> <nav><a href="/tms">TMS</a> <a href="/spravato">Spravato</a> <a href="/insurance">Insurance</a> <a href="/refer">Refer a patient</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Spravato&reg; (esketamine) nasal spray in Evanston, IL</h1>
<p>Lakeshore is a certified treatment center under the SPRAVATO&reg; REMS. Each treatment session takes place in our office: you self-administer the
nasal spray under the direct observation of our staff and remain with us for at least two hours while we monitor blood pressure and sedation.</p>
<h2>Who is it for?</h2>
<p>Adults with treatment-resistant major depression (at least two antidepressants tried without enough benefit), or with depressive symptoms and acute
suicidal ideation, in combination with an oral antidepressant.</p>
<h2>Insurance</h2>
<p>Spravato is covered by most commercial plans, Medicare and Illinois Medicaid with prior authorization. Our benefits team handles the paperwork.
New plan year: if your insurance changed on January 1, please upload your new card in the patient portal before your next visit.</p>
<h2>What to expect</h2>
<ul><li>Weeks 1&ndash;4: two sessions per week</li><li>Weeks 5&ndash;8: one session per week</li><li>Week 9 onward: weekly or every other week</li></ul>
<p>No driving until the next day after a treatment. Please arrange a ride.</p>
<p><a class="btn" href="/contact?service=spravato">Request an appointment</a> or call (847) 555-0190.</p>
</main>
<footer>&copy; 2027 Lakeshore Behavioral Health, LLC &middot; 1603 Orrington Ave, Evanston IL</footer>
""", noise="cookie")

p("h15026", "https://cedar-and-stone-kap.example/ketamine-assisted-psychotherapy", "clinic", False, "en",
  "kap-practice-medium", "Ketamine-Assisted Psychotherapy in Portland | Cedar & Stone Therapy Collective", """
<header><a href="/">Cedar &amp; Stone Therapy Collective</a> <nav><a href="/team">Our team</a> <a href="/ketamine-assisted-psychotherapy">KAP</a> <a href="/groups">Groups</a> <a href="/fees">Fees</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketamine-Assisted Psychotherapy (KAP)</h1>
<p>Our KAP program pairs a licensed therapist with our medical provider, Dr. Elena Marsh, ND, who conducts a medical screening in person and prescribes and
administers intramuscular or sublingual ketamine in our office on Southeast Hawthorne.</p>
<h2>The program</h2>
<ol>
<li>Intake with a therapist (free 20-minute phone call, then a 90-minute intake)</li>
<li>Medical screening with Dr. Marsh, including vitals and medication review</li>
<li>Two preparation sessions</li>
<li>Three dosing sessions in our treatment room (3 hours each, IM ketamine, therapist present throughout)</li>
<li>Integration sessions after each dosing session</li>
</ol>
<h2>Fees</h2>
<p>Full program: $3,400. Dosing session: $850 each. Integration session: $175. Sliding-scale spots are available for a few clients each quarter &ndash; the
January&ndash;March 2027 cohort is now full; email us to join the April waitlist.</p>
<p>We are out of network with all insurers. We take a $250 deposit to hold your first dosing session.</p>
</main>
<footer>&copy; 2027 Cedar &amp; Stone Therapy Collective, Portland, Oregon</footer>
""")

p("h15027", "https://brightpath-infusions.example/pay-bill", "clinic", False, "en",
  "clinic-billing-short", "Pay My Bill | BrightPath Infusions", """
<header><a class="logo" href="/">BrightPath Infusions</a> <nav><a href="/book">Book</a> <a href="/patient-portal">Patient portal</a></nav></header>
<main>
<h1>Pay your bill online</h1>
<p>Enter your statement number and date of birth to pay a balance for an infusion, consultation or Spravato copay. We accept Visa, Mastercard, AmEx, Discover, HSA/FSA cards and CareCredit.</p>
<form><label>Statement #</label><input name="stmt"> <label>Date of birth</label><input name="dob" type="date"> <button>Continue to payment</button></form>
<p>Questions about a statement? Call our billing office at (602) 555-0152. Year-end statements for tax purposes are available in the patient portal from January 15, 2027.</p>
</main>
""")

p("h15028", "https://marylebone-ketamine-clinic.example/treatments/ketamine-for-depression", "clinic", False, "en",
  "uk-private-clinic-gbp", "Ketamine Treatment for Depression in London | Marylebone Ketamine Clinic", """
<header><a href="/">Marylebone Ketamine Clinic</a>
<nav><a href="/treatments">Treatments</a> <a href="/our-doctors">Our doctors</a> <a href="/fees">Fees</a> <a href="/referrals">GP referrals</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketamine treatment for depression</h1>
<p>We are a CQC-registered private clinic in central London offering ketamine infusions for adults with depression that has not responded to standard treatment.
All treatment is supervised by a consultant psychiatrist and delivered in our clinic on Harley Street.</p>
<h2>Your pathway</h2>
<p>1. Psychiatric assessment (60 minutes, in person or video) &ndash; &pound;450.<br>
2. Physical health check and ECG.<br>
3. Course of six infusions over three weeks, each with 1:1 nursing and 60 minutes of recovery.<br>
4. Review appointment and shared care letter to your GP.</p>
<h2>Fees</h2>
<p>Infusion: &pound;550 each. Course of six: &pound;3,150. Most private medical insurers do not cover ketamine treatment; we can provide invoices.</p>
<p>Appointments available from Monday 4 January 2027. Call 020 7946 0321 or book online.</p>
<p class="small">Ketamine is not licensed for depression in the UK; it is used off-label. We will discuss the risks and benefits with you before treatment.</p>
</main>
<footer>&copy; 2027 Marylebone Ketamine Clinic Ltd &middot; CQC registered &middot; <a href="/complaints">Complaints</a></footer>
""", noise="cookie")

p("h15029", "https://chu-exemple.example/services/psychiatrie/unite-depression-resistante", "clinic", False, "fr",
  "fr-hospital-department", "Unité de la dépression résistante – Pôle de psychiatrie – CHU", """
<header><a href="/">CHU de la Métropole</a>
<nav><a href="/patients">Patients et visiteurs</a> <a href="/services">Services et spécialités</a> <a href="/professionnels">Professionnels</a> <a href="/recherche">Recherche</a> <a href="/recrutement">Recrutement</a></nav></header>
<main>
<p class="ariane"><a href="/">Accueil</a> &gt; <a href="/services">Services</a> &gt; <a href="/services/psychiatrie">Psychiatrie</a> &gt; Unité de la dépression résistante</p>
<h1>Unité de la dépression résistante</h1>
<p>L'unité accueille en hôpital de jour des patients adultes souffrant d'épisodes dépressifs caractérisés résistants, adressés par leur psychiatre ou leur médecin traitant.</p>
<h2>Traitements proposés</h2>
<ul>
<li>Eskétamine par voie nasale, administrée dans l'unité avec surveillance de deux heures</li>
<li>Kétamine intraveineuse dans le cadre de protocoles de recherche</li>
<li>Stimulation magnétique transcrânienne répétitive (rTMS)</li>
<li>Électroconvulsivothérapie (ECT)</li>
</ul>
<h2>Modalités d'accès</h2>
<p>Sur courrier d'adressage d'un médecin. Une première consultation d'évaluation est programmée dans un délai de 4 à 6 semaines. Les soins sont pris en charge par l'Assurance maladie.</p>
<p>Secrétariat : 03 00 00 00 00, du lundi au vendredi de 9 h à 16 h 30. Fermeture exceptionnelle le vendredi 1er janvier 2027.</p>
<h2>Équipe</h2>
<p>Responsable : Pr Anne-Laure Berthier. Psychiatres, infirmiers, psychologue, neuropsychologue.</p>
</main>
<footer>© 2027 CHU de la Métropole &middot; <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h15030", "https://centro-depressione-milano.example/trattamenti/esketamina-spray-nasale", "clinic", False, "it",
  "it-private-centre-whatsapp-booking", "Esketamina spray nasale a Milano – Centro per la Depressione Resistente", """
<header><a href="/">Centro per la Depressione Resistente &ndash; Milano</a>
<nav><a href="/chi-siamo">Chi siamo</a> <a href="/trattamenti">Trattamenti</a> <a href="/tariffe">Tariffe</a> <a href="/prenota">Prenota</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Trattamento con esketamina spray nasale</h1>
<p>Il nostro centro è abilitato alla somministrazione di esketamina spray nasale per la depressione resistente. Ogni seduta si svolge nel nostro ambulatorio
sotto la supervisione di uno psichiatra, con monitoraggio della pressione per almeno due ore.</p>
<h2>Percorso</h2>
<p>Visita psichiatrica di valutazione (200 &euro;), esami preliminari, ciclo di induzione di 8 sedute in 4 settimane, poi mantenimento.</p>
<h2>Tariffe</h2>
<p>Seduta (farmaco escluso, se fornito dal SSN tramite piano terapeutico): 150 &euro;. Pacchetto induzione: 1.100 &euro;. Pagamento anche a rate.</p>
<p>Prenotazioni anche via WhatsApp al 333 000 0000 (solo messaggi). Il centro riapre dopo le festività mercoledì 7 gennaio 2027.</p>
<p>Dopo la seduta non è possibile guidare fino al giorno successivo.</p>
</main>
<footer>&copy; 2027 Centro per la Depressione Resistente S.r.l. &middot; Direttore sanitario Dott. Marco Villa &middot; P.IVA 00000000000</footer>
""")

p("h15031", "https://kliniek-stemming.example/behandelingen/ketaminebehandeling", "clinic", False, "nl",
  "nl-private-clinic", "Ketaminebehandeling bij depressie – Kliniek Stemming", """
<header><a href="/">Kliniek Stemming</a>
<nav><a href="/over-ons">Over ons</a> <a href="/behandelingen">Behandelingen</a> <a href="/aanmelden">Aanmelden</a> <a href="/tarieven">Tarieven</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketaminebehandeling bij therapieresistente depressie</h1>
<p>Kliniek Stemming biedt intraveneuze ketaminebehandeling en esketamine-neusspray voor volwassenen bij wie meerdere behandelingen met antidepressiva onvoldoende hebben gewerkt.
De behandeling vindt plaats op onze poli in Utrecht onder toezicht van een psychiater en een verpleegkundige.</p>
<h2>Aanmelden</h2>
<p>U heeft een verwijzing nodig van uw huisarts of psychiater. Na aanmelding volgt een intakegesprek en een lichamelijk onderzoek.</p>
<h2>Vergoeding</h2>
<p>De behandeling valt onder de basisverzekering (gespecialiseerde ggz). Let op: uw eigen risico van 2027 gaat op 1 januari opnieuw in.</p>
<p>Huidige wachttijd tot intake: ongeveer 9 weken (peildatum januari 2027).</p>
</main>
<footer>&copy; 2027 Kliniek Stemming B.V. &middot; Utrecht</footer>
""", noise="cookie-nl")

# ---------------------------------------------------------------- informational (9)

p("h15032", "https://metro-herald.example/news/2027/01/04/ketamine-online-sellers-year-in-review", "informational", False, "en",
  "long-news-quoting-vendors-prices", "'Rocks in a phone case': how online ketamine sales boomed in 2026 | Metro Herald", """
<header>
<a class="masthead" href="/">The Metro Herald</a>
<nav><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/health">Health</a> <a href="/opinion">Opinion</a> <a href="/sports">Sports</a> <a href="/subscribe">Subscribe &ndash; $1 for 6 months</a></nav>
</header>
<article>
<p class="kicker">HEALTH &middot; INVESTIGATION</p>
<h1>&lsquo;Rocks in a phone case&rsquo;: how online ketamine sales boomed in 2026</h1>
<p class="byline">By Sarah Okafor &middot; January 4, 2027, 6:00 a.m. ET</p>
<p>When Tyler, a 29-year-old warehouse worker from Dayton, typed &ldquo;buy ketamine online&rdquo; into a search engine last spring, the first page of results
was a mix of infusion clinics, telehealth start-ups and sites that promised to ship &ldquo;pharmaceutical-grade shards&rdquo; with no prescription.
He chose one of the latter. &ldquo;It came in three days, vacuum-sealed inside a phone case box,&rdquo; he said. He paid $170 for 10 grams in Bitcoin.</p>
<p>Tyler's experience is far from unique. Federal data released last month show that seizures of ketamine in mail and express consignments rose by more than 40 percent
in fiscal 2026, and investigators say much of the trade has moved from dark-web markets to ordinary-looking storefronts on the open web.</p>
<p>One such shop, which calls itself K Crystal Shop and advertises a &ldquo;reship guarantee&rdquo; if packages are seized, listed 28 grams for $390 in December
and offered a new-year discount code. Its support account on Telegram did not respond to questions from the Herald. Several of these sites, researchers say,
are promoted by &ldquo;review&rdquo; blogs that earn a commission on each sale.</p>
<h2>A market shaped by the clinic boom</h2>
<p>The surge comes as legitimate ketamine care has also grown. There are now an estimated 1,500 ketamine clinics in the US, charging $400 to $800 per infusion, and
several telehealth companies prescribe at-home tablets after a video evaluation. &ldquo;The legal market made ketamine feel normal,&rdquo; said Dr. Maya Lindqvist,
an addiction psychiatrist at a university hospital in Ohio. &ldquo;The grey and black markets are exploiting that.&rdquo;</p>
<p>Street prices have fallen, according to drug-checking services. The nonprofit HarmCheck, which tests samples mailed in by users, said the median price reported
with samples fell from $60 to $40 per gram between 2024 and 2026, and that about one in eight samples sold as ketamine contained something else, most often
2-FDCK or deschloroketamine, analogues sold openly as &ldquo;research chemicals.&rdquo;</p>
<h2>Regulators respond</h2>
<p>A spokesperson for the DEA said the agency is &ldquo;aware of websites falsely presenting themselves as telehealth providers&rdquo; and urged consumers to check that
any online prescriber conducts a real evaluation. In December, federal prosecutors in Florida charged two men with operating a site that approved orders
&ldquo;automatically&rdquo; after a 12-question quiz.</p>
<p>Urologists, meanwhile, report more young patients with ketamine-related bladder damage. &ldquo;We used to see this mostly in the UK,&rdquo; said one.</p>
<p class="help">If you or someone you know is struggling with substance use, call the SAMHSA National Helpline at 1-800-662-4357.</p>
</article>
<aside><h3>Most read</h3><ol><li>Snowstorm to hit region Tuesday</li><li>City council approves 2027 budget</li><li>Bengals clinch playoff spot</li></ol></aside>
<footer>&copy; 2027 The Metro Herald &middot; <a href="/terms">Terms of use</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/ethics">Ethics policy</a></footer>
""", noise="cookie")

p("h15033", "https://drug-safety-agency.example/consumers/alerts/2027-01-online-ketamine", "informational", False, "en",
  "government-consumer-warning", "Consumer Alert: Websites Selling Ketamine Without a Prescription | Drug Safety Agency", """
<header><a href="/">Drug Safety Agency</a> <span>An official website of the United States government</span>
<nav><a href="/consumers">For consumers</a> <a href="/health-professionals">For health professionals</a> <a href="/industry">Industry</a> <a href="/news">News &amp; events</a></nav></header>
<main>
<h1>Consumer Alert: Websites Selling Ketamine Without a Prescription</h1>
<p class="date">Issued January 5, 2027</p>
<p>The agency is warning consumers not to buy ketamine, esketamine or related products from websites, social media accounts or messaging apps that do not require
a valid prescription from a licensed health care provider who has evaluated you.</p>
<h2>Warning signs of an illegal online seller</h2>
<ul>
<li>No prescription required, or &ldquo;approval&rdquo; after an online quiz without talking to a clinician</li>
<li>Payment only by cryptocurrency, gift cards, wire transfer or peer-to-peer apps</li>
<li>Orders taken through Telegram, WhatsApp or Signal</li>
<li>Promises of &ldquo;stealth&rdquo; packaging or free reshipping if a package is seized</li>
<li>Products labelled &ldquo;research chemical&rdquo; or &ldquo;not for human consumption&rdquo;</li>
</ul>
<h2>Risks</h2>
<p>Products sold by these sites may contain the wrong amount of ketamine, other drugs, or contaminants. Ketamine can cause dissociation, dangerous increases in blood
pressure, and, with repeated use, bladder and kidney damage and dependence.</p>
<h2>What to do</h2>
<p>Talk to your health care provider about treatment options for depression. Report suspicious websites using our online form. If you think you have had a bad reaction,
call Poison Control at 1-800-222-1222.</p>
</main>
<footer><a href="/accessibility">Accessibility</a> &middot; <a href="/foia">FOIA</a> &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h15034", "https://talkboard.example/r/TRD/comments/1a9x2k/ketamine_clinic_vs_athome_for_2027", "informational", False, "en",
  "forum-thread-partial", "Ketamine clinic vs at-home for 2027? Deductible just reset : r/TRD", """
<div class="thread">
<h1>Ketamine clinic vs at-home for 2027? Deductible just reset</h1>
<p class="op">posted by u/grey_january &middot; 2 days ago</p>
<p>My insurance reset on Jan 1 and I'm trying to decide before I spend anything. Option A: local IV clinic, $475 per infusion, 6 for $2,550, none of it covered.
Option B: one of the at-home telehealth companies, ~$1,200 for the first month incl. a video eval with a psychiatrist. Option C: Spravato, which my plan covers
with prior auth but means sitting in an office for 2 hours twice a week. Anyone done more than one of these?</p>
<div class="comment"><b>u/mossyrock</b> &middot; 2d &middot; 84 points<p>Did Spravato through insurance in 2025. Copay program brought it down to $10 a visit. The 2 hours is boring but honestly fine. Bring headphones.</p></div>
<div class="comment"><b>u/hb_nurse</b> &middot; 2d &middot; 51 points<p>IV worked better for me than the troches. At-home was convenient but the dose was low and my clinician was cautious about raising it (which I get).</p></div>
<div class="comment"><b>u/[deleted]</b> &middot; 2d<p>[removed by moderator]</p></div>
<div class="comment mod"><b>u/AutoModerator</b> &middot; 2d &middot; MOD<p>Reminder: posts and DMs offering to sell or source ketamine are removed and result in a permanent ban. Rule 3: no sourcing. If someone DMs you with a Telegram link, it is a scam or worse.</p></div>
<div class="comment"><b>u/grey_january</b> &middot; 1d &middot; 12 points<p>Thanks all. Going to ask my psych about Spravato first since it's covered, and keep IV as a backup.</p></div>
<div class="comment"><b>u/lowtide88</b> &middot; 1d &middot; 9 points<p>One thing nobody mentions: with the at-home ones, check they actually do a real video visit. There are sites that just have you fill in a quiz and then
""")

p("h15035", "https://ketamineclinicfinder.example/us/texas/", "informational", False, "en",
  "directory-nav-heavy", "Ketamine Clinics in Texas (2027) – Find a Provider | KetamineClinicFinder", """
<header><a href="/">KetamineClinicFinder</a> <nav><a href="/us/">Browse by state</a> <a href="/telehealth/">Telehealth providers</a> <a href="/spravato/">Spravato centers</a> <a href="/guides/">Guides</a> <a href="/list-your-clinic/">List your clinic</a></nav></header>
<main>
<p class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/us/">United States</a> &rsaquo; Texas</p>
<h1>Ketamine Clinics in Texas</h1>
<p>78 providers &middot; Updated January 2, 2027 &middot; Listings are not endorsements. Always verify licensing.</p>
<p class="cities"><b>Cities:</b> <a href="/us/texas/austin/">Austin (14)</a> &middot; <a href="/us/texas/dallas/">Dallas (17)</a> &middot; <a href="/us/texas/houston/">Houston (19)</a> &middot;
<a href="/us/texas/san-antonio/">San Antonio (9)</a> &middot; <a href="/us/texas/fort-worth/">Fort Worth (6)</a> &middot; <a href="/us/texas/el-paso/">El Paso (3)</a> &middot;
<a href="/us/texas/plano/">Plano (4)</a> &middot; <a href="/us/texas/lubbock/">Lubbock (2)</a> &middot; <a href="/us/texas/corpus-christi/">Corpus Christi (2)</a> &middot; <a href="/us/texas/the-woodlands/">The Woodlands (2)</a></p>
<p class="filters">Filter: <a href="?t=iv">IV infusion</a> <a href="?t=im">IM</a> <a href="?t=spravato">Spravato (REMS)</a> <a href="?t=kap">KAP</a> <a href="?ins=1">Accepts insurance</a> <a href="?sort=price">Sort by price</a></p>
<ol class="listings">
<li><a href="/clinic/lone-star-ketamine-austin/">Lone Star Ketamine &ndash; Austin</a> &middot; IV, Spravato &middot; from $425/infusion &middot; &#9733; 4.8 (96)</li>
<li><a href="/clinic/bayou-infusion-houston/">Bayou Infusion Therapy &ndash; Houston</a> &middot; IV &middot; from $450 &middot; &#9733; 4.7 (51)</li>
<li><a href="/clinic/dfw-mood-center/">DFW Mood Center &ndash; Dallas</a> &middot; Spravato, TMS &middot; insurance accepted &middot; &#9733; 4.6 (133)</li>
<li><a href="/clinic/hill-country-kap/">Hill Country KAP &ndash; San Antonio</a> &middot; IM, KAP &middot; from $700/session &middot; &#9733; 4.9 (22)</li>
<li><a href="/clinic/permian-pain-relief/">Permian Pain Relief &ndash; Midland</a> &middot; IV (pain) &middot; price on request</li>
<li><a href="/clinic/gulf-coast-psychiatry/">Gulf Coast Psychiatry &ndash; Corpus Christi</a> &middot; Spravato &middot; insurance accepted</li>
</ol>
<p class="pager"><a href="?page=2">Next page &rsaquo;</a> 1 <a href="?page=2">2</a> <a href="?page=3">3</a> &hellip; <a href="?page=13">13</a></p>
<h2>Telehealth options in Texas</h2>
<p>Several online providers prescribe at-home ketamine to Texas residents after a video evaluation. <a href="/telehealth/?state=tx">Compare telehealth providers</a>.</p>
<p class="sponsored">Sponsored: <a href="/clinic/lone-star-ketamine-austin/">Lone Star Ketamine &ndash; $100 off your first infusion in January</a></p>
</main>
<footer>&copy; 2027 KetamineClinicFinder &middot; <a href="/about/">About</a> &middot; <a href="/editorial-policy/">Editorial policy</a> &middot; <a href="/advertise/">Advertise</a></footer>
""")

p("h15036", "https://hale-defense-law.example/drug-crimes/ketamine-possession", "informational", False, "en",
  "law-firm-short", "Ketamine Possession Charges in New Jersey | Hale Defense Law", """
<header><a href="/">Hale Defense Law</a> &middot; Call 24/7: (973) 555-0117</header>
<main>
<h1>Charged with ketamine possession or distribution in New Jersey?</h1>
<p>Ketamine is a Schedule III controlled dangerous substance under New Jersey law. Possession without a prescription is typically a third-degree crime, and charges
increase with quantity or evidence of intent to distribute, including cases built on packages received by mail from online sellers.</p>
<p>Our attorneys have defended clients in CDS cases across Essex, Morris and Hudson counties for over 20 years. Options such as Pre-Trial Intervention may be available for first offenders.</p>
<p><a href="/contact">Free confidential consultation</a></p>
</main>
<footer>Attorney advertising. Prior results do not guarantee a similar outcome. &copy; 2027 Hale Defense Law LLC</footer>
""")

p("h15037", "https://reduccion-riesgos.example/sustancias/ketamina", "informational", False, "es",
  "es-harm-reduction", "Ketamina: efectos, riesgos y consejos | Reducción de Riesgos", """
<header><a href="/">Reducción de Riesgos</a> <span>Proyecto de reducción de riesgos en contextos de ocio</span>
<nav><a href="/sustancias">Sustancias</a> <a href="/analisis">Servicio de análisis</a> <a href="/alertas">Alertas</a> <a href="/contacto">Contacto</a></nav></header>
<main>
<h1>Ketamina</h1>
<p>La ketamina (&laquo;keta&raquo;, &laquo;K&raquo;) es un anestésico disociativo. En contextos de fiesta se suele consumir esnifada en polvo o cristal.</p>
<h2>Efectos</h2>
<p>A dosis bajas produce desinhibición y sensación de flotar; a dosis más altas, desconexión del entorno y del propio cuerpo (el llamado &laquo;agujero K&raquo;).</p>
<h2>Riesgos</h2>
<ul>
<li>Mezclada con alcohol, benzodiacepinas u opioides aumenta el riesgo de pérdida de consciencia y vómito.</li>
<li>El consumo frecuente puede dañar la vejiga (cistitis ulcerativa) y generar dependencia.</li>
<li>Lo que se vende como ketamina a veces contiene otras sustancias, como 2-FDCK o, en el caso del &laquo;tusi&raquo;, mezclas de ketamina con MDMA y otros productos.</li>
</ul>
<h2>Consejos si decides consumir</h2>
<ul><li>Analiza la sustancia: nuestro servicio de análisis es gratuito y anónimo.</li><li>Consume sentado y en un lugar seguro, acompañado.</li><li>Empieza con poca cantidad y no repitas enseguida.</li><li>Usa tu propio turulo.</li></ul>
<p class="alerta"><b>Alerta enero 2027:</b> hemos detectado muestras vendidas como ketamina por Telegram que contenían 2-FDCK y cafeína. Consulta la sección de alertas.</p>
</main>
<footer>© 2027 Reducción de Riesgos &middot; Financiado por el Plan Nacional sobre Drogas</footer>
""", noise="cookie-es")

p("h15038", "https://wissen-lexikon.example/wiki/Ketamin", "informational", False, "de",
  "de-encyclopedia-partial", "Ketamin – Wissenslexikon", """
<div class="wiki-nav"><a href="/">Hauptseite</a> <a href="/wiki/Spezial:Zufällige_Seite">Zufälliger Artikel</a> <a href="/wiki/Hilfe">Hilfe</a> &middot; Artikel &middot; Diskussion &middot; Lesen &middot; Bearbeiten &middot; Versionsgeschichte</div>
<h1>Ketamin</h1>
<table class="infobox">
<tr><th colspan="2">Strukturformel</th></tr>
<tr><td>Freiname</td><td>Ketamin</td></tr>
<tr><td>Summenformel</td><td>C13H16ClNO</td></tr>
<tr><td>ATC-Code</td><td>N01AX03 (Ketamin), N06AX27 (Esketamin)</td></tr>
<tr><td>Wirkstoffklasse</td><td>Anästhetikum, NMDA-Rezeptor-Antagonist</td></tr>
<tr><td>Verschreibungspflicht</td><td>Deutschland: verschreibungspflichtig; Österreich: Rp; Schweiz: Liste A</td></tr>
</table>
<p><b>Ketamin</b> ist ein Arzneistoff aus der Gruppe der Arylcyclohexylamine, der als Anästhetikum und Analgetikum in der Human- und Tiermedizin eingesetzt wird.
Es wurde 1962 von Calvin Stevens synthetisiert. Das S-Enantiomer Esketamin ist als Injektionslösung sowie seit 2019 als Nasenspray zur Behandlung therapieresistenter Depressionen zugelassen.</p>
<h2>Inhaltsverzeichnis</h2>
<ol><li>Pharmakologie</li><li>Medizinische Verwendung</li><li>Missbrauch</li><li>Rechtsstatus</li><li>Einzelnachweise</li></ol>
<h2>Pharmakologie</h2>
<p>Ketamin wirkt vor allem als nichtkompetitiver Antagonist am NMDA-Rezeptor. Es erzeugt eine sogenannte dissoziative Anästhesie, bei der Schutzreflexe und
Atemantrieb weitgehend erhalten bleiben. Die Eliminationshalbwertszeit beträgt etwa zwei bis drei Stunden; Hauptmetabolit ist Norketamin.</p>
<h2>Medizinische Verwendung</h2>
<p>In der Notfallmedizin wird Ketamin wegen seiner kreislaufstabilisierenden Eigenschaften geschätzt. In der Psychiatrie wird racemisches Ketamin off-label intravenös
bei therapieresistenter Depression eingesetzt; Esketamin-Nasenspray wird unter ärztlicher Aufsicht in der Praxis oder Klinik angewendet.</p>
<h2>Missbrauch</h2>
<p>Als Partydroge wird Ketamin (Szenenamen &bdquo;Special K&ldquo;, &bdquo;Keta&ldquo;) meist geschnupft. Chronischer Konsum kann zu einer ketaminassoziierten
Zystitis führen. In Deutschland unterliegt Ketamin nicht dem Betäubungsmittelgesetz, der Handel außerhalb von Apotheken ist jedoch nach dem Arzneimittelgesetz strafbar
""")

p("h15039", "https://addictions-aide.example/csapa/ketamine-consommation-accompagnement", "informational", False, "fr",
  "fr-addiction-centre", "Kétamine : être accompagné – CSAPA Horizon", """
<header><a href="/">CSAPA Horizon</a> <span>Centre de soins, d'accompagnement et de prévention en addictologie</span>
<nav><a href="/qui-sommes-nous">Qui sommes-nous</a> <a href="/produits">Produits</a> <a href="/consultations">Consultations</a> <a href="/entourage">Pour l'entourage</a> <a href="/nous-trouver">Nous trouver</a></nav></header>
<main>
<h1>Kétamine : vous vous posez des questions sur votre consommation ?</h1>
<p>Depuis quelques années, nous recevons de plus en plus de personnes qui consomment de la kétamine, souvent en milieu festif, parfois seules et de façon quotidienne.
Douleurs abdominales, envies fréquentes d'uriner, difficultés à arrêter : il n'est jamais trop tôt pour en parler.</p>
<h2>Ce que nous proposons</h2>
<ul>
<li>Consultations gratuites et anonymes avec un médecin addictologue, un psychologue ou un infirmier</li>
<li>Orientation vers un urologue en cas de symptômes urinaires</li>
<li>Groupes de parole le jeudi soir</li>
<li>Soutien à l'entourage</li>
</ul>
<p>Nous ne délivrons pas de kétamine. Pour un traitement de la dépression par eskétamine, parlez-en à votre psychiatre.</p>
<p>Accueil sans rendez-vous : mardi et jeudi 14 h &ndash; 18 h. Reprise des permanences le lundi 4 janvier 2027.</p>
<p>Drogues Info Service : 0 800 23 13 13 (appel anonyme et gratuit, 7j/7).</p>
</main>
<footer>© 2027 Association Horizon &middot; CSAPA financé par l'Assurance maladie</footer>
""", noise="cookie-fr")

p("h15040", "https://jornal-paulista.example/cotidiano/2027/01/05/policia-apreende-cetamina-correios", "informational", False, "pt",
  "pt-news-seizure", "Polícia apreende 12 kg de cetamina em encomendas dos Correios em Campinas", """
<header><a href="/">Jornal Paulista</a> <nav><a href="/cotidiano">Cotidiano</a> <a href="/politica">Política</a> <a href="/economia">Economia</a> <a href="/saude">Saúde</a> <a href="/esporte">Esporte</a> <a href="/assine">Assine</a></nav></header>
<article>
<h1>Polícia apreende 12 kg de cetamina em encomendas dos Correios em Campinas</h1>
<p class="linha-fina">Droga era vendida em sites e grupos de Telegram como &lsquo;cetamina pura&rsquo;, com entrega em todo o país</p>
<p class="autor">Por Juliana Prado &middot; 5.jan.2027 às 11h20</p>
<p>A Polícia Federal apreendeu nesta segunda-feira (4) cerca de 12 kg de cetamina escondidos em encomendas postadas em uma agência dos Correios em Campinas (SP).
Segundo a investigação, o grupo vendia a droga em um site e em canais de Telegram, com preços entre R$ 120 o grama e R$ 1.900 por 25 gramas, e aceitava pagamento via Pix e criptomoedas.</p>
<p>Dois homens foram presos em flagrante. Um deles, de acordo com a PF, também revendia frascos de cetamina de uso veterinário desviados de distribuidoras.</p>
<p>A cetamina é um anestésico usado em humanos e animais. Sua versão escetamina, em spray nasal, é aprovada pela Anvisa para depressão resistente, mas deve ser
aplicada em clínica, sob supervisão médica. &ldquo;Não existe venda legal de cetamina pela internet&rdquo;, disse um delegado à reportagem.</p>
<p>O caso segue sob investigação.</p>
</article>
<footer>© 2027 Jornal Paulista. Todos os direitos reservados.</footer>
""", noise="cookie-pt")

save(OUT, R)
