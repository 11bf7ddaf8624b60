# Batch 146 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Pharmacies, real and rogue". Online pharmacies and pharmacy-like sites in six languages:
# rogue "pharmacies" selling ketamine, esketamine or Spravato without a real prescription (sellers,
# some dressed with fake verification seals, "free online consultation" questionnaires, veterinary
# stock, research-chemical "apotheek", doorway review pages, a marketplace listing and a Telegram bio);
# telehealth services whose partner pharmacy ships prescribed ketamine only after a video evaluation
# (telehealth); clinics with in-house dispensing or a hospital pharmacy page (clinic); licensed
# compounding pharmacies that fill only prescriptions, pharmacy regulators, verification programmes,
# drug references, news and a forum thread (informational).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), medium product and
# FAQ pages, navigation-heavy marketplace and verification listings, one url-only bot wall, short
# pages and a few plain-text excerpts (Telegram bio, shipping FAQ, refill notice, news excerpt).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch146.py (writes batch146/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch146")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers: rogue "pharmacies" (14)

p("h14601", "https://northstar-canadian-drugstore.example/products/spravato-esketamine-nasal-spray-56mg", "seller", True, "en",
  "rogue-pharmacy-product-page-long", "Spravato (Esketamine) Nasal Spray 28 mg / 56 mg / 84 mg | NorthStar Canadian Drugstore", """
<header>
<div class="topbar">&#127464;&#127462; Licensed Canadian pharmacy since 2004 &middot; Over 1.2 million orders shipped &middot; Toll-free 1-888-555-0147 (Mon&ndash;Sat)</div>
<a class="logo" href="/">NorthStar <b>Canadian Drugstore</b></a>
<form class="search" action="/search"><input name="q" placeholder="Search 2,400+ brand &amp; generic medications"><button>Search</button></form>
<nav class="cats"><a href="/c/mental-health">Mental Health</a> <a href="/c/pain">Pain Management</a> <a href="/c/mens-health">Men's Health</a> <a href="/c/weight-loss">Weight Loss</a> <a href="/c/sleep">Sleep Aids</a> <a href="/c/anesthetics">Anesthetics</a> <a href="/bestsellers">Bestsellers</a> <a href="/account">My Account</a> <a href="/cart">Cart (0)</a></nav>
</header>
<main>
<p class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/c/mental-health">Mental Health</a> &rsaquo; <a href="/c/mental-health/depression">Depression</a> &rsaquo; Spravato</p>
<div class="product">
<div class="img"><img src="/img/p/spravato-device.jpg" alt="Spravato nasal spray device, 28 mg"></div>
<div class="info">
<h1>Spravato&reg; (Esketamine HCl) Nasal Spray</h1>
<p class="generic">Generic equivalent: <a href="/products/esketamine-nasal-spray-generic">Esketamine Nasal Spray (India)</a> &ndash; save up to 70%</p>
<p class="rating">&#9733;&#9733;&#9733;&#9733;&#9734; 4.6 (212 verified reviews)</p>
<table class="variants">
<tr><th>Strength</th><th>Package</th><th>Price</th><th>Per device</th><th></th></tr>
<tr><td>28 mg</td><td>1 device</td><td>$289.00</td><td>$289.00</td><td><button>Add to cart</button></td></tr>
<tr><td>56 mg</td><td>2 devices</td><td>$539.00</td><td>$269.50</td><td><button>Add to cart</button></td></tr>
<tr><td>84 mg</td><td>3 devices</td><td>$749.00</td><td>$249.67</td><td><button>Add to cart</button></td></tr>
<tr><td>56 mg</td><td>8 devices (1 month)</td><td>$1,899.00</td><td>$237.38</td><td><button>Add to cart</button></td></tr>
</table>
<ul class="badges">
<li>&#10004; No prescription? No problem &ndash; our affiliated physician reviews your order form free of charge</li>
<li>&#10004; Ships from our international fulfilment centre in discreet, unbranded packaging</li>
<li>&#10004; Free reshipment if your parcel is held at customs</li>
<li>&#10004; Pay by Bitcoin or USDT and receive an extra 12% off</li>
</ul>
<img class="seal" src="/img/seals/cipa-verified-2026.png" alt="CIPA Verified Member"> <img class="seal" src="/img/seals/pharmacy-checker-gold.png" alt="Pharmacy Checker Gold">
</div>
</div>
<section class="tabs">
<h2>Description</h2>
<p>Spravato is a prescription nasal spray containing esketamine, the S-enantiomer of ketamine. It is used in adults with treatment-resistant depression together with an oral antidepressant. Many of our customers tell us they could not find a treatment centre near them, or that the waiting list was several months long. NorthStar lets you receive your devices at home and use them on your own schedule.</p>
<h2>Directions</h2>
<p>Spray once into each nostril. Wait 5 minutes between devices. Most customers use 56 mg twice weekly during the first month and then once weekly. Please read the enclosed leaflet.</p>
<h2>Side effects</h2>
<p>Dissociation, dizziness, nausea, sedation, increased blood pressure. Do not drive on the day of use.</p>
<h2>Shipping</h2>
<p>Orders placed before 2 pm EST are dispatched the same day. Delivery to USA, UK, Australia and EU countries in 7&ndash;14 business days. Tracking number sent by e-mail. Our parcels do not mention the contents or the name of our pharmacy.</p>
<h2>Customer reviews</h2>
<div class="review"><b>Dana R., Ohio</b> &#9733;&#9733;&#9733;&#9733;&#9733; <p>My local clinic wanted $900 a session and two hours in their chair. Here I paid a fraction and it came in 9 days. The questionnaire took 3 minutes.</p></div>
<div class="review"><b>Mark T., Queensland</b> &#9733;&#9733;&#9733;&#9733;&#9734; <p>Customs held the first box, they reshipped it free. Second one arrived fine.</p></div>
</section>
<aside class="related"><h3>Customers also bought</h3>
<a href="/products/ketamine-hcl-injection-50mg-ml">Ketamine HCl Injection 50 mg/ml (10 ml vial)</a>
<a href="/products/modafinil-200mg">Modafinil 200 mg</a>
<a href="/products/alprazolam-1mg">Alprazolam 1 mg</a></aside>
</main>
<footer>
<p><a href="/about">About us</a> | <a href="/how-to-order">How to order</a> | <a href="/payment">Payment methods</a> | <a href="/shipping">Shipping &amp; customs</a> | <a href="/privacy">Privacy</a> | <a href="/terms">Terms</a></p>
<p>Prices in USD. Products are dispensed by our partner pharmacies in Canada, India, Mauritius and Turkey. &copy; 2026 NorthStar Canadian Drugstore.</p>
</footer>
""", noise="cookie")

p("h14602", "https://mindreliefrx.example/ketamine-nasal-spray/start-consultation", "seller", True, "en",
  "questionnaire-only-fake-telehealth", "Start Your Free Online Consultation – Compounded Ketamine Nasal Spray | MindRelief Rx", """
<header><a class="logo" href="/">MindRelief<span>Rx</span></a>
<nav><a href="/how-it-works">How it works</a> <a href="/ketamine-nasal-spray">Ketamine Nasal Spray</a> <a href="/ketamine-troches">Ketamine Troches</a> <a href="/pricing">Pricing</a> <a href="/reviews">Reviews</a> <a href="/login">Log in</a></nav></header>
<main>
<section class="hero">
<h1>Feel better this week, not next year.</h1>
<p>Prescription-strength compounded ketamine nasal spray, delivered to your door in 48 hours. No appointments, no video calls, no waiting rooms.</p>
</section>
<ol class="steps">
<li><b>1. Answer 9 quick questions</b> (about 2 minutes)</li>
<li><b>2. A US-licensed physician reviews your answers</b> &ndash; 98.7% of requests are approved the same day</li>
<li><b>3. Your pharmacy ships it</b> &ndash; in plain packaging, with tracking</li>
</ol>
<form class="questionnaire" action="/checkout" method="post">
<fieldset><legend>Step 1 of 3 &ndash; About you</legend>
<label>Date of birth <input type="date" name="dob"></label>
<label>State of residence <select name="state"><option>Select&hellip;</option><option>All 50 states supported</option></select></label>
<label>Have you ever felt sad, low or anxious for more than two weeks? <input type="radio" name="q1" value="y"> Yes <input type="radio" name="q1" value="n"> No</label>
<label>Have you tried at least one antidepressant, supplement or therapy? <input type="radio" name="q2" value="y"> Yes <input type="radio" name="q2" value="n"> No</label>
<label>Do you have any allergies? <input name="allergies"></label>
</fieldset>
<fieldset><legend>Step 2 of 3 &ndash; Choose your plan</legend>
<label><input type="radio" name="plan" value="starter"> Starter &ndash; 1 bottle (10 ml, 150 mg/ml), $179</label>
<label><input type="radio" name="plan" value="plus" checked> Plus &ndash; 2 bottles, $319 <em>Most popular</em></label>
<label><input type="radio" name="plan" value="max"> Max &ndash; 4 bottles + free troches, $579</label>
</fieldset>
<p class="small">Not sure which strength? Our team can increase your dose at any time &ndash; just reply to your shipping e-mail.</p>
<button type="submit">Continue to payment</button>
</form>
<section class="faq">
<h2>Questions</h2>
<h3>Do I need an existing prescription?</h3><p>No. Your prescription is written by our reviewing physician after you submit the form. You will never need to talk to anyone unless you want to.</p>
<h3>What if I am not approved?</h3><p>You get a full refund. Very few people are declined.</p>
<h3>Can I order for my partner?</h3><p>Each person should complete a form, but you can ship both orders to the same address.</p>
</section>
</main>
<footer><p>MindRelief Rx is a technology platform and not a pharmacy or medical provider. Prescriptions are filled by independent pharmacies. &copy; 2026</p></footer>
""")

p("h14603", "https://farmandpetrx-supply.example/large-animal/anesthetics/ketaset-100mg-ml-10ml", "seller", True, "en",
  "vet-pharmacy-sold-to-anyone", "Ketaset (Ketamine HCl) 100 mg/mL, 10 mL vial – Farm & Pet Rx Supply", """
<div class="announce">Spring sale: 10% off all anesthetics with code BARN10 &middot; Ships in 24h</div>
<header><a href="/" class="logo">Farm &amp; Pet Rx Supply</a>
<nav><a href="/dogs">Dogs</a> <a href="/cats">Cats</a> <a href="/horses">Horses</a> <a href="/large-animal">Cattle &amp; Livestock</a> <a href="/large-animal/anesthetics">Anesthetics</a> <a href="/vet-rx-policy">Rx Policy</a> <a href="/cart">Cart</a></nav></header>
<main>
<h1>Ketaset&reg; (Ketamine Hydrochloride Injection) 100 mg/mL</h1>
<p class="sku">SKU KET-100-10 &middot; In stock: 64</p>
<div class="price"><span class="now">$64.95</span> / vial &middot; 5+ vials $58.00 each &middot; 25+ vials $49.00 each</div>
<label>Quantity <input type="number" value="1" min="1"></label> <button>Add to cart</button>
<div class="notice"><b>Prescription?</b> Normally required. Rural and ranch customers without a local vet can tick &ldquo;Farm use &ndash; no vet on file&rdquo; at checkout and our in-house vet will authorize the order. No exam or phone call needed.</div>
<h2>Product details</h2>
<p>Rapid-acting, non-barbiturate anesthetic for restraint and short procedures. Multi-dose vial, 10 mL. Store at room temperature. Protect from light.</p>
<ul><li>Species: cats, horses, subhuman primates (label); commonly used off-label</li><li>Controlled substance: CIII</li><li>Manufacturer lot ships as available</li></ul>
<h2>Shipping</h2>
<p>Packed in an unmarked outer carton with no product names on the label. We ship to residential addresses. Orders of 10+ vials ship in two parcels to lower the chance of inspection delays.</p>
<h2>Payment</h2>
<p>Visa/Mastercard are not accepted for controlled items. Please use Zelle, Cash App, Bitcoin or Apple gift cards (send card codes to orders@ after checkout).</p>
<div class="seal"><img src="/img/vetpharm-accredited.png" alt="Accredited Veterinary Pharmacy seal"> Accredited since 2011</div>
</main>
<footer><a href="/about">About</a> &middot; <a href="/contact">Contact</a> &middot; <a href="/returns">Returns</a> &middot; For animal use only.</footer>
""")

p("h14604", "https://ketalar-rx-nopresc.example/buy-ketalar-50mg-ml-vials-overnight-delivery", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="cf-wrapper"><h1>Checking if the site connection is secure</h1>
<p>ketalar-rx-nopresc.example needs to review the security of your connection before proceeding.</p>
<noscript>Enable JavaScript and cookies to continue</noscript>
<p class="ray">Ray ID: 8f2a19c4de71b0a3 &middot; Performance &amp; security by a CDN</p></div>
""")

p("h14605", "https://t.me/s/ketapharm_direct", "seller", True, "en",
  "telegram-bio-plaintext", "KetaPharm Direct (Telegram)", """
KetaPharm Direct 💊 Licensed pharmacist, 11 yrs in the trade
Ketalar 500mg/10ml · Ketamine HCl crystal (pharma) · Esketamine spray (Spravato generic, India)
No script needed. Discreet worldwide shipping, reship if seized 📦
EU 3-5 days · US 7-10 days · AU/NZ ask
Payment: BTC / XMR / USDT (TRC20) · PayPal F&F for regulars only
Price list pinned ⬆️ DM @ketapharm_rx to order. Beware of scammers using my name, only this channel is real.
""", ext="txt")

p("h14606", "https://honest-pharmacy-reviews.example/best-online-pharmacies-ketamine-2026", "seller", True, "en",
  "doorway-affiliate-review-page", "5 Best Online Pharmacies to Buy Ketamine Without a Prescription (2026 Reviews)", """
<header><a href="/" class="logo">Honest Pharmacy Reviews</a>
<nav><a href="/category/reviews">Pharmacy Reviews</a> <a href="/category/guides">Buying Guides</a> <a href="/category/coupons">Coupons</a> <a href="/about">About</a></nav></header>
<article>
<h1>5 Best Online Pharmacies to Buy Ketamine Without a Prescription (2026)</h1>
<p class="byline">By Rachel M., pharmacy tech &amp; reviewer &middot; Updated December 2, 2026 &middot; 14 min read</p>
<p class="disclosure"><small>We may earn a commission when you buy through links on this page. This does not affect our rankings.</small></p>
<p>Ketamine and esketamine have changed the way people think about depression. But clinic infusions cost $400&ndash;$800 each and Spravato centres often have long waiting lists. So more and more readers ask us: <em>where can I buy ketamine online safely?</em> We ordered from 23 websites over six months and tested delivery time, packaging, customer service and whether the product arrived as described. These are the five we would order from again.</p>
<h2>1. PharmaZen Direct &ndash; Best overall</h2>
<p>Ketamine HCl 50 mg/ml vials from $39, esketamine spray from $210. No prescription is asked for orders under 5 vials. Our parcel arrived in 8 days in a plain box that looked like a phone case delivery.</p>
<p><a class="btn" href="/go/pharmazen?coupon=HPR15" rel="nofollow sponsored">Visit PharmaZen Direct &ndash; 15% off with code HPR15</a></p>
<h2>2. MedsCrest Online &ndash; Best for crypto buyers</h2>
<p>Accepts Bitcoin, Litecoin and USDT only, with a 20% crypto discount. Very fast support on WhatsApp. Their &ldquo;powder for reconstitution&rdquo; was the cheapest per gram we found.</p>
<p><a class="btn" href="/go/medscrest" rel="nofollow sponsored">Check today's price</a></p>
<h2>3. Ketamart &ndash; Best reshipping guarantee</h2>
<p>If customs seize your parcel they ship it again for free, no questions. Prices a bit higher.</p>
<p><a class="btn" href="/go/ketamart" rel="nofollow sponsored">Visit Ketamart</a></p>
<h2>4. GlobalCare Pharmacy &ndash; Best for nasal spray</h2>
<p>Their online &ldquo;doctor review&rdquo; is a short form that approves almost everyone.</p>
<p><a class="btn" href="/go/globalcare" rel="nofollow sponsored">Visit GlobalCare</a></p>
<h2>5. RxGenie &ndash; Best for beginners</h2>
<p>Sells starter packs with a dosing guide.</p>
<p><a class="btn" href="/go/rxgenie" rel="nofollow sponsored">Visit RxGenie</a></p>
<h2>Is it legal?</h2>
<p>Laws differ by country. Small personal-use orders are rarely a problem in our experience, but you are responsible for checking your local rules. This article is not medical advice.</p>
</article>
<aside><h3>Latest coupons</h3><a href="/go/pharmazen">PharmaZen: HPR15</a> <a href="/go/medscrest">MedsCrest: CRYPTO20</a></aside>
<footer>&copy; 2026 Honest Pharmacy Reviews &middot; <a href="/disclosure">Affiliate disclosure</a></footer>
""", noise="cookie")

p("h14607", "https://pharmabazaar-market.example/listing/88412-ketamine-hcl-pharma-grade-indian-pharmacy", "seller", True, "en",
  "marketplace-listing-nav-heavy", "Ketamine HCl pharma grade (Indian pharmacy) – Listing #88412 – PharmaBazaar", """
<nav class="top"><a href="/">PharmaBazaar</a> | <a href="/categories">Categories</a> | <a href="/vendors">Vendors</a> | <a href="/forum">Forum</a> | <a href="/escrow">Escrow</a> | <a href="/support">Support</a> | <a href="/login">Login</a> | <a href="/register">Register</a></nav>
<nav class="side"><h4>Categories</h4>
<a href="/c/benzos">Benzos (1,204)</a> <a href="/c/dissociatives">Dissociatives (388)</a> <a href="/c/dissociatives/ketamine">&mdash; Ketamine (241)</a> <a href="/c/dissociatives/esketamine">&mdash; Esketamine (19)</a> <a href="/c/dissociatives/analogues">&mdash; Analogues (128)</a> <a href="/c/opioids">Pain (2,017)</a> <a href="/c/stimulants">Stimulants (1,560)</a> <a href="/c/rx-other">Other Rx (3,311)</a></nav>
<main>
<p class="crumbs">Home / Dissociatives / Ketamine / #88412</p>
<h1>Ketamine HCl &ndash; pharma grade &ndash; sourced from Indian pharmacy</h1>
<table>
<tr><td>Vendor</td><td><a href="/v/mumbai_chemist">mumbai_chemist</a> (Level 6, 4.92/5, 1,830 sales)</td></tr>
<tr><td>Ships from</td><td>India</td></tr><tr><td>Ships to</td><td>Worldwide</td></tr>
<tr><td>Escrow</td><td>Yes / FE for trusted buyers</td></tr>
<tr><td>Options</td><td>5 g &ndash; $95 &middot; 10 g &ndash; $170 &middot; 25 g &ndash; $380 &middot; 10 x Ketamine 50mg/ml 10ml vials &ndash; $260</td></tr>
</table>
<button>Buy now</button>
<h2>Description</h2>
<p>Evaporated from sealed pharmacy vials, shards, tested. Vials also available sealed with batch number. Vacuum sealed, multi-layer, decoy included. Tracking given after 48h. Reship 50% for first order, 100% for returning customers.</p>
<h2>Feedback</h2>
<ul><li>5/5 &ndash; &ldquo;arrived 11 days to DE, stealth perfect&rdquo;</li><li>5/5 &ndash; &ldquo;real pharma vials&rdquo;</li><li>4/5 &ndash; &ldquo;slow but ok&rdquo;</li></ul>
</main>
<footer><a href="/rules">Rules</a> | <a href="/pgp">PGP</a> | <a href="/mirrors">Mirrors</a> | <a href="/canary">Canary</a> | <a href="/faq">FAQ</a></footer>
""")

p("h14608", "https://curewell-meds.example/faq/ordering-spravato-online", "seller", True, "en",
  "rogue-pharmacy-faq", "FAQ: Ordering Spravato and Ketamine Online – CureWell Meds", """
<header><a href="/">CureWell Meds</a> <nav><a href="/shop">Shop</a> <a href="/faq">FAQ</a> <a href="/track">Track order</a> <a href="/contact">Contact</a></nav></header>
<main class="faq">
<h1>Ordering Spravato &amp; ketamine products: frequently asked questions</h1>
<h3>Do I need a prescription to order?</h3>
<p>You do not need to upload a prescription. When you place an order, our consulting doctor issues one on the basis of the health information you type at checkout. This is included in the price.</p>
<h3>Is the Spravato you sell genuine?</h3>
<p>We stock the original brand (EU packaging) and a generic esketamine spray made in India. Both are 28 mg per device.</p>
<h3>Can I use it at home? The leaflet says it must be used under supervision.</h3>
<p>The supervision rule applies to US certified centres. Many of our customers use it at home with a friend present. Please follow the instructions in the leaflet.</p>
<h3>How is my order shipped?</h3>
<p>In a padded envelope with no pharmacy name. If your order is seized or lost we reship it once for free; after that, 50% of the order value.</p>
<h3>What payment methods do you accept?</h3>
<p>Bank transfer (SEPA), Bitcoin, Ethereum and USDT. Card payments are temporarily unavailable &ndash; our bank does not support medication sales.</p>
<h3>Do you sell ketamine injection?</h3>
<p>Yes, Ketamine 50 mg/ml, 10 ml vials, in packs of 5 and 10. See the <a href="/shop/ketamine-injection">product page</a>.</p>
<h3>Can I get a discount?</h3>
<p>Returning customers get 10% off. Orders above &euro;500 ship free.</p>
</main>
<footer>CureWell Meds &middot; Customer service via WhatsApp +44 7700 900 318 &middot; &copy; 2026</footer>
""")

p("h14609", "https://farmacia-salud24.example/comprar-ketamina-sin-receta", "seller", True, "es",
  "rogue-pharmacy-spanish-medium", "Comprar Ketamina sin receta – Farmacia Salud24 online", """
<header><a href="/" class="logo">Farmacia Salud24</a>
<nav><a href="/">Inicio</a> <a href="/categoria/antidepresivos">Antidepresivos</a> <a href="/categoria/anestesicos">Anestésicos</a> <a href="/categoria/dolor">Dolor</a> <a href="/envios">Envíos</a> <a href="/contacto">Contacto</a> <a href="/carrito">Carrito</a></nav></header>
<main>
<h1>Comprar ketamina online sin receta médica</h1>
<p>En Farmacia Salud24 puede comprar <b>ketamina inyectable</b> (Ketolar 50 mg/ml) y <b>esketamina en spray nasal</b> con total discreción. No necesita receta: nuestro equipo revisa su pedido y lo prepara el mismo día.</p>
<table>
<tr><th>Producto</th><th>Presentación</th><th>Precio</th></tr>
<tr><td>Ketolar 50 mg/ml</td><td>5 ampollas de 10 ml</td><td>149 &euro;</td></tr>
<tr><td>Ketolar 50 mg/ml</td><td>10 ampollas de 10 ml</td><td>269 &euro;</td></tr>
<tr><td>Esketamina spray 28 mg</td><td>2 dispositivos</td><td>330 &euro;</td></tr>
<tr><td>Ketamina en polvo (uso laboratorio)</td><td>10 g</td><td>190 &euro;</td></tr>
</table>
<p><button>Añadir al carrito</button></p>
<h2>Envío discreto</h2>
<p>Enviamos a toda España, México, Argentina, Colombia y Chile. El paquete no lleva el nombre de la farmacia ni del producto. Entrega en 48&ndash;72 h en la península.</p>
<h2>Formas de pago</h2>
<p>Bizum, transferencia bancaria y criptomonedas (Bitcoin, USDT) con un 10% de descuento. Para pedidos grandes escríbanos por WhatsApp al +34 600 000 417.</p>
<p class="aviso"><small>La información de esta web no sustituye el consejo de su médico.</small></p>
</main>
<footer>&copy; 2026 Farmacia Salud24 &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

p("h14610", "https://apotheke-direkt-versand.example/esketamin-nasenspray-ohne-rezept", "seller", True, "de",
  "fake-versandapotheke-auto-rezept", "Esketamin Nasenspray ohne Rezept bestellen – Apotheke Direkt Versand", """
<header><a href="/" class="logo">Apotheke <b>Direkt</b> Versand</a>
<div class="usp">&#10003; Diskreter Versand &#10003; Online-Rezept inklusive &#10003; Lieferung in 2&ndash;4 Werktagen</div>
<nav><a href="/psyche">Psyche &amp; Nerven</a> <a href="/schmerz">Schmerz</a> <a href="/schlaf">Schlaf</a> <a href="/potenz">Potenz</a> <a href="/abnehmen">Abnehmen</a> <a href="/warenkorb">Warenkorb</a></nav></header>
<main>
<h1>Esketamin Nasenspray (Spravato&reg;) online kaufen</h1>
<p>Sie leiden unter therapieresistenter Depression und warten seit Monaten auf einen Termin beim Psychiater? Bei uns erhalten Sie Esketamin Nasenspray <b>ohne vorheriges Rezept</b>. Füllen Sie einfach unseren medizinischen Fragebogen aus &ndash; unser Partnerarzt stellt das Rezept automatisch aus, sobald Ihre Zahlung eingegangen ist.</p>
<table>
<tr><th>Packung</th><th>Preis</th></tr>
<tr><td>Spravato 28 mg, 1 Sprühgerät</td><td>239,00 &euro;</td></tr>
<tr><td>Spravato 28 mg, 3 Sprühgeräte</td><td>649,00 &euro;</td></tr>
<tr><td>Spravato 28 mg, 6 Sprühgeräte</td><td>1.190,00 &euro;</td></tr>
</table>
<p><button>In den Warenkorb</button></p>
<h2>So funktioniert es</h2>
<ol><li>Produkt wählen</li><li>Fragebogen ausfüllen (3 Minuten)</li><li>Bezahlen per Vorkasse, Paysafecard oder Bitcoin</li><li>Versand in neutraler Verpackung ohne Absender</li></ol>
<p>Hinweis: Aus Gründen der Diskretion versenden wir aus unserem Lager in den Niederlanden. Bei Zollverlust erfolgt ein kostenloser Neuversand.</p>
<img src="/img/siegel-versandapotheke.png" alt="Sicher online einkaufen &ndash; geprüfte Versandapotheke">
</main>
<footer><a href="/impressum">Impressum</a> &middot; <a href="/agb">AGB</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; &copy; 2026</footer>
""", noise="cookie-de")

p("h14611", "https://pharmacie-express-sans-ordonnance.example/produit/ketamine-injectable-50mg", "seller", True, "fr",
  "rogue-pharmacy-french-coupons", "Kétamine injectable 50 mg/ml sans ordonnance – Pharmacie Express", """
<header><a href="/" class="logo">Pharmacie Express</a>
<nav><a href="/">Accueil</a> <a href="/categorie/anxiete-depression">Anxiété &amp; dépression</a> <a href="/categorie/anesthesiques">Anesthésiques</a> <a href="/livraison">Livraison</a> <a href="/panier">Panier</a></nav></header>
<main>
<h1>Kétamine injectable 50 mg/ml &ndash; flacon de 10 ml</h1>
<p class="prix">À partir de 45 &euro; le flacon</p>
<ul><li>Lot de 3 flacons : 125 &euro;</li><li>Lot de 5 flacons : 195 &euro;</li><li>Lot de 10 flacons : 360 &euro;</li></ul>
<button>Ajouter au panier</button>
<p>Commandez sans ordonnance et sans rendez-vous. Nos pharmaciens préparent votre colis sous 24 h. Livraison discrète en France, Belgique, Suisse et Canada, dans un emballage neutre.</p>
<h2>Paiement</h2>
<p>Nous acceptons les coupons Transcash et PCS, les cartes Neosurf, ainsi que le Bitcoin. Envoyez le code de vos coupons à notre service client par e-mail ou sur Telegram (@pharma_express_fr) après votre commande.</p>
<h2>Avis clients</h2>
<p>&laquo; Reçu en 5 jours à Lyon, rien d'écrit sur le colis. &raquo; &ndash; Julien<br>&laquo; Service rapide, je recommande. &raquo; &ndash; Nadia</p>
</main>
<footer>Pharmacie Express &copy; 2026 &middot; <a href="/cgv">CGV</a> &middot; <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h14612", "https://rc-apotheek.example/dissociatieven/2f-dck-500mg", "seller", True, "nl",
  "research-chemical-apotheek", "2F-DCK 500 mg – research chemical | RC Apotheek", """
<header><a href="/" class="logo">RC Apotheek</a> <span class="tag">Research chemicals van laboratoriumkwaliteit sinds 2015</span>
<nav><a href="/dissociatieven">Dissociatieven</a> <a href="/stimulantia">Stimulantia</a> <a href="/psychedelica">Psychedelica</a> <a href="/benzo-analogen">Benzo-analogen</a> <a href="/testkits">Testkits</a> <a href="/winkelwagen">Winkelwagen</a></nav></header>
<main>
<h1>2F-DCK (2-fluorodeschloroketamine) &ndash; pellets en poeder</h1>
<p class="prijs">500 mg &euro;24,95 &middot; 1 g &euro;39,95 &middot; 5 g &euro;149,00 &middot; 10 g &euro;259,00</p>
<button>In winkelwagen</button>
<p>2F-DCK is een arylcyclohexylamine en een analoog van ketamine. Wij leveren een zuiverheid van &ge;99% (HPLC-certificaat op aanvraag). Ook verkrijgbaar: <a href="/dissociatieven/dck">DCK</a>, <a href="/dissociatieven/3-meo-pcp">3-MeO-PCP</a> en <a href="/dissociatieven/o-pce">O-PCE</a>.</p>
<p><b>Niet voor menselijke consumptie.</b> Uitsluitend bedoeld voor wetenschappelijk onderzoek en analytische doeleinden. Verkoop alleen aan personen van 18 jaar en ouder.</p>
<h2>Verzending</h2>
<p>Discreet verpakt in een neutrale envelop, vacuümgeseald. Vandaag voor 16:00 besteld, morgen in huis (NL/BE). Levering in de hele EU. Betalen met iDEAL, Bancontact of crypto (5% korting).</p>
</main>
<footer>RC Apotheek &middot; KvK-nummer op aanvraag &middot; <a href="/voorwaarden">Voorwaarden</a></footer>
""", noise="cookie-nl")

p("h14613", "https://farmaciavetbrasil.example/produto/cetamin-10-frasco-50ml", "seller", True, "pt",
  "vet-pharmacy-pix-whatsapp", "Cetamin 10% (cloridrato de cetamina) frasco 50 ml – Farmácia Vet Brasil", """
<header><a href="/" class="logo">Farmácia Vet Brasil</a>
<nav><a href="/caes">Cães</a> <a href="/gatos">Gatos</a> <a href="/equinos">Equinos</a> <a href="/anestesicos">Anestésicos</a> <a href="/carrinho">Carrinho</a></nav></header>
<main>
<h1>Cetamin 10% &ndash; Cloridrato de Cetamina 100 mg/ml &ndash; frasco 50 ml</h1>
<p class="preco">R$ 189,90 &middot; no PIX R$ 170,91 (10% off)</p>
<p>Compre 3 e ganhe frete grátis. Compre 6 e pague R$ 159,90 cada.</p>
<button>Comprar</button>
<p><b>Vendemos sem receita veterinária</b> para todo o Brasil. Envio discreto pelos Correios ou transportadora, caixa sem identificação.</p>
<p>Anestésico dissociativo de uso veterinário. Indicado para contenção e anestesia de curta duração.</p>
<p>Dúvidas ou pedidos acima de 10 frascos: chame no WhatsApp (11) 90000-3312. Atendemos também pelo Telegram.</p>
</main>
<footer>Farmácia Vet Brasil &middot; Pagamento via PIX, boleto ou cripto &middot; &copy; 2026</footer>
""", noise="cookie-pt")

p("h14614", "https://farmacia-online-italia24.example/esketamina-spray-nasale-senza-ricetta", "seller", True, "it",
  "rogue-pharmacy-italian-short", "Esketamina spray nasale senza ricetta – Farmacia Online Italia 24", """
<header><a href="/">Farmacia Online Italia 24</a> <nav><a href="/prodotti">Prodotti</a> <a href="/spedizioni">Spedizioni</a> <a href="/carrello">Carrello</a></nav></header>
<main>
<h1>Acquista esketamina spray nasale senza ricetta</h1>
<p>Esketamina 28 mg (equivalente generico di Spravato): 1 dispositivo 220 &euro;, 3 dispositivi 590 &euro;. Anche ketamina fiale 50 mg/ml, 5 fiale a 160 &euro;.</p>
<p>Nessuna ricetta richiesta. Spedizione discreta in tutta Italia in 3&ndash;5 giorni lavorativi, pacco anonimo. Pagamento con bonifico, ricarica PostePay o Bitcoin.</p>
<button>Aggiungi al carrello</button>
</main>
<footer>&copy; 2026 &middot; <a href="/contatti">Contatti</a></footer>
""")

# ---------------------------------------------------------------- telehealth with partner pharmacies (9)

p("h14615", "https://evenkeel-health.example/how-it-works/pharmacy-and-delivery", "telehealth", False, "en",
  "telehealth-pharmacy-partner-long", "Pharmacy & delivery: how your prescribed ketamine reaches you | Evenkeel Health", """
<header>
<a class="logo" href="/">Evenkeel Health</a>
<nav><a href="/how-it-works">How it works</a> <a href="/who-we-treat">Who we treat</a> <a href="/clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/safety">Safety</a> <a href="/faq">FAQ</a> <a href="/login">Member login</a> <a class="cta" href="/eligibility">Check eligibility</a></nav>
</header>
<main>
<p class="crumbs"><a href="/how-it-works">How it works</a> / Pharmacy &amp; delivery</p>
<h1>How your medication gets to you</h1>
<p>Evenkeel is a telehealth practice. We never sell medication, and nothing is shipped until one of our licensed clinicians has met you by video, reviewed your medical history and decided that at-home ketamine treatment is appropriate for you. If it is not, we will tell you why and suggest other options.</p>
<h2>1. Your evaluation comes first</h2>
<p>Your first appointment is a 60-minute video visit with a board-certified psychiatrist or psychiatric nurse practitioner licensed in your state. We review your diagnosis, past treatments, blood pressure readings, current medications and any history of psychosis, substance use or heart disease. We may ask for records from your primary care doctor before we decide.</p>
<h2>2. Your prescription goes to our partner pharmacy</h2>
<p>If you are a candidate, your clinician sends an electronic prescription for sublingual ketamine tablets to <b>Harborview Compounding Pharmacy</b>, a 503A pharmacy licensed in all the states where we practice (license numbers are listed on our <a href="/legal/pharmacy-licenses">pharmacy licenses</a> page). The pharmacist checks the prescription against your state's prescription monitoring program before filling it.</p>
<h2>3. Delivery</h2>
<ul>
<li>Your first shipment contains doses for your first four sessions only.</li>
<li>Parcels ship by overnight courier and <b>require an adult signature</b>; they cannot be left at the door.</li>
<li>The outer box is plain, but the pharmacy label inside lists the medication, your name and your prescriber, as the law requires.</li>
<li>We cannot ship to a PO box, a hotel or an address in a state where you were not evaluated.</li>
</ul>
<h2>4. Refills</h2>
<p>Refills are never automatic. Your clinician reviews your mood scores and side-effect reports and meets you again by video before each new supply. If you miss a follow-up, your next shipment is paused.</p>
<h2>What does it cost?</h2>
<p>Membership is $219 per month and includes your visits, integration coaching and messaging with your care team. The pharmacy bills medication separately, usually $45&ndash;$90 per month depending on your dose. Membership can be paid by card, HSA or FSA.</p>
<div class="note"><b>A word of warning:</b> websites that offer ketamine after a short questionnaire, without a live visit, are not a pharmacy service you should trust. If you were never seen by a clinician, do not take medication you received from them.</div>
<p><a class="cta" href="/eligibility">Take the 5-minute eligibility check</a> &ndash; then book your video evaluation.</p>
</main>
<footer>
<p>Evenkeel Health, PC &middot; Medical services provided by licensed clinicians of Evenkeel Medical Group. Not for emergencies &ndash; call or text 988 if you are in crisis.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/hipaa">HIPAA notice</a> &middot; <a href="/terms">Terms</a></p>
</footer>
""", noise="cookie")

p("h14616", "https://steadymind-telepsych.example/pricing", "telehealth", False, "en",
  "telehealth-membership-pricing", "Pricing – SteadyMind Telepsychiatry", """
<header><a href="/">SteadyMind</a> <nav><a href="/ketamine">At-home ketamine</a> <a href="/psychiatry">Psychiatry</a> <a href="/pricing">Pricing</a> <a href="/team">Team</a> <a href="/start">Get started</a></nav></header>
<main>
<h1>Simple, transparent pricing</h1>
<div class="plans">
<div class="plan"><h2>Evaluation</h2><p class="price">$199 one-time</p><p>60-minute video assessment with a psychiatrist. Fully refunded if you are not a candidate for ketamine-assisted treatment.</p><a class="btn" href="/checkout/evaluation">Book evaluation</a></div>
<div class="plan featured"><h2>Ongoing care</h2><p class="price">$279 / month</p><ul><li>Monthly video follow-up with your prescriber</li><li>Two integration sessions with a licensed therapist</li><li>Pre-session blood pressure check-ins in the app</li><li>Secure messaging with your care team</li></ul><a class="btn" href="/checkout/membership">Start membership</a></div>
</div>
<h2>What is not included</h2>
<p>Medication is dispensed by our partner pharmacies and billed by them, not by SteadyMind. Typical cost for prescribed sublingual ketamine is $60&ndash;$110 per month. Pharmacies ship only after your prescriber has sent a prescription, and a signature is required on delivery.</p>
<p>We accept cards, HSA and FSA. We do not accept insurance but can provide a superbill.</p>
<p class="small">Prescribers: Dr. Alicia Moreno, MD (psychiatry, CA, OR, WA); Dr. Kevin Osei, DO (psychiatry, NY, NJ, CT); Lauren Fisk, PMHNP-BC (CO, AZ, NM).</p>
</main>
<footer>&copy; 2026 SteadyMind Medical PC</footer>
""")

p("h14617", "https://lumenwell-care.example/blog/how-to-spot-a-fake-ketamine-pharmacy", "telehealth", False, "en",
  "telehealth-scam-warning-article", "How to spot a fake online ketamine pharmacy | LumenWell Care blog", """
<header><a href="/">LumenWell Care</a> <nav><a href="/treatment">Treatment</a> <a href="/providers">Providers</a> <a href="/blog">Blog</a> <a href="/get-started">Get started</a></nav></header>
<article>
<h1>How to spot a fake online ketamine pharmacy</h1>
<p class="meta">By Dr. Priya Natarajan, MD, Medical Director &middot; November 2026</p>
<p>Every week a patient tells us about a website that offered them ketamine &ldquo;without the hassle&rdquo;. Some look like pharmacies, with seals and five-star reviews. Some even look like us. Here is what separates a real telehealth service from a rogue seller.</p>
<h2>Red flags</h2>
<ul>
<li><b>No live visit.</b> If you can get approved by filling in a form, nobody evaluated you.</li>
<li><b>Payment by crypto, gift cards or Zelle only.</b> Licensed pharmacies take cards and insurance.</li>
<li><b>&ldquo;Discreet&rdquo; or &ldquo;stealth&rdquo; shipping and free reshipping if customs seize the parcel.</b> A lawful pharmacy ships within the country where it is licensed.</li>
<li><b>Injectable vials or powder for home use.</b> No legitimate at-home program ships vials to patients.</li>
<li><b>Spravato for home use.</b> Esketamine nasal spray is only given in certified treatment centres under observation.</li>
</ul>
<h2>How LumenWell works</h2>
<p>Our psychiatrists meet every patient by video before prescribing. Prescriptions go to a state-licensed partner pharmacy, which checks the prescription monitoring database and ships with signature confirmation. You can look up each of our clinicians on their state medical board website, and our pharmacy's license on the board of pharmacy website.</p>
<p><a class="btn" href="/get-started">See if at-home ketamine is right for you</a></p>
</article>
<footer>LumenWell Care &middot; Licensed in 22 states &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h14618", "https://calmcurrent.example/help/shipping", "telehealth", False, "en",
  "telehealth-shipping-faq-plaintext", "Shipping – CalmCurrent Help Center", """
When will my medication ship?
Your prescription is sent to our partner pharmacy, Bayside Specialty Pharmacy (CA license PHY 5xxxx), only after your clinician approves your treatment plan at your video visit. Most orders ship within 2 business days of approval and arrive in 3-5 business days by UPS. An adult signature is required. If nobody is home, UPS will leave a notice; we cannot redirect the parcel to another address. Questions about your shipment? Message your care team in the app.
""", ext="txt")

p("h14619", "https://brightline-virtual-psychiatry.example/esketamine", "telehealth", False, "en",
  "virtual-psychiatry-referral-spravato", "Esketamine (Spravato) through Brightline Virtual Psychiatry", """
<header><a href="/">Brightline Virtual Psychiatry</a> <nav><a href="/services">Services</a> <a href="/esketamine">Esketamine</a> <a href="/insurance">Insurance</a> <a href="/book">Book online</a></nav></header>
<main>
<h1>Esketamine (Spravato) for treatment-resistant depression</h1>
<p>Spravato cannot be mailed to your home and cannot be picked up at a retail pharmacy. It is shipped by a specialty pharmacy directly to a REMS-certified treatment center, where you use it under observation for at least two hours.</p>
<p>Brightline's psychiatrists handle everything that can be done online: a video evaluation to confirm that you meet the criteria, insurance prior authorization, and your ongoing antidepressant management. We then refer you to one of our <a href="/esketamine/partner-sites">partner treatment sites</a> for the in-person sessions and stay in touch with their team.</p>
<h2>Partner sites</h2>
<ul><li>Riverside Interventional Psychiatry &ndash; Columbus, OH</li><li>North Shore Mood Center &ndash; Evanston, IL</li><li>Lakeside Behavioral Health &ndash; Madison, WI</li></ul>
<p>Most commercial plans and Medicare cover Spravato when criteria are met. Our visits are in-network with Aetna, Cigna, BCBS and UnitedHealthcare.</p>
<p><a class="btn" href="/book">Book a video evaluation</a></p>
</main>
<footer>&copy; 2026 Brightline Virtual Psychiatry</footer>
""")

p("h14620", "https://psychiatrie-online-praxis.example/esketamin-behandlung", "telehealth", False, "de",
  "telemedizin-esketamin-ueberweisung", "Esketamin-Behandlung – Online-Psychiatrie Praxis Dr. Hartmann", """
<header><a href="/">Online-Psychiatrie Praxis Dr. med. J. Hartmann</a>
<nav><a href="/leistungen">Leistungen</a> <a href="/videosprechstunde">Videosprechstunde</a> <a href="/esketamin-behandlung">Esketamin</a> <a href="/kosten">Kosten</a> <a href="/termin">Termin buchen</a></nav></header>
<main>
<h1>Esketamin bei therapieresistenter Depression</h1>
<p>Viele Patientinnen und Patienten fragen uns, ob sie Esketamin-Nasenspray online bestellen können. Die Antwort lautet: nein. Esketamin (Spravato&reg;) ist verschreibungspflichtig und wird ausschließlich unter ärztlicher Aufsicht in der Praxis oder Klinik angewendet &ndash; niemals zu Hause. Seiten, die es ohne Rezept per Post verschicken, sind keine Apotheken.</p>
<h2>Was wir online für Sie tun</h2>
<ul>
<li>Ausführliche psychiatrische Abklärung per Videosprechstunde (zertifizierter Videodienstanbieter)</li>
<li>Prüfung der bisherigen Therapieversuche und Befunde</li>
<li>Überweisung an eine unserer Partnerpraxen in Berlin, Hamburg oder München für die Anwendung vor Ort</li>
<li>Weiterbehandlung und Medikamentenkontrolle per Video zwischen den Terminen</li>
</ul>
<p>Rezepte für Ihre übrigen Medikamente stellen wir nach persönlichem Kontakt als E-Rezept aus; Sie lösen es in einer Apotheke Ihrer Wahl ein.</p>
<h2>Kosten</h2>
<p>Gesetzlich Versicherte: Abrechnung über die Krankenkasse. Privatpatienten nach GOÄ.</p>
<p><a class="btn" href="/termin">Videosprechstunde buchen</a></p>
</main>
<footer><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h14621", "https://serenamente-telesalud.example/ketamina-en-casa", "telehealth", False, "es",
  "telesalud-farmacia-asociada", "Tratamiento con ketamina en casa – SerenaMente Telesalud", """
<header><a href="/">SerenaMente Telesalud</a>
<nav><a href="/como-funciona">Cómo funciona</a> <a href="/ketamina-en-casa">Ketamina en casa</a> <a href="/equipo-medico">Equipo médico</a> <a href="/precios">Precios</a> <a href="/empezar">Empezar</a></nav></header>
<main>
<h1>Ketamina sublingual en casa, con seguimiento médico por videollamada</h1>
<p>Atendemos en español a pacientes que viven en Texas, Florida, California, Arizona y Nueva York. Todo empieza con una consulta de 60 minutos por videollamada con un psiquiatra con licencia en su estado.</p>
<h2>Cómo funciona</h2>
<ol>
<li>Cuestionario de elegibilidad (no es una aprobación; solo nos dice si tiene sentido agendar la consulta).</li>
<li>Consulta de evaluación por video con la Dra. Lucía Herrera, MD, o el Dr. Andrés Quintero, MD.</li>
<li>Si el médico lo considera adecuado, envía la receta electrónica a nuestra farmacia asociada con licencia estatal.</li>
<li>La farmacia envía las tabletas a su domicilio; se requiere firma de un adulto al recibir.</li>
<li>Sesiones de seguimiento cada 2&ndash;4 semanas; la farmacia no envía nuevas dosis sin una nueva orden del médico.</li>
</ol>
<h2>Precios</h2>
<p>Consulta inicial: 199 USD. Membresía mensual: 229 USD (incluye consultas y acompañamiento). El medicamento lo cobra la farmacia aparte, normalmente entre 50 y 95 USD al mes.</p>
<p><a class="btn" href="/empezar">Agendar mi consulta</a></p>
</main>
<footer>SerenaMente Telesalud &middot; No atendemos emergencias: llame al 988 o al 911.</footer>
""", noise="cookie-es")

p("h14622", "https://clinique-virtuelle-horizon.example/programme-ketamine/pharmacie-partenaire", "telehealth", False, "fr",
  "clinique-virtuelle-pharmacie-partenaire", "Pharmacie partenaire – Programme kétamine | Clinique virtuelle Horizon", """
<header><a href="/">Clinique virtuelle Horizon</a>
<nav><a href="/programme-kétamine">Programme kétamine</a> <a href="/équipe">Équipe</a> <a href="/tarifs">Tarifs</a> <a href="/faq">FAQ</a> <a href="/rendez-vous">Prendre rendez-vous</a></nav></header>
<main>
<h1>Comment votre ordonnance est-elle exécutée&nbsp;?</h1>
<p>La Clinique virtuelle Horizon offre des consultations de psychiatrie en vidéo aux adultes résidant au Québec et au Nouveau-Brunswick. Nous ne vendons aucun médicament.</p>
<p>Après une évaluation d'une heure en visioconférence avec l'un de nos psychiatres (membres du Collège des médecins du Québec), et seulement si le traitement est jugé approprié, l'ordonnance de kétamine est transmise directement à notre pharmacie partenaire, la Pharmacie Saint-Laurent (propriétaire&nbsp;: Mme Claire Dubé, pharmacienne). La pharmacienne vous appelle avant le premier envoi pour vérifier vos autres médicaments.</p>
<ul>
<li>Livraison par messager, en mains propres, sur présentation d'une pièce d'identité.</li>
<li>Quantité limitée à deux semaines de traitement par envoi.</li>
<li>Aucun renouvellement sans nouvelle consultation vidéo.</li>
</ul>
<p>Vous préférez une pharmacie près de chez vous&nbsp;? C'est possible, à condition qu'elle accepte de préparer la kétamine magistrale.</p>
<p><a class="btn" href="/rendez-vous">Prendre rendez-vous pour une évaluation</a></p>
</main>
<footer>© 2026 Clinique virtuelle Horizon &middot; <a href="/confidentialité">Confidentialité</a></footer>
""", noise="cookie-fr")

p("h14623", "https://psiquiatria-teleconsulta.example/escetamina", "telehealth", False, "pt",
  "teleconsulta-escetamina-clinica-parceira", "Escetamina (Spravato) – Teleconsulta em Psiquiatria | Mente Viva", """
<header><a href="/">Mente Viva &ndash; Psiquiatria por Teleconsulta</a>
<nav><a href="/como-funciona">Como funciona</a> <a href="/escetamina">Escetamina</a> <a href="/medicos">Nossos médicos</a> <a href="/agendar">Agendar</a></nav></header>
<main>
<h1>Tratamento com escetamina: onde entra a teleconsulta</h1>
<p>A escetamina em spray nasal não é vendida em farmácia comum nem entregue em casa. A aplicação é feita em clínica, com monitorização por pelo menos duas horas. Desconfie de perfis e sites que oferecem o spray &ldquo;sem receita&rdquo; com entrega pelos Correios.</p>
<p>Na Mente Viva, a avaliação psiquiátrica completa é feita por teleconsulta com médicos com CRM ativo e RQE em Psiquiatria. Quando a indicação é confirmada, encaminhamos você para uma clínica parceira em São Paulo, Campinas ou Belo Horizonte, e acompanhamos o tratamento por vídeo entre as sessões.</p>
<p>Consulta de avaliação: R$ 480. Retornos: R$ 320. Parcelamos em até 3x no cartão.</p>
<p><a class="btn" href="/agendar">Agendar teleconsulta</a></p>
</main>
<footer>Mente Viva Serviços Médicos Ltda. &middot; Responsável técnico: Dr. Rafael Lins, CRM-SP 000000</footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics with dispensing / hospital pharmacy (8)

p("h14624", "https://stmarys-regional-health.example/departments/pharmacy/outpatient-pharmacy/spravato", "clinic", False, "en",
  "hospital-pharmacy-page-long", "Spravato (esketamine) and the Outpatient Pharmacy | St. Mary's Regional Health", """
<header>
<div class="util"><a href="/mychart">MyChart</a> | <a href="/pay-bill">Pay a bill</a> | <a href="/careers">Careers</a> | <a href="/give">Give</a> | <a href="/es">Español</a></div>
<a class="logo" href="/">St. Mary's Regional Health</a>
<nav><a href="/find-a-doctor">Find a Doctor</a> <a href="/locations">Locations</a> <a href="/departments">Departments &amp; Services</a> <a href="/patients-visitors">Patients &amp; Visitors</a> <a href="/departments/pharmacy">Pharmacy</a></nav>
</header>
<div class="layout">
<aside class="subnav"><h4>Pharmacy Services</h4>
<a href="/departments/pharmacy/outpatient-pharmacy">Outpatient Pharmacy</a> <a href="/departments/pharmacy/specialty-pharmacy">Specialty Pharmacy</a> <a href="/departments/pharmacy/meds-to-beds">Meds to Beds</a> <a href="/departments/pharmacy/refills">Refill a Prescription</a> <a href="/departments/pharmacy/residency">Pharmacy Residency</a></aside>
<main>
<h1>Spravato (esketamine) at St. Mary's</h1>
<p>Spravato is given only in the <a href="/departments/behavioral-health/interventional-psychiatry">Interventional Psychiatry Clinic</a> (Building C, 3rd floor), which is certified under the Spravato REMS program. Our Specialty Pharmacy orders and stores the medication for the clinic.</p>
<h2>Can I pick up Spravato at the Outpatient Pharmacy?</h2>
<p>No. Federal safety rules do not allow Spravato to be dispensed to patients to take home. Your devices are delivered from our Specialty Pharmacy to the clinic, and a nurse observes you while you use them and for at least two hours afterwards.</p>
<h2>Insurance and cost</h2>
<p>Our Specialty Pharmacy team handles prior authorization with your insurer and can enroll you in the manufacturer's savings program if you have commercial insurance. You will receive two bills: one for the medication and one for the clinic visit and monitoring. Questions: Specialty Pharmacy, 555-0139, Monday&ndash;Friday 8 am&ndash;5 pm.</p>
<h2>What about ketamine?</h2>
<p>Our Interventional Psychiatry Clinic also provides IV ketamine infusions for selected patients after a consultation. Ketamine for depression is not stocked at the Outpatient Pharmacy for home use.</p>
<h2>Hours</h2>
<table><tr><td>Outpatient Pharmacy (Main lobby)</td><td>Mon&ndash;Fri 7 am&ndash;9 pm, Sat&ndash;Sun 9 am&ndash;5 pm</td></tr>
<tr><td>Specialty Pharmacy</td><td>Mon&ndash;Fri 8 am&ndash;5 pm</td></tr></table>
<p><a class="btn" href="/departments/behavioral-health/interventional-psychiatry/request-appointment">Request a referral to Interventional Psychiatry</a></p>
</main>
</div>
<footer><p>St. Mary's Regional Health &middot; 1200 Riverside Drive &middot; <a href="/nondiscrimination">Nondiscrimination notice</a> &middot; <a href="/price-transparency">Price transparency</a></p></footer>
""", noise="cookie")

p("h14625", "https://clearpath-ketamine-infusions.example/services/in-office-dispensary", "clinic", False, "en",
  "infusion-clinic-in-house-dispensing", "In-Office Dispensary & Maintenance Troches | ClearPath Ketamine Infusions", """
<header><a href="/">ClearPath Ketamine Infusions</a>
<div class="phone">Call (555) 0188 &middot; Scottsdale &amp; Tempe</div>
<nav><a href="/services/iv-ketamine">IV Ketamine</a> <a href="/services/spravato">Spravato</a> <a href="/services/in-office-dispensary">Dispensary</a> <a href="/pricing">Pricing</a> <a href="/about">About</a> <a class="cta" href="/book">Book now</a></nav></header>
<main>
<h1>Our in-office dispensary</h1>
<p>Some patients who respond well to their initial series of six IV infusions benefit from low-dose sublingual ketamine between booster infusions. When Dr. Sandra Kim decides this is appropriate, we dispense it directly from our in-office dispensary at your follow-up visit, so you do not need to go to an outside pharmacy.</p>
<ul>
<li>Dispensed in person only, at the clinic, after a follow-up exam and blood pressure check.</li>
<li>Maximum 30-day supply; we never mail ketamine.</li>
<li>Every dispense is recorded in the Arizona Controlled Substances Prescription Monitoring Program.</li>
<li>Stored in a locked safe; unused doses can be returned to us for disposal.</li>
</ul>
<h2>Packages &amp; prices</h2>
<table>
<tr><td>Initial consultation</td><td>$150 (credited to your first infusion)</td></tr>
<tr><td>Single IV infusion (40 min)</td><td>$495</td></tr>
<tr><td>Series of 6 infusions</td><td>$2,600 &ndash; save $370</td></tr>
<tr><td>Booster infusion</td><td>$450</td></tr>
<tr><td>Maintenance troches (30-day supply, dispensed at visit)</td><td>$95</td></tr>
</table>
<p>We accept cards, HSA/FSA and CareCredit financing. Gift cards available for loved ones.</p>
<p><a class="btn" href="/book">Book your consultation</a></p>
</main>
<footer>ClearPath Ketamine Infusions, PLLC &middot; 7400 E. Main St, Scottsdale, AZ</footer>
""")

p("h14626", "https://harborlight-mood-center.example/spravato/pharmacy-and-insurance", "clinic", False, "en",
  "rems-centre-buy-and-bill", "Spravato: pharmacy & insurance – Harborlight Mood Center", """
<header><a href="/">Harborlight Mood Center</a> <nav><a href="/spravato">Spravato</a> <a href="/tms">TMS</a> <a href="/medication-management">Medication management</a> <a href="/new-patients">New patients</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>How Spravato gets to our center</h1>
<p>Harborlight is a REMS-certified Spravato treatment center. There are two ways your medication can reach us, and our benefits team picks the one your insurer requires:</p>
<h2>1. Buy and bill</h2>
<p>We purchase Spravato from an authorized distributor, keep it in our locked medication room and bill your medical insurance for the medication and the session together.</p>
<h2>2. Specialty pharmacy</h2>
<p>Some plans require a specialty pharmacy. The pharmacy bills your pharmacy benefit and ships the devices <b>to Harborlight, labelled with your name</b> &ndash; never to your home. We hold them until your appointment.</p>
<p>Either way, you self-administer the spray in our treatment room, a nurse checks your blood pressure before and after, and you stay with us for at least two hours. You will need a ride home.</p>
<p>Expected out-of-pocket cost depends on your plan. Commercial patients may qualify for the manufacturer's savings program.</p>
<p><a class="btn" href="/new-patients">Schedule your intake</a></p>
</main>
<footer>&copy; 2026 Harborlight Mood Center &middot; Portland, ME</footer>
""")

p("h14627", "https://willowgrove-kap.example/faq/medication", "clinic", False, "en",
  "kap-practice-faq-short", "Medication FAQ – Willow Grove Ketamine-Assisted Psychotherapy", """
<header><a href="/">Willow Grove KAP</a> <nav><a href="/approach">Approach</a> <a href="/team">Team</a> <a href="/faq">FAQ</a> <a href="/contact">Contact</a></nav></header>
<main>
<h2>Do I get ketamine to take home?</h2>
<p>No. In our practice ketamine lozenges are given to you in the session room by our nurse practitioner, Jenna Alvarez, PMHNP, and you take them there, with your therapist present. We do not mail medication or send prescriptions to online pharmacies.</p>
<h2>What does a session cost?</h2>
<p>Preparation session $220; medicine session (3 hours, includes medication) $640; integration session $180.</p>
</main>
""")

p("h14628", "https://lakeshore-pain-institute.example/patients/refill-policy", "clinic", False, "en",
  "pain-clinic-refill-notice-plaintext", "Refill policy – Lakeshore Pain Institute", """
Refill policy for compounded ketamine nasal spray and cream
Lakeshore Pain Institute prescribes compounded ketamine only to established patients of our pain physicians. Refills are authorized at an in-person follow-up visit, at least every 90 days, and require a current signed opioid and controlled-medication agreement and a urine drug screen. Prescriptions are sent to our in-building pharmacy or a compounding pharmacy of your choice; we do not fax prescriptions to online pharmacies outside Illinois. Please allow 3 business days for refill requests submitted through the patient portal.
""", ext="txt")

p("h14629", "https://hospitaluniversitario-levante.example/servicios/farmacia-hospitalaria/esketamina", "clinic", False, "es",
  "servicio-farmacia-hospitalaria", "Esketamina – Servicio de Farmacia Hospitalaria | Hospital Universitario de Levante", """
<header><div class="util"><a href="/cita-previa">Cita previa</a> | <a href="/portal-paciente">Portal del paciente</a> | <a href="/trabaja">Trabaja con nosotros</a></div>
<a href="/" class="logo">Hospital Universitario de Levante</a>
<nav><a href="/servicios">Servicios</a> <a href="/profesionales">Profesionales</a> <a href="/pacientes">Pacientes y visitas</a> <a href="/investigacion">Investigación</a></nav></header>
<main>
<p class="crumbs">Inicio &rsaquo; Servicios &rsaquo; Farmacia Hospitalaria &rsaquo; Esketamina</p>
<h1>Información para pacientes: esketamina (Spravato&reg;)</h1>
<p>La esketamina en solución para pulverización nasal es un medicamento de uso hospitalario. En nuestro hospital la prescribe el Servicio de Psiquiatría y la dispensa el Servicio de Farmacia Hospitalaria directamente al <b>Hospital de Día de Psiquiatría</b>, donde usted se la administra en presencia del personal de enfermería.</p>
<ul>
<li>No se dispensa en la Unidad de Pacientes Externos ni en farmacias comunitarias.</li>
<li>Tras cada administración permanecerá en observación un mínimo de dos horas.</li>
<li>No conduzca ni maneje maquinaria hasta el día siguiente.</li>
</ul>
<p>Si tiene dudas sobre su tratamiento, puede contactar con la Unidad de Atención Farmacéutica a Pacientes Externos (planta baja, edificio B) de lunes a viernes de 8:30 a 14:30, o por teléfono en el 960 000 512.</p>
<p>Recuerde: la esketamina y la ketamina que se ofrecen en internet sin receta no tienen garantía de calidad y su compra es ilegal.</p>
</main>
<footer>Hospital Universitario de Levante &middot; Avda. del Mediterráneo s/n</footer>
""", noise="cookie-es")

p("h14630", "https://centrodepressione-bergamo.example/esketamina", "clinic", False, "it",
  "ambulatorio-esketamina", "Esketamina spray nasale – Centro per la Depressione Resistente, Bergamo", """
<header><a href="/">Centro per la Depressione Resistente</a>
<nav><a href="/chi-siamo">Chi siamo</a> <a href="/trattamenti">Trattamenti</a> <a href="/esketamina">Esketamina</a> <a href="/costi">Costi</a> <a href="/prenota">Prenota una visita</a></nav></header>
<main>
<h1>Trattamento con esketamina spray nasale</h1>
<p>Il nostro ambulatorio è autorizzato alla somministrazione di esketamina (Spravato&reg;) per la depressione resistente. Il farmaco viene fornito dalla farmacia ospedaliera convenzionata e conservato in ambulatorio: non viene mai consegnato al paziente da portare a casa.</p>
<h2>Come si svolge una seduta</h2>
<p>Misurazione della pressione, autosomministrazione del farmaco sotto la supervisione dello psichiatra, osservazione per almeno due ore. È necessario un accompagnatore per il ritorno a casa.</p>
<h2>Costi</h2>
<p>Prima visita psichiatrica: 180 &euro;. Seduta di somministrazione in regime privato: 250 &euro; (farmaco escluso). Per i pazienti in regime SSN il farmaco è a carico del Servizio Sanitario Nazionale secondo i criteri AIFA.</p>
<p><a class="btn" href="/prenota">Prenota una prima visita</a> &middot; Tel. 035 000 219 &middot; WhatsApp solo per appuntamenti</p>
</main>
<footer>Centro per la Depressione Resistente S.r.l. &middot; Direttore sanitario: Dott.ssa M. Ferri</footer>
""")

p("h14631", "https://praxis-ketamin-muenchen.example/ketamin-infusion/kosten", "clinic", False, "de",
  "privatpraxis-infusion-preise", "Kosten Ketamin-Infusion – Privatpraxis für Psychiatrie München", """
<header><a href="/">Privatpraxis für Psychiatrie und Psychotherapie &ndash; München-Schwabing</a>
<nav><a href="/ketamin-infusion">Ketamin-Infusion</a> <a href="/esketamin">Esketamin</a> <a href="/ketamin-infusion/kosten">Kosten</a> <a href="/team">Team</a> <a href="/termin">Termin online buchen</a></nav></header>
<main>
<h1>Was kostet eine Ketamin-Behandlung?</h1>
<p>Die Infusionen finden in unseren Praxisräumen statt. Ketamin wird von der Apotheke direkt an die Praxis geliefert, im Betäubungsmittelschrank gelagert und nur hier verabreicht. Eine Abgabe zur Einnahme zu Hause ist nicht möglich.</p>
<table>
<tr><td>Erstgespräch mit Diagnostik (60 Min.)</td><td>ca. 200 &euro;</td></tr>
<tr><td>Ketamin-Infusion inkl. Überwachung (ca. 2 Std.)</td><td>390 &euro;</td></tr>
<tr><td>Paket: 6 Infusionen in 3 Wochen</td><td>2.190 &euro;</td></tr>
<tr><td>Auffrischungsinfusion</td><td>390 &euro;</td></tr>
</table>
<p>Abrechnung nach GOÄ. Private Krankenversicherungen erstatten die Kosten teilweise; bitte klären Sie dies vorab. Gesetzlich Versicherte zahlen als Selbstzahler.</p>
<p><a class="btn" href="/termin">Erstgespräch online buchen</a></p>
</main>
<footer><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

# ---------------------------------------------------------------- informational: real pharmacies, regulators, references (9)

p("h14632", "https://westbrook-compounding.example/services/ketamine-compounding", "informational", False, "en",
  "licensed-compounding-pharmacy-long", "Ketamine Compounding for Prescribers & Patients | Westbrook Compounding Pharmacy", """
<header>
<div class="topbar">Mon&ndash;Fri 9&ndash;6, Sat 9&ndash;1 &middot; (555) 0162 &middot; Fax for prescribers (555) 0163</div>
<a class="logo" href="/">Westbrook Compounding Pharmacy <small>PCAB-accredited &middot; Licensed in OR, WA, ID, CA, NV</small></a>
<nav><a href="/services">Services</a> <a href="/prescribers">For Prescribers</a> <a href="/patients">For Patients</a> <a href="/veterinary">Veterinary</a> <a href="/refills">Refill</a> <a href="/about">About</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<h1>Ketamine compounding</h1>
<p>Westbrook prepares ketamine dosage forms that are not commercially available, for patients whose clinicians have determined that they need them. We compound in a USP &lt;795&gt; compliant facility and test every batch of troches for potency.</p>
<h2>Dosage forms we prepare</h2>
<ul>
<li>Rapid-dissolve tablets and troches (sublingual)</li>
<li>Nasal spray (metered pump)</li>
<li>Topical cream and gel for neuropathic pain, alone or in combination</li>
<li>Oral solution</li>
</ul>
<h2>Prescription required &ndash; always</h2>
<p>Ketamine is a Schedule III controlled substance. We fill it <b>only</b> on a valid prescription from a prescriber with an active DEA registration, issued after a legitimate patient&ndash;prescriber relationship. We check every prescription against the state prescription monitoring program. We do not accept orders from patients without a prescription, from &ldquo;questionnaire&rdquo; websites, or from outside the states where we are licensed.</p>
<h2>For prescribers</h2>
<p>Send prescriptions electronically (EPCS) to Westbrook Compounding Pharmacy, NCPDP 38xxxxx. Our pharmacists are happy to discuss strengths, bases and flavors. <a href="/prescribers/formulas">Request our formulary</a>.</p>
<h2>For patients</h2>
<p>Pick up at our pharmacy or choose delivery within Oregon and Washington (signature required). Most compounded ketamine is not covered by insurance; we will give you a price quote before filling. Typical prices: troches, 30 count, $65&ndash;$110 depending on strength.</p>
<h2>Telehealth patients</h2>
<p>We work with several telehealth practices. If your telehealth clinician prescribes ketamine, they may send it to us as long as you live in a state where we are licensed.</p>
</main>
<footer>
<p>Westbrook Compounding Pharmacy, Inc. &middot; 1845 SW Alder St &middot; Oregon Board of Pharmacy license RP-0xxxxx &middot; <a href="/privacy">Notice of Privacy Practices</a></p>
</footer>
""", noise="cookie")

p("h14633", "https://pharmacy-board.state.example/consumers/alerts/2026-11-rogue-online-pharmacies-ketamine", "informational", False, "en",
  "board-of-pharmacy-consumer-alert", "Consumer Alert: Rogue Online Pharmacies Offering Ketamine and Esketamine | State Board of Pharmacy", """
<header><a href="/">State Board of Pharmacy</a> <nav><a href="/licensees">Licensees</a> <a href="/consumers">Consumers</a> <a href="/verify">Verify a License</a> <a href="/complaints">File a Complaint</a> <a href="/laws">Laws &amp; Rules</a></nav></header>
<main>
<p class="date">Issued November 18, 2026</p>
<h1>Consumer Alert: rogue online pharmacies offering ketamine and esketamine</h1>
<p>The Board has received complaints about websites that claim to be pharmacies and offer ketamine injection, ketamine troches, and esketamine (Spravato) nasal spray without a prescription or after a short online questionnaire. Several of these sites display the seals of verification programs they do not belong to, claim to be &ldquo;Canadian&rdquo; while shipping from other countries, and ask for payment in cryptocurrency or gift cards.</p>
<h2>What you should know</h2>
<ul>
<li>Ketamine is a Schedule III controlled substance. A pharmacy may dispense it only on a valid prescription issued for a legitimate medical purpose.</li>
<li>Spravato is restricted under a REMS program and may be used only in a certified healthcare setting. No pharmacy may ship it to your home.</li>
<li>Products from these sites may be counterfeit, contaminated, or the wrong strength.</li>
</ul>
<h2>How to check an online pharmacy</h2>
<ol>
<li>Use our <a href="/verify">license lookup</a> to confirm the pharmacy is licensed in this state.</li>
<li>Make sure it requires a prescription from your own prescriber and has a licensed pharmacist you can talk to.</li>
<li>Check that it lists a physical U.S. address.</li>
</ol>
<p>To report a website, use our <a href="/complaints">complaint form</a> or contact the FDA's MedWatch program.</p>
</main>
<footer>State Board of Pharmacy &middot; Official government website</footer>
""")

p("h14634", "https://safemeds-verify.example/not-recommended/search?q=ketamine", "informational", False, "en",
  "verification-programme-listing-nav-heavy", "Not Recommended Sites – search results for “ketamine” | SafeMeds Verify", """
<header><a href="/">SafeMeds Verify</a> <span>An independent pharmacy verification program</span>
<nav><a href="/verify">Verify a website</a> <a href="/accredited">Accredited pharmacies</a> <a href="/not-recommended">Not recommended sites</a> <a href="/criteria">Our criteria</a> <a href="/report">Report a site</a> <a href="/for-pharmacies">Apply for accreditation</a></nav></header>
<main>
<h1>Not Recommended Sites</h1>
<p>Sites on this list were found not to comply with our standards or with applicable laws. Do not buy from them. <a href="/criteria">Why a site is listed</a>.</p>
<form action="/not-recommended/search"><input name="q" value="ketamine"><button>Search</button></form>
<p>23 results for &ldquo;ketamine&rdquo;</p>
<table>
<tr><th>Website</th><th>Reason(s)</th><th>Listed</th></tr>
<tr><td>northstar-canadian-drugstore.example</td><td>Dispenses controlled substances without a valid prescription; displays unauthorized seals</td><td>2026-10-02</td></tr>
<tr><td>curewell-meds.example</td><td>Prescription issued by online questionnaire; foreign shipping</td><td>2026-09-14</td></tr>
<tr><td>ketamart-rx.example</td><td>Offers ketamine without prescription; cryptocurrency payment</td><td>2026-08-30</td></tr>
<tr><td>globalcare-pharmacy.example</td><td>No valid license; no pharmacist available</td><td>2026-07-11</td></tr>
<tr><td>pharmazen-direct.example</td><td>Controlled substances without prescription</td><td>2026-06-21</td></tr>
</table>
<p class="pager"><a href="?q=ketamine&amp;page=2">Next &rsaquo;</a></p>
<aside><h3>Is a pharmacy safe?</h3><p>Look for the SafeMeds seal and click it: a real seal links back to the pharmacy's page on our site.</p></aside>
</main>
<footer><a href="/about">About</a> &middot; <a href="/press">Press</a> &middot; <a href="/contact">Contact</a></footer>
""")

p("h14635", "https://rxreference.example/monographs/esketamine-nasal-spray", "informational", False, "en",
  "drug-reference-monograph", "Esketamine Nasal Spray: Dosage, Warnings, REMS | RxReference", """
<nav><a href="/">RxReference</a> &rsaquo; <a href="/monographs">Drugs A&ndash;Z</a> &rsaquo; <a href="/monographs/e">E</a> &rsaquo; Esketamine</nav>
<main>
<h1>Esketamine (nasal)</h1>
<p class="pron">Brand name: Spravato &middot; Drug class: NMDA receptor antagonist &middot; CSA schedule: III</p>
<h2>Uses</h2>
<p>Treatment-resistant depression in adults, in conjunction with an oral antidepressant; depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behavior.</p>
<h2>Dosage</h2>
<p>Induction (weeks 1&ndash;4): 56 mg on day 1, then 56 mg or 84 mg twice weekly. Maintenance (weeks 5&ndash;8): 56 or 84 mg once weekly; week 9 onward: every week or every 2 weeks. Each device delivers 28 mg in two sprays.</p>
<h2>Boxed warning</h2>
<p>Sedation, dissociation, respiratory depression, abuse and misuse, suicidal thoughts and behaviors. Available only through a restricted program (REMS).</p>
<h2>How supplied</h2>
<p>Nasal spray device, 28 mg; packs of 1, 2 (56 mg) and 3 (84 mg) devices. Dispensed only to certified healthcare settings; not dispensed directly to patients.</p>
<h2>Interactions</h2>
<p>CNS depressants, psychostimulants and MAOIs may increase effects on sedation or blood pressure.</p>
</main>
<footer>RxReference is for information only and does not replace professional advice.</footer>
""")

p("h14636", "https://dailysentinel-news.example/investigations/2026/12/we-bought-ketamine-from-online-pharmacies", "informational", False, "en",
  "news-investigation-excerpt-plaintext", "We ordered ketamine from 'online pharmacies'. Here's what showed up.", """
We ordered ketamine from "online pharmacies". Here's what showed up.
By Megan Ortiz, Daily Sentinel | December 4, 2026

Over three months, Sentinel reporters placed orders with eight websites that describe themselves as licensed pharmacies and offer ketamine or esketamine without a prescription. None asked for one. Two sent a "medical questionnaire" that approved our fictional patient within minutes, even though we said he had a history of psychosis.

Prices ranged from $39 for a 10 ml vial of ketamine on a site called PharmaZen Direct to $289 for a single Spravato device at NorthStar Canadian Drugstore, which displayed a verification seal it is not entitled to use. Four sites asked us to pay in bitcoin; one asked for Apple gift cards. Six parcels arrived, in unmarked envelopes from India, Turkey and Poland. Lab tests commissioned by the paper found that two "Spravato" devices contained no esketamine at all and one vial held less than half the labeled dose.

"These are not pharmacies, they are drug sellers with a pharmacy logo," said the executive director of the state Board of Pharmacy. Legitimate at-home ketamine, she noted, is only prescribed after a live evaluation and shipped by a licensed pharmacy with signature confirmation.
""", ext="txt")

p("h14637", "https://depressionsupport-forum.example/t/is-curewell-meds-legit-spravato-no-prescription/48213", "informational", False, "en",
  "forum-thread-warnings", "Is CureWell Meds legit? Spravato with no prescription? – Depression Support Forum", """
<header><a href="/">Depression Support Forum</a> <nav><a href="/latest">Latest</a> <a href="/c/treatments">Treatments</a> <a href="/c/ketamine-esketamine">Ketamine &amp; Esketamine</a> <a href="/guidelines">Guidelines</a> <a href="/login">Log in</a></nav></header>
<main>
<h1>Is CureWell Meds legit? Spravato with no prescription?</h1>
<div class="post"><b>lowtide_88</b> &middot; 3d<p>My psychiatrist says the waiting list for the Spravato clinic is 5 months. I found a site, curewell-meds, that sells it for about &euro;240 a device and says their doctor writes the prescription from a checkout form. They want bank transfer or bitcoin. Has anyone ordered? Is it real?</p></div>
<div class="post"><b>Marisol_K</b> &middot; 3d<p>Please don't. Real Spravato isn't sold to patients anywhere, it's only given in the clinic because of the blood pressure spikes and dissociation. A site that mails it to you is by definition not a real pharmacy.</p></div>
<div class="post"><b>quietpines</b> (moderator) &middot; 2d<p>Reminder of forum rule 4: no links to sellers and no sourcing. I removed the link from the first post. There's a pinned thread on how to check a pharmacy license and on finding certified treatment centres. Also ask your psychiatrist about IV ketamine or a telehealth program with a proper video evaluation while you wait.</p></div>
<div class="post"><b>lowtide_88</b> &middot; 2d<p>Thanks. I looked them up on SafeMeds Verify and they're on the not-recommended list. Glad I asked.</p></div>
</main>
<footer>Not medical advice. In crisis? Call or text 988.</footer>
""")

p("h14638", "https://sante-medicaments-regulateur.example/achat-de-medicaments-sur-internet/ketamine", "informational", False, "fr",
  "regulateur-mise-en-garde", "Achat de médicaments sur internet : mise en garde concernant la kétamine et l'eskétamine", """
<header><a href="/">Agence nationale de sécurité des médicaments (site de démonstration)</a>
<nav><a href="/actualites">Actualités</a> <a href="/medicaments">Médicaments</a> <a href="/declarer-un-effet-indesirable">Déclarer un effet indésirable</a> <a href="/achat-de-medicaments-sur-internet">Achat sur internet</a></nav></header>
<main>
<h1>Kétamine et eskétamine vendues sur internet : ne prenez pas de risque</h1>
<p>Nous avons identifié plusieurs sites se présentant comme des «&nbsp;pharmacies en ligne&nbsp;» qui proposent de la kétamine injectable ou de l'eskétamine en pulvérisation nasale sans ordonnance, avec paiement en coupons prépayés ou en cryptomonnaie et livraison «&nbsp;discrète&nbsp;».</p>
<h2>Ce que dit la loi</h2>
<p>En France, seules les pharmacies d'officine autorisées peuvent vendre des médicaments en ligne, et uniquement des médicaments non soumis à prescription. La kétamine est classée comme stupéfiant et l'eskétamine (Spravato&reg;) est réservée à l'usage hospitalier. Aucun site internet ne peut légalement vous les vendre.</p>
<h2>Comment reconnaître un site autorisé&nbsp;?</h2>
<ul>
<li>Le logo commun européen figure sur chaque page et renvoie vers la liste officielle tenue par l'Ordre des pharmaciens.</li>
<li>Le site est rattaché à une pharmacie physique dont le nom et l'adresse sont indiqués.</li>
</ul>
<p>Si vous avez acheté un tel produit, ne l'utilisez pas et parlez-en à votre médecin ou à votre pharmacien. Vous pouvez signaler le site sur la plateforme officielle de signalement des contenus illicites.</p>
</main>
<footer>Dernière mise à jour : 2 décembre 2026</footer>
""", noise="cookie-fr")

p("h14639", "https://autoridade-medicamento.example/cidadaos/compras-online/cetamina", "informational", False, "pt",
  "regulador-pt-aviso", "Compra de medicamentos online: alerta sobre cetamina e escetamina", """
<header><a href="/">Autoridade Nacional do Medicamento (demonstração)</a>
<nav><a href="/cidadaos">Cidadãos</a> <a href="/profissionais">Profissionais</a> <a href="/farmacias-online-autorizadas">Farmácias online autorizadas</a> <a href="/alertas">Alertas</a></nav></header>
<main>
<h1>Alerta: venda ilegal de cetamina e escetamina na internet</h1>
<p>Têm sido detetados sítios que se apresentam como farmácias e que vendem cetamina injetável e escetamina em spray nasal sem receita médica, com envio por correio e pagamento por transferência, MB WAY ou criptomoedas.</p>
<p>A cetamina é uma substância controlada e a escetamina é um medicamento de uso exclusivo hospitalar. Nenhuma farmácia ou local de venda online está autorizado a vendê-las ao público.</p>
<h2>Como verificar</h2>
<p>Confirme se o sítio tem o logótipo comum europeu e se consta da <a href="/farmacias-online-autorizadas">lista de farmácias e locais de venda autorizados</a>. Em caso de dúvida, não compre e denuncie o sítio através do formulário disponível nesta página.</p>
</main>
<footer>Última atualização: novembro de 2026</footer>
""", noise="cookie-pt")

p("h14640", "https://apotheek-de-linde.example/veelgestelde-vragen/ketamine-esketamine", "informational", False, "nl",
  "openbare-apotheek-alleen-op-recept", "Ketamine en esketamine – Veelgestelde vragen | Apotheek De Linde", """
<header><a href="/">Apotheek De Linde</a> <span>Uw apotheek in Utrecht-Oost &middot; ook online</span>
<nav><a href="/herhaalrecept">Herhaalrecept</a> <a href="/webwinkel">Webwinkel (zelfzorg)</a> <a href="/openingstijden">Openingstijden</a> <a href="/veelgestelde-vragen">Veelgestelde vragen</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Kan ik ketamine of esketamine bij jullie bestellen?</h1>
<p>Nee, niet via onze webwinkel. In de webwinkel verkopen we alleen zelfzorgmiddelen. Ketamine valt onder de Opiumwet en wordt alleen geleverd op recept van een arts, bijvoorbeeld als magistrale bereiding voor pijnbestrijding. U haalt het dan op bij de apotheek, na een gesprek met de apotheker.</p>
<p>Esketamine-neusspray (Spravato&reg;) wordt niet door openbare apotheken aan patiënten meegegeven. Het middel wordt toegediend in het ziekenhuis of de ggz-instelling, onder toezicht.</p>
<p>Ziet u een website die ketamine of esketamine zonder recept verkoopt? Controleer dan of de site het Europese logo heeft en in het register van de overheid staat. Zo niet, koop dan niets.</p>
<p>Vragen? Bel ons tijdens openingstijden op 030 000 0419.</p>
</main>
<footer>Apotheek De Linde &middot; BIG-geregistreerde apothekers &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie-nl")

save(OUT, R)
