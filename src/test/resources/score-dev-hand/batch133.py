# Batch 133 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Quoted, reported, denied". Pages where a seller's words appear but the page itself does not
# sell: a clinic FAQ denying what shops promise, a scam-checker review quoting a shop, court reports,
# a customer complaint forum, telehealth services listing what they never do, a journalist's test
# purchase, a consumer-protection warning, a regulator's warning-letter excerpt, impersonation notices.
# Against them, sellers that use the very same forms: a shop's fake "verified buyer" reviews page, a
# shop's "we are not like those scammers" page, a shop FAQ answering "Do I need a prescription? No.",
# a fake online clinic quoting happy "patients", an affiliate "we ordered, is it legit?" review, a
# vendor's reply in a forum thread, a shop's "response to the FDA warning letter", a classifieds Q&A,
# an Instagram-style bio with "depoimentos", a research-chemical shop's reviews, a bot-check wall.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), navigation-heavy
# forum and review pages, medium FAQ/articles, short notices, partial pages without chrome, four
# plain-text excerpts (vendor forum reply, social bio, support macro, warning-letter excerpt) and one
# url-only bot check.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch133.py (writes batch133/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch133")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14) using quoting / denying forms

p("h13301", "https://ketanova-supply.example/pages/customer-reviews", "seller", True, "en",
  "shop-fake-reviews-page-long-chrome", "Customer Reviews (2,418) | KetaNova Supply", """
<header>
<div class="announcement">Spring sale: 12% off every order paid in BTC or USDT &middot; Reship guarantee on all international parcels</div>
<a class="logo" href="/">KetaNova <span>Supply Co.</span></a>
<nav class="main">
<a href="/">Home</a> <a href="/collections/all">Shop all</a> <a href="/collections/crystal">Crystal &amp; powder</a>
<a href="/collections/liquid">Vials</a> <a href="/collections/nasal">Nasal sprays</a> <a href="/collections/pills">Pills</a>
<a href="/pages/customer-reviews" class="active">Reviews</a> <a href="/pages/shipping">Shipping</a> <a href="/pages/faq">FAQ</a>
<a href="/account/login">Log in</a> <a href="/cart">Cart (0)</a>
</nav>
</header>
<main>
<h1>What our customers say</h1>
<div class="summary"><strong>4.9 / 5</strong> based on 2,418 verified reviews &middot; 97% would order again</div>
<p class="filter">Filter: <a href="?r=5">5 stars (2,301)</a> <a href="?r=4">4 stars (92)</a> <a href="?r=3">3 stars (17)</a> <a href="?r=2">2 stars (5)</a> <a href="?r=1">1 star (3)</a></p>

<article class="review">
<div class="stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
<h3>Finally a real vendor</h3>
<p class="by">Jason R. &ndash; Ohio, USA &middot; <span class="verified">Verified buyer</span> &middot; Ordered: Ketamine HCl crystal shards 10 g</p>
<p>I got burned twice by fake sites before (one took $300 and vanished) so I was really nervous. Placed my order Monday, paid with BTC, had a tracking number that evening. Parcel arrived Friday, vacuum sealed inside a DVD case, nothing on the outside that says what it is. Quality is exactly as described. Will be back.</p>
<div class="reply"><strong>KetaNova Support:</strong> Thank you Jason! Sorry to hear about the scammers, that is exactly why we offer a reship guarantee. Use code <b>BACK10</b> on your next order.</div>
</article>

<article class="review">
<div class="stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
<h3>Fast to the UK</h3>
<p class="by">Tom W. &ndash; Leeds, UK &middot; <span class="verified">Verified buyer</span> &middot; Ordered: Ketalar 50 mg/ml 10 ml vials (5 pack)</p>
<p>No prescription asked, no questions, just a short form with my address. Customs did not touch it. 6 working days. The vials have the original flip-off caps.</p>
</article>

<article class="review">
<div class="stars">&#9733;&#9733;&#9733;&#9733;&#9734;</div>
<h3>Good but slow</h3>
<p class="by">Melissa K. &ndash; Texas &middot; <span class="verified">Verified buyer</span> &middot; Ordered: Esketamine nasal spray 28 mg (3 devices)</p>
<p>Took 11 days instead of 7 but support answered every Telegram message within an hour. My doctor wanted me to sit in his office for two hours for every dose, this is much easier.</p>
<div class="reply"><strong>KetaNova Support:</strong> Thanks Melissa, US customs was backed up in March. We have added a second domestic warehouse so US orders now ship from inside the country.</div>
</article>

<article class="review">
<div class="stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
<h3>Legit. Ignore the haters on Reddit</h3>
<p class="by">anonymous &middot; <span class="verified">Verified buyer</span> &middot; Ordered: Ketamine HCl crystal 25 g</p>
<p>Someone posted on a forum that this site was a scam. It is not. Third order, every one delivered. The 25 g bulk price is the best I have found anywhere.</p>
</article>

<article class="review">
<div class="stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
<h3>Gift card payment worked</h3>
<p class="by">Dani P. &ndash; Arizona &middot; <span class="verified">Verified buyer</span></p>
<p>I don't have crypto so they let me pay with Apple gift cards. Got 2 extra grams as a freebie.</p>
</article>

<p class="pager"><a href="?page=2">Next page &raquo;</a> &middot; Page 1 of 242</p>
<a class="btn" href="/pages/write-a-review">Write a review</a>
</main>
<aside>
<h4>Best sellers</h4>
<ul>
<li><a href="/products/ketamine-hcl-crystal-5g">Ketamine HCl crystal 5 g</a> &ndash; $185.00</li>
<li><a href="/products/ketamine-hcl-crystal-10g">Ketamine HCl crystal 10 g</a> &ndash; $330.00</li>
<li><a href="/products/ketalar-10ml-5-pack">Ketalar 10 ml vial &times; 5</a> &ndash; $240.00</li>
<li><a href="/products/esketamine-spray-28mg">Esketamine nasal spray 28 mg &times; 3</a> &ndash; $310.00</li>
</ul>
</aside>
<footer>
<p>Questions? Message us on Telegram <b>@ketanova_support</b> or WhatsApp +44 7700 900318 (24/7)</p>
<p>We accept: Bitcoin &middot; USDT (TRC20) &middot; Ethereum &middot; Zelle &middot; Apple / Amazon gift cards</p>
<p>&copy; 2026 KetaNova Supply Co. &middot; <a href="/pages/terms">Terms</a> &middot; <a href="/pages/privacy">Privacy</a> &middot; <a href="/pages/refund">Refund &amp; reship policy</a></p>
</footer>
""", noise="cookie")

p("h13302", "https://legitketaminestore.example/scam-warning", "seller", True, "en",
  "shop-we-are-not-scammers-page", "Scam Warning: How to Recognise Fake Vendors Using Our Name | LegitKetamineStore", """
<nav><a href="/">Home</a> | <a href="/shop">Shop</a> | <a href="/scam-warning">Scam warning</a> | <a href="/track">Track order</a> | <a href="/contact">Contact</a></nav>
<h1>&#9888; Scam warning &ndash; please read before you pay anyone</h1>
<p>Over the last few months a number of copycat websites and Instagram accounts have started using our name, our product photos and even our reviews. They take your money and you never hear from them again. We receive several emails a week from people who paid one of these fake sites and now believe <em>we</em> scammed them. We did not. Here is how to make sure you are dealing with the real LegitKetamineStore.</p>
<h2>The real us</h2>
<ul>
<li>Our only website is <b>legitketaminestore.example</b>. We have no other domains and no &ldquo;mirror&rdquo; sites.</li>
<li>Our only WhatsApp number is <b>+1 (555) 014-2290</b>. Our only Telegram is <b>@legitkstore</b>. Anyone else is not us.</li>
<li>We never ask for Western Union, MoneyGram or a &ldquo;customs insurance fee&rdquo; after you have paid. If someone asks you for an extra fee, it is a scammer.</li>
<li>We accept Bitcoin, Litecoin, Zelle and Cash App only. Crypto orders receive 10% off.</li>
<li>Every order gets a tracking number within 24 hours. If a parcel is seized by customs we reship free of charge, once, no questions asked.</li>
</ul>
<h2>Why you can trust us</h2>
<p>We have been shipping pharmaceutical-grade ketamine since 2016 and have completed more than 12,000 orders to the USA, Canada, Australia and Europe. Our ketamine hydrochloride comes directly from licensed manufacturers in India and China &mdash; we do not cut or repack. You do not need a prescription or a doctor&rsquo;s note to order from us.</p>
<h2>Current prices (real store only)</h2>
<table>
<tr><th>Product</th><th>Quantity</th><th>Price</th></tr>
<tr><td>Ketamine HCl powder</td><td>10 g</td><td>$290</td></tr>
<tr><td>Ketamine HCl powder</td><td>50 g</td><td>$1,150</td></tr>
<tr><td>Ketamine injection 500 mg/10 ml</td><td>10 vials</td><td>$420</td></tr>
<tr><td>Spravato (esketamine) 56 mg kit</td><td>1 kit</td><td>$260</td></tr>
</table>
<p>If a site offers you these products for much less, ask yourself why. <a href="/shop">Order safely from the real store &rarr;</a></p>
<footer>&copy; LegitKetamineStore 2016&ndash;2026. Discreet worldwide delivery.</footer>
""")

p("h13303", "https://medsnoscript.example/faq", "seller", True, "en",
  "shop-faq-no-prescription-medium", "FAQ - MedsNoScript Online Pharmacy", """
<header><a href="/">MedsNoScript</a> &middot; <a href="/category/anxiety">Anxiety</a> &middot; <a href="/category/pain">Pain</a> &middot; <a href="/category/depression">Depression</a> &middot; <a href="/category/sleep">Sleep</a> &middot; <a href="/faq">FAQ</a></header>
<h1>Frequently asked questions</h1>
<div class="faq">
<h3>Do I need a prescription?</h3>
<p>No. All medications on MedsNoScript can be ordered without a prescription. You do not need to upload anything or speak to a doctor. We believe adults should be able to decide about their own health.</p>
<h3>Is it legal to order from you?</h3>
<p>Laws differ from country to country. We ship for personal use only and package every parcel discreetly. In more than 95% of cases parcels pass customs without any problem. If your parcel is stopped we reship it.</p>
<h3>Which forms of ketamine do you carry?</h3>
<p>We carry ketamine hydrochloride 50 mg/ml and 100 mg/ml vials, ketamine powder (crystal), sublingual troches 100 mg and esketamine nasal spray. See the <a href="/category/depression/ketamine">ketamine page</a> for current stock.</p>
<h3>How do I pay?</h3>
<p>Bitcoin, Ethereum, USDT, or gift cards (Steam, Apple, Google Play). Card payments are not available because banks block pharmacy transactions.</p>
<h3>How will the parcel look?</h3>
<p>A plain envelope or small box with a generic return address. The content is described as &ldquo;cosmetics&rdquo; or &ldquo;documents&rdquo;. There is no mention of our name.</p>
<h3>How long does delivery take?</h3>
<p>USA 5&ndash;9 days, UK and EU 7&ndash;12 days, Australia 10&ndash;16 days. Express is available for $35.</p>
<h3>Can I speak to a pharmacist?</h3>
<p>Our support team answers on WhatsApp and Telegram from 8:00 to 22:00 GMT.</p>
</div>
<p class="small">Also available: Xanax, Valium, Adderall, Tramadol, Oxycodone, Modafinil. <a href="/shop">Browse all products</a></p>
""")

p("h13304", "https://calmpath-online-clinic.example/patient-stories", "seller", True, "en",
  "fake-telehealth-testimonials-questionnaire-only", "Patient Stories | CalmPath Online Clinic \u2013 At-Home Ketamine", """
<header>
<a class="logo" href="/">CalmPath <small>Online Clinic</small></a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/patient-stories">Patient stories</a> <a href="/doctors">Our doctors</a> <a href="/start" class="cta">Get started &ndash; 3 minutes</a></nav>
</header>
<section class="hero">
<h1>Real people. Real relief. Delivered to your door.</h1>
<p>Thousands of patients have used CalmPath to get at-home ketamine without waitlists, without clinic visits and without awkward video calls. Here are a few of their stories.</p>
</section>
<section class="stories">
<blockquote>
<p>&ldquo;I filled in the questionnaire on my lunch break and got an approval email 12 minutes later. The troches arrived on Thursday. No video call, no appointment, nobody judging me. I wish I had found this years ago.&rdquo;</p>
<cite>&mdash; Rachel, 34, Florida</cite>
</blockquote>
<blockquote>
<p>&ldquo;Other services wanted a psych evaluation and my medical records. CalmPath just asked 14 questions. I had my first box within a week.&rdquo;</p>
<cite>&mdash; Devon, 41, Georgia</cite>
</blockquote>
<blockquote>
<p>&ldquo;I ordered a second box for my partner on my account, it was approved automatically.&rdquo;</p>
<cite>&mdash; Mark, 29, Nevada</cite>
</blockquote>
<blockquote>
<p>&ldquo;Approval rate is really high &ndash; I read it is like 98%. I have anxiety about doctors, so this was perfect.&rdquo;</p>
<cite>&mdash; Samantha, 26, Ohio</cite>
</blockquote>
</section>
<section class="how">
<h2>How CalmPath works</h2>
<ol>
<li><b>Answer 14 questions</b> &ndash; takes about 3 minutes.</li>
<li><b>Instant physician review</b> &ndash; our affiliated doctors review online questionnaires in as little as 10 minutes. 98% of applicants are approved.</li>
<li><b>Discreet delivery</b> &ndash; ketamine troches (100 mg or 200 mg) shipped in unmarked packaging, 2&ndash;5 days.</li>
</ol>
<p class="price">30 troches from <b>$149</b> &ndash; consultation included. Refill every month automatically, cancel anytime. Pay by card, Cash App or crypto (crypto saves 10%).</p>
<a class="cta" href="/start">Start my questionnaire</a>
</section>
<footer><p>CalmPath is a technology platform. Affiliated physicians make independent medical decisions. Results vary. &copy; 2026 CalmPath Online Clinic.</p></footer>
""")

p("h13305", "https://best-pharmacy-reviews.example/ketarx-direct-review", "seller", True, "en",
  "affiliate-review-doorway-we-ordered", "KetaRx Direct Review 2026: Legit or Scam? (We Ordered and Tested It)", """
<header><a href="/">BestPharmacyReviews</a> <nav><a href="/top-10">Top 10 online pharmacies</a> <a href="/category/ketamine">Ketamine</a> <a href="/category/adhd">ADHD</a> <a href="/coupons">Coupons</a> <a href="/about">About us</a></nav></header>
<article>
<h1>KetaRx Direct Review 2026: Legit or Scam? (We Ordered and Tested It)</h1>
<p class="meta">By Chris Hollins &middot; Updated 2 weeks ago &middot; 9 min read &middot; <i>This article contains affiliate links. We may earn a commission at no extra cost to you.</i></p>
<div class="verdict"><b>Our verdict: 4.8 / 5 &ndash; LEGIT.</b> Fast, discreet, genuine product. <a class="btn" href="/go/ketarx-direct?aff=bpr2291" rel="nofollow sponsored">Visit KetaRx Direct &rarr;</a> Use our exclusive code <b>BPR20</b> for 20% off.</div>
<h2>Why we reviewed KetaRx Direct</h2>
<p>Search for &ldquo;buy ketamine online&rdquo; and you will find hundreds of shops, and most of them are scams. Readers kept asking us about KetaRx Direct, so we placed a real order with our own money to find out whether it is legit.</p>
<h2>Ordering</h2>
<p>The ordering process took less than five minutes. We chose the 10 &times; 10 ml vial pack ($380) and the 100 mg troches ($159 for 30). There was no prescription upload and no consultation &ndash; just the shipping address and payment. We paid with Bitcoin and received the discount automatically.</p>
<h2>Delivery</h2>
<p>The parcel arrived after 6 days in a plain padded envelope. Nothing on the label indicated the contents. The vials were intact and labelled.</p>
<h2>Pros and cons</h2>
<ul class="pros"><li>No prescription needed</li><li>Discreet, tracked shipping</li><li>Reship guarantee</li><li>24/7 WhatsApp support</li></ul>
<ul class="cons"><li>No card payments</li><li>Website looks basic</li></ul>
<h2>Is KetaRx Direct a scam?</h2>
<p>No. Unlike the copycat sites we tested in our <a href="/ketamine-scam-sites">ketamine scam list</a>, KetaRx Direct delivered exactly what it promised. If you want to buy ketamine online, it is our top pick.</p>
<p><a class="btn" href="/go/ketarx-direct?aff=bpr2291" rel="nofollow sponsored">Claim 20% off at KetaRx Direct</a></p>
</article>
<aside><h4>Top-rated ketamine vendors</h4><ol><li><a href="/go/ketarx-direct?aff=bpr2291">KetaRx Direct</a> 4.8</li><li><a href="/go/k-pharma-hub?aff=bpr2291">K Pharma Hub</a> 4.6</li><li><a href="/go/esketamine-outlet?aff=bpr2291">Esketamine Outlet</a> 4.5</li></ol></aside>
""", noise="cookie")

p("h13306", "https://forum.psychonaut-talk.example/threads/legit-k-source-in-eu.88412/page-3#post-1190455", "seller", True, "en",
  "vendor-reply-in-forum-thread-txt", "Re: legit K source in EU? - page 3", """
Re: legit K source in EU?
Thread started by nightowl_92 · Page 3 of 5

#41  k_connect_eu  (Member · joined 3 weeks ago · 4 posts)

Saw a lot of people here getting scammed so I'll post once and then I'm out. I ship from NL, EU to EU only, no customs. Clean crystal, tested, not the needle garbage that's going around.

5g – €140
10g – €250
25g – €560

Tracked, vacuum sealed x2, looks like a normal webshop parcel. If it gets lost I reship, simple. Payment XMR or BTC, no PayPal no bank.

Wickr: kconnect
Telegram: @kconnect_eu
Reviews on my dread page. Mods, delete if not allowed, but people are losing money to fake plugs here and I'm the real thing.

#42  nightowl_92
^ this is literally how every scammer in this thread starts lol

#43  k_connect_eu
dm me and I'll send pics with your username on a paper, then decide.
""", ext="txt")

p("h13307", "https://northstar-pharma-online.example/news/our-response-to-the-fda-warning-letter", "seller", True, "en",
  "shop-response-to-warning-letter", "Our Response to the FDA Warning Letter | NorthStar Pharma Online", """
<div class="top">NorthStar Pharma Online &middot; Serving customers since 2012 &middot; <a href="/cart">Cart</a></div>
<nav><a href="/">Home</a> <a href="/products">Products</a> <a href="/news">News</a> <a href="/contact">Contact</a></nav>
<article>
<h1>Our response to the FDA warning letter</h1>
<p class="date">Posted March 18, 2026 by NorthStar Management</p>
<p>Some of our customers have read news articles reporting that the U.S. Food and Drug Administration sent NorthStar Pharma Online a warning letter. We want to be transparent with you about what this means.</p>
<p>The letter states that our website offers ketamine and esketamine products &ldquo;without requiring a valid prescription&rdquo; and that the products are &ldquo;unapproved new drugs&rdquo;. We respectfully disagree. Our products are manufactured by WHO-GMP certified factories and are identical to the brand products sold in your local pharmacy at five times the price. We believe adults have a right to access affordable medicine.</p>
<p>Our lawyers are responding to the letter. In the meantime, <b>nothing changes for our customers</b>:</p>
<ul>
<li>We continue to ship to all 50 states from our partner warehouses outside the U.S.</li>
<li>Prescriptions remain optional. If you have one you may upload it, but it is not required.</li>
<li>All orders are still covered by our reship guarantee.</li>
</ul>
<p>To thank you for your loyalty, all orders placed this month receive free express shipping.</p>
<h2>Back in stock</h2>
<p>Esketamine nasal spray 56 mg kit &ndash; <b>$289</b> &middot; Ketamine HCl 500 mg/10 ml &times; 5 &ndash; <b>$215</b> &middot; Ketamine troches 150 mg &times; 30 &ndash; <b>$169</b>. <a href="/products/ketamine">Order now</a></p>
<p>Payment options: Bitcoin, Zelle, e-check. Questions: support@northstar-pharma-online.example</p>
</article>
""")

p("h13308", "https://tradehub-classifieds.example/health-beauty/listing/88231-ketamine-hcl-50mg-ml-10ml-vet", "seller", True, "en",
  "classifieds-listing-with-qa", "Ketamine HCl 50 mg/ml 10 ml (veterinary) \u2013 Listing #88231 | TradeHub Classifieds", """
<header><a href="/">TradeHub</a> <form action="/search"><input name="q" placeholder="Search listings"></form> <a href="/post">Post an ad</a> <a href="/login">Sign in</a></header>
<p class="crumbs"><a href="/">All categories</a> &rsaquo; <a href="/health-beauty">Health &amp; Beauty</a> &rsaquo; <a href="/health-beauty/other">Other</a></p>
<main>
<h1>Ketamine HCl 50 mg/ml 10 ml (veterinary) &ndash; genuine, sealed</h1>
<p class="price">$95 per vial &middot; $420 for 5 &middot; $780 for 10</p>
<p class="seller">Seller: <a href="/u/vetpharm_direct">vetpharm_direct</a> &middot; Member since 2025 &middot; 38 sales &middot; &#9733; 4.7</p>
<p class="loc">Location: Miami, FL &middot; Ships nationwide</p>
<h2>Description</h2>
<p>Sealed vials of ketamine hydrochloride injection, veterinary brand, long expiry (2028). Ideal for farms, horse owners, or personal stock. Discreet packaging, USPS Priority with tracking. Bulk discounts for 20+ vials. Payment: Cash App, Zelle, BTC.</p>
<h2>Questions &amp; answers (4)</h2>
<div class="qa">
<p><b>Q:</b> Do I need a vet script or DEA number to buy this? <span class="user">&ndash; asked by mike_t</span></p>
<p><b>A:</b> No script needed, I ship to any address. <span class="user">&ndash; answered by seller</span></p>
<p><b>Q:</b> Is this safe for humans? <span class="user">&ndash; asked by anon2231</span></p>
<p><b>A:</b> Same molecule as the human version, many customers use it. Can't give medical advice. <span class="user">&ndash; answered by seller</span></p>
<p><b>Q:</b> Do you ship to Canada? <span class="user">&ndash; asked by north_j</span></p>
<p><b>A:</b> Yes, +$40, message me on Telegram @vetpharm_direct. <span class="user">&ndash; answered by seller</span></p>
</div>
<a class="btn" href="/messages/new?to=vetpharm_direct&amp;listing=88231">Message seller</a> <a href="/report?listing=88231">Report listing</a>
</main>
<footer><a href="/safety">Safety tips</a> &middot; <a href="/prohibited">Prohibited items</a> &middot; <a href="/terms">Terms</a></footer>
""")

p("h13309", "https://farmaexpress24.example/es/opiniones-clientes", "seller", True, "es",
  "shop-fake-reviews-es", "Opiniones de nuestros clientes | FarmaExpress24", """
<header>
<a class="logo" href="/es/">FarmaExpress24</a>
<nav><a href="/es/">Inicio</a> <a href="/es/tienda">Tienda</a> <a href="/es/ketamina">Ketamina</a> <a href="/es/ansiedad">Ansiedad</a> <a href="/es/opiniones-clientes">Opiniones</a> <a href="/es/envios">Envíos</a> <a href="/es/contacto">Contacto</a> <a href="/es/carrito">Carrito</a></nav>
</header>
<main>
<h1>Opiniones reales de clientes reales</h1>
<p>Más de 3.200 pedidos enviados a España, México, Argentina y Chile. Esto es lo que dicen nuestros clientes:</p>
<div class="op">
<p class="stars">★★★★★</p>
<p>«Pedí la ketamina líquida (5 viales de 10 ml) y llegó en 48 horas a Valencia. Embalaje totalmente discreto, parecía un pedido de ropa. No me pidieron receta ni nada.» <br><b>— Sergio M., Valencia</b> <span class="ok">Compra verificada</span></p>
</div>
<div class="op">
<p class="stars">★★★★★</p>
<p>«Había leído en foros que todas las webs eran estafas. Esta no. Pagué con bitcoin y me mandaron el número de seguimiento el mismo día.» <br><b>— Lucía R., Madrid</b> <span class="ok">Compra verificada</span></p>
</div>
<div class="op">
<p class="stars">★★★★☆</p>
<p>«Segundo pedido de ketamina en polvo, 10 g. Todo perfecto, aunque a México tardó 12 días. Me contestaron por WhatsApp enseguida.» <br><b>— Jorge A., Guadalajara</b> <span class="ok">Compra verificada</span></p>
</div>
<div class="op">
<p class="stars">★★★★★</p>
<p>«El spray de esketamina es el mismo que en el hospital pero sin tener que ir al hospital.» <br><b>— Anónimo</b> <span class="ok">Compra verificada</span></p>
</div>
<h2>Precios actuales</h2>
<ul>
<li>Ketamina 50 mg/ml, 5 viales de 10 ml — 210 €</li>
<li>Ketamina en polvo (cristal) 10 g — 270 €</li>
<li>Esketamina spray nasal 28 mg × 3 — 290 €</li>
</ul>
<p>Envío 24/48 h península · Reenvío gratis si hay problema en aduana · Pago con Bitcoin, USDT o transferencia · Sin receta</p>
<a class="btn" href="/es/ketamina">Comprar ahora</a>
</main>
<footer>WhatsApp pedidos: +34 600 000 417 · Telegram: @farmaexpress24 · © 2026 FarmaExpress24</footer>
""", noise="cookie-es")

p("h13310", "https://ketamin-direkt.example/de/keine-betrueger", "seller", True, "de",
  "shop-not-like-fake-shops-de", "Wir sind keine Betrüger – so erkennen Sie Fake-Shops | Ketamin-Direkt", """
<nav><a href="/de/">Start</a> · <a href="/de/shop">Shop</a> · <a href="/de/keine-betrueger">Seriosität</a> · <a href="/de/versand">Versand</a> · <a href="/de/kontakt">Kontakt</a></nav>
<h1>Warum Ketamin-Direkt kein Fake-Shop ist</h1>
<p>Im Internet kursieren viele Seiten, auf denen man angeblich „Ketamin ohne Rezept“ kaufen kann. Die meisten davon sind Betrug: Sie zahlen per Überweisung und bekommen nie etwas. Wir verstehen jeden, der misstrauisch ist. Deshalb erklären wir hier offen, wie wir arbeiten.</p>
<h2>Woran Sie einen Fake-Shop erkennen</h2>
<ul>
<li>Nur Vorkasse per Überweisung auf ein Privatkonto</li>
<li>Keine Sendungsverfolgung</li>
<li>Nachträgliche „Zollgebühren“, die per Western Union bezahlt werden sollen</li>
<li>Kein Kontakt außer einem Formular</li>
</ul>
<h2>Wie wir arbeiten</h2>
<ul>
<li>Versand innerhalb von 24 Stunden aus einem Lager in der EU – kein Zoll, neutrale Verpackung ohne Absender</li>
<li>Sendungsnummer (DHL) per E-Mail oder Telegram</li>
<li>Zahlung per Bitcoin, Monero oder Paysafecard – keine Bankdaten, volle Diskretion</li>
<li>Kein Rezept, kein Arzt, keine Fragen</li>
<li>Bei Verlust Neuversand kostenlos</li>
</ul>
<h2>Unsere Preise</h2>
<p>Ketamin HCl (Kristall) 5 g – 129 € · 10 g – 229 € · 25 g – 499 €<br>Ketamin Injektionslösung 10 ml – 59 € · Esketamin Nasenspray – 249 €</p>
<p>Noch Fragen? Schreiben Sie uns auf Telegram: <b>@ketamin_direkt</b></p>
<p><a class="btn" href="/de/shop">Zum Shop</a></p>
""", noise="cookie-de")

p("h13311", "https://pharmalibre.example/fr/faq", "seller", True, "fr",
  "shop-faq-ordonnance-non-fr", "Questions fréquentes | PharmaLibre", """
<header><a href="/fr/">PharmaLibre</a> — <a href="/fr/boutique">Boutique</a> · <a href="/fr/ketamine">Kétamine</a> · <a href="/fr/faq">FAQ</a> · <a href="/fr/panier">Panier</a></header>
<h1>Questions fréquentes</h1>
<dl>
<dt>Ai-je besoin d'une ordonnance ?</dt>
<dd>Non. Vous pouvez commander tous nos produits sans ordonnance et sans consultation. Nous ne vous demanderons jamais de justificatif médical.</dd>
<dt>D'où sont expédiés les colis ?</dt>
<dd>Depuis notre entrepôt en Espagne pour la France, la Belgique et la Suisse. Les colis voyagent sans passer par la douane.</dd>
<dt>Comment est emballé le colis ?</dt>
<dd>Enveloppe bulle neutre, sans logo, sans mention du contenu. Le nom de l'expéditeur est une société de cosmétiques.</dd>
<dt>Quelles formes de kétamine proposez-vous ?</dt>
<dd>Kétamine en flacons de 10 ml (50 mg/ml), kétamine en poudre cristalline et eskétamine en spray nasal. Voir la page <a href="/fr/ketamine">Kétamine</a> pour les prix.</dd>
<dt>Quels moyens de paiement acceptez-vous ?</dt>
<dd>Bitcoin, USDT, coupons Transcash et PCS. La carte bancaire n'est pas acceptée.</dd>
<dt>Vous êtes une arnaque ?</dt>
<dd>Non. Beaucoup de faux sites copient nos textes. Nous répondons sur Telegram (@pharmalibre_fr) 7 jours sur 7 et envoyons un numéro de suivi dans les 24 heures.</dd>
</dl>
""", noise="cookie-fr")

p("h13312", "https://instagram.example/cetamina.vip", "seller", True, "pt",
  "social-bio-depoimentos-txt", "@cetamina.vip", """
cetamina.vip
🔥 Cetamina original | pó e frasco 10 ml
✅ Entrega discreta todo o Brasil 📦 Sedex / motoboy SP
✅ Sem receita · sem consulta
✅ +3 mil clientes satisfeitos — veja os DEPOIMENTOS nos destaques ⭐
❌ NÃO somos golpistas! Cuidado com perfis falsos copiando nossas fotos
💸 Pix ou cripto
📲 Chama no zap (11) 9 4000-2217 ou no Telegram @cetaminavip
👇 Tabela de preços no link
linktr.example/cetaminavip
""", ext="txt")

p("h13313", "https://chemlab-nl.example/nl/klantbeoordelingen", "seller", True, "nl",
  "rc-shop-reviews-nl", "Klantbeoordelingen | ChemLab-NL Research Chemicals", """
<header><a href="/nl/">ChemLab-NL</a> <nav><a href="/nl/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/nl/dissociatives">Dissociatieven</a> <a href="/nl/pellets">Pellets</a> <a href="/nl/klantbeoordelingen">Reviews</a> <a href="/nl/winkelwagen">Winkelwagen</a></nav></header>
<div class="disclaimer">Alle producten worden uitsluitend verkocht voor laboratorium- en onderzoeksdoeleinden. Niet voor menselijke consumptie. Verkoop alleen aan personen van 18 jaar en ouder.</div>
<h1>Wat onze klanten zeggen</h1>
<p>Gemiddelde score 9,4 uit 1.106 beoordelingen.</p>
<div class="rev"><b>2-FDCK 5 g</b> ★★★★★ — „Snelle levering (binnen 2 dagen in Rotterdam), discreet verpakt. Kwaliteit zeer vergelijkbaar met K, iets langer werkend.” — <i>Bas</i></div>
<div class="rev"><b>Deschloroketamine (DCK) 1 g</b> ★★★★★ — „Voor mijn ‘onderzoek’ perfect. Dosering is echt veel lager dan bij 2F, let op.” — <i>Anoniem</i></div>
<div class="rev"><b>O-PCE 500 mg</b> ★★★★☆ — „Goed spul, maar pas op met herdoseren. Bestelling naar België kwam na 4 dagen.” — <i>Jeroen, Gent</i></div>
<div class="rev"><b>2-FDCK pellets 50 mg × 20</b> ★★★★★ — „Handig, geen weegschaal nodig.” — <i>Lisa</i></div>
<h2>Populaire producten</h2>
<table>
<tr><td>2-FDCK kristal</td><td>1 g € 22 · 5 g € 85 · 25 g € 320</td></tr>
<tr><td>Deschloroketamine (DCK)</td><td>1 g € 35 · 5 g € 140</td></tr>
<tr><td>O-PCE</td><td>500 mg € 30</td></tr>
</table>
<p>Betalen met iDEAL, Bancontact of Bitcoin. Verzending in neutrale envelop door heel Europa.</p>
""", noise="cookie-nl")

p("h13314", "https://ketamina-senza-ricetta.example/it/recensioni-clienti", "seller", True, "it",
  "url-only", "Un momento…", """
<div class="challenge">
<h1>Verifica in corso</h1>
<p>Stiamo controllando il tuo browser prima di accedere al sito. L'operazione richiede solo pochi secondi.</p>
<noscript>Per continuare abilita JavaScript e i cookie.</noscript>
<p class="ray">ID richiesta: 8c41f0a2be77 · Prestazioni e sicurezza</p>
</div>
""")

# ---------------------------------------------------------------- telehealth (9): what we never do, stories, warnings

p("h13315", "https://lumenmind.example/what-we-never-do", "telehealth", False, "en",
  "telehealth-what-we-never-do-long-chrome", "What We Never Do | Lumen Mind Telehealth", """
<header>
<a class="logo" href="/">Lumen Mind</a>
<nav><a href="/how-it-works">How it works</a> <a href="/ketamine-therapy">At-home ketamine therapy</a> <a href="/psychiatry">Psychiatry</a> <a href="/clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/safety">Safety</a> <a href="/login">Patient login</a> <a class="cta" href="/eligibility">Check eligibility</a></nav>
</header>
<main>
<h1>What we never do</h1>
<p class="lead">Search results for &ldquo;ketamine online&rdquo; are full of sites promising &ldquo;no prescription&rdquo;, &ldquo;approval in minutes&rdquo; and &ldquo;stealth shipping&rdquo;. We get emails every week from people who assume we work the same way. We don&rsquo;t. Here is the list we hold ourselves to.</p>
<ol class="never">
<li><h3>We never prescribe without a live video evaluation.</h3><p>Every patient has a 60-minute video assessment with a board-certified psychiatrist or psychiatric nurse practitioner licensed in the patient&rsquo;s state. A questionnaire alone is never enough. About one in three people who book an evaluation are not prescribed ketamine.</p></li>
<li><h3>We never sell ketamine as a product.</h3><p>There is no &ldquo;add to cart&rdquo; for medication on this site. What you pay us for is clinical care. If a prescription is written, it is sent to a licensed partner pharmacy, which dispenses it in your name.</p></li>
<li><h3>We never ship to a state where your clinician is not licensed,</h3><p>and we never ship to an address other than the one on your verified ID.</p></li>
<li><h3>We never accept crypto, gift cards or payment apps.</h3><p>Membership is billed by card or HSA/FSA card through our payment processor, with an itemised receipt.</p></li>
<li><h3>We never skip monitoring.</h3><p>Your first session is supervised live on video by a member of our care team, every patient must name a sober in-person monitor, and you complete a PHQ-9 and GAD-7 before each refill.</p></li>
<li><h3>We never contact you first on WhatsApp, Telegram or Instagram.</h3><p>All communication happens in the patient portal or by phone from our published number.</p></li>
</ol>
<div class="callout">
<h2>Seen a site using our name?</h2>
<p>If someone offers &ldquo;Lumen Mind ketamine, no prescription&rdquo;, it is not us. Please report it to <a href="mailto:trust@lumenmind.example">trust@lumenmind.example</a> and to the FDA&rsquo;s BeSafeRx program.</p>
</div>
<h2>What we do instead</h2>
<p>Evaluation: $249 one-time &middot; Membership: $219/month including two clinician follow-ups, integration coaching and medication management &middot; Medication is billed separately by the pharmacy (typically $60&ndash;$110/month).</p>
<a class="cta" href="/eligibility">Check if you&rsquo;re eligible</a>
</main>
<footer>
<nav><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/press">Press</a> <a href="/privacy">Privacy</a> <a href="/hipaa">Notice of privacy practices</a> <a href="/terms">Terms</a></nav>
<p>Lumen Mind Medical Group, P.C. &middot; Medical Director: Priya Nandakumar, MD (Psychiatry) &middot; Available in CA, CO, FL, IL, NY, TX, WA. If you are in crisis, call or text 988.</p>
</footer>
""", noise="cookie")

p("h13316", "https://harborline-health.example/blog/red-flags-fake-online-ketamine", "telehealth", False, "en",
  "telehealth-blog-quotes-scam-claims", "7 Red Flags of a Fake Online Ketamine Pharmacy | Harborline Health Blog", """
<nav><a href="/">Harborline Health</a> &middot; <a href="/ketamine">Ketamine care</a> &middot; <a href="/blog">Blog</a> &middot; <a href="/book">Book a video evaluation</a></nav>
<article>
<h1>7 red flags of a fake online ketamine pharmacy</h1>
<p class="byline">Reviewed by Daniel Okafor, PMHNP-BC &middot; 6 min read</p>
<p>As telehealth ketamine has become better known, so have the websites pretending to offer it. Below are real phrases our patients have sent us from sites that asked them for money. If you see any of them, close the tab.</p>
<ol>
<li><b>&ldquo;No prescription needed.&rdquo;</b> Ketamine is a Schedule III controlled substance in the United States. A legitimate service will always require a clinician evaluation.</li>
<li><b>&ldquo;Pay with Bitcoin and save 20%.&rdquo;</b> Pharmacies and medical practices do not push you toward crypto or gift cards.</li>
<li><b>&ldquo;Stealth shipping worldwide.&rdquo;</b> A licensed pharmacy ships only within the states where it is licensed, in its own labelled packaging.</li>
<li><b>&ldquo;98% approval in 10 minutes.&rdquo;</b> A questionnaire cannot replace a psychiatric assessment.</li>
<li><b>&ldquo;Message us on Telegram to order.&rdquo;</b></li>
<li><b>&ldquo;Vials, powder and nasal spray in stock.&rdquo;</b> Esketamine nasal spray (Spravato) is only given in certified healthcare settings, never shipped to homes.</li>
<li><b>&ldquo;Reship if seized by customs.&rdquo;</b> That sentence alone tells you the seller knows the shipment is illegal.</li>
</ol>
<h2>How Harborline works</h2>
<p>You book a video evaluation with one of our psychiatric clinicians. If ketamine is appropriate, your prescription is sent to our partner pharmacy, Cedar Compounding (licensed in all states we serve), which ships to you after pharmacist verification. Follow-ups every four weeks are included in the membership ($189/month).</p>
<p><a href="/book">Book your evaluation</a></p>
</article>
""")

p("h13317", "https://stillwater-telepsychiatry.example/patient-stories", "telehealth", False, "en",
  "telehealth-patient-testimonials", "Patient Stories | Stillwater Telepsychiatry", """
<header>
<a class="logo" href="/">Stillwater Telepsychiatry</a>
<nav><a href="/services">Services</a> <a href="/ketamine">Ketamine-assisted treatment</a> <a href="/team">Our team</a> <a href="/pricing">Pricing</a> <a href="/patient-stories">Patient stories</a> <a href="/insurance">Insurance</a> <a class="cta" href="/schedule">Schedule an evaluation</a></nav>
</header>
<main>
<h1>In our patients&rsquo; words</h1>
<p>Shared with written permission. Names and some details changed. Individual results vary, and not every patient who is evaluated is offered ketamine.</p>
<blockquote>
<p>&ldquo;My first appointment was a full hour on video with Dr. Aisha Raman. She had already read the records from my previous psychiatrist and asked about my blood pressure and whether I had ever had problems with alcohol. I honestly thought I would get a yes in five minutes like the ads promise. Instead she asked me to get a blood pressure reading first. That&rsquo;s when I trusted them.&rdquo;</p>
<cite>&mdash; J., 44, Colorado</cite>
</blockquote>
<blockquote>
<p>&ldquo;I was told no at first because of a medication I was on. We worked on that for two months, then started. The lozenges came from the pharmacy with my name on the label and a pharmacist called me before shipping.&rdquo;</p>
<cite>&mdash; M., 31, Washington</cite>
</blockquote>
<blockquote>
<p>&ldquo;The check-ins are what made the difference. Every two weeks, a nurse on video, questionnaires before every refill.&rdquo;</p>
<cite>&mdash; R., 52, Oregon</cite>
</blockquote>
<h2>What treatment looks like</h2>
<ul>
<li>Initial psychiatric evaluation by video (60 min) &ndash; $275</li>
<li>Monthly program &ndash; $165/month: two clinician visits, measurement-based care, 24/7 on-call line</li>
<li>Prescriptions are sent to Pinecrest Pharmacy, a licensed partner pharmacy, which ships after verification; medication cost billed separately</li>
</ul>
<p>Prescribers: Aisha Raman, MD &middot; Thomas Eilers, DO &middot; Grace Villanueva, PMHNP-BC</p>
<a class="cta" href="/schedule">Schedule an evaluation</a>
</main>
<footer>Stillwater Telepsychiatry, PLLC &middot; Licensed in CO, OR, WA, ID, NM &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h13318", "https://harborline-health.example/press/statement-on-indictment-report", "telehealth", False, "en",
  "telehealth-press-statement-on-court-case", "Statement on this week's reports about an online ketamine company | Harborline Health", """
<p class="crumbs"><a href="/">Harborline Health</a> / <a href="/press">Press</a></p>
<h1>Statement on this week&rsquo;s reports about an online ketamine company</h1>
<p class="date">For immediate release &middot; June 4, 2026</p>
<p>Several outlets this week reported on the indictment of executives of another company that advertised at-home ketamine. According to the reporting, a former contractor told investigators that clinicians were instructed to &ldquo;approve everyone who clears the form&rdquo; and that the company shipped lozenges &ldquo;to whatever address the customer typed in&rdquo;.</p>
<p>Harborline Health is not connected to that company. Because patients and journalists have asked us how we are different, we are restating how our care works:</p>
<ul>
<li>Every patient is evaluated by a licensed psychiatric clinician on live video before any prescription is considered. Clinicians are never measured on approval rates, and roughly 30% of evaluations do not result in a ketamine prescription.</li>
<li>Prescriptions are transmitted electronically to a state-licensed partner pharmacy, which checks the state prescription monitoring program before dispensing.</li>
<li>We comply with the DEA&rsquo;s telemedicine rules for controlled substances, including the requirements that apply after the current flexibilities.</li>
<li>Patients are re-assessed at least every 4 weeks, and refills are stopped if follow-ups are missed.</li>
</ul>
<p>Media contact: press@harborline-health.example</p>
""")

p("h13319", "https://support.lumenmind.example/macros/request-without-appointment", "telehealth", False, "en",
  "telehealth-support-reply-txt", "Support reply: medication without an appointment", """
Hi Marcus,

Thanks for reaching out, and I'm sorry you're going through a hard stretch.

You asked whether we could "just send the lozenges" without the video appointment, since another provider prescribed ketamine to you last year. We can't do that. Every Lumen Mind patient needs a live video evaluation with one of our licensed clinicians before anything is prescribed, and any prescription goes to our partner pharmacy, which ships only after a pharmacist has verified it. We don't sell medication directly and never ship without a current prescription from our own clinician.

The earliest evaluation slot in Texas is Thursday at 4:30 pm. You can book it from your portal under Appointments, and we'll ask your previous provider for records if you sign the release.

If you're in crisis, please call or text 988.

Warmly,
Jenna, Patient Care Team, Lumen Mind
""", ext="txt")

p("h13320", "https://mindonline-psychiatrie.example/de/faq", "telehealth", False, "de",
  "telehealth-faq-denial-de", "Häufige Fragen | MindOnline – Psychiatrische Videosprechstunde", """
<header><a href="/de/">MindOnline</a> <nav><a href="/de/leistungen">Leistungen</a> <a href="/de/aerzte">Ärztinnen und Ärzte</a> <a href="/de/kosten">Kosten</a> <a href="/de/faq">FAQ</a> <a href="/de/termin">Termin buchen</a></nav></header>
<h1>Häufige Fragen</h1>
<h3>Kann ich bei Ihnen Ketamin oder Esketamin online bestellen?</h3>
<p>Nein. MindOnline ist eine psychiatrische Privatpraxis mit Videosprechstunde, keine Apotheke. Wir verkaufen und versenden keine Medikamente. Wenn Sie auf Seiten stoßen, die „Ketamin ohne Rezept, diskreter Versand“ anbieten, handelt es sich um illegale Angebote, oft um Betrug.</p>
<h3>Verschreiben Sie Ketamin nach einem Online-Fragebogen?</h3>
<p>Nein. Der Fragebogen dient nur der Terminvorbereitung. Jede Behandlung beginnt mit einem ausführlichen Erstgespräch (50 Minuten) per Video bei einer Fachärztin oder einem Facharzt für Psychiatrie und Psychotherapie.</p>
<h3>Wie komme ich dann an eine Esketamin-Behandlung?</h3>
<p>Esketamin-Nasenspray (Spravato) darf nur unter ärztlicher Aufsicht in einer Praxis oder Klinik angewendet werden. Wenn die Behandlung für Sie in Frage kommt, überweisen wir Sie nach dem Videogespräch an eine unserer Partnerpraxen in Berlin, Hamburg, Köln oder München und begleiten Sie psychiatrisch weiter per Video.</p>
<h3>Was kostet das?</h3>
<p>Erstgespräch nach GOÄ ca. 150–190 €, Folgetermine ca. 80 €. Private Krankenversicherungen erstatten in der Regel. Termine buchen Sie online.</p>
<h3>Wer sind Ihre Ärzte?</h3>
<p>Dr. med. Katrin Wehner, Dr. med. Yusuf Demir und Dr. med. Lena Brockmann, alle Fachärzte für Psychiatrie und Psychotherapie mit Approbation in Deutschland.</p>
""", noise="cookie-de")

p("h13321", "https://psyconsult-teleconsultation.example/fr/ce-que-nous-ne-faisons-pas", "telehealth", False, "fr",
  "telehealth-never-page-fr", "Ce que nous ne faisons jamais | PsyConsult téléconsultation", """
<nav><a href="/fr/">PsyConsult</a> · <a href="/fr/psychiatres">Nos psychiatres</a> · <a href="/fr/tarifs">Tarifs</a> · <a href="/fr/rdv">Prendre rendez-vous</a></nav>
<h1>Ce que nous ne faisons jamais</h1>
<p>Depuis quelques mois, des patients nous transmettent des publicités trouvées sur les réseaux sociaux : « kétamine sans ordonnance, livraison en 48 h, paiement en crypto ». Certaines utilisent même le nom de plateformes de téléconsultation. Pour lever toute ambiguïté :</p>
<ul>
<li><b>Nous ne vendons aucun médicament.</b> PsyConsult met en relation des patients avec des psychiatres inscrits à l'Ordre des médecins, en téléconsultation vidéo.</li>
<li><b>Nous ne délivrons aucune ordonnance sans consultation vidéo.</b> Un simple questionnaire ne suffit jamais.</li>
<li><b>Nous ne prescrivons pas de kétamine à domicile.</b> L'eskétamine (Spravato) est réservée à l'usage hospitalier et s'administre sous surveillance dans un établissement de santé. Si ce traitement vous concerne, votre psychiatre vous orientera vers un centre partenaire (Paris, Lyon, Lille, Bordeaux).</li>
<li><b>Nous ne vous contactons jamais par WhatsApp ou Telegram.</b></li>
</ul>
<p>Téléconsultation avec un psychiatre : 55 € (secteur 1) à 80 €, remboursée par l'Assurance Maladie dans le parcours de soins.</p>
<p><a href="/fr/rdv">Prendre rendez-vous</a></p>
""", noise="cookie-fr")

p("h13322", "https://saludmente-enlinea.example/testimonios", "telehealth", False, "es",
  "telehealth-testimonials-es", "Testimonios de pacientes | SaludMente en Línea", """
<header><a href="/">SaludMente en Línea</a> <nav><a href="/como-funciona">Cómo funciona</a> <a href="/ketamina">Tratamiento con ketamina</a> <a href="/equipo">Equipo médico</a> <a href="/precios">Precios</a> <a href="/testimonios">Testimonios</a> <a href="/agendar">Agendar consulta</a></nav></header>
<main>
<h1>Lo que dicen nuestros pacientes</h1>
<p>Testimonios publicados con consentimiento por escrito. No todos los pacientes evaluados reciben ketamina.</p>
<blockquote>«La primera consulta fue una videollamada de casi una hora con la Dra. Fernanda Ochoa. Me pidió estudios de laboratorio y mi historial antes de decidir nada. Al principio me desesperó, pero ahora entiendo por qué.» — <b>Claudia, 38, Monterrey</b></blockquote>
<blockquote>«Las tabletas sublinguales me las mandó la farmacia aliada, con mi nombre en la etiqueta y la receta electrónica. La primera toma la hice en videollamada con una enfermera.» — <b>Luis, 45, CDMX</b></blockquote>
<blockquote>«Me dijeron que no era candidato por mi presión arterial y me refirieron a un cardiólogo. Lo agradezco.» — <b>Ricardo, 57, Puebla</b></blockquote>
<h2>Cómo funciona</h2>
<ol><li>Evaluación psiquiátrica por videollamada (60 min) — $1,450 MXN</li><li>Si el tratamiento es adecuado, receta electrónica a nuestra farmacia aliada con licencia sanitaria</li><li>Membresía de seguimiento — $1,890 MXN al mes (consultas quincenales, escalas clínicas y línea de apoyo)</li></ol>
<p>Equipo médico: Dra. Fernanda Ochoa (Cédula de especialidad en Psiquiatría), Dr. Andrés Villaseñor, Psic. Mariana Luján.</p>
<a href="/agendar">Agendar evaluación</a>
</main>
""", noise="cookie-es")

p("h13323", "https://telemente.example/alerta-de-golpe", "telehealth", False, "pt",
  "telehealth-scam-alert-pt", "Alerta de golpe: perfis falsos usando o nome da TeleMente", """
<header><a href="/">TeleMente</a> · <a href="/como-funciona">Como funciona</a> · <a href="/psiquiatras">Psiquiatras</a> · <a href="/agendar">Agendar consulta</a></header>
<article>
<h1>Alerta: perfis falsos estão usando o nome da TeleMente</h1>
<p>Recebemos relatos de pacientes abordados no Instagram e no WhatsApp por perfis que usam nosso logotipo e escrevem mensagens como: <em>"Cetamina da TeleMente sem receita, entrega em 24h, pagamento no Pix"</em> e <em>"Depoimentos nos destaques, não somos golpe"</em>.</p>
<p><b>Isso não é a TeleMente.</b> Nós:</p>
<ul>
<li>não vendemos nem entregamos medicamentos;</li>
<li>não enviamos mensagens oferecendo tratamento por WhatsApp ou Instagram;</li>
<li>só emitimos receita após consulta por vídeo com psiquiatra com CRM ativo;</li>
<li>não prescrevemos cetamina para uso em casa. Quando a escetamina (Spravato) é indicada, encaminhamos o paciente para um centro parceiro, onde a aplicação é feita sob supervisão.</li>
</ul>
<p>Se você recebeu uma dessas mensagens, não faça pagamento, denuncie o perfil e, se já pagou, registre um boletim de ocorrência.</p>
<p>Consulta psiquiátrica por vídeo: R$ 390. <a href="/agendar">Agende pelo site oficial</a>.</p>
</article>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics (8): FAQ denials, reviews, impersonation notices

p("h13324", "https://riverbend-ketamine.example/faq", "clinic", False, "en",
  "clinic-faq-denial-prices-long", "FAQ | Riverbend Ketamine Infusion Center \u2013 Knoxville, TN", """
<header>
<div class="topbar">Call (865) 555-0142 &middot; Mon&ndash;Sat 8am&ndash;6pm &middot; 1120 Riverbend Pkwy, Suite 200, Knoxville</div>
<a class="logo" href="/">Riverbend Ketamine Infusion Center</a>
<nav><a href="/treatments">Treatments</a> <a href="/conditions">Conditions</a> <a href="/pricing">Pricing</a> <a href="/team">Our team</a> <a href="/faq">FAQ</a> <a href="/referrals">For providers</a> <a class="cta" href="/book">Book a free consultation</a></nav>
</header>
<main>
<h1>Frequently asked questions</h1>
<section>
<h3>Can I buy ketamine from you to use at home?</h3>
<p>No. We do not sell, dispense or ship ketamine. Every dose is given here, by IV infusion, by our nursing staff under the supervision of our anesthesiologist, and you are monitored throughout. We get this question often because of websites that promise &ldquo;ketamine without a prescription, shipped discreetly&rdquo;. Those sites are not pharmacies and what they send, if anything, is not what the label says.</p>
<h3>Do I need a referral?</h3>
<p>A referral from your psychiatrist, therapist or primary care provider is preferred but not required. Every new patient has a medical intake with our physician, and we will ask permission to coordinate with your mental health provider.</p>
<h3>How much does it cost?</h3>
<table>
<tr><td>Consultation</td><td>Free (20 min, phone or in person)</td></tr>
<tr><td>Medical intake</td><td>$150</td></tr>
<tr><td>Single IV infusion (depression, PTSD)</td><td>$475</td></tr>
<tr><td>Initial series of 6 infusions (paid upfront)</td><td>$2,550</td></tr>
<tr><td>Booster infusion</td><td>$425</td></tr>
<tr><td>Pain protocol infusion (4 hours)</td><td>$750</td></tr>
</table>
<p>We accept cards, HSA/FSA and CareCredit. We provide superbills for out-of-network reimbursement.</p>
<h3>Do you offer Spravato?</h3>
<p>Yes. We are a REMS-certified treatment center. Spravato is administered in our office and you stay with us for at least two hours afterward. Spravato is often covered by insurance; our staff will check your benefits.</p>
<h3>Can I drive home?</h3>
<p>No. You must have someone drive you home after every treatment.</p>
<h3>Do you have gift cards?</h3>
<p>Yes, gift cards can be used toward consultations and infusions. They cannot be used to obtain medication outside a treatment.</p>
</section>
<a class="cta" href="/book">Book a free consultation</a>
</main>
<footer>
<p>Medical Director: Harold Simms, MD, Anesthesiology &middot; Riverbend Ketamine Infusion Center, LLC &middot; <a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></p>
</footer>
""", noise="cookie")

p("h13325", "https://summitpsychiatry-infusion.example/news/patient-forwarded-this-email", "clinic", False, "en",
  "clinic-blog-quotes-scam-email", "A patient forwarded us this email. Please don't fall for it. | Summit Psychiatry & Infusion", """
<nav><a href="/">Summit Psychiatry &amp; Infusion</a> | <a href="/ketamine">Ketamine infusions</a> | <a href="/spravato">Spravato</a> | <a href="/news">News</a> | <a href="/contact">Contact</a></nav>
<article>
<h1>A patient forwarded us this email. Please don&rsquo;t fall for it.</h1>
<p class="meta">Posted by Dr. Erin Castellano, Medical Director &middot; Denver, CO</p>
<p>Last week one of our patients forwarded an email she received after searching for information about ketamine treatment. We are sharing it (with the sender&rsquo;s details removed) because it is a good example of what is out there:</p>
<blockquote class="scam">
<p>&ldquo;Dear valued customer, we noticed your interest in ketamine therapy. Skip the expensive clinics! We supply pharmaceutical ketamine 500mg/10ml vials and esketamine nasal spray WITHOUT prescription. Overnight delivery in USA, 100% discreet. Payment via Bitcoin or Zelle. Order 3 vials get 1 FREE. Reply to this email or WhatsApp us.&rdquo;</p>
</blockquote>
<p>A few things to know:</p>
<ul>
<li>Ketamine given at home from a vial, without medical screening or monitoring, can cause dangerous blood pressure spikes, breathing problems and injuries. Nobody can tell you what is actually in a vial bought this way.</li>
<li>No legitimate clinic or pharmacy will contact you by email offering a controlled substance.</li>
<li>If you paid such a seller, report it to the FBI&rsquo;s IC3 and your bank.</li>
</ul>
<p>At Summit, ketamine is given only in our Cherry Creek office, by IV infusion or as Spravato under the REMS program, after an evaluation with one of our psychiatrists. New patient evaluations are $250; infusions are $495. <a href="/contact">Request an appointment</a>.</p>
</article>
""")

p("h13326", "https://coastal-ketamine-wellness.example/reviews", "clinic", False, "en",
  "clinic-reviews-page-prices-giftcards", "Patient Reviews | Coastal Ketamine Wellness \u2013 San Diego", """
<header>
<a href="/">Coastal Ketamine Wellness</a>
<nav><a href="/services">Services</a> <a href="/pricing">Pricing</a> <a href="/reviews">Reviews</a> <a href="/gift-cards">Gift cards</a> <a href="/book" class="cta">Book now</a></nav>
</header>
<main>
<h1>What our patients say</h1>
<p class="rating">&#9733; 4.9 on Google &middot; 212 reviews</p>
<div class="g-review"><b>Hannah L.</b> &#9733;&#9733;&#9733;&#9733;&#9733; &middot; 2 weeks ago<p>&ldquo;The nurse, Carla, checked my blood pressure every 15 minutes and stayed close the whole infusion. Dr. Mendez went over my medications in detail at the intake and changed the timing of one of them before my first session.&rdquo;</p></div>
<div class="g-review"><b>Marcus T.</b> &#9733;&#9733;&#9733;&#9733;&#9733; &middot; 1 month ago<p>&ldquo;Six infusions in three weeks. Private rooms, weighted blanket, eye mask, and my wife could wait in the lounge. Billing was clear, they gave me a superbill for my insurance.&rdquo;</p></div>
<div class="g-review"><b>Priya S.</b> &#9733;&#9733;&#9733;&#9733;&#9734; &middot; 2 months ago<p>&ldquo;Wonderful staff. Only downside is the parking.&rdquo;</p></div>
<div class="g-review"><b>Anonymous</b> &#9733;&#9733;&#9733;&#9733;&#9733; &middot; 3 months ago<p>&ldquo;I asked if I could take some home for bad days and they explained why they never do that. Appreciated the honesty.&rdquo;</p></div>
<div class="owner-reply"><b>Response from the owner:</b> Thank you for trusting us. Every treatment happens here with a nurse present.</div>
<section class="pricing-teaser">
<h2>Transparent pricing</h2>
<p>Initial consultation $200 &middot; Single infusion $450 &middot; Six-infusion package $2,400 &middot; Ketamine-assisted psychotherapy session (IM, with therapist) $650</p>
<p>Gift cards from $50 &ndash; <a href="/gift-cards">buy online</a>. Financing available.</p>
<a class="cta" href="/book">Book now</a>
</section>
</main>
<footer>4350 La Jolla Village Dr, Suite 110, San Diego, CA &middot; (619) 555-0186 &middot; Medical director: Luis Mendez, MD</footer>
""", noise="cookie")

p("h13327", "https://northgate-behavioral.example/spravato/what-to-expect", "clinic", False, "en",
  "rems-centre-short-what-we-dont-do", "Spravato: What to Expect (and What We Don't Do) | Northgate Behavioral Health", """
<h1>Spravato at Northgate: what to expect (and what we don&rsquo;t do)</h1>
<p>Northgate Behavioral Health is a certified Spravato REMS treatment center. Some patients ask us whether they can take the nasal spray home, or have it mailed. <b>We can&rsquo;t, and no one legitimately can.</b> Spravato is only dispensed to certified healthcare settings. You self-administer each dose in our treatment room while a nurse observes, and you stay with us for at least two hours until you are cleared to leave with a driver.</p>
<p>Sessions: twice weekly for weeks 1&ndash;4, then weekly or every other week. Most commercial plans and Medicare cover Spravato with prior authorization; our benefits team handles it. Call (412) 555-0171 to schedule an intake.</p>
""")

p("h13328", "https://willow-kap.example/notice/impersonation", "clinic", False, "en",
  "kap-practice-impersonation-notice", "Impersonation notice | Willow Ketamine-Assisted Psychotherapy", """
<header><a href="/">Willow KAP</a> &middot; <a href="/approach">Our approach</a> &middot; <a href="/team">Team</a> &middot; <a href="/fees">Fees</a> &middot; <a href="/contact">Contact</a></header>
<main>
<h1>Notice: someone is impersonating Willow on Telegram and Instagram</h1>
<p class="date">Updated October 2, 2026</p>
<p>We have learned that accounts named &ldquo;Willow KAP Support&rdquo; and &ldquo;willow.ketamine.official&rdquo; are messaging people who follow psychedelic therapy pages. Messages we have seen include:</p>
<ul class="quoted">
<li><i>&ldquo;Hi! Willow now ships ketamine lozenges nationwide, no intake needed. 30 x 200mg = $180.&rdquo;</i></li>
<li><i>&ldquo;We accept Apple gift cards and BTC for privacy.&rdquo;</i></li>
<li><i>&ldquo;Limited spots, pay today to reserve your package.&rdquo;</i></li>
</ul>
<p><b>These accounts are not us.</b> Willow is a small in-person practice in Asheville, NC. We do not ship medication, we do not use Telegram, and we never ask for gift cards. Ketamine at Willow is only given during a session in our office, after a medical screening with our physician and preparation sessions with your therapist.</p>
<p>Our actual fees: intake and medical screening $325; preparation session $180; KAP dosing session (3 hours, sublingual or IM, with physician and therapist) $595; integration session $180. We accept payment by card at the office or through our patient billing portal.</p>
<p>If you were contacted, please report the account on the platform. If you lost money, you can file a report at reportfraud.ftc.gov.</p>
</main>
""")

p("h13329", "https://clinica-alameda.example/unidad-ketamina/preguntas-frecuentes", "clinic", False, "es",
  "clinic-faq-es-denial-prices", "Preguntas frecuentes | Unidad de Ketamina – Clínica Alameda (Madrid)", """
<header><a href="/">Clínica Alameda</a> <nav><a href="/unidad-ketamina">Unidad de Ketamina</a> <a href="/psiquiatria">Psiquiatría</a> <a href="/equipo">Equipo</a> <a href="/tarifas">Tarifas</a> <a href="/cita">Pedir cita</a></nav></header>
<h1>Preguntas frecuentes</h1>
<h3>¿Venden ketamina para tomar en casa?</h3>
<p>No. En la clínica no vendemos ni enviamos ketamina. El tratamiento se administra siempre en nuestra unidad, por vía intravenosa, con monitorización continua y bajo la supervisión de un anestesiólogo y un psiquiatra. Las webs que anuncian «ketamina sin receta, envío discreto 24 h» no son farmacias y su venta es ilegal.</p>
<h3>¿Necesito informe de mi psiquiatra?</h3>
<p>Es recomendable. En cualquier caso, antes de la primera sesión hacemos una valoración psiquiátrica y una consulta preanestésica con electrocardiograma.</p>
<h3>¿Cuánto cuesta?</h3>
<p>Primera consulta de valoración: 150 €. Sesión de infusión: 390 €. Programa inicial de 6 sesiones: 2.160 €. Algunas aseguradoras privadas cubren parte del tratamiento.</p>
<h3>¿Aplican esketamina (Spravato)?</h3>
<p>Sí, en la propia unidad y con observación posterior de al menos dos horas, según la ficha técnica.</p>
<h3>¿Cómo pido cita?</h3>
<p>Por teléfono (91 000 42 17), por WhatsApp en el mismo número o desde el formulario de <a href="/cita">cita online</a>.</p>
""", noise="cookie-es")

p("h13330", "https://ospedale-sanmartino.example/psichiatria/ambulatorio-depressione-resistente", "clinic", False, "it",
  "hospital-department-esketamina-it", "Ambulatorio per la depressione resistente – Esketamina | Ospedale San Martino", """
<div class="istituzionale"><a href="/">Ospedale San Martino</a> › <a href="/dipartimenti">Dipartimenti</a> › <a href="/psichiatria">Salute mentale</a></div>
<h1>Ambulatorio per la depressione resistente</h1>
<p>L'ambulatorio segue pazienti adulti con depressione maggiore resistente al trattamento, inviati dal medico di medicina generale, dal CSM o da uno specialista. Tra le terapie disponibili c'è l'esketamina spray nasale, somministrata in day hospital sotto osservazione del personale sanitario per almeno due ore dopo ogni dose.</p>
<h2>Come accedere</h2>
<p>Prima visita psichiatrica con impegnativa del medico curante, prenotabile tramite CUP (numero verde 800 000 217) o allo sportello. Ticket secondo normativa regionale.</p>
<h2>Avviso</h2>
<p>Ci vengono segnalati siti e profili social che offrono «ketamina senza ricetta» o «esketamina spedita a casa» citando anche il nome di ospedali italiani. L'Ospedale non vende farmaci e non effettua spedizioni: l'esketamina viene somministrata esclusivamente all'interno della struttura. Non effettuate pagamenti a questi soggetti e segnalateli ai Carabinieri NAS.</p>
<p>Responsabile: Dott.ssa Chiara Benedetti · Day hospital psichiatrico, Padiglione C, piano 2 · Orari: lun–ven 8:30–15:30</p>
""")

p("h13331", "https://ketaminekliniek-utrecht.example/ervaringen", "clinic", False, "nl",
  "clinic-patient-experiences-nl", "Ervaringen van patiënten | Ketaminekliniek Utrecht", """
<header><a href="/">Ketaminekliniek Utrecht</a> <nav><a href="/behandeling">Behandeling</a> <a href="/tarieven">Tarieven</a> <a href="/ervaringen">Ervaringen</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/afspraak">Afspraak maken</a></nav></header>
<main>
<h1>Ervaringen van patiënten</h1>
<p>Deze ervaringen zijn met toestemming gedeeld. Niet iedereen die zich aanmeldt, komt in aanmerking voor behandeling.</p>
<blockquote>„Bij het intakegesprek met de psychiater werd alles doorgenomen: mijn medicatie, bloeddruk, eerdere behandelingen. Tijdens de infusie zat er steeds een verpleegkundige bij.” — <b>Anouk, 36</b></blockquote>
<blockquote>„Ik had online sites gezien die ketamine opsturen ‘zonder recept’. Hier legde de arts uit waarom dat gevaarlijk is en waarom de behandeling alleen in de kliniek gebeurt.” — <b>Pieter, 49</b></blockquote>
<blockquote>„Zes behandelingen in drie weken, daarna nazorg via mijn eigen behandelaar.” — <b>Samira, 42</b></blockquote>
<h2>Praktisch</h2>
<p>Verwijzing door huisarts of psychiater nodig. Intake € 195 · Infusie € 425 per behandeling · Traject van 6 behandelingen € 2.450. Vergoeding door de zorgverzekeraar verschilt per polis; wij helpen u bij de aanvraag.</p>
<a href="/afspraak">Afspraak maken</a>
</main>
<footer>Ketaminekliniek Utrecht · Catharijnesingel 80 · BIG-geregistreerde artsen · KvK 00000000</footer>
""", noise="cookie-nl")

# ---------------------------------------------------------------- informational (9): court reports, test purchases, complaints, warnings

p("h13332", "https://tri-county-ledger.example/news/courts/2026/09/former-nurse-sentenced-online-ketamine-shop", "informational", False, "en",
  "news-court-report-quotes-shop", "Former nurse sentenced to 6 years for running online ketamine shop | Tri-County Ledger", """
<header>
<a href="/">Tri-County Ledger</a>
<nav><a href="/news">News</a> <a href="/news/courts">Courts &amp; Crime</a> <a href="/business">Business</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a> <a href="/obituaries">Obituaries</a> <a href="/subscribe" class="cta">Subscribe $1 for 3 months</a></nav>
</header>
<article>
<p class="kicker">Courts &amp; Crime</p>
<h1>Former nurse sentenced to 6 years for running online ketamine shop</h1>
<p class="byline">By Andrea Polk &middot; Sept. 14, 2026</p>
<p>A former emergency room nurse who prosecutors say sold ketamine to customers in 38 states through a website styled as a &ldquo;wellness pharmacy&rdquo; was sentenced Thursday to six years in federal prison.</p>
<p>Court records show the website, which has since been taken down, advertised &ldquo;pharmaceutical grade ketamine, no prescription, discreet worldwide shipping&rdquo; and listed 10-milliliter vials at $90 each, or five for $400. A page titled &ldquo;Customer Reviews&rdquo; quoted buyers praising the &ldquo;stealth packaging&rdquo;; investigators testified that many of those reviews were written by the defendant herself.</p>
<p>Customers paid in Bitcoin or through payment apps, and the defendant shipped orders in padded envelopes labelled as &ldquo;skin care samples,&rdquo; according to the plea agreement. Prosecutors said she diverted some of the drug from hospital stock and bought the rest from a supplier overseas.</p>
<p>&ldquo;She dressed a drug operation up as a clinic,&rdquo; Assistant U.S. Attorney Michael Greer told the court. At least two customers were hospitalized, he said.</p>
<p>Defense attorney Rosa Lindqvist said her client had struggled with addiction herself and had &ldquo;convinced herself she was helping people who couldn&rsquo;t afford clinic prices.&rdquo; Ketamine infusions at licensed clinics commonly cost $400 to $800 per session.</p>
<p>In addition to prison time, the judge ordered forfeiture of $312,000 in cryptocurrency.</p>
</article>
<aside><h4>Most read</h4><ol><li><a href="/news/local/school-board-vote">School board delays vote</a></li><li><a href="/sports/friday-night-recap">Friday night recap</a></li><li><a href="/business/new-grocery-store">New grocery store opens on Route 9</a></li></ol></aside>
<footer>&copy; 2026 Tri-County Ledger &middot; <a href="/contact">Contact the newsroom</a> &middot; <a href="/ethics">Ethics policy</a></footer>
""", noise="cookie")

p("h13333", "https://theinvestigator.example/2026/04/we-tried-to-buy-ketamine-online", "informational", False, "en",
  "journalist-test-purchase-long", "We tried to buy ketamine online. Four sites took our money, one sent white powder that wasn't ketamine", """
<header><a href="/">The Investigator</a> <nav><a href="/investigations">Investigations</a> <a href="/health">Health</a> <a href="/tech">Tech</a> <a href="/newsletter">Newsletter</a> <a href="/donate">Donate</a></nav></header>
<article>
<h1>We tried to buy ketamine online. Four sites took our money; one sent white powder that wasn&rsquo;t ketamine</h1>
<p class="byline">By Nadia Feld and Owen Marsh &middot; April 22, 2026 &middot; 14 min read</p>
<p>Type &ldquo;buy ketamine online&rdquo; into a search engine and the first pages of results are a mix of clinics, telehealth companies and something else: shops that promise the drug in any form, shipped to any address, no questions asked. Over six weeks, with the advice of lawyers and a drug-checking laboratory, we tried to buy from seven of them.</p>
<h2>&ldquo;No prescription needed&rdquo;</h2>
<p>Every one of the seven sites said so, usually on a page titled FAQ. One answered its own question &ldquo;Do I need a prescription?&rdquo; with a single word: &ldquo;No.&rdquo; Prices ranged from $180 to $330 for 10 grams of what sellers called &ldquo;ketamine crystal,&rdquo; and from $85 to $120 per 10 ml vial. Five offered esketamine nasal spray, a drug that in the U.S. can only be given in a certified clinic.</p>
<p>Six of the seven asked for payment in cryptocurrency or gift cards. When we asked one seller on WhatsApp whether we could pay by card, the reply came within a minute: &ldquo;card not possible bro, banks block us. BTC or Apple gift card, you get 10% off.&rdquo;</p>
<h2>What happened to our money</h2>
<p>Four sites never shipped anything. Two of them came back after payment asking for a &ldquo;customs clearance fee&rdquo; of $250. One site sent a tracking number for a parcel that had been delivered to another state. One site sent a padded envelope containing 4 grams of white powder; the laboratory found it contained no ketamine at all, only a local anesthetic and caffeine. The seventh site&rsquo;s domain disappeared two days after we paid.</p>
<p>Several of the sites had a page warning against &ldquo;fake vendors&rdquo; and &ldquo;copycat scammers&rdquo; and promising a &ldquo;reship guarantee.&rdquo; Three published nearly identical &ldquo;verified buyer&rdquo; reviews, down to the same spelling mistakes.</p>
<h2>What doctors say</h2>
<p>&ldquo;People find these sites because they can&rsquo;t afford or can&rsquo;t reach a clinic,&rdquo; said Dr. Helen Oyelaran, a psychiatrist who runs a hospital ketamine service. &ldquo;What they get is either nothing, or a substance nobody can vouch for, with no one watching their blood pressure.&rdquo;</p>
<p>We reported all seven sites to the FDA and to the payment providers involved. None responded to our requests for comment.</p>
<p class="note">How we did this: purchases were made with the advice of counsel; nothing we received was consumed, and all material was handed to the laboratory and then to police for destruction.</p>
</article>
<footer>The Investigator is a nonprofit newsroom. <a href="/corrections">Corrections</a> &middot; <a href="/tips">Send us a tip</a></footer>
""")

p("h13334", "https://scamreportboard.example/forum/online-pharmacies/thread/keta-meds-store-paid-520-btc-no-package", "informational", False, "en",
  "complaint-forum-thread-nav-heavy", "keta-meds-store.example – paid $520 BTC, no package, now asking for 'customs fee' | ScamReport Board", """
<header>
<a href="/">ScamReport Board</a>
<nav><a href="/forum">Forums</a> <a href="/search">Search reports</a> <a href="/new-report">Report a scam</a> <a href="/lookup">Website lookup</a> <a href="/resources">Getting your money back</a> <a href="/login">Log in</a> <a href="/register">Register</a></nav>
</header>
<p class="crumbs"><a href="/forum">Forums</a> &rsaquo; <a href="/forum/shopping">Online shopping</a> &rsaquo; <a href="/forum/online-pharmacies">Online pharmacies</a></p>
<div class="sidebar-left">
<h4>Categories</h4>
<ul><li><a href="/forum/online-pharmacies">Online pharmacies (4,812)</a></li><li><a href="/forum/pets">Pet scams (3,090)</a></li><li><a href="/forum/crypto">Crypto &amp; investment (9,220)</a></li><li><a href="/forum/romance">Romance scams (2,771)</a></li><li><a href="/forum/jobs">Fake jobs (1,964)</a></li><li><a href="/forum/tickets">Tickets (802)</a></li></ul>
<h4>Most reported this week</h4>
<ul><li><a href="/lookup/keta-meds-store.example">keta-meds-store.example</a> (31)</li><li><a href="/lookup/rx-cheapmeds24.example">rx-cheapmeds24.example</a> (19)</li><li><a href="/lookup/puppy-haven-home.example">puppy-haven-home.example</a> (14)</li></ul>
</div>
<main>
<h1>keta-meds-store.example &ndash; paid $520 BTC, no package, now asking for &ldquo;customs fee&rdquo;</h1>
<div class="post">
<p class="author"><b>throwaway_dl</b> &middot; Posted 3 days ago</p>
<p>I know, I know. I was desperate, the clinic near me is $600 a session and there was a waitlist. The site looked professional, had a FAQ that said &ldquo;Do I need a prescription? No&rdquo; and a whole page about how they are &ldquo;not like the scammers&rdquo;. I ordered the 10 vial pack for $520 in bitcoin. Got an order confirmation and then a tracking code that doesn&rsquo;t work on any carrier site.</p>
<p>Today I got this email:</p>
<blockquote>&ldquo;Dear customer, your parcel has been held by US customs due to missing import permit. To release your parcel a refundable insurance fee of $300 must be paid within 48 hours via Bitcoin, otherwise parcel will be destroyed and you may face legal charges.&rdquo;</blockquote>
<p>Is there any chance this is real?</p>
</div>
<div class="post reply">
<p class="author"><b>Moderator_Kay</b> &middot; Staff</p>
<p>No. This is the classic second stage of the scam. There is no customs fee paid in bitcoin to a seller, and customs doesn&rsquo;t email you threats. Do not pay. See our guide <a href="/resources/crypto-payments">what to do if you paid in crypto</a> and report to IC3. Also: please talk to a doctor about the clinic cost &ndash; some clinics do payment plans and Spravato is often covered by insurance.</p>
</div>
<div class="post reply">
<p class="author"><b>burned_twice</b></p>
<p>Same site, same email word for word, last month. Their &ldquo;reviews&rdquo; page is copy-pasted from another shop I reported in 2025.</p>
</div>
<div class="post reply">
<p class="author"><b>helpful_harriet</b></p>
<p>Domain registered 41 days ago, hidden whois, hosted on the same IP as 12 other &ldquo;pharmacies&rdquo;. Adding to the blacklist.</p>
</div>
<p class="pager">Page 1 of 3 &middot; <a href="?page=2">Next</a></p>
</main>
<footer><a href="/about">About</a> &middot; <a href="/rules">Forum rules</a> &middot; <a href="/privacy">Privacy</a> &middot; ScamReport Board is run by volunteers.</footer>
""", noise="cookie")

p("h13335", "https://sitelegitcheck.example/review/ketaminerxshop.example", "informational", False, "en",
  "scam-checker-trust-score", "Is ketaminerxshop.example legit or a scam? Trust score 3/100 | SiteLegitCheck", """
<header><a href="/">SiteLegitCheck</a> <form action="/check"><input name="url" placeholder="Check a website"></form></header>
<main>
<h1>ketaminerxshop.example review</h1>
<div class="score"><span class="big">3</span>/100 &ndash; <b>Very likely a scam. Avoid.</b></div>
<h2>Why this score</h2>
<ul>
<li>Domain registered 2 months ago; owner hidden behind a privacy service.</li>
<li>The site claims &ldquo;licensed pharmacy since 2011&rdquo; but no pharmacy licence number is shown and none matches in the state registries we checked.</li>
<li>It sells a Schedule III controlled substance with the text &ldquo;No prescription required &ndash; order in 2 minutes&rdquo;.</li>
<li>Accepted payments: Bitcoin, USDT, gift cards. No buyer protection.</li>
<li>The &ldquo;About us&rdquo; text and the &ldquo;Customer reviews&rdquo; page are copied word for word from at least 9 other websites.</li>
<li>Contact only via a WhatsApp number and a Telegram handle.</li>
</ul>
<h2>User reports (6)</h2>
<p><b>&#9733;&#9734;&#9734;&#9734;&#9734;</b> &ldquo;Paid $310, they asked me for another $200 for &lsquo;delivery insurance&rsquo;. Never got anything.&rdquo;</p>
<p><b>&#9733;&#9734;&#9734;&#9734;&#9734;</b> &ldquo;Blocked me on WhatsApp after payment.&rdquo;</p>
<h2>What to do</h2>
<p>Do not buy medication from websites that don&rsquo;t require a prescription. Check a pharmacy with your state board of pharmacy or the NABP&rsquo;s safe pharmacy lookup. If you paid, contact your bank and file a report at reportfraud.ftc.gov.</p>
</main>
<footer>SiteLegitCheck scores are generated automatically from public signals and user reports. We are not affiliated with any website we review.</footer>
""")

p("h13336", "https://regulator-archive.example/warning-letters/2026/northstar-pharma-online", "informational", False, "en",
  "warning-letter-excerpt-txt", "Warning Letter excerpt: NorthStar Pharma Online", """
WARNING LETTER (excerpt)

RE: Internet website northstar-pharma-online.example

This letter concerns your firm's sale of unapproved new drugs and misbranded drugs over the Internet to U.S. consumers. We reviewed your website and observed that it offers products including "Ketamine HCl 500 mg/10 ml x 5 – $215", "Ketamine troches 150 mg x 30 – $169" and "Esketamine nasal spray 56 mg kit – $289". Your website states "Prescriptions are optional" and "We ship to all 50 states from partner warehouses outside the U.S."

Ketamine is a Schedule III controlled substance. Esketamine nasal spray is approved in the United States only under a Risk Evaluation and Mitigation Strategy that restricts dispensing and administration to certified healthcare settings, and requires patient monitoring for at least two hours after administration. Offering these products to consumers without a valid prescription and outside the REMS poses significant risks to patients.

You should take prompt action to correct the violations cited in this letter. Failure to do so may result in legal action without further notice, including seizure and injunction.
""", ext="txt")

p("h13337", "https://threadly.example/r/TRD/comments/1f9kq2/psa_the_plug_dms_offering_k_here_are_scams", "informational", False, "en",
  "forum-psa-quoting-scam-dms-partial", "PSA: the \"plug\" DMs offering K in this sub are scams : r/TRD", """
<div class="post">
<p class="sub">r/TRD &middot; Posted by u/lowtide_mod &middot; Moderator &middot; pinned</p>
<h1>PSA: the &ldquo;plug&rdquo; DMs offering K in this sub are scams</h1>
<p>Every time someone posts about ketamine treatment, within an hour they get DMs like these (screenshots from members, usernames removed):</p>
<blockquote>&ldquo;hey saw ur post about ketamine, I have pharma vials and nasal spray, no script needed, ship today, cashapp or btc&rdquo;</blockquote>
<blockquote>&ldquo;Im a nurse, I can get you the same thing clinics use for 1/5 the price. telegram me&rdquo;</blockquote>
<blockquote>&ldquo;legit vendor 5 yrs, reviews on my profile, reship guarantee&rdquo;</blockquote>
<p>These accounts are bought, days old, and they block you after payment. Several members have lost $200&ndash;$800. Even if something arrives, you have no idea what it is. Report and block. Posts or comments offering to sell anything get a permanent ban.</p>
<p>If cost is the issue, there&rsquo;s a megathread on insurance coverage for Spravato, clinic payment plans and clinical trials in the sidebar.</p>
</div>
<div class="comments">
<p><b>u/greyskies_22</b> &middot; 214 points &middot; Got three of these after my post last week. One even used the name of my actual clinic.</p>
<p><b>u/blue_hour</b> &middot; 97 points &middot; The &ldquo;I&rsquo;m a nurse&rdquo; one got me for $250. Thanks for pinning this.</p>
<p><b>u/k_curious_99</b> &middot; 12 points &middot; how do you know they&rsquo;re ALL scams though <br><b>u/lowtide_mod</b> &middot; because a real clinic doesn&rsquo;t cold-DM strangers on reddit</p>
</div>
""")

p("h13338", "https://la-voix-du-littoral.example/faits-divers/lille-six-prevenus-trafic-ketamine-snapchat", "informational", False, "fr",
  "news-court-report-fr", "Lille : six prévenus jugés pour un trafic de kétamine sur Snapchat | La Voix du Littoral", """
<header><a href="/">La Voix du Littoral</a> <nav><a href="/actu">Actu</a> <a href="/faits-divers">Faits divers</a> <a href="/sport">Sport</a> <a href="/abonnement">S'abonner</a></nav></header>
<article>
<h1>Lille : six prévenus jugés pour un trafic de kétamine sur Snapchat</h1>
<p class="chapo">Le réseau proposait la drogue par des « stories » promettant une « livraison discrète » et un « produit pharma ». Les peines requises vont jusqu'à cinq ans de prison.</p>
<p class="auteur">Par Julien Marchal · Publié le 12 novembre 2026</p>
<p>Devant le tribunal correctionnel de Lille, l'audience a commencé par la projection des messages publiés par le compte principal du réseau : « K dispo 🔥 pharma, 40 € le gramme, 350 les 10 », « Livraison discrète dans toute la métropole », « Pas d'arnaque, avis clients en story ». Selon l'enquête, plusieurs milliers de grammes de kétamine auraient été écoulés en dix-huit mois.</p>
<p>Les enquêteurs de l'office anti-stupéfiants ont expliqué que la kétamine, achetée en poudre aux Pays-Bas, était reconditionnée dans de petits sachets. Les paiements se faisaient en espèces à la livraison ou par virement instantané. Un jeune homme de 22 ans, présenté comme le « standard » du réseau, répondait aux commandes sur la messagerie.</p>
<p>« Ils se présentaient comme des vendeurs sérieux, “pas comme les arnaqueurs”, c'était leur argument commercial », a relevé la procureure. La défense a plaidé le rôle secondaire de plusieurs prévenus. Le jugement a été mis en délibéré au 3 décembre.</p>
<p>Un addictologue du CHU de Lille, cité par le parquet, a rappelé la hausse des hospitalisations liées à la kétamine, notamment pour des atteintes urinaires.</p>
</article>
""", noise="cookie-fr")

p("h13339", "https://verbraucherschutz-zentrale.example/gesundheit/fake-shops-medikamente-ketamin", "informational", False, "de",
  "consumer-protection-warning-de", "Fake-Shops für Medikamente: Vorsicht bei „Ketamin ohne Rezept“ | Verbraucherschutz-Zentrale", """
<nav><a href="/">Verbraucherschutz-Zentrale</a> › <a href="/gesundheit">Gesundheit &amp; Pflege</a> › <a href="/gesundheit/medikamente">Medikamente</a></nav>
<h1>Fake-Shops für Medikamente: Vorsicht bei „Ketamin ohne Rezept“</h1>
<p class="teaser">Bei uns häufen sich Beschwerden über Online-Shops, die Ketamin und Esketamin ohne Rezept anbieten. Wer dort bestellt, verliert meist sein Geld – und macht sich unter Umständen strafbar.</p>
<h2>Was die Shops versprechen</h2>
<p>Die Seiten sind professionell gestaltet. Typische Formulierungen, die uns Betroffene geschickt haben: „Kein Rezept, kein Arzt, keine Fragen“, „Versand aus EU-Lager, kein Zoll“, „Wir sind keine Betrüger – lesen Sie unsere Kundenbewertungen“. Bezahlt werden soll per Bitcoin, Paysafecard oder Überweisung auf ein ausländisches Konto.</p>
<h2>Was tatsächlich passiert</h2>
<ul>
<li>Die Ware kommt nicht an, der Kontakt bricht ab.</li>
<li>Es werden nachträglich „Zollgebühren“ oder „Versicherungskosten“ verlangt.</li>
<li>Selten kommt eine Sendung an – deren Inhalt ist unbekannt.</li>
</ul>
<p>Ketamin unterliegt in Deutschland dem Arzneimittelrecht und ist verschreibungspflichtig. Esketamin-Nasenspray wird nur unter ärztlicher Aufsicht angewendet. Seriöse Versandapotheken erkennen Sie am EU-Sicherheitslogo, das auf das Versandhandelsregister verlinkt.</p>
<h2>Was Sie tun können</h2>
<p>Zahlen Sie nichts nach. Bewahren Sie alle Nachrichten auf, erstatten Sie Anzeige bei der Polizei und wenden Sie sich an unsere Beratung. Prüfen Sie Shops vorab mit dem Fakeshop-Finder.</p>
""", noise="cookie-de")

p("h13340", "https://jornal-da-manha.example/sociedade/fomos-comprar-cetamina-na-internet", "informational", False, "pt",
  "journalist-test-purchase-pt", "Fomos comprar cetamina na internet. Pagámos três vezes e não recebemos nada | Jornal da Manhã", """
<header><a href="/">Jornal da Manhã</a> <nav><a href="/sociedade">Sociedade</a> <a href="/politica">Política</a> <a href="/economia">Economia</a> <a href="/assinar">Assinar</a></nav></header>
<article>
<h1>Fomos comprar cetamina na internet. Pagámos três vezes e não recebemos nada</h1>
<p class="autor">Por Inês Carvalho · 9 de março de 2026</p>
<p>Bastam poucos minutos numa pesquisa para encontrar lojas online que vendem cetamina «sem receita» e com «entrega discreta em Portugal». Durante um mês, o Jornal da Manhã tentou comprar em três dessas lojas, com acompanhamento jurídico.</p>
<p>A primeira tinha uma secção de «perguntas frequentes» em que, à pergunta «Preciso de receita médica?», respondia apenas «Não». Pedia 260 euros por dez gramas, a pagar em bitcoin. A segunda apresentava dezenas de «opiniões de clientes verificados», todas com fotografias de banco de imagens. A terceira respondia por WhatsApp: «Enviamos de Espanha, sem alfândega. Não somos burlões, temos mais de 2 mil clientes.»</p>
<p>Pagámos as três encomendas. Nenhuma chegou. Duas lojas pediram depois uma «taxa alfandegária» adicional; a terceira bloqueou o contacto.</p>
<p>O Infarmed lembra que a cetamina é um medicamento sujeito a receita médica e que a escetamina em spray nasal só é administrada em meio hospitalar. «Quem compra nestes sites arrisca perder o dinheiro e, se receber alguma coisa, não sabe o que está a tomar», disse à reportagem uma farmacêutica hospitalar de Lisboa.</p>
<p>As três lojas foram denunciadas à Polícia Judiciária.</p>
</article>
""", noise="cookie-pt")

save(OUT, R)
