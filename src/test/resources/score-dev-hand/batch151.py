# Batch 151 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "A fair sample for a partner site": an ordinary, fair sample of the pages a partner site's
# users would check or search for in early 2027: every category in its common forms, US and Europe,
# long and short, tidy and messy; no particular trick in mind.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), medium pages, short
# pages, a navigation-heavy partial page, a bot-check wall (url-only) and a few plain-text excerpts:
# crystal/powder shop, messenger "plug" bio, research-chemical analogue store, no-Rx Spravato online
# pharmacy, veterinary supply selling vials to anyone, affiliate "best vendors" doorway, classifieds
# listing, European shops in five languages, a fake French tele-clinic; at-home ketamine telehealth
# landing/FAQ/pricing/assessment/terms, virtual psychiatry with Spravato referral (US, DE, BR, US-es);
# infusion clinics, REMS centre, KAP practice, pain clinic, French CHU, Italian, Spanish, Dutch
# practices; news, government fact sheet and alert, harm reduction, law firm, trial, forum, German drug
# info, Portuguese encyclopaedia.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch151.py (writes batch151/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch151")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h15101", "https://k-crystalshop.example/product/ketamine-hcl-crystal-shards/", "seller", True, "en",
  "shop-product-long-chrome", "Ketamine HCL Crystal Shards (99.8%) - Buy Online | K Crystal Shop", """
<header>
<div class="promo-bar">&#127881; SPRING SALE: 20% off all orders paid in Bitcoin &ndash; code SPRING27 &middot; Worldwide tracked delivery</div>
<a class="logo" href="/">K&middot;CRYSTAL<span>SHOP</span></a>
<nav class="main-menu">
<a href="/">Home</a> <a href="/shop/">Shop</a> <a href="/product-category/dissociatives/">Dissociatives</a>
<a href="/product-category/pharma/">Pharma</a> <a href="/product-category/pills/">Pills</a>
<a href="/shipping/">Shipping</a> <a href="/reviews/">Reviews</a> <a href="/contact/">Contact</a>
<a href="/my-account/">My account</a> <a href="/cart/" class="cart">Cart <span class="count">0</span></a>
</nav>
<form class="search" action="/"><input name="s" placeholder="Search products&hellip;"></form>
</header>
<main>
<nav class="woocommerce-breadcrumb"><a href="/">Home</a> / <a href="/product-category/dissociatives/">Dissociatives</a> / Ketamine HCL Crystal Shards</nav>
<div class="product">
<div class="images"><img src="/wp-content/uploads/2026/11/ketamine-shards-1.jpg" alt="ketamine crystal shards in bag"></div>
<div class="summary entry-summary">
<h1 class="product_title">Ketamine HCL Crystal Shards (99.8%)</h1>
<div class="star-rating">Rated <strong>4.87</strong> out of 5 based on 212 customer ratings</div>
<p class="price"><span class="amount">$120.00</span> &ndash; <span class="amount">$1,950.00</span></p>
<div class="short-description">
<p>Pharmaceutical-grade racemic ketamine hydrochloride, recrystallised into large glass-like shards. Lab tested, no cut, no MXE or 2F. Same batch our regulars have been reordering since 2024.</p>
<ul><li>Purity: 99.8% (HPLC report available on request)</li><li>Form: crystal shards, easy to crush</li><li>Packed in vacuum-sealed, smell-proof, mylar bags</li></ul>
</div>
<form class="variations_form cart">
<table class="variations"><tr><th><label for="pa_weight">Weight</label></th><td>
<select id="pa_weight" name="attribute_pa_weight">
<option value="">Choose an option</option>
<option value="5g">5 g &ndash; $120</option>
<option value="10g">10 g &ndash; $210</option>
<option value="25g">25 g &ndash; $450</option>
<option value="50g">50 g &ndash; $800</option>
<option value="100g">100 g &ndash; $1,150</option>
<option value="250g">250 g &ndash; $1,950</option>
</select></td></tr></table>
<div class="quantity"><input type="number" name="quantity" value="1" min="1"></div>
<button type="submit" class="single_add_to_cart_button button alt">Add to cart</button>
</form>
<div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">KC-SHARD-998</span></span> <span class="posted_in">Categories: <a href="/product-category/dissociatives/">Dissociatives</a>, <a href="/product-category/pharma/">Pharma</a></span></div>
</div>
</div>
<div class="woocommerce-tabs">
<ul class="tabs"><li><a href="#tab-description">Description</a></li><li><a href="#tab-shipping">Shipping &amp; Payment</a></li><li><a href="#tab-reviews">Reviews (212)</a></li></ul>
<div id="tab-description">
<h2>Description</h2>
<p>Ketamine is a dissociative anaesthetic first synthesised in 1962 and used worldwide in human and veterinary medicine. In recent years interest has grown because of research into its rapid effect on mood. Our shards are produced from pharmaceutical ketamine and recrystallised by our own chemist so you get a clean, consistent product every time.</p>
<p>Many customers ask whether they need a prescription to order. We do not ask for one. Your order is between you and us, and we never share customer data with anyone.</p>
</div>
<div id="tab-shipping">
<h2>Shipping &amp; Payment</h2>
<p><strong>Stealth shipping:</strong> every order is vacuum-sealed twice and hidden inside ordinary merchandise (phone cases, cosmetics, books). No company name on the label. USA domestic 2&ndash;4 days, Europe 5&ndash;9 days, Australia 7&ndash;12 days.</p>
<p><strong>Reship guarantee:</strong> if your parcel is seized or lost, we reship for free once (tracking number required). Second reship at 50%.</p>
<p><strong>Payment:</strong> Bitcoin, Monero, USDT (TRC20), Zelle, Cash App and Apple gift cards. Crypto orders receive 20% off automatically. Card payments are not accepted.</p>
</div>
<div id="tab-reviews">
<h2>212 reviews for Ketamine HCL Crystal Shards</h2>
<div class="review"><strong>jaydenR</strong> &ndash; <em>verified owner</em> &#9733;&#9733;&#9733;&#9733;&#9733;<p>Third order, arrived in 3 days to Ohio in a box of hair ties lol. Shards are huge, very clean.</p></div>
<div class="review"><strong>M. from Leeds</strong> &ndash; &#9733;&#9733;&#9733;&#9733;&#9734;<p>Took 9 days to the UK but it came. Customer service on Telegram answered in an hour.</p></div>
<div class="review"><strong>kat_</strong> &ndash; &#9733;&#9733;&#9733;&#9733;&#9733;<p>Best K I have had in years, way better than local.</p></div>
</div>
</div>
<section class="related"><h2>Related products</h2>
<ul><li><a href="/product/ketamine-powder-fine/">Ketamine Powder (fine, 99%)</a> $100 &ndash; $1,600</li>
<li><a href="/product/ketalar-50mg-ml-10ml/">Ketalar 50 mg/ml, 10 ml vial</a> $85 &ndash; $700</li>
<li><a href="/product/s-ketamine-needles/">S-Ketamine Needles</a> $140 &ndash; $2,100</li></ul>
</section>
</main>
<footer>
<div class="cols"><div><h4>Support</h4><p>Telegram: @kcrystal_support<br>Wickr: kcrystalshop<br>Email: orders@k-crystalshop.example</p></div>
<div><h4>Info</h4><a href="/faq/">FAQ</a> <a href="/shipping/">Shipping policy</a> <a href="/refund/">Refund policy</a> <a href="/privacy/">Privacy</a></div></div>
<p>&copy; 2027 K Crystal Shop. All products are sold for research purposes.</p>
</footer>
""", noise="cookie")

p("h15102", "https://linktr.example/kplug.eu", "seller", True, "en",
  "social-bio-txt", "kplug.eu | links", """
kplug.eu \u2744\ufe0f\U0001F984
EU/UK based \u2022 K, MD, 2C-B, carts
\u2705 K shards 10g \u20ac150 / 25g \u20ac320 / 50g \u20ac550
\u2705 same day dispatch before 2pm, tracked + stealth
\u2705 BTC / XMR / bank transfer
\u274c no time wasters, no samples
Menu + prices \u2192 Telegram @kplug_eu_menu
Orders \u2192 Signal / Threema (ask in TG)
Backup: @kplug_eu_backup2
""", ext="txt")

p("h15103", "https://synthlab-reagents.example/arylcyclohexylamines/2-fdck", "seller", True, "en",
  "research-chemical-analogue-medium", "2-FDCK (2-Fluorodeschloroketamine) | SynthLab Reagents", """
<div class="top">Free shipping within the EU from &euro;150 &middot; Orders before 15:00 CET ship same day</div>
<nav><a href="/">Home</a> | <a href="/arylcyclohexylamines">Arylcyclohexylamines</a> | <a href="/benzofurans">Benzofurans</a> | <a href="/phenethylamines">Phenethylamines</a> | <a href="/pellets">Pellets</a> | <a href="/coa">Certificates of Analysis</a> | <a href="/cart">Basket</a></nav>
<main>
<h1>2-FDCK (2-Fluorodeschloroketamine) &ndash; crystal</h1>
<p class="lead">IUPAC: 2-(2-fluorophenyl)-2-(methylamino)cyclohexan-1-one &middot; CAS 111982-50-4 &middot; Molar mass 221.27 g/mol</p>
<p>2-FDCK is an arylcyclohexylamine closely related to ketamine, in which the chlorine on the phenyl ring is replaced by fluorine. It is supplied as a white crystalline hydrochloride salt for in-vitro laboratory research and forensic reference only.</p>
<table class="prices">
<tr><th>Quantity</th><th>Price</th><th>Per gram</th></tr>
<tr><td>1 g</td><td>&euro;25.00</td><td>&euro;25.00</td></tr>
<tr><td>5 g</td><td>&euro;90.00</td><td>&euro;18.00</td></tr>
<tr><td>10 g</td><td>&euro;150.00</td><td>&euro;15.00</td></tr>
<tr><td>25 g</td><td>&euro;300.00</td><td>&euro;12.00</td></tr>
<tr><td>100 g</td><td>&euro;850.00</td><td>&euro;8.50</td></tr>
</table>
<button class="add">Add to basket</button>
<p>Purity &ge; 99.5% (GC-MS, batch 2611-FD). Also available: <a href="/arylcyclohexylamines/dck">Deschloroketamine (DCK)</a>, <a href="/arylcyclohexylamines/o-pce">O-PCE</a>, <a href="/arylcyclohexylamines/3-meo-pcp">3-MeO-PCP</a>.</p>
<div class="disclaimer"><strong>NOT FOR HUMAN CONSUMPTION.</strong> Products are sold strictly as research chemicals. By ordering you confirm you are over 18 and a qualified researcher, and that the product is legal in your country. We do not give dosage information; questions about consumption will be ignored.</div>
<p>Payment: bank transfer (SEPA), Bitcoin, Litecoin. Discreet packaging, no sender name.</p>
</main>
<footer>SynthLab Reagents &middot; Rotterdam &middot; support@synthlab-reagents.example</footer>
""")

p("h15104", "https://meds-direct-247.example/spravato-esketamine-nasal-spray.html", "seller", True, "en",
  "no-rx-online-pharmacy-long", "Buy Spravato (Esketamine) Nasal Spray Online No Prescription | Meds Direct 24/7", """
<header>
<div class="strip">&#9742; Call us 24/7: +1 (888) 555-0147 &nbsp;|&nbsp; WhatsApp orders: +44 7700 900 318 &nbsp;|&nbsp; FREE Airmail on orders over $300</div>
<a href="/" class="logo">Meds Direct 24/7 &ndash; Your Trusted Online Pharmacy</a>
<nav><a href="/">Home</a> <a href="/pain-relief.html">Pain Relief</a> <a href="/anxiety.html">Anxiety</a> <a href="/depression.html">Depression</a> <a href="/adhd.html">ADHD</a> <a href="/sleep.html">Sleep Aids</a> <a href="/weight-loss.html">Weight Loss</a> <a href="/testimonials.html">Testimonials</a> <a href="/track.html">Track Order</a></nav>
</header>
<div class="layout">
<aside class="sidebar"><h3>Categories</h3><ul>
<li><a href="/oxycodone.html">Oxycodone</a></li><li><a href="/adderall.html">Adderall</a></li><li><a href="/xanax.html">Xanax</a></li>
<li><a href="/ketamine-injection.html">Ketamine Injection</a></li><li><a href="/spravato-esketamine-nasal-spray.html">Spravato</a></li><li><a href="/modafinil.html">Modafinil</a></li></ul>
<div class="badges"><img src="/img/ssl.png" alt="SSL secured"> <img src="/img/verified.png" alt="Verified pharmacy"> <img src="/img/money-back.png" alt="Money back guarantee"></div>
</aside>
<main>
<h1>Spravato (Esketamine) 28 mg Nasal Spray</h1>
<p class="availability">In stock &ndash; ships within 24 hours</p>
<table class="pack-prices">
<tr><th>Package</th><th>Price</th><th>Savings</th><th></th></tr>
<tr><td>1 device (28 mg)</td><td>$290.00</td><td>&ndash;</td><td><a class="btn" href="/cart.php?add=spr1">Buy now</a></td></tr>
<tr><td>2 devices (56 mg)</td><td>$540.00</td><td>$40</td><td><a class="btn" href="/cart.php?add=spr2">Buy now</a></td></tr>
<tr><td>3 devices (84 mg)</td><td>$770.00</td><td>$100</td><td><a class="btn" href="/cart.php?add=spr3">Buy now</a></td></tr>
<tr><td>6 devices</td><td>$1,420.00</td><td>$320</td><td><a class="btn" href="/cart.php?add=spr6">Buy now</a></td></tr>
</table>
<h2>What is Spravato?</h2>
<p>Spravato (esketamine) is a nasal spray approved by the FDA in 2019 for treatment-resistant depression in adults, used together with an oral antidepressant. It is the S-enantiomer of ketamine and works on the NMDA receptor, which is why many patients notice an improvement in mood within hours instead of weeks.</p>
<h2>Can I buy Spravato without a prescription?</h2>
<p>Yes. In the United States Spravato is normally only given in certified treatment centers where you must stay for two hours after each dose. We believe patients deserve access at home. At Meds Direct 24/7 you can order Spravato online with no prescription needed &ndash; simply complete our short health form at checkout and our in-house pharmacist approves your order automatically.</p>
<h2>How to use</h2>
<p>Each device delivers two sprays (one per nostril). Follow the instructions in the leaflet included with your order. Do not drive on the day of use.</p>
<h2>Shipping &amp; payment</h2>
<p>Discreet packaging without any mention of contents. Delivery to USA, Canada, UK, Australia and EU in 5&ndash;10 business days by EMS or registered airmail. We accept Visa/Mastercard (billed as &ldquo;GLOBAL HEALTH SUPPLY&rdquo;), Bitcoin (10% discount) and bank transfer.</p>
<div class="testimonials"><h3>What our customers say</h3>
<blockquote>&ldquo;My clinic had a 3 month waiting list. Ordered here and it arrived in 6 days. Life changing.&rdquo; &ndash; Sarah, Texas</blockquote>
<blockquote>&ldquo;Fast and discreet, will order again.&rdquo; &ndash; Peter, Manchester</blockquote></div>
</main>
</div>
<footer><p>Meds Direct 24/7 &middot; <a href="/about.html">About us</a> &middot; <a href="/faq.html">FAQ</a> &middot; <a href="/privacy.html">Privacy</a> &middot; <a href="/disclaimer.html">Disclaimer</a></p>
<p class="small">Information on this website is not medical advice. Please consult your doctor.</p></footer>
""")

p("h15105", "https://pawsfield-vetsupply.example/anesthetics/ketamine-hcl-100mg-ml-10ml", "seller", True, "en",
  "vet-supply-to-anyone-medium", "Ketamine HCl Injection 100 mg/mL, 10 mL vial | Pawsfield Vet Supply", """
<nav class="cats"><a href="/dogs">Dogs</a> <a href="/cats">Cats</a> <a href="/horses">Equine</a> <a href="/livestock">Livestock</a> <a href="/anesthetics">Anesthetics &amp; Sedatives</a> <a href="/dewormers">Dewormers</a> <a href="/cart">Cart</a></nav>
<main>
<h1>Ketamine HCl Injection USP 100 mg/mL &ndash; 10 mL multi-dose vial</h1>
<p class="brand">Brand options: Ketaset&reg; / Vetalar&reg; / Ketamidor&reg; / generic (depending on stock)</p>
<p class="price">$64.99 per vial &middot; box of 5: $289.00 &middot; box of 10: $520.00</p>
<p class="stock">&#10003; In stock. Ships in plain box from our warehouse.</p>
<button>Add to cart</button>
<h2>Product information</h2>
<p>Ketamine hydrochloride injection is a rapid-acting general anesthetic for dogs, cats, horses and subhuman primates. Commonly combined with xylazine or medetomidine for induction.</p>
<h2>Do I need a vet prescription?</h2>
<p>No prescription or DEA registration is needed when ordering from our international warehouse. Hobby breeders, farmers, pet owners and private buyers all order from us. Just choose your quantity and check out; vials are shipped by courier with discreet labelling.</p>
<p>Payment by bank wire, Bitcoin or Western Union. For bulk (50+ vials) contact our sales team on WhatsApp +31 6 5550 1821.</p>
<p class="reviews">&#9733;&#9733;&#9733;&#9733;&#9733; &ldquo;Came quick, genuine seals on the vials.&rdquo; &ndash; Tom R. (verified buyer)</p>
</main>
<footer>Pawsfield Vet Supply &middot; Serving animal lovers worldwide since 2015</footer>
""")

p("h15106", "https://mindhealth-review-hub.example/blog/where-to-buy-ketamine-online-2027", "seller", True, "en",
  "affiliate-doorway-long", "Where to Buy Ketamine Online in 2027: 5 Trusted Vendors (Tested & Reviewed)", """
<header><a href="/" class="logo">MindHealth Review Hub</a>
<nav><a href="/blog/">Blog</a> <a href="/category/nootropics/">Nootropics</a> <a href="/category/psychedelics/">Psychedelics</a> <a href="/category/reviews/">Vendor Reviews</a> <a href="/about/">About</a></nav></header>
<article>
<h1>Where to Buy Ketamine Online in 2027: 5 Trusted Vendors (Tested &amp; Reviewed)</h1>
<p class="meta">By <strong>Dr. Alex Turner</strong> &middot; Updated January 4, 2027 &middot; 14 min read</p>
<p class="disclosure"><em>Disclosure: some links on this page are affiliate links. If you buy through them we may earn a commission at no extra cost to you.</em></p>
<div class="toc"><strong>Contents</strong><ol><li>Why people buy ketamine online</li><li>Our top 5 vendors</li><li>How we tested</li><li>Is it legal?</li><li>FAQ</li></ol></div>
<h2>Why people buy ketamine online</h2>
<p>Clinics are expensive: a single IV infusion costs $400&ndash;$800 and a full course can easily pass $3,000. Insurance rarely pays. That is why more and more readers ask us where they can get good quality ketamine delivered at home without jumping through hoops. We ordered from 14 shops over six months and sent every sample to an independent lab. Here are the ones that passed.</p>
<h2>Our top 5 vendors</h2>
<div class="vendor"><h3>1. K Crystal Shop &ndash; Best overall</h3>
<p>Lab result: 99.6% ketamine HCl, no adulterants. Delivery to Ohio: 3 days. Accepts BTC and Cash App. No prescription asked.</p>
<p><strong>Use code MHRH15 for 15% off.</strong></p>
<a class="cta" href="https://mindhealth-review-hub.example/go/kcrystal" rel="nofollow sponsored">Visit K Crystal Shop &rarr;</a></div>
<div class="vendor"><h3>2. PharmaKet EU &ndash; Best for Europe</h3>
<p>Lab result: 98.9%. Ships from within the EU so no customs. Reship policy if seized.</p>
<a class="cta" href="https://mindhealth-review-hub.example/go/pharmaket" rel="nofollow sponsored">Visit PharmaKet EU &rarr;</a></div>
<div class="vendor"><h3>3. Meds Direct 24/7 &ndash; Best for Spravato</h3>
<p>Sells branded esketamine nasal spray devices; short online health form, no doctor visit.</p>
<a class="cta" href="https://mindhealth-review-hub.example/go/medsdirect" rel="nofollow sponsored">Visit Meds Direct &rarr;</a></div>
<div class="vendor"><h3>4. SynthLab Reagents &ndash; Best for analogues</h3>
<p>If you prefer 2-FDCK or DCK, which are not controlled in some countries. Sold as research chemicals.</p>
<a class="cta" href="https://mindhealth-review-hub.example/go/synthlab" rel="nofollow sponsored">Visit SynthLab &rarr;</a></div>
<div class="vendor"><h3>5. Pawsfield Vet Supply &ndash; Cheapest vials</h3>
<p>Veterinary 100 mg/mL vials, about $52 per vial in boxes of 10. Some readers evaporate the liquid to powder.</p>
<a class="cta" href="https://mindhealth-review-hub.example/go/pawsfield" rel="nofollow sponsored">Visit Pawsfield &rarr;</a></div>
<h2>How we tested</h2>
<p>We placed orders with real money under different names, recorded shipping times and sent samples to a testing service. We removed any shop that did not deliver or whose product tested below 95%.</p>
<h2>Is it legal?</h2>
<p>Ketamine is Schedule III in the US and Class B in the UK. Buying without a prescription is illegal in most countries. We do not encourage breaking the law; this article is for information only. Always check your local regulations.</p>
<h2>FAQ</h2>
<p><strong>Is buying ketamine online safe?</strong> With the vendors above, yes &ndash; we have tested them. Avoid random Telegram sellers.</p>
<p><strong>Do I need a prescription?</strong> None of the five vendors above require one.</p>
</article>
<aside><h4>Popular posts</h4><ul><li><a href="/blog/best-microdosing-kits/">Best microdosing kits</a></li><li><a href="/blog/kratom-vendors/">Kratom vendors ranked</a></li></ul></aside>
<footer>&copy; 2027 MindHealth Review Hub &middot; For educational purposes only.</footer>
""", noise="cookie")

p("h15107", "https://classifieds-hub.example/health-beauty/ad-88213047-ketalar-vials", "seller", True, "en",
  "classifieds-listing-short", "Ketalar vials available - Health & Beauty - ClassifiedsHub", """
<div class="ad">
<nav class="crumbs"><a href="/">ClassifiedsHub</a> &rsaquo; <a href="/health-beauty">Health &amp; Beauty</a> &rsaquo; <a href="/health-beauty/other">Other</a></nav>
<h1>Ketalar vials available</h1>
<p class="price">$ 80</p>
<p class="loc">Houston, TX &middot; posted 2 days ago &middot; ad id 88213047</p>
<div class="desc"><p>Original Ketalar 50mg/ml 10ml, sealed, long expiry. Also have powder. Price per vial, discount for 5+. Ship all US states, discreet, or local meetup. Text only, no calls. Serious buyers.</p></div>
<p class="seller">Seller: <strong>mike_supply</strong> &middot; member since 2026 &middot; <a href="/reply/88213047">Reply to ad</a></p>
<p class="safety">Safety tips: meet in public places, never send money in advance. <a href="/report/88213047">Report this ad</a></p>
</div>
""")

p("h15108", "https://buyketamineonline-shop.example/product/ketamine-powder-for-sale/", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="main-wrapper" role="main">
<div class="main-content">
<h1 class="zone-name-title">buyketamineonline-shop.example</h1>
<h2 class="h2">Verifying you are human. This may take a few seconds.</h2>
<noscript><div class="h2">Enable JavaScript and cookies to continue</div></noscript>
<div id="challenge-body-text">buyketamineonline-shop.example needs to review the security of your connection before proceeding.</div>
</div>
</div>
<div class="footer"><div class="ray-id">Ray ID: <code>8f21ac09bd7e4c11</code></div><div>Performance &amp; security by a CDN provider</div></div>
""")

p("h15109", "https://ketamina-express.example/es/comprar-ketamina-online", "seller", True, "es",
  "shop-spanish-medium", "Comprar ketamina online sin receta | Envío discreto 24/48h | Ketamina Express", """
<header><a class="logo" href="/es/">Ketamina Express</a>
<nav><a href="/es/">Inicio</a> <a href="/es/tienda">Tienda</a> <a href="/es/envios">Envíos</a> <a href="/es/preguntas-frecuentes">Preguntas frecuentes</a> <a href="/es/contacto">Contacto</a> <a href="/es/carrito">Carrito (0)</a></nav></header>
<main>
<h1>Comprar ketamina online en España</h1>
<p>¿Buscas ketamina de calidad sin complicaciones? En Ketamina Express enviamos ketamina en cristal y en polvo a toda España, Portugal y Andorra en 24/48 horas, en paquete neutro y sin remitente. No pedimos receta médica ni datos innecesarios.</p>
<h2>Nuestros productos</h2>
<ul class="productos">
<li><strong>Ketamina cristal (99%)</strong> &ndash; 1 g 35 &euro; &middot; 5 g 140 &euro; &middot; 10 g 240 &euro; <a href="/es/tienda/ketamina-cristal">Añadir al carrito</a></li>
<li><strong>Ketamina en polvo</strong> &ndash; 1 g 30 &euro; &middot; 5 g 120 &euro; <a href="/es/tienda/ketamina-polvo">Añadir al carrito</a></li>
<li><strong>Ketolar 50 mg/ml ampollas</strong> (pack de 5) &ndash; 95 &euro; <a href="/es/tienda/ketolar-ampollas">Añadir al carrito</a></li>
</ul>
<h2>Formas de pago</h2>
<p>Bizum, transferencia, Bitcoin y tarjetas regalo. Pagando con criptomonedas tienes un 10% de descuento.</p>
<h2>¿Es seguro?</h2>
<p>Llevamos desde 2022 enviando pedidos y tenemos más de 3.000 clientes satisfechos. Si tu paquete no llega, te lo reenviamos gratis. Atención al cliente por Telegram y WhatsApp de 10 a 22 h.</p>
<p class="aviso">Producto destinado a mayores de 18 años. Consume con responsabilidad.</p>
</main>
<footer>Ketamina Express &copy; 2027 &middot; <a href="/es/aviso-legal">Aviso legal</a> &middot; <a href="/es/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

p("h15110", "https://ketamin-shop24.example/de/ketamin-kaufen", "seller", True, "de",
  "shop-german-medium", "Ketamin kaufen ohne Rezept – diskreter Versand | KetaminShop24", """
<header><a href="/de/" class="logo">KetaminShop24</a>
<nav><a href="/de/">Start</a> <a href="/de/shop">Shop</a> <a href="/de/versand">Versand &amp; Zahlung</a> <a href="/de/faq">FAQ</a> <a href="/de/kontakt">Kontakt</a> <a href="/de/warenkorb">Warenkorb</a></nav></header>
<main>
<h1>Ketamin online kaufen &ndash; schnell, sicher und diskret</h1>
<p>Sie möchten Ketamin kaufen, ohne lange Wartezeiten beim Arzt? Bei KetaminShop24 bestellen Sie hochreines Ketamin (Kristall oder Pulver) bequem online. Ein Rezept ist nicht erforderlich. Versand innerhalb Deutschlands, nach Österreich und in die Schweiz.</p>
<table class="preise">
<tr><th>Produkt</th><th>Menge</th><th>Preis</th></tr>
<tr><td>Ketamin HCl Kristall</td><td>2 g</td><td>59,00 &euro;</td></tr>
<tr><td>Ketamin HCl Kristall</td><td>5 g</td><td>129,00 &euro;</td></tr>
<tr><td>Ketamin HCl Kristall</td><td>10 g</td><td>219,00 &euro;</td></tr>
<tr><td>S-Ketamin Pulver</td><td>5 g</td><td>149,00 &euro;</td></tr>
</table>
<p><a class="button" href="/de/shop">Jetzt bestellen</a></p>
<h2>Versand</h2>
<p>Wir versenden vakuumverschweißt in einem neutralen Briefumschlag ohne Absender. Lieferzeit 1&ndash;3 Werktage. Bei Verlust oder Beschlagnahme senden wir einmalig kostenlos erneut (Reship).</p>
<h2>Bezahlung</h2>
<p>Bitcoin, Monero, Paysafecard oder Überweisung. Bei Krypto-Zahlung erhalten Sie 10&nbsp;% Rabatt.</p>
<p class="hinweis">Alle Produkte werden ausschließlich zu Forschungszwecken verkauft. Nicht zum menschlichen Verzehr.</p>
</main>
<footer>&copy; 2027 KetaminShop24 &middot; <a href="/de/impressum">Impressum</a> &middot; <a href="/de/agb">AGB</a> &middot; <a href="/de/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h15111", "https://teleclinique-serenite.example/fr/traitement-depression-ketamine", "seller", True, "fr",
  "fake-teleclinic-french-medium", "Kétamine à domicile sans rendez-vous | Téléclinique Sérénité", """
<header><a class="logo" href="/fr/">Téléclinique Sérénité</a>
<nav><a href="/fr/">Accueil</a> <a href="/fr/traitements">Nos traitements</a> <a href="/fr/comment-ca-marche">Comment ça marche</a> <a href="/fr/tarifs">Tarifs</a> <a href="/fr/avis">Avis</a> <a href="/fr/connexion">Mon espace</a></nav></header>
<main>
<h1>Le traitement par kétamine, livré chez vous en 48&nbsp;h</h1>
<p class="lead">Dépression, anxiété, burn-out&nbsp;? Plus besoin d'attendre des mois un rendez-vous chez le psychiatre. Notre téléclinique vous envoie votre traitement directement à domicile, partout en France, en Belgique et en Suisse.</p>
<h2>Comment ça marche&nbsp;?</h2>
<ol>
<li><strong>Remplissez notre questionnaire médical</strong> en ligne (5 minutes).</li>
<li><strong>Validation immédiate</strong>&nbsp;: notre système valide automatiquement votre demande, sans consultation vidéo ni appel.</li>
<li><strong>Recevez votre colis</strong> en 48&nbsp;h dans un emballage neutre et discret.</li>
</ol>
<h2>Nos formules</h2>
<ul>
<li>Kétamine sublinguale 100&nbsp;mg &ndash; 10 comprimés&nbsp;: 149&nbsp;&euro;</li>
<li>Kétamine sublinguale 200&nbsp;mg &ndash; 20 comprimés&nbsp;: 259&nbsp;&euro;</li>
<li>Spray nasal à l'eskétamine (flacon de 10&nbsp;ml)&nbsp;: 199&nbsp;&euro;</li>
</ul>
<p><a class="btn" href="/fr/questionnaire">Commencer mon questionnaire</a></p>
<p>Paiement par carte, virement ou crypto-monnaies. Aucune ordonnance préalable n'est nécessaire&nbsp;: notre médecin partenaire établit l'ordonnance sur la base de vos réponses.</p>
<h2>Ils nous font confiance</h2>
<blockquote>&laquo;&nbsp;Reçu en deux jours, je me sens revivre.&nbsp;&raquo; &ndash; Julie, Lyon</blockquote>
</main>
<footer>Téléclinique Sérénité &middot; Siège&nbsp;: Limassol, Chypre &middot; <a href="/fr/mentions-legales">Mentions légales</a> &middot; <a href="/fr/cgv">CGV</a></footer>
""", noise="cookie-fr")

p("h15112", "https://chemshop-nl.example/nl/dissociatives/", "seller", True, "nl",
  "rc-category-partial-nl", "Dissociatives kopen | ChemShop NL", """
<nav class="menu"><a href="/nl/">Home</a> <a href="/nl/dissociatives/">Dissociatives</a> <a href="/nl/psychedelica/">Psychedelica</a> <a href="/nl/stimulantia/">Stimulantia</a> <a href="/nl/benzodiazepinen/">Designer benzo's</a> <a href="/nl/verzending/">Verzending</a> <a href="/nl/winkelwagen/">Winkelwagen</a></nav>
<h1>Dissociatives</h1>
<p>In deze categorie vindt u onze arylcyclohexylamines: analogen van ketamine en PCP die (nog) niet op de Opiumwet staan. Uitsluitend verkocht voor laboratoriumonderzoek &ndash; niet voor menselijke consumptie.</p>
<div class="grid">
<div class="item"><a href="/nl/2-fdck/">2-FDCK kristallen</a><span class="prijs">vanaf &euro; 20,00</span><button>In winkelwagen</button></div>
<div class="item"><a href="/nl/dck/">DCK (deschloroketamine)</a><span class="prijs">vanaf &euro; 22,50</span><button>In winkelwagen</button></div>
<div class="item"><a href="/nl/o-pce/">O-PCE</a><span class="prijs">vanaf &euro; 27,00</span><button>In winkelwagen</button></div>
<div class="item"><a href="/nl/3-meo-pce/">3-MeO-PCE</a><span class="prijs">vanaf &euro; 30,00</span><span class="out">Uitverkocht</span></div>
<div class="item"><a href="/nl/ketamine-pellets-2fdck/">2-FDCK pellets 10 mg</a><span class="prijs">vanaf &euro; 15,00</span><button>In winkelwagen</button></div>
</div>
<p class="info">Bestellingen voor 16:00 worden dezelfde dag verzonden met PostNL, discreet verpakt. Betalen met iDEAL, Bancontact of Bitcoin. Verzending naar heel Europa
""")

p("h15113", "https://vetfarma-ofertas.example/produto/cetamina-10-50ml", "seller", True, "pt",
  "vet-product-whatsapp-pt-short", "Cetamina 10% 50 ml – Pronta entrega | VetFarma Ofertas", """
<main>
<h1>Cetamina 10% injetável &ndash; frasco 50 ml</h1>
<p class="preco">R$ 189,90 <small>ou 3x de R$ 63,30</small></p>
<p>Anestésico de uso veterinário (cloridrato de cetamina 100 mg/ml). Original, lacrado, validade longa. Pronta entrega para todo o Brasil via Correios, embalagem discreta. <strong>Não precisa de receita.</strong></p>
<p>Pagamento via Pix (5% de desconto) ou boleto. Acima de 5 frascos, preço de atacado.</p>
<p><a class="whats" href="https://wa.example/5511955501234">&#128172; Comprar pelo WhatsApp</a></p>
<p class="obs">Também temos: Dopalen, Quetamina gotas, Xilazina.</p>
</main>
""")

p("h15114", "https://forum-annunci.example/t/ketamina-disponibile-spedizione-italia/44127", "seller", True, "it",
  "vendor-post-txt", "Ketamina disponibile – spedizione Italia", """
[VENDO] Ketamina disponibile - spedizione in tutta Italia
Postato da: ketaitalia_official | 03/01/2027 22:14

Ciao a tutti, torniamo con nuova merce, ketamina cristallo qualità top (testata con reagente, video disponibile).
Prezzi:
- 1g 40€
- 5g 170€
- 10g 300€
- 25g 650€
Spedizione tracciata e stealth in 24/48h da Milano, o consegna a mano zona Milano/Monza.
Pagamento solo crypto (BTC/XMR) o ricarica PostePay.
Niente domande stupide, niente "campioni gratis".
Contatti: Telegram @ketaitalia_official o Session (ID in privato)
Feedback nel thread precedente, 100+ ordini consegnati.
""", ext="txt")

# ---------------------------------------------------------------- telehealth (9)

p("h15115", "https://evenkeel-health.example/", "telehealth", False, "en",
  "telehealth-landing-long-chrome", "Even Keel | At-Home Ketamine Therapy for Depression & Anxiety", """
<header>
<a class="logo" href="/">Even Keel</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/science">The science</a> <a href="/safety">Safety</a> <a href="/faq">FAQ</a> <a href="/login">Log in</a> <a class="btn" href="/get-started">See if you're eligible</a></nav>
</header>
<main>
<section class="hero">
<h1>Feel like yourself again.</h1>
<p>Clinician-guided ketamine therapy at home, for adults with depression and anxiety that haven't improved with other treatments. Available in 34 states.</p>
<a class="btn" href="/get-started">Take the 3-minute assessment</a>
<p class="small">As featured in national health media &middot; 4.8&#9733; from 9,000+ members</p>
</section>
<section class="steps">
<h2>How it works</h2>
<div><h3>1. Tell us about yourself</h3><p>Complete a short online assessment about your mood, health history and current medications. This helps us understand whether a clinical evaluation makes sense.</p></div>
<div><h3>2. Meet your clinician by video</h3><p>A board-certified psychiatric clinician licensed in your state reviews your history and meets you in a 45-minute video evaluation. They decide whether ketamine is appropriate &ndash; about 1 in 4 people are not approved, and we refund the evaluation fee if treatment isn't right for you.</p></div>
<div><h3>3. Receive your treatment kit</h3><p>If prescribed, your sublingual ketamine tablets are dispensed by a licensed partner pharmacy and shipped in tamper-evident packaging. Adult signature required on delivery.</p></div>
<div><h3>4. Sessions with support</h3><p>Your first session is monitored live by a clinician over video. You'll need a peer treatment monitor present for every session. Blood pressure checks before and after are part of every session.</p></div>
<div><h3>5. Integration &amp; follow-ups</h3><p>Integration coaching after each session and a follow-up with your clinician every 4 weeks to adjust or stop treatment.</p></div>
</section>
<section class="pricing-teaser">
<h2>Simple, transparent pricing</h2>
<p>Initial program: 6 sessions over 4 weeks &ndash; <strong>$1,194</strong> (or $199/month with our payment plan). Includes clinical evaluation, medication, monitoring tools and integration coaching. HSA/FSA eligible. <a href="/pricing">See full pricing</a></p>
</section>
<section class="safety">
<h2>Is at-home ketamine right for me?</h2>
<p>Ketamine is not for everyone. We do not treat people with uncontrolled high blood pressure, a history of psychosis or mania, active substance use disorder, or who are pregnant. If you are in crisis, call or text 988 (Suicide &amp; Crisis Lifeline) or go to your nearest emergency department.</p>
</section>
<section class="team"><h2>Meet some of our clinicians</h2>
<ul><li>Renee Okafor, PMHNP-BC &ndash; licensed in CA, OR, WA, NV</li><li>Daniel Stroud, MD (Psychiatry) &ndash; licensed in NY, NJ, CT, PA</li><li>Maria Esposito, DNP, PMHNP &ndash; licensed in TX, FL, GA</li></ul></section>
</main>
<footer>
<nav><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/press">Press</a> <a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <a href="/hipaa">HIPAA notice</a> <a href="/states">Where we operate</a></nav>
<p>Even Keel Health, Inc. provides administrative services to Even Keel Medical Group, P.C., a professional corporation owned by licensed physicians. All medical decisions are made by licensed clinicians. Ketamine is a Schedule III controlled substance; use of ketamine for depression is off-label.</p>
<p>&copy; 2027 Even Keel Health, Inc.</p>
</footer>
""", noise="cookie")

p("h15116", "https://evenkeel-health.example/faq", "telehealth", False, "en",
  "telehealth-faq-medium", "Frequently asked questions | Even Keel", """
<nav><a href="/">Even Keel</a> <a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a> <a href="/get-started">Get started</a></nav>
<main>
<h1>Frequently asked questions</h1>
<h2>Is ketamine legal?</h2>
<p>Yes, when prescribed. Ketamine is an FDA-approved anesthetic and a Schedule III controlled substance. Clinicians may prescribe it off-label for depression after an appropriate evaluation. Since the DEA's telemedicine rules were extended, our clinicians can prescribe after a video evaluation; we follow every state's requirements, and in some states an in-person visit is required before we can prescribe.</p>
<h2>Can I just buy ketamine from you?</h2>
<p>No. We don't sell ketamine; we provide medical care. Medication is only dispensed after a licensed clinician evaluates you and writes a prescription, and it's filled by a licensed pharmacy. Be wary of websites that offer ketamine &ldquo;without a prescription&rdquo; or accept crypto &ndash; these are not legitimate and the product may be counterfeit.</p>
<h2>How fast will I get my medication?</h2>
<p>Typically 3&ndash;7 days after your clinician approves your treatment plan. Shipments require an adult signature.</p>
<h2>Does insurance cover this?</h2>
<p>Insurance generally doesn't cover at-home ketamine. You can pay with HSA/FSA and we can provide a superbill for out-of-network reimbursement for the clinical visits.</p>
<h2>What if I'm not approved?</h2>
<p>If your clinician decides ketamine isn't appropriate, you get a full refund of the program fee minus the evaluation, and we'll share other options such as a referral for esketamine (Spravato) at a certified center or TMS.</p>
<h2>Can I drive after a session?</h2>
<p>No. Don't drive or operate machinery until the next day.</p>
</main>
<footer>&copy; 2027 Even Keel Health &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h15117", "https://novamente.example/pricing", "telehealth", False, "en",
  "telehealth-pricing-short", "Pricing – Novamente Virtual Ketamine Care", """
<main>
<h1>Pricing</h1>
<div class="plan"><h2>Starter</h2><p class="price">$349 first month</p><ul><li>Psychiatric intake by video (60 min)</li><li>4 ketamine sessions, if prescribed</li><li>Medication from our partner pharmacy</li><li>Weekly check-ins</li></ul><a class="btn" href="/checkout?plan=starter">Join</a></div>
<div class="plan"><h2>Maintenance</h2><p class="price">$229 / month</p><ul><li>Monthly prescriber visit</li><li>Up to 2 sessions per month</li><li>Cancel anytime</li></ul><a class="btn" href="/checkout?plan=maintenance">Join</a></div>
<p class="fine">Prescriptions are written only after your clinician's video evaluation and are at their discretion. Not available in all states. HSA/FSA accepted.</p>
</main>
""")

p("h15118", "https://brightpath-psychiatry.example/get-started/assessment", "telehealth", False, "en",
  "telehealth-assessment-medium", "Eligibility assessment | BrightPath Virtual Psychiatry", """
<header><a href="/" class="logo">BrightPath</a> <span class="step">Step 1 of 4</span></header>
<main>
<h1>Let's see if ketamine treatment could be a fit</h1>
<p>This questionnaire is a screening tool only. It does not approve anyone for treatment. If your answers suggest you may be a candidate, you'll book a video appointment with one of our psychiatrists or psychiatric nurse practitioners, who makes the final decision.</p>
<form>
<fieldset><legend>1. Which state do you live in?</legend><select name="state"><option>Select state</option><option>California</option><option>Colorado</option><option>Florida</option><option>Illinois</option><option>New York</option><option>Texas</option></select></fieldset>
<fieldset><legend>2. Have you been diagnosed with depression, anxiety, PTSD or OCD?</legend><label><input type="radio" name="dx"> Yes</label> <label><input type="radio" name="dx"> No</label> <label><input type="radio" name="dx"> Not sure</label></fieldset>
<fieldset><legend>3. How many antidepressants have you tried?</legend><label><input type="radio" name="n"> 0</label> <label><input type="radio" name="n"> 1</label> <label><input type="radio" name="n"> 2 or more</label></fieldset>
<fieldset><legend>4. Have you ever been diagnosed with schizophrenia, bipolar disorder or psychosis?</legend><label><input type="radio" name="psy"> Yes</label> <label><input type="radio" name="psy"> No</label></fieldset>
<fieldset><legend>5. Do you have high blood pressure or heart disease?</legend><label><input type="radio" name="bp"> Yes</label> <label><input type="radio" name="bp"> No</label></fieldset>
<fieldset><legend>6. Over the last two weeks, how often have you been bothered by little interest or pleasure in doing things?</legend><label><input type="radio" name="phq1"> Not at all</label> <label><input type="radio" name="phq1"> Several days</label> <label><input type="radio" name="phq1"> More than half the days</label> <label><input type="radio" name="phq1"> Nearly every day</label></fieldset>
<button type="submit">Continue</button>
</form>
<p class="note">Next: create an account, upload a photo ID and book your video evaluation ($150, refunded if you aren't a candidate). We also ask permission to contact your current prescriber or therapist. If you have thoughts of harming yourself, please call or text 988 now.</p>
</main>
<footer>BrightPath Virtual Psychiatry, PLLC &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></footer>
""")

p("h15119", "https://brightpath-psychiatry.example/treatments/spravato", "telehealth", False, "en",
  "virtual-psychiatry-spravato-referral-medium", "Spravato (esketamine) through BrightPath | Virtual Psychiatry", """
<nav><a href="/">BrightPath</a> <a href="/treatments">Treatments</a> <a href="/treatments/ketamine">At-home ketamine</a> <a href="/treatments/spravato">Spravato</a> <a href="/treatments/medication-management">Medication management</a> <a href="/insurance">Insurance</a> <a href="/get-started">Get started</a></nav>
<main>
<h1>Spravato&reg; (esketamine) nasal spray</h1>
<p>Spravato is an FDA-approved nasal spray for adults with treatment-resistant depression and for depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behavior. Because of its REMS program, Spravato must be taken at a certified healthcare setting, under observation, for at least two hours. It can't be shipped home.</p>
<h2>How BrightPath helps</h2>
<ol>
<li><strong>Virtual evaluation.</strong> Our psychiatrist reviews your treatment history by video and orders any labs needed.</li>
<li><strong>Insurance work.</strong> Our team handles the prior authorization &ndash; most commercial plans and Medicare cover Spravato for qualifying patients.</li>
<li><strong>Referral to a certified treatment center.</strong> We refer you to one of our partner REMS-certified centers near you, where you receive and self-administer the spray under supervision.</li>
<li><strong>Ongoing care.</strong> We keep managing your oral antidepressant and see you by video between treatment visits.</li>
</ol>
<p><a class="btn" href="/get-started?tx=spravato">Book a virtual evaluation</a></p>
<p class="small">Common side effects include dissociation, dizziness, nausea, sedation and increased blood pressure. Please read the full Prescribing Information and Medication Guide.</p>
</main>
<footer>&copy; 2027 BrightPath Virtual Psychiatry, PLLC</footer>
""")

p("h15120", "https://novamente.example/legal/telehealth-consent", "telehealth", False, "en",
  "telehealth-terms-excerpt-txt", "Telehealth informed consent – Novamente", """
3. Prescriptions. Novamente clinicians may prescribe ketamine only after a synchronous video evaluation and only if, in their independent professional judgment, it is clinically appropriate. Completing an online questionnaire or paying a membership fee does not guarantee a prescription. Prescriptions are sent to a licensed pharmacy licensed in your state of residence, which dispenses and ships the medication.
4. Location. You must be physically located in a state where your clinician is licensed at the time of every visit. We may require an in-person examination by a local provider where state law or DEA rules require it.
5. Monitoring. You agree to have a treatment monitor present during sessions, to report blood pressure readings, and to attend follow-up visits at least every 30 days. Failure to do so may result in discontinuation of treatment.
""", ext="txt")

p("h15121", "https://psychiatrie-online-praxis.example/de/behandlungen/esketamin", "telehealth", False, "de",
  "telepsychiatry-german-medium", "Esketamin bei therapieresistenter Depression – Online-Sprechstunde | Psychiatrie Online Praxis", """
<header><a class="logo" href="/de/">Psychiatrie Online Praxis</a>
<nav><a href="/de/">Start</a> <a href="/de/behandlungen">Behandlungen</a> <a href="/de/aerzte">Unsere Ärztinnen und Ärzte</a> <a href="/de/kosten">Kosten</a> <a href="/de/termin">Termin buchen</a></nav></header>
<main>
<h1>Esketamin-Nasenspray: Abklärung per Videosprechstunde</h1>
<p>Wenn mindestens zwei Antidepressiva nicht ausreichend geholfen haben, kann Esketamin (Spravato&reg;) eine Option sein. Das Nasenspray darf in Deutschland nur unter ärztlicher Aufsicht in einer Praxis oder Klinik angewendet werden; nach jeder Gabe bleiben Patientinnen und Patienten mindestens zwei Stunden zur Überwachung vor Ort.</p>
<h2>So läuft es bei uns ab</h2>
<ol>
<li>Ausführliches Erstgespräch per Video mit einer Fachärztin oder einem Facharzt für Psychiatrie und Psychotherapie (ca. 50 Minuten).</li>
<li>Prüfung der Vorbehandlungen, Befunde und Kontraindikationen (z.&nbsp;B. Bluthochdruck, Psychose, Schwangerschaft).</li>
<li>Bei Eignung: Überweisung an eine Kooperationspraxis oder Klinik in Ihrer Nähe, die die Esketamin-Behandlung durchführt.</li>
<li>Begleitende Online-Termine zur Medikation und Psychotherapie.</li>
</ol>
<h2>Kosten</h2>
<p>Die Videosprechstunde rechnen wir bei gesetzlich Versicherten über die Krankenkasse ab (eGK erforderlich). Privatpatienten erhalten eine Rechnung nach GOÄ.</p>
<p><a class="btn" href="/de/termin?anliegen=esketamin">Videotermin vereinbaren</a></p>
<p class="hinweis">Wir verschreiben oder versenden kein Ketamin zur Anwendung zu Hause. In akuten Krisen: Telefonseelsorge 0800 111 0 111 oder Notruf 112.</p>
</main>
<footer>Psychiatrie Online Praxis MVZ GmbH &middot; <a href="/de/impressum">Impressum</a> &middot; <a href="/de/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h15122", "https://evenkeel-health.example/es/como-funciona", "telehealth", False, "es",
  "telehealth-us-spanish-medium", "Cómo funciona la terapia con ketamina en casa | Even Keel", """
<nav><a href="/es/">Even Keel</a> <a href="/es/como-funciona">Cómo funciona</a> <a href="/es/precios">Precios</a> <a href="/es/preguntas">Preguntas</a> <a href="/">English</a></nav>
<main>
<h1>Terapia con ketamina desde casa, guiada por profesionales clínicos</h1>
<p>Even Keel ofrece tratamiento con ketamina para adultos con depresión o ansiedad en 34 estados de EE.&nbsp;UU. Atendemos en español con clínicos bilingües.</p>
<h2>Paso a paso</h2>
<ol>
<li><strong>Evaluación en línea:</strong> responde unas preguntas sobre tu salud y tus medicamentos.</li>
<li><strong>Consulta por video:</strong> un clínico de salud mental con licencia en tu estado te evalúa durante unos 45 minutos y decide si la ketamina es adecuada para ti.</li>
<li><strong>Receta y farmacia:</strong> si te la recetan, una farmacia asociada con licencia prepara tus tabletas sublinguales y te las envía. Se requiere la firma de un adulto al recibirlas.</li>
<li><strong>Sesiones acompañadas:</strong> tu primera sesión se supervisa en vivo por video y siempre debe estar presente una persona de confianza.</li>
</ol>
<p>Programa inicial de 6 sesiones: 1.194 USD o 199 USD al mes. Se acepta HSA/FSA.</p>
<p><a class="btn" href="/es/empezar">Haz la evaluación</a></p>
<p class="aviso">Si estás en crisis, llama o envía un mensaje de texto al 988 (opción en español).</p>
</main>
""")

p("h15123", "https://psiquiatria-digital.example/pt-br/escetamina", "telehealth", False, "pt",
  "telepsychiatry-brazil-short", "Escetamina: avaliação online com psiquiatra | Psiquiatria Digital", """
<main>
<h1>Depressão resistente? Avaliação para escetamina por teleconsulta</h1>
<p>Nossos psiquiatras (CRM ativo) fazem a avaliação completa por videochamada, conforme a Resolução CFM 2.314/2022. Se a escetamina spray nasal for indicada, encaminhamos você para uma clínica parceira credenciada, onde a aplicação é feita com monitoramento de duas horas. O acompanhamento continua online.</p>
<p>Consulta: R$ 390 &middot; Retorno em até 30 dias incluso. Emitimos recibo para reembolso do plano de saúde.</p>
<p><a href="/pt-br/agendar">Agendar teleconsulta</a></p>
</main>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics (8)

p("h15124", "https://lakeshore-ketamine.example/", "clinic", False, "en",
  "infusion-clinic-home-long-chrome", "Lakeshore Ketamine & Wellness | IV Ketamine Infusions in Chicago, IL", """
<header>
<div class="topbar">&#128205; 2150 N Clybourn Ave, Suite 300, Chicago, IL &middot; &#9742; (312) 555-0188 &middot; Mon&ndash;Sat 8am&ndash;6pm</div>
<a class="logo" href="/">Lakeshore Ketamine &amp; Wellness</a>
<nav><a href="/">Home</a> <a href="/conditions/">Conditions</a> <a href="/treatments/iv-ketamine/">IV Ketamine</a> <a href="/treatments/spravato/">Spravato</a> <a href="/treatments/kap/">Ketamine-Assisted Psychotherapy</a> <a href="/pricing/">Pricing</a> <a href="/team/">Our Team</a> <a href="/blog/">Blog</a> <a href="/contact/">Contact</a> <a class="btn" href="/book/">Book a consultation</a></nav>
</header>
<main>
<section class="hero"><h1>Relief from depression can start in days, not months.</h1>
<p>Physician-led IV ketamine infusions in a calm, private suite in Lincoln Park. Over 11,000 infusions delivered since 2019.</p>
<a class="btn" href="/book/">Book your free 15-minute phone consultation</a></section>
<section><h2>Conditions we treat</h2>
<ul><li>Treatment-resistant depression</li><li>Postpartum depression</li><li>PTSD</li><li>Anxiety disorders</li><li>OCD</li><li>Chronic pain, including CRPS and fibromyalgia</li></ul></section>
<section><h2>What to expect</h2>
<p>Before treatment you meet our medical director for a full evaluation; we also ask for records from your psychiatrist or primary care provider. Each infusion lasts about 40 minutes for mood disorders (up to 4 hours for pain protocols). A registered nurse monitors your heart rate, oxygen and blood pressure throughout. You'll rest with us for about 30 minutes afterwards, and someone must drive you home.</p>
<p>The typical starting series is six infusions over two to three weeks, followed by boosters as needed.</p></section>
<section class="pricing"><h2>Pricing</h2>
<table><tr><th>Service</th><th>Price</th></tr>
<tr><td>Initial consultation with physician</td><td>$250 (credited to your first infusion)</td></tr>
<tr><td>Single IV infusion (mood)</td><td>$525</td></tr>
<tr><td>Series of 6 infusions (prepaid)</td><td>$2,850</td></tr>
<tr><td>Booster infusion</td><td>$475</td></tr>
<tr><td>Pain infusion (up to 4 hours)</td><td>$850</td></tr></table>
<p>We accept HSA/FSA and offer financing through third-party lenders. We provide a superbill for out-of-network claims. Spravato is billed to insurance.</p>
<a class="btn" href="/pricing/">See packages &amp; financing</a></section>
<section class="team"><h2>Our medical team</h2>
<p>Karen Liu, MD, board-certified anesthesiologist &middot; Marcus Webb, MD, psychiatrist &middot; Elena Ruiz, CRNA &middot; Jordan Pike, LCSW (integration therapy)</p></section>
<section class="reviews"><h2>Patient stories</h2>
<blockquote>&ldquo;After 12 years and 9 medications, the fourth infusion was the first time I felt hope.&rdquo; &ndash; D.M., Evanston</blockquote></section>
</main>
<footer>
<p>Lakeshore Ketamine &amp; Wellness, LLC &middot; <a href="/privacy/">Privacy</a> &middot; <a href="/notice-of-privacy-practices/">Notice of Privacy Practices</a> &middot; <a href="/patient-portal/">Patient portal</a> &middot; <a href="/pay-bill/">Pay my bill</a></p>
<p>If you are experiencing a mental health emergency, call 988 or 911. Ketamine for depression is an off-label use; results vary.</p>
</footer>
""", noise="cookie")

p("h15125", "https://harborview-psychiatric.example/services/spravato-treatment-center", "clinic", False, "en",
  "spravato-rems-center-medium", "Spravato Treatment Center | Harborview Psychiatric Associates, San Diego", """
<nav><a href="/">Harborview Psychiatric Associates</a> <a href="/services/">Services</a> <a href="/providers/">Providers</a> <a href="/insurance/">Insurance</a> <a href="/new-patients/">New Patients</a> <a href="/contact/">Contact</a></nav>
<main>
<h1>Spravato&reg; (esketamine) Treatment Center</h1>
<p>Harborview Psychiatric Associates is a certified Spravato REMS treatment center. Treatments take place in our Mission Valley office in private, monitored rooms.</p>
<h2>Who is it for?</h2>
<p>Adults with treatment-resistant depression (who have tried at least two antidepressants) or major depressive disorder with acute suicidal thoughts or actions, used along with an oral antidepressant.</p>
<h2>Your treatment visit</h2>
<ul><li>Blood pressure check before the dose</li><li>You self-administer the nasal spray under the direct supervision of our nurse</li><li>You stay at least 2 hours for monitoring; we recheck blood pressure at 40 minutes and before discharge</li><li>You cannot drive until the next day after a restful sleep &ndash; please arrange a ride</li></ul>
<p>Induction phase: twice weekly for 4 weeks. Maintenance: weekly or every other week.</p>
<h2>Insurance</h2>
<p>Spravato is covered by most commercial plans, Medicare and Medi-Cal with prior authorization. Our benefits coordinator submits the authorization for you. The manufacturer savings program may lower out-of-pocket medication costs for eligible commercially insured patients.</p>
<p><a class="btn" href="/new-patients/request-appointment">Request an appointment</a> or call (619) 555-0142. Referrals from outside psychiatrists are welcome &ndash; fax (619) 555-0143.</p>
</main>
<footer>&copy; 2027 Harborview Psychiatric Associates, Inc.</footer>
""")

p("h15126", "https://riverstone-kap.example/services/ketamine-assisted-psychotherapy", "clinic", False, "en",
  "kap-practice-medium", "Ketamine-Assisted Psychotherapy (KAP) | Riverstone Integrative Therapy, Boulder CO", """
<nav><a href="/">Riverstone</a> <a href="/services/">Services</a> <a href="/about/">About</a> <a href="/fees/">Fees</a> <a href="/resources/">Resources</a> <a href="/contact/">Contact</a></nav>
<main>
<h1>Ketamine-Assisted Psychotherapy</h1>
<p>At Riverstone, KAP combines medically supervised ketamine sessions with depth-oriented psychotherapy. Our medical provider, a psychiatric nurse practitioner, evaluates every client in person and administers ketamine by intramuscular injection or sublingual lozenge in our office. A licensed therapist stays with you throughout the 2&ndash;3 hour session.</p>
<h2>The process</h2>
<ol><li>Free 20-minute call with our intake coordinator</li><li>Medical intake in our office (vital signs, history, EKG if indicated)</li><li>Two preparation sessions with your therapist</li><li>Three to six ketamine sessions</li><li>Integration sessions after each medicine session</li></ol>
<h2>Fees</h2>
<p>Medical intake: $400 &middot; Preparation/integration therapy: $180 per 50 minutes &middot; KAP medicine session (IM, 3 hours, includes medication and medical monitoring): $750 &middot; Group KAP (up to 6 people, sublingual): $395 per person.</p>
<p>Our KAP &ldquo;Foundations&rdquo; package (intake, 2 prep, 3 medicine sessions, 3 integration) is $3,550, and can be paid in installments. <a href="/book">Book your free call</a>.</p>
<p class="small">We do not prescribe ketamine for unsupervised use at home.</p>
</main>
<footer>Riverstone Integrative Therapy, PLLC &middot; 1800 Pearl St, Boulder, CO</footer>
""")

p("h15127", "https://summitpain.example/treatments/ketamine-infusion-crps", "clinic", False, "en",
  "pain-clinic-nav-heavy-partial", "Ketamine Infusions for CRPS | Summit Pain & Spine", """
<header><a href="/">Summit Pain &amp; Spine</a>
<nav class="mega"><ul>
<li><a href="/conditions/">Conditions</a><ul><li><a href="/conditions/back-pain/">Back Pain</a></li><li><a href="/conditions/neck-pain/">Neck Pain</a></li><li><a href="/conditions/crps/">CRPS / RSD</a></li><li><a href="/conditions/neuropathy/">Neuropathy</a></li><li><a href="/conditions/migraine/">Migraine</a></li><li><a href="/conditions/fibromyalgia/">Fibromyalgia</a></li><li><a href="/conditions/arthritis/">Arthritis</a></li></ul></li>
<li><a href="/treatments/">Treatments</a><ul><li><a href="/treatments/epidural-steroid-injections/">Epidural Steroid Injections</a></li><li><a href="/treatments/radiofrequency-ablation/">Radiofrequency Ablation</a></li><li><a href="/treatments/spinal-cord-stimulation/">Spinal Cord Stimulation</a></li><li><a href="/treatments/ketamine-infusion-crps/">Ketamine Infusions</a></li><li><a href="/treatments/nerve-blocks/">Nerve Blocks</a></li><li><a href="/treatments/prp/">PRP Therapy</a></li></ul></li>
<li><a href="/locations/">Locations</a><ul><li><a href="/locations/phoenix/">Phoenix</a></li><li><a href="/locations/scottsdale/">Scottsdale</a></li><li><a href="/locations/mesa/">Mesa</a></li><li><a href="/locations/chandler/">Chandler</a></li></ul></li>
<li><a href="/patients/">Patients</a><ul><li><a href="/patients/forms/">New Patient Forms</a></li><li><a href="/patients/insurance/">Insurance</a></li><li><a href="/patients/pay/">Pay Online</a></li><li><a href="/patients/portal/">Patient Portal</a></li></ul></li>
<li><a href="/request-appointment/">Request Appointment</a></li></ul></nav></header>
<main>
<h1>Ketamine Infusions for CRPS</h1>
<p>For patients with complex regional pain syndrome who have not responded to medication, physical therapy or nerve blocks, our board-certified pain physicians offer outpatient ketamine infusions at our Scottsdale infusion center. Infusions run 4 hours over 3 to 5 consecutive days, with continuous monitoring.</p>
<p>A referral and a recent evaluation are required. Many insurance plans cover ketamine infusions for</p>
""")

p("h15128", "https://chu-exemple.example/fr/services/psychiatrie/centre-depression-resistante", "clinic", False, "fr",
  "hospital-department-french-medium", "Centre expert dépression résistante – Eskétamine et kétamine | CHU", """
<header><a class="logo" href="/fr/">Centre Hospitalier Universitaire</a>
<nav><a href="/fr/patients">Patients et visiteurs</a> <a href="/fr/services">Services et consultations</a> <a href="/fr/professionnels">Professionnels de santé</a> <a href="/fr/recherche">Recherche</a> <a href="/fr/recrutement">Recrutement</a></nav></header>
<main>
<p class="fil">Accueil &gt; Services &gt; Psychiatrie adulte &gt; Centre expert dépression résistante</p>
<h1>Centre expert dépression résistante</h1>
<p>Le centre accueille des patients adultes souffrant d'un épisode dépressif caractérisé n'ayant pas répondu à au moins deux traitements antidépresseurs bien conduits. Il propose une évaluation pluridisciplinaire et, si l'indication est retenue, des traitements spécialisés.</p>
<h2>Traitements proposés</h2>
<ul>
<li><strong>Eskétamine par voie nasale (Spravato&reg;)</strong> en hôpital de jour, avec surveillance de deux heures après chaque administration.</li>
<li><strong>Kétamine intraveineuse</strong> dans le cadre de protocoles de recherche clinique.</li>
<li>Stimulation magnétique transcrânienne répétitive (rTMS) et électroconvulsivothérapie (ECT).</li>
</ul>
<h2>Comment être adressé&nbsp;?</h2>
<p>La consultation se fait sur adressage de votre psychiatre ou de votre médecin traitant, au moyen du formulaire d'adressage disponible dans l'espace professionnels. Délai moyen de première consultation&nbsp;: 6 à 8 semaines.</p>
<p>Secrétariat&nbsp;: 01 23 45 67 89 (du lundi au vendredi, 9h&ndash;16h). Prise de rendez-vous également en ligne.</p>
<p>Les soins sont pris en charge par l'Assurance Maladie dans les conditions habituelles.</p>
</main>
<footer>CHU &middot; <a href="/fr/mentions-legales">Mentions légales</a> &middot; <a href="/fr/accessibilite">Accessibilité</a></footer>
""", noise="cookie-fr")

p("h15129", "https://centromente-milano.example/it/trattamenti/esketamina-spray-nasale", "clinic", False, "it",
  "private-clinic-italian-medium", "Esketamina spray nasale a Milano | Centro Mente Milano", """
<nav><a href="/it/">Centro Mente</a> <a href="/it/chi-siamo">Chi siamo</a> <a href="/it/trattamenti">Trattamenti</a> <a href="/it/equipe">Équipe</a> <a href="/it/tariffe">Tariffe</a> <a href="/it/contatti">Contatti</a> <a class="btn" href="/it/prenota">Prenota una visita</a></nav>
<main>
<h1>Trattamento con esketamina spray nasale</h1>
<p>Il nostro centro è autorizzato alla somministrazione di esketamina (Spravato&reg;) per la depressione resistente al trattamento. Ogni seduta si svolge in ambulatorio, sotto la supervisione di un medico psichiatra e di un infermiere, con monitoraggio della pressione arteriosa e osservazione per almeno due ore.</p>
<h2>Percorso</h2>
<ol><li>Prima visita psichiatrica (60 minuti) con valutazione della storia clinica e dei trattamenti precedenti</li><li>Esami preliminari (ECG, parametri vitali)</li><li>Fase di induzione: due sedute a settimana per quattro settimane</li><li>Fase di mantenimento personalizzata</li></ol>
<h2>Tariffe</h2>
<p>Prima visita psichiatrica: 180 &euro; &middot; Seduta di somministrazione e monitoraggio: 120 &euro; (il farmaco, se prescritto dal SSN tramite centro autorizzato, segue le regole regionali). Pagamento in sede con carta o bancomat; rilasciamo fattura detraibile.</p>
<p>Prenotazioni online, telefono 02 5550 3321 o WhatsApp 345 555 0199 (solo per appuntamenti).</p>
</main>
<footer>Centro Mente Milano S.r.l. &middot; Via Larga 11, Milano &middot; Direttore sanitario: Dott.ssa Chiara Valli &middot; P.IVA 01234567890</footer>
""")

p("h15130", "https://clinicaketamina-madrid.example/tratamientos/infusion-ketamina", "clinic", False, "es",
  "infusion-clinic-spain-medium", "Infusión de ketamina en Madrid | Clínica Alba Salud Mental", """
<header><a class="logo" href="/">Clínica Alba &middot; Salud Mental</a>
<nav><a href="/">Inicio</a> <a href="/tratamientos">Tratamientos</a> <a href="/equipo">Equipo</a> <a href="/precios">Precios</a> <a href="/blog">Blog</a> <a href="/contacto">Contacto</a> <a class="btn" href="/cita">Pedir cita</a></nav></header>
<main>
<h1>Tratamiento con ketamina intravenosa para la depresión resistente</h1>
<p>En Clínica Alba administramos ketamina por vía intravenosa a dosis subanestésicas, en un box individual y bajo la supervisión de un anestesiólogo y una enfermera. Antes de iniciar el tratamiento, uno de nuestros psiquiatras realiza una evaluación completa para confirmar que es adecuado para ti.</p>
<h2>¿Cómo es una sesión?</h2>
<p>La infusión dura unos 40 minutos. Controlamos tensión arterial, frecuencia cardiaca y saturación de oxígeno durante toda la sesión. Después descansarás unos 30 minutos y deberás volver a casa acompañado. El protocolo habitual son 6 sesiones en 3 semanas.</p>
<h2>Precios</h2>
<ul><li>Primera consulta de psiquiatría: 150 &euro;</li><li>Sesión de infusión de ketamina: 390 &euro;</li><li>Bono de 6 sesiones: 2.100 &euro;</li></ul>
<p>Consulta con tu aseguradora: algunas pólizas privadas reembolsan parte del tratamiento. Centro sanitario autorizado por la Comunidad de Madrid (NICA 12345).</p>
<p><a class="btn" href="/cita">Reserva tu primera consulta</a> &middot; Tel. 910 555 432</p>
</main>
<footer>Clínica Alba Salud Mental S.L. &middot; Calle de Serrano 55, Madrid &middot; <a href="/aviso-legal">Aviso legal</a></footer>
""", noise="cookie-es")

p("h15131", "https://ggz-praktijk-hoorn.example/behandelingen/ketamine-bij-depressie", "clinic", False, "nl",
  "dutch-mental-health-clinic-short", "Ketaminebehandeling bij depressie | GGZ Praktijk Hoorn", """
<main>
<h1>Ketaminebehandeling bij therapieresistente depressie</h1>
<p>Bij onze polikliniek kunnen volwassenen met een depressie die onvoldoende reageerde op meerdere behandelingen in aanmerking komen voor behandeling met esketamine-neusspray of ketamine-infusies. De behandeling vindt plaats op onze afdeling, onder toezicht van een psychiater en verpleegkundige; u blijft na elke toediening twee uur ter observatie.</p>
<p>Aanmelden kan uitsluitend met een verwijzing van uw huisarts of behandelend psychiater. De behandeling wordt vergoed vanuit de basisverzekering (eigen risico is van toepassing). Huidige wachttijd voor intake: ongeveer 10 weken.</p>
<p><a href="/aanmelden">Aanmelden voor verwijzers</a> &middot; Telefoon 0229 555 210</p>
</main>
""", noise="cookie-nl")

# ---------------------------------------------------------------- informational (9)

p("h15132", "https://metro-tribune.example/news/2027/01/12/online-ketamine-ring-telegram-charges", "informational", False, "en",
  "news-article-long-chrome", "Feds charge 6 in online ketamine ring that sold via Telegram and 'stealth' mail - Metro Tribune", """
<header>
<a class="logo" href="/">Metro Tribune</a>
<nav><a href="/news/">News</a> <a href="/news/local/">Local</a> <a href="/news/crime/">Crime</a> <a href="/politics/">Politics</a> <a href="/business/">Business</a> <a href="/health/">Health</a> <a href="/sports/">Sports</a> <a href="/opinion/">Opinion</a> <a href="/subscribe/" class="btn">Subscribe &ndash; $1 for 6 months</a></nav>
</header>
<main>
<article>
<p class="kicker">CRIME</p>
<h1>Feds charge 6 in online ketamine ring that sold via Telegram and &lsquo;stealth&rsquo; mail</h1>
<p class="byline">By Dana Whitfield &middot; January 12, 2027 at 5:42 p.m. CST</p>
<figure><img src="/img/2027/01/ketamine-seizure.jpg" alt="Bags of crystal ketamine on a table"><figcaption>Ketamine seized during a search in Des Plaines, according to court filings. (U.S. Attorney's Office)</figcaption></figure>
<p>Federal prosecutors on Tuesday charged six people with running an online business that shipped more than 80 kilograms of ketamine to customers in at least 40 states, hiding the drug inside boxes of phone cases and cosmetics.</p>
<p>According to a criminal complaint unsealed in federal court, the group advertised &ldquo;pharma-grade K shards&rdquo; on a website and through Telegram channels with names such as &ldquo;kcrystal_support,&rdquo; offering 5 grams for $120 and a quarter kilogram for $1,950. Customers paid in bitcoin, Cash App or gift cards and were promised free &ldquo;reships&rdquo; if a parcel was seized.</p>
<p>&ldquo;These defendants treated a powerful anesthetic like a consumer product,&rdquo; the U.S. attorney said at a news conference. &ldquo;The website looked professional, with reviews and a shopping cart. That doesn't make it legal.&rdquo;</p>
<p>Investigators say undercover agents placed 14 orders between March and November. Lab tests found that some packages sold as ketamine also contained 2-fluorodeschloroketamine, a related compound that is not approved for any medical use.</p>
<h2>Demand fueled by clinic costs</h2>
<p>Experts say the case reflects growing demand for ketamine since it became widely used to treat depression. Legitimate IV infusions at clinics cost $400 to $800 each and are rarely covered by insurance, while esketamine nasal spray, sold as Spravato, must be given at certified centers.</p>
<p>&ldquo;People search &lsquo;buy ketamine online&rsquo; because they've heard it helps and they can't afford a clinic,&rdquo; said a psychiatrist at a Chicago hospital who studies ketamine. &ldquo;But what arrives in the mail can be anything. We see bladder damage and people dosing alone.&rdquo;</p>
<p>If convicted, the defendants face up to 10 years in prison on the distribution counts. Attorneys for two of the defendants did not return calls; the others had not yet been assigned counsel.</p>
<div class="related"><h3>Related</h3><ul><li><a href="/health/2026/10/03/ketamine-clinics-regulation-illinois/">Illinois weighs rules for ketamine clinics</a></li><li><a href="/news/2026/08/19/overdose-deaths-cook-county-2025/">Cook County overdose deaths dip for second year</a></li></ul></div>
</article>
</main>
<aside class="newsletter">Get the morning briefing in your inbox. <input placeholder="Email address"> <button>Sign up</button></aside>
<footer>&copy; 2027 Metro Tribune Media &middot; <a href="/terms/">Terms of Use</a> &middot; <a href="/privacy/">Privacy Policy</a> &middot; <a href="/about/">About Us</a> &middot; <a href="/contact/">Contact</a></footer>
""", noise="cookie")

p("h15133", "https://www.drug-facts-agency.example/drug-information/ketamine-fact-sheet", "informational", False, "en",
  "government-fact-sheet-medium", "Ketamine - Drug Fact Sheet", """
<header><div class="gov-banner">An official website of the United States government</div>
<nav><a href="/">Home</a> <a href="/drug-information">Drug Information</a> <a href="/resources">Resources</a> <a href="/prevention">Prevention</a> <a href="/media">Media</a></nav></header>
<main>
<h1>Ketamine</h1>
<h2>What is ketamine?</h2>
<p>Ketamine is a dissociative anesthetic that has some hallucinogenic effects. It distorts perceptions of sight and sound and makes the user feel disconnected and not in control. It is an injectable, short-acting anesthetic for use in humans and animals. It is referred to as a &ldquo;dissociative anesthetic&rdquo; because it makes patients feel detached from their pain and environment.</p>
<h2>What are common street names?</h2>
<p>Cat Tranquilizer, Cat Valium, Jet K, Kit Kat, Purple, Special K, Special La Coke, Super Acid, Super K and Vitamin K.</p>
<h2>What does it look like?</h2>
<p>Ketamine comes in a clear liquid and a white or off-white powder. Powdered ketamine (100 milligrams to 200 milligrams) typically is packaged in small glass vials, small plastic bags, and capsules as well as paper, glassine, or aluminum foil folds.</p>
<h2>How is it abused?</h2>
<p>Ketamine, along with other &ldquo;club drugs,&rdquo; has become popular among teens and young adults at dance clubs and parties. Powdered ketamine is cut from liquid ketamine and can be snorted or mixed in drinks.</p>
<h2>What is its legal status in the United States?</h2>
<p>Ketamine is a Schedule III substance under the Controlled Substances Act. Schedule III drugs have a potential for abuse less than substances in Schedules I or II, and abuse may lead to moderate or low physical dependence or high psychological dependence. Esketamine (Spravato) is approved only for use under a restricted distribution program.</p>
<h2>Beware of online offers</h2>
<p>Websites and social media accounts that sell ketamine or esketamine without a valid prescription are operating illegally. Products bought this way may be counterfeit or contaminated.</p>
</main>
<footer><a href="/foia">FOIA</a> &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy Policy</a></footer>
""")

p("h15134", "https://saferparty-guide.example/substances/ketamine", "informational", False, "en",
  "harm-reduction-medium", "Ketamine – harm reduction info | Safer Party Guide", """
<nav><a href="/">Safer Party Guide</a> <a href="/substances/">Substances</a> <a href="/combos/">Combinations</a> <a href="/drug-checking/">Drug checking</a> <a href="/help/">Get help</a></nav>
<main>
<h1>Ketamine (K, ket, keta, Special K)</h1>
<p class="warning">Alerts (Dec 2026): samples sold as &ldquo;ketamine&rdquo; in several UK and Dutch cities contained 2F-deschloroketamine or were cut with MDMA-like stimulants. Test before you use.</p>
<h2>Effects</h2>
<p>Low doses: feeling drunk, floaty, relaxed. Higher doses: strong dissociation, difficulty moving, the &ldquo;K-hole&rdquo;. Effects from snorting start in 5&ndash;15 minutes and last 45&ndash;90 minutes.</p>
<h2>Reduce the risks</h2>
<ul>
<li>Get your drugs checked. Free drug-checking is available in many cities &ndash; see <a href="/drug-checking/">locations</a>. Reagent kits (Mandelin, Morris) can help but cannot tell you purity.</li>
<li>Start low: a small bump, and wait at least 30 minutes before redosing.</li>
<li>Use in a safe place, sitting or lying down, with someone you trust who is sober.</li>
<li>Don't mix with alcohol, GHB/GBL, opioids or benzos &ndash; the risk of losing consciousness and choking on vomit is high.</li>
<li>Don't share straws or notes; use your own.</li>
</ul>
<h2>Long-term use</h2>
<p>Regular use can seriously damage the bladder (&ldquo;K-bladder&rdquo;: pain, needing to pee often, blood in urine) and cause &ldquo;K-cramps&rdquo; (severe stomach pain). If you notice these, stop and see a doctor &ndash; early treatment helps. Tolerance builds quickly and dependence is possible.</p>
<h2>Need support?</h2>
<p>Talk to us confidentially via our chat, or find local drug services on the <a href="/help/">help page</a>. We don't judge and we don't sell or source drugs.</p>
</main>
""")

p("h15135", "https://hartmanlegal-defense.example/practice-areas/drug-crimes/ketamine-possession", "informational", False, "en",
  "law-firm-medium-chrome", "Ketamine Possession & Distribution Charges in Florida | Hartman Criminal Defense", """
<header><div class="top">Free Consultation 24/7: (305) 555-0190</div>
<a href="/" class="logo">Hartman Criminal Defense, P.A.</a>
<nav><a href="/practice-areas/">Practice Areas</a> <a href="/practice-areas/dui/">DUI</a> <a href="/practice-areas/drug-crimes/">Drug Crimes</a> <a href="/practice-areas/federal/">Federal Crimes</a> <a href="/results/">Case Results</a> <a href="/attorneys/">Attorneys</a> <a href="/blog/">Blog</a> <a href="/contact/">Contact</a></nav></header>
<main>
<h1>Charged with Ketamine Possession or Trafficking in Miami?</h1>
<p>Ketamine is a Schedule III controlled substance under Florida law. Possessing it without a valid prescription is a third-degree felony punishable by up to 5 years in prison. Possession with intent to sell, or buying ketamine online and having it shipped to you, can lead to state or federal distribution charges.</p>
<h2>Common situations we defend</h2>
<ul>
<li>Packages of ketamine intercepted by postal inspectors after an online order</li>
<li>Traffic stops and searches at music festivals</li>
<li>Prescription ketamine found without the original pharmacy label</li>
<li>Charges connected to dark web or Telegram purchases</li>
</ul>
<h2>Possible defenses</h2>
<p>Unlawful search and seizure, lack of knowledge of the package contents, a valid prescription from a ketamine clinic or telehealth provider, and lab errors in identifying the substance. Diversion programs may be available for first-time offenders.</p>
<p><a class="btn" href="/contact/">Get your free case evaluation</a></p>
</main>
<footer>Hartman Criminal Defense, P.A. &middot; 100 SE 2nd St, Miami, FL &middot; Attorney advertising. Past results do not guarantee future outcomes.</footer>
""", noise="cookie")

p("h15136", "https://psychiatry.state-university.example/research/trials/ketamine-ptsd-veterans", "informational", False, "en",
  "research-trial-recruitment-short", "Now enrolling: Ketamine for PTSD in Veterans study", """
<main>
<h1>Now enrolling: Repeated ketamine infusions for PTSD in veterans</h1>
<p>The Mood and Anxiety Research Program is recruiting veterans aged 21&ndash;65 with chronic PTSD for a randomized, placebo-controlled study comparing six ketamine infusions with an active placebo (midazolam). Participation lasts about 10 weeks. All study visits, infusions and assessments are free, and participants are compensated up to $1,200 for their time.</p>
<p>IRB protocol #2026-0417 &middot; ClinicalTrials registry NCT0XXXXXXX &middot; Contact the study coordinator at (555) 555-0112 or ptsd-study@state-university.example.</p>
</main>
""")

p("h15137", "https://forum.example-psychonaut.example/threads/ordered-k-from-a-website-scam.81524/", "informational", False, "en",
  "forum-thread-partial-txt", "Ordered K from a website - scam? | Forum", """
Ordered K from a website - scam?
Thread started by lowtide_88 · Jan 2, 2027

lowtide_88: Found a site called "k crystal shop" through some review blog that ranked the top 5 vendors. Paid $210 in BTC for 10g on Dec 10, they sent a tracking number that doesn't work. Their Telegram support now says I need to pay $90 for "customs insurance" to release it. Anyone ordered from them?

moderator_sage: Pinned warning: we don't allow sourcing here. Don't name vendors and don't ask where to buy. Posts doing that will be removed.
That said, "pay extra for customs" is a classic scam script. Don't send more money. Those "top 5 vendors" blogs are affiliate pages that get paid per click.

kettlebell_k: Same thing happened to me with a different site last year. Also, even legit-looking clear shards can be 2F-DCK, get a test kit.

lowtide_88: Yeah just realised the blog links all go through /go/ redirects. Lesson learned, $210 gone. Thinking about talking to my doc about the clinic route instead.

moderator_sage: Good call. Thread locked.
""", ext="txt")

p("h15138", "https://drogeninfo-hilfe.example/substanzen/ketamin", "informational", False, "de",
  "drug-info-german-medium", "Ketamin: Wirkung, Risiken und Safer Use | Drogeninfo Hilfe", """
<nav><a href="/">Drogeninfo Hilfe</a> <a href="/substanzen/">Substanzen</a> <a href="/mischkonsum/">Mischkonsum</a> <a href="/beratung/">Beratung</a> <a href="/recht/">Recht</a></nav>
<main>
<h1>Ketamin</h1>
<p>Ketamin ist ein Narkosemittel, das in der Human- und Tiermedizin eingesetzt wird. Als Partydroge wird meist ein weißes, kristallines Pulver geschnupft. In Deutschland unterliegt Ketamin dem Arzneimittelgesetz; Besitz ohne Verschreibung und Handel sind verboten. Esketamin ist als Nasenspray zur Behandlung schwerer Depressionen zugelassen, darf aber nur unter ärztlicher Aufsicht angewendet werden.</p>
<h2>Wirkung</h2>
<p>Je nach Dosis: Rauschgefühl, veränderte Körperwahrnehmung, Gefühl der Loslösung bis hin zum sogenannten &bdquo;K-Hole&ldquo;. Die Wirkung beginnt nach wenigen Minuten und hält etwa eine Stunde an.</p>
<h2>Risiken</h2>
<ul><li>Unfälle und Stürze durch Bewegungs- und Wahrnehmungsstörungen</li><li>Bewusstlosigkeit und Atemprobleme bei Mischkonsum mit Alkohol, GHB oder Opioiden</li><li>Schwere Blasenschäden bei häufigem Konsum</li><li>Psychische Abhängigkeit</li></ul>
<h2>Vorsicht bei Online-Angeboten</h2>
<p>Im Internet und über Messenger wird Ketamin &bdquo;ohne Rezept&ldquo; angeboten. Solche Shops sind illegal; oft wird gar nicht oder etwas anderes geliefert, etwa 2-FDCK. Wer dort bestellt, macht sich strafbar.</p>
<p>Fragen? Unsere anonyme Online-Beratung ist kostenlos: <a href="/beratung/">zur Beratung</a>.</p>
</main>
""", noise="cookie-de")

p("h15139", "https://agence-sante-medicaments.example/actualites/alerte-vente-illegale-ketamine-internet", "informational", False, "fr",
  "government-alert-french-short", "Alerte : ventes illégales de kétamine et d'eskétamine sur internet", """
<main>
<p class="date">Publié le 08/01/2027 &ndash; Sécurité des médicaments</p>
<h1>Ventes illégales de kétamine et d'eskétamine sur internet&nbsp;: mise en garde</h1>
<p>L'Agence a été informée de l'existence de sites se présentant comme des &laquo;&nbsp;téléconsultations&nbsp;&raquo; ou des &laquo;&nbsp;pharmacies en ligne&nbsp;&raquo; qui proposent la livraison à domicile de kétamine sublinguale ou de sprays d'eskétamine après un simple questionnaire, sans consultation médicale. Ces offres sont illégales. L'eskétamine (Spravato&reg;) est réservée à l'usage hospitalier et doit être administrée sous surveillance médicale. La kétamine est un stupéfiant.</p>
<p>Nous recommandons de ne pas commander ces produits et de signaler tout site suspect sur la plateforme PHAROS. Les patients qui ont utilisé ces produits et présentent des effets indésirables doivent consulter un médecin et les déclarer sur le portail de signalement.</p>
</main>
""")

p("h15140", "https://enciclopedia-livre.example/wiki/Cetamina", "informational", False, "pt",
  "encyclopedia-portuguese-medium", "Cetamina – Enciclopédia Livre", """
<div id="content">
<h1>Cetamina</h1>
<p><i>Origem: Enciclopédia Livre, a enciclopédia livre.</i></p>
<table class="infobox"><tr><th>Nome IUPAC</th><td>(RS)-2-(2-clorofenil)-2-(metilamino)ciclo-hexanona</td></tr><tr><th>Fórmula</th><td>C<sub>13</sub>H<sub>16</sub>ClNO</td></tr><tr><th>Massa molar</th><td>237,725 g/mol</td></tr><tr><th>Vias</th><td>Intravenosa, intramuscular, intranasal, oral</td></tr><tr><th>Estatuto legal</th><td>BR: Lista C1 &middot; PT: Tabela (controlada) &middot; EUA: Schedule III</td></tr></table>
<p>A <b>cetamina</b> (ou <b>quetamina</b>; em inglês <i>ketamine</i>) é um fármaco anestésico dissociativo, antagonista do receptor NMDA, sintetizado em 1962 por Calvin Stevens e aprovado para uso clínico em 1970. É utilizada na indução e manutenção da anestesia, como analgésico e, mais recentemente, no tratamento da depressão resistente. O seu enantiómero S, a <b>escetamina</b>, é comercializado como spray nasal.</p>
<div class="toc"><b>Índice</b><ol><li>Usos médicos</li><li>Uso veterinário</li><li>Efeitos adversos</li><li>Uso recreativo</li><li>Situação legal</li><li>Referências</li></ol></div>
<h2>Usos médicos</h2>
<p>Em anestesia, a cetamina preserva os reflexos das vias aéreas e a pressão arterial, o que a torna útil em medicina de emergência e em contextos com poucos recursos. Consta na Lista de Medicamentos Essenciais da Organização Mundial da Saúde. Em doses subanestésicas é usada em infusões para a depressão resistente ao tratamento.</p>
<h2>Uso veterinário</h2>
<p>Em medicina veterinária é amplamente usada em cães, gatos, cavalos e animais de laboratório, geralmente associada à xilazina. No Brasil é comercializada com nomes como Dopalen e Cetamin, sob controle especial.</p>
<h2>Efeitos adversos</h2>
<p>Reações de emergência (alucinações, sonhos vívidos), aumento da pressão arterial e da frequência cardíaca, náuseas. O uso crónico associa-se a cistite ulcerativa e a alterações cognitivas.</p>
<h2>Uso recreativo</h2>
<p>É usada recreativamente em festas, geralmente aspirada em pó. A venda de cetamina sem receita, inclusive por redes sociais e aplicativos de mensagem, é crime tanto no Brasil como em Portugal.</p>
<h2>Referências</h2>
<ol class="refs"><li>Mion G. History of anaesthesia: The ketamine story. <i>Eur J Anaesthesiol</i>. 2017.</li><li>Zarate CA, et al. A randomized trial of an NMDA antagonist in treatment-resistant major depression. <i>Arch Gen Psychiatry</i>. 2006.</li></ol>
</div>
""")

save(OUT, R)
