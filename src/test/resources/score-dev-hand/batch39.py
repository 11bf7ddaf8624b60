# Batch 39 of the hand-written dev set (a tuning batch): 40 pages, written 2026-12-07 by an
# independent author who had not read the scorer's rules, vocabulary, extractor, the eval sets or any
# measurement. Committed before any scorer run.
# Angle: PRODUCTS, CATALOGUES AND PRICES, as full HTML pages with real shop chrome (menus, footers,
# cart icons, cookie banners, JSON-LD Product/Offer data in <head> where a real shop would have it).
# Mix: 14 sellers (flagged), 9 telehealth, 8 clinics, 9 informational; 24 English and 16 in
# es/de/fr/nl/pt/it (es 3, de 3, fr 3, nl 3, pt 2, it 2).
# Shapes. Sellers: powder product page with weight selector and crypto discount, crystal product on
# its reviews tab, injectable vials "no prescription required" with WhatsApp ordering, "generic
# Spravato" nasal spray from a fake pharmacy with a checkout questionnaire, dissociative analogues
# category grid ("not for human consumption"), farm/vet-supply injectable sold to anyone, padded SEO
# product page (~8 KB), B2B bulk/wholesale listing by the kilo, troches "no video call" with instant
# approval, Spanish powder product page, German "Esketamin HCl" research-chemical product, French
# mixed online-pharmacy catalogue, Dutch price list by the gram (plain-text excerpt), Brazilian vet
# vial sold over WhatsApp/Pix. Telehealth: membership pricing, checkout, program page built like a
# product page (JSON-LD Product), virtual psychiatry referring to Spravato centres, medication cost
# help article, Mexican/German/French/Brazilian telepsychiatry price pages. Clinics: infusion price
# list with packages, gift-card product page, clinic merchandise shop, hospital chargemaster search,
# Spanish/Italian/Dutch/German self-pay price lists. Informational: licensed wholesaler (registered
# facilities only), pet pharmacy search for "ketamine" (vet prescription), compounding pharmacy
# (prescription only), cost guide, news price comparison, bookshop product page, Italian health
# authority warning, French insurer guide, Dutch reagent test-kit shop.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch39.py (writes batch39/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch39")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (flagged)

p("h3901", "https://shop.nordvalechem.example/product/ketamine-hcl-powder-99/", "seller", True, "en",
  "product-page-powder", "Ketamine HCl Powder 99.6% – NordVale Chem", """
<header class="site-header">
<div class="topbar">Free tracked shipping on orders over $300 &middot; 10% off when you pay with BTC/USDT</div>
<a class="logo" href="/">NordVale<span>Chem</span></a>
<form class="search" action="/"><input type="search" name="s" placeholder="Search products&hellip;"><button>Search</button></form>
<nav><a href="/">Home</a> <a href="/shop/">Shop</a> <a href="/product-category/anesthetics/">Anesthetics</a> <a href="/product-category/dissociatives/">Dissociatives</a> <a href="/product-category/pain-relief/">Pain Relief</a> <a href="/faq/">FAQ</a> <a href="/track-order/">Track Order</a> <a href="/contact/">Contact</a></nav>
<div class="header-icons"><a href="/my-account/">Login / Register</a> <a href="/wishlist/">&#9825; 0</a> <a class="cart" href="/cart/">&#128722; 0 items &ndash; $0.00</a></div>
</header>
<main>
<nav class="woocommerce-breadcrumb"><a href="/">Home</a> / <a href="/product-category/anesthetics/">Anesthetics</a> / Ketamine HCl Powder</nav>
<div class="product">
<div class="gallery"><img src="/wp-content/uploads/2026/05/ketamine-powder-bag.jpg" alt="ketamine hcl powder in zip bag"><img src="/wp-content/uploads/2026/05/ketamine-powder-scale.jpg" alt="powder on scale"></div>
<div class="summary">
<h1 class="product_title">Ketamine HCl Powder</h1>
<div class="rating">&#9733;&#9733;&#9733;&#9733;&#9733; <a href="#reviews">(14 customer reviews)</a></div>
<p class="price">$140.00 &ndash; $1,950.00</p>
<p>Pharmaceutical grade racemic ketamine hydrochloride, fine white powder, lab tested at 99.6%. Dissolves clear. Every batch is checked before we pack it.</p>
<form class="variations_form cart">
<label for="pa_weight">Weight</label>
<select id="pa_weight" name="attribute_pa_weight"><option value="">Choose an option</option><option>5 grams &ndash; $140</option><option>10 grams &ndash; $260</option><option>25 grams &ndash; $575</option><option>50 grams &ndash; $1,050</option><option>100 grams &ndash; $1,950</option></select>
<a class="reset_variations" href="#">Clear</a>
<div class="quantity"><input type="number" value="1" min="1"></div>
<button type="submit" class="single_add_to_cart_button">Add to cart</button>
</form>
<ul class="badges"><li>&#10004; In stock &ndash; ships within 24h</li><li>&#10004; Stealth vacuum-sealed packaging</li><li>&#10004; Free reship if seized</li><li>&#10004; No prescription needed</li></ul>
<div class="product_meta">SKU: NVC-KET-P &middot; Category: <a href="/product-category/anesthetics/">Anesthetics</a> &middot; Tags: <a href="#">ketamine</a>, <a href="#">k powder</a>, <a href="#">special k</a></div>
</div>
</div>
<div class="woocommerce-tabs">
<ul class="tabs"><li class="active"><a href="#tab-description">Description</a></li><li><a href="#tab-additional">Additional information</a></li><li><a href="#reviews">Reviews (14)</a></li><li><a href="#tab-shipping">Shipping &amp; Payment</a></li></ul>
<div id="tab-description">
<h2>Description</h2>
<p>Ketamine is a dissociative anesthetic first synthesised in 1962 and used in human and veterinary medicine. In recent years it has drawn attention for its rapid effect on mood. Our ketamine HCl powder is sourced from the same suppliers that serve licensed manufacturers, which is why customers come back.</p>
<p>Buy ketamine powder online from a vendor with more than four years of positive feedback. Orders are packed by hand, double vacuum sealed and shipped without any mention of the contents.</p>
</div>
<div id="tab-additional">
<table class="shop_attributes"><tr><th>Weight</th><td>5 grams, 10 grams, 25 grams, 50 grams, 100 grams</td></tr><tr><th>Purity</th><td>99.6% (HPLC)</td></tr><tr><th>Form</th><td>Powder</td></tr><tr><th>CAS</th><td>1867-66-9</td></tr></table>
</div>
<div id="tab-shipping">
<h2>Shipping &amp; Payment</h2>
<p>Domestic USA: 2&ndash;4 days with tracking. International: 7&ndash;14 days. We never write the product name on the parcel or the customs form.</p>
<p>We accept Bitcoin, USDT (TRC20), Litecoin, Zelle and Cash App. Crypto payments receive 10% off automatically at checkout. After payment send your order number to our Telegram <b>@nordvale_support</b> for faster processing.</p>
</div>
</div>
<section class="related products"><h2>Related products</h2>
<ul><li><a href="/product/ketamine-crystal-shards/">Ketamine Crystal Shards</a> $160.00 &ndash; $2,100.00</li><li><a href="/product/esketamine-hcl/">Esketamine HCl</a> $190.00 &ndash; $2,400.00</li><li><a href="/product/2-fdck/">2-FDCK Powder</a> $90.00 &ndash; $980.00</li></ul>
</section>
</main>
<footer>
<div class="cols"><div><h4>Information</h4><a href="/about/">About us</a> <a href="/shipping-policy/">Shipping policy</a> <a href="/refund-policy/">Refund &amp; reship</a> <a href="/privacy/">Privacy</a></div>
<div><h4>Support</h4><p>support@nordvalechem.example<br>Telegram: @nordvale_support<br>Mon&ndash;Sat 9am&ndash;8pm EST</p></div>
<div><h4>We accept</h4><p>BTC &middot; USDT &middot; LTC &middot; Zelle &middot; Cash App</p></div></div>
<p>&copy; 2026 NordVale Chem. All rights reserved.</p>
</footer>
""", noise="cookie", head="""<meta name="description" content="Buy Ketamine HCl Powder 99.6% online. Stealth shipping, crypto discount, reship guarantee.">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"Ketamine HCl Powder","sku":"NVC-KET-P","image":"https://shop.nordvalechem.example/wp-content/uploads/2026/05/ketamine-powder-bag.jpg","description":"Pharmaceutical grade ketamine hydrochloride powder, 99.6% purity.","brand":{"@type":"Brand","name":"NordVale Chem"},"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.86","reviewCount":"14"},"offers":{"@type":"AggregateOffer","lowPrice":"140.00","highPrice":"1950.00","offerCount":"5","priceCurrency":"USD","availability":"https://schema.org/InStock","seller":{"@type":"Organization","name":"NordVale Chem"}}}</script>
""")

p("h3902", "https://ketaminecrystalshop.example/shop/ketamine-crystal-shards/#tab-reviews", "seller", True, "en",
  "product-reviews-tab", "Ketamine Crystal (Needle Shards) – Reviews | KCS", """
<header><a href="/" class="brand">KCS</a>
<nav><a href="/shop/">Shop all</a> <a href="/shop/?cat=crystal">Crystal</a> <a href="/shop/?cat=powder">Powder</a> <a href="/shop/?cat=liquid">Liquid</a> <a href="/how-to-order/">How to order</a> <a href="/shipping/">Shipping</a></nav>
<a href="/cart/" class="cart-count">Cart (1)</a></header>
<main>
<p class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/shop/?cat=crystal">Crystal</a> &rsaquo; Ketamine Crystal (Needle Shards)</p>
<div class="product-head">
<h1>Ketamine Crystal (Needle Shards)</h1>
<p class="price"><span class="from">From</span> $85.00 / 3.5g</p>
<table class="tier-prices"><tr><th>Amount</th><th>Price</th><th>Per gram</th></tr>
<tr><td>3.5 g</td><td>$85</td><td>$24.29</td></tr><tr><td>7 g</td><td>$155</td><td>$22.14</td></tr><tr><td>14 g</td><td>$280</td><td>$20.00</td></tr><tr><td>28 g</td><td>$480</td><td>$17.14</td></tr></table>
<button class="add-to-cart">Add to cart</button>
</div>
<ul class="tabs"><li><a href="#tab-description">Description</a></li><li class="active"><a href="#tab-reviews">Reviews (31)</a></li><li><a href="#tab-faq">FAQ</a></li></ul>
<section id="tab-reviews">
<h2>31 reviews for Ketamine Crystal (Needle Shards)</h2>
<div class="summary-bar">4.7 out of 5 &middot; 5&#9733; 24 &middot; 4&#9733; 5 &middot; 3&#9733; 1 &middot; 1&#9733; 1</div>
<ol class="commentlist">
<li><b>&#9733;&#9733;&#9733;&#9733;&#9733; Derek M.</b> (verified owner) &ndash; Oct 29, 2026<p>Second order. Long needle shards just like the pictures, no smell. Came to Ohio in 5 days, stealth was great, looked like a phone case delivery.</p></li>
<li><b>&#9733;&#9733;&#9733;&#9733;&#9733; anon_k</b> (verified owner) &ndash; Oct 21, 2026<p>Paid with BTC, got tracking the same evening. The 14g is the sweet spot price-wise.</p></li>
<li><b>&#9733;&#9733;&#9733;&#9733;&#9734; Sara</b> (verified owner) &ndash; Oct 12, 2026<p>Good product, a bit slower to reply on Telegram on the weekend but they sorted it out.</p></li>
<li><b>&#9733;&#9733;&#9733;&#9733;&#9733; Mikey T.</b> (verified owner) &ndash; Sep 30, 2026<p>Way better than what I was getting locally. Crushes easy. Will be back.</p></li>
<li><b>&#9733;&#9734;&#9734;&#9734;&#9734; J.</b> (verified owner) &ndash; Sep 18, 2026<p>Package to Australia got held for 3 weeks. <i>Reply from KCS: Sorry about that! Reship went out 9/20 and was delivered, per our reship policy.</i></p></li>
<li><b>&#9733;&#9733;&#9733;&#9733;&#9733; Lena</b> (verified owner) &ndash; Sep 02, 2026<p>Legit. Ordered the 3.5 to test first, then the 28.</p></li>
</ol>
<p class="pager"><a href="?rpage=2#tab-reviews">Older reviews &rarr;</a></p>
<div id="review_form"><h3>Add a review</h3><p>Only logged in customers who have purchased this product may leave a review.</p></div>
</section>
</main>
<footer><p>Questions? Telegram @kcs_orders &middot; Wickr kcsupport</p><p>&copy; 2026 KCS</p></footer>
""", noise="cookie", head="""<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Ketamine Crystal (Needle Shards)","aggregateRating":{"@type":"AggregateRating","ratingValue":"4.7","reviewCount":"31"},"offers":{"@type":"AggregateOffer","lowPrice":"85","highPrice":"480","priceCurrency":"USD","availability":"https://schema.org/InStock"}}</script>
""")

p("h3903", "https://pharmavialsdirect.example/product/ketamine-hydrochloride-injection-50mg-ml-10ml-vial/", "seller", True, "en",
  "product-page-vials", "Ketamine Hydrochloride Injection 50mg/ml (10ml vial) | PharmaVials Direct", """
<div class="announcement">Worldwide delivery &bull; Order on WhatsApp: +91 90000 11223</div>
<header>
<a href="/"><img src="/logo.png" alt="PharmaVials Direct"></a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/category/injections/">Injections</a></li><li><a href="/category/tablets/">Tablets</a></li><li><a href="/category/anesthesia/">Anesthesia</a></li><li><a href="/category/sleep-anxiety/">Sleep &amp; Anxiety</a></li><li><a href="/about-us/">About Us</a></li><li><a href="/contact-us/">Contact Us</a></li></ul></nav>
<a href="/cart/" class="cart">&#128722; <span class="count">0</span></a>
</header>
<main>
<div class="product-wrap">
<img src="/uploads/ketamine-inj-10ml.jpg" alt="Ketamine injection 10ml vial">
<div class="product-info">
<h1>Ketamine Hydrochloride Injection 50mg/ml &ndash; 10ml vial</h1>
<p class="generic">Generic name: Ketamine HCl &middot; Brand equivalent: Ketalar &middot; Manufacturer: varies by batch</p>
<table class="pack-prices">
<tr><th>Pack</th><th>Price</th><th></th></tr>
<tr><td>1 vial</td><td>$95.00</td><td><button>Add to cart</button></td></tr>
<tr><td>5 vials</td><td>$420.00</td><td><button>Add to cart</button></td></tr>
<tr><td>10 vials</td><td>$780.00</td><td><button>Add to cart</button></td></tr>
<tr><td>25 vials</td><td>$1,750.00</td><td><button>Add to cart</button></td></tr>
</table>
<p class="stock">&#9679; In stock</p>
<p><b>No prescription required.</b> Order for your clinic, your practice or for personal stock. For bulk quantities message us on WhatsApp.</p>
<a class="btn-whatsapp" href="https://wa.me/919000011223?text=I%20want%20to%20order%20Ketamine%20injection">Order on WhatsApp</a>
</div>
</div>
<section class="details">
<h2>Product details</h2>
<p>Ketamine hydrochloride injection is a sterile solution used for induction of anesthesia and for short procedures. Each ml contains ketamine hydrochloride equivalent to 50mg ketamine base. Sealed glass vial with flip-off cap, original manufacturer packing.</p>
<h3>Storage</h3><p>Store below 25&deg;C. Protect from light. Do not freeze.</p>
<h3>Delivery</h3><p>Dispatched from our warehouse within 48 hours. USA, UK, Canada, Australia, EU: 8&ndash;15 working days by EMS. Parcels are packed discreetly. If customs stops your parcel we resend free of charge once.</p>
<h3>Payment</h3><p>Western Union, MoneyGram, bank transfer, Bitcoin. Card payment not available for this product.</p>
</section>
<section class="related"><h2>You may also like</h2>
<ul><li>Propofol 1% 20ml &ndash; $38.00</li><li>Midazolam 5mg/ml 10 ampoules &ndash; $65.00</li><li>Tramadol 225mg x 100 &ndash; $119.00</li><li>Xylazine 100mg/ml 50ml &ndash; $72.00</li></ul></section>
</main>
<footer><div><a href="/terms/">Terms</a> | <a href="/privacy-policy/">Privacy Policy</a> | <a href="/shipping-policy/">Shipping Policy</a> | <a href="/refund/">Refund</a></div><p>&copy; 2026 PharmaVials Direct &ndash; Mumbai, India</p></footer>
<a class="float-wa" href="https://wa.me/919000011223">Chat with us</a>
""", head="""<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"Ketamine Hydrochloride Injection 50mg/ml - 10ml vial","image":"https://pharmavialsdirect.example/uploads/ketamine-inj-10ml.jpg","offers":{"@type":"AggregateOffer","priceCurrency":"USD","lowPrice":"95.00","highPrice":"1750.00","offerCount":"4","availability":"https://schema.org/InStock"}}</script>
""")

p("h3904", "https://www.globalrxcare.example/esketamine-nasal-spray-28mg.html", "seller", True, "en",
  "fake-pharmacy-product", "Buy Esketamine Nasal Spray 28 mg (Generic Spravato) Online – GlobalRxCare", """
<header>
<div class="trust-strip">&#128274; Secure SSL checkout &nbsp; &#9989; Licensed pharmacy partners &nbsp; &#128666; Free airmail over $200 &nbsp; &#9742; 1-888-000-4471</div>
<a href="/" class="logo">GlobalRx<b>Care</b></a>
<nav><a href="/">Home</a> <a href="/bestsellers.html">Bestsellers</a> <a href="/depression.html">Depression</a> <a href="/anxiety.html">Anxiety</a> <a href="/pain.html">Pain Relief</a> <a href="/mens-health.html">Men's Health</a> <a href="/how-to-order.html">How to Order</a> <a href="/faq.html">FAQ</a></nav>
<div class="minicart">Shopping cart: 0 items | $0.00 <a href="/cart.html">View</a></div>
<div class="currency">Currency: <select><option>USD</option><option>EUR</option><option>GBP</option><option>AUD</option></select></div>
</header>
<main>
<p class="bc"><a href="/">Home</a> &raquo; <a href="/depression.html">Depression</a> &raquo; Esketamine Nasal Spray</p>
<h1>Esketamine Nasal Spray 28 mg</h1>
<p class="sub">Active ingredient: esketamine hydrochloride &middot; Analog of: Spravato&reg; &middot; Manufacturer: Indian generic</p>
<table class="prices">
<thead><tr><th>Package</th><th>Price</th><th>Per device</th><th>Savings</th><th></th></tr></thead>
<tbody>
<tr><td>28 mg &times; 2 devices</td><td>$189.00</td><td>$94.50</td><td>&ndash;</td><td><button>Add to cart</button></td></tr>
<tr><td>28 mg &times; 4 devices</td><td>$349.00</td><td>$87.25</td><td>$29.00</td><td><button>Add to cart</button></td></tr>
<tr><td>28 mg &times; 8 devices</td><td>$649.00</td><td>$81.13</td><td>$107.00</td><td><button>Add to cart</button></td></tr>
<tr><td>28 mg &times; 12 devices</td><td>$899.00</td><td>$74.92</td><td>$235.00</td><td><button>Add to cart</button></td></tr>
</tbody></table>
<div class="callout"><h3>Free online consultation included</h3>
<p>No need to visit a doctor. At checkout you complete a short medical questionnaire (about 2 minutes). Our physician reviews it and your order is approved &mdash; over 97% of orders are approved the same day. Your prescription is issued automatically and sent with your package.</p></div>
<h2>About Esketamine</h2>
<p>Esketamine is the S-enantiomer of ketamine. It is used for treatment-resistant depression in adults, usually together with an oral antidepressant. The branded version costs over $800 per treatment session in the United States. Our generic is the same active ingredient at a fraction of the price.</p>
<h2>How to use</h2>
<p>Follow the directions on the leaflet enclosed with your order. Each device delivers two sprays (one per nostril). Do not drive on the day of use.</p>
<h2>Shipping</h2>
<p>Ships from our partner dispensary in Asia. Delivery 10&ndash;21 days, tracking provided. Packaging is plain and does not show the pharmacy's name. Guaranteed delivery: if your package does not arrive we reship free.</p>
<h2>Payment</h2>
<p>Visa/Mastercard (where available), e-check, bank wire, Bitcoin (<b>extra 15% discount</b>).</p>
<div class="testimonials"><h3>What customers say</h3><p>&ldquo;Couldn't get it covered by insurance, found this. Arrived in 2 weeks.&rdquo; &ndash; Paul, Texas</p><p>&ldquo;Simple questionnaire, no waiting room.&rdquo; &ndash; Kim, UK</p></div>
<p class="others">Customers also bought: <a href="/ketamine-tablets.html">Ketamine Sublingual 50mg</a>, <a href="/modafinil.html">Modafinil 200mg</a>, <a href="/alprazolam.html">Alprazolam 2mg</a>.</p>
</main>
<footer>
<div class="badges">Verified by VeriPharm&trade; &middot; Norton Secured &middot; 100% Money Back</div>
<p><a href="/about.html">About Us</a> &middot; <a href="/privacy.html">Privacy</a> &middot; <a href="/terms.html">Terms</a> &middot; <a href="/contact.html">Contact</a> &middot; <a href="/affiliate.html">Affiliate Program</a></p>
<p>&copy; 2015&ndash;2026 GlobalRxCare. Information on this site is not medical advice.</p>
</footer>
""", noise="cookie", head="""<meta name="description" content="Buy generic Spravato (esketamine nasal spray 28mg) online with free online consultation. Discreet worldwide shipping. Bitcoin discount.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Esketamine Nasal Spray 28 mg","alternateName":"Generic Spravato","offers":{"@type":"AggregateOffer","priceCurrency":"USD","lowPrice":"189.00","highPrice":"899.00","availability":"https://schema.org/InStock"},"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.9","reviewCount":"212"}}</script>
""")

p("h3905", "https://researchchem-hub.example/product-category/dissociatives/", "seller", True, "en",
  "category-page-analogues", "Dissociatives – Research Chemicals | RC Hub Europe", """
<header>
<div class="notice">All products sold for laboratory research only. Not for human consumption. 18+ only.</div>
<a class="logo" href="/">RC Hub <small>Europe</small></a>
<nav class="main-menu"><a href="/product-category/dissociatives/" class="current">Dissociatives</a> <a href="/product-category/stimulants/">Stimulants</a> <a href="/product-category/benzodiazepines/">Benzodiazepines</a> <a href="/product-category/psychedelics/">Psychedelics</a> <a href="/product-category/pellets/">Pellets</a> <a href="/product-category/blotters/">Blotters</a> <a href="/new-arrivals/">New</a></nav>
<div class="tools"><a href="/my-account/">Account</a> <a href="/cart/">Basket <span class="badge">0</span></a> <span>&euro; EUR</span></div>
</header>
<main class="archive">
<h1>Dissociatives</h1>
<p class="term-description">Arylcyclohexylamines and related compounds. Every batch is analysed by an independent lab (NMR/GC-MS); reports available on request. Orders before 14:00 CET ship the same day.</p>
<div class="toolbar"><span>Showing 1&ndash;9 of 14 results</span> <select><option>Default sorting</option><option>Sort by popularity</option><option>Sort by price: low to high</option><option>Sort by price: high to low</option></select></div>
<aside class="filters">
<h3>Filter by price</h3><p>&euro;8 &ndash; &euro;650</p>
<h3>Form</h3><ul><li><input type="checkbox"> Powder (9)</li><li><input type="checkbox"> Crystal (3)</li><li><input type="checkbox"> Pellets (2)</li></ul>
<h3>Purity</h3><ul><li><input type="checkbox"> &ge;99% (11)</li><li><input type="checkbox"> &ge;98% (3)</li></ul>
</aside>
<ul class="products">
<li><span class="onsale">Bestseller</span><h2>2-FDCK (2-Fluorodeschloroketamine)</h2><span class="price">&euro;12.00 &ndash; &euro;420.00</span><a class="button" href="?add-to-cart=211">Select options</a></li>
<li><h2>Deschloroketamine (DCK) Powder</h2><span class="price">&euro;15.00 &ndash; &euro;480.00</span><a class="button" href="?add-to-cart=214">Select options</a></li>
<li><h2>DCK Pellets 10 mg</h2><span class="price">&euro;29.00 / 10 pellets</span><a class="button" href="?add-to-cart=219">Add to basket</a></li>
<li><span class="onsale">Back in stock</span><h2>Methoxetamine (MXE) Crystal</h2><span class="price">&euro;38.00 &ndash; &euro;650.00</span><a class="button" href="?add-to-cart=230">Select options</a></li>
<li><h2>Fluorexetamine (FXE)</h2><span class="price">&euro;14.00 &ndash; &euro;440.00</span><a class="button" href="?add-to-cart=233">Select options</a></li>
<li><h2>O-PCE</h2><span class="price">&euro;18.00 &ndash; &euro;500.00</span><a class="button" href="?add-to-cart=236">Select options</a></li>
<li><h2>3-MeO-PCP</h2><span class="price">&euro;16.00 &ndash; &euro;460.00</span><a class="button" href="?add-to-cart=240">Select options</a></li>
<li><h2>2-Oxo-PCE</h2><span class="price">&euro;17.00 &ndash; &euro;480.00</span><a class="button" href="?add-to-cart=243">Select options</a></li>
<li><span class="soldout">Out of stock</span><h2>Ketamine HCl (racemic)</h2><span class="price">&euro;35.00 &ndash; &euro;600.00</span><a class="button" href="/product/ketamine-hcl/">Read more</a></li>
</ul>
<nav class="pagination"><span class="current">1</span> <a href="page/2/">2</a> <a href="page/2/">&rarr;</a></nav>
<section class="seo"><h2>Buy dissociative research chemicals in Europe</h2><p>RC Hub Europe supplies high-purity arylcyclohexylamines for in-vitro research and reference. Weights from 1 g to 100 g; bulk pricing on request. Shipping to EU, UK, Switzerland and Norway, tracked and discreet. Payment with Bitcoin, Monero or SEPA bank transfer.</p></section>
</main>
<footer><div><a href="/terms/">Terms &amp; conditions</a> <a href="/shipping/">Shipping</a> <a href="/payment/">Payment methods</a> <a href="/lab-reports/">Lab reports</a> <a href="/contact/">Contact</a></div>
<p>Payment: <span>BTC</span> <span>XMR</span> <span>SEPA</span></p><p>&copy; 2026 RC Hub Europe</p></footer>
""", noise="cookie")

p("h3906", "https://ranchandvetsupply.example/products/ketamine-hcl-injection-100mg-ml-10ml", "seller", True, "en",
  "vet-supply-sold-to-anyone", "Ketamine HCl Injection 100 mg/mL, 10 mL – Ranch & Vet Supply", """
<header>
<div class="promo">FREE SHIPPING on orders $99+ &nbsp;|&nbsp; Same-day dispatch before 1 PM CST</div>
<a href="/" class="logo">Ranch &amp; Vet Supply</a>
<form class="search"><input placeholder="Search 8,000+ animal health products"></form>
<a href="/account">Sign in</a> <a href="/cart" class="cart">&#128722; Cart (0)</a>
<nav class="mega"><a href="/collections/cattle">Cattle</a> <a href="/collections/equine">Equine</a> <a href="/collections/swine">Swine</a> <a href="/collections/poultry">Poultry</a> <a href="/collections/goat-sheep">Goat &amp; Sheep</a> <a href="/collections/dog-cat">Dog &amp; Cat</a> <a href="/collections/vaccines">Vaccines</a> <a href="/collections/dewormers">Dewormers</a> <a href="/collections/anesthesia-sedation">Anesthesia &amp; Sedation</a> <a href="/collections/clearance">Clearance</a></nav>
</header>
<main>
<p class="breadcrumbs"><a href="/">Home</a> / <a href="/collections/anesthesia-sedation">Anesthesia &amp; Sedation</a> / Ketamine HCl Injection 100 mg/mL</p>
<div class="product-grid">
<img src="/cdn/shop/products/ketamine-100-10ml.jpg" alt="Ketamine 100mg/mL 10mL bottle">
<div>
<p class="vendor">VetPro Generics</p>
<h1>Ketamine HCl Injection 100 mg/mL, 10 mL</h1>
<p class="price"><s>$79.99</s> <b>$64.99</b></p>
<p>Size: <button class="sel">10 mL</button> <button>50 mL (+$189.00)</button></p>
<p>Qty: <input type="number" value="1"> <button class="atc">ADD TO CART</button> <button class="buy-now">Buy it now</button></p>
<ul class="usp"><li>No veterinary prescription needed</li><li>No license number required at checkout</li><li>Ships in a plain unmarked box</li><li>Ships to all 50 states</li></ul>
</div></div>
<div class="tabs"><h2>Description</h2>
<p>Ketamine hydrochloride is a rapid-acting dissociative anesthetic for use in cats and subhuman primates and, in combination with xylazine, in horses and cattle. Every bottle is factory sealed with lot number and expiry of at least 12 months.</p>
<h2>FAQ</h2>
<dl>
<dt>Do I need a prescription or a vet account?</dt><dd>No. We sell directly to farm and animal owners. Just add to cart and check out like any other product.</dd>
<dt>Is this the same as what my vet uses?</dt><dd>Yes, same active ingredient and concentration.</dd>
<dt>How is it shipped?</dt><dd>USPS Priority in an unmarked box with insulated liner. No product names on the outside.</dd>
<dt>What payment do you take?</dt><dd>Visa and Mastercard are temporarily unavailable for this category. Pay with Zelle, Cash App or Bitcoin and send your order number to orders@ranchandvetsupply.example.</dd>
</dl>
<h2>Frequently bought together</h2>
<ul><li>Xylazine HCl 100 mg/mL, 50 mL &ndash; $54.99</li><li>Acepromazine 10 mg/mL, 50 mL &ndash; $39.99</li><li>Disposable syringes 3 mL, 100 ct &ndash; $14.99</li></ul>
</div>
</main>
<footer><div class="cols"><div><h4>Customer Care</h4><a href="/pages/shipping">Shipping</a> <a href="/pages/returns">Returns</a> <a href="/pages/contact">Contact Us</a></div><div><h4>Company</h4><a href="/pages/about">Our Story</a> <a href="/blogs/news">Ranch Journal</a></div><div><h4>Newsletter</h4><input placeholder="Email address"> <button>Subscribe</button></div></div>
<p>&copy; 2026 Ranch &amp; Vet Supply. Prices and availability subject to change.</p></footer>
""", noise="cookie", head="""<meta property="og:type" content="product">
<meta property="og:price:amount" content="64.99"><meta property="og:price:currency" content="USD">
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"Ketamine HCl Injection 100 mg/mL, 10 mL","brand":{"@type":"Brand","name":"VetPro Generics"},"offers":[{"@type":"Offer","sku":"RVS-KET-10","price":"64.99","priceCurrency":"USD","availability":"http://schema.org/InStock","url":"https://ranchandvetsupply.example/products/ketamine-hcl-injection-100mg-ml-10ml"}]}</script>
""")

p("h3907", "https://buyketamineonline-usa.example/ketamine-for-sale/", "seller", True, "en",
  "padded-product-page", "Ketamine For Sale | Buy Ketamine Online USA – Fast Overnight Delivery", """
<header class="elementor-header">
<a href="/"><img src="/wp-content/uploads/logo-kfs.png" alt="Ketamine For Sale USA"></a>
<nav><a href="/">Home</a> <a href="/ketamine-for-sale/">Ketamine For Sale</a> <a href="/shop/">Shop</a> <a href="/blog/">Blog</a> <a href="/about/">About</a> <a href="/contact/">Contact</a></nav>
<a class="cart" href="/cart/">Cart $0.00 (0)</a>
</header>
<main>
<section class="hero"><h1>Ketamine For Sale &ndash; Buy Ketamine Online in the USA</h1>
<p>Looking for where to buy ketamine online? You have come to the right place. We are a trusted supplier of ketamine powder, ketamine crystal, liquid ketamine and ketamine pills with fast overnight delivery across the United States.</p>
<a class="btn" href="#pricing">See prices</a> <a class="btn alt" href="/shop/">Shop now</a></section>

<section><h2>What is Ketamine?</h2>
<p>Ketamine is a medication primarily used for starting and maintaining anesthesia. It induces dissociative anesthesia, a trance-like state providing pain relief, sedation, and amnesia. Other uses include sedation in intensive care and treatment of pain and depression. Heart function, breathing, and airway reflexes generally remain functional. Effects typically begin within five minutes when given by injection and last up to about 25 minutes.</p>
<p>Ketamine was discovered in 1962, first tested in humans in 1964, and was approved for use in the United States in 1970. It was extensively used for surgical anesthesia in the Vietnam War due to its safety. It is on the World Health Organization's List of Essential Medicines. It is available as a generic medication. Ketamine is also used as a recreational drug, sometimes called Special K, K, Kit Kat, Vitamin K, Super K or Cat Valium.</p></section>

<section><h2>Medical uses of Ketamine</h2>
<p>Ketamine is used in human and veterinary medicine. Uses in anesthesia include anesthesia in children as the sole anesthetic for minor procedures or as an induction agent followed by neuromuscular blocker and tracheal intubation; asthmatics or people with chronic obstructive airway disease; as a sedative for physically painful procedures in emergency departments; and emergency surgery in field conditions in war zones.</p>
<p>Since the 2000s researchers have studied ketamine for major depressive disorder, especially treatment-resistant depression. Several studies show a rapid antidepressant effect, often within hours, after a single low dose. Esketamine, a nasal spray sold as Spravato, was approved by the FDA in 2019. Ketamine is also used for chronic pain, complex regional pain syndrome (CRPS), PTSD, anxiety and suicidal ideation.</p></section>

<section><h2>Ketamine for Depression</h2>
<p>Many people who suffer from depression do not respond to traditional antidepressants. Ketamine works differently: it blocks NMDA receptors and increases glutamate release, which promotes new connections between brain cells (synaptogenesis). That is why many people report feeling better after only one session. Ketamine clinics charge $400 to $800 per infusion and most insurers do not pay. Buying ketamine online from us costs a fraction of that.</p></section>

<section><h2>Forms of Ketamine we sell</h2>
<ul>
<li><b>Ketamine powder</b> &ndash; the most popular form. White crystalline powder, 99% pure.</li>
<li><b>Ketamine crystal / shards</b> &ndash; large needle crystals, easy to weigh.</li>
<li><b>Liquid ketamine</b> &ndash; 10 ml vials, 50 mg/ml and 100 mg/ml.</li>
<li><b>Ketamine pills and troches</b> &ndash; 50 mg, 100 mg, 150 mg, 200 mg.</li>
<li><b>Ketamine nasal spray</b> &ndash; pre-filled 10 ml bottles.</li>
</ul></section>

<section id="pricing"><h2>Ketamine Prices</h2>
<table class="price-table">
<tr><th>Product</th><th>Quantity</th><th>Price</th><th></th></tr>
<tr><td>Ketamine Powder</td><td>10 g</td><td>$250</td><td><a href="/product/ketamine-powder/?attribute_qty=10g">Order</a></td></tr>
<tr><td>Ketamine Powder</td><td>28 g</td><td>$560</td><td><a href="/product/ketamine-powder/?attribute_qty=28g">Order</a></td></tr>
<tr><td>Ketamine Crystal</td><td>14 g</td><td>$330</td><td><a href="/product/ketamine-crystal/">Order</a></td></tr>
<tr><td>Liquid Ketamine 50mg/ml</td><td>5 &times; 10 ml</td><td>$400</td><td><a href="/product/liquid-ketamine/">Order</a></td></tr>
<tr><td>Ketamine Pills 100mg</td><td>60 pills</td><td>$290</td><td><a href="/product/ketamine-pills/">Order</a></td></tr>
<tr><td>Ketamine Nasal Spray</td><td>2 bottles</td><td>$220</td><td><a href="/product/ketamine-nasal-spray/">Order</a></td></tr>
</table>
<p>Prices include shipping. Bulk buyers and resellers: contact us for wholesale prices.</p></section>

<section><h2>Why buy ketamine from us?</h2>
<ul><li>&#10004; No prescription needed</li><li>&#10004; 100% discreet packaging &ndash; no logos, no labels</li><li>&#10004; Overnight and 2-day delivery in all US states</li><li>&#10004; Money-back or reship guarantee</li><li>&#10004; Payment by Bitcoin, Cash App, Zelle, Apple Pay or Amazon gift cards</li><li>&#10004; 24/7 support by live chat, Telegram and WhatsApp</li></ul></section>

<section><h2>Is it legal to buy ketamine online?</h2>
<p>Ketamine is a Schedule III controlled substance in the United States. Laws vary by country and state. We ship in secure, discreet packages and our customers have been ordering safely since 2019. Please check your local regulations before ordering. We are not responsible for customs decisions.</p></section>

<section class="faq"><h2>Frequently Asked Questions</h2>
<details><summary>How long does delivery take?</summary><p>Overnight orders placed before 12pm EST arrive next business day. Standard delivery is 2&ndash;4 days.</p></details>
<details><summary>Can I pay with a credit card?</summary><p>Cards are sometimes declined by banks for our products. We recommend Bitcoin, Cash App or gift cards. Crypto orders get 5% off.</p></details>
<details><summary>Do you ship outside the USA?</summary><p>Yes, to Canada, UK, Australia and most of Europe. International delivery takes 7&ndash;14 days.</p></details>
<details><summary>What if my package is seized?</summary><p>It almost never happens. If it does, we reship once at no cost.</p></details>
<details><summary>Is your ketamine pure?</summary><p>Our ketamine is tested for purity and is pharmaceutical grade.</p></details>
</section>

<section class="reviews"><h2>Customer Testimonials</h2>
<blockquote>&ldquo;I tried a clinic and couldn't afford the second infusion. Found these guys, great stealth, arrived in two days.&rdquo; &ndash; Jason R., Florida</blockquote>
<blockquote>&ldquo;Best place to buy ketamine online. Support answered on Telegram at 2am.&rdquo; &ndash; Amanda K., California</blockquote>
<blockquote>&ldquo;Fourth order, never a problem.&rdquo; &ndash; Chris, New York</blockquote>
</section>

<section><h2>Related searches</h2><p>buy ketamine online, ketamine for sale, where to buy ketamine, ketamine powder for sale, liquid ketamine for sale, buy ketamine without prescription, ketamine online usa, order ketamine online, special k for sale, ketamine nasal spray for sale, buy esketamine online</p></section>
</main>
<footer><p><a href="/privacy-policy/">Privacy Policy</a> | <a href="/refund_returns/">Refund and Returns Policy</a> | <a href="/shipping/">Shipping</a> | <a href="/contact/">Contact Us</a></p>
<p>Telegram: @ketaminefs_usa &middot; WhatsApp: +1 (555) 014-2290 &middot; Email: orders@buyketamineonline-usa.example</p>
<p>&copy; 2026 Ketamine For Sale USA</p></footer>
<div class="livechat">&#128172; Chat with us &ndash; we're online</div>
""", noise="cookie", head="""<meta name="description" content="Ketamine for sale: buy ketamine online in the USA with overnight delivery, no prescription. Powder, crystal, liquid, pills and nasal spray.">
<meta name="keywords" content="buy ketamine online, ketamine for sale, ketamine powder, liquid ketamine">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"How long does delivery take?","acceptedAnswer":{"@type":"Answer","text":"Overnight orders placed before 12pm EST arrive next business day."}},{"@type":"Question","name":"Can I pay with a credit card?","acceptedAnswer":{"@type":"Answer","text":"We recommend Bitcoin, Cash App or gift cards. Crypto orders get 5% off."}}]}</script>
""")

p("h3908", "https://www.hbchem-trade.example/products/ketamine-hydrochloride-cas-1867-66-9.html", "seller", True, "en",
  "b2b-bulk-listing", "Ketamine Hydrochloride CAS 1867-66-9 99% White Powder Factory Supply – Hebei HB Chem Trade Co., Ltd", """
<header>
<div class="top">Welcome to Hebei HB Chem Trade Co., Ltd &nbsp; | &nbsp; Email: sales@hbchem-trade.example &nbsp; | &nbsp; Tel/WhatsApp/Telegram: +86 155 0000 7766</div>
<a href="/" class="logo">HB CHEM</a>
<nav><a href="/">Home</a> <a href="/products/">Products</a> <a href="/about.html">About Us</a> <a href="/certificates.html">Certificates</a> <a href="/news/">News</a> <a href="/contact.html">Contact Us</a></nav>
<form class="search"><input placeholder="Search CAS or product name"></form>
<select class="lang"><option>English</option><option>Espa&ntilde;ol</option><option>Deutsch</option><option>Fran&ccedil;ais</option><option>Русский</option></select>
</header>
<main>
<aside class="cats"><h3>Product Categories</h3><ul><li><a href="/products/pharmaceutical-intermediates/">Pharmaceutical Intermediates</a></li><li><a href="/products/api/">API Powder</a></li><li><a href="/products/research-chemicals/">Research Chemicals</a></li><li><a href="/products/steroids/">Steroid Powder</a></li><li><a href="/products/peptides/">Peptides</a></li></ul></aside>
<div class="detail">
<h1>Ketamine Hydrochloride CAS 1867-66-9 99% White Powder Factory Supply</h1>
<table class="params">
<tr><th>Product name</th><td>Ketamine hydrochloride</td></tr>
<tr><th>CAS No.</th><td>1867-66-9</td></tr>
<tr><th>MF</th><td>C13H17Cl2NO</td></tr>
<tr><th>Appearance</th><td>White crystalline powder</td></tr>
<tr><th>Purity</th><td>99% min (HPLC)</td></tr>
<tr><th>MOQ</th><td>100 g</td></tr>
<tr><th>FOB price</th><td>USD 2,800&ndash;3,600 / kg (depending on quantity)</td></tr>
<tr><th>Packaging</th><td>1 kg/foil bag; 25 kg/drum; customised disguised packaging available</td></tr>
<tr><th>Delivery</th><td>Door to door, 5&ndash;10 days</td></tr>
<tr><th>Payment</th><td>BTC, USDT, Western Union, MoneyGram, Bank T/T</td></tr>
</table>
<p><a class="btn" href="/inquiry.html?pid=8812">Send Inquiry</a> <a class="btn green" href="https://wa.me/8615500007766">WhatsApp</a> <a class="btn blue" href="https://t.me/hbchem_sales">Telegram</a></p>
<h2>Our advantages</h2>
<ol>
<li>Factory direct price, stock in our warehouses in the USA, Germany, the Netherlands, Poland and Australia for domestic delivery.</li>
<li>Safe shipping line: 100% customs pass rate, we reship free if seized.</li>
<li>Sample order accepted (10 g) for quality testing.</li>
<li>Professional after-sales team online 24 hours.</li>
</ol>
<h2>Hot products</h2>
<ul><li>2-Fluorodeschloroketamine CAS 111982-50-4</li><li>Deschloroketamine</li><li>Tiletamine hydrochloride</li><li>Xylazine hydrochloride CAS 23076-35-9</li><li>Bromazolam powder</li></ul>
<h2>Customer feedback</h2>
<p>&ldquo;Received 500g in Germany, good quality, will order 2 kg next month.&rdquo; &ldquo;Fast delivery to Melbourne.&rdquo;</p>
</div>
</main>
<footer><p>Hebei HB Chem Trade Co., Ltd &middot; Shijiazhuang, Hebei, China</p><p>Copyright &copy; 2026 All Rights Reserved. <a href="/sitemap.xml">Sitemap</a></p></footer>
<div class="online-inquiry">Leave a message &ndash; we reply within 1 hour</div>
""", head="""<meta name="keywords" content="ketamine hydrochloride, CAS 1867-66-9, ketamine powder supplier, ketamine factory, buy ketamine bulk">
""")

p("h3909", "https://quickketa.example/products/ketamine-troches-150mg", "seller", True, "en",
  "questionnaire-only-product", "Ketamine Troches 150 mg – 30 count | QuickKeta", """
<header class="nav">
<a href="/" class="logo">quick<b>keta</b></a>
<nav><a href="/products">Products</a> <a href="/how-it-works">How it works</a> <a href="/reviews">Reviews</a> <a href="/faq">FAQ</a></nav>
<a href="/cart" class="bag" aria-label="Bag">&#128717; 0</a>
<a class="cta" href="/start">Get started</a>
</header>
<main>
<section class="pdp">
<div class="media"><img src="/img/troche-jar.webp" alt="Jar of 30 mint troches"></div>
<div class="buybox">
<p class="eyebrow">Best seller</p>
<h1>Ketamine Troches 150 mg</h1>
<p class="stars">&#9733;&#9733;&#9733;&#9733;&#9733; 4.9 (1,208 reviews)</p>
<p>Mint-flavoured dissolvable troches. 30 per jar.</p>
<fieldset><legend>Purchase option</legend>
<label><input type="radio" name="plan" checked> One-time purchase &ndash; <b>$179</b></label><br>
<label><input type="radio" name="plan"> Subscribe &amp; save &ndash; <b>$149/month</b>, cancel anytime</label></fieldset>
<fieldset><legend>Strength</legend><button>100 mg</button> <button class="sel">150 mg</button> <button>200 mg</button> <button>300 mg</button></fieldset>
<button class="add">Add to bag</button>
<ul class="ticks"><li>No appointment. No video call.</li><li>3-minute online questionnaire</li><li>Approved in hours &ndash; 98% approval rate</li><li>Ships in 1&ndash;2 days in unbranded packaging</li></ul>
</div>
</section>
<section class="how"><h2>How it works</h2>
<ol><li><b>Pick your product</b> and strength, add it to your bag.</li>
<li><b>Answer a few questions</b> about your mood and health at checkout. No camera, no waiting room.</li>
<li><b>Our affiliated provider signs off</b> &ndash; usually within 2 hours.</li>
<li><b>Your troches ship</b> the same day from our fulfilment partner.</li></ol>
<p class="fine">Want a higher strength? Just update your answers and request a change; no follow-up visit required.</p></section>
<section class="reviews-snippet"><h2>People love QuickKeta</h2>
<p>&ldquo;Literally took five minutes. Box came Thursday.&rdquo; &mdash; Tyler, AZ</p>
<p>&ldquo;I didn't want to talk to anybody, this was perfect.&rdquo; &mdash; Rae, FL</p></section>
<section class="faq"><h2>FAQ</h2>
<h3>Do I need a prescription?</h3><p>No, you don't need to bring one. Your questionnaire is reviewed and a prescription is created for you if you qualify.</p>
<h3>Can I order for someone else?</h3><p>Each order is tied to one questionnaire. Many customers order for a partner by filling out a second one.</p></section>
</main>
<footer><p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/shipping">Shipping</a> &middot; <a href="/contact">Contact</a></p><p>&copy; 2026 QuickKeta. QuickKeta is a technology platform and does not provide medical services.</p></footer>
""", noise="cookie", head="""<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Ketamine Troches 150 mg (30 count)","brand":{"@type":"Brand","name":"QuickKeta"},"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.9","reviewCount":"1208"},"offers":{"@type":"Offer","price":"179.00","priceCurrency":"USD","availability":"https://schema.org/InStock"}}</script>
""")

p("h3910", "https://tiendaquimica-rc.example/producto/ketamina-en-polvo-pureza-99/", "seller", True, "es",
  "product-page-powder", "Ketamina en polvo (pureza 99 %) – Comprar online | TiendaQuímica RC", """
<header>
<div class="barra-superior">Envío GRATIS a partir de 150 € &middot; Entrega 24/48 h en península</div>
<a href="/" class="logo">TiendaQuímica <span>RC</span></a>
<nav><a href="/">Inicio</a> <a href="/tienda/">Tienda</a> <a href="/categoria/disociativos/">Disociativos</a> <a href="/categoria/estimulantes/">Estimulantes</a> <a href="/envios/">Envíos</a> <a href="/preguntas-frecuentes/">Preguntas frecuentes</a> <a href="/contacto/">Contacto</a></nav>
<a href="/mi-cuenta/">Mi cuenta</a> <a href="/carrito/" class="carrito">&#128722; 0,00 &euro;</a>
</header>
<main>
<nav class="migas"><a href="/">Inicio</a> / <a href="/categoria/disociativos/">Disociativos</a> / Ketamina en polvo</nav>
<div class="producto">
<img src="/wp-content/uploads/ketamina-polvo.jpg" alt="ketamina en polvo">
<div class="resumen">
<h1>Ketamina en polvo (pureza 99 %)</h1>
<p class="valoracion">&#9733;&#9733;&#9733;&#9733;&#9733; (23 valoraciones de clientes)</p>
<p class="precio">45,00 &euro; &ndash; 750,00 &euro;</p>
<p>Clorhidrato de ketamina racémica, polvo cristalino blanco. Analizada por laboratorio independiente. Se disuelve por completo.</p>
<label>Cantidad</label>
<select><option>Elige una opción</option><option>1 g &ndash; 45 &euro;</option><option>5 g &ndash; 190 &euro;</option><option>10 g &ndash; 340 &euro;</option><option>25 g &ndash; 750 &euro;</option></select>
<button>Añadir al carrito</button>
<p class="sin-receta">Sin receta &middot; Sin registro obligatorio &middot; Pago anónimo</p>
</div></div>
<div class="pestanas"><a href="#descripcion">Descripción</a> <a href="#info">Información adicional</a> <a href="#valoraciones">Valoraciones (23)</a></div>
<section id="descripcion">
<h2>Descripción</h2>
<p>La ketamina es un anestésico disociativo utilizado en medicina humana y veterinaria desde los años 70. Nuestra ketamina se vende en formato polvo, lista para pesar. Cada lote se comprueba antes del envío.</p>
<h3>Envío discreto</h3>
<p>Enviamos desde España en sobre acolchado o caja sin logotipos ni remitente comercial. Pedidos antes de las 13:00 salen el mismo día. También enviamos a Portugal, Francia e Italia (3&ndash;6 días).</p>
<h3>Formas de pago</h3>
<p>Bitcoin, Monero, Bizum y transferencia bancaria. Con criptomonedas tienes un 10 % de descuento. Si tienes dudas, escríbenos por Telegram: <b>@tiendaquimica_rc</b>.</p>
</section>
<section id="valoraciones"><h2>Valoraciones</h2>
<p><b>Javi</b> &ndash; &#9733;&#9733;&#9733;&#9733;&#9733; Llegó a Valencia en 24 h, paquete muy discreto.</p>
<p><b>M. R.</b> &ndash; &#9733;&#9733;&#9733;&#9733;&#9734; Buena calidad, el Bizum tardó en confirmarse.</p></section>
</main>
<footer><p><a href="/aviso-legal/">Aviso legal</a> &middot; <a href="/politica-de-privacidad/">Política de privacidad</a> &middot; <a href="/politica-de-cookies/">Política de cookies</a> &middot; <a href="/condiciones/">Condiciones de venta</a></p>
<p>Aceptamos: Bitcoin &middot; Monero &middot; Bizum &middot; Transferencia</p><p>&copy; 2026 TiendaQuímica RC</p></footer>
""", noise="cookie-es", head="""<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"Ketamina en polvo (pureza 99 %)","description":"Clorhidrato de ketamina en polvo, envío discreto 24/48 h.","aggregateRating":{"@type":"AggregateRating","ratingValue":"4.8","reviewCount":"23"},"offers":{"@type":"AggregateOffer","lowPrice":"45.00","highPrice":"750.00","priceCurrency":"EUR","availability":"https://schema.org/InStock"}}</script>
""")

p("h3911", "https://chemshop24.example/de/produkt/esketamin-hcl/", "seller", True, "de",
  "research-chemical-product", "Esketamin HCl kaufen – 99,7 % Reinheit | ChemShop24", """
<header>
<div class="hinweis">Nur für Forschungszwecke. Nicht für den menschlichen Verzehr. Verkauf ab 18 Jahren.</div>
<a href="/de/" class="logo">ChemShop<b>24</b></a>
<nav><a href="/de/">Start</a> <a href="/de/shop/">Shop</a> <a href="/de/kategorie/dissoziativa/">Dissoziativa</a> <a href="/de/kategorie/pellets/">Pellets</a> <a href="/de/versand/">Versand</a> <a href="/de/zahlung/">Zahlung</a> <a href="/de/kontakt/">Kontakt</a></nav>
<div class="icons"><a href="/de/konto/">Mein Konto</a> <a href="/de/warenkorb/">Warenkorb (0) &ndash; 0,00 &euro;</a></div>
</header>
<main>
<p class="breadcrumb"><a href="/de/">Start</a> &raquo; <a href="/de/kategorie/dissoziativa/">Dissoziativa</a> &raquo; Esketamin HCl</p>
<div class="produkt">
<h1>Esketamin HCl</h1>
<p class="untertitel">(S)-Ketamin-Hydrochlorid &middot; CAS 33795-24-7 &middot; Reinheit 99,7 % (HPLC)</p>
<table class="staffelpreise"><caption>Staffelpreise</caption>
<tr><th>Menge</th><th>Preis</th><th>Grundpreis</th></tr>
<tr><td>1 g</td><td>39,90 &euro;</td><td>39,90 &euro;/g</td></tr>
<tr><td>5 g</td><td>159,00 &euro;</td><td>31,80 &euro;/g</td></tr>
<tr><td>10 g</td><td>279,00 &euro;</td><td>27,90 &euro;/g</td></tr>
<tr><td>25 g</td><td>599,00 &euro;</td><td>23,96 &euro;/g</td></tr>
</table>
<p>inkl. MwSt., zzgl. <a href="/de/versand/">Versandkosten</a></p>
<p>Menge: <select><option>1 g</option><option>5 g</option><option>10 g</option><option>25 g</option></select> <button>In den Warenkorb</button></p>
<p class="lieferzeit">&#9679; Sofort lieferbar, Lieferzeit 1&ndash;3 Werktage</p>
</div>
<section class="beschreibung"><h2>Produktbeschreibung</h2>
<p>Esketamin ist das S-Enantiomer des Ketamins und besitzt eine etwa doppelt so hohe Affinität zum NMDA-Rezeptor wie das Racemat. Unser Esketamin HCl liegt als feines weißes Pulver vor und wird in lichtgeschützten Beuteln geliefert. Analysenzertifikat auf Anfrage.</p>
<p>Dieses Produkt wird ausschließlich als Referenzmaterial für Forschung und Analytik verkauft. Wir geben keine Dosierungs- oder Anwendungshinweise.</p>
<h2>Versand &amp; Zahlung</h2>
<p>Versand aus den Niederlanden mit DHL oder als Großbrief, neutral verpackt ohne Hinweis auf den Inhalt. Zahlung per Bitcoin, Monero oder SEPA-Überweisung (Verwendungszweck nur Bestellnummer). Bei Zahlung mit Krypto 8 % Rabatt.</p>
</section>
<section class="bewertungen"><h2>Kundenbewertungen (9)</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &bdquo;Schnell da, sauber verpackt.&ldquo; &ndash; Kunde aus Leipzig</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; &bdquo;Gute Qualität, Überweisung dauerte 2 Tage.&ldquo; &ndash; M.</p></section>
<section class="zubehoer"><h2>Passendes Zubehör</h2><ul><li>Feinwaage 0,001 g &ndash; 24,90 &euro;</li><li>Ketamin-Reagenztest &ndash; 9,90 &euro;</li><li>2-FDCK &ndash; ab 11,90 &euro;</li></ul></section>
</main>
<footer><p><a href="/de/impressum/">Impressum</a> | <a href="/de/agb/">AGB</a> | <a href="/de/datenschutz/">Datenschutz</a> | <a href="/de/widerruf/">Widerrufsbelehrung</a></p><p>Zahlungsarten: Bitcoin &middot; Monero &middot; SEPA</p><p>&copy; 2026 ChemShop24</p></footer>
""", noise="cookie-de", head="""<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Esketamin HCl","sku":"CS24-ESK","description":"(S)-Ketamin-Hydrochlorid, 99,7 % Reinheit, Forschungschemikalie","offers":{"@type":"AggregateOffer","priceCurrency":"EUR","lowPrice":"39.90","highPrice":"599.00","availability":"https://schema.org/InStock"}}</script>
""")

p("h3912", "https://pharmacie-sans-ordonnance.example/catalogue/psychiatrie-anesthesie", "seller", True, "fr",
  "mixed-pharmacy-catalogue", "Catalogue Psychiatrie & Anesthésie – Pharmacie en ligne sans ordonnance", """
<header>
<div class="bandeau">Livraison discrète en France, Belgique, Suisse et Luxembourg &bull; Sans ordonnance &bull; Service client 7j/7</div>
<a href="/" class="logo">Pharma<b>Libre</b></a>
<nav><a href="/">Accueil</a> <a href="/catalogue/sante-sexuelle">Santé sexuelle</a> <a href="/catalogue/sommeil">Sommeil</a> <a href="/catalogue/douleur">Douleur</a> <a href="/catalogue/psychiatrie-anesthesie" class="actif">Psychiatrie &amp; Anesthésie</a> <a href="/catalogue/minceur">Minceur</a> <a href="/comment-commander">Comment commander</a></nav>
<a href="/panier" class="panier">&#128722; Panier (0)</a>
</header>
<main>
<h1>Psychiatrie &amp; Anesthésie</h1>
<p>Médicaments d'origine et génériques, expédiés sans ordonnance depuis notre entrepôt européen. Tous les prix sont en euros, frais de port inclus à partir de 120 &euro;.</p>
<table class="catalogue">
<thead><tr><th>Produit</th><th>Dosage</th><th>Conditionnement</th><th>Prix</th><th></th></tr></thead>
<tbody>
<tr><td>Alprazolam (Xanax)</td><td>1 mg</td><td>30 comprimés</td><td>59 &euro;</td><td><button>Ajouter</button></td></tr>
<tr><td>Zolpidem</td><td>10 mg</td><td>28 comprimés</td><td>49 &euro;</td><td><button>Ajouter</button></td></tr>
<tr><td>Modafinil</td><td>200 mg</td><td>30 comprimés</td><td>69 &euro;</td><td><button>Ajouter</button></td></tr>
<tr><td>Spravato (eskétamine) spray nasal</td><td>28 mg</td><td>2 dispositifs</td><td>290 &euro;</td><td><button>Ajouter</button></td></tr>
<tr><td>Spravato (eskétamine) spray nasal</td><td>28 mg</td><td>6 dispositifs</td><td>790 &euro;</td><td><button>Ajouter</button></td></tr>
<tr><td>Kétamine injectable</td><td>50 mg/ml</td><td>flacon 10 ml</td><td>85 &euro;</td><td><button>Ajouter</button></td></tr>
<tr><td>Kétamine injectable</td><td>50 mg/ml</td><td>5 flacons 10 ml</td><td>360 &euro;</td><td><button>Ajouter</button></td></tr>
<tr><td>Kétamine poudre</td><td>&ndash;</td><td>5 g</td><td>180 &euro;</td><td><button>Ajouter</button></td></tr>
<tr><td>Tramadol</td><td>200 mg</td><td>60 comprimés</td><td>95 &euro;</td><td><button>Ajouter</button></td></tr>
<tr><td>Propofol</td><td>1 %</td><td>5 ampoules 20 ml</td><td>120 &euro;</td><td><button>Ajouter</button></td></tr>
</tbody></table>
<section class="infos">
<h2>Pourquoi commander chez nous ?</h2>
<ul><li>Aucune ordonnance demandée, aucune consultation</li><li>Colis neutre, sans nom de pharmacie, livré en 3 à 7 jours</li><li>Paiement par virement, coupon PCS/Transcash ou Bitcoin</li><li>Réexpédition gratuite en cas de perte ou de saisie</li></ul>
<h2>Commander par messagerie</h2>
<p>Vous préférez commander directement ? Écrivez-nous sur WhatsApp ou Telegram (@pharmalibre_fr) avec la liste des produits, nous vous envoyons le total et les instructions de paiement.</p>
</section>
</main>
<footer><p><a href="/mentions-legales">Mentions légales</a> &middot; <a href="/cgv">CGV</a> &middot; <a href="/livraison">Livraison</a> &middot; <a href="/contact">Contact</a></p><p>&copy; 2026 PharmaLibre</p></footer>
""", noise="cookie-fr")

p("h3913", "https://rc-winkel.example/prijslijst", "seller", True, "nl",
  "price-list-excerpt", "", """
Prijslijst RC-Winkel (bijgewerkt 2 december)
Alle producten uitsluitend voor onderzoeksdoeleinden, niet voor menselijke consumptie.

Dissociatieven          1 g     5 g     10 g    25 g
2-FDCK                  € 14    € 55    € 95    € 210
DCK (deschloroketamine) € 16    € 65    € 110   € 240
3-MeO-PCP               € 18    € 70    € 120   -
S-ketamine HCl          € 38    € 160   € 290   € 640
Ketamine (racemisch)    uitverkocht, verwacht week 51

Verzending NL/BE: PostNL brievenbuspakje, neutrale envelop zonder afzender. Bestellen vóór 15:00 = morgen in huis.
Betalen: Bitcoin, Monero of bankoverschrijving (alleen ordernummer als omschrijving). Geen iDEAL.
Vragen of grotere aantallen? Telegram @rcwinkel_nl
""", ext="txt")

p("h3914", "https://vetdistribuidora-agro.example/produto/cetanil-10-cetamina-frasco-50ml/", "seller", True, "pt",
  "vet-vial-whatsapp", "Cetanil 10% Cetamina 50ml – Comprar | VetDistribuidora Agro", """
<header>
<div class="faixa">Entregamos em todo o Brasil &bull; Pague com Pix e ganhe 5% de desconto</div>
<a href="/" class="logo">VetDistribuidora <b>Agro</b></a>
<nav><a href="/">Início</a> <a href="/categoria/anestesicos/">Anestésicos</a> <a href="/categoria/bovinos/">Bovinos</a> <a href="/categoria/equinos/">Equinos</a> <a href="/categoria/pet/">Pet</a> <a href="/como-comprar/">Como comprar</a> <a href="/contato/">Contato</a></nav>
<a href="/carrinho/" class="carrinho">&#128722; Carrinho (0)</a>
</header>
<main>
<p class="trilha"><a href="/">Início</a> &gt; <a href="/categoria/anestesicos/">Anestésicos</a> &gt; Cetanil 10%</p>
<h1>Cetanil 10% &ndash; Cloridrato de Cetamina 50 ml</h1>
<p class="preco">R$ 189,90 <small>ou 3x de R$ 63,30</small></p>
<p class="pix">R$ 180,40 no Pix</p>
<p>Quantidade: <input type="number" value="1"> <button>Comprar</button></p>
<p><b>Não precisa de receita veterinária.</b> Enviamos para criadores, haras e também para pessoa física.</p>
<p>Para pedidos acima de 5 frascos ou dúvidas, chame no WhatsApp: <a href="https://wa.me/5562900001234">(62) 90000-1234</a>.</p>
<h2>Descrição</h2>
<p>Anestésico dissociativo injetável à base de cloridrato de cetamina 100 mg/ml, indicado para contenção e anestesia em equinos, bovinos, cães e gatos. Frasco lacrado de 50 ml com nota de lote e validade.</p>
<h2>Entrega</h2>
<p>Enviamos pelos Correios (SEDEX) ou transportadora em embalagem discreta, sem identificação do produto por fora. Prazo de 2 a 8 dias úteis conforme a região.</p>
<h2>Avaliações</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &ldquo;Chegou rápido em BH, bem embalado.&rdquo; &ndash; Rodrigo</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &ldquo;Comprei sem receita sem problema nenhum.&rdquo; &ndash; A. L.</p>
</main>
<footer><p>VetDistribuidora Agro &middot; Goiânia &ndash; GO</p><p>Formas de pagamento: Pix, boleto, cartão</p><p>&copy; 2026</p></footer>
<a class="whats-flutuante" href="https://wa.me/5562900001234">Fale conosco no WhatsApp</a>
""", noise="cookie-pt", head="""<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Cetanil 10% - Cloridrato de Cetamina 50 ml","offers":{"@type":"Offer","price":"189.90","priceCurrency":"BRL","availability":"https://schema.org/InStock"}}</script>
""")

# ---------------------------------------------------------------- telehealth

p("h3915", "https://www.stillwaterhealth.example/pricing", "telehealth", False, "en",
  "membership-pricing", "Pricing & Plans | Stillwater Health – At-Home Ketamine Care", """
<header class="site-nav">
<a href="/" class="logo">Stillwater Health</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing" aria-current="page">Pricing</a> <a href="/our-clinicians">Our clinicians</a> <a href="/safety">Safety</a> <a href="/states">Where we operate</a> <a href="/blog">Journal</a></nav>
<a href="/login">Log in</a> <a class="btn" href="/eligibility">Check eligibility</a>
</header>
<main>
<section class="intro"><h1>Simple, transparent pricing</h1>
<p>Every plan starts with a 60-minute video evaluation with a psychiatric clinician licensed in your state. If ketamine isn't right for you, we'll tell you, refund your membership fee and suggest other options.</p></section>
<section class="plans">
<div class="plan"><h2>Evaluation</h2><p class="amount">$199 <span>one time</span></p>
<ul><li>Video assessment with an MD or PMHNP</li><li>Review of your history, medications and blood pressure readings</li><li>Personalised recommendation, with or without ketamine</li></ul>
<a class="btn" href="/eligibility?plan=eval">Book evaluation</a></div>
<div class="plan featured"><span class="tag">Most chosen</span><h2>Core</h2><p class="amount">$249 <span>/ month</span></p>
<ul><li>Everything in Evaluation</li><li>Monthly follow-up with your prescriber</li><li>Up to 4 guided at-home sessions with a live monitor on video</li><li>Integration group (weekly)</li><li>Mood tracking in the app (PHQ-9, GAD-7)</li></ul>
<a class="btn" href="/eligibility?plan=core">Start with Core</a></div>
<div class="plan"><h2>Maintenance</h2><p class="amount">$129 <span>/ month</span></p>
<ul><li>For members after their first 8 weeks</li><li>Follow-up every 4&ndash;6 weeks</li><li>1&ndash;2 monitored sessions per month</li></ul>
<a class="btn" href="/eligibility?plan=maint">Learn more</a></div>
</section>
<section class="med-costs"><h2>What about the medication?</h2>
<p>Medication is not included in any plan. If your clinician prescribes ketamine, the prescription is sent to one of our partner pharmacies (Redfield Pharmacy in Illinois or Harbor Compounding in Florida), which bill you directly. Rapid-dissolve tablets usually cost $40&ndash;$90 for a month's supply. The pharmacy ships in tamper-evident packaging and requires a signature from the patient.</p>
<p>We never ship medication before your evaluation, and refills require a completed follow-up visit and up-to-date check-ins.</p></section>
<section class="faq"><h2>Pricing FAQ</h2>
<details><summary>Do you take insurance?</summary><p>We're out of network. We can provide a superbill for your evaluation and follow-ups; many members are reimbursed partly. HSA/FSA cards are accepted.</p></details>
<details><summary>Can I cancel?</summary><p>Yes, at any time from your account. Cancelling does not stop the care plan you've agreed with your clinician; we'll help you taper off safely or transfer your care.</p></details>
<details><summary>Is approval guaranteed?</summary><p>No. About one in three people who book an evaluation are not prescribed ketamine, for example because of uncontrolled blood pressure, a history of psychosis, pregnancy or current substance use.</p></details>
</section>
</main>
<footer><p>Stillwater Health, PC &middot; Clinical services are provided by licensed clinicians of Stillwater Medical Group. Available in CA, CO, FL, IL, NY, TX, WA.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/notice-of-privacy-practices">HIPAA notice</a> &middot; If you are in crisis, call or text 988.</p></footer>
""", noise="cookie")

p("h3916", "https://app.lumenmind.example/checkout?plan=starter", "telehealth", False, "en",
  "telehealth-checkout", "Checkout – LumenMind", """
<header><a href="/" class="logo">LumenMind</a> <span class="secure">&#128274; Secure checkout</span></header>
<main class="checkout">
<ol class="steps"><li class="done">Eligibility</li><li class="current">Payment</li><li>Book your video visit</li><li>Intake forms</li></ol>
<section class="summary"><h2>Order summary</h2>
<table><tr><td>Starter plan &ndash; initial psychiatric evaluation (video, 50 min)</td><td>$250.00</td></tr>
<tr><td>First follow-up visit</td><td>included</td></tr>
<tr><td>Blood pressure monitor (loaned)</td><td>$0.00</td></tr>
<tr class="total"><td>Due today</td><td>$250.00</td></tr></table>
<p class="note">Medication is not part of this purchase. If your clinician prescribes it after your evaluation, the prescription goes to a licensed partner pharmacy that charges you separately and ships only to the patient named on the prescription.</p>
</section>
<form class="pay">
<label>Full legal name <input></label>
<label>Date of birth <input type="date"></label>
<label>State of residence <select><option>Select</option><option>California</option><option>New Jersey</option><option>Pennsylvania</option><option>Texas</option></select></label>
<label>Upload a government-issued photo ID <input type="file"></label>
<label>Card number <input></label> <label>Expiry <input></label> <label>CVC <input></label>
<label><input type="checkbox"> I understand that booking an evaluation does not guarantee a ketamine prescription.</label>
<label><input type="checkbox"> I agree to the <a href="/terms">Terms</a> and <a href="/consent">Telehealth consent</a>.</label>
<button type="submit">Pay $250 and choose a time</button>
</form>
<p class="refund">Full refund if your clinician decides at the visit that ketamine treatment isn't appropriate.</p>
</main>
<footer><p>&copy; 2026 LumenMind Health &middot; <a href="/help">Help</a></p></footer>
""")

p("h3917", "https://nuvalehealth.example/treatments/at-home-ketamine", "telehealth", False, "en",
  "program-as-product-page", "At-Home Ketamine Therapy Program – Nuvale Health", """
<header>
<a href="/" class="logo">nuvale</a>
<nav><a href="/treatments">Treatments</a> <a href="/treatments/at-home-ketamine">Ketamine</a> <a href="/treatments/medication-management">Medication management</a> <a href="/providers">Providers</a> <a href="/pricing">Pricing</a></nav>
<a href="/account">Sign in</a> <a href="/cart" aria-label="Cart">&#128722;</a>
</header>
<main>
<section class="pdp">
<img src="/images/kit-box.jpg" alt="Nuvale care kit with eye mask, journal and blood pressure cuff">
<div>
<p class="breadcrumb">Treatments / At-home ketamine</p>
<h1>At-Home Ketamine Therapy Program</h1>
<p class="stars">&#9733;&#9733;&#9733;&#9733;&#9733; 4.8 &middot; 640 reviews</p>
<p class="price">$1,149 <span>first month</span> &middot; then $349/month</p>
<p>A prescription program for adults with depression or anxiety who haven't improved with standard treatment.</p>
<a class="btn" href="/assessment/start?program=ketamine">Start your assessment</a>
<p class="small">Prescription only. Eligibility is determined by a Nuvale psychiatrist during a live video appointment.</p>
</div></section>
<section class="included"><h2>What's included</h2>
<ul><li>Video evaluation with a board-certified psychiatrist</li><li>Up to 6 doses of sublingual ketamine in the first month, if prescribed, dispensed by a licensed partner pharmacy</li><li>Care kit: blood pressure cuff, eye mask, integration journal</li><li>Two 1:1 integration sessions with a licensed therapist</li><li>Check-ins before every dose and a clinician on call</li></ul></section>
<section class="not-for"><h2>Who this is not for</h2>
<p>People who are pregnant or breastfeeding, have uncontrolled high blood pressure, a history of psychosis or mania, active substance use disorder, or who live without another adult who can be present during sessions.</p></section>
<section class="steps"><h2>How it works</h2>
<ol><li>Online assessment (10 min) and ID verification</li><li>Live video appointment with your psychiatrist</li><li>If prescribed, the pharmacy ships your medication; a signature is required</li><li>First session with a Nuvale guide on video</li><li>Follow-up and dose review after every 2 sessions</li></ol></section>
<section class="reviews"><h2>Reviews</h2>
<p>&ldquo;My psychiatrist changed my plan after the second session when my blood pressure was high. I felt looked after.&rdquo; &ndash; Member since 2025</p>
<p>&ldquo;The eval was thorough, longer than I expected.&rdquo; &ndash; Member, Colorado</p></section>
</main>
<footer><p>Nuvale Health provides care through Nuvale Medical PC and affiliated professional entities. Ketamine is not FDA-approved for depression; its use here is off-label. Not for emergencies &ndash; call 911 or 988.</p><p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p></footer>
""", noise="cookie", head="""<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"At-Home Ketamine Therapy Program","description":"Prescription telehealth program with psychiatric video evaluation, monitored sessions and integration support.","brand":{"@type":"Brand","name":"Nuvale Health"},"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.8","reviewCount":"640"},"offers":{"@type":"Offer","price":"1149.00","priceCurrency":"USD","availability":"https://schema.org/InStock"}}</script>
""")

p("h3918", "https://www.brightpathpsych.example/services/spravato", "telehealth", False, "en",
  "virtual-psychiatry-referral", "Spravato (Esketamine) Evaluations – BrightPath Virtual Psychiatry", """
<header><a href="/" class="logo">BrightPath <small>Virtual Psychiatry</small></a>
<nav><a href="/services">Services</a> <a href="/services/spravato">Spravato</a> <a href="/insurance">Insurance &amp; costs</a> <a href="/team">Our psychiatrists</a> <a href="/contact">Contact</a></nav>
<a class="btn" href="/book">Book a video visit</a></header>
<main>
<h1>Spravato (esketamine) evaluations online</h1>
<p>BrightPath psychiatrists see patients by video in Ohio, Michigan, Indiana and Kentucky. If you have treatment-resistant depression, we can assess whether Spravato is appropriate, take care of insurance prior authorisation and refer you to a REMS-certified treatment centre close to you for the in-person sessions. Your BrightPath psychiatrist continues to manage the rest of your treatment.</p>
<h2>Costs</h2>
<table><tr><th>Service</th><th>With insurance</th><th>Self-pay</th></tr>
<tr><td>Initial psychiatric evaluation (video, 60 min)</td><td>Your specialist copay</td><td>$260</td></tr>
<tr><td>Follow-up / medication management (video, 25 min)</td><td>Your specialist copay</td><td>$140</td></tr>
<tr><td>Prior authorisation for Spravato</td><td>No charge</td><td>No charge</td></tr>
<tr><td>Spravato sessions at the partner centre</td><td colspan="2">Billed by the treatment centre; copay assistance may apply</td></tr></table>
<h2>Partner treatment centres</h2>
<ul><li>Lakeshore Behavioral Health, Cleveland OH</li><li>Grand River Psychiatry, Grand Rapids MI</li><li>Meridian Mind Center, Indianapolis IN</li></ul>
<p>Spravato must be self-administered under the supervision of a healthcare provider at a certified site, with at least two hours of monitoring afterwards. It is never mailed to patients.</p>
<a class="btn" href="/book?reason=spravato">Request an evaluation</a>
</main>
<footer><p>BrightPath Virtual Psychiatry, LLC &middot; 1-800-000-2216 &middot; <a href="/privacy">Privacy</a></p></footer>
""")

p("h3919", "https://help.harborketamine.example/articles/how-much-does-medication-cost", "telehealth", False, "en",
  "help-article-medication-cost", "How much does my medication cost? – Harbor Help Center", """
<header><a href="https://harborketamine.example">Harbor</a> <span>Help Center</span>
<form><input type="search" placeholder="Search help articles"></form>
<a href="https://app.harborketamine.example">Go to my account</a></header>
<main>
<p class="crumbs">Help Center &rsaquo; Billing &amp; payments &rsaquo; Medication</p>
<h1>How much does my medication cost?</h1>
<p class="meta">Updated November 2026</p>
<p>Your Harbor membership covers your clinical care. Medication is billed separately by the pharmacy that fills your prescription. Prices depend on the dose your clinician prescribes:</p>
<table><tr><th>Prescription</th><th>Typical pharmacy price</th></tr>
<tr><td>Ketamine rapid-dissolve tablets, 100 mg &times; 8</td><td>$55&ndash;$70</td></tr>
<tr><td>Ketamine rapid-dissolve tablets, 200 mg &times; 8</td><td>$75&ndash;$95</td></tr>
<tr><td>Ketamine troches, 150 mg &times; 8</td><td>$60&ndash;$80</td></tr></table>
<p>Shipping is $15 (overnight, adult signature required). The pharmacy verifies your prescription with your Harbor clinician and checks your ID before dispensing.</p>
<h2>When will I be charged?</h2>
<p>Only after your clinician sends a prescription. If your clinician decides not to prescribe, or pauses your treatment after a check-in, you won't be charged for medication.</p>
<h2>Can I use my own pharmacy?</h2>
<p>Some members can. Ask your care team; the pharmacy must be able to dispense ketamine in your state and accept electronic prescriptions for controlled substances.</p>
<p class="helpful">Was this article helpful? <button>Yes</button> <button>No</button></p>
<aside><h3>Related</h3><ul><li><a href="#">What does my membership include?</a></li><li><a href="#">Using HSA/FSA</a></li><li><a href="#">Requesting a refill</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 Harbor Health Services</p></footer>
""")

p("h3920", "https://almatelepsiquiatria.example/planes", "telehealth", False, "es",
  "telepsychiatry-plans", "Planes y precios – Alma Telepsiquiatría", """
<header><a href="/" class="logo">Alma <span>Telepsiquiatría</span></a>
<nav><a href="/como-funciona">Cómo funciona</a> <a href="/planes">Planes</a> <a href="/psiquiatras">Nuestros psiquiatras</a> <a href="/tratamientos/esketamina">Esketamina</a> <a href="/preguntas">Preguntas</a></nav>
<a class="boton" href="/agenda">Agenda tu consulta</a></header>
<main>
<h1>Planes y precios</h1>
<p>Atención psiquiátrica por videollamada en todo México, con médicos psiquiatras con cédula de especialidad. Los precios incluyen IVA.</p>
<div class="planes">
<div class="plan"><h2>Consulta de valoración</h2><p class="precio">$1,200 MXN</p><ul><li>Videollamada de 50 minutos</li><li>Historia clínica completa y escalas de depresión y ansiedad</li><li>Plan de tratamiento por escrito</li></ul></div>
<div class="plan destacado"><h2>Plan Acompañamiento</h2><p class="precio">$1,990 MXN / mes</p><ul><li>Dos consultas de seguimiento al mes</li><li>Mensajes con tu equipo clínico</li><li>Recetas electrónicas cuando tu psiquiatra lo indique</li></ul></div>
</div>
<h2>¿Y la esketamina o la ketamina?</h2>
<p>No enviamos ketamina ni esketamina a domicilio. Si tu psiquiatra considera que eres candidato para esketamina intranasal, te referimos a una de nuestras clínicas aliadas en Ciudad de México, Guadalajara o Monterrey, donde la aplicación se hace en consultorio con vigilancia médica. Tu psiquiatra de Alma sigue llevando tu tratamiento y recibe el reporte de cada sesión.</p>
<p>El costo de las sesiones presenciales lo cobra directamente la clínica aliada.</p>
<h2>Formas de pago</h2>
<p>Tarjeta de crédito o débito, transferencia SPEI. Emitimos factura (CFDI).</p>
</main>
<footer><p>Alma Telepsiquiatría S.C. &middot; Aviso de privacidad &middot; Si estás en crisis llama a la Línea de la Vida 800 911 2000.</p></footer>
""", noise="cookie-es")

p("h3921", "https://www.psychiatrie-videosprechstunde.example/esketamin", "telehealth", False, "de",
  "telepsychiatry-referral-prices", "Esketamin-Beratung per Videosprechstunde – Ablauf und Kosten", """
<header><a href="/" class="logo">Psychiatrie<b>Video</b></a>
<nav><a href="/leistungen">Leistungen</a> <a href="/esketamin">Esketamin</a> <a href="/kosten">Kosten</a> <a href="/team">Ärztinnen &amp; Ärzte</a> <a href="/termin">Termin</a></nav></header>
<main>
<h1>Esketamin bei therapieresistenter Depression: Beratung per Video</h1>
<p>In unserer privatärztlichen Videosprechstunde prüfen Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie, ob eine Behandlung mit Esketamin-Nasenspray für Sie infrage kommt. Die Anwendung selbst erfolgt nicht zu Hause: Esketamin wird in einer Praxis oder Klinik unter ärztlicher Aufsicht angewendet, danach bleiben Sie mindestens zwei Stunden zur Überwachung.</p>
<h2>Ablauf</h2>
<ol><li>Online-Terminbuchung und Übermittlung Ihrer Vorbefunde</li><li>Erstgespräch per Video (ca. 50 Minuten)</li><li>Bei Eignung: Arztbrief und Überweisung an eine kooperierende Praxis in Ihrer Nähe (z. B. in Berlin, Hamburg, Köln, München)</li><li>Verlaufsgespräche per Video zwischen den Anwendungen</li></ol>
<h2>Kosten (Selbstzahler / Privatversicherte)</h2>
<table><tr><th>Leistung</th><th>Abrechnung nach GOÄ</th><th>ca. Betrag</th></tr>
<tr><td>Erstgespräch mit eingehender Untersuchung, Video</td><td>Nr. 1, 801, 804, 806</td><td>120&ndash;160 &euro;</td></tr>
<tr><td>Verlaufsgespräch, Video</td><td>Nr. 3, 804</td><td>60&ndash;80 &euro;</td></tr>
<tr><td>Arztbrief mit Befundbericht</td><td>Nr. 75</td><td>17,43 &euro;</td></tr></table>
<p>Die Kosten für das Arzneimittel und die Anwendung in der Praxis werden von der behandelnden Praxis abgerechnet. Gesetzlich Versicherte können die Anwendung in vielen Fällen über ihre Krankenkasse erhalten; wir beraten Sie dazu im Erstgespräch.</p>
<a class="button" href="/termin">Videotermin vereinbaren</a>
</main>
<footer><p><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; In akuten Krisen: Telefonseelsorge 0800 111 0 111</p></footer>
""", noise="cookie-de")

p("h3922", "https://www.psy-teleconsult.example/tarifs", "telehealth", False, "fr",
  "teleconsultation-tarifs", "Tarifs – Psy Téléconsult", """
<header><a href="/" class="logo">Psy Téléconsult</a>
<nav><a href="/comment-ca-marche">Comment ça marche</a> <a href="/tarifs">Tarifs</a> <a href="/nos-psychiatres">Nos psychiatres</a> <a href="/depression-resistante">Dépression résistante</a> <a href="/faq">FAQ</a></nav>
<a class="btn" href="/rendez-vous">Prendre rendez-vous</a></header>
<main>
<h1>Nos tarifs</h1>
<p>Téléconsultations avec des psychiatres inscrits à l'Ordre des médecins, en vidéo, depuis toute la France métropolitaine et les DROM.</p>
<table><tr><th>Consultation</th><th>Tarif</th><th>Remboursement Assurance Maladie</th></tr>
<tr><td>Première consultation (45 min)</td><td>80 &euro;</td><td>sur la base de 55,70 &euro; dans le parcours de soins</td></tr>
<tr><td>Consultation de suivi (25 min)</td><td>60 &euro;</td><td>sur la base de 51,70 &euro;</td></tr>
<tr><td>Avis sur une dépression résistante (dossier + consultation)</td><td>120 &euro;</td><td>partiel</td></tr></table>
<h2>Eskétamine (Spravato)</h2>
<p>L'eskétamine est réservée à l'usage hospitalier en France : elle est administrée dans un établissement de santé, sous surveillance. Lors de la consultation « dépression résistante », le psychiatre peut vous orienter vers un service hospitalier partenaire et lui adresser un courrier. Nous ne délivrons ni ne prescrivons de kétamine à domicile.</p>
<p>Paiement par carte bancaire au moment de la réservation. Feuille de soins électronique transmise à votre caisse.</p>
</main>
<footer><p><a href="/mentions-legales">Mentions légales</a> &middot; <a href="/confidentialite">Confidentialité</a> &middot; En cas d'urgence : 15 ou 3114</p></footer>
""", noise="cookie-fr")

p("h3923", "https://mentevivatelemedicina.example/planos", "telehealth", False, "pt",
  "telepsychiatry-plans", "Planos e valores – MenteViva Telemedicina", """
<header><a href="/" class="logo">MenteViva</a>
<nav><a href="/como-funciona">Como funciona</a> <a href="/planos">Planos</a> <a href="/medicos">Médicos</a> <a href="/escetamina">Escetamina</a> <a href="/blog">Blog</a></nav>
<a class="botao" href="/agendar">Agendar consulta online</a></header>
<main>
<h1>Planos e valores</h1>
<p>Consultas de psiquiatria por vídeo com médicos com RQE em psiquiatria, em conformidade com a Lei da Telessaúde.</p>
<div class="cards">
<div><h2>Consulta avulsa</h2><p class="valor">R$ 450</p><p>Consulta online de 50 minutos, receita digital com assinatura ICP-Brasil quando indicada.</p></div>
<div class="destaque"><h2>Acompanhamento</h2><p class="valor">R$ 690 / mês</p><p>Duas consultas por mês, mensagens com a equipe e relatórios para o seu plano de saúde.</p></div>
<div><h2>Avaliação para escetamina</h2><p class="valor">R$ 520</p><p>Revisão do histórico de tratamentos e consulta online para avaliar a indicação de escetamina.</p></div>
</div>
<h2>Como funciona a escetamina com a MenteViva</h2>
<p>O spray nasal de escetamina é aplicado somente em clínica, com monitoramento após cada sessão. Se houver indicação, encaminhamos você para uma clínica parceira em São Paulo, Rio de Janeiro, Belo Horizonte ou Curitiba. As sessões presenciais são cobradas pela clínica; seu psiquiatra da MenteViva continua o acompanhamento online.</p>
<p>Pagamento por cartão ou Pix. Emitimos recibo para reembolso do plano de saúde.</p>
</main>
<footer><p>MenteViva Serviços Médicos Ltda. &middot; Diretor técnico: CRM-SP 000000 &middot; <a href="/privacidade">Privacidade</a> &middot; Em crise, ligue 188 (CVV)</p></footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics

p("h3924", "https://www.cedargroveinfusion.example/pricing", "clinic", False, "en",
  "clinic-price-list-packages", "Pricing & Infusion Packages | Cedar Grove Ketamine & Infusion Center", """
<header>
<div class="topbar">&#9742; (303) 555-0148 &nbsp; | &nbsp; 2100 Pearl St, Suite 210, Boulder, CO &nbsp; | &nbsp; <a href="/patient-portal">Patient portal</a></div>
<a href="/" class="logo">Cedar Grove <span>Ketamine &amp; Infusion Center</span></a>
<nav><a href="/treatments/ketamine-infusion">Ketamine infusions</a> <a href="/treatments/spravato">Spravato</a> <a href="/treatments/kap">Ketamine-assisted psychotherapy</a> <a href="/treatments/iv-hydration">IV hydration</a> <a href="/pricing">Pricing</a> <a href="/about">Our team</a> <a href="/shop">Shop</a></nav>
<a class="btn" href="/book">Book a consultation</a>
</header>
<main>
<h1>Pricing &amp; packages</h1>
<p>We keep our prices public so there are no surprises. Every new patient starts with a medical consultation with one of our anesthesiologists or psychiatric nurse practitioners; treatment is scheduled only after that visit.</p>
<h2>Consultation</h2>
<table class="prices"><tr><td>New patient consultation (in person or video)</td><td>$150 &ndash; credited toward your first infusion</td></tr></table>
<h2>Mood protocol (depression, anxiety, PTSD)</h2>
<table class="prices">
<tr><th>Package</th><th>Price</th><th>Notes</th></tr>
<tr><td>Single 40-minute IV infusion</td><td>$475</td><td>Includes vital-sign monitoring and recovery time</td></tr>
<tr><td>Initial series of 6 infusions</td><td>$2,550</td><td>Save $300; to be completed within 3 weeks</td></tr>
<tr><td>Booster infusion</td><td>$425</td><td>For established patients</td></tr>
<tr><td>Intramuscular (IM) session</td><td>$350</td><td>If IV access is difficult</td></tr>
</table>
<h2>Pain protocol (CRPS, fibromyalgia, neuropathic pain)</h2>
<table class="prices">
<tr><td>4-hour infusion</td><td>$850</td></tr>
<tr><td>5-day series</td><td>$3,900</td></tr></table>
<h2>Spravato (esketamine)</h2>
<p>We are a REMS-certified treatment centre. Spravato sessions are usually covered by insurance; our team handles prior authorisation. Self-pay patients: please call for a quote.</p>
<h2>Ketamine-assisted psychotherapy</h2>
<p>Preparation session $180 &middot; KAP session with IM ketamine and therapist (3 hours) $695 &middot; Integration session $150.</p>
<h2>Paying for treatment</h2>
<ul><li>HSA and FSA cards accepted</li><li>Financing through CareCredit and Advance Care Card</li><li>Superbills provided for out-of-network reimbursement</li><li>Gift cards available in our <a href="/shop/gift-cards">shop</a></li></ul>
<p class="small">A 48-hour cancellation notice is required; late cancellations are charged $100. Prices effective January 2026.</p>
</main>
<footer><p>Cedar Grove Ketamine &amp; Infusion Center &middot; Medical director: Dana Whitfield, MD (board-certified anesthesiologist)</p><p><a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a> &middot; <a href="/good-faith-estimate">Good Faith Estimate</a></p></footer>
""", noise="cookie", head="""<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalClinic","name":"Cedar Grove Ketamine & Infusion Center","telephone":"+1-303-555-0148","priceRange":"$$$","address":{"@type":"PostalAddress","streetAddress":"2100 Pearl St, Suite 210","addressLocality":"Boulder","addressRegion":"CO","postalCode":"80302","addressCountry":"US"},"medicalSpecialty":["Anesthesia","Psychiatric"],"availableService":[{"@type":"MedicalTherapy","name":"Ketamine infusion therapy"},{"@type":"MedicalTherapy","name":"Spravato (esketamine) treatment"}]}</script>
""")

p("h3925", "https://shop.bluemesaketamine.example/products/gift-card", "clinic", False, "en",
  "clinic-gift-card-product", "Gift Card – Blue Mesa Ketamine Clinic Shop", """
<header>
<a href="https://bluemesaketamine.example" class="logo">Blue Mesa Ketamine Clinic</a>
<nav><a href="/collections/all">Shop</a> <a href="/collections/comfort">Comfort &amp; recovery</a> <a href="/products/gift-card">Gift cards</a> <a href="https://bluemesaketamine.example/contact">Clinic contact</a></nav>
<a href="/search">Search</a> <a href="/account">Account</a> <a href="/cart" class="cart-link">Cart (0)</a>
</header>
<main>
<div class="product">
<img src="/cdn/shop/files/gift-card-mesa.png" alt="Blue Mesa gift card">
<div>
<h1>Blue Mesa Gift Card</h1>
<p class="price">From $50.00</p>
<p>Denominations: <button>$50</button> <button>$100</button> <button class="sel">$250</button> <button>$500</button> <button>Custom amount</button></p>
<label>Recipient email <input type="email"></label>
<label>Message <textarea>Thinking of you.</textarea></label>
<label>Delivery date <input type="date"></label>
<button class="atc">Add to cart</button>
<div class="desc">
<p>Gift cards can be used for consultations, infusions, integration coaching and anything in our shop. They're delivered by email and never expire.</p>
<p>Please note: every patient must complete a medical screening and consultation with our providers before any ketamine treatment. A gift card doesn't guarantee that treatment will be recommended; if it isn't, the balance can be used for other services or transferred.</p>
</div>
</div></div>
<section class="recs"><h2>You may also like</h2><ul><li>Weighted eye mask &ndash; $28.00</li><li>Integration journal &ndash; $22.00</li><li>Blue Mesa fleece blanket &ndash; $45.00</li></ul></section>
</main>
<footer><p>Blue Mesa Ketamine Clinic &middot; 4410 Montgomery Blvd NE, Albuquerque, NM &middot; (505) 555-0192</p><p><a href="/policies/refund-policy">Refund policy</a> &middot; <a href="/policies/privacy-policy">Privacy</a></p></footer>
""", noise="cookie", head="""<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"Blue Mesa Gift Card","brand":{"@type":"Brand","name":"Blue Mesa Ketamine Clinic"},"offers":{"@type":"AggregateOffer","lowPrice":"50.00","highPrice":"500.00","priceCurrency":"USD","availability":"http://schema.org/InStock"}}</script>
""")

p("h3926", "https://www.lotusketaminecenter.example/shop", "clinic", False, "en",
  "clinic-merch-store", "Shop | Lotus Ketamine Center", """
<header><a href="/" class="logo">Lotus Ketamine Center</a>
<nav><a href="/ketamine-infusion-therapy">Infusion therapy</a> <a href="/spravato">Spravato</a> <a href="/what-to-expect">What to expect</a> <a href="/team">Team</a> <a href="/shop">Shop</a> <a href="/contact">Contact</a></nav>
<a href="/cart" class="cart">&#128722; 0</a> <a class="btn" href="/schedule">Schedule a consult</a></header>
<main>
<h1>The Lotus Shop</h1>
<p>Comfort items our patients asked for, plus a few things to support your integration between sessions. Orders ship in 3&ndash;5 days or can be picked up at the front desk.</p>
<ul class="grid">
<li><img src="/shop/journal.jpg" alt=""><h2>Integration Journal</h2><p>Guided prompts for the days after each session. 120 pages.</p><p class="price">$24.00</p><button>Add to cart</button></li>
<li><img src="/shop/mask.jpg" alt=""><h2>Contoured Silk Eye Mask</h2><p>The same mask we use in our treatment rooms.</p><p class="price">$32.00</p><button>Add to cart</button></li>
<li><img src="/shop/playlist.jpg" alt=""><h2>Session Playlist Card</h2><p>QR code to our curated music sets.</p><p class="price">$5.00</p><button>Add to cart</button></li>
<li><img src="/shop/hoodie.jpg" alt=""><h2>Lotus Hoodie</h2><p>Organic cotton, unisex sizes XS&ndash;XXL.</p><p class="price">$58.00</p><button>Select size</button></li>
<li><img src="/shop/socks.jpg" alt=""><h2>Grip Socks</h2><p>Cozy socks for your infusion chair.</p><p class="price">$12.00</p><button>Add to cart</button></li>
<li><img src="/shop/gift.jpg" alt=""><h2>Gift Card</h2><p>For treatments, consultations or shop items.</p><p class="price">From $25.00</p><button>Choose amount</button></li>
</ul>
<p class="note">Treatment itself is booked through our care team after a consultation, not through the shop.</p>
</main>
<footer><p>Lotus Ketamine Center &middot; 880 Peachtree St NE, Atlanta, GA &middot; (404) 555-0163</p><p>&copy; 2026 &middot; <a href="/privacy">Privacy</a></p></footer>
""", head="""<script type="application/ld+json">{"@context":"https://schema.org","@type":"ItemList","itemListElement":[{"@type":"ListItem","position":1,"item":{"@type":"Product","name":"Integration Journal","offers":{"@type":"Offer","price":"24.00","priceCurrency":"USD"}}},{"@type":"ListItem","position":2,"item":{"@type":"Product","name":"Contoured Silk Eye Mask","offers":{"@type":"Offer","price":"32.00","priceCurrency":"USD"}}},{"@type":"ListItem","position":3,"item":{"@type":"Product","name":"Lotus Hoodie","offers":{"@type":"Offer","price":"58.00","priceCurrency":"USD"}}}]}</script>
""")

p("h3927", "https://www.stmarysregional.example/patients/billing/price-transparency/search?q=ketamine", "clinic", False, "en",
  "hospital-chargemaster-search", "Standard Charges Search: ketamine | St. Mary's Regional Medical Center", """
<header>
<a href="/" class="logo">St. Mary's Regional Medical Center</a>
<nav><a href="/find-a-doctor">Find a Doctor</a> <a href="/locations">Locations</a> <a href="/services">Services</a> <a href="/patients">Patients &amp; Visitors</a> <a href="/patients/billing">Billing</a> <a href="/careers">Careers</a></nav>
<a href="https://mychart.stmarysregional.example" class="btn">MyChart</a> <a href="/donate">Give</a>
</header>
<main>
<p class="breadcrumbs">Patients &amp; Visitors &gt; Billing &gt; Price Transparency &gt; Standard Charges</p>
<h1>Standard charges</h1>
<p>As required by federal law, St. Mary's publishes its standard charges for all items and services. The machine-readable file is available <a href="/files/standard-charges.json">here</a>. The estimate tool in MyChart gives a personalised estimate based on your insurance.</p>
<form><input name="q" value="ketamine"> <button>Search</button></form>
<p>7 results for <b>ketamine</b></p>
<table class="charges">
<thead><tr><th>Code</th><th>Description</th><th>Setting</th><th>Gross charge</th><th>Discounted cash price</th><th>Min negotiated</th><th>Max negotiated</th></tr></thead>
<tbody>
<tr><td>CDM 2501448</td><td>KETAMINE HCL 10 MG/ML INJ 20 ML VIAL</td><td>Inpatient/Outpatient</td><td>$41.20</td><td>$24.72</td><td>$9.80</td><td>$38.10</td></tr>
<tr><td>CDM 2501452</td><td>KETAMINE HCL 50 MG/ML INJ 10 ML VIAL</td><td>Inpatient/Outpatient</td><td>$88.65</td><td>$53.19</td><td>$21.30</td><td>$79.00</td></tr>
<tr><td>CDM 2501460</td><td>KETAMINE HCL 100 MG/ML INJ 5 ML VIAL</td><td>Inpatient/Outpatient</td><td>$92.10</td><td>$55.26</td><td>$22.40</td><td>$83.50</td></tr>
<tr><td>HCPCS S0013</td><td>ESKETAMINE NASAL SPRAY 1 MG</td><td>Outpatient</td><td>$14.90 per mg</td><td>$8.94 per mg</td><td>$6.10</td><td>$12.85</td></tr>
<tr><td>HCPCS G2082</td><td>OFFICE VISIT ESKETAMINE UP TO 56 MG, INCL 2 HRS OBSERVATION</td><td>Outpatient</td><td>$1,310.00</td><td>$786.00</td><td>$598.00</td><td>$1,104.00</td></tr>
<tr><td>HCPCS G2083</td><td>OFFICE VISIT ESKETAMINE GREATER THAN 56 MG, INCL 2 HRS OBSERVATION</td><td>Outpatient</td><td>$1,745.00</td><td>$1,047.00</td><td>$801.00</td><td>$1,476.00</td></tr>
<tr><td>CPT 96365</td><td>IV INFUSION THERAPY, INITIAL, UP TO 1 HOUR</td><td>Outpatient</td><td>$612.00</td><td>$367.20</td><td>$142.00</td><td>$540.00</td></tr>
</tbody></table>
<p class="disclaimer">Standard charges are not a quote. What you pay depends on your insurance, the services you actually receive and your physician's professional fees, which are billed separately. Ketamine for depression is offered through our Department of Psychiatry's Interventional Psychiatry Clinic by referral; call (614) 555-0107 to ask about eligibility.</p>
<p>Need help paying? Learn about <a href="/patients/billing/financial-assistance">financial assistance</a>.</p>
</main>
<footer><p>St. Mary's Regional Medical Center &middot; 1500 Oak Park Ave, Columbus, OH</p><p><a href="/nondiscrimination">Nondiscrimination &amp; language assistance</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/price-transparency">Price transparency</a></p></footer>
""", noise="cookie", head="""<script type="application/ld+json">{"@context":"https://schema.org","@type":"Hospital","name":"St. Mary's Regional Medical Center","address":{"@type":"PostalAddress","streetAddress":"1500 Oak Park Ave","addressLocality":"Columbus","addressRegion":"OH"}}</script>
""")

p("h3928", "https://www.clinicaserenamadrid.example/tarifas", "clinic", False, "es",
  "clinic-self-pay-prices", "Tarifas – Clínica Serena Psiquiatría, Madrid", """
<header><a href="/" class="logo">Clínica Serena <small>Psiquiatría y Salud Mental</small></a>
<nav><a href="/equipo">Equipo</a> <a href="/tratamientos">Tratamientos</a> <a href="/tratamientos/ketamina">Ketamina y esketamina</a> <a href="/tarifas">Tarifas</a> <a href="/seguros">Aseguradoras</a> <a href="/contacto">Contacto</a></nav>
<a class="boton" href="/cita">Pedir cita</a> <a href="https://wa.me/34600000111">WhatsApp citas</a></header>
<main>
<h1>Tarifas 2026</h1>
<p>Precios para pacientes privados. Si tienes seguro de salud, consulta la lista de <a href="/seguros">aseguradoras con convenio</a>.</p>
<table><tr><th>Servicio</th><th>Precio</th></tr>
<tr><td>Primera consulta de psiquiatría (60 min)</td><td>140 &euro;</td></tr>
<tr><td>Consulta de revisión (30 min)</td><td>90 &euro;</td></tr>
<tr><td>Valoración para tratamiento con ketamina/esketamina (incluye ECG y analítica básica)</td><td>190 &euro;</td></tr>
<tr><td>Sesión de esketamina intranasal con observación de 2 h</td><td>según dosis; se informa tras la valoración</td></tr>
<tr><td>Sesión de ketamina intravenosa (uso fuera de ficha técnica, con consentimiento informado)</td><td>390 &euro;</td></tr>
<tr><td>Bono de inducción: 6 sesiones de ketamina IV</td><td>2.100 &euro;</td></tr>
<tr><td>Sesión de psicoterapia de integración</td><td>80 &euro;</td></tr></table>
<p>Todas las sesiones se realizan en nuestra unidad de tratamiento de la calle Velázquez, con monitorización y presencia de médico anestesista. No dispensamos medicación para uso domiciliario.</p>
<p>Formas de pago: tarjeta, transferencia o Bizum en recepción. Financiación disponible hasta 12 meses sin intereses.</p>
</main>
<footer><p>Clínica Serena S.L. &middot; C/ Velázquez 00, 28001 Madrid &middot; Centro sanitario autorizado por la Comunidad de Madrid (CS0000)</p><p><a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Privacidad</a></p></footer>
""", noise="cookie-es")

p("h3929", "https://www.centromedicoariosto.example/listino-prezzi", "clinic", False, "it",
  "clinic-price-list", "Listino prezzi – Centro Medico Ariosto, Milano", """
<div class="cookie-banner">Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione. <button>Accetta</button> <button>Rifiuta</button> <a href="/cookie-policy">Cookie policy</a></div>
<header><a href="/" class="logo">Centro Medico Ariosto</a>
<nav><a href="/specialita">Specialità</a> <a href="/psichiatria">Psichiatria</a> <a href="/terapia-del-dolore">Terapia del dolore</a> <a href="/listino-prezzi">Listino prezzi</a> <a href="/convenzioni">Convenzioni</a> <a href="/prenota">Prenota online</a></nav></header>
<main>
<h1>Listino prezzi prestazioni private</h1>
<p>Prezzi in vigore dal 1&deg; gennaio 2026, IVA esente ai sensi dell'art. 10 DPR 633/72. Per le prestazioni in convenzione con fondi e assicurazioni consultare la pagina <a href="/convenzioni">Convenzioni</a>.</p>
<h2>Psichiatria</h2>
<table><tr><td>Prima visita psichiatrica</td><td>&euro; 180</td></tr>
<tr><td>Visita psichiatrica di controllo</td><td>&euro; 120</td></tr>
<tr><td>Valutazione per depressione resistente (visita + test psicometrici)</td><td>&euro; 250</td></tr>
<tr><td>Seduta di esketamina spray nasale in ambulatorio con monitoraggio (farmaco escluso)</td><td>&euro; 150</td></tr></table>
<h2>Terapia del dolore</h2>
<table><tr><td>Prima visita algologica</td><td>&euro; 160</td></tr>
<tr><td>Infusione endovenosa di ketamina a basso dosaggio (day service, 3 ore)</td><td>&euro; 420</td></tr>
<tr><td>Ciclo di 4 infusioni</td><td>&euro; 1.550</td></tr></table>
<p>Le infusioni e le sedute di esketamina si svolgono esclusivamente presso la nostra sede, dopo visita specialistica e firma del consenso informato. È necessario un accompagnatore per il rientro a casa.</p>
<p>Pagamento con bancomat, carta di credito o bonifico. Fattura valida per la detrazione fiscale.</p>
</main>
<footer><p>Centro Medico Ariosto S.r.l. &middot; Via Ariosto 00, 20145 Milano &middot; Direttore sanitario: Dott.ssa Chiara Bellini &middot; Autorizzazione ATS Milano n. 0000/2019</p><p>P.IVA 00000000000 &middot; <a href="/privacy">Privacy</a></p></footer>
""")

p("h3930", "https://www.kliniekdeoever.example/tarieven-ketamine", "clinic", False, "nl",
  "clinic-tariffs", "Tarieven en vergoeding ketaminebehandeling | Kliniek De Oever", """
<header><a href="/" class="logo">Kliniek De Oever</a>
<nav><a href="/behandelingen">Behandelingen</a> <a href="/ketamine">Ketamine &amp; esketamine</a> <a href="/tarieven-ketamine">Tarieven</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/contact">Contact</a></nav>
<a class="knop" href="/aanmelden">Aanmelden</a></header>
<main>
<h1>Tarieven en vergoeding</h1>
<p>Voor een behandeling bij Kliniek De Oever heeft u een verwijzing nodig van uw huisarts of psychiater. Wij hebben contracten met de meeste zorgverzekeraars.</p>
<h2>Verzekerde zorg</h2>
<p>Behandeling met esketamine-neusspray valt onder de gespecialiseerde ggz en wordt vergoed vanuit de basisverzekering. Houd rekening met uw eigen risico (&euro; 385 in 2026). De behandeling vindt plaats op onze locatie in Utrecht; na elke toediening blijft u minimaal twee uur onder toezicht.</p>
<h2>Onverzekerde zorg (ketamine-infusie)</h2>
<table><tr><th>Onderdeel</th><th>Tarief</th></tr>
<tr><td>Intake met psychiater en somatische screening</td><td>&euro; 245</td></tr>
<tr><td>Ketamine-infusie (40 minuten, inclusief nazorg)</td><td>&euro; 395</td></tr>
<tr><td>Reeks van 6 infusies</td><td>&euro; 2.250</td></tr>
<tr><td>Evaluatiegesprek na de reeks</td><td>&euro; 120</td></tr></table>
<p>Tarieven zijn vrijgesteld van btw. U ontvangt per behandeling een factuur; betalen kan per pin of via betaalverzoek.</p>
<p>Annuleren kan kosteloos tot 24 uur van tevoren.</p>
</main>
<footer><p>Kliniek De Oever B.V. &middot; Maliebaan 00, Utrecht &middot; KvK 00000000 &middot; AGB-code 00000000</p><p><a href="/privacy">Privacyverklaring</a> &middot; <a href="/klachten">Klachtenregeling</a></p></footer>
""", noise="cookie-nl")

p("h3931", "https://www.privatklinik-seeblick.example/ketamin-therapie/preise", "clinic", False, "de",
  "clinic-self-pay-prices", "Preise Ketamin-Infusionstherapie für Selbstzahler | Privatklinik Seeblick", """
<header><a href="/" class="logo">Privatklinik Seeblick</a>
<nav><a href="/klinik">Klinik</a> <a href="/behandlungen">Behandlungen</a> <a href="/ketamin-therapie">Ketamin-Therapie</a> <a href="/ketamin-therapie/preise">Preise</a> <a href="/aufnahme">Aufnahme</a> <a href="/kontakt">Kontakt</a></nav>
<a class="button" href="/termin">Vorgespräch buchen</a></header>
<main>
<h1>Kosten der Ketamin-Therapie</h1>
<p>Die Ketamin-Infusionstherapie bei Depression ist eine Behandlung außerhalb der Zulassung (off-label). Gesetzliche Krankenkassen übernehmen die Kosten in der Regel nicht; private Versicherungen teilweise nach vorheriger Kostenzusage. Die Abrechnung erfolgt nach der Gebührenordnung für Ärzte (GOÄ).</p>
<table><tr><th>Leistung</th><th>Preis (ca.)</th></tr>
<tr><td>Ärztliches Vorgespräch mit Untersuchung und EKG</td><td>180 &euro;</td></tr>
<tr><td>Einzelne Ketamin-Infusion inkl. Überwachung</td><td>390 &euro;</td></tr>
<tr><td>Behandlungsserie: 6 Infusionen in 3 Wochen</td><td>2.250 &euro;</td></tr>
<tr><td>Erhaltungsinfusion</td><td>360 &euro;</td></tr>
<tr><td>Esketamin-Nasenspray unter Aufsicht (Medikament über Rezept)</td><td>Betreuung 140 &euro; je Termin</td></tr></table>
<p>Alle Behandlungen finden stationär oder in unserer Tagesklinik statt, unter Aufsicht von Fachärzten für Anästhesie und Psychiatrie. Nach der Infusion dürfen Sie am selben Tag nicht selbst Auto fahren.</p>
</main>
<footer><p>Privatklinik Seeblick GmbH &middot; Seestraße 00, 82319 Starnberg &middot; Konzession nach &sect; 30 GewO</p><p><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></p></footer>
""", noise="cookie-de")

# ---------------------------------------------------------------- informational

p("h3932", "https://www.meridianmedsupply.example/catalog/anesthesia/ketamine-hcl-injection-usp-500mg-10ml-p-44817", "informational", False, "en",
  "licensed-wholesaler-product", "Ketamine HCl Injection, USP 50 mg/mL, 10 mL MDV, 10/Pack | Meridian Medical Supply", """
<header>
<div class="util">Serving licensed healthcare facilities since 1987 &nbsp;|&nbsp; <a href="/open-account">Open an account</a> &nbsp;|&nbsp; Customer service 1-800-555-0133</div>
<a href="/" class="logo">Meridian Medical Supply</a>
<form class="search"><input placeholder="Search by item #, NDC or keyword"></form>
<a href="/login">Sign in for pricing</a> <a href="/quick-order">Quick order</a> <a href="/cart">Cart</a>
<nav><a href="/catalog/pharmaceuticals">Pharmaceuticals</a> <a href="/catalog/anesthesia">Anesthesia</a> <a href="/catalog/infection-prevention">Infection prevention</a> <a href="/catalog/wound-care">Wound care</a> <a href="/catalog/lab">Lab</a> <a href="/catalog/equipment">Equipment</a></nav>
</header>
<main>
<p class="crumbs">Catalog &gt; Anesthesia &gt; Injectable anesthetics</p>
<h1>Ketamine HCl Injection, USP 50 mg/mL, 10 mL Multiple-Dose Vial, 10/Pack</h1>
<table class="specs">
<tr><th>Item #</th><td>44817</td></tr><tr><th>NDC</th><td>00000-0712-10</td></tr><tr><th>Manufacturer</th><td>Halcyon Generics</td></tr>
<tr><th>DEA schedule</th><td>CIII</td></tr><tr><th>Unit of measure</th><td>PK (10 vials)</td></tr><tr><th>Storage</th><td>20&deg;&ndash;25&deg;C</td></tr></table>
<div class="price-box"><p><b>Price:</b> <a href="/login">Sign in to view your contract price</a></p>
<p class="restricted">&#9888; Controlled substance. Available only to customers with a verified DEA registration and state license on file. Orders ship exclusively to the registered address on the DEA certificate. Schedule III orders are reviewed by our compliance team before release.</p>
<button disabled>Add to cart</button></div>
<h2>Ordering requirements</h2>
<ul><li>Active DEA registration covering Schedule III (hospital, practitioner, clinic, veterinary)</li><li>State controlled-substance and facility licenses</li><li>Completed suspicious-order monitoring questionnaire for new accounts</li></ul>
<p>We do not sell to individuals. Questions about account verification: compliance@meridianmedsupply.example.</p>
<h2>Documents</h2><ul><li><a href="#">Package insert (PDF)</a></li><li><a href="#">Safety data sheet</a></li></ul>
</main>
<footer><p>Meridian Medical Supply, Inc. &middot; Licensed wholesale distributor &middot; VAWD accredited</p><p><a href="/terms">Terms of sale</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""", head="""<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Ketamine HCl Injection, USP 50 mg/mL, 10 mL MDV, 10/Pack","sku":"44817","gtin12":"000000071210","brand":{"@type":"Brand","name":"Halcyon Generics"}}</script>
""")

p("h3933", "https://www.pawsrx.example/search?q=ketamine", "informational", False, "en",
  "pet-pharmacy-search", "Search results for \"ketamine\" | PawsRx Pet Pharmacy", """
<header><a href="/" class="logo">PawsRx</a>
<form class="search"><input name="q" value="ketamine"><button>Search</button></form>
<nav><a href="/dog">Dog</a> <a href="/cat">Cat</a> <a href="/horse">Horse</a> <a href="/pharmacy">Pharmacy</a> <a href="/autoship">Autoship</a></nav>
<a href="/cart">Cart (0)</a></header>
<main>
<h1>0 results for &ldquo;ketamine&rdquo;</h1>
<p>Ketamine is an anesthetic that veterinarians use in the clinic. It isn't dispensed by PawsRx. If your pet needs pain relief or sedation at home, ask your veterinarian about the medications below; all of them require a prescription from your vet, which we verify before shipping.</p>
<ul class="suggestions">
<li>Gabapentin capsules for dogs &amp; cats &ndash; Rx required &ndash; from $9.49</li>
<li>Trazodone tablets &ndash; Rx required &ndash; from $11.99</li>
<li>Carprofen chewable tablets &ndash; Rx required &ndash; from $21.98</li>
</ul>
</main>
<footer><p>PawsRx is a licensed pet pharmacy, VIPPS/Vet-VIPPS accredited. &copy; 2026</p></footer>
""")

p("h3934", "https://www.oakleafcompounding.example/patients/ketamine-preparations", "informational", False, "en",
  "compounding-pharmacy-rx-only", "Ketamine Preparations – Oakleaf Compounding Pharmacy", """
<header>
<a href="/" class="logo">Oakleaf Compounding Pharmacy</a>
<nav><a href="/patients">For patients</a> <a href="/prescribers">For prescribers</a> <a href="/veterinary">Veterinary</a> <a href="/transfer">Transfer a prescription</a> <a href="/about">About</a></nav>
<a href="/refill" class="btn">Refill a prescription</a>
</header>
<main>
<h1>Ketamine preparations</h1>
<p>Oakleaf prepares ketamine in several dosage forms when a licensed prescriber orders it for a specific patient. We dispense ketamine only with a valid prescription for controlled substances, sent electronically (EPCS) by the prescriber. We can't sell ketamine without a prescription, and our pharmacists don't write prescriptions.</p>
<h2>Forms we compound</h2>
<table><tr><th>Form</th><th>Typical strengths</th><th>Typical patient price*</th></tr>
<tr><td>Sublingual troches</td><td>25&ndash;200 mg</td><td>$55&ndash;$110 for 10</td></tr>
<tr><td>Rapid-dissolve tablets</td><td>50&ndash;200 mg</td><td>$60&ndash;$120 for 10</td></tr>
<tr><td>Nasal spray</td><td>10&ndash;100 mg/mL</td><td>$85&ndash;$150 per bottle</td></tr>
<tr><td>Topical cream (pain)</td><td>5&ndash;10% in combination</td><td>$65&ndash;$130 per 60 g</td></tr></table>
<p class="small">*Prices vary with strength and quantity and are quoted when the prescription is received. Insurance rarely covers compounded ketamine; we accept HSA/FSA.</p>
<h2>Where we ship</h2>
<p>We are licensed as a pharmacy in Arizona, California, Colorado, Nevada, New Mexico and Utah. Controlled-substance orders ship overnight to the patient's address on file and require an adult signature. We check the state prescription monitoring program before every fill.</p>
<h2>For prescribers</h2>
<p>Send prescriptions via EPCS to Oakleaf Compounding Pharmacy, NCPDP 0000000. For questions about formulations or stability, call our pharmacists at (480) 555-0177.</p>
</main>
<footer><p>Oakleaf Compounding Pharmacy &middot; 2280 E Camelback Rd, Phoenix, AZ &middot; PCAB accredited &middot; Pharmacist in charge: R. Alvarez, PharmD</p><p><a href="/privacy">Notice of privacy practices</a></p></footer>
""", noise="cookie")

p("h3935", "https://www.healthcostatlas.example/guides/ketamine-therapy-cost", "informational", False, "en",
  "cost-guide", "How Much Does Ketamine Therapy Cost in 2026? | HealthCost Atlas", """
<header><a href="/" class="logo">HealthCost Atlas</a>
<nav><a href="/guides">Cost guides</a> <a href="/guides/mental-health">Mental health</a> <a href="/guides/dental">Dental</a> <a href="/guides/surgery">Surgery</a> <a href="/insurance">Insurance</a> <a href="/methodology">How we research</a></nav>
<form><input placeholder="Search procedures"></form></header>
<main>
<article>
<p class="kicker">Mental health &middot; Cost guide</p>
<h1>How much does ketamine therapy cost in 2026?</h1>
<p class="byline">By Nora Ellison &middot; Medically reviewed by Samir Qureshi, MD &middot; Updated Nov 19, 2026</p>
<div class="key-takeaways"><h2>Key takeaways</h2><ul>
<li>A single IV ketamine infusion costs $400 to $800 at most U.S. clinics; an initial series of six runs $2,400 to $4,800.</li>
<li>Spravato (esketamine) is usually covered by insurance after prior authorisation; list price for the drug alone is roughly $600 to $900 per session.</li>
<li>At-home ketamine programs by telehealth cost about $250 to $450 a month plus medication.</li>
<li>Websites that sell ketamine without a prescription are illegal; products bought this way are of unknown content.</li></ul></div>
<h2>Typical prices by type of treatment</h2>
<table><tr><th>Treatment</th><th>Typical price</th><th>Insurance</th></tr>
<tr><td>IV infusion (mood)</td><td>$400&ndash;$800 per session</td><td>Rarely; superbill possible</td></tr>
<tr><td>IV infusion (chronic pain, 4 hours)</td><td>$700&ndash;$1,500 per session</td><td>Sometimes partly</td></tr>
<tr><td>IM injection / KAP session</td><td>$300&ndash;$900</td><td>Therapy portion sometimes</td></tr>
<tr><td>Spravato session</td><td>$600&ndash;$1,200 before insurance</td><td>Usually, with prior authorisation</td></tr>
<tr><td>Telehealth at-home program</td><td>$250&ndash;$450/month + $40&ndash;$120 medication</td><td>Rarely</td></tr></table>
<h2>What drives the price</h2>
<p>Clinics staffed by anesthesiologists, longer monitoring, included therapy sessions and big-city rents push prices up. Packages lower the per-session price but lock you in; ask whether unused sessions are refundable.</p>
<h2>Ways to lower the cost</h2>
<ul><li>Ask for a Good Faith Estimate before starting</li><li>Use HSA/FSA funds</li><li>Request a superbill and submit it for out-of-network reimbursement</li><li>Check the manufacturer's copay program for Spravato</li><li>Compare price lists; many clinics publish them</li></ul>
<h2>Red flags</h2>
<p>Be wary of any site that offers ketamine powder, vials or "generic Spravato" for delivery with no video evaluation, accepts only crypto or gift cards, or promises "no prescription needed". Esketamine nasal spray is never mailed to patients in the U.S.</p>
<p class="sources">Sources: price lists of 48 clinics in 16 states collected Sept&ndash;Oct 2026; manufacturer list prices; interviews with billing staff.</p>
</article>
<aside><h3>Related guides</h3><ul><li><a href="#">TMS therapy cost</a></li><li><a href="#">Psychiatrist visit cost without insurance</a></li><li><a href="#">Inpatient psychiatric stay cost</a></li></ul></aside>
</main>
<footer><p>HealthCost Atlas is editorially independent and does not accept payments from providers listed in its guides. &copy; 2026</p></footer>
""", noise="cookie")

p("h3936", "https://www.thecoastledger.example/health/2026/11/24/ketamine-prices-clinics-online-sellers", "informational", False, "en",
  "news-price-comparison", "We priced ketamine treatment in five cities. The cheapest offers were the most dangerous | The Coast Ledger", """
<header><a href="/" class="masthead">The Coast Ledger</a>
<nav><a href="/news">News</a> <a href="/health">Health</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/investigations">Investigations</a></nav>
<a href="/subscribe" class="btn">Subscribe</a> <a href="/login">Sign in</a></header>
<main>
<article>
<p class="section">Health &middot; Investigation</p>
<h1>We priced ketamine treatment in five cities. The cheapest offers were the most dangerous</h1>
<p class="dek">Clinic infusions ranged from $375 to $950. Online, sites offered "ketamine powder" for $80 a gram with no doctor involved.</p>
<p class="byline">By Priya Natarajan and Owen Kessler &middot; November 24, 2026</p>
<p>Over six weeks, Coast Ledger reporters called or visited 31 ketamine clinics in San Diego, Los Angeles, Portland, Seattle and San Francisco, requested quotes from eight telehealth companies and documented 19 websites that offer ketamine without a prescription.</p>
<h2>What clinics charge</h2>
<table><tr><th>City</th><th>Clinics surveyed</th><th>Single infusion (median)</th><th>Range</th></tr>
<tr><td>San Diego</td><td>7</td><td>$525</td><td>$395&ndash;$800</td></tr>
<tr><td>Los Angeles</td><td>9</td><td>$600</td><td>$450&ndash;$950</td></tr>
<tr><td>Portland</td><td>5</td><td>$475</td><td>$375&ndash;$650</td></tr>
<tr><td>Seattle</td><td>5</td><td>$550</td><td>$425&ndash;$700</td></tr>
<tr><td>San Francisco</td><td>5</td><td>$650</td><td>$500&ndash;$900</td></tr></table>
<p>Every clinic required a medical screening before scheduling an infusion. Telehealth programs quoted $250 to $450 a month, plus medication, after a video evaluation.</p>
<h2>The online market</h2>
<p>The 19 websites looked like ordinary shops: product photos, "Add to cart" buttons, star ratings and cookie banners. They listed ketamine powder at $70 to $120 a gram, 10-milliliter vials at around $95 and "generic Spravato" nasal sprays for $189. Most accepted only cryptocurrency, Zelle or gift cards and promised "stealth" shipping. None asked for a prescription; three offered a "free online consultation" consisting of a checkbox form.</p>
<p>"These are not pharmacies. There is no way to know what is in the bag," said a spokesperson for the DEA's San Diego field division, who said the agency had referred several of the sites to domain registrars. A drug-checking service in Oakland told the Ledger that two of four samples sold online as ketamine in 2026 contained other substances.</p>
<h2>Why people turn to them</h2>
<p>"After the second infusion I was out of money," said a 34-year-old Portland teacher who asked not to be named. She said she came close to ordering from a website but stopped when it asked for payment in Bitcoin.</p>
<p>Health economists say packaged pricing and lack of insurance coverage push patients toward cheaper and riskier options. "Price transparency helps, but coverage is the real fix," said Dr. Miriam Osei of the University of Washington.</p>
<p class="correction">This article has been updated to clarify the number of telehealth companies contacted.</p>
</article>
<aside class="newsletter"><h3>Get the Health Brief</h3><input placeholder="Email"><button>Sign up</button></aside>
</main>
<footer><p>&copy; 2026 The Coast Ledger &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/corrections">Corrections</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h3937", "https://www.harbourbooks.example/products/ketamine-medicine-and-myth-paperback", "informational", False, "en",
  "bookshop-product-page", "Ketamine: Medicine and Myth (Paperback) – Harbour Books", """
<header><a href="/" class="logo">Harbour Books</a>
<form class="search"><input placeholder="Search titles, authors, ISBN"></form>
<nav><a href="/fiction">Fiction</a> <a href="/nonfiction">Non-fiction</a> <a href="/health-wellbeing">Health &amp; Wellbeing</a> <a href="/science">Science</a> <a href="/children">Children's</a> <a href="/events">Events</a></nav>
<a href="/account">Account</a> <a href="/basket">Basket (0)</a></header>
<main>
<div class="product">
<img src="/covers/9780000000000.jpg" alt="Cover of Ketamine: Medicine and Myth">
<div>
<h1>Ketamine: Medicine and Myth</h1>
<p class="author">by Helen Ashdown</p>
<p class="format">Paperback &middot; 336 pages &middot; Published 4 March 2026 &middot; ISBN 9780000000000</p>
<p class="price">&pound;12.99 <s>&pound;14.99</s></p>
<p>In stock &ndash; usually dispatched within 24 hours</p>
<button>Add to basket</button> <button>Click &amp; collect</button>
</div></div>
<section><h2>Description</h2>
<p>From a battlefield anaesthetic to a club drug to a treatment for depression: psychiatrist and historian Helen Ashdown tells the story of ketamine through the patients, doctors and users whose lives it has touched. Drawing on new interviews and archive research, she examines the evidence behind the clinics, the risks of bladder damage and dependence, and why regulators approved esketamine while many questions remain.</p></section>
<section><h2>Reviews</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &ldquo;Balanced and gripping. I finally understand what my infusions are doing.&rdquo; &ndash; Reader, Bristol</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; &ldquo;Strong on history, a bit thin on the newest trials.&rdquo; &ndash; J.T.</p></section>
<section><h2>Customers also bought</h2><ul><li>The Body Keeps the Score &ndash; &pound;10.99</li><li>Drugs Without the Hot Air &ndash; &pound;11.99</li></ul></section>
</main>
<footer><p>Harbour Books &middot; 12 Quay Street, Bristol &middot; Independent bookshop since 1979</p><p><a href="/delivery">Delivery &amp; returns</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie", head="""<script type="application/ld+json">{"@context":"https://schema.org","@type":"Book","name":"Ketamine: Medicine and Myth","author":{"@type":"Person","name":"Helen Ashdown"},"isbn":"9780000000000","bookFormat":"https://schema.org/Paperback","numberOfPages":336,"offers":{"@type":"Offer","price":"12.99","priceCurrency":"GBP","availability":"https://schema.org/InStock"}}</script>
""")

p("h3938", "https://www.salute-regionale.example/notizie/2026/11/farmaci-online-illegali-esketamina-ketamina", "informational", False, "it",
  "health-authority-warning", "Attenzione ai siti che vendono esketamina e ketamina senza ricetta – Portale Salute", """
<div class="cookie-bar">Questo portale utilizza solo cookie tecnici e statistici anonimi. <a href="/cookie">Informativa</a> <button>Ho capito</button></div>
<header><a href="/" class="logo">Portale Salute &ndash; Regione</a>
<nav><a href="/cittadini">Cittadini</a> <a href="/operatori">Operatori</a> <a href="/notizie">Notizie</a> <a href="/farmaci">Farmaci</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<article>
<p class="data">Pubblicato il 18 novembre 2026</p>
<h1>Attenzione ai siti che vendono esketamina e ketamina senza ricetta</h1>
<p>Negli ultimi mesi i NAS hanno segnalato numerosi siti web che offrono in vendita spray nasali di esketamina presentati come &laquo;Spravato generico&raquo;, flaconi di ketamina iniettabile e ketamina in polvere, con consegna a domicilio e senza prescrizione medica.</p>
<p>Si tratta di vendite illegali. In Italia la vendita online è consentita solo per i farmaci senza obbligo di prescrizione, e soltanto da farmacie ed esercizi autorizzati che espongono il logo comune europeo collegato all'elenco del Ministero della Salute. L'esketamina è un medicinale che viene somministrato esclusivamente in strutture sanitarie, sotto controllo medico.</p>
<h2>Come riconoscere un sito illegale</h2>
<ul><li>propone farmaci con obbligo di ricetta &laquo;senza ricetta&raquo; o con un semplice questionario;</li>
<li>mostra listini per grammo o per flacone e chiede pagamenti in criptovalute, ricariche o buoni regalo;</li>
<li>promette spedizioni &laquo;discrete&raquo; o il rinvio gratuito in caso di sequestro;</li>
<li>non riporta il logo comune europeo oppure il logo non rimanda al sito del Ministero.</li></ul>
<p>Chi soffre di depressione resistente può rivolgersi al proprio medico o al Centro di Salute Mentale di riferimento, che valuteranno i trattamenti disponibili, compresa l'esketamina presso i centri autorizzati.</p>
<p>Per segnalare un sito sospetto: <a href="#">modulo di segnalazione</a>.</p>
</article>
</main>
<footer><p>Portale Salute &middot; Direzione Generale Welfare &middot; <a href="/accessibilita">Dichiarazione di accessibilità</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""")

p("h3939", "https://www.mutuelle-horizon.example/guides/esketamine-spravato-ketamine-prix-remboursement", "informational", False, "fr",
  "insurer-cost-guide", "Eskétamine, kétamine : prix et remboursement | Mutuelle Horizon", """
<header><a href="/" class="logo">Mutuelle Horizon</a>
<nav><a href="/particuliers">Particuliers</a> <a href="/seniors">Seniors</a> <a href="/entreprises">Entreprises</a> <a href="/guides">Guides santé</a> <a href="/devis">Devis gratuit</a></nav>
<a href="/espace-adherent">Espace adhérent</a></header>
<main>
<article>
<h1>Eskétamine et kétamine contre la dépression : combien ça coûte et qu'est-ce qui est remboursé ?</h1>
<p class="maj">Mis à jour le 2 décembre 2026</p>
<p>L'eskétamine en spray nasal (Spravato) est indiquée dans la dépression résistante. En France, elle est réservée à l'usage hospitalier : le patient reçoit le spray à l'hôpital ou en clinique, sous surveillance, et ne repart jamais avec le médicament.</p>
<h2>Le coût du médicament</h2>
<p>Le médicament est pris en charge par l'établissement dans le cadre de l'hospitalisation de jour ; vous n'avancez pas son prix. Selon le nombre de pulvérisations, le coût pour l'Assurance Maladie dépasse plusieurs centaines d'euros par séance.</p>
<h2>Ce qui peut rester à votre charge</h2>
<table><tr><th>Poste</th><th>Base de remboursement</th><th>Avec Horizon Confort</th></tr>
<tr><td>Consultation du psychiatre (secteur 1)</td><td>70 %</td><td>100 % du ticket modérateur</td></tr>
<tr><td>Dépassements d'honoraires (secteur 2)</td><td>non remboursés</td><td>jusqu'à 150 % BR</td></tr>
<tr><td>Forfait hospitalier de jour / ticket modérateur</td><td>selon séjour</td><td>pris en charge</td></tr>
<tr><td>Transport (si prescrit)</td><td>65 %</td><td>complément</td></tr></table>
<h2>Et les perfusions de kétamine ?</h2>
<p>Certains services hospitaliers proposent des perfusions de kétamine dans le cadre de protocoles ou d'essais cliniques. Méfiez-vous des sites qui vendent de la kétamine ou de l'« eskétamine générique » sans ordonnance : il s'agit de ventes illégales et les produits sont de composition inconnue.</p>
<p class="encadre">Un doute sur vos remboursements ? Appelez un conseiller au 09 00 00 00 00 ou écrivez-nous depuis votre espace adhérent.</p>
</article>
</main>
<footer><p>Mutuelle Horizon, mutuelle soumise au livre II du Code de la mutualité &middot; <a href="/mentions-legales">Mentions légales</a></p></footer>
""", noise="cookie-fr")

p("h3940", "https://www.veiligtesten.example/product/ketamine-reagens-testkit", "informational", False, "nl",
  "reagent-testkit-product", "Ketamine reagens testkit (Mandelin + Morris) | VeiligTesten", """
<header><a href="/" class="logo">VeiligTesten</a>
<nav><a href="/testkits">Testkits</a> <a href="/fentanyl-teststrips">Fentanyl-teststrips</a> <a href="/hoe-test-ik">Hoe test ik?</a> <a href="/kleurenkaart">Kleurenkaart</a> <a href="/over-ons">Over ons</a></nav>
<a href="/winkelwagen">Winkelwagen (0)</a></header>
<main>
<div class="product">
<h1>Ketamine reagens testkit (Mandelin + Morris)</h1>
<p class="prijs">&euro; 14,95 <small>incl. btw</small></p>
<p>Aantal: <input type="number" value="1"> <button>In winkelwagen</button></p>
<p class="levering">Voor 16:00 besteld, morgen in huis. Verzending in neutrale envelop.</p>
</div>
<section><h2>Productomschrijving</h2>
<p>Met deze set van twee reagentia kun je controleren of een poeder ketamine bevat en of het waarschijnlijk vervuild is met andere stoffen. Goed voor ongeveer 20 tests. Inclusief kleurenkaart en handleiding.</p>
<p>Een reagenstest zegt niets over de zuiverheid of de dosis. Wil je zeker weten wat je hebt, laat je middel dan anoniem testen bij een testservice bij jou in de buurt (zie <a href="/testlocaties">testlocaties</a>).</p>
<p>VeiligTesten verkoopt geen drugs en geeft geen advies over gebruik. Onze testkits zijn bedoeld om risico's te verkleinen.</p></section>
<section><h2>Reviews</h2><p>&#9733;&#9733;&#9733;&#9733;&#9733; &ldquo;Duidelijke kleurenkaart, snel geleverd.&rdquo;</p></section>
</main>
<footer><p>VeiligTesten &middot; KvK 00000000 &middot; <a href="/voorwaarden">Algemene voorwaarden</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie-nl", head="""<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Ketamine reagens testkit (Mandelin + Morris)","offers":{"@type":"Offer","price":"14.95","priceCurrency":"EUR","availability":"https://schema.org/InStock"}}</script>
""")

save(OUT, R)
