# Batch 126 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Europe and the Americas, a fair sample". The ketamine-related web of the US, Canada, Mexico,
# Brazil, Spain, Germany, France, the Netherlands, Portugal and Italy as the author believes it looks:
# every category in its common forms, no particular trick in mind. Sellers: US powder shop, Canadian
# no-Rx "pharmacy", research-chemical analogue vendor, social-bio plug, questionnaire-only fake
# telehealth, affiliate doorway blog, forum vendor thread, vet supply selling to anyone, Mexican
# farmacia sin receta, German Bitcoin shop, French petite annonce, Dutch RC webshop, Brazilian WhatsApp
# seller, Italian "farmacia online". Telehealth: US at-home programmes, FAQ, roster, checkout, Canadian,
# Spanish, German and Brazilian virtual psychiatry referring to partner sites. Clinics: US infusion and
# Spravato centres, Canadian pricing, billing FAQ, French CHU, Dutch, Italian and Portuguese clinics.
# Informational: news (US, France), government advisory, harm reduction (US, Spain), law firm, trial,
# encyclopedia excerpt, Amsterdam rehab.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), medium pages,
# navigation-heavy pages with little body text, partial pages (truncated threads, login walls) and
# a few plain-text excerpts (ext="txt").
# Author: independent. Date: 2026-12-07.
# Run: python3 batch126.py (writes batch126/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch126")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h12601", "https://ketahub-direct.example/product/ketamine-hcl-crystal", "seller", True, "en",
  "us-powder-shop-product-page-long", "Buy Ketamine HCl Crystal Online | KetaHub Direct - USA Domestic Shipping", """
<div class="announce">&#128666; Domestic USA shipping only 1-3 days &middot; 20% off when you pay with Monero &middot; Reship guarantee on every order</div>
<header>
<a class="brand" href="/">KetaHub<span>Direct</span></a>
<form class="search" action="/search"><input name="q" placeholder="Search products..."><button>Go</button></form>
<nav class="main-menu">
<a href="/">Home</a> <a href="/shop">Shop All</a> <a href="/category/dissociatives">Dissociatives</a> <a href="/category/pharma">Pharma Vials</a>
<a href="/category/nasal">Nasal Sprays</a> <a href="/how-to-order">How To Order</a> <a href="/shipping">Shipping</a> <a href="/contact">Contact</a>
<a href="/my-account">My Account</a> <a href="/cart" class="cart">Cart (0) $0.00</a>
</nav>
</header>
<main>
<p class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/category/dissociatives">Dissociatives</a> &raquo; Ketamine HCl Crystal</p>
<section class="product">
<img src="/wp-content/uploads/2026/03/ket-crystal-shards.jpg" alt="ketamine crystal shards">
<div class="info">
<h1>Ketamine HCl Crystal (Needle Point Shards)</h1>
<div class="rating">&#9733;&#9733;&#9733;&#9733;&#9733; <a href="#reviews">(412 customer reviews)</a></div>
<p class="price">$85.00 &ndash; $1,450.00</p>
<p>Our best selling product. Lab tested 98.9% pure ketamine hydrochloride, large clear needle point shards, no cut, no fillers. Sourced from a pharmaceutical manufacturer and recrystallized in house. Perfect for customers who want a clean, reliable product without the hassle of a doctor or a prescription.</p>
<table class="variations">
<tr><th>Quantity</th><th>Price</th></tr>
<tr><td>1 gram</td><td>$85</td></tr>
<tr><td>3 grams</td><td>$220</td></tr>
<tr><td>5 grams</td><td>$340</td></tr>
<tr><td>10 grams</td><td>$600</td></tr>
<tr><td>28 grams (1 oz)</td><td>$1,450</td></tr>
</table>
<label>Quantity <select><option>1 gram</option><option>3 grams</option><option>5 grams</option><option>10 grams</option><option>28 grams</option></select></label>
<button class="single_add_to_cart_button">Add to cart</button>
<p class="sku">SKU: KH-CRY-01 &middot; Category: Dissociatives &middot; Tags: ketamine, k, special k, shards</p>
<ul class="trust">
<li>&#10004; No prescription required</li>
<li>&#10004; Vacuum sealed, smell proof, stealth packaging with no mention of contents</li>
<li>&#10004; Free reship if your package is seized or lost</li>
<li>&#10004; Tracking number within 24 hours</li>
</ul>
</div>
</section>
<section class="tabs">
<h2>Description</h2>
<p>Ketamine is a dissociative anesthetic that has become popular for its fast antidepressant effects. Clinics charge up to $700 for a single infusion; with KetaHub Direct you can get the same molecule at a fraction of the cost and use it in the comfort of your home. Every batch is checked with reagent tests (Mandelin and Marquis) before it leaves our warehouse.</p>
<h2>Payment</h2>
<p>We accept Bitcoin, Monero, Litecoin, Zelle and Cash App. Orders paid with crypto receive an automatic discount at checkout. Card payments are not accepted for security reasons. After payment, send your order number to our Telegram support <b>@ketahub_support</b> for faster processing.</p>
<h2 id="reviews">Reviews (412)</h2>
<div class="review"><b>mike_r</b> &ndash; Arrived in 2 days to Ohio, packaging was on point. Quality fire. Will reorder.</div>
<div class="review"><b>jenna.k</b> &ndash; Second order, zero issues. Support answered on Telegram in 10 min.</div>
<div class="review"><b>anon_44</b> &ndash; First pack got lost, they reshipped no questions. Legit vendor.</div>
</section>
<aside class="related">
<h3>Related products</h3>
<ul>
<li><a href="/product/ketalar-10ml-vial">Ketalar 50 mg/mL 10 mL vial</a> $120</li>
<li><a href="/product/spravato-56mg-kit">Spravato 56 mg nasal kit</a> $390</li>
<li><a href="/product/ketamine-nasal-spray-diy">Ketamine nasal spray bottle (pre-filled)</a> $150</li>
</ul>
</aside>
</main>
<footer>
<div class="cols">
<div><h4>Customer Service</h4><a href="/faq">FAQ</a> <a href="/shipping">Shipping Policy</a> <a href="/refunds">Refunds &amp; Reships</a></div>
<div><h4>Company</h4><a href="/about">About Us</a> <a href="/blog">Blog</a> <a href="/affiliates">Affiliate Program (25% commission)</a></div>
</div>
<p class="small">Products are sold for research and educational purposes. Customers are responsible for knowing their local laws. &copy; 2026 KetaHub Direct. All rights reserved.</p>
</footer>
""", noise="cookie")

p("h12602", "https://northern-meds-247.example/spravato-esketamine-nasal-spray", "seller", True, "en",
  "canadian-online-pharmacy-no-rx-medium", "Spravato (Esketamine) Nasal Spray - No Prescription Needed | NorthernMeds 24/7", """
<header><a href="/" class="logo">NorthernMeds 24/7 &#127809; Canadian Online Pharmacy</a>
<nav><a href="/bestsellers">Bestsellers</a> <a href="/mental-health">Mental Health</a> <a href="/pain">Pain</a> <a href="/sleep">Sleep</a> <a href="/cart">Cart</a></nav></header>
<main>
<h1>Spravato (Esketamine) Nasal Spray 28 mg</h1>
<p class="generic">Active ingredient: Esketamine hydrochloride &middot; Manufacturer: Janssen &middot; Form: nasal spray device</p>
<table class="packs">
<tr><th>Package</th><th>Per device</th><th>Price</th><th></th></tr>
<tr><td>1 device (28 mg)</td><td>$179.00</td><td>$179.00</td><td><a class="btn" href="/cart/add?sku=spr28-1">Add</a></td></tr>
<tr><td>3 devices (84 mg)</td><td>$159.00</td><td>$477.00</td><td><a class="btn" href="/cart/add?sku=spr28-3">Add</a></td></tr>
<tr><td>6 devices</td><td>$139.00</td><td>$834.00</td><td><a class="btn" href="/cart/add?sku=spr28-6">Add</a></td></tr>
<tr><td>12 devices + 2 free</td><td>$119.00</td><td>$1,428.00</td><td><a class="btn" href="/cart/add?sku=spr28-12">Add</a></td></tr>
</table>
<h2>Do I need a prescription?</h2>
<p>No. You do not need to send us a prescription. Our in-house team reviews every order so you can skip the waiting rooms and the two-hour observation at a clinic. Simply add the product to your cart, fill in a short health form at checkout and your order ships within 24 hours.</p>
<h2>Shipping</h2>
<p>We ship worldwide from our fulfilment partners. Delivery to Canada and the USA takes 7 to 14 business days. Parcels are sent in discreet packaging. If customs holds your parcel we send it again free of charge.</p>
<h2>Payment options</h2>
<p>Interac e-Transfer, Bitcoin, and Amazon or Visa gift cards. Send a photo of the gift card code to our billing email after placing the order.</p>
<div class="badges">Secure checkout &middot; 100% money back &middot; Licensed? <a href="/about">Read about us</a></div>
</main>
<footer><p>&copy; 2019-2026 NorthernMeds 24/7. Information on this website is not medical advice.</p></footer>
""")

p("h12603", "https://pure-analytix-labs.example/shop/arylcyclohexylamines/2f-dck", "seller", True, "en",
  "research-chemical-analogue-vendor-long", "2-FDCK Powder 99.7% | Arylcyclohexylamines | Pure Analytix Labs", """
<div class="topbar">Free express shipping on orders over &euro;150 &middot; EU &amp; UK warehouse &middot; Ships to USA and Canada</div>
<header>
<a class="logo" href="/">PURE ANALYTIX LABS <small>research chemicals since 2014</small></a>
<nav>
<ul class="mega">
<li><a href="/shop">All products</a></li>
<li><a href="/shop/arylcyclohexylamines">Arylcyclohexylamines</a>
<ul><li><a href="/shop/arylcyclohexylamines/2f-dck">2-FDCK</a></li><li><a href="/shop/arylcyclohexylamines/dck">DCK (deschloroketamine)</a></li><li><a href="/shop/arylcyclohexylamines/mxe">MXE</a></li><li><a href="/shop/arylcyclohexylamines/o-pce">O-PCE</a></li></ul></li>
<li><a href="/shop/pellets">Pellets</a></li>
<li><a href="/shop/blotters">Blotters</a></li>
<li><a href="/lab-results">Lab results</a></li>
<li><a href="/faq">FAQ</a></li>
<li><a href="/account">Login / Register</a></li>
<li><a href="/basket">Basket</a></li>
</ul>
</nav>
</header>
<div class="layout">
<aside class="filters">
<h3>Categories</h3>
<ul><li>Arylcyclohexylamines (7)</li><li>Benzofurans (4)</li><li>Tryptamines (11)</li><li>Cathinones (0) &ndash; out of stock</li></ul>
<h3>Bulk discounts</h3>
<p>10% off from 25 g, 20% off from 100 g. Contact us for kilo prices.</p>
</aside>
<main>
<h1>2-FDCK (2-Fluorodeschloroketamine) &ndash; crystalline powder</h1>
<p class="purity">Purity: 99.7% (HPLC) &middot; CAS 111982-50-4 &middot; Batch PAL-2F-2611</p>
<div class="buy">
<select name="size"><option>1 g &ndash; &euro;24.90</option><option>5 g &ndash; &euro;89.90</option><option>10 g &ndash; &euro;149.00</option><option>25 g &ndash; &euro;299.00</option><option>100 g &ndash; &euro;890.00</option></select>
<button>Add to basket</button>
</div>
<p>2-FDCK is a fluorinated analogue of ketamine belonging to the arylcyclohexylamine class. Structurally it differs from ketamine only by the replacement of the chlorine atom with fluorine. It is offered here as a high-purity reference material for laboratory research, analytical and forensic applications.</p>
<p><strong>This product is NOT for human consumption.</strong> It is not a medicine, food or cosmetic and has not been tested on humans. By purchasing you confirm that you are over 18 and a qualified researcher. We do not answer questions about dosage or effects; tickets asking for such information will be closed and the account may be blocked.</p>
<h2>Shipping</h2>
<p>All orders leave within one working day from our EU warehouse in a neutral bubble envelope marked as &ldquo;analytical sample&rdquo;. Worldwide tracked shipping including the USA, Canada and Brazil. Reshipping once for free if your order does not arrive within 30 days.</p>
<h2>Payment</h2>
<p>Bank transfer (SEPA), Bitcoin, Ethereum, Litecoin and Monero. Crypto payments get 5% discount automatically.</p>
<h2>Customers also bought</h2>
<ul><li><a href="/shop/arylcyclohexylamines/dck">Deschloroketamine (DCK) 10 mg pellets x 10 &ndash; &euro;34.90</a></li><li><a href="/shop/arylcyclohexylamines/mxe">Methoxetamine (MXE) 1 g &ndash; &euro;39.90</a></li><li><a href="/shop/accessories/scale-0001">Milligram scale 0.001 g &ndash; &euro;29.00</a></li></ul>
</main>
</div>
<footer>
<p><a href="/terms">Terms</a> | <a href="/privacy">Privacy</a> | <a href="/lab-results">Certificates of analysis</a> | <a href="/contact">Contact (Wickr / Session / email)</a></p>
<p>All products are sold as research chemicals and are strictly not for human consumption. &copy; 2026 Pure Analytix Labs.</p>
</footer>
""")

p("h12604", "https://biolinks-hub.example/ketshardzplug", "seller", True, "en",
  "social-bio-telegram-plug-txt", "ketshardzplug | biolinks", """
KETSHARDZ PLUG 🇺🇸🇨🇦
pharma grade K 💎 shards + sealed vials | menu pinned on TG
📦 overnight stealth USA / 3-5 days Canada, vacuum sealed x3
💸 Cash App • BTC • Apple & Amazon gift cards
🔁 reship if seized, no questions
👉 Telegram: @ketshardz_plug   👉 backup: @ketshardz_plug2
new customers 10% off first order, no face to face, no scripts needed
""", ext="txt")

p("h12605", "https://instaketa-rx.example/start", "seller", True, "en",
  "fake-telehealth-questionnaire-only-medium", "InstaKeta Rx - Ketamine Prescription in 5 Minutes, No Video Visit", """
<header><a href="/" class="logo">InstaKeta<sup>Rx</sup></a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/reviews">Reviews</a> <a href="/start" class="cta">Get started</a></nav></header>
<main>
<section class="hero">
<h1>Ketamine at home. Approved in minutes.</h1>
<p>Skip the psychiatrist waitlist and the awkward video calls. Answer 7 quick questions and our system approves you instantly. Ketamine lozenges and nasal spray shipped to your door today.</p>
<a class="cta" href="/start/questionnaire">Start my 2-minute questionnaire</a>
<p class="proof">&#10004; 99% approval rate &middot; &#10004; No video visit &middot; &#10004; No ID upload &middot; &#10004; Ships to all 50 states</p>
</section>
<section>
<h2>How InstaKeta works</h2>
<ol>
<li><b>Answer the questionnaire.</b> Tell us how you feel. There are no wrong answers.</li>
<li><b>Get auto-approved.</b> Our algorithm reviews your answers and a provider signs off in the background. You never have to talk to anyone.</li>
<li><b>Choose your supply.</b> 30, 60 or 90 day packs. Bigger packs, bigger savings.</li>
<li><b>Receive it in 1-2 days.</b> Plain packaging, no pharmacy labels.</li>
</ol>
</section>
<section class="pricing">
<h2>Simple pricing</h2>
<ul>
<li>Starter: 12 lozenges 300 mg &ndash; $149</li>
<li>Monthly: 24 lozenges 300 mg &ndash; $249</li>
<li>Quarterly: 72 lozenges + nasal spray 100 mg/mL &ndash; $599</li>
</ul>
<p>Pay with card, Bitcoin or Zelle. Want a bigger dose? Just select it in your account, no need to contact a clinician.</p>
</section>
<section class="faq">
<h3>Is this legit?</h3><p>Yes. Thousands of happy customers. Results may vary.</p>
<h3>What if I was rejected somewhere else?</h3><p>Doesn't matter. Almost everyone gets approved with us.</p>
</section>
</main>
<footer><p>InstaKeta Rx is a technology platform, not a medical provider. &copy; 2026</p></footer>
""")

p("h12606", "https://wellnesstrail-blog.example/2026/where-to-buy-ketamine-online", "seller", True, "en",
  "affiliate-doorway-blog-post-medium", "Where to Buy Ketamine Online in 2026 (Tested & Reviewed) - WellnessTrail", """
<header class="blog-header"><a href="/">WellnessTrail</a> <span>honest reviews for a calmer life</span>
<nav><a href="/category/supplements">Supplements</a> <a href="/category/psychedelics">Psychedelics</a> <a href="/category/sleep">Sleep</a> <a href="/about">About</a></nav></header>
<article>
<h1>Where to Buy Ketamine Online in 2026 (Tested &amp; Reviewed)</h1>
<p class="byline">By Ashley Monroe &middot; Updated November 28, 2026 &middot; 9 min read</p>
<p class="disclosure"><i>This post contains affiliate links. We may earn a commission if you buy through them, at no extra cost to you.</i></p>
<p>Ketamine has exploded in popularity as a mental health tool, but clinic prices are brutal. A single IV session can easily cost $500 and you usually need six. So we went looking for cheaper ways to get it and ordered from five online vendors over three months.</p>
<h2>Our #1 pick: KetaHub Direct</h2>
<p>KetaHub Direct was the only vendor that delivered every order on time. There is no prescription or doctor visit needed, the shards were clean when we reagent-tested them, and the packaging was completely discreet. Crypto payments get 20% off, and WellnessTrail readers get an extra 10% with code <b>TRAIL10</b>.</p>
<p><a class="button" href="https://ketahub-direct.example/?ref=wellnesstrail" rel="sponsored nofollow">Visit KetaHub Direct &rarr;</a></p>
<h2>Runner-up: NorthernMeds 24/7 for Spravato</h2>
<p>If you would rather have the branded nasal spray, NorthernMeds ships Spravato devices without asking for a prescription. Shipping is slower (about 10 days) but they resend for free if customs takes it.</p>
<p><a class="button" href="https://northern-meds-247.example/spravato-esketamine-nasal-spray?aff=trail" rel="sponsored">Check prices at NorthernMeds &rarr;</a></p>
<h2>What about telehealth companies?</h2>
<p>They work, but they make you do a video evaluation, check your blood pressure and can say no. If you just want the medicine, the vendors above are faster.</p>
<h2>Safety tips</h2>
<ul><li>Start low and never use alone.</li><li>Do not mix with alcohol.</li><li>Store in a cool dry place.</li></ul>
</article>
<aside class="sidebar">
<h3>Popular posts</h3>
<ul><li><a href="/2026/best-magnesium-for-sleep">Best magnesium for sleep</a></li><li><a href="/2026/microdosing-guide">The beginner microdosing guide</a></li><li><a href="/2026/kratom-vendors">Kratom vendors ranked</a></li></ul>
<div class="newsletter">Join 40,000 readers. <input placeholder="Email"><button>Subscribe</button></div>
</aside>
<footer><p>&copy; 2026 WellnessTrail. Not medical advice.</p></footer>
""", noise="cookie")

p("h12607", "https://dreadboard-forum.example/t/us-vendor-ketamine-shards-and-vials-escrow/8812", "seller", True, "en",
  "forum-vendor-listing-partial", "[US VENDOR] Ketamine shards + vials - escrow accepted - DreadBoard", """
<nav class="crumbs"><a href="/">DreadBoard</a> &rsaquo; <a href="/c/marketplace">Marketplace</a> &rsaquo; <a href="/c/marketplace/dissociatives">Dissociatives</a></nav>
<h1>[US VENDOR] Ketamine shards + vials - escrow accepted</h1>
<div class="post op">
<div class="author">k_wholesale_usa <span class="badge">Verified Vendor</span> <span>Level 4 &middot; 212 sales</span></div>
<div class="content">
<p>Back in stock after the holidays. All product ships from the US, 2-day priority, triple vac-sealed with decoy items.</p>
<pre>
MENU
 - Needle shards (98%+)     3.5g  $210 | 7g  $380 | 14g  $700 | 28g  $1250
 - Indian pharma vials 10ml  x5   $300 | x10  $550
 - S-isomer (esketamine) powder 5g $400
</pre>
<p>Escrow through the forum or FE for buyers with 10+ feedback. XMR only. PGP key in my profile, encrypt your address or your order gets cancelled.</p>
<p>Reship 50% on first loss, 100% if you have more than 3 orders with me.</p>
</div>
</div>
<div class="post">
<div class="author">quietnights</div>
<div class="content"><p>got my 7g yesterday, legit. stealth was good.</p></div>
</div>
<div class="loginwall">
<p>You must be logged in to see the remaining 46 replies. <a href="/login">Log in</a> or <a href="/register">register</a>.</p>
</div>
""")

p("h12608", "https://farmvetsupplyco.example/products/ketamine-hcl-injection-100mg-ml-10ml", "seller", True, "en",
  "vet-supply-sells-to-anyone-medium", "Ketamine HCl Injection 100 mg/mL, 10 mL - FarmVet Supply Co.", """
<header>
<a href="/" class="logo">FarmVet Supply Co.</a> <span class="tag">Livestock &middot; Equine &middot; Pet &middot; Since 1998</span>
<nav><a href="/c/dewormers">Dewormers</a> <a href="/c/vaccines">Vaccines</a> <a href="/c/anesthesia">Anesthesia &amp; Sedation</a> <a href="/c/fencing">Fencing</a> <a href="/c/feed">Feed</a> <a href="/cart">Cart</a></nav>
</header>
<main>
<h1>Ketamine HCl Injection, USP 100 mg/mL &ndash; 10 mL multi-dose vial</h1>
<p class="price">$64.99 <s>$89.00</s> &middot; <span class="stock">In stock &ndash; 37 available</span></p>
<p>Qty <input value="1" size="2"> <button>Add to Cart</button></p>
<p>Ships in a plain brown box with no veterinary branding on the outside.</p>
<div class="notice">
<p><b>Ordering information:</b> Unlike other suppliers, we do <u>not</u> require a veterinary license, DEA registration or a prescription from your vet for this item. Any customer over 18 can order. Limit 10 vials per order; for larger quantities email sales.</p>
</div>
<h2>Description</h2>
<p>Ketamine hydrochloride is a rapid-acting general anesthetic used in cats, horses and other species. Each mL contains ketamine base 100 mg. Store at room temperature, protect from light.</p>
<h2>Shipping</h2>
<p>Free shipping on orders over $150. Ships to all US states except where restricted; we also accept orders from Canada and Mexico through our freight forwarder. Payment by card, money order or Bitcoin.</p>
<h3>Questions &amp; answers</h3>
<p><b>Q:</b> Can I order this for personal use? <b>A:</b> We don't ask what you use it for. &ndash; FarmVet staff</p>
</main>
<footer><p>FarmVet Supply Co. &middot; Customer service Mon-Fri 8-5 CST &middot; &copy; 2026</p></footer>
""")

p("h12609", "https://farmacia-express-mx.example/producto/ketamina-500mg-10ml", "seller", True, "es",
  "mexican-farmacia-sin-receta-medium", "Ketamina 500 mg/10 ml ampolleta - Farmacia Express MX | Envío a todo México", """
<header>
<a class="logo" href="/">Farmacia Express MX</a>
<nav><a href="/">Inicio</a> <a href="/categoria/controlados">Medicamentos controlados</a> <a href="/categoria/dolor">Dolor</a> <a href="/categoria/ansiedad">Ansiedad y sueño</a> <a href="/como-comprar">Cómo comprar</a> <a href="/carrito">Carrito</a></nav>
</header>
<main>
<h1>Ketamina 500 mg / 10 ml solución inyectable (Ketalin)</h1>
<p class="precio">$1,350.00 MXN por ampolleta &middot; 3 piezas por $3,600.00 MXN &middot; 10 piezas por $10,500.00 MXN</p>
<button class="agregar">Agregar al carrito</button>
<ul class="ventajas">
<li>&#10003; Venta sin receta médica</li>
<li>&#10003; Envío discreto por DHL o Estafeta a toda la República, de 2 a 4 días</li>
<li>&#10003; Empaque sin logotipos ni nombre del producto</li>
<li>&#10003; Si tu paquete no llega, te lo volvemos a enviar</li>
</ul>
<h2>Formas de pago</h2>
<p>Depósito en OXXO, transferencia SPEI o pago en criptomonedas (USDT, BTC). Tras realizar tu pago envía tu comprobante por WhatsApp al <b>+52 55 0000 4187</b> y te mandamos tu número de guía el mismo día.</p>
<h2>Descripción</h2>
<p>La ketamina es un anestésico disociativo de uso hospitalario y veterinario. Presentación original de laboratorio, caducidad 2028. También contamos con presentación de 1 g para mayoreo; pregunta por precio especial para revendedores.</p>
<h2>Preguntas frecuentes</h2>
<p><b>¿Necesito receta?</b> No, nosotros nos encargamos de todo.<br>
<b>¿Envían a Estados Unidos?</b> Sí, con costo extra y paquetería especial.</p>
</main>
<footer><p>Farmacia Express MX &copy; 2026 &middot; Atención por WhatsApp 24/7 &middot; Aviso de privacidad</p></footer>
""", noise="cookie-es")

p("h12610", "https://ketamin-shop24.example/ketamin-kaufen", "seller", True, "de",
  "german-bitcoin-shop-long", "Ketamin kaufen ohne Rezept - Diskreter Versand aus der EU | K-Shop24", """
<div class="leiste">Versand innerhalb von 24 h &middot; Lieferung nach Deutschland, Österreich und in die Schweiz &middot; 10 % Rabatt bei Zahlung mit Monero</div>
<header>
<a class="logo" href="/">K-Shop<b>24</b></a>
<nav>
<a href="/">Startseite</a> <a href="/ketamin-kaufen">Ketamin</a> <a href="/esketamin-nasenspray">Esketamin Nasenspray</a> <a href="/analoga">Analoga (2F-DCK, DCK)</a> <a href="/zubehoer">Zubehör</a> <a href="/versand">Versand &amp; Zahlung</a> <a href="/faq">FAQ</a> <a href="/kontakt">Kontakt</a> <a href="/warenkorb">Warenkorb (0)</a>
</nav>
</header>
<main>
<h1>Ketamin kaufen &ndash; ohne Rezept, diskret und sicher</h1>
<p>Sie möchten Ketamin online bestellen, ohne lange Wartezeiten beim Psychiater und ohne Rezept? Bei K-Shop24 erhalten Sie geprüfte Ware in Apothekenqualität, verschickt in neutraler Verpackung direkt an Ihre Haustür oder an eine Packstation.</p>
<div class="produkte">
<div class="produkt">
<h2>Ketamin HCl Kristalle</h2>
<p>Reinheit &gt; 98 %, große Kristalle</p>
<ul><li>1 g &ndash; 59,00 &euro;</li><li>5 g &ndash; 240,00 &euro;</li><li>10 g &ndash; 420,00 &euro;</li><li>25 g &ndash; 900,00 &euro;</li></ul>
<button>In den Warenkorb</button>
</div>
<div class="produkt">
<h2>Ketamin Pulver (fein)</h2>
<p>Für Nasenspray-Lösungen geeignet</p>
<ul><li>1 g &ndash; 49,00 &euro;</li><li>5 g &ndash; 210,00 &euro;</li></ul>
<button>In den Warenkorb</button>
</div>
<div class="produkt">
<h2>Esketamin Nasenspray 28 mg (Originalverpackung)</h2>
<ul><li>1 Stück &ndash; 149,00 &euro;</li><li>3 Stück &ndash; 399,00 &euro;</li></ul>
<button>In den Warenkorb</button>
</div>
</div>
<h2>Zahlung</h2>
<p>Wir akzeptieren Bitcoin, Monero, Paysafecard und Überweisung auf ein Treuhandkonto. Bei Paysafecard senden Sie uns die 16-stelligen PINs über das Kontaktformular oder per Threema. Nach Zahlungseingang verschicken wir am gleichen Werktag.</p>
<h2>Versand</h2>
<p>Alle Sendungen sind vakuumversiegelt, geruchsdicht und als Warensendung ohne Absender deklariert. Sollte eine Sendung vom Zoll abgefangen werden, schicken wir kostenlos erneut (Reshipping-Garantie). Die Sendungsverfolgung erhalten Sie per E-Mail.</p>
<h2>Häufige Fragen</h2>
<dl>
<dt>Ist der Kauf legal?</dt><dd>Die Verantwortung für die Einhaltung der Gesetze liegt beim Käufer. Wir versenden ausschließlich an Personen über 18 Jahre.</dd>
<dt>Brauche ich ein Rezept?</dt><dd>Nein. Ein ärztliches Rezept ist bei uns nicht erforderlich.</dd>
<dt>Wie schnell wirkt Ketamin gegen Depressionen?</dt><dd>Viele Kunden berichten von einer Besserung schon nach wenigen Stunden. Bitte informieren Sie sich vorab über Wechselwirkungen.</dd>
</dl>
<aside class="bewertungen">
<h3>Kundenbewertungen &#9733; 4,8 / 5</h3>
<p>&bdquo;Lieferung nach Köln in zwei Tagen, alles bestens.&ldquo; &ndash; Markus</p>
<p>&bdquo;Zoll hat die erste Sendung geschnappt, Ersatz kam sofort.&ldquo; &ndash; J.</p>
</aside>
</main>
<footer>
<p><a href="/agb">AGB</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; <a href="/impressum">Impressum</a></p>
<p>&copy; 2026 K-Shop24. Alle Produkte werden ausschließlich zu Forschungszwecken verkauft.</p>
</footer>
""", noise="cookie-de")

p("h12611", "https://petites-annonces-idf.example/annonce/78812-k-dispo-livraison", "seller", True, "fr",
  "french-classified-ad-txt", "K dispo - livraison Paris et envoi France", """
K dispo 📦 cristaux + flacons véto scellés, qualité top, testé au réactif.
Livraison en main propre Paris & petite couronne, ou envoi colis discret partout en France (48h, sous vide).
Tarifs dégressifs à partir de 5 g. Paiement PCS, Transcash ou crypto.
Contact uniquement Snap : kdispo75 ou Telegram @kdispo_fr
Pas sérieux s'abstenir, pas de questions par téléphone.
""", ext="txt")

p("h12612", "https://chemie-lab-nl.example/nl/dissociatieven/deschloroketamine-pellets", "seller", True, "nl",
  "dutch-research-chemical-webshop-medium", "Deschloroketamine (DCK) pellets 10 mg | ChemieLab NL", """
<header>
<a href="/nl" class="logo">ChemieLab<span>.nl</span></a>
<nav><a href="/nl/nieuw">Nieuw</a> <a href="/nl/dissociatieven">Dissociatieven</a> <a href="/nl/stimulantia">Stimulantia</a> <a href="/nl/psychedelica">Psychedelica</a> <a href="/nl/testkits">Testkits</a> <a href="/nl/winkelwagen">Winkelwagen</a> <a href="/en">EN</a></nav>
</header>
<main>
<p class="kruimel">Home / Dissociatieven / Deschloroketamine (DCK) pellets</p>
<h1>Deschloroketamine (DCK) pellets &ndash; 10 mg</h1>
<p class="prijs">Vanaf &euro; 2,40 per pellet</p>
<table>
<tr><th>Aantal</th><th>Prijs</th></tr>
<tr><td>5 pellets</td><td>&euro; 14,50</td></tr>
<tr><td>10 pellets</td><td>&euro; 26,00</td></tr>
<tr><td>25 pellets</td><td>&euro; 60,00</td></tr>
<tr><td>50 pellets</td><td>&euro; 120,00</td></tr>
</table>
<button>In winkelwagen</button>
<p>Deschloroketamine is een analoog van ketamine zonder het chlooratoom op de fenylring. De pellets zijn geperst met microkristallijne cellulose en hebben een gelijkmatige verdeling van de werkzame stof. Ook leverbaar als poeder (1 g, 5 g, 10 g).</p>
<p><b>Let op:</b> al onze producten zijn uitsluitend bedoeld voor wetenschappelijk onderzoek. Niet voor menselijke consumptie. Verkoop alleen aan personen van 18 jaar en ouder.</p>
<h2>Betalen en verzenden</h2>
<p>Betaal veilig met iDEAL, Bancontact, SEPA-overboeking of Bitcoin. Voor 16:00 besteld is vandaag verzonden, in een neutrale envelop zonder vermelding van de inhoud. Wij versturen naar heel Europa, ook naar Duitsland, Frankrijk, Italië en Spanje. Komt je pakket niet aan, dan versturen wij het eenmalig opnieuw.</p>
<h2>Klantbeoordelingen</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; &bdquo;Snel geleverd in Antwerpen, pellets netjes verpakt.&rdquo; &ndash; Sven</p>
</main>
<footer><p>ChemieLab NL &middot; KvK-nummer op aanvraag &middot; <a href="/nl/voorwaarden">Algemene voorwaarden</a> &middot; <a href="/nl/privacy">Privacy</a></p></footer>
""", noise="cookie-nl")

p("h12613", "https://vendasdiretas-br.example/cetamina-ketamina-frasco-10ml", "seller", True, "pt",
  "brazilian-whatsapp-seller-medium", "Cetamina (Ketamina) 50mg/ml frasco 10ml - Entrega discreta todo Brasil", """
<header><a href="/" class="logo">VendasDiretas BR</a>
<nav><a href="/">Início</a> <a href="/produtos">Produtos</a> <a href="/como-comprar">Como comprar</a> <a href="/depoimentos">Depoimentos</a> <a href="https://wa.me/5511900000000">WhatsApp</a></nav></header>
<main>
<h1>Cetamina 50 mg/ml &ndash; frasco-ampola 10 ml (Ketamin&reg;)</h1>
<p class="preco">R$ 380,00 a unidade &middot; kit com 3 frascos R$ 990,00 &middot; kit com 5 frascos R$ 1.500,00</p>
<p><b>Sem receita.</b> Produto original, lacrado, lote e validade visíveis. Vendemos para todo o Brasil com entrega pelos Correios ou transportadora em embalagem discreta, sem identificação do conteúdo.</p>
<h2>Como comprar</h2>
<ol>
<li>Chame no WhatsApp <b>(11) 90000-0000</b> ou no Telegram <b>@vendasdiretasbr</b>.</li>
<li>Informe o produto, a quantidade e o CEP.</li>
<li>Pague via Pix (10% de desconto) ou criptomoeda.</li>
<li>Receba o código de rastreio em até 24 horas.</li>
</ol>
<p>Se a encomenda for extraviada ou retida, fazemos o reenvio sem custo. Atendemos também revendedores com preço de atacado.</p>
<h2>Depoimentos</h2>
<p>&ldquo;Chegou em Curitiba em 3 dias, tudo certinho.&rdquo; &ndash; R.</p>
<p>&ldquo;Segunda compra, vendedor de confiança.&rdquo; &ndash; Thiago</p>
</main>
<footer><p>VendasDiretas BR &copy; 2026 &middot; Atendimento de segunda a sábado</p></footer>
""", noise="cookie-pt")

p("h12614", "https://farmacia-online-italia24.example/ketamina-senza-ricetta", "seller", True, "it",
  "italian-online-pharmacy-nav-heavy", "Ketamina senza ricetta - Farmacia Online Italia 24", """
<div class="cookie-it">Questo sito utilizza cookie tecnici e di profilazione. <button>Accetta</button> <button>Rifiuta</button></div>
<header>
<a class="logo" href="/">Farmacia Online Italia 24</a>
<form action="/cerca"><input name="q" placeholder="Cerca farmaco..."></form>
<nav class="categorie">
<a href="/disfunzione-erettile">Disfunzione erettile</a> | <a href="/dimagrimento">Dimagrimento</a> | <a href="/ansia">Ansia</a> | <a href="/insonnia">Insonnia</a> | <a href="/antidolorifici">Antidolorifici</a> | <a href="/antidepressivi">Antidepressivi</a> | <a href="/ketamina-senza-ricetta">Ketamina</a> | <a href="/esketamina">Esketamina spray</a> | <a href="/antibiotici">Antibiotici</a> | <a href="/capelli">Capelli</a> | <a href="/smettere-di-fumare">Smettere di fumare</a> | <a href="/offerte">Offerte</a>
</nav>
<nav class="utente"><a href="/login">Accedi</a> <a href="/registrati">Registrati</a> <a href="/carrello">Carrello (0)</a> <a href="/ordini">Traccia ordine</a></nav>
</header>
<main>
<h1>Ketamina 50 mg/ml senza ricetta</h1>
<p>Flacone 10 ml &ndash; &euro; 89,00 &middot; 3 flaconi &ndash; &euro; 239,00 <button>Aggiungi al carrello</button></p>
<p>Spedizione anonima in 3-5 giorni lavorativi in tutta Italia. Pagamento con bonifico, PostePay o Bitcoin.</p>
</main>
<aside>
<h4>I più venduti</h4>
<ul><li><a href="/sildenafil-100">Sildenafil 100 mg</a></li><li><a href="/tadalafil-20">Tadalafil 20 mg</a></li><li><a href="/alprazolam-1">Alprazolam 1 mg</a></li><li><a href="/tramadolo-100">Tramadolo 100 mg</a></li><li><a href="/ketamina-senza-ricetta">Ketamina 50 mg/ml</a></li><li><a href="/zolpidem-10">Zolpidem 10 mg</a></li></ul>
<h4>Informazioni</h4>
<ul><li><a href="/chi-siamo">Chi siamo</a></li><li><a href="/spedizioni">Spedizioni</a></li><li><a href="/pagamenti">Pagamenti</a></li><li><a href="/resi">Resi</a></li><li><a href="/contatti">Contatti</a></li><li><a href="/faq">FAQ</a></li></ul>
</aside>
<footer>
<a href="/privacy">Privacy</a> | <a href="/cookie">Cookie</a> | <a href="/termini">Termini e condizioni</a> | <a href="/mappa">Mappa del sito</a>
<p>&copy; 2026 Farmacia Online Italia 24 &ndash; Tutti i diritti riservati</p>
</footer>
""")

# ---------------------------------------------------------------- telehealth (9)

p("h12615", "https://haventide-health.example/ketamine-therapy", "telehealth", False, "en",
  "us-at-home-programme-long-chrome", "At-Home Ketamine Therapy for Depression and Anxiety | Haventide Health", """
<header class="site">
<a class="logo" href="/">Haventide <span>Health</span></a>
<nav>
<a href="/ketamine-therapy">Ketamine Therapy</a> <a href="/how-it-works">How It Works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our Clinicians</a> <a href="/safety">Safety</a> <a href="/states">Where We Practice</a> <a href="/blog">Resources</a> <a href="/login">Patient Login</a> <a class="btn" href="/eligibility">See if you qualify</a>
</nav>
</header>
<main>
<section class="hero">
<h1>Ketamine therapy at home, with a psychiatric clinician beside you every step</h1>
<p>For adults with depression or anxiety that hasn't improved with other treatments. Every patient is evaluated live by a licensed clinician before any prescription, and followed up throughout.</p>
<a class="btn" href="/eligibility">Start the eligibility screen</a>
</section>
<section class="steps">
<h2>How it works</h2>
<ol>
<li><h3>Online intake (15 minutes)</h3><p>Tell us about your history, current medications and previous treatments. We ask for a recent blood pressure reading and a government ID.</p></li>
<li><h3>Video evaluation with a clinician</h3><p>A psychiatrist or psychiatric nurse practitioner licensed in your state meets you over secure video for about 45 minutes. They decide whether ketamine is appropriate, or recommend another path. Roughly one in three applicants is not prescribed ketamine and is referred elsewhere.</p></li>
<li><h3>Prescription to a licensed partner pharmacy</h3><p>If you are prescribed, the prescription goes to our licensed 503A partner pharmacy, which dispenses sublingual tablets and ships them with signature-on-delivery. We never sell medication directly.</p></li>
<li><h3>Guided sessions and integration</h3><p>Your first session takes place with a trusted adult present as a peer monitor and a check-in from our care team. Blood pressure is recorded before and after. Integration sessions with a licensed therapist are included.</p></li>
<li><h3>Follow-up and reassessment</h3><p>Your clinician reviews your PHQ-9 and GAD-7 scores after every few sessions and adjusts or stops treatment when needed.</p></li>
</ol>
</section>
<section class="pricing">
<h2>Transparent pricing</h2>
<table>
<tr><td>Initial clinical evaluation</td><td>$250 (refunded minus $50 if you are not a candidate)</td></tr>
<tr><td>Care membership (follow-ups, integration coaching, messaging)</td><td>$199 / month</td></tr>
<tr><td>Medication</td><td>billed by the partner pharmacy, typically $60&ndash;$110 per month</td></tr>
</table>
<p>HSA and FSA cards accepted. We provide superbills for out-of-network reimbursement.</p>
</section>
<section class="who">
<h2>Who should not use at-home ketamine</h2>
<p>People who are pregnant, have uncontrolled high blood pressure, a history of psychosis or mania, active substance use disorder, or significant heart disease. If at-home treatment isn't safe for you, we will help you find an in-person infusion or Spravato clinic.</p>
</section>
<aside class="crisis">If you are in crisis, call or text 988 (Suicide &amp; Crisis Lifeline) or go to your nearest emergency room. Haventide is not an emergency service.</aside>
</main>
<footer>
<div class="cols">
<div><h4>Company</h4><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/press">Press</a></div>
<div><h4>Care</h4><a href="/clinicians">Clinicians</a> <a href="/states">States served: CA, CO, FL, IL, NY, TX, WA and 14 more</a></div>
<div><h4>Legal</h4><a href="/privacy">Privacy</a> <a href="/hipaa">HIPAA Notice</a> <a href="/terms">Terms</a></div>
</div>
<p>Clinical services are provided by Haventide Medical Group, P.C., and affiliated professional entities. &copy; 2026 Haventide Health, Inc.</p>
</footer>
""", noise="cookie", head='<meta name="description" content="Clinician-led at-home ketamine therapy with live video evaluation and licensed partner pharmacy.">\n')

p("h12616", "https://mindcurrent-telepsych.example/faq/eligibility", "telehealth", False, "en",
  "telehealth-eligibility-faq-medium", "Eligibility FAQ | MindCurrent Telepsychiatry", """
<header><a href="/">MindCurrent</a> <nav><a href="/services">Services</a> <a href="/faq">FAQ</a> <a href="/book">Book a consult</a></nav></header>
<main>
<h1>Am I eligible for ketamine treatment through MindCurrent?</h1>
<h3>Who can apply?</h3>
<p>Adults 21 to 70 who live in a state where our psychiatrists are licensed and who have tried at least two antidepressants without enough relief. You will need a primary care doctor we can coordinate with.</p>
<h3>Is a video appointment required?</h3>
<p>Always. Our psychiatrists do not prescribe from a form. Your first visit is a 60-minute video consultation, and you will have a video follow-up before every refill.</p>
<h3>What happens if I'm not a good fit?</h3>
<p>Your psychiatrist will explain why and suggest alternatives, which may include medication changes, TMS, or a referral to a REMS-certified Spravato clinic in your area. The consultation fee is still charged because the clinician's time was used, but no membership fee is taken.</p>
<h3>Do you prescribe Spravato (esketamine)?</h3>
<p>Spravato must be given in a certified healthcare setting, so we cannot send it home. We manage your overall psychiatric care and coordinate with a partner center near you that administers it under observation.</p>
<h3>Will you ship ketamine to me?</h3>
<p>If you are prescribed oral ketamine, a licensed pharmacy dispenses it against your prescription and ships it to your address. We only prescribe amounts for the period until your next review.</p>
<h3>Can I use my insurance?</h3>
<p>Psychiatric visits are billed to several commercial plans in network. Ketamine itself is generally not covered.</p>
</main>
<footer><p>MindCurrent Telepsychiatry, PLLC &middot; <a href="/privacy">Privacy</a></p></footer>
""")

p("h12617", "https://maplevirtualpsychiatry.example/treatment-resistant-depression", "telehealth", False, "en",
  "canadian-virtual-psychiatry-referral-medium", "Treatment-Resistant Depression Consults | Maple Virtual Psychiatry (Ontario)", """
<header><a href="/" class="logo">Maple Virtual Psychiatry</a>
<nav><a href="/for-patients">For patients</a> <a href="/for-referring-physicians">For referring physicians</a> <a href="/treatment-resistant-depression">Treatment-resistant depression</a> <a href="/contact">Contact</a> <a href="/fr">Français</a></nav></header>
<main>
<h1>Consultations for treatment-resistant depression</h1>
<p>Maple Virtual Psychiatry is a group of Ontario psychiatrists who see patients by secure video across the province. Consultations are covered by OHIP with a referral from your family physician or nurse practitioner.</p>
<h2>What we do</h2>
<ul>
<li>A full psychiatric assessment by video, usually within six weeks of referral</li>
<li>A written treatment plan sent to your referring clinician</li>
<li>Medication optimisation and follow-up visits by video</li>
<li>Where appropriate, a referral for esketamine (Spravato) or IV ketamine at one of our partner clinics in Toronto, Ottawa or London, where the treatment is given and monitored in person</li>
</ul>
<h2>What we don't do</h2>
<p>We don't prescribe ketamine for use at home and we don't dispense any medication. Esketamine is only administered under observation at the partner site, and private costs there are explained to you before you book.</p>
<h2>How to be referred</h2>
<p>Ask your family doctor to send the referral form through the Ocean eReferral network or by fax. Self-referrals can't be accepted under OHIP rules.</p>
</main>
<footer><p>Maple Virtual Psychiatry Professional Corporation &middot; Serving Ontario residents only</p></footer>
""")

p("h12618", "https://clearpath-ketamine-care.example/our-clinicians", "telehealth", False, "en",
  "telehealth-prescriber-roster-nav-heavy", "Our Clinicians | ClearPath Ketamine Care", """
<header>
<a href="/" class="logo">ClearPath</a>
<nav class="primary">
<a href="/">Home</a> <a href="/treatments">Treatments</a> <a href="/treatments/at-home-ketamine">At-home ketamine</a> <a href="/treatments/medication-management">Medication management</a> <a href="/treatments/integration-therapy">Integration therapy</a> <a href="/our-clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/insurance">Insurance</a> <a href="/faq">FAQ</a> <a href="/blog">Blog</a> <a href="/login">Log in</a> <a href="/get-started">Get started</a>
</nav>
<nav class="secondary"><a href="/our-clinicians?state=CA">California</a> <a href="/our-clinicians?state=NY">New York</a> <a href="/our-clinicians?state=TX">Texas</a> <a href="/our-clinicians?state=FL">Florida</a> <a href="/our-clinicians?state=WA">Washington</a> <a href="/our-clinicians?state=MA">Massachusetts</a> <a href="/our-clinicians?state=CO">Colorado</a></nav>
</header>
<main>
<h1>Our clinicians</h1>
<p>Every ClearPath patient is evaluated by video by one of these licensed prescribers before any treatment begins.</p>
<ul class="roster">
<li><b>Dana Whitfield, MD</b> &ndash; Board-certified psychiatrist &middot; Licensed: CA, WA, CO</li>
<li><b>Ravi Menon, MD</b> &ndash; Psychiatrist, Medical Director &middot; Licensed: NY, MA, FL</li>
<li><b>Lauren Ortiz, PMHNP-BC</b> &ndash; Psychiatric nurse practitioner &middot; Licensed: TX, CO</li>
<li><b>Samuel Greaves, DO</b> &ndash; Psychiatrist &middot; Licensed: FL, TX</li>
<li><b>Meiling Zhou, PMHNP-BC</b> &ndash; Psychiatric nurse practitioner &middot; Licensed: CA, WA</li>
</ul>
</main>
<footer>
<nav><a href="/about">About</a> | <a href="/careers">Careers</a> | <a href="/press">Press</a> | <a href="/privacy">Privacy</a> | <a href="/terms">Terms</a> | <a href="/hipaa">HIPAA</a> | <a href="/accessibility">Accessibility</a> | <a href="/sitemap">Sitemap</a></nav>
<p>&copy; 2026 ClearPath Health Services, LLC</p>
</footer>
""")

p("h12619", "https://lumenwell-telehealth.example/what-to-expect", "telehealth", False, "en",
  "telehealth-what-to-expect-txt", "What to expect | LumenWell", """
What to expect at LumenWell: after you book, a board-certified psychiatrist meets you over video for about an hour to review your history, medications and goals. If ketamine is prescribed, our partner pharmacy dispenses it under your name and ships it with adult signature required; you'll also get a blood pressure cuff and a session plan. We never prescribe without a live evaluation, and your prescriber sees you again by video before any refill.
""", ext="txt")

p("h12620", "https://telepsiquiatria-iberia.example/depresion-resistente-esketamina", "telehealth", False, "es",
  "spanish-telepsychiatry-referral-medium", "Depresión resistente y esketamina: consulta online | TelePsiquiatría Iberia", """
<header><a href="/" class="marca">TelePsiquiatría Iberia</a>
<nav><a href="/">Inicio</a> <a href="/como-funciona">Cómo funciona</a> <a href="/equipo">Equipo médico</a> <a href="/tarifas">Tarifas</a> <a href="/pedir-cita">Pedir cita</a></nav></header>
<main>
<h1>Depresión resistente: valoración psiquiátrica online y acceso a esketamina</h1>
<p>Si has probado varios antidepresivos sin mejoría suficiente, una valoración especializada puede abrir otras opciones. En TelePsiquiatría Iberia te atiende por videoconsulta un psiquiatra colegiado en España, con informe escrito al finalizar.</p>
<h2>¿Cómo trabajamos?</h2>
<ol>
<li>Primera videoconsulta de 50 minutos (95 &euro;). Revisamos tu historia clínica, tratamientos previos y analíticas.</li>
<li>Si la esketamina (Spravato) está indicada, te derivamos a uno de nuestros centros colaboradores autorizados en Madrid, Barcelona, Valencia o Sevilla. Allí se administra el espray nasal bajo supervisión y con observación posterior de unas dos horas.</li>
<li>Seguimiento online con tu psiquiatra entre sesiones, coordinado con el centro y con tu médico de cabecera.</li>
</ol>
<h2>Lo que no hacemos</h2>
<p>No enviamos ketamina ni esketamina a domicilio ni emitimos recetas sin consulta. La esketamina solo puede administrarse en un centro sanitario.</p>
<p class="nota">Atendemos a residentes en España. En caso de urgencia, llama al 112 o a la línea 024 de atención a la conducta suicida.</p>
</main>
<footer><p>TelePsiquiatría Iberia S.L.P. &middot; Centro sanitario inscrito en el registro autonómico &middot; <a href="/aviso-legal">Aviso legal</a></p></footer>
""", noise="cookie-es")

p("h12621", "https://psychiatrie-online-sprechstunde.example/therapieresistente-depression", "telehealth", False, "de",
  "german-online-psychiatry-referral-medium", "Therapieresistente Depression - Videosprechstunde | Psychiatrie Online Sprechstunde", """
<header><a href="/" class="logo">Psychiatrie Online Sprechstunde</a>
<nav><a href="/">Start</a> <a href="/leistungen">Leistungen</a> <a href="/aerztinnen-und-aerzte">Ärztinnen &amp; Ärzte</a> <a href="/kosten">Kosten</a> <a href="/termin">Termin buchen</a></nav></header>
<main>
<h1>Therapieresistente Depression: fachärztliche Einschätzung per Video</h1>
<p>Wenn zwei oder mehr Antidepressiva nicht ausreichend geholfen haben, spricht man von einer therapieresistenten Depression. In unserer Videosprechstunde nehmen sich Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie Zeit für eine gründliche Einschätzung.</p>
<h2>Ablauf</h2>
<ul>
<li>Erstgespräch per Video (ca. 50 Minuten) mit Anamnese und Befundbesprechung</li>
<li>Schriftlicher Arztbrief mit Behandlungsempfehlung für Ihre Hausärztin oder Ihren Hausarzt</li>
<li>Bei Eignung: Überweisung an eine unserer Kooperationspraxen in Berlin, Hamburg, Köln oder München, in denen Esketamin-Nasenspray (Spravato) unter ärztlicher Aufsicht angewendet wird</li>
<li>Verlaufskontrollen per Video zwischen den Behandlungen</li>
</ul>
<h2>Wichtig</h2>
<p>Esketamin wird ausschließlich in der Praxis angewendet, nach der Gabe bleiben Sie zur Überwachung vor Ort. Wir verschreiben kein Ketamin zur Anwendung zu Hause und versenden keine Medikamente.</p>
<h2>Kosten</h2>
<p>Gesetzlich Versicherte: Videosprechstunde über die Krankenkasse möglich, sofern freie Termine verfügbar sind. Privatversicherte und Selbstzahler: Abrechnung nach GOÄ.</p>
</main>
<footer><p><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; Ärztliche Leitung: Dr. med. Katrin Vogel</p></footer>
""", noise="cookie-de")

p("h12622", "https://psiquiatria-conecta.example/tratamento-com-cetamina", "telehealth", False, "pt",
  "brazilian-telemedicine-psychiatry-medium", "Tratamento com cetamina e escetamina: teleconsulta com psiquiatra | Psiquiatria Conecta", """
<header><a href="/" class="logo">Psiquiatria Conecta</a>
<nav><a href="/">Início</a> <a href="/especialistas">Especialistas</a> <a href="/como-funciona">Como funciona</a> <a href="/valores">Valores</a> <a href="/agendar">Agendar teleconsulta</a></nav></header>
<main>
<h1>Depressão resistente: avaliação por teleconsulta e encaminhamento para cetamina</h1>
<p>A Psiquiatria Conecta reúne psiquiatras com registro no CRM que atendem por telemedicina, de acordo com a Resolução CFM nº 2.314/2022. Nossa equipe avalia se você é candidato ao tratamento com cetamina ou escetamina.</p>
<h2>Como funciona</h2>
<ol>
<li>Teleconsulta inicial de 60 minutos com psiquiatra (R$ 450), com revisão dos tratamentos anteriores.</li>
<li>Se houver indicação, emitimos o encaminhamento para uma clínica parceira em São Paulo, Rio de Janeiro, Belo Horizonte ou Porto Alegre, onde a aplicação é feita presencialmente com monitoramento.</li>
<li>Acompanhamento online entre as sessões, em contato com a equipe da clínica.</li>
</ol>
<p>Não enviamos medicamentos e não prescrevemos cetamina para uso em casa. A escetamina (Spravato) é aplicada somente em ambiente clínico.</p>
<p class="aviso">Em caso de crise, ligue para o CVV 188 ou procure o pronto-socorro mais próximo.</p>
</main>
<footer><p>Psiquiatria Conecta Serviços Médicos Ltda. &middot; Diretor técnico: Dr. Fernando Albuquerque, CRM-SP 000000</p></footer>
""", noise="cookie-pt")

p("h12623", "https://stillwater-telemed.example/checkout/membership", "telehealth", False, "en",
  "telehealth-membership-checkout-medium", "Checkout - Ketamine Care Membership | Stillwater Telemed", """
<header><a href="/" class="logo">Stillwater</a> <span class="secure">&#128274; Secure checkout</span></header>
<main class="checkout">
<h1>Review your plan</h1>
<div class="plan">
<h2>Ketamine Care Membership</h2>
<p>$229 / month after approval</p>
<ul>
<li>Monthly video follow-up with your prescribing clinician</li>
<li>Two integration sessions per month with a licensed therapist</li>
<li>Care-team messaging, replies within one business day</li>
<li>Mood tracking and session journal in the app</li>
</ul>
</div>
<div class="today">
<h3>Due today: $179</h3>
<p>Today you pay only for your initial psychiatric evaluation, a live 50-minute video visit. Your membership starts only if your clinician decides ketamine treatment is right for you. If not, you'll get a written summary and referral suggestions, and you won't be charged for the membership.</p>
</div>
<p class="note">Medication is not included. If prescribed, it is dispensed by a licensed partner pharmacy in your state and billed by them separately (usually $70&ndash;$120 per month). The pharmacy ships only after receiving your prescription.</p>
<form>
<label>Card number <input></label> <label>Expiry <input></label> <label>CVC <input></label>
<label><input type="checkbox"> I agree to the Terms of Service, Telehealth Consent and Notice of Privacy Practices</label>
<button>Pay $179 and schedule my evaluation</button>
</form>
<p class="hsa">HSA/FSA cards accepted. Cancel your membership anytime from your account.</p>
</main>
""")

# ---------------------------------------------------------------- clinics (8)

p("h12624", "https://desertbloom-infusions.example/", "clinic", False, "en",
  "us-iv-infusion-clinic-home-long", "Desert Bloom Ketamine & Wellness | IV Ketamine Infusions in Phoenix, AZ", """
<div class="topbar">&#128222; (602) 555-0148 &middot; 4410 N 24th St, Suite 210, Phoenix, AZ &middot; Mon-Sat 8am-6pm</div>
<header>
<a class="logo" href="/">Desert Bloom <small>Ketamine &amp; Wellness</small></a>
<nav>
<a href="/">Home</a>
<a href="/conditions">Conditions</a>
<a href="/treatments/iv-ketamine">IV Ketamine</a>
<a href="/treatments/spravato">Spravato</a>
<a href="/treatments/kap">Ketamine-Assisted Psychotherapy</a>
<a href="/our-team">Our Team</a>
<a href="/pricing">Pricing</a>
<a href="/gift-cards">Gift Cards</a>
<a href="/patient-portal">Patient Portal</a>
<a class="btn" href="/book">Book a Free Consultation</a>
</nav>
</header>
<main>
<section class="hero">
<h1>Relief from depression, PTSD and chronic pain &ndash; delivered with medical care you can trust</h1>
<p>Desert Bloom is a physician-led ketamine infusion clinic in central Phoenix. Our anesthesiologists and psychiatric partners have provided more than 9,000 infusions since 2018.</p>
<a class="btn" href="/book">Schedule your consultation</a>
</section>
<section class="conditions">
<h2>Conditions we treat</h2>
<ul><li>Treatment-resistant depression</li><li>Post-traumatic stress disorder</li><li>Anxiety disorders</li><li>Postpartum depression</li><li>CRPS, fibromyalgia and neuropathic pain</li></ul>
</section>
<section class="visit">
<h2>What happens during an infusion</h2>
<p>After a medical screening and a consultation with our medical director, you'll relax in a private suite. A registered nurse places a small IV and the infusion runs for about 40 minutes while your heart rate, blood pressure and oxygen levels are monitored continuously. You'll rest for 30 minutes afterwards and need a driver to take you home.</p>
<p>We ask for a referral or records from your psychiatrist, therapist or primary care provider so we can coordinate your care.</p>
</section>
<section class="team">
<h2>Meet our medical team</h2>
<ul>
<li>Gregory Alvarez, MD &ndash; Medical Director, board-certified anesthesiologist</li>
<li>Priya Natarajan, DNP, PMHNP &ndash; Psychiatric nurse practitioner</li>
<li>Hannah Brooks, RN &ndash; Infusion nurse lead</li>
</ul>
</section>
<section class="pricing-teaser">
<h2>Pricing</h2>
<p>Consultation: free. Depression/PTSD infusion: $475. Initial series of six: $2,550 (save $300). Pain protocols from $650. We accept HSA/FSA and offer financing through CareCredit. <a href="/pricing">See full pricing</a></p>
</section>
<section class="testimonials">
<blockquote>&ldquo;After years of trying medications, this was the first thing that lifted the fog. The nurses made me feel safe the entire time.&rdquo; &ndash; Veteran patient, Scottsdale</blockquote>
</section>
</main>
<aside class="sidebar">
<h3>Spravato now available</h3>
<p>We are a REMS-certified treatment center for Spravato (esketamine) nasal spray. Most commercial insurance plans cover it with prior authorization.</p>
</aside>
<footer>
<p>Desert Bloom Ketamine &amp; Wellness, PLLC &middot; 4410 N 24th St, Suite 210, Phoenix, AZ 85016</p>
<p><a href="/privacy">Privacy Policy</a> &middot; <a href="/nondiscrimination">Notice of Nondiscrimination</a> &middot; <a href="/careers">Careers</a></p>
<p>If you are experiencing a mental health emergency, call 988 or 911.</p>
</footer>
""", noise="cookie", head='<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalClinic","name":"Desert Bloom Ketamine & Wellness","address":{"@type":"PostalAddress","streetAddress":"4410 N 24th St, Suite 210","addressLocality":"Phoenix","addressRegion":"AZ","postalCode":"85016"},"telephone":"+1-602-555-0148","medicalSpecialty":"Anesthesia"}</script>\n')

p("h12625", "https://riverbend-psychiatry.example/spravato", "clinic", False, "en",
  "us-spravato-rems-center-medium", "Spravato (Esketamine) Treatment | Riverbend Psychiatric Associates, Louisville KY", """
<header><a href="/" class="logo">Riverbend Psychiatric Associates</a>
<nav><a href="/services">Services</a> <a href="/spravato">Spravato</a> <a href="/tms">TMS</a> <a href="/providers">Providers</a> <a href="/new-patients">New patients</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Spravato&reg; (esketamine) nasal spray at Riverbend</h1>
<p>Riverbend Psychiatric Associates is a certified Spravato treatment center under the FDA's REMS program. Spravato is approved for adults with treatment-resistant depression and for depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behavior, used alongside an oral antidepressant.</p>
<h2>Your treatment day</h2>
<p>You self-administer the nasal spray in our treatment room under the direct supervision of a nurse. We check your blood pressure before the first spray and again about 40 minutes afterwards. You stay with us for at least two hours until our clinician confirms you are ready to leave. You may not drive until the next day after a restful sleep, so please arrange a ride.</p>
<h2>Schedule</h2>
<p>Weeks 1&ndash;4: two sessions per week. Weeks 5&ndash;8: once weekly. After that, once weekly or every two weeks depending on your response.</p>
<h2>Insurance</h2>
<p>We verify benefits and submit prior authorizations for Medicare, Anthem, Humana, UnitedHealthcare and most Kentucky Medicaid plans. Our staff can also enroll you in the manufacturer's savings program if you qualify.</p>
<h2>Getting started</h2>
<p>Current patients can talk to their Riverbend provider. New patients need an evaluation with one of our psychiatrists first; referrals from outside clinicians are welcome by fax at (502) 555-0190.</p>
</main>
<footer><p>Riverbend Psychiatric Associates &middot; 1800 Bardstown Rd, Louisville, KY 40205</p></footer>
""")

p("h12626", "https://harbourlight-ketamine.example/vancouver/pricing", "clinic", False, "en",
  "canadian-clinic-pricing-nav-heavy", "Pricing - Vancouver | Harbourlight Ketamine Clinics", """
<header>
<a href="/" class="logo">Harbourlight</a>
<nav class="locations"><a href="/vancouver">Vancouver</a> <a href="/victoria">Victoria</a> <a href="/calgary">Calgary</a> <a href="/toronto">Toronto</a> <a href="/halifax">Halifax</a></nav>
<nav class="main">
<a href="/vancouver/treatments">Treatments</a> <a href="/vancouver/treatments/iv">IV ketamine</a> <a href="/vancouver/treatments/im">IM ketamine</a> <a href="/vancouver/treatments/kap">KAP</a> <a href="/vancouver/treatments/esketamine">Esketamine</a> <a href="/vancouver/team">Team</a> <a href="/vancouver/pricing">Pricing</a> <a href="/vancouver/referrals">Referrals</a> <a href="/vancouver/faq">FAQ</a> <a href="/vancouver/contact">Contact</a> <a href="/vancouver/book" class="btn">Book now</a>
</nav>
</header>
<main>
<h1>Vancouver pricing (CAD)</h1>
<ul>
<li>Medical assessment with physician: $300</li>
<li>IV ketamine infusion: $650 per session &middot; series of six: $3,600</li>
<li>Ketamine-assisted psychotherapy (IM, with two therapists): $900 per session</li>
<li>Esketamine session (observation included): $780</li>
</ul>
<p>A $150 deposit is taken when you book and applied to your first session. Treatments take place at our clinic at 1200 West Broadway and are not covered by MSP; many extended health plans reimburse the psychotherapy portion.</p>
</main>
<footer>
<nav><a href="/about">About</a> | <a href="/research">Research</a> | <a href="/careers">Careers</a> | <a href="/privacy">Privacy</a> | <a href="/accessibility">Accessibility</a> | <a href="/land-acknowledgement">Land acknowledgement</a></nav>
<p>&copy; 2026 Harbourlight Medical Inc.</p>
</footer>
""")

p("h12627", "https://northshore-ketamine-center.example/billing-faq", "clinic", False, "en",
  "clinic-billing-faq-txt", "Billing FAQ | North Shore Ketamine Center", """
Billing FAQ - North Shore Ketamine Center, Evanston IL.
Payment is due at check-in for each infusion; we accept credit cards, HSA/FSA cards and CareCredit. We do not bill insurance for IV ketamine, but we'll give you a superbill with CPT and diagnosis codes so you can claim out-of-network reimbursement. Spravato sessions are billed to your insurer after prior authorization. Please give us 24 hours' notice to cancel; late cancellations carry a $150 fee because a nurse and treatment suite are reserved for you.
""", ext="txt")

p("h12628", "https://chu-exemple-psychiatrie.example/services/depression-resistante-esketamine", "clinic", False, "fr",
  "french-university-hospital-unit-medium", "Centre expert dépression résistante - Esketamine et kétamine | CHU, Pôle de psychiatrie", """
<header><a href="/" class="logo">CHU &ndash; Pôle de psychiatrie adulte</a>
<nav><a href="/services">Nos services</a> <a href="/consultations">Consultations</a> <a href="/hopital-de-jour">Hôpital de jour</a> <a href="/recherche">Recherche</a> <a href="/venir">Venir au CHU</a></nav></header>
<main>
<h1>Centre expert dépression résistante</h1>
<p>Le centre accueille des adultes souffrant d'un épisode dépressif caractérisé n'ayant pas répondu à au moins deux traitements antidépresseurs bien conduits. Il propose une évaluation pluridisciplinaire sur une journée, puis des soins spécialisés en hôpital de jour.</p>
<h2>Traitements proposés</h2>
<ul>
<li>Esketamine en spray nasal (Spravato&reg;), administrée en hôpital de jour avec une surveillance d'au moins deux heures par une infirmière formée</li>
<li>Kétamine par voie intraveineuse, dans le cadre de protocoles encadrés et de la recherche clinique</li>
<li>Stimulation magnétique transcrânienne répétée (rTMS) et électroconvulsivothérapie</li>
</ul>
<h2>Comment être adressé ?</h2>
<p>Le centre reçoit uniquement sur adressage de votre psychiatre ou de votre médecin traitant. Le courrier d'adressage et les comptes rendus des traitements antérieurs sont à transmettre au secrétariat par messagerie sécurisée. Les soins sont pris en charge par l'Assurance maladie.</p>
<h2>Contact</h2>
<p>Secrétariat : du lundi au vendredi, 9 h &ndash; 16 h 30 &middot; Bâtiment B, 2e étage.</p>
</main>
<footer><p>Centre hospitalier universitaire &middot; <a href="/mentions-legales">Mentions légales</a> &middot; <a href="/donnees-personnelles">Données personnelles</a></p></footer>
""", noise="cookie-fr")

p("h12629", "https://ketaminekliniek-utrecht.example/behandeling", "clinic", False, "nl",
  "dutch-ketamine-clinic-medium-long", "Ketaminebehandeling bij depressie | Ketaminekliniek Utrecht", """
<header>
<a href="/" class="logo">Ketaminekliniek Utrecht</a>
<nav><a href="/">Home</a> <a href="/behandeling">Behandeling</a> <a href="/voor-verwijzers">Voor verwijzers</a> <a href="/team">Ons team</a> <a href="/kosten-en-vergoeding">Kosten en vergoeding</a> <a href="/wachttijden">Wachttijden</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<h1>Ketaminebehandeling bij therapieresistente depressie</h1>
<p>In onze kliniek behandelen wij volwassenen met een depressie die onvoldoende is verbeterd na meerdere behandelingen met medicatie en psychotherapie. De behandeling vindt plaats onder verantwoordelijkheid van een psychiater, met een anesthesioloog en verpleegkundigen aanwezig.</p>
<h2>Het traject</h2>
<ol>
<li><b>Verwijzing</b> &ndash; U heeft een verwijzing nodig van uw huisarts of behandelend psychiater.</li>
<li><b>Intake</b> &ndash; Een gesprek met de psychiater, lichamelijk onderzoek, ECG en bloedonderzoek.</li>
<li><b>Behandelfase</b> &ndash; Zes infusies verspreid over drie weken. Tijdens elke infusie (ongeveer 40 minuten) worden hartslag, bloeddruk en zuurstofsaturatie bewaakt. Na afloop blijft u nog een uur ter observatie en mag u niet zelf naar huis rijden.</li>
<li><b>Evaluatie</b> &ndash; Na de zesde infusie bespreken we het effect en het vervolg, zoals onderhoudsbehandeling of terugverwijzing.</li>
</ol>
<h2>Esketamine neusspray</h2>
<p>Sinds 2025 bieden wij ook behandeling met esketamine neusspray aan. Ook deze behandeling vindt altijd plaats in de kliniek, met observatie achteraf.</p>
<h2>Kosten en vergoeding</h2>
<p>Wij hebben contracten met de meeste zorgverzekeraars. De behandeling valt onder de basisverzekering (eigen risico is van toepassing). Zonder contract vergoedt uw verzekeraar mogelijk een deel; kijk op onze pagina over kosten.</p>
<aside><h3>Wachttijd</h3><p>Aanmelding tot intake: circa 8 weken. Intake tot start behandeling: circa 4 weken.</p></aside>
</main>
<footer><p>Ketaminekliniek Utrecht B.V. &middot; Catharijnesingel 00, Utrecht &middot; AGB-code op aanvraag &middot; <a href="/klachten">Klachtenregeling</a> &middot; <a href="/privacy">Privacyverklaring</a></p></footer>
""", noise="cookie-nl")

p("h12630", "https://centro-depressione-milano.example/esketamina-spravato", "clinic", False, "it",
  "italian-outpatient-centre-medium", "Esketamina spray nasale (Spravato) - Centro per la Depressione Resistente, Milano", """
<div class="banner-cookie">Utilizziamo cookie tecnici e, previo consenso, cookie analitici. <button>Accetto</button> <button>Solo necessari</button></div>
<header><a href="/" class="logo">Centro per la Depressione Resistente &ndash; Milano</a>
<nav><a href="/">Home</a> <a href="/chi-siamo">Chi siamo</a> <a href="/trattamenti">Trattamenti</a> <a href="/esketamina-spravato">Esketamina</a> <a href="/prenota">Prenota una visita</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Trattamento con esketamina spray nasale</h1>
<p>Il nostro ambulatorio specialistico offre il trattamento con esketamina (Spravato&reg;) per adulti con depressione resistente, in associazione a un antidepressivo orale, secondo le indicazioni dell'AIFA.</p>
<h2>Come si svolge</h2>
<p>Prima di iniziare è necessaria una visita psichiatrica con valutazione della storia clinica e dei trattamenti precedenti. Le somministrazioni avvengono in ambulatorio: il paziente si auto-somministra lo spray sotto la supervisione di un medico, e resta in osservazione per almeno due ore con controllo della pressione arteriosa. Dopo il trattamento non è consentito guidare fino al giorno seguente.</p>
<h2>Frequenza</h2>
<p>Due sedute a settimana nel primo mese, poi settimanali o quindicinali in base alla risposta clinica.</p>
<h2>Prenotazioni</h2>
<p>Per prenotare la prima visita psichiatrica chiamare lo 02 0000 1234 (lun-ven 9-17) o compilare il modulo online. Il centro opera anche in convenzione con il Servizio Sanitario Nazionale per i pazienti inviati dai CSM.</p>
</main>
<footer><p>Centro per la Depressione Resistente S.r.l. &middot; Direttore sanitario: Dott.ssa Elena Ricci &middot; P.IVA 00000000000</p></footer>
""")

p("h12631", "https://clinica-mente-lisboa.example/tratamentos/cetamina-endovenosa", "clinic", False, "pt",
  "portuguese-clinic-lisbon-medium", "Cetamina endovenosa para depressão resistente | Clínica Mente, Lisboa", """
<header><a href="/" class="logo">Clínica Mente &middot; Lisboa</a>
<nav><a href="/">Início</a> <a href="/tratamentos">Tratamentos</a> <a href="/equipa">Equipa</a> <a href="/precos">Preços</a> <a href="/marcacoes">Marcações</a> <a href="/contactos">Contactos</a></nav></header>
<main>
<h1>Cetamina endovenosa</h1>
<p>A Clínica Mente disponibiliza tratamento com cetamina por via endovenosa para adultos com depressão resistente, sempre após consulta de psiquiatria e avaliação médica completa.</p>
<h2>Como decorre o tratamento</h2>
<p>Cada sessão dura cerca de duas horas. A perfusão é administrada em sala própria, com monitorização contínua de sinais vitais por um médico anestesiologista e uma enfermeira. No final, o doente permanece em recobro e deve sair acompanhado, sem conduzir.</p>
<p>O protocolo inicial inclui seis sessões ao longo de três semanas, com reavaliação pelo psiquiatra assistente. Também realizamos tratamentos com escetamina em spray nasal na clínica.</p>
<h2>Preços</h2>
<p>Consulta de psiquiatria: 90 &euro;. Sessão de cetamina endovenosa: 350 &euro;. Algumas seguradoras comparticipam a consulta; peça informação à receção.</p>
<h2>Marcações</h2>
<p>Por telefone (21 000 0000), por e-mail ou pelo formulário de marcação. Para agilizar, traga os relatórios médicos e a lista de medicação atual.</p>
</main>
<footer><p>Clínica Mente, Lda. &middot; Av. da República, Lisboa &middot; Licença ERS n.º 00000 &middot; <a href="/livro-reclamacoes">Livro de Reclamações</a></p></footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- informational (9)

p("h12632", "https://lakeshore-courier.example/news/2026/11/how-ketamine-reaches-the-street", "informational", False, "en",
  "us-newspaper-investigation-long-chrome", "From Vet Clinics to Dorm Rooms: How Ketamine Reaches the Street | The Lakeshore Courier", """
<div class="paywall-bar">You have 2 free articles left this month. <a href="/subscribe">Subscribe for $1/week</a></div>
<header>
<a class="masthead" href="/">The Lakeshore Courier</a>
<nav><a href="/news">News</a> <a href="/news/local">Local</a> <a href="/news/health">Health</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a> <a href="/obituaries">Obituaries</a> <a href="/e-edition">E-Edition</a></nav>
</header>
<main>
<article>
<p class="kicker">INVESTIGATION</p>
<h1>From vet clinics to dorm rooms: how ketamine reaches the street</h1>
<p class="byline">By Teresa Okafor and Daniel Lindqvist &middot; Nov. 22, 2026</p>
<p>The listings are not hard to find. Type &ldquo;buy ketamine online&rdquo; into a search engine and, within a few clicks, you land on shops promising &ldquo;pharma-grade shards,&rdquo; crypto discounts and &ldquo;stealth shipping.&rdquo; Over four months, Courier reporters tracked 31 such sites, six Telegram channels and two online forums that openly advertise the drug.</p>
<p>Prices have fallen sharply. Local users and outreach workers told the Courier a gram now costs $40 to $60 on the street in the metro area, down from about $80 three years ago. Online vendors advertised grams from $55 to $90, with bulk discounts.</p>
<p>&ldquo;What's changed is the supply,&rdquo; said a special agent with the regional DEA field office, who spoke on condition that he not be named because investigations are ongoing. Much of the powder seized locally, he said, appears to be manufactured overseas, while a smaller share is diverted from veterinary stock.</p>
<h2>A medicine and a party drug</h2>
<p>The rise comes as legitimate ketamine therapy has spread. Infusion clinics in the region charge $400 to $700 per session, and telehealth companies prescribe lozenges after video evaluations. Clinicians interviewed for this story worried that the boom in clinical use has made the drug seem harmless.</p>
<p>&ldquo;In a clinic, we monitor blood pressure and we screen people out,&rdquo; said Dr. Naomi Feld, an anesthesiologist who runs a hospital-affiliated infusion program. &ldquo;Someone buying powder from a website has none of that, and they have no idea what's really in the bag.&rdquo;</p>
<p>Emergency departments in the county logged 148 ketamine-related visits last year, according to state health data, and urologists report more young adults with bladder damage linked to heavy use.</p>
<h2>What the law says</h2>
<p>Ketamine is a Schedule III controlled substance. Selling it without a DEA registration is a federal felony; possession without a prescription is a crime under state law. Two of the websites the Courier identified went offline after reporters contacted their hosting providers.</p>
<p class="correction"><i>This story has been updated to clarify the source of emergency department data.</i></p>
</article>
<aside class="related">
<h3>More in Health</h3>
<ul><li><a href="/news/health/2026/10/county-expands-naloxone-vending">County expands naloxone vending machines</a></li><li><a href="/news/health/2026/09/ketamine-clinics-regulation-bill">Lawmakers weigh rules for ketamine clinics</a></li><li><a href="/news/health/2026/08/988-calls-rise">988 calls rise 30% in first year</a></li></ul>
<div class="ad">Advertisement</div>
</aside>
<section class="comments"><a href="#comments">87 comments</a></section>
</main>
<footer>
<p><a href="/about">About us</a> &middot; <a href="/contact">Contact the newsroom</a> &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms of use</a></p>
<p>&copy; 2026 Lakeshore Media Group</p>
</footer>
""", noise="cookie")

p("h12633", "https://healthcanada-advisories.example/recalls-alerts/2026/unauthorized-ketamine-products-online", "informational", False, "en",
  "canadian-government-advisory-medium", "Unauthorized ketamine and esketamine products sold online may pose serious health risks - Recalls and safety alerts", """
<header><a href="/" class="wordmark">Government of Canada (example)</a> <nav><a href="/en">English</a> <a href="/fr">Français</a></nav>
<nav class="breadcrumbs"><a href="/">Canada.example</a> &gt; <a href="/health">Health</a> &gt; <a href="/recalls-alerts">Recalls and safety alerts</a></nav></header>
<main>
<h1>Unauthorized ketamine and esketamine products sold online may pose serious health risks</h1>
<table class="summary">
<tr><th>Product</th><td>Ketamine powders, vials, lozenges and nasal sprays; esketamine nasal spray devices</td></tr>
<tr><th>Issue</th><td>Health products &ndash; unauthorized products</td></tr>
<tr><th>What to do</th><td>Do not buy or use. Consult a health care professional if you have used these products and have health concerns.</td></tr>
</table>
<h2>Issue</h2>
<p>Health Canada is warning Canadians not to buy ketamine or esketamine from websites that sell them without a prescription. These sites may claim to be Canadian pharmacies but are not licensed by a provincial pharmacy regulatory authority. Products may be counterfeit, contaminated, or contain a different amount of the drug than stated.</p>
<p>Ketamine is a controlled substance in Canada. Esketamine (Spravato) is authorized only for use under the supervision of a health care professional in a health care setting, with monitoring for at least two hours after each dose.</p>
<h2>What you should do</h2>
<ul>
<li>Only buy prescription drugs from licensed pharmacies with a prescription from a health care professional.</li>
<li>Check whether an online pharmacy is licensed by contacting your provincial pharmacy regulatory authority.</li>
<li>Report any side effects or complaints about health products to Health Canada.</li>
</ul>
<p class="date">Date modified: 2026-10-14</p>
</main>
""")

p("h12634", "https://safer-nights-collective.example/drugs/ketamine", "informational", False, "en",
  "harm-reduction-drug-info-medium", "Ketamine - Safer use information | Safer Nights Collective", """
<header><a href="/" class="logo">Safer Nights Collective</a>
<nav><a href="/drugs">Drug info</a> <a href="/testing">Drug checking</a> <a href="/combos">Combinations</a> <a href="/events">Find us at events</a> <a href="/donate">Donate</a></nav></header>
<main>
<h1>Ketamine</h1>
<p class="aka">Also called K, ket, special K, keta</p>
<p>Ketamine is a dissociative anaesthetic. At lower amounts people report feeling detached, floaty and dreamy; at higher amounts they can lose touch with their body and surroundings (sometimes called a &ldquo;K-hole&rdquo;).</p>
<h2>Risks</h2>
<ul>
<li><b>Accidents:</b> numbness and poor coordination make falls, burns and drowning more likely. Don't use near water, traffic or heights.</li>
<li><b>Mixing:</b> combining with alcohol, GHB/GBL, benzodiazepines or opioids raises the risk of vomiting, losing consciousness and breathing problems.</li>
<li><b>Bladder:</b> regular use can cause painful inflammation of the bladder (ketamine uropathy). If it hurts to pee or you need to go much more often, stop and see a doctor.</li>
<li><b>Dependence:</b> tolerance builds fast and some people find it hard to cut down.</li>
</ul>
<h2>If you choose to use</h2>
<ul><li>Get your substance checked &ndash; street &ldquo;ket&rdquo; has contained other drugs like 2F-DCK or methoxetamine.</li><li>Start with a small amount and wait; it is easy to take more than intended.</li><li>Use with people you trust, in a safe place, and sit or lie down.</li></ul>
<h2>Drug checking</h2>
<p>We offer free, confidential drug checking at our drop-in every Thursday and at partner festivals. We never ask for your name and we don't sell anything.</p>
<p class="emergency">In an emergency call 911. Put the person in the recovery position if they are unconscious but breathing.</p>
</main>
<footer><p>Safer Nights Collective is a peer-run nonprofit. Information, not encouragement.</p></footer>
""")

p("h12635", "https://morales-whitaker-defense.example/drug-crimes/ketamine-charges-texas", "informational", False, "en",
  "law-firm-practice-page-medium", "Ketamine Possession & Distribution Charges in Texas | Morales Whitaker Criminal Defense", """
<header><a href="/" class="logo">Morales Whitaker <span>Criminal Defense</span></a>
<nav><a href="/practice-areas">Practice Areas</a> <a href="/drug-crimes">Drug Crimes</a> <a href="/dwi">DWI</a> <a href="/attorneys">Attorneys</a> <a href="/results">Case Results</a> <a href="/contact" class="btn">Free Case Review 24/7</a></nav></header>
<main>
<h1>Charged with a ketamine offense in Texas?</h1>
<p>In Texas, ketamine is listed in Penalty Group 3 of the Health and Safety Code. The penalty depends on the amount, measured including any adulterants or dilutants:</p>
<ul>
<li>Less than 28 grams: Class A misdemeanor, up to one year in county jail</li>
<li>28 to 200 grams: third-degree felony</li>
<li>200 to 400 grams: second-degree felony</li>
<li>400 grams or more: 5 to 99 years or life</li>
</ul>
<p>Charges for manufacture or delivery, including ordering ketamine online and having it shipped, are punished more severely, and federal charges may follow when packages cross state or national borders.</p>
<h2>Defenses we use</h2>
<p>Illegal search of a vehicle or package, lack of knowledge of the contents, lab testing errors, and valid prescriptions from a licensed provider. If you were prescribed ketamine by a clinic or telehealth provider, bring your records to your consultation.</p>
<h2>Talk to an attorney today</h2>
<p>Call (713) 555-0166 for a free, confidential consultation. Offices in Houston and Austin.</p>
<p class="disclaimer">Attorney advertising. Past results do not guarantee a similar outcome.</p>
</main>
<footer><p>&copy; 2026 Morales Whitaker, PLLC</p></footer>
""")

p("h12636", "https://clinical-research.university-of-the-lakes.example/studies/ketamine-ptsd-veterans", "informational", False, "en",
  "university-trial-recruitment-short", "Study: Repeated Ketamine Infusions for PTSD in Veterans | Clinical Research", """
<header><a href="/">University of the Lakes &ndash; Clinical Research</a> <nav><a href="/studies">Find a study</a> <a href="/participants">For participants</a></nav></header>
<main>
<h1>Repeated ketamine infusions for chronic PTSD in veterans</h1>
<p><b>Status:</b> Recruiting &middot; <b>Phase:</b> 2 &middot; <b>Registry ID:</b> NCT00000000 (example)</p>
<p>Researchers are testing whether six ketamine infusions over two weeks, compared with an active placebo (midazolam), reduce PTSD symptoms. Participants receive study treatment at the university's research unit and are followed for three months.</p>
<p><b>You may be eligible if you:</b> are a veteran aged 21&ndash;65, have PTSD for at least six months, and are not currently using ketamine or other psychedelics.</p>
<p><b>Compensation:</b> up to $900 for completed visits. Parking is provided.</p>
<p><b>Contact:</b> Study coordinator, (555) 010-3321 or ptsd-study@university-of-the-lakes.example. Approved by the university's Institutional Review Board.</p>
</main>
""")

p("h12637", "https://reduccion-riesgos-bcn.example/sustancias/ketamina", "informational", False, "es",
  "spanish-harm-reduction-page-medium", "Ketamina: efectos, riesgos y consejos | Reducción de Riesgos BCN", """
<header><a href="/" class="logo">Reducción de Riesgos BCN</a>
<nav><a href="/sustancias">Sustancias</a> <a href="/analisis">Servicio de análisis</a> <a href="/fiestas">En fiestas</a> <a href="/quienes-somos">Quiénes somos</a></nav></header>
<main>
<h1>Ketamina</h1>
<p>La ketamina es un anestésico disociativo utilizado en medicina humana y veterinaria. En el mercado ilegal suele encontrarse en polvo o cristales. En los últimos años nuestro servicio de análisis ha detectado muestras vendidas como ketamina que contenían otras sustancias, como 2F-DCK o metoxetamina.</p>
<h2>Efectos</h2>
<p>Sensación de desconexión del cuerpo y del entorno, alteraciones de la percepción, dificultad para moverse y hablar. Con cantidades altas puede producirse una desconexión completa.</p>
<h2>Riesgos</h2>
<ul>
<li>Caídas y accidentes por la anestesia y la descoordinación.</li>
<li>Mezclarla con alcohol u otros depresores aumenta el riesgo de pérdida de conciencia.</li>
<li>El consumo frecuente puede dañar la vejiga (cistitis por ketamina) y generar dependencia.</li>
</ul>
<h2>Consejos si decides consumir</h2>
<ul><li>Analiza la sustancia: nuestro servicio es gratuito y anónimo.</li><li>Empieza con poca cantidad y espera.</li><li>Consume acompañado y en un lugar tranquilo.</li></ul>
<p class="aviso">Esta información no pretende promover el consumo. No vendemos ninguna sustancia ni recomendamos tiendas.</p>
</main>
<footer><p>Proyecto financiado por la Agencia de Salud Pública (ejemplo) &middot; <a href="/contacto">Contacto</a></p></footer>
""", noise="cookie-es")

p("h12638", "https://pharmawiki-de.example/wiki/Ketamin", "informational", False, "de",
  "german-encyclopedia-excerpt-txt", "Ketamin - PharmaWiki", """
Ketamin ist ein Arzneistoff aus der Gruppe der Anästhetika, der in der Human- und Tiermedizin zur Narkoseeinleitung und zur Schmerztherapie eingesetzt wird. Es wirkt vor allem als nicht-kompetitiver Antagonist am NMDA-Rezeptor und erzeugt eine sogenannte dissoziative Anästhesie. Das S-Enantiomer Esketamin ist seit 2019 in der EU als Nasenspray (Spravato) zur Behandlung therapieresistenter Depressionen zugelassen und wird nur unter ärztlicher Aufsicht angewendet. In Deutschland unterliegt Ketamin nicht dem Betäubungsmittelgesetz, ist aber verschreibungspflichtig; der Missbrauch als Partydroge ist seit den 1990er-Jahren bekannt.
""", ext="txt")

p("h12639", "https://le-quotidien-lyon.example/societe/2026/10/la-ketamine-gagne-du-terrain-chez-les-jeunes", "informational", False, "fr",
  "french-regional-news-medium", "La kétamine gagne du terrain chez les jeunes, alertent les centres d'addictovigilance | Le Quotidien de Lyon", """
<header><a href="/" class="titre">Le Quotidien de Lyon</a>
<nav><a href="/actualite">Actualité</a> <a href="/societe">Société</a> <a href="/sante">Santé</a> <a href="/sport">Sport</a> <a href="/culture">Culture</a> <a href="/abonnement">S'abonner</a></nav></header>
<main>
<article>
<h1>La kétamine gagne du terrain chez les jeunes, alertent les centres d'addictovigilance</h1>
<p class="chapo">Moins chère qu'il y a cinq ans et facile à se procurer, la kétamine s'installe dans les soirées étudiantes. Les urgences et les urologues voient arriver les premières complications.</p>
<p class="auteur">Par Claire Mercier &middot; Publié le 17 octobre 2026</p>
<p>« Il y a dix ans, on en voyait surtout en free party. Aujourd'hui, on en retrouve dans les soirées d'appartement », résume une infirmière d'un centre de soins, d'accompagnement et de prévention en addictologie (CSAPA) de la métropole. Selon les acteurs de terrain, le gramme se négocie entre 20 et 40 euros, souvent commandé via des applications de messagerie ou des annonces en ligne.</p>
<p>Le réseau national d'addictovigilance a signalé à l'ANSM une hausse des cas graves, notamment des atteintes de la vessie chez de jeunes consommateurs réguliers. « Ce sont des lésions qui peuvent devenir irréversibles », insiste un urologue des Hospices civils.</p>
<p>Les soignants rappellent que l'usage médical de la kétamine, en anesthésie ou à l'hôpital pour certaines dépressions résistantes, n'a rien à voir avec une consommation sans surveillance. L'esketamine en spray nasal n'est délivrée qu'à l'hôpital et administrée sous surveillance.</p>
<p>Pour toute question, Drogues Info Service répond de façon anonyme et gratuite au 0 800 23 13 13.</p>
</article>
<aside><h3>À lire aussi</h3><ul><li><a href="/sante/2026/09/protoxyde-d-azote-interdiction">Protoxyde d'azote : ce que change l'interdiction</a></li><li><a href="/societe/2026/08/festival-analyse-drogues">Au festival, un stand pour analyser les produits</a></li></ul></aside>
</main>
<footer><p>&copy; Le Quotidien de Lyon 2026 &middot; <a href="/mentions-legales">Mentions légales</a></p></footer>
""", noise="cookie-fr")

p("h12640", "https://canal-house-recovery.example/treatment/ketamine-addiction", "informational", False, "en",
  "amsterdam-rehab-page-medium", "Ketamine Addiction Treatment in Amsterdam | Canal House Recovery", """
<header><a href="/" class="logo">Canal House Recovery <small>Amsterdam</small></a>
<nav><a href="/treatment">Treatment</a> <a href="/treatment/ketamine-addiction">Ketamine addiction</a> <a href="/treatment/alcohol">Alcohol</a> <a href="/treatment/cocaine">Cocaine</a> <a href="/our-approach">Our approach</a> <a href="/admissions">Admissions</a> <a href="/nl">NL</a></nav></header>
<main>
<h1>Ketamine addiction treatment</h1>
<p>Ketamine use has grown quickly in European nightlife, and more people are coming to us after months or years of daily use. Many arrive with bladder pain, memory problems and a tolerance that has crept up to several grams a day.</p>
<h2>Signs that ketamine has become a problem</h2>
<ul><li>Using more, or more often, than you planned</li><li>Urinary pain, blood in urine or constant urgency</li><li>Stomach cramps (&ldquo;K-cramps&rdquo;)</li><li>Withdrawing from friends, work or study</li></ul>
<h2>Our programme</h2>
<p>Our residential programme in central Amsterdam lasts 28 to 42 days and combines medical detox support, individual therapy (CBT and EMDR), group work, and referral to a urologist where needed. Aftercare includes weekly online groups for a year. We treat clients from the Netherlands and abroad, in English and Dutch.</p>
<h2>Admissions</h2>
<p>Call +31 20 000 0000 or send a confidential message. Most private health insurers abroad reimburse part of residential treatment; Dutch residents can also be referred to regional addiction services through their GP.</p>
</main>
<footer><p>Canal House Recovery B.V. &middot; Amsterdam &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie-nl")

save(OUT, R)
