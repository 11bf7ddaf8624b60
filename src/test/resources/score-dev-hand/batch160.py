# Batch 160 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "A random week of the ketamine web": an ordinary, fair sample of ketamine-related pages as they
# commonly are, every category in its usual forms, US and Europe, long and short, tidy and messy; no
# particular trick in mind.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, nl 3, pt 2, it 2).
# Shapes: long shop product page with chrome and cookie banner, seller shipping/reship FAQ, fake
# "online clinic" questionnaire funnel, affiliate "best vendors" listicle, social bio snippet (txt),
# marketplace listing, vet supply shop, bot-check wall (url-only), Spanish WhatsApp shop, German
# Bitcoin shop, French classified, Dutch RC webshop, Brazilian Pix shop, Italian no-prescription
# pharmacy; telehealth home page, pricing/checkout, clinician roster, virtual psychiatry referring for
# Spravato, FAQ excerpt (txt), provider scam-warning blog post, German/Spanish/Dutch telepsychiatry;
# infusion clinic home page, REMS Spravato centre, KAP practice, bill-pay page, navigation-heavy
# partial page, French hospital department, Italian esketamine centre, Portuguese infusion clinic;
# news with street prices, government warning, harm reduction, law firm, forum thread, German drug
# checking, Spanish encyclopaedia, Dutch news, French addiction centre.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch160.py (writes batch160/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch160")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (English)

p("h16001", "https://k-pharmaworld.example/product/buy-ketamine-crystal-online/", "seller", True, "en",
  "shop-product-page-long-chrome", "Buy Ketamine Crystal Online | Pharmaceutical Grade | K-PharmaWorld", """
<div class="top-strip">&#128666; Worldwide delivery &middot; 100% delivery guarantee &middot; Bitcoin, Monero, USDT accepted &middot; 10% OFF with crypto</div>
<header>
<a class="logo" href="/">K-Pharma<b>World</b></a>
<form class="search" action="/"><input name="s" placeholder="Search products..."><button>Search</button></form>
<nav class="main">
<a href="/">Home</a>
<a href="/shop/">Shop</a>
<a href="/product-category/dissociatives/">Dissociatives</a>
<a href="/product-category/psychedelics/">Psychedelics</a>
<a href="/product-category/pain-relief/">Pain Relief</a>
<a href="/product-category/anxiety/">Anxiety</a>
<a href="/track-order/">Track Order</a>
<a href="/contact-us/">Contact Us</a>
<a href="/cart/">Cart 0 items $0.00</a>
</nav>
</header>
<main>
<nav class="woocommerce-breadcrumb"><a href="/">Home</a> / <a href="/product-category/dissociatives/">Dissociatives</a> / Buy Ketamine Crystal Online</nav>
<div class="product">
<div class="images"><img src="/wp-content/uploads/2025/03/ketamine-crystal-shards.jpg" alt="ketamine crystal"></div>
<div class="summary entry-summary">
<h1 class="product_title">Buy Ketamine Crystal Online</h1>
<div class="star-rating">Rated 4.87 out of 5 based on 231 customer ratings</div>
<p class="price"><span>$120.00</span> &ndash; <span>$1,450.00</span></p>
<div class="short-description">
<p>Top quality ketamine crystal shards, 99.3% purity, lab tested. Clean, smooth and long lasting. Perfect for our customers who know what they want. No prescription needed, no questions asked.</p>
</div>
<form class="variations_form cart">
<table class="variations"><tr><th><label for="pa_quantity">Quantity</label></th><td>
<select id="pa_quantity" name="attribute_pa_quantity">
<option value="">Choose an option</option>
<option value="5g">5 grams &ndash; $120</option>
<option value="10g">10 grams &ndash; $210</option>
<option value="28g">28 grams (1 oz) &ndash; $480</option>
<option value="100g">100 grams &ndash; $1,450</option>
</select></td></tr></table>
<div class="quantity"><input type="number" value="1" min="1"></div>
<button type="submit" class="single_add_to_cart_button button alt">Add to cart</button>
</form>
<div class="product_meta"><span class="sku_wrapper">SKU: KC-099</span> <span class="posted_in">Categories: <a href="/product-category/dissociatives/">Dissociatives</a>, <a href="/product-category/anxiety/">Anxiety</a></span></div>
</div>
</div>
<div class="woocommerce-tabs">
<ul class="tabs"><li><a href="#tab-description">Description</a></li><li><a href="#tab-reviews">Reviews (231)</a></li><li><a href="#tab-shipping">Shipping</a></li></ul>
<div id="tab-description">
<h2>Description</h2>
<p>Ketamine is a dissociative anaesthetic used in human and veterinary medicine. In recent years it has become popular for depression treatment and for recreational use. At K-PharmaWorld you can buy ketamine online safely and discreetly from a trusted supplier with over 8 years in the market.</p>
<p>Our ketamine crystal is sourced directly from pharmaceutical manufacturers in India and Europe. Every batch is tested before shipment. We also stock <a href="/product/ketamine-hcl-powder/">Ketamine HCl Powder</a>, <a href="/product/ketalar-50mg-ml/">Ketalar 50mg/ml vials</a> and <a href="/product/esketamine-nasal-spray/">Esketamine nasal spray</a>.</p>
<h3>Why buy ketamine from us?</h3>
<ul>
<li>Discreet, vacuum sealed stealth packaging &ndash; no smell, no logos</li>
<li>Free reshipment if your package is seized or lost</li>
<li>Fast delivery: USA 2&ndash;4 days, Europe 4&ndash;7 days, Australia 7&ndash;10 days</li>
<li>Pay with Bitcoin, Zelle, Cash App or gift cards</li>
<li>24/7 support via WhatsApp and Telegram</li>
</ul>
<h3>How to use ketamine</h3>
<p>Dosage depends on your purpose and tolerance. Start low, go slow. Do not mix with alcohol or benzodiazepines.</p>
</div>
<div id="tab-reviews">
<h2>231 reviews for Buy Ketamine Crystal Online</h2>
<div class="review"><strong>Jason R.</strong> &ndash; <em>Verified owner</em><p>Second order, arrived in 3 days to Ohio. Stealth was perfect. Great stuff.</p></div>
<div class="review"><strong>Lena</strong> &ndash; <em>Verified owner</em><p>Paid with BTC, got tracking the next day. Will order again.</p></div>
<div class="review"><strong>mike_uk</strong> &ndash; <em>Verified owner</em><p>Customs held it first time, they reshipped free. Legit vendor.</p></div>
</div>
</div>
<section class="related products"><h2>Related products</h2>
<ul>
<li><a href="/product/buy-ketamine-hcl-powder/">Buy Ketamine HCL Powder</a> $150.00 &ndash; $1,600.00</li>
<li><a href="/product/buy-2-fdck-online/">Buy 2-FDCK Online</a> $90.00 &ndash; $900.00</li>
<li><a href="/product/buy-mdma-crystal/">Buy MDMA Crystal</a> $110.00 &ndash; $1,100.00</li>
<li><a href="/product/ketalar-ampoules/">Ketalar Ampoules 10x10ml</a> $380.00</li>
</ul></section>
</main>
<footer>
<div class="cols">
<div><h4>Information</h4><a href="/about-us/">About Us</a> <a href="/faq/">FAQ</a> <a href="/shipping-policy/">Shipping Policy</a> <a href="/refund-policy/">Refund Policy</a> <a href="/privacy-policy/">Privacy Policy</a></div>
<div><h4>Contact</h4><p>WhatsApp: +1 (415) 555-0190<br>Telegram: @kpharmaworld<br>Email: support@k-pharmaworld.example</p></div>
<div><h4>We accept</h4><p>Bitcoin &middot; Ethereum &middot; USDT &middot; Zelle &middot; Cash App &middot; Apple gift card</p></div>
</div>
<p>&copy; 2026 K-PharmaWorld. All rights reserved.</p>
</footer>
<a class="whatsapp-float" href="https://wa.me/14155550190">Chat with us</a>
""", noise="cookie")

p("h16002", "https://chemsource-labs.example/faq/shipping-and-reship", "seller", True, "en",
  "rc-vendor-shipping-faq", "Shipping, Payment & Reship FAQ - ChemSource Labs", """
<header><a href="/">ChemSource Labs</a> &mdash; Research Chemicals Since 2014
<nav><a href="/shop">All Products</a> | <a href="/category/arylcyclohexylamines">Arylcyclohexylamines</a> | <a href="/category/tryptamines">Tryptamines</a> | <a href="/category/benzofurans">Benzofurans</a> | <a href="/coa">COA / Lab Reports</a> | <a href="/faq">FAQ</a> | <a href="/account">My Account</a></nav></header>
<main>
<h1>Frequently Asked Questions</h1>
<p class="disclaimer"><strong>All products are sold for laboratory research purposes only. Not for human consumption. By placing an order you confirm you are 21+ and a qualified researcher.</strong></p>
<h2>Shipping</h2>
<h3>Where do you ship from?</h3>
<p>We have stock in two warehouses, one inside the EU (Netherlands) and one domestic US. Orders for 2-FDCK, DCK (deschloroketamine), 3-MeO-PCE and O-PCE ship from the EU warehouse. Domestic US orders usually arrive in 2&ndash;5 business days.</p>
<h3>How is my order packed?</h3>
<p>All orders are sent in plain, double vacuum-sealed mylar bags inside a padded envelope. No company name appears on the outside. Return address is a generic business name.</p>
<h3>What if my order does not arrive?</h3>
<p>We offer a one-time free reship for orders to the USA, UK, Canada and EU countries if tracking shows no movement for 15 business days or you receive a customs seizure letter. Send us a photo of the letter. For Australia and Norway we reship at 50%.</p>
<h3>Do you ship to Russia, Sweden or Turkey?</h3>
<p>No, not at the moment.</p>
<h2>Payment</h2>
<h3>What payment methods do you accept?</h3>
<p>Bitcoin (BTC), Litecoin (LTC), Monero (XMR) and bank transfer (SEPA, EU only). Crypto orders get 12% off automatically at checkout. Credit card payments are not possible for our product category.</p>
<h3>Is there a minimum order?</h3>
<p>Minimum order is 1 g for arylcyclohexylamines (e.g. <a href="/product/2-fdck">2-FDCK 1g &euro;35 / 5g &euro;110 / 25g &euro;390</a>, <a href="/product/deschloroketamine">DCK 1g &euro;40 / 5g &euro;140</a>). Bulk prices on request.</p>
<h2>Legal</h2>
<h3>Are your products legal?</h3>
<p>It is the responsibility of the customer to check the legal status in their country. We do not ship substances that are controlled in the destination country to our knowledge. Laws change quickly.</p>
</main>
<footer><p>Contact: Wickr / Session / Threema on request &middot; orders@chemsource-labs.example</p><p>&copy; ChemSource Labs. Research use only.</p></footer>
""")

p("h16003", "https://calmmind-online-clinic.example/get-started", "seller", True, "en",
  "fake-online-clinic-questionnaire", "CalmMind | Ketamine Nasal Spray Delivered in 24h - No Appointment Needed", """
<header><a class="brand" href="/">CalmMind&trade;</a><nav><a href="/how-it-works">How it works</a><a href="/pricing">Pricing</a><a href="/reviews">Reviews</a><a href="/get-started" class="btn">Get started</a></nav></header>
<main>
<section class="hero">
<h1>Feel better by tomorrow.</h1>
<p>Prescription-strength ketamine nasal spray, sent to your door in discreet packaging. No video calls, no waiting rooms, no insurance hassle.</p>
</section>
<section class="steps">
<h2>3 easy steps</h2>
<ol>
<li><strong>Answer a 2-minute questionnaire</strong> about your mood and sleep.</li>
<li><strong>Get instant approval</strong> &mdash; our system reviews your answers automatically, 98% of people are approved.</li>
<li><strong>Receive your spray</strong> within 24&ndash;48 hours. Refills ship automatically every month.</li>
</ol>
</section>
<section class="quiz">
<h2>Start your assessment</h2>
<form action="/quiz/step-2" method="post">
<label>Over the past 2 weeks, how often have you felt down, depressed or hopeless?
<select name="q1"><option>Not at all</option><option>Several days</option><option>More than half the days</option><option>Nearly every day</option></select></label>
<label>Are you 18 or older? <input type="checkbox" name="adult" checked></label>
<label>Shipping state <select name="state"><option>All 50 states supported</option></select></label>
<button>Continue &rarr;</button>
</form>
</section>
<section class="pricing">
<h2>Simple pricing</h2>
<div class="plan"><h3>Starter</h3><p>1 bottle (10 sprays, 50 mg/ml compounded ketamine)</p><p class="price">$149</p></div>
<div class="plan best"><h3>Monthly</h3><p>3 bottles, auto-refill, cancel anytime</p><p class="price">$349/mo</p></div>
<p>We accept all major cards, Apple Pay and crypto. HSA/FSA receipts available.</p>
</section>
<p class="fine">*Approval is based on the questionnaire; a provider signs off on your order. Results may vary. Not available where prohibited.</p>
</main>
<footer>&copy; 2026 CalmMind Health Inc. &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h16004", "https://mentalwellnessreviews.example/best-sites-to-buy-ketamine-online-2026/", "seller", True, "en",
  "affiliate-listicle-doorway", "7 Best Sites to Buy Ketamine Online in 2026 (Tested & Reviewed)", """
<header><a href="/">Mental Wellness Reviews</a><nav><a href="/category/supplements/">Supplements</a> <a href="/category/cbd/">CBD</a> <a href="/category/nootropics/">Nootropics</a> <a href="/category/psychedelics/">Psychedelics</a></nav></header>
<article>
<h1>7 Best Sites to Buy Ketamine Online in 2026 (Tested &amp; Reviewed)</h1>
<p class="byline">By Tyler Brooks &middot; Updated November 28, 2026 &middot; 11 min read</p>
<p class="disclosure"><em>Disclosure: This post contains affiliate links. If you buy through our links we may earn a commission at no extra cost to you.</em></p>
<p>Looking for where to buy ketamine online without a prescription? You are not alone. With clinic infusions costing $400&ndash;$800 each, more and more people are ordering ketamine directly from online vendors. We ordered from 15 different sites over six months and ranked them on purity, stealth, delivery speed and customer service.</p>
<h2>Quick picks</h2>
<ol>
<li><a href="https://go.mentalwellnessreviews.example/k-pharmaworld" rel="sponsored nofollow">K-PharmaWorld</a> &ndash; Best overall (use code <b>MWR15</b> for 15% off)</li>
<li><a href="https://go.mentalwellnessreviews.example/ketaminestore" rel="sponsored nofollow">KetamineStore24</a> &ndash; Fastest US domestic shipping</li>
<li><a href="https://go.mentalwellnessreviews.example/eurochems" rel="sponsored nofollow">EuroChems</a> &ndash; Best for Europe</li>
<li><a href="https://go.mentalwellnessreviews.example/vetpharm" rel="sponsored nofollow">VetPharm Direct</a> &ndash; Best for liquid vials</li>
<li><a href="https://go.mentalwellnessreviews.example/calmmind" rel="sponsored nofollow">CalmMind</a> &ndash; Best &quot;legal&quot; option (nasal spray, questionnaire only)</li>
</ol>
<h2>1. K-PharmaWorld &ndash; best overall</h2>
<p>Our order of 10 g arrived in Texas after 3 days in vacuum-sealed stealth packaging. Reagent test showed ketamine only. Price: $210 for 10 g. They accept Bitcoin and Zelle, and the Telegram support answered within minutes.</p>
<p><strong>Pros:</strong> reship guarantee, high purity. <strong>Cons:</strong> no credit cards.</p>
<p><a class="button" href="https://go.mentalwellnessreviews.example/k-pharmaworld" rel="sponsored nofollow">Visit K-PharmaWorld &rarr;</a></p>
<h2>2. KetamineStore24</h2>
<p>Ships from inside the US, so no customs. Slightly more expensive ($140 for 5 g), but overnight delivery is available.</p>
<p><a class="button" href="https://go.mentalwellnessreviews.example/ketaminestore" rel="sponsored nofollow">Check price &rarr;</a></p>
<h2>3. EuroChems</h2>
<p>If you live in the EU, EuroChems is our pick. They also carry analogues like 2-FDCK and DCK if you want something &quot;legal&quot; in your country.</p>
<h2>Is it legal to buy ketamine online?</h2>
<p>Ketamine is a Schedule III controlled substance in the United States. Buying it without a prescription is technically illegal, but vendors with good stealth rarely have problems. Always check your local laws.</p>
<h2>FAQ</h2>
<p><strong>Can I pay with PayPal?</strong> Most vendors do not accept PayPal. Crypto is the safest option for your privacy.</p>
<p><strong>What dose should I start with?</strong> See our <a href="/ketamine-dosage-guide/">ketamine dosage guide</a>.</p>
</article>
<aside><h3>Popular posts</h3><a href="/best-kratom-vendors/">Best Kratom Vendors</a> <a href="/where-to-buy-psilocybin-online/">Where to Buy Psilocybin Online</a> <a href="/best-delta-8-brands/">Best Delta-8 Brands</a></aside>
<footer>&copy; 2026 Mental Wellness Reviews. For informational purposes only. Not medical advice.</footer>
""", noise="cookie")

p("h16005", "https://linktr.example/k.plug.eu", "seller", True, "en",
  "social-bio-snippet", "k.plug.eu | Linktree", """
k.plug.eu 🦄❄️
ketty (shards + powder), MD, 2CB, carts 💨
EU 🇪🇺 + UK 🇬🇧 + USA 🇺🇸 stealth shipping, 24h dispatch
menu + prices on telegram 👉 @kplug_eu_bot
payment BTC / XMR / revolut ✅ reship if seized
snap: kplug.eu2 (backup)
no timewasters, no samples, 18+
""", ext="txt")

p("h16006", "https://abacus-mirror-market.example/listing/8f2c11a9-ketamine-s-isomer-5g", "seller", True, "en",
  "marketplace-listing", "Ketamine (S-isomer) Shards 5g — TopShelfUK — Abacus Market", """
<div class="market-nav"><a href="/">Abacus</a> <a href="/category/drugs">Drugs</a> &gt; <a href="/category/drugs/dissociatives">Dissociatives</a> &gt; <a href="/category/drugs/dissociatives/ketamine">Ketamine</a> <span class="user">Logged in as guest_4471 &middot; Balance 0.000 XMR</span></div>
<div class="listing">
<h1>&#9889; 5g Ketamine S-ISOMER needle shards &#9889; UK&gt;WW &#9889; FE for trusted</h1>
<table>
<tr><td>Vendor</td><td><a href="/vendor/TopShelfUK">TopShelfUK</a> (Level 7, 2,183 sales, 98.9% positive)</td></tr>
<tr><td>Price</td><td>GBP 115.00 / 0.00067 BTC / 0.71 XMR</td></tr>
<tr><td>Ships from</td><td>United Kingdom</td></tr>
<tr><td>Ships to</td><td>Worldwide</td></tr>
<tr><td>Escrow</td><td>Multisig / Escrow &middot; FE after 50 orders</td></tr>
<tr><td>Stock</td><td>Unlimited</td></tr>
</table>
<select name="shipping"><option>UK Royal Mail 1st class signed - &pound;5</option><option>UK Next day - &pound;12</option><option>EU tracked - &pound;18</option><option>Worldwide stealth - &pound;25</option></select>
<button>Buy now</button> <button>Add to cart</button>
<h2>Description</h2>
<p>Back in stock!! Same batch as last month, big glassy needle shards, very clean, no numb drip. Vac sealed x2 + MBB, letter-sized stealth. Orders before 2pm ship same day Mon-Fri. Cut-off for weekend is Friday 12pm.</p>
<p>Please leave address encrypted with my PGP key. Unencrypted addresses will be cancelled. No refunds for wrong address. Reship 50% after 10 working days UK / 20 working days WW.</p>
<h2>Feedback</h2>
<ul>
<li>5/5 &ndash; &quot;fast as always, top gear&quot; &ndash; b***7 &ndash; 2 days ago</li>
<li>5/5 &ndash; &quot;arrived Tuesday, stealth on point&quot; &ndash; m***a &ndash; 4 days ago</li>
<li>2/5 &ndash; &quot;weighed 4.7g&quot; &ndash; k***r &ndash; 1 week ago</li>
</ul>
</div>
<footer>Abacus mirror &middot; PGP verified link &middot; Always check the URL</footer>
""")

p("h16007", "https://vetsupplydirect-usa.example/products/ketaset-ketamine-hcl-injection-100mg-ml-10ml", "seller", True, "en",
  "vet-supply-sold-to-anyone", "Ketaset (Ketamine HCl Injection USP) 100 mg/mL, 10 mL vial | VetSupply Direct USA", """
<header>
<div class="announcement">No vet account needed! Ships discreetly from our US warehouse. Same-day dispatch before 3 PM EST.</div>
<a href="/" class="logo">VetSupply Direct USA</a>
<nav><a href="/collections/dog">Dog</a> <a href="/collections/cat">Cat</a> <a href="/collections/horse">Horse</a> <a href="/collections/anesthesia">Anesthesia</a> <a href="/collections/pain">Pain</a> <a href="/collections/antibiotics">Antibiotics</a> <a href="/cart">Cart</a></nav>
</header>
<main>
<div class="product-single">
<img src="/cdn/ketaset-10ml.png" alt="Ketaset 10ml">
<h1>Ketaset (Ketamine HCl Injection USP) 100 mg/mL &ndash; 10 mL</h1>
<p class="vendor">Zoetis</p>
<p class="price">$89.99 <s>$119.00</s></p>
<label>Pack size <select><option>1 vial &ndash; $89.99</option><option>5 vials &ndash; $399.00</option><option>10 vials &ndash; $749.00</option><option>25 vials (box) &ndash; $1,690.00</option></select></label>
<button class="add-to-cart">Add to cart</button>
<button class="buy-now">Buy it now</button>
<p class="note">&#10003; No prescription required for online orders &middot; &#10003; Plain packaging &middot; &#10003; Bitcoin 10% discount</p>
</div>
<div class="description">
<p>Ketaset is a rapid-acting general anesthetic for use in cats and subhuman primates. Each mL contains ketamine hydrochloride equivalent to 100 mg ketamine base activity.</p>
<p>Our customers include breeders, farms, shelters and private owners. Due to high demand we limit orders to 25 vials per customer per month.</p>
<h3>Storage</h3><p>Store at 20&deg; to 25&deg;C. Protect from light.</p>
<h3>Shipping</h3><p>USA 1&ndash;3 days via USPS Priority. Canada, UK and Australia 5&ndash;9 days with full tracking. Packages are labeled as &quot;pet supplies&quot;.</p>
</div>
<div class="also"><h3>Customers also bought</h3><a href="/products/xylazine-100mg-ml">Xylazine 100 mg/ml</a> <a href="/products/telazol">Telazol 5ml</a> <a href="/products/acepromazine-10mg">Acepromazine 10mg</a></div>
</main>
<footer><p>Questions? Text or WhatsApp +1 (302) 555-0148</p><p>&copy; VetSupply Direct USA</p></footer>
""", noise="cookie")

p("h16008", "https://ketamine-shop-24.example/product-category/ketamine/", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="main-wrapper" role="main">
<div class="main-content">
<h1 class="zone-name-title h1">ketamine-shop-24.example</h1>
<h2 class="h2" id="challenge-running">Checking if the site connection is secure</h2>
<noscript><div class="h2">Enable JavaScript and cookies to continue</div></noscript>
<div id="challenge-body-text" class="core-msg spacer">ketamine-shop-24.example needs to review the security of your connection before proceeding.</div>
</div>
</div>
<div class="footer" role="contentinfo"><div class="footer-inner">Ray ID: 8e4b1f0c7a2d31e5 &middot; Performance &amp; security by a CDN provider</div></div>
""")

# ---------------------------------------------------------------- sellers (es, de, fr, nl, pt, it)

p("h16009", "https://farmaciaexpress-sinreceta.example/producto/comprar-ketamina-liquida/", "seller", True, "es",
  "es-whatsapp-shop", "Comprar Ketamina Líquida Online | Envío Discreto a toda España", """
<header><a href="/">FarmaciaExpress <small>sin receta</small></a>
<nav><a href="/">Inicio</a> <a href="/tienda/">Tienda</a> <a href="/categoria/ansiedad/">Ansiedad</a> <a href="/categoria/dolor/">Dolor</a> <a href="/categoria/dormir/">Dormir</a> <a href="/como-comprar/">Cómo comprar</a> <a href="/contacto/">Contacto</a> <a href="/carrito/">Carrito (0)</a></nav></header>
<main>
<h1>Comprar Ketamina Líquida (Ketolar 50 mg/ml) &ndash; 10 ampollas</h1>
<p class="precio">89,00 &euro; &ndash; 690,00 &euro;</p>
<select><option>1 caja (5 ampollas x 10 ml) &ndash; 89 &euro;</option><option>3 cajas &ndash; 240 &euro;</option><option>10 cajas &ndash; 690 &euro;</option></select>
<button>Añadir al carrito</button>
<p>&iexcl;Ketamina original de farmacia! Sin receta médica y sin complicaciones. Envío discreto en 24/48 h a toda la península, Baleares y Canarias (Canarias 3-5 días). También enviamos a Portugal, Francia e Italia.</p>
<h2>¿Cómo hacer tu pedido?</h2>
<ol>
<li>Elige el producto y la cantidad.</li>
<li>Escríbenos por WhatsApp al <b>+34 612 55 01 77</b> o por Telegram <b>@farmaexpress_es</b> con tu pedido.</li>
<li>Paga por Bizum, transferencia, Bitcoin o tarjeta regalo (Paysafecard).</li>
<li>Recibe tu paquete sin remitente y sin ningún logo.</li>
</ol>
<h2>Preguntas frecuentes</h2>
<p><b>¿Es seguro?</b> Llevamos más de 6 años vendiendo y tenemos cientos de clientes satisfechos. Si Aduanas retiene tu pedido lo reenviamos gratis.</p>
<p><b>¿Puedo pagar contra reembolso?</b> Solo para clientes con 2 pedidos anteriores.</p>
<p><b>¿Tenéis ketamina en polvo?</b> Sí, ver <a href="/producto/ketamina-cristal/">ketamina en cristal</a> desde 45 &euro;/gramo.</p>
<div class="opiniones"><h3>Opiniones</h3><p>&#9733;&#9733;&#9733;&#9733;&#9733; &quot;Llegó en 2 días a Sevilla, todo perfecto&quot; &ndash; Carlos M.</p><p>&#9733;&#9733;&#9733;&#9733;&#9734; &quot;Tardó un poco más pero bien&quot; &ndash; Lucía</p></div>
</main>
<footer>FarmaciaExpress &copy; 2026 &middot; <a href="/aviso-legal/">Aviso legal</a> &middot; <a href="/politica-de-privacidad/">Privacidad</a></footer>
<a class="wa" href="https://wa.me/34612550177">Pide por WhatsApp</a>
""", noise="cookie-es")

p("h16010", "https://apotheke-diskret24.example/ketamin-kaufen", "seller", True, "de",
  "de-bitcoin-shop", "Ketamin kaufen ohne Rezept – diskreter Versand | Apotheke Diskret24", """
<header><a href="/" class="logo">Apotheke Diskret24</a>
<nav><a href="/">Startseite</a> <a href="/schmerzmittel">Schmerzmittel</a> <a href="/schlafmittel">Schlafmittel</a> <a href="/potenzmittel">Potenzmittel</a> <a href="/ketamin-kaufen">Ketamin</a> <a href="/versand">Versand &amp; Zahlung</a> <a href="/warenkorb">Warenkorb</a></nav></header>
<main>
<h1>Ketamin kaufen ohne Rezept</h1>
<p>Bei uns können Sie Ketamin und Esketamin (Ketanest&reg; S) schnell, sicher und vor allem diskret online bestellen &ndash; ganz ohne Rezept und ohne Arztbesuch. Versand innerhalb Deutschlands, nach Österreich und in die Schweiz.</p>
<table class="produkte">
<tr><th>Produkt</th><th>Menge</th><th>Preis</th><th></th></tr>
<tr><td>Ketanest&reg; S 25 mg/ml Injektionslösung</td><td>5 Ampullen à 2 ml</td><td>79,00 &euro;</td><td><button>In den Warenkorb</button></td></tr>
<tr><td>Ketanest&reg; S 25 mg/ml Injektionslösung</td><td>25 Ampullen</td><td>329,00 &euro;</td><td><button>In den Warenkorb</button></td></tr>
<tr><td>Ketamin HCl Pulver (Kristall)</td><td>5 g</td><td>150,00 &euro;</td><td><button>In den Warenkorb</button></td></tr>
<tr><td>Ketamin HCl Pulver (Kristall)</td><td>20 g</td><td>490,00 &euro;</td><td><button>In den Warenkorb</button></td></tr>
</table>
<h2>Versand &amp; Zahlung</h2>
<ul>
<li>Neutrale Verpackung ohne Absender, Versand per DHL oder Hermes</li>
<li>Lieferzeit 2&ndash;4 Werktage (DE), 3&ndash;6 Werktage (AT/CH)</li>
<li>Zahlung per Bitcoin (&ndash;10 %), Überweisung oder Paysafecard</li>
<li>Bei Zollproblemen kostenloser Neuversand</li>
</ul>
<h2>Was ist Ketamin?</h2>
<p>Ketamin ist ein Narkosemittel, das auch bei therapieresistenter Depression und chronischen Schmerzen eingesetzt wird. Viele unserer Kunden nutzen es, weil die Wartezeiten für eine Behandlung in der Klinik monatelang sind.</p>
<p class="hinweis">Hinweis: Bitte lesen Sie vor der Anwendung die Packungsbeilage. Bei Fragen erreichen Sie uns per Telegram (@diskret24_support) oder E-Mail.</p>
</main>
<footer><a href="/impressum">Impressum</a> &middot; <a href="/agb">AGB</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; &copy; 2026 Diskret24</footer>
""", noise="cookie-de")

p("h16011", "https://petites-annonces-marseille.example/annonce/sante-bien-etre/vends-keta-k-livraison-rapide-2418830", "seller", True, "fr",
  "fr-classified-ad", "Vends kéta / K – livraison rapide Marseille et toute la France | Petites Annonces Marseille", """
<div class="site"><a href="/">PetitesAnnonces<b>Marseille</b></a> <a href="/deposer">Déposer une annonce</a> <a href="/mes-annonces">Mes annonces</a> <a href="/connexion">Se connecter</a></div>
<nav class="fil"><a href="/">Accueil</a> &rsaquo; <a href="/sante-bien-etre">Santé &amp; bien-être</a> &rsaquo; Annonce n&deg;2418830</nav>
<div class="annonce">
<h1>Vends kéta / K &ndash; livraison rapide Marseille et toute la France</h1>
<p class="prix">40 &euro;</p>
<p class="meta">Publiée le 3 décembre 2026 à 23:41 &middot; Marseille 13003 &middot; Particulier</p>
<div class="texte">
<p>Salut, je propose de la kétamine de très bonne qualité (cailloux / paillettes), 40&euro; le gramme, 180&euro; les 5g, prix dégressif au-delà.</p>
<p>Remise en main propre sur Marseille centre ou envoi par colis discret partout en France (Mondial Relay / Lettre suivie). Paiement espèces, Lydia, PCS ou crypto.</p>
<p>Contact uniquement sur Telegram : <b>@keta_13_fr</b> ou Signal. Pas de réponse ici. Sérieux uniquement.</p>
<p>Dispo aussi : 3MMC, MD, champi.</p>
</div>
<p class="signaler"><a href="/signaler/2418830">Signaler cette annonce</a></p>
</div>
<div class="similaires"><h3>Annonces similaires</h3><a href="/annonce/sante-bien-etre/massage-relaxant-a-domicile-2418511">Massage relaxant à domicile</a> &middot; <a href="/annonce/sante-bien-etre/cbd-fleurs-2417962">Fleurs CBD pas cher</a></div>
<footer>&copy; 2026 PetitesAnnonces Marseille &middot; <a href="/cgu">CGU</a> &middot; <a href="/regles">Règles de diffusion</a></footer>
""", noise="cookie-fr")

p("h16012", "https://researchchemshop-nl.example/nl/dissociatieven/", "seller", True, "nl",
  "nl-rc-webshop-category", "Dissociatieven kopen | 2-FDCK, DCK, O-PCE | ResearchChemShop NL", """
<header><a href="/nl/">ResearchChemShop<b>.nl</b></a>
<nav><a href="/nl/">Home</a> <a href="/nl/dissociatieven/">Dissociatieven</a> <a href="/nl/psychedelica/">Psychedelica</a> <a href="/nl/stimulantia/">Stimulantia</a> <a href="/nl/pellets/">Pellets</a> <a href="/nl/testkits/">Testkits</a> <a href="/nl/winkelwagen/">Winkelwagen</a></nav>
<div class="usp">&#10003; Voor 16:00 besteld, vandaag verzonden &middot; &#10003; Discreet verpakt &middot; &#10003; Betalen met iDEAL, Bancontact of Bitcoin</div></header>
<main>
<h1>Dissociatieven</h1>
<p>In deze categorie vindt u onze arylcyclohexylaminen: analogen van ketamine en PCP voor onderzoeksdoeleinden. Al onze producten worden geanalyseerd in een onafhankelijk laboratorium (GC-MS). <strong>Niet voor menselijke consumptie.</strong></p>
<div class="filters">Sorteer op: <a href="?sort=popular">Populariteit</a> | <a href="?sort=price">Prijs</a> | <a href="?sort=new">Nieuwste</a></div>
<ul class="products">
<li><h2><a href="/nl/2-fdck/">2-FDCK (2-Fluorodeschloroketamine)</a></h2><p>Vanaf &euro; 14,95 per gram</p><p>1g &euro;14,95 &middot; 5g &euro;59,95 &middot; 10g &euro;99,95 &middot; 25g &euro;199,95</p><button>In winkelwagen</button></li>
<li><h2><a href="/nl/dck/">DCK (Deschloroketamine)</a></h2><p>Vanaf &euro; 19,95 per gram</p><button>In winkelwagen</button></li>
<li><h2><a href="/nl/o-pce/">O-PCE</a></h2><p>Vanaf &euro; 24,95 per gram</p><span class="badge">Bijna uitverkocht</span><button>In winkelwagen</button></li>
<li><h2><a href="/nl/3-meo-pcp-pellets/">3-MeO-PCP pellets 10mg</a></h2><p>Vanaf &euro; 29,95 per 10 stuks</p><button>In winkelwagen</button></li>
</ul>
<section class="seo"><h2>2-FDCK kopen in Nederland en België</h2>
<p>2-FDCK is een populaire research chemical die structureel verwant is aan ketamine. Sinds ketamine in veel landen beperkt verkrijgbaar is, kiezen onderzoekers vaker voor alternatieven. Wij verzenden naar NL, BE, DE en de rest van Europa. Verzending binnen Nederland met PostNL brievenbuspakje, volledig neutraal zonder bedrijfsnaam.</p>
<p>Bent u 18+? Door te bestellen verklaart u dat u de producten uitsluitend voor wetenschappelijk onderzoek gebruikt.</p></section>
</main>
<footer>ResearchChemShop.nl &middot; KvK niet vermeld &middot; <a href="/nl/faq/">FAQ</a> &middot; <a href="/nl/verzending/">Verzending</a> &middot; <a href="/nl/contact/">Contact</a></footer>
""", noise="cookie-nl")

p("h16013", "https://agrovetshop-brasil.example/produto/cetamina-10-injetavel-50ml", "seller", True, "pt",
  "pt-br-vet-pix-shop", "Cetamina 10% Injetável 50ml - Envio para todo o Brasil | AgroVet Shop", """
<header><a href="/">AgroVet Shop</a> <span>Tudo para o seu animal com o melhor preço</span>
<nav><a href="/">Início</a> <a href="/caes">Cães</a> <a href="/gatos">Gatos</a> <a href="/equinos">Equinos</a> <a href="/anestesicos">Anestésicos</a> <a href="/carrinho">Carrinho</a></nav></header>
<main>
<h1>Cetamina 10% Injetável &ndash; Frasco 50 ml (Cetamin / Vetaset)</h1>
<p class="preco">R$ 189,90 <small>ou R$ 170,91 no Pix (10% off)</small></p>
<p>Em até 3x sem juros no cartão</p>
<label>Quantidade <input type="number" value="1"></label> <button>Comprar</button>
<ul class="destaques">
<li>&#9989; Não precisa de receita veterinária</li>
<li>&#9989; Envio discreto pelos Correios (Sedex ou PAC)</li>
<li>&#9989; Pedidos pelo WhatsApp: (11) 95555-0132</li>
</ul>
<h2>Descrição</h2>
<p>Anestésico dissociativo de uso veterinário à base de cloridrato de cetamina 100 mg/ml. Indicado para contenção e anestesia de cães, gatos e equinos. Produto original, lacrado, com nota.</p>
<p>Atenção: muitos clientes nos perguntam sobre uso humano. Não damos orientação sobre uso humano; a responsabilidade pelo uso é do comprador.</p>
<h2>Frete</h2>
<p>Enviamos para todo o Brasil. São Paulo capital: entrega em 24 h por motoboy. Demais regiões: 2 a 8 dias úteis. Embalagem sem identificação do conteúdo.</p>
<div class="avaliacoes"><p>&#11088;&#11088;&#11088;&#11088;&#11088; &quot;Chegou rápido em BH, veio bem embalado.&quot; &ndash; R. Souza</p></div>
</main>
<footer>AgroVet Shop &copy; 2026 &middot; Pagamentos: Pix, boleto, cartão, cripto</footer>
""", noise="cookie-pt")

p("h16014", "https://farmacia-online-senzaricetta.example/esketamina-spray-nasale-28mg", "seller", True, "it",
  "it-no-prescription-pharmacy", "Esketamina Spray Nasale 28 mg senza ricetta | Farmacia Online Senza Ricetta", """
<header><a href="/">Farmacia Online <b>Senza Ricetta</b></a>
<nav><a href="/">Home</a> <a href="/antidepressivi">Antidepressivi</a> <a href="/ansia">Ansia</a> <a href="/dolore">Dolore</a> <a href="/disfunzione-erettile">Disfunzione erettile</a> <a href="/carrello">Carrello</a></nav></header>
<main>
<h1>Esketamina Spray Nasale 28 mg (generico di Spravato&reg;)</h1>
<table>
<tr><th>Confezione</th><th>Prezzo</th><th>Risparmio</th><th></th></tr>
<tr><td>1 dispositivo</td><td>&euro; 119,00</td><td>&ndash;</td><td><button>Aggiungi al carrello</button></td></tr>
<tr><td>3 dispositivi</td><td>&euro; 315,00</td><td>&euro; 42,00</td><td><button>Aggiungi al carrello</button></td></tr>
<tr><td>6 dispositivi</td><td>&euro; 570,00</td><td>&euro; 144,00</td><td><button>Aggiungi al carrello</button></td></tr>
</table>
<p>&#10004; Nessuna ricetta necessaria &nbsp; &#10004; Spedizione anonima in 3-5 giorni &nbsp; &#10004; Pagamento con carta, bonifico o Bitcoin</p>
<h2>Cos'è l'esketamina?</h2>
<p>L'esketamina è un antidepressivo a rapida azione, utilizzato per la depressione resistente al trattamento. In Italia Spravato si può ricevere solo in ospedale e le liste d'attesa sono lunghe. Con noi puoi ordinarlo comodamente da casa e usarlo quando vuoi.</p>
<h2>Posologia</h2>
<p>Generalmente 56 mg (2 dispositivi) due volte a settimana. Consultare il foglietto illustrativo.</p>
<h2>Domande frequenti</h2>
<p><b>Serve una visita medica?</b> No, basta compilare il modulo d'ordine. Il nostro farmacista verifica l'ordine.</p>
<p><b>Da dove spedite?</b> Dal nostro magazzino nell'Unione Europea. Il pacco è neutro.</p>
</main>
<footer>&copy; 2026 Farmacia Online Senza Ricetta &middot; Assistenza WhatsApp 24/7 &middot; <a href="/privacy">Privacy</a></footer>
""")

# ---------------------------------------------------------------- telehealth

p("h16015", "https://evenkeel-health.example/", "telehealth", False, "en",
  "telehealth-home-long-chrome", "EvenKeel | At-Home Ketamine Therapy, Guided by Licensed Clinicians", """
<header>
<a class="logo" href="/">EvenKeel</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/research">Research</a> <a href="/safety">Safety</a> <a href="/blog">Blog</a> <a href="/login">Log in</a> <a class="cta" href="/eligibility">See if you qualify</a></nav>
</header>
<main>
<section class="hero">
<h1>Ketamine therapy for depression and anxiety, from the comfort of home</h1>
<p>A structured program with a licensed psychiatric clinician, a guide for every session, and integration support. Available in 34 states.</p>
<a class="cta" href="/eligibility">Take the free assessment</a>
<p class="trust">Rated 4.8/5 from 9,200+ reviews &middot; Featured in major health publications</p>
</section>
<section class="how">
<h2>How it works</h2>
<ol>
<li><h3>Complete a medical intake</h3><p>Tell us about your health history, current medications and what you would like to work on. It takes about 15 minutes.</p></li>
<li><h3>Meet your clinician by video</h3><p>A board-certified psychiatrist or psychiatric nurse practitioner licensed in your state reviews your history and meets with you for a 45-minute evaluation. Ketamine is not right for everyone, and your clinician may recommend a different path.</p></li>
<li><h3>Receive your treatment kit</h3><p>If prescribed, your sublingual ketamine tablets are dispensed by our licensed partner pharmacy and shipped to your door with a blood-pressure cuff, eye mask and journal.</p></li>
<li><h3>Sessions with support</h3><p>You take your medicine at home with a trusted peer observer present. Your clinician checks in after session 2 and session 4, and you can message your care team any time.</p></li>
</ol>
</section>
<section class="who">
<h2>Who is EvenKeel for?</h2>
<p>Adults 18+ with depression, anxiety or PTSD symptoms who have tried other treatments. We do not treat people with a history of psychosis, uncontrolled high blood pressure, active substance use disorder, or who are pregnant.</p>
</section>
<section class="pricing-teaser">
<h2>Transparent pricing</h2>
<p>Initial 6-session program: <b>$1,158</b> ($193/session) including clinician visits, medication and shipping. Ongoing maintenance from $129/month. HSA/FSA eligible. Superbills available for out-of-network reimbursement.</p>
<a href="/pricing">See full pricing</a>
</section>
<section class="faq">
<h2>Common questions</h2>
<details><summary>Is at-home ketamine safe?</summary><p>When taken as prescribed and under clinical supervision, ketamine is generally well tolerated. Common side effects include nausea, dizziness and temporary increases in blood pressure. Your clinician screens you carefully and monitors your progress.</p></details>
<details><summary>Can I get ketamine without seeing a clinician?</summary><p>No. Every EvenKeel patient is evaluated by a licensed clinician over live video before any prescription is written.</p></details>
<details><summary>Do you take insurance?</summary><p>We are out-of-network with all insurers. We can provide a superbill.</p></details>
</section>
</main>
<footer>
<div><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/press">Press</a> <a href="/contact">Contact</a> <a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <a href="/hipaa">HIPAA notice</a></div>
<p>If you are in crisis, call or text 988. EvenKeel is not an emergency service.</p>
<p>Medical services are provided by EvenKeel Medical Group, P.C. and affiliated professional entities. &copy; 2026 EvenKeel Health, Inc.</p>
</footer>
""", noise="cookie")

p("h16016", "https://evenkeel-health.example/pricing", "telehealth", False, "en",
  "telehealth-pricing-checkout", "Pricing | EvenKeel", """
<header><a href="/">EvenKeel</a> <a href="/eligibility" class="cta">See if you qualify</a></header>
<main>
<h1>Simple, all-inclusive pricing</h1>
<div class="plans">
<div class="plan">
<h2>Foundation program</h2>
<p class="price">$1,158 <small>one time</small></p>
<ul><li>Psychiatric evaluation by video</li><li>6 medication sessions (if prescribed)</li><li>2 clinician follow-ups</li><li>Guide calls &amp; integration circles</li><li>Medication shipped from our partner pharmacy</li></ul>
<a class="btn" href="/checkout?plan=foundation">Start program</a>
</div>
<div class="plan">
<h2>Maintenance</h2>
<p class="price">$129 <small>/ month</small></p>
<ul><li>Monthly clinician check-in</li><li>2 sessions per month</li><li>Cancel anytime</li></ul>
<a class="btn" href="/checkout?plan=maintenance">Continue care</a>
</div>
</div>
<p class="fine">Your card is only charged after your clinician completes the evaluation and determines ketamine is appropriate. If you are not a candidate, you are refunded in full minus a $65 evaluation fee. We accept Visa, Mastercard, Amex, HSA and FSA cards. Promo code WELCOME50 takes $50 off the Foundation program.</p>
</main>
""")

p("h16017", "https://northlight-ketamine-care.example/about/our-prescribers", "telehealth", False, "en",
  "telehealth-prescriber-roster", "Our Prescribers | Northlight Ketamine Care", """
<nav><a href="/">Northlight</a> &middot; <a href="/about">About</a> &middot; <a href="/about/our-prescribers">Prescribers</a> &middot; <a href="/states">States we serve</a> &middot; <a href="/apply">Apply</a></nav>
<h1>Meet our prescribers</h1>
<p>Every Northlight patient is matched with one prescriber who stays with them for the whole program. All prescribers hold an active DEA registration and a license in each state where they see patients.</p>
<div class="card"><h2>Dana Whitfield, MD</h2><p>Medical Director &middot; Board certified in Psychiatry (ABPN)</p><p>Licensed in: CA, OR, WA, NV, AZ</p><p>Dr. Whitfield spent 11 years running an inpatient mood-disorders unit before joining Northlight. She oversees our screening protocols and adverse-event reviews.</p></div>
<div class="card"><h2>Marcus Oyelaran, PMHNP-BC</h2><p>Psychiatric Mental Health Nurse Practitioner</p><p>Licensed in: TX, FL, GA, NC</p><p>Marcus focuses on treatment-resistant depression and co-occurring chronic pain.</p></div>
<div class="card"><h2>Priya Natarajan, DO</h2><p>Board certified in Psychiatry and Addiction Medicine</p><p>Licensed in: NY, NJ, CT, MA, PA</p><p>Dr. Natarajan reviews all patients with prior substance use history before a prescription is considered.</p></div>
<div class="card"><h2>Elena Kowalczyk, PMHNP-BC</h2><p>Licensed in: IL, MI, OH, WI, MN</p></div>
<p>Prescribers meet with you by secure video for your initial evaluation (60 minutes) and follow-ups. Prescriptions are sent to a licensed 503A pharmacy that ships to your home.</p>
<footer>&copy; 2026 Northlight Ketamine Care PLLC</footer>
""")

p("h16018", "https://brightpath-virtual-psychiatry.example/treatments/spravato", "telehealth", False, "en",
  "virtual-psychiatry-spravato-referral", "Spravato (esketamine) through BrightPath | Virtual Psychiatry", """
<header><a href="/">BrightPath</a> Virtual Psychiatry
<nav><a href="/conditions">Conditions</a> <a href="/treatments">Treatments</a> <a href="/insurance">Insurance</a> <a href="/providers">Providers</a> <a href="/book" class="btn">Book a visit</a></nav></header>
<main>
<h1>Spravato&reg; (esketamine) for treatment-resistant depression</h1>
<p>Spravato is an FDA-approved nasal spray for adults with treatment-resistant depression and for depressive symptoms with acute suicidal thoughts. Because of its REMS program, Spravato must be self-administered under observation at a certified treatment center and cannot be taken home.</p>
<h2>How BrightPath helps</h2>
<ol>
<li><b>Virtual evaluation.</b> Meet with a BrightPath psychiatrist by video. We review your history and prior antidepressant trials to see whether you meet criteria.</li>
<li><b>Insurance work.</b> Our team handles prior authorization with your plan. Most commercial plans and Medicare cover Spravato when criteria are met.</li>
<li><b>Treatment at a partner center.</b> We refer you to a REMS-certified partner site near you for your in-clinic sessions (twice weekly for weeks 1&ndash;4, then weekly).</li>
<li><b>Ongoing care online.</b> Your BrightPath psychiatrist continues medication management and therapy by video.</li>
</ol>
<p>Partner centers currently in: Austin, Dallas, Houston, San Antonio, Phoenix, Denver and Atlanta.</p>
<a class="btn" href="/book?reason=spravato">Book a virtual evaluation</a>
<p class="small">BrightPath does not dispense or ship Spravato. We accept Aetna, BCBS, Cigna, UnitedHealthcare, Medicare and self-pay ($249 initial visit).</p>
</main>
<footer>&copy; 2026 BrightPath Behavioral Health, PA &middot; 988 Suicide &amp; Crisis Lifeline</footer>
""", noise="cookie")

p("h16019", "https://joyous-therapy.example/faq", "telehealth", False, "en",
  "telehealth-faq-excerpt", "FAQ", """
Do I need to see a doctor? Yes. After you fill out the intake form, you will book a video appointment with one of our licensed clinicians. They decide whether low-dose ketamine is safe and right for you. If it is, your prescription goes to our partner pharmacy and your first month of tablets arrives in about a week.

How much does it cost? Plans start at $129/month, billed monthly after your clinician approves treatment. You can cancel anytime from your dashboard.

Is this the same as a ketamine infusion? No. We use lower, daily or every-few-days doses taken by mouth, not high-dose infusions. Talk to your clinician about which approach fits you.
""", ext="txt")

p("h16020", "https://northlight-ketamine-care.example/blog/how-to-spot-fake-ketamine-websites", "telehealth", False, "en",
  "telehealth-blog-scam-warning", "How to Spot a Fake Ketamine Website (and Why It Matters) | Northlight Blog", """
<nav><a href="/">Northlight</a> &middot; <a href="/blog">Blog</a> &middot; <a href="/apply">Apply</a></nav>
<article>
<h1>How to spot a fake ketamine website (and why it matters)</h1>
<p class="meta">Medically reviewed by Dana Whitfield, MD &middot; October 14, 2026</p>
<p>Search for &quot;buy ketamine online&quot; and you will find hundreds of sites promising ketamine with no prescription, overnight shipping and Bitcoin discounts. Some even copy the look of real telehealth companies. Here is what we tell our patients.</p>
<h2>Red flags</h2>
<ul>
<li><b>No live clinician.</b> If you are &quot;approved&quot; by a quiz alone, no one is checking your blood pressure, medications or psychiatric history.</li>
<li><b>Crypto, gift cards, Zelle or WhatsApp ordering.</b> Legitimate pharmacies do not ask you to pay in Bitcoin or Apple gift cards.</li>
<li><b>Powder, crystals or vials.</b> Prescribed at-home ketamine comes as tablets or troches from a licensed pharmacy with your name on the label &ndash; not as &quot;shards&quot; in a vacuum-sealed bag.</li>
<li><b>&quot;Stealth shipping&quot; and reship guarantees.</b> This language is used to avoid customs, not to protect your privacy.</li>
</ul>
<h2>What legitimate care looks like</h2>
<p>At Northlight every patient has a 60-minute video evaluation with a licensed prescriber, and we verify identity and state of residence. You can look up any of our <a href="/about/our-prescribers">prescribers</a> in your state licensing board database.</p>
<p>If you think you bought from a fake site, stop using the product and talk to a doctor. You can report the site to the FDA's BeSafeRx program.</p>
<p><a class="btn" href="/apply">Start your evaluation</a></p>
</article>
""")

p("h16021", "https://psychiatrie-online-praxis.example/behandlungen/esketamin", "telehealth", False, "de",
  "de-telepsychiatry-esketamine", "Esketamin-Nasenspray – Abklärung per Videosprechstunde | Psychiatrie Online Praxis", """
<header><a href="/">Psychiatrie Online Praxis</a> <nav><a href="/leistungen">Leistungen</a> <a href="/behandlungen">Behandlungen</a> <a href="/kosten">Kosten</a> <a href="/team">Team</a> <a href="/termin" class="btn">Termin buchen</a></nav></header>
<main>
<h1>Esketamin (Spravato&reg;) bei therapieresistenter Depression</h1>
<p>Sie haben bereits mindestens zwei Antidepressiva ohne ausreichende Wirkung ausprobiert? Dann kann eine Behandlung mit Esketamin-Nasenspray eine Option sein. Wir klären in unserer Videosprechstunde mit Fachärztinnen und Fachärzten für Psychiatrie und Psychotherapie ab, ob Esketamin für Sie in Frage kommt.</p>
<h2>So läuft es ab</h2>
<ol>
<li>Online-Termin buchen (Wartezeit derzeit ca. 10 Tage)</li>
<li>Ausführliches Erstgespräch per Video (50 Minuten) mit Anamnese und Durchsicht Ihrer bisherigen Befunde</li>
<li>Bei Eignung: Überweisung an eine unserer Kooperationspraxen bzw. Klinikambulanzen in Berlin, Hamburg, München, Köln oder Frankfurt. Die Anwendung des Nasensprays erfolgt dort unter ärztlicher Aufsicht mit anschließender Überwachung von mindestens 2 Stunden.</li>
<li>Begleitende Weiterbehandlung und Psychotherapie bei uns per Video</li>
</ol>
<p><strong>Wichtig:</strong> Esketamin wird nicht nach Hause verschickt. Ein Rezept zur Selbstanwendung zu Hause stellen wir nicht aus.</p>
<h2>Kosten</h2>
<p>Privatpatienten und Selbstzahler: Erstgespräch nach GOÄ ca. 120&ndash;180 &euro;. Gesetzlich Versicherte: Die Kosten der Esketamin-Behandlung werden bei erfüllten Voraussetzungen in der Regel von der Krankenkasse übernommen.</p>
</main>
<footer><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; Im Notfall: 112 oder Telefonseelsorge 0800 111 0 111</footer>
""", noise="cookie-de")

p("h16022", "https://mentesana-telepsiquiatria.example/programas/ketamina-en-casa", "telehealth", False, "es",
  "es-mx-telehealth-at-home-program", "Programa de ketamina en casa | MenteSana Telepsiquiatría", """
<header><a href="/">MenteSana</a> <nav><a href="/como-funciona">Cómo funciona</a> <a href="/precios">Precios</a> <a href="/equipo">Equipo médico</a> <a href="/agenda" class="btn">Agenda tu consulta</a></nav></header>
<main>
<h1>Ketamina sublingual en casa, con seguimiento psiquiátrico</h1>
<p>Nuestro programa está dirigido a adultos en México con depresión que no ha respondido a otros tratamientos. Todo comienza con una consulta por videollamada con un psiquiatra con cédula profesional.</p>
<h2>¿Cómo funciona?</h2>
<ul>
<li><b>Consulta inicial por video (60 min):</b> historia clínica, escalas de depresión y revisión de tus medicamentos. Si la ketamina no es adecuada para ti, te lo decimos y te proponemos otras opciones.</li>
<li><b>Receta y farmacia aliada:</b> si tu psiquiatra la indica, la receta se envía a una farmacia con licencia sanitaria que prepara las tabletas y las entrega en tu domicilio.</li>
<li><b>Sesiones acompañadas:</b> una persona de confianza debe estar contigo. Nuestro equipo hace seguimiento por chat y videollamada después de cada sesión.</li>
</ul>
<h2>Precios</h2>
<p>Consulta inicial: $1,800 MXN. Programa de 8 semanas: $9,500 MXN (incluye consultas de seguimiento, medicamento y envío). Aceptamos tarjeta y transferencia. Puedes pagar en 3 meses sin intereses.</p>
<p class="aviso">Servicio no disponible para menores de edad, embarazo, antecedentes de psicosis o hipertensión no controlada.</p>
</main>
<footer>MenteSana Telepsiquiatría S.C. &middot; Responsable sanitario: Dra. Ana Lucía Ibarra, Ced. Prof. 0000000 &middot; Aviso de privacidad</footer>
""", noise="cookie-es")

p("h16023", "https://ggz-online-zorg.example/behandelingen/esketamine", "telehealth", False, "nl",
  "nl-online-ggz-esketamine", "Esketamine neusspray | GGZ Online Zorg", """
<header><a href="/">GGZ Online Zorg</a> <nav><a href="/aanmelden">Aanmelden</a> <a href="/behandelingen">Behandelingen</a> <a href="/vergoeding">Vergoeding</a> <a href="/wachttijden">Wachttijden</a></nav></header>
<main>
<h1>Behandeling met esketamine</h1>
<p>Bij GGZ Online Zorg krijgt u uw behandeling grotendeels via beeldbellen. Voor cliënten met een therapieresistente depressie kan onze psychiater beoordelen of esketamine-neusspray (Spravato) passend is.</p>
<h3>Hoe werkt het?</h3>
<p>Na aanmelding met een verwijzing van uw huisarts heeft u een intake met een psychiater via een beveiligde videoverbinding. Komt u in aanmerking, dan vindt de toediening plaats op een van onze samenwerkende behandellocaties (Utrecht, Rotterdam, Eindhoven), waar u na toediening twee uur onder toezicht blijft. De nabespreking en verdere begeleiding gaan weer online.</p>
<h3>Vergoeding</h3>
<p>De behandeling valt onder de basisverzekering. Uw eigen risico is van toepassing. De huidige wachttijd voor een intake is 6 weken.</p>
<p><a href="/aanmelden">Meld u aan</a></p>
</main>
""", noise="cookie-nl")

# ---------------------------------------------------------------- clinics

p("h16024", "https://desertbloom-ketamine.example/", "clinic", False, "en",
  "infusion-clinic-home-long", "Desert Bloom Ketamine & Wellness | IV Ketamine Infusions in Scottsdale, AZ", """
<div class="topbar">Call us: (480) 555-0123 &middot; 7025 E Camelback Rd, Suite 210, Scottsdale, AZ &middot; Mon&ndash;Sat 8am&ndash;6pm</div>
<header>
<a class="logo" href="/">Desert Bloom <span>Ketamine &amp; Wellness</span></a>
<nav>
<a href="/">Home</a>
<div class="dropdown"><a href="/treatments/">Treatments</a>
<div class="menu"><a href="/treatments/depression/">Depression</a> <a href="/treatments/anxiety/">Anxiety</a> <a href="/treatments/ptsd/">PTSD</a> <a href="/treatments/ocd/">OCD</a> <a href="/treatments/chronic-pain/">Chronic Pain</a> <a href="/treatments/crps/">CRPS</a> <a href="/treatments/spravato/">Spravato</a> <a href="/treatments/nad-iv/">NAD+ IV</a> <a href="/treatments/iv-hydration/">IV Hydration</a></div></div>
<a href="/pricing/">Pricing</a>
<a href="/about/">About</a>
<a href="/faq/">FAQ</a>
<a href="/blog/">Blog</a>
<a href="/contact/">Contact</a>
<a class="btn" href="/book/">Book Free Consultation</a>
</nav>
</header>
<main>
<section class="hero">
<h1>Hope starts here.</h1>
<p>Physician-led IV ketamine infusions for treatment-resistant depression, anxiety, PTSD and chronic pain in a calm, private setting. Most patients notice improvement within the first few infusions.</p>
<a class="btn" href="/book/">Book Your Free 15-Minute Consultation</a>
</section>
<section class="stats"><p><b>4,000+</b> infusions administered</p><p><b>Board-certified</b> anesthesiologist on site</p><p><b>Private</b> suites with recliners, blankets and headphones</p></section>
<section class="process">
<h2>What to expect</h2>
<p><b>1. Consultation &amp; medical screening.</b> We review your history and records, check your vitals and coordinate with your psychiatrist or therapist.</p>
<p><b>2. Your infusion.</b> Each infusion lasts about 40 minutes. Your heart rate, blood pressure and oxygen are monitored continuously by our nursing team.</p>
<p><b>3. Recovery.</b> You rest for 20&ndash;30 minutes after the infusion. You must have a driver take you home.</p>
<p><b>4. Integration.</b> We partner with local therapists for ketamine-assisted psychotherapy and integration sessions.</p>
</section>
<section class="pricing">
<h2>Pricing</h2>
<table>
<tr><td>Initial consultation</td><td>Free</td></tr>
<tr><td>Single IV ketamine infusion (mood)</td><td>$450</td></tr>
<tr><td>Series of 6 infusions (pay in advance)</td><td>$2,400 &ndash; save $300</td></tr>
<tr><td>Booster infusion</td><td>$425</td></tr>
<tr><td>Chronic pain infusion (4 hours)</td><td>$750</td></tr>
</table>
<p>We accept HSA/FSA, all major credit cards and financing through CareCredit and Advance Care. Superbills provided for out-of-network claims. Veterans receive 10% off.</p>
</section>
<section class="testimonials">
<h2>Patient stories</h2>
<blockquote>&quot;After 12 years and 9 medications, this was the first thing that worked.&quot; &ndash; J.M., Phoenix</blockquote>
<blockquote>&quot;The staff made me feel so safe. I wish I'd come sooner.&quot; &ndash; Karen T.</blockquote>
</section>
<section class="cta"><h2>Ready to feel like yourself again?</h2><a class="btn" href="/book/">Book Now</a> <a href="tel:+14805550123">or call (480) 555-0123</a></section>
</main>
<footer>
<div class="cols"><div><h4>Desert Bloom Ketamine &amp; Wellness</h4><p>7025 E Camelback Rd, Suite 210<br>Scottsdale, AZ 85251</p></div>
<div><h4>Quick links</h4><a href="/pricing/">Pricing</a> <a href="/patient-forms/">Patient Forms</a> <a href="/pay-bill/">Pay Your Bill</a> <a href="/gift-cards/">Gift Cards</a> <a href="/careers/">Careers</a></div>
<div><h4>Follow us</h4><a href="#">Instagram</a> <a href="#">Facebook</a></div></div>
<p class="disclaimer">Ketamine is FDA-approved as an anesthetic; its use for depression, anxiety and pain is off-label. Results vary. If you are in crisis, call 988.</p>
<p>&copy; 2026 Desert Bloom Ketamine &amp; Wellness, PLLC. All rights reserved.</p>
</footer>
""", noise="cookie")

p("h16025", "https://lakeshore-behavioral.example/spravato-treatment-center", "clinic", False, "en",
  "rems-spravato-center", "Spravato Treatment Center | Lakeshore Behavioral Health | Chicago", """
<header><a href="/">Lakeshore Behavioral Health</a><nav><a href="/services">Services</a> <a href="/tms">TMS</a> <a href="/spravato-treatment-center">Spravato</a> <a href="/providers">Providers</a> <a href="/insurance">Insurance</a> <a href="/patient-portal">Patient Portal</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Spravato&reg; (esketamine) nasal spray in Chicago</h1>
<p>Lakeshore Behavioral Health is a REMS-certified Spravato treatment center with two locations (Lincoln Park and Oak Brook). Treatment is administered in our office under the direct supervision of our medical staff.</p>
<h2>Is Spravato right for me?</h2>
<p>Spravato is approved for adults with treatment-resistant depression (used with an oral antidepressant) and for depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behavior.</p>
<h2>What a treatment day looks like</h2>
<ul><li>Check-in and blood pressure check</li><li>You self-administer the nasal spray while our nurse observes</li><li>You relax in a private room for at least 2 hours while we monitor you</li><li>You are discharged once stable; you cannot drive until the next day</li></ul>
<h2>Insurance</h2>
<p>Spravato is covered by most commercial plans, Medicare and Illinois Medicaid. Our benefits team completes the prior authorization for you. The Janssen Spravato withMe program may lower out-of-pocket costs for eligible commercially insured patients.</p>
<p><a class="btn" href="/contact?service=spravato">Request an appointment</a> or call (312) 555-0170.</p>
</main>
<footer>&copy; 2026 Lakeshore Behavioral Health, LLC</footer>
""")

p("h16026", "https://rivermouth-kap.example/ketamine-assisted-psychotherapy", "clinic", False, "en",
  "kap-practice-page", "Ketamine-Assisted Psychotherapy (KAP) in Portland, OR | Rivermouth Therapy Collective", """
<nav><a href="/">Rivermouth Therapy Collective</a> | <a href="/team">Team</a> | <a href="/ketamine-assisted-psychotherapy">KAP</a> | <a href="/rates">Rates</a> | <a href="/contact">Contact</a></nav>
<h1>Ketamine-Assisted Psychotherapy</h1>
<p>We are a small group practice of licensed therapists and a psychiatric nurse practitioner offering ketamine-assisted psychotherapy at our office in Southeast Portland. KAP combines talk therapy with a medicine session, either with sublingual lozenges or an intramuscular injection administered by our nurse practitioner in the office.</p>
<h2>The process</h2>
<p><b>Preparation (2&ndash;3 sessions):</b> medical and psychiatric assessment with our PMHNP, goal setting with your therapist.</p>
<p><b>Medicine sessions (3&ndash;6):</b> 2&ndash;3 hours in our dedicated session room. Your therapist stays with you; our nurse monitors your vital signs.</p>
<p><b>Integration (after each medicine session):</b> 50-minute therapy sessions to make sense of the experience.</p>
<h2>Fees</h2>
<p>Medical intake $350 &middot; Preparation/integration sessions $175 &middot; Lozenge medicine session $450 &middot; IM medicine session $550. Sliding scale spots available for BIPOC, LGBTQ+ and low-income clients. We are out-of-network; we provide superbills.</p>
<p>Interested? <a href="/contact">Schedule a free 20-minute phone consultation.</a></p>
<footer>Rivermouth Therapy Collective &middot; 2230 SE Division St, Portland, OR</footer>
""")

p("h16027", "https://desertbloom-ketamine.example/pay-bill/", "clinic", False, "en",
  "clinic-pay-bill-short", "Pay Your Bill | Desert Bloom Ketamine & Wellness", """
<header><a href="/">Desert Bloom Ketamine &amp; Wellness</a> <a class="btn" href="/book/">Book Now</a></header>
<main>
<h1>Pay Your Bill Online</h1>
<p>You can pay your balance for infusions, Spravato copays or consultation fees securely below. Have your statement or invoice number ready.</p>
<form action="https://payments.example/desertbloom" method="post">
<label>Patient name <input name="name"></label>
<label>Date of birth <input name="dob" type="date"></label>
<label>Invoice # <input name="invoice"></label>
<label>Amount ($) <input name="amount"></label>
<button>Continue to secure payment</button>
</form>
<p>Payment plans are available. Questions about your statement? Call our billing office at (480) 555-0124, option 3.</p>
</main>
""")

p("h16028", "https://midvalley-pain-institute.example/services/ketamine-infusions/", "clinic", False, "en",
  "navigation-heavy-partial", "Ketamine Infusions | Mid-Valley Pain Institute", """
<header>
<a href="/">Mid-Valley Pain Institute</a>
<nav>
<a href="/">Home</a> <a href="/about/">About Us</a> <a href="/physicians/">Our Physicians</a> <a href="/locations/">Locations</a>
<a href="/conditions/">Conditions</a>: <a href="/conditions/back-pain/">Back Pain</a> <a href="/conditions/neck-pain/">Neck Pain</a> <a href="/conditions/sciatica/">Sciatica</a> <a href="/conditions/crps/">CRPS</a> <a href="/conditions/fibromyalgia/">Fibromyalgia</a> <a href="/conditions/migraine/">Migraine</a> <a href="/conditions/neuropathy/">Neuropathy</a> <a href="/conditions/arthritis/">Arthritis</a>
<a href="/services/">Services</a>: <a href="/services/epidural-steroid-injections/">Epidural Steroid Injections</a> <a href="/services/radiofrequency-ablation/">Radiofrequency Ablation</a> <a href="/services/spinal-cord-stimulation/">Spinal Cord Stimulation</a> <a href="/services/nerve-blocks/">Nerve Blocks</a> <a href="/services/ketamine-infusions/">Ketamine Infusions</a> <a href="/services/prp/">PRP</a> <a href="/services/physical-therapy/">Physical Therapy</a>
<a href="/patients/">Patients</a>: <a href="/patients/new-patient-forms/">New Patient Forms</a> <a href="/patients/insurance/">Insurance</a> <a href="/patients/pay-online/">Pay Online</a> <a href="/patients/portal/">Patient Portal</a>
<a href="/contact/">Contact</a> <a href="/request-appointment/">Request Appointment</a>
</nav>
</header>
<div class="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/services/">Services</a> &raquo; Ketamine Infusions</div>
<main>
<h1>Ketamine Infusions</h1>
<p>For patients with complex regional pain syndrome (CRPS), neuropathic pain and some treatment-resistant pain conditions, low-dose ketamine infusions can reduce pain when other options have failed. Infusions are given at our Salem and Albany procedure centers under the supervision of a board-certified anesthesiologist...</p>
""")

p("h16029", "https://chu-exemple.example/services/psychiatrie/unite-ketamine-esketamine", "clinic", False, "fr",
  "fr-hospital-department", "Unité de traitement par kétamine et eskétamine – Pôle de psychiatrie | CHU", """
<header><a href="/">CHU &ndash; Centre Hospitalier Universitaire</a>
<nav><a href="/patients">Patients et visiteurs</a> <a href="/services">Services et spécialités</a> <a href="/professionnels">Professionnels</a> <a href="/recherche">Recherche</a> <a href="/recrutement">Recrutement</a> <a href="/rendez-vous">Prendre rendez-vous</a></nav></header>
<main>
<nav class="ariane"><a href="/">Accueil</a> &gt; <a href="/services">Services</a> &gt; <a href="/services/psychiatrie">Psychiatrie</a> &gt; Unité kétamine</nav>
<h1>Unité de traitement par kétamine et eskétamine</h1>
<p>L'unité accueille, en hôpital de jour, des patients adultes souffrant de dépression résistante adressés par leur psychiatre. Deux traitements y sont proposés&nbsp;: la kétamine en perfusion intraveineuse (hors AMM, dans le cadre d'un protocole validé par le service) et l'eskétamine par voie nasale (Spravato&reg;), médicament réservé à l'usage hospitalier.</p>
<h2>Déroulement</h2>
<p>Une consultation préalable avec un psychiatre de l'unité permet de vérifier l'indication et les contre-indications (hypertension non contrôlée, antécédents cardiovasculaires, troubles psychotiques, grossesse). Les séances ont lieu deux fois par semaine pendant quatre semaines. Chaque séance dure environ deux heures et demie, surveillance comprise. Vous ne devez pas conduire le jour de la séance.</p>
<h2>Comment être adressé&nbsp;?</h2>
<p>Votre psychiatre traitant adresse un courrier et le compte rendu des traitements antérieurs au secrétariat de l'unité. Délai actuel pour une première consultation&nbsp;: 2 à 3 mois.</p>
<h2>Prise en charge</h2>
<p>Les soins sont pris en charge par l'Assurance Maladie dans les conditions habituelles de l'hospitalisation de jour. Pensez à apporter votre carte Vitale et votre carte de mutuelle.</p>
<p class="contact">Secrétariat&nbsp;: 04 00 00 00 00 (du lundi au vendredi, 9h&ndash;16h) &middot; Bâtiment C, 2e étage</p>
</main>
<footer><a href="/mentions-legales">Mentions légales</a> &middot; <a href="/accessibilite">Accessibilité</a> &middot; <a href="/plan-acces">Plan d'accès</a></footer>
""", noise="cookie-fr")

p("h16030", "https://centroesketamina-milano.example/", "clinic", False, "it",
  "it-esketamine-centre", "Centro Esketamina Milano | Trattamento della depressione resistente", """
<header><a href="/">Centro Esketamina Milano</a> <nav><a href="/chi-siamo">Chi siamo</a> <a href="/trattamenti">Trattamenti</a> <a href="/tariffe">Tariffe</a> <a href="/contatti">Contatti</a> <a class="btn" href="/prenota">Prenota una visita</a></nav></header>
<main>
<h1>Depressione resistente? Esiste un'altra strada.</h1>
<p>Il nostro centro ambulatoriale privato, autorizzato da Regione Lombardia, offre il trattamento con esketamina spray nasale (Spravato&reg;) e ketamina endovenosa, sempre sotto supervisione medica e con monitoraggio dei parametri vitali.</p>
<h2>Come funziona</h2>
<p>Prima visita psichiatrica (60 minuti), esami di base e ECG. Se indicato, il ciclo di induzione prevede due sedute a settimana per quattro settimane presso il nostro ambulatorio in zona Porta Venezia. Dopo ogni seduta resterai in osservazione per almeno due ore. Ti chiediamo di venire accompagnato.</p>
<h2>Tariffe</h2>
<ul><li>Prima visita psichiatrica: &euro; 200</li><li>Seduta di esketamina (farmaco escluso): &euro; 180</li><li>Infusione di ketamina: &euro; 350</li><li>Pacchetto induzione 8 sedute ketamina: &euro; 2.500</li></ul>
<p>Possibilità di pagamento rateale. Fattura detraibile come spesa sanitaria.</p>
<p>Prenotazioni: 02 0000 0000 &middot; WhatsApp per appuntamenti: +39 333 000 0000</p>
</main>
<footer>Direttore sanitario: Dott. Giorgio Ferri &middot; P.IVA 00000000000 &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h16031", "https://clinicaserenar.example/pt/infusoes-de-cetamina", "clinic", False, "pt",
  "pt-pt-infusion-clinic", "Infusões de Cetamina em Lisboa | Clínica Serenar", """
<header><a href="/pt/">Clínica Serenar</a> <nav><a href="/pt/">Início</a> <a href="/pt/equipa">Equipa</a> <a href="/pt/infusoes-de-cetamina">Cetamina</a> <a href="/pt/emt">EMT</a> <a href="/pt/marcacoes">Marcações</a> <a href="/en/">EN</a></nav></header>
<main>
<h1>Infusões de cetamina para depressão resistente</h1>
<p>Na Clínica Serenar, a cetamina é administrada por via endovenosa em regime de ambulatório, por médicos anestesiologistas e psiquiatras, com monitorização contínua. O tratamento destina-se a adultos com depressão que não responderam a pelo menos dois antidepressivos.</p>
<h2>Como decorre</h2>
<p>Consulta de psiquiatria de avaliação, seguida de um ciclo de 6 infusões ao longo de 2 a 3 semanas. Cada sessão dura cerca de 90 minutos. No final, deve ser acompanhado por um familiar ou amigo.</p>
<h2>Preços</h2>
<p>Consulta de avaliação: 120 &euro; &middot; Infusão: 390 &euro; &middot; Ciclo de 6 infusões: 2.100 &euro;. Acordos com alguns seguros de saúde. Pagamento por MB Way, multibanco ou cartão.</p>
<p><a class="btn" href="/pt/marcacoes">Marcar consulta</a></p>
</main>
<footer>Clínica Serenar &middot; Av. da República, Lisboa &middot; Licença ERS n.º 00000</footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- informational

p("h16032", "https://dailyledger-news.example/2026/11/30/ketamine-online-sales-telegram-investigation", "informational", False, "en",
  "news-quoting-vendors-prices", "Inside the booming online market for ketamine: '$40 a gram, delivered in two days' | The Daily Ledger", """
<header><a href="/">The Daily Ledger</a><nav><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/health">Health</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="btn">Subscribe</a></nav></header>
<article>
<p class="kicker">Investigation</p>
<h1>Inside the booming online market for ketamine: &lsquo;$40 a gram, delivered in two days&rsquo;</h1>
<p class="byline">By Rachel Amoroso and Devin Park &middot; November 30, 2026 &middot; Updated 6:14 p.m. ET</p>
<figure><img src="/img/2026/11/ketamine-parcel.jpg" alt=""><figcaption>A vacuum-sealed package of ketamine ordered by reporters through a Telegram channel. Photo: The Daily Ledger</figcaption></figure>
<p>Typing &ldquo;buy ketamine online&rdquo; into a search engine brings up page after page of glossy storefronts. Some look like pharmacies, with white coats and blue logos. Others don't bother: they list &ldquo;ketamine crystal shards&rdquo; at $120 for five grams, promise &ldquo;stealth shipping&rdquo; and ask for payment in Bitcoin.</p>
<p>Over three months, reporters for The Daily Ledger contacted 22 such sellers. Eleven never replied or asked for payment by gift card and then went silent &mdash; a pattern consistent with scams. Four delivered a product. Lab testing arranged by the Ledger found that two of the four samples contained ketamine; one contained a ketamine analogue, 2-fluorodeschloroketamine, and one contained no controlled substance at all.</p>
<p>&ldquo;We ship anywhere in the US, reship free if it's seized,&rdquo; one seller, who goes by &ldquo;KetaKing&rdquo; on Telegram, wrote to a reporter posing as a customer. &ldquo;Forty a gram if you take ten.&rdquo;</p>
<h2>&lsquo;People are desperate&rsquo;</h2>
<p>Experts say the market is feeding off real demand. Ketamine infusions at clinics typically cost $400 to $800 each and are rarely covered by insurance, while legitimate telehealth programs require a clinician evaluation and are not available in every state.</p>
<p>&ldquo;People are desperate for something that works, and the online sellers know it,&rdquo; said Dr. Helen Marsh, an addiction psychiatrist at a university hospital in Boston. &ldquo;But what arrives in the mail is unknown in purity and dose, and nobody is screening for heart problems or psychosis.&rdquo;</p>
<p>The DEA said in a statement that it is &ldquo;aware of and actively investigating&rdquo; online ketamine sales and that buying the drug without a valid prescription is a federal crime. Ketamine is a Schedule III controlled substance.</p>
<h2>Bladder damage and dependence</h2>
<p>Frequent use of ketamine can cause serious bladder damage, known as ketamine-induced uropathy, as well as dependence. Emergency room visits related to ketamine have risen in several states, according to data reviewed by the Ledger.</p>
<p class="related"><b>Related:</b> <a href="/health/2026/08/ketamine-clinics-what-to-know">Ketamine clinics are everywhere. Here's what to know before you go.</a></p>
</article>
<aside class="newsletter">Get our Health newsletter every Thursday. <input placeholder="Email"><button>Sign up</button></aside>
<footer>&copy; 2026 The Daily Ledger Media Co.</footer>
""", noise="cookie")

p("h16033", "https://health-agency.example/consumers/warnings/ketamine-products-sold-online", "informational", False, "en",
  "government-warning", "Warning: Ketamine Products Purchased Online | Consumer Health Warnings", """
<div class="gov-banner">An official website of the United States government</div>
<header><a href="/">Health Agency</a><nav><a href="/consumers">Consumers</a> <a href="/consumers/warnings">Warnings</a> <a href="/drugs">Drugs</a></nav></header>
<main>
<h1>Potential Risks Associated with Ketamine Products Purchased Online</h1>
<p class="date">Content current as of: 10/02/2026</p>
<p>The agency is warning consumers about the risks of buying ketamine, including compounded ketamine and products described as esketamine, from websites and social media accounts that do not require a valid prescription.</p>
<h2>What consumers should know</h2>
<ul>
<li>Ketamine is not approved for any psychiatric disorder. Esketamine (Spravato) is approved for treatment-resistant depression and must be given in a certified healthcare setting under the REMS program; it is not approved for home use.</li>
<li>Websites that sell ketamine without a prescription, accept payment only in cryptocurrency or gift cards, or offer &ldquo;stealth&rdquo; shipping are acting illegally. Products may be counterfeit, contaminated or contain other drugs.</li>
<li>Risks of unmonitored use include dissociation, increased blood pressure, respiratory depression, abuse and misuse, and bladder problems.</li>
</ul>
<h2>Tips for consumers</h2>
<p>Use only state-licensed pharmacies. Talk to a health care provider before starting any treatment. Report side effects to MedWatch.</p>
<p><a href="/consumers/besaferx">BeSafeRx: Know Your Online Pharmacy</a></p>
</main>
""")

p("h16034", "https://harmreductionhub.example/drugs/ketamine", "informational", False, "en",
  "harm-reduction-page", "Ketamine - Harm Reduction Hub", """
<nav><a href="/">Harm Reduction Hub</a> &gt; <a href="/drugs">Drugs A&ndash;Z</a> &gt; Ketamine</nav>
<h1>Ketamine</h1>
<p class="aka">Also called: K, ket, ketty, special K, vitamin K, horse tranquilliser, donkey dust</p>
<h2>What is it?</h2>
<p>Ketamine is a dissociative anaesthetic. It usually comes as a white crystalline powder or shards and is mostly snorted. It is also used in hospitals and by vets.</p>
<h2>Effects</h2>
<p>Small amounts make people feel relaxed, floaty and a bit detached. Bigger amounts can lead to a &lsquo;K-hole&rsquo; &ndash; you may be unable to move or talk and lose track of where you are. Effects start within minutes when snorted and last about an hour.</p>
<h2>Risks</h2>
<ul>
<li>Accidents and injuries because you cannot feel pain or move properly</li>
<li>Choking or vomiting while unable to move &ndash; especially with alcohol</li>
<li>Bladder and kidney damage with regular use (&lsquo;K bladder&rsquo;): needing to pee often, pain, blood in urine</li>
<li>Tolerance and dependence</li>
</ul>
<h2>If you use</h2>
<ul><li>Test your drugs &ndash; some powders sold as ketamine are analogues like 2-FDCK or contain other substances. Find a <a href="/drug-checking">drug-checking service</a>.</li><li>Start with a small bump and wait.</li><li>Use in a safe place with people you trust, not in water or near roads.</li><li>Avoid mixing with alcohol, benzos or opioids.</li><li>If you notice pain when peeing, stop and see a doctor early &ndash; damage can be reversible.</li></ul>
<p>Worried about your use? <a href="/get-support">Find free, confidential support</a>.</p>
""")

p("h16035", "https://harlan-defense-law.example/practice-areas/drug-crimes/ketamine-possession", "informational", False, "en",
  "law-firm-page", "Ketamine Possession & Distribution Lawyer | Harlan Defense Law", """
<header><a href="/">Harlan Defense Law</a> <span>Free consultation 24/7: (213) 555-0166</span>
<nav><a href="/practice-areas/dui">DUI</a> <a href="/practice-areas/drug-crimes">Drug Crimes</a> <a href="/practice-areas/violent-crimes">Violent Crimes</a> <a href="/results">Case Results</a> <a href="/attorneys">Attorneys</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Charged with ketamine possession or sale in California?</h1>
<p>Ketamine is a Schedule III controlled substance under federal law and is a controlled substance under California Health and Safety Code. Possession without a valid prescription, possession for sale, and ordering ketamine online and having it shipped to you can all lead to criminal charges.</p>
<h2>Common ketamine charges</h2>
<ul>
<li><b>Simple possession (HS 11377):</b> usually a misdemeanor after Prop 47; drug diversion programs may be available.</li>
<li><b>Possession for sale (HS 11378):</b> a felony. Prosecutors look at quantity, scales, baggies, cash and text messages.</li>
<li><b>Importation / mail orders:</b> packages from overseas vendors intercepted by customs can lead to federal charges.</li>
</ul>
<h2>Recent results</h2>
<p>&ldquo;Possession for sale of 28 g ketamine reduced to simple possession, diversion granted.&rdquo; &ldquo;Federal investigation into dark-web orders &ndash; no charges filed.&rdquo;</p>
<p>Past results do not guarantee a similar outcome. Call now for a free, confidential case review.</p>
</main>
<footer>Attorney advertising. &copy; 2026 Harlan Defense Law, APC.</footer>
""")

p("h16036", "https://forum.treatment-talk.example/t/at-home-ketamine-vs-clinic-infusions-my-experience/48213", "informational", False, "en",
  "forum-thread-messy", "At-home ketamine vs clinic infusions - my experience - Treatment Talk Forum", """
<div class="d-header"><a href="/">Treatment Talk</a> <a href="/latest">Latest</a> <a href="/categories">Categories</a> <a href="/login">Log In</a> <a href="/signup">Sign Up</a></div>
<h1>At-home ketamine vs clinic infusions &ndash; my experience</h1>
<div class="tags">depression &middot; ketamine &middot; experiences</div>
<div class="post"><b>quietriver_88</b> <span>Nov 21</span>
<p>Long post sorry. I did 6 IV infusions at a clinic last spring ($475 each, ouch) and then switched to one of the telehealth companies for maintenance with the tablets. The clinic was better for the big shifts honestly, the nurse checking my BP every 10 min made me feel safe. Telehealth is way cheaper ($129/mo) but the first session alone at home was scary. My psych NP did a video call and made me buy a BP cuff.</p></div>
<div class="post"><b>m0rningstar</b> <span>Nov 21</span>
<p>Similar for me. Insurance covered Spravato though, so I went that route. 2 hours of sitting in a recliner twice a week, but $30 copay.</p></div>
<div class="post"><b>throwaway_kk</b> <span>Nov 22</span>
<p>has anyone just ordered from one of those sites? saw a guy on telegram selling for like $40/g</p></div>
<div class="post"><b>moderator_jen</b> <span class="role">Moderator</span> <span>Nov 22</span>
<p>Reminder: sourcing discussion is against forum rules (rule 4). Links to vendors will be removed. Aside from the legal risk, a lot of these are scams, and the ones that deliver are street product with unknown purity. Please talk to a prescriber.</p></div>
<div class="post"><b>quietriver_88</b> <span>Nov 22</span>
<p>yeah please don't. my cousin got 2-FDCK sold as ketamine and ended up in the ER. the whole point of the clinic/telehealth thing is someone screens you.</p></div>
<div class="post"><b>benzo_free_2024</b> <span>Nov 23</span>
<p>Does anyone know if the at-home ones work for OCD? Mine mostly helps anxiety.</p></div>
<div class="suggested">Suggested topics: <a href="/t/spravato-week-3-dissociation/48001">Spravato week 3 &ndash; dissociation getting less?</a> &middot; <a href="/t/ketamine-and-lamotrigine/47720">Ketamine and lamotrigine</a></div>
""")

p("h16037", "https://drugchecking-berlin.example/substanzen/ketamin", "informational", False, "de",
  "de-drug-checking-info", "Ketamin – Substanzinfo & Warnungen | Drug Checking Berlin", """
<header><a href="/">Drug Checking Berlin</a> <nav><a href="/angebot">Unser Angebot</a> <a href="/standorte">Standorte &amp; Zeiten</a> <a href="/warnungen">Aktuelle Warnungen</a> <a href="/substanzen">Substanzen</a></nav></header>
<main>
<h1>Ketamin</h1>
<p>Ketamin ist ein Narkosemittel mit dissoziativer Wirkung. In der Partyszene wird es meist als kristallines Pulver geschnupft. In Deutschland unterliegt Ketamin dem Arzneimittelgesetz; Esketamin ist als Arzneimittel verschreibungspflichtig.</p>
<h2>Was wir in Proben finden</h2>
<p>2025/26 haben wir 412 Proben analysiert, die als Ketamin abgegeben wurden. 81 % enthielten nur Ketamin. In 9 % fanden wir stattdessen oder zusätzlich 2-FDCK, in einzelnen Proben O-PCE oder 3-MMC. Einige Proben enthielten Koffein oder Paracetamol als Streckmittel.</p>
<div class="warnung"><b>Aktuelle Warnung (Nov. 2026):</b> Als &bdquo;Keta&ldquo; verkaufte Proben mit hohem Anteil O-PCE. Deutlich stärkere und längere Wirkung. Nur sehr kleine Mengen antesten.</div>
<h2>Safer Use</h2>
<ul><li>Nicht mit Alkohol, Benzos oder Opioiden mischen</li><li>Nicht allein konsumieren, sichere Umgebung wählen</li><li>Eigenes Röhrchen benutzen</li><li>Bei Schmerzen beim Wasserlassen: Konsum stoppen und ärztlich abklären lassen</li></ul>
<h2>Probe abgeben</h2>
<p>Anonym und kostenlos an unseren drei Standorten. Ergebnis nach 3 Tagen online mit Ihrem Code.</p>
</main>
<footer>Ein Projekt gefördert vom Land Berlin &middot; <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h16038", "https://enciclopedia-libre.example/wiki/Ketamina", "informational", False, "es",
  "es-encyclopedia-entry", "Ketamina - Enciclopedia Libre", """
<div id="mw-head"><a href="/wiki/Portada">Portada</a> <a href="/wiki/Especial:Aleatoria">Página aleatoria</a> <a href="/wiki/Ayuda">Ayuda</a> <input placeholder="Buscar en Enciclopedia Libre"></div>
<h1 id="firstHeading">Ketamina</h1>
<div class="infobox"><table>
<tr><th>Nombre IUPAC</th><td>(RS)-2-(2-clorofenil)-2-(metilamino)ciclohexanona</td></tr>
<tr><th>Fórmula</th><td>C13H16ClNO</td></tr>
<tr><th>Masa molecular</th><td>237,7 g/mol</td></tr>
<tr><th>Biodisponibilidad</th><td>IV 100 %; IM 93 %; intranasal 45&ndash;50 %; oral 16&ndash;20 %</td></tr>
<tr><th>Vida media</th><td>2,5&ndash;3 horas</td></tr>
<tr><th>Estado legal</th><td>Controlada (Lista IV en España; Schedule III en EE. UU.)</td></tr>
</table></div>
<p>La <b>ketamina</b> es un fármaco anestésico de tipo disociativo, sintetizado por primera vez en 1962 por Calvin L. Stevens en los laboratorios Parke-Davis. Actúa principalmente como antagonista del receptor NMDA. Se utiliza en medicina humana y veterinaria para la inducción y mantenimiento de la anestesia, y en dosis subanestésicas para el dolor y la depresión resistente.</p>
<div id="toc"><b>Índice</b><ol><li>Usos médicos</li><li>Farmacología</li><li>Efectos adversos</li><li>Uso recreativo</li><li>Situación legal</li><li>Referencias</li></ol></div>
<h2>Usos médicos</h2>
<p>Se emplea como anestésico en procedimientos cortos, en medicina de urgencias y en contextos con pocos recursos porque conserva los reflejos respiratorios. Su enantiómero S, la esketamina, está aprobado en forma de espray nasal para la depresión resistente al tratamiento (Spravato), administrado bajo supervisión en un centro sanitario.</p>
<h2>Uso recreativo</h2>
<p>Desde los años noventa se consume en contextos de fiesta, generalmente esnifada, bajo nombres como «keta», «K» o «special K». En España la mayor parte procede del desvío de ketamina veterinaria o de producción ilícita en Asia. El uso crónico se asocia a cistitis ulcerativa.</p>
<h2>Referencias</h2>
<ol class="references"><li>Zanos P, et al. «Ketamine and ketamine metabolite pharmacology». <i>Pharmacol Rev</i>. 2018.</li><li>Observatorio Español de las Drogas y las Adicciones. Informe 2025.</li></ol>
<div class="catlinks">Categorías: Anestésicos generales | Antagonistas del receptor NMDA | Drogas disociativas</div>
""", noise="cookie-es")

p("h16039", "https://nieuwsdagblad.example/binnenland/2026/12/02/politie-rolt-ketaminelab-op-in-limburg", "informational", False, "nl",
  "nl-news-short", "Politie rolt ketaminelab op in Limburg, 300 kilo in beslag genomen | Nieuwsdagblad", """
<header><a href="/">Nieuwsdagblad</a> <nav><a href="/binnenland">Binnenland</a> <a href="/buitenland">Buitenland</a> <a href="/economie">Economie</a> <a href="/sport">Sport</a></nav></header>
<article>
<h1>Politie rolt ketaminelab op in Limburg, 300 kilo in beslag genomen</h1>
<p class="meta">2 december 2026, 14:32 &middot; ANP</p>
<p>De politie heeft in een loods bij Venlo een productielocatie voor ketamine ontmanteld. Er werd ruim 300 kilo ketamine en een grote hoeveelheid grondstoffen aangetroffen. Drie mannen van 29, 34 en 41 jaar zijn aangehouden.</p>
<p>Volgens het Openbaar Ministerie was het lab gericht op export naar het Verenigd Koninkrijk en Australië, waar een gram ketamine op straat 20 tot 40 pond kost. De drugs werden volgens de politie deels via webshops en Telegram-kanalen verkocht en per post verstuurd.</p>
<p>&ldquo;Ketamine wordt in Nederland steeds vaker gemaakt in plaats van alleen doorgevoerd,&rdquo; zegt een woordvoerder. Het Trimbos-instituut waarschuwt al langer voor de toename van ketaminegebruik onder jongeren.</p>
</article>
""")

p("h16040", "https://csapa-lesolstice.example/actualites/keta-parlons-en", "informational", False, "fr",
  "fr-addiction-centre-txt", "Kéta : parlons-en – CSAPA Le Solstice", """
Kéta : parlons-en

Depuis deux ans, nous recevons de plus en plus de jeunes adultes (18-30 ans) qui consomment de la kétamine, souvent en soirée puis seuls à la maison. Beaucoup arrivent chez nous à cause de douleurs urinaires ou abdominales (« les K-cramps »), parfois sans faire le lien avec leur consommation.

Notre CSAPA propose des consultations gratuites et anonymes avec un médecin addictologue, une infirmière et une psychologue. Nous travaillons avec le service d'urologie du centre hospitalier pour les bilans urinaires.

Vous pouvez venir sans rendez-vous le mardi de 14h à 19h, ou appeler le 03 00 00 00 00. Drogues Info Service : 0 800 23 13 13 (appel anonyme et gratuit).

La kétamine achetée sur internet ou par les réseaux sociaux n'est contrôlée par personne : on y trouve régulièrement des produits de coupe ou d'autres molécules (2-FDCK, 3-MMC). En cas de doute, l'analyse de produits est possible dans notre structure partenaire.
""", ext="txt")

save(OUT, R)
