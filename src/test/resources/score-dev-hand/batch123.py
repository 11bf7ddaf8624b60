# Batch 123 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "A fair sample". No particular trick: each category in its most common real-web forms plus a
# few unusual ones. Sellers: spam "buy online" shop, research-chemical analogue vendor, vet-supply
# store selling to anyone, Telegram bio, questionnaire-only fake telehealth, affiliate doorway blog,
# marketplace listing, classified ad, Spanish shop, German fake "Apotheke" for esketamine spray,
# French classified for veterinary ketamine, Dutch research-chemical shop, Brazilian WhatsApp/Pix
# seller, Italian bot-check wall (URL decides). Telehealth: at-home program homepage, FAQ, pricing,
# prescriber roster, virtual psychiatry referring to a REMS site, partner-pharmacy shipping page,
# Spanish-language US program, German video psychiatry, Brazilian teleconsultation. Clinics: infusion
# clinic homepage, Spravato REMS practice, billing snippet, hospital interventional psychiatry,
# Mexican clinic with WhatsApp booking, German university outpatient clinic, French day hospital,
# Italian public-hospital centre. Informational: news on a seizure with street prices, government
# fact sheet, harm-reduction guide, clinic directory, forum thread warning about scams, trial registry
# excerpt, French drug-info sheet, Dutch drug-checking page, Brazilian regulator-alert news story.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), medium pages,
# navigation-heavy pages, partial pages (fragments cut off mid-way), and five plain-text excerpts.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch123.py (writes batch123/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch123")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h12301", "https://ketamine-powder-store.example/", "seller", True, "en",
  "spam-shop-homepage-long", "Buy Ketamine Online | Crystal, Powder & Liquid | Worldwide Stealth Delivery", """
<div class="announce">&#9889; Summer sale: 10% off every order paid in Bitcoin or Monero &ndash; use code KSUMMER &#9889;</div>
<header>
<a class="brand" href="/"><img src="/logo.png" alt=""> KetaPowder Store</a>
<nav class="main-menu">
<a href="/">Home</a> <a href="/product-category/ketamine/">Ketamine</a> <a href="/product-category/dissociatives/">Other Dissociatives</a>
<a href="/product-category/pharma/">Pharmaceuticals</a> <a href="/shipping/">Shipping</a> <a href="/how-to-order/">How to Order</a>
<a href="/reviews/">Reviews</a> <a href="/contact/">Contact</a> <a href="/my-account/">My Account</a> <a href="/cart/">&#128722; 0 items &ndash; $0.00</a>
</nav>
<form class="search"><input placeholder="Search products&hellip;"><button>Search</button></form>
</header>
<section class="hero">
<h1>Buy Ketamine Online Without Prescription</h1>
<p>Pharmaceutical-grade ketamine hydrochloride shipped to your door in vacuum-sealed, odour-proof packaging. We have served more than 12,000 satisfied customers in the USA, Canada, UK, Australia and the EU since 2017.</p>
<a class="btn" href="/product-category/ketamine/">Shop Now</a>
</section>
<section class="featured">
<h2>Best Sellers</h2>
<ul class="products">
<li><img src="/img/k-crystal.jpg" alt=""><h3>Ketamine Crystal (shards)</h3><p class="price">$120.00 &ndash; $1,450.00</p><select><option>5 g</option><option>10 g</option><option>28 g</option><option>100 g</option></select><button>Add to cart</button></li>
<li><img src="/img/k-powder.jpg" alt=""><h3>Ketamine HCl Powder 99%</h3><p class="price">$95.00 &ndash; $1,100.00</p><button>Select options</button></li>
<li><img src="/img/ketalar.jpg" alt=""><h3>Ketalar 50 mg/ml (10 ml vial)</h3><p class="price"><del>$180.00</del> $150.00</p><button>Add to cart</button></li>
<li><img src="/img/s-ket.jpg" alt=""><h3>S-Ketamine Needle Crystal</h3><p class="price">$160.00</p><button>Add to cart</button></li>
<li><img src="/img/nasal.jpg" alt=""><h3>Ketamine Nasal Spray 100 mg/ml</h3><p class="price">$210.00</p><button>Add to cart</button></li>
</ul>
</section>
<section class="why">
<h2>Why customers choose us</h2>
<ul>
<li><b>No prescription required</b> &ndash; order in minutes, no doctor visits, no questions.</li>
<li><b>Stealth shipping</b> &ndash; discreet packaging with no company name. Tracking number within 24 hours.</li>
<li><b>Reship guarantee</b> &ndash; if customs seize your parcel we reship for free, once.</li>
<li><b>Secure payments</b> &ndash; Bitcoin, Monero, USDT, Zelle, Cash App and gift cards (Amazon, Apple, Steam).</li>
</ul>
</section>
<section class="seo-text">
<h2>What is ketamine?</h2>
<p>Ketamine is a dissociative anaesthetic developed in the 1960s. In recent years researchers have studied it for depression, PTSD and chronic pain. Many people who cannot access a clinic now prefer to buy ketamine online for self-treatment. Our products are lab tested and come with a certificate of analysis on request.</p>
<h2>Is it safe to buy ketamine online?</h2>
<p>Yes, when you buy from a trusted vendor like KetaPowder Store. Avoid sellers who ask for payment through personal bank transfers. Always start with a low dose.</p>
</section>
<aside class="widgets">
<h4>Recent reviews</h4>
<blockquote>&ldquo;Arrived in 4 days to Ohio, perfect stealth, will order again.&rdquo; &ndash; Mike R.</blockquote>
<blockquote>&ldquo;Second order to Melbourne, no issues with customs.&rdquo; &ndash; Jess</blockquote>
<h4>Contact</h4>
<p>Support 24/7: Telegram @ketapowder_support &middot; Wickr: ketapowder</p>
</aside>
<footer>
<p>&copy; 2026 KetaPowder Store. All rights reserved. <a href="/terms/">Terms</a> &middot; <a href="/privacy/">Privacy</a> &middot; <a href="/refund/">Refund policy</a></p>
<p><img src="/img/btc.svg" alt="Bitcoin"> <img src="/img/xmr.svg" alt="Monero"> <img src="/img/usdt.svg" alt="USDT"></p>
</footer>
""", noise="cookie")

p("h12302", "https://nordic-reagent-labs.example/products/2f-dck-crystal", "seller", True, "en",
  "research-chemical-analogue-product", "2F-DCK Crystal | Nordic Reagent Labs", """
<nav class="top"><a href="/">Home</a> | <a href="/products">All products</a> | <a href="/coa">Lab reports</a> | <a href="/shipping">Shipping</a> | <a href="/faq">FAQ</a> | <a href="/basket">Basket</a></nav>
<main>
<h1>2F-DCK (2-Fluorodeschloroketamine) &ndash; Crystal</h1>
<p class="sku">SKU: NRL-2FDCK-C &middot; CAS: 111982-50-4 &middot; Purity: &ge;99.6% (HPLC)</p>
<table class="pricing">
<tr><th>Quantity</th><th>Price</th><th>Per gram</th></tr>
<tr><td>1 g</td><td>&euro;24.00</td><td>&euro;24.00</td></tr>
<tr><td>5 g</td><td>&euro;95.00</td><td>&euro;19.00</td></tr>
<tr><td>10 g</td><td>&euro;160.00</td><td>&euro;16.00</td></tr>
<tr><td>25 g</td><td>&euro;330.00</td><td>&euro;13.20</td></tr>
<tr><td>100 g</td><td>&euro;990.00</td><td>&euro;9.90</td></tr>
</table>
<p><label>Quantity <select><option>1 g</option><option>5 g</option><option>10 g</option><option>25 g</option><option>100 g</option></select></label> <button>Add to basket</button></p>
<h2>Description</h2>
<p>2F-DCK is an arylcyclohexylamine and a structural analogue of ketamine in which the chlorine atom has been replaced by fluorine. Supplied as large clear crystals. Our batch was analysed by an independent laboratory (GC-MS and NMR); the report is available on the Lab reports page.</p>
<p class="warning"><strong>This product is sold as a research chemical for in-vitro laboratory use only. Not for human consumption. Not a medicine, food or cosmetic.</strong> By ordering you confirm that you are over 18 and a qualified researcher.</p>
<h2>Shipping</h2>
<p>Dispatched within 1 working day from within the EU. Tracked and untracked options. Neutral outer packaging. Free reship if a tracked parcel is lost.</p>
<h2>Related products</h2>
<ul><li><a href="/products/dck-pellets">DCK pellets 10 mg</a></li><li><a href="/products/o-pce">O-PCE</a></li><li><a href="/products/3-meo-pcp">3-MeO-PCP</a></li><li><a href="/products/ketamine-analogue-sampler">Arylcyclohexylamine sampler pack</a></li></ul>
</main>
<footer><p>Payment: SEPA transfer, Bitcoin, Litecoin. &copy; Nordic Reagent Labs</p></footer>
""")

p("h12303", "https://farmvet-direct-supply.example/category/anesthesia-sedation", "seller", True, "en",
  "vet-supply-category-navigation-heavy", "Anesthesia & Sedation | FarmVet Direct Supply", """
<div class="utility"><a href="/login">Sign in</a> | <a href="/register">Create account</a> | <a href="/track">Track order</a> | <a href="/help">Help</a> | Call or WhatsApp +1 (555) 014-2277</div>
<header><a href="/">FarmVet Direct Supply</a>
<ul class="mega">
<li><a href="/category/dogs">Dogs</a><ul><li><a href="/category/dogs/flea-tick">Flea &amp; Tick</a></li><li><a href="/category/dogs/dewormers">Dewormers</a></li><li><a href="/category/dogs/pain">Pain &amp; Inflammation</a></li></ul></li>
<li><a href="/category/cats">Cats</a><ul><li><a href="/category/cats/flea-tick">Flea &amp; Tick</a></li><li><a href="/category/cats/dental">Dental</a></li></ul></li>
<li><a href="/category/horses">Horses</a><ul><li><a href="/category/horses/joint">Joint care</a></li><li><a href="/category/horses/sedation">Sedation</a></li></ul></li>
<li><a href="/category/livestock">Livestock</a><ul><li><a href="/category/livestock/vaccines">Vaccines</a></li><li><a href="/category/livestock/antibiotics">Antibiotics</a></li></ul></li>
<li><a href="/category/anesthesia-sedation">Anesthesia &amp; Sedation</a></li>
<li><a href="/category/surgical">Surgical supplies</a></li>
<li><a href="/category/syringes-needles">Syringes &amp; Needles</a></li>
<li><a href="/brands">Brands</a></li>
<li><a href="/deals">Deals</a></li>
</ul></header>
<div class="layout">
<aside class="filters">
<h4>Filter by</h4>
<p><b>Species</b><br><input type="checkbox"> Canine (14)<br><input type="checkbox"> Feline (11)<br><input type="checkbox"> Equine (6)<br><input type="checkbox"> Bovine (3)</p>
<p><b>Brand</b><br><input type="checkbox"> Ketaset (2)<br><input type="checkbox"> Vetalar (2)<br><input type="checkbox"> Narketan (1)<br><input type="checkbox"> Dexdomitor (2)<br><input type="checkbox"> Xylazine (4)</p>
<p><b>Price</b><br><input type="checkbox"> Under $50<br><input type="checkbox"> $50&ndash;$100<br><input type="checkbox"> $100+</p>
</aside>
<section class="grid">
<p class="crumbs"><a href="/">Home</a> &rsaquo; Anesthesia &amp; Sedation</p>
<h1>Anesthesia &amp; Sedation (17 products)</h1>
<p>Sort by: <a href="?sort=pop">Popularity</a> | <a href="?sort=price">Price</a> | <a href="?sort=new">Newest</a></p>
<div class="card"><a href="/p/ketaset-100mg-ml-10ml">Ketaset (ketamine HCl) 100 mg/ml, 10 ml vial</a> <span>$64.99</span> <button>Add to cart</button></div>
<div class="card"><a href="/p/vetalar-v-100-10ml">Vetalar-V 100 mg/ml, 10 ml</a> <span>$59.50</span> <button>Add to cart</button></div>
<div class="card"><a href="/p/narketan-10-10ml">Narketan 10 (ketamine) 10 ml</a> <span>$57.00</span> <button>Add to cart</button></div>
<div class="card"><a href="/p/ketamine-5-pack">Ketamine 100 mg/ml &ndash; 5 vial value pack</a> <span>$279.00</span> <button>Add to cart</button></div>
<div class="card"><a href="/p/xylazine-100">Xylazine 100 mg/ml 50 ml</a> <span>$44.00</span> <button>Add to cart</button></div>
<div class="card"><a href="/p/dexdomitor">Dexdomitor 0.5 mg/ml 10 ml</a> <span>$112.00</span> <button>Add to cart</button></div>
<div class="card"><a href="/p/acepromazine">Acepromazine 10 mg/ml 50 ml</a> <span>$38.90</span> <button>Add to cart</button></div>
<div class="card"><a href="/p/isoflurane">Isoflurane 250 ml</a> <span>$89.00</span> <button>Add to cart</button></div>
<p class="pages"><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">Next &raquo;</a></p>
<p class="note">No veterinary license or prescription needed for orders under 10 vials. All orders ship in plain boxes. Pay by card, crypto or Cash App.</p>
</section>
</div>
<footer>
<ul><li><a href="/about">About us</a></li><li><a href="/shipping">Shipping policy</a></li><li><a href="/returns">Returns</a></li><li><a href="/wholesale">Wholesale</a></li><li><a href="/blog">Blog</a></li><li><a href="/contact">Contact</a></li></ul>
<p>&copy; 2026 FarmVet Direct Supply</p>
</footer>
""")

p("h12304", "https://tg-channel-preview.example/s/kland_plug_uk", "seller", True, "en",
  "telegram-channel-bio-txt", "K-Land UK plug", """
K-LAND UK 🇬🇧 | Ket • MDMA • Carts
🦄 Top shelf ket shards & horse tranq vials back in stock
📦 Next day tracked Royal Mail, stealth vac-sealed
💷 Half oz £180 | Oz £320 | 4.5g £65
💰 Crypto / bank / cash in post
🔁 Lost parcel = reship, no drama
📲 Order here ➡️ @kland_orders (backup @kland_orders2)
Menu + vouches pinned ⬆️ 18+ only
""", ext="txt")

p("h12305", "https://ketaquick-rx.example/get-started", "seller", True, "en",
  "questionnaire-only-fake-telehealth", "Get Started | KetaQuick Rx - Ketamine Delivered in 48 Hours", """
<header><a href="/">KetaQuick<sup>Rx</sup></a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/reviews">Reviews</a> <a href="/faq">FAQ</a> <a class="btn" href="/get-started">Get started</a></nav></header>
<main>
<h1>Ketamine treatment without the waiting room</h1>
<p class="lead">Skip the psychiatrist, skip the video call. Answer 5 quick questions and our medical team approves your order &ndash; usually in under 10 minutes.</p>
<ol class="steps">
<li><b>Take the 2-minute quiz.</b> Tell us how you feel. No ID upload, no medical records.</li>
<li><b>Instant approval.</b> 98% of our customers are approved automatically.</li>
<li><b>Delivered in discreet packaging.</b> Sublingual tablets or nasal spray shipped within 48 hours to all 50 states and internationally.</li>
</ol>
<section class="pricing">
<h2>Choose your plan</h2>
<div class="plan"><h3>Trial</h3><p>8 &times; 150 mg rapid-dissolve tablets</p><p class="price">$149</p><button>Buy now</button></div>
<div class="plan best"><h3>Monthly</h3><p>24 &times; 300 mg tablets + free shipping</p><p class="price">$329</p><button>Buy now</button></div>
<div class="plan"><h3>Nasal spray</h3><p>2 bottles, 10 ml each, 100 mg/ml</p><p class="price">$279</p><button>Buy now</button></div>
</section>
<form class="quiz">
<h2>Quick questionnaire</h2>
<p>1. How old are you? <input type="number"></p>
<p>2. Over the last 2 weeks, have you felt down or hopeless? <select><option>Yes</option><option>No</option></select></p>
<p>3. Have you used ketamine before? <select><option>Yes</option><option>No</option></select></p>
<p>4. Shipping country <input></p>
<p>5. Email <input type="email"></p>
<button>See if I qualify</button>
</form>
<p class="small">Payment by card, Apple Pay or crypto (5% off). Orders outside the US are shipped as &ldquo;dietary supplement&rdquo;.</p>
</main>
<footer><p>KetaQuick Rx is a wellness platform. Statements have not been evaluated by the FDA. &copy; 2026</p></footer>
""")

p("h12306", "https://mindful-tripper-blog.example/best-places-to-buy-ketamine-online-2026", "seller", True, "en",
  "affiliate-doorway-blog-long", "Best Places to Buy Ketamine Online in 2026 (Tested & Reviewed) - Mindful Tripper", """
<header class="blog-header"><a href="/">Mindful Tripper</a> <span>Psychedelics, wellness &amp; honest reviews</span>
<nav><a href="/category/guides">Guides</a> <a href="/category/reviews">Reviews</a> <a href="/category/microdosing">Microdosing</a> <a href="/about">About</a> <a href="/newsletter">Newsletter</a></nav></header>
<article>
<h1>Best Places to Buy Ketamine Online in 2026 (Tested &amp; Reviewed)</h1>
<p class="meta">By Jordan Vale &middot; Updated March 2, 2026 &middot; 11 min read &middot; <em>This post contains affiliate links. We may earn a commission at no extra cost to you.</em></p>
<p>Clinics charge $400 to $800 per infusion, the waiting lists are months long and insurance almost never pays. No wonder so many readers email us asking where they can order ketamine online. Over the past six months our team placed test orders with eleven vendors, checked delivery times and sent samples for reagent testing. Here is what we found.</p>
<h2>Quick verdict</h2>
<ol>
<li><a href="https://ketamine-powder-store.example/?ref=mindfultripper" rel="sponsored">KetaPowder Store</a> &ndash; best overall, no prescription needed, ships worldwide. Use code <b>MINDFUL15</b> for 15% off.</li>
<li><a href="https://pharmadirect-meds.example/ketalar?aff=mt" rel="sponsored">PharmaDirect Meds</a> &ndash; best for liquid vials; slower shipping to Europe.</li>
<li><a href="https://ketaquick-rx.example/get-started?via=mt" rel="sponsored">KetaQuick Rx</a> &ndash; best if you want tablets and a &ldquo;prescription&rdquo; in 10 minutes.</li>
</ol>
<h2>1. KetaPowder Store &ndash; our top pick</h2>
<p>Our 10 g order of crystal arrived in five days, vacuum sealed inside a phone-case box. Reagent tests (Mandelin and Morris) were consistent with ketamine and we found no cutting agents. They accept Bitcoin and even Amazon gift cards, which is handy if you don't own crypto.</p>
<p><b>Pros:</b> fast, cheap, reship policy. <b>Cons:</b> support is only on Telegram.</p>
<p><a class="cta" href="https://ketamine-powder-store.example/?ref=mindfultripper">Visit KetaPowder Store &rarr;</a></p>
<h2>2. PharmaDirect Meds</h2>
<p>If you prefer sealed pharmaceutical vials, this is the place. They don't ask for a prescription either. Shipping to Germany took 12 days.</p>
<h2>3. KetaQuick Rx</h2>
<p>Technically a &ldquo;telehealth&rdquo; service, but there is no video call &ndash; you fill in a short quiz and are approved automatically.</p>
<h2>Is buying ketamine online legal?</h2>
<p>That depends on where you live. We are not lawyers. Many people order small amounts for personal use without problems; read our <a href="/guides/customs">customs guide</a>.</p>
<h2>Harm reduction</h2>
<p>Start low (15&ndash;25 mg), never use alone, avoid alcohol, and give your bladder a break between sessions.</p>
</article>
<aside class="sidebar"><h4>Popular posts</h4><ul><li><a href="/microdosing-mushrooms-guide">Microdosing mushrooms: beginner's guide</a></li><li><a href="/best-test-kits">Best drug test kits</a></li><li><a href="/ketamine-vs-esketamine">Ketamine vs esketamine</a></li></ul>
<div class="ad">Save 15% at KetaPowder Store &ndash; code MINDFUL15</div></aside>
<section class="comments"><h3>42 comments</h3>
<p><b>sam_k</b>: ordered from #1 after reading this, got it in 6 days to Texas, thanks!</p>
<p><b>Lena</b>: #2 never answered my emails after payment...</p></section>
<footer>&copy; 2026 Mindful Tripper &middot; <a href="/disclosure">Affiliate disclosure</a> &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h12307", "https://silkbay-market.example/listing/88421-s-ketamine-needles-28g", "seller", True, "en",
  "marketplace-listing-partial", "S-Ketamine Needles 28g - TOP QUALITY | SilkBay Market", """
<div class="listing">
<div class="vendor-box">Vendor: <a href="/vendor/dutchkingdom">DutchKingdom</a> (Level 7) &middot; 2,314 sales &middot; 98.9% positive &middot; Ships from: Netherlands &middot; Ships to: Worldwide (excl. AU, US)</div>
<h1>S-KETAMINE NEEDLES 28G &ndash; TOP QUALITY &ndash; FE ALLOWED</h1>
<table>
<tr><td>Price</td><td>USD 342.00 / 0.0051 BTC / 1.93 XMR</td></tr>
<tr><td>Class</td><td>Physical package</td></tr>
<tr><td>Quantity left</td><td>Unlimited</td></tr>
<tr><td>Escrow</td><td>Yes (multisig)</td></tr>
</table>
<select name="shipping"><option>EU tracked &ndash; 3-5 days &ndash; +$12</option><option>EU untracked &ndash; 4-7 days &ndash; free</option><option>UK/Worldwide stealth &ndash; 7-14 days &ndash; +$20</option></select>
<button>Buy now</button> <button>Add to wishlist</button>
<h2>Description</h2>
<p>Pure S-isomer needles, long and shiny, tested clean. Straight from the source, no cut. Packed in MBB + decoy, triple vac. Dispatch Monday to Friday before 14:00 CET. Reship 100% first time, 50% second time. Please encrypt your address with our PGP key, unencrypted addresses will be canceled.</p>
<h2>Feedback (last 30 days)</h2>
<ul>
<li>5/5 &ndash; &ldquo;always reliable, 3 days to DE&rdquo; &ndash; b***9</li>
<li>5/5 &ndash; &ldquo;needles as described, great smell&rdquo; &ndash; k***t</li>
<li>4/5 &ndash; &ldquo;took 9 days to FR but arrived&rdquo; &ndash; o***e</li>
<li>5/5 &ndash; &ldquo;best ket on the market right n
""")

p("h12308", "https://classifieds-hub.example/health-beauty/ad-7731952", "seller", True, "en",
  "classified-ad-txt", "Liquid ketamine vials for sale", """
Liquid ketamine vials for sale — posted 3 hours ago — Manchester (ships UK wide)

Genuine sealed ketamine hydrochloride 50mg/ml and 100mg/ml 10ml vials, also powder and crystal. Pharmacy grade, long expiry date. Good prices for bulk buyers.
No prescription needed. Discreet delivery next day or meet up in Manchester / Leeds area.
Contact via WhatsApp or text on +44 7700 900418, Telegram @ketvials_uk. Payment bank transfer, PayPal F&F or crypto.
Serious buyers only, no time wasters.

Price: £60
Category: Health & Beauty > Other
Report this ad
""", ext="txt")

p("h12309", "https://ketamina-envios-express.example/comprar-ketamina-online", "seller", True, "es",
  "spanish-shop-medium", "Comprar Ketamina Online sin Receta | Envío Discreto a toda España", """
<header><a href="/">Ketamina Envíos Express</a>
<nav><a href="/">Inicio</a> <a href="/tienda">Tienda</a> <a href="/como-comprar">Cómo comprar</a> <a href="/envios">Envíos</a> <a href="/contacto">Contacto</a> <a href="/carrito">Carrito (0)</a></nav></header>
<main>
<h1>Comprar ketamina online sin receta</h1>
<p>Somos una tienda con más de seis años de experiencia enviando ketamina de calidad farmacéutica a toda España, Portugal y Latinoamérica. No pedimos receta médica ni documentación. Tu pedido llega en un paquete neutro, sin remitente, en 24-72 horas.</p>
<h2>Productos y precios</h2>
<ul class="productos">
<li>Ketamina en cristal (agujas) &ndash; 5 g: 110 &euro; &middot; 10 g: 190 &euro; &middot; 25 g: 400 &euro; <button>Añadir al carrito</button></li>
<li>Ketamina en polvo 98% &ndash; 5 g: 90 &euro; &middot; 10 g: 160 &euro; <button>Añadir al carrito</button></li>
<li>Ketamina líquida (viales Ketolar 50 mg/ml) &ndash; caja de 5 viales: 175 &euro; <button>Añadir al carrito</button></li>
<li>Ketamina inyectable veterinaria Imalgene 1000 &ndash; 1 frasco: 70 &euro; <button>Añadir al carrito</button></li>
</ul>
<h2>Formas de pago</h2>
<p>Bitcoin, USDT, Bizum y tarjetas regalo. Pagando con criptomonedas tienes un 10% de descuento.</p>
<h2>Atención al cliente</h2>
<p>Escríbenos por WhatsApp al +34 600 000 319 o por Telegram (@ketamina_express). Respondemos en menos de una hora de 9:00 a 23:00.</p>
<h2>Preguntas frecuentes</h2>
<p><b>¿Es seguro?</b> Sí. Trabajamos con envíos sin remitente y reenviamos gratis si el paquete se pierde.</p>
<p><b>¿Hacéis envíos a México y Colombia?</b> Sí, con un suplemento de 25 &euro; y plazo de 7 a 12 días.</p>
</main>
<footer>&copy; 2026 Ketamina Envíos Express &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Política de privacidad</a></footer>
""", noise="cookie-es")

p("h12310", "https://apotheke-online-versand24.example/esketamin-nasenspray-ohne-rezept", "seller", True, "de",
  "fake-german-online-pharmacy", "Esketamin Nasenspray ohne Rezept kaufen | Versand-Apotheke 24", """
<div class="topline">&#10003; Diskreter Versand &nbsp; &#10003; Ohne Rezept &nbsp; &#10003; Lieferung in 2&ndash;4 Werktagen &nbsp; &#10003; Zahlung per Überweisung, Paysafecard oder Bitcoin</div>
<header><a href="/">Versand-Apotheke 24</a>
<nav><a href="/potenzmittel">Potenzmittel</a> <a href="/schlafmittel">Schlafmittel</a> <a href="/schmerzmittel">Schmerzmittel</a> <a href="/antidepressiva">Antidepressiva</a> <a href="/abnehmen">Abnehmen</a> <a href="/warenkorb">Warenkorb</a></nav></header>
<main>
<p class="crumbs">Startseite &rsaquo; Antidepressiva &rsaquo; Esketamin Nasenspray</p>
<h1>Esketamin Nasenspray (Spravato&reg;-Generikum) 28 mg</h1>
<p>Esketamin ist der Wirkstoff des Nasensprays Spravato und wird bei schweren Depressionen eingesetzt. In Deutschland erhalten Sie das Medikament normalerweise nur in spezialisierten Praxen unter Aufsicht. Bei uns können Sie es bequem <strong>ohne Rezept</strong> und ohne Arztbesuch nach Hause bestellen.</p>
<table>
<tr><th>Packung</th><th>Preis</th><th>Preis pro Sprühgerät</th><th></th></tr>
<tr><td>2 Sprühgeräte</td><td>189,00 &euro;</td><td>94,50 &euro;</td><td><button>In den Warenkorb</button></td></tr>
<tr><td>4 Sprühgeräte</td><td>339,00 &euro;</td><td>84,75 &euro;</td><td><button>In den Warenkorb</button></td></tr>
<tr><td>8 Sprühgeräte</td><td>599,00 &euro;</td><td>74,88 &euro;</td><td><button>In den Warenkorb</button></td></tr>
</table>
<p>Gratis dazu ab 4 Sprühgeräten: 10 Tabletten Viagra Generika.</p>
<h2>Anwendung</h2>
<p>Üblicherweise 1 bis 3 Sprühgeräte pro Anwendung, zweimal pro Woche. Nicht zusammen mit Alkohol anwenden. Nach der Anwendung nicht Auto fahren.</p>
<h2>Versand</h2>
<p>Wir versenden aus einem EU-Lager in neutraler Verpackung ohne Hinweis auf den Inhalt. Falls die Sendung beim Zoll hängen bleibt, senden wir kostenlos erneut.</p>
</main>
<footer><p>Versand-Apotheke 24 &middot; Impressum &middot; AGB &middot; Datenschutz &middot; Kundenservice per E-Mail und WhatsApp</p></footer>
""", noise="cookie-de")

p("h12311", "https://petites-annonces-region.example/annonce/vends-imalgene-1000-ketamine-4410983", "seller", True, "fr",
  "french-classified-vet-ketamine", "Vends Imalgène 1000 (kétamine) flacons - Petites Annonces Région", """
<header><a href="/">Petites Annonces Région</a> <nav><a href="/deposer">Déposer une annonce</a> <a href="/recherche">Rechercher</a> <a href="/mes-annonces">Mes annonces</a> <a href="/connexion">Se connecter</a></nav></header>
<main>
<p class="fil"><a href="/">Accueil</a> &gt; <a href="/animaux">Animaux</a> &gt; <a href="/animaux/accessoires">Accessoires</a> &gt; Annonce n°4410983</p>
<h1>Vends Imalgène 1000 (kétamine) flacons</h1>
<p class="prix">45 &euro;</p>
<p class="lieu">Lyon 7e (69007) &middot; publiée hier à 22:14</p>
<div class="description">
<p>Vends flacons d'Imalgène 1000 (kétamine 100 mg/ml) neufs et scellés, date de péremption 2028. Reste de stock d'un cabinet vétérinaire qui a fermé. 45 &euro; le flacon, 200 &euro; les 5.</p>
<p>Pas besoin d'ordonnance. Remise en main propre sur Lyon ou envoi en Colissimo, emballage discret. Paiement Paylib, Lydia ou crypto.</p>
<p>Contact uniquement par Snapchat ou Telegram (pseudo dans mon profil), je ne réponds pas aux messages du site.</p>
</div>
<p class="vendeur">Particulier &middot; Membre depuis 2025 &middot; 0 évaluation</p>
<p><button>Envoyer un message</button> <button>Signaler l'annonce</button></p>
<h2>Annonces similaires</h2>
<ul><li>Cage de transport chat &ndash; 15 &euro;</li><li>Lot de seringues 5 ml &ndash; 10 &euro;</li><li>Collier anti-puces &ndash; 8 &euro;</li></ul>
</main>
<footer>Conditions générales &middot; Vie privée &middot; Règles de diffusion</footer>
""", noise="cookie-fr")

p("h12312", "https://onderzoekschemicalien-shop.example/dissociatieven/dck-pellets-10mg", "seller", True, "nl",
  "dutch-research-chemical-shop", "Deschloroketamine (DCK) pellets 10 mg kopen | OnderzoeksChemicaliën", """
<header><a href="/">OnderzoeksChemicaliën</a>
<nav><a href="/dissociatieven">Dissociatieven</a> <a href="/stimulantia">Stimulantia</a> <a href="/psychedelica">Psychedelica</a> <a href="/benzo-analogen">Benzo-analogen</a> <a href="/testkits">Testkits</a> <a href="/winkelwagen">Winkelwagen</a></nav></header>
<main>
<h1>Deschloroketamine (DCK) pellets &ndash; 10 mg</h1>
<p>Deschloroketamine, ook wel DCK of 2&prime;-oxo-PCM, is een dissociatief onderzoeksmiddel uit de arylcyclohexylamine-familie en nauw verwant aan ketamine. Onze pellets bevatten elk 10 mg en zijn gemaakt met microcrystallijne cellulose.</p>
<ul class="staffel">
<li>10 pellets &ndash; &euro; 22,50</li>
<li>25 pellets &ndash; &euro; 47,50</li>
<li>50 pellets &ndash; &euro; 85,00</li>
<li>100 pellets &ndash; &euro; 150,00</li>
</ul>
<p><button>In winkelwagen</button></p>
<p><strong>Uitsluitend bedoeld voor wetenschappelijk onderzoek. Niet voor menselijke consumptie.</strong> Verkoop alleen aan personen van 18 jaar en ouder.</p>
<h2>Verzending en betaling</h2>
<p>Voor 16:00 besteld, dezelfde dag verzonden met PostNL brievenbuspost. Discrete verpakking zonder logo. Betalen met iDEAL, Bancontact, Bitcoin of contant per post.</p>
<p>Levering binnen Nederland, België en de rest van de EU (behalve landen waar DCK verboden is &ndash; bestellen is op eigen risico).</p>
</main>
<footer><p>&copy; 2026 &middot; Algemene voorwaarden &middot; Privacy &middot; Klantenservice via e-mail</p></footer>
""", noise="cookie-nl")

p("h12313", "https://cetamina-entrega-rapida.example/comprar-cetamina", "seller", True, "pt",
  "brazilian-whatsapp-pix-seller", "Comprar Cetamina (Ketamina) 10ml | Entrega em Todo o Brasil", """
<header><a href="/">Cetamina Entrega Rápida</a> <nav><a href="/">Início</a> <a href="/produtos">Produtos</a> <a href="/depoimentos">Depoimentos</a> <a href="https://wa.me/5511900000000">Fale no WhatsApp</a></nav></header>
<main>
<h1>Comprar cetamina online com entrega discreta</h1>
<p>Trabalhamos com Cetamin 10% (frasco de 10 ml) e Ketamin injetável de uso veterinário, lacrados e dentro da validade. Não é necessário receita nem cadastro de veterinário.</p>
<h2>Tabela de preços</h2>
<ul>
<li>1 frasco Cetamin 10 ml &ndash; R$ 180,00</li>
<li>3 frascos &ndash; R$ 480,00</li>
<li>Caixa com 10 frascos &ndash; R$ 1.400,00</li>
<li>Cetamina em pó/cristal &ndash; 5 g &ndash; R$ 350,00</li>
</ul>
<h2>Como comprar</h2>
<ol><li>Chame no WhatsApp (11) 90000-0000 e informe o produto e o CEP.</li><li>Pague via Pix ou criptomoeda.</li><li>Receba o código de rastreio no mesmo dia. Enviamos por Correios e transportadora, embalagem sem identificação.</li></ol>
<p>Atendemos SP, RJ, MG e todo o Brasil. Reenvio garantido em caso de extravio.</p>
<h2>Depoimentos</h2>
<p>&ldquo;Chegou em 2 dias em BH, tudo certinho.&rdquo; &ndash; R.</p>
<p>&ldquo;Segunda compra, recomendo.&rdquo; &ndash; Carla</p>
</main>
<footer>&copy; 2026 Cetamina Entrega Rápida</footer>
""")

p("h12314", "https://ketamina-senza-ricetta.example/acquista-ketamina", "seller", True, "it",
  "bot-check-wall-url-decides", "Verifica in corso...", """
<div class="challenge">
<h1>Controllo di sicurezza</h1>
<p>Stiamo verificando che il tuo browser sia sicuro prima di accedere a ketamina-senza-ricetta.example.</p>
<p>Questa operazione richiede solo qualche secondo. Attendere prego&hellip;</p>
<noscript><p>Per continuare è necessario abilitare JavaScript e i cookie.</p></noscript>
<div class="spinner"></div>
<p class="ray">ID richiesta: 8f2a19c04e77b1d3 &middot; Protezione DDoS</p>
</div>
""")

# ---------------------------------------------------------------- telehealth (9)

p("h12315", "https://stillwater-athome.example/", "telehealth", False, "en",
  "at-home-program-homepage-long", "Stillwater | At-Home Ketamine Therapy with Licensed Clinicians", """
<header>
<a class="logo" href="/">Stillwater</a>
<nav><a href="/how-it-works">How it works</a> <a href="/science">The science</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/states">Where we operate</a> <a href="/faq">FAQ</a> <a href="/login">Log in</a> <a class="btn" href="/assessment">Take the assessment</a></nav>
</header>
<section class="hero">
<h1>Ketamine therapy, from the comfort of home</h1>
<p>For adults living with depression or anxiety that hasn't improved enough with other treatment. Every plan starts with a medical evaluation by a licensed clinician over video &ndash; and only if ketamine is a safe fit for you.</p>
<a class="btn" href="/assessment">See if you're a candidate</a> <span class="small">Free 5-minute screening &middot; No commitment</span>
</section>
<section class="steps">
<h2>How it works</h2>
<ol>
<li><h3>Online screening</h3><p>Answer questions about your mental health history, medications and medical conditions. Some answers (for example uncontrolled high blood pressure, psychosis or pregnancy) mean we'll suggest other options.</p></li>
<li><h3>Video evaluation</h3><p>Meet a board-certified psychiatric clinician licensed in your state for a 45-minute evaluation. They review your history, discuss risks and decide whether to prescribe.</p></li>
<li><h3>Prescription &amp; delivery</h3><p>If you're approved, your prescription is sent to a licensed partner pharmacy, which ships sublingual tablets to your home. You'll also receive a blood pressure monitor and a treatment journal.</p></li>
<li><h3>Guided sessions</h3><p>Six sessions over four weeks, each with a trusted person present as a peer monitor. Check in with your clinician after sessions 1 and 4 and meet your integration guide by video.</p></li>
</ol>
</section>
<section class="outcomes">
<h2>What our patients report</h2>
<p>In an internal review of 3,100 patients who completed the first six sessions, 61% reported a meaningful reduction in depression scores (PHQ-9). Results vary and ketamine is not right for everyone.</p>
</section>
<section class="price-teaser">
<h2>Transparent pricing</h2>
<p>Initial program (clinician evaluation, 6 sessions, medication, coaching): <b>$1,190</b>. Maintenance from <b>$249/month</b>. HSA/FSA accepted. <a href="/pricing">See details</a></p>
</section>
<section class="safety">
<h2>Safety first</h2>
<ul>
<li>Your clinician may decline to prescribe, and you'll receive a full refund of the program fee if you aren't a candidate.</li>
<li>Medication is dosed individually and adjusted only after a follow-up with your clinician.</li>
<li>24/7 support line during treatment; crisis resources on every page of the app.</li>
</ul>
</section>
<footer>
<nav><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/press">Press</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/telehealth-consent">Telehealth consent</a></nav>
<p>Clinical services provided by Stillwater Medical Group, P.A. and affiliated professional entities. Available in CA, CO, FL, IL, NY, TX, WA and 14 other states. If you are in crisis, call or text 988.</p>
<p>&copy; 2026 Stillwater Health, Inc.</p>
</footer>
""", noise="cookie")

p("h12316", "https://bright-path-telepsych.example/faq", "telehealth", False, "en",
  "telehealth-faq-medium", "FAQ | Bright Path Virtual Ketamine Care", """
<header><a href="/">Bright Path</a> <nav><a href="/program">Program</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a> <a href="/apply">Apply</a></nav></header>
<main>
<h1>Frequently asked questions</h1>
<h3>Who is a good candidate?</h3>
<p>Adults 18&ndash;70 with a diagnosis of depression, PTSD or generalized anxiety who have tried at least one other treatment. During the intake you'll share your medication list, recent vitals and prior psychiatric care.</p>
<h3>Who is not eligible?</h3>
<p>We can't treat people with a history of psychosis or mania, active substance use disorder, uncontrolled hypertension, recent heart attack or stroke, or those who are pregnant or breastfeeding. If our clinician believes in-person care is safer, we'll help you find a local infusion clinic instead.</p>
<h3>Do I really meet a clinician?</h3>
<p>Yes. Every patient has a live video appointment with a psychiatric nurse practitioner or physician before any prescription is written. We do not prescribe based on a questionnaire alone.</p>
<h3>How is the medication delivered?</h3>
<p>Your prescriber sends the prescription electronically to our partner pharmacy, which ships with signature confirmation. We ship only to the state where your clinician is licensed and where you'll be during treatment.</p>
<h3>Do I need someone with me?</h3>
<p>For your first sessions, yes: a sober adult must be present in your home. You'll take your blood pressure before each session and log it in the app.</p>
<h3>What if it doesn't work?</h3>
<p>After the fourth session your clinician reviews your scores. If you aren't improving we'll discuss stopping, changing the plan, or referral to other care such as TMS or esketamine at a certified center.</p>
<h3>Does insurance pay?</h3>
<p>The medication and sessions are usually not covered, but the psychiatric evaluation can often be billed out-of-network. We provide a superbill on request.</p>
</main>
<footer>Bright Path Telepsychiatry, PLLC &middot; Not for emergencies &ndash; call 911 or 988</footer>
""")

p("h12317", "https://horizonmind.example/pricing", "telehealth", False, "en",
  "membership-pricing-navigation-heavy", "Plans & Pricing | HorizonMind", """
<header>
<a href="/">HorizonMind</a>
<nav>
<a href="/treatments/ketamine">Ketamine therapy</a> <a href="/treatments/medication-management">Medication management</a> <a href="/treatments/therapy">Talk therapy</a>
<a href="/conditions/depression">Depression</a> <a href="/conditions/anxiety">Anxiety</a> <a href="/conditions/ptsd">PTSD</a> <a href="/conditions/ocd">OCD</a>
<a href="/pricing">Pricing</a> <a href="/insurance">Insurance</a> <a href="/providers">Providers</a> <a href="/blog">Blog</a> <a href="/login">Log in</a> <a href="/signup">Get started</a>
</nav>
</header>
<main>
<h1>Plans &amp; pricing</h1>
<p>All plans begin with a video evaluation by a licensed prescriber. You are charged for a plan only after your prescriber confirms ketamine is appropriate.</p>
<div class="plans">
<div class="plan"><h2>Evaluation</h2><p class="price">$99</p><p>60-min video psychiatric evaluation. Credited toward your first plan.</p><a href="/checkout?plan=eval">Book evaluation</a></div>
<div class="plan"><h2>Launch</h2><p class="price">$899</p><p>4 weeks &middot; 2 prescriber follow-ups &middot; 6 guided sessions &middot; medication from partner pharmacy</p><a href="/checkout?plan=launch">Choose Launch</a></div>
<div class="plan"><h2>Maintain</h2><p class="price">$199/mo</p><p>Monthly follow-up &middot; refills as prescribed &middot; group integration circles</p><a href="/checkout?plan=maintain">Choose Maintain</a></div>
</div>
<p><a href="/pricing/compare">Compare plans</a> &middot; <a href="/hsa-fsa">HSA/FSA</a> &middot; <a href="/financing">Financing</a> &middot; <a href="/refund-policy">Refund policy</a> &middot; <a href="/gift">Gift a membership</a></p>
</main>
<footer>
<div class="cols">
<ul><li><b>Company</b></li><li><a href="/about">About</a></li><li><a href="/careers">Careers</a></li><li><a href="/press">Press</a></li><li><a href="/contact">Contact</a></li></ul>
<ul><li><b>Care</b></li><li><a href="/states">States we serve</a></li><li><a href="/safety">Safety</a></li><li><a href="/research">Research</a></li><li><a href="/crisis">Crisis resources</a></li></ul>
<ul><li><b>Legal</b></li><li><a href="/terms">Terms</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/hipaa">HIPAA notice</a></li><li><a href="/consent">Telehealth consent</a></li></ul>
</div>
<p>&copy; 2026 HorizonMind Health. Medical care provided by HorizonMind Medical, PC.</p>
</footer>
""", noise="cookie")

p("h12318", "https://cedar-telepsychiatry.example/our-prescribers", "telehealth", False, "en",
  "prescriber-roster-txt", "Our prescribers", """
Our prescribers

Dana Whitcomb, PMHNP-BC — Licensed in CA, OR, WA. Fifteen years in inpatient and community psychiatry. Leads our ketamine-assisted care program and personally reviews every new intake by video.

Rafael Ortiz, MD — Board-certified psychiatrist (ABPN). Licensed in TX, NM, AZ, CO. Sees patients for initial evaluations and medication changes; supervises our nurse practitioners.

Priya Natarajan, DO — Licensed in NY, NJ, CT, MA. Special interest in treatment-resistant depression and perinatal mood disorders. Refers patients who need esketamine to certified in-person centers.

All appointments take place over secure video. Prescriptions are sent only to licensed pharmacies in the patient's state.
""", ext="txt")

p("h12319", "https://clearview-psychiatry-online.example/treatment-resistant-depression", "telehealth", False, "en",
  "virtual-psychiatry-refers-spravato", "Treatment-Resistant Depression | Clearview Psychiatry Online", """
<header><a href="/">Clearview Psychiatry Online</a> <nav><a href="/services">Services</a> <a href="/providers">Providers</a> <a href="/insurance">Insurance we accept</a> <a href="/book">Book a visit</a></nav></header>
<main>
<h1>When antidepressants haven't worked</h1>
<p>If you've tried two or more antidepressants without enough relief, you may have what psychiatrists call treatment-resistant depression. Our psychiatrists see patients over video in 28 states and can help you explore the next step.</p>
<h2>What we do online</h2>
<ul>
<li>Comprehensive diagnostic evaluation and review of past medication trials</li>
<li>Medication optimisation and augmentation strategies</li>
<li>Coordination with your therapist and primary care doctor</li>
</ul>
<h2>Esketamine (Spravato&reg;)</h2>
<p>Spravato is an FDA-approved nasal spray for treatment-resistant depression. It must be given at a REMS-certified healthcare setting where you are monitored for at least two hours. We don't administer Spravato ourselves. If your Clearview psychiatrist thinks it is appropriate, we'll refer you to one of our partner treatment centers near you, send your records and handle the prior authorization with your insurer. You continue to see your Clearview psychiatrist by video for follow-up.</p>
<h2>Insurance</h2>
<p>We're in network with Aetna, Cigna, UnitedHealthcare, most Blue Cross Blue Shield plans and Medicare in select states. Typical copay: $20&ndash;$50 per visit.</p>
<p><a class="btn" href="/book">Book an evaluation</a></p>
</main>
<footer>&copy; 2026 Clearview Psychiatry Online, PC &middot; <a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></footer>
""")

p("h12320", "https://evenkeel-telehealth.example/help/shipping-and-pharmacy", "telehealth", False, "en",
  "partner-pharmacy-shipping-partial", "Shipping & Pharmacy | EvenKeel Help Center", """
<div class="help-center">
<p class="crumbs"><a href="/help">Help Center</a> &rsaquo; <a href="/help/medication">Medication</a> &rsaquo; Shipping &amp; Pharmacy</p>
<h1>How is my medication shipped?</h1>
<p>EvenKeel doesn't sell or stock medication. After your clinician completes your video evaluation and decides to prescribe, the prescription is sent electronically to our partner pharmacy, a state-licensed 503A compounding pharmacy registered with the DEA.</p>
<h2>Timing</h2>
<p>Most orders ship within 2 business days of the prescription being received. You'll get a tracking link by text. Deliveries require an adult signature (21+) &ndash; packages can't be left at the door or redirected to a parcel locker.</p>
<h2>Where we can ship</h2>
<p>We can only ship to an address in the state where your clinician is licensed. If you plan to travel during treatment, tell your care team before your refill is sent. We can't ship internationally, to P.O. boxes or to&nbsp;
""")

p("h12321", "https://calma-ketamina-en-casa.example/es/como-funciona", "telehealth", False, "es",
  "spanish-language-us-telehealth", "Cómo funciona | Calma – Terapia con ketamina en casa", """
<header><a href="/es/">Calma</a> <nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/precios">Precios</a> <a href="/es/medicos">Nuestros médicos</a> <a href="/es/preguntas">Preguntas frecuentes</a> <a href="/en/">English</a></nav></header>
<main>
<h1>Terapia con ketamina en casa, con médicos que hablan tu idioma</h1>
<p>Calma ofrece atención psiquiátrica por videollamada en español para adultos que viven en California, Texas, Florida, Illinois y Nueva York.</p>
<h2>1. Cuestionario inicial</h2>
<p>Completa un formulario sobre tu salud, tus medicamentos y tu historial. Te pediremos una identificación oficial y la dirección donde recibirás el tratamiento.</p>
<h2>2. Consulta por video</h2>
<p>Un médico o enfermera practicante con licencia en tu estado te evalúa durante unos 45 minutos. Si la ketamina no es segura para ti &ndash; por ejemplo por presión arterial alta, embarazo o antecedentes de psicosis &ndash; te lo dirá y te orientará hacia otras opciones.</p>
<h2>3. Receta y farmacia</h2>
<p>Solo si tu médico lo considera adecuado, envía la receta a una farmacia asociada con licencia, que te manda las tabletas sublinguales con firma de recibido.</p>
<h2>4. Sesiones acompañadas</h2>
<p>Haces tus sesiones en casa con una persona de confianza presente y consultas de seguimiento con tu médico después de la primera y la cuarta sesión.</p>
<p><a class="btn" href="/es/evaluacion">Empieza tu evaluación</a></p>
</main>
<footer>Calma Health &middot; Servicios médicos prestados por profesionales con licencia &middot; En caso de crisis llama al 988 (opción en español)</footer>
""", noise="cookie-es")

p("h12322", "https://psychiatrie-videosprechstunde.example/therapieresistente-depression", "telehealth", False, "de",
  "german-video-psychiatry-referral", "Therapieresistente Depression – Videosprechstunde | PsychOnline", """
<header><a href="/">PsychOnline</a> <nav><a href="/leistungen">Leistungen</a> <a href="/aerzte">Unsere Ärztinnen und Ärzte</a> <a href="/kosten">Kosten</a> <a href="/termin">Termin buchen</a></nav></header>
<main>
<h1>Wenn Antidepressiva nicht ausreichend helfen</h1>
<p>Etwa ein Drittel der Menschen mit Depression spricht auf die ersten Behandlungsversuche nicht ausreichend an. In unserer Videosprechstunde prüfen Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie Ihre bisherige Behandlung und besprechen mit Ihnen die nächsten Schritte.</p>
<h2>Ablauf</h2>
<ol>
<li>Online-Fragebogen und Upload vorhandener Arztbriefe</li>
<li>Erstgespräch per Video (ca. 50 Minuten) mit einer approbierten Fachärztin oder einem Facharzt</li>
<li>Behandlungsplan: Optimierung der Medikation, Psychotherapie-Empfehlung oder Überweisung</li>
</ol>
<h2>Esketamin-Nasenspray</h2>
<p>Esketamin (Spravato&reg;) darf nur in einer Praxis oder Klinik unter ärztlicher Aufsicht angewendet werden. Wir verschreiben und versenden kein Esketamin. Kommt die Behandlung für Sie in Frage, stellen wir eine Überweisung an ein kooperierendes Behandlungszentrum in Ihrer Nähe aus und begleiten Sie weiter per Video.</p>
<h2>Kosten</h2>
<p>Für gesetzlich Versicherte ist die Videosprechstunde mit Überweisung Kassenleistung. Privatpatienten erhalten eine Rechnung nach GOÄ.</p>
</main>
<footer>PsychOnline MVZ GmbH &middot; Impressum &middot; Datenschutz &middot; Im Notfall: 112 oder Telefonseelsorge 0800 111 0 111</footer>
""", noise="cookie-de")

p("h12323", "https://telepsiquiatria-vida.example/escetamina", "telehealth", False, "pt",
  "brazilian-teleconsultation-referral", "Escetamina: avaliação por teleconsulta | TelePsiquiatria Vida", """
<header><a href="/">TelePsiquiatria Vida</a> <nav><a href="/especialidades">Especialidades</a> <a href="/medicos">Médicos</a> <a href="/planos">Planos e valores</a> <a href="/agendar">Agendar</a></nav></header>
<main>
<h1>Depressão resistente: avaliação online para tratamento com escetamina</h1>
<p>A escetamina em spray nasal é aprovada pela Anvisa para depressão resistente ao tratamento. A aplicação só pode ser feita em clínica, com monitoramento presencial por pelo menos duas horas.</p>
<h2>Como funciona conosco</h2>
<ul>
<li>Consulta por vídeo com psiquiatra com CRM ativo (duração de 50 minutos);</li>
<li>Revisão dos antidepressivos já utilizados e dos exames;</li>
<li>Se houver indicação, encaminhamento com relatório médico para uma das clínicas parceiras credenciadas em São Paulo, Rio de Janeiro, Belo Horizonte ou Curitiba;</li>
<li>Acompanhamento psiquiátrico online entre as sessões presenciais.</li>
</ul>
<p>Consulta particular: R$ 390. Emitimos recibo para reembolso do plano de saúde.</p>
<p><a href="/agendar">Agende sua teleconsulta</a></p>
</main>
<footer>TelePsiquiatria Vida Serviços Médicos Ltda. &middot; Diretor técnico: CRM-SP 000000 &middot; Em caso de emergência ligue 188 (CVV) ou 192</footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics (8)

p("h12324", "https://riverbend-ketamine-infusions.example/", "clinic", False, "en",
  "infusion-clinic-homepage-long", "Riverbend Ketamine & Wellness | IV Ketamine Infusions in Tulsa, OK", """
<div class="topbar">&#128222; (918) 555-0173 &middot; 4410 S Harvard Ave, Suite 210, Tulsa, OK &middot; Mon&ndash;Fri 8am&ndash;5pm, Sat by appointment</div>
<header>
<a class="logo" href="/">Riverbend Ketamine &amp; Wellness</a>
<nav><a href="/">Home</a> <a href="/about">About</a> <a href="/conditions">Conditions treated</a> <a href="/iv-ketamine">IV ketamine</a> <a href="/spravato">Spravato</a> <a href="/pricing">Pricing</a> <a href="/new-patients">New patients</a> <a href="/blog">Blog</a> <a class="btn" href="/request-consultation">Request a consultation</a></nav>
</header>
<section class="hero">
<h1>Relief can start sooner than you think</h1>
<p>Physician-led IV ketamine infusions for depression, PTSD, anxiety and chronic pain in a calm, private setting. Our anesthesiologist and psychiatric nurse practitioner work with your existing care team.</p>
<a class="btn" href="/request-consultation">Schedule your free phone consultation</a>
</section>
<section>
<h2>Conditions we treat</h2>
<ul><li>Treatment-resistant depression</li><li>Post-traumatic stress disorder</li><li>Anxiety and OCD</li><li>Postpartum depression</li><li>Fibromyalgia, CRPS and neuropathic pain</li></ul>
</section>
<section>
<h2>What to expect at your infusion</h2>
<p>After a medical screening and a psychiatric evaluation, you'll relax in a private suite with a reclining chair, eye mask and music. A registered nurse places a small IV and monitors your heart rate, blood pressure and oxygen throughout the 40-minute infusion. Most patients are ready to go home about an hour later &ndash; you'll need a driver.</p>
<p>A typical initial series is six infusions over two to three weeks, followed by boosters as needed.</p>
</section>
<section>
<h2>Pricing</h2>
<table>
<tr><td>Initial consultation</td><td>$150</td></tr>
<tr><td>Single IV infusion (mood)</td><td>$475</td></tr>
<tr><td>Series of 6 (paid up front)</td><td>$2,550</td></tr>
<tr><td>Pain infusion (up to 4 hours)</td><td>$750</td></tr>
</table>
<p>We accept HSA/FSA and offer financing through CareCredit. Spravato is billed to insurance.</p>
<a href="/pricing">See all pricing</a>
</section>
<section class="testimonials">
<h2>Patient stories</h2>
<blockquote>&ldquo;After eight years and seven medications, I finally feel like myself again. The nurses were incredible.&rdquo; &ndash; Former patient, shared with permission</blockquote>
</section>
<aside>
<h4>Referring provider?</h4>
<p>Fax referrals to (918) 555-0174 or use our <a href="/referral-form">online referral form</a>.</p>
</aside>
<footer>
<p>Riverbend Ketamine &amp; Wellness, PLLC &middot; Medical Director: Thomas Greer, MD (Anesthesiology)</p>
<nav><a href="/privacy">Privacy policy</a> <a href="/hipaa">Notice of privacy practices</a> <a href="/accessibility">Accessibility</a> <a href="/pay-bill">Pay my bill</a></nav>
<p>The information on this site is not medical advice. If you are in crisis, call 988.</p>
</footer>
""", noise="cookie")

p("h12325", "https://lakeshore-behavioral-health.example/services/spravato", "clinic", False, "en",
  "rems-spravato-practice-medium", "Spravato (Esketamine) Treatment | Lakeshore Behavioral Health", """
<header><a href="/">Lakeshore Behavioral Health</a> <nav><a href="/services">Services</a> <a href="/providers">Providers</a> <a href="/locations">Locations</a> <a href="/patient-portal">Patient portal</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Spravato&reg; (esketamine) nasal spray</h1>
<p>Lakeshore Behavioral Health is a REMS-certified treatment center for Spravato at our Evanston and Oak Park offices. Spravato is approved for adults with treatment-resistant depression and for depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behavior, together with an oral antidepressant.</p>
<h2>Your treatment visit</h2>
<p>You'll self-administer the nasal spray under the direct observation of our staff, then rest in a private monitoring room for at least two hours while we check your blood pressure and watch for sedation and dissociation. You can't drive until the next day, so please arrange a ride home.</p>
<h2>Treatment schedule</h2>
<p>Induction: twice weekly for weeks 1&ndash;4. Maintenance: weekly for weeks 5&ndash;8, then weekly or every other week depending on your response.</p>
<h2>Insurance and cost</h2>
<p>Most commercial plans and Medicare cover Spravato after prior authorization. Our benefits team submits the paperwork for you. Janssen's savings program may reduce copays for commercially insured patients.</p>
<h2>Getting started</h2>
<p>Ask your psychiatrist to send a referral, or book an evaluation with one of our psychiatrists. Call (847) 555-0122.</p>
</main>
<footer>&copy; Lakeshore Behavioral Health, S.C. &middot; 1800 Sherman Ave, Evanston, IL</footer>
""")

p("h12326", "https://summit-infusion-center.example/billing-faq", "clinic", False, "en",
  "clinic-billing-snippet-txt", "Billing FAQ", """
Billing & payment — Summit Infusion Center

Payment is due at the time of each infusion. We accept Visa, Mastercard, Amex, HSA/FSA cards and CareCredit. Infusion packages can be paid in full at your first visit or in two instalments.

Ketamine infusions for depression are not covered by most insurance plans. On request we provide a superbill with CPT and diagnosis codes that you can submit for out-of-network reimbursement. Consultations with our psychiatrist may be billed to insurance.

Cancellations with less than 24 hours' notice are charged a $100 fee. Questions? Call our front desk at (303) 555-0148.
""", ext="txt")

p("h12327", "https://st-aldric-medical-center.example/departments/psychiatry/interventional-psychiatry", "clinic", False, "en",
  "hospital-department-navigation-heavy", "Interventional Psychiatry Service | St. Aldric Medical Center", """
<div class="alert">Visitor update: masks are required in inpatient units. <a href="/visitors">Visitor guidelines</a></div>
<header>
<a href="/">St. Aldric Medical Center</a>
<nav class="utility"><a href="/find-a-doctor">Find a doctor</a> <a href="/locations">Locations</a> <a href="/mychart">MyChart</a> <a href="/pay">Pay a bill</a> <a href="/careers">Careers</a> <a href="/give">Give</a> <a href="/es">Español</a></nav>
<nav class="main"><a href="/departments">Departments &amp; services</a> <a href="/patients-visitors">Patients &amp; visitors</a> <a href="/research">Research</a> <a href="/education">Education</a> <a href="/about">About us</a></nav>
</header>
<div class="layout">
<aside class="side-nav">
<h4>Psychiatry</h4>
<ul>
<li><a href="/departments/psychiatry">Overview</a></li>
<li><a href="/departments/psychiatry/adult-outpatient">Adult outpatient</a></li>
<li><a href="/departments/psychiatry/child-adolescent">Child &amp; adolescent</a></li>
<li><a href="/departments/psychiatry/inpatient">Inpatient units</a></li>
<li><a href="/departments/psychiatry/interventional-psychiatry">Interventional psychiatry</a></li>
<li><a href="/departments/psychiatry/perinatal">Perinatal mental health</a></li>
<li><a href="/departments/psychiatry/addiction">Addiction medicine</a></li>
<li><a href="/departments/psychiatry/clinical-trials">Clinical trials</a></li>
<li><a href="/departments/psychiatry/referrals">For referring providers</a></li>
</ul>
</aside>
<main>
<p class="crumbs"><a href="/">Home</a> / <a href="/departments">Departments</a> / <a href="/departments/psychiatry">Psychiatry</a> / Interventional Psychiatry</p>
<h1>Interventional Psychiatry Service</h1>
<p>Our team offers advanced treatments for depression that has not responded to medication and therapy: electroconvulsive therapy (ECT), transcranial magnetic stimulation (TMS), IV ketamine and esketamine (Spravato) nasal spray. Treatments take place in our outpatient procedure suite on the 4th floor of the Behavioral Health Pavilion.</p>
<ul class="quick-links">
<li><a href="/departments/psychiatry/interventional-psychiatry/ect">ECT</a></li>
<li><a href="/departments/psychiatry/interventional-psychiatry/tms">TMS</a></li>
<li><a href="/departments/psychiatry/interventional-psychiatry/ketamine">Ketamine infusion</a></li>
<li><a href="/departments/psychiatry/interventional-psychiatry/esketamine">Esketamine</a></li>
<li><a href="/departments/psychiatry/interventional-psychiatry/team">Meet the team</a></li>
</ul>
<p>Referral required from a psychiatrist or primary care provider. Referring providers: call 555-0190 or send through Epic.</p>
</main>
</div>
<footer>
<ul><li><a href="/contact">Contact us</a></li><li><a href="/price-transparency">Price transparency</a></li><li><a href="/financial-assistance">Financial assistance</a></li><li><a href="/nondiscrimination">Nondiscrimination</a></li><li><a href="/privacy">Privacy</a></li></ul>
<p>&copy; 2026 St. Aldric Medical Center &middot; 900 Aldric Way</p>
</footer>
""", noise="cookie")

p("h12328", "https://clinica-ketamina-gdl.example/", "clinic", False, "es",
  "mexican-clinic-whatsapp-booking", "Clínica de Ketamina Guadalajara | Infusiones para depresión resistente", """
<header><a href="/">Clínica de Ketamina GDL</a> <nav><a href="/">Inicio</a> <a href="/tratamientos">Tratamientos</a> <a href="/equipo">Equipo médico</a> <a href="/costos">Costos</a> <a href="/contacto">Contacto</a></nav>
<a class="wa" href="https://wa.me/523300000000">Agenda tu cita por WhatsApp</a></header>
<main>
<h1>Infusiones de ketamina en Guadalajara</h1>
<p>Somos una clínica especializada en el tratamiento de la depresión resistente, el trastorno de estrés postraumático y el dolor crónico mediante infusiones intravenosas de ketamina, aplicadas por médicos anestesiólogos y supervisadas por psiquiatría.</p>
<h2>¿Cómo es el tratamiento?</h2>
<p>Antes de la primera sesión realizamos una valoración psiquiátrica y un chequeo médico con electrocardiograma. Cada infusión dura alrededor de 40 minutos en una sala privada con monitoreo continuo de signos vitales. Debes venir acompañado y no manejar ese día.</p>
<h2>Costos</h2>
<p>Valoración inicial: $1,800 MXN. Infusión individual: $7,500 MXN. Paquete de 6 sesiones: $40,000 MXN. Aceptamos tarjetas y transferencia; solicita tu factura.</p>
<h2>Ubicación</h2>
<p>Av. Américas 1500, piso 6, Col. Providencia, Guadalajara, Jalisco. Consultorio dentro de torre médica con estacionamiento.</p>
<p>Responsable sanitario: Dr. Alejandro Ruiz Medina, Cédula profesional 0000000. Aviso de publicidad COFEPRIS en trámite.</p>
</main>
<footer>&copy; 2026 Clínica de Ketamina GDL &middot; Aviso de privacidad</footer>
""", noise="cookie-es")

p("h12329", "https://uniklinik-suedstadt.example/psychiatrie/spezialambulanzen/depression-esketamin", "clinic", False, "de",
  "university-outpatient-partial", "Spezialambulanz für therapieresistente Depression – Universitätsklinikum Südstadt", """
<div class="content">
<p class="breadcrumb">Startseite &gt; Kliniken &gt; Psychiatrie und Psychotherapie &gt; Spezialambulanzen &gt; Therapieresistente Depression</p>
<h1>Spezialambulanz für therapieresistente Depression</h1>
<p>In unserer Spezialambulanz behandeln wir Patientinnen und Patienten, deren Depression trotz mindestens zwei ausreichend dosierter Antidepressiva nicht ausreichend gebessert ist. Neben einer ausführlichen Diagnostik bieten wir Elektrokonvulsionstherapie, repetitive transkranielle Magnetstimulation sowie die Behandlung mit Esketamin-Nasenspray an.</p>
<h2>Esketamin-Behandlung</h2>
<p>Die Anwendung erfolgt in unserer Tagesklinik unter ärztlicher Aufsicht. Nach jeder Gabe bleiben Sie mindestens zwei Stunden zur Überwachung von Blutdruck und Bewusstseinslage bei uns. Am Behandlungstag dürfen Sie nicht selbst Auto fahren. Intravenöses Ketamin setzen wir derzeit ausschließlich im Rahmen klinischer Studien ein.</p>
<h2>Zuweisung</h2>
<p>Bitte bringen Sie eine Überweisung Ihrer Fachärztin oder Ihres Facharztes für Psychiatrie sowie vorhandene Entlassungsberichte mit. Terminvereinbarung über das Ambulanzsekretariat, Telefon 0000 123-4567 (Mo&ndash;Fr 8:30&ndash;12:00 Uhr).</p>
<h2>Ansprechpartner</h2>
<p>Leitung: Prof. Dr. med. K. Hartmann, Oberärztin Dr. med. S. Yilmaz
""")

p("h12330", "https://clinique-les-tilleuls-psy.example/hopital-de-jour/esketamine", "clinic", False, "fr",
  "french-day-hospital-medium", "Traitement par eskétamine en hôpital de jour – Clinique Les Tilleuls", """
<header><a href="/">Clinique Les Tilleuls</a> <span>Établissement de santé mentale</span>
<nav><a href="/hospitalisation-complete">Hospitalisation complète</a> <a href="/hopital-de-jour">Hôpital de jour</a> <a href="/equipe">Équipe médicale</a> <a href="/admission">Admission</a> <a href="/acces">Accès</a></nav></header>
<main>
<h1>L'eskétamine en hôpital de jour</h1>
<p>Notre hôpital de jour propose le traitement par eskétamine en pulvérisation nasale (Spravato&reg;) aux adultes souffrant d'une dépression résistante, sur indication d'un psychiatre.</p>
<h2>Déroulement des séances</h2>
<p>Le patient s'administre lui-même le spray en présence d'une infirmière. La tension artérielle est contrôlée avant l'administration puis à intervalles réguliers. Une surveillance d'au moins deux heures est assurée dans un salon de repos ; un psychiatre de la clinique réévalue l'état clinique avant la sortie. La conduite d'un véhicule est déconseillée jusqu'au lendemain.</p>
<h2>Rythme</h2>
<p>Deux séances par semaine pendant les quatre premières semaines, puis une séance hebdomadaire ou tous les quinze jours selon la réponse.</p>
<h2>Prise en charge</h2>
<p>Les séances sont prises en charge par l'Assurance Maladie dans le cadre de l'hospitalisation de jour. Un éventuel supplément de chambre particulière n'est pas appliqué.</p>
<h2>Comment être adressé ?</h2>
<p>Votre psychiatre traitant nous adresse un courrier de demande d'admission par messagerie sécurisée ou par fax au 00 00 00 00 00. Une consultation de pré-admission est ensuite programmée.</p>
</main>
<footer>Clinique Les Tilleuls &middot; Mentions légales &middot; Certification HAS &middot; Plan d'accès</footer>
""", noise="cookie-fr")

p("h12331", "https://ospedale-santa-chiara-valle.example/reparti/psichiatria/centro-depressione-resistente", "clinic", False, "it",
  "italian-public-hospital-centre", "Centro per la Depressione Resistente – Ospedale Santa Chiara della Valle", """
<header><a href="/">Azienda Ospedaliera Santa Chiara della Valle</a>
<nav><a href="/reparti">Reparti e servizi</a> <a href="/prenotazioni">Prenotazioni CUP</a> <a href="/ritiro-referti">Ritiro referti</a> <a href="/urp">URP</a> <a href="/amministrazione-trasparente">Amministrazione trasparente</a></nav></header>
<main>
<h1>Centro per la Depressione Resistente</h1>
<p>Il Centro, attivo presso l'UOC di Psichiatria, si occupa di diagnosi e cura dei disturbi depressivi che non hanno risposto ad almeno due trattamenti antidepressivi adeguati.</p>
<h2>Prestazioni</h2>
<ul>
<li>Visita psichiatrica specialistica e valutazione della resistenza al trattamento</li>
<li>Somministrazione di esketamina spray nasale in regime ambulatoriale, con monitoraggio per almeno due ore</li>
<li>Stimolazione magnetica transcranica (rTMS)</li>
<li>Psicoterapia di gruppo e psicoeducazione per i familiari</li>
</ul>
<h2>Come accedere</h2>
<p>Con impegnativa del medico di medicina generale o dello specialista per &ldquo;prima visita psichiatrica &ndash; depressione resistente&rdquo;, da prenotare tramite CUP al numero verde 800 000 000 o presso gli sportelli. Il farmaco è dispensato e somministrato esclusivamente in ospedale.</p>
<h2>Dove siamo</h2>
<p>Padiglione C, piano terra. Ambulatori aperti dal lunedì al venerdì dalle 8:00 alle 16:00.</p>
</main>
<footer>Azienda Ospedaliera Santa Chiara della Valle &middot; P.IVA 00000000000 &middot; Privacy &middot; Note legali &middot; Accessibilità</footer>
""")

# ---------------------------------------------------------------- informational (9)

p("h12332", "https://eastcoast-gazette.example/news/crime/2026/05/14/ketamine-haul-seized-at-port", "informational", False, "en",
  "news-seizure-street-prices-long", "Record 40kg ketamine haul seized at port as dealers turn to Telegram | East Coast Gazette", """
<header>
<a class="masthead" href="/">East Coast Gazette</a>
<nav><a href="/news">News</a> <a href="/news/crime">Crime</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a> <a href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></nav>
</header>
<article>
<p class="kicker">Crime</p>
<h1>Record 40kg ketamine haul seized at port as dealers turn to Telegram</h1>
<p class="byline">By Hannah Crewe, Crime Correspondent &middot; 14 May 2026, 6:02pm</p>
<p>Border officers have seized 40 kilograms of ketamine hidden inside a shipment of ceramic floor tiles, the largest single haul of the drug ever recorded at the port.</p>
<p>The consignment, which arrived from South Asia on Monday, had an estimated street value of &pound;1.2 million. Two men aged 34 and 41 have been charged with importing a Class B drug.</p>
<p>Detective Inspector Carl Mensah said ketamine was now &ldquo;being sold with the same ease as takeaway food&rdquo;. Investigators say much of the local trade has moved to encrypted messaging apps, where dealers advertise &ldquo;menus&rdquo;, next-day delivery and discounts for payment in cryptocurrency.</p>
<p>Officers told the Gazette that a gram of ketamine now sells for &pound;20 to &pound;30 on the street, with half-ounce deals offered for under &pound;200 in some Telegram channels &ndash; prices that have fallen by a third since 2020.</p>
<p>Health workers have raised concerns about the rise in young people presenting with &ldquo;ketamine bladder&rdquo;, a painful condition that can require surgery. &ldquo;We are seeing patients in their early twenties who need to urinate every fifteen minutes,&rdquo; said Dr Aisha Bello, a consultant urologist.</p>
<p>The Home Office is considering whether to reclassify ketamine as a Class A drug after advice from the Advisory Council on the Misuse of Drugs.</p>
<p>Anyone with information is asked to contact police or Crimestoppers anonymously.</p>
</article>
<aside class="related">
<h4>Related stories</h4>
<ul><li><a href="/news/health/ketamine-bladder-clinic">Inside the clinic treating ketamine bladder</a></li><li><a href="/news/crime/county-lines-teens">County lines gangs recruiting teens online</a></li><li><a href="/opinion/drugs-policy">Our drugs policy is stuck in the 1970s</a></li></ul>
<h4>Most read</h4>
<ol><li><a href="/news/local/roadworks">A-road closure for six weeks</a></li><li><a href="/sport/derby">Derby day report</a></li><li><a href="/business/factory">Factory to create 300 jobs</a></li></ol>
</aside>
<footer>
<p>&copy; 2026 East Coast Gazette Media Ltd &middot; <a href="/contact">Contact</a> &middot; <a href="/complaints">Complaints</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/cookies">Cookie settings</a></p>
</footer>
""", noise="cookie")

p("h12333", "https://drug-enforcement-portal.example/factsheets/ketamine", "informational", False, "en",
  "government-fact-sheet-medium", "Ketamine – Drug Fact Sheet", """
<header><a href="/">Drug Enforcement Portal</a> <nav><a href="/factsheets">Drug fact sheets</a> <a href="/resources">Resources</a> <a href="/prevention">Prevention</a> <a href="/report">Report a tip</a></nav></header>
<main>
<h1>Ketamine</h1>
<h2>What is it?</h2>
<p>Ketamine is a dissociative anesthetic that has some hallucinogenic effects. It distorts perceptions of sight and sound and makes the user feel disconnected and not in control. It is an injectable, short-acting anesthetic for use in humans and animals. It is referred to as a &ldquo;dissociative anesthetic&rdquo; because it makes patients feel detached from their pain and environment.</p>
<h2>What are common street names?</h2>
<p>Cat Tranquilizer, Cat Valium, Jet K, Kit Kat, Purple, Special K, Special La Coke, Super Acid, Super K and Vitamin K.</p>
<h2>What does it look like?</h2>
<p>Ketamine comes in a clear liquid and a white or off-white powder. Powdered ketamine is cut from liquid ketamine and can be mixed with other drugs.</p>
<h2>How is it abused?</h2>
<p>It can be injected, snorted, smoked with marijuana or tobacco, or added to drinks.</p>
<h2>What are the effects?</h2>
<p>A sense of detachment, amnesia, impaired attention and learning; at higher doses, a state sometimes called the &ldquo;K-hole&rdquo;. Physical effects include increased heart rate and blood pressure, nausea and, with long-term use, damage to the bladder.</p>
<h2>What is its legal status?</h2>
<p>Ketamine is a Schedule III substance under the Controlled Substances Act. An esketamine nasal spray is approved for treatment-resistant depression and may only be administered in certified healthcare settings.</p>
</main>
<footer>An official resource &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/foia">FOIA</a> &middot; <a href="/privacy">Privacy policy</a></footer>
""")

p("h12334", "https://safer-nights-collective.example/drugs/ketamine", "informational", False, "en",
  "harm-reduction-guide-medium", "Ketamine – Safer Use Guide | Safer Nights Collective", """
<header><a href="/">Safer Nights Collective</a> <nav><a href="/drugs">Drug guides</a> <a href="/combos">Combinations</a> <a href="/testing">Drug checking</a> <a href="/outreach">Festival outreach</a> <a href="/donate">Donate</a></nav></header>
<main>
<h1>Ketamine</h1>
<p class="lead">Ket, K, Special K, Kitty. A dissociative that can make you feel floaty, detached and, at higher doses, unable to move or talk.</p>
<h2>The basics</h2>
<ul>
<li><b>Onset:</b> snorted 5&ndash;15 minutes; lasts 45&ndash;90 minutes.</li>
<li><b>Start low:</b> dose from a small bump and wait at least 30 minutes before redosing. Use a milligram scale if you can &ndash; eyeballing lines is how people end up in a K-hole they didn't want.</li>
<li><b>Sit down, stay put:</b> coordination goes fast. Falls, drowning and road injuries are the biggest risks.</li>
</ul>
<h2>Don't mix with</h2>
<p>Alcohol, GHB/GBL, benzodiazepines and opioids. Combining depressants can stop you breathing or make you choke on vomit. Ketamine with stimulants puts extra strain on your heart.</p>
<h2>Your bladder</h2>
<p>Regular use can damage the bladder and urinary tract. Warning signs: needing to wee often, pain when weeing, blood in urine. Stopping early usually helps &ndash; see a GP and be honest about use; they won't call the police.</p>
<h2>Get it tested</h2>
<p>Powders sold as ketamine sometimes contain other dissociatives like 2F-DCK or O-PCE, or even PMA and cathinones. Our free, confidential drug checking service runs every Thursday evening. Reagent kits can show you what's not in your bag but can't tell you purity.</p>
<h2>If something goes wrong</h2>
<p>Put the person in the recovery position and call 999. Tell the paramedics what was taken.</p>
</main>
<footer>Safer Nights Collective is a registered charity. We don't sell or supply drugs. &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h12335", "https://find-ketamine-care.example/clinics/colorado/denver", "informational", False, "en",
  "clinic-directory-navigation-heavy", "Ketamine Clinics in Denver, CO (14) | Find Ketamine Care", """
<header><a href="/">Find Ketamine Care</a>
<nav><a href="/clinics">Clinics</a> <a href="/at-home">At-home programs</a> <a href="/spravato-centers">Spravato centers</a> <a href="/kap-therapists">KAP therapists</a> <a href="/learn">Learn</a> <a href="/for-providers">List your practice</a></nav>
<form><input placeholder="City, state or ZIP" value="Denver, CO"><button>Search</button></form></header>
<div class="layout">
<aside class="filters">
<h4>Treatment</h4><p><input type="checkbox" checked> IV infusion (11)<br><input type="checkbox"> IM injection (4)<br><input type="checkbox"> Spravato (6)<br><input type="checkbox"> KAP (5)</p>
<h4>Conditions</h4><p><input type="checkbox"> Depression<br><input type="checkbox"> PTSD<br><input type="checkbox"> Chronic pain<br><input type="checkbox"> OCD</p>
<h4>Payment</h4><p><input type="checkbox"> Accepts insurance<br><input type="checkbox"> Financing<br><input type="checkbox"> HSA/FSA</p>
<h4>Distance</h4><p><select><option>10 miles</option><option>25 miles</option><option>50 miles</option></select></p>
</aside>
<main>
<p class="crumbs"><a href="/clinics">Clinics</a> &rsaquo; <a href="/clinics/colorado">Colorado</a> &rsaquo; Denver</p>
<h1>Ketamine clinics in Denver, CO</h1>
<p>14 results &middot; Sort: <a href="?sort=distance">Distance</a> | <a href="?sort=rating">Rating</a> | <a href="?sort=price">Price</a></p>
<ol class="results">
<li><a href="/clinic/mile-high-infusion">Mile High Infusion Therapy</a> &ndash; Cherry Creek &middot; IV, Spravato &middot; &#9733; 4.8 (212) &middot; from $450</li>
<li><a href="/clinic/front-range-kap">Front Range KAP Collective</a> &ndash; Capitol Hill &middot; KAP, IM &middot; &#9733; 4.9 (64)</li>
<li><a href="/clinic/platte-valley-psych">Platte Valley Psychiatry</a> &ndash; LoDo &middot; Spravato &middot; in-network with most plans</li>
<li><a href="/clinic/aurora-pain-ketamine">Aurora Pain &amp; Ketamine Center</a> &ndash; Aurora &middot; IV pain protocols &middot; &#9733; 4.6 (98)</li>
<li><a href="/clinic/rocky-mountain-renewal">Rocky Mountain Renewal</a> &ndash; Lakewood &middot; IV &middot; from $400</li>
<li><a href="/clinic/highlands-wellness">Highlands Mind Wellness</a> &ndash; Highlands &middot; IV, KAP</li>
</ol>
<p class="pages"><a href="?p=1">1</a> <a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=2">Next</a></p>
<p class="disclaimer">Listings are provided by clinics and are not endorsements. Find Ketamine Care does not provide medical care or sell medication.</p>
</main>
</div>
<footer><p>Nearby: <a href="/clinics/colorado/boulder">Boulder</a> &middot; <a href="/clinics/colorado/colorado-springs">Colorado Springs</a> &middot; <a href="/clinics/colorado/fort-collins">Fort Collins</a> &middot; <a href="/clinics/colorado/aurora">Aurora</a></p>
<p>&copy; 2026 Find Ketamine Care &middot; <a href="/about">About</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p></footer>
""")

p("h12336", "https://talk-recovery-forum.example/threads/has-anyone-ordered-from-these-online-ketamine-shops.55012/", "informational", False, "en",
  "forum-thread-scam-warning", "Has anyone ordered from these online ketamine shops? | Talk Recovery Forum", """
<header><a href="/">Talk Recovery Forum</a> <nav><a href="/forums">Forums</a> <a href="/whats-new">What's new</a> <a href="/members">Members</a> <a href="/login">Log in</a> <a href="/register">Register</a></nav></header>
<main>
<p class="crumbs"><a href="/forums">Forums</a> &rsaquo; <a href="/forums/depression-treatment.12/">Depression treatment</a></p>
<h1>Has anyone ordered from these online ketamine shops?</h1>
<div class="post"><b>quietgrey</b> &middot; Mar 3, 2026
<p>My clinic wants $500 per infusion and I just can't afford it. I keep seeing sites that say no prescription, ship in 3 days, pay with bitcoin. One of them even has a &ldquo;doctor approval&rdquo; quiz. Are any of these legit or am I going to get scammed?</p></div>
<div class="post"><b>M_Ortega</b> &middot; Mar 3, 2026
<p>Please don't. I paid $280 in gift cards to one of those last year. They sent a tracking number that never updated, then asked for another $150 for &ldquo;customs insurance&rdquo;. Classic scam. Even if something arrives you have no idea what's in it.</p></div>
<div class="post"><b>nurse_jen (Moderator)</b> &middot; Mar 3, 2026
<p>Reminder of forum rule 4: no sourcing, no links to vendors. Posts naming shops will be removed. If cost is the issue, ask your psychiatrist about Spravato (often covered by insurance) or look at the at-home programs that require a real video evaluation. Some clinics also have sliding-scale pricing.</p></div>
<div class="post"><b>quietgrey</b> &middot; Mar 4, 2026
<p>Thanks all. I called my insurance and Spravato is covered after prior auth. Going to ask my doctor on Friday.</p></div>
<p class="thread-status">This thread has been locked by a moderator.</p>
</main>
<footer>Talk Recovery Forum &middot; Community guidelines &middot; Peer support only, not medical advice</footer>
""")

p("h12337", "https://trials-registry.example/study/NCT0000-K-ECT", "informational", False, "en",
  "trial-registry-excerpt-txt", "Ketamine Versus ECT for Severe Depression (KETECT-2)", """
Ketamine Versus Electroconvulsive Therapy for Severe Depression (KETECT-2)

Status: Recruiting
Study type: Interventional (randomized, open-label, non-inferiority)
Conditions: Major depressive disorder, treatment-resistant depression
Interventions: Drug: racemic ketamine 0.5 mg/kg IV over 40 minutes, twice weekly for 3 weeks; Procedure: right unilateral ECT, three times weekly
Primary outcome: Change in MADRS score from baseline to end of treatment (week 3)
Enrollment: 320 participants (estimated)
Eligibility: adults 21-75 referred for ECT by their treating psychiatrist; excludes psychosis, pregnancy, uncontrolled hypertension
Locations: 6 university hospital sites
Sponsor: Academic consortium; no industry funding
Contact: study coordinator via the listed site pages
""", ext="txt")

p("h12338", "https://info-drogues-ecoute.example/produits/ketamine", "informational", False, "fr",
  "french-drug-info-sheet", "Kétamine : effets, risques et loi – Info Drogues Écoute", """
<header><a href="/">Info Drogues Écoute</a> <nav><a href="/produits">Produits de A à Z</a> <a href="/aide">Trouver de l'aide</a> <a href="/forum">Forum</a> <a href="/chat">Chat</a> <a href="/ligne">0 800 00 00 00 (appel anonyme et gratuit)</a></nav></header>
<main>
<h1>Kétamine</h1>
<p>La kétamine est un anesthésique général utilisé en médecine humaine et vétérinaire. Détournée de son usage, elle se présente le plus souvent sous forme de poudre blanche sniffée, parfois de liquide injecté ou de comprimés.</p>
<h2>Effets recherchés</h2>
<p>Sensation de flottement, de détachement du corps, modification des perceptions. À dose plus forte, l'usager peut vivre une expérience de décorporation, appelée « K-hole ».</p>
<h2>Risques</h2>
<ul>
<li>Perte de coordination, chutes, accidents, risque de noyade ;</li>
<li>Troubles urinaires et lésions de la vessie en cas d'usage régulier ;</li>
<li>Dépendance psychique et troubles de la mémoire ;</li>
<li>Dépression respiratoire en cas d'association avec l'alcool, les benzodiazépines ou le GHB.</li>
</ul>
<h2>Que dit la loi ?</h2>
<p>En France, la kétamine est classée comme stupéfiant depuis 1997. Son usage, sa détention et sa cession sont interdits hors cadre médical. L'eskétamine en spray nasal est un médicament soumis à prescription, administré en établissement de santé.</p>
<h2>Besoin d'en parler ?</h2>
<p>Nos écoutants répondent 7 jours sur 7, de 8h à 2h, de façon anonyme et gratuite.</p>
</main>
<footer>Service d'aide à distance en santé &middot; Mentions légales &middot; Accessibilité</footer>
""", noise="cookie-fr")

p("h12339", "https://drugs-test-en-advies.example/middelen/ketamine", "informational", False, "nl",
  "dutch-drug-checking-page", "Ketamine – Informatie en testen | Drugs Test & Advies", """
<header><a href="/">Drugs Test &amp; Advies</a> <nav><a href="/middelen">Middelen</a> <a href="/testen">Laten testen</a> <a href="/waarschuwingen">Waarschuwingen</a> <a href="/hulp">Hulp bij gebruik</a></nav></header>
<main>
<h1>Ketamine</h1>
<p>Ketamine is een verdovingsmiddel dat in ziekenhuizen en door dierenartsen wordt gebruikt. Als partydrug wordt het meestal gesnoven. Het geeft een dromerig, zweverig gevoel; bij een hogere dosis kun je in een &lsquo;K-hole&rsquo; terechtkomen.</p>
<h2>Risico's</h2>
<p>Je voelt minder pijn en bent slecht gecoördineerd, waardoor je jezelf makkelijk verwondt. Wie vaak gebruikt, kan blaasklachten krijgen. Combineer ketamine niet met alcohol, GHB of slaapmiddelen.</p>
<h2>Laten testen</h2>
<p>Bij onze testlocaties kun je anoniem een klein beetje poeder inleveren. Binnen een week hoor je wat erin zit. We zien regelmatig &lsquo;ketamine&rsquo; die eigenlijk 2F-DCK, deschloroketamine of een mengsel is. Actuele waarschuwingen vind je op de pagina <a href="/waarschuwingen">Waarschuwingen</a>.</p>
<h2>Wet</h2>
<p>Ketamine staat in Nederland op lijst II van de Opiumwet. Bezit en handel zijn strafbaar, behalve voor medisch en diergeneeskundig gebruik.</p>
</main>
<footer>Een dienst van een landelijk instituut voor verslavingszorg en preventie &middot; Privacy &middot; Contact</footer>
""", noise="cookie-nl")

p("h12340", "https://jornal-saude-agora.example/noticias/anvisa-alerta-venda-ilegal-cetamina-internet", "informational", False, "pt",
  "brazilian-news-regulator-alert", "Anvisa alerta para venda ilegal de cetamina na internet | Saúde Agora", """
<header><a href="/">Saúde Agora</a> <nav><a href="/noticias">Notícias</a> <a href="/bem-estar">Bem-estar</a> <a href="/medicamentos">Medicamentos</a> <a href="/colunistas">Colunistas</a> <a href="/assine">Assine</a></nav></header>
<article>
<h1>Anvisa alerta para venda ilegal de cetamina na internet</h1>
<p class="linha-fina">Sites e perfis em redes sociais oferecem o anestésico de uso veterinário sem receita, com pagamento via Pix e entrega pelos Correios</p>
<p class="autor">Por Mariana Lopes &middot; 22/04/2026 às 10h31</p>
<p>A Agência Nacional de Vigilância Sanitária (Anvisa) determinou a retirada do ar de 17 sites que anunciavam a venda de cetamina sem prescrição. Segundo a agência, as páginas usavam termos como &ldquo;comprar cetamina online&rdquo; e &ldquo;entrega discreta&rdquo; e ofereciam frascos de produtos veterinários por valores entre R$ 150 e R$ 250.</p>
<p>A cetamina é um anestésico controlado, incluído na lista C1 da Portaria 344/98, e só pode ser vendida com receita de controle especial. Produtos veterinários à base de cetamina só podem ser adquiridos por médicos-veterinários e estabelecimentos cadastrados.</p>
<p>&ldquo;O consumidor não tem nenhuma garantia sobre a origem ou o conteúdo desses frascos&rdquo;, afirmou a agência em nota. A escetamina em spray nasal, aprovada para depressão resistente, deve ser aplicada em serviço de saúde, sob supervisão.</p>
<p>A Polícia Federal investiga a origem dos produtos. Denúncias podem ser feitas pelos canais da Anvisa.</p>
</article>
<aside><h4>Leia também</h4><ul><li><a href="/noticias/depressao-resistente-tratamentos">Depressão resistente: quais são os tratamentos</a></li><li><a href="/noticias/farmacias-falsas">Como identificar farmácias falsas na internet</a></li></ul></aside>
<footer>&copy; 2026 Saúde Agora &middot; Política de privacidade &middot; Expediente</footer>
""", noise="cookie-pt")

save(OUT, R)
