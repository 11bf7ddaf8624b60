# Batch 143 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Ordinary pages from two continents". An ordinary, fair sample of ketamine-related pages from
# North America and Europe as they commonly are: every category in its usual forms, long and short,
# tidy and messy, with no particular trick in mind. Sellers: research-chemical shops, product pages,
# an affiliate "where to buy" post, a classified ad, a social bio, a fake no-Rx pharmacy, a bot-check
# wall (url-only), an analogue vendor and shops in German, Spanish, French, Dutch, Portuguese and
# Italian. Telehealth: US at-home ketamine programmes (landing, FAQ, pricing, clinicians, states), a
# Canadian virtual psychiatry service referring for esketamine, German and Spanish tele-psychiatry.
# Clinics: US IV infusion clinic, Spravato REMS centre, billing page, UK KAP clinic, a French
# hospital pain centre, Dutch, Italian and Portuguese clinics. Informational: news, a government fact
# sheet, harm reduction, a forum thread, a veterinary reference, German news, French harm-reduction
# page, Spanish rehab centre, Portuguese news.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), medium pages, short
# pages, a navigation-heavy page, partial pages and four plain-text excerpts (ext="txt").
# Author: independent. Date: 2026-12-07.
# Run: python3 batch143.py (writes batch143/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch143")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h14301", "https://kaliresearchsupply.example/product-category/dissociatives/", "seller", True, "en",
  "rc-shop-category-long", "Dissociatives Archives - Kali Research Supply", """
<header id="masthead">
<div class="top-strip">&#9889; Same-day dispatch on orders before 2pm EST &middot; Discreet vacuum-sealed packaging &middot; 100% reship guarantee &#9889;</div>
<div class="site-branding"><a href="/"><img src="/wp-content/uploads/2024/03/logo-kali.png" alt="Kali Research Supply"></a></div>
<nav class="main-navigation">
<ul><li><a href="/">Home</a></li><li><a href="/shop/">Shop</a><ul class="sub-menu"><li><a href="/product-category/dissociatives/">Dissociatives</a></li><li><a href="/product-category/psychedelics/">Psychedelics</a></li><li><a href="/product-category/stimulants/">Stimulants</a></li><li><a href="/product-category/benzos/">Benzos</a></li><li><a href="/product-category/pain-relief/">Pain Relief</a></li></ul></li><li><a href="/how-to-order/">How to Order</a></li><li><a href="/shipping-policy/">Shipping</a></li><li><a href="/faq/">FAQ</a></li><li><a href="/contact-us/">Contact</a></li></ul>
</nav>
<div class="header-cart"><a href="/cart/">$0.00 <span class="count">0 items</span></a></div>
</header>
<div id="primary" class="content-area">
<nav class="woocommerce-breadcrumb"><a href="/">Home</a>&nbsp;/&nbsp;Dissociatives</nav>
<h1 class="page-title">Dissociatives</h1>
<div class="term-description"><p>Looking to buy ketamine online? Kali Research Supply stocks lab-tested dissociatives with purity of 99% and above, shipped from inside the USA so there is no customs risk. All of our products are sold for research use. Order with confidence &ndash; we have served over 12,000 customers since 2019.</p></div>
<p class="woocommerce-result-count">Showing all 9 results</p>
<form class="woocommerce-ordering"><select name="orderby"><option>Default sorting</option><option>Sort by popularity</option><option>Sort by price: low to high</option></select></form>
<ul class="products columns-3">
<li class="product"><a href="/product/ketamine-hcl-crystal/"><img src="/wp-content/uploads/ket-crystal.jpg" alt=""><h2>Ketamine HCL Crystal (Shards)</h2><span class="star-rating">Rated 4.86 out of 5</span><span class="price">$65.00 &ndash; $1,450.00</span></a><a href="?add-to-cart=1181" class="button">Select options</a></li>
<li class="product"><a href="/product/ketamine-powder/"><img src="/wp-content/uploads/ket-powder.jpg" alt=""><h2>Ketamine Powder (Needle Point)</h2><span class="price">$60.00 &ndash; $1,300.00</span></a><a href="?add-to-cart=1185" class="button">Select options</a></li>
<li class="product"><a href="/product/ketalar-50mg-ml-10ml/"><img src="/wp-content/uploads/ketalar-vial.jpg" alt=""><h2>Ketalar 50mg/ml &ndash; 10ml Vial</h2><span class="onsale">Sale!</span><span class="price"><del>$120.00</del> <ins>$95.00</ins></span></a><a href="?add-to-cart=1190" class="button">Add to cart</a></li>
<li class="product"><a href="/product/ketaset-100mg-ml/"><img src="/wp-content/uploads/ketaset.jpg" alt=""><h2>Ketaset 100mg/ml (Veterinary)</h2><span class="price">$110.00</span></a><a href="?add-to-cart=1194" class="button">Add to cart</a></li>
<li class="product"><a href="/product/esketamine-nasal-spray/"><img src="/wp-content/uploads/esk.jpg" alt=""><h2>Esketamine Nasal Spray 28mg</h2><span class="price">$340.00</span></a><a href="?add-to-cart=1201" class="button">Add to cart</a></li>
<li class="product"><a href="/product/2-fdck/"><img src="/wp-content/uploads/2fdck.jpg" alt=""><h2>2-FDCK Crystal</h2><span class="price">$55.00 &ndash; $890.00</span></a><a href="?add-to-cart=1207" class="button">Select options</a></li>
<li class="product"><a href="/product/3-meo-pce/"><h2>3-MeO-PCE</h2><span class="price">$70.00 &ndash; $950.00</span></a><a href="?add-to-cart=1210" class="button">Select options</a></li>
<li class="product"><a href="/product/o-pce/"><h2>O-PCE</h2><span class="outofstock">Out of stock</span><span class="price">$80.00</span></a><a href="/product/o-pce/" class="button">Read more</a></li>
<li class="product"><a href="/product/dck-deschloroketamine/"><h2>DCK (Deschloroketamine)</h2><span class="price">$60.00 &ndash; $900.00</span></a><a href="?add-to-cart=1216" class="button">Select options</a></li>
</ul>
</div>
<aside id="secondary" class="widget-area">
<section class="widget"><h3>Payment Methods</h3><p>Bitcoin &middot; Litecoin &middot; USDT (TRC20) &middot; Zelle &middot; Cash App. Pay with crypto and get 10% off automatically at checkout.</p></section>
<section class="widget"><h3>Need help?</h3><p>Text or WhatsApp us: +1 (555) 014-2290<br>Wickr / Signal: kalisupply</p></section>
<section class="widget"><h3>Recent reviews</h3><ul><li>&ldquo;Arrived in 2 days to Ohio, super stealth, great shards&rdquo; &ndash; Mike R.</li><li>&ldquo;Second order, consistent as always&rdquo; &ndash; J.T.</li></ul></section>
</aside>
<footer class="site-footer">
<p>Disclaimer: all products are intended for laboratory research purposes only and are not for human consumption. By purchasing you confirm you are 21+.</p>
<p>&copy; 2026 Kali Research Supply &middot; <a href="/privacy-policy/">Privacy Policy</a> &middot; <a href="/refund_returns/">Refund and Returns Policy</a> &middot; <a href="/terms/">Terms</a></p>
</footer>
""", noise="cookie")

p("h14302", "https://dreamlandchems.example/product/ketamine-hcl-crystal-shards/", "seller", True, "en",
  "rc-product-page-medium", "Buy Ketamine HCL Crystal Shards Online | Dreamland Chems", """
<nav><a href="/">Home</a> | <a href="/shop">Shop</a> | <a href="/track-order">Track Order</a> | <a href="/cart">Cart</a></nav>
<div class="product">
<h1>Ketamine HCL Crystal Shards</h1>
<div class="rating">&#9733;&#9733;&#9733;&#9733;&#9733; (214 customer reviews)</div>
<p class="price">$70.00 &ndash; $1,600.00</p>
<div class="short-description">
<p>Premium quality ketamine hydrochloride shards, 99.7% purity verified by independent lab. Large clear crystals, clean and fast. Shipped in odor-proof, vacuum-sealed mylar with no markings.</p>
</div>
<form class="variations_form cart">
<label for="pa_quantity">Quantity</label>
<select id="pa_quantity" name="attribute_pa_quantity">
<option value="">Choose an option</option>
<option value="1g">1 gram &ndash; $70</option>
<option value="3g">3 grams &ndash; $180</option>
<option value="5g">5 grams &ndash; $260</option>
<option value="10g">10 grams &ndash; $420</option>
<option value="28g">28 grams (1 oz) &ndash; $850</option>
<option value="100g">100 grams &ndash; $1,600</option>
</select>
<button type="submit" class="single_add_to_cart_button">Add to cart</button>
</form>
<div class="product_meta">SKU: DC-KET-01 &middot; Category: <a href="/product-category/ketamine">Ketamine</a> &middot; Tags: k, special k, ket, ketamine for sale</div>
</div>
<div class="woocommerce-tabs">
<h2>Description</h2>
<p>Ketamine is a dissociative anesthetic first synthesized in 1962. Our shards are produced under strict quality control and are the same material trusted by our repeat customers across the US, Canada and Europe. No prescription is needed to order from Dreamland Chems.</p>
<h2>Shipping &amp; Delivery</h2>
<p>Domestic USA: 1&ndash;3 business days via USPS Priority. Canada &amp; EU: 5&ndash;9 business days. Every package ships with tracking. If your package is seized or lost we reship free of charge once (proof of tracking required).</p>
<h2>Reviews (214)</h2>
<div class="review"><strong>tonyd</strong> &ndash; &ldquo;Big shards, exactly as pictured. Paid with BTC, tracking came same night.&rdquo;</div>
<div class="review"><strong>k_lover88</strong> &ndash; &ldquo;Little slow to Toronto but it got there. Will reorder.&rdquo;</div>
<div class="review"><strong>Samantha</strong> &ndash; &ldquo;Customer service on Telegram was quick to answer.&rdquo;</div>
</div>
<section class="related"><h2>Related products</h2><ul><li>Ketamine Powder &ndash; $60.00</li><li>MDMA Crystal &ndash; $55.00</li><li>2-FDCK &ndash; $50.00</li></ul></section>
<footer>Dreamland Chems &copy; 2026. Telegram: @dreamlandchems_support</footer>
""")

p("h14303", "https://mindfulhighs.example/blog/where-to-buy-ketamine-online-2026/", "seller", True, "en",
  "affiliate-doorway-blog", "Where to Buy Ketamine Online in 2026: The Honest Guide (Tested Vendors)", """
<header><a href="/">MindfulHighs</a> <nav><a href="/blog/">Blog</a> <a href="/reviews/">Vendor Reviews</a> <a href="/guides/">Guides</a> <a href="/about/">About</a></nav></header>
<article>
<h1>Where to Buy Ketamine Online in 2026: The Honest Guide</h1>
<p class="byline">By Jake Marlow &middot; Updated November 28, 2026 &middot; 11 min read</p>
<p class="disclosure"><em>Disclosure: some links on this page are affiliate links. If you purchase through them we may earn a commission at no extra cost to you.</em></p>
<p>Ketamine has gone mainstream. Between the infusion clinics popping up in every strip mall and the at-home apps, a lot of people are asking the obvious question: can I just buy it online? The short answer is yes &ndash; if you know where to look. Clinics charge $400 to $800 per session and most want a diagnosis first. For many of our readers that is simply not realistic.</p>
<h2>What to look for in a vendor</h2>
<ul>
<li>Lab testing (ask for a recent COA)</li>
<li>Domestic shipping so your package does not cross customs</li>
<li>A reship policy if something gets lost</li>
<li>Crypto payment options &ndash; better privacy for you</li>
</ul>
<h2>Our top pick: Dreamland Chems</h2>
<p>We ordered 5g from <a href="https://dreamlandchems.example/?ref=mindfulhighs" rel="sponsored nofollow">Dreamland Chems</a> three times this year. Every order arrived within three days in plain packaging. Shards tested clean on a reagent kit. Use code <strong>MINDFUL15</strong> for 15% off your first order.</p>
<p><a class="btn" href="https://dreamlandchems.example/?ref=mindfulhighs" rel="sponsored nofollow">Visit Dreamland Chems &rarr;</a></p>
<h2>Runner-up: Kali Research Supply</h2>
<p>Kali ships from the US too and also carries vials if you prefer liquid. Slightly more expensive but they accept Zelle and Cash App, which is handy if you do not hold crypto.</p>
<p><a class="btn" href="https://kaliresearchsupply.example/?aff=mh22" rel="sponsored nofollow">Check prices at Kali &rarr;</a></p>
<h2>What about darknet markets?</h2>
<p>Markets come and go and exit scams are common. For beginners we think a reputable clearnet vendor is the lower-stress option.</p>
<h2>Is it legal?</h2>
<p>Ketamine is a Schedule III controlled substance in the US. We are not lawyers; this article is for informational purposes only. Always start low and never mix with alcohol.</p>
</article>
<aside><h3>Popular</h3><ul><li><a href="/blog/best-2fdck-vendors/">Best 2-FDCK vendors</a></li><li><a href="/blog/ketamine-dosage-chart/">Ketamine dosage chart</a></li><li><a href="/blog/mushroom-spores-usa/">Where to buy mushroom spores</a></li></ul></aside>
<footer>&copy; 2026 MindfulHighs. Not medical advice.</footer>
""")

p("h14304", "https://sacramento.classifiedsnow.example/health-beauty/ketamine-liquid-vials-and-powder-available-56712093.html", "seller", True, "en",
  "classified-ad-short", "Ketamine liquid vials and powder available - Sacramento Classifieds", """
<div class="crumbs"><a href="/">ClassifiedsNow</a> &gt; <a href="/sacramento/">Sacramento</a> &gt; <a href="/sacramento/health-beauty/">Health &amp; Beauty</a></div>
<h1>Ketamine liquid vials and powder available</h1>
<div class="meta">Posted 3 hours ago &middot; Sacramento, CA &middot; Price: $90</div>
<div class="ad-body">
<p>Hello we have high quality ketamine available both liquid vials (Ketalar / Ketaset) and powder. Also pain pills, Xanax bars, Adderall. No script needed. Discreet delivery in Sacramento area same day, we ship nationwide overnight.</p>
<p>Serious buyers only. Text or WhatsApp +1 555 019 7734 or Telegram @ketplugca</p>
</div>
<div class="ad-actions"><a href="#">Reply</a> <a href="#">Report ad</a> <a href="#">Save</a></div>
<div class="safety">Stay safe: meet in public places and never send money before seeing an item.</div>
""")

p("h14305", "https://instagram.example/ketvibes.world", "seller", True, "en",
  "social-bio-txt", "ketvibes.world", """
ketvibes.world
🌍 worldwide shipping 📦 stealth 100%
💊 ket | mdma | carts | shrooms | vials
💯 reship if seized
👇 menu + prices on telegram
📲 t.me/ketvibesworld
❌ no dumb questions, no cash on delivery
""", ext="txt")

p("h14306", "https://medsnorxpharmacy.example/ketalar-ketamine-injection.html", "seller", True, "en",
  "fake-online-pharmacy", "Buy Ketalar (Ketamine) Injection Without Prescription - MedsNoRx Pharmacy", """
<div class="top">&#128222; Toll-free 24/7: +1-555-0199 &nbsp; | &nbsp; Worldwide delivery &nbsp; | &nbsp; Secure SSL checkout</div>
<header><h2>MedsNoRx Online Pharmacy</h2><nav><a href="/">Home</a> <a href="/bestsellers.html">Bestsellers</a> <a href="/pain-relief.html">Pain Relief</a> <a href="/anxiety.html">Anxiety</a> <a href="/sleep.html">Sleep</a> <a href="/erectile-dysfunction.html">Men's Health</a> <a href="/faq.html">FAQ</a> <a href="/cart.html">Cart</a></nav></header>
<main>
<h1>Ketalar (Ketamine Hydrochloride) Injection</h1>
<p><strong>Active ingredient:</strong> Ketamine hydrochloride<br><strong>Manufacturer:</strong> Par Pharmaceutical / generic equivalent<br><strong>Availability:</strong> In stock</p>
<table class="prices">
<tr><th>Package</th><th>Price</th><th>Per vial</th><th>Savings</th><th></th></tr>
<tr><td>50 mg/ml x 5 vials</td><td>$189.00</td><td>$37.80</td><td>&ndash;</td><td><a href="/cart.html?add=ket5">Add to cart</a></td></tr>
<tr><td>50 mg/ml x 10 vials</td><td>$349.00</td><td>$34.90</td><td>$29</td><td><a href="/cart.html?add=ket10">Add to cart</a></td></tr>
<tr><td>50 mg/ml x 20 vials</td><td>$620.00</td><td>$31.00</td><td>$136</td><td><a href="/cart.html?add=ket20">Add to cart</a></td></tr>
<tr><td>100 mg/ml x 10 vials</td><td>$560.00</td><td>$56.00</td><td>&ndash;</td><td><a href="/cart.html?add=ket100">Add to cart</a></td></tr>
</table>
<p class="badges">&#10004; No prescription required &#10004; Free online consultation included &#10004; Discreet packaging &#10004; Money back guarantee</p>
<h2>Product Information</h2>
<p>Ketalar is a rapid-acting general anesthetic used for diagnostic and surgical procedures. It is also used off-label for treatment-resistant depression and chronic pain. Ketalar is given by intravenous or intramuscular injection.</p>
<h2>Online consultation</h2>
<p>Complete our short medical questionnaire at checkout. Our doctor reviews it and approves your order the same day. There is no need to visit a physician or send a paper prescription.</p>
<h2>Payment</h2>
<p>We accept Visa, MasterCard, Bitcoin and bank transfer. Orders paid in Bitcoin receive free express shipping.</p>
</main>
<footer><p>MedsNoRx is a licensed international pharmacy partner. Products ship from our fulfilment centres in India, Singapore and the EU. &copy; 2026</p></footer>
""")

p("h14307", "https://buy-ketamine-powder-online.example/", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="main-wrapper" role="main">
<div class="main-content">
<h1 class="zone-name-title h1">buy-ketamine-powder-online.example</h1>
<h2 class="h2" id="challenge-running">Checking if the site connection is secure</h2>
<noscript><div class="h2"><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></noscript>
<div id="challenge-body-text" class="core-msg spacer">buy-ketamine-powder-online.example needs to review the security of your connection before proceeding.</div>
</div>
</div>
<div class="footer" role="contentinfo"><div class="footer-inner"><div class="clearfix diagnostic-wrapper"><div class="ray-id">Ray ID: <code>8f2a61c0bd7e93a1</code></div></div><div class="text-center">Performance &amp; security by a CDN provider</div></div></div>
""")

p("h14308", "https://chemicalwizards-uk.example/research-chemicals/arylcyclohexylamines/3-meo-pce", "seller", True, "en",
  "uk-analogue-vendor-long", "3-MeO-PCE | Arylcyclohexylamines | Chemical Wizards UK", """
<div class="announcement">UK orders dispatched Royal Mail Tracked 24 &middot; EU via DHL &middot; Orders over &pound;150 ship free</div>
<header>
<a class="logo" href="/">Chemical Wizards <span>UK research supplies since 2015</span></a>
<form class="search"><input placeholder="Search products..."><button>Search</button></form>
<nav>
<a href="/research-chemicals/">Research Chemicals</a>
<a href="/research-chemicals/arylcyclohexylamines/">Arylcyclohexylamines</a>
<a href="/research-chemicals/tryptamines/">Tryptamines</a>
<a href="/research-chemicals/benzofurans/">Benzofurans</a>
<a href="/pellets/">Pellets</a>
<a href="/blotters/">Blotters</a>
<a href="/lab-equipment/">Lab Equipment</a>
<a href="/testing-kits/">Reagent Kits</a>
<a href="/account/">My Account</a>
<a href="/basket/">Basket (0)</a>
</nav>
</header>
<main>
<div class="breadcrumb">Home &rsaquo; Research Chemicals &rsaquo; Arylcyclohexylamines &rsaquo; 3-MeO-PCE</div>
<h1>3-MeO-PCE (3-Methoxyeticyclidine) Powder</h1>
<p class="stock in-stock">In stock &ndash; batch CW-2611</p>
<table class="tier-prices">
<tr><th>Weight</th><th>Price</th></tr>
<tr><td>250 mg</td><td>&pound;14.99</td></tr>
<tr><td>500 mg</td><td>&pound;24.99</td></tr>
<tr><td>1 g</td><td>&pound;39.99</td></tr>
<tr><td>5 g</td><td>&pound;129.99</td></tr>
<tr><td>10 g</td><td>&pound;219.99</td></tr>
<tr><td>25 g</td><td>&pound;449.99</td></tr>
</table>
<form><select name="weight"><option>1 g</option><option>5 g</option></select> <input type="number" value="1"> <button>Add to basket</button></form>
<h2>Chemical data</h2>
<table>
<tr><td>IUPAC name</td><td>N-ethyl-1-(3-methoxyphenyl)cyclohexan-1-amine</td></tr>
<tr><td>Formula</td><td>C15H23NO</td></tr>
<tr><td>Molar mass</td><td>233.35 g/mol</td></tr>
<tr><td>Appearance</td><td>White crystalline powder</td></tr>
<tr><td>Purity</td><td>&gt;99% (HPLC, certificate available on request)</td></tr>
</table>
<h2>Description</h2>
<p>3-MeO-PCE is an arylcyclohexylamine research chemical structurally related to ketamine and PCP. It is supplied as the hydrochloride salt for in-vitro analytical and forensic research. Customers researching related compounds may also be interested in our <a href="/research-chemicals/arylcyclohexylamines/2-fdck">2-FDCK</a>, <a href="/research-chemicals/arylcyclohexylamines/dck">DCK</a> and <a href="/research-chemicals/arylcyclohexylamines/o-pce">O-PCE</a>.</p>
<p class="warning"><strong>This product is not for human consumption.</strong> It is sold strictly for laboratory research. We will not answer questions about dosage, effects or consumption and such enquiries will result in order cancellation.</p>
<h2>Delivery</h2>
<p>All orders are packed in plain, discreet outer packaging with no company name. Payment by bank transfer, Bitcoin, Monero or Revolut. Card payments are temporarily unavailable.</p>
<h2>Customer reviews</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; &ldquo;Fast to Manchester, nice fluffy powder&rdquo; &ndash; Dan<br>&#9733;&#9733;&#9733;&#9733;&#9733; &ldquo;Arrived in Dublin in 3 days, will order again&rdquo; &ndash; Aoife</p>
</main>
<footer>
<div class="cols"><div><h4>Information</h4><a href="/delivery">Delivery</a> <a href="/returns">Returns</a> <a href="/legal">Legal disclaimer</a> <a href="/privacy">Privacy</a></div><div><h4>Support</h4><a href="/contact">Contact</a> <a href="/faq">FAQ</a> support@chemicalwizards-uk.example</div></div>
<p>You must be 18 or over to purchase. Products are not medicines, foods or cosmetics. &copy; 2026 Chemical Wizards UK</p>
</footer>
""", noise="cookie")

p("h14309", "https://ketamin-shop24.example/ketamin-kaufen", "seller", True, "de",
  "german-shop-medium", "Ketamin kaufen ohne Rezept - diskreter Versand in DE, AT, CH | Ketamin-Shop24", """
<header><a href="/">Ketamin-Shop24</a>
<nav><a href="/">Startseite</a> <a href="/ketamin-kaufen">Ketamin kaufen</a> <a href="/esketamin">Esketamin</a> <a href="/versand">Versand &amp; Zahlung</a> <a href="/faq">Häufige Fragen</a> <a href="/kontakt">Kontakt</a> <a href="/warenkorb">Warenkorb</a></nav></header>
<main>
<h1>Ketamin online kaufen &ndash; schnell, sicher und diskret</h1>
<p>Sie möchten Ketamin kaufen, ohne lange auf einen Arzttermin zu warten? Bei uns erhalten Sie hochreines Ketamin-Hydrochlorid als Kristall, Pulver oder Injektionslösung &ndash; ganz ohne Rezept. Versand innerhalb von 24 Stunden aus einem EU-Lager, neutral verpackt ohne Absender.</p>
<h2>Unsere Preise</h2>
<ul>
<li>Ketamin Kristall 1 g &ndash; 55 &euro;</li>
<li>Ketamin Kristall 5 g &ndash; 220 &euro;</li>
<li>Ketamin Kristall 10 g &ndash; 390 &euro;</li>
<li>Ketamin-Injektionslösung 50 mg/ml, 10 ml &ndash; 85 &euro;</li>
<li>Esketamin Nasenspray 28 mg &ndash; 290 &euro;</li>
</ul>
<p><a class="button" href="/warenkorb?add=ket-kristall">In den Warenkorb</a></p>
<h2>Bezahlung</h2>
<p>Bitcoin, Monero, Paysafecard oder Vorkasse per SEPA-Überweisung. Bei Zahlung mit Kryptowährung erhalten Sie 10 % Rabatt.</p>
<h2>Versand</h2>
<p>Deutschland 1&ndash;2 Werktage, Österreich und Schweiz 2&ndash;4 Werktage. Sollte eine Sendung vom Zoll einbehalten werden, senden wir einmalig kostenlos neu.</p>
<h2>Ist Ketamin legal?</h2>
<p>Ketamin ist in Deutschland verschreibungspflichtig. Mit dem Kauf bestätigen Sie, dass Sie selbst für die Einhaltung der Gesetze in Ihrem Land verantwortlich sind.</p>
</main>
<footer>Fragen? Schreiben Sie uns auf Telegram: @ketaminshop24 &middot; &copy; 2026 Ketamin-Shop24 &middot; <a href="/impressum">Impressum</a> &middot; <a href="/agb">AGB</a></footer>
""", noise="cookie-de")

p("h14310", "https://farmaciaexpress-es.example/comprar-ketamina-online", "seller", True, "es",
  "spanish-shop-medium", "Comprar ketamina online en España | Envío discreto 24/48h", """
<div class="topbar">Envío gratis a partir de 100 &euro; &middot; Atención por WhatsApp de 10h a 22h</div>
<header><a href="/">FarmaciaExpress</a>
<nav><a href="/">Inicio</a> <a href="/tienda">Tienda</a> <a href="/comprar-ketamina-online">Ketamina</a> <a href="/ansioliticos">Ansiolíticos</a> <a href="/analgesicos">Analgésicos</a> <a href="/envios">Envíos</a> <a href="/contacto">Contacto</a></nav></header>
<main>
<h1>Comprar ketamina online</h1>
<p>¿Buscas dónde comprar ketamina en España? En FarmaciaExpress te la enviamos en 24/48 horas a toda la península y Baleares, en paquete discreto y sin remitente. No necesitas receta médica.</p>
<div class="productos">
<div class="producto"><h3>Ketamina cristal 1 g</h3><p class="precio">60 &euro;</p><a href="/carrito?add=101">Añadir al carrito</a></div>
<div class="producto"><h3>Ketamina cristal 5 g</h3><p class="precio">250 &euro;</p><a href="/carrito?add=105">Añadir al carrito</a></div>
<div class="producto"><h3>Ketamidor 100 mg/ml vial 10 ml (uso veterinario)</h3><p class="precio">95 &euro;</p><a href="/carrito?add=110">Añadir al carrito</a></div>
<div class="producto"><h3>Ketolar 50 mg/ml caja 5 ampollas</h3><p class="precio">140 &euro;</p><a href="/carrito?add=115">Añadir al carrito</a></div>
</div>
<h2>Formas de pago</h2>
<p>Bizum, transferencia bancaria y Bitcoin. También aceptamos pago contra reembolso en Madrid y Barcelona.</p>
<h2>Preguntas frecuentes</h2>
<p><strong>¿Es seguro el envío?</strong> Sí, enviamos al vacío y en sobre acolchado sin logos. Si el paquete no llega, lo reenviamos.</p>
<p><strong>¿Envían a Portugal o Andorra?</strong> Sí, consulta por WhatsApp: +34 600 000 713.</p>
</main>
<footer>&copy; 2026 FarmaciaExpress. <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Política de privacidad</a></footer>
""", noise="cookie-es")

p("h14311", "https://kplanete.example/acheter-ketamine-en-ligne/", "seller", True, "fr",
  "french-shop-short", "Acheter kétamine en ligne – livraison discrète France, Belgique, Suisse", """
<nav><a href="/">Accueil</a> &middot; <a href="/boutique/">Boutique</a> &middot; <a href="/livraison/">Livraison</a> &middot; <a href="/contact/">Contact</a></nav>
<h1>Acheter de la kétamine en ligne</h1>
<p>Kétamine de qualité pharmaceutique, cristaux ou poudre, livrée en 48 à 72 h partout en France, en Belgique et en Suisse. Emballage neutre sous vide, aucune ordonnance demandée.</p>
<p><strong>Tarifs :</strong> 1 g 50 &euro; &middot; 3 g 130 &euro; &middot; 5 g 200 &euro; &middot; 10 g 360 &euro;</p>
<p>Paiement en Bitcoin, USDT ou coupons PCS / Transcash. Commande et suivi sur Telegram <a href="https://t.me/kplanete_fr">@kplanete_fr</a> ou Signal.</p>
<p><a class="btn" href="/boutique/ketamine-cristal/">Commander maintenant</a></p>
<p class="small">Renvoi gratuit en cas de saisie douanière (une fois par client).</p>
""", noise="cookie-fr")

p("h14312", "https://researchchem-nl.example/shop/2-fdck-kopen", "seller", True, "nl",
  "dutch-rc-shop-medium", "2-FDCK kopen | Fluorexetamine en ketamine alternatieven | ResearchChem NL", """
<header><a href="/">ResearchChem NL</a>
<nav><a href="/shop">Shop</a> <a href="/shop/dissociatieven">Dissociatieven</a> <a href="/shop/psychedelica">Psychedelica</a> <a href="/shop/testkits">Testkits</a> <a href="/verzending">Verzending</a> <a href="/over-ons">Over ons</a> <a href="/winkelwagen">Winkelwagen (0)</a></nav></header>
<main>
<h1>2-FDCK kopen</h1>
<p>2-FDCK (2-fluorodeschloroketamine) is een dissociatief uit de arylcyclohexylamine-familie en een nauwe verwant van ketamine. Bij ResearchChem NL koop je 2-FDCK van hoge zuiverheid, getest in een onafhankelijk laboratorium.</p>
<table>
<tr><th>Hoeveelheid</th><th>Prijs</th></tr>
<tr><td>1 gram</td><td>&euro; 19,95</td></tr>
<tr><td>5 gram</td><td>&euro; 74,95</td></tr>
<tr><td>10 gram</td><td>&euro; 124,95</td></tr>
<tr><td>25 gram</td><td>&euro; 249,95</td></tr>
</table>
<p><button>In winkelwagen</button></p>
<h2>Betalen en verzenden</h2>
<p>Betaal veilig met iDEAL, Bancontact, Bitcoin of overschrijving. Voor 16:00 besteld = vandaag verzonden met PostNL, discreet verpakt in een brievenbuspakje. Verzending naar België, Duitsland en Frankrijk mogelijk.</p>
<h2>Let op</h2>
<p>Dit product is uitsluitend bedoeld voor wetenschappelijk onderzoek en niet geschikt voor menselijke consumptie. Je moet 18 jaar of ouder zijn om te bestellen.</p>
<h3>Ook interessant</h3>
<ul><li>DCK (deschloroketamine) &ndash; vanaf &euro; 24,95</li><li>3-MeO-PCE &ndash; vanaf &euro; 29,95</li><li>Ketamine reagent testkit &ndash; &euro; 12,50</li></ul>
</main>
<footer>ResearchChem NL &middot; KvK-nummer op aanvraag &middot; klantenservice@researchchem-nl.example</footer>
""", noise="cookie-nl")

p("h14313", "https://t.me.example/s/cetamina_pt_lisboa", "seller", True, "pt",
  "telegram-channel-txt", "Cetamina PT Lisboa - canal", """
Cetamina PT Lisboa 🇵🇹
2 340 subscritores

📌 MENU ATUALIZADO
Keta cristal 1g — 40€
Keta cristal 5g — 170€
Keta cristal 10g — 300€
Também MD, 2CB e cogumelos

🚚 Entrega em mão Lisboa / Porto / Algarve
📦 Envio CTT discreto para todo o Portugal e Espanha
💰 MB Way, Revolut ou cripto
✉️ Encomendas só por mensagem privada @keta_lx_oficial
⚠️ Não respondo a curiosos
""", ext="txt")

p("h14314", "https://annunci-facili.example/milano/salute/ketamina-disponibile-spedizione-rapida-889231", "seller", True, "it",
  "italian-classified-short", "Ketamina disponibile, spedizione rapida - Annunci Milano", """
<div class="bread"><a href="/">AnnunciFacili</a> &rsaquo; <a href="/milano/">Milano</a> &rsaquo; <a href="/milano/salute/">Salute e bellezza</a></div>
<h1>Ketamina disponibile, spedizione rapida</h1>
<p class="info">Pubblicato il 02/12/2026 &middot; Milano (MI) &middot; Privato</p>
<p>Ciao a tutti, disponibile ketamina di ottima qualità in cristalli, anche flaconi liquidi. Spedizione in tutta Italia in 24/48h con pacco anonimo, oppure consegna a mano su Milano. Senza ricetta. Prezzi onesti, sconti per quantità.</p>
<p>Pagamento con ricarica PostePay, bonifico istantaneo o crypto.</p>
<p>Contatti solo WhatsApp o Telegram: +39 333 000 4418</p>
<p class="tools"><a href="#">Contatta l'inserzionista</a> &middot; <a href="#">Segnala annuncio</a></p>
""")

# ---------------------------------------------------------------- telehealth (9)

p("h14315", "https://tidewellhealth.example/at-home-ketamine-therapy", "telehealth", False, "en",
  "telehealth-landing-long", "At-Home Ketamine Therapy for Depression & Anxiety | Tidewell Health", """
<header class="nav">
<a href="/" class="logo">Tidewell</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/science">The science</a> <a href="/states">Where we operate</a> <a href="/faq">FAQ</a> <a href="/login">Log in</a> <a class="cta" href="/get-started">Take the assessment</a></nav>
</header>
<section class="hero">
<h1>Ketamine therapy, guided by clinicians, from the comfort of home</h1>
<p>For adults living with depression or anxiety who have not found relief with standard treatments. Start with a free 5-minute assessment &ndash; if ketamine may be right for you, you will meet a licensed psychiatric clinician by video.</p>
<a class="cta" href="/get-started">See if you qualify</a>
<p class="rating">Rated 4.7/5 from 3,900+ reviews &middot; HSA/FSA eligible</p>
</section>
<section class="steps">
<h2>How it works</h2>
<ol>
<li><h3>Take the assessment</h3><p>Answer questions about your mental health history, current medications and goals. This helps us see whether our program is a safe fit. It is not a prescription.</p></li>
<li><h3>Meet your clinician</h3><p>A board-certified psychiatrist or psychiatric nurse practitioner licensed in your state reviews your history, checks your blood pressure readings and medications and talks with you by video. Not everyone is prescribed ketamine; about 1 in 4 applicants are referred to other care.</p></li>
<li><h3>Receive your treatment kit</h3><p>If prescribed, sublingual ketamine tablets are dispensed by our licensed partner pharmacy and shipped to your door with a blood pressure cuff, an eye mask and your journal.</p></li>
<li><h3>Sessions with support</h3><p>You complete sessions at home with a peer treatment monitor present. Your guide checks in before and after, and your clinician adjusts dosing at follow-up visits.</p></li>
<li><h3>Integrate</h3><p>Weekly integration circles and 1:1 coaching help you turn insights into lasting change.</p></li>
</ol>
</section>
<section class="safety">
<h2>Safety is built in</h2>
<ul>
<li>Medical screening for uncontrolled hypertension, psychosis, substance use disorders and pregnancy</li>
<li>Check-ins after every session; your clinician reviews your responses</li>
<li>Tablets are dispensed in limited quantities, one treatment series at a time</li>
<li>24/7 crisis resources and a care team you can message anytime</li>
</ul>
</section>
<section class="pricing-teaser">
<h2>Transparent pricing</h2>
<p>Initial 6-session program from $1,190, including clinician visits, medication and guide support. Payment plans available. <a href="/pricing">View pricing</a></p>
</section>
<section class="testimonials">
<blockquote>&ldquo;After ten years and six antidepressants I finally have some room to breathe.&rdquo; &ndash; Elena, Colorado</blockquote>
<blockquote>&ldquo;My NP actually listened, and she lowered my dose when I felt too much.&rdquo; &ndash; Marcus, Florida</blockquote>
</section>
<footer>
<p>Tidewell Health provides management services to Tidewell Medical Group, P.C., an independent medical practice. Ketamine is FDA-approved as an anesthetic; its use for depression and anxiety is off-label. Individual results vary. If you are in crisis call or text 988.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/telehealth-consent">Telehealth consent</a> &middot; &copy; 2026 Tidewell Health</p>
</footer>
""", noise="cookie")

p("h14316", "https://tidewellhealth.example/faq", "telehealth", False, "en",
  "telehealth-faq-medium", "Frequently Asked Questions | Tidewell Health", """
<nav><a href="/">Tidewell</a> <a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a></nav>
<h1>Frequently asked questions</h1>
<h3>Do I need a prescription from my own doctor?</h3>
<p>No. Our clinicians are licensed to evaluate and, when appropriate, prescribe. You will have a live video appointment before any medication is prescribed. We may ask for records from your primary care provider or therapist.</p>
<h3>Can I just order ketamine tablets?</h3>
<p>No. Ketamine is a controlled substance and we only prescribe after a full psychiatric evaluation. We do not sell ketamine, and we never ship medication without a current prescription from one of our clinicians.</p>
<h3>Who fills the prescription?</h3>
<p>A licensed 503A partner pharmacy fills and ships your prescription in tamper-evident packaging that requires a signature on delivery.</p>
<h3>Is this covered by insurance?</h3>
<p>Ketamine for mental health is generally not covered. Some members are reimbursed for the clinician visits using a superbill. You can use HSA/FSA funds.</p>
<h3>What if I feel unwell during a session?</h3>
<p>Stop the session and contact your care team through the app. For emergencies call 911. Your treatment monitor should stay with you for the full session.</p>
<h3>Which states do you serve?</h3>
<p>See our <a href="/states">states page</a>; we are currently available in 28 states.</p>
""")

p("h14317", "https://tidewellhealth.example/pricing", "telehealth", False, "en",
  "telehealth-pricing-medium", "Pricing | Tidewell Health", """
<nav><a href="/">Tidewell</a> <a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a> <a href="/get-started">Get started</a></nav>
<h1>Simple, transparent pricing</h1>
<div class="plans">
<div class="plan"><h2>Starter program</h2><p class="price">$1,190</p><p>or 4 payments of $297.50</p><ul><li>Psychiatric evaluation by video</li><li>6 guided at-home sessions</li><li>Medication, if prescribed</li><li>2 follow-up clinician visits</li><li>Integration circle access</li></ul><a class="btn" href="/get-started">Start assessment</a></div>
<div class="plan featured"><h2>Program + coaching</h2><p class="price">$1,490</p><ul><li>Everything in Starter</li><li>4 one-on-one integration coaching calls</li><li>Priority messaging</li></ul><a class="btn" href="/get-started">Start assessment</a></div>
<div class="plan"><h2>Maintenance membership</h2><p class="price">$229 / month</p><ul><li>For members who completed a program</li><li>Monthly clinician check-in</li><li>Up to 2 sessions per month if prescribed</li><li>Cancel anytime</li></ul></div>
</div>
<p class="note">Your card is only charged after your clinician confirms you are a candidate. If you are not approved after the evaluation, the program fee is refunded in full (minus a $49 evaluation fee). Prices do not include shipping ($15) or tax.</p>
<p class="note">We accept all major credit cards, HSA/FSA cards and financing through our lending partner.</p>
""", noise="cookie")

p("h14318", "https://tidewellhealth.example/clinicians", "telehealth", False, "en",
  "telehealth-roster-short", "Our Clinicians | Tidewell Health", """
<h1>Meet our clinicians</h1>
<p>Every Tidewell member is cared for by a licensed psychiatric prescriber in their state.</p>
<div class="card"><h3>Dr. Renata Alvarez, MD</h3><p>Medical Director &middot; Board-certified psychiatrist &middot; Licensed in CA, CO, NY, TX, WA</p></div>
<div class="card"><h3>Kevin O'Malley, PMHNP-BC</h3><p>Psychiatric nurse practitioner &middot; Licensed in FL, GA, NC, VA</p></div>
<div class="card"><h3>Priya Natarajan, DNP, PMHNP</h3><p>Licensed in IL, MI, MN, OH, WI</p></div>
<div class="card"><h3>Dr. Samuel Becker, DO</h3><p>Psychiatrist, addiction medicine &middot; Licensed in AZ, NV, OR, UT</p></div>
<p><a href="/careers">We're hiring psychiatric NPs &rarr;</a></p>
""")

p("h14319", "https://northlightvirtualcare.example/en/services/treatment-resistant-depression", "telehealth", False, "en",
  "canadian-virtual-psychiatry-referral", "Treatment-Resistant Depression | Northlight Virtual Care (Ontario)", """
<header><a href="/en/">Northlight Virtual Care</a> <nav><a href="/en/services/">Services</a> <a href="/en/referrals/">For referring physicians</a> <a href="/en/fees/">Fees</a> <a href="/en/about/">About</a> <a href="/fr/services/depression-resistante">Français</a></nav></header>
<main>
<h1>Treatment-resistant depression assessment</h1>
<p>Northlight is a virtual psychiatry practice serving adults across Ontario and British Columbia. Our psychiatrists provide consultations by secure video, usually within three weeks of referral.</p>
<h2>What we offer</h2>
<ul>
<li>A comprehensive psychiatric assessment by video (60&ndash;90 minutes)</li>
<li>Medication optimisation and augmentation strategies</li>
<li>Assessment of eligibility for esketamine (Spravato) nasal spray</li>
<li>Coordination with rTMS and ECT programs</li>
</ul>
<h2>Esketamine (Spravato)</h2>
<p>Esketamine must be administered in a certified treatment centre where you are monitored for at least two hours after each dose. We do not dispense esketamine. If our psychiatrist recommends it, we refer you to one of our partner treatment centres in Toronto, Ottawa, Hamilton or Vancouver, help you apply for coverage through your private insurer or the manufacturer's patient support program, and continue to follow you virtually.</p>
<h2>Fees</h2>
<p>Psychiatric consultations are covered by OHIP and MSP with a physician or nurse practitioner referral. Uninsured self-referral assessments are available for $450.</p>
<p><a class="btn" href="/en/referrals/">Referral form (PDF)</a> &middot; Fax: 1-555-010-3321</p>
</main>
<footer>&copy; 2026 Northlight Virtual Care Inc. Not an emergency service. If you are in crisis, call or text 988.</footer>
""")

p("h14320", "https://calmwavecare.example/how-it-works", "telehealth", False, "en",
  "telehealth-snippet-txt", "How it works - CalmWave", """
How CalmWave works
1. Intake (15 min online). 2. Video visit with a licensed psychiatric provider in your state - they decide whether at-home ketamine is appropriate. 3. If prescribed, our partner pharmacy ships your lozenges with a BP monitor. 4. First session is done on video with your provider watching. 5. Follow-ups every 2 weeks. Membership $199/mo after the first month ($349). Not available in all states.
""", ext="txt")

p("h14321", "https://psychiatrie-online-praxis.example/behandlungen/therapieresistente-depression", "telehealth", False, "de",
  "german-telepsychiatry-medium", "Therapieresistente Depression – Online-Sprechstunde | Psychiatrie Online Praxis", """
<header><a href="/">Psychiatrie Online Praxis</a>
<nav><a href="/behandlungen">Behandlungen</a> <a href="/ablauf">Ablauf</a> <a href="/kosten">Kosten</a> <a href="/team">Team</a> <a href="/termin">Termin buchen</a></nav></header>
<main>
<h1>Therapieresistente Depression: Beratung per Videosprechstunde</h1>
<p>Wenn zwei oder mehr Antidepressiva nicht ausreichend geholfen haben, sprechen Fachleute von einer therapieresistenten Depression. In unserer Online-Praxis beraten Sie Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie per Video &ndash; deutschlandweit, meist innerhalb von 10 Tagen.</p>
<h2>Ablauf</h2>
<ol>
<li>Online-Fragebogen und Upload vorhandener Befunde</li>
<li>Ausführliches Erstgespräch per Video (50 Minuten)</li>
<li>Behandlungsplan: Medikamentenanpassung, Psychotherapie-Empfehlung, ggf. Überweisung</li>
<li>Regelmäßige Verlaufskontrollen per Video</li>
</ol>
<h2>Esketamin-Nasenspray</h2>
<p>Esketamin (Spravato&reg;) ist für Erwachsene mit therapieresistenter Depression zugelassen. Die Anwendung erfolgt ausschließlich unter ärztlicher Aufsicht in einer Praxis oder Klinik mit anschließender Überwachung. Wir verordnen und verabreichen Esketamin nicht online. Kommt die Behandlung für Sie infrage, stellen wir eine Überweisung an eine unserer Partnerpraxen in Berlin, Hamburg, München oder Köln aus und begleiten Sie weiter per Video.</p>
<h2>Kosten</h2>
<p>Privatversicherte und Selbstzahler: Abrechnung nach GOÄ, Erstgespräch ca. 150&ndash;190 &euro;. Gesetzlich Versicherte: Videosprechstunde mit Überweisung möglich, begrenzte Plätze.</p>
<p><a class="btn" href="/termin">Jetzt Termin buchen</a></p>
</main>
<footer><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; Im Notfall: 112 oder Telefonseelsorge 0800 111 0 111</footer>
""", noise="cookie-de")

p("h14322", "https://telepsiquiatria-salud.example/esketamina", "telehealth", False, "es",
  "spanish-telepsychiatry-short", "Esketamina: valoración online con psiquiatra | TelePsiquiatría Salud", """
<nav><a href="/">TelePsiquiatría Salud</a> &middot; <a href="/servicios">Servicios</a> &middot; <a href="/tarifas">Tarifas</a> &middot; <a href="/cita">Pedir cita</a></nav>
<h1>¿Es la esketamina una opción para mí?</h1>
<p>Si tienes depresión resistente al tratamiento, uno de nuestros psiquiatras colegiados puede valorarte por videoconsulta desde cualquier lugar de España. Revisamos tu historia clínica, los tratamientos que has probado y tus informes.</p>
<p>La esketamina en espray nasal se administra siempre en un centro sanitario autorizado, con vigilancia posterior. Si es adecuada para ti, te derivamos a un centro colaborador en Madrid, Barcelona, Valencia o Sevilla y hacemos el seguimiento online.</p>
<p><strong>Primera consulta online:</strong> 95 &euro; &middot; Revisiones: 65 &euro;. Emitimos informe para tu aseguradora.</p>
<p><a class="btn" href="/cita">Reservar videoconsulta</a></p>
""", noise="cookie-es")

p("h14323", "https://calmwavecare.example/states", "telehealth", False, "en",
  "telehealth-states-nav-heavy", "Where CalmWave is available | State-by-state", """
<header><a href="/">CalmWave</a>
<nav><a href="/how-it-works">How it works</a> <a href="/conditions/depression">Depression</a> <a href="/conditions/anxiety">Anxiety</a> <a href="/conditions/ptsd">PTSD</a> <a href="/pricing">Membership</a> <a href="/providers">Providers</a> <a href="/blog">Blog</a> <a href="/login">Member login</a> <a href="/start">Start intake</a></nav></header>
<main>
<h1>Where we're available</h1>
<p>Our providers are licensed in the states below. You must be physically located in one of these states during every video visit and every ketamine session, and your medication can only be shipped to an address in that state.</p>
<ul class="states">
<li><a href="/states/arizona">Arizona</a></li><li><a href="/states/california">California</a></li><li><a href="/states/colorado">Colorado</a></li><li><a href="/states/connecticut">Connecticut</a></li><li><a href="/states/florida">Florida</a></li><li><a href="/states/georgia">Georgia</a></li><li><a href="/states/illinois">Illinois</a></li><li><a href="/states/maryland">Maryland</a></li><li><a href="/states/massachusetts">Massachusetts</a></li><li><a href="/states/michigan">Michigan</a></li><li><a href="/states/minnesota">Minnesota</a></li><li><a href="/states/new-jersey">New Jersey</a></li><li><a href="/states/new-york">New York</a></li><li><a href="/states/north-carolina">North Carolina</a></li><li><a href="/states/ohio">Ohio</a></li><li><a href="/states/oregon">Oregon</a></li><li><a href="/states/pennsylvania">Pennsylvania</a></li><li><a href="/states/texas">Texas</a></li><li><a href="/states/virginia">Virginia</a></li><li><a href="/states/washington">Washington</a></li>
</ul>
<p>Not in your state yet? <a href="/waitlist">Join the waitlist</a>.</p>
</main>
<footer>
<div class="cols">
<div><h4>Treatment</h4><a href="/how-it-works">How it works</a> <a href="/safety">Safety</a> <a href="/science">Research</a> <a href="/pricing">Pricing</a></div>
<div><h4>Company</h4><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/press">Press</a> <a href="/contact">Contact</a></div>
<div><h4>Legal</h4><a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/hipaa">HIPAA notice</a> <a href="/telehealth-consent">Telehealth consent</a></div>
</div>
<p>CalmWave Care, Inc. provides administrative services to affiliated professional medical corporations. &copy; 2026</p>
</footer>
""")

# ---------------------------------------------------------------- clinics (8)

p("h14324", "https://summitketaminewellness.example/", "clinic", False, "en",
  "iv-clinic-home-long", "Summit Ketamine & Wellness | IV Ketamine Infusions in Denver, CO", """
<div class="topbar">&#128222; (555) 013-8840 &nbsp;|&nbsp; 1420 Larimer St, Suite 300, Denver, CO &nbsp;|&nbsp; Mon&ndash;Sat 8am&ndash;6pm</div>
<header>
<a class="logo" href="/">Summit Ketamine &amp; Wellness</a>
<nav><a href="/">Home</a> <a href="/ketamine-infusions/">Ketamine Infusions</a> <a href="/spravato/">Spravato</a> <a href="/iv-hydration/">IV Hydration</a> <a href="/conditions/">Conditions Treated</a> <a href="/pricing/">Pricing</a> <a href="/team/">Our Team</a> <a href="/blog/">Blog</a> <a href="/contact/">Contact</a> <a class="btn" href="/book/">Book a Free Consultation</a></nav>
</header>
<section class="hero">
<h1>Feel like yourself again</h1>
<p>Medically supervised IV ketamine infusions for depression, anxiety, PTSD, OCD and chronic pain in a calm, private setting. Led by a board-certified anesthesiologist.</p>
<a class="btn" href="/book/">Book Your Free Consultation</a> <a class="btn-outline" href="/referral/">Provider referral</a>
</section>
<section class="conditions">
<h2>Conditions we treat</h2>
<ul><li>Treatment-resistant depression</li><li>Anxiety disorders</li><li>PTSD</li><li>Postpartum depression</li><li>Bipolar depression</li><li>Fibromyalgia</li><li>CRPS</li><li>Migraine</li></ul>
</section>
<section class="process">
<h2>What to expect</h2>
<p><strong>1. Free phone consultation.</strong> Talk with our patient coordinator about your history and goals.</p>
<p><strong>2. Medical evaluation.</strong> Our physician reviews your records, medications and vitals at an in-person intake visit. We coordinate with your psychiatrist or therapist.</p>
<p><strong>3. Infusion series.</strong> Six 40-minute infusions over two to three weeks. You recline in a private suite with a weighted blanket and music while a registered nurse monitors your heart rate, blood pressure and oxygen throughout.</p>
<p><strong>4. Recovery and ride home.</strong> You rest for 30 minutes afterwards. You must have a driver &ndash; no driving until the next day.</p>
<p><strong>5. Boosters.</strong> Many patients return for a single booster every 4 to 12 weeks.</p>
</section>
<section class="pricing">
<h2>Pricing</h2>
<table>
<tr><td>Initial consultation</td><td>Free</td></tr>
<tr><td>Medical intake visit</td><td>$150</td></tr>
<tr><td>Single IV ketamine infusion (mental health)</td><td>$475</td></tr>
<tr><td>Series of 6 infusions (prepaid)</td><td>$2,550 &ndash; save $300</td></tr>
<tr><td>Booster infusion</td><td>$425</td></tr>
<tr><td>Pain protocol infusion (up to 4 hours)</td><td>from $750</td></tr>
</table>
<p>We accept cash, all major credit cards, HSA/FSA and CareCredit financing. We provide superbills for out-of-network reimbursement. Spravato is billed to insurance.</p>
<a class="btn" href="/book/">Book Now</a> <a class="btn-outline" href="/gift-cards/">Gift Cards</a>
</section>
<section class="team">
<h2>Meet the team</h2>
<p><strong>Daniel Reyes, MD</strong> &ndash; Medical Director, board-certified anesthesiologist<br><strong>Hannah Li, PMHNP-BC</strong> &ndash; Psychiatric nurse practitioner<br><strong>Courtney Walsh, RN</strong> &ndash; Infusion nurse</p>
</section>
<section class="reviews"><h2>What our patients say</h2><p>&#9733;&#9733;&#9733;&#9733;&#9733; &ldquo;The staff made me feel so safe. By the fourth infusion the fog lifted.&rdquo; &ndash; Google review</p></section>
<footer>
<p>Summit Ketamine &amp; Wellness &middot; 1420 Larimer St, Suite 300, Denver, CO 80202 &middot; (555) 013-8840</p>
<p>Ketamine for psychiatric conditions is an off-label use. Results are not guaranteed. If you are experiencing a mental health emergency, call 988 or go to the nearest emergency room.</p>
<p><a href="/privacy/">Privacy Policy</a> &middot; <a href="/notice-of-privacy-practices/">HIPAA Notice</a> &middot; <a href="/good-faith-estimate/">Good Faith Estimate</a> &middot; &copy; 2026</p>
</footer>
""", noise="cookie")

p("h14325", "https://lakeshorebehavioral.example/services/spravato-esketamine", "clinic", False, "en",
  "spravato-rems-centre-medium", "Spravato (Esketamine) Treatment | Lakeshore Behavioral Health, Chicago", """
<header><a href="/">Lakeshore Behavioral Health</a> <nav><a href="/services/">Services</a> <a href="/providers/">Providers</a> <a href="/insurance/">Insurance</a> <a href="/locations/">Locations</a> <a href="/patient-portal/">Patient Portal</a> <a href="/request-appointment/">Request Appointment</a></nav></header>
<main>
<h1>Spravato&reg; (esketamine) nasal spray</h1>
<p>Lakeshore Behavioral Health is a certified Spravato REMS treatment center with offices in Lincoln Park and Oak Brook. Spravato is an FDA-approved nasal spray for adults with treatment-resistant depression and for depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behavior.</p>
<h2>What a treatment day looks like</h2>
<p>You self-administer the nasal spray in our office under the supervision of a healthcare provider. We check your blood pressure before and after the dose, and you stay in a comfortable monitoring room for at least two hours. You cannot drive until the next day after a restful sleep, so please arrange a ride.</p>
<h2>Schedule</h2>
<p>Weeks 1&ndash;4: twice weekly. Weeks 5&ndash;8: once weekly. Week 9 onwards: weekly or every two weeks, as determined by your psychiatrist.</p>
<h2>Insurance</h2>
<p>Spravato is covered by most commercial plans, Medicare and Illinois Medicaid with prior authorization. Our benefits team handles the authorization and can enroll you in the manufacturer's savings program, which may reduce your medication cost to as little as $10 per treatment.</p>
<h2>Getting started</h2>
<p>Existing patients can ask their Lakeshore psychiatrist. New patients need a psychiatric evaluation with one of our providers first; outside referrals are welcome.</p>
<p><a class="btn" href="/request-appointment/">Request an appointment</a> or call (555) 018-2200.</p>
</main>
<footer>&copy; 2026 Lakeshore Behavioral Health, LLC &middot; <a href="/nondiscrimination/">Nondiscrimination notice</a></footer>
""")

p("h14326", "https://summitketaminewellness.example/pay-my-bill/", "clinic", False, "en",
  "clinic-billing-short", "Pay My Bill | Summit Ketamine & Wellness", """
<nav><a href="/">Home</a> <a href="/pricing/">Pricing</a> <a href="/contact/">Contact</a></nav>
<h1>Pay your bill online</h1>
<p>Use our secure payment portal to pay an outstanding balance, a deposit for your infusion series, or a prepaid package. Please have your statement or patient account number ready.</p>
<form class="payment"><label>Patient account number <input name="acct"></label> <label>Amount <input name="amount" placeholder="$0.00"></label> <button>Continue to secure payment</button></form>
<p>A $100 deposit is required to hold your first infusion appointment; it is applied to your first infusion. Cancellations with less than 48 hours' notice forfeit the deposit.</p>
<p>Questions about your statement? Call our billing office at (555) 013-8841, Mon&ndash;Fri 9am&ndash;4pm.</p>
""")

p("h14327", "https://chu-exemple.example/services/centre-douleur/ketamine-douleur-chronique", "clinic", False, "fr",
  "french-hospital-pain-centre", "Perfusions de kétamine – Centre d'évaluation et de traitement de la douleur | CHU", """
<header><a href="/">CHU Exemple</a> <nav><a href="/patients-visiteurs/">Patients et visiteurs</a> <a href="/services/">Nos services</a> <a href="/professionnels/">Professionnels de santé</a> <a href="/recherche/">Recherche</a> <a href="/recrutement/">Recrutement</a> <a href="/contact/">Contact</a></nav></header>
<div class="fil-ariane">Accueil &gt; Nos services &gt; Centre d'évaluation et de traitement de la douleur &gt; Kétamine</div>
<main>
<h1>Les perfusions de kétamine en hôpital de jour</h1>
<p>Le Centre d'évaluation et de traitement de la douleur (CETD) du CHU propose, pour certains patients souffrant de douleurs chroniques rebelles (douleurs neuropathiques, syndrome douloureux régional complexe, fibromyalgie sévère), des perfusions intraveineuses de kétamine à faible dose.</p>
<h2>Comment se déroule la séance ?</h2>
<p>La perfusion est réalisée en hôpital de jour, au 3e étage du bâtiment B. Elle dure de 2 à 4 heures. Une infirmière surveille votre tension artérielle, votre fréquence cardiaque et votre saturation tout au long de la séance. Vous pouvez ressentir des sensations de flottement ou des modifications de la vision, qui disparaissent après l'arrêt de la perfusion.</p>
<p>Vous ne devez pas conduire le jour de la perfusion : prévoyez un accompagnant ou un transport.</p>
<h2>Qui peut en bénéficier ?</h2>
<p>L'indication est posée par un médecin du CETD après une consultation pluridisciplinaire. Une lettre de votre médecin traitant ou de votre spécialiste est nécessaire pour obtenir un premier rendez-vous.</p>
<h2>Prise en charge</h2>
<p>Les séances sont prises en charge par l'Assurance maladie dans le cadre de l'hospitalisation de jour. Le forfait journalier ne s'applique pas. Pensez à apporter votre carte Vitale et votre carte de mutuelle.</p>
<h2>Contact</h2>
<p>Secrétariat du CETD : 05 55 00 00 00, du lundi au vendredi de 9 h à 16 h 30.<br>Prise de rendez-vous en ligne via Doctolib.</p>
</main>
<footer>CHU Exemple &middot; <a href="/mentions-legales/">Mentions légales</a> &middot; <a href="/accessibilite/">Accessibilité</a></footer>
""", noise="cookie-fr")

p("h14328", "https://psypoli-deltaweg.example/behandelingen/esketamine", "clinic", False, "nl",
  "dutch-clinic-medium", "Esketamine neusspray bij therapieresistente depressie | Psypoli Deltaweg", """
<header><a href="/">Psypoli Deltaweg</a> <nav><a href="/behandelingen">Behandelingen</a> <a href="/aanmelden">Aanmelden</a> <a href="/kosten-en-vergoeding">Kosten en vergoeding</a> <a href="/wachttijden">Wachttijden</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Behandeling met esketamine neusspray</h1>
<p>Heeft u een depressie en hebben minstens twee antidepressiva onvoldoende geholpen? Dan kan behandeling met esketamine (Spravato&reg;) een mogelijkheid zijn. Onze polikliniek in Rotterdam biedt deze behandeling aan onder begeleiding van een psychiater en een verpleegkundig specialist.</p>
<h2>Hoe verloopt de behandeling?</h2>
<p>U gebruikt de neusspray zelf op onze behandelafdeling. Daarna blijft u ongeveer twee uur onder toezicht, zodat we uw bloeddruk kunnen controleren en u kunnen opvangen als u zich duizelig of ‘zweverig’ voelt. In de eerste vier weken komt u twee keer per week, daarna wekelijks of om de week.</p>
<p>U mag op de behandeldag niet zelf autorijden of fietsen.</p>
<h2>Aanmelden</h2>
<p>Voor aanmelding heeft u een verwijzing van uw huisarts of behandelend psychiater nodig. Na aanmelding volgt een intakegesprek en een lichamelijk onderzoek.</p>
<h2>Vergoeding</h2>
<p>De behandeling valt onder de basisverzekering (gespecialiseerde ggz). Uw eigen risico is van toepassing.</p>
<p>Huidige wachttijd tot intake: ca. 8 weken.</p>
</main>
<footer>Psypoli Deltaweg &middot; Deltaweg 12, Rotterdam &middot; 010-000 00 00 &middot; <a href="/privacy">Privacy</a> &middot; <a href="/klachten">Klachtenregeling</a></footer>
""", noise="cookie-nl")

p("h14329", "https://centromedicoserenita.example/trattamenti/esketamina-depressione-resistente", "clinic", False, "it",
  "italian-private-clinic-medium", "Esketamina per la depressione resistente | Centro Medico Serenità Torino", """
<header><a href="/">Centro Medico Serenità</a> <nav><a href="/chi-siamo">Chi siamo</a> <a href="/trattamenti">Trattamenti</a> <a href="/specialisti">Specialisti</a> <a href="/tariffe">Tariffe</a> <a href="/prenota">Prenota una visita</a></nav></header>
<main>
<h1>Trattamento con esketamina spray nasale</h1>
<p>Il nostro centro di Torino è autorizzato alla somministrazione di esketamina (Spravato&reg;) per pazienti adulti con depressione resistente al trattamento. Il percorso è seguito da un'équipe di psichiatri e infermieri.</p>
<h2>Il percorso</h2>
<ul>
<li>Prima visita psichiatrica con valutazione dei trattamenti precedenti (&euro; 180)</li>
<li>Esami di controllo e misurazione della pressione</li>
<li>Sedute di somministrazione in ambulatorio con osservazione di almeno due ore</li>
<li>Visite di controllo periodiche</li>
</ul>
<p>Il farmaco può essere erogato dal Servizio Sanitario Nazionale tramite i centri prescrittori autorizzati; per i pazienti in regime privato forniamo un preventivo personalizzato dopo la prima visita.</p>
<p>Dopo ogni seduta non è possibile guidare: è necessario essere accompagnati.</p>
<p><a class="btn" href="/prenota">Prenota la prima visita</a> &middot; Tel. 011 000 0000 &middot; WhatsApp per appuntamenti: 333 000 0000</p>
</main>
<footer>Centro Medico Serenità S.r.l. &middot; Direttore sanitario Dott.ssa Laura Ferri &middot; P.IVA 00000000000</footer>
""")

p("h14330", "https://clinicadadorlisboa.example/tratamentos/cetamina-dor-cronica", "clinic", False, "pt",
  "portuguese-pain-clinic-medium", "Cetamina endovenosa na dor crónica | Clínica da Dor Lisboa", """
<header><a href="/">Clínica da Dor Lisboa</a> <nav><a href="/sobre">Sobre nós</a> <a href="/tratamentos">Tratamentos</a> <a href="/equipa">Equipa</a> <a href="/acordos">Acordos e seguros</a> <a href="/marcacoes">Marcações</a></nav></header>
<main>
<h1>Perfusão de cetamina na dor crónica</h1>
<p>A cetamina em baixa dose, administrada por via endovenosa, pode ajudar doentes com dor neuropática, síndrome de dor regional complexa ou fibromialgia que não responderam a outros tratamentos. Na nossa clínica, a perfusão é realizada em sala de tratamento com monitorização contínua por anestesiologista.</p>
<h2>Como funciona</h2>
<p>Após consulta de avaliação com o médico anestesiologista, é definido um plano de 3 a 5 sessões. Cada sessão dura cerca de 2 horas, seguida de 30 minutos de recobro. Não deve conduzir no dia do tratamento.</p>
<h2>Preços</h2>
<p>Consulta de avaliação: 90 &euro;. Sessão de perfusão: 260 &euro;. Temos acordos com Médis, Multicare e AdvanceCare.</p>
<p><a class="btn" href="/marcacoes">Marcar consulta</a> ou ligue 21 000 0000.</p>
</main>
<footer>Clínica da Dor Lisboa &middot; Av. da República 00, Lisboa &middot; Licença ERS n.º 00000</footer>
""", noise="cookie-pt")

p("h14331", "https://harbourmindclinic.example/ketamine-assisted-psychotherapy", "clinic", False, "en",
  "uk-kap-clinic-long", "Ketamine-Assisted Psychotherapy in London | Harbour Mind Clinic", """
<header>
<a href="/" class="logo">Harbour Mind Clinic</a>
<nav><a href="/treatments">Treatments</a> <a href="/ketamine-assisted-psychotherapy">Ketamine-assisted therapy</a> <a href="/alcohol-use-disorder">Alcohol use disorder</a> <a href="/team">Clinical team</a> <a href="/fees">Fees</a> <a href="/research">Research</a> <a href="/referrals">GP referrals</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<h1>Ketamine-assisted psychotherapy (KAP)</h1>
<p>Our CQC-registered clinic in Marylebone offers ketamine-assisted psychotherapy for adults with depression, PTSD and alcohol use disorder. Every course combines medically supervised ketamine sessions with psychotherapy from an accredited therapist.</p>
<h2>Who it is for</h2>
<p>Adults aged 18&ndash;70 who have tried at least two treatments without enough improvement. We will ask for a summary from your GP or psychiatrist. KAP is not suitable for people with a personal history of psychosis, uncontrolled high blood pressure, or who are pregnant.</p>
<h2>Your course of treatment</h2>
<ol>
<li><strong>Psychiatric assessment</strong> (in person or by video) with a consultant psychiatrist, including a review of your physical health.</li>
<li><strong>Preparation sessions</strong> &ndash; two 50-minute therapy sessions to set intentions.</li>
<li><strong>Four ketamine sessions</strong> in our treatment rooms. Ketamine is given by intramuscular injection by our doctor; a therapist stays with you throughout and a nurse monitors your vital signs.</li>
<li><strong>Integration therapy</strong> after each dosing session and a follow-up review at 3 months.</li>
</ol>
<h2>Fees</h2>
<table>
<tr><td>Consultant psychiatric assessment</td><td>&pound;450</td></tr>
<tr><td>Full KAP programme (4 dosing sessions, 6 therapy sessions, follow-up)</td><td>&pound;5,950</td></tr>
<tr><td>Single booster session with integration</td><td>&pound;895</td></tr>
</table>
<p>Some private medical insurers cover the assessment. Payment plans are available through our finance partner. A &pound;500 deposit secures your programme start date.</p>
<p><a class="btn" href="/contact">Book an assessment</a> <a class="btn-outline" href="/referrals">Referral information for GPs</a></p>
<h2>Research</h2>
<p>Our psychiatrists contributed to the UK trials of ketamine with psychotherapy for severe alcohol use disorder and we publish anonymised outcome data every year.</p>
</main>
<footer><p>Harbour Mind Clinic Ltd is registered with the Care Quality Commission. Ketamine is a licensed anaesthetic; its use for mental health conditions is off-label. &copy; 2026</p><p><a href="/privacy">Privacy</a> &middot; <a href="/complaints">Complaints</a></p></footer>
""", noise="cookie")

# ---------------------------------------------------------------- informational (9)

p("h14332", "https://thevalleyledger.example/news/2026/11/online-ketamine-sellers-mail-investigation", "informational", False, "en",
  "news-investigation-long", "Ketamine by mail: how online sellers slip past the rules - The Valley Ledger", """
<header><a href="/">The Valley Ledger</a> <nav><a href="/news/">News</a> <a href="/health/">Health</a> <a href="/business/">Business</a> <a href="/opinion/">Opinion</a> <a href="/subscribe/">Subscribe</a></nav></header>
<article>
<p class="kicker">INVESTIGATION</p>
<h1>Ketamine by mail: how online sellers slip past the rules</h1>
<p class="byline">By Teresa Huang &middot; November 19, 2026 &middot; Updated 6:10 p.m.</p>
<p>Type &ldquo;buy ketamine online&rdquo; into a search engine and within seconds you will find dozens of shops offering crystals, powder and even vials of veterinary anesthetic, delivered to your door in &ldquo;stealth&rdquo; packaging. Over six weeks, Ledger reporters reviewed 41 such websites and spoke with federal investigators, addiction doctors and two people who had bought from them.</p>
<p>Prices were strikingly consistent. Most sites advertised a gram for between $60 and $80, with discounts for larger orders &ndash; one site listed 28 grams for $850. Nearly all asked for payment in Bitcoin or through peer-to-peer payment apps, and many promised to &ldquo;reship&rdquo; a package if it was seized.</p>
<p>&ldquo;These are not pharmacies,&rdquo; said a special agent with the Drug Enforcement Administration's Sacramento office, who asked not to be named because of ongoing cases. &ldquo;Some of what we test is ketamine. Some is something else entirely.&rdquo; Lab results from seizures in the region have included 2-FDCK and other analogues, he said.</p>
<h2>&lsquo;It looked like a doctor's office&rsquo;</h2>
<p>One woman from Fresno, 34, said she found a site that offered a &ldquo;free online consultation.&rdquo; After she filled in a five-question form, her order was &ldquo;approved by our doctor&rdquo; within an hour. She paid $349 for ten vials. &ldquo;No one ever called me,&rdquo; she said. &ldquo;I thought that was how telehealth worked.&rdquo;</p>
<p>Legitimate telehealth companies do things differently, said Dr. Miriam Cole, a psychiatrist at UC Valley Health. &ldquo;A licensed clinician has to see you on video, screen you for blood pressure problems, psychosis and substance use, and then a real pharmacy fills the prescription. If a site will sell you ketamine after a questionnaire, walk away.&rdquo;</p>
<h2>Clinics feel the spillover</h2>
<p>Infusion clinics, which typically charge $400 to $700 per session, say they now field calls from people asking whether they can &ldquo;just buy&rdquo; the drug. &ldquo;We tell them no,&rdquo; said the owner of a Modesto clinic. &ldquo;Then some of them go online.&rdquo;</p>
<p>The Ledger shared the list of websites with the DEA and with the domain registrars. By publication, nine had gone offline.</p>
<aside class="related"><h3>Related</h3><ul><li><a href="/health/2026/08/ketamine-bladder-damage/">Doctors warn of bladder damage in young ketamine users</a></li><li><a href="/news/2026/10/infusion-clinic-opens-downtown/">Ketamine infusion clinic opens downtown</a></li></ul></aside>
<p class="help">If you or someone you know is struggling with substance use, call the SAMHSA National Helpline at 1-800-662-4357.</p>
</article>
<footer>&copy; 2026 The Valley Ledger &middot; <a href="/ethics/">Ethics policy</a> &middot; <a href="/corrections/">Corrections</a></footer>
""", noise="cookie")

p("h14333", "https://www.dea-factsheets.example/factsheets/ketamine", "informational", False, "en",
  "government-factsheet", "Ketamine - Drug Fact Sheet", """
<header><a href="/">Drug Enforcement Administration</a> <nav><a href="/factsheets/">Drug Fact Sheets</a> <a href="/drug-scheduling/">Scheduling</a> <a href="/resources/">Resources</a></nav></header>
<main>
<h1>Ketamine</h1>
<h2>What is ketamine?</h2>
<p>Ketamine is a dissociative anesthetic that has some hallucinogenic effects. It distorts perceptions of sight and sound and makes the user feel disconnected and not in control. It is an injectable, short-acting anesthetic for use in humans and animals.</p>
<h2>What are common street names?</h2>
<p>Cat Tranquilizer, Cat Valium, Jet K, Kit Kat, Purple, Special K, Special La Coke, Super Acid, Super K and Vitamin K.</p>
<h2>What does it look like?</h2>
<p>Ketamine comes in a clear liquid and a white or off-white powder. Powdered ketamine is cut from liquid ketamine and can be mixed with beverages, smoked, added to joints or cigarettes, or snorted.</p>
<h2>What are the effects on the body?</h2>
<p>A sense of relaxation in lower doses; at higher doses, hallucinations, increased heart rate and blood pressure, and immobility. Overdose can cause unconsciousness and dangerously slowed breathing.</p>
<h2>What is its legal status in the United States?</h2>
<p>Ketamine is a Schedule III narcotic substance under the Controlled Substances Act. Esketamine, the S-enantiomer of ketamine, is the active ingredient in a nasal spray approved by the FDA for treatment-resistant depression, available only through a restricted distribution system.</p>
</main>
<footer>U.S. Department of Justice &middot; <a href="/accessibility/">Accessibility</a> &middot; <a href="/foia/">FOIA</a></footer>
""")

p("h14334", "https://safernights-uk.example/drugs/ketamine", "informational", False, "en",
  "harm-reduction-medium", "Ketamine: effects, risks and staying safer | Safer Nights", """
<header><a href="/">Safer Nights</a> <nav><a href="/drugs/">Drugs A&ndash;Z</a> <a href="/mixing/">Mixing</a> <a href="/testing/">Drug checking</a> <a href="/get-help/">Get help</a> <a href="/live-chat/">Live chat</a></nav></header>
<main>
<h1>Ketamine</h1>
<p class="aka">Also called: K, ket, special K, donkey dust, wonk</p>
<p>Ketamine is a Class B drug in the UK. It is a dissociative anaesthetic. Street ketamine usually comes as a white or brownish crystalline powder and is mostly snorted.</p>
<h2>How it feels</h2>
<p>Small amounts can make you feel relaxed, chatty and detached. Bigger amounts can leave you unable to move or speak &ndash; sometimes called a &lsquo;K-hole&rsquo;.</p>
<h2>The risks</h2>
<ul>
<li><strong>Bladder and kidney damage.</strong> Regular use can cause ketamine uropathy: pain when weeing, needing to go often, blood in urine. It can become permanent. Stop and see a GP if you notice symptoms.</li>
<li><strong>Accidents.</strong> You feel little pain and find it hard to move, so falls, drowning and being taken advantage of are real risks.</li>
<li><strong>Mixing.</strong> Ketamine with alcohol, benzos or opioids can slow your breathing dangerously.</li>
<li><strong>What's in the bag.</strong> Drug checking services have found other dissociatives such as 2-FDCK sold as ketamine.</li>
</ul>
<h2>If you're going to use</h2>
<p>Test a small amount first, do not use alone, stay somewhere safe, avoid mixing and take breaks between sessions. Free, confidential drug checking is available in several UK cities &ndash; <a href="/testing/">find a service</a>.</p>
<h2>Need support?</h2>
<p>Talk to your GP or contact your local drug and alcohol service. You can also call our helpline free on 0800 000 0000.</p>
</main>
""")

p("h14335", "https://forum.treatmentresistant.example/t/anyone-tried-buying-k-online-instead-of-clinic/48213", "informational", False, "en",
  "forum-thread-messy", "anyone tried buying K online instead of clinic?? - Depression Support Forum", """
<div class="forum-header"><a href="/">TreatmentResistant Forum</a> &rsaquo; <a href="/c/ketamine-esketamine/12">Ketamine &amp; Esketamine</a> <span class="login"><a href="/login">Log in</a> <a href="/signup">Sign up</a></span></div>
<h1>anyone tried buying K online instead of clinic??</h1>
<div class="post"><div class="author">throwaway_blue_22 &middot; Nov 30</div>
<p>so my infusions helped a LOT but insurance wont cover and $475 a pop is killing me. saw some sites selling ketamine crystal for like 70 a gram with bitcoin. has anyone done this?? is it the same thing?? not trying to party just want to not feel like this</p></div>
<div class="post"><div class="author">mod_kerrigan &middot; Moderator &middot; Nov 30</div>
<p>Hi, I'm sorry you're in that spot. Reminder of rule 4: no sourcing talk and no vendor names or links. I've removed a reply that posted one. Those sites are illegal and you have no idea what is in the bag &ndash; people on this forum have received 2-FDCK and worse. Please look at the options in the pinned cost thread instead.</p></div>
<div class="post"><div class="author">greyskies &middot; Nov 30</div>
<p>i was in the same boat. i switched to an at home program with a psychiatrist over video, costs me about 200/month for the maintenance plan. not the same as IV but it helped. also ask your clinic about sliding scale, mine had one</p></div>
<div class="post"><div class="author">DrPaulaW &middot; verified clinician &middot; Dec 1</div>
<p>Another option: if you've failed 2+ antidepressants, Spravato is usually covered by insurance and the copay program can bring it down to almost nothing. It's esketamine, given in clinic. Worth asking your psychiatrist.</p></div>
<div class="post"><div class="author">throwaway_blue_22 &middot; Dec 1</div>
<p>ok thanks everyone. didnt know about spravato being covered. gonna call monday</p></div>
<div class="thread-footer">5 replies &middot; 1.2k views &middot; <a href="/c/ketamine-esketamine/12">Back to Ketamine &amp; Esketamine</a></div>
""")

p("h14336", "https://vetdrugref.example/monographs/ketamine-hydrochloride", "informational", False, "en",
  "veterinary-reference-txt", "Ketamine Hydrochloride - Veterinary Drug Monograph", """
KETAMINE HYDROCHLORIDE (Ketaset, Vetalar, Ketamidor)
Class: dissociative anesthetic; NMDA receptor antagonist. Controlled substance (C-III in the US); store in a locked cabinet and keep a usage log.
Uses: induction and maintenance of anesthesia and chemical restraint in cats, dogs, horses and exotic species, almost always combined with a sedative (e.g. dexmedetomidine, xylazine, midazolam) because muscle rigidity occurs when used alone.
Dosing (cats): 2-10 mg/kg IM or 2-5 mg/kg IV in combination protocols. Dogs: 2-5 mg/kg IV with a benzodiazepine. Lower doses (0.1-0.6 mg/kg/hr CRI) used for analgesia.
Adverse effects: hypersalivation, increased intracranial and intraocular pressure, emergence reactions, apneustic breathing.
Formulations: 100 mg/mL injectable solution, 10 mL multi-dose vials.
""", ext="txt")

p("h14337", "https://rheinkurier.example/region/zoll-fischt-ketamin-pakete-aus-der-post", "informational", False, "de",
  "german-news-medium", "Zoll fischt Ketamin-Pakete aus der Post – Rheinkurier", """
<header><a href="/">Rheinkurier</a> <nav><a href="/region/">Region</a> <a href="/politik/">Politik</a> <a href="/wirtschaft/">Wirtschaft</a> <a href="/sport/">Sport</a> <a href="/abo/">Abo</a></nav></header>
<article>
<h1>Zoll fischt Ketamin-Pakete aus der Post</h1>
<p class="teaser">Im Internationalen Postzentrum bei Frankfurt stellen Beamte immer häufiger Sendungen mit Ketamin sicher. Bestellt wird in Online-Shops, bezahlt mit Kryptowährung.</p>
<p class="meta">Von Jonas Bergmann &middot; 27.11.2026, 14:32 Uhr</p>
<p>Die Päckchen sehen unauffällig aus: ein gepolsterter Umschlag, ein Absender aus den Niederlanden, darin eine Tüte Badesalz oder ein &bdquo;Probenbeutel&ldquo;. Doch im Labor des Zollfahndungsamts zeigt sich, was tatsächlich verschickt wurde: Ketamin, teils auch das chemisch verwandte 2-FDCK.</p>
<p>Nach Angaben des Zolls wurden in diesem Jahr bislang mehr als 1.400 Sendungen mit Ketamin beschlagnahmt &ndash; fast doppelt so viele wie im Vorjahr. &bdquo;Die Shops werben offen mit &#8218;Ketamin kaufen ohne Rezept&#8216; und versprechen, beschlagnahmte Ware kostenlos nachzuschicken&ldquo;, sagt ein Sprecher. Ein Gramm koste in solchen Shops zwischen 40 und 60 Euro.</p>
<p>Für die Empfänger kann die Bestellung ernste Folgen haben. Ketamin unterliegt in Deutschland dem Arzneimittelgesetz, der Handel ohne Erlaubnis ist strafbar. &bdquo;Wer bestellt, bekommt in der Regel Post von der Staatsanwaltschaft&ldquo;, so der Sprecher.</p>
<p>Suchtmediziner warnen zudem vor gesundheitlichen Risiken. Ketamin kann bei regelmäßigem Konsum die Blase schwer schädigen. Medizinisch wird der Wirkstoff als Narkosemittel und in Form von Esketamin-Nasenspray gegen schwere Depressionen eingesetzt &ndash; dann aber unter ärztlicher Aufsicht.</p>
</article>
<aside><h3>Mehr aus der Region</h3><ul><li>Neue Drogenberatungsstelle in Mainz eröffnet</li><li>Prozess gegen Darknet-Händler beginnt</li></ul></aside>
<footer>&copy; 2026 Rheinkurier &middot; <a href="/impressum/">Impressum</a> &middot; <a href="/datenschutz/">Datenschutz</a></footer>
""", noise="cookie-de")

p("h14338", "https://infodrogues-reduction.example/produits/ketamine", "informational", False, "fr",
  "french-harm-reduction", "Kétamine : effets, risques et réduction des risques | Info Drogues RdR", """
<header><a href="/">Info Drogues RdR</a> <nav><a href="/produits/">Produits</a> <a href="/analyse-de-produits/">Analyse de produits</a> <a href="/aide/">Besoin d'aide ?</a> <a href="/tchat/">Tchat</a></nav></header>
<main>
<h1>La kétamine</h1>
<p>La kétamine est un anesthésique utilisé en médecine humaine et vétérinaire. Détournée, elle se présente le plus souvent sous forme de poudre ou de cristaux, et se consomme principalement par voie nasale (« trace »). En France, elle est classée comme stupéfiant.</p>
<h2>Effets recherchés</h2>
<p>Sensation de flottement, de dissociation entre le corps et l'esprit, euphorie à faible dose. À dose plus forte, perte de repères et impossibilité de bouger (« K-hole »).</p>
<h2>Risques</h2>
<ul>
<li>Atteintes graves de la vessie et des voies urinaires en cas de consommation régulière</li>
<li>Chutes, noyades, hypothermie liées à l'anesthésie</li>
<li>Dépression respiratoire en cas de mélange avec l'alcool, les opioïdes ou les benzodiazépines</li>
<li>Produits vendus comme « kéta » contenant d'autres substances (2-FDCK, 3-MMC...)</li>
</ul>
<h2>Réduire les risques</h2>
<p>Fractionner les prises, ne pas consommer seul·e, éviter les mélanges, utiliser sa propre paille et faire analyser ses produits. Les CAARUD proposent gratuitement du matériel de réduction des risques et une analyse de produits.</p>
<p>Besoin de parler ? Ligne d'écoute anonyme et gratuite : 0 800 00 00 00, 7j/7.</p>
</main>
<footer>Association Info Drogues RdR &middot; <a href="/mentions-legales/">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h14339", "https://centrorenacer-adicciones.example/adiccion-ketamina", "informational", False, "es",
  "spanish-rehab-centre", "Adicción a la ketamina: síntomas y tratamiento | Centro Renacer", """
<header><a href="/">Centro Renacer</a> <nav><a href="/adicciones">Adicciones</a> <a href="/tratamientos">Tratamientos</a> <a href="/instalaciones">Instalaciones</a> <a href="/familias">Familias</a> <a href="/contacto">Contacto</a></nav>
<div class="tel">Llámanos 24h: 900 000 000 (gratuito y confidencial)</div></header>
<main>
<h1>Adicción a la ketamina</h1>
<p>La ketamina es un anestésico que se consume de forma recreativa por sus efectos disociativos. Su consumo ha aumentado en los últimos años entre jóvenes, sobre todo en el ambiente de fiestas y festivales.</p>
<h2>Señales de alarma</h2>
<ul><li>Necesidad de consumir cada vez más cantidad</li><li>Dolor al orinar o sangre en la orina</li><li>Problemas de memoria y concentración</li><li>Aislamiento y abandono de obligaciones</li></ul>
<h2>Nuestro tratamiento</h2>
<p>En Centro Renacer ofrecemos desintoxicación supervisada, terapia individual y de grupo y un programa de prevención de recaídas, en régimen de internamiento o ambulatorio. Trabajamos también con las familias.</p>
<p><a class="btn" href="/contacto">Solicita información sin compromiso</a></p>
</main>
<footer>Centro Renacer &middot; Centro sanitario autorizado &middot; <a href="/aviso-legal">Aviso legal</a></footer>
""", noise="cookie-es")

p("h14340", "https://jornaldoporto.example/sociedade/2026/11/pj-desmantela-rede-de-venda-de-cetamina-pelo-telegram", "informational", False, "pt",
  "portuguese-news-short", "PJ desmantela rede de venda de cetamina pelo Telegram | Jornal do Porto", """
<nav><a href="/">Jornal do Porto</a> &middot; <a href="/sociedade/">Sociedade</a> &middot; <a href="/pais/">País</a> &middot; <a href="/desporto/">Desporto</a></nav>
<article>
<h1>PJ desmantela rede de venda de cetamina pelo Telegram</h1>
<p class="lead">Três pessoas foram detidas no Porto e em Lisboa. O grupo vendia cetamina a jovens através de canais no Telegram e entregava as encomendas por correio.</p>
<p>A Polícia Judiciária deteve três suspeitos, com idades entre os 22 e os 31 anos, por tráfico de estupefacientes. Segundo a PJ, o grupo publicava &ldquo;menus&rdquo; com preços &ndash; cerca de 40 euros por grama &ndash; em canais com milhares de subscritores e aceitava pagamentos por MB Way e em criptomoedas.</p>
<p>Foram apreendidos cerca de 600 gramas de cetamina, balanças de precisão e material de embalagem. Os detidos vão ser presentes a juiz para aplicação de medidas de coação.</p>
</article>
""")

save(OUT, R)
