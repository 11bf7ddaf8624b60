# Batch 117 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "An ordinary crawl in January 2027". The pages a crawler of ketamine-related sites would really
# collect in one winter week: shop product, category, checkout/payment and contact pages, a fake
# "telehealth" funnel, a marketplace listing, a doorway blog post, social-bio and classified snippets,
# a bot-check wall; telehealth landing, pricing, how-it-works, clinician roster and FAQ pages; clinic
# home, pricing, team, FAQ, weather-closure notice, hospital department and contact pages; news,
# a government alert, a forum thread, a trial recruitment page, a clinic directory, a drug-checking
# warning, an encyclopaedia excerpt and a job post. Seasonal details: New Year sales, holiday shipping
# delays, snow closures, January deductible resets.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), pages that are mostly
# navigation (category grids, directory listings, contact pages), partial pages (a bot check, a page
# cut off mid-load, a checkout step), medium pages, and five short plain-text excerpts (ext="txt").
# Author: independent. Date: 2026-12-07.
# Run: python3 batch117.py (writes batch117/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch117")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h11701", "https://crystallab-supply.example/product/ketamine-hcl-crystal/", "seller", True, "en",
  "rc-shop-product-page-long", "Ketamine HCl Crystal 99.6% – CrystalLab Supply", """
<div class="promo-strip">&#127878; NEW YEAR 2027 SALE &ndash; use code <b>NY27</b> for 20% off every dissociative until January 15 &middot; Free stealth upgrade on orders over $250</div>
<header id="masthead">
<a class="brand" href="/"><img src="/wp-content/uploads/2025/logo-cl.png" alt="CrystalLab Supply"></a>
<form class="search" action="/"><input name="s" placeholder="Search products&hellip;"><button>Search</button></form>
<ul class="menu">
<li><a href="/shop/">Shop All</a></li>
<li><a href="/product-category/dissociatives/">Dissociatives</a></li>
<li><a href="/product-category/stimulants/">Stimulants</a></li>
<li><a href="/product-category/psychedelics/">Psychedelics</a></li>
<li><a href="/product-category/benzos/">Designer Benzos</a></li>
<li><a href="/lab-reports/">Lab Reports</a></li>
<li><a href="/shipping/">Shipping</a></li>
<li><a href="/my-account/">My Account</a></li>
<li><a href="/cart/">Cart <span class="count">0</span> &ndash; $0.00</a></li>
</ul>
</header>
<div class="woocommerce-breadcrumb"><a href="/">Home</a> / <a href="/product-category/dissociatives/">Dissociatives</a> / Ketamine HCl Crystal</div>
<main class="product type-product">
<div class="images"><img src="/wp-content/uploads/2026/11/ket-shards-1.jpg" alt="ketamine shards on a black tray"><img src="/wp-content/uploads/2026/11/ket-shards-2.jpg" alt="sealed mylar bag"></div>
<div class="summary entry-summary">
<h1 class="product_title">Ketamine HCl Crystal (racemic) &ndash; 99.6%</h1>
<div class="star-rating">Rated 4.87 out of 5 based on 312 customer ratings</div>
<p class="price"><del>$40.00</del> <ins>$32.00</ins> &ndash; <del>$1,150.00</del> <ins>$920.00</ins></p>
<div class="short-description"><p>Large needle-point shards, washed and recrystallised. Every batch ships with an HPLC certificate from an independent lab. Tasteless? No &ndash; but clean. Our most reordered product for the third year running.</p></div>
<form class="variations_form cart">
<label for="pa_weight">Weight</label>
<select id="pa_weight" name="attribute_pa_weight">
<option>1 g &ndash; $32</option><option>3 g &ndash; $84</option><option>5 g &ndash; $128</option><option>10 g &ndash; $232</option><option>25 g &ndash; $496</option><option>50 g &ndash; $920</option>
</select>
<div class="quantity"><input type="number" value="1" min="1"></div>
<button type="submit" class="single_add_to_cart_button">Add to cart</button>
</form>
<p class="stock in-stock">In stock &ndash; ships from US warehouse (domestic, no customs)</p>
<div class="product_meta">SKU: KET-CRY-RS &middot; Category: <a href="/product-category/dissociatives/">Dissociatives</a> &middot; Tags: arylcyclohexylamine, crystal, shards</div>
</div>
<div class="woocommerce-tabs">
<ul class="tabs"><li><a href="#tab-description">Description</a></li><li><a href="#tab-lab">Lab report</a></li><li><a href="#tab-shipping">Shipping &amp; stealth</a></li><li><a href="#tab-reviews">Reviews (312)</a></li></ul>
<div id="tab-description">
<h2>Description</h2>
<p>Ketamine is an arylcyclohexylamine first synthesised in 1962. This listing is the racemic hydrochloride salt, supplied as crystalline shards. Looking for the single isomer? See <a href="/product/s-ketamine/">S-Ketamine</a> or <a href="/product/r-ketamine/">Arketamine</a>.</p>
<p><strong>Sold strictly as a research chemical. Not for human consumption.</strong> By purchasing you confirm you are over 21 and a qualified researcher. We do not give dosage advice &ndash; please don't ask support.</p>
</div>
<div id="tab-lab">
<h2>Lab report</h2>
<table><tr><th>Batch</th><th>Purity (HPLC)</th><th>Tested</th></tr>
<tr><td>CL-2612-K</td><td>99.6%</td><td>Dec 18, 2026</td></tr>
<tr><td>CL-2610-K</td><td>99.3%</td><td>Oct 2, 2026</td></tr></table>
</div>
<div id="tab-shipping">
<h2>Shipping &amp; stealth</h2>
<ul>
<li>USPS Priority (2&ndash;3 days) $18, Express $35. Holiday backlog cleared &ndash; orders placed now ship next business day.</li>
<li>Vacuum-sealed, smell-proof, packed inside an ordinary retail item. No company name on the label.</li>
<li>Lost or seized parcel? One free reship, no questions, with tracking proof.</li>
</ul>
</div>
<div id="tab-reviews">
<h2>312 reviews for Ketamine HCl Crystal</h2>
<div class="review"><strong>m***k</strong> &ndash; January 4, 2027 &#9733;&#9733;&#9733;&#9733;&#9733;<p>arrived in 2 days even with the snow, stealth was perfect, same shards as last order.</p></div>
<div class="review"><strong>researcher_88</strong> &ndash; December 29, 2026 &#9733;&#9733;&#9733;&#9733;&#9734;<p>good product, took a week over christmas but support on Session answered quickly.</p></div>
<div class="review"><strong>j.d.</strong> &ndash; December 21, 2026 &#9733;&#9733;&#9733;&#9733;&#9733;<p>third time ordering. paid with XMR, code worked.</p></div>
</div>
</div>
<section class="related products"><h2>Related products</h2>
<ul><li><a href="/product/2f-dck-powder/">2F-DCK Powder &ndash; from $26</a></li><li><a href="/product/s-ketamine/">S-Ketamine HCl &ndash; from $45</a></li><li><a href="/product/3-meo-pcp-pellets/">3-MeO-PCP Pellets &ndash; from $40</a></li><li><a href="/product/dck-crystal/">DCK Crystal &ndash; from $28</a></li></ul>
</section>
</main>
<footer class="site-footer">
<div class="col"><h4>We accept</h4><p>Bitcoin (BTC) &middot; Litecoin (LTC) &middot; Monero (XMR) &middot; USDT (TRC-20) &middot; Zelle (manual, 48h)</p></div>
<div class="col"><h4>Help</h4><a href="/faq/">FAQ</a> <a href="/reship-policy/">Reship policy</a> <a href="/how-to-pay-with-bitcoin/">How to pay with Bitcoin</a> <a href="/contact/">Contact</a></div>
<div class="col"><p>&copy; 2027 CrystalLab Supply. All products are intended for laboratory research only.</p></div>
</footer>
""", noise="cookie")

p("h11702", "https://rcvendor-direct.example/product-category/dissociatives/?orderby=popularity", "seller", True, "en",
  "rc-shop-category-grid-mostly-nav", "Dissociatives Archives - RCVendor Direct", """
<nav class="top"><a href="/">RCVendor Direct</a> | <a href="/shop/">Shop</a> | <a href="/new-arrivals/">New Arrivals</a> | <a href="/bulk/">Bulk</a> | <a href="/track-order/">Track Order</a> | <a href="/login/">Login</a> | <a href="/cart/">Cart (0)</a></nav>
<aside class="sidebar">
<h3>Product categories</h3>
<ul>
<li><a href="/product-category/arylcyclohexylamines/">Arylcyclohexylamines</a> (14)</li>
<li class="current"><a href="/product-category/dissociatives/">Dissociatives</a> (19)</li>
<li><a href="/product-category/cathinones/">Cathinones</a> (22)</li>
<li><a href="/product-category/tryptamines/">Tryptamines</a> (11)</li>
<li><a href="/product-category/lysergamides/">Lysergamides</a> (6)</li>
<li><a href="/product-category/pellets/">Pellets</a> (17)</li>
<li><a href="/product-category/blotters/">Blotters</a> (9)</li>
<li><a href="/product-category/accessories/">Scales &amp; Accessories</a> (12)</li>
</ul>
<h3>Filter by price</h3><input type="range"> <button>Filter</button> Price: $20 &mdash; $900
<h3>Filter by form</h3><ul><li>Powder</li><li>Crystal</li><li>Pellets</li><li>Nasal spray kit</li></ul>
</aside>
<main>
<h1>Dissociatives</h1>
<p class="woocommerce-result-count">Showing 1&ndash;12 of 19 results</p>
<select class="orderby"><option>Sort by popularity</option><option>Sort by latest</option><option>Sort by price: low to high</option></select>
<ul class="products columns-4">
<li class="product"><a href="/product/ketamine-rs-crystal/"><img src="/img/k1.jpg" alt=""><h2>Ketamine (R/S) Crystal</h2><span class="price">$35.00 &ndash; $780.00</span></a><a class="button" href="?add-to-cart=1021">Select options</a></li>
<li class="product"><a href="/product/s-ketamine-powder/"><img src="/img/k2.jpg" alt=""><h2>S-Ketamine Powder</h2><span class="price">$48.00 &ndash; $1,050.00</span></a><a class="button" href="?add-to-cart=1022">Select options</a></li>
<li class="product"><a href="/product/2f-dck/"><img src="/img/k3.jpg" alt=""><h2>2F-DCK</h2><span class="price">$28.00 &ndash; $540.00</span></a><a class="button" href="?add-to-cart=1023">Select options</a></li>
<li class="product"><a href="/product/dck/"><img src="/img/k4.jpg" alt=""><h2>Deschloroketamine (DCK)</h2><span class="price">$30.00 &ndash; $600.00</span></a><a class="button" href="?add-to-cart=1024">Select options</a></li>
<li class="product"><a href="/product/3-meo-pcp/"><img src="/img/k5.jpg" alt=""><h2>3-MeO-PCP Pellets 10 mg</h2><span class="price">$45.00 &ndash; $310.00</span></a><a class="button" href="?add-to-cart=1025">Select options</a></li>
<li class="product"><a href="/product/o-pce/"><img src="/img/k6.jpg" alt=""><h2>O-PCE</h2><span class="price">$40.00 &ndash; $690.00</span></a><a class="button" href="?add-to-cart=1026">Select options</a></li>
<li class="product out-of-stock"><a href="/product/mxe/"><img src="/img/k7.jpg" alt=""><h2>Methoxetamine (MXE)</h2><span class="price">$55.00</span><span class="badge">Sold out</span></a></li>
<li class="product"><a href="/product/ketamine-spray-kit/"><img src="/img/k8.jpg" alt=""><h2>Ketamine Nasal Spray Kit (10 ml, 100 mg/ml)</h2><span class="price">$120.00</span></a><a class="button" href="?add-to-cart=1028">Add to cart</a></li>
<li class="product"><a href="/product/fxe/"><img src="/img/k9.jpg" alt=""><h2>Fluorexetamine (FXE)</h2><span class="price">$36.00 &ndash; $620.00</span></a><a class="button" href="?add-to-cart=1029">Select options</a></li>
<li class="product"><a href="/product/ketamine-sampler/"><img src="/img/k10.jpg" alt=""><h2>Dissociative Sampler (5 &times; 500 mg)</h2><span class="price">$99.00</span></a><a class="button" href="?add-to-cart=1030">Add to cart</a></li>
<li class="product"><a href="/product/dxe/"><img src="/img/k11.jpg" alt=""><h2>Deoxymethoxetamine</h2><span class="price">$38.00 &ndash; $640.00</span></a><a class="button" href="?add-to-cart=1031">Select options</a></li>
<li class="product"><a href="/product/r-ketamine/"><img src="/img/k12.jpg" alt=""><h2>R-Ketamine (Arketamine)</h2><span class="price">$60.00 &ndash; $1,200.00</span></a><a class="button" href="?add-to-cart=1032">Select options</a></li>
</ul>
<nav class="woocommerce-pagination"><span class="current">1</span> <a href="/product-category/dissociatives/page/2/?orderby=popularity">2</a> <a href="/product-category/dissociatives/page/2/?orderby=popularity">&rarr;</a></nav>
</main>
<footer><a href="/terms/">Terms</a> &middot; <a href="/research-disclaimer/">Research disclaimer</a> &middot; <a href="/payment/">Payment (BTC/XMR/Cash App)</a> &middot; &copy; 2027 RCVendor Direct</footer>
""")

p("h11703", "https://k-shop-express.example/checkout/payment?step=3", "seller", True, "en",
  "checkout-payment-step-partial", "Checkout – Payment | K-Shop Express", """
<div class="checkout-header"><a href="/"><img src="/logo.svg" alt="K-Shop Express"></a> <span class="secure">&#128274; Secure checkout</span></div>
<ol class="steps"><li class="done">1. Cart</li><li class="done">2. Shipping</li><li class="active">3. Payment</li><li>4. Confirmation</li></ol>
<div class="checkout-grid">
<section class="payment-methods">
<h2>Choose a payment method</h2>
<label><input type="radio" name="pm" value="btc" checked> Bitcoin <span class="tag">&minus;10%</span></label>
<label><input type="radio" name="pm" value="xmr"> Monero <span class="tag">&minus;12%</span></label>
<label><input type="radio" name="pm" value="cashapp"> Cash App / Venmo (friends &amp; family only &ndash; do NOT write anything in the note)</label>
<label><input type="radio" name="pm" value="giftcard"> Gift cards (Amazon, Apple, Steam) &ndash; email the codes to billing after you place the order</label>
<div class="pm-help">
<p>After you click <b>Place order</b> you will get a one-time BTC address. Send the exact amount within 30 minutes. Orders are packed after 2 network confirmations. Unsure how to buy Bitcoin? Read our <a href="/guides/buy-btc-cash-app">5-minute guide</a>.</p>
</div>
</section>
<aside class="order-summary">
<h3>Order summary</h3>
<table>
<tr><td>Ketamine HCl &ndash; needlepoint shards &times; 5 g</td><td>$185.00</td></tr>
<tr><td>Free sample: 250 mg S-isomer</td><td>$0.00</td></tr>
<tr><td>Shipping: Express stealth (USPS, no signature, decoy item)</td><td>$25.00</td></tr>
<tr><td>Discount (WINTER27)</td><td>&minus;$18.50</td></tr>
<tr class="total"><td><b>Total</b></td><td><b>$191.50</b></td></tr>
</table>
<p class="small">Ship to: J*** M***, Columbus, OH &middot; <a href="/checkout/shipping">Edit</a></p>
</aside>
</div>
<label><input type="checkbox" required> I have read the <a href="/terms">terms</a> and understand that products are sold for research purposes only.</label>
<button class="place-order" disabled>Place order</button>
<div class="loading">Loading payment widget&hellip;
""")

p("h11704", "https://ketaminedirect-uk.example/contact-us/", "seller", True, "en",
  "seller-contact-page-messengers", "Contact Us – Ketamine Direct UK", """
<header><a href="/" class="logo">KETAMINE DIRECT UK</a>
<nav><a href="/">Home</a> <a href="/shop/">Shop</a> <a href="/prices/">Price List</a> <a href="/delivery/">Delivery</a> <a href="/reviews/">Reviews</a> <a href="/contact-us/" class="active">Contact</a></nav></header>
<main>
<h1>Get in touch</h1>
<p>We answer messages 10:00&ndash;22:00 every day, including bank holidays. For the fastest reply and to place orders, message us on one of the apps below &ndash; email can take up to 24 hours.</p>
<ul class="contact-methods">
<li><b>Telegram:</b> @kdirect_uk (only this handle &ndash; beware of copycats)</li>
<li><b>Signal:</b> +44 7700 900 418</li>
<li><b>WhatsApp:</b> +44 7700 900 418 (text only, no calls)</li>
<li><b>Threema ID:</b> 7H2K9QXA</li>
<li><b>Email:</b> orders@ketaminedirect-uk.example</li>
</ul>
<h2>Before you message</h2>
<ol>
<li>Tell us what you want and how much (see the <a href="/prices/">price list</a> &ndash; half-ounce and ounce deals updated 2 January).</li>
<li>Give a UK or EU address. We post Royal Mail Special Delivery, vacuum-packed in a plain jiffy bag; EU orders go tracked in 3&ndash;5 days.</li>
<li>Pay by bank transfer to the details we send, or in BTC/LTC. No payment, no dispatch.</li>
</ol>
<p>If a parcel goes missing we reship once. We never ask for ID and never keep your address after delivery.</p>
<form class="contact-form"><input placeholder="Name"><input placeholder="Email or Telegram"><textarea placeholder="Message"></textarea><button>Send</button></form>
</main>
<footer>&copy; Ketamine Direct UK 2027 &middot; <a href="/privacy/">Privacy</a></footer>
""", noise="cookie")

p("h11705", "https://ketamed-now.example/", "seller", True, "en",
  "fake-telehealth-questionnaire-only-landing", "KetaMed Now – Ketamine Nasal Spray Delivered in 24 Hours", """
<header class="nav">
<a class="logo" href="/">KetaMed<span>Now</span></a>
<a href="#how">How it works</a> <a href="#pricing">Pricing</a> <a href="#reviews">Reviews</a> <a href="#faq">FAQ</a> <a class="cta" href="/start">Get started</a>
</header>
<section class="hero">
<h1>Feel like yourself again. Ketamine nasal spray, delivered tomorrow.</h1>
<p>No waiting rooms. No video calls. No awkward conversations. Answer a 2-minute questionnaire and our medical team approves most patients instantly.</p>
<a class="cta big" href="/start">Start my assessment &rarr;</a>
<p class="trust">&#11088; 4.9/5 from 11,000+ patients &middot; 98% approval rate &middot; Ships to all 50 states</p>
</section>
<section id="how">
<h2>How it works</h2>
<div class="step"><h3>1. Quick online form</h3><p>Tell us a little about your mood and sleep. Ten multiple-choice questions &ndash; no uploads, no ID needed.</p></div>
<div class="step"><h3>2. Instant approval</h3><p>Our system checks your answers against our physician-designed criteria and approves you on the spot. A doctor signs off in the background &ndash; you never have to talk to anyone.</p></div>
<div class="step"><h3>3. Delivered in discreet packaging</h3><p>Your spray ships same day from our fulfilment partner in a plain box. Refills are automatic every 30 days.</p></div>
</section>
<section id="pricing">
<h2>Simple pricing</h2>
<table>
<tr><th>Plan</th><th>What you get</th><th>Price</th></tr>
<tr><td>Starter</td><td>1 bottle, 10 ml (150 mg/ml)</td><td>$149</td></tr>
<tr><td>Monthly</td><td>2 bottles, auto-refill</td><td>$259/mo</td></tr>
<tr><td>Stock up</td><td>6 bottles, one shipment</td><td>$690</td></tr>
</table>
<p>Pay with card or save 15% with crypto. Approval guaranteed or your money back.</p>
</section>
<section class="science">
<h2>Why ketamine?</h2>
<p>Researchers have studied ketamine for low mood for more than two decades, and many people notice a difference within hours rather than weeks. Ketamine acts on the brain's glutamate system and is thought to help new neural connections form. Our nasal format lets you take it at home, whenever you need it, in the dose that feels right.</p>
<p>January is the hardest month for many people. Short days, holiday bills, resolutions that already feel impossible. You deserve relief without gatekeeping.</p>
</section>
<section id="reviews">
<h2>What patients say</h2>
<blockquote>&ldquo;Approved before I finished my coffee. The box came the next afternoon.&rdquo; &ndash; Dana, TX</blockquote>
<blockquote>&ldquo;My psychiatrist wanted me to try three more SSRIs first. KetaMed didn't make me jump through hoops.&rdquo; &ndash; Chris, FL</blockquote>
</section>
<section id="faq">
<h2>FAQ</h2>
<h3>Do I need a prescription from my own doctor?</h3><p>No. Our questionnaire replaces the appointment.</p>
<h3>Will it show on my insurance?</h3><p>We don't bill insurance, so nothing appears on your records.</p>
<h3>Can I order for a partner?</h3><p>Yes &ndash; just fill in the form with their details.</p>
</section>
<footer><p>KetaMed Now is a technology platform, not a medical provider. Statements have not been evaluated by the FDA. &copy; 2027</p>
<a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <a href="/affiliates">Affiliates &ndash; earn 25%</a></footer>
""")

p("h11706", "https://social-profile.example/k.wonderland.uk", "seller", True, "en",
  "social-bio-snippet-txt", "k.wonderland.uk", """
k.wonderland.uk · 2,341 followers
🦄 K ❄️ MD 💊 2C-B 🍄 UK NDD 📦 stealth af
new yr menu up 🎉 tele ➜ @kwonderland_menu (backup @kwl_uk2)
no DMs here, they get banned. cash on drop in Manchester / post everywhere else
""", ext="txt")

p("h11707", "https://agora-bazaar.example/listing/88231", "seller", True, "en",
  "marketplace-vendor-listing", "5g S-Ketamine Shards – FrostKing – Agora Bazaar", """
<div class="market-nav"><a href="/">Agora Bazaar</a> &middot; <a href="/browse">Browse</a> &middot; <a href="/browse/dissociatives">Dissociatives</a> &middot; <a href="/vendors">Vendors</a> &middot; <a href="/wallet">Wallet: 0.00000 BTC</a> &middot; <a href="/support">Support</a> &middot; <a href="/logout">Logout</a></div>
<div class="listing">
<h1>&#128293; 5g S-Ketamine Shards &ndash; pharma-grade, tested &#128293;</h1>
<table class="listing-info">
<tr><td>Vendor</td><td><a href="/vendor/frostking">FrostKing</a> (Level 7 &middot; 1,204 sales &middot; 98.9% positive)</td></tr>
<tr><td>Ships from</td><td>Netherlands</td></tr>
<tr><td>Ships to</td><td>Worldwide (no AU, no NZ)</td></tr>
<tr><td>Price</td><td>USD 139.00 &middot; 0.00141 BTC &middot; 0.86 XMR</td></tr>
<tr><td>Escrow</td><td>Yes (FE allowed for Level 5+ buyers)</td></tr>
<tr><td>Stock</td><td>62 left</td></tr>
</table>
<label>Shipping option</label>
<select><option>Standard letter, untracked &ndash; +$8</option><option>EU tracked &ndash; +$18</option><option>US priority via reshipper &ndash; +$30</option></select>
<button>Buy now</button>
<h2>Description</h2>
<p>Back after the holidays! Fresh batch of S-isomer shards, same source as November. Reagent tested (Mandelin: orange). Triple vacuum sealed, moisture barrier bag, professional stealth. We reship 50% on first loss, 100% for buyers with 10+ orders.</p>
<p>Orders placed before 14:00 CET go out same day, Mon&ndash;Fri. Please encrypt your address with our PGP key. Unencrypted addresses are deleted and the order cancelled.</p>
<h2>Feedback (last 30 days)</h2>
<ul class="feedback">
<li>&#9733;&#9733;&#9733;&#9733;&#9733; &ldquo;arrived in 4 days to DE, nice crystals&rdquo; &ndash; b***r, 2027-01-06</li>
<li>&#9733;&#9733;&#9733;&#9733;&#9733; &ldquo;always reliable, stealth 10/10&rdquo; &ndash; t***9, 2027-01-03</li>
<li>&#9733;&#9733;&#9733;&#9734;&#9734; &ldquo;slow over xmas but got it&rdquo; &ndash; 4***m, 2026-12-30</li>
</ul>
</div>
<div class="footer">Agora Bazaar &middot; Escrow protected &middot; Mirrors: check /mirrors for PGP-signed list</div>
""")

p("h11708", "https://mindful-journeys-blog.example/2027/01/buy-ketamine-online-guide/", "seller", True, "en",
  "doorway-blog-affiliate-long", "How to Buy Ketamine Online Safely in 2027 (Vendors We Tested) – Mindful Journeys", """
<header class="blog-header">
<a href="/" class="site-title">Mindful Journeys</a> <span class="tagline">Plant medicine, breathwork &amp; modern healing</span>
<nav><a href="/">Home</a> <a href="/category/psychedelics/">Psychedelics</a> <a href="/category/breathwork/">Breathwork</a> <a href="/category/microdosing/">Microdosing</a> <a href="/about/">About</a> <a href="/newsletter/">Newsletter</a></nav>
</header>
<article class="post">
<h1>How to Buy Ketamine Online Safely in 2027 (Vendors We Tested)</h1>
<p class="meta">By Skye Lindqvist &middot; January 8, 2027 &middot; 14 min read &middot; <em>This post contains affiliate links. We may earn a commission at no cost to you.</em></p>
<p>New year, new you &ndash; and for a lot of our readers that means finally exploring ketamine. Since we published last year's version of this guide we've had hundreds of emails asking the same question: <em>where can I actually get it without spending thousands at a clinic?</em></p>
<h2>A quick refresher: what ketamine does</h2>
<p>Ketamine was developed as an anaesthetic and is still on the WHO list of essential medicines. At lower doses it produces a dreamy, dissociated state that many people describe as a reset. Studies at major universities have found fast improvements in mood, and there is growing interest in its use for PTSD and addiction.</p>
<p>Clinics usually charge $400 to $700 per infusion, and most want six sessions. Telehealth companies are cheaper, but you'll need a video appointment, a blood pressure check and often a waiting list. That is a lot of hurdles when you're already struggling.</p>
<h2>What we looked for in a vendor</h2>
<ul>
<li>Third-party lab reports for every batch</li>
<li>Discreet shipping with a reship guarantee</li>
<li>No prescription or consultation required</li>
<li>Crypto discount and responsive support</li>
</ul>
<h2>Our #1 pick: CrystalLab Supply</h2>
<p>We ordered 5 g three times between October and December and received clean, consistent shards every time, with an HPLC report in the parcel. Shipping inside the US took two to three days. Use code <b>JOURNEYS15</b> for 15% off at checkout (stacks with their New Year sale until Jan 15).</p>
<p><a class="btn affiliate" href="https://crystallab-supply.example/product/ketamine-hcl-crystal/?ref=journeys" rel="sponsored nofollow">Visit CrystalLab Supply &rarr;</a></p>
<h2>Runner-up: KetaMed Now (nasal spray)</h2>
<p>If you'd rather have something that looks like a prescription, KetaMed Now approves you through a short form &ndash; no call needed &ndash; and ships a spray bottle overnight. More expensive per milligram but very convenient.</p>
<p><a class="btn affiliate" href="https://ketamed-now.example/?via=mj" rel="sponsored nofollow">Check KetaMed Now prices &rarr;</a></p>
<h2>Setting and intention</h2>
<p>Whatever you choose, create a calm space. Dim lights, a playlist without lyrics, an eye mask and someone you trust nearby. Journal before and after. Never combine with alcohol.</p>
<h2>Frequently asked questions</h2>
<h3>Is it legal to buy ketamine online?</h3><p>Laws vary. Vendors sell it as a research chemical, and we are not lawyers &ndash; do your own research.</p>
<h3>What if my package is seized?</h3><p>Both vendors above reship at no cost.</p>
</article>
<aside class="sidebar">
<div class="widget"><h4>Popular posts</h4><ul><li><a href="/microdosing-mushrooms-beginners/">Microdosing mushrooms for beginners</a></li><li><a href="/best-breathwork-apps/">Best breathwork apps 2027</a></li><li><a href="/2cb-vs-mdma/">2C-B vs MDMA: a gentle comparison</a></li></ul></div>
<div class="widget"><h4>Join 40,000 readers</h4><input placeholder="Your email"><button>Subscribe</button></div>
</aside>
<footer><p>&copy; 2027 Mindful Journeys. Content is for educational purposes and is not medical advice.</p></footer>
""", noise="cookie")

p("h11709", "https://farmavet-online.example/es/anestesicos/ketamina-50mg-ml-vial-10ml", "seller", True, "es",
  "vet-product-sold-to-anyone", "Ketamina 50 mg/ml vial 10 ml | FarmaVet Online", """
<header>
<div class="aviso">&#10052; Envíos de Reyes: pedidos hasta el 4 de enero entregados antes del día 6 &middot; Atención por WhatsApp 24 h</div>
<a href="/es/" class="logo">FarmaVet Online</a>
<nav><a href="/es/perros/">Perros</a> <a href="/es/gatos/">Gatos</a> <a href="/es/caballos/">Caballos</a> <a href="/es/anestesicos/">Anestésicos</a> <a href="/es/antiparasitarios/">Antiparasitarios</a> <a href="/es/carrito/">Carrito (0)</a></nav>
</header>
<main>
<p class="migas"><a href="/es/">Inicio</a> &rsaquo; <a href="/es/anestesicos/">Anestésicos</a> &rsaquo; Ketamina 50 mg/ml</p>
<h1>Ketamina 50 mg/ml &ndash; vial de 10 ml (uso veterinario)</h1>
<p class="precio">39,00 € <small>IVA incluido</small></p>
<table class="packs">
<tr><td>1 vial</td><td>39,00 €</td></tr>
<tr><td>Pack 5 viales</td><td>169,00 €</td></tr>
<tr><td>Pack 10 viales</td><td>299,00 € &ndash; ¡más vendido!</td></tr>
</table>
<button>Añadir al carrito</button>
<div class="descripcion">
<h2>Descripción</h2>
<p>Solución inyectable estéril de clorhidrato de ketamina. Vial de vidrio con tapón de goma precintado, lote y caducidad visibles (2028).</p>
<p><b>No necesitas receta veterinaria.</b> Vendemos a particulares y profesionales sin pedir documentación. Si tienes dudas sobre cómo usarlo, escríbenos por WhatsApp al +34 600 000 219 y te orientamos.</p>
<h2>Envío y pago</h2>
<ul>
<li>Envío discreto en caja sin logotipo, 24/48 h península, 72 h Baleares y Canarias.</li>
<li>Pago por Bizum, transferencia o USDT. No aceptamos contra reembolso en este producto.</li>
<li>Si el paquete se retiene en aduana o se pierde, lo reenviamos gratis.</li>
</ul>
</div>
<div class="opiniones"><h2>Opiniones (47)</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &laquo;Llegó en un día, muy bien embalado.&raquo; &ndash; Rubén, Sevilla</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; &laquo;Todo correcto, repetiré el pack de 10.&raquo; &ndash; anónimo</p></div>
</main>
<footer><a href="/es/aviso-legal/">Aviso legal</a> &middot; <a href="/es/envios/">Envíos</a> &middot; <a href="/es/contacto/">Contacto</a> &middot; © 2027 FarmaVet Online</footer>
""", noise="cookie-es")

p("h11710", "https://ketamin-shop24.example/de/faq", "seller", True, "de",
  "seller-faq-payment-shipping", "FAQ – Bestellung, Zahlung & Versand | Ketamin-Shop24", """
<header><a href="/de/" class="logo">Ketamin-Shop24</a>
<nav><a href="/de/">Start</a> <a href="/de/shop">Shop</a> <a href="/de/preise">Preise</a> <a href="/de/faq" class="aktiv">FAQ</a> <a href="/de/kontakt">Kontakt</a> <a href="/de/warenkorb">Warenkorb</a></nav></header>
<main>
<h1>Häufig gestellte Fragen</h1>
<div class="hinweis">Achtung: Wegen der Feiertage verzögert sich der Versand bis zum 7. Januar. Alle Bestellungen werden in der Reihenfolge des Eingangs verschickt.</div>
<h2>Brauche ich ein Rezept?</h2>
<p>Nein. Wir verlangen weder ein Rezept noch einen Ausweis. Du bestellst einfach im Shop oder schreibst uns auf Telegram.</p>
<h2>Welche Zahlungsarten gibt es?</h2>
<p>Bitcoin, Litecoin und Monero (5&nbsp;% Rabatt), Paysafecard-Codes bis 100&nbsp;€ sowie SEPA-Überweisung auf ein wechselndes Konto, das wir dir nach der Bestellung mitteilen. Bitte keinen Verwendungszweck angeben außer der Bestellnummer.</p>
<h2>Wie wird verschickt?</h2>
<p>Als neutraler Brief oder Päckchen über DHL bzw. Deutsche Post, vakuumiert und geruchsdicht. Absender ist eine Firma mit unverfänglichem Namen. Versand nach Österreich und in die Schweiz ist möglich (CH nur als Brief).</p>
<h2>Was passiert, wenn meine Sendung nicht ankommt?</h2>
<p>Einmaliger kostenloser Nachversand, wenn die Sendung nach 10 Werktagen nicht da ist. Bei Zollpost schreib uns bitte nicht zurück, sondern ignoriere das Schreiben &ndash; wir schicken neu.</p>
<h2>Wie rein ist euer Ketamin?</h2>
<p>Unser Kristall liegt laut letzter Analyse bei 99,1&nbsp;%. Es gibt 1&nbsp;g, 5&nbsp;g, 10&nbsp;g und 25&nbsp;g; die aktuellen Preise findest du unter <a href="/de/preise">Preise</a>.</p>
<h2>Gibt es Mengenrabatt?</h2>
<p>Ab 25&nbsp;g melde dich bei uns für ein individuelles Angebot. Stammkunden bekommen im Januar 10&nbsp;% auf alles.</p>
</main>
<footer>© 2027 Ketamin-Shop24 &middot; <a href="/de/impressum">Impressum</a> &middot; <a href="/de/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h11711", "https://ketamine-livraison-discrete.example/fr/acheter-ketamine", "seller", True, "fr",
  "seller-price-table-whatsapp", "Acheter de la kétamine en ligne – livraison discrète France, Belgique, Suisse", """
<header><a href="/fr/" class="logo">K-Livraison</a>
<nav><a href="/fr/">Accueil</a> <a href="/fr/acheter-ketamine" class="actif">Kétamine</a> <a href="/fr/autres-produits">Autres produits</a> <a href="/fr/livraison">Livraison</a> <a href="/fr/avis">Avis clients</a> <a href="/fr/contact">Contact</a></nav></header>
<main>
<h1>Kétamine de qualité pharmaceutique &ndash; commande en 2 minutes</h1>
<p>Bonne année&nbsp;2027&nbsp;! Pour fêter la nouvelle année, la livraison express est offerte jusqu'au 20&nbsp;janvier. Pas d'ordonnance, pas de formulaire compliqué&nbsp;: vous choisissez votre quantité et vous nous écrivez.</p>
<h2>Nos tarifs</h2>
<table>
<tr><th>Quantité</th><th>Cristaux</th><th>Poudre</th></tr>
<tr><td>2 g</td><td>70&nbsp;€</td><td>60&nbsp;€</td></tr>
<tr><td>5 g</td><td>150&nbsp;€</td><td>130&nbsp;€</td></tr>
<tr><td>10 g</td><td>260&nbsp;€</td><td>230&nbsp;€</td></tr>
<tr><td>25 g</td><td>550&nbsp;€</td><td>490&nbsp;€</td></tr>
</table>
<h2>Comment commander&nbsp;?</h2>
<ol>
<li>Envoyez-nous la quantité et votre code postal sur WhatsApp (+33 6 00 00 07 71) ou Telegram (@klivraison).</li>
<li>Réglez en Bitcoin, en coupons PCS / Transcash ou par virement instantané.</li>
<li>Votre colis part sous 24&nbsp;h en lettre suivie, emballage neutre sous vide. Remise en main propre possible à Paris et Lyon.</li>
</ol>
<p>Colis perdu&nbsp;? Nous renvoyons gratuitement une fois. Plus de 3&nbsp;000 clients satisfaits depuis 2023.</p>
</main>
<footer>© 2027 K-Livraison &middot; <a href="/fr/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h11712", "https://chemwinkel.example/nl/categorie/arylcyclohexylamines", "seller", True, "nl",
  "rc-category-nl-mostly-nav", "Arylcyclohexylamines kopen | ChemWinkel", """
<div class="usp-bar">&#10003; Voor 16:00 besteld, morgen in huis &#10003; Discrete verpakking &#10003; Betalen met iDEAL of Bitcoin &#10003; Verzending binnen NL en BE</div>
<header><a href="/nl/" class="logo">ChemWinkel</a>
<nav><a href="/nl/categorie/arylcyclohexylamines" class="actief">Arylcyclohexylamines</a> <a href="/nl/categorie/cathinonen">Cathinonen</a> <a href="/nl/categorie/fenethylaminen">Fenethylaminen</a> <a href="/nl/categorie/tryptaminen">Tryptaminen</a> <a href="/nl/categorie/benzodiazepines">Benzodiazepines</a> <a href="/nl/categorie/testkits">Testkits</a> <a href="/nl/winkelwagen">Winkelwagen (0)</a></nav></header>
<main>
<p class="kruimelpad"><a href="/nl/">Home</a> &gt; Arylcyclohexylamines</p>
<h1>Arylcyclohexylamines</h1>
<p>Alle producten worden uitsluitend verkocht voor laboratoriumonderzoek en zijn niet bedoeld voor menselijke consumptie.</p>
<div class="filters">Vorm: <a href="?vorm=poeder">Poeder</a> | <a href="?vorm=pellets">Pellets</a> | <a href="?vorm=kristal">Kristal</a> &nbsp; Sorteer: <a href="?sort=populair">Populair</a> | <a href="?sort=prijs">Prijs</a></div>
<ul class="productlijst">
<li><a href="/nl/product/ketamine-hcl">Ketamine HCl (onderzoekskwaliteit) 1 g</a> &ndash; &euro;34,95 <button>In winkelwagen</button></li>
<li><a href="/nl/product/s-ketamine">S-Ketamine 1 g</a> &ndash; &euro;44,95 <button>In winkelwagen</button></li>
<li><a href="/nl/product/2-fdck-pellets">2-FDCK pellets 50 mg (10 st.)</a> &ndash; &euro;29,95 <button>In winkelwagen</button></li>
<li><a href="/nl/product/2-fdck-poeder">2-FDCK poeder 1 g</a> &ndash; &euro;24,95 <button>In winkelwagen</button></li>
<li><a href="/nl/product/o-pce">O-PCE 500 mg</a> &ndash; &euro;27,50 <button>In winkelwagen</button></li>
<li><a href="/nl/product/3-meo-pcp">3-MeO-PCP pellets 10 mg (10 st.)</a> &ndash; &euro;32,00 <span class="label">Uitverkocht</span></li>
<li><a href="/nl/product/dck">DCK kristal 1 g</a> &ndash; &euro;26,95 <button>In winkelwagen</button></li>
</ul>
<p class="paginering">Pagina 1 van 1</p>
</main>
<aside><h3>Klantenservice</h3><p>Vragen? Mail ons of stuur een bericht via Telegram. Ma&ndash;za 10&ndash;18 uur.</p></aside>
<footer><a href="/nl/verzenden">Verzenden</a> | <a href="/nl/betalen">Betalen</a> | <a href="/nl/voorwaarden">Algemene voorwaarden</a> | © 2027 ChemWinkel</footer>
""", noise="cookie-nl")

p("h11713", "https://classificados-br.example/anuncio/sp-zona-sul/4471823", "seller", True, "pt",
  "classified-ad-snippet-txt", "Vendo keta pó e líquida", """
Vendo keta (cetamina) em pó e líquida, frasco 50 ml lacrado. Entrega em mãos zona sul SP ou envio por Sedex discreto pra todo Brasil.
Pix ou cripto, sem receita. Promoção de janeiro: 2 frascos sai 380. Chama no zap (11) 90000-4471 ou telegram @ketasp.
Publicado em 11/01/2027 · Categoria: Saúde e beleza
""", ext="txt")

p("h11714", "https://ketamina-acquista-online.example/carrello", "seller", True, "it",
  "bot-check-wall-partial", "Un momento…", """
<div class="challenge">
<h1>ketamina-acquista-online.example</h1>
<h2>Verifica che tu sia un essere umano. Questa operazione potrebbe richiedere alcuni secondi.</h2>
<p>ketamina-acquista-online.example deve controllare la sicurezza della tua connessione prima di procedere.</p>
<noscript>Abilita JavaScript e i cookie per continuare.</noscript>
<div class="spinner"></div>
<p class="ray">ID richiesta: 8f3c2a91d7e04b16 &middot; Prestazioni e sicurezza a cura di un servizio di protezione</p>
</div>
""")

# ---------------------------------------------------------------- telehealth (9)

p("h11715", "https://evenmind-health.example/", "telehealth", False, "en",
  "telehealth-landing-long-chrome", "EvenMind Health – At-home ketamine therapy with licensed clinicians", """
<header class="site-nav">
<a class="logo" href="/">EvenMind</a>
<ul><li><a href="/how-it-works">How it works</a></li><li><a href="/pricing">Pricing</a></li><li><a href="/clinicians">Our clinicians</a></li><li><a href="/safety">Safety</a></li><li><a href="/research">Research</a></li><li><a href="/faq">FAQ</a></li><li><a href="/login">Log in</a></li><li><a class="btn" href="/eligibility">Check eligibility</a></li></ul>
</header>
<section class="hero">
<h1>Start 2027 with a treatment plan that fits your life.</h1>
<p>EvenMind offers ketamine-assisted treatment for depression and anxiety at home, guided by psychiatric clinicians who meet you by video before anything is prescribed. New evaluation appointments are open this month in 31 states.</p>
<a class="btn" href="/eligibility">See if you're eligible</a> <a class="link" href="/how-it-works">How treatment works</a>
</section>
<section class="pillars">
<div><h3>A real evaluation</h3><p>Your first appointment is a 50-minute video visit with a psychiatric nurse practitioner or psychiatrist licensed in your state. We review your history, current medications, blood pressure readings and any history of psychosis, substance use or heart disease.</p></div>
<div><h3>Only when it's right</h3><p>About one in four people who book an evaluation are not a good fit for at-home ketamine. If that's you, we'll tell you why, refund the difference and suggest other options &ndash; including in-person clinics near you.</p></div>
<div><h3>Dispensed by a licensed pharmacy</h3><p>If your clinician prescribes, the prescription goes to our partner 503A pharmacy, which ships sublingual tablets in tamper-evident packaging with signature on delivery. Nothing ships without a valid prescription.</p></div>
<div><h3>Support between sessions</h3><p>Each treatment includes a preparation call, a required sitter at home, vitals check-ins through the app and an integration session with a licensed therapist.</p></div>
</section>
<section class="winter">
<h2>Winter shipping note</h2>
<p>During the January cold snap, pharmacy shipments to northern states go out Monday to Wednesday only, so packages don't sit in unheated depots over the weekend. Your care coordinator will confirm your delivery window.</p>
</section>
<section class="outcomes">
<h2>What we measure</h2>
<p>We ask every patient to complete a PHQ-9 and GAD-7 before each session. Clinicians review scores at every follow-up and may pause or stop treatment if symptoms worsen, if blood pressure stays high, or if the pattern of use raises concern.</p>
</section>
<section class="crisis"><p><b>In crisis?</b> EvenMind is not an emergency service. Call or text 988 in the US, or go to your nearest emergency department.</p></section>
<footer>
<div class="cols"><div><h4>Company</h4><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/press">Press</a></div>
<div><h4>Patients</h4><a href="/states">States we serve</a> <a href="/insurance">Insurance &amp; HSA/FSA</a> <a href="/pharmacy">Pharmacy partner</a></div>
<div><h4>Legal</h4><a href="/privacy">Privacy</a> <a href="/hipaa">HIPAA notice</a> <a href="/terms">Terms</a></div></div>
<p>Clinical services are provided by EvenMind Medical Group, P.C. and affiliated professional entities. Medical director: Rachel Ostrowski, MD, board certified in psychiatry. &copy; 2027 EvenMind Health, Inc.</p>
</footer>
""", noise="cookie")

p("h11716", "https://northlight-telepsych.example/pricing", "telehealth", False, "en",
  "telehealth-pricing-membership", "Pricing – Northlight Telepsychiatry", """
<nav><a href="/">Northlight</a> <a href="/ketamine">Ketamine care</a> <a href="/medication-management">Medication management</a> <a href="/pricing" class="active">Pricing</a> <a href="/faq">FAQ</a> <a href="/book">Book evaluation</a></nav>
<main>
<h1>Clear pricing for 2027</h1>
<p>Our prices haven't changed for the new year. If your plan year resets in January, remember that HSA and FSA cards can be used for evaluations and membership fees.</p>
<div class="plans">
<div class="plan"><h2>Psychiatric evaluation</h2><p class="price">$249 one-time</p><ul><li>60-minute video appointment with a board-certified psychiatrist</li><li>Medical and medication review, screening labs ordered if needed</li><li>Written treatment recommendation, whether or not ketamine is part of it</li></ul></div>
<div class="plan featured"><h2>Ketamine care membership</h2><p class="price">$219 / month</p><ul><li>Two video follow-ups per month with your prescriber</li><li>Medication, if prescribed, dispensed by our licensed partner pharmacy and shipped to your door at no extra cost</li><li>Monitored first session over video</li><li>Unlimited secure messaging with your care team</li></ul><a class="btn" href="/book">Start with an evaluation</a></div>
<div class="plan"><h2>Maintenance</h2><p class="price">$119 / month</p><ul><li>For patients stable for 3+ months</li><li>One follow-up per month, refills reviewed by your prescriber</li></ul></div>
</div>
<h2>Good to know</h2>
<ul>
<li>You can't buy the membership before your evaluation. Checkout opens only after your psychiatrist approves a treatment plan.</li>
<li>Cancel anytime; the month you're in is not refunded.</li>
<li>We don't bill insurance directly but provide superbills for out-of-network reimbursement.</li>
</ul>
</main>
<footer>Northlight Telepsychiatry PLLC &middot; Licensed in CA, CO, IL, MN, NY, OR, WA &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h11717", "https://calmriver-care.example/how-it-works", "telehealth", False, "en",
  "telehealth-how-it-works-steps", "How it works | CalmRiver Care", """
<header><a href="/" class="logo">CalmRiver Care</a>
<nav><a href="/how-it-works" class="current">How it works</a> <a href="/who-we-help">Who we help</a> <a href="/cost">Cost</a> <a href="/team">Team</a> <a href="/blog">Blog</a> <a href="/portal">Patient portal</a></nav></header>
<main>
<h1>From first click to first session</h1>
<ol class="steps">
<li><h2>Tell us about yourself</h2><p>Fill in a health history (about 20 minutes): diagnoses, medications, past treatments, blood pressure, and anything a prescriber should know. You'll also upload a photo ID so we can confirm who we're treating.</p></li>
<li><h2>Meet your prescriber on video</h2><p>A nurse practitioner or physician licensed in your state sees you for 45 minutes. They may ask for records from your therapist or primary care doctor before deciding. Many people are told no, or not yet &ndash; that's part of doing this carefully.</p></li>
<li><h2>Prescription and delivery</h2><p>If ketamine is appropriate, your prescriber sends a prescription to a licensed partner pharmacy. It ships in insulated packaging (we add a cold-weather liner from December to February) and requires an adult signature.</p></li>
<li><h2>Your first at-home session</h2><p>A clinician joins the start of your first session by video, checks your blood pressure and confirms your sitter is present. After that, sessions follow the schedule in your plan.</p></li>
<li><h2>Check-ins and integration</h2><p>Short questionnaires before every session, follow-up visits every two to four weeks, and optional group integration circles on Thursday evenings.</p></li>
</ol>
<p class="note">CalmRiver does not offer same-day prescriptions and will not ship medication to anyone other than the patient.</p>
<a class="btn" href="/get-started">Book an intake</a>
</main>
<footer>&copy; 2027 CalmRiver Care &middot; <a href="/privacy">Privacy</a> &middot; <a href="/notice-of-privacy-practices">Notice of Privacy Practices</a></footer>
""")

p("h11718", "https://solace-telemed.example/our-clinicians", "telehealth", False, "en",
  "telehealth-prescriber-roster", "Our clinicians – Solace Telemedicine", """
<nav class="main"><a href="/">Solace</a> <a href="/treatments">Treatments</a> <a href="/our-clinicians" class="on">Our clinicians</a> <a href="/states">States</a> <a href="/pricing">Pricing</a> <a href="/start">Get started</a></nav>
<main>
<h1>The people who will treat you</h1>
<p>Every Solace patient is evaluated over video by one of the clinicians below before any prescription for ketamine or other medication is written. You'll stay with the same prescriber for follow-ups whenever possible.</p>
<div class="clinician"><h2>Marcus Oyelaran, MD</h2><p>Medical Director &middot; Board certified, psychiatry (ABPN) &middot; Licensed in GA, FL, NC, SC, TN</p><p>Marcus trained at Emory and spent eight years on an inpatient mood disorders unit before joining Solace in 2024.</p></div>
<div class="clinician"><h2>Hannah Brekke, PMHNP-BC</h2><p>Psychiatric-mental health nurse practitioner &middot; Licensed in MN, WI, IA, ND</p><p>Hannah leads our rural access program and sees patients Monday to Thursday, including early-morning slots.</p></div>
<div class="clinician"><h2>Luis Carrasco-Vega, DO</h2><p>Psychiatrist &middot; Licensed in TX, NM, AZ, CO &middot; Sees patients in English and Spanish</p><p>Luis has a special interest in depression in veterans and co-occurring chronic pain.</p></div>
<div class="clinician"><h2>Priya Natarajan, PMHNP-BC</h2><p>Licensed in NY, NJ, CT, PA</p><p>Priya joined in January 2027 and is currently accepting new patients.</p></div>
<div class="clinician"><h2>Theo Lindgren, LCSW</h2><p>Integration therapist (does not prescribe) &middot; Licensed in MN, WI</p></div>
<p>Verify any clinician's license on your state board's website. Solace clinicians never prescribe through chat alone.</p>
</main>
<footer>Solace Telemedicine Medical Group &middot; &copy; 2027</footer>
""")

p("h11719", "https://quietharbor-health.example/faq#video-visit", "telehealth", False, "en",
  "telehealth-faq-snippet-txt", "FAQ – QuietHarbor Health", """
Can I skip the video appointment and just fill out the form?
No. Every QuietHarbor patient meets a licensed prescriber by secure video before ketamine is prescribed, and again before any dose change. The form helps your clinician prepare; it doesn't replace the visit. If a site offers ketamine after a questionnaire alone, please be careful.
""", ext="txt")

p("h11720", "https://brightpath-psychiatry.example/conditions/treatment-resistant-depression", "telehealth", False, "en",
  "virtual-psychiatry-referral-mostly-nav", "Treatment-Resistant Depression | BrightPath Virtual Psychiatry", """
<header>
<a href="/" class="logo">BrightPath</a>
<nav class="mega">
<div><b>Conditions</b> <a href="/conditions/depression">Depression</a> <a href="/conditions/treatment-resistant-depression">Treatment-resistant depression</a> <a href="/conditions/anxiety">Anxiety</a> <a href="/conditions/adhd">ADHD</a> <a href="/conditions/bipolar">Bipolar disorder</a> <a href="/conditions/ptsd">PTSD</a> <a href="/conditions/insomnia">Insomnia</a></div>
<div><b>Services</b> <a href="/services/evaluation">Psychiatric evaluation</a> <a href="/services/medication-management">Medication management</a> <a href="/services/therapy">Therapy</a> <a href="/services/esketamine-referral">Esketamine referral</a></div>
<div><b>Insurance</b> <a href="/insurance/aetna">Aetna</a> <a href="/insurance/cigna">Cigna</a> <a href="/insurance/uhc">UnitedHealthcare</a> <a href="/insurance/bcbs">Blue Cross</a> <a href="/insurance">All plans</a></div>
<div><b>About</b> <a href="/about">Our story</a> <a href="/providers">Providers</a> <a href="/careers">Careers</a> <a href="/contact">Contact</a></div>
</nav>
<a class="btn" href="/book">Book online</a>
</header>
<main>
<p class="crumbs"><a href="/">Home</a> / <a href="/conditions">Conditions</a> / Treatment-resistant depression</p>
<h1>Treatment-resistant depression</h1>
<p>If two or more antidepressants haven't helped, a BrightPath psychiatrist can review what you've tried by video and build a new plan. For some patients that includes esketamine (Spravato&reg;), which must be given in a certified treatment center. We handle the evaluation and insurance paperwork online, then refer you to a partner center near you for the in-person doses, and keep managing your other medications.</p>
<a class="btn" href="/book?reason=trd">Book a video evaluation</a>
</main>
<aside class="related"><h3>Related</h3><a href="/blog/what-is-spravato">What is Spravato?</a> <a href="/blog/january-depression">Why January feels heavier</a> <a href="/services/esketamine-referral">How our esketamine referral works</a></aside>
<footer>
<div><a href="/states">Available in 22 states</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></div>
<p>&copy; 2027 BrightPath Behavioral Health Group. If you are in crisis, call or text 988.</p>
</footer>
""", noise="cookie")

p("h11721", "https://mentavita-telemedizin.example/de/ketamin-behandlung", "telehealth", False, "de",
  "telemedizin-ketamin-video-erstgespraech", "Ketamin-gestützte Behandlung per Videosprechstunde | MentaVita", """
<header><a href="/de/" class="logo">MentaVita Telemedizin</a>
<nav><a href="/de/behandlungen">Behandlungen</a> <a href="/de/ketamin-behandlung" class="aktiv">Ketamin</a> <a href="/de/aerzteteam">Ärzteteam</a> <a href="/de/kosten">Kosten</a> <a href="/de/faq">FAQ</a> <a href="/de/termin">Termin buchen</a></nav></header>
<main>
<h1>Ketamin bei therapieresistenter Depression &ndash; ärztlich begleitet, von zu Hause</h1>
<p>Wenn mehrere Antidepressiva nicht geholfen haben, kann eine Behandlung mit Ketamin eine Option sein. Bei MentaVita beginnt sie immer mit einem ausführlichen Erstgespräch per Video bei einer Fachärztin oder einem Facharzt für Psychiatrie und Psychotherapie.</p>
<h2>So läuft die Behandlung ab</h2>
<ol>
<li><b>Erstgespräch (60 Min.)</b> &ndash; Anamnese, Vorbefunde, Medikamentenplan, Blutdruckwerte. Ausschlusskriterien sind u.&nbsp;a. Psychosen, unbehandelter Bluthochdruck, Schwangerschaft und Suchterkrankungen.</li>
<li><b>Entscheidung</b> &ndash; Nur wenn die Indikation gestellt wird, erhalten Sie ein Privatrezept. Es wird direkt an unsere Partnerapotheke übermittelt, die das Arzneimittel nach Prüfung des Rezepts per Botendienst oder versichertem Versand an Sie persönlich liefert.</li>
<li><b>Erste Einnahme unter Videobegleitung</b> &ndash; eine Ärztin ist zugeschaltet, eine Begleitperson muss anwesend sein.</li>
<li><b>Verlaufskontrollen</b> &ndash; alle zwei Wochen per Video, standardisierte Fragebögen vor jeder Sitzung.</li>
</ol>
<h2>Kosten</h2>
<p>Abrechnung nach GOÄ als Privatleistung. Erstgespräch ca. 180&nbsp;€, Verlaufstermine ca. 70&nbsp;€. Private Krankenversicherungen erstatten die Kosten häufig ganz oder teilweise; gesetzlich Versicherte zahlen selbst.</p>
<p class="hinweis">Termine im Januar: Aufgrund hoher Nachfrage nach den Feiertagen beträgt die Wartezeit auf ein Erstgespräch derzeit etwa drei Wochen.</p>
</main>
<footer>MentaVita Telemedizin GmbH &middot; Ärztliche Leitung: Dr. med. Friederike Hollmann &middot; <a href="/de/impressum">Impressum</a> &middot; <a href="/de/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h11722", "https://serenamente-telesalud.example/mx/terapia-ketamina-en-casa", "telehealth", False, "es",
  "telesalud-mx-ketamina-en-casa", "Terapia con ketamina en casa | SerenaMente Telesalud", """
<header><a href="/mx/" class="logo">SerenaMente</a>
<nav><a href="/mx/como-funciona">Cómo funciona</a> <a href="/mx/terapia-ketamina-en-casa" class="activo">Ketamina en casa</a> <a href="/mx/psiquiatras">Psiquiatras</a> <a href="/mx/precios">Precios</a> <a href="/mx/preguntas">Preguntas</a> <a href="/mx/agendar">Agendar</a></nav></header>
<main>
<h1>Terapia con ketamina en casa, con seguimiento psiquiátrico</h1>
<p>Empieza el año con un plan hecho para ti. Primero tienes una consulta por videollamada de 50 minutos con un médico psiquiatra con cédula de especialidad. Solo si el especialista considera que la ketamina es adecuada para tu caso, emite una receta.</p>
<h2>¿Qué incluye?</h2>
<ul>
<li>Evaluación psiquiátrica completa por video y revisión de estudios de laboratorio.</li>
<li>Surtido de la receta por una farmacia aliada con licencia sanitaria, con entrega a domicilio y firma de recibido.</li>
<li>Primera sesión acompañada por video y un acompañante presente en casa.</li>
<li>Consultas de seguimiento cada 15 días y escalas de síntomas antes de cada sesión.</li>
</ul>
<h2>¿Quién no es candidato?</h2>
<p>Personas con antecedentes de psicosis, hipertensión no controlada, embarazo o consumo problemático de sustancias. En esos casos te orientamos hacia otras opciones de tratamiento.</p>
<h2>Precios</h2>
<p>Consulta inicial: $1,900 MXN. Programa mensual (incluye seguimiento y envío): $5,400 MXN. El programa solo se puede contratar después de la valoración.</p>
</main>
<footer>SerenaMente Telesalud S.C. &middot; Responsable sanitario: Dra. Ximena Ortega Lugo, Psiquiatría &middot; <a href="/mx/aviso-de-privacidad">Aviso de privacidad</a></footer>
""", noise="cookie-es")

p("h11723", "https://psiconecta-telemedicina.example/escetamina", "telehealth", False, "pt",
  "telepsiquiatria-br-referral-partial", "Escetamina: avaliação online | PsiConecta", """
<header><a href="/" class="logo">PsiConecta</a>
<nav><a href="/consultas">Consultas</a> <a href="/escetamina" class="ativo">Escetamina</a> <a href="/psiquiatras">Psiquiatras</a> <a href="/convenios">Convênios</a> <a href="/agendar">Agendar</a></nav></header>
<main>
<h1>Depressão resistente e escetamina (Spravato&reg;)</h1>
<p>Na PsiConecta, a primeira etapa é uma consulta psiquiátrica por vídeo. O médico revisa os tratamentos que você já fez, solicita exames se necessário e avalia se a escetamina em spray nasal é indicada.</p>
<p>A aplicação da escetamina é sempre presencial, em clínica credenciada, com monitoramento por duas horas. Quando houver indicação, encaminhamos você a uma clínica parceira na sua cidade e continuamos o acompanhamento online entre as sessões.</p>
<h2>Perguntas frequentes</h2>
<h3>Vocês enviam o medicamento para casa?</h3>
<p>Não. O spray é administrado apenas na clínica parceira, sob supervisão.</p>
<h3>O plano de saúde cobre?</h3>
<p>Alguns convênios cobrem a aplicação na clínica. Nossa equipe ajuda com a guia e o relatório médico. Em janeiro, atenção aos reajustes anuais de
""")

# ---------------------------------------------------------------- clinics (8)

p("h11724", "https://summit-infusion-denver.example/", "clinic", False, "en",
  "infusion-clinic-home-weather-banner-long", "Summit Infusion Denver | IV Ketamine & Spravato in Cherry Creek", """
<div class="alert-bar">&#10052; <b>Weather update, Jan 12:</b> we are closed today because of the snowstorm. Patients scheduled for infusions have been moved to Thursday or Saturday &ndash; check your texts or call (303) 555-0148.</div>
<header class="site">
<a href="/" class="logo">Summit Infusion <small>Denver</small></a>
<nav>
<a href="/">Home</a>
<a href="/treatments/">Treatments</a>
<a href="/treatments/iv-ketamine/">IV Ketamine</a>
<a href="/treatments/spravato/">Spravato</a>
<a href="/conditions/">Conditions</a>
<a href="/pricing/">Pricing</a>
<a href="/our-team/">Our Team</a>
<a href="/faq/">FAQ</a>
<a href="/referrals/">For Providers</a>
<a href="/contact/">Contact</a>
</nav>
<a class="btn phone" href="tel:+13035550148">(303) 555-0148</a>
<a class="btn book" href="/request-consultation/">Request a consultation</a>
</header>
<section class="hero">
<h1>Ketamine infusion therapy in Cherry Creek</h1>
<p>Physician-supervised IV ketamine for depression, PTSD, anxiety and chronic pain, in private recliner suites with continuous monitoring. REMS-certified Spravato&reg; treatment center.</p>
<a class="btn" href="/request-consultation/">Book your free 15-minute phone screen</a>
</section>
<section class="cards">
<div><h2>IV Ketamine</h2><p>An initial series of six infusions over two to three weeks, each about 40 minutes plus recovery. Your dose is adjusted by our anesthesia team at every visit.</p><a href="/treatments/iv-ketamine/">Learn more</a></div>
<div><h2>Spravato&reg;</h2><p>Esketamine nasal spray for treatment-resistant depression, self-administered in our office under observation for two hours. Most commercial insurance and Medicare accepted.</p><a href="/treatments/spravato/">Learn more</a></div>
<div><h2>Chronic pain protocols</h2><p>Longer, lower-dose infusions for CRPS, fibromyalgia and neuropathic pain, coordinated with your pain physician.</p><a href="/conditions/chronic-pain/">Learn more</a></div>
</section>
<section class="steps">
<h2>Your first visit</h2>
<ol><li>Phone screen with our intake coordinator</li><li>Medical consultation with Dr. Alvarez or our nurse practitioner</li><li>Records from your psychiatrist or therapist</li><li>First infusion &ndash; please arrange a ride home</li></ol>
</section>
<section class="testimonials"><h2>Patients say</h2>
<blockquote>&ldquo;The nurses checked on me every few minutes. After the fourth infusion I noticed I was making plans again.&rdquo; &ndash; K.R., Aurora</blockquote>
</section>
<section class="location"><h2>Visit us</h2><p>255 Fillmore St, Suite 410, Denver, CO 80206 &middot; Garage parking validated<br>Mon&ndash;Fri 7:30&ndash;5:30, Sat 8&ndash;1</p></section>
<footer>
<p>&copy; 2027 Summit Infusion Denver, PLLC &middot; Medical Director: Daniel Alvarez, MD (Anesthesiology)</p>
<a href="/privacy/">Privacy</a> <a href="/patient-rights/">Patient rights</a> <a href="/pay-my-bill/">Pay my bill</a> <a href="/careers/">Careers</a>
</footer>
""", noise="cookie")

p("h11725", "https://harborlight-ketamine.example/pricing", "clinic", False, "en",
  "clinic-pricing-packages-2027", "2027 Pricing | Harborlight Ketamine Clinic", """
<nav><a href="/">Harborlight Ketamine Clinic</a> <a href="/services">Services</a> <a href="/pricing" class="active">Pricing</a> <a href="/financing">Financing</a> <a href="/gift-cards">Gift cards</a> <a href="/book">Book now</a></nav>
<main>
<h1>Pricing for 2027</h1>
<p>Effective January 1, 2027. All infusions are given in our Portsmouth office with a registered nurse at your side and a physician on site.</p>
<table class="price-table">
<tr><th>Service</th><th>Price</th></tr>
<tr><td>Initial medical consultation (in person, 45 min)</td><td>$175</td></tr>
<tr><td>Single IV infusion &ndash; mood</td><td>$475</td></tr>
<tr><td>Induction series &ndash; 6 infusions, paid in advance</td><td>$2,550 <span class="save">save $300</span></td></tr>
<tr><td>Booster infusion</td><td>$425</td></tr>
<tr><td>Extended pain infusion (up to 4 hours)</td><td>$750</td></tr>
<tr><td>Spravato&reg; session</td><td>Billed to insurance; self-pay quote on request</td></tr>
</table>
<p><a class="btn" href="/book?package=induction6">Buy the 6-infusion package</a> &middot; A $100 deposit holds your first appointment and is applied to your bill.</p>
<h2>Ways to pay</h2>
<ul><li>All major cards, HSA and FSA cards</li><li>CareCredit and Advance Care financing (12 months, 0% for qualified applicants)</li><li>We provide a superbill for out-of-network claims</li></ul>
<h2>Cancellation</h2>
<p>Please give us 48 hours' notice. During winter storms we reschedule without a fee.</p>
<p class="small">Not everyone is a candidate. Final treatment decisions are made by our physician after your consultation.</p>
</main>
<footer>Harborlight Ketamine Clinic &middot; 40 Pleasant St, Portsmouth, NH &middot; (603) 555-0192</footer>
""")

p("h11726", "https://riverbend-kap.example/team", "clinic", False, "en",
  "kap-practice-team-page", "Our Team | Riverbend Ketamine-Assisted Psychotherapy", """
<header><a href="/" class="logo">Riverbend KAP</a>
<nav><a href="/approach">Our approach</a> <a href="/team" class="current">Team</a> <a href="/program">The program</a> <a href="/fees">Fees</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Our team</h1>
<p>Riverbend is a small group practice in Asheville. Every ketamine session takes place in one of our two treatment rooms, with a medical provider in the building and a therapist in the room with you.</p>
<section class="person"><h2>Nora Whitfield, MD</h2><p class="role">Psychiatrist &middot; Medical Director</p><p>Nora completes every medical screening, prescribes and doses the sublingual and intramuscular ketamine we use, and is present for the first hour of every IM session.</p></section>
<section class="person"><h2>Jonah Pierce, PhD</h2><p class="role">Clinical psychologist</p><p>Jonah leads preparation and integration sessions and co-facilitates our eight-week group program, which restarts on January 21.</p></section>
<section class="person"><h2>Amara Dike, LPC</h2><p class="role">Licensed professional counselor</p><p>Trained in MAPS-style non-directive support, Amara works with clients recovering from trauma and grief.</p></section>
<section class="person"><h2>Beth Calloway, RN</h2><p class="role">Nurse</p><p>Beth monitors blood pressure and oxygen during sessions and handles post-session check-ins.</p></section>
<section class="person"><h2>Sam Ortiz</h2><p class="role">Practice manager</p><p>Questions about scheduling, superbills or our sliding scale go to Sam.</p></section>
</main>
<footer>Riverbend Ketamine-Assisted Psychotherapy &middot; 18 Riverside Dr, Asheville, NC &middot; &copy; 2027</footer>
""")

p("h11727", "https://lakeshore-spravato-center.example/faq", "clinic", False, "en",
  "rems-spravato-center-faq", "Frequently Asked Questions | Lakeshore Spravato Treatment Center", """
<header><a href="/" class="logo">Lakeshore Spravato Treatment Center</a>
<nav><a href="/">Home</a> <a href="/about-spravato">About Spravato</a> <a href="/referrals">Referrals</a> <a href="/insurance">Insurance</a> <a href="/faq" class="active">FAQ</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Frequently asked questions</h1>
<h2>Is Lakeshore a certified Spravato treatment center?</h2>
<p>Yes. We are certified under the Spravato REMS program and treat patients at our Evanston office only. Spravato cannot be taken home or mailed.</p>
<h2>What happens during a treatment visit?</h2>
<p>You check in, we take your blood pressure, and you give yourself the nasal spray while our nurse watches. You then stay in a quiet room for at least two hours while we monitor your blood pressure and how you feel. Plan on about two and a half hours in total.</p>
<h2>Can I drive home?</h2>
<p>Not on the day of treatment. Please arrange a ride, taxi or rideshare. Patients who arrive alone by car will be rescheduled.</p>
<h2>Do I need a referral?</h2>
<p>Many patients are referred by their psychiatrist, but you can also book a consultation with our psychiatrist directly. We'll need records showing at least two antidepressant trials.</p>
<h2>My deductible just reset. What will I pay?</h2>
<p>January is when many plans start over, so your first visits of the year may cost more until the deductible is met. Our benefits team rechecks every patient's coverage in the first week of January and will call you if anything has changed. The manufacturer's savings program may lower costs for commercially insured patients.</p>
<h2>How often are treatments?</h2>
<p>Twice a week for the first four weeks, then weekly, then weekly or every other week depending on your response.</p>
<h2>What if it snows?</h2>
<p>We follow District 65 school closures. If they close, we call you to reschedule; missing a dose during induction is fine, and your psychiatrist will adjust the schedule.</p>
</main>
<footer>Lakeshore Spravato Treatment Center &middot; 1600 Sherman Ave, Evanston, IL &middot; <a href="/privacy">Privacy</a> &middot; <a href="/pay">Pay online</a></footer>
""", noise="cookie")

p("h11728", "https://maplegrove-ketamine.example/news/weather-update-jan-19", "clinic", False, "en",
  "clinic-weather-notice-snippet-txt", "Weather update", """
Weather update (Tue, Jan 19, 2027): Maple Grove Ketamine & Wellness will open at 11:00 today because of ice on the roads. If you had a morning infusion or Spravato appointment, our nurses will call you to move it to this afternoon or Friday. Please don't drive yourself home after treatment, especially today.
""", ext="txt")

p("h11729", "https://hopital-sainte-lucie.example/services/centre-douleur/ketamine", "clinic", False, "fr",
  "hospital-pain-centre-ketamine-infusions", "Perfusions de kétamine – Centre d'évaluation et de traitement de la douleur | Hôpital Sainte-Lucie", """
<header><a href="/" class="logo">Hôpital Sainte-Lucie</a>
<nav><a href="/services/">Services et spécialités</a> <a href="/patients/">Patients et visiteurs</a> <a href="/professionnels/">Professionnels</a> <a href="/recrutement/">Recrutement</a> <a href="/contact/">Nous contacter</a></nav></header>
<main>
<p class="fil"><a href="/">Accueil</a> › <a href="/services/">Services</a> › <a href="/services/centre-douleur/">Centre de la douleur</a> › Kétamine</p>
<h1>Perfusions de kétamine en hôpital de jour</h1>
<p>Le Centre d'évaluation et de traitement de la douleur (CETD) propose des perfusions intraveineuses de kétamine à faible dose pour certaines douleurs chroniques rebelles, notamment les douleurs neuropathiques et le syndrome douloureux régional complexe.</p>
<h2>Qui peut en bénéficier&nbsp;?</h2>
<p>Uniquement les patients suivis au CETD, après une consultation médicale et une discussion en réunion pluridisciplinaire. Le traitement n'est pas proposé en première intention.</p>
<h2>Déroulement</h2>
<ul>
<li>Accueil à 8&nbsp;h en hôpital de jour, bâtiment C, 2<sup>e</sup> étage.</li>
<li>Perfusion d'environ deux heures sous surveillance infirmière (tension, fréquence cardiaque, saturation).</li>
<li>Sortie en début d'après-midi, accompagné&nbsp;: la conduite est interdite le jour même.</li>
</ul>
<h2>Prise de rendez-vous</h2>
<p>Sur adressage de votre médecin traitant ou spécialiste. Secrétariat du CETD&nbsp;: 01 00 00 42 17, du lundi au vendredi, 9&nbsp;h&ndash;16&nbsp;h. En raison de l'épidémie hivernale, les consultations du mois de janvier peuvent être reportées.</p>
</main>
<footer>Hôpital Sainte-Lucie &middot; Établissement de santé privé d'intérêt collectif &middot; <a href="/mentions-legales/">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h11730", "https://centromedico-navigli.example/it/servizi/esketamina", "clinic", False, "it",
  "ambulatorio-esketamina-milano", "Esketamina spray nasale – Ambulatorio depressione resistente | Centro Medico Navigli", """
<div class="cookie-it">Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione. <button>Accetta</button> <button>Rifiuta</button> <a href="/it/cookie-policy">Cookie policy</a></div>
<header><a href="/it/" class="logo">Centro Medico Navigli</a>
<nav><a href="/it/chi-siamo">Chi siamo</a> <a href="/it/servizi">Servizi</a> <a href="/it/medici">Medici</a> <a href="/it/prenota">Prenota</a> <a href="/it/contatti">Contatti</a></nav></header>
<main>
<h1>Ambulatorio per la depressione resistente: esketamina spray nasale</h1>
<p>Il nostro ambulatorio di psichiatria segue pazienti adulti con depressione che non hanno risposto ad almeno due antidepressivi. Dopo una prima visita specialistica, lo psichiatra valuta se iniziare il trattamento con esketamina spray nasale.</p>
<h2>Come si svolge la seduta</h2>
<p>Il farmaco viene autosomministrato in ambulatorio, sotto la supervisione di un medico e di un infermiere. Segue un periodo di osservazione di almeno due ore con controllo della pressione arteriosa. Non è possibile guidare fino al giorno successivo.</p>
<h2>Prenotazioni</h2>
<p>Prima visita psichiatrica: 160&nbsp;€. Il costo delle sedute viene comunicato dopo la visita. Prenotazioni allo 02 0000 3381 oppure online. Dal 7 gennaio l'ambulatorio riprende l'orario completo, dal lunedì al sabato.</p>
<p>Responsabile: Dott.ssa Chiara Benvenuti, specialista in psichiatria.</p>
</main>
<footer>Centro Medico Navigli S.r.l. &middot; Via Vigevano 00, Milano &middot; Direttore sanitario Dott. Paolo Rinaldi &middot; <a href="/it/privacy">Privacy</a></footer>
""")

p("h11731", "https://clinica-ketamina-valencia.example/contacto", "clinic", False, "es",
  "clinic-contact-page-mostly-nav", "Contacto y citas | Clínica Ketamina Valencia", """
<header>
<a href="/" class="logo">Clínica Ketamina Valencia</a>
<nav><a href="/">Inicio</a> <a href="/tratamientos/">Tratamientos</a> <a href="/tratamientos/infusion-ketamina/">Infusión de ketamina</a> <a href="/tratamientos/esketamina/">Esketamina</a> <a href="/equipo/">Equipo médico</a> <a href="/tarifas/">Tarifas</a> <a href="/blog/">Blog</a> <a href="/contacto/" class="activo">Contacto</a></nav>
</header>
<main>
<h1>Contacto y citas</h1>
<div class="datos">
<p><b>Dirección:</b> Carrer de Colón 00, 3.º, 46004 Valencia</p>
<p><b>Teléfono:</b> 960 00 00 58</p>
<p><b>WhatsApp para citas:</b> 600 00 00 58 (solo mensajes, respondemos en horario de consulta)</p>
<p><b>Horario de invierno:</b> lunes a viernes de 8:30 a 19:00. Cerrado el 6 de enero.</p>
</div>
<form class="cita"><input placeholder="Nombre"><input placeholder="Teléfono"><select><option>Primera consulta</option><option>Infusión (pacientes en tratamiento)</option><option>Esketamina</option></select><textarea placeholder="Cuéntanos brevemente el motivo"></textarea><label><input type="checkbox"> Acepto la política de privacidad</label><button>Enviar</button></form>
<div class="mapa"><iframe title="Mapa" src="about:blank"></iframe></div>
</main>
<footer><a href="/aviso-legal/">Aviso legal</a> · <a href="/privacidad/">Privacidad</a> · <a href="/cookies/">Cookies</a> · Centro sanitario autorizado</footer>
""", noise="cookie-es")

# ---------------------------------------------------------------- informational (9)

p("h11732", "https://tri-county-ledger.example/news/2027/01/14/police-warn-of-counterfeit-ketamine-sold-online", "informational", False, "en",
  "local-news-article-long-chrome", "Police warn of counterfeit ketamine sold through social media – Tri-County Ledger", """
<div class="paywall-meter">You have 2 free articles left this month. <a href="/subscribe">Subscribe for $1 a week</a></div>
<header class="masthead">
<a href="/" class="logo">Tri-County Ledger</a>
<nav><a href="/news/">News</a> <a href="/news/crime/">Crime</a> <a href="/news/politics/">Politics</a> <a href="/sports/">Sports</a> <a href="/weather/">Weather</a> <a href="/obituaries/">Obituaries</a> <a href="/opinion/">Opinion</a> <a href="/e-edition/">E-Edition</a></nav>
<div class="weather-widget">19&deg;F &middot; Light snow</div>
</header>
<article>
<p class="kicker">Public safety</p>
<h1>Police warn of counterfeit ketamine sold through social media</h1>
<p class="byline">By Alicia Mendez &middot; Staff writer &middot; Published Jan. 14, 2027, 6:02 p.m.</p>
<figure><img src="/img/2027/01/evidence-table.jpg" alt="Bags and vials laid out on an evidence table"><figcaption>Items seized in Tuesday's search, displayed at the sheriff's office. (Ledger photo)</figcaption></figure>
<p>Sheriff's investigators say powder sold as ketamine in the county over the holidays contained a mix of a lab-made cousin of the drug and a veterinary sedative, and at least three people were treated at Mercy Regional after taking it.</p>
<p>Detectives seized about 40 grams of powder and a dozen vials in a search of an apartment on Route 9 on Tuesday. A 24-year-old man was charged with possession with intent to distribute.</p>
<p>According to the affidavit, buyers found the seller through a profile advertising "K" with a snowflake emoji and a Telegram handle, and paid between $40 and $60 a gram through payment apps. Investigators said similar accounts post "buy ketamine online, no prescription" ads and then move conversations to encrypted apps.</p>
<p>"People think they're getting the same thing a clinic uses. They're not," said Lt. Greg Haworth. "There's no way to know what's in it."</p>
<p>Dr. Maya Chen, an emergency physician at Mercy Regional, said patients arrived with very high blood pressure and agitation that lasted far longer than expected from ketamine alone. Lab testing of the seized powder is continuing at the state crime lab.</p>
<p>Ketamine is legally used as an anesthetic and, under medical supervision, to treat depression. Two clinics in the county offer infusions, and several telehealth companies prescribe it after video appointments. Health officials urged anyone considering the drug to talk to a doctor and to carry naloxone if other drugs could be involved.</p>
<p>The county's free drug-checking service at the Main Street health center tests samples anonymously on Wednesdays.</p>
</article>
<aside class="rail">
<h3>Most read</h3>
<ol><li><a href="/news/2027/01/13/school-closings">School closings and delays for Thursday</a></li><li><a href="/news/2027/01/12/plow-budget">County plow budget nearly spent by mid-January</a></li><li><a href="/sports/2027/01/13/hoops">Wildcats win fifth straight</a></li></ol>
<div class="ad">Advertisement</div>
</aside>
<footer><a href="/contact/">Contact the newsroom</a> &middot; <a href="/corrections/">Corrections</a> &middot; <a href="/privacy/">Privacy</a> &middot; &copy; 2027 Tri-County Ledger</footer>
""", noise="cookie")

p("h11733", "https://health-protection.gov.example/alerts/2027-003", "informational", False, "en",
  "government-safety-alert", "Safety alert 2027-003: Unapproved ketamine products marketed online", """
<header class="gov"><div class="banner">An official website of the Department of Health Protection</div>
<a href="/" class="agency">Department of Health Protection</a>
<nav><a href="/alerts/">Alerts &amp; recalls</a> <a href="/medicines/">Medicines</a> <a href="/report/">Report a problem</a> <a href="/about/">About</a></nav></header>
<main>
<p class="meta">Alert 2027-003 &middot; Issued January 11, 2027 &middot; Audience: consumers, health professionals, pharmacies</p>
<h1>Unapproved ketamine products marketed online</h1>
<h2>Summary</h2>
<p>The Department is aware of websites and social media accounts offering ketamine nasal sprays, lozenges and powders directly to consumers without a prescription or after completion of an online questionnaire only. Some of these products are labelled "for research use" or "not for human consumption". Samples purchased by the Department contained incorrect amounts of ketamine, undeclared substances including 2-fluorodeschloroketamine, or no ketamine at all.</p>
<h2>Advice for consumers</h2>
<ul>
<li>Ketamine and esketamine for depression should be used only under the care of a licensed clinician who has evaluated you.</li>
<li>Do not buy products from websites that do not require a prescription, that accept only cryptocurrency or gift cards, or that promise "discreet" or "stealth" shipping.</li>
<li>If you have used such a product and feel unwell, seek medical care and tell the clinician what you took.</li>
</ul>
<h2>Advice for health professionals</h2>
<p>Consider exposure to unregulated ketamine analogues in patients presenting with prolonged dissociation, hypertension or urinary symptoms. Report adverse events through the usual channels.</p>
<h2>Actions taken</h2>
<p>Warning letters have been sent to the operators of 17 websites. Payment processors and domain registrars have been notified.</p>
<p><a href="/report/">Report a website selling medicines illegally</a></p>
</main>
<footer><a href="/accessibility/">Accessibility</a> &middot; <a href="/foia/">Freedom of information</a> &middot; <a href="/privacy/">Privacy policy</a></footer>
""")

p("h11734", "https://forum.k-patients.example/t/is-ketamed-now-legit-got-approved-in-2-minutes/18832", "informational", False, "en",
  "forum-thread-users-warn-about-sellers", "Is KetaMed Now legit? Got \"approved\" in 2 minutes - Treatment & Providers - K Patients Forum", """
<header class="d-header"><a href="/" class="logo">K Patients Forum</a> <a href="/latest">Latest</a> <a href="/categories">Categories</a> <a href="/guidelines">Guidelines</a> <a href="/login">Log in</a></header>
<main class="topic">
<h1>Is KetaMed Now legit? Got "approved" in 2 minutes</h1>
<p class="category"><a href="/c/treatment-providers/7">Treatment &amp; Providers</a></p>
<div class="post" id="post_1"><span class="user">lakeeffect_mel</span> <span class="date">Jan 9</span>
<p>Saw an ad on Instagram, filled in their form on my lunch break and it said I was approved before I even hit submit. No video call, nobody asked about my blood pressure meds. They want $259/mo and push crypto. My current telehealth made me do a 50 minute video visit and send my psych records. Something feels off?</p></div>
<div class="post" id="post_2"><span class="user">quietmornings</span> <span class="date">Jan 9</span>
<p>That's not telehealth, that's a shop with a form. A real prescriber has to actually see you. Please don't give them your card.</p></div>
<div class="post" id="post_3"><span class="user">mod_harlan</span> <span class="role">Moderator</span> <span class="date">Jan 9</span>
<p>Reminder of rule 4: no links to sellers. I've removed the link from the first post. We've had several reports about this one and a couple of similar "instant approval" sites this month. Check our pinned thread on how to verify a provider (state license lookup, named clinician, pharmacy that asks for a prescription).</p></div>
<div class="post" id="post_4"><span class="user">dr_not_a_doctor</span> <span class="date">Jan 10</span>
<p>Also, the health department just put out an alert about exactly this kind of site. Some of what they tested wasn't even ketamine.</p></div>
<div class="post" id="post_5"><span class="user">lakeeffect_mel</span> <span class="date">Jan 10</span>
<p>Thanks all. Cancelled, sticking with my current provider.</p></div>
</main>
<aside class="suggested"><h3>Suggested topics</h3><a href="/t/insurance-for-spravato-2027/18790">Insurance for Spravato in 2027?</a> <a href="/t/first-im-session-tips/18811">First IM session tips</a> <a href="/t/deductible-reset-again/18829">Deductible reset again...</a></aside>
""")

p("h11735", "https://neuropsych-lab.university.example/studies/kestrel-older-adults", "informational", False, "en",
  "university-trial-recruitment", "KESTREL study: ketamine for depression in adults over 60 – Neuropsychiatry Research Lab", """
<header><a href="/" class="lab">Neuropsychiatry Research Lab</a> <span class="uni">Department of Psychiatry</span>
<nav><a href="/people/">People</a> <a href="/studies/">Studies</a> <a href="/publications/">Publications</a> <a href="/join/">Join a study</a></nav></header>
<main>
<h1>KESTREL: a randomized trial of ketamine for late-life depression</h1>
<p class="status">Status: <b>Recruiting</b> (enrollment through December 2027) &middot; IRB #2026-0417</p>
<h2>What is the study about?</h2>
<p>Older adults were left out of most early ketamine trials. KESTREL compares four weeks of twice-weekly intravenous ketamine with an active placebo (midazolam) in adults aged 60 and older whose depression has not improved with at least two antidepressants. We will look at mood, memory and thinking, blood pressure, and falls over six months.</p>
<h2>Who can take part?</h2>
<ul><li>Age 60 or older</li><li>Current major depressive episode</li><li>No dementia diagnosis, no history of psychosis</li><li>Able to come to our research clinic twice a week for four weeks (transport can be arranged)</li></ul>
<h2>What's involved?</h2>
<p>A screening visit, eight infusion visits, and follow-up phone calls and visits over six months. Participants receive up to $600 for their time. The study treatment is free. This is research, not clinical care; your regular doctors continue to treat you.</p>
<h2>Contact</h2>
<p>Study coordinator: Renee Fairbanks, (555) 010-2233, kestrel@neuropsych-lab.university.example. Principal investigator: Thomas Achebe, MD, PhD.</p>
<p class="small">Funded by the National Institute on Aging. Registered as NCT0000000.</p>
</main>
<footer>&copy; 2027 University Department of Psychiatry</footer>
""")

p("h11736", "https://ketamineclinicfinder.example/colorado/denver", "informational", False, "en",
  "clinic-directory-listing-mostly-nav", "Ketamine Clinics in Denver, CO (2027) | Ketamine Clinic Finder", """
<header><a href="/" class="logo">Ketamine Clinic Finder</a>
<form action="/search"><input name="loc" placeholder="City or ZIP"><button>Find clinics</button></form>
<nav><a href="/states/">Browse by state</a> <a href="/telehealth/">Telehealth providers</a> <a href="/spravato/">Spravato centers</a> <a href="/guides/">Guides</a> <a href="/list-your-clinic/">List your clinic</a></nav></header>
<main>
<p class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/colorado/">Colorado</a> &rsaquo; Denver</p>
<h1>Ketamine clinics in Denver, Colorado</h1>
<p>7 providers &middot; Updated January 3, 2027 &middot; Listings are not endorsements. Confirm licensing and ask about medical screening before booking.</p>
<div class="filters"><label><input type="checkbox"> IV infusion</label> <label><input type="checkbox"> Spravato (REMS)</label> <label><input type="checkbox"> KAP</label> <label><input type="checkbox"> Accepts insurance</label></div>
<ol class="listings">
<li><a href="/listing/summit-infusion-denver">Summit Infusion Denver</a> &ndash; Cherry Creek &middot; IV, Spravato &middot; &#9733; 4.8 (126)</li>
<li><a href="/listing/front-range-ketamine">Front Range Ketamine Center</a> &ndash; Lakewood &middot; IV, IM &middot; &#9733; 4.6 (88)</li>
<li><a href="/listing/mile-high-mind">Mile High Mind &amp; Body</a> &ndash; LoDo &middot; KAP &middot; &#9733; 4.9 (41)</li>
<li><a href="/listing/aurora-behavioral">Aurora Behavioral Health &ndash; Spravato Clinic</a> &ndash; Aurora &middot; Spravato &middot; insurance &middot; &#9733; 4.4 (63)</li>
<li><a href="/listing/clear-creek-infusions">Clear Creek Infusions</a> &ndash; Golden &middot; IV, pain &middot; &#9733; 4.7 (52)</li>
<li><a href="/listing/highlands-kap">Highlands Psychotherapy Collective</a> &ndash; Highland &middot; KAP &middot; &#9733; 5.0 (17)</li>
<li><a href="/listing/uc-psychiatry-interventional">University Interventional Psychiatry</a> &ndash; Anschutz &middot; IV, Spravato, ECT &middot; referral required</li>
</ol>
<div class="map-placeholder">Map loading&hellip;</div>
<h2>Nearby cities</h2>
<p><a href="/colorado/boulder">Boulder</a> &middot; <a href="/colorado/colorado-springs">Colorado Springs</a> &middot; <a href="/colorado/fort-collins">Fort Collins</a> &middot; <a href="/colorado/aurora">Aurora</a> &middot; <a href="/colorado/littleton">Littleton</a></p>
</main>
<footer><a href="/about/">About</a> &middot; <a href="/methodology/">How we list providers</a> &middot; <a href="/privacy/">Privacy</a> &middot; &copy; 2027 Ketamine Clinic Finder</footer>
""")

p("h11737", "https://drugchecking-wien.example/de/warnungen/2027-01-ketamin", "informational", False, "de",
  "drug-checking-warning", "Warnung: „Ketamin“ mit 2-Fluordeschloroketamin | Drug Checking Wien", """
<header><a href="/de/" class="logo">Drug Checking Wien</a>
<nav><a href="/de/angebot">Angebot</a> <a href="/de/warnungen" class="aktiv">Warnungen</a> <a href="/de/substanzen">Substanzinfos</a> <a href="/de/safer-use">Safer Use</a> <a href="/de/kontakt">Kontakt</a></nav></header>
<main>
<p class="datum">Veröffentlicht am 8. Jänner 2027</p>
<h1>Warnung: Als Ketamin verkaufte Proben enthielten 2-Fluordeschloroketamin</h1>
<p>In den letzten drei Wochen wurden uns fünf Proben abgegeben, die als Ketamin gekauft wurden. Drei davon enthielten kein Ketamin, sondern 2-Fluordeschloroketamin (2-FDCK), eine verwandte Substanz mit längerer Wirkdauer. Eine weitere Probe enthielt Ketamin gemischt mit Koffein.</p>
<h2>Was bedeutet das?</h2>
<ul>
<li>2-FDCK wirkt langsamer an und hält länger an. Wer nachlegt, weil „noch nichts kommt“, riskiert eine deutlich zu hohe Dosis.</li>
<li>Die Proben stammten laut Angaben der Abgebenden sowohl aus Online-Shops als auch aus Messenger-Gruppen.</li>
<li>Äußerlich (Kristalle, Geruch) lassen sich die Substanzen nicht unterscheiden.</li>
</ul>
<h2>Safer-Use-Hinweise</h2>
<p>Lass deine Substanz testen. Nie allein konsumieren, nicht mit Alkohol, Opioiden oder Benzodiazepinen mischen. Bei Bewusstlosigkeit: stabile Seitenlage und Notruf 144.</p>
<p>Unser Angebot ist kostenlos und anonym: Abgabe jeden Dienstag 18&ndash;21 Uhr, Ergebnis nach einer Woche.</p>
</main>
<footer>Ein Angebot der Suchthilfe &middot; <a href="/de/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h11738", "https://nieuwsbode.example/binnenland/2027/01/15/ketaminegebruik-jongvolwassenen-gestegen", "informational", False, "nl",
  "dutch-news-article", "Ketaminegebruik onder jongvolwassenen opnieuw gestegen | Nieuwsbode", """
<header><a href="/" class="logo">Nieuwsbode</a>
<nav><a href="/binnenland">Binnenland</a> <a href="/buitenland">Buitenland</a> <a href="/economie">Economie</a> <a href="/gezondheid">Gezondheid</a> <a href="/sport">Sport</a> <a href="/weer">Weer</a></nav></header>
<article>
<h1>Ketaminegebruik onder jongvolwassenen opnieuw gestegen</h1>
<p class="meta">15 januari 2027, 07:45 &middot; Redactie Binnenland</p>
<p>Steeds meer jongvolwassenen gebruiken ketamine tijdens het uitgaan, blijkt uit de jaarlijkse uitgaansmonitor die donderdag verschijnt. Van de ondervraagde bezoekers van clubs en festivals zei ruim een op de vijf het afgelopen jaar ketamine te hebben gebruikt, tegen een op de acht drie jaar geleden.</p>
<p>Onderzoekers maken zich vooral zorgen over frequent gebruik. Urologen zien vaker jonge patiënten met blaasklachten die door ketamine worden veroorzaakt. „Die klachten kunnen blijvend zijn als mensen niet op tijd stoppen", zegt een uroloog uit Utrecht.</p>
<p>Volgens de monitor kopen gebruikers de middelen meestal via bekenden of via berichtenapps. Op straat kost een gram ongeveer 20 tot 30 euro. Ook online shops die ketamine als 'onderzoekschemicalie' aanbieden, worden genoemd.</p>
<p>Tegelijkertijd wordt ketamine in ziekenhuizen en bij enkele psychiatrische centra gebruikt bij ernstige depressie, onder strikte medische begeleiding. Deskundigen benadrukken dat dat iets heel anders is dan recreatief gebruik.</p>
<p>Het ministerie van VWS laat weten de cijfers te bestuderen en in het voorjaar met een reactie te komen.</p>
</article>
<aside><h3>Meest gelezen</h3><a href="/weer/2027/01/14/ijzel">Code oranje voor ijzel in het noorden</a> <a href="/economie/2027/01/14/energierekening">Energierekening in januari hoger dan verwacht</a></aside>
<footer>© 2027 Nieuwsbode &middot; <a href="/privacy">Privacy</a> &middot; <a href="/cookies">Cookies</a></footer>
""", noise="cookie-nl")

p("h11739", "https://enciclopedia-livre.example/wiki/Cetamina", "informational", False, "pt",
  "encyclopedia-excerpt-txt", "Cetamina", """
Cetamina (também grafada quetamina) é um fármaco da classe das arilciclo-hexilaminas, usado como anestésico geral em medicina humana e veterinária desde a década de 1970. Atua principalmente como antagonista do receptor NMDA. O seu enantiômero S, a escetamina, foi aprovado em spray nasal para depressão resistente ao tratamento, administrado sob supervisão em serviço de saúde. O uso recreativo está associado a dissociação, dependência e lesões da bexiga.
""", ext="txt")

p("h11740", "https://emplois-sante.example/offre/78812-infirmier-psychiatrie-esketamine-lyon", "informational", False, "fr",
  "job-post-nurse-esketamine-unit", "Infirmier(ère) en psychiatrie – unité de traitement par esketamine (H/F) – Lyon | Emplois Santé", """
<header><a href="/" class="logo">Emplois Santé</a>
<nav><a href="/offres">Offres</a> <a href="/recruteurs">Recruteurs</a> <a href="/conseils">Conseils carrière</a> <a href="/connexion">Se connecter</a></nav></header>
<main>
<h1>Infirmier(ère) diplômé(e) d'État &ndash; unité de traitement de la dépression résistante (H/F)</h1>
<ul class="resume"><li>Clinique psychiatrique privée &ndash; Lyon 3<sup>e</sup></li><li>CDI, temps plein (possibilité 80&nbsp;%)</li><li>Prise de poste&nbsp;: février 2027</li><li>Publiée le 12/01/2027</li></ul>
<h2>Missions</h2>
<p>Au sein d'une équipe de deux psychiatres et trois infirmiers, vous accompagnez les patients lors des séances d'esketamine par voie nasale&nbsp;: accueil, surveillance des constantes pendant deux heures, évaluation de la sortie, traçabilité dans le dossier patient et liaison avec les médecins traitants.</p>
<h2>Profil</h2>
<p>DE infirmier exigé, expérience en psychiatrie ou en soins ambulatoires appréciée. Qualités d'écoute et rigueur.</p>
<h2>Conditions</h2>
<p>Horaires de jour du lundi au vendredi, pas de nuits ni de week-ends. Rémunération selon convention FHP, prime d'installation.</p>
<a class="btn" href="/offre/78812/postuler">Postuler</a>
</main>
<footer>© 2027 Emplois Santé &middot; <a href="/cgu">CGU</a></footer>
""", noise="cookie-fr")

save(OUT, R)
