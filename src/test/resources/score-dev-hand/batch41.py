# Batch 41 of the hand-written dev set (a tuning batch): 40 pages, written 2026-12-07 by an
# independent author who had not read the scorer's rules, vocabulary, extractor, the eval sets or any
# measurement; committed before any scorer run.
# Angle: LONG PAGES AND SEO. Sellers whose pages read like health sites: SEO landing pages that end in
# an order box or a "get yours" link, blog posts and buying guides with an affiliate/doorway link to a
# no-prescription shop, product pages padded with encyclopaedia text and study summaries, shop FAQ
# pages, fake "ketamine clinic" sites that ship troches or vials to anyone after a questionnaire, and
# pages whose only evidence sits in a footer, a sidebar widget, a table or the URL. Legitimate long
# pages: telehealth and clinic service pages with prices, insurance and booking, a clinic's own SEO
# blog post, health-library articles, news features quoting dealers and prices, a research summary,
# government fact sheets, a rehab page and a review/comparison site of licensed providers.
# Five mostly-navigation pages (menus, footers, category links, little prose): two sellers, one
# telehealth, one clinic, one informational.
# Mix: 14 sellers (flagged), 9 telehealth, 8 clinics, 9 informational; 24 English and 16 in
# es/de/fr/nl/pt/it (es 3, de 3, fr 3, nl 2, pt 3, it 2). All full HTML pages of roughly 2-10 KB.
# Author: independent. Date: 2026-12-07.
# Committed before any scorer run.
# Run: python3 batch41.py (writes batch41/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch41")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h4101", "https://mindwellguide.example/ketamine-for-depression-everything-you-need-to-know/", "seller", True, "en",
  "seo-landing-order-box", "Ketamine for Depression: Everything You Need to Know (2026 Guide) | MindWell Guide", """
<header class="site-header"><a class="logo" href="/">MindWell<span>Guide</span></a>
<nav><a href="/depression/">Depression</a> <a href="/anxiety/">Anxiety</a> <a href="/ptsd/">PTSD</a> <a href="/treatments/">Treatments</a> <a href="/shop/">Shop</a> <a href="/about/">About</a></nav>
<form role="search"><input type="search" placeholder="Search guides..."></form></header>
<main>
<p class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/treatments/">Treatments</a> &rsaquo; Ketamine</p>
<article>
<h1>Ketamine for Depression: Everything You Need to Know (2026 Guide)</h1>
<p class="meta">By Daniel Reyes &middot; Updated November 28, 2026 &middot; 14 min read</p>
<div class="toc"><b>Contents</b><ol><li><a href="#what">What is ketamine?</a></li><li><a href="#how">How does it work on depression?</a></li><li><a href="#evidence">What the studies say</a></li><li><a href="#forms">Forms: infusion, spray, troches, injection</a></li><li><a href="#side">Side effects and risks</a></li><li><a href="#faq">FAQ</a></li><li><a href="#order">Where to get it</a></li></ol></div>
<h2 id="what">What is ketamine?</h2>
<p>Ketamine is a dissociative anaesthetic first synthesised in 1962 and approved for surgical use in 1970. For decades it was known mostly in operating rooms, battlefield medicine and veterinary practice. Over the last twenty years, however, researchers noticed something unexpected: at doses far below those used for anaesthesia, ketamine could lift depressive symptoms within hours, even in people who had not responded to two, three or more conventional antidepressants.</p>
<p>Today ketamine is one of the most talked-about treatments in mental health. A related molecule, esketamine, is sold as a nasal spray under the brand name Spravato, and thousands of people use racemic ketamine in infusions, lozenges and nasal sprays.</p>
<h2 id="how">How does it work on depression?</h2>
<p>Most antidepressants act on serotonin or noradrenaline and take four to eight weeks to help, if they help at all. Ketamine works on a different system: it blocks NMDA receptors for the neurotransmitter glutamate. This blockade triggers a short burst of glutamate activity, which in turn activates AMPA receptors and releases brain-derived neurotrophic factor (BDNF). The result, in animal studies, is rapid growth of new synaptic connections in the prefrontal cortex, an area that tends to shrink under chronic stress.</p>
<p>In simple terms: ketamine seems to help the brain rebuild connections that depression has worn down. That is why some people describe feeling "lighter" the day after a dose.</p>
<h2 id="evidence">What the studies say</h2>
<ul>
<li><b>2000, Berman et al.</b> &ndash; the first small controlled trial showed improvement within 72 hours of a single infusion.</li>
<li><b>2006, Zarate et al.</b> &ndash; in treatment-resistant patients, 71% responded within 24 hours.</li>
<li><b>2019</b> &ndash; the FDA approved esketamine nasal spray for treatment-resistant depression.</li>
<li><b>2023, Anand et al.</b> &ndash; ketamine was non-inferior to electroconvulsive therapy for non-psychotic treatment-resistant depression.</li>
</ul>
<p>Effects from a single dose typically fade after one to two weeks, which is why most protocols use a series of doses followed by maintenance.</p>
<h2 id="forms">Forms: infusion, spray, troches, injection</h2>
<p><b>IV infusion</b> gives 100% bioavailability but requires a clinic visit and costs $400&ndash;$800 per session. <b>Nasal spray</b> is convenient and absorbs quickly (around 45%). <b>Troches / lozenges</b> dissolve under the tongue (20&ndash;30%). <b>Intramuscular injection</b> is fast and reliable (around 93%) and is what many experienced users prefer at home.</p>
<h2 id="side">Side effects and risks</h2>
<p>Common effects include dissociation, dizziness, nausea, raised blood pressure and blurred vision, usually settling within two hours. Frequent heavy use has been linked to bladder problems. People with uncontrolled hypertension, psychosis or a history of substance misuse should be careful. Never combine ketamine with alcohol or benzodiazepines.</p>
<h2 id="faq">FAQ</h2>
<p><b>Is ketamine addictive?</b> It has some potential for misuse, but at therapeutic doses and with breaks between doses the risk is considered low.</p>
<p><b>How much does treatment cost?</b> Clinic programmes run $2,500&ndash;$5,000 for an induction series. Ordering directly is far cheaper (see below).</p>
<p><b>Do I need a doctor?</b> Many of our readers are tired of waiting lists and gatekeeping. You can start today with our trusted supplier.</p>
<p><b>How long do the effects last?</b> The acute experience lasts 45&ndash;90 minutes depending on the route. The mood benefit, when it comes, typically lasts from several days to two weeks after a single dose and longer after a series.</p>
<p><b>Can I keep taking my antidepressant?</b> Most people do. Lamotrigine and high-dose benzodiazepines may reduce the effect.</p>
<h2 id="compare">Ketamine vs. SSRIs at a glance</h2>
<table><thead><tr><th></th><th>SSRIs</th><th>Ketamine</th></tr></thead>
<tbody><tr><td>Main target</td><td>Serotonin transporter</td><td>NMDA (glutamate) receptor</td></tr>
<tr><td>Time to effect</td><td>4&ndash;8 weeks</td><td>Hours to days</td></tr>
<tr><td>Dosing</td><td>Daily pill</td><td>Sessions 1&ndash;2 times per week, then less often</td></tr>
<tr><td>Common side effects</td><td>Nausea, sexual dysfunction, weight change</td><td>Dissociation, dizziness, raised blood pressure</td></tr>
<tr><td>Works in treatment-resistant depression?</td><td>Less likely after 2 failures</td><td>About half of patients respond</td></tr></tbody></table>
<h2 id="candidate">Who is a good candidate?</h2>
<p>Research participants were usually adults with major depression who had not improved after at least two antidepressants. People with bipolar depression have also been studied. Ketamine appears to work particularly well on suicidal thoughts in the short term, which is one reason emergency departments have explored it.</p>
<h2 id="stories">Real stories</h2>
<blockquote>"I had been on six different medications since college. After my second dose I woke up and actually wanted to make breakfast." &ndash; Claire, 34</blockquote>
<blockquote>"It is not a magic bullet, but it gave me enough space to start therapy properly." &ndash; Ben, 41</blockquote>
<h2 id="setting">Set and setting</h2>
<p>Whatever form you use, the environment matters. Choose a quiet room, dim the lights, use an eye mask and calm music, and have someone you trust nearby. Many people write down an intention beforehand and journal afterwards; the days following a session are when new habits are easiest to start.</p>
</article>
<section id="order" class="order-box">
<h2>Get Yours Today</h2>
<div class="product"><img src="/img/ketamine-vial-10ml.jpg" alt="Ketamine hydrochloride 50mg/ml 10ml vial">
<h3>Ketamine Hydrochloride Injection 50&nbsp;mg/ml &ndash; 10&nbsp;ml vial</h3>
<table><tr><td>1 vial</td><td>$89</td></tr><tr><td>3 vials</td><td>$240</td></tr><tr><td>5 vials</td><td>$390 <b>best value</b></td></tr></table>
<label>Quantity <select><option>1</option><option>3</option><option>5</option></select></label>
<button class="add-to-cart">Add to cart</button>
<ul class="badges"><li>No prescription required</li><li>Discreet packaging, worldwide shipping</li><li>Pay with Bitcoin, USDT or Zelle &ndash; 10% off crypto orders</li><li>Free reship if seized</li></ul></div>
</section>
</main>
<aside><h3>Popular guides</h3><ul><li><a href="/treatments/psilocybin/">Psilocybin and depression</a></li><li><a href="/treatments/ssri-vs-ketamine/">SSRIs vs ketamine</a></li><li><a href="/anxiety/natural/">Natural anxiety relief</a></li></ul></aside>
<footer><p>&copy; 2026 MindWell Guide. Content is for informational purposes only.</p><nav><a href="/privacy/">Privacy</a> <a href="/terms/">Terms</a> <a href="/contact/">Contact</a></nav></footer>
""", noise="cookie")

p("h4102", "https://thecalmreview.example/blog/where-to-buy-ketamine-online-safely/", "seller", True, "en",
  "affiliate-blog-doorway", "Where to Buy Ketamine Online Safely in 2026 (Honest Review) - The Calm Review", """
<header><div class="brand"><a href="/">The Calm Review</a><small>Honest reviews for a calmer life</small></div>
<nav><ul><li><a href="/sleep/">Sleep</a></li><li><a href="/supplements/">Supplements</a></li><li><a href="/cbd/">CBD</a></li><li><a href="/psychedelics/">Psychedelics</a></li><li><a href="/blog/">Blog</a></li></ul></nav></header>
<main>
<article class="post">
<h1>Where to Buy Ketamine Online Safely in 2026 (Honest Review)</h1>
<p class="byline">Written by Megan Holt &middot; Published October 2, 2026 &middot; 9 comments</p>
<p class="disclosure"><i>Disclosure: Some links in this article are affiliate links. If you buy through them we may earn a commission at no extra cost to you.</i></p>
<p>If you have struggled with depression for years, you have probably heard the buzz about ketamine. Friends rave about it, podcasts talk about it, and the research looks genuinely promising. But when I tried to get it the "official" way, I ran into a wall: a three-month waiting list at the nearest infusion clinic, a $700 price tag per session, and an insurance company that laughed at my claim.</p>
<p>So I did what a lot of people quietly do. I started researching where to buy ketamine online. I spent six weeks ordering from different websites, testing what arrived with reagent kits, and timing the delivery. Here is what I learned.</p>
<h2>What to look for in an online ketamine source</h2>
<ol>
<li><b>Pharmaceutical grade.</b> Look for sealed vials from a recognised manufacturer, not unmarked powder.</li>
<li><b>Transparent pricing.</b> Avoid sites that make you "message for price".</li>
<li><b>Shipping that actually arrives.</b> Tracking and a reship policy are essential.</li>
<li><b>Payment options.</b> Crypto is normal in this space, but good vendors also take other methods.</li>
<li><b>Customer service.</b> You want someone who answers within a day.</li>
</ol>
<h2>The sites I tested</h2>
<h3>1. KetaDirect &ndash; our top pick &#9733;&#9733;&#9733;&#9733;&#9733;</h3>
<p>KetaDirect was the clear winner. I ordered two 10 ml vials on a Monday and they arrived Thursday in a plain envelope with no mention of the contents. Both vials tested positive for ketamine with a Mandelin reagent. There is no doctor visit and no prescription needed: you just pick your product, pay, and receive a tracking number within 24 hours. They accept Bitcoin, Litecoin and Cash App.</p>
<p><a class="btn" href="https://ketadirect.example/?ref=calmreview" rel="sponsored nofollow">Visit KetaDirect &rarr;</a> Use code <b>CALM10</b> for 10% off your first order.</p>
<h3>2. GreenLeaf Meds &ndash; good but slow &#9733;&#9733;&#9733;&#9733;</h3>
<p>Solid product, but my parcel took 19 days from overseas. They do offer free reshipping if customs holds the package.</p>
<p><a class="btn" href="https://greenleafmeds.example/ketamine?aff=calm" rel="sponsored nofollow">Check prices at GreenLeaf</a></p>
<h3>3. VetPharma Store &ndash; veterinary vials &#9733;&#9733;&#9733;</h3>
<p>Sells the veterinary version (Ketaset) at a lower price. Same molecule, but the labels can be confusing.</p>
<h3>Avoid: "PharmaKing" and "DrugBazaar"</h3>
<p>Both took my money and never shipped. Classic exit scams.</p>
<h2>Comparison table</h2>
<table><thead><tr><th>Vendor</th><th>Price / 10 ml</th><th>Delivery (US)</th><th>Prescription</th><th>Rating</th></tr></thead>
<tbody><tr><td>KetaDirect</td><td>$95</td><td>3&ndash;5 days</td><td>Not needed</td><td>4.9</td></tr>
<tr><td>GreenLeaf Meds</td><td>$80</td><td>2&ndash;3 weeks</td><td>Not needed</td><td>4.2</td></tr>
<tr><td>VetPharma Store</td><td>$70</td><td>1&ndash;2 weeks</td><td>Not needed</td><td>3.6</td></tr></tbody></table>
<h2>Is it legal?</h2>
<p>Ketamine is a Schedule III substance in the US. Laws differ by country, and I am not a lawyer. Most buyers I spoke to order small personal quantities and have never had a problem. Do your own research.</p>
<h2>Final verdict</h2>
<p>If you want a reliable, affordable way to try ketamine without the clinic runaround, <a href="https://ketadirect.example/?ref=calmreview" rel="sponsored">KetaDirect</a> is where I would start.</p>
</article>
<section class="comments"><h3>9 comments</h3>
<div class="comment"><b>Jess</b> &ndash; Ordered from KetaDirect after reading this, got it in 4 days. Thanks!</div>
<div class="comment"><b>Rob T.</b> &ndash; Does the CALM10 code stack with the crypto discount?</div>
<div class="comment"><b>Megan Holt</b> (author) &ndash; @Rob yes, it stacks!</div></section>
</main>
<footer><p>The Calm Review is reader-supported. &copy; 2026</p><p><a href="/affiliate-disclosure/">Affiliate disclosure</a> &middot; <a href="/privacy/">Privacy</a></p></footer>
""", noise="cookie")

p("h4103", "https://esketaminestore.example/product/esketamine-nasal-spray-28mg-3-pack/", "seller", True, "en",
  "product-page-study-padding", "Esketamine Nasal Spray 28 mg (3-Pack) - EsketamineStore", """
<header><a href="/" class="logo">EsketamineStore</a><nav><a href="/shop/">Shop</a> <a href="/shop/nasal-sprays/">Nasal sprays</a> <a href="/shop/injectables/">Injectables</a> <a href="/research/">Research</a> <a href="/faq/">FAQ</a> <a href="/cart/">Cart (0)</a></nav></header>
<main class="product">
<p class="crumbs">Home / Nasal sprays / Esketamine Nasal Spray 28 mg (3-Pack)</p>
<div class="gallery"><img src="/wp-content/uploads/esk-28-3pack.jpg" alt="Esketamine nasal spray devices"></div>
<div class="summary">
<h1>Esketamine Nasal Spray 28 mg (3-Pack)</h1>
<p class="price"><del>$449.00</del> <ins>$349.00</ins></p>
<p>Three single-use nasal devices, each delivering 28 mg of esketamine (two sprays). Same active ingredient as the branded product.</p>
<form class="cart"><input type="number" value="1" min="1"> <button type="submit" name="add-to-cart" value="4412">Add to cart</button></form>
<p class="stock">In stock &ndash; ships within 24 hours</p>
<p class="notice">No prescription needed. Complete our short health form at checkout.</p>
<p>SKU: ESK-28-3 &middot; Category: Nasal sprays &middot; Tags: depression, esketamine, TRD</p>
</div>
<div class="tabs"><a href="#desc">Description</a> <a href="#pharm">Pharmacology</a> <a href="#studies">Clinical studies</a> <a href="#reviews">Reviews (38)</a></div>
<section id="desc"><h2>Description</h2>
<p>Esketamine is the S-enantiomer of racemic ketamine. It has roughly twice the affinity of the R-form for the NMDA receptor, which means a lower dose produces comparable effects. It was approved in the United States in March 2019 and in the European Union in December 2019 for treatment-resistant depression in adults, in combination with an oral antidepressant, and later for depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behaviour.</p>
<p>Each device contains 28 mg of esketamine as hydrochloride in an aqueous solution. One device is used for one session; typical protocols use 56 mg (two devices) or 84 mg (three devices).</p></section>
<section id="pharm"><h2>Pharmacology</h2>
<p><b>Mechanism:</b> non-competitive NMDA receptor antagonist. <b>Bioavailability (nasal):</b> approximately 48%. <b>Tmax:</b> 20&ndash;40 minutes after the last spray. <b>Metabolism:</b> mainly CYP2B6 and CYP3A4 to noresketamine. <b>Half-life:</b> 7&ndash;12 hours. <b>Excretion:</b> renal, under 1% unchanged.</p>
<p>Blood pressure typically peaks about 40 minutes after dosing and returns to baseline within 1&ndash;2 hours. Sedation and dissociation usually resolve the same day.</p></section>
<section id="studies"><h2>Clinical studies summary</h2>
<h3>TRANSFORM-2 (2019)</h3>
<p>A 4-week, randomised, double-blind study in 223 adults with treatment-resistant depression. Esketamine plus a newly started oral antidepressant reduced MADRS scores by 4.0 points more than placebo spray plus antidepressant. Onset was seen as early as day 2 in some patients.</p>
<h3>SUSTAIN-1 (2019)</h3>
<p>A relapse-prevention study. Among patients who achieved stable remission, continuing esketamine lowered the risk of relapse by 51% compared with switching to placebo.</p>
<h3>ASPIRE I and II (2020)</h3>
<p>In adults with suicidal ideation, esketamine produced a greater reduction in depressive symptoms at 24 hours than placebo, although the difference in suicidality scores was not statistically significant.</p>
<h3>ESCAPE-TRD (2023)</h3>
<p>Compared with quetiapine extended release, more patients on esketamine reached remission at week 8 (27.1% vs 17.6%).</p></section>
<section id="reviews"><h2>Reviews (38)</h2>
<div class="review">&#9733;&#9733;&#9733;&#9733;&#9733; <b>Karen W.</b> &ndash; "After 11 antidepressants this is the first thing that worked. Arrived in plain packaging in 5 days."</div>
<div class="review">&#9733;&#9733;&#9733;&#9733;&#9734; <b>Tom</b> &ndash; "Works well, the form at checkout took 2 minutes. Paid with BTC for the discount."</div>
<div class="review">&#9733;&#9733;&#9733;&#9733;&#9733; <b>anon</b> &ndash; "Way cheaper than sitting in a clinic twice a week."</div></section>
<section class="related"><h2>Related products</h2><ul><li><a href="/product/esketamine-nasal-spray-28mg-single/">Esketamine 28 mg single device &ndash; $129</a></li><li><a href="/product/ketamine-hcl-10ml-vial/">Ketamine HCl 50 mg/ml 10 ml &ndash; $85</a></li></ul></section>
</main>
<footer><p>We ship to the US, Canada, UK, EU and Australia. Payment: Visa/Mastercard (via our processor), Bitcoin, Ethereum, USDT.</p><p>&copy; 2026 EsketamineStore &middot; <a href="/shipping/">Shipping</a> &middot; <a href="/refund-policy/">Refunds</a></p></footer>
""")

p("h4104", "https://kstarpharmacy.example/faq/", "seller", True, "en",
  "shop-faq-long", "Frequently Asked Questions - K-Star Pharmacy", """
<header><a href="/" class="logo">K-Star Pharmacy</a><nav><a href="/">Home</a> <a href="/shop/">Products</a> <a href="/faq/" class="active">FAQ</a> <a href="/track/">Track order</a> <a href="/contact/">Contact</a></nav>
<div class="topbar">Free express shipping on orders over $300 &middot; 15% off with crypto</div></header>
<main>
<h1>Frequently Asked Questions</h1>
<p>Below are answers to the questions our customers ask most often. If you cannot find what you need, reach our support team on Telegram (@kstar_support) or Wickr (kstarpharm) &ndash; we reply within 12 hours, 7 days a week.</p>
<h2>Ordering</h2>
<h3>How do I place an order?</h3>
<p>Add the products you want to your cart, enter your shipping details and choose a payment method. You will receive an order number by email. Once payment is confirmed, your order is packed the same or next business day.</p>
<h3>Do I need a prescription?</h3>
<p>No. We do not require a prescription for any product in our store. Our pharmacist reviews the short medical form you fill out at checkout to make sure the product is right for you. We have never rejected an order for a customer over 18.</p>
<h3>Is there a minimum order?</h3>
<p>The minimum order is $100. Bulk discounts start at 5 vials or 10 grams.</p>
<h3>Are your products genuine?</h3>
<p>All ketamine vials are sealed, pharmaceutical grade (Rotexmedica, Ketalar and Hikma when available). Our crystal is tested for purity at 99%+. Lab reports are available on request.</p>
<h2>Payment</h2>
<h3>Which payment methods do you accept?</h3>
<p>Bitcoin (BTC), Ethereum (ETH), Tether (USDT TRC-20), Litecoin, Zelle, and Amazon or Apple gift cards. Card payments are not available because banks block pharmacy transactions.</p>
<h3>Why crypto?</h3>
<p>Crypto protects your privacy and ours. Orders paid in crypto receive a 15% discount. If you are new to crypto, our guide <a href="/how-to-buy-bitcoin/">How to buy Bitcoin in 10 minutes</a> walks you through it step by step.</p>
<h3>How do gift card payments work?</h3>
<p>Buy the gift card at any store, scratch the code and send a clear photo of the card and receipt to our support chat. Gift card orders carry a 20% processing fee.</p>
<h2>Shipping</h2>
<h3>How is my order packed?</h3>
<p>Stealth packaging is standard. Vials are wrapped in bubble foil, vacuum sealed and placed inside an ordinary item (for example a phone case box or a cosmetics pack). The outside of the parcel has no reference to our store or the contents.</p>
<h3>How long does delivery take?</h3>
<table><tr><th>Destination</th><th>Domestic warehouse</th><th>International</th></tr>
<tr><td>USA</td><td>2&ndash;4 business days</td><td>&ndash;</td></tr>
<tr><td>Canada</td><td>&ndash;</td><td>7&ndash;12 days</td></tr>
<tr><td>UK / EU</td><td>4&ndash;6 days (EU stock)</td><td>8&ndash;14 days</td></tr>
<tr><td>Australia</td><td>&ndash;</td><td>10&ndash;18 days</td></tr></table>
<h3>What if my package is seized by customs?</h3>
<p>We offer a 100% reship guarantee. If your package is seized or lost, send us the tracking page or the customs letter and we will reship free of charge, once per order. Never sign or return a customs letter; simply ignore it.</p>
<h3>Can I ship to a PO box or a different name?</h3>
<p>Yes. Many customers use a drop address or a different name. Just make sure someone can receive the parcel.</p>
<h2>Using your products</h2>
<h3>How should I dose?</h3>
<p>We include a dosing card with every order. For injectable ketamine most customers start low (25&ndash;50 mg IM) and adjust. For nasal spray, one spray of our 100 mg/ml solution is about 10 mg. Always use a trip sitter the first time.</p>
<h3>How should I store vials?</h3>
<p>Keep at room temperature away from light. Once opened, use within 28 days.</p>
<h2>Returns</h2>
<p>For safety reasons we cannot accept returns of medicines. If you receive a damaged product, contact us within 48 hours with photos.</p>
</main>
<footer><p>K-Star Pharmacy &middot; Serving customers worldwide since 2019 &middot; <a href="/privacy/">Privacy</a> &middot; <a href="/terms/">Terms</a></p></footer>
""")

p("h4105", "https://renewketamineclinic.example/at-home-program/", "seller", True, "en",
  "fake-clinic-questionnaire", "At-Home Ketamine Program | Renew Ketamine Clinic", """
<header class="nav"><a href="/" class="logo">Renew <b>Ketamine Clinic</b></a>
<nav><a href="/about/">About the clinic</a> <a href="/at-home-program/">At-Home Program</a> <a href="/science/">The Science</a> <a href="/pricing/">Pricing</a> <a href="/faq/">FAQ</a> <a class="cta" href="/start/">Start Questionnaire</a></nav></header>
<main>
<section class="hero"><h1>Ketamine Therapy, Delivered to Your Door</h1>
<p>Skip the clinic visits. Renew ships physician-grade ketamine troches and injectable vials directly to patients in all 50 states and over 30 countries.</p>
<a class="btn" href="/start/">Take the 2-minute questionnaire</a>
<p class="small">98% of applicants approved instantly &middot; No video visit &middot; No waiting list</p></section>
<section><h2>Why patients choose Renew</h2>
<ul><li><b>Fast.</b> Complete our online questionnaire and receive your approval on screen in seconds.</li>
<li><b>Private.</b> No insurance, no records sent to your doctor, plain unmarked packaging.</li>
<li><b>Affordable.</b> A fraction of the cost of in-clinic infusions.</li>
<li><b>Flexible.</b> Choose troches, nasal spray or injectable vials &ndash; whatever suits you.</li></ul></section>
<section><h2>How it works</h2>
<ol><li><b>Answer 8 simple questions</b> about your mood, sleep and medical history.</li>
<li><b>Get approved instantly.</b> Our automated medical review checks your answers. There is no call or video appointment to schedule.</li>
<li><b>Choose your package</b> and pay securely by card, Bitcoin or Zelle.</li>
<li><b>Receive your medication</b> in 3&ndash;5 days with a dosing guide.</li></ol></section>
<section><h2>The science behind ketamine</h2>
<p>Ketamine acts on the glutamate system, blocking NMDA receptors and promoting neuroplasticity. Studies since 2000 have reported rapid reductions in depressive symptoms, often within 24 hours, among patients who did not respond to standard antidepressants. Esketamine nasal spray received FDA approval in 2019, and IV ketamine is offered at hundreds of clinics across the country.</p>
<p>At-home treatment brings these benefits into your own living room. Many of our patients say the calm of home makes the experience more meaningful than a clinical setting.</p></section>
<section class="pricing"><h2>Packages</h2>
<table><tr><th>Package</th><th>Contents</th><th>Price</th></tr>
<tr><td>Starter</td><td>12 troches, 150 mg</td><td>$199</td></tr>
<tr><td>Standard</td><td>24 troches, 200 mg</td><td>$349</td></tr>
<tr><td>Advanced</td><td>2 x 10 ml vials 50 mg/ml + syringes</td><td>$299</td></tr>
<tr><td>Maintenance</td><td>Monthly refill, auto-shipped</td><td>$179 / month</td></tr></table>
<p>Refills ship automatically every 30 days. Cancel anytime.</p></section>
<section class="testimonials"><h2>What our patients say</h2>
<blockquote>"I filled in the form on my lunch break and had my troches by Friday." &ndash; Ashley, Ohio</blockquote>
<blockquote>"Ordered vials for me and my partner under one account. Super easy." &ndash; Mark, UK</blockquote></section>
<section><h2>Questions?</h2><p>Message our care team on WhatsApp at +1 (555) 013-0472, 24/7.</p></section>
</main>
<footer><p>Renew Ketamine Clinic &middot; Physician-reviewed programs &middot; &copy; 2026</p><p>Results may vary. These statements have not been evaluated by the FDA.</p></footer>
""", noise="cookie")

p("h4106", "https://neuroharmony.example/ketamine-and-ptsd/", "seller", True, "en",
  "health-article-footer-evidence", "Ketamine and PTSD: What Recent Research Shows | NeuroHarmony", """
<header><a class="logo" href="/">NeuroHarmony</a><nav><a href="/conditions/">Conditions</a> <a href="/research/">Research</a> <a href="/wellbeing/">Wellbeing</a> <a href="/newsletter/">Newsletter</a></nav></header>
<main>
<article>
<h1>Ketamine and PTSD: What Recent Research Shows</h1>
<p class="meta">Research roundup &middot; 11 min read</p>
<p>Post-traumatic stress disorder affects roughly 6% of adults at some point in life, and first-line treatments &ndash; trauma-focused psychotherapy and SSRIs such as sertraline and paroxetine &ndash; leave many people with persistent symptoms. About a third of patients do not respond adequately. That gap has driven interest in fast-acting agents, and ketamine has become one of the most studied.</p>
<h2>Why ketamine might help</h2>
<p>PTSD is, in part, a disorder of memory and fear extinction. The brain keeps treating a past threat as present. Glutamate signalling plays a central role in how fear memories are formed and updated. By blocking NMDA receptors and triggering downstream synaptogenesis, ketamine may open a window in which old associations can be revised more easily. Some researchers describe this as a period of enhanced plasticity, which is why several trials pair ketamine with psychotherapy.</p>
<h2>Key studies</h2>
<h3>Feder et al., 2014</h3>
<p>In a randomised crossover trial of 41 patients with chronic PTSD, a single infusion of 0.5 mg/kg ketamine reduced symptom severity 24 hours later significantly more than midazolam. The effect was still visible in some participants two weeks later.</p>
<h3>Feder et al., 2021</h3>
<p>Thirty patients received six infusions of ketamine or midazolam over two weeks. 67% of the ketamine group responded, compared with 20% of the midazolam group. Median time to loss of response was 27.5 days.</p>
<h3>Abdallah et al., 2022</h3>
<p>A larger multi-site study in veterans found no clear benefit of repeated ketamine over placebo at the lower dose, while the higher dose showed a trend that did not reach significance. The authors suggested that the population and comorbidities matter a great deal.</p>
<h3>Ketamine-assisted psychotherapy</h3>
<p>Small open-label studies combining ketamine with prolonged exposure or written exposure therapy have reported encouraging results, but controlled data are still limited.</p>
<h2>Safety considerations</h2>
<p>Dissociation is common during treatment and, for people with trauma histories, can occasionally be distressing. Blood pressure and heart rate rise transiently. Long-term safety of repeated dosing is not fully known, and misuse potential is a concern, particularly in people with co-occurring substance use disorders, which are frequent in PTSD.</p>
<h2>How ketamine compares with other PTSD treatments</h2>
<table><thead><tr><th>Treatment</th><th>Evidence base</th><th>Time to benefit</th><th>Main drawbacks</th></tr></thead>
<tbody><tr><td>Prolonged exposure / CPT</td><td>Strong, many RCTs</td><td>8&ndash;16 weeks</td><td>Drop-out, emotionally demanding</td></tr>
<tr><td>Sertraline / paroxetine</td><td>Moderate</td><td>6&ndash;12 weeks</td><td>Side effects, partial response</td></tr>
<tr><td>Prazosin (nightmares)</td><td>Mixed</td><td>Weeks</td><td>Low blood pressure</td></tr>
<tr><td>Ketamine (IV)</td><td>Small RCTs, mixed</td><td>Hours to days</td><td>Short duration, dissociation, misuse potential</td></tr></tbody></table>
<h2>What a research protocol looks like</h2>
<p>In the trials summarised here, participants were screened by psychiatrists, had physical examinations and laboratory tests, and were excluded if they had psychotic disorders, recent substance use disorders or unstable medical conditions. Infusions took place in hospital research units with continuous monitoring, and a clinician assessed participants before they went home. Follow-up visits used structured interviews such as the CAPS-5.</p>
<h2>Questions people ask</h2>
<p><b>Does ketamine erase traumatic memories?</b> No. The hypothesis is that it may make it easier to process and update them, not remove them.</p>
<p><b>Is esketamine approved for PTSD?</b> No. Esketamine nasal spray is approved for certain forms of depression only. Trials in PTSD are ongoing.</p>
<p><b>How long do benefits last?</b> In most studies, benefits faded within days to weeks without repeated treatment.</p>
<h2>Glossary</h2>
<dl><dt>NMDA receptor</dt><dd>A glutamate receptor involved in learning and memory; ketamine blocks it.</dd>
<dt>Fear extinction</dt><dd>The learning process by which a conditioned fear response weakens.</dd>
<dt>Midazolam control</dt><dd>A sedative used as an "active placebo" so that participants cannot easily tell which drug they received.</dd></dl>
<h2>The bottom line</h2>
<p>Evidence that ketamine can reduce PTSD symptoms in the short term is growing, but results are mixed and durability is uncertain. Anyone considering it should understand that research protocols use careful screening, monitoring and psychological support.</p>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
</article>
<section class="more"><h2>More from NeuroHarmony</h2><ul><li><a href="/research/ketamine-ocd/">Ketamine and OCD</a></li><li><a href="/research/mdma-therapy-update/">MDMA-assisted therapy: 2026 update</a></li><li><a href="/wellbeing/sleep-and-trauma/">Sleep after trauma</a></li></ul></section>
</main>
<footer class="site-footer">
<div class="cols"><div><h4>NeuroHarmony</h4><p>Independent research summaries since 2021.</p></div>
<div><h4>NeuroHarmony Supply</h4><p>Pharmaceutical ketamine HCl vials and crystal shipped worldwide, no prescription required. Orders and price list via WhatsApp +44 7700 900 318. BTC / USDT accepted. Discreet delivery guaranteed.</p></div>
<div><h4>Links</h4><p><a href="/about/">About</a> &middot; <a href="/privacy/">Privacy</a> &middot; <a href="/contact/">Contact</a></p></div></div>
<p>&copy; 2026 NeuroHarmony</p></footer>
""")

p("h4107", "https://depressionanswers.example/articles/ketamine-for-anxiety-and-microdosing/", "seller", True, "en",
  "article-sidebar-widget", "Ketamine for Anxiety and Microdosing: A Practical Overview - Depression Answers", """
<header><a href="/" class="logo">Depression<b>Answers</b></a>
<nav><a href="/articles/">Articles</a> <a href="/treatments/">Treatments</a> <a href="/stories/">Personal stories</a> <a href="/glossary/">Glossary</a></nav></header>
<div class="layout">
<main>
<article>
<h1>Ketamine for Anxiety and Microdosing: A Practical Overview</h1>
<p class="meta">Reading time: 8 minutes</p>
<p>Anxiety disorders are the most common mental health conditions worldwide. Generalised anxiety disorder, social anxiety and panic disorder together affect hundreds of millions of people, and while SSRIs, SNRIs and cognitive behavioural therapy help many, a significant minority keep struggling. Ketamine, already studied extensively for depression, is now being tested for anxiety too.</p>
<h2>What the research says</h2>
<p>A 2017 open-label study by Glue and colleagues gave escalating doses of ketamine by injection to patients with treatment-refractory generalised and social anxiety. Most reported reduced anxiety within an hour, and the effect lasted up to a week in several participants. A later randomised trial from the same group, using weekly doses over 14 weeks, found higher relapse-free rates in the ketamine group than in the placebo group.</p>
<p>For social anxiety disorder specifically, a 2018 trial at Yale found that a single infusion produced a larger drop in anxiety scores than placebo, although the effect was modest on some measures.</p>
<h2>What is microdosing?</h2>
<p>"Microdosing" refers to taking sub-perceptual amounts of a substance &ndash; enough to have an effect on mood or focus, but not enough to cause the dissociation associated with larger doses. With ketamine, people typically talk about doses of 5&ndash;20 mg taken sublingually or nasally. Unlike psilocybin microdosing, the half-life of ketamine is short, so effects last a few hours at most.</p>
<p>There is very little controlled research on ketamine microdosing. Most of what exists comes from user reports and surveys, which are prone to placebo effects and selection bias.</p>
<h2>Risks to keep in mind</h2>
<ul><li>Tolerance builds quickly with frequent use.</li>
<li>Daily or near-daily use has been associated with urinary tract damage (ketamine cystitis).</li>
<li>Combining ketamine with alcohol, opioids or benzodiazepines increases the risk of breathing problems.</li>
<li>Dissociation can be frightening for people with panic disorder.</li></ul>
<h2>Practical tips people share</h2>
<p>Those who microdose generally recommend starting with the smallest possible amount, keeping a mood journal, taking regular breaks (for example, no more than two days a week), and never driving after a dose.</p>
<p class="note">This article is for education and does not replace medical advice.</p>
</article>
</main>
<aside class="sidebar">
<div class="widget newsletter"><h3>Get our weekly digest</h3><form><input type="email" placeholder="Your email"><button>Subscribe</button></form></div>
<div class="widget shop"><h3>In stock today</h3>
<img src="/img/widget-nasal.png" alt="nasal spray bottle">
<p><b>Ketamine nasal spray 10 ml (100 mg/ml)</b><br>$140 &ndash; 2 for $250</p>
<p>Pharma-grade, no script needed. Worldwide stealth delivery.</p>
<p>Order on Telegram: <a href="https://t.me/ketaroom_shop">@ketaroom_shop</a></p></div>
<div class="widget popular"><h3>Most read</h3><ol><li><a href="/articles/ssri-withdrawal/">SSRI withdrawal explained</a></li><li><a href="/articles/ketamine-vs-ect/">Ketamine vs ECT</a></li><li><a href="/articles/lithium-low-dose/">Low-dose lithium</a></li></ol></div>
</aside>
</div>
<footer><p>&copy; 2026 Depression Answers &middot; <a href="/privacy/">Privacy</a> &middot; <a href="/advertise/">Advertise</a></p></footer>
""", noise="cookie")

p("h4108", "https://ketamineformsexplained.example/", "seller", True, "en",
  "guide-evidence-in-table", "Ketamine Routes of Administration Explained: IV, IM, Nasal, Oral", """
<header><a href="/" class="logo">Ketamine Forms Explained</a><nav><a href="/">Guide</a> <a href="/dosing/">Dosing</a> <a href="/safety/">Safety</a> <a href="/order/">Order</a></nav></header>
<main>
<h1>Ketamine Routes of Administration Explained</h1>
<p>Ketamine can be given in several ways, and the route matters. It changes how fast the effect begins, how much of the drug reaches the bloodstream (bioavailability), how long it lasts and how predictable it is. This guide walks through the main routes and what is known about each.</p>
<h2>Intravenous (IV)</h2>
<p>IV infusion is the route used in most depression research. A typical protocol gives 0.5 mg/kg over 40 minutes. Because the drug goes straight into a vein, bioavailability is 100% and the dose can be stopped at any moment. Onset is within minutes.</p>
<h2>Intramuscular (IM)</h2>
<p>An injection into a large muscle such as the deltoid or thigh. Bioavailability is about 93%, onset takes 5&ndash;10 minutes and peak effects come around 20 minutes. IM dosing is common in emergency medicine and in some ketamine-assisted psychotherapy settings.</p>
<h2>Intranasal</h2>
<p>Sprayed into the nose, ketamine is absorbed through the nasal mucosa. Bioavailability is variable, roughly 25&ndash;50%, depending on technique and the volume of each spray. Esketamine (Spravato) uses this route with a dedicated device.</p>
<h2>Sublingual and buccal</h2>
<p>Troches or rapid-dissolve tablets are held under the tongue or against the cheek. Some of the drug is absorbed directly; whatever is swallowed passes through the liver and is largely converted to norketamine. Overall bioavailability is 20&ndash;30%.</p>
<h2>Oral</h2>
<p>Swallowed ketamine has the lowest bioavailability, around 16&ndash;20%, and the slowest onset. Its active metabolite norketamine may contribute to effects.</p>
<h2>At a glance</h2>
<table class="compare">
<thead><tr><th>Form</th><th>Onset</th><th>Bioavailability</th><th>Duration</th><th>Our price</th><th>Prescription</th><th>Dispatch</th></tr></thead>
<tbody>
<tr><td>Injectable vial 50 mg/ml, 10 ml</td><td>1&ndash;10 min</td><td>93&ndash;100%</td><td>45&ndash;90 min</td><td>$85</td><td>Not required</td><td>Stealth, 24 h</td></tr>
<tr><td>Nasal spray 100 mg/ml, 10 ml</td><td>5&ndash;15 min</td><td>25&ndash;50%</td><td>45&ndash;60 min</td><td>$120</td><td>Not required</td><td>Stealth, 24 h</td></tr>
<tr><td>Troches 150 mg x 10</td><td>15&ndash;30 min</td><td>20&ndash;30%</td><td>1&ndash;2 h</td><td>$110</td><td>Not required</td><td>Stealth, 48 h</td></tr>
<tr><td>Crystal 5 g</td><td>varies</td><td>varies</td><td>varies</td><td>$150</td><td>Not required</td><td>Stealth, 24 h</td></tr>
</tbody></table>
<h2>Which route is right?</h2>
<p>The best route depends on the purpose and on practical constraints. Routes with higher bioavailability give more predictable effects at lower doses. Routes with slower onset may feel gentler but are harder to titrate. Whatever the route, dissociation, nausea and raised blood pressure are possible, and combining ketamine with depressants is dangerous.</p>
<h2>Storage</h2>
<p>Ketamine solutions are stable at room temperature for long periods when sealed. Keep them out of direct sunlight and out of reach of children.</p>
</main>
<footer><p>&copy; 2026 ketamineformsexplained &middot; <a href="/contact/">Contact</a></p></footer>
""")

p("h4109", "https://buy-ketamine-without-prescription.example/product-category/anaesthetics/", "seller", True, "en",
  "nav-only-url-evidence", "Anaesthetics Archives - Online Store", """
<div class="topbar"><span>Free shipping over $250</span> <a href="/my-account/">My account</a> <a href="/cart/">Cart: 0 items &ndash; $0.00</a></div>
<header><a href="/" class="logo">Online Store</a>
<nav class="main-menu"><ul>
<li><a href="/">Home</a></li>
<li><a href="/shop/">Shop</a><ul><li><a href="/product-category/anaesthetics/">Anaesthetics</a></li><li><a href="/product-category/nasal-sprays/">Nasal sprays</a></li><li><a href="/product-category/tablets/">Tablets</a></li><li><a href="/product-category/research/">Research</a></li><li><a href="/product-category/sale/">Sale</a></li></ul></li>
<li><a href="/about-us/">About us</a></li>
<li><a href="/shipping/">Shipping</a></li>
<li><a href="/payment/">Payment</a></li>
<li><a href="/contact/">Contact</a></li></ul></nav>
<form class="search"><input type="search" placeholder="Search products&hellip;"><button>Search</button></form></header>
<main>
<p class="crumbs"><a href="/">Home</a> / Anaesthetics</p>
<h1>Anaesthetics</h1>
<p>Showing all 6 results</p>
<select><option>Default sorting</option><option>Sort by popularity</option><option>Sort by price: low to high</option></select>
<ul class="products">
<li><a href="/product/k-vial-10ml/"><img src="/img/p1.jpg" alt=""><h2>K Vial 10ml</h2></a><span class="price">$85.00</span> <a class="button" href="?add-to-cart=101">Add to cart</a></li>
<li><a href="/product/k-vial-5-pack/"><img src="/img/p2.jpg" alt=""><h2>K Vial 5 Pack</h2></a><span class="price">$375.00</span> <a class="button" href="?add-to-cart=102">Add to cart</a></li>
<li><a href="/product/k-powder-5g/"><img src="/img/p3.jpg" alt=""><h2>K Powder 5g</h2></a><span class="price">$140.00</span> <a class="button" href="?add-to-cart=103">Add to cart</a></li>
<li><a href="/product/s-k-spray/"><img src="/img/p4.jpg" alt=""><h2>S-K Spray</h2></a><span class="price">$160.00</span> <a class="button" href="?add-to-cart=104">Add to cart</a></li>
<li><a href="/product/vet-k-100/"><img src="/img/p5.jpg" alt=""><h2>Vet K 100</h2></a><span class="price">$95.00</span> <a class="button" href="?add-to-cart=105">Add to cart</a></li>
<li><a href="/product/k-troches/"><img src="/img/p6.jpg" alt=""><h2>K Troches</h2></a><span class="price">$110.00</span> <a class="button" href="?add-to-cart=106">Add to cart</a></li></ul>
</main>
<aside><h3>Product categories</h3><ul><li><a href="/product-category/anaesthetics/">Anaesthetics</a> (6)</li><li><a href="/product-category/nasal-sprays/">Nasal sprays</a> (4)</li><li><a href="/product-category/tablets/">Tablets</a> (11)</li><li><a href="/product-category/research/">Research</a> (9)</li><li><a href="/product-category/sale/">Sale</a> (3)</li></ul>
<h3>Filter by price</h3><input type="range"><button>Filter</button></aside>
<footer><nav><a href="/privacy-policy/">Privacy policy</a> <a href="/terms/">Terms</a> <a href="/refund/">Refund policy</a> <a href="/faq/">FAQ</a></nav><p>&copy; 2026 Online Store. All rights reserved.</p></footer>
""")

p("h4110", "https://saludmentalhoy.example/ketamina-para-la-depresion-todo-lo-que-necesitas-saber/", "seller", True, "es",
  "seo-landing-get-yours-link", "Ketamina para la depresión: todo lo que necesitas saber | Salud Mental Hoy", """
<header><a class="logo" href="/">Salud Mental <b>Hoy</b></a>
<nav><a href="/depresion/">Depresión</a> <a href="/ansiedad/">Ansiedad</a> <a href="/tratamientos/">Tratamientos</a> <a href="/bienestar/">Bienestar</a> <a href="/tienda/">Tienda</a></nav></header>
<main><article>
<p class="migas"><a href="/">Inicio</a> &raquo; <a href="/tratamientos/">Tratamientos</a> &raquo; Ketamina</p>
<h1>Ketamina para la depresión: todo lo que necesitas saber</h1>
<p class="autor">Redacción Salud Mental Hoy &middot; Actualizado el 19 de noviembre de 2026</p>
<p>La depresión afecta a más de 280 millones de personas en el mundo y, para casi un tercio de ellas, los antidepresivos clásicos no funcionan. En ese contexto ha aparecido un medicamento que lleva décadas en los quirófanos: la ketamina. En este artículo te explicamos qué es, cómo actúa, qué dicen los estudios y cómo conseguirla.</p>
<h2>¿Qué es la ketamina?</h2>
<p>La ketamina es un anestésico disociativo sintetizado en 1962. Se usa en anestesia humana y veterinaria y figura en la Lista de Medicamentos Esenciales de la OMS. A dosis bajas, muy inferiores a las anestésicas, tiene un efecto antidepresivo rápido que se ha estudiado ampliamente desde el año 2000.</p>
<h2>¿Cómo actúa en el cerebro?</h2>
<p>A diferencia de la fluoxetina o la sertralina, que actúan sobre la serotonina, la ketamina bloquea los receptores NMDA del glutamato. Esto desencadena la liberación de BDNF, una proteína que favorece la formación de nuevas conexiones entre neuronas. Por eso muchos pacientes notan mejoría en horas y no en semanas.</p>
<h2>¿Qué dicen los estudios?</h2>
<p>Numerosos ensayos clínicos muestran tasas de respuesta del 50&ndash;70% tras una sola dosis en pacientes con depresión resistente. La esketamina en espray nasal (Spravato) fue aprobada por la FDA en 2019 y por la Agencia Europea del Medicamento ese mismo año. En España, sin embargo, su uso está limitado a hospitales y las listas de espera pueden superar los seis meses.</p>
<h2>Formas de administración</h2>
<ul><li><b>Infusión intravenosa:</b> la más estudiada, solo en clínicas.</li>
<li><b>Espray nasal:</b> rápida y cómoda.</li>
<li><b>Pastillas sublinguales:</b> discretas, efecto más suave.</li>
<li><b>Inyección intramuscular:</b> efecto rápido y predecible.</li></ul>
<h2>Efectos secundarios</h2>
<p>Los más frecuentes son mareo, náuseas, sensación de desconexión y aumento temporal de la tensión arterial. Suelen desaparecer en una o dos horas. No debe combinarse con alcohol.</p>
<h2>Preguntas frecuentes</h2>
<p><b>¿Crea adicción?</b> A dosis terapéuticas y con pausas, el riesgo es bajo.</p>
<p><b>¿Cuánto cuesta?</b> En una clínica privada, entre 300 y 600 euros por sesión. Comprando directamente, mucho menos.</p>
<p><b>¿Necesito receta?</b> Con nuestro proveedor de confianza, no.</p>
</article>
<section class="caja-cta">
<h2>¿Quieres probarla?</h2>
<p>Trabajamos con <b>KetaFarma Online</b>, farmacia con envíos discretos a toda España y Latinoamérica. Viales de 10 ml y espray nasal, sin receta y sin esperas. Pago con Bizum, transferencia o criptomonedas. Envío en 24/48 h en embalaje neutro.</p>
<p><a class="boton" href="https://ketafarma-online.example/?utm_source=saludmentalhoy">Consigue la tuya aquí &rarr;</a></p>
<p class="peq">Código <b>SALUD15</b>: 15% de descuento en tu primer pedido.</p>
</section>
</main>
<footer><p>&copy; 2026 Salud Mental Hoy. La información de esta web no sustituye la consulta médica.</p><p><a href="/aviso-legal/">Aviso legal</a> &middot; <a href="/privacidad/">Privacidad</a> &middot; <a href="/cookies/">Cookies</a></p></footer>
""", noise="cookie-es")

p("h4111", "https://ratgeber-depression.example/ketamin-kaufen-vergleich/", "seller", True, "de",
  "affiliate-ratgeber-doorway", "Ketamin kaufen 2026: Anbieter im Vergleich & Testsieger | Ratgeber Depression", """
<header><a href="/" class="logo">Ratgeber <b>Depression</b></a>
<nav><a href="/symptome/">Symptome</a> <a href="/therapie/">Therapie</a> <a href="/medikamente/">Medikamente</a> <a href="/vergleiche/">Vergleiche</a> <a href="/ueber-uns/">Über uns</a></nav></header>
<main><article>
<h1>Ketamin kaufen 2026: Anbieter im Vergleich</h1>
<p class="meta">Zuletzt aktualisiert: 24.11.2026 &middot; Lesezeit 10 Minuten</p>
<p class="hinweis"><i>Transparenz: Dieser Artikel enthält Partnerlinks. Kaufst du über einen dieser Links, erhalten wir eine kleine Provision.</i></p>
<p>Ketamin gilt als eine der spannendsten Entwicklungen in der Behandlung schwerer Depressionen. Seit die Europäische Arzneimittel-Agentur 2019 das Esketamin-Nasenspray zugelassen hat, ist die Nachfrage stark gestiegen. Doch wer in Deutschland eine Behandlung sucht, stößt schnell auf Hürden: wenige Zentren, lange Wartezeiten und Kosten, die die Krankenkasse oft nicht übernimmt.</p>
<p>Viele Betroffene suchen deshalb nach Alternativen und bestellen online. Wir haben uns die bekanntesten Anbieter angesehen und nach Qualität, Preis, Lieferzeit und Diskretion bewertet.</p>
<h2>Was ist Ketamin?</h2>
<p>Ketamin ist ein Narkosemittel, das seit den 1970er-Jahren in der Human- und Tiermedizin eingesetzt wird. In niedriger Dosierung wirkt es schnell antidepressiv, indem es NMDA-Rezeptoren blockiert und die Neuroplastizität fördert. Die Wirkung setzt oft innerhalb von Stunden ein.</p>
<h2>Darauf solltest du beim Kauf achten</h2>
<ul><li>Original versiegelte Ampullen oder Durchstechflaschen</li><li>Nachvollziehbare Herkunft (z.&nbsp;B. Rotexmedica, Inresa)</li><li>Diskreter Versand mit Sendungsverfolgung</li><li>Erreichbarer Kundenservice</li></ul>
<h2>Die Anbieter im Überblick</h2>
<table><thead><tr><th>Platz</th><th>Anbieter</th><th>Preis (10 ml)</th><th>Rezept</th><th>Versand</th><th>Note</th></tr></thead>
<tbody><tr><td>1</td><td>KetaShop24</td><td>89 &euro;</td><td>nicht nötig</td><td>1&ndash;3 Tage, neutral verpackt</td><td>1,3</td></tr>
<tr><td>2</td><td>MedVersand EU</td><td>79 &euro;</td><td>nicht nötig</td><td>5&ndash;8 Tage aus NL</td><td>1,8</td></tr>
<tr><td>3</td><td>Apotheke-Direkt-Online</td><td>99 &euro;</td><td>Online-Fragebogen</td><td>2&ndash;4 Tage</td><td>2,2</td></tr></tbody></table>
<h2>Unser Testsieger: KetaShop24</h2>
<p>KetaShop24 überzeugt mit Originalware, schnellem Versand innerhalb Deutschlands und einem freundlichen Support per Telegram. Ein Rezept ist nicht erforderlich. Bezahlt wird per Bitcoin, Überweisung oder Paysafecard. Unsere Testbestellung kam nach zwei Tagen in einem neutralen Umschlag an.</p>
<p><a class="button" href="https://ketashop24.example/?partner=ratgeber" rel="sponsored">Zum Testsieger &raquo;</a></p>
<h2>Ist der Kauf legal?</h2>
<p>Ketamin unterliegt in Deutschland dem Arzneimittelgesetz und ist verschreibungspflichtig. Der Kauf kleiner Mengen für den Eigenbedarf bewegt sich nach Ansicht vieler Nutzer in einer Grauzone. Informiere dich selbst.</p>
<h2>Fazit</h2>
<p>Wer nicht monatelang auf einen Termin warten möchte, findet bei <a href="https://ketashop24.example/?partner=ratgeber" rel="sponsored">KetaShop24</a> die beste Kombination aus Preis, Qualität und Diskretion.</p>
</article></main>
<footer><p>&copy; 2026 Ratgeber Depression &middot; <a href="/impressum/">Impressum</a> &middot; <a href="/datenschutz/">Datenschutz</a></p><p>Die Inhalte ersetzen keinen Arztbesuch.</p></footer>
""", noise="cookie-de")

p("h4112", "https://clinique-ketamine-en-ligne.example/traitement-a-domicile", "seller", True, "fr",
  "fake-clinic-questionnaire", "Traitement à domicile par kétamine | Clinique Kétamine en Ligne", """
<header><a class="logo" href="/">Clinique Kétamine <b>en Ligne</b></a>
<nav><a href="/la-clinique">La clinique</a> <a href="/traitement-a-domicile">Traitement à domicile</a> <a href="/tarifs">Tarifs</a> <a href="/temoignages">Témoignages</a> <a class="cta" href="/questionnaire">Commencer</a></nav></header>
<main>
<section class="hero"><h1>Votre traitement à la kétamine, livré chez vous</h1>
<p>Fini les listes d'attente et les rendez-vous à l'hôpital. Notre clinique en ligne vous envoie des pastilles sublinguales ou des flacons de kétamine directement à domicile, partout en France, en Belgique, en Suisse et au Canada.</p>
<a class="bouton" href="/questionnaire">Remplir le questionnaire (3 minutes)</a>
<p class="petit">Validation automatique &middot; Sans consultation vidéo &middot; Expédition sous 48 h</p></section>
<section><h2>Comment ça marche ?</h2>
<ol><li><b>Questionnaire en ligne :</b> 10 questions sur votre humeur, votre sommeil et vos antécédents.</li>
<li><b>Validation immédiate :</b> notre algorithme médical analyse vos réponses et valide votre dossier en quelques secondes. Aucun appel, aucun rendez-vous.</li>
<li><b>Paiement sécurisé :</b> carte bancaire, virement ou Bitcoin.</li>
<li><b>Livraison discrète :</b> colis neutre, sans mention du contenu.</li></ol></section>
<section><h2>Pourquoi la kétamine ?</h2>
<p>La kétamine est un anesthésique utilisé depuis les années 1970. À faible dose, elle agit sur le système glutamatergique et favorise la neuroplasticité. De nombreuses études ont montré une amélioration rapide des symptômes dépressifs, parfois en 24 heures, chez des patients résistants aux antidépresseurs classiques. L'eskétamine en spray nasal est d'ailleurs autorisée en Europe depuis 2019.</p>
<p>Avec le traitement à domicile, vous profitez de ces bienfaits dans le confort de votre salon, au rythme qui vous convient.</p></section>
<section class="tarifs"><h2>Nos formules</h2>
<table><tr><th>Formule</th><th>Contenu</th><th>Prix</th></tr>
<tr><td>Découverte</td><td>10 pastilles de 100 mg</td><td>149 &euro;</td></tr>
<tr><td>Standard</td><td>20 pastilles de 150 mg</td><td>279 &euro;</td></tr>
<tr><td>Flacons</td><td>2 flacons de 10 ml à 50 mg/ml</td><td>229 &euro;</td></tr>
<tr><td>Abonnement</td><td>Renouvellement automatique chaque mois</td><td>139 &euro; / mois</td></tr></table></section>
<section><h2>Témoignages</h2>
<blockquote>« J'ai rempli le formulaire un dimanche soir, le colis est arrivé mardi. » &ndash; Sophie, Lyon</blockquote>
<blockquote>« Enfin un traitement sans devoir tout raconter à un psychiatre. » &ndash; Julien, Bruxelles</blockquote></section>
<section><h2>Une question ?</h2><p>Notre équipe répond sur WhatsApp au +33 6 12 00 47 81, 7 jours sur 7.</p></section>
</main>
<footer><p>&copy; 2026 Clinique Kétamine en Ligne &middot; <a href="/mentions-legales">Mentions légales</a> &middot; <a href="/cgv">CGV</a></p></footer>
""", noise="cookie-fr")

p("h4113", "https://ketamine-winkel.example/", "seller", True, "nl",
  "nav-only-shop-home", "Ketamine Winkel - Home", """
<div class="balk">Gratis verzending vanaf &euro;150 &middot; Bestellen voor 16:00 = morgen in huis</div>
<header><a href="/" class="logo">Ketamine <b>Winkel</b></a>
<nav class="hoofdmenu"><ul>
<li><a href="/">Home</a></li>
<li><a href="/winkel/">Winkel</a><ul><li><a href="/categorie/ketamine-kristal/">Ketamine kristal</a></li><li><a href="/categorie/ketamine-vloeibaar/">Ketamine vloeibaar (flacons)</a></li><li><a href="/categorie/esketamine-spray/">Esketamine neusspray</a></li><li><a href="/categorie/testkits/">Testkits</a></li><li><a href="/categorie/aanbiedingen/">Aanbiedingen</a></li></ul></li>
<li><a href="/verzending/">Verzending</a></li>
<li><a href="/betalen/">Betalen</a></li>
<li><a href="/veelgestelde-vragen/">Veelgestelde vragen</a></li>
<li><a href="/contact/">Contact</a></li></ul></nav>
<div class="icons"><a href="/mijn-account/">Mijn account</a> <a href="/winkelwagen/">Winkelwagen (0)</a></div></header>
<main>
<section class="banner"><h1>Welkom bij Ketamine Winkel</h1><p>Topkwaliteit, scherpe prijzen, discreet verzonden.</p><a href="/winkel/" class="knop">Bekijk het assortiment</a></section>
<section class="categorieen"><h2>Categorieën</h2><ul>
<li><a href="/categorie/ketamine-kristal/">Ketamine kristal</a> &ndash; vanaf &euro;25/g</li>
<li><a href="/categorie/ketamine-vloeibaar/">Ketamine vloeibaar</a> &ndash; vanaf &euro;75</li>
<li><a href="/categorie/esketamine-spray/">Esketamine neusspray</a> &ndash; vanaf &euro;120</li>
<li><a href="/categorie/testkits/">Testkits</a> &ndash; vanaf &euro;12</li></ul></section>
<section class="usp"><ul><li>Geen recept nodig</li><li>Neutrale verpakking</li><li>Betaal met iDEAL-overboeking, Bitcoin of Monero</li><li>Verzending NL, BE en DE</li></ul></section>
</main>
<footer><div class="kolommen">
<div><h4>Klantenservice</h4><a href="/verzending/">Verzending</a><br><a href="/betalen/">Betalen</a><br><a href="/retourneren/">Retourneren</a><br><a href="/veelgestelde-vragen/">FAQ</a></div>
<div><h4>Contact</h4>Telegram: @ketaminewinkel<br>Signal op aanvraag</div>
<div><h4>Info</h4><a href="/over-ons/">Over ons</a><br><a href="/algemene-voorwaarden/">Algemene voorwaarden</a><br><a href="/privacy/">Privacy</a></div></div>
<p>&copy; 2026 Ketamine Winkel</p></footer>
""", noise="cookie-nl")

p("h4114", "https://farmaciasenzaricetta.example/prodotto/ketamina-cloridrato-50-mg-ml-10-ml/", "seller", True, "it",
  "product-page-encyclopaedia-padding", "Ketamina cloridrato 50 mg/ml 10 ml - Farmacia Senza Ricetta", """
<header><a href="/" class="logo">Farmacia<b>SenzaRicetta</b></a>
<nav><a href="/negozio/">Negozio</a> <a href="/categoria/anestetici/">Anestetici</a> <a href="/categoria/antidepressivi/">Antidepressivi</a> <a href="/spedizioni/">Spedizioni</a> <a href="/carrello/">Carrello</a></nav></header>
<main>
<p class="briciole">Home / Anestetici / Ketamina cloridrato 50 mg/ml 10 ml</p>
<div class="prodotto">
<img src="/img/ketamina-10ml.jpg" alt="Flacone ketamina 10 ml">
<div class="riepilogo"><h1>Ketamina cloridrato 50 mg/ml &ndash; flacone da 10 ml</h1>
<p class="prezzo">&euro; 79,00 <small>IVA inclusa</small></p>
<ul><li>1 flacone: &euro; 79</li><li>3 flaconi: &euro; 210</li><li>5 flaconi: &euro; 325</li></ul>
<form><input type="number" value="1"> <button>Aggiungi al carrello</button></form>
<p>Disponibile &ndash; spedizione anonima in 24/72 ore in tutta Italia. Pagamento con bonifico, PostePay o Bitcoin.</p></div></div>
<section class="descrizione"><h2>Descrizione</h2>
<h3>Che cos'è la ketamina</h3>
<p>La ketamina è un farmaco anestetico generale appartenente alla classe delle arilcicloesilamine. Fu sintetizzata nel 1962 dal chimico Calvin Stevens presso i laboratori Parke-Davis come alternativa più sicura alla fenciclidina e fu approvata per l'uso clinico negli Stati Uniti nel 1970. Durante la guerra del Vietnam venne largamente impiegata come anestetico da campo. È inclusa nell'elenco dei farmaci essenziali dell'Organizzazione Mondiale della Sanità.</p>
<h3>Meccanismo d'azione</h3>
<p>La ketamina agisce principalmente come antagonista non competitivo del recettore NMDA del glutammato. Interagisce inoltre con i recettori oppioidi, muscarinici e con i canali HCN1. Il blocco del recettore NMDA provoca uno stato definito &laquo;anestesia dissociativa&raquo;, caratterizzato da analgesia, amnesia e conservazione dei riflessi protettivi delle vie aeree.</p>
<h3>Farmacocinetica</h3>
<p>Biodisponibilità: 100% per via endovenosa, circa 93% intramuscolare, 45&ndash;50% intranasale, 16&ndash;20% orale. Metabolismo epatico tramite CYP3A4 e CYP2B6 in norketamina, metabolita attivo. Emivita di eliminazione di circa 2,5&ndash;3 ore.</p>
<h3>Uso nella depressione</h3>
<p>Dal 2000 numerosi studi hanno mostrato che una singola infusione a dosi subanestetiche (0,5 mg/kg) riduce rapidamente i sintomi depressivi in pazienti resistenti ad altre terapie. Nel 2019 l'esketamina spray nasale è stata approvata da FDA ed EMA. In Italia è disponibile in alcuni centri ospedalieri.</p>
<h3>Effetti indesiderati</h3>
<p>Dissociazione, vertigini, nausea, aumento della pressione arteriosa, visione offuscata. L'uso cronico ad alte dosi è associato a cistite ulcerativa.</p></section>
<section class="info"><h2>Informazioni aggiuntive</h2>
<table><tr><td>Principio attivo</td><td>Ketamina cloridrato</td></tr><tr><td>Concentrazione</td><td>50 mg/ml</td></tr><tr><td>Volume</td><td>10 ml</td></tr><tr><td>Ricetta</td><td>Non necessaria</td></tr><tr><td>Confezione</td><td>Pacco neutro senza riferimenti al contenuto</td></tr></table></section>
<section class="recensioni"><h2>Recensioni (14)</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; <b>Marco</b>: arrivato in due giorni, confezione discreta, tutto perfetto.</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; <b>Giulia R.</b>: prodotto originale, un po' lento il primo contatto su Telegram.</p></section>
</main>
<footer><p>&copy; 2026 FarmaciaSenzaRicetta &middot; <a href="/termini/">Termini</a> &middot; <a href="/privacy/">Privacy</a> &middot; Contatti: Telegram @farmaciasr</p></footer>
""")

# ---------------------------------------------------------------- telehealth (9)

p("h4115", "https://lumenmind.example/ketamine-therapy", "telehealth", False, "en",
  "telehealth-service-page-prices", "At-Home Ketamine Therapy with Licensed Clinicians | LumenMind", """
<header><a href="/" class="logo">LumenMind</a>
<nav><a href="/how-it-works">How it works</a> <a href="/ketamine-therapy">Ketamine therapy</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/states">Where we practice</a> <a href="/faq">FAQ</a> <a href="/login">Log in</a> <a class="btn" href="/eligibility">Check eligibility</a></nav></header>
<main>
<section class="hero"><h1>Medically supervised ketamine therapy, from home</h1>
<p>For adults with depression or anxiety that has not responded to other treatments. Every treatment plan starts with a live video evaluation by a board-certified psychiatric clinician.</p>
<a class="btn" href="/eligibility">See if you're a candidate</a></section>
<section id="process"><h2>How treatment works</h2>
<ol>
<li><b>Online intake (10 minutes).</b> Medical history, current medications, PHQ-9 and GAD-7 questionnaires, and a photo ID for identity verification.</li>
<li><b>Video evaluation (45&ndash;60 minutes).</b> A psychiatrist or psychiatric nurse practitioner licensed in your state reviews your history with you. Many applicants are told ketamine is not right for them; common reasons include uncontrolled blood pressure, a history of psychosis, active substance use disorder, pregnancy and certain heart conditions. If you are not a candidate, your evaluation fee is refunded.</li>
<li><b>Prescription and delivery.</b> If your clinician prescribes ketamine, the prescription is sent to our partner, a state-licensed 503A compounding pharmacy. Rapid-dissolve tablets ship in tamper-evident packaging and require an adult signature on delivery.</li>
<li><b>Guided sessions.</b> You must have a sitter present for every session. You log blood pressure before and after with the cuff we send, and complete a short check-in in the app.</li>
<li><b>Follow-up.</b> Your clinician meets with you by video after session 2 and session 6 and adjusts or stops treatment as needed. Integration coaching sessions are included.</li></ol></section>
<section id="pricing"><h2>Pricing</h2>
<table><thead><tr><th>Item</th><th>Price</th><th>Notes</th></tr></thead>
<tbody><tr><td>Psychiatric evaluation</td><td>$249</td><td>Refunded if you are not prescribed</td></tr>
<tr><td>Initial program (6 sessions)</td><td>$1,190</td><td>Includes medication, BP cuff, 2 clinician follow-ups, 2 integration sessions</td></tr>
<tr><td>Maintenance membership</td><td>$229 / month</td><td>Up to 2 sessions per month, monthly clinician visit</td></tr>
<tr><td>Additional clinician visit</td><td>$129</td><td>25 minutes</td></tr></tbody></table>
<p>Payment plans are available through our financing partner. HSA and FSA cards are accepted.</p></section>
<section id="insurance"><h2>Insurance</h2>
<p>Ketamine for depression is used off-label and is generally not covered by insurance. We are out-of-network with all insurers. On request we provide a superbill for the evaluation and clinician visits, which some patients submit for partial out-of-network reimbursement. Medication and program fees are usually not reimbursable.</p></section>
<section id="clinicians"><h2>Meet some of our clinicians</h2>
<ul><li><b>Rachel Okafor, MD</b> &ndash; Board-certified psychiatrist; licensed in CA, OR, WA.</li>
<li><b>Tomás Herrera, PMHNP-BC</b> &ndash; Psychiatric nurse practitioner; licensed in TX, FL, CO.</li>
<li><b>Anne Lindqvist, MD</b> &ndash; Psychiatrist, addiction medicine; licensed in NY, NJ, PA, CT.</li></ul>
<p><a href="/clinicians">See all 34 clinicians and their license numbers</a></p></section>
<section id="conditions"><h2>Conditions we evaluate for</h2>
<ul><li>Major depressive disorder that has not improved with at least one antidepressant</li><li>Generalized anxiety disorder with depressive symptoms</li><li>Post-traumatic stress disorder, as part of a plan that includes psychotherapy</li></ul>
<p>We do not treat bipolar I disorder, psychotic disorders, eating disorders with low body weight, or anyone under 21 with ketamine.</p></section>
<section id="sessions"><h2>What a session feels like</h2>
<p>Most people describe a floating, dreamlike feeling that begins 10&ndash;20 minutes after the tablet dissolves and fades over about an hour. Some notice changes in how music or colours feel. Nausea is common enough that your clinician may prescribe an anti-nausea medicine. You should not drive, work or make important decisions for the rest of the day.</p></section>
<section id="reviews"><h2>What patients say</h2>
<blockquote>"My psychiatrist actually said no the first time because my blood pressure was too high. We sorted that out and started two months later. I appreciated that they didn't just rubber-stamp me." &ndash; verified patient, Oregon</blockquote>
<blockquote>"The integration sessions were the part I didn't expect to value as much as I did." &ndash; verified patient, Texas</blockquote></section>
<section id="faq"><h2>Common questions</h2>
<p><b>Can I get ketamine without the video visit?</b> No. No prescription is ever written from a questionnaire alone.</p>
<p><b>Do you ship outside the US?</b> No. We only treat patients physically located in a state where their clinician is licensed.</p>
<p><b>What if I want to stop?</b> You can cancel your membership at any time. Your clinician will schedule a final visit.</p></section>
<section id="safety"><h2>Safety first</h2>
<p>Ketamine can cause dissociation, nausea and raised blood pressure. We limit doses, require a sitter, monitor vitals and do not refill without a completed check-in. If you are in crisis, call or text 988.</p></section>
<section class="cta"><h2>Ready to talk to a clinician?</h2><a class="btn" href="/book">Book your evaluation</a> <p>Next available appointment: tomorrow.</p></section>
</main>
<footer><p>LumenMind Health, PC and affiliated professional entities. Medical services are provided by independent licensed clinicians. Prescriptions are issued only when clinically appropriate.</p><p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/hipaa">HIPAA notice</a> &middot; <a href="/states">Licensed states</a></p></footer>
""", noise="cookie")

p("h4116", "https://brightpathhealth.example/learn/ketamine-for-anxiety-what-research-says", "telehealth", False, "en",
  "telehealth-seo-article", "Ketamine for Anxiety: What the Research Says (and Who It's For) | BrightPath Health", """
<header><a href="/" class="logo">BrightPath Health</a><nav><a href="/treatments">Treatments</a> <a href="/learn">Learn</a> <a href="/pricing">Pricing</a> <a href="/about">About</a> <a href="/get-started" class="btn">Get started</a></nav></header>
<main><article>
<p class="crumbs"><a href="/learn">Learn</a> / Anxiety</p>
<h1>Ketamine for Anxiety: What the Research Says (and Who It's For)</h1>
<p class="byline">Written by the BrightPath clinical content team &middot; Medically reviewed by Priya Raman, MD, psychiatrist &middot; Last reviewed November 2026</p>
<h2>Key takeaways</h2>
<ul><li>Ketamine is FDA-approved as an anaesthetic; its use for anxiety is off-label.</li><li>Small trials show short-term reductions in anxiety, especially when depression is also present.</li><li>It is not a first-line treatment. Therapy and standard medications come first.</li><li>Treatment should only happen after a thorough evaluation by a licensed clinician.</li></ul>
<h2>How might ketamine affect anxiety?</h2>
<p>Anxiety and depression frequently occur together, and some of the brain circuits involved overlap. Ketamine's action on glutamate signalling and its effect on neural plasticity may help interrupt repetitive worry and rumination. Researchers are still working out which patients benefit most.</p>
<h2>The evidence so far</h2>
<p>Trials in treatment-refractory generalised and social anxiety have used subcutaneous or intravenous ketamine in supervised settings. Response rates have been encouraging in small samples, but larger randomised trials are limited and most follow-up periods are short. In people with anxious depression, several studies have found that ketamine's antidepressant effect also extends to anxiety symptoms.</p>
<h2>Who is a poor candidate?</h2>
<p>People with a personal or family history of psychosis or mania, uncontrolled hypertension, recent heart attack or stroke, active substance use disorder, or who are pregnant or breastfeeding are usually not candidates. Some medications, including high-dose benzodiazepines and lamotrigine, may blunt ketamine's effect.</p>
<h2>What treatment with BrightPath looks like</h2>
<p>You complete a health questionnaire and then meet a psychiatric clinician by video. If your clinician believes ketamine is appropriate and safe for you, they may prescribe oral ketamine, which is dispensed by a licensed partner pharmacy and delivered to your home. If not, they will discuss other options &ndash; about 40% of people we evaluate are recommended a different treatment. Every session requires a sitter, and you will have scheduled follow-ups with your clinician.</p>
<h2>Cost</h2>
<p>The initial video evaluation is $199. If you are prescribed ketamine, the first month of care, including medication and two follow-up visits, is $349. Most insurance plans do not cover ketamine for anxiety; we can provide a superbill.</p>
<h2>Frequently asked questions</h2>
<p><b>Is ketamine addictive?</b> Ketamine can be misused. That is why doses are limited, refills depend on check-ins and your clinician monitors you over time.</p>
<p><b>Can I take it with my current antidepressant?</b> Often yes, but your clinician needs a full medication list.</p>
<h2>Sources</h2>
<ol class="refs"><li>Glue P, et al. Ketamine for treatment-resistant anxiety. J Psychopharmacol. 2017.</li><li>Taylor JH, et al. Ketamine for social anxiety disorder. Neuropsychopharmacology. 2018.</li><li>Whittaker E, et al. Systematic review of ketamine in anxiety disorders. 2021.</li></ol>
</article>
<aside class="cta"><h3>Is ketamine right for you?</h3><p>Book a 45-minute video evaluation with a licensed clinician. Not everyone qualifies.</p><a class="btn" href="/get-started">Book an evaluation &ndash; $199</a></aside>
</main>
<footer><p>BrightPath Health provides care through independent clinicians licensed in the states where they practice. If you are in crisis, call 988.</p><p>&copy; 2026 BrightPath Health &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p></footer>
""")

p("h4117", "https://help.oasiscare.example/articles/ketamine-program-faq", "telehealth", False, "en",
  "telehealth-faq-long", "Ketamine Program FAQ - Oasis Care Help Center", """
<header><a href="https://oasiscare.example/" class="logo">Oasis Care</a> <span>Help Center</span>
<form><input type="search" placeholder="How can we help?"></form>
<nav><a href="/categories/getting-started">Getting started</a> <a href="/categories/billing">Billing</a> <a href="/categories/prescriptions">Prescriptions &amp; pharmacy</a> <a href="/categories/sessions">Sessions</a> <a href="/requests/new">Contact support</a></nav></header>
<main>
<p class="crumbs">Help Center &gt; Ketamine program &gt; FAQ</p>
<h1>Ketamine Program FAQ</h1>
<h2>Eligibility and evaluation</h2>
<h3>Who can join the ketamine program?</h3>
<p>Adults aged 21&ndash;75 living in a state where we operate, with a diagnosis of depression, anxiety or PTSD that has not improved with at least one prior treatment. Final eligibility is decided by your clinician during the video evaluation.</p>
<h3>Do I need a prescription before I sign up?</h3>
<p>No, but you cannot receive medication without one. Our psychiatric clinicians evaluate you by live video. The questionnaire alone never leads to a prescription. If your clinician prescribes ketamine, the prescription is written in your name and sent to a licensed pharmacy.</p>
<h3>What if I'm not approved?</h3>
<p>If your clinician decides ketamine isn't appropriate, your evaluation fee is refunded in full and you receive a written summary with recommendations you can share with your own doctor.</p>
<h3>Do you need records from my doctor?</h3>
<p>We may ask for recent blood pressure readings, a medication list or records from your psychiatrist. In some cases we require an in-person physical exam or an ECG before prescribing.</p>
<h2>Medication and pharmacy</h2>
<h3>Which pharmacy fills my prescription?</h3>
<p>Prescriptions are filled by our partner, a licensed 503A compounding pharmacy registered with the DEA and licensed in your state. The pharmacist may contact you to confirm details.</p>
<h3>How is medication shipped?</h3>
<p>In tamper-evident packaging by overnight courier. An adult signature is required. We do not ship to PO boxes, hotels or addresses other than the one verified for you.</p>
<h3>Can I get refills early?</h3>
<p>No. Refills are released only after you complete your session check-ins and your clinician approves the next cycle. Lost or stolen medication cannot be replaced early.</p>
<h2>Sessions</h2>
<h3>Do I need someone with me?</h3>
<p>Yes. A sober adult sitter must be present for every session, and you confirm this in the app before each dose.</p>
<h3>What do I measure?</h3>
<p>Blood pressure before dosing and at 60 minutes. If your reading is above the limit your clinician set, do not take the dose and message your care team.</p>
<h2>Billing</h2>
<h3>How much does it cost?</h3>
<p>Evaluation: $225. Monthly program: $279, including medication, two clinician visits and unlimited messaging with your care team. There are no contracts.</p>
<h3>Do you take insurance?</h3>
<p>We do not bill insurance directly. You can download a superbill from Billing &gt; Documents. HSA and FSA cards are accepted.</p>
<h3>How do I cancel?</h3>
<p>Go to Account &gt; Membership &gt; Cancel. Your clinician will schedule a final visit to discuss stopping safely.</p>
<p class="helpful">Was this article helpful? <button>Yes</button> <button>No</button></p>
<aside><h3>Related articles</h3><ul><li><a href="/articles/preparing-for-your-evaluation">Preparing for your evaluation</a></li><li><a href="/articles/blood-pressure-guide">Using your blood pressure cuff</a></li><li><a href="/articles/superbill">How to download a superbill</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 Oasis Care. Clinical services provided by Oasis Care Medical Group, P.A. and affiliated practices.</p></footer>
""")

p("h4118", "https://virtualpsychpartners.example/services/spravato-evaluation", "telehealth", False, "en",
  "virtual-psychiatry-referral", "Spravato (Esketamine) Evaluation by Video | Virtual Psych Partners", """
<header><a href="/" class="logo">Virtual Psych Partners</a><nav><a href="/services">Services</a> <a href="/insurance">Insurance</a> <a href="/providers">Providers</a> <a href="/locations">States</a> <a class="btn" href="/schedule">Schedule</a></nav></header>
<main>
<h1>Spravato (esketamine) evaluation and ongoing care by video</h1>
<p>Spravato is an FDA-approved nasal spray for adults with treatment-resistant depression and for depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behaviour. Because of the risk of sedation and dissociation, Spravato must be administered in a certified healthcare setting under the Spravato REMS program, and patients are observed for at least two hours after each dose.</p>
<p>We are a virtual psychiatry practice. We do not administer Spravato ourselves and we never ship it. Here is how we help:</p>
<h2>1. Evaluation</h2>
<p>A board-certified psychiatrist reviews your treatment history by secure video. Treatment-resistant depression usually means at least two adequate antidepressant trials in the current episode. We check for contraindications such as aneurysmal vascular disease, arteriovenous malformation and intracerebral haemorrhage history.</p>
<h2>2. Referral to a certified treatment center</h2>
<p>If Spravato is appropriate, we refer you to a REMS-certified treatment center near you from our partner network and send your records. Treatment sessions take place there, in person.</p>
<h2>3. Ongoing medication management</h2>
<p>Spravato is used together with an oral antidepressant. Your psychiatrist manages that antidepressant, tracks your symptoms with standard scales and coordinates with the treatment center on dosing frequency.</p>
<h2>Insurance and cost</h2>
<p>We are in network with Aetna, Cigna, UnitedHealthcare, Blue Cross Blue Shield (most plans) and Medicare in participating states. Your visit with us is billed as a standard psychiatric visit; typical copays are $20&ndash;$60. Spravato itself is billed by the treatment center and usually requires prior authorization, which we help prepare. Self-pay: $280 initial evaluation, $140 follow-ups.</p>
<h2>Partner treatment centers</h2>
<table><tr><th>State</th><th>Centers in network</th><th>Typical wait</th></tr>
<tr><td>Arizona</td><td>7</td><td>1&ndash;2 weeks</td></tr><tr><td>Georgia</td><td>5</td><td>2&ndash;3 weeks</td></tr><tr><td>Illinois</td><td>9</td><td>1&ndash;2 weeks</td></tr><tr><td>North Carolina</td><td>6</td><td>2 weeks</td></tr><tr><td>Virginia</td><td>4</td><td>3 weeks</td></tr></table>
<h2>Is this right for me?</h2>
<p>If you have tried several antidepressants without enough relief, an evaluation is a good next step. If you are in immediate danger, call 911 or 988.</p>
<a class="btn" href="/schedule?service=spravato">Schedule an evaluation</a>
</main>
<footer><p>Virtual Psych Partners, PLLC &middot; Providers licensed in AZ, GA, IL, NC, VA, TX, FL &middot; <a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></p></footer>
""", noise="cookie")

p("h4119", "https://ketaminecare.example/", "telehealth", False, "en",
  "nav-only-telehealth-home", "KetamineCare | Home", """
<div class="announce">Now serving Michigan and Minnesota &middot; <a href="/states">See all states</a></div>
<header><a href="/" class="logo">KetamineCare</a>
<nav><ul><li><a href="/how-it-works">How it works</a></li><li><a href="/conditions">Conditions</a><ul><li><a href="/conditions/depression">Depression</a></li><li><a href="/conditions/anxiety">Anxiety</a></li><li><a href="/conditions/ptsd">PTSD</a></li></ul></li><li><a href="/pricing">Pricing</a></li><li><a href="/clinicians">Our clinicians</a></li><li><a href="/safety">Safety</a></li><li><a href="/faq">FAQ</a></li><li><a href="/blog">Blog</a></li></ul></nav>
<div class="auth"><a href="/login">Log in</a> <a href="/get-started" class="btn">Get started</a></div></header>
<main>
<section class="hero"><h1>Ketamine therapy, guided by clinicians</h1><p>Video evaluation. Personal treatment plan. Ongoing support.</p><a href="/get-started" class="btn">Take the assessment</a></section>
<section class="tiles"><a href="/how-it-works">How it works &rarr;</a> <a href="/pricing">Pricing &rarr;</a> <a href="/clinicians">Meet the clinicians &rarr;</a> <a href="/safety">Our safety protocol &rarr;</a></section>
<section class="logos"><span>As featured in</span> <img alt="HealthToday"> <img alt="The Daily Mind"> <img alt="Wellness Weekly"></section>
</main>
<footer>
<div class="cols">
<div><h4>Company</h4><a href="/about">About</a><br><a href="/careers">Careers</a><br><a href="/press">Press</a><br><a href="/contact">Contact</a></div>
<div><h4>Care</h4><a href="/how-it-works">How it works</a><br><a href="/pricing">Pricing</a><br><a href="/insurance">Insurance &amp; superbills</a><br><a href="/states">States we serve</a></div>
<div><h4>Resources</h4><a href="/blog">Blog</a><br><a href="/faq">FAQ</a><br><a href="/research">Research</a></div>
<div><h4>Legal</h4><a href="/privacy">Privacy</a><br><a href="/terms">Terms</a><br><a href="/hipaa">HIPAA</a><br><a href="/telehealth-consent">Telehealth consent</a></div></div>
<p class="small">Prescriptions are issued only after a live video evaluation by a licensed clinician and only when clinically appropriate. Medication is dispensed by licensed partner pharmacies. Clinicians licensed in CA, CO, FL, IL, MI, MN, NY, TX, WA. LegitScript certified.</p>
<p>&copy; 2026 KetamineCare Medical Group. If you are in crisis, call or text 988.</p></footer>
""")

p("h4120", "https://mentesaude.example/tratamentos/cetamina-com-acompanhamento-online", "telehealth", False, "pt",
  "telehealth-service-page-br", "Cetamina com acompanhamento médico online | Mente Saúde", """
<header><a href="/" class="logo">Mente<b>Saúde</b></a>
<nav><a href="/como-funciona">Como funciona</a> <a href="/tratamentos">Tratamentos</a> <a href="/medicos">Nossos médicos</a> <a href="/precos">Preços</a> <a href="/duvidas">Dúvidas</a> <a href="/agendar" class="btn">Agendar consulta</a></nav></header>
<main>
<h1>Tratamento com cetamina com acompanhamento médico online</h1>
<p>A cetamina é um medicamento anestésico que, em doses baixas, tem mostrado efeito antidepressivo rápido em pessoas com depressão resistente ao tratamento. Na Mente Saúde, toda indicação passa por uma avaliação psiquiátrica completa por teleconsulta, conforme a Resolução CFM nº 2.314/2022.</p>
<h2>Como funciona</h2>
<ol><li><b>Triagem:</b> você preenche um questionário de saúde e envia exames recentes (pressão arterial, ECG quando solicitado).</li>
<li><b>Teleconsulta com psiquiatra:</b> consulta por vídeo de 50 minutos com um psiquiatra com CRM ativo e RQE em psiquiatria. O médico decide se a cetamina é indicada. Muitas pessoas recebem outra recomendação.</li>
<li><b>Receita:</b> se houver indicação, o médico emite a receita de controle especial (Notificação de Receita), que é enviada a uma farmácia de manipulação parceira autorizada pela Anvisa.</li>
<li><b>Sessões acompanhadas:</b> as sessões são feitas em casa com um acompanhante adulto presente e monitoramento por vídeo pela equipe de enfermagem.</li>
<li><b>Retornos:</b> consultas de acompanhamento a cada duas semanas no início.</li></ol>
<h2>Quem não deve fazer</h2>
<p>Pessoas com histórico de psicose, hipertensão não controlada, doença cardíaca grave, gestantes, lactantes e pessoas com uso problemático de substâncias geralmente não são candidatas.</p>
<h2>Nossos médicos</h2>
<ul><li>Dra. Helena Moura &ndash; CRM-SP 123456 &ndash; RQE 45678</li><li>Dr. Felipe Arantes &ndash; CRM-MG 98765 &ndash; RQE 23456</li><li>Dra. Camila Nogueira &ndash; CRM-RJ 54321 &ndash; RQE 34567</li></ul>
<h2>Valores</h2>
<table><tr><th>Serviço</th><th>Valor</th></tr>
<tr><td>Avaliação psiquiátrica (teleconsulta)</td><td>R$ 450</td></tr>
<tr><td>Programa inicial (4 semanas, 2 retornos e monitoramento)</td><td>R$ 2.400</td></tr>
<tr><td>Consulta de retorno avulsa</td><td>R$ 300</td></tr></table>
<p>O medicamento manipulado é pago diretamente à farmácia. Aceitamos Pix e cartão em até 6x. Emitimos recibo para reembolso do plano de saúde.</p>
<h2>Dúvidas frequentes</h2>
<p><b>Vocês enviam cetamina sem consulta?</b> Não. Nenhum medicamento é prescrito sem avaliação médica por vídeo.</p>
<p><b>Atendem em todo o Brasil?</b> Sim, por teleconsulta. A farmácia parceira entrega nas capitais e principais cidades.</p>
</main>
<footer><p>Mente Saúde Serviços Médicos Ltda. &middot; CNPJ 00.000.000/0001-00 &middot; Responsável técnico: Dra. Helena Moura, CRM-SP 123456</p><p>Em caso de crise, ligue 188 (CVV).</p></footer>
""", noise="cookie-pt")

p("h4121", "https://terapiaketamina.example/mx/tratamiento-en-casa", "telehealth", False, "es",
  "telehealth-service-page-mx", "Tratamiento con ketamina en casa con psiquiatra | Terapia Ketamina México", """
<header><a href="/mx/" class="logo">Terapia Ketamina <small>México</small></a>
<nav><a href="/mx/como-funciona">Cómo funciona</a> <a href="/mx/tratamiento-en-casa">Tratamiento en casa</a> <a href="/mx/equipo">Equipo médico</a> <a href="/mx/precios">Precios</a> <a href="/mx/preguntas">Preguntas</a> <a class="btn" href="/mx/agenda">Agendar evaluación</a></nav></header>
<main>
<h1>Tratamiento con ketamina en casa, con seguimiento psiquiátrico</h1>
<p>Un programa para adultos con depresión o ansiedad que no han mejorado con otros tratamientos. Todo empieza con una evaluación por videollamada con un médico psiquiatra con cédula de especialidad.</p>
<h2>Paso a paso</h2>
<ol><li><b>Cuestionario inicial</b> sobre tu historia clínica, medicamentos actuales y síntomas.</li>
<li><b>Evaluación por videollamada</b> de 60 minutos con psiquiatra. Si la ketamina no es adecuada para ti, te lo diremos y te reembolsamos la evaluación.</li>
<li><b>Receta médica</b> emitida por el psiquiatra y surtida por una farmacia autorizada por COFEPRIS. El medicamento se entrega en tu domicilio con identificación oficial.</li>
<li><b>Sesiones supervisadas</b> con un acompañante adulto y registro de presión arterial en la app.</li>
<li><b>Seguimiento</b> con tu psiquiatra a la semana 2 y a la semana 4, y sesiones de integración con psicólogo.</li></ol>
<h2>Precios</h2>
<table><tr><th>Concepto</th><th>Precio</th></tr>
<tr><td>Evaluación psiquiátrica</td><td>$1,800 MXN</td></tr>
<tr><td>Programa de 4 semanas (6 sesiones, 2 consultas, 2 integraciones)</td><td>$14,500 MXN</td></tr>
<tr><td>Mantenimiento mensual</td><td>$4,200 MXN</td></tr></table>
<p>Aceptamos tarjeta de crédito y débito, y meses sin intereses con bancos participantes. Entregamos factura para tu aseguradora; la cobertura depende de tu póliza.</p>
<h2>Equipo médico</h2>
<ul><li>Dra. Mariana Solís Ortega &ndash; Psiquiatra, cédula de especialidad 12345678</li><li>Dr. Andrés Villalobos &ndash; Psiquiatra, cédula de especialidad 87654321</li><li>Psic. Laura Fernández &ndash; Integración terapéutica</li></ul>
<h2>¿Quién no es candidato?</h2>
<p>Personas con antecedentes de psicosis, hipertensión no controlada, embarazo, lactancia o consumo activo de sustancias.</p>
<p class="crisis">Si estás en crisis, llama a la Línea de la Vida: 800 911 2000.</p>
<a class="btn" href="/mx/agenda">Agendar mi evaluación</a>
</main>
<footer><p>Terapia Ketamina México, S.C. &middot; Aviso de privacidad &middot; Responsable sanitario: Dra. Mariana Solís Ortega</p></footer>
""", noise="cookie-es")

p("h4122", "https://esketamin-sprechstunde.example/online-beratung", "telehealth", False, "de",
  "online-psychiatry-referral-de", "Online-Sprechstunde Esketamin: Abklärung per Video | Esketamin-Sprechstunde", """
<header><a href="/" class="logo">Esketamin-Sprechstunde</a>
<nav><a href="/online-beratung">Online-Beratung</a> <a href="/ablauf">Ablauf</a> <a href="/kosten">Kosten</a> <a href="/partnerzentren">Partnerzentren</a> <a href="/team">Team</a> <a class="btn" href="/termin">Termin buchen</a></nav></header>
<main>
<h1>Ist Esketamin eine Option für Sie? Abklärung per Videosprechstunde</h1>
<p>Esketamin-Nasenspray (Spravato) ist in der EU zugelassen für Erwachsene mit therapieresistenter Depression, also wenn mindestens zwei Antidepressiva in der aktuellen Episode nicht ausreichend gewirkt haben. Die Anwendung erfolgt ausschließlich unter ärztlicher Aufsicht in einer Praxis oder Klinik; danach werden Patientinnen und Patienten mindestens zwei Stunden überwacht.</p>
<p>Unsere Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie klären per Video, ob eine Behandlung in Frage kommt. Wir verordnen und versenden kein Esketamin nach Hause.</p>
<h2>Ablauf</h2>
<ol><li><b>Online-Anmeldung</b> mit Befunden, Medikamentenplan und bisherigen Therapien.</li>
<li><b>Videosprechstunde</b> (ca. 50 Minuten) über einen zertifizierten Videodienstanbieter.</li>
<li><b>Arztbrief</b> mit Empfehlung an Sie und, mit Ihrem Einverständnis, an Ihre Hausärztin oder Ihren Hausarzt.</li>
<li><b>Überweisung</b> an ein Partnerzentrum in Ihrer Nähe, das die Behandlung vor Ort durchführt.</li>
<li><b>Begleitung</b> der antidepressiven Basismedikation per Video, auf Wunsch.</li></ol>
<h2>Kosten</h2>
<p>Die Videosprechstunde ist für gesetzlich Versicherte eine Kassenleistung, sofern Sie bei uns als Patient aufgenommen sind (bitte eGK bereithalten). Privatversicherte und Selbstzahler erhalten eine Rechnung nach GOÄ, in der Regel 120&ndash;180 &euro; für das Erstgespräch. Die Behandlung selbst rechnet das Partnerzentrum ab.</p>
<h2>Partnerzentren</h2>
<ul><li>Berlin-Mitte &ndash; Psychiatrische Institutsambulanz</li><li>Hamburg-Eppendorf &ndash; Praxis für Psychiatrie</li><li>München &ndash; Tagesklinik Schwabing</li><li>Köln &ndash; Zentrum für seelische Gesundheit</li><li>Leipzig &ndash; Universitätsnahe Ambulanz</li></ul>
<h2>Für wen ist das nichts?</h2>
<p>Bei aktueller Psychose, unkontrolliertem Bluthochdruck, bestimmten Gefäßerkrankungen oder in der Schwangerschaft kommt Esketamin in der Regel nicht in Betracht. In akuten Krisen wenden Sie sich bitte an den Notruf 112 oder die Telefonseelsorge 0800 111 0 111.</p>
</main>
<footer><p>Esketamin-Sprechstunde &middot; Medizinisches Versorgungszentrum für Psychiatrie GmbH &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></p></footer>
""", noise="cookie-de")

p("h4123", "https://teleconsultpsy.example/fr/ketamine-a-domicile", "telehealth", False, "fr",
  "telehealth-service-page-qc", "Kétamine à domicile avec suivi médical | TéléConsult Psy (Québec)", """
<header><a href="/fr/" class="logo">TéléConsult <b>Psy</b></a>
<nav><a href="/fr/services">Services</a> <a href="/fr/ketamine-a-domicile">Kétamine à domicile</a> <a href="/fr/equipe">Équipe</a> <a href="/fr/tarifs">Tarifs</a> <a href="/fr/faq">FAQ</a> <a href="/en/">English</a> <a class="btn" href="/fr/rendez-vous">Prendre rendez-vous</a></nav></header>
<main>
<h1>Traitement à la kétamine à domicile, encadré par un médecin</h1>
<p>Pour les adultes du Québec vivant avec une dépression résistante. Le traitement n'est possible qu'après une évaluation complète par visioconférence avec un médecin membre du Collège des médecins du Québec.</p>
<h2>Les étapes</h2>
<ol><li><b>Formulaire d'accueil</b> et consentement à la télémédecine.</li>
<li><b>Évaluation médicale par vidéo</b> (60 minutes). Le médecin peut demander une prise de tension, un ECG ou une lettre de votre médecin de famille. Environ une personne sur trois se voit proposer une autre option.</li>
<li><b>Ordonnance</b> transmise à notre pharmacie partenaire au Québec, qui délivre le médicament avec remise en main propre et vérification d'identité.</li>
<li><b>Séances à domicile</b> en présence d'une personne de confiance, avec suivi infirmier en vidéo pendant la première séance.</li>
<li><b>Suivi</b> médical après 2 semaines puis chaque mois.</li></ol>
<h2>Tarifs</h2>
<table><tr><th>Service</th><th>Tarif</th></tr><tr><td>Évaluation initiale</td><td>295 $</td></tr><tr><td>Programme de 4 semaines</td><td>1 150 $</td></tr><tr><td>Suivi mensuel</td><td>190 $</td></tr></table>
<p>Ces services ne sont pas couverts par la RAMQ. Nous remettons des reçus pour les assurances collectives.</p>
<h2>Contre-indications</h2>
<p>Antécédents de psychose, hypertension non maîtrisée, grossesse, trouble lié à l'usage de substances actif.</p>
<p>En cas de détresse, composez le 9-8-8.</p>
</main>
<footer><p>TéléConsult Psy inc. &middot; Médecins inscrits au CMQ &middot; <a href="/fr/confidentialite">Confidentialité</a></p></footer>
""", noise="cookie-fr")

# ---------------------------------------------------------------- clinics (8)

p("h4124", "https://harborinfusion.example/services/ketamine-infusions", "clinic", False, "en",
  "clinic-service-page-prices", "Ketamine Infusions for Depression, Anxiety & PTSD | Harbor Infusion Center", """
<header><a href="/" class="logo">Harbor Infusion Center</a><div class="contact">(555) 014-2290 &middot; 1180 Bayview Ave, Suite 210</div>
<nav><a href="/services">Services</a> <a href="/services/ketamine-infusions">Ketamine infusions</a> <a href="/services/spravato">Spravato</a> <a href="/services/nad">NAD+</a> <a href="/pricing">Pricing</a> <a href="/team">Our team</a> <a class="btn" href="/book">Book a consultation</a></nav></header>
<main>
<h1>Ketamine infusion therapy</h1>
<p>Harbor Infusion Center has provided IV ketamine for treatment-resistant depression, anxiety, PTSD and chronic pain since 2018. Infusions are administered in our clinic by registered nurses under the supervision of a board-certified anesthesiologist, with continuous monitoring of heart rate, blood pressure and oxygen saturation.</p>
<h2>Your first visit</h2>
<p>Every patient starts with a consultation with our medical director or nurse practitioner. We review your psychiatric history and current medications, take vital signs and, with your permission, coordinate with your psychiatrist or therapist. We ask for a referral or records from a mental health provider for depression and PTSD treatment.</p>
<h2>What an infusion is like</h2>
<p>You relax in a private room with a reclining chair, eye mask and headphones. The infusion lasts about 40 minutes; you stay with us for another 30 to 45 minutes afterwards. You must arrange a ride home and should not drive until the next day.</p>
<h2>Treatment plan</h2>
<p>The standard induction series is six infusions over two to three weeks. Patients who respond may return for boosters every few weeks to months, based on symptoms.</p>
<h2>Pricing</h2>
<table><tr><th>Service</th><th>Price</th></tr>
<tr><td>Initial consultation</td><td>$150 (credited toward your first infusion)</td></tr>
<tr><td>Single infusion (mood)</td><td>$495</td></tr>
<tr><td>Induction series of 6 (mood, prepaid)</td><td>$2,700</td></tr>
<tr><td>Booster infusion</td><td>$450</td></tr>
<tr><td>Chronic pain infusion (up to 4 hours)</td><td>$750&ndash;$950</td></tr></table>
<p>We accept all major credit cards, HSA/FSA and financing through CareCredit and Advance Care Card.</p>
<h2>Insurance</h2>
<p>IV ketamine for mental health is generally not covered. We are happy to provide a superbill with diagnosis and procedure codes for out-of-network reimbursement. Our Spravato program is covered by most commercial plans and Medicare; see <a href="/services/spravato">Spravato</a>.</p>
<h2>Who we treat</h2>
<p>Adults 18 and older. Ketamine is not suitable for everyone. Uncontrolled high blood pressure, active psychosis, pregnancy and certain heart conditions may rule it out.</p>
<h2>Meet the team</h2>
<ul><li>Dr. Samuel Achebe, MD &ndash; Medical Director, Anesthesiology</li><li>Linda Park, PMHNP &ndash; Psychiatric Nurse Practitioner</li><li>Jordan Ellis, RN &ndash; Infusion Nurse</li></ul>
<section class="cta"><h2>Take the first step</h2><p>Book a free 15-minute phone call or a full consultation online.</p><a class="btn" href="/book">Book now</a></section>
</main>
<footer><p>Harbor Infusion Center &middot; Mon&ndash;Fri 8am&ndash;6pm, Sat 9am&ndash;1pm &middot; <a href="/privacy">Privacy</a> &middot; <a href="/patient-forms">Patient forms</a></p><p>If you are in crisis call 988.</p></footer>
""", noise="cookie")

p("h4125", "https://centerforneurowellness.example/spravato", "clinic", False, "en",
  "spravato-center-insurance", "Spravato (Esketamine) Treatment | Center for NeuroWellness", """
<header><a href="/" class="logo">Center for NeuroWellness</a><nav><a href="/tms">TMS</a> <a href="/spravato">Spravato</a> <a href="/medication-management">Medication management</a> <a href="/insurance">Insurance</a> <a href="/locations">Locations</a> <a href="/refer">For providers</a> <a class="btn" href="/appointments">Request appointment</a></nav></header>
<main>
<h1>Spravato&reg; (esketamine) nasal spray</h1>
<p>The Center for NeuroWellness is a certified treatment center under the Spravato REMS program at both our Northgate and Riverside offices. Our psychiatrists have supervised more than 9,000 Spravato sessions.</p>
<h2>Who is Spravato for?</h2>
<p>Adults with treatment-resistant depression, used with an oral antidepressant, and adults with major depressive disorder who have suicidal thoughts or actions, as part of a broader plan.</p>
<h2>What happens at a session</h2>
<p>You self-administer the spray in our office under direct observation by a nurse. We check your blood pressure before dosing and at 40 minutes. You then rest in a monitored room for at least two hours. You cannot drive the same day, so please plan transportation.</p>
<h2>Typical schedule</h2>
<table><tr><th>Phase</th><th>Frequency</th></tr><tr><td>Induction (weeks 1&ndash;4)</td><td>Twice a week</td></tr><tr><td>Weeks 5&ndash;8</td><td>Once a week</td></tr><tr><td>Week 9 onward</td><td>Every week or every two weeks</td></tr></table>
<h2>Insurance and benefits investigation</h2>
<p>Spravato is covered by most commercial insurance plans, Medicare and many Medicaid plans, usually with prior authorization. Before your first session our benefits team:</p>
<ul><li>verifies your coverage for the medication and the observation visit codes;</li><li>submits the prior authorization with your psychiatrist's documentation of previous antidepressant trials;</li><li>estimates your out-of-pocket cost per session;</li><li>enrolls eligible commercially insured patients in the manufacturer's savings program.</li></ul>
<p>Accepted plans include Aetna, Anthem, Blue Cross Blue Shield, Cigna, Humana, Medicare, Optum, Tricare and UnitedHealthcare. Self-pay pricing is available on request.</p>
<h2>How to start</h2>
<ol><li>Request an appointment online or ask your provider to send a referral.</li><li>Attend an evaluation with one of our psychiatrists.</li><li>We complete the benefits investigation (usually 5&ndash;10 business days).</li><li>Schedule your first session.</li></ol>
<h2>Locations</h2>
<p><b>Northgate:</b> 4400 Northgate Blvd, Suite 300 &middot; <b>Riverside:</b> 210 Mill Street, 2nd floor</p>
<a class="btn" href="/appointments">Request an appointment</a>
</main>
<footer><p>&copy; 2026 Center for NeuroWellness &middot; Fax referrals to (555) 019-4410 &middot; <a href="/privacy">Privacy</a></p></footer>
""")

p("h4126", "https://summitketamineclinic.example/blog/ketamine-for-depression-everything-you-need-to-know", "clinic", False, "en",
  "clinic-seo-blog-post", "Ketamine for Depression: Everything You Need to Know | Summit Ketamine Clinic Blog", """
<header><a href="/" class="logo">Summit Ketamine Clinic</a><nav><a href="/ketamine-infusions">Infusions</a> <a href="/conditions">Conditions</a> <a href="/pricing">Pricing</a> <a href="/blog">Blog</a> <a href="/contact">Contact</a> <a class="btn" href="/free-consultation">Free consultation</a></nav></header>
<main><article>
<p class="crumbs"><a href="/blog">Blog</a> &rsaquo; Depression</p>
<h1>Ketamine for Depression: Everything You Need to Know</h1>
<p class="meta">By Dr. Elise Ward, MD, Medical Director &middot; September 14, 2026</p>
<p>Every week, people call our clinic with the same questions. They have read about ketamine online, sometimes in glowing terms and sometimes in scary ones, and they want to know what is real. This post collects the answers we give most often.</p>
<h2>What is ketamine, and why is it used for depression?</h2>
<p>Ketamine is an anesthetic that has been used safely in hospitals for more than fifty years. In the early 2000s, researchers found that a low dose given by IV could reduce depressive symptoms within a day, even in people who had not improved with several antidepressants. Since then, hundreds of studies have explored how and for whom it works.</p>
<h2>How is it different from my antidepressant?</h2>
<p>Traditional antidepressants act on serotonin and norepinephrine and usually take weeks. Ketamine acts on glutamate and appears to help the brain form new connections quickly. It is not a replacement for your current medications; most of our patients stay on them.</p>
<h2>Does it work?</h2>
<p>In published studies, roughly half to two thirds of people with treatment-resistant depression respond to a series of infusions. At our clinic, we track PHQ-9 scores before every infusion, and we will tell you honestly after three or four infusions whether it seems to be helping.</p>
<h2>Is it safe?</h2>
<p>In a medical setting, with screening and monitoring, serious problems are rare. During the infusion you may feel detached or dreamlike, and your blood pressure may rise; our nurses watch you the entire time. We do not offer ketamine to people with uncontrolled hypertension, active psychosis or active substance misuse.</p>
<h2>What about buying ketamine online?</h2>
<p>Please don't. Websites that sell ketamine without a medical evaluation are operating illegally, the product may not be what it claims, and there is nobody to help if something goes wrong. If cost is the barrier, talk to us about financing or ask your psychiatrist whether Spravato, which is often covered by insurance, is an option.</p>
<h2>What does a treatment series cost here?</h2>
<p>A consultation is free. Infusions are $450 each, or $2,400 for a series of six. We accept HSA/FSA and offer financing.</p>
<h2>How do I start?</h2>
<p>Book a free 20-minute consultation with our team. We will review your history, explain the process and, if it seems like a fit, schedule a medical evaluation with our physician.</p>
</article>
<section class="cta"><h2>Have questions about ketamine?</h2><a class="btn" href="/free-consultation">Book a free consultation</a> <p>Or call (555) 017-8800.</p></section>
<aside><h3>Recent posts</h3><ul><li><a href="/blog/what-to-expect-first-infusion">What to expect at your first infusion</a></li><li><a href="/blog/ketamine-vs-spravato">Ketamine vs Spravato</a></li><li><a href="/blog/integration-therapy">Why integration matters</a></li></ul></aside>
</main>
<footer><p>Summit Ketamine Clinic &middot; 75 Ridge Road, Boulder &middot; &copy; 2026</p></footer>
""", noise="cookie")

p("h4127", "https://evergreenketamine.example/", "clinic", False, "en",
  "nav-only-clinic-home", "Evergreen Ketamine & Wellness | Home", """
<div class="topbar"><a href="tel:5550163300">(555) 016-3300</a> &middot; <a href="/locations">3 locations</a> &middot; <a href="/patient-portal">Patient portal</a></div>
<header><a href="/" class="logo">Evergreen Ketamine &amp; Wellness</a>
<nav><ul>
<li><a href="/treatments">Treatments</a><ul><li><a href="/treatments/iv-ketamine">IV ketamine</a></li><li><a href="/treatments/spravato">Spravato</a></li><li><a href="/treatments/kap">Ketamine-assisted psychotherapy</a></li><li><a href="/treatments/pain">Pain infusions</a></li></ul></li>
<li><a href="/conditions">Conditions</a></li>
<li><a href="/pricing">Pricing &amp; insurance</a></li>
<li><a href="/locations">Locations</a><ul><li><a href="/locations/tacoma">Tacoma</a></li><li><a href="/locations/olympia">Olympia</a></li><li><a href="/locations/bellevue">Bellevue</a></li></ul></li>
<li><a href="/about">About</a></li>
<li><a href="/referrals">Referring providers</a></li></ul></nav>
<a href="/book" class="btn">Book an appointment</a></header>
<main>
<section class="hero"><h1>Relief can start here.</h1><a href="/book" class="btn">Schedule a consultation</a> <a href="/treatments" class="link">Explore treatments</a></section>
<section class="quick"><a href="/new-patients">New patients</a> <a href="/patient-forms">Patient forms</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a></section>
</main>
<footer><div class="cols">
<div><h4>Tacoma</h4>1901 Pacific Ave, Suite 4<br>Mon&ndash;Fri 8&ndash;5</div>
<div><h4>Olympia</h4>520 Capitol Way S<br>Tue&ndash;Sat 9&ndash;4</div>
<div><h4>Bellevue</h4>11000 NE 8th St, Suite 900<br>Mon&ndash;Thu 8&ndash;6</div>
<div><h4>Patients</h4><a href="/patient-portal">Patient portal</a><br><a href="/billing">Billing</a><br><a href="/careers">Careers</a></div></div>
<p>Certified Spravato REMS treatment center. Member, American Society of Ketamine Physicians, Psychotherapists &amp; Practitioners.</p>
<p>&copy; 2026 Evergreen Ketamine &amp; Wellness, PLLC &middot; <a href="/privacy">Privacy</a> &middot; <a href="/notice-of-privacy-practices">Notice of privacy practices</a></p></footer>
""")

p("h4128", "https://centroesketamina.example/trattamento", "clinic", False, "it",
  "hospital-centre-esketamine-it", "Trattamento con esketamina spray nasale | Centro Depressione Resistente", """
<header><a href="/" class="logo">Centro per la Depressione Resistente</a> <span>Casa di Cura convenzionata</span>
<nav><a href="/chi-siamo">Chi siamo</a> <a href="/trattamento">Esketamina</a> <a href="/tms">Stimolazione magnetica</a> <a href="/prenotazioni">Prenotazioni</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Trattamento con esketamina spray nasale</h1>
<p>Il nostro centro somministra esketamina spray nasale (Spravato) a pazienti adulti con depressione maggiore resistente al trattamento, in associazione a un antidepressivo orale, secondo le indicazioni dell'Agenzia Italiana del Farmaco.</p>
<h2>Come si accede</h2>
<ol><li><b>Impegnativa</b> del medico di medicina generale o dello psichiatra curante per visita psichiatrica.</li>
<li><b>Visita di valutazione</b> con uno psichiatra del centro, che verifica i criteri di resistenza (almeno due antidepressivi adeguati nell'episodio in corso) e l'assenza di controindicazioni.</li>
<li><b>Piano terapeutico</b> e programmazione delle sedute.</li></ol>
<h2>La seduta</h2>
<p>Il paziente si autosomministra lo spray sotto la supervisione diretta di un medico o di un infermiere. La pressione arteriosa viene misurata prima e circa 40 minuti dopo la somministrazione. Segue un periodo di osservazione di almeno due ore in ambulatorio. Non è consentito guidare fino al giorno successivo: si consiglia di farsi accompagnare.</p>
<h2>Frequenza</h2>
<p>Due sedute a settimana per le prime quattro settimane, poi una a settimana, successivamente ogni una o due settimane secondo la risposta clinica.</p>
<h2>Costi</h2>
<table><tr><th>Prestazione</th><th>Costo</th></tr><tr><td>Visita psichiatrica con impegnativa SSN</td><td>ticket secondo la normativa regionale</td></tr><tr><td>Visita psichiatrica in regime privato</td><td>&euro; 150</td></tr><tr><td>Seduta di esketamina (farmaco erogato dal SSN)</td><td>ticket per prestazione ambulatoriale</td></tr></table>
<p>Il farmaco è a carico del Servizio Sanitario Nazionale per i pazienti che rispettano i criteri di rimborsabilità.</p>
<h2>Prenotazioni</h2>
<p>Tramite CUP regionale o direttamente al nostro ufficio accettazione: tel. 02 0000 1234, dal lunedì al venerdì 8:30&ndash;16:00, oppure compilando il <a href="/prenotazioni">modulo online</a>.</p>
</main>
<footer><p>Casa di Cura Villa Serena S.r.l. &middot; Direttore sanitario: Dott.ssa Paola Ferri &middot; <a href="/privacy">Privacy</a> &middot; <a href="/carta-dei-servizi">Carta dei servizi</a></p></footer>
""")

p("h4129", "https://kliniekketamine.example/behandeling", "clinic", False, "nl",
  "clinic-service-page-nl", "Ketaminebehandeling bij depressie | Kliniek Ketamine Utrecht", """
<header><a href="/" class="logo">Kliniek Ketamine <b>Utrecht</b></a>
<nav><a href="/behandeling">Behandeling</a> <a href="/voor-wie">Voor wie</a> <a href="/verwijzers">Verwijzers</a> <a href="/kosten-en-vergoeding">Kosten en vergoeding</a> <a href="/over-ons">Over ons</a> <a class="knop" href="/aanmelden">Aanmelden</a></nav></header>
<main>
<h1>Ketaminebehandeling bij therapieresistente depressie</h1>
<p>Kliniek Ketamine Utrecht is een gespecialiseerde GGZ-kliniek voor mensen bij wie meerdere behandelingen voor depressie onvoldoende hebben geholpen. Wij bieden esketamine-neusspray en intraveneuze ketamine, altijd onder toezicht van een psychiater en een verpleegkundige, in onze kliniek.</p>
<h2>Aanmelden</h2>
<p>Voor een behandeling bij ons heeft u een verwijzing nodig van uw huisarts of behandelend psychiater. Uw verwijzer stuurt via Zorgdomein of beveiligde e-mail de verwijsbrief en een overzicht van eerdere behandelingen mee.</p>
<h2>Intake</h2>
<p>Tijdens de intake spreekt u met een psychiater en een verpleegkundig specialist. We bespreken uw klachten, eerdere medicatie en therapie, uw lichamelijke gezondheid en uw verwachtingen. Soms vragen we een ECG of bloedonderzoek aan.</p>
<h2>De behandeling</h2>
<p>In de eerste vier weken komt u twee keer per week. Na toediening blijft u minstens twee uur in de kliniek ter observatie. U mag die dag niet zelf autorijden. Daarna wordt de frequentie afgebouwd. Naast de medicatie heeft u regelmatig gesprekken met uw behandelaar.</p>
<h2>Kosten en vergoeding</h2>
<p>De behandeling valt onder de basisverzekering als gespecialiseerde GGZ. Wij hebben contracten met de meeste zorgverzekeraars. Let op: uw eigen risico (&euro; 385 in 2026) is van toepassing. Intraveneuze ketamine is off-label en wordt alleen in bepaalde gevallen vergoed; wij bespreken dit vooraf met u.</p>
<h2>Wachttijd</h2>
<table><tr><th>Fase</th><th>Actuele wachttijd</th></tr><tr><td>Aanmelding tot intake</td><td>5 weken</td></tr><tr><td>Intake tot start behandeling</td><td>3 weken</td></tr></table>
<h2>Contact</h2>
<p>Maliesingel 00, Utrecht &middot; 030 000 00 00 (ma&ndash;vr 9.00&ndash;17.00)</p>
</main>
<footer><p>Kliniek Ketamine Utrecht B.V. &middot; AGB-code 00000000 &middot; <a href="/klachtenregeling">Klachtenregeling</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie-nl")

p("h4130", "https://clinicainfusaocetamina.example/pt/cetamina", "clinic", False, "pt",
  "clinic-packages-whatsapp-pt", "Infusão de cetamina em Lisboa | Clínica Infusão", """
<header><a href="/pt/" class="logo">Clínica <b>Infusão</b></a>
<nav><a href="/pt/cetamina">Cetamina</a> <a href="/pt/esketamina">Esketamina</a> <a href="/pt/equipa">Equipa</a> <a href="/pt/precos">Preços</a> <a href="/pt/contactos">Contactos</a> <a href="https://wa.me/351910000000" class="btn">Marcar pelo WhatsApp</a></nav></header>
<main>
<h1>Infusão de cetamina para depressão resistente</h1>
<p>Na Clínica Infusão, em Lisboa, realizamos infusões endovenosas de cetamina em ambiente clínico, com monitorização contínua e acompanhamento por médico psiquiatra e anestesiologista.</p>
<h2>Antes de começar</h2>
<p>A primeira etapa é uma consulta de psiquiatria presencial, em que avaliamos o diagnóstico, os tratamentos anteriores e eventuais contraindicações. Pedimos relatórios do seu médico assistente sempre que possível. Só depois desta consulta é decidido se a cetamina é indicada.</p>
<h2>Como decorre uma sessão</h2>
<p>A infusão dura cerca de 40 minutos numa sala individual. A enfermeira mede a tensão arterial, a frequência cardíaca e a saturação de oxigénio durante toda a sessão. Depois fica em recobro cerca de uma hora. Deve vir acompanhado e não conduzir nesse dia.</p>
<h2>Preços</h2>
<table><tr><th>Serviço</th><th>Preço</th></tr><tr><td>Consulta de psiquiatria</td><td>90 &euro;</td></tr><tr><td>Sessão de infusão</td><td>380 &euro;</td></tr><tr><td>Pacote de 6 sessões</td><td>2.000 &euro;</td></tr><tr><td>Sessão de manutenção</td><td>350 &euro;</td></tr></table>
<p>Emitimos fatura com NIF para reembolso pelo seguro de saúde, conforme a sua apólice. Pagamento por Multibanco, MB WAY ou cartão.</p>
<h2>Marcações</h2>
<p>Marque a sua consulta pelo telefone 210 000 000, pelo formulário online ou por WhatsApp (+351 910 000 000). Respondemos em dias úteis, das 9h às 19h.</p>
<h2>Morada</h2>
<p>Avenida da República, 00, 3.º andar, 1050-000 Lisboa</p>
</main>
<footer><p>Clínica Infusão, Lda. &middot; Licença ERS n.º 00000 &middot; Diretor clínico: Dr. Rui Tavares &middot; <a href="/pt/privacidade">Privacidade</a> &middot; <a href="/pt/livro-de-reclamacoes">Livro de reclamações</a></p></footer>
""", noise="cookie-pt")

p("h4131", "https://praxis-ketamin.example/esketamin-behandlung", "clinic", False, "de",
  "practice-page-krankenkasse", "Esketamin-Behandlung in unserer Praxis | Praxis für Psychiatrie Dr. Albers", """
<header><a href="/" class="logo">Praxis für Psychiatrie und Psychotherapie Dr. Albers</a>
<nav><a href="/praxis">Praxis</a> <a href="/leistungen">Leistungen</a> <a href="/esketamin-behandlung">Esketamin</a> <a href="/team">Team</a> <a href="/anfahrt">Anfahrt</a> <a href="/termine">Termine</a></nav></header>
<main>
<h1>Behandlung mit Esketamin-Nasenspray</h1>
<p>Seit 2021 bieten wir in unserer Praxis die Behandlung mit Esketamin (Spravato) für Erwachsene mit therapieresistenter Depression an. Die Anwendung findet in unseren Praxisräumen unter ärztlicher Aufsicht statt.</p>
<h2>Voraussetzungen</h2>
<ul><li>mittelgradige bis schwere depressive Episode</li><li>mindestens zwei erfolglose Behandlungsversuche mit Antidepressiven in der aktuellen Episode</li><li>keine Kontraindikationen (z.&nbsp;B. Aneurysma, kürzlich zurückliegender Schlaganfall oder Herzinfarkt, unkontrollierter Bluthochdruck)</li></ul>
<h2>Ablauf</h2>
<p>Nach einem ausführlichen Vorgespräch mit körperlicher Untersuchung legen wir gemeinsam einen Behandlungsplan fest. Am Behandlungstag wenden Sie das Nasenspray unter Aufsicht selbst an. Danach bleiben Sie mindestens zwei Stunden in unserem Ruheraum, wo Blutdruck und Befinden kontrolliert werden. Bitte lassen Sie sich abholen &ndash; Autofahren ist am Behandlungstag nicht erlaubt.</p>
<h2>Kosten</h2>
<p>Die Behandlung mit Esketamin ist bei erfüllten Voraussetzungen eine Leistung der gesetzlichen Krankenkassen. Bringen Sie bitte Ihre Versichertenkarte und eine Überweisung Ihrer Hausärztin oder Ihres Hausarztes mit. Privatpatienten erhalten eine Rechnung nach GOÄ.</p>
<h2>Termine</h2>
<p>Telefon 0221 000 00 00 (Mo&ndash;Fr 8&ndash;12 Uhr, Mo/Di/Do 14&ndash;17 Uhr) oder online über unser Terminportal. Bitte beachten Sie: Es gibt eine Warteliste für das Vorgespräch von derzeit etwa sechs Wochen.</p>
</main>
<footer><p>Dr. med. Jana Albers &middot; Fachärztin für Psychiatrie und Psychotherapie &middot; Aachener Straße 00, 50674 Köln &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></p></footer>
""", noise="cookie-de")

# ---------------------------------------------------------------- informational (9)

p("h4132", "https://health.riversidemedical.example/library/ketamine-for-depression", "informational", False, "en",
  "health-library-article", "Ketamine for Depression | Health Library | Riverside Medical Center", """
<header><a href="/" class="logo">Riverside Medical Center</a><nav><a href="/find-a-doctor">Find a doctor</a> <a href="/locations">Locations</a> <a href="/library">Health library</a> <a href="/patients">Patients &amp; visitors</a> <a href="/mychart">MyChart</a></nav></header>
<main><article>
<p class="crumbs"><a href="/library">Health Library</a> &gt; <a href="/library/treatments">Treatments &amp; procedures</a> &gt; Ketamine for depression</p>
<h1>Ketamine for Depression</h1>
<h2>Overview</h2>
<p>Ketamine is a medicine that has been used for anesthesia since 1970. In lower doses, it can reduce symptoms of depression quickly in some people. A form of ketamine called esketamine is approved by the U.S. Food and Drug Administration (FDA) as a nasal spray for adults with treatment-resistant depression and for adults with depression who have suicidal thoughts or actions. Other forms, such as IV infusions, are used "off-label."</p>
<h2>Why it's done</h2>
<p>Your provider may suggest ketamine or esketamine if you have major depression and have tried at least two antidepressant medicines without enough improvement. It is usually added to, not used in place of, other treatment such as medication and talk therapy.</p>
<h2>Risks</h2>
<ul><li>Feeling disconnected from your body or surroundings (dissociation)</li><li>Sleepiness, dizziness and nausea</li><li>Increased blood pressure</li><li>Trouble thinking clearly for a short time</li><li>Risk of misuse</li></ul>
<p>Because of these risks, esketamine is only given in certified health care settings, and you are watched for at least 2 hours after each dose.</p>
<h2>How you prepare</h2>
<p>Tell your provider about all medicines and supplements you take. Avoid eating for 2 hours and drinking liquids for 30 minutes before a nasal spray dose. Arrange for someone to drive you home.</p>
<h2>What you can expect</h2>
<p><b>During treatment:</b> For esketamine, you spray the medicine into your nose while a nurse watches. For IV ketamine, the medicine is given through a vein over about 40 minutes.</p>
<p><b>After treatment:</b> You will stay in the office until your provider says you can go. Most effects wear off within a few hours.</p>
<h2>Results</h2>
<p>Some people feel better within hours or days. The effect of a single dose usually does not last, so treatment is given as a series. Your provider will check how you respond and decide whether to continue.</p>
<h2>Warning about online sales</h2>
<p>Ketamine is a controlled substance. Websites that sell ketamine without a prescription, or that "approve" you through a short online questionnaire, are not safe. Products bought this way may be fake or contaminated. Talk with a licensed provider.</p>
<h2>When to call your provider</h2>
<p>Call if you have a severe headache, chest pain, trouble breathing or new thoughts of self-harm. In an emergency call 911, or call or text 988.</p>
<p class="review">Reviewed by: Behavioral Health Editorial Board &middot; Last reviewed: 08/2026</p>
</article>
<aside><h3>Related</h3><ul><li><a href="/library/tms">Transcranial magnetic stimulation</a></li><li><a href="/library/ect">Electroconvulsive therapy</a></li><li><a href="/services/behavioral-health">Behavioral Health services at Riverside</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 Riverside Medical Center &middot; <a href="/nondiscrimination">Nondiscrimination</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/price-transparency">Price transparency</a></p></footer>
""", noise="cookie")

p("h4133", "https://cityledger.example/news/2026/11/18/online-ketamine-sellers-investigation", "informational", False, "en",
  "news-feature-quoting-dealers", "'No prescription, no questions': inside the booming online ketamine trade | The City Ledger", """
<header><a href="/" class="logo">The City Ledger</a><nav><a href="/news">News</a> <a href="/investigations">Investigations</a> <a href="/health">Health</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="btn">Subscribe</a></nav></header>
<main><article>
<p class="kicker">INVESTIGATION</p>
<h1>'No prescription, no questions': inside the booming online ketamine trade</h1>
<p class="dek">Websites dressed up as clinics and health guides are selling vials of ketamine to anyone with a crypto wallet. We ordered from three of them.</p>
<p class="byline">By Hannah Cole and Victor Mensah &middot; November 18, 2026</p>
<p>The website looks like any wellness brand: soft greens, smiling stock photos, a section titled "The Science." But scroll to the bottom of the page and there it is: a 10-milliliter vial of injectable ketamine for $89, "no prescription required," payable in Bitcoin.</p>
<p>Over three months, reporters for The City Ledger identified more than 60 English-language websites offering ketamine, esketamine or ketamine "troches" to U.S. buyers without a meaningful medical evaluation. Many rank high in search results for phrases like "ketamine for depression" and "buy ketamine online." Several are built as long health articles, with references to clinical trials, that end in an order form.</p>
<h2>'We have never rejected anyone'</h2>
<p>Posing as a customer, a reporter contacted one seller through Telegram. "We have never rejected anyone over 18," the account replied within minutes, quoting $85 per vial, $140 for five grams of powder and a "free reship if customs takes it." Another vendor, reached by WhatsApp, offered a 15 percent discount for payment in Tether and said parcels were hidden inside cosmetic boxes.</p>
<p>A third site, calling itself a "ketamine clinic," asked eight multiple-choice questions and displayed "Approved!" in under a minute. Two weeks later, a padded envelope containing lozenges arrived at a reporter's home. No doctor ever called.</p>
<h2>What was inside</h2>
<p>The Ledger sent the products to an independent laboratory. One vial contained ketamine at roughly the labelled concentration. The lozenges contained less than half the advertised dose. The third order, sold as "pharmaceutical ketamine crystal," contained a mixture of ketamine and an analogue, 2-fluorodeschloroketamine, which is not approved for any medical use.</p>
<h2>Built for search engines</h2>
<p>Many of the sites follow the same pattern. A long article &ndash; 3,000 words or more &ndash; explains what ketamine is, how it works on glutamate and what the major trials found, often copied nearly word for word from encyclopaedias or clinic blogs. Headings such as "Everything you need to know" and "2026 guide" are designed to rank. Only at the end does the reader find a price table, an "Add to cart" button or a link to a partner shop with a discount code.</p>
<p>Others are pure doorways: review blogs that rank "the best places to buy ketamine online" and earn a commission on every sale. One such blog listed three vendors, all registered within the same week through the same privacy service, according to domain records reviewed by the Ledger.</p>
<h2>The payment trail</h2>
<p>Most sellers asked for cryptocurrency, usually Bitcoin or Tether, and a few accepted Zelle, Cash App or gift cards. By tracing payments made by reporters, the Ledger identified a wallet that had received more than $1.2 million in the past year. Blockchain analysts who reviewed the wallet for this story said its pattern of many small incoming payments was consistent with retail sales.</p>
<h2>A patient's story</h2>
<p>Maria, a 29-year-old teacher who asked that her last name not be used, found one of the sites after a clinic quoted her $3,000 for a series of infusions. "It looked exactly like a medical website, there were study citations and a doctor's photo," she said. She injected herself at home for four months before developing bladder pain and ending up in an emergency room. "Nobody had ever asked me about my blood pressure or whether I lived alone."</p>
<h2>Regulators and clinicians react</h2>
<p>"These sites borrow the language of medicine without any of its safeguards," said Dr. Laura Bishop, a psychiatrist who directs a hospital-based ketamine program and reviewed the Ledger's findings. "A real evaluation involves a clinician talking to you, checking your blood pressure, asking about psychosis and substance use. An algorithm that approves everyone is not an evaluation."</p>
<p>A spokesperson for the state pharmacy board said it had referred several of the sites to federal authorities. Payment processors cut off two of them after being contacted for this story.</p>
<h2>Legitimate options</h2>
<p>Licensed infusion clinics, certified Spravato treatment centers and telehealth services that evaluate patients by video and use licensed pharmacies remain legal. They are also more expensive, and experts say cost is a key reason patients go looking elsewhere.</p>
<p class="correction">This article has been updated to clarify the laboratory results.</p>
</article>
<aside><h3>More investigations</h3><ul><li><a href="/investigations/fake-pharmacies-glp1">The fake pharmacies selling weight-loss drugs</a></li><li><a href="/investigations/telehealth-adhd">The telehealth ADHD boom, two years on</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 The City Ledger &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/tips">Send us a tip</a></p></footer>
""", noise="cookie")

p("h4134", "https://evidencebriefs.example/summaries/esketamine-maintenance-and-relapse", "informational", False, "en",
  "research-summary", "Esketamine maintenance and relapse prevention: evidence summary | Evidence Briefs", """
<header><a href="/" class="logo">Evidence Briefs</a> <span>Plain-language summaries of clinical research</span><nav><a href="/summaries">Summaries</a> <a href="/topics/mental-health">Mental health</a> <a href="/methods">Our methods</a> <a href="/about">About</a></nav></header>
<main><article>
<h1>Esketamine maintenance and relapse prevention: evidence summary</h1>
<p class="meta">Summary #412 &middot; Evidence current to October 2026 &middot; Certainty of evidence: moderate</p>
<h2>Question</h2>
<p>In adults with treatment-resistant depression who respond to esketamine nasal spray, does continuing esketamine reduce relapse compared with stopping it?</p>
<h2>What we found</h2>
<p>We identified one pivotal randomised withdrawal trial (SUSTAIN-1, n=297 randomised) and two long-term open-label extensions (SUSTAIN-2 and SUSTAIN-3). In SUSTAIN-1, among patients in stable remission after 16 weeks of esketamine plus an oral antidepressant, continuing esketamine reduced the risk of relapse by about half compared with switching to placebo spray (hazard ratio 0.49). Among stable responders not in remission, the risk reduction was larger (hazard ratio 0.30).</p>
<p>Open-label extensions followed some patients for more than four years. Most adverse events were transient and occurred on dosing days: dissociation, dizziness, nausea, sedation and headache. No new safety signals were identified, though open-label designs cannot establish efficacy.</p>
<h2>Limitations</h2>
<ul><li>The main trial was sponsored by the manufacturer.</li><li>Functional unblinding is likely because dissociation is noticeable.</li><li>Patients were highly selected and monitored in certified settings; results may not apply to other forms or settings of ketamine use.</li></ul>
<h2>Summary table</h2>
<table><tr><th>Outcome</th><th>Effect</th><th>Certainty</th></tr><tr><td>Relapse (stable remitters)</td><td>HR 0.49 (0.29&ndash;0.84)</td><td>Moderate</td></tr><tr><td>Relapse (stable responders)</td><td>HR 0.30 (0.16&ndash;0.55)</td><td>Moderate</td></tr><tr><td>Serious adverse events</td><td>Similar between groups</td><td>Low</td></tr></table>
<h2>What this means</h2>
<p>For people who benefit from esketamine, continuing treatment appears to lower the chance of relapse. Decisions about how long to continue should be made with the treating psychiatrist, weighing benefits against the time burden of clinic visits and possible long-term risks.</p>
<h2>References</h2>
<ol><li>Daly EJ, et al. JAMA Psychiatry. 2019;76(9):893&ndash;903.</li><li>Wajs E, et al. J Clin Psychiatry. 2020;81(3):19m12891.</li><li>Zaki N, et al. Int J Neuropsychopharmacol. 2023.</li></ol>
<p class="disclaimer">Evidence Briefs is independent and accepts no industry funding. Summaries are not medical advice.</p>
</article></main>
<footer><p>&copy; 2026 Evidence Briefs &middot; CC BY 4.0 &middot; <a href="/contact">Contact</a></p></footer>
""")

p("h4135", "https://www.drugfacts.gov.example/drug-fact-sheets/ketamine", "informational", False, "en",
  "government-fact-sheet", "Drug Fact Sheet: Ketamine | National Drug Facts", """
<div class="gov-banner">An official website of the government. <a href="#">Here's how you know</a></div>
<header><a href="/" class="logo">National Drug Facts</a><nav><a href="/drug-fact-sheets">Drug fact sheets</a> <a href="/prevention">Prevention</a> <a href="/parents">For parents</a> <a href="/data">Data &amp; statistics</a> <a href="/espanol">Español</a></nav></header>
<main>
<h1>Drug Fact Sheet: Ketamine</h1>
<h2>What is ketamine?</h2>
<p>Ketamine is a dissociative anesthetic that has some hallucinogenic effects. It distorts perceptions of sight and sound and makes the user feel disconnected and not in control. It is an injectable, short-acting anesthetic for use in humans and animals. A related substance, esketamine, is approved as a nasal spray for certain types of depression and must be administered in a certified medical setting.</p>
<h2>What is its origin?</h2>
<p>Ketamine found on the illicit market is often diverted from legitimate sources, particularly veterinary supplies, or smuggled in from other countries. Increasingly, it is also offered through websites and social media accounts that do not require a prescription.</p>
<h2>What are common street names?</h2>
<p>Cat Tranquilizer, Cat Valium, Jet K, Kit Kat, Purple, Special K, Special La Coke, Super Acid, Super K and Vitamin K.</p>
<h2>What does it look like?</h2>
<p>Ketamine comes in a clear liquid and a white or off-white powder. Powdered ketamine is usually cut from the liquid after the solvent evaporates.</p>
<h2>How is it abused?</h2>
<p>Ketamine, along with other "club drugs," has become popular at parties. The powder is snorted or mixed into drinks; the liquid is injected or mixed with beverages. Ketamine has been used to facilitate sexual assault.</p>
<h2>What are the effects?</h2>
<p>A dream-like state, hallucinations, vomiting, and in high doses a state called the "K-hole," in which users experience intense detachment. Long-term use can cause bladder damage, memory problems and depression.</p>
<h2>What is its legal status?</h2>
<p>Ketamine is a Schedule III substance under the Controlled Substances Act. It is legal only when prescribed by a licensed practitioner and dispensed by a registered pharmacy or administered by a registered practitioner. Buying ketamine online without a valid prescription is illegal.</p>
<h2>How to get help</h2>
<p>For confidential treatment referral, call the national helpline at 1-800-662-4357 (free, 24/7, in English and Spanish).</p>
<p class="download"><a href="/files/ketamine-fact-sheet-2026.pdf">Download this fact sheet (PDF, 212 KB)</a></p>
</main>
<footer><nav><a href="/about">About</a> <a href="/foia">FOIA</a> <a href="/accessibility">Accessibility</a> <a href="/privacy">Privacy policy</a> <a href="/no-fear-act">No FEAR Act</a></nav><p>Page last reviewed: October 2026</p></footer>
""")

p("h4136", "https://newdawnrecovery.example/addiction/ketamine", "informational", False, "en",
  "rehab-page", "Ketamine Addiction Treatment | New Dawn Recovery Center", """
<header><a href="/" class="logo">New Dawn Recovery Center</a><div class="phone">Admissions 24/7: (555) 012-7700</div>
<nav><a href="/addiction">What we treat</a> <a href="/programs">Programs</a> <a href="/insurance">Insurance</a> <a href="/admissions">Admissions</a> <a href="/family">For families</a> <a href="/about">About</a></nav></header>
<main>
<h1>Ketamine Addiction Treatment</h1>
<p>Ketamine is used legitimately in anesthesia and, more recently, in supervised treatment for depression. But it can also be misused, and some people develop a pattern of use that is hard to stop. At New Dawn we treat ketamine use disorder with medical care, evidence-based therapy and a plan for life after treatment.</p>
<h2>Signs of ketamine misuse</h2>
<ul><li>Needing larger or more frequent doses to feel the same effect</li><li>Using alone or daily</li><li>Buying from online sellers or dealers after a prescription ended</li><li>Bladder pain, frequent urination or blood in the urine</li><li>Memory problems and trouble concentrating</li><li>Pulling away from friends, work or school</li></ul>
<h2>Is there withdrawal?</h2>
<p>Ketamine does not usually cause dangerous physical withdrawal, but people often experience cravings, anxiety, low mood, fatigue and poor sleep when they stop. Depression that ketamine was masking may return. Our medical team monitors mood closely in the first weeks.</p>
<h2>Our programs</h2>
<table><tr><th>Level of care</th><th>What it involves</th><th>Typical length</th></tr>
<tr><td>Residential</td><td>Live on campus, daily individual and group therapy, medical and psychiatric care</td><td>30&ndash;60 days</td></tr>
<tr><td>Partial hospitalization (PHP)</td><td>Treatment 6 hours a day, 5 days a week, living at home or in sober housing</td><td>3&ndash;6 weeks</td></tr>
<tr><td>Intensive outpatient (IOP)</td><td>3 hours a day, 3&ndash;4 days a week</td><td>8&ndash;12 weeks</td></tr></table>
<h2>Treating the whole person</h2>
<p>Many people who misuse ketamine started out trying to treat depression, anxiety or trauma. Our dual-diagnosis psychiatrists treat those conditions alongside the addiction, using therapies such as CBT, DBT and EMDR. Urology referrals are arranged for people with bladder symptoms.</p>
<h2>Insurance</h2>
<p>We are in network with most major insurers, including Aetna, Cigna, Anthem and UnitedHealthcare. Our admissions team will verify your benefits for free and explain costs before you arrive.</p>
<h2>Take the first step</h2>
<p>Call (555) 012-7700 or <a href="/verify-insurance">verify your insurance online</a>. Calls are confidential.</p>
</main>
<footer><p>New Dawn Recovery Center is licensed by the State Department of Health and accredited by the Joint Commission. &copy; 2026</p><p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p></footer>
""", noise="cookie")

p("h4137", "https://telehealthcompared.example/best-ketamine-telehealth-providers", "informational", False, "en",
  "review-comparison-site", "Best At-Home Ketamine Providers of 2026, Compared | TelehealthCompared", """
<header><a href="/" class="logo">TelehealthCompared</a><nav><a href="/mental-health">Mental health</a> <a href="/weight-loss">Weight loss</a> <a href="/mens-health">Men's health</a> <a href="/how-we-review">How we review</a></nav></header>
<main><article>
<h1>Best At-Home Ketamine Providers of 2026, Compared</h1>
<p class="meta">By Carla Nguyen &middot; Medically reviewed by Jonathan Pryce, MD &middot; Updated December 1, 2026</p>
<p class="disclosure"><i>We may earn a referral fee when you sign up through links on this page. This does not affect our ratings; see <a href="/how-we-review">how we review</a>.</i></p>
<p>At-home ketamine programs have multiplied, and quality varies widely. We evaluated eleven services on clinical safety, clinician involvement, price transparency and follow-up. We excluded any service that prescribes without a live video evaluation or that does not name its clinicians and pharmacy.</p>
<h2>Our picks at a glance</h2>
<table><thead><tr><th>Provider</th><th>Evaluation</th><th>First month</th><th>Monthly after</th><th>Insurance</th><th>Our score</th></tr></thead>
<tbody><tr><td>LumenMind</td><td>Video with psychiatrist or PMHNP</td><td>$249 + $1,190 program</td><td>$229</td><td>Superbill</td><td>4.6</td></tr>
<tr><td>Oasis Care</td><td>Video, licensed clinician</td><td>$225 + $279</td><td>$279</td><td>Superbill, HSA/FSA</td><td>4.5</td></tr>
<tr><td>BrightPath Health</td><td>45-min video evaluation</td><td>$199 + $349</td><td>$349</td><td>Superbill</td><td>4.3</td></tr>
<tr><td>KetamineCare</td><td>Video evaluation</td><td>$275 + $299</td><td>$249</td><td>Superbill</td><td>4.1</td></tr></tbody></table>
<h2>How we chose</h2>
<ul><li><b>Clinician evaluation:</b> a live video visit with a licensed prescriber, not just a form.</li><li><b>Pharmacy:</b> named, licensed pharmacy; signature on delivery.</li><li><b>Safety protocol:</b> sitter requirement, blood-pressure monitoring, limits on refills.</li><li><b>Follow-up:</b> scheduled clinician visits, not just chat.</li><li><b>Transparency:</b> prices and cancellation terms published up front.</li></ul>
<h2>Red flags we saw elsewhere</h2>
<p>During our research we found several websites that called themselves clinics but approved every applicant automatically, shipped vials rather than tablets, accepted cryptocurrency or offered "stealth" shipping. We do not link to them. If a site promises approval without talking to a clinician, walk away.</p>
<h2>Is at-home ketamine right for you?</h2>
<p>At-home programs are usually cheaper than IV clinics but involve oral doses with lower bioavailability and less direct supervision. People with significant medical conditions may be better served by an in-clinic program or by Spravato, which insurance often covers.</p>
<h2>Methodology</h2>
<p>Reviewers signed up as patients where possible, read terms and privacy policies and interviewed clinicians. Ratings are weighted 40% safety, 25% clinical care, 20% cost and 15% user experience.</p>
</article></main>
<footer><p>&copy; 2026 TelehealthCompared. Not a healthcare provider. <a href="/advertiser-disclosure">Advertiser disclosure</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h4138", "https://www.infodrogas.gob.example/sustancias/ketamina", "informational", False, "es",
  "government-fact-sheet-es", "Ketamina - Información sobre sustancias | InfoDrogas", """
<div class="gob">Sitio oficial del Ministerio de Sanidad</div>
<header><a href="/" class="logo">InfoDrogas</a><nav><a href="/sustancias">Sustancias</a> <a href="/riesgos">Riesgos</a> <a href="/familias">Familias</a> <a href="/centros">Centros de atención</a> <a href="/publicaciones">Publicaciones</a></nav></header>
<main>
<p class="migas"><a href="/">Inicio</a> &gt; <a href="/sustancias">Sustancias</a> &gt; Ketamina</p>
<h1>Ketamina</h1>
<h2>¿Qué es?</h2>
<p>La ketamina es un anestésico disociativo de uso en medicina humana y veterinaria. En el ámbito recreativo se consume habitualmente en forma de polvo blanco esnifado, aunque también circula en forma líquida. Se la conoce como «keta», «K», «Special K» o «vitamina K». La esketamina, un derivado, está autorizada como espray nasal para la depresión resistente y solo se administra en centros sanitarios bajo supervisión.</p>
<h2>Efectos</h2>
<p>A dosis bajas produce sensación de ligereza, desinhibición y alteraciones de la percepción. A dosis más altas provoca desconexión del entorno y del propio cuerpo (el llamado «agujero K»), dificultad para moverse y hablar, confusión y amnesia.</p>
<h2>Riesgos</h2>
<ul><li>Accidentes y caídas por la anestesia y la descoordinación.</li><li>Náuseas y vómitos, con riesgo de aspiración si se pierde la consciencia.</li><li>Mezclada con alcohol, benzodiacepinas u opioides aumenta el riesgo de depresión respiratoria.</li><li>El uso frecuente puede causar graves daños en la vejiga y las vías urinarias (cistitis por ketamina).</li><li>Problemas de memoria y dependencia psicológica.</li></ul>
<h2>Compras por internet</h2>
<p>En los últimos años han aparecido páginas web y cuentas en redes sociales que ofrecen ketamina «sin receta», a veces presentándose como farmacias o clínicas. La venta de medicamentos sujetos a prescripción a través de internet está prohibida en España. Los productos pueden estar adulterados o contener otras sustancias, como análogos de la ketamina, y la persona compradora se expone a sanciones y a estafas. Para comprobar si una farmacia online está autorizada, consulte el distintivo común europeo y el listado de su comunidad autónoma.</p>
<h2>Ketamina y depresión</h2>
<p>La investigación sobre el uso de ketamina y esketamina en la depresión es un campo activo. Su uso terapéutico requiere valoración psiquiátrica, control de constantes y seguimiento. La automedicación no es una alternativa segura.</p>
<h2>¿Dónde pedir ayuda?</h2>
<p>Si le preocupa su consumo o el de alguien cercano, puede dirigirse a su centro de salud o a la red de centros de atención a las adicciones de su comunidad autónoma. Consulte el <a href="/centros">buscador de centros</a>.</p>
<p class="fecha">Última actualización: 12/09/2026</p>
</main>
<footer><nav><a href="/accesibilidad">Accesibilidad</a> <a href="/aviso-legal">Aviso legal</a> <a href="/mapa-web">Mapa web</a> <a href="/contacto">Contacto</a></nav><p>&copy; Gobierno &middot; Delegación del Gobierno para el Plan sobre Drogas</p></footer>
""", noise="cookie-es")

p("h4139", "https://lequotidiensante.example/enquete/ketamine-vente-en-ligne-faux-sites-medicaux", "informational", False, "fr",
  "news-investigation-fr", "Kétamine : enquête sur les faux sites médicaux qui vendent sans ordonnance | Le Quotidien Santé", """
<header><a href="/" class="logo">Le Quotidien <b>Santé</b></a><nav><a href="/actualites">Actualités</a> <a href="/enquete">Enquêtes</a> <a href="/medicaments">Médicaments</a> <a href="/sante-mentale">Santé mentale</a> <a href="/abonnement" class="btn">S'abonner</a></nav></header>
<main><article>
<p class="rubrique">ENQUÊTE</p>
<h1>Kétamine : enquête sur les faux sites médicaux qui vendent sans ordonnance</h1>
<p class="chapo">Articles de vulgarisation, témoignages de patients, références scientifiques... et, en bas de page, un bouton « Commander ». Nous avons passé au crible une quarantaine de sites francophones.</p>
<p class="signature">Par Claire Dubreuil &middot; Publié le 3 décembre 2026</p>
<p>Il suffit de taper « kétamine dépression » dans un moteur de recherche pour tomber sur eux. Certains se présentent comme des « cliniques en ligne », d'autres comme des blogs de bien-être. Leur point commun : ils proposent d'expédier de la kétamine, en flacons ou en pastilles, sans consultation médicale réelle.</p>
<h2>« Validation automatique »</h2>
<p>Sur l'un de ces sites, un questionnaire de dix questions débouche, en quelques secondes, sur un message de « validation médicale ». Le tarif affiché : 149 euros pour dix pastilles, 229 euros pour deux flacons. Le paiement se fait par carte, virement ou Bitcoin. Joint par WhatsApp, un interlocuteur nous assure que « le colis est neutre » et qu'« aucun médecin n'a besoin de vous voir ».</p>
<p>Un autre vendeur, contacté sur Telegram, propose « 25 euros le gramme » de poudre et une « réexpédition gratuite en cas de saisie par la douane ».</p>
<h2>Ce que dit la loi</h2>
<p>En France, la kétamine est classée comme stupéfiant. Sa vente en ligne est interdite, comme celle de tout médicament soumis à prescription. L'eskétamine (Spravato) n'est délivrée qu'en milieu hospitalier ou dans certains établissements, sous surveillance. « Ces sites se servent du vocabulaire médical pour rassurer, mais il n'y a aucune évaluation, aucune surveillance de la tension, aucun suivi », explique le Pr Marc Lemaire, psychiatre dans un CHU parisien.</p>
<h2>Des produits douteux</h2>
<p>L'ANSM rappelle régulièrement que les médicaments achetés sur des sites non autorisés peuvent être falsifiés ou sous-dosés. Des analogues de la kétamine, non évalués chez l'humain, ont été retrouvés dans des produits vendus comme « kétamine pharmaceutique ».</p>
<h2>Vers qui se tourner ?</h2>
<p>Les patients souffrant de dépression résistante peuvent demander à leur psychiatre une orientation vers un centre expert. La liste des pharmacies en ligne autorisées est publiée par l'Ordre des pharmaciens.</p>
</article>
<aside><h3>À lire aussi</h3><ul><li><a href="/medicaments/esketamine-remboursement">Eskétamine : où en est le remboursement ?</a></li><li><a href="/enquete/faux-medicaments-amaigrissants">Les faux médicaments amaigrissants</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 Le Quotidien Santé &middot; <a href="/mentions-legales">Mentions légales</a> &middot; <a href="/charte">Charte déontologique</a></p></footer>
""", noise="cookie-fr")

p("h4140", "https://portalsaude.example/saude-mental/depressao/tratamentos/", "informational", False, "pt",
  "nav-only-health-portal-index", "Tratamentos para depressão - Portal Saúde", """
<header><a href="/" class="logo">Portal<b>Saúde</b></a>
<nav class="menu"><ul>
<li><a href="/doencas/">Doenças A-Z</a></li>
<li><a href="/saude-mental/">Saúde mental</a><ul><li><a href="/saude-mental/depressao/">Depressão</a></li><li><a href="/saude-mental/ansiedade/">Ansiedade</a></li><li><a href="/saude-mental/bipolaridade/">Transtorno bipolar</a></li><li><a href="/saude-mental/tept/">TEPT</a></li></ul></li>
<li><a href="/medicamentos/">Medicamentos</a></li>
<li><a href="/exames/">Exames</a></li>
<li><a href="/bem-estar/">Bem-estar</a></li>
<li><a href="/noticias/">Notícias</a></li></ul></nav>
<form><input type="search" placeholder="Buscar no Portal Saúde"></form></header>
<main>
<p class="trilha"><a href="/">Início</a> &rsaquo; <a href="/saude-mental/">Saúde mental</a> &rsaquo; <a href="/saude-mental/depressao/">Depressão</a> &rsaquo; Tratamentos</p>
<h1>Tratamentos para depressão</h1>
<p>Escolha um tema abaixo.</p>
<ul class="cards">
<li><a href="/saude-mental/depressao/tratamentos/psicoterapia/">Psicoterapia</a></li>
<li><a href="/saude-mental/depressao/tratamentos/antidepressivos/">Antidepressivos</a></li>
<li><a href="/saude-mental/depressao/tratamentos/cetamina-e-escetamina/">Cetamina e escetamina</a></li>
<li><a href="/saude-mental/depressao/tratamentos/eletroconvulsoterapia/">Eletroconvulsoterapia (ECT)</a></li>
<li><a href="/saude-mental/depressao/tratamentos/emt/">Estimulação magnética transcraniana</a></li>
<li><a href="/saude-mental/depressao/tratamentos/atividade-fisica/">Atividade física</a></li>
<li><a href="/saude-mental/depressao/tratamentos/onde-buscar-ajuda/">Onde buscar ajuda (CAPS e SUS)</a></li></ul>
<section class="mais-lidos"><h2>Mais lidos</h2><ol><li><a href="/saude-mental/depressao/sintomas/">Sintomas de depressão</a></li><li><a href="/medicamentos/sertralina/">Sertralina: bula simplificada</a></li><li><a href="/saude-mental/ansiedade/crise-de-ansiedade/">Crise de ansiedade: o que fazer</a></li></ol></section>
</main>
<footer><div class="cols"><div><a href="/sobre/">Sobre o Portal</a><br><a href="/equipe-editorial/">Equipe editorial</a><br><a href="/politica-editorial/">Política editorial</a></div><div><a href="/privacidade/">Privacidade</a><br><a href="/termos/">Termos de uso</a><br><a href="/contato/">Contato</a></div></div>
<p>O conteúdo do Portal Saúde é informativo e não substitui a consulta médica. Em caso de sofrimento emocional, ligue 188 (CVV).</p><p>&copy; 2026 Portal Saúde</p></footer>
""", noise="cookie-pt")

save(OUT, R)
