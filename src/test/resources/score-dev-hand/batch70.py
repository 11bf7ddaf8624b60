# Batch 70 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Doorways, affiliates and the content around shops". The sellers here are not the shop
# itself: they are pages that send readers to a shop that sells ketamine, esketamine or ketamine
# analogues without a prescription (sponsored posts, reader codes, "best places to buy" lists,
# comparison tables, fake review sites with "visit store" buttons, a video description, a
# newsletter sponsor slot, a vendor's answer on a Q&A site, a pin, a link-in-bio page, a press
# release, a vendor directory). Against them: honest affiliate, referral and promo-code pages of
# telehealth providers, clinic blogs, clinic referral programmes, gift cards and a clinic link-in-bio,
# and informational pages about the affiliate web (investigation, consumer-protection pages, an
# honest telehealth review with advertiser disclosure, a forum thread warning about a link, an
# affiliate network's prohibited-offers policy, a fact-check of a press release).
# Mix: 14 sellers (flagged), 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it.
# Shapes: long personal essay with affiliate disclosure and reader code, ranked listicle with /go/
# redirect buttons, research-chemical analogue comparison table, "is it legit?" review page, video
# description (plain text), e-mail newsletter with sponsor block, Q&A answer by a vendor's rep,
# link-in-bio (Telegram), Spanish press release, German vendor directory, French pin, Dutch
# sponsored blog post, Portuguese short listicle, Italian review page with "visita il negozio";
# telehealth affiliate programme, provider blog with membership promo code, refer-a-friend page,
# clinician referral page, promo-code terms (plain text), Spanish affiliate programme, German
# referrer programme of an online psychiatry practice, French provider blog with a code, Brazilian
# partner programme; clinic blog post, referring-providers page, gift-card shop, charity referral
# programme, clinic link-in-bio, Dutch clinic news post, Italian page for referring doctors, Spanish
# gift card; newspaper investigation, state consumer alert, telehealth review with advertiser
# disclosure, forum PSA thread, drug-checking alert (plain text), affiliate network policy, German
# consumer-advice page, French fact-check, Brazilian consumer alert.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch70.py (writes batch70/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch70")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers: doorways and affiliates

p("h7001", "https://quietharbor-notes.example/2026/11/the-winter-i-stopped-waiting/", "seller", True, "en",
  "personal-essay-affiliate-reader-code", "The winter I stopped waiting for an appointment – Quiet Harbor Notes", """
<header class="site-header"><a class="logo" href="/">Quiet Harbor Notes</a>
<nav><a href="/">Home</a> <a href="/category/essays/">Essays</a> <a href="/category/mental-health/">Mental health</a> <a href="/category/slow-living/">Slow living</a> <a href="/about/">About Mara</a> <a href="/newsletter/">Newsletter</a></nav></header>
<main class="post">
<p class="crumbs"><a href="/">Home</a> / <a href="/category/essays/">Essays</a></p>
<h1>The winter I stopped waiting for an appointment</h1>
<p class="meta">By Mara Ellison &middot; Published November 14, 2026 &middot; Updated December 2, 2026 &middot; 11 min read</p>
<div class="disclosure"><em>Heads up: this post contains affiliate links. If you order through them I may earn a small commission at no extra cost to you. I only share things I have used myself.</em></div>
<p>Last January I was on a waitlist. Seven months for a psychiatrist who took my insurance, and the receptionist said it kindly, like she had said it forty times that week. I hung up and sat in my car in the grocery store parking lot and did not go in.</p>
<p>I have written on this blog for six years about sourdough and slow mornings and the books that got me through my divorce. I have not written much about the part of me that, every few winters, goes quiet in a way that is not peaceful. This is that post.</p>
<h2>The long road of "try this next"</h2>
<p>Sertraline, then escitalopram, then bupropion added on top, then a year of nothing because the side effects were worse than the fog. My GP was sympathetic and out of ideas. A friend mentioned ketamine, and I did what everyone does: I read everything at two in the morning.</p>
<p>The clinics near me quoted between $450 and $700 per infusion, six infusions to start, none of it covered. I priced it out on the back of an envelope and laughed, not happily.</p>
<h2>What actually changed</h2>
<p>In the spring a reader emailed me about a small company called Northpine Apothecary. I was skeptical. But here is what won me over: there is no gatekeeping. You fill in a short wellness form, there is no video call and no waiting around for some prescriber to "approve" you, and they ship sublingual lozenges and a nasal spray straight to your door. Mine arrived five days later in a plain grey mailer with nothing on the outside.</p>
<p>I am not going to tell you it was magic. I will tell you that the first week of May was the first week in two years I wanted to call my sister back.</p>
<div class="cta-box">
<p><strong>Want to try Northpine?</strong> Use my reader code <code>HARBOR15</code> for 15% off your first order. They also take Bitcoin and USDT, which knocks off another 10%.</p>
<p><a class="button" href="https://northpine-apothecary.test/?ref=harbor" rel="sponsored nofollow">Visit Northpine Apothecary &rarr;</a></p>
</div>
<h2>How I use it (please read the disclaimer)</h2>
<p>I start low, I never use it alone, and I do not drive afterwards. I keep a journal next to the couch. I took a break over the summer and restarted in October when the light started going.</p>
<h2>Reader questions</h2>
<details><summary>Is this legal where I live?</summary><p>I am not a lawyer. Northpine ships from outside the US and says it will reship for free if customs holds a package. Make your own decision.</p></details>
<details><summary>Do I need a prescription?</summary><p>Not with Northpine. That was honestly the whole point for me.</p></details>
<details><summary>Does the code still work?</summary><p>Yes, as of this update HARBOR15 still works at checkout, and it stacks with the crypto discount.</p></details>
<p class="disclaimer"><small>I am not a doctor and nothing on Quiet Harbor Notes is medical advice. If you are in crisis, please call or text 988.</small></p>
<section class="comments"><h3>47 comments</h3>
<div class="comment"><b>Jules</b> &middot; Nov 15<p>Thank you for writing this. Ordered with your code, fingers crossed.</p></div>
<div class="comment"><b>Ben T.</b> &middot; Nov 16<p>Did yours come with dosing instructions?</p><div class="reply"><b>Mara</b><p>A little card with a chart, yes. Their support replies on Telegram too.</p></div></div>
</section>
</main>
<aside class="sidebar"><h3>Hi, I'm Mara</h3><p>Writer, baker, recovering perfectionist in Vermont.</p><h3>Popular posts</h3><ul><li><a href="/2025/03/no-knead-rye/">No-knead rye for tired people</a></li><li><a href="/2024/10/the-lamp-by-the-window/">The lamp by the window</a></li><li><a href="/2026/02/cheap-sad-lamp-review/">A $40 SAD lamp review</a></li></ul></aside>
<footer><p>&copy; 2026 Quiet Harbor Notes &middot; <a href="/privacy/">Privacy</a> &middot; <a href="/disclosure/">Affiliate disclosure</a></p></footer>
""", noise="cookie")

p("h7002", "https://thebesthq.example/health/best-places-to-buy-ketamine-online/", "seller", True, "en",
  "ranked-listicle-go-links", "7 Best Places to Buy Ketamine Online in 2027 (Tested & Ranked) | BestHQ", """
<div class="topbar">BestHQ &middot; Honest picks since 2019 <a href="/deals">Today's deals</a></div>
<nav><a href="/tech">Tech</a> <a href="/home">Home</a> <a href="/health">Health</a> <a href="/money">Money</a> <a href="/travel">Travel</a></nav>
<article>
<h1>7 Best Places to Buy Ketamine Online in 2027 (Tested &amp; Ranked)</h1>
<p class="byline">Written by the BestHQ Editorial Team &middot; Fact-checked by Jordan Pike &middot; Last updated: January 3, 2027</p>
<p class="small">BestHQ is reader-supported. When you buy through links on our site, we may earn an affiliate commission.</p>
<p>Looking for a legit online vendor? We ordered from 19 sites over four months, tracked delivery times and compared prices per vial, so you don't have to waste money on exit scams. Below are the seven that actually delivered.</p>
<h2>Quick list</h2>
<ol>
<li><a href="/go/ketaflow">KetaFlow</a> &ndash; Best overall</li>
<li><a href="/go/calmrx-direct">CalmRx Direct</a> &ndash; Best for nasal spray</li>
<li><a href="/go/vialmart">VialMart</a> &ndash; Cheapest per ml</li>
<li><a href="/go/eurokem">EuroKem</a> &ndash; Fastest EU shipping</li>
<li><a href="/go/k-haven">K-Haven</a> &ndash; Best stealth</li>
<li><a href="/go/spraywell">SprayWell</a> &ndash; Best esketamine</li>
<li><a href="/go/ordermed24">OrderMed24</a> &ndash; Best for first-timers</li>
</ol>
<h2>1. KetaFlow &ndash; Best overall</h2>
<table class="spec"><tr><td>Price</td><td>from $89 per 10 ml vial (50 mg/ml)</td></tr><tr><td>Prescription</td><td>Not required</td></tr><tr><td>Payment</td><td>BTC, USDT, Zelle</td></tr><tr><td>Shipping</td><td>US 3&ndash;5 days, vacuum-sealed</td></tr></table>
<p><b>Pros:</b> consistent quality, free reship if seized, responsive WhatsApp support. <b>Cons:</b> card payments cost 12% more.</p>
<p><a class="btn" href="/go/ketaflow" rel="sponsored">Visit KetaFlow</a></p>
<h2>2. CalmRx Direct &ndash; Best for nasal spray</h2>
<p>CalmRx sells pre-filled nasal sprays and troches. Their "consultation" is a six-question form that approved us instantly. Prices start at $140 for a 30-dose spray.</p>
<p><a class="btn" href="/go/calmrx-direct" rel="sponsored">Visit CalmRx Direct</a></p>
<h2>3. VialMart &ndash; Cheapest per ml</h2>
<p>Bulk packs of 5 and 10 vials, powder also available. Crypto only. Ships from India with tracking.</p>
<p><a class="btn" href="/go/vialmart" rel="sponsored">Visit VialMart</a></p>
<h2>4&ndash;7. The rest of our list</h2>
<p>EuroKem (NL warehouse, 48h to most of Europe), K-Haven (double-bagged, no name on the label), SprayWell (esketamine 28 mg devices, same molecule as the brand) and OrderMed24 (accepts PayPal through a gift-card workaround).</p>
<h2>How we chose</h2>
<p>We scored each vendor on delivery success, price, discretion, support and payment options. Sites that required a doctor's appointment were excluded because they are not what most of our readers are looking for.</p>
<h2>FAQ</h2>
<h3>Is it safe to buy ketamine online?</h3><p>Stick to the vendors above, which all have a track record with our testers.</p>
<h3>Do I need a prescription?</h3><p>None of the vendors on our list ask for one.</p>
<h3>Will my package get stopped?</h3><p>Rarely. All seven offer stealth packaging and most reship free of charge.</p>
<p class="disclaimer"><small>This article is for informational purposes only and does not constitute medical advice. Check your local laws.</small></p>
</article>
<aside><h3>Trending on BestHQ</h3><ul><li><a href="/tech/best-budget-earbuds">Best budget earbuds</a></li><li><a href="/home/best-air-fryer">Best air fryers</a></li><li><a href="/health/best-melatonin-gummies">Best melatonin gummies</a></li></ul></aside>
<footer>&copy; 2027 BestHQ Media &middot; <a href="/about">About</a> &middot; <a href="/how-we-test">How we test</a> &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h7003", "https://arylcompare.test/table", "seller", True, "en",
  "rc-analogue-comparison-table", "2-FDCK / DCK / MXE vendor comparison (updated weekly)", """
<h1>Arylcyclohexylamine vendor comparison</h1>
<p>Updated every Monday. Prices are for 1 g unless noted. Click a vendor name to open their store &ndash; some links are referral links that give you a discount and support this page.</p>
<table border="1">
<tr><th>Vendor</th><th>In stock</th><th>Price / g</th><th>HPLC purity</th><th>Stealth</th><th>Ships to</th><th>Payment</th><th>Code</th></tr>
<tr><td><a href="https://chemfox-labs.test/?aff=cmp">ChemFox Labs</a></td><td>2-FDCK, DCK</td><td>&euro;24</td><td>99.4%</td><td>Excellent</td><td>EU, UK</td><td>BTC, XMR, SEPA</td><td>CMP10</td></tr>
<tr><td><a href="https://novaresearch.test/r/cmp">Nova Research</a></td><td>2-FDCK, MXE</td><td>&euro;31</td><td>98.9%</td><td>Good</td><td>Worldwide</td><td>BTC, LTC</td><td>CMP10</td></tr>
<tr><td><a href="https://pellet-house.test/?ref=arylcmp">Pellet House</a></td><td>2-FDCK pellets 50 mg</td><td>&euro;2.10 / pellet</td><td>n/a</td><td>Good</td><td>EU</td><td>Card, BTC</td><td>&ndash;</td></tr>
<tr><td><a href="https://dissolab.test/?aff=cmp">DissoLab</a></td><td>DCK, O-PCE</td><td>$29</td><td>99.1%</td><td>Average</td><td>US, CA</td><td>BTC, Zelle</td><td>ARYL5</td></tr>
</table>
<p>Stealth rating = our buyers' reports on packaging (decoy item, vacuum seal, no chemical names on the label).</p>
<p>Dosage threads: see the pinned posts on our Telegram <b>@arylcompare</b>.</p>
<p><small>All products listed are sold by the vendors as research chemicals, not for human consumption. We are not a vendor and do not hold stock.</small></p>
""")

p("h7004", "https://shoplegitcheck.example/reviews/ketavia", "seller", True, "en",
  "fake-scam-check-review-visit-store", "Ketavia Review 2027: Legit or Scam? Our Honest Verdict | ShopLegitCheck", """
<header><a href="/">ShopLegitCheck</a> <span>We check online stores so you don't get scammed</span>
<nav><a href="/reviews">All reviews</a> <a href="/scam-list">Scam list</a> <a href="/top-rated">Top rated</a> <a href="/submit">Submit a site</a></nav></header>
<div class="layout"><main>
<p class="crumbs">Home &rsaquo; Reviews &rsaquo; Health &amp; Pharmacy &rsaquo; Ketavia</p>
<h1>Ketavia Review: Legit or Scam?</h1>
<p class="meta">Reviewed by Nate Corrigan, Senior Analyst &middot; Updated 19 December 2026</p>
<div class="scorecard"><div class="trust">Trust score <b>92/100</b></div><div class="verdict">Verdict: <b>LEGIT</b> &#10004;</div>
<a class="big-button" href="https://ketavia-shop.test/?utm_source=slc&amp;aff=447" rel="sponsored">VISIT STORE</a></div>
<h2>What is Ketavia?</h2>
<p>Ketavia is an online store that sells ketamine HCl in vials and crystal form, plus esketamine nasal devices. It has been active since 2022 and ships to the US, Canada, the UK and most of the EU.</p>
<h2>Our checks</h2>
<table><tr><td>Domain age</td><td>4 years &#10004;</td></tr><tr><td>SSL certificate</td><td>Valid &#10004;</td></tr><tr><td>Real customer reviews</td><td>1,240+ &#10004;</td></tr><tr><td>Test order delivered</td><td>Yes, 6 days &#10004;</td></tr><tr><td>Prescription asked</td><td>No</td></tr></table>
<h2>Pros</h2>
<ul><li>No prescription hoops or doctor visits</li><li>Discreet vacuum-sealed parcels with a decoy invoice</li><li>Free reship if your parcel is seized</li><li>10% off when paying with Bitcoin</li></ul>
<h2>Cons</h2>
<ul><li>Card payments sometimes declined</li><li>Support replies only via Telegram and email</li></ul>
<h2>Price list (checked this week)</h2>
<p>5 x 10 ml vials: $390 &middot; 25 g crystal: $520 &middot; esketamine 28 mg device x3: $310</p>
<h2>Bottom line</h2>
<p>Ketavia passed every check. If you have been burned by fake pharmacies before, this is one of the few shops we are comfortable recommending. Use code <b>SLC10</b> for an extra 10%.</p>
<p><a class="big-button" href="https://ketavia-shop.test/?utm_source=slc&amp;aff=447" rel="sponsored">VISIT STORE &rarr;</a></p>
<section class="user-reviews"><h3>User reviews (212)</h3>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; "Arrived in Ohio in 5 days, great quality." &ndash; R.M.</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; "Had to reship once but they did it free." &ndash; K.</p></section>
</main>
<aside><h3>Recently checked</h3><ul><li><a href="/reviews/shein">Shein &ndash; Legit</a></li><li><a href="/reviews/temu-lookalike-deals">Temu lookalike deals &ndash; Scam</a></li><li><a href="/reviews/vialmart">VialMart &ndash; Legit</a></li></ul></aside></div>
<footer>ShopLegitCheck may receive compensation from stores we review. &copy; 2026</footer>
""", noise="cookie")

p("h7005", "https://vidtube.example/watch?v=Qm4k2Lr9xTa", "seller", True, "en",
  "video-description-affiliate-code", "", """
My honest 30-day at-home ketamine experiment (no clinic, no $600 infusions) | Day 1 to Day 30

I finally tried it. This is everything: the good days, the weird days and what I'd do differently.

🔗 The shop I used: https://kline-direct.test/r/moodmax
💸 Code MOODMAX = 12% off. They don't need a script, just a quick form, and they ship in a plain box 📦
💬 Questions about orders -> their Telegram is in the link, I can't answer order stuff sorry

0:00 why I did this
2:41 unboxing + what's in the kit
7:15 week 1
14:02 the bad night
19:30 week 3-4
26:48 would I do it again

Disclaimer: for entertainment and educational purposes only, not medical advice. Some links are affiliate links.
#ketamine #mentalhealth #depressionjourney #athome
""", ext="txt")

p("h7006", "https://mailview.example/p/the-unwind-weekly-issue-58", "seller", True, "en",
  "newsletter-sponsor-block", "The Unwind Weekly — Issue 58: small rituals, big winters", """
<div class="email" style="max-width:600px">
<p class="preheader">Three small rituals for dark mornings + this week's sponsor</p>
<h1>The Unwind Weekly</h1>
<p>Issue 58 &middot; Sunday, December 6, 2026 &middot; <a href="https://mailview.example/p/the-unwind-weekly-issue-58?web=1">View in browser</a></p>
<p>Hey friend,</p>
<p>It is the time of year when my to-do list starts to look like a threat. This week: a breathing trick that actually works in the car, the best free journaling app I've found, and a reader letter that made me cry in a good way.</p>
<h2>1. The 4-7-8 breath, revisited</h2>
<p>Inhale for four, hold for seven, out for eight. I do it at red lights.</p>
<h2>2. App of the week</h2>
<p>Daylio is still my favourite mood tracker. Free tier is plenty.</p>
<div class="sponsor" style="border:1px solid #ccc;padding:12px">
<p><small>SPONSORED</small></p>
<h3>SprayWell: esketamine, minus the waiting room</h3>
<p>Same active molecule as the brand-name nasal spray, shipped from SprayWell's EU pharmacy partner in about 4 days. Fill in a 3-minute online form &ndash; no appointment, no video call, and almost everyone is approved automatically. Unwind readers get 20% off the first box of three devices with code <b>UNWIND20</b>.</p>
<p><a href="https://spraywell.test/start?src=unwind">Get started &rarr;</a></p>
</div>
<h2>3. From the inbox</h2>
<p>"I started walking to the end of my street and back every morning in October. That's it. That's the letter." &ndash; Dana, Leeds</p>
<p>See you next Sunday,<br>Priya</p>
<p class="footer"><small>You're receiving this because you subscribed at unwindweekly.example. <a href="#">Unsubscribe</a> &middot; <a href="#">Update preferences</a> &middot; 221 Fake Street, Bristol</small></p>
</div>
""")

p("h7007", "https://askanything.example/q/where-can-adults-get-ketamine-without-seeing-a-doctor", "seller", True, "en",
  "qa-site-vendor-answer", "Where can adults get ketamine without seeing a doctor? - AskAnything", """
<header><a href="/">AskAnything</a> <input placeholder="Search questions"> <a href="/ask">Add question</a></header>
<main>
<h1>Where can adults get ketamine without seeing a doctor?</h1>
<p class="q-meta">Asked by Anonymous &middot; 3 answers &middot; 18.2K views</p>
<div class="answer top">
<p class="author"><b>Derek Halvorsen</b> &middot; Customer care lead at Velkora Labs &middot; Answered Oct 2</p>
<p>Good question, and one we get every day. Most people assume they need a clinic, but that is not the case anymore. At Velkora we supply pharmaceutical-grade ketamine (vials, nasal spray and lozenges) to adults worldwide, and no prescription is needed.</p>
<p>How it works:</p>
<ol><li>Message us on WhatsApp at +44 7700 900417 or visit velkoralabs.test</li><li>Pick your product and quantity (we have 5, 10 and 20 vial packs)</li><li>Pay by bank transfer, Bitcoin or gift card</li><li>We ship in discreet packaging within 24h, tracking provided</li></ol>
<p>Mention "ASK" when you order for free express shipping. Happy to answer anything else in the comments.</p>
<p class="votes">&#9650; 96 upvotes &middot; 31 comments</p>
</div>
<div class="answer">
<p class="author"><b>Lena Ortiz</b> &middot; Answered Oct 5</p>
<p>Ordered from Velkora last month after reading the answer above, can confirm it arrived in 8 days. Quality seems good.</p>
<p class="votes">&#9650; 22 upvotes</p>
</div>
<div class="answer">
<p class="author"><b>Tom</b> &middot; Answered Nov 11</p>
<p>Careful with this stuff.</p>
<p class="votes">&#9650; 3 upvotes</p>
</div>
<aside><h3>Related questions</h3><ul><li><a href="#">Is nasal ketamine stronger than lozenges?</a></li><li><a href="#">How long does ketamine shipping take to Canada?</a></li></ul></aside>
</main>
""")

p("h7008", "https://lnk.example/kgarden.supply", "seller", True, "en",
  "link-in-bio-telegram", "K Garden | lnk", """
<div class="profile"><img src="/avatars/kgarden.jpg" alt="K Garden logo"><h1>K Garden &#10024;</h1>
<p>discreet &middot; worldwide &middot; since 2021</p></div>
<ul class="links">
<li><a href="https://kgarden-menu.test">&#128722; Menu &amp; prices (updated Dec)</a></li>
<li><a href="https://t.me/kgarden_plug">&#128172; Order on Telegram @kgarden_plug</a></li>
<li><a href="https://kgarden-menu.test/track">&#128230; Track your parcel</a></li>
<li><a href="https://kgarden-menu.test/reviews">&#11088; 400+ reviews</a></li>
<li><a href="https://kgarden-menu.test/reship">&#128257; Reship policy</a></li>
</ul>
<p class="note">crystal &bull; powder &bull; nasal &bull; no script needed &bull; BTC/USDT</p>
<footer><a href="/">Create your own lnk page</a></footer>
""")

p("h7009", "https://notiwire.example/comunicados/2026/12/03/farmanexo-lanza-nueva-fuente-online", "seller", True, "es",
  "press-release-new-online-source", "FarmaNexo lanza una nueva fuente online de esketamina en espray para toda Europa | NotiWire", """
<header><a href="/">NotiWire</a> &middot; Distribución de notas de prensa <nav><a href="/comunicados">Comunicados</a> <a href="/salud">Salud</a> <a href="/tecnologia">Tecnología</a> <a href="/publicar">Publicar una nota</a></nav></header>
<article>
<p class="dateline">MADRID, 3 de diciembre de 2026 /NotiWire/ &ndash;</p>
<h1>FarmaNexo lanza una nueva fuente online de esketamina en espray para toda Europa</h1>
<p class="lead">La plataforma promete acabar con las listas de espera: acceso a esketamina y ketamina sublingual en 72 horas, sin necesidad de una receta tradicional.</p>
<p>FarmaNexo ha anunciado hoy la apertura de su tienda online <b>farmanexo.test</b>, que distribuye espráis nasales de esketamina de 28 mg y comprimidos sublinguales de ketamina a adultos de España, Portugal, Francia, Italia y Alemania.</p>
<p>"Millones de europeos esperan meses para un tratamiento que podría cambiarles la vida. Nosotros hemos eliminado los obstáculos", afirma Julián Barea, director general de la compañía. "Un breve cuestionario de dos minutos sustituye a la consulta presencial, y el pedido sale el mismo día".</p>
<p>Según la nota, los clientes pueden pagar con tarjeta, transferencia o criptomonedas, y los envíos se realizan en embalaje neutro y discreto desde un almacén en la UE. Como oferta de lanzamiento, el código <b>NEXO25</b> ofrece un 25&nbsp;% de descuento en el primer pedido hasta el 31 de enero.</p>
<h2>Acerca de FarmaNexo</h2>
<p>FarmaNexo es una empresa de bienestar digital con sede en Chipre, fundada en 2025, dedicada a "hacer accesibles los tratamientos de nueva generación para la salud mental".</p>
<h2>Contacto de prensa</h2>
<p>Marta Quiles &middot; prensa@farmanexo.test &middot; +34 600 000 481</p>
</article>
<p class="disclaimer"><small>El contenido de este comunicado es responsabilidad exclusiva de la entidad emisora.</small></p>
<footer>&copy; 2026 NotiWire &middot; <a href="/aviso-legal">Aviso legal</a></footer>
""", noise="cookie-es")

p("h7010", "https://shopverzeichnis.test/kategorie/dissoziativa", "seller", True, "de",
  "vendor-directory", "Dissoziativa-Shops: geprüfte Anbieter im Verzeichnis (Ketamin, 2-FDCK, DCK)", """
<header><a href="/">ShopVerzeichnis</a> <nav><a href="/kategorie/dissoziativa">Dissoziativa</a> <a href="/kategorie/psychedelika">Psychedelika</a> <a href="/kategorie/stimulanzien">Stimulanzien</a> <a href="/eintragen">Shop eintragen</a></nav></header>
<main>
<h1>Dissoziativa &ndash; geprüfte Anbieter</h1>
<p>Alle hier gelisteten Shops wurden von unserer Community getestet. Sortiert nach Bewertung. Letzte Prüfung: 01.12.2026.</p>
<div class="eintrag"><h2>1. KetaDirekt &#9733;&#9733;&#9733;&#9733;&#9733; (4,9)</h2>
<p>Ketamin HCl (Kristall, Pulver), Nasenspray. Versand aus den Niederlanden, 1&ndash;3 Werktage nach DE/AT/CH. Kein Rezept nötig. Zahlung: BTC, XMR, Überweisung.</p>
<p><a href="https://ketadirekt.test/?vz=1">Zum Shop &raquo;</a> &middot; Gutscheincode <b>VZ10</b></p></div>
<div class="eintrag"><h2>2. Labor Alpin &#9733;&#9733;&#9733;&#9733;&#9734; (4,6)</h2>
<p>2-FDCK, DCK, MXE als Pellets und Pulver, &bdquo;nur für Forschungszwecke&ldquo;. Neutrale Verpackung, Nachversand bei Zollverlust.</p>
<p><a href="https://labor-alpin.test/?vz=1">Zum Shop &raquo;</a></p></div>
<div class="eintrag"><h2>3. SprayMed EU &#9733;&#9733;&#9733;&#9733;&#9734; (4,3)</h2>
<p>Esketamin-Nasenspray, Online-Fragebogen statt Arzttermin. Zahlung per Karte oder Krypto.</p>
<p><a href="https://spraymed-eu.test/?vz=1">Zum Shop &raquo;</a></p></div>
<div class="eintrag"><h2>4. RC-Kontor &#9733;&#9733;&#9733;&#9734;&#9734; (3,8)</h2>
<p>Großes Sortiment Arylcyclohexylamine, ab 5 g Mengenrabatt. Lieferzeit schwankt.</p>
<p><a href="https://rc-kontor.test/?vz=1">Zum Shop &raquo;</a></p></div>
<p class="hinweis"><small>ShopVerzeichnis verkauft selbst nichts. Für Links zu Anbietern erhalten wir ggf. eine Provision. Informiere dich über die Rechtslage in deinem Land.</small></p>
</main>
<footer>&copy; ShopVerzeichnis &middot; <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h7011", "https://epingle.example/pin/884201377/", "seller", True, "fr",
  "pin-outbound-shop", "Kétamine qualité pharma – livraison discrète en France | Épingle", """
<div class="pin">
<img src="https://img.epingle.example/884201377.jpg" alt="Flacons et spray nasal sur fond pastel, texte : Votre calme, livré chez vous">
<h1>Kétamine qualité pharma &ndash; livraison discrète en France &#127467;&#127479;</h1>
<p>Fini les mois d'attente chez le psychiatre. Flacons, spray nasal et comprimés sublinguaux, commande sans ordonnance, colis neutre en 3 à 5 jours. Paiement par carte ou crypto. Code PIN15 = -15&nbsp;%.</p>
<p><a class="visit" href="https://calme-express.test/?src=pin">Visiter le site</a></p>
<p class="source">calme-express.test</p>
<p class="board">Enregistré dans <a href="/u/zen-chez-soi/bien-etre-naturel/">Bien-être naturel</a> par <b>zen-chez-soi</b></p>
<div class="comments"><h2>2 commentaires</h2><p><b>lili_b</b> : c'est fiable ?</p><p><b>zen-chez-soi</b> : oui reçu la semaine dernière, écris-leur sur Telegram si besoin</p></div>
<h2>Plus d'idées</h2><ul><li><a href="#">Rituel du soir anti-stress</a></li><li><a href="#">Tisanes pour dormir</a></li></ul>
</div>
""")

p("h7012", "https://mijnlevenmijnregels.example/blog/eindelijk-rust-in-mijn-hoofd", "seller", True, "nl",
  "sponsored-blog-kortingscode", "Eindelijk rust in mijn hoofd (gesponsord) – Mijn leven, mijn regels", """
<header><a href="/">Mijn leven, mijn regels</a> <nav><a href="/blog">Blog</a> <a href="/recepten">Recepten</a> <a href="/over-mij">Over mij</a> <a href="/contact">Contact</a></nav></header>
<article>
<h1>Eindelijk rust in mijn hoofd</h1>
<p class="meta">Door Sanne de Wit &middot; 22 november 2026 &middot; <span class="tag">Gesponsord</span></p>
<p><i>Dit artikel is geschreven in samenwerking met KetaCare. Ik ontvang een vergoeding per bestelling via mijn link.</i></p>
<p>Wie mij al langer volgt weet dat het afgelopen jaar zwaar was. Burn-out, daarna een depressie waar ik maar niet uit kwam. De wachtlijst bij de GGZ: veertien maanden. Veertien!</p>
<p>Via een lezeres kwam ik bij KetaCare terecht. Het fijne is dat je geen gedoe hebt met de huisarts of een verwijzing: je vult online een korte vragenlijst in en een paar dagen later ligt er een neutraal pakketje op de mat met de ketamine-zuigtabletten. Geen videogesprek, niks.</p>
<p>Na drie weken merkte ik dat ik weer zin had om 's ochtends de gordijnen open te doen. Klinkt klein, is het niet.</p>
<div class="kader"><p><b>Kortingscode:</b> met <b>SANNE20</b> krijg je 20% korting op je eerste bestelling. Betalen kan met iDEAL of bitcoin.</p>
<p><a href="https://ketacare-shop.test/?ref=sanne" rel="sponsored">Bekijk KetaCare &raquo;</a></p></div>
<h2>Veelgestelde vragen</h2>
<p><b>Heb je een recept nodig?</b> Nee, bij KetaCare niet.</p>
<p><b>Is het veilig?</b> Ik ben geen arts. Lees de bijsluiter en gebruik het nooit alleen.</p>
<p class="disclaimer"><small>Dit is mijn persoonlijke ervaring en geen medisch advies.</small></p>
</article>
<aside><h3>Lees ook</h3><ul><li><a href="/blog/mijn-ochtendroutine">Mijn ochtendroutine</a></li><li><a href="/recepten/linzensoep">Linzensoep voor grijze dagen</a></li></ul></aside>
<footer>&copy; 2026 Mijn leven, mijn regels</footer>
""", noise="cookie-nl")

p("h7013", "https://guiasaudeonline.example/melhores-sites-cetamina", "seller", True, "pt",
  "short-listicle-pt", "Os 5 melhores sites para comprar cetamina sem receita (2027)", """
<h1>Os 5 melhores sites para comprar cetamina sem receita (2027)</h1>
<p>Atualizado em 2 de janeiro de 2027. Este artigo contém links de afiliado.</p>
<ol>
<li><b>CetaBrasil</b> &ndash; frascos de 10 ml a partir de R$ 390, entrega em todo o Brasil em embalagem discreta, pagamento via Pix ou bitcoin. <a href="https://cetabrasil.test/?afil=gso">Ver loja</a></li>
<li><b>SprayCalm</b> &ndash; spray nasal de escetamina, sem consulta, só um formulário rápido. <a href="https://spraycalm.test/?afil=gso">Ver loja</a></li>
<li><b>LabNorte</b> &ndash; 2-FDCK e DCK "para pesquisa", envio internacional. <a href="https://labnorte.test/?afil=gso">Ver loja</a></li>
<li><b>KetaPortugal</b> &ndash; envia para Portugal e ilhas em 48 h, MB Way aceito. <a href="https://ketaportugal.test/?afil=gso">Ver loja</a></li>
<li><b>Vial Express</b> &ndash; o mais barato para quem compra em quantidade; pedidos pelo WhatsApp. <a href="https://vialexpress.test/?afil=gso">Ver loja</a></li>
</ol>
<p>Use o cupom <b>GUIA10</b> em qualquer um deles.</p>
""")

p("h7014", "https://recensionifarmacie.example/recensione/esketamina-spray-veloce", "seller", True, "it",
  "review-page-visit-store", "Esketamina Spray Veloce: recensione e opinioni 2027 | RecensioniFarmacie", """
<header><a href="/">RecensioniFarmacie</a> <nav><a href="/classifica">Classifica</a> <a href="/recensioni">Recensioni</a> <a href="/truffe">Truffe segnalate</a></nav></header>
<main>
<h1>Esketamina Spray Veloce: recensione completa</h1>
<p class="meta">di Giorgio Fanti &middot; aggiornato il 10 dicembre 2026</p>
<div class="voto">Voto: <b>9,1/10</b> &middot; Affidabilità: alta</div>
<p>Abbiamo ordinato tre confezioni di spray nasale di esketamina da 28 mg da <b>Spray Veloce</b> per verificare tempi e qualità. Il pacco è arrivato a Bologna in quattro giorni, in una scatola anonima.</p>
<h2>Serve la ricetta?</h2>
<p>No. Il sito chiede solo di accettare le condizioni e di dichiarare di essere maggiorenni. Niente visita, niente medico.</p>
<h2>Prezzi e pagamenti</h2>
<ul><li>1 dispositivo: 119 &euro;</li><li>3 dispositivi: 299 &euro;</li><li>6 dispositivi: 549 &euro;</li></ul>
<p>Si paga con carta, bonifico o criptovalute; con Bitcoin c'è uno sconto del 10&nbsp;%.</p>
<h2>Pro e contro</h2>
<p><b>Pro:</b> spedizione rapida, assistenza su Telegram, rispedizione gratuita se il pacco si perde. <b>Contro:</b> il sito è solo in inglese.</p>
<p><a class="bottone" href="https://spray-veloce.test/?rif=rfar" rel="sponsored">Visita il negozio &raquo;</a></p>
<p><small>Questo sito può ricevere una commissione sugli acquisti effettuati tramite i link.</small></p>
</main>
<footer>&copy; 2026 RecensioniFarmacie &middot; <a href="/privacy">Privacy</a></footer>
""")

# ---------------------------------------------------------------- telehealth: honest affiliate, referral and promo pages

p("h7015", "https://www.lumenwellhealth.example/affiliates", "telehealth", False, "en",
  "telehealth-affiliate-programme", "Affiliate Program | Lumenwell Health", """
<header><a class="logo" href="/">Lumenwell</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/states">Where we practice</a> <a href="/faq">FAQ</a> <a class="btn" href="/get-started">Get started</a></nav></header>
<main>
<section class="hero"><h1>Partner with Lumenwell</h1>
<p>Our affiliate program is for writers, podcasters and mental-health creators who want to point their audience toward responsible, clinician-led care. Apply below; we review every application by hand.</p></section>
<section><h2>How Lumenwell care works (so you can describe it accurately)</h2>
<ol>
<li>A new patient completes a screening questionnaire and books a live video evaluation with a licensed psychiatric clinician in their state.</li>
<li>The clinician reviews history, medications and contraindications. Many people are not candidates for ketamine, and that is a normal outcome.</li>
<li>If at-home ketamine is appropriate, a prescription is sent to our partner 503A pharmacy, which ships only against that prescription.</li>
<li>Members have follow-up visits, monitoring check-ins and integration coaching for as long as they stay in the program.</li>
</ol>
<p>Medical director: Aisha Okafor, MD, board-certified in psychiatry. Full clinician list on <a href="/clinicians">our clinicians page</a>.</p></section>
<section><h2>Commission</h2>
<p>$60 for each new member who completes their first paid membership month, paid monthly via PayPal or ACH. Commission is the same whether or not the clinician prescribes, and is never tied to medication.</p></section>
<section><h2>Affiliate guidelines</h2>
<ul>
<li>Do not say or imply that anyone will be prescribed ketamine, or that a prescription is "guaranteed", "fast" or "easy".</li>
<li>Do not describe Lumenwell as a place to buy ketamine. We sell a medical membership, not a drug.</li>
<li>Do not make cure claims or use before/after testimonials about mental-health outcomes.</li>
<li>Disclose the affiliate relationship clearly, following the FTC endorsement guides.</li>
<li>Do not target anyone under 18 or in states where we do not practice.</li>
</ul>
<p>We audit affiliate content and remove partners who break these rules.</p></section>
<section><h2>Apply</h2>
<form><label>Name <input></label> <label>Website or channel <input></label> <label>Audience size <select><option>&lt;10k</option><option>10k&ndash;100k</option><option>100k+</option></select></label> <label>How do you talk about mental health? <textarea></textarea></label> <button>Submit application</button></form></section>
</main>
<footer><p>Lumenwell Health, PC and affiliated professional entities. Lumenwell is not an emergency service; if you are in crisis call or text 988.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/hipaa">Notice of privacy practices</a></p></footer>
""", noise="cookie")

p("h7016", "https://blog.tidewellpsych.example/new-year-membership-offer-2027", "telehealth", False, "en",
  "provider-blog-membership-promo-code", "Start 2027 with support: 25% off your first month | Tidewell Journal", """
<header><a href="https://tidewellpsych.example">Tidewell</a> Journal <nav><a href="/">All posts</a> <a href="/category/treatment">Treatment</a> <a href="/category/integration">Integration</a> <a href="https://tidewellpsych.example/start">Book an evaluation</a></nav></header>
<article>
<h1>Start 2027 with support: 25% off your first month</h1>
<p class="meta">Tidewell Care Team &middot; December 28, 2026 &middot; 4 min read</p>
<p>January is hard for a lot of our members, and it is also when many people finally decide to ask for help. From January 1 to January 31, new members can use code <b>NEWLEAF25</b> for 25% off the first month of a Tidewell membership.</p>
<h2>What the membership includes</h2>
<ul>
<li>A 60-minute psychiatric evaluation by video with a board-certified psychiatrist or psychiatric nurse practitioner licensed in your state</li>
<li>Medication management visits every 2&ndash;4 weeks</li>
<li>Weekly integration group sessions online</li>
<li>Secure messaging with your care team</li>
</ul>
<h2>What the code does not change</h2>
<p>The discount applies to the membership fee only. It does not change any clinical decision. Your clinician decides, after your evaluation, whether at-home ketamine, another medication, therapy or a referral to in-person care is the right fit. If ketamine is prescribed, our partner pharmacy dispenses it and ships it to you; medication costs are billed separately by the pharmacy.</p>
<h2>Who we can't treat at home</h2>
<p>We do not prescribe at-home ketamine to people with uncontrolled high blood pressure, a history of psychosis, active substance use disorder, or who are pregnant. We'll help you find a local option instead.</p>
<h2>Questions</h2>
<details><summary>Can I use NEWLEAF25 if I was a member before?</summary><p>No, the code is for new members only.</p></details>
<details><summary>If I am not prescribed anything, do I get the discount back?</summary><p>Your first month still includes the evaluation and the care plan your clinician writes with you, so the membership is not refunded, but you can cancel at any time before the next billing date.</p></details>
<p><a class="btn" href="https://tidewellpsych.example/start?code=NEWLEAF25">Book your evaluation</a></p>
</article>
<footer>Tidewell Psychiatric Group &middot; Licensed in CA, CO, FL, NY, TX, WA &middot; <a href="https://tidewellpsych.example/privacy">Privacy</a></footer>
""")

p("h7017", "https://app.meridianmind.example/refer", "telehealth", False, "en",
  "refer-a-friend-credit", "Refer a friend – Meridian Mind", """
<div class="app-shell"><nav><a href="/home">Home</a> <a href="/visits">Visits</a> <a href="/messages">Messages</a> <a href="/billing">Billing</a> <a href="/refer" class="active">Refer</a></nav>
<main>
<h1>Give $75, get $75</h1>
<p>Know someone who has been struggling? Share your link. When they join Meridian Mind and complete their first video visit with one of our licensed clinicians, you both get a $75 credit toward your membership.</p>
<p class="link-box">Your link: <code>meridianmind.example/r/ALEX-7KQ2</code> <button>Copy</button></p>
<h2>Good to know</h2>
<ul><li>The credit is earned after the first visit, regardless of the outcome of the evaluation.</li>
<li>Credits apply to membership fees only, never to medication or pharmacy costs.</li>
<li>Your friend's care is private. We will never tell you whether they were prescribed anything.</li>
<li>Up to 5 referral credits per year.</li></ul>
<p class="fine"><small>Meridian Mind provides psychiatric care by video in licensed states. Treatment, including ketamine, is prescribed only when a clinician determines it is appropriate.</small></p>
</main></div>
""")

p("h7018", "https://www.harborlinetelepsych.example/providers/refer-a-patient", "telehealth", False, "en",
  "telepsych-clinician-referral", "Refer a patient | Harborline Telepsychiatry", """
<header><a href="/">Harborline Telepsychiatry</a> <nav><a href="/patients">For patients</a> <a href="/providers" class="active">For providers</a> <a href="/team">Our team</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Refer a patient for treatment-resistant depression care</h1>
<p>Harborline is a telepsychiatry group serving Oregon, Washington and Idaho. Primary care clinicians and therapists can refer adults with depression that has not responded to two or more adequate antidepressant trials.</p>
<h2>What happens after you refer</h2>
<ol><li>We contact your patient within 3 business days to schedule a 75-minute video evaluation.</li>
<li>One of our psychiatrists (Dr. Samuel Reyes, Dr. Keiko Tanabe or Dr. Priya Nandakumar) completes the assessment and sends you a consult note.</li>
<li>If esketamine nasal spray is indicated, we coordinate treatment at a REMS-certified partner treatment center near the patient, where dosing and the two-hour monitoring take place. We continue medication management by video.</li>
<li>If it is not indicated, we recommend alternatives (augmentation, TMS referral, psychotherapy) and can provide ongoing care.</li></ol>
<h2>Referral form</h2>
<form><label>Referring clinician <input></label> <label>NPI <input></label> <label>Patient name <input></label> <label>Date of birth <input type="date"></label> <label>Prior medication trials <textarea></textarea></label> <label>Upload records <input type="file"></label> <button>Send referral</button></form>
<p>Prefer fax? (503) 555-0142. Questions: providers@harborlinetelepsych.example</p>
<p><small>We do not pay or accept any fee for referrals.</small></p>
</main>
<footer>&copy; 2026 Harborline Telepsychiatry, PLLC</footer>
""")

p("h7019", "https://help.solacecare.example/articles/creator-promo-codes", "telehealth", False, "en",
  "promo-code-terms-plain", "", """
Creator promo codes (terms). Codes shared by our creator partners (for example CALMCREATOR20) take 20% off the first month of a Solace membership; they cannot be combined with other offers and expire 60 days after issue. A code never guarantees a prescription: every new member completes a video evaluation with a licensed Solace clinician, who decides whether at-home ketamine or another treatment is appropriate, and our partner pharmacy ships medication only after a prescription is written.
""", ext="txt")

p("h7020", "https://www.serenamente.example/es/programa-de-afiliados", "telehealth", False, "es",
  "telehealth-affiliate-programme-es", "Programa de afiliados | Serena Mente – telepsiquiatría en español", """
<header><a href="/es/">Serena Mente</a> <nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/precios">Precios</a> <a href="/es/equipo">Equipo clínico</a> <a href="/es/estados">Estados donde atendemos</a> <a href="/en/">English</a></nav></header>
<main>
<h1>Programa de afiliados de Serena Mente</h1>
<p>Serena Mente ofrece atención psiquiátrica en español por videollamada a adultos que viven en California, Texas, Florida, Illinois y Nueva York. Buscamos creadores de contenido, podcasts y organizaciones comunitarias que quieran acercar a su audiencia a una atención de salud mental responsable.</p>
<h2>Cómo funciona la atención</h2>
<p>Cada paciente nuevo tiene una evaluación por videollamada con un psiquiatra o enfermera practicante con licencia en su estado. Solo si el profesional lo considera adecuado se receta ketamina para uso en casa; la receta se envía a nuestra farmacia asociada, que únicamente despacha con receta válida. Nuestra directora médica es la Dra. Verónica Salcedo.</p>
<h2>Comisiones</h2>
<p>Pagamos 50&nbsp;USD por cada persona que completa su primer mes de membresía. La comisión no depende de que se recete ningún medicamento.</p>
<h2>Normas para afiliados</h2>
<ul><li>No prometas recetas ni resultados.</li><li>No presentes a Serena Mente como un lugar para "comprar ketamina".</li><li>Indica siempre que se trata de un enlace de afiliado.</li><li>No dirijas publicidad a menores de edad ni a personas fuera de los estados donde atendemos.</li></ul>
<p><a class="btn" href="/es/afiliados/solicitud">Enviar solicitud</a></p>
</main>
<footer>Serena Mente Medical Group, P.C. &middot; Si estás en crisis, llama o envía un mensaje al 988 (opción en español). &middot; <a href="/es/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

p("h7021", "https://www.psychpraxis-online.example/zuweiser", "telehealth", False, "de",
  "online-psychiatry-referrer-page", "Für Zuweisende | Online-Psychiatrie Dr. Brandt & Kollegen", """
<header><a href="/">Online-Psychiatrie Dr. Brandt &amp; Kollegen</a> <nav><a href="/leistungen">Leistungen</a> <a href="/ablauf">Ablauf</a> <a href="/team">Team</a> <a href="/zuweiser" class="active">Für Zuweisende</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>
<h1>Informationen für zuweisende Ärztinnen, Ärzte und Psychotherapeut:innen</h1>
<p>Unsere Privatpraxis bietet psychiatrische Diagnostik und Behandlung per Videosprechstunde für Patientinnen und Patienten in ganz Deutschland an. Ein Schwerpunkt ist die therapieresistente Depression.</p>
<h2>Ablauf nach einer Zuweisung</h2>
<ol><li>Wir melden uns innerhalb von fünf Werktagen bei der Patientin bzw. dem Patienten.</li>
<li>Ausführliches Erstgespräch per Video mit einem Facharzt für Psychiatrie und Psychotherapie (Dr. med. Henrik Brandt, Dr. med. Selin Aydın).</li>
<li>Ist eine Behandlung mit Esketamin-Nasenspray angezeigt, überweisen wir an eine unserer Partnerkliniken vor Ort. Die Anwendung erfolgt dort unter ärztlicher Aufsicht mit anschließender Überwachung; wir begleiten die Behandlung per Video weiter.</li>
<li>Sie erhalten einen Arztbrief mit unserer Empfehlung.</li></ol>
<h2>Was wir nicht tun</h2>
<p>Wir verschicken kein Esketamin und kein Ketamin an Patientinnen oder Patienten. Wir zahlen und erhalten keine Zuweiserprämien (§ 31 MBO-Ä).</p>
<h2>Zuweisung</h2>
<p>Bitte senden Sie Ihre Überweisung mit Vorbefunden über KIM an <b>zuweisung@psychpraxis-online.example</b> oder per Fax an 030 555 0188.</p>
</main>
<footer><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h7022", "https://www.apaisia.example/blog/offre-janvier-code-abonnement", "telehealth", False, "fr",
  "provider-blog-promo-code-fr", "Nouvelle année : -20 % sur le premier mois d'abonnement | Blog Apaisia", """
<header><a href="/">Apaisia</a> <nav><a href="/fonctionnement">Comment ça marche</a> <a href="/equipe">Nos psychiatres</a> <a href="/tarifs">Tarifs</a> <a href="/blog">Blog</a> <a class="btn" href="/rendez-vous">Prendre rendez-vous</a></nav></header>
<article>
<h1>Nouvelle année : -20&nbsp;% sur votre premier mois d'abonnement</h1>
<p class="meta">Par l'équipe Apaisia &middot; 30 décembre 2026</p>
<p>Apaisia accompagne en français, par vidéo, des adultes vivant en Ontario et au Nouveau-Brunswick qui souffrent de dépression résistante. Du 1er au 31 janvier, le code <b>JANVIER20</b> réduit de 20&nbsp;% le premier mois de l'abonnement d'accompagnement.</p>
<h2>Ce que comprend l'abonnement</h2>
<ul><li>Une évaluation psychiatrique complète en vidéo avec un médecin inscrit à l'ordre de votre province</li><li>Des rendez-vous de suivi toutes les deux à quatre semaines</li><li>Des séances d'intégration en groupe</li><li>Une messagerie sécurisée avec l'équipe soignante</li></ul>
<h2>À savoir</h2>
<p>Le code porte uniquement sur l'abonnement. Il ne change rien à la décision médicale : c'est le psychiatre qui décide, après l'évaluation, si un traitement par kétamine est indiqué. Le cas échéant, l'ordonnance est transmise à notre pharmacie partenaire, qui délivre le médicament sur ordonnance seulement. Le coût du médicament est facturé à part.</p>
<p>Nos psychiatres : Dre Camille Lévesque, Dr Ousmane Diallo.</p>
<p><a class="btn" href="/rendez-vous?code=JANVIER20">Réserver mon évaluation</a></p>
</article>
<footer>Apaisia Santé inc. &middot; En cas de crise, composez le 988. &middot; <a href="/confidentialite">Confidentialité</a></footer>
""", noise="cookie-fr")

p("h7023", "https://www.calmavia.example/pt-br/programa-de-parceiros", "telehealth", False, "pt",
  "teleconsulta-partner-programme", "Programa de parceiros | Calmavia Teleconsulta", """
<header><a href="/pt-br/">Calmavia</a> <nav><a href="/pt-br/como-funciona">Como funciona</a> <a href="/pt-br/medicos">Nossos médicos</a> <a href="/pt-br/clinicas-parceiras">Clínicas parceiras</a> <a href="/pt-br/parceiros" class="active">Parceiros</a></nav></header>
<main>
<h1>Programa de parceiros Calmavia</h1>
<p>A Calmavia é um serviço de teleconsulta psiquiátrica. Psicólogos, influenciadores de saúde mental e associações de pacientes podem divulgar nossa plataforma e receber um cupom exclusivo para a comunidade.</p>
<h2>Como funciona o atendimento</h2>
<p>O paciente faz uma teleconsulta com um psiquiatra com registro no CRM (por exemplo, Dra. Luana Figueiredo, CRM-SP 000000). Se houver indicação de escetamina, a aplicação é feita em uma clínica parceira credenciada, com monitoramento presencial; o acompanhamento continua por vídeo. Não enviamos medicamentos para casa.</p>
<h2>O que o parceiro recebe</h2>
<p>Um cupom de 15&nbsp;% de desconto na primeira teleconsulta para a sua comunidade e um relatório mensal de uso do cupom. Não pagamos comissão por prescrição nem por aplicação.</p>
<h2>Regras de divulgação</h2>
<ul><li>Não prometer receita, cura ou resultado.</li><li>Não usar termos como "comprar escetamina" ou "cetamina online".</li><li>Seguir o Código de Ética Médica e as normas do CFM sobre publicidade.</li></ul>
<p><a class="btn" href="/pt-br/parceiros/cadastro">Quero ser parceiro</a></p>
</main>
<footer>Calmavia Serviços Médicos Ltda. &middot; Responsável técnico: Dr. Ricardo Amaral &middot; <a href="/pt-br/privacidade">Privacidade (LGPD)</a></footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics: blogs, referrals, gift cards

p("h7024", "https://www.bluecedarinfusion.example/blog/why-we-wont-mail-you-ketamine", "clinic", False, "en",
  "clinic-blog-post-affiliate-warning", "Why we won't mail you ketamine (and who will) | Blue Cedar Infusion Center", """
<header><a class="logo" href="/">Blue Cedar Infusion Center</a> <span class="phone">(919) 555-0163</span>
<nav><a href="/treatments">Treatments</a> <a href="/ketamine-infusions">Ketamine infusions</a> <a href="/spravato">Spravato</a> <a href="/pricing">Pricing</a> <a href="/blog">Blog</a> <a class="btn" href="/consultation">Free consultation</a></nav></header>
<main>
<article>
<h1>Why we won't mail you ketamine (and who will)</h1>
<p class="meta">By Dr. Elaine Forsythe, MD, Medical Director &middot; November 20, 2026</p>
<p>Every week someone calls our front desk and asks whether we can "just send the nasal spray" or lozenges so they can skip the drive to Raleigh. The answer is no, and I want to explain why, because the internet is full of people who will tell you otherwise.</p>
<h2>What happens in our chairs</h2>
<p>Every infusion at Blue Cedar starts with a medical screening, vital signs and a conversation about how the last week went. A registered nurse stays with you for the 40-minute infusion, we monitor blood pressure, heart rate and oxygen throughout, and you rest with us until you are clear-headed enough to be picked up. That monitoring is part of the treatment, not an add-on.</p>
<h2>The blogs with a discount code</h2>
<p>Several patients have shown us blog posts and "top 7" lists that link to websites shipping ketamine with no evaluation at all, sometimes with a reader code. Those sites are not clinics and not telehealth practices. There is no clinician looking at your blood pressure, your medications or your history, and nobody knows what is actually in the vial. If you are unsure about a site, bring it to your consultation and we will look at it with you.</p>
<h2>When at-home treatment can be reasonable</h2>
<p>Some licensed telehealth practices prescribe at-home ketamine after a real video evaluation, with follow-up. That is a legitimate model for some people. It is different from a website that sells you a product after a checkbox.</p>
<h2>Starting with us</h2>
<p>Consultations are free and take about 30 minutes. Our six-infusion induction series is $2,700; single maintenance infusions are $475. We are also a REMS-certified Spravato treatment center and can check your insurance benefits.</p>
<p><a class="btn" href="/consultation">Book a free consultation</a></p>
</article>
<aside><h3>More from our blog</h3><ul><li><a href="/blog/what-to-expect-first-infusion">What to expect at your first infusion</a></li><li><a href="/blog/spravato-insurance-guide">A guide to Spravato insurance coverage</a></li><li><a href="/blog/integration-after-ketamine">Integration after an infusion</a></li></ul></aside>
</main>
<footer><p>Blue Cedar Infusion Center &middot; 4410 Glenwood Ave, Suite 210, Raleigh, NC &middot; Mon&ndash;Sat 8am&ndash;5pm</p><p><a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></p></footer>
""", noise="cookie")

p("h7025", "https://www.northgateketamine.example/referring-providers", "clinic", False, "en",
  "clinic-referring-providers", "For Referring Providers | Northgate Ketamine & Spravato Center", """
<header><a href="/">Northgate Ketamine &amp; Spravato Center</a> <nav><a href="/patients">Patients</a> <a href="/referring-providers" class="active">Referring providers</a> <a href="/about">About</a> <a href="/locations">Locations</a></nav></header>
<main>
<h1>For referring providers</h1>
<p>Northgate provides IV ketamine infusions for treatment-resistant depression, PTSD and chronic pain conditions, and esketamine (Spravato) as a REMS-certified treatment center, at our clinics in Columbus and Dublin, Ohio.</p>
<h2>How to refer</h2>
<ul><li>Fax the referral form and recent notes to (614) 555-0190</li><li>Or send through our secure portal (Direct address: referrals@direct.northgateketamine.example)</li><li>Include medication history, diagnosis and any cardiac or psychiatric history</li></ul>
<p><a href="/files/northgate-referral-form.pdf">Download referral form (PDF)</a></p>
<h2>What we send back</h2>
<p>A consult note after the initial evaluation, a treatment summary after the induction series and an update whenever the plan changes. Patients stay under the care of their referring psychiatrist or PCP for their other medications.</p>
<h2>Exclusion criteria</h2>
<p>Uncontrolled hypertension, active psychosis, pregnancy, recent substance use disorder, and aneurysmal vascular disease. We are happy to discuss borderline cases by phone.</p>
<p>Clinical lead: Dr. Marcus Ilori, MD (anesthesiology) &middot; Psychiatric director: Dr. Hannah Kovacs, MD</p>
</main>
<footer>&copy; 2026 Northgate Infusion Partners, LLC</footer>
""")

p("h7026", "https://shop.luminainfusion.example/shop/gift-cards", "clinic", False, "en",
  "clinic-gift-card-shop", "Gift Cards – Lumina Infusion & Wellness", """
<header><a href="https://luminainfusion.example">Lumina Infusion &amp; Wellness</a> <nav><a href="/shop">Shop</a> <a href="/shop/gift-cards" class="active">Gift cards</a> <a href="/shop/merch">Merch</a> <a href="/cart">Cart (0)</a></nav></header>
<main>
<h1>Lumina Gift Cards</h1>
<p>Give someone you love a little care. Lumina gift cards are delivered by email and never expire.</p>
<form class="product">
<label>Amount <select><option>$50</option><option>$100</option><option selected>$250</option><option>$500</option><option>Custom</option></select></label>
<label>Recipient email <input type="email"></label>
<label>Message <textarea>Thinking of you.</textarea></label>
<label>Send on <input type="date"></label>
<button>Add to cart</button></form>
<h2>Where can it be used?</h2>
<p>At our Tempe clinic, toward IV hydration, NAD+ and vitamin infusions, consultations with our nurse practitioners, and ketamine infusion therapy. Ketamine treatment is provided only after a medical evaluation with our clinical team; a gift card does not guarantee eligibility, and unused balances can be used for any other service.</p>
<p><small>Gift cards are not redeemable for cash and cannot be used for insurance copays. Questions? Call (480) 555-0117.</small></p>
</main>
<footer>Lumina Infusion &amp; Wellness &middot; 1805 E University Dr, Tempe, AZ &middot; <a href="https://luminainfusion.example/privacy">Privacy</a> &middot; <a href="/shop/terms">Store terms</a></footer>
""")

p("h7027", "https://www.stillwaterkap.example/share-stillwater", "clinic", False, "en",
  "kap-practice-charity-referral", "Share Stillwater | Stillwater Ketamine-Assisted Psychotherapy", """
<nav><a href="/">Home</a> <a href="/our-approach">Our approach</a> <a href="/team">Team</a> <a href="/fees">Fees</a> <a href="/share-stillwater" class="active">Share Stillwater</a> <a href="/contact">Contact</a></nav>
<main>
<h1>Share Stillwater</h1>
<p>Most of our clients come to us because someone they trust told them about us. We are grateful, and we wanted to say thank you in a way that fits who we are.</p>
<p>When someone you refer completes an intake consultation at our Asheville office, Stillwater donates $25 to the <b>Blue Ridge Peer Support Fund</b>. We don't offer cash, discounts or gifts to the person who referred, and we won't tell you whether your friend became a client.</p>
<h2>What your friend can expect</h2>
<p>An intake call with our care coordinator, a medical screening with Dr. Naomi Fairbanks, MD, and preparation sessions with one of our licensed therapists before any ketamine session. Ketamine sessions take place in our office, with a therapist present and a physician on site, followed by integration therapy.</p>
<p>Referral cards are available at the front desk, or share this page.</p>
<p><small>Stillwater KAP, PLLC &middot; 62 Haywood St, Asheville, NC</small></p>
</main>
""")

p("h7028", "https://lnk.example/evergreen.infusions", "clinic", False, "en",
  "clinic-link-in-bio", "Evergreen Infusion Center | lnk", """
<div class="profile"><img src="/avatars/evergreen.jpg" alt="Evergreen Infusion Center logo"><h1>Evergreen Infusion Center</h1>
<p>Boise, ID &middot; IV ketamine &amp; Spravato (REMS certified) &middot; physician-led</p></div>
<ul class="links">
<li><a href="https://evergreeninfusion.example/consult">&#128222; Book a free phone consult</a></li>
<li><a href="https://evergreeninfusion.example/new-patients">&#128203; New patient forms</a></li>
<li><a href="https://evergreeninfusion.example/pricing">&#128181; Pricing &amp; insurance</a></li>
<li><a href="https://evergreeninfusion.example/gift-cards">&#127873; Gift cards</a></li>
<li><a href="https://maps.example/?q=Evergreen+Infusion+Center+Boise">&#128205; Find us</a></li>
</ul>
<footer><a href="/">Create your own lnk page</a></footer>
""")

p("h7029", "https://www.kliniekdeoever.example/nieuws/esketamine-behandeling-nu-ook-in-zwolle", "clinic", False, "nl",
  "clinic-news-post-nl", "Esketaminebehandeling nu ook op locatie Zwolle | Kliniek De Oever", """
<header><a href="/">Kliniek De Oever</a> &middot; specialistische GGZ <nav><a href="/behandelingen">Behandelingen</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/nieuws">Nieuws</a> <a href="/contact">Contact</a></nav></header>
<article>
<h1>Esketaminebehandeling nu ook op locatie Zwolle</h1>
<p class="meta">Nieuws &middot; 18 november 2026</p>
<p>Vanaf januari biedt Kliniek De Oever behandeling met esketamine-neusspray aan op onze locatie in Zwolle. Tot nu toe was deze behandeling alleen in Deventer mogelijk.</p>
<h2>Voor wie?</h2>
<p>De behandeling is bedoeld voor volwassenen met een depressie die onvoldoende reageert op ten minste twee antidepressiva. U heeft een verwijzing nodig van uw huisarts of psychiater. Onze psychiater beoordeelt in een intakegesprek of de behandeling geschikt is.</p>
<h2>Hoe verloopt een behandeling?</h2>
<p>U gebruikt de neusspray zelf, onder toezicht van een verpleegkundige, in een rustige behandelkamer. Daarna blijft u ongeveer twee uur bij ons ter observatie. U mag die dag niet zelf autorijden. In de eerste vier weken komt u twee keer per week.</p>
<h2>Let op: geen neusspray via internet</h2>
<p>Wij krijgen vragen over websites en blogs die esketamine of ketamine "zonder verwijzing" aanbieden, soms met een kortingscode. Deze middelen horen niet thuis in een postpakket. Bij twijfel kunt u contact opnemen met ons secretariaat.</p>
<p>Aanmelden via Zorgdomein of bel 038 555 0129.</p>
</article>
<footer>Kliniek De Oever &middot; <a href="/privacy">Privacy</a> &middot; <a href="/klachten">Klachtenregeling</a></footer>
""", noise="cookie-nl")

p("h7030", "https://www.centroaurora-ketamina.example/medici-invianti", "clinic", False, "it",
  "clinic-referring-doctors-it", "Per i medici invianti | Centro Aurora – terapia con ketamina ed esketamina", """
<header><a href="/">Centro Aurora</a> <nav><a href="/trattamenti">Trattamenti</a> <a href="/equipe">Équipe</a> <a href="/medici-invianti" class="active">Medici invianti</a> <a href="/tariffe">Tariffe</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Informazioni per i medici invianti</h1>
<p>Il Centro Aurora di Torino è un ambulatorio specialistico autorizzato che eroga infusioni endovenose di ketamina a basso dosaggio e trattamenti con esketamina spray nasale sotto osservazione, per pazienti adulti con depressione resistente.</p>
<h2>Come inviare un paziente</h2>
<ol><li>Compilare la scheda di invio (PDF) con diagnosi, terapie precedenti e comorbidità.</li><li>Inviarla via PEC a invii@pec.centroaurora.example oppure consegnarla al paziente.</li><li>Il paziente viene contattato per una prima visita psichiatrica con il Dott. Paolo Ferrero o la Dott.ssa Giulia Monti.</li></ol>
<h2>Durante il trattamento</h2>
<p>Ogni seduta si svolge in ambulatorio con monitoraggio dei parametri vitali e osservazione di almeno due ore. Al termine del ciclo inviamo al medico curante una relazione clinica.</p>
<p><small>Il Centro non riconosce compensi per l'invio di pazienti.</small></p>
</main>
<footer>Centro Aurora S.r.l. &middot; Via Nizza 000, Torino &middot; Direttore sanitario: Dott. Paolo Ferrero &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h7031", "https://www.clinicaalba.example/tienda/tarjeta-regalo", "clinic", False, "es",
  "clinic-gift-card-es", "Tarjeta regalo | Clínica Alba – Salud mental", """
<header><a href="/">Clínica Alba</a> <nav><a href="/tratamientos">Tratamientos</a> <a href="/ketamina">Terapia con ketamina</a> <a href="/equipo">Equipo</a> <a href="/tienda">Tienda</a> <a href="/cita">Pedir cita</a></nav></header>
<main>
<h1>Tarjeta regalo Clínica Alba</h1>
<p>Regala acompañamiento. La tarjeta regalo puede canjearse en nuestra clínica de Valencia para una primera consulta de valoración psiquiátrica, sesiones de psicoterapia o talleres de mindfulness.</p>
<p>Importes: 60&nbsp;&euro; &middot; 120&nbsp;&euro; &middot; 250&nbsp;&euro;. <button>Comprar</button></p>
<p>La terapia con ketamina solo se indica tras una valoración psiquiátrica presencial y se administra en la clínica con monitorización. La tarjeta regalo no sustituye esa valoración.</p>
<p><small>Validez: 12 meses. No reembolsable. Clínica Alba, Centro sanitario autorizado n.º CS0000.</small></p>
</main>
""", noise="cookie-es")

# ---------------------------------------------------------------- informational: about the affiliate web

p("h7032", "https://www.coastledger.example/investigations/2026/11/the-ketamine-affiliate-machine", "informational", False, "en",
  "news-investigation-affiliate-network", "The ketamine affiliate machine: how 'honest reviews' funnel readers to unlicensed shops | The Coast Ledger", """
<header><a href="/">The Coast Ledger</a> <nav><a href="/news">News</a> <a href="/investigations">Investigations</a> <a href="/health">Health</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="btn">Subscribe</a></nav></header>
<article>
<p class="kicker">INVESTIGATION</p>
<h1>The ketamine affiliate machine</h1>
<p class="dek">Personal essays, "top 7" lists and scam-checker sites promise honest advice. Many are paid up to 40% of every sale by websites that ship ketamine with no prescription.</p>
<p class="byline">By Rosa Delgado and Theo Whitcombe &middot; November 30, 2026 &middot; Updated December 2, 2026</p>
<p>The post reads like hundreds of others on wellness blogs: a long waitlist, a string of antidepressants that didn't work, a quiet turn toward hope. Then, two-thirds of the way down, a grey box: a reader code for 15% off and a button to "visit" an online apothecary.</p>
<p>Over four months, The Coast Ledger identified 212 web pages &ndash; blogs, listicles, video descriptions, newsletters and answers on question-and-answer sites &ndash; that link to 31 online stores selling ketamine or esketamine without requiring any contact with a clinician. Reporters traced the links through redirect domains, tracked referral codes, and spoke to three people who had run affiliate sites.</p>
<h2>"No prescription" is the selling point</h2>
<p>On a listicle titled "7 Best Places to Buy Ketamine Online in 2027", every vendor was described as not requiring a prescription, and sites that did require a doctor's appointment had been excluded, the page said, "because they are not what most of our readers are looking for". The page's buttons went through a /go/ redirect to stores accepting Bitcoin and Zelle.</p>
<p>A site calling itself a scam checker awarded one store a "trust score" of 92 out of 100. Its only listed con was that card payments were "sometimes declined". The checker's own footer disclosed that it "may receive compensation from stores we review".</p>
<p>"You write like a friend, you put the code in the third section, never the first," said a former affiliate writer who asked not to be named because she still works in marketing. She said she was paid 35% of the first order and 10% of reorders.</p>
<h2>What the shops are</h2>
<p>The Ledger placed no orders. Domain records show that several stores share the same hosting and payment processor, and two of them were registered on the same day. Three stores list a "pharmacy partner" that could not be found in any European pharmacy register. None named a prescribing clinician.</p>
<h2>The legitimate look-alikes</h2>
<p>Confusing matters, licensed telehealth companies and infusion clinics also run affiliate and referral programs. The ones we reviewed pay for membership sign-ups rather than medication, require a video evaluation before any prescription, and ban affiliates from promising one. "The word 'affiliate' is not the problem," said Dr. Imani Cole, a psychiatrist who studies digital health marketing. "The question is whether there's a clinician between the link and the drug."</p>
<h2>What regulators say</h2>
<p>The state attorney general's office said it had opened inquiries into two of the affiliate networks. Platforms hosting several of the pages removed them after The Ledger's questions; a video-sharing site said descriptions linking to unlicensed drug sellers violate its policies.</p>
<p class="correction"><i>Correction, Dec. 2: An earlier version of this article misstated the number of stores identified. It is 31, not 33.</i></p>
<p class="help"><small>If you or someone you know is struggling, call or text 988.</small></p>
</article>
<aside><h3>Most read</h3><ol><li><a href="#">Harbor bridge repair delayed again</a></li><li><a href="#">School board votes on new calendar</a></li><li><a href="#">The ketamine affiliate machine</a></li></ol></aside>
<footer>&copy; 2026 The Coast Ledger &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/corrections">Corrections</a> &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h7033", "https://consumer.agstate.example/alerts/fake-review-sites-online-pharmacies", "informational", False, "en",
  "consumer-protection-alert", "Consumer Alert: Fake 'review' sites that steer you to illegal online pharmacies | Office of the Attorney General", """
<div class="gov-banner">An official website of the State. <a href="#">Here's how you know</a></div>
<header><a href="/">Office of the Attorney General &ndash; Consumer Protection Division</a> <nav><a href="/alerts">Consumer alerts</a> <a href="/complaint">File a complaint</a> <a href="/scams">Common scams</a></nav></header>
<main>
<h1>Consumer Alert: Fake "review" sites that steer you to illegal online pharmacies</h1>
<p>Issued December 1, 2026</p>
<p>Our office has received complaints from residents who bought ketamine, esketamine nasal spray or other prescription drugs from websites they found through blogs, "best of" lists or sites claiming to check whether a store is legitimate. Many of these pages are paid advertising. They earn a commission on each sale and have every reason to say a store is safe.</p>
<h2>Warning signs</h2>
<ul>
<li>The page says you don't need a prescription, or that an online form replaces a doctor.</li>
<li>Discount codes are offered for a prescription drug.</li>
<li>Extra discounts for paying in cryptocurrency, or payment by gift card or payment apps.</li>
<li>Promises of "stealth" packaging or free reshipping "if customs seizes your order".</li>
<li>Ordering through WhatsApp or Telegram.</li>
</ul>
<h2>What a legitimate provider looks like</h2>
<p>A licensed clinic or telehealth provider will evaluate you &ndash; in person or by live video &ndash; before prescribing, will name its clinicians, and will fill prescriptions through a licensed pharmacy. Check pharmacy licenses with the state Board of Pharmacy.</p>
<h2>If you have been affected</h2>
<p>Stop using any product you received, talk to a health-care provider, and <a href="/complaint">file a complaint</a>. Report suspected unlawful online drug sales to the FDA through its BeSafeRx resources.</p>
</main>
<footer>Office of the Attorney General &middot; Consumer Hotline 1-800-555-0100 &middot; <a href="/accessibility">Accessibility</a></footer>
""")

p("h7034", "https://www.wellreport.example/mental-health/best-ketamine-telehealth-providers", "informational", False, "en",
  "honest-telehealth-review-advertiser-disclosure", "Best At-Home Ketamine Telehealth Providers of 2027 | WellReport", """
<header><a href="/">WellReport</a> <nav><a href="/mental-health">Mental health</a> <a href="/sleep">Sleep</a> <a href="/nutrition">Nutrition</a> <a href="/about/review-process">How we review</a></nav></header>
<article>
<h1>Best At-Home Ketamine Telehealth Providers of 2027</h1>
<p class="byline">By Claire Ashdown &middot; Medically reviewed by Dr. Felix Haraldsen, MD, psychiatrist &middot; Updated January 5, 2027</p>
<div class="advertiser-disclosure"><b>Advertiser disclosure:</b> WellReport may earn a commission when you sign up through some links on this page. Commissions do not affect our ratings, and providers cannot pay to be included. We only list services that require a live evaluation by a licensed clinician before any prescription.</div>
<p>At-home ketamine through telehealth can be an option for some adults with treatment-resistant depression, but it is not right for everyone, and it is not a substitute for in-person care when risk is high. We compared six providers on clinical safeguards, follow-up, price and transparency.</p>
<h2>How we evaluated</h2>
<p>We looked for: a live video evaluation with a named, licensed prescriber; screening for contraindications; blood-pressure monitoring instructions; a sitter requirement for early sessions; scheduled follow-up; and dispensing through a licensed pharmacy. We excluded websites that sell ketamine after a questionnaire only. We do not link to them.</p>
<h2>Our picks</h2>
<h3>Lumenwell &ndash; Best overall follow-up</h3>
<p>Membership $249/month plus medication. Psychiatric clinicians in 14 states. Monthly check-ins and integration coaching. <a href="https://www.lumenwellhealth.example/?ref=wellreport" rel="sponsored">Visit Lumenwell</a></p>
<h3>Tidewell &ndash; Best for complex histories</h3>
<p>Board-certified psychiatrists handle the first visit. Higher price ($329/month) but longer visits. <a href="https://tidewellpsych.example/" rel="nofollow">Visit Tidewell</a></p>
<h3>Meridian Mind &ndash; Best budget option</h3>
<p>$179/month. Nurse-practitioner-led care; evaluation is thorough but follow-ups are shorter. <a href="https://meridianmind.example/?ref=wellreport" rel="sponsored">Visit Meridian Mind</a></p>
<h2>Who should not use at-home ketamine</h2>
<p>People with a history of psychosis, uncontrolled high blood pressure, active substance use problems, or who are pregnant. Ask about in-clinic IV or Spravato treatment instead.</p>
<h2>FAQ</h2>
<h3>Can I get ketamine online without seeing anyone?</h3><p>Legitimate providers will not prescribe without an evaluation. Websites that skip this step are not telehealth services, and we advise against using them.</p>
<h3>Does insurance cover it?</h3><p>Rarely for at-home ketamine. Spravato is more often covered.</p>
</article>
<footer>&copy; 2027 WellReport Media &middot; <a href="/editorial-policy">Editorial policy</a> &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h7035", "https://forum.trdsupport.example/t/psa-that-quiet-harbor-post-is-an-ad-for-an-unlicensed-shop/4412", "informational", False, "en",
  "forum-thread-link-warning", "PSA: that viral 'winter' blog post is an ad for an unlicensed shop - TRD Support Forum", """
<header><a href="/">TRD Support Forum</a> <nav><a href="/c/treatments">Treatments</a> <a href="/c/ketamine-esketamine">Ketamine &amp; esketamine</a> <a href="/c/daily-check-in">Daily check-in</a> <a href="/guidelines">Guidelines</a></nav></header>
<main>
<h1>PSA: that viral "winter" blog post is an ad for an unlicensed shop</h1>
<p class="cat">Ketamine &amp; esketamine &middot; 27 replies &middot; 1.4k views</p>
<div class="post"><p class="u"><b>moth_and_lamp</b> (moderator) &middot; Dec 3</p>
<p>Several of you have shared a blog post going around about someone's "winter" and how they got ketamine through an online apothecary with a reader code. Please don't order from it. The "apothecary" asks for no prescription, does no evaluation, offers a Bitcoin discount and promises to reship if customs seizes the parcel. That is not a pharmacy. The blogger earns a commission on every order.</p>
<p>We have removed the links from the four threads where it was posted. If you're looking for options, see our pinned thread on finding a clinic or a telehealth provider that does a real evaluation.</p></div>
<div class="post"><p class="u"><b>greyfinch</b> &middot; Dec 3</p><p>Thank you. I almost used that code. The post made it sound like a friend's recommendation.</p></div>
<div class="post"><p class="u"><b>owen_r</b> &middot; Dec 4</p><p>Same network is behind a "scam checker" site that rates these shops 9/10. Checked the WHOIS, registered a week apart.</p></div>
<div class="post"><p class="u"><b>dr_lin_np</b> (verified clinician) &middot; Dec 4</p><p>Psychiatric NP here. Besides legality, the bigger issue is unknown dose and no blood-pressure or bladder monitoring. If cost is the barrier, ask clinics about sliding scale, and ask your psychiatrist about Spravato coverage.</p></div>
<div class="post"><p class="u"><b>greyfinch</b> &middot; Dec 5</p><p>Reported the post to the blog host too.</p></div>
</main>
<aside><h3>Pinned</h3><ul><li><a href="/t/how-to-tell-a-real-clinic-from-a-shop/88">How to tell a real clinic from a shop</a></li><li><a href="/t/spravato-insurance-appeals-megathread/301">Spravato insurance appeals megathread</a></li></ul></aside>
<footer>Peer support only, not medical advice. In crisis? Call or text 988.</footer>
""")

p("h7036", "https://checkit-drugtesting.example/alerts/2026-11-nasal-sprays", "informational", False, "en",
  "drug-checking-alert-plain", "", """
Drug-checking alert, November 2026: we tested five "esketamine nasal sprays" that people bought through Instagram pages and review blogs with discount codes. Two contained racemic ketamine at about half the labelled strength, one contained no ketamine at all, and two contained 2-FDCK. If you use anything bought this way, start with a much smaller amount, never use alone, and bring a sample to our free, anonymous service.
""", ext="txt")

p("h7037", "https://partners.clickharvest.example/policies/prohibited-offers", "informational", False, "en",
  "affiliate-network-prohibited-offers-policy", "Prohibited Offers Policy | ClickHarvest Partner Network", """
<header><a href="/">ClickHarvest Partners</a> <nav><a href="/advertisers">For advertisers</a> <a href="/publishers">For publishers</a> <a href="/policies">Policies</a> <a href="/login">Log in</a></nav></header>
<main>
<h1>Prohibited Offers Policy</h1>
<p>Effective January 1, 2027. Applies to all advertisers and publishers on the ClickHarvest network.</p>
<h2>1. Prescription drugs and controlled substances</h2>
<p>Advertisers may not promote the sale of prescription-only medicines unless they are a licensed pharmacy or telehealth provider that requires a valid prescription issued after a clinical evaluation, and they must hold LegitScript or equivalent certification. Offers for controlled substances including ketamine, esketamine, opioids and benzodiazepines sold without a prescription are prohibited.</p>
<h2>2. Research chemicals and "not for human consumption" products</h2>
<p>Prohibited, including ketamine analogues such as 2-FDCK, DCK and MXE, regardless of disclaimers.</p>
<h2>3. Publisher conduct</h2>
<p>Publishers may not create "review", "scam check" or "best of" content for prohibited offers, may not use cloaked or redirect links to disguise destinations, and must disclose affiliate relationships. Certified telehealth advertisers may be promoted only with approved copy that makes no promise of a prescription.</p>
<h2>4. Enforcement</h2>
<p>Violations lead to removal from the network and forfeiture of unpaid commissions. Report a violation to compliance@clickharvest.example.</p>
</main>
<footer>&copy; 2027 ClickHarvest Inc.</footer>
""")

p("h7038", "https://www.verbraucherschutz-nord.example/gesundheit/vorsicht-vergleichsportale-ketamin", "informational", False, "de",
  "consumer-advice-page-de", "Vorsicht bei „Vergleichsportalen“ für Ketamin und Esketamin | Verbraucherschutz Nord", """
<header><a href="/">Verbraucherschutz Nord e.&nbsp;V.</a> <nav><a href="/gesundheit">Gesundheit</a> <a href="/digitales">Digitales</a> <a href="/beratung">Beratung</a> <a href="/presse">Presse</a></nav></header>
<main>
<h1>Vorsicht bei „Vergleichsportalen“ für Ketamin und Esketamin</h1>
<p class="stand">Stand: 26.11.2026</p>
<p>In unserer Beratung melden sich zunehmend Menschen, die über Blogs, Verzeichnisse oder scheinbar neutrale Vergleichsseiten bei Online-Shops für Ketamin oder Esketamin-Nasenspray gelandet sind. Diese Seiten verdienen in der Regel an jeder Bestellung mit.</p>
<h2>Woran Sie unseriöse Seiten erkennen</h2>
<ul><li>„Kein Rezept nötig“ oder „Fragebogen statt Arzttermin“</li><li>Gutscheincodes und Rabatte bei Zahlung mit Bitcoin</li><li>„Neutrale Verpackung“ und Nachversand bei Zollverlust</li><li>Bestellung über Telegram oder WhatsApp</li><li>Kein Impressum oder ein Firmensitz außerhalb der EU</li></ul>
<h2>Was erlaubt ist</h2>
<p>Esketamin-Nasenspray ist in Deutschland verschreibungspflichtig und wird unter ärztlicher Aufsicht in einer Praxis oder Klinik angewendet. Seriöse Online-Apotheken tragen das EU-Sicherheitslogo und geben verschreibungspflichtige Arzneimittel nur gegen Rezept ab.</p>
<h2>Was Sie tun können</h2>
<p>Bestellen Sie nicht, bewahren Sie Belege auf und melden Sie die Seite uns oder dem Marktcheck. Bei gesundheitlichen Beschwerden wenden Sie sich an Ihre Ärztin oder Ihren Arzt.</p>
</main>
<footer>Verbraucherschutz Nord e.&nbsp;V. &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h7039", "https://www.lecheckeur.example/2026/12/05/non-ce-communique-nannonce-pas-une-pharmacie-en-ligne-autorisee", "informational", False, "fr",
  "fact-check-press-release", "Non, ce communiqué n'annonce pas une pharmacie en ligne autorisée | Le Checkeur", """
<header><a href="/">Le Checkeur</a> &middot; vérification des faits <nav><a href="/sante">Santé</a> <a href="/politique">Politique</a> <a href="/methodologie">Méthodologie</a></nav></header>
<article>
<p class="verdict">VERDICT : <b>TROMPEUR</b></p>
<h1>Non, ce communiqué n'annonce pas une pharmacie en ligne autorisée</h1>
<p class="meta">Par Léa Marchand &middot; 5 décembre 2026</p>
<p><b>L'affirmation :</b> un communiqué de presse diffusé le 3 décembre par une agence de distribution et repris par plusieurs sites présente « une nouvelle source en ligne » de spray nasal d'eskétamine « accessible dans toute l'Europe sans ordonnance traditionnelle ».</p>
<p><b>Ce que nous avons vérifié :</b> la société n'apparaît dans aucun registre national des pharmacies autorisées à vendre en ligne, ni en France, ni en Espagne, ni à Chypre où elle dit être basée. Le site ne porte pas le logo commun européen. Le « questionnaire de deux minutes » qui remplacerait la consultation ne correspond à aucun cadre légal : en France, l'eskétamine est réservée à l'usage hospitalier et administrée sous surveillance.</p>
<p>Les agences de communiqués publient souvent les textes tels quels, contre paiement ; leur mention « le contenu relève de la seule responsabilité de l'émetteur » ne vaut pas vérification.</p>
<p><b>Conclusion :</b> il s'agit d'une publicité pour un vendeur non autorisé, présentée sous la forme d'une information. L'ANSM rappelle que l'achat de médicaments sur des sites non autorisés expose à des produits falsifiés.</p>
</article>
<footer>Le Checkeur est signataire du code de principes de l'IFCN. &middot; <a href="/contact">Signaler une info</a></footer>
""", noise="cookie-fr")

p("h7040", "https://www.defesaconsumidor-sp.example/alertas/sites-de-avaliacao-cetamina", "informational", False, "pt",
  "consumer-alert-pt", "Alerta: sites de \"avaliação\" e listas que indicam lojas de cetamina | Defesa do Consumidor", """
<header><a href="/">Fundação de Defesa do Consumidor</a> <nav><a href="/alertas">Alertas</a> <a href="/reclamacao">Registrar reclamação</a> <a href="/sites-nao-recomendados">Sites não recomendados</a></nav></header>
<main>
<h1>Alerta: sites de "avaliação" e listas que indicam lojas de cetamina</h1>
<p>Publicado em 8 de dezembro de 2026</p>
<p>Recebemos reclamações de consumidores que compraram cetamina ou spray de escetamina em lojas virtuais encontradas por meio de listas do tipo "os melhores sites para comprar", blogs e perfis com cupom de desconto. Esses conteúdos costumam receber comissão por venda.</p>
<p>No Brasil, a cetamina e a escetamina são medicamentos controlados. A escetamina é aplicada em clínica, sob supervisão médica, e nenhuma farmácia pode vendê-las sem receita de controle especial.</p>
<h2>Sinais de alerta</h2>
<ul><li>"Sem receita" ou "só um formulário rápido"</li><li>Pagamento via Pix para pessoa física ou em bitcoin</li><li>Pedidos pelo WhatsApp</li><li>"Embalagem discreta" e reenvio garantido</li></ul>
<p>Se você comprou em um desses sites, registre sua reclamação e procure atendimento médico em caso de mal-estar. Denúncias também podem ser feitas à Anvisa e à vigilância sanitária do seu município.</p>
</main>
<footer>Fundação de Defesa do Consumidor &middot; <a href="/privacidade">Privacidade</a></footer>
""", noise="cookie-pt")

save(OUT, R)
