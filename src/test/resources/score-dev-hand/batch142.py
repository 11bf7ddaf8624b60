# Batch 142 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "A month of reviews". A fair, ordinary sample of the sites a moderator of a ketamine-clinic
# directory would review in a month: every category in its common forms, no particular trick in mind.
# Sellers: classic crypto/stealth shop, research-chemical analogue vendor, no-Rx "pharmacy" selling
# Spravato, questionnaire-only fake telehealth, affiliate "where to buy" doorway, classifieds listing,
# social bio, veterinary vials sold to anyone, a bot-check wall (url-only), Spanish/German shops,
# French seller FAQ, Dutch RC webshop, Portuguese WhatsApp ad. Telehealth: at-home program landing,
# pricing/membership, FAQ, virtual psychiatry with Spravato referral, prescriber roster, how-it-works
# snippet, German/Spanish/Italian services. Clinics: IV infusion clinic with prices and "Book now",
# REMS Spravato centre, KAP practice, pain clinic billing page, patient-forms page, French hospital
# department, Dutch mental-health clinic, Brazilian infusion clinic booking on WhatsApp.
# Informational: news quoting vendors and prices, government fact sheet, harm-reduction page, forum
# thread, Portuguese rehab centre, Spanish news, German encyclopaedia entry, French clinical trial,
# Italian legal explainer.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, footers), medium pages, short pages,
# navigation-heavy pages, a truncated partial page, a bot-check wall and a few plain-text excerpts.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch142.py (writes batch142/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch142")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h14201", "https://ketaminepowdershop.example/product/ketamine-crystal-shards/", "seller", True, "en",
  "shop-product-page-long", "Buy Ketamine Crystal Shards Online | KetaPowder Shop", """
<header>
<div class="announce">&#128666; Worldwide stealth delivery &middot; 100% reship guarantee &middot; 10% off all Bitcoin orders this week</div>
<a class="brand" href="/">KetaPowder<span>Shop</span></a>
<nav class="main-menu">
<a href="/">Home</a> <a href="/shop/">Shop</a> <a href="/product-category/dissociatives/">Dissociatives</a>
<a href="/product-category/psychedelics/">Psychedelics</a> <a href="/product-category/pharma/">Pharma</a>
<a href="/shipping-policy/">Shipping</a> <a href="/how-to-pay-with-bitcoin/">How to pay</a>
<a href="/track-order/">Track order</a> <a href="/contact/">Contact</a> <a href="/cart/">&#128722; 0 items &ndash; $0.00</a>
</nav>
<form class="search" action="/"><input name="s" placeholder="Search products..."><button>Search</button></form>
</header>
<main>
<p class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/product-category/dissociatives/">Dissociatives</a> &rsaquo; Ketamine Crystal Shards</p>
<div class="product-wrap">
<div class="images"><img src="/wp-content/uploads/2026/03/shards-1.jpg" alt="ketamine crystal shards"></div>
<div class="summary">
<h1 class="product_title">Ketamine Crystal Shards (S-isomer) &ndash; Lab tested 99.4%</h1>
<div class="rating">&#9733;&#9733;&#9733;&#9733;&#9733; <a href="#reviews">(212 customer reviews)</a></div>
<p class="price"><span class="amount">$90.00</span> &ndash; <span class="amount">$1,650.00</span></p>
<div class="short-desc">
<p>Premium needle-point shards, washed and re-crystallised. Every batch is reagent tested before it leaves our warehouse.
Packed in vacuum-sealed, smell-proof mylar inside a discreet outer box with no reference to the contents.</p>
</div>
<form class="variations_form cart">
<table class="variations"><tr><td><label for="pa_weight">Weight</label></td><td>
<select id="pa_weight" name="attribute_pa_weight">
<option value="">Choose an option</option>
<option value="3g">3 grams &ndash; $90</option>
<option value="5g">5 grams &ndash; $140</option>
<option value="10g">10 grams &ndash; $250</option>
<option value="28g">28 grams (1 oz) &ndash; $560</option>
<option value="100g">100 grams &ndash; $1,650</option>
</select></td></tr></table>
<div class="quantity"><input type="number" name="quantity" value="1" min="1"></div>
<button type="submit" class="single_add_to_cart_button">Add to cart</button>
</form>
<p class="sku">SKU: KP-KET-S02 &middot; Category: <a href="/product-category/dissociatives/">Dissociatives</a> &middot; Tags: ketamine, k, special k, shards</p>
</div>
</div>
<div class="tabs">
<h2>Description</h2>
<p>Ketamine is a dissociative anaesthetic that has been used in medicine since the 1970s. Our S-isomer shards are the same
material used in many research settings, now available to buy online without the hassle. No prescription, no paperwork,
no awkward questions &ndash; just place your order and we do the rest.</p>
<p>Customers use our ketamine for relaxation, for creative sessions, and some for self-directed mood work. We do not give
medical advice. Start low and go slow: most first-time users begin with 20&ndash;30 mg.</p>
<h2>Shipping &amp; payment</h2>
<ul>
<li>USA domestic: 2&ndash;4 business days (USPS Priority, vacuum sealed)</li>
<li>Canada, UK, EU, Australia: 7&ndash;14 business days</li>
<li>We accept Bitcoin, Monero, USDT (TRC20), Zelle and Cash App. Card payments are not available.</li>
<li>If your package is seized or lost we reship free of charge once (proof of tracking required).</li>
</ul>
<h2 id="reviews">Reviews (212)</h2>
<div class="review"><strong>mike_r</strong> &ndash; &#9733;&#9733;&#9733;&#9733;&#9733; Arrived in 3 days to Ohio, super clean, packaging was spot on. Will order the 28 next.</div>
<div class="review"><strong>Lena</strong> &ndash; &#9733;&#9733;&#9733;&#9733;&#9734; Took a week to Germany but tracking worked. Good quality.</div>
<div class="review"><strong>anon_2231</strong> &ndash; &#9733;&#9733;&#9733;&#9733;&#9733; Support answered on Telegram within 10 minutes. Legit.</div>
</div>
<section class="related"><h2>Related products</h2>
<ul><li><a href="/product/ketamine-powder-r-isomer/">Ketamine Powder (R-isomer)</a> $80 &ndash; $1,400</li>
<li><a href="/product/ketamine-hcl-injectable-10ml/">Ketamine HCl Liquid 10 ml vial</a> $120 &ndash; $900</li>
<li><a href="/product/2-fdck-powder/">2-FDCK Powder</a> $60 &ndash; $700</li>
<li><a href="/product/mdma-crystal/">MDMA Crystal</a> $70 &ndash; $1,200</li></ul>
</section>
</main>
<footer>
<p>Questions? Telegram: @ketapowder_support &middot; Wickr: ketapowder &middot; Email: orders@ketaminepowdershop.example</p>
<p><a href="/terms/">Terms</a> &middot; <a href="/refund-policy/">Refund policy</a> &middot; <a href="/privacy/">Privacy</a></p>
<p>&copy; 2026 KetaPowder Shop. All rights reserved.</p>
</footer>
""", noise="cookie")

p("h14202", "https://synthlab-reagents.example/catalog/arylcyclohexylamines/deschloroketamine", "seller", True, "en",
  "research-chemical-vendor", "Deschloroketamine (DCK) powder - SynthLab Reagents", """
<div class="top">Research materials only &middot; Orders dispatched Mon&ndash;Fri from our EU warehouse</div>
<nav><a href="/">Home</a> | <a href="/catalog/">Catalog</a> | <a href="/catalog/arylcyclohexylamines/">Arylcyclohexylamines</a> | <a href="/catalog/tryptamines/">Tryptamines</a> | <a href="/catalog/benzos/">Designer benzodiazepines</a> | <a href="/coa/">COA</a> | <a href="/account/">My account</a> | <a href="/basket/">Basket</a></nav>
<h1>Deschloroketamine (DCK) &ndash; powder</h1>
<p>IUPAC: 2-(methylamino)-2-phenylcyclohexan-1-one &middot; CAS 7063-30-1 &middot; Purity &ge; 99% (HPLC)</p>
<table class="prices">
<tr><th>Quantity</th><th>Price</th><th>Per gram</th></tr>
<tr><td>1 g</td><td>&euro; 24.90</td><td>&euro; 24.90</td></tr>
<tr><td>5 g</td><td>&euro; 89.00</td><td>&euro; 17.80</td></tr>
<tr><td>10 g</td><td>&euro; 149.00</td><td>&euro; 14.90</td></tr>
<tr><td>25 g</td><td>&euro; 299.00</td><td>&euro; 11.96</td></tr>
<tr><td>100 g</td><td>&euro; 890.00</td><td>&euro; 8.90</td></tr>
</table>
<p><button>Add to basket</button></p>
<h2>Product information</h2>
<p>Deschloroketamine is an arylcyclohexylamine and a structural analogue of ketamine in which the chlorine atom has been
removed from the phenyl ring. It is offered for in-vitro research and forensic reference purposes.</p>
<p><strong>This product is not for human consumption.</strong> It is not a medicine, food or cosmetic. By ordering you confirm that you
are over 18 and that you will handle it in a laboratory setting. We do not give dosage information and will cancel orders
from customers who ask for it.</p>
<h2>Payment</h2>
<p>Bank transfer (SEPA), Bitcoin and Litecoin. Crypto orders receive a 10% discount. Packages are sent in neutral
envelopes with tracking; we offer one free reship for EU addresses.</p>
<p class="also">Customers also bought: <a href="/catalog/arylcyclohexylamines/2-fdck">2-FDCK</a>, <a href="/catalog/arylcyclohexylamines/3-meo-pcp">3-MeO-PCP</a>, <a href="/catalog/arylcyclohexylamines/o-pce">O-PCE</a></p>
<footer>SynthLab Reagents s.r.o. &middot; <a href="/terms">Terms and conditions</a> &middot; <a href="/legal">Legal status by country</a></footer>
""")

p("h14203", "https://rxdirectmeds24.example/spravato-esketamine-nasal-spray-28mg.html", "seller", True, "en",
  "no-rx-online-pharmacy", "Buy Spravato (Esketamine) 28mg Nasal Spray without Prescription - RxDirectMeds24", """
<div class="header"><img src="/logo.png" alt="RxDirectMeds24"> <span>Licensed Online Pharmacy &middot; 24/7 support: +1 (888) 555-0147</span>
<span class="badges">&#10004; Secure SSL &#10004; Verified &#10004; Fast shipping</span></div>
<ul class="cats"><li><a href="/pain-relief/">Pain Relief</a></li><li><a href="/anxiety/">Anxiety</a></li><li><a href="/depression/">Depression</a></li><li><a href="/sleep/">Sleep Aids</a></li><li><a href="/ed/">Men's Health</a></li><li><a href="/weight-loss/">Weight Loss</a></li></ul>
<h1>Spravato (Esketamine) 28 mg Nasal Spray Device</h1>
<p>Manufacturer: Janssen &middot; Active ingredient: esketamine hydrochloride &middot; <b>Prescription: NOT required</b></p>
<table>
<tr><th>Package</th><th>Price</th><th>Savings</th><th></th></tr>
<tr><td>1 device</td><td>$289.00</td><td>&ndash;</td><td><a href="/cart/add?id=441&amp;q=1">Buy now</a></td></tr>
<tr><td>2 devices</td><td>$529.00</td><td>$49</td><td><a href="/cart/add?id=441&amp;q=2">Buy now</a></td></tr>
<tr><td>3 devices (one treatment)</td><td>$749.00</td><td>$118</td><td><a href="/cart/add?id=441&amp;q=3">Buy now</a></td></tr>
<tr><td>6 devices</td><td>$1,399.00</td><td>$335</td><td><a href="/cart/add?id=441&amp;q=6">Buy now</a></td></tr>
</table>
<p>Spravato is a nasal spray used for treatment-resistant depression. In the United States it can normally only be given in a certified
healthcare setting. At RxDirectMeds24 you can order it online and use it in the comfort of your home. Our in-house doctor reviews
every order free of charge &ndash; there is no need to upload a prescription.</p>
<h3>Why buy from us?</h3>
<ul><li>No prescription needed for most medications</li><li>Discreet packaging &ndash; nobody will know what is inside</li>
<li>Delivery in 5&ndash;9 days to USA, UK, Canada, Australia</li><li>We accept Visa, Mastercard (billed as "RDM Health Goods"), Bitcoin and e-check</li>
<li>Bonus: 4 free Viagra pills with every order</li></ul>
<h3>Related products</h3>
<p><a href="/ketamine-hcl-50mg-ml.html">Ketamine HCl 50 mg/ml injection</a> &middot; <a href="/xanax-2mg.html">Alprazolam 2 mg</a> &middot; <a href="/tramadol-200mg.html">Tramadol 200 mg</a> &middot; <a href="/modafinil-200mg.html">Modafinil 200 mg</a></p>
<div class="footer">&copy; 2012&ndash;2026 RxDirectMeds24 &middot; <a href="/faq.html">FAQ</a> &middot; <a href="/shipping.html">Shipping</a> &middot; <a href="/refunds.html">Refunds</a></div>
""")

p("h14204", "https://calmketa-health.example/start", "seller", True, "en",
  "fake-telehealth-questionnaire", "CalmKeta Health | At-home ketamine in 24 hours", """
<header class="nav">
<a class="logo" href="/">CalmKeta<sup>&reg;</sup></a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/reviews">Reviews</a> <a href="/faq">FAQ</a> <a class="btn" href="/start">Get started</a></nav>
</header>
<section class="hero">
<h1>Feel like yourself again. Ketamine delivered to your door in as little as 24 hours.</h1>
<p>No waiting lists. No video calls. No judgement. Answer a short 3-minute questionnaire and our medical team
approves most people the same day.</p>
<a class="btn-big" href="/start/questionnaire">Start my assessment &rarr;</a>
<p class="small">98% approval rate &middot; Ships to all 50 states &middot; HSA/FSA friendly</p>
</section>
<section class="how">
<h2>How it works</h2>
<ol>
<li><b>Tell us about you.</b> 12 simple questions about your mood, sleep and goals. Takes about 3 minutes.</li>
<li><b>Instant approval.</b> Our system checks your answers and a provider signs off automatically &ndash; you never have to talk to anyone.</li>
<li><b>Delivered fast.</b> Your sublingual ketamine tablets (200 mg, 30 count) ship in discreet packaging the same day.</li>
<li><b>Refill anytime.</b> Reorder with one click from your dashboard. No check-ins required.</li>
</ol>
</section>
<section class="pricing">
<h2>Simple pricing</h2>
<div class="card"><h3>Starter</h3><p class="price">$129</p><p>30 tablets &middot; one-time</p></div>
<div class="card featured"><h3>Monthly</h3><p class="price">$99/mo</p><p>30 tablets every month &middot; cancel anytime &middot; free shipping</p></div>
<div class="card"><h3>Double</h3><p class="price">$179/mo</p><p>60 tablets every month for people who need a little more</p></div>
<p>We also accept payment in Bitcoin and USDC for customers who value privacy.</p>
</section>
<section class="reviews">
<blockquote>&ldquo;I got approved in like 5 minutes and had my tablets two days later. No weird zoom call.&rdquo; &ndash; Chris, TX</blockquote>
<blockquote>&ldquo;Finally something that doesn't make you jump through hoops.&rdquo; &ndash; Dana, FL</blockquote>
</section>
<footer>
<p>CalmKeta Health is a technology platform. Medications are dispensed by independent partners. Results may vary. Not available where prohibited.</p>
<p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; support@calmketa-health.example</p>
</footer>
""", noise="cookie")

p("h14205", "https://psychedelic-pathways-blog.example/where-to-buy-ketamine-online-2026/", "seller", True, "en",
  "affiliate-doorway-blog", "Where to Buy Ketamine Online in 2026: 5 Vendors We Tested | Psychedelic Pathways", """
<header><a href="/">Psychedelic Pathways</a> <nav><a href="/category/guides/">Guides</a> <a href="/category/reviews/">Vendor reviews</a> <a href="/category/microdosing/">Microdosing</a> <a href="/about/">About</a></nav></header>
<article>
<h1>Where to Buy Ketamine Online in 2026: 5 Vendors We Actually Tested</h1>
<p class="meta">By Jamie Cole &middot; Updated November 28, 2026 &middot; 11 min read</p>
<p class="disclosure"><em>Disclosure: some links on this page are affiliate links. If you buy through them we may earn a commission at no extra cost to you.</em></p>
<p>Ketamine clinics are great if you have $600 per infusion and a free afternoon every week. Most of us don't. Over the past six months
our team ordered from more than a dozen online vendors to find out who actually delivers, who sells clean product and who is a scam.
Here are the five we can recommend.</p>
<h2>Quick comparison</h2>
<table>
<tr><th>Vendor</th><th>Price / gram</th><th>Payment</th><th>Delivery (US)</th><th>Our score</th></tr>
<tr><td><a href="https://go.psychedelic-pathways-blog.example/ketavault" rel="sponsored">KetaVault</a></td><td>$28</td><td>BTC, XMR</td><td>3&ndash;5 days</td><td>9.4</td></tr>
<tr><td><a href="https://go.psychedelic-pathways-blog.example/dreamchem" rel="sponsored">DreamChem</a></td><td>$31</td><td>BTC, Zelle</td><td>4&ndash;6 days</td><td>8.9</td></tr>
<tr><td><a href="https://go.psychedelic-pathways-blog.example/ksupply" rel="sponsored">K-Supply Co.</a></td><td>$25</td><td>BTC only</td><td>5&ndash;8 days</td><td>8.5</td></tr>
<tr><td><a href="https://go.psychedelic-pathways-blog.example/novapharm" rel="sponsored">NovaPharm RX</a></td><td>$40 (liquid)</td><td>Card, BTC</td><td>7&ndash;10 days</td><td>8.1</td></tr>
<tr><td><a href="https://go.psychedelic-pathways-blog.example/labtrip" rel="sponsored">LabTrip</a></td><td>$22 (2-FDCK)</td><td>BTC</td><td>6&ndash;9 days</td><td>7.6</td></tr>
</table>
<h2>1. KetaVault &ndash; best overall</h2>
<p>KetaVault has been around since 2021 and is the vendor we reorder from ourselves. Their shards tested clean with an Ehrlich and Mandelin
reagent, packaging is vacuum sealed and the box looks like a phone-accessory delivery. Use our code <b>PATHWAYS15</b> for 15% off your first order.</p>
<p><a class="btn" href="https://go.psychedelic-pathways-blog.example/ketavault" rel="sponsored">Visit KetaVault &rarr;</a></p>
<h2>2. DreamChem &ndash; best customer service</h2>
<p>Their Telegram support replied within minutes every time. One of our orders was delayed in customs and they reshipped for free without
us even asking.</p>
<p><a class="btn" href="https://go.psychedelic-pathways-blog.example/dreamchem" rel="sponsored">Visit DreamChem &rarr;</a></p>
<h2>Is it legal to buy ketamine online?</h2>
<p>Ketamine is a Schedule III substance in the US, so technically you need a prescription. In practice, vendors ship discreetly and
customs seizures of small parcels are rare. Read our <a href="/guides/stealth-shipping-explained/">stealth shipping guide</a> before ordering.</p>
<h2>What about telehealth?</h2>
<p>Services with video evaluations are a legitimate option if you have insurance and patience, but the screening can take weeks and many
people get turned down. If you just want to try it, the vendors above are the faster route.</p>
</article>
<aside><h3>Popular posts</h3><ul><li><a href="/best-dmt-vendors/">Best DMT vendors</a></li><li><a href="/microdosing-ketamine-guide/">Microdosing ketamine: a beginner's guide</a></li><li><a href="/reagent-test-kits/">Reagent test kits compared</a></li></ul></aside>
<footer>&copy; 2026 Psychedelic Pathways &middot; For educational purposes only.</footer>
""", noise="cookie")

p("h14206", "https://localads-board.example/ad/98213377-ketaset-ketamine-10ml-vials", "seller", True, "en",
  "classifieds-listing", "Ketaset ketamine 10ml vials - Health & Beauty - LocalAds Board", """
<div class="site-nav"><a href="/">LocalAds Board</a> &rsaquo; <a href="/c/for-sale/">For Sale</a> &rsaquo; <a href="/c/for-sale/health-beauty/">Health &amp; Beauty</a> &rsaquo; Ad #98213377</div>
<div class="ad">
<h1>Ketaset ketamine 10ml vials &ndash; genuine, sealed</h1>
<p class="price">$85</p>
<p class="loc">Location: Houston, TX &middot; Posted 2 days ago &middot; Views: 1,284</p>
<div class="desc">
<p>Sealed Ketaset (ketamine HCl 100mg/ml) 10ml vials, Zoetis, long expiry. $85 each, 5 for $380, 10 for $700.
Also have liquid K for nasal use already cooked into powder if you prefer.</p>
<p>Local meet or shipping nationwide, next day available. No questions. Text or Telegram only, no calls:
Telegram <b>@vetsupplyhtx</b> / WhatsApp +1 713 555 0192</p>
</div>
<p class="seller">Seller: vetsupply_htx &middot; Member since Oct 2026 &middot; <a href="#">Other ads by this seller (14)</a></p>
<p class="warn">Safety tip: never send money in advance to someone you have not met. <a href="/report/98213377">Report this ad</a></p>
</div>
<div class="similar"><h3>Similar ads</h3><ul><li><a href="#">Dermal fillers kit</a> $120</li><li><a href="#">B12 injection 30ml</a> $40</li><li><a href="#">Semaglutide pens</a> $150</li></ul></div>
""")

p("h14207", "https://linkpage.example/kmagic.plug", "seller", True, "en",
  "social-bio-text", "kmagic.plug", """
kmagic.plug ✨🔮
🇺🇸🇬🇧🇨🇦 verified plug since 2022
❄️ K | 💊 Molly | 🍄 shrooms & caps | 🌿
📦 discreet worldwide shipping, stealth af, reship if lost
💰 BTC / CashApp / Apple Pay / gift cards accepted
menu + prices on TG 👉 t.me/kmagicplug_menu
orders ONLY on Telegram @kmagic_plug — beware of fake accounts, this is the only one
⭐ customer feedback in highlights
""", ext="txt")

p("h14208", "https://farmvetsupplydirect.example/products/ketamine-hydrochloride-injection-100mg-ml-10ml", "seller", True, "en",
  "vet-product-sold-to-anyone", "Ketamine Hydrochloride Injection 100mg/ml, 10ml - FarmVet Supply Direct", """
<header><a href="/">FarmVet Supply Direct</a> <nav><a href="/collections/equine">Equine</a> <a href="/collections/canine">Canine</a> <a href="/collections/feline">Feline</a> <a href="/collections/livestock">Livestock</a> <a href="/collections/anesthetics">Anesthetics</a> <a href="/cart">Cart</a></nav></header>
<main>
<h1>Ketamine Hydrochloride Injection USP 100 mg/ml &ndash; 10 ml multi-dose vial</h1>
<p class="price">$64.99 <s>$79.99</s></p>
<p>Brand: Vetalar / generic equivalent (whatever is in stock) &middot; For veterinary use &middot; In stock: 86 units</p>
<p>Qty: <input type="number" value="1"> <button>Add to cart</button> <button>Buy with Shop Pay</button></p>
<div class="desc">
<p>Ketamine hydrochloride is a rapid-acting general anaesthetic used for restraint and short surgical procedures in cats, primates and
horses (in combination with xylazine). Each ml contains ketamine 100 mg as the hydrochloride with benzethonium chloride 0.1 mg/ml as preservative.</p>
<p><b>No vet license or prescription required for purchase.</b> We ship to farms, breeders, pet owners and hobbyists. Orders over
3 vials are shipped in plain packaging at no extra cost.</p>
<p>Bulk pricing: 5 vials $299 &middot; 10 vials $559 &middot; 25 vials $1,299. Contact us on WhatsApp for pallet pricing.</p>
</div>
<h3>Frequently bought together</h3>
<p><a href="/products/xylazine-100mg-ml-50ml">Xylazine 100 mg/ml 50 ml</a> &middot; <a href="/products/syringes-3ml-25g-100ct">3 ml syringes 25G (100 ct)</a> &middot; <a href="/products/acepromazine-10mg-ml">Acepromazine 10 mg/ml</a></p>
</main>
<footer>FarmVet Supply Direct &middot; Serving ranchers since 2019 &middot; WhatsApp orders: +1 (432) 555-0118 &middot; <a href="/pages/shipping">Shipping</a> &middot; <a href="/pages/returns">Returns</a></footer>
""")

p("h14209", "https://buyketamine-nasal-spray-online.example/shop/?product=ketamine-nasal-spray-50ml", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="main-wrapper" role="main">
<div class="main-content">
<h1 class="zone-name-title">buyketamine-nasal-spray-online.example</h1>
<h2 class="h2" id="challenge-running">Checking if the site connection is secure</h2>
<noscript><div class="h2">Enable JavaScript and cookies to continue</div></noscript>
<div id="challenge-body-text" class="core-msg">buyketamine-nasal-spray-online.example needs to review the security of your connection before proceeding.</div>
</div>
</div>
<div class="footer" role="contentinfo"><div class="footer-inner"><div class="text-center">Ray ID: <code>8f1c2a7d9e4b33a1</code></div><div class="text-center">Performance &amp; security by a CDN provider</div></div></div>
""")

p("h14210", "https://farmaciasinreceta-online.example/comprar-ketamina-espana", "seller", True, "es",
  "shop-category-page-medium", "Comprar Ketamina en España sin receta | Envío discreto 24/48h", """
<header><a href="/">FarmaSinReceta</a>
<nav><a href="/">Inicio</a> <a href="/tienda/">Tienda</a> <a href="/categoria/analgesicos/">Analgésicos</a> <a href="/categoria/ansioliticos/">Ansiolíticos</a> <a href="/categoria/anestesicos/">Anestésicos</a> <a href="/envios/">Envíos</a> <a href="/contacto/">Contacto</a> <a href="/carrito/">Carrito (0)</a></nav></header>
<main>
<h1>Comprar ketamina online en España</h1>
<p>¿Buscas dónde comprar ketamina de forma segura? En nuestra tienda encontrarás ketamina en polvo, cristal y en viales de 10 ml,
con envío urgente a toda la península, Baleares y Canarias. <strong>Sin receta y sin preguntas.</strong></p>
<ul class="productos">
<li><a href="/producto/ketamina-cristal-5g/">Ketamina cristal 5 g</a> &ndash; 120,00 € <button>Añadir al carrito</button></li>
<li><a href="/producto/ketamina-cristal-10g/">Ketamina cristal 10 g</a> &ndash; 210,00 € <button>Añadir al carrito</button></li>
<li><a href="/producto/ketamina-polvo-25g/">Ketamina en polvo 25 g</a> &ndash; 450,00 € <button>Añadir al carrito</button></li>
<li><a href="/producto/ketamina-vial-10ml/">Ketamina inyectable 50 mg/ml vial 10 ml</a> &ndash; 65,00 € <button>Añadir al carrito</button></li>
</ul>
<h2>Envío discreto</h2>
<p>Enviamos en sobre acolchado sin logotipos ni referencia al contenido. Entrega en 24/48 horas con número de seguimiento.
Si tu pedido no llega, lo reenviamos gratis.</p>
<h2>Formas de pago</h2>
<p>Bizum, transferencia bancaria y Bitcoin (5% de descuento). También puedes hacer tu pedido por WhatsApp al +34 611 555 208.</p>
<h2>Preguntas frecuentes</h2>
<p><b>¿Es legal?</b> La ketamina es un medicamento de uso veterinario y humano. Nosotros solo la vendemos; el uso es responsabilidad del cliente.</p>
<p><b>¿Hacéis envíos a Portugal y Andorra?</b> Sí, con un suplemento de 10 €.</p>
</main>
<footer>© 2026 FarmaSinReceta · <a href="/aviso-legal/">Aviso legal</a> · <a href="/privacidad/">Política de privacidad</a></footer>
""", noise="cookie-es")

p("h14211", "https://apotheke-ohne-rezept24.example/ketamin-kaufen", "seller", True, "de",
  "shop-landing-medium", "Ketamin kaufen ohne Rezept – diskreter Versand | Apotheke ohne Rezept 24", """
<div class="kopf"><a href="/">Apotheke ohne Rezept 24</a> · Versand aus der EU · Hotline Mo–Sa 9–20 Uhr</div>
<nav><a href="/">Startseite</a> | <a href="/schmerzmittel">Schmerzmittel</a> | <a href="/schlafmittel">Schlafmittel</a> | <a href="/potenzmittel">Potenzmittel</a> | <a href="/ketamin-kaufen">Ketamin</a> | <a href="/warenkorb">Warenkorb</a></nav>
<h1>Ketamin kaufen – ohne Rezept, schnell und anonym</h1>
<p>Sie möchten Ketamin online bestellen, ohne zum Arzt zu gehen? Bei uns erhalten Sie Ketamin-Hydrochlorid als Injektionslösung,
Nasenspray und Pulver – geprüfte Qualität, diskreter Versand in neutraler Verpackung nach Deutschland, Österreich und in die Schweiz.</p>
<table>
<tr><th>Produkt</th><th>Menge</th><th>Preis</th></tr>
<tr><td>Ketamin Nasenspray 100 mg/ml</td><td>10 ml</td><td>89,00 €</td></tr>
<tr><td>Ketamin Injektionslösung 50 mg/ml</td><td>5 × 10 ml</td><td>249,00 €</td></tr>
<tr><td>Ketamin HCl Pulver</td><td>5 g</td><td>119,00 €</td></tr>
<tr><td>Ketamin HCl Pulver</td><td>20 g</td><td>399,00 €</td></tr>
</table>
<p><a class="button" href="/warenkorb/hinzufuegen?p=ket-ns-10">In den Warenkorb</a></p>
<h2>Warum bei uns bestellen?</h2>
<ul><li>Kein Rezept erforderlich</li><li>Lieferung in 3–5 Werktagen</li><li>Zahlung per Banküberweisung, Paysafecard oder Bitcoin</li><li>Bei Verlust durch den Zoll versenden wir einmal kostenlos neu</li></ul>
<p class="klein">Hinweis: Ketamin ist ein verschreibungspflichtiges Arzneimittel. Informieren Sie sich über die Rechtslage in Ihrem Land. Die Verantwortung für die Anwendung liegt beim Käufer.</p>
<footer>© 2026 Apotheke ohne Rezept 24 · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · <a href="/agb">AGB</a></footer>
""", noise="cookie-de")

p("h14212", "https://ketamine-france-livraison.example/faq/", "seller", True, "fr",
  "seller-faq-page", "FAQ – Commande, livraison et paiement | Kétamine France Livraison", """
<header><a href="/">Kétamine France Livraison</a>
<nav><a href="/">Accueil</a> <a href="/boutique/">Boutique</a> <a href="/faq/">FAQ</a> <a href="/suivi/">Suivi de colis</a> <a href="/contact/">Contact</a> <a href="/panier/">Panier</a></nav></header>
<main>
<h1>Questions fréquentes</h1>
<h3>Faut-il une ordonnance pour commander ?</h3>
<p>Non. Vous pouvez commander directement sur la boutique sans ordonnance ni consultation. Nous ne demandons aucun document.</p>
<h3>Comment est emballé mon colis ?</h3>
<p>Tous nos colis partent sous vide, dans une enveloppe neutre sans nom de société. L'expéditeur affiché est une boutique d'accessoires
de téléphonie. Personne, pas même le facteur, ne peut deviner le contenu.</p>
<h3>Quels sont les délais de livraison ?</h3>
<p>France métropolitaine : 48 à 72 h en lettre suivie. Belgique, Suisse, Luxembourg : 3 à 5 jours. DOM-TOM : nous contacter.</p>
<h3>Quels moyens de paiement acceptez-vous ?</h3>
<p>Bitcoin, Monero, coupons PCS et Transcash. Pour les coupons, envoyez les codes par e-mail ou sur Telegram (@ketafrance) après votre commande.</p>
<h3>Mon colis n'est pas arrivé, que faire ?</h3>
<p>Si le suivi n'a pas bougé depuis 10 jours, nous renvoyons la commande gratuitement une fois. Au-delà de 100 g, la réexpédition est à 50 %.</p>
<h3>Quelle quantité pour commencer ?</h3>
<p>La plupart de nos clients commencent avec le pack découverte de 2 g (45 €). Les packs de 5 g (95 €) et 10 g (170 €) sont les plus vendus.</p>
</main>
<footer>© 2026 KFL · Réservé aux personnes majeures · <a href="/cgv/">CGV</a></footer>
""", noise="cookie-fr")

p("h14213", "https://researchchem-winkel.example/product/2-fdck-pellets-10mg", "seller", True, "nl",
  "rc-webshop-short", "2F-DCK pellets 10 mg kopen | ResearchChem Winkel", """
<nav><a href="/">Home</a> › <a href="/categorie/dissociatives/">Dissociatives</a> › 2F-DCK pellets</nav>
<h1>2F-DCK pellets 10 mg</h1>
<p class="prijs">Vanaf € 19,95</p>
<select><option>10 stuks – € 19,95</option><option>25 stuks – € 42,50</option><option>50 stuks – € 75,00</option><option>100 stuks – € 130,00</option></select>
<button>In winkelwagen</button>
<p>2-Fluorodeschloroketamine (2F-DCK) is een dissociatief van de arylcyclohexylamine-klasse en een analoog van ketamine. Onze pellets
zijn geperst met 10 mg werkzame stof en een vulmiddel.</p>
<p><b>Uitsluitend bedoeld voor onderzoeksdoeleinden. Niet geschikt voor menselijke consumptie.</b></p>
<p>Voor 16:00 besteld = vandaag verzonden via PostNL in een discrete envelop. Betalen met iDEAL, Bancontact of Bitcoin.</p>
""")

p("h14214", "https://anuncios-zap.example/anuncio/cetamina-entrega-sp-rj", "seller", True, "pt",
  "whatsapp-ad-text", "Cetamina entrega SP RJ", """
🔥 CETAMINA (KETA) PURA — ENTREGA RÁPIDA SP / RJ / BH 🔥
Keta em cristal e em pó, qualidade top, testada.
1g R$ 150 | 5g R$ 600 | 10g R$ 1.000
Frasco Ketalar / Cetamin 10ml R$ 250
Envio discreto pelos Correios para todo o Brasil (Sedex, embalagem lacrada, sem identificação)
Pagamento via Pix ou cripto. Sem receita, sem burocracia.
Pedidos SÓ pelo WhatsApp (11) 9 5555-0173 ou Telegram @ketabr_oficial
Cuidado com golpistas usando nosso nome!
""", ext="txt")

# ---------------------------------------------------------------- telehealth (9)

p("h14215", "https://evenkeel-mind.example/", "telehealth", False, "en",
  "telehealth-landing-long", "Even Keel Mind | At-home ketamine therapy with licensed clinicians", """
<header class="site-header">
<a href="/" class="logo">Even Keel Mind</a>
<nav><a href="/how-it-works">How it works</a> <a href="/is-it-right-for-me">Is it right for me?</a> <a href="/pricing">Pricing</a>
<a href="/our-clinicians">Our clinicians</a> <a href="/research">Research</a> <a href="/faq">FAQ</a> <a href="/login">Log in</a> <a class="cta" href="/eligibility">Check eligibility</a></nav>
</header>
<section class="hero">
<h1>Ketamine-assisted therapy, guided from home.</h1>
<p>For adults with depression or anxiety that hasn't improved with other treatments. Every member is evaluated by a licensed psychiatric
clinician over video before anything is prescribed, and supported by a trained guide throughout.</p>
<a class="cta" href="/eligibility">Take the 5-minute eligibility screen</a>
<p class="note">Available in CA, CO, CT, FL, IL, MA, NJ, NY, NC, OR, PA, TX, VA and WA. Not available to people under 21.</p>
</section>
<section class="steps">
<h2>How it works</h2>
<div class="step"><h3>1. Screening</h3><p>Complete an online screen covering your mental health history, medications and medical conditions. Some conditions
(uncontrolled high blood pressure, a history of psychosis, active substance use disorder, pregnancy) mean at-home ketamine is not safe, and we will tell you so.</p></div>
<div class="step"><h3>2. Psychiatric evaluation</h3><p>A 45-minute video appointment with a board-certified psychiatrist or psychiatric nurse practitioner licensed in your
state. They review your history, may request records from your primary care doctor, and decide whether ketamine is appropriate. Around a third
of people who book an evaluation are not prescribed ketamine.</p></div>
<div class="step"><h3>3. Prescription and delivery</h3><p>If your clinician prescribes, the prescription is sent to our partner, a state-licensed compounding pharmacy, which ships
sublingual tablets to your home with signature on delivery. You'll receive a blood pressure cuff in your welcome kit.</p></div>
<div class="step"><h3>4. Sessions with support</h3><p>Your first session is monitored live by a clinician over video. You'll need a sober adult in the home as a peer
treatment monitor for every session. Integration calls with your guide follow each session.</p></div>
<div class="step"><h3>5. Follow-up</h3><p>Your clinician reviews symptom scores (PHQ-9, GAD-7) after every two sessions and adjusts or stops treatment as needed.</p></div>
</section>
<section class="trust">
<h2>Safety comes first</h2>
<ul><li>Clinicians licensed in every state we serve</li><li>Dose titration starting low, adjusted only after a check-in</li>
<li>Small quantities dispensed at a time &ndash; no automatic refills</li><li>24/7 clinical support line for members</li></ul>
</section>
<section class="price-teaser"><h2>Transparent pricing</h2><p>Initial program from $1,150 for evaluation, 6 sessions, medication and integration support. Monthly maintenance from $249.
HSA/FSA eligible. <a href="/pricing">See full pricing</a></p></section>
<footer>
<p>If you are in crisis, call or text 988 or go to the nearest emergency room. Even Keel Mind is not an emergency service.</p>
<p>Clinical services are provided by Even Keel Medical Group, P.C. and affiliated professional entities. &copy; 2026 <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/notice-of-privacy-practices">Notice of Privacy Practices</a></p>
</footer>
""", noise="cookie")

p("h14216", "https://evenkeel-mind.example/pricing", "telehealth", False, "en",
  "telehealth-pricing", "Pricing | Even Keel Mind", """
<nav><a href="/">Even Keel Mind</a> <a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a> <a href="/eligibility">Check eligibility</a></nav>
<h1>Pricing</h1>
<p>No hidden fees. You only pay for the program after your psychiatric evaluation, and only if your clinician prescribes.</p>
<div class="plans">
<div class="plan"><h2>Evaluation</h2><p class="price">$250</p><p>45-minute video evaluation with a psychiatric clinician. Refunded as a credit if you join the program within 30 days.
If ketamine is not appropriate for you, you'll receive a written summary and referral suggestions.</p></div>
<div class="plan"><h2>Initial program</h2><p class="price">$1,150</p><ul><li>6 guided at-home sessions</li><li>Medication for 6 sessions (shipped by our partner pharmacy)</li>
<li>2 clinician follow-ups</li><li>4 integration sessions with your guide</li><li>Welcome kit: blood pressure cuff, eye mask, journal</li></ul><p><a class="btn" href="/checkout?plan=initial">Join after evaluation</a></p></div>
<div class="plan"><h2>Maintenance membership</h2><p class="price">$249 / month</p><ul><li>Up to 2 sessions per month as prescribed</li><li>Monthly clinician check-in</li><li>Group integration circles</li></ul><p>Cancel anytime.</p></div>
</div>
<h3>Insurance</h3>
<p>We don't bill insurance directly, but we provide a superbill you can submit for out-of-network reimbursement. Payments are HSA/FSA eligible.
Financing through a third-party lender is available at checkout.</p>
<p class="small">Medication is dispensed only on a valid prescription from your Even Keel clinician. Prices do not include state sales tax where applicable.</p>
""")

p("h14217", "https://lumen-hometherapy.example/faq", "telehealth", False, "en",
  "telehealth-faq", "Frequently asked questions | Lumen Home Therapy", """
<header><a href="/">Lumen Home Therapy</a> <nav><a href="/treatment">Treatment</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a> <a href="/apply">Apply</a></nav></header>
<h1>FAQ</h1>
<details open><summary>Who is a good candidate?</summary><p>Adults 18&ndash;70 with a diagnosis of depression, anxiety or PTSD who have tried at least one
other treatment. Your Lumen clinician makes the final decision after a video evaluation and, where needed, a review of your medical records.</p></details>
<details><summary>Who can't be treated?</summary><p>We can't treat people who are pregnant or breastfeeding, have uncontrolled hypertension, a history of
mania or psychosis, significant heart disease, or a current substance use disorder. We may also ask you to see your GP first.</p></details>
<details><summary>How is the medication delivered?</summary><p>After your clinician writes a prescription it goes to a licensed partner pharmacy, which ships
directly to you. We dispense a limited number of doses at a time and refills require a check-in with your clinician.</p></details>
<details><summary>Can I get ketamine without a video visit?</summary><p>No. Every patient has a live video evaluation with a licensed clinician. If you see a site
promising ketamine after a quick questionnaire, please be careful.</p></details>
<details><summary>Do you take insurance?</summary><p>Not directly. Most members use HSA/FSA funds; we also provide documentation for out-of-network claims.</p></details>
<details><summary>What if it doesn't work for me?</summary><p>About 1 in 4 people don't see a meaningful change after the first six sessions. Your clinician will talk through
other options with you, including in-clinic infusions or Spravato, and can refer you.</p></details>
<footer>Lumen Home Therapy &middot; Medical care provided by Lumen Medical PLLC &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h14218", "https://northstar-virtual-psychiatry.example/services/treatment-resistant-depression", "telehealth", False, "en",
  "virtual-psychiatry-referral", "Treatment-Resistant Depression | NorthStar Virtual Psychiatry", """
<header><a href="/">NorthStar Virtual Psychiatry</a>
<nav><a href="/services">Services</a> <a href="/providers">Providers</a> <a href="/insurance">Insurance</a> <a href="/locations">States we serve</a> <a href="/book">Book a visit</a></nav></header>
<main>
<h1>Treatment-resistant depression</h1>
<p>If you've tried two or more antidepressants without enough relief, you're not alone &ndash; and you still have options. Our psychiatrists
see patients by secure video in 11 states and accept most major insurance plans, including Aetna, Cigna, UnitedHealthcare and many Blue Cross plans.</p>
<h2>What we offer</h2>
<ul>
<li>Comprehensive psychiatric evaluation by video (60 minutes)</li>
<li>Medication management, augmentation strategies and lab monitoring</li>
<li>Evaluation for esketamine (Spravato&reg;) and coordination with a REMS-certified treatment center near you</li>
<li>Referral for TMS and ECT where appropriate</li>
</ul>
<h2>About Spravato</h2>
<p>Spravato is an FDA-approved nasal spray for adults with treatment-resistant depression, used together with an oral antidepressant. It must be
self-administered under supervision at a certified treatment center, where you stay for at least two hours after each dose. Our psychiatrists can
determine whether it's appropriate, handle the prior authorization with your insurer, and refer you to one of our partner centers. We do not dispense
Spravato or ketamine ourselves.</p>
<p><a class="btn" href="/book?reason=trd">Book an evaluation</a> &middot; Most new patients are seen within 7 days.</p>
</main>
<footer>NorthStar Virtual Psychiatry, PLLC &middot; <a href="/privacy">Privacy</a> &middot; In an emergency call 911 or 988.</footer>
""", noise="cookie")

p("h14219", "https://evenkeel-mind.example/our-clinicians", "telehealth", False, "en",
  "prescriber-roster-nav-heavy", "Our clinicians | Even Keel Mind", """
<nav><a href="/">Even Keel Mind</a> <a href="/how-it-works">How it works</a> <a href="/is-it-right-for-me">Is it right for me?</a> <a href="/pricing">Pricing</a> <a href="/our-clinicians">Our clinicians</a> <a href="/research">Research</a> <a href="/faq">FAQ</a> <a href="/careers">Careers</a> <a href="/login">Log in</a> <a href="/eligibility">Check eligibility</a></nav>
<h1>Our clinicians</h1>
<ul class="roster">
<li><b>Rebecca Almeida, MD</b> &ndash; Medical Director, board-certified in psychiatry &middot; Licensed: CA, OR, WA</li>
<li><b>Daniel Okafor, PMHNP-BC</b> &ndash; Psychiatric nurse practitioner &middot; Licensed: TX, FL, NC, VA</li>
<li><b>Hannah Weiss, MD</b> &ndash; Psychiatrist, addiction medicine &middot; Licensed: NY, NJ, CT, MA, PA</li>
<li><b>Luis Ortega, PMHNP-BC</b> &ndash; Psychiatric nurse practitioner &middot; Licensed: CO, IL</li>
<li><b>Priya Raman, PsyD</b> &ndash; Lead integration psychologist (non-prescribing)</li>
</ul>
<p>All prescribing clinicians hold active DEA registrations and state licenses in the states where they see patients.</p>
<footer><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/sitemap">Sitemap</a> &middot; &copy; 2026 Even Keel Mind</footer>
""")

p("h14220", "https://quietharbor-telepsych.example/how-it-works", "telehealth", False, "en",
  "how-it-works-text", "How it works - Quiet Harbor", """
How it works — Quiet Harbor at-home ketamine care
1. Book a 60-minute video consultation with one of our licensed psychiatric providers ($199).
2. If ketamine is a fit, your provider sends a prescription to our licensed partner pharmacy; tablets ship to you with signature required.
3. Your first dose happens on a live video call with a nurse, with a support person at home.
4. Follow-up visits every 2-4 weeks; refills are only released after a check-in.
Not a fit for everyone. About 30% of consultations do not result in a prescription.
""", ext="txt")

p("h14221", "https://psychiatrie-online-praxis.example/behandlungen/therapieresistente-depression", "telehealth", False, "de",
  "telemedicine-de", "Therapieresistente Depression – Videosprechstunde | Psychiatrie Online Praxis", """
<header><a href="/">Psychiatrie Online Praxis</a>
<nav><a href="/behandlungen">Behandlungen</a> <a href="/aerzte">Unser Team</a> <a href="/kosten">Kosten</a> <a href="/termin">Termin buchen</a></nav></header>
<main>
<h1>Therapieresistente Depression: Beratung per Videosprechstunde</h1>
<p>Wenn zwei oder mehr Antidepressiva nicht ausreichend geholfen haben, spricht man von einer therapieresistenten Depression. In unserer
Online-Praxis beraten Sie Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie per Videosprechstunde – bundesweit und meist innerhalb einer Woche.</p>
<h2>Unser Vorgehen</h2>
<ol>
<li>Ausführliches Erstgespräch (50 Minuten) per Video, inklusive Medikamentenanamnese</li>
<li>Anforderung von Vorbefunden bei Ihrer Hausärztin oder Ihrem Hausarzt</li>
<li>Optimierung der medikamentösen Behandlung (Dosisanpassung, Augmentation)</li>
<li>Bei Eignung: Überweisung zur Esketamin-Behandlung (Spravato®) in eine kooperierende Klinik oder Praxis in Ihrer Nähe</li>
</ol>
<p>Esketamin-Nasenspray wird in Deutschland ausschließlich unter ärztlicher Aufsicht in der Praxis oder Klinik angewendet. Wir verschreiben
oder versenden weder Esketamin noch Ketamin, sondern begleiten Sie vor und nach der Behandlung.</p>
<h2>Kosten</h2>
<p>Gesetzlich Versicherte: Abrechnung über die Krankenkasse (elektronische Gesundheitskarte erforderlich). Privatpatienten: Abrechnung nach GOÄ.</p>
<p><a class="btn" href="/termin">Videosprechstunde buchen</a></p>
</main>
<footer>Psychiatrie Online Praxis MVZ GmbH · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h14222", "https://serenamente-telesalud.example/tratamientos/ketamina-en-casa", "telehealth", False, "es",
  "telemedicine-es", "Terapia con ketamina en casa | SerenaMente Telesalud", """
<header><a href="/">SerenaMente</a> <nav><a href="/tratamientos/">Tratamientos</a> <a href="/especialistas/">Especialistas</a> <a href="/precios/">Precios</a> <a href="/preguntas/">Preguntas</a> <a href="/agendar/">Agendar consulta</a></nav></header>
<main>
<h1>Terapia asistida con ketamina desde casa</h1>
<p>Programa para adultos en México con depresión que no ha respondido a otros tratamientos. Antes de cualquier receta, un psiquiatra con cédula
profesional te evalúa por videollamada y revisa tu historial clínico.</p>
<h2>Cómo funciona</h2>
<ol>
<li><b>Consulta psiquiátrica por video</b> (60 min, $1,800 MXN). Si la ketamina no es adecuada para ti, te lo explicamos y te orientamos a otras opciones.</li>
<li><b>Receta y farmacia.</b> Si tu psiquiatra la indica, emite una receta que surte una farmacia autorizada asociada. Las tabletas sublinguales se entregan en tu domicilio, con identificación.</li>
<li><b>Sesiones acompañadas.</b> La primera sesión es supervisada por videollamada y necesitas a un adulto de confianza en casa.</li>
<li><b>Seguimiento.</b> Citas de control cada dos semanas; sin control no hay resurtido.</li>
</ol>
<p>Paquete de 6 sesiones con seguimiento e integración: $16,500 MXN. Aceptamos tarjeta y meses sin intereses.</p>
<p><a class="btn" href="/agendar/">Agendar mi consulta</a></p>
</main>
<footer>SerenaMente Telesalud S.C. · Responsable sanitario: Dra. Mariana Ruiz Treviño, Cédula 10234567 · <a href="/aviso-de-privacidad/">Aviso de privacidad</a></footer>
""", noise="cookie-es")

p("h14223", "https://psicheonline-telemedicina.example/servizi/depressione-resistente", "telehealth", False, "it",
  "telemedicine-it-short", "Depressione resistente – visita psichiatrica online | PsicheOnline", """
<nav><a href="/">PsicheOnline</a> · <a href="/servizi">Servizi</a> · <a href="/specialisti">Specialisti</a> · <a href="/prenota">Prenota</a></nav>
<h1>Depressione resistente: visita psichiatrica in videochiamata</h1>
<p>I nostri medici psichiatri, iscritti all'Ordine dei Medici, valutano in videochiamata chi non ha tratto beneficio da almeno due antidepressivi.
Dopo la visita (90 €, 50 minuti) ricevi una relazione scritta e, se indicato, l'invio a un centro ospedaliero convenzionato per il trattamento con
esketamina spray nasale, che in Italia si somministra solo in struttura sotto controllo medico.</p>
<p>Non prescriviamo né spediamo ketamina. <a href="/prenota">Prenota una visita</a></p>
""")

# ---------------------------------------------------------------- clinics (8)

p("h14224", "https://bluewater-ketamine-clinic.example/", "clinic", False, "en",
  "infusion-clinic-home-long", "Blue Water Ketamine & Wellness | IV Ketamine Infusions in Tampa, FL", """
<div class="topbar">&#128205; 4410 W Kennedy Blvd, Suite 210, Tampa, FL &middot; &#128222; (813) 555-0164 &middot; Mon&ndash;Sat 8am&ndash;6pm</div>
<header>
<a class="logo" href="/">Blue Water Ketamine &amp; Wellness</a>
<nav><a href="/">Home</a> <a href="/conditions/">Conditions we treat</a> <a href="/treatments/iv-ketamine/">IV Ketamine</a> <a href="/treatments/spravato/">Spravato</a>
<a href="/treatments/nad/">NAD+ &amp; IV hydration</a> <a href="/pricing/">Pricing</a> <a href="/about/">Our team</a> <a href="/blog/">Blog</a> <a class="btn" href="/book/">Book now</a></nav>
</header>
<section class="hero">
<h1>Relief can start in hours, not months.</h1>
<p>Physician-led IV ketamine infusions for depression, anxiety, PTSD and chronic pain in a calm, private setting. Every patient starts with a
free 15-minute phone consultation and a medical intake with our anesthesiologist.</p>
<a class="btn" href="/book/">Book your free consultation</a> <a class="btn-outline" href="tel:+18135550164">Call us</a>
</section>
<section class="conditions">
<h2>Conditions we treat</h2>
<ul><li>Treatment-resistant depression</li><li>Anxiety disorders</li><li>PTSD</li><li>Postpartum depression</li><li>CRPS and neuropathic pain</li><li>Fibromyalgia</li><li>Migraine</li></ul>
</section>
<section class="what-to-expect">
<h2>What to expect at your infusion</h2>
<p>Infusions take place in a private suite with a reclining chair, noise-cancelling headphones and a weighted blanket. A registered nurse monitors your
heart rate, blood pressure and oxygen throughout the 40&ndash;55 minute infusion, and you'll rest for about 30 minutes afterward. You'll need someone to drive you home.</p>
<p>The typical initial series is six infusions over two to three weeks, followed by boosters as needed.</p>
</section>
<section class="pricing-preview">
<h2>Transparent pricing</h2>
<table>
<tr><td>Mood disorder infusion (single)</td><td>$475</td></tr>
<tr><td>Initial series of 6 (prepaid)</td><td>$2,550 &ndash; save $300</td></tr>
<tr><td>Pain infusion (up to 4 hours)</td><td>$750 &ndash; $1,100</td></tr>
<tr><td>Booster infusion</td><td>$425</td></tr>
</table>
<p>We accept cash, all major credit cards, HSA/FSA cards, CareCredit and Advance Care financing. Military, first responder and veteran discount: 10%.</p>
<p><a href="/pricing/">Full pricing &amp; packages</a> &middot; <a href="/gift-cards/">Buy a gift card</a></p>
</section>
<section class="team">
<h2>Meet our medical director</h2>
<p><b>Dr. Steven Marsh, MD</b> is a board-certified anesthesiologist with 18 years of experience in sedation and pain medicine. He personally reviews every intake.</p>
</section>
<section class="testimonials">
<blockquote>&ldquo;After years of trying medication after medication, my fourth infusion was the first time I felt like I could breathe.&rdquo; &ndash; Marissa T.</blockquote>
</section>
<footer>
<p>Blue Water Ketamine &amp; Wellness, LLC &middot; 4410 W Kennedy Blvd, Suite 210, Tampa, FL 33609</p>
<p>Ketamine is FDA-approved as an anesthetic; its use for depression and pain is off-label. Individual results vary. This site does not provide medical advice.</p>
<p><a href="/privacy/">Privacy policy</a> &middot; <a href="/hipaa/">HIPAA notice</a> &middot; <a href="/patient-forms/">Patient forms</a> &middot; <a href="/careers/">Careers</a></p>
</footer>
""", noise="cookie")

p("h14225", "https://lakeshore-behavioral.example/spravato-treatment-center", "clinic", False, "en",
  "rems-spravato-center", "SPRAVATO® Treatment Center | Lakeshore Behavioral Health", """
<header><a href="/">Lakeshore Behavioral Health</a>
<nav><a href="/services">Services</a> <a href="/spravato-treatment-center">Spravato</a> <a href="/tms">TMS</a> <a href="/providers">Providers</a> <a href="/insurance">Insurance</a> <a href="/locations">Locations</a> <a href="/contact">Request an appointment</a></nav></header>
<main>
<h1>SPRAVATO&reg; (esketamine) at Lakeshore Behavioral Health</h1>
<p>Our Evanston and Oak Park offices are certified treatment centers under the SPRAVATO&reg; REMS program. Treatment is prescribed by our psychiatrists
and administered in our office, where you are monitored by trained staff for at least two hours after each dose.</p>
<h2>Who may be eligible</h2>
<ul><li>Adults with treatment-resistant depression (at least two adequate antidepressant trials)</li><li>Adults with major depressive disorder with acute suicidal ideation or behavior, alongside an oral antidepressant</li></ul>
<h2>A typical schedule</h2>
<p>Weeks 1&ndash;4: twice weekly. Weeks 5&ndash;8: once weekly. Week 9 onward: every one or two weeks depending on response. You may not drive until the next day after a session, so please arrange a ride.</p>
<h2>Insurance and cost</h2>
<p>Spravato is covered by Medicare and most commercial insurance plans with prior authorization, which our team submits for you. Janssen's
savings program may reduce your medication cost to as little as $10 per treatment for eligible commercially insured patients. Our office visit and
monitoring are billed separately to your insurance.</p>
<p><a class="btn" href="/contact?service=spravato">Request a Spravato consultation</a> or call (847) 555-0129.</p>
</main>
<footer>Lakeshore Behavioral Health, S.C. &middot; 1820 Ridge Ave, Evanston, IL &middot; <a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></footer>
""")

p("h14226", "https://riverbend-kap.example/ketamine-assisted-psychotherapy", "clinic", False, "en",
  "kap-practice", "Ketamine-Assisted Psychotherapy | Riverbend Integrative Psychotherapy", """
<nav><a href="/">Riverbend Integrative Psychotherapy</a> &middot; <a href="/about">About</a> &middot; <a href="/kap">Ketamine-Assisted Psychotherapy</a> &middot; <a href="/fees">Fees</a> &middot; <a href="/contact">Contact</a></nav>
<h1>Ketamine-Assisted Psychotherapy (KAP)</h1>
<p>Riverbend is a small group practice in Portland, Oregon. Our KAP program pairs intramuscular or sublingual ketamine, administered in our office by
our psychiatric nurse practitioner, with preparation and integration sessions with one of our licensed therapists.</p>
<h2>The process</h2>
<ol><li>Free 20-minute phone consultation</li><li>Medical and psychiatric intake with our PMHNP (90 min, in person)</li><li>Two preparation sessions with your therapist</li>
<li>Three to six dosing sessions in our treatment room (about 3 hours each), with your therapist present</li><li>Integration session after each dosing session</li></ol>
<h2>Fees</h2>
<p>Medical intake $350 &middot; Preparation/integration session $180 &middot; IM dosing session (including medication and therapist time) $650.
We offer a limited number of sliding-scale spots each quarter. We are out-of-network with all insurers and can provide a superbill.</p>
<p>Please note: we do not provide take-home ketamine. All dosing takes place in our office.</p>
<p><a href="/contact">Schedule a consultation</a></p>
<footer>Riverbend Integrative Psychotherapy, LLC &middot; 2235 SE Division St, Portland, OR</footer>
""")

p("h14227", "https://summit-painspecialists.example/patients/billing-and-payments", "clinic", False, "en",
  "pain-clinic-billing", "Billing & Payments | Summit Pain Specialists", """
<header><a href="/">Summit Pain Specialists</a>
<nav><a href="/treatments">Treatments</a> <a href="/treatments/ketamine-infusion">Ketamine infusion</a> <a href="/treatments/nerve-blocks">Nerve blocks</a> <a href="/treatments/spinal-cord-stimulation">Spinal cord stimulation</a>
<a href="/patients">Patients</a> <a href="/patients/billing-and-payments">Billing</a> <a href="/locations">Locations</a> <a class="btn" href="/pay">Pay my bill</a></nav></header>
<main>
<h1>Billing &amp; payments</h1>
<h2>Pay your bill online</h2>
<p>You can pay your statement securely through our patient portal with a credit card, debit card or HSA card. Have your account number (printed on the top right of your statement) ready.
<a class="btn" href="/pay">Pay online</a></p>
<h2>Ketamine infusions for pain</h2>
<p>Ketamine infusions for CRPS and refractory neuropathic pain are considered off-label by most insurers and are usually not covered. Before your first infusion we
will give you a written estimate. Current self-pay rates at our Aurora infusion suite:</p>
<ul><li>4-hour low-dose infusion: $950</li><li>5-day outpatient protocol (CRPS): $4,200</li><li>Follow-up booster: $850</li></ul>
<p>A $200 deposit is required to reserve infusion chair time and is applied to your balance. Deposits are refundable with 72 hours' notice.</p>
<h2>Insurance we accept</h2>
<p>Medicare, Colorado Medicaid (Health First Colorado), Anthem, Cigna, UnitedHealthcare, Aetna, TRICARE, workers' compensation. Procedures other than ketamine infusions
are billed to your insurance in the usual way.</p>
<h2>Questions?</h2>
<p>Call our billing office at (303) 555-0177, Monday to Friday 8:00&ndash;4:30.</p>
</main>
<footer>Summit Pain Specialists, P.C. &middot; Aurora &middot; Lakewood &middot; Castle Rock &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h14228", "https://bluewater-ketamine-clinic.example/patient-forms/", "clinic", False, "en",
  "clinic-forms-nav-heavy", "Patient Forms | Blue Water Ketamine & Wellness", """
<header><a href="/">Blue Water Ketamine &amp; Wellness</a>
<nav><a href="/">Home</a> <a href="/conditions/">Conditions</a> <a href="/treatments/iv-ketamine/">IV Ketamine</a> <a href="/treatments/spravato/">Spravato</a> <a href="/treatments/nad/">NAD+</a> <a href="/pricing/">Pricing</a> <a href="/about/">Our team</a> <a href="/blog/">Blog</a> <a href="/book/">Book now</a></nav></header>
<h1>Patient forms</h1>
<p>Please complete these forms before your first visit, or arrive 20 minutes early.</p>
<ul>
<li><a href="/forms/new-patient-intake.pdf">New patient intake (PDF)</a></li>
<li><a href="/forms/medical-history.pdf">Medical history questionnaire (PDF)</a></li>
<li><a href="/forms/ketamine-informed-consent.pdf">Ketamine infusion informed consent (PDF)</a></li>
<li><a href="/forms/release-of-records.pdf">Authorization to release medical records (PDF)</a></li>
<li><a href="/forms/driver-agreement.pdf">Post-infusion driver agreement (PDF)</a></li>
<li><a href="/forms/cancellation-policy.pdf">Cancellation policy (PDF)</a></li>
</ul>
<footer><a href="/privacy/">Privacy</a> &middot; <a href="/hipaa/">HIPAA</a> &middot; <a href="/patient-forms/">Patient forms</a> &middot; <a href="/careers/">Careers</a> &middot; (813) 555-0164</footer>
""")

p("h14229", "https://chu-exemple.example/services/psychiatrie/unite-depression-resistante", "clinic", False, "fr",
  "hospital-department-fr", "Unité de dépression résistante – Pôle de psychiatrie | CHU", """
<header><a href="/">Centre hospitalier universitaire</a>
<nav><a href="/patients">Patients et visiteurs</a> <a href="/services">Services et consultations</a> <a href="/recherche">Recherche</a> <a href="/professionnels">Professionnels</a> <a href="/recrutement">Recrutement</a></nav></header>
<p class="fil"><a href="/services">Services</a> › <a href="/services/psychiatrie">Psychiatrie</a> › Unité de dépression résistante</p>
<main>
<h1>Unité de dépression résistante</h1>
<p>L'unité accueille des patients adultes souffrant d'un épisode dépressif caractérisé n'ayant pas répondu à au moins deux traitements antidépresseurs bien conduits.
Elle propose un bilan spécialisé et des traitements de recours réalisés en hôpital de jour.</p>
<h2>Traitements proposés</h2>
<ul>
<li>Esketamine par voie nasale (Spravato®), administrée dans l'unité avec surveillance de deux heures</li>
<li>Perfusions intraveineuses de kétamine dans le cadre de protocoles de recherche</li>
<li>Stimulation magnétique transcrânienne répétée (rTMS)</li>
<li>Électroconvulsivothérapie (ECT) sous anesthésie générale</li>
</ul>
<h2>Comment être adressé ?</h2>
<p>Sur courrier de votre psychiatre ou de votre médecin traitant, adressé au secrétariat de l'unité. Le premier rendez-vous est une consultation d'évaluation.
Les soins sont pris en charge par l'Assurance maladie dans les conditions habituelles.</p>
<p>Secrétariat : 03 00 00 00 00 (du lundi au vendredi, 9 h – 16 h 30) · Bâtiment C, 2e étage</p>
</main>
<footer>Mentions légales · Accessibilité · Plan du site</footer>
""", noise="cookie-fr")

p("h14230", "https://ggz-kliniek-voorbeeld.example/behandelingen/esketamine", "clinic", False, "nl",
  "mental-health-clinic-nl", "Esketamine-behandeling bij depressie | GGZ Kliniek", """
<header><a href="/">GGZ Kliniek</a> <nav><a href="/behandelingen">Behandelingen</a> <a href="/aanmelden">Aanmelden</a> <a href="/wachttijden">Wachttijden</a> <a href="/vergoeding">Vergoeding</a> <a href="/contact">Contact</a></nav></header>
<h1>Esketamine-neusspray bij therapieresistente depressie</h1>
<p>Op onze polikliniek Stemmingsstoornissen behandelen we volwassenen met een ernstige depressie die onvoldoende is verbeterd na ten minste twee antidepressiva.
De esketamine-neusspray dient u zelf toe op de polikliniek, onder toezicht van een verpleegkundige. Daarna blijft u minimaal twee uur ter observatie.</p>
<h2>Verloop</h2>
<p>Na een intakegesprek met de psychiater volgt een lichamelijk onderzoek, inclusief bloeddruk en hartfilmpje. De eerste vier weken komt u twee keer per week,
daarna wekelijks. U mag op de behandeldag niet zelf autorijden.</p>
<h2>Aanmelden en vergoeding</h2>
<p>Voor aanmelding heeft u een verwijzing van uw huisarts of behandelaar nodig. De behandeling valt onder de basisverzekering; wel betaalt u uw eigen risico.
Huidige wachttijd tot intake: ongeveer 9 weken.</p>
<p><a href="/aanmelden">Aanmelden</a> · Telefoon: 088 000 0000</p>
""", noise="cookie-nl")

p("h14231", "https://clinicaequilibrio-cetamina.example/tratamentos/infusao-de-cetamina", "clinic", False, "pt",
  "infusion-clinic-pt-whatsapp", "Infusão de Cetamina em São Paulo | Clínica Equilíbrio", """
<header><a href="/">Clínica Equilíbrio</a>
<nav><a href="/">Início</a> <a href="/tratamentos/">Tratamentos</a> <a href="/equipe/">Equipe médica</a> <a href="/valores/">Valores</a> <a href="/contato/">Contato</a> <a class="btn" href="https://wa.me/5511955550148">Agendar pelo WhatsApp</a></nav></header>
<main>
<h1>Infusão de cetamina para depressão resistente</h1>
<p>Na Clínica Equilíbrio, no Jardim Paulista, a cetamina é administrada por via endovenosa em ambiente hospitalar-dia, com monitorização contínua de pressão,
frequência cardíaca e saturação, sob responsabilidade de médico anestesiologista. A indicação é feita pelo psiquiatra após consulta presencial.</p>
<h2>Como funciona</h2>
<ul><li>Consulta psiquiátrica de avaliação (R$ 650)</li><li>Exames e eletrocardiograma, se necessário</li><li>Protocolo inicial de 6 sessões em 3 semanas</li><li>Cada sessão dura cerca de 40 minutos, mais 30 minutos de recuperação</li></ul>
<h2>Valores</h2>
<p>Sessão avulsa: R$ 1.400 · Pacote de 6 sessões: R$ 7.500 (em até 10x no cartão). Emitimos nota fiscal para reembolso pelo seu plano de saúde.</p>
<p>Agende sua consulta pelo WhatsApp (11) 95555-0148 ou pelo telefone (11) 3000-0000.</p>
<p class="small">Responsável técnico: Dr. Paulo Henrique Vasconcelos – CRM-SP 123456</p>
</main>
<footer>Clínica Equilíbrio · Al. Santos, 1000 – São Paulo/SP · <a href="/privacidade/">Política de privacidade</a></footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- informational (9)

p("h14232", "https://metro-ledger-news.example/2026/11/19/online-ketamine-sellers-investigation/", "informational", False, "en",
  "news-investigation-partial", "We tried to buy ketamine online. It took 11 minutes. | Metro Ledger", """
<header><a href="/">The Metro Ledger</a> <nav><a href="/news/">News</a> <a href="/health/">Health</a> <a href="/investigations/">Investigations</a> <a href="/opinion/">Opinion</a> <a href="/subscribe/">Subscribe</a></nav></header>
<article>
<p class="kicker">INVESTIGATION</p>
<h1>We tried to buy ketamine online. It took 11 minutes.</h1>
<p class="byline">By Alicia Brennan, Health Reporter &middot; November 19, 2026</p>
<p>The website looks like any other online store: a rotating banner, a "bestsellers" row, five-star reviews. But the product at the top of the page is
ketamine, offered in three-, five- and ten-gram packs for $90 to $250, with a 10% discount for paying in Bitcoin.</p>
<p>Over four weeks, the Ledger examined 37 websites and social media accounts offering ketamine to U.S. buyers without a prescription. Reporters placed
two test orders, with the approval of the newspaper's legal counsel, and had the contents analysed by a university laboratory.</p>
<p>One order, from a site calling itself "KetaVault", arrived in six days in a vacuum-sealed bag inside a box labelled as phone accessories. It
contained ketamine. The second, from a shop advertising "pharmaceutical-grade ketamine, no Rx needed", never arrived; the seller stopped responding on
Telegram after asking for an additional $150 "customs fee".</p>
<p>"These sites are built to look like pharmacies or even telehealth companies," said Dr. Kevin Laird, an addiction psychiatrist at a regional medical center.
"People searching for help with depression land on them and assume it's the same thing as what they read about in the news. It isn't."</p>
<h2>Questionnaires instead of doctors</h2>
<p>Several of the sites reviewed by the Ledger presented themselves as medical services. One promised "approval in minutes" after a twelve-question form, with no
video call and no contact with a clinician. Legitimate telehealth providers interviewed for this story said their patients are always evaluated live by a
licensed prescriber, and that a substantial share of applicants are turned down.</p>
<p>The Drug Enforcement Administration declined to comment on specific websites but said in a statement that "the distribution of controlled substances
over the internet without a valid prescription is a federal crime."</p>
<p>Prices in clinics are higher: a single IV infusion at clinics in the region costs between $400 and $800, and</p>
</article>
""", noise="cookie")

p("h14233", "https://drug-facts.gov.example/drugs/ketamine", "informational", False, "en",
  "government-fact-sheet", "Ketamine - Drug Fact Sheet", """
<header><a href="/">Drug Facts</a> &middot; An official resource <nav><a href="/drugs/">Drugs A&ndash;Z</a> <a href="/prevention/">Prevention</a> <a href="/parents/">For parents</a> <a href="/report/">Report</a></nav></header>
<main>
<h1>Ketamine</h1>
<p><b>What is it?</b> Ketamine is a dissociative anesthetic that has some hallucinogenic effects. It distorts perceptions of sight and sound and makes the user
feel disconnected and not in control. It is approved for use as an anesthetic in humans and animals. An esketamine nasal spray is approved for
treatment-resistant depression and must be administered in a certified medical office.</p>
<p><b>What are the street names?</b> K, Special K, Kit Kat, Vitamin K, Cat Valium, Super Acid.</p>
<p><b>How is it abused?</b> Ketamine is typically sold as a white powder or as a liquid. Powder is usually snorted; liquid can be injected, mixed into drinks
or applied to smokable material. Ketamine diverted from veterinary sources and counterfeit products sold online are a continuing concern.</p>
<p><b>What are its effects?</b> Dream-like states and hallucinations, impaired attention and memory, elevated blood pressure, and at higher doses
unconsciousness and depressed breathing. Long-term use has been linked to bladder damage (ketamine-induced cystitis).</p>
<p><b>What is its legal status in the United States?</b> Ketamine is a Schedule III substance under the Controlled Substances Act.</p>
<p><b>Buying online:</b> Websites that sell ketamine without a prescription are operating illegally. Products may be counterfeit or contaminated.
<a href="/report/">Report a suspicious website</a>.</p>
</main>
<footer>Last updated: October 2026 &middot; <a href="/accessibility/">Accessibility</a> &middot; <a href="/foia/">FOIA</a></footer>
""")

p("h14234", "https://saferparty-network.example/substances/ketamine", "informational", False, "en",
  "harm-reduction", "Ketamine | SaferParty Network", """
<nav><a href="/">SaferParty Network</a> <a href="/substances/">Substances</a> <a href="/drug-checking/">Drug checking</a> <a href="/combos/">Combinations</a> <a href="/get-help/">Get help</a></nav>
<h1>Ketamine</h1>
<p class="lead">We don't judge and we don't sell anything. This page is here to help people who use ketamine do so more safely.</p>
<h2>The basics</h2>
<p>Ketamine (K, ket, keta) is a dissociative. Snorted, effects start within 5&ndash;15 minutes and last about an hour. At higher doses people can enter a
"K-hole": being unable to move or talk, losing track of where they are. Falls, choking and drowning are real risks.</p>
<h2>Reducing the risks</h2>
<ul><li>Get your substance checked. Our <a href="/drug-checking/">drug-checking service</a> is free and anonymous; in 2026 we found several samples sold as ketamine that contained 2F-DCK or O-PCE instead.</li>
<li>Start with a small bump and wait. Potency varies a lot.</li><li>Don't mix with alcohol, GHB/GBL, opioids or benzodiazepines &ndash; this raises the risk of losing consciousness and choking.</li>
<li>Use with people you trust, sitting or lying down, away from water and traffic.</li><li>Use your own straw; don't share.</li></ul>
<h2>Your bladder</h2>
<p>Frequent use can damage the bladder. Needing to pee often, pain when peeing or blood in urine are warning signs &ndash; talk to a doctor and cut down or stop.
Damage can be permanent if use continues.</p>
<h2>Online shops</h2>
<p>We often get asked which websites are safe to order from. None are: online sellers are unregulated, many are scams and their products are frequently
mislabelled. If you are looking for ketamine as a treatment for depression, talk to a doctor about clinic or supervised options.</p>
<footer>SaferParty Network is a registered charity. Helpline: 0800 000 000 (free, confidential).</footer>
""")

p("h14235", "https://clinicarenascer-dependencia.example/tratamento/dependencia-de-cetamina", "informational", False, "pt",
  "rehab-centre-pt", "Tratamento para dependência de cetamina | Clínica Renascer", """
<header><a href="/">Clínica Renascer – Recuperação e Saúde Mental</a>
<nav><a href="/">Início</a> <a href="/tratamento/">Tratamentos</a> <a href="/internacao/">Internação</a> <a href="/familia/">Para a família</a> <a href="/contato/">Fale conosco</a></nav></header>
<main>
<h1>Dependência de cetamina: sinais e tratamento</h1>
<p>A cetamina, conhecida como "keta" ou "special K", é um anestésico que vem sendo usado de forma recreativa em festas e, cada vez mais, em casa. O uso frequente
pode levar à tolerância, à dependência psicológica e a lesões graves na bexiga.</p>
<h2>Sinais de alerta</h2>
<ul><li>Aumento da quantidade usada para obter o mesmo efeito</li><li>Uso sozinho e durante o dia</li><li>Dor abdominal ("K-cramps") e vontade frequente de urinar</li><li>Afastamento da família, do trabalho ou dos estudos</li></ul>
<h2>Como tratamos</h2>
<p>Oferecemos avaliação com psiquiatra, desintoxicação acompanhada, internação voluntária, psicoterapia individual e em grupo e apoio às famílias.
Trabalhamos em conjunto com urologistas quando há comprometimento da bexiga.</p>
<p>Atendimento 24 horas: (31) 3000-0000 · WhatsApp (31) 95555-0120. Aceitamos alguns planos de saúde.</p>
</main>
<footer>Clínica Renascer · Belo Horizonte/MG · Responsável técnico: Dra. Lúcia Fernandes – CRM-MG 54321</footer>
""", noise="cookie-pt")

p("h14236", "https://forum.depression-support.example/t/ketamine-clinic-vs-at-home-vs-those-online-sites/48812", "informational", False, "en",
  "forum-thread", "Ketamine clinic vs at-home vs those online sites? - Treatments - Depression Support Forum", """
<div class="header"><a href="/">Depression Support Forum</a> &rsaquo; <a href="/c/treatments/">Treatments</a></div>
<h1>Ketamine clinic vs at-home vs those online sites?</h1>
<div class="post"><b>greyskies_88</b> &middot; 3d<br>
Psychiatrist says I'm a candidate for ketamine after failing 4 meds. Clinic near me is $500 per infusion, no insurance. I've also seen at-home programs
and then sites that say you can just order it. What have people done?</div>
<div class="post"><b>marcus_w</b> &middot; 3d<br>
I did 6 IV infusions at a clinic last spring. Expensive but the monitoring made me feel safe, my BP went up a lot in the first one. Worth it for me.</div>
<div class="post"><b>ladybird</b> &middot; 2d<br>
At-home via telehealth here. Had a proper video eval with a psych NP, they asked for my records, I have to do a BP check before every session and a family member
sits with me. About $1,200 for the first 6. It's been okay, not a miracle.</div>
<div class="post"><b>not_a_bot_42</b> &middot; 2d<br>
just order from ketavault, 3g for $90 and it comes in a week, way cheaper than any clinic lol</div>
<div class="post mod"><b>Moderator_Jen</b> &middot; 2d<br>
Removed a link from the post above. Reminder: sourcing discussion and vendor links are against forum rules (rule 4). Buying from these sites is illegal,
the product is untested, and several members have been scammed. Please talk to your prescriber.</div>
<div class="post"><b>greyskies_88</b> &middot; 1d<br>
Thanks all. Going to call the clinic and ask about Spravato since my insurance might cover that.</div>
<div class="footer"><a href="/guidelines">Community guidelines</a> &middot; <a href="/crisis">Crisis resources</a> &middot; If you are in danger call your local emergency number.</div>
""")

p("h14237", "https://diario-lavozdelsur.example/salud/2026/10/14/ketamina-depresion-esketamina-espana", "informational", False, "es",
  "news-es", "La ketamina contra la depresión: qué ofrece la sanidad pública y qué es un riesgo | La Voz del Sur", """
<header><a href="/">La Voz del Sur</a> <nav><a href="/actualidad/">Actualidad</a> <a href="/salud/">Salud</a> <a href="/economia/">Economía</a> <a href="/deportes/">Deportes</a> <a href="/suscribete/">Suscríbete</a></nav></header>
<article>
<h1>La ketamina contra la depresión: qué ofrece la sanidad pública y qué es un riesgo</h1>
<p class="entradilla">La esketamina en spray nasal se administra ya en varios hospitales andaluces, mientras crecen los anuncios que ofrecen ketamina por internet sin receta.</p>
<p class="firma">Marta Gil · Sevilla · 14 oct 2026</p>
<p>Desde que la Agencia Europea del Medicamento autorizó la esketamina para la depresión resistente, su uso se ha extendido en los servicios de psiquiatría de la
red pública. El fármaco se administra en el hospital, bajo supervisión, y el paciente permanece en observación unas dos horas.</p>
<p>"Es una herramienta útil para un grupo concreto de pacientes, no una solución para todos", explica el jefe de psiquiatría de un hospital sevillano.</p>
<p>Al mismo tiempo, una búsqueda sencilla muestra páginas que anuncian "ketamina sin receta" con envío en 24 horas por unos 120 euros los cinco gramos y pago
por Bizum o bitcoin. La Agencia Española de Medicamentos y Productos Sanitarios recuerda que la venta de medicamentos con receta por internet está prohibida y
que estos productos pueden estar adulterados.</p>
<p>La Guardia Civil desarticuló en septiembre una red que vendía ketamina de uso veterinario a través de Telegram desde una nave en Alicante.</p>
</article>
<aside><h3>Lo más leído</h3><ol><li>El precio del alquiler sube un 9%</li><li>Nueva línea de metro en 2028</li><li>Alerta por calor en octubre</li></ol></aside>
""", noise="cookie-es")

p("h14238", "https://wissenlexikon.example/wiki/Ketamin", "informational", False, "de",
  "encyclopaedia-de", "Ketamin – WissenLexikon", """
<div id="kopf"><a href="/">WissenLexikon</a> · Die freie Enzyklopädie <form><input placeholder="WissenLexikon durchsuchen"></form></div>
<div id="inhalt">
<h1>Ketamin</h1>
<p><b>Ketamin</b> ist ein Arzneistoff aus der Gruppe der Arylcyclohexylamine, der als Narkosemittel (Anästhetikum) und Analgetikum eingesetzt wird. Es wirkt
vorwiegend als nichtkompetitiver Antagonist am NMDA-Rezeptor. Das Racemat besteht aus den Enantiomeren Esketamin (S-Ketamin) und Arketamin (R-Ketamin).</p>
<div class="toc"><b>Inhaltsverzeichnis</b><ol><li>Geschichte</li><li>Pharmakologie</li><li>Medizinische Anwendung</li><li>Missbrauch</li><li>Rechtslage</li><li>Literatur</li></ol></div>
<h2>Geschichte</h2>
<p>Ketamin wurde 1962 von Calvin Stevens bei Parke-Davis synthetisiert und 1970 in den USA zugelassen, unter anderem zur Anwendung in der Feldmedizin.</p>
<h2>Pharmakologie</h2>
<p>Die Bioverfügbarkeit beträgt intravenös 100 %, intramuskulär etwa 93 %, nasal rund 45–50 % und oral nur 16–20 % wegen eines ausgeprägten First-Pass-Effekts.
Hauptmetabolit ist Norketamin.</p>
<h2>Medizinische Anwendung</h2>
<p>Ketamin wird in der Notfall- und Veterinärmedizin zur Narkoseeinleitung verwendet. Esketamin ist als Nasenspray (Spravato) zur Behandlung
therapieresistenter Depressionen zugelassen und wird unter ärztlicher Aufsicht angewendet.</p>
<h2>Missbrauch</h2>
<p>Als Partydroge wird Ketamin meist nasal konsumiert. Chronischer Konsum kann zu einer Ketamin-assoziierten Zystitis führen.</p>
<h2>Rechtslage</h2>
<p>In Deutschland unterliegt Ketamin nicht dem Betäubungsmittelgesetz, ist aber verschreibungspflichtig; der Handel ohne Erlaubnis ist nach dem Arzneimittelgesetz strafbar.
In Österreich und der Schweiz gelten vergleichbare Regelungen.</p>
</div>
<div id="fuss">Diese Seite wurde zuletzt am 2. Dezember 2026 bearbeitet. · <a href="/datenschutz">Datenschutz</a> · <a href="/impressum">Impressum</a></div>
""")

p("h14239", "https://essais-cliniques-info.example/essais/KETADEP-2026", "informational", False, "fr",
  "clinical-trial-fr", "KETADEP – Kétamine orale dans la dépression résistante | Registre des essais cliniques", """
<nav><a href="/">Registre des essais cliniques</a> › <a href="/essais/?domaine=psychiatrie">Psychiatrie</a> › KETADEP</nav>
<h1>KETADEP : kétamine orale versus placebo actif dans la dépression résistante</h1>
<table>
<tr><th>Promoteur</th><td>Assistance publique hospitalière (promoteur académique)</td></tr>
<tr><th>Phase</th><td>II, randomisé, en double aveugle</td></tr>
<tr><th>Statut</th><td>Recrutement en cours (objectif : 180 participants)</td></tr>
<tr><th>Centres</th><td>Paris, Lyon, Lille, Montpellier, Strasbourg</td></tr>
</table>
<h2>Objectif</h2>
<p>Évaluer l'efficacité et la tolérance de la kétamine par voie orale, deux fois par semaine pendant six semaines, comparée au midazolam, chez des adultes souffrant
de dépression résistante.</p>
<h2>Critères principaux d'inclusion</h2>
<ul><li>Âge 18–65 ans</li><li>Échec d'au moins deux antidépresseurs</li><li>Pas d'antécédent de trouble psychotique ni de trouble lié à l'usage de substances</li></ul>
<p>La participation est gratuite et les frais de transport sont remboursés. Pour participer, parlez-en à votre psychiatre, qui contactera le centre investigateur le plus proche.</p>
""")

p("h14240", "https://studiolegale-rossi-bianchi.example/blog/ketamina-cosa-dice-la-legge", "informational", False, "it",
  "law-firm-blog-it", "Ketamina: cosa dice la legge in Italia | Studio Legale Rossi & Bianchi", """
<header><a href="/">Studio Legale Rossi &amp; Bianchi</a> <nav><a href="/aree-di-attivita">Aree di attività</a> <a href="/diritto-penale">Diritto penale</a> <a href="/blog">Blog</a> <a href="/contatti">Contatti</a></nav></header>
<article>
<h1>Ketamina: cosa dice la legge in Italia</h1>
<p class="data">Avv. Giulia Rossi · 3 novembre 2026</p>
<p>La ketamina è inserita nelle tabelle delle sostanze stupefacenti del D.P.R. 309/1990. Può essere impiegata solo in ambito medico e veterinario,
su prescrizione e con le regole previste per i medicinali stupefacenti. L'esketamina spray nasale è somministrata esclusivamente in strutture sanitarie.</p>
<h2>Acquisto online</h2>
<p>Negli ultimi mesi abbiamo seguito diversi clienti raggiunti da procedimenti dopo aver ordinato ketamina da siti esteri o tramite canali Telegram, spesso pagando
in criptovalute. Anche l'acquisto di piccole quantità destinate all'uso personale può comportare sanzioni amministrative (sospensione della patente, del passaporto),
mentre la cessione a terzi costituisce reato ai sensi dell'art. 73.</p>
<h2>Cosa fare se ricevete una convocazione</h2>
<p>Non rilasciate dichiarazioni senza un difensore. Il nostro studio offre una prima consulenza gratuita di 20 minuti.</p>
<p><a href="/contatti">Contattaci</a></p>
</article>
<footer>Studio Legale Rossi &amp; Bianchi · Via Roma 10, Milano · P.IVA 00000000000</footer>
""")

save(OUT, R)
