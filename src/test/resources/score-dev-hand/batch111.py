# Batch 111 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Care providers in their own words, on every kind of page". Clinics (infusion centres, Spravato
# REMS centres, KAP practices, hospital departments, pain clinics, clinics abroad) and telehealth
# providers (at-home ketamine programmes, virtual psychiatry referring to esketamine sites, memberships)
# on the pages a crawler meets: home, about, team, locations, pricing, insurance and billing, intake
# forms, FAQs, blog posts, newsletters, press releases and newsroom items, annual/impact reports,
# scam warnings about impostors, policy statements, patient stories. Many of them read like news, law,
# research or warnings. The sellers imitate such providers (fake clinic home page, questionnaire-only
# "programme" pricing, a seller's own "impostor alert", fake REMS centre, research-chemical "team" page,
# affiliate best-of list, seller press release, nurse social bio, es/de/fr/pt/nl/it fake clinic pages:
# home, pricing, FAQ, testimonials, intake form, newsletter). Informational pages describe providers in
# the third person (job posts on providers' own careers pages, news, medical board alert, directory,
# trial registry, Spanish/German/Portuguese warnings and news).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages (1,000+ words) with site chrome (menus, cookie banners, sidebars, footers), medium
# pages, short pages and a few plain-text snippets (social bio, position statement, registry entry).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch111.py (writes batch111/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch111")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers imitating providers

p("h11101", "https://serenitymind-ketamineclinic.example/", "seller", True, "en",
  "fake-clinic-home-page-long", "Serenity Mind Ketamine Clinic | At-Home Ketamine Therapy Delivered", """
<header class="masthead">
<div class="announce">Holiday offer: 15% off every first order paid in Bitcoin or USDT &middot; Orders before 2pm ship same day</div>
<a class="brand" href="/"><img src="/img/lotus.svg" alt=""> Serenity Mind <span>Ketamine Clinic</span></a>
<nav class="main-nav">
<a href="/">Home</a> <a href="/how-it-works">How It Works</a> <a href="/treatments">Treatments</a> <a href="/our-doctors">Our Doctors</a> <a href="/reviews">Reviews</a> <a href="/faq">FAQ</a> <a href="/contact">Contact</a> <a class="btn" href="/assessment">Start Assessment</a> <a href="/cart">&#128722; 0</a>
</nav>
</header>

<section class="hero">
<h1>Feel like yourself again &mdash; without the waiting room.</h1>
<p class="lead">Serenity Mind brings the science of ketamine therapy to your living room. No referrals, no insurance battles, no six-week waitlists and no awkward video calls. Just a three-minute online assessment and your treatment arrives at your door in discreet packaging, usually within 48 hours.</p>
<a class="btn btn-primary" href="/assessment">Take the 3-minute assessment</a>
<a class="btn btn-ghost" href="/treatments">Browse treatments</a>
<ul class="trust">
<li>&#10003; 41,000+ happy patients</li>
<li>&#10003; Automatic approval for adults 18+</li>
<li>&#10003; Ships to all 50 states, Canada, UK &amp; EU</li>
<li>&#10003; Reship guarantee if your parcel is held</li>
</ul>
</section>

<section class="about-intro">
<h2>A different kind of clinic</h2>
<p>Traditional ketamine clinics charge $500 to $800 for a single infusion and ask you to sit in a reclining chair with a needle in your arm for an hour. For most people that is simply out of reach. We started Serenity Mind in 2021 because we believed relief from depression, anxiety, PTSD and chronic pain should not depend on where you live or how good your insurance is.</p>
<p>Our "clinic" is online. Our medical review team looks over every assessment you submit, and because our protocol was designed to be inclusive, nearly everyone qualifies. You will never be asked to upload a prescription, sit through a psychiatric interview or share your insurance details. Your privacy is our priority.</p>
</section>

<section class="how">
<h2>How it works</h2>
<ol class="steps">
<li><strong>Answer a few questions.</strong> Our assessment asks about your mood, sleep and goals. It takes about three minutes and there are no wrong answers.</li>
<li><strong>Get approved instantly.</strong> Our system approves adults automatically. Most customers see their approval screen before they finish their coffee.</li>
<li><strong>Choose your treatment.</strong> Pick sublingual tablets, nasal spray or liquid vials. Add a starter kit with an eye mask and playlist if you like.</li>
<li><strong>Receive it discreetly.</strong> Plain outer box, no company name, no mention of contents. Tracking is sent by email or Telegram.</li>
</ol>
</section>

<section class="products">
<h2>Popular treatments</h2>
<div class="card">
<h3>Sublingual Ketamine Tablets 100 mg</h3>
<p>Rapid-dissolve tablets for at-home sessions. Pack of 20.</p>
<p class="price">$189.00 <s>$229.00</s></p>
<a class="btn" href="/cart/add?sku=SM-SL100-20">Add to cart</a>
</div>
<div class="card">
<h3>Esketamine-Style Nasal Spray 28 mg/actuation</h3>
<p>Our most requested format. Two sprays per nostril for a full session. 3 devices per box.</p>
<p class="price">$249.00</p>
<a class="btn" href="/cart/add?sku=SM-NS28-3">Add to cart</a>
</div>
<div class="card">
<h3>Ketamine HCl Liquid 50 mg/ml &ndash; 10 ml vial</h3>
<p>For experienced patients who prefer to measure their own dose. Includes oral syringes.</p>
<p class="price">$320.00</p>
<a class="btn" href="/cart/add?sku=SM-LQ50-10">Add to cart</a>
</div>
<div class="card">
<h3>Bulk Wellness Bundle (60 tablets + 2 vials)</h3>
<p>Best value for long-term maintenance. Free express shipping.</p>
<p class="price">$899.00</p>
<a class="btn" href="/cart/add?sku=SM-BNDL">Add to cart</a>
</div>
</section>

<section class="team">
<h2>Meet our medical team</h2>
<div class="doc"><img src="/img/team1.jpg" alt=""><h4>Dr. Alan Whitford, MD</h4><p>Medical Director. Over 20 years of experience in integrative and functional medicine. Passionate about access.</p></div>
<div class="doc"><img src="/img/team2.jpg" alt=""><h4>Dr. Priya Kanwar, PharmD</h4><p>Leads our formulation lab and oversees quality control of every batch we ship.</p></div>
<div class="doc"><img src="/img/team3.jpg" alt=""><h4>Megan Holloway, Wellness Coach</h4><p>Megan answers your questions in our Telegram support channel seven days a week.</p></div>
</section>

<section class="reviews">
<h2>What our patients say</h2>
<blockquote>"I spent two years on waitlists. Serenity Mind approved me in minutes and my tablets arrived on Thursday. I cried when I opened the box." &mdash; Jenna R., Ohio</blockquote>
<blockquote>"The nasal spray is exactly like the stuff the clinics use, at a fraction of the price. Paid with BTC and got the discount." &mdash; Marcus T., Florida</blockquote>
<blockquote>"My first parcel was stopped at customs in Ireland. They reshipped for free and the second one came through without any problem." &mdash; Siobhan K., Dublin</blockquote>
<blockquote>"No judgement, no forms to fax, no therapist asking me a hundred questions. Just results." &mdash; D. L., Texas</blockquote>
</section>

<section class="shipping">
<h2>Shipping that respects your privacy</h2>
<p>Every order leaves our fulfilment partners in a plain box or padded envelope. The return address is a generic business name, the customs declaration says "wellness supplements", and nothing on the outside connects you to us. US orders go out by Priority Mail from a domestic warehouse; Canadian, UK and EU orders ship from our European hub. You get a tracking number by email or Telegram within 24 hours of payment.</p>
<p>If a parcel is delayed for more than 21 days, held by customs or marked as lost, we send a replacement free of charge once per order. Second reships are available at 50% of the order value. Because we ship internationally, we recommend using a name and address where you can receive post discreetly, and never signing for a package you were not expecting.</p>
</section>

<section class="payment">
<h2>Flexible, private payment</h2>
<p>We accept Bitcoin, Ethereum, USDT (TRC-20), Zelle, Cash App and major gift cards (Amazon, Apple, Steam). Credit card payments are available for some orders through our secure partner checkout. Crypto orders receive an automatic 15% discount and priority dispatch.</p>
</section>

<section class="faq">
<h2>Frequently asked questions</h2>
<details><summary>Do I need a prescription?</summary><p>No. Your approval through our online assessment is all you need. We take care of the rest.</p></details>
<details><summary>Is this legal?</summary><p>Ketamine is an approved medicine used in hospitals all over the world. We operate as an international online wellness provider and ship from several fulfilment locations to make delivery fast and reliable.</p></details>
<details><summary>What if my package is seized?</summary><p>It rarely happens, but if it does we reship once at no charge. Just send us a photo of the customs letter through Telegram.</p></details>
<details><summary>How much should I take?</summary><p>Every box comes with our dosing guide. Most people start with half a tablet and increase gradually. Our coaches can help on Telegram.</p></details>
<details><summary>Can I order for a friend?</summary><p>Yes, as long as they are over 18. Simply enter their shipping address at checkout.</p></details>
</section>

<section class="cta">
<h2>Ready to start?</h2>
<p>Over forty thousand people have already chosen a calmer, clearer life. Your assessment is free and takes three minutes.</p>
<a class="btn btn-primary" href="/assessment">Start my assessment</a>
</section>

<footer>
<div class="cols">
<div><h5>Serenity Mind</h5><p>Online ketamine wellness since 2021.</p><p>Support: Telegram @serenitymind_help &middot; WhatsApp +44 7700 900 418</p></div>
<div><h5>Shop</h5><a href="/treatments/tablets">Tablets</a> <a href="/treatments/spray">Nasal Spray</a> <a href="/treatments/liquid">Liquid</a> <a href="/bundles">Bundles</a></div>
<div><h5>Help</h5><a href="/shipping">Shipping &amp; Reship Policy</a> <a href="/payment">Payment Methods</a> <a href="/track">Track Order</a> <a href="/faq">FAQ</a></div>
</div>
<p class="small">The statements on this website have not been evaluated by any regulatory authority. Products are intended for adults only. &copy; 2026 Serenity Mind Wellness Ltd.</p>
</footer>
""", noise="cookie")

p("h11102", "https://calmwave-program.example/pricing", "seller", True, "en",
  "questionnaire-only-program-pricing-page", "Plans & Pricing | CalmWave At-Home Ketamine Program", """
<nav class="top"><a href="/">CalmWave</a> <a href="/how-it-works">How it works</a> <a href="/pricing" class="active">Pricing</a> <a href="/science">The science</a> <a href="/login">Log in</a> <a class="cta" href="/get-started">Get started</a></nav>
<main>
<h1>Simple pricing. No surprise fees.</h1>
<p class="sub">Every CalmWave plan includes your medication, a review of your intake by our medical team, and unlimited messaging with a care guide. No video appointment required &mdash; our streamlined intake means 97% of applicants are approved the same day.</p>

<div class="plans">
<div class="plan">
<h2>Starter</h2>
<p class="price">$179 <span>one-time</span></p>
<ul><li>4 ketamine lozenges (150 mg)</li><li>Intake form review</li><li>Digital journal</li><li>Ships in 1&ndash;2 business days</li></ul>
<a class="btn" href="/checkout?plan=starter">Choose Starter</a>
</div>
<div class="plan featured">
<h2>Monthly</h2>
<p class="price">$239 <span>/ month</span></p>
<ul><li>8 lozenges (150&ndash;300 mg) every month</li><li>Dose increases on request, no new review needed</li><li>Care guide chat</li><li>Cancel anytime</li></ul>
<a class="btn" href="/checkout?plan=monthly">Choose Monthly</a>
</div>
<div class="plan">
<h2>Quarterly</h2>
<p class="price">$599 <span>/ 3 months</span></p>
<ul><li>24 lozenges shipped at once</li><li>Save 16%</li><li>Priority discreet shipping</li></ul>
<a class="btn" href="/checkout?plan=quarterly">Choose Quarterly</a>
</div>
</div>

<section class="faq">
<h2>Pricing questions</h2>
<h3>Is there a doctor visit?</h3>
<p>Not in the traditional sense. You complete a 12-question intake online and a member of our medical team signs off on it, usually within an hour. We designed it this way so you never need to be on camera or take time off work.</p>
<h3>Do I need to send a prescription or medical records?</h3>
<p>No. There is nothing to upload.</p>
<h3>Does insurance cover CalmWave?</h3>
<p>We do not bill insurance. HSA and FSA cards are often accepted at checkout, and we also take Apple Pay, Cash App and crypto.</p>
<h3>Can I get a larger supply?</h3>
<p>Yes. Members can add extra lozenges to any shipment from their dashboard at $22 each.</p>
</section>
</main>
<footer><p>CalmWave is a wellness membership. &copy; 2026 CalmWave Health Inc. <a href="/terms">Terms</a> <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h11103", "https://ketarelief-clinic.example/impostor-alert", "seller", True, "en",
  "seller-own-impostor-warning-page", "IMPOSTOR ALERT - Read Before Ordering | KetaRelief Clinic", """
<div class="wrap">
<a href="/">&larr; Back to KetaRelief Clinic</a>
<h1>&#9888; Impostor Alert</h1>
<p><strong>Updated 2 December 2026.</strong> Several fake websites and Instagram accounts are copying our name, logo and product photos. Customers have lost money to them. Please read this before you place an order.</p>
<h2>Our only official channels</h2>
<ul>
<li>Website: ketarelief-clinic.example (check the spelling!)</li>
<li>Telegram: <strong>@KetaRelief_Official</strong> (blue tick, 9.2k members)</li>
<li>WhatsApp orders: <strong>+1 (415) 555-0182</strong></li>
<li>Wickr / Session on request</li>
</ul>
<h2>How to spot a fake</h2>
<ul>
<li>We NEVER ask for PayPal or bank transfer. Genuine orders are paid in BTC, LTC or USDT only.</li>
<li>We never ask you for a prescription or ID photo. If someone asks for your ID, it is not us.</li>
<li>Our prices are fixed: 5 g crystal $240, 10 g $420, 28 g $950, nasal spray 3-pack $260. Anyone offering "1 oz for $300" is a scammer.</li>
<li>Real parcels ship from our US and Netherlands drops with stealth packaging and tracking within 24 hours of payment confirmation.</li>
</ul>
<p>If you already paid a fake site, message our Telegram with the transaction ID and we will give you a 10% loyalty discount on your first genuine order.</p>
<p class="small">KetaRelief Clinic &mdash; trusted since 2019. Stay safe.</p>
</div>
""")

p("h11104", "https://spravato-rems-center-online.example/esketamine-nasal-spray", "seller", True, "en",
  "fake-rems-center-product-page", "Esketamine Nasal Spray 56 mg & 84 mg Kits | National REMS Center Online", """
<header><div class="logo">National REMS Center <em>Online</em></div>
<nav><a href="/">Home</a> <a href="/about-rems">About REMS</a> <a href="/esketamine-nasal-spray">Esketamine Kits</a> <a href="/ketamine">Ketamine</a> <a href="/contact">Contact / WhatsApp</a></nav></header>
<main>
<h1>Esketamine Nasal Spray Kits &ndash; Delivered Nationwide</h1>
<p>Tired of driving to a certified center twice a week and waiting two hours in a chair? As a national REMS service center we take care of the paperwork for you, so you can use your esketamine nasal spray kit in the comfort of your own home. No in-office observation, no enrollment forms, no prior authorization.</p>
<table class="prices">
<tr><th>Kit</th><th>Devices</th><th>Price</th></tr>
<tr><td>56 mg starter kit</td><td>2 x 28 mg</td><td>$310</td></tr>
<tr><td>84 mg kit</td><td>3 x 28 mg</td><td>$440</td></tr>
<tr><td>Monthly pack (8 sessions)</td><td>24 x 28 mg</td><td>$2,950</td></tr>
</table>
<p>Orders are placed through WhatsApp. Send the kit name and your shipping address to <strong>+1 786 555 0147</strong> and our pharmacist will reply with payment details (Zelle, Bitcoin or Apple gift cards). Express overnight delivery in unmarked packaging.</p>
<h2>Why choose us?</h2>
<ul><li>Genuine branded devices, original packaging on request</li><li>No prescription required &ndash; we handle REMS</li><li>Discounts for repeat customers and referrals</li><li>Ketamine vials and tablets also available</li></ul>
<p class="note">Esketamine is FDA approved for treatment-resistant depression. Consult your doctor if you have questions.</p>
</main>
<footer>&copy; 2026 National REMS Center Online. All rights reserved.</footer>
""")

p("h11105", "https://neuroaxis-research-clinic.example/our-team", "seller", True, "en",
  "research-chemical-vendor-team-page", "Our Team | NeuroAxis Research Clinic", """
<header><a class="logo" href="/">NeuroAxis <small>Research Clinic &amp; Laboratory</small></a>
<nav><a href="/">Home</a> <a href="/catalog">Catalog</a> <a href="/our-team" class="on">Our Team</a> <a href="/coa">Lab Reports</a> <a href="/shipping">Shipping</a> <a href="/account">Account</a></nav></header>
<main>
<h1>The people behind NeuroAxis</h1>
<p>NeuroAxis was founded by a group of chemists and former clinic staff who saw how hard it was for independent researchers to source high-purity arylcyclohexylamines. Today we supply researchers in more than 30 countries with reference material backed by HPLC and NMR reports.</p>
<div class="member"><h3>Dr. Viktor Haller &ndash; Chief Chemist</h3><p>PhD in organic synthesis. Viktor supervises every batch of 2-FDCK, deschloroketamine and 3-MeO-PCE before it is released to stock.</p></div>
<div class="member"><h3>Elena M. &ndash; Clinical Liaison</h3><p>Elena spent eight years at an infusion clinic and now helps our customers pick the right compound for their research protocol.</p></div>
<div class="member"><h3>Tom R. &ndash; Logistics</h3><p>Tom runs our EU and US fulfilment. Vacuum-sealed, mylar-bagged, tracked, with free reshipping on the first order.</p></div>
<h2>Our catalog at a glance</h2>
<ul>
<li>2-FDCK crystal &mdash; 1 g &euro;38 / 5 g &euro;150 / 25 g &euro;560</li>
<li>Deschloroketamine (DCK) &mdash; 1 g &euro;42 / 5 g &euro;170</li>
<li>O-PCE pellets 10 mg &mdash; 20 pcs &euro;95</li>
<li>Ketamine HCl reference standard &mdash; 5 g &euro;210 (limited)</li>
</ul>
<p>Payment by bank transfer, Bitcoin or Monero. Orders over &euro;300 receive a free 0.001 g scale.</p>
<p class="disclaimer">All products are sold strictly for laboratory research and are NOT FOR HUMAN CONSUMPTION. We do not provide dosing information. Buyers must be 21+.</p>
</main>
<footer>NeuroAxis Research &middot; Registered in Estonia &middot; Support: support@neuroaxis-research-clinic.example</footer>
""", noise="cookie")
p("h11106", "https://mindhealthpicks.example/best-at-home-ketamine-providers-2026", "seller", True, "en",
  "affiliate-best-of-list-doorway-long", "The 7 Best At-Home Ketamine Providers of 2026 (We Tested Them) | MindHealthPicks", """
<header class="blog-head">
<a class="site" href="/">MindHealthPicks</a>
<nav><a href="/reviews">Reviews</a> <a href="/guides">Guides</a> <a href="/deals">Deals</a> <a href="/about">About</a> <input type="search" placeholder="Search reviews"></nav>
</header>
<article>
<p class="disclosure">Advertiser disclosure: MindHealthPicks is reader-supported. When you buy through links on our site we may earn a commission. This never affects our rankings (honest!).</p>
<h1>The 7 Best At-Home Ketamine Providers of 2026</h1>
<p class="byline">By Kyle Benning &middot; Updated November 29, 2026 &middot; 14 min read</p>

<p>Ketamine for depression used to mean a clinic chair and an IV pole. In 2026 there are more ways than ever to get treatment at home, from full telehealth practices with psychiatrists to fast, no-fuss services that mail your medication in a couple of days. We signed up for twelve of them, spent over $4,000 of our own money, and ranked the seven we would actually recommend to a friend.</p>

<p>Our criteria were simple: how fast you can start, how much it costs, how easy the sign-up is, and how discreet the delivery is. We also looked at customer support and whether the service would let you adjust your dose without a lot of back-and-forth. Spoiler: the traditional providers lost points for "friction" &mdash; long video evaluations, blood pressure checks, mandatory therapy add-ons.</p>

<h2>Quick picks</h2>
<ol>
<li><strong>KetaDirect</strong> &mdash; Best overall, fastest start (code <code>MHP25</code> for 25% off)</li>
<li><strong>NovaCalm</strong> &mdash; Best price per dose</li>
<li><strong>Driftwell</strong> &mdash; Best for international shipping</li>
<li>A large telehealth brand &mdash; Best if you want a psychiatrist</li>
<li>A regional infusion chain &mdash; Best in-person option</li>
<li><strong>LunaDose</strong> &mdash; Best nasal spray</li>
<li><strong>PeakMind</strong> &mdash; Best subscription</li>
</ol>

<h2>1. KetaDirect &mdash; Best overall</h2>
<p><a class="btn" href="/go/ketadirect" rel="sponsored nofollow">Visit KetaDirect &rarr;</a></p>
<p>KetaDirect won us over within the first ten minutes. The sign-up is a short health quiz &mdash; nine questions, no camera, no phone call &mdash; and we had an approval email before we had closed the tab. There was nothing to upload and no prescription needed from our own doctor. Our order of 10 sublingual tablets (150 mg) cost $165 and arrived two days later in a plain padded envelope with no return name.</p>
<p>Pros: instant approval, pays with crypto for an extra 10% off, reship if lost, Telegram support that actually replies at midnight. Cons: no insurance billing, and the dosing guide is a one-page PDF.</p>
<p>Our tester, a 34-year-old with a long history of anxiety, said: "It felt like ordering contact lenses. I didn't have to justify myself to anyone." Use code <code>MHP25</code> at checkout.</p>

<h2>2. NovaCalm &mdash; Best price per dose</h2>
<p><a class="btn" href="/go/novacalm" rel="sponsored nofollow">Check NovaCalm prices &rarr;</a></p>
<p>NovaCalm sells ketamine lozenges and a liquid concentrate. At $11 per 100 mg when you buy the 60-count bottle, nothing else we tested came close on price. Sign-up is an online questionnaire; they say a "medical reviewer" looks at it, but our approval came back in under four minutes on a Sunday night, so draw your own conclusions. Payment by card, Cash App or Bitcoin.</p>

<h2>3. Driftwell &mdash; Best for international shipping</h2>
<p><a class="btn" href="/go/driftwell" rel="sponsored nofollow">Visit Driftwell &rarr;</a></p>
<p>If you live in the UK, Canada, Australia or the EU, most US services will not ship to you. Driftwell will. They use what they call "stealth double packaging" and guarantee a free reship if customs holds your parcel. Our UK tester received the order in nine days. No prescription or ID required; you just tick a box confirming you are over 18.</p>

<h2>4. A large telehealth brand &mdash; Best if you want a psychiatrist</h2>
<p>If you prefer the full medical route, the big-name telehealth companies will put you on a video call with a licensed clinician, check your blood pressure history and medications, and only then send a prescription to a partner pharmacy. It is thorough and it works for many people, but expect one to two weeks before your first session and a price north of $1,000 for the first month. We ranked them fourth because the process is slow, not because the care is bad.</p>

<h2>5. A regional infusion chain &mdash; Best in-person option</h2>
<p>IV ketamine in a clinic is still the gold standard according to a lot of doctors. You get monitoring, a nurse in the room and a predictable dose. It is also $450&ndash;$700 per infusion and usually a series of six. Great if you can afford it and live nearby.</p>

<h2>6. LunaDose &mdash; Best nasal spray</h2>
<p><a class="btn" href="/go/lunadose" rel="sponsored nofollow">Visit LunaDose &rarr;</a></p>
<p>LunaDose sells a ketamine nasal spray in 10 ml bottles ($210) that delivers roughly 10 mg per spray. The company describes it as "inspired by esketamine". Sign-up is a questionnaire with automatic approval for adults, and orders ship from a US warehouse within 24 hours. We liked how easy it is to titrate; we did not love the bitter drip.</p>

<h2>7. PeakMind &mdash; Best subscription</h2>
<p><a class="btn" href="/go/peakmind" rel="sponsored nofollow">Try PeakMind &rarr;</a></p>
<p>PeakMind is a monthly subscription: $199 gets you 8 troches delivered every four weeks, with dose upgrades available from your dashboard. There is an intake quiz but no live appointment. Their support team is on WhatsApp.</p>

<h2>How we tested</h2>
<p>Each service was used by at least one member of our team or a paid volunteer tester. We recorded the time from sign-up to approval, time to delivery, packaging, price per 100 mg and support responsiveness. We did not assess clinical outcomes; we are reviewers, not doctors.</p>

<h2>Is at-home ketamine safe?</h2>
<p>Ketamine has been used in medicine for over fifty years. Like any medication it has side effects, including dissociation, nausea and raised blood pressure. Start low, have a trusted person nearby for your first session, and do not drive afterwards. If you have a history of psychosis or uncontrolled high blood pressure, talk to a doctor first.</p>

<h2>Bottom line</h2>
<p>If you want the fastest, simplest way to start ketamine at home in 2026, <a href="/go/ketadirect" rel="sponsored nofollow">KetaDirect</a> is our top pick. Use code <strong>MHP25</strong> for 25% off your first order &mdash; the deal runs through the end of December.</p>
</article>
<aside class="sidebar">
<h4>Today's deals</h4>
<p><a href="/go/ketadirect">KetaDirect: 25% off with MHP25</a></p>
<p><a href="/go/novacalm">NovaCalm: free bottle with 60-count</a></p>
<p><a href="/go/driftwell">Driftwell: free EU shipping</a></p>
<h4>Newsletter</h4><p>Get our weekly deals on wellness products. <input type="email" placeholder="you@email"> <button>Subscribe</button></p>
</aside>
<footer><p>&copy; 2026 MindHealthPicks. Content is for informational purposes only and is not medical advice. <a href="/privacy">Privacy</a> &middot; <a href="/affiliate-disclosure">Affiliate disclosure</a></p></footer>
""", noise="cookie")

p("h11107", "https://vitaclarity-wellness.example/newsroom/2026-11-18-same-day-delivery", "seller", True, "en",
  "seller-press-release-newsroom", "VitaClarity Wellness Announces Same-Day Discreet Delivery of Ketamine Lozenges | Newsroom", """
<header><a href="/">VitaClarity Wellness</a> <nav><a href="/shop">Shop</a> <a href="/quiz">Take the Quiz</a> <a href="/newsroom">Newsroom</a> <a href="/investors">Investors</a></nav></header>
<article class="press">
<p class="kicker">PRESS RELEASE &middot; FOR IMMEDIATE RELEASE</p>
<h1>VitaClarity Wellness Announces Same-Day Discreet Delivery of Ketamine Lozenges in 38 States and Expands to the EU</h1>
<p class="dateline">MIAMI, Nov. 18, 2026 /Wire Service/ &mdash;</p>
<p>VitaClarity Wellness, a fast-growing direct-to-consumer mental wellness company, today announced the launch of same-day discreet delivery of its ketamine lozenges in 38 U.S. states and the opening of a new fulfilment hub serving the European Union.</p>
<p>"People in crisis should not wait weeks for an appointment," said founder and CEO Derek Salas. "Our customers complete a two-minute wellness quiz, and in most cases their order is on its way the same afternoon. There is no prescription upload and no video consultation standing between people and relief."</p>
<p>The company reports more than 60,000 orders since its 2024 launch. Lozenges are offered in 100 mg, 150 mg and 300 mg strengths, starting at $149 for a four-pack, with a 12% discount for customers paying in Bitcoin or USDC. Orders ship in unbranded packaging through what VitaClarity calls its "privacy-first" courier network, with free reshipment if a parcel is delayed or intercepted.</p>
<p>The new EU hub, operated by a third-party logistics partner, will deliver to Germany, France, Spain, Italy and the Netherlands within three to five days.</p>
<h2>About VitaClarity Wellness</h2>
<p>VitaClarity Wellness makes mental wellness accessible through affordable, at-home ketamine products. Learn more or take the quiz at vitaclarity-wellness.example.</p>
<p class="contact">Media contact: press@vitaclarity-wellness.example</p>
<p class="fls">This release contains forward-looking statements. Products have not been evaluated by the FDA.</p>
</article>
<footer>&copy; 2026 VitaClarity Wellness LLC</footer>
""")

p("h11108", "https://linkpage.example/nursekay.infuse", "seller", True, "en",
  "social-bio-link-page-snippet", "Nurse Kay | links", """
Nurse Kay 💉 | ex-infusion clinic RN (8 yrs) | I know ketamine better than your doctor
✨ vials 500mg/10ml • troches • nasal • home IV setups available
❌ no script needed ❌ no questions ✔ stealth ships US / CA / UK
💸 BTC • CashApp • Apple GC
📲 order on tele: @kay_infuse (backup @kay_infuse2)
menu + prices in pinned post 👇
""", ext="txt")
p("h11109", "https://clinicaketaminasol.example/tratamiento-en-casa", "seller", True, "es",
  "fake-clinic-home-treatment-page-whatsapp", "Tratamiento con ketamina en casa | Clínica Ketamina Sol", """
<header><a class="logo" href="/">Clínica Ketamina Sol</a>
<nav><a href="/">Inicio</a> <a href="/tratamiento-en-casa" class="activo">Tratamiento en casa</a> <a href="/precios">Precios</a> <a href="/equipo">Nuestro equipo</a> <a href="/opiniones">Opiniones</a> <a href="/contacto">Contacto</a></nav></header>
<main>
<h1>Ketamina para la depresión, sin salir de casa</h1>
<p>En Clínica Ketamina Sol creemos que nadie debería esperar meses en una lista de la Seguridad Social para sentirse mejor. Por eso enviamos tu tratamiento directamente a tu domicilio, en cualquier punto de España, Portugal y Andorra.</p>
<h2>¿Cómo pedir?</h2>
<ol>
<li>Escríbenos por WhatsApp al <strong>+34 611 555 274</strong> indicando el producto y la cantidad.</li>
<li>Te enviamos los datos de pago: Bizum, transferencia o criptomonedas (USDT, BTC).</li>
<li>Recibes tu pedido en 24-72 horas en un paquete neutro, sin logotipos ni remitente.</li>
</ol>
<p><strong>No necesitas receta ni informe médico.</strong> Nuestro equipo te orienta por WhatsApp sobre cómo usarlo.</p>
<h2>Productos disponibles</h2>
<ul>
<li>Ketamina 50 mg/ml, caja de 5 ampollas de 10 ml &mdash; 180 &euro;</li>
<li>Ketamina en polvo cristal, 5 g &mdash; 220 &euro;</li>
<li>Spray nasal de esketamina, 3 dispositivos &mdash; 290 &euro;</li>
</ul>
<p>Descuento del 10 % en el segundo pedido. Envíos también a Canarias (consultar).</p>
<p class="aviso">Venta solo a mayores de 18 años. La información de esta web no sustituye el consejo médico.</p>
</main>
<footer>Clínica Ketamina Sol &middot; Atención por WhatsApp de 9:00 a 23:00 &middot; &copy; 2026</footer>
""", noise="cookie-es")

p("h11110", "https://praxis-ketamin-online.example/preise", "seller", True, "de",
  "fake-praxis-price-page-bitcoin", "Preise & Bestellung | Privatpraxis für Ketamintherapie online", """
<header><div class="logo">Privatpraxis für Ketamintherapie <small>online &middot; diskret &middot; schnell</small></div>
<nav><a href="/">Start</a> <a href="/behandlung">Behandlung</a> <a href="/preise" class="aktiv">Preise</a> <a href="/aerzte">Ärzteteam</a> <a href="/faq">FAQ</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>
<h1>Preise und Bestellung</h1>
<p>Unsere Online-Praxis versorgt Patientinnen und Patienten in Deutschland, Österreich und der Schweiz mit Ketamin und Esketamin &ndash; ohne Wartezeit beim Facharzt und ohne lästige Rezeptpflicht. Sie füllen unseren kurzen Fragebogen aus und bestellen direkt.</p>
<table>
<tr><th>Produkt</th><th>Menge</th><th>Preis</th></tr>
<tr><td>Esketamin Nasenspray 28 mg</td><td>3 Sprühgeräte</td><td>279 &euro;</td></tr>
<tr><td>Esketamin Nasenspray 28 mg</td><td>12 Sprühgeräte</td><td>990 &euro;</td></tr>
<tr><td>Ketamin Lutschtabletten 100 mg</td><td>20 Stück</td><td>169 &euro;</td></tr>
<tr><td>Ketamin Injektionslösung 50 mg/ml</td><td>5 x 10 ml</td><td>199 &euro;</td></tr>
</table>
<h2>Zahlung</h2>
<p>Wir akzeptieren Bitcoin, Monero und SEPA-Überweisung. Bei Zahlung in Kryptowährung erhalten Sie 10 % Rabatt. Aus Datenschutzgründen bieten wir keine Kartenzahlung an.</p>
<h2>Versand</h2>
<p>Der Versand erfolgt aus den Niederlanden in neutraler Verpackung ohne Absender. Lieferzeit 2&ndash;4 Werktage. Sollte eine Sendung beim Zoll hängen bleiben, versenden wir einmalig kostenlos neu.</p>
<p><strong>Ein Rezept ist nicht erforderlich.</strong> Die Angaben im Fragebogen genügen; eine Videosprechstunde ist nicht notwendig.</p>
<p><a class="button" href="/bestellen">Jetzt bestellen</a></p>
</main>
<footer>&copy; 2026 Ketamintherapie online &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h11111", "https://centre-ketamine-paris-enligne.example/faq", "seller", True, "fr",
  "fake-centre-faq-telegram", "Questions fréquentes | Centre Kétamine Paris en ligne", """
<header><a href="/" class="logo">Centre Kétamine Paris <em>en ligne</em></a>
<nav><a href="/">Accueil</a> <a href="/traitements">Traitements</a> <a href="/tarifs">Tarifs</a> <a href="/faq">FAQ</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Questions fréquentes</h1>
<h2>Faut-il une ordonnance pour commander ?</h2>
<p>Non. Notre centre fonctionne entièrement en ligne : vous remplissez un court questionnaire et votre demande est validée automatiquement. Aucune ordonnance, aucun rendez-vous, aucune carte Vitale.</p>
<h2>Quels produits proposez-vous ?</h2>
<p>Kétamine en comprimés sublinguaux (100 mg), en solution injectable (50 mg/ml) et spray nasal d'eskétamine. Les tarifs sont indiqués sur la page <a href="/tarifs">Tarifs</a> ; comptez 160 &euro; pour 10 comprimés.</p>
<h2>Comment se passe la livraison ?</h2>
<p>Nous expédions depuis un entrepôt en Europe, sous pli discret, sans mention du contenu ni du centre. Délai de 3 à 5 jours en France métropolitaine, Belgique et Suisse. En cas de saisie douanière, nous renvoyons gratuitement.</p>
<h2>Quels moyens de paiement acceptez-vous ?</h2>
<p>Virement, Bitcoin, USDT et cartes cadeaux Transcash/PCS. Les paiements en cryptomonnaie donnent droit à 10 % de remise.</p>
<h2>Comment vous contacter ?</h2>
<p>Le plus rapide est Telegram : <strong>@centreketamine_paris</strong>. Nous répondons aussi sur WhatsApp au +33 7 55 50 12 98.</p>
<h2>Est-ce légal ?</h2>
<p>La kétamine est un médicament reconnu par l'OMS. Nous sommes un service de bien-être international et ne sommes pas soumis aux règles des pharmacies françaises.</p>
</main>
<footer>&copy; 2026 Centre Kétamine Paris en ligne &middot; Réservé aux majeurs</footer>
""", noise="cookie-fr")

p("h11112", "https://clinicarenascercetamina.example/depoimentos", "seller", True, "pt",
  "fake-clinic-testimonials-pix-whatsapp", "Depoimentos de pacientes | Clínica Renascer Cetamina", """
<header><a href="/">Clínica Renascer</a> <nav><a href="/">Início</a> <a href="/produtos">Produtos</a> <a href="/depoimentos">Depoimentos</a> <a href="/como-comprar">Como comprar</a> <a href="https://wa.example/5511955550163">WhatsApp</a></nav></header>
<main>
<h1>Quem já renasceu com a gente</h1>
<p>Mais de 8 mil brasileiros já receberam o tratamento com cetamina da Clínica Renascer em casa. Veja o que alguns deles contam:</p>
<blockquote>"Tentei marcar com psiquiatra pelo SUS e a fila era de oito meses. Aqui chamei no WhatsApp numa terça, paguei no Pix e os frascos chegaram pelos Correios na sexta. Sem consulta, sem receita, sem burocracia." &mdash; Luciana, Belo Horizonte</blockquote>
<blockquote>"O spray nasal de escetamina mudou minha vida. Peço todo mês, o atendente já sabe meu endereço." &mdash; Rafael, Curitiba</blockquote>
<blockquote>"Embalagem totalmente discreta, ninguém na portaria desconfiou de nada." &mdash; Cláudia, São Paulo</blockquote>
<blockquote>"Comprei o kit com 5 ampolas de 50 mg/ml e o pessoal me explicou a dose pelo áudio. Atendimento nota 10." &mdash; Jorge, Recife</blockquote>
<h2>Quer ser o próximo?</h2>
<p>Chame agora no WhatsApp <strong>(11) 95555-0163</strong>. Pagamento via Pix, boleto ou cripto. Enviamos para todo o Brasil com código de rastreio. Frete grátis acima de R$ 900.</p>
<p class="small">Depoimentos reais de clientes. Resultados podem variar.</p>
</main>
<footer>Clínica Renascer &copy; 2026</footer>
""", noise="cookie-pt")

p("h11113", "https://ketaminepraktijk-nl.example/intake", "seller", True, "nl",
  "fake-practice-intake-form-auto-approval", "Intakeformulier | KetaminePraktijk NL", """
<header><a href="/">KetaminePraktijk NL</a> <nav><a href="/">Home</a> <a href="/intake">Intake</a> <a href="/producten">Producten</a> <a href="/verzending">Verzending</a></nav></header>
<main>
<h1>Intakeformulier</h1>
<p>Vul het formulier hieronder in. Na verzenden wordt uw aanvraag <strong>automatisch goedgekeurd</strong> en kunt u direct afrekenen. Een gesprek met een arts of een verwijzing van de huisarts is niet nodig.</p>
<form action="/intake/submit" method="post">
<label>Leeftijd <input name="age" type="number" min="18"></label>
<label>Waarvoor wilt u ketamine gebruiken? <select name="reason"><option>Depressie</option><option>Angst</option><option>Pijn</option><option>Persoonlijke groei</option><option>Anders</option></select></label>
<label>Heeft u eerder ketamine gebruikt? <input type="radio" name="prior" value="ja"> Ja <input type="radio" name="prior" value="nee"> Nee</label>
<label>Gewenst product <select name="product"><option>Zuigtabletten 150 mg (10 st.) &ndash; &euro; 149</option><option>Neusspray esketamine (3 st.) &ndash; &euro; 265</option><option>Ampullen 50 mg/ml (5 x 10 ml) &ndash; &euro; 189</option></select></label>
<label>Afleveradres <textarea name="address"></textarea></label>
<label><input type="checkbox" name="terms"> Ik ben 18 jaar of ouder en ga akkoord met de voorwaarden</label>
<button type="submit">Verzenden en afrekenen</button>
</form>
<p>Betalen kan met iDEAL, Bitcoin of USDT. Verzending binnen 24 uur in een neutrale envelop, ook naar België en Duitsland.</p>
</main>
<footer>&copy; 2026 KetaminePraktijk NL</footer>
""", noise="cookie-nl")

p("h11114", "https://clinicamentelibera.example/newsletter/novembre-2026", "seller", True, "it",
  "fake-clinic-newsletter-discount-code", "Newsletter di novembre | Clinica Mente Libera", """
<div class="newsletter">
<p class="preheader">Non riesci a leggere questa email? <a href="/newsletter/novembre-2026">Aprila nel browser</a></p>
<h1>Clinica Mente Libera &mdash; Newsletter di novembre</h1>
<p>Cara paziente, caro paziente,</p>
<p>le giornate si accorciano e sappiamo che per molti di voi l'inverno è il periodo più difficile. Per questo abbiamo preparato una promozione speciale sui nostri trattamenti a domicilio.</p>
<h2>&#127873; -20% su tutto con il codice NATALE20</h2>
<ul>
<li>Ketamina sublinguale 100 mg, confezione da 20: <s>180 &euro;</s> <strong>144 &euro;</strong></li>
<li>Spray nasale di esketamina, 3 erogatori: <s>280 &euro;</s> <strong>224 &euro;</strong></li>
<li>Fiale di ketamina 50 mg/ml (5 x 10 ml): <s>200 &euro;</s> <strong>160 &euro;</strong></li>
</ul>
<p>Come sempre <strong>non serve la ricetta</strong>: basta il questionario online che avete già compilato. Spedizione anonima in 48 ore in tutta Italia, San Marino e Svizzera, con busta neutra.</p>
<p>Chi paga in criptovaluta (BTC, USDT) riceve un ulteriore 5% di sconto. Per ordini rapidi scriveteci su Telegram <strong>@mentelibera_ordini</strong>.</p>
<h2>Dal blog</h2>
<p><a href="/blog/ketamina-e-inverno">Ketamina e depressione stagionale: cosa dice la ricerca</a></p>
<p><a href="/blog/dosaggio-fai-da-te">Come trovare la tua dose ideale a casa</a></p>
<p>Un abbraccio,<br>Il team di Clinica Mente Libera</p>
<p class="footer">Ricevi questa email perché hai effettuato un ordine sul nostro sito. <a href="/unsubscribe">Annulla l'iscrizione</a></p>
</div>
""")
# ---------------------------------------------------------------- telehealth providers

p("h11115", "https://lumenhome.example/", "telehealth", False, "en",
  "at-home-ketamine-program-home-page-long", "Lumen Home | Clinician-led at-home ketamine treatment", """
<header class="site">
<a class="logo" href="/">lumen<span>home</span></a>
<nav><a href="/how-it-works">How it works</a> <a href="/is-it-right-for-me">Is it right for me?</a> <a href="/clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/safety">Safety</a> <a href="/states">Where we practise</a> <a href="/blog">Journal</a> <a href="/login">Sign in</a> <a class="btn" href="/eligibility">Check eligibility</a></nav>
</header>

<section class="hero">
<h1>Ketamine treatment at home, with a clinician who knows you.</h1>
<p>Lumen Home is a medical practice for adults with depression and anxiety that has not responded to other treatment. Every patient starts with a live video evaluation by a licensed psychiatric clinician. If ketamine is appropriate and safe for you, your clinician writes a prescription that is filled by our licensed partner pharmacy and sent to you, and we stay with you for every session.</p>
<a class="btn" href="/eligibility">Check your eligibility (2 minutes)</a>
<p class="small">Available to adults 18&ndash;70 in 14 states. Not for emergencies &mdash; if you are in crisis call or text 988.</p>
</section>

<section class="steps">
<h2>How Lumen Home works</h2>
<div class="step"><h3>1. Eligibility screen</h3><p>A short online questionnaire tells us whether our programme is likely to be a fit. It does not approve anyone for medication; it helps us decide whether to book you a clinical evaluation or point you to better options, such as in-person care.</p></div>
<div class="step"><h3>2. Psychiatric evaluation by video</h3><p>You meet a psychiatrist or psychiatric nurse practitioner licensed in your state for a 60-minute video visit. They review your history, current medications, substance use, blood pressure readings and previous treatments. We may ask for records from your primary care doctor or therapist and, for some patients, recent blood work or an ECG. About one in three people we evaluate are not prescribed ketamine; many are referred to an in-person clinic, a Spravato treatment centre or a different treatment instead.</p></div>
<div class="step"><h3>3. Safety plan and support person</h3><p>Before any prescription, you and your clinician agree a written safety plan. You name a support person who will be physically present for your first sessions, and we confirm you have a home blood pressure cuff.</p></div>
<div class="step"><h3>4. Prescription filled by our partner pharmacy</h3><p>If your clinician prescribes, the prescription goes electronically to our partner pharmacy, a state-licensed 503A compounding pharmacy registered with the DEA. The pharmacy dispenses a limited supply &mdash; never more than your next few sessions &mdash; and ships it with signature-required delivery. No prescription, no shipment.</p></div>
<div class="step"><h3>5. Guided sessions and follow-up</h3><p>Your first session is observed live by a Lumen clinician by video, with a blood pressure check before and after. After that you log each session in the app, and your clinician reviews your symptom scores (PHQ-9 and GAD-7) before refilling. We meet again by video after session four and session eight, and at least monthly while you are in treatment.</p></div>
</section>

<section class="clinicians">
<h2>Meet some of our prescribers</h2>
<div class="person"><img src="/img/c-osei.jpg" alt=""><h3>Dr. Abena Osei, MD</h3><p>Medical Director. Board-certified in psychiatry; completed residency at a university hospital and ran an inpatient mood-disorders unit for seven years. Licensed in NY, NJ, CT, MA and PA.</p></div>
<div class="person"><img src="/img/c-lindqvist.jpg" alt=""><h3>Erik Lindqvist, PMHNP-BC</h3><p>Psychiatric-mental health nurse practitioner with a background in emergency psychiatry. Licensed in CO, UT, AZ and NM.</p></div>
<div class="person"><img src="/img/c-ramos.jpg" alt=""><h3>Dr. Luz Ramos, DO</h3><p>Board-certified psychiatrist and addiction medicine specialist. Leads our substance-use screening protocol. Licensed in TX, FL and GA.</p></div>
<p><a href="/clinicians">See all 23 clinicians and the states where they are licensed &rarr;</a></p>
</section>

<section class="not-for">
<h2>Who Lumen Home is not for</h2>
<p>At-home treatment is not safe for everyone. We will not prescribe if you have a history of psychosis or mania, uncontrolled high blood pressure, a recent heart attack or stroke, current substance use disorder, are pregnant or breastfeeding, or do not have a safe, private place and a support person. In those cases we will help you find in-person care. We also do not treat anyone under 18.</p>
</section>

<section class="pricing-teaser">
<h2>What it costs</h2>
<p>The initial psychiatric evaluation is $249. If you are prescribed, the programme is $289 per month and includes all clinician visits, session monitoring and messaging with your care team. Medication is billed separately by the pharmacy at cost (typically $40&ndash;$90 per month). Lumen is out of network with insurance; we provide superbills you can submit for possible reimbursement, and HSA/FSA cards are accepted. If your clinician decides ketamine is not right for you, the evaluation fee still covers the visit, and your care plan and referrals are yours to keep.</p>
<p><a href="/pricing">Full pricing &rarr;</a></p>
</section>

<section class="safety">
<h2>Our safety commitments</h2>
<ul>
<li>Every prescription follows a live video evaluation by a clinician licensed in your state.</li>
<li>We never sell medication directly, and we never ship before a prescription is written.</li>
<li>Dispensing is limited to a small number of sessions at a time.</li>
<li>We review every session report; missed check-ins pause refills automatically.</li>
<li>We publish our adverse-event numbers every year in our outcomes report.</li>
<li>We never contact patients on Telegram or WhatsApp and never accept cryptocurrency. If someone claiming to be Lumen does, <a href="/impostors">please tell us</a>.</li>
</ul>
</section>

<section class="faq">
<h2>Common questions</h2>
<details><summary>Is at-home ketamine legal?</summary><p>Yes, when it is prescribed by a licensed clinician after an appropriate evaluation and dispensed by a licensed pharmacy. Our prescribers follow federal telemedicine rules for controlled substances and the laws of each state where they practise.</p></details>
<details><summary>Can I get Spravato through Lumen?</summary><p>Spravato (esketamine nasal spray) can only be given in a certified healthcare setting under the REMS programme, so we cannot provide it at home. If it is a better fit for you, we refer you to a certified centre near you and coordinate with them.</p></details>
<details><summary>How long does it take to start?</summary><p>Most people have their evaluation within 7&ndash;10 days. If you are prescribed, medication usually arrives within a week after that.</p></details>
<details><summary>Do I have to stop my antidepressant?</summary><p>Usually not. Your clinician will review every medication you take. Never stop a medication without talking to your prescriber.</p></details>
</section>

<footer>
<div class="cols">
<div><strong>Lumen Home Medical, P.C.</strong><br>Clinical services are provided by Lumen Home Medical, P.C. and affiliated professional entities. Lumen Health Technologies, Inc. provides administrative and technology services.</div>
<div><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/press">Press</a> <a href="/outcomes">Outcomes report</a></div>
<div><a href="/privacy">Privacy</a> <a href="/hipaa">Notice of privacy practices</a> <a href="/terms">Terms</a> <a href="/accessibility">Accessibility</a></div>
</div>
<p class="small">If you are having thoughts of harming yourself, call or text 988 or go to your nearest emergency department. &copy; 2026 Lumen Health Technologies, Inc.</p>
</footer>
""", noise="cookie")

p("h11116", "https://northwindpsychiatry.example/membership-pricing", "telehealth", False, "en",
  "virtual-psychiatry-membership-pricing", "Membership & Pricing | Northwind Psychiatry (Virtual)", """
<nav><a href="/">Northwind Psychiatry</a> <a href="/services">Services</a> <a href="/ketamine">Ketamine care</a> <a href="/membership-pricing">Pricing</a> <a href="/team">Team</a> <a href="/book">Book an evaluation</a></nav>
<main>
<h1>Membership &amp; pricing</h1>
<p>Northwind is a virtual psychiatry group practice. All care starts with a psychiatric evaluation by video; nothing is prescribed before that visit, and not every patient is a candidate for ketamine.</p>
<table class="fees">
<tr><th>Service</th><th>Fee</th><th>What's included</th></tr>
<tr><td>Initial psychiatric evaluation</td><td>$275</td><td>75-minute video visit with a board-certified psychiatrist, review of records, written treatment plan</td></tr>
<tr><td>Core membership</td><td>$129 / month</td><td>Monthly medication management visit, secure messaging, prescription renewals, coordination with your therapist</td></tr>
<tr><td>Ketamine care add-on</td><td>$180 / month</td><td>For patients prescribed oral or sublingual ketamine: observed first session, session check-ins, PHQ-9 tracking, extra follow-up visits</td></tr>
<tr><td>Esketamine referral coordination</td><td>Included</td><td>If esketamine (Spravato) is recommended, we refer you to a REMS-certified treatment centre and share records with your consent</td></tr>
</table>
<h2>Medication costs</h2>
<p>Prescriptions are sent to the pharmacy of your choice or to our licensed partner pharmacy, which ships only after receiving a valid prescription from your Northwind clinician. Medication is paid directly to the pharmacy and is not included in the membership.</p>
<h2>Insurance</h2>
<p>We are in network with two regional plans for evaluations and medication management (check <a href="/insurance">our insurance page</a>). Ketamine care is not covered by most plans; we provide a monthly superbill. HSA and FSA cards are accepted.</p>
<h2>Cancelling</h2>
<p>You may cancel your membership at any time from your patient portal. If you cancel while on ketamine, your clinician will schedule a closing visit and you will not receive further refills.</p>
<p><a class="btn" href="/book">Book an evaluation</a></p>
</main>
<footer>Northwind Psychiatry PLLC &middot; Licensed in WA, OR, ID, MT &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h11117", "https://clearharborpsych.example/blog/esketamine-referral-what-to-expect", "telehealth", False, "en",
  "telepsychiatry-blog-post-esketamine-referral", "Is esketamine right for you? How our referral works | Clear Harbor Telepsychiatry", """
<header><a href="/">Clear Harbor Telepsychiatry</a> <nav><a href="/services">Services</a> <a href="/providers">Providers</a> <a href="/blog">Blog</a> <a href="/new-patients">New patients</a></nav></header>
<article>
<h1>Is esketamine right for you? What our referral process looks like</h1>
<p class="meta">By Dr. Hannah Okafor, MD, Psychiatrist &middot; October 14, 2026 &middot; 7 min read</p>
<p>Patients often come to their first Clear Harbor appointment having read about esketamine and asking whether we can "send the nasal spray." The short answer is no &mdash; and that is by design. Esketamine (sold as Spravato) is approved in the United States for treatment-resistant depression and for depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behaviour. Because of the risks of sedation, dissociation and misuse, the FDA requires it to be given only in healthcare settings certified under a Risk Evaluation and Mitigation Strategy (REMS). Patients take the spray under supervision and are observed for at least two hours afterwards.</p>
<p>As a telepsychiatry practice we do not administer esketamine. What we do is evaluate whether it makes sense for you, and if it does, connect you with a certified treatment centre near your home.</p>
<h2>Who might be a candidate</h2>
<p>In the pivotal trials, participants had not responded to at least two antidepressants given at an adequate dose and duration during the current episode. Esketamine was studied together with a newly started oral antidepressant, and response rates were modestly but meaningfully higher than with an antidepressant plus placebo spray. Longer-term studies suggested that people who responded and continued treatment were less likely to relapse than those who stopped. These are averages; individual results vary and some people do not respond at all.</p>
<p>During your evaluation we review every medication trial you have had, how long you took it and why you stopped. We look for conditions that make esketamine risky, such as aneurysmal vascular disease, a history of intracerebral haemorrhage, uncontrolled hypertension, current psychosis or an active substance use disorder.</p>
<h2>What the referral looks like</h2>
<ol>
<li><strong>Video evaluation.</strong> A 60&ndash;75 minute visit with one of our psychiatrists or psychiatric nurse practitioners.</li>
<li><strong>Recommendation.</strong> If esketamine is appropriate, we explain the schedule (twice weekly for four weeks, then less often) and the practical side: you cannot drive on treatment days.</li>
<li><strong>Choosing a centre.</strong> We maintain a list of REMS-certified partner sites in the states where we practise, including hospital outpatient departments and independent clinics. You choose the one that suits you.</li>
<li><strong>Records and prior authorisation.</strong> With your written consent we send our evaluation to the centre. Most centres handle the insurance prior authorisation; we provide the documentation they need.</li>
<li><strong>Shared care.</strong> We continue to manage your oral antidepressant and see you monthly by video. The centre sends us session notes and blood pressure readings.</li>
</ol>
<h2>When we suggest something else</h2>
<p>For some patients, IV ketamine at an infusion clinic, transcranial magnetic stimulation or a change in medication strategy is a better fit. For others, electroconvulsive therapy remains the most effective option. We will talk through all of them.</p>
<p class="note">This article is general information and not a substitute for an individual evaluation. If you are in crisis, call or text 988.</p>
<p><a class="btn" href="/new-patients">Request an evaluation</a></p>
</article>
<footer>Clear Harbor Telepsychiatry, P.A. &middot; Video visits for adults in FL, GA, NC and SC</footer>
""")

p("h11118", "https://tessellatehealth.example/security/impersonation-warning", "telehealth", False, "en",
  "telehealth-impostor-scam-warning", "Warning: people impersonating Tessellate Health | Tessellate Health", """
<header><a href="/">Tessellate Health</a> <nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Clinicians</a> <a href="/help">Help</a></nav></header>
<main>
<div class="alert">Last updated 30 November 2026</div>
<h1>Warning: websites and accounts impersonating Tessellate Health</h1>
<p>We have been made aware of websites, Instagram and TikTok accounts, and Telegram channels using our name and logo to sell ketamine directly to the public. Some copy text and photos from our website. <strong>These are not Tessellate Health.</strong> Several people have told us they paid in cryptocurrency or gift cards and received nothing, or received an unlabelled substance.</p>
<h2>How genuine Tessellate care works</h2>
<ul>
<li>Every patient has a live video evaluation with a licensed clinician before anything is prescribed. We do not approve anyone on the strength of a questionnaire.</li>
<li>Medication is prescribed by a named clinician and dispensed by a licensed pharmacy. We never sell or ship medication ourselves.</li>
<li>We only take payment through our patient portal by card, HSA or FSA. We never ask for crypto, gift cards, Zelle or Cash App.</li>
<li>We never contact patients on WhatsApp, Telegram or social media direct messages, and we do not offer "stealth" or "reship" delivery.</li>
<li>Our only website is tessellatehealth.example.</li>
</ul>
<h2>If you have been contacted</h2>
<p>Do not send money or personal information. Take screenshots, then report the account or site to <a href="mailto:trust@tessellatehealth.example">trust@tessellatehealth.example</a>. You can also report online fraud to the FBI's Internet Crime Complaint Center and suspected illegal online drug sales to the FDA. If you took something you bought from one of these sellers and feel unwell, call Poison Control at 1-800-222-1222 or 911.</p>
<p>We are working with registrars and platforms to take these accounts down. Thank you to the patients and members of the public who reported them.</p>
</main>
<footer>&copy; 2026 Tessellate Health &middot; Clinical services provided by Tessellate Medical Group</footer>
""", noise="cookie")
p("h11119", "https://harbormindtele.example/about/impact-report-2025", "telehealth", False, "en",
  "telehealth-annual-outcomes-report-long", "2025 Outcomes & Safety Report | HarborMind Telepsychiatry", """
<header class="site">
<a href="/" class="logo">HarborMind</a>
<nav><a href="/care">Our care</a> <a href="/ketamine">Ketamine programme</a> <a href="/esketamine">Esketamine referrals</a> <a href="/clinicians">Clinicians</a> <a href="/about">About</a> <a href="/about/impact-report-2025" class="current">2025 report</a> <a href="/portal">Patient portal</a></nav>
</header>
<main class="report">
<h1>2025 Outcomes &amp; Safety Report</h1>
<p class="lede">Published 15 March 2026. Data period: 1 January &ndash; 31 December 2025.</p>

<section>
<h2>A letter from our Chief Medical Officer</h2>
<p>When we began publishing outcome and safety figures three years ago, a colleague asked why a small telepsychiatry practice would volunteer numbers that no regulator required. My answer has not changed: remote prescribing of ketamine is under close and justified scrutiny, and patients deserve to judge us by evidence rather than marketing. Some of what follows is encouraging. Some of it is not, and we say so.</p>
<p>In 2025 we tightened our eligibility criteria twice, added in-person blood pressure verification for patients over 55, and ended our relationship with one pharmacy partner after an audit. We also turned away more people than ever before. We think all of that made our care safer, and the figures below suggest it did not make it less effective.</p>
<p>&mdash; Dr. Samuel Achterberg, MD, Chief Medical Officer</p>
</section>

<section>
<h2>Who we saw</h2>
<ul>
<li>6,412 people completed an initial psychiatric video evaluation (2024: 5,180).</li>
<li>3,571 (55.7%) were prescribed at-home sublingual ketamine. 1,108 (17.3%) were referred to an in-person option: 612 to REMS-certified esketamine centres, 341 to IV ketamine infusion clinics and 155 to TMS or ECT services. The remaining 1,733 (27.0%) were advised on other treatment or referred back to their own clinicians.</li>
<li>Median age of patients treated was 41; 58% were women. 71% had tried two or more antidepressants before coming to us.</li>
<li>Our clinical team grew to 41 clinicians (17 psychiatrists, 24 psychiatric nurse practitioners), all licensed in every state where they see patients.</li>
</ul>
</section>

<section>
<h2>How patients did</h2>
<p>We measure depressive symptoms with the PHQ-9 at baseline, before every session and at the end of each treatment block. Of the 3,571 patients prescribed ketamine, 3,022 completed the initial six-session block.</p>
<table>
<tr><th>Measure (patients completing six sessions, n = 3,022)</th><th>2025</th><th>2024</th></tr>
<tr><td>Mean PHQ-9 at baseline</td><td>18.4</td><td>18.1</td></tr>
<tr><td>Mean PHQ-9 after six sessions</td><td>10.2</td><td>10.6</td></tr>
<tr><td>Response (&ge;50% reduction)</td><td>47%</td><td>44%</td></tr>
<tr><td>Remission (PHQ-9 &lt; 5)</td><td>19%</td><td>18%</td></tr>
</table>
<p>These numbers come from patient self-reports in routine care, not a controlled trial. There is no comparison group, patients who dropped out are not in the table, and expectation effects are likely to be substantial. Please read them as a description of our patients, not as proof that ketamine works better than any other treatment. Including everyone who started treatment and counting drop-outs as non-responders, the response rate was 40%.</p>
</section>

<section>
<h2>Safety</h2>
<p>Every session is logged with blood pressure and a brief side-effect check. Our safety team reviews any session flagged by a patient, support person or clinician within one business day.</p>
<ul>
<li>Sessions logged: 31,780.</li>
<li>Serious adverse events: 9 (0.03% of sessions). These included four emergency department visits for elevated blood pressure, two falls with minor injury during the session, one episode of severe anxiety requiring urgent care, and two hospitalisations for worsening depression with suicidal thoughts. No deaths occurred during or within 24 hours of a session.</li>
<li>Sessions with blood pressure above our pause threshold: 1.9%. In each case the session was stopped or postponed.</li>
<li>Treatment stopped by a clinician because of suspected misuse or diversion: 37 patients (1.0%). Examples: requesting early refills, reported sharing of medication, inconsistent pill counts.</li>
</ul>
<p>Every serious event was reviewed by our quality committee. Two led to changes: we now require a second blood pressure reading before any dose increase, and we added a support-person confirmation step for patients whose first two sessions were unobserved.</p>
</section>

<section>
<h2>Prescribing and dispensing</h2>
<p>All prescriptions follow a live video evaluation and are sent electronically to a licensed partner pharmacy, which dispenses no more than six sessions at a time and ships with adult-signature delivery. In 2025 our pharmacy partners dispensed 9,406 prescriptions for HarborMind patients. In August we ended a partnership after an audit found that the pharmacy had dispensed refills on two occasions without a current prescription; all affected patients were contacted and moved to another pharmacy.</p>
</section>

<section>
<h2>Access and cost</h2>
<p>The average total cost for a six-session block, including evaluation, membership and medication, was $1,090. We granted reduced fees to 412 patients through our sliding-scale programme. 23% of patients submitted our superbills to their insurer; we do not know how many were reimbursed.</p>
</section>

<section>
<h2>What patients told us</h2>
<p>Every patient who finishes a treatment block is invited to an anonymous survey. 2,318 people responded in 2025 (a 65% response rate among completers). 88% said they felt their clinician took enough time to understand their history, and 81% said they would recommend HarborMind to a friend in a similar situation. The most common complaints were the wait for a first evaluation (median 9 days, up from 6), delays in pharmacy shipping in November and December, and the requirement to have a support person present for early sessions, which some patients living alone found hard to arrange. We have added evening evaluation slots, and our care coordinators now help patients without a support person find an in-person clinic instead.</p>
<p>We also received 146 formal complaints, 12 of which concerned a clinician's decision not to prescribe. We reviewed each one; in 11 the original decision was upheld.</p>
</section>

<section>
<h2>Impersonation</h2>
<p>We received 64 reports of websites or social media accounts using the HarborMind name to sell ketamine without a prescription, usually for cryptocurrency. We reported all of them to the platforms and registrars concerned; 51 were removed by year end. HarborMind never sells medication directly and never takes crypto.</p>
</section>

<section>
<h2>What we will do in 2026</h2>
<ol>
<li>Publish results from our first external audit of clinical records, conducted by an independent academic group.</li>
<li>Offer every patient a 90-day follow-up PHQ-9 after they finish treatment, so we can report durability of response.</li>
<li>Expand our esketamine referral network to all 22 states where we practise.</li>
</ol>
</section>
<p><a href="/docs/harbormind-2025-report.pdf">Download the full report (PDF, 2.1 MB)</a> &middot; <a href="/docs/methods-2025.pdf">Methods appendix</a></p>
</main>
<footer>
<p>HarborMind Telepsychiatry is a trade name of HarborMind Medical Group, P.C. Care is provided by licensed clinicians via secure video.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/nondiscrimination">Non-discrimination notice</a> &middot; Crisis support: call or text 988</p>
</footer>
""", noise="cookie")

p("h11120", "https://psiquiatriadigital.example/como-funciona", "telehealth", False, "es",
  "telepsychiatry-how-it-works-esketamine-referral", "Cómo funciona | Psiquiatría Digital - consulta psiquiátrica por videollamada", """
<header><a href="/">Psiquiatría Digital</a> <nav><a href="/">Inicio</a> <a href="/como-funciona" class="activo">Cómo funciona</a> <a href="/equipo">Equipo médico</a> <a href="/tarifas">Tarifas</a> <a href="/aseguradoras">Aseguradoras</a> <a href="/cita">Pedir cita</a></nav></header>
<main>
<h1>Cómo funciona la consulta online</h1>
<p>Psiquiatría Digital es una consulta de psiquiatría que atiende por videollamada a pacientes adultos residentes en España. Todos nuestros médicos son especialistas en psiquiatría colegiados.</p>
<h2>1. Primera consulta por videollamada</h2>
<p>Durante 50 minutos, tu psiquiatra revisa tu historia clínica, los tratamientos que has probado y tu situación actual. Te pediremos que nos envíes informes previos si los tienes. La primera consulta cuesta 120 &euro;; muchas aseguradoras privadas la reembolsan.</p>
<h2>2. Plan de tratamiento</h2>
<p>Tras la valoración recibirás un informe con el diagnóstico y las opciones de tratamiento. Las recetas se emiten como receta electrónica privada y puedes recogerlas en cualquier farmacia.</p>
<h2>3. Si se plantea la esketamina</h2>
<p>La esketamina en espray nasal está indicada en adultos con depresión resistente y, por normativa, solo puede administrarse en un centro sanitario, bajo supervisión y con observación posterior. <strong>Nosotros no la administramos ni la enviamos a domicilio.</strong> Si tu psiquiatra considera que es una opción adecuada, te derivamos con un informe a uno de nuestros centros colaboradores (unidades de hospital de día en Madrid, Barcelona y Valencia) o a tu hospital de referencia del sistema público.</p>
<h2>4. Seguimiento</h2>
<p>Las revisiones duran 25 minutos (70 &euro;). Mientras recibes esketamina en el centro colaborador, seguimos coordinando contigo la medicación oral y compartimos información con el equipo del centro, siempre con tu consentimiento.</p>
<p class="aviso">No somos un servicio de urgencias. Si tienes pensamientos de hacerte daño, llama al 024 o al 112.</p>
<p><a class="boton" href="/cita">Pedir primera consulta</a></p>
</main>
<footer>Psiquiatría Digital S.L.P. &middot; Centro sanitario inscrito en el registro de la Comunidad de Madrid &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

p("h11121", "https://mentavia-telepsychiatrie.example/team", "telehealth", False, "de",
  "telepsychiatry-team-page-named-doctors", "Unser Team | Mentavia Telepsychiatrie", """
<header><a href="/">Mentavia</a> <nav><a href="/leistungen">Leistungen</a> <a href="/team" class="aktiv">Team</a> <a href="/esketamin">Esketamin-Behandlung</a> <a href="/kosten">Kosten</a> <a href="/termin">Termin</a></nav></header>
<main>
<h1>Unser ärztliches Team</h1>
<p>Bei Mentavia behandeln ausschließlich approbierte Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie. Erstgespräche und Verlaufstermine finden in einer zertifizierten Videosprechstunde statt.</p>
<div class="arzt"><h2>Dr. med. Carola Weinheimer</h2><p>Fachärztin für Psychiatrie und Psychotherapie, ärztliche Leitung. Zuvor Oberärztin auf einer Station für affektive Erkrankungen. Schwerpunkte: therapieresistente Depression, Pharmakotherapie.</p></div>
<div class="arzt"><h2>Dr. med. Jonas Feddersen</h2><p>Facharzt für Psychiatrie und Psychotherapie, Suchtmedizinische Grundversorgung. Schwerpunkte: Depression und Abhängigkeitserkrankungen, Angststörungen.</p></div>
<div class="arzt"><h2>Aylin Demirci</h2><p>Fachärztin für Psychiatrie und Psychotherapie. Schwerpunkte: Depression in der Schwangerschaft und nach der Geburt, Psychoedukation.</p></div>
<div class="arzt"><h2>Markus Ebeling</h2><p>Medizinischer Fachangestellter, Praxisorganisation. Ihr Ansprechpartner für Termine, Befunde und Überweisungen.</p></div>
<h2>Esketamin: Behandlung in unseren Kooperationspraxen</h2>
<p>Esketamin-Nasenspray darf nur unter ärztlicher Aufsicht in einer Praxis oder Klinik angewendet werden; anschließend werden Patientinnen und Patienten überwacht und dürfen am Behandlungstag nicht selbst Auto fahren. Eine Verordnung zur Anwendung zu Hause gibt es daher bei uns nicht. Wenn unser Team nach ausführlicher Diagnostik eine Esketamin-Behandlung empfiehlt, überweisen wir Sie an eine unserer Kooperationspraxen in Hamburg, Köln oder München oder an eine psychiatrische Institutsambulanz in Ihrer Nähe. Die weitere Begleitung per Video bleibt bei uns.</p>
</main>
<footer>Mentavia MVZ GmbH &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; Im Notfall: 112</footer>
""", noise="cookie-de")

p("h11122", "https://psyconnect-teleconsultation.example/faq", "telehealth", False, "fr",
  "teleconsultation-psychiatry-faq", "FAQ | PsyConnect - téléconsultation de psychiatrie", """
<header><a href="/">PsyConnect</a> <nav><a href="/psychiatres">Nos psychiatres</a> <a href="/tarifs">Tarifs et remboursement</a> <a href="/faq" class="actif">FAQ</a> <a href="/rdv">Prendre rendez-vous</a></nav></header>
<main>
<h1>Questions fréquentes</h1>
<h2>Qui sont les médecins de PsyConnect ?</h2>
<p>Des psychiatres inscrits au tableau de l'Ordre des médecins, exerçant en libéral ou à l'hôpital, qui réservent une partie de leur temps à la téléconsultation. Leur nom et leur numéro RPPS figurent sur leur profil.</p>
<h2>La téléconsultation est-elle remboursée ?</h2>
<p>Oui, dans le cadre du parcours de soins, la téléconsultation est prise en charge par l'Assurance Maladie dans les mêmes conditions qu'une consultation au cabinet. Pensez à indiquer votre médecin traitant.</p>
<h2>Pouvez-vous me prescrire de la kétamine ou de l'eskétamine à domicile ?</h2>
<p>Non. L'eskétamine en spray nasal est réservée à l'usage hospitalier : elle est administrée dans un établissement de santé, sous la surveillance d'un professionnel, avec une période d'observation après chaque prise. La kétamine utilisée en psychiatrie l'est aussi dans un cadre hospitalier. Nous ne délivrons ni n'expédions aucun médicament.</p>
<h2>Alors que pouvez-vous faire si ma dépression résiste aux traitements ?</h2>
<p>Votre psychiatre fait le point sur les traitements déjà essayés et, si une prise en charge par eskétamine, rTMS ou autre stratégie semble pertinente, vous adresse avec un courrier détaillé à un centre expert ou au service de psychiatrie de votre hôpital de secteur. Nous restons disponibles pour le suivi en téléconsultation.</p>
<h2>J'ai vu un site qui vend de la kétamine « sans ordonnance » et se présente comme un centre. Est-ce vous ?</h2>
<p>Non. PsyConnect ne vend aucun produit. Ces sites sont illégaux et dangereux ; vous pouvez les signaler sur la plateforme officielle de signalement des contenus illicites.</p>
</main>
<footer>PsyConnect SAS &middot; Plateforme de téléconsultation &middot; <a href="/mentions-legales">Mentions légales</a> &middot; Urgences : 15 ou 3114</footer>
""", noise="cookie-fr")

p("h11123", "https://menteconectada.example/posicionamento-cetamina", "telehealth", False, "pt",
  "telemedicine-policy-statement-home-ketamine", "Nosso posicionamento sobre cetamina em casa | Mente Conectada Telepsiquiatria", """
<header><a href="/">Mente Conectada</a> <nav><a href="/como-funciona">Como funciona</a> <a href="/psiquiatras">Psiquiatras</a> <a href="/planos">Planos</a> <a href="/blog">Blog</a> <a href="/agendar">Agendar</a></nav></header>
<main>
<h1>Nosso posicionamento sobre cetamina e escetamina em casa</h1>
<p class="data">Publicado em 5 de novembro de 2026</p>
<p>Nos últimos meses recebemos centenas de mensagens de pacientes perguntando se a Mente Conectada "envia cetamina para casa", como prometem alguns perfis nas redes sociais. Esta página explica o que fazemos, o que não fazemos e por quê.</p>
<h2>O que fazemos</h2>
<p>Somos um serviço de telepsiquiatria. Todas as consultas são feitas por vídeo com psiquiatras registrados no CRM do seu estado, cujo nome e número de registro aparecem no agendamento. Avaliamos cada paciente com calma, revisamos tratamentos anteriores e, quando indicado, discutimos alternativas para depressão resistente.</p>
<h2>O que não fazemos</h2>
<p>Não vendemos nem enviamos cetamina ou escetamina. A escetamina em spray nasal é aplicada em ambiente clínico, sob supervisão, com observação do paciente após cada sessão. Quando o psiquiatra entende que ela é uma boa opção, encaminhamos o paciente com relatório para uma de nossas clínicas parceiras em São Paulo, Rio de Janeiro, Porto Alegre ou Recife, ou para o serviço que o paciente preferir.</p>
<h2>Por quê</h2>
<p>A cetamina tem benefícios reais para algumas pessoas, mas também riscos: aumento de pressão arterial, dissociação, uso indevido. Acreditamos que, no Brasil de hoje, o uso fora de um ambiente supervisionado não oferece segurança suficiente. Revisaremos esta posição se as normas e as evidências mudarem.</p>
<h2>Cuidado com golpes</h2>
<p>A Mente Conectada não atende por WhatsApp para venda de medicamentos, não aceita Pix para "envio de frascos" e não tem perfis que vendam produtos. Se alguém usar nosso nome dessa forma, denuncie para contato@menteconectada.example.</p>
</main>
<footer>Mente Conectada Serviços Médicos Ltda. &middot; Diretor técnico: Dr. Paulo Henrique Saraiva &middot; CVV: ligue 188</footer>
""", noise="cookie-pt")
# ---------------------------------------------------------------- clinics

p("h11124", "https://cedarvalleyinfusion.example/patients/insurance-billing", "clinic", False, "en",
  "infusion-clinic-insurance-billing-page", "Insurance & Billing | Cedar Valley Infusion Center", """
<header><a href="/" class="logo">Cedar Valley Infusion Center</a>
<nav><a href="/treatments">Treatments</a> <a href="/patients">For patients</a> <a href="/providers">For referring providers</a> <a href="/team">Our team</a> <a href="/contact">Contact</a> <a class="btn" href="/pay">Pay my bill</a></nav></header>
<main>
<p class="crumbs"><a href="/patients">For patients</a> &rsaquo; Insurance &amp; billing</p>
<h1>Insurance &amp; billing</h1>
<p>We want you to know what your care will cost before you start. Our billing coordinators can give you a written estimate and will check your benefits before your first appointment. Call (541) 555-0131, Monday to Friday, 8:00 to 4:30.</p>

<h2>IV ketamine for depression, PTSD and anxiety</h2>
<p>Most insurance plans do not currently cover IV ketamine for mental health conditions, because it is used off-label. We therefore treat these infusions as self-pay:</p>
<ul>
<li>Consultation with our physician (in person, 45 minutes): $195</li>
<li>Single infusion (40-minute infusion plus recovery, with continuous monitoring): $495</li>
<li>Initial series of six infusions, paid in advance: $2,650</li>
<li>Booster infusion: $450</li>
</ul>
<p>After each visit we give you a superbill with diagnosis and procedure codes (for example CPT 96365 and 96366 for the infusion service). Some patients receive partial reimbursement from their plan as an out-of-network claim. We cannot guarantee reimbursement.</p>

<h2>Ketamine infusions for pain</h2>
<p>For chronic pain conditions such as complex regional pain syndrome, some plans do cover infusions after prior authorisation. We submit the authorisation request on your behalf once your referring physician sends us your records.</p>

<h2>Spravato (esketamine) nasal spray</h2>
<p>Our center is certified under the Spravato REMS. Spravato is covered by many commercial plans and by Medicare, usually with prior authorisation. Depending on your plan, the medication is either purchased by us and billed to your insurer (buy-and-bill) or sent to us by a specialty pharmacy in your name. Observation time is billed separately. You may also be eligible for the manufacturer's savings programme if you have commercial insurance.</p>

<h2>Ways to pay</h2>
<ul>
<li>Credit and debit cards, HSA and FSA cards</li>
<li>Interest-free payment plans for infusion series (up to six months), or healthcare financing through CareCredit</li>
<li>Online bill pay through our <a href="/pay">secure patient portal</a></li>
</ul>
<p>We do not accept cryptocurrency, and our staff will never ask you to pay by gift card or over the phone by text message link.</p>

<h2>Cancellations</h2>
<p>Please give us 48 hours' notice if you need to reschedule. Late cancellations may be charged $100, because we prepare medication and reserve a nurse for every infusion.</p>

<h2>Good faith estimate</h2>
<p>Under the No Surprises Act, if you do not have insurance or are not using it, you have the right to receive a good faith estimate of the expected charges. Ask our front desk or request one through the portal.</p>
</main>
<footer>Cedar Valley Infusion Center &middot; 2250 Riverbend Rd, Suite 140 &middot; Medical director: Thomas Kerrigan, MD (anesthesiology) &middot; <a href="/privacy">Notice of privacy practices</a></footer>
""", noise="cookie")

p("h11125", "https://brightpathspravato.example/locations", "clinic", False, "en",
  "rems-center-locations-page", "Locations | Bright Path Esketamine & Interventional Psychiatry", """
<nav><a href="/">Bright Path</a> <a href="/spravato">Spravato treatment</a> <a href="/locations">Locations</a> <a href="/referrals">Referrals</a> <a href="/new-patients">New patients</a></nav>
<main>
<h1>Our locations</h1>
<p>All three Bright Path offices are certified treatment centres under the Spravato REMS. Each has private observation rooms, on-site psychiatric nurses and a psychiatrist on site during treatment hours.</p>
<div class="loc"><h2>Oakmont</h2><p>410 Mercer Avenue, Suite 2B<br>Mon&ndash;Thu 7:30 am&ndash;6:00 pm, Fri 7:30 am&ndash;2:00 pm<br>Free parking behind the building; the entrance is on the ramp side.<br>Phone (412) 555-0160</p></div>
<div class="loc"><h2>Riverside Medical Plaza</h2><p>88 Wharf Street, 3rd floor<br>Mon, Wed, Fri 8:00 am&ndash;5:00 pm<br>Validated parking in the plaza garage. On bus routes 14 and 22.<br>Phone (412) 555-0161</p></div>
<div class="loc"><h2>North Hills</h2><p>3125 Perry Highway<br>Tue and Thu 9:00 am&ndash;7:00 pm (evening appointments available)<br>Phone (412) 555-0162</p></div>
<h2>Planning your visit</h2>
<p>You will stay with us for at least two hours after each dose. You must not drive or operate machinery until the next day after a restful sleep, so please arrange for someone to take you home, or book a ride. We can help you set up rides covered by some Medicaid plans.</p>
<p>New patients need a referral or a consultation with one of our psychiatrists. <a href="/new-patients">Start here</a>.</p>
</main>
<footer>Bright Path Interventional Psychiatry, LLC</footer>
""")
p("h11126", "https://stillwater-kap.example/stories/marisol", "clinic", False, "en",
  "kap-practice-patient-story-long", "Marisol's story: ketamine-assisted psychotherapy after twenty years of depression | Stillwater Center for KAP", """
<header class="site">
<a class="logo" href="/">Stillwater <small>Center for Ketamine-Assisted Psychotherapy</small></a>
<nav><a href="/approach">Our approach</a> <a href="/what-to-expect">What to expect</a> <a href="/team">Clinicians</a> <a href="/fees">Fees</a> <a href="/stories" class="on">Patient stories</a> <a href="/contact">Contact</a> <a class="btn" href="/inquiry">Make an inquiry</a></nav>
</header>
<main>
<article class="story">
<p class="note">Marisol asked us to share her story and reviewed this text before publication. We changed some details to protect her privacy. Individual experiences differ, and ketamine-assisted psychotherapy is not right for everyone.</p>
<h1>"I didn't need a miracle. I needed a way back in."</h1>
<p class="sub">Marisol, 52, a high school librarian, on twenty years of depression and what changed in her second round of treatment.</p>

<p>The first time Marisol came to Stillwater she sat in the car park for twenty minutes before walking in. "I had read everything," she says. "The articles, the forums, the people saying it was a reset button for the brain. I was terrified it would not work, and I think I was even more terrified it would."</p>
<p>By then she had lived with recurrent depression for two decades. She had taken six different antidepressants, some for years, and had been in talk therapy on and off since her thirties. Two of the medications helped for a while. None of them, she says, ever gave her back the version of herself she remembered from her twenties. "I was functional. I went to work, I fed my kids, I smiled at the right moments. Inside it was like living in a house where every room had the lights turned down."</p>

<h2>Getting started</h2>
<p>Her psychiatrist of many years suggested ketamine-assisted psychotherapy after a particularly bad winter. Marisol's first appointment at Stillwater was not with ketamine at all, but a ninety-minute assessment with Dr. Naomi Feld, one of our psychiatrists, and a second meeting with Aaron Pike, the licensed clinical social worker who would become her therapist. They went through her medical history, her blood pressure, her medications and her family history. Dr. Feld asked about alcohol and drug use, about voices and unusual experiences, about her heart.</p>
<p>"I remember being surprised by how many questions there were about things that had nothing to do with being sad," Marisol says. "And how much time they spent asking what I actually wanted. Nobody had asked me that in years."</p>
<p>Because she had never experienced a dissociative medicine before, the team planned two preparation sessions with Aaron before her first dosing session. They talked about what the experience might feel like, what to do if it became frightening, and what she hoped to work on. Marisol chose a theme she had avoided in therapy for a long time: her relationship with her late mother.</p>

<h2>The sessions</h2>
<p>At Stillwater, dosing sessions take place in one of two treatment rooms with dimmed lights, a reclining chair and a blood pressure monitor. A nurse stays nearby for the whole session and checks vital signs; the therapist remains in the room. Marisol's first three sessions used sublingual lozenges; for later sessions, in line with her treatment plan, she received intramuscular injections administered by our nurse, with the dose set by Dr. Feld.</p>
<p>Her first session was, in her words, "strange and kind of boring." She felt heavy and distant, and noticed the music more than anything else. The second was different. "At some point I was looking at my mother's kitchen from above, like a doll's house. I wasn't sad exactly. I was watching myself be twelve years old and trying so hard to be good. And I felt something for that girl I had never let myself feel."</p>
<p>The day after each dosing session she met Aaron again for an integration session. "That's the part people don't talk about on the internet," she says. "The medicine opened a door, but the work was in the room the next day, talking it through with someone who knew me."</p>
<p>Not everything went smoothly. During her fourth session her blood pressure rose above the threshold the team had agreed in advance, and the nurse paused the session. Marisol was frustrated at first. "In hindsight I'm glad they were strict about it. It made me trust them more."</p>

<h2>Afterwards</h2>
<p>Marisol completed six dosing sessions over seven weeks, each followed by integration therapy. Her depression scores, which we track before every session, fell from the severe range to the mild range by the end of the series. Two months later they had crept up again, and after discussion with Dr. Feld she returned for two booster sessions in the spring.</p>
<p>"I want to be honest, because I wish someone had been honest with me," she says. "It did not cure me. I still take an antidepressant. I still have bad weeks. But the lights are on in more rooms now. I can tell the difference between a bad day and a bad life."</p>
<p>She has one warning for people reading about ketamine online. "I saw the websites that will mail it to you after a quiz. I understand why people are tempted; I was desperate too. But what helped me was the preparation, the nurse who stopped my session, the therapist who sat with me the next day. I don't think a package in the mail would have done that."</p>

<h2>About ketamine-assisted psychotherapy at Stillwater</h2>
<p>Our programme combines psychotherapy with ketamine administered by our medical team in our office. Every patient has a psychiatric assessment before treatment, and we do not accept everyone: people with uncontrolled high blood pressure, certain heart conditions, a history of psychosis or active substance use problems are usually better served by other treatments, and we help them find those. Ketamine is used off-label for depression; we discuss the evidence, the uncertainties and the risks, including dependence, in detail before you decide.</p>
<p>If you would like to talk about whether KAP might be right for you, <a href="/inquiry">make an inquiry</a> or ask your own clinician to refer you. Fees for assessment, preparation, dosing and integration sessions are listed on our <a href="/fees">fees page</a>.</p>
</article>
<aside>
<h3>More stories</h3>
<p><a href="/stories/dev">Dev, 29: PTSD after military service</a></p>
<p><a href="/stories/ruth">Ruth, 67: "I was the oldest person in the waiting room"</a></p>
<p><a href="/stories/when-it-didnt-work">When it didn't work: three patients talk about non-response</a></p>
</aside>
</main>
<footer>
<p>Stillwater Center for Ketamine-Assisted Psychotherapy &middot; 17 Linden Street, Second Floor &middot; (802) 555-0177</p>
<p>Medical care provided by Stillwater Psychiatric Associates, PLLC. Not an emergency service: if you are in crisis, call or text 988.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/accessibility">Accessibility</a></p>
</footer>
""")

p("h11127", "https://stbrendanshealth.example/newsroom/2026/interventional-psychiatry-unit-opens", "clinic", False, "en",
  "hospital-newsroom-press-release-service-launch", "St. Brendan's Health opens Interventional Psychiatry Service | Newsroom", """
<header class="hospital"><a href="/">St. Brendan's Health</a>
<nav><a href="/find-a-doctor">Find a doctor</a> <a href="/locations">Locations</a> <a href="/services">Services</a> <a href="/patients-visitors">Patients &amp; visitors</a> <a href="/newsroom">Newsroom</a> <a href="/mychart">MyChart</a> <a href="/give">Give</a></nav></header>
<main>
<p class="crumbs"><a href="/newsroom">Newsroom</a> &rsaquo; 2026</p>
<article>
<p class="tag">News release</p>
<h1>St. Brendan's Health opens Interventional Psychiatry Service offering IV ketamine, esketamine and TMS</h1>
<p class="date">September 9, 2026</p>
<p>St. Brendan's Health today opened its Interventional Psychiatry Service on the fourth floor of the Harlan Outpatient Pavilion. The service brings together treatments for adults whose depression has not improved with standard medication and therapy: intravenous ketamine, esketamine nasal spray (Spravato), transcranial magnetic stimulation and, through the inpatient unit, electroconvulsive therapy.</p>
<p>"For years our patients have had to choose between waiting months for a specialist, paying cash at a private clinic or, increasingly, buying something online that nobody has checked," said Dr. Imani Caldwell, chair of the Department of Psychiatry. "Treatment-resistant depression is common, and it deserves the same standard of hospital-based care we give to any other serious illness."</p>
<p>The service has eight treatment suites with continuous cardiac and blood pressure monitoring and is staffed by psychiatrists, anesthesiologists and psychiatric nurses. It is certified under the Spravato REMS. Patients are seen on referral from a psychiatrist, primary care physician or the hospital's own emergency and inpatient teams; every patient has a consultation before treatment is recommended.</p>
<p>St. Brendan's accepts most major insurance plans for esketamine and TMS. IV ketamine for depression is offered on a self-pay basis, with financial assistance available under the hospital's charity care policy. The service will also take part in a multi-site study comparing IV ketamine and esketamine in routine care.</p>
<p>Referring clinicians can reach the service at (614) 555-0119 or through the hospital's electronic referral system. Patients can ask their doctor for a referral or call for information.</p>
<h2>Media contact</h2>
<p>Rachel Dunmore, Communications &middot; media@stbrendanshealth.example &middot; (614) 555-0100</p>
</article>
<aside><h3>Related</h3><p><a href="/services/psychiatry/interventional">Interventional Psychiatry Service</a></p><p><a href="/newsroom/2026/behavioral-health-expansion">St. Brendan's breaks ground on behavioural health pavilion</a></p></aside>
</main>
<footer>St. Brendan's Health &middot; A non-profit health system &middot; <a href="/nondiscrimination">Non-discrimination</a> &middot; <a href="/price-transparency">Price transparency</a></footer>
""", noise="cookie")

p("h11128", "https://summitpainspine.example/position-statements/ketamine-2026.txt", "clinic", False, "en",
  "pain-clinic-position-statement-plaintext", "Summit Pain & Spine - Position statement on ketamine", """
SUMMIT PAIN & SPINE CENTER
Position statement: Ketamine in chronic pain care (adopted by our physician partners, November 2026)

1. Our clinic offers ketamine infusions for selected patients with complex regional pain syndrome, neuropathic pain and some other refractory pain conditions. Infusions are given in our procedure suite by our anesthesiologists, with continuous monitoring and a nurse at the bedside, after a full evaluation in our clinic.

2. We do not prescribe ketamine for use at home for pain. The evidence for long-term benefit outside a monitored setting is limited, and the risks of bladder injury, liver injury and dependence with repeated use are real.

3. In the last year, several of our patients showed us websites offering "ketamine for pain" lozenges, nasal sprays and vials after an online questionnaire, some paid for in cryptocurrency and shipped without any prescription. These sites are not clinics. We ask patients not to use them and to tell us if they have, without fear of being discharged from our care.

4. We support state and federal efforts to make legitimate, supervised treatment easier to reach, including insurance coverage for infusions where evidence supports it, and we oppose rules that would force patients with chronic pain toward unregulated sources.

5. Patients with questions about this statement can speak to their Summit physician at their next visit or call the clinic at (303) 555-0148.
""", ext="txt")
p("h11129", "https://rijnoeverziekenhuis.example/afdelingen/psychiatrie/esketamine", "clinic", False, "nl",
  "hospital-psychiatry-department-esketamine-page", "Esketamine-behandeling | Afdeling Psychiatrie | Rijnoever Ziekenhuis", """
<header><a href="/">Rijnoever Ziekenhuis</a> <nav><a href="/patienten">Patiënten en bezoekers</a> <a href="/afdelingen">Afdelingen</a> <a href="/verwijzers">Verwijzers</a> <a href="/werken-bij">Werken bij</a> <a href="/mijnrijnoever">MijnRijnoever</a></nav></header>
<main>
<p class="kruimel"><a href="/afdelingen">Afdelingen</a> &rsaquo; <a href="/afdelingen/psychiatrie">Psychiatrie</a> &rsaquo; Esketamine</p>
<h1>Behandeling met esketamine-neusspray</h1>
<p>Op de polikliniek Psychiatrie behandelen wij volwassenen met een ernstige depressie die onvoldoende is verbeterd na ten minste twee verschillende antidepressiva. Esketamine is een neusspray die u bij ons in het ziekenhuis gebruikt, onder toezicht van een verpleegkundige.</p>
<h2>Verwijzing</h2>
<p>U heeft een verwijzing nodig van uw psychiater of huisarts. Na ontvangst plannen wij een intakegesprek met een van onze psychiaters. Samen bekijken we of esketamine bij u past. De wachttijd voor een intake is op dit moment ongeveer zes weken.</p>
<h2>Hoe verloopt een behandeling?</h2>
<ul>
<li>De eerste vier weken komt u twee keer per week, daarna één keer per week en later eens per twee weken.</li>
<li>U gebruikt de neusspray zelf, terwijl de verpleegkundige meekijkt. Voor en na de toediening meten we uw bloeddruk.</li>
<li>Na de toediening blijft u minstens twee uur op de afdeling ter observatie.</li>
<li>Op de dag van de behandeling mag u niet zelf autorijden of fietsen. Laat u ophalen.</li>
<li>U blijft ook uw gewone antidepressivum gebruiken.</li>
</ul>
<h2>Vergoeding</h2>
<p>De behandeling valt onder de basisverzekering. Houd rekening met uw eigen risico. Heeft u vragen over vergoeding, neem dan contact op met uw zorgverzekeraar.</p>
<h2>Contact</h2>
<p>Polikliniek Psychiatrie, route 214. Bereikbaar op werkdagen van 8.30 tot 16.30 uur via 088 555 0214.</p>
</main>
<footer>Rijnoever Ziekenhuis &middot; <a href="/privacy">Privacy</a> &middot; <a href="/klachten">Klachten en complimenten</a></footer>
""", noise="cookie-nl")

p("h11130", "https://centroketaminamilano.example/", "clinic", False, "it",
  "clinic-abroad-home-page-whatsapp-booking", "Centro Infusioni Ketamina Milano | Terapia endovenosa con monitoraggio", """
<header><a href="/" class="logo">Centro Infusioni Ketamina Milano</a>
<nav><a href="/">Home</a> <a href="/terapia">La terapia</a> <a href="/equipe">L'équipe</a> <a href="/costi">Costi</a> <a href="/domande">Domande frequenti</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<section class="hero">
<h1>Infusioni di ketamina in un ambiente medico sicuro</h1>
<p>Il nostro centro ambulatoriale, autorizzato dalla Regione Lombardia, offre infusioni endovenose di ketamina a pazienti adulti con depressione resistente e dolore cronico, dopo una visita specialistica. Le infusioni sono eseguite da medici anestesisti con monitoraggio continuo di pressione, saturazione e frequenza cardiaca.</p>
<a class="btn" href="/contatti">Prenota una prima visita</a>
</section>
<section>
<h2>Come si svolge il percorso</h2>
<ol>
<li><strong>Prima visita</strong> con lo psichiatra o il terapista del dolore (60 minuti, 180 &euro;). Portate la documentazione clinica e l'elenco dei farmaci.</li>
<li><strong>Ciclo di infusioni</strong>: in genere sei sedute in due-tre settimane. Ogni infusione dura circa 40 minuti, seguita da un'ora di osservazione.</li>
<li><strong>Controlli</strong>: colloquio di verifica dopo la terza e la sesta seduta; eventuali richiami concordati con il medico.</li>
</ol>
<p>Pacchetto di sei infusioni: 2.400 &euro;, pagabile anche in tre rate. Rilasciamo fattura sanitaria detraibile.</p>
<p>Non potrete guidare il giorno dell'infusione: vi chiediamo di venire accompagnati.</p>
</section>
<section>
<h2>Prenotazioni</h2>
<p>Potete prenotare la prima visita telefonando allo 02 5550 1720 o scrivendo su WhatsApp al +39 347 555 0172 (solo per appuntamenti; non forniamo consulenze mediche né farmaci via chat). Segreteria aperta dal lunedì al venerdì, 9&ndash;18.</p>
<p>Riceviamo pazienti anche dalla Svizzera e dall'estero: la visita preliminare in presenza è sempre obbligatoria.</p>
</section>
</main>
<footer>Centro Infusioni Ketamina Milano S.r.l. &middot; Via Carlo Botta 21, Milano &middot; Direttore sanitario: Dott.ssa Giulia Ferraresi &middot; P.IVA 00000000000</footer>
""")

p("h11131", "https://chu-valmont.example/douleur/questionnaire-pre-consultation", "clinic", False, "fr",
  "hospital-pain-centre-intake-questionnaire", "Questionnaire pré-consultation | Centre d'évaluation et de traitement de la douleur | CHU de Valmont", """
<header><a href="/">CHU de Valmont</a> <nav><a href="/services">Services et consultations</a> <a href="/patients">Patients</a> <a href="/professionnels">Professionnels de santé</a> <a href="/recrutement">Recrutement</a></nav></header>
<main>
<h1>Centre d'évaluation et de traitement de la douleur (CETD)</h1>
<h2>Questionnaire à remplir avant votre première consultation</h2>
<p>Vous avez été adressé(e) au CETD par votre médecin. Merci de remplir ce questionnaire et de le rapporter le jour de votre rendez-vous, ou de le déposer sur le portail patient. Il aide l'équipe (médecins algologues, infirmières, psychologue) à préparer la consultation.</p>
<form>
<fieldset><legend>Votre douleur</legend>
<label>Depuis combien de temps avez-vous mal ? <input name="duree"></label>
<label>Où se situe la douleur ? (vous pouvez la dessiner sur le schéma joint)</label>
<label>Intensité moyenne sur la dernière semaine (0 = aucune douleur, 10 = douleur maximale imaginable) <input type="number" min="0" max="10"></label>
</fieldset>
<fieldset><legend>Traitements déjà essayés</legend>
<label>Médicaments (nom, dose, efficacité, effets indésirables) <textarea></textarea></label>
<label>Avez-vous déjà reçu de la kétamine (perfusion à l'hôpital, autre) ? <input type="radio" name="keta"> Oui <input type="radio" name="keta"> Non</label>
<label>Kinésithérapie, infiltrations, chirurgie, neurostimulation... <textarea></textarea></label>
</fieldset>
<fieldset><legend>Santé générale</legend>
<label>Antécédents cardiaques, hypertension, troubles psychiatriques, problèmes urinaires <textarea></textarea></label>
<label>Consommation d'alcool, de tabac, d'autres substances <textarea></textarea></label>
</fieldset>
</form>
<h2>À propos des perfusions de kétamine</h2>
<p>Certains patients du CETD peuvent bénéficier de perfusions de kétamine en hôpital de jour, lorsqu'elles sont indiquées après évaluation pluridisciplinaire. Elles sont réalisées sous surveillance médicale et ne sont jamais prescrites pour un usage à domicile. La décision est prise en consultation, pas sur la base de ce questionnaire.</p>
<p>Secrétariat du CETD : 03 55 50 42 10, du lundi au vendredi de 9 h à 16 h.</p>
</main>
<footer>CHU de Valmont &middot; <a href="/mentions-legales">Mentions légales</a> &middot; <a href="/donnees-personnelles">Données personnelles</a></footer>
""", noise="cookie-fr")
# ---------------------------------------------------------------- informational

p("h11132", "https://cedarvalleyinfusion.example/careers/registered-nurse-infusion", "informational", False, "en",
  "clinic-careers-page-rn-job-post", "Registered Nurse - Ketamine Infusion (Part-Time) | Careers | Cedar Valley Infusion Center", """
<header><a href="/">Cedar Valley Infusion Center</a> <nav><a href="/treatments">Treatments</a> <a href="/patients">For patients</a> <a href="/careers">Careers</a> <a href="/contact">Contact</a></nav></header>
<main>
<p><a href="/careers">&larr; All open positions</a></p>
<h1>Registered Nurse &ndash; Ketamine Infusion (Part-Time, 24 hrs/week)</h1>
<p class="meta">Location: Riverbend Rd clinic &middot; Schedule: Tue/Thu/Sat &middot; Pay: $44&ndash;$52/hour DOE &middot; Posted Nov 20, 2026</p>
<h2>About us</h2>
<p>Cedar Valley Infusion Center is a physician-led outpatient clinic providing IV ketamine infusions for depression, PTSD and chronic pain, Spravato treatment under the REMS programme, and IV hydration. We are a small team of two physicians, four nurses and three front-office staff.</p>
<h2>What you will do</h2>
<ul>
<li>Start peripheral IVs and administer ketamine infusions per physician order using programmable pumps</li>
<li>Monitor vital signs, level of consciousness and emergence reactions throughout the infusion and recovery</li>
<li>Supervise self-administration of esketamine nasal spray and complete REMS monitoring forms</li>
<li>Document in our EHR, reconcile controlled substance counts with a second licensed witness at the end of each shift</li>
<li>Support patients and families with a calm, non-judgemental presence</li>
</ul>
<h2>Requirements</h2>
<ul>
<li>Active RN licence in the state; BLS required, ACLS within 90 days of hire</li>
<li>Two or more years in PACU, ICU, ED, endoscopy or infusion nursing</li>
<li>Comfort working with patients in emotional distress; psychiatric nursing experience a plus</li>
</ul>
<h2>Benefits</h2>
<p>Paid time off pro-rated for part-time staff, continuing education allowance, 401(k) with match, free parking.</p>
<p><a class="btn" href="/careers/apply?job=rn-infusion">Apply now</a> &middot; Questions: careers@cedarvalleyinfusion.example</p>
<p class="eeo">Cedar Valley Infusion Center is an equal opportunity employer.</p>
</main>
<footer>&copy; 2026 Cedar Valley Infusion Center</footer>
""")

p("h11133", "https://lumenhome.example/careers/pmhnp-remote", "informational", False, "en",
  "telehealth-careers-page-np-job-post", "Psychiatric Nurse Practitioner (Remote) | Careers at Lumen Home", """
<header><a href="/">lumen<span>home</span></a> <nav><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/clinicians">Our clinicians</a></nav></header>
<main>
<h1>Psychiatric Mental Health Nurse Practitioner &ndash; Remote</h1>
<p class="meta">Full-time or part-time (0.5&ndash;1.0 FTE) &middot; Remote, US &middot; Must hold an active licence in CO, AZ or TX &middot; $135,000&ndash;$160,000 per year (1.0 FTE)</p>
<h2>The role</h2>
<p>Lumen Home is a telehealth practice providing clinician-led at-home ketamine treatment to adults with depression and anxiety. As a PMHNP on our clinical team you will conduct 60-minute psychiatric video evaluations, decide whether at-home ketamine is appropriate, refer patients to in-person or other care when it is not, prescribe and manage treatment, and observe first sessions live by video.</p>
<h2>You will</h2>
<ul>
<li>Carry a panel of roughly 90 active patients at 1.0 FTE, with protected time for documentation</li>
<li>Follow our written protocols for screening, blood pressure monitoring, dose adjustment and stopping treatment</li>
<li>Review session logs and symptom scores before approving refills</li>
<li>Take part in weekly case review with our psychiatrists and quarterly safety audits</li>
</ul>
<h2>You have</h2>
<ul>
<li>PMHNP-BC certification and at least two years of independent psychiatric practice</li>
<li>An individual DEA registration in your state of licensure, and the ability to obtain additional state licences (we pay)</li>
<li>Experience with treatment-resistant depression; ketamine or esketamine experience preferred but not required</li>
</ul>
<h2>Benefits</h2>
<p>Medical, dental and vision insurance, malpractice coverage, CME budget of $2,500, 25 days of paid leave, home-office stipend.</p>
<p><a class="btn" href="/careers/apply?role=pmhnp-remote">Apply</a></p>
<p class="small">Lumen Home is an equal opportunity employer. We will never ask candidates to pay for training or equipment.</p>
</main>
<footer>&copy; 2026 Lumen Health Technologies, Inc.</footer>
""")

p("h11134", "https://dailyledger-news.example/health/2026/12/03/questionnaire-ketamine-sites-crackdown", "informational", False, "en",
  "news-article-questionnaire-sites-vs-telehealth-long", "As regulators close in on 'questionnaire-only' ketamine sites, real providers say they are being drowned out | The Daily Ledger", """
<header class="masthead">
<a href="/" class="paper">The Daily Ledger</a>
<nav><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/health" class="on">Health</a> <a href="/science">Science</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="btn">Subscribe</a></nav>
</header>
<main>
<article>
<p class="section">Health &middot; Investigation</p>
<h1>As regulators close in on 'questionnaire-only' ketamine sites, real providers say they are being drowned out</h1>
<p class="standfirst">Dozens of websites styled as clinics sell ketamine after a two-minute quiz. Licensed infusion centres and telehealth practices say the copycats are stealing their names &mdash; and their patients.</p>
<p class="byline">By Danielle Ortiz-Bergman &middot; December 3, 2026 &middot; Updated 6:12 p.m.</p>

<p>The website looked like any other clinic's. A photo of a calm woman on a sofa, a row of smiling doctors in white coats, a button reading "Start your assessment." Within three minutes of answering nine multiple-choice questions, a reporter for The Daily Ledger had been "approved" for 20 ketamine tablets at $189, payable in Bitcoin for a 15 percent discount. Nobody asked for a name that matched an ID, a phone number or a medical record. The package, which arrived six days later in a plain envelope postmarked overseas, contained loose white tablets with no label.</p>
<p>That site, which called itself a "clinic," is one of at least 40 identified by The Daily Ledger over three months that market ketamine, esketamine or related chemicals to the public while presenting themselves as medical providers. Some copy text and photographs directly from licensed practices. Several list "medical directors" whose names do not appear in any state licensing database. Prices on the sites ranged from $140 to $320 for a starter order, and more than half offered discounts for cryptocurrency or accepted gift cards. At least a dozen directed buyers to Telegram or WhatsApp to complete an order.</p>

<h2>'They used our photos'</h2>
<p>Dr. Abena Osei, medical director of a telehealth practice that prescribes at-home ketamine after a video evaluation, said her team had found its own clinicians' headshots on two such sites this year. "Patients call us angry because they paid somebody in crypto and nothing came, and they think it was us," she said. "We have had to publish warnings on our own website explaining that we will never message them on Telegram."</p>
<p>Similar complaints came from brick-and-mortar clinics. The owner of an infusion centre in Oregon, who asked that the clinic not be named because it had received threats, said a site using a near-identical name had been advertising "home infusion kits" to people in her city. "We have nurses, monitors and a crash cart in every room," she said. "These people send vials in the mail."</p>

<h2>A crowded, confusing market</h2>
<p>Part of the difficulty, experts say, is that the legitimate market itself is diverse. Ketamine is approved as an anaesthetic and used off-label for depression at hundreds of infusion clinics. Esketamine nasal spray is approved for treatment-resistant depression but can only be given in certified settings under a federal safety programme. A smaller number of telehealth practices prescribe oral or sublingual ketamine for use at home after a remote evaluation, with medication dispensed by licensed pharmacies.</p>
<p>"From the outside, a genuine telehealth practice and a pill mill with a nice website can look very alike," said Prof. Lionel Ashgrove, who studies online pharmacy markets at a public university. "Both have a checkout. Both ship to your door. The difference is whether there is a real clinician relationship behind it &mdash; a licensed person who sees you, can say no, and follows up. The fake ones almost never say no."</p>
<p>Ashgrove's group found that of 112 sites marketing ketamine to US consumers in 2026, roughly a third were associated with verifiably licensed practices, a third were clearly illicit, and the rest were affiliate and review sites that funnelled traffic to one or the other &mdash; often to the illicit ones, which pay higher commissions.</p>

<h2>Regulators act</h2>
<p>In November, federal regulators sent warning letters to operators of 14 websites selling ketamine and esketamine without prescriptions, and two state medical boards issued consumer alerts about sites impersonating licensed clinics. Domain registrars have suspended several of the sites named in the letters, though at least three reappeared under new addresses within days.</p>
<p>Legitimate providers have also come under scrutiny. One large telehealth company agreed this year to tighten its screening after a state review, and a pharmacy partner of another was dropped after it dispensed refills without a current prescription &mdash; a lapse the telehealth practice itself disclosed in its annual outcomes report.</p>

<p>Patient advocates worry that the focus on fake sites could also make it harder for people to reach genuine care. "Most of the people who end up on these websites are not thrill-seekers. They are people who have waited eight months for a psychiatrist," said Marla Quinones of a national depression support alliance. "If we shut down the fakes without fixing access, they will just find the next one." Her group is pushing for insurers to cover esketamine observation time and for states to publish simple, searchable lists of licensed ketamine providers.</p>

<h2>What patients can check</h2>
<p>Clinicians interviewed for this article offered a few tests. A real provider will have a named clinician you can look up on a state licensing site. It will evaluate you live, usually by video or in person, before any prescription, and it will sometimes turn you down. Medication comes from a licensed pharmacy or is given in the clinic. It will not ask for payment in cryptocurrency or gift cards, and it will not promise "stealth" packaging or free reshipment if customs seize a parcel.</p>
<p>"Anyone who guarantees approval is not practising medicine," said Dr. Imani Caldwell, who chairs psychiatry at a hospital system that opened an interventional psychiatry unit in September. "They are selling a product."</p>
<p>Several of the sites contacted for this article did not respond. One, reached through its Telegram support account, replied that it was "an international wellness provider not subject to US law" and offered the reporter a discount code.</p>
<p class="endnote">If you or someone you know is struggling, call or text 988 to reach the Suicide &amp; Crisis Lifeline.</p>
</article>
<aside class="related"><h3>Related coverage</h3>
<p><a href="/health/2026/09/ketamine-clinic-boom">The ketamine clinic boom, by the numbers</a></p>
<p><a href="/health/2026/10/esketamine-access-rural">Rural patients drive hours for esketamine</a></p>
<p><a href="/opinion/2026/11/telehealth-controlled-substances">Opinion: Don't throw telehealth out with the pill mills</a></p></aside>
</main>
<footer><p>&copy; 2026 The Daily Ledger. All rights reserved. <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/corrections">Corrections</a></p></footer>
""", noise="cookie")
p("h11135", "https://medicalboard.state.example/consumer-alerts/2026-11-impersonated-ketamine-clinics", "informational", False, "en",
  "state-medical-board-consumer-alert", "Consumer Alert: Websites Impersonating Licensed Ketamine Clinics | State Board of Medical Examiners", """
<header class="gov"><div class="banner">An official website of the State</div>
<a href="/">State Board of Medical Examiners</a>
<nav><a href="/licensees">Licensees</a> <a href="/verify">Verify a licence</a> <a href="/complaints">File a complaint</a> <a href="/consumer-alerts">Consumer alerts</a> <a href="/about">About the Board</a></nav></header>
<main>
<h1>Consumer Alert: Websites impersonating licensed ketamine clinics</h1>
<p class="date">Issued November 21, 2026</p>
<p>The Board has received complaints from licensees and members of the public about websites and social media accounts that use the names, logos and photographs of licensed ketamine infusion clinics and telehealth practices in this state to sell ketamine and esketamine products directly to consumers.</p>
<p>These websites typically:</p>
<ul>
<li>describe themselves as a "clinic," "REMS center" or "online practice";</li>
<li>offer approval after an online questionnaire, without a live examination by a licensed practitioner;</li>
<li>request payment by cryptocurrency, gift card or peer-to-peer payment apps;</li>
<li>direct customers to messaging apps such as Telegram or WhatsApp to place orders;</li>
<li>promise discreet packaging or reshipment if a parcel is seized.</li>
</ul>
<p>Ketamine is a Schedule III controlled substance. It may be prescribed only by a practitioner with a valid licence and registration, in the course of a legitimate practitioner&ndash;patient relationship. Esketamine nasal spray may only be administered in a certified healthcare setting. Products bought from the websites described above may be counterfeit, contaminated or mislabelled.</p>
<h2>What you can do</h2>
<ul>
<li>Verify any practitioner's licence using the Board's <a href="/verify">licence lookup</a>.</li>
<li>Contact the clinic directly using a phone number you find independently, not one listed on the suspicious site.</li>
<li>Report suspicious sites to the Board through our <a href="/complaints">complaint form</a>, and to the FDA.</li>
</ul>
<p>Licensees whose names or materials have been misused are encouraged to notify the Board and to post a notice on their own websites.</p>
<p class="contact">Media inquiries: Office of Communications, (555) 010-2200</p>
</main>
<footer>State Board of Medical Examiners &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/public-records">Public records</a></footer>
""")

p("h11136", "https://findketaminecare.example/co/boulder", "informational", False, "en",
  "directory-listing-page-third-person", "Ketamine Clinics & Providers near Boulder, CO (6) | FindKetamineCare", """
<header><a href="/">FindKetamineCare</a> <form class="search"><input value="Boulder, CO"> <select><option>All treatment types</option><option>IV ketamine</option><option>Spravato</option><option>KAP</option><option>Telehealth</option></select> <button>Search</button></form></header>
<main>
<h1>Ketamine providers near Boulder, CO</h1>
<p class="count">6 results within 25 miles &middot; Sorted by distance &middot; <a href="/how-we-list">How we verify listings</a></p>
<div class="listing"><h2>Flatirons Infusion Therapy</h2><p>IV ketamine infusion clinic &middot; 1.2 mi &middot; Medical director board-certified in anesthesiology &middot; Self-pay; superbills provided. The clinic requires a consultation before the first infusion.</p><p class="badges">Licence verified &middot; Updated Oct 2026</p></div>
<div class="listing"><h2>Foothills Behavioral Health &ndash; Spravato Program</h2><p>REMS-certified esketamine treatment centre within an outpatient psychiatry group &middot; 3.8 mi &middot; Accepts most commercial plans and Medicare; referral preferred.</p><p class="badges">REMS certified &middot; Licence verified</p></div>
<div class="listing"><h2>Canyon Path KAP Collective</h2><p>Ketamine-assisted psychotherapy practice run by a psychiatrist and three licensed therapists &middot; 4.1 mi &middot; Group and individual formats.</p><p class="badges">Licence verified</p></div>
<div class="listing"><h2>Lumen Home</h2><p>Telehealth practice offering at-home sublingual ketamine after a video evaluation, available to Colorado residents &middot; Online.</p><p class="badges">Licence verified &middot; Telehealth</p></div>
<div class="listing"><h2>Front Range Pain Institute</h2><p>Pain medicine practice; ketamine infusions for CRPS and neuropathic pain in an ambulatory surgery centre &middot; 9.7 mi &middot; Insurance with prior authorisation.</p><p class="badges">Licence verified</p></div>
<div class="listing"><h2>University Hospital Interventional Psychiatry</h2><p>Hospital service offering IV ketamine, esketamine, TMS and ECT &middot; 23 mi &middot; Referral required.</p><p class="badges">Hospital</p></div>
<p class="disclaimer">FindKetamineCare is an independent directory and does not provide medical care. Listings are not endorsements. We remove providers that sell medication without an evaluation; <a href="/report">report a listing</a>.</p>
</main>
<footer>&copy; 2026 FindKetamineCare &middot; <a href="/for-providers">Claim your listing</a></footer>
""")

p("h11137", "https://trialsregistry.example/study/KX-2026-0418", "informational", False, "en",
  "trial-registry-entry-plaintext", "Pragmatic trial of IV ketamine vs esketamine in community clinics", """
Study record: KX-2026-0418
Title: Pragmatic comparison of intravenous ketamine and esketamine nasal spray for treatment-resistant depression in community and hospital settings (PRAKTIK-TRD)
Status: Recruiting
Sponsor: University Department of Psychiatry, with funding from a national research agency
Sites: 11 (4 hospital interventional psychiatry services, 5 independent infusion clinics, 2 REMS-certified outpatient psychiatry practices)

Brief summary: Adults with major depressive disorder who have not responded to at least two antidepressants will be randomised to a course of IV ketamine infusions or esketamine nasal spray, delivered in routine care at participating clinics. Participants referred by telepsychiatry services are eligible if they can attend a participating site in person. The primary outcome is change in MADRS score at week 6, rated by blinded assessors by video. Secondary outcomes include remission, relapse through week 26, blood pressure events, dissociation, cost to patients, and number of visits missed because of travel.

Key inclusion: age 18-70; current major depressive episode; two or more adequate antidepressant trials.
Key exclusion: psychotic disorder; substance use disorder in the past 12 months; uncontrolled hypertension; pregnancy.
Enrollment target: 620
Contact: praktik-trd@univ-psychiatry.example
Note: Participants will not receive study medication at home. The study does not charge participants for treatment.
""", ext="txt")

p("h11138", "https://diariosaludhoy.example/actualidad/sanidad-alerta-falsas-clinicas-ketamina", "informational", False, "es",
  "news-article-health-authority-warning", "Sanidad alerta de falsas clínicas que venden ketamina por internet | Diario Salud Hoy", """
<header><a href="/">Diario Salud Hoy</a> <nav><a href="/actualidad">Actualidad</a> <a href="/profesionales">Profesionales</a> <a href="/farmacia">Farmacia</a> <a href="/salud-mental">Salud mental</a> <a href="/opinion">Opinión</a></nav></header>
<main>
<article>
<p class="seccion">Salud mental</p>
<h1>Sanidad alerta de falsas clínicas que venden ketamina y esketamina por internet</h1>
<p class="entradilla">Las webs se presentan como centros médicos, piden pago en criptomonedas o Bizum y envían el producto sin receta ni consulta</p>
<p class="firma">Redacción &middot; 26 de noviembre de 2026</p>
<p>La Agencia Española de Medicamentos y Productos Sanitarios (AEMPS) ha advertido de la existencia de páginas web y perfiles en redes sociales que se hacen pasar por clínicas y ofrecen ketamina y espray nasal de esketamina "a domicilio" y "sin receta". Según la agencia, se trata de una venta ilegal de medicamentos sujetos a prescripción, cuyo origen y composición se desconocen.</p>
<p>Algunas de estas webs utilizan nombres muy parecidos a los de centros sanitarios reales y fotografías de profesionales tomadas de otras páginas. Ofrecen cajas de ampollas a partir de 180 euros y atienden los pedidos por WhatsApp o Telegram. Varios centros legítimos han publicado avisos en sus propias webs para advertir a los pacientes de que nunca venden medicamentos por mensajería.</p>
<p>"La esketamina solo puede administrarse en un centro sanitario, bajo supervisión", recuerda la psiquiatra Elena Garrido, de un hospital público madrileño que la utiliza desde hace tres años. "Si alguien te la ofrece en casa, sin haberte visto, no es una clínica".</p>
<p>La AEMPS recomienda comprobar que una farmacia online está autorizada, desconfiar de cualquier oferta sin receta y denunciar las webs sospechosas. Las asociaciones de pacientes con depresión piden además reducir las listas de espera en salud mental, que consideran el caldo de cultivo de estas ofertas.</p>
</article>
</main>
<footer>&copy; 2026 Diario Salud Hoy &middot; <a href="/aviso-legal">Aviso legal</a></footer>
""", noise="cookie-es")

p("h11139", "https://verbraucherschutz-gesundheit.example/ratgeber/ketamin-online-kliniken", "informational", False, "de",
  "consumer-advice-article-fake-online-clinics", "Ketamin aus dem Netz: So erkennen Sie unseriöse Online-Kliniken | Verbraucherschutz Gesundheit", """
<header><a href="/">Verbraucherschutz Gesundheit e.V.</a> <nav><a href="/ratgeber">Ratgeber</a> <a href="/beratung">Beratung</a> <a href="/presse">Presse</a> <a href="/ueber-uns">Über uns</a></nav></header>
<main>
<article>
<h1>Ketamin aus dem Netz: So erkennen Sie unseriöse Online-Kliniken</h1>
<p class="stand">Stand: 1. Dezember 2026</p>
<p>Immer mehr Websites werben mit "Ketamintherapie für zu Hause" oder "Esketamin-Nasenspray ohne Wartezeit". Viele treten wie Arztpraxen auf, mit Fotos von Ärztinnen und Ärzten und einem Online-Fragebogen. Unsere Beratungsstellen hören von Betroffenen, die per Bitcoin bezahlt und nie etwas erhalten haben &ndash; oder ein unbeschriftetes Pulver.</p>
<h2>Was seriöse Anbieter auszeichnet</h2>
<ul>
<li>Es gibt ein vollständiges Impressum mit Praxisanschrift, Ärztekammer und Namen der behandelnden Ärztinnen und Ärzte.</li>
<li>Vor jeder Verordnung findet ein persönliches Gespräch statt, in der Praxis oder per Videosprechstunde. Ein Fragebogen allein reicht nicht.</li>
<li>Esketamin-Nasenspray wird nur in der Praxis oder Klinik unter Aufsicht angewendet, nicht zu Hause.</li>
<li>Rezeptpflichtige Arzneimittel kommen aus einer zugelassenen Apotheke, nicht "aus einem Lager in den Niederlanden".</li>
</ul>
<h2>Warnsignale</h2>
<ul>
<li>"Kein Rezept nötig", "automatische Freigabe"</li>
<li>Bezahlung nur per Kryptowährung, Gutscheinkarten oder Vorkasse</li>
<li>Bestellung über Telegram oder WhatsApp</li>
<li>Versprechen wie "neutraler Versand" oder "kostenloser Neuversand bei Zollbeschlagnahme"</li>
</ul>
<p>Wer Ketamin ohne Rezept bestellt, riskiert nicht nur seine Gesundheit, sondern macht sich unter Umständen auch strafbar. Im Zweifel hilft Ihre Hausarztpraxis, eine psychiatrische Institutsambulanz oder unsere <a href="/beratung">Beratung</a> weiter.</p>
</article>
</main>
<footer>Verbraucherschutz Gesundheit e.V. &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h11140", "https://jornalsaudept.example/noticias/infarmed-alerta-venda-escetamina-online", "informational", False, "pt",
  "news-article-regulator-alert-portugal", "Infarmed alerta para venda ilegal de escetamina e cetamina online | Jornal Saúde", """
<header><a href="/">Jornal Saúde</a> <nav><a href="/noticias">Notícias</a> <a href="/medicamento">Medicamento</a> <a href="/saude-mental">Saúde mental</a> <a href="/entrevistas">Entrevistas</a></nav></header>
<main>
<article>
<h1>Infarmed alerta para venda ilegal de escetamina e cetamina em sites que imitam clínicas</h1>
<p class="data">2 de dezembro de 2026</p>
<p>O Infarmed emitiu um alerta sobre sites e perfis em redes sociais que vendem escetamina em spray nasal e cetamina em comprimidos ou ampolas, apresentando-se como clínicas ou serviços de telemedicina. Segundo a autoridade do medicamento, estes vendedores não pedem receita médica, aceitam pagamento em criptomoedas e enviam as encomendas por correio em embalagens sem identificação.</p>
<p>A escetamina está autorizada para a depressão resistente ao tratamento, mas a sua administração faz-se em meio hospitalar, sob vigilância de profissionais de saúde. "Não existe nenhuma forma legal de receber este medicamento em casa por correio", sublinha o Infarmed na nota.</p>
<p>Vários hospitais e clínicas portuguesas que disponibilizam o tratamento publicaram nos seus sites avisos aos doentes, lembrando que só marcam consultas pelos canais oficiais e que nunca vendem medicamentos. Um serviço de psiquiatria de Lisboa relatou ao Jornal Saúde que recebeu chamadas de pessoas que julgavam ter encomendado o spray "ao hospital" através de uma página com o seu logótipo.</p>
<p>O Infarmed recomenda que os cidadãos comprem medicamentos apenas em farmácias e locais de venda autorizados, verifiquem se um site de venda online está registado e denunciem situações suspeitas.</p>
</article>
</main>
<footer>&copy; 2026 Jornal Saúde &middot; <a href="/estatuto-editorial">Estatuto editorial</a></footer>
""", noise="cookie-pt")

save(OUT, R)
