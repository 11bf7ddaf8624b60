# Batch 130 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Who is speaking?". Clinics and telehealth services writing pages that read like information
# (explainers, blog posts, scam warnings that quote fake ads, cost guides, myth-busting, press pages,
# "is it legal?" pages); informational pages that read like providers or shops (directories with
# "Book now" buttons, reviews with affiliate buttons, drug-checking alerts and fact-checks quoting
# vendor ads with prices, a law firm with a consultation box); and sellers that dress as information
# (a "research review" with a reference-material order box, a harm-reduction-looking blog with a
# Telegram "trusted source", news-looking pages with an order box, a fake fact-check, a fake ranking
# of suppliers, a vendor's own "how to avoid scams" guide, a price guide, an "is it legal?" FAQ on a
# research-chemical shop, a fake telehealth blog with automatic approval).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, it 3, nl 2, pt 2).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers, JSON-LD), medium
# articles, short FAQ/myth pages, a navigation-heavy directory, partial pages (article body only),
# three plain-text excerpts (ext="txt") and one bot-check wall (url-only).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch130.py (writes batch130/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch130")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers dressed as information

p("h13001", "https://ketamine-research-review.example/literature/arylcyclohexylamines-nmda-overview", "seller", True, "en",
  "research-review-with-reference-material-box", "Arylcyclohexylamines at the NMDA Receptor: A Literature Overview | Ketamine Research Review", """
<header>
<div class="brand"><a href="/">Ketamine Research Review</a> <span class="tag">Independent literature digests since 2017</span></div>
<nav><a href="/literature">Literature</a> <a href="/monographs">Compound Monographs</a> <a href="/protocols">Lab Protocols</a> <a href="/reference-standards">Reference Standards</a> <a href="/glossary">Glossary</a> <a href="/about">About the Editors</a> <a href="/contact">Contact</a></nav>
<form class="search" action="/search"><input name="q" placeholder="Search 1,200+ digests"></form>
</header>
<div class="layout">
<article>
<p class="crumbs"><a href="/literature">Literature</a> &rsaquo; <a href="/literature/pharmacology">Pharmacology</a> &rsaquo; Overview</p>
<h1>Arylcyclohexylamines at the NMDA receptor: a literature overview</h1>
<p class="meta">Digest #412 &middot; Reviewed by the editorial board &middot; Updated 14 November 2026 &middot; 11 min read</p>
<h2>Abstract</h2>
<p>Ketamine (2-(2-chlorophenyl)-2-(methylamino)cyclohexan-1-one) is the prototypical arylcyclohexylamine in clinical
use. It acts primarily as a non-competitive antagonist at the phencyclidine site of the N-methyl-D-aspartate
(NMDA) receptor, with additional reported activity at opioid, monoaminergic and HCN1 targets. This digest
summarises the primary literature on receptor pharmacology, enantiomer differences and the rapid-acting
antidepressant hypothesis, and lists analogues that appear in the recent analytical literature.</p>
<h2>1. Receptor pharmacology</h2>
<p>Early electrophysiology established ketamine as an open-channel blocker with use-dependent kinetics. The S-enantiomer
(esketamine) shows roughly three- to four-fold higher affinity for the PCP site than R-ketamine, which underlies its
lower anaesthetic dose. Trapping block, in which the drug remains bound after channel closure, has been proposed as a
contributor to the distinct clinical profile compared with memantine.</p>
<h2>2. The rapid-antidepressant hypothesis</h2>
<p>The first randomised, placebo-controlled report of a single sub-anaesthetic infusion (0.5 mg/kg over 40 minutes)
producing antidepressant effects within hours appeared in 2000 and was replicated in treatment-resistant cohorts in
2006. Proposed mechanisms include disinhibition of pyramidal neurons via GABAergic interneuron blockade, a
glutamate surge with AMPA receptor activation, BDNF release and mTORC1 signalling, and, more controversially, the
activity of the metabolite (2R,6R)-hydroxynorketamine.</p>
<h2>3. Analogues in the analytical literature</h2>
<table class="data">
<tr><th>Compound</th><th>Substitution</th><th>First forensic report</th></tr>
<tr><td>Deschloroketamine (DCK)</td><td>no aryl chlorine</td><td>2015</td></tr>
<tr><td>2-Fluorodeschloroketamine (2F-DCK)</td><td>2-fluoro</td><td>2016</td></tr>
<tr><td>Methoxetamine (MXE)</td><td>3-methoxy, N-ethyl</td><td>2010</td></tr>
<tr><td>O-PCE</td><td>N-ethyl, deschloro</td><td>2017</td></tr>
</table>
<h2>4. Limitations</h2>
<p>Most clinical data come from small samples with functional unblinding. Long-term safety data for repeated dosing,
particularly urological toxicity and dependence, remain limited.</p>
<h3>Selected references</h3>
<ol class="refs">
<li>Berman RM, et al. Antidepressant effects of ketamine in depressed patients. Biol Psychiatry. 2000.</li>
<li>Zarate CA Jr, et al. A randomized trial of an NMDA antagonist in treatment-resistant major depression. Arch Gen Psychiatry. 2006.</li>
<li>Zanos P, Gould TD. Mechanisms of ketamine action as an antidepressant. Mol Psychiatry. 2018.</li>
</ol>
</article>
<aside class="sidebar">
<div class="box refmat">
<h3>Reference material used in this digest</h3>
<p>Our editors verify every compound discussed with in-house HPLC. Analytical-grade material is available to
qualified readers.</p>
<ul>
<li>Ketamine HCl, &ge;99.5% (HPLC), crystalline &ndash; 5 g <b>$185</b> &middot; 10 g <b>$330</b> &middot; 25 g <b>$720</b> <a class="btn" href="/reference-standards/ketamine-hcl?add=1">Add to order</a></li>
<li>2F-DCK, &ge;99% &ndash; 5 g <b>$140</b> <a class="btn" href="/reference-standards/2f-dck?add=1">Add to order</a></li>
<li>Deschloroketamine &ndash; 5 g <b>$150</b> <a class="btn" href="/reference-standards/dck?add=1">Add to order</a></li>
</ul>
<p class="small">All reference standards are supplied strictly for in-vitro research and analytical purposes. Not for
human consumption. By ordering you confirm you are over 21. Payment in BTC, XMR or USDT (TRC-20). Dispatched
worldwide within 48 h in neutral, vacuum-sealed packaging; tracked reship if held by customs.</p>
</div>
<div class="box"><h3>Most read</h3><ul><li><a href="/literature/hnk-metabolite">Is HNK the real antidepressant?</a></li><li><a href="/monographs/mxe">Monograph: methoxetamine</a></li><li><a href="/protocols/reagent-testing">Reagent testing of arylcyclohexylamines</a></li></ul></div>
</aside>
</div>
<footer><p>&copy; 2026 Ketamine Research Review. Content is for educational purposes. <a href="/terms">Terms</a> &middot; <a href="/shipping">Shipping &amp; Reship Policy</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h13002", "https://kindkhole.example/blog/first-time-k-safer-use-guide", "seller", True, "en",
  "harm-reduction-looking-blog-with-trusted-source", "First time with K? A safer-use guide from people who've been there | Kind K", """
<header><a href="/" class="logo">kind k &hearts;</a> <nav><a href="/blog">blog</a> <a href="/safer-use">safer use</a> <a href="/testing">testing</a> <a href="/stories">your stories</a> <a href="/source">tested source</a></nav></header>
<main>
<article>
<h1>First time with K? A safer-use guide from people who've been there</h1>
<p class="by">posted by mo &middot; 9 Oct 2026 &middot; 47 comments</p>
<p>No judgement here. People are going to use ketamine whatever anyone says, so we'd rather you did it with some
knowledge. This guide is what we wish someone had told us.</p>
<h2>1. Test everything</h2>
<p>A lot of what gets sold as &ldquo;K&rdquo; right now is actually 2F-DCK, or cut with something you don't want.
Use a Mandelin and a Mecke reagent at minimum. Ketamine should go orange-ish with Mandelin. If you get nothing,
or a weird colour, don't take it.</p>
<h2>2. Start low, go slow</h2>
<p>Start with a small bump (around 20&ndash;30 mg) and wait a full 20 minutes before doing more. Re-dosing too fast is how
people end up somewhere they didn't plan to go. Weigh it with a milligram scale &ndash; eyeballing lines is
hopeless.</p>
<h2>3. Don't mix</h2>
<p>Alcohol, benzos, GHB/GBL and opioids + ketamine = a real risk of vomiting while sedated and breathing problems.
Just don't.</p>
<h2>4. Look after your bladder</h2>
<p>Regular use can wreck your bladder. If it hurts when you pee, or you're going all the time, take a long break
and see a doctor. Tell them honestly &ndash; they've heard it before.</p>
<h2>5. Setting matters</h2>
<p>Sit or lie down somewhere safe, not near water or stairs, with a sober friend around.</p>
<div class="callout source">
<h3>&ldquo;But where do I get something that's actually ketamine?&rdquo;</h3>
<p>We get asked this every day. After getting burned by three different dealers we only use one source now, and
we test every batch they send us (see our <a href="/testing">results page</a>). Pharma-grade shards and
Ketalar-type vials, discreet shipping across the UK and EU, reship if anything goes missing.</p>
<p><b>Message them on Telegram: <a href="https://t.me/kindsource_uk">@kindsource_uk</a></b> and say you came from
Kind K &ndash; code <b>KINDK10</b> gets you 10% off your first order. They take BTC, LTC and bank transfer.</p>
</div>
<p>Stay safe, look after each other. &hearts;</p>
</article>
<section class="comments"><h3>47 comments</h3>
<div class="c"><b>jess_92</b>: the bladder bit is so real, wish i'd read this two years ago</div>
<div class="c"><b>anon</b>: ordered from the tg source, arrived in 3 days, tested orange with mandelin. legit</div>
<div class="c"><b>Kind K</b> (admin): glad it worked out! remember to start low x</div>
</section>
</main>
<footer>kind k is run by volunteers. we are not medical professionals. &middot; <a href="/about">about</a></footer>
""")

p("h13003", "https://morningledger-health.example/2026/11/ketamine-depression-waiting-lists-nasal-spray", "seller", True, "en",
  "news-looking-doorway-with-order-box", "Why Thousands Are Quietly Skipping Psychiatrist Waiting Lists for Ketamine | The Morning Ledger Health", """
<div class="masthead"><a href="/">THE MORNING LEDGER</a> <span>HEALTH</span> <span class="date">Monday, November 23, 2026</span></div>
<nav class="sections"><a href="/news">News</a> <a href="/health">Health</a> <a href="/science">Science</a> <a href="/money">Money</a> <a href="/opinion">Opinion</a> <a href="/lifestyle">Lifestyle</a> <a href="/subscribe" class="sub">Subscribe</a></nav>
<div class="ad-leaderboard">ADVERTISEMENT</div>
<article class="story">
<p class="kicker">MENTAL HEALTH</p>
<h1>Why thousands are quietly skipping psychiatrist waiting lists for ketamine</h1>
<p class="dek">Doctors were slow to embrace it. Patients aren't waiting any more.</p>
<p class="byline">By Rachel Hume, Senior Health Correspondent &middot; 6 min read &middot; <span class="upd">Updated 2 hours ago</span></p>
<figure><img src="/img/nasal-spray-woman.jpg" alt="Woman holding a nasal spray bottle"><figcaption>Getty Images</figcaption></figure>
<p>When Linda P., 52, was told she would wait eleven months to see a psychiatrist, she did what a growing number of
Americans are doing: she went online.</p>
<p>&ldquo;I'd read about ketamine for years. I was tired of asking permission,&rdquo; she says. Within a week she had a
nasal spray at her door. &ldquo;The first morning after, I made breakfast for my grandkids and actually enjoyed it.&rdquo;</p>
<p>Ketamine has been used as an anaesthetic since the 1970s. In 2019 regulators approved a nasal spray version of
its cousin, esketamine, for treatment-resistant depression, but access has remained patchy and expensive, with
clinic infusions often costing $500 or more per session.</p>
<p>&ldquo;The science is solid,&rdquo; says Dr. Alan Brewer, a retired anaesthesiologist. &ldquo;What's held it back is
gatekeeping.&rdquo;</p>
<p>That gap has been filled by a new generation of direct-to-consumer suppliers. The most popular, <a href="https://go.ketaclear-direct.example/?aff=mlh112">KetaClear</a>,
ships a pharmaceutical-grade ketamine nasal spray without the need for an appointment or prescription, which the company
says is &ldquo;how every adult should be treated &ndash; as someone who knows their own mind.&rdquo;</p>
<div class="order-box" id="order">
<h3>Reader offer: KetaClear Nasal Spray</h3>
<p>Pharmaceutical-grade ketamine, 10 ml metered spray (approx. 100 sprays). <b>No doctor visit. No prescription.</b></p>
<table><tr><td>1 bottle</td><td>$149</td></tr><tr><td>3 bottles <span class="badge">Most popular</span></td><td>$399 <s>$447</s></td></tr><tr><td>6 bottles</td><td>$699 + free express</td></tr></table>
<form action="https://go.ketaclear-direct.example/checkout" method="post"><input type="hidden" name="src" value="mlh"><select name="qty"><option>1</option><option selected>3</option><option>6</option></select> <button>ORDER NOW &raquo;</button></form>
<p class="small">Ships in plain packaging. Offer for Morning Ledger readers ends tonight at midnight. Only 37 units left at this price.</p>
</div>
<p>Not everyone is convinced. Critics warn that any medication should be supervised. But for Linda, the choice was
easy. &ldquo;I wish I'd done it years ago.&rdquo;</p>
<p class="disclosure">This article is a paid advertorial. Results may vary. These statements have not been evaluated.</p>
</article>
<aside class="related"><h4>Most read</h4><ol><li><a href="#">The 10-second trick doctors don't want you to know</a></li><li><a href="#">Retirees are ditching their financial advisers for this app</a></li><li><a href="#">Why your knees hurt in the morning</a></li></ol></aside>
<footer>&copy; 2026 The Morning Ledger Media. <a href="/privacy">Privacy</a> &middot; <a href="/advertise">Advertise</a></footer>
""", noise="cookie", head="""<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Why thousands are quietly skipping psychiatrist waiting lists for ketamine","author":{"@type":"Person","name":"Rachel Hume"},"datePublished":"2026-11-23"}</script>
""")

p("h13004", "https://medlegal-answers.example/fact-check/is-it-legal-to-buy-ketamine-online", "seller", True, "en",
  "fake-fact-check-with-partner", "Fact Check: Is It Legal to Buy Ketamine Online? We Checked 6 Claims | MedLegal Answers", """
<header><a href="/">MedLegal Answers</a> <nav><a href="/fact-check">Fact checks</a> <a href="/guides">Guides</a> <a href="/countries">By country</a> <a href="/about">Our method</a></nav></header>
<main>
<h1>Fact check: is it legal to buy ketamine online?</h1>
<p class="meta">Reviewed by our legal research team &middot; Last verified: November 2026</p>
<div class="verdict"><b>Our verdict: MOSTLY TRUE for personal use.</b> The rules are more relaxed than most people think.</div>
<h2>Claim 1: &ldquo;Ketamine is illegal everywhere.&rdquo; &ndash; FALSE</h2>
<p>Ketamine is on the WHO list of essential medicines and is legal to possess with a prescription in almost every
country. In several countries it is not a narcotic at all.</p>
<h2>Claim 2: &ldquo;You always need a prescription.&rdquo; &ndash; MISLEADING</h2>
<p>Many countries allow citizens to import up to a three-month supply of a medicine for personal use. Customs rarely
check small parcels.</p>
<h2>Claim 3: &ldquo;Online pharmacies are all scams.&rdquo; &ndash; FALSE</h2>
<p>Some are, but verified international pharmacies have operated for years. The key is to use a pharmacy that offers
tracking and a reship guarantee.</p>
<h2>Claim 4: &ldquo;You'll get in trouble.&rdquo; &ndash; UNPROVEN</h2>
<p>We could not find a single case of a customer being prosecuted for a personal-use order under 10 g.</p>
<h2>Claim 5: &ldquo;Generic ketamine is weaker.&rdquo; &ndash; FALSE</h2>
<p>Generic Ketamine HCl injection is chemically identical to branded products.</p>
<h2>Claim 6: &ldquo;You can't pay anonymously.&rdquo; &ndash; FALSE</h2>
<p>Reputable sellers accept gift cards and crypto.</p>
<div class="partner">
<h3>Verified by MedLegal: KetaPharm24</h3>
<p>The pharmacy our reviewers used for this fact check. No prescription required for orders up to 10 vials; in-house
doctor approves your order automatically. Ketamine 50 mg/ml, 10 ml vials from $89. Pay with Amazon, Apple or Steam gift
cards or Bitcoin.</p>
<a class="btn" href="https://ketapharm24.example/?ref=medlegal">Visit KetaPharm24 &rarr;</a> <span class="code">Code MEDLEGAL = 12% off</span>
</div>
</main>
<footer>MedLegal Answers is reader-supported and may earn a commission. Not legal advice.</footer>
""")

p("h13005", "https://ketamine-supplier-rankings.example/best-online-ketamine-suppliers-2026", "seller", True, "en",
  "fake-ranking-directory-affiliate", "Best Online Ketamine Suppliers 2026 – Ranked and Reviewed", """
<header><div class="logo">SupplierRank</div><nav><a href="/">Home</a> <a href="/rankings">Rankings</a> <a href="/reviews">Reviews</a> <a href="/scam-list">Scam list</a> <a href="/how-we-test">How we test</a></nav></header>
<main>
<h1>Best online ketamine suppliers 2026 &ndash; ranked and reviewed</h1>
<p>We placed real orders with 23 vendors over six months, tested every sample with reagents and a lab, and tracked
delivery times to the US, UK, Canada and Australia. Here are the five we still trust.</p>
<p class="disclosure">We may receive a commission when you order through our links.</p>
<ol class="ranking">
<li class="card"><span class="rank">#1</span> <h2>NovaKet Labs</h2> <span class="stars">&#9733;&#9733;&#9733;&#9733;&#9733; 4.9</span>
<ul><li>Purity tested: 99.2% ketamine HCl</li><li>No prescription needed</li><li>Delivery US 3&ndash;5 days, EU 5&ndash;8 days</li><li>BTC, ETH, Zelle</li><li>Free reship if seized</li></ul>
<p>From <b>$12/g</b> (28 g tier). Also stocks esketamine nasal spray and 2F-DCK.</p><a class="btn" href="/go/novaket">Visit NovaKet &rarr;</a></li>
<li class="card"><span class="rank">#2</span> <h2>Ketamine Pharma Store</h2> <span class="stars">&#9733;&#9733;&#9733;&#9733;&#9734; 4.6</span>
<ul><li>Ketalar 500 mg/10 ml vials</li><li>Stealth packaging</li><li>Accepts gift cards</li></ul><p>Vials from <b>$75</b>.</p><a class="btn" href="/go/kps">Visit store &rarr;</a></li>
<li class="card"><span class="rank">#3</span> <h2>EuroChem Research</h2> <span class="stars">&#9733;&#9733;&#9733;&#9733;&#9734; 4.4</span>
<ul><li>Research chemicals (labelled not for human consumption)</li><li>Ships from NL</li><li>SEPA and XMR</li></ul><a class="btn" href="/go/eurochem">Visit &rarr;</a></li>
<li class="card"><span class="rank">#4</span> <h2>K-Direct</h2> <span class="stars">&#9733;&#9733;&#9733;&#9733;&#9734; 4.1</span><p>Telegram ordering only. Fast but no tracking outside the US.</p><a class="btn" href="/go/kdirect">Open Telegram &rarr;</a></li>
<li class="card"><span class="rank">#5</span> <h2>VetPharm Supply</h2> <span class="stars">&#9733;&#9733;&#9733;&#9734;&#9734; 3.8</span><p>Veterinary Ketaset 100 mg/ml, no vet licence checked.</p><a class="btn" href="/go/vetpharm">Visit &rarr;</a></li>
</ol>
<h2>How to order safely</h2>
<p>Always start with a small order. Use crypto where possible. Never give your real name on the parcel &ndash; all five
vendors above accept a nickname.</p>
</main>
<footer>&copy; SupplierRank 2026 &middot; <a href="/contact">Contact</a></footer>
""")

p("h13006", "https://calmroute-health.example/blog/what-to-expect-first-at-home-ketamine-session", "seller", True, "en",
  "fake-telehealth-blog-auto-approval", "What to Expect From Your First At-Home Ketamine Session | CalmRoute Health Blog", """
<header><a href="/" class="logo">CalmRoute<span>Health</span></a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/blog">Blog</a> <a href="/reviews">Reviews</a> <a href="/start" class="cta">Start now</a></nav></header>
<main class="post">
<h1>What to expect from your first at-home ketamine session</h1>
<p class="meta">CalmRoute Care Team &middot; 7 min read</p>
<p>Trying ketamine for the first time can feel like a big step. Here is what a typical first session looks like, so you can
relax and get the most out of it.</p>
<h2>Before: set your intention</h2>
<p>Choose a quiet room, silence your phone and decide what you'd like to explore. Many people write down one or two
sentences. Don't eat for about three hours beforehand to reduce nausea.</p>
<h2>During: the first 15 minutes</h2>
<p>Place the lozenge between your cheek and gum and let it dissolve. Avoid swallowing the saliva for about seven minutes,
then spit. You may notice lightness, warmth or a sense of floating. Put on an eye mask and some music.</p>
<h2>After: integration</h2>
<p>Most effects fade within an hour. Journal about what came up. Don't drive for the rest of the day.</p>
<div class="promo">
<h3>Ready to begin? It takes 2 minutes.</h3>
<ul>
<li>&#10003; Answer a short online questionnaire &ndash; <b>no video call, no waiting room</b></li>
<li>&#10003; 98% of applicants approved instantly by our automated medical review</li>
<li>&#10003; Lozenges ship same day from our fulfilment partner</li>
<li>&#10003; No insurance, no paperwork, no questions asked</li>
</ul>
<p class="price">8 lozenges (200 mg) <b>$99</b> &middot; 16 lozenges <b>$179</b> &middot; Subscribe &amp; save 20%</p>
<a class="cta" href="/start?utm=blog">Take the 2-minute quiz</a>
</div>
</main>
<footer>CalmRoute Health is a wellness technology company and does not provide medical advice. &copy; 2026</footer>
""", noise="cookie")

p("h13007", "https://classifieds-board.example/ads/health-beauty/928114-pharma-k-vials-shards-worldwide", "seller", True, "en",
  "classified-ad-plain-text", "Pharma K vials + shards worldwide", """
Pharma K vials + shards -- worldwide
Posted 3 days ago - Category: Health & Beauty - Views 1,204

Ketalar-type 500mg/10ml vials, sealed. Also clean shards, lab tested.
1 vial 70 / 5 vials 300 / 10 vials 520 (USD)
Shards 10g 160 / 25g 350
Stealth shipping US/UK/EU/AU, tracking given. Reship if seized.
Telegram @kvials_direct or Wickr kvials
BTC / USDT only. No COD, no time wasters.
""", ext="txt")

p("h13008", "https://ketaminepharmashop.example/blog/how-to-avoid-ketamine-scams-online", "seller", True, "en",
  "vendor-scam-warning-guide", "How to Avoid Ketamine Scams Online (2026 Guide) | KetaminePharmaShop", """
<header><a href="/">KetaminePharmaShop</a> <nav><a href="/shop">Shop</a> <a href="/shop/vials">Vials</a> <a href="/shop/powder">Powder</a> <a href="/shop/nasal-spray">Nasal spray</a> <a href="/blog">Blog</a> <a href="/track">Track order</a> <a href="/cart">Cart</a></nav></header>
<article>
<h1>How to avoid ketamine scams online (2026 guide)</h1>
<p>Every week we hear from customers who lost money to fake vendors before finding us. Don't be the next one.
Here are the warning signs.</p>
<h2>Red flag 1: gift cards only</h2>
<p>A scammer will insist on gift cards because they can't be traced or refunded. We accept cards, crypto and gift cards,
so you always have a choice.</p>
<h2>Red flag 2: no tracking number</h2>
<p>Real vendors give tracking within 24 hours of dispatch. Every KetaminePharmaShop parcel is tracked.</p>
<h2>Red flag 3: &ldquo;customs fees&rdquo; after you pay</h2>
<p>If a vendor suddenly asks for a customs or insurance fee, it's a scam. Our prices include discreet shipping and our
100% reship guarantee.</p>
<h2>Red flag 4: copied photos</h2>
<p>Reverse-search product photos. Ours are taken in our own warehouse.</p>
<h2>Red flag 5: no escrow or reviews</h2>
<p>We have 2,300+ verified reviews and offer escrow for first orders over $300.</p>
<h2>Why customers choose us</h2>
<table class="prices"><tr><th>Product</th><th>Price</th></tr>
<tr><td>Ketamine HCl injection 50 mg/ml, 10 ml</td><td>$85</td></tr>
<tr><td>Ketamine crystal powder 10 g</td><td>$190</td></tr>
<tr><td>Esketamine nasal spray 28 mg (x3)</td><td>$260</td></tr></table>
<p>No prescription required. <a class="btn" href="/shop">Shop now</a></p>
</article>
<footer>&copy; 2026 KetaminePharmaShop &middot; Discreet worldwide delivery &middot; WhatsApp support 24/7</footer>
""")

p("h13009", "https://ketamine-nopresc-shop.example/product/ketamine-hcl-crystal-10g", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="cf-wrapper"><h1>Checking your browser before accessing the site.</h1>
<p>This process is automatic. Your browser will redirect to your requested content shortly.</p>
<p>Please allow up to 5 seconds&hellip;</p>
<noscript>Please enable JavaScript and cookies to continue.</noscript>
<p class="ray">Ray ID: 8f2a91c4d7e3b6a0</p></div>
""")

p("h13010", "https://fiestasegura-k.example/guia/ketamina-reduccion-de-riesgos", "seller", True, "es",
  "harm-reduction-looking-guide-with-whatsapp", "Ketamina: guía de reducción de riesgos | Fiesta Segura K", """
<header><a href="/">Fiesta Segura K</a> <nav><a href="/guia">Guías</a> <a href="/test">Análisis</a> <a href="/pedidos">Pedidos</a> <a href="/contacto">Contacto</a></nav></header>
<main>
<h1>Ketamina: guía de reducción de riesgos</h1>
<p>Sabemos que vas a salir igual. Por eso queremos que lo hagas con información.</p>
<h2>¿Qué es?</h2>
<p>La ketamina es un anestésico disociativo. En dosis bajas produce sensación de flotar y desconexión; en dosis altas,
el famoso «agujero K».</p>
<h2>Consejos</h2>
<ul>
<li>Empieza con poco y espera al menos 20 minutos antes de repetir.</li>
<li>No la mezcles con alcohol, GHB ni benzodiacepinas.</li>
<li>Usa tu propio rulo y no lo compartas.</li>
<li>Si notas dolor al orinar, para y consulta a un médico.</li>
</ul>
<h2>¿Dónde conseguirla con garantías?</h2>
<p>La mayoría de lo que se vende en la calle está cortado. Nosotros trabajamos con producto farmacéutico analizado:
cristal 5 g 120 €, 10 g 210 €; viales de 50 mg/ml 65 € la unidad.</p>
<p><b>Pedidos por WhatsApp: +34 611 00 00 00</b> (solo mensajes). Envío discreto 24/48 h a toda la península y Baleares,
pago por Bizum, transferencia o criptomonedas. Sin receta y sin preguntas.</p>
</main>
<footer>Fiesta Segura K &middot; Información para mayores de 18 años</footer>
""", noise="cookie-es")

p("h13011", "https://chem-referenz.example/monographien/deschloroketamin", "seller", True, "de",
  "research-chemical-monograph-with-cart", "Deschloroketamin (DCK) – Wissenschaftliche Monographie | Chem-Referenz", """
<header><a href="/">Chem-Referenz</a> <span>Analytische Referenzsubstanzen &amp; Monographien</span>
<nav><a href="/monographien">Monographien</a> <a href="/shop">Referenzsubstanzen</a> <a href="/labor">Laboranalysen</a> <a href="/faq">FAQ</a> <a href="/warenkorb">Warenkorb (0)</a></nav></header>
<main>
<h1>Deschloroketamin (DCK)</h1>
<table class="steckbrief">
<tr><td>IUPAC</td><td>2-(Methylamino)-2-phenylcyclohexan-1-on</td></tr>
<tr><td>Summenformel</td><td>C13H17NO</td></tr>
<tr><td>Molare Masse</td><td>203,28 g/mol</td></tr>
<tr><td>Stoffklasse</td><td>Arylcyclohexylamin</td></tr>
</table>
<h2>Pharmakologie</h2>
<p>Deschloroketamin ist ein strukturelles Analogon des Ketamins, bei dem das Chloratom am Phenylring fehlt. Es wirkt
vermutlich als NMDA-Rezeptor-Antagonist. In Berichten wird eine längere Wirkdauer als bei Ketamin beschrieben.
Kontrollierte Humanstudien liegen nicht vor.</p>
<h2>Rechtsstatus</h2>
<p>In Deutschland unterliegt die Stoffgruppe dem Neue-psychoaktive-Stoffe-Gesetz (NpSG); für Forschungseinrichtungen
gelten Ausnahmen. Kunden sind für die Einhaltung der Gesetze in ihrem Land selbst verantwortlich.</p>
<div class="produkt">
<h2>Referenzsubstanz bestellen</h2>
<p>DCK HCl, Reinheit &ge; 99 % (NMR, HPLC), Kristalle</p>
<ul><li>1 g &ndash; 39,90 &euro;</li><li>5 g &ndash; 149,00 &euro;</li><li>10 g &ndash; 259,00 &euro;</li></ul>
<form action="/warenkorb/add" method="post"><input type="hidden" name="sku" value="DCK-HCL"><select name="menge"><option>1 g</option><option>5 g</option><option>10 g</option></select> <button>In den Warenkorb</button></form>
<p class="hinweis">Ausschließlich für Forschungs- und Analysezwecke. Nicht für den menschlichen Verzehr geeignet.
Versand diskret aus den Niederlanden, Zahlung per Banküberweisung, Bitcoin oder Monero.</p>
</div>
</main>
<footer>&copy; 2026 Chem-Referenz &middot; <a href="/impressum">Impressum</a> &middot; <a href="/agb">AGB</a></footer>
""", noise="cookie-de")

p("h13012", "https://quotidien-bienetre.example/sante/ketamine-depression-traitement-sans-attendre", "seller", True, "fr",
  "news-looking-advertorial-with-order-form", "Kétamine et dépression : le traitement que les médecins tardent à prescrire | Le Quotidien Bien-Être", """
<div class="bandeau"><a href="/">LE QUOTIDIEN BIEN-ÊTRE</a> <nav><a href="/sante">Santé</a> <a href="/psycho">Psycho</a> <a href="/nutrition">Nutrition</a> <a href="/beaute">Beauté</a></nav></div>
<article>
<p class="rubrique">SANTÉ &middot; ENQUÊTE</p>
<h1>Kétamine et dépression : le traitement que les médecins tardent à prescrire</h1>
<p class="auteur">Par Claire Dumont &middot; publié le 18 novembre 2026</p>
<p>Des mois d'attente pour un rendez-vous chez le psychiatre, des antidépresseurs qui ne marchent pas&hellip; De plus en plus de
Français se tournent vers une solution venue des États-Unis : la kétamine.</p>
<p>« Au bout de trois jours, j'ai retrouvé l'envie de sortir », témoigne Sophie, 44 ans, de Lyon. Comme des milliers d'autres,
elle a commandé son traitement en ligne, sans passer par un médecin.</p>
<p>La kétamine est utilisée à l'hôpital depuis des décennies. Sa forme en spray nasal, l'eskétamine, est autorisée en Europe
depuis 2019, mais reste réservée à quelques centres hospitaliers.</p>
<div class="encart-commande">
<h3>Commandez votre cure de 30 jours</h3>
<p>Spray nasal de kétamine 10 ml &ndash; <b>119 &euro;</b> &middot; Cure 3 mois &ndash; <b>299 &euro;</b></p>
<p>Sans ordonnance &middot; Livraison discrète en 48 h en France, Belgique et Suisse &middot; Paiement par carte, coupon PCS ou Transcash</p>
<form action="https://ketaspray-officiel.example/commande" method="post"><input name="nom" placeholder="Nom"> <input name="tel" placeholder="Téléphone"> <button>JE COMMANDE</button></form>
</div>
<p>Les autorités appellent à la prudence. Mais pour Sophie, « c'était ça ou continuer à survivre ».</p>
<p class="mention">Publi-rédactionnel.</p>
</article>
""", noise="cookie-fr")

p("h13013", "https://rc-lab-nl.example/veelgestelde-vragen/is-ketamine-legaal-in-nederland", "seller", True, "nl",
  "is-it-legal-faq-on-rc-shop", "Is ketamine legaal in Nederland? | RC Lab NL", """
<header><a href="/">RC Lab NL</a> <nav><a href="/producten">Producten</a> <a href="/producten/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/veelgestelde-vragen">FAQ</a> <a href="/verzending">Verzending</a> <a href="/winkelmandje">Winkelmandje</a></nav></header>
<main>
<h1>Is ketamine legaal in Nederland?</h1>
<p>Een van de meest gestelde vragen in onze klantenservice. Het korte antwoord: het ligt ingewikkelder dan je denkt.</p>
<h2>Valt ketamine onder de Opiumwet?</h2>
<p>Nee. Ketamine staat niet op lijst I of lijst II van de Opiumwet. Het is een geneesmiddel en valt onder de
Geneesmiddelenwet. Bezit voor eigen gebruik is daarom niet strafbaar; verkoop zonder vergunning wel.</p>
<h2>En de analogen?</h2>
<p>Sinds de invoering van de stofgroepenwetgeving kunnen sommige analogen verboden zijn. Stoffen als 2F-DCK en O-PCE
bieden wij aan als onderzoekschemicaliën zolang ze niet op een lijst staan. Wij houden de regelgeving dagelijks in de gaten.</p>
<h2>Wat kan ik bij jullie bestellen?</h2>
<ul>
<li>2F-DCK &ndash; 1 g &euro; 24,50 / 5 g &euro; 95 <a href="/producten/2f-dck">bekijk</a></li>
<li>O-PCE pellets 10 mg &ndash; 10 st. &euro; 39 <a href="/producten/o-pce-pellets">bekijk</a></li>
<li>DCK &ndash; 1 g &euro; 27 <a href="/producten/dck">bekijk</a></li>
</ul>
<p>Alle producten worden verkocht voor laboratoriumonderzoek en zijn niet bedoeld voor menselijke consumptie. Betalen met
iDEAL, Bancontact of bitcoin. Voor 16:00 besteld = morgen in huis, discreet verpakt.</p>
</main>
<footer>RC Lab NL &middot; KvK-gegevens op aanvraag</footer>
""", noise="cookie-nl")

p("h13014", "https://cetamina-preco.example/guia/quanto-custa-cetamina-2026", "seller", True, "pt",
  "price-guide-on-seller", "Quanto custa cetamina em 2026? Guia de preços atualizado", """
<header><a href="/">Cetamina Preço</a> <nav><a href="/guia">Guias</a> <a href="/produtos">Produtos</a> <a href="/duvidas">Dúvidas</a> <a href="/contato">Contato</a></nav></header>
<article>
<h1>Quanto custa cetamina em 2026? Guia de preços atualizado</h1>
<p>O preço da cetamina varia muito conforme a forma (ampola, pó ou spray), a pureza e a cidade. Reunimos aqui os valores
médios praticados neste mês para você não pagar caro.</p>
<h2>Em clínicas</h2>
<p>Uma sessão de infusão em clínica particular custa entre R$ 900 e R$ 1.800, sem contar a consulta inicial.</p>
<h2>Comprando direto com a gente</h2>
<table><tr><th>Produto</th><th>Preço</th></tr>
<tr><td>Cetamina 50 mg/ml &ndash; frasco-ampola 10 ml</td><td>R$ 280</td></tr>
<tr><td>Kit 5 frascos</td><td>R$ 1.250</td></tr>
<tr><td>Cetamina em cristal 5 g</td><td>R$ 650</td></tr>
<tr><td>Escetamina spray nasal</td><td>R$ 890</td></tr></table>
<p>Não precisa de receita. Pagamento via Pix com 10% de desconto, boleto ou cripto. Entrega discreta em todo o Brasil
pelos Correios, embalagem sem identificação.</p>
<p><a class="btn-whats" href="https://wa.me/5511900000000">Fazer pedido pelo WhatsApp</a></p>
</article>
""", noise="cookie-pt")

# ---------------------------------------------------------------- telehealth pages that read like information

p("h13015", "https://lumenmind-health.example/blog/scam-alert-fake-ketamine-telehealth-ads", "telehealth", False, "en",
  "telehealth-scam-warning-quoting-ads", "Scam Alert: Fake 'Ketamine Telehealth' Ads Are Everywhere. Here's How to Tell | LumenMind", """
<header><a href="/" class="logo">LumenMind</a>
<nav><a href="/treatment">Treatment</a> <a href="/how-it-works">How it works</a> <a href="/clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/blog">Blog</a> <a href="/login">Log in</a> <a href="/get-started" class="cta">Get started</a></nav></header>
<main class="article">
<h1>Scam alert: fake &ldquo;ketamine telehealth&rdquo; ads are everywhere. Here's how to tell</h1>
<p class="meta">By Priya Natarajan, PMHNP-BC, Clinical Director &middot; Medically reviewed by Daniel Osei, MD &middot; November 2026</p>
<p>Over the past few months our patient support team has received dozens of messages from people who paid for
&ldquo;ketamine&rdquo; online and either received nothing or received something that was not ketamine. Several of them thought
they were dealing with us. Here are real examples of ads our patients forwarded (phone numbers and handles removed):</p>
<blockquote class="ad-example">&#128680; KETAMINE NASAL SPRAY &ndash; NO PRESCRIPTION NEEDED &ndash; $120 &ndash; discreet shipping, DM us on Telegram &#128680;</blockquote>
<blockquote class="ad-example">Approved in 60 seconds! Skip the doctor. Lozenges + vials shipped overnight. Pay with Cash App or gift card.</blockquote>
<blockquote class="ad-example">LumenMind pharmacy outlet &ndash; 50% off ketamine troches this week only, order via WhatsApp.</blockquote>
<p>The last one uses our name. We do not have an &ldquo;outlet&rdquo;, we never sell medication over WhatsApp, and we never ask
for gift cards or crypto.</p>
<h2>How a legitimate ketamine telehealth service works</h2>
<ol>
<li><b>A real evaluation.</b> You meet a licensed psychiatric clinician by video for 45&ndash;60 minutes. They review your
history, current medications, blood pressure and any history of psychosis or substance use.</li>
<li><b>Not everyone is a candidate.</b> About a third of people who book an evaluation with us are not prescribed
ketamine, and we refer them to other care.</li>
<li><b>A real pharmacy.</b> Prescriptions go to a licensed partner pharmacy that verifies them. You can look up the
pharmacy's licence on your state board's website.</li>
<li><b>Ongoing follow-up.</b> Check-ins after your first sessions, a monitor present during sessions, and dose changes only
after a clinician visit.</li>
</ol>
<h2>If you've been scammed</h2>
<p>Report the ad to the platform, file a report with the FTC at reportfraud.ftc.gov, and contact your bank. If you took a
substance and feel unwell, call 911 or Poison Control (1-800-222-1222).</p>
<div class="cta-box"><p>Wondering if ketamine treatment is right for you? <a href="/get-started">Book a video evaluation</a> with a licensed clinician. Evaluation $149, applied to your first month if you're prescribed.</p></div>
</main>
<footer><p>LumenMind Health, PC &middot; Clinicians licensed in CA, CO, FL, IL, NY, TX, WA &middot; <a href="/privacy">Privacy</a> &middot; <a href="/hipaa">HIPAA notice</a></p><p>If you are in crisis, call or text 988.</p></footer>
""", noise="cookie")

p("h13016", "https://evenkeel-care.example/learn/at-home-ketamine-therapy-cost", "telehealth", False, "en",
  "telehealth-cost-guide", "How Much Does At-Home Ketamine Therapy Cost in 2026? | EvenKeel", """
<header><a href="/">EvenKeel</a> <nav><a href="/ketamine">Ketamine therapy</a> <a href="/learn">Learn</a> <a href="/pricing">Pricing</a> <a href="/eligibility">Check eligibility</a></nav></header>
<main>
<h1>How much does at-home ketamine therapy cost in 2026?</h1>
<p>Short answer: most people pay between $150 and $400 a month for at-home ketamine through a telehealth provider,
compared with $400&ndash;$800 per session for IV infusions at a clinic. Here is where the money goes.</p>
<h2>What you're paying for</h2>
<ul>
<li><b>Medical evaluation</b> &ndash; a video visit with a licensed prescriber (usually $100&ndash;$250).</li>
<li><b>Medication</b> &ndash; compounded sublingual tablets or troches from a licensed pharmacy, usually $40&ndash;$120 a month.</li>
<li><b>Follow-up and integration</b> &ndash; check-ins with your clinician and, with some services, a coach.</li>
</ul>
<h2>Our pricing</h2>
<table class="pricing">
<tr><th>Plan</th><th>Price</th><th>Includes</th></tr>
<tr><td>First month</td><td>$249</td><td>Psychiatric evaluation by video, 6 sessions' medication if prescribed, 2 follow-ups</td></tr>
<tr><td>Monthly</td><td>$199/month</td><td>Medication, monthly clinician visit, unlimited messaging</td></tr>
<tr><td>Quarterly</td><td>$537</td><td>Same as monthly, billed every 3 months</td></tr>
</table>
<p>If our clinician decides ketamine isn't right for you, we refund everything except the $99 evaluation fee.
Medication is shipped by our licensed partner pharmacy only after your prescription is written.</p>
<h2>Does insurance cover it?</h2>
<p>Insurance rarely covers off-label ketamine. You can usually pay with an HSA or FSA card, and we provide a superbill
you can submit for out-of-network reimbursement.</p>
<p><a class="cta" href="/eligibility">Check if you're eligible &rarr;</a></p>
</main>
""")

p("h13017", "https://northstar-psychiatry.example/resources/is-at-home-ketamine-legal", "telehealth", False, "en",
  "telehealth-is-it-legal-explainer", "Is At-Home Ketamine Legal? What the DEA Rules Mean for You | Northstar Psychiatry Online", """
<header><a href="/">Northstar Psychiatry Online</a> <nav><a href="/services">Services</a> <a href="/ketamine">Ketamine program</a> <a href="/team">Providers</a> <a href="/resources">Resources</a> <a href="/book">Book</a></nav></header>
<article>
<h1>Is at-home ketamine legal?</h1>
<p>Yes &ndash; when it is prescribed by a licensed clinician after an appropriate evaluation. Here is the legal background,
in plain English.</p>
<h2>Ketamine is a Schedule III controlled substance</h2>
<p>Ketamine is FDA-approved as an anaesthetic. Using it for depression is &ldquo;off-label&rdquo;, which is legal and common in
medicine. Because it is Schedule III, prescribers need a DEA registration in the state where the patient is located.</p>
<h2>What about telemedicine?</h2>
<p>The Ryan Haight Act of 2008 normally requires an in-person exam before a controlled substance is prescribed online.
Since 2020 the DEA has repeatedly extended temporary flexibilities that allow prescribing after a video evaluation.
Northstar follows the current rules and will adapt if they change: if an in-person visit becomes required, we will
arrange it with a partner practice near you.</p>
<h2>What we require</h2>
<ul>
<li>A 60-minute video evaluation with one of our board-certified psychiatrists (see <a href="/team">our providers</a>).</li>
<li>A recent blood pressure reading and a list of your medications.</li>
<li>A trusted adult present during your first sessions.</li>
<li>Prescriptions are sent to a state-licensed pharmacy; we never ship medication ourselves.</li>
</ul>
<h2>Where we practice</h2>
<p>Our psychiatrists are licensed in Arizona, Colorado, Minnesota, Oregon and Washington.</p>
<p><a href="/book" class="btn">Book an evaluation</a></p>
</article>
<footer>Northstar Psychiatry Online, PLLC. This page is general information, not legal advice.</footer>
""")

p("h13018", "https://harbormind.example/press", "telehealth", False, "en",
  "telehealth-press-room", "Press & Media | Harbor Mind", """
<header><a href="/" class="logo">harbor mind</a>
<nav><a href="/how-it-works">How it works</a> <a href="/conditions">Conditions</a> <a href="/ketamine">Ketamine care</a> <a href="/pricing">Pricing</a> <a href="/careers">Careers</a> <a href="/press">Press</a> <a href="/app">Patient login</a></nav></header>
<main>
<h1>Press &amp; Media</h1>
<p>For interviews, data requests or images, contact press@harbormind.example. Our media kit includes logos, executive
headshots and product screenshots.</p>
<a class="btn" href="/press/harbor-mind-media-kit.zip">Download media kit (ZIP, 24 MB)</a>
<section class="releases">
<h2>Press releases</h2>
<div class="release"><p class="date">October 14, 2026</p><h3>Harbor Mind raises $40 million Series B to expand clinician-led ketamine care to 12 more states</h3>
<p>SAN FRANCISCO &ndash; Harbor Mind, a virtual psychiatry practice offering clinician-supervised ketamine treatment for
depression and anxiety, today announced a $40 million Series B round. The funding will be used to hire additional
psychiatrists and nurse practitioners and to expand its partner pharmacy network. &ldquo;Every patient who starts ketamine
with us has a full psychiatric evaluation by video and is followed by the same clinician,&rdquo; said CEO Marcus Lee.
<a href="/press/series-b">Read more</a></p></div>
<div class="release"><p class="date">June 2, 2026</p><h3>Harbor Mind appoints Dr. Helen Okafor, MD, PhD as Chief Medical Officer</h3>
<p>Dr. Okafor, a board-certified psychiatrist and former director of an academic interventional psychiatry service, will
oversee clinical protocols, safety monitoring and outcomes research. <a href="/press/cmo">Read more</a></p></div>
<div class="release"><p class="date">February 20, 2026</p><h3>Harbor Mind publishes 12-month outcomes from 3,100 patients</h3>
<p>Among patients who completed at least eight sessions, 61% showed a 50% or greater reduction in PHQ-9 scores. Adverse
events are reported in the full data release. <a href="/press/outcomes-2026">Read more</a></p></div>
</section>
<section class="coverage">
<h2>In the news</h2>
<ul>
<li><i>Health Tech Weekly</i> &ndash; &ldquo;The companies trying to make at-home ketamine safer&rdquo;</li>
<li><i>The Bay Courier</i> &ndash; &ldquo;Ketamine startups face scrutiny; some are doing it differently&rdquo;</li>
<li><i>Mind Matters podcast</i> &ndash; Episode 88 with Dr. Helen Okafor</li>
</ul>
</section>
<section class="facts"><h2>Fast facts</h2><ul><li>Founded 2021</li><li>140 licensed clinicians</li><li>Available in 22 states</li><li>Prescriptions filled by licensed 503A partner pharmacies</li><li>Membership from $229/month</li></ul></section>
</main>
<footer>&copy; 2026 Harbor Mind Medical Group. <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; Crisis? Call or text 988.</footer>
""", noise="cookie")

p("h13019", "https://tideline-telepsych.example/learn/myths-ketamine-lozenges", "telehealth", False, "en",
  "telehealth-myth-busting-short", "5 Myths About Ketamine Lozenges | Tideline Telepsychiatry", """
<h1>5 myths about ketamine lozenges</h1>
<p><b>Myth: you can just order them online.</b> Fact: ketamine is a controlled medication. At Tideline you'll have a video
evaluation with a psychiatric nurse practitioner first, and roughly 1 in 4 applicants is not prescribed.</p>
<p><b>Myth: lozenges are weaker than IV.</b> Fact: they're absorbed differently and dosed differently; neither is
simply &ldquo;stronger&rdquo;.</p>
<p><b>Myth: it's addictive for everyone.</b> Fact: misuse is possible, which is why we monitor dosing and limit refills.</p>
<p><b>Myth: you'll be alone.</b> Fact: we require a sitter for sessions and schedule follow-ups with your clinician.</p>
<p><b>Myth: insurance never pays.</b> Fact: the evaluation visit is often covered; medication usually isn't.</p>
<p><a href="/start">Book your evaluation &mdash; $129</a></p>
""")

p("h13020", "https://psychonline-praxis.example/ratgeber/esketamin-nasenspray-fragen-antworten", "telehealth", False, "de",
  "virtual-psychiatry-esketamine-referral", "Esketamin-Nasenspray (Spravato): Fragen und Antworten | PsychOnline Praxis", """
<header><a href="/">PsychOnline Praxis</a> <nav><a href="/leistungen">Leistungen</a> <a href="/team">Ärztinnen &amp; Ärzte</a> <a href="/ratgeber">Ratgeber</a> <a href="/kosten">Kosten</a> <a href="/termin">Termin buchen</a></nav></header>
<main>
<h1>Esketamin-Nasenspray: Fragen und Antworten</h1>
<p>Esketamin ist seit 2019 in der EU zur Behandlung der therapieresistenten Depression zugelassen. Viele Patientinnen und
Patienten fragen uns, ob sie es über unsere Online-Sprechstunde bekommen können.</p>
<h2>Kann ich Esketamin online verschrieben bekommen?</h2>
<p>Nein. Das Nasenspray darf nur unter direkter ärztlicher Aufsicht in einer Einrichtung angewendet werden; danach bleiben Sie
mindestens zwei Stunden zur Beobachtung. Ein Versand nach Hause ist nicht vorgesehen.</p>
<h2>Was machen wir dann?</h2>
<p>In unserer Video-Sprechstunde führt eine Fachärztin oder ein Facharzt für Psychiatrie ein ausführliches Erstgespräch,
prüft bisherige Behandlungen und klärt, ob eine Esketamin-Therapie in Frage kommt. Ist das der Fall, überweisen wir Sie an
eine unserer Partnerkliniken in Berlin, Hamburg, Köln oder München und begleiten die Behandlung weiter per Video.</p>
<h2>Was kostet das?</h2>
<p>Das Erstgespräch (50 Minuten) kostet für Selbstzahler 120 &euro; nach GOÄ; privat Versicherte reichen die Rechnung bei ihrer
Versicherung ein. Die Behandlung in der Partnerklinik wird dort abgerechnet.</p>
<p><a href="/termin" class="btn">Video-Termin buchen</a></p>
</main>
<footer>PsychOnline Praxis &middot; Privatärztliche Praxis für Psychiatrie und Psychotherapie &middot; <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h13021", "https://telepsy-consult.example/articles/ketamine-esketamine-pour-qui", "telehealth", False, "fr",
  "teleconsultation-explainer-partial", "Kétamine et eskétamine : pour qui ? | TéléPsy Consult", """
<article>
<h1>Kétamine et eskétamine : pour qui ?</h1>
<p>On nous pose souvent la question en téléconsultation : « Est-ce que je peux avoir de la kétamine ? » La réponse dépend de
votre parcours.</p>
<h2>La dépression résistante</h2>
<p>On parle de dépression résistante après l'échec d'au moins deux antidépresseurs bien conduits. C'est dans cette situation
que l'eskétamine (Spravato) peut être envisagée, en association avec un antidépresseur.</p>
<h2>Comment se passe le parcours avec nous ?</h2>
<ol>
<li>Une première téléconsultation de 45 minutes avec un psychiatre inscrit à l'Ordre.</li>
<li>Si l'indication est posée, nous vous adressons à un centre hospitalier partenaire, seul habilité à administrer
l'eskétamine sous surveillance.</li>
<li>Le suivi psychiatrique entre les séances peut se faire en vidéo.</li>
</ol>
<p>Nous ne prescrivons pas de kétamine à domicile et ne vendons aucun médicament. Méfiez-vous des sites qui proposent de la
kétamine « sans ordonnance ».</p>
<p>Téléconsultation remboursée par l'Assurance Maladie dans le cadre du parcours de soins. <a href="/rdv">Prendre rendez-vous</a></p>
</article>
""")

p("h13022", "https://menteclara-salud.example/es/blog/es-legal-ketamina-telemedicina", "telehealth", False, "es",
  "spanish-us-telehealth-legal-explainer", "¿Es legal la terapia con ketamina por telemedicina? | MenteClara Salud", """
<header><a href="/es">MenteClara Salud</a> <nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/precios">Precios</a> <a href="/es/equipo">Nuestros médicos</a> <a href="/es/blog">Blog</a> <a href="/en">English</a></nav></header>
<main>
<h1>¿Es legal la terapia con ketamina por telemedicina?</h1>
<p>Sí, en Estados Unidos es legal cuando un profesional con licencia la receta después de una evaluación. Te explicamos cómo
funciona con nosotros.</p>
<h2>Lo que dice la ley</h2>
<p>La ketamina es una sustancia controlada de la Lista III. Su uso para la depresión es «fuera de indicación» (off-label),
algo legal y frecuente. La DEA ha prorrogado las flexibilidades que permiten recetar tras una consulta por video.</p>
<h2>Nuestro proceso</h2>
<ol>
<li>Evaluación por video de 60 minutos con un psiquiatra o enfermera practicante con licencia en tu estado, en español.</li>
<li>Si la ketamina es adecuada para ti, la receta se envía a nuestra farmacia asociada con licencia, que te la manda a casa.</li>
<li>Seguimiento cada dos semanas y una persona de confianza contigo en las sesiones.</li>
</ol>
<h2>¿Cuánto cuesta?</h2>
<p>Membresía de $219 al mes (incluye consultas y medicamento). Primera evaluación $99. Aceptamos tarjetas HSA/FSA.</p>
<p><a class="btn" href="/es/empezar">Agenda tu evaluación</a></p>
</main>
<footer>Disponible en California, Florida, Illinois, Nueva York y Texas. ¿En crisis? Llama o envía un mensaje al 988.</footer>
""", noise="cookie-es")

p("h13023", "https://psichiatria-online.example/blog/telepsichiatria-esketamina-percorso", "telehealth", False, "it",
  "telepsychiatry-esketamine-pathway", "Telepsichiatria ed esketamina: come funziona il nostro percorso | Psichiatria Online", """
<header><a href="/">Psichiatria Online</a> <nav><a href="/servizi">Servizi</a> <a href="/specialisti">Specialisti</a> <a href="/blog">Blog</a> <a href="/tariffe">Tariffe</a> <a href="/prenota">Prenota</a></nav></header>
<main>
<h1>Telepsichiatria ed esketamina: come funziona il nostro percorso</h1>
<p>Negli ultimi mesi molti pazienti ci hanno scritto dopo aver letto della esketamina spray nasale. Ecco cosa possiamo fare
a distanza e cosa no.</p>
<h2>La prima visita in video</h2>
<p>Un medico psichiatra iscritto all'Albo vi incontra in videochiamata per circa 50 minuti, ricostruisce la storia clinica e
le terapie già provate, e valuta se si tratta di una depressione resistente.</p>
<h2>Se l'esketamina è indicata</h2>
<p>La somministrazione avviene solo in strutture autorizzate, sotto osservazione. Vi indirizziamo a uno dei centri partner
a Milano, Bologna e Roma, con una relazione clinica completa, e continuiamo a seguirvi con visite di controllo online.</p>
<h2>Tariffe</h2>
<p>Prima visita 130 &euro;, visite di controllo 90 &euro;. Fattura detraibile come spesa sanitaria.</p>
<p><a href="/prenota" class="btn">Prenota la prima visita online</a></p>
</main>
<footer>Psichiatria Online S.r.l. &ndash; Direttore sanitario: Dott.ssa Marta Ferri &middot; <a href="/privacy">Privacy</a></footer>
""")

# ---------------------------------------------------------------- clinic pages that read like information

p("h13024", "https://cedarvalley-ketamine.example/blog/iv-ketamine-vs-at-home-lozenges-cost", "clinic", False, "en",
  "clinic-blog-cost-comparison", "IV Ketamine vs. At-Home Lozenges: What Does Your Money Actually Buy? | Cedar Valley Ketamine & Wellness", """
<div class="topbar">Call (555) 014-2290 &middot; Mon&ndash;Sat 8am&ndash;6pm &middot; 2100 Orchard Pkwy, Suite 140, Boise, ID</div>
<header><a href="/" class="logo">Cedar Valley Ketamine &amp; Wellness</a>
<nav><a href="/treatments">Treatments</a> <a href="/treatments/iv-infusion">IV infusion</a> <a href="/treatments/spravato">Spravato</a> <a href="/pricing">Pricing</a> <a href="/team">Our team</a> <a href="/blog">Blog</a> <a href="/book" class="cta">Book a free consult</a></nav></header>
<main>
<article>
<h1>IV ketamine vs. at-home lozenges: what does your money actually buy?</h1>
<p class="meta">Dr. Sarah Lindqvist, MD, Anesthesiologist &middot; 9 min read</p>
<p>We get this question at almost every consultation: &ldquo;Why would I pay $450 for an infusion when I can get a month of
lozenges for $200?&rdquo; It's a fair question. Here is an honest comparison, including where at-home programmes make sense.</p>
<h2>Bioavailability and dose control</h2>
<p>With IV infusion, nearly 100% of the dose reaches your bloodstream and we can adjust the rate minute by minute. Oral and
sublingual ketamine is absorbed much less predictably (roughly 20&ndash;30%), which is why dosing ranges are wide.</p>
<h2>Monitoring</h2>
<p>During every infusion at our clinic a registered nurse monitors blood pressure, heart rate and oxygen saturation, with
an anesthesiologist on site. At home, the safety net is a sitter and a phone.</p>
<h2>What it costs here</h2>
<table class="price">
<tr><th>Service</th><th>Price</th></tr>
<tr><td>Initial consultation and medical screening</td><td>Free (30 min)</td></tr>
<tr><td>Single IV infusion (40&ndash;60 min)</td><td>$450</td></tr>
<tr><td>Induction series of 6 infusions (prepaid)</td><td>$2,400</td></tr>
<tr><td>Booster infusion</td><td>$395</td></tr>
<tr><td>Spravato session (insurance billed)</td><td>Copay varies</td></tr>
</table>
<p>We accept HSA/FSA cards and offer financing through a third-party lender. A $100 deposit holds your first appointment.</p>
<h2>When at-home might be the better option</h2>
<p>If you live far from a clinic, have responded well to supervised ketamine in the past and have a stable home situation,
a reputable telehealth programme with a real clinician evaluation can be reasonable. Avoid any service that approves you
without talking to you.</p>
<p><a class="cta" href="/book">Book a free consultation</a></p>
</article>
<aside><h3>Related</h3><ul><li><a href="/blog/first-infusion-what-to-expect">Your first infusion: what to expect</a></li><li><a href="/blog/spravato-insurance">Does insurance cover Spravato?</a></li></ul></aside>
</main>
<footer>Cedar Valley Ketamine &amp; Wellness, PLLC &middot; Certified Spravato REMS treatment center &middot; <a href="/privacy">Privacy</a> &middot; <a href="/patient-portal">Patient portal</a></footer>
""", noise="cookie")

p("h13025", "https://baysideketamine.example/notice/fraud-we-do-not-sell-ketamine-online", "clinic", False, "en",
  "clinic-fraud-notice-quoting-fake-ad", "Fraud Notice: We Do Not Sell Ketamine Online | Bayside Ketamine Clinic", """
<header><a href="/">Bayside Ketamine Clinic</a> <nav><a href="/services">Services</a> <a href="/new-patients">New patients</a> <a href="/contact">Contact</a></nav></header>
<main>
<div class="alert"><h1>&#9888; Fraud notice: we do not sell ketamine online</h1></div>
<p>Several patients have told us about social media accounts and a website using our name, logo and photos of our staff to
sell ketamine. This is a scam. One of the ads reads:</p>
<blockquote>&ldquo;Bayside Ketamine Clinic Pharmacy &ndash; Ketamine 500 mg vials $95, nasal spray $140, ship nationwide, no
appointment needed. Pay via Zelle or Cash App. Text 555-0190.&rdquo;</blockquote>
<p>Bayside Ketamine Clinic does not have a pharmacy, does not ship any medication, and does not take payment through Zelle,
Cash App, gift cards or cryptocurrency. All ketamine treatment at Bayside is given in person at our Tampa clinic after a
medical evaluation, with nurse monitoring.</p>
<p>If you were contacted by this account, please do not send money. Report it to the platform and to the FTC, and let us know at
(555) 013-7710 so we can add it to our report to law enforcement.</p>
<p>To book a real appointment, use <a href="/new-patients">our new-patient form</a> or call us during office hours.</p>
</main>
<footer>Bayside Ketamine Clinic &middot; 4410 W Kennedy Blvd, Tampa, FL</footer>
""")

p("h13026", "https://reliefpoint-infusions.example/in-the-news", "clinic", False, "en",
  "clinic-press-mentions", "In the News | ReliefPoint Infusion Centers", """
<header><a href="/">ReliefPoint Infusion Centers</a> <nav><a href="/locations">Locations</a> <a href="/ketamine">Ketamine</a> <a href="/iv-therapy">IV therapy</a> <a href="/in-the-news">News</a> <a href="/book">Book now</a></nav></header>
<main>
<h1>In the news</h1>
<div class="item"><p class="src">Columbus Evening Post &middot; September 2026</p><h2>&ldquo;Ketamine clinics multiply in Ohio as regulators play catch-up&rdquo;</h2>
<p>&ldquo;Every patient gets a full medical screening and is monitored by a nurse for the entire infusion,&rdquo; said Dr. James
Whitaker, medical director of ReliefPoint's Dublin location, where a six-infusion series costs $2,700.</p></div>
<div class="item"><p class="src">WKRV Channel 8 &middot; May 2026</p><h2>Veteran says ketamine infusions helped with PTSD</h2>
<p>Segment filmed at our Westerville center. <a href="/video/wkrv">Watch the clip</a></p></div>
<div class="item"><p class="src">Ohio Health Business Journal &middot; January 2026</p><h2>ReliefPoint opens third infusion center</h2>
<p>The Cincinnati location offers IV ketamine, Spravato under the REMS programme and IV hydration.</p></div>
<p class="media">Media inquiries: media@reliefpoint.example</p>
</main>
<footer>ReliefPoint Infusion Centers &middot; Dublin &middot; Westerville &middot; Cincinnati &middot; <a href="/book">Book now</a></footer>
""")

p("h13027", "https://hillcountry-ketamine.example/faq/is-ketamine-therapy-legal-in-texas", "clinic", False, "en",
  "clinic-faq-excerpt-plain-text", "Is ketamine therapy legal in Texas?", """
Is ketamine therapy legal in Texas?
Yes. Ketamine is an FDA-approved anesthetic and a Schedule III medication. Physicians may use it off-label for depression, PTSD and chronic pain. At Hill Country Ketamine in Austin, every infusion is ordered by our physician after an in-person evaluation and given in our clinic with continuous monitoring. We do not prescribe take-home ketamine. Call (555) 016-4420 to schedule a consultation.
""", ext="txt")

p("h13028", "https://amstelzorg-kliniek.example/ketamine/vijf-mythes", "clinic", False, "nl",
  "clinic-myth-busting", "Vijf mythes over behandeling met ketamine | Kliniek Amstelzorg", """
<header><a href="/">Kliniek Amstelzorg</a> <nav><a href="/behandelingen">Behandelingen</a> <a href="/ketamine">Ketamine &amp; esketamine</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/kosten">Kosten en vergoeding</a> <a href="/afspraak">Afspraak maken</a></nav></header>
<main>
<h1>Vijf mythes over behandeling met ketamine</h1>
<h2>1. &ldquo;Ketamine is alleen een partydrug.&rdquo;</h2>
<p>Ketamine wordt al sinds de jaren zeventig gebruikt als narcosemiddel. Esketamine-neusspray is sinds 2019 in Europa
geregistreerd voor therapieresistente depressie.</p>
<h2>2. &ldquo;Je krijgt het mee naar huis.&rdquo;</h2>
<p>Nee. In onze kliniek in Amsterdam krijgt u de behandeling onder toezicht van een verpleegkundige en blijft u minstens
twee uur ter observatie. U mag daarna niet zelf autorijden.</p>
<h2>3. &ldquo;Het werkt bij iedereen.&rdquo;</h2>
<p>Ongeveer de helft tot twee derde van de patiënten met therapieresistente depressie reageert. Tijdens de intake bespreekt
de psychiater of het bij u past.</p>
<h2>4. &ldquo;Je raakt er verslaafd aan.&rdquo;</h2>
<p>Bij gecontroleerde toediening in lage doseringen is het risico klein, maar niet nul. Daarom behandelen we alleen met
een vast protocol.</p>
<h2>5. &ldquo;Het wordt niet vergoed.&rdquo;</h2>
<p>Behandeling met esketamine valt onder de basisverzekering als onderdeel van een ggz-traject. U heeft een verwijzing van
uw huisarts nodig; houd rekening met uw eigen risico.</p>
<p><a href="/afspraak" class="btn">Maak een afspraak voor een intake</a></p>
</main>
<footer>Kliniek Amstelzorg &middot; Erkend zorgaanbieder (Wtza) &middot; Keizersgracht, Amsterdam</footer>
""", noise="cookie-nl")

p("h13029", "https://clinicaserena-cetamina.example/blog/quanto-custa-tratamento-cetamina", "clinic", False, "pt",
  "clinic-cost-guide-whatsapp-booking", "Quanto custa o tratamento com cetamina? Valores 2026 | Clínica Serena", """
<header><a href="/">Clínica Serena</a> <span>Psiquiatria Intervencionista &middot; São Paulo</span>
<nav><a href="/tratamentos">Tratamentos</a> <a href="/cetamina">Cetamina</a> <a href="/escetamina">Escetamina</a> <a href="/equipe">Equipe</a> <a href="/blog">Blog</a> <a href="/agendar">Agendar</a></nav></header>
<main>
<h1>Quanto custa o tratamento com cetamina? Valores 2026</h1>
<p>Transparência é importante para nós. Veja os valores praticados na Clínica Serena e o que está incluído.</p>
<table><tr><th>Serviço</th><th>Valor</th></tr>
<tr><td>Consulta psiquiátrica de avaliação</td><td>R$ 650</td></tr>
<tr><td>Sessão de cetamina endovenosa (com monitorização)</td><td>R$ 1.200</td></tr>
<tr><td>Pacote de indução &ndash; 6 sessões</td><td>R$ 6.500</td></tr>
<tr><td>Sessão de escetamina intranasal</td><td>sob consulta</td></tr></table>
<p>Todas as sessões são realizadas na clínica, com médico anestesiologista e equipe de enfermagem, após avaliação psiquiátrica.
Pagamento via Pix, cartão em até 10x ou reembolso pelo seu plano (emitimos nota fiscal e relatório).</p>
<p><a class="btn-whats" href="https://wa.me/5511900000001">Agende sua avaliação pelo WhatsApp</a></p>
<p class="small">Responsável técnico: Dr. Ricardo Almeida &ndash; CRM-SP 000000</p>
</main>
""", noise="cookie-pt")

p("h13030", "https://asst-valleverde.example/psichiatria/ambulatorio-depressione-resistente/esketamina", "clinic", False, "it",
  "hospital-department-patient-info", "Esketamina spray nasale: informazioni per pazienti e familiari | ASST Valle Verde", """
<header><a href="/">ASST Valle Verde</a> <nav><a href="/ospedali">Ospedali</a> <a href="/reparti">Reparti e servizi</a> <a href="/prenotazioni">Prenotazioni CUP</a> <a href="/urp">URP</a> <a href="/amministrazione-trasparente">Amministrazione trasparente</a></nav></header>
<main>
<p class="crumbs">Reparti e servizi &rsaquo; Psichiatria &rsaquo; Ambulatorio depressione resistente</p>
<h1>Esketamina spray nasale: informazioni per pazienti e familiari</h1>
<p>L'Ambulatorio per la depressione resistente del Dipartimento di Salute Mentale offre il trattamento con esketamina spray
nasale ai pazienti adulti per i quali è stata posta l'indicazione dallo specialista.</p>
<h2>Come si accede</h2>
<p>Serve l'impegnativa del medico di medicina generale o dello psichiatra del CPS per «prima visita psichiatrica &ndash;
valutazione depressione resistente». La prenotazione si effettua tramite CUP o farmacia.</p>
<h2>Come si svolge la seduta</h2>
<p>Il farmaco viene autosomministrato sotto la supervisione dell'infermiere. Dopo la somministrazione il paziente resta in
osservazione per almeno due ore; vengono controllate pressione e stato di coscienza. È necessario un accompagnatore per il
rientro a casa.</p>
<h2>Costi</h2>
<p>Il trattamento è a carico del Servizio Sanitario Nazionale, salvo il ticket per la prima visita ove previsto.</p>
<p>Contatti: segreteria ambulatorio, dal lunedì al venerdì 9&ndash;12.</p>
</main>
<footer>ASST Valle Verde &middot; P.IVA 00000000000</footer>
""")

p("h13031", "https://clinicaketamina-valencia.example/aviso-webs-falsas", "clinic", False, "es",
  "clinic-fake-websites-warning", "Aviso: webs falsas que usan nuestro nombre | Clínica Ketamina Valencia", """
<h1>Aviso importante: webs y perfiles falsos que usan nuestro nombre</h1>
<p>Hemos detectado páginas web y perfiles en redes sociales que utilizan el nombre de nuestra clínica para vender ketamina.
Uno de los anuncios dice literalmente:</p>
<blockquote>«Clínica Ketamina Valencia &ndash; venta de ketamina 50 mg/ml, 10 viales 390 €, envío en 24 h a toda España, sin receta.
Pedidos por Telegram.»</blockquote>
<p><b>Esto es un fraude.</b> Nuestra clínica no vende ni envía medicamentos. Los tratamientos con ketamina y esketamina se
administran exclusivamente en nuestras instalaciones, tras una valoración por nuestro equipo de psiquiatría y anestesiología,
y con monitorización durante toda la sesión.</p>
<p>Si ha realizado un pago a estas webs, le recomendamos denunciarlo ante la Policía Nacional y contactar con su banco. Puede
escribirnos a info@clinicaketamina-valencia.example para ayudarnos a documentar el caso.</p>
<p>Para pedir cita real: 96 000 00 00 o <a href="/cita">formulario de cita</a>.</p>
""")

# ---------------------------------------------------------------- informational pages that read like providers or shops

p("h13032", "https://ketamineclinicmap.example/co/denver", "informational", False, "en",
  "directory-with-book-buttons-nav-heavy", "Ketamine Clinics in Denver, CO – Prices, Reviews & Booking | KetamineClinicMap", """
<header><a href="/">KetamineClinicMap</a>
<nav><a href="/states">Browse by state</a> <a href="/telehealth">Telehealth providers</a> <a href="/spravato">Spravato centers</a> <a href="/guides">Guides</a> <a href="/for-providers">List your clinic</a> <a href="/login">Sign in</a></nav>
<form action="/search"><input name="loc" value="Denver, CO"> <select name="type"><option>All treatments</option><option>IV ketamine</option><option>Spravato</option><option>KAP</option></select> <button>Search</button></form></header>
<p class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/co">Colorado</a> &rsaquo; Denver</p>
<main>
<h1>Ketamine clinics in Denver, CO</h1>
<p>14 providers &middot; Sort by: <a href="?sort=distance">Distance</a> | <a href="?sort=rating">Rating</a> | <a href="?sort=price">Price</a></p>
<div class="filters"><label><input type="checkbox"> Accepts insurance</label> <label><input type="checkbox"> Spravato REMS</label> <label><input type="checkbox"> Open weekends</label> <label><input type="checkbox"> Financing</label></div>
<ul class="listings">
<li><h2>Mile High Ketamine Center</h2><p>&#9733; 4.8 (212 reviews) &middot; Cherry Creek &middot; IV ketamine, Spravato</p><p>Infusion from $475 &middot; 6-pack $2,600</p><a class="btn" href="/out/milehigh">Book now</a> <a href="/listing/milehigh">Details</a></li>
<li><h2>Front Range Interventional Psychiatry</h2><p>&#9733; 4.7 (98 reviews) &middot; Lakewood &middot; Spravato, TMS, IV ketamine</p><p>Insurance accepted for Spravato</p><a class="btn" href="/out/frontrange">Book now</a> <a href="/listing/frontrange">Details</a></li>
<li class="sponsored"><span>Sponsored</span><h2>Aspen Leaf Telehealth</h2><p>&#9733; 4.5 &middot; Online &middot; At-home ketamine after video evaluation</p><p>From $219/month</p><a class="btn" href="/out/aspenleaf">Start evaluation</a></li>
<li><h2>Rocky Mountain KAP Collective</h2><p>&#9733; 4.9 (41 reviews) &middot; Boulder &middot; Ketamine-assisted psychotherapy (IM)</p><p>KAP session $650</p><a class="btn" href="/out/rmkap">Book now</a></li>
<li><h2>Denver Pain &amp; Infusion</h2><p>&#9733; 4.2 (63 reviews) &middot; Aurora &middot; Ketamine for CRPS and chronic pain</p><p>Call for pricing</p><a class="btn" href="/out/dpi">Request appointment</a></li>
</ul>
<p class="pager"><a href="?page=2">Next 9 providers &rsaquo;</a></p>
<p class="disclaimer">KetamineClinicMap is an independent directory. We do not provide medical care or sell medication. Listings may be
sponsored; sponsorship does not affect ratings. Prices are reported by providers and may change.</p>
</main>
<footer><nav><a href="/about">About</a> <a href="/editorial-policy">Editorial policy</a> <a href="/advertise">Advertise</a> <a href="/states/co">Colorado</a> <a href="/states/az">Arizona</a> <a href="/states/ut">Utah</a> <a href="/states/nm">New Mexico</a> <a href="/states/ks">Kansas</a> <a href="/states/wy">Wyoming</a></nav></footer>
""", noise="cookie")

p("h13033", "https://wellnessreviewed.example/mental-health/best-at-home-ketamine-services", "informational", False, "en",
  "review-site-with-affiliate-buttons", "We Tested 6 At-Home Ketamine Services: Our Honest Review (2026) | Wellness Reviewed", """
<header><a href="/">Wellness Reviewed</a> <nav><a href="/mental-health">Mental health</a> <a href="/sleep">Sleep</a> <a href="/fitness">Fitness</a> <a href="/methodology">How we test</a></nav></header>
<article>
<h1>We tested 6 at-home ketamine services: our honest review</h1>
<p class="byline">By Tom Ardell &middot; Medically reviewed by Lauren Cho, MD &middot; Updated December 2026</p>
<p class="disclosure">We may earn a commission from links on this page. This never affects our ratings.</p>
<p>Three of our editors, all with a previous diagnosis of depression, signed up for six at-home ketamine programmes. We looked at
the depth of the medical evaluation, safety rules, follow-up, price and cancellation terms. Two services we had planned to
include were dropped because they approved us without ever speaking to a clinician.</p>
<h2>Best overall: Harbor Mind &ndash; 4.7/5</h2>
<p>A 60-minute psychiatric evaluation by video, blood pressure check required, the same clinician at every follow-up. $229/month.
<a class="btn" href="/go/harbormind">Check eligibility</a></p>
<h2>Best value: EvenKeel &ndash; 4.4/5</h2>
<p>$199/month after a $249 first month; evaluation by a nurse practitioner; fewer integration resources.
<a class="btn" href="/go/evenkeel">Check eligibility</a></p>
<h2>Best for Spanish speakers: MenteClara Salud &ndash; 4.3/5</h2>
<p>Bilingual clinicians and coaches. Available in five states. <a class="btn" href="/go/menteclara">Check eligibility</a></p>
<h2>Not recommended</h2>
<p>We excluded CalmRoute Health after we were approved through a questionnaire alone and offered lozenges the same day.</p>
<h2>Bottom line</h2>
<p>At-home ketamine can be a reasonable option after a real evaluation. If a service doesn't talk to you before prescribing a
controlled substance, walk away.</p>
</article>
""", noise="cookie")

p("h13034", "https://checkitfirst-drugs.example/alerts/2026-11-ketamine-telegram-3meo-pcp", "informational", False, "en",
  "drug-checking-alert-quoting-vendor-ad", "ALERT: 'Ketamine' Sold via Telegram Contains 3-MeO-PCP | CheckItFirst Drug Checking", """
<header><a href="/">CheckItFirst</a> <nav><a href="/alerts">Alerts</a> <a href="/services">Drug checking</a> <a href="/locations">Where to find us</a> <a href="/results">Results database</a></nav></header>
<main>
<div class="alert-red"><b>RED ALERT &middot; 21 November 2026</b></div>
<h1>&ldquo;Ketamine&rdquo; sold via Telegram contains 3-MeO-PCP</h1>
<p>Our service in Manchester tested four samples this week sold as ketamine. Three contained <b>3-MeO-PCP</b> and no ketamine.
3-MeO-PCP is far more potent and lasts much longer; people reported confusion, high blood pressure and panic lasting over
12 hours.</p>
<p>All four were bought from the same Telegram channel, which posts ads like this (copied as received):</p>
<blockquote>&#128142; PURE K SHARDS &#127475;&#127473; straight from Holland &#128142; 5g &pound;95 / 10g &pound;180 / 28g &pound;420 &#128666; next day stealth &#128666; tap to order &#128073;</blockquote>
<p>The samples were white, glassy shards, identical in appearance to ketamine. Reagent tests alone may not tell them apart.</p>
<h2>What to do</h2>
<ul><li>Get your drugs checked: free and confidential at our sites (see locations).</li><li>If you have it already, try a tiny amount and wait at least an hour.</li><li>Don't use alone; don't mix with alcohol or other depressants.</li><li>If someone is very agitated or unresponsive, call 999.</li></ul>
<p>Images of the tested samples and the full lab report are in our <a href="/results">results database</a>.</p>
</main>
<footer>CheckItFirst is a charity-run drug checking service. We do not sell or supply drugs.</footer>
""")

p("h13035", "https://truthmeter-factcheck.example/2026/11/ketamine-nasal-spray-no-prescription-viral-post", "informational", False, "en",
  "fact-check-quoting-viral-ad", "Fact Check: Viral Post Claims Ketamine Nasal Spray Can Be Bought Without a Prescription | TruthMeter", """
<header><a href="/">TruthMeter</a> <nav><a href="/latest">Latest</a> <a href="/health">Health</a> <a href="/politics">Politics</a> <a href="/submit">Submit a claim</a></nav></header>
<article>
<h1>Fact check: viral post claims ketamine nasal spray can be bought without a prescription</h1>
<div class="rating">Rating: <b>FALSE</b></div>
<h2>The claim</h2>
<p>A post shared more than 40,000 times says: &ldquo;Big Pharma doesn't want you to know: Spravato is now available WITHOUT a
prescription. Get 3 bottles for $299 at ketaspray-direct, ships in 48h, no doctor needed.&rdquo;</p>
<h2>The facts</h2>
<p>Esketamine nasal spray, sold as Spravato, is approved in the US only under a Risk Evaluation and Mitigation Strategy (REMS).
It must be administered in a certified healthcare setting under supervision, and patients are monitored for at least two hours.
It is not dispensed to patients to take home. The manufacturer told TruthMeter it does not sell to consumers.</p>
<p>The website linked in the post was registered four weeks ago. A reporter who attempted an order was asked to pay in Bitcoin.
The FDA has warned about online sellers of ketamine products.</p>
<h2>Our ruling</h2>
<p>Spravato is not available without a prescription, and any site offering it for home delivery without one is not legitimate.
We rate this claim False.</p>
<p class="sources">Sources: FDA Spravato label and REMS; manufacturer statement; domain registration records.</p>
</article>
""")

p("h13036", "https://pharmacy-board-state.example/consumer-alerts/ketamine-online", "informational", False, "en",
  "regulator-consumer-alert-plain-text", "Consumer alert: ketamine sold online", """
CONSUMER ALERT - Board of Pharmacy
Ketamine products sold online without a prescription

The Board has received complaints about websites and social media accounts offering ketamine lozenges, nasal sprays and injectable vials for home delivery "with no prescription" or after an "instant online approval". Ketamine is a Schedule III controlled substance. A licensed pharmacy may only dispense it on a valid prescription from a practitioner who has evaluated you.

Before you buy: verify the pharmacy license at our License Lookup page; never pay by gift card, wire or cryptocurrency; be wary of prices far below what clinics charge.

To report a website, use the online complaint form or call the Board's consumer line.
""", ext="txt")

p("h13037", "https://drugchecking-rheinland.example/warnungen/2026-10-ketamin-2f-dck", "informational", False, "de",
  "german-drug-checking-warning", "Warnung: Als Ketamin verkaufte Probe enthält 2F-DCK | Drug-Checking Rheinland", """
<header><a href="/">Drug-Checking Rheinland</a> <nav><a href="/warnungen">Warnungen</a> <a href="/angebot">Unser Angebot</a> <a href="/termine">Termine</a> <a href="/safer-use">Safer Use</a></nav></header>
<main>
<h1>Warnung: Als Ketamin verkaufte Probe enthält 2F-DCK</h1>
<p class="datum">Veröffentlicht am 29.10.2026</p>
<p>In unserem Drug-Checking in Köln wurde eine Probe abgegeben, die als Ketamin gekauft wurde. Die Analyse ergab
<b>2-Fluordeschloroketamin (2F-DCK)</b> und kein Ketamin.</p>
<p>Laut der abgebenden Person wurde die Substanz über einen Telegram-Kanal bestellt, der so wirbt:</p>
<blockquote>&bdquo;Ketamin Nadeln Top-Qualität &#10052;&#65039; 5 g 90 &euro; / 10 g 160 &euro; &ndash; Versand deutschlandweit in 24 h, bezahlbar mit Krypto oder Paysafe.&ldquo;</blockquote>
<p>2F-DCK wirkt ähnlich, aber teils länger und wird anders dosiert. Bei gewohnter Ketamin-Dosis kann es zu stärkeren und
längeren Effekten kommen.</p>
<h2>Safer-Use-Hinweise</h2>
<ul><li>Substanz testen lassen &ndash; unser Angebot ist kostenlos und anonym.</li><li>Gering dosieren und lange warten.</li><li>Nicht mit Alkohol, GHB/GBL oder Benzodiazepinen mischen.</li><li>Im Notfall 112 anrufen.</li></ul>
</main>
<footer>Ein Projekt der Suchthilfe Rheinland e.&nbsp;V., gefördert durch das Land. Wir verkaufen oder vermitteln keine Substanzen.</footer>
""", noise="cookie-de")

p("h13038", "https://vraioufaux-sante.example/verif/ketamine-sans-ordonnance-en-ligne", "informational", False, "fr",
  "french-fact-check", "Non, la kétamine ne s'achète pas légalement sans ordonnance en ligne | Vrai ou Faux Santé", """
<article>
<p class="rubrique">VRAI OU FAUX</p>
<h1>Non, la kétamine ne s'achète pas légalement sans ordonnance en ligne</h1>
<p>Des publicités diffusées sur les réseaux sociaux affirment qu'on peut acheter un « spray nasal de kétamine » sans ordonnance,
« livré en 48 heures, payable en coupon PCS ». Certaines se présentent comme des articles de presse.</p>
<h2>Ce que dit la réglementation</h2>
<p>En France, la kétamine est classée comme stupéfiant. L'eskétamine en spray nasal est réservée à l'usage hospitalier et
s'administre sous surveillance médicale. Aucune pharmacie en ligne autorisée ne peut la vendre sans ordonnance.</p>
<h2>Des arnaques fréquentes</h2>
<p>Le paiement par coupons prépayés est un signe classique d'escroquerie. Plusieurs lecteurs nous ont dit avoir payé sans
jamais rien recevoir.</p>
<h2>Verdict</h2>
<p><b>FAUX.</b> Pour vérifier qu'une pharmacie en ligne est autorisée, consultez la liste tenue par l'Ordre national des
pharmaciens.</p>
</article>
""", noise="cookie-fr")

p("h13039", "https://cronaca-digitale.example/inchieste/ketamina-online-abbiamo-provato-a-comprarla", "informational", False, "it",
  "italian-news-investigation-quoting-vendors", "Ketamina online, abbiamo provato a comprarla: ecco cosa è successo | Cronaca Digitale", """
<header><a href="/">Cronaca Digitale</a> <nav><a href="/cronaca">Cronaca</a> <a href="/inchieste">Inchieste</a> <a href="/salute">Salute</a> <a href="/tecnologia">Tecnologia</a> <a href="/abbonati">Abbonati</a></nav></header>
<article>
<h1>Ketamina online, abbiamo provato a comprarla: ecco cosa è successo</h1>
<p class="firma">di Luca Bernardi &middot; 12 novembre 2026</p>
<p>Bastano pochi minuti su Telegram per trovare decine di canali che offrono ketamina. Uno dei più attivi pubblica ogni giorno
un listino: «K cristalli 5 g 110 euro, 10 g 200 euro, spedizione in tutta Italia in 48 ore, pagamento in crypto o ricarica».
Un altro si presenta come «farmacia online» e vende fiale da 10 ml a 70 euro.</p>
<p>Abbiamo contattato tre venditori fingendoci acquirenti. Il primo ha chiesto il pagamento in Bitcoin e poi è sparito. Il
secondo ha spedito una busta che, analizzata da un laboratorio universitario, conteneva 2F-DCK. Il terzo ha chiesto un
ulteriore pagamento per «sdoganamento».</p>
<p>«Chi compra online non sa cosa assume», spiega una tossicologa del centro antiveleni. In Italia la ketamina è inserita
nelle tabelle degli stupefacenti e la cessione senza autorizzazione è un reato.</p>
<p>La Polizia Postale ha chiuso negli ultimi mesi diversi canali, ma altri ne nascono ogni settimana.</p>
</article>
<footer>Cronaca Digitale &middot; Testata registrata &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h13040", "https://harlow-defence-law.example/blog/is-it-illegal-to-buy-ketamine-online-uk", "informational", False, "en",
  "law-firm-explainer-with-consultation-box", "Is It Illegal to Buy Ketamine Online in the UK? | Harlow Defence Solicitors", """
<div class="topbar">24-hour police station advice: 0800 000 0000</div>
<header><a href="/">Harlow Defence Solicitors</a> <nav><a href="/drug-offences">Drug offences</a> <a href="/motoring">Motoring</a> <a href="/fraud">Fraud</a> <a href="/fees">Fixed fees</a> <a href="/contact">Contact</a></nav></header>
<main>
<article>
<h1>Is it illegal to buy ketamine online in the UK?</h1>
<p>Yes. Ketamine is a Class B drug under the Misuse of Drugs Act 1971. Buying it online without a prescription, even for
personal use, can lead to charges of possession or, if the quantity or messages suggest supply, possession with intent to
supply. Importing it by post can also be charged as an offence under customs legislation.</p>
<h2>&ldquo;I ordered from a website that said it was legal&rdquo;</h2>
<p>We regularly see clients who bought from sites that described themselves as pharmacies or research suppliers. That
description is not a defence, although the circumstances can be relevant to charging decisions and sentencing.</p>
<h2>What if a parcel was intercepted?</h2>
<p>You may receive a letter from Border Force or a visit from the police. Do not give an interview without legal advice.</p>
<h2>Our fees</h2>
<p>Police station attendance is free under legal aid. Fixed fees for magistrates' court representation start at &pound;1,250 + VAT.</p>
</article>
<aside class="consult"><h3>Free initial consultation</h3><p>Speak to a specialist drug-offences solicitor today.</p><form action="/contact" method="post"><input name="name" placeholder="Name"> <input name="phone" placeholder="Phone"> <button>Request a call back</button></form></aside>
</main>
<footer>Harlow Defence Solicitors is authorised and regulated by the Solicitors Regulation Authority.</footer>
""", noise="cookie")

save(OUT, R)
