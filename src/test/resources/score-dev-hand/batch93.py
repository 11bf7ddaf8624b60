# Batch 93 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "A fair sample": the web as someone searching for ketamine therapy, or for ketamine itself,
# meets it, in seven languages, from obvious to subtle, on every side. Every page is its own site with
# its own voice and shape.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), short pages and five
# 1-3 sentence plain-text snippets. Sellers: open crystal shop, veterinary vials without a vet,
# analogue vendor, social-bio ad, questionnaire-only "telehealth", affiliate round-up, bot-check page
# (url decides), overseas "pharmacy", Spanish WhatsApp shop, German analogue shop, French pseudo-clinic,
# Dutch classified, Brazilian link-in-bio, Italian no-prescription pharmacy. Telehealth: at-home
# programme landing, FAQ, virtual psychiatry referral, appointment e-mail, pricing page, German video
# psychiatry, Spanish, Portuguese and French pages. Clinics: infusion clinic home, Spravato centre, KAP
# practice, bill pay, reminder text, Italian hospital clinic, Dutch private clinic, Portuguese pain
# clinic. Informational: news feature, federal advisory, drug-checking results, wholesaler, law firm,
# job post, Spanish reference, German safer use, French agency warning.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch93.py (writes batch93/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch93")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers

p("h9301", "https://kcrystalhouse.example/shop/ketamine-hcl-crystal", "seller", True, "en",
  "crystal-shop-product-page", "Ketamine HCl Crystal (Shards) – 99% – KCrystal House", """
<header class="top">
<div class="logo"><a href="/">KCrystal<span>House</span></a></div>
<nav><a href="/shop">Shop</a> <a href="/shop/category/dissociatives">Dissociatives</a> <a href="/shop/category/powders">Powders</a> <a href="/shop/category/liquids">Liquids</a> <a href="/shipping">Shipping</a> <a href="/faq">FAQ</a> <a href="/contact">Contact</a></nav>
<div class="cart"><a href="/cart">Cart (0) – $0.00</a> <a href="/my-account">Login / Register</a></div>
</header>
<div class="promo-bar">NEW: 15% off all orders paid in BTC or XMR – code COLD15 · Free reship if your parcel is seized</div>
<main>
<p class="crumbs"><a href="/">Home</a> / <a href="/shop/category/dissociatives">Dissociatives</a> / Ketamine HCl Crystal</p>
<div class="product">
<img src="/wp-content/uploads/k-shards-1.jpg" alt="ketamine crystal shards">
<div class="summary">
<h1>Ketamine HCl Crystal (Shards)</h1>
<div class="rating">★★★★★ <a href="#reviews">(212 customer reviews)</a></div>
<p class="price">$45.00 – $1,150.00</p>
<p>Needle-point shards, lab-tested 99.1% purity, no cuts. Same batch we have been shipping since spring. Ships from a domestic warehouse, 2–4 days tracked.</p>
<form class="variations_form">
<label>Quantity</label>
<select name="attribute_pa_weight">
<option>Choose an option</option>
<option>1 g – $45</option>
<option>3.5 g – $140</option>
<option>7 g – $250</option>
<option>14 g – $460</option>
<option>28 g – $820</option>
<option>50 g – $1,150</option>
</select>
<input type="number" value="1" min="1"> <button type="submit" class="single_add_to_cart_button">Add to cart</button>
</form>
<ul class="trust">
<li>Stealth vacuum-sealed packaging, smell-proof, no branding</li>
<li>No prescription, no ID, no questions</li>
<li>Pay with Bitcoin, Monero, USDT (TRC20) or Zelle for returning customers</li>
</ul>
<p class="sku">SKU: KC-028 · Category: <a href="/shop/category/dissociatives">Dissociatives</a></p>
</div>
</div>
<section class="tabs">
<h2>Description</h2>
<p>Our ketamine is pharmaceutical-grade racemic ketamine hydrochloride recrystallised from Indian vials into clean shards. Every batch is reagent-tested (Mandelin turns orange) before it leaves us. If you want a finer powder just crush with a card.</p>
<h2>Shipping</h2>
<p>Orders placed before 2pm ship same day. Domestic orders are sent in a flat DVD mailer. International orders go out with an extra decoy item. If your order doesn't arrive in 21 days we reship once at no cost – just send the tracking number.</p>
<h2 id="reviews">Reviews (212)</h2>
<div class="review"><b>mikey_t</b> – ★★★★★ "Third order, came in 3 days, very clean, no numbness in the throat like the last vendor."</div>
<div class="review"><b>noodle99</b> – ★★★★☆ "Good stuff. Package took 9 days to the UK but arrived."</div>
<div class="review"><b>anon</b> – ★★★★★ "Fair price for 28. Will be back."</div>
</section>
<section class="related"><h3>Related products</h3>
<ul><li><a href="/shop/ketamine-liquid-10ml">Ketamine Liquid 500mg/10ml – $60</a></li><li><a href="/shop/s-ketamine-powder">S-Ketamine (Esketamine) Powder – from $55</a></li><li><a href="/shop/2-fdck">2-FDCK – from $30</a></li></ul></section>
</main>
<footer>
<div><h4>Payment</h4><p>BTC · XMR · LTC · USDT · Cash in mail (ask first)</p></div>
<div><h4>Support</h4><p>Telegram: @kcrystal_support · Session ID on request · Mon–Sat</p></div>
<p>© 2026 KCrystal House. All products sold as described. Buyer is responsible for knowing local laws.</p>
</footer>
""", noise="cookie")

p("h9302", "https://petmedsdirect-intl.example/equine/ketaset-100mg-ml-10ml", "seller", True, "en",
  "vet-pharmacy-no-vet-script", "Ketaset 100 mg/ml Injection 10 ml – PetMeds Direct International", """
<div class="topbar">Free worldwide shipping over $150 · Live chat 24/7 · <a href="/track">Track order</a></div>
<header><a class="logo" href="/">PetMeds<b>Direct</b> International</a>
<form action="/search"><input name="q" placeholder="Search 4,000+ pet medicines"></form>
<nav><a href="/dog">Dog</a> <a href="/cat">Cat</a> <a href="/equine">Horse</a> <a href="/exotic">Exotics</a> <a href="/anesthesia">Anaesthesia &amp; Sedation</a> <a href="/brands">Brands</a></nav>
<a href="/cart">Basket</a></header>
<main>
<p class="bc">Home › Horse › Anaesthesia &amp; Sedation › Ketaset</p>
<h1>Ketaset (Ketamine) 100 mg/ml Injection, 10 ml vial</h1>
<p class="stock in">In stock – dispatched within 24 h</p>
<table class="pricing">
<tr><th>Pack</th><th>Price</th><th></th></tr>
<tr><td>1 × 10 ml vial</td><td>$68.00</td><td><button>Add to basket</button></td></tr>
<tr><td>5 × 10 ml vials</td><td>$295.00</td><td><button>Add to basket</button></td></tr>
<tr><td>10 × 10 ml vials</td><td>$540.00 <span class="save">save 20%</span></td><td><button>Add to basket</button></td></tr>
</table>
<div class="rx-box">
<h3>Prescription needed?</h3>
<p><b>No veterinary prescription required</b> for orders shipped outside the EU. Simply tick "for animal use" at checkout. For orders to the UK and EU please choose "discreet shipping" and we will send from our partner warehouse.</p>
</div>
<h2>Product information</h2>
<p>Ketaset contains ketamine hydrochloride equivalent to 100 mg ketamine per ml. It is used as an anaesthetic in cats, dogs, horses and other species, usually combined with a sedative such as xylazine or medetomidine.</p>
<h3>Dosage</h3>
<p>Dosage should be determined by the treating veterinarian based on species and body weight.</p>
<h3>Storage</h3>
<p>Do not store above 25 °C. Protect from light. Use within 28 days of first broaching.</p>
<h2>Customer questions</h2>
<div class="qa"><p><b>Q:</b> Can I buy this without being a vet? I keep horses.</p><p><b>A (PetMeds Team):</b> Yes, no problem. We only ask you to confirm the product is for animal use. We ship to 60+ countries.</p></div>
<div class="qa"><p><b>Q:</b> What does the parcel look like?</p><p><b>A (PetMeds Team):</b> Plain box, customs declared as "veterinary supplies – samples". Vials are bubble-wrapped.</p></div>
<div class="qa"><p><b>Q:</b> Do you take crypto?</p><p><b>A (PetMeds Team):</b> Yes, Bitcoin and USDT via our checkout partner, also Western Union.</p></div>
<aside><h3>Customers also bought</h3><ul><li>Xylazine 2% 50 ml</li><li>Sterile syringes 3 ml (100)</li><li>Acepromazine 10 mg tablets</li></ul></aside>
</main>
<footer><p>PetMeds Direct International Ltd · Registered office: Suite 4, Harbour Tower · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a></p>
<p>We accept Visa, Mastercard (selected regions), Bitcoin, USDT, Western Union.</p></footer>
""", noise="cookie")

p("h9303", "https://novachem-research.example/products/2-fdck-fluorexetamine", "seller", True, "en",
  "research-chemical-analogue-vendor", "2-FDCK (2-Fluorodeschloroketamine) – NovaChem Research", """
<nav class="main"><a href="/">NovaChem Research</a> | <a href="/products/arylcyclohexylamines">Arylcyclohexylamines</a> | <a href="/products/pellets">Pellets</a> | <a href="/products/blotters">Blotters</a> | <a href="/coa">Certificates of Analysis</a> | <a href="/cart">Cart</a></nav>
<main>
<div class="warning">All products are sold strictly for in-vitro research and forensic reference. NOT FOR HUMAN CONSUMPTION. You must be 18+ to order.</div>
<h1>2-FDCK Crystal</h1>
<p>IUPAC: 2-(2-fluorophenyl)-2-(methylamino)cyclohexan-1-one · CAS 111982-50-4 · Purity ≥ 99% (HPLC)</p>
<ul class="prices">
<li>5 g – €55</li>
<li>10 g – €90</li>
<li>25 g – €175</li>
<li>50 g – €290</li>
<li>100 g – €480</li>
</ul>
<form><select><option>10 g</option></select> <button>Add to cart</button></form>
<p>Also available: <a href="/products/dck">Deschloroketamine (DCK)</a>, <a href="/products/2f-dck-pellets">2F-DCK pellets 50 mg</a>, <a href="/products/o-pce">O-PCE</a>.</p>
<h2>Shipping</h2>
<p>EU-to-EU shipping from our Netherlands and Poland warehouses. Double vacuum sealed with neutral label. Tracking number provided within 24 hours. Lost parcels reshipped once.</p>
<h2>Payment</h2>
<p>Bank transfer (SEPA) with order number as reference, Bitcoin, Litecoin. 10% discount for crypto.</p>
</main>
<footer>© NovaChem Research · Contact: support@novachem-research.example · Wire instructions sent by e-mail after checkout</footer>
""")

p("h9304", "https://t.me/s/k_cloud_eu", "seller", True, "en",
  "telegram-channel-ad-snippet", "", """
K CLOUD 🇪🇺❄️ pure crystal K shards + S-keta, EU→EU tracked, stealth 100%, reship guaranteed. 5g 120€ / 10g 210€ / 25g 450€. Order via @kcloud_orders, BTC/XMR only, no chit chat.
""", ext="txt")

p("h9305", "https://calmdose.example/ketamine-troches", "seller", True, "en",
  "questionnaire-only-fake-telehealth", "Ketamine at home in 24 hours | CalmDose", """
<header><a href="/" class="brand">calmdose</a>
<nav><a href="/how-it-works">How it works</a> <a href="/ketamine-troches">Ketamine</a> <a href="/pricing">Pricing</a> <a href="/reviews">Reviews</a> <a href="/start" class="btn">Get started</a></nav></header>
<section class="hero">
<h1>Feel like yourself again. Ketamine, delivered.</h1>
<p>Skip the waiting room. Skip the video call. Answer 9 quick questions and get oral ketamine troches shipped to your door – usually within 24 hours.</p>
<a class="btn" href="/start">Start my 2-minute questionnaire</a>
<p class="small">98% of applicants approved · No insurance needed · Cancel anytime</p>
</section>
<section class="steps">
<h2>How CalmDose works</h2>
<ol>
<li><b>Answer the questionnaire.</b> Tell us about your mood, sleep and goals. It takes less time than making coffee.</li>
<li><b>Instant approval.</b> Our system reviews your answers and approves your plan automatically. A provider signs off in the background – you don't need to talk to anyone.</li>
<li><b>Your kit ships.</b> 12 troches (200 mg or 400 mg) in a discreet pouch. Want more? Reorder in one click, no follow-up required.</li>
</ol>
</section>
<section class="pricing">
<h2>Simple pricing</h2>
<div class="plan"><h3>Starter</h3><p>12 × 200 mg troches</p><p class="price">$149</p><a href="/checkout?plan=starter">Buy now</a></div>
<div class="plan featured"><h3>Deep Reset</h3><p>24 × 400 mg troches</p><p class="price">$279</p><a href="/checkout?plan=deep">Buy now</a></div>
<div class="plan"><h3>Stock up</h3><p>60 × 400 mg troches</p><p class="price">$599</p><a href="/checkout?plan=stock">Buy now</a></div>
<p class="small">We also accept Bitcoin and gift cards at checkout for extra privacy.</p>
</section>
<section class="faq">
<h2>FAQ</h2>
<h3>Do I need a diagnosis?</h3><p>No. If you've felt stressed, flat or burned out, you qualify for most plans.</p>
<h3>Will I speak to a doctor?</h3><p>Only if you want to. Most customers never need to – approval is handled by our automated intake.</p>
<h3>Can I order for a friend?</h3><p>Each account is for one person, but you can order as many kits as you like.</p>
<h3>What states do you ship to?</h3><p>All 50 states and most of Canada.</p>
</section>
<footer><p>CalmDose is a wellness brand. Statements have not been evaluated by the FDA.</p><p><a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="/affiliates">Affiliates – earn 30%</a></p></footer>
""", noise="cookie")

p("h9306", "https://mindhackerreviews.example/best-places-to-buy-ketamine-online", "seller", True, "en",
  "affiliate-vendor-roundup-doorway", "Best Places to Buy Ketamine Online (2026 Update) – MindHacker Reviews", """
<header><a href="/">MindHacker Reviews</a> <nav><a href="/nootropics">Nootropics</a> <a href="/psychedelics">Psychedelics</a> <a href="/vendors">Vendor Reviews</a> <a href="/about">About</a></nav></header>
<article>
<h1>Best Places to Buy Ketamine Online (2026 Update)</h1>
<p class="byline">By Jake R. · Updated November 30, 2026 · 11 min read</p>
<p class="disclosure">Disclosure: some links below are affiliate links. If you buy through them we earn a commission at no extra cost to you.</p>
<p>Getting ketamine through a clinic can cost $500 a session and weeks of waiting. Luckily there are a few online vendors that ship quality product fast. We ordered from nine of them and here are the three we still use.</p>
<h2>1. KCrystal House – best overall</h2>
<p>Consistent shards, reagent tested, 3-day domestic shipping. Accepts BTC and XMR. <b>Use our code MHR10 for 10% off.</b></p>
<p><a class="btn" href="https://kcrystalhouse.example/?ref=mhr">Visit KCrystal House →</a></p>
<h2>2. ShardLab – best for bulk</h2>
<p>Good prices at 28 g and up. Stealth is excellent (we got ours inside a book). Support answers on Telegram within an hour.</p>
<p><a class="btn" href="https://shardlab.example/?aff=mhr">Visit ShardLab →</a></p>
<h2>3. PetMeds Direct International – liquid vials</h2>
<p>If you prefer sealed pharmaceutical vials, this vet pharmacy ships Ketaset without asking for a vet script. Just tick "animal use". Evaporate to powder if you don't want liquid.</p>
<p><a class="btn" href="https://petmedsdirect-intl.example/equine/ketaset-100mg-ml-10ml?ref=mhr">Check price →</a></p>
<h2>Vendors to avoid</h2>
<p>Stay away from anyone asking for payment by Western Union only or who doesn't have reviews on at least one forum.</p>
<h2>Is it legal?</h2>
<p>Laws differ by country. We're not lawyers. Order at your own risk and never ship to an address you can't deny.</p>
</article>
<aside><h3>Top picks</h3><ol><li><a href="https://kcrystalhouse.example/?ref=mhr">KCrystal House</a> ★ 9.4</li><li><a href="https://shardlab.example/?aff=mhr">ShardLab</a> ★ 9.0</li><li>PetMeds Direct ★ 8.2</li></ol></aside>
<footer>© 2026 MindHacker Reviews · Content for educational purposes.</footer>
""", noise="cookie")

p("h9307", "https://ketamine-shop-online24.example/product/buy-ketamine-powder-online", "seller", True, "en",
  "url-only-bot-check", "Just a moment...", """
<div class="main-wrapper" role="main">
<div class="main-content">
<h1 class="zone-name-title h1">ketamine-shop-online24.example</h1>
<h2 class="h2" id="challenge-running">Checking if the site connection is secure</h2>
<noscript><div class="h2"><span>Enable JavaScript and cookies to continue</span></div></noscript>
<div id="challenge-body-text" class="core-msg spacer">ketamine-shop-online24.example needs to review the security of your connection before proceeding.</div>
</div>
</div>
<div class="footer" role="contentinfo"><div class="footer-inner"><div class="clearfix diagnostic-wrapper"><div class="ray-id">Ray ID: <code>8f3a1c2d9e0b44aa</code></div></div><div class="text-center">Performance &amp; security by a CDN</div></div></div>
""")

p("h9308", "https://globalcare-rxpharmacy.example/mental-health/esketamine-nasal-spray", "seller", True, "en",
  "overseas-online-pharmacy-no-rx", "Esketamine Nasal Spray 28mg – Generic Spravato | GlobalCare Rx Pharmacy", """
<header>
<div class="top">📞 Toll free +1 (888) 555-0145 · ✉ care@globalcare-rxpharmacy.example · Worldwide delivery</div>
<a class="logo" href="/">GlobalCare <i>Rx</i> Pharmacy</a>
<nav><a href="/">Home</a> <a href="/mental-health">Mental Health</a> <a href="/pain-relief">Pain Relief</a> <a href="/mens-health">Men's Health</a> <a href="/weight-loss">Weight Loss</a> <a href="/how-to-order">How to order</a> <a href="/cart">Cart</a></nav>
</header>
<main>
<div class="product-grid">
<img src="/img/esketamine-28.png" alt="Esketamine nasal spray box">
<div>
<h1>Esketamine Nasal Spray 28 mg (Generic Spravato)</h1>
<p>Manufacturer: Sun Lifesciences · Pack: 1 device (2 sprays)</p>
<table>
<tr><th>Package</th><th>Per device</th><th>Price</th><th></th></tr>
<tr><td>2 devices</td><td>$95.00</td><td>$190.00</td><td><a href="/cart/add/2381">Add to cart</a></td></tr>
<tr><td>4 devices</td><td>$85.00</td><td>$340.00</td><td><a href="/cart/add/2382">Add to cart</a></td></tr>
<tr><td>8 devices</td><td>$74.00</td><td>$592.00</td><td><a href="/cart/add/2383">Add to cart</a></td></tr>
</table>
<p>✔ Genuine generic medicine · ✔ Ships in 10–18 days from India · ✔ Money-back guarantee</p>
</div>
</div>
<h2>What is esketamine?</h2>
<p>Esketamine is the S-enantiomer of ketamine. It is used for treatment-resistant depression in adults, together with an oral antidepressant. Brand name Spravato is expensive in the US and normally only given in a certified clinic. Our generic version allows you to use it at home at a fraction of the price.</p>
<h2>Side effects</h2>
<p>Dissociation, dizziness, nausea, sedation, increased blood pressure. Do not drive on the day of use.</p>
<h2>Ordering FAQ</h2>
<dl>
<dt>Do I need to upload a prescription?</dt><dd>A prescription is not mandatory for this product. You can place your order right away; our pharmacist will only contact you if something looks unusual.</dd>
<dt>Will customs stop it?</dt><dd>Very rarely. If your parcel is held we reship free once.</dd>
<dt>How can I pay?</dt><dd>Visa/Mastercard through our secure processor, e-check or Bitcoin (5% off).</dd>
</dl>
<aside class="bestsellers"><h3>Bestsellers</h3><ul><li>Modafinil 200 mg</li><li>Tramadol 100 mg</li><li>Ketamine nasal spray 50 mg</li><li>Alprazolam 1 mg</li></ul></aside>
</main>
<footer><p>GlobalCare Rx Pharmacy – serving customers since 2011. Information on this site is not medical advice.</p></footer>
""")

p("h9309", "https://ketaminaexpress.example/comprar-ketamina-online", "seller", True, "es",
  "whatsapp-order-shop-spanish", "Comprar Ketamina Online en España – Envío Discreto 24/48h | KetaminaExpress", """
<header>
<div class="logo"><a href="/">Ketamina<b>Express</b></a></div>
<nav><a href="/">Inicio</a> <a href="/tienda">Tienda</a> <a href="/envios">Envíos</a> <a href="/opiniones">Opiniones</a> <a href="/contacto">Contacto</a></nav>
<a class="wa" href="https://wa.me/34600000000">💬 Pedidos por WhatsApp</a>
</header>
<main>
<h1>Comprar ketamina online en España</h1>
<p>¿Buscas ketamina de calidad sin complicaciones? En KetaminaExpress te la enviamos a cualquier punto de la península en 24/48 horas, con embalaje totalmente discreto y sin necesidad de receta.</p>
<h2>Nuestros productos</h2>
<ul class="productos">
<li><b>Ketamina cristal</b> – 1 g 40 € · 5 g 170 € · 10 g 300 € <a href="/tienda/ketamina-cristal">Añadir al carrito</a></li>
<li><b>Ketamina líquida (viales 10 ml)</b> – 1 vial 55 € · 5 viales 240 € <a href="/tienda/ketamina-liquida">Añadir al carrito</a></li>
<li><b>Esketamina en polvo</b> – 1 g 50 € <a href="/tienda/esketamina">Añadir al carrito</a></li>
</ul>
<h2>¿Cómo hacer tu pedido?</h2>
<ol>
<li>Escríbenos por WhatsApp o Telegram con el producto y la cantidad.</li>
<li>Te enviamos los datos de pago: Bizum, transferencia o Bitcoin.</li>
<li>Recibes tu paquete en sobre neutro, sin remitente ni logotipos.</li>
</ol>
<p>Envíos también a Baleares, Canarias y Portugal. Si tu paquete no llega, lo reenviamos gratis.</p>
<h2>Opiniones de clientes</h2>
<blockquote>"Llegó en un día a Valencia, muy bien empaquetado." – Carlos</blockquote>
<blockquote>"Segunda vez que pido, calidad top." – Lucía M.</blockquote>
</main>
<footer><p>© 2026 KetaminaExpress · Atención al cliente 10:00–22:00 · Telegram @ketaexpress_es</p></footer>
""", noise="cookie-es")

p("h9310", "https://labor-chemie-shop.example/de/2-fdck-pellets-50mg", "seller", True, "de",
  "analogue-pellets-shop-german", "2-FDCK Pellets 50 mg kaufen – Labor-Chemie-Shop", """
<header><a href="/de/" class="logo">Labor-Chemie-Shop</a>
<nav><a href="/de/neu">Neu</a> <a href="/de/dissoziativa">Dissoziativa</a> <a href="/de/pellets">Pellets</a> <a href="/de/pulver">Pulver</a> <a href="/de/versand">Versand &amp; Zahlung</a> <a href="/de/warenkorb">Warenkorb</a></nav></header>
<main>
<p class="hinweis">Alle Produkte dienen ausschließlich Forschungszwecken. Nicht zum menschlichen Verzehr geeignet. Abgabe nur an Personen ab 18 Jahren.</p>
<h1>2-FDCK Pellets 50 mg</h1>
<p>2-Fluordeschloroketamin in gepresster Pelletform, präzise dosiert und mit Bruchkerbe. Reinheit laut Laboranalyse über 99 %.</p>
<table>
<tr><th>Menge</th><th>Preis</th></tr>
<tr><td>10 Pellets</td><td>24,90 €</td></tr>
<tr><td>25 Pellets</td><td>54,90 €</td></tr>
<tr><td>50 Pellets</td><td>94,90 €</td></tr>
<tr><td>100 Pellets</td><td>169,00 €</td></tr>
</table>
<p><button>In den Warenkorb</button></p>
<h2>Versand</h2>
<p>Versand innerhalb von 24 Stunden aus den Niederlanden, neutral verpackt im Luftpolsterumschlag ohne Absender. Lieferung nach Deutschland, Österreich und in die Schweiz in 2–5 Werktagen.</p>
<h2>Zahlung</h2>
<p>Vorkasse per Überweisung, Bitcoin, Monero oder Paysafecard. Bei Zahlung mit Kryptowährung erhalten Sie 8 % Rabatt.</p>
<h2>Kundenbewertungen</h2>
<p>★★★★★ „Schnell da, saubere Pellets, Teilung klappt gut.“ – T.</p>
<p>★★★★☆ „Wirkung etwas kürzer als erwartet, aber Versand top.“ – anonym</p>
</main>
<footer>Impressum · AGB · Datenschutz · © 2026 Labor-Chemie-Shop</footer>
""", noise="cookie-de")

p("h9311", "https://clinique-serenite-kine.example/traitement-ketamine-a-domicile", "seller", True, "fr",
  "pseudo-clinic-ships-without-consult", "Kétamine à domicile – Clinique Sérénité", """
<header><a href="/" class="logo">Clinique Sérénité</a>
<nav><a href="/">Accueil</a> <a href="/notre-approche">Notre approche</a> <a href="/traitement-ketamine-a-domicile">Kétamine à domicile</a> <a href="/temoignages">Témoignages</a> <a href="/commander">Commander</a></nav></header>
<main>
<h1>Le traitement à la kétamine, chez vous, sans rendez-vous</h1>
<p>Dépression, anxiété, épuisement : la kétamine change des vies. Mais les hôpitaux imposent des mois d'attente et des consultations interminables. À la Clinique Sérénité, nous avons simplifié le parcours.</p>
<h2>Votre kit Sérénité</h2>
<ul>
<li>Flacon de kétamine en spray nasal (10 ml, 100 mg/ml)</li>
<li>Guide d'utilisation et playlist de relaxation</li>
<li>Livraison en colis neutre sous 72 h en France, Belgique et Suisse</li>
</ul>
<p class="prix">Kit découverte : 189 € · Kit 3 mois : 490 €</p>
<p><a class="btn" href="/commander">Commander mon kit</a></p>
<h2>Faut-il une ordonnance ?</h2>
<p>Non. Aucune ordonnance ni consultation n'est nécessaire. Un court formulaire de bien-être suffit ; il est validé automatiquement à la commande.</p>
<h2>Paiement</h2>
<p>Carte bancaire, virement ou cryptomonnaies. Pour une confidentialité totale, nous recommandons le paiement en Bitcoin.</p>
<h2>Témoignages</h2>
<p>« Après deux sprays, j'ai enfin dormi. » – Nathalie, Lyon</p>
<p>« Livraison rapide et discrète, rien n'indique le contenu. » – Marc, Genève</p>
</main>
<footer><p>Clinique Sérénité – bien-être et accompagnement. Les informations de ce site ne remplacent pas un avis médical.</p><p>Contact : WhatsApp +33 6 00 00 00 00</p></footer>
""", noise="cookie-fr")

p("h9312", "https://tweedehands-plein.example/v/diversen/overige/a1928374-ketamine-te-koop", "seller", True, "nl",
  "classified-ad-snippet-dutch", "", """
Ketamine te koop, schone kristallen, 25 euro per gram, vanaf 5 gram bezorging aan huis in regio Amsterdam/Utrecht, rest van NL per post. Alleen contact via Signal of Telegram, geen vragen over herkomst.
""", ext="txt")

p("h9313", "https://linkbio.example/keta.brasil", "seller", True, "pt",
  "link-in-bio-page-brazilian", "@keta.brasil | links", """
<main class="linkbio">
<img class="avatar" src="/u/keta.brasil/avatar.jpg" alt="">
<h1>@keta.brasil</h1>
<p>💎 Ketamina cristal e líquida · Qualidade farmacêutica · Entrega p/ todo Brasil 📦 · Envio discreto · Pix e cripto</p>
<ul class="links">
<li><a href="https://wa.me/5511900000000">🟢 Chama no zap pra fazer seu pedido</a></li>
<li><a href="https://t.me/ketabrasil_vendas">✈️ Canal no Telegram com a tabela de preços</a></li>
<li><a href="/keta.brasil/tabela">📋 Tabela: 1g R$180 · 5g R$800 · frasco 10ml R$250</a></li>
<li><a href="/keta.brasil/feedbacks">⭐ Feedbacks dos clientes</a></li>
</ul>
<p class="small">Sem receita, sem burocracia. Não respondemos curiosos.</p>
</main>
""")

p("h9314", "https://farmacia-online-italia24.example/antidepressivi/ketalar-50mg-ml", "seller", True, "it",
  "no-prescription-pharmacy-italian", "Ketalar 50 mg/ml fiale – acquisto senza ricetta | Farmacia Online Italia 24", """
<header>
<a href="/" class="logo">Farmacia Online Italia 24</a>
<nav><a href="/">Home</a> <a href="/antidepressivi">Antidepressivi</a> <a href="/ansiolitici">Ansiolitici</a> <a href="/antidolorifici">Antidolorifici</a> <a href="/disfunzione-erettile">Disfunzione erettile</a> <a href="/carrello">Carrello</a></nav>
</header>
<main>
<h1>Ketalar (chetamina) 50 mg/ml – 5 fiale da 10 ml</h1>
<p class="prezzo">€ 129,00 <span>IVA inclusa</span></p>
<p>Disponibilità: immediata · Spedizione anonima in 3–6 giorni lavorativi</p>
<form><label>Confezioni</label> <select><option>1</option><option>2</option><option>3</option></select> <button>Aggiungi al carrello</button></form>
<h2>Descrizione</h2>
<p>La chetamina è un anestetico con effetto antidepressivo rapido. Ketalar è il farmaco originale in fiale, utilizzato anche per la depressione resistente.</p>
<h2>Serve la ricetta?</h2>
<p>No, su Farmacia Online Italia 24 puoi acquistare senza ricetta medica. Il pacco arriva anonimo, senza riferimenti al contenuto.</p>
<h2>Metodi di pagamento</h2>
<p>Bonifico SEPA, ricarica PostePay, Bitcoin. Il pagamento con carta non è disponibile per questo prodotto.</p>
<h2>Recensioni</h2>
<p>★★★★★ «Ordine arrivato a Napoli in 4 giorni, tutto perfetto.»</p>
</main>
<footer><p>Farmacia Online Italia 24 non è affiliata al Servizio Sanitario Nazionale. Consulta il tuo medico.</p></footer>
""")

# ---------------------------------------------------------------- telehealth

p("h9315", "https://northlightmind.example/at-home-ketamine", "telehealth", False, "en",
  "at-home-program-landing", "At-Home Ketamine Therapy with Psychiatric Clinicians | Northlight Mind", """
<header class="site">
<a href="/" class="logo">northlight<span>mind</span></a>
<nav><a href="/at-home-ketamine">At-home ketamine</a> <a href="/how-it-works">How it works</a> <a href="/clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/safety">Safety</a> <a href="/blog">Journal</a></nav>
<a class="btn" href="/eligibility">Check eligibility</a> <a href="/login">Patient login</a>
</header>
<main>
<section class="hero">
<h1>Ketamine-assisted treatment for depression and anxiety, guided from home</h1>
<p>Northlight Mind pairs you with a board-certified psychiatrist or psychiatric nurse practitioner licensed in your state. If ketamine is a safe fit, your clinician prescribes it and stays with you through every step.</p>
<a class="btn" href="/eligibility">See if you qualify</a>
<p class="states">Currently serving patients in CA, CO, FL, IL, NY, TX, WA and 14 more states.</p>
</section>
<section id="how">
<h2>How treatment works</h2>
<ol>
<li><b>Eligibility screening (10 minutes).</b> A medical history form and PHQ-9 and GAD-7 questionnaires. This does not approve you; it helps your clinician prepare.</li>
<li><b>Live video evaluation (45–60 minutes).</b> You meet your clinician by video. They review your diagnosis, medications, blood pressure, history of psychosis, substance use and heart conditions. About one in four people we evaluate are not offered ketamine and are referred to other care.</li>
<li><b>Prescription and pharmacy.</b> If appropriate, your clinician sends a prescription for sublingual ketamine tablets to a licensed partner compounding pharmacy in your state. The pharmacy ships to you with a signature required.</li>
<li><b>Supervised sessions.</b> Each session is done with a sitter present, and you check in through the app before and after. Blood pressure is logged with the cuff we send you.</li>
<li><b>Integration and follow-up.</b> Group integration circles weekly and a follow-up video visit after session 2 and session 6, where your clinician decides whether to continue, adjust or stop.</li>
</ol>
</section>
<section id="clinicians">
<h2>Meet some of our clinicians</h2>
<div class="card"><b>Dr. Amara Okafor, MD</b> – Board-certified psychiatrist, Medical Director. Licensed in CA, NY, WA.</div>
<div class="card"><b>Rachel Lindqvist, PMHNP-BC</b> – Psychiatric nurse practitioner. Licensed in CO, IL, TX.</div>
<div class="card"><b>Dr. Tomás Herrera, DO</b> – Psychiatrist, addiction medicine. Licensed in FL, TX.</div>
</section>
<section id="pricing">
<h2>Pricing</h2>
<p><b>Initial evaluation:</b> $250 (refunded in full if your clinician decides ketamine isn't right for you).</p>
<p><b>Membership:</b> $219/month includes follow-up visits, app check-ins, integration groups and up to 6 sessions' worth of medication as prescribed.</p>
<p>HSA/FSA cards accepted. We provide superbills for out-of-network reimbursement.</p>
<a class="btn" href="/eligibility">Start with a screening</a>
</section>
<section id="safety">
<h2>Not right for everyone</h2>
<p>We do not treat people with uncontrolled high blood pressure, a history of psychosis or mania, active substance use disorder, or who are pregnant. If you are in crisis, call or text 988.</p>
</section>
</main>
<footer>
<nav><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/notice-of-privacy-practices">HIPAA Notice</a></nav>
<p>Clinical services provided by Northlight Medical Group, P.C. and affiliated professional entities. © 2026 Northlight Mind, Inc.</p>
</footer>
""", noise="cookie")

p("h9316", "https://help.stillwater-health.example/articles/do-i-talk-to-a-provider", "telehealth", False, "en",
  "help-center-faq-short", "Will I talk to a real provider before getting ketamine? – Stillwater Health Help", """
<header><a href="/">Stillwater Health Help Center</a> <form><input placeholder="Search help"></form></header>
<main>
<h1>Will I talk to a real provider before getting ketamine?</h1>
<p>Yes. Every Stillwater patient has a live video appointment with a licensed prescriber before any medication is prescribed. Filling out the intake form only lets us schedule you – it is not an approval.</p>
<p>During the visit your provider will confirm your identity with a photo ID, go over your health history and current medications, and talk about your goals. If they prescribe ketamine, the prescription goes to our partner pharmacy, which ships after the pharmacist verifies it.</p>
<p>Your provider will see you again by video before any refill. If you'd like to see who your provider is, open <b>Care Team</b> in the app.</p>
<p class="meta">Related: <a href="#">Which states do you serve?</a> · <a href="#">What happens if I'm not a candidate?</a></p>
</main>
""")

p("h9317", "https://clearpathpsychiatry.example/services/treatment-resistant-depression", "telehealth", False, "en",
  "virtual-psychiatry-spravato-referral", "Treatment-Resistant Depression Care | ClearPath Virtual Psychiatry", """
<header><a href="/">ClearPath Virtual Psychiatry</a>
<nav><a href="/services">Services</a> <a href="/insurance">Insurance</a> <a href="/providers">Providers</a> <a href="/book">Book a visit</a></nav></header>
<main>
<h1>When two antidepressants haven't worked</h1>
<p>ClearPath is an online psychiatry practice. Our psychiatrists and nurse practitioners see patients by secure video in Pennsylvania, New Jersey, Ohio and Maryland, and we are in network with most major insurers.</p>
<h2>What we can do from home</h2>
<ul>
<li>A full psychiatric evaluation by video, including a review of every medication you've tried, doses and duration</li>
<li>Medication changes, augmentation and lab orders at a local lab</li>
<li>Referral for psychotherapy, including our own CBT and DBT clinicians</li>
</ul>
<h2>Esketamine (Spravato)</h2>
<p>Spravato has to be given in a REMS-certified healthcare setting, where you're monitored for at least two hours. We can't give it by video – but we can evaluate whether it is appropriate, handle insurance prior authorisation and refer you to one of our partner treatment centres near you. Your ClearPath psychiatrist continues to manage your oral antidepressant and sees you between treatment sessions.</p>
<p>Partner centres currently include sites in Philadelphia, Pittsburgh, Cherry Hill, Columbus and Baltimore.</p>
<h2>Getting started</h2>
<p><a href="/book">Book a new-patient evaluation</a>. Most patients are seen within 7 days. Bring a list of your past medications.</p>
</main>
<footer><p>ClearPath Virtual Psychiatry, LLC · If you're in crisis call or text 988 · <a href="/privacy">Privacy</a></p></footer>
""")

p("h9318", "https://mail.example/message/stillwater-appointment-confirmation", "telehealth", False, "en",
  "appointment-confirmation-email-snippet", "", """
Hi Jordan, your video evaluation with Dana Whitfield, PMHNP-BC, is confirmed for Tuesday, Dec 15 at 4:30 PM ET – please have your photo ID and a list of current medications ready. If Dana prescribes ketamine after your visit, the prescription will be sent to our licensed partner pharmacy and you'll get tracking once the pharmacist has reviewed it. — Stillwater Health Care Team
""", ext="txt")

p("h9319", "https://elevaterx.example/pricing", "telehealth", False, "en",
  "salesy-pricing-page-real-evaluation", "Pricing – Elevate: Ketamine Therapy at Home", """
<div class="announce">🎉 Holiday offer: $100 off your first month with code NEWYEAR – ends Dec 31</div>
<header><a href="/" class="logo">elevate</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/science">The science</a> <a href="/reviews">Reviews</a> <a href="/start" class="btn">Start today</a></nav></header>
<main>
<h1>Transparent pricing. Real clinicians.</h1>
<p>Less than most clinics charge for a single infusion.</p>
<div class="plans">
<div class="plan">
<h2>Monthly</h2>
<p class="price">$299<span>/mo</span></p>
<ul><li>Video visit with a licensed nurse practitioner or physician before your first prescription</li><li>4 sessions of medication per month, if prescribed</li><li>Monthly provider check-in by video</li><li>Care coordinator messaging</li></ul>
<a class="btn" href="/start?plan=monthly">Get started</a>
</div>
<div class="plan best">
<h2>3-month program</h2>
<p class="price">$799<span> total</span></p>
<ul><li>Everything in Monthly</li><li>Integration coaching (6 sessions)</li><li>Free blood-pressure monitor</li></ul>
<a class="btn" href="/start?plan=3mo">Get started</a>
</div>
</div>
<h2>What happens after checkout?</h2>
<p>Checkout reserves your spot and pays for your evaluation. Next you'll verify your ID and complete a medical intake. Then you'll meet your provider on video. If they decide ketamine is not safe or not right for you, we refund your payment in full – no questions asked.</p>
<p>If you are prescribed, medication is filled by a state-licensed pharmacy partner and shipped in discreet, signature-required packaging.</p>
<h2>Good to know</h2>
<ul>
<li>You must be 18+ and live in a state where we operate.</li>
<li>Some conditions (e.g. uncontrolled hypertension, history of psychosis, pregnancy) mean ketamine at home isn't an option.</li>
<li>HSA/FSA eligible.</li>
</ul>
</main>
<footer><p>Medical services are provided by independent licensed clinicians of Elevate Medical PC. Elevate does not guarantee that a provider will prescribe. © 2026</p></footer>
""", noise="cookie")

p("h9320", "https://psychiatrie-online.example/esketamin-beratung", "telehealth", False, "de",
  "video-psychiatry-esketamine-referral-german", "Therapieresistente Depression – Beratung zu Esketamin per Videosprechstunde | Psychiatrie Online", """
<header><a href="/" class="logo">Psychiatrie Online</a>
<nav><a href="/leistungen">Leistungen</a> <a href="/aerzte">Ärztinnen &amp; Ärzte</a> <a href="/kosten">Kosten</a> <a href="/termin">Termin buchen</a></nav></header>
<main>
<h1>Esketamin bei therapieresistenter Depression: Beratung per Video</h1>
<p>Sie haben bereits mehrere Antidepressiva ohne ausreichende Wirkung eingenommen? In unserer Videosprechstunde prüfen Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie, ob eine Behandlung mit Esketamin-Nasenspray für Sie infrage kommt.</p>
<h2>So läuft es ab</h2>
<ol>
<li>Sie buchen online einen Termin und füllen einen Anamnesebogen aus.</li>
<li>Im ca. 50-minütigen Videogespräch besprechen wir Vorgeschichte, bisherige Medikation, Begleiterkrankungen und Blutdruck.</li>
<li>Kommt Esketamin infrage, erhalten Sie einen Arztbrief und eine Überweisung an eine unserer Partnerkliniken. Die Anwendung des Nasensprays erfolgt dort unter ärztlicher Aufsicht mit anschließender Überwachung.</li>
<li>Die Weiterbehandlung mit Ihrem oralen Antidepressivum und Verlaufskontrollen können Sie bei uns per Video fortführen.</li>
</ol>
<h2>Kosten</h2>
<p>Die Videosprechstunde wird als Privatleistung nach GOÄ abgerechnet (Erstgespräch ca. 120–160 €). Gesetzlich Versicherte erhalten eine Rechnung zur Einreichung bei Zusatzversicherungen.</p>
<h2>Wichtig</h2>
<p>Wir verschicken keine Medikamente. In akuten Krisen wenden Sie sich bitte an den ärztlichen Bereitschaftsdienst 116 117 oder den Notruf 112.</p>
</main>
<footer><p>Psychiatrie Online – Praxis für Telepsychiatrie, Dr. med. Katrin Hollmann · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></p></footer>
""", noise="cookie-de")

p("h9321", "https://serenamente.example/es/ketamina-en-casa", "telehealth", False, "es",
  "at-home-program-spanish-us", "Terapia con ketamina en casa, en español | SerenaMente", """
<header><a href="/es/" class="logo">SerenaMente</a>
<nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/equipo">Nuestro equipo</a> <a href="/es/precios">Precios</a> <a href="/en/">English</a> <a href="/es/empezar" class="btn">Comenzar</a></nav></header>
<main>
<h1>Terapia con ketamina desde casa, con profesionales que hablan tu idioma</h1>
<p>Atendemos a pacientes adultos en California, Texas, Florida, Illinois y Nueva York. Toda la atención es en español con psiquiatras y enfermeras practicantes con licencia en tu estado.</p>
<h2>Cómo funciona</h2>
<ol>
<li><b>Cuestionario inicial.</b> Nos cuentas tu historia médica y cómo te has sentido. Con esto programamos tu cita; no es una aprobación.</li>
<li><b>Consulta por videollamada.</b> Un profesional con licencia te evalúa durante unos 45 minutos y decide contigo si la ketamina es segura para ti.</li>
<li><b>Receta y farmacia.</b> Si te la recetan, una farmacia con licencia envía las tabletas sublinguales a tu domicilio.</li>
<li><b>Seguimiento.</b> Citas de control por video y apoyo de integración en grupo, también en español.</li>
</ol>
<h2>Nuestro equipo</h2>
<p>Dra. Mariana Castellanos, psiquiatra (CA, TX) · Luis Ortega, PMHNP (FL, NY) · Dra. Beatriz Solís, psiquiatra (IL)</p>
<h2>Precios</h2>
<p>Evaluación inicial: 195 USD (reembolso completo si no eres candidato). Membresía mensual: 249 USD.</p>
<p>Si estás en crisis, llama o envía un mensaje al 988 (opción en español).</p>
</main>
<footer><p>Servicios médicos prestados por SerenaMente Medical Group. <a href="/es/privacidad">Privacidad</a></p></footer>
""", noise="cookie-es")

p("h9322", "https://luzmente.example/pt/cetamina-em-casa", "telehealth", False, "pt",
  "at-home-program-portuguese-us", "Tratamento com cetamina em casa, em português – LuzMente", """
<header><a href="/pt/">LuzMente</a> <nav><a href="/pt/como-funciona">Como funciona</a> <a href="/pt/equipe">Equipe</a> <a href="/pt/valores">Valores</a> <a href="/pt/agendar">Agendar</a></nav></header>
<main>
<h1>Cetamina para depressão, com acompanhamento em português</h1>
<p>A LuzMente atende adultos que moram em Massachusetts, Flórida, Nova Jersey e Connecticut. Toda a equipe clínica tem licença nos estados onde atendemos.</p>
<h2>Passo a passo</h2>
<ul>
<li>Você preenche o histórico médico e os questionários de humor.</li>
<li>Faz uma consulta por vídeo com um psiquiatra ou enfermeiro especialista (PMHNP). A decisão de prescrever ou não é sempre do profissional.</li>
<li>Se houver prescrição, a farmácia parceira licenciada envia o medicamento com assinatura na entrega.</li>
<li>Consultas de acompanhamento por vídeo a cada 2–4 semanas.</li>
</ul>
<p>Responsável técnico: Dr. Rafael Menezes, MD, psiquiatra licenciado em MA e FL.</p>
<p><b>Valores:</b> avaliação US$ 225; acompanhamento mensal US$ 239. Aceitamos cartões HSA/FSA.</p>
<p><a href="/pt/agendar">Agendar minha avaliação por vídeo</a></p>
</main>
<footer>LuzMente Health · <a href="/pt/privacidade">Privacidade</a> · Em caso de crise ligue 988</footer>
""", noise="cookie-pt")

p("h9323", "https://cliniquevirtuelle-horizon.example/fr/programme-ketamine", "telehealth", False, "fr",
  "virtual-clinic-membership-french", "Programme kétamine – Horizon, clinique virtuelle de santé mentale", """
<header><a href="/fr/" class="logo">Horizon</a>
<nav><a href="/fr/programme-ketamine">Programme kétamine</a> <a href="/fr/equipe">Équipe médicale</a> <a href="/fr/tarifs">Tarifs</a> <a href="/fr/faq">FAQ</a> <a href="/en/">EN</a> <a href="/fr/connexion">Mon espace</a></nav></header>
<main>
<h1>Un programme de kétamine encadré, à distance</h1>
<p>Horizon est une clinique virtuelle qui accompagne les adultes de l'Ontario et du Québec vivant avec une dépression résistante. Nos médecins sont membres de leur ordre professionnel provincial.</p>
<h2>Étapes</h2>
<ol>
<li><b>Demande d'admission</b> et référence de votre médecin de famille si vous en avez un.</li>
<li><b>Consultation psychiatrique par vidéo</b> d'environ une heure. Le médecin vérifie les contre-indications (hypertension non contrôlée, psychose, grossesse, trouble d'usage de substances).</li>
<li><b>Ordonnance</b> transmise à une pharmacie partenaire autorisée, uniquement si le médecin la juge appropriée. La première dose est prise pendant une visioconférence avec une infirmière.</li>
<li><b>Suivi</b> : rencontres vidéo aux deux semaines et séances d'intégration avec une psychothérapeute.</li>
</ol>
<h2>Tarifs</h2>
<p>Consultation initiale : 350 $ CA. Abonnement mensuel de suivi : 275 $ CA. Ces services ne sont pas couverts par l'assurance maladie provinciale ; plusieurs assurances privées remboursent une partie.</p>
<p>Besoin d'aide immédiate ? Composez le 988.</p>
</main>
<footer><p>Horizon Santé Mentale Inc. · <a href="/fr/confidentialite">Confidentialité</a> · <a href="/fr/carrieres">Carrières</a></p></footer>
""", noise="cookie-fr")

# ---------------------------------------------------------------- clinics

p("h9324", "https://desertbloominfusion.example/", "clinic", False, "en",
  "infusion-clinic-homepage-with-prices", "Desert Bloom Infusion Center | Ketamine Infusions in Tucson, AZ", """
<div class="topbar">📍 2210 E Speedway Blvd, Suite 140, Tucson AZ · ☎ (520) 555-0187 · Mon–Sat 8am–6pm</div>
<header>
<a class="logo" href="/">Desert Bloom Infusion Center</a>
<nav><a href="/ketamine-for-depression">Depression</a> <a href="/ketamine-for-ptsd">PTSD</a> <a href="/chronic-pain">Chronic pain</a> <a href="/our-team">Our team</a> <a href="/pricing">Pricing</a> <a href="/gift-cards">Gift cards</a> <a href="/book" class="btn">Book a consultation</a></nav>
</header>
<main>
<section class="hero">
<h1>Relief can start in days, not months.</h1>
<p>IV ketamine infusions in a calm, private suite, administered and monitored by our anesthesia team. Locally owned, serving Southern Arizona since 2019.</p>
<a class="btn" href="/book">Book a free 15-minute phone consultation</a>
</section>
<section>
<h2>What to expect on infusion day</h2>
<p>You'll check in, have your vitals taken and relax in a reclining chair with an eye mask and music. A certified registered nurse anesthetist (CRNA) places the IV and stays with you throughout the 40-minute infusion. Heart rate, blood pressure and oxygen are monitored continuously. Afterwards you'll rest for about 30 minutes; a friend or family member must drive you home.</p>
</section>
<section>
<h2>Before your first infusion</h2>
<p>Every new patient has an in-person medical assessment with our physician, Dr. Helen Marsh, MD. We also ask for a referral or records from your mental-health provider so we can coordinate care.</p>
</section>
<section id="pricing">
<h2>Pricing</h2>
<table>
<tr><td>Medical assessment</td><td>$150</td></tr>
<tr><td>Single infusion (depression, PTSD)</td><td>$475</td></tr>
<tr><td>Initial series – 6 infusions over 2–3 weeks</td><td>$2,550 (save $300)</td></tr>
<tr><td>Booster infusion</td><td>$450</td></tr>
<tr><td>Chronic-pain infusion (up to 4 hours)</td><td>from $750</td></tr>
</table>
<p>We accept HSA/FSA and offer financing through CareCredit. Superbills provided for out-of-network claims.</p>
<p><a class="btn" href="/packages">Buy an infusion package</a> <a href="/gift-cards">Give a gift card</a></p>
</section>
<section class="testimonials">
<h2>Patients say</h2>
<blockquote>"The staff made me feel safe from the first phone call." – K.L., Oro Valley</blockquote>
<blockquote>"After the third infusion I noticed I was cooking dinner again." – Google review</blockquote>
</section>
</main>
<aside class="sidebar"><h3>New patients</h3><ul><li><a href="/forms">Intake forms</a></li><li><a href="/insurance">Insurance &amp; billing</a></li><li><a href="/faq">FAQ</a></li></ul></aside>
<footer><p>Desert Bloom Infusion Center, PLLC · Medical Director Helen Marsh, MD · <a href="/privacy">Privacy</a> · <a href="/nondiscrimination">Nondiscrimination notice</a></p><p>If you are in crisis, call or text 988.</p></footer>
""", noise="cookie")

p("h9325", "https://riverbendbehavioral.example/spravato", "clinic", False, "en",
  "spravato-rems-center-page", "Spravato (Esketamine) Treatment | Riverbend Behavioral Health", """
<header><a href="/">Riverbend Behavioral Health</a>
<nav><a href="/services">Services</a> <a href="/spravato">Spravato</a> <a href="/tms">TMS</a> <a href="/locations">Locations</a> <a href="/patient-portal">Patient portal</a></nav></header>
<main>
<h1>Spravato® (esketamine) nasal spray</h1>
<p>Riverbend's Lakeside and Maple Grove offices are certified treatment centres under the Spravato REMS program. Spravato is approved for adults with treatment-resistant depression and for depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behavior, together with an oral antidepressant.</p>
<h2>Your treatment visit</h2>
<ul>
<li>You self-administer the nasal spray in our treatment room under the direct observation of a nurse.</li>
<li>We check your blood pressure before dosing and at 40 minutes, and you stay with us for at least 2 hours.</li>
<li>You can't drive until the next day after a restful sleep, so please arrange a ride.</li>
<li>Typical schedule: twice weekly for 4 weeks, then weekly, then every one to two weeks.</li>
</ul>
<h2>Insurance</h2>
<p>Most commercial plans and Medicare cover Spravato with prior authorization. Our benefits team handles the paperwork and will tell you your expected cost before you start. Janssen's savings program may lower copays for eligible commercially insured patients.</p>
<h2>Getting started</h2>
<p>You'll need an evaluation with one of our psychiatrists (or a referral from your own). Call (612) 555-0139 or request an appointment through the portal.</p>
</main>
<footer><p>Riverbend Behavioral Health · Lakeside · Maple Grove · St. Paul</p></footer>
""")

p("h9326", "https://kindredgroundtherapy.example/kap", "clinic", False, "en",
  "kap-practice-in-office", "Ketamine-Assisted Psychotherapy | Kindred Ground Therapy Collective", """
<header><a href="/">Kindred Ground Therapy Collective</a> <nav><a href="/about">About</a> <a href="/kap">KAP</a> <a href="/team">Team</a> <a href="/fees">Fees</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketamine-assisted psychotherapy in Portland</h1>
<p>We're a small group of licensed therapists working alongside a medical partner, Dr. Priya Anand, MD. KAP at Kindred Ground is an in-person process that takes place in our Southeast Portland office.</p>
<h2>The arc of treatment</h2>
<p><b>Preparation.</b> Two or three 50-minute therapy sessions to get to know you, your history and your intentions. You'll also have a medical screening with Dr. Anand, who decides whether ketamine is medically appropriate.</p>
<p><b>Medicine sessions.</b> Dr. Anand or our nurse administers an intramuscular dose in our treatment room. Your therapist stays with you for the full 2–3 hour session. Most people have three to six medicine sessions.</p>
<p><b>Integration.</b> A therapy session within a few days of each medicine session to make sense of what came up.</p>
<h2>Fees</h2>
<p>Preparation and integration sessions: $185 each. Medicine session (therapist + medical): $650. We keep a few sliding-scale spots each quarter.</p>
<h2>Team</h2>
<p>Maya Ruiz, LCSW · Owen Blackfeather, LPC · Sarah Klein, LMFT · Priya Anand, MD (medical director)</p>
<p><a href="/contact">Request a free 20-minute consultation call</a></p>
</main>
<footer>Kindred Ground Therapy Collective · 3100 SE Division St, Portland OR</footer>
""")

p("h9327", "https://pay.lakeshoreketamine.example/billpay", "clinic", False, "en",
  "clinic-online-bill-pay-short", "Pay Your Bill – Lakeshore Ketamine & Wellness", """
<header><a href="https://lakeshoreketamine.example/">Lakeshore Ketamine &amp; Wellness</a></header>
<main>
<h1>Pay your bill online</h1>
<p>Enter the statement number and patient date of birth from your paper or e-mailed statement. Payments post to your account within one business day.</p>
<form>
<label>Statement number <input name="stmt"></label>
<label>Patient date of birth <input name="dob" placeholder="MM/DD/YYYY"></label>
<label>Amount <input name="amt" placeholder="$0.00"></label>
<button>Continue to payment</button>
</form>
<p>Questions about a charge for an infusion, consultation or package? Call our billing office at (773) 555-0172, Mon–Fri 9–4. We can set up a payment plan.</p>
</main>
<footer>© Lakeshore Ketamine &amp; Wellness, 1455 N Halsted St, Chicago IL</footer>
""")

p("h9328", "https://sms.example/thread/harborlightinfusion", "clinic", False, "en",
  "infusion-reminder-text-snippet", "", """
Harbor Light Infusion: Reminder – your ketamine infusion is tomorrow at 10:00 AM at 88 Marine Ave. Please don't eat for 4 hours before, arrive 15 min early and bring your driver; reply C to confirm or call 555-0190 to reschedule.
""", ext="txt")

p("h9329", "https://www.asst-valleverde.example/reparti/psichiatria/ambulatorio-depressione-resistente", "clinic", False, "it",
  "hospital-outpatient-esketamine-italian", "Ambulatorio per la depressione resistente – ASST Valle Verde", """
<header>
<div class="istituzionale">Regione · Sistema Sociosanitario</div>
<a href="/" class="logo">ASST Valle Verde</a>
<nav><a href="/ospedali">Ospedali</a> <a href="/reparti">Reparti e servizi</a> <a href="/prenotazioni">Prenotazioni</a> <a href="/urp">URP</a> <a href="/amministrazione-trasparente">Amministrazione trasparente</a></nav>
</header>
<main>
<p class="breadcrumb">Home › Reparti › Psichiatria › Ambulatorio depressione resistente</p>
<h1>Ambulatorio per la depressione resistente al trattamento</h1>
<p>L'ambulatorio, attivo presso il Presidio Ospedaliero di Castelnuovo (Padiglione C, piano terra), si occupa della valutazione e del trattamento di pazienti adulti con depressione che non hanno risposto ad almeno due antidepressivi.</p>
<h2>Trattamenti offerti</h2>
<ul>
<li>Valutazione psichiatrica specialistica e revisione della terapia</li>
<li>Esketamina spray nasale, somministrata in ambulatorio sotto osservazione del personale sanitario per almeno due ore</li>
<li>Stimolazione magnetica transcranica (in collaborazione con la Neurologia)</li>
</ul>
<h2>Come accedere</h2>
<p>È necessaria l'impegnativa del medico di medicina generale o dello specialista per "prima visita psichiatrica – depressione resistente". Prenotazione tramite CUP regionale al numero verde 800 000 000 o agli sportelli.</p>
<p>Il paziente non deve guidare nel giorno del trattamento: si consiglia di essere accompagnati.</p>
<h2>Contatti</h2>
<p>Responsabile: Dott.ssa Elena Ferraris · Segreteria: 0341 000 000 (lun–ven 9:00–12:30)</p>
</main>
<footer><p>ASST Valle Verde · P.IVA 00000000000 · <a href="/privacy">Privacy</a> · <a href="/accessibilita">Dichiarazione di accessibilità</a></p></footer>
""")

p("h9330", "https://kliniek-delta-ggz.example/behandelingen/ketamine", "clinic", False, "nl",
  "private-clinic-ketamine-dutch", "Ketaminebehandeling bij depressie – Kliniek Delta", """
<header><a href="/" class="logo">Kliniek Delta</a>
<nav><a href="/behandelingen">Behandelingen</a> <a href="/aanmelden">Aanmelden</a> <a href="/tarieven">Tarieven</a> <a href="/wachttijden">Wachttijden</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketaminebehandeling bij therapieresistente depressie</h1>
<p>Kliniek Delta is een zelfstandig behandelcentrum in Rotterdam. Wij bieden ketamine-infusies en esketamine-neusspray voor volwassenen bij wie eerdere behandelingen onvoldoende hebben geholpen.</p>
<h2>Aanmelden</h2>
<p>U heeft een verwijzing nodig van uw huisarts of psychiater. Na aanmelding volgt een intakegesprek op de kliniek met een psychiater, een lichamelijk onderzoek en een ECG.</p>
<h2>De behandeling</h2>
<p>Een infuus duurt ongeveer 40 minuten. Een verpleegkundige is steeds bij u en controleert bloeddruk en hartslag. Na afloop blijft u nog een uur ter observatie. U mag die dag niet zelf rijden.</p>
<h2>Kosten en vergoeding</h2>
<p>Ketaminebehandeling valt onder de basisverzekering wanneer deze onderdeel is van uw specialistische ggz-traject; wij hebben contracten met de meeste zorgverzekeraars. Zonder contract geldt ons tarief van € 395 per infuus. Let op uw eigen risico.</p>
<p>Afspraken kunt u ook via WhatsApp verzetten: 06 00 00 00 00 (alleen voor planning, geen medische vragen).</p>
</main>
<footer><p>Kliniek Delta · Westblaak 00, Rotterdam · AGB-code 00000000 · <a href="/klachten">Klachtenregeling</a></p></footer>
""", noise="cookie-nl")

p("h9331", "https://clinicadador-atlantico.example/pt/perfusao-de-cetamina", "clinic", False, "pt",
  "pain-clinic-ketamine-infusion-portuguese", "Perfusão de cetamina para dor crónica – Clínica da Dor Atlântico", """
<header><a href="/pt/">Clínica da Dor Atlântico</a>
<nav><a href="/pt/tratamentos">Tratamentos</a> <a href="/pt/medicos">Médicos</a> <a href="/pt/acordos">Acordos e seguros</a> <a href="/pt/marcacoes">Marcações</a></nav></header>
<main>
<h1>Perfusão endovenosa de cetamina</h1>
<p>Na Clínica da Dor Atlântico, no Porto, a perfusão de cetamina é uma das opções para dor neuropática, síndrome de dor regional complexa e fibromialgia que não responderam a outros tratamentos.</p>
<h2>Como decorre</h2>
<p>Após consulta com um médico anestesiologista especialista em dor, a perfusão é feita no nosso hospital de dia, com monitorização contínua de tensão arterial, frequência cardíaca e oxigenação. Cada sessão dura entre 2 e 4 horas. O doente deve vir acompanhado.</p>
<h2>Preços</h2>
<p>Consulta de dor: 85 €. Sessão de perfusão: 320 €. Temos acordos com Médis, Multicare e ADSE (consulte condições).</p>
<h2>Marcações</h2>
<p>Telefone 22 000 0000 ou WhatsApp 910 000 000 (segunda a sexta, 9h–19h). Traga relatórios e exames anteriores.</p>
</main>
<footer>Clínica da Dor Atlântico · Rua de Exemplo 00, Porto · Licença ERS n.º 00000</footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- informational

p("h9332", "https://www.thecoastledger.example/news/2026/11/ketamine-online-vendors-investigation", "informational", False, "en",
  "news-investigation-quoting-vendors", "'No prescription, no questions': inside the online ketamine trade – The Coast Ledger", """
<header class="masthead">
<a href="/" class="logo">The Coast Ledger</a>
<nav><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/health">Health</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="btn">Subscribe</a></nav>
</header>
<main>
<article>
<p class="kicker">Investigation</p>
<h1>'No prescription, no questions': inside the online ketamine trade</h1>
<p class="byline">By Hannah Cole · Nov 18, 2026 · 8 min read</p>
<p>A search for "buy ketamine online" returns dozens of slick storefronts within seconds. Over six weeks, Ledger reporters documented 31 sites and social accounts offering the anesthetic to anyone with a crypto wallet.</p>
<p>One site, which describes its product as "needle-point shards," lists 28 grams for $820 and promises to "reship once" if a parcel is seized. Another, styled as a wellness brand, told a reporter posing as a customer that approval would be "instant" and that no conversation with a doctor was needed.</p>
<p>"These are not clinics, they are shops," said Dr. Lena Voss, an addiction psychiatrist at Coastal University Medical Center. "Legitimate ketamine treatment involves an evaluation, monitoring and follow-up. When someone sells it through Telegram, none of that exists."</p>
<p>Street prices in the region range from $30 to $60 a gram, according to the county's drug task force, and lab tests of seized samples have found some cut with other substances, including 2-FDCK and, in two cases, methamphetamine.</p>
<h2>A booming legitimate market, too</h2>
<p>The illicit trade has grown alongside a legitimate one. Infusion clinics and telehealth companies have expanded rapidly since the pandemic, and the FDA-approved esketamine nasal spray is now offered at hundreds of certified centres. Regulators have warned that some telehealth prescribing has been lax, but experts stress that prescribed treatment remains very different from buying from anonymous vendors.</p>
<p>The Ledger reported the sites it found to the DEA and to their hosting providers. Several were offline by the time of publication.</p>
<p class="note">If you or someone you know is struggling, call or text 988.</p>
</article>
<aside class="sidebar"><h3>Most read</h3><ol><li>City council approves ferry fare rise</li><li>Storm season: what to pack</li><li>High school football: playoff bracket</li></ol>
<div class="ad">Advertisement</div></aside>
</main>
<footer><p>© 2026 The Coast Ledger · <a href="/ethics">Ethics policy</a> · <a href="/corrections">Corrections</a> · <a href="/contact">Contact the newsroom</a></p></footer>
""", noise="cookie")

p("h9333", "https://www.fda.example/drugs/safety-communications/compounded-ketamine-risks", "informational", False, "en",
  "federal-agency-advisory", "FDA warns patients and health care providers about potential risks of compounded ketamine products", """
<header><a href="/">U.S. Food &amp; Drug Administration</a> <nav><a href="/drugs">Drugs</a> <a href="/drugs/drug-safety-and-availability">Drug Safety and Availability</a></nav></header>
<main>
<h1>FDA warns patients and health care providers about potential risks associated with compounded ketamine products, including oral formulations, for the treatment of psychiatric disorders</h1>
<p class="date">Content current as of: 10/2026</p>
<h2>What is FDA warning about?</h2>
<p>FDA is aware that compounded ketamine products have been marketed for at-home use for the treatment of psychiatric disorders. Ketamine is not FDA approved for the treatment of any psychiatric disorder. FDA has received reports of adverse events, including abuse and misuse, psychiatric events, increases in blood pressure and respiratory depression.</p>
<h2>What should patients do?</h2>
<ul>
<li>Be aware of the risks of using compounded ketamine products obtained from telemedicine platforms or online sources without in-person monitoring.</li>
<li>Do not buy ketamine from websites that do not require a valid prescription; these products may be counterfeit or contaminated.</li>
<li>Talk to your health care provider about FDA-approved treatment options, including Spravato, which is available only through a restricted program.</li>
</ul>
<h2>What should health care professionals do?</h2>
<p>Evaluate patients in person before prescribing, monitor for sedation, dissociation and blood pressure changes, and report adverse events to MedWatch.</p>
</main>
<footer>U.S. Department of Health and Human Services · <a href="/about">About FDA</a></footer>
""")

p("h9334", "https://checkit-collective.example/results/ketamine-november-2026", "informational", False, "en",
  "drug-checking-results-harm-reduction", "Drug checking results: ketamine samples, November 2026 – CheckIt Collective", """
<header><a href="/">CheckIt Collective</a> <nav><a href="/services">Free drug checking</a> <a href="/results">Results</a> <a href="/alerts">Alerts</a> <a href="/volunteer">Volunteer</a></nav></header>
<main>
<h1>What was in the "ketamine" we tested in November</h1>
<p>We tested 64 samples sold as ketamine at our fixed site and at two festivals using FTIR spectroscopy with fentanyl and benzodiazepine test strips. Samples were brought in anonymously. We don't buy or sell drugs.</p>
<table>
<tr><th>Result</th><th>Samples</th></tr>
<tr><td>Ketamine only</td><td>41</td></tr>
<tr><td>Ketamine + caffeine or fillers</td><td>9</td></tr>
<tr><td>2-FDCK (fluorexetamine) instead of ketamine</td><td>8</td></tr>
<tr><td>Ketamine + MDMA</td><td>3</td></tr>
<tr><td>Other / unidentified</td><td>3</td></tr>
</table>
<h2>What this means</h2>
<p>One in eight "ketamine" samples wasn't ketamine at all. 2-FDCK can last longer and feel different, so people may redose. If you use, start low, don't mix with alcohol or other depressants, and have someone with you. Frequent ketamine use can seriously damage the bladder – see our <a href="/bladder">bladder health page</a>.</p>
<p>Drop-in drug checking: Thursdays 5–8pm, 414 Alder St. Free and confidential.</p>
</main>
<footer>CheckIt Collective is a community harm-reduction project funded by the county health department.</footer>
""")

p("h9335", "https://meridianmedsupply.example/catalog/anesthesia/ketamine-hcl-injection-usp", "informational", False, "en",
  "licensed-wholesaler-registered-facilities", "Ketamine HCl Injection, USP CIII – Meridian Medical Supply", """
<header>
<a href="/" class="logo">Meridian Medical Supply</a>
<nav><a href="/catalog">Catalog</a> <a href="/catalog/anesthesia">Anesthesia</a> <a href="/catalog/controlled-substances">Controlled substances</a> <a href="/account/apply">Open an account</a> <a href="/login">Customer login</a></nav>
</header>
<main>
<h1>Ketamine Hydrochloride Injection, USP – CIII</h1>
<p>500 mg/10 mL (50 mg/mL) multiple-dose vial, 10 × 10 mL · NDC 00000-0000-10 · Manufacturer: Hikma</p>
<p class="price">Contract pricing – log in to view</p>
<div class="notice">
<h3>Controlled-substance ordering requirements</h3>
<p>Meridian Medical Supply is a DEA-registered distributor. Schedule III products are sold only to hospitals, surgery centres, clinics and practitioners with an active DEA registration and state controlled-substance licence for the ship-to address. New accounts are verified against the DEA registrant database before the first order ships. Orders are subject to suspicious-order monitoring.</p>
<p>We do not sell to individuals.</p>
</div>
<h2>Documentation</h2>
<ul><li>Package insert (PDF)</li><li>Safety data sheet (PDF)</li><li>DSCSA transaction history available in your account</li></ul>
<aside><h3>Related</h3><ul><li>Propofol injectable emulsion</li><li>Midazolam injection CIV</li><li>Sterile water for injection</li></ul></aside>
</main>
<footer>Meridian Medical Supply, Inc. · Licensed wholesale distributor in 48 states · <a href="/compliance">Compliance</a></footer>
""")

p("h9336", "https://brandtwellerdefense.example/practice-areas/drug-crimes/ketamine", "informational", False, "en",
  "criminal-defense-law-firm", "Ketamine Possession & Distribution Defense | Brandt & Weller, Criminal Defense Attorneys", """
<header><a href="/">Brandt &amp; Weller</a> <span>Criminal Defense · Free consultation (404) 555-0166</span>
<nav><a href="/practice-areas">Practice areas</a> <a href="/attorneys">Attorneys</a> <a href="/results">Case results</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Charged with a ketamine offense in Georgia?</h1>
<p>Ketamine is a Schedule III controlled substance under federal and Georgia law. Possession without a valid prescription can be charged as a felony, and ordering it online from overseas or "dark web" vendors can draw federal importation charges.</p>
<h2>Common charges we defend</h2>
<ul>
<li>Possession of a Schedule III substance</li>
<li>Possession with intent to distribute</li>
<li>Receiving controlled substances by mail (controlled deliveries)</li>
<li>Prescription fraud</li>
</ul>
<p>If you received a letter from customs about a seized package or were contacted by investigators, do not make a statement before talking to a lawyer.</p>
<p><a href="/contact">Request a confidential case review</a></p>
</main>
<footer>Attorney advertising. Prior results do not guarantee a similar outcome.</footer>
""")

p("h9337", "https://jobs.example/listing/ketamine-infusion-rn-denver", "informational", False, "en",
  "job-post-snippet", "", """
Now hiring: Registered Nurse, ketamine infusion clinic (Denver, CO) – part-time, 3 days/week, $48–56/hr. Requires active Colorado RN licence, ACLS, 2+ years ICU/PACU/ED experience and comfort with IV starts and continuous monitoring; apply with your résumé through this listing.
""", ext="txt")

p("h9338", "https://enciclopediafarmaco.example/wiki/Ketamina", "informational", False, "es",
  "encyclopedia-pharmacology-spanish", "Ketamina – EnciclopediaFármaco", """
<div id="top"><a href="/">EnciclopediaFármaco</a> <form><input placeholder="Buscar"></form> <a href="/wiki/Especial:Entrar">Acceder</a></div>
<nav id="sidebar"><a href="/wiki/Portada">Portada</a> <a href="/wiki/Categoría:Anestésicos">Anestésicos</a> <a href="/wiki/Categoría:Antidepresivos">Antidepresivos</a> <a href="/wiki/Especial:Aleatoria">Artículo aleatorio</a></nav>
<main>
<h1>Ketamina</h1>
<table class="infobox"><tr><th>Nombre IUPAC</th><td>(RS)-2-(2-clorofenil)-2-(metilamino)ciclohexanona</td></tr><tr><th>Vías</th><td>IV, IM, intranasal, oral</td></tr><tr><th>Semivida</th><td>2,5–3 h</td></tr><tr><th>Estatus legal</th><td>Sustancia controlada en la mayoría de países</td></tr></table>
<p>La <b>ketamina</b> es un anestésico general disociativo, antagonista no competitivo del receptor NMDA, sintetizado en 1962 por Calvin Stevens. Se utiliza en anestesia humana y veterinaria, en analgesia y, a dosis subanestésicas, en el tratamiento de la depresión resistente.</p>
<h2>Usos médicos</h2>
<p>En anestesia se valora porque mantiene la respiración espontánea y la presión arterial. En psiquiatría, la esketamina intranasal fue aprobada en 2019 por la FDA y la EMA para la depresión resistente, administrada en un centro sanitario bajo supervisión.</p>
<h2>Efectos adversos</h2>
<p>Disociación, náuseas, aumento de la presión arterial, alucinaciones al despertar. El uso crónico se asocia a cistitis ulcerativa y daño de las vías urinarias.</p>
<h2>Uso recreativo</h2>
<p>Se consume de forma recreativa por sus efectos disociativos; a dosis altas produce el llamado "K-hole". En el mercado ilícito circula a menudo adulterada o sustituida por análogos como la 2-FDCK.</p>
<h2>Véase también</h2>
<ul><li>Esketamina</li><li>Fenciclidina</li><li>Antagonista del receptor NMDA</li></ul>
</main>
<footer>El texto está disponible bajo licencia Creative Commons. Última edición: 2 dic 2026.</footer>
""")

p("h9339", "https://drogenberatung-nordost.example/substanzen/ketamin", "informational", False, "de",
  "safer-use-drug-counselling-german", "Ketamin – Infos und Safer Use | Drogenberatung Nordost", """
<header><a href="/">Drogenberatung Nordost</a>
<nav><a href="/beratung">Beratung</a> <a href="/substanzen">Substanzinfos</a> <a href="/drugchecking">Drug-Checking</a> <a href="/angehoerige">Für Angehörige</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>
<h1>Ketamin</h1>
<p>Ketamin ist ein Narkosemittel, das in der Medizin und Tiermedizin eingesetzt wird. Als Partydroge wird es meist als Pulver geschnupft. Unter dem Handelsnamen Spravato wird Esketamin seit einigen Jahren in Kliniken gegen schwere Depressionen verwendet – das hat mit dem Straßenstoff nichts zu tun.</p>
<h2>Wirkung und Risiken</h2>
<ul>
<li>Schon kleine Mengen verändern die Wahrnehmung; bei höheren Dosen droht das „K-Hole“ mit Bewegungsunfähigkeit.</li>
<li>Mischkonsum mit Alkohol, GHB oder Opioiden kann die Atmung gefährlich dämpfen.</li>
<li>Regelmäßiger Konsum schädigt Blase und Harnwege – Schmerzen beim Wasserlassen ernst nehmen!</li>
<li>Im Umlauf sind Verwechslungen mit Analoga wie 2-FDCK, die anders und länger wirken.</li>
</ul>
<h2>Safer Use</h2>
<ul><li>Nicht allein konsumieren, sicheren Ort wählen.</li><li>Niedrig dosieren und lange Pausen einhalten.</li><li>Eigenes Ziehröhrchen benutzen.</li><li>Substanz testen lassen – unser Drug-Checking ist kostenlos und anonym.</li></ul>
<h2>Beratung</h2>
<p>Offene Sprechstunde dienstags 14–18 Uhr, auch online per Chat. Wir beraten vertraulich und auf Wunsch anonym.</p>
</main>
<footer>Drogenberatung Nordost e.V. · gefördert vom Land · <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h9340", "https://agence-medicament.example/actualites/ketamine-ventes-en-ligne-mise-en-garde", "informational", False, "fr",
  "medicines-agency-warning-french", "Kétamine : mise en garde contre les ventes sur internet – Agence du médicament", """
<header><a href="/">Agence nationale de sécurité du médicament</a>
<nav><a href="/actualites">Actualités</a> <a href="/dossiers">Dossiers thématiques</a> <a href="/declarer-un-effet-indesirable">Déclarer un effet indésirable</a></nav></header>
<main>
<p class="type">Information de sécurité · Publié le 21/11/2026</p>
<h1>Kétamine : attention aux produits proposés sur internet et les réseaux sociaux</h1>
<p>L'Agence constate la multiplication de sites et de comptes sur les réseaux sociaux proposant de la kétamine, parfois présentée comme un « traitement de la dépression à domicile », sans ordonnance ni consultation médicale.</p>
<p>Nous rappelons que la kétamine est un médicament classé comme stupéfiant en France. Elle est réservée à l'usage hospitalier et vétérinaire. L'eskétamine (Spravato) est administrée exclusivement dans un établissement de santé, sous surveillance d'un professionnel.</p>
<h2>Les risques</h2>
<p>Les produits achetés en ligne peuvent être contrefaits, sous-dosés ou contenir d'autres substances. Les effets indésirables graves incluent troubles de la conscience, hypertension, dépression respiratoire en association avec d'autres produits, atteintes urinaires sévères et dépendance.</p>
<h2>Nos recommandations</h2>
<ul><li>N'achetez pas de médicaments sur des sites non autorisés.</li><li>Si vous souffrez de dépression, parlez-en à votre médecin ou appelez le 3114 (numéro national de prévention du suicide).</li><li>Signalez tout site suspect sur la plateforme PHAROS.</li></ul>
</main>
<footer>© Agence nationale de sécurité du médicament et des produits de santé</footer>
""")

save(OUT, R)
