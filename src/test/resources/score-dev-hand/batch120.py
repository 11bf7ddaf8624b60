# Batch 120 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "What a search for 'ketamine' returns". The pages that the first results of web searches such
# as "ketamine therapy near me", "buy ketamine", "esketamine Spravato cost", "ketamina sin receta",
# "Ketamin Therapie", "kétamine dépression", "ketamine kopen", "cetamina tratamento" and "ketamina
# terapia" lead to: clinics and telehealth services, news and health sites, government and regulator
# pages, forums, directories, and the shops that rank for the buying queries.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 4, de 3, fr 3, nl 2, pt 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), medium pages,
# navigation-heavy category and directory pages, a partial news page cut by a paywall, a bot-check
# wall, a link-in-bio page, and a few plain-text excerpts (classified ad, onboarding steps, intake
# notes, encyclopedia snippet).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch120.py (writes batch120/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch120")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h12001", "https://ketapharm-direct.example/product/ketamine-hcl-crystal-powder", "seller", True, "en",
  "shop-product-page-crypto-stealth", "Buy Ketamine HCL Crystal Powder Online | KetaPharm Direct", """
<header>
<div class="announce">&#9889; Summer sale: 12% off every order paid in Bitcoin or Monero &middot; Reship guarantee on all domestic parcels</div>
<a class="brand" href="/">KetaPharm <b>Direct</b></a>
<form class="search" action="/search"><input name="q" placeholder="Search products..."><button>Go</button></form>
<nav class="main">
<a href="/shop">All products</a> <a href="/category/dissociatives">Dissociatives</a> <a href="/category/nasal-sprays">Nasal sprays</a>
<a href="/category/liquid-vials">Liquid vials</a> <a href="/category/pain">Pain pills</a> <a href="/how-to-order">How to order</a>
<a href="/shipping">Shipping</a> <a href="/contact">Contact</a> <a href="/my-account">My account</a> <a href="/cart">&#128722; Cart (0)</a>
</nav>
</header>
<main>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/category/dissociatives">Dissociatives</a> &rsaquo; Ketamine HCL Crystal Powder</div>
<section class="product">
<img src="/wp-content/uploads/ketamine-crystal.jpg" alt="ketamine crystal">
<h1>Ketamine HCL Crystal Powder (99.7%)</h1>
<div class="rating">&#9733;&#9733;&#9733;&#9733;&#9733; 4.8 (312 customer reviews)</div>
<p class="stock">In stock &ndash; ships within 24 hours</p>
<table class="price-tiers">
<tr><th>Quantity</th><th>Price</th></tr>
<tr><td>5 g</td><td>$120.00</td></tr>
<tr><td>10 g</td><td>$210.00</td></tr>
<tr><td>25 g</td><td>$450.00</td></tr>
<tr><td>50 g</td><td>$790.00</td></tr>
<tr><td>100 g</td><td>$1,420.00</td></tr>
</table>
<label>Quantity <select><option>5 g</option><option>10 g</option><option>25 g</option><option>50 g</option><option>100 g</option></select></label>
<button class="add-to-cart">Add to cart</button>
<ul class="badges">
<li>No prescription needed</li>
<li>Vacuum-sealed, odour-proof stealth packaging</li>
<li>Free reship if your parcel is seized by customs</li>
<li>Tracking number sent by email and Telegram</li>
</ul>
</section>
<section class="tabs">
<h2>Description</h2>
<p>Our ketamine hydrochloride is pharmaceutical-grade crystal (shards and fine powder available), lab tested
for purity before every batch leaves our warehouse. Ketamine is an NMDA-receptor antagonist used in
anaesthesia, and many customers use it for its well-known mood benefits without the hassle and cost of a
clinic. Skip waiting rooms and $600 infusions &ndash; order in minutes from home.</p>
<h2>Payment</h2>
<p>We accept Bitcoin (BTC), Monero (XMR), USDT (TRC-20), Cash App and Zelle. Card payments are not
available for this product. Orders are processed once 1 blockchain confirmation is received.</p>
<h2>Shipping</h2>
<p>USA: 1&ndash;3 days (USPS Priority). Canada, UK, EU, Australia: 5&ndash;9 days. Every parcel is shipped
discreetly with no reference to the contents. We never ship with our company name on the label.</p>
<h2>Reviews (312)</h2>
<blockquote>&ldquo;Second order, arrived in 2 days in a normal looking envelope. Quality is top.&rdquo; &ndash; Jay R., Ohio</blockquote>
<blockquote>&ldquo;Customs took my first package, they reshipped for free no questions asked.&rdquo; &ndash; M. from Leeds</blockquote>
<blockquote>&ldquo;Way cheaper than the clinic near me and works the same.&rdquo; &ndash; anonymous</blockquote>
</section>
<section class="related">
<h3>Related products</h3>
<ul>
<li><a href="/product/ketamine-nasal-spray">Ketamine nasal spray 10 mL</a> &ndash; $95.00</li>
<li><a href="/product/esketamine-liquid">Esketamine liquid 50 mg/mL</a> &ndash; $160.00</li>
<li><a href="/product/ketamine-vials-10ml">Ketamine liquid vials 10 x 10 mL</a> &ndash; $380.00</li>
<li><a href="/product/2fdck">2-FDCK crystal</a> &ndash; from $60.00</li>
</ul>
</section>
</main>
<aside class="widget"><h4>Need help ordering?</h4><p>Message us on Telegram <b>@ketapharm_support</b> or WhatsApp. Replies within 15 minutes, 7 days a week.</p></aside>
<footer>
<a href="/about">About us</a> &middot; <a href="/faq">FAQ</a> &middot; <a href="/refund-policy">Refund policy</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a>
<p>&copy; 2026 KetaPharm Direct. All rights reserved.</p>
</footer>
""", noise="cookie")

p("h12002", "https://mindful-living-journal.example/blog/where-to-buy-ketamine-online", "seller", True, "en",
  "doorway-blog-affiliate-recommendation", "Where to Buy Ketamine Online in 2026: 5 Options Compared | Mindful Living Journal", """
<nav class="site"><a href="/">Mindful Living Journal</a> <a href="/category/mental-health">Mental Health</a> <a href="/category/nutrition">Nutrition</a> <a href="/category/sleep">Sleep</a> <a href="/category/psychedelics">Psychedelics</a> <a href="/newsletter">Newsletter</a></nav>
<article>
<h1>Where to Buy Ketamine Online in 2026: 5 Options Compared</h1>
<p class="byline">By Kara Linfield &middot; Updated November 28, 2026 &middot; 9 min read</p>
<p class="disclosure"><em>Affiliate disclosure: some links on this page are affiliate links. If you buy through them we may earn a commission at no extra cost to you.</em></p>
<p>Ketamine has gone from the operating room to the mainstream. Research over the past two decades has shown
that low doses can lift depressive symptoms within hours, and esketamine nasal spray is now an approved
treatment for depression that has not responded to other medications. The problem for most people is access:
a single infusion at a clinic can cost anywhere from $400 to $800, insurance rarely pays, and waiting lists
are long.</p>
<p>So we looked at every way you can get ketamine today and ranked them on price, convenience and privacy.</p>
<h2>1. KetaDirect Pharmacy &ndash; our top pick</h2>
<p>KetaDirect ships ketamine lozenges, nasal spray and powder straight to your door. There is no doctor's
appointment and no video call &ndash; you simply choose your product, check out, and your order leaves the
same day in plain packaging. They accept crypto for extra privacy and prices start at $89.</p>
<p><a class="cta" href="https://ketadirect-rx.example/shop?ref=mlj26" rel="sponsored nofollow">&#10140; Visit KetaDirect and use code MLJ15 for 15% off</a></p>
<h2>2. In-person infusion clinics</h2>
<p>Great if money is no object. Expect a long intake form, a psychiatric screening and a series of six infusions
over two to three weeks. Total cost often exceeds $3,000.</p>
<h2>3. Telehealth programs</h2>
<p>Cheaper than clinics, but you will need a video evaluation, you may be turned down, and you usually commit to a
monthly membership.</p>
<h2>4. Spravato (esketamine) through your psychiatrist</h2>
<p>Covered by some insurance plans, but it has to be taken in a certified office and you must stay for two hours
afterwards. Not very convenient.</p>
<h2>5. Clinical trials</h2>
<p>Free, but slots are limited and you may receive a placebo.</p>
<h2>Our verdict</h2>
<p>For most readers, <a href="https://ketadirect-rx.example/shop?ref=mlj26" rel="sponsored">KetaDirect</a> is the
fastest and cheapest way to try ketamine. No prescription hoops, discreet delivery, and a satisfaction guarantee.</p>
<p class="small">This article is for informational purposes only and is not medical advice.</p>
</article>
<aside><h4>Popular this week</h4><ul><li><a href="/blog/magnesium-for-sleep">Magnesium for sleep</a></li><li><a href="/blog/microdosing-guide">A beginner's microdosing guide</a></li><li><a href="/blog/best-adaptogens">Best adaptogens of 2026</a></li></ul></aside>
<footer>&copy; 2026 Mindful Living Journal &middot; <a href="/about">About</a> &middot; <a href="/disclosure">Disclosure</a></footer>
""", noise="cookie")

p("h12003", "https://ketamine-at-home-now.example/", "seller", True, "en",
  "fake-telehealth-instant-approval", "Ketamine Therapy Near Me? Get It Delivered Tomorrow | KetaNow", """
<header>
<a class="logo" href="/">Keta<span>Now</span></a>
<nav><a href="#how">How it works</a> <a href="#pricing">Pricing</a> <a href="#reviews">Reviews</a> <a href="#faq">FAQ</a> <a class="btn" href="/quiz">Start my quiz</a></nav>
</header>
<section class="hero">
<h1>Searching for &ldquo;ketamine therapy near me&rdquo;? The closest clinic is your couch.</h1>
<p>Answer 7 quick questions. Our medical team approves your plan automatically and ships prescription ketamine
troches to your door &ndash; usually the next business day.</p>
<a class="btn big" href="/quiz">Take the 2-minute quiz &rarr;</a>
<ul class="ticks"><li>No video call required</li><li>No waiting list</li><li>98% of applicants approved</li><li>Ships to all 50 states</li></ul>
</section>
<section id="how">
<h2>How it works</h2>
<ol>
<li><b>Take the quiz.</b> Tell us your age, your mood over the last two weeks and whether you have tried antidepressants.</li>
<li><b>Instant approval.</b> Our system reviews your answers in seconds. A physician signs off on approved quizzes in bulk each evening &ndash; you never need to speak to anyone.</li>
<li><b>Delivered.</b> Your troches arrive in an unmarked box. Reorder any time with one click, no follow-up visit needed.</li>
</ol>
</section>
<section id="pricing">
<h2>Simple pricing</h2>
<div class="plan"><h3>Starter</h3><p>8 troches (150 mg)</p><p class="price">$99</p><a href="/checkout?plan=starter">Buy now</a></div>
<div class="plan best"><h3>Monthly</h3><p>16 troches (200 mg) + free reorders</p><p class="price">$179</p><a href="/checkout?plan=monthly">Buy now</a></div>
<div class="plan"><h3>Bulk</h3><p>48 troches (300 mg)</p><p class="price">$449</p><a href="/checkout?plan=bulk">Buy now</a></div>
<p class="note">Want a stronger dose? Just pick it in the quiz &ndash; approvals are not dose-limited.</p>
</section>
<section id="reviews">
<h2>What customers say</h2>
<blockquote>&ldquo;Filled out the quiz at 11 pm, approved before midnight. Package was here in two days.&rdquo; &ndash; Dana, FL</blockquote>
<blockquote>&ldquo;The local clinic wanted a psych eval and $500. This was $99.&rdquo; &ndash; Chris, NV</blockquote>
</section>
<section id="faq">
<h2>FAQ</h2>
<h3>Is this legal?</h3><p>Every order is reviewed by our affiliated medical team, so your ketamine is fully prescribed.</p>
<h3>Do I need my medical records?</h3><p>No. We don't ask for records or prior diagnoses.</p>
<h3>Can I order for someone else?</h3><p>Yes, just enter their shipping address at checkout.</p>
<h3>How do I pay?</h3><p>All major cards, Apple Pay, and crypto at a 10% discount.</p>
</section>
<footer><p>&copy; 2026 KetaNow Wellness LLC &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a></p>
<p class="tiny">Statements have not been evaluated by any regulatory authority. Results may vary.</p></footer>
""")

p("h12004", "https://northern-meds-rx.example/spravato-esketamine-nasal-spray-28mg", "seller", True, "en",
  "online-pharmacy-spravato-no-rx", "Spravato (Esketamine) 28 mg Nasal Spray - Lowest Price, No Prescription | Northern Meds Rx", """
<div class="top">Customer service: +1 (800) 555-0147 &middot; Live chat 24/7 &middot; Worldwide delivery</div>
<header><a href="/">Northern Meds Rx</a> <nav><a href="/bestsellers">Bestsellers</a> <a href="/category/antidepressants">Antidepressants</a> <a href="/category/pain-relief">Pain relief</a> <a href="/category/anxiety">Anxiety</a> <a href="/track-order">Track order</a> <a href="/cart">Cart</a></nav></header>
<main>
<h1>Spravato (Esketamine) Nasal Spray 28 mg</h1>
<p>Looking up &ldquo;esketamine Spravato cost&rdquo;? Brand Spravato runs several hundred dollars per device in the US
and must be taken in a certified clinic. We ship brand and generic esketamine nasal devices directly to you for
a fraction of that &ndash; for home use.</p>
<table>
<tr><th>Package</th><th>Price</th><th>Per device</th><th></th></tr>
<tr><td>Generic esketamine 28 mg x 1 device</td><td>$189.00</td><td>$189.00</td><td><button>Add to cart</button></td></tr>
<tr><td>Generic esketamine 28 mg x 3 devices</td><td>$499.00</td><td>$166.33</td><td><button>Add to cart</button></td></tr>
<tr><td>Generic esketamine 28 mg x 6 devices</td><td>$899.00</td><td>$149.83</td><td><button>Add to cart</button></td></tr>
<tr><td>Brand Spravato 56 mg kit (2 devices)</td><td>$720.00</td><td>$360.00</td><td><button>Add to cart</button></td></tr>
</table>
<ul>
<li>Prescription not required &ndash; a free online consultation form is included with your order</li>
<li>Shipped from our partner warehouse in India or Singapore in discreet packaging</li>
<li>Payment: Visa, Mastercard, e-check, Bitcoin</li>
<li>Free delivery on orders over $300; reshipment if not delivered within 21 days</li>
</ul>
<h2>About esketamine</h2>
<p>Esketamine is the S-enantiomer of ketamine. It is used for treatment-resistant depression and for depressive
symptoms in adults with suicidal thoughts. Usual dosing is 56 mg or 84 mg twice weekly during induction. Common
side effects include dissociation, dizziness, nausea and raised blood pressure.</p>
<p class="small">Other customers also bought: <a href="/modafinil-200mg">Modafinil 200 mg</a>, <a href="/tramadol-100mg">Tramadol 100 mg</a>, <a href="/alprazolam-1mg">Alprazolam 1 mg</a>.</p>
</main>
<footer>&copy; Northern Meds Rx &middot; Licensed pharmacy partners &middot; <a href="/policy">Shipping &amp; refund policy</a></footer>
""")

p("h12005", "https://arylcyclo-labs.example/category/arylcyclohexylamines", "seller", True, "en",
  "research-chemical-category-nav-heavy", "Arylcyclohexylamines - Ketamine Analogues for Research | ArylCyclo Labs", """
<header>
<a href="/" class="logo">ArylCyclo Labs</a>
<nav class="mega">
<div><b>Dissociatives</b> <a href="/category/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/category/diarylethylamines">Diarylethylamines</a></div>
<div><b>Stimulants</b> <a href="/category/cathinones">Cathinones</a> <a href="/category/phenidates">Phenidates</a></div>
<div><b>Psychedelics</b> <a href="/category/lysergamides">Lysergamides</a> <a href="/category/tryptamines">Tryptamines</a></div>
<div><b>Other</b> <a href="/category/pellets">Pellets</a> <a href="/category/blotters">Blotters</a> <a href="/category/reagent-kits">Reagent kits</a></div>
<div><a href="/bulk">Bulk pricing</a> <a href="/payment">Payment</a> <a href="/shipping">Shipping</a> <a href="/account">Account</a> <a href="/basket">Basket (0)</a></div>
</nav>
</header>
<main>
<h1>Arylcyclohexylamines</h1>
<p class="intro">Analogues of ketamine and PCP for in-vitro research. Sold strictly as reference materials.</p>
<div class="filters">Sort by: <a href="?sort=popular">Popularity</a> | <a href="?sort=price">Price</a> | <a href="?sort=new">Newest</a> &middot; Show: <a href="?n=12">12</a> <a href="?n=24">24</a> <a href="?n=48">48</a></div>
<ul class="products">
<li><a href="/p/2-fdck">2-FDCK (2-Fluorodeschloroketamine) crystal</a> &ndash; 1 g &euro;22 / 5 g &euro;80 / 25 g &euro;290 <button>Add to basket</button></li>
<li><a href="/p/dck">DCK (Deschloroketamine) powder</a> &ndash; 1 g &euro;28 / 5 g &euro;105 <button>Add to basket</button></li>
<li><a href="/p/o-pce">O-PCE</a> &ndash; 500 mg &euro;35 / 1 g &euro;60 <button>Add to basket</button></li>
<li><a href="/p/mxe">MXE (Methoxetamine)</a> &ndash; <span class="oos">Out of stock &ndash; notify me</span></li>
<li><a href="/p/3-meo-pcp">3-MeO-PCP</a> &ndash; 500 mg &euro;40 <button>Add to basket</button></li>
<li><a href="/p/2-fdck-pellets">2-FDCK pellets 50 mg x 10</a> &ndash; &euro;30 <button>Add to basket</button></li>
<li><a href="/p/mixed-sampler">Dissociative sampler (3 x 500 mg)</a> &ndash; &euro;55 <button>Add to basket</button></li>
</ul>
<p class="pager"><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=next">Next &raquo;</a></p>
<div class="disclaimer"><b>NOT FOR HUMAN CONSUMPTION.</b> All products are sold for laboratory and forensic research only.
By ordering you confirm you are 18+ and a qualified researcher. We do not give dosage information.</div>
</main>
<aside><h4>Payment</h4><p>Bitcoin, Litecoin, Monero, SEPA bank transfer. 5% off crypto orders.</p>
<h4>Shipping</h4><p>Tracked &amp; discreet to EU, UK, CH, NO. Re-ship once for free if lost.</p></aside>
<footer><a href="/terms">Terms</a> | <a href="/legal">Legal status by country</a> | <a href="/contact">Contact</a> &middot; &copy; 2026 ArylCyclo Labs</footer>
""")

p("h12006", "https://farm-and-pet-supply-rx.example/ketamine-hcl-injection-100mg-ml-10ml", "seller", True, "en",
  "vet-product-sold-to-anyone", "Ketamine HCl Injection 100 mg/mL, 10 mL Vial (Veterinary) | Farm & Pet Supply Rx", """
<nav><a href="/">Farm &amp; Pet Supply Rx</a> &middot; <a href="/dogs">Dogs</a> <a href="/cats">Cats</a> <a href="/horses">Horses</a> <a href="/livestock">Livestock</a> <a href="/anesthetics">Anesthetics &amp; sedatives</a> <a href="/cart">Cart</a></nav>
<main>
<h1>Ketamine Hydrochloride Injection USP, 100 mg/mL &ndash; 10 mL multi-dose vial</h1>
<p class="sku">SKU: KET-100-10 &middot; For veterinary use</p>
<p class="price">$64.95 <span>each</span> &middot; 5-pack $289.00 &middot; 10-pack $540.00</p>
<button>Add to cart</button>
<div class="notice"><b>Good news:</b> you do NOT need a veterinarian's prescription to order from us. We ship to
individuals, hobby farms and animal rescues. Orders leave in plain boxes with no pharmacy labelling.</div>
<h2>Product details</h2>
<p>Dissociative anaesthetic for cats, sub-human primates and, in combination, for horses and dogs. Sterile
solution with benzethonium chloride 0.1 mg/mL as preservative. Store at room temperature, protect from light.</p>
<h2>Shipping &amp; payment</h2>
<p>Ships within 1 business day to the US and Canada. We accept all cards, PayPal Friends &amp; Family and Bitcoin.
No questions asked returns on unopened vials.</p>
<h2>Customer Q&amp;A</h2>
<p><b>Q:</b> Do I need to send a vet license or DEA number? <b>A:</b> No, we only ask for a shipping address.</p>
<p><b>Q:</b> Is it OK for personal use? <b>A:</b> We can't give medical advice, but many customers reorder monthly.</p>
</main>
<footer>&copy; 2026 Farm &amp; Pet Supply Rx &middot; <a href="/returns">Returns</a> &middot; <a href="/contact">Contact</a></footer>
""")

p("h12007", "https://linkbio.example/kcandyco", "seller", True, "en",
  "link-in-bio-telegram-menu", "K Candy Co | linkbio", """
<div class="profile">
<img src="/avatars/kcandyco.png" alt="">
<h1>K Candy Co &#129412;</h1>
<p>Top shelf ketamine shards &amp; fine K powder &#10024; Worldwide stealth &#128230; Same day dispatch &#128666; 18+ only</p>
</div>
<ul class="links">
<li><a href="https://t.me/kcandyco_menu">&#128203; Menu &amp; prices (updated daily)</a></li>
<li><a href="https://t.me/kcandyco">&#128172; Order on Telegram</a></li>
<li><a href="https://signal.example/kcandy">&#128274; Signal for EU customers</a></li>
<li><a href="https://t.me/kcandyco_reviews">&#11088; 900+ reviews</a></li>
<li><a href="https://linkbio.example/kcandyco/pay">&#128176; Pay with BTC / USDT / gift cards</a></li>
</ul>
<p class="pinned">&#128204; New drop: horse-tranq grade liquid, 10 mL vials. DM for bulk. No cops, no time wasters.</p>
<footer>Made with linkbio</footer>
""")

p("h12008", "https://buy-ketamine-no-prescription.example/", "seller", True, "en",
  "bot-check-wall-url-decides", "Just a moment...", """
<div class="main-wrapper" role="main">
<div class="main-content">
<h1 class="zone-name-title">buy-ketamine-no-prescription.example</h1>
<h2>Checking if the site connection is secure</h2>
<noscript><p>Enable JavaScript and cookies to continue</p></noscript>
<p>buy-ketamine-no-prescription.example needs to review the security of your connection before proceeding.</p>
<div class="spinner"></div>
</div>
</div>
<div class="footer">Ray ID: 8f2c41a09b7e53d1 &middot; Performance &amp; security by EdgeShield</div>
""", head='<meta name="robots" content="noindex,nofollow">\n<script src="/cdn-cgi/challenge-platform/orchestrate.js"></script>\n')

p("h12009", "https://farmaketamina-online.example/es/comprar-ketamina-sin-receta", "seller", True, "es",
  "tienda-sin-receta-bizum-bitcoin", "Comprar Ketamina Sin Receta en España | Envío Discreto 24h | FarmaKetamina", """
<header>
<div class="franja">Envío gratis a partir de 150 &euro; &middot; Entrega en 24-48 h en península &middot; Atención por Telegram</div>
<a class="logo" href="/es/">FarmaKetamina</a>
<nav><a href="/es/">Inicio</a> <a href="/es/tienda">Tienda</a> <a href="/es/categoria/ketamina">Ketamina</a> <a href="/es/categoria/esketamina">Esketamina</a> <a href="/es/como-pedir">Cómo pedir</a> <a href="/es/envios">Envíos</a> <a href="/es/contacto">Contacto</a> <a href="/es/carrito">Carrito (0)</a></nav>
</header>
<main>
<h1>Comprar ketamina sin receta</h1>
<p>¿Buscas ketamina sin receta en España? En FarmaKetamina vendemos ketamina de calidad farmacéutica sin
necesidad de receta médica ni de visitar a ningún médico. Tú eliges el producto, pagas y nosotros lo enviamos en
un paquete totalmente discreto, sin logotipos ni remitente.</p>
<div class="productos">
<div class="producto"><h3>Ketamina en polvo (cristal)</h3><p>1 g &ndash; 45 &euro; &middot; 5 g &ndash; 180 &euro; &middot; 10 g &ndash; 320 &euro;</p><button>Añadir al carrito</button></div>
<div class="producto"><h3>Ketamina líquida 50 mg/ml, vial 10 ml</h3><p>1 vial &ndash; 60 &euro; &middot; 5 viales &ndash; 260 &euro;</p><button>Añadir al carrito</button></div>
<div class="producto"><h3>Spray nasal de esketamina</h3><p>1 unidad &ndash; 120 &euro; &middot; 3 unidades &ndash; 330 &euro;</p><button>Añadir al carrito</button></div>
</div>
<h2>¿Por qué comprar con nosotros?</h2>
<ul>
<li>Sin receta y sin preguntas</li>
<li>Pago con Bizum, Bitcoin o transferencia</li>
<li>Reenvío gratuito si el paquete se pierde o es retenido en aduanas</li>
<li>Más de 4.000 clientes satisfechos en España, Portugal y Latinoamérica</li>
</ul>
<h2>Preguntas frecuentes</h2>
<h3>¿Es seguro pedir ketamina online?</h3>
<p>Sí. Todos los pedidos se envían en embalaje al vacío, con número de seguimiento. Nunca compartimos tus datos.</p>
<h3>¿Cuánto tarda el envío a Canarias o Latinoamérica?</h3>
<p>Canarias: 3-5 días. México, Colombia, Argentina y Chile: 8-14 días por correo certificado.</p>
<h3>¿Qué dosis debo tomar?</h3>
<p>Por motivos legales no damos indicaciones de dosis. Escríbenos por Telegram y te orientamos.</p>
</main>
<aside><h4>Pedidos por Telegram</h4><p>@farmaketamina_es &middot; respuesta en menos de 10 minutos</p></aside>
<footer><a href="/es/aviso-legal">Aviso legal</a> &middot; <a href="/es/privacidad">Privacidad</a> &middot; <a href="/es/devoluciones">Devoluciones</a> &middot; &copy; 2026 FarmaKetamina</footer>
""", noise="cookie-es")

p("h12010", "https://anunciosya.example/madrid/varios/ketamina-cristal-envios-toda-espana-8841203", "seller", True, "es",
  "anuncio-clasificado-texto", "Ketamina cristal - envíos a toda España", """
AnunciosYa > Madrid > Varios > Otros

KETAMINA CRISTAL Y POLVO - MÁXIMA PUREZA - ENVÍOS A TODA ESPAÑA
Publicado hace 3 horas · 214 visitas

Vendo ketamina de primera calidad, cristal grande y polvo fino. Precio por gramo 35 €, a partir de 10 g 28 €/g.
También ketamina líquida en viales. Envío en 24 h en sobre discreto o entrega en mano en Madrid centro.
Pago por Bizum, Bitcoin o tarjeta regalo. Sin receta, sin complicaciones.
Pedidos SOLO por Telegram @k_madrid_premium o WhatsApp +34 6•• ••• 318. No contesto llamadas.

Precio: 35 €
Contactar con el anunciante · Denunciar anuncio
""", ext="txt")

p("h12011", "https://ketamin-shop24.example/de/ketamin-kaufen", "seller", True, "de",
  "shop-ohne-rezept-paysafecard", "Ketamin kaufen ohne Rezept – diskreter Versand | Ketamin-Shop24", """
<header>
<div class="usp">&#10003; Versand aus der EU &middot; &#10003; Neutral verpackt &middot; &#10003; Reship-Garantie &middot; &#10003; Kein Rezept nötig</div>
<a class="logo" href="/de/">Ketamin-Shop24</a>
<nav><a href="/de/">Start</a> <a href="/de/ketamin-kaufen">Ketamin</a> <a href="/de/esketamin">Esketamin</a> <a href="/de/zubehoer">Zubehör</a> <a href="/de/bezahlung">Bezahlung</a> <a href="/de/versand">Versand</a> <a href="/de/warenkorb">Warenkorb</a></nav>
</header>
<main>
<h1>Ketamin online kaufen – ohne Rezept, ohne Arzttermin</h1>
<p>Die Ketamin-Therapie beim Arzt kostet in Deutschland schnell mehrere hundert Euro pro Sitzung, und Wartezeiten
von Monaten sind normal. Bei uns bestellen Sie Ketamin in pharmazeutischer Qualität bequem von zu Hause.</p>
<table>
<tr><th>Artikel</th><th>Menge</th><th>Preis</th><th></th></tr>
<tr><td>Ketamin HCl Kristalle</td><td>2 g</td><td>79,00 &euro;</td><td><button>In den Warenkorb</button></td></tr>
<tr><td>Ketamin HCl Kristalle</td><td>10 g</td><td>329,00 &euro;</td><td><button>In den Warenkorb</button></td></tr>
<tr><td>Ketamin-Lösung 50 mg/ml</td><td>5 x 10 ml</td><td>249,00 &euro;</td><td><button>In den Warenkorb</button></td></tr>
<tr><td>Esketamin Nasenspray</td><td>1 Stück</td><td>139,00 &euro;</td><td><button>In den Warenkorb</button></td></tr>
</table>
<h2>Bezahlung</h2>
<p>Bitcoin, Monero, Paysafecard und Amazon-Gutscheine. Bei Zahlung mit Krypto erhalten Sie 10&nbsp;% Rabatt.</p>
<h2>Versand</h2>
<p>Wir versenden als Großbrief oder Päckchen ohne Absender-Hinweis auf den Inhalt. Deutschland und Österreich
2&ndash;4 Werktage, Schweiz 4&ndash;7 Werktage. Sollte eine Sendung beim Zoll hängen bleiben, schicken wir einmalig kostenlos neu.</p>
<p class="hinweis">Alle Angaben ohne Gewähr. Keine Dosierungsempfehlungen.</p>
</main>
<footer><a href="/de/impressum">Impressum</a> &middot; <a href="/de/datenschutz">Datenschutz</a> &middot; <a href="/de/agb">AGB</a> &middot; Support via Telegram: @ketaminshop24</footer>
""", noise="cookie-de")

p("h12012", "https://ketaminekopen-nl.example/", "seller", True, "nl",
  "webshop-brievenbus-bitcoin", "Ketamine kopen in Nederland – snel en discreet | K-Shop NL", """
<header>
<a class="logo" href="/">K-Shop NL</a>
<nav><a href="/">Home</a> <a href="/winkel">Winkel</a> <a href="/ketamine">Ketamine</a> <a href="/dissociatieven">Dissociatieven</a> <a href="/veelgestelde-vragen">FAQ</a> <a href="/winkelwagen">Winkelwagen (0)</a></nav>
</header>
<main>
<h1>Ketamine kopen? Vandaag besteld, morgen in je brievenbus</h1>
<p>Geen recept, geen gedoe. K-Shop NL levert ketamine in topkwaliteit door heel Nederland en België. Alle pakketjes
gaan als brievenbuspakje zonder afzender, dus niemand hoeft te weten wat je bestelt.</p>
<ul class="assortiment">
<li><b>Ketamine naaldjes (kristal)</b> &ndash; 1 gram &euro;30 &middot; 5 gram &euro;130 &middot; 10 gram &euro;240 <a href="/winkelwagen?add=ket-kristal">In winkelwagen</a></li>
<li><b>Ketamine poeder fijn</b> &ndash; 1 gram &euro;28 &middot; 5 gram &euro;120 <a href="/winkelwagen?add=ket-poeder">In winkelwagen</a></li>
<li><b>S-ketamine (esketamine)</b> &ndash; 1 gram &euro;45 <a href="/winkelwagen?add=s-ket">In winkelwagen</a></li>
<li><b>2-FDCK</b> &ndash; 1 gram &euro;20 <a href="/winkelwagen?add=2fdck">In winkelwagen</a></li>
</ul>
<h2>Betalen</h2>
<p>Je betaalt met Bitcoin, Monero of een cadeaukaart. Nieuw met crypto? Onze stap-voor-stap uitleg staat op de pagina <a href="/betalen">Betalen</a>.</p>
<h2>Veelgestelde vragen</h2>
<p><b>Moet ik een recept hebben?</b> Nee, wij vragen geen recept of medische gegevens.</p>
<p><b>Wat als mijn pakket niet aankomt?</b> Dan sturen we het één keer gratis opnieuw.</p>
<p><b>Kan ik ook ophalen?</b> Afhalen is mogelijk in Amsterdam en Rotterdam, maak een afspraak via Telegram.</p>
</main>
<footer>&copy; 2026 K-Shop NL &middot; <a href="/voorwaarden">Voorwaarden</a> &middot; Telegram: @kshopnl</footer>
""", noise="cookie-nl")

p("h12013", "https://agrovet-shop-brasil.example/cetamina-10-injetavel-50ml", "seller", True, "pt",
  "loja-veterinaria-sem-receita-pix-whatsapp", "Cetamina 10% Injetável 50 ml - Uso Veterinário | AgroVet Shop", """
<header>
<a class="logo" href="/">AgroVet Shop</a>
<nav><a href="/caes">Cães</a> <a href="/gatos">Gatos</a> <a href="/equinos">Equinos</a> <a href="/bovinos">Bovinos</a> <a href="/anestesicos">Anestésicos</a> <a href="/carrinho">Carrinho</a></nav>
</header>
<main>
<h1>Cetamina 10% Injetável &ndash; Frasco 50 ml</h1>
<p class="preco">R$ 189,90 <small>ou R$ 170,91 no Pix (10% off)</small></p>
<p>Em até 6x de R$ 31,65 sem juros no cartão</p>
<button>Comprar</button> <a class="whats" href="https://wa.example/5511900000000?text=cetamina">Comprar pelo WhatsApp</a>
<div class="destaque">&#9989; Venda sem receita &middot; &#9989; Enviamos para todo o Brasil &middot; &#9989; Embalagem discreta, sem identificação do produto</div>
<h2>Descrição</h2>
<p>Anestésico dissociativo para uso em cães, gatos e equinos. Cada ml contém 100 mg de cloridrato de cetamina.
Frasco-ampola multidose de 50 ml.</p>
<h2>Perguntas</h2>
<p><b>Preciso de receita do veterinário?</b> Não, você compra direto pelo site ou WhatsApp.</p>
<p><b>Vocês enviam para pessoa física?</b> Sim, enviamos para qualquer CPF.</p>
<p><b>Prazo de entrega?</b> Capitais de 2 a 5 dias úteis pelos Correios ou transportadora.</p>
</main>
<footer>&copy; 2026 AgroVet Shop &middot; <a href="/trocas">Trocas e devoluções</a> &middot; <a href="/contato">Contato</a></footer>
""", noise="cookie-pt")

p("h12014", "https://farmacia-online-veloce.example/it/esketamina-spray-nasale-senza-ricetta", "seller", True, "it",
  "farmacia-online-questionario", "Esketamina spray nasale senza ricetta - consegna in 48 ore | Farmacia Online Veloce", """
<header><a href="/it/">Farmacia Online Veloce</a> <nav><a href="/it/depressione">Depressione</a> <a href="/it/ansia">Ansia</a> <a href="/it/dolore">Dolore</a> <a href="/it/uomo">Salute uomo</a> <a href="/it/carrello">Carrello</a></nav></header>
<main>
<h1>Esketamina spray nasale 28 mg &ndash; senza ricetta</h1>
<p>In Italia la terapia con esketamina si fa solo in centri autorizzati, con lunghe liste d'attesa. Con noi basta
compilare un breve questionario online: l'approvazione è immediata e il farmaco arriva a casa tua in confezione anonima.</p>
<table>
<tr><td>1 erogatore 28 mg</td><td>149 &euro;</td><td><button>Aggiungi al carrello</button></td></tr>
<tr><td>3 erogatori 28 mg</td><td>399 &euro;</td><td><button>Aggiungi al carrello</button></td></tr>
<tr><td>Ketamina compresse sublinguali 100 mg x 10</td><td>119 &euro;</td><td><button>Aggiungi al carrello</button></td></tr>
</table>
<ul>
<li>Nessuna visita medica richiesta</li>
<li>Spedizione dall'estero in 48&ndash;72 ore, tracciata</li>
<li>Pagamento con carta, bonifico o Bitcoin</li>
</ul>
<p class="piccolo">Le informazioni su questa pagina non sostituiscono il parere del medico.</p>
</main>
<footer>&copy; 2026 Farmacia Online Veloce &middot; <a href="/it/privacy">Privacy</a> &middot; <a href="/it/contatti">Contatti</a></footer>
""")

# ---------------------------------------------------------------- telehealth (9)

p("h12015", "https://clearpath-ketamine-care.example/", "telehealth", False, "en",
  "telehealth-home-long-chrome", "At-Home Ketamine Therapy With Licensed Clinicians | ClearPath Ketamine Care", """
<header>
<a class="logo" href="/">ClearPath <small>Ketamine Care</small></a>
<nav><a href="/how-it-works">How it works</a> <a href="/is-it-right-for-me">Is it right for me?</a> <a href="/clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/states">Where we operate</a> <a href="/research">Research</a> <a href="/login">Log in</a> <a class="btn" href="/apply">See if you qualify</a></nav>
</header>
<section class="hero">
<h1>Ketamine therapy for depression and anxiety, from home &ndash; with a real clinical team behind you</h1>
<p>Start with an online health history, then meet a licensed psychiatric clinician by video. If ketamine is a safe
and appropriate option for you, they write a prescription that our partner pharmacy fills and ships. If it isn't,
you won't be charged for treatment and we'll suggest other options.</p>
</section>
<section id="how">
<h2>How ClearPath works</h2>
<ol>
<li><b>Health history (15 min).</b> Medical conditions, current medications, blood pressure readings, substance use and past treatments.</li>
<li><b>Video evaluation (45&ndash;60 min).</b> A board-certified psychiatrist or psychiatric nurse practitioner licensed in your state reviews your history with you. Around one in four applicants is not prescribed ketamine &ndash; for example because of uncontrolled hypertension, psychosis, pregnancy or active substance use.</li>
<li><b>Prescription and pharmacy.</b> Sublingual ketamine tablets are dispensed by a state-licensed 503A compounding pharmacy in quantities for your first sessions only, and need a signature on delivery.</li>
<li><b>Guided sessions.</b> You do each session with a trusted sitter present, report your blood pressure before and after, and meet your integration guide the following day.</li>
<li><b>Follow-up.</b> Your clinician reviews your PHQ-9 and GAD-7 scores after session two and before any refill.</li>
</ol>
</section>
<section id="clinicians">
<h2>Meet some of our prescribers</h2>
<ul>
<li>Dr. Amara Osei, MD &ndash; Board-certified psychiatrist (CA, OR, WA)</li>
<li>Daniel Whitcomb, PMHNP-BC &ndash; Psychiatric nurse practitioner (CO, AZ, NM, UT)</li>
<li>Dr. Lena Hirsch, DO &ndash; Psychiatry and addiction medicine (NY, NJ, CT, PA)</li>
</ul>
<p><a href="/clinicians">See all 38 clinicians &rarr;</a></p>
</section>
<section id="pricing">
<h2>Pricing</h2>
<p><b>First month: $349</b> &ndash; includes evaluation, first prescription of 6 sessions, two integration calls and clinician follow-up.</p>
<p><b>Ongoing care: $199/month</b> &ndash; cancel anytime. Medication cost is included; shipping is free.</p>
<p>HSA/FSA cards accepted. We can provide a superbill for out-of-network reimbursement.</p>
</section>
<section id="safety">
<h2>Safety first</h2>
<p>Ketamine can cause dissociation, nausea, raised blood pressure and, with frequent use, bladder problems and
dependence. We don't prescribe more than your plan requires, we check state prescription-monitoring databases,
and we'll pause treatment if warning signs appear.</p>
<p>Be careful with websites that promise ketamine after a questionnaire alone, without ever speaking to a clinician. That isn't how legitimate care works.</p>
</section>
<aside class="crisis">If you are in crisis or thinking about suicide, call or text 988 (US) or go to your nearest emergency room. ClearPath is not an emergency service.</aside>
<footer>
<div><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/press">Press</a> <a href="/privacy">Privacy</a> <a href="/hipaa">Notice of privacy practices</a> <a href="/terms">Terms</a></div>
<p>Clinical services provided by ClearPath Medical Group, P.C. and affiliated professional entities. &copy; 2026</p>
</footer>
""", noise="cookie")

p("h12016", "https://harborline-telepsych.example/ketamine-therapy/texas", "telehealth", False, "en",
  "telehealth-state-landing-page", "Ketamine Therapy Near Me in Texas - Virtual Care | Harborline Telepsychiatry", """
<nav><a href="/">Harborline</a> <a href="/ketamine-therapy">Ketamine therapy</a> <a href="/medication-management">Medication management</a> <a href="/insurance">Insurance</a> <a href="/get-started">Get started</a></nav>
<main>
<h1>Ketamine therapy in Texas, without driving to a clinic</h1>
<p>Whether you live in Houston, Dallas, Austin, San Antonio or a town two hours from the nearest infusion
center, Harborline's Texas-licensed psychiatric prescribers can evaluate you over secure video.</p>
<h2>What to expect</h2>
<p>Your first appointment is a 50-minute psychiatric evaluation. Your prescriber will ask about your depression
history, which medications you've tried, your heart health and any history of substance use or psychosis. If
at-home ketamine is appropriate, the prescription goes to a licensed pharmacy that ships to your Texas address.
Follow-up visits happen every two to four weeks while you're in treatment.</p>
<p>Not everyone is a fit for home treatment. If your prescriber thinks you'd be safer with monitored infusions or
Spravato, they'll refer you to an in-person partner clinic in Texas and keep managing your other medications.</p>
<h2>Texas prescribers</h2>
<p>Maribel Ochoa, PMHNP &middot; Dr. Trevor Banks, MD &middot; Dr. Nisha Rao, MD</p>
<h2>Cost</h2>
<p>Evaluation $250. Monthly ketamine care $180 plus medication (typically $60&ndash;$90 at our partner pharmacy).</p>
<a class="btn" href="/get-started?state=TX">Book a video evaluation</a>
</main>
<footer>Harborline Telepsychiatry, PLLC &middot; <a href="/privacy">Privacy</a> &middot; Crisis? Call or text 988.</footer>
""")

p("h12017", "https://brightline-virtual-psychiatry.example/treatments/spravato-esketamine", "telehealth", False, "en",
  "virtual-psychiatry-spravato-referral", "Spravato (Esketamine): Cost, Coverage and How We Help | Brightline Virtual Psychiatry", """
<header><a href="/">Brightline Virtual Psychiatry</a> <nav><a href="/treatments">Treatments</a> <a href="/conditions">Conditions</a> <a href="/insurance">Insurance we accept</a> <a href="/providers">Providers</a> <a href="/book">Book</a></nav></header>
<main>
<h1>Spravato (esketamine) with Brightline</h1>
<p>Spravato is an esketamine nasal spray approved for adults with treatment-resistant depression and for
depressive symptoms with acute suicidal ideation, taken together with an oral antidepressant. Because of the
risk of sedation and dissociation, it can only be given under a REMS program in a certified healthcare setting,
where you are observed for at least two hours after each dose. It is never sent home with you.</p>
<h2>Our role</h2>
<p>Brightline psychiatrists see you by video. We confirm whether Spravato is appropriate, optimise your oral
antidepressant, handle the prior authorization with your insurer, and refer you to a certified treatment center
near you from our partner network. Your Brightline psychiatrist stays your prescriber of record and reviews how
you're doing after every few sessions.</p>
<h2>What does Spravato cost?</h2>
<p>Without insurance, the medication alone can cost roughly $600&ndash;$900 per treatment session depending on dose,
plus the treatment center's observation fee. Most commercial plans and many Medicare and Medicaid plans cover
it after prior authorization. Eligible commercially insured patients may be able to use the manufacturer's
savings program to lower their out-of-pocket cost.</p>
<table><tr><th>Phase</th><th>Frequency</th></tr><tr><td>Induction (weeks 1&ndash;4)</td><td>Twice weekly</td></tr><tr><td>Maintenance (weeks 5&ndash;8)</td><td>Weekly</td></tr><tr><td>Maintenance (week 9+)</td><td>Weekly or every two weeks</td></tr></table>
<a class="btn" href="/book?reason=spravato">Book a virtual evaluation</a>
</main>
<footer>&copy; 2026 Brightline Virtual Psychiatry &middot; In-network with most major plans in 14 states</footer>
""")

p("h12018", "https://evenkeel-health.example/faq/can-i-get-ketamine-online", "telehealth", False, "en",
  "telehealth-faq-scam-warning", "Can I Legally Get Ketamine Online? | EvenKeel Health FAQ", """
<nav class="breadcrumbs"><a href="/">EvenKeel Health</a> / <a href="/faq">FAQ</a> / Getting ketamine online</nav>
<article>
<h1>Can I legally get ketamine online?</h1>
<p>Yes &ndash; but only from a service where a licensed clinician actually evaluates you first. At EvenKeel, that
means a live video appointment with a psychiatric prescriber licensed in the state where you are located, a
review of your medical history and current medications, and a blood pressure check you do with a home cuff during
the visit. Your prescription is sent to a licensed pharmacy, which ships it to you with a signature required.</p>
<h2>Red flags we see in search results</h2>
<p>Searching &ldquo;buy ketamine&rdquo; brings up many sites that are not medical providers. Walk away if a site:</p>
<ul>
<li>says you can get ketamine with no prescription, or &ldquo;approves&rdquo; you from a quiz alone;</li>
<li>asks for Bitcoin, gift cards, Zelle or a Telegram message to complete the order;</li>
<li>promises &ldquo;stealth&rdquo; packaging or reshipping if customs seizes your parcel;</li>
<li>won't tell you the name and license number of the clinician who prescribes.</li>
</ul>
<p>Products from these sites may be counterfeit, contaminated or mislabeled, and buying them is illegal.</p>
<h2>How EvenKeel is different</h2>
<p>Every patient has a named prescriber. You can look up their license on your state board's website. We see you
again before any refill, and if you'd be safer in a clinic, we'll say so.</p>
<p><a href="/start">Start your evaluation</a> &middot; <a href="/faq/insurance">Does insurance cover it?</a></p>
</article>
<footer>EvenKeel Health &middot; Telehealth psychiatry in 19 states &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h12019", "https://tranquil-telepsychiatry.example/checkout/ketamine-care-membership", "telehealth", False, "en",
  "telehealth-membership-checkout", "Checkout - Ketamine Care Membership | Tranquil Telepsychiatry", """
<header><a href="/">Tranquil</a> <span class="secure">&#128274; Secure checkout</span></header>
<main class="checkout">
<h1>Your order</h1>
<table>
<tr><td>Ketamine Care Membership &ndash; monthly</td><td>$229.00</td></tr>
<tr><td>&nbsp;&nbsp;Includes: 60-min video psychiatric evaluation with a licensed prescriber</td><td></td></tr>
<tr><td>&nbsp;&nbsp;Includes: monthly video follow-up and secure messaging with your care team</td><td></td></tr>
<tr><td>&nbsp;&nbsp;Includes: integration session with a licensed therapist</td><td></td></tr>
<tr><td>Promo code WINTER (first month)</td><td>&minus;$30.00</td></tr>
<tr><th>Due today</th><th>$199.00</th></tr>
</table>
<p class="note">Medication is not part of this charge. If, after your evaluation, your clinician prescribes
ketamine, the prescription is filled by our licensed partner pharmacy and billed by them separately
(usually $45&ndash;$85 per month). If your clinician decides ketamine isn't right for you, you can cancel and we
refund the unused portion of your membership.</p>
<form>
<label>Email <input type="email"></label>
<label>State where you'll be during appointments <select><option>California</option><option>Florida</option><option>Illinois</option><option>New York</option><option>Texas</option></select></label>
<label>Card number <input></label> <label>Expiry <input></label> <label>CVC <input></label>
<label><input type="checkbox"> I understand this is not an emergency service. In a crisis I will call 988 or 911.</label>
<button>Pay $199.00 and schedule evaluation</button>
</form>
</main>
<footer>HSA/FSA accepted &middot; <a href="/terms">Membership terms</a> &middot; <a href="/refunds">Refund policy</a></footer>
""")

p("h12020", "https://onward-mind.example/how-it-works", "telehealth", False, "en",
  "telehealth-steps-plain-text", "How Onward works", """
How Onward works

1. Tell us about yourself. A 20-minute online intake covering your mood, medical history, medications and goals.
2. Meet your prescriber on video. A licensed psychiatric clinician decides with you whether ketamine treatment makes sense. Not everyone is approved.
3. Get your plan. If prescribed, a licensed pharmacy ships your first four doses. Your clinician explains dosing, sitter requirements and what to avoid.
4. Check in. Short video follow-ups after your second and fourth session before any refill is considered.

Onward is available to adults in Colorado, Illinois, Minnesota and Washington. Monthly plan $210; evaluation included.
""", ext="txt")

p("h12021", "https://psychiatrie-videopraxis.example/esketamin-ketamin-therapie", "telehealth", False, "de",
  "videosprechstunde-psychiatrie-kooperationspraxis", "Ketamin-Therapie & Esketamin bei Depression – Videosprechstunde | Psychiatrie Videopraxis", """
<header>
<a class="logo" href="/">Psychiatrie Videopraxis</a>
<nav><a href="/leistungen">Leistungen</a> <a href="/esketamin-ketamin-therapie">Ketamin/Esketamin</a> <a href="/team">Ärztinnen und Ärzte</a> <a href="/kosten">Kosten</a> <a href="/termin">Termin online buchen</a></nav>
</header>
<main>
<h1>Ketamin-Therapie bei therapieresistenter Depression: Beratung per Videosprechstunde</h1>
<p>Viele Menschen suchen nach &bdquo;Ketamin Therapie&ldquo;, nachdem mehrere Antidepressiva nicht geholfen haben. In
unserer Videosprechstunde klären Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie, ob eine Behandlung
mit Esketamin-Nasenspray für Sie infrage kommt.</p>
<h2>So läuft es ab</h2>
<ol>
<li>Online-Terminbuchung und Fragebogen zur Vorgeschichte (bisherige Medikamente, Vorerkrankungen, Blutdruck).</li>
<li>Ausführliches Erstgespräch per Video (ca. 50 Minuten) mit einer Fachärztin oder einem Facharzt.</li>
<li>Wenn die Indikation besteht: Überweisung an eine unserer Kooperationspraxen in Ihrer Nähe. Die Anwendung des
Nasensprays erfolgt ausschließlich dort, unter ärztlicher Aufsicht und mit anschließender Überwachung von
mindestens zwei Stunden. Ein Versand nach Hause ist nicht möglich.</li>
<li>Begleitende Termine per Video zur Verlaufskontrolle und Anpassung der übrigen Medikation.</li>
</ol>
<h2>Kosten</h2>
<p>Die Videosprechstunde wird für gesetzlich Versicherte über die Versichertenkarte abgerechnet. Bei gegebener
Indikation übernehmen die Krankenkassen in der Regel auch die Esketamin-Behandlung. Privatpatienten erhalten eine
Rechnung nach GOÄ.</p>
<p class="hinweis">Intravenöse Ketamin-Infusionen (Off-Label) bieten wir nicht an. Im Notfall wenden Sie sich an den
ärztlichen Bereitschaftsdienst 116 117 oder den Notruf 112.</p>
</main>
<footer><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; Psychiatrie Videopraxis MVZ GmbH</footer>
""", noise="cookie-de")

p("h12022", "https://teleconsult-psy.example/depression-resistante/ketamine-esketamine", "telehealth", False, "fr",
  "teleconsultation-psychiatrie-orientation", "Kétamine et dépression résistante : téléconsultation avec un psychiatre | TéléconsultPsy", """
<header><a href="/">TéléconsultPsy</a> <nav><a href="/psychiatres">Nos psychiatres</a> <a href="/depression-resistante">Dépression résistante</a> <a href="/tarifs">Tarifs et remboursement</a> <a href="/rdv">Prendre rendez-vous</a></nav></header>
<main>
<h1>Kétamine, eskétamine et dépression : en parler avec un psychiatre en téléconsultation</h1>
<p>Vous avez lu que la kétamine pouvait soulager une dépression qui ne répond pas aux traitements ? Nos psychiatres
inscrits à l'Ordre des médecins vous reçoivent en vidéo pour faire le point sur vos traitements antérieurs et
évaluer si l'eskétamine en spray nasal pourrait vous convenir.</p>
<h2>Ce que nous faisons</h2>
<ul>
<li>Une consultation d'évaluation de 45 minutes en vidéo, avec compte rendu adressé à votre médecin traitant.</li>
<li>Si l'indication est retenue, une orientation vers un établissement de santé partenaire où l'eskétamine est
administrée sur place, avec une surveillance après chaque prise.</li>
<li>Un suivi en téléconsultation entre les séances pour ajuster l'antidépresseur associé.</li>
</ul>
<p><b>Important :</b> la kétamine et l'eskétamine ne sont jamais délivrées ni envoyées à domicile par notre service.
Méfiez-vous des sites qui proposent d'en acheter en ligne.</p>
<h2>Tarifs</h2>
<p>Téléconsultation en secteur 1 remboursée par l'Assurance Maladie dans le cadre du parcours de soins.</p>
<a class="btn" href="/rdv?motif=depression-resistante">Prendre rendez-vous en vidéo</a>
</main>
<footer>TéléconsultPsy &middot; <a href="/mentions-legales">Mentions légales</a> &middot; En cas d'urgence : 15 ou 3114</footer>
""", noise="cookie-fr")

p("h12023", "https://mentesana-telepsiquiatria.example/terapia-ketamina-en-casa", "telehealth", False, "es",
  "telepsiquiatria-valoracion-videollamada", "Terapia con ketamina en casa con supervisión psiquiátrica | MenteSana Telepsiquiatría", """
<nav><a href="/">MenteSana</a> <a href="/ketamina">Terapia con ketamina</a> <a href="/psiquiatras">Psiquiatras</a> <a href="/planes">Planes</a> <a href="/agenda">Agendar valoración</a></nav>
<main>
<h1>Terapia con ketamina desde casa, con un psiquiatra que te conoce</h1>
<p>En MenteSana el tratamiento empieza con una valoración por videollamada de una hora con un psiquiatra con cédula
profesional vigente. Revisamos tu historia clínica, los antidepresivos que has probado, tu presión arterial y si
hay antecedentes de psicosis o consumo de sustancias.</p>
<h2>Si la ketamina es adecuada para ti</h2>
<p>Tu psiquiatra emite la receta y una farmacia asociada con licencia sanitaria te envía solo las dosis de las
primeras sesiones. Cada sesión se hace con un acompañante adulto presente y con seguimiento por videollamada al día
siguiente. Antes de cualquier nueva receta hay una consulta de control.</p>
<h2>Si no lo es</h2>
<p>Te lo decimos con claridad y te proponemos alternativas: ajuste de medicación, psicoterapia o derivación a una
clínica presencial.</p>
<h2>Planes</h2>
<p>Valoración inicial: $1,800 MXN. Programa mensual (4 sesiones guiadas + 2 consultas de seguimiento): $5,900 MXN, medicamento aparte.</p>
<a class="btn" href="/agenda">Agendar valoración</a>
</main>
<footer>MenteSana Telepsiquiatría &middot; <a href="/aviso-de-privacidad">Aviso de privacidad</a> &middot; En crisis llama a la Línea de la Vida 800 911 2000</footer>
""", noise="cookie-es")

# ---------------------------------------------------------------- clinics (8)

p("h12024", "https://summit-infusion-center.example/ketamine-infusions", "clinic", False, "en",
  "iv-infusion-clinic-long-chrome", "Ketamine Infusion Therapy in Phoenix & Scottsdale | Summit Infusion Center", """
<header>
<div class="topbar">&#128222; (480) 555-0192 &middot; Mon&ndash;Sat 7am&ndash;6pm &middot; <a href="/patient-portal">Patient portal</a> &middot; <a href="/pay-bill">Pay my bill</a></div>
<a class="logo" href="/">Summit Infusion Center</a>
<nav>
<a href="/ketamine-infusions">Ketamine infusions</a> <a href="/spravato">Spravato</a> <a href="/nad">NAD+</a>
<a href="/conditions/depression">Depression</a> <a href="/conditions/ptsd">PTSD</a> <a href="/conditions/chronic-pain">Chronic pain</a>
<a href="/our-team">Our team</a> <a href="/locations">Locations</a> <a href="/pricing">Pricing</a> <a class="btn" href="/book">Book a free consultation</a>
</nav>
</header>
<main>
<h1>Ketamine infusion therapy in the Phoenix area</h1>
<p>Summit Infusion Center provides IV ketamine for treatment-resistant depression, PTSD, and certain chronic
pain conditions in a calm, medically supervised setting. Every infusion is administered by a registered nurse
under the direction of a board-certified anesthesiologist, with continuous heart-rate, blood-pressure and oxygen
monitoring.</p>
<h2>Your first visit</h2>
<p>Before treatment, you'll have a consultation with our medical director and we'll ask your psychiatrist or
primary care provider for records. On infusion day you'll relax in a private suite for about 40 minutes of
infusion and 30 minutes of recovery. You must have someone drive you home.</p>
<h2>Pricing</h2>
<table>
<tr><td>Initial consultation</td><td>Free</td></tr>
<tr><td>Single depression infusion</td><td>$475</td></tr>
<tr><td>Induction series (6 infusions)</td><td>$2,550 &ndash; save $300</td></tr>
<tr><td>Booster infusion</td><td>$425</td></tr>
<tr><td>Pain protocol infusion (up to 4 hrs)</td><td>from $750</td></tr>
</table>
<p>We accept HSA/FSA and offer financing through a third-party lender. We provide superbills on request. Spravato
is billed to insurance.</p>
<h2>Locations</h2>
<ul>
<li><b>Scottsdale</b> &ndash; 8800 E Raintree Dr, Suite 210</li>
<li><b>Phoenix (Arcadia)</b> &ndash; 4320 N 40th St, Suite 5</li>
</ul>
<h2>Patient stories</h2>
<blockquote>&ldquo;The nurses checked on me every few minutes. After the fourth infusion I noticed I was getting out of bed again.&rdquo; &ndash; Google review</blockquote>
<h2>FAQ</h2>
<h3>Is ketamine infusion FDA approved for depression?</h3>
<p>IV ketamine is used off-label for depression. Spravato (esketamine nasal spray) is FDA-approved and we are a REMS-certified treatment center for it.</p>
<h3>Who is not a candidate?</h3>
<p>People with uncontrolled high blood pressure, active psychosis, or who are pregnant, among others. We will discuss this at your consultation.</p>
</main>
<aside class="sidebar"><h4>Gift a consultation</h4><p>Digital gift cards for wellness services are available at the front desk or <a href="/gift-cards">online</a>.</p>
<h4>Referring provider?</h4><p><a href="/referrals">Send a referral</a> by fax or secure form.</p></aside>
<footer>
<p>Summit Infusion Center, PLLC &middot; <a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a> &middot; <a href="/careers">Careers</a></p>
<p>If you are experiencing a mental health emergency, call 988 or 911.</p>
</footer>
""", noise="cookie")

p("h12025", "https://lakeside-behavioral.example/spravato/cost-and-insurance", "clinic", False, "en",
  "rems-center-cost-billing", "How Much Does Spravato Cost? Insurance & Billing | Lakeside Behavioral Health", """
<nav><a href="/">Lakeside Behavioral Health</a> <a href="/services">Services</a> <a href="/spravato">Spravato</a> <a href="/tms">TMS</a> <a href="/providers">Providers</a> <a href="/billing">Billing</a> <a href="/contact">Contact</a></nav>
<main>
<h1>Spravato cost and insurance at Lakeside</h1>
<p>Lakeside Behavioral Health is a REMS-certified Spravato treatment center in Grand Rapids. Each session takes
place in our office: you self-administer the nasal spray under the supervision of our nursing staff, then rest in
a monitored room for at least two hours. You may not drive until the next day after a restful sleep.</p>
<h2>What you'll pay</h2>
<p>Your cost depends on your plan. We bill two things: the medication (through your pharmacy benefit or
buy-and-bill) and the office visit with monitoring. Before your first session, our benefits team runs a
verification and submits the prior authorization.</p>
<ul>
<li>Most commercial plans: copay or coinsurance after prior authorization.</li>
<li>Medicare Part B: typically covered when criteria are met; secondary insurance may pick up the 20%.</li>
<li>Uninsured: ask for our self-pay estimate; the medication cost is significant.</li>
</ul>
<p>If you have commercial insurance, we'll help you enroll in the manufacturer's savings program, which can reduce
medication costs substantially.</p>
<h2>Pay your bill</h2>
<p>Statements can be paid online through our <a href="/billing/pay">secure payment portal</a> or by phone at (616) 555-0133.</p>
<a class="btn" href="/spravato/referral">Request an evaluation</a>
</main>
<footer>Lakeside Behavioral Health &middot; 1440 Leonard St NE, Grand Rapids, MI &middot; <a href="/privacy">HIPAA notice</a></footer>
""")

p("h12026", "https://riverbend-kap.example/", "clinic", False, "en",
  "kap-practice-medium", "Riverbend Ketamine-Assisted Psychotherapy | Portland, OR", """
<header><a href="/">Riverbend KAP</a> <nav><a href="/approach">Our approach</a> <a href="/team">Team</a> <a href="/sessions">What a session looks like</a> <a href="/fees">Fees</a> <a href="/contact">Schedule a consultation</a></nav></header>
<main>
<h1>Ketamine-assisted psychotherapy in a small, in-person practice</h1>
<p>Riverbend brings together a psychiatric medical director and licensed therapists. Medicine sessions take place in
our Southeast Portland office, in a quiet room with a therapist with you for the full session and our nurse checking
vital signs.</p>
<h2>Our approach</h2>
<p>Treatment starts with two preparation sessions with your therapist and a medical screening with Dr. Felix
Marchetti. Dosing sessions use intramuscular or sublingual ketamine, administered in the office. Each dosing day is
followed by an integration session within 48 hours.</p>
<h2>Fees</h2>
<p>Medical screening $300 &middot; Preparation or integration session $180 &middot; Dosing session (3 hours, includes medicine and nursing) $650.
A six-session package is $3,900. Sliding-scale spots are available each quarter.</p>
<p>We are out of network with insurance and provide superbills.</p>
<a class="btn" href="/contact">Schedule a free 20-minute consultation</a>
</main>
<footer>Riverbend KAP, LLC &middot; 2210 SE Division St, Portland, OR &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h12027", "https://coastal-ketamine-clinic.example/new-patients", "clinic", False, "en",
  "clinic-new-patient-plain-text", "New patients | Coastal Ketamine Clinic", """
New patients - Coastal Ketamine Clinic, Wilmington NC

Before your first infusion: complete the intake packet in the patient portal, send us a referral or records from your mental health provider, and pay the $100 scheduling deposit online (applied to your first infusion; refundable with 48 hours' notice).
On the day: no food for 6 hours, clear liquids until 2 hours before. Bring photo ID and your medication list. Plan on about 2 hours at the clinic, and arrange a ride home - you cannot drive after treatment.
Questions? Call the front desk at (910) 555-0168.
""", ext="txt")

p("h12028", "https://clinicaketamina-madrid.example/tratamiento-ketamina-depresion", "clinic", False, "es",
  "clinica-infusion-whatsapp-larga", "Tratamiento con ketamina para la depresión en Madrid | Clínica Equilibrio K", """
<header>
<div class="barra">&#128222; 910 000 000 &middot; Pide cita por WhatsApp &middot; Lunes a viernes de 9 a 20 h</div>
<a class="logo" href="/">Clínica Equilibrio K</a>
<nav><a href="/">Inicio</a> <a href="/tratamiento-ketamina-depresion">Ketamina</a> <a href="/esketamina">Esketamina</a> <a href="/equipo">Equipo médico</a> <a href="/precios">Precios</a> <a href="/preguntas-frecuentes">Preguntas frecuentes</a> <a href="/contacto">Contacto</a></nav>
</header>
<main>
<h1>Tratamiento con ketamina para la depresión resistente en Madrid</h1>
<p>En nuestra clínica del barrio de Salamanca aplicamos infusiones intravenosas de ketamina a dosis bajas en
pacientes con depresión que no han respondido a otros tratamientos. Cada sesión se realiza en un box individual,
con monitorización continua y bajo la supervisión de un médico anestesiólogo.</p>
<h2>¿Cómo es el proceso?</h2>
<ol>
<li><b>Consulta de valoración con psiquiatra</b> (presencial, 60 minutos). Revisamos tu historia clínica y los tratamientos previos, y solicitamos un electrocardiograma si es necesario.</li>
<li><b>Plan de tratamiento.</b> Habitualmente seis sesiones en dos o tres semanas.</li>
<li><b>Sesiones.</b> La infusión dura unos 40 minutos y después descansas 30 minutos más en la clínica. Debes venir acompañado y no conducir ese día.</li>
<li><b>Seguimiento.</b> Revisiones con tu psiquiatra y, si hace falta, sesiones de mantenimiento.</li>
</ol>
<h2>Precios orientativos</h2>
<p>Consulta de valoración: 150 &euro;. Sesión de infusión: 390 &euro;. Programa de seis sesiones: 2.100 &euro;.
Consulta si tu seguro privado cubre parte del tratamiento.</p>
<h2>Equipo</h2>
<p>Dra. Inés Carrasco (psiquiatra) &middot; Dr. Álvaro Mendieta (anestesiólogo) &middot; Enf. Lucía Prieto</p>
<h2>Preguntas frecuentes</h2>
<h3>¿Se puede hacer el tratamiento en casa?</h3>
<p>No. La ketamina intravenosa solo se administra en la clínica, con monitorización. Desconfía de quien te ofrezca ketamina sin receta por internet.</p>
<h3>¿Puedo pedir cita por WhatsApp?</h3>
<p>Sí, escríbenos y te llamamos para concertar la consulta de valoración.</p>
</main>
<footer><p>Clínica Equilibrio K &middot; Centro sanitario autorizado por la Comunidad de Madrid &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Privacidad</a></p></footer>
""", noise="cookie-es")

p("h12029", "https://chu-exemple.example/psychiatrie/unite-esketamine-depression-resistante", "clinic", False, "fr",
  "service-hospitalier-esketamine", "Unité de traitement de la dépression résistante – eskétamine | CHU Exemple", """
<header><a href="/">CHU Exemple</a> <nav><a href="/patients">Patients et visiteurs</a> <a href="/services">Services et consultations</a> <a href="/professionnels">Professionnels de santé</a> <a href="/recherche">Recherche</a> <a href="/recrutement">Recrutement</a></nav></header>
<nav class="fil"><a href="/services">Services</a> &gt; <a href="/psychiatrie">Pôle de psychiatrie</a> &gt; Unité dépression résistante</nav>
<main>
<h1>Unité de traitement de la dépression résistante</h1>
<p>L'unité accueille en hôpital de jour des patients adultes souffrant d'une dépression n'ayant pas répondu à au
moins deux antidépresseurs. Elle propose notamment l'eskétamine par voie nasale, la kétamine intraveineuse dans le
cadre de protocoles de recherche, la stimulation magnétique transcrânienne et l'électroconvulsivothérapie.</p>
<h2>Comment être adressé ?</h2>
<p>Sur courrier de votre psychiatre ou de votre médecin traitant, adressé au secrétariat de l'unité. Une
consultation d'évaluation est programmée dans un délai de quatre à six semaines.</p>
<h2>Déroulement d'une séance d'eskétamine</h2>
<p>Le patient s'administre le spray en présence d'une infirmière. La tension artérielle est contrôlée avant et
après. Une surveillance de deux heures au minimum est assurée dans l'unité. Le retour au domicile doit se faire
accompagné, sans conduire.</p>
<h2>Contact</h2>
<p>Secrétariat : 03 00 00 00 00, du lundi au vendredi de 9 h à 16 h 30. Bâtiment C, 2e étage.</p>
</main>
<footer>CHU Exemple &middot; <a href="/accessibilite">Accessibilité</a> &middot; <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h12030", "https://clinicaequilibrio-sp.example/tratamento-com-cetamina", "clinic", False, "pt",
  "clinica-cetamina-escetamina-whatsapp", "Tratamento com cetamina e escetamina em São Paulo | Clínica Equilíbrio SP", """
<header><a href="/">Clínica Equilíbrio SP</a> <nav><a href="/tratamentos">Tratamentos</a> <a href="/tratamento-com-cetamina">Cetamina</a> <a href="/equipe">Equipe</a> <a href="/convenios">Convênios</a> <a href="/contato">Contato</a></nav></header>
<main>
<h1>Tratamento com cetamina para depressão resistente</h1>
<p>A Clínica Equilíbrio, em Pinheiros, realiza infusões de cetamina endovenosa e aplicações de escetamina
intranasal (Spravato) em ambiente ambulatorial, sempre com prescrição e acompanhamento de médico psiquiatra e
monitoramento de sinais vitais durante e após cada sessão.</p>
<h2>Para quem é indicado</h2>
<p>Adultos com depressão que não melhoraram com pelo menos dois antidepressivos, ou com ideação suicida, após
avaliação presencial com nosso psiquiatra. Pessoas com hipertensão não controlada, histórico de psicose ou gestantes
geralmente não são candidatas.</p>
<h2>Como funciona</h2>
<p>Consulta de avaliação, plano de seis a oito sessões e retornos periódicos. A sessão dura cerca de duas horas
contando o período de observação. É obrigatório ter um acompanhante.</p>
<p>Valores e cobertura: escetamina pode ter cobertura por alguns convênios mediante relatório médico; a infusão de
cetamina é particular. Solicite orçamento.</p>
<a class="whats" href="https://wa.example/5511000000000">Agende sua avaliação pelo WhatsApp</a>
</main>
<footer>Clínica Equilíbrio SP &middot; Responsável técnico: Dr. Rafael Nogueira &middot; CRM-SP 000000 &middot; <a href="/privacidade">Privacidade</a></footer>
""", noise="cookie-pt")

p("h12031", "https://centro-neuropsi-milano.example/terapia-ketamina-esketamina", "clinic", False, "it",
  "centro-privato-esketamina", "Terapia con ketamina ed esketamina a Milano | Centro NeuroPsi", """
<header><a href="/">Centro NeuroPsi Milano</a> <nav><a href="/chi-siamo">Chi siamo</a> <a href="/servizi">Servizi</a> <a href="/terapia-ketamina-esketamina">Ketamina / Esketamina</a> <a href="/medici">Medici</a> <a href="/prenota">Prenota una visita</a></nav></header>
<main>
<h1>Terapia con esketamina per la depressione resistente</h1>
<p>Il Centro NeuroPsi è un poliambulatorio specialistico di psichiatria. Somministriamo esketamina spray nasale in
ambulatorio, sotto controllo medico, ai pazienti adulti per i quali è indicata dopo una visita psichiatrica approfondita.</p>
<h2>Come si svolge</h2>
<p>Prima visita psichiatrica con valutazione dei trattamenti precedenti. In caso di indicazione, le sedute si svolgono
presso il centro: il paziente assume lo spray in presenza dell'infermiere e resta in osservazione per almeno due ore,
con controllo della pressione arteriosa. È necessario un accompagnatore.</p>
<h2>E la ketamina endovenosa?</h2>
<p>Le infusioni di ketamina per la depressione sono un uso off-label: le eseguiamo solo in casi selezionati, presso la
struttura ospedaliera convenzionata e con consenso informato specifico.</p>
<h2>Costi</h2>
<p>Prima visita 200 &euro;. Il costo delle sedute viene comunicato dopo la visita, in base allo schema terapeutico.</p>
<a class="btn" href="/prenota">Prenota una visita</a>
</main>
<footer>Centro NeuroPsi S.r.l. &middot; Direttore sanitario Dott.ssa Chiara Bellandi &middot; <a href="/privacy">Privacy</a></footer>
""")

# ---------------------------------------------------------------- informational (9)

p("h12032", "https://metro-daily-news.example/health/2026/11/30/ketamine-search-results-clinics-and-dealers", "informational", False, "en",
  "news-article-partial-paywall", "Search 'ketamine' and you'll find clinics - and dealers | Metro Daily News", """
<header>
<a class="masthead" href="/">Metro Daily News</a>
<nav><a href="/news">News</a> <a href="/local">Local</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/health">Health</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="btn">Subscribe $1/week</a> <a href="/login">Sign in</a></nav>
</header>
<article>
<p class="kicker">HEALTH</p>
<h1>Search &lsquo;ketamine&rsquo; and you'll find clinics &mdash; and dealers</h1>
<p class="dek">As ketamine treatment goes mainstream, search results mix licensed providers with sellers who ship the drug with no questions asked.</p>
<p class="byline">By Priya Natarajan &middot; Nov. 30, 2026</p>
<p>Type &ldquo;ketamine therapy near me&rdquo; into a search engine and the first results look reassuring: infusion
centers with nurses in scrubs, telehealth companies listing their psychiatrists, a state-by-state directory. Type
&ldquo;buy ketamine&rdquo; and the picture changes.</p>
<p>In a review of the first three pages of results for a dozen ketamine-related searches this month, Metro Daily
News found more than 20 sites offering to sell ketamine without a prescription. Several listed crystal ketamine
at $80 to $120 a gram and asked for payment in Bitcoin; one promised to &ldquo;reship for free&rdquo; if customs seized
a parcel. Others sent shoppers to Telegram channels with names like &ldquo;K Express.&rdquo;</p>
<p>&ldquo;People assume that if a site ranks on the first page, it must be legitimate,&rdquo; said Dr. Helen Marsh,
an addiction psychiatrist who reviewed the sites at the newspaper's request. &ldquo;Some of these pages are built to
look exactly like a clinic.&rdquo;</p>
<p>The sellers range from crude classified ads to polished storefronts that borrow the language of medicine. One
site we visited, styled as an &ldquo;at-home ketamine program,&rdquo; approved a reporter's application from a seven-question
quiz in under a minute, with no video visit and no request for medical records.</p>
<div class="paywall">
<p><b>You've reached your limit of free articles.</b></p>
<p>Subscribe for unlimited access to local journalism. <a href="/subscribe">Start for $1</a> &middot; Already a subscriber? <a href="/login">Sign in</a></p>
</div>
</article>
<aside><h4>Most read</h4><ol><li><a href="/local/2026/11/29/bridge-closure">Bridge closure extended into January</a></li><li><a href="/business/2026/11/28/grocer-layoffs">Regional grocer announces layoffs</a></li><li><a href="/health/2026/11/27/flu-season">Flu season arrives early</a></li></ol></aside>
<footer>&copy; 2026 Metro Daily News &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms of use</a> &middot; <a href="/contact">Contact the newsroom</a></footer>
""", noise="cookie")

p("h12033", "https://drugsafety-agency.gov.example/safety/alerts/ketamine-compounded-products-online", "informational", False, "en",
  "regulator-safety-communication", "Safety Alert: Risks of Ketamine Bought Online or Used Without Monitoring | Drug Safety Agency", """
<div class="govbanner">An official website of the Example government</div>
<header><a href="/">Drug Safety Agency</a> <nav><a href="/drugs">Drugs</a> <a href="/safety">Safety</a> <a href="/report">Report a problem</a> <a href="/news">News &amp; events</a></nav></header>
<main>
<h1>Safety alert: ketamine bought online or used without clinical monitoring</h1>
<p class="date">Issued: November 12, 2026</p>
<h2>What is the issue?</h2>
<p>The agency is aware of websites and social media accounts selling ketamine, &ldquo;esketamine nasal spray&rdquo;
and ketamine analogues such as 2-fluorodeschloroketamine directly to consumers, without a prescription. Products
purchased this way have been found to be mislabeled, sub- or super-potent, or to contain other substances.</p>
<p>Ketamine is a controlled substance. Esketamine nasal spray is approved only for use in certified healthcare
settings under a restricted program and is not dispensed for home use. Ketamine products prescribed through
telemedicine should come from a licensed pharmacy following an evaluation by a licensed prescriber.</p>
<h2>Risks</h2>
<ul><li>Sedation, dissociation and respiratory depression, especially combined with alcohol, opioids or benzodiazepines</li>
<li>Increases in blood pressure</li><li>Abuse, misuse and dependence</li><li>Lower urinary tract and bladder damage with repeated use</li></ul>
<h2>Recommendations for patients</h2>
<p>Do not buy ketamine from websites that do not require a prescription. Talk to a licensed health care provider
about treatment options for depression. If you experience side effects, seek medical care and report them.</p>
<h2>Report</h2>
<p>Report adverse events and suspicious websites through the <a href="/report">online reporting form</a>.</p>
</main>
<footer>Drug Safety Agency &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/foia">Freedom of information</a></footer>
""")

p("h12034", "https://forum.depression-support.example/t/ketamine-therapy-near-me-worth-it/48213", "informational", False, "en",
  "forum-thread-discussion-warning", "Ketamine therapy near me - worth it? Clinic vs telehealth experiences - Depression Support Forum", """
<header><a href="/">Depression Support Forum</a> <nav><a href="/latest">Latest</a> <a href="/categories">Categories</a> <a href="/c/treatments">Treatments</a> <a href="/guidelines">Community guidelines</a> <a href="/login">Log in</a></nav></header>
<main class="topic">
<h1>Ketamine therapy near me &ndash; worth it? Clinic vs telehealth experiences</h1>
<p class="meta">Treatments &middot; 27 replies &middot; 1.9k views</p>
<div class="post"><b>grey_morning</b> &middot; 6d<p>Three SSRIs and an SNRI later, my psychiatrist brought up ketamine. The closest infusion clinic
is 90 minutes away and quoted $2,700 for six sessions. There's also telehealth stuff that's way cheaper. Anyone done both?</p></div>
<div class="post"><b>Ravi_K</b> &middot; 6d<p>Did six IV infusions last spring. Expensive, but the monitoring made me feel safe and the effect was
real for about two months. Boosters every 5&ndash;6 weeks now. My insurance paid nothing.</p></div>
<div class="post"><b>smallsteps22</b> &middot; 5d<p>I'm with a telehealth program. Had an hour-long video visit with a nurse practitioner who
asked a ton about my blood pressure and whether I drink. They made me buy a BP cuff. Lozenges came from a pharmacy
with a signature needed. Honestly decent, but it's weird doing it at home &ndash; you need someone with you.</p></div>
<div class="post"><b>hollowtree</b> &middot; 5d<p>PSA: after I posted about ketamine on another forum I got DMs from an account offering
&ldquo;pharma grade K, no script, pay in BTC.&rdquo; Please don't. A friend paid and got nothing, and when stuff does arrive you
have no idea what's in it.</p></div>
<div class="post mod"><b>Moderator</b> &middot; 5d<p>Reminder: sourcing requests and links to sellers are removed and earn a ban. Talking about
treatment experiences, costs and providers is fine.</p></div>
<div class="post"><b>grey_morning</b> &middot; 4d<p>Thanks all. Asked my psychiatrist about Spravato too since my plan might cover it &ndash; apparently
the nearest certified office is closer than the infusion clinic.</p></div>
<div class="post"><b>Ravi_K</b> &middot; 4d<p>Spravato was covered for my sister after a prior auth. Two hours sitting in the office each time, bring a book.</p></div>
<p class="pager">Page 1 of 2 &middot; <a href="?page=2">Next</a></p>
</main>
<aside><h4>Related topics</h4><ul><li><a href="/t/spravato-prior-auth/47102">Spravato prior auth denied &ndash; appeal tips?</a></li><li><a href="/t/tms-experiences/45877">TMS experiences thread</a></li></ul></aside>
<footer>If you're in crisis, please contact a local emergency number or crisis line. This forum is peer support, not medical advice.</footer>
""")

p("h12035", "https://ketamineclinicfinder.example/colorado/denver", "informational", False, "en",
  "directory-nav-heavy-listings", "Ketamine Clinics in Denver, CO (14 providers) | KetamineClinicFinder", """
<header>
<a href="/">KetamineClinicFinder</a>
<nav><a href="/states">Browse by state</a> <a href="/telehealth">Telehealth providers</a> <a href="/spravato-centers">Spravato centers</a> <a href="/guides">Guides</a> <a href="/for-providers">List your clinic</a></nav>
</header>
<nav class="crumbs"><a href="/">Home</a> &gt; <a href="/colorado">Colorado</a> &gt; Denver</nav>
<main>
<h1>Ketamine clinics in Denver, Colorado</h1>
<p>14 providers within 25 miles &middot; Updated December 2026</p>
<form class="filters">
<label><input type="checkbox"> IV infusion</label> <label><input type="checkbox"> IM / KAP</label> <label><input type="checkbox"> Spravato (REMS)</label>
<label><input type="checkbox"> Accepts insurance</label> <label><input type="checkbox"> Offers financing</label>
<label>Distance <select><option>10 mi</option><option>25 mi</option><option>50 mi</option></select></label>
</form>
<ol class="listings">
<li><a href="/listing/mile-high-infusion">Mile High Infusion Clinic</a> &middot; Cherry Creek &middot; IV, Spravato &middot; &#9733; 4.7 (88) &middot; <a href="/listing/mile-high-infusion#contact">Contact</a></li>
<li><a href="/listing/front-range-kap">Front Range Ketamine-Assisted Therapy</a> &middot; Capitol Hill &middot; IM, KAP &middot; &#9733; 4.9 (41)</li>
<li><a href="/listing/aurora-behavioral">Aurora Behavioral Associates</a> &middot; Aurora &middot; Spravato &middot; &#9733; 4.4 (19) &middot; Accepts insurance</li>
<li><a href="/listing/lakewood-pain-mood">Lakewood Pain &amp; Mood Center</a> &middot; Lakewood &middot; IV &middot; &#9733; 4.6 (63)</li>
<li><a href="/listing/boulder-clear-mind">Clear Mind Ketamine</a> &middot; Boulder (22 mi) &middot; IV, IM &middot; &#9733; 4.8 (102)</li>
<li><a href="/listing/highlands-psychiatry">Highlands Psychiatry</a> &middot; Highland &middot; Spravato &middot; Not yet rated</li>
<li><a href="/listing/denver-ketamine-wellness">Denver Ketamine Wellness</a> &middot; LoDo &middot; IV &middot; &#9733; 4.2 (27)</li>
</ol>
<p class="pager"><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=next">Next</a></p>
<section class="guide"><h2>How to choose a ketamine clinic</h2>
<p>Ask who oversees treatment (an anesthesiologist, psychiatrist or other physician), how you'll be monitored,
whether they coordinate with your mental health provider, and what the full cost of a series is. Listings are
supplied by providers; KetamineClinicFinder does not provide medical care.</p></section>
<section class="nearby"><h3>Nearby cities</h3><p><a href="/colorado/boulder">Boulder</a> &middot; <a href="/colorado/colorado-springs">Colorado Springs</a> &middot; <a href="/colorado/fort-collins">Fort Collins</a> &middot; <a href="/colorado/aurora">Aurora</a> &middot; <a href="/colorado/littleton">Littleton</a></p></section>
</main>
<footer><a href="/about">About</a> &middot; <a href="/advertise">Advertise</a> &middot; <a href="/privacy">Privacy</a> &middot; &copy; 2026 KetamineClinicFinder</footer>
""")

p("h12036", "https://wellinformed-health.example/drugs/spravato/cost", "informational", False, "en",
  "health-site-cost-explainer", "How Much Does Spravato Cost? With and Without Insurance | WellInformed Health", """
<header><a href="/">WellInformed Health</a> <nav><a href="/conditions">Conditions</a> <a href="/drugs">Drugs A&ndash;Z</a> <a href="/symptom-checker">Symptom checker</a> <a href="/news">News</a></nav></header>
<main>
<p class="review">Medically reviewed by Jonah Feld, PharmD &middot; Last updated October 2026</p>
<h1>How much does Spravato (esketamine) cost?</h1>
<p>Spravato is among the more expensive depression treatments because you pay both for the medication and for the
time you spend being monitored at a certified treatment center. Your out-of-pocket amount depends mostly on your
insurance.</p>
<h2>Without insurance</h2>
<p>List prices for the 56 mg and 84 mg kits are several hundred dollars per session. During the first month, when
sessions are twice a week, total costs before insurance can run into the thousands of dollars, before adding the
clinic's monitoring fee.</p>
<h2>With insurance</h2>
<p>Many commercial plans, Medicare and a number of Medicaid programs cover Spravato when a prior authorization
shows that you have tried other antidepressants. Copays vary widely.</p>
<h2>Ways to save</h2>
<ul><li>Manufacturer savings program for eligible people with commercial insurance</li><li>Patient assistance foundations for those who are uninsured or underinsured</li><li>Asking the treatment center for a written estimate before starting</li></ul>
<p class="caution">Spravato is only dispensed to certified treatment settings. Websites offering esketamine nasal spray for home delivery are not legitimate.</p>
</main>
<aside class="ad">Advertisement</aside>
<footer>WellInformed Health provides information, not medical advice. &copy; 2026</footer>
""")

p("h12037", "https://openmedwiki.example/wiki/Ketamine", "informational", False, "en",
  "encyclopedia-snippet-plain-text", "Ketamine - OpenMedWiki", """
Ketamine

Ketamine is a dissociative anaesthetic that acts mainly as an NMDA receptor antagonist. It is used for induction and maintenance of anaesthesia in humans and animals, for pain management and sedation, and, at sub-anaesthetic doses, as a treatment for depression; its S-enantiomer, esketamine, is marketed as a nasal spray for treatment-resistant depression. Common adverse effects include dissociation, raised blood pressure, nausea and, with chronic heavy use, ulcerative cystitis. Ketamine is also used recreationally and is a controlled substance in many countries.
""", ext="txt")

p("h12038", "https://drogeninfo-saferuse.example/substanzen/ketamin", "informational", False, "de",
  "harm-reduction-substanzinfo", "Ketamin – Wirkung, Risiken und Safer Use | Drogeninfo", """
<header><a href="/">Drogeninfo</a> <nav><a href="/substanzen">Substanzen A&ndash;Z</a> <a href="/mischkonsum">Mischkonsum-Check</a> <a href="/drug-checking">Drug-Checking</a> <a href="/beratung">Online-Beratung</a></nav></header>
<main>
<h1>Ketamin</h1>
<p>Ketamin ist ein Narkosemittel aus der Human- und Tiermedizin. In niedriger Dosis wirkt es dissoziativ: Körper
und Umgebung werden verzerrt wahrgenommen, in höherer Dosis kann es zum sogenannten &bdquo;K-Hole&ldquo; kommen. Seit
einigen Jahren wird Esketamin auch zur Behandlung schwerer Depressionen eingesetzt &ndash; das geschieht aber nur in
ärztlicher Behandlung und unter Überwachung.</p>
<h2>Risiken</h2>
<ul><li>Unfälle und Stürze durch Bewegungs- und Wahrnehmungsstörungen</li>
<li>Lebensgefährlich in Kombination mit Alkohol, Opioiden, GHB/GBL oder Benzodiazepinen</li>
<li>Bei häufigem Konsum: Schäden an Blase und Harnwegen, psychische Abhängigkeit</li></ul>
<h2>Safer Use</h2>
<p>Nie allein konsumieren, niedrig dosieren, nicht mischen, Röhrchen nicht teilen. Auf dem Schwarzmarkt und in
Online-Shops verkauftes &bdquo;Ketamin&ldquo; enthält manchmal andere Substanzen wie 2-FDCK &ndash; nutze ein Drug-Checking-Angebot,
wo es eines gibt.</p>
<h2>Rechtliches</h2>
<p>Ketamin ist in Deutschland ein verschreibungspflichtiges Arzneimittel. Der Handel ohne Erlaubnis ist nach dem
Arzneimittelgesetz strafbar.</p>
<p><a href="/beratung">Du hast Fragen zu deinem Konsum? Hier geht es zur anonymen Online-Beratung.</a></p>
</main>
<footer>Drogeninfo ist ein Projekt der Suchtprävention &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h12039", "https://agence-securite-medicament.example/actualites/ketamine-mesusage-achats-internet", "informational", False, "fr",
  "agence-sanitaire-point-information", "Kétamine : mésusage et achats sur internet – point d'information | Agence de sécurité du médicament", """
<header><a href="/">Agence de sécurité du médicament</a> <nav><a href="/actualites">Actualités</a> <a href="/dossiers">Dossiers thématiques</a> <a href="/declarer">Déclarer un effet indésirable</a> <a href="/publications">Publications</a></nav></header>
<main>
<p class="date">Publié le 18/10/2026</p>
<h1>Kétamine : hausse du mésusage et des achats sur internet</h1>
<p>Les données des centres d'addictovigilance montrent une augmentation des cas de complications liées à l'usage
non médical de la kétamine, notamment des atteintes urologiques graves chez des consommateurs réguliers.</p>
<p>Par ailleurs, l'agence constate que des sites internet et des comptes sur les réseaux sociaux proposent de la
kétamine ou de l'eskétamine « sans ordonnance ». Ces produits sont illégaux, leur composition est inconnue et leur
achat expose à des risques pour la santé.</p>
<h2>Rappels</h2>
<ul><li>La kétamine est un stupéfiant réservé à l'usage hospitalier et vétérinaire.</li>
<li>L'eskétamine en spray nasal est administrée uniquement dans un établissement de santé, sous surveillance.</li>
<li>Aucun médicament à base de kétamine ne peut être acheté légalement sur internet.</li></ul>
<h2>Que faire ?</h2>
<p>Si vous souffrez d'une dépression, parlez-en à votre médecin. Signalez tout effet indésirable sur le portail de
signalement et tout site suspect aux autorités.</p>
</main>
<footer>Agence de sécurité du médicament &middot; <a href="/accessibilite">Accessibilité</a> &middot; <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h12040", "https://drugsinfolijn.example/ketamine/ketamine-kopen-lees-dit-eerst", "informational", False, "nl",
  "harm-reduction-kopen-lees-dit", "Ketamine kopen? Lees dit eerst | Drugsinfolijn", """
<header><a href="/">Drugsinfolijn</a> <nav><a href="/middelen">Middelen</a> <a href="/ketamine">Ketamine</a> <a href="/testen">Drugs laten testen</a> <a href="/hulp">Hulp en advies</a> <a href="/chat">Chat met ons</a></nav></header>
<main>
<h1>Ketamine kopen? Lees dit eerst</h1>
<p>Wie zoekt op &lsquo;ketamine kopen&rsquo; vindt webshops, Telegram-kanalen en advertenties die snelle levering
beloven. Wij verkopen niets, maar zetten op een rij wat je moet weten.</p>
<h2>Wat zegt de wet?</h2>
<p>Ketamine is in Nederland een geneesmiddel. Verkopen of verstrekken zonder vergunning is strafbaar. Alleen artsen
en dierenartsen mogen het voorschrijven of toedienen.</p>
<h2>Wat zit er in?</h2>
<p>Bij testdiensten komen regelmatig monsters binnen die als ketamine zijn gekocht maar iets anders bevatten, zoals
2-FDCK of andere stoffen. Je kunt je middel anoniem laten testen bij een testlocatie in je regio.</p>
<h2>Risico's</h2>
<p>Niet combineren met alcohol, GHB of slaapmiddelen. Regelmatig gebruik kan de blaas ernstig beschadigen. Gebruik
nooit alleen.</p>
<h2>Ketamine als behandeling</h2>
<p>Bij ernstige depressie kan een psychiater in een ziekenhuis of gespecialiseerde kliniek esketamine of ketamine
voorschrijven. Bespreek dit met je huisarts.</p>
</main>
<footer>Drugsinfolijn &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact</a></footer>
""", noise="cookie-nl")

save(OUT, R)
