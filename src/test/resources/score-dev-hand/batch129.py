# Batch 129 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "A moderator's queue in December 2026". A fair, ordinary sample of what a crawler of
# ketamine-therapy clinics and an "is this site legitimate?" check meet in a week: every category in
# its common forms, no particular trick in mind, US-heavy but international.
# Sellers: no-Rx online pharmacy (Spravato, Ketalar), research-chemical vendor, social bio / Telegram
# menu, affiliate listicle (doorway), "telehealth" with instant questionnaire approval, vet supply
# selling to anyone, clearnet marketplace listing, JS-wall page (url-only), Spanish WhatsApp
# pharmacy, German no-Rx shop, French Telegram channel, Dutch RC shop, Brazilian Pix/WhatsApp vial
# seller, Italian classifieds ad.
# Telehealth: membership pricing, how it works, provider blog on spotting fake sites, virtual
# psychiatry referring for Spravato, state-availability FAQ snippet, clinician roster, Spanish page of
# a US service, German online psychiatry, Brazilian teleconsultation.
# Clinics: IV infusion clinic home, Spravato REMS centre, Canadian KAP practice, London private
# clinic, billing snippet, Swiss infusion centre (fr), Dutch hospital (nl), Italian hospital (it).
# Informational: local news, state pharmacy board alert, forum thread, website trust checker, rehab
# centre, Spanish police news, German harm reduction, French drug monograph, Brazilian trial.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, footers), medium pages, short pages,
# navigation-heavy pages, partial pages and five plain-text excerpts (ext="txt").
# Author: independent. Date: 2026-12-07.
# Run: python3 batch129.py (writes batch129/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch129")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h12901", "https://rxglobalmeds24.example/product/spravato-esketamine-nasal-spray-28mg", "seller", True, "en",
  "no-rx-online-pharmacy-long", "Buy Spravato (Esketamine) 28mg Nasal Spray Online | RxGlobalMeds24", """
<header>
<div class="topbar">24/7 Live Chat &middot; Worldwide Delivery &middot; 100% Money-Back Guarantee &middot; Call toll free +1 (888) 555-0147</div>
<a class="logo" href="/">RxGlobalMeds<b>24</b> <small>Your trusted online drugstore since 2011</small></a>
<form class="search"><input placeholder="Search 2,500+ medications"><button>Search</button></form>
<nav><a href="/category/anxiety">Anxiety</a> <a href="/category/depression">Depression</a> <a href="/category/pain-relief">Pain Relief</a> <a href="/category/sleep">Sleep Aid</a> <a href="/category/mens-health">Men's Health</a> <a href="/category/weight-loss">Weight Loss</a> <a href="/bestsellers">Bestsellers</a> <a href="/cart">My Cart (0)</a></nav>
</header>
<main>
<p class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/category/depression">Depression</a> &rsaquo; Spravato 28mg</p>
<div class="product-grid">
<div class="img"><img src="/uploads/spravato-28mg-device.jpg" alt="Spravato esketamine nasal spray device"></div>
<div class="info">
<h1>Spravato (Esketamine) 28mg Nasal Spray</h1>
<p class="rating">&#9733;&#9733;&#9733;&#9733;&#9734; 4.6 (212 customer reviews)</p>
<p><b>Active ingredient:</b> Esketamine hydrochloride<br><b>Manufacturer:</b> Janssen / generic equivalent<br><b>Availability:</b> <span class="green">In stock</span><br><b>Prescription:</b> Not required &ndash; our in-house physician reviews every order free of charge</p>
<table class="prices">
<tr><th>Package</th><th>Price</th><th>Per device</th><th></th></tr>
<tr><td>1 device (28 mg)</td><td>$189.00</td><td>$189.00</td><td><button>Add to cart</button></td></tr>
<tr><td>3 devices (84 mg)</td><td>$499.00</td><td>$166.33</td><td><button>Add to cart</button></td></tr>
<tr><td>6 devices</td><td>$899.00</td><td>$149.83</td><td><button>Add to cart</button></td></tr>
<tr><td>12 devices + FREE shipping</td><td>$1,620.00</td><td>$135.00</td><td><button>Add to cart</button></td></tr>
</table>
<p class="pay">We accept: Visa &middot; MasterCard &middot; Zelle &middot; Bitcoin (-10%) &middot; USDT</p>
</div>
</div>
<section class="tabs">
<h2>Description</h2>
<p>Spravato is a nasal spray containing esketamine, the S-enantiomer of ketamine. It is used for treatment-resistant depression and for depressive symptoms in adults with acute suicidal thoughts. Esketamine works on the NMDA receptor and many patients notice improvement within hours rather than weeks.</p>
<p>In the USA Spravato is normally only given in a certified treatment center under observation. Many of our customers find this inconvenient and expensive. With RxGlobalMeds24 you can order Spravato for use at home, delivered in discreet packaging with no mention of the contents.</p>
<h2>Dosage</h2>
<p>Usual dose is 56 mg (2 devices) twice a week for the first 4 weeks, then 56 mg or 84 mg once weekly. Do not drive on the day of use. Consult the leaflet included with your order.</p>
<h2>Shipping &amp; Delivery</h2>
<ul>
<li>Registered airmail (10&ndash;21 days): $25 &ndash; tracking number provided</li>
<li>EMS express (5&ndash;9 days): $40</li>
<li>Orders over $300 ship free</li>
<li>Shipped from our partner warehouses in India and Singapore</li>
<li><b>Delivery guarantee:</b> if your parcel is held by customs we reship free of charge, no questions asked</li>
</ul>
<h2>Customer reviews</h2>
<div class="review"><b>Mark T., Ohio</b> &#9733;&#9733;&#9733;&#9733;&#9733; &ndash; Arrived in 12 days, well packed. My psychiatrist wanted me on a waiting list for 3 months. This saved me.</div>
<div class="review"><b>Jenny, UK</b> &#9733;&#9733;&#9733;&#9733;&#9734; &ndash; Customs held the first parcel, they reshipped and the second one came through. Good service.</div>
<div class="review"><b>R.K.</b> &#9733;&#9733;&#9733;&#9733;&#9733; &ndash; Paid with BTC, got 10% off. Will order again.</div>
<h2>Related products</h2>
<ul class="related">
<li><a href="/product/ketalar-ketamine-50mg-ml-10ml">Ketalar (Ketamine) 50mg/ml 10ml vial</a> &ndash; from $79</li>
<li><a href="/product/ketamine-hcl-100mg-ml">Ketamine HCl 100mg/ml injection</a> &ndash; from $95</li>
<li><a href="/product/sertraline-100mg">Sertraline 100mg</a> &ndash; from $0.45/pill</li>
<li><a href="/product/modafinil-200mg">Modafinil 200mg</a> &ndash; from $1.10/pill</li>
</ul>
</section>
</main>
<footer>
<p><a href="/about">About us</a> | <a href="/faq">FAQ</a> | <a href="/shipping">Shipping</a> | <a href="/refund">Refund policy</a> | <a href="/contact">Contact</a></p>
<p class="small">The information on this website is for educational purposes only and is not intended as medical advice. Products are shipped from licensed international pharmacies. It is the customer's responsibility to check import regulations in their country.</p>
<p>&copy; 2026 RxGlobalMeds24. All rights reserved.</p>
</footer>
""", noise="cookie")

p("h12902", "https://nordchem-labs.example/product/2-fdck-crystal", "seller", True, "en",
  "research-chemical-vendor", "2-FDCK Crystal | Buy 2-Fluorodeschloroketamine | NordChem Labs", """
<header><a href="/">NordChem Labs</a> <span>Analytical reference materials since 2016</span>
<nav><a href="/shop">Shop</a> <a href="/shop/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/shop/tryptamines">Tryptamines</a> <a href="/shop/pellets">Pellets</a> <a href="/lab-reports">Lab reports</a> <a href="/shipping">Shipping</a> <a href="/account">Account</a> <a href="/cart">Basket</a></nav></header>
<main>
<h1>2-FDCK (crystal)</h1>
<p class="sku">SKU: NC-ACH-021 &middot; CAS 111982-50-4 &middot; Purity &ge; 99.5% (HPLC)</p>
<p>2-Fluorodeschloroketamine is an arylcyclohexylamine and a fluorinated analogue of ketamine. Supplied as clear to white crystalline material. A certificate of analysis from an independent lab is available for every batch (see <a href="/lab-reports/2fdck-b26-11">batch B26-11</a>).</p>
<form class="variations">
<label>Weight</label>
<select>
<option>1 g &ndash; &euro;22.00</option>
<option>5 g &ndash; &euro;85.00</option>
<option>10 g &ndash; &euro;150.00</option>
<option>25 g &ndash; &euro;320.00</option>
<option>50 g &ndash; &euro;560.00</option>
<option>100 g &ndash; &euro;990.00</option>
</select>
<button>Add to basket</button>
</form>
<div class="notice"><b>Important:</b> This product is sold strictly as a research chemical for in-vitro laboratory use. Not for human consumption. Not a medicine or food product. By purchasing you confirm you are over 21 and a qualified researcher. We do not answer questions about dosage or use.</div>
<h2>Shipping</h2>
<p>Ships within 24 h from our EU warehouse. All orders are vacuum-sealed, mylar-bagged and sent in a discreet padded envelope with no company name. Tracked shipping to EU, UK, Switzerland, Norway; USA and Canada via our overseas partner (reship once if lost).</p>
<h2>Payment</h2>
<p>Bitcoin, Litecoin, Monero (5% off) and SEPA bank transfer. Card payments currently unavailable.</p>
<h2>Customers also bought</h2>
<ul><li><a href="/product/dck-deschloroketamine">DCK (deschloroketamine) &ndash; from &euro;24/g</a></li><li><a href="/product/o-pce">O-PCE &ndash; out of stock</a></li><li><a href="/product/3-meo-pcp-pellets">3-MeO-PCP pellets 5 mg</a></li><li><a href="/product/reagent-kit-mandelin">Mandelin reagent test kit</a></li></ul>
</main>
<footer><p>NordChem Labs &middot; Support via email or Session messenger &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""")

p("h12903", "https://linktr.example/kgardenplug", "seller", True, "en",
  "social-bio-telegram-menu-txt", "K Garden | Linktree", """
K Garden 🌿🧊
premium shards + liquid 💧 | pharma grade 🇮🇳 vials in stock
US ➜ US 2-3 days 📦 stealth af | UK/EU reship ✈️
menu + prices on Telegram only 👉 t.me/kgarden_menu
💸 BTC · LTC · CashApp · Apple/Amazon gift cards
no DMs on IG, we get banned every week 🙃 backup: @kgarden_backup2
🔗 Telegram menu
🔗 Reviews & proof of delivery
🔗 How to pay with gift cards (guide)
🔗 Backup channel
""", ext="txt")

p("h12904", "https://wellness-rundown.example/blog/ketamine-without-a-clinic-2026", "seller", True, "en",
  "affiliate-listicle-doorway", "5 Ways to Get Ketamine Without Visiting a Clinic (2026 Guide) | Wellness Rundown", """
<header><a href="/">Wellness Rundown</a><nav><a href="/mental-health">Mental Health</a> <a href="/supplements">Supplements</a> <a href="/reviews">Reviews</a> <a href="/deals">Deals</a></nav></header>
<article>
<h1>5 Ways to Get Ketamine Without Visiting a Clinic (2026 Guide)</h1>
<p class="meta">By Ashley Morgan &middot; Updated December 3, 2026 &middot; 9 min read</p>
<p class="disclosure"><i>Affiliate disclosure: Wellness Rundown may earn a commission when you buy through links on this page, at no extra cost to you.</i></p>
<p>Ketamine has gone mainstream. From IV lounges in Miami to celebrity podcasts, everyone seems to be talking about this "miracle" anesthetic for depression, anxiety and PTSD. The problem? A series of six infusions can easily cost $3,000 or more, and most insurance plans will not pay a cent. So what are your options in 2026 if you want ketamine without sitting in a clinic chair?</p>
<h2>1. Telehealth programs</h2>
<p>Companies offering at-home ketamine have become popular since 2020. You will usually need a video evaluation with a clinician and sometimes blood pressure readings, and there can be a waiting period of one to two weeks. Prices start around $250 per month. A good choice for some, but the paperwork puts many people off.</p>
<h2>2. Spravato through your psychiatrist</h2>
<p>If you have treatment-resistant depression and good insurance, the esketamine nasal spray may be covered. You still have to go to a certified office twice a week and be watched for two hours.</p>
<h2>3. Clinical trials</h2>
<p>Universities run trials regularly, but spots are limited and you might get a placebo.</p>
<h2>4. Ketamine retreats abroad</h2>
<p>Retreats in Mexico and Costa Rica are popping up, but with travel you are looking at $5,000+.</p>
<h2>5. Order direct from a trusted supplier &ndash; our top pick &#11088;</h2>
<div class="pick-box">
<p><b>KetaDirect</b> &ndash; Rating 4.9/5</p>
<ul>
<li>&#10004; No waiting lists and no prescription hassle</li>
<li>&#10004; Pharmaceutical-grade liquid vials and lozenges</li>
<li>&#10004; Ships in 48 hours in plain packaging</li>
<li>&#10004; Pay by card, Zelle or crypto</li>
</ul>
<p>Use code <b>RUNDOWN15</b> for 15% off your first order.</p>
<p><a class="btn" rel="sponsored nofollow" href="https://go.wellness-rundown.example/ketadirect">Visit KetaDirect &rarr;</a></p>
</div>
<p>In our experience KetaDirect is the fastest and most affordable way to start. Their support team answered our questions within an hour and our order arrived in four days. Just remember to start low, have a trusted friend with you, and never mix ketamine with alcohol.</p>
<h2>The bottom line</h2>
<p>Ketamine can be life-changing, but clinics are expensive and slow. If you prefer privacy and convenience, <a rel="sponsored" href="https://go.wellness-rundown.example/ketadirect">KetaDirect</a> is our recommendation for 2026.</p>
<p class="small">This article is not medical advice. Talk to your doctor before starting any new treatment.</p>
</article>
<aside><h3>Related</h3><ul><li><a href="/reviews/best-kratom-vendors">Best Kratom Vendors 2026</a></li><li><a href="/reviews/microdosing-mushroom-capsules">Microdosing Capsules Reviewed</a></li><li><a href="/reviews/delta-8-gummies">Best Delta-8 Gummies</a></li></ul></aside>
<footer>&copy; 2026 Wellness Rundown &middot; <a href="/privacy">Privacy</a> &middot; <a href="/affiliate-disclosure">Affiliate disclosure</a></footer>
""")

p("h12905", "https://calmpath-md.example/get-started", "seller", True, "en",
  "fake-telehealth-instant-approval-long", "CalmPath MD | At-Home Ketamine Therapy, Approved in Minutes", """
<header class="nav">
<a class="logo" href="/">CalmPath <span>MD</span></a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/science">The Science</a> <a href="/reviews">Reviews</a> <a href="/faq">FAQ</a> <a class="btn" href="/get-started">Get Started</a></nav>
</header>
<section class="hero">
<h1>Feel like yourself again. At-home ketamine, approved in minutes.</h1>
<p>Licensed physicians. Pharmacy-grade ketamine. Delivered to your door in discreet packaging &ndash; without waiting rooms, waiting lists or awkward video calls.</p>
<a class="btn" href="/questionnaire">Take the 3-minute assessment</a>
<p class="badges">As seen in: Wellness Weekly &middot; The Daily Mind &middot; HealthBeat</p>
</section>
<section class="steps">
<h2>How CalmPath works</h2>
<ol>
<li><b>Answer a short questionnaire.</b> 12 simple questions about your mood and health history. No video appointment required.</li>
<li><b>Get approved.</b> Our physician network reviews your answers automatically &ndash; 98% of applicants are approved the same day.</li>
<li><b>Receive your kit.</b> Ketamine troches or nasal spray shipped within 24 hours. No ID upload, no insurance, no hassle.</li>
<li><b>Start feeling better.</b> Follow the simple dosing card. Reorder any time with one click &ndash; refills are approved instantly.</li>
</ol>
</section>
<section class="pricing">
<h2>Simple, transparent pricing</h2>
<div class="plan"><h3>Starter</h3><p>10 troches (150 mg)</p><p class="price">$149</p></div>
<div class="plan featured"><h3>Most popular</h3><p>30 troches (150&ndash;300 mg)</p><p class="price">$299</p><p>+ free nasal spray bottle</p></div>
<div class="plan"><h3>Nasal spray</h3><p>100 mg/ml, 10 ml bottle</p><p class="price">$249</p></div>
<p>Pay with any major card, Apple Pay or crypto (BTC/ETH 10% off). Shipping is free to all 50 states and to 30+ countries worldwide.</p>
</section>
<section class="reviews">
<h2>Real people, real results</h2>
<blockquote>"I was approved in literally five minutes and my troches came two days later. My old clinic made me wait six weeks." &ndash; Sam, Texas</blockquote>
<blockquote>"No one asked me for a diagnosis. Finally someone who trusts patients." &ndash; Leah, Ontario</blockquote>
</section>
<section class="faq">
<h2>Frequently asked questions</h2>
<p><b>Do I need a diagnosis or a prescription from my doctor?</b><br>No. Our physicians issue the prescription for you based on your questionnaire answers.</p>
<p><b>Do I have to talk to a doctor?</b><br>Only if you want to. Most members never need a call.</p>
<p><b>Can I order for a partner or friend?</b><br>Yes, just add a second kit at checkout and use their name for the label.</p>
<p><b>Is this legal?</b><br>CalmPath partners with licensed physicians and pharmacies. Local regulations vary and it is your responsibility to know the rules in your area.</p>
</section>
<footer>
<p>&copy; 2026 CalmPath MD LLC. CalmPath is a technology platform and does not provide medical services. Statements have not been evaluated by the FDA.</p>
<p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact</a> &middot; support@calmpath-md.example</p>
</footer>
""", noise="cookie")

p("h12906", "https://farmvet-direct-supply.example/ketamine-hcl-injection-100mg-ml-10ml", "seller", True, "en",
  "vet-supply-sells-to-anyone", "Ketamine HCl Injection 100 mg/mL, 10 mL | FarmVet Direct Supply", """
<header><a href="/">FarmVet Direct Supply</a> <nav><a href="/equine">Equine</a> <a href="/canine-feline">Canine &amp; Feline</a> <a href="/livestock">Livestock</a> <a href="/anesthesia">Anesthesia &amp; Sedation</a> <a href="/wormers">Wormers</a> <a href="/cart">Cart</a></nav></header>
<main>
<p class="crumbs"><a href="/">Home</a> / <a href="/anesthesia">Anesthesia &amp; Sedation</a> / Ketamine HCl Injection</p>
<h1>Ketamine HCl Injection USP, 100 mg/mL &ndash; 10 mL multi-dose vial</h1>
<p>Generic equivalent of Ketaset&reg; / Vetalar&reg;. Dissociative anesthetic for cats and subhuman primates. Imported, sealed, long expiry (10/2028).</p>
<table>
<tr><td>1 vial</td><td>$58.00</td></tr>
<tr><td>5 vials</td><td>$240.00</td></tr>
<tr><td>10 vials</td><td>$430.00</td></tr>
<tr><td>Case of 25 vials</td><td>$950.00</td></tr>
</table>
<button>Add to cart</button>
<div class="box">
<p><b>Ordering info:</b> Guest checkout available. We ship to farms, breeders, rescues and private animal owners &ndash; veterinary license or DEA registration is <u>not</u> required for orders from our international warehouse. Orders ship in unmarked boxes.</p>
<p>Payment by Zelle, CashApp or Bitcoin. Card payments for this category are temporarily unavailable.</p>
</div>
<h2>Questions &amp; answers</h2>
<p><b>Q:</b> Can I get this without my vet? &ndash; <b>A:</b> Yes, no Rx needed from the international warehouse.</p>
<p><b>Q:</b> Do you ship to Florida? &ndash; <b>A:</b> We ship to all US states, usually 5&ndash;8 days.</p>
</main>
<footer><p>FarmVet Direct Supply &middot; Products are intended for animal use only. &middot; <a href="/shipping-policy">Shipping policy</a></p></footer>
""")

p("h12907", "https://bazaar-anon-market.example/listing/88214-ketamine-s-isomer-shards-5g", "seller", True, "en",
  "marketplace-listing-partial", "S-Isomer Ketamine Shards 5g — Bazaar", """
<div class="listing">
<h1>&#x2744; S-ISOMER KETAMINE SHARDS 5G &#x2744; TOP QUALITY &ndash; FE ALLOWED FOR 50+ SALES</h1>
<p>Vendor: <a href="/vendor/dutchfrost">DutchFrost</a> (Level 6 &middot; 1,482 sales &middot; 98.7% positive)</p>
<p>Price: <b>USD 165.00</b> (0.00241 BTC / 1.02 XMR)</p>
<p>Ships from: Netherlands &nbsp; Ships to: Worldwide (except AU/NZ)</p>
<p>Shipping options: Standard EU tracked (+$8) &middot; Worldwide untracked (+$15) &middot; Express NL/BE/DE (+$20)</p>
<p>Escrow: Multisig &middot; Quantity: <input value="1"> <button>Buy now</button></p>
<h2>Description</h2>
<p>Big glassy shards, tested S-isomer, no cut. Vacuum sealed x2, MBB, professional stealth. 100% reship on first order if lost, 50% after. Please encrypt your address with my PGP. No refunds on customs seizures outside EU.</p>
<h2>Feedback</h2>
<ul>
<li>5/5 &ndash; arrived to US in 9 days, stealth on point &ndash; b***9</li>
<li>5/5 &ndash; best K on the market, will order 10g next time &ndash; r***x</li>
<li>4/5 &ndash; slow shipping but good product &ndash; m***t</li>
</ul>
</div>
""")

p("h12908", "https://buy-ketamine-online-usa.example/shop/ketamine-powder-10g", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="main-wrapper">
<h1>buy-ketamine-online-usa.example</h1>
<h2>Checking if the site connection is secure</h2>
<p>buy-ketamine-online-usa.example needs to review the security of your connection before proceeding.</p>
<noscript>Enable JavaScript and cookies to continue</noscript>
<p class="ray">Ray ID: 8f2c1a9d7e4b03c1 &middot; Performance &amp; security by a CDN provider</p>
</div>
""")

p("h12909", "https://farmacia-sinreceta24.example/es/comprar-ketamina-ketalar-50mg-ml", "seller", True, "es",
  "no-rx-pharmacy-whatsapp", "Comprar Ketamina (Ketalar) 50 mg/ml sin receta | Farmacia SinReceta24", """
<header><a href="/es/">Farmacia <b>SinReceta24</b></a> <nav><a href="/es/ansiedad">Ansiedad</a> <a href="/es/dolor">Dolor</a> <a href="/es/dormir">Dormir</a> <a href="/es/disfuncion-erectil">Disfunción eréctil</a> <a href="/es/carrito">Carrito</a></nav>
<p class="wa">Pedidos por WhatsApp: <a href="https://wa.me/34600000000">+34 600 00 00 00</a> (también Telegram)</p></header>
<main>
<h1>Ketamina Ketalar 50 mg/ml &ndash; vial de 10 ml</h1>
<p>Ketalar es un anestésico general de acción rápida a base de clorhidrato de ketamina. Cada vial contiene 500 mg de ketamina. Producto original de laboratorio, precintado, con caducidad larga.</p>
<ul class="precios">
<li>1 vial &ndash; 65 &euro;</li>
<li>3 viales &ndash; 170 &euro;</li>
<li>5 viales &ndash; 260 &euro;</li>
<li>10 viales &ndash; 480 &euro; <b>(envío gratis)</b></li>
</ul>
<button>Añadir al carrito</button>
<h2>¿Necesito receta?</h2>
<p>No. En SinReceta24 puedes comprar sin receta médica y sin consulta previa. Tu pedido es 100 % confidencial.</p>
<h2>Envío discreto</h2>
<p>Enviamos a toda España en 24/48 h y a Latinoamérica (México, Colombia, Argentina, Chile) en 7&ndash;12 días. Paquete neutro sin logotipos ni descripción del contenido. Si tu paquete se pierde o es retenido en aduana, lo reenviamos gratis.</p>
<h2>Formas de pago</h2>
<p>Bizum, transferencia bancaria, Bitcoin (10 % de descuento) y tarjetas regalo. Para pedidos de más de 5 viales escríbenos por WhatsApp.</p>
<h2>Opiniones</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; «Llegó en dos días a Valencia, todo perfecto» &ndash; Javier</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; «Tardó un poco a México pero llegó» &ndash; Daniela</p>
</main>
<footer><p>&copy; 2026 SinReceta24 &middot; <a href="/es/aviso-legal">Aviso legal</a> &middot; <a href="/es/envios">Envíos</a> &middot; La información de esta web no sustituye el consejo de un profesional sanitario.</p></footer>
""", noise="cookie-es")

p("h12910", "https://apotheke-ohne-rezept.example/de/ketamin-kaufen", "seller", True, "de",
  "no-rx-shop-long", "Ketamin kaufen ohne Rezept – Esketamin Nasenspray & Ketamin Tabletten | Apotheke ohne Rezept", """
<header>
<div class="usp">&#10003; Diskreter Versand &nbsp; &#10003; Kein Rezept nötig &nbsp; &#10003; Lieferung in 2&ndash;4 Werktagen &nbsp; &#10003; Über 40.000 zufriedene Kunden</div>
<a class="logo" href="/de/">Apotheke <i>ohne Rezept</i></a>
<nav><a href="/de/potenzmittel">Potenzmittel</a> <a href="/de/schlafmittel">Schlafmittel</a> <a href="/de/schmerzmittel">Schmerzmittel</a> <a href="/de/antidepressiva">Antidepressiva</a> <a href="/de/abnehmen">Abnehmen</a> <a href="/de/warenkorb">Warenkorb</a></nav>
</header>
<main>
<h1>Ketamin kaufen ohne Rezept</h1>
<p>Ketamin gilt als eine der vielversprechendsten Neuentwicklungen in der Behandlung von Depressionen. Während Patienten in Deutschland oft monatelang auf einen Termin für eine Esketamin-Therapie warten müssen, können Sie bei uns Ketamin-Präparate bequem und diskret online bestellen &ndash; ganz ohne Rezept und ohne Arztbesuch.</p>
<h2>Unsere Ketamin-Produkte</h2>
<div class="produkt"><h3>Esketamin Nasenspray 28 mg</h3><p>Wirkstoff: Esketaminhydrochlorid. Generikum, Hersteller Indien.</p><p>2 Sprays: 169,00 &euro; &middot; 6 Sprays: 449,00 &euro; &middot; 12 Sprays: 799,00 &euro;</p><button>In den Warenkorb</button></div>
<div class="produkt"><h3>Ketamin Sublingualtabletten 50 mg</h3><p>Schnell löslich, zur Einnahme unter der Zunge.</p><p>20 Stück: 119,00 &euro; &middot; 60 Stück: 299,00 &euro;</p><button>In den Warenkorb</button></div>
<div class="produkt"><h3>Ketamin Injektionslösung 50 mg/ml, 10 ml</h3><p>Ampullen/Durchstechflaschen, original versiegelt.</p><p>1 Flasche: 79,00 &euro; &middot; 5 Flaschen: 329,00 &euro;</p><button>In den Warenkorb</button></div>
<h2>Warum bei uns bestellen?</h2>
<ul>
<li>Kein Rezept und keine Online-Sprechstunde notwendig</li>
<li>Neutrale Verpackung ohne Absender und Inhaltsangabe</li>
<li>Versand innerhalb der EU &ndash; keine Zollkontrolle</li>
<li>Bezahlung per Banküberweisung, Paysafecard oder Bitcoin (10 % Rabatt)</li>
<li>Kostenloser Neuversand, falls eine Sendung verloren geht</li>
</ul>
<h2>Häufige Fragen</h2>
<p><b>Ist der Kauf legal?</b><br>Die Einfuhr kleiner Mengen für den Eigenbedarf ist in vielen Ländern geduldet. Bitte informieren Sie sich über die Bestimmungen in Ihrem Land.</p>
<p><b>Wie dosiere ich Esketamin?</b><br>Eine ausführliche Dosierungsanleitung liegt jeder Bestellung bei. Bei Fragen hilft unser Kundenservice per WhatsApp.</p>
<p><b>Wie lange dauert die Lieferung?</b><br>Nach Deutschland und Österreich 2&ndash;4 Werktage, in die Schweiz 4&ndash;7 Werktage.</p>
</main>
<footer>
<p>Apotheke ohne Rezept &middot; <a href="/de/impressum">Impressum</a> &middot; <a href="/de/agb">AGB</a> &middot; <a href="/de/datenschutz">Datenschutz</a></p>
<p class="klein">Die Informationen auf dieser Website ersetzen keine ärztliche Beratung.</p>
</footer>
""", noise="cookie-de")

p("h12911", "https://t.me.example/s/keta_paris_officiel", "seller", True, "fr",
  "telegram-channel-preview-short", "Kéta Paris 🇫🇷 – Telegram", """
<div class="tgme_channel_info">
<div class="tgme_channel_info_header_title">Kéta Paris 🇫🇷 OFFICIEL</div>
<div class="tgme_channel_info_counter">3 214 abonnés</div>
<div class="tgme_channel_info_description">❄️ Kéta cristal / kéta liquide qualité pharma 💉 Livraison main propre Paris + petite couronne 🛵 Envoi Colissimo / Mondial Relay partout en France, emballage discret 📦 Paiement crypto, PCS ou espèces à la livraison 💶 Commandes en privé uniquement 👉 @keta_paris_cmd</div>
</div>
<div class="tgme_widget_message_text">📋 MENU DÉCEMBRE 📋<br>Kéta cristal 1g = 40€ | 3g = 110€ | 5g = 170€ | 10g = 300€<br>Kéta liquide flacon 10ml = 90€<br>🎁 Promo fêtes : 1g offert dès 10g<br>Livraison 7j/7 de 14h à 2h</div>
<div class="tgme_widget_message_text">⚠️ Attention aux faux comptes qui copient notre nom ! Seul contact officiel : @keta_paris_cmd ⚠️</div>
<div class="tgme_widget_message_text">✅ Colis livrés aujourd'hui : Lyon, Marseille, Lille, Bordeaux. Merci pour votre confiance 🙏</div>
""")

p("h12912", "https://chemhandel-nl.example/nl/deschloroketamine-dck-kopen", "seller", True, "nl",
  "research-chemical-shop", "Deschloroketamine (DCK) kopen | ChemHandel NL", """
<header><a href="/nl/">ChemHandel NL</a> <nav><a href="/nl/research-chemicals">Research chemicals</a> <a href="/nl/dissociatieven">Dissociatieven</a> <a href="/nl/pellets">Pellets</a> <a href="/nl/testkits">Testkits</a> <a href="/nl/verzending">Verzending</a> <a href="/nl/winkelwagen">Winkelwagen</a></nav></header>
<main>
<h1>Deschloroketamine (DCK) &ndash; kristal</h1>
<p>Deschloroketamine, ook bekend als DCK of 2'-Oxo-PCM, is een arylcyclohexylamine uit dezelfde chemische familie als ketamine. Onze DCK wordt geleverd als fijn wit kristallijn poeder met een zuiverheid van minimaal 99% (GC-MS rapport beschikbaar).</p>
<table>
<tr><td>500 mg</td><td>&euro; 15,00</td></tr>
<tr><td>1 gram</td><td>&euro; 25,00</td></tr>
<tr><td>5 gram</td><td>&euro; 95,00</td></tr>
<tr><td>10 gram</td><td>&euro; 165,00</td></tr>
</table>
<button>In winkelwagen</button>
<p class="let-op"><b>Let op:</b> Dit product wordt uitsluitend verkocht voor onderzoeksdoeleinden. Niet voor menselijke consumptie. Wij geven geen informatie over gebruik of dosering.</p>
<h2>Verzending en betalen</h2>
<p>Voor 16:00 besteld, morgen in huis (NL en BE). Discreet verpakt in een brievenbuspakje zonder vermelding van de inhoud. Wij verzenden ook naar Duitsland, Frankrijk, Oostenrijk en Scandinavië. Betalen met iDEAL, Bancontact, Bitcoin of Monero.</p>
<h2>Reviews</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; "Snel geleverd, netjes verpakt." &ndash; Tom</p>
</main>
<footer>ChemHandel NL &middot; <a href="/nl/algemene-voorwaarden">Algemene voorwaarden</a> &middot; Verkoop alleen aan personen van 18 jaar en ouder</footer>
""", noise="cookie-nl")

p("h12913", "https://vetfarma-premium.example/produto/cetamina-ketamin-50mg-ml-frasco-10ml", "seller", True, "pt",
  "vial-seller-pix-whatsapp", "Cetamina (Ketamin) 50 mg/ml frasco 10 ml – VetFarma Premium", """
<header><a href="/">VetFarma <b>Premium</b></a> <nav><a href="/categoria/anestesicos">Anestésicos</a> <a href="/categoria/sedativos">Sedativos</a> <a href="/categoria/vermifugos">Vermífugos</a> <a href="/carrinho">Carrinho</a></nav></header>
<main>
<h1>Cetamina (Ketamin / Cetamin) 50 mg/ml &ndash; frasco 10 ml</h1>
<p class="preco">R$ 189,90 <small>ou R$ 170,91 no Pix (10% de desconto)</small></p>
<p>Kit com 3 frascos: R$ 499,90 &middot; Kit com 5 frascos: R$ 790,00</p>
<button>Comprar</button> <a class="wa" href="https://wa.me/5511900000000">Comprar pelo WhatsApp</a>
<h2>Descrição</h2>
<p>Anestésico dissociativo de uso veterinário. Frasco lacrado, lote novo, validade 2028. Produto original com nota.</p>
<h2>Perguntas frequentes</h2>
<p><b>Precisa de receita do veterinário?</b> Não pedimos receita nem CRMV. Basta finalizar a compra.</p>
<p><b>Como é o envio?</b> Enviamos para todo o Brasil pelos Correios e transportadora em embalagem discreta, sem identificação do conteúdo. Código de rastreio enviado pelo WhatsApp.</p>
<p><b>Formas de pagamento:</b> Pix, boleto e cripto (USDT). Não aceitamos cartão para esta categoria.</p>
<h2>Avaliações</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; Chegou em 3 dias em BH, muito discreto. &ndash; Rafael</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; Atendimento rápido no zap. &ndash; Camila</p>
</main>
<footer>VetFarma Premium &middot; CNPJ não informado &middot; Atendimento de segunda a sábado pelo WhatsApp</footer>
""", noise="cookie-pt")

p("h12914", "https://annunci-ovunque.example/annunci/milano/salute-benessere/vendo-ketamina-cristalli-spedizione-anonima-4471023", "seller", True, "it",
  "classifieds-ad-txt", "Vendo ketamina cristalli spedizione anonima - Milano - Annunci Ovunque", """
Annunci Ovunque › Lombardia › Milano › Salute e benessere
VENDO KETAMINA CRISTALLI E LIQUIDA – SPEDIZIONE ANONIMA IN TUTTA ITALIA
Pubblicato il 4 dicembre 2026 · Annuncio n. 4471023 · Privato
Prezzo: 45 €
Ketamina di ottima qualità, cristalli grandi e anche liquida in flaconi farmaceutici. 1g 45€, 5g 200€, 10g 350€. Spedizione anonima e tracciata con SDA o Poste in tutta Italia, consegna a mano su Milano. Pagamento in crypto, ricarica PostePay o buoni regalo. Niente perditempo, scrivere solo su Telegram: @kappa_milano
Contatta l'inserzionista · Segnala annuncio · Annunci simili: "Vendo Xanax senza ricetta", "Ossicodone 80mg"
""", ext="txt")

# ---------------------------------------------------------------- telehealth (9)

p("h12915", "https://harborlight-health.example/pricing", "telehealth", False, "en",
  "telehealth-membership-pricing-long", "Pricing & Plans | HarborLight Health", """
<header>
<a class="logo" href="/">HarborLight Health</a>
<nav><a href="/how-it-works">How it works</a> <a href="/conditions">Conditions we treat</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/safety">Safety</a> <a href="/states">Where we operate</a> <a href="/blog">Journal</a> <a href="/login">Log in</a> <a class="btn" href="/eligibility">Check eligibility</a></nav>
</header>
<main>
<h1>Transparent pricing, no surprises</h1>
<p class="lead">HarborLight is a psychiatric telehealth practice offering ketamine-assisted treatment at home for adults with depression and anxiety who have not responded to other treatments. Every program starts with a medical evaluation by a licensed clinician over secure video. Not everyone is a good candidate, and if ketamine is not right for you we will tell you and refund your evaluation fee.</p>
<section class="plans">
<div class="plan">
<h2>Clinical evaluation</h2>
<p class="price">$249 <small>one time</small></p>
<ul>
<li>60-minute video evaluation with a board-certified psychiatrist or psychiatric nurse practitioner licensed in your state</li>
<li>Review of your medical history, current medications and past treatments</li>
<li>Blood pressure check (home cuff or recent reading from your primary care provider)</li>
<li>Personalized treatment recommendation &ndash; which may or may not include ketamine</li>
</ul>
</div>
<div class="plan featured">
<h2>Foundations program</h2>
<p class="price">$199 <small>/ month, after evaluation</small></p>
<ul>
<li>If prescribed: oral ketamine (sublingual tablets) for up to six guided sessions per month, dispensed by our licensed partner pharmacy and shipped to your home</li>
<li>Follow-up video visits with your prescriber after your first, second and fourth sessions, then monthly</li>
<li>Two 50-minute integration sessions with a licensed therapist each month</li>
<li>Symptom tracking (PHQ-9, GAD-7) and secure messaging with your care team</li>
<li>A trusted "sitter" must be present for each session; we provide a short training video for them</li>
</ul>
<a class="btn" href="/eligibility">Start with eligibility check</a>
</div>
<div class="plan">
<h2>Maintenance</h2>
<p class="price">$129 <small>/ month</small></p>
<ul>
<li>For members who completed Foundations and whose prescriber recommends continued care</li>
<li>Up to two sessions per month, quarterly prescriber review</li>
<li>Cancel or pause any time</li>
</ul>
</div>
</section>
<section class="fine">
<h2>What is not included</h2>
<p>Medication is priced by our partner pharmacy and is typically $40&ndash;$80 per month depending on dose; you will see the exact amount before the pharmacy ships. Shipping requires an adult signature. We do not bill insurance, but we provide superbills you can submit for out-of-network reimbursement, and HSA/FSA cards are accepted.</p>
<h2>Who we cannot treat</h2>
<p>Ketamine is not appropriate for everyone. We cannot treat people who are pregnant, have uncontrolled high blood pressure, a history of psychosis or mania, an active substance use disorder, or who are in crisis. If you are in crisis, call or text 988.</p>
<h2>Where we operate</h2>
<p>HarborLight clinicians currently hold licenses in California, Colorado, Connecticut, Florida, Illinois, Massachusetts, New York, Oregon, Texas, Virginia and Washington. We add states as our clinicians obtain licensure.</p>
</section>
</main>
<footer>
<p>HarborLight Health Medical Group, P.C. &middot; Medical Director: Priya Raman, MD (Board-certified, Psychiatry) &middot; 1200 Harbor Blvd, Suite 310, Long Beach, CA</p>
<p><a href="/privacy">Privacy &amp; HIPAA</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/good-faith-estimate">Good Faith Estimate</a> &middot; <a href="/careers">Careers</a></p>
</footer>
""", noise="cookie")

p("h12916", "https://nuvia-mind.example/how-it-works", "telehealth", False, "en",
  "telehealth-how-it-works", "How It Works | Nuvia Mind At-Home Ketamine Care", """
<header><a href="/">Nuvia Mind</a><nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/team">Care team</a> <a href="/faq">FAQ</a> <a href="/start">Get started</a></nav></header>
<main>
<h1>How Nuvia works</h1>
<p>From first questions to your first session in about two weeks, with a real clinician at every step.</p>
<ol class="steps">
<li><h2>1. Tell us about you</h2><p>Fill in a 15-minute intake: your history, medications, and standard screening questionnaires for depression, anxiety and PTSD. Upload a photo ID so we can confirm who you are and which state you live in.</p></li>
<li><h2>2. Meet your clinician</h2><p>Book a live video appointment with a psychiatric nurse practitioner or physician licensed in your state. They review your intake, ask about your blood pressure, heart health and any history of psychosis or substance use, and decide with you whether ketamine is appropriate. About one in three applicants is not prescribed ketamine and is referred to other care.</p></li>
<li><h2>3. Prescription and pharmacy</h2><p>If you are a candidate, your clinician sends a prescription to a licensed compounding pharmacy in our network. The pharmacy verifies the prescription and ships sublingual tablets in tamper-evident packaging; an adult must sign for delivery.</p></li>
<li><h2>4. Prepare</h2><p>Set an intention with your guide in a 30-minute video prep call. Choose a support person who stays with you during sessions. Check your blood pressure before each session using the cuff included in your welcome kit.</p></li>
<li><h2>5. Your sessions</h2><p>Six sessions over three weeks. A Nuvia guide is available by video during your first session. After each session you record how you feel in the app.</p></li>
<li><h2>6. Review</h2><p>Your clinician reviews your progress after session three and six and adjusts or stops treatment based on your scores and side effects.</p></li>
</ol>
<p class="note">Nuvia Mind is available in AZ, CA, CO, FL, GA, NJ, NY, NC, PA and TX. Ketamine is a Schedule III controlled substance; prescribing follows federal and state telemedicine rules.</p>
<a class="btn" href="/start">Start your intake</a>
</main>
<footer>Nuvia Mind Health, PLLC &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; In an emergency call 911. For the Suicide &amp; Crisis Lifeline call or text 988.</footer>
""")

p("h12917", "https://harborlight-health.example/blog/how-to-spot-a-fake-ketamine-website", "telehealth", False, "en",
  "telehealth-blog-scam-warning", "How to Spot a Fake Ketamine Website: 7 Red Flags | HarborLight Journal", """
<header><a class="logo" href="/">HarborLight Health</a><nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/blog">Journal</a> <a class="btn" href="/eligibility">Check eligibility</a></nav></header>
<article>
<h1>How to spot a fake ketamine website: 7 red flags</h1>
<p class="byline">Medically reviewed by Priya Raman, MD &middot; November 18, 2026</p>
<p>Every week our care team hears from people who paid a website for "at-home ketamine" and received nothing, or received an unlabelled vial of unknown contents. As legitimate telehealth for ketamine has grown, so has an ecosystem of copycat sites that borrow the language of medicine. Here is what to watch for.</p>
<h2>1. "No prescription needed" or "approved in minutes"</h2>
<p>Ketamine is a controlled substance. A legitimate provider will always have a licensed clinician evaluate you before prescribing, and that takes more than a checkbox questionnaire. If a site promises instant approval, 98% approval rates or no contact with a clinician, walk away.</p>
<h2>2. Payment in crypto, gift cards or Zelle only</h2>
<p>Real medical practices take cards and HSA/FSA payments and give you an itemized receipt. Requests for Bitcoin, Apple gift cards or CashApp are a classic scam signal.</p>
<h2>3. Ordering through WhatsApp or Telegram</h2>
<p>Clinicians communicate through HIPAA-compliant portals, not messaging apps that ask you to "DM for menu".</p>
<h2>4. "Stealth" or "discreet" shipping with reship guarantees</h2>
<p>Legitimate pharmacies ship in plain packaging too, but they never talk about customs seizures or reshipping lost parcels.</p>
<h2>5. No named clinicians or pharmacy</h2>
<p>You should be able to see who will prescribe, in which states they are licensed, and which pharmacy dispenses. Look them up on your state medical board's license lookup.</p>
<h2>6. Shipping to any state or country</h2>
<p>Prescribers must be licensed where the patient is located. A service that "ships to all 50 states and worldwide" from day one is not following the rules.</p>
<h2>7. Selling esketamine (Spravato) for home use</h2>
<p>Spravato can only be given in a REMS-certified healthcare setting with two hours of monitoring. Nobody can legally ship it to your home.</p>
<p>If you are unsure about a site, email us at <a href="mailto:care@harborlight-health.example">care@harborlight-health.example</a> and we will tell you what we know. To start a legitimate evaluation with our clinicians, <a href="/eligibility">check your eligibility</a>.</p>
</article>
<footer>HarborLight Health Medical Group, P.C. &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h12918", "https://brightline-psychiatry.example/services/treatment-resistant-depression", "telehealth", False, "en",
  "virtual-psychiatry-spravato-referral", "Treatment-Resistant Depression | Brightline Virtual Psychiatry", """
<header><a href="/">Brightline Virtual Psychiatry</a><nav><a href="/services">Services</a> <a href="/insurance">Insurance</a> <a href="/providers">Providers</a> <a href="/book">Book a visit</a></nav></header>
<main>
<h1>Treatment-resistant depression care, online</h1>
<p>If you have tried two or more antidepressants without enough relief, you may have treatment-resistant depression (TRD). Brightline psychiatrists and psychiatric nurse practitioners see patients over secure video in 14 states, and most major commercial plans and Medicare are in network.</p>
<h2>What we do online</h2>
<ul>
<li>Comprehensive psychiatric evaluation and review of your medication history</li>
<li>Medication optimization, augmentation strategies and genetic testing where helpful</li>
<li>Referral for psychotherapy, TMS or ECT when appropriate</li>
</ul>
<h2>Esketamine (Spravato) through our partner centers</h2>
<p>Spravato nasal spray is FDA-approved for TRD but must be self-administered under supervision at a REMS-certified treatment center, followed by at least two hours of monitoring. Brightline does not dispense Spravato. If your Brightline clinician decides it is appropriate, we handle the prior authorization with your insurer and refer you to a certified partner center near you, such as <a href="https://lakeshore-behavioral.example/spravato">Lakeshore Behavioral Health</a> in Chicago or Cedar Grove Psychiatry in Austin. Your Brightline clinician remains your prescriber and receives your session notes.</p>
<h2>Getting started</h2>
<p>Book a 60-minute new-patient video visit. Have your insurance card, a list of medications you have tried, and your pharmacy details ready.</p>
<a class="btn" href="/book">Book a new-patient visit</a>
</main>
<footer>Brightline Virtual Psychiatry &middot; Licensed in AZ, CA, CO, FL, GA, IL, MA, MD, MI, NC, NJ, NY, TX, WA &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></footer>
""")

p("h12919", "https://nuvia-mind.example/faq/which-states", "telehealth", False, "en",
  "telehealth-faq-snippet-txt", "Which states does Nuvia serve? | Nuvia Mind FAQ", """
Which states do you serve?
Nuvia clinicians currently prescribe in Arizona, California, Colorado, Florida, Georgia, New Jersey, New York, North Carolina, Pennsylvania and Texas. You must be physically located in one of these states during your video evaluation and sessions, and your medication can only be shipped to an address in that state. If you move or travel, message your care team before your next session. We do not ship outside the US.
""", ext="txt")

p("h12920", "https://mesaverde-mind.example/clinicians", "telehealth", False, "en",
  "telehealth-clinician-roster-navheavy", "Our Clinicians | Mesa Verde Mind Telehealth", """
<header>
<a class="logo" href="/">Mesa Verde Mind</a>
<nav>
<ul>
<li><a href="/treatment">Treatment</a><ul><li><a href="/treatment/depression">Depression</a></li><li><a href="/treatment/anxiety">Anxiety</a></li><li><a href="/treatment/ptsd">PTSD</a></li><li><a href="/treatment/ketamine">Ketamine therapy</a></li><li><a href="/treatment/medication-management">Medication management</a></li></ul></li>
<li><a href="/about">About</a><ul><li><a href="/about/mission">Mission</a></li><li><a href="/clinicians">Clinicians</a></li><li><a href="/about/safety">Safety protocols</a></li><li><a href="/about/research">Outcomes</a></li></ul></li>
<li><a href="/pricing">Pricing</a></li>
<li><a href="/locations">States</a><ul><li><a href="/locations/arizona">Arizona</a></li><li><a href="/locations/new-mexico">New Mexico</a></li><li><a href="/locations/nevada">Nevada</a></li><li><a href="/locations/utah">Utah</a></li><li><a href="/locations/colorado">Colorado</a></li></ul></li>
<li><a href="/resources">Resources</a></li>
<li><a href="/portal">Patient portal</a></li>
<li><a class="btn" href="/book">Book evaluation</a></li>
</ul>
</nav>
</header>
<main>
<h1>Our clinicians</h1>
<p>Every Mesa Verde Mind patient is evaluated by video and followed by one of the licensed prescribers below. Ketamine is only prescribed after that evaluation.</p>
<div class="card"><h3>Elena Vasquez, MD</h3><p>Medical Director &middot; Board-certified in Psychiatry &middot; Licensed in AZ, NM, CO</p></div>
<div class="card"><h3>Marcus Bell, PMHNP-BC</h3><p>Psychiatric Nurse Practitioner &middot; Licensed in AZ, NV, UT</p></div>
<div class="card"><h3>Hannah Okafor, DNP, PMHNP-BC</h3><p>Psychiatric Nurse Practitioner &middot; Licensed in AZ, CO, NM</p></div>
<div class="card"><h3>David Lin, MD</h3><p>Anesthesiologist, medical safety advisor &middot; Licensed in AZ, NV</p></div>
<div class="card"><h3>Rachel Stern, LCSW</h3><p>Integration therapist &middot; Licensed in AZ, CO</p></div>
<p><a href="/book">Book a video evaluation</a> &middot; <a href="/pricing">See pricing</a></p>
</main>
<footer>
<ul><li><a href="/privacy">Privacy</a></li><li><a href="/hipaa">HIPAA notice</a></li><li><a href="/terms">Terms</a></li><li><a href="/accessibility">Accessibility</a></li><li><a href="/contact">Contact</a></li><li><a href="/careers">Careers</a></li></ul>
<p>&copy; 2026 Mesa Verde Mind Medical, PLLC. Phoenix, Arizona.</p>
</footer>
""")

p("h12921", "https://nuvia-mind.example/es/tratamiento-ketamina-en-casa", "telehealth", False, "es",
  "us-telehealth-spanish-page", "Tratamiento con ketamina en casa | Nuvia Mind en español", """
<header><a href="/es/">Nuvia Mind</a><nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/precios">Precios</a> <a href="/es/equipo">Equipo clínico</a> <a href="/">English</a></nav></header>
<main>
<h1>Tratamiento con ketamina en casa, con atención en español</h1>
<p>Nuvia Mind ofrece atención de salud mental por telemedicina para adultos con depresión o ansiedad que no han mejorado con otros tratamientos. Ahora contamos con profesionales clínicos que hablan español en Arizona, California, Florida, Nueva York y Texas.</p>
<h2>¿Cómo funciona?</h2>
<ol>
<li>Complete un formulario de admisión en línea y suba una identificación con foto.</li>
<li>Tenga una evaluación por videollamada con un médico o enfermero psiquiátrico con licencia en su estado.</li>
<li>Si la ketamina es adecuada para usted, el profesional envía la receta a una farmacia con licencia de nuestra red, que le envía las tabletas a su domicilio. Un adulto debe firmar al recibir el paquete.</li>
<li>Durante las sesiones debe estar acompañado por una persona de confianza. Su equipo le da seguimiento por video.</li>
</ol>
<p>No todas las personas son candidatas. Si la ketamina no es apropiada, le recomendaremos otras opciones de tratamiento.</p>
<h2>Precio</h2>
<p>Evaluación inicial: 229 USD. Programa de seis sesiones: 399 USD, incluye visitas de seguimiento. Aceptamos tarjetas HSA/FSA.</p>
<a class="btn" href="/es/empezar">Comenzar mi evaluación</a>
<p class="nota">Si está en crisis, llame o envíe un mensaje de texto al 988 (opción de español disponible).</p>
</main>
<footer>Nuvia Mind Health, PLLC &middot; <a href="/es/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

p("h12922", "https://psychiatrie-online-praxis.example/therapieresistente-depression", "telehealth", False, "de",
  "online-psychiatry-esketamine-referral", "Therapieresistente Depression – Online-Sprechstunde | PsychiatriePraxis Online", """
<header><a href="/">PsychiatriePraxis <b>Online</b></a><nav><a href="/leistungen">Leistungen</a> <a href="/ablauf">Ablauf</a> <a href="/kosten">Kosten</a> <a href="/team">Team</a> <a href="/termin">Termin buchen</a></nav></header>
<main>
<h1>Therapieresistente Depression: Diagnostik und Behandlungsplanung per Video</h1>
<p>Wenn mindestens zwei Antidepressiva in ausreichender Dosis und Dauer nicht geholfen haben, spricht man von einer therapieresistenten Depression. In unserer Online-Sprechstunde beraten Sie Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie mit Approbation in Deutschland.</p>
<h2>Ablauf</h2>
<ol>
<li>Online-Anmeldung und Fragebögen (PHQ-9, Vorbehandlungen)</li>
<li>Erstgespräch per Videosprechstunde (50 Minuten) &ndash; über einen zertifizierten Videodienstanbieter</li>
<li>Ausführlicher Befundbericht und Behandlungsempfehlung für Sie und Ihre Hausärztin bzw. Ihren Hausarzt</li>
<li>Folgetermine per Video zur Medikamentenanpassung (Augmentation, Wechsel, Kombination)</li>
</ol>
<h2>Esketamin-Nasenspray</h2>
<p>Esketamin (Spravato&reg;) ist in Deutschland für therapieresistente Depression zugelassen. Die Anwendung erfolgt ausschließlich unter ärztlicher Aufsicht in einer Praxis oder Klinik mit anschließender Überwachung. Wir verordnen und verschicken kein Esketamin. Wenn eine Behandlung sinnvoll ist, überweisen wir Sie an ein kooperierendes Behandlungszentrum in Ihrer Nähe (derzeit in Berlin, Hamburg, Köln und München) und stimmen uns mit den dortigen Kolleginnen und Kollegen ab.</p>
<h2>Kosten</h2>
<p>Gesetzlich Versicherte: Videosprechstunde mit Überweisung über die Krankenkasse abrechenbar. Privatversicherte und Selbstzahler: Abrechnung nach GOÄ, Erstgespräch ca. 120&ndash;180 &euro;.</p>
<a class="btn" href="/termin">Videotermin vereinbaren</a>
</main>
<footer><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; Bei akuter Suizidgefahr: Notruf 112 oder Telefonseelsorge 0800 111 0 111</footer>
""", noise="cookie-de")

p("h12923", "https://telepsiquiatria-viva.example/depressao-resistente", "telehealth", False, "pt",
  "teleconsultation-esketamine-referral", "Depressão resistente: teleconsulta com psiquiatra | TelePsiquiatria Viva", """
<header><a href="/">TelePsiquiatria <b>Viva</b></a><nav><a href="/como-funciona">Como funciona</a> <a href="/especialistas">Especialistas</a> <a href="/planos">Planos</a> <a href="/agendar">Agendar</a></nav></header>
<main>
<h1>Depressão resistente ao tratamento: avaliação por teleconsulta</h1>
<p>Nossos psiquiatras, com registro no CRM, atendem por videochamada em todo o Brasil, de acordo com a Lei da Telessaúde (Lei 14.510/2022). A primeira consulta dura 50 minutos e inclui revisão detalhada dos tratamentos já realizados.</p>
<h2>Escetamina (Spravato)</h2>
<p>A escetamina em spray nasal é aprovada pela Anvisa para depressão resistente e deve ser aplicada em consultório ou clínica, com monitoramento por no mínimo duas horas. A TelePsiquiatria Viva não vende nem envia escetamina. Quando o psiquiatra indicar o tratamento, encaminhamos você para uma clínica parceira em São Paulo, Rio de Janeiro, Belo Horizonte, Curitiba ou Porto Alegre, e seguimos acompanhando por teleconsulta.</p>
<h2>Valores</h2>
<p>Primeira consulta: R$ 390. Retornos: R$ 290. Emitimos recibo para reembolso do seu plano de saúde. Receitas digitais com assinatura ICP-Brasil.</p>
<a class="btn" href="/agendar">Agendar teleconsulta</a>
<p class="aviso">Em caso de emergência, ligue 192 (SAMU) ou 188 (CVV).</p>
</main>
<footer>TelePsiquiatria Viva Serviços Médicos Ltda. &middot; Responsável técnico: Dr. Fernando Albuquerque, CRM-SP 000000 &middot; <a href="/privacidade">Privacidade (LGPD)</a></footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics (8)

p("h12924", "https://desertbloom-ketamine.example/", "clinic", False, "en",
  "iv-infusion-clinic-home-long", "Desert Bloom Ketamine & Wellness | IV Ketamine Infusions in Scottsdale, AZ", """
<div class="announce">Now open Saturdays! &middot; Holiday gift cards available &ndash; give the gift of wellness</div>
<header>
<a class="logo" href="/">Desert Bloom <small>Ketamine &amp; Wellness</small></a>
<nav><a href="/ketamine-infusions">Ketamine Infusions</a> <a href="/spravato">Spravato</a> <a href="/iv-hydration">IV Hydration</a> <a href="/conditions">Conditions</a> <a href="/pricing">Pricing</a> <a href="/team">Our Team</a> <a href="/faq">FAQ</a> <a href="/gift-cards">Gift Cards</a> <a class="btn" href="/book">Book Free Consultation</a></nav>
<p class="phone">Call (480) 555-0192</p>
</header>
<section class="hero">
<h1>Relief can start sooner than you think.</h1>
<p>Physician-led IV ketamine infusions for depression, anxiety, PTSD and chronic pain in a calm, private suite in North Scottsdale.</p>
<a class="btn" href="/book">Book your free 15-minute consultation</a>
</section>
<section>
<h2>What to expect</h2>
<p>Every new patient meets with our medical director for a consultation and medical screening before treatment. We ask for records from your psychiatrist or primary care provider and check your vital signs. Each infusion lasts about 40 minutes in a private room with a reclining chair, eye mask and music; a registered nurse monitors your blood pressure, heart rate and oxygen throughout, and you will need someone to drive you home.</p>
</section>
<section class="pricing">
<h2>Pricing</h2>
<table>
<tr><td>Initial consultation</td><td>Free</td></tr>
<tr><td>Single IV ketamine infusion (mood)</td><td>$495</td></tr>
<tr><td>Induction series &ndash; 6 infusions over 2&ndash;3 weeks</td><td>$2,700 <small>(save $270)</small></td></tr>
<tr><td>Booster infusion</td><td>$450</td></tr>
<tr><td>Chronic pain infusion (up to 4 hours)</td><td>from $750</td></tr>
<tr><td>Spravato (esketamine)</td><td>Billed to insurance &ndash; call us</td></tr>
</table>
<p>We accept HSA/FSA cards and offer financing through CareCredit and Advance Care. A $100 deposit secures your first infusion and is applied to your bill. <a href="/pricing">Full pricing &amp; policies</a></p>
</section>
<section class="team">
<h2>Meet our medical team</h2>
<p><b>Dr. Jonathan Reyes, MD</b> &ndash; Medical Director, board-certified anesthesiologist with 18 years of experience<br><b>Kelly Nguyen, PMHNP</b> &ndash; Psychiatric nurse practitioner<br><b>Amanda Cole, RN</b> &ndash; Infusion nurse</p>
</section>
<section class="reviews">
<h2>What our patients say</h2>
<blockquote>"After 12 years of trying medications I finally feel the fog lifting. The nurses are amazing." &ndash; Google review, &#9733;&#9733;&#9733;&#9733;&#9733;</blockquote>
<blockquote>"Clean, calm, professional. Dr. Reyes took time to explain everything." &ndash; Google review, &#9733;&#9733;&#9733;&#9733;&#9733;</blockquote>
</section>
<footer>
<p>Desert Bloom Ketamine &amp; Wellness &middot; Suite 140, North Scottsdale, AZ 85258 &middot; Mon&ndash;Fri 8am&ndash;5pm, Sat 9am&ndash;1pm</p>
<p>Ketamine for depression is an off-label use. Results vary. This site does not provide medical advice. If you are in crisis call or text 988.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/patient-rights">Patient rights</a> &middot; <a href="/good-faith-estimate">Good Faith Estimate</a></p>
</footer>
""", noise="cookie")

p("h12925", "https://lakeshore-behavioral.example/spravato", "clinic", False, "en",
  "spravato-rems-center", "Spravato (Esketamine) Treatment in Chicago | Lakeshore Behavioral Health", """
<header><a href="/">Lakeshore Behavioral Health</a><nav><a href="/services">Services</a> <a href="/spravato">Spravato</a> <a href="/tms">TMS</a> <a href="/providers">Providers</a> <a href="/insurance">Insurance</a> <a href="/patient-portal">Patient Portal</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Spravato&reg; (esketamine) nasal spray</h1>
<p>Lakeshore Behavioral Health is a REMS-certified Spravato treatment center in Chicago's Lincoln Park neighborhood. Spravato is approved by the FDA for adults with treatment-resistant depression and for depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behavior, together with an oral antidepressant.</p>
<h2>Your treatment day</h2>
<ul>
<li>Arrive 15 minutes early; we check your blood pressure before the dose</li>
<li>You administer the nasal spray yourself under the supervision of our clinical staff</li>
<li>You stay in a private monitoring room for at least two hours</li>
<li>You may not drive until the next day &ndash; please arrange a ride</li>
</ul>
<p>Typical schedule: twice weekly for weeks 1&ndash;4, once weekly for weeks 5&ndash;8, then weekly or every two weeks.</p>
<h2>Insurance</h2>
<p>Spravato is covered by most commercial plans, Medicare and Illinois Medicaid with prior authorization. Our benefits team handles the authorization and can enroll you in the manufacturer's savings program. Self-pay patients: please ask for a Good Faith Estimate.</p>
<h2>Referrals</h2>
<p>We accept referrals from psychiatrists, primary care and virtual psychiatry practices. Referring clinicians can fax records to (312) 555-0148 or send them through our referral portal.</p>
<a class="btn" href="/contact?service=spravato">Request an appointment</a>
</main>
<footer>Lakeshore Behavioral Health, LLC &middot; Lincoln Park, Chicago, IL &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h12926", "https://cedarhouse-kap.example/ketamine-assisted-psychotherapy", "clinic", False, "en",
  "kap-practice-canada", "Ketamine-Assisted Psychotherapy in Vancouver | Cedar House Clinic", """
<header><a href="/">Cedar House Clinic</a><nav><a href="/kap">Ketamine-Assisted Psychotherapy</a> <a href="/team">Team</a> <a href="/fees">Fees</a> <a href="/referrals">Referrals</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketamine-Assisted Psychotherapy (KAP)</h1>
<p>Cedar House is a multidisciplinary clinic in Kitsilano, Vancouver, where physicians and registered clinical counsellors work together. We offer ketamine-assisted psychotherapy for adults with depression, PTSD and end-of-life distress.</p>
<h2>How KAP works at Cedar House</h2>
<p>After a medical assessment with one of our physicians, you complete two preparation sessions with your therapist. Ketamine is given by intramuscular injection or sublingual lozenge in our treatment room, with a physician on site and your therapist present for the whole session (about 2.5 hours). Integration sessions follow within 48 hours.</p>
<h2>Fees (CAD)</h2>
<ul>
<li>Medical assessment: $350 (partly covered by MSP with a referral)</li>
<li>Preparation or integration session (60 min): $180</li>
<li>KAP dosing session (2.5 hours, includes medication and physician supervision): $850</li>
<li>Typical program of three dosing sessions with preparation and integration: approx. $3,800</li>
</ul>
<p>Counselling sessions may be covered by extended health plans. Veterans Affairs Canada and WorkSafeBC clients: please contact us.</p>
<h2>Referral</h2>
<p>A referral from your family physician, nurse practitioner or psychiatrist is required. Self-referrals are placed on our waitlist, currently about 10 weeks.</p>
</main>
<footer>Cedar House Clinic Inc. &middot; 2nd floor, West 4th Avenue, Vancouver, BC &middot; We acknowledge that we work on the unceded territories of the x&#769;m&#601;&theta;k&#695;&#601;y&#787;&#601;m, Skwxw&uacute;7mesh and s&#601;l&#787;ilw&#787;ta&#660;&#620; Nations.</footer>
""")

p("h12927", "https://harleymind-clinic.example/treatments/ketamine", "clinic", False, "en",
  "uk-private-clinic-navheavy", "Ketamine Treatment in London | HarleyMind Clinic", """
<header>
<div class="util"><a href="/referrers">For referrers</a> | <a href="/patients/forms">Patient forms</a> | <a href="/careers">Careers</a> | <a href="tel:+442079460000">020 7946 0000</a></div>
<a class="logo" href="/">HarleyMind Clinic</a>
<nav>
<ul>
<li><a href="/treatments">Treatments</a><ul><li><a href="/treatments/ketamine">Ketamine</a></li><li><a href="/treatments/esketamine">Esketamine</a></li><li><a href="/treatments/tms">rTMS</a></li><li><a href="/treatments/psychotherapy">Psychotherapy</a></li><li><a href="/treatments/adhd-assessment">ADHD assessment</a></li></ul></li>
<li><a href="/conditions">Conditions</a><ul><li><a href="/conditions/depression">Depression</a></li><li><a href="/conditions/bipolar-depression">Bipolar depression</a></li><li><a href="/conditions/ptsd">PTSD</a></li><li><a href="/conditions/ocd">OCD</a></li></ul></li>
<li><a href="/consultants">Our consultants</a></li>
<li><a href="/fees">Fees</a></li>
<li><a href="/insurers">Insurers</a></li>
<li><a href="/contact">Contact</a></li>
</ul>
</nav>
</header>
<main>
<p class="crumbs"><a href="/">Home</a> &gt; <a href="/treatments">Treatments</a> &gt; Ketamine</p>
<h1>Ketamine treatment for depression</h1>
<p>We provide intravenous ketamine for treatment-resistant depression under the care of consultant psychiatrists registered with the GMC. Treatment follows an assessment with a consultant and takes place in our day unit on Harley Street, monitored by an anaesthetist-trained doctor. The clinic is registered with the Care Quality Commission.</p>
<p><b>Fees:</b> Initial consultation &pound;395. Course of six infusions &pound;4,200. We are recognised by several private medical insurers; please check your cover before booking.</p>
<p><a class="btn" href="/contact?t=ketamine">Make an enquiry</a> <a href="/referrers">Refer a patient</a></p>
</main>
<aside><h3>Related</h3><ul><li><a href="/treatments/esketamine">Esketamine (Spravato)</a></li><li><a href="/blog/ketamine-and-bladder-health">Ketamine and bladder health</a></li><li><a href="/blog/what-happens-during-an-infusion">What happens during an infusion</a></li></ul></aside>
<footer>
<ul><li><a href="/privacy">Privacy notice</a></li><li><a href="/complaints">Complaints</a></li><li><a href="/cqc">CQC report</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/accessibility">Accessibility</a></li></ul>
<p>HarleyMind Clinic Ltd &middot; Registered in England and Wales &middot; Harley Street, London W1G</p>
</footer>
""", noise="cookie")

p("h12928", "https://desertbloom-ketamine.example/billing", "clinic", False, "en",
  "clinic-billing-snippet-txt", "Billing & Payments | Desert Bloom Ketamine & Wellness", """
Billing & Payments
Pay your bill online through our secure patient portal, or call the front desk at (480) 555-0192. We accept all major credit cards, HSA/FSA cards, and CareCredit. Infusion packages must be paid in full before the first infusion of the series; unused infusions in a package are refundable within 6 months. Need a superbill for out-of-network reimbursement? Request one in the portal and we will send it within 3 business days. Gift cards can be used toward consultations, IV hydration and infusion packages.
""", ext="txt")

p("h12929", "https://centre-lemanique-psychiatrie.example/traitements/ketamine", "clinic", False, "fr",
  "swiss-infusion-centre", "Traitement par kétamine – Centre Lémanique de Psychiatrie, Genève", """
<header><a href="/">Centre Lémanique de Psychiatrie</a><nav><a href="/traitements">Traitements</a> <a href="/equipe">Équipe</a> <a href="/tarifs">Tarifs et remboursement</a> <a href="/adresser">Adresser un patient</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Traitement de la dépression résistante par kétamine</h1>
<p>Notre centre propose des perfusions intraveineuses de kétamine et l'eskétamine par voie nasale (Spravato&reg;) aux adultes souffrant d'une dépression résistante, après évaluation par un psychiatre de l'équipe.</p>
<h2>Déroulement</h2>
<ul>
<li>Consultation d'évaluation avec un psychiatre FMH (environ 60 minutes) et bilan somatique</li>
<li>Série de 6 perfusions sur 3 semaines, d'une durée de 40 minutes chacune, sous surveillance médicale et infirmière continue</li>
<li>Surveillance d'au moins une heure après chaque séance ; vous ne pouvez pas conduire le jour même</li>
<li>Suivi psychiatrique et psychothérapeutique pendant et après la série</li>
</ul>
<h2>Tarifs et prise en charge</h2>
<p>Les consultations et les séances sont facturées selon le tarif médical en vigueur et prises en charge par l'assurance obligatoire des soins (LAMal), sous déduction de la franchise et de la quote-part. Pour les patients domiciliés hors de Suisse, un devis est établi sur demande.</p>
<h2>Comment être adressé ?</h2>
<p>Une lettre d'adressage de votre psychiatre ou de votre médecin traitant est nécessaire. Délai actuel pour une première consultation : 4 à 6 semaines.</p>
<a class="btn" href="/adresser">Formulaire d'adressage</a>
</main>
<footer>Centre Lémanique de Psychiatrie SA &middot; Rue de Lausanne, Genève &middot; <a href="/mentions-legales">Mentions légales</a> &middot; Urgences : 144 &middot; La Main Tendue : 143</footer>
""", noise="cookie-fr")

p("h12930", "https://ziekenhuis-rijnvallei.example/afdelingen/psychiatrie/esketamine-en-ketaminebehandeling", "clinic", False, "nl",
  "dutch-hospital-department", "Esketamine- en ketaminebehandeling | Ziekenhuis Rijnvallei", """
<header><a href="/">Ziekenhuis Rijnvallei</a><nav><a href="/afdelingen">Afdelingen</a> <a href="/patienten">Patiënten en bezoekers</a> <a href="/verwijzers">Verwijzers</a> <a href="/mijnrijnvallei">MijnRijnvallei</a></nav>
<form><input placeholder="Zoeken"></form></header>
<main>
<p class="kruimel"><a href="/afdelingen">Afdelingen</a> › <a href="/afdelingen/psychiatrie">Psychiatrie</a> › Esketamine- en ketaminebehandeling</p>
<h1>Esketamine- en ketaminebehandeling bij depressie</h1>
<p>De afdeling psychiatrie biedt behandeling met esketamine-neusspray en ketamine-infusen voor volwassenen met een therapieresistente depressie. U krijgt de behandeling op de dagbehandeling, onder toezicht van een verpleegkundige en een psychiater.</p>
<h2>Voor wie?</h2>
<p>Voor patiënten bij wie minstens twee antidepressiva onvoldoende hebben geholpen. U heeft een verwijzing nodig van uw huisarts of behandelend psychiater. Na de verwijzing volgt een intakegesprek en een lichamelijk onderzoek.</p>
<h2>Hoe verloopt een behandeling?</h2>
<p>U dient de neusspray zelf toe onder toezicht. Daarna blijft u minstens twee uur ter observatie; wij meten regelmatig uw bloeddruk. U mag die dag niet zelf autorijden. In de eerste vier weken komt u twee keer per week.</p>
<h2>Vergoeding</h2>
<p>De behandeling valt onder de basisverzekering. Houd rekening met uw eigen risico. De huidige wachttijd voor een intake is ongeveer 8 weken.</p>
<p><a href="/afdelingen/psychiatrie/contact">Contact met de polikliniek psychiatrie</a> &middot; <a href="/folders/esketamine.pdf">Patiëntenfolder (pdf)</a></p>
</main>
<footer>Ziekenhuis Rijnvallei &middot; <a href="/privacy">Privacy</a> &middot; <a href="/klachten">Klachten</a> &middot; Bij spoed: 112</footer>
""", noise="cookie-nl")

p("h12931", "https://aou-sanfrancesco.example/reparti/psichiatria/ambulatorio-depressione-resistente", "clinic", False, "it",
  "italian-hospital-ambulatorio", "Ambulatorio Depressione Resistente – Esketamina | AOU San Francesco", """
<header><a href="/">Azienda Ospedaliero-Universitaria San Francesco</a><nav><a href="/reparti">Reparti e servizi</a> <a href="/prenotazioni">Prenotazioni CUP</a> <a href="/urp">URP</a> <a href="/amministrazione-trasparente">Amministrazione trasparente</a></nav></header>
<main>
<h1>Ambulatorio per la depressione resistente al trattamento</h1>
<p>L'ambulatorio della S.C. Psichiatria offre valutazione specialistica e trattamento per i pazienti adulti con depressione resistente, compresa la somministrazione di esketamina spray nasale (Spravato&reg;) secondo le indicazioni AIFA.</p>
<h2>Come si accede</h2>
<p>Occorre l'impegnativa del medico di medicina generale o dello psichiatra del Centro di Salute Mentale con la dicitura «visita psichiatrica &ndash; depressione resistente». La prima visita si prenota tramite CUP al numero 800 000 000 o sul portale regionale.</p>
<h2>Il trattamento</h2>
<p>La somministrazione avviene in ambulatorio, in presenza di personale medico e infermieristico, con osservazione per almeno due ore. Il paziente non può guidare fino al giorno successivo. Il farmaco è erogato dalla farmacia ospedaliera ed è a carico del Servizio Sanitario Nazionale, salvo il pagamento del ticket per le visite, ove dovuto.</p>
<p>Orari: lunedì, mercoledì e venerdì dalle 8:30 alle 14:00. Padiglione C, piano terra.</p>
</main>
<footer>AOU San Francesco &middot; P.IVA 00000000000 &middot; <a href="/privacy">Privacy</a> &middot; <a href="/note-legali">Note legali</a></footer>
""")

# ---------------------------------------------------------------- informational (9)

p("h12932", "https://valleycourier-news.example/news/health/2026/12/05/ketamine-clinics-boom-online-sellers", "informational", False, "en",
  "local-news-long", "Ketamine clinics multiply across the valley — and so do websites selling it without a prescription | Valley Courier", """
<header>
<a class="logo" href="/">The Valley Courier</a>
<nav><a href="/news">News</a> <a href="/news/local">Local</a> <a href="/news/health">Health</a> <a href="/business">Business</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a> <a href="/obituaries">Obituaries</a> <a class="sub" href="/subscribe">Subscribe &ndash; $1 for 6 months</a></nav>
</header>
<article>
<p class="kicker">HEALTH</p>
<h1>Ketamine clinics multiply across the valley &mdash; and so do websites selling it without a prescription</h1>
<p class="byline">By Marisol Ortega &middot; Published Dec. 5, 2026, 6:00 a.m. MT &middot; Updated 11:42 a.m.</p>
<p>When Desert Bloom Ketamine &amp; Wellness opened in a Scottsdale office park in 2023, it was one of four infusion clinics in the metro area. Today a search for "ketamine near me" turns up more than 40, offering everything from $495 infusions to monthly memberships and Saturday appointments.</p>
<p>"Patients come to us after trying eight, ten medications," said Dr. Jonathan Reyes, the clinic's medical director, who screens every patient before treatment. "For some of them it's the first thing that has worked."</p>
<p>But alongside the clinics, a parallel market has grown online. A Courier review of search results and social media in November found dozens of websites offering ketamine vials, lozenges and even Spravato nasal spray with "no prescription needed," many accepting only cryptocurrency or gift cards.</p>
<p>One site, CalmPath MD, advertises "at-home ketamine, approved in minutes" after a 12-question online form. A reporter who filled out the form with answers describing no mental-health symptoms at all was "approved" in under four minutes and offered 30 troches for $299. CalmPath did not respond to emails requesting comment.</p>
<p>On Telegram and Instagram, accounts using names like "K Garden" post menus offering crystal ketamine for $80 to $100 a gram with "stealth" shipping. A Reddit thread reviewed by the Courier included several users who said they had paid and received nothing.</p>
<p>"These are not pharmacies, and in many cases they are not even selling ketamine," said Linh Tran, a pharmacist and inspector with the state Board of Pharmacy, which issued a consumer alert in October. "Lab tests of seized products have found everything from cutting agents to other dissociatives. People think they are getting a medical treatment and they are buying an unknown powder from an anonymous account."</p>
<p>Legitimate telehealth companies that prescribe ketamine for home use say the copycats hurt them too. Those services require a video evaluation with a clinician licensed in the patient's state and ship only through licensed pharmacies after a prescription is issued.</p>
<p>The Drug Enforcement Administration extended its telemedicine flexibilities for controlled substances through 2026 and is expected to publish a final special-registration rule before they expire. Until then, experts advise checking that any provider names its clinicians and that those clinicians appear on the state medical board's license lookup.</p>
<p class="help">If you or someone you know is struggling, call or text 988 to reach the Suicide &amp; Crisis Lifeline.</p>
<div class="related"><h3>More from Health</h3><ul><li><a href="/news/health/2026/11/20/flu-season-early">Flu season arrives early in Arizona</a></li><li><a href="/news/health/2026/11/12/psilocybin-bill">Psilocybin therapy bill stalls in committee</a></li></ul></div>
</article>
<footer>&copy; 2026 The Valley Courier &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms of use</a> &middot; <a href="/contact">Contact the newsroom</a></footer>
""", noise="cookie")

p("h12933", "https://pharmacy-board.state-az.example/consumers/alerts/2026-10-ketamine-online", "informational", False, "en",
  "state-board-consumer-alert", "Consumer Alert: Unlicensed Online Sellers of Ketamine and Esketamine | State Board of Pharmacy", """
<header><a href="/">State Board of Pharmacy</a><nav><a href="/licensing">Licensing</a> <a href="/verify">Verify a License</a> <a href="/consumers">Consumers</a> <a href="/laws-rules">Laws &amp; Rules</a> <a href="/complaints">File a Complaint</a></nav></header>
<main>
<h1>Consumer Alert: Unlicensed online sellers of ketamine and esketamine</h1>
<p class="date">Issued October 21, 2026</p>
<p>The Board has received complaints from residents who purchased ketamine, ketamine lozenges or esketamine nasal spray from websites and social media accounts that are not licensed pharmacies. Ketamine is a Schedule III controlled substance and esketamine (Spravato) may only be administered in certified healthcare settings. Neither may lawfully be dispensed without a valid prescription issued after a legitimate medical evaluation.</p>
<h2>Warning signs</h2>
<ul>
<li>The site says no prescription is needed or that its doctor will "approve" you from a questionnaire</li>
<li>Payment is requested in cryptocurrency, gift cards, Zelle or CashApp</li>
<li>Orders are placed through WhatsApp, Telegram or social media messages</li>
<li>The site offers "discreet" or "stealth" shipping and to "reship" seized parcels</li>
<li>No pharmacy license number or physical address in the United States is listed</li>
</ul>
<h2>What you can do</h2>
<p>Before buying medicine online, <a href="/verify">verify the pharmacy license</a> and look for accreditation. If you have bought from a suspicious site, stop taking the product, keep the packaging, and talk to your health care provider. Report the site to the Board using our <a href="/complaints">online complaint form</a> and to the FDA's MedWatch program.</p>
<p>Legitimate telehealth providers and clinics may treat patients with ketamine after an evaluation by a licensed practitioner. If you are unsure, call the Board's consumer line.</p>
</main>
<footer>State Board of Pharmacy &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/public-records">Public records</a></footer>
""")

p("h12934", "https://forum.depressionsupport.example/t/is-calmpath-md-legit-approved-in-3-minutes/48211", "informational", False, "en",
  "forum-thread-partial", "Is CalmPath MD legit? Approved in 3 minutes?? - Treatments - DepressionSupport Forum", """
<div class="topic">
<h1>Is CalmPath MD legit? Approved in 3 minutes??</h1>
<p class="cat">Treatments &rsaquo; Ketamine &amp; Esketamine</p>
<div class="post"><b>wintersky_88</b> &middot; Dec 2
<p>Saw an ad on Instagram for calmpath-md, "at-home ketamine approved in minutes". I filled out the form and got approved before I even closed the tab. No video, no call. They want $299 for 30 troches and give a discount for crypto. My real psychiatrist has me on a waitlist for Spravato. Is this a legit telehealth or am I about to get scammed?</p></div>
<div class="post"><b>RNmom2kids</b> &middot; Dec 2
<p>Nurse here. Any real prescriber has to actually evaluate you, especially for a controlled substance. "Approved in minutes" with a crypto discount is a huge red flag. The ones I know that are legit (I won't name them, forum rules) all did a video visit with a psych NP and checked my blood pressure.</p></div>
<div class="post"><b>throwaway_kpain</b> &middot; Dec 3
<p>I ordered from them in September. Paid BTC, got tracking that never updated, support stopped answering. Also look at their footer, it says they are "a technology platform and do not provide medical services". lol.</p></div>
<div class="post"><b>wintersky_88</b> &middot; Dec 3
<p>Wow ok. Thank you. I reported the ad. Going to wait for the Spravato clinic, insurance approved it yesterday actually.</p></div>
<div class="post mod"><b>Moderator_Ann</b> &middot; Dec 3
<p>Reminder: links to sellers are removed. For checking whether a pharmacy is licensed, use your state board of pharmacy lookup. Locking this thread since the question is answered.</p></div>
</div>
""")

p("h12935", "https://sitetrustcheck.example/check/buy-ketamine-online-usa.example", "informational", False, "en",
  "website-trust-checker-navheavy", "buy-ketamine-online-usa.example Review: Is it legit or a scam? | SiteTrustCheck", """
<header>
<a class="logo" href="/">SiteTrustCheck</a>
<form class="check"><input value="buy-ketamine-online-usa.example"><button>Check website</button></form>
<nav><a href="/">Home</a> <a href="/recent">Recently checked</a> <a href="/scam-list">Scam list</a> <a href="/categories/online-pharmacies">Online pharmacies</a> <a href="/categories/crypto">Crypto</a> <a href="/categories/shops">Web shops</a> <a href="/blog">Blog</a> <a href="/report">Report a scam</a> <a href="/api">API</a> <a href="/login">Login</a></nav>
</header>
<main>
<h1>buy-ketamine-online-usa.example &ndash; review</h1>
<div class="score"><span class="big red">6</span>/100 <b>Very likely a scam</b></div>
<h2>Why this score?</h2>
<ul>
<li class="neg">Domain registered 41 days ago (October 2026)</li>
<li class="neg">Owner identity hidden through a privacy service</li>
<li class="neg">Site sells prescription-only / controlled medication without asking for a prescription</li>
<li class="neg">Payment methods include Bitcoin and gift cards</li>
<li class="neg">Hosted on a server shared with 37 other sites flagged as fake pharmacies</li>
<li class="neg">Site uses a bot-check page that blocks automated review</li>
<li class="pos">Valid SSL certificate (note: free certificates are common on scam sites too)</li>
</ul>
<h2>User reports (3)</h2>
<p>"Paid $420 in Bitcoin for ketamine, nothing arrived, email bounces." &ndash; reported Nov 28, 2026</p>
<p>"They asked me to pay again for 'customs clearance'." &ndash; reported Nov 30, 2026</p>
<h2>Similar sites</h2>
<ul><li><a href="/check/rxglobalmeds24.example">rxglobalmeds24.example</a> &ndash; 11/100</li><li><a href="/check/calmpath-md.example">calmpath-md.example</a> &ndash; 19/100</li><li><a href="/check/farmacia-sinreceta24.example">farmacia-sinreceta24.example</a> &ndash; 8/100</li><li><a href="/check/harborlight-health.example">harborlight-health.example</a> &ndash; 88/100</li></ul>
<p class="disc">Scores are generated automatically from public data and user reports and are an opinion, not a statement of fact. Always do your own research.</p>
</main>
<aside><h3>Trending checks</h3><ol><li><a href="/check/cheap-ps6-deals.example">cheap-ps6-deals.example</a></li><li><a href="/check/glp1-direct.example">glp1-direct.example</a></li><li><a href="/check/holiday-outlet-boots.example">holiday-outlet-boots.example</a></li><li><a href="/check/airdrop-claim-now.example">airdrop-claim-now.example</a></li></ol></aside>
<footer><a href="/about">About</a> &middot; <a href="/methodology">Methodology</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/removal">Request a review</a></footer>
""")

p("h12936", "https://sagebrush-recovery.example/addiction/ketamine", "informational", False, "en",
  "rehab-centre-ketamine-addiction", "Ketamine Addiction Treatment: Signs, Risks & Detox | Sagebrush Recovery Center", """
<header><a href="/">Sagebrush Recovery Center</a><nav><a href="/programs">Programs</a> <a href="/addiction">What we treat</a> <a href="/insurance">Verify insurance</a> <a href="/admissions">Admissions</a> <a href="/alumni">Alumni</a></nav><a class="call" href="tel:+18005550133">24/7 Admissions: (800) 555-0133</a></header>
<main>
<h1>Ketamine addiction and misuse</h1>
<p>Ketamine is an anesthetic used in hospitals and veterinary practice, and in recent years in clinics for depression. It is also used recreationally, where it is known as "K", "Special K" or "ket". Regular non-medical use can lead to tolerance, cravings and serious physical harm.</p>
<h2>Signs of ketamine misuse</h2>
<ul>
<li>Needing larger amounts to feel the same effect</li>
<li>Using alone or daily, or buying from online sellers or social media</li>
<li>Memory problems, low mood between uses, withdrawing from friends</li>
<li>Bladder pain, needing to urinate often or blood in urine ("ketamine bladder")</li>
<li>Abdominal cramps sometimes called "K-cramps"</li>
</ul>
<h2>Ketamine and the bladder</h2>
<p>Long-term heavy use can cause ulcerative cystitis, which in severe cases requires surgery. Stopping use early gives the bladder the best chance to recover. Our medical team works with local urologists.</p>
<h2>How we treat ketamine use disorder</h2>
<p>There is no approved medication to treat ketamine addiction. Treatment at Sagebrush combines medically supervised detox for co-occurring substances, residential or intensive outpatient care, cognitive behavioral therapy, family programming and relapse-prevention planning.</p>
<h2>What about ketamine therapy?</h2>
<p>Ketamine given by a clinician for depression is very different from recreational use: doses are controlled and patients are monitored. If you are receiving ketamine treatment and worry about your use, talk to your prescriber.</p>
<a class="btn" href="/insurance">Verify your insurance</a>
</main>
<footer>Sagebrush Recovery Center &middot; Joint Commission accredited &middot; <a href="/privacy">Privacy</a> &middot; SAMHSA National Helpline: 1-800-662-4357</footer>
""")

p("h12937", "https://diario-levante-hoy.example/sucesos/2026/12/04/policia-desmantela-red-ketamina-telegram", "informational", False, "es",
  "spanish-police-news", "La Policía desmantela una red que vendía ketamina por Telegram con envíos a toda España | Levante Hoy", """
<header><a href="/">Levante Hoy</a><nav><a href="/valencia">Valencia</a> <a href="/sucesos">Sucesos</a> <a href="/espana">España</a> <a href="/economia">Economía</a> <a href="/deportes">Deportes</a> <a href="/suscripcion">Suscríbete</a></nav></header>
<article>
<h1>La Policía desmantela una red que vendía ketamina por Telegram con envíos a toda España</h1>
<p class="entradilla">Los investigados ofrecían la droga en canales con miles de suscriptores, cobraban en criptomonedas y enviaban los paquetes por mensajería ocultos en cajas de cosméticos</p>
<p class="firma">Redacción &middot; Valencia &middot; 04.12.2026 | 13:15</p>
<p>Agentes de la Policía Nacional han detenido a seis personas en Valencia, Alicante y Madrid como presuntos integrantes de una organización dedicada a la venta de ketamina y otras sustancias a través de canales de Telegram e Instagram. En los registros se intervinieron 3,2 kilos de ketamina, 400 viales de un anestésico de uso veterinario, 18.000 euros en efectivo y varios monederos de criptomonedas.</p>
<p>Según la investigación, la red publicaba «menús» con precios de entre 30 y 40 euros el gramo, ofrecía «envío discreto» a cualquier punto de España y aceptaba pagos en bitcoin y tarjetas regalo. Los pedidos se gestionaban por mensajes privados y los paquetes se enviaban por empresas de mensajería, camuflados en cajas de cosméticos.</p>
<p>Los investigadores creen que parte de los viales procedía de la desviación de medicamentos veterinarios. La operación se inició tras el aviso de una empresa de transporte que detectó varios envíos sospechosos.</p>
<p>Fuentes sanitarias recuerdan que la ketamina solo se utiliza legalmente en el ámbito hospitalario y veterinario, y que la esketamina para la depresión resistente se administra únicamente en centros sanitarios bajo supervisión. El consumo recreativo habitual puede producir graves daños en la vejiga.</p>
</article>
<footer>&copy; 2026 Levante Hoy &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Política de privacidad</a></footer>
""", noise="cookie-es")

p("h12938", "https://drogenhilfe-safer-use.example/substanzen/ketamin", "informational", False, "de",
  "harm-reduction-substance-info", "Ketamin – Wirkung, Risiken und Safer Use | Drogenhilfe Safer Use", """
<header><a href="/">Drogenhilfe <b>Safer Use</b></a><nav><a href="/substanzen">Substanzen</a> <a href="/mischkonsum">Mischkonsum</a> <a href="/drug-checking">Drug-Checking</a> <a href="/warnungen">Warnungen</a> <a href="/beratung">Beratung</a></nav></header>
<main>
<h1>Ketamin</h1>
<p>Ketamin ist ein Narkosemittel aus der Human- und Tiermedizin. In niedriger Dosierung wirkt es dissoziativ: Körper und Umgebung werden verändert oder entfernt wahrgenommen. Esketamin wird inzwischen auch als Nasenspray zur Behandlung schwerer Depressionen eingesetzt &ndash; ausschließlich unter ärztlicher Aufsicht.</p>
<h2>Wirkung</h2>
<p>Die Wirkung setzt beim Sniefen nach 5&ndash;15 Minuten ein und hält etwa 45&ndash;90 Minuten an. Bei höheren Dosen kann es zum sogenannten "K-Hole" kommen, einem Zustand starker Dissoziation mit Bewegungsunfähigkeit.</p>
<h2>Risiken</h2>
<ul>
<li>Unfälle und Stürze durch Bewegungs- und Koordinationsstörungen</li>
<li>Erbrechen und Erstickungsgefahr, vor allem bei gleichzeitigem Alkoholkonsum</li>
<li>Bei häufigem Konsum: Schäden an Blase und Harnwegen, Gedächtnisprobleme, Abhängigkeit</li>
<li>Online und über Messenger verkaufte Ware ist häufig falsch deklariert &ndash; in Proben fanden sich u. a. 2-FDCK und andere Ketamin-Analoga</li>
</ul>
<h2>Safer Use</h2>
<ul>
<li>Nie allein konsumieren, vertraute Person dabeihaben</li>
<li>Nicht mit Alkohol, Opioiden oder Benzodiazepinen mischen</li>
<li>Niedrig dosieren, nicht nachlegen, eigenes Röhrchen verwenden</li>
<li>Substanz vorher testen lassen &ndash; <a href="/drug-checking">Drug-Checking-Angebote in deiner Nähe</a></li>
</ul>
<h2>Aktuelle Warnung</h2>
<p>November 2026: Im Drug-Checking wurde als "Ketamin" verkauftes Pulver analysiert, das ausschließlich 2-FDCK enthielt. Bezugsquelle laut Einsender: Telegram-Kanal mit Postversand.</p>
<p class="hinweis">Diese Seite dient der Schadensminimierung und fordert nicht zum Konsum auf. Beratung anonym und kostenlos: <a href="/beratung">Beratungsstellen finden</a>.</p>
</main>
<footer>Drogenhilfe Safer Use e.V. &middot; gefördert durch das Land &middot; <a href="/impressum">Impressum</a></footer>
""")

p("h12939", "https://encyclo-medicaments.example/substances/ketamine", "informational", False, "fr",
  "drug-monograph-excerpt-txt", "Kétamine – Monographie | Encyclo Médicaments", """
KÉTAMINE – Monographie (extrait)
Classe pharmacologique : anesthésique général non barbiturique, antagoniste non compétitif des récepteurs NMDA. Code ATC : N01AX03 (kétamine), N06AX27 (eskétamine).
Spécialités en France : Kétamine Panpharma, Kétamine Renaudin (solution injectable, réservées à l'usage hospitalier) ; Spravato 28 mg (eskétamine, solution pour pulvérisation nasale, réservé à l'usage hospitalier, administration sous surveillance). Médicaments classés comme stupéfiants.
Indications : anesthésie générale ; analgésie en situation d'urgence. Eskétamine : épisode dépressif caractérisé résistant chez l'adulte, en association avec un antidépresseur oral.
Effets indésirables fréquents : dissociation, vertiges, nausées, sédation, élévation transitoire de la pression artérielle. Usage prolongé ou détourné : cystites, atteintes hépatobiliaires, dépendance.
Rappel : l'achat de kétamine ou d'eskétamine sur des sites internet ou des réseaux sociaux est illégal en France ; ces produits ne sont délivrés que dans un cadre hospitalier.
""", ext="txt")

p("h12940", "https://pesquisa-psiquiatria-ufx.example/estudos/cetamina-depressao-resistente", "informational", False, "pt",
  "university-trial-recruitment", "Estudo clínico: cetamina para depressão resistente – voluntários | Laboratório de Psiquiatria UFX", """
<header><a href="/">Laboratório de Neurociências e Psiquiatria &ndash; UFX</a><nav><a href="/estudos">Estudos em andamento</a> <a href="/equipe">Equipe</a> <a href="/publicacoes">Publicações</a> <a href="/contato">Contato</a></nav></header>
<main>
<h1>Estudo clínico: cetamina intravenosa versus escetamina nasal na depressão resistente</h1>
<p>Estamos recrutando voluntários de 18 a 65 anos com depressão que não melhoraram com pelo menos dois antidepressivos. O estudo é aprovado pelo Comitê de Ética em Pesquisa (CAAE 00000000.0.0000.0000) e registrado no ReBEC.</p>
<h2>Como funciona</h2>
<p>Os participantes serão sorteados para receber cetamina por infusão intravenosa ou escetamina em spray nasal, duas vezes por semana durante quatro semanas, no ambulatório do Hospital Universitário, com acompanhamento médico. Todos os procedimentos são gratuitos e os participantes recebem ressarcimento de transporte.</p>
<h2>Quem não pode participar</h2>
<p>Gestantes, pessoas com histórico de psicose, uso atual de álcool ou outras drogas, hipertensão não controlada.</p>
<p>Interessados podem preencher a <a href="/estudos/cetamina/triagem">triagem online</a> ou ligar para (00) 0000-0000, de segunda a sexta, das 9h às 16h.</p>
</main>
<footer>Universidade Federal X &middot; Departamento de Psiquiatria</footer>
""")

save(OUT, R)
