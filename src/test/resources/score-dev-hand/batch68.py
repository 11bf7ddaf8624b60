# Batch 68 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "A fair sample of the real web". Imagine a crawler that searched for ketamine and esketamine
# in seven languages and kept 40 results at random; these are the pages it would plausibly find, in
# every style, without aiming at tricky cases on purpose.
# Mix: 14 sellers (flagged), 9 telehealth, 8 clinics, 9 informational; 24 English, 16 in
# es/de/fr/nl/pt/it (es 3, de 3, fr 3, nl 2, pt 3, it 2), spread over every category.
# Shapes: padded "buy ketamine HCl" shop page with a long generic "what is ketamine" essay, a bot-check
# wall on a shop URL (url-only), WooCommerce-style injection product page, research-chemical 2-FDCK
# listing "not for human consumption", classified ad for esketamine spray, social-bio "plug" ad
# (plain text), questionnaire-only "online ketamine troches" site, affiliate "best vendors" doorway
# post, Spanish padded shop, German search snippet (plain text), French veterinary vial sold without
# prescription, Dutch research-chemical analogue, Brazilian WhatsApp snippet (plain text), Italian
# shop shipping/reship policy; telehealth landing page with full chrome, virtual psychiatry snippet
# (plain text), at-home safety FAQ, program pricing page, state availability (plain text), companion
# app store listing (plain text), German online psychiatry with Spravato referral, Spanish-language
# page of a US telehealth, Quebec French tele-evaluation; infusion clinic homepage with full chrome,
# maps-style listing (plain text), hospital esketamine clinic, pain clinic CRPS page, pre-infusion
# instructions (plain text), Dutch outpatient mental-health ketamine page, Brazilian infusion clinic,
# Italian hospital Spravato ambulatory; news on a seizure quoting street prices, forum thread,
# government drug fact sheet, harm-reduction tips (plain text), veterinary formulary entry, German
# safer-use page, French news on rising use, Spanish encyclopaedia snippet (plain text), Portuguese
# job post for an infusion nurse.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch68.py (writes batch68/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch68")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h6801", "https://bluepeak-remedies.example/ketamine-hcl-crystal/", "seller", True, "en",
  "padded-shop-page-generic-essay", "Buy Ketamine HCL Crystal Online | Blue Peak Remedies", """
<div class="topbar">Free shipping on orders over $300 | Worldwide delivery | 24/7 support: support@bluepeak-remedies.example</div>
<header><a class="logo" href="/">Blue Peak Remedies</a>
<nav><a href="/">Home</a> <a href="/shop/">Shop</a> <a href="/product-category/anesthetics/">Anesthetics</a> <a href="/product-category/pain-relief/">Pain Relief</a> <a href="/product-category/anxiety/">Anxiety</a> <a href="/blog/">Blog</a> <a href="/contact-us/">Contact Us</a> <a href="/cart/">Cart (0)</a></nav></header>
<main>
<div class="product">
<h1>Ketamine HCL Crystal</h1>
<p class="price">$180.00 – $1,450.00</p>
<p class="stars">★★★★★ (37 customer reviews)</p>
<form class="variations_form"><label>Quantity</label>
<select><option>5 grams - $180</option><option>10 grams - $320</option><option>28 grams - $750</option><option>100 grams - $1,450</option></select>
<input type="number" value="1"> <button type="submit">Add to cart</button></form>
<p class="sku">SKU: BPR-KET-01 &nbsp; Category: Anesthetics</p>
<p>Payment methods: Bitcoin, Ethereum, USDT, Zelle, Cash App. <b>Pay with crypto and get 15% off.</b></p>
</div>
<section class="description">
<h2>Description</h2>
<h3>What is ketamine?</h3>
<p>Ketamine is a medication mainly used for starting and maintaining anesthesia. It induces a trance-like state while providing pain relief, sedation and memory loss. Other uses include sedation in intensive care and treatment of pain and depression. Heart function, breathing and airway reflexes generally remain functional. Effects typically begin within five minutes when given by injection and last up to approximately 25 minutes.</p>
<p>Ketamine was first synthesized in 1962 and approved for use in the United States in 1970. It has been extensively used for surgical anesthesia in the Vietnam War due to its safety. It is on the World Health Organization's List of Essential Medicines.</p>
<h3>How does ketamine work?</h3>
<p>Ketamine is an NMDA receptor antagonist, meaning it blocks the NMDA receptor in the brain. This leads to an increase in the neurotransmitter glutamate, which helps form new connections between neurons. Researchers believe this is one reason why ketamine has rapid antidepressant effects for many people.</p>
<h3>Benefits of ketamine</h3>
<ul><li>Fast-acting relief from depression</li><li>Helps with anxiety and PTSD</li><li>Powerful pain reliever</li><li>Used for relaxation and mindfulness</li><li>Long shelf life when stored properly</li></ul>
<h3>Where to buy ketamine online?</h3>
<p>Looking for where to buy ketamine online without a prescription? Blue Peak Remedies is your trusted source for pharmaceutical grade ketamine HCL crystal shards at the best prices. Our product is 99.8% pure and lab tested. We ship discreetly in vacuum-sealed, smell-proof packaging with no indication of the contents. Orders are dispatched within 24 hours and tracking is provided.</p>
<h3>Why choose us?</h3>
<ul><li>No prescription needed</li><li>100% delivery guarantee – free reship if lost or seized</li><li>Stealth packaging</li><li>Bulk discounts available</li></ul>
<h3>Ketamine dosage</h3>
<p>Dosage depends on the route of administration and the desired effect. Always start with a low dose and increase slowly. Consult our support team for dosage guidance.</p>
</section>
<section class="reviews"><h2>Reviews (37)</h2>
<div class="review"><b>Mike R.</b> ★★★★★ <p>Arrived in 4 days to Ohio. Stealth was great. Will order again.</p></div>
<div class="review"><b>Jenna</b> ★★★★☆ <p>Good quality, took a week to Canada but support answered all my emails.</p></div>
<div class="review"><b>Tom_UK</b> ★★★★★ <p>Legit vendor. Paid with BTC, received in 9 days.</p></div>
</section>
<section class="related"><h2>Related products</h2>
<ul><li><a href="/product/ketalar-50mg-ml/">Ketalar 50mg/ml</a> $250.00</li><li><a href="/product/oxycodone-30mg/">Oxycodone 30mg</a> $280.00</li><li><a href="/product/xanax-2mg-bars/">Xanax 2mg bars</a> $190.00</li><li><a href="/product/nembutal-pentobarbital/">Nembutal</a> $420.00</li></ul></section>
</main>
<footer><p>© 2026 Blue Peak Remedies. All rights reserved.</p><p><a href="/privacy-policy/">Privacy Policy</a> | <a href="/refund-policy/">Refund Policy</a> | <a href="/shipping/">Shipping</a> | <a href="/faq/">FAQ</a></p>
<p>Disclaimer: Information on this site is for educational purposes only.</p></footer>
""", noise="cookie")

p("h6802", "https://buy-ketamine-crystal.test/product/ketamine-crystal-shards-28g", "seller", True, "en",
  "bot-check-wall-url-only", "Just a moment...", """
<div class="main-wrapper" role="main">
<div class="main-content">
<h1 class="zone-name-title h1">buy-ketamine-crystal.test</h1>
<h2 class="h2" id="challenge-running">Checking if the site connection is secure</h2>
<noscript><div class="h2"><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></noscript>
<div id="challenge-body-text" class="core-msg spacer">buy-ketamine-crystal.test needs to review the security of your connection before proceeding.</div>
</div></div>
<div class="footer" role="contentinfo"><div class="footer-inner"><div class="clearfix diagnostic-wrapper"><div class="ray-id">Ray ID: <code>8f3a1c7d2be04a11</code></div></div>
<div class="text-center" id="footer-text">Performance &amp; security by EdgeShield</div></div></div>
""")

p("h6803", "https://medsquick24.test/product/ketamine-hydrochloride-injection-usp-500mg-10ml/", "seller", True, "en",
  "woocommerce-injection-product", "Ketamine Hydrochloride Injection USP 500mg/10ml – MedsQuick24", """
<header class="site-header"><div class="site-branding"><a href="/">MedsQuick24</a><span>Your Online Pharmacy</span></div>
<nav class="main-navigation"><ul><li><a href="/">Home</a></li><li><a href="/shop/">Shop</a></li><li><a href="/product-category/injectables/">Injectables</a></li><li><a href="/product-category/sleep-aids/">Sleep Aids</a></li><li><a href="/track-order/">Track Order</a></li><li><a href="/my-account/">My Account</a></li></ul></nav>
<div class="header-cart"><a href="/cart/">$0.00 0 items</a></div></header>
<nav class="woocommerce-breadcrumb"><a href="/">Home</a> / <a href="/product-category/injectables/">Injectables</a> / Ketamine Hydrochloride Injection USP 500mg/10ml</nav>
<div class="summary entry-summary">
<h1 class="product_title">Ketamine Hydrochloride Injection USP 500mg/10ml</h1>
<p class="price"><del>$320.00</del> <ins>$265.00</ins></p>
<div class="woocommerce-product-details__short-description">
<p>Multi-dose vial, 50 mg/mL. Manufacturer sealed. Sold in packs of 1, 5 and 10 vials.</p>
<p>✔ No prescription required &nbsp; ✔ Overnight shipping within USA &nbsp; ✔ Secure &amp; discreet</p></div>
<form class="cart"><select name="attribute_pack"><option>1 vial</option><option>5 vials (save 10%)</option><option>10 vials (save 18%)</option></select>
<div class="quantity"><input type="number" step="1" min="1" value="1"></div>
<button type="submit" name="add-to-cart" class="single_add_to_cart_button button alt">Add to cart</button></form>
<div class="product_meta"><span class="posted_in">Category: <a href="/product-category/injectables/">Injectables</a></span> <span class="tagged_as">Tags: <a href="#">buy ketamine</a>, <a href="#">ketalar</a>, <a href="#">special k</a></span></div>
</div>
<div class="woocommerce-tabs"><ul class="tabs"><li>Description</li><li>Additional information</li><li>Reviews (12)</li></ul>
<div class="panel"><h2>Description</h2>
<p>Ketamine hydrochloride injection is a rapid-acting general anesthetic. Each mL contains ketamine hydrochloride equivalent to 50 mg ketamine base, with benzethonium chloride as preservative. Store at 20° to 25°C and protect from light.</p>
<p>Order now and receive your package in 1–3 business days. We accept Bitcoin, Apple Pay and gift cards (Amazon, Steam). Message us on WhatsApp +1 555 0148 for wholesale prices.</p></div>
<div class="panel"><h2>Additional information</h2><table><tr><th>Weight</th><td>0.1 kg</td></tr><tr><th>Pack</th><td>1 vial, 5 vials, 10 vials</td></tr></table></div></div>
<section class="related products"><h2>Related products</h2><ul><li>Midazolam 5mg/ml – $140.00</li><li>Propofol 1% – $210.00</li><li>Diazepam 10mg – $95.00</li></ul></section>
<footer><div class="widget"><h3>Payment</h3><p>BTC · ETH · Gift cards</p></div><p>© 2026 MedsQuick24 · <a href="/terms/">Terms</a></p></footer>
""")

p("h6804", "https://labchemhub.example/shop/arylcyclohexylamines/2-fdck-crystals/", "seller", True, "en",
  "research-chemical-analogue-listing", "2-FDCK Crystals | LabChemHub – Research Chemicals", """
<header><a href="/">LabChemHub</a> <span>High purity research chemicals since 2017</span>
<nav><a href="/shop/">All products</a> <a href="/shop/arylcyclohexylamines/">Arylcyclohexylamines</a> <a href="/shop/benzofurans/">Benzofurans</a> <a href="/shop/cathinones/">Cathinones</a> <a href="/shop/pellets/">Pellets</a> <a href="/faq/">FAQ</a></nav></header>
<main>
<h1>2-FDCK (2-Fluorodeschloroketamine) Crystals</h1>
<p>Purity: ≥99.5% (HPLC) · CAS: 111982-50-4 · Batch COA available on request</p>
<table class="prices"><tr><th>Amount</th><th>Price</th><th></th></tr>
<tr><td>1 g</td><td>€22.00</td><td><button>Add to basket</button></td></tr>
<tr><td>5 g</td><td>€75.00</td><td><button>Add to basket</button></td></tr>
<tr><td>10 g</td><td>€120.00</td><td><button>Add to basket</button></td></tr>
<tr><td>25 g</td><td>€240.00</td><td><button>Add to basket</button></td></tr>
<tr><td>100 g</td><td>€690.00</td><td><button>Add to basket</button></td></tr></table>
<p><b>Not for human consumption.</b> This product is sold strictly for laboratory research and forensic reference purposes. By purchasing you confirm that you are over 18 and that you will not use this product on humans or animals.</p>
<h2>Shipping</h2>
<p>Orders placed before 14:00 CET ship the same day from within the EU. Packages are sent in discreet, odourless mylar bags. Tracked shipping to most countries; we reship once for free if a parcel does not arrive.</p>
<h2>Payment</h2>
<p>Bank transfer (SEPA), Bitcoin, Litecoin, Monero. Crypto orders receive 10% discount.</p>
<p class="related">Customers also bought: <a href="/shop/arylcyclohexylamines/dck/">DCK</a>, <a href="/shop/arylcyclohexylamines/3-meo-pcp/">3-MeO-PCP</a>, <a href="/shop/arylcyclohexylamines/o-pce/">O-PCE</a></p>
</main>
<footer>© LabChemHub · <a href="/legal/">Legal notice</a> · <a href="/terms/">Terms of sale</a></footer>
""", noise="cookie")

p("h6805", "https://tradepost-classifieds.example/ads/health-beauty/spravato-esketamine-nasal-spray-28mg-1876203", "seller", True, "en",
  "classified-ad-listing", "Spravato esketamine nasal spray 28mg - Health & Beauty - TradePost", """
<header><a href="/">TradePost</a> <form><input placeholder="What are you looking for?"><select><option>All locations</option></select><button>Search</button></form> <a href="/post">+ Post an ad</a> <a href="/login">Log in</a></header>
<nav class="crumbs"><a href="/">Home</a> › <a href="/ads/health-beauty/">Health &amp; Beauty</a> › Other</nav>
<main>
<h1>Spravato esketamine nasal spray 28mg</h1>
<p class="price">$95 each / negotiable</p>
<p class="meta">Posted 2 days ago · Houston, TX · Ad ID 1876203 · 143 views</p>
<div class="desc">
<p>Have 6 devices of Spravato 28mg, sealed in original box, exp 2027. Don't need them anymore. Can meet in person around Houston or ship USPS anywhere in US. No questions asked. Cash, Zelle or CashApp. Text only 555-0193.</p>
</div>
<div class="seller"><b>dani_k88</b> · Member since 2025 · Usually replies within an hour <button>Send message</button> <button>Show phone</button></div>
<div class="safety"><h3>Safety tips</h3><ul><li>Meet in a public place</li><li>Never pay in advance</li><li>Report suspicious ads</li></ul></div>
<section><h3>Similar ads</h3><ul><li>Omron blood pressure monitor – $30</li><li>Wheelchair, foldable – $120</li><li>CPAP machine ResMed – $250</li></ul></section>
</main>
<footer><a href="/about">About</a> · <a href="/terms">Terms of use</a> · <a href="/prohibited">Prohibited items</a> · © 2026 TradePost</footer>
""")

p("h6806", "https://social-app.example/k.plug.downtown", "seller", True, "en",
  "social-bio-ad", "", """
kplug.downtown · 2,341 followers
🚀 fastest drops in the city 🚀 K ❄️ molly 💊 carts 🍬
menu in highlights ✨ same day delivery ✨ shipping nationwide (stealth)
📲 tele @kplugdt  |  snap kplug_dt
💸 cashapp / btc only – no cops no timewasters
""", ext="txt")

p("h6807", "https://calmtroche.example/", "seller", True, "en",
  "questionnaire-only-fake-telehealth", "CalmTroche – Ketamine Troches Delivered in 48 Hours", """
<header><a href="/">CalmTroche</a> <nav><a href="#how">How it works</a> <a href="#pricing">Pricing</a> <a href="#faq">FAQ</a> <a class="btn" href="/start">Get started</a></nav></header>
<section class="hero">
<h1>Ketamine troches at your door. No appointments. No waiting rooms.</h1>
<p>Skip the psychiatrist. Fill in our 2-minute online form and get approved instantly. Your ketamine ships the same day.</p>
<a class="btn" href="/start">Start my 2-minute form →</a>
<p class="small">98% of applicants approved · No video call required · Cancel anytime</p>
</section>
<section id="how"><h2>How it works</h2>
<ol><li><b>Answer 8 quick questions</b> about your mood and goals.</li>
<li><b>Instant approval</b> – our system reviews your answers automatically.</li>
<li><b>Choose your pack</b> and pay securely.</li>
<li><b>Delivered in 48 hours</b> in plain packaging.</li></ol></section>
<section id="pricing"><h2>Pricing</h2>
<div class="plan"><h3>Starter</h3><p>10 troches × 200 mg</p><p>$149</p></div>
<div class="plan"><h3>Monthly</h3><p>30 troches × 300 mg</p><p>$299</p></div>
<div class="plan"><h3>Unlimited</h3><p>Refills whenever you want</p><p>$449/mo</p></div>
</section>
<section id="faq"><h2>FAQ</h2>
<p><b>Do I need a prescription?</b> No. Your form answers are all we need.</p>
<p><b>Will I talk to a doctor?</b> Not unless you want to. Most customers never need to.</p>
<p><b>Can I increase my dose?</b> Yes, just select a higher strength at checkout.</p>
<p><b>Which states do you ship to?</b> All 50 states, plus Canada and the UK.</p></section>
<footer>© 2026 CalmTroche. This site does not provide medical advice. <a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer>
""")

p("h6808", "https://healthyhacksdaily.example/2026/03/best-sites-to-buy-ketamine-online/", "seller", True, "en",
  "affiliate-doorway-listicle", "5 Best Sites to Buy Ketamine Online in 2026 (Tested & Reviewed) – Healthy Hacks Daily", """
<header><a href="/">Healthy Hacks Daily</a> <nav><a href="/category/wellness/">Wellness</a> <a href="/category/supplements/">Supplements</a> <a href="/category/biohacking/">Biohacking</a> <a href="/category/reviews/">Reviews</a></nav></header>
<article>
<h1>5 Best Sites to Buy Ketamine Online in 2026 (Tested &amp; Reviewed)</h1>
<p class="byline">By Chris Vander · Updated March 14, 2026 · 9 min read</p>
<p class="disclosure">This post contains affiliate links. We may earn a commission if you purchase through our links, at no extra cost to you.</p>
<p>Ketamine has gone mainstream. From celebrity interviews to late-night podcasts, everyone seems to be talking about its mood-lifting power. But getting it from a doctor can take months and cost a fortune. So we spent three weeks ordering from the most popular online vendors to find out which ones actually deliver.</p>
<h2>Quick picks</h2>
<ol>
<li><a href="https://go.healthyhacksdaily.example/out/ketaworld">KetaWorld</a> – Best overall (use code HHD10 for 10% off)</li>
<li><a href="https://go.healthyhacksdaily.example/out/purekshop">PureK Shop</a> – Best for crypto payments</li>
<li><a href="https://go.healthyhacksdaily.example/out/nordicchem">NordicChem</a> – Best for EU customers</li>
<li><a href="https://go.healthyhacksdaily.example/out/vialdirect">VialDirect</a> – Best for liquid vials</li>
<li><a href="https://go.healthyhacksdaily.example/out/kstore">K-Store</a> – Cheapest per gram</li>
</ol>
<h2>1. KetaWorld – Best overall</h2>
<p>KetaWorld stocked crystal and powder in every size we wanted. No prescription was asked for, checkout took under two minutes and our 10 g order arrived in five days in a vacuum-sealed pouch inside a book. Customer service replied on Telegram within the hour.</p>
<p><b>Pros:</b> fast, discreet, reship guarantee. <b>Cons:</b> card payments sometimes declined.</p>
<p><a class="btn" href="https://go.healthyhacksdaily.example/out/ketaworld">Check price at KetaWorld →</a></p>
<h2>2. PureK Shop – Best for crypto</h2>
<p>If you already hold Bitcoin or USDT, PureK gives 20% off crypto orders. Their lab reports showed 99% purity.</p>
<p><a class="btn" href="https://go.healthyhacksdaily.example/out/purekshop">Visit PureK Shop →</a></p>
<h2>3. NordicChem – Best for EU</h2>
<p>Ships from inside the EU so there is no customs risk for European buyers. Also sells analogues like 2-FDCK at lower prices.</p>
<h2>How we tested</h2>
<p>We placed real orders, timed delivery, and had samples checked with reagent kits.</p>
<h2>Is it legal to buy ketamine online?</h2>
<p>Laws vary by country. Always do your own research.</p>
</article>
<aside><h3>Popular posts</h3><ul><li><a href="#">Best kratom vendors 2026</a></li><li><a href="#">Where to buy modafinil without prescription</a></li><li><a href="#">Top 7 CBD gummies</a></li></ul></aside>
<footer>© 2026 Healthy Hacks Daily · <a href="/disclaimer/">Disclaimer</a> · <a href="/affiliate-disclosure/">Affiliate disclosure</a></footer>
""", noise="cookie")

p("h6809", "https://farmaciaexpress-24h.example/es/comprar-ketamina-online", "seller", True, "es",
  "padded-shop-page-generic-essay", "Comprar Ketamina Online Sin Receta | Envío Discreto – FarmaExpress24", """
<div class="barra-superior">Envío gratis a partir de 150 € · Atención por WhatsApp 24/7</div>
<header><a href="/es/">FarmaExpress24</a>
<nav><a href="/es/">Inicio</a> <a href="/es/tienda">Tienda</a> <a href="/es/categoria/ansiedad">Ansiedad</a> <a href="/es/categoria/dolor">Dolor</a> <a href="/es/categoria/dormir">Dormir</a> <a href="/es/blog">Blog</a> <a href="/es/contacto">Contacto</a></nav>
<a href="/es/carrito">🛒 Carrito</a></header>
<main>
<h1>Comprar ketamina online</h1>
<div class="producto">
<h2>Ketamina 50 mg/ml – vial de 10 ml</h2>
<p class="precio">Desde 89,00 €</p>
<select><option>1 vial – 89 €</option><option>3 viales – 240 €</option><option>5 viales – 375 €</option><option>10 viales – 690 €</option></select>
<button>Añadir al carrito</button>
<p>Pago con Bitcoin, USDT o transferencia bancaria. <b>Sin receta médica.</b> Entrega en 3–7 días en España, México, Colombia, Argentina y Chile.</p>
</div>
<article>
<h2>¿Qué es la ketamina?</h2>
<p>La ketamina es un medicamento anestésico que se utiliza desde los años sesenta en medicina humana y veterinaria. Pertenece al grupo de los anestésicos disociativos y actúa bloqueando los receptores NMDA del cerebro. En dosis bajas produce analgesia y, según numerosos estudios, un efecto antidepresivo rápido.</p>
<h2>¿Para qué sirve la ketamina?</h2>
<ul><li>Anestesia en procedimientos cortos</li><li>Tratamiento del dolor agudo y crónico</li><li>Depresión resistente</li><li>Ansiedad y estrés postraumático</li></ul>
<h2>Efectos secundarios</h2>
<p>Entre los efectos más comunes se encuentran mareo, náuseas, visión borrosa, aumento de la presión arterial y sensación de desconexión. Estos efectos suelen desaparecer en pocas horas.</p>
<h2>¿Por qué comprar ketamina en FarmaExpress24?</h2>
<p>Somos una farmacia online con más de 8 años de experiencia. Todos nuestros productos son originales y llegan en embalaje discreto, sin ninguna referencia al contenido. Si su pedido es retenido en aduanas, le reenviamos sin coste. No solicitamos receta ni documentación.</p>
<h2>Preguntas frecuentes</h2>
<p><b>¿Es seguro pagar con Bitcoin?</b> Sí, es el método más rápido y anónimo. Le enviamos la dirección de la cartera por WhatsApp.</p>
<p><b>¿Cuánto tarda el envío?</b> Entre 3 y 7 días laborables según el país.</p>
<p><b>¿Puedo pedir al por mayor?</b> Contacte con nosotros por WhatsApp +34 600 000 417 o Telegram @farmaexpress24.</p>
</article>
<section><h3>Productos relacionados</h3><ul><li>Diazepam 10 mg</li><li>Tramadol 100 mg</li><li>Zolpidem 10 mg</li></ul></section>
</main>
<footer>© 2026 FarmaExpress24 · <a href="/es/aviso-legal">Aviso legal</a> · <a href="/es/envios">Envíos</a> · <a href="/es/devoluciones">Devoluciones</a></footer>
""", noise="cookie-es")

p("h6810", "https://k-shop-eu.example/de/ketamin", "seller", True, "de",
  "search-snippet", "", """
Ketamin kaufen ohne Rezept – K-Shop EU
Ketamin Kristalle und Pulver in Top-Qualität ab 25 €/g. Diskreter Versand aus der EU in 2–4 Tagen, Zahlung per Bitcoin oder Überweisung. Bestellung und Beratung auch über Telegram. Jetzt bestellen!
""", ext="txt")

p("h6811", "https://veto-direct.example/fr/anesthesiques/imalgene-1000-flacon-10ml", "seller", True, "fr",
  "veterinary-product-no-prescription", "Imalgène 1000 – kétamine 100 mg/ml flacon 10 ml | VétoDirect", """
<header><a href="/fr/">VétoDirect</a> <span>La pharmacie vétérinaire en ligne</span>
<nav><a href="/fr/chiens">Chiens</a> <a href="/fr/chats">Chats</a> <a href="/fr/chevaux">Chevaux</a> <a href="/fr/anesthesiques">Anesthésiques</a> <a href="/fr/antiparasitaires">Antiparasitaires</a></nav>
<a href="/fr/panier">Mon panier</a> <a href="/fr/compte">Mon compte</a></header>
<main>
<p class="fil">Accueil › Anesthésiques › Imalgène 1000</p>
<h1>Imalgène 1000 – kétamine 100 mg/ml, flacon de 10 ml</h1>
<p class="prix">39,90 € TTC</p>
<p class="stock">En stock – expédié sous 24 h</p>
<label>Quantité</label> <input type="number" value="1"> <button>Ajouter au panier</button>
<ul class="atouts"><li>✔ Aucune ordonnance demandée</li><li>✔ Livraison en colis neutre partout en Europe</li><li>✔ Paiement CB, PayPal, crypto</li></ul>
<h2>Description</h2>
<p>Solution injectable de kétamine pour anesthésie générale chez le chien, le chat, le cheval et les bovins. Flacon multidose de 10 ml. Conserver à l'abri de la lumière.</p>
<h2>Avis clients</h2>
<p>★★★★★ « Reçu en 3 jours à Lyon, emballage discret, rien à redire. » – Karim</p>
<p>★★★★☆ « Pas besoin d'ordonnance, pratique. Un peu cher. » – Sophie B.</p>
<h2>Vous aimerez aussi</h2>
<ul><li>Dormitor (médétomidine) – 54,00 €</li><li>Domitor 10 ml – 48,50 €</li><li>Xylazine 2 % – 22,90 €</li></ul>
</main>
<footer>VétoDirect © 2026 · <a href="/fr/cgv">CGV</a> · <a href="/fr/livraison">Livraison</a> · <a href="/fr/contact">Contact</a></footer>
""", noise="cookie-fr")

p("h6812", "https://chemwinkel.example/nl/product/o-pce-5g", "seller", True, "nl",
  "research-chemical-analogue-listing", "O-PCE kopen – 5 gram | ChemWinkel", """
<header><a href="/nl/">ChemWinkel</a> <nav><a href="/nl/categorie/dissociatieven">Dissociatieven</a> <a href="/nl/categorie/stimulanten">Stimulanten</a> <a href="/nl/categorie/pellets">Pellets</a> <a href="/nl/winkelwagen">Winkelwagen</a></nav></header>
<main>
<h1>O-PCE (eticyclidone) – 5 gram</h1>
<p>Een dissociatief uit de arylcyclohexylamine-familie, verwant aan ketamine en deschloroketamine. Wit kristallijn poeder, zuiverheid 99,4%.</p>
<table><tr><td>1 g</td><td>€ 19,50</td></tr><tr><td>5 g</td><td>€ 69,00</td></tr><tr><td>10 g</td><td>€ 115,00</td></tr></table>
<button>In winkelwagen</button>
<p><b>Niet voor menselijke consumptie.</b> Uitsluitend bedoeld voor onderzoek en analytische doeleinden. Verkoop alleen aan personen van 18 jaar en ouder.</p>
<p>Betalen met iDEAL, Bancontact of Bitcoin. Voor 16:00 besteld, dezelfde dag verzonden in een neutrale envelop. Verzending naar heel Europa.</p>
</main>
<footer>© ChemWinkel · <a href="/nl/voorwaarden">Algemene voorwaarden</a></footer>
""", noise="cookie-nl")

p("h6813", "https://classificados-br.example/anuncio/cetamina-frasco-10ml-sp-88412", "seller", True, "pt",
  "classified-snippet", "", """
Cetamina 50mg/ml frasco 10ml – R$ 180. Produto lacrado, entrega em todo o Brasil pelos Correios ou motoboy em SP. Não precisa de receita. Chama no WhatsApp (11) 90000-4321, pagamento via Pix.
""", ext="txt")

p("h6814", "https://ketaitalia-store.example/spedizioni-e-resi", "seller", True, "it",
  "seller-shipping-policy", "Spedizioni e resi – KetaItalia Store", """
<header><a href="/">KetaItalia Store</a> <nav><a href="/negozio">Negozio</a> <a href="/chi-siamo">Chi siamo</a> <a href="/spedizioni-e-resi">Spedizioni</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Spedizioni e resi</h1>
<h2>Tempi di consegna</h2>
<p>Tutti gli ordini di ketamina e prodotti correlati vengono spediti entro 24 ore dal pagamento. Consegna in Italia in 2–4 giorni lavorativi, nel resto d'Europa in 4–8 giorni.</p>
<h2>Imballaggio discreto</h2>
<p>Il prodotto viene sigillato sottovuoto e inserito in una confezione anonima, senza loghi né riferimenti al contenuto. Il mittente riportato sul pacco è una ditta di cosmetici.</p>
<h2>Garanzia di riconsegna</h2>
<p>Se il pacco viene trattenuto dalla dogana o non arriva entro 15 giorni, rispediamo l'ordine gratuitamente una volta. Per ordini superiori a 200 € la rispedizione è illimitata.</p>
<h2>Pagamenti</h2>
<p>Accettiamo Bitcoin, Monero e ricariche PostePay. Dopo l'ordine riceverai le istruzioni di pagamento su Telegram (@ketaitalia_support).</p>
<h2>Resi</h2>
<p>Per motivi di sicurezza non accettiamo resi di prodotti aperti.</p>
</main>
<footer>© 2026 KetaItalia Store · Tutti i diritti riservati</footer>
""")

# ---------------------------------------------------------------- telehealth (9)

p("h6815", "https://northstarmind.example/at-home-ketamine-therapy", "telehealth", False, "en",
  "telehealth-landing-full-chrome", "At-Home Ketamine Therapy for Depression & Anxiety | Northstar Mind", """
<div class="announcement">Now accepting new patients in Colorado, Texas and Washington. <a href="/locations">See all states</a></div>
<header><a class="logo" href="/">Northstar Mind</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/our-clinicians">Our clinicians</a> <a href="/research">Research</a> <a href="/faq">FAQ</a> <a href="/login">Log in</a> <a class="cta" href="/eligibility">Check eligibility</a></nav></header>
<main>
<section class="hero"><h1>Ketamine therapy, guided by clinicians, from the comfort of home</h1>
<p>For adults living with depression or anxiety that hasn't improved with other treatments. Every plan starts with a video evaluation by a licensed psychiatric clinician.</p>
<a class="cta" href="/eligibility">Take the eligibility quiz</a> <span>Takes about 5 minutes. The quiz is not a diagnosis.</span></section>
<section id="steps"><h2>How it works</h2>
<ol>
<li><b>Screening.</b> Answer questions about your health history and current medications. We'll tell you if you might be a candidate.</li>
<li><b>Video evaluation.</b> Meet a board-certified psychiatrist or psychiatric nurse practitioner for a 45-minute assessment. They review your records and decide whether ketamine is medically appropriate. Many people are not approved, and we'll suggest other options if so.</li>
<li><b>Prescription &amp; delivery.</b> If approved, your prescription is sent to our licensed partner pharmacy, which ships sublingual tablets to your home with a blood-pressure cuff and a session journal.</li>
<li><b>Guided sessions.</b> Your first session is monitored live over video. A trusted adult must be present with you at every session.</li>
<li><b>Integration.</b> Weekly integration calls with a licensed therapist or coach, plus a follow-up with your clinician after session 4 to adjust or stop treatment.</li>
</ol></section>
<section id="team"><h2>Meet some of our clinicians</h2>
<div class="card"><b>Dr. Helena Marsh, MD</b> – Board-certified psychiatrist, licensed in CO, WA, OR</div>
<div class="card"><b>Jordan Whitfield, PMHNP-BC</b> – Psychiatric nurse practitioner, licensed in TX, NM</div>
<div class="card"><b>Dr. Ravi Kulkarni, DO</b> – Psychiatrist, addiction medicine, licensed in CO, UT</div></section>
<section id="safety"><h2>Is at-home ketamine right for me?</h2>
<p>Ketamine is not suitable for everyone. We do not treat people with uncontrolled high blood pressure, a history of psychosis, active substance use disorder, or who are pregnant. Your clinician may ask for recent lab work or records from your primary care provider.</p></section>
<section id="pricing"><h2>Simple pricing</h2>
<p>Initial evaluation $250. Six-session program $780, including medication, shipping, clinician follow-ups and integration calls. HSA/FSA cards accepted. Superbills available for out-of-network reimbursement.</p></section>
<section class="testimonials"><blockquote>"For the first time in years I felt like I could get out of my own way." – Amanda, 34, Denver</blockquote><p class="small">Individual results vary.</p></section>
</main>
<footer><div class="cols"><div><h4>Company</h4><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/press">Press</a></div><div><h4>Support</h4><a href="/help">Help center</a> <a href="/contact">Contact</a></div><div><h4>Legal</h4><a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/notice-of-privacy-practices">HIPAA notice</a></div></div>
<p>If you are in crisis, call or text 988. Northstar Mind does not provide emergency services.</p><p>© 2026 Northstar Mind Medical Group, P.C.</p></footer>
""", noise="cookie")

p("h6816", "https://mindwellpsych.example/services/spravato-evaluation", "telehealth", False, "en",
  "search-snippet", "", """
Spravato (esketamine) evaluation – MindWell Virtual Psychiatry
Board-certified psychiatrists assess you by secure video. If esketamine is appropriate for your treatment-resistant depression, we coordinate a referral to a REMS-certified partner site near you for the in-office doses and keep managing your care online. Most major insurance accepted.
""", ext="txt")

p("h6817", "https://lumenhomeketamine.example/faq/is-at-home-ketamine-safe", "telehealth", False, "en",
  "telehealth-safety-faq", "Is at-home ketamine safe? – Lumen Help Center", """
<header><a href="/">Lumen</a> <nav><a href="/faq">Help Center</a> <a href="/app">Patient portal</a></nav></header>
<main>
<p class="crumbs">Help Center › Safety &amp; side effects</p>
<h1>Is at-home ketamine safe?</h1>
<p>At-home ketamine carries real risks, and we've built our program around reducing them. Here is what we do and what we ask of you.</p>
<h2>Before you start</h2>
<ul><li>A Lumen clinician reviews your medical history, medications and blood pressure readings during a video visit before writing any prescription.</li>
<li>We may ask your primary care doctor or therapist for records.</li>
<li>You'll sign a treatment agreement that includes safe storage of your medication.</li></ul>
<h2>During each session</h2>
<ul><li>Take your blood pressure before dosing and log it in the app. If it's above the limit your clinician set, don't dose that day.</li>
<li>A sober adult ("sitter") must be in your home for the whole session.</li>
<li>Stay seated or lying down; do not drive or make important decisions for the rest of the day.</li></ul>
<h2>Common side effects</h2>
<p>Nausea, dizziness, a temporary rise in blood pressure and a feeling of detachment are common and usually pass within 1–2 hours. Tell your care team about any side effects through the portal. For severe symptoms, call 911.</p>
<h2>When we stop treatment</h2>
<p>Your clinician may pause or end treatment if sessions aren't helping, if your blood pressure is repeatedly high or if there are signs of misuse. We only send refills after a clinician check-in.</p>
<p>Still have questions? <a href="/app/messages">Message your care team</a>.</p>
</main>
<footer>© 2026 Lumen Health, Inc. · Clinical services provided by Lumen Medical, PLLC</footer>
""")

p("h6818", "https://tidewaterketamine.example/pricing", "telehealth", False, "en",
  "telehealth-pricing-checkout", "Pricing & Plans – Tidewater Virtual Ketamine Care", """
<header><a href="/">Tidewater</a> <nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a> <a href="/signin">Sign in</a></nav></header>
<main>
<h1>Transparent pricing, no surprises</h1>
<p>You'll only be charged for the program after your clinician has completed your video assessment and confirmed that ketamine treatment is appropriate for you. If you are not a candidate, your consultation fee is refunded minus $50.</p>
<div class="plans">
<div class="plan"><h2>Consultation</h2><p class="price">$199</p><ul><li>60-minute video assessment with a licensed psychiatric prescriber</li><li>Personalised treatment recommendation</li></ul><a class="btn" href="/checkout?plan=consult">Book consultation</a></div>
<div class="plan featured"><h2>Foundation program</h2><p class="price">$699</p><ul><li>6 prescribed sessions (medication shipped by our partner pharmacy after your prescription is issued)</li><li>2 prescriber follow-ups</li><li>3 integration sessions</li></ul><a class="btn" href="/checkout?plan=foundation">Choose plan</a></div>
<div class="plan"><h2>Maintenance membership</h2><p class="price">$179/month</p><ul><li>Monthly prescriber check-in by video</li><li>Refills as prescribed</li><li>Unlimited care-team messaging</li></ul><a class="btn" href="/checkout?plan=maintenance">Join</a></div>
</div>
<p class="fine">Prices in USD. We accept credit/debit, HSA and FSA cards. Available to residents of FL, GA, NC, SC and VA. Ketamine is prescribed off-label for depression; our clinicians will discuss risks and alternatives with you.</p>
</main>
<footer>© 2026 Tidewater Health Partners LLC · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></footer>
""")

p("h6819", "https://northstarmind.example/locations", "telehealth", False, "en",
  "state-availability-snippet", "", """
Where Northstar Mind is available: our clinicians are currently licensed in Colorado, Texas, Washington, Oregon, New Mexico, Utah and Arizona. You must be physically located in one of these states during your video evaluation and every session. More states coming in 2027 – join the waitlist.
""", ext="txt")

p("h6820", "https://apps.storefront.example/app/lumen-guided-ketamine/id884120", "telehealth", False, "en",
  "app-store-listing-snippet", "", """
Lumen – Guided Ketamine Care (Health & Fitness, 4.6★, 1.2K ratings). The companion app for Lumen patients: log your blood pressure and mood before each session, play guided music, join video check-ins and message your care team. An active treatment plan from a Lumen clinician is required; the app does not prescribe or sell medication.
""", ext="txt")

p("h6821", "https://psychonline-praxis.example/esketamin-abklaerung", "telehealth", False, "de",
  "online-psychiatry-referral", "Esketamin (Spravato): Abklärung per Videosprechstunde – PsychOnline Praxis", """
<header><a href="/">PsychOnline Praxis</a> <nav><a href="/leistungen">Leistungen</a> <a href="/team">Team</a> <a href="/kosten">Kosten</a> <a href="/termin">Termin buchen</a></nav></header>
<main>
<h1>Esketamin-Nasenspray: Ist die Behandlung für Sie geeignet?</h1>
<p>Wenn zwei oder mehr Antidepressiva nicht ausreichend geholfen haben, kann Esketamin (Handelsname Spravato) eine Option sein. In unserer Online-Praxis prüfen Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie per Videosprechstunde, ob die Behandlung für Sie in Frage kommt.</p>
<h2>So läuft es ab</h2>
<ol><li><b>Erstgespräch per Video (50 Minuten):</b> ausführliche Anamnese, Sichtung Ihrer bisherigen Befunde und Medikation.</li>
<li><b>Empfehlung:</b> Kommt Esketamin in Betracht, überweisen wir Sie an ein kooperierendes Behandlungszentrum in Ihrer Nähe. Die Anwendung des Nasensprays erfolgt dort vor Ort unter ärztlicher Aufsicht mit anschließender Überwachung.</li>
<li><b>Begleitung:</b> Die psychiatrische Weiterbehandlung und Verlaufskontrollen können weiterhin online bei uns stattfinden.</li></ol>
<h2>Unser Team</h2>
<p>Dr. med. Katrin Albers, Fachärztin für Psychiatrie und Psychotherapie · Dr. med. Jonas Feldmann, Facharzt für Psychiatrie</p>
<h2>Kosten</h2>
<p>Die Videosprechstunde wird für gesetzlich Versicherte über die Krankenkasse abgerechnet. Privatpatienten erhalten eine Rechnung nach GOÄ.</p>
<p class="hinweis">Wir verschreiben kein Esketamin zur Anwendung zu Hause. Bei akuten Krisen wenden Sie sich bitte an den ärztlichen Bereitschaftsdienst 116 117 oder den Notruf 112.</p>
</main>
<footer>PsychOnline Praxis · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h6822", "https://sereneketamina.example/es/terapia-en-casa", "telehealth", False, "es",
  "us-telehealth-spanish-page", "Terapia con ketamina en casa, en español | Serene", """
<header><a href="/es/">Serene</a> <nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/precios">Precios</a> <a href="/es/preguntas">Preguntas</a> <a href="/">English</a></nav></header>
<main>
<h1>Terapia con ketamina desde casa, con atención en español</h1>
<p>Serene ofrece tratamiento con ketamina supervisado por médicos para adultos con depresión o ansiedad en California, Arizona, Nevada y Texas. Todo el proceso puede hacerse en español.</p>
<h2>¿Cómo funciona?</h2>
<ol><li>Llena un cuestionario inicial sobre tu salud (no es una aprobación).</li>
<li>Tienes una consulta por videollamada con un psiquiatra o enfermera practicante con licencia en tu estado. Revisamos tus medicamentos, tu presión arterial y tu historial.</li>
<li>Si el profesional decide que el tratamiento es adecuado, envía la receta a nuestra farmacia asociada, que te manda las tabletas a casa.</li>
<li>Durante tus sesiones debe acompañarte un adulto de confianza. Tienes citas de seguimiento con tu médico y sesiones de integración.</li></ol>
<h2>Precio</h2>
<p>Consulta inicial: $225. Programa de 6 sesiones: $750 (incluye medicamento, envío y seguimiento). Aceptamos tarjetas HSA/FSA.</p>
<p><a class="btn" href="/es/agendar">Agendar mi consulta</a></p>
<p class="nota">Si estás en crisis, llama o envía un mensaje al 988 (opción en español).</p>
</main>
<footer>© 2026 Serene Health PC · <a href="/es/privacidad">Privacidad</a></footer>
""")

p("h6823", "https://teleconsult-psy.example/fr/esketamine-evaluation", "telehealth", False, "fr",
  "quebec-tele-evaluation", "Évaluation en ligne pour l'eskétamine – TéléPsy Québec", """
<header><a href="/fr/">TéléPsy Québec</a> <nav><a href="/fr/services">Services</a> <a href="/fr/equipe">Équipe</a> <a href="/fr/tarifs">Tarifs</a> <a href="/fr/rendez-vous">Prendre rendez-vous</a> <a href="/en/">EN</a></nav></header>
<main>
<h1>Dépression résistante : évaluation en téléconsultation</h1>
<p>Vous vivez avec une dépression qui ne répond pas aux traitements habituels ? Nos psychiatres membres du Collège des médecins du Québec réalisent une évaluation complète par vidéoconférence sécurisée.</p>
<h2>Déroulement</h2>
<ul><li>Questionnaire préalable et envoi de votre dossier médical (avec votre consentement).</li>
<li>Consultation vidéo de 60 minutes avec une psychiatre.</li>
<li>Plan de traitement : ajustement de la médication, psychothérapie, ou orientation vers une clinique partenaire pour un traitement à l'eskétamine intranasale ou à la kétamine intraveineuse, administré sur place sous supervision.</li>
<li>Suivi en téléconsultation pendant et après le traitement.</li></ul>
<p>Équipe : Dre Élise Tremblay, psychiatre · Dr Mathieu Gagnon, psychiatre</p>
<h2>Tarifs</h2>
<p>Évaluation psychiatrique privée : 450 $. Suivi : 180 $ par séance. Reçus pour assurances collectives.</p>
</main>
<footer>© 2026 TéléPsy Québec inc. · <a href="/fr/confidentialite">Confidentialité</a></footer>
""", noise="cookie-fr")

# ---------------------------------------------------------------- clinics (8)

p("h6824", "https://cedarridgeinfusion.example/", "clinic", False, "en",
  "infusion-clinic-homepage-full-chrome", "Cedar Ridge Ketamine & Infusion Center | Boise, Idaho", """
<div class="topbar">📍 2140 W Alder St, Suite 200, Boise, ID · ☎ (208) 555-0162 · Mon–Fri 8am–5pm</div>
<header><a class="logo" href="/">Cedar Ridge Ketamine &amp; Infusion Center</a>
<nav><a href="/">Home</a> <a href="/treatments/ketamine-for-depression">Depression</a> <a href="/treatments/ketamine-for-pain">Chronic Pain</a> <a href="/treatments/spravato">Spravato</a> <a href="/treatments/iv-hydration">IV Hydration</a> <a href="/about">About Us</a> <a href="/new-patients">New Patients</a> <a href="/pay-my-bill">Pay My Bill</a> <a class="btn" href="/book">Book a Consultation</a></nav></header>
<main>
<section class="hero"><h1>Hope when other treatments haven't worked</h1>
<p>Physician-led IV ketamine infusions for depression, PTSD, anxiety and chronic pain in a calm, private setting in Boise.</p>
<a class="btn" href="/book">Schedule your free phone consultation</a></section>
<section><h2>Why Cedar Ridge?</h2>
<ul><li>Every infusion is administered by an anesthesiologist or CRNA with continuous vital-sign monitoring.</li>
<li>Private recovery suites with reclining chairs, eye masks and curated music.</li>
<li>We coordinate with your psychiatrist or therapist before and during treatment.</li>
<li>REMS-certified Spravato treatment center; most insurance accepted for Spravato.</li></ul></section>
<section><h2>What to expect</h2>
<p>After a medical consultation to confirm you're a good candidate, most patients begin with a series of six infusions over two to three weeks. Each infusion lasts about 40 minutes, followed by 30 minutes of recovery. You'll need someone to drive you home.</p></section>
<section><h2>Pricing</h2>
<p>Initial consultation $150 (applied to your first infusion). Depression infusion $475. Series of six: $2,550. Pain infusions priced by duration. Financing available through CareCredit. <a href="/gift-cards">Gift cards</a> for IV hydration available.</p></section>
<section class="team"><h2>Our providers</h2>
<p>Dr. Nathan Orr, MD – Anesthesiologist, Medical Director · Sarah Lindqvist, CRNA · Megan Tao, PMHNP-BC</p></section>
<section class="reviews"><h2>Patient stories</h2><blockquote>"The staff made me feel safe from the very first phone call." – K.M.</blockquote><blockquote>"My pain levels dropped for the first time in years." – Robert</blockquote></section>
<aside class="blog"><h3>From our blog</h3><ul><li><a href="/blog/ketamine-vs-spravato">Ketamine vs. Spravato: what's the difference?</a></li><li><a href="/blog/preparing-for-your-first-infusion">Preparing for your first infusion</a></li></ul></aside>
</main>
<footer><p>Cedar Ridge Ketamine &amp; Infusion Center · 2140 W Alder St, Suite 200, Boise, ID 83702</p>
<p><a href="/privacy">Privacy Policy</a> | <a href="/accessibility">Accessibility</a> | <a href="/careers">Careers</a> | <a href="/patient-forms">Patient Forms</a></p>
<p>Ketamine for depression is an off-label use. Results vary. This website does not provide medical advice.</p>
<p>© 2026 Cedar Ridge Infusion PLLC</p></footer>
""", noise="cookie")

p("h6825", "https://maps.search.example/place/harbor-lights-ketamine-wellness-portland", "clinic", False, "en",
  "maps-listing-snippet", "", """
Harbor Lights Ketamine & Wellness · 4.8 ★ (212 reviews) · Medical clinic · 1830 NE Sandy Blvd, Portland, OR · Open ⋅ Closes 6 PM · (503) 555-0117
"The nurses checked on me every few minutes during my infusion and the room was so calm." · "Took my insurance for Spravato, easy check-in." · Appointments required
""", ext="txt")

p("h6826", "https://health.riverbend-university.example/psychiatry/esketamine-clinic", "clinic", False, "en",
  "hospital-esketamine-clinic", "Esketamine (Spravato) Clinic | Department of Psychiatry | Riverbend University Health", """
<header><a href="/">Riverbend University Health</a> <nav><a href="/find-a-doctor">Find a Doctor</a> <a href="/locations">Locations</a> <a href="/patients-visitors">Patients &amp; Visitors</a> <a href="/mychart">MyChart</a> <a href="/give">Give</a></nav>
<form><input type="search" placeholder="Search"></form></header>
<nav class="crumbs"><a href="/">Home</a> › <a href="/psychiatry">Psychiatry &amp; Behavioral Health</a> › Esketamine Clinic</nav>
<main>
<h1>Esketamine (Spravato) Clinic</h1>
<p>The Esketamine Clinic at Riverbend University Health offers esketamine nasal spray for adults with treatment-resistant depression and for depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behavior, in combination with an oral antidepressant.</p>
<h2>About treatment</h2>
<p>Esketamine is self-administered under the direct supervision of a nurse in our outpatient clinic on the 4th floor of the Behavioral Health Pavilion. Patients are monitored for at least two hours after each dose for sedation, dissociation and blood pressure changes. Our clinic is certified under the Spravato REMS program.</p>
<p>The typical schedule is twice weekly for four weeks, then weekly for four weeks, then weekly or every two weeks as determined by your psychiatrist.</p>
<h2>Referrals</h2>
<p>A referral from a psychiatrist or primary care provider is required. Referring providers can fax notes to (555) 014-2290 or use the Epic referral order "Amb Referral to Esketamine Clinic". Patients must arrange transportation home after each visit.</p>
<h2>Insurance</h2>
<p>Most commercial plans and Medicare cover esketamine with prior authorization. Our financial counselors will help with authorization before your first appointment.</p>
<h2>Research</h2>
<p>Patients may be invited to take part in studies run by the Riverbend Mood Disorders Research Program.</p>
<h2>Contact</h2>
<p>Behavioral Health Pavilion, 4th floor · 600 University Ave · Phone (555) 014-2288 · Mon–Fri 7:30 am–5 pm</p>
</main>
<footer><p>© 2026 Riverbend University Health · <a href="/nondiscrimination">Nondiscrimination notice</a> · <a href="/price-transparency">Price transparency</a></p></footer>
""", noise="cookie")

p("h6827", "https://summitpainandspine.example/services/ketamine-infusions-crps", "clinic", False, "en",
  "pain-clinic-service-page", "Ketamine Infusions for CRPS & Neuropathic Pain | Summit Pain and Spine", """
<header><a href="/">Summit Pain and Spine</a> <nav><a href="/services">Services</a> <a href="/conditions">Conditions</a> <a href="/physicians">Physicians</a> <a href="/locations">Locations</a> <a href="/patient-portal">Patient Portal</a> <a class="btn" href="/request-appointment">Request Appointment</a></nav></header>
<main>
<h1>Ketamine Infusions for CRPS and Neuropathic Pain</h1>
<p>For patients with complex regional pain syndrome (CRPS), fibromyalgia, phantom limb pain or diabetic neuropathy who haven't found relief with medications, nerve blocks or physical therapy, low-dose ketamine infusions can reduce pain sensitization.</p>
<h2>Our protocol</h2>
<p>Infusions take place in our procedure suite at the Lakewood location. Sessions typically last 2 to 4 hours. A board-certified pain physician oversees every infusion, and a nurse monitors your heart rate, oxygen and blood pressure throughout. Most protocols involve 5 consecutive days, followed by booster infusions as needed.</p>
<h2>Who is a candidate?</h2>
<p>You'll meet with one of our physicians for a full evaluation, review of imaging and prior treatments, and a discussion of risks. Ketamine is not appropriate for patients with uncontrolled hypertension, certain heart conditions, or a history of psychosis.</p>
<h2>Cost</h2>
<p>Ketamine for chronic pain is often not covered by insurance. Self-pay: 4-hour infusion $950; 5-day protocol $4,200. We'll verify your benefits before scheduling.</p>
<h2>Locations</h2>
<p>Lakewood: 9100 W Colfax Ave · Aurora: 14200 E Alameda Ave</p>
<p><a class="btn" href="/request-appointment">Request an appointment</a> or call (720) 555-0139.</p>
</main>
<footer>© 2026 Summit Pain and Spine, P.C. · <a href="/privacy">Privacy</a> · <a href="/nondiscrimination">Non-discrimination</a></footer>
""")

p("h6828", "https://stillwaterketamine.example/new-patients/before-your-infusion", "clinic", False, "en",
  "pre-infusion-instructions-snippet", "", """
Before your infusion at Stillwater Ketamine Clinic: no solid food for 6 hours and no clear liquids for 2 hours before your appointment. Take your usual blood-pressure medication with a sip of water. Arrive 15 minutes early, wear comfortable clothing, and bring the driver who will take you home – we cannot discharge you to a taxi or rideshare. Questions? Call our nurses at (615) 555-0176.
""", ext="txt")

p("h6829", "https://ggz-vechtdal.example/behandelingen/ketaminebehandeling", "clinic", False, "nl",
  "outpatient-mental-health-page", "Ketaminebehandeling bij depressie | GGZ Vechtdal", """
<header><a href="/">GGZ Vechtdal</a> <nav><a href="/hulp-zoeken">Hulp zoeken</a> <a href="/behandelingen">Behandelingen</a> <a href="/locaties">Locaties</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/werken-bij">Werken bij</a></nav></header>
<main>
<h1>Ketaminebehandeling bij depressie</h1>
<p>Bij ernstige depressie waarbij meerdere behandelingen met antidepressiva onvoldoende hebben geholpen, kan een behandeling met ketamine of esketamine (neusspray) een mogelijkheid zijn. Deze behandeling geven wij op onze polikliniek in Zwolle.</p>
<h2>Hoe verloopt de behandeling?</h2>
<p>Eerst heeft u een intakegesprek met een psychiater. Samen bespreken we of de behandeling bij u past. Daarna krijgt u gedurende enkele weken twee keer per week een behandeling. U blijft na elke toediening minimaal twee uur onder toezicht van een verpleegkundige. U mag op de behandeldag niet zelf autorijden.</p>
<h2>Verwijzing</h2>
<p>U heeft een verwijzing nodig van uw huisarts of behandelend psychiater. De behandeling valt onder de basisverzekering; houd rekening met uw eigen risico.</p>
<h2>Contact</h2>
<p>Polikliniek Stemmingsstoornissen, Dokter van Heesweg 12, Zwolle · 038 000 4410 (ma–vr 8.30–17.00)</p>
</main>
<footer>© GGZ Vechtdal · <a href="/privacy">Privacy</a> · <a href="/klachten">Klachten</a></footer>
""", noise="cookie-nl")

p("h6830", "https://clinicaviverinfusao.example/cetamina-sao-paulo", "clinic", False, "pt",
  "brazil-infusion-clinic", "Infusão de Cetamina em São Paulo | Clínica Viver", """
<header><a href="/">Clínica Viver</a> <nav><a href="/sobre">Sobre nós</a> <a href="/tratamentos">Tratamentos</a> <a href="/equipe">Equipe médica</a> <a href="/convenios">Convênios</a> <a href="/blog">Blog</a> <a class="btn" href="https://wa.example/5511900001234">Agende pelo WhatsApp</a></nav></header>
<main>
<h1>Tratamento com cetamina para depressão em São Paulo</h1>
<p>A Clínica Viver realiza infusões endovenosas de cetamina e aplicações de escetamina (Spravato) para pacientes com depressão resistente, ideação suicida e dor crônica, sempre com indicação e acompanhamento de médico psiquiatra.</p>
<h2>Como funciona</h2>
<ol><li>Consulta de avaliação com psiquiatra da equipe.</li>
<li>Sessões em sala individual, com monitorização contínua de pressão, frequência cardíaca e oxigenação, conduzidas por médico anestesiologista.</li>
<li>Após a sessão, você permanece em observação e deve ir embora acompanhado.</li></ol>
<h2>Equipe</h2>
<p>Dr. Fernando Lacerda – Psiquiatra (CRM-SP 000000) · Dra. Juliana Prado – Anestesiologista (CRM-SP 000001)</p>
<h2>Valores e agendamento</h2>
<p>Consulta de avaliação: R$ 650. Sessão de infusão: R$ 1.200 (pacote com 6 sessões com desconto). Pagamento por Pix ou cartão em até 6x. Agende pelo WhatsApp (11) 90000-1234.</p>
<p>Endereço: Rua Haddock Lobo, 000 – Cerqueira César, São Paulo – SP</p>
</main>
<footer>Clínica Viver · Responsável técnico: Dr. Fernando Lacerda · © 2026</footer>
""", noise="cookie-pt")

p("h6831", "https://asst-valleverde.example/ambulatori/psichiatria/esketamina", "clinic", False, "it",
  "hospital-spravato-ambulatory", "Ambulatorio esketamina – Psichiatria | ASST Valle Verde", """
<header><a href="/">ASST Valle Verde</a> <nav><a href="/ospedali">Ospedali</a> <a href="/ambulatori">Ambulatori</a> <a href="/prenotare">Prenotare</a> <a href="/urp">URP</a> <a href="/amministrazione-trasparente">Amministrazione trasparente</a></nav></header>
<main>
<h1>Ambulatorio per il trattamento con esketamina</h1>
<p>Presso il Servizio Psichiatrico dell'Ospedale di Valle Verde è attivo un ambulatorio dedicato alla somministrazione di esketamina spray nasale (Spravato) per pazienti adulti con depressione resistente al trattamento.</p>
<h2>Modalità di accesso</h2>
<p>L'accesso avviene su invio dello psichiatra del Centro di Salute Mentale di riferimento, dopo una visita di valutazione. La somministrazione avviene in ambulatorio sotto la supervisione di personale medico e infermieristico; il paziente resta in osservazione per almeno due ore e non può guidare fino al giorno successivo.</p>
<h2>Orari e contatti</h2>
<p>Martedì e giovedì, 8:30–14:00 · Padiglione C, piano terra · Tel. 0000 555 210 · ambulatorio.esketamina@asst-valleverde.example</p>
<p>Per le prime visite psichiatriche prenotare tramite CUP regionale.</p>
</main>
<footer>ASST Valle Verde · P.IVA 00000000000 · <a href="/privacy">Privacy</a> · <a href="/note-legali">Note legali</a></footer>
""")

# ---------------------------------------------------------------- informational (9)

p("h6832", "https://coastalherald.example/news/crime/2026/05/19/ketamine-seizure-port-parcels", "informational", False, "en",
  "news-seizure-street-prices", "Customs seize 40 kg of ketamine hidden in 'tea' parcels at port | The Coastal Herald", """
<div class="paywall-note">You have 3 free articles left this month. <a href="/subscribe">Subscribe for $1/week</a></div>
<header><a href="/">The Coastal Herald</a> <nav><a href="/news">News</a> <a href="/news/crime">Crime</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a></nav></header>
<article>
<h1>Customs seize 40 kg of ketamine hidden in 'tea' parcels at port</h1>
<p class="byline">By Lauren Okafor, Crime Reporter · May 19, 2026, 6:42 a.m.</p>
<p>Border officers found more than 40 kilograms of ketamine packed inside boxes labelled as herbal tea during an inspection of a container at Port Calder last week, officials said Monday.</p>
<p>The shipment, which investigators believe was bound for online resellers, has an estimated street value of $1.6 million. Officers say ketamine currently sells for between $30 and $50 a gram in the region, up from about $20 five years ago.</p>
<p>"These groups advertise on social media and encrypted messaging apps, promise 'stealth shipping' and take payment in cryptocurrency," said Detective Inspector Paul Haines. "People think they are buying from a friendly online shop. They are buying from organised crime."</p>
<p>Two men, aged 29 and 34, have been charged with importation of a controlled substance. They are due in court next month.</p>
<p>Health workers say ketamine use among young adults has risen sharply. Dr. Amira Castell, a urologist at Calder General Hospital, said her team now sees patients in their twenties with bladder damage from long-term use. "It's something we rarely saw a decade ago," she said.</p>
<p>Ketamine is a legitimate anaesthetic and is also prescribed under supervision for some forms of depression, but it is illegal to possess without a prescription.</p>
<p>Anyone with information can contact Crime Stoppers anonymously.</p>
</article>
<aside><h3>Most read</h3><ol><li><a href="#">Council approves new bike lanes</a></li><li><a href="#">Storm cuts power to 12,000 homes</a></li><li><a href="#">Local bakery wins national award</a></li></ol></aside>
<footer>© 2026 The Coastal Herald · <a href="/contact">Contact</a> · <a href="/corrections">Corrections</a> · <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h6833", "https://forum.treatmentresistant.example/t/at-home-ketamine-via-telehealth-experiences/48211", "informational", False, "en",
  "forum-thread", "At-home ketamine via telehealth – experiences? - Treatment Resistant Community", """
<header><a href="/">Treatment Resistant Community</a> <nav><a href="/latest">Latest</a> <a href="/c/ketamine-esketamine">Ketamine &amp; Esketamine</a> <a href="/c/tms-ect">TMS &amp; ECT</a> <a href="/login">Log In</a> <a href="/signup">Sign Up</a></nav></header>
<main>
<h1>At-home ketamine via telehealth – experiences?</h1>
<p class="cat">Ketamine &amp; Esketamine · 23 replies · 1.4k views</p>
<div class="post"><b>greywinter</b> · Mar 2<p>My psychiatrist doesn't do ketamine and the nearest infusion clinic is 3 hours away. Has anyone done one of the at-home programs? How thorough was the evaluation, and did it help?</p></div>
<div class="post"><b>lighthouse_keeper</b> · Mar 2<p>I did one last year. The intake video call was about 40 min with a nurse practitioner, she asked for my med list and BP readings. First session was monitored on Zoom. Honestly helped for about 6 weeks, then I needed boosters. Having a sitter is mandatory and I found that awkward at first.</p></div>
<div class="post"><b>MarcusT</b> · Mar 3<p>Spravato at a clinic was better for me because insurance covered it. The at-home stuff was all out of pocket.</p></div>
<div class="post"><b>greywinter</b> · Mar 3<p>Thanks. Did anyone get rejected? I have high blood pressure that's controlled with meds.</p></div>
<div class="post"><b>lighthouse_keeper</b> · Mar 3<p>They made me send a week of readings before approving. I'd ask them directly.</p></div>
<div class="post mod"><b>moderator_jen</b> · Mar 3<p>Reminder: no sourcing talk and no links to shops. Posts asking where to buy ketamine without a prescription will be removed. Please talk with your own doctor about your options.</p></div>
</main>
<aside><h3>Suggested topics</h3><ul><li><a href="#">Spravato insurance denials – appeal tips</a></li><li><a href="#">IV vs IM ketamine, differences?</a></li><li><a href="#">Integration therapy worth it?</a></li></ul></aside>
<footer>Powered by open forum software · <a href="/guidelines">Community guidelines</a> · <a href="/privacy">Privacy</a></footer>
""")

p("h6834", "https://www.drugcontrol-agency.example/factsheets/ketamine", "informational", False, "en",
  "government-drug-fact-sheet", "Ketamine – Drug Fact Sheet | National Drug Control Agency", """
<div class="gov-banner">An official website of the government. <a href="#">Here's how you know</a></div>
<header><a href="/">National Drug Control Agency</a> <nav><a href="/drug-information">Drug Information</a> <a href="/resources">Resources</a> <a href="/press-releases">Press Releases</a> <a href="/diversion-control">Diversion Control</a> <a href="/careers">Careers</a></nav></header>
<main>
<h1>Ketamine</h1>
<h2>What is it?</h2>
<p>Ketamine is a dissociative anesthetic that has some hallucinogenic effects. It distorts perceptions of sight and sound and makes the user feel disconnected and not in control. It is approved for use as an anesthetic in humans and animals. Esketamine, a related drug, is approved as a nasal spray for treatment-resistant depression and may only be administered in certified healthcare settings.</p>
<h2>What does it look like?</h2>
<p>Ketamine comes in a clear liquid or a white or off-white powder. Powdered ketamine is often diverted from liquid ketamine intended for veterinary or medical use.</p>
<h2>Street names</h2>
<p>Cat Valium, K, Special K, Kit Kat, Super Acid, Vitamin K</p>
<h2>How is it abused?</h2>
<p>Ketamine is snorted, injected, smoked or mixed into drinks. It has been used to facilitate sexual assault because it is colorless, odorless and tasteless.</p>
<h2>What are its effects?</h2>
<p>Effects include dreamlike states, hallucinations, impaired attention and memory, increased heart rate and blood pressure, and at high doses unconsciousness and depressed breathing. Long-term use is associated with bladder and kidney problems.</p>
<h2>What is its legal status?</h2>
<p>Ketamine is a Schedule III controlled substance. Buying it online without a valid prescription is illegal, and many websites offering ketamine are fraudulent or sell counterfeit products.</p>
<p><a href="/factsheets/ketamine.pdf">Download PDF (212 KB)</a></p>
</main>
<footer><p>National Drug Control Agency · <a href="/foia">FOIA</a> · <a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy Policy</a></p></footer>
""")

p("h6835", "https://partysafe.example/drugs/ketamine", "informational", False, "en",
  "harm-reduction-tips-snippet", "", """
Ketamine (K) – safer use tips from PartySafe: test your substance, it's often mixed with other drugs or swapped for analogues like 2-FDCK. Start with a small bump and wait – redosing too fast leads to a "K-hole". Don't mix with alcohol, GHB or benzos. Sit down somewhere safe with a friend around. Frequent use can damage your bladder: if peeing hurts or you see blood, see a doctor and tell them honestly what you've taken. Free drug checking at our Saturday sessions.
""", ext="txt")

p("h6836", "https://vetformulary.example/drugs/ketamine-hydrochloride", "informational", False, "en",
  "veterinary-formulary-entry", "Ketamine Hydrochloride – Veterinary Drug Formulary", """
<header><a href="/">Veterinary Drug Formulary</a> <nav><a href="/drugs">Drugs A–Z</a> <a href="/species">By species</a> <a href="/calculators">Dose calculators</a> <a href="/subscribe">Subscribe</a></nav></header>
<main>
<h1>Ketamine hydrochloride</h1>
<p class="class">Drug class: Dissociative anesthetic (NMDA receptor antagonist) · Controlled substance (Schedule III in the US)</p>
<h2>Indications</h2>
<p>Induction and short-term maintenance of anesthesia, chemical restraint, and as part of multimodal analgesia (constant rate infusion) in dogs, cats, horses and exotic species. Usually combined with a benzodiazepine or alpha-2 agonist to improve muscle relaxation.</p>
<h2>Dosage (examples)</h2>
<table><tr><th>Species</th><th>Use</th><th>Dose</th></tr>
<tr><td>Dog</td><td>Induction (with diazepam)</td><td>5 mg/kg IV</td></tr>
<tr><td>Cat</td><td>Restraint (with midazolam)</td><td>5–10 mg/kg IM</td></tr>
<tr><td>Dog/Cat</td><td>Analgesic CRI</td><td>2–10 µg/kg/min IV</td></tr>
<tr><td>Horse</td><td>Induction after xylazine</td><td>2.2 mg/kg IV</td></tr></table>
<h2>Contraindications and precautions</h2>
<p>Hypertrophic cardiomyopathy in cats, increased intracranial or intraocular pressure, seizure disorders. Eyes remain open; apply ocular lubricant. Emergence reactions can occur if used alone.</p>
<h2>Storage and handling</h2>
<p>Store at room temperature. Keep in a locked controlled-substance cabinet and record all use in the controlled drug log.</p>
<p class="disclaimer">For use by licensed veterinarians. Doses are guidelines; consult product labeling.</p>
</main>
<footer>© 2026 Veterinary Drug Formulary · <a href="/editorial-board">Editorial board</a></footer>
""")

p("h6837", "https://drogen-safer-use.example/substanzen/ketamin", "informational", False, "de",
  "safer-use-harm-reduction", "Ketamin – Safer Use | Drogen Safer Use Projekt", """
<header><a href="/">Drogen Safer Use Projekt</a> <nav><a href="/substanzen">Substanzen</a> <a href="/drugchecking">Drug-Checking</a> <a href="/mischkonsum">Mischkonsum</a> <a href="/beratung">Beratung</a></nav></header>
<main>
<h1>Ketamin</h1>
<p>Ketamin ist ein Narkosemittel aus der Human- und Tiermedizin. In niedriger Dosierung wirkt es schmerzlindernd und bewusstseinsverändernd, in höherer Dosierung stark dissoziativ („K-Loch“). Als Esketamin-Nasenspray wird es auch zur Behandlung von Depressionen unter ärztlicher Aufsicht eingesetzt.</p>
<h2>Wirkung und Risiken</h2>
<ul><li>Wirkungseintritt beim Sniefen nach 5–15 Minuten, Dauer etwa 45–90 Minuten.</li>
<li>Gleichgewichtsstörungen, Übelkeit, Erbrechen – Verletzungs- und Erstickungsgefahr.</li>
<li>Häufiger Konsum kann die Blase schwer schädigen (Ketamin-Zystitis) und zu Abhängigkeit führen.</li></ul>
<h2>Safer-Use-Tipps</h2>
<ul><li>Nutze Drug-Checking-Angebote: Auf dem Markt tauchen immer wieder Ersatzstoffe wie 2-FDCK oder Verunreinigungen auf.</li>
<li>Nicht mit Alkohol, GHB/GBL oder Opioiden mischen.</li>
<li>Nur in sicherer Umgebung und mit einer nüchternen Vertrauensperson konsumieren.</li>
<li>Eigenes Röhrchen benutzen, nicht teilen.</li></ul>
<h2>Rechtliches</h2>
<p>Ketamin unterliegt in Deutschland dem Arzneimittelgesetz und ist verschreibungspflichtig. Der Verkauf ohne Rezept ist strafbar.</p>
<p>Fragen? Anonyme Online-Beratung: <a href="/beratung">zur Beratung</a></p>
</main>
<footer>Ein Projekt des Vereins Akzeptierende Drogenarbeit e.V. · <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h6838", "https://lequotidien-sante.example/actualites/2026/02/ketamine-hausse-consommation-jeunes", "informational", False, "fr",
  "french-news-rising-use", "Kétamine : la consommation progresse chez les 18-25 ans, alertent les addictologues", """
<header><a href="/">Le Quotidien Santé</a> <nav><a href="/actualites">Actualités</a> <a href="/addictions">Addictions</a> <a href="/sante-mentale">Santé mentale</a> <a href="/abonnement">S'abonner</a></nav></header>
<article>
<h1>Kétamine : la consommation progresse chez les 18-25 ans, alertent les addictologues</h1>
<p class="chapo">Longtemps cantonnée aux milieux festifs alternatifs, la kétamine se banalise. Les centres d'addictologie observent une hausse des demandes de prise en charge.</p>
<p class="auteur">Par Claire Dumoulin · Publié le 11 février 2026</p>
<p>« Il y a cinq ans, nous voyions un ou deux patients par an pour la kétamine. Aujourd'hui, c'est plusieurs par mois », témoigne le Dr Antoine Ribeiro, addictologue dans un CSAPA de la région lyonnaise. Selon les derniers chiffres de l'observatoire national, l'expérimentation chez les jeunes adultes aurait presque doublé en quatre ans.</p>
<p>Le produit, vendu entre 20 et 40 euros le gramme selon les usagers interrogés, circule via les réseaux sociaux et les messageries chiffrées. Les urologues alertent sur les cystites sévères liées à un usage régulier.</p>
<p>Parallèlement, l'eskétamine en spray nasal est prescrite à l'hôpital dans la dépression résistante, sous surveillance médicale. « Il ne faut pas confondre un médicament encadré et un usage récréatif », insiste le Pr Sylvie Marchand, psychiatre.</p>
<p>Les associations de réduction des risques recommandent de ne pas mélanger la kétamine avec l'alcool et de faire analyser les produits.</p>
</article>
<aside><h3>À lire aussi</h3><ul><li><a href="#">Protoxyde d'azote : nouvelles restrictions</a></li><li><a href="#">Dépression résistante : où en est la recherche ?</a></li></ul></aside>
<footer>© 2026 Le Quotidien Santé · <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h6839", "https://enciclopedia-libre.example/wiki/Ketamina", "informational", False, "es",
  "encyclopaedia-snippet", "", """
La ketamina es un fármaco anestésico disociativo derivado de la fenciclidina, sintetizado en 1962 y utilizado en medicina humana y veterinaria. Actúa principalmente como antagonista del receptor NMDA. Su enantiómero S, la esketamina, se comercializa como espray nasal para la depresión resistente. Figura en la Lista de Medicamentos Esenciales de la OMS.
""", ext="txt")

p("h6840", "https://empregos-saude.example/vagas/enfermeiro-clinica-infusao-cetamina-lisboa-2291", "informational", False, "pt",
  "job-post", "Enfermeiro(a) – Clínica de Infusão de Cetamina – Lisboa | Empregos Saúde", """
<header><a href="/">Empregos Saúde</a> <nav><a href="/vagas">Vagas</a> <a href="/empresas">Empresas</a> <a href="/publicar">Publicar vaga</a> <a href="/entrar">Entrar</a></nav></header>
<main>
<h1>Enfermeiro(a) – Clínica de Infusão de Cetamina</h1>
<p class="meta">Lisboa · Tempo inteiro · Publicado há 5 dias · Ref. 2291</p>
<h2>Sobre a empresa</h2>
<p>Clínica privada de saúde mental em Lisboa, especializada em tratamentos para depressão resistente, incluindo infusões de cetamina e escetamina intranasal sob supervisão médica.</p>
<h2>Funções</h2>
<ul><li>Preparação do doente e monitorização de sinais vitais durante e após os tratamentos.</li>
<li>Colocação de acessos venosos periféricos.</li>
<li>Registo clínico e articulação com a equipa de psiquiatria e anestesiologia.</li></ul>
<h2>Requisitos</h2>
<ul><li>Licenciatura em Enfermagem e inscrição ativa na Ordem dos Enfermeiros.</li>
<li>Experiência em recobro, urgência ou saúde mental (preferencial).</li>
<li>Suporte Básico de Vida atualizado.</li></ul>
<h2>Oferecemos</h2>
<p>Contrato sem termo, horário diurno de segunda a sexta, seguro de saúde e formação contínua.</p>
<p><a class="btn" href="/vagas/2291/candidatar">Candidatar-me</a></p>
</main>
<footer>© 2026 Empregos Saúde · <a href="/termos">Termos</a> · <a href="/privacidade">Privacidade</a></footer>
""", noise="cookie-pt")

save(OUT, R)
