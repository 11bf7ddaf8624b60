# Batch 157 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "A sample of the ketamine web, mid-January 2027": an ordinary, fair sample of ketamine-related
# pages as they commonly are, every category in its usual forms, US and Europe, long and short, tidy
# and messy, with no particular trick in mind. Pages are dated around January 2027.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), medium pages, short
# pages, navigation-heavy pages, partial pages, a few plain-text excerpts (txt) and one url-only page
# (bot check). Sellers: classic "buy ketamine online" shop, darknet-market listing, research-chemical
# analogue shop, classifieds post, affiliate/doorway blog, fake "instant approval" telehealth, social
# bio, Spanish/German/French/Dutch/Portuguese shops (vet product sold to anyone, crypto, WhatsApp).
# Telehealth: at-home ketamine programme home, FAQ, pricing, state list, virtual psychiatry referring
# for esketamine, provider article, German/Portuguese/Spanish pages. Clinics: infusion clinic home,
# REMS Spravato centre, package prices, KAP practice, Italian hospital, French pain centre, Dutch
# clinic, Brazilian clinic booking by WhatsApp. Informational: news, government fact sheet, harm
# reduction, defence lawyer, rehab, forum thread, German drug info, French news, Italian reference.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch157.py (writes batch157/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch157")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h15701", "https://ketaminehousepharma.example/", "seller", True, "en",
  "shop-home-long-chrome", "Ketamine House Pharma | Buy Ketamine Online | Worldwide Discreet Delivery", """
<div class="topbar">&#9733; New year offer: 10% off every order paid in Bitcoin until 31 January 2027 &#9733; Reshipment guarantee on all parcels</div>
<header>
<a class="logo" href="/"><img src="/wp-content/uploads/2025/03/khp-logo.png" alt="Ketamine House Pharma"></a>
<nav class="main-menu">
<ul>
<li><a href="/">Home</a></li>
<li><a href="/product-category/ketamine/">Ketamine</a>
  <ul class="sub-menu"><li><a href="/product/ketamine-crystal/">Ketamine Crystal</a></li><li><a href="/product/ketamine-powder/">Ketamine Powder</a></li><li><a href="/product/ketalar-50mg-ml-10ml/">Ketalar Injection</a></li><li><a href="/product/ketamine-nasal-spray/">Ketamine Nasal Spray</a></li></ul></li>
<li><a href="/product-category/psychedelics/">Psychedelics</a></li>
<li><a href="/product-category/pain-relief/">Pain Relief</a></li>
<li><a href="/product-category/research-chemicals/">Research Chemicals</a></li>
<li><a href="/shipping/">Shipping</a></li>
<li><a href="/faq/">FAQ</a></li>
<li><a href="/contact/">Contact Us</a></li>
<li><a href="/my-account/">My account</a></li>
<li><a href="/cart/">Cart <span class="count">0</span> &ndash; $0.00</a></li>
</ul>
</nav>
<form class="search" action="/"><input type="search" name="s" placeholder="Search products&hellip;"><button>Search</button></form>
</header>

<section class="hero">
<h1>Buy Ketamine Online &ndash; Pharmaceutical Grade, Lab Tested</h1>
<p>Welcome to Ketamine House Pharma, your trusted source for high quality ketamine products since 2019. We supply customers in the USA, Canada, UK, Europe and Australia with fast, discreet and secure delivery. Order today and get your package within 2&ndash;5 business days domestic, 7&ndash;14 days international.</p>
<a class="button" href="/shop/">Shop Now</a>
</section>

<section class="why">
<h2>Why Choose Us</h2>
<ul>
<li><strong>Stealth packaging</strong> &ndash; vacuum sealed, smell proof, no logos or names on the box</li>
<li><strong>Money back or reship</strong> &ndash; if your package is seized by customs we reship for free</li>
<li><strong>No prescription needed</strong> &ndash; order privately without a doctor's visit</li>
<li><strong>Secure payment</strong> &ndash; Bitcoin, USDT, Zelle, Cash App, Apple Gift Cards</li>
<li><strong>24/7 support</strong> &ndash; WhatsApp +1 (555) 014-2291 and Telegram @khp_support</li>
</ul>
</section>

<section class="products">
<h2>Best Sellers</h2>
<ul class="products columns-4">
<li class="product"><a href="/product/ketamine-crystal/"><img src="/img/crystal.jpg" alt=""><h3>Ketamine Crystal (shards)</h3></a><span class="price">$120.00 &ndash; $2,400.00</span><div class="star-rating" title="Rated 4.86 out of 5"></div><a class="add_to_cart_button" href="?add-to-cart=212">Select options</a></li>
<li class="product"><a href="/product/ketamine-powder/"><img src="/img/powder.jpg" alt=""><h3>Ketamine HCl Powder 99%</h3></a><span class="price">$100.00 &ndash; $1,950.00</span><a class="add_to_cart_button" href="?add-to-cart=215">Select options</a></li>
<li class="product"><a href="/product/ketalar-50mg-ml-10ml/"><img src="/img/ketalar.jpg" alt=""><h3>Ketalar 50mg/ml &ndash; 10ml vial</h3></a><span class="price"><del>$95.00</del> <ins>$79.00</ins></span><a class="add_to_cart_button" href="?add-to-cart=219">Add to cart</a></li>
<li class="product"><a href="/product/ketamine-nasal-spray/"><img src="/img/spray.jpg" alt=""><h3>Ketamine Nasal Spray 100mg/ml</h3></a><span class="price">$180.00</span><a class="add_to_cart_button" href="?add-to-cart=224">Add to cart</a></li>
<li class="product"><a href="/product/2-fdck/"><img src="/img/2fdck.jpg" alt=""><h3>2-FDCK</h3></a><span class="price">$90.00 &ndash; $1,100.00</span><a class="add_to_cart_button" href="?add-to-cart=231">Select options</a></li>
<li class="product"><a href="/product/lsd-blotters/"><img src="/img/lsd.jpg" alt=""><h3>LSD Blotters 150ug</h3></a><span class="price">$150.00 &ndash; $900.00</span><a class="add_to_cart_button" href="?add-to-cart=240">Select options</a></li>
<li class="product"><a href="/product/dmt-vape-cart/"><img src="/img/dmt.jpg" alt=""><h3>DMT Vape Cartridge 1ml</h3></a><span class="price">$110.00</span><a class="add_to_cart_button" href="?add-to-cart=244">Add to cart</a></li>
<li class="product"><a href="/product/oxycodone-30mg/"><img src="/img/oxy.jpg" alt=""><h3>Oxycodone 30mg</h3></a><span class="price">$250.00 &ndash; $3,000.00</span><a class="add_to_cart_button" href="?add-to-cart=251">Select options</a></li>
</ul>
</section>

<section class="seo-text">
<h2>What is Ketamine?</h2>
<p>Ketamine is a dissociative anesthetic that has been used in human and veterinary medicine since the 1960s. It is on the World Health Organization's List of Essential Medicines. In recent years ketamine has attracted a lot of attention as a rapid-acting treatment for depression, PTSD and chronic pain, and many people are now looking for a reliable place to buy ketamine online.</p>
<h2>Is it safe to buy ketamine online?</h2>
<p>Buying from an unknown vendor can be risky. At Ketamine House Pharma every batch is tested for purity (98&ndash;99.7%) and we publish our lab reports on request. Our products are sourced directly from manufacturers in India and China and repackaged in our EU and US warehouses, so most orders never cross an international border.</p>
<h2>How to order</h2>
<ol><li>Choose your product and quantity and add it to the cart.</li><li>Fill in your shipping address (you can use a name other than your own).</li><li>Pay with Bitcoin or one of our other payment options. Crypto orders get 10% off.</li><li>Receive your tracking number within 24 hours.</li></ol>
</section>

<section class="reviews">
<h2>What our customers say</h2>
<blockquote>&ldquo;Third order, always on time. Crystals are clean and the packaging is impossible to spot.&rdquo; &ndash; Mark T., Ohio</blockquote>
<blockquote>&ldquo;Customs took my first package, they reshipped without any questions. Recommended.&rdquo; &ndash; Jenny, Manchester UK</blockquote>
<blockquote>&ldquo;Best vendor I have found, fast replies on Telegram.&rdquo; &ndash; D. K., Berlin</blockquote>
</section>

<footer>
<div class="cols">
<div><h4>Information</h4><a href="/about-us/">About us</a> <a href="/shipping/">Shipping &amp; Delivery</a> <a href="/refund-policy/">Refund policy</a> <a href="/privacy-policy/">Privacy</a> <a href="/terms/">Terms</a></div>
<div><h4>Payment</h4><img src="/img/btc.png" alt="Bitcoin"> <img src="/img/usdt.png" alt="USDT"> <img src="/img/zelle.png" alt="Zelle"> <img src="/img/cashapp.png" alt="Cash App"></div>
<div><h4>Contact</h4><p>Email: orders@ketaminehousepharma.example<br>WhatsApp: +1 (555) 014-2291<br>Telegram: @khp_support</p></div>
</div>
<p class="copyright">&copy; 2027 Ketamine House Pharma. All rights reserved. Products sold for research and educational purposes.</p>
</footer>
""", noise="cookie")

p("h15702", "http://abacusmkt7x2z.example/listing/88213-ketamine-s-isomer-shards-5g", "seller", True, "en",
  "darknet-market-listing", "Ketamine S-isomer shards 5g | Abacus Market", """
<div class="navbar"><a href="/">Abacus</a> | <a href="/categories">Categories</a> | <a href="/vendors">Vendors</a> | <a href="/orders">Orders (0)</a> | <a href="/messages">Messages</a> | <a href="/wallet">Wallet: 0.0000 XMR</a> | <a href="/support">Support</a> | <a href="/logout">Logout</a></div>
<div class="breadcrumb">Drugs &raquo; Dissociatives &raquo; Ketamine</div>
<div class="listing">
<h1>&#9889; Ketamine S-isomer shards 5g &ndash; TOP QUALITY &ndash; FE available &#9889;</h1>
<table class="listing-info">
<tr><td>Vendor</td><td><a href="/vendor/dutchkingdom">DutchKingdom</a> (Level 7, 4,812 sales, 98.9% positive)</td></tr>
<tr><td>Ships from</td><td>Netherlands</td></tr>
<tr><td>Ships to</td><td>Europe, UK, Worldwide</td></tr>
<tr><td>Price</td><td>USD 142.00 / 0.4311 XMR</td></tr>
<tr><td>Stock</td><td>Unlimited</td></tr>
<tr><td>Escrow</td><td>Multisig / FE for trusted buyers</td></tr>
</table>
<form action="/cart/add/88213"><select name="ship"><option>EU Standard letter &ndash; USD 8 &ndash; 3-5 days</option><option>EU Tracked &ndash; USD 15 &ndash; 2-4 days</option><option>UK Royal Mail tracked &ndash; USD 20</option><option>Worldwide (no US/AUS) &ndash; USD 25</option></select> Qty <input name="qty" value="1" size="2"> <button>Buy Now</button></form>
<h2>Description</h2>
<pre>
Welcome to DutchKingdom.

S-isomer ketamine, big shards, almost no smell. Tested by our customers with Marquis/Mecke:
clean. Nice smooth dissociation, less stumbly than racemic.

Bulk prices:
  1g   35 USD
  5g  142 USD
 10g  260 USD
 25g  590 USD
 50g 1050 USD

Stealth: professional, vacuum sealed x2, moisture barrier bag, inside a normal business letter.
No signature required. Reship 50% on first loss, 100% for level 3+ buyers.

Orders before 16:00 CET ship the same day (Mon-Fri). Encrypt your address with our PGP key.
Do not finalize before you have the package. Do not leave messages on the envelope. Stay safe.
</pre>
<h2>Feedback (last 30 days)</h2>
<ul class="feedback">
<li>5/5 &ndash; "arrived in 3 days to DE, real shards, very nice" &ndash; b***r &ndash; 2027-01-12</li>
<li>5/5 &ndash; "great stealth as always" &ndash; k***9 &ndash; 2027-01-11</li>
<li>4/5 &ndash; "took a week to FR but quality good" &ndash; m***o &ndash; 2027-01-09</li>
<li>5/5 &ndash; "10/10" &ndash; t***t &ndash; 2027-01-08</li>
</ul>
</div>
""")

p("h15703", "https://nova-reference-chem.example/product/deschloroketamine-dck-powder", "seller", True, "en",
  "research-chemical-analogue-product", "Deschloroketamine (DCK) Powder - Nova Reference Chemicals", """
<header><a href="/" class="logo">NOVA Reference Chemicals</a>
<nav><a href="/shop">All products</a> <a href="/c/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/c/tryptamines">Tryptamines</a> <a href="/c/benzodiazepines">Designer Benzos</a> <a href="/c/pellets">Pellets</a> <a href="/lab-reports">Lab reports</a> <a href="/shipping">Shipping</a> <a href="/cart">Basket (0)</a></nav></header>
<div class="notice">All products are sold strictly as analytical reference material for in-vitro laboratory research. NOT FOR HUMAN CONSUMPTION. By ordering you confirm you are 21+ and a qualified researcher.</div>
<main>
<h1>Deschloroketamine (DCK) Powder</h1>
<p class="sku">SKU: NRC-ACH-014 &middot; CAS: 7063-30-1 &middot; Purity: &ge;99.5% (HPLC)</p>
<table class="variations">
<tr><th>Quantity</th><th>Price</th></tr>
<tr><td>1 g</td><td>&euro;24.90</td></tr>
<tr><td>5 g</td><td>&euro;89.00</td></tr>
<tr><td>10 g</td><td>&euro;149.00</td></tr>
<tr><td>25 g</td><td>&euro;299.00</td></tr>
<tr><td>100 g</td><td>&euro;890.00</td></tr>
</table>
<p><button class="single_add_to_cart_button">Add to basket</button> &nbsp; <span class="stock in-stock">In stock &ndash; ships within 24h</span></p>
<h2>Description</h2>
<p>Deschloroketamine (2-(methylamino)-2-phenylcyclohexanone, DCK, O-PCE precursor analogue) is a dissociative research chemical of the arylcyclohexylamine class, structurally related to ketamine but lacking the chlorine atom on the phenyl ring. Reports in the literature describe a longer duration than ketamine. Our DCK is a fine white crystalline powder and comes with a third-party GC-MS report.</p>
<p>Also available: <a href="/product/2-fdck">2-Fluorodeschloroketamine (2F-DCK)</a>, <a href="/product/3-meo-pce">3-MeO-PCE</a>, <a href="/product/o-pce">O-PCE</a>, <a href="/product/mxpr">MXPr</a>.</p>
<h2>Shipping</h2>
<p>We ship from within the EU to all EU countries except where this compound is controlled in your country (please check your local law &ndash; we are not responsible for seized parcels to controlled destinations). Discreet packaging, tracked delivery via DHL/PostNL. Payment: bank transfer (SEPA), Bitcoin, Litecoin, Monero. 5% discount on crypto payments.</p>
<h2>Reviews (23)</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &ldquo;Clean product, same as previous batch, fast to PL.&rdquo; &mdash; Piotr</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; &ldquo;good but the scale was missing from my order&rdquo; &mdash; anon</p>
</main>
<footer>&copy; 2027 Nova Reference Chemicals s.r.o. &middot; <a href="/terms">Terms</a> &middot; <a href="/research-only">Research use only policy</a></footer>
""")

p("h15704", "https://localads-board.example/ads/health-beauty/ketalar-ketamine-vials-available-82231", "seller", True, "en",
  "classifieds-ad-short", "Ketalar ketamine vials available - Health & Beauty - Local Ads Board", """
<div class="site-nav"><a href="/">LocalAdsBoard</a> &rsaquo; <a href="/ads/health-beauty">Health &amp; Beauty</a> &rsaquo; Ad #82231</div>
<div class="ad">
<h1>Ketalar ketamine vials available</h1>
<p class="meta">Posted 13 Jan 2027 &middot; Houston, TX &middot; 41 views</p>
<p class="price">$65</p>
<p>Brand new sealed Ketalar 500mg/10ml vials, also powder and liquid K. Pharma quality not cut. Meet up in Houston area or we ship USPS overnight anywhere in US, discreet. Prices go down on bulk (10 vials $550). Text or Telegram only, no calls. Telegram: @ketsupplyTX  Wickr: ketsupply</p>
<p>Also have Xanax bars, Adderall, Oxys. Serious buyers only.</p>
<p class="contact"><a href="/ads/82231/contact">Reply to ad</a> | <a href="/report/82231">Report</a></p>
</div>
<aside class="similar"><h3>Similar ads</h3><a href="/ads/health-beauty/massage-chair-like-new-82219">Massage chair like new</a> <a href="/ads/health-beauty/hair-salon-booth-rent-82201">Hair salon booth rent</a></aside>
""")

p("h15705", "https://thewellnessreviewer.example/where-to-buy-ketamine-online-2027/", "seller", True, "en",
  "affiliate-doorway-blog", "Where to Buy Ketamine Online in 2027: 5 Trusted Vendors Reviewed", """
<header><a href="/">The Wellness Reviewer</a> <nav><a href="/category/supplements">Supplements</a> <a href="/category/cbd">CBD</a> <a href="/category/psychedelics">Psychedelics</a> <a href="/about">About</a></nav></header>
<article>
<h1>Where to Buy Ketamine Online in 2027: 5 Trusted Vendors Reviewed</h1>
<p class="byline">By Sarah Whitlock &middot; Updated January 10, 2027 &middot; 9 min read</p>
<p class="disclosure"><em>Disclosure: this post contains affiliate links. If you buy through them we may earn a commission at no extra cost to you.</em></p>
<p>Ketamine has gone from party drug to one of the most talked-about mental health treatments of the decade. But clinics charge $500 or more per infusion and waiting lists are long. That's why more and more people are asking where they can buy ketamine online without the hassle. We tested five online vendors over the last three months &ndash; ordering, delivery times, purity tests and customer service &ndash; so you don't have to.</p>
<h2>Quick verdict</h2>
<ol>
<li><strong>KetaPure Direct</strong> &ndash; best overall, ships in 48h, accepts crypto &rarr; <a href="https://go.thewellnessreviewer.example/ketapure" rel="nofollow sponsored">Check price</a></li>
<li><strong>Ketamine House Pharma</strong> &ndash; widest range, reship guarantee &rarr; <a href="https://go.thewellnessreviewer.example/khp" rel="nofollow sponsored">Visit store</a></li>
<li><strong>EuroKet Labs</strong> &ndash; best for Europe, ships from Spain &rarr; <a href="https://go.thewellnessreviewer.example/euroket" rel="nofollow sponsored">Visit store</a></li>
<li><strong>Dissociative Depot</strong> &ndash; cheapest per gram</li>
<li><strong>MedKet Online</strong> &ndash; sells Ketalar vials, ask about nasal spray</li>
</ol>
<h2>1. KetaPure Direct &ndash; Best Overall</h2>
<p>KetaPure sells ketamine crystal from 1g to 28g, plus pre-filled nasal spray bottles. Our 5g order arrived in two days in a plain bubble mailer and reagent-tested clean. You don't need a prescription and the whole checkout took less than two minutes. Use code <strong>WELLNESS15</strong> for 15% off your first order.</p>
<p><strong>Pros:</strong> fast, discreet, great crypto discount. <strong>Cons:</strong> no credit cards.</p>
<h2>2. Ketamine House Pharma</h2>
<p>A big catalogue that also includes 2-FDCK and other research chemicals. Shipping took six days to Ohio. If customs seizes your package they reship free.</p>
<h2>Is buying ketamine online legal?</h2>
<p>Ketamine is a Schedule III controlled substance in the US. Laws vary, so check your local rules. Many of our readers use these vendors for self-treatment of depression; always start low and never mix with alcohol.</p>
<h2>FAQ</h2>
<p><strong>Can I pay with PayPal?</strong> Most vendors avoid PayPal; Bitcoin, Cash App and gift cards are common.</p>
<p><strong>How much does ketamine cost online?</strong> Expect $25&ndash;$40 per gram depending on quantity.</p>
</article>
<aside><h3>Popular</h3><a href="/best-kratom-vendors">Best kratom vendors 2027</a> <a href="/buy-magic-mushrooms-online-canada">Buy magic mushrooms online (Canada)</a> <a href="/best-delta-8-gummies">Best delta-8 gummies</a></aside>
<footer>&copy; 2027 The Wellness Reviewer. For informational purposes only. Not medical advice.</footer>
""")

p("h15706", "https://buyketaminepowderonline.example/product/ketamine-powder-99/", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="main-wrapper">
<h1>buyketaminepowderonline.example</h1>
<h2>Checking if the site connection is secure</h2>
<p>buyketaminepowderonline.example needs to review the security of your connection before proceeding.</p>
<noscript>Enable JavaScript and cookies to continue</noscript>
<p class="ray">Ray ID: 8f1a22c9db04e7a1 &middot; Performance &amp; security</p>
</div>
""")

p("h15707", "https://ketaquickmd.example/get-started", "seller", True, "en",
  "fake-telehealth-instant-approval", "KetaQuick MD | Ketamine Prescription Online in Minutes", """
<header><a href="/" class="brand">KetaQuick<span>MD</span></a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/reviews">Reviews</a> <a href="/faq">FAQ</a> <a href="/login">Log in</a> <a class="cta" href="/get-started">Get started</a></nav></header>
<section class="hero">
<h1>Ketamine treatment, delivered. No appointments. No waiting rooms.</h1>
<p>Answer a short online health questionnaire and get your ketamine prescription in as little as 5 minutes. Our &ldquo;providers&rdquo; review your answers and your order ships the same day from our partner lab.</p>
<ul class="ticks">
<li>&#10003; No video call required</li>
<li>&#10003; 98% approval rate &ndash; guaranteed approval or full refund</li>
<li>&#10003; Ships to all 50 states and internationally</li>
<li>&#10003; Discreet unbranded packaging</li>
</ul>
</section>
<section class="steps">
<h2>How it works</h2>
<ol>
<li><strong>Complete the 2-minute quiz.</strong> Tell us how you're feeling (PHQ-9 style questions).</li>
<li><strong>Instant approval.</strong> Our system matches you with a prescriber who approves your plan automatically.</li>
<li><strong>Pick your product.</strong> Sublingual tablets 100mg, 200mg or 300mg, or ketamine nasal spray.</li>
<li><strong>Fast delivery.</strong> Delivered in 2&ndash;3 days. Refills are automatic every month.</li>
</ol>
</section>
<section class="pricing">
<h2>Simple pricing</h2>
<table>
<tr><th>Product</th><th>Qty</th><th>Price</th></tr>
<tr><td>Ketamine RDT 100mg</td><td>20 tablets</td><td>$149</td></tr>
<tr><td>Ketamine RDT 300mg</td><td>20 tablets</td><td>$229</td></tr>
<tr><td>Ketamine nasal spray 150mg/ml</td><td>10ml</td><td>$199</td></tr>
<tr><td>&ldquo;Starter bundle&rdquo; (tablets + spray)</td><td>&ndash;</td><td>$329</td></tr>
</table>
<p>We accept Visa/Mastercard via our processor, and Bitcoin/USDT for international orders (-12%). Insurance not needed.</p>
</section>
<section class="quiz">
<h2>Start your questionnaire</h2>
<form action="/quiz/step-1"><label>Date of birth <input name="dob"></label> <label>State / Country <input name="state"></label> <label>Have you ever been diagnosed with depression or anxiety? <select><option>Yes</option><option>No</option><option>Not sure</option></select></label> <button>Continue &rarr;</button></form>
</section>
<footer><p>KetaQuick MD is a technology platform. Results vary. &copy; 2027 KetaQuick Health LLC &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""")

p("h15708", "https://socialpics.example/k.and.candy.eu", "seller", True, "en",
  "social-bio-txt", "k.and.candy.eu", """
k.and.candy.eu
🦄 K • 🍬 MD • 🍄 shrooms • 2C-B pink
📦 EU next day / UK 2-3 days / worldwide stealth
💰 BTC • XMR • Revolut
🔒 Menu + orders on tele: @kandcandy_eu (backup @kandcandy_eu2)
❌ no fronts ❌ no DMs here, they get deleted
312 posts · 4,108 followers · 12 following
""", ext="txt")

p("h15709", "https://farmaciaketamina-online.example/comprar-ketamina-sin-receta/", "seller", True, "es",
  "spanish-shop-long", "Comprar ketamina sin receta en España | Envío discreto 24/48h", """
<header>
<div class="aviso">Envío GRATIS a partir de 150&euro; &middot; Pagos con Bizum, transferencia y Bitcoin</div>
<a class="logo" href="/">FarmaKeta <small>tu farmacia online de confianza</small></a>
<nav><a href="/">Inicio</a> <a href="/tienda/">Tienda</a> <a href="/categoria/ketamina/">Ketamina</a> <a href="/categoria/ansioliticos/">Ansiolíticos</a> <a href="/categoria/analgesicos/">Analgésicos</a> <a href="/envios/">Envíos</a> <a href="/contacto/">Contacto</a> <a href="/carrito/">Carrito (0)</a></nav>
</header>
<main>
<h1>Comprar ketamina sin receta</h1>
<p>En FarmaKeta puedes comprar ketamina online en España de forma rápida, segura y discreta. Trabajamos con ketamina de grado farmacéutico (Ketolar 50 mg/ml) y ketamina en cristal de alta pureza. No necesitas receta médica ni pasar por el médico: haz tu pedido en menos de dos minutos y recíbelo en casa en 24/48 horas en la península.</p>
<h2>Nuestros productos</h2>
<ul class="productos">
<li><strong>Ketolar 50 mg/ml vial 10 ml</strong> &ndash; 69,00&euro; <a href="/producto/ketolar-50/?add-to-cart=77">Añadir al carrito</a></li>
<li><strong>Ketamina cristal 1 g</strong> &ndash; 45,00&euro; &middot; 5 g 190,00&euro; &middot; 10 g 340,00&euro; <a href="/producto/ketamina-cristal/">Ver opciones</a></li>
<li><strong>Ketamina en polvo 98%</strong> &ndash; desde 40,00&euro;/g <a href="/producto/ketamina-polvo/">Ver opciones</a></li>
<li><strong>Spray nasal de ketamina</strong> &ndash; 120,00&euro; <a href="/producto/spray-ketamina/?add-to-cart=81">Añadir al carrito</a></li>
</ul>
<h2>¿Por qué comprar en FarmaKeta?</h2>
<ul>
<li>Paquete neutro, sin logos ni referencias al contenido.</li>
<li>Envío a toda España, Portugal, Francia e Italia. Canarias consultar.</li>
<li>Atención por WhatsApp de 9:00 a 22:00: +34 600 000 318.</li>
<li>Si tu paquete no llega, te lo volvemos a enviar sin coste.</li>
</ul>
<h2>¿Qué es la ketamina y para qué sirve?</h2>
<p>La ketamina es un anestésico disociativo utilizado en quirófanos y en veterinaria. Desde la aprobación de la esketamina en spray nasal para la depresión resistente, cada vez más personas la buscan como alternativa. Muchos de nuestros clientes la utilizan para el dolor crónico, la ansiedad o la depresión. Recuerda empezar con dosis bajas.</p>
<h2>Preguntas frecuentes</h2>
<p><strong>¿Es legal?</strong> La ketamina es un medicamento sujeto a control. Tú eres responsable del uso que le des.<br>
<strong>¿Cómo pago?</strong> Bizum, transferencia bancaria o Bitcoin (10% de descuento).<br>
<strong>¿Cuánto tarda?</strong> 24/48h península, 3-5 días resto de Europa.</p>
</main>
<footer><p>&copy; 2027 FarmaKeta &middot; <a href="/aviso-legal/">Aviso legal</a> &middot; <a href="/politica-de-privacidad/">Política de privacidad</a> &middot; <a href="/cookies/">Cookies</a></p></footer>
""", noise="cookie-es")

p("h15710", "https://vetsuministros-directo.example/producto/ketamina-100-mg-ml-vial-50-ml/", "seller", True, "es",
  "vet-product-sold-to-anyone", "Ketamina 100 mg/ml solución inyectable 50 ml | VetSuministros Directo", """
<nav class="menu"><a href="/">Inicio</a> | <a href="/categoria/perros/">Perros</a> | <a href="/categoria/gatos/">Gatos</a> | <a href="/categoria/caballos/">Caballos</a> | <a href="/categoria/anestesicos/">Anestésicos</a> | <a href="/categoria/antiparasitarios/">Antiparasitarios</a> | <a href="/mi-cuenta/">Mi cuenta</a> | <a href="/carrito/">Carrito</a></nav>
<p class="migas"><a href="/">Inicio</a> / <a href="/categoria/anestesicos/">Anestésicos</a> / Ketamina 100 mg/ml</p>
<div class="producto">
<h1>Ketamina 100 mg/ml solución inyectable &ndash; vial 50 ml</h1>
<p class="precio">58,90&euro; <small>IVA incluido</small></p>
<p>Presentaciones: <select><option>1 vial &ndash; 58,90&euro;</option><option>Pack 3 viales &ndash; 159,00&euro;</option><option>Pack 10 viales &ndash; 480,00&euro;</option></select> <button>Añadir al carrito</button></p>
<p class="stock">En stock. Envío en 24 h desde Valencia.</p>
<div class="destacado">&#10004; <strong>No se requiere receta veterinaria</strong> para particulares &middot; Envío discreto en caja neutra &middot; También enviamos a Europa</div>
<h2>Descripción</h2>
<p>Anestésico general de acción corta para perros, gatos y caballos. Principio activo: ketamina (como hidrocloruro) 100 mg/ml. Excipientes: cloruro de bencetonio, agua para preparaciones inyectables. Equivalente a Imalgene 1000 / Anesketin.</p>
<p>Producto importado. Caducidad mínima 12 meses. Conservar por debajo de 25 &deg;C.</p>
<h2>Preguntas de clientes</h2>
<p><strong>P:</strong> ¿Lo puedo comprar sin ser veterinario? <strong>R:</strong> Sí, vendemos a particulares y criadores. Solo necesitamos nombre y dirección de envío.</p>
<p><strong>P:</strong> ¿Aceptáis pago contra reembolso? <strong>R:</strong> No para este producto. Bizum, transferencia o criptomonedas.</p>
<p><strong>P:</strong> ¿Tenéis en polvo? <strong>R:</strong> Escríbenos por WhatsApp y te informamos.</p>
</div>
<footer>VetSuministros Directo &middot; Atención al cliente WhatsApp +34 611 000 924 &middot; &copy; 2027</footer>
""")

p("h15711", "https://ketamin-shop24.example/ketamin-kaufen", "seller", True, "de",
  "german-shop-medium", "Ketamin kaufen ohne Rezept – diskreter Versand in DE, AT, CH | KetaminShop24", """
<header><a href="/" class="logo">KetaminShop24</a>
<nav><a href="/">Start</a> <a href="/ketamin-kaufen">Ketamin kaufen</a> <a href="/esketamin">Esketamin</a> <a href="/legal-highs">Research Chemicals</a> <a href="/versand">Versand &amp; Zahlung</a> <a href="/faq">FAQ</a> <a href="/warenkorb">Warenkorb (0)</a></nav></header>
<main>
<h1>Ketamin kaufen &ndash; sicher, schnell und anonym</h1>
<p>Sie möchten Ketamin online kaufen, ohne lange auf einen Termin beim Psychiater zu warten? Bei KetaminShop24 bestellen Sie hochreines Ketamin ohne Rezept &ndash; bequem von zu Hause und mit diskretem Versand innerhalb Deutschlands, Österreichs und der Schweiz.</p>
<table class="preise">
<tr><th>Produkt</th><th>Menge</th><th>Preis</th><th></th></tr>
<tr><td>Ketamin Kristalle (racemisch)</td><td>1 g</td><td>39,00 &euro;</td><td><a href="/warenkorb?add=101">In den Warenkorb</a></td></tr>
<tr><td>Ketamin Kristalle (racemisch)</td><td>5 g</td><td>165,00 &euro;</td><td><a href="/warenkorb?add=102">In den Warenkorb</a></td></tr>
<tr><td>S-Ketamin Pulver</td><td>2 g</td><td>89,00 &euro;</td><td><a href="/warenkorb?add=110">In den Warenkorb</a></td></tr>
<tr><td>Ketanest S 25 mg/ml, 5 Ampullen</td><td>5 x 2 ml</td><td>119,00 &euro;</td><td><a href="/warenkorb?add=120">In den Warenkorb</a></td></tr>
</table>
<h2>Zahlung &amp; Versand</h2>
<p>Wir akzeptieren Bitcoin, Monero und Paysafecard. Versand als neutraler Brief mit DHL oder Deutsche Post, Zustellung in 1&ndash;3 Werktagen. Bei Verlust versenden wir einmalig kostenlos neu.</p>
<h2>Was ist Ketamin?</h2>
<p>Ketamin ist ein Narkosemittel, das seit Jahrzehnten in der Notfallmedizin eingesetzt wird. Das Enantiomer Esketamin ist als Nasenspray zur Behandlung therapieresistenter Depressionen zugelassen. Viele unserer Kunden berichten von einer schnellen Stimmungsaufhellung.</p>
<p class="hinweis">Hinweis: Die Produkte werden ausschließlich zu Forschungszwecken verkauft. Der Käufer ist für die Einhaltung der Gesetze seines Landes selbst verantwortlich.</p>
</main>
<footer>&copy; 2027 KetaminShop24 &middot; Kontakt: Telegram @ketaminshop24 &middot; <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h15712", "https://kristal-k-france.example/faq-livraison", "seller", True, "fr",
  "seller-faq-page", "FAQ – Livraison, paiement et discrétion | Kristal K France", """
<header><a href="/">Kristal K France</a> <nav><a href="/boutique">Boutique</a> <a href="/faq-livraison">FAQ</a> <a href="/avis">Avis clients</a> <a href="/contact">Contact</a> <a href="/panier">Panier</a></nav></header>
<main>
<h1>Questions fréquentes</h1>
<h3>Combien de temps prend la livraison ?</h3>
<p>Les commandes passées avant 14h sont expédiées le jour même depuis la Belgique. Comptez 48 à 72h pour la France métropolitaine, 3 à 5 jours pour la Suisse et le Canada (Colissimo suivi ou lettre suivie).</p>
<h3>Le colis est-il discret ?</h3>
<p>Oui. Votre kétamine est emballée sous vide, dans une enveloppe neutre sans aucune mention du contenu ni du nom de la boutique. L'expéditeur affiché est une société de cosmétiques.</p>
<h3>Quels moyens de paiement acceptez-vous ?</h3>
<p>Bitcoin, Monero, USDT et coupons PCS / Transcash. Les paiements par carte ne sont pas acceptés pour des raisons de confidentialité. &ndash;10% sur les paiements en crypto.</p>
<h3>Faut-il une ordonnance ?</h3>
<p>Non, aucune ordonnance n'est demandée. Vous devez simplement avoir plus de 18 ans.</p>
<h3>Et si mon colis est saisi à la douane ?</h3>
<p>Envoyez-nous le numéro de suivi sur Telegram (@kristalk_fr) : nous réexpédions gratuitement une fois, ou remboursons 50% en crédit boutique.</p>
<h3>Quelle quantité commander pour une première fois ?</h3>
<p>La plupart de nos clients commencent par 1 g (40 &euro;) ou 3 g (105 &euro;). Tarifs dégressifs à partir de 10 g : voir la <a href="/boutique">boutique</a>.</p>
</main>
<footer>&copy; 2027 Kristal K &middot; <a href="/cgv">CGV</a> &middot; Réservé aux majeurs</footer>
""", noise="cookie-fr")

p("h15713", "https://dissolab.example/nl/arylcyclohexylamines?page=2", "seller", True, "nl",
  "rc-shop-category-partial", "Arylcyclohexylamines kopen | pagina 2 | DissoLab", """
<div class="products-grid">
<div class="product"><a href="/nl/product/2f-ketamine"><h3>2F-Ketamine (2-FDCK) kristallen</h3></a><p>Vanaf &euro; 18,50 per gram. Zeer zuiver, labgetest.</p><span class="price">&euro; 18,50 &ndash; &euro; 420,00</span><a class="btn" href="/nl/winkelwagen?add=2fk">Bestellen</a></div>
<div class="product"><a href="/nl/product/o-pce"><h3>O-PCE poeder</h3></a><span class="price">&euro; 29,00 &ndash; &euro; 560,00</span><span class="label">Tijdelijk uitverkocht</span></div>
<div class="product"><a href="/nl/product/3-meo-pcp"><h3>3-MeO-PCP pellets 10 mg</h3></a><span class="price">&euro; 35,00 (10 st.)</span><a class="btn" href="/nl/winkelwagen?add=3mpcp">Bestellen</a></div>
<div class="product"><a href="/nl/product/dck"><h3>Deschloroketamine (DCK)</h3></a><span class="price">&euro; 22,00 &ndash; &euro; 480,00</span><a class="btn" href="/nl/winkelwagen?add=dck">Bestellen</a></div>
<div class="product"><a href="/nl/product/mxpr"><h3>MXPr</h3></a><span class="price">&euro; 31,00</span><a class="btn" href="/nl/winkelwagen?add=mxpr">Bestellen</a></div>
</div>
<p class="disclaimer">Alle producten worden uitsluitend verkocht als onderzoekschemicaliën en zijn niet geschikt voor menselijke consumptie. Verzending binnen 1 werkdag vanuit Nederland, discreet verpakt. Betalen met iDEAL, Bitcoin of Bancontact.</p>
<div class="pagination"><a href="?page=1">&laquo; Vorige</a> 1 <strong>2</strong> 3 <a href="?page=3">Volgende &raquo;</a></div>
""")

p("h15714", "https://cetaminadelivery.example/", "seller", True, "pt",
  "brazil-whatsapp-short", "Cetamina Delivery SP - Compre Ketamina com Entrega Rápida", """
<div class="hero">
<h1>Ketamina / Cetamina em São Paulo &ndash; entrega rápida e sigilosa</h1>
<p>Ketamina de farmácia (Ketamin 50 mg/ml, frasco 10 ml) e em cristal. Sem receita, sem burocracia. Entregamos em toda a Grande SP por motoboy em até 2 horas e enviamos para todo o Brasil pelos Correios com embalagem discreta.</p>
<ul><li>Frasco 10 ml &ndash; R$ 280</li><li>Cristal 1 g &ndash; R$ 150 &middot; 5 g &ndash; R$ 650</li><li>Pagamento via Pix ou cripto</li></ul>
<p><a class="wpp" href="https://wa.me/5511900000000?text=Quero%20fazer%20um%20pedido">&#128172; Peça agora pelo WhatsApp</a></p>
<p><small>Atendimento das 10h às 2h. Somente maiores de 18 anos.</small></p>
</div>
""", noise="cookie-pt")

# ---------------------------------------------------------------- telehealth (9)

p("h15715", "https://evenkeelhealth.example/", "telehealth", False, "en",
  "telehealth-home-long-chrome", "Even Keel | At-home ketamine therapy with licensed clinicians", """
<div class="announcement">Now available in Arizona and Virginia &middot; <a href="/locations">See all states</a></div>
<header>
<a href="/" class="logo">Even Keel</a>
<nav>
<a href="/how-it-works">How it works</a>
<a href="/treatment/ketamine">Ketamine therapy</a>
<a href="/treatment/integration">Integration coaching</a>
<a href="/clinicians">Our clinicians</a>
<a href="/pricing">Pricing</a>
<a href="/science">Science</a>
<a href="/blog">Journal</a>
<a href="/login">Sign in</a>
<a class="btn" href="/eligibility">Check eligibility</a>
</nav>
</header>
<main>
<section class="hero">
<h1>Relief that starts at home.</h1>
<p>Even Keel pairs you with a board-certified psychiatric clinician who evaluates you over video, builds a personalised ketamine treatment plan if it's right for you, and stays with you through every session. No clinic visits. No IVs.</p>
<a class="btn" href="/eligibility">Take the 3-minute eligibility quiz</a>
<p class="small">Ketamine is not right for everyone. Treatment is only prescribed after a full medical evaluation.</p>
</section>

<section class="how">
<h2>How Even Keel works</h2>
<div class="step"><h3>1. Free eligibility screen</h3><p>Answer a few questions about your mental health history, current medications and blood pressure. This is a screen, not a prescription.</p></div>
<div class="step"><h3>2. Video evaluation with a clinician</h3><p>Meet a licensed psychiatrist or psychiatric nurse practitioner (PMHNP) in your state for a 45-minute evaluation. They review your history and decide whether at-home ketamine is appropriate. About one in four people we evaluate are referred to other care instead.</p></div>
<div class="step"><h3>3. Your plan and your kit</h3><p>If you're prescribed, your medication (sublingual ketamine tablets) is filled by a licensed partner pharmacy and shipped to you with a blood pressure cuff, eye mask and a guided journal. You'll need a peer treatment monitor present for your first sessions.</p></div>
<div class="step"><h3>4. Sessions and check-ins</h3><p>Six guided sessions over four weeks, with clinician check-ins before session 1 and after session 2 and 6, plus two integration calls with a coach.</p></div>
</section>

<section class="stats">
<p><strong>78%</strong> of members saw a meaningful drop in PHQ-9 scores after 6 sessions*</p>
<p><strong>4.8/5</strong> from 2,300+ verified reviews</p>
<p class="fine">*Internal outcomes data, 2025&ndash;2026. Individual results vary.</p>
</section>

<section class="pricing-teaser">
<h2>Transparent pricing</h2>
<p>Initial program (evaluation + 6 sessions + coaching): <strong>$1,158</strong> or 3 payments of $399. Maintenance: $249 / month. HSA/FSA cards accepted. We can provide a superbill for out-of-network reimbursement.</p>
<a href="/pricing">See full pricing</a>
</section>

<section class="safety">
<h2>Safety first</h2>
<ul>
<li>Every member is evaluated by a licensed clinician before any prescription.</li>
<li>We screen out uncontrolled hypertension, psychosis, active substance use disorder and pregnancy.</li>
<li>Blood pressure is logged before every session; clinicians review every session report.</li>
<li>Prescriptions are limited to what your plan needs &ndash; no automatic refills.</li>
<li>24/7 crisis line access for members.</li>
</ul>
</section>

<section class="faq-mini">
<h2>Common questions</h2>
<p><strong>Is at-home ketamine legal?</strong> Yes. Ketamine is FDA-approved as an anesthetic and may be prescribed off-label by a licensed clinician after an evaluation, including via telehealth under applicable DEA telemedicine rules.</p>
<p><strong>Do you take insurance?</strong> Not directly, but many members are reimbursed for the clinical visits using our superbill.</p>
</section>
</main>
<footer>
<nav><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/press">Press</a> <a href="/clinicians">Clinicians</a> <a href="/locations">Locations</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/hipaa">Notice of Privacy Practices</a></nav>
<p>Even Keel Health, Inc. provides technology and administrative services. Clinical services are provided by Even Keel Medical Group, P.C. and affiliated professional entities. If you are in crisis, call or text 988.</p>
<p>&copy; 2027 Even Keel Health, Inc.</p>
</footer>
""", noise="cookie")

p("h15716", "https://evenkeelhealth.example/faq", "telehealth", False, "en",
  "telehealth-faq-medium", "FAQ | Even Keel", """
<header><a href="/" class="logo">Even Keel</a> <nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a> <a class="btn" href="/eligibility">Check eligibility</a></nav></header>
<main>
<h1>Frequently asked questions</h1>
<h2>Eligibility</h2>
<details><summary>Who is a good candidate?</summary><p>Adults 18&ndash;75 with moderate to severe depression or anxiety who have tried at least one other treatment. Your clinician makes the final decision after your video evaluation.</p></details>
<details><summary>Who is not eligible?</summary><p>People with a history of psychosis or mania, uncontrolled high blood pressure, recent heart attack or stroke, active substance use disorder, or who are pregnant or breastfeeding. We will refer you to other resources if at-home ketamine isn't safe for you.</p></details>
<h2>Medication</h2>
<details><summary>How does the medication get to me?</summary><p>After your clinician writes a prescription, it is sent to a licensed, accredited partner pharmacy in your state network. The pharmacy ships it in tamper-evident packaging requiring an adult signature. We never ship medication without an active prescription from your Even Keel clinician.</p></details>
<details><summary>Can I get more tablets if I run out early?</summary><p>No. Doses are counted and tied to your scheduled sessions. Any change in dose requires a check-in with your clinician.</p></details>
<details><summary>What is a treatment monitor?</summary><p>A trusted adult who stays with you, in person, during your first sessions. They don't need medical training, but they should not take any substances themselves.</p></details>
<h2>Billing</h2>
<details><summary>Can I cancel?</summary><p>You can cancel your maintenance plan any time before the next billing date. Unused initial-program sessions are refundable if your clinician determines you are not eligible.</p></details>
<details><summary>Do you accept HSA/FSA?</summary><p>Yes, and we issue superbills for clinician visits.</p></details>
</main>
<footer>&copy; 2027 Even Keel Health, Inc. &middot; Clinical care by Even Keel Medical Group, P.C.</footer>
""")

p("h15717", "https://lumenmindcare.example/pricing", "telehealth", False, "en",
  "telehealth-pricing-txt", "Pricing - Lumen Mind Care", """
Pricing — Lumen Mind Care

Intake & psychiatric evaluation (video, 60 min with a board-certified psychiatrist): $250
If approved, Foundation Plan: $389/month — includes your prescribed medication filled by our partner pharmacy, 2 clinician follow-ups per month, unlimited messaging with your care team, and session guides.
Not approved? Your evaluation fee is credited toward a referral consult.
Pay with card, HSA or FSA. Cancel anytime. Available in CA, CO, FL, NY, TX, WA. Insurance: out-of-network superbill on request.
""", ext="txt")

p("h15718", "https://nimbus-ketamine.example/locations", "telehealth", False, "en",
  "telehealth-state-list-nav-heavy", "Where we operate | Nimbus at-home ketamine telehealth", """
<header><a href="/">nimbus</a>
<nav><a href="/treatments">Treatments</a> <a href="/how-it-works">How it works</a> <a href="/providers">Providers</a> <a href="/pricing">Pricing</a> <a href="/locations">Locations</a> <a href="/resources">Resources</a> <a href="/login">Log in</a> <a href="/start">Get started</a></nav></header>
<main>
<h1>Nimbus is available in 31 states</h1>
<p>Your prescriber must be licensed in the state where you are physically located during your video appointment and sessions.</p>
<ul class="states">
<li><a href="/locations/alabama">Alabama</a></li><li><a href="/locations/arizona">Arizona</a></li><li><a href="/locations/california">California</a></li><li><a href="/locations/colorado">Colorado</a></li><li><a href="/locations/connecticut">Connecticut</a></li><li><a href="/locations/delaware">Delaware</a></li><li><a href="/locations/florida">Florida</a></li><li><a href="/locations/georgia">Georgia</a></li><li><a href="/locations/idaho">Idaho</a></li><li><a href="/locations/illinois">Illinois</a></li><li><a href="/locations/indiana">Indiana</a></li><li><a href="/locations/iowa">Iowa</a></li><li><a href="/locations/maine">Maine</a></li><li><a href="/locations/maryland">Maryland</a></li><li><a href="/locations/massachusetts">Massachusetts</a></li><li><a href="/locations/michigan">Michigan</a></li><li><a href="/locations/minnesota">Minnesota</a></li><li><a href="/locations/nevada">Nevada</a></li><li><a href="/locations/new-hampshire">New Hampshire</a></li><li><a href="/locations/new-jersey">New Jersey</a></li><li><a href="/locations/new-mexico">New Mexico</a></li><li><a href="/locations/new-york">New York</a></li><li><a href="/locations/north-carolina">North Carolina</a></li><li><a href="/locations/ohio">Ohio</a></li><li><a href="/locations/oregon">Oregon</a></li><li><a href="/locations/pennsylvania">Pennsylvania</a></li><li><a href="/locations/tennessee">Tennessee</a></li><li><a href="/locations/texas">Texas</a></li><li><a href="/locations/utah">Utah</a></li><li><a href="/locations/virginia">Virginia</a></li><li><a href="/locations/washington">Washington</a></li>
</ul>
<p>Don't see your state? <a href="/waitlist">Join the waitlist</a> and we'll email you when a licensed Nimbus clinician is available near you.</p>
</main>
<footer>
<div><h4>Treatments</h4><a href="/treatments/depression">Depression</a> <a href="/treatments/anxiety">Anxiety</a> <a href="/treatments/ptsd">PTSD</a></div>
<div><h4>Company</h4><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/contact">Contact</a></div>
<div><h4>Legal</h4><a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <a href="/telehealth-consent">Telehealth consent</a></div>
<p>&copy; 2027 Nimbus Health PLLC &middot; In an emergency call 911 or 988.</p>
</footer>
""")

p("h15719", "https://brightpath-psychiatry.example/services/treatment-resistant-depression", "telehealth", False, "en",
  "virtual-psychiatry-spravato-referral", "Treatment-Resistant Depression | BrightPath Virtual Psychiatry", """
<header><a href="/">BrightPath Virtual Psychiatry</a> <nav><a href="/services">Services</a> <a href="/insurance">Insurance</a> <a href="/team">Our team</a> <a href="/book">Book online</a></nav></header>
<main>
<h1>Treatment-resistant depression care, online</h1>
<p>If two or more antidepressants haven't helped, you may have treatment-resistant depression (TRD). BrightPath psychiatrists see patients by secure video across 14 states and accept Aetna, Cigna, UnitedHealthcare, BCBS and Medicare.</p>
<h2>What we offer</h2>
<ul>
<li>Comprehensive psychiatric evaluation by video (60 minutes)</li>
<li>Medication optimisation and augmentation strategies</li>
<li>Pharmacogenomic testing when appropriate</li>
<li>Referral and coordination for esketamine (Spravato&reg;) and TMS</li>
</ul>
<h2>About Spravato</h2>
<p>Spravato (esketamine) nasal spray must be administered at a REMS-certified treatment center, where patients are monitored for at least two hours after each dose. It cannot be taken at home. If your BrightPath psychiatrist believes you're a candidate, we'll complete the prior authorisation with your insurer and refer you to one of our partner treatment centers close to you. Your BrightPath psychiatrist keeps managing your oral medications and follows up by video between sessions.</p>
<p><a class="btn" href="/book?service=trd">Book an evaluation</a> &nbsp; Most new patients are seen within 7 days.</p>
</main>
<footer>&copy; 2027 BrightPath Virtual Psychiatry, PC &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h15720", "https://lumenmindcare.example/journal/first-at-home-ketamine-session", "telehealth", False, "en",
  "telehealth-provider-article-long", "What to expect at your first at-home ketamine session | Lumen Journal", """
<header><a href="/">Lumen Mind Care</a> <nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/journal">Journal</a> <a href="/start">Start your evaluation</a></nav></header>
<article>
<p class="kicker">Preparing for treatment</p>
<h1>What to expect at your first at-home ketamine session</h1>
<p class="byline">Medically reviewed by Dana Ochoa, MD, board-certified psychiatrist &middot; January 8, 2027</p>
<p>You've had your evaluation, your psychiatrist has written your prescription, and a box from our partner pharmacy is sitting on your kitchen counter. Most people feel a mix of hope and nerves at this point. Here's what your first session actually looks like, step by step.</p>
<h2>The day before</h2>
<p>Pick a time when you won't need to drive or work for the rest of the day. Confirm that your treatment monitor &ndash; the trusted adult who will be with you &ndash; can be there for the whole session. Avoid alcohol for 24 hours, and check with your care team about any medications you take in the morning (some, like benzodiazepines or lamotrigine, can blunt the effect).</p>
<h2>Setting up</h2>
<p>Choose a quiet room, a comfortable chair or bed, and dim lighting. Have water, a blanket and your eye mask ready. Many members like a playlist without lyrics; we share one in the app.</p>
<h2>Vitals check</h2>
<p>Take your blood pressure with the cuff in your kit and log it in the app. If your reading is above the threshold your clinician set (usually 150/95), don't start &ndash; message your care team. This rule matters more than any other.</p>
<h2>Taking the medication</h2>
<p>Your tablets dissolve under the tongue. Hold the saliva for about 7&ndash;10 minutes without swallowing, then spit or swallow as your instructions say. Effects usually start within 10&ndash;20 minutes and last about 45&ndash;60 minutes.</p>
<h2>What it feels like</h2>
<p>Common experiences include feeling floaty or heavy, a sense of distance from your thoughts, changes in how sounds and colours seem, and sometimes strong emotions. Nausea is possible; your clinician may prescribe an anti-nausea medication alongside. If it becomes uncomfortable, remind yourself it's temporary, focus on your breath, and let your monitor know.</p>
<h2>Afterwards</h2>
<p>Rest for at least an hour. Write down anything you noticed in your journal &ndash; this becomes material for your integration call. Log your mood in the app; your clinician reviews every session report before approving the next one.</p>
<h2>When to call us</h2>
<p>Call your care team (or 911) for chest pain, severe headache, confusion lasting more than a few hours, or thoughts of harming yourself. If you are in crisis, call or text 988.</p>
<div class="cta-box"><p>Not a member yet? Ketamine is only prescribed after a psychiatric evaluation by video.</p><a class="btn" href="/start">Book your evaluation &ndash; $250</a></div>
</article>
<aside><h3>Related</h3><a href="/journal/integration-101">Integration 101</a> <a href="/journal/ketamine-and-blood-pressure">Ketamine and blood pressure</a> <a href="/journal/treatment-monitor-guide">A guide for treatment monitors</a></aside>
<footer>&copy; 2027 Lumen Mind Care. Clinical services by Lumen Psychiatry Associates, P.A.</footer>
""")

p("h15721", "https://psychiatrie-online-praxis.example/leistungen/therapieresistente-depression", "telehealth", False, "de",
  "german-telepsychiatry-referral", "Therapieresistente Depression – Online-Sprechstunde | PsyPraxis Digital", """
<header><a href="/">PsyPraxis Digital</a> <nav><a href="/leistungen">Leistungen</a> <a href="/ablauf">Ablauf</a> <a href="/aerzte">Unsere Ärztinnen und Ärzte</a> <a href="/kosten">Kosten</a> <a href="/termin">Termin buchen</a></nav></header>
<main>
<h1>Therapieresistente Depression: Zweitmeinung und Behandlungsplanung per Video</h1>
<p>Wenn mindestens zwei Antidepressiva in ausreichender Dosis und Dauer nicht geholfen haben, spricht man von einer therapieresistenten Depression. In unserer Online-Sprechstunde prüfen Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie Ihre bisherige Behandlung und besprechen mit Ihnen die nächsten Schritte.</p>
<h2>Was wir anbieten</h2>
<ul>
<li>Ausführliches Erstgespräch per Video (50 Minuten) mit Befundbericht</li>
<li>Medikamentöse Optimierung, Augmentation mit Lithium oder Antipsychotika</li>
<li>Beratung zu Esketamin-Nasenspray (Spravato&reg;) und Ketamin-Infusionen</li>
<li>Überweisung an kooperierende Kliniken und Behandlungszentren</li>
</ul>
<h2>Esketamin: nur unter ärztlicher Aufsicht vor Ort</h2>
<p>Esketamin-Nasenspray darf nicht zu Hause angewendet werden. Die Gabe erfolgt in einer Praxis oder Klinik mit anschließender Überwachung. Wenn die Behandlung für Sie in Frage kommt, erstellen wir einen Arztbrief und vermitteln Ihnen einen Termin in einem unserer Partnerzentren in Berlin, Hamburg, Köln oder München. Die Verlaufskontrollen können anschließend wieder per Video stattfinden.</p>
<h2>Kosten</h2>
<p>Privatpatienten und Selbstzahler: Abrechnung nach GOÄ, Erstgespräch ca. 120&ndash;160 &euro;. Gesetzlich Versicherte: Videosprechstunde auf Überweisung möglich (begrenzte Kapazität).</p>
<p><a class="btn" href="/termin">Online-Termin vereinbaren</a></p>
</main>
<footer>PsyPraxis Digital MVZ GmbH &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; Bei akuter Gefahr: 112 oder Telefonseelsorge 0800 111 0 111</footer>
""", noise="cookie-de")

p("h15722", "https://mentesaude-tele.example/teleconsulta/cetamina-escetamina", "telehealth", False, "pt",
  "brazil-telepsychiatry", "Avaliação online para tratamento com escetamina e cetamina | MenteSaúde Tele", """
<header><a href="/">MenteSaúde Tele</a> <nav><a href="/especialidades">Especialidades</a> <a href="/como-funciona">Como funciona</a> <a href="/planos">Planos</a> <a href="/agendar">Agendar</a></nav></header>
<main>
<h1>Depressão resistente: avaliação por teleconsulta com psiquiatra</h1>
<p>Consulte um psiquiatra com CRM ativo pelo celular ou computador. Na primeira consulta (50 minutos) avaliamos seu histórico, os tratamentos já feitos e se você pode se beneficiar da escetamina intranasal ou de infusões de cetamina.</p>
<h2>Como funciona</h2>
<ol>
<li>Agende a teleconsulta e envie seus exames e receitas anteriores pelo app.</li>
<li>O psiquiatra faz a avaliação por vídeo e explica as opções.</li>
<li>Se indicado, emitimos o relatório médico e encaminhamos você para uma clínica parceira credenciada, onde a aplicação é feita com monitoramento.</li>
<li>O acompanhamento entre as sessões continua por teleconsulta.</li>
</ol>
<p>Importante: a escetamina e a cetamina não são entregues em domicílio. A aplicação é sempre presencial.</p>
<h2>Valores</h2>
<p>Teleconsulta inicial: R$ 390. Retorno: R$ 250. Emitimos recibo para reembolso do plano de saúde.</p>
<p><a class="btn" href="/agendar?esp=psiquiatria">Agendar teleconsulta</a></p>
</main>
<footer>MenteSaúde Tele &middot; Responsável técnico: Dr. Ricardo Amaral, CRM-SP 000000 &middot; &copy; 2027</footer>
""", noise="cookie-pt")

p("h15723", "https://evenkeelhealth.example/es/terapia-con-ketamina", "telehealth", False, "es",
  "us-telehealth-spanish-page", "Terapia con ketamina en casa | Even Keel en español", """
<header><a href="/es">Even Keel</a> <nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/precios">Precios</a> <a href="/es/preguntas">Preguntas</a> <a href="/">English</a> <a class="btn" href="/es/elegibilidad">Ver si califico</a></nav></header>
<main>
<h1>Terapia con ketamina desde casa, con un clínico licenciado</h1>
<p>En Even Keel, un psiquiatra o enfermero practicante psiquiátrico con licencia en su estado lo evalúa por videollamada antes de recetar cualquier medicamento. Si la ketamina es adecuada para usted, la receta se envía a una farmacia asociada con licencia, que le envía las tabletas sublinguales a su domicilio.</p>
<h2>Qué incluye</h2>
<ul>
<li>Evaluación médica por video (45 minutos), con intérprete si lo necesita</li>
<li>Seis sesiones guiadas en cuatro semanas</li>
<li>Controles con su clínico y llamadas de integración</li>
<li>Kit con tensiómetro, antifaz y diario</li>
</ul>
<h2>Precio</h2>
<p>Programa inicial: $1,158 o 3 pagos de $399. Aceptamos tarjetas HSA/FSA. No todas las personas califican: si no es seguro para usted, le recomendaremos otras opciones de atención.</p>
<p>Disponible en California, Texas, Florida, Arizona, Nuevo México, Nueva York y otros estados. Si está en crisis, llame o envíe un mensaje de texto al 988 (opción en español).</p>
</main>
<footer>&copy; 2027 Even Keel Health, Inc. &middot; Servicios clínicos prestados por Even Keel Medical Group, P.C.</footer>
""")

# ---------------------------------------------------------------- clinics (8)

p("h15724", "https://cedarpointketamine.example/", "clinic", False, "en",
  "infusion-clinic-home-long", "Cedar Point Ketamine & Wellness | IV Ketamine Infusions in Raleigh, NC", """
<div class="topbar">Call (919) 555-0148 &middot; Mon&ndash;Fri 8am&ndash;5pm, Sat 9am&ndash;1pm &middot; 4200 Glenwood Ave, Suite 210, Raleigh NC</div>
<header>
<a href="/" class="logo">Cedar Point Ketamine &amp; Wellness</a>
<nav>
<ul>
<li><a href="/">Home</a></li>
<li><a href="/about">About</a><ul><li><a href="/about/our-team">Our team</a></li><li><a href="/about/our-space">Our space</a></li></ul></li>
<li><a href="/conditions">Conditions treated</a><ul><li><a href="/conditions/depression">Depression</a></li><li><a href="/conditions/ptsd">PTSD</a></li><li><a href="/conditions/anxiety">Anxiety</a></li><li><a href="/conditions/crps">CRPS &amp; chronic pain</a></li><li><a href="/conditions/ocd">OCD</a></li></ul></li>
<li><a href="/treatments">Treatments</a><ul><li><a href="/treatments/iv-ketamine">IV ketamine</a></li><li><a href="/treatments/spravato">Spravato</a></li><li><a href="/treatments/kap">Ketamine-assisted psychotherapy</a></li><li><a href="/treatments/nad">NAD+ infusions</a></li></ul></li>
<li><a href="/pricing">Pricing</a></li>
<li><a href="/faq">FAQ</a></li>
<li><a href="/blog">Blog</a></li>
<li><a href="/contact">Contact</a></li>
<li><a class="btn" href="/book">Book a free consultation</a></li>
</ul>
</nav>
</header>
<main>
<section class="hero">
<h1>Feel like yourself again.</h1>
<p>Physician-led IV ketamine infusions for depression, PTSD, anxiety and chronic pain in a calm, private setting in North Raleigh.</p>
<a class="btn" href="/book">Book a free 15-minute consultation</a> <a class="btn-outline" href="/refer">Referring provider? Send a referral</a>
</section>
<section class="intro">
<h2>What is ketamine infusion therapy?</h2>
<p>Ketamine is an anesthetic used safely in hospitals for decades. At lower, sub-anesthetic doses given slowly through an IV, it can rapidly reduce symptoms of depression and suicidal thoughts &ndash; often within hours or days rather than weeks. Each 40-minute infusion is given in a private suite while a registered nurse monitors your heart rate, blood pressure and oxygen continuously. Our medical director, Dr. Alan Brevard, MD (anesthesiology), oversees every treatment.</p>
</section>
<section class="process">
<h2>Your path to treatment</h2>
<ol>
<li><strong>Free consultation</strong> by phone to answer your questions.</li>
<li><strong>Medical intake</strong> &ndash; we review your history and records and coordinate with your psychiatrist or therapist. A referral or diagnosis from a mental health provider is required for psychiatric indications.</li>
<li><strong>Initial series</strong> &ndash; typically six infusions over two to three weeks.</li>
<li><strong>Maintenance</strong> &ndash; boosters as needed, based on how you respond.</li>
</ol>
</section>
<section class="pricing-preview">
<h2>Pricing</h2>
<p>Single IV infusion (mental health): $475 &middot; Series of six: $2,550 (save $300) &middot; Pain infusions (4 hours): from $850. We offer financing through CareCredit and Advance Care. Spravato is billed to insurance. <a href="/pricing">Full pricing &rarr;</a></p>
</section>
<section class="testimonials">
<h2>Patient stories</h2>
<blockquote>&ldquo;After 12 years and 9 medications, this was the first thing that actually lifted the fog. The nurses were wonderful.&rdquo; &ndash; Veteran patient, Cary NC</blockquote>
<blockquote>&ldquo;Clean, quiet, professional. I was nervous and they walked me through everything.&rdquo; &ndash; K.R.</blockquote>
</section>
</main>
<footer>
<div class="cols">
<div><h4>Cedar Point Ketamine &amp; Wellness</h4><p>4200 Glenwood Ave, Suite 210<br>Raleigh, NC 27612<br>(919) 555-0148 &middot; fax (919) 555-0149</p></div>
<div><h4>Patients</h4><a href="/new-patients">New patient forms</a> <a href="/pay-bill">Pay your bill</a> <a href="/gift-cards">Gift cards</a> <a href="/patient-portal">Patient portal</a></div>
<div><h4>Member</h4><p>American Society of Ketamine Physicians, Psychotherapists &amp; Practitioners (ASKP3)</p></div>
</div>
<p>&copy; 2027 Cedar Point Ketamine &amp; Wellness, PLLC. This website does not provide medical advice. If you are in crisis, call or text 988.</p>
</footer>
""", noise="cookie")

p("h15725", "https://harborviewbehavioral.example/spravato", "clinic", False, "en",
  "rems-spravato-center-medium", "Spravato (Esketamine) Treatment | Harborview Behavioral Health", """
<header><a href="/">Harborview Behavioral Health</a> <nav><a href="/services">Services</a> <a href="/tms">TMS</a> <a href="/spravato">Spravato</a> <a href="/providers">Providers</a> <a href="/insurance">Insurance</a> <a href="/locations">Locations</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Spravato&reg; (esketamine) nasal spray</h1>
<p>Harborview Behavioral Health is a certified Spravato REMS treatment center in Tacoma and Olympia, WA. Spravato is FDA-approved for adults with treatment-resistant depression and for depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behavior, used along with an oral antidepressant.</p>
<h2>What a treatment day looks like</h2>
<ul>
<li>Check in and blood pressure check with our nursing staff.</li>
<li>You self-administer the nasal spray under direct observation by a clinician.</li>
<li>You stay in a comfortable private room for at least two hours while we monitor you.</li>
<li>You need a ride home &ndash; no driving until the next day after a restful sleep.</li>
</ul>
<h2>Schedule</h2>
<p>Induction: twice a week for weeks 1&ndash;4. Maintenance: once weekly for weeks 5&ndash;8, then weekly or every other week.</p>
<h2>Insurance</h2>
<p>Spravato is covered by most commercial plans, Medicare and Washington Apple Health with prior authorization. Our benefits team handles the authorization and enrolls you in the manufacturer's savings program when eligible. Estimated out-of-pocket with commercial insurance: as little as $10 per treatment for the medication, plus your office visit copay.</p>
<p><strong>New patients:</strong> A referral from your psychiatrist or primary care provider speeds things up. Call (253) 555-0192 or <a href="/referral">submit a referral online</a>.</p>
</main>
<footer>&copy; 2027 Harborview Behavioral Health &middot; <a href="/nondiscrimination">Nondiscrimination notice</a> &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h15726", "https://desertbloomketamine.example/pricing", "clinic", False, "en",
  "clinic-pricing-txt", "Pricing | Desert Bloom Ketamine Clinic", """
Desert Bloom Ketamine Clinic — Pricing (effective January 1, 2027)

Initial consultation with our physician: $150 (applied toward your first infusion)
Single IV ketamine infusion: $495
6-infusion package: $2,640 — $500 deposit to reserve your series, balance due at first visit
Booster infusion: $450
IM ketamine with integration session (KAP): $600
Spravato: billed to insurance

We accept cash, all major cards, HSA/FSA and CareCredit. Gift cards available at the front desk or online.
Book now: (602) 555-0177 · 2110 E Camelback Rd, Phoenix AZ
""", ext="txt")

p("h15727", "https://openfieldkap.example/ketamine-assisted-psychotherapy", "clinic", False, "en",
  "kap-practice-medium", "Ketamine-Assisted Psychotherapy (KAP) | Openfield Therapy Collective, Portland", """
<header><a href="/">Openfield Therapy Collective</a> <nav><a href="/about">About</a> <a href="/kap">Ketamine-Assisted Psychotherapy</a> <a href="/therapy">Individual therapy</a> <a href="/groups">Groups</a> <a href="/team">Team</a> <a href="/fees">Fees</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketamine-Assisted Psychotherapy</h1>
<p>At Openfield, ketamine is used as a catalyst within a course of psychotherapy, not as a stand-alone medication. All ketamine sessions take place in our office on SE Hawthorne in Portland, with a licensed therapist present throughout and our medical provider on site.</p>
<h2>The process</h2>
<ol>
<li><strong>Screening call</strong> with our intake coordinator (free, 20 minutes).</li>
<li><strong>Medical evaluation</strong> in person with our psychiatric nurse practitioner, Lena Marsh, PMHNP-BC, who determines whether ketamine is medically appropriate and prescribes it.</li>
<li><strong>Two preparation sessions</strong> with your therapist (50 min each).</li>
<li><strong>Three dosing sessions</strong> (about 3 hours each) using intramuscular or sublingual ketamine, administered and monitored in our treatment room.</li>
<li><strong>Integration sessions</strong> after each dosing session.</li>
</ol>
<h2>Fees</h2>
<p>Medical evaluation $325 &middot; Preparation/integration sessions $180 each &middot; Dosing session $750 (includes medication, medical monitoring and therapist time). Sliding-scale spots are available for BIPOC and LGBTQ+ clients and veterans. We provide superbills; some clients receive partial reimbursement.</p>
<h2>Is KAP right for me?</h2>
<p>KAP may help with depression, PTSD, end-of-life distress and some forms of anxiety. It is not appropriate for people with a history of psychosis, uncontrolled hypertension or active substance misuse. We'll talk this through honestly in your evaluation.</p>
<p><a class="btn" href="/contact?topic=kap">Request a screening call</a></p>
</main>
<footer>Openfield Therapy Collective &middot; 3400 SE Hawthorne Blvd, Portland OR 97214 &middot; &copy; 2027</footer>
""")

p("h15728", "https://asst-valdelago.example/reparti/psichiatria/centro-depressione-resistente", "clinic", False, "it",
  "italian-hospital-department", "Centro per la depressione resistente – esketamina | ASST Valdelago", """
<div class="header-ente"><a href="/">ASST Valdelago</a> &ndash; Sistema Socio Sanitario Regione Lombardia</div>
<nav class="menu"><a href="/">Home</a> <a href="/azienda">Azienda</a> <a href="/ospedali">Ospedali</a> <a href="/reparti">Reparti e servizi</a> <a href="/prenotazioni">Prenotazioni</a> <a href="/ritiro-referti">Ritiro referti</a> <a href="/amministrazione-trasparente">Amministrazione trasparente</a> <a href="/urp">URP</a></nav>
<p class="breadcrumb">Home &gt; Reparti e servizi &gt; Psichiatria &gt; Centro per la depressione resistente</p>
<main>
<h1>Centro per la depressione resistente al trattamento</h1>
<p>Il Centro, attivo presso l'Unità Operativa di Psichiatria dell'Ospedale di Valdelago, offre valutazione specialistica e trattamenti innovativi per pazienti adulti con depressione maggiore che non hanno risposto ad almeno due antidepressivi.</p>
<h2>Trattamenti</h2>
<ul>
<li>Esketamina spray nasale (Spravato&reg;), somministrata in regime ambulatoriale con osservazione clinica di almeno due ore dopo ogni seduta</li>
<li>Stimolazione magnetica transcranica (TMS)</li>
<li>Terapia elettroconvulsivante (TEC) in collaborazione con l'Anestesia</li>
<li>Ottimizzazione farmacologica e psicoterapia</li>
</ul>
<h2>Come accedere</h2>
<p>È necessaria l'impegnativa del medico di medicina generale o dello psichiatra del CPS di riferimento con la dicitura &ldquo;visita psichiatrica &ndash; valutazione depressione resistente&rdquo;. La prima visita si prenota tramite il CUP regionale (numero verde 800 000 000) o agli sportelli. Il trattamento con esketamina è erogato a carico del SSN secondo i criteri AIFA.</p>
<h2>Contatti</h2>
<p>Responsabile: Dott.ssa Chiara Benedetti &middot; Segreteria: tel. 0341 000 512, lun&ndash;ven 9.00&ndash;12.30 &middot; Padiglione C, piano 2</p>
</main>
<footer>ASST Valdelago &middot; P.IVA 00000000000 &middot; <a href="/privacy">Privacy</a> &middot; <a href="/accessibilita">Dichiarazione di accessibilità</a> &middot; <a href="/note-legali">Note legali</a></footer>
""")

p("h15729", "https://ch-saint-aubin.example/services/centre-douleur/perfusions-ketamine", "clinic", False, "fr",
  "french-pain-centre", "Perfusions de kétamine – Centre d'évaluation et de traitement de la douleur | CH Saint-Aubin", """
<nav class="fil"><a href="/">Accueil</a> &rsaquo; <a href="/services">Services</a> &rsaquo; <a href="/services/centre-douleur">Centre douleur</a> &rsaquo; Perfusions de kétamine</nav>
<main>
<h1>Perfusions de kétamine en hôpital de jour</h1>
<p>Le Centre d'évaluation et de traitement de la douleur (CETD) du Centre hospitalier de Saint-Aubin propose, pour certains patients atteints de douleurs chroniques rebelles (douleurs neuropathiques, syndrome douloureux régional complexe, fibromyalgie sévère), des cures de kétamine intraveineuse en hôpital de jour.</p>
<h2>Déroulement</h2>
<p>L'indication est posée lors d'une consultation pluridisciplinaire (médecin algologue, psychologue, infirmière ressource douleur). La perfusion dure de 2 à 4 heures, sous surveillance infirmière (tension, saturation, état de conscience). Une cure comprend généralement 1 à 3 séances, renouvelables selon l'efficacité et la tolérance.</p>
<h2>Avant votre venue</h2>
<ul><li>Venir accompagné(e) : la conduite est interdite le jour de la perfusion.</li><li>Être à jeun de solides depuis 6 heures.</li><li>Apporter la liste de vos traitements et votre carte Vitale.</li></ul>
<h2>Prise en charge</h2>
<p>Les séances sont prises en charge par l'Assurance maladie dans le cadre de l'hospitalisation de jour. Aucun dépassement d'honoraires.</p>
<p><strong>Prendre rendez-vous :</strong> secrétariat du CETD au 02 00 00 00 41 (du lundi au vendredi, 9h&ndash;16h) ou via <a href="/rdv">la prise de rendez-vous en ligne</a>, sur courrier de votre médecin traitant.</p>
</main>
<footer>Centre hospitalier de Saint-Aubin &middot; <a href="/mentions-legales">Mentions légales</a> &middot; <a href="/donnees-personnelles">Données personnelles</a></footer>
""", noise="cookie-fr")

p("h15730", "https://kliniekhelderhoofd.example/behandelingen/ketamine", "clinic", False, "nl",
  "dutch-private-clinic", "Ketaminebehandeling bij depressie | Kliniek Helder Hoofd Utrecht", """
<header><a href="/">Kliniek Helder Hoofd</a> <nav><a href="/behandelingen">Behandelingen</a> <a href="/aanmelden">Aanmelden</a> <a href="/wachttijden">Wachttijden</a> <a href="/tarieven">Tarieven en vergoeding</a> <a href="/over-ons">Over ons</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketaminebehandeling bij therapieresistente depressie</h1>
<p>Kliniek Helder Hoofd is een gespecialiseerde GGZ-instelling in Utrecht. Wij behandelen volwassenen met een ernstige depressie waarbij eerdere behandelingen onvoldoende hebben geholpen, onder andere met esketamine-neusspray en ketamine via een infuus of tablet, altijd in combinatie met begeleiding door een psychiater en psycholoog.</p>
<h2>Hoe verloopt de behandeling?</h2>
<p>Na aanmelding via uw huisarts of behandelaar volgt een intakegesprek met de psychiater en een lichamelijk onderzoek. Wordt u geschikt bevonden, dan krijgt u in de eerste vier weken twee keer per week een behandeling op onze afdeling. U blijft na elke toediening minimaal twee uur ter observatie. U mag die dag niet zelf autorijden.</p>
<h2>Vergoeding</h2>
<p>De behandeling valt onder de basisverzekering (gespecialiseerde GGZ); uw eigen risico is van toepassing. Een verwijsbrief van de huisarts is verplicht.</p>
<h2>Wachttijd</h2>
<p>Actuele wachttijd tot intake: ongeveer 9 weken (peildatum 1 januari 2027).</p>
<p><a class="btn" href="/aanmelden">Aanmelden als verwijzer</a></p>
</main>
<footer>Kliniek Helder Hoofd B.V. &middot; Maliebaan 0, Utrecht &middot; <a href="/klachtenregeling">Klachtenregeling</a> &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie-nl")

p("h15731", "https://clinicanovaaurora.example/infusao-de-cetamina", "clinic", False, "pt",
  "brazil-clinic-whatsapp-booking", "Infusão de Cetamina em São Paulo | Clínica Nova Aurora – Moema", """
<header><a href="/">Clínica Nova Aurora</a> <nav><a href="/sobre">Sobre</a> <a href="/tratamentos">Tratamentos</a> <a href="/infusao-de-cetamina">Cetamina</a> <a href="/escetamina">Escetamina</a> <a href="/equipe">Equipe</a> <a href="/contato">Contato</a></nav></header>
<main>
<h1>Infusão de cetamina para depressão resistente</h1>
<p>Na Clínica Nova Aurora, em Moema, a cetamina é aplicada por via endovenosa em ambiente hospitalar-dia, com monitorização contínua por médico anestesiologista e equipe de enfermagem. O tratamento é indicado após avaliação psiquiátrica presencial.</p>
<h2>Como funciona</h2>
<ul>
<li>Consulta de avaliação com psiquiatra da clínica (presencial).</li>
<li>Protocolo inicial de 6 sessões em 3 semanas, cada uma com cerca de 40 minutos de infusão e 1 hora de recuperação.</li>
<li>É obrigatório vir com acompanhante.</li>
</ul>
<h2>Investimento</h2>
<p>Consulta de avaliação: R$ 650. Sessão de infusão: R$ 1.400. Pacote com 6 sessões: R$ 7.800 (parcelamento em até 10x no cartão). Emitimos nota fiscal para solicitação de reembolso ao convênio.</p>
<p><a class="wpp" href="https://wa.me/5511900000001?text=Ol%C3%A1%2C%20quero%20agendar%20uma%20avalia%C3%A7%C3%A3o">&#128172; Agende sua avaliação pelo WhatsApp</a></p>
<p class="rt">Responsável técnico: Dra. Paula Menezes &ndash; CRM-SP 000001 &middot; RQE Psiquiatria 00001</p>
</main>
<footer>Clínica Nova Aurora &middot; Av. Ibirapuera, 0000 &ndash; Moema, São Paulo &middot; &copy; 2027</footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- informational (9)

p("h15732", "https://valleyherald.example/news/2027/01/14/ketamine-online-sellers-mail-seizures", "informational", False, "en",
  "news-article-long-chrome", "Ketamine by mail: seizures climb as online sellers target people seeking depression relief | Valley Herald", """
<header>
<a href="/" class="masthead">The Valley Herald</a>
<nav><a href="/news">News</a> <a href="/news/local">Local</a> <a href="/news/health">Health</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/sports">Sports</a> <a href="/obituaries">Obituaries</a> <a href="/eedition">E-Edition</a> <a href="/subscribe" class="btn">Subscribe &ndash; $1 for 6 months</a></nav>
</header>
<article>
<p class="section">Health</p>
<h1>Ketamine by mail: seizures climb as online sellers target people seeking depression relief</h1>
<p class="byline">By Maria Delgado, Staff Writer &middot; Published Jan. 14, 2027, 6:00 a.m. &middot; Updated 9:42 a.m.</p>
<figure><img src="/img/2027/01/ketamine-envelopes.jpg" alt=""><figcaption>Envelopes containing ketamine intercepted at an international mail facility. (Photo courtesy U.S. Customs and Border Protection)</figcaption></figure>
<p>The website looks like a pharmacy. It has a blue cross logo, a &ldquo;licensed pharmacist&rdquo; chat window and customer reviews. But the site, one of dozens that appear when you search &ldquo;buy ketamine online,&rdquo; asks for no prescription, takes payment in Bitcoin or Cash App, and promises to &ldquo;reship for free&rdquo; if customs seizes the package.</p>
<p>Federal officials say packages like these are turning up in growing numbers. Customs officers at the region's international mail facility seized 412 parcels containing ketamine in fiscal year 2026, up from 260 the year before, according to figures shared with the Herald. Most were small envelopes containing between 1 and 10 grams of crystal, or vials labeled as veterinary ketamine shipped from India, the Netherlands and Spain.</p>
<p>&ldquo;People are not buying this to party, at least not all of them,&rdquo; said a supervisory officer who asked not to be named because he was not authorized to speak publicly. &ldquo;We see notes in the packages &ndash; &lsquo;for your depression, start with 50 mg.&rsquo; These sellers know exactly who they are marketing to.&rdquo;</p>
<h2>&lsquo;I couldn't afford the clinic&rsquo;</h2>
<p>A 34-year-old teacher from Fresno, who asked that her name not be used, told the Herald she spent $180 on five grams from a site called &ldquo;KetaPure Direct&rdquo; last spring after reading that a series of infusions at a local clinic would cost about $3,000. &ldquo;It came in a plain bubble mailer in three days,&rdquo; she said. &ldquo;I had no idea what dose to take. I ended up in the ER after mixing it with my sleep medication.&rdquo;</p>
<p>Street prices quoted on such sites range from about $25 to $40 per gram, while Ketalar vials sell for $65 to $95. The Herald attempted to contact three of the sites through their listed Telegram and WhatsApp accounts; one replied with a price list and an offer of a &ldquo;first-time buyer discount,&rdquo; the others did not respond.</p>
<h2>Legitimate care looks different</h2>
<p>Dr. Naveen Rao, a psychiatrist at Valley Medical Center, said legitimate ketamine treatment always begins with an evaluation. &ldquo;Whether it's an infusion clinic, a Spravato center, or a telehealth company, a licensed clinician should be assessing you, checking your blood pressure, and following up,&rdquo; he said. &ldquo;If the only thing standing between you and the drug is a checkout button, that's not treatment.&rdquo;</p>
<p>The FDA warned in 2023 about risks of compounded ketamine used at home without monitoring. The DEA lists ketamine as a Schedule III controlled substance; selling it without a registration is a federal crime.</p>
<p>Experts say warning signs of illegal sellers include no requirement for a prescription or video visit, payment only in cryptocurrency or gift cards, &ldquo;stealth&rdquo; shipping, and ordering through messaging apps.</p>
<p class="tagline">If you or someone you know is struggling, call or text 988, the Suicide &amp; Crisis Lifeline.</p>
</article>
<aside class="related"><h3>More in Health</h3><a href="/news/2027/01/12/flu-season-peak">Flu season nears peak as hospitals add beds</a> <a href="/news/2027/01/09/county-opens-new-crisis-center">County opens new mental health crisis center</a> <a href="/news/2026/12/30/glp1-shortage-ends">GLP-1 shortage officially ends</a></aside>
<footer><p>&copy; 2027 The Valley Herald &middot; <a href="/privacy">Privacy Policy</a> &middot; <a href="/terms">Terms of Service</a> &middot; <a href="/do-not-sell">Do Not Sell or Share My Personal Information</a></p></footer>
""", noise="cookie")

p("h15733", "https://drugfacts-agency.example/factsheets/ketamine", "informational", False, "en",
  "government-fact-sheet-txt", "Drug Fact Sheet: Ketamine", """
DRUG FACT SHEET — KETAMINE

What is it? Ketamine is a dissociative anesthetic that has some hallucinogenic effects. It distorts perceptions of sight and sound and makes the user feel disconnected and not in control. It is an injectable, short-acting anesthetic for use in humans and animals.

What are common street names? Cat Valium, Jet K, K, Kit Kat, Purple, Special K, Special La Coke, Super Acid, Super K, Vitamin K.

How is it abused? Ketamine is a white powder or clear liquid. It is often snorted or smoked with marijuana or tobacco products, or injected. It has been used to facilitate sexual assault.

What is its legal status in the United States? Ketamine is a Schedule III substance under the Controlled Substances Act. Esketamine nasal spray (Spravato) is approved for treatment-resistant depression and may only be administered in a certified healthcare setting.

Revised January 2027.
""", ext="txt")

p("h15734", "https://saferparty-collective.example/substances/ketamine", "informational", False, "en",
  "harm-reduction-medium", "Ketamine – Safer Use Guide | SaferParty Collective", """
<header><a href="/">SaferParty Collective</a> <nav><a href="/substances">Substances</a> <a href="/drug-checking">Drug checking</a> <a href="/combos">Combinations</a> <a href="/alerts">Alerts</a> <a href="/donate">Donate</a></nav></header>
<main>
<h1>Ketamine</h1>
<p class="alert">&#9888; Alert (Jan 2027): several samples sold as ketamine in our region were found to contain 2F-deschloroketamine or 3-MeO-PCP, which last longer and can be much stronger. Test before you use.</p>
<h2>Effects</h2>
<p>Low doses: feeling drunk or floaty, numbness, euphoria. Higher doses: dissociation, visual distortions, difficulty moving or speaking &ndash; the &ldquo;K-hole&rdquo;. Snorted, effects start in 5&ndash;15 minutes and last about 45&ndash;90 minutes.</p>
<h2>Risks</h2>
<ul>
<li><strong>Accidents</strong>: falls, drowning, hypothermia &ndash; numbness means you may not notice injuries.</li>
<li><strong>Mixing</strong>: combining with alcohol, GHB, opioids or benzos can stop your breathing. Don't.</li>
<li><strong>Bladder damage</strong>: frequent use can cause ketamine uropathy &ndash; pain when peeing, blood in urine, needing to go all the time. See a doctor early; stopping use helps.</li>
<li><strong>Dependence</strong>: tolerance builds fast; daily use is a warning sign.</li>
</ul>
<h2>Reduce the risk</h2>
<ul>
<li>Test your substance with a reagent kit (Mandelin/Morris) or use a drug-checking service.</li>
<li>Start low, go slow: a small bump, then wait at least 30 minutes.</li>
<li>Use sitting or lying down, with a sober friend nearby. Don't use in water or near roads.</li>
<li>Don't share straws; use your own clean surface.</li>
<li>Take breaks of weeks between uses to protect your bladder.</li>
</ul>
<p>Free, anonymous drug checking every Thursday 6&ndash;9pm at our drop-in. Results within an hour. <a href="/drug-checking">More info</a>.</p>
</main>
<footer>SaferParty Collective is a registered nonprofit. We do not sell or supply drugs. &copy; 2027</footer>
""")

p("h15735", "https://morrisonlegaldefense.example/practice-areas/drug-crimes/ketamine-charges", "informational", False, "en",
  "law-firm-page", "Ketamine Possession & Distribution Defense Lawyer | Morrison Legal Defense, Miami", """
<div class="topbar">Free consultation 24/7: (305) 555-0110 &middot; Se habla español</div>
<header><a href="/">Morrison Legal Defense</a> <nav><a href="/practice-areas">Practice Areas</a> <a href="/results">Case Results</a> <a href="/attorneys">Attorneys</a> <a href="/reviews">Reviews</a> <a href="/blog">Blog</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Charged With a Ketamine Offense in Florida?</h1>
<p>Ketamine is a Schedule III controlled substance under both federal law and Florida Statute &sect; 893.03. Possession without a valid prescription is a third-degree felony in Florida, punishable by up to five years in prison and a $5,000 fine. Possession with intent to sell, or ordering ketamine through the mail from online sellers, can bring federal charges and far harsher penalties.</p>
<h2>Common ketamine cases we defend</h2>
<ul>
<li>Simple possession arising from traffic stops or festivals</li>
<li>Packages intercepted by customs or the U.S. Postal Inspection Service (&ldquo;controlled deliveries&rdquo;)</li>
<li>Possession with intent to distribute / trafficking</li>
<li>Diversion cases involving veterinary or medical staff</li>
<li>Prescription fraud connected to ketamine clinics or telehealth</li>
</ul>
<h2>Possible defenses</h2>
<p>Illegal search and seizure, lack of knowledge of a package's contents, lab testing errors, valid prescription, and entrapment. First-time offenders may qualify for pretrial intervention (PTI) or drug court, which can lead to dismissal.</p>
<h2>Recent results</h2>
<p>State v. J.R. (2026) &ndash; ketamine possession, evidence suppressed, case dismissed. U.S. v. A.M. (2025) &ndash; mailed ketamine parcel, charge reduced to misdemeanor.</p>
<p><a class="btn" href="/contact">Get a free case review</a></p>
<p class="disclaimer">Attorney advertising. Past results do not guarantee a similar outcome.</p>
</main>
<footer>&copy; 2027 Morrison Legal Defense, P.A. &middot; 100 SE 2nd St, Miami FL</footer>
""")

p("h15736", "https://newhorizonsrecovery.example/addiction/ketamine", "informational", False, "en",
  "rehab-center-page", "Ketamine Addiction Treatment | New Horizons Recovery Center", """
<header><a href="/">New Horizons Recovery Center</a> <nav><a href="/addiction">What we treat</a> <a href="/programs">Programs</a> <a href="/insurance">Verify insurance</a> <a href="/admissions">Admissions</a> <a href="/contact">Contact</a></nav> <a class="phone" href="tel:+18005550199">24/7 Helpline (800) 555-0199</a></header>
<main>
<h1>Ketamine Addiction and Abuse Treatment</h1>
<p>Ketamine is increasingly discussed as a mental health treatment, but recreational and unsupervised use &ndash; including ketamine bought online or on the street &ndash; can lead to tolerance, psychological dependence and serious bladder and kidney damage. At New Horizons we help adults stop using ketamine and rebuild their lives.</p>
<h2>Signs of ketamine addiction</h2>
<ul><li>Using more often or in larger amounts than intended</li><li>Cravings and failed attempts to cut down</li><li>Urinary pain, frequency or blood in urine</li><li>Memory problems and withdrawal from friends and work</li></ul>
<h2>Our programs</h2>
<p>Medical detox, residential treatment (30, 60 and 90 days), partial hospitalization (PHP), intensive outpatient (IOP) and alumni aftercare. We coordinate with urologists for patients with ketamine-related bladder damage.</p>
<p>We accept most major insurance plans. <a href="/insurance">Verify your benefits in 2 minutes</a>.</p>
</main>
<footer>&copy; 2027 New Horizons Recovery Center &middot; Joint Commission accredited &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h15737", "https://forum.treatmentstories.example/t/troches-vs-iv-my-experience-after-a-year/48210", "informational", False, "en",
  "forum-thread-nav-heavy-partial", "Troches vs IV - my experience after a year - Ketamine Therapy - TreatmentStories Forum", """
<div class="d-header"><a href="/">TreatmentStories</a> <a href="/latest">Latest</a> <a href="/top">Top</a> <a href="/categories">Categories</a> <a href="/c/ketamine-therapy">Ketamine Therapy</a> <a href="/c/tms">TMS</a> <a href="/c/ssri">SSRIs &amp; SNRIs</a> <a href="/c/off-topic">Off-topic</a> <a href="/faq">Guidelines</a> <a href="/login">Log In</a> <a href="/signup">Sign Up</a></div>
<div class="topic">
<h1>Troches vs IV &ndash; my experience after a year</h1>
<div class="post" id="post_1"><span class="user">quietmornings</span> <span class="date">Jan 11, 2027</span>
<p>Did 6 IV infusions at a clinic in Denver in late 2025 ($2,700 total) then switched to an at-home telehealth program last spring. Honestly both helped, the IV more dramatically. At-home is way cheaper per session but the first eval was thorough, they made me get my BP under control first. Anyone else compare?</p></div>
<div class="post" id="post_2"><span class="user">saltandstone</span> <span class="date">Jan 11, 2027</span>
<p>Similar. The at-home program prescriber actually dropped my dose after I reported dizziness. For me Spravato through insurance ended up being the cheapest by far ($20 copay) but it's twice a week at the center and you sit there 2 hours.</p></div>
<div class="post" id="post_3"><span class="user">k_curious22</span> <span class="date">Jan 12, 2027</span>
<p>has anyone tried those sites that sell it without a prescription? saw one with nasal spray for like $180</p></div>
<div class="post" id="post_4"><span class="user">mod_ellen</span> <span class="date">Jan 12, 2027</span> <span class="badge">Moderator</span>
<p>Reminder of rule 4: no sourcing talk, and no links to sellers. Those sites are illegal and there's no way to know what's in what they send you &ndash; there have been reports of people receiving 2F-DCK or nothing at all. Please talk to a clinic or a telehealth provider that does a real evaluation. Post edited.</p></div>
<div class="post" id="post_5"><span class="user">quietmornings</span> <span class="date">Jan 12, 2027</span>
<p>+1 to what Ellen said. Also, integration therapy made a bigger difference for me than the route.</p></div>
</div>
<div class="suggested"><h3>Suggested topics</h3>
<a href="/t/spravato-prior-auth-denied-what-now/48177">Spravato prior auth denied, what now?</a> (12 replies)<br>
<a href="/t/bladder-issues-at-therapeutic-doses/47920">Bladder issues at therapeutic doses?</a> (31 replies)<br>
<a href="/t/best-playlists-for-sessions/47511">Best playlists for sessions</a> (88 replies)<br>
<a href="/t/booster-frequency/46803">How often do you do boosters?</a> (19 replies)
</div>
""")

p("h15738", "https://drogeninfo-portal.example/substanzen/ketamin", "informational", False, "de",
  "german-drug-info", "Ketamin – Wirkung, Risiken und Safer Use | Drogeninfo-Portal", """
<header><a href="/">Drogeninfo-Portal</a> <nav><a href="/substanzen">Substanzlexikon</a> <a href="/mischkonsum">Mischkonsum</a> <a href="/beratung">Beratung finden</a> <a href="/drug-checking">Drug-Checking</a> <a href="/warnungen">Warnungen</a></nav></header>
<main>
<h1>Ketamin</h1>
<p class="kurz">Ketamin ist ein Narkosemittel aus der Gruppe der Dissoziativa. In der Medizin wird es in der Notfall- und Tiermedizin eingesetzt, das Enantiomer Esketamin auch als Nasenspray gegen schwere Depressionen. Als Partydroge wird es meist als weißes Pulver geschnupft.</p>
<h2>Rechtlicher Status</h2>
<p>In Deutschland ist Ketamin ein verschreibungspflichtiges Arzneimittel, unterliegt aber nicht dem Betäubungsmittelgesetz. Die Abgabe ohne Rezept und der Handel außerhalb von Apotheken sind nach dem Arzneimittelgesetz strafbar. Ketamin-Analoga wie 2F-DCK oder DCK fallen unter das Neue-psychoaktive-Stoffe-Gesetz (NpSG).</p>
<h2>Wirkung</h2>
<p>Je nach Dosis Rauschgefühl, Körperlosigkeit, veränderte Wahrnehmung bis hin zum &bdquo;K-Hole&ldquo; mit starker Dissoziation. Wirkungseintritt nach dem Sniefen nach 5&ndash;15 Minuten, Dauer etwa eine Stunde.</p>
<h2>Risiken</h2>
<ul><li>Unfälle durch Bewegungs- und Orientierungsstörungen</li><li>Lebensgefahr bei Mischkonsum mit Alkohol, GHB/GBL oder Opioiden</li><li>Blasenschäden (Ketamin-Zystitis) bei häufigem Konsum</li><li>Psychische Abhängigkeit</li></ul>
<h2>Safer Use</h2>
<p>Nicht allein konsumieren, niedrig dosieren, keine Mischungen, Röhrchen nicht teilen. Substanzen in einem Drug-Checking-Angebot testen lassen &ndash; in Berlin, Thüringen und weiteren Bundesländern gibt es inzwischen legale Angebote.</p>
<p class="hinweis">Online-Shops, die Ketamin &bdquo;ohne Rezept&ldquo; anbieten, handeln illegal. Die gelieferte Ware ist oft gestreckt oder eine andere Substanz.</p>
</main>
<footer>Ein Angebot der Landesstelle für Suchtfragen &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h15739", "https://lequotidien-regional.example/societe/sante/2027/01/13/ketamine-usage-festif-hausse", "informational", False, "fr",
  "french-news-medium", "Kétamine : l'usage festif en forte hausse, les addictologues s'inquiètent | Le Quotidien Régional", """
<header><a href="/">Le Quotidien Régional</a> <nav><a href="/actualite">Actualité</a> <a href="/societe">Société</a> <a href="/societe/sante">Santé</a> <a href="/economie">Économie</a> <a href="/sport">Sport</a> <a href="/abonnement">S'abonner</a></nav></header>
<article>
<h1>Kétamine : l'usage festif en forte hausse, les addictologues s'inquiètent</h1>
<p class="chapo">Longtemps cantonnée aux free parties, la kétamine s'est installée dans les soirées étudiantes et les clubs. Les centres d'addictologie de la région voient arriver des patients de plus en plus jeunes, parfois avec des lésions de la vessie.</p>
<p class="auteur">Par Claire Fontaine &middot; Publié le 13 janvier 2027 à 07h15</p>
<p>&laquo; Il y a cinq ans, la kétamine, c'était marginal. Aujourd'hui, c'est la deuxième demande de prise en charge après le cannabis chez nos moins de 25 ans &raquo;, constate le Dr Hervé Lamotte, addictologue au CHU. Selon les derniers chiffres de l'observatoire national des drogues, l'expérimentation chez les 18-25 ans aurait presque doublé en quatre ans.</p>
<p>Le prix a fortement baissé : entre 20 et 40 euros le gramme, selon les consommateurs interrogés, souvent commandé sur des messageries chiffrées comme Telegram ou sur des sites qui promettent une &laquo; livraison discrète en 48 h &raquo;. Certains de ces sites se présentent comme des pharmacies en ligne.</p>
<p>Les urologues alertent sur les cystites à la kétamine, qui peuvent conduire, dans les cas les plus graves, à une ablation de la vessie. &laquo; Ce sont des jeunes de 22 ans qui urinent toutes les dix minutes &raquo;, résume une urologue.</p>
<p>Parallèlement, la kétamine et l'eskétamine sont utilisées à l'hôpital contre la dépression résistante et certaines douleurs chroniques. &laquo; Il ne faut pas confondre un traitement encadré, à l'hôpital, avec la consommation de produits achetés en ligne &raquo;, insiste le Dr Lamotte.</p>
<p><em>Besoin d'aide ? Drogues Info Service : 0 800 23 13 13 (appel anonyme et gratuit).</em></p>
</article>
<footer>&copy; Le Quotidien Régional 2027 &middot; <a href="/cgu">CGU</a> &middot; <a href="/confidentialite">Confidentialité</a></footer>
""", noise="cookie-fr")

p("h15740", "https://enciclopedia-farmaci.example/wiki/Ketamina", "informational", False, "it",
  "italian-encyclopedia-reference", "Ketamina – Enciclopedia dei farmaci", """
<div id="nav"><a href="/">Pagina principale</a> | <a href="/wiki/Speciale:Casuale">Una voce a caso</a> | <a href="/wiki/Categoria:Anestetici">Anestetici</a> | <a href="/wiki/Categoria:Antidepressivi">Antidepressivi</a></div>
<div id="content">
<h1>Ketamina</h1>
<table class="infobox">
<tr><th>Nome IUPAC</th><td>(RS)-2-(2-clorofenil)-2-(metilammino)cicloesanone</td></tr>
<tr><th>Formula</th><td>C<sub>13</sub>H<sub>16</sub>ClNO</td></tr>
<tr><th>Classe</th><td>Anestetico dissociativo, antagonista del recettore NMDA</td></tr>
<tr><th>Vie di somministrazione</th><td>endovenosa, intramuscolare, intranasale, orale</td></tr>
<tr><th>Emivita</th><td>2&ndash;3 ore</td></tr>
</table>
<p>La <b>ketamina</b> è un farmaco anestetico generale appartenente alla classe delle arilcicloesilammine, sintetizzato nel 1962 da Calvin Stevens. Agisce principalmente come antagonista non competitivo del recettore NMDA del glutammato.</p>
<h2>Usi clinici</h2>
<p>È impiegata per l'induzione e il mantenimento dell'anestesia, nella sedazione procedurale, nella medicina d'urgenza e in medicina veterinaria. A dosi subanestetiche è usata nel trattamento del dolore acuto e cronico. L'enantiomero S, l'esketamina, è autorizzato in Italia come spray nasale per la depressione resistente al trattamento, da somministrare in strutture sanitarie.</p>
<h2>Effetti avversi</h2>
<p>Reazioni di emergenza (allucinazioni, stati confusionali), aumento della pressione arteriosa e della frequenza cardiaca, nausea. L'uso ricreativo cronico è associato a cistite ulcerativa e a deficit cognitivi.</p>
<h2>Stato legale</h2>
<p>In Italia la ketamina è inserita nelle tabelle degli stupefacenti (Tabella I e sezione A della tabella dei medicinali) del DPR 309/1990.</p>
<h2>Note</h2>
<ol><li>Domino EF. Taming the ketamine tiger. Anesthesiology. 2010.</li><li>Krystal JH et al. Ketamine: a paradigm shift for depression research and treatment. Neuron. 2019.</li></ol>
<p class="catlinks">Categorie: Anestetici generali | Antagonisti NMDA | Farmaci essenziali OMS</p>
</div>
""")

save(OUT, R)
