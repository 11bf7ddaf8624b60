# Batch 138 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "An ordinary Tuesday on the web". A fair, ordinary sample of ketamine-related pages as a
# crawler meets them: every category in its common forms, with the everyday mess of real sites (menus,
# cookie banners, newsletter pop-ups, breadcrumbs, truncated text, paywalls, odd formatting, stray
# template text). No particular trick in mind.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (shop product pages, clinic and telehealth home pages, a news
# article behind a paywall), medium pages (FAQ, pricing, fact sheets, forum thread), short pages
# (billing, clinician roster, classified ad), navigation-heavy pages (online pharmacy catalogue,
# classifieds), partial/truncated pages, one url-only bot wall and a few plain-text excerpts (social
# bio, blog excerpt, encyclopaedia excerpt, clinic billing notice).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch138.py (writes batch138/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch138")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h13801", "https://crystalchem-supply.example/product/ketamine-hcl-crystal/", "seller", True, "en",
  "rc-shop-product-page-long-chrome", "Buy Ketamine HCl Crystal Online - CrystalChem Supply", """
<header>
<div class="promo-strip">&#128666; FREE reship guarantee on all EU &amp; US orders &bull; 10% OFF with Bitcoin &bull; Use code TUESDAY10</div>
<div class="logo"><a href="/">CrystalChem<span>Supply</span></a></div>
<form class="search" action="/"><input name="s" placeholder="Search products..."><button>Search</button></form>
<nav class="main-menu">
<a href="/">Home</a> <a href="/shop/">Shop</a> <a href="/product-category/dissociatives/">Dissociatives</a> <a href="/product-category/stimulants/">Stimulants</a> <a href="/product-category/psychedelics/">Psychedelics</a> <a href="/product-category/benzos/">Benzos</a> <a href="/product-category/pills/">Pills</a> <a href="/track-order/">Track Order</a> <a href="/contact/">Contact Us</a> <a href="/my-account/">My Account</a> <a href="/cart/">Cart / $0.00</a>
</nav>
</header>
<main>
<nav class="woocommerce-breadcrumb"><a href="/">Home</a> / <a href="/product-category/dissociatives/">Dissociatives</a> / Ketamine HCl Crystal</nav>
<div class="product">
<div class="images"><img src="/wp-content/uploads/2024/03/ketamine-crystal-shards-600x600.jpg" alt="ketamine crystal shards"></div>
<div class="summary entry-summary">
<h1 class="product_title">Ketamine HCl Crystal</h1>
<div class="woocommerce-product-rating">&#9733;&#9733;&#9733;&#9733;&#9733; <a href="#reviews">(87 customer reviews)</a></div>
<p class="price"><span class="amount">$120.00</span> &ndash; <span class="amount">$1,450.00</span></p>
<div class="woocommerce-product-details__short-description">
<p>Top quality ketamine hydrochloride crystal (shards), lab tested purity 99.2%. Sourced directly from the manufacturer. Discreet vacuum-sealed packaging, no signature required. Ships within 24h from our US and EU warehouses.</p>
</div>
<form class="variations_form cart">
<table class="variations"><tr><td class="label"><label for="pa_quantity">Quantity</label></td><td class="value">
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
<div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">KET-CR-01</span></span> <span class="posted_in">Category: <a href="/product-category/dissociatives/">Dissociatives</a></span> <span class="tagged_as">Tags: <a href="#">buy ketamine</a>, <a href="#">ketamine for sale</a>, <a href="#">special k</a>, <a href="#">order ketamine online</a></span></div>
<div class="payment-icons">We accept: Bitcoin &middot; Ethereum &middot; USDT &middot; Zelle &middot; Cash App &middot; Apple Gift Cards</div>
</div>
</div>
<div class="woocommerce-tabs">
<ul class="tabs"><li class="active"><a href="#tab-description">Description</a></li><li><a href="#tab-additional_information">Additional information</a></li><li><a href="#tab-reviews">Reviews (87)</a></li></ul>
<div id="tab-description">
<h2>Description</h2>
<p>Ketamine, also known as Special K, K, Kit Kat or Vitamin K, is a dissociative anesthetic that has been used in human and veterinary medicine since the 1960s. In recent years it has become well known for its rapid effect on mood. Our ketamine crystal is the racemic form and comes as clear, needle-like shards which can be crushed to a fine powder.</p>
<p>Why buy ketamine from CrystalChem Supply?</p>
<ul>
<li>No prescription needed &ndash; order in 2 minutes</li>
<li>100% stealth delivery, tracking number sent by email</li>
<li>Free reship if your package is seized or lost</li>
<li>Bulk discounts for resellers</li>
</ul>
<p>All products are sold for research purposes. By placing an order you confirm you are over 21.</p>
</div>
<div id="tab-reviews">
<h2>87 reviews for Ketamine HCl Crystal</h2>
<div class="review"><strong>Jake_M</strong> &ndash; <time>February 11, 2025</time><p>Second order, arrived in 4 days to Ohio. Great shards, very clean. Will reorder.</p></div>
<div class="review"><strong>lina.k</strong> &ndash; <time>January 29, 2025</time><p>Took 9 days to Germany but it came. Support on telegram answered fast.</p></div>
<div class="review"><strong>anon</strong> &ndash; <time>January 3, 2025</time><p>first package stuck in customs, they reshipped no questions asked. legit</p></div>
</div>
</div>
<section class="related products"><h2>Related products</h2>
<ul><li><a href="/product/3-meo-pcp/">3-MeO-PCP</a> $90.00 &ndash; $800.00</li><li><a href="/product/ketamine-nasal-spray/">Ketamine Nasal Spray 10ml</a> $95.00</li><li><a href="/product/2-fdck/">2-FDCK</a> $70.00 &ndash; $600.00</li><li><a href="/product/mdma-crystal/">MDMA Crystal</a> $80.00 &ndash; $900.00</li></ul>
</section>
</main>
<footer>
<div class="widget"><h3>Customer Service</h3><a href="/shipping-policy/">Shipping Policy</a> <a href="/refund-policy/">Refund &amp; Reship</a> <a href="/faq/">FAQ</a> <a href="/how-to-pay-with-bitcoin/">How to pay with Bitcoin</a></div>
<div class="widget"><h3>Contact</h3>Telegram: @crystalchem_support &middot; Wickr: crystalchem &middot; Email: orders@crystalchem-supply.example</div>
<p>&copy; 2025 CrystalChem Supply. All rights reserved. Powered by WooCommerce.</p>
</footer>
<div class="wa-float"><a href="https://wa.me/10000000000">Chat with us on WhatsApp</a></div>
""", noise="cookie")

p("h13802", "https://wellnessdailyhub.example/2025/02/where-to-buy-ketamine-online-safely/", "seller", True, "en",
  "seo-doorway-blog-post-affiliate", "Where to Buy Ketamine Online Safely in 2025 (Updated Guide) - Wellness Daily Hub", """
<div class="site-header"><a href="/" class="logo">Wellness Daily Hub</a>
<ul class="menu"><li><a href="/category/health/">Health</a></li><li><a href="/category/fitness/">Fitness</a></li><li><a href="/category/mental-health/">Mental Health</a></li><li><a href="/category/reviews/">Reviews</a></li><li><a href="/about/">About</a></li></ul></div>
<article class="post">
<h1 class="entry-title">Where to Buy Ketamine Online Safely in 2025 (Updated Guide)</h1>
<div class="entry-meta">Posted on February 18, 2025 by <a href="/author/admin/">admin</a> &middot; 7 min read &middot; <a href="#comments">3 Comments</a></div>
<p><em>This post may contain affiliate links. We may earn a commission when you buy through links on our site.</em></p>
<div class="toc"><p>Table of Contents</p><ol><li>What is ketamine?</li><li>Is it legal to buy ketamine online?</li><li>Best place to buy ketamine online</li><li>How to order</li><li>FAQ</li></ol></div>
<h2>What is ketamine?</h2>
<p>Ketamine is a medication that is mainly used for starting and maintaining anesthesia. It induces dissociative anesthesia, a trance-like state providing pain relief, sedation, and amnesia. Ketamine is a medication that is mainly used for starting and maintaining anesthesia. More and more people are looking to buy ketamine online for depression, anxiety, chronic pain and just for relaxation.</p>
<h2>Is it legal to buy ketamine online?</h2>
<p>Laws depend on your country. Many people in the USA, Canada, UK and Australia buy ketamine online every day without any problem. The trick is to choose a reliable vendor that ships discreetly and does not ask for a lot of paperwork.</p>
<h2>Best place to buy ketamine online</h2>
<p>After testing several shops we recommend <a href="https://k-pharmadirect.example/?ref=wdh221" rel="nofollow sponsored">K-Pharma Direct</a>. Here is why:</p>
<ul>
<li>&#9989; No prescription or doctor visit required</li>
<li>&#9989; Ketamine powder, crystal, liquid vials (Ketalar) and nasal spray in stock</li>
<li>&#9989; Prices starting at $9 per gram in bulk</li>
<li>&#9989; Bitcoin and gift card payment accepted, 100% anonymous</li>
<li>&#9989; Stealth shipping worldwide, reship if seized</li>
</ul>
<p class="cta"><a class="button" href="https://k-pharmadirect.example/?ref=wdh221" rel="nofollow sponsored">&#128073; CHECK PRICE ON K-PHARMA DIRECT &#128072;</a></p>
<h2>How to order</h2>
<ol><li>Visit the <a href="https://k-pharmadirect.example/?ref=wdh221">official store</a>.</li><li>Choose the product and quantity.</li><li>Pay with BTC (you get 10% off).</li><li>Receive your tracking number in 24 hours.</li></ol>
<h2>FAQ</h2>
<p><strong>Can I buy ketamine without a prescription?</strong><br>Yes, with the vendor above no prescription is needed.</p>
<p><strong>Is ketamine safe?</strong><br>Ketamine is generally considered safe when used responsibly. Always start with a low dose.</p>
<p><strong>How long does shipping take?</strong><br>Usually 3-7 business days domestic and 7-14 international.</p>
<div class="author-box">About admin: Passionate about natural health, fitness and living your best life.</div>
</article>
<div id="comments"><h3>3 thoughts on &ldquo;Where to Buy Ketamine Online Safely in 2025 (Updated Guide)&rdquo;</h3>
<div class="comment"><b>Mark</b> says: <p>ordered last week, came fast. thanks for the tip</p></div>
<div class="comment"><b>Sarah T.</b> says: <p>Do they ship to Australia?</p></div>
<div class="comment"><b>admin</b> says: <p>Yes Sarah, they ship to Australia with stealth packaging.</p></div>
</div>
<aside class="sidebar"><h4>Recent Posts</h4><ul><li><a href="#">10 Best Protein Powders for Women</a></li><li><a href="#">Is Intermittent Fasting Good for You?</a></li><li><a href="#">Where to Buy Modafinil Online</a></li><li><a href="#">Kratom vs Kava: Which Is Better?</a></li></ul></aside>
<footer>&copy; 2025 Wellness Daily Hub &middot; <a href="/privacy-policy/">Privacy Policy</a> &middot; <a href="/disclaimer/">Disclaimer</a> &middot; Theme by Astra</footer>
""", noise="cookie")

p("h13803", "https://medsquare-pharmacy24.example/ketalar-50mg-ml-injection-10ml", "seller", True, "en",
  "online-pharmacy-catalogue-navigation-heavy", "Ketalar 50mg/ml Injection 10ml vial | MedSquare Pharmacy 24", """
<div class="top-bar">Call / WhatsApp: +1 (000) 000-0000 | Email: care@medsquare-pharmacy24.example | Mon - Sun 24/7</div>
<header><a class="logo" href="/">MedSquare <b>Pharmacy 24</b></a>
<div class="header-cart">My Cart: 0 item(s) - $0.00</div></header>
<div class="category-menu">
<h3>SHOP BY CATEGORY</h3>
<ul>
<li><a href="/anxiety">Anxiety</a></li><li><a href="/pain-relief">Pain Relief</a></li><li><a href="/sleeping-pills">Sleeping Pills</a></li><li><a href="/adhd">ADHD</a></li><li><a href="/weight-loss">Weight Loss</a></li><li><a href="/erectile-dysfunction">Erectile Dysfunction</a></li><li><a href="/anesthetics">Anesthetics</a></li><li><a href="/steroids">Steroids</a></li><li><a href="/antibiotics">Antibiotics</a></li><li><a href="/research-chemicals">Research Chemicals</a></li>
</ul>
<h3>BEST SELLERS</h3>
<ul>
<li><a href="/buy-oxycodone-30mg">Oxycodone 30mg</a> $4.50/pill</li><li><a href="/buy-adderall-xr-30mg">Adderall XR 30mg</a> $5.00/pill</li><li><a href="/buy-xanax-2mg">Xanax 2mg bars</a> $2.80/pill</li><li><a href="/ketalar-50mg-ml-injection-10ml">Ketalar Injection</a> $65.00</li><li><a href="/buy-tramadol-100mg">Tramadol 100mg</a> $1.90/pill</li><li><a href="/buy-ketamine-powder">Ketamine Powder</a> $35.00</li>
</ul>
</div>
<div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/anesthetics">Anesthetics</a> &gt; Ketalar 50mg/ml Injection 10ml</div>
<div class="product-view">
<h1>Ketalar 50mg/ml Injection 10ml</h1>
<p class="availability in-stock">Availability: <span>In stock</span></p>
<table class="price-table">
<tr><th>Package</th><th>Price</th><th>Per vial</th><th></th></tr>
<tr><td>1 vial</td><td>$65.00</td><td>$65.00</td><td><button>Add to Cart</button></td></tr>
<tr><td>5 vials</td><td>$275.00</td><td>$55.00</td><td><button>Add to Cart</button></td></tr>
<tr><td>10 vials</td><td>$480.00</td><td>$48.00</td><td><button>Add to Cart</button></td></tr>
<tr><td>25 vials</td><td>$1,050.00</td><td>$42.00</td><td><button>Add to Cart</button></td></tr>
</table>
<p>Brand: Pfizer / Par Pharmaceutical &middot; Active ingredient: Ketamine hydrochloride &middot; Form: solution for injection</p>
<div class="std"><p>Ketalar (ketamine) is a rapid-acting general anesthetic. It can be used alone or together with other medicines. Buy Ketalar online from MedSquare Pharmacy 24 &mdash; no prescription required for orders, discreet and fast overnight delivery available in USA, Canada, UK and Australia.</p>
<p>Payment methods: Bitcoin, Zelle, Cash App, PayPal (friends &amp; family), Western Union. Orders above $300 get free express shipping.</p></div>
</div>
<div class="tags">Popular tags: <a href="#">buy ketalar online</a> <a href="#">ketamine injection for sale</a> <a href="#">ketamine no prescription</a> <a href="#">buy ketamine overnight</a> <a href="#">order ketamine uk</a> <a href="#">ketamine vials price</a></div>
<footer>
<ul><li><a href="/about-us">About Us</a></li><li><a href="/shipping">Shipping Info</a></li><li><a href="/returns">Returns</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact</a></li></ul>
<p>Copyright &copy; 2025 MedSquare Pharmacy 24. All Rights Reserved. Verified by Visa. Secure SSL.</p>
</footer>
""")

p("h13804", "https://calmkey-health.example/start", "seller", True, "en",
  "fake-telehealth-instant-approval", "CalmKey | At-Home Ketamine, Approved in Minutes", """
<header><a href="/" class="brand">CalmKey</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/reviews">Reviews</a> <a href="/login">Log in</a> <a class="btn" href="/start">Get started</a></nav></header>
<section class="hero">
<h1>Feel better this week. Ketamine delivered to your door.</h1>
<p>Skip the waiting rooms and the endless appointments. Answer a 3-minute online questionnaire and our system approves most people instantly. Your ketamine troches ship the same day.</p>
<a class="btn-primary" href="/start/quiz">Take the 3-minute quiz</a>
<p class="small">&#10003; No video call needed &nbsp; &#10003; No diagnosis required &nbsp; &#10003; 97% approval rate</p>
</section>
<section class="steps">
<h2>How CalmKey works</h2>
<div class="step"><h3>1. Answer a few questions</h3><p>Tell us how you have been feeling. It takes less time than making coffee.</p></div>
<div class="step"><h3>2. Get approved automatically</h3><p>Our intake engine reviews your answers in seconds. A provider signs off later in the background, so you never have to talk to anyone.</p></div>
<div class="step"><h3>3. Receive your kit</h3><p>Discreet, unbranded packaging. Ships to all 50 states. Reorder any time with one click &mdash; no follow-up visits.</p></div>
</section>
<section class="pricing">
<h2>Simple pricing</h2>
<div class="plan"><h3>Starter</h3><p class="price">$149</p><p>8 ketamine troches (up to 300 mg)</p><a href="/checkout?plan=starter">Buy now</a></div>
<div class="plan popular"><h3>Monthly</h3><p class="price">$229/mo</p><p>16 troches + free shipping, cancel anytime</p><a href="/checkout?plan=monthly">Buy now</a></div>
<div class="plan"><h3>Bulk</h3><p class="price">$499</p><p>40 troches, best value, share with a partner</p><a href="/checkout?plan=bulk">Buy now</a></div>
<p>We accept all major cards, Apple Pay and crypto. HSA/FSA receipts on request.</p>
</section>
<section class="reviews"><h2>What customers say</h2>
<blockquote>&ldquo;Ordered Monday, had it Wednesday. No awkward calls. Life changer.&rdquo; &mdash; Brian, TX</blockquote>
<blockquote>&ldquo;Way easier than the clinic my therapist suggested.&rdquo; &mdash; Kelly, FL</blockquote>
</section>
<footer><p>CalmKey is a technology platform. Statements have not been evaluated by the FDA. Results vary.</p><p>&copy; 2025 CalmKey Health Inc. <a href="/terms">Terms</a> <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h13805", "https://instagram.example/k.plug.worldwide/", "seller", True, "en",
  "social-bio-plain-text", "k.plug.worldwide", """
k.plug.worldwide
2,341 posts   11.8K followers   87 following

🔌 MENU DROPS EVERY TUESDAY 🔌
❄️ K (shards + powder) | 💊 molly | 🍄 shrooms | 🍃 carts
📦 stealth worldwide 🇺🇸🇬🇧🇪🇺🇦🇺 tracking incl.
💸 BTC / USDT / CashApp
📲 orders ONLY on tele @kplug_ww  (backup @kplug_ww2)
❌ no DMs here, no fronts, no lowballers
✅ vouches in highlights

[highlight: MENU] [highlight: VOUCHES] [highlight: PACKS] [highlight: HOW TO ORDER]
""", ext="txt")

p("h13806", "https://classifiedsnow.example/los-angeles/health-beauty/ketamine-liquid-and-powder-available-a774120", "seller", True, "en",
  "classified-ad-listing-with-site-chrome", "Ketamine liquid and powder available - Los Angeles - ClassifiedsNow", """
<header><a href="/" class="logo">ClassifiedsNow</a>
<div class="loc">Los Angeles, CA <a href="/change-location">change</a></div>
<a class="post-ad" href="/post">+ Post a free ad</a> <a href="/login">Sign in</a></header>
<nav class="cats"><a href="/los-angeles/cars/">Cars</a> | <a href="/los-angeles/jobs/">Jobs</a> | <a href="/los-angeles/housing/">Housing</a> | <a href="/los-angeles/for-sale/">For Sale</a> | <a href="/los-angeles/services/">Services</a> | <a href="/los-angeles/health-beauty/">Health &amp; Beauty</a> | <a href="/los-angeles/pets/">Pets</a> | <a href="/los-angeles/community/">Community</a></nav>
<div class="crumbs"><a href="/">Home</a> &raquo; <a href="/los-angeles/">Los Angeles</a> &raquo; <a href="/los-angeles/health-beauty/">Health &amp; Beauty</a> &raquo; Ad #774120</div>
<div class="ad">
<h1>Ketamine liquid and powder available</h1>
<p class="meta">Posted 2 hours ago &middot; Los Angeles &middot; Views: 318</p>
<p class="price">$ 80</p>
<div class="desc">
<p>Hi all we have pharma grade ketamine liquid vials (Ketaset / Ketalar) and crystal powder available now. Also MDMA, LSD tabs, oxy 30s and Xanax. Quality guaranteed. Local meetup in LA / OC or shipping anywhere in US overnight.</p>
<p>Contact via WhatsApp +1 000 000 0000 or text me, telegram @lapharmaconnect</p>
<p>Prices:<br>1 vial 10ml $80<br>5 vials $350<br>powder 5g $150<br>powder 28g $600</p>
<p>serious buyers only pls</p>
</div>
<div class="seller-box">Posted by: <b>pharmaconnect</b> &middot; Member since: Jan 2025 &middot; <a href="#">Reply to ad</a> &middot; <a href="#">Report ad</a></div>
</div>
<div class="safety">Safety tips: Meet in a public place. Never pay in advance with gift cards or wire transfers. <a href="/safety">Learn more</a></div>
<div class="similar"><h3>Similar ads</h3><ul><li><a href="#">Weight loss injections semaglutide</a> $120</li><li><a href="#">Botox at home service</a> $9/unit</li><li><a href="#">Vitamin IV drip mobile</a> $150</li></ul></div>
<footer><a href="/about">About</a> &middot; <a href="/terms">Terms of use</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/help">Help</a> &middot; &copy; 2025 ClassifiedsNow</footer>
""")

p("h13807", "https://ketamine-shop-direct.example/product/buy-ketamine-powder-online/", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="main-wrapper" role="main">
<div class="main-content">
<h1 class="zone-name-title h1">ketamine-shop-direct.example</h1>
<h2 class="h2" id="challenge-running">Checking if the site connection is secure</h2>
<noscript><div class="h2"><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></noscript>
<div id="challenge-body-text" class="core-msg spacer">ketamine-shop-direct.example needs to review the security of your connection before proceeding.</div>
</div>
</div>
<div class="footer" role="contentinfo"><div class="footer-inner"><div class="clearfix diagnostic-wrapper"><div class="ray-id">Ray ID: <code>8f1a2b3c4d5e6f70</code></div></div><div class="text-center" id="footer-text">Performance &amp; security by a CDN provider</div></div></div>
""")

p("h13808", "https://novalab-reagents.example/shop/arylcyclohexylamines/2-fdck-powder", "seller", True, "en",
  "rc-analogue-product-short", "2-FDCK (2-Fluorodeschloroketamine) Powder - NovaLab Reagents", """
<nav><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/shop/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/coa">Lab Reports</a> <a href="/contact">Contact</a> <a href="/cart">Basket (0)</a></nav>
<h1>2-FDCK Powder</h1>
<p><b>IUPAC:</b> 2-(2-fluorophenyl)-2-(methylamino)cyclohexan-1-one &middot; <b>CAS:</b> 111982-50-4 &middot; <b>Purity:</b> &gt;99% (HPLC)</p>
<p>2-FDCK is an arylcyclohexylamine and a close structural analogue of ketamine in which the chlorine is replaced by fluorine. Supplied as a white crystalline powder.</p>
<table><tr><td>1g</td><td>&euro;25</td></tr><tr><td>5g</td><td>&euro;90</td></tr><tr><td>10g</td><td>&euro;150</td></tr><tr><td>25g</td><td>&euro;300</td></tr><tr><td>100g</td><td>&euro;850</td></tr></table>
<button>Add to basket</button>
<p class="warning"><b>NOT FOR HUMAN CONSUMPTION.</b> This product is sold as a research chemical / reference material only. We do not give dosage information. Customers must be 18+.</p>
<p>Dispatch Monday&ndash;Friday from within the EU. Discreet packaging. Payment by bank transfer, SEPA instant or crypto (BTC, XMR, LTC).</p>
<p>Also in this category: <a href="#">DCK (deschloroketamine)</a> &middot; <a href="#">O-PCE</a> &middot; <a href="#">3-MeO-PCE</a> &middot; <a href="#">MXE</a> (out of stock)</p>
""")

p("h13809", "https://ketamina-envios.example/comprar-ketamina-online/", "seller", True, "es",
  "spanish-shop-landing", "Comprar Ketamina Online | Envío Discreto a toda España", """
<header><div class="logo">Ketamina<b>Envíos</b></div>
<nav><a href="/">Inicio</a> <a href="/tienda/">Tienda</a> <a href="/como-comprar/">Cómo comprar</a> <a href="/envios/">Envíos</a> <a href="/preguntas-frecuentes/">Preguntas frecuentes</a> <a href="/contacto/">Contacto</a> <a href="/carrito/">Carrito (0)</a></nav></header>
<main>
<h1>Comprar ketamina online en España</h1>
<p>¿Buscas dónde comprar ketamina de calidad sin complicaciones? En KetaminaEnvíos llevamos desde 2019 enviando ketamina en cristal, en polvo y en viales a toda España, Portugal y Europa. Sin receta, sin preguntas y con la máxima discreción.</p>
<h2>Nuestros productos</h2>
<ul class="productos">
<li><a href="/producto/ketamina-cristal/">Ketamina cristal (agujas)</a> &ndash; desde 35 &euro;/g</li>
<li><a href="/producto/ketamina-polvo/">Ketamina en polvo</a> &ndash; desde 30 &euro;/g</li>
<li><a href="/producto/ketamina-liquida-vial/">Ketamina líquida vial 10 ml (uso veterinario)</a> &ndash; 60 &euro;</li>
<li><a href="/producto/pack-fiesta/">Pack fiesta: ketamina + MDMA</a> &ndash; 95 &euro;</li>
</ul>
<h2>¿Por qué elegirnos?</h2>
<ul>
<li>Envío discreto en 24/48 h, sobre sin logotipos</li>
<li>Pago con Bitcoin, Bizum o transferencia</li>
<li>Reenvío gratuito si el paquete no llega</li>
<li>Atención por WhatsApp y Telegram de 10:00 a 22:00</li>
</ul>
<h2>Cómo comprar</h2>
<ol><li>Elige tu producto y la cantidad.</li><li>Escríbenos por WhatsApp o completa el pedido en la web.</li><li>Realiza el pago y recibe tu número de seguimiento.</li></ol>
<p>Descuentos por cantidad: a partir de 10 g un 15&nbsp;% de descuento. Pedido mínimo 2 g.</p>
</main>
<footer><p>Atención al cliente: WhatsApp +34 600 000 000 &middot; Telegram @ketaminaenvios</p><p>&copy; 2025 KetaminaEnvíos &middot; <a href="/aviso-legal/">Aviso legal</a> &middot; <a href="/privacidad/">Política de privacidad</a></p></footer>
""", noise="cookie-es")

p("h13810", "https://ketamin-direkt24.example/produkt/ketamin-kristall-kaufen", "seller", True, "de",
  "german-shop-product-truncated", "Ketamin Kristall kaufen – schnelle und diskrete Lieferung | Direkt24", """
<div class="topbar">Kostenloser Versand ab 150 &euro; &middot; Lieferung in 1&ndash;3 Werktagen (DE/AT/CH)</div>
<header><a href="/" class="logo">Direkt24</a>
<nav><a href="/">Startseite</a> <a href="/shop">Shop</a> <a href="/kategorie/dissoziativa">Dissoziativa</a> <a href="/kategorie/stimulanzien">Stimulanzien</a> <a href="/versand">Versand &amp; Zahlung</a> <a href="/faq">FAQ</a> <a href="/warenkorb">Warenkorb</a></nav></header>
<div class="breadcrumb">Startseite &rsaquo; Dissoziativa &rsaquo; Ketamin Kristall</div>
<h1>Ketamin Kristall (S-/R-Ketamin HCl)</h1>
<p class="preis">ab 38,00 &euro; / g <small>inkl. MwSt., zzgl. Versand</small></p>
<select><option>1 g &ndash; 38,00 &euro;</option><option>3 g &ndash; 105,00 &euro;</option><option>5 g &ndash; 160,00 &euro;</option><option>10 g &ndash; 290,00 &euro;</option><option>25 g &ndash; 650,00 &euro;</option></select>
<button>In den Warenkorb</button>
<h2>Beschreibung</h2>
<p>Hochreines Ketamin in Kristallform, laborgeprüft. Ketamin kaufen ohne Rezept war noch nie so einfach: Bestellung online aufgeben, per Bitcoin, Monero oder Überweisung bezahlen und die Ware kommt neutral verpackt per Brief oder Päckchen. Kein Absender, keine Unterschrift nötig.</p>
<h2>Versand</h2>
<p>Wir versenden innerhalb der EU. Bei Verlust oder Beschlagnahmung durch den Zoll senden wir einmalig kostenlos nach (Nachsendegarantie). Sendungsverfolgung nach Zahlungseingang per E-Mail oder Threema.</p>
<h2>Kundenbewertungen (42)</h2>
<div class="bewertung">&#9733;&#9733;&#9733;&#9733;&#9733; <b>Tobi_89</b>: Schnell da, super Qualität, immer wieder!</div>
<div class="bewertung">&#9733;&#9733;&#9733;&#9733;&#9734; <b>M.</b>: Hat 5 Tage nach Österreich gedauert, sonst top. Der Support antwortet auch am Wochenende und hat mir bei der Zahlung mit Bitcoin geholfen, weil ich das zum ersten Mal gem
""", noise="cookie-de")

p("h13811", "https://pharmacie-express-sans-ordonnance.example/fr/anesthesiques/ketamine-ketalar-500mg", "seller", True, "fr",
  "french-fake-pharmacy-product", "Acheter Kétamine (Ketalar) 500 mg/10 ml sans ordonnance – Pharmacie Express", """
<header><a href="/fr/" class="logo">Pharmacie <b>Express</b></a> <span class="tag">Livraison rapide en France, Belgique, Suisse</span>
<nav><a href="/fr/">Accueil</a> <a href="/fr/anxiete">Anxiété</a> <a href="/fr/sommeil">Sommeil</a> <a href="/fr/douleur">Douleur</a> <a href="/fr/anesthesiques">Anesthésiques</a> <a href="/fr/minceur">Minceur</a> <a href="/fr/contact">Contact</a> <a href="/fr/panier">Panier</a></nav></header>
<div class="fil-ariane"><a href="/fr/">Accueil</a> &gt; <a href="/fr/anesthesiques">Anesthésiques</a> &gt; Kétamine (Ketalar) 500 mg/10 ml</div>
<h1>Kétamine (Ketalar) 500 mg/10 ml &ndash; solution injectable</h1>
<p class="stock">&#10004; En stock &ndash; expédié sous 24 h</p>
<table class="tarifs"><tr><th>Quantité</th><th>Prix</th></tr>
<tr><td>1 flacon</td><td>59,00 &euro;</td></tr><tr><td>3 flacons</td><td>159,00 &euro;</td></tr><tr><td>5 flacons</td><td>245,00 &euro;</td></tr><tr><td>10 flacons</td><td>450,00 &euro;</td></tr></table>
<button>Ajouter au panier</button>
<h2>Description</h2>
<p>La kétamine est un anesthésique général utilisé en médecine humaine et vétérinaire. Sur Pharmacie Express, vous pouvez acheter de la kétamine en ligne sans ordonnance, en toute confidentialité. Colis neutre, sans mention du contenu.</p>
<h2>Paiement</h2>
<p>Carte bancaire (via notre partenaire), virement, Bitcoin ou coupons PCS / Transcash. Pour toute question, contactez-nous sur WhatsApp.</p>
<h2>Avis clients</h2>
<p>&laquo; Reçu en 3 jours à Lyon, emballage très discret. &raquo; &ndash; Julien<br>&laquo; Commande facile, je recommande. &raquo; &ndash; Sandrine</p>
<footer>Pharmacie Express &copy; 2025 &ndash; <a href="/fr/cgv">CGV</a> &ndash; <a href="/fr/livraison">Livraison</a> &ndash; <a href="/fr/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h13812", "https://chemkoerier.example/nl/shop/dissociatives/2f-ketamine-kopen", "seller", True, "nl",
  "dutch-rc-shop-category", "2F-Ketamine kopen | ChemKoerier – Research Chemicals Nederland", """
<header><a href="/nl/" class="logo">ChemKoerier</a>
<nav><a href="/nl/">Home</a> <a href="/nl/shop">Webshop</a> <a href="/nl/shop/dissociatives">Dissociatives</a> <a href="/nl/shop/stimulants">Stimulants</a> <a href="/nl/shop/psychedelics">Psychedelica</a> <a href="/nl/verzending">Verzending</a> <a href="/nl/contact">Contact</a> <a href="/nl/winkelwagen">Winkelwagen (0)</a></nav></header>
<div class="melding">Bestel vóór 16:00 uur, vandaag verzonden! Betaal veilig met iDEAL, Bancontact of Bitcoin.</div>
<h1>Dissociatives</h1>
<p>In deze categorie vind je onze dissociatieve research chemicals, waaronder alternatieven voor ketamine. Al onze producten zijn getest door een onafhankelijk lab.</p>
<div class="producten">
<div class="product"><h2><a href="/nl/product/2f-ketamine">2F-Ketamine (2-FDCK)</a></h2><p>Vanaf &euro; 22,50 per gram</p><a class="knop" href="/nl/product/2f-ketamine">Bekijk opties</a></div>
<div class="product"><h2><a href="/nl/product/dck">DCK (Deschloroketamine)</a></h2><p>Vanaf &euro; 27,50 per gram</p><a class="knop" href="/nl/product/dck">Bekijk opties</a></div>
<div class="product"><h2><a href="/nl/product/3-meo-pcp">3-MeO-PCP pellets 10mg</a></h2><p>&euro; 45,00 (10 stuks)</p><a class="knop" href="#">In winkelwagen</a></div>
<div class="product uitverkocht"><h2>MXE</h2><p>Tijdelijk uitverkocht</p></div>
</div>
<p class="disclaimer">Alle producten worden uitsluitend verkocht voor onderzoeksdoeleinden en zijn niet bedoeld voor menselijke consumptie. Verkoop alleen aan personen van 18 jaar en ouder.</p>
<p>Verzending binnen Nederland en België met PostNL brievenbuspost, neutraal verpakt. Verzending naar de rest van Europa op aanvraag.</p>
<footer>&copy; 2025 ChemKoerier &middot; KvK-nummer op aanvraag &middot; <a href="/nl/voorwaarden">Algemene voorwaarden</a> &middot; <a href="/nl/privacy">Privacy</a></footer>
""", noise="cookie-nl")

p("h13813", "https://agrovet-distribuidora.example/produto/cetamin-10-injetavel-50ml", "seller", True, "pt",
  "brazilian-vet-product-sold-to-anyone", "Cetamin 10% Injetável 50ml - Cetamina Veterinária | AgroVet Distribuidora", """
<div class="barra-topo">Frete grátis para todo o Brasil acima de R$ 399 &middot; Pague no PIX com 8% de desconto</div>
<header><a href="/" class="logo">AgroVet Distribuidora</a>
<nav><a href="/">Início</a> <a href="/categoria/anestesicos">Anestésicos</a> <a href="/categoria/antibioticos">Antibióticos</a> <a href="/categoria/vermifugos">Vermífugos</a> <a href="/categoria/equinos">Equinos</a> <a href="/categoria/pets">Pets</a> <a href="/carrinho">Carrinho</a></nav></header>
<div class="migalhas"><a href="/">Início</a> &gt; <a href="/categoria/anestesicos">Anestésicos</a> &gt; Cetamin 10% 50ml</div>
<h1>Cetamin 10% Injetável 50ml (Cloridrato de Cetamina)</h1>
<p class="preco">R$ 189,90 <small>ou 3x de R$ 63,30 sem juros</small></p>
<p class="pix">R$ 174,70 no PIX</p>
<label>Quantidade</label> <input type="number" value="1"> <button>Comprar</button>
<h2>Descrição</h2>
<p>Anestésico dissociativo de uso veterinário indicado para contenção e anestesia de cães, gatos e equinos. Frasco de 50 ml com 100 mg/ml.</p>
<p><b>Não exigimos receita veterinária nem CRMV.</b> Enviamos para pessoa física em todo o Brasil, embalagem discreta sem identificação do conteúdo. Compras acima de 5 unidades: chame no WhatsApp para preço de atacado.</p>
<h2>Avaliações</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &ldquo;Chegou rápido em SP, produto original.&rdquo; &ndash; Rafael<br>&#9733;&#9733;&#9733;&#9733;&#9733; &ldquo;Atendimento pelo zap muito bom.&rdquo; &ndash; anônimo</p>
<footer><p>WhatsApp (11) 90000-0000 &middot; Segunda a sábado, 8h às 20h</p><p>&copy; 2025 AgroVet Distribuidora &middot; CNPJ 00.000.000/0001-00</p></footer>
""", noise="cookie-pt")

p("h13814", "https://ketashop-italia.example/it/domande-frequenti", "seller", True, "it",
  "italian-seller-faq-page", "Domande frequenti – KetaShop Italia", """
<div class="cookie-it">Questo sito utilizza cookie tecnici e di profilazione. <button>Accetto</button> <button>Rifiuta</button></div>
<header><a href="/it/" class="logo">KetaShop Italia</a>
<nav><a href="/it/">Home</a> <a href="/it/negozio">Negozio</a> <a href="/it/spedizioni">Spedizioni</a> <a href="/it/domande-frequenti">FAQ</a> <a href="/it/contatti">Contatti</a> <a href="/it/carrello">Carrello</a></nav></header>
<h1>Domande frequenti</h1>
<h3>Serve una ricetta medica per ordinare?</h3>
<p>No. Non chiediamo ricette né documenti. Basta scegliere il prodotto (ketamina in cristalli, in polvere o fiale) e completare l&rsquo;ordine.</p>
<h3>Come viene spedito il pacco?</h3>
<p>Spediamo in busta anonima o in un pacco neutro con mittente di fantasia, tramite posta o corriere. Il contenuto non è indicato da nessuna parte. Tempi: 2&ndash;4 giorni lavorativi in Italia.</p>
<h3>Quali metodi di pagamento accettate?</h3>
<p>Bitcoin, Ethereum, ricarica PostePay e bonifico istantaneo. Con il pagamento in criptovaluta hai il 10% di sconto.</p>
<h3>E se il pacco viene fermato alla dogana?</h3>
<p>Nessun problema: rispediamo gratuitamente una volta. Dal secondo ordine la rispedizione è sempre garantita.</p>
<h3>Posso ordinare su Telegram?</h3>
<p>Sì, scrivi a @ketashop_it con prodotto, quantità e indirizzo. Ti risponderemo entro un&rsquo;ora.</p>
<h3>Qual è l&rsquo;ordine minimo?</h3>
<p>Ordine minimo 1 grammo (40 &euro;). Per quantità superiori ai 20 g contattaci per il listino rivenditori.</p>
<footer>&copy; 2025 KetaShop Italia &ndash; Tutti i diritti riservati</footer>
""")

# ---------------------------------------------------------------- telehealth (9)

p("h13815", "https://evenwell.example/", "telehealth", False, "en",
  "telehealth-homepage-long-chrome", "Evenwell | At-Home Ketamine Therapy with Licensed Clinicians", """
<div class="announcement">Now available in Florida, Texas and Arizona. <a href="/states">See all 31 states &rarr;</a></div>
<header><a href="/" class="logo">evenwell</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/science">The science</a> <a href="/faq">FAQ</a> <a href="/blog">Journal</a> <a href="/login">Sign in</a> <a class="cta" href="/get-started">See if you qualify</a></nav></header>
<section class="hero">
<h1>Ketamine therapy for depression and anxiety, from the comfort of home</h1>
<p>Evenwell pairs you with a licensed psychiatric clinician who evaluates you by video, creates a personalised treatment plan and supports you through every session.</p>
<a class="btn" href="/get-started">Take the assessment</a> <span class="note">Takes about 5 minutes. Not everyone qualifies.</span>
</section>
<section class="trust"><p>As featured in</p><span>HealthLine Weekly</span> <span>The Morning Post</span> <span>WellMind Podcast</span></section>
<section class="how">
<h2>How it works</h2>
<ol>
<li><h3>Complete a medical intake</h3><p>Share your health history, current medications and what you hope to change. We check for conditions such as uncontrolled high blood pressure, psychosis or a history of substance use disorder that make at-home ketamine unsafe.</p></li>
<li><h3>Meet your clinician by video</h3><p>A board-certified psychiatrist or psychiatric nurse practitioner licensed in your state reviews your history and decides with you whether ketamine is appropriate. If it is not, we help you find other options and refund your evaluation fee.</p></li>
<li><h3>Receive your treatment kit</h3><p>If prescribed, your sublingual ketamine tablets are dispensed by our licensed partner pharmacy and shipped to your door, along with a blood pressure cuff, eye mask and journal.</p></li>
<li><h3>Sessions with support</h3><p>You complete each session with a sitter present. Your guide checks in before and after, and your clinician reviews your progress before any refill.</p></li>
</ol>
</section>
<section class="pricing-teaser"><h2>Transparent pricing</h2><p>Initial program: $1,158 for 6 sessions, including clinician evaluation, two follow-ups, medication and integration coaching. Ongoing plans from $199/month. HSA/FSA eligible.</p><a href="/pricing">View plans</a></section>
<section class="testimonials"><h2>Real stories</h2><blockquote>&ldquo;My NP really listened. We adjusted my dose after the second session and things finally started moving.&rdquo; &mdash; Dana, 41</blockquote><p class="fine">Individual results vary. Testimonials reflect personal experiences.</p></section>
<section class="safety"><h2>Is at-home ketamine right for me?</h2><p>At-home ketamine is not for everyone. Ketamine can raise blood pressure and cause dissociation, nausea and, with frequent use, bladder problems. It is not recommended during pregnancy. If you are in crisis, call or text 988.</p></section>
<div class="newsletter">Get our free guide to preparing for your first session. <input placeholder="Email address"> <button>Send it</button></div>
<footer>
<div class="cols"><div><h4>Company</h4><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/press">Press</a></div><div><h4>Support</h4><a href="/faq">FAQ</a> <a href="/contact">Contact</a> <a href="/states">Where we operate</a></div><div><h4>Legal</h4><a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <a href="/hipaa">HIPAA Notice</a> <a href="/telehealth-consent">Telehealth consent</a></div></div>
<p>Medical services are provided by Evenwell Medical Group, P.C. and affiliated professional entities. Evenwell does not prescribe ketamine to everyone who completes the assessment. &copy; 2025 Evenwell Health, Inc.</p>
</footer>
""", noise="cookie")

p("h13816", "https://meridianmind.example/faq", "telehealth", False, "en",
  "telehealth-faq-medium-truncated", "FAQ | Meridian Mind Virtual Ketamine Care", """
<header><a href="/" class="logo">Meridian Mind</a> <nav><a href="/treatment">Treatment</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a> <a href="/login">Patient login</a></nav></header>
<h1>Frequently asked questions</h1>
<div class="faq-group"><h2>Getting started</h2>
<details open><summary>Who will I talk to?</summary><p>Every patient has a video appointment with one of our licensed prescribers (MD, DO or PMHNP) before any prescription is written. Your prescriber is licensed in the state where you are physically located during the visit.</p></details>
<details><summary>Do I need a diagnosis already?</summary><p>No, but we will ask for records from your therapist or previous psychiatrist if you have them. Your prescriber may diagnose you during the evaluation, or may decide ketamine is not a good fit.</p></details>
<details><summary>Can I just order the medication?</summary><p>No. Ketamine is a controlled substance. We only prescribe after an evaluation, and refills require a follow-up visit with your prescriber at least every 30 days.</p></details>
</div>
<div class="faq-group"><h2>Medication &amp; shipping</h2>
<details><summary>How is my medication delivered?</summary><p>Prescriptions are sent electronically to a licensed 503A compounding pharmacy, which ships rapid-dissolve tablets by overnight courier with adult signature required.</p></details>
<details><summary>What does it cost?</summary><p>The first-month bundle is $349 and includes your evaluation, one follow-up and medication for four sessions. Insurance does not currently cover at-home ketamine, but we can provide a superbill.</p></details>
<details><summary>Which states do you serve?</summary><p>We currently see patients in California, Colorado, Connecticut, Illinois, New York, Oregon, Washington and</p></details>
</div>
<div class="more">Load more questions &darr;</div>
""")

p("h13817", "https://ketacare-online.example/pricing", "telehealth", False, "en",
  "telehealth-pricing-membership-checkout", "Plans & Pricing - KetaCare Online", """
<nav class="top"><a href="/">KetaCare</a> | <a href="/how-it-works">How it works</a> | <a href="/pricing">Pricing</a> | <a href="/providers">Providers</a> | <a href="/faq">FAQ</a> | <a href="/signin">Sign in</a></nav>
<h1>Plans &amp; pricing</h1>
<p>Every plan starts with a 45-minute video evaluation with a licensed psychiatric provider. You are only charged for medication if your provider prescribes it.</p>
<div class="plans">
<div class="plan"><h2>Evaluation</h2><p class="price">$99 one-time</p><ul><li>Medical and psychiatric intake</li><li>45-minute video visit</li><li>Full refund if you are not a candidate</li></ul><a class="btn" href="/checkout/evaluation">Book evaluation</a></div>
<div class="plan highlighted"><h2>Foundation</h2><p class="price">$279 / month</p><ul><li>Monthly provider follow-up by video</li><li>Up to 4 guided sessions per month</li><li>Medication from our partner pharmacy, shipped after prescription</li><li>Messaging with your care team</li></ul><a class="btn" href="/checkout/foundation">Start membership</a></div>
<div class="plan"><h2>Maintenance</h2><p class="price">$149 / month</p><ul><li>For existing patients after 3 months</li><li>Provider visit every 6 weeks</li><li>Up to 2 sessions per month</li></ul><a class="btn" href="/checkout/maintenance">Switch plan</a></div>
</div>
<p class="small">Memberships renew monthly and can be paused or cancelled from your dashboard. Prices include medication where prescribed; shipping is free. HSA/FSA cards accepted. Not available in all states. Prescriptions are at the sole discretion of the treating provider.</p>
<footer>&copy; 2025 KetaCare Online &middot; Clinical services by KetaCare Medical PLLC &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h13818", "https://brightpath-psychiatry.example/services/spravato", "telehealth", False, "en",
  "virtual-psychiatry-spravato-referral", "Spravato (Esketamine) Evaluations | BrightPath Virtual Psychiatry", """
<header><a href="/" class="logo">BrightPath Virtual Psychiatry</a>
<nav><a href="/services">Services</a> <a href="/insurance">Insurance</a> <a href="/team">Our team</a> <a href="/book">Book online</a></nav></header>
<div class="crumbs"><a href="/">Home</a> / <a href="/services">Services</a> / Spravato</div>
<h1>Spravato&reg; (esketamine) for treatment-resistant depression</h1>
<p>If you have tried two or more antidepressants without enough relief, esketamine nasal spray may be an option. BrightPath psychiatrists can evaluate you by secure video from anywhere in Pennsylvania, New Jersey or Delaware.</p>
<h2>How it works with BrightPath</h2>
<ol>
<li><b>Telepsychiatry evaluation.</b> A BrightPath psychiatrist reviews your medication history and symptoms in a 60-minute video visit.</li>
<li><b>Insurance &amp; REMS paperwork.</b> If Spravato is appropriate, we handle prior authorization and enroll you in the Spravato REMS program.</li>
<li><b>Treatment at a partner site.</b> Spravato must be self-administered under supervision at a REMS-certified healthcare setting, with at least two hours of observation. We refer you to one of our partner treatment centres near you and coordinate scheduling.</li>
<li><b>Ongoing care by video.</b> Your BrightPath psychiatrist continues medication management and follow-ups virtually.</li>
</ol>
<p>Most commercial plans and Medicare are accepted for the evaluation. <a class="btn" href="/book?service=spravato">Request an evaluation</a></p>
<p class="note">BrightPath does not dispense or ship esketamine. Spravato is only available at certified treatment centres.</p>
""")

p("h13819", "https://evenwell.example/clinicians", "telehealth", False, "en",
  "telehealth-clinician-roster-short", "Our clinicians | evenwell", """
<nav><a href="/">evenwell</a> <a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a class="cta" href="/get-started">See if you qualify</a></nav>
<h1>Meet the clinicians behind your care</h1>
<p>Every Evenwell prescriber is licensed in the states where they practise and completes our ketamine safety training.</p>
<ul class="roster">
<li><img src="/img/team/okafor.jpg" alt=""><b>Adaeze Okafor, MD</b> &ndash; Medical Director, board-certified psychiatrist. Licensed: NY, NJ, FL, TX.</li>
<li><img src="/img/team/lindqvist.jpg" alt=""><b>Erik Lindqvist, PMHNP-BC</b> &ndash; Psychiatric nurse practitioner. Licensed: AZ, CO, NM, UT.</li>
<li><img src="/img/team/ramos.jpg" alt=""><b>Marisol Ramos, DO</b> &ndash; Psychiatrist. Licensed: CA, OR, WA.</li>
<li><img src="/img/team/chen.jpg" alt=""><b>Wei Chen, PMHNP</b> &ndash; Licensed: IL, MI, OH, PA.</li>
</ul>
<p><a href="/get-started">Start your assessment</a></p>
""")

p("h13820", "https://ketacare-online.example/journal/first-at-home-session", "telehealth", False, "en",
  "telehealth-blog-excerpt-plain-text", "What to expect at your first at-home session", """
What to expect at your first at-home session
KetaCare Journal · 6 min read · Medically reviewed by J. Alvarez, PMHNP

Before your first session, your provider will have reviewed your intake, checked your blood pressure readings and confirmed your dose by video. On the day, choose a quiet room, arrange for a sitter who will stay with you for the whole session and do not plan to drive until the next morning. Take your baseline blood pressure and log it in the app. Place the tablet under your tongue, let it dissolve for about 15 minutes, then spit rather than swallow.

Most people feel the effects within 10 to 20 minutes, and the experience typically lasts about an hour. Afterwards, use the integration prompts in your journal. Your provider will see your session notes before your follow-up visit and will adjust your plan — including stopping treatment — if side effects

Continue reading →
""", ext="txt")

p("h13821", "https://psychiatrie-online-praxis.example/leistungen/esketamin", "telehealth", False, "de",
  "german-online-psychiatry-esketamine-referral", "Esketamin-Nasenspray: Abklärung per Videosprechstunde | PsychiatrieOnline Praxis", """
<header><a href="/" class="logo">PsychiatrieOnline Praxis</a>
<nav><a href="/">Start</a> <a href="/leistungen">Leistungen</a> <a href="/team">Ärzt:innen</a> <a href="/kosten">Kosten</a> <a href="/termin">Termin buchen</a></nav></header>
<h1>Esketamin bei therapieresistenter Depression &ndash; Abklärung per Video</h1>
<p>Wenn zwei Antidepressiva nicht ausreichend gewirkt haben, kann ein Esketamin-Nasenspray (Spravato&reg;) infrage kommen. Unsere Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie prüfen in einer ausführlichen Videosprechstunde, ob diese Behandlung für Sie geeignet ist.</p>
<h2>So läuft es ab</h2>
<ul>
<li>Erstgespräch per Video (ca. 50 Minuten) mit Anamnese und Sichtung Ihrer Vorbefunde</li>
<li>Bei Eignung: Überweisung an eine kooperierende Klinik oder Praxis, in der das Nasenspray unter ärztlicher Aufsicht angewendet wird (Nachbeobachtung mindestens 2 Stunden)</li>
<li>Weitere Begleitung, Medikamenteneinstellung und Verlaufskontrollen bei uns per Video</li>
</ul>
<p>Wir verschreiben Esketamin nicht zur Anwendung zu Hause und versenden keine Medikamente.</p>
<h2>Kosten</h2>
<p>Die Videosprechstunde rechnen wir für gesetzlich Versicherte über die Krankenkasse ab (eGK erforderlich). Privatpatient:innen erhalten eine Rechnung nach GOÄ.</p>
<a class="btn" href="/termin?leistung=esketamin">Videotermin vereinbaren</a>
<footer>PsychiatrieOnline Praxis &middot; Fachärztliche Videosprechstunde &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h13822", "https://serena-salud-digital.example/tratamientos/ketamina-en-casa", "telehealth", False, "es",
  "spanish-telehealth-at-home-program", "Terapia con ketamina en casa | Serena Salud Digital", """
<header><a href="/" class="logo">Serena Salud Digital</a>
<nav><a href="/tratamientos">Tratamientos</a> <a href="/como-funciona">Cómo funciona</a> <a href="/precios">Precios</a> <a href="/equipo-medico">Equipo médico</a> <a href="/acceso">Acceso pacientes</a></nav></header>
<h1>Terapia asistida con ketamina, con seguimiento psiquiátrico por videollamada</h1>
<p>Programa disponible en México (CDMX, Jalisco y Nuevo León). Tu tratamiento empieza con una consulta por videollamada con un médico psiquiatra con cédula profesional, que valora tu historia clínica y decide si la ketamina es adecuada para ti.</p>
<h2>¿Cómo funciona?</h2>
<ol>
<li>Completa tu historia clínica en línea y sube tus estudios (presión arterial, electrocardiograma si te lo pedimos).</li>
<li>Consulta de valoración por videollamada de 60 minutos.</li>
<li>Si tu psiquiatra lo indica, emite la receta y la farmacia asociada entrega el medicamento en tu domicilio, con identificación obligatoria.</li>
<li>Cada sesión se realiza acompañado de una persona de confianza, con monitoreo por videollamada de nuestro equipo de enfermería.</li>
</ol>
<h2>Precio</h2>
<p>Consulta de valoración: $1,200 MXN. Programa de 6 sesiones con seguimiento: $14,900 MXN. Pagos con tarjeta o transferencia; hasta 6 meses sin intereses.</p>
<p class="aviso">No todas las personas son candidatas. La ketamina no se receta sin valoración médica.</p>
<a class="boton" href="/agendar">Agenda tu valoración</a>
""", noise="cookie-es")

p("h13823", "https://telepsiq-brasil.example/tratamentos/escetamina", "telehealth", False, "pt",
  "brazilian-telepsychiatry-esketamine", "Escetamina: avaliação por teleconsulta | TelePsiq Brasil", """
<header><a href="/" class="logo">TelePsiq Brasil</a>
<nav><a href="/">Início</a> <a href="/como-funciona">Como funciona</a> <a href="/tratamentos">Tratamentos</a> <a href="/medicos">Nossos médicos</a> <a href="/agendar">Agendar</a></nav></header>
<h1>Depressão resistente: avaliação para escetamina por teleconsulta</h1>
<p>A escetamina em spray nasal é aprovada pela Anvisa para depressão resistente ao tratamento. Na TelePsiq, um psiquiatra com CRM ativo faz a avaliação completa por vídeo e, se houver indicação, encaminha você para uma clínica parceira onde a aplicação é feita com supervisão médica.</p>
<h2>Etapas</h2>
<ol><li>Teleconsulta psiquiátrica de 50 minutos (R$ 390)</li><li>Relatório médico e encaminhamento para clínica parceira credenciada</li><li>Acompanhamento do tratamento por teleconsulta a cada 2 a 4 semanas</li></ol>
<p>A TelePsiq não vende nem entrega medicamentos. As aplicações acontecem exclusivamente na clínica parceira.</p>
<a class="botao" href="/agendar?especialidade=escetamina">Agendar teleconsulta</a>
<footer>TelePsiq Brasil &middot; Responsável técnico: Dr. André Vasconcelos, CRM-SP 000000 &middot; <a href="/privacidade">Privacidade</a></footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics (8)

p("h13824", "https://riverbendketamine.example/", "clinic", False, "en",
  "iv-infusion-clinic-homepage-long-chrome", "Riverbend Ketamine & Wellness | IV Ketamine Infusions in Boise, ID", """
<div class="top-bar">&#128222; (208) 000-0000 &nbsp;|&nbsp; 1450 W Main St, Suite 210, Boise, ID &nbsp;|&nbsp; Mon&ndash;Fri 8am&ndash;5pm, Sat by appointment</div>
<header><a href="/" class="logo"><img src="/logo.png" alt="Riverbend Ketamine &amp; Wellness"></a>
<nav><a href="/">Home</a> <a href="/conditions">Conditions We Treat</a> <a href="/iv-ketamine">IV Ketamine</a> <a href="/spravato">Spravato</a> <a href="/nad">NAD+ &amp; IV Vitamins</a> <a href="/pricing">Pricing</a> <a href="/about">About Us</a> <a href="/blog">Blog</a> <a class="btn" href="/book">Book Free Consultation</a></nav></header>
<section class="hero"><h1>Relief can start sooner than you think.</h1>
<p>Physician-led IV ketamine infusions for depression, anxiety, PTSD and chronic pain, in a calm, private setting in downtown Boise.</p>
<a class="btn" href="/book">Schedule your free 15-minute consult</a> <a class="btn-outline" href="/referral">Provider referral form</a></section>
<section class="conditions"><h2>Conditions we treat</h2><ul><li>Treatment-resistant depression</li><li>Anxiety disorders</li><li>PTSD</li><li>Postpartum depression</li><li>OCD</li><li>Fibromyalgia &amp; CRPS</li><li>Migraine</li></ul></section>
<section class="what-to-expect"><h2>What to expect</h2>
<p>Your first visit starts with a medical screening with our anesthesiologist, Dr. Paul Harrington, and a review of your mental health history. Each infusion lasts about 40 minutes, and you will be monitored continuously (blood pressure, heart rate and oxygen) by a registered nurse. Plan to rest for 30 minutes afterwards and have someone drive you home.</p></section>
<section class="pricing"><h2>Pricing</h2>
<table><tr><td>Initial consultation</td><td>Free</td></tr><tr><td>Single IV ketamine infusion (mood)</td><td>$475</td></tr><tr><td>Induction series &ndash; 6 infusions</td><td>$2,550 (save $300)</td></tr><tr><td>Booster infusion</td><td>$425</td></tr><tr><td>Pain protocol infusion (up to 4 hrs)</td><td>from $750</td></tr><tr><td>Spravato</td><td>Billed to insurance</td></tr></table>
<p>We accept HSA/FSA and offer financing through CareCredit and Advance Care. A $100 deposit secures your first appointment and is applied to your first infusion.</p>
<a class="btn" href="/book">Book now</a> <a href="/gift-cards">Buy a gift card</a></section>
<section class="reviews"><h2>&#9733;&#9733;&#9733;&#9733;&#9733; 4.9 on Google (212 reviews)</h2><blockquote>&ldquo;The nurses made me feel safe from the first minute. After my fourth infusion I noticed I was actually making plans again.&rdquo; &mdash; Stephanie R.</blockquote></section>
<div class="popup">Get 10% off your induction series when you sign up for our newsletter! <input placeholder="Your email"> <button>Sign me up</button> <a href="#" class="close">&times;</a></div>
<footer><div class="cols"><div><h4>Riverbend Ketamine &amp; Wellness</h4><p>1450 W Main St, Suite 210<br>Boise, ID 83702</p></div><div><h4>Quick links</h4><a href="/new-patients">New patient forms</a> <a href="/pay-bill">Pay your bill</a> <a href="/careers">Careers</a> <a href="/faq">FAQ</a></div></div>
<p>If you are experiencing a mental health emergency, call 911 or 988. &copy; 2025 Riverbend Ketamine &amp; Wellness, PLLC. <a href="/privacy">Privacy Policy</a> <a href="/notice-of-privacy-practices">Notice of Privacy Practices</a></p></footer>
""", noise="cookie")

p("h13825", "https://lakeshorebehavioral.example/spravato-treatment-center", "clinic", False, "en",
  "rems-spravato-centre-medium", "Spravato Treatment Center | Lakeshore Behavioral Health | Milwaukee", """
<header><a href="/" class="logo">Lakeshore Behavioral Health</a>
<nav><a href="/services">Services</a> <a href="/providers">Providers</a> <a href="/locations">Locations</a> <a href="/patients">Patients</a> <a href="/contact">Contact</a></nav></header>
<h1>Spravato&reg; (esketamine) nasal spray</h1>
<p>Lakeshore Behavioral Health is a certified Spravato REMS treatment center with two locations in the Milwaukee area (Bay View and Wauwatosa).</p>
<h2>Who is it for?</h2>
<p>Spravato is approved for adults with treatment-resistant depression (in combination with an oral antidepressant) and for depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behavior.</p>
<h2>Your treatment day</h2>
<p>You will self-administer the nasal spray in one of our private treatment rooms under the direct observation of our nursing staff. We check your blood pressure before and after dosing. You must stay for at least two hours, until our clinician determines you are ready to leave, and you cannot drive for the rest of the day. Most patients come twice a week for the first four weeks, then weekly.</p>
<h2>Insurance</h2>
<p>Spravato is covered by most major insurance plans, including Medicare and Wisconsin Medicaid, usually after prior authorization. Our benefits team verifies your coverage before the first appointment. Janssen's savings program may lower your medication copay.</p>
<p><a class="btn" href="/referrals">Referral form for providers</a> <a class="btn" href="/contact?topic=spravato">Ask about Spravato</a></p>
<p class="isi">Important Safety Information: Spravato can cause sedation, dissociation, respiratory depression and increases in blood pressure. Patients are at risk for abuse and misuse. See full Prescribing Information, including Boxed Warning.</p>
""")

p("h13826", "https://groundedtherapycollective.example/kap", "clinic", False, "en",
  "kap-practice-in-office", "Ketamine-Assisted Psychotherapy (KAP) | Grounded Therapy Collective, Portland OR", """
<nav><a href="/">Grounded Therapy Collective</a> &middot; <a href="/about">About</a> &middot; <a href="/therapists">Therapists</a> &middot; <a href="/kap">KAP</a> &middot; <a href="/fees">Fees</a> &middot; <a href="/contact">Contact</a></nav>
<h1>Ketamine-Assisted Psychotherapy</h1>
<p>Our KAP program combines psychotherapy with medical ketamine administered in our office on SE Hawthorne. Dosing sessions are held in a dedicated treatment room with a licensed therapist present for the whole session, and our medical partner, Cascade Integrative Medicine, completes your medical evaluation and administers intramuscular ketamine.</p>
<h2>The process</h2>
<ol><li>Free 20-minute phone consult with our intake coordinator</li><li>Two preparation sessions with your KAP therapist (50 min each)</li><li>Medical screening with our partner physician (billed separately)</li><li>Three to six dosing sessions in office (about 3 hours each)</li><li>Integration sessions after each dosing session</li></ol>
<h2>Fees</h2>
<p>Preparation and integration sessions: $185 each. Dosing session (therapist time, 3 hours): $550, plus medical fee of $250 per IM session paid to Cascade Integrative Medicine. We are out-of-network with all insurers and can provide superbills. A limited number of sliding-scale spots are available for BIPOC and LGBTQ+ clients.</p>
<p><a href="/intake">Complete the KAP interest form</a></p>
<footer>Grounded Therapy Collective, LLC &middot; 3300 SE Hawthorne Blvd, Portland OR &middot; Licensed Professional Counselors &amp; Psychologists</footer>
""")

p("h13827", "https://riverbendketamine.example/pay-bill", "clinic", False, "en",
  "clinic-billing-notice-plain-text", "Pay Your Bill | Riverbend Ketamine & Wellness", """
Pay Your Bill
Riverbend Ketamine & Wellness

You can pay your statement online through our secure patient portal. Have your statement number and date of birth ready. We accept Visa, Mastercard, Discover, American Express and HSA/FSA cards.

[Pay online]  [Set up a payment plan]

Questions about your bill? Call our billing office at (208) 000-0000, option 3, Monday–Thursday 9am–4pm. Please note that IV ketamine infusions are self-pay; we can provide a superbill for possible out-of-network reimbursement. Spravato visits are billed to your insurance.

Cancellation policy: appointments cancelled with less than 48 hours' notice are subject to a $100 fee.
""", ext="txt")

p("h13828", "https://clinica-ketamina-madrid.example/tratamiento-ketamina-depresion/", "clinic", False, "es",
  "spanish-clinic-infusions-whatsapp-appointments", "Tratamiento con ketamina para la depresión en Madrid | Clínica Alma Nueva", """
<header><a href="/" class="logo">Clínica Alma Nueva</a>
<nav><a href="/">Inicio</a> <a href="/la-clinica/">La clínica</a> <a href="/tratamiento-ketamina-depresion/">Ketamina</a> <a href="/esketamina/">Esketamina</a> <a href="/equipo/">Equipo</a> <a href="/precios/">Precios</a> <a href="/blog/">Blog</a> <a href="/contacto/">Contacto</a></nav></header>
<h1>Infusión intravenosa de ketamina para la depresión resistente</h1>
<p>En Clínica Alma Nueva (Chamberí, Madrid) realizamos tratamientos con ketamina intravenosa bajo supervisión de un equipo de psiquiatras y anestesiólogos. Cada infusión dura unos 40 minutos y se realiza en un box individual con monitorización continua.</p>
<h2>¿Para quién está indicado?</h2>
<p>Para personas adultas con depresión que no han respondido a al menos dos tratamientos antidepresivos, y en algunos casos de trastorno bipolar en fase depresiva o trastorno de estrés postraumático. Antes de empezar es imprescindible una primera consulta presencial con psiquiatría.</p>
<h2>Precios orientativos</h2>
<ul><li>Primera consulta de valoración psiquiátrica: 150 &euro;</li><li>Sesión de ketamina intravenosa: 390 &euro;</li><li>Ciclo inicial de 6 sesiones: 2.100 &euro;</li></ul>
<p>Trabajamos con algunas aseguradoras privadas para la consulta de psiquiatría. El tratamiento con ketamina no está cubierto por la mayoría de pólizas.</p>
<p><b>Pide tu cita</b>: llámanos al 910 000 000 o escríbenos por WhatsApp al 600 000 000 y te daremos hora para la primera consulta.</p>
<footer>Clínica Alma Nueva &middot; Calle de Fuencarral 000, 28010 Madrid &middot; Centro sanitario autorizado por la Comunidad de Madrid &middot; <a href="/aviso-legal/">Aviso legal</a></footer>
""", noise="cookie-es")

p("h13829", "https://chu-exemple.example/psychiatrie/centre-depression-resistante", "clinic", False, "fr",
  "french-hospital-department", "Centre expert de la dépression résistante – Pôle de psychiatrie – CHU", """
<div class="bandeau">Urgences : 15 &middot; Standard : 04 00 00 00 00 &middot; <a href="/prendre-rdv">Prendre rendez-vous</a> &middot; <a href="/espace-patient">Espace patient</a></div>
<header><a href="/" class="logo">CHU</a>
<nav><a href="/soins">Soins et consultations</a> <a href="/patients">Patients et visiteurs</a> <a href="/professionnels">Professionnels</a> <a href="/recherche">Recherche</a> <a href="/recrutement">Recrutement</a></nav></header>
<div class="fil">Accueil &gt; Soins et consultations &gt; Psychiatrie &gt; Centre expert de la dépression résistante</div>
<h1>Centre expert de la dépression résistante</h1>
<p>Le centre accueille, sur adressage d&rsquo;un médecin, les patients souffrant d&rsquo;un épisode dépressif n&rsquo;ayant pas répondu à au moins deux traitements antidépresseurs bien conduits.</p>
<h2>Traitements proposés</h2>
<ul><li>Bilan diagnostique complet en hôpital de jour</li><li>Eskétamine en spray nasal (Spravato&reg;), administrée dans le service avec surveillance de deux heures</li><li>Kétamine par voie intraveineuse dans le cadre de protocoles de soins et de recherche</li><li>Électroconvulsivothérapie (ECT) et stimulation magnétique transcrânienne (rTMS)</li></ul>
<h2>Comment être adressé ?</h2>
<p>Votre médecin traitant ou votre psychiatre remplit le formulaire d&rsquo;adressage disponible dans l&rsquo;espace professionnels. Le secrétariat vous recontacte sous trois semaines pour fixer une consultation d&rsquo;évaluation.</p>
<p>Secrétariat : 04 00 00 00 01, du lundi au vendredi de 9 h à 16 h 30. Bâtiment C, 2e étage.</p>
<footer>&copy; CHU &ndash; <a href="/mentions-legales">Mentions légales</a> &ndash; <a href="/accessibilite">Accessibilité : partiellement conforme</a></footer>
""", noise="cookie-fr")

p("h13830", "https://centrodepressione-milano.example/trattamenti/esketamina-spray-nasale", "clinic", False, "it",
  "italian-esketamine-centre", "Esketamina spray nasale per la depressione resistente | Centro Serenamente Milano", """
<div class="cookie-it">Utilizziamo i cookie per migliorare la navigazione. <a href="/cookie-policy">Cookie policy</a> <button>OK</button></div>
<header><a href="/" class="logo">Centro Serenamente</a>
<nav><a href="/">Home</a> <a href="/chi-siamo">Chi siamo</a> <a href="/trattamenti">Trattamenti</a> <a href="/medici">Medici</a> <a href="/tariffe">Tariffe</a> <a href="/prenota">Prenota una visita</a></nav></header>
<h1>Trattamento con esketamina spray nasale</h1>
<p>Il nostro centro ambulatoriale di psichiatria a Milano (zona Porta Romana) offre il trattamento con esketamina spray nasale per adulti con depressione resistente, secondo il piano terapeutico previsto dall&rsquo;AIFA.</p>
<h2>Come si svolge</h2>
<p>Dopo una prima visita psichiatrica, le somministrazioni avvengono in ambulatorio: il paziente si autosomministra lo spray sotto osservazione del medico e resta in sala di osservazione per almeno due ore, con controllo della pressione arteriosa. Non è possibile guidare nel giorno del trattamento.</p>
<h2>Tariffe</h2>
<p>Prima visita psichiatrica: 180 &euro;. Seduta di somministrazione e monitoraggio: 120 &euro; (farmaco escluso). Pacchetti per la fase di induzione disponibili su richiesta.</p>
<p><a class="btn" href="/prenota?servizio=esketamina">Prenota una visita</a> &middot; Tel. 02 0000 0000</p>
<footer>Centro Serenamente S.r.l. &middot; Direttore sanitario: Dott.ssa Chiara Bellini &middot; P.IVA 00000000000</footer>
""")

p("h13831", "https://ggz-polikliniek-voorbeeld.example/behandelingen/ketamine", "clinic", False, "nl",
  "dutch-outpatient-ketamine-referral", "Ketaminebehandeling bij depressie | Polikliniek Stemmingsstoornissen", """
<header><a href="/" class="logo">Polikliniek Stemmingsstoornissen</a>
<nav><a href="/">Home</a> <a href="/behandelingen">Behandelingen</a> <a href="/aanmelden">Aanmelden</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/kosten">Kosten</a> <a href="/contact">Contact</a></nav></header>
<h1>Ketaminebehandeling bij therapieresistente depressie</h1>
<p>Op onze polikliniek bieden wij behandeling met esketamine-neusspray en, binnen een zorgprotocol, ketamine via een infuus of orale ketamine. De behandeling is bedoeld voor volwassenen bij wie meerdere antidepressiva en psychotherapie onvoldoende hebben geholpen.</p>
<h2>Hoe meld ik mij aan?</h2>
<p>U heeft een verwijzing nodig van uw huisarts of psychiater. Na aanmelding volgt een intakegesprek met een psychiater en een lichamelijk onderzoek. De behandelingen vinden plaats op de polikliniek; na elke toediening blijft u minimaal twee uur ter observatie.</p>
<h2>Kosten</h2>
<p>De behandeling valt onder de basisverzekering (specialistische GGZ). Houd rekening met uw eigen risico.</p>
<p><a href="/aanmelden">Aanmelden</a> &middot; Telefoon 030 000 0000 (bereikbaar op werkdagen 9.00&ndash;12.00 uur)</p>
""", noise="cookie-nl")

# ---------------------------------------------------------------- informational (9)

p("h13832", "https://thecoastalherald.example/news/crime/2025/03/11/ketamine-seizure-port-online-vendors", "informational", False, "en",
  "news-article-paywall-truncated-long-chrome", "Record ketamine seizure at port linked to online vendors, police say | The Coastal Herald", """
<div class="breaking">BREAKING: Storm warning extended through Wednesday for coastal counties</div>
<header><a href="/" class="masthead">The Coastal Herald</a>
<nav><a href="/news">News</a> <a href="/news/local">Local</a> <a href="/news/crime">Crime</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a> <a href="/lifestyle">Lifestyle</a> <a href="/subscribe" class="sub">Subscribe &ndash; $1 for 3 months</a> <a href="/login">Log in</a></nav></header>
<article>
<p class="kicker">CRIME</p>
<h1>Record ketamine seizure at port linked to online vendors, police say</h1>
<p class="standfirst">More than 300kg of the anaesthetic found hidden in a shipment of ceramic tiles, as officers warn of a boom in websites selling the drug for delivery by post</p>
<p class="byline">By Hannah Pryce, Crime Correspondent &middot; Tuesday 11 March 2025, 6:02am</p>
<figure><img src="/img/2025/03/port-seizure.jpg" alt="Customs officers with seized packages"><figcaption>Customs officers with part of the seizure. Photo: Supplied</figcaption></figure>
<p>Customs officers have made the largest ketamine seizure ever recorded at the port, with more than 300kg of the drug found hidden inside a container of floor tiles, police said on Monday.</p>
<p>Detectives believe the consignment was destined for a network that sold ketamine through websites and encrypted messaging channels, shipping small quantities to buyers around the country in padded envelopes.</p>
<p>One site identified by investigators advertised &ldquo;pharma grade ketamine, no prescription needed&rdquo; at prices starting at $30 a gram, with discounts for customers who paid in bitcoin and a promise to &ldquo;reship for free if seized&rdquo;. The site has since been taken offline.</p>
<div class="ad-slot">Advertisement</div>
<p>&ldquo;People think buying ketamine online is like ordering a takeaway,&rdquo; said Detective Inspector Marcus Webb. &ldquo;They have no idea what is in the bag, who they are dealing with, or how much of their personal data is now in the hands of organised crime.&rdquo;</p>
<p>Street prices for ketamine have fallen sharply in recent years. A gram now sells for about $20 to $40 in most cities, according to the latest drug market survey, making it cheaper than cocaine and</p>
<div class="paywall">
<h3>Keep reading with a subscription</h3>
<p>You&rsquo;ve read all your free articles this month. Subscribe for unlimited access to trusted local journalism.</p>
<a class="btn" href="/subscribe">Subscribe now &ndash; $1 for 3 months</a> <a href="/login">Already a subscriber? Log in</a>
</div>
</article>
<aside><h4>Most read</h4><ol><li><a href="#">Council approves new ferry terminal after 10-year fight</a></li><li><a href="#">Man charged after dog attack in park</a></li><li><a href="#">Ketamine use among young adults doubles, survey finds</a></li><li><a href="#">Best fish and chips on the coast: readers vote</a></li></ol></aside>
<footer>&copy; 2025 The Coastal Herald. All rights reserved. <a href="/contact">Contact us</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/tips">Send us a news tip</a></footer>
""", noise="cookie")

p("h13833", "https://drugfacts.gov.example/drugs/ketamine", "informational", False, "en",
  "government-fact-sheet-medium", "Ketamine - Drug Fact Sheet | National Drug Information Service", """
<div class="gov-banner">An official website of the government. <a href="#">Here's how you know</a></div>
<header><a href="/" class="agency">National Drug Information Service</a>
<nav><a href="/drugs">Drugs A&ndash;Z</a> <a href="/publications">Publications</a> <a href="/parents">For Parents</a> <a href="/educators">For Educators</a> <a href="/get-help">Get Help</a> <a href="/es">Español</a></nav></header>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/drugs">Drugs A&ndash;Z</a> &rsaquo; Ketamine</div>
<h1>Ketamine</h1>
<h2>What is it?</h2>
<p>Ketamine is a dissociative anesthetic that has some hallucinogenic effects. It distorts perceptions of sight and sound and makes the user feel disconnected and not in control. It is approved for use as an anesthetic in humans and animals. Esketamine, a related drug, is approved as a nasal spray for treatment-resistant depression, to be given only in certified medical settings.</p>
<h2>What are common street names?</h2>
<p>Cat Tranquilizer, Cat Valium, Jet K, Kit Kat, Purple, Special K, Special La Coke, Super Acid, Super K and Vitamin K.</p>
<h2>What does it look like?</h2>
<p>Ketamine comes in a clear liquid and a white or off-white powder. Powdered ketamine is often cut into lines and snorted, or mixed into drinks or smoked with tobacco or marijuana.</p>
<h2>What are the effects on the body and mind?</h2>
<p>Effects include a dream-like state, hallucinations, vomiting, confusion, problems speaking, increased blood pressure, slowed breathing and unconsciousness. Frequent use can cause serious damage to the bladder and urinary tract.</p>
<h2>What is its legal status?</h2>
<p>Ketamine is a Schedule III substance under the Controlled Substances Act. It is illegal to possess or distribute ketamine without a valid prescription or registration. Products advertised online as &ldquo;no prescription needed&rdquo; are illegal and may be counterfeit.</p>
<p class="updated">Page last reviewed: October 2024 &middot; <a href="/drugs/ketamine.pdf">Download PDF (2 pages)</a> &middot; <a href="/get-help">Find treatment near you</a></p>
<footer><a href="/about">About</a> &middot; <a href="/foia">FOIA</a> &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy Policy</a></footer>
""")

p("h13834", "https://partysafe-collective.example/drugs/ketamine/", "informational", False, "en",
  "harm-reduction-page-with-test-kit-shop-link", "Ketamine | PartySafe Collective – harm reduction info", """
<header><a href="/" class="logo">PartySafe Collective</a>
<nav><a href="/drugs/">Drug info</a> <a href="/combos/">Combinations</a> <a href="/drug-checking/">Drug checking</a> <a href="/events/">Events</a> <a href="/volunteer/">Volunteer</a> <a href="/shop/">Test kit shop</a> <a href="/donate/" class="donate">Donate</a></nav></header>
<h1>Ketamine</h1>
<p class="aka">Also known as: K, Ket, Special K, Keta, Kitty</p>
<div class="quick"><b>Onset (snorted):</b> 5&ndash;15 min &middot; <b>Duration:</b> 45&ndash;90 min &middot; <b>After-effects:</b> up to 24 hrs</div>
<h2>Effects</h2>
<p>At lower amounts people describe feeling floaty, relaxed and a bit drunk. At higher amounts you may lose the ability to move or speak, and enter the state known as a &ldquo;k-hole&rdquo;. Balance and coordination go quickly, which makes falls, drowning and getting lost the most common emergencies we see at events.</p>
<h2>Reduce your risks</h2>
<ul>
<li>Start low and wait. Re-dosing too soon is how most people end up much further out than they wanted.</li>
<li>Don&rsquo;t mix with alcohol, GHB/GBL, opioids or benzos. Combining depressants can stop your breathing.</li>
<li>Use with a trusted friend, in a safe place, sitting or lying down &ndash; never in water.</li>
<li>Use your own straw and crush powder finely to protect your nose.</li>
<li>Frequent use can seriously damage your bladder. If peeing becomes painful or urgent, or there is blood in your urine, stop and see a doctor.</li>
</ul>
<h2>Test your drugs</h2>
<p>Ketamine sold as ketamine isn&rsquo;t always ketamine. Drug-checking services have found 2-FDCK, DCK and other analogues, and sometimes no ketamine at all. Use our free drug-checking service at events or get a reagent kit (Mandelin and Morris reagents) from our <a href="/shop/">non-profit shop</a>.</p>
<p class="help">Worried about your use? Talk to someone: <a href="/get-support/">find support</a>. In an emergency call 911 &ndash; Good Samaritan laws may protect you.</p>
<footer>PartySafe Collective is a non-profit harm reduction organisation. We don&rsquo;t sell drugs, and we don&rsquo;t judge. &copy; 2025</footer>
""")

p("h13835", "https://openwiki.example/wiki/Ketamine", "informational", False, "en",
  "encyclopaedia-excerpt-plain-text", "Ketamine - OpenWiki", """
Ketamine
From OpenWiki, the free encyclopedia
This article is about the drug. For other uses, see Ketamine (disambiguation).

Ketamine is a dissociative anesthetic used medically for induction and maintenance of anesthesia.[8] It is also used as a treatment for depression, a pain management tool, and as a recreational drug.[9] Ketamine is an NMDA receptor antagonist, which accounts for most of its psychoactive effects.[10]

At anesthetic doses, ketamine induces a state of dissociative anesthesia, a trance-like state providing pain relief, sedation, and amnesia.[11] Its distinguishing features as an anesthestic are preserved breathing and airway reflexes, stimulated heart function with increased blood pressure, and moderate bronchodilation.[12]

Contents
1 Medical uses
1.1 Anesthesia
1.2 Pain management
1.3 Depression
2 Adverse effects
3 Recreational use
4 Pharmacology
5 History
6 Society and culture
6.1 Legal status
6.2 Street names and prices

Ketamine was first synthesized in 1962 by Calvin L. Stevens at Parke-Davis and approved for use in the United States in 1970.[68] It is on the World Health Organization's List of Essential Medicines.[
""", ext="txt")

p("h13836", "https://talkboard.example/r/TRD/comments/1b7xq2/athome_ketamine_vs_iv_clinic_my_experience_after", "informational", False, "en",
  "forum-thread-navigation-heavy", "At-home ketamine vs IV clinic – my experience after 3 months : r/TRD", """
<header><a href="/" class="logo">talkboard</a> <input placeholder="Search r/TRD"> <a href="/login">Log In</a> <a href="/signup">Sign Up</a></header>
<aside class="left-nav"><a href="/">Home</a> <a href="/popular">Popular</a> <a href="/all">All</a> <h4>COMMUNITIES</h4> <a href="/r/depression">r/depression</a> <a href="/r/TRD">r/TRD</a> <a href="/r/KetamineTherapy">r/KetamineTherapy</a> <a href="/r/psychiatry">r/psychiatry</a> <a href="/r/Anxiety">r/Anxiety</a> <h4>RESOURCES</h4> <a href="/help">Help</a> <a href="/rules">Content Policy</a></aside>
<div class="post">
<p class="sub">r/TRD &middot; Posted by u/grey_october_sky &middot; 2 days ago</p>
<h1>At-home ketamine vs IV clinic &ndash; my experience after 3 months</h1>
<p>Long post, sorry. I did 6 IV infusions at a local clinic last year ($2,700 out of pocket, ouch) and it helped a lot for about 2 months. When it wore off I couldn&rsquo;t afford boosters so I switched to one of the at-home telehealth companies.</p>
<p>Pros of at-home: way cheaper, the NP did a proper 45 min video visit and actually asked about my BP meds, and I like being in my own bed. Cons: the effect feels weaker for me with the tablets, and I need my partner to sit with me every time.</p>
<p>Happy to answer questions.</p>
<p class="meta">&#11014; 412 &#11015; &middot; 96 comments &middot; Share &middot; Save</p>
</div>
<div class="comments">
<div class="c"><b>u/lowtidebrain</b> &middot; 2d<p>Similar experience. IV hit harder but the at-home maintenance is what kept me stable. Which company did you use if you don&rsquo;t mind saying?</p>
<div class="c reply"><b>u/grey_october_sky</b> &middot; 2d<p>Rather not name them, mods remove posts that look like ads. Search the sub for the megathread.</p></div></div>
<div class="c"><b>u/[deleted]</b> &middot; 1d<p>[removed by moderator &ndash; Rule 4: no sourcing]</p></div>
<div class="c"><b>u/AutoModerator</b> &middot; 1d<p>Reminder: asking for or offering sources to buy ketamine without a prescription results in a permanent ban. If someone DMs you offering ketamine, it is a scam. Report it.</p></div>
<div class="c"><b>u/NurseJackie_RN</b> &middot; 20h<p>ICU nurse here. Please get your BP checked before sessions and don&rsquo;t mix with benzos. Glad it&rsquo;s helping!</p></div>
<div class="more">View 91 more comments</div>
</div>
<aside class="right"><h4>About Community</h4><p>Support for people living with treatment-resistant depression. Not medical advice.</p><p>18.2k members &middot; 64 online</p><h4>Rules</h4><ol><li>Be kind</li><li>No medical advice</li><li>No self-promotion</li><li>No sourcing</li></ol></aside>
""")

p("h13837", "https://harborlight-recovery.example/addiction/ketamine-addiction-treatment/", "informational", False, "en",
  "rehab-centre-service-page", "Ketamine Addiction Treatment | Harborlight Recovery Center", """
<div class="call-bar">Admissions open 24/7 &ndash; <a href="tel:+18000000000">Call (800) 000-0000</a> &middot; <a href="/verify-insurance">Verify your insurance</a></div>
<header><a href="/" class="logo">Harborlight Recovery Center</a>
<nav><a href="/treatment/">Treatment Programs</a> <a href="/addiction/">What We Treat</a> <a href="/admissions/">Admissions</a> <a href="/insurance/">Insurance</a> <a href="/about/">About</a> <a href="/blog/">Blog</a></nav></header>
<h1>Ketamine Addiction Treatment</h1>
<p>Ketamine is increasingly prescribed for depression, but it is also misused recreationally, and some people find they cannot stop. At Harborlight we treat ketamine use disorder with medically supervised detox, residential care and outpatient programs.</p>
<h2>Signs of ketamine addiction</h2>
<ul><li>Needing more to get the same effect</li><li>Using alone or daily</li><li>Bladder pain, frequent urination (&ldquo;K-cramps&rdquo;)</li><li>Memory problems and low mood between uses</li><li>Spending large sums buying ketamine online or from dealers</li></ul>
<h2>Our programs</h2>
<p>Residential treatment (30, 60 or 90 days), partial hospitalization (PHP), intensive outpatient (IOP) and alumni support. Dual diagnosis care for co-occurring depression and anxiety.</p>
<p>We accept most major insurance plans. <a class="btn" href="/verify-insurance">Check your coverage</a></p>
<p class="fine">Harborlight Recovery Center is licensed by the State Department of Health Care Services and accredited by the Joint Commission. Calls to our helpline are answered by Harborlight admissions staff.</p>
""", noise="cookie")

p("h13838", "https://drogen-infoportal.example/drogenlexikon/ketamin", "informational", False, "de",
  "german-drug-info-lexicon", "Ketamin – Drogenlexikon | Drogen-Infoportal", """
<header><a href="/" class="logo">Drogen-Infoportal</a>
<nav><a href="/drogenlexikon">Drogenlexikon</a> <a href="/selbsttests">Selbsttests</a> <a href="/beratung">Online-Beratung</a> <a href="/mischkonsum">Mischkonsum-Check</a> <a href="/leichte-sprache">Leichte Sprache</a></nav></header>
<div class="brotkrumen">Startseite / Drogenlexikon / K / Ketamin</div>
<h1>Ketamin</h1>
<p>Ketamin ist ein Narkosemittel, das in der Human- und Tiermedizin eingesetzt wird. Als Partydroge wird es meist als weißes Pulver geschnupft. Szenenamen: Keta, K, Special K, Vitamin K.</p>
<h2>Wirkung</h2>
<p>In niedriger Dosierung wirkt Ketamin leicht berauschend und entspannend. Bei höheren Dosen kommt es zu starken Wahrnehmungsveränderungen bis hin zum Gefühl, den eigenen Körper zu verlassen (&bdquo;K-Loch&ldquo;).</p>
<h2>Risiken</h2>
<p>Bewegungs- und Orientierungsstörungen, Übelkeit, Erbrechen. Lebensgefährlich kann Mischkonsum mit Alkohol, GHB/GBL oder Opioiden sein. Regelmäßiger Konsum kann zu schweren Schäden der Harnblase führen (Ketamin-Zystitis).</p>
<h2>Rechtliches</h2>
<p>Ketamin ist in Deutschland ein verschreibungspflichtiges Arzneimittel und unterliegt nicht dem Betäubungsmittelgesetz. Die Abgabe ohne Rezept und der Handel sind jedoch nach dem Arzneimittelgesetz strafbar. Angebote im Internet wie &bdquo;Ketamin kaufen ohne Rezept&ldquo; sind illegal; oft handelt es sich um Betrug oder um gestreckte Ware.</p>
<p class="hinweis">Du machst dir Sorgen wegen deines Konsums? Unsere <a href="/beratung">Online-Beratung</a> ist kostenlos und anonym.</p>
<footer>Ein Angebot im Auftrag einer Landesstelle für Suchtfragen &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h13839", "https://lequotidien-regional.example/societe/sante/ketamine-jeunes-usage-recreatif-hausse", "informational", False, "fr",
  "french-news-quotes-prices", "Kétamine : chez les jeunes, l'usage récréatif en forte hausse", """
<header><a href="/" class="titre">Le Quotidien Régional</a>
<nav><a href="/actualite">Actualité</a> <a href="/societe">Société</a> <a href="/faits-divers">Faits divers</a> <a href="/sport">Sport</a> <a href="/culture">Culture</a> <a href="/abonnement" class="abo">S&rsquo;abonner</a></nav></header>
<article>
<p class="rubrique">Société &rsaquo; Santé</p>
<h1>Kétamine : chez les jeunes, l&rsquo;usage récréatif en forte hausse</h1>
<p class="chapo">Addictologues et associations de réduction des risques constatent une banalisation de cet anesthésiant en milieu festif, vendu parfois via les réseaux sociaux.</p>
<p class="auteur">Par Camille Roussel &ndash; Publié le mardi 4 février 2025 à 07h15</p>
<p>&laquo; Il y a cinq ans, on en voyait surtout en free party. Aujourd&rsquo;hui, on en trouve dans les soirées étudiantes &raquo;, observe Léa, intervenante d&rsquo;une association de réduction des risques. Selon elle, le gramme de kétamine se négocie entre 20 et 40 euros, moins cher que la cocaïne.</p>
<p>Une partie des ventes passe désormais par Snapchat et Telegram, où des comptes publient chaque semaine des &laquo; menus &raquo; avec livraison à domicile. &laquo; Certains sites promettent même de la kétamine &ldquo;sans ordonnance&rdquo; livrée par La Poste &raquo;, ajoute un enquêteur de la brigade des stupéfiants.</p>
<p>Les addictologues alertent sur les complications urinaires, parfois graves, liées à une consommation régulière. Le service d&rsquo;addictologie du CHU voisin a reçu une quinzaine de jeunes patients l&rsquo;an dernier pour des cystites à la kétamine.</p>
<p>La kétamine reste par ailleurs étudiée et utilisée à l&rsquo;hôpital contre la dépression résistante, sous forme d&rsquo;eskétamine en spray nasal.</p>
<div class="lire-aussi">À lire aussi : <a href="#">Protoxyde d&rsquo;azote : la mairie interdit la vente aux mineurs</a></div>
</article>
<footer>&copy; Le Quotidien Régional 2025 &ndash; <a href="/cgu">CGU</a> &ndash; <a href="/contact">Contact</a></footer>
""", noise="cookie-fr")

p("h13840", "https://bulario-online.example/bula/cloridrato-de-cetamina-solucao-injetavel", "informational", False, "pt",
  "portuguese-package-insert-reference", "Cloridrato de cetamina – Bula para o profissional de saúde | Bulário Online", """
<header><a href="/" class="logo">Bulário Online</a>
<form><input placeholder="Buscar medicamento ou princípio ativo"><button>Buscar</button></form>
<nav><a href="/a-z">Medicamentos A&ndash;Z</a> <a href="/principios-ativos">Princípios ativos</a> <a href="/interacoes">Interações</a> <a href="/noticias">Notícias</a></nav></header>
<div class="anuncio">Publicidade</div>
<h1>Cloridrato de cetamina &ndash; solução injetável 50 mg/mL</h1>
<p><b>Classe terapêutica:</b> anestésico geral &middot; <b>Tarja:</b> preta (venda sob prescrição médica, uso restrito a hospitais) &middot; <b>Lista:</b> C1 (Portaria 344/98)</p>
<h2>Indicações</h2>
<p>Agente anestésico único para procedimentos diagnósticos e cirúrgicos que não requeiram relaxamento da musculatura esquelética; indução da anestesia antes da administração de outros agentes anestésicos gerais.</p>
<h2>Contraindicações</h2>
<p>Pacientes nos quais uma elevação significativa da pressão arterial constitua risco grave; hipersensibilidade ao fármaco.</p>
<h2>Posologia</h2>
<p>A dose deve ser individualizada. Indução intravenosa: 1 a 4,5 mg/kg. Indução intramuscular: 6,5 a 13 mg/kg. Deve ser administrada apenas por médicos experientes em anestesia geral, em ambiente com equipamento de reanimação disponível.</p>
<h2>Reações adversas</h2>
<p>Reações de emergência (sonhos vívidos, alucinações, delírio), aumento da pressão arterial e da frequência cardíaca, depressão respiratória em doses altas, náuseas e vômitos.</p>
<p class="fonte">Fonte: bula do fabricante disponibilizada no Bulário Eletrônico da Anvisa. Última atualização: 12/2024. Este conteúdo não substitui a orientação de um profissional de saúde.</p>
<footer>&copy; 2025 Bulário Online &middot; <a href="/sobre">Sobre</a> &middot; <a href="/privacidade">Privacidade</a></footer>
""", noise="cookie-pt")

save(OUT, R)
