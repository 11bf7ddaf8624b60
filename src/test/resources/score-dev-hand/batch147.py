# Batch 147 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "A fair sample, winter 2026". An ordinary, fair sample of ketamine-related pages as they turn
# up on the web in every category and its common forms, US and Europe, long and short, tidy and messy;
# no particular trick in mind. Sellers: research-chemical shop, analogue (2F-DCK / DCK) lab shop,
# affiliate "where to buy" doorway, questionnaire-only "telehealth" front, marketplace listing, social
# bio, no-Rx online pharmacy with human and veterinary vials, a bot-check wall (url-only), and shops or
# ads in es/de/fr/nl/pt/it. Telehealth: at-home programme landing page, eligibility FAQ, virtual
# psychiatry that refers for Spravato, pricing/membership checkout, clinician roster, shipping policy
# snippet, provider blog post, German and Brazilian video-consultation services. Clinics: IV infusion
# clinic home page, REMS Spravato centre, KAP practice, billing/forms page, Spanish pain clinic, French
# CHU day hospital, Italian outpatient service, Dutch outpatient clinic. Informational: local news,
# compounding pharmacy (Rx only), harm reduction, rehab centre, forum thread, Spanish news, German
# encyclopaedia excerpt, French agency warning, Portuguese clinical-trial recruitment.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, nl 2, pt 3, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), medium pages, short
# pages, navigation-heavy pages, partial pages (cut off mid-page), and a few plain-text excerpts.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch147.py (writes batch147/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch147")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h14701", "https://pure-dissociatives-lab.example/product/ketamine-hcl-crystal/", "seller", True, "en",
  "rc-shop-product-long", "Ketamine HCl Crystal (99.8%) – Pure Dissociatives Lab", """
<div class="announce">&#9733; WINTER SALE &ndash; 20% off all orders with code FROST26 &middot; Worldwide stealth shipping &middot; Reship guarantee &#9733;</div>
<header>
<a href="/" class="brand"><img src="/wp-content/uploads/2024/03/logo-pdl.png" alt="Pure Dissociatives Lab"></a>
<form class="search" action="/"><input name="s" placeholder="Search products..."><button>Search</button></form>
<ul class="menu">
<li><a href="/">Home</a></li>
<li><a href="/shop/">Shop</a>
  <ul class="sub"><li><a href="/product-category/dissociatives/">Dissociatives</a></li><li><a href="/product-category/psychedelics/">Psychedelics</a></li><li><a href="/product-category/benzos/">Benzodiazepines</a></li><li><a href="/product-category/opioids/">Pain Relief</a></li><li><a href="/product-category/stimulants/">Stimulants</a></li></ul></li>
<li><a href="/shipping-policy/">Shipping</a></li>
<li><a href="/reviews/">Reviews</a></li>
<li><a href="/faq/">FAQ</a></li>
<li><a href="/contact-us/">Contact</a></li>
<li><a href="/my-account/">My Account</a></li>
<li><a href="/cart/">Cart <span class="count">0</span></a></li>
</ul>
</header>
<main>
<nav class="woocommerce-breadcrumb"><a href="/">Home</a> / <a href="/product-category/dissociatives/">Dissociatives</a> / Ketamine HCl Crystal</nav>
<div class="product">
<div class="images"><img src="/wp-content/uploads/2025/11/ketamine-crystal-shards.jpg" alt="ketamine crystal shards"></div>
<div class="summary entry-summary">
<h1 class="product_title">Ketamine HCl Crystal (99.8%)</h1>
<div class="rating">&#9733;&#9733;&#9733;&#9733;&#9733; <a href="#reviews">(214 customer reviews)</a></div>
<p class="price"><span class="amount">$120.00</span> &ndash; <span class="amount">$1,450.00</span></p>
<div class="short-description">
<p>Premium pharmaceutical-grade ketamine hydrochloride in large, glassy needle shards. Racemic, lab tested, no cut. Every batch ships with our in-house HPLC report.</p>
</div>
<table class="variations"><tr><td><label for="qty">Quantity</label></td><td>
<select id="qty" name="attribute_quantity">
<option>Choose an option</option>
<option>5 grams &ndash; $120</option>
<option>10 grams &ndash; $210</option>
<option>28 grams &ndash; $480</option>
<option>56 grams &ndash; $850</option>
<option>100 grams &ndash; $1,450</option>
</select></td></tr></table>
<div class="quantity"><input type="number" value="1" min="1"></div>
<button type="submit" class="single_add_to_cart_button">Add to cart</button>
<div class="product_meta"><span>SKU: PDL-KET-01</span> <span>Category: <a href="/product-category/dissociatives/">Dissociatives</a></span> <span>Tags: ketamine, k, special k, ketamine for sale, buy ketamine online</span></div>
<div class="trust-badges">
<img src="/img/btc.png" alt="Bitcoin"> <img src="/img/xmr.png" alt="Monero"> <img src="/img/usdt.png" alt="USDT"> <img src="/img/zelle.png" alt="Zelle"> <img src="/img/cashapp.png" alt="Cash App">
<p>10% extra discount when you pay with Bitcoin or Monero.</p>
</div>
</div>
</div>
<div class="woocommerce-tabs">
<ul class="tabs"><li><a href="#tab-description">Description</a></li><li><a href="#tab-additional">Additional information</a></li><li><a href="#reviews">Reviews (214)</a></li></ul>
<div id="tab-description">
<h2>Description</h2>
<p>Ketamine is a dissociative anaesthetic first synthesised in 1962 and used in human and veterinary medicine. In recent years it has become widely studied for its rapid effects on mood. Our ketamine HCl is sourced from a GMP facility and recrystallised in-house for maximum clarity.</p>
<p>Where can I buy ketamine online? Right here. Pure Dissociatives Lab has been serving customers in the USA, Canada, UK, Australia and the EU since 2019. We are one of the few vendors who offer a full reship or refund if your package is seized or lost in transit.</p>
<h3>Why buy ketamine from us?</h3>
<ul>
<li>Discreet, vacuum-sealed, odour-proof packaging with no company name</li>
<li>Domestic shipping inside the USA (2&ndash;4 days), EU warehouse for European orders</li>
<li>No prescription needed &ndash; no questions asked</li>
<li>24/7 support on Telegram and Wickr</li>
<li>Free samples with orders over $500</li>
</ul>
<p><em>Disclaimer: all products are sold for laboratory research purposes only. By ordering you confirm you are over 21 years of age.</em></p>
</div>
<div id="tab-additional"><table><tr><th>Weight</th><td>N/A</td></tr><tr><th>Purity</th><td>99.8% (HPLC)</td></tr><tr><th>Form</th><td>Crystal / needles</td></tr><tr><th>Origin</th><td>EU</td></tr></table></div>
<div id="reviews">
<h2>214 reviews for Ketamine HCl Crystal (99.8%)</h2>
<div class="review"><strong>mike_r</strong> &ndash; November 29, 2025<p>Arrived in 3 days to Ohio, nicely packed. Real deal, clean shards. Will order again.</p></div>
<div class="review"><strong>Sanne</strong> &ndash; November 14, 2025<p>Took 9 days to Netherlands but support on telegram kept me updated. 5 stars.</p></div>
<div class="review"><strong>J.</strong> &ndash; October 30, 2025<p>First package got stuck at customs, they reshipped free. legit vendor.</p></div>
</div>
</div>
<section class="related"><h2>Related products</h2>
<ul><li><a href="/product/2-fdck-crystal/">2-FDCK Crystal</a> $90.00 &ndash; $980.00</li><li><a href="/product/ketamine-nasal-spray-10ml/">Ketamine Nasal Spray 10 ml</a> $95.00</li><li><a href="/product/ketalar-50mg-ml/">Ketalar 50 mg/ml vials</a> $160.00 &ndash; $700.00</li><li><a href="/product/dck-powder/">Deschloroketamine (DCK) Powder</a> $85.00</li></ul></section>
</main>
<footer>
<div class="cols"><div><h4>Information</h4><a href="/about-us/">About Us</a> <a href="/shipping-policy/">Shipping Policy</a> <a href="/refund_returns/">Refund &amp; Returns</a> <a href="/privacy-policy/">Privacy Policy</a></div>
<div><h4>Contact</h4><p>Telegram: @puredisso_lab<br>Email: orders@pure-dissociatives-lab.example</p></div></div>
<p>&copy; 2026 Pure Dissociatives Lab. All rights reserved.</p>
</footer>
""", noise="cookie")

p("h14702", "https://synthetica-reagents.example/catalog/arylcyclohexylamines/2f-dck", "seller", True, "en",
  "analogue-lab-shop-medium", "2F-DCK (2-Fluorodeschloroketamine) | Synthetica Reagents", """
<header><a href="/" class="logo">SYNTHETICA<span>reagents</span></a>
<nav><a href="/catalog">Catalog</a> | <a href="/catalog/arylcyclohexylamines">Arylcyclohexylamines</a> | <a href="/catalog/tryptamines">Tryptamines</a> | <a href="/catalog/cathinones">Cathinones</a> | <a href="/coa">Certificates of Analysis</a> | <a href="/wholesale">Wholesale</a> | <a href="/basket">Basket</a></nav></header>
<main>
<h1>2F-DCK</h1>
<p class="sub">2-(2-fluorophenyl)-2-(methylamino)cyclohexan-1-one &middot; CAS 111982-50-4 &middot; Molar mass 221.27 g/mol</p>
<table class="spec">
<tr><th>Appearance</th><td>White crystalline powder</td></tr>
<tr><th>Purity</th><td>&gt;99% (GC-MS, NMR)</td></tr>
<tr><th>Solubility</th><td>Soluble in water, ethanol</td></tr>
<tr><th>Storage</th><td>Cool, dry, protected from light</td></tr>
</table>
<h2>Pricing</h2>
<table class="prices">
<tr><th>Pack size</th><th>Price</th><th></th></tr>
<tr><td>1 g</td><td>&euro;29.00</td><td><button>Add to basket</button></td></tr>
<tr><td>5 g</td><td>&euro;110.00</td><td><button>Add to basket</button></td></tr>
<tr><td>10 g</td><td>&euro;190.00</td><td><button>Add to basket</button></td></tr>
<tr><td>25 g</td><td>&euro;390.00</td><td><button>Add to basket</button></td></tr>
<tr><td>100 g</td><td>&euro;1.150,00</td><td><button>Add to basket</button></td></tr>
</table>
<p>Also available as 2F-DCK pellets (50 mg, 10 pcs &ndash; &euro;35) and blotters.</p>
<h2>Product information</h2>
<p>2F-DCK is an arylcyclohexylamine research chemical structurally related to ketamine, in which the chlorine atom is replaced by fluorine. It is offered as an analytical reference standard for forensic and research applications.</p>
<p><strong>This product is NOT for human consumption.</strong> It is sold strictly for in-vitro research. We do not provide dosage information. Orders mentioning consumption will be cancelled.</p>
<h2>Shipping &amp; payment</h2>
<p>Dispatched from within the EU within 24 h on working days. Tracked and untracked options. All parcels discreetly packaged. Payment: SEPA bank transfer, Bitcoin, Litecoin, Monero. Crypto orders receive 10% off automatically at checkout.</p>
</main>
<footer><p>Synthetica Reagents &middot; For laboratory use only &middot; <a href="/terms">Terms</a> &middot; <a href="/legal">Legal status by country</a></p></footer>
""")

p("h14703", "https://mindful-healing-guide.example/blog/buy-ketamine-online-2026", "seller", True, "en",
  "affiliate-doorway-blog", "Where to Buy Ketamine Online in 2026: Honest Guide (Tested Vendors)", """
<header><div class="site-title"><a href="/">Mindful Healing Guide</a></div><p class="tagline">Natural &amp; alternative mental health, explained</p>
<nav><a href="/">Home</a> <a href="/category/psychedelics/">Psychedelics</a> <a href="/category/microdosing/">Microdosing</a> <a href="/category/reviews/">Reviews</a> <a href="/about/">About</a></nav></header>
<article>
<h1>Where to Buy Ketamine Online in 2026: Honest Guide (Tested Vendors)</h1>
<p class="meta">By Dana L. &middot; Updated January 4, 2026 &middot; 11 min read &middot; <em>This post contains affiliate links.</em></p>
<p>Ketamine has gone from party drug to one of the most talked-about depression treatments of the decade. Clinics charge $400 to $800 per infusion, and insurance rarely pays. So it's no surprise that more and more people are asking: can I just buy ketamine online?</p>
<p>We spent three months testing vendors so you don't have to. Below is what we found.</p>
<h2>Table of contents</h2>
<ol><li><a href="#what">What is ketamine?</a></li><li><a href="#legal">Is it legal to buy ketamine online?</a></li><li><a href="#best">Best place to buy ketamine online</a></li><li><a href="#scams">How to avoid scams</a></li><li><a href="#faq">FAQ</a></li></ol>
<h2 id="what">What is ketamine?</h2>
<p>Ketamine is an NMDA receptor antagonist originally approved as an anaesthetic. At lower doses it produces dissociation and, for many people, a fast lift in mood that can last days or weeks. Esketamine (Spravato) is the nasal spray version approved for treatment-resistant depression.</p>
<h2 id="legal">Is it legal to buy ketamine online?</h2>
<p>That depends on where you live. In the US it is Schedule III, which technically means you need a prescription. Many of our readers prefer to avoid the hassle of clinics and appointments, and there are vendors who ship discreetly without requiring paperwork. Always check your local laws.</p>
<h2 id="best">Best place to buy ketamine online: our pick</h2>
<div class="vendor-box">
<h3>&#129351; #1 KetaDirect &ndash; Editor's Choice</h3>
<ul><li>Pharma-grade powder, troches and nasal spray</li><li>No prescription required</li><li>Ships USA, UK, EU, AU in stealth packaging</li><li>Accepts Bitcoin, Cash App, gift cards</li><li>Reship policy if seized</li></ul>
<p><strong>Use our code MHG15 for 15% off your first order.</strong></p>
<a class="btn" href="https://go.mindful-healing-guide.example/ketadirect" rel="nofollow sponsored">Visit KetaDirect &rarr;</a>
</div>
<div class="vendor-box">
<h3>#2 Pure Dissociatives Lab</h3>
<p>Great prices on bulk, slightly slower shipping to Europe. Telegram support is very responsive.</p>
<a class="btn" href="https://go.mindful-healing-guide.example/pdl" rel="nofollow sponsored">Check prices &rarr;</a>
</div>
<h2 id="scams">How to avoid scams</h2>
<p>Unfortunately many sites take your money and never ship. Avoid vendors who only accept Western Union, who don't have reviews, or who ask for extra "customs fees" after you pay. Stick with the vendors above &ndash; we have personally received packages from both.</p>
<h2 id="faq">FAQ</h2>
<p><strong>How much does ketamine cost online?</strong> Expect around $20&ndash;$30 per gram for crystal, less in bulk.</p>
<p><strong>Will my package be discreet?</strong> Yes, both vendors use plain envelopes with no reference to the contents.</p>
<p><strong>Is online ketamine the same as clinic ketamine?</strong> Chemically, yes. Clinics use injectable ketamine; vendors mostly sell powder that you can dose yourself at home.</p>
</article>
<aside><h4>Popular posts</h4><ul><li><a href="/blog/microdosing-psilocybin-guide/">Microdosing psilocybin: a beginner's guide</a></li><li><a href="/blog/best-kratom-vendors/">Best kratom vendors reviewed</a></li><li><a href="/blog/ketamine-dosage-chart/">Ketamine dosage chart for depression</a></li></ul></aside>
<footer>&copy; 2026 Mindful Healing Guide. We may earn a commission from purchases made through links on this site. Nothing here is medical advice.</footer>
""", noise="cookie")

p("h14704", "https://ketacare-now.example/start", "seller", True, "en",
  "fake-telehealth-questionnaire", "KetaCare Now – At-Home Ketamine Without the Wait", """
<header><a href="/" class="logo">KetaCare<b>Now</b></a>
<nav><a href="#how">How it works</a> <a href="#pricing">Pricing</a> <a href="#reviews">Reviews</a> <a href="/faq">FAQ</a> <a href="/start" class="cta">Get started</a></nav></header>
<section class="hero">
<h1>Feel better this week. Not in six months.</h1>
<p>Doctor-trusted ketamine troches and nasal spray, delivered to your door in discreet packaging. Skip the waiting rooms, the referrals and the awkward video calls.</p>
<a href="/start/questionnaire" class="btn">Take the 3-minute quiz</a>
<p class="small">&#10003; 96% approval rate &nbsp; &#10003; Ships in 24 h &nbsp; &#10003; No insurance needed</p>
</section>
<section id="how">
<h2>How it works</h2>
<ol>
<li><strong>Answer a few questions.</strong> Tell us about your mood, sleep and goals. It takes about three minutes.</li>
<li><strong>Get approved instantly.</strong> Our system reviews your answers and approves most customers on the spot &ndash; no appointment, no video visit.</li>
<li><strong>Choose your kit.</strong> Troches, rapid-dissolve tablets or nasal spray. Pay by card or crypto.</li>
<li><strong>Delivered in 1&ndash;3 days.</strong> Plain box, no labels, to any US state.</li>
</ol>
</section>
<section id="pricing">
<h2>Simple pricing</h2>
<div class="plan"><h3>Starter</h3><p>8 troches (200 mg)</p><p class="price">$149</p><a href="/checkout?plan=starter">Order now</a></div>
<div class="plan featured"><h3>Most popular</h3><p>16 troches (300 mg) + journal</p><p class="price">$249</p><a href="/checkout?plan=popular">Order now</a></div>
<div class="plan"><h3>Nasal spray</h3><p>10 ml, ~50 sprays</p><p class="price">$219</p><a href="/checkout?plan=spray">Order now</a></div>
<p>Pay with Visa, Mastercard, Bitcoin or USDC. Prefer to talk? Message us on WhatsApp +1 (305) 555-0147.</p>
</section>
<section id="reviews"><h2>Real people. Real relief.</h2>
<blockquote>"I was approved in literally two minutes and had my troches by Thursday." &ndash; Brianna, TX</blockquote>
<blockquote>"Finally something that works without jumping through hoops." &ndash; Kevin, FL</blockquote></section>
<footer><p>KetaCare Now is a wellness brand. Statements have not been evaluated by the FDA. Individual results vary. &copy; 2026</p>
<p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/hipaa">HIPAA notice</a></p></footer>
""")

p("h14705", "http://archetyp-mirror-market.example/listing/88213", "seller", True, "en",
  "marketplace-listing", "Listing: 10g Ketamine S-isomer needles | Mirror Market", """
<div class="topbar">Logged in as <b>guest4471</b> &middot; Balance: 0.0000 XMR &middot; <a href="/orders">Orders</a> &middot; <a href="/messages">Messages (0)</a> &middot; <a href="/logout">Logout</a></div>
<nav class="cats"><a href="/c/drugs">Drugs</a> &rsaquo; <a href="/c/drugs/dissociatives">Dissociatives</a> &rsaquo; <a href="/c/drugs/dissociatives/ketamine">Ketamine</a></nav>
<div class="listing">
<h1>10g Ketamine S-isomer needles &ndash; TOP QUALITY &ndash; FE allowed for 100+ trust</h1>
<table>
<tr><td>Vendor</td><td><a href="/v/DutchDissoc">DutchDissoc</a> (Level 7 &middot; 1,942 sales &middot; 98.7% positive)</td></tr>
<tr><td>Ships from</td><td>Netherlands</td></tr>
<tr><td>Ships to</td><td>Europe, Worldwide</td></tr>
<tr><td>Price</td><td>&euro; 165.00 (0.9312 XMR)</td></tr>
<tr><td>Escrow</td><td>Yes (multisig)</td></tr>
<tr><td>In stock</td><td>43</td></tr>
</table>
<select><option>EU tracked &ndash; &euro;10 &ndash; 3-5 days</option><option>EU untracked letter &ndash; &euro;5</option><option>Worldwide &ndash; &euro;20 &ndash; 7-14 days</option></select>
<button>Buy now</button>
<h2>Description</h2>
<pre>
Back in stock!! Same batch as before, beautiful long needles, S-isomer (esketamine).
Strong, clean, no smell. Tested with reagent kit + lab result available on request.
Vacuum sealed x2, MBB, decoy. Ships Mon-Fri, orders before 14:00 CET go out same day.
Reship 50% for first time NR, 100% for returning customers.
Bulk? Send me a PM. 50g and 100g custom listings available.
PGP key on profile. No PGP = no ship.
</pre>
<h2>Feedback (last 30 days)</h2>
<ul><li>&#x2B; 5/5 "stealth on point, arrived DE in 2 days" &ndash; b***r</li><li>&#x2B; 5/5 "best ket on the market right now" &ndash; k***9</li><li>&#x2212; 2/5 "took 12 days to FR" &ndash; l***e</li></ul>
</div>
<footer>Mirror Market &middot; <a href="/rules">Rules</a> &middot; <a href="/pgp">Verify mirrors</a> &middot; <a href="/support">Support</a></footer>
""")

p("h14706", "https://linktr.example/kplug.uk", "seller", True, "en",
  "social-bio-plain", "kplug.uk | link in bio", """
kplug.uk 🔌❄️
ket 🐴 | carts | shrooms 🍄 | pingers
UK next day 🚚 / EU 2-4 days | stealth 100%
menu updated every friday 👇

🗒️ MENU (DM for prices)
💬 Telegram: t.me/kplug_uk_official
🔐 Signal: kplug.47
📸 Insta backup: @kplug.uk.backup2

✅ proofs & reviews in the channel
❌ no time wasters, no "can u front"
💷 crypto / bank / giftcards accepted
""", ext="txt")

p("h14707", "https://rxmeds-24hr-pharmacy.example/anesthetics/ketalar-ketaset.html", "seller", True, "en",
  "no-rx-online-pharmacy", "Buy Ketalar / Ketaset Injection Online No Prescription – RxMeds 24hr", """
<div class="top">&#128222; Toll free: 1-888-555-0193 &nbsp;|&nbsp; Order status &nbsp;|&nbsp; <b>FREE AIRMAIL on orders over $300</b> &nbsp;|&nbsp; Currency: USD &#9662;</div>
<header><a href="/"><img src="/i/logo.gif" alt="RxMeds 24hr Online Pharmacy"></a>
<ul class="nav"><li><a href="/erectile-dysfunction.html">Erectile Dysfunction</a></li><li><a href="/pain-relief.html">Pain Relief</a></li><li><a href="/anxiety.html">Anxiety</a></li><li><a href="/sleep-aid.html">Sleep Aid</a></li><li><a href="/anesthetics.html">Anesthetics</a></li><li><a href="/weight-loss.html">Weight Loss</a></li><li><a href="/veterinary.html">Pet Meds</a></li></ul></header>
<div class="content">
<h1>Ketalar (Ketamine Hydrochloride Injection)</h1>
<p>Active ingredient: Ketamine &middot; Manufacturer: Par / Pfizer / generic &middot; Availability: <span class="green">In stock</span></p>
<table class="pricelist">
<tr><th>Package</th><th>Per vial</th><th>Price</th><th>Savings</th><th></th></tr>
<tr><td>Ketalar 50 mg/ml &times; 10 ml &times; 2 vials</td><td>$85.00</td><td>$170.00</td><td></td><td><a href="/cart.php?add=k50-2">Add to cart</a></td></tr>
<tr><td>Ketalar 50 mg/ml &times; 10 ml &times; 5 vials</td><td>$74.00</td><td>$370.00</td><td>$55.00</td><td><a href="/cart.php?add=k50-5">Add to cart</a></td></tr>
<tr><td>Ketalar 100 mg/ml &times; 10 ml &times; 5 vials</td><td>$96.00</td><td>$480.00</td><td>$70.00</td><td><a href="/cart.php?add=k100-5">Add to cart</a></td></tr>
<tr><td>Ketaset (veterinary) 100 mg/ml &times; 10 ml &times; 10 vials</td><td>$59.00</td><td>$590.00</td><td>$210.00</td><td><a href="/cart.php?add=kset-10">Add to cart</a></td></tr>
<tr><td>Vetalar-V 100 mg/ml &times; 10 ml &times; 25 vials</td><td>$52.00</td><td>$1,300.00</td><td>$725.00</td><td><a href="/cart.php?add=vet-25">Add to cart</a></td></tr>
</table>
<p class="badges">&#10004; No prescription required &nbsp; &#10004; Overnight delivery available &nbsp; &#10004; 100% money back guarantee &nbsp; &#10004; Secure SSL checkout</p>
<h2>Product description</h2>
<p>Ketalar (ketamine) is a rapid-acting general anaesthetic for induction and maintenance of anaesthesia, used in humans and animals. It is also used off-label for pain and depression. Ketaset and Vetalar are the veterinary brands of the same active ingredient and are ideal for clinics, farms and breeders.</p>
<p>Order Ketalar online from a trusted pharmacy at the lowest price. Our pharmacists process your order within 24 hours. We accept Visa, Mastercard, e-check and Bitcoin.</p>
<h3>Side effects</h3><p>Hallucinations, increased blood pressure, nausea, double vision. Consult your doctor if effects persist.</p>
<h3>Customers also bought</h3><p><a href="/pain-relief/tramadol.html">Tramadol 100mg</a> &middot; <a href="/sleep-aid/zolpidem.html">Zolpidem 10mg</a> &middot; <a href="/anxiety/alprazolam.html">Alprazolam 2mg</a></p>
</div>
<footer><p>RxMeds 24hr &copy; 2011-2026 | <a href="/about.html">About us</a> | <a href="/faq.html">FAQ</a> | <a href="/shipping.html">Shipping</a> | <a href="/affiliates.html">Affiliate program</a></p>
<p><img src="/i/verisign.gif" alt="secured"> <img src="/i/visa-mc.gif" alt="cards"> <img src="/i/ems.gif" alt="EMS"></p></footer>
""")

p("h14708", "https://ketamineshop-direct.example/product/buy-ketamine-hcl-powder-online/", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="main-wrapper" role="main">
<div class="main-content">
<h1 class="zone-name-title h1">ketamineshop-direct.example</h1>
<h2 class="h2" id="challenge-running">Checking if the site connection is secure</h2>
<noscript><div id="challenge-error-title"><div class="h2"><span class="icon-wrapper"><div class="heading-icon warning-icon"></div></span><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></div></noscript>
<div id="challenge-body-text" class="core-msg spacer">ketamineshop-direct.example needs to review the security of your connection before proceeding.</div>
</div>
</div>
<div class="footer" role="contentinfo"><div class="footer-inner"><div class="clearfix diagnostic-wrapper"><div class="ray-id">Ray ID: <code>8f2a6c1d9e0b4471</code></div></div><div class="text-center" id="footer-text">Performance &amp; security by a CDN provider</div></div></div>
""")

p("h14709", "https://farmacia-keta-espana.example/comprar-ketamina-online", "seller", True, "es",
  "spanish-shop-long", "Comprar Ketamina Online en España | Envío discreto 24-48h", """
<header><a href="/" class="logo">KetaEspaña</a>
<nav><a href="/">Inicio</a> <a href="/tienda">Tienda</a> <a href="/comprar-ketamina-online">Ketamina</a> <a href="/mdma">MDMA</a> <a href="/tusi-2cb">Tusi</a> <a href="/envios">Envíos</a> <a href="/contacto">Contacto</a> <a href="/carrito">Carrito (0)</a></nav></header>
<main>
<h1>Comprar ketamina online en España</h1>
<p>¿Buscas dónde comprar ketamina de calidad sin complicaciones? En KetaEspaña llevamos desde 2021 enviando a toda la península, Baleares y Canarias. Producto farmacéutico, cristal de aguja larga, sin cortes.</p>
<div class="productos">
<div class="prod"><h3>Ketamina cristal 1 g</h3><p class="precio">35 €</p><button>Añadir al carrito</button></div>
<div class="prod"><h3>Ketamina cristal 5 g</h3><p class="precio">140 €</p><button>Añadir al carrito</button></div>
<div class="prod"><h3>Ketamina cristal 10 g</h3><p class="precio">240 €</p><button>Añadir al carrito</button></div>
<div class="prod"><h3>Ketamina líquida (Ketolar 50 mg/ml) 5 viales</h3><p class="precio">190 €</p><button>Añadir al carrito</button></div>
</div>
<h2>¿Cómo hacer un pedido?</h2>
<ol><li>Elige el producto y la cantidad.</li><li>Escríbenos por WhatsApp (+34 6xx xxx 147) o Telegram @ketaespana para confirmar stock.</li><li>Paga con Bizum, transferencia o Bitcoin (5% de descuento con cripto).</li><li>Recibe tu paquete en 24-48 h en un sobre neutro, sin remitente.</li></ol>
<h2>Envío discreto garantizado</h2>
<p>Todos los pedidos se envían envasados al vacío y dentro de un embalaje que no indica el contenido. Si tu paquete no llega, te lo reenviamos gratis. No pedimos receta ni datos personales más allá de la dirección de entrega.</p>
<h2>Preguntas frecuentes</h2>
<p><b>¿Es seguro?</b> Llevamos más de 3.000 pedidos entregados. Consulta las opiniones en nuestro canal.</p>
<p><b>¿Hacéis entregas en mano?</b> Sí, en Madrid, Barcelona y Valencia, consúltanos.</p>
<p><b>¿Puedo pagar contra reembolso?</b> Solo para clientes con al menos dos pedidos anteriores.</p>
</main>
<footer><p>© 2026 KetaEspaña · <a href="/aviso-legal">Aviso legal</a> · <a href="/privacidad">Privacidad</a> · Solo mayores de 18 años.</p></footer>
""", noise="cookie-es")

p("h14710", "https://chem-versand24.example/de/ketamin-kaufen", "seller", True, "de",
  "german-shop-medium", "Ketamin kaufen – schneller & diskreter Versand | ChemVersand24", """
<header><a href="/de/" class="logo">ChemVersand24</a>
<nav><a href="/de/">Startseite</a> · <a href="/de/shop/">Shop</a> · <a href="/de/dissoziativa/">Dissoziativa</a> · <a href="/de/research-chemicals/">Research Chemicals</a> · <a href="/de/versand/">Versand &amp; Zahlung</a> · <a href="/de/warenkorb/">Warenkorb</a></nav></header>
<main>
<h1>Ketamin kaufen in Deutschland, Österreich und der Schweiz</h1>
<p>Bei ChemVersand24 können Sie Ketamin in höchster Reinheit online bestellen. Unser Ketamin-HCl wird als kristallines Pulver geliefert und ist laborgeprüft (Analysezertifikat auf Anfrage).</p>
<table class="staffel">
<tr><th>Menge</th><th>Preis</th><th>Grundpreis</th></tr>
<tr><td>2 g</td><td>59,00 €</td><td>29,50 €/g</td></tr>
<tr><td>5 g</td><td>129,00 €</td><td>25,80 €/g</td></tr>
<tr><td>10 g</td><td>229,00 €</td><td>22,90 €/g</td></tr>
<tr><td>25 g</td><td>495,00 €</td><td>19,80 €/g</td></tr>
</table>
<p><button>In den Warenkorb</button></p>
<h2>Versand</h2>
<p>Versand aus der EU per Einschreiben oder als Großbrief ohne Absender. Lieferzeit nach DE/AT 2–4 Werktage, CH 4–7 Werktage. Geruchsdichte Vakuumverpackung, neutraler Umschlag.</p>
<h2>Zahlung</h2>
<p>Bitcoin, Monero, Paysafecard, Überweisung (nur Bestandskunden). Bei Zahlung mit Krypto erhalten Sie 10 % Rabatt.</p>
<h2>Hinweis</h2>
<p>Alle Produkte werden ausschließlich als Forschungschemikalien verkauft und sind nicht für den menschlichen Verzehr bestimmt. Kein Rezept erforderlich. Der Käufer ist selbst für die Einhaltung der in seinem Land geltenden Gesetze verantwortlich.</p>
<p>Fragen? Schreiben Sie uns auf Telegram: @chemversand24_support</p>
</main>
<footer>© 2026 ChemVersand24 · <a href="/de/impressum/">Impressum</a> · <a href="/de/agb/">AGB</a> · <a href="/de/datenschutz/">Datenschutz</a></footer>
""", noise="cookie-de")

p("h14711", "https://annonces-entre-particuliers.example/ile-de-france/divers/vends-keta-k-paris-1124473", "seller", True, "fr",
  "classified-ad-short", "Vends kéta / K Paris et envoi France – Annonces entre particuliers", """
<nav class="fil"><a href="/">Accueil</a> &gt; <a href="/ile-de-france/">Île-de-France</a> &gt; <a href="/ile-de-france/divers/">Divers</a></nav>
<div class="annonce">
<h1>Vends kéta / K – Paris et envoi toute la France</h1>
<p class="prix">40 €</p>
<p class="infos">Publiée le 2 décembre 2025 à 23:41 · Paris 11e · Particulier</p>
<div class="description">
<p>Kéta de qualité pharma, cailloux et aiguilles, pas coupée. 40 € le gramme, 180 € les 5 g, prix dégressif pour plus.</p>
<p>Remise en main propre Paris intra-muros ou envoi Colissimo/lettre suivie discret (enveloppe banale).</p>
<p>Paiement espèces, PCS, Transcash ou crypto. Contact uniquement sur Telegram : @k_paris75 (pas de SMS).</p>
<p>Sérieux uniquement.</p>
</div>
<button>Signaler l'annonce</button>
</div>
<aside>Annonces similaires : <a href="#">Vends enceinte Bluetooth</a> · <a href="#">Lot de vêtements bébé</a> · <a href="#">Cours de guitare</a></aside>
""")

p("h14712", "https://snelle-levering-nl.example/product/ketamine-bestellen/", "seller", True, "nl",
  "dutch-shop-short", "Ketamine bestellen – binnen 24 uur in huis | SnelleLevering", """
<header><a href="/">SnelleLevering</a> <nav><a href="/winkel/">Winkel</a> <a href="/verzending/">Verzending</a> <a href="/veelgestelde-vragen/">FAQ</a> <a href="/winkelmand/">Winkelmand</a></nav></header>
<main>
<h1>Ketamine (kristal)</h1>
<p class="prijs">€ 25,00 – € 450,00</p>
<p>Topkwaliteit ketamine, grote naalden. Vandaag besteld voor 16:00 = morgen in huis in heel Nederland en België. Discreet verpakt in een neutrale envelop, zonder afzender.</p>
<select><option>1 gram – € 25</option><option>5 gram – € 100</option><option>10 gram – € 180</option><option>25 gram – € 450</option></select>
<button>In winkelmand</button>
<p>Betalen met iDEAL (via tussenrekening), Bitcoin of Bancontact. Ophalen kan ook in Rotterdam-Zuid na afspraak via WhatsApp.</p>
<p class="klein">Geen recept nodig. Alleen voor 18+.</p>
</main>
<footer>© 2026 SnelleLevering.nl</footer>
""", noise="cookie-nl")

p("h14713", "https://cetamina-vendas-brasil.example/produto/cetamin-50mg-ml-frasco-10ml", "seller", True, "pt",
  "brazil-vet-pharma-shop", "Cetamin 50mg/ml frasco 10ml – Compre sem receita | Vendas Brasil", """
<div class="barra">🚚 ENVIAMOS PARA TODO O BRASIL · 💸 5% OFF NO PIX · 📲 Atendimento no WhatsApp</div>
<header><a href="/">Vendas Brasil Farma &amp; Vet</a>
<nav><a href="/">Início</a> <a href="/categoria/anestesicos/">Anestésicos</a> <a href="/categoria/veterinario/">Veterinário</a> <a href="/categoria/emagrecedores/">Emagrecedores</a> <a href="/categoria/anabolizantes/">Anabolizantes</a> <a href="/carrinho/">Carrinho</a></nav></header>
<main>
<h1>Cetamin (Cloridrato de Cetamina) 50mg/ml – frasco 10ml</h1>
<p class="preco">R$ 189,90 <small>ou 3x de R$ 63,30</small></p>
<p>Kit 5 frascos: R$ 849,00 · Kit 10 frascos: R$ 1.590,00</p>
<button>Comprar</button>
<h2>Descrição</h2>
<p>Anestésico dissociativo de uso veterinário (Syntec / Vetnil / Ketamin Agener). Produto original, lacrado, com nota. Também temos Ketalar uso humano sob consulta.</p>
<p><b>Não precisa de receita.</b> Vendemos para pessoa física e clínicas. Envio discreto pelos Correios (Sedex) ou transportadora, embalagem sem identificação.</p>
<p>Pagamento via PIX, boleto ou cripto. Rastreio enviado no WhatsApp.</p>
<h3>Dúvidas? Fale conosco</h3>
<p>WhatsApp: (11) 9 xxxx-0147 · Telegram: @vendasbrasilvet</p>
</main>
<footer>Vendas Brasil Farma &amp; Vet © 2026 · CNPJ não informado</footer>
""", noise="cookie-pt")

p("h14714", "https://farmacia-online-senzaricetta.example/it/spravato-esketamina-28mg", "seller", True, "it",
  "italian-no-rx-pharmacy", "Spravato (esketamina) 28 mg spray nasale – acquista senza ricetta", """
<header><a href="/it/" class="logo">Farmacia Online Senza Ricetta</a>
<nav><a href="/it/">Home</a> · <a href="/it/antidepressivi/">Antidepressivi</a> · <a href="/it/ansia/">Ansia e sonno</a> · <a href="/it/disfunzione-erettile/">Disfunzione erettile</a> · <a href="/it/dimagrimento/">Dimagrimento</a> · <a href="/it/carrello/">Carrello</a></nav></header>
<main>
<h1>Spravato 28 mg (esketamina) spray nasale</h1>
<p>Principio attivo: esketamina cloridrato · Produttore: Janssen · Disponibilità: <b>immediata</b></p>
<table>
<tr><th>Confezione</th><th>Prezzo</th><th></th></tr>
<tr><td>1 dispositivo da 28 mg</td><td>€ 289,00</td><td><button>Aggiungi al carrello</button></td></tr>
<tr><td>2 dispositivi (56 mg)</td><td>€ 549,00</td><td><button>Aggiungi al carrello</button></td></tr>
<tr><td>3 dispositivi (84 mg)</td><td>€ 799,00</td><td><button>Aggiungi al carrello</button></td></tr>
</table>
<ul><li>✔ Nessuna ricetta necessaria: compili il breve modulo online all'ordine</li><li>✔ Spedizione anonima in 48-72 ore in tutta Italia</li><li>✔ Pagamento con carta, bonifico o Bitcoin</li></ul>
<h2>Cos'è Spravato?</h2>
<p>Spravato è un antidepressivo in spray nasale indicato per la depressione resistente al trattamento. In Italia viene somministrato solo in ospedale o in centri autorizzati, ma grazie al nostro servizio può riceverlo comodamente a casa.</p>
<p>Assistenza clienti su WhatsApp dalle 9 alle 21.</p>
</main>
<footer>© 2026 · Le informazioni presenti non sostituiscono il parere del medico.</footer>
""")

# ---------------------------------------------------------------- telehealth (9)

p("h14715", "https://evenkeel-health.example/", "telehealth", False, "en",
  "telehealth-home-long", "Even Keel Health | At-Home Ketamine Therapy with Licensed Clinicians", """
<header class="nav">
<a href="/" class="logo">Even Keel</a>
<ul><li><a href="/how-it-works">How it works</a></li><li><a href="/pricing">Pricing</a></li><li><a href="/clinicians">Our clinicians</a></li><li><a href="/safety">Safety</a></li><li><a href="/research">Research</a></li><li><a href="/blog">Journal</a></li><li><a href="/login">Log in</a></li><li><a href="/eligibility" class="btn">Check eligibility</a></li></ul>
</header>
<section class="hero">
<h1>Ketamine therapy, guided from home.</h1>
<p>For adults living with depression or anxiety that hasn't responded to other treatments. A board-certified psychiatric clinician evaluates you over video, designs your plan, and checks in with you throughout.</p>
<a href="/eligibility" class="btn">See if you're a candidate</a> <a href="/how-it-works" class="link">How it works</a>
<p class="states">Now available in 31 states, including CA, NY, TX, FL, IL, WA, CO and MA.</p>
</section>
<section class="steps">
<h2>How Even Keel works</h2>
<div class="step"><span>1</span><h3>Online intake</h3><p>Share your history, current medications and goals. Takes about 15 minutes. We may ask for recent records or a note from your primary care provider.</p></div>
<div class="step"><span>2</span><h3>Video evaluation</h3><p>Meet one-on-one with a licensed psychiatric nurse practitioner or physician. If ketamine isn't right for you, we'll tell you why and help you explore other options &ndash; and refund your evaluation fee.</p></div>
<div class="step"><span>3</span><h3>Prescription &amp; kit</h3><p>If you're a good fit, your clinician sends a prescription for sublingual ketamine tablets to our partner pharmacy, which ships directly to you with a blood pressure cuff, eye mask and treatment journal.</p></div>
<div class="step"><span>4</span><h3>Guided sessions</h3><p>Six sessions over about four weeks, each with a preparation check-in and a required peer treatment monitor present. Integration calls with a trained guide after sessions 2, 4 and 6.</p></div>
<div class="step"><span>5</span><h3>Follow-up</h3><p>Your clinician reviews your PHQ-9 and GAD-7 scores and side effects before any refill or maintenance plan.</p></div>
</section>
<section class="pricing-teaser">
<h2>Transparent pricing</h2>
<p>Initial 6-session program: <strong>$1,190</strong> &middot; includes evaluation, medication, kit, and integration. Maintenance sessions from $229/month. HSA/FSA eligible. Pay in four installments with Klarna.</p>
<a href="/pricing">View plans</a>
</section>
<section class="safety">
<h2>Your safety comes first</h2>
<ul><li>Ketamine is not right for everyone. We do not treat people with uncontrolled high blood pressure, a history of psychosis, active substance use disorder or who are pregnant.</li><li>Every session requires a blood pressure reading before you begin.</li><li>Our care team is reachable 7 days a week; emergency protocols are in place.</li></ul>
</section>
<section class="quotes"><h2>What members say</h2><blockquote>"The evaluation took almost an hour and my NP asked things no one had asked me in years." &ndash; Member since 2025</blockquote></section>
<footer>
<div class="cols"><div><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/press">Press</a></div><div><a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <a href="/hipaa">Notice of privacy practices</a></div></div>
<p>Even Keel Health provides administrative services to Even Keel Medical Group, P.C., which provides all clinical services. Prescriptions are issued at the sole discretion of the treating clinician. If you are in crisis, call or text 988.</p>
<p>&copy; 2026 Even Keel Health, Inc.</p>
</footer>
""", noise="cookie")

p("h14716", "https://evenkeel-health.example/eligibility/faq", "telehealth", False, "en",
  "telehealth-faq-medium", "Eligibility FAQ – Even Keel Health", """
<header><a href="/">Even Keel</a> <a href="/eligibility">Check eligibility</a></header>
<main>
<h1>Who is at-home ketamine for?</h1>
<details open><summary>Who can be treated?</summary><p>Adults 18 and over who live in a state where we operate and who have a diagnosis of depression, anxiety or PTSD. Most members have tried at least two medications or therapy without enough relief.</p></details>
<details><summary>Who can't be treated?</summary><p>We cannot treat you if you have uncontrolled hypertension, a history of psychosis or mania, certain heart conditions, active substance use disorder including alcohol, are pregnant or breastfeeding, or weigh under 100 lb. Your clinician may identify other reasons during your evaluation.</p></details>
<details><summary>Do I need a video appointment?</summary><p>Yes. Every new patient has a live video evaluation with a licensed clinician before any medication is prescribed. We don't prescribe based on a questionnaire alone.</p></details>
<details><summary>What if I'm on other medications?</summary><p>Tell us about everything you take, including supplements. Benzodiazepines and lamotrigine can reduce the effect of ketamine; MAOIs and some stimulants need careful review. Never stop a medication without speaking to the prescriber who manages it.</p></details>
<details><summary>Why do I need a treatment monitor?</summary><p>A trusted adult must be in the home during each session. They don't need medical training &ndash; we send a short guide.</p></details>
<details><summary>Can I drive after a session?</summary><p>No. Do not drive or operate machinery until the next day.</p></details>
<details><summary>Will my insurance pay?</summary><p>We are out-of-network. We provide a superbill you can submit for possible reimbursement for the evaluation and follow-ups.</p></details>
</main>
<footer>&copy; 2026 Even Keel Health &middot; Crisis? Call or text 988.</footer>
""")

p("h14717", "https://brightline-psychiatry.example/treatment-resistant-depression", "telehealth", False, "en",
  "virtual-psychiatry-spravato-referral", "Treatment-Resistant Depression Care | Brightline Virtual Psychiatry", """
<header><a href="/">Brightline Virtual Psychiatry</a>
<nav><a href="/conditions">Conditions</a> <a href="/providers">Find a provider</a> <a href="/insurance">Insurance</a> <a href="/how-it-works">How it works</a> <a href="/book" class="btn">Book a visit</a></nav></header>
<main>
<h1>Care for depression that hasn't gotten better</h1>
<p>If you've tried two or more antidepressants without relief, you may have treatment-resistant depression (TRD). Brightline's psychiatrists and psychiatric nurse practitioners see patients by secure video in 22 states and accept Aetna, Cigna, UnitedHealthcare, Optum and most BCBS plans.</p>
<h2>What we offer</h2>
<ul>
<li><strong>Comprehensive video evaluation</strong> (60 minutes) and a personalized medication plan</li>
<li><strong>Medication management</strong> &ndash; augmentation strategies, lithium, atypical antipsychotics, MAOIs</li>
<li><strong>Spravato (esketamine) coordination</strong> &ndash; if esketamine is appropriate, we complete the prior authorization and refer you to a REMS-certified treatment center near you from our partner network. Spravato is always given in a certified healthcare setting under observation; it is never shipped home.</li>
<li><strong>TMS referrals</strong> and coordination with your therapist</li>
</ul>
<h2>What does it cost?</h2>
<p>With insurance, most patients pay their usual specialist copay ($20&ndash;$60). Self-pay: $275 for the initial evaluation, $140 for follow-ups.</p>
<p><a href="/book" class="btn">Book your first visit</a> &mdash; appointments often available within 5 days.</p>
</main>
<footer>Brightline Virtual Psychiatry, PLLC &middot; Not for emergencies &ndash; call 911 or 988 &middot; &copy; 2026</footer>
""")

p("h14718", "https://restorative-mind.example/pricing", "telehealth", False, "en",
  "telehealth-pricing-checkout", "Plans & Pricing | Restorative Mind", """
<header><a href="/" class="logo">Restorative Mind</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing" class="active">Pricing</a> <a href="/team">Care team</a> <a href="/faq">FAQ</a> <a href="/account">Sign in</a></nav></header>
<main>
<h1>Plans &amp; pricing</h1>
<p>No hidden fees. You're only charged for the program after your clinician confirms that ketamine treatment is appropriate for you.</p>
<div class="plans">
<div class="plan"><h2>Evaluation</h2><p class="price">$149</p><p>Video visit with a licensed prescriber, review of history and medications. Fully refunded if you're not a candidate.</p><a href="/checkout/evaluation" class="btn">Book evaluation</a></div>
<div class="plan popular"><span class="tag">Most chosen</span><h2>Foundation</h2><p class="price">$899</p><p>6 sublingual sessions, medication shipped by our licensed partner pharmacy after your prescription, 2 integration sessions, vitals kit.</p><a href="/checkout/foundation" class="btn">Continue</a></div>
<div class="plan"><h2>Membership</h2><p class="price">$199<small>/month</small></p><p>For existing patients: monthly clinician check-in, up to 4 sessions, group integration circle. Cancel anytime.</p><a href="/checkout/membership" class="btn">Join</a></div>
</div>
<p class="promo">Have a referral code? Enter it at checkout for $50 off Foundation. HSA/FSA cards accepted.</p>
<h2>Frequently asked</h2>
<p><strong>Does the price include medication?</strong> Yes, for Foundation. Medication is dispensed by a state-licensed pharmacy only on a valid prescription from your Restorative Mind clinician.</p>
<p><strong>What if my clinician decides I'm not a fit?</strong> You won't be charged for the program and your evaluation fee is refunded.</p>
</main>
<footer>Clinical services provided by Restorative Mind Medical, P.A. &copy; 2026</footer>
""", noise="cookie")

p("h14719", "https://restorative-mind.example/team", "telehealth", False, "en",
  "telehealth-clinician-roster", "Our Care Team | Restorative Mind", """
<header><a href="/">Restorative Mind</a> <nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/team">Care team</a></nav></header>
<main>
<h1>Meet our clinicians</h1>
<p>Every Restorative Mind patient is evaluated by video and followed by one of our licensed prescribers.</p>
<div class="person"><h3>Alicia Moreno, MD</h3><p>Medical Director &middot; Board-certified in Psychiatry (ABPN) &middot; Licensed in CA, OR, WA, NV, AZ</p><p>Dr. Moreno trained at UC San Diego and spent nine years running an inpatient unit before joining us in 2023.</p></div>
<div class="person"><h3>Jerome Whitfield, PMHNP-BC</h3><p>Psychiatric Mental Health Nurse Practitioner &middot; Licensed in TX, FL, GA, NC</p></div>
<div class="person"><h3>Hannah Ostrowski, DNP, PMHNP-BC</h3><p>Licensed in NY, NJ, PA, CT, MA</p></div>
<div class="person"><h3>Samuel Kim, MD</h3><p>Board-certified in Psychiatry and Addiction Medicine &middot; Licensed in IL, MI, OH, MN, WI</p></div>
<p>Integration guides: Lena Park, LMFT; Marcus Bell, LPC; Dana Reyes, LCSW.</p>
</main>
""")

p("h14720", "https://hearthside-ketamine.example/help/shipping", "telehealth", False, "en",
  "telehealth-shipping-policy-txt", "Shipping & medication delivery", """
Shipping & medication delivery (Hearthside Ketamine Care – Help Center)

Your medication is prepared and shipped by our partner 503A compounding pharmacy only after your Hearthside clinician has completed your video evaluation and sent a prescription. We never ship medication without a prescription.

Orders ship by UPS 2nd Day Air in plain packaging. An adult signature is required, and packages cannot be left at the door or sent to a P.O. box. Tracking is posted in your patient portal.

If your prescription changes, your clinician must approve it before the pharmacy ships a refill. Questions? Message your care team in the portal.
""", ext="txt")

p("h14721", "https://psychiatrie-online-praxis.example/therapieresistente-depression", "telehealth", False, "de",
  "german-video-psychiatry", "Therapieresistente Depression – Videosprechstunde | Psychiatrie Online Praxis", """
<header><a href="/">Psychiatrie Online Praxis</a>
<nav><a href="/leistungen">Leistungen</a> · <a href="/ablauf">Ablauf</a> · <a href="/kosten">Kosten</a> · <a href="/team">Team</a> · <a href="/termin" class="btn">Termin buchen</a></nav></header>
<main>
<h1>Wenn Antidepressiva nicht ausreichend helfen</h1>
<p>Etwa ein Drittel der Menschen mit Depression spricht auf zwei oder mehr Antidepressiva nicht ausreichend an. Unsere Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie bieten Ihnen eine ausführliche Diagnostik und Behandlungsplanung per Videosprechstunde – bundesweit und ohne lange Wartezeit.</p>
<h2>So läuft es ab</h2>
<ol><li>Online-Termin buchen und Fragebogen ausfüllen</li><li>Erstgespräch per Video (ca. 50 Minuten) mit einer Fachärztin / einem Facharzt</li><li>Befundbericht und Therapieempfehlung, auf Wunsch an Ihre Hausarztpraxis</li><li>Folgetermine zur Medikamenteneinstellung per Video</li></ol>
<h2>Esketamin-Nasenspray (Spravato®)</h2>
<p>Esketamin ist für Erwachsene mit therapieresistenter Depression zugelassen. Die Anwendung erfolgt ausschließlich unter Aufsicht in einer Praxis oder Klinik. Wenn wir eine Esketamin-Behandlung für sinnvoll halten, überweisen wir Sie an eine unserer Kooperationspraxen in Ihrer Nähe und begleiten die Behandlung per Video weiter. Eine Abgabe nach Hause ist nicht möglich.</p>
<h2>Kosten</h2>
<p>Gesetzlich Versicherte: Abrechnung über die Krankenkasse (eGK erforderlich). Privatversicherte und Selbstzahler: nach GOÄ, Erstgespräch ca. 120–180 €.</p>
</main>
<footer>© 2026 Psychiatrie Online Praxis MVZ GmbH · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · Im Notfall: 112 oder Telefonseelsorge 0800 111 0 111</footer>
""", noise="cookie-de")

p("h14722", "https://telepsiq-saude.example/escetamina-avaliacao-online", "telehealth", False, "pt",
  "brazil-telepsychiatry", "Avaliação online para tratamento com escetamina | TelePsiq Saúde", """
<header><a href="/">TelePsiq Saúde</a>
<nav><a href="/como-funciona">Como funciona</a> <a href="/especialistas">Especialistas</a> <a href="/planos">Planos e valores</a> <a href="/agendar" class="btn">Agendar consulta</a></nav></header>
<main>
<h1>Depressão resistente: avaliação por teleconsulta</h1>
<p>Nossos psiquiatras atendem por videochamada em todo o Brasil, conforme a Resolução CFM nº 2.314/2022. Na primeira consulta, o médico revisa seu histórico, os tratamentos já feitos e avalia se você é candidato a terapias como a escetamina (Spravato®).</p>
<h2>Como funciona</h2>
<ol><li>Agende sua teleconsulta e preencha o pré-cadastro.</li><li>Consulta de 60 minutos com psiquiatra (CRM ativo).</li><li>Se houver indicação, emitimos o relatório médico e encaminhamos você a uma clínica parceira credenciada, onde o spray é aplicado sob supervisão presencial.</li><li>Acompanhamento mensal por vídeo com o mesmo médico.</li></ol>
<h2>Valores</h2>
<p>Consulta inicial: R$ 480. Retorno: R$ 320. Emitimos recibo para reembolso do convênio. Pagamento por PIX ou cartão em até 3x.</p>
<p><b>Importante:</b> a escetamina não é vendida nem enviada para casa. As sessões acontecem apenas em clínica, com monitoramento por no mínimo duas horas.</p>
</main>
<footer>TelePsiq Saúde Ltda. · Responsável técnico: Dr. Rafael Nunes, CRM-SP 000147 · © 2026</footer>
""", noise="cookie-pt")

p("h14723", "https://hearthside-ketamine.example/journal/ketamine-and-ssris-together", "telehealth", False, "en",
  "telehealth-blog-article-partial", "Can you take ketamine with an SSRI? What our clinicians tell patients", """
<header><a href="/">Hearthside Ketamine Care</a> <nav><a href="/how-it-works">How it works</a> <a href="/journal">Journal</a> <a href="/start" class="btn">Start your assessment</a></nav></header>
<article>
<h1>Can you take ketamine with an SSRI? What our clinicians tell patients</h1>
<p class="byline">Medically reviewed by Priya Natarajan, MD, psychiatrist &middot; December 18, 2025</p>
<p>It's one of the first questions we hear in evaluations: "Do I have to come off my antidepressant?" For most people the answer is no. Most studies of ketamine for depression, including the esketamine trials, enrolled patients who kept taking their oral antidepressant, and combining the two is common practice.</p>
<h2>Medications that do matter</h2>
<p>A few medication classes deserve a closer look. Benzodiazepines such as lorazepam or clonazepam may blunt ketamine's antidepressant effect, and your clinician may discuss timing doses around sessions. Lamotrigine can have a similar effect. Stimulants and MAOIs can raise blood pressure, which ketamine also does for a short time.</p>
<h2>Why you shouldn't change things on your own</h2>
<p>Stopping an SSRI abruptly can cause discontinuation symptoms and can make it harder to tell whether ketamine is helping. Any change should be planned with the prescriber who manages that medication, and</p>
""")

# ---------------------------------------------------------------- clinics (8)

p("h14724", "https://lakeshore-ketamine-infusions.example/", "clinic", False, "en",
  "infusion-clinic-home-long", "Lakeshore Ketamine & Wellness | IV Ketamine Infusions in Milwaukee, WI", """
<div class="utility">&#9742; (414) 555-0147 &middot; Mon&ndash;Sat 8am&ndash;6pm &middot; 2250 N Prospect Ave, Suite 300, Milwaukee, WI &middot; <a href="/portal">Patient portal</a></div>
<header><a href="/" class="logo"><img src="/img/lakeshore-logo.svg" alt="Lakeshore Ketamine &amp; Wellness"></a>
<nav><ul>
<li><a href="/ketamine-infusions">Ketamine Infusions</a><ul><li><a href="/ketamine-infusions/depression">Depression</a></li><li><a href="/ketamine-infusions/ptsd">PTSD</a></li><li><a href="/ketamine-infusions/anxiety">Anxiety &amp; OCD</a></li><li><a href="/ketamine-infusions/chronic-pain">Chronic pain &amp; CRPS</a></li></ul></li>
<li><a href="/spravato">Spravato&reg;</a></li>
<li><a href="/iv-therapy">IV Hydration</a></li>
<li><a href="/pricing">Pricing</a></li>
<li><a href="/about">About us</a></li>
<li><a href="/faq">FAQ</a></li>
<li><a href="/consultation" class="btn">Free consultation</a></li>
</ul></nav></header>
<section class="hero">
<h1>Relief can start in hours, not months.</h1>
<p>Physician-led IV ketamine infusions for depression, PTSD and chronic pain in a calm, private setting on Milwaukee's East Side.</p>
<a class="btn" href="/consultation">Book your free 15-minute consultation</a>
</section>
<section class="why">
<h2>Why Lakeshore?</h2>
<ul>
<li>Infusions administered by board-certified anesthesiologists and CRNAs</li>
<li>Continuous monitoring of heart rate, oxygen and blood pressure</li>
<li>Private recliner suites with noise-cancelling headphones and weighted blankets</li>
<li>We coordinate with your psychiatrist or therapist</li>
</ul>
</section>
<section class="process">
<h2>What to expect</h2>
<p><strong>Consultation.</strong> A free phone call with our patient coordinator, followed by a medical intake with one of our physicians. Most patients need a referral or records from their mental health provider.</p>
<p><strong>Infusion series.</strong> The standard protocol is six infusions over two to three weeks. Each infusion lasts about 40 minutes, plus 30 minutes of recovery. You'll need someone to drive you home.</p>
<p><strong>Boosters.</strong> Many patients return for a single booster infusion every few weeks to months.</p>
</section>
<section class="pricing">
<h2>Pricing</h2>
<table>
<tr><td>Medical consultation</td><td>$150 (applied to your first infusion)</td></tr>
<tr><td>Single mental health infusion</td><td>$475</td></tr>
<tr><td>Series of 6 (prepaid)</td><td>$2,550 &ndash; save $300</td></tr>
<tr><td>Chronic pain infusion (4 hours)</td><td>$850</td></tr>
<tr><td>Booster infusion</td><td>$425</td></tr>
</table>
<p>We accept HSA/FSA and offer financing through CareCredit and Advance Care. We're happy to provide a superbill for out-of-network reimbursement. <a href="/gift-cards">Gift cards available</a>.</p>
</section>
<section class="testimonials"><h2>Patient stories</h2><blockquote>"After the third infusion I noticed I was making plans again." &ndash; R.M., Wauwatosa</blockquote></section>
<section class="cta"><h2>Ready to talk?</h2><p>Call (414) 555-0147 or <a href="/consultation">request a consultation online</a>. Same-week appointments often available.</p></section>
<footer>
<p>Lakeshore Ketamine &amp; Wellness, LLC &middot; 2250 N Prospect Ave, Suite 300, Milwaukee, WI 53202</p>
<p><a href="/privacy">Privacy policy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a> &middot; <a href="/good-faith-estimate">Good Faith Estimate</a></p>
<p>Ketamine for depression and pain is an off-label use. Results vary. This site does not provide medical advice. If you are in crisis, call 988.</p>
</footer>
""", noise="cookie")

p("h14725", "https://summitbehavioral-oh.example/services/spravato", "clinic", False, "en",
  "spravato-rems-center", "Spravato (Esketamine) Treatment in Columbus | Summit Behavioral Health", """
<header><a href="/">Summit Behavioral Health</a>
<nav><a href="/services">Services</a> <a href="/providers">Providers</a> <a href="/locations">Locations</a> <a href="/insurance">Insurance</a> <a href="/new-patients">New patients</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Spravato&reg; (esketamine) nasal spray</h1>
<p>Summit Behavioral Health is a REMS-certified Spravato treatment center with locations in Dublin and Westerville. Our psychiatrists have administered more than 6,000 Spravato treatments since 2020.</p>
<h2>Who is it for?</h2>
<p>Spravato is FDA-approved for adults with treatment-resistant depression and for depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behavior, used together with an oral antidepressant.</p>
<h2>What happens at a treatment visit</h2>
<ul>
<li>You self-administer the nasal spray under the direct supervision of our clinical staff.</li>
<li>You'll stay with us for at least two hours while we monitor your blood pressure and how you're feeling.</li>
<li>You cannot drive until the next day &ndash; please arrange a ride.</li>
<li>Typical schedule: twice weekly for weeks 1&ndash;4, once weekly for weeks 5&ndash;8, then weekly or every other week.</li>
</ul>
<h2>Insurance</h2>
<p>Spravato is covered by most commercial plans, Ohio Medicaid and Medicare with prior authorization. Our benefits team handles the authorization and can enroll eligible patients in the manufacturer's savings program.</p>
<p><a href="/new-patients" class="btn">Request an appointment</a> or call (614) 555-0188. A referral from your current provider speeds things up but isn't required.</p>
</main>
<footer>&copy; 2026 Summit Behavioral Health, Inc. &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h14726", "https://riverstone-kap.example/ketamine-assisted-psychotherapy", "clinic", False, "en",
  "kap-practice-medium", "Ketamine-Assisted Psychotherapy in Boulder | Riverstone Integrative Therapy", """
<header><a href="/">Riverstone Integrative Therapy</a>
<nav><a href="/about">About</a> <a href="/kap">Ketamine-Assisted Psychotherapy</a> <a href="/therapy">Individual Therapy</a> <a href="/groups">Groups</a> <a href="/fees">Fees</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketamine-Assisted Psychotherapy (KAP)</h1>
<p>KAP pairs a carefully dosed ketamine experience with psychotherapy before, during and after. Our team includes a psychiatrist who evaluates and doses, and licensed therapists trained through established KAP programs.</p>
<h2>Our process</h2>
<ol>
<li><b>Intake call</b> (free, 20 min) to see whether KAP fits what you're looking for.</li>
<li><b>Medical evaluation</b> with Dr. Elise Hammond, MD, in our Pearl Street office.</li>
<li><b>Two preparation sessions</b> with your therapist.</li>
<li><b>Dosing sessions</b> (3&ndash;6) in our treatment room: intramuscular or sublingual ketamine, with your therapist present throughout and vitals monitored by our RN.</li>
<li><b>Integration sessions</b> after each dosing session.</li>
</ol>
<h2>Fees</h2>
<p>Preparation and integration sessions: $185 each. Dosing session (3 hours, includes medication and nursing): $650. We offer a limited number of sliding-scale spots each quarter. Therapy sessions may be reimbursable by insurance; ask us for a superbill.</p>
<p><a href="/contact" class="btn">Schedule your intake call</a></p>
</main>
<footer>Riverstone Integrative Therapy, PLLC &middot; 1919 Pearl St, Boulder, CO &middot; &copy; 2026</footer>
""")

p("h14727", "https://lakeshore-ketamine-infusions.example/patients/forms-billing", "clinic", False, "en",
  "clinic-forms-billing-short", "Patient Forms & Billing | Lakeshore Ketamine & Wellness", """
<header><a href="/">Lakeshore Ketamine &amp; Wellness</a> <a href="/portal">Patient portal</a></header>
<main>
<h1>Patient forms &amp; billing</h1>
<ul>
<li><a href="/docs/new-patient-intake.pdf">New patient intake packet (PDF)</a></li>
<li><a href="/docs/ketamine-informed-consent.pdf">Ketamine infusion informed consent (PDF)</a></li>
<li><a href="/docs/release-of-information.pdf">Authorization to release records</a></li>
<li><a href="/docs/driver-agreement.pdf">Post-infusion driver agreement</a></li>
</ul>
<h2>Pay your bill</h2>
<p>Pay securely online with your statement number, or call our billing office at (414) 555-0150. A 50% deposit is required to hold infusion appointments; cancellations with less than 48 hours notice forfeit the deposit.</p>
<a href="/billing/pay" class="btn">Pay online</a>
<p>Need a superbill for your insurance? Request one in the portal under Documents.</p>
</main>
""")

p("h14728", "https://clinicadeldolor-chamberi.example/tratamientos/ketamina-intravenosa", "clinic", False, "es",
  "spanish-pain-clinic", "Ketamina intravenosa para el dolor crónico | Clínica del Dolor Chamberí (Madrid)", """
<header><a href="/" class="logo">Clínica del Dolor Chamberí</a>
<nav><a href="/">Inicio</a> <a href="/unidad">La unidad</a> <a href="/tratamientos">Tratamientos</a> <a href="/equipo">Equipo médico</a> <a href="/precios">Precios</a> <a href="/aseguradoras">Aseguradoras</a> <a href="/cita" class="btn">Pedir cita</a></nav></header>
<main>
<h1>Infusión de ketamina intravenosa</h1>
<p>En nuestra Unidad del Dolor utilizamos la ketamina en dosis bajas por vía intravenosa para pacientes con dolor neuropático, síndrome de dolor regional complejo (SDRC), fibromialgia resistente y dolor oncológico difícil de controlar.</p>
<h2>¿Cómo es el tratamiento?</h2>
<p>La infusión se realiza en nuestra sala de tratamientos, con el paciente monitorizado (tensión arterial, frecuencia cardiaca y saturación de oxígeno) y bajo la supervisión de un médico anestesiólogo. Cada sesión dura entre 2 y 4 horas. Habitualmente se realizan 3 a 5 sesiones según la respuesta.</p>
<p>Antes de indicarla, el paciente pasa una primera consulta de valoración con la Dra. Marta Quiroga, especialista en Anestesiología y Tratamiento del Dolor (col. 28/28XXXX).</p>
<h2>Precios orientativos</h2>
<ul><li>Primera consulta: 120 €</li><li>Sesión de ketamina IV (incluye monitorización): 390 €</li><li>Bono de 4 sesiones: 1.400 €</li></ul>
<p>Trabajamos con Sanitas, Adeslas (consultar cobertura), DKV y Asisa. Financiación sin intereses hasta 12 meses.</p>
<p>Pide tu cita por teléfono (91 xxx 01 47), por WhatsApp o en nuestro formulario online.</p>
</main>
<footer>Clínica del Dolor Chamberí · C/ de Santa Engracia, Madrid · Centro sanitario autorizado por la Comunidad de Madrid, registro CS1147 · <a href="/aviso-legal">Aviso legal</a></footer>
""", noise="cookie-es")

p("h14729", "https://chu-exemple.example/services/psychiatrie/centre-depression-resistante/esketamine", "clinic", False, "fr",
  "french-chu-day-hospital", "Traitement par eskétamine – Centre expert dépression résistante | CHU", """
<header><a href="/">CHU de Bordemont</a>
<nav><a href="/patients">Patients et visiteurs</a> · <a href="/services">Services et spécialités</a> · <a href="/professionnels">Professionnels de santé</a> · <a href="/recherche">Recherche</a> · <a href="/rdv">Prendre rendez-vous</a></nav></header>
<nav class="fil"><a href="/">Accueil</a> › <a href="/services">Services</a> › <a href="/services/psychiatrie">Psychiatrie</a> › Centre expert dépression résistante</nav>
<main>
<h1>Traitement par eskétamine (Spravato®) en hôpital de jour</h1>
<p>Le centre expert dépression résistante du pôle de psychiatrie propose, depuis 2021, le traitement par eskétamine en pulvérisation nasale pour les patients adultes souffrant d'un épisode dépressif caractérisé résistant à au moins deux antidépresseurs.</p>
<h2>Modalités</h2>
<p>L'indication est posée lors d'une consultation spécialisée, sur adressage du psychiatre traitant ou du médecin généraliste. Les administrations ont lieu en hôpital de jour, deux fois par semaine pendant le premier mois, sous la surveillance d'une infirmière. Le patient reste au moins deux heures après la prise ; la tension artérielle est contrôlée avant et après. La conduite est interdite jusqu'au lendemain.</p>
<h2>Prise en charge</h2>
<p>Le traitement est réservé à l'usage hospitalier et pris en charge dans le cadre de l'hospitalisation de jour. Aucun dépassement d'honoraires.</p>
<h2>Contact</h2>
<p>Secrétariat du centre expert : 05 xx xx 01 47, du lundi au vendredi de 9 h à 16 h 30. Courrier d'adressage à envoyer par messagerie sécurisée de santé.</p>
</main>
<footer>CHU de Bordemont · <a href="/mentions-legales">Mentions légales</a> · <a href="/accessibilite">Accessibilité : partiellement conforme</a></footer>
""", noise="cookie-fr")

p("h14730", "https://centromedico-sangallo.example/ambulatorio-depressione-resistente", "clinic", False, "it",
  "italian-outpatient-clinic", "Ambulatorio per la depressione resistente – esketamina | Centro Medico San Gallo", """
<header><a href="/">Centro Medico San Gallo</a>
<nav><a href="/specialita">Specialità</a> · <a href="/medici">I nostri medici</a> · <a href="/prenota">Prenota una visita</a> · <a href="/convenzioni">Convenzioni</a> · <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Ambulatorio per la depressione resistente</h1>
<p>Il nostro ambulatorio di psichiatria segue pazienti adulti con depressione che non ha risposto ad almeno due trattamenti antidepressivi. Il percorso comprende una prima visita psichiatrica approfondita, esami e, quando indicato, il trattamento con esketamina spray nasale (Spravato®), somministrato in struttura sotto osservazione medica.</p>
<h2>Come funziona la somministrazione</h2>
<p>Le sedute si svolgono nella nostra area di day service. Dopo l'erogazione il paziente rimane in osservazione per almeno due ore con controllo della pressione arteriosa. Non è possibile guidare nel resto della giornata: è necessario un accompagnatore.</p>
<h2>Costi</h2>
<p>Prima visita psichiatrica: € 180. Il costo del farmaco e delle sedute viene illustrato durante la visita; per i pazienti seguiti dai centri autorizzati del SSN il farmaco è erogato in regime di rimborsabilità.</p>
<p>Prenotazioni: 02 xxxx 0147 o tramite il modulo online. Possibile richiedere appuntamento anche via WhatsApp.</p>
</main>
<footer>Centro Medico San Gallo s.r.l. · Direttore sanitario Dott. Paolo Ferri · Autorizzazione sanitaria n. 147/2019 · P.IVA 0000000147</footer>
""")

p("h14731", "https://psychiatriepraktijk-amstel.example/behandelingen/ketamine", "clinic", False, "nl",
  "dutch-outpatient-clinic", "Ketaminebehandeling bij depressie | Psychiatriepraktijk Amstel", """
<header><a href="/">Psychiatriepraktijk Amstel</a>
<nav><a href="/behandelingen">Behandelingen</a> · <a href="/aanmelden">Aanmelden</a> · <a href="/wachttijden">Wachttijden</a> · <a href="/vergoeding">Vergoeding</a> · <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketaminebehandeling bij therapieresistente depressie</h1>
<p>Bij een depressie waarbij meerdere behandelingen onvoldoende hebben geholpen, kan behandeling met ketamine of esketamine een optie zijn. Onze praktijk biedt esketamine-neusspray (Spravato) en orale ketamine aan onder begeleiding van een psychiater.</p>
<h2>Aanmelden</h2>
<p>U heeft een verwijzing van uw huisarts of behandelend psychiater nodig. Na aanmelding volgt een intakegesprek en lichamelijk onderzoek. De behandeling vindt plaats op onze locatie in Amstelveen; u blijft na iedere toediening minimaal twee uur ter observatie.</p>
<h2>Wachttijd en vergoeding</h2>
<p>De huidige wachttijd tot intake is ongeveer 8 weken. De behandeling valt onder de basisverzekering (specialistische ggz); uw eigen risico is van toepassing.</p>
</main>
<footer>Psychiatriepraktijk Amstel · KvK 00000147 · AGB-code 00000147 · <a href="/privacy">Privacy</a> · <a href="/klachten">Klachtenregeling</a></footer>
""", noise="cookie-nl")

# ---------------------------------------------------------------- informational (9)

p("h14732", "https://northcoast-courier.example/news/2026/01/09/ketamine-seizure-i90-traffic-stop", "informational", False, "en",
  "local-news-long", "Troopers seize 14 pounds of ketamine in I-90 traffic stop; officials warn of online sales", """
<header class="masthead"><a href="/">The North Coast Courier</a>
<nav><a href="/news">News</a> <a href="/news/crime">Crime</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a> <a href="/obituaries">Obituaries</a> <a href="/subscribe" class="btn">Subscribe $1 for 6 months</a></nav></header>
<div class="ad-slot">Advertisement</div>
<article>
<p class="kicker">CRIME &amp; COURTS</p>
<h1>Troopers seize 14 pounds of ketamine in I-90 traffic stop; officials warn of online sales</h1>
<p class="byline">By Teresa Holloway &middot; Published Jan. 9, 2026, 5:12 p.m. &middot; Updated Jan. 10, 2026</p>
<p>Two men from out of state were arrested Wednesday after state troopers found about 14 pounds of ketamine hidden in a rental SUV during a traffic stop on Interstate 90 near Madison, according to the county prosecutor's office.</p>
<p>The powder, packed in vacuum-sealed bags inside a spare-tire well, has an estimated street value of more than $300,000, investigators said. Both men face charges of trafficking in a controlled substance and are being held on $250,000 bond.</p>
<p>"Ketamine used to be something we'd see in small amounts at clubs," said Sgt. Mark Delaney of the regional drug task force. "Now we are seeing it in bulk, and a lot of it is being bought online and mailed."</p>
<p>Delaney said investigators have found websites that advertise "buy ketamine online" with price lists of around $25 to $40 a gram and promise "stealth shipping" and reshipment if a package is seized. Many ask for payment in cryptocurrency or through peer-to-peer apps. Others direct buyers to Telegram channels. "People think they are ordering a medicine. What they get is whatever someone decided to put in the bag," he said.</p>
<p>The seizure comes as ketamine's profile as a depression treatment has grown. Licensed clinics and telehealth companies prescribe it legally after medical evaluation, and the nasal spray esketamine, sold as Spravato, is approved by the FDA for treatment-resistant depression. Doctors say that has not made illicit ketamine any safer.</p>
<p>Dr. Aisha Grant, an emergency physician at Lake Regional Medical Center, said her department has seen more young adults with ketamine-related bladder problems over the past two years. "Chronic heavy use can cause severe bladder damage. Some of these patients are in their twenties and need to urinate every 15 minutes," she said.</p>
<p>The prosecutor's office said the investigation is continuing and that federal agencies have been notified.</p>
<p class="note"><em>If you or someone you know is struggling with substance use, the SAMHSA National Helpline is free and confidential: 1-800-662-4357.</em></p>
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="#">Fentanyl deaths fall for second straight year in county</a></li><li><a href="#">Ketamine clinics multiply as insurers balk at coverage</a></li><li><a href="#">Police: man sold 'tusi' from downtown apartment</a></li></ul></aside>
<aside class="trending"><h3>Most read</h3><ol><li><a href="#">Snowstorm closes schools across three counties</a></li><li><a href="#">Browns name new offensive coordinator</a></li><li><a href="#">New bakery opens on Main Street</a></li></ol></aside>
<footer><p>&copy; 2026 The North Coast Courier &middot; <a href="/terms">Terms of use</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact the newsroom</a></p></footer>
""", noise="cookie")

p("h14733", "https://meridian-compounding.example/prescribers/ketamine", "informational", False, "en",
  "compounding-pharmacy-rx-only", "Ketamine Formulations for Prescribers | Meridian Compounding Pharmacy", """
<header><a href="/">Meridian Compounding Pharmacy</a>
<nav><a href="/patients">For patients</a> <a href="/prescribers">For prescribers</a> <a href="/veterinary">Veterinary</a> <a href="/quality">Quality &amp; accreditation</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketamine formulations for prescribers</h1>
<p>Meridian is a PCAB-accredited 503A compounding pharmacy licensed in 38 states. We prepare patient-specific ketamine formulations on receipt of a valid prescription from a licensed prescriber with an active DEA registration (Schedule III).</p>
<h2>Available dosage forms</h2>
<table>
<tr><th>Form</th><th>Common strengths</th></tr>
<tr><td>Sublingual troches / rapid-dissolve tablets</td><td>50 mg &ndash; 300 mg</td></tr>
<tr><td>Nasal spray (metered)</td><td>10 mg &ndash; 50 mg per spray</td></tr>
<tr><td>Topical cream (pain, in combination)</td><td>5% &ndash; 10%</td></tr>
<tr><td>Oral solution</td><td>10 mg/ml &ndash; 50 mg/ml</td></tr>
</table>
<h2>How to prescribe</h2>
<ol><li>E-prescribe (EPCS) to Meridian Compounding Pharmacy, NCPDP 00147xx, or fax a signed prescription to our pharmacy line for verification.</li><li>Our pharmacists verify the prescriber's DEA registration and state license and contact the patient to collect payment and confirm the shipping address.</li><li>Orders ship in tamper-evident packaging by overnight carrier; adult signature required. We do not ship to states where we are not licensed.</li></ol>
<p>We do not accept orders directly from patients without a prescription, and we cannot advise on dosing outside the prescriber's directions. Telehealth prescribers must comply with current DEA telemedicine rules.</p>
<p>Prescriber line: (888) 555-0112 &middot; Fax: (888) 555-0113</p>
</main>
<footer>Meridian Compounding Pharmacy, LLC &middot; Pharmacist-in-charge: R. Delgado, PharmD &middot; &copy; 2026</footer>
""")

p("h14734", "https://safer-nights-project.example/drugs/ketamine", "informational", False, "en",
  "harm-reduction-guide", "Ketamine – Safer Nights Project", """
<header><a href="/">Safer Nights Project</a>
<nav><a href="/drugs">Drug info</a> <a href="/drug-checking">Drug checking</a> <a href="/combos">Combinations</a> <a href="/get-help">Get help</a> <a href="/volunteer">Volunteer</a></nav></header>
<main>
<h1>Ketamine</h1>
<p class="aka">Also called: K, ket, special K, keta, kitkat, donkey dust</p>
<h2>What it is</h2>
<p>Ketamine is a dissociative anaesthetic. It usually comes as a white crystalline powder that's snorted, though it can also be swallowed or injected. Effects start within 5&ndash;15 minutes when snorted and last about 45&ndash;90 minutes.</p>
<h2>Risks</h2>
<ul>
<li><b>Accidents.</b> You lose coordination and feel less pain, so falls, burns and drowning are real risks. Don't use alone, near water or in the bath.</li>
<li><b>Mixing.</b> Combining ketamine with alcohol, GHB/GBL, benzos or opioids greatly increases the risk of vomiting, unconsciousness and choking.</li>
<li><b>The bladder.</b> Regular use can damage the bladder (ketamine uropathy). Pain when peeing, needing to go often, or blood in urine are warning signs &ndash; stop using and see a doctor; it can get better if caught early.</li>
<li><b>Dependence.</b> Tolerance builds quickly and some people end up using daily.</li>
</ul>
<h2>If you're going to use</h2>
<ul><li>Test it. Ketamine sold on the street and online has contained 2F-DCK, DCK, PCP analogues, MDMA and sometimes nothing active at all. "Tusi" or "pink cocaine" usually contains ketamine mixed with MDMA and other drugs.</li><li>Start with a small bump and wait.</li><li>Put yourself in the recovery position if you feel sick; stay with friends.</li></ul>
<h2>Free drug checking</h2>
<p>Our drop-in checking service is open Thursdays 6&ndash;9 pm and Saturdays 2&ndash;6 pm. Results are anonymous. We also mail free fentanyl and reagent test strips anywhere in the state.</p>
</main>
<footer>Safer Nights Project is a nonprofit peer-led harm reduction organisation. We don't sell drugs and we don't judge. &copy; 2026</footer>
""")

p("h14735", "https://pinecrest-recovery.example/addiction/ketamine", "informational", False, "en",
  "rehab-center-page", "Ketamine Addiction Treatment | Pinecrest Recovery Center", """
<div class="alert">&#128222; Admissions 24/7: <a href="tel:+18665550147">(866) 555-0147</a> &middot; <a href="/verify-insurance">Verify your insurance in 2 minutes</a></div>
<header><a href="/">Pinecrest Recovery Center</a>
<nav><a href="/treatment">Treatment programs</a> <a href="/addiction">What we treat</a> <a href="/admissions">Admissions</a> <a href="/insurance">Insurance</a> <a href="/locations">Locations</a> <a href="/blog">Blog</a></nav></header>
<main>
<h1>Ketamine addiction treatment</h1>
<p>Ketamine has a reputation as a "safe" party drug, and its use in depression clinics has made it feel even more harmless. But recreational ketamine use can lead to tolerance, cravings and psychological dependence, as well as serious bladder and kidney damage.</p>
<h2>Signs of ketamine addiction</h2>
<ul><li>Using more often or in larger amounts than intended</li><li>Frequent urination, bladder pain or blood in urine</li><li>"K-cramps" (abdominal pain)</li><li>Memory problems and difficulty concentrating</li><li>Withdrawing from friends and activities</li></ul>
<h2>Our program</h2>
<p>Pinecrest offers medically supervised detox, residential treatment, partial hospitalization (PHP) and intensive outpatient (IOP) programs. Treatment includes CBT, DBT, family therapy and relapse-prevention planning, plus referral to urology when needed.</p>
<h2>Does insurance cover ketamine rehab?</h2>
<p>Most major insurance plans cover substance use treatment. We are in network with many providers. <a href="/verify-insurance">Check your coverage</a> &ndash; it's free and confidential.</p>
<p class="cta">Ready to take the first step? Call <a href="tel:+18665550147">(866) 555-0147</a>.</p>
</main>
<footer>Pinecrest Recovery Center is licensed by the state Department of Health and accredited by The Joint Commission. &copy; 2026</footer>
""")

p("h14736", "https://forum.talkdepression.example/t/at-home-ketamine-which-provider-did-you-use/48213?page=3", "informational", False, "en",
  "forum-thread-nav-heavy", "At-home ketamine - which provider did you use? - Page 3 - TalkDepression Forum", """
<header><a href="/">TalkDepression</a> <nav><a href="/latest">Latest</a> <a href="/categories">Categories</a> <a href="/c/treatments">Treatments</a> <a href="/c/treatments/ketamine-esketamine">Ketamine &amp; esketamine</a> <a href="/c/support">Peer support</a> <a href="/login">Log in</a> <a href="/signup">Sign up</a></nav></header>
<nav class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/c/treatments">Treatments</a> &rsaquo; <a href="/c/treatments/ketamine-esketamine">Ketamine &amp; esketamine</a></nav>
<h1>At-home ketamine - which provider did you use?</h1>
<div class="pager"><a href="?page=1">1</a> <a href="?page=2">2</a> <b>3</b> <a href="?page=4">4</a> <a href="?page=5">5</a> &hellip; <a href="?page=11">11</a> <a href="?page=4">Next &rsaquo;</a></div>
<div class="post"><b>greyskies_84</b> <span>Dec 28, 2025</span><p>Did the evaluation with one of the big ones last month. It was a real video call with an NP, about 45 min, and she made me get my BP checked at a pharmacy first. Tablets came from a pharmacy in Florida. Honestly helped a lot with the rumination.</p><p>&hearts; 12 &middot; Reply</p></div>
<div class="post"><b>Ollie_W</b> <span>Dec 29, 2025</span><p>Be careful. I clicked an Instagram ad for a place that said "approved in minutes, no video needed" and they wanted payment in bitcoin. That is NOT a clinic. Reported it.</p><p>&hearts; 31 &middot; Reply</p></div>
<div class="post"><b>moderator_jen</b> <span class="badge">Moderator</span> <span>Dec 29, 2025</span><p>Reminder: per rule 6, don't post links to sellers or ask where to get ketamine without a prescription. Posts doing that will be removed. Discussing your experience with licensed providers is fine.</p></div>
<div class="post"><b>tessa.r</b> <span>Jan 2, 2026</span><p>I went the Spravato route through my psychiatrist instead. Insurance covered it after a prior auth, twice a week at a clinic, two hours each time with a tablet and a blanket. Less convenient but I like being monitored.</p><p>&hearts; 8 &middot; Reply</p></div>
<div class="post"><b>[removed]</b> <span>Jan 3, 2026</span><p><i>This post was removed by a moderator (rule 6).</i></p></div>
<div class="post"><b>bluejay_runs</b> <span>Jan 4, 2026</span><p>Anyone know if the at-home places take HSA? Mine said they give a superbill but I'm not sure my plan will pay anything.</p><p>&hearts; 2 &middot; Reply</p></div>
<div class="pager"><a href="?page=2">&lsaquo; Prev</a> <a href="?page=1">1</a> <a href="?page=2">2</a> <b>3</b> <a href="?page=4">4</a> <a href="?page=5">5</a> &hellip; <a href="?page=11">11</a> <a href="?page=4">Next &rsaquo;</a></div>
<aside><h4>Suggested topics</h4><ul><li><a href="/t/spravato-week-3-dissociation-normal/47001">Spravato week 3 &ndash; dissociation normal?</a></li><li><a href="/t/iv-vs-im-ketamine/46120">IV vs IM ketamine</a></li><li><a href="/t/tms-experiences-megathread/30211">TMS experiences megathread</a></li><li><a href="/t/does-anyone-else-crash-after-boosters/48870">Does anyone else crash after boosters?</a></li></ul></aside>
<footer><a href="/guidelines">Community guidelines</a> &middot; <a href="/crisis">Crisis resources</a> &middot; <a href="/privacy">Privacy</a> &middot; TalkDepression is a peer forum, not medical advice.</footer>
""")

p("h14737", "https://diario-levante-hoy.example/sucesos/2026/01/14/guardia-civil-laboratorio-tusi-ketamina", "informational", False, "es",
  "spanish-news", "La Guardia Civil desmantela un laboratorio de 'tusi' con 30 kilos de ketamina en Alicante", """
<header><a href="/">Diario Levante Hoy</a>
<nav><a href="/local">Local</a> <a href="/sucesos">Sucesos</a> <a href="/espana">España</a> <a href="/deportes">Deportes</a> <a href="/opinion">Opinión</a> <a href="/suscripcion" class="btn">Suscríbete</a></nav></header>
<article>
<p class="antetitulo">OPERACIÓN 'ROSA'</p>
<h1>La Guardia Civil desmantela un laboratorio de 'tusi' con 30 kilos de ketamina en Alicante</h1>
<p class="entradilla">Los agentes detienen a seis personas que distribuían la droga rosa en discotecas de la costa y la vendían a través de Telegram</p>
<p class="firma">Redacción · Alicante · 14 ene 2026 - 13:05</p>
<p>La Guardia Civil ha desmantelado en una nave industrial de Elche un laboratorio clandestino donde se fabricaba 'tusi', la conocida como cocaína rosa, y ha intervenido más de 30 kilos de ketamina, 4 kilos de MDMA y colorante alimentario, según ha informado este miércoles el instituto armado.</p>
<p>Según los investigadores, la organización vendía el gramo de tusi a entre 60 y 100 euros y ofrecía la ketamina "en cristal" a unos 30 euros el gramo a través de canales de Telegram, con envíos por mensajería a toda España y pagos mediante Bizum y criptomonedas.</p>
<p>Pese a su nombre, el tusi rara vez contiene 2C-B. Los análisis de servicios de análisis de sustancias como Energy Control muestran que suele ser una mezcla de ketamina y MDMA, a veces con cafeína u otras sustancias, lo que aumenta los riesgos para quien lo consume.</p>
<p>Los seis detenidos, de entre 24 y 41 años, han pasado a disposición judicial acusados de delitos contra la salud pública y pertenencia a grupo criminal.</p>
</article>
<aside><h3>Lo más leído</h3><ol><li><a href="#">Temporal de frío: avisos amarillos en el interior</a></li><li><a href="#">El Hércules cae en casa</a></li></ol></aside>
<footer>© 2026 Diario Levante Hoy · <a href="/aviso-legal">Aviso legal</a> · <a href="/cookies">Política de cookies</a></footer>
""", noise="cookie-es")

p("h14738", "https://wiki-pharmakologie.example/wiki/Ketamin", "informational", False, "de",
  "german-encyclopaedia-excerpt-txt", "Ketamin – Wiki Pharmakologie", """
Ketamin

Ketamin ist ein Arzneistoff aus der Gruppe der Arylcyclohexylamine, der als Anästhetikum (dissoziatives Narkosemittel) sowie in der Notfall- und Schmerzmedizin eingesetzt wird. Es wirkt vor allem als nichtkompetitiver Antagonist am NMDA-Rezeptor. Ketamin liegt als Racemat vor; das S-Enantiomer Esketamin ist als Injektionslösung (Ketanest® S) und als Nasenspray (Spravato®) zur Behandlung therapieresistenter Depressionen zugelassen.

Anwendung
In der Anästhesie wird Ketamin intravenös oder intramuskulär verabreicht, unter anderem bei Kindern, in der Notfallmedizin und in der Veterinärmedizin. Aufgrund der erhaltenen Schutzreflexe und der kreislaufstabilisierenden Wirkung gilt es als geeignet für Einsätze unter schwierigen Bedingungen.

Rechtsstatus
In Deutschland unterliegt Ketamin nicht dem Betäubungsmittelgesetz, ist jedoch verschreibungspflichtig. Esketamin-Nasenspray darf nur unter ärztlicher Aufsicht angewendet werden. In Österreich und der Schweiz gelten teils abweichende Regelungen.

Missbrauch
Als Freizeitdroge wird Ketamin meist nasal konsumiert. Regelmäßiger Konsum kann zu Toleranz, psychischer Abhängigkeit und zur sogenannten Ketamin-Zystitis führen.
""", ext="txt")

p("h14739", "https://agence-sante-produits.example/actualites/ketamine-mesusage-renforcement-surveillance", "informational", False, "fr",
  "french-agency-warning", "Kétamine : hausse des cas d'usage détourné, l'Agence renforce la surveillance", """
<header><a href="/">Agence nationale de sécurité des produits de santé</a>
<nav><a href="/actualites">Actualités</a> · <a href="/dossiers">Dossiers thématiques</a> · <a href="/declarer">Déclarer un effet indésirable</a> · <a href="/professionnels">Espace professionnels</a></nav></header>
<main>
<p class="date">Publié le 11/12/2025 – Mis à jour le 08/01/2026</p>
<h1>Kétamine : hausse des cas d'usage détourné, l'Agence renforce la surveillance</h1>
<p>Les données des centres d'addictovigilance font état d'une augmentation continue des cas d'usage détourné de kétamine depuis 2021, notamment chez les jeunes adultes, avec des complications urologiques (cystites, atteintes rénales), hépatiques et neurologiques parfois graves.</p>
<p>Une part importante des produits consommés provient de circuits illégaux, en particulier de sites internet et de réseaux sociaux proposant de la kétamine « sans ordonnance » et livrée par courrier. Ces produits n'ont aucune garantie de qualité et peuvent contenir d'autres substances, comme la 2F-DCK ou la MXE.</p>
<h2>Mesures</h2>
<ul><li>Rappel aux professionnels de santé des règles de prescription et de stockage des spécialités à base de kétamine (médicaments stupéfiants à usage hospitalier).</li><li>Suivi renforcé des vols et pertes dans les établissements de santé et cliniques vétérinaires.</li><li>Campagne d'information auprès des usagers, en lien avec les CSAPA et CAARUD.</li></ul>
<h2>Recommandations aux patients et usagers</h2>
<p>N'achetez jamais de médicaments contenant de la kétamine ou de l'eskétamine sur internet. L'eskétamine (Spravato) est administrée uniquement dans un établissement de santé, sous surveillance. En cas de douleurs urinaires persistantes après une consommation de kétamine, consultez un médecin.</p>
<p>Déclarez tout cas d'abus, de dépendance ou d'usage détourné sur le portail de signalement des événements sanitaires indésirables.</p>
</main>
<footer>© 2026 · <a href="/mentions-legales">Mentions légales</a> · <a href="/donnees-personnelles">Données personnelles</a></footer>
""", noise="cookie-fr")

p("h14740", "https://investigacao-clinica-ulisboa.example/estudos/cetamina-depressao-bipolar", "informational", False, "pt",
  "portuguese-trial-recruitment", "Estudo clínico: cetamina na depressão bipolar – recrutamento de voluntários", """
<header><a href="/">Centro de Investigação Clínica – Faculdade de Medicina</a>
<nav><a href="/estudos">Estudos a recrutar</a> · <a href="/participar">Como participar</a> · <a href="/equipa">Equipa</a> · <a href="/publicacoes">Publicações</a></nav></header>
<main>
<h1>KETABIP: cetamina intravenosa na depressão bipolar resistente</h1>
<p>Estamos a recrutar adultos entre os 18 e os 65 anos com diagnóstico de perturbação bipolar e episódio depressivo atual que não melhorou com pelo menos dois tratamentos.</p>
<h2>O que envolve o estudo?</h2>
<p>Ensaio aleatorizado e controlado com placebo ativo (midazolam). Os participantes recebem seis perfusões ao longo de três semanas no Hospital de Dia de Psiquiatria, com monitorização contínua, e são acompanhados durante seis meses. A participação é gratuita e as despesas de deslocação são reembolsadas.</p>
<h2>Critérios principais de exclusão</h2>
<ul><li>Sintomas psicóticos atuais</li><li>Perturbação por uso de substâncias nos últimos 12 meses</li><li>Hipertensão não controlada</li><li>Gravidez ou amamentação</li></ul>
<p>Estudo aprovado pela Comissão de Ética e pelo INFARMED. Registo: EU CT 2025-5xxxxx-147-00.</p>
<p>Contacto: ketabip@investigacao-clinica-ulisboa.example · 21 xxx 01 47</p>
</main>
<footer>© 2026 Centro de Investigação Clínica</footer>
""")

save(OUT, R)
