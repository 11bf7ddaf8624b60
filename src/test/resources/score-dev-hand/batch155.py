# Batch 155 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Never saying the word". The sellers avoid writing the drug's name: a private members' club
# with "allocations", a wellness store's "journey kits", a "dissociative blend" with product codes,
# emoji menus, research-chemical analogues under codes, veterinary brand names sold to anyone, a fake
# telehealth that ships "the medicine" after a questionnaire, an affiliate doorway about "K", a
# marketplace listing, Telegram delivery menus. Next to them: clinics, telehealth services and
# informational pages that also talk around it (a clinic about "the medicine" and "sessions", a
# telehealth FAQ about "your prescription", a REMS nasal-spray centre naming only the brand, a
# harm-reduction slang glossary, a drug-checking alert about analogues, news about emoji menus).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, footers), medium pages, short pages,
# navigation-heavy pages, a partial page, a bot-check wall (url-only) and a few plain-text excerpts.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch155.py (writes batch155/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch155")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h15501", "https://thestablelounge.example/members/allocations", "seller", True, "en",
  "members-club-allocation-page", "Member Allocations | The Stable Lounge — Private Members' Club", """
<header class="club-header">
<div class="strip">Members only &middot; Invitation code required for new accounts &middot; Winter allocations now open</div>
<a class="logo" href="/">THE STABLE LOUNGE <small>est. in the back room, 2019</small></a>
<nav><a href="/members">Members' Area</a> <a href="/members/allocations">Allocations</a> <a href="/members/events">Evenings</a> <a href="/members/referrals">Refer a Friend</a> <a href="/members/wallet">Wallet</a> <a href="/logout">Sign out</a></nav>
</header>
<main>
<h1>Winter Allocations</h1>
<p class="lede">Welcome back, <b>member #0417</b>. As always, nothing on this page is written out in full. If you are here you already
know what the stable keeps. Allocations are reserved for members in good standing and ship from our UK and NL stables.</p>

<section class="tiers">
<h2>Choose your stall</h2>
<table class="alloc">
<tr><th>Stall</th><th>What you get</th><th>Contribution</th><th></th></tr>
<tr><td>Pony</td><td>1 g of the house crystal (shard, not powder)</td><td>&pound;35</td><td><button>Reserve</button></td></tr>
<tr><td>Mare</td><td>3.5 g house crystal + 1 glass bumper</td><td>&pound;95</td><td><button>Reserve</button></td></tr>
<tr><td>Stallion</td><td>7 g house crystal, vacuum sealed</td><td>&pound;170</td><td><button>Reserve</button></td></tr>
<tr><td>Thoroughbred</td><td>28 g, the Indian pharma grade, needle-point shards</td><td>&pound;520</td><td><button>Reserve</button></td></tr>
<tr><td>Liquid Reserve</td><td>5 x 10 ml sealed vials, vet origin, caps intact</td><td>&pound;300</td><td><button>Reserve</button></td></tr>
</table>
<p class="small">All stalls are tested on arrival with Mandelin and Marquis. If it isn't the real horse we don't put it out. No cut, no 2F, no "new generation" nonsense.</p>
</section>

<section class="how">
<h2>How contributions work</h2>
<ol>
<li>Reserve your stall. Reservations are held 4 hours.</li>
<li>Top up your <a href="/members/wallet">wallet</a> with BTC, XMR or LTC. Monero members get 10% back in stable points.</li>
<li>Our stable hand confirms on Telegram (<b>@stablehand_uk</b> &mdash; check the pinned key, we never DM first).</li>
<li>Dispatch next working day. Stealth packaging: looks like a phone case from a marketplace seller. Tracked Royal Mail, NL members via PostNL.</li>
</ol>
<p>Lost in post? One free reship per member per quarter, no questions. Seized? Send the letter and we reship 50%.</p>
</section>

<section class="rules">
<h2>House rules</h2>
<ul>
<li>Never write the name of what we keep in any message. Say "hay", "stall" or just the stall name.</li>
<li>No prescriptions, no doctors, no nonsense. We are a club, not a clinic.</li>
<li>Don't share the invite link on Reddit. Members who leak lose their stall.</li>
<li>Go gently, sit down, don't mix with drink. Nobody wants a member in A&amp;E.</li>
</ul>
</section>

<aside class="events">
<h3>Next evening</h3>
<p>Saturday 13 Dec, "Stable Session" in East London. Location sent to Mare tier and above 6 hours before doors. Bring your own bumper.</p>
</aside>
</main>
<footer>
<p>&copy; The Stable Lounge. Members' club. All contributions are voluntary donations towards club costs.</p>
<p><a href="/members/terms">Club terms</a> &middot; <a href="/members/pgp">PGP key</a> &middot; <a href="/members/mirror">Mirrors</a></p>
</footer>
""")

p("h15502", "https://lumenroot-wellness.example/collections/journey-kits/products/the-quiet-door-kit", "seller", True, "en",
  "wellness-store-journey-kit-product", "The Quiet Door Journey Kit — Lumenroot Wellness", """
<div class="announcement">Free discreet shipping on all Journey Kits over $150 &middot; Use code STILLNESS for 10% off your first kit</div>
<header><a href="/" class="brand">lumenroot</a>
<nav><a href="/collections/all">Shop all</a> <a href="/collections/journey-kits">Journey Kits</a> <a href="/collections/mushroom-tinctures">Tinctures</a> <a href="/collections/integration">Integration</a> <a href="/pages/our-story">Our story</a> <a href="/cart">Cart</a></nav></header>
<main class="product-page">
<nav class="crumbs"><a href="/">Home</a> › <a href="/collections/journey-kits">Journey Kits</a> › The Quiet Door</nav>
<div class="product-gallery"><img src="/cdn/quiet-door-box.jpg" alt="Linen box with amber vials, eye mask and journal"></div>
<div class="product-info">
<h1>The Quiet Door Kit</h1>
<p class="price"><span class="was">$260.00</span> <span class="now">$229.00</span></p>
<p class="stars">★★★★★ 212 reviews</p>
<p>Our bestselling dissociative journey, gently measured for the home ceremony. The Quiet Door is the medicine
that clinics charge $600 a session for, delivered to your altar with everything you need to hold your own space.</p>
<h3>Inside the box</h3>
<ul>
<li>5 pre-measured sublingual troches (100 mg each), made by our partner lab from pharmaceutical-grade powder</li>
<li>1 amber nasal atomiser, 10 ml, 10 mg per spray, for "booster" moments</li>
<li>Silk eye mask, curated 60-minute playlist QR card, integration journal</li>
</ul>
<form class="variant">
<label>Strength</label>
<select><option>Gentle (5 x 50 mg)</option><option selected>Classic (5 x 100 mg)</option><option>Deep (5 x 150 mg) +$40</option></select>
<label>Quantity</label> <input type="number" value="1" min="1">
<button class="add-to-cart">Add to cart</button>
<button class="shop-pay">Buy with crypto</button>
</form>
<ul class="badges"><li>No prescription or telehealth visit needed</li><li>Ships in plain packaging within 48h</li><li>Not available in AU / NZ</li></ul>
</div>
<section class="description">
<h2>Why people choose a kit over a clinic</h2>
<p>No waiting lists, no psychiatrist asking you to "justify" your healing, no insurance paperwork. You know your own mind. The Quiet Door
is the same molecule used in hospitals worldwide since the 1970s, chosen by people looking for a reset, a doorway, a pause from the noise.</p>
<p><small>Statements on this page have not been evaluated by the FDA. Sold as a collectible ceremonial kit. Buyer is responsible for compliance with local laws.</small></p>
</section>
<section class="reviews">
<h2>Reviews</h2>
<blockquote>"Arrived in four days, box looked like a candle order. The Classic was plenty for me." — Jess R., verified buyer</blockquote>
<blockquote>"Way cheaper than the infusion place in my city and I didn't have to do an intake call." — Marco D.</blockquote>
</section>
</main>
<footer><a href="/pages/shipping">Shipping</a> · <a href="/pages/faq">FAQ</a> · <a href="/pages/contact">Contact</a> · © Lumenroot Wellness Co.</footer>
""", noise="cookie")

p("h15503", "https://t.example/s/vitaminkrew_ldn", "seller", True, "en",
  "telegram-emoji-menu-excerpt", "VitaminK Krew LDN (channel mirror)", """
🐴🐴 VITAMIN K KREW — LDN + M25 — 7 DAYS 🐴🐴
MENU UPDATED 06/12 ⬇️
🐴 1 = £30 | 🐴 3.5 = £80 | 🐴 7 = £140 | 🐴 14 = £260 | 🐴 28 = £480
🐴 = shards not rocks, properly horsey, no 2F nonsense
❄️ 1 = £70 | 💊 🍄 on request
🚗 drops 12pm–2am, min order £60 zone 1-3
📦 UK post next day, stealth, BTC/USDT/bank
📲 order @vkk_orders (only this @, we never message first)
reviews pinned 👆 new customers screenshot this post
""", ext="txt")

p("h15504", "https://arylcyclo-labs.example/catalog/dissociatives", "seller", True, "en",
  "rc-analogue-catalog-product-codes", "Dissociatives Catalog | ArylCyclo Labs Research Supply", """
<header>
<div class="ticker">Research use only &middot; Worldwide shipping &middot; 20% off with Monero &middot; Reship guarantee EU/UK/US/CA</div>
<a href="/" class="logo">ARYLCYCLO LABS</a>
<nav><a href="/catalog/dissociatives">Dissociatives</a> <a href="/catalog/benzofurans">Benzofurans</a> <a href="/catalog/lysergamides">Lysergamides</a> <a href="/catalog/pellets">Pellets</a> <a href="/lab-reports">Lab reports</a> <a href="/bulk">Bulk</a> <a href="/account">Account</a> <a href="/cart">Cart (0)</a></nav>
</header>
<main>
<h1>Dissociatives</h1>
<p>The arylcyclohexylamine class. Every batch is HPLC and NMR verified; reports under each product. Products are listed by catalogue code.
Please do not ask support which code is "closest to the classic" — read the reports and the literature.</p>
<div class="filters">Sort by: <a href="?sort=pop">Popularity</a> | <a href="?sort=price">Price</a> | Form: <a href="?form=powder">Powder</a> <a href="?form=pellet">Pellets</a></div>
<ul class="grid">
<li class="card"><h3>AC-201 &middot; 2F-DCK</h3><p>Crystalline powder, 99.6% purity. The "2-fluoro" analogue.</p><p class="price">1 g $22 &middot; 5 g $85 &middot; 25 g $310</p><button>Add to cart</button></li>
<li class="card"><h3>AC-202 &middot; DCK</h3><p>Deschloro analogue, fine white powder.</p><p class="price">1 g $24 &middot; 5 g $95</p><button>Add to cart</button></li>
<li class="card"><h3>AC-205 &middot; MXE (restock)</h3><p>The 2010s classic is back. Limited batch, max 10 g per customer.</p><p class="price">1 g $45 &middot; 5 g $190</p><button>Notify me</button></li>
<li class="card"><h3>AC-207 &middot; O-PCE</h3><p>2-oxo-PCE / eticyclidone. Hydrochloride.</p><p class="price">1 g $30 &middot; 5 g $120</p><button>Add to cart</button></li>
<li class="card"><h3>AC-210 &middot; FXE</h3><p>Fluorexetamine, new in December.</p><p class="price">1 g $28 &middot; 5 g $115</p><button>Add to cart</button></li>
<li class="card"><h3>AC-215 &middot; Parent compound (R/S), vet-sourced</h3><p>Evaporated from 10 ml vials, crystal. Limited, sold only in 5 g lots.</p><p class="price">5 g $160</p><button>Add to cart</button></li>
<li class="card"><h3>AC-P10 &middot; 2F-DCK pellets 10 mg x 20</h3><p>Pressed pellets for accurate research aliquots.</p><p class="price">$38</p><button>Add to cart</button></li>
</ul>
<section class="terms">
<h2>Shipping &amp; payment</h2>
<p>Orders ship from EU warehouse (Slovenia) within 24 h in vacuum-sealed, odour-proof bags inside unbranded envelopes. No signature.
Payment: BTC, XMR, LTC, SEPA (ask support for IBAN). Lost parcels reshipped once free of charge.</p>
<p class="disclaimer"><b>All products are sold strictly as research chemicals, NOT FOR HUMAN CONSUMPTION.</b> By ordering you confirm you are 18+, a qualified researcher, and that the product is legal in your jurisdiction.</p>
</section>
</main>
<footer>© ArylCyclo Labs · <a href="/faq">FAQ</a> · <a href="/contact">Contact (Wire / Session)</a> · <a href="/policy">Policy</a></footer>
""")

p("h15505", "https://equine-vetdirect.example/anaesthesia/injectables", "seller", True, "en",
  "vet-brand-names-sold-to-anyone", "Injectable Anaesthetics — Equine VetDirect Supply", """
<header>
<a class="logo" href="/">Equine VetDirect <small>Supplying stables, kennels &amp; home keepers since 2011</small></a>
<nav><a href="/wormers">Wormers</a> <a href="/antibiotics">Antibiotics</a> <a href="/anaesthesia/injectables">Anaesthesia</a> <a href="/sedatives">Sedatives</a> <a href="/syringes">Syringes &amp; needles</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<h1>Injectable anaesthetics</h1>
<p class="notice">Good news for our overseas customers: <b>no veterinary prescription or practice registration is needed</b> to order from this
category. We ship to private addresses in the US, UK, EU and Australia. Parcels are declared as "equine supplement".</p>
<table class="products">
<tr><th>Product</th><th>Pack</th><th>Price</th><th>Stock</th></tr>
<tr><td>Ketaset 100 mg/ml</td><td>10 ml vial</td><td>$65</td><td>In stock</td></tr>
<tr><td>Ketaset 100 mg/ml</td><td>Box of 5 vials</td><td>$290</td><td>In stock</td></tr>
<tr><td>Vetalar-V 100 mg/ml</td><td>10 ml vial</td><td>$60</td><td>In stock</td></tr>
<tr><td>Narketan 10</td><td>10 ml vial</td><td>$62</td><td>Low stock</td></tr>
<tr><td>Ketamidor 100 mg/ml</td><td>10 ml vial</td><td>$58</td><td>In stock</td></tr>
<tr><td>Anaket 10%</td><td>10 ml vial</td><td>$55</td><td>In stock</td></tr>
<tr><td>Ketalar 50 mg/ml (human, Pfizer)</td><td>10 ml vial</td><td>$95</td><td>2 left</td></tr>
<tr><td>Xylazine 20 mg/ml</td><td>30 ml</td><td>$40</td><td>Out of stock</td></tr>
</table>
<h2>How to order</h2>
<p>Add items to your basket or message us on WhatsApp <b>+1 555 0142 781</b> for bulk pricing (10 boxes and up). We accept Bitcoin, USDT (TRC20),
Zelle and Cash App. Orders paid in crypto ship the same day. Boxes are removed and vials are wrapped in bubble film to keep the parcel small.</p>
<h2>FAQ</h2>
<p><b>Do I need to be a vet?</b> No. Many of our customers are horse owners, breeders and private buyers.</p>
<p><b>Can I get the powder instead of liquid?</b> Ask on WhatsApp, we sometimes have crystal from evaporated stock.</p>
<p><b>Is delivery guaranteed?</b> Yes. If customs holds your parcel we reship once for free.</p>
</main>
<footer>© Equine VetDirect · Registered in Hong Kong · <a href="/shipping">Shipping</a> · <a href="/refunds">Refunds</a></footer>
""")

p("h15506", "https://stillwater-care.example/start", "seller", True, "en",
  "fake-telehealth-questionnaire-autoapprove", "Start Your Treatment Online | Stillwater Care", """
<header><a href="/" class="logo">Stillwater Care</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/reviews">Reviews</a> <a href="/start" class="cta">Get started</a> <a href="/login">Log in</a></nav></header>
<main>
<section class="hero">
<h1>The medicine for depression that works in hours, not weeks.</h1>
<p>Skip the psychiatrist's waiting room. Answer 9 quick questions and your at-home treatment ships today.</p>
<a class="cta" href="/start/quiz">Take the 2-minute assessment</a>
<p class="trust">98% of applicants approved &middot; No video call &middot; No insurance needed &middot; All 50 states</p>
</section>
<section class="steps">
<h2>How it works</h2>
<div class="step"><h3>1. Quick questionnaire</h3><p>Tell us how you feel. Our system reviews your answers instantly &mdash; no appointments, no awkward video chat.</p></div>
<div class="step"><h3>2. Instant approval</h3><p>Your "clinical review" is done automatically. You'll see your plan the moment you finish.</p></div>
<div class="step"><h3>3. The medicine ships</h3><p>Rapid-dissolve tablets and our S-form nasal spray (the same enantiomer as the $900 brand-name spray) ship in a plain box.</p></div>
</section>
<section class="pricing">
<h2>Plans</h2>
<ul>
<li><b>Starter</b> &mdash; 8 RDTs 200 mg &mdash; $149</li>
<li><b>Reset</b> &mdash; 16 RDTs 300 mg + 1 S-form spray &mdash; $289</li>
<li><b>Unlimited</b> &mdash; monthly refills with no re-assessment &mdash; $219/mo</li>
</ul>
<p>Pay by card, Apple Pay, or save 15% with Bitcoin. Refills auto-ship every 28 days. Want more per month? Just reply to your shipping email.</p>
</section>
<section class="faq">
<h2>FAQ</h2>
<p><b>Do I need a diagnosis?</b> No prior diagnosis or records needed.</p>
<p><b>Can I order for my partner?</b> Yes, add a second shipping profile at checkout.</p>
<p><b>Who are your doctors?</b> Our affiliated provider network reviews orders in bulk to keep costs low.</p>
</section>
</main>
<footer><small>Stillwater Care is a wellness technology company and does not provide medical care. © 2026</small></footer>
""")

p("h15507", "https://kreviewhub.example/best-places-to-get-k-online-2026", "seller", True, "en",
  "affiliate-doorway-vendor-ranking", "Best Places to Get K Online in 2026 (Tested & Ranked) | K Review Hub", """
<header><a href="/" class="logo">K Review Hub</a>
<nav><a href="/vendors">Vendor reviews</a> <a href="/guides">Guides</a> <a href="/coupons">Coupon codes</a> <a href="/scam-list">Scam list</a> <a href="/about">About</a></nav></header>
<main>
<article>
<h1>Best Places to Get K Online in 2026 (Tested &amp; Ranked)</h1>
<p class="byline">By "HorseWhisperer" &middot; Updated 2 December 2026 &middot; <i>This post contains affiliate links. We may earn a commission if you order through them.</i></p>
<p>We ordered from 23 vendors this year so you don't have to. Half of them were exit scams, a few sent 2F instead of the real thing, and
five actually delivered clean, horsey shards in under a week. Here they are, ranked.</p>
<ol class="ranking">
<li><h2>1. NorthStable Direct &mdash; Best overall</h2>
<p>Needle-point shards, tested positive on Mandelin. 7 g for $150, stealth was a vitamin bottle. Accepts BTC and XMR.</p>
<p><a class="btn" href="/go/northstable?ref=krh">Visit NorthStable &rarr;</a> Use code <b>KRH15</b> for 15% off.</p></li>
<li><h2>2. Quiet Door / Lumenroot &mdash; Best for "journey" kits</h2>
<p>No questions, looks like a wellness brand, ships troches and a nasal atomiser. Pricier but your bank statement will say "candles".</p>
<p><a class="btn" href="/go/lumenroot?ref=krh">Shop the Quiet Door kit &rarr;</a></p></li>
<li><h2>3. Equine VetDirect &mdash; Best for liquid</h2>
<p>Real sealed vet vials (Ketaset, Narketan), no vet licence asked. You'll have to cook it down yourself. WhatsApp ordering.</p>
<p><a class="btn" href="/go/evd?ref=krh">Get vials &rarr;</a></p></li>
<li><h2>4. ArylCyclo Labs &mdash; Best for analogues</h2>
<p>If you want the research codes (2F-DCK, O-PCE, FXE) these are the cleanest. Not the same experience as the parent compound.</p>
<p><a class="btn" href="/go/arylcyclo?ref=krh">Browse catalogue &rarr;</a></p></li>
<li><h2>5. VitaminK Krew &mdash; Best UK same-day</h2>
<p>Telegram menu, London drops. Join the channel from our link to get the "KRH" price.</p>
<p><a class="btn" href="/go/vkk?ref=krh">Join channel &rarr;</a></p></li>
</ol>
<h2>How we test</h2>
<p>Every sample gets a reagent test and, where possible, a drug-checking service result. We re-rank monthly.</p>
<h2>Avoid these</h2>
<p>See our <a href="/scam-list">scam list</a>: anyone asking for gift cards, anyone who "only has 10 kg minimum", and Instagram accounts with a horse in the name.</p>
</article>
<aside><h3>Coupon of the week</h3><p>NorthStable: <b>KRH15</b> &middot; Lumenroot: <b>STILLNESS</b></p><h3>Newsletter</h3><p>New vendor alerts every Friday. <input placeholder="email"> <button>Subscribe</button></p></aside>
</main>
<footer>© K Review Hub. For entertainment purposes only. We do not sell anything.</footer>
""", noise="cookie")

p("h15508", "https://specialk-direct.example/product/horse-crystal-5g", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="cf-wrapper">
<h1>Checking your browser before accessing the site.</h1>
<p>This process is automatic. Your browser will redirect to your requested content shortly.</p>
<noscript><p>Please enable JavaScript and cookies to continue.</p></noscript>
<p class="ray">Ray ID: 8f2c1a9e7d44b0c3 &middot; Performance &amp; security</p>
</div>
""")

p("h15509", "https://viajeinterior-club.example/es/tienda/kit-disociativo-nube", "seller", True, "es",
  "es-club-kit-disociativo", "Kit Nube — Club Viaje Interior", """
<header><a href="/es/" class="logo">Club Viaje Interior</a>
<nav><a href="/es/tienda">Tienda</a> <a href="/es/socios">Hazte socio</a> <a href="/es/envios">Envíos</a> <a href="/es/preguntas">Preguntas</a> <a href="/es/carrito">Carrito (0)</a></nav></header>
<main>
<p class="migas"><a href="/es/">Inicio</a> / <a href="/es/tienda">Tienda</a> / Kit Nube</p>
<h1>Kit Nube · experiencia disociativa</h1>
<p class="precio">Desde 45,00 €</p>
<p>El kit más pedido del club. La "K" de siempre, en cristal limpio de origen farmacéutico, con todo lo necesario para un viaje
tranquilo en casa: báscula de 0,001 g, tarjeta de cristal, turulo de acero y nuestra guía de reducción de riesgos.</p>
<form class="variantes">
<label>Cantidad de cristal</label>
<select><option>1 g — 45 €</option><option>2 g — 80 €</option><option selected>5 g — 175 €</option><option>10 g — 320 €</option></select>
<button>Añadir al carrito</button>
</form>
<ul class="ventajas">
<li>Sin receta y sin preguntas: eres socio, no paciente.</li>
<li>Envío discreto en 24/48 h a toda España y Portugal, sobre acolchado sin logotipos.</li>
<li>Pago con Bizum, cripto (BTC/USDT) o transferencia. Socios con cuota anual: 10 % de descuento.</li>
<li>Pedidos grandes y Canarias por Telegram: <b>@viajeinterior_pedidos</b></li>
</ul>
<h2>¿Por qué "nube"?</h2>
<p>Porque así se siente: ligero, lejos, como mirar la vida desde arriba. Empieza poco a poco y nunca lo mezcles con alcohol.</p>
<p class="legal"><small>Club privado de consumidores adultos. La cuota de socio y las aportaciones son donativos para gastos comunes.</small></p>
</main>
<footer>© Club Viaje Interior · <a href="/es/aviso-legal">Aviso legal</a> · <a href="/es/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

p("h15510", "https://tierarznei-versand24.example/narkose/ketavet-100", "seller", True, "de",
  "de-vet-shop-no-rx", "Ketavet 100 mg/ml Injektionslösung – ohne Rezept bestellen | Tierarznei-Versand24", """
<header>
<div class="topbar">Diskreter Versand aus den Niederlanden · Lieferung in 2–4 Werktagen · Zahlung per Vorkasse, Bitcoin oder Paysafecard</div>
<a class="logo" href="/">Tierarznei-Versand24</a>
<nav><a href="/hund">Hund</a> <a href="/katze">Katze</a> <a href="/pferd">Pferd</a> <a href="/narkose">Narkose &amp; Sedierung</a> <a href="/warenkorb">Warenkorb</a></nav>
</header>
<main>
<p class="breadcrumb"><a href="/">Start</a> › <a href="/narkose">Narkose &amp; Sedierung</a> › Ketavet 100</p>
<h1>Ketavet 100 mg/ml Injektionslösung</h1>
<p class="preis">ab 54,90 € <small>inkl. MwSt., zzgl. Versand</small></p>
<table>
<tr><td>1 Durchstechflasche 10 ml</td><td>54,90 €</td><td><button>In den Warenkorb</button></td></tr>
<tr><td>5 Durchstechflaschen</td><td>239,00 €</td><td><button>In den Warenkorb</button></td></tr>
<tr><td>10 Durchstechflaschen</td><td>429,00 €</td><td><button>In den Warenkorb</button></td></tr>
</table>
<h2>Kein Rezept erforderlich</h2>
<p>Sie benötigen bei uns <b>kein tierärztliches Rezept</b> und keinen Nachweis über eine Praxis. Die Ware wird neutral verpackt,
ohne Absender „Apotheke", und als „Pflegeprodukt" deklariert. Bei Zollverlust versenden wir einmalig kostenlos neu.</p>
<h2>Produktbeschreibung</h2>
<p>Bewährtes Narkosemittel für Pferde, Hunde und Katzen. Originalware mit unversehrter Bördelkappe. Haltbarkeit mind. 12 Monate.</p>
<h2>Häufige Fragen</h2>
<p><b>Versenden Sie auch an Privatpersonen?</b> Ja, der Großteil unserer Kunden bestellt privat.</p>
<p><b>Gibt es das auch als Pulver?</b> Fragen Sie unseren Support über Telegram (@tav24_support).</p>
</main>
<footer>© Tierarznei-Versand24 · <a href="/impressum">Impressum</a> · <a href="/agb">AGB</a> · <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h15511", "https://nuage-labo.example/fr/produits/dx-3-melange-dissociatif", "seller", True, "fr",
  "fr-dissociative-blend-product-code", "DX-3 « Nuage » – mélange dissociatif | Nuage Labo", """
<header><a class="logo" href="/fr/">Nuage Labo</a>
<nav><a href="/fr/produits">Produits</a> <a href="/fr/produits?cat=dissociatifs">Dissociatifs</a> <a href="/fr/analyses">Analyses</a> <a href="/fr/livraison">Livraison</a> <a href="/fr/panier">Panier</a></nav></header>
<main>
<h1>DX-3 « Nuage »</h1>
<p class="ref">Référence : DX-3 · Lot 2611-B · Pureté du composant principal : 98,9 %</p>
<p>Notre mélange dissociatif signature. DX-3 associe le composé de référence de la famille des arylcyclohexylamines (l'anesthésique
que vous connaissez sous le nom de « K » ou « Spécial K ») à une petite fraction de 2F-DCK pour une montée plus douce. Cristaux fins, couleur blanc nacré.</p>
<table class="tarifs">
<tr><th>Poids</th><th>Prix</th></tr>
<tr><td>1 g</td><td>39 €</td></tr>
<tr><td>3 g</td><td>99 €</td></tr>
<tr><td>5 g</td><td>149 €</td></tr>
<tr><td>10 g</td><td>259 €</td></tr>
</table>
<button>Ajouter au panier</button>
<h2>Livraison</h2>
<p>Expédition sous 24 h depuis la Belgique, enveloppe neutre « pièces détachées ». Colissimo suivi en France, bpost en Belgique, Suisse via reship.
Paiement : Bitcoin, Monero ou coupon Transcash.</p>
<p class="avert"><b>Produit chimique de recherche. Non destiné à la consommation humaine.</b> Réservé aux laboratoires et aux chercheurs majeurs. L'acheteur est responsable de la légalité dans son pays.</p>
</main>
<footer>© Nuage Labo · <a href="/fr/cgv">CGV</a> · <a href="/fr/contact">Contact (Session / Threema)</a></footer>
""", noise="cookie-fr")

p("h15512", "https://marktkraam.example/v/dieren-en-toebehoren/paarden/m2091733-narketan-10-ml-verdoving", "seller", True, "nl",
  "nl-marketplace-classified", "Narketan 10 ml (paardenverdoving) – Dieren en Toebehoren | Marktkraam", """
<header><a class="logo" href="/">Marktkraam</a> <form class="search"><input placeholder="Waar ben je naar op zoek?"><button>Zoeken</button></form>
<nav><a href="/v/dieren-en-toebehoren">Dieren en Toebehoren</a> › <a href="/v/dieren-en-toebehoren/paarden">Paarden</a></nav></header>
<main class="listing">
<h1>Narketan 10 ml (paardenverdoving)</h1>
<p class="prijs">€ 45,00 <small>Vraagprijs</small></p>
<p class="meta">Geplaatst: vandaag 09:14 · 312x bekeken · 14x bewaard · Rotterdam</p>
<div class="beschrijving">
<p>Ongeopende flesjes, 10 ml, 100 mg/ml. Over van stal. Geen recept nodig, geen vragen. Ook geschikt voor "eigen gebruik" als je snapt wat ik bedoel 😉🐴</p>
<p>Per stuk € 45, 5 stuks € 200. Heb ook kristal (ingedampt), 5 gram € 120.</p>
<p>Ophalen in Rotterdam-Zuid of verzenden met PostNL (brievenbuspakje, discreet). Betalen via Tikkie of crypto. Liever contact via Telegram: <b>@stalvoorraad010</b>, hier reageer ik traag.</p>
</div>
<ul class="kenmerken"><li>Conditie: Nieuw</li><li>Levering: Ophalen of Verzenden</li></ul>
<div class="verkoper"><p>Verkoper: <b>stal_rdam</b> · Actief sinds 3 weken · 4 advertenties</p><button>Bericht sturen</button> <button>Bieden</button></div>
<p class="melden"><a href="#">Advertentie melden</a></p>
</main>
<footer><a href="/help">Help</a> · <a href="/veilig-handelen">Veilig handelen</a> · © Marktkraam</footer>
""", noise="cookie-nl")

p("h15513", "https://agropet-distribuidora.example/anestesicos/dopalen-10ml", "seller", True, "pt",
  "pt-br-vet-shop-pix", "Dopalen 10 ml – Anestésico Injetável | AgroPet Distribuidora", """
<header>
<div class="faixa">Frete grátis acima de R$ 500 · Pagamento no Pix com 10% OFF · Enviamos para todo o Brasil</div>
<a class="logo" href="/">AgroPet Distribuidora</a>
<nav><a href="/caes">Cães</a> <a href="/gatos">Gatos</a> <a href="/equinos">Equinos</a> <a href="/anestesicos">Anestésicos</a> <a href="/carrinho">Carrinho</a></nav>
</header>
<main>
<h1>Dopalen 10 ml – Anestésico Injetável</h1>
<p class="preco">R$ 189,90 <small>ou R$ 170,91 no Pix</small></p>
<p>Também temos: <b>Cetamin</b> 10 ml (R$ 175,00) e <b>Ketalar</b> uso humano, 10 ml (R$ 260,00, consultar estoque).</p>
<button>Comprar</button> <button>Pedir pelo WhatsApp</button>
<h2>Dúvidas frequentes</h2>
<p><b>Precisa de receita ou CRMV?</b> Não pedimos receita nem registro de veterinário. Venda para pessoa física liberada.</p>
<p><b>Como vem a embalagem?</b> Caixa lacrada sem identificação, nota fiscal como "suplemento equino". Envio por Correios (SEDEX) ou transportadora.</p>
<p><b>Tem em pó?</b> Consulte nosso WhatsApp <b>(11) 95555-0193</b>. Atacado para revenda a partir de 20 frascos.</p>
</main>
<footer>© AgroPet Distribuidora · CNPJ 00.000.000/0001-00 · <a href="/trocas">Trocas e devoluções</a></footer>
""", noise="cookie-pt")

p("h15514", "https://circolo-cavallo.example/it/soci/listino", "seller", True, "it",
  "it-members-club-whatsapp", "Listino soci — Circolo del Cavallo", """
<header><a class="logo" href="/it/">Circolo del Cavallo</a>
<nav><a href="/it/soci">Area soci</a> <a href="/it/soci/listino">Listino</a> <a href="/it/soci/tessera">Rinnova tessera</a> <a href="/it/contatti">Contatti</a></nav></header>
<main>
<h1>Listino riservato ai soci</h1>
<p>Caro socio, qui trovi le disponibilità di dicembre. Come sai, sul sito non scriviamo mai il nome delle cose: chiedi "la cavallina", "la K" o usa i codici.</p>
<ul class="listino">
<li><b>CV-1</b> · cristallo 1 g · 40 €</li>
<li><b>CV-5</b> · cristallo 5 g · 170 €</li>
<li><b>CV-10</b> · cristallo 10 g · 300 €</li>
<li><b>CV-FL</b> · flacone veterinario sigillato 10 ml · 60 €</li>
</ul>
<h2>Come ordinare</h2>
<p>Scrivi su WhatsApp al <b>+39 355 555 0178</b> il codice e la quantità. Pagamento con ricarica PostePay, bonifico istantaneo o USDT.
Consegna a mano su Milano e Bologna, altrove spedizione anonima in 48 h con pacco "cosmetici". Niente ricetta, niente domande.</p>
<p><small>La tessera annuale (20 €) è obbligatoria. Il Circolo è un'associazione privata; i contributi sono liberali.</small></p>
</main>
<footer>© Circolo del Cavallo</footer>
""")

# ---------------------------------------------------------------- telehealth (9)

p("h15515", "https://quietharbor-health.example/help/your-prescription", "telehealth", False, "en",
  "telehealth-faq-your-prescription", "Your Prescription — Help Center | Quiet Harbor Health", """
<header>
<a class="logo" href="/">Quiet Harbor Health</a>
<nav><a href="/how-it-works">How it works</a> <a href="/clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/states">States we serve</a> <a href="/help">Help Center</a> <a href="/portal" class="btn">Patient portal</a></nav>
</header>
<div class="help-layout">
<aside class="help-nav">
<h4>Help Center</h4>
<ul>
<li><a href="/help/getting-started">Getting started</a></li>
<li><a href="/help/your-evaluation">Your evaluation</a></li>
<li><a href="/help/your-prescription" class="active">Your prescription</a></li>
<li><a href="/help/sessions-at-home">Sessions at home</a></li>
<li><a href="/help/treatment-monitor">Your treatment monitor</a></li>
<li><a href="/help/billing">Billing &amp; membership</a></li>
<li><a href="/help/safety">Safety &amp; side effects</a></li>
</ul>
</aside>
<main>
<h1>Your prescription</h1>
<p>This page answers common questions about the medication your Quiet Harbor clinician may prescribe after your evaluation. We use the
general term "your medication" because not every member is prescribed the same thing, the same dose or the same form.</p>

<h2>When is my prescription written?</h2>
<p>Only after your 45-minute video evaluation with a board-certified psychiatrist or psychiatric nurse practitioner licensed in your state.
Your clinician reviews your medical history, current medications, blood pressure readings and screening scores (PHQ-9, GAD-7). About one in
four people who book an evaluation are not prescribed anything; if that's you, your evaluation fee is refunded minus $49.</p>

<h2>Who fills it?</h2>
<p>Your prescription is sent electronically to our partner, Meridian Compounding Pharmacy (a licensed 503A pharmacy, registered with the DEA
for Schedule III). Meridian ships directly to the address on your ID after verifying the prescription. We never ship medication ourselves.</p>

<h2>What form will I receive?</h2>
<p>Most members receive rapid-dissolve sublingual tablets in a blister card. Your clinician sets the starting dose for your first session and
may adjust it at your follow-up visit, never by message alone.</p>

<h2>Can I get a refill early?</h2>
<p>No. Refills are only authorized after your follow-up video visit and a review of your session journal. Requests for early refills, extra
tablets or a higher dose between visits are declined and flagged for your care team.</p>

<h2>Does someone need to be with me?</h2>
<p>Yes. Every session requires an adult treatment monitor who stays in the room, plus a check-in with our care team before and after.</p>

<h2>Is my package discreet?</h2>
<p>The box is unbranded and requires an adult signature. Controlled medication cannot be left at the door or rerouted to a different address.</p>

<h2>Can I take my medication while travelling?</h2>
<p>Only within a state where your clinician is licensed, and only in the original labelled packaging. Ask your care team before any trip.</p>

<p class="contact">Still have questions? Message your care team in the <a href="/portal">patient portal</a> or call (555) 014-2200, Mon–Fri 8am–8pm ET.</p>
</main>
</div>
<footer>
<p>Quiet Harbor Health PC · Medical services provided by licensed clinicians of Quiet Harbor Medical Group. Not for emergencies: call 911 or 988.</p>
<p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/notice-of-privacy-practices">HIPAA notice</a></p>
</footer>
""", noise="cookie")

p("h15516", "https://ember-mind.example/checkout/membership", "telehealth", False, "en",
  "telehealth-membership-checkout", "Checkout — Ember Mind Membership", """
<header class="checkout-header"><a href="/" class="logo">ember mind</a> <span class="secure">🔒 Secure checkout</span></header>
<main class="checkout">
<ol class="progress"><li class="done">Eligibility</li><li class="done">Account</li><li class="current">Membership</li><li>Book evaluation</li></ol>
<h1>Choose your membership</h1>
<div class="plan selected">
<h2>Guided Program — $199/month</h2>
<ul>
<li>Psychiatric evaluation by video with a licensed prescriber (required before any prescription)</li>
<li>Monthly follow-up visit and dose review</li>
<li>Two preparation and two integration sessions with a licensed therapist</li>
<li>Blood pressure cuff and session kit (eye mask, journal)</li>
</ul>
<p class="note">Medication is not included. If your prescriber decides the treatment is right for you, your prescription is filled by a
licensed partner pharmacy and billed separately (typically $70–$120 per month). If you are not a candidate, we cancel your membership and refund it in full.</p>
</div>
<div class="plan"><h2>Maintenance — $99/month</h2><p>For members who have completed the Guided Program. Quarterly visits.</p></div>
<form class="pay">
<label>Card number</label><input placeholder="1234 1234 1234 1234">
<label>Expiry</label><input placeholder="MM / YY"> <label>CVC</label><input placeholder="CVC">
<label><input type="checkbox"> Pay with HSA/FSA card</label>
<label>Promo code</label><input placeholder="Optional"> <button>Apply</button>
<button class="primary">Start membership &amp; book evaluation</button>
</form>
<p class="fine">By continuing you agree that a prescription is never guaranteed. Available to adults 18+ in CA, CO, FL, NY, TX, WA. Ember Mind Medical PC.</p>
</main>
""")

p("h15517", "https://solace-at-home.example/our-prescribers", "telehealth", False, "en",
  "telehealth-prescriber-roster", "Our Prescribers | Solace at Home", """
<header><a class="logo" href="/">Solace at Home</a>
<nav><a href="/program">Program</a> <a href="/our-prescribers">Prescribers</a> <a href="/science">The science</a> <a href="/faq">FAQ</a> <a href="/apply" class="btn">Apply</a></nav></header>
<main>
<h1>Meet the clinicians behind your care</h1>
<p>Every Solace member is evaluated by one of the clinicians below over secure video. They decide whether the at-home protocol is appropriate,
write and adjust every prescription, and stay your prescriber for the whole program.</p>
<div class="roster">
<div class="card"><h3>Dana Whitfield, MD</h3><p>Medical Director · Board-certified psychiatrist · Licensed in CA, OR, WA · NPI 1234567890</p><p>Twelve years in inpatient psychiatry and treatment-resistant depression.</p></div>
<div class="card"><h3>Luis Ortega, PMHNP-BC</h3><p>Psychiatric nurse practitioner · Licensed in TX, FL, AZ · DEA-registered</p><p>Former ER nurse; focuses on careful screening for blood pressure and substance-use history.</p></div>
<div class="card"><h3>Priya Raman, DO</h3><p>Psychiatrist · Licensed in NY, NJ, PA, MA</p><p>Leads our protocol for members with PTSD and co-occurring anxiety.</p></div>
<div class="card"><h3>Caroline Boateng, PMHNP</h3><p>Licensed in CO, IL, MN</p><p>Runs follow-ups and dose adjustments for our Midwest members.</p></div>
</div>
<p>Not everyone qualifies. Our clinicians decline people with uncontrolled hypertension, a history of psychosis, pregnancy, or active substance
use disorder, and refer them to in-person care.</p>
</main>
<footer>© Solace at Home Medical Group · <a href="/licenses">State licenses</a> · <a href="/privacy">Privacy</a></footer>
""")

p("h15518", "https://brightline-psych.example/how-it-works", "telehealth", False, "en",
  "telehealth-how-it-works-short", "How It Works | Brightline Psychiatry Online", """
<main>
<h1>How it works</h1>
<ol>
<li><b>Screen.</b> A short intake form checks you're 18+, live in one of our 14 states and have tried at least two antidepressants.</li>
<li><b>Meet your psychiatrist.</b> A 60-minute video evaluation. Your psychiatrist may recommend a low-dose dissociative anaesthetic protocol, a standard medication change or in-person care.</li>
<li><b>Prescription and pharmacy.</b> If prescribed, your medication ships from our licensed partner pharmacy after it verifies your prescription. Signature on delivery.</li>
<li><b>Supervised sessions.</b> Your first session is observed live on video by a clinician; every session needs a sober adult present.</li>
</ol>
<p>$250 evaluation · $150 follow-ups · Most PPO plans reimburse visits as out-of-network. <a href="/book">Book an evaluation</a></p>
</main>
""")

p("h15519", "https://quietharbor-health.example/help/shipping-note.txt", "telehealth", False, "en",
  "telehealth-shipping-excerpt", "Shipping note", """
Your medication ships from Meridian Compounding Pharmacy only after your clinician has signed your prescription and the pharmacist has verified it. Packages are plain, temperature-stable and require an adult signature; they cannot be redirected, left with a neighbour or sent to a PO box. Questions about your order: message your care team in the portal.
""", ext="txt")

p("h15520", "https://seelenlicht-online.example/de/behandlung/nasenspray", "telehealth", False, "de",
  "de-virtual-psychiatry-referral", "Nasenspray-Behandlung bei therapieresistenter Depression | Seelenlicht Online-Psychiatrie", """
<header><a class="logo" href="/de/">Seelenlicht <small>Online-Psychiatrie</small></a>
<nav><a href="/de/angebot">Angebot</a> <a href="/de/aerzte">Unsere Ärztinnen und Ärzte</a> <a href="/de/kosten">Kosten</a> <a href="/de/termin">Termin buchen</a></nav></header>
<main>
<h1>Nasenspray-Behandlung: So begleiten wir Sie</h1>
<p>Wenn zwei oder mehr Antidepressiva nicht ausreichend geholfen haben, kann eine Behandlung mit dem zugelassenen Nasenspray Spravato infrage kommen.
Das Medikament selbst darf nur in einer Praxis oder Klinik unter Aufsicht angewendet werden &ndash; nicht zu Hause und nicht per Versand.</p>
<h2>Unser Ablauf</h2>
<ol>
<li><b>Videosprechstunde</b> mit einer Fachärztin oder einem Facharzt für Psychiatrie (50 Minuten). Wir prüfen Vorbehandlungen, Blutdruck und Begleiterkrankungen.</li>
<li><b>Befundbericht und Überweisung</b> an eine unserer Partnerpraxen in Berlin, Hamburg, Köln oder München, die die Anwendung mit anschließender Überwachung (mindestens zwei Stunden) durchführen.</li>
<li><b>Begleitung</b>: Wir führen die psychiatrische Weiterbehandlung und die Psychotherapie per Video fort und stimmen uns mit der Partnerpraxis ab.</li>
</ol>
<p>Die Kosten der Videosprechstunden werden von den meisten privaten Krankenversicherungen übernommen; gesetzlich Versicherte erhalten einen Selbstzahlertarif (ab 120 €).</p>
<p><a class="btn" href="/de/termin">Erstgespräch vereinbaren</a></p>
</main>
<footer>Seelenlicht MVZ GmbH · Ärztliche Leitung: Dr. med. Katrin Hollmann · <a href="/de/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h15521", "https://mentesana-telesalud.example/mx/preguntas-frecuentes", "telehealth", False, "es",
  "es-telehealth-faq-tu-receta", "Preguntas frecuentes — MenteSana Telesalud", """
<header><a class="logo" href="/mx/">MenteSana Telesalud</a>
<nav><a href="/mx/como-funciona">Cómo funciona</a> <a href="/mx/especialistas">Especialistas</a> <a href="/mx/precios">Precios</a> <a href="/mx/preguntas-frecuentes">Preguntas</a> <a href="/mx/agenda">Agenda tu valoración</a></nav></header>
<main>
<h1>Preguntas frecuentes</h1>
<h2>¿Cómo obtengo mi receta?</h2>
<p>Tu receta solo se emite después de una valoración por videollamada con un médico psiquiatra con cédula profesional vigente. En la consulta
revisamos tu historia clínica, tus tratamientos previos y tu presión arterial. Si el psiquiatra considera que el tratamiento no es adecuado para ti,
te orientamos hacia otras opciones y no se emite receta.</p>
<h2>¿Dónde se surte?</h2>
<p>En nuestra farmacia aliada con licencia sanitaria y permiso para medicamentos controlados. La farmacia valida la receta especial antes de preparar el envío.</p>
<h2>¿Cómo son las sesiones en casa?</h2>
<p>Las tabletas sublinguales se toman durante una sesión programada. La primera sesión se hace por videollamada con tu psiquiatra conectado y
siempre con un acompañante adulto presente.</p>
<h2>¿Cuánto cuesta?</h2>
<p>Valoración inicial: $1,800 MXN. Seguimientos: $1,200 MXN. El medicamento se paga aparte en la farmacia.</p>
</main>
<footer>MenteSana Telesalud S.C. · Responsable sanitario: Dra. Mariana Cuevas, Céd. Prof. 0000000 · <a href="/mx/aviso-de-privacidad">Aviso de privacidad</a></footer>
""", noise="cookie-es")

p("h15522", "https://clinique-virtuelle-boreale.example/fr/traitement-a-domicile", "telehealth", False, "fr",
  "fr-ca-telehealth-votre-ordonnance", "Traitement à domicile — Clinique virtuelle Boréale", """
<header><a class="logo" href="/fr/">Clinique virtuelle Boréale</a>
<nav><a href="/fr/services">Services</a> <a href="/fr/equipe">Équipe</a> <a href="/fr/traitement-a-domicile">Traitement à domicile</a> <a href="/fr/tarifs">Tarifs</a> <a href="/fr/rendez-vous">Rendez-vous</a> <a href="/en/">EN</a></nav></header>
<main>
<h1>Le traitement à domicile, étape par étape</h1>
<p>Notre programme s'adresse aux adultes de l'Ontario et du Québec vivant avec une dépression résistante. Il repose sur un médicament anesthésique
utilisé à faible dose, prescrit uniquement après une évaluation complète.</p>
<h2>1. Évaluation en vidéoconsultation</h2>
<p>Un médecin membre du Collège des médecins du Québec ou de l'Ordre des médecins et chirurgiens de l'Ontario vous rencontre pendant une heure.
Un bilan (tension artérielle, antécédents, médicaments) est exigé avant toute ordonnance.</p>
<h2>2. Votre ordonnance</h2>
<p>Si le traitement vous convient, votre ordonnance est transmise à notre pharmacie partenaire, qui vous expédie les comprimés sublinguaux par
messagerie avec signature obligatoire. Aucun renouvellement sans rendez-vous de suivi.</p>
<h2>3. Les séances</h2>
<p>Une personne adulte doit être présente. Une infirmière vous appelle avant et après chaque séance.</p>
<p>Frais : évaluation 350 $, suivis 175 $. Certaines assurances collectives remboursent les consultations.</p>
</main>
<footer>Clinique virtuelle Boréale inc. · <a href="/fr/confidentialite">Confidentialité</a></footer>
""", noise="cookie-fr")

p("h15523", "https://psicoonline-saude.example/tratamentos/depressao-resistente", "telehealth", False, "pt",
  "pt-br-telepsiquiatria-encaminhamento", "Depressão resistente: avaliação online e encaminhamento | PsicoOnline Saúde", """
<header><a class="logo" href="/">PsicoOnline Saúde</a>
<nav><a href="/como-funciona">Como funciona</a> <a href="/medicos">Médicos</a> <a href="/tratamentos">Tratamentos</a> <a href="/agendar">Agendar</a></nav></header>
<main>
<h1>Depressão resistente ao tratamento</h1>
<p>Quando dois ou mais antidepressivos não funcionaram, nossa equipe de psiquiatria avalia você por teleconsulta e discute as opções, incluindo o
spray nasal aprovado pela Anvisa para depressão resistente, que é aplicado somente em clínica credenciada, com observação após cada dose.</p>
<h2>Como funciona</h2>
<ul>
<li>Teleconsulta de 50 minutos com psiquiatra (CRM ativo), seguindo a resolução do CFM sobre telemedicina.</li>
<li>Se houver indicação, emitimos o relatório e encaminhamos você a uma clínica parceira em São Paulo, Campinas, Curitiba ou Belo Horizonte.</li>
<li>O acompanhamento psiquiátrico continua online, em conjunto com a clínica.</li>
</ul>
<p>Consulta: R$ 420. Emitimos recibo para reembolso do plano de saúde.</p>
<p><a href="/agendar" class="btn">Agendar teleconsulta</a></p>
</main>
<footer>PsicoOnline Saúde Ltda. · Diretor técnico: Dr. Renato Albuquerque, CRM-SP 000000</footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics (8)

p("h15524", "https://tidewater-infusion.example/", "clinic", False, "en",
  "clinic-homepage-long-packages", "Tidewater Infusion & Wellness | Norfolk, VA", """
<div class="topbar">📍 240 Granby St, Suite 300, Norfolk VA · ☎ (757) 555-0148 · Open Mon–Sat 8am–6pm</div>
<header>
<a class="logo" href="/">Tidewater Infusion &amp; Wellness</a>
<nav>
<a href="/conditions/depression">Depression</a> <a href="/conditions/ptsd">PTSD</a> <a href="/conditions/chronic-pain">Chronic pain</a>
<a href="/the-medicine">About the medicine</a> <a href="/what-to-expect">What to expect</a> <a href="/pricing">Pricing</a>
<a href="/our-team">Our team</a> <a href="/blog">Blog</a> <a href="/book" class="btn">Book a consult</a>
</nav>
</header>
<main>
<section class="hero">
<h1>Feel like yourself again.</h1>
<p>Physician-supervised IV infusions for depression, PTSD and chronic pain, in a calm private suite with your own recliner, blanket and playlist.</p>
<a class="btn" href="/book">Book a free 15-minute consult</a>
</section>
<section class="medicine">
<h2>About the medicine</h2>
<p>The medicine we use has been on the WHO list of essential medicines for decades and is used every day in emergency rooms. At much lower doses,
given slowly through an IV over 40 minutes, it can ease depressive symptoms within hours for many people who haven't responded to pills.
Our anesthesiologist, Dr. Mark Ellison, screens every patient and stays on site during every session.</p>
</section>
<section class="pricing">
<h2>Transparent pricing</h2>
<table>
<tr><td>Initial consultation with medical evaluation</td><td>$150 (credited to your first infusion)</td></tr>
<tr><td>Single mood infusion</td><td>$475</td></tr>
<tr><td>Induction series: 6 infusions over 2–3 weeks</td><td>$2,550 (save $300)</td></tr>
<tr><td>Booster infusion</td><td>$425</td></tr>
<tr><td>Chronic pain infusion (4 hours)</td><td>from $750</td></tr>
</table>
<p>We accept HSA/FSA cards and offer financing through CareCredit. Superbills provided for out-of-network reimbursement. A $100 deposit holds your first session.</p>
<a class="btn" href="/pricing#packages">Buy a package</a>
</section>
<section class="testimonials">
<h2>What patients say</h2>
<blockquote>"After the third session I noticed I'd been humming while making coffee. That hadn't happened in years." — R.T., Virginia Beach</blockquote>
<blockquote>"The nurses checked my blood pressure every 10 minutes and my husband drove me home. I felt completely safe." — Angela M.</blockquote>
</section>
<section class="referral">
<h2>For referring providers</h2>
<p>We partner with your patient's psychiatrist or therapist. Fax referrals to (757) 555-0149 or use our <a href="/referrals">online referral form</a>.</p>
</section>
</main>
<footer>
<p>Tidewater Infusion &amp; Wellness PLLC · Medical Director Mark Ellison, MD · If you are in crisis, call or text 988.</p>
<p><a href="/privacy">Privacy</a> · <a href="/pay-my-bill">Pay my bill</a> · <a href="/careers">Careers</a> · <a href="/gift-cards">Gift cards</a></p>
</footer>
""", noise="cookie")

p("h15525", "https://riverstone-kap.example/our-sessions", "clinic", False, "en",
  "kap-practice-sessions-page", "Our Sessions | Riverstone Psychedelic-Assisted Therapy", """
<header><a class="logo" href="/">Riverstone</a>
<nav><a href="/approach">Approach</a> <a href="/our-sessions">Our sessions</a> <a href="/team">Team</a> <a href="/fees">Fees</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>What happens in a session</h1>
<p>Riverstone is a small group practice in Boulder, Colorado. Our medicine sessions pair a legal, prescription medicine with psychotherapy. We
don't use the medicine on its own and we never send it home with you.</p>
<h2>Before</h2>
<p>You meet our psychiatrist, Dr. Helen Okafor, for a medical screening, and your therapist for two preparation sessions.</p>
<h2>The medicine session</h2>
<p>In our session room, you receive the medicine as a lozenge or an intramuscular injection, given by our nurse. Sessions last about two and a half
hours. Your therapist sits with you the whole time; a medical provider is on site.</p>
<h2>After</h2>
<p>Integration sessions within 48 hours help you make sense of what came up. A friend or rideshare takes you home &mdash; no driving that day.</p>
<p class="fees">Three-session package including preparation and integration: $3,600. <a href="/contact">Request an intake call</a></p>
</main>
<footer>Riverstone PLLC · 1800 Pearl St, Boulder CO · (303) 555-0177</footer>
""")

p("h15526", "https://lakeside-behavioral.example/services/nasal-spray-treatment", "clinic", False, "en",
  "rems-spravato-center-brand-only", "Spravato® Treatment Center | Lakeside Behavioral Health", """
<header><a class="logo" href="/">Lakeside Behavioral Health</a>
<nav><a href="/services">Services</a> <a href="/services/tms">TMS</a> <a href="/services/nasal-spray-treatment">Spravato®</a> <a href="/insurance">Insurance</a> <a href="/locations">Locations</a> <a href="/patient-portal">Patient portal</a></nav></header>
<main>
<h1>Spravato® nasal spray treatment</h1>
<p>Lakeside Behavioral Health is a certified Spravato® REMS treatment center in Madison and Middleton, Wisconsin. Spravato® is an FDA-approved
nasal spray for adults with treatment-resistant depression and for depressive symptoms in adults with major depressive disorder with acute suicidal thoughts or actions.</p>
<h2>What to expect</h2>
<ul>
<li>You self-administer the spray in our treatment room under the direct observation of our staff.</li>
<li>We monitor your blood pressure and how you feel for at least two hours after each dose.</li>
<li>You cannot drive until the next day after a good night's sleep, so please arrange a ride.</li>
<li>Treatment usually starts twice a week for four weeks, then weekly or every other week.</li>
</ul>
<h2>Insurance</h2>
<p>Most commercial plans, Medicare and Wisconsin Medicaid cover Spravato® with prior authorization. Our benefits team handles the paperwork, and
the manufacturer's savings program may lower your copay.</p>
<p><a class="btn" href="/refer">Refer a patient</a> <a class="btn" href="/request-appointment">Request an appointment</a></p>
</main>
<footer>© Lakeside Behavioral Health SC · 608-555-0123</footer>
""")

p("h15527", "https://tidewater-infusion.example/gift-cards", "clinic", False, "en",
  "clinic-gift-card-short", "Gift Cards | Tidewater Infusion & Wellness", """
<main>
<h1>Give the gift of a fresh start</h1>
<p>Tidewater gift cards can be used toward consultations, mood infusions, hydration IVs and packages. Recipients must complete a medical evaluation with our physician before any infusion.</p>
<form><label>Amount</label><select><option>$100</option><option>$250</option><option>$475 (one mood infusion)</option><option>Custom</option></select>
<label>Recipient email</label><input> <button>Buy gift card</button></form>
<p><small>Non-refundable. Never expires. Not redeemable for cash.</small></p>
</main>
""")

p("h15528", "https://harborview-infusions.example/patients/first-visit.txt", "clinic", False, "en",
  "clinic-intake-faq-excerpt", "First visit", """
Your first infusion: what to bring
- Photo ID and insurance card (for the consult; infusions are self-pay, $450)
- A list of all your medications, including supplements
- A driver. You cannot drive, bike or use a rideshare alone after your session.
Do not eat for 4 hours before your appointment; clear liquids are fine until 2 hours before. Skip your morning blood pressure pill only if Dr. Nassar has told you to. Arrive 15 minutes early so our nurse can place your IV and take your vitals. Sessions take about 90 minutes including recovery.
""", ext="txt")

p("h15529", "https://clinicaserena.example/es/tratamientos/infusiones", "clinic", False, "es",
  "es-clinic-infusiones-whatsapp", "Infusiones para la depresión resistente | Clínica Serena Madrid", """
<header><a class="logo" href="/es/">Clínica Serena</a>
<nav><a href="/es/tratamientos">Tratamientos</a> <a href="/es/equipo">Equipo médico</a> <a href="/es/precios">Precios</a> <a href="/es/contacto">Contacto</a> <a href="/es/cita" class="btn">Pide cita</a></nav></header>
<main>
<h1>Infusiones intravenosas para la depresión resistente</h1>
<p>En Clínica Serena administramos, en quirófano de día y bajo supervisión de anestesiólogo, un fármaco anestésico a dosis subanestésicas por vía
intravenosa. El tratamiento está indicado tras la valoración de nuestro equipo de psiquiatría.</p>
<h2>El tratamiento</h2>
<ul>
<li>Primera visita con psiquiatra y anestesiólogo, con electrocardiograma y analítica.</li>
<li>Seis sesiones de 40 minutos en dos o tres semanas, con monitorización continua.</li>
<li>Reposo de una hora y salida siempre acompañado.</li>
</ul>
<h2>Precios</h2>
<p>Consulta de valoración: 180 €. Sesión: 390 €. Programa completo de seis sesiones: 2.100 €. Aceptamos pago fraccionado.</p>
<p>Citas también por WhatsApp: <b>+34 655 555 021</b> (solo citas, no consultas clínicas).</p>
</main>
<footer>Clínica Serena · C/ de Velázquez 00, Madrid · Centro sanitario autorizado CS00000 · <a href="/es/aviso-legal">Aviso legal</a></footer>
""", noise="cookie-es")

p("h15530", "https://centromente-milano.example/it/servizi/spray-nasale", "clinic", False, "it",
  "it-clinic-spray-nasale", "Trattamento con spray nasale per la depressione resistente | Centro Mente Milano", """
<header><a class="logo" href="/it/">Centro Mente Milano</a>
<nav><a href="/it/servizi">Servizi</a> <a href="/it/medici">I nostri medici</a> <a href="/it/tariffe">Tariffe</a> <a href="/it/prenota" class="btn">Prenota</a></nav></header>
<main>
<h1>Spray nasale per la depressione resistente</h1>
<p>Il nostro ambulatorio di psichiatria somministra il trattamento con spray nasale approvato per la depressione resistente, sotto osservazione
medica diretta. Il farmaco viene autosomministrato in ambulatorio e il paziente resta in osservazione per almeno due ore.</p>
<ul>
<li>Visita psichiatrica preliminare e valutazione dei criteri di idoneità</li>
<li>Fase di induzione: due sedute a settimana per quattro settimane</li>
<li>Controllo della pressione prima e dopo ogni seduta</li>
<li>Non è possibile guidare fino al giorno successivo</li>
</ul>
<p>Visita: 160 €. Per il costo delle sedute, contattare la segreteria. <a href="/it/prenota">Prenota una visita</a></p>
</main>
<footer>Centro Mente Milano S.r.l. · Direttore sanitario Dott.ssa Chiara Bellini · Via Example 00, Milano</footer>
""")

p("h15531", "https://kliniek-helder.example/nl/behandelingen/infuus", "clinic", False, "nl",
  "nl-clinic-infuusbehandeling", "Infuusbehandeling bij therapieresistente depressie | Kliniek Helder", """
<header><a class="logo" href="/nl/">Kliniek Helder</a>
<nav><a href="/nl/behandelingen">Behandelingen</a> <a href="/nl/verwijzers">Voor verwijzers</a> <a href="/nl/kosten">Kosten</a> <a href="/nl/contact">Contact</a></nav></header>
<main>
<h1>Infuusbehandeling</h1>
<p>Kliniek Helder in Utrecht biedt een infuusbehandeling met een laag gedoseerd narcosemiddel voor volwassenen met een depressie waarbij
minstens twee antidepressiva en psychotherapie onvoldoende hielpen. U heeft een verwijzing van uw huisarts of psychiater nodig.</p>
<h2>Hoe verloopt het?</h2>
<p>Na een intake met de psychiater en de anesthesioloog krijgt u zes behandelingen in drie weken. Elke behandeling duurt 40 minuten, waarna u
een uur blijft om bij te komen. U mag die dag niet zelf rijden.</p>
<h2>Kosten</h2>
<p>De behandeling wordt nog niet door alle zorgverzekeraars vergoed. Zelf betalen: € 2.400 voor het volledige traject. Vraag uw verzekeraar naar de voorwaarden.</p>
<p><a href="/nl/contact" class="btn">Aanmelden via verwijzer</a></p>
</main>
<footer>Kliniek Helder B.V. · Utrecht · AGB-code 00000000</footer>
""", noise="cookie-nl")

# ---------------------------------------------------------------- informational (9)

p("h15532", "https://saferparty-hub.example/substances/k/slang", "informational", False, "en",
  "harm-reduction-slang-glossary", "K: what people call it, and what they mean | SaferParty Hub", """
<header><a class="logo" href="/">SaferParty Hub</a>
<nav><a href="/substances">Substances</a> <a href="/combos">Combinations</a> <a href="/drug-checking">Drug checking</a> <a href="/get-help">Get help</a></nav></header>
<main>
<nav class="crumbs"><a href="/substances">Substances</a> › <a href="/substances/k">K</a> › Slang</nav>
<h1>Slang and sellers' code words</h1>
<p>The dissociative anaesthetic we call "K" on this site has dozens of nicknames. Sellers rarely write its name, so knowing the code helps you
understand what's actually on offer &mdash; and what might be something else.</p>
<dl>
<dt>K, Special K, Vitamin K, Kit Kat</dt><dd>The most common names. "Vitamin K" in a social media bio is almost never about vitamins.</dd>
<dt>Horse, horse tranq, 🐴</dt><dd>From its veterinary use. Don't confuse it with xylazine ("tranq"), which is a different and more dangerous drug showing up in the opioid supply.</dd>
<dt>Shards, crystal, needle-point</dt><dd>Refer to the look of the powder. Appearance says nothing reliable about purity.</dd>
<dt>K-hole, the hole, the void</dt><dd>A strongly dissociated state from a high dose. People can't move or call for help.</dd>
<dt>Journey kit, ceremony kit, the medicine</dt><dd>Wellness-style marketing. These are not clinics, even if they use therapy language.</dd>
<dt>2F, 2F-DCK, DCK, "new K"</dt><dd>Research-chemical analogues. Sold as or mixed into K. Longer-lasting and less studied.</dd>
<dt>Tusi, "pink cocaine"</dt><dd>A pink powder that often contains K mixed with MDMA and other drugs, and very rarely 2C-B despite the name.</dd>
</dl>
<h2>If you're going to use</h2>
<ul>
<li>Test it. Our <a href="/drug-checking">drug-checking map</a> lists free services.</li>
<li>Sit or lie down somewhere safe, with someone sober nearby.</li>
<li>Don't mix with alcohol, benzos or opioids.</li>
<li>Frequent use can damage the bladder. Pain when peeing, blood in urine or needing to go all the time are reasons to see a doctor &mdash; and to stop.</li>
</ul>
</main>
<footer>SaferParty Hub is a peer-led harm-reduction charity. We don't sell or supply drugs. Registered charity no. 0000000.</footer>
""", noise="cookie")

p("h15533", "https://thecoastaltribune.example/news/2026/11/28/horse-emoji-menus-telegram-dealers", "informational", False, "en",
  "news-emoji-menus-prices", "Horse emojis and 'journey kits': how dealers sell a vet anaesthetic without naming it", """
<header><a class="logo" href="/">The Coastal Tribune</a>
<nav><a href="/news">News</a> <a href="/news/crime">Crime</a> <a href="/news/health">Health</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="btn">Subscribe</a></nav></header>
<main>
<article>
<p class="kicker">Investigation</p>
<h1>Horse emojis and 'journey kits': how dealers sell a vet anaesthetic without naming it</h1>
<p class="byline">By Hannah Moyo, Health Reporter · 28 November 2026</p>
<p>The menu arrives as a single Telegram post: a row of horse emojis, a list of weights and prices, and a handle to message. "🐴 1 = £30, 🐴 3.5 = £80,"
it reads. Nowhere does it name the drug. It doesn't have to.</p>
<p>Over six weeks, the Tribune found more than 40 channels, marketplace listings and websites offering the dissociative anaesthetic to buyers in the
region &mdash; using code words, product codes and, increasingly, the soft language of wellness. One site sells a $229 "Quiet Door Journey Kit",
promising "the medicine clinics charge $600 a session for". Another, styled as a private members' club, calls its tiers "Pony" and "Stallion".</p>
<p>"They've learned that naming it gets them taken down," said Dr. Ruth Adeyemi, a toxicologist at Coastal General Hospital. "So they describe it
the way a clinic would. That's what worries me &mdash; people think they're buying therapy."</p>
<p>Legitimate treatment does exist: supervised infusions and a brand-name nasal spray are given in clinics, and some telehealth services prescribe
tablets after a video evaluation. But licensed providers do not sell it without an assessment, and they do not take Monero.</p>
<p>Admissions for bladder damage linked to heavy use have tripled at the hospital since 2022, Adeyemi said. Police said they were "aware of the
channels" and urged parents to learn the slang.</p>
<aside class="related"><h3>Related</h3><ul><li><a href="#">Drug-checking service finds analogues in 1 in 5 samples</a></li><li><a href="#">What is a REMS treatment centre?</a></li></ul></aside>
</article>
</main>
<footer>© The Coastal Tribune · <a href="/ethics">Editorial standards</a> · <a href="/contact">Contact the newsroom</a></footer>
""")

p("h15534", "https://agriculture-board.example/vet-medicines/alerts/2026-14-anaesthetic-diversion", "informational", False, "en",
  "government-vet-diversion-alert", "Alert 2026-14: Theft and diversion of veterinary injectable anaesthetics", """
<main>
<h1>Alert 2026-14: Theft and diversion of veterinary injectable anaesthetics</h1>
<p class="meta">Issued 4 December 2026 · Veterinary Medicines Compliance Unit · Audience: veterinary practices, equine yards, wholesalers</p>
<p>The Unit has received reports of break-ins at veterinary practices and equine yards targeting Schedule III injectable anaesthetics sold under
brand names including Ketaset, Vetalar-V, Narketan and Anaket. Stolen vials are being advertised on online marketplaces as "horse sedative",
"paardenverdoving" or "surplus from the yard", and by websites claiming to supply them without a veterinary prescription.</p>
<h2>What practices must do</h2>
<ul>
<li>Keep controlled anaesthetics in a locked cabinet and record every vial in the controlled drugs register.</li>
<li>Reconcile stock weekly and report any unexplained loss to police and to the Unit within 7 days.</li>
<li>Never supply these products to owners for use at home.</li>
</ul>
<h2>Websites and listings</h2>
<p>It is an offence to supply these products without a prescription. Report suspicious listings to <a href="#">report@agriculture-board.example</a>.
Do not order from them: products may be counterfeit, diluted or evaporated to powder.</p>
</main>
""")

p("h15535", "https://forum.mindwaves.example/t/anyone-tried-those-journey-kits/48213", "informational", False, "en",
  "forum-thread-quoting-sellers", "Anyone tried those \"journey kits\"? - General Discussion - Mindwaves Forum", """
<header><a href="/" class="logo">Mindwaves Forum</a> <nav><a href="/latest">Latest</a> <a href="/top">Top</a> <a href="/c/general">General</a> <a href="/c/treatment">Treatment</a> <a href="/login">Log in</a></nav></header>
<main class="topic">
<h1>Anyone tried those "journey kits"?</h1>
<div class="post"><p class="who"><b>quietmoth</b> · 3d</p>
<p>Keep getting Instagram ads for a "Quiet Door kit", $229, troches plus a nasal atomiser, "no prescription or telehealth visit needed". Their site never says what's in it but it's obviously K. Anyone ordered? Tempted because the infusion clinic near me is $475 a pop.</p></div>
<div class="post"><p class="who"><b>Dr_Lin_MD</b> (verified clinician) · 3d</p>
<p>Please don't. No screening, no blood pressure check, no idea of the dose actually in those troches, and nobody with you. If cost is the issue, look at telehealth programs that do a proper video evaluation and ship via a pharmacy only with a prescription, or ask your psychiatrist about the nasal spray, which insurance often covers.</p></div>
<div class="post"><p class="who"><b>rustbelt_ray</b> · 2d</p>
<p>Ordered from a similar "wellness" shop last year. Got a candle box with loose tablets and no label. Lab-tested one through a drug-checking service: it was 2F-DCK, not the real thing.</p></div>
<div class="post"><p class="who"><b>mod_ellie</b> (moderator) · 2d</p>
<p>Reminder: sourcing talk and vendor links are against the rules. I've removed two replies with links. Discussion of safety and legit treatment is fine.</p></div>
</main>
<footer><a href="/guidelines">Community guidelines</a> · Powered by Discourse</footer>
""")

p("h15536", "https://neuro-trials.example/studies/NMDA-TRD-204", "informational", False, "en",
  "research-trial-recruitment", "Study NMDA-TRD-204: a rapid-acting nasal spray for treatment-resistant depression", """
<main>
<h1>Now recruiting: NMDA-TRD-204</h1>
<p><b>A 12-week study of an investigational rapid-acting nasal spray for adults with treatment-resistant depression.</b></p>
<p>The study drug acts on the brain's NMDA glutamate receptors, like an approved anaesthetic-derived nasal spray already used in certified clinics.
Researchers want to learn whether a lower dose is as effective with less dissociation.</p>
<h2>You may be eligible if you</h2>
<ul><li>are 18–65</li><li>have had depression for at least 6 months and tried two or more antidepressants</li><li>can visit our Pittsburgh site twice a week for 4 weeks</li></ul>
<p>All study visits, medication and tests are free. Participants are compensated up to $1,150 for time and travel. The study is approved by the University Institutional Review Board (IRB #2026-0417).</p>
<p>Contact the study coordinator: (412) 555-0190 · trd204@neuro-trials.example</p>
</main>
""")

p("h15537", "https://newdawn-recovery.example/treatment/dissociative-addiction", "informational", False, "en",
  "rehab-centre-k-addiction", "Dissociative (K) Addiction Treatment | New Dawn Recovery", """
<header><a class="logo" href="/">New Dawn Recovery</a> <nav><a href="/treatment">Treatment</a> <a href="/admissions">Admissions</a> <a href="/insurance">Insurance</a> <a href="/call" class="btn">Call 24/7</a></nav></header>
<main>
<h1>Help for K addiction</h1>
<p>Many of the people we treat never called it by its name. It was "K", "ket", "horse" or "just a bump". By the time they reach us, many have
daily use, "K cramps" (severe stomach pain), bladder pain and memory problems.</p>
<p>Our residential and outpatient programs combine medical assessment, urology referral where needed, CBT and peer support. Most insurance accepted.</p>
<p><a class="btn" href="/admissions">Verify your insurance</a> or call (555) 010-4477, 24 hours a day.</p>
</main>
""")

p("h15538", "https://drugchecking-rhein.example/de/warnungen/2026-12-k-proben-2f-dck", "informational", False, "de",
  "de-drug-checking-alert-analogue", "Warnung: Als „K“ gekaufte Proben enthielten 2F-DCK | Drug-Checking Rhein", """
<header><a class="logo" href="/de/">Drug-Checking Rhein</a>
<nav><a href="/de/warnungen">Warnungen</a> <a href="/de/angebot">Unser Angebot</a> <a href="/de/standorte">Standorte</a> <a href="/de/safer-use">Safer Use</a></nav></header>
<main>
<h1>Warnung: Als „K" gekaufte Proben enthielten 2F-DCK</h1>
<p class="datum">Veröffentlicht am 3. Dezember 2026</p>
<p>In den letzten vier Wochen wurden bei uns sieben Proben abgegeben, die als „K", „Keta" oder „Pferd" gekauft worden waren. In fünf davon fanden wir
ausschließlich 2F-DCK, ein Analogon, das deutlich länger wirkt. Zwei Proben stammten aus einem Online-Shop mit „Journey-Kits", drei aus Telegram-Gruppen.</p>
<h2>Was bedeutet das für euch?</h2>
<ul>
<li>Die Wirkung kann später einsetzen und länger anhalten. Nicht nachlegen!</li>
<li>Nicht allein konsumieren, nicht mit Alkohol oder Benzos mischen.</li>
<li>Lasst eure Substanz anonym und kostenlos bei uns testen: Köln (Di 17–20 Uhr), Düsseldorf (Do 17–20 Uhr).</li>
</ul>
<p>Wir verkaufen keine Substanzen und geben keine Bezugsquellen weiter.</p>
</main>
<footer>Drug-Checking Rhein ist ein Modellprojekt in Trägerschaft eines gemeinnützigen Vereins, gefördert vom Land NRW.</footer>
""", noise="cookie-de")

p("h15539", "https://forum-parents-ados.example/fr/sujet/mon-fils-parle-de-la-k-et-du-k-hole-128877", "informational", False, "fr",
  "fr-parents-forum-slang", "Mon fils parle de « la K » et du « K-hole », c'est quoi ? – Forum Parents d'ados", """
<header><a class="logo" href="/fr/">Parents d'ados</a> <nav><a href="/fr/forum">Forum</a> <a href="/fr/forum/sante">Santé</a> <a href="/fr/forum/addictions">Addictions</a></nav></header>
<main>
<h1>Mon fils parle de « la K » et du « K-hole », c'est quoi ?</h1>
<div class="message"><p class="auteur"><b>Sandrine_69</b> · il y a 2 jours</p>
<p>Bonjour, j'ai vu sur le téléphone de mon fils (17 ans) des messages avec des emojis de cheval et « on se fait un petit K-hole samedi ». Un contact lui envoie une liste avec des prix, 20 € le gramme. Je suis perdue, c'est quoi ?</p></div>
<div class="message"><p class="auteur"><b>Modération_Parentsdados</b> · il y a 2 jours</p>
<p>Bonjour Sandrine. « La K » désigne un anesthésique dissociatif (utilisé en médecine humaine et vétérinaire, d'où l'emoji cheval), détourné en soirée. Le « K-hole » est un état de forte dissociation où la personne ne peut plus bouger. Les risques : chutes, accidents, et à la longue des atteintes graves de la vessie. Vous pouvez appeler Drogues Info Service (0 800 23 13 13, gratuit et anonyme) ou consulter une CJC (consultation jeunes consommateurs).</p></div>
<div class="message"><p class="auteur"><b>Papa_de_Lucas</b> · hier</p>
<p>Même situation l'an dernier. La CJC nous a beaucoup aidés, surtout pour parler sans crier. Courage.</p></div>
</main>
<footer>Forum modéré · <a href="/fr/charte">Charte</a> · <a href="/fr/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h15540", "https://empregos-saude.example/vagas/enfermeiro-a-clinica-infusoes-lisboa-33812", "informational", False, "pt",
  "pt-job-board-infusion-nurse", "Enfermeiro(a) – Clínica de infusões (Lisboa) | Empregos Saúde", """
<header><a class="logo" href="/">Empregos Saúde</a> <nav><a href="/vagas">Vagas</a> <a href="/empresas">Empresas</a> <a href="/publicar">Publicar vaga</a> <a href="/entrar">Entrar</a></nav></header>
<main>
<h1>Enfermeiro(a) – Clínica de infusões</h1>
<p class="meta">Lisboa (Avenidas Novas) · Tempo inteiro · Publicado há 5 dias · Ref. 33812</p>
<h2>Sobre a função</h2>
<p>Clínica privada de saúde mental procura enfermeiro(a) para a unidade de infusões, onde se realizam tratamentos intravenosos com um fármaco
anestésico em doses baixas para depressão resistente, sob supervisão de anestesiologista.</p>
<ul>
<li>Colocação de acessos venosos e monitorização de sinais vitais durante e após as sessões</li>
<li>Registo clínico e gestão do armazenamento de medicamentos controlados</li>
<li>Acolhimento e acompanhamento dos doentes no recobro</li>
</ul>
<h2>Requisitos</h2>
<p>Inscrição ativa na Ordem dos Enfermeiros; experiência em recobro, urgência ou bloco operatório valorizada; suporte básico de vida atualizado.</p>
<p><b>Oferecemos:</b> contrato sem termo, horário de segunda a sexta, 1.650 € brutos/mês + seguro de saúde.</p>
<p><a class="btn" href="/vagas/33812/candidatar">Candidatar</a></p>
</main>
<footer>© Empregos Saúde · <a href="/termos">Termos</a> · <a href="/privacidade">Privacidade</a></footer>
""", noise="cookie-pt")

save(OUT, R)
