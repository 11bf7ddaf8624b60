# Batch 141 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Esketamine and the nasal spray". Pages about Spravato/esketamine and ketamine nasal sprays:
# sellers of "Spravato", generic esketamine or compounded ketamine sprays without a prescription or
# for home use (shop product pages, an exporter, a questionnaire-only "telehealth" front, a research
# analogue spray, a Telegram bio, an affiliate doorway, a classified listing, a bot-check wall, an
# Italian seller blog post, a vet-ketamine + empty spray bottle kit); REMS-certified treatment centres,
# hospital departments and clinics giving esketamine under observation; telehealth and virtual
# psychiatry services that evaluate by video and refer for esketamine or prescribe compounded sprays
# through a licensed pharmacy; informational pages (regulator, insurer policy, drug monograph, news
# quoting vendor prices, patient forum, prescription-only compounding pharmacy, package leaflet,
# harm-reduction page, Portuguese news).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), medium pages, short
# pages, navigation-heavy pages, partial pages, a bot-check wall (url-only) and a few plain-text
# excerpts (ext="txt").
# Author: independent. Date: 2026-12-07.
# Run: python3 batch141.py (writes batch141/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch141")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h14101", "https://nasalcarepharma-direct.example/product/spravato-56mg-nasal-spray-kit", "seller", True, "en",
  "shop-product-page-long-chrome", "Spravato 56 mg Nasal Spray Kit (2 x 28 mg devices) | NasalCare Pharma Direct", """
<header class="site-header">
<div class="promo-strip">Worldwide tracked delivery &middot; 10% off every order paid in Bitcoin or USDT &middot; Reship guarantee if customs holds your parcel</div>
<a class="logo" href="/">NasalCare <b>Pharma Direct</b></a>
<form class="search" action="/search"><input name="q" placeholder="Search medicines..."><button>Go</button></form>
<nav class="main-nav">
<a href="/category/depression">Depression</a> <a href="/category/anxiety">Anxiety</a> <a href="/category/pain">Pain</a>
<a href="/category/nasal-sprays">Nasal Sprays</a> <a href="/category/sleep">Sleep</a> <a href="/bestsellers">Bestsellers</a>
<a href="/track-order">Track order</a> <a href="/account">My account</a> <a href="/cart" class="cart">Cart (0) &ndash; $0.00</a>
</nav>
</header>
<main>
<p class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/category/depression">Depression</a> &rsaquo; Spravato 56 mg Nasal Spray Kit</p>
<div class="product-grid">
<div class="product-images"><img src="/uploads/2026/03/spravato-kit-box.webp" alt="Spravato esketamine nasal spray box with two devices"><img src="/uploads/2026/03/spravato-device.webp" alt="single nasal spray device"></div>
<div class="product-info">
<h1>Spravato (Esketamine) 56 mg Nasal Spray Kit</h1>
<div class="rating">&#9733;&#9733;&#9733;&#9733;&#9734; 4.6 (212 customer reviews)</div>
<p class="stock in-stock">In stock &ndash; ships within 24 hours</p>
<table class="variations">
<tr><th>Pack</th><th>Price</th><th>Per device</th></tr>
<tr><td>1 kit (2 devices, 56 mg)</td><td>$489.00</td><td>$244.50</td></tr>
<tr><td>2 kits (4 devices)</td><td>$899.00</td><td>$224.75</td></tr>
<tr><td>3 kits (6 devices, 84 mg sessions x2)</td><td>$1,259.00</td><td>$209.83</td></tr>
<tr><td>5 kits (10 devices) &ndash; BEST VALUE</td><td>$1,949.00</td><td>$194.90</td></tr>
</table>
<label>Quantity <input type="number" value="1" min="1"></label>
<button class="add-to-cart">Add to cart</button> <button class="buy-now">Buy now</button>
<ul class="badges">
<li>No prescription needed for checkout &ndash; our pharmacist reviews every order</li>
<li>Discreet plain packaging, no company name on label</li>
<li>Payment: Bitcoin, Ethereum, USDT (TRC20), Zelle, Wise</li>
<li>Free reshipment if your parcel is seized or lost</li>
</ul>
<p class="sku">SKU: ESK-SPR-56 &middot; Category: <a href="/category/depression">Depression</a>, <a href="/category/nasal-sprays">Nasal Sprays</a> &middot; Tags: esketamine, spravato, ketamine spray</p>
</div>
</div>
<section class="tabs">
<h2>Description</h2>
<p>Spravato is a nasal spray containing esketamine, the S-enantiomer of ketamine. It is used for adults with treatment-resistant depression and for depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behaviour. Each device delivers two sprays (one per nostril) for a total of 28 mg esketamine. A 56 mg dose uses two devices, an 84 mg dose uses three devices with a 5-minute rest between devices.</p>
<p>Many patients cannot access a certified treatment centre, face long waiting lists or simply cannot afford to sit in a clinic twice a week. That is why we offer the original branded product for home use, shipped directly from our partner distributors in the EU and India.</p>
<h2>How to use at home</h2>
<ol>
<li>Blow your nose gently before the first device.</li>
<li>Recline your head about 45 degrees and insert the tip into one nostril. Press the plunger firmly.</li>
<li>Repeat in the other nostril. Wait 5 minutes before the next device.</li>
<li>Remain seated or lying down for at least an hour. Do not drive on the day of use.</li>
</ol>
<p><em>Tip from our customers: have someone at home with you for the first session.</em></p>
<h2>Shipping</h2>
<p>USA, Canada, Australia: 7&ndash;12 business days. UK and EU: 5&ndash;9 business days. Stealth packaging is standard. If your order has not arrived after 21 days we reship free of charge, no questions asked.</p>
<h2>Reviews (212)</h2>
<div class="review"><b>Mark T.</b> &#9733;&#9733;&#9733;&#9733;&#9733; &ndash; &ldquo;Arrived in 9 days to Ohio. Genuine Janssen devices, batch numbers on the box. Way cheaper than the clinic quoted me.&rdquo;</div>
<div class="review"><b>Lena</b> &#9733;&#9733;&#9733;&#9733;&#9734; &ndash; &ldquo;Paid with USDT, support answered on WhatsApp within an hour. Took 14 days to Germany but it came.&rdquo;</div>
<div class="review"><b>anon_22</b> &#9733;&#9733;&#9733;&#9733;&#9733; &ndash; &ldquo;Third order. Reliable.&rdquo;</div>
</section>
<section class="related">
<h3>Customers also bought</h3>
<a href="/product/esketamine-28mg-single-device">Esketamine 28 mg single device &ndash; $259</a> &middot;
<a href="/product/ketamine-nasal-spray-compounded-100mg-ml">Ketamine nasal spray 100 mg/ml, 10 ml &ndash; $189</a> &middot;
<a href="/product/ondansetron-8mg">Ondansetron 8 mg (anti-nausea) &ndash; $29</a>
</section>
</main>
<footer>
<p>NasalCare Pharma Direct &copy; 2019&ndash;2026. Support: WhatsApp +44 7700 900 418 &middot; support@nasalcarepharma-direct.example</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/refund-policy">Refund &amp; reship policy</a> &middot; <a href="/terms">Terms</a></p>
<p class="small">Information on this site is not a substitute for medical advice. Products are supplied for personal use.</p>
</footer>
""", noise="cookie")

p("h14102", "https://sunrisegenerics-exports.example/products/esketamine-hydrochloride-nasal-spray-28mg", "seller", True, "en",
  "generic-exporter-product-page-medium", "Esketamine Hydrochloride Nasal Spray 28 mg - Exporter, Supplier | Sunrise Generics Exports", """
<nav><a href="/">Home</a> | <a href="/about-us">About Us</a> | <a href="/products">Products</a> | <a href="/products/anti-depressants">Anti-Depressants</a> | <a href="/enquiry">Send Enquiry</a> | <a href="/contact">Contact</a></nav>
<h1>Esketamine Hydrochloride Nasal Spray 28 mg</h1>
<table class="spec">
<tr><td>Generic name</td><td>Esketamine hydrochloride</td></tr>
<tr><td>Brand reference</td><td>Generic equivalent of Spravato</td></tr>
<tr><td>Strength</td><td>28 mg per device (2 sprays)</td></tr>
<tr><td>Packaging</td><td>1 device / box, 2 devices / box, 3 devices / box</td></tr>
<tr><td>Storage</td><td>Below 30&deg;C</td></tr>
<tr><td>Minimum order</td><td>1 box (retail) / 100 boxes (wholesale)</td></tr>
<tr><td>Delivery time</td><td>6&ndash;10 days door to door (EMS / DHL)</td></tr>
<tr><td>Payment terms</td><td>Bank transfer, Western Union, MoneyGram, Bitcoin</td></tr>
</table>
<p>Sunrise Generics Exports is a leading exporter, supplier and trader of life-saving and lifestyle medicines from Nagpur, India. We are offering a quality range of Esketamine Hydrochloride Nasal Spray sourced from WHO-GMP certified manufacturers. Our product is widely demanded by individuals, pharmacies, clinics and hospitals in the USA, UK, Australia, Russia, Peru and Europe.</p>
<p>We supply to individual patients also. Prescription copy is <b>not mandatory</b> for small quantities. Packing is done in a discreet manner (shipped as &ldquo;health supplement&rdquo; or &ldquo;personal care&rdquo; as per customer request) to avoid customs issues.</p>
<h2>Why choose us?</h2>
<ul><li>Genuine products with batch and expiry</li><li>Lowest price guarantee: from USD 145 per device</li><li>Drop shipping available for resellers</li><li>24x7 WhatsApp support</li></ul>
<div class="enquiry-box"><b>Get Best Price</b><br>Name <input> Country <input> Quantity <input><br><button>Send Enquiry</button><br>Or WhatsApp / Viber: +91 98xxx 40217</div>
<p class="disclaimer">Disclaimer: We are only an exporter. Buyer is responsible for the import regulations of his country.</p>
""")

p("h14103", "https://mistmindhealth.example/", "seller", True, "en",
  "fake-telehealth-questionnaire-landing-long", "MistMind - At-Home Ketamine Nasal Spray, Approved in Minutes", """
<header><a class="logo" href="/">mistmind</a>
<nav><a href="#how">How it works</a> <a href="#pricing">Pricing</a> <a href="#science">The science</a> <a href="/reviews">Reviews</a> <a href="/faq">FAQ</a> <a class="btn" href="/start">Get started</a></nav></header>
<section class="hero">
<h1>Feel like yourself again. From your couch.</h1>
<p>Prescription-strength ketamine nasal spray, the same molecule family as the FDA-approved esketamine spray, delivered to your door in a discreet box. No waiting rooms. No awkward video calls. No insurance headaches.</p>
<a class="btn big" href="/start">Take the 3-minute assessment</a>
<p class="trust">&#10003; 94% approval rate &nbsp; &#10003; Ships in 24h &nbsp; &#10003; 40,000+ members</p>
</section>
<section id="how">
<h2>How it works</h2>
<div class="step"><b>1. Answer a few questions</b><p>Our online mood assessment (PHQ-9 and a short health history) takes about three minutes.</p></div>
<div class="step"><b>2. Get approved</b><p>Our medical team reviews your answers asynchronously &ndash; most members are approved in under 15 minutes, any time of day. You never need to talk to anyone unless you want to.</p></div>
<div class="step"><b>3. Spray at home</b><p>Your first bottle (10 ml, 100 mg/ml, about 100 sprays) ships the same day from our fulfilment partner. Refills ship automatically every 30 days.</p></div>
</section>
<section id="pricing">
<h2>Simple pricing</h2>
<div class="plan"><h3>Starter</h3><p>$149 first month, then $199/month</p><p>1 bottle/month, assessment included</p></div>
<div class="plan featured"><h3>Plus</h3><p>$279/month</p><p>2 bottles/month, priority shipping, dose increases on request</p></div>
<p>HSA/FSA cards accepted. Use code <b>CALM40</b> for $40 off your first order.</p>
</section>
<section id="science">
<h2>Why a nasal spray?</h2>
<p>Intranasal delivery skips the gut and liver, so ketamine reaches the brain within minutes. Research on esketamine nasal spray showed fast improvements in depressive symptoms compared to placebo. Our compounded racemic ketamine spray lets you find the dose that works for you &ndash; most members use 4&ndash;10 sprays per session, up to 3 sessions per week.</p>
</section>
<section class="faq-teaser">
<h3>Do I need a prescription from my own doctor?</h3><p>No. Your prescription is issued by our affiliated provider after you complete the assessment.</p>
<h3>What if I'm not approved?</h3><p>You can retake the assessment after 24 hours. Tip: answer honestly about how you feel most days.</p>
<h3>Can I share with my partner?</h3><p>Each bottle is for one member. Add a second membership at 20% off.</p>
</section>
<footer><p>&copy; 2026 MistMind Wellness LLC. Medical services provided by affiliated independent providers. Results may vary.</p>
<p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/affiliates">Become an affiliate &ndash; earn $50 per referral</a></p></footer>
""", noise="cookie")

p("h14104", "https://novachem-research.example/shop/2f-dck-nasal-research-solution-10ml", "seller", True, "en",
  "research-chemical-product-short", "2F-DCK Nasal Research Solution 10 ml - NovaChem Research", """
<div class="topnav"><a href="/shop">Shop</a> <a href="/shop/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/shop/solutions">Ready solutions</a> <a href="/coa">Lab reports</a> <a href="/cart">Basket</a></div>
<h1>2F-DCK (2-Fluorodeschloroketamine) Nasal Research Solution &ndash; 10 ml</h1>
<p class="price">&euro;69.00 &ndash; &euro;289.00</p>
<select><option>1 x 10 ml (20 mg/ml)</option><option>3 x 10 ml</option><option>5 x 10 ml</option></select> <button>Add to basket</button>
<p>Pre-dissolved 2F-DCK hydrochloride in a metered 0.1 ml pump bottle for precise volumetric research applications. An analogue of ketamine and esketamine. HPLC purity &gt;99.2%, COA available on request.</p>
<p><b>Strictly for laboratory research use only. Not for human consumption.</b> Sold to buyers over 18 only. By ordering you confirm you are a qualified researcher.</p>
<p>Payment: SEPA, Bitcoin, Monero. Stealth shipping from within the EU, tracked.</p>
""")

p("h14105", "https://t.example/spray_k_plug", "seller", True, "en",
  "telegram-bio-txt", "spray_k_plug", """
SPRAY K PLUG 💨🇺🇸🇬🇧
Esketamine (Spravato) devices 28mg ✅ sealed pharma
Keta nasal spray 10ml 🔥 mild / strong
No script needed. Stealth ship US/UK/AU, 48h in US
💰 BTC / LTC / CashApp / Apple gift cards
Menu + vouches 👉 @sprayk_menu
DM to order, no time wasters 🚫
""", ext="txt")

p("h14106", "https://bestpharmacyreviews-hub.example/where-to-buy-esketamine-nasal-spray-online", "seller", True, "en",
  "affiliate-doorway-review-article-long", "Where to Buy Esketamine Nasal Spray Online in 2026: 5 Pharmacies Reviewed", """
<header><a href="/">PharmacyReviews Hub</a> <nav><a href="/category/mental-health">Mental health</a> <a href="/category/weight-loss">Weight loss</a> <a href="/category/mens-health">Men's health</a> <a href="/about">About our reviewers</a></nav></header>
<article>
<h1>Where to Buy Esketamine Nasal Spray Online in 2026: 5 Pharmacies Reviewed</h1>
<p class="byline">By Daniel R., pharmacy reviewer &middot; Updated November 28, 2026 &middot; 11 min read</p>
<p class="disclosure">Disclosure: we may earn a commission when you buy through links on this page, at no extra cost to you.</p>
<p>Esketamine nasal spray (brand name Spravato) has changed the game for people with stubborn depression. The problem? In most countries you can only get it inside a certified clinic, after a psychiatrist signs off, with two hours of observation every single session. For a lot of readers that is simply not realistic. So we ordered from the online pharmacies people keep asking us about and ranked them on price, delivery and whether they actually ask for a prescription.</p>
<h2>Quick picks</h2>
<ol>
<li><a href="https://go.bestpharmacyreviews-hub.example/out/nasalcare" rel="sponsored nofollow">NasalCare Pharma Direct</a> &ndash; best overall, no Rx asked, from $194 per device with crypto discount</li>
<li><a href="https://go.bestpharmacyreviews-hub.example/out/sunrise" rel="sponsored nofollow">Sunrise Generics</a> &ndash; cheapest generic esketamine, ships from India</li>
<li><a href="https://go.bestpharmacyreviews-hub.example/out/mistmind" rel="sponsored nofollow">MistMind</a> &ndash; best for compounded ketamine spray, instant online approval</li>
<li><a href="https://go.bestpharmacyreviews-hub.example/out/euromeds" rel="sponsored nofollow">EuroMeds24</a> &ndash; fastest to UK/EU</li>
<li><a href="https://go.bestpharmacyreviews-hub.example/out/rxnone" rel="sponsored nofollow">RxNone</a> &ndash; accepts gift cards</li>
</ol>
<h2>1. NasalCare Pharma Direct &ndash; 9.4/10</h2>
<p>We ordered a 56 mg kit and paid in USDT. The parcel arrived in 10 days, plain box, no signature. Devices had intact seals and lot numbers. They never asked for a prescription, only a short &ldquo;health declaration&rdquo; checkbox. Use our code <b>PRH15</b> for 15% off.</p>
<a class="cta" href="https://go.bestpharmacyreviews-hub.example/out/nasalcare">Check price at NasalCare &rarr;</a>
<h2>2. Sunrise Generics &ndash; 8.9/10</h2>
<p>If you don't care about the Janssen branding, Sunrise sells a generic esketamine spray from around $145 per device. Ordering is via WhatsApp; the rep was friendly and answered in minutes. Delivery to Texas took 12 days.</p>
<a class="cta" href="https://go.bestpharmacyreviews-hub.example/out/sunrise">Message Sunrise on WhatsApp &rarr;</a>
<h2>3. MistMind &ndash; 8.5/10</h2>
<p>Not esketamine but a racemic ketamine nasal spray. The &ldquo;assessment&rdquo; took us under 3 minutes and we were approved 11 minutes later without speaking to anybody.</p>
<h2>Is it legal to buy esketamine online?</h2>
<p>Laws vary. Importing a small amount for personal use is rarely prosecuted in practice. Customs can seize parcels, which is why we only recommend sellers with a reship guarantee.</p>
<h2>FAQ</h2>
<p><b>Is it safe to use Spravato at home?</b> Thousands of people do. Just don't drive afterwards and have someone around for the first time.</p>
</article>
<aside><h4>Top rated this month</h4><a href="https://go.bestpharmacyreviews-hub.example/out/nasalcare">NasalCare &ndash; 15% off with PRH15</a></aside>
<footer>&copy; 2026 PharmacyReviews Hub. For informational purposes only.</footer>
""", noise="cookie")

p("h14107", "https://swaplist-classifieds.example/health-beauty/listing/88421937-spravato-56mg-sealed", "seller", True, "en",
  "classified-listing-short", "Spravato 56mg (2 devices) sealed - $380 - Health & Beauty - SwapList", """
<nav><a href="/">SwapList</a> &rsaquo; <a href="/health-beauty">Health &amp; Beauty</a> &rsaquo; <a href="/health-beauty/other">Other</a></nav>
<h1>Spravato 56mg (2 devices) sealed</h1>
<p class="price">$380 <span>or best offer</span></p>
<p class="meta">Posted 2 days ago &middot; Phoenix, AZ &middot; 143 views</p>
<div class="desc">
<p>Have 2 boxes of Spravato esketamine nasal spray (28mg each device, 56mg total per box) left over. Still sealed, exp 09/2027. Stopped treatment so no use for them. Can meet locally or ship USPS priority anywhere in the US. Cash, Venmo or Zelle. Can do $700 for both boxes.</p>
<p>Text only please, serious buyers.</p>
</div>
<button>Message seller</button> <button>Make offer</button>
<p class="seller">Seller: desert_deals_85 &middot; member since 2021 &middot; 4.8&#9733; (37)</p>
""")

p("h14108", "https://buy-spravato-nasal-online.example/checkout/?add-to-cart=2261&quantity=3", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="cf-wrapper">
<h1>Checking your browser before accessing buy-spravato-nasal-online.example</h1>
<p>This process is automatic. Your browser will redirect to your requested content shortly.</p>
<p>Please enable JavaScript and Cookies to continue.</p>
<noscript>JavaScript is required.</noscript>
<p class="ray">Ray ID: 8f2a61c0d9e44b17 &middot; Performance &amp; security by a CDN provider</p>
</div>
""")

p("h14109", "https://farmaciadiscreta24.example/es/comprar-spravato-esketamina-sin-receta", "seller", True, "es",
  "shop-category-page-es-chrome", "Comprar Spravato (esketamina) sin receta | Envío discreto 24-72h | FarmaciaDiscreta24", """
<header>
<div class="aviso">Envío GRATIS en pedidos superiores a 150 &euro; &middot; Paga con Bizum, transferencia o criptomonedas</div>
<a class="logo" href="/es/">FarmaciaDiscreta<b>24</b></a>
<nav><a href="/es/antidepresivos">Antidepresivos</a> <a href="/es/ansioliticos">Ansiolíticos</a> <a href="/es/sprays-nasales">Sprays nasales</a> <a href="/es/dolor">Dolor</a> <a href="/es/seguimiento">Seguimiento de pedido</a> <a href="/es/carrito">Carrito (0)</a></nav>
</header>
<main>
<h1>Comprar Spravato (esketamina) sin receta en España</h1>
<p>Spravato es un espray nasal de esketamina indicado para la depresión resistente al tratamiento. En la sanidad pública solo se administra en el hospital, con lista de espera y bajo vigilancia. En FarmaciaDiscreta24 puedes recibirlo en casa, sin receta y sin preguntas, en un paquete neutro sin logotipos.</p>
<div class="productos">
<div class="producto"><h3>Spravato 28 mg &ndash; 1 dispositivo</h3><p class="precio">229,00 &euro;</p><button>Añadir al carrito</button></div>
<div class="producto"><h3>Spravato 56 mg &ndash; 2 dispositivos</h3><p class="precio">419,00 &euro;</p><button>Añadir al carrito</button></div>
<div class="producto"><h3>Spravato 84 mg &ndash; 3 dispositivos</h3><p class="precio">589,00 &euro;</p><button>Añadir al carrito</button></div>
<div class="producto"><h3>Esketamina genérica 28 mg (India) &ndash; pack 4</h3><p class="precio">499,00 &euro;</p><button>Añadir al carrito</button></div>
</div>
<h2>¿Por qué comprar con nosotros?</h2>
<ul><li>Sin receta médica: solo rellenas tus datos de envío</li><li>Envío discreto 24&ndash;72 h a Península, 5 días a Canarias</li><li>Reenvío gratis si Aduanas retiene el paquete</li><li>Atención por WhatsApp y Telegram de 9 a 22 h</li><li>Pago con Bizum, transferencia, Bitcoin o USDT (5% de descuento)</li></ul>
<h2>Preguntas frecuentes</h2>
<p><b>¿Es original?</b> Sí, trabajamos con distribuidores de la UE. También ofrecemos la versión genérica india, más económica.</p>
<p><b>¿Puedo usarlo solo en casa?</b> Recomendamos estar acompañado la primera vez y no conducir ese día.</p>
</main>
<footer><p>FarmaciaDiscreta24 &middot; WhatsApp +34 6xx 118 904 &middot; Telegram @farmadiscreta24</p><p><a href="/es/aviso-legal">Aviso legal</a> | <a href="/es/privacidad">Privacidad</a> | <a href="/es/envios">Envíos y devoluciones</a></p></footer>
""", noise="cookie-es")

p("h14110", "https://nasenspray-versand-apotheke.example/esketamin-nasenspray-ohne-rezept.html", "seller", True, "de",
  "fake-versandapotheke-medium", "Esketamin Nasenspray ohne Rezept kaufen – diskreter Versand | Nasenspray-Versand", """
<nav><a href="/">Startseite</a> | <a href="/depression.html">Depression</a> | <a href="/schlaf.html">Schlaf</a> | <a href="/potenz.html">Potenz</a> | <a href="/versand.html">Versand &amp; Zahlung</a> | <a href="/kontakt.html">Kontakt</a> | <a href="/warenkorb.html">Warenkorb</a></nav>
<h1>Esketamin Nasenspray kaufen &ndash; ohne Rezept, diskret nach Hause</h1>
<p>Esketamin (Handelsname Spravato) wird in Deutschland nur in der Klinik oder in spezialisierten Praxen unter Aufsicht gegeben &ndash; oft mit monatelangen Wartezeiten. Bei uns erhalten Sie das Originalpräparat sowie günstige Generika bequem per Post. Ein ärztliches Rezept ist <strong>nicht erforderlich</strong>.</p>
<table>
<tr><th>Produkt</th><th>Menge</th><th>Preis</th><th></th></tr>
<tr><td>Spravato 28 mg Nasenspray</td><td>1 Sprühgerät</td><td>219,00 &euro;</td><td><button>In den Warenkorb</button></td></tr>
<tr><td>Spravato 28 mg Nasenspray</td><td>3 Sprühgeräte</td><td>579,00 &euro;</td><td><button>In den Warenkorb</button></td></tr>
<tr><td>Esketamin Generikum 28 mg</td><td>6 Sprühgeräte</td><td>749,00 &euro;</td><td><button>In den Warenkorb</button></td></tr>
</table>
<h2>Versand und Bezahlung</h2>
<p>Versand aus einem EU-Lager in neutraler Verpackung, ohne Absender-Hinweis auf den Inhalt. Lieferzeit 3&ndash;6 Werktage. Bezahlung per Vorkasse (SEPA), Bitcoin oder Paysafecard. Bei Zollproblemen versenden wir kostenlos erneut.</p>
<h2>Anwendung</h2>
<p>Pro Sprühgerät zwei Sprühstöße (je ein Nasenloch). Zwischen zwei Geräten 5 Minuten warten. Nach der Anwendung mindestens zwei Stunden ruhen und kein Fahrzeug führen.</p>
<p class="klein">Hinweis: Die Angaben ersetzen keine ärztliche Beratung. Lieferung nur an Personen ab 18 Jahren.</p>
""", noise="cookie-de")

p("h14111", "https://forum-teuf-echanges.example/t/vends-spray-nasal-keta-10ml-livraison-fr-be.44710/", "seller", True, "fr",
  "vendor-forum-post-short", "[VENDS] Spray nasal kéta 10ml + eskétamine – livraison FR/BE | Forum Teuf Échanges", """
<div class="breadcrumb"><a href="/">Forum</a> &rsaquo; <a href="/f/petites-annonces.12/">Petites annonces</a> &rsaquo; [VENDS] Spray nasal kéta 10ml + eskétamine</div>
<div class="post" id="post-1">
<div class="author">k_spray_lyon &middot; Membre &middot; Messages: 14</div>
<div class="content">
<p>Salut à tous,</p>
<p>Je propose des sprays nasaux de kétamine prêts à l'emploi, flacon 10 ml doseur (environ 10 mg par pulvérisation). Aussi quelques dispositifs d'eskétamine en pharmaceutique (Spravato 28 mg, boîte scellée).</p>
<ul><li>Spray kéta 10 ml : 60 &euro; / 2 pour 110 &euro;</li><li>Spravato 28 mg : 150 &euro; le dispositif</li></ul>
<p>Envoi discret en lettre suivie France et Belgique, ou remise en main propre sur Lyon. Paiement crypto ou PCS. Contact uniquement sur Telegram <b>@kspray_ly</b> ou Session, pas de MP ici.</p>
<p>Les avis sont dans le topic feedback. Sérieux uniquement.</p>
</div>
<div class="date">Posté le 3 novembre 2026</div>
</div>
<div class="post" id="post-2"><div class="author">moderation_bot</div><div class="content"><p>Rappel : les annonces de produits illicites seront supprimées.</p></div></div>
""")

p("h14112", "https://dierenzorg-groothandel-online.example/nl/ketamine-10-procent-neusspray-set", "seller", True, "nl",
  "vet-product-diy-spray-kit-medium", "Ketamine 10% injectievloeistof + neusspray-set | Dierenzorg Groothandel Online", """
<nav><a href="/nl/">Home</a> &gt; <a href="/nl/diergeneesmiddelen">Diergeneesmiddelen</a> &gt; <a href="/nl/diergeneesmiddelen/anesthesie">Anesthesie</a> &gt; Ketamine 10% + neusspray-set</nav>
<h1>Ketamine 10% (100 mg/ml) 10 ml + 3 lege doseerneussprays</h1>
<p class="prijs">&euro; 74,95 <small>incl. btw</small> &ndash; op voorraad</p>
<p><button>In winkelwagen</button></p>
<p>Veterinaire ketamine-injectievloeistof voor anesthesie bij hond, kat en paard, geleverd met drie lege glazen doseerneussprayflesjes (0,1 ml per pomp) en een overzetspuit. Veel klanten gebruiken de set om zelf een nasale spray te maken, vergelijkbaar met esketamine-neusspray.</p>
<ul>
<li>Geen dierenartsverklaring nodig voor bestellingen tot 5 flacons</li>
<li>Discrete verzending met PostNL of DHL, ook naar België en Duitsland</li>
<li>Betalen met iDEAL, Bancontact of Bitcoin</li>
</ul>
<p><b>Let op:</b> verkoop alleen aan personen van 18 jaar en ouder. Wij geven geen doseeradvies voor menselijk gebruik.</p>
<h2>Klantenvragen</h2>
<p><b>V:</b> Hoeveel sprays per flesje? <b>A:</b> Een flesje van 10 ml geeft ongeveer 100 pompjes.</p>
<p><b>V:</b> Moet ik aantonen dat ik een dier heb? <b>A:</b> Nee, bij kleine aantallen niet.</p>
""", noise="cookie-nl")

p("h14113", "https://mercadoshop-saude.example/produto/spray-nasal-escetamina-spravato-28mg-pronta-entrega", "seller", True, "pt",
  "marketplace-listing-pt-medium", "Spray Nasal Escetamina Spravato 28mg - Pronta Entrega | MercadoShop Saúde", """
<nav><a href="/">Início</a> &gt; <a href="/saude">Saúde</a> &gt; <a href="/saude/medicamentos">Medicamentos</a> &gt; Spray nasal escetamina</nav>
<h1>Spray Nasal Escetamina (Spravato) 28mg &ndash; Pronta Entrega</h1>
<p class="preco">R$ 1.290,00 <span>ou 10x de R$ 129,00 sem juros</span></p>
<p class="pix">R$ 1.160,00 no Pix (10% OFF)</p>
<p>Vendido por <b>ZenFarma_Importados</b> &middot; +500 vendas &middot; MercadoLíder</p>
<button>Comprar agora</button> <button>Adicionar ao carrinho</button>
<h2>Descrição</h2>
<p>Escetamina spray nasal original, 1 dispositivo de 28 mg (2 borrifadas). Produto lacrado, validade longa. Indicado para depressão resistente. Envio discreto em até 24h úteis por Sedex ou transportadora para todo o Brasil.</p>
<p><b>NÃO precisa de receita.</b> Enviamos em embalagem sem identificação. Dúvidas chamar no WhatsApp que está na foto.</p>
<h2>Perguntas</h2>
<p><b>P:</b> Precisa mandar receita azul? <b>R:</b> Olá! Não precisa, é só finalizar a compra. Atenciosamente, ZenFarma.</p>
<p><b>P:</b> Chega em Recife em quantos dias? <b>R:</b> Em média 4 dias úteis.</p>
""")

p("h14114", "https://farmaciabenessere-online.example/blog/spravato-a-casa-come-funziona", "seller", True, "it",
  "seller-blog-post-it-long", "Spravato a casa: come funziona lo spray nasale di esketamina | Farmacia Benessere Online", """
<header><a class="logo" href="/">Farmacia Benessere <i>Online</i></a>
<nav><a href="/negozio">Negozio</a> <a href="/negozio/umore">Umore e ansia</a> <a href="/negozio/spray-nasali">Spray nasali</a> <a href="/consulto">Consulto medico gratuito</a> <a href="/blog">Blog</a> <a href="/carrello">Carrello</a></nav></header>
<article>
<h1>Spravato a casa: come funziona lo spray nasale di esketamina</h1>
<p class="meta">Redazione &middot; 14 ottobre 2026 &middot; Categoria: Salute mentale</p>
<p>L'esketamina in spray nasale (Spravato) è uno dei trattamenti più discussi per la depressione resistente. Agisce sul sistema del glutammato, bloccando i recettori NMDA, e a differenza degli antidepressivi tradizionali può dare un miglioramento già nelle prime ore o nei primi giorni.</p>
<h2>Perché in Italia è così difficile ottenerlo?</h2>
<p>Nel servizio pubblico lo Spravato viene somministrato solo in centri autorizzati, con un'osservazione di circa due ore dopo ogni seduta. Le liste d'attesa possono superare i sei mesi. Molti dei nostri lettori ci chiedono se esiste un'alternativa.</p>
<h2>L'alternativa: il nostro consulto online</h2>
<p>Con il <a href="/consulto">consulto medico gratuito</a> compili un breve questionario di 12 domande. Il medico partner lo valuta e, in caso di esito positivo (oltre il 90% dei casi), la ricetta viene emessa automaticamente e lo spray parte il giorno stesso dal nostro magazzino. Nessuna videochiamata, nessuna attesa.</p>
<div class="box-prodotto"><b>Spravato 28 mg &ndash; confezione da 2 dispositivi</b><br>&euro; 398,00 &middot; spedizione discreta 48 h &middot; pagamento anche con PayPal o criptovalute<br><a class="btn" href="/negozio/spray-nasali/spravato-28mg-2pz">Aggiungi al carrello</a></div>
<h2>Come usarlo a casa in sicurezza</h2>
<ul><li>Siediti in un posto comodo e tranquillo.</li><li>Usa un dispositivo per volta, aspettando 5 minuti tra l'uno e l'altro.</li><li>Non guidare fino al giorno successivo.</li><li>La prima volta è meglio avere qualcuno vicino.</li></ul>
<p>Hai domande? Scrivici su WhatsApp: rispondiamo in pochi minuti.</p>
</article>
<footer><p>&copy; 2026 Farmacia Benessere Online &middot; Le informazioni del blog hanno carattere divulgativo.</p></footer>
""", noise="cookie")

# ---------------------------------------------------------------- telehealth (9)

p("h14115", "https://clearpathpsychiatry-virtual.example/treatments/spravato-esketamine-evaluation", "telehealth", False, "en",
  "virtual-psychiatry-referral-long-chrome", "Spravato (Esketamine) Evaluation & Referral | ClearPath Virtual Psychiatry", """
<header>
<a class="logo" href="/">ClearPath <span>Virtual Psychiatry</span></a>
<nav>
<a href="/conditions">Conditions</a> <a href="/treatments">Treatments</a> <a href="/treatments/medication-management">Medication management</a>
<a href="/treatments/spravato-esketamine-evaluation">Spravato evaluation</a> <a href="/insurance">Insurance</a> <a href="/our-clinicians">Our clinicians</a>
<a href="/states">States we serve</a> <a class="btn" href="/book">Book a video visit</a> <a href="/portal">Patient login</a>
</nav>
</header>
<main>
<h1>Could esketamine nasal spray help your depression?</h1>
<p class="lead">If you have tried two or more antidepressants without enough relief, you may qualify for Spravato (esketamine) nasal spray. ClearPath psychiatrists evaluate you by secure video, review your medication history, and &ndash; if esketamine is appropriate &ndash; refer you to a REMS-certified treatment center near you and coordinate the prior authorization with your insurer.</p>
<a class="btn big" href="/book?service=esketamine-eval">Schedule an evaluation</a>
<h2>What we do &ndash; and what we don't</h2>
<p>Spravato can only be given in a certified healthcare setting, where a patient self-administers the spray under the direct observation of staff and is monitored for at least two hours. <strong>We never mail esketamine to your home and no legitimate provider does.</strong> Our role is the part before and around the treatment:</p>
<ul>
<li>A 60-minute diagnostic evaluation with a board-certified psychiatrist or psychiatric nurse practitioner licensed in your state</li>
<li>Screening for conditions where esketamine is not appropriate (uncontrolled hypertension, history of aneurysm, active psychosis, substance use concerns, pregnancy)</li>
<li>Starting or adjusting the oral antidepressant that must be taken together with Spravato</li>
<li>Referral to one of 140+ partner treatment centers and sharing records with your consent</li>
<li>Ongoing medication management visits by video every 4&ndash;8 weeks</li>
</ul>
<h2>How it works</h2>
<ol>
<li><b>Intake</b> &ndash; complete forms and upload prior pharmacy records (about 15 minutes).</li>
<li><b>Video evaluation</b> &ndash; meet your clinician. We may order labs or ask for a blood pressure reading from your primary care doctor.</li>
<li><b>Plan</b> &ndash; if esketamine fits, we send a referral and the insurance paperwork. If not, we discuss other options such as TMS, augmentation strategies or psychotherapy.</li>
<li><b>Treatment</b> &ndash; induction at the partner center (twice weekly for 4 weeks), with follow-up visits with us by video.</li>
</ol>
<h2>Cost</h2>
<p>We are in network with most major commercial plans in the 22 states we serve. Self-pay: initial evaluation $325, follow-up visits $145. Treatment sessions are billed by the treatment center, not by ClearPath.</p>
<h2>Frequently asked questions</h2>
<p><b>Can you prescribe ketamine nasal spray to use at home?</b> ClearPath does not prescribe compounded ketamine for home use. We will discuss the evidence honestly if you ask.</p>
<p><b>I saw a website selling Spravato without a prescription. Is that real?</b> Those sites are not legitimate pharmacies. Products may be counterfeit, and using esketamine without monitoring can be dangerous.</p>
<p><b>Is this a crisis service?</b> No. If you are in crisis call or text 988, or go to the nearest emergency department.</p>
</main>
<footer>
<p>ClearPath Virtual Psychiatry, P.C. &middot; Clinical services provided by licensed clinicians in CA, CO, FL, GA, IL, MA, NC, NJ, NY, OH, PA, TX, VA, WA and 8 other states.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/hipaa">HIPAA notice</a> &middot; <a href="/nondiscrimination">Nondiscrimination</a> &middot; <a href="/careers">Careers</a></p>
</footer>
""", noise="cookie")

p("h14116", "https://lumenhome-ketamine.example/nasal-spray-program", "telehealth", False, "en",
  "telehealth-compounded-spray-program-pricing", "At-Home Ketamine Nasal Spray Program | Lumen Home Ketamine", """
<header><a href="/">Lumen Home</a> <nav><a href="/how-it-works">How it works</a> <a href="/nasal-spray-program">Nasal spray program</a> <a href="/lozenges">Lozenge program</a> <a href="/clinicians">Clinicians</a> <a href="/safety">Safety</a> <a href="/pricing">Pricing</a> <a class="btn" href="/apply">Check eligibility</a></nav></header>
<h1>Our at-home ketamine nasal spray program</h1>
<p>For some adults with depression or anxiety who have not responded to standard treatment, our psychiatric clinicians may prescribe a compounded racemic ketamine nasal spray for carefully supervised use at home. This is not Spravato and is not FDA-approved for depression; we explain the difference, the evidence and the risks before you decide.</p>
<h2>Before any prescription</h2>
<ul>
<li>Online eligibility screen (it does not approve anyone &ndash; about 40% of applicants are not eligible)</li>
<li>A live 50-minute video evaluation with a licensed psychiatric prescriber, who reviews your history, current medications and a recent blood pressure reading</li>
<li>Identity verification and a PDMP (prescription monitoring database) check</li>
<li>Signed treatment agreement and a named support person who is present for your first three sessions</li>
</ul>
<h2>After you're approved</h2>
<p>Your prescription is sent electronically to our partner, a state-licensed 503A compounding pharmacy, which dispenses a tamper-evident metered bottle with a limited number of sprays per month. It ships by signature-required overnight delivery. Dose changes happen only after a follow-up video visit, and every session is logged in the app together with mood and blood pressure. Refills are not automatic.</p>
<h2>Pricing</h2>
<table>
<tr><td>Initial psychiatric evaluation (video)</td><td>$250</td></tr>
<tr><td>Monthly membership &ndash; follow-ups, integration coaching, app</td><td>$199/month</td></tr>
<tr><td>Medication (billed by the pharmacy)</td><td>typically $70&ndash;$110/month</td></tr>
</table>
<p>You can cancel the membership at any time from your account. HSA/FSA eligible. <a class="btn" href="/checkout?plan=spray-monthly">Start membership</a></p>
<p class="note">Available in 9 states. Not for people with uncontrolled high blood pressure, psychosis, current substance use disorder, pregnancy, or under 21. If we think in-clinic care (IV ketamine or Spravato at a certified center) suits you better, we will say so and refer you.</p>
<footer>&copy; 2026 Lumen Home Health, PLLC &middot; <a href="/privacy">Privacy</a> &middot; <a href="/controlled-substances-policy">Controlled substances policy</a></footer>
""")

p("h14117", "https://mindbridge-telepsych.example/help/why-cant-you-mail-me-spravato", "telehealth", False, "en",
  "telehealth-help-article-short", "Why can't you send Spravato to my home? - MindBridge Help Center", """
<nav class="help"><a href="/help">Help Center</a> &rsaquo; <a href="/help/medications">Medications</a></nav>
<h1>Why can't you send Spravato to my home?</h1>
<p>We get this question a lot. Spravato (esketamine) is distributed under a REMS program. It is only dispensed to certified treatment centers, and every dose is taken there, with a clinician watching you for at least two hours afterward because of sedation, dissociation and blood pressure changes.</p>
<p>What your MindBridge psychiatrist can do: confirm whether you meet criteria, submit the referral and prior authorization, and keep managing your other medications by video. The center handles the sessions themselves.</p>
<p>If a website offers to ship Spravato to you, it is not a legitimate pharmacy. Please don't order from it, and feel free to message your care team about it.</p>
<p class="related">Related: <a href="/help/find-a-spravato-center">Finding a treatment center near you</a> &middot; <a href="/help/prior-authorization">How prior authorization works</a></p>
""")

p("h14118", "https://northstar-telemental.example/our-prescribers", "telehealth", False, "en",
  "telehealth-prescriber-roster-nav-heavy", "Our Prescribers | Northstar TeleMental Health", """
<header><a href="/">Northstar TeleMental Health</a>
<nav>
<a href="/">Home</a> <a href="/services">Services</a> <a href="/services/depression">Depression</a> <a href="/services/anxiety">Anxiety</a> <a href="/services/adhd">ADHD</a>
<a href="/services/treatment-resistant-depression">Treatment-resistant depression</a> <a href="/services/esketamine-referral">Esketamine referral</a> <a href="/services/ketamine-assisted-therapy">Ketamine-assisted therapy</a>
<a href="/insurance">Insurance</a> <a href="/our-prescribers">Our prescribers</a> <a href="/locations">Partner locations</a> <a href="/blog">Blog</a> <a href="/contact">Contact</a> <a href="/book">Book</a>
</nav></header>
<h1>Our prescribers</h1>
<p>Every Northstar patient sees a named, licensed prescriber by video. Our prescribers evaluate patients for treatment-resistant depression and coordinate esketamine (Spravato) with our in-person partner clinics in Minnesota, Wisconsin and Iowa.</p>
<div class="card"><h3>Priya Raman, MD</h3><p>Board-certified psychiatrist &middot; Medical Director &middot; Licensed in MN, WI, IA, ND</p><p>Special interests: treatment-resistant depression, esketamine, perinatal psychiatry.</p><a href="/book?clinician=raman">Book with Dr. Raman</a></div>
<div class="card"><h3>Tom Eriksen, PMHNP-BC</h3><p>Psychiatric nurse practitioner &middot; Licensed in MN, WI</p><p>Special interests: depression, PTSD, ketamine-assisted therapy preparation.</p><a href="/book?clinician=eriksen">Book with Tom</a></div>
<div class="card"><h3>Amina Yusuf, DO</h3><p>Board-certified psychiatrist &middot; Licensed in MN, IA</p><p>Special interests: bipolar depression, medication management.</p><a href="/book?clinician=yusuf">Book with Dr. Yusuf</a></div>
<div class="card"><h3>Greg Lindqvist, PA-C</h3><p>Physician assistant, psychiatry &middot; Licensed in MN</p><p>Special interests: anxiety, ADHD, esketamine follow-up.</p><a href="/book?clinician=lindqvist">Book with Greg</a></div>
<footer>
<nav><a href="/about">About</a> | <a href="/careers">Careers</a> | <a href="/privacy">Privacy</a> | <a href="/good-faith-estimate">Good faith estimate</a> | <a href="/accessibility">Accessibility</a> | <a href="/sitemap">Sitemap</a></nav>
<p>&copy; 2026 Northstar TeleMental Health, PLLC</p>
</footer>
""")

p("h14119", "https://evenkeel-telehealth.example/blog/spravato-scam-websites", "telehealth", False, "en",
  "telehealth-blog-scam-warning-medium", "How to Spot Fake 'Spravato' Websites | EvenKeel Telehealth Blog", """
<header><a href="/">EvenKeel</a> <nav><a href="/how-it-works">How it works</a> <a href="/ketamine-therapy">At-home ketamine therapy</a> <a href="/blog">Blog</a> <a class="btn" href="/get-started">Get started</a></nav></header>
<article>
<h1>How to spot fake &ldquo;Spravato&rdquo; websites</h1>
<p class="byline">Reviewed by Marisol Ortega, MD, psychiatrist &middot; November 2026</p>
<p>Search for esketamine nasal spray and you'll quickly find shops offering &ldquo;Spravato 56 mg kits, no prescription, bitcoin accepted, free reship.&rdquo; Some show a price table ($489 a kit, cheaper by five), star reviews and a WhatsApp number. A few copy the look of a telehealth service and promise &ldquo;approval in minutes&rdquo; after a questionnaire.</p>
<p>Here are the red flags our care team sees in screenshots patients send us:</p>
<ul>
<li>Esketamine shipped to your home. Spravato is only dispensed to certified healthcare settings.</li>
<li>No live visit with a clinician, or an &ldquo;approval rate&rdquo; advertised on the homepage.</li>
<li>Payment by crypto, gift cards or Zelle to a person.</li>
<li>&ldquo;Stealth&rdquo; or &ldquo;discreet&rdquo; packaging and reship guarantees in case customs seizes the parcel.</li>
<li>Contact only through WhatsApp or Telegram.</li>
</ul>
<h2>How EvenKeel is different</h2>
<p>EvenKeel prescribes ketamine (never esketamine) for at-home use only after a live video assessment with a licensed clinician, and only through licensed US pharmacies. Many people we see are better served by Spravato at a certified center or by IV ketamine in clinic, and we refer them there.</p>
<a class="btn" href="/get-started">See if you're a candidate</a>
</article>
""")

p("h14120", "https://tidewater-virtualcare.example/pricing.txt", "telehealth", False, "en",
  "telehealth-pricing-txt-snippet", "Tidewater Virtual Care pricing", """
Tidewater Virtual Care - psychiatry by video (VA, MD, DC). Initial psychiatric evaluation $295; follow-ups $140 (25 min). Most BCBS, Aetna, Cigna and Tricare plans accepted. If your psychiatrist recommends Spravato (esketamine), we handle the prior authorization and refer you to a certified center in Norfolk, Richmond or Alexandria; the center bills the treatment sessions separately.
""", ext="txt")

p("h14121", "https://psychiatrie-online-sprechstunde.example/esketamin-abklaerung", "telehealth", False, "de",
  "telepsychiatrie-de-medium", "Abklärung für Esketamin-Nasenspray per Videosprechstunde | Psychiatrie Online-Sprechstunde", """
<header><a href="/">Psychiatrie Online-Sprechstunde</a>
<nav><a href="/leistungen">Leistungen</a> <a href="/esketamin-abklaerung">Esketamin-Abklärung</a> <a href="/aerztinnen">Unsere Ärztinnen und Ärzte</a> <a href="/kosten">Kosten</a> <a href="/termin">Termin buchen</a></nav></header>
<h1>Esketamin-Nasenspray: Abklärung per Videosprechstunde</h1>
<p>Esketamin-Nasenspray (Spravato) ist in Deutschland für Erwachsene mit behandlungsresistenter Depression zugelassen, wenn mindestens zwei Antidepressiva in ausreichender Dosis und Dauer nicht geholfen haben. Die Anwendung erfolgt ausschließlich in einer Praxis oder Klinik unter ärztlicher Aufsicht, mit anschließender Überwachung.</p>
<p>In unserer Videosprechstunde prüfen Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie, ob diese Behandlung für Sie in Frage kommt:</p>
<ul>
<li>ausführliches Erstgespräch per Video (ca. 50 Minuten)</li>
<li>Sichtung Ihrer Vorbefunde und bisherigen Medikation</li>
<li>Ausschluss von Kontraindikationen, z.&nbsp;B. unbehandelter Bluthochdruck oder Aneurysma</li>
<li>schriftlicher Befundbericht und Überweisung an eine kooperierende Praxis oder Klinik in Ihrer Nähe</li>
</ul>
<p><b>Wir verschicken kein Esketamin und stellen dafür keine Privatrezepte zur Anwendung zu Hause aus.</b></p>
<h2>Kosten</h2>
<p>Für gesetzlich Versicherte wird die Videosprechstunde mit der Krankenkasse abgerechnet (bitte eGK bereithalten). Privatversicherte und Selbstzahler: Erstgespräch nach GOÄ ca. 120&ndash;160 &euro;.</p>
<p><a class="btn" href="/termin?leistung=esketamin">Videotermin vereinbaren</a></p>
<footer><p>Psychiatrie Online-Sprechstunde MVZ GmbH &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></p></footer>
""", noise="cookie-de")

p("h14122", "https://telepsiquiatria-aurora.example/es/esketamina-evaluacion-en-linea", "telehealth", False, "es",
  "telepsiquiatria-es-medium", "Evaluación en línea para tratamiento con esketamina | Telepsiquiatría Aurora", """
<nav><a href="/es/">Inicio</a> · <a href="/es/servicios">Servicios</a> · <a href="/es/esketamina-evaluacion-en-linea">Esketamina</a> · <a href="/es/psiquiatras">Nuestros psiquiatras</a> · <a href="/es/tarifas">Tarifas</a> · <a href="/es/agendar">Agendar cita</a></nav>
<h1>¿Depresión que no mejora? Evaluación por videollamada para esketamina</h1>
<p>En Telepsiquiatría Aurora atendemos a pacientes de todo México por videollamada. Si has probado al menos dos antidepresivos sin respuesta suficiente, uno de nuestros psiquiatras con cédula de especialidad puede valorar si eres candidato a esketamina en spray nasal.</p>
<h2>Cómo funciona</h2>
<ol>
<li>Agenda tu consulta de valoración (60 minutos) y llena el historial clínico en línea.</li>
<li>El psiquiatra revisa tus tratamientos previos, tu presión arterial y posibles contraindicaciones.</li>
<li>Si la esketamina es adecuada, te canalizamos a uno de nuestros centros aliados en CDMX, Guadalajara o Monterrey, donde se aplica bajo supervisión médica con monitoreo de al menos dos horas.</li>
<li>Seguimos tu tratamiento antidepresivo oral y tu evolución por videollamada.</li>
</ol>
<p>Importante: la esketamina no se envía a domicilio ni se aplica en casa. Desconfía de cualquier página que la venda sin receta.</p>
<p><b>Costo:</b> consulta de valoración $1,400 MXN; consultas de seguimiento $950 MXN. Pago con tarjeta o transferencia al agendar. Las sesiones se pagan directamente al centro.</p>
<p><a class="btn" href="/es/agendar?motivo=esketamina">Agendar valoración</a></p>
""", noise="cookie-es")

p("h14123", "https://teleconsulta-mente-sa.example/escetamina", "telehealth", False, "pt",
  "telemedicina-pt-short", "Teleconsulta psiquiátrica para avaliação de escetamina | Mente SA Telemedicina", """
<nav><a href="/">Início</a> | <a href="/especialidades">Especialidades</a> | <a href="/escetamina">Escetamina</a> | <a href="/agendar">Agendar</a></nav>
<h1>Avaliação para escetamina (Spravato) por teleconsulta</h1>
<p>A escetamina em spray nasal é indicada para depressão resistente ao tratamento e só pode ser aplicada em clínica ou hospital, sob observação médica. Na Mente SA, psiquiatras com CRM e RQE ativos fazem a avaliação inicial por vídeo, solicitam exames quando necessário e encaminham você a uma clínica parceira em São Paulo, Campinas ou Curitiba.</p>
<p>Consulta de avaliação: R$ 480 (emitimos recibo para reembolso do plano de saúde). Não vendemos nem enviamos escetamina.</p>
<p><a href="/agendar?servico=escetamina">Agendar teleconsulta</a></p>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics (8)

p("h14124", "https://harborlight-spravato-center.example/", "clinic", False, "en",
  "rems-center-homepage-long-chrome", "Harborlight Spravato Treatment Center | REMS-Certified Esketamine in Tampa", """
<div class="topbar">Call (813) 555-0142 &middot; Mon&ndash;Sat 7:30am&ndash;6pm &middot; 4102 W Kennedy Blvd, Suite 210, Tampa FL</div>
<header>
<a class="logo" href="/">Harborlight <small>Spravato &amp; Ketamine Center</small></a>
<nav>
<a href="/">Home</a> <a href="/spravato">Spravato</a> <a href="/iv-ketamine">IV ketamine</a> <a href="/tms">TMS</a>
<a href="/pricing">Pricing &amp; insurance</a> <a href="/referrals">For referring providers</a> <a href="/team">Our team</a> <a href="/faq">FAQ</a>
<a class="btn" href="/book">Book a consultation</a>
</nav>
</header>
<main>
<section class="hero">
<h1>Esketamine nasal spray, given safely in a calm, private room</h1>
<p>Harborlight is a REMS-certified Spravato treatment center. Our psychiatrists and nurses have supervised more than 6,500 esketamine sessions since 2020.</p>
<a class="btn big" href="/book">Book now</a> <a class="btn ghost" href="/referrals">Refer a patient</a>
</section>
<section>
<h2>What a Spravato session looks like</h2>
<p>You arrive, we check your blood pressure, and you self-administer the nasal spray devices under a nurse's direct observation in a private recliner suite. You stay with us for at least two hours while we monitor for sedation, dissociation and changes in blood pressure. Someone else must drive you home.</p>
<ul>
<li><b>Induction:</b> twice a week for weeks 1&ndash;4</li>
<li><b>Optimization:</b> once a week for weeks 5&ndash;8</li>
<li><b>Maintenance:</b> weekly or every other week, individualized</li>
</ul>
</section>
<section>
<h2>Insurance and cost</h2>
<p>Most commercial plans, Medicare and Florida Medicaid cover Spravato for treatment-resistant depression after prior authorization. Our benefits team handles the paperwork, usually within 7&ndash;10 business days, and can enroll you in the manufacturer's savings program.</p>
<table>
<tr><th>Self-pay (no insurance)</th><th></th></tr>
<tr><td>Psychiatric consultation</td><td>$350</td></tr>
<tr><td>Observation &amp; monitoring fee per session</td><td>$250 (medication billed separately by specialty pharmacy)</td></tr>
<tr><td>IV ketamine infusion (for comparison)</td><td>$475 per infusion, 6-infusion package $2,550</td></tr>
</table>
<p>Pay your bill online via the <a href="/pay">patient payment portal</a>. CareCredit and HSA/FSA cards accepted.</p>
</section>
<section class="testimonials">
<blockquote>&ldquo;After eight years and nine medications, week three of Spravato was the first time I wanted to cook dinner again.&rdquo; &ndash; Patient, 47</blockquote>
</section>
</main>
<footer>
<p>Harborlight Psychiatric Associates, LLC &middot; Medical Director: Kevin Morales, MD &middot; Certified under the Spravato REMS</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/notice-of-privacy-practices">Notice of privacy practices</a> &middot; <a href="/careers">Careers</a> &middot; <a href="/gift-cards">Gift cards</a></p>
</footer>
""", noise="cookie")

p("h14125", "https://stmarkuniversityhealth.example/departments/psychiatry/interventional-psychiatry/esketamine-clinic", "clinic", False, "en",
  "hospital-department-page-medium", "Esketamine Clinic - Interventional Psychiatry Service | St. Mark University Health", """
<nav class="global"><a href="/">St. Mark University Health</a> <a href="/find-a-doctor">Find a doctor</a> <a href="/locations">Locations</a> <a href="/patients-visitors">Patients &amp; visitors</a> <a href="/mychart">MyChart</a> <a href="/give">Give</a></nav>
<nav class="crumbs"><a href="/departments">Departments</a> / <a href="/departments/psychiatry">Psychiatry</a> / <a href="/departments/psychiatry/interventional-psychiatry">Interventional Psychiatry</a> / Esketamine Clinic</nav>
<h1>Esketamine Clinic</h1>
<p>The Esketamine Clinic is part of the Interventional Psychiatry Service, alongside our ECT, TMS and IV ketamine programs. We provide esketamine (Spravato) nasal spray to adults with treatment-resistant depression and to adults with major depressive disorder and acute suicidal ideation as part of a comprehensive treatment plan.</p>
<h2>Who we see</h2>
<p>Patients are referred by their psychiatrist or primary care clinician. A referral form and recent medication history are required. Every patient has an intake evaluation with one of our attending psychiatrists before the first treatment.</p>
<h2>Where and when</h2>
<p>Outpatient Pavilion, 3rd floor, Suite 3200. Treatments Monday&ndash;Friday, 8:00 a.m. to 4:00 p.m. Plan on being here for about 2 hours 30 minutes for each visit. You may not drive until the next day after a treatment.</p>
<h2>Research</h2>
<p>Our faculty lead clinical trials on rapid-acting antidepressants. Ask your clinician whether a study may be right for you.</p>
<p><b>Referrals:</b> fax (555) 013-7789 or send through Epic to &ldquo;Interventional Psychiatry &ndash; Esketamine&rdquo;. Questions: (555) 013-7700.</p>
""")

p("h14126", "https://renewmind-ketamine-clinic.example/patients/your-first-spravato-visit", "clinic", False, "en",
  "clinic-patient-instructions-partial", "Your first Spravato visit | RenewMind Ketamine & Spravato Clinic", """
<div class="content">
<h2>Before you come</h2>
<ul>
<li>Do not eat for 2 hours and do not drink anything for 30 minutes before your appointment &ndash; nausea is common.</li>
<li>Take your usual antidepressant unless your psychiatrist told you otherwise.</li>
<li>If you use a nasal decongestant or corticosteroid spray, use it at least one hour before your session.</li>
<li>Arrange a ride. You will not be allowed to drive, use rideshare alone or take public transport alone after your session.</li>
</ul>
<h2>At the clinic</h2>
<p>Check in 15 minutes early. A nurse will take your blood pressure; if it is above 140/90 we may recheck or reschedule. You will use each nasal spray device yourself while the nurse watches, with five minutes between devices. Then you rest in a private room with dim lighting for at least two hours. We check your blood pressure at 40 minutes and before discharge.</p>
<h2>Billing</h2>
<p>We will collect your copay at check-in. Questions about your statement? Call our billing office at (503) 555-0190 or <a href="/pay-my-bill">pay your bill online</a>.</p>
<p><a class="btn" href="/patient-portal">Fill in your intake forms in the patient portal</a></p>
</div>
""")

p("h14127", "https://ember-wellness-infusions.example/services", "clinic", False, "en",
  "clinic-services-packages-nav-heavy", "Services & Packages | Ember Wellness Infusions - Austin", """
<header><a href="/">Ember Wellness Infusions</a>
<nav>
<a href="/services">Services</a> <a href="/services/ketamine-infusions">Ketamine infusions</a> <a href="/services/spravato">Spravato</a> <a href="/services/kap">Ketamine-assisted psychotherapy</a> <a href="/services/nad">NAD+</a> <a href="/services/iv-hydration">IV hydration</a>
<a href="/membership">Membership</a> <a href="/shop/gift-cards">Gift cards</a> <a href="/specials">Specials</a> <a href="/about">About</a> <a href="/contact">Contact</a> <a class="btn" href="/book">Book now</a>
</nav></header>
<h1>Services &amp; packages</h1>
<div class="svc"><h2>Spravato (esketamine nasal spray)</h2><p>REMS-certified. In-network with Aetna, BCBS Texas, Cigna and UnitedHealthcare. Two-hour monitored sessions in our private suites. Self-pay monitoring fee $200/session.</p><a href="/book?service=spravato">Book a Spravato consult</a></div>
<div class="svc"><h2>IV ketamine for depression</h2><p>Single infusion $450 &middot; Series of 6 $2,400 (save $300) &middot; Boosters $400</p><a href="/book?service=ketamine-iv">Book now</a></div>
<div class="svc"><h2>Ketamine-assisted psychotherapy</h2><p>IM ketamine with a licensed therapist present. Preparation + 3 sessions + integration: $2,900.</p></div>
<div class="svc"><h2>IV hydration &amp; NAD+</h2><p>From $149.</p></div>
<p><b>Holiday special:</b> Give the gift of wellness &ndash; $50 bonus with every $250 gift card (IV hydration and NAD+ only; not valid for ketamine or Spravato).</p>
<footer><p>Ember Wellness Infusions &middot; 2201 S Lamar Blvd, Austin TX &middot; (512) 555-0117 &middot; Medical Director: Hannah Cole, MD (anesthesiology)</p></footer>
""")

p("h14128", "https://chu-val-de-loire.example/patients/services/psychiatrie/centre-expert-depression-resistante", "clinic", False, "fr",
  "chu-department-fr-medium", "Centre expert dépression résistante – eskétamine en hôpital de jour | CHU Val-de-Loire", """
<nav><a href="/">CHU Val-de-Loire</a> &gt; <a href="/patients">Patients et visiteurs</a> &gt; <a href="/patients/services">Services de soins</a> &gt; <a href="/patients/services/psychiatrie">Psychiatrie</a></nav>
<h1>Centre expert dépression résistante</h1>
<p>Le centre expert accueille des patients adultes souffrant d'un épisode dépressif caractérisé n'ayant pas répondu à au moins deux traitements antidépresseurs bien conduits. Il propose une évaluation pluridisciplinaire (psychiatre, psychologue, neuropsychologue, infirmier) et, selon les cas, des traitements spécifiques : stimulation magnétique transcrânienne, électroconvulsivothérapie et eskétamine par voie nasale (Spravato).</p>
<h2>L'eskétamine en hôpital de jour</h2>
<p>L'eskétamine est administrée par le patient lui-même, sous la surveillance d'un infirmier, dans les locaux de l'hôpital de jour de psychiatrie (bâtiment C, 2e étage). Une surveillance d'au moins deux heures (tension artérielle, sédation, dissociation) est assurée après chaque administration. Le patient ne doit pas conduire avant le lendemain.</p>
<p>Rythme habituel : deux séances par semaine pendant quatre semaines, puis une séance hebdomadaire ou tous les quinze jours.</p>
<h2>Comment être adressé ?</h2>
<p>Sur courrier de votre psychiatre ou de votre médecin traitant, adressé au secrétariat du centre expert. Un premier rendez-vous d'évaluation vous sera proposé. Délai actuel : environ 8 semaines.</p>
<p>Secrétariat : 02 47 00 00 00, du lundi au vendredi de 9 h à 16 h 30. Les soins sont pris en charge par l'Assurance Maladie.</p>
""", noise="cookie-fr")

p("h14129", "https://asst-colline-ospedale.example/servizi/psichiatria/ambulatorio-depressione-resistente-esketamina", "clinic", False, "it",
  "ospedale-ambulatorio-it-short", "Ambulatorio depressione resistente - Esketamina spray nasale | ASST Colline", """
<nav><a href="/">ASST Colline</a> &rsaquo; <a href="/servizi">Servizi</a> &rsaquo; <a href="/servizi/psichiatria">Psichiatria</a></nav>
<h1>Ambulatorio per la depressione resistente &ndash; esketamina</h1>
<p>Presso il Servizio Psichiatrico dell'Ospedale di Colline è attivo un ambulatorio dedicato ai pazienti adulti con depressione resistente. Dopo una visita specialistica, i pazienti idonei possono iniziare il trattamento con esketamina spray nasale (Spravato), autosomministrato in ambulatorio sotto il controllo di un infermiere, con osservazione di almeno due ore e misurazione della pressione arteriosa.</p>
<p><b>Accesso:</b> con impegnativa del medico di medicina generale o dello psichiatra del CPS per &ldquo;visita psichiatrica &ndash; ambulatorio depressione resistente&rdquo;. Prenotazione tramite CUP regionale o al numero 800 000 000. Il farmaco è a carico del SSN (classe H).</p>
<p>Orari: lunedì, mercoledì e venerdì, 8.30&ndash;14.00. Padiglione B, piano terra.</p>
""")

p("h14130", "https://ggz-rivierenland-zorg.example/behandelingen/esketamine-neusspray", "clinic", False, "nl",
  "ggz-behandelpagina-nl-medium", "Esketamine-neusspray bij therapieresistente depressie | GGZ Rivierenland", """
<nav><a href="/">GGZ Rivierenland</a> | <a href="/behandelingen">Behandelingen</a> | <a href="/locaties">Locaties</a> | <a href="/verwijzers">Voor verwijzers</a> | <a href="/kosten">Kosten en vergoeding</a> | <a href="/contact">Contact</a></nav>
<h1>Behandeling met esketamine-neusspray</h1>
<p>Bij een depressie die niet genoeg verbetert na meerdere behandelingen kan esketamine-neusspray (Spravato) een optie zijn. Op onze polikliniek Depressie in Tiel dient u de neusspray zelf toe, onder toezicht van een verpleegkundige. Daarna blijft u minimaal twee uur bij ons ter observatie; we meten uw bloeddruk en letten op slaperigheid en dissociatie.</p>
<h2>Voor wie?</h2>
<p>Volwassenen met een therapieresistente depressie, bij wie minstens twee antidepressiva onvoldoende hebben geholpen. De psychiater beoordeelt eerst tijdens een intakegesprek of de behandeling geschikt is.</p>
<h2>Verwijzing en vergoeding</h2>
<p>U heeft een verwijzing nodig van uw huisarts of behandelaar. De behandeling valt onder de basisverzekering; houd rekening met uw eigen risico.</p>
<h2>Praktisch</h2>
<ul><li>Neem iemand mee of regel vervoer: u mag na de behandeling niet zelf rijden.</li><li>Eet twee uur van tevoren niet meer.</li><li>Reken op ongeveer 2,5 uur per afspraak.</li></ul>
<p>Vragen? Bel het secretariaat polikliniek Depressie: 0344 &ndash; 00 00 00.</p>
""", noise="cookie-nl")

p("h14131", "https://clinica-esketamina-madrid.example/precios", "clinic", False, "es",
  "private-clinic-prices-whatsapp-es", "Precios del tratamiento con esketamina y ketamina | Clínica Serena Madrid", """
<header><a href="/">Clínica Serena</a> <nav><a href="/tratamientos">Tratamientos</a> <a href="/esketamina">Esketamina</a> <a href="/ketamina-intravenosa">Ketamina intravenosa</a> <a href="/equipo">Equipo médico</a> <a href="/precios">Precios</a> <a href="/pedir-cita">Pedir cita</a></nav></header>
<h1>Precios</h1>
<p>En Clínica Serena (calle de Velázquez, Madrid) todos los tratamientos se realizan en nuestras instalaciones, tras una primera consulta con psiquiatra, y con vigilancia de enfermería durante y después de cada sesión.</p>
<table>
<tr><td>Primera consulta de psiquiatría (60 min)</td><td>180 &euro;</td></tr>
<tr><td>Sesión de esketamina intranasal con monitorización (2 h). Incluye el fármaco</td><td>390 &euro; (56 mg) / 520 &euro; (84 mg)</td></tr>
<tr><td>Bono inducción esketamina: 8 sesiones en 4 semanas</td><td>3.100 &euro;</td></tr>
<tr><td>Infusión de ketamina intravenosa (40 min + recuperación)</td><td>350 &euro;; bono de 6: 1.900 &euro;</td></tr>
</table>
<p>Trabajamos con reembolso de algunas aseguradoras privadas; consúltenos. Puede pagar con tarjeta, transferencia o financiación a 12 meses sin intereses.</p>
<p><b>Pida cita por WhatsApp</b> en el 600 000 000 o <a href="/pedir-cita">en línea</a>. No enviamos medicación a domicilio: la esketamina solo se administra en la clínica.</p>
""", noise="cookie-es")

# ---------------------------------------------------------------- informational (9)

p("h14132", "https://medicines-safety-agency.example/consumers/esketamine-nasal-spray-what-patients-should-know", "informational", False, "en",
  "regulator-consumer-page-long-chrome", "Esketamine nasal spray (Spravato): what patients should know | Medicines Safety Agency", """
<div class="gov-banner">An official website of the Medicines Safety Agency. <a href="#">Here's how you know</a></div>
<header><a href="/">Medicines Safety Agency</a>
<nav><a href="/drugs">Drugs</a> <a href="/consumers">Consumers</a> <a href="/safety-alerts">Safety alerts</a> <a href="/buying-medicines-online">Buying medicines online</a> <a href="/report-a-problem">Report a problem</a> <a href="/news">Newsroom</a></nav></header>
<main>
<p class="crumbs"><a href="/">Home</a> / <a href="/consumers">Consumers</a> / Esketamine nasal spray</p>
<h1>Esketamine nasal spray (Spravato): what patients should know</h1>
<p>Esketamine is approved as a nasal spray for adults with treatment-resistant depression, used together with an oral antidepressant, and for depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behaviour. Because of the risk of serious outcomes from sedation and dissociation, and the potential for abuse and misuse, it is available only through a restricted program called a Risk Evaluation and Mitigation Strategy (REMS).</p>
<h2>How the restricted program works</h2>
<ul>
<li>The medicine is dispensed only to certified healthcare settings and pharmacies.</li>
<li>Patients use the spray in the certified healthcare setting under the direct observation of a healthcare provider.</li>
<li>Patients are monitored for at least two hours after each dose.</li>
<li>Patients must not take the nasal spray device home.</li>
</ul>
<h2>Possible side effects</h2>
<p>Common side effects include dissociation, dizziness, nausea, sedation, vertigo, reduced sensation, anxiety, lethargy, increased blood pressure, vomiting and feeling drunk. The prescribing information includes a boxed warning about sedation, dissociation, respiratory depression, abuse and misuse, and suicidal thoughts and behaviours.</p>
<h2>Esketamine or ketamine sold online</h2>
<p>The Agency is aware of websites and social media accounts offering &ldquo;Spravato&rdquo;, generic esketamine or ketamine nasal sprays without a prescription, often for payment in cryptocurrency and with promises of discreet delivery. Products bought this way may be counterfeit, contaminated or the wrong strength, and using them without medical monitoring can be dangerous. Compounded ketamine products are not approved by the Agency and have not been reviewed for safety or effectiveness.</p>
<p>If you bought a product like this and had a side effect, report it through our <a href="/report-a-problem">reporting portal</a>.</p>
<aside><h3>Related</h3><a href="/safety-alerts/compounded-ketamine-risks">Potential risks of compounded ketamine</a><br><a href="/buying-medicines-online/beware">Know your source: buying medicines online</a></aside>
</main>
<footer><p>Content current as of 10/02/2026</p><p><a href="/accessibility">Accessibility</a> &middot; <a href="/foia">FOIA</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""")

p("h14133", "https://keystone-healthplan.example/providers/clinical-policies/esketamine-spravato-cp-ph-412", "informational", False, "en",
  "insurer-clinical-policy-long", "Clinical Policy: Esketamine (Spravato) CP.PH.412 | Keystone Health Plan", """
<header><a href="/">Keystone Health Plan</a> <nav><a href="/members">Members</a> <a href="/providers">Providers</a> <a href="/providers/clinical-policies">Clinical policies</a> <a href="/providers/prior-authorization">Prior authorization</a> <a href="/pharmacy">Pharmacy</a></nav></header>
<h1>Clinical Policy: Esketamine (Spravato)</h1>
<p>Reference number: CP.PH.412 &middot; Effective date: 01/01/2027 &middot; Last review: 11/2026 &middot; Line of business: Commercial, Medicaid, Marketplace</p>
<h2>Description</h2>
<p>Esketamine (Spravato&reg;) is a non-competitive N-methyl-D-aspartate (NMDA) receptor antagonist nasal spray.</p>
<h2>Policy/Criteria</h2>
<p>It is the policy of Keystone Health Plan that Spravato is <b>medically necessary</b> when the following criteria are met:</p>
<h3>I. Treatment-resistant depression (must meet all)</h3>
<ol>
<li>Diagnosis of major depressive disorder, single or recurrent episode, without psychotic features;</li>
<li>Prescribed by or in consultation with a psychiatrist;</li>
<li>Age &ge; 18 years;</li>
<li>Failure of at least two antidepressants from different classes, each at an adequate dose for at least 6 weeks in the current episode, unless contraindicated or clinically significant adverse effects are experienced;</li>
<li>Used in combination with an oral antidepressant (or as monotherapy per current labeling);</li>
<li>Treatment is administered at a REMS-certified healthcare setting;</li>
<li>Dose does not exceed: induction 84 mg twice weekly for weeks 1&ndash;4; maintenance 84 mg once weekly.</li>
</ol>
<p>Approval duration: 3 months (induction); continued therapy 6 months with documented response (e.g., &ge; 50% reduction in MADRS or PHQ-9).</p>
<h3>II. Major depressive disorder with acute suicidal ideation or behavior</h3>
<p>Approval duration: 4 weeks.</p>
<h2>Not covered</h2>
<p>Compounded ketamine nasal spray, ketamine troches, and racemic ketamine for at-home use are considered experimental/investigational and are not covered under the pharmacy or medical benefit.</p>
<h2>Coding</h2>
<table><tr><td>HCPCS S0013</td><td>Esketamine, nasal spray, 1 mg</td></tr><tr><td>CPT 99415&ndash;99416</td><td>Prolonged clinical staff service (observation)</td></tr><tr><td>G2082 / G2083</td><td>Office or outpatient visit for esketamine self-administration, up to 56 mg / greater than 56 mg, with 2 hours post-administration observation</td></tr></table>
<footer>&copy; 2026 Keystone Health Plan. Clinical policies are not a guarantee of coverage.</footer>
""")

p("h14134", "https://rxmonograph-reference.example/drugs/esketamine-nasal-spray", "informational", False, "en",
  "drug-reference-monograph-medium", "Esketamine Nasal Spray: Uses, Dosage, Side Effects, Warnings | RxMonograph", """
<nav><a href="/">RxMonograph</a> &rsaquo; <a href="/drugs">Drugs A&ndash;Z</a> &rsaquo; <a href="/drugs/e">E</a> &rsaquo; Esketamine</nav>
<h1>Esketamine (nasal)</h1>
<p><b>Brand name:</b> Spravato &middot; <b>Drug class:</b> NMDA receptor antagonist; antidepressant &middot; <b>Controlled substance schedule:</b> CIII (US) &middot; <b>Pregnancy:</b> not recommended</p>
<h2>Dosage</h2>
<p><b>Treatment-resistant depression, adults:</b> Induction phase weeks 1&ndash;4: day 1 starting dose 56 mg; subsequent doses 56 mg or 84 mg twice weekly. Maintenance weeks 5&ndash;8: 56 mg or 84 mg once weekly. Week 9 and after: 56 mg or 84 mg every 2 weeks or once weekly, individualized to the least frequent dosing to maintain remission/response.</p>
<p>Each device delivers 28 mg in two sprays. Wait 5 minutes between devices. Administer under supervision of a healthcare provider; monitor for at least 2 hours.</p>
<h2>Pharmacokinetics</h2>
<p>Mean absolute bioavailability approximately 48% following nasal administration. Tmax 20&ndash;40 minutes. Metabolised primarily by CYP2B6 and CYP3A4 to noresketamine. Terminal half-life 7&ndash;12 hours.</p>
<h2>Common side effects (&ge;5%)</h2>
<p>Dissociation, dizziness, nausea, sedation, vertigo, hypoesthesia, anxiety, lethargy, blood pressure increased, vomiting, feeling drunk.</p>
<h2>Interactions</h2>
<p>CNS depressants (benzodiazepines, opioids, alcohol) may increase sedation. Psychostimulants and MAOIs may increase blood pressure.</p>
<h2>Contraindications</h2>
<p>Aneurysmal vascular disease, arteriovenous malformation, history of intracerebral hemorrhage, hypersensitivity to esketamine or ketamine.</p>
<p class="small">Compare: <a href="/drugs/ketamine">ketamine (injection)</a> &middot; <a href="/drugs/zuranolone">zuranolone</a> &middot; Last updated 09/2026.</p>
""")

p("h14135", "https://valleyherald-news.example/2026/11/19/telegram-spravato-sellers-investigation", "informational", False, "en",
  "news-investigation-quotes-vendors-long", "'No script needed': Inside the online trade in esketamine nasal spray | Valley Herald", """
<header><a href="/">The Valley Herald</a> <nav><a href="/news">News</a> <a href="/health">Health</a> <a href="/investigations">Investigations</a> <a href="/opinion">Opinion</a> <a href="/subscribe">Subscribe</a></nav></header>
<article>
<p class="kicker">Investigation</p>
<h1>&lsquo;No script needed&rsquo;: Inside the online trade in esketamine nasal spray</h1>
<p class="byline">By Rachel Okafor &middot; November 19, 2026</p>
<p>The Telegram channel has 11,000 subscribers and a cheerful rocket-ship logo. Its pinned menu lists &ldquo;Spravato devices 28mg sealed pharma&rdquo; at $260 each and a &ldquo;keta nasal spray 10ml&rdquo; at $120, payable in bitcoin, Litecoin, CashApp or Apple gift cards. &ldquo;No script needed,&rdquo; the menu says. &ldquo;Stealth ship, 48h in US.&rdquo;</p>
<p>Over six weeks, the Herald documented more than 30 websites, Telegram channels and marketplace listings offering esketamine &ndash; the ketamine-derived nasal spray approved in 2019 for treatment-resistant depression &ndash; to anyone willing to pay. Several sites copy the look of telehealth start-ups, promising &ldquo;approval in minutes&rdquo; after an online questionnaire. One, which calls itself a pharmacy, offers a five-kit bundle for $1,949 and a &ldquo;free reship&rdquo; if customs seizes the parcel.</p>
<p>A reporter ordered a single device from one of the channels. It arrived 16 days later in a padded envelope labelled &ldquo;phone accessories.&rdquo; Laboratory analysis commissioned by the Herald found the device contained racemic ketamine at roughly a third of the labelled dose and no esketamine at all.</p>
<p>&ldquo;These products are dangerous precisely because the real drug is so tightly controlled,&rdquo; said Dr. Alan Whitfield, a psychiatrist who runs a certified treatment center in Sacramento. &ldquo;We watch every patient for two hours. Blood pressure can spike. People dissociate. You would not want to be alone in your apartment for that.&rdquo;</p>
<p>Legitimate Spravato is dispensed only to certified clinics, where patients self-administer it under observation. List prices run about $600 to $900 per treatment session before insurance. Waiting lists at some clinics stretch to three months, which sellers exploit in their advertising.</p>
<p>A spokesperson for the state pharmacy board said it had referred several of the sites to federal authorities. Telegram did not respond to a request for comment; the channel was still active at the time of publication.</p>
<p class="help">If you or someone you know is struggling, call or text 988.</p>
</article>
<aside class="related"><h4>More from Health</h4><a href="/2026/10/02/ketamine-clinics-boom">Ketamine clinics boom as insurers balk</a></aside>
""", noise="cookie")

p("h14136", "https://trd-support-community.example/threads/spravato-session-6-dissociation-and-those-buy-online-sites.18822/", "informational", False, "en",
  "patient-forum-thread-medium", "Spravato session 6 - dissociation, and those 'buy online' sites? | TRD Support Community", """
<nav><a href="/">TRD Support Community</a> &rsaquo; <a href="/forums/esketamine-spravato.7/">Esketamine / Spravato</a></nav>
<h1>Spravato session 6 &ndash; dissociation, and those &lsquo;buy online&rsquo; sites?</h1>
<div class="post"><b>grey_heron</b> &middot; Nov 12, 2026
<p>Had my 6th session yesterday (84 mg). The dissociation is still pretty intense for the first 40 min but I'm less scared of it now. Nurse says BP was 152/94 at the peak and came down by the end. Anyone else find it gets easier?</p>
<p>Also, unrelated: my insurance is fighting the maintenance phase and I keep getting ads for sites selling Spravato with no prescription, like $489 a kit with bitcoin. Has anyone actually tried that??</p></div>
<div class="post"><b>lakeside_m</b> &middot; Nov 12, 2026
<p>Week 7 here. Yes it got easier for me around session 8. Music + eye mask helped a lot.</p>
<p>Please don't do the online thing. Those are scams or worse. The devices are only shipped to clinics, so anything you get in the mail isn't coming through a normal chain. Ask your clinic about the manufacturer's copay program and an appeal.</p></div>
<div class="post"><b>moderator_jen</b> &middot; Nov 12, 2026
<p>Reminder of rule 4: no links to sellers, no sourcing discussion. Links removed. @grey_heron, our pinned thread on insurance appeals has templates.</p></div>
<div class="post"><b>grey_heron</b> &middot; Nov 13, 2026
<p>Fair enough, thanks both. Appeal letter going out tomorrow.</p></div>
""")

p("h14137", "https://cascade-compounding-pharmacy.example/prescribers/ketamine-nasal-spray.txt", "informational", False, "en",
  "compounding-pharmacy-prescriber-info-txt", "Cascade Compounding Pharmacy - prescriber information", """
Cascade Compounding Pharmacy (licensed 503A, WA/OR/ID) - Information for prescribers: ketamine HCl nasal spray

We compound ketamine nasal spray (e.g. 50, 100 or 150 mg/ml, metered 0.1 ml pump, 5 or 10 ml) only against a valid, patient-specific prescription from a prescriber with an active DEA registration, sent electronically (EPCS). We do not accept orders from patients, do not sell without a prescription, and do not supply esketamine/Spravato, which is distributed only to REMS-certified settings. A PDMP check is done before every fill; quantities above 10 ml per 30 days require a call with the prescriber. Delivery is by signature-required courier within our licensed states. Pricing is quoted to the patient at the time of fill.
""", ext="txt")

p("h14138", "https://arzneimittel-info-portal.example/gebrauchsinformation/esketamin-nasenspray-28-mg", "informational", False, "de",
  "package-leaflet-excerpt-de-medium", "Esketamin 28 mg Nasenspray – Gebrauchsinformation (Auszug) | Arzneimittel-Info-Portal", """
<nav><a href="/">Arzneimittel-Info-Portal</a> &rsaquo; <a href="/wirkstoffe/e">Wirkstoffe E</a> &rsaquo; Esketamin</nav>
<h1>Gebrauchsinformation: Information für Patienten &ndash; Esketamin 28 mg Nasenspray, Lösung (Auszug)</h1>
<h2>1. Was ist dieses Arzneimittel und wofür wird es angewendet?</h2>
<p>Das Arzneimittel enthält den Wirkstoff Esketamin und gehört zu einer Gruppe von Arzneimitteln, die Antidepressiva genannt werden. Es wird bei Erwachsenen angewendet, um die Symptome einer Depression zu verringern, die mit mindestens zwei verschiedenen Antidepressiva in der aktuellen mittelgradigen bis schweren depressiven Episode nicht erfolgreich behandelt werden konnte (therapieresistente Depression).</p>
<h2>3. Wie ist dieses Arzneimittel anzuwenden?</h2>
<p>Sie wenden das Nasenspray selbst an &ndash; unter Aufsicht eines Arztes oder einer anderen medizinischen Fachkraft in einer medizinischen Einrichtung wie einer Arztpraxis oder Klinik. Ihr Arzt oder das medizinische Fachpersonal zeigt Ihnen, wie das Nasenspray-Gerät anzuwenden ist. Ein Nasenspray-Gerät enthält zwei Sprühstöße (einen Sprühstoß pro Nasenloch) und gibt 28 mg Esketamin ab.</p>
<p>Nach der Anwendung wird Ihr Arzt Sie überwachen und entscheiden, wann Sie die Einrichtung verlassen können. Sie dürfen bis zum nächsten Tag nach einem erholsamen Schlaf kein Fahrzeug führen und keine Maschinen bedienen.</p>
<h2>4. Welche Nebenwirkungen sind möglich?</h2>
<p>Sehr häufig (kann mehr als 1 von 10 Behandelten betreffen): Gefühl, von sich selbst, den eigenen Gedanken, Gefühlen und der Umgebung losgelöst zu sein (Dissoziation), Schwindel, Kopfschmerzen, Schläfrigkeit, Übelkeit, Erbrechen, Geschmacksstörung, vermindertes Gefühl oder Empfindlichkeit, erhöhter Blutdruck.</p>
<p class="quelle">Quelle: Auszug aus der Gebrauchsinformation, Stand 2025. Vollständige Fassung siehe Packungsbeilage.</p>
""", noise="cookie-de")

p("h14139", "https://reduction-risques-asso.example/produits/ketamine/spray-nasal", "informational", False, "fr",
  "harm-reduction-page-fr-medium", "Kétamine en spray nasal : ce qu'il faut savoir | Association Réduction des Risques", """
<nav><a href="/">Accueil</a> | <a href="/produits">Produits</a> | <a href="/produits/ketamine">Kétamine</a> | <a href="/analyse-de-produits">Analyse de produits</a> | <a href="/nous-trouver">Nous trouver</a></nav>
<h1>Kétamine en spray nasal : ce qu'il faut savoir</h1>
<p>Depuis quelques années, des « sprays de kéta » circulent en soirée et sur les réseaux : flacons doseurs remplis de kétamine dissoute, parfois vendus comme de l'« eskétamine » ou du « Spravato ». Le vrai Spravato est un médicament réservé à l'hôpital et aux établissements autorisés ; il n'est pas vendu en ligne ni en pharmacie de ville.</p>
<h2>Les risques spécifiques</h2>
<ul>
<li><b>Dosage incertain :</b> la concentration varie d'un flacon à l'autre et même au cours d'un même flacon. Une pulvérisation peut contenir 5 mg comme 25 mg.</li>
<li><b>Facilité de reprise :</b> le spray se consomme discrètement et rapidement, ce qui favorise les prises répétées et l'escalade.</li>
<li><b>Produits de coupe ou analogues :</b> nos analyses ont retrouvé de la 2F-DCK ou de la MXE dans des flacons vendus comme kétamine.</li>
<li><b>Vessie :</b> l'usage régulier expose à des atteintes urinaires graves (cystite à la kétamine).</li>
</ul>
<h2>Si vous consommez</h2>
<p>Ne mélangez pas avec l'alcool, le GHB/GBL ou les benzodiazépines. Restez assis, dans un endroit sûr, avec une personne de confiance. Faites analyser votre produit : nos permanences d'analyse sont gratuites et anonymes, tous les mercredis de 14 h à 18 h.</p>
<p>Besoin d'en parler ? Drogues Info Service : 0 800 23 13 13 (appel anonyme et gratuit).</p>
""", noise="cookie-fr")

p("h14140", "https://jornal-do-centro-noticias.example/saude/2026/10/escetamina-spray-nasal-venda-ilegal-redes-sociais", "informational", False, "pt",
  "news-article-pt-medium", "Escetamina em spray nasal vendida nas redes sociais sem receita: autoridade do medicamento alerta | Jornal do Centro", """
<header><a href="/">Jornal do Centro</a> <nav><a href="/pais">País</a> <a href="/saude">Saúde</a> <a href="/economia">Economia</a> <a href="/desporto">Desporto</a> <a href="/assinar">Assinar</a></nav></header>
<article>
<h1>Escetamina em spray nasal vendida nas redes sociais sem receita: autoridade do medicamento alerta</h1>
<p class="autor">Por Inês Carvalho &middot; 22 de outubro de 2026, 09:14</p>
<p>A autoridade nacional do medicamento emitiu esta semana um alerta sobre a venda, em redes sociais e sites estrangeiros, de produtos apresentados como escetamina em spray nasal, o medicamento comercializado como Spravato e usado nos hospitais para a depressão resistente ao tratamento.</p>
<p>Numa das páginas consultadas pelo Jornal do Centro, um vendedor oferecia &ldquo;Spravato 28 mg, lacrado, envio discreto por CTT&rdquo; a 210 euros por dispositivo, com pagamento por MB Way ou criptomoeda e contacto apenas por Telegram. Outro anúncio propunha frascos de &ldquo;spray de cetamina&rdquo; de 10 ml a 70 euros.</p>
<p>&ldquo;Em Portugal, este medicamento é de uso exclusivo hospitalar. Qualquer produto vendido pela internet não tem garantia de origem nem de conteúdo&rdquo;, explicou ao jornal um farmacêutico hospitalar de Coimbra. A administração é feita pelo próprio doente, no hospital de dia, com vigilância de pelo menos duas horas.</p>
<p>Segundo dados citados pela autoridade, cerca de 40 hospitais do SNS já disponibilizam o tratamento. A espera para a primeira consulta em psiquiatria pode ultrapassar os seis meses em algumas regiões, o que, segundo associações de doentes, &ldquo;empurra pessoas desesperadas para o mercado ilegal&rdquo;.</p>
<p>A autoridade pede que quem tenha adquirido estes produtos não os utilize e comunique eventuais reações adversas através do Portal RAM.</p>
</article>
""", noise="cookie-pt")

save(OUT, R)
