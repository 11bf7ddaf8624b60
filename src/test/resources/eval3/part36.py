# Part 36 of the held-out evaluation set eval3 for clinic-verify: 40 pages (ids e3601..e3640).
# Angle: PRODUCTS, CATALOGUES AND PRICES. Full HTML pages with shop chrome (menus, footers, cart icons,
# cookie banners, JSON-LD Product data in head where a real shop would have it) and a few plain-text
# excerpts.
# Mix: 14 sellers (flagged), 9 telehealth, 8 clinics, 9 informational; 24 English and 16 in
# es/de/fr/nl/pt/it (es 4, de 2, fr 3, nl 2, pt 3, it 2).
# Shapes: sellers - crystal product page with weight selector and related products, veterinary
# supplier selling ketamine vials to anyone, Spravato "nasal spray" product page, mixed online-pharmacy
# category page, product page padded with encyclopaedia text, bulk/wholesale reship offer, reviews tab
# (plain text), questionnaire-only "telehealth" checkout, Spanish liquid-ketamine page with WhatsApp
# orders, German dissociatives category page, French esketamine page paid with voucher codes, Dutch
# research-chemical analogue page, Brazilian veterinary ketamine without prescription, Italian price
# list with Telegram ordering. Telehealth - membership plan checkout, treatment-kit product page,
# cart for a video evaluation, virtual psychiatry referring to Spravato centres, plan comparison
# excerpt (plain text), Spanish plans page, German online psychiatry with esketamine referral,
# Brazilian telepsychiatry prices, French (Ontario) packages. Clinics - infusion price list, gift-card
# shop, merchandise store, REMS centre cost page, package deposit checkout, Spanish tariffs, Dutch
# esketamine tariffs, Italian price list. Informational - licensed wholesaler for registered
# facilities, pet pharmacy requiring a vet prescription, compounding pharmacy prescriber page,
# price-comparison news article, Spravato cost guide, drug-checking reagent shop, Spanish news
# comparison, French reimbursement guide, Portuguese veterinary package-insert reference.
# Author: independent. Date: 2026-12-07.
# Committed before any scorer run.
# Run: python3 part36.py (writes part36/).
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "score-dev-hand"))
from hand import write, save
OUT = os.path.join(HERE, "part36")
R = []
def p(*a, **k): R.append(write(OUT, *a, **k))

# ============================================================== sellers (flagged)

p("e3601", "https://crystalk-labs.test/product/ketamine-hcl-crystal-shards/", "seller", True, "en",
  "product-page", "Ketamine HCl Crystal Shards 99.6% - CrystalK Labs", """
<div class="topbar">FREE reship on any seized parcel &middot; 10% off when you pay with BTC or XMR &middot; Orders before 2pm ship same day</div>
<header class="site-header">
<a class="logo" href="/"><img src="/wp-content/uploads/2025/03/ck-logo.png" alt="CrystalK Labs"></a>
<nav class="main-nav"><ul>
<li><a href="/shop/">Shop</a></li>
<li><a href="/product-category/dissociatives/">Dissociatives</a></li>
<li><a href="/product-category/psychedelics/">Psychedelics</a></li>
<li><a href="/product-category/benzodiazepines/">Benzos</a></li>
<li><a href="/product-category/pharma/">Pharma</a></li>
<li><a href="/track-order/">Track order</a></li>
<li><a href="/contact/">Contact</a></li>
</ul></nav>
<form class="search" action="/"><input type="search" name="s" placeholder="Search products&hellip;"></form>
<a class="cart-contents" href="/cart/" title="View your shopping cart"><span class="icon-cart"></span> <span class="amount">$0.00</span> <span class="count">0 items</span></a>
<a href="/my-account/">My account</a>
</header>
<main id="primary">
<nav class="woocommerce-breadcrumb"><a href="/">Home</a> / <a href="/product-category/dissociatives/">Dissociatives</a> / Ketamine HCl Crystal Shards</nav>
<div class="product type-product">
<div class="images"><img src="/wp-content/uploads/2025/06/ketamine-shards-1.jpg" alt="ketamine crystal shards"><img src="/wp-content/uploads/2025/06/ketamine-shards-2.jpg" alt="stealth pack"></div>
<div class="summary entry-summary">
<h1 class="product_title">Ketamine HCl Crystal Shards 99.6%</h1>
<div class="star-rating" title="Rated 4.82 out of 5">Rated <strong>4.82</strong> out of 5 based on 47 customer ratings</div>
<p class="price"><span class="amount">$60.00</span> &ndash; <span class="amount">$1,450.00</span></p>
<div class="short-description">
<p>Pharmaceutical grade racemic ketamine hydrochloride, large needle-shaped shards, lab tested every batch (GC-MS report available on request). No cut, no fillers. Ships from our US and EU warehouses in vacuum-sealed, smell-proof, double-layer stealth packaging.</p>
</div>
<form class="variations_form cart">
<table class="variations"><tr><th><label for="pa_weight">Weight</label></th><td>
<select id="pa_weight" name="attribute_pa_weight">
<option value="">Choose an option</option>
<option value="1g">1 gram - $60</option>
<option value="5g">5 grams - $250</option>
<option value="10g">10 grams - $420</option>
<option value="28g">28 grams - $890</option>
<option value="50g">50 grams - $1,450</option>
</select></td></tr></table>
<div class="quantity"><input type="number" name="quantity" value="1" min="1"></div>
<button type="submit" class="single_add_to_cart_button button">Add to cart</button>
</form>
<ul class="trust-badges">
<li>No prescription needed</li>
<li>Discreet stealth shipping, no signature</li>
<li>Free reship or refund if lost</li>
<li>Pay with Bitcoin, Monero, USDT or Zelle</li>
</ul>
<div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">CK-KET-SH</span></span> <span class="posted_in">Category: <a href="/product-category/dissociatives/">Dissociatives</a></span> <span class="tagged_as">Tags: <a href="#">buy ketamine online</a>, <a href="#">ketamine crystal</a>, <a href="#">special k</a></span></div>
</div>
</div>
<div class="woocommerce-tabs">
<ul class="tabs"><li class="active"><a href="#tab-description">Description</a></li><li><a href="#tab-additional_information">Additional information</a></li><li><a href="#tab-reviews">Reviews (47)</a></li></ul>
<div id="tab-description">
<h2>Description</h2>
<p>Ketamine is a dissociative anaesthetic first synthesised in 1962 and used worldwide in human and veterinary medicine. At lower doses it produces a dreamy, detached state and is increasingly studied for depression. Our shards are recrystallised from pharmaceutical solution and dried slowly for a clean, glassy look.</p>
<p>Buying ketamine online has never been easier. Simply choose your weight, add to cart and check out with your preferred crypto. You will receive your tracking number within 24 hours of payment confirmation. We ship to the USA, Canada, UK, Australia and all of Europe.</p>
<h3>Why buy from CrystalK?</h3>
<ul><li>In business since 2019, over 12,000 successful deliveries</li><li>Real customer support on Telegram and Wickr</li><li>Bulk prices for resellers from 100 g</li></ul>
</div>
<div id="tab-additional_information"><table class="shop_attributes"><tr><th>Weight</th><td>1g, 5g, 10g, 28g, 50g</td></tr><tr><th>Purity</th><td>99.6% (HPLC)</td></tr><tr><th>Form</th><td>Crystal shards</td></tr></table></div>
</div>
<section class="related products">
<h2>Related products</h2>
<ul class="products">
<li class="product"><a href="/product/s-ketamine-needles/"><h3>S-Ketamine Needles (Esketamine)</h3><span class="price">$75.00 &ndash; $1,650.00</span></a><a class="button" href="?add-to-cart=311">Select options</a></li>
<li class="product"><a href="/product/2-fdck/"><h3>2-FDCK Powder</h3><span class="price">$45.00 &ndash; $900.00</span></a><a class="button" href="?add-to-cart=318">Select options</a></li>
<li class="product"><a href="/product/ketamine-liquid-vials/"><h3>Ketamine 500mg/10ml Vials</h3><span class="price">$85.00 &ndash; $700.00</span></a><a class="button" href="?add-to-cart=305">Select options</a></li>
<li class="product"><a href="/product/esketamine-nasal-solution/"><h3>Esketamine Nasal Solution 28mg</h3><span class="price">$120.00</span></a><a class="button" href="?add-to-cart=322">Add to cart</a></li>
</ul>
</section>
</main>
<footer class="site-footer">
<div class="cols">
<div><h4>Customer care</h4><ul><li><a href="/shipping-policy/">Shipping policy</a></li><li><a href="/refund-policy/">Reship &amp; refund</a></li><li><a href="/payment-methods/">How to pay with Bitcoin</a></li><li><a href="/faq/">FAQ</a></li></ul></div>
<div><h4>Contact</h4><p>Telegram: @crystalk_support<br>Wickr: crystalklabs<br>Email: orders@crystalk-labs.test</p></div>
<div><h4>We accept</h4><p><img src="/img/btc.svg" alt="Bitcoin"> <img src="/img/xmr.svg" alt="Monero"> <img src="/img/usdt.svg" alt="USDT"> <img src="/img/zelle.svg" alt="Zelle"></p></div>
</div>
<p class="copyright">&copy; 2026 CrystalK Labs. All products are sold for research purposes only.</p>
</footer>
""", noise="cookie", head="""<meta name="description" content="Buy ketamine HCl crystal shards online, 99.6% pure, stealth shipping worldwide, pay with BTC.">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"Ketamine HCl Crystal Shards 99.6%","image":"https://crystalk-labs.test/wp-content/uploads/2025/06/ketamine-shards-1.jpg","sku":"CK-KET-SH","brand":{"@type":"Brand","name":"CrystalK Labs"},"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.82","reviewCount":"47"},"offers":{"@type":"AggregateOffer","lowPrice":"60.00","highPrice":"1450.00","priceCurrency":"USD","offerCount":"5","availability":"https://schema.org/InStock"}}</script>
""")

p("e3602", "https://vetdirect-supplies.example/product/ketaset-ketamine-100mg-ml-10ml/", "seller", True, "en",
  "vet-supply-product", "Ketaset (Ketamine) 100 mg/ml Injection 10 ml - VetDirect Supplies", """
<header>
<div class="logo"><a href="/">VetDirect Supplies</a><span>Veterinary medicines &amp; equipment since 2011</span></div>
<nav><a href="/anaesthetics/">Anaesthetics &amp; Sedatives</a> | <a href="/antibiotics/">Antibiotics</a> | <a href="/pain-relief/">Pain Relief</a> | <a href="/equine/">Equine</a> | <a href="/euthanasia/">Euthanasia</a> | <a href="/equipment/">Equipment</a></nav>
<div class="header-right"><a href="/login">Sign in</a> <a href="/basket" class="basket">Basket (0)</a></div>
</header>
<main>
<p class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/anaesthetics/">Anaesthetics &amp; Sedatives</a> &rsaquo; Ketaset 100 mg/ml</p>
<div class="product-main">
<img src="/images/products/ketaset-10ml.jpg" alt="Ketaset 100mg/ml 10ml vial">
<div class="product-info">
<h1>Ketaset (Ketamine) 100 mg/ml Injection - 10 ml vial</h1>
<p class="manufacturer">Manufacturer: Zoetis</p>
<p class="stock in-stock">In stock - dispatched within 24 hours</p>
<table class="price-table">
<tr><th>Pack</th><th>Price</th><th></th></tr>
<tr><td>1 x 10 ml vial</td><td>$89.00</td><td><button>Add to basket</button></td></tr>
<tr><td>5 x 10 ml vials</td><td>$395.00</td><td><button>Add to basket</button></td></tr>
<tr><td>10 x 10 ml vials</td><td>$720.00</td><td><button>Add to basket</button></td></tr>
<tr><td>25 x 10 ml vials (clinic pack)</td><td>$1,650.00</td><td><button>Add to basket</button></td></tr>
</table>
<div class="notice green">
<strong>No veterinary prescription required.</strong> We supply private customers, breeders, farms and animal lovers as well as practices. No vet account, no licence number needed at checkout.
</div>
<ul class="usp">
<li>Worldwide delivery in discreet plain packaging</li>
<li>Payment by bank transfer, Bitcoin or Western Union</li>
<li>Customs-clearance guarantee or free reshipment</li>
</ul>
</div>
</div>
<div class="tabs">
<h2>Product description</h2>
<p>Ketaset contains ketamine hydrochloride equivalent to 100 mg ketamine per ml. It is a dissociative anaesthetic agent used for restraint and anaesthesia in cats, dogs, horses and other species, usually in combination with a sedative such as xylazine or medetomidine.</p>
<h2>Storage</h2>
<p>Do not store above 25&deg;C. Protect from light. Shelf life after first opening: 28 days.</p>
<h2>Shipping</h2>
<p>Orders are dispatched from our warehouses in Europe and Asia. Delivery to the United States, Canada and Australia takes 7-12 working days. Parcels are declared as "laboratory supplies". If your parcel is held by customs we reship at no cost.</p>
</div>
<section class="also-bought">
<h3>Customers also bought</h3>
<ul>
<li><a href="/product/xylazine-20mg-ml-25ml/">Xylazine 20 mg/ml 25 ml</a> - $39.00</li>
<li><a href="/product/zoletil-100/">Zoletil 100 (tiletamine/zolazepam)</a> - $120.00</li>
<li><a href="/product/ketamidor-100mg-ml-10ml/">Ketamidor 100 mg/ml 10 ml</a> - $84.00</li>
<li><a href="/product/domitor-1mg-ml/">Domitor 1 mg/ml 10 ml</a> - $65.00</li>
</ul>
</section>
</main>
<footer>
<p><a href="/about">About us</a> &middot; <a href="/delivery">Delivery information</a> &middot; <a href="/payment">Payment options</a> &middot; <a href="/contact">Contact</a> &middot; WhatsApp: +44 7700 900418</p>
<p>&copy; 2026 VetDirect Supplies Ltd.</p>
</footer>
""", head="""<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Ketaset (Ketamine) 100 mg/ml Injection 10 ml","brand":{"@type":"Brand","name":"Zoetis"},"sku":"VD-KETASET-10","offers":{"@type":"AggregateOffer","priceCurrency":"USD","lowPrice":"89.00","highPrice":"1650.00","availability":"https://schema.org/InStock"}}</script>
""")

p("e3603", "https://spravato-direct.test/shop/spravato-esketamine-28mg-nasal-spray", "seller", True, "en",
  "spravato-product-page", "Buy Spravato 28 mg Nasal Spray Online | Spravato Direct", """
<header class="navbar">
<a class="brand" href="/">Spravato<b>Direct</b></a>
<ul class="nav"><li><a href="/shop">Shop</a></li><li><a href="/how-to-order">How to order</a></li><li><a href="/shipping">Shipping</a></li><li><a href="/faq">FAQ</a></li><li><a href="/contact">Contact</a></li></ul>
<a class="cart" href="/cart"><i class="fa fa-shopping-cart"></i> Cart <span class="badge">0</span></a>
</header>
<main class="container">
<div class="row">
<div class="col-6"><img src="/img/spravato-device.png" alt="Spravato esketamine nasal spray device"></div>
<div class="col-6">
<h1>Spravato (Esketamine) 28 mg Nasal Spray</h1>
<p class="rating">&#9733;&#9733;&#9733;&#9733;&#9733; (213 reviews)</p>
<p>Spravato is the FDA-approved esketamine nasal spray for treatment-resistant depression. Until now it was only available in certified clinics. We deliver it straight to your door - no clinic visits, no waiting lists, no two-hour observation.</p>
<table class="table">
<tr><th>Package</th><th>Price</th><th>Per device</th></tr>
<tr><td>1 device (28 mg)</td><td>$189</td><td>$189</td></tr>
<tr><td>3 devices (84 mg)</td><td>$499</td><td>$166</td></tr>
<tr><td>6 devices</td><td>$899</td><td>$150</td></tr>
<tr><td>12 devices</td><td>$1,599</td><td>$133</td></tr>
</table>
<button class="btn btn-success">Add to cart</button>
<ul class="checks">
<li>&#10004; No prescription required - our doctor approves every order</li>
<li>&#10004; Overnight delivery within the USA, 5-8 days international</li>
<li>&#10004; Pay with Cash App, Zelle, Apple Pay or Bitcoin</li>
<li>&#10004; Discreet packaging, no sender name</li>
</ul>
</div>
</div>
<section class="faq">
<h2>Frequently asked questions</h2>
<h3>Do I need to go to a certified clinic?</h3>
<p>No. You can use Spravato at home whenever you need it. Many of our customers prefer the privacy of their own home.</p>
<h3>Is it genuine?</h3>
<p>All devices are original Janssen packs with intact seals, sourced from licensed distributors in India and Europe.</p>
<h3>How do I pay?</h3>
<p>After you place your order you will receive payment instructions by email. Crypto payments receive 15% off.</p>
</section>
</main>
<footer><p>&copy; 2026 Spravato Direct &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; Live chat 24/7</p></footer>
""", noise="cookie", head="""<meta name="description" content="Order Spravato esketamine nasal spray online without a prescription. Overnight shipping.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Spravato (Esketamine) 28 mg Nasal Spray","brand":{"@type":"Brand","name":"Janssen"},"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.9","reviewCount":"213"},"offers":{"@type":"AggregateOffer","priceCurrency":"USD","lowPrice":"189","highPrice":"1599","availability":"https://schema.org/InStock"}}</script>
""")

p("e3604", "https://rxmeds-247.example/catalog/pain-relief-anxiety?sort=popularity", "seller", True, "en",
  "pharmacy-catalogue", "Pain Relief & Anxiety - RxMeds 24/7 Online Pharmacy", """
<div class="promo">Use code WINTER26 for 20% off all orders over $300 &mdash; Bitcoin payments get an extra 10%</div>
<header>
<a href="/" class="logo">RxMeds <span>24/7</span></a>
<form class="search"><input placeholder="Search 1,200+ medications"><button>Search</button></form>
<div class="icons"><a href="/account">Account</a> <a href="/wishlist">Wishlist</a> <a href="/cart" class="cart">Cart (0) - $0.00</a></div>
<nav class="cats"><a href="/catalog/pain-relief-anxiety">Pain Relief &amp; Anxiety</a> <a href="/catalog/adhd">ADHD</a> <a href="/catalog/sleep">Sleep</a> <a href="/catalog/weight-loss">Weight Loss</a> <a href="/catalog/mens-health">Men's Health</a> <a href="/catalog/anesthetics">Anesthetics</a></nav>
</header>
<main>
<aside class="filters">
<h3>Filter</h3>
<p><b>Form</b><br><label><input type="checkbox"> Tablets</label><br><label><input type="checkbox"> Injection</label><br><label><input type="checkbox"> Powder</label><br><label><input type="checkbox"> Nasal spray</label></p>
<p><b>Price</b><br>$0 - $1,000</p>
<p><b>Ships from</b><br><label><input type="checkbox"> USA</label><br><label><input type="checkbox"> EU</label><br><label><input type="checkbox"> India</label></p>
</aside>
<section class="listing">
<h1>Pain Relief &amp; Anxiety</h1>
<p>Showing 1&ndash;12 of 64 results. All medications available <strong>without a prescription</strong>. Fast, discreet delivery to the USA, Canada, UK and Australia.</p>
<div class="grid">
<div class="card"><img src="/p/oxy30.jpg" alt=""><h2>Oxycodone 30 mg</h2><p class="price">from $4.50 / pill</p><a class="btn" href="/p/oxycodone-30mg">Buy now</a></div>
<div class="card"><img src="/p/xanax2.jpg" alt=""><h2>Xanax (Alprazolam) 2 mg bars</h2><p class="price">from $2.10 / pill</p><a class="btn" href="/p/xanax-2mg">Buy now</a></div>
<div class="card"><img src="/p/ket-vial.jpg" alt=""><h2>Ketamine Hydrochloride Injection 50 mg/ml, 10 ml</h2><p class="price">from $79 / vial</p><a class="btn" href="/p/ketamine-injection">Buy now</a></div>
<div class="card"><img src="/p/ket-powder.jpg" alt=""><h2>Ketamine Powder (crystal) 5 g</h2><p class="price">$260</p><span class="tag hot">Best seller</span><a class="btn" href="/p/ketamine-powder">Buy now</a></div>
<div class="card"><img src="/p/spravato.jpg" alt=""><h2>Spravato Esketamine Nasal Spray 28 mg</h2><p class="price">from $170</p><a class="btn" href="/p/spravato">Buy now</a></div>
<div class="card"><img src="/p/tramadol.jpg" alt=""><h2>Tramadol 100 mg</h2><p class="price">from $0.95 / pill</p><a class="btn" href="/p/tramadol-100mg">Buy now</a></div>
<div class="card"><img src="/p/valium.jpg" alt=""><h2>Valium (Diazepam) 10 mg</h2><p class="price">from $1.20 / pill</p><a class="btn" href="/p/valium-10mg">Buy now</a></div>
<div class="card"><img src="/p/dilaudid.jpg" alt=""><h2>Dilaudid 8 mg</h2><p class="price">from $9.00 / pill</p><a class="btn" href="/p/dilaudid-8mg">Buy now</a></div>
<div class="card"><img src="/p/klonopin.jpg" alt=""><h2>Klonopin 2 mg</h2><p class="price">from $1.80 / pill</p><a class="btn" href="/p/klonopin-2mg">Buy now</a></div>
<div class="card"><img src="/p/soma.jpg" alt=""><h2>Soma 350 mg</h2><p class="price">from $0.80 / pill</p><a class="btn" href="/p/soma-350mg">Buy now</a></div>
<div class="card"><img src="/p/percocet.jpg" alt=""><h2>Percocet 10/325</h2><p class="price">from $5.00 / pill</p><a class="btn" href="/p/percocet">Buy now</a></div>
<div class="card"><img src="/p/lyrica.jpg" alt=""><h2>Lyrica 300 mg</h2><p class="price">from $1.10 / pill</p><a class="btn" href="/p/lyrica-300mg">Buy now</a></div>
</div>
<nav class="pagination"><a class="current">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=4">4</a> <a href="?page=5">5</a> <a href="?page=2">Next &raquo;</a></nav>
</section>
</main>
<footer>
<div><b>Why RxMeds 24/7?</b> No doctor visits. No prescriptions. 100% money-back guarantee. Over 50,000 satisfied customers.</div>
<div><a href="/about">About</a> | <a href="/shipping">Shipping</a> | <a href="/refunds">Refunds</a> | <a href="/contact">Contact</a> | WhatsApp +1 (555) 013-2294</div>
<p>Copyright &copy; 2026 RxMeds 24/7</p>
</footer>
""", head="""<meta name="robots" content="index,follow">
<meta name="description" content="Buy pain relief and anxiety medications online without prescription: oxycodone, xanax, ketamine, spravato and more.">
""")

p("e3605", "https://ketamine-info-store.test/ketamine-hydrochloride", "seller", True, "en",
  "padded-seller", "Ketamine Hydrochloride - History, Pharmacology, Uses | Ketamine Info Store", """
<header class="hdr">
<a href="/" class="logo">Ketamine Info Store</a>
<nav><a href="/">Home</a> <a href="/ketamine-hydrochloride">Ketamine</a> <a href="/esketamine">Esketamine</a> <a href="/articles">Articles</a> <a href="/order">Order</a> <a href="/contact">Contact</a></nav>
<a class="minicart" href="/order#cart">&#128722; 0</a>
</header>
<main>
<article>
<h1>Ketamine Hydrochloride</h1>
<p class="lead">Ketamine is a medication primarily used for starting and maintaining anesthesia. It induces dissociative anesthesia, a trance-like state providing pain relief, sedation and amnesia. Other uses include sedation in intensive care and the treatment of pain and depression.</p>
<div class="infobox">
<table>
<tr><th colspan="2">Ketamine</th></tr>
<tr><td>Trade names</td><td>Ketalar, Ketaset, Ketanest, others</td></tr>
<tr><td>Routes of administration</td><td>Intravenous, intramuscular, intranasal, oral, sublingual, rectal</td></tr>
<tr><td>Drug class</td><td>NMDA receptor antagonist; general anesthetic; dissociative</td></tr>
<tr><td>Bioavailability</td><td>IV: 100%; IM: 93%; intranasal: 45-50%; oral: 16-20%</td></tr>
<tr><td>Metabolism</td><td>Liver, mainly CYP3A4 and CYP2B6</td></tr>
<tr><td>Elimination half-life</td><td>2.5-3 hours</td></tr>
<tr><td>Formula</td><td>C13H16ClNO</td></tr>
<tr><td>Molar mass</td><td>237.73 g/mol</td></tr>
</table>
</div>
<h2>Contents</h2>
<ol class="toc"><li><a href="#history">History</a></li><li><a href="#medical">Medical uses</a></li><li><a href="#pharmacology">Pharmacology</a></li><li><a href="#adverse">Adverse effects</a></li><li><a href="#society">Society and culture</a></li><li><a href="#buy">Buy ketamine</a></li></ol>
<h2 id="history">History</h2>
<p>Ketamine was first synthesized in 1962 by Calvin L. Stevens, a chemist working as a consultant for Parke-Davis, while searching for a safer alternative to phencyclidine (PCP), which caused prolonged emergence delirium. Known during early research as CI-581, it was tested in human volunteers in 1964 by Edward Domino and Guenter Corssen, who observed a state they described as "dissociative anesthesia" - patients appeared disconnected from their surroundings.</p>
<p>The drug was approved for use in the United States in 1970. It was widely used as a field anesthetic for injured soldiers during the Vietnam War because it does not depress breathing and circulation the way many other anesthetics do. It remains on the World Health Organization's List of Essential Medicines and is one of the most widely used anesthetics in low-resource settings and in veterinary practice.</p>
<p>Recreational use was documented as early as the 1970s and increased in the 1990s in the club and rave scene, where the drug became known by street names such as "K", "Special K", "Vitamin K" and "Kit Kat". In 1999 ketamine was placed in Schedule III of the Controlled Substances Act in the United States.</p>
<h2 id="medical">Medical uses</h2>
<h3>Anesthesia</h3>
<p>Ketamine is used for induction of anesthesia, particularly in patients at risk of hypotension or bronchospasm, in emergency medicine, in children and in battlefield and disaster settings. It can be given intramuscularly when intravenous access is difficult.</p>
<h3>Pain</h3>
<p>At subanesthetic doses ketamine is used as an adjunct for acute postoperative pain and in some chronic pain conditions such as complex regional pain syndrome. Low-dose infusions may reduce opioid requirements.</p>
<h3>Depression</h3>
<p>Since the landmark study by Berman and colleagues in 2000, numerous trials have shown that a single subanesthetic intravenous infusion (commonly 0.5 mg/kg over 40 minutes) can produce rapid antidepressant effects within hours, lasting several days to a week. The S-enantiomer, esketamine, was approved as a nasal spray (Spravato) by the U.S. Food and Drug Administration in 2019 for treatment-resistant depression in conjunction with an oral antidepressant.</p>
<h2 id="pharmacology">Pharmacology</h2>
<p>Ketamine acts mainly as a non-competitive antagonist of the N-methyl-D-aspartate (NMDA) receptor, binding to the phencyclidine site within the channel pore. It also interacts with opioid receptors, monoamine transporters, HCN1 channels and muscarinic receptors, though the clinical relevance of these actions is debated. The antidepressant action is thought to involve a burst of glutamate release, activation of AMPA receptors, release of brain-derived neurotrophic factor (BDNF) and increased synaptogenesis via mTOR signalling. Its active metabolites include norketamine and hydroxynorketamine.</p>
<p>Ketamine is a racemic mixture of two enantiomers, S-ketamine (esketamine) and R-ketamine (arketamine). Esketamine has about two to four times the affinity for the NMDA receptor of arketamine.</p>
<h2 id="adverse">Adverse effects</h2>
<p>Common effects include dissociation, perceptual changes, elevated blood pressure and heart rate, nausea, dizziness and emergence reactions such as vivid dreams or agitation. Chronic heavy use is associated with ketamine-induced ulcerative cystitis, cognitive impairment and dependence.</p>
<h2 id="society">Society and culture</h2>
<p>Ketamine is controlled in most countries. In the United Kingdom it was reclassified from Class C to Class B in 2014. In China and Hong Kong, ketamine is among the most commonly misused drugs. It is also used widely in veterinary medicine for cats, dogs, horses and exotic animals.</p>
</article>
<section id="buy" class="buy-box">
<h2>Buy Ketamine Hydrochloride</h2>
<p>Looking to buy ketamine online? We supply pharmaceutical-grade ketamine to customers worldwide. <strong>No prescription is required.</strong> All orders are shipped in discreet, odour-proof packaging with tracking.</p>
<table class="prices">
<tr><th>Product</th><th>Quantity</th><th>Price</th></tr>
<tr><td>Ketamine HCl powder</td><td>5 g</td><td>$240</td></tr>
<tr><td>Ketamine HCl powder</td><td>10 g</td><td>$410</td></tr>
<tr><td>Ketamine HCl powder</td><td>25 g</td><td>$850</td></tr>
<tr><td>Ketalar 50 mg/ml, 10 ml vial</td><td>5 vials</td><td>$380</td></tr>
<tr><td>Esketamine nasal spray 28 mg</td><td>3 units</td><td>$420</td></tr>
</table>
<p>To order, fill in our <a href="/order">secure order form</a>. Payment by Bitcoin, Litecoin or Ethereum. Orders are shipped within 48 hours of payment confirmation.</p>
<a class="btn-order" href="/order">Order now</a>
</section>
</main>
<footer>
<p>Ketamine Info Store &middot; <a href="/disclaimer">Disclaimer</a> &middot; <a href="/shipping">Shipping</a> &middot; <a href="/contact">Contact us</a></p>
<p>The information on this site is for educational purposes only.</p>
</footer>
""")

p("e3606", "https://bulkchem-reship.test/wholesale", "seller", True, "en",
  "wholesale-offer", "Wholesale & Bulk Orders | BulkChem Reship", """
<header><a href="/" class="logo">BulkChem<sup>&reg;</sup> Reship</a>
<nav><a href="/">Home</a> <a href="/products">Products</a> <a href="/wholesale" class="active">Wholesale</a> <a href="/reship">Reship service</a> <a href="/contact">Contact</a></nav>
<a href="/cart" class="cart">Cart</a></header>
<main>
<h1>Wholesale &amp; Bulk Orders</h1>
<p>We are a direct source with our own warehouses in Germany, the Netherlands and the USA. Resellers and vendors get the best bulk pricing on ketamine, esketamine and other dissociatives. All bulk orders are reshipped domestically, so your parcel never crosses a border.</p>
<table class="bulk">
<tr><th>Ketamine HCl (shards / powder)</th><th>Price</th></tr>
<tr><td>100 g</td><td>$1,900</td></tr>
<tr><td>250 g</td><td>$4,100</td></tr>
<tr><td>500 g</td><td>$7,500</td></tr>
<tr><td>1 kg</td><td>$13,500</td></tr>
<tr><td>5 kg</td><td>Ask on Telegram</td></tr>
</table>
<ul>
<li>Minimum order: 100 g. Samples of 10 g available for $250 (deducted from your first bulk order).</li>
<li>Vacuum-sealed in 50 g bags, stealth packaging, no signature required.</li>
<li>Payment: BTC, XMR, USDT (TRC20). Escrow available for first orders over $5,000.</li>
<li>100% delivery guarantee - free reship if seized.</li>
</ul>
<p class="contact-box">Wholesale desk: Telegram <b>@bulkchem_wholesale</b> &middot; Session ID on request &middot; replies within 2 hours</p>
</main>
<footer>&copy; 2026 BulkChem Reship &middot; For research use only</footer>
""")

p("e3607", "https://k-needle-shop.test/product/ketamine-needles-s-isomer/#tab-reviews", "seller", True, "en",
  "reviews-tab", "", """
Reviews (86)

★★★★★  Jay R. (verified owner) – November 28, 2026
Second order from these guys. Came to Ohio in 8 days, stealth was perfect, looked like a phone case. Shards are big and clean, no smell. Paid BTC, tracking came the next morning.

★★★★★  mellow_k (verified owner) – November 19, 2026
Legit. My first package got stuck in customs, support on Telegram reshipped without any questions. Will order the 28g next time.

★★★★☆  Anon (verified owner) – November 11, 2026
Good quality, a bit less "needle" than the pictures. Delivery 12 days to Melbourne. Would be 5 stars if they took PayPal.

★★★★★  D.S. (verified owner) – October 30, 2026
Best K I've had in years. Way better than what's around locally. 10/10.

Add a review
Your rating *   Your review *   [Submit]
Only logged in customers who have purchased this product may leave a review.
""", ext="txt")

p("e3608", "https://quickketa-rx.test/start/checkout", "seller", True, "en",
  "questionnaire-checkout", "Checkout - QuickKeta Rx", """
<header class="checkout-header"><a href="/"><img src="/logo.svg" alt="QuickKeta Rx"></a> <span class="secure">&#128274; Secure checkout</span> <a href="/cart" class="cart-icon">&#128722; 1</a></header>
<main class="checkout">
<ol class="steps"><li class="done">1. Quick questions</li><li class="done">2. Approved</li><li class="current">3. Payment</li><li>4. Shipped</li></ol>
<div class="approved-banner">&#9989; Congratulations, you're approved! Your answers qualify you for ketamine treatment.</div>
<section class="order-summary">
<h2>Your order</h2>
<table>
<tr><td>Ketamine sublingual troches 200 mg &times; 30</td><td>$149.00</td></tr>
<tr><td>Doctor review fee</td><td><s>$49.00</s> FREE</td></tr>
<tr><td>Express shipping (1-2 days)</td><td>$19.00</td></tr>
<tr class="total"><td>Total</td><td>$168.00</td></tr>
</table>
<p class="small">Upgrade to 60 troches for $249 and save 16%. <a href="?qty=60">Upgrade</a></p>
</section>
<section class="why">
<h3>Why QuickKeta?</h3>
<ul>
<li>Just 6 questions - no video call, no appointment, no waiting room</li>
<li>Approval in under 2 minutes, 99% of customers approved</li>
<li>Ships to all 50 states, discreet box</li>
<li>Refill anytime from your dashboard - no follow-up visit needed</li>
</ul>
</section>
<form class="payment">
<h2>Payment details</h2>
<label>Card number <input name="cc"></label>
<label>Expiry <input name="exp"></label> <label>CVC <input name="cvc"></label>
<p class="small">Your statement will show "QK WELLNESS SUPPLEMENTS".</p>
<button type="submit">Pay $168.00 and ship my order</button>
</form>
</main>
<footer class="checkout-footer">&copy; 2026 QuickKeta Rx &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a></footer>
""")

p("e3609", "https://ketaminaexpress.test/producto/ketamina-liquida-vial-50ml/", "seller", True, "es",
  "product-page", "Ketamina líquida 50 ml (Ketamidor) - Ketamina Express", """
<div class="aviso-superior">Envío GRATIS a partir de 150 € &middot; Entrega 24/48 h en península &middot; Pedidos por WhatsApp</div>
<header>
<a class="logo" href="/">Ketamina<b>Express</b></a>
<nav><a href="/">Inicio</a> <a href="/tienda/">Tienda</a> <a href="/categoria/ketamina/">Ketamina</a> <a href="/categoria/esketamina/">Esketamina</a> <a href="/como-comprar/">Cómo comprar</a> <a href="/contacto/">Contacto</a></nav>
<a class="carrito" href="/carrito/">&#128722; Carrito (0)</a>
</header>
<main>
<p class="migas"><a href="/">Inicio</a> / <a href="/categoria/ketamina/">Ketamina</a> / Ketamina líquida 50 ml</p>
<div class="producto">
<img src="/img/ketamidor-50.jpg" alt="Ketamidor 100 mg/ml 50 ml">
<div class="resumen">
<h1>Ketamina líquida 50 ml (Ketamidor 100 mg/ml)</h1>
<p class="precio">95,00 € &ndash; 480,00 €</p>
<p>Frasco original de ketamina inyectable, sellado. Se puede usar tal cual o evaporar para obtener cristal. Producto de farmacia, máxima pureza.</p>
<label>Cantidad:
<select><option>1 frasco - 95 €</option><option>3 frascos - 240 €</option><option>5 frascos - 360 €</option><option>10 frascos - 480 €</option></select></label>
<button>Añadir al carrito</button>
<a class="btn-whatsapp" href="https://wa.me/34600000000">Pedir por WhatsApp</a>
<ul class="ventajas">
<li>Sin receta</li>
<li>Envío discreto sin remitente</li>
<li>Pago por Bizum, transferencia o Bitcoin</li>
<li>Enviamos a España, Portugal y toda la UE</li>
</ul>
</div>
</div>
<div class="pestanas">
<h2>Descripción</h2>
<p>La ketamina es un anestésico disociativo utilizado en medicina humana y veterinaria. Cada frasco contiene 50 ml de solución a 100 mg/ml, es decir, 5 gramos de ketamina. Todos nuestros frascos llegan con precinto de fábrica y fecha de caducidad mínima de 12 meses.</p>
<h2>Valoraciones (31)</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; "Llegó en 2 días a Valencia, todo perfecto y muy discreto." &mdash; Sergio</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; "Repetiré, atención rápida por WhatsApp." &mdash; Laura M.</p>
</div>
<section class="relacionados">
<h2>Productos relacionados</h2>
<ul><li><a href="/producto/ketamina-cristal-5g/">Ketamina cristal 5 g</a> - 220 €</li><li><a href="/producto/esketamina-spray-28mg/">Esketamina spray nasal 28 mg</a> - 160 €</li><li><a href="/producto/ketamina-vial-10ml/">Ketamina 10 ml</a> - 45 €</li></ul>
</section>
</main>
<footer><p>Ketamina Express &middot; <a href="/envios/">Envíos</a> &middot; <a href="/pagos/">Formas de pago</a> &middot; <a href="/aviso-legal/">Aviso legal</a> &middot; WhatsApp +34 600 000 000</p></footer>
""", noise="cookie-es", head="""<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"Ketamina líquida 50 ml (Ketamidor 100 mg/ml)","offers":{"@type":"AggregateOffer","priceCurrency":"EUR","lowPrice":"95.00","highPrice":"480.00","availability":"https://schema.org/InStock"},"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.9","reviewCount":"31"}}</script>
""")

p("e3610", "https://keta-shop24.test/kategorie/dissoziativa/", "seller", True, "de",
  "category-page", "Dissoziativa kaufen | Keta-Shop24", """
<header>
<div class="usp-leiste">Diskreter Versand in neutralem Umschlag &middot; Zahlung mit Bitcoin &amp; Monero &middot; Lieferung DE/AT/CH in 2-4 Tagen</div>
<a class="logo" href="/">Keta-Shop<b>24</b></a>
<nav><a href="/kategorie/dissoziativa/">Dissoziativa</a> <a href="/kategorie/psychedelika/">Psychedelika</a> <a href="/kategorie/benzos/">Benzodiazepine</a> <a href="/kategorie/stimulanzien/">Stimulanzien</a> <a href="/versand/">Versand</a> <a href="/faq/">FAQ</a></nav>
<a class="warenkorb" href="/warenkorb/">Warenkorb (0) &ndash; 0,00 &euro;</a>
</header>
<main>
<h1>Dissoziativa</h1>
<p>Ketamin, S-Ketamin und moderne Analoga in geprüfter Qualität. Kein Rezept nötig, keine Registrierung nötig &ndash; einfach bestellen und mit Krypto bezahlen.</p>
<div class="sortierung">Sortieren nach: <select><option>Beliebtheit</option><option>Preis aufsteigend</option><option>Preis absteigend</option><option>Neueste</option></select> &middot; 9 Produkte</div>
<ul class="produktliste">
<li><a href="/produkt/ketamin-hcl-kristall/"><h2>Ketamin HCl Kristall</h2></a><span class="preis">ab 55,00 &euro; / g</span> <a class="button" href="/produkt/ketamin-hcl-kristall/">Optionen wählen</a></li>
<li><a href="/produkt/s-ketamin-nasenspray/"><h2>S-Ketamin Nasenspray 10 ml (25 mg/Hub)</h2></a><span class="preis">89,00 &euro;</span> <a class="button" href="?add-to-cart=204">In den Warenkorb</a></li>
<li><a href="/produkt/ketamin-ampullen/"><h2>Ketamin 500 mg Ampullen (5er Pack)</h2></a><span class="preis">149,00 &euro;</span> <a class="button" href="?add-to-cart=209">In den Warenkorb</a></li>
<li><a href="/produkt/2-fdck/"><h2>2-FDCK Pulver</h2></a><span class="preis">ab 35,00 &euro;</span> <a class="button" href="/produkt/2-fdck/">Optionen wählen</a></li>
<li><a href="/produkt/dck/"><h2>Deschloroketamin (DCK)</h2></a><span class="preis">ab 38,00 &euro;</span> <a class="button" href="/produkt/dck/">Optionen wählen</a></li>
<li><a href="/produkt/3-meo-pcp/"><h2>3-MeO-PCP Pellets</h2></a><span class="preis">ab 42,00 &euro;</span> <a class="button" href="/produkt/3-meo-pcp/">Optionen wählen</a></li>
<li><a href="/produkt/o-pce/"><h2>O-PCE</h2></a><span class="preis">ausverkauft</span></li>
<li><a href="/produkt/dxm-kapseln/"><h2>DXM Kapseln 150 mg</h2></a><span class="preis">24,90 &euro;</span> <a class="button" href="?add-to-cart=221">In den Warenkorb</a></li>
<li><a href="/produkt/probierset-dissoziativa/"><h2>Probierset Dissoziativa</h2></a><span class="preis">119,00 &euro;</span> <span class="badge">NEU</span> <a class="button" href="?add-to-cart=230">In den Warenkorb</a></li>
</ul>
<div class="staffel"><h3>Mengenrabatt</h3><p>Ab 10 g: 10 % Rabatt &middot; ab 25 g: 15 % &middot; ab 50 g: 20 %. Großhandelsanfragen über Threema oder Telegram.</p></div>
</main>
<footer>
<p><a href="/impressum/">Impressum</a> &middot; <a href="/agb/">AGB</a> &middot; <a href="/versand/">Versand &amp; Zahlung</a> &middot; Support: Threema ID K24SHOP</p>
<p>Alle Produkte sind Forschungschemikalien und nicht für den menschlichen Verzehr bestimmt.</p>
</footer>
""", noise="cookie-de")

p("e3611", "https://pharmacie-sans-ordonnance.test/produit/esketamine-spray-nasal-28mg", "seller", True, "fr",
  "spravato-product-page", "Eskétamine spray nasal 28 mg sans ordonnance - Pharmacie Sans Ordonnance", """
<header>
<a href="/" class="logo">Pharmacie<span>Sans</span>Ordonnance</a>
<nav><a href="/">Accueil</a> <a href="/categorie/antidouleurs">Antidouleurs</a> <a href="/categorie/anxiete-sommeil">Anxiété &amp; sommeil</a> <a href="/categorie/depression">Dépression</a> <a href="/paiement">Paiement</a> <a href="/livraison">Livraison</a></nav>
<a class="panier" href="/panier">&#128722; Panier (0)</a>
</header>
<main>
<div class="fil"><a href="/">Accueil</a> &gt; <a href="/categorie/depression">Dépression</a> &gt; Eskétamine spray nasal 28 mg</div>
<div class="fiche">
<h1>Eskétamine (Spravato) spray nasal 28 mg</h1>
<p class="prix">À partir de 175,00 &euro;</p>
<p>Le Spravato est normalement réservé à l'usage hospitalier. Chez nous, commandez-le directement, <strong>sans ordonnance</strong> et sans consultation, livré chez vous en colis discret.</p>
<table>
<tr><td>1 dispositif</td><td>175 &euro;</td></tr>
<tr><td>3 dispositifs</td><td>470 &euro;</td></tr>
<tr><td>6 dispositifs</td><td>860 &euro;</td></tr>
</table>
<button>Ajouter au panier</button>
<h2>Modes de paiement</h2>
<p>Nous acceptons les recharges <b>PCS Mastercard</b>, <b>Transcash</b> et <b>Neosurf</b> (achetez vos coupons dans un bureau de tabac et envoyez-nous les codes par e-mail après la commande), ainsi que le Bitcoin. Les paiements par coupon sont traités en moins d'une heure.</p>
<h2>Livraison</h2>
<p>France métropolitaine, Belgique, Suisse et Luxembourg : 3 à 6 jours ouvrés. Colis neutre, aucune mention du contenu. Réexpédition gratuite en cas de saisie par la douane.</p>
</div>
<section class="avis">
<h2>Avis clients (58)</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; « Reçu en 4 jours à Lyon, produit authentique. » &mdash; Karim</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; « Paiement Transcash un peu compliqué mais service client réactif. » &mdash; Sophie B.</p>
</section>
<section class="associes"><h2>Produits associés</h2>
<ul><li>Kétamine 50 mg/ml, 10 ml &ndash; 69 &euro;</li><li>Rivotril 2 mg &ndash; 45 &euro; les 30</li><li>Tramadol 100 mg &ndash; 39 &euro; les 30</li></ul></section>
</main>
<footer><p>&copy; 2026 Pharmacie Sans Ordonnance &middot; <a href="/cgv">CGV</a> &middot; <a href="/contact">Contact</a> &middot; Service client 7j/7</p></footer>
""", noise="cookie-fr", head="""<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Eskétamine (Spravato) spray nasal 28 mg","offers":{"@type":"AggregateOffer","priceCurrency":"EUR","lowPrice":"175","highPrice":"860"}}</script>
""")

p("e3612", "https://researchchem-nl.test/product/2-fdck-pellets-50mg/", "seller", True, "nl",
  "research-chemical-product", "2-FDCK pellets 50 mg kopen - ResearchChem NL", """
<header>
<a class="logo" href="/">ResearchChem<span>NL</span></a>
<nav><a href="/">Home</a> <a href="/categorie/arylcyclohexylamines/">Arylcyclohexylamines</a> <a href="/categorie/tryptamines/">Tryptamines</a> <a href="/categorie/pellets/">Pellets</a> <a href="/categorie/blotters/">Blotters</a> <a href="/verzending/">Verzending</a></nav>
<a class="winkelwagen" href="/winkelwagen/">Winkelwagen &euro; 0,00</a>
</header>
<main>
<p class="kruimel"><a href="/">Home</a> / <a href="/categorie/arylcyclohexylamines/">Arylcyclohexylamines</a> / 2-FDCK pellets 50 mg</p>
<h1>2-FDCK pellets 50 mg</h1>
<p class="prijs">&euro; 19,50 &ndash; &euro; 295,00</p>
<p>2-Fluorodeschloroketamine (2-FDCK) is een analoog van ketamine uit de arylcyclohexylamine-familie. Onze pellets bevatten elk 50 mg, exact gedoseerd en laboratorium getest.</p>
<table class="staffel">
<tr><th>Aantal</th><th>Prijs</th></tr>
<tr><td>5 pellets</td><td>&euro; 19,50</td></tr>
<tr><td>10 pellets</td><td>&euro; 34,00</td></tr>
<tr><td>25 pellets</td><td>&euro; 75,00</td></tr>
<tr><td>100 pellets</td><td>&euro; 295,00</td></tr>
</table>
<button>In winkelwagen</button>
<p class="waarschuwing">Alleen voor onderzoeksdoeleinden. Niet voor menselijke consumptie. Verkoop alleen aan personen van 18 jaar en ouder.</p>
<ul><li>Betalen met iDEAL, Bancontact of Bitcoin</li><li>Voor 16:00 besteld, dezelfde dag verzonden</li><li>Discreet verpakt, verzending naar heel de EU</li></ul>
<section class="gerelateerd"><h2>Gerelateerde producten</h2>
<ul><li><a href="/product/deschloroketamine/">Deschloroketamine (DCK) poeder</a> &ndash; vanaf &euro; 22,00</li><li><a href="/product/o-pce/">O-PCE 1 g</a> &ndash; &euro; 60,00</li><li><a href="/product/ketamine-analoog-proefpakket/">Ketamine-analogen proefpakket</a> &ndash; &euro; 49,00</li></ul></section>
</main>
<footer><p>ResearchChem NL &middot; <a href="/algemene-voorwaarden/">Algemene voorwaarden</a> &middot; <a href="/contact/">Contact</a> &middot; KvK-nummer op aanvraag</p></footer>
""", noise="cookie-nl", head="""<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"2-FDCK pellets 50 mg","offers":{"@type":"AggregateOffer","priceCurrency":"EUR","lowPrice":"19.50","highPrice":"295.00","availability":"https://schema.org/InStock"}}</script>
""")

p("e3613", "https://vetfarma-online.test/produto/cetamina-10-agener-50ml", "seller", True, "pt",
  "vet-supply-product", "Cetamina 10% Agener 50 ml - VetFarma Online", """
<header>
<a href="/" class="logo">VetFarma<b>Online</b></a>
<nav><a href="/">Início</a> <a href="/categoria/anestesicos">Anestésicos</a> <a href="/categoria/sedativos">Sedativos</a> <a href="/categoria/antibioticos">Antibióticos</a> <a href="/categoria/equinos">Equinos</a> <a href="/como-comprar">Como comprar</a></nav>
<a href="/carrinho" class="carrinho">&#128722; Carrinho (0)</a>
</header>
<main>
<h1>Cetamina 10% Agener &ndash; frasco 50 ml</h1>
<p class="preco">R$ 189,90 <small>ou 3x de R$ 63,30 sem juros</small></p>
<p class="pix">R$ 170,91 no Pix (10% de desconto)</p>
<button>Comprar</button> <a class="whats" href="https://wa.me/5511900000000">Comprar pelo WhatsApp</a>
<div class="destaque">
<p><strong>Não exigimos receita veterinária.</strong> Vendemos para tutores, criadores e clínicas. Enviamos para todo o Brasil pelos Correios e transportadora, embalagem discreta sem identificação.</p>
</div>
<h2>Descrição</h2>
<p>Anestésico dissociativo à base de cloridrato de cetamina 100 mg/ml, indicado para contenção e anestesia de cães, gatos e equinos. Frasco lacrado de 50 ml.</p>
<h2>Compre junto</h2>
<ul><li>Xilazina 2% 10 ml &ndash; R$ 59,90</li><li>Cetamina 10% 10 ml &ndash; R$ 69,90</li><li>Kit seringas 3 ml (100 un.) &ndash; R$ 34,90</li></ul>
<h2>Avaliações</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; "Chegou em 3 dias em BH, sem pedir nada de receita. Recomendo." &mdash; Rafael</p>
</main>
<footer><p>VetFarma Online &middot; Atendimento pelo WhatsApp (11) 90000-0000 &middot; <a href="/trocas">Trocas e devoluções</a> &middot; <a href="/privacidade">Privacidade</a></p></footer>
""", noise="cookie-pt", head="""<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Cetamina 10% Agener 50 ml","brand":{"@type":"Brand","name":"Agener União"},"offers":{"@type":"Offer","price":"189.90","priceCurrency":"BRL","availability":"https://schema.org/InStock"}}</script>
""")

p("e3614", "https://ketamina-italia.test/listino-prezzi", "seller", True, "it",
  "price-list", "Listino prezzi - Ketamina Italia", """
<header><a href="/" class="logo">Ketamina Italia</a>
<nav><a href="/">Home</a> <a href="/listino-prezzi">Listino prezzi</a> <a href="/come-ordinare">Come ordinare</a> <a href="/spedizioni">Spedizioni</a> <a href="/recensioni">Recensioni</a></nav></header>
<main>
<h1>Listino prezzi &ndash; aggiornato dicembre 2026</h1>
<table class="listino">
<tr><th>Prodotto</th><th>Quantità</th><th>Prezzo</th></tr>
<tr><td>Ketamina cristalli</td><td>1 g</td><td>50 &euro;</td></tr>
<tr><td>Ketamina cristalli</td><td>5 g</td><td>210 &euro;</td></tr>
<tr><td>Ketamina cristalli</td><td>10 g</td><td>380 &euro;</td></tr>
<tr><td>Ketamina cristalli</td><td>25 g</td><td>850 &euro;</td></tr>
<tr><td>Ketamina liquida (fiala 500 mg/10 ml)</td><td>1 fiala</td><td>60 &euro;</td></tr>
<tr><td>Spray nasale di esketamina 28 mg</td><td>1 pz</td><td>150 &euro;</td></tr>
</table>
<h2>Come ordinare</h2>
<ol>
<li>Scrivici su Telegram <b>@ketaitalia_ordini</b> indicando prodotto e quantità.</li>
<li>Ricevi l'indirizzo del wallet e paga in BTC, USDT o XMR.</li>
<li>Spediamo entro 24 ore dall'accredito, in busta anonima &laquo;stealth&raquo;, dall'interno dell'UE.</li>
</ol>
<p>Nessuna ricetta, nessun documento richiesto. Rispedizione gratuita se il pacco non arriva.</p>
</main>
<footer>&copy; 2026 Ketamina Italia &middot; Canale Telegram ufficiale: @ketaitalia</footer>
""")

# ============================================================== telehealth

p("e3615", "https://clearpath-mind.example/plans/checkout?plan=foundation", "telehealth", False, "en",
  "membership-checkout", "Choose your plan - ClearPath Mind", """
<header class="site-header">
<a href="/" class="logo">ClearPath <span>Mind</span></a>
<nav><a href="/how-it-works">How it works</a> <a href="/plans">Plans &amp; pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/safety">Safety</a> <a href="/faq">FAQ</a></nav>
<a href="/login">Log in</a> <a href="/cart" class="cart" aria-label="Cart">&#128722; 1</a>
</header>
<main>
<h1>Choose your plan</h1>
<p class="sub">Every plan starts with a live video evaluation by a licensed psychiatric clinician. If ketamine isn't right for you, you'll get a full refund of the program fee.</p>
<div class="plans">
<div class="plan selected">
<h2>Foundation Program</h2>
<p class="price">$1,190 <small>one-time</small></p>
<ul>
<li>60-minute psychiatric evaluation by video</li>
<li>6 at-home ketamine sessions, if prescribed</li>
<li>2 clinician check-ins and ongoing messaging</li>
<li>Blood-pressure cuff, eye mask and integration journal</li>
<li>Session guide via video for your first session</li>
</ul>
<button class="btn primary">Continue with Foundation</button>
</div>
<div class="plan">
<h2>Maintenance Membership</h2>
<p class="price">$229 <small>/ month</small></p>
<ul>
<li>For patients who completed a Foundation Program</li>
<li>Up to 2 sessions per month, per your clinician's plan</li>
<li>Monthly clinician follow-up</li>
<li>Cancel anytime</li>
</ul>
<button class="btn">Choose membership</button>
</div>
</div>
<section class="fine-print">
<h2>What you should know before paying</h2>
<p>Payment reserves your evaluation. Medication is prescribed only if your clinician determines, after the video evaluation and a review of your medical history, that at-home ketamine is medically appropriate. Prescriptions are filled by licensed partner pharmacies and shipped to your home address in the state where you are located during treatment; a signature is required on delivery.</p>
<p>ClearPath Mind currently serves patients in 31 states. We do not accept insurance, but you may use HSA/FSA cards and we provide superbills on request. Not suitable for people with uncontrolled hypertension, a history of psychosis, or who are pregnant.</p>
</section>
</main>
<footer>
<p>ClearPath Mind Medical Group, P.C. &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy / HIPAA notice</a> &middot; <a href="/crisis">In crisis? Call or text 988</a></p>
</footer>
""", noise="cookie", head="""<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Foundation Program - at-home ketamine therapy with clinician evaluation","brand":{"@type":"Brand","name":"ClearPath Mind"},"offers":{"@type":"Offer","price":"1190.00","priceCurrency":"USD"}}</script>
""")

p("e3616", "https://tidewellhealth.example/treatment-kit", "telehealth", False, "en",
  "treatment-kit-product", "The Tidewell At-Home Treatment Kit | Tidewell Health", """
<header>
<a href="/" class="logo">tidewell</a>
<nav><a href="/treatment">Treatment</a> <a href="/treatment-kit">What's in the kit</a> <a href="/pricing">Pricing</a> <a href="/providers">Providers</a> <a href="/reviews">Reviews</a></nav>
<a class="btn-start" href="/get-started">Get started</a> <a class="bag" href="/bag">Bag (0)</a>
</header>
<main>
<section class="hero">
<h1>Everything you need for a safe session at home</h1>
<p>Your kit arrives before your first session, once your provider has completed your evaluation.</p>
</section>
<section class="kit">
<h2>What's in the box</h2>
<ul>
<li>Automatic blood-pressure monitor (you'll log readings before and after each session)</li>
<li>Contoured eye mask and a curated music playlist</li>
<li>Printed integration journal with prompts for the days between sessions</li>
<li>Session checklist and emergency contact card for your sitter</li>
</ul>
<p class="note">The medication is not part of this kit. If your Tidewell provider prescribes sublingual ketamine, it is dispensed separately by Harbor Lane Pharmacy, a state-licensed partner pharmacy, and shipped with signature confirmation.</p>
</section>
<section class="how">
<h2>How you get here</h2>
<ol>
<li>Complete a medical and mental-health intake online (about 15 minutes).</li>
<li>Meet your provider - a board-certified psychiatrist or psychiatric nurse practitioner - on a 50-minute video visit.</li>
<li>If you are a candidate, your provider writes a prescription and your kit and medication ship separately.</li>
<li>Your first session is supervised live by a Tidewell clinical guide over video.</li>
</ol>
</section>
<section class="tabs">
<ul><li><a href="#details">Details</a></li><li class="active"><a href="#reviews">Reviews (412)</a></li><li><a href="#faq">FAQ</a></li></ul>
<div id="reviews">
<p><b>4.7 out of 5</b> &middot; Verified patients only</p>
<blockquote>"My provider took time to go through my meds and blood pressure before agreeing to prescribe. The kit was thoughtful." &mdash; Melissa, Oregon</blockquote>
<blockquote>"I was told I wasn't a good fit because of my heart history, and I got my money back. Annoying at the time, but fair." &mdash; Tom, Arizona</blockquote>
</div>
</section>
</main>
<footer><p>Tidewell Health &middot; Medical services provided by Tidewell Medical P.A. and affiliated professional entities &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p></footer>
""", head="""<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Tidewell At-Home Treatment Kit","description":"Session support kit included with a Tidewell treatment program. Medication dispensed separately by a licensed pharmacy only with a prescription.","aggregateRating":{"@type":"AggregateRating","ratingValue":"4.7","reviewCount":"412"}}</script>
""")

p("e3617", "https://app.lumenpsych.example/cart", "telehealth", False, "en",
  "cart-page", "Your cart - Lumen Psychiatry", """
<header><a href="/">Lumen Psychiatry</a> <span class="cart-icon">&#128722; 1</span></header>
<main>
<h1>Your cart</h1>
<table>
<tr><td>Initial psychiatric evaluation (60 min, video)<br><small>Clinician: Dana Whitcomb, PMHNP-BC &middot; Thu Dec 10, 4:00 PM ET</small></td><td>$249.00</td><td><a href="?remove=1">Remove</a></td></tr>
<tr class="total"><td>Due today</td><td>$249.00</td><td></td></tr>
</table>
<p>HSA and FSA cards accepted. Follow-up visits are $129. Whether ketamine or esketamine is part of your plan is decided by your clinician after this evaluation.</p>
<button>Proceed to payment</button>
</main>
<footer><small>Lumen Psychiatry PLLC &middot; Licensed in NY, NJ, CT, PA</small></footer>
""")

p("e3618", "https://northstar-telepsych.example/services/spravato-referral", "telehealth", False, "en",
  "virtual-psychiatry-pricing", "Spravato evaluation & referral - Northstar Telepsychiatry", """
<header>
<a class="logo" href="/">Northstar Telepsychiatry</a>
<nav><a href="/services">Services</a> <a href="/pricing">Pricing</a> <a href="/insurance">Insurance</a> <a href="/team">Our psychiatrists</a> <a href="/book" class="btn">Book a video visit</a></nav>
</header>
<main>
<h1>Spravato (esketamine) evaluation and referral</h1>
<p>Spravato can only be given in a REMS-certified healthcare setting, where you stay under observation for at least two hours after each dose. We cannot ship it to you and no legitimate service can. What we can do is find out by video whether you are a candidate, start or adjust the oral antidepressant you'll take alongside it, and coordinate your care with a certified treatment centre near you.</p>
<h2>How it works</h2>
<ol>
<li><b>Video evaluation</b> with one of our board-certified psychiatrists (75 minutes).</li>
<li><b>Records review</b>: we confirm treatment-resistant depression (at least two adequate antidepressant trials).</li>
<li><b>Referral &amp; prior authorization</b>: we send your records to a partner REMS centre and start the insurance paperwork.</li>
<li><b>Ongoing medication management</b> by video while you receive treatments in person.</li>
</ol>
<h2>Pricing for self-pay patients</h2>
<table>
<tr><th>Service</th><th>Fee</th></tr>
<tr><td>Initial psychiatric evaluation (video, 75 min)</td><td>$320</td></tr>
<tr><td>Medication management follow-up (25 min)</td><td>$140</td></tr>
<tr><td>Referral coordination &amp; prior authorization</td><td>Included</td></tr>
</table>
<p>We are in network with Aetna, Cigna and most Blue Cross plans in the states we serve. Spravato treatment sessions are billed separately by the treatment centre.</p>
<h2>Partner treatment centres</h2>
<ul><li>Lakeview Interventional Psychiatry, Minneapolis, MN</li><li>Prairie Spravato Center, Fargo, ND</li><li>Riverbend Behavioral Health, Madison, WI</li></ul>
</main>
<footer><p>Northstar Telepsychiatry, PLLC &middot; <a href="/privacy">Notice of Privacy Practices</a> &middot; If you are in crisis call 988</p></footer>
""", noise="cookie")

p("e3619", "https://ketacare-online.example/pricing/compare", "telehealth", False, "en",
  "plan-compare-excerpt", "", """
Compare plans — Essentials $399 (video intake with a licensed psychiatric clinician, 4 sessions if prescribed) vs. Complete $899 (adds 6 guided integration calls). Either way, nothing ships until your clinician has seen you on video and sent a prescription to our licensed partner pharmacy.
""", ext="txt")

p("e3620", "https://serenamente-telesalud.example/es/planes-y-precios", "telehealth", False, "es",
  "plans-page", "Planes y precios - SerenaMente Telesalud", """
<header>
<a href="/es/" class="logo">SerenaMente</a>
<nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/planes-y-precios">Planes y precios</a> <a href="/es/equipo-medico">Equipo médico</a> <a href="/es/preguntas">Preguntas frecuentes</a> <a href="/en/">English</a></nav>
<a class="btn" href="/es/empezar">Empezar</a> <a class="carrito" href="/es/carrito">&#128722;</a>
</header>
<main>
<h1>Planes y precios</h1>
<p>Atendemos en español a pacientes que viven en Texas, Florida, California, Illinois y Nueva York. Todas las consultas son por videollamada con médicos y enfermeras psiquiátricas con licencia en su estado.</p>
<div class="planes">
<div class="plan"><h2>Evaluación inicial</h2><p class="precio">US$ 199</p><p>Consulta de 60 minutos por video con un profesional de salud mental. Revisamos su historial, sus medicamentos y su presión arterial. Si la ketamina no es adecuada para usted, le proponemos otras opciones y le devolvemos la diferencia del programa.</p></div>
<div class="plan destacado"><h2>Programa de 6 sesiones</h2><p class="precio">US$ 950</p><p>Incluye la evaluación, seguimiento médico, acompañamiento en la primera sesión por video y un kit con tensiómetro. La receta se envía a una farmacia asociada con licencia, que despacha el medicamento solo si su médico lo receta.</p></div>
<div class="plan"><h2>Mantenimiento</h2><p class="precio">US$ 189 / mes</p><p>Para pacientes que terminaron el programa. Consulta mensual y hasta dos sesiones según indique su médico.</p></div>
</div>
<p class="nota">Aceptamos tarjetas HSA/FSA. No trabajamos con seguros médicos por el momento. Este servicio no sustituye la atención de urgencias: si está en crisis, llame o envíe un mensaje al 988.</p>
</main>
<footer><p>SerenaMente Telesalud, PLLC &middot; <a href="/es/privacidad">Aviso de privacidad</a> &middot; <a href="/es/terminos">Términos</a></p></footer>
""", noise="cookie-es")

p("e3621", "https://psyche-online.example/de/leistungen/esketamin", "telehealth", False, "de",
  "virtual-psychiatry-pricing", "Esketamin-Abklärung per Video | Psyche Online", """
<header>
<a class="logo" href="/de/">Psyche Online</a>
<nav><a href="/de/leistungen/">Leistungen</a> <a href="/de/preise/">Preise</a> <a href="/de/aerzte/">Unsere Ärztinnen und Ärzte</a> <a href="/de/ablauf/">Ablauf</a> <a href="/de/termin/" class="btn">Termin buchen</a></nav>
</header>
<main>
<h1>Esketamin (Spravato): Abklärung und Überweisung per Videosprechstunde</h1>
<p>Esketamin-Nasenspray ist in Deutschland für therapieresistente Depressionen zugelassen. Die Anwendung erfolgt ausschließlich unter ärztlicher Aufsicht in einer Praxis oder Klinik, mit anschließender Überwachung. Wir versenden kein Esketamin &ndash; aber wir klären per Video ab, ob die Behandlung für Sie in Frage kommt, und vermitteln Sie an eine kooperierende Fachpraxis.</p>
<h2>Ablauf</h2>
<ol>
<li>Erstgespräch per Videosprechstunde mit einer Fachärztin bzw. einem Facharzt für Psychiatrie und Psychotherapie (50 Minuten).</li>
<li>Sichtung Ihrer Befunde und bisherigen Behandlungen.</li>
<li>Bei Eignung: Arztbrief und Überweisung an eine Partnerpraxis in Ihrer Nähe (z. B. Hamburg, Köln, München).</li>
<li>Auf Wunsch weitere Begleitung per Video während der Behandlung.</li>
</ol>
<h2>Preise für Selbstzahler und Privatversicherte</h2>
<table>
<tr><th>Leistung</th><th>Abrechnung nach GOÄ</th></tr>
<tr><td>Erstgespräch inkl. Anamnese (50 Min.)</td><td>ca. 145 &euro;</td></tr>
<tr><td>Folgetermin (25 Min.)</td><td>ca. 75 &euro;</td></tr>
<tr><td>Arztbrief / Befundbericht</td><td>ca. 30 &euro;</td></tr>
</table>
<p>Gesetzlich Versicherte können die Videosprechstunde bei unseren Kassenärzten mit der elektronischen Gesundheitskarte nutzen.</p>
</main>
<footer><p><a href="/de/impressum/">Impressum</a> &middot; <a href="/de/datenschutz/">Datenschutz</a> &middot; Im Notfall: 112 oder Telefonseelsorge 0800 111 0 111</p></footer>
""", noise="cookie-de")

p("e3622", "https://telepsiq-brasil.example/precos", "telehealth", False, "pt",
  "telehealth-prices", "Preços e planos - TelePsiq Brasil", """
<header>
<a href="/" class="logo">TelePsiq<b>Brasil</b></a>
<nav><a href="/como-funciona">Como funciona</a> <a href="/precos">Preços</a> <a href="/medicos">Nossos psiquiatras</a> <a href="/escetamina">Escetamina</a> <a href="/agendar" class="btn">Agendar consulta</a></nav>
</header>
<main>
<h1>Preços e planos</h1>
<p>Consultas psiquiátricas por vídeo, com médicos inscritos no CRM, conforme a Resolução CFM nº 2.314/2022. Receitas digitais com assinatura ICP-Brasil.</p>
<table>
<tr><th>Serviço</th><th>Valor</th></tr>
<tr><td>Primeira consulta psiquiátrica online (60 min)</td><td>R$ 480,00</td></tr>
<tr><td>Retorno (30 min)</td><td>R$ 290,00</td></tr>
<tr><td>Plano trimestral (1 consulta + 2 retornos)</td><td>R$ 950,00</td></tr>
</table>
<h2>E a escetamina?</h2>
<p>A escetamina (Spravato) é aplicada somente em clínica, com monitoramento presencial por pelo menos duas horas. Na teleconsulta avaliamos se você é candidato e, se for o caso, encaminhamos para uma clínica parceira em São Paulo, Rio de Janeiro, Belo Horizonte ou Curitiba. Não vendemos nem enviamos medicamentos.</p>
<p>Pagamento por cartão em até 3x ou Pix. Emitimos recibo para reembolso do plano de saúde.</p>
</main>
<footer><p>TelePsiq Brasil Serviços Médicos Ltda. &middot; Responsável técnico: Dr. Marcelo Antunes, CRM-SP 000000 &middot; <a href="/privacidade">Privacidade (LGPD)</a> &middot; CVV 188</p></footer>
""", noise="cookie-pt")

p("e3623", "https://ketacare-ontario.example/fr/forfaits", "telehealth", False, "fr",
  "plans-page", "Nos forfaits - KetaCare Ontario", """
<header>
<a class="logo" href="/fr/">KetaCare Ontario</a>
<nav><a href="/fr/fonctionnement">Fonctionnement</a> <a href="/fr/forfaits">Forfaits</a> <a href="/fr/equipe">Équipe médicale</a> <a href="/fr/faq">FAQ</a> <a href="/en/plans">English</a></nav>
<a class="panier" href="/fr/panier">Panier (0)</a>
</header>
<main>
<h1>Nos forfaits</h1>
<p>Services offerts aux résidents de l'Ontario par des médecins inscrits à l'Ordre des médecins et chirurgiens de l'Ontario (OMCO/CPSO). Chaque forfait commence par une évaluation vidéo; aucune ordonnance n'est émise sans cette évaluation.</p>
<div class="forfaits">
<div class="forfait"><h2>Évaluation</h2><p class="prix">250 $ CA</p><p>Consultation vidéo de 60 minutes, revue des antécédents, questionnaires PHQ-9 et GAD-7. Si le traitement n'est pas indiqué, nous vous orientons vers d'autres ressources.</p></div>
<div class="forfait"><h2>Programme initial</h2><p class="prix">1 100 $ CA</p><p>Évaluation, six séances à domicile si le médecin prescrit des comprimés sublinguaux de kétamine, deux suivis médicaux, un guide présent par vidéo lors de la première séance.</p></div>
</div>
<p>Les médicaments sont préparés et envoyés par une pharmacie partenaire agréée par l'Ordre des pharmaciens de l'Ontario, uniquement sur ordonnance de votre médecin. Une personne de confiance doit être présente pendant chaque séance.</p>
<p>Les frais ne sont pas couverts par l'Assurance-santé de l'Ontario (OHIP); un reçu est fourni pour les assurances privées.</p>
</main>
<footer><p>KetaCare Ontario Inc. &middot; <a href="/fr/confidentialite">Confidentialité</a> &middot; En cas de crise : composez le 988</p></footer>
""", noise="cookie-fr")

# ============================================================== clinics

p("e3624", "https://bayshore-ketamine.example/pricing", "clinic", False, "en",
  "clinic-price-list", "Pricing | Bayshore Ketamine & Wellness - Tampa, FL", """
<header class="site-header">
<a href="/" class="logo"><img src="/img/bayshore-logo.svg" alt="Bayshore Ketamine &amp; Wellness"></a>
<nav><a href="/treatments">Treatments</a> <a href="/conditions">Conditions</a> <a href="/pricing">Pricing</a> <a href="/our-team">Our Team</a> <a href="/contact">Contact</a></nav>
<a class="phone" href="tel:+18135550148">(813) 555-0148</a> <a class="btn" href="/book">Book a consultation</a>
</header>
<main>
<h1>Transparent pricing</h1>
<p>No hidden fees. All infusions are given in our Tampa office by our anesthesiology team, with continuous monitoring of heart rate, blood pressure and oxygen. A consultation with our medical director is required before any treatment.</p>
<table class="pricing">
<tr><th>Service</th><th>Price</th></tr>
<tr><td>Medical consultation (in person or video)</td><td>$150 (credited toward your first infusion)</td></tr>
<tr><td>IV ketamine infusion for depression, anxiety or PTSD (approx. 45-60 min)</td><td>$475</td></tr>
<tr><td>Initial series of 6 infusions (paid upfront)</td><td>$2,550 <small>(save $300)</small></td></tr>
<tr><td>Booster infusion</td><td>$450</td></tr>
<tr><td>Chronic pain infusion (up to 4 hours)</td><td>from $750</td></tr>
<tr><td>Intramuscular ketamine-assisted psychotherapy session with therapist</td><td>$595</td></tr>
<tr><td>Spravato (esketamine) nasal spray treatment</td><td>Billed to insurance; we verify your benefits</td></tr>
</table>
<h2>Payment</h2>
<p>We accept all major credit cards, HSA/FSA cards and CareCredit. Ketamine infusions are not usually covered by insurance, but we provide a superbill you can submit for possible out-of-network reimbursement. A $100 deposit holds your infusion appointment and is refundable with 48 hours' notice.</p>
<a class="btn" href="/book">Book now</a>
</main>
<footer>
<p>Bayshore Ketamine &amp; Wellness &middot; 2401 W Bay Harbor Blvd, Suite 210, Tampa, FL &middot; Mon-Fri 8am-5pm</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/good-faith-estimate">Good Faith Estimate</a> &middot; &copy; 2026</p>
</footer>
""", noise="cookie", head="""<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalClinic","name":"Bayshore Ketamine & Wellness","telephone":"+1-813-555-0148","address":{"@type":"PostalAddress","streetAddress":"2401 W Bay Harbor Blvd, Suite 210","addressLocality":"Tampa","addressRegion":"FL"}}</script>
""")

p("e3625", "https://solacewellnessinfusions.example/shop/gift-card", "clinic", False, "en",
  "clinic-gift-card", "Solace Gift Card | Solace Wellness Infusions", """
<header>
<a href="/" class="logo">Solace Wellness Infusions</a>
<nav><a href="/ketamine-therapy">Ketamine Therapy</a> <a href="/iv-hydration">IV Hydration</a> <a href="/shop">Shop</a> <a href="/about">About</a> <a href="/contact">Contact</a></nav>
<a href="/cart" class="cart">&#128722; Cart (0)</a>
</header>
<main>
<p class="crumbs"><a href="/shop">Shop</a> / Gift Card</p>
<div class="product">
<img src="/img/solace-gift-card.png" alt="Solace gift card">
<div>
<h1>Solace Gift Card</h1>
<p class="price">$50.00 &ndash; $500.00</p>
<p>Give someone you love the gift of care. Solace gift cards are delivered by email and never expire.</p>
<label>Amount <select><option>$50</option><option>$100</option><option>$250</option><option>$500</option></select></label>
<label>Recipient email <input type="email"></label>
<label>Message <textarea></textarea></label>
<button>Add to cart</button>
<p class="small">Gift cards can be applied to consultations, IV hydration and ketamine infusions at our Boulder clinic. Ketamine treatment requires a medical screening with our physician; if the recipient is not a candidate, the balance can be used for other services or refunded to the purchaser.</p>
</div>
</div>
</main>
<footer><p>Solace Wellness Infusions &middot; 1800 Pearl St, Boulder, CO &middot; (303) 555-0192 &middot; <a href="/privacy">Privacy</a></p></footer>
""", head="""<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Solace Gift Card","brand":{"@type":"Brand","name":"Solace Wellness Infusions"},"offers":{"@type":"AggregateOffer","lowPrice":"50.00","highPrice":"500.00","priceCurrency":"USD"}}</script>
""")

p("e3626", "https://haven-infusion.example/shop", "clinic", False, "en",
  "clinic-merch-store", "Shop - Haven Infusion Center", """
<div class="announcement">Free local pickup at the clinic front desk &middot; Orders over $60 ship free</div>
<header>
<a href="/" class="logo">Haven Infusion Center</a>
<nav><a href="/services">Services</a> <a href="/spravato">Spravato</a> <a href="/ketamine-infusions">Ketamine Infusions</a> <a href="/shop">Shop</a> <a href="/patient-forms">Patient forms</a> <a href="/contact">Contact</a></nav>
<a href="/shop/cart" class="cart-icon" aria-label="Cart">&#128717; 0</a>
</header>
<main>
<h1>The Haven Shop</h1>
<p>Comfort items our patients asked for, plus a few things to support the work between sessions. Every purchase helps fund our reduced-fee infusion program for veterans.</p>
<aside class="filter">Categories: <a href="?cat=all">All</a> &middot; <a href="?cat=comfort">Comfort</a> &middot; <a href="?cat=apparel">Apparel</a> &middot; <a href="?cat=books">Books &amp; journals</a> &middot; <a href="?cat=gift">Gift cards</a></aside>
<ul class="products">
<li><h2>Weighted Eye Mask</h2><p>Lavender-scented, washable cover. The same one we use in our infusion rooms.</p><p class="price">$28.00</p><button>Add to cart</button></li>
<li><h2>Noise-cancelling Headphones Loaner Deposit</h2><p>Borrow a pair for your series; deposit refunded on return.</p><p class="price">$40.00</p><button>Add to cart</button></li>
<li><h2>Integration Journal</h2><p>90 days of prompts written by our therapists.</p><p class="price">$19.00</p><button>Add to cart</button></li>
<li><h2>"Be Gentle" Crewneck Sweatshirt</h2><p>Organic cotton, sizes XS-XXL.</p><p class="price">$48.00</p><button>Select size</button></li>
<li><h2>Sherpa Infusion Blanket</h2><p>Our infusion rooms run cool. Take one home.</p><p class="price">$55.00</p><button>Add to cart</button></li>
<li><h2>Haven Gift Card</h2><p>Redeemable for consultations and treatments at our Nashville clinic.</p><p class="price">$25 &ndash; $1,000</p><button>Select amount</button></li>
</ul>
<p class="note">Haven does not sell or ship any medication. Ketamine and Spravato treatments are provided only at our clinic after an evaluation with our medical team.</p>
</main>
<footer>
<p>Haven Infusion Center &middot; 410 Church St, Nashville, TN &middot; REMS-certified Spravato treatment center &middot; (615) 555-0117</p>
<p><a href="/shop/shipping">Shop shipping &amp; returns</a> &middot; <a href="/privacy">Privacy</a></p>
</footer>
""", noise="cookie", head="""<script type="application/ld+json">{"@context":"https://schema.org","@type":"ItemList","itemListElement":[{"@type":"Product","name":"Weighted Eye Mask","offers":{"@type":"Offer","price":"28.00","priceCurrency":"USD"}},{"@type":"Product","name":"Integration Journal","offers":{"@type":"Offer","price":"19.00","priceCurrency":"USD"}},{"@type":"Product","name":"Sherpa Infusion Blanket","offers":{"@type":"Offer","price":"55.00","priceCurrency":"USD"}}]}</script>
""")

p("e3627", "https://ridgeline-spravato.example/cost-and-insurance", "clinic", False, "en",
  "rems-centre-cost-page", "Cost & Insurance | Ridgeline Spravato Treatment Center", """
<header>
<a href="/" class="logo">Ridgeline Spravato Treatment Center</a>
<nav><a href="/what-is-spravato">What is Spravato?</a> <a href="/your-first-visit">Your first visit</a> <a href="/cost-and-insurance">Cost &amp; insurance</a> <a href="/referring-providers">For referring providers</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<h1>Cost &amp; insurance</h1>
<p>Ridgeline is a REMS-certified healthcare setting. Every Spravato dose is self-administered in our treatment rooms under direct supervision, and you stay with us for at least two hours of monitoring before a driver takes you home.</p>
<h2>What you will be billed for</h2>
<ul>
<li><b>The medication.</b> Most commercial plans and Medicare cover Spravato for treatment-resistant depression after prior authorization. Depending on your plan, we either buy and bill the medication or it is shipped to us by a specialty pharmacy in your name.</li>
<li><b>The treatment visit.</b> Observation and monitoring are billed with HCPCS codes G2082 (up to 56 mg) or G2083 (more than 56 mg), together with an office visit when applicable.</li>
</ul>
<h2>Typical out-of-pocket costs</h2>
<table>
<tr><th>Situation</th><th>What patients usually pay</th></tr>
<tr><td>Commercial insurance with Spravato withMe savings program</td><td>As little as $10 per treatment for the medication; visit copay per your plan</td></tr>
<tr><td>Medicare Part B</td><td>20% coinsurance unless you have a supplemental plan</td></tr>
<tr><td>Self-pay (no coverage)</td><td>We give a written Good Faith Estimate before you start</td></tr>
</table>
<p>Our benefits team checks your coverage before your first appointment. Call (720) 555-0163 or <a href="/contact">send us a message</a>.</p>
</main>
<footer><p>Ridgeline Spravato Treatment Center &middot; 9780 Park Meadows Dr, Lone Tree, CO &middot; <a href="/privacy">Privacy</a></p></footer>
""")

p("e3628", "https://evergreen-pain-ketamine.example/packages/checkout?package=crps-5", "clinic", False, "en",
  "package-deposit-checkout", "Reserve your infusion package - Evergreen Pain & Ketamine Clinic", """
<header><a href="/">Evergreen Pain &amp; Ketamine Clinic</a> <span>&#128274; Secure</span> <a href="/cart">&#128722; 1</a></header>
<main>
<h1>Reserve your infusion package</h1>
<div class="summary">
<h2>CRPS / neuropathic pain protocol</h2>
<p>5 consecutive-day IV ketamine infusions, up to 4 hours each, at our Bellevue clinic with continuous monitoring by our anesthesiologist.</p>
<table>
<tr><td>Package total</td><td>$3,900.00</td></tr>
<tr><td>Due today (chair reservation deposit)</td><td><b>$500.00</b></td></tr>
<tr><td>Balance due on day 1 of treatment</td><td>$3,400.00</td></tr>
</table>
</div>
<p>Before your dates are confirmed, Dr. Hana Okafor must review your medical records and see you for an in-person consultation. If she decides the protocol is not appropriate for you, your deposit is refunded in full.</p>
<label><input type="checkbox"> I have uploaded my pain-management records or my referring physician will send them.</label>
<button>Pay $500 deposit</button>
</main>
<footer><small>Evergreen Pain &amp; Ketamine Clinic &middot; 1200 116th Ave NE, Bellevue, WA &middot; (425) 555-0176</small></footer>
""")

p("e3629", "https://clinicakairos.example/tarifas", "clinic", False, "es",
  "clinic-price-list", "Tarifas - Clínica Kairós | Tratamiento con ketamina en Madrid", """
<header>
<a class="logo" href="/">Clínica Kairós</a>
<nav><a href="/tratamientos">Tratamientos</a> <a href="/ketamina">Ketamina</a> <a href="/esketamina">Esketamina</a> <a href="/equipo">Equipo</a> <a href="/tarifas">Tarifas</a> <a href="/contacto">Contacto</a></nav>
<a class="btn" href="/pedir-cita">Pedir cita</a>
</header>
<main>
<h1>Tarifas 2026</h1>
<p>Todos los tratamientos se realizan en nuestra clínica de la calle Velázquez, bajo supervisión de un psiquiatra y un anestesiólogo, tras una primera consulta de valoración.</p>
<table>
<tr><th>Servicio</th><th>Precio</th></tr>
<tr><td>Primera consulta de psiquiatría (valoración de indicación)</td><td>150 &euro;</td></tr>
<tr><td>Sesión de ketamina intravenosa (incluye monitorización y recuperación)</td><td>420 &euro;</td></tr>
<tr><td>Bono de 6 sesiones de inducción</td><td>2.300 &euro;</td></tr>
<tr><td>Sesión de mantenimiento</td><td>400 &euro;</td></tr>
<tr><td>Sesión de esketamina intranasal (medicación no incluida)</td><td>180 &euro;</td></tr>
<tr><td>Sesión de psicoterapia de integración</td><td>90 &euro;</td></tr>
</table>
<p>Emitimos factura para reembolso de su seguro privado (Sanitas, Adeslas, DKV, Asisa, según póliza). Puede pagar con tarjeta, transferencia o Bizum en recepción. Para reservar sesiones solicitamos una señal de 100 &euro;, que se descuenta del total.</p>
<p>¿Prefiere escribirnos? Estamos en WhatsApp en el +34 910 000 000 para gestionar citas (no resolvemos consultas médicas por este medio).</p>
</main>
<footer><p>Clínica Kairós &middot; Calle de Velázquez, Madrid &middot; Centro sanitario autorizado por la Comunidad de Madrid &middot; <a href="/aviso-legal">Aviso legal</a></p></footer>
""", noise="cookie-es")

p("e3630", "https://kliniekdelta.example/tarieven", "clinic", False, "nl",
  "clinic-price-list", "Tarieven esketamine- en ketaminebehandeling - Kliniek Delta", """
<header>
<a class="logo" href="/">Kliniek Delta</a>
<nav><a href="/behandelingen">Behandelingen</a> <a href="/esketamine">Esketamine</a> <a href="/ketamine">Ketamine</a> <a href="/aanmelden">Aanmelden</a> <a href="/tarieven">Tarieven</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<h1>Tarieven</h1>
<p>Kliniek Delta is een erkende GGZ-instelling in Rotterdam. Voor aanmelding heeft u een verwijzing van uw huisarts of behandelend psychiater nodig. Alle behandelingen vinden plaats op onze afdeling, waar u na elke toediening minimaal twee uur onder toezicht blijft.</p>
<h2>Met verwijzing, via uw zorgverzekeraar</h2>
<p>Behandeling met esketamine-neusspray valt onder de specialistische GGZ en wordt gedeclareerd bij uw zorgverzekeraar. Uw eigen risico is van toepassing. Wij vragen vooraf de benodigde toestemming aan.</p>
<h2>Onverzekerde zorg (particulier)</h2>
<table>
<tr><th>Onderdeel</th><th>Tarief</th></tr>
<tr><td>Intakegesprek psychiater</td><td>&euro; 195</td></tr>
<tr><td>Ketamine-infusie (off-label, incl. bewaking)</td><td>&euro; 395 per sessie</td></tr>
<tr><td>Traject van 6 infusies</td><td>&euro; 2.250</td></tr>
<tr><td>Evaluatiegesprek</td><td>&euro; 110</td></tr>
</table>
<p>U ontvangt na elke afspraak een factuur per e-mail. Betalen kan via iDEAL of pin aan de balie.</p>
</main>
<footer><p>Kliniek Delta &middot; Rotterdam &middot; AGB-code instelling 00000000 &middot; <a href="/privacy">Privacy</a> &middot; <a href="/klachten">Klachtenregeling</a></p></footer>
""", noise="cookie-nl")

p("e3631", "https://centro-aurora-milano.example/listino-prezzi", "clinic", False, "it",
  "clinic-price-list", "Listino prezzi - Centro Aurora Milano", """
<header>
<a class="logo" href="/">Centro Aurora</a>
<nav><a href="/chi-siamo">Chi siamo</a> <a href="/trattamenti">Trattamenti</a> <a href="/ketamina">Terapia con ketamina</a> <a href="/listino-prezzi">Listino prezzi</a> <a href="/prenota" class="btn">Prenota una visita</a></nav>
</header>
<main>
<h1>Listino prezzi</h1>
<p>Il Centro Aurora è un poliambulatorio autorizzato da Regione Lombardia. La terapia con ketamina viene proposta solo dopo una visita psichiatrica, ed eseguita nei nostri locali con monitoraggio dei parametri vitali da parte di un medico anestesista.</p>
<table>
<tr><th>Prestazione</th><th>Prezzo</th></tr>
<tr><td>Prima visita psichiatrica</td><td>180 &euro;</td></tr>
<tr><td>Visita di controllo</td><td>120 &euro;</td></tr>
<tr><td>Seduta di ketamina endovenosa (ciclo di induzione)</td><td>380 &euro;</td></tr>
<tr><td>Pacchetto 6 sedute</td><td>2.100 &euro;</td></tr>
<tr><td>Colloquio di integrazione con psicoterapeuta</td><td>90 &euro;</td></tr>
</table>
<p>Le prestazioni sono private e non convenzionate con il SSN. Rilasciamo fattura detraibile. Pagamento con bancomat, carta di credito o bonifico.</p>
</main>
<footer><p>Centro Aurora S.r.l. &middot; Via Ripamonti, Milano &middot; Direttore sanitario: Dott.ssa Elena Ferri &middot; <a href="/privacy">Privacy</a></p></footer>
""")

# ============================================================== informational

p("e3632", "https://medsource-distribution.example/products/ketamine-hcl-injection-usp-500mg-10ml", "informational", False, "en",
  "licensed-wholesaler-product", "Ketamine HCl Injection, USP CIII 50 mg/mL 10 mL MDV | MedSource Distribution", """
<header>
<a href="/" class="logo">MedSource Distribution</a>
<nav><a href="/products">Products</a> <a href="/controlled-substances">Controlled substances</a> <a href="/open-an-account">Open an account</a> <a href="/compliance">Compliance</a> <a href="/contact">Contact sales</a></nav>
<a href="/login" class="btn">Customer login</a> <a href="/cart" class="cart">Cart</a>
</header>
<main>
<p class="crumbs"><a href="/products">Products</a> &rsaquo; <a href="/products/anesthesia">Anesthesia</a> &rsaquo; Ketamine HCl Injection, USP</p>
<h1>Ketamine HCl Injection, USP CIII</h1>
<table class="specs">
<tr><th>Strength</th><td>50 mg/mL</td></tr>
<tr><th>Package</th><td>10 mL multiple-dose vial, 10 per carton</td></tr>
<tr><th>NDC</th><td>00000-0123-10</td></tr>
<tr><th>DEA schedule</th><td>CIII</td></tr>
<tr><th>Storage</th><td>20&deg; to 25&deg;C</td></tr>
</table>
<div class="price-locked">
<p><b>Pricing and ordering are available to verified account holders only.</b></p>
<p>To purchase controlled substances from MedSource you must hold a current DEA registration for the appropriate schedule and a valid state license (practitioner, hospital, surgery center, veterinary practice or pharmacy). We verify both before the first order and re-verify at expiry. Orders ship only to the registered address.</p>
<a href="/login" class="btn">Log in to see pricing</a> <a href="/open-an-account" class="btn secondary">Open an account</a>
</div>
<h2>Compliance</h2>
<p>MedSource Distribution is a DEA-registered distributor and is licensed as a wholesale drug distributor in all states where we ship. We monitor orders for unusual size, frequency and pattern and report suspicious orders as required by 21 CFR 1301.74. We do not sell to individuals.</p>
</main>
<footer><p>MedSource Distribution, Inc. &middot; Memphis, TN &middot; <a href="/terms">Terms of sale</a> &middot; <a href="/returns">Returns</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""")

p("e3633", "https://pawsrx-pharmacy.example/cat/gabapentin-oral-suspension-50mg-ml", "informational", False, "en",
  "pet-pharmacy-product", "Gabapentin Oral Suspension for Cats 50 mg/mL (Compounded) | PawsRx Pet Pharmacy", """
<div class="banner">Free shipping on orders $49+ &middot; Autoship saves 5%</div>
<header>
<a href="/" class="logo">PawsRx</a>
<form class="search"><input placeholder="Search medications, food, supplies"></form>
<nav><a href="/dog">Dog</a> <a href="/cat">Cat</a> <a href="/horse">Horse</a> <a href="/pharmacy">Pharmacy</a> <a href="/flea-tick">Flea &amp; Tick</a> <a href="/deals">Deals</a></nav>
<a href="/account">Sign in</a> <a href="/cart" class="cart">&#128722; 0</a>
</header>
<main>
<p class="crumbs"><a href="/cat">Cat</a> / <a href="/pharmacy">Pharmacy</a> / Pain &amp; anxiety</p>
<div class="pdp">
<h1>Gabapentin Oral Suspension for Cats, 50 mg/mL (Compounded)</h1>
<p class="rx-badge">&#8478; Prescription required</p>
<p class="price">$38.99 <small>30 mL, fish flavor</small></p>
<button>Add to cart</button>
<div class="rx-steps">
<h2>How your prescription works</h2>
<ol><li>Add the item to your cart and check out.</li><li>Tell us your veterinarian's name and clinic.</li><li>We contact your vet to verify the prescription. Your order ships only after approval.</li></ol>
<p>Gabapentin is a controlled substance in some states, so your vet may need to send a signed written prescription.</p>
</div>
</div>
<section class="tabs">
<h2>Frequently asked questions</h2>
<h3>Do you sell sedatives or anesthetics such as ketamine?</h3>
<p>No. Injectable anesthetics like ketamine are used only by veterinarians in the clinic and are not dispensed to pet owners. If your cat needs sedation before a vet visit, ask your veterinarian about an oral pre-visit medication.</p>
<h3>Why does compounded medication take longer?</h3>
<p>It is prepared for your pet by our licensed compounding pharmacy after your vet approves the prescription. Allow 2-3 business days.</p>
<h2>Customer reviews (154)</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; "Much easier than pills for our 14-year-old. The pharmacy called our vet the same day." &mdash; Karen W.</p>
</section>
<section class="related"><h2>Related products</h2><ul><li>Buprenorphine Oral Solution (Rx)</li><li>Feliway Classic Diffuser</li><li>Onsior (robenacoxib) tablets for cats (Rx)</li></ul></section>
</main>
<footer><p>PawsRx Pet Pharmacy is licensed in all 50 states and Vet-VIPPS accredited. &middot; <a href="/licenses">Pharmacy licenses</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie", head="""<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Gabapentin Oral Suspension for Cats, 50 mg/mL (Compounded)","offers":{"@type":"Offer","price":"38.99","priceCurrency":"USD","availability":"https://schema.org/InStock"},"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.8","reviewCount":"154"}}</script>
""")

p("e3634", "https://cedar-compounding.example/prescribers/ketamine-formulations", "informational", False, "en",
  "compounding-pharmacy", "Ketamine Formulations for Prescribers | Cedar Compounding Pharmacy", """
<header>
<a href="/" class="logo">Cedar Compounding Pharmacy</a>
<nav><a href="/patients">Patients</a> <a href="/prescribers">Prescribers</a> <a href="/veterinary">Veterinary</a> <a href="/quality">Quality</a> <a href="/contact">Contact</a></nav>
<a class="btn" href="/prescribers/send-rx">Send a prescription</a>
</header>
<main>
<h1>Ketamine formulations for prescribers</h1>
<p>We prepare patient-specific ketamine preparations for licensed prescribers in states where we hold a pharmacy license. Every preparation is dispensed only pursuant to a valid prescription for an individual patient, issued in the course of a legitimate prescriber-patient relationship.</p>
<h2>Available preparations</h2>
<table>
<tr><th>Dosage form</th><th>Common strengths</th><th>Notes</th></tr>
<tr><td>Sublingual troches (rapid-dissolve)</td><td>50, 100, 150, 200 mg</td><td>Flavored, individually blister-packed</td></tr>
<tr><td>Oral solution</td><td>10 mg/mL, 50 mg/mL</td><td>Child-resistant bottle with oral syringe</td></tr>
<tr><td>Intranasal solution (metered pump)</td><td>10 mg/spray</td><td>Limited fill quantities</td></tr>
<tr><td>Topical cream (pain compounding)</td><td>5-10% in combination bases</td><td>&nbsp;</td></tr>
</table>
<h2>How to prescribe</h2>
<ul>
<li>Send electronically (EPCS) to Cedar Compounding Pharmacy, or fax a signed prescription followed by the original where state law requires.</li>
<li>We verify your DEA registration and state license and may contact you to confirm the diagnosis and dosing plan.</li>
<li>We check the state prescription drug monitoring program before dispensing.</li>
<li>Deliveries require adult signature; we ship only to the patient's address in a state where we are licensed.</li>
</ul>
<h2>Patients</h2>
<p>We cannot sell ketamine without a prescription and we do not issue prescriptions. If you are interested in ketamine treatment, please speak with a licensed clinician.</p>
</main>
<footer><p>Cedar Compounding Pharmacy &middot; PCAB-accredited &middot; Licensed in WA, OR, ID, MT, CA &middot; <a href="/licenses">Licenses</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""")

p("e3635", "https://dailyledger-news.example/health/2026/12/06/ketamine-therapy-prices-compared", "informational", False, "en",
  "news-price-comparison", "We compared ketamine therapy prices at 40 providers. Here's what we found | The Daily Ledger", """
<header class="masthead">
<a href="/" class="logo">The Daily Ledger</a>
<nav><a href="/news">News</a> <a href="/business">Business</a> <a href="/health">Health</a> <a href="/money">Money</a> <a href="/opinion">Opinion</a></nav>
<a href="/subscribe" class="btn">Subscribe</a>
</header>
<main>
<article>
<p class="kicker">HEALTH &amp; MONEY</p>
<h1>We compared ketamine therapy prices at 40 providers. Here's what we found</h1>
<p class="byline">By Priya Raman &middot; December 6, 2026</p>
<p>Ketamine has moved from the operating room to strip-mall storefronts and smartphone apps in less than a decade. What it costs depends enormously on where and how you get it. Over six weeks, The Daily Ledger collected published prices or called for quotes from 40 providers in 12 states: 22 infusion clinics, 8 certified Spravato centers and 10 telehealth companies.</p>
<h2>Infusion clinics: $350 to $800 a session</h2>
<p>The median price for a single IV infusion for depression was $475. Most clinics recommend an initial series of six infusions over two to three weeks, and 15 of the 22 offered a package discount; the median package price was $2,500. Pain protocols, which can last up to four hours, were considerably more expensive, with one clinic quoting $1,100 per day.</p>
<p>Almost none of these clinics bill insurance for the infusions themselves. "We give patients a superbill, and some get partial reimbursement, but most pay out of pocket," said the office manager of a Phoenix clinic.</p>
<h2>Spravato: insured, but paperwork-heavy</h2>
<p>Esketamine nasal spray is the only ketamine product approved by the FDA for depression, and it is usually covered by insurance after prior authorization. Without coverage, the clinics we contacted estimated $700 to $1,200 per session once the medication and two hours of observation are included. With commercial coverage and the manufacturer's savings program, several patients told us they paid less than $50 per visit.</p>
<h2>Telehealth: cheapest per dose, with caveats</h2>
<p>Telehealth programs that prescribe oral or sublingual ketamine after a video evaluation charged between $250 and $1,200 for an initial program of four to eight sessions, with memberships of $129 to $299 a month afterwards. Doctors we interviewed worry about the absence of in-person monitoring, and the future of remote prescribing of controlled substances still depends on the DEA's telemedicine rules.</p>
<table class="data">
<caption>What 40 providers charged (published price or phone quote)</caption>
<tr><th>Type</th><th>Low</th><th>Median</th><th>High</th></tr>
<tr><td>IV infusion, single (depression)</td><td>$350</td><td>$475</td><td>$800</td></tr>
<tr><td>IV series of 6</td><td>$1,900</td><td>$2,500</td><td>$4,200</td></tr>
<tr><td>Spravato session, self-pay estimate</td><td>$700</td><td>$890</td><td>$1,200</td></tr>
<tr><td>Telehealth initial program</td><td>$250</td><td>$790</td><td>$1,200</td></tr>
</table>
<h2>The sites we did not include</h2>
<p>Searches for "buy ketamine online" return a different kind of price list. We found dozens of sites offering ketamine crystal at $50 to $90 a gram and "Spravato nasal spray" devices for $150 to $200 each, with no prescription, payment in Bitcoin or gift cards and promises of "stealth shipping." The FDA and DEA have repeatedly warned that such sites are illegal, that products may be counterfeit or contaminated, and that many simply take the money and never ship. We did not attempt to buy from them.</p>
<p>"If a website will sell you a controlled substance without ever seeing you, it is not a pharmacy and it is not treatment," said Dr. Michael Torres, an addiction psychiatrist in Denver.</p>
<h2>How to compare</h2>
<ul><li>Ask what is included: consultation, monitoring, integration therapy, follow-up.</li><li>Ask who monitors you and what their credentials are.</li><li>Request a written Good Faith Estimate - self-pay patients are entitled to one under the No Surprises Act.</li></ul>
</article>
<aside class="related"><h3>More from Health &amp; Money</h3><ul><li><a href="#">Is your HSA card accepted for therapy apps?</a></li><li><a href="#">The hidden costs of GLP-1 telehealth</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 The Daily Ledger &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/corrections">Corrections</a></p></footer>
""", noise="cookie", head="""<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"We compared ketamine therapy prices at 40 providers. Here's what we found","datePublished":"2026-12-06","author":{"@type":"Person","name":"Priya Raman"}}</script>
""")

p("e3636", "https://costguide-health.example/mental-health/how-much-does-spravato-cost", "informational", False, "en",
  "cost-guide", "How Much Does Spravato Cost? (2026 Price Guide) | CostGuide Health", """
<header><a href="/" class="logo">CostGuide Health</a> <nav><a href="/dental">Dental</a> <a href="/mental-health">Mental health</a> <a href="/surgery">Surgery</a> <a href="/medications">Medications</a></nav></header>
<main>
<article>
<h1>How much does Spravato cost?</h1>
<p class="updated">Last updated November 30, 2026 &middot; Reviewed by Anne Lister, PharmD</p>
<div class="summary-box"><b>Quick answer:</b> Without insurance, one Spravato treatment typically costs between $600 and $1,300 including the clinic's monitoring fee, depending on the dose (56 mg or 84 mg). With insurance, many patients pay a copay of $0-$100 per session.</div>
<h2>What drives the price</h2>
<ul>
<li><b>Dose:</b> each device contains 28 mg; a 56 mg dose uses two devices and an 84 mg dose uses three.</li>
<li><b>Frequency:</b> twice weekly for the first four weeks, then weekly, then weekly or every two weeks.</li>
<li><b>Observation fee:</b> the certified center charges for at least two hours of monitoring.</li>
</ul>
<h2>Estimated first-year cost without insurance</h2>
<table>
<tr><th>Period</th><th>Sessions</th><th>Estimated cost</th></tr>
<tr><td>Induction (weeks 1-4)</td><td>8</td><td>$5,600 - $9,600</td></tr>
<tr><td>Optimization (weeks 5-8)</td><td>4</td><td>$2,800 - $5,200</td></tr>
<tr><td>Maintenance (rest of year)</td><td>22-44</td><td>$15,000 - $50,000</td></tr>
</table>
<h2>Ways to pay less</h2>
<p>Ask the center to run a benefits check, apply to the manufacturer's savings program if you have commercial insurance, or ask about patient assistance if you are uninsured. Be wary of websites that advertise Spravato for home delivery at a fraction of these prices: Spravato is only dispensed to certified healthcare settings, so anything shipped to a home address is not legitimate.</p>
</article>
</main>
<footer><p>CostGuide Health provides estimates for information only. &copy; 2026</p></footer>
""")

p("e3637", "https://safertest-supply.example/products/ketamine-reagent-test-kit", "informational", False, "en",
  "drug-checking-shop", "Ketamine Reagent Test Kit (Mandelin + Morris) | SaferTest Supply", """
<header>
<a href="/" class="logo">SaferTest Supply</a>
<nav><a href="/collections/reagent-kits">Reagent kits</a> <a href="/collections/test-strips">Test strips</a> <a href="/pages/how-to-test">How to test</a> <a href="/pages/colour-charts">Colour charts</a> <a href="/pages/about">About</a></nav>
<a href="/cart" class="cart">&#128722; Cart (0)</a>
</header>
<main>
<div class="product">
<h1>Ketamine Reagent Test Kit (Mandelin + Morris)</h1>
<p class="price">$29.95</p>
<p>Two reagents that together help you tell whether a sample contains ketamine, or something sold as ketamine such as PCP analogues, 2-FDCK or cut substances. Each kit tests around 50 samples.</p>
<label>Quantity <input type="number" value="1"></label> <button>Add to cart</button>
<ul><li>Includes ceramic test plate, scoop and colour chart</li><li>Ships in 1-2 business days, plain packaging</li><li>Bulk pricing for harm-reduction organisations</li></ul>
<p class="warning">Reagent tests are presumptive: they do not tell you purity or dose, and they cannot rule out every adulterant. This kit does not contain any controlled substance.</p>
</div>
<section class="related"><h2>You may also need</h2><ul><li>Fentanyl test strips (10-pack) &mdash; $12.00</li><li>Marquis reagent &mdash; $19.95</li><li>Milligram scale &mdash; $24.00</li></ul></section>
</main>
<footer><p>SaferTest Supply, a project of a nonprofit harm-reduction organisation &middot; <a href="/pages/shipping">Shipping</a> &middot; <a href="/pages/privacy">Privacy</a></p></footer>
""", head="""<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Ketamine Reagent Test Kit (Mandelin + Morris)","offers":{"@type":"Offer","price":"29.95","priceCurrency":"USD","availability":"https://schema.org/InStock"}}</script>
""")

p("e3638", "https://diariosalud.example/2026/12/05/cuanto-cuesta-esketamina-ketamina-espana", "informational", False, "es",
  "news-price-comparison", "¿Cuánto cuesta tratar la depresión con ketamina en España? Comparamos precios | Diario Salud", """
<header><a href="/" class="logo">Diario Salud</a> <nav><a href="/actualidad">Actualidad</a> <a href="/salud-mental">Salud mental</a> <a href="/farmacia">Farmacia</a> <a href="/opinion">Opinión</a></nav></header>
<main>
<article>
<h1>¿Cuánto cuesta tratar la depresión con ketamina en España? Comparamos precios</h1>
<p class="autor">Por Marta Llorente &middot; 5 de diciembre de 2026</p>
<p>La esketamina en espray nasal se administra en la sanidad pública en hospitales y unidades de salud mental con criterios restringidos, y el paciente no paga el fármaco. Fuera de ese circuito, hemos consultado las tarifas publicadas por once clínicas privadas de Madrid, Barcelona, Valencia y Málaga.</p>
<p>Una sesión de ketamina intravenosa cuesta entre 350 y 550 euros; los bonos de seis sesiones oscilan entre 1.900 y 3.000 euros. La primera consulta psiquiátrica, obligatoria en todas las clínicas consultadas, ronda los 120-200 euros.</p>
<p>Los expertos advierten también de páginas web que anuncian «ketamina sin receta» o espray de esketamina con envío a domicilio, pagadas con criptomonedas. La Agencia Española de Medicamentos recuerda que la venta a distancia de medicamentos sujetos a prescripción está prohibida en España y que estos productos pueden ser falsificados.</p>
</article>
</main>
<footer><p>&copy; 2026 Diario Salud &middot; <a href="/aviso-legal">Aviso legal</a></p></footer>
""", noise="cookie-es", head="""<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"¿Cuánto cuesta tratar la depresión con ketamina en España? Comparamos precios","datePublished":"2026-12-05"}</script>
""")

p("e3639", "https://guide-remboursement.example/medicaments/spravato-prix-remboursement", "informational", False, "fr",
  "cost-guide", "Spravato (eskétamine) : prix et remboursement en 2026 | Guide Remboursement", """
<header><a href="/" class="logo">Guide Remboursement</a> <nav><a href="/medicaments">Médicaments</a> <a href="/consultations">Consultations</a> <a href="/mutuelles">Mutuelles</a> <a href="/hopital">Hôpital</a></nav></header>
<main>
<article>
<h1>Spravato (eskétamine) : prix et remboursement</h1>
<p class="maj">Mis à jour le 2 décembre 2026</p>
<h2>Combien paie le patient ?</h2>
<p>Le Spravato est un médicament réservé à l'usage hospitalier : il est administré à l'hôpital ou dans un établissement habilité, sous la surveillance d'un professionnel de santé, pendant au moins deux heures. Il n'est pas délivré en pharmacie de ville et ne peut pas être acheté pour un usage à domicile.</p>
<p>Lorsque le traitement est réalisé à l'hôpital, le coût du médicament est pris en charge dans le cadre de la séance. Le patient peut rester redevable du ticket modérateur ou du forfait hospitalier selon sa situation, généralement couverts par la complémentaire santé.</p>
<h2>Et la kétamine en perfusion ?</h2>
<p>Certains services hospitaliers proposent des perfusions de kétamine dans la dépression résistante, hors autorisation de mise sur le marché. Les conditions et les coûts varient selon les établissements ; renseignez-vous auprès de votre psychiatre.</p>
<h2>Attention aux offres en ligne</h2>
<p>Des sites proposent de l'« eskétamine sans ordonnance » payable en coupons ou en cryptomonnaie. Il s'agit d'offres illégales : l'ANSM rappelle que la vente en ligne de médicaments sur prescription est interdite en France.</p>
</article>
</main>
<footer><p>Guide Remboursement &middot; Informations générales, ne remplace pas l'avis d'un professionnel de santé.</p></footer>
""", noise="cookie-fr")

p("e3640", "https://compendio-vet.example/bulas/cetamina-10-injetavel", "informational", False, "pt",
  "veterinary-reference", "Cetamina 10% injetável - Bula veterinária | Compêndio Vet", """
<header><a href="/" class="logo">Compêndio Vet</a> <nav><a href="/bulas">Bulas</a> <a href="/principios-ativos">Princípios ativos</a> <a href="/fabricantes">Fabricantes</a> <a href="/calculadora-doses">Calculadora de doses</a></nav>
<form><input placeholder="Buscar produto ou princípio ativo"></form></header>
<main>
<h1>Cetamina 10% injetável</h1>
<table class="ficha">
<tr><th>Princípio ativo</th><td>Cloridrato de cetamina 100 mg/ml</td></tr>
<tr><th>Classe</th><td>Anestésico dissociativo</td></tr>
<tr><th>Espécies</th><td>Cães, gatos, equinos, primatas não humanos</td></tr>
<tr><th>Apresentação</th><td>Frascos de 10 ml e 50 ml</td></tr>
<tr><th>Controle</th><td>Medicamento sujeito a controle especial; venda sob prescrição do médico-veterinário com retenção da receita</td></tr>
</table>
<h2>Indicações</h2>
<p>Contenção química e anestesia de curta duração, geralmente associada a agentes sedativos ou relaxantes musculares (xilazina, dexmedetomidina, midazolam) para melhorar o relaxamento muscular e a recuperação.</p>
<h2>Contraindicações e precauções</h2>
<p>Evitar em animais com hipertensão, cardiomiopatia hipertrófica descompensada, aumento da pressão intracraniana ou intraocular. Pode causar salivação, aumento do tônus muscular e recuperação agitada quando usada isoladamente. Consulte sempre a bula do fabricante e as doses para cada espécie.</p>
<h2>Produtos comerciais</h2>
<p>Comercializado por diversos laboratórios veterinários. O Compêndio Vet não vende medicamentos; as informações são destinadas a médicos-veterinários.</p>
</main>
<footer><p>Compêndio Vet &middot; Referência para profissionais &middot; <a href="/termos">Termos de uso</a></p></footer>
""")

save(OUT, R)
