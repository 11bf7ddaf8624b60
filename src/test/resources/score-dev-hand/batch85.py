# Batch 85 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Long reads". Most pages run well over 800 words on every side. Sellers bury the selling
# inside long, ordinary-looking text about ketamine, depression, research, safety or wellness, each in
# its own way (an order line mid-article, a price table, a coupon, payment/shipping details, a
# messenger contact, a product box, a "no doctor" sign-up form, an affiliate link). Telehealth and
# clinics publish long guides, blog posts and FAQs; informational pages are long news features,
# investigations, government and harm-reduction guides, a forum thread, drug-checking results and
# research summaries, several of them describing or quoting sellers' offers in detail.
# Mix: 14 sellers (flagged), 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, nl 2, pt 3, it 2).
# Shapes: mostly long articles with site chrome (menus, cookie banners, sidebars, comment sections,
# footers), a few medium pages and two 1-3 sentence plain-text snippets.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch85.py (writes batch85/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch85")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers

p("h8501", "https://arcadia-reagents.example/journal/ketamine-and-treatment-resistant-depression-25-years-of-research", "seller", True, "en",
  "rc-shop-long-research-article-product-box-at-end", "Ketamine and Treatment-Resistant Depression: 25 Years of Research | Arcadia Reagents Journal", """
<header class="site-header">
<a class="logo" href="/">ARCADIA REAGENTS</a>
<nav><a href="/shop">Shop</a> <a href="/shop/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/shop/tryptamines">Tryptamines</a> <a href="/journal">Journal</a> <a href="/coa">Lab results</a> <a href="/faq">FAQ</a> <a href="/cart">Cart (0)</a></nav>
<div class="topbar">Free tracked shipping on orders over &euro;150 &middot; Same-day dispatch before 2 pm CET</div>
</header>
<main class="article">
<p class="crumbs"><a href="/journal">Journal</a> / Pharmacology</p>
<h1>Ketamine and Treatment-Resistant Depression: 25 Years of Research</h1>
<p class="byline">By the Arcadia editorial team &middot; 14 min read</p>

<p>In the spring of 2000 a small group of psychiatrists at Yale published a paper that almost nobody read at the time. Seven patients with major depression received a single slow intravenous infusion of ketamine, an old anaesthetic best known from operating theatres and veterinary practice, and within hours several of them reported that their mood had lifted. The sample was tiny, the design was simple, and yet that paper is now cited as the beginning of the most important change in depression research since the arrival of the SSRIs.</p>

<p>This article walks through what happened next: the replication studies, the search for a mechanism, the arrival of esketamine as a branded nasal spray, and the questions that remain open a quarter of a century later. It is written for readers who want more than a headline but do not have time to read two hundred papers.</p>

<h2>Why "treatment-resistant" matters</h2>
<p>Most people with depression improve with the first or second treatment they try, whether that is psychotherapy, an antidepressant, or both. A substantial minority do not. The large STAR*D programme in the United States found that after four consecutive treatment steps roughly a third of patients still had not reached remission. Clinicians use the phrase treatment-resistant depression (TRD) for patients who have failed at least two adequate courses of antidepressant medication, and it is in this group that ketamine has been studied most intensively.</p>
<p>The problem with conventional antidepressants is not only that they sometimes fail; it is that they are slow. A patient typically waits four to six weeks before knowing whether a drug works, and then another four to six weeks for the next one. For someone with severe suicidal thoughts, that delay is dangerous. The appeal of ketamine was always its speed.</p>

<h2>The replication years (2006&ndash;2013)</h2>
<p>In 2006 a team at the US National Institute of Mental Health repeated the Yale experiment with a randomised, placebo-controlled crossover design in eighteen patients who had failed an average of six previous treatments. Seventy-one percent responded within a day. Over the following years dozens of groups reported similar findings, and two patterns became clear. First, the antidepressant effect appears within hours and usually peaks at around 24 hours. Second, it fades: without repeated doses, most patients relapse within one to two weeks.</p>
<p>The trials also raised a methodological headache that has never fully gone away. Ketamine produces obvious dissociative effects at antidepressant doses, so patients and raters can often guess who received the active drug. Later trials used midazolam, a sedative, as an "active placebo" to make blinding harder to break, and the effect survived, though it was somewhat smaller.</p>

<h2>Looking for the mechanism</h2>
<p>Ketamine is classically described as an NMDA receptor antagonist: it blocks a channel that lets calcium into neurons when glutamate binds. The leading hypothesis is that blocking NMDA receptors on inhibitory interneurons produces a brief surge of glutamate, which in turn activates AMPA receptors, releases brain-derived neurotrophic factor and switches on the mTOR pathway. In animal studies this cascade leads to rapid growth of new dendritic spines in the prefrontal cortex, as if the drug were repairing connections worn down by chronic stress.</p>
<p>Other explanations compete with this one. A widely discussed 2016 study in mice suggested that a metabolite, hydroxynorketamine, carries the antidepressant effect without the dissociation. A small 2018 human study found that pretreatment with naltrexone, an opioid blocker, weakened ketamine's antidepressant action, implying a role for the opioid system; later studies did not all agree. The honest summary is that the mechanism is still debated.</p>

<h2>From racemic ketamine to esketamine</h2>
<p>Ketamine is a mixture of two mirror-image molecules, S-ketamine and R-ketamine. The S form binds NMDA receptors more strongly, and a pharmaceutical company developed it as a nasal spray for TRD. Esketamine was approved in the United States in 2019 and in Europe later that year, always in combination with an oral antidepressant and always administered under observation in a certified setting, because of sedation, dissociation and blood-pressure rises in the first two hours.</p>
<p>Interestingly, some preclinical work suggests R-ketamine may have longer-lasting antidepressant effects with fewer side effects, and small trials of arketamine are underway. The story of which enantiomer is "better" is not finished.</p>

<h2>Safety signals</h2>
<p>In controlled settings the short-term risks of a single dose are well characterised: transient dissociation, nausea, dizziness, raised heart rate and blood pressure. The long-term picture comes mostly from people who used ketamine recreationally and heavily, and it is sobering: ulcerative cystitis and bladder damage, abdominal pain sometimes called "K-cramps", memory problems and dependence. Whether these harms occur at the much lower and less frequent doses used in research is not fully known, which is one reason why responsible researchers insist on careful dosing records.</p>

<h2>Open questions for the next decade</h2>
<ul>
<li>How can the effect be maintained without escalating, frequent dosing?</li>
<li>Does combining ketamine with psychotherapy make the benefit last longer?</li>
<li>Are oral, sublingual and intramuscular routes comparable to intravenous infusion?</li>
<li>Which patients respond, and can a blood marker or brain scan predict it?</li>
</ul>
<p>Each of these questions depends on high-quality, well-characterised material. For independent laboratories and analytical teams that is exactly where reliable sourcing comes in.</p>

<h2>Reference material from Arcadia</h2>
<div class="product-box">
<img src="/img/products/ket-hcl-crystal.jpg" alt="Ketamine HCl crystalline">
<h3>Ketamine HCl &mdash; crystalline, &ge;99.2% (HPLC)</h3>
<p>Large shard crystal, racemic. Batch AR-K-2611, certificate of analysis available on the <a href="/coa">lab results</a> page.</p>
<table class="prices">
<tr><td>1 g</td><td>&euro;38.00</td></tr>
<tr><td>5 g</td><td>&euro;160.00</td></tr>
<tr><td>10 g</td><td>&euro;290.00</td></tr>
<tr><td>25 g</td><td>&euro;620.00</td></tr>
</table>
<form action="/cart/add" method="post"><select name="qty"><option>1 g</option><option>5 g</option><option>10 g</option><option>25 g</option></select> <button type="submit">Add to cart</button></form>
<p class="small">Sold strictly as a research chemical for in-vitro analytical use. Not for human consumption. By purchasing you confirm you are over 18. Payment by bank transfer, Bitcoin or Monero; vacuum-sealed, odour-proof and discreet packaging on all orders.</p>
</div>
<p>Also in stock: <a href="/shop/2-fdck">2-FDCK</a>, <a href="/shop/o-pce">O-PCE</a>, <a href="/shop/dck">Deschloroketamine (DCK)</a>.</p>

<h3>Further reading</h3>
<ol class="refs">
<li>Berman RM et al. Antidepressant effects of ketamine in depressed patients. Biol Psychiatry. 2000.</li>
<li>Zarate CA et al. A randomized trial of an NMDA antagonist in treatment-resistant major depression. Arch Gen Psychiatry. 2006.</li>
<li>Murrough JW et al. Antidepressant efficacy of ketamine in treatment-resistant major depression: a two-site randomized controlled trial. Am J Psychiatry. 2013.</li>
</ol>
</main>
<aside class="sidebar"><h4>Popular in the Journal</h4><ul><li><a href="/journal/what-is-an-arylcyclohexylamine">What is an arylcyclohexylamine?</a></li><li><a href="/journal/reading-a-coa">How to read a certificate of analysis</a></li><li><a href="/journal/storage-of-hygroscopic-salts">Storing hygroscopic salts</a></li></ul></aside>
<footer>&copy; Arcadia Reagents. All products are intended for laboratory research only. <a href="/terms">Terms</a> &middot; <a href="/shipping">Shipping</a> &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h8502", "https://stillwaterwellness.example/blog/microdosing-ketamine-for-anxiety-complete-guide", "seller", True, "en",
  "wellness-blog-guide-telegram-order-line-mid-article", "Microdosing Ketamine for Anxiety: The Complete 2026 Guide - Stillwater Wellness", """
<div class="nav-wrap"><a href="/" class="brand">stillwater wellness</a>
<ul class="menu"><li><a href="/blog">Journal</a></li><li><a href="/rituals">Rituals</a></li><li><a href="/breathwork">Breathwork</a></li><li><a href="/about">Our story</a></li><li><a href="/contact">Say hello</a></li></ul></div>
<article>
<h1>Microdosing Ketamine for Anxiety: The Complete 2026 Guide</h1>
<p class="meta">Posted by Maya &middot; Mind &amp; Mood &middot; 22 comments</p>
<figure><img src="/wp-content/uploads/2026/03/still-lake.jpg" alt="A calm lake at dawn"><figcaption>Stillness is a skill, not a personality trait.</figcaption></figure>

<p>If you have ever lain awake at three in the morning running the same worry on a loop, you already know that anxiety is not really about the thing you are anxious about. It is about a nervous system that has forgotten how to come back down. Over the last few years more and more people in our community have asked us about one particular tool for that: very small, regular doses of ketamine. This guide is our attempt to put everything we have learned in one place, honestly, including the parts that are not so glamorous.</p>

<h2>What "microdosing" actually means</h2>
<p>Microdosing simply means taking an amount of a substance too small to produce an obvious altered state. With psilocybin people talk about a tenth of a "normal" dose. With ketamine the idea is similar: you are not looking for the floaty, dissociated feeling people associate with the drug, you are looking for a gentle softening, a bit more room between you and your thoughts. Most of the people we speak to describe it as "the volume being turned down" rather than any kind of high.</p>
<p>It is worth saying plainly that the formal research on ketamine has mostly used larger doses given in clinics, usually by infusion, and mostly for depression rather than anxiety. There are a handful of small studies on social anxiety and generalised anxiety that look encouraging, and a lot of anecdote. We are not doctors and we will not pretend the evidence is stronger than it is.</p>

<h2>Why people are drawn to it</h2>
<p>The reasons we hear again and again are: the SSRI made me feel flat; the benzodiazepines worked but scared me; therapy helps but I cannot get my body to calm down enough to use what I learn. Ketamine appeals because it seems to work quickly and because, at small amounts, people feel they can still function, go to work, look after their kids.</p>
<p>There is also something about ritual. A microdosing practice tends to come with other habits: journaling, a walk in the morning, less alcohol, a breathwork session before bed. It is genuinely hard to know how much of the benefit comes from the molecule and how much from finally paying attention to yourself. Our view is that it does not matter too much. If the practice helps you build a better routine, that is a win.</p>

<h2>A typical protocol</h2>
<p>There is no official protocol, so take this as a description of what our readers report rather than a prescription. Most start very low, often between 10 and 25 mg taken as a lozenge held under the tongue, two or three times a week, never on consecutive days. They keep a simple log: time, amount, mood before and after, sleep that night. After two to three weeks they take a full week off to see what has changed. Many settle into a rhythm of one "on" month followed by a break.</p>

<div class="callout">
<p><strong>Where our community sources:</strong> we get asked this every single day, so here it is. We work with a small, trusted supplier who presses pharmaceutical-grade lozenges in 10 mg and 25 mg strengths. No clinic visits, no questionnaires, no waiting lists. To order, message <strong>@stillwater_supply</strong> on Telegram with the word <em>CALM</em>; you will get the current menu and payment details (we use USDT or BTC). Parcels go out twice a week in plain packaging, tracked within the US and EU.</p>
</div>

<h2>Set, setting and the small stuff</h2>
<p>Even at low doses, where and how you take something matters. Choose a time when you have no driving or heavy decisions ahead for a few hours. Eat lightly beforehand; nausea is the most common complaint we hear. Sit somewhere comfortable. Some people like quiet instrumental music, others prefer to go about a slow chore like folding laundry or watering plants. The aim is to notice, not to escape.</p>
<p>Write down one intention before you start. It does not have to be profound: "notice where I hold tension" is a perfectly good one. At the end of the day, write a line or two about what you noticed. Over weeks this becomes a surprisingly useful record.</p>

<h2>Things that can go wrong</h2>
<p>Ketamine is not a vitamin. People who use it heavily and often can develop bladder problems, which start as needing to pee urgently and can become painful and serious. Tolerance builds quickly, which is one reason we suggest breaks. Some people find that the "softening" slides into avoidance: using it to not feel things rather than to feel them more gently. And mixing it with alcohol, benzodiazepines or opioids is a genuinely bad idea because the sedative effects stack.</p>
<p>If you have a history of psychosis, uncontrolled high blood pressure or heart problems, or you are pregnant, this is not for you. If you find you are reaching for it more often than you planned, that is a sign to stop and talk to someone.</p>

<h2>Pairing it with other practices</h2>
<p>The people who seem to get the most from microdosing combine it with something that builds skills. Our favourites are box breathing (in four, hold four, out four, hold four), a ten-minute body scan, and cold water on the face when the panic starts. A therapist who is open to talking about your practice without judgement is worth their weight in gold.</p>

<h2>Final thoughts</h2>
<p>Anxiety is exhausting, and wanting relief is not a weakness. Whatever you decide, go slowly, keep notes, take breaks and stay curious. If you want to share your own experience, the comments are open and moderated with care.</p>
</article>
<section class="comments"><h3>22 comments</h3>
<div class="c"><b>Jen R.</b> This was so helpful. Week three and I'm sleeping better than I have in a year.</div>
<div class="c"><b>Tomasz</b> Got my order from the Telegram contact, arrived in 6 days to Poland, very discreet. Thank you Maya!</div>
<div class="c"><b>Ana</b> Do you have a version of this for depression?</div>
</section>
<footer><p>Stillwater Wellness shares personal experiences for educational purposes. Nothing here is medical advice.</p><p><a href="/privacy">Privacy</a> &middot; <a href="/disclaimer">Disclaimer</a></p></footer>
""", noise="cookie")

p("h8503", "https://safer-k.example/guides/ketamine-safety-everything-you-need-to-know", "seller", True, "en",
  "harm-reduction-styled-safety-guide-price-table-halfway", "Ketamine Safety: Everything You Need to Know (Updated) | Safer K", """
<header><div class="logo">SAFER&nbsp;K</div>
<nav><a href="/">Home</a> | <a href="/guides">Guides</a> | <a href="/menu">Menu</a> | <a href="/delivery">Delivery</a> | <a href="/contact">Contact</a></nav></header>
<div class="wrap">
<main>
<h1>Ketamine Safety: Everything You Need to Know</h1>
<p><em>Last reviewed: November 2026. Reading time about 12 minutes.</em></p>
<p>We believe people are going to take ketamine whether anyone approves or not, so the useful question is how to do it with the least damage. This page pulls together the practical safety information we wish someone had handed us years ago. Read it all the way through at least once, even if you think you know it already. Most of the bad nights we hear about come from people who thought they knew it already.</p>

<h2>1. Know what you have</h2>
<p>The single biggest risk is not ketamine itself but not knowing what is in the bag. Over the last few years testing services across Europe have found "ketamine" that was actually 2-FDCK, deschloroketamine, methoxetamine, or cut with caffeine, lidocaine or even PMK residues. These substances have different strengths and durations. A dose that is comfortable with one can put you somewhere very uncomfortable with another. Reagent test kits (Mandelin, Morris, Liebermann) can give a rough indication; lab testing is better where it is available.</p>

<h2>2. Start low, wait, then decide</h2>
<p>Snorted ketamine comes on in five to fifteen minutes. The classic mistake is redosing at minute ten because "nothing is happening", then having both doses land at once. Weigh your doses on a milligram scale if you possibly can. Eyeballing a line from a pile of crystal is how people end up in a K-hole they did not intend. Start with a small bump, wait a full twenty minutes, then decide.</p>

<h2>3. Never mix with depressants</h2>
<p>Alcohol, GHB/GBL, benzodiazepines and opioids all slow breathing and all interact badly with ketamine. The combination of GHB and ketamine in particular is responsible for a large share of serious incidents at parties. If you have been drinking heavily, skip it for the night. If you take prescribed medication, look up interactions before, not after.</p>

<h2>4. Position and people</h2>
<p>At higher doses you may not be able to move or speak properly. Sit or lie down somewhere safe before it comes on, not at the top of stairs, not in a bath, not near water. Have at least one sober person around who knows what you have taken. If someone becomes unresponsive, put them in the recovery position and call emergency services. Paramedics are there to help, not to arrest anyone.</p>

<h2>5. Look after your bladder</h2>
<p>Ketamine is hard on the bladder. Frequent heavy use can cause ulcerative cystitis, with pain, blood in the urine and needing to go every few minutes. The damage can become permanent. Drink water, avoid daily use, and if you notice any urinary symptoms, stop and see a doctor and be honest with them about what you have been taking. Early on, stopping is often enough for the bladder to recover.</p>

<h2>Our current menu</h2>
<p>Everything we sell is tested in-house by reagent and independently by GC-MS before it is listed. Results for each batch are on the <a href="/menu">menu page</a>.</p>
<table class="menu">
<thead><tr><th>Product</th><th>1 g</th><th>3.5 g</th><th>7 g</th><th>14 g</th><th>28 g</th></tr></thead>
<tbody>
<tr><td>Ketamine &ndash; "Shard" (S/R racemic, 98%+)</td><td>&pound;30</td><td>&pound;90</td><td>&pound;160</td><td>&pound;290</td><td>&pound;520</td></tr>
<tr><td>Ketamine &ndash; "Needle" (fine crystal)</td><td>&pound;28</td><td>&pound;85</td><td>&pound;150</td><td>&pound;270</td><td>&pound;490</td></tr>
<tr><td>Ketamine 100 mg/ml vials (liquid, 10 ml)</td><td colspan="5">&pound;95 per vial &middot; 3 for &pound;250</td></tr>
</tbody></table>
<p>UK next-day delivery in vacuum-sealed, stealth packaging. Payment via BTC, LTC or XMR at checkout; first-time customers get 10% off with code <b>SAFE10</b>. We do not reship lost parcels outside the UK.</p>

<h2>6. Nasal care</h2>
<p>Crystal ketamine is abrasive. Crush it as finely as possible, rinse your nose with saline afterwards, and never share straws or notes: hepatitis C spreads this way. Alternate nostrils.</p>

<h2>7. Tolerance and dependence</h2>
<p>Tolerance to ketamine builds quickly, and many people who go from weekend use to daily use say it happened without them noticing. Signs that things are slipping: using alone, using in the morning, using to sleep, hiding amounts from friends. Keeping a diary of when and how much you take is a simple way to stay honest with yourself. Taking regular breaks of at least a few weeks lets tolerance reset and gives your bladder a rest.</p>

<h2>8. Mental health</h2>
<p>Ketamine can feel like relief from low mood, and there is real research on it for depression in clinical settings. That is not the same as self-medicating with street doses several times a week. If you notice that you are using because you feel awful, please also talk to someone: a GP, a friend, a helpline. Using and getting help are not mutually exclusive.</p>

<h2>9. In an emergency</h2>
<p>Call emergency services if someone is unconscious and cannot be woken, is breathing very slowly or irregularly, has a seizure, or has chest pain. Tell them what was taken. Stay with the person. If you are worried about police involvement, remember that in most places ambulance crews do not routinely call police for drug-related calls.</p>

<h2>Further help</h2>
<p>Drug testing and confidential advice are available through local harm reduction services. If you are struggling with your use, talk to your GP or a local drug service.</p>
</main>
<aside><h4>Other guides</h4><ul><li><a href="/guides/k-cramps">K-cramps explained</a></li><li><a href="/guides/reagent-testing">Reagent testing at home</a></li><li><a href="/guides/combos">Combinations chart</a></li></ul>
<h4>Order questions?</h4><p>Wickr / Session: <code>saferk_support</code></p></aside>
</div>
<footer>Safer K &middot; Adults only &middot; Read our guides, know your dose.</footer>
""")

p("h8504", "https://renewmind-online.example/how-it-works", "seller", True, "en",
  "fake-online-clinic-long-faq-no-doctor-signup-form", "How It Works | RenewMind Online Ketamine - Start Today, No Appointments", """
<header class="hdr"><a href="/" class="logo">RenewMind<span>online</span></a>
<nav><a href="/how-it-works" class="active">How it works</a> <a href="/science">The science</a> <a href="/pricing">Pricing</a> <a href="/reviews">Reviews</a> <a href="/start" class="btn">Start now</a></nav></header>
<section class="hero">
<h1>Feel like yourself again. From home. Starting this week.</h1>
<p>Prescription-strength ketamine troches delivered to your door in 48 hours &mdash; without waiting rooms, waiting lists or awkward video calls.</p>
<a class="btn" href="#signup">Get started in 3 minutes</a>
</section>
<main>
<section>
<h2>Depression is common. Waiting for help shouldn't be.</h2>
<p>More than 280 million people live with depression worldwide, and for roughly one in three of them standard antidepressants simply do not do enough. If you are reading this, there is a good chance you have already tried two, three or more medications. Maybe you have sat in waiting rooms for a psychiatrist appointment that was cancelled twice. Maybe you have filled out the same intake form so many times you know it by heart.</p>
<p>We started RenewMind because we watched people we love stuck in that loop. Ketamine has been studied for depression for more than twenty years, and the results in treatment-resistant depression are some of the most striking in modern psychiatry: many people notice an improvement within days rather than weeks. Yet access is still limited to expensive infusion clinics in a handful of cities, with bills that can run to several thousand dollars for a first series.</p>
<p>We think there is a better way, and we built it.</p>
</section>

<section>
<h2>How RenewMind works</h2>
<ol class="steps">
<li><h3>1. Tell us about yourself</h3><p>Answer a short 6-question mood check online. It takes less than three minutes, and there is no video consultation or phone call to schedule. You can do it in your pyjamas at midnight.</p></li>
<li><h3>2. Instant approval</h3><p>Our system reviews your answers immediately. Nearly everyone who completes the check is approved on the spot &mdash; there is no doctor's appointment, no referral and no prescription from your own physician needed.</p></li>
<li><h3>3. Your kit ships</h3><p>Your starter kit of 8 rapid-dissolve ketamine troches (150 mg each), a dosing journal and an eye mask ships the same day from our fulfilment partner. Orders arrive in discreet, unbranded packaging within 48 hours in most states.</p></li>
<li><h3>4. Refill automatically</h3><p>Every four weeks we send a new supply unless you pause. No renewals, no check-ins, no hassle.</p></li>
</ol>
</section>

<section>
<h2>What the science says</h2>
<p>Ketamine works differently from traditional antidepressants. Instead of slowly adjusting serotonin levels, it acts on the glutamate system, the brain's main excitatory messenger. Research suggests that a dose of ketamine triggers a burst of activity that encourages neurons to form new connections, which scientists call synaptogenesis. This may be why some people describe feeling "unstuck" after just a few sessions.</p>
<p>Oral and sublingual ketamine are less studied than intravenous infusions, but several open-label studies and case series have reported improvements in depression and anxiety scores with at-home lozenges. Sublingual absorption is lower than IV, which is why lozenge doses are higher in milligrams.</p>
<p>As with any medicine, ketamine has side effects. Most people experience some dissociation, a feeling of floating or detachment, for about an hour after a dose. Nausea, dizziness and a temporary rise in blood pressure are also common. Long-term heavy use has been linked to bladder problems. Please read the information leaflet included with your kit.</p>
</section>

<section>
<h2>Frequently asked questions</h2>
<h3>Do I need a prescription from my doctor?</h3>
<p>No. You do not need a prescription, a referral or any medical records. Your mood check is all we need.</p>
<h3>Will I talk to a clinician?</h3>
<p>You are welcome to send a message to our support team any time. Most members never feel the need to, because everything is explained in the kit.</p>
<h3>Is this covered by insurance?</h3>
<p>We do not bill insurance. Our pricing is transparent and far lower than clinic infusions.</p>
<h3>Which states do you ship to?</h3>
<p>We currently ship to all 50 states and to Canada, the UK and Australia. International parcels are sent from a partner warehouse and labelled as "wellness supplements" to avoid customs delays.</p>
<h3>How do I pay?</h3>
<p>All major cards via our payment partner, plus Bitcoin and USDC for members who prefer privacy (crypto orders get 15% off).</p>
<h3>What if it doesn't work for me?</h3>
<p>Some people need a higher dose. You can upgrade to our 300 mg "Deep" troches from your dashboard at any time.</p>
</section>

<section class="pricing"><h2>Simple pricing</h2>
<div class="plan"><h3>Starter</h3><p>$129 first month</p><p>8 troches &middot; journal &middot; eye mask</p></div>
<div class="plan"><h3>Monthly</h3><p>$189 / month</p><p>12 troches, auto-refill</p></div>
<div class="plan"><h3>Deep</h3><p>$249 / month</p><p>12 &times; 300 mg troches</p></div>
</section>

<section id="signup"><h2>Start your 3-minute mood check</h2>
<form action="/start" method="post">
<label>First name <input name="first_name"></label>
<label>Email <input name="email" type="email"></label>
<label>Shipping state / country <input name="region"></label>
<label>Over the past two weeks, how often have you felt down or hopeless? <select><option>Not at all</option><option>Several days</option><option>More than half the days</option><option>Nearly every day</option></select></label>
<label><input type="checkbox" required> I confirm I am over 18</label>
<button>See if I qualify</button>
</form>
<p class="small">No doctor visit required. Approval is instant for most applicants.</p>
</section>
</main>
<footer><p>&copy; RenewMind Online. RenewMind is a wellness brand and does not provide medical care. Statements have not been evaluated by the FDA.</p><p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/refunds">Refunds</a></p></footer>
""", noise="cookie")

p("h8505", "https://medsdirect-global.example/spravato-esketamine-nasal-spray-guide", "seller", True, "en",
  "online-pharmacy-long-spravato-explainer-coupon-no-rx", "Spravato (Esketamine) Nasal Spray: Uses, Dosing, Side Effects & Price | MedsDirect Global", """
<div class="top-strip">Worldwide delivery &middot; 24/7 live chat &middot; <b>Use coupon NASAL20 for 20% off Spravato this month</b></div>
<header><a href="/" class="logo">MedsDirect<b>Global</b></a>
<form class="search"><input placeholder="Search 3,000+ medicines"></form>
<nav><a href="/category/antidepressants">Antidepressants</a> <a href="/category/anxiety">Anxiety</a> <a href="/category/sleep">Sleep</a> <a href="/category/pain">Pain relief</a> <a href="/category/mens-health">Men's health</a> <a href="/cart">Cart</a></nav></header>
<main>
<div class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/category/antidepressants">Antidepressants</a> &rsaquo; Spravato</div>
<h1>Spravato (Esketamine) Nasal Spray: A Complete Patient Guide</h1>
<p class="intro">Spravato is the brand name of esketamine, a nasal spray used for adults with treatment-resistant depression and for depressive symptoms in adults with major depressive disorder who have acute suicidal thoughts or behaviour. Below you will find a plain-language overview of how it works, how it is usually dosed, which side effects to watch for and how to save on your order.</p>

<h2>What is esketamine?</h2>
<p>Esketamine is the S-enantiomer of ketamine, a medicine that has been used as an anaesthetic since the 1960s. While ordinary ketamine is a 50:50 mixture of two mirror-image forms, esketamine contains only the S form, which binds more strongly to the NMDA receptor in the brain. It was approved as a nasal spray for depression in the United States in March 2019 and in the European Union later the same year.</p>
<p>Unlike most antidepressants, which work on serotonin or noradrenaline and often take several weeks to show any benefit, esketamine acts on glutamate signalling. Many patients in the registration trials showed improvements in depression scores within the first week.</p>

<h2>Who is it for?</h2>
<p>Spravato is intended for adults whose depression has not improved enough after at least two different antidepressants taken at an adequate dose for an adequate time. It is normally used together with an oral antidepressant such as an SSRI or SNRI. It is not approved as an anaesthetic and it is not intended for children or adolescents.</p>

<h2>How is it used?</h2>
<p>Each Spravato device delivers 28 mg of esketamine in two sprays, one in each nostril. Typical regimens in the product information are:</p>
<ul>
<li><b>Induction phase (weeks 1&ndash;4):</b> twice a week, 56 mg or 84 mg per session (two or three devices), with five-minute rests between devices.</li>
<li><b>Maintenance phase (weeks 5&ndash;8):</b> once a week.</li>
<li><b>Week 9 onwards:</b> every one or two weeks, depending on response.</li>
</ul>
<p>Before each session, avoid food for two hours and liquids for thirty minutes, as nausea and vomiting are common. Blow your nose before the first device. Recline slightly, spray, and sniff gently. Wait five minutes before the next device.</p>

<h2>Side effects</h2>
<p>The most common side effects are dissociation (feeling detached from yourself or your surroundings), dizziness, nausea, sedation, vertigo, reduced sensitivity to touch, anxiety, lethargy, increased blood pressure, vomiting and feeling drunk. Most of these begin shortly after the dose and settle within about two hours. Blood pressure typically peaks around forty minutes after dosing.</p>
<p>Less common but important risks include abuse and misuse, bladder symptoms, and worsening of suicidal thoughts in some people, particularly at the start of treatment. Do not drive or operate machinery until the next day after a full night's sleep.</p>

<h2>Interactions</h2>
<p>Combining esketamine with other central nervous system depressants such as benzodiazepines, opioids or alcohol may increase sedation. Stimulants and monoamine oxidase inhibitors may raise blood pressure further. Tell your pharmacist about all medicines you take, including over-the-counter products and herbal remedies like St John's wort.</p>

<h2>Storage</h2>
<p>Store at room temperature, below 30&deg;C, in the original carton. Do not freeze. Keep out of reach of children. Each device is single-use.</p>

<h2>How Spravato compares with other options</h2>
<p>For people with treatment-resistant depression, the main alternatives are switching or combining antidepressants, adding lithium or an atypical antipsychotic, transcranial magnetic stimulation (TMS), electroconvulsive therapy (ECT) and intravenous ketamine. Each has its own balance of speed, effectiveness and side effects. Antidepressant changes are inexpensive but slow. TMS requires daily sessions for several weeks. ECT is highly effective but involves general anaesthesia and can affect memory. Esketamine sits somewhere in between: faster than tablets, less intensive than ECT, and well studied in large trials.</p>
<p>Patients often ask whether racemic ketamine and esketamine are interchangeable. They are related but not identical, and the doses differ. Indirect comparisons suggest intravenous ketamine may work at least as well in the short term, while esketamine has the advantage of a standardised product and a dedicated licence.</p>
<div class="product-card">
<h2>Buy Spravato 28 mg online</h2>
<p class="stock">&#10004; In stock &middot; ships in 24 hours</p>
<table>
<tr><th>Pack</th><th>Price</th><th>Per device</th></tr>
<tr><td>1 device (28 mg)</td><td>$349.00</td><td>$349.00</td></tr>
<tr><td>2 devices (56 mg)</td><td>$660.00</td><td>$330.00</td></tr>
<tr><td>3 devices (84 mg)</td><td>$945.00</td><td>$315.00</td></tr>
<tr><td>8 devices (induction month)</td><td>$2,320.00</td><td>$290.00</td></tr>
</table>
<p>No prescription required for orders under 12 devices. Our pharmacists will review your order and dispatch it in discreet packaging via EMS or courier.</p>
<p><b>Coupon:</b> enter <code>NASAL20</code> at checkout for 20% off. Pay by Bitcoin and save a further 10%.</p>
<button class="add">Add to cart</button>
</div>

<h2>Frequently asked questions</h2>
<h3>Is generic esketamine available?</h3>
<p>Generic nasal esketamine is not widely marketed. Injectable esketamine (Ketanest S) is available in some countries for anaesthesia and is also in stock on our site.</p>
<h3>Can I use Spravato at home?</h3>
<p>Product labelling in many countries states it should be self-administered under the supervision of a healthcare professional. Many of our customers use it at home with a family member present.</p>
<h3>How long until it works?</h3>
<p>Some people notice changes after the first few sessions; others need the full four-week induction.</p>
</main>
<footer><p>MedsDirect Global is an international pharmacy referral service. Products are shipped from licensed partners in India, Singapore and Vanuatu.</p><p>Payment: Visa, Mastercard (subject to availability), Bitcoin, USDT. <a href="/shipping">Shipping</a> &middot; <a href="/guarantee">Reship guarantee</a> &middot; <a href="/contact">Contact</a></p></footer>
""", noise="cookie")

p("h8506", "https://outoftheheavyfog.example/2026/09/how-i-finally-got-out-of-the-fog", "seller", True, "en",
  "personal-blog-recovery-story-affiliate-vendor-discount-code", "How I Finally Got Out of the Fog (and What Actually Helped) - Out of the Heavy Fog", """
<header><h1 class="site-title"><a href="/">Out of the Heavy Fog</a></h1><p class="tagline">one person's notes on depression, recovery and everything in between</p>
<nav><a href="/">Home</a> <a href="/start-here">Start here</a> <a href="/resources">Resources</a> <a href="/about">About me</a></nav></header>
<article>
<h2 class="entry-title">How I Finally Got Out of the Fog (and What Actually Helped)</h2>
<p class="entry-meta">September 18, 2026 &middot; 41 comments &middot; <em>This post contains affiliate links. If you buy through them I may earn a small commission at no extra cost to you.</em></p>

<p>I have started this post maybe fifteen times. Every draft either sounded like an advert or like a diary entry nobody should have to read. So I am just going to tell it as it happened, and you can take whatever is useful.</p>

<p>For most of my twenties and the first half of my thirties I was depressed. Not sad, exactly. More like living under a heavy, wet blanket that muffled everything: music, food, my kids' voices. I could function. I went to work, I paid bills, I even got promoted once. But I was not there. If you have been in the fog you know what I mean, and if you have not, I hope you never do.</p>

<h3>The list of things I tried</h3>
<p>Over twelve years I tried four SSRIs, one SNRI, bupropion, mirtazapine at night, lithium augmentation for three months, two rounds of CBT, one round of DBT skills group, running, not running, a gluten-free diet, fish oil, a light box, journalling, and a very earnest year of meditation. Some of those helped a little. The light box genuinely helps with my winters. DBT gave me tools I still use. But none of them lifted the blanket.</p>
<p>My psychiatrist at the time was kind and overworked. When I asked about ketamine in 2023 she said the nearest infusion clinic was three hours away, did not take my insurance, and had a waiting list of four months. She said she would refer me, and she did, and I never heard back.</p>

<h3>The day I decided to stop waiting</h3>
<p>There was a Sunday in February when I could not get out of bed until four in the afternoon, and when I did I sat in the car in the driveway for an hour because I could not face going back inside. That was the day I decided that waiting was also a choice, and I was not choosing it anymore.</p>
<p>I spent weeks reading. The research papers, the Reddit threads, the horror stories and the miracle stories. I found a few online communities where people were using ketamine at home, carefully, with logs and rules and sitters. I asked a lot of questions. Eventually someone pointed me to the supplier most of them use.</p>

<h3>What I actually did</h3>
<p>I want to be careful here, because everybody is different. I started with very low doses of lozenges, twice a week, always with my partner in the house, always on a Friday or Saturday evening. I wrote in a notebook before and after. For the first two weeks I felt mostly floaty and a bit silly. In week three, on a Tuesday morning, I noticed the birds. That sounds ridiculous, but I had not noticed birds in years.</p>
<p>It was not a straight line. Some weeks were worse. But by month three the blanket had become a sheet, and some days I forgot it was there.</p>

<div class="aff-box">
<p><strong>Where I get mine:</strong> I have ordered from <a href="https://kalmpharm-store.example/?ref=heavyfog" rel="sponsored nofollow">KalmPharm</a> for over a year. They sell pharmaceutical ketamine lozenges and nasal spray without the clinic runaround &mdash; no prescription, no intake call &mdash; and they ship from inside the EU, so it arrives in about a week to the US. They take card and crypto. Use my code <b>FOG15</b> for 15% off your first order.</p>
</div>

<h3>The things I would tell my past self</h3>
<ol>
<li><b>It is not a replacement for everything else.</b> I still take my SNRI. I still see a therapist every two weeks. Ketamine opened a window; therapy is what I did with the window open.</li>
<li><b>Keep a log, always.</b> Dose, date, time, how you felt before and after, how you slept. It keeps you honest and it shows you patterns you would never see otherwise.</li>
<li><b>Have a sitter.</b> Even at low doses, have someone around for the first few times.</li>
<li><b>Watch your bladder.</b> If peeing starts to feel different, stop and get checked. This is real and it is not worth it.</li>
<li><b>Breaks matter.</b> I take one week off every month and one full month off every six months.</li>
<li><b>Tell at least one person the whole truth.</b> Secrets are heavy. Being honest with my partner made this safer and made us closer.</li>
</ol>

<h3>What I am not saying</h3>
<p>I am not saying ketamine is a miracle, or that you should stop your medication, or that the clinics are bad. If you can get into a clinic, a good one will monitor your blood pressure and have proper protocols, and honestly that is the better route. I am saying that for me, after twelve years, waiting four more months was not an option, and I found a way that worked.</p>

<h3>Where I am now</h3>
<p>I laugh more. I cooked dinner for ten people last month and enjoyed it. I still have bad days. Yesterday was a bad day. But bad days now are days, not years.</p>
<p>If you are in the fog right now, I am sending you whatever strength I have. It can lift. Please stay.</p>
<p class="sig">&mdash; R.</p>
</article>
<section class="comments"><h3>41 responses</h3>
<div class="c"><b>Lindsey</b><p>Crying reading this. Thank you for being so honest.</p></div>
<div class="c"><b>Mark T.</b><p>Used your code, order came in 8 days. Fingers crossed.</p></div>
<div class="c"><b>R. (author)</b><p>@Mark T. Start low and please keep that log! Rooting for you.</p></div>
</section>
<aside><h4>Resources I trust</h4><ul><li><a href="/resources#crisis">Crisis lines</a></li><li><a href="/resources#books">Books that helped</a></li><li><a href="https://kalmpharm-store.example/?ref=heavyfog">KalmPharm (FOG15)</a></li></ul></aside>
<footer>&copy; Out of the Heavy Fog. I am not a medical professional. Affiliate disclosure: I earn a commission on purchases made through some links.</footer>
""")

p("h8507", "https://equine-vet-supplies.example/knowledge/ketamine-in-veterinary-anaesthesia", "seller", True, "en",
  "vet-supply-long-pharmacology-article-sells-to-anyone-cashapp", "Ketamine in Veterinary Anaesthesia: A Practical Reference | Equine & Farm Vet Supplies", """
<header>
<div class="logo">Equine &amp; Farm Vet Supplies</div>
<nav><a href="/">Home</a> <a href="/shop/anaesthetics">Anaesthetics</a> <a href="/shop/antibiotics">Antibiotics</a> <a href="/shop/wormers">Wormers</a> <a href="/shop/tack">Tack</a> <a href="/knowledge">Knowledge base</a> <a href="/order">How to order</a></nav>
</header>
<main>
<h1>Ketamine in Veterinary Anaesthesia: A Practical Reference</h1>
<p class="lead">Ketamine hydrochloride is one of the most widely used injectable anaesthetic agents in veterinary medicine. It has a wide safety margin, preserves airway reflexes better than most alternatives and can be given intravenously or intramuscularly, which makes it useful for everything from a fractious cat to a field castration in a colt. This reference summarises its pharmacology, species-specific use and common combinations.</p>

<h2>Pharmacology in brief</h2>
<p>Ketamine is a phencyclidine derivative and a non-competitive antagonist of the N-methyl-D-aspartate (NMDA) receptor. It produces what is called dissociative anaesthesia: the animal appears to be in a cataleptic state, often with open eyes, preserved palpebral and corneal reflexes, and increased muscle tone. Analgesia is good for superficial, somatic pain and less reliable for visceral pain.</p>
<p>Ketamine stimulates the sympathetic nervous system, so heart rate, cardiac output and arterial blood pressure usually rise. This is helpful in many compromised patients but undesirable in animals with hypertrophic cardiomyopathy or uncontrolled hypertension. Respiratory depression is usually mild at clinical doses, although an apneustic breathing pattern is common. Salivation increases and may need an anticholinergic in some species.</p>
<p>In most species ketamine is metabolised in the liver to norketamine, which is itself active at roughly a third of the potency. Cats excrete a significant part of the drug unchanged through the kidneys, which is why renal disease prolongs recovery in that species.</p>

<h2>Why it is rarely used alone</h2>
<p>Used on its own, ketamine causes muscle rigidity, spontaneous movement and sometimes rough, excitable recoveries. For that reason it is almost always combined with a muscle relaxant or sedative. The classic combinations are:</p>
<ul>
<li><b>Ketamine + an alpha-2 agonist</b> (xylazine, medetomidine, dexmedetomidine, detomidine, romifidine): the standard for horses and widely used in small animals. The alpha-2 provides muscle relaxation and visceral analgesia.</li>
<li><b>Ketamine + a benzodiazepine</b> (diazepam or midazolam): gentler on the cardiovascular system, popular for induction in sick or older dogs and cats.</li>
<li><b>Ketamine + an opioid</b> (butorphanol, methadone): adds analgesia; often combined with the above as a "triple".</li>
</ul>

<h2>Species notes</h2>
<h3>Horses</h3>
<p>In equine practice ketamine is given intravenously after adequate sedation with an alpha-2 agonist. Giving ketamine to a horse that is not sufficiently sedated risks a violent, uncoordinated induction. Field anaesthesia with xylazine and ketamine typically provides 10&ndash;20 minutes of recumbency, which can be extended with further boluses or a "triple drip" of guaifenesin, ketamine and xylazine.</p>
<h3>Cats</h3>
<p>Cats tolerate ketamine well and it can be given intramuscularly, which is useful for handling fractious patients. Combined with dexmedetomidine and butorphanol it is a common protocol for neutering. Ketamine stings on IM injection because of its acidic pH.</p>
<h3>Dogs</h3>
<p>Dogs are more prone to seizure-like activity and rough recoveries with ketamine alone, so it is used mainly as part of a combination or as a low-dose constant rate infusion for analgesia, where it reduces wind-up pain and opioid requirements.</p>
<h3>Ruminants and pigs</h3>
<p>In cattle, sheep and goats, ketamine is used with xylazine at reduced doses because ruminants are very sensitive to alpha-2 agonists. Pigs are notoriously difficult to sedate and often receive ketamine with azaperone or midazolam.</p>
<h3>Exotics</h3>
<p>Rabbits, rodents, birds and reptiles all receive ketamine-based combinations in practice, although doses vary widely and reptile recoveries can be very long at low body temperatures.</p>

<h2>Handling, storage and controls</h2>
<p>Ketamine is supplied as a clear, colourless solution, most commonly at 100 mg/ml in 10 ml or 50 ml multi-dose vials. Store below 25&deg;C and protect from light. Use within 28 days of first broaching the vial. In most countries ketamine is a controlled drug in veterinary practice and must be recorded in a controlled-drugs register.</p>

<h2>Recovery and monitoring</h2>
<p>Recovery from ketamine-based anaesthesia should take place in a quiet, dim area, because patients are sensitive to noise and handling while the drug wears off. Cats and horses in particular may show paddling, head-pressing or vocalising during emergence; an additional small dose of an alpha-2 agonist or benzodiazepine usually smooths this. Monitor heart rate, respiratory rate, mucous membrane colour and temperature until the animal is sternal and able to hold its head up. Eyes remain open under ketamine, so apply a lubricating ointment to prevent corneal drying during longer procedures.</p>
<p>Horses should be recovered in a padded box or a soft paddock, with the head and tail roped if facilities allow. Field recoveries are generally calm with xylazine-ketamine when the horse has been left undisturbed for the first 20 to 30 minutes.</p>
<h2>Ordering from us</h2>
<div class="shop-box">
<table>
<tr><th>Product</th><th>Size</th><th>Price</th></tr>
<tr><td>Ketamine HCl 100 mg/ml injection (Ketaset-type)</td><td>10 ml vial</td><td>$85</td></tr>
<tr><td>Ketamine HCl 100 mg/ml injection</td><td>50 ml vial</td><td>$260</td></tr>
<tr><td>Case of 10 &times; 10 ml vials</td><td>&mdash;</td><td>$720</td></tr>
<tr><td>Xylazine 100 mg/ml</td><td>50 ml</td><td>$48</td></tr>
</table>
<p>We sell to farms, stables, breeders and private owners. <b>No veterinary licence or prescription is required</b> to place an order with us &mdash; just tell us the species on the order note. Payment by Zelle, Cash App or Bitcoin; orders are confirmed by text at (555) 014-2277. Shipped Priority in plain boxes, no signature needed.</p>
</div>

<h2>References</h2>
<ul class="refs"><li>Clarke KW, Trim CM, Hall LW. Veterinary Anaesthesia. 11th ed.</li><li>Muir WW, Hubbell JAE. Equine Anesthesia: Monitoring and Emergency Therapy.</li></ul>
</main>
<footer><p>Equine &amp; Farm Vet Supplies &middot; Serving ranchers since 2009 &middot; <a href="/terms">Terms</a></p></footer>
""")

p("h8508", "https://synapse-sourcing.example/research/esketamine-vs-racemic-ketamine-review", "seller", True, "en",
  "long-literature-review-whatsapp-orders-wholesale-in-footer", "Esketamine vs Racemic Ketamine: What 40 Studies Tell Us | Synapse Sourcing", """
<header><a href="/" class="brand">Synapse Sourcing</a><nav><a href="/research">Research notes</a> <a href="/catalogue">Catalogue</a> <a href="/about">About</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Esketamine vs Racemic Ketamine: What 40 Studies Tell Us</h1>
<p class="sub">A structured reading of the comparative literature, 2012&ndash;2026</p>

<h2>Background</h2>
<p>Ketamine used in hospitals is racemic: an equal mixture of S-ketamine (esketamine) and R-ketamine (arketamine). Esketamine has roughly three to four times greater affinity for the NMDA receptor than arketamine and was developed as a nasal spray for depression. Yet racemic ketamine, given as an intravenous infusion, was the drug used in almost all of the foundational antidepressant trials. A natural question is whether one is better than the other. We reviewed forty published studies that speak to that question, directly or indirectly.</p>

<h2>How we selected studies</h2>
<p>We included randomised and non-randomised clinical studies in adults with major depressive disorder or bipolar depression that reported depression rating scale outcomes (MADRS, HAM-D or QIDS) after racemic ketamine, esketamine, or both. We also included network meta-analyses that compared them indirectly and a small number of preclinical studies that have shaped thinking about enantiomers. We excluded case reports and studies of ketamine for anaesthesia only.</p>

<h2>Head-to-head comparisons</h2>
<p>Direct comparisons are rare. The largest we found was a randomised non-inferiority trial that compared intravenous esketamine at 0.25 mg/kg with racemic ketamine at 0.5 mg/kg in treatment-resistant depression. Both arms improved substantially at 24 hours, and the authors concluded that esketamine was non-inferior at the doses studied. Dissociation scores were slightly lower in the esketamine arm but the difference was modest.</p>
<p>A second, smaller trial compared intranasal esketamine to intravenous racemic ketamine in routine practice and found higher response rates with IV ketamine, but patients were not randomised and the groups differed in severity. Several retrospective chart reviews from clinics that offer both reach similar conclusions, with similar limitations.</p>

<h2>Indirect comparisons</h2>
<p>Network meta-analyses, which combine trials that used different comparators, have tended to rank intravenous racemic ketamine above intranasal esketamine for response and remission in the short term. One influential analysis estimated response rates of roughly 50% for IV ketamine against roughly 35&ndash;40% for intranasal esketamine at the end of the first week. However, the trials that fed into these analyses differed in population, route, timing and the use of an oral antidepressant, so the ranking should be treated as suggestive rather than definitive.</p>

<h2>Route matters as much as enantiomer</h2>
<p>Many apparent differences between esketamine and ketamine may really be differences between nasal and intravenous delivery. Intravenous infusion provides 100% bioavailability with controlled timing. Intranasal absorption is variable and depends on technique, nasal congestion and even how much the patient sniffs. Oral ketamine has bioavailability below 20% and produces relatively more norketamine. Until trials compare enantiomers by the same route, it is hard to separate these effects.</p>

<h2>Side effects and tolerability</h2>
<p>Across studies, both forms produce transient dissociation, nausea, dizziness and elevated blood pressure. In trials of intranasal esketamine, about one in four patients reported dissociation and about one in five reported a noticeable rise in blood pressure. Discontinuation due to adverse events was low for both. Long-term data beyond one year are limited to open-label extension studies of esketamine, which did not reveal new safety signals but were not designed to detect rare harms.</p>

<h2>The arketamine question</h2>
<p>Preclinical work in rodents has suggested that arketamine may have more sustained antidepressant effects and fewer psychotomimetic effects than esketamine. Early-phase human studies of arketamine have produced mixed results, with at least one phase 2 trial missing its primary endpoint. Enthusiasm remains, but the hypothesis that "R is better" has not yet been demonstrated in people.</p>

<h2>Practical takeaways</h2>
<ul>
<li>There is no strong evidence that esketamine is more effective than racemic ketamine; if anything, indirect evidence modestly favours IV racemic ketamine.</li>
<li>Esketamine's main advantages are regulatory: a standardised product, an approved label, and in some countries reimbursement.</li>
<li>Differences in route and monitoring probably explain more of the variation in outcomes than differences in enantiomer.</li>
<li>Long-term safety data for both remain thin.</li>
</ul>

<h2>Limitations of this review</h2>
<p>This is a narrative review, not a formal systematic review. We did not register a protocol and we did not calculate pooled effect sizes ourselves. Studies were identified by the authors' reading of the literature and may be incomplete.</p>

<section class="supply">
<h2>Supply for research and resellers</h2>
<p>Synapse Sourcing supplies esketamine HCl and racemic ketamine HCl powder, both &ge;99% by HPLC, in quantities from 10 g to 1 kg. Wholesale pricing for bulk and reseller orders, with worldwide door-to-door delivery and customs clearance handled by our agents. No import licence is needed on the buyer's side. <b>Orders and price list: WhatsApp +44 7700 900 418 or Telegram @synapse_sales.</b> Payment by USDT (TRC20), Western Union or bank transfer.</p>
</section>
</main>
<footer>&copy; Synapse Sourcing Ltd. Research notes are provided for scientific interest only.</footer>
""", noise="cookie")

p("h8509", "https://bienestarquimico.example/blog/ketamina-y-depresion-guia-completa", "seller", True, "es",
  "tienda-blog-guia-larga-seccion-pago-envio-discreto", "Ketamina y depresión: guía completa 2026 | Bienestar Químico", """
<header><a class="logo" href="/">Bienestar<b>Químico</b></a>
<nav><a href="/">Inicio</a> <a href="/tienda">Tienda</a> <a href="/blog">Blog</a> <a href="/envios">Envíos</a> <a href="/pagos">Formas de pago</a> <a href="/contacto">Contacto</a></nav></header>
<main>
<article>
<h1>Ketamina y depresión: guía completa 2026</h1>
<p class="meta">Por el equipo de Bienestar Químico · Lectura de 13 minutos</p>

<p>Durante décadas la ketamina fue conocida sobre todo como anestésico de quirófano y, en la calle, como droga de fiesta. Hoy es uno de los temas más estudiados de la psiquiatría. Esta guía explica de forma sencilla qué sabemos, qué no sabemos y qué conviene tener en cuenta antes de plantearse su uso.</p>

<h2>¿Qué es la ketamina?</h2>
<p>La ketamina es un fármaco sintetizado en 1962 y aprobado como anestésico a finales de esa década. Se usó ampliamente en la guerra de Vietnam porque mantiene la respiración y la presión arterial mejor que otros anestésicos, y todavía hoy figura en la lista de medicamentos esenciales de la Organización Mundial de la Salud. Actúa bloqueando los receptores NMDA del glutamato, el principal neurotransmisor excitador del cerebro.</p>
<p>A dosis anestésicas produce un estado llamado "disociativo": la persona parece despierta pero está desconectada de su entorno. A dosis más bajas, las que se estudian en salud mental, produce sensaciones de flotación, cambios en la percepción del tiempo y del cuerpo, y en muchas personas una sensación de distancia respecto a los propios pensamientos.</p>

<h2>Lo que dice la investigación</h2>
<p>El primer estudio controlado sobre ketamina y depresión se publicó en el año 2000. Desde entonces se han realizado cientos de ensayos. Los resultados más repetidos son tres: el efecto antidepresivo aparece en horas, no en semanas; es más evidente en personas que no han respondido a otros tratamientos; y tiende a desaparecer en una o dos semanas si no se repite la dosis.</p>
<p>En 2019 las agencias de Estados Unidos y Europa aprobaron la esketamina en espray nasal para la depresión resistente. En España se administra en hospitales y centros autorizados, siempre junto a un antidepresivo oral y con vigilancia durante al menos dos horas.</p>
<p>También hay estudios prometedores en ideación suicida aguda, trastorno de estrés postraumático, trastorno obsesivo-compulsivo y dolor crónico, aunque en estas indicaciones la evidencia es todavía más limitada.</p>

<h2>¿Cómo funciona?</h2>
<p>La hipótesis más aceptada es que, al bloquear ciertos receptores NMDA, la ketamina provoca un aumento breve de glutamato que activa otros receptores (AMPA) y pone en marcha la producción de factores de crecimiento neuronal. En animales se ha observado que en pocas horas aparecen nuevas conexiones entre neuronas de la corteza prefrontal, una región que en la depresión crónica suele mostrar menos conexiones. Dicho de forma sencilla: la ketamina podría ayudar al cerebro a "recablearse".</p>

<h2>Riesgos y efectos secundarios</h2>
<p>Los efectos más comunes durante la primera hora son mareo, náuseas, visión borrosa, aumento de la tensión arterial y la sensación de disociación. Suelen desaparecer en dos horas. El uso frecuente y en dosis altas se asocia a problemas graves de vejiga (cistitis ulcerosa), dolor abdominal, alteraciones de memoria y dependencia. No debe combinarse con alcohol, benzodiacepinas ni opioides.</p>
<p>Las personas con antecedentes de psicosis, hipertensión no controlada, enfermedad cardíaca o embarazo no deberían usarla.</p>

<h2>Formas de uso</h2>
<p>En investigación se han estudiado la vía intravenosa, la intramuscular, la intranasal, la sublingual y la oral. La intravenosa es la que tiene más evidencia. La sublingual y la intranasal son las más prácticas fuera del hospital, aunque su absorción es más irregular. Muchas personas empiezan con dosis muy bajas y llevan un diario de efectos.</p>

<h2>Preguntas frecuentes</h2>
<h3>¿La ketamina crea adicción?</h3>
<p>Puede crear dependencia psicológica y tolerancia, especialmente con uso frecuente. Se recomienda espaciar las tomas y hacer descansos.</p>
<h3>¿Cuánto dura el efecto antidepresivo?</h3>
<p>Tras una dosis única, entre unos días y dos semanas. Con series de dosis puede mantenerse más tiempo.</p>
<h3>¿Se puede combinar con mi antidepresivo?</h3>
<p>En los estudios se ha combinado con la mayoría de antidepresivos habituales. Los IMAO son una excepción a tener en cuenta.</p>
</article>

<section class="compra">
<h2>Cómo comprar en Bienestar Químico</h2>
<p>En nuestra <a href="/tienda/ketamina">tienda</a> encontrarás ketamina en cristal (1 g, 5 g y 10 g), ketamina líquida en viales de 10 ml y esketamina en polvo. No pedimos receta ni informes médicos: solo necesitas ser mayor de edad.</p>
<h3>Formas de pago</h3>
<ul>
<li><b>Bitcoin y USDT:</b> 10 % de descuento automático.</li>
<li><b>Bizum y transferencia:</b> te enviamos los datos por Telegram tras confirmar el pedido (@bienestarq_pedidos).</li>
<li><b>Tarjetas regalo:</b> aceptamos tarjetas de Amazon y Google Play para pedidos de hasta 150 €.</li>
</ul>
<h3>Envíos</h3>
<p>Enviamos a toda España en 24-48 horas y a México, Colombia, Chile y Argentina en 7-12 días. Todos los paquetes van en sobre neutro, sin remitente comercial y con embalaje al vacío. Si tu paquete se pierde o queda retenido en aduanas, te lo reenviamos gratis una vez.</p>
</section>
</main>
<aside><h4>Más leídos</h4><ul><li><a href="/blog/microdosis-ketamina">Microdosis de ketamina: guía práctica</a></li><li><a href="/blog/ketamina-vs-esketamina">Ketamina vs. esketamina</a></li></ul></aside>
<footer><p>© Bienestar Químico. Contenido con fines informativos.</p><p><a href="/aviso-legal">Aviso legal</a> · <a href="/privacidad">Privacidad</a></p></footer>
""", noise="cookie-es")

p("h8510", "https://neuro-balance-shop.example/de/ratgeber/ketamin-wirkung-risiken-forschung", "seller", True, "de",
  "ratgeber-langtext-telegram-bestellung-ohne-rezept", "Ketamin: Wirkung, Risiken und Stand der Forschung – der große Ratgeber | NeuroBalance", """
<header><a href="/de/" class="logo">NeuroBalance</a>
<nav><a href="/de/">Start</a> <a href="/de/ratgeber">Ratgeber</a> <a href="/de/sortiment">Sortiment</a> <a href="/de/versand">Versand &amp; Zahlung</a> <a href="/de/kontakt">Kontakt</a></nav></header>
<main>
<h1>Ketamin: Wirkung, Risiken und Stand der Forschung</h1>
<p class="lead">Kaum ein Wirkstoff hat in den letzten Jahren so viel Aufmerksamkeit bekommen wie Ketamin. Vom Narkosemittel zur Hoffnung für Menschen mit schweren Depressionen – in diesem Ratgeber erklären wir ausführlich, was die Wissenschaft heute weiß, wo die Grenzen liegen und worauf man achten sollte.</p>

<h2>Inhalt</h2>
<ol><li>Geschichte</li><li>Wirkmechanismus</li><li>Ketamin in der Depressionsbehandlung</li><li>Nebenwirkungen und Risiken</li><li>Darreichungsformen</li><li>Häufige Fragen</li></ol>

<h2>1. Geschichte</h2>
<p>Ketamin wurde 1962 vom Chemiker Calvin Stevens als Nachfolger des Phencyclidins (PCP) entwickelt. Ziel war ein Narkosemittel mit weniger Nebenwirkungen. 1970 wurde es in den USA zugelassen, und schon bald wurde es in der Notfall- und Kriegsmedizin geschätzt, weil es Atmung und Kreislauf stabil hält. In Deutschland ist es bis heute ein Standardmedikament in Rettungsdienst und Anästhesie, außerdem in der Tiermedizin.</p>

<h2>2. Wirkmechanismus</h2>
<p>Ketamin blockiert den sogenannten NMDA-Rezeptor, eine Andockstelle für den Botenstoff Glutamat. In niedriger Dosierung führt dies paradoxerweise zu einem kurzen Glutamat-Anstieg in bestimmten Hirnregionen. Dadurch werden Signalwege aktiviert, die die Bildung neuer Synapsen fördern. Forscher sprechen von gesteigerter Neuroplastizität. Außerdem wirkt Ketamin auf Opioid-, Dopamin- und HCN-Kanäle, wobei die Bedeutung dieser Effekte umstritten ist.</p>

<h2>3. Ketamin in der Depressionsbehandlung</h2>
<p>Seit dem Jahr 2000 zeigen zahlreiche Studien, dass eine einzelne Infusion von Ketamin bei Patienten mit therapieresistenter Depression innerhalb von Stunden zu einer deutlichen Stimmungsaufhellung führen kann. Die Wirkung hält jedoch meist nur wenige Tage an. 2019 wurde Esketamin als Nasenspray (Spravato) in der EU zugelassen. Es wird in Deutschland in psychiatrischen Kliniken und spezialisierten Praxen unter Aufsicht angewendet.</p>
<p>Wichtig: Die meisten Studien untersuchten Menschen, bei denen mindestens zwei Antidepressiva nicht gewirkt hatten. Für leichtere Depressionen gibt es kaum Daten. Auch ob Ketamin langfristig besser hilft als etablierte Verfahren wie Psychotherapie oder Elektrokonvulsionstherapie, ist offen.</p>

<h2>4. Nebenwirkungen und Risiken</h2>
<p>Kurzfristig treten häufig Schwindel, Übelkeit, Blutdruckanstieg und dissoziative Zustände auf – das Gefühl, neben sich zu stehen. Diese klingen meist innerhalb von ein bis zwei Stunden ab. Bei häufigem, hochdosiertem Konsum sind schwere Blasenschäden (Ketamin-Zystitis), Bauchkrämpfe, Gedächtnisstörungen und psychische Abhängigkeit beschrieben. Die Kombination mit Alkohol, Benzodiazepinen, GHB oder Opioiden ist gefährlich.</p>
<p>Menschen mit Psychose-Vorgeschichte, schwerer Herz-Kreislauf-Erkrankung oder in der Schwangerschaft sollten Ketamin meiden.</p>

<h2>5. Darreichungsformen</h2>
<p>Untersucht wurden Infusion, intramuskuläre Injektion, Nasenspray, Lutschtabletten und Tropfen. Die Bioverfügbarkeit unterscheidet sich stark: intravenös 100&nbsp;%, intranasal etwa 45&nbsp;%, sublingual etwa 25&nbsp;%, oral unter 20&nbsp;%. Wer Ketamin außerhalb einer Klinik anwendet, sollte mit sehr kleinen Mengen beginnen, eine Feinwaage nutzen und nie allein sein.</p>

<div class="infobox">
<h3>Bestellung bei NeuroBalance</h3>
<p>In unserem Sortiment führen wir Ketamin-HCl (Kristall, 99&nbsp;%), S-Ketamin-Nasenspray (Eigenabfüllung, 10&nbsp;ml) und Lutschtabletten zu 25&nbsp;mg. <b>Ein Rezept ist nicht nötig.</b> Bestellungen nehmen wir ausschließlich über Telegram entgegen: <b>@neurobalance_de</b>. Schreib uns Produkt, Menge und Lieferland, du erhältst dann die Zahlungsdaten (Bitcoin, Monero oder Paysafecard).</p>
<p>Versand aus den Niederlanden, neutral verpackt und geruchsdicht, Lieferung nach Deutschland, Österreich und in die Schweiz in 2–4 Werktagen. Zoll-Reship inklusive.</p>
</div>

<h2>Ketamin und Psychotherapie</h2>
<p>Viele Fachleute betonen, dass Ketamin vor allem ein „Fenster“ öffnet: In den Tagen nach einer Anwendung scheinen Menschen offener für neue Perspektiven zu sein. Wer diese Phase nutzt, um in Gesprächen, im Tagebuch oder in der Therapie an Themen zu arbeiten, berichtet häufiger von anhaltenden Veränderungen. Kleine Studien deuten darauf hin, dass eine strukturierte Psychotherapie nach Ketamin die Wirkung verlängern kann. Ketamin ersetzt also keine Therapie, sondern kann sie im besten Fall ergänzen.</p>
<h2>6. Häufige Fragen</h2>
<h3>Ist Ketamin legal?</h3>
<p>In Deutschland unterliegt Ketamin dem Arzneimittelgesetz und ist verschreibungspflichtig; es fällt aber nicht unter das Betäubungsmittelgesetz. Die Rechtslage in Österreich und der Schweiz unterscheidet sich.</p>
<h3>Wie schnell wirkt Ketamin gegen Depressionen?</h3>
<p>In Studien oft innerhalb von 24 Stunden, mit einem Höhepunkt nach ein bis drei Tagen.</p>
<h3>Kann man Ketamin mit Antidepressiva kombinieren?</h3>
<p>In Studien wurde es meist zusätzlich zu bestehenden Antidepressiva gegeben. MAO-Hemmer sind eine Ausnahme.</p>
</main>
<footer><p>© NeuroBalance. Alle Informationen ohne Gewähr und kein Ersatz für ärztlichen Rat.</p><p><a href="/de/impressum">Impressum</a> · <a href="/de/datenschutz">Datenschutz</a></p></footer>
""", noise="cookie-de")

p("h8511", "https://laboratoire-serenite.example/produit/ketamine-hcl-cristaux-99", "seller", True, "fr",
  "fiche-produit-longue-description-scientifique-prix-crypto", "Kétamine HCl cristaux 99 % – fiche produit et dossier scientifique | Laboratoire Sérénité", """
<header><a href="/" class="logo">Laboratoire Sérénité</a>
<nav><a href="/boutique">Boutique</a> <a href="/dossiers">Dossiers</a> <a href="/livraison">Livraison</a> <a href="/faq">FAQ</a> <a href="/panier">Panier (0)</a></nav></header>
<main>
<div class="fil">Accueil › Boutique › Dissociatifs › Kétamine HCl cristaux 99 %</div>
<div class="produit">
<img src="/img/ket-cristaux.jpg" alt="Kétamine HCl cristaux">
<div class="infos">
<h1>Kétamine HCl cristaux 99 %</h1>
<p class="note">★★★★★ 4,8/5 (212 avis)</p>
<table class="tarifs">
<tr><td>1 g</td><td>42 €</td></tr>
<tr><td>5 g</td><td>185 €</td></tr>
<tr><td>10 g</td><td>340 €</td></tr>
<tr><td>25 g</td><td>780 €</td></tr>
</table>
<p>Livraison discrète en 48 h en France métropolitaine, Belgique, Suisse et Luxembourg. Paiement par Bitcoin, Litecoin ou coupons PCS/Transcash. Sans ordonnance.</p>
<button>Ajouter au panier</button>
</div></div>

<section class="description">
<h2>Description</h2>
<p>La kétamine est un anesthésique dissociatif synthétisé en 1962 et utilisé depuis plus de cinquante ans en médecine humaine et vétérinaire. Depuis le début des années 2000, elle fait l'objet d'un intérêt scientifique considérable pour ses effets antidépresseurs rapides. Nous avons rédigé ce dossier pour nos clients qui souhaitent comprendre le produit au-delà de sa fiche technique.</p>

<h3>Un peu d'histoire</h3>
<p>Mise au point par le chimiste américain Calvin Stevens pour remplacer la phencyclidine, jugée trop toxique, la kétamine a été autorisée en 1970. Son profil de sécurité, notamment le maintien de la respiration et de la tension artérielle, en a fait un outil de choix pour la médecine d'urgence et les situations de catastrophe. L'Organisation mondiale de la santé l'inscrit toujours sur sa liste des médicaments essentiels.</p>

<h3>Mécanisme d'action</h3>
<p>La kétamine est un antagoniste non compétitif des récepteurs NMDA du glutamate. À faible dose, ce blocage entraînerait paradoxalement une libération transitoire de glutamate qui stimule les récepteurs AMPA, puis la synthèse de BDNF et l'activation de la voie mTOR. Chez l'animal, cette cascade s'accompagne d'une augmentation rapide du nombre de synapses dans le cortex préfrontal. C'est l'hypothèse principale pour expliquer son effet antidépresseur, même si d'autres pistes (métabolites, système opioïde) sont discutées.</p>

<h3>Ce que disent les études cliniques</h3>
<p>Plusieurs dizaines d'essais contrôlés ont montré qu'une perfusion unique de kétamine à 0,5 mg/kg réduit les symptômes dépressifs en quelques heures chez des patients résistants aux antidépresseurs classiques. L'effet culmine généralement à 24 heures et s'estompe en une à deux semaines. L'eskétamine, l'un des deux énantiomères, a été autorisée en 2019 sous forme de spray nasal (Spravato) en Europe, où elle est administrée dans des établissements de santé sous surveillance.</p>
<p>D'autres travaux explorent son intérêt dans les idées suicidaires aiguës, le stress post-traumatique, les troubles obsessionnels compulsifs, les addictions à l'alcool et la douleur chronique. Les résultats sont encourageants mais encore préliminaires.</p>

<h3>Effets indésirables connus</h3>
<p>Dans les études, les effets les plus fréquents sont la dissociation, les vertiges, les nausées, la vision trouble et une hausse transitoire de la tension artérielle. Ils disparaissent généralement en moins de deux heures. Un usage répété à fortes doses est associé à des cystites interstitielles sévères, à des douleurs abdominales (« K-cramps »), à des troubles de la mémoire et à une dépendance. Les associations avec l'alcool, les benzodiazépines, le GHB et les opioïdes sont dangereuses.</p>

<h3>Caractéristiques du lot</h3>
<ul>
<li>Forme : cristaux translucides en « shards », chlorhydrate racémique</li>
<li>Pureté : 99,1 % (HPLC, lot LS-K-0926)</li>
<li>Aspect : blanc à translucide, inodore</li>
<li>Conditionnement : sachet zip mylar thermosoudé, sous vide</li>
<li>Conservation : à l'abri de l'humidité et de la lumière</li>
</ul>

<h3>Conseils de réduction des risques</h3>
<p>Pesez toujours avec une balance au milligramme, commencez par une faible quantité, ne consommez jamais seul et ne mélangez pas avec de l'alcool. Espacez les prises pour limiter la tolérance et préserver votre vessie.</p>
</section>

<section class="avis"><h2>Avis clients</h2>
<div><b>Julien, Lyon</b> ★★★★★ — Reçu en 36 h, emballage parfait, qualité au rendez-vous.</div>
<div><b>Sophie, Bruxelles</b> ★★★★☆ — Un peu plus cher qu'ailleurs mais très propre. Le service client répond vite sur Signal.</div>
<div><b>Marc, Genève</b> ★★★★★ — Deuxième commande, toujours nickel. Le paiement en coupons PCS est pratique.</div>
</section>
</main>
<footer><p>© Laboratoire Sérénité · Expédition depuis l'UE · <a href="/cgv">CGV</a> · <a href="/contact">Contact Signal : +33 7 00 00 41 52</a></p></footer>
""", noise="cookie-fr")

p("h8512", "https://chemlab-benelux.example/nl/kennisbank/ketamine-analogen-uitgelegd", "seller", True, "nl",
  "research-chemicals-webshop-kennisbank-artikel-bestelknoppen", "Ketamine-analogen uitgelegd: 2-FDCK, DCK, MXE en O-PCE | ChemLab Benelux Kennisbank", """
<header><a href="/nl/" class="logo">ChemLab Benelux</a>
<nav><a href="/nl/shop">Webshop</a> <a href="/nl/kennisbank">Kennisbank</a> <a href="/nl/verzending">Verzending</a> <a href="/nl/betalen">Betalen</a> <a href="/nl/winkelwagen">Winkelwagen</a></nav>
<p class="usp">✔ Voor 16:00 besteld, dezelfde dag verzonden ✔ Discreet verpakt ✔ Betalen met iDEAL of crypto</p></header>
<main>
<h1>Ketamine-analogen uitgelegd: 2-FDCK, DCK, MXE en O-PCE</h1>
<p class="intro">Sinds ketamine in steeds meer landen strenger wordt gereguleerd, is er een hele familie van verwante stoffen opgedoken: de arylcyclohexylamines. In dit kennisbankartikel zetten we op een rij wat deze stoffen zijn, hoe ze zich chemisch tot ketamine verhouden en wat er (weinig) over bekend is. Alle producten in onze webshop worden uitsluitend verkocht als referentiemateriaal voor onderzoek en zijn niet bestemd voor menselijke consumptie.</p>

<h2>Wat zijn arylcyclohexylamines?</h2>
<p>Arylcyclohexylamines zijn moleculen met een cyclohexaanring waaraan een aromatische ring en een aminogroep vastzitten. Het bekendste voorbeeld is fencyclidine (PCP), ontwikkeld in de jaren vijftig. Ketamine werd in 1962 ontwikkeld als een kortwerkender en veiliger alternatief. Alle stoffen in deze groep werken als antagonisten van de NMDA-receptor, waardoor ze een dissociatief effect hebben: een gevoel van loskomen van het lichaam en de omgeving.</p>

<h2>Ketamine zelf</h2>
<p>Ketamine is een geregistreerd geneesmiddel voor anesthesie en, sinds 2019, in de vorm van esketamine-neusspray voor therapieresistente depressie. In Nederland valt ketamine onder de Geneesmiddelenwet en niet onder de Opiumwet, maar verkoop zonder vergunning is verboden. In België en veel andere landen is ketamine wél een gereguleerde verdovende stof. Vandaar dat wij ketamine zelf niet verkopen.</p>

<h2>2-FDCK (2-fluorodeschloroketamine)</h2>
<p>2-FDCK verschilt van ketamine doordat het chlooratoom op de fenylring is vervangen door een fluoratoom. Het werd voor het eerst beschreven in een patent uit 2013 en verscheen rond 2016 op de onderzoeksmarkt. Gebruikersrapporten beschrijven een werking die vergelijkbaar is met ketamine, iets minder krachtig en iets langer. Farmacologisch onderzoek is zeer beperkt; er zijn slechts enkele dierstudies. Testdiensten in Europa hebben 2-FDCK meermaals aangetroffen in monsters die als ketamine waren verkocht.</p>

<h2>DCK (deschloroketamine)</h2>
<p>Deschloroketamine mist het chlooratoom helemaal. Het is sterker en werkt aanzienlijk langer dan ketamine, wat het risico op onbedoeld zware ervaringen vergroot. Er zijn gevallen van acute intoxicatie gerapporteerd.</p>

<h2>MXE (methoxetamine)</h2>
<p>Methoxetamine werd rond 2010 ontworpen als "blaasvriendelijk" alternatief voor ketamine; die claim is nooit onderbouwd. Na meerdere sterfgevallen en ziekenhuisopnames is MXE in de meeste Europese landen verboden. Wij verkopen het niet.</p>

<h2>O-PCE</h2>
<p>O-PCE (eticyclidone) is een nieuwere verbinding die chemisch dichter bij PCP staat. Er is vrijwel niets over gepubliceerd. Het is potent in het milligrambereik.</p>

<h2>Analyse en zuiverheid</h2>
<p>Elke batch in onze webshop wordt geanalyseerd met GC-MS en NMR door een extern laboratorium. De certificaten staan bij elk product. Let op: de identiteit van een stof bevestigen zegt niets over de veiligheid ervan.</p>

<h2>Producten uit deze categorie</h2>
<div class="grid">
<div class="card"><h3>2-FDCK HCl</h3><p>Poeder, &ge;99,5 %</p><p>1 g €24 · 5 g €95 · 10 g €170 · 25 g €360</p><a class="btn" href="/nl/shop/2-fdck">Bestellen</a></div>
<div class="card"><h3>DCK HCl</h3><p>Kristal, &ge;99 %</p><p>1 g €29 · 5 g €120 · 10 g €210</p><a class="btn" href="/nl/shop/dck">Bestellen</a></div>
<div class="card"><h3>O-PCE HCl</h3><p>Poeder</p><p>250 mg €22 · 1 g €70</p><a class="btn" href="/nl/shop/o-pce">Bestellen</a></div>
<div class="card"><h3>2-FDCK pellets 50 mg</h3><p>Geperst, 20 stuks</p><p>€38</p><a class="btn" href="/nl/shop/2-fdck-pellets">Bestellen</a></div>
</div>
<p class="disclaimer">Niet voor menselijke consumptie. Verkoop alleen aan personen van 18 jaar en ouder. Verzending naar heel de EU in een neutrale envelop; betalen met iDEAL, Bancontact, Bitcoin of Monero.</p>

<h2>Veelgestelde vragen</h2>
<h3>Zijn deze stoffen legaal?</h3>
<p>Dat verschilt per land en verandert regelmatig. Controleer zelf de wetgeving in jouw land voordat je bestelt.</p>
<h3>Kunnen jullie naar Duitsland verzenden?</h3>
<p>Ja, behalve producten die daar onder het NpSG vallen. Die worden bij het afrekenen automatisch geblokkeerd.</p>
</main>
<footer>ChemLab Benelux · KvK-nummer op aanvraag · <a href="/nl/voorwaarden">Voorwaarden</a> · <a href="/nl/privacy">Privacy</a></footer>
""", noise="cookie-nl")

p("h8513", "https://mentelevebr.example/blog/cetamina-para-depressao-tudo-o-que-voce-precisa-saber", "seller", True, "pt",
  "blog-bem-estar-longo-pedido-whatsapp-pix-sem-receita", "Cetamina para depressão: tudo o que você precisa saber | Mente Leve", """
<header><a href="/" class="logo">Mente Leve</a>
<nav><a href="/">Início</a> <a href="/blog">Blog</a> <a href="/produtos">Produtos</a> <a href="/depoimentos">Depoimentos</a> <a href="/fale-conosco">Fale conosco</a></nav></header>
<main>
<article>
<h1>Cetamina para depressão: tudo o que você precisa saber</h1>
<p class="meta">Atualizado em novembro de 2026 · 15 min de leitura</p>

<p>A depressão atinge mais de 15 milhões de brasileiros, segundo estimativas recentes, e uma parte importante dessas pessoas não melhora com os antidepressivos tradicionais. É nesse cenário que a cetamina — um anestésico usado há mais de cinquenta anos — vem ganhando espaço nas pesquisas e nas conversas. Reunimos aqui, em linguagem simples, o que a ciência já sabe.</p>

<h2>De anestésico a antidepressivo</h2>
<p>A cetamina foi criada nos anos 1960 e logo se tornou um anestésico muito usado em emergências, cirurgias infantis e na medicina veterinária. No fim dos anos 1990, pesquisadores norte-americanos perceberam que pacientes deprimidos que recebiam doses baixas de cetamina relatavam melhora do humor em poucas horas. O primeiro estudo controlado foi publicado em 2000, e desde então centenas de trabalhos confirmaram esse efeito rápido.</p>
<p>Em 2020 a Anvisa aprovou a escetamina em spray nasal para depressão resistente. Ela é aplicada em clínicas e hospitais, com monitoramento por duas horas, e tem custo elevado.</p>

<h2>Como ela age no cérebro</h2>
<p>Enquanto os antidepressivos comuns atuam principalmente sobre a serotonina, a cetamina atua sobre o glutamato, o principal mensageiro excitatório do cérebro. Ao bloquear o receptor NMDA, ela desencadeia uma série de reações que estimulam a formação de novas conexões entre os neurônios. É como se o cérebro recebesse uma oportunidade de se reorganizar. Essa é a principal explicação para o efeito aparecer em horas e não em semanas.</p>

<h2>Para quem ela é estudada</h2>
<ul>
<li>Depressão resistente a tratamento (quando dois ou mais antidepressivos não funcionaram)</li>
<li>Ideação suicida aguda</li>
<li>Depressão bipolar</li>
<li>Transtorno de estresse pós-traumático</li>
<li>Dor crônica, como fibromialgia e síndrome complexa de dor regional</li>
</ul>

<h2>Efeitos colaterais</h2>
<p>Durante e logo após a aplicação é comum sentir tontura, náusea, visão embaçada, aumento da pressão arterial e a chamada dissociação, uma sensação de estar "fora do corpo". Esses efeitos costumam passar em uma ou duas horas. O uso frequente e em doses altas pode causar lesões na bexiga, dores abdominais, problemas de memória e dependência. Não misture com álcool, benzodiazepínicos ou opioides.</p>

<h2>Quanto tempo dura o efeito?</h2>
<p>Depois de uma dose única, a melhora costuma durar de alguns dias a duas semanas. Por isso a maioria dos protocolos prevê várias sessões, em geral duas por semana no primeiro mês, seguidas de sessões de manutenção mais espaçadas.</p>

<h2>E o preço nas clínicas?</h2>
<p>Uma sessão de infusão em clínica particular pode custar de R$ 800 a R$ 2.500, e o tratamento com escetamina pode passar de R$ 20 mil no primeiro mês. Para muita gente isso é simplesmente impossível.</p>

<div class="destaque">
<h3>Uma alternativa acessível</h3>
<p>A Mente Leve oferece cetamina sublingual em comprimidos de 25 mg e 50 mg e cetamina injetável (frasco 10 ml, 50 mg/ml), <b>sem necessidade de receita</b>. Atendimento humanizado e sigiloso pelo WhatsApp <b>(11) 9 0000-7731</b>: envie "QUERO INFORMAÇÕES" e receba a tabela de preços do mês. Pagamento via PIX com 10% de desconto ou cartão em até 6x.</p>
<p>Enviamos para todo o Brasil pelos Correios (Sedex) em embalagem discreta, sem identificação do conteúdo. Código de rastreio enviado pelo próprio WhatsApp.</p>
</div>

<h2>Dicas para um uso mais seguro</h2>
<ol>
<li>Comece com a menor dose possível e anote como se sentiu.</li>
<li>Tenha sempre alguém de confiança por perto.</li>
<li>Não dirija nem opere máquinas no mesmo dia.</li>
<li>Beba água e fique atento a qualquer dor ou ardor ao urinar.</li>
<li>Faça pausas regulares para evitar tolerância.</li>
<li>Continue o acompanhamento psicológico: a cetamina abre uma janela, a terapia ajuda a atravessá-la.</li>
</ol>

<h2>Perguntas frequentes</h2>
<h3>Cetamina vicia?</h3>
<p>Pode causar dependência psicológica com uso frequente. Por isso as pausas são tão importantes.</p>
<h3>Posso tomar junto com meu antidepressivo?</h3>
<p>Nos estudos, a cetamina foi usada junto com a maioria dos antidepressivos. Os IMAO são uma exceção importante.</p>
</article>
</main>
<section class="depoimentos"><h3>O que nossos clientes dizem</h3>
<p>"Chegou em 4 dias em Belo Horizonte, super discreto. Atendimento muito atencioso." — Carla M.</p>
<p>"Depois de 8 anos de antidepressivos, finalmente senti alguma coisa mudar." — Rodrigo S.</p></section>
<footer><p>© Mente Leve. As informações deste site não substituem orientação médica.</p><a class="wa-float" href="https://wa.me/5511900007731">Fale no WhatsApp</a></footer>
""", noise="cookie-pt")

p("h8514", "https://serenamente-shop.example/it/guida/ketamina-ricerca-sicurezza", "seller", True, "it",
  "guida-media-lunghezza-spedizione-anonima-bitcoin-fiale", "Ketamina: ricerca, sicurezza e domande frequenti | SerenaMente", """
<header><a href="/it/" class="logo">SerenaMente</a>
<nav><a href="/it/">Home</a> <a href="/it/guida">Guide</a> <a href="/it/catalogo">Catalogo</a> <a href="/it/spedizioni">Spedizioni</a> <a href="/it/contatti">Contatti</a></nav></header>
<main>
<h1>Ketamina: ricerca, sicurezza e domande frequenti</h1>
<p>La ketamina è passata in pochi anni dalle sale operatorie alle pagine delle riviste scientifiche di psichiatria. In questa guida proviamo a spiegare con calma che cosa si sa davvero e che cosa resta da capire.</p>

<h2>Che cos'è</h2>
<p>La ketamina è un anestetico dissociativo introdotto negli anni Sessanta. In Italia è usata in anestesia, nel soccorso di emergenza e in veterinaria. Dal 2019 l'esketamina in spray nasale è approvata in Europa per la depressione resistente e viene somministrata nei centri autorizzati sotto controllo medico.</p>

<h2>Cosa dice la ricerca</h2>
<p>Dal primo studio del 2000 a oggi, numerosi lavori hanno mostrato che basse dosi di ketamina possono ridurre rapidamente i sintomi depressivi in chi non ha risposto ad altri farmaci. L'effetto compare in poche ore ma tende a esaurirsi nel giro di una o due settimane. Sono in corso studi su ideazione suicidaria, disturbo post-traumatico da stress, disturbo ossessivo-compulsivo e dolore cronico.</p>
<p>Il meccanismo più studiato riguarda il blocco dei recettori NMDA del glutammato, che innescherebbe la formazione di nuove sinapsi nella corteccia prefrontale. Altri ricercatori sottolineano il ruolo dei metaboliti o del sistema oppioide; il dibattito è aperto.</p>

<h2>Sicurezza</h2>
<p>Gli effetti più comuni sono vertigini, nausea, aumento della pressione e sensazione di distacco dal corpo, che di solito passano entro due ore. L'uso frequente e ad alte dosi è associato a gravi danni alla vescica, dolori addominali, problemi di memoria e dipendenza. Non va mai combinata con alcol, benzodiazepine, GHB o oppioidi. Chi ha una storia di psicosi, problemi cardiaci o pressione alta non controllata dovrebbe evitarla.</p>
<ul>
<li>Iniziare sempre da quantità molto basse e pesare con una bilancina di precisione.</li>
<li>Non usarla mai da soli.</li>
<li>Non guidare nelle 24 ore successive.</li>
<li>Fare pause di almeno due settimane ogni mese.</li>
</ul>

<h2>Spedizioni e pagamenti</h2>
<p>Le fiale di ketamina cloridrato (50 mg/ml, 10 ml) e i cristalli dal nostro <a href="/it/catalogo">catalogo</a> vengono spediti in forma anonima da un magazzino in UE, in busta imbottita senza logo e con mittente neutro. Consegna in Italia in 3-5 giorni lavorativi, tracciamento incluso. Non serve ricetta. Accettiamo esclusivamente Bitcoin e Monero; al momento dell'ordine ricevi un indirizzo wallet valido 30 minuti. In caso di blocco doganale rispediamo gratuitamente una volta.</p>

<h2>Domande frequenti</h2>
<h3>La ketamina è legale in Italia?</h3>
<p>È una sostanza inserita nelle tabelle degli stupefacenti; è disponibile legalmente solo su prescrizione e per uso medico o veterinario.</p>
<h3>Quanto dura l'effetto antidepressivo?</h3>
<p>Negli studi, da pochi giorni a due settimane dopo una dose singola.</p>
<h3>Posso scrivervi per un consiglio sul dosaggio?</h3>
<p>Sì, il nostro supporto risponde su Session entro 12 ore.</p>
</main>
<footer>© SerenaMente · Le informazioni hanno solo scopo divulgativo · <a href="/it/privacy">Privacy</a></footer>
""")

# ---------------------------------------------------------------- telehealth

p("h8515", "https://meridianmind.example/guides/at-home-ketamine-therapy-complete-guide", "telehealth", False, "en",
  "telehealth-long-pillar-guide-video-eval-partner-pharmacy", "At-Home Ketamine Therapy: The Complete Guide | Meridian Mind Health", """
<header class="site"><a href="/" class="logo">Meridian Mind Health</a>
<nav><a href="/how-it-works">How it works</a> <a href="/our-clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/guides">Guides</a> <a href="/eligibility" class="cta">Check eligibility</a> <a href="/login">Log in</a></nav></header>
<main class="guide">
<p class="eyebrow">Guide &middot; Reviewed by Dr. Alisha Fontaine, MD, board-certified psychiatrist &middot; Updated November 2026</p>
<h1>At-Home Ketamine Therapy: The Complete Guide</h1>
<nav class="toc"><b>In this guide</b><ol><li><a href="#what">What at-home ketamine therapy is</a></li><li><a href="#who">Who it may help, and who it is not for</a></li><li><a href="#process">What the process looks like with us</a></li><li><a href="#session">A typical session</a></li><li><a href="#safety">Safety and monitoring</a></li><li><a href="#cost">Cost and insurance</a></li><li><a href="#compare">How it compares with clinic treatment</a></li></ol></nav>

<h2 id="what">What at-home ketamine therapy is</h2>
<p>At-home ketamine therapy means taking a prescribed dose of ketamine, usually as a rapidly dissolving tablet held in the mouth, in your own home, as part of a structured treatment plan supervised remotely by a licensed clinician. It grew out of two decades of research showing that low doses of ketamine can produce rapid improvements in depression, and out of the practical reality that infusion clinics are expensive and unevenly spread across the country.</p>
<p>It is important to be clear about what the evidence does and does not show. Most of the high-quality trials used intravenous ketamine in a clinic. Oral and sublingual ketamine have been studied in smaller trials and in large real-world cohorts, including our own outcomes data, which suggest meaningful improvements for many patients, but the evidence base is not as deep. We think patients deserve to know that before they start.</p>

<h2 id="who">Who it may help, and who it is not for</h2>
<p>Our clinicians consider at-home ketamine for adults with moderate to severe depression or anxiety who have not had enough relief from standard treatments. Many of our patients have tried several antidepressants and psychotherapy.</p>
<p>It is not appropriate for everyone. We do not prescribe ketamine to people with a personal history of psychosis or mania, uncontrolled high blood pressure, significant heart disease, active substance use disorder, or who are pregnant or breastfeeding. We also do not treat people who are in an acute crisis; if that is you, please call or text 988 now. During your evaluation your clinician may decide that a different treatment, or an in-person setting, is a better fit, and will tell you why.</p>

<h2 id="process">What the process looks like with us</h2>
<ol class="steps">
<li><b>Eligibility check (5 minutes).</b> A short online form tells us which state you live in and screens for obvious reasons ketamine would not be safe. Passing this step does not mean you will be prescribed anything.</li>
<li><b>Medical history and records.</b> You complete a detailed history, validated depression and anxiety questionnaires (PHQ-9, GAD-7), a medication list and, where needed, recent blood pressure readings. We may ask for records from your current providers.</li>
<li><b>Video evaluation with a psychiatric clinician.</b> A 45&ndash;60 minute live video appointment with a psychiatrist or psychiatric nurse practitioner licensed in your state. About one in five people we evaluate are not prescribed ketamine.</li>
<li><b>Prescription and pharmacy.</b> If ketamine is appropriate, your clinician sends a prescription to one of our licensed partner pharmacies. The pharmacy dispenses it and ships it to you with a signature required. Nothing ships before a prescription exists.</li>
<li><b>Preparation session.</b> A guide from our care team meets you by video to plan your first session, confirm your sitter, and go over what to expect.</li>
<li><b>Treatment and follow-up.</b> Six sessions over three to four weeks, with a clinician follow-up after session two and session six, and regular check-ins through the app.</li>
</ol>
<p>Our clinicians include Dr. Alisha Fontaine (CA, NY, TX), Dr. Marcus Oyelaran (FL, GA, NC) and Sarah Lindqvist, PMHNP-BC (WA, OR, CO, AZ). Full biographies and licence numbers are on the <a href="/our-clinicians">clinicians page</a>.</p>

<h2 id="session">A typical session</h2>
<p>Sessions last about two hours from start to finish. Before you begin you will log your blood pressure with a home cuff and answer a short mood check in the app. You will need a sober adult, your "sitter", in the home for the whole session. You choose a comfortable spot, set an intention, put on an eye mask and music, and place the tablet in your mouth as instructed, letting it dissolve for several minutes before spitting out the remaining saliva.</p>
<p>Effects begin within 10 to 20 minutes and usually last 45 minutes to an hour. Many people describe a dreamlike, floating state, shifts in how their body feels, and sometimes vivid imagery or memories. Afterwards you rest, drink water and, when you feel ready, spend some time writing in the integration journal. You must not drive for the rest of the day.</p>

<h2 id="safety">Safety and monitoring</h2>
<p>Every dose is decided by your clinician and adjusted only after a follow-up. We never increase doses on request through messaging alone. Patients report blood pressure before and after each session, and we set thresholds above which a session should not go ahead. We track PHQ-9 and GAD-7 scores over time, and if your scores worsen or you report concerning side effects, your clinician will contact you. Ketamine can cause bladder problems with frequent, high-dose use; our protocols use far lower and less frequent doses, and we ask about urinary symptoms at every follow-up.</p>
<p>Ketamine is a Schedule III controlled substance. Our pharmacies dispense only the quantity needed for the current treatment block, and refills require a clinician visit.</p>

<h2 id="cost">Cost and insurance</h2>
<p>The initial programme costs $299 and includes the clinician evaluation, two follow-ups, six prescribed doses, the preparation session and app access. Maintenance is $149 per month for patients whose clinician recommends continued treatment. Ketamine for depression is an off-label use and is rarely covered by insurance, but we provide superbills that some patients submit for out-of-network reimbursement, and HSA/FSA cards are accepted.</p>

<h2 id="compare">How it compares with clinic treatment</h2>
<p>Clinic-based intravenous ketamine has the strongest evidence and allows continuous monitoring by staff on site. Esketamine nasal spray is FDA-approved for treatment-resistant depression and is given in certified centres. At-home treatment trades some of that direct monitoring for lower cost and easier access. For some people the right answer is a clinic; for others, home treatment with careful remote oversight is the realistic option. Our clinicians will discuss these alternatives honestly during your evaluation.</p>

<div class="cta-box"><h3>Is at-home ketamine right for you?</h3><p>Start with our 5-minute eligibility check. A licensed clinician will review everything before any decision is made.</p><a class="btn" href="/eligibility">Check eligibility</a></div>
</main>
<footer><p>Meridian Mind Health provides care through independently licensed clinicians in the states listed. If you are in crisis, call or text 988 or go to your nearest emergency room.</p><p><a href="/privacy">Privacy</a> &middot; <a href="/hipaa">HIPAA notice</a> &middot; <a href="/terms">Terms</a></p></footer>
""", noise="cookie")

p("h8516", "https://kindredpath.example/blog/your-first-month-of-ketamine-treatment", "telehealth", False, "en",
  "telehealth-blog-long-first-month-narrative", "What Your First Month of Ketamine Treatment Actually Looks Like | Kindred Path Blog", """
<header><a href="/" class="logo">kindred path</a><nav><a href="/treatment">Treatment</a> <a href="/team">Care team</a> <a href="/blog">Blog</a> <a href="/faq">FAQ</a> <a href="/book">Book a consult</a></nav></header>
<article class="post">
<h1>What Your First Month of Ketamine Treatment Actually Looks Like</h1>
<p class="byline">By Jordan Ellis, LCSW, Integration Lead &middot; 11 min read</p>
<p>People often come to their first consult with us carrying two pictures in their heads. One is the miracle story from a magazine: a single session and years of depression melt away. The other is the cautionary tale: someone lost in a K-hole, frightened and alone. Neither is what most of our patients experience. This post walks through a first month week by week, based on what we see with hundreds of patients, so you can arrive with realistic expectations.</p>

<h2>Before week one: the consult and the "no"</h2>
<p>Everything starts with a video consultation with one of our psychiatric prescribers. This is a real medical appointment, not a formality. Your prescriber will ask about your history of depression and anxiety, medications you have tried, any history of psychosis, mania or substance use, your heart health and blood pressure, and what support you have at home. They will often ask to speak with your therapist or primary care doctor, with your permission.</p>
<p>Not everyone is prescribed ketamine. In the last year roughly a quarter of people who had a consult with us were told it was not the right option right now, sometimes because their blood pressure needed attention first, sometimes because another treatment made more sense, and sometimes because they were in a crisis that needed in-person care. We know a "no" can be disappointing. We would rather say it than cause harm.</p>
<p>If your prescriber does recommend treatment, they send a prescription to our partner pharmacy, which is licensed in your state. The pharmacy ships your first block of medication with signature confirmation, along with a blood pressure cuff if you do not already have one.</p>

<h2>Week one: preparation and the first session</h2>
<p>Before your first dose you have a preparation call with an integration guide, which is my team's role. We talk about what you hope will change, what you are nervous about, who your sitter will be and where you will do your sessions. We go through the practical bits: no food for a few hours before, no alcohol that day, phone on silent, an eye mask and a playlist you actually like.</p>
<p>First sessions are often more about learning how ketamine feels than about any breakthrough. Many people say they felt heavy, floaty, a bit silly, or simply relaxed. Some feel nothing much. A few find the loss of control unsettling. All of that is normal, and all of it is useful information for your prescriber, who reviews your session notes and blood pressure readings before your next dose.</p>

<h2>Week two: adjusting</h2>
<p>After your second session you have a short follow-up with your prescriber. This is where dosing is adjusted, up or down, based on how you responded and any side effects. We never change a dose because someone messages asking for "something stronger". Changes happen in a visit.</p>
<p>Week two is also when some patients first notice a shift outside sessions: waking up with a bit less dread, an old hobby feeling possible again, being less reactive in an argument. Others do not notice anything yet. We encourage people not to judge the treatment at this point.</p>

<h2>Week three: integration becomes the work</h2>
<p>By the third or fourth session, the experiences themselves often become more meaningful. Patients describe seeing a problem from a distance, revisiting memories without the usual sting, or simply feeling a rare sense of spaciousness. Integration sessions, where you talk through what came up and what you want to do with it, become central. This is where therapy and ketamine work together. We strongly encourage anyone with an existing therapist to keep seeing them during treatment.</p>
<p>Side effects at this stage are usually familiar: some nausea, tiredness for the rest of the day, occasionally a headache. If anything new appears, particularly urinary symptoms, chest pain or a sharp rise in blood pressure, we want to hear about it immediately.</p>

<h2>Week four: the first review</h2>
<p>After your sixth session you have a longer review with your prescriber. You repeat the questionnaires you filled in at the start, and together you look at what has changed. Roughly speaking, in our programme around half of patients show a meaningful improvement on their depression scores by this point, some show a partial response, and some do not respond. The options from here include a maintenance plan with sessions spaced further apart, a pause to see how long the benefit lasts, or stopping ketamine and exploring other treatments, including a referral for in-person IV ketamine, esketamine or TMS.</p>

<h2>What we ask of you</h2>
<ul>
<li>A sitter in the home for every session, without exception.</li>
<li>Honest blood pressure and mood logs.</li>
<li>Keeping your medication stored securely and never sharing it.</li>
<li>Telling us about any new medication or substance use.</li>
</ul>

<h2>A final word</h2>
<p>Ketamine is a tool, and like any tool it works best in the hands of a team. If you are curious whether it could help you, the first step is a conversation with a prescriber. You can <a href="/book">book a consult here</a>; the consult fee is $150 and is credited to your programme if you go ahead.</p>
</article>
<aside><h4>Related posts</h4><ul><li><a href="/blog/choosing-a-sitter">Choosing your sitter</a></li><li><a href="/blog/integration-journaling">Integration journaling prompts</a></li><li><a href="/blog/ketamine-and-ssris">Can I keep taking my SSRI?</a></li></ul></aside>
<footer>Kindred Path Health, PC &middot; Clinical services provided by licensed prescribers in AZ, CA, CO, IL, NY and TX &middot; In crisis? Call or text 988.</footer>
""")

p("h8517", "https://lumen-telepsych.example/faq", "telehealth", False, "en",
  "telehealth-long-faq-page-accordion", "Frequently Asked Questions | Lumen Telepsychiatry Ketamine Program", """
<header><a href="/" class="brand">Lumen</a> <span class="tag">Telepsychiatry</span>
<nav><a href="/program">Ketamine program</a> <a href="/medication-management">Medication management</a> <a href="/providers">Providers</a> <a href="/faq" class="on">FAQ</a> <a href="/apply">Apply</a></nav></header>
<main>
<h1>Frequently asked questions</h1>
<p>We have grouped the questions we hear most often. If you cannot find your answer here, our patient coordinators are available Monday to Saturday by phone or secure message.</p>
<div class="faq-group"><h2>About the program</h2>
<details open><summary>What is the Lumen ketamine program?</summary><p>It is a telehealth treatment program for adults with depression, anxiety or PTSD who have not responded well to other treatments. Care is led by our board-certified psychiatrists and psychiatric nurse practitioners, who evaluate you by video, prescribe oral ketamine if appropriate, and follow you closely throughout treatment. Sessions take place at home with a trusted adult present.</p></details>
<details><summary>Is ketamine FDA-approved for depression?</summary><p>Racemic ketamine is FDA-approved as an anaesthetic. Its use for depression and anxiety is off-label, which is a common and legal practice in medicine when a clinician judges a treatment appropriate based on evidence. Esketamine nasal spray (Spravato) is FDA-approved for treatment-resistant depression but must be given in a certified healthcare setting; we can refer you to a certified centre if that is a better fit.</p></details>
<details><summary>How is this different from buying ketamine online?</summary><p>Very different. Websites that ship ketamine after a quick questionnaire, without a clinician ever seeing you, are operating outside the law and put people at real risk. At Lumen no prescription is written without a live video evaluation by a licensed clinician, doses are set and changed only by your prescriber, and medication is dispensed by a licensed pharmacy in limited quantities.</p></details>
</div>
<div class="faq-group"><h2>Eligibility</h2>
<details><summary>Who can join?</summary><p>Adults aged 21 to 75 who live in one of the states where our clinicians are licensed (currently California, Colorado, Florida, Illinois, Massachusetts, New Jersey, New York, Pennsylvania, Texas and Washington) and who have a diagnosis of depression, anxiety or PTSD.</p></details>
<details><summary>Who is not eligible?</summary><p>People with a history of schizophrenia, psychosis or mania; uncontrolled hypertension; recent heart attack or stroke; active substance use disorder, including alcohol; pregnancy or breastfeeding; or a history of interstitial cystitis. Your clinician may identify other reasons during the evaluation.</p></details>
<details><summary>Do I need a referral?</summary><p>No referral is required, but we ask for the name of your primary care provider and, if you have one, your therapist, so that we can coordinate care with your consent.</p></details>
<details><summary>What if I am not approved?</summary><p>If your clinician does not recommend ketamine, you will not be charged the program fee, only the evaluation fee. Your clinician will explain the reasons and suggest alternatives, which might include our medication management service, TMS, or a referral for in-person care.</p></details>
</div>
<div class="faq-group"><h2>Treatment</h2>
<details><summary>What does the evaluation involve?</summary><p>Before the appointment you complete an online history and standardised questionnaires. The video evaluation lasts about an hour. Your clinician reviews your psychiatric and medical history, current medications, substance use, blood pressure and goals. Some patients are asked for lab work or an ECG before a decision is made.</p></details>
<details><summary>How is the medication delivered?</summary><p>Your prescription goes to a licensed partner pharmacy in your state, which ships it in tamper-evident packaging requiring an adult signature. Each shipment contains only the doses for your current block of treatment.</p></details>
<details><summary>How many sessions will I have?</summary><p>The initial block is eight sessions over four weeks. Afterwards your clinician may recommend maintenance sessions every two to four weeks, or a pause.</p></details>
<details><summary>What happens during a session?</summary><p>You check your blood pressure, complete a brief mood check in the Lumen app, and take your prescribed dose while reclining with an eye mask and music. A sitter stays in the home throughout. Effects last about an hour. You should not drive, work or make important decisions for the rest of the day.</p></details>
<details><summary>Can I keep taking my other medications?</summary><p>Most antidepressants can be continued. Benzodiazepines, some sleep medications and opioids can interact with ketamine, and your clinician may adjust timing or doses. Never change your medication without speaking to your prescriber.</p></details>
<details><summary>What side effects should I expect?</summary><p>Common effects during a session are dissociation, dizziness, nausea, blurred vision and a temporary rise in blood pressure. Afterwards some people feel tired or have a headache. Rare but serious effects include significant blood pressure elevation and bladder inflammation with frequent use. We monitor for these at every follow-up.</p></details>
</div>
<div class="faq-group"><h2>Cost</h2>
<details><summary>How much does it cost?</summary><p>The psychiatric evaluation is $195. The four-week program is $390 and includes clinician follow-ups and integration coaching. Medication is billed separately by the pharmacy and typically costs $40 to $90 per block. Maintenance care is $129 per month.</p></details>
<details><summary>Do you take insurance?</summary><p>Our medication management service is in network with several plans. The ketamine program is self-pay, but we provide superbills for out-of-network reimbursement and accept HSA and FSA cards.</p></details>
<details><summary>Can I cancel?</summary><p>Yes. You can stop treatment at any time. Unused program fees are refunded pro rata.</p></details>
</div>
<div class="faq-group"><h2>Safety and privacy</h2>
<details><summary>What if I feel unsafe during or after a session?</summary><p>Your sitter should call 911 in an emergency. For urgent but non-emergency concerns our on-call clinician can be reached 24/7 through the app. If you are having thoughts of suicide, call or text 988.</p></details>
<details><summary>Is my information private?</summary><p>Yes. Lumen is a HIPAA-covered entity. We never sell your data and we share information with other providers only with your consent or when required by law.</p></details>
</div>
<p class="more">Still have questions? <a href="/contact">Message a patient coordinator</a> or <a href="/apply">start your application</a>.</p>
</main>
<footer>Lumen Telepsychiatry, P.A. &middot; Medical Director: Dr. Priya Natarajan, MD &middot; <a href="/privacy">Notice of Privacy Practices</a></footer>
""", noise="cookie")

p("h8518", "https://clearview-psychiatry.example/articles/is-spravato-right-for-you", "telehealth", False, "en",
  "virtual-psychiatry-long-article-esketamine-referral-to-partner", "Is Spravato (Esketamine) Right for You? A Psychiatrist's Long Answer | ClearView Virtual Psychiatry", """
<header><a href="/" class="logo">ClearView</a> <span>Virtual Psychiatry</span>
<nav><a href="/services">Services</a> <a href="/conditions">Conditions</a> <a href="/articles">Articles</a> <a href="/insurance">Insurance</a> <a href="/new-patient">New patients</a></nav></header>
<main>
<h1>Is Spravato (Esketamine) Right for You? A Psychiatrist's Long Answer</h1>
<p class="author">Dr. Helen Marchetti, MD &middot; Chief Medical Officer</p>
<p>At least once a week a patient asks me some version of the same question: "I've heard about the ketamine nasal spray. Should I try it?" It is a good question, and the honest answer is longer than fits into the last five minutes of a medication visit. So here it is, written out.</p>

<h2>First, what Spravato is</h2>
<p>Spravato is the brand name for esketamine, a nasal spray approved by the FDA in 2019 for adults with treatment-resistant depression, and later for depressive symptoms in adults with major depression and acute suicidal ideation or behaviour. It is a close relative of ketamine, the anaesthetic that has been studied for depression since 2000. It is taken together with an oral antidepressant, or, more recently, on its own in some patients.</p>
<p>What makes Spravato unusual is how it is given. Because it can cause sedation, dissociation and rises in blood pressure, it is only available through a safety programme called a REMS. You take each dose in a certified treatment centre, under observation, and stay for at least two hours. You cannot take it home. That single fact shapes most of the practical decisions below.</p>

<h2>Who tends to be a good candidate</h2>
<p>In my practice the patients I think about Spravato for usually share several features: a clear diagnosis of major depressive disorder; at least two, and often many more, adequate trials of antidepressants that did not work well enough; no history of psychosis; blood pressure that is controlled; and a realistic way to get to a treatment centre twice a week for the first month. That last point sounds mundane, but it is where many plans fall apart.</p>
<p>I am more cautious in people with significant cardiovascular disease, a history of substance use disorder (particularly with dissociatives or sedatives), or who are pregnant or planning pregnancy. None of these is automatically a "no", but each needs a careful conversation.</p>

<h2>What the evidence shows</h2>
<p>In the registration trials, people who added esketamine to a new oral antidepressant improved more than people who added a placebo spray, and the difference was visible within the first week. The size of the effect was moderate, not miraculous. In a maintenance trial, people who had responded and continued esketamine were considerably less likely to relapse than those switched to placebo. A later head-to-head trial found esketamine outperformed a commonly used augmentation strategy, quetiapine, in treatment-resistant depression.</p>
<p>In my own patients, the picture matches: roughly half have a meaningful response, a smaller group have a dramatic one, and some have none at all. I cannot reliably predict in advance who will respond.</p>

<h2>What treatment actually involves</h2>
<p>For the first four weeks, sessions are twice weekly. After that, weekly for a month, then weekly or every other week. Each visit lasts around two and a half hours. You cannot drive home and need someone to pick you up or a ride service. Most commercial insurers and Medicare cover Spravato with prior authorisation, though copays vary widely, and the manufacturer has a savings programme.</p>

<h2>How we handle it at ClearView</h2>
<p>ClearView is a fully virtual psychiatry practice. We do not administer Spravato ourselves because it must be given in person. Here is what we do:</p>
<ol>
<li>Your ClearView psychiatrist evaluates you by video, reviews your treatment history and records, and decides with you whether esketamine is appropriate.</li>
<li>If it is, we complete the prior authorisation with your insurer and send a referral to one of our REMS-certified partner centres near you. We currently partner with centres in 14 states.</li>
<li>The partner centre administers and monitors each dose. We receive session notes and blood pressure records.</li>
<li>We continue to manage your oral antidepressant and your overall care by video, and we adjust the plan together with the treatment centre.</li>
</ol>
<p>If esketamine is not a fit, we discuss alternatives, which might include a different medication strategy, transcranial magnetic stimulation, electroconvulsive therapy, or intravenous ketamine at a partner clinic.</p>

<h2>Questions to ask yourself before the appointment</h2>
<ul>
<li>Can I realistically get to a centre twice a week for a month?</li>
<li>Who will drive me home?</li>
<li>What treatments have I tried, for how long, and at what doses?</li>
<li>What does "better" look like for me?</li>
</ul>

<h2>A note on online offers</h2>
<p>I have had patients show me websites claiming to sell esketamine nasal spray or ketamine lozenges by mail without any evaluation. Please do not use them. Beyond the legal issues, you have no way of knowing what is in the product, and nobody is watching your blood pressure or your mood.</p>

<p class="cta">If you would like to talk about whether Spravato or another treatment could help, <a href="/new-patient">request a new-patient video appointment</a>. Most insurance plans are accepted.</p>
</main>
<footer>ClearView Virtual Psychiatry, PLLC &middot; Services delivered via secure telehealth &middot; Not for emergencies: call 911 or 988.</footer>
""")

p("h8519", "https://harborlight-health.example/sms/eligibility-reply", "telehealth", False, "en",
  "telehealth-plain-text-auto-reply-snippet", "", """
Harborlight Health: thanks for your interest in our ketamine program. Before anything is prescribed, a licensed psychiatric clinician meets you by video for a full evaluation; book your 60-minute visit at harborlight-health.example/book. Reply STOP to opt out.
""", ext="txt")

p("h8520", "https://psiqueenlinea.example/guias/ketamina-y-esketamina-consulta-en-linea", "telehealth", False, "es",
  "telepsiquiatria-guia-larga-evaluacion-video-derivacion", "Ketamina y esketamina: cómo trabajamos desde la consulta en línea | PsiqueEnLínea", """
<header><a href="/" class="logo">PsiqueEnLínea</a>
<nav><a href="/servicios">Servicios</a> <a href="/especialistas">Especialistas</a> <a href="/guias">Guías</a> <a href="/tarifas">Tarifas</a> <a href="/agendar" class="btn">Agendar consulta</a></nav></header>
<main>
<h1>Ketamina y esketamina: cómo trabajamos desde la consulta en línea</h1>
<p class="autor">Dra. Mariana Robles Iturbe, psiquiatra (cédula de especialidad 9XXXXXX) · Revisado en octubre de 2026</p>

<p>Cada semana recibimos mensajes de personas que han leído sobre la ketamina para la depresión y quieren saber si pueden recibirla a través de nuestra plataforma. Esta guía explica con detalle qué hacemos, qué no hacemos y por qué. Es larga a propósito: preferimos que llegue a su primera consulta con toda la información.</p>

<h2>Lo que dice la evidencia</h2>
<p>La ketamina es un anestésico con más de cincuenta años de uso. Desde el año 2000 se sabe que, a dosis bajas y por vía intravenosa, puede reducir los síntomas de depresión en cuestión de horas en personas que no han respondido a otros tratamientos. La esketamina, una de las dos formas de la molécula, se aprobó en forma de espray nasal para la depresión resistente y en México y otros países de la región está disponible en hospitales y clínicas autorizadas.</p>
<p>El efecto es rápido pero, en muchas personas, pasajero. Por eso se administra en series de sesiones y, casi siempre, junto con un antidepresivo oral y psicoterapia. No es un tratamiento de primera línea ni funciona en todos los casos: en los estudios, aproximadamente la mitad de los pacientes con depresión resistente tienen una respuesta significativa.</p>

<h2>Qué hacemos en PsiqueEnLínea</h2>
<p>Somos un servicio de psiquiatría a distancia. Nuestros especialistas están certificados por el consejo de la especialidad y atienden por videollamada segura. En lo que respecta a la ketamina y la esketamina, nuestro papel es el siguiente:</p>
<ol>
<li><b>Evaluación psiquiátrica completa por videollamada</b> (60 minutos). Revisamos su historia clínica, los tratamientos previos con dosis y duración, antecedentes médicos, consumo de sustancias y el apoyo con el que cuenta.</li>
<li><b>Revisión de estudios.</b> Según el caso, solicitamos presión arterial, electrocardiograma o análisis de laboratorio recientes.</li>
<li><b>Decisión compartida.</b> Si la ketamina o la esketamina es una opción razonable, se lo explicamos junto con las alternativas (ajuste de medicación, estimulación magnética transcraneal, terapia electroconvulsiva, psicoterapia intensiva).</li>
<li><b>Derivación a un centro asociado.</b> Las sesiones se realizan de forma presencial en una de nuestras clínicas asociadas en Ciudad de México, Guadalajara, Monterrey o Querétaro, donde el personal médico administra la dosis y vigila la presión arterial durante al menos dos horas.</li>
<li><b>Seguimiento.</b> Su psiquiatra de PsiqueEnLínea continúa el seguimiento por videollamada, recibe los reportes del centro y ajusta el resto del tratamiento.</li>
</ol>

<h2>Lo que no hacemos</h2>
<p>No enviamos ketamina a domicilio, no recetamos ketamina tras un cuestionario y no ofrecemos "microdosis". La ketamina es un medicamento controlado y requiere supervisión. Si encuentra en internet páginas o cuentas de WhatsApp que ofrecen ketamina o esketamina sin consulta médica, le pedimos que no las utilice: no hay forma de saber qué contiene el producto ni quién le atenderá si algo sale mal.</p>

<h2>¿Para quién puede ser adecuada?</h2>
<p>Valoramos esta opción en adultos con depresión mayor que no han mejorado con al menos dos antidepresivos a dosis y tiempo adecuados. No es adecuada para personas con antecedentes de psicosis o manía, hipertensión no controlada, enfermedad cardíaca importante, embarazo o un trastorno por consumo de sustancias activo. Si usted está en una crisis con ideas suicidas, no espere a una consulta en línea: acuda a urgencias o llame a la Línea de la Vida (800 911 2000).</p>

<h2>Cómo es una sesión en el centro asociado</h2>
<p>Llega con ayuno de dos horas y acompañado. Se mide la presión arterial, se administra la dosis (infusión intravenosa de unos 40 minutos o espray nasal, según el caso) y permanece en un sillón reclinable con antifaz y música. El personal le vigila durante todo el tiempo. Después de unas dos horas, si todo está en orden, puede irse a casa, pero no puede conducir ese día.</p>

<h2>¿Y la ketamina oral en casa?</h2>
<p>Algunos servicios en otros países prescriben comprimidos de ketamina para tomar en casa después de una evaluación médica. En nuestro caso, por la regulación vigente y por seguridad, preferimos que la administración se haga en un centro donde se pueda vigilar la presión arterial y la respuesta del paciente. Si en el futuro cambian las normas o la evidencia, actualizaremos esta guía. Mientras tanto, su psiquiatra le explicará en la consulta por qué consideramos que el entorno presencial es el más adecuado para la mayoría de las personas.</p>
<p>También conviene recordar que la ketamina no sustituye al resto del tratamiento. Los mejores resultados se observan cuando se combina con un antidepresivo bien ajustado, con psicoterapia y con cambios en hábitos como el sueño, la actividad física y el consumo de alcohol.</p>
<h2>Costos</h2>
<p>La evaluación psiquiátrica en PsiqueEnLínea cuesta $1,450 MXN y las consultas de seguimiento $1,100 MXN. Las sesiones en los centros asociados se pagan directamente al centro; le daremos la lista de precios vigente antes de cualquier decisión. Algunas aseguradoras de gastos médicos mayores cubren la esketamina con autorización previa; nosotros le ayudamos con el informe médico.</p>

<h2>Preguntas frecuentes</h2>
<h3>¿Puedo hacer todo el tratamiento en línea?</h3>
<p>La evaluación y el seguimiento sí; la administración, no.</p>
<h3>¿Tengo que dejar mi antidepresivo?</h3>
<p>En general no. Su psiquiatra revisará cada medicamento.</p>
<h3>¿Cuánto tarda en hacer efecto?</h3>
<p>Algunas personas notan cambios tras las primeras sesiones; otras necesitan la serie completa de cuatro semanas.</p>
<p class="cta"><a href="/agendar">Agende su evaluación por videollamada</a></p>
</main>
<footer><p>PsiqueEnLínea, S.C. · Responsable sanitario: Dr. Luis Ángel Cárdenas · Aviso de funcionamiento COFEPRIS en trámite de renovación · <a href="/privacidad">Aviso de privacidad</a></p></footer>
""", noise="cookie-es")

p("h8521", "https://psychiatrie-online-praxis.example/esketamin-faq", "telehealth", False, "de",
  "online-psychiatrie-lange-faq-videosprechstunde-zuweisung", "Esketamin und Ketamin: Ihre Fragen an unsere Online-Sprechstunde | Psychiatrie Online Praxis", """
<header><a href="/" class="logo">Psychiatrie Online Praxis</a>
<nav><a href="/leistungen">Leistungen</a> <a href="/team">Ärzteteam</a> <a href="/ablauf">Ablauf</a> <a href="/esketamin-faq" class="aktiv">Esketamin-FAQ</a> <a href="/termin">Termin buchen</a></nav></header>
<main>
<h1>Esketamin und Ketamin: Ihre Fragen an unsere Online-Sprechstunde</h1>
<p>Seit wir unsere Videosprechstunde anbieten, gehört die Frage nach Esketamin und Ketamin zu den häufigsten überhaupt. Auf dieser Seite beantworten unsere Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie die wichtigsten Fragen ausführlich. Die Seite ersetzt kein Gespräch, hilft Ihnen aber, sich gut vorzubereiten.</p>

<h2>Allgemeines</h2>
<h3>Was ist Esketamin?</h3>
<p>Esketamin ist die S-Form des Narkosemittels Ketamin. Als Nasenspray (Handelsname Spravato) ist es seit Ende 2019 in der EU zur Behandlung therapieresistenter Depressionen bei Erwachsenen zugelassen, in Kombination mit einem oralen Antidepressivum. Seit 2021 gibt es zudem eine Zulassung für die Akutbehandlung bei psychiatrischem Notfall im Rahmen einer depressiven Episode.</p>
<h3>Wie wirkt es?</h3>
<p>Esketamin blockiert NMDA-Rezeptoren des Glutamatsystems. Das führt nach heutigem Verständnis zu einer raschen Verstärkung synaptischer Verbindungen in Hirnregionen, die bei Depressionen beeinträchtigt sind. Die Wirkung setzt oft schon nach Stunden bis Tagen ein, also deutlich schneller als bei klassischen Antidepressiva.</p>
<h3>Und racemisches Ketamin als Infusion?</h3>
<p>Ketamin-Infusionen werden in einigen Kliniken und Praxen „off label“ eingesetzt, also außerhalb der Zulassung. Die Studienlage ist gut, die Kosten werden von den gesetzlichen Krankenkassen in der Regel aber nicht übernommen.</p>

<h2>Unsere Rolle als Online-Praxis</h2>
<h3>Kann ich Esketamin über Ihre Videosprechstunde bekommen?</h3>
<p>Nein, nicht direkt. Esketamin muss laut Fachinformation unter Aufsicht von medizinischem Fachpersonal angewendet werden; Patientinnen und Patienten bleiben nach jeder Anwendung mindestens zwei Stunden zur Überwachung vor Ort. Eine Abgabe zur Anwendung zu Hause ist nicht vorgesehen.</p>
<h3>Was können Sie dann für mich tun?</h3>
<p>Wir übernehmen die Diagnostik und die Indikationsstellung. In einem ausführlichen Erstgespräch per Video (50 Minuten) prüfen wir Ihre Vorgeschichte, die bisherigen Behandlungsversuche mit Dosierung und Dauer, körperliche Vorerkrankungen, Blutdruck und Medikamente. Wenn Esketamin oder eine Ketamin-Behandlung in Frage kommt, erhalten Sie einen ausführlichen Arztbrief und eine Überweisung an eine unserer Kooperationskliniken bzw. -praxen in Berlin, Hamburg, Köln, Frankfurt oder München. Dort findet die Anwendung statt. Die begleitende psychiatrische Behandlung und die Einstellung Ihrer übrigen Medikation führen wir weiterhin per Video fort.</p>
<h3>Wer sind Ihre Ärztinnen und Ärzte?</h3>
<p>Unser Team besteht aus Fachärztinnen und Fachärzten für Psychiatrie und Psychotherapie mit deutscher Approbation, u.&nbsp;a. Dr. med. Katrin Behrens, Dr. med. Yusuf Demir und Dr. med. Anna-Lena Vogt. Die Praxis ist bei der Ärztekammer Berlin gemeldet.</p>

<h2>Voraussetzungen</h2>
<h3>Für wen kommt Esketamin in Frage?</h3>
<p>Für Erwachsene mit mittelgradiger bis schwerer depressiver Episode, bei denen mindestens zwei Antidepressiva in ausreichender Dosis und Dauer nicht ausreichend gewirkt haben. Nicht geeignet ist es u.&nbsp;a. bei Aneurysmen, kürzlichem Herzinfarkt oder Schlaganfall, unkontrolliertem Bluthochdruck und in der Schwangerschaft. Bei Psychosen in der Vorgeschichte oder Suchterkrankungen ist besondere Vorsicht geboten.</p>
<h3>Brauche ich eine Überweisung vom Hausarzt?</h3>
<p>Für die Videosprechstunde nicht. Für die spätere Behandlung in einer Klinik kann je nach Haus eine Überweisung oder Einweisung nötig sein; diese stellen wir aus.</p>

<h2>Kosten</h2>
<h3>Übernimmt die Krankenkasse die Kosten?</h3>
<p>Die Videosprechstunde rechnen wir mit gesetzlichen und privaten Kassen ab. Esketamin ist bei zugelassener Indikation grundsätzlich erstattungsfähig, wenn es in einer geeigneten Einrichtung angewendet wird. Ketamin-Infusionen sind meist Selbstzahlerleistungen; die Kooperationspraxen informieren Sie vorab über die Kosten.</p>

<h2>Sicherheit</h2>
<h3>Welche Nebenwirkungen treten auf?</h3>
<p>Häufig sind Dissoziation, Schwindel, Übelkeit, Benommenheit, Kopfschmerzen und ein vorübergehender Blutdruckanstieg. Sie klingen in der Regel innerhalb von zwei Stunden ab. Am Behandlungstag dürfen Sie nicht Auto fahren.</p>
<h3>Im Internet werden Ketamin-Lutschtabletten ohne Rezept angeboten. Ist das eine Alternative?</h3>
<p>Nein. Solche Angebote sind illegal, die Qualität ist unbekannt und niemand überwacht die Behandlung. Bitte nutzen Sie sie nicht.</p>
<h3>Wie lange dauert es bis zu einem Termin in der Kooperationsklinik?</h3>
<p>Das hängt von Region und Einrichtung ab. In der Regel liegen die Wartezeiten zwischen zwei und acht Wochen. Wir nennen Ihnen im Erstgespräch die aktuellen Wartezeiten und leiten Ihre Unterlagen direkt weiter, damit dort keine Doppeluntersuchungen nötig sind.</p>
<h3>Was tun in einer akuten Krise?</h3>
<p>Die Videosprechstunde ist nicht für Notfälle gedacht. Wählen Sie 112 oder wenden Sie sich an die nächste psychiatrische Klinik. Die Telefonseelsorge erreichen Sie rund um die Uhr unter 0800 111 0 111.</p>
<p class="cta"><a href="/termin">Jetzt Erstgespräch per Video buchen</a></p>
</main>
<footer>Psychiatrie Online Praxis · Privatärztliche und kassenärztliche Videosprechstunde · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h8522", "https://teleconsult-psy.example/blog/depression-resistante-esketamine-teleconsultation", "telehealth", False, "fr",
  "teleconsultation-psychiatrie-article-blog-long", "Dépression résistante : ce que la téléconsultation peut (et ne peut pas) faire pour l'eskétamine | TéléConsult Psy", """
<header><a href="/" class="logo">TéléConsult Psy</a>
<nav><a href="/nos-psychiatres">Nos psychiatres</a> <a href="/comment-ca-marche">Comment ça marche</a> <a href="/tarifs">Tarifs</a> <a href="/blog">Blog</a> <a href="/rdv" class="btn">Prendre rendez-vous</a></nav></header>
<article>
<h1>Dépression résistante : ce que la téléconsultation peut (et ne peut pas) faire pour l'eskétamine</h1>
<p class="auteur">Par le Dr Claire Vasseur, psychiatre, inscrite au tableau de l'Ordre des médecins de Paris · 10 min de lecture</p>

<p>Depuis que l'eskétamine a fait son entrée dans l'arsenal thérapeutique français, nos patients nous interrogent de plus en plus souvent. « Est-ce que je peux l'avoir ? », « Pourquoi mon psychiatre ne m'en a jamais parlé ? », « Est-ce qu'on peut la prendre à la maison ? ». Voici des réponses détaillées, et la façon dont nous travaillons concrètement.</p>

<h2>Qu'entend-on par dépression résistante ?</h2>
<p>On parle de dépression résistante lorsqu'un épisode dépressif caractérisé ne s'améliore pas suffisamment après au moins deux traitements antidépresseurs de classes différentes, pris à dose efficace pendant une durée suffisante, en général de six à huit semaines chacun. Ce n'est pas une catégorie rare : selon les études, entre 20 et 30 % des personnes traitées pour une dépression sont concernées. Avant de conclure à une résistance, il faut vérifier le diagnostic, l'observance, l'absence de trouble bipolaire méconnu, de consommation d'alcool ou de cause médicale, comme une hypothyroïdie.</p>

<h2>L'eskétamine en quelques mots</h2>
<p>L'eskétamine est l'énantiomère S de la kétamine, un anesthésique utilisé depuis les années 1970. Sous forme de spray nasal, elle est indiquée chez l'adulte pour la dépression résistante, en association avec un antidépresseur oral. En France, elle est réservée à l'usage hospitalier : les pulvérisations sont réalisées dans un établissement de santé, sous la surveillance d'un professionnel, et le patient reste au moins deux heures après chaque séance. Elle ne peut donc pas être délivrée en pharmacie de ville pour un usage à domicile.</p>
<p>Dans les essais, l'ajout d'eskétamine a permis une amélioration plus rapide et plus marquée que le placebo chez une partie des patients, avec des effets souvent visibles dès la première semaine. Les effets indésirables les plus fréquents sont la dissociation, les vertiges, les nausées, la somnolence et l'élévation transitoire de la pression artérielle.</p>

<h2>Ce que la téléconsultation permet</h2>
<p>La téléconsultation psychiatrique est un outil très utile pour une grande partie du parcours :</p>
<ul>
<li><b>Faire le point complet</b> sur vos traitements antérieurs, les doses, les durées, les effets secondaires, souvent dispersés entre plusieurs médecins. Nous vous demandons vos ordonnances et comptes rendus avant la consultation.</li>
<li><b>Confirmer le diagnostic</b> et rechercher les éléments qui orientent vers une autre prise en charge.</li>
<li><b>Discuter des options</b> : optimisation ou changement d'antidépresseur, potentialisation par lithium ou antipsychotique atypique, stimulation magnétique transcrânienne, électroconvulsivothérapie, eskétamine, psychothérapie structurée.</li>
<li><b>Adresser</b> votre dossier, avec un courrier détaillé, à un service hospitalier qui pratique l'eskétamine près de chez vous. Nous travaillons régulièrement avec plusieurs centres en Île-de-France, à Lyon, Lille, Bordeaux et Marseille.</li>
<li><b>Assurer le suivi</b> entre les séances hospitalières : adaptation de l'antidépresseur oral, évaluation de l'humeur, coordination avec votre médecin traitant.</li>
</ul>

<h2>Ce que la téléconsultation ne permet pas</h2>
<p>Nous ne prescrivons pas d'eskétamine ni de kétamine à prendre chez soi, et nous ne le ferons pas. Ce n'est pas une question de prudence excessive : le cadre réglementaire français l'interdit, et surtout la surveillance de la tension et de l'état de conscience après la prise fait partie intégrante de la sécurité du traitement. Méfiez-vous des sites ou comptes sur les réseaux sociaux qui proposent de la kétamine « sans ordonnance » ou en « microdoses » livrées par la poste : ce sont des ventes illégales de produits dont vous ne connaissez ni l'origine ni le contenu.</p>
<p>La téléconsultation n'est pas non plus adaptée aux situations d'urgence. En cas d'idées suicidaires intenses, appelez le 3114, numéro national de prévention du suicide, ou le 15.</p>

<h2>Comment se déroule le parcours avec nous</h2>
<ol>
<li>Vous prenez rendez-vous en ligne avec l'un de nos psychiatres et déposez vos documents dans votre espace sécurisé.</li>
<li>Première téléconsultation de 45 minutes : bilan complet, discussion des options.</li>
<li>Si l'eskétamine paraît pertinente, nous rédigeons un courrier d'adressage et contactons le centre hospitalier choisi.</li>
<li>Les séances ont lieu à l'hôpital. Nous restons votre psychiatre référent et vous revoyons en vidéo toutes les deux à quatre semaines.</li>
</ol>

<h2>Questions fréquentes</h2>
<h3>Mon psychiatre habituel peut-il rester mon référent ?</h3>
<p>Bien sûr. Nous pouvons intervenir ponctuellement pour un avis spécialisé sur la dépression résistante, puis transmettre nos conclusions à votre psychiatre et à votre médecin traitant.</p>
<h3>Combien de temps faut-il pour obtenir un rendez-vous à l'hôpital ?</h3>
<p>Les délais varient selon les centres, de quelques semaines à plusieurs mois. Nous vous indiquons les délais connus au moment de l'adressage et relançons les équipes si nécessaire.</p>
<h3>Et la kétamine en perfusion ?</h3>
<p>Certains services hospitaliers proposent des perfusions de kétamine, en dehors de l'autorisation de mise sur le marché ou dans le cadre d'essais cliniques. Nous pouvons vous orienter vers ces équipes lorsque c'est pertinent.</p>
<h2>Remboursement</h2>
<p>Nos téléconsultations sont conventionnées secteur 1 ou 2 selon le praticien et remboursées par l'Assurance maladie dans le cadre du parcours de soins, lorsque vous êtes orienté par votre médecin traitant. Les séances d'eskétamine à l'hôpital sont prises en charge selon les règles habituelles de l'hospitalisation de jour.</p>

<p class="cta">Vous pensez être concerné ? <a href="/rdv">Prenez rendez-vous pour un bilan en téléconsultation</a>.</p>
</article>
<footer>TéléConsult Psy · Plateforme de téléconsultation hébergée chez un hébergeur certifié HDS · <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h8523", "https://psiquiatriadigital.example/guia/escetamina-e-cetamina-telemedicina", "telehealth", False, "pt",
  "telemedicina-psiquiatria-guia-longo-clinicas-parceiras", "Escetamina e cetamina: como funciona o tratamento com a Psiquiatria Digital | Guia completo", """
<header><a href="/" class="logo">Psiquiatria Digital</a>
<nav><a href="/como-funciona">Como funciona</a> <a href="/medicos">Nossos médicos</a> <a href="/guia">Guias</a> <a href="/precos">Preços</a> <a href="/agendar" class="btn">Agendar teleconsulta</a></nav></header>
<main>
<h1>Escetamina e cetamina: como funciona o tratamento com a Psiquiatria Digital</h1>
<p class="revisao">Conteúdo revisado pelo Dr. Felipe Andrade Nogueira, psiquiatra, CRM-SP 1XXXXX, RQE 8XXXX · Novembro de 2026</p>

<p>A Psiquiatria Digital é uma plataforma de telemedicina em psiquiatria que atende pacientes em todo o Brasil. Desde que a escetamina chegou ao país, recebemos muitas perguntas sobre ela e sobre a cetamina intravenosa. Este guia explica o que a ciência diz, quem pode se beneficiar e, principalmente, como o atendimento a distância se combina com as sessões presenciais, que são obrigatórias.</p>

<h2>O que são cetamina e escetamina</h2>
<p>A cetamina é um anestésico usado desde a década de 1970. Em doses baixas, mostrou em diversos estudos um efeito antidepressivo rápido em pessoas com depressão que não melhoraram com outros tratamentos. A escetamina é uma das duas formas da molécula e foi aprovada pela Anvisa em 2020 na forma de spray nasal para depressão resistente ao tratamento e, depois, para pacientes com ideação suicida. No Brasil, o spray é aplicado em clínicas e hospitais habilitados, sob supervisão, com observação de pelo menos duas horas.</p>

<h2>Quem pode ser candidato</h2>
<p>Avaliamos essa possibilidade em adultos com depressão maior que já usaram pelo menos dois antidepressivos, em dose e tempo adequados, sem melhora suficiente. Não indicamos escetamina ou cetamina para pessoas com histórico de psicose ou mania, pressão alta descontrolada, doença cardíaca grave, aneurisma, gestantes ou pessoas com uso problemático de substâncias em atividade. Cada caso é avaliado individualmente.</p>

<h2>Passo a passo</h2>
<ol>
<li><b>Teleconsulta inicial (60 minutos).</b> Um psiquiatra com CRM ativo faz a avaliação completa por vídeo: histórico, medicamentos já utilizados, exames, condições clínicas e rede de apoio.</li>
<li><b>Exames complementares.</b> Quando necessário, solicitamos aferições de pressão arterial, eletrocardiograma e exames laboratoriais.</li>
<li><b>Indicação e encaminhamento.</b> Se o tratamento for indicado, emitimos relatório médico e encaminhamos você a uma clínica parceira habilitada na sua cidade. Temos parceiros em São Paulo, Rio de Janeiro, Belo Horizonte, Curitiba, Porto Alegre, Recife e Brasília.</li>
<li><b>Sessões presenciais.</b> A aplicação é feita na clínica parceira, com equipe de enfermagem e médico presentes. Nas primeiras quatro semanas são duas sessões por semana.</li>
<li><b>Acompanhamento remoto.</b> Seu psiquiatra da Psiquiatria Digital acompanha a evolução por teleconsulta a cada duas semanas, recebe os relatórios da clínica e ajusta o antidepressivo oral e os demais medicamentos.</li>
</ol>

<h2>O que nós não fazemos</h2>
<p>Não enviamos cetamina ou escetamina para casa, não prescrevemos "microdoses" e não fazemos indicação por questionário. Se você encontrar perfis no Instagram ou números de WhatsApp oferecendo cetamina sem receita, com entrega pelos Correios, denuncie e não compre. Além de ser ilegal, não há controle de qualidade nem acompanhamento médico.</p>

<h2>Efeitos colaterais</h2>
<p>Os mais comuns durante a sessão são sensação de dissociação, tontura, náusea, sonolência e aumento temporário da pressão arterial. Em geral passam em até duas horas. No dia da aplicação você não pode dirigir. Efeitos raros, mas importantes, incluem elevação acentuada da pressão e sintomas urinários com uso frequente, e por isso a monitorização contínua é essencial.</p>

<h2>Como se preparar para as sessões</h2>
<p>Na véspera, durma bem e evite bebidas alcoólicas. No dia, faça jejum de alimentos por duas horas e de líquidos por trinta minutos antes da aplicação, como orienta a bula. Leve uma lista atualizada de todos os medicamentos que usa, inclusive fitoterápicos. Combine com alguém de confiança para levar você de volta para casa, já que não é permitido dirigir depois da sessão. Roupas confortáveis, um fone de ouvido e uma playlist tranquila costumam ajudar. Depois de cada sessão, anote como se sentiu; essas anotações são muito úteis nas teleconsultas de acompanhamento.</p>
<h2>Custos e planos de saúde</h2>
<p>A teleconsulta inicial custa R$ 420 e as consultas de acompanhamento R$ 320. O valor das sessões é cobrado diretamente pela clínica parceira e informado antes do início. Alguns planos de saúde cobrem a escetamina após solicitação com relatório médico e, em caso de negativa, muitos pacientes recorrem com apoio jurídico; podemos fornecer a documentação clínica necessária.</p>

<h2>Perguntas frequentes</h2>
<h3>Posso fazer tudo pela internet?</h3>
<p>A avaliação e o acompanhamento, sim. A aplicação, não: ela sempre acontece presencialmente.</p>
<h3>Preciso parar meu antidepressivo?</h3>
<p>Normalmente não. A escetamina é usada junto com um antidepressivo oral.</p>
<h3>Em quanto tempo vou sentir diferença?</h3>
<p>Algumas pessoas percebem melhora já na primeira semana; outras precisam completar a fase de indução de quatro semanas.</p>
<p class="aviso">Em situação de crise, ligue 188 (CVV) ou procure o pronto-socorro mais próximo.</p>
</main>
<footer>Psiquiatria Digital Serviços Médicos Ltda. · Diretor técnico: Dr. Felipe Andrade Nogueira · Atendimento conforme a Lei 14.510/2022 (telessaúde) · <a href="/privacidade">Privacidade (LGPD)</a></footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics

p("h8524", "https://bluepine-infusion.example/patient-guide/iv-ketamine-infusions", "clinic", False, "en",
  "infusion-clinic-long-patient-guide-book-now", "Your Complete Guide to IV Ketamine Infusions | Blue Pine Infusion Center, Boise", """
<div class="topbar">Blue Pine Infusion Center &middot; 1420 W Bannock St, Suite 200, Boise, ID &middot; (208) 555-0142 &middot; Mon&ndash;Sat 7 am&ndash;6 pm</div>
<header><a href="/" class="logo">Blue Pine Infusion Center</a>
<nav><a href="/treatments/ketamine">Ketamine</a> <a href="/treatments/spravato">Spravato</a> <a href="/treatments/nad">NAD+</a> <a href="/our-team">Our team</a> <a href="/patient-guide">Patient guide</a> <a href="/pricing">Pricing</a> <a href="/book" class="btn">Book a consultation</a></nav></header>
<main>
<h1>Your Complete Guide to IV Ketamine Infusions</h1>
<p class="lead">Whether your psychiatrist suggested ketamine or you are researching it on your own, this guide explains exactly what happens at Blue Pine, from your first phone call to your last maintenance infusion. We wrote it because patients told us the unknowns were the scariest part.</p>

<h2>Why intravenous?</h2>
<p>Ketamine can be given in several ways, but intravenous infusion is the route used in most of the research on depression, and it gives our anesthesia team precise control: we can slow, pause or stop the infusion at any moment, and the medicine leaves your system quickly once the drip is stopped. Your dose is calculated from your body weight and adjusted from session to session according to how you respond.</p>

<h2>Who we treat</h2>
<p>We offer ketamine infusions for treatment-resistant depression, depression with suicidal thoughts (alongside your existing care), PTSD, obsessive-compulsive disorder, and several chronic pain conditions including CRPS and fibromyalgia. Most of our mood patients are referred by a psychiatrist, therapist or primary care provider; if you do not have one, we can arrange a psychiatric evaluation with our consulting psychiatrist, Dr. Nathan Greer.</p>

<h2>Step 1: The consultation</h2>
<p>Your first visit is a 45-minute consultation in our office with our medical director, Dr. Rachel Imamura, MD, a board-certified anesthesiologist, or with our psychiatric nurse practitioner. We review your history, medications, previous treatments, heart health and goals, and check your blood pressure, heart rate and oxygen levels. We will also ask you to complete standard questionnaires so we can measure change over time. If ketamine is not a safe or sensible choice for you, we will tell you, and we will not charge for the consultation.</p>

<h2>Step 2: Preparing for your first infusion</h2>
<ul>
<li>No solid food for six hours and no clear liquids for two hours before your appointment.</li>
<li>Take your usual morning medications with a sip of water unless we have told you otherwise. We will give you specific instructions about benzodiazepines and lamotrigine, which can blunt ketamine's effect.</li>
<li>Arrange a ride. You may not drive, ride a bike or use a scooter until the next morning.</li>
<li>Wear comfortable clothes with sleeves that roll up easily.</li>
<li>Bring headphones if you have a favourite playlist; we also have a curated library.</li>
</ul>

<h2>Step 3: Infusion day</h2>
<p>You will be welcomed into one of our six private treatment rooms, each with a zero-gravity recliner, dimmable lights and a window onto the foothills. A registered nurse places a small IV in your arm and attaches monitors for blood pressure, heart rate and oxygen. A physician or nurse anesthetist is on site for every infusion.</p>
<p>The infusion itself lasts about 40 minutes. Within the first ten minutes most people feel lighter, and sounds and sensations may change. Some people see colours or shapes, some feel far away from their body, and some experience memories or emotions with unusual clarity. Your nurse checks in regularly and can adjust the rate if anything becomes uncomfortable. Nausea is common and we give anti-nausea medication beforehand when needed.</p>
<p>After the drip stops, the effects fade over 20 to 30 minutes. You rest until your vital signs are back to baseline and you feel steady on your feet, then your driver takes you home. Plan on about two hours in total.</p>

<h2>Step 4: The initial series</h2>
<p>For depression, our standard series is six infusions over two to three weeks. Many patients notice changes after the second or third infusion: better sleep, more energy, a sense that their thoughts are less sticky. We repeat your questionnaires after infusions three and six. If there is no meaningful change after six infusions, we generally do not recommend continuing and will discuss other options with you and your referring provider.</p>

<h2>Step 5: Maintenance and integration</h2>
<p>For people who respond, the benefit often lasts weeks to months. Maintenance infusions are scheduled based on how you are doing, typically every three to eight weeks. We strongly encourage patients to continue psychotherapy during and after treatment, and we partner with several local therapists who offer ketamine integration sessions.</p>

<h2>Safety</h2>
<p>Ketamine has been used safely in anesthesia for over fifty years. At the doses we use, the most common side effects are temporary: dissociation, nausea, dizziness, blurred vision and increased blood pressure. We do not treat people with uncontrolled hypertension, a history of psychosis, active substance misuse, certain heart conditions or during pregnancy. Every infusion is documented and your referring provider receives a summary after each series.</p>

<h2>Cost</h2>
<p>A single mood infusion is $475. The initial series of six is $2,550 when booked together. Pain protocols are longer and priced individually. We accept HSA/FSA cards, offer financing through CareCredit, and provide superbills for out-of-network reimbursement. Spravato treatment is billed to insurance.</p>

<div class="cta-box"><h3>Ready to talk?</h3><p>Call (208) 555-0142 or <a href="/book">book your in-office consultation online</a>. Same-week appointments are usually available.</p></div>
</main>
<footer><p>Blue Pine Infusion Center, PLLC &middot; Medical Director Rachel Imamura, MD &middot; If you are in crisis call or text 988.</p><p><a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></p></footer>
""", noise="cookie")

p("h8525", "https://threshold-kap.example/journal/integration-is-where-the-work-happens", "clinic", False, "en",
  "kap-practice-long-blog-essay-integration", "Integration Is Where the Work Happens | Threshold Ketamine-Assisted Psychotherapy, Portland", """
<header><a href="/" class="logo">Threshold</a><span class="sub">Ketamine-Assisted Psychotherapy &middot; Portland, Oregon</span>
<nav><a href="/approach">Our approach</a> <a href="/clinicians">Clinicians</a> <a href="/what-to-expect">What to expect</a> <a href="/journal">Journal</a> <a href="/fees">Fees</a> <a href="/contact">Contact</a></nav></header>
<article>
<h1>Integration Is Where the Work Happens</h1>
<p class="byline">Naomi Trask, PhD, licensed psychologist &middot; Threshold Journal</p>

<p>When people first call our office, they usually ask about the medicine. How much ketamine, how often, what will it feel like. These are fair questions and we answer them carefully. But if I could change one thing about how ketamine-assisted psychotherapy is discussed in public, it would be to move the spotlight from the hour of the dosing session to the days and weeks around it. In our experience, that is where most of the change happens.</p>

<h2>What we mean by integration</h2>
<p>Integration is the process of making sense of what came up in a ketamine session and turning it into something that lasts. It sounds abstract, but in practice it is concrete. A client who saw, during a session, how much of her life had been organised around keeping her father calm might spend the next three integration sessions noticing where she still does this with her partner, her boss, her teenage son, and practising small experiments in doing it differently. The ketamine did not give her those insights out of nowhere. It loosened the grip of old patterns enough that she could see them. The work was what she did afterwards.</p>

<h2>How our sessions are structured</h2>
<p>At Threshold, every client begins with a medical intake with our psychiatric nurse practitioner, Elena Ruiz, PMHNP, who reviews health history, medications and blood pressure and decides whether ketamine is safe. The therapy team then meets the client for two preparation sessions. Dosing sessions take place in our Southeast Portland office, in a quiet room with a reclining chair, blankets and music. Ketamine is administered as an intramuscular injection or a sublingual lozenge by our medical staff, and a therapist remains in the room for the entire session, usually around two and a half hours. Blood pressure is checked before, during and after. Clients go home with a driver.</p>
<p>Within 48 hours of each dosing session there is a 60-minute integration session, and most clients continue weekly therapy for several weeks after their final dose.</p>

<h2>Why timing matters</h2>
<p>There is some evidence from neuroscience, mostly from animal studies, that the days after ketamine may be a window of increased neuroplasticity: a period when the brain is more able to form new connections. We should be careful about over-reading this. But clinically, we do see that clients are often more open, less defended and more able to try new things in the days after a session. It makes sense to use that window for therapy rather than leave it to chance.</p>

<h2>What integration is not</h2>
<p>Integration is not interpretation. Therapists who tell clients what their visions "mean" risk replacing one story with another that happens to belong to the therapist. Our role is to help clients notice, stay curious and connect their experiences to their real lives. Nor is integration only about the dramatic sessions. Some of the most important work comes after sessions that felt boring, frustrating or confusing.</p>

<h2>Practices we often suggest</h2>
<ul>
<li><b>Write within 24 hours.</b> Memories of the session fade quickly. Even a few lines help.</li>
<li><b>Move your body.</b> A walk, gentle yoga or simply stretching helps many people reconnect after a dissociative experience.</li>
<li><b>Protect the day after.</b> Avoid scheduling demanding meetings or difficult conversations.</li>
<li><b>Choose one small action.</b> Big resolutions evaporate. One phone call, one boundary, one changed habit is more likely to stick.</li>
<li><b>Bring it into relationship.</b> Share what you are learning with someone you trust, not only with your therapist.</li>
</ul>

<h2>When sessions are difficult</h2>
<p>Not every session feels good. Some clients encounter grief, fear or old memories. A skilled therapist in the room can help you stay with difficult material safely, and integration sessions are where these experiences are processed. Occasionally we pause or stop ketamine treatment because the experiences are not helping, or because another approach makes more sense. That is a normal part of good care.</p>

<h2>A word about ketamine outside therapy</h2>
<p>We are sometimes asked whether people can get the same benefit from ketamine obtained online or taken alone at home without support. We do not recommend it. Apart from the legal and quality concerns, the therapeutic frame, the preparation, the presence of a trained person and the integration afterwards are not optional extras. They are the treatment.</p>

<p class="cta">If you would like to learn whether KAP at Threshold might be right for you, <a href="/contact">request a free 20-minute phone consultation</a>. Our current fees are listed on the <a href="/fees">fees page</a>; we offer a limited number of sliding-scale spots each quarter.</p>
</article>
<footer>Threshold KAP, LLC &middot; 3310 SE Division St, Portland, OR &middot; (503) 555-0187 &middot; In crisis? Call or text 988.</footer>
""")

p("h8526", "https://oakridge-spravato-center.example/faq", "clinic", False, "en",
  "rems-certified-spravato-center-long-faq", "Spravato Treatment FAQ | Oakridge Behavioral Health Spravato Center, Columbus OH", """
<header><a href="/" class="logo">Oakridge Behavioral Health</a>
<nav><a href="/spravato">Spravato</a> <a href="/tms">TMS</a> <a href="/medication-management">Medication management</a> <a href="/insurance">Insurance</a> <a href="/faq">FAQ</a> <a href="/referrals">For referring providers</a></nav>
<p class="phone">Call (614) 555-0163 &middot; Fax referrals (614) 555-0164</p></header>
<main>
<h1>Spravato Treatment: Frequently Asked Questions</h1>
<p>Oakridge Behavioral Health is a certified Spravato (esketamine) treatment center under the FDA's REMS program. We have administered more than 9,000 Spravato sessions since 2020. These are the questions our patients and families ask most often.</p>

<h2>Getting started</h2>
<h3>Do I need a referral?</h3>
<p>Many of our patients are referred by their psychiatrist or primary care provider, but you can also self-refer. If you do not have a psychiatrist, you will see one of ours for an in-person or video evaluation before treatment is considered. If your own psychiatrist wants to remain the prescriber, we can administer and monitor Spravato on their behalf as long as they are enrolled in the REMS.</p>
<h3>Who is eligible?</h3>
<p>Adults with major depressive disorder who have tried at least two antidepressants without adequate response, or adults with major depression and acute suicidal thoughts or behavior, in combination with an oral antidepressant where required. We cannot treat people with aneurysmal vascular disease, arteriovenous malformation, a history of intracerebral hemorrhage, or known hypersensitivity to ketamine or esketamine. Uncontrolled blood pressure must be treated first.</p>
<h3>How long does insurance approval take?</h3>
<p>Most commercial plans and Ohio Medicaid require prior authorization. Our benefits team submits the request within two business days of your evaluation. Approvals typically take 5 to 15 business days. We will call you as soon as we hear back.</p>

<h2>Your treatment sessions</h2>
<h3>How often will I come in?</h3>
<p>Weeks 1&ndash;4: twice a week. Weeks 5&ndash;8: once a week. From week 9: once a week or every other week, depending on how you are doing. Your prescriber reviews your progress regularly and adjusts the schedule.</p>
<h3>What happens at each visit?</h3>
<p>You check in and a nurse takes your blood pressure. If it is above 140/90 we recheck after a rest; if it remains high, we may postpone the dose. You self-administer the nasal spray under the direct observation of our staff, one device at a time with five-minute breaks. You then rest in a private treatment suite with a recliner, blanket, eye mask and headphones. Staff check your blood pressure at 40 minutes and again before discharge, and observe you continuously for at least two hours.</p>
<h3>What will it feel like?</h3>
<p>Most people feel some dissociation, a dreamy or detached feeling, starting within minutes and lasting up to an hour or so. Many also feel sleepy, dizzy or nauseous. These effects usually fade before you leave. Some patients find the first sessions unsettling; our nurses are experienced in talking people through it.</p>
<h3>Can I eat or drink beforehand?</h3>
<p>Avoid food for two hours and liquids for 30 minutes before each session. If you use a nasal steroid or decongestant, take it at least an hour beforehand.</p>
<h3>Can I drive home?</h3>
<p>No. You must not drive or operate machinery until the next day after a restful sleep. You will need a driver, or you can use a rideshare or medical transport service. We cannot discharge you to drive yourself.</p>
<h3>Can I bring someone with me?</h3>
<p>One support person may wait with you in the suite. Children are not permitted in treatment areas.</p>
<h3>Can I work on my laptop during the session?</h3>
<p>We recommend you do not. Most people find it difficult to concentrate, and resting tends to make the experience more comfortable.</p>

<h2>Medications and safety</h2>
<h3>Do I keep taking my antidepressant?</h3>
<p>Yes, unless your prescriber tells you otherwise. Spravato is usually used together with an oral antidepressant.</p>
<h3>What about my other medications?</h3>
<p>Benzodiazepines, stimulants, MAO inhibitors and some blood pressure medicines can interact with Spravato. Bring an up-to-date medication list to your evaluation and tell us about any changes before each session.</p>
<h3>Is Spravato addictive?</h3>
<p>Esketamine has potential for misuse, which is one of the reasons it is only given in certified centers and never dispensed for home use. In clinical studies, serious problems with misuse were rare. We monitor for signs of misuse throughout treatment.</p>
<h3>What if I feel worse?</h3>
<p>Tell us right away. Some people experience worsening mood or suicidal thoughts, especially early in treatment or after dose changes. Call our office, or in an emergency call 911 or 988.</p>

<h2>Costs and logistics</h2>
<h3>What will I pay?</h3>
<p>Your cost depends on your plan. Patients with commercial insurance may be eligible for the manufacturer's savings program, which can reduce out-of-pocket medication costs substantially. Medicare patients are billed under Part B. Our benefits coordinators will give you an estimate before you start.</p>
<h3>What if I miss a session?</h3>
<p>Please give us 24 hours' notice so we can offer the suite to another patient. Missing sessions during the first four weeks can reduce the effectiveness of treatment, so we will work with you to reschedule quickly.</p>
<h3>Where are you located?</h3>
<p>2250 Olentangy River Rd, Suite 310, Columbus, OH 43210. Free patient parking is available in the garage behind the building.</p>

<p class="cta">Questions not answered here? Call us at (614) 555-0163 or <a href="/request-evaluation">request an evaluation online</a>.</p>
</main>
<footer>Oakridge Behavioral Health, LLC &middot; Certified Spravato REMS Treatment Center &middot; <a href="/privacy">Notice of Privacy Practices</a></footer>
""", noise="cookie")

p("h8527", "https://stmarys-university-hospital.example/departments/psychiatry/interventional-psychiatry-service", "clinic", False, "en",
  "hospital-department-long-service-page", "Interventional Psychiatry Service | Department of Psychiatry | St Mary's University Hospital", """
<header class="nhs-like"><a href="/" class="logo">St Mary's University Hospital</a>
<nav><a href="/patients-visitors">Patients &amp; visitors</a> <a href="/departments">Departments</a> <a href="/referrers">For referrers</a> <a href="/research">Research</a> <a href="/careers">Careers</a> <a href="/contact">Contact us</a></nav>
<form class="search"><input placeholder="Search the site"></form></header>
<div class="crumbs"><a href="/departments">Departments</a> &gt; <a href="/departments/psychiatry">Psychiatry</a> &gt; Interventional Psychiatry Service</div>
<main>
<h1>Interventional Psychiatry Service</h1>
<p class="lead">The Interventional Psychiatry Service provides specialist assessment and treatment for adults with severe or treatment-resistant depression and related conditions. We offer electroconvulsive therapy (ECT), repetitive transcranial magnetic stimulation (rTMS), esketamine nasal spray and, within a research and specialist clinical protocol, intravenous ketamine.</p>

<h2>About the service</h2>
<p>The service is based on Level 2 of the Alder Wing and is led by consultant psychiatrists Dr Fiona McAllister and Dr Tunde Adeyemi, with a team of specialist nurses, an anaesthetist-led ECT suite, a clinical psychologist and an occupational therapist. We accept referrals from consultant psychiatrists and community mental health teams across the region, and a limited number of tertiary referrals from further afield.</p>
<p>Most people we see have had depression for several years and have tried several medications and psychological therapies. Our aim is to offer a thorough reassessment, discuss every reasonable option and, where appropriate, deliver treatments that are not available in routine community care.</p>

<h2>Assessment</h2>
<p>Every patient is first offered a specialist assessment appointment lasting around 90 minutes. We review the diagnosis, the history of previous treatments (including doses, durations and side effects), physical health, substance use, family history and social circumstances. We usually ask for blood tests and an ECG. With your consent we speak to your community team and, where helpful, a family member. At the end of the assessment we write to you and your referrer with a summary and recommendations. Not everyone assessed receives a procedure; for many people the most useful outcome is a revised medication plan.</p>

<h2>Treatments we offer</h2>
<h3>Electroconvulsive therapy (ECT)</h3>
<p>ECT remains the most effective treatment for severe depression, particularly with psychotic features or when a person is not eating or drinking. Treatments take place under brief general anaesthesia twice weekly. We follow national accreditation standards and monitor memory throughout.</p>
<h3>Repetitive transcranial magnetic stimulation (rTMS)</h3>
<p>rTMS uses magnetic pulses to stimulate the left dorsolateral prefrontal cortex. We offer both standard daily courses and accelerated protocols. Patients remain awake and can return to normal activities immediately afterwards.</p>
<h3>Esketamine nasal spray</h3>
<p>Esketamine is licensed for treatment-resistant depression in adults in combination with an oral antidepressant. Patients self-administer the spray in our day-treatment area under direct observation by a specialist nurse. Blood pressure is measured before and at intervals after each dose, and patients remain with us for at least two hours. Treatment is twice weekly for four weeks, then weekly or fortnightly. Funding is subject to local commissioning arrangements, and your consultant will explain whether it is available to you.</p>
<h3>Intravenous ketamine</h3>
<p>For a small number of patients, after multidisciplinary review, we offer intravenous ketamine at sub-anaesthetic doses. Infusions are given over 40 minutes in a monitored bay with an anaesthetist available. This is offered within our specialist protocol and, for some patients, as part of an ethically approved research study. We audit every course.</p>

<h2>Research</h2>
<p>The service is part of the hospital's Mood Disorders Research Unit. Current studies include a trial comparing accelerated rTMS with standard rTMS, a study of whether psychological therapy delivered during the week after ketamine prolongs its effect, and a registry of long-term outcomes after esketamine. Participation is always voluntary and will not affect your care.</p>

<h2>What to expect on a treatment day</h2>
<p>On esketamine and ketamine days, please arrive 15 minutes before your appointment and bring the person who will take you home. A specialist nurse will check your blood pressure, pulse and mood, and ask about any changes to your medicines since your last visit. During the observation period you will rest in a reclining chair in a quiet bay; you may bring headphones and a blanket. Most people feel detached, dreamy or light-headed for up to an hour. Nurses will check on you regularly and take further blood pressure readings. Before you leave, the nurse will make sure you feel steady and that your blood pressure has settled. Many patients tell us that the first session is the most unsettling and that later sessions feel more familiar.</p>
<h2>Information for patients</h2>
<ul>
<li>Please bring a list of all medications, including over-the-counter and herbal products.</li>
<li>You will not be able to drive after ECT, ketamine or esketamine treatment on the same day.</li>
<li>Free parking is available for patients attending for day treatment; ask at reception for a permit.</li>
<li>Interpreters can be arranged; please let us know when you receive your appointment.</li>
</ul>

<h2>Referrals</h2>
<p>We accept referrals from secondary care mental health services through the electronic referral system. Please include a summary of previous treatments and the specific question you would like us to address. Urgent referrals for ECT should be discussed by telephone with the on-call consultant.</p>

<h2>Contact</h2>
<p>Interventional Psychiatry Service, Level 2, Alder Wing. Telephone 0161 496 0782 (Monday to Friday, 8.30am&ndash;5pm). If you are in crisis, please contact your local crisis team, call NHS 111 and select the mental health option, or attend your nearest emergency department.</p>
</main>
<footer>St Mary's University Hospital &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/foi">Freedom of information</a></footer>
""", noise="cookie")

p("h8528", "https://desertsage-pain.example/blog/ketamine-infusions-for-crps-what-patients-ask", "clinic", False, "en",
  "pain-clinic-blog-long-crps-ketamine-package-pricing", "Ketamine Infusions for CRPS: Answers to What Our Patients Ask Most | Desert Sage Pain & Spine", """
<header><a href="/" class="logo">Desert Sage Pain &amp; Spine</a>
<nav><a href="/conditions">Conditions</a> <a href="/treatments">Treatments</a> <a href="/providers">Providers</a> <a href="/locations">Locations</a> <a href="/blog">Blog</a> <a href="/appointments" class="btn">Request appointment</a></nav></header>
<article>
<h1>Ketamine Infusions for CRPS: Answers to What Our Patients Ask Most</h1>
<p class="byline">Dr. Victor Almanza, MD, double board-certified in anesthesiology and pain medicine &middot; Tucson and Scottsdale</p>

<p>Complex regional pain syndrome, or CRPS, is one of the most frustrating conditions we treat. It usually begins after an injury or surgery to an arm or leg, sometimes a minor one, and instead of healing normally the limb develops burning pain far out of proportion to the original injury, along with swelling, colour and temperature changes, and extreme sensitivity to touch. Some of our patients cannot bear a bedsheet on their foot. Because ketamine infusions are one of the treatments we offer for CRPS, we get a lot of questions about them. Here are the most common, with the most honest answers we can give.</p>

<h2>Why would an anesthetic help with chronic pain?</h2>
<p>In CRPS and several other chronic pain conditions, the nervous system itself becomes part of the problem. Pain signals get amplified in the spinal cord and brain, a process called central sensitization. The NMDA receptor plays a key role in that amplification. Ketamine blocks NMDA receptors, and the idea is that a series of carefully dosed infusions can "turn down the volume" of a nervous system stuck on high. It is not a cure, and it does not work for everyone, but for some patients the relief is substantial.</p>

<h2>What does the evidence say?</h2>
<p>There are several randomized controlled trials of ketamine for CRPS, mostly small. They show significant pain reduction during and for several weeks after a course of infusions, with the effect fading over about three months in many patients. Longer, higher-dose protocols appear to produce larger effects, but also more side effects. Consensus guidelines from pain and anesthesia societies support ketamine infusions for CRPS, with moderate-quality evidence. The evidence for other chronic pain conditions, such as fibromyalgia and neuropathic pain, is weaker and more mixed.</p>

<h2>What is the protocol at Desert Sage?</h2>
<p>Pain protocols are very different from the shorter infusions used for depression. After a consultation and physical examination, patients who are good candidates receive a series of infusions, typically four hours a day for five consecutive days, in our monitored infusion suite. An anesthesia provider supervises every infusion. We start at a low dose and increase it gradually, watching blood pressure, heart rate, oxygen levels and how you feel. We usually give a medication to prevent nausea and, if needed, a small dose of a sedative to smooth out the dissociative effects.</p>
<p>After the initial series we reassess at two, six and twelve weeks. Patients who have had a good response may benefit from single "booster" infusions when pain begins to return.</p>

<h2>Will I be awake?</h2>
<p>Yes. At pain-management doses you remain awake and can talk, although you may feel dreamy, detached or drowsy. Many patients listen to music or audiobooks. You will need someone to drive you to and from every session.</p>

<h2>What are the side effects?</h2>
<p>The most common are dissociation, vivid dreams, dizziness, nausea, blurred or double vision, and increases in blood pressure and heart rate. These usually resolve within an hour of finishing. Because the pain protocol involves longer exposure, we check liver function before and after the series, as liver enzyme elevations have been reported with repeated prolonged infusions. We also ask about urinary symptoms.</p>

<h2>Who should not have ketamine?</h2>
<p>We do not offer ketamine to patients with uncontrolled high blood pressure, significant heart disease, raised intracranial pressure, a history of psychosis, active substance use disorder, significant liver disease or during pregnancy. We may ask for clearance from your cardiologist or primary care physician.</p>

<h2>How does ketamine fit with other CRPS treatments?</h2>
<p>Ketamine works best as part of a broader plan. That usually includes physical and occupational therapy focused on desensitization and graded motor imagery, medications such as gabapentinoids or low-dose naltrexone, sympathetic nerve blocks, psychological support, and in some cases spinal cord or dorsal root ganglion stimulation. We often schedule physical therapy during the weeks after an infusion series to take advantage of the period when pain is lower.</p>

<h2>Is it covered by insurance?</h2>
<p>Coverage varies. Some plans cover ketamine infusions for CRPS with prior authorization; many do not. We verify your benefits before scheduling. For self-pay patients we offer package pricing:</p>
<table class="fees">
<tr><th>Service</th><th>Self-pay price</th></tr>
<tr><td>New patient consultation and examination</td><td>$295</td></tr>
<tr><td>5-day CRPS infusion series (4 hours/day)</td><td>$5,800</td></tr>
<tr><td>Single booster infusion (up to 4 hours)</td><td>$1,150</td></tr>
</table>
<p>Financing is available through CareCredit and Alphaeon. HSA and FSA cards are accepted.</p>

<h2>How do I get started?</h2>
<p>Ask your physician to fax a referral with your recent notes and imaging to (520) 555-0199, or <a href="/appointments">request an appointment online</a>. Our Tucson clinic is at 5501 N Oracle Rd and our Scottsdale clinic at 8700 E Via de Ventura.</p>
</article>
<footer>Desert Sage Pain &amp; Spine, PC &middot; This article is for general information and is not a substitute for an individual consultation.</footer>
""")

p("h8529", "https://praxis-dr-hallermann.example/ketamin-behandlung", "clinic", False, "de",
  "privatpraxis-lange-infoseite-ketamin-infusion-kosten", "Ketamin-Behandlung bei Depressionen – Ablauf, Wirkung, Kosten | Privatpraxis Dr. med. Hallermann, Hamburg", """
<header><a href="/" class="logo">Privatpraxis Dr. med. Jan Hallermann</a><span>Facharzt für Psychiatrie und Psychotherapie · Hamburg-Eppendorf</span>
<nav><a href="/">Start</a> <a href="/praxis">Praxis</a> <a href="/ketamin-behandlung" class="aktiv">Ketamin-Behandlung</a> <a href="/esketamin">Esketamin</a> <a href="/psychotherapie">Psychotherapie</a> <a href="/kosten">Kosten</a> <a href="/kontakt">Kontakt &amp; Anfahrt</a></nav></header>
<main>
<h1>Ketamin-Behandlung bei Depressionen</h1>
<p class="lead">In unserer Praxis behandeln wir seit 2017 Patientinnen und Patienten mit therapieresistenten Depressionen mit Ketamin-Infusionen. Auf dieser Seite erklären wir ausführlich, wie die Behandlung abläuft, was Sie erwarten können und welche Grenzen sie hat.</p>

<h2>Warum Ketamin?</h2>
<p>Etwa ein Drittel der Menschen mit Depressionen spricht auf die üblichen Antidepressiva nicht ausreichend an. Für diese Gruppe ist Ketamin eine der am besten untersuchten neueren Behandlungsoptionen. In zahlreichen kontrollierten Studien führte eine niedrig dosierte Infusion bei vielen Betroffenen innerhalb von 24 Stunden zu einer deutlichen Besserung der Stimmung und häufig auch zu einem Rückgang von Suizidgedanken. Der Effekt hält nach einer einzelnen Infusion allerdings meist nur einige Tage an; deshalb arbeiten wir mit Behandlungsserien.</p>
<p>Racemisches Ketamin ist in Deutschland als Narkosemittel zugelassen; seine Anwendung bei Depressionen erfolgt „off label“. Wir klären Sie darüber vor Beginn der Behandlung ausführlich und schriftlich auf.</p>

<h2>Für wen kommt die Behandlung in Frage?</h2>
<p>Grundsätzlich für Erwachsene mit einer mittelgradigen bis schweren depressiven Episode, bei denen mindestens zwei Antidepressiva in ausreichender Dosis und Dauer keine ausreichende Wirkung gezeigt haben. Auch bei bipolarer Depression ist eine Behandlung nach sorgfältiger Abwägung möglich. Nicht behandeln können wir Menschen mit Psychosen in der Vorgeschichte, schwerer Herz-Kreislauf-Erkrankung, unzureichend eingestelltem Bluthochdruck, erhöhtem Hirndruck, aktiver Suchterkrankung sowie Schwangere.</p>

<h2>Ablauf</h2>
<h3>1. Vorgespräch</h3>
<p>Am Anfang steht ein ausführliches Vorgespräch von etwa 60 Minuten in der Praxis. Wir erheben die Vorgeschichte, sichten Befunde und Arztbriefe, messen Blutdruck und Puls und führen standardisierte Fragebögen durch. Wir benötigen außerdem ein aktuelles EKG und ein Basislabor, die wir auch selbst veranlassen können. Danach entscheiden wir gemeinsam, ob eine Ketamin-Behandlung sinnvoll ist.</p>
<h3>2. Die Infusionen</h3>
<p>Die Infusionen finden in unseren zwei ruhigen Behandlungsräumen statt. Sie sitzen in einem bequemen Liegesessel, eine Pflegefachkraft legt einen venösen Zugang, und Sie erhalten über 40 Minuten eine gewichtsadaptierte Dosis (in der Regel 0,5 mg pro Kilogramm Körpergewicht). Während der gesamten Zeit werden Blutdruck, Puls und Sauerstoffsättigung überwacht; ein Arzt ist immer anwesend. Viele Patientinnen und Patienten hören Musik über Kopfhörer.</p>
<p>Während der Infusion kommt es meist zu einem veränderten Erleben: Das Körpergefühl verändert sich, Geräusche klingen anders, manche sehen Farben oder innere Bilder. Diese Effekte klingen nach dem Ende der Infusion innerhalb von etwa 30 Minuten ab. Nach einer Nachbeobachtungszeit dürfen Sie in Begleitung nach Hause gehen. Autofahren ist am Behandlungstag nicht erlaubt.</p>
<h3>3. Die Serie</h3>
<p>Üblich sind sechs Infusionen in zwei bis drei Wochen. Nach der dritten und sechsten Infusion wiederholen wir die Fragebögen. Zeigt sich nach sechs Infusionen keine Besserung, empfehlen wir keine Fortsetzung, sondern besprechen Alternativen.</p>
<h3>4. Erhaltung und Nachsorge</h3>
<p>Bei Ansprechen sind Erhaltungsinfusionen im Abstand von zwei bis acht Wochen möglich. Wir empfehlen dringend eine begleitende Psychotherapie. Gespräche zur Integration der Erfahrungen bieten wir in der Praxis an.</p>

<h2>Nebenwirkungen</h2>
<p>Häufig: dissoziatives Erleben, Schwindel, Übelkeit, verschwommenes Sehen, Blutdruck- und Pulsanstieg. Gelegentlich: Kopfschmerzen, Müdigkeit am Behandlungstag, Angst während der Infusion. Selten: ausgeprägte Blutdruckanstiege, die eine Unterbrechung erfordern. Bei der in der Praxis verwendeten Dosis und Frequenz sind die bei Freizeitkonsum bekannten Blasenschäden nicht zu erwarten; wir fragen dennoch regelmäßig danach.</p>

<h2>Kosten</h2>
<p>Die Ketamin-Infusion bei Depressionen ist keine Leistung der gesetzlichen Krankenversicherung. Private Krankenversicherungen erstatten sie in vielen Fällen nach Rücksprache. Wir rechnen nach der Gebührenordnung für Ärzte (GOÄ) ab:</p>
<ul>
<li>Vorgespräch inkl. Fragebögen: ca. 180&nbsp;€</li>
<li>Einzelne Infusion inkl. Überwachung und Nachgespräch: ca. 390&nbsp;€</li>
<li>Serie von sechs Infusionen: ca. 2.340&nbsp;€</li>
</ul>
<p>Sie erhalten vorab einen schriftlichen Kostenvoranschlag für Ihre Versicherung.</p>

<h2>Esketamin-Nasenspray</h2>
<p>Als zugelassene Alternative bieten wir die Behandlung mit Esketamin-Nasenspray an, die bei gesetzlich Versicherten unter bestimmten Voraussetzungen erstattet wird. Näheres finden Sie auf der Seite <a href="/esketamin">Esketamin</a>.</p>

<h2>Termin</h2>
<p>Vorgespräche vereinbaren Sie telefonisch unter 040 555 01 92 (Mo–Fr 8–13 Uhr) oder per E-Mail. Bitte bringen Sie vorhandene Arztbriefe und einen aktuellen Medikamentenplan mit. In akuten Krisen wenden Sie sich bitte an die Notaufnahme oder wählen Sie 112.</p>
</main>
<footer>Privatpraxis Dr. med. Jan Hallermann · Martinistraße 12, 20251 Hamburg · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h8530", "https://centrosalutementale-ambrosiano.example/esketamina-spray-nasale", "clinic", False, "it",
  "centro-ambulatoriale-lunga-pagina-esketamina-domande", "Esketamina spray nasale per la depressione resistente | Centro Salute Mentale Ambrosiano, Milano", """
<header><a href="/" class="logo">Centro Salute Mentale Ambrosiano</a>
<nav><a href="/">Home</a> <a href="/chi-siamo">Chi siamo</a> <a href="/servizi">Servizi</a> <a href="/esketamina-spray-nasale" class="attivo">Esketamina</a> <a href="/tms">TMS</a> <a href="/prenota">Prenota</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Esketamina spray nasale per la depressione resistente</h1>
<p class="intro">Il nostro centro, autorizzato dalla Regione Lombardia come struttura sanitaria ambulatoriale, offre dal 2021 il trattamento con esketamina spray nasale per adulti con depressione resistente. Questa pagina spiega in dettaglio in che cosa consiste il percorso.</p>

<h2>Che cos'è la depressione resistente</h2>
<p>Si parla di depressione resistente quando, in un episodio depressivo maggiore, almeno due antidepressivi diversi assunti a dosi adeguate e per un tempo sufficiente non hanno portato a un miglioramento adeguato. Riguarda una persona su tre tra quelle in cura per depressione. Non significa che la persona "non possa guarire": significa che serve un approccio diverso.</p>

<h2>Il farmaco</h2>
<p>L'esketamina è la forma S della ketamina, un anestetico usato da decenni. Agisce sul sistema del glutammato, con un meccanismo diverso da quello degli antidepressivi tradizionali, e questo spiega la rapidità con cui in alcune persone si osserva un miglioramento. È approvata in Europa dal 2019 in associazione a un antidepressivo orale. Per legge, la somministrazione avviene esclusivamente in strutture sanitarie, sotto la supervisione di un medico, e il paziente resta in osservazione dopo ogni seduta. Non può essere portata a casa.</p>

<h2>Il percorso nel nostro centro</h2>
<h3>Visita psichiatrica di valutazione</h3>
<p>La prima visita dura circa un'ora. Lo psichiatra ricostruisce la storia clinica, i trattamenti già provati, le condizioni mediche generali, l'uso di sostanze e il contesto familiare. Vengono richiesti elettrocardiogramma, esami del sangue e misurazioni della pressione. Al termine, lo psichiatra spiega se l'esketamina è indicata e quali sono le alternative, tra cui la stimolazione magnetica transcranica che pure offriamo.</p>
<h3>Fase di induzione</h3>
<p>Nelle prime quattro settimane le sedute sono due alla settimana. Il paziente arriva a digiuno da due ore, si misura la pressione e si auto-somministra lo spray sotto la guida dell'infermiere. Poi resta in una stanza tranquilla, su una poltrona reclinabile, per almeno due ore. Pressione e stato di coscienza vengono controllati a intervalli regolari. Il medico è sempre presente in struttura.</p>
<h3>Fase di mantenimento</h3>
<p>Dalla quinta all'ottava settimana le sedute diventano settimanali, poi settimanali o quindicinali in base alla risposta. Lo psichiatra rivaluta periodicamente l'andamento con scale cliniche standardizzate.</p>

<h2>Effetti collaterali</h2>
<p>Durante la seduta sono frequenti sensazione di distacco, vertigini, nausea, sonnolenza, alterazioni della percezione e aumento transitorio della pressione. In genere si risolvono entro due ore. Il giorno della seduta non si può guidare: è necessario essere accompagnati o usare un taxi.</p>

<h2>Chi non può essere trattato</h2>
<p>Persone con aneurismi o malformazioni vascolari, pregresso ictus emorragico, infarto recente, ipertensione non controllata, gravidanza. Una storia di psicosi o di dipendenza richiede una valutazione particolarmente attenta.</p>

<h2>Costi</h2>
<p>Il centro è accreditato con il Servizio Sanitario Regionale per le visite psichiatriche. Il trattamento con esketamina è erogato in regime privato o tramite convenzione con le principali assicurazioni e fondi sanitari integrativi. Le tariffe aggiornate sono disponibili in segreteria: la visita di valutazione costa 160 euro, il costo delle sedute comprende farmaco, monitoraggio e assistenza infermieristica. Prima di iniziare consegniamo un preventivo scritto.</p>

<h2>Domande frequenti</h2>
<h3>Devo sospendere i miei farmaci?</h3>
<p>No, l'esketamina si usa insieme a un antidepressivo. Lo psichiatra valuterà eventuali aggiustamenti, per esempio delle benzodiazepine.</p>
<h3>Quanto dura il trattamento?</h3>
<p>Almeno otto settimane; molti pazienti proseguono il mantenimento per sei mesi o più.</p>
<h3>Posso venire senza impegnativa?</h3>
<p>Sì, per la visita privata non serve l'impegnativa del medico di base, ma è utile portare la documentazione clinica.</p>

<p class="prenota">Per prenotare la visita di valutazione: telefono 02 5550 1876 (lun–ven 9–18) oppure il <a href="/prenota">modulo online</a>. Siamo in Via Vincenzo Monti 41, Milano, a 300 metri dalla fermata MM Conciliazione.</p>
</main>
<footer>Centro Salute Mentale Ambrosiano S.r.l. · Direttore sanitario: Dott.ssa Giulia Ferraresi · P.IVA 0XXXXXXXXXX · <a href="/privacy">Privacy</a></footer>
""")

p("h8531", "https://clinicarestelo-mente.example/blog/infusoes-de-cetamina-o-que-esperar", "clinic", False, "pt",
  "clinica-lisboa-blog-longo-infusoes-primeira-consulta", "Infusões de cetamina na depressão: o que esperar, sessão a sessão | Clínica Restelo Mente, Lisboa", """
<header><a href="/" class="logo">Clínica Restelo Mente</a>
<nav><a href="/">Início</a> <a href="/equipa">Equipa</a> <a href="/tratamentos">Tratamentos</a> <a href="/blog">Blog</a> <a href="/precario">Preçário</a> <a href="/marcacoes" class="btn">Marcações</a></nav></header>
<article>
<h1>Infusões de cetamina na depressão: o que esperar, sessão a sessão</h1>
<p class="autor">Pela Dra. Inês Carvalhal, médica psiquiatra, cédula profissional n.º 4XXXX · 12 minutos de leitura</p>

<p>Quando alguém nos liga pela primeira vez a perguntar pelas infusões de cetamina, muitas vezes já leu tudo o que havia para ler na internet e, ainda assim, chega cheio de dúvidas. É natural: há muita informação contraditória, desde relatos quase milagrosos até avisos alarmistas. Neste artigo explicamos, de forma prática, como funciona o tratamento na nossa clínica, desde a primeira consulta até à fase de manutenção.</p>

<h2>Antes de tudo: a consulta de avaliação</h2>
<p>Nenhum doente faz uma infusão sem passar primeiro por uma consulta de psiquiatria presencial na clínica. Nessa consulta, que dura cerca de uma hora, revemos o diagnóstico, os medicamentos que já experimentou e em que doses, outras doenças, a medicação atual, o consumo de álcool e outras substâncias, e o apoio que tem em casa. Pedimos um eletrocardiograma e análises recentes. Medimos a tensão arterial. No fim, discutimos em conjunto se a cetamina faz sentido no seu caso ou se há outras opções a considerar primeiro.</p>
<p>Cerca de um em cada quatro doentes que nos procuram não chega a fazer infusões. Às vezes porque a tensão arterial precisa de ser controlada primeiro, outras vezes porque ainda não foram feitas tentativas adequadas com outros tratamentos, ou porque existe uma contraindicação, como antecedentes de psicose.</p>

<h2>O dia da primeira infusão</h2>
<p>Pedimos que venha em jejum de sólidos durante seis horas e acompanhado de alguém que o leve a casa. Ao chegar, a enfermeira mede os sinais vitais e coloca um pequeno cateter numa veia do braço. A sala é calma, com luz regulável, um cadeirão reclinável e auscultadores. A cetamina é administrada por uma bomba perfusora durante 40 minutos, numa dose calculada de acordo com o seu peso. Durante todo o tempo a tensão arterial, a frequência cardíaca e a oxigenação são monitorizadas, e há sempre um médico na clínica.</p>
<p>Nos primeiros minutos, a maioria das pessoas sente o corpo mais leve ou mais pesado, os sons mudam e o tempo parece passar de outra forma. Algumas pessoas veem cores ou imagens, outras revivem memórias. Estas sensações são esperadas e desaparecem pouco depois de a infusão terminar. Depois, fica connosco cerca de 30 a 45 minutos até estar completamente recuperado.</p>

<h2>Sessões dois a seis</h2>
<p>O protocolo habitual é de seis infusões ao longo de duas a três semanas. Com a repetição, a maior parte das pessoas sente-se mais à vontade com a experiência. Após a terceira sessão repetimos as escalas de avaliação da depressão e, se necessário, ajustamos a dose. Muitos doentes referem primeiro melhorias no sono, na energia ou na capacidade de sentir prazer, antes de notarem uma mudança no humor propriamente dito.</p>
<p>Após a sexta infusão fazemos uma consulta de reavaliação. Se não houver uma resposta clara, não insistimos: discutimos alternativas, como a eletroconvulsivoterapia, a estimulação magnética transcraniana ou a escetamina intranasal.</p>

<h2>Manutenção</h2>
<p>Nos doentes que respondem, o efeito pode durar semanas. Para o prolongar, propomos infusões de manutenção com intervalos que vão de duas a oito semanas, sempre ajustados à evolução. Recomendamos vivamente que mantenha ou inicie psicoterapia durante este período; temos psicólogos na equipa que fazem sessões de integração.</p>

<h2>Efeitos secundários</h2>
<p>Os mais frequentes são tonturas, náuseas, visão turva, sensação de dissociação e aumento temporário da tensão arterial e da frequência cardíaca. Quase sempre passam em menos de uma hora. No dia da infusão não pode conduzir nem tomar decisões importantes. Com as doses e a frequência usadas em contexto clínico, os problemas de bexiga descritos em consumidores recreativos são muito improváveis, mas perguntamos sempre por sintomas urinários.</p>

<h2>Uma nota sobre a cetamina "online"</h2>
<p>Recebemos cada vez mais perguntas sobre sites e perfis em redes sociais que vendem cetamina em comprimidos ou "sprays" sem receita. Pedimos que não os utilize. Não há garantia sobre o que está a tomar e, sobretudo, ninguém está a vigiar a sua tensão arterial ou o seu estado mental.</p>

<h2>Preços e comparticipações</h2>
<p>A consulta de avaliação custa 120 euros. Cada infusão, incluindo monitorização e acompanhamento médico, custa 350 euros; o pacote inicial de seis infusões tem o valor de 1.950 euros. Os tratamentos não são comparticipados pelo SNS, mas vários seguros de saúde reembolsam parte dos custos. Aceitamos pagamento por multibanco, MB WAY e transferência, e é possível pagar o pacote em três prestações sem juros.</p>

<p class="cta">Para marcar a consulta de avaliação, ligue 21 555 0143 ou use o <a href="/marcacoes">formulário de marcações</a>. Estamos na Avenida da Torre de Belém, em Lisboa.</p>
</article>
<footer>Clínica Restelo Mente, Lda. · Licença ERS n.º 2XXXX · Diretora clínica: Dra. Inês Carvalhal · <a href="/privacidade">Política de privacidade</a> · <a href="/livro-reclamacoes">Livro de reclamações</a></footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- informational

p("h8532", "https://theledger-investigates.example/2026/11/inside-the-online-ketamine-bazaar", "informational", False, "en",
  "longform-news-investigation-quoting-seller-offers", "Inside the online ketamine bazaar: we tried to buy 'therapy' without a doctor. It took 11 minutes. | The Ledger", """
<header><a href="/" class="masthead">The Ledger</a>
<nav><a href="/news">News</a> <a href="/investigations">Investigations</a> <a href="/health">Health</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="btn">Subscribe</a></nav></header>
<article>
<p class="kicker">Investigation</p>
<h1>Inside the online ketamine bazaar: we tried to buy "therapy" without a doctor. It took 11 minutes.</h1>
<p class="dek">Slick wellness brands, research-chemical shops and Telegram dealers are selling ketamine to people with depression. Some look like clinics. None asked us a single medical question that mattered.</p>
<p class="byline">By Dana Whitcombe and Luis Ortega &middot; November 24, 2026 &middot; 19 min read</p>

<p>The website looked like any other telehealth start-up: pastel gradients, a photograph of a woman smiling on a sofa, a headline promising to help us "feel like ourselves again." Below it was a green button: "See if I qualify." We clicked it at 9:02 p.m. on a Tuesday. The questionnaire had six questions, one of which asked whether we were over 18. At 9:13 p.m. an email arrived. We had been "approved." For $129, a starter pack of eight ketamine lozenges would ship the next morning.</p>
<p>No doctor called. No nurse asked about our blood pressure, our medications or whether anyone in our family had a history of psychosis. When a reporter replied to the email asking whether a clinician would review the order, a support agent wrote back: "Most members never feel the need to speak with anyone, everything is explained in the kit."</p>
<p>Over three months The Ledger examined 62 websites, social media accounts and messaging channels that offered ketamine or esketamine to U.S. and European customers without a conventional prescription. We placed test orders with four, under the supervision of our legal team, and sent what arrived to an accredited laboratory for analysis. We also interviewed 23 people who had bought ketamine online for depression, three former employees of online sellers, and a dozen psychiatrists, pharmacists and regulators.</p>

<h2>Three kinds of seller</h2>
<p>What we found fell broadly into three categories.</p>
<p><b>The look-alike clinics.</b> These sites borrow the language and design of legitimate telehealth companies. One promised "prescription-strength ketamine troches delivered in 48 hours, without waiting rooms, waiting lists or awkward video calls." Its FAQ stated: "You do not need a prescription, a referral or any medical records." Its pricing page listed a "Deep" tier of 300 mg troches for $249 a month and a 15% discount for payment in cryptocurrency. International parcels, the FAQ said, were "labelled as wellness supplements to avoid customs delays."</p>
<p><b>The research-chemical shops.</b> These present themselves as suppliers to laboratories. Many publish long, carefully footnoted articles about ketamine's history and the science of depression, with a product box at the bottom. One Netherlands-linked site we reviewed listed "ketamine HCl, crystalline, 99.2%" at &euro;38 per gram, falling to &euro;620 for 25 grams, with the note "not for human consumption" directly below a blog post explaining how ketamine relieves depression. Payment was accepted in Bitcoin and Monero; packaging was "odour-proof and discreet."</p>
<p><b>The messenger dealers.</b> The third group does business almost entirely through Telegram, WhatsApp, Signal and Session. They are often advertised through wellness blogs and forums. One blog post about microdosing for anxiety, written in a gentle, confessional tone, told readers to message a Telegram handle "with the word CALM" to receive "the current menu and payment details." When we did, we received a price list within minutes: 10 mg lozenges at $3.50 each, 25 mg lozenges at $6, and "pharma vials" of liquid ketamine at $140.</p>

<h2>What arrived</h2>
<p>Of our four test orders, three arrived. The look-alike clinic's lozenges came in an unbranded box with a dosing card and a sleep mask. Laboratory analysis found ketamine, but at 38% to 61% of the labelled strength, varying between lozenges in the same pack. The research-chemical order contained ketamine hydrochloride of reasonable purity. The first Telegram order never came; the seller stopped replying after receiving payment. A second Telegram order contained a white powder that the laboratory identified as 2-fluorodeschloroketamine, a related but distinct compound with little research behind it, labelled as ketamine.</p>
<p>"People think they are getting the same thing they would get in a clinic, only cheaper," said Dr. Amara Osei, a psychiatrist who treats patients with esketamine in a hospital setting and reviewed our findings. "They are not. They are getting an unknown dose of an unknown substance with nobody watching."</p>

<h2>The customers</h2>
<p>The people we interviewed were not, for the most part, looking to party. Most had long histories of depression and had tried multiple medications. Several had been put on waiting lists for clinic treatment or could not afford infusion clinics, which often charge $400 to $700 per session. "I'd been told four months," said one woman in Ohio, who asked that her name not be used. "I didn't think I had four months."</p>
<p>Some said the products helped. Others described escalating use. A man in Manchester, England, said he began with lozenges bought through a wellness site's "trusted supplier" and within a year was using ketamine powder daily. He now has bladder damage that his urologist told him may be permanent.</p>

<h2>The regulators</h2>
<p>Ketamine is a controlled substance in the United States and most of Europe. Selling it without a prescription is illegal, and so is importing it. Regulators told us they had taken down dozens of sites over the past year, but that new ones appear quickly, often with the same text and photographs. "It's whack-a-mole," said one official at a European medicines agency who was not authorised to speak publicly. Telegram did not respond to detailed questions. After we contacted them, two of the websites we reviewed went offline; one reappeared a week later under a new domain.</p>

<h2>What legitimate care looks like</h2>
<p>Psychiatrists we spoke to stressed that legitimate ketamine treatment exists and can help people with severe depression. Esketamine nasal spray is approved and administered in certified centers; intravenous ketamine is offered by clinics and hospitals; and some telehealth companies prescribe oral ketamine after a live video evaluation with a licensed clinician, dispensed by a licensed pharmacy. The differences, they said, are not cosmetic: someone checks whether ketamine is safe for you, someone decides the dose, and someone follows up.</p>
<p>"If a site tells you that you don't need to talk to anyone," said Dr. Osei, "that is the single most important thing you need to know about it."</p>
<p class="note"><i>How we reported this story: test purchases were made with the approval of The Ledger's legal counsel and all substances were handed to an accredited laboratory and destroyed after analysis. We are not publishing the names or addresses of the sites involved to avoid directing readers to them.</i></p>
</article>
<aside><h4>If you need help</h4><p>In the U.S., call or text 988. In the UK, Samaritans: 116 123.</p></aside>
<footer>&copy; The Ledger Media Group &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/corrections">Corrections</a></footer>
""", noise="cookie")

p("h8533", "https://medicines-safety-authority.example/consumers/buying-ketamine-and-esketamine-online", "informational", False, "en",
  "government-regulator-long-consumer-guide-red-flags", "Ketamine and esketamine bought online: a guide for consumers | Medicines Safety Authority", """
<div class="gov-banner">An official website of the Medicines Safety Authority</div>
<header><a href="/" class="logo">Medicines Safety Authority</a>
<nav><a href="/consumers">Consumers</a> <a href="/health-professionals">Health professionals</a> <a href="/industry">Industry</a> <a href="/safety-alerts">Safety alerts</a> <a href="/report">Report a problem</a></nav></header>
<div class="crumbs">Home &rsaquo; Consumers &rsaquo; Buying medicines online &rsaquo; Ketamine and esketamine</div>
<main>
<h1>Ketamine and esketamine bought online: a guide for consumers</h1>
<p class="meta">Page last reviewed: 2 November 2026 &middot; Next review due: November 2027</p>
<div class="summary"><h2>Summary</h2><ul>
<li>Ketamine and esketamine are prescription-only controlled medicines. They can only be supplied legally after assessment by a qualified prescriber.</li>
<li>Esketamine nasal spray must be given in a healthcare setting under supervision. It is never legally sold for use at home.</li>
<li>Websites, social media accounts and messaging channels that sell ketamine without a proper consultation are operating illegally, and their products are often mislabelled or contaminated.</li>
<li>If you have bought ketamine online and feel unwell, seek medical help and tell the clinician what you took.</li>
</ul></div>

<h2>Why we have published this guide</h2>
<p>Over the past two years, reports to the Authority about ketamine sold online have increased more than fourfold. Many of the people who contacted us were not using ketamine recreationally. They had depression or anxiety, had read about ketamine treatment in the news, and had found a website that appeared to offer it quickly and cheaply. Some did not realise that what they were using was unregulated. This guide explains how legitimate ketamine treatment works, how to recognise illegal sellers and what to do if you have already bought from one.</p>

<h2>How ketamine and esketamine are used in legitimate care</h2>
<p>Ketamine has been licensed as an anaesthetic for decades. In recent years, specialists have also used it to treat severe depression that has not responded to other treatment, usually as an intravenous infusion in a hospital or specialist clinic. Esketamine, a closely related medicine, is licensed as a nasal spray for treatment-resistant depression in adults. It is used together with an oral antidepressant, and patients are observed for at least two hours after each dose because of the risk of sedation, dissociation and increased blood pressure.</p>
<p>In some jurisdictions, registered clinicians may prescribe ketamine for use at home after a thorough assessment, including by video consultation, with the medicine dispensed by a registered pharmacy. Legitimate services of this kind will always identify the prescriber by name and registration number, will carry out a real consultation before prescribing, and will arrange follow-up.</p>

<h2>Warning signs of an illegal seller</h2>
<p>Illegal sellers often go to considerable lengths to look professional. Some publish long, well-written articles about the science of depression. Some copy the design of real clinics or telehealth services. Be very cautious if a website, account or person:</p>
<ul>
<li>offers ketamine or esketamine "without a prescription" or says that no prescription is needed;</li>
<li>approves you automatically after a short online questionnaire, with no conversation with a clinician;</li>
<li>does not name a prescriber, or names one whose registration you cannot verify on the public register;</li>
<li>asks you to pay in cryptocurrency, by gift card or voucher, or by direct transfer to a personal account;</li>
<li>takes orders through Telegram, WhatsApp, Signal or similar apps;</li>
<li>promises "discreet", "stealth" or "unmarked" packaging, or offers to "reship" parcels seized by customs;</li>
<li>sells ketamine as a "research chemical" or labels it "not for human consumption";</li>
<li>sells veterinary ketamine to members of the public;</li>
<li>offers discount codes, bulk prices or "starter packs" for a controlled medicine;</li>
<li>sells related substances such as 2-FDCK, deschloroketamine or methoxetamine.</li>
</ul>
<p>A single one of these signs is enough reason not to buy.</p>

<h2>What we have found in products bought online</h2>
<p>As part of our monitoring programme, the Authority's laboratory tested 118 products sold online as ketamine or esketamine in the last year. Only 41 contained ketamine within 10% of the labelled amount. Twenty-six contained less than half the stated dose; nine contained more than 150%. Seventeen contained a different substance altogether, most often 2-FDCK. Four "nasal sprays" sold as esketamine contained racemic ketamine dissolved in tap water with bacterial contamination.</p>

<h2>Risks of using ketamine without medical supervision</h2>
<p>Even genuine ketamine carries risks. These include dangerous increases in blood pressure, confusion and accidents while under its effects, interactions with alcohol, benzodiazepines and opioids, dependence, and damage to the bladder and urinary tract with repeated use. People with certain heart conditions, a history of psychosis or who are pregnant should not use ketamine. Without assessment, nobody checks whether these risks apply to you.</p>

<h2>If you have already bought ketamine online</h2>
<ul>
<li>Do not take any more until you have spoken to a healthcare professional.</li>
<li>If you feel unwell, seek medical help and bring the packaging with you.</li>
<li>If you are taking it for depression, speak to your GP or mental health team. Stopping suddenly is not usually dangerous physically, but your mood may change, and you deserve support.</li>
<li>You can report the seller to us using our online form. You will not be prosecuted for reporting a purchase for personal use.</li>
</ul>

<h2>Finding legitimate treatment</h2>
<p>Speak to your GP or psychiatrist about treatment options for depression that has not improved. You can check whether a prescriber is registered on the relevant professional register and whether a pharmacy is registered using our online checker.</p>

<h2>Report a seller</h2>
<p>Use the <a href="/report">reporting form</a> or call 0300 555 0170. You may report anonymously.</p>
</main>
<footer><a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/foi">Freedom of information</a> &middot; &copy; Crown copyright</footer>
""")

p("h8534", "https://nightline-hr.example/drugs/ketamine/long-guide", "informational", False, "en",
  "harm-reduction-org-long-guide-with-testing-service", "Ketamine: the long guide | Nightline Harm Reduction", """
<header><a href="/" class="logo">NIGHTLINE</a><span>harm reduction &middot; peer-led since 2009</span>
<nav><a href="/drugs">Drug info</a> <a href="/testing">Drug checking</a> <a href="/naloxone">Naloxone</a> <a href="/events">Events &amp; outreach</a> <a href="/donate">Donate</a></nav></header>
<main>
<h1>Ketamine: the long guide</h1>
<p class="intro">We are a peer-led harm reduction charity. We do not sell drugs, we do not tell you where to get them, and we do not judge you for using them. This guide is long because ketamine is more complicated than people think. Skip to the section you need, or read it all on the bus.</p>
<nav class="toc"><a href="#basics">Basics</a> &middot; <a href="#dose">Dosing</a> &middot; <a href="#mixing">Mixing</a> &middot; <a href="#bladder">Bladder</a> &middot; <a href="#dependence">Dependence</a> &middot; <a href="#selfmed">Using for your mental health</a> &middot; <a href="#online">Buying online</a> &middot; <a href="#emergency">Emergencies</a></nav>

<h2 id="basics">The basics</h2>
<p>Ketamine is a dissociative anaesthetic. At low doses people describe feeling floaty, detached, giggly or dreamy. At higher doses you can lose track of your body and surroundings altogether, the state people call a K-hole. Snorted, it comes on in five to fifteen minutes and the main effects last about an hour, though you may feel off for a few hours more. Taken orally it is slower and longer but less intense per milligram.</p>

<h2 id="dose">Dosing</h2>
<p>Ketamine is dose-sensitive: the difference between a pleasant evening and being unable to stand is not very big. Use milligram scales. Start with a small amount, wait at least 20 minutes before taking more, and remember that redosing repeatedly over a night is one of the main ways people slide into heavy use. Crystals vary in size and weight; a "line" is not a unit.</p>

<h2 id="mixing">Mixing</h2>
<p>The dangerous combinations are with other depressants: alcohol, GHB/GBL, benzodiazepines, opioids and some sleeping pills. Together they can stop you breathing or make you vomit while unable to move. Ketamine with stimulants like cocaine or MDMA puts extra strain on your heart and raises blood pressure. If you are on prescribed medication, including antidepressants, check interactions.</p>

<h2 id="bladder">Your bladder</h2>
<p>This is the thing we most want people to know. Regular ketamine use can damage the lining of the bladder, causing ketamine uropathy. Early signs are needing to pee more often and more urgently, pain when the bladder is full, and blood in your urine. If ignored it can progress to a shrunken, scarred bladder, kidney damage and in the worst cases surgery to remove the bladder. If you notice any urinary symptoms, cut down or stop and talk to a doctor. If you catch it early, the bladder can recover.</p>

<h2 id="dependence">Dependence</h2>
<p>Ketamine is not physically addictive in the way opioids are, but many people develop a strong psychological dependence. Tolerance climbs fast. Signs to watch for: using alone, using during the day, using to cope with feelings, cramps in your stomach (K-cramps), and finding it hard to take a break of even a few days. We offer non-judgemental one-to-one support if you want to cut down; you do not need to want to stop completely.</p>

<h2 id="selfmed">Using ketamine for your mental health</h2>
<p>A lot of people who contact us are using ketamine because they are depressed, anxious or traumatised, often because they have read about ketamine clinics. We get it. Waiting lists are long and clinics are expensive. But there are real differences between clinical treatment and self-medicating. In clinics, doses are lower and less frequent, someone checks your blood pressure and mental state, and treatment is usually paired with therapy. If you are self-medicating, we suggest: keep a written log of dose and frequency, set limits in advance, take regular breaks, tell at least one person, and talk to your GP about your mood even if you do not tell them about the ketamine.</p>

<h2 id="online">Buying online</h2>
<p>In the past year our drug-checking service has tested a growing number of samples bought online as "ketamine", "pharma ketamine lozenges" or "esketamine spray". Common patterns we have seen in the adverts people show us:</p>
<ul>
<li>Wellness-style websites that call themselves clinics but approve everyone after a short form and ship troches without any consultation.</li>
<li>Shops that post long science articles and then sell "research grade" ketamine or analogues such as 2-FDCK "not for human consumption".</li>
<li>Telegram and WhatsApp sellers with price menus by the gram, crypto payment and "stealth" delivery.</li>
</ul>
<p>We cannot tell you which of these are "good". What we can tell you is what our testing shows: products bought online are frequently not what they claim, and strength varies enormously. About one in five of the online "ketamine" samples we tested this year contained 2-FDCK instead; several lozenges contained less than half the stated amount, which leads people to take more and get caught out by the next, stronger batch.</p>
<p>If you do use something bought online, get it tested. Our drop-in drug-checking service is free and confidential; results take about 20 minutes.</p>

<h2 id="emergency">Emergencies</h2>
<p>Call an ambulance if someone is unresponsive, is breathing very slowly or irregularly, has a seizure, chest pain or a very fast heartbeat, or is vomiting while not fully conscious. Put them in the recovery position. Tell the paramedics what was taken. Stay with them.</p>
<div class="box"><h3>Drug checking drop-in</h3><p>Thursdays 6&ndash;9 pm and Saturdays 2&ndash;6 pm at our Bridge Street centre. No names, no police.</p></div>
</main>
<footer>Nightline Harm Reduction is a registered charity. Information here is for adults and reflects current evidence; it is not medical advice.</footer>
""")

p("h8535", "https://forum.trd-support.example/t/online-ketamine-no-video-call-legit-or-scam/48211", "informational", False, "en",
  "patient-forum-long-thread-members-quote-seller-offers-mod-removes-links", "Online ketamine with no video call - legit or scam? - Treatment-Resistant Depression Support Forum", """
<header><a href="/" class="logo">TRD Support Forum</a>
<nav><a href="/latest">Latest</a> <a href="/c/treatments">Treatments</a> <a href="/c/ketamine-esketamine">Ketamine &amp; Esketamine</a> <a href="/c/tms-ect">TMS &amp; ECT</a> <a href="/c/vent">Vent</a> <a href="/guidelines">Community guidelines</a></nav></header>
<main class="thread">
<p class="crumbs">Ketamine &amp; Esketamine &rsaquo; Access &amp; cost</p>
<h1>Online ketamine with no video call - legit or scam?</h1>
<div class="pinned-note">Reminder: sourcing discussion and seller links are not allowed here. Discussing your experience and warning others is fine.</div>

<div class="post" id="p1"><div class="who"><b>greywinter_88</b> &middot; 14 posts &middot; Oct 29</div>
<p>Long time reader, first real post. I've been on the waitlist at the only ketamine clinic within 200 miles since June. I got a "we'll call you in the new year" email yesterday and honestly it wrecked me.</p>
<p>Then an ad showed up on Instagram for a place that does at-home ketamine lozenges. Their site says you fill in a short mood form, get "approved instantly", and they ship in 48 hours. No video call, no doctor. $129 for the first month. The FAQ literally says "you do not need a prescription, a referral or any medical records" and they give a discount if you pay in Bitcoin.</p>
<p>Part of me thinks this is exactly what I need. Part of me thinks it's too good to be true. Has anyone used one of these? Not asking for names, just whether it's a thing I should be scared of.</p></div>

<div class="post" id="p2"><div class="who"><b>Marisol_K</b> &middot; Moderator &middot; Oct 29</div>
<p>Hi greywinter, I'm sorry about the waitlist, that's brutal. Quick mod note first: I've removed the screenshot you attached because it showed the site's URL, per the pinned rules. Not in trouble, just keeping the forum from becoming an ad board.</p>
<p>Honest answer: the legitimate at-home programs I know of all require a live video evaluation with a prescriber licensed in your state, and the meds come from a pharmacy with your name on the label. "Instant approval", no clinician and crypto discounts are the opposite of that. I'd be very wary.</p></div>

<div class="post" id="p3"><div class="who"><b>oldmanriver</b> &middot; 2,103 posts &middot; Oct 29</div>
<p>I did exactly this two years ago, before I knew better. Different site, same vibe. Nice website, long articles about neuroplasticity, then a little box at the bottom: "research grade ketamine, 5 g &euro;160, not for human consumption." Paid in Bitcoin, arrived in a vacuum-sealed bag inside a DVD case.</p>
<p>It did help for a few weeks. Then I was using it three, four nights a week. Then every night. I'm now seeing a urologist every three months. I'm not saying this to scare you, but I wish someone had said it to me.</p></div>

<div class="post" id="p4"><div class="who"><b>sunbeam_rae</b> &middot; 388 posts &middot; Oct 30</div>
<p>Counterpoint, sort of. I use a proper telehealth ketamine company and it's been really good for me. It's NOT like what greywinter described though. I had an hour-long video evaluation with a psychiatric NP, she asked for my BP readings and talked to my therapist. A pharmacy ships it, I sign for it, and I can't get more until my follow-up. About $300 for the first block. So the at-home model can be legit; the no-doctor version is a different animal.</p></div>

<div class="post" id="p5"><div class="who"><b>greywinter_88</b> &middot; Oct 30</div>
<p>Thank you, this is really helpful. sunbeam, would you mind DMing me the name of yours? I'm in Ohio.</p></div>

<div class="post" id="p6"><div class="who"><b>sunbeam_rae</b> &middot; Oct 30</div>
<p>Sent. For anyone else: search for telehealth ketamine companies and check that (1) they name their clinicians, (2) there's a real video eval before anything ships, (3) they say who dispenses the meds. If any of those is missing, walk away.</p></div>

<div class="post" id="p7"><div class="who"><b>k_reluctant</b> &middot; 57 posts &middot; Oct 30</div>
<p>Another data point. I got sucked in by a "wellness" blog that had a lovely long article on microdosing for anxiety. Halfway down it says to message a Telegram account with a code word to get the "menu". I did, out of curiosity. They sent a price list (lozenges by the piece, powder by the gram, "pharma vials") and said payment only in USDT. When I asked if a doctor would check anything the reply was a laughing emoji.</p>
<p>I didn't buy. Reported the account. It was back under a slightly different name within a week.</p></div>

<div class="post" id="p8"><div class="who"><b>Dr_Fennimore</b> &middot; Verified clinician &middot; 611 posts &middot; Oct 31</div>
<p>Psychiatrist here (verified with the mods). A few practical points:</p>
<ul>
<li>Products from these sellers vary wildly. Lab testing by journalists and drug-checking services has found lozenges at a third of the labelled strength and "ketamine" that was actually 2-FDCK.</li>
<li>The main medical risks I worry about with unsupervised use are blood pressure spikes in people with undiagnosed hypertension, interactions with benzos and alcohol, and escalation. Bladder damage is real and sometimes irreversible.</li>
<li>If the waitlist is the problem, ask your psychiatrist about esketamine (insurance often covers it, and certified centres sometimes have shorter waits), a telehealth program with a real evaluation, or TMS.</li>
</ul>
<p>And if things get to a point where you feel unsafe, please go to an ER or call 988. Waiting lists should never be the reason someone doesn't get help in a crisis.</p></div>

<div class="post" id="p9"><div class="who"><b>greywinter_88</b> &middot; Nov 3</div>
<p>Update for anyone who finds this later: I didn't order from the Instagram place. I booked a video evaluation with a telehealth company that has named prescribers licensed in Ohio. The NP was thorough and wants my BP tracked for two weeks before deciding anything, which annoyed me for about five minutes and then made me trust them more. I also called the esketamine centre my psychiatrist mentioned and they can see me in three weeks. Thank you all. This forum is the only reason I didn't just click buy.</p></div>

<div class="post" id="p10"><div class="who"><b>Marisol_K</b> &middot; Moderator &middot; Nov 3</div>
<p>So glad to read this. Marking the thread as helpful and pinning it in Access &amp; cost.</p></div>
</main>
<aside><h4>Related threads</h4><ul><li><a href="/t/esketamine-insurance-appeals-what-worked/47090">Esketamine insurance appeals: what worked</a></li><li><a href="/t/how-to-vet-a-telehealth-ketamine-company/45512">How to vet a telehealth ketamine company</a></li><li><a href="/t/ketamine-bladder-questions/41873">Ketamine and bladder - questions for urologists</a></li></ul></aside>
<footer>TRD Support Forum is a peer community and does not provide medical advice. In crisis? Call or text 988.</footer>
""")

p("h8536", "https://mood-lab.university.example/research/sustain-k-trial-summary", "informational", False, "en",
  "university-research-group-long-trial-results-summary", "SUSTAIN-K trial results: a plain-language summary | Clinical Mood Disorders Laboratory", """
<header><a href="/" class="logo">Clinical Mood Disorders Laboratory</a> <span>Department of Psychiatry &middot; School of Medicine</span>
<nav><a href="/people">People</a> <a href="/research">Research</a> <a href="/publications">Publications</a> <a href="/participate">Take part in a study</a> <a href="/news">News</a></nav></header>
<main>
<h1>SUSTAIN-K: does psychotherapy after ketamine make the benefit last longer?</h1>
<p class="meta">Plain-language summary of results &middot; Trial registration NCT0XXXXXXX &middot; Published in a peer-reviewed psychiatry journal, October 2026</p>

<h2>Why we did this study</h2>
<p>Ketamine given by intravenous infusion can rapidly reduce symptoms of depression in people whose depression has not responded to other treatments. The problem is that the improvement usually fades within one to three weeks. Repeating infusions indefinitely is expensive, inconvenient and carries its own risks. Earlier small studies suggested that combining ketamine with a structured psychotherapy in the days after each infusion might help people hold on to the benefit. Laboratory research also suggests that the brain may be more "plastic", or able to change, for a short time after ketamine. We wanted to test this idea properly.</p>

<h2>Who took part</h2>
<p>We recruited 184 adults aged 21 to 68 with major depressive disorder who had not improved after at least two antidepressant treatments. Participants were recruited through our hospital clinics, community psychiatrists and online advertising. People with bipolar disorder, psychosis, current substance use disorder, uncontrolled high blood pressure or significant heart disease were not eligible. The average participant had been depressed for 14 years and had tried four antidepressants.</p>

<h2>What we did</h2>
<p>All participants received six intravenous ketamine infusions (0.5 mg/kg over 40 minutes) over three weeks in our research infusion unit, with continuous monitoring by an anaesthetist and a research nurse. Participants were then randomly assigned to one of two groups:</p>
<ul>
<li><b>Ketamine plus CBT:</b> ten sessions of cognitive behavioural therapy adapted for this study, starting the day after the first infusion and continuing for six weeks.</li>
<li><b>Ketamine plus supportive check-ins:</b> the same number of contacts with a research clinician who asked about wellbeing and side effects but did not deliver a structured therapy.</li>
</ul>
<p>Neither participants nor the researchers who rated their depression knew which group had received structured CBT until the end of the study for the raters; participants obviously knew what kind of sessions they had, which is a limitation we discuss below.</p>

<h2>What we measured</h2>
<p>Our main question was how long people stayed well after the infusions ended. We defined "relapse" as a return of depression to near pre-treatment levels on the Montgomery-&Aring;sberg Depression Rating Scale (MADRS), measured every two weeks for six months. We also measured anxiety, quality of life, side effects and whether people sought other treatments.</p>

<h2>What we found</h2>
<p>At the end of the infusion phase, 55% of participants in both groups had responded, meaning their depression scores had fallen by at least half. That was expected, as both groups received identical ketamine treatment.</p>
<p>Among responders, those who received CBT stayed well for longer. The median time to relapse was 13 weeks in the CBT group and 7 weeks in the check-in group. At six months, 38% of responders in the CBT group remained well, compared with 21% in the check-in group. This difference was statistically significant.</p>
<p>There was no difference between groups in side effects, which were mostly the expected short-term effects during infusions: dissociation, nausea, dizziness and increased blood pressure. Two participants stopped infusions because of blood pressure rises. There were no serious adverse events related to ketamine.</p>

<h2>What this means</h2>
<p>Our results suggest that what happens after ketamine matters. A structured psychotherapy delivered during and after a course of infusions roughly doubled the proportion of people who were still well six months later. This supports the view that ketamine may be most useful as a way to "open a window" for other treatments, rather than as a stand-alone treatment.</p>

<h2>Limitations</h2>
<ul>
<li>Participants knew which type of sessions they received, which could influence how they reported symptoms.</li>
<li>The CBT group had more structured contact time, so some of the benefit might come from attention rather than CBT specifically.</li>
<li>Most participants were white and had health insurance; results may not apply to everyone.</li>
<li>We studied intravenous ketamine in a research unit. We cannot say whether the findings apply to esketamine nasal spray or to oral ketamine prescribed for use at home.</li>
</ul>

<h2>A note for people looking for treatment</h2>
<p>We are often contacted by people asking whether they can get ketamine through our laboratory. We are a research group, not a clinic, and we cannot provide treatment outside our studies. We also want to be clear that this study does not support using ketamine obtained without a prescription. Please speak to your psychiatrist or doctor about treatment options.</p>

<h2>What's next</h2>
<p>We are now recruiting for SUSTAIN-K2, which compares CBT with a mindfulness-based therapy after ketamine and includes a group receiving esketamine. If you are interested, see <a href="/participate">Take part in a study</a>.</p>
<p class="thanks">We thank all participants and their families. This study was funded by a national research grant and a private foundation; the funders had no role in the analysis.</p>
</main>
<footer>Clinical Mood Disorders Laboratory &middot; Department of Psychiatry &middot; <a href="/contact">Contact</a></footer>
""")

p("h8537", "https://wire-briefs.example/health/2026-12-03-ketamine-seller-sites-seized", "informational", False, "en",
  "news-brief-plain-text-site-seizures", "", """
Authorities in three countries took down 27 websites that sold ketamine lozenges and "research" ketamine without prescriptions, many of them disguised as telehealth clinics and accepting only cryptocurrency, officials said Wednesday. Investigators said several sites had approved buyers after a six-question online form and shipped orders labelled as dietary supplements.
""", ext="txt")

p("h8538", "https://diariolaprensa-sur.example/investigacion/2026/11/ketamina-por-telegram-el-negocio-de-la-depresion", "informational", False, "es",
  "reportaje-investigacion-largo-cita-ofertas-vendedores", "Ketamina por Telegram: el negocio que se aprovecha de la depresión | La Prensa del Sur", """
<header><a href="/" class="cabecera">La Prensa del Sur</a>
<nav><a href="/actualidad">Actualidad</a> <a href="/investigacion">Investigación</a> <a href="/salud">Salud</a> <a href="/economia">Economía</a> <a href="/opinion">Opinión</a> <a href="/suscribete" class="btn">Suscríbete</a></nav></header>
<article>
<p class="antetitulo">INVESTIGACIÓN</p>
<h1>Ketamina por Telegram: el negocio que se aprovecha de la depresión</h1>
<p class="entradilla">Webs con aspecto de clínica, blogs de bienestar y canales de mensajería venden ketamina sin receta a personas con depresión en España y Latinoamérica. Este diario contactó con once vendedores; ninguno preguntó por la salud del comprador.</p>
<p class="firma">Por Lucía Bermejo Sáez · Madrid · 22 de noviembre de 2026</p>

<p>"Hola, te paso el menú. Cristal 1 g, 35 euros. 5 g, 150. Viales de 10 ml, 90. Pago en USDT o Bizum a un número que te doy. Envío en sobre neutro, 24-48 horas península". El mensaje llegó once minutos después de que esta periodista escribiera a una cuenta de Telegram que aparecía al final de un largo artículo titulado "Ketamina y depresión: guía completa", publicado en una web que se presenta como un espacio de divulgación sobre salud mental.</p>
<p>Durante cuatro meses, La Prensa del Sur ha analizado 38 páginas web, perfiles de Instagram y canales de Telegram y WhatsApp que ofrecen ketamina o esketamina a usuarios de habla hispana sin receta médica. Hemos hablado con compradores, con psiquiatras, con farmacéuticos, con un exempleado de una de estas tiendas y con la Guardia Civil.</p>

<h2>La guía que termina en una tienda</h2>
<p>El patrón más repetido es el del contenido largo y aparentemente neutral. Las webs publican artículos de miles de palabras sobre la historia de la ketamina, su mecanismo de acción en el cerebro o los ensayos clínicos con esketamina. Los textos citan estudios reales y, a menudo, incluyen advertencias sobre los riesgos para la vejiga o la mezcla con alcohol. Al final, o a mitad del texto, aparece un apartado titulado "Cómo comprar", "Formas de pago" o "Envíos". En uno de los casos documentados, la web ofrecía un 10 % de descuento por pagar con bitcoin, aceptaba tarjetas regalo de Amazon "para pedidos de hasta 150 euros" y prometía reenviar gratis los paquetes retenidos en aduana.</p>
<p>"El contenido informativo sirve para dos cosas: posicionar la web en Google y dar una apariencia de seriedad", explica un experto en seguridad digital que colabora con la Policía en delitos farmacéuticos y que pide no ser identificado. "La persona que busca 'ketamina depresión' a las tres de la mañana encuentra primero la tienda que el hospital".</p>

<h2>Clínicas que no lo son</h2>
<p>Otro grupo de páginas imita a los servicios de telemedicina. Una de ellas, dirigida a México y Colombia, ofrece un "tratamiento domiciliario" con comprimidos sublinguales tras rellenar un formulario de cinco preguntas. No hay videollamada ni médico identificado. En el apartado de preguntas frecuentes se lee: "No necesitas receta ni informes. Nuestro sistema te aprueba al instante". Los envíos, según la web, se declaran en aduana como "suplemento alimenticio".</p>
<p>Contrasta con los servicios legales de psiquiatría en línea consultados por este diario, que realizan una evaluación por videollamada con un psiquiatra colegiado y, cuando procede, derivan al paciente a un hospital o clínica autorizada para administrar la esketamina, que por ley debe aplicarse bajo supervisión.</p>

<h2>Lo que llegó por correo</h2>
<p>Este diario realizó dos compras de prueba, con asesoramiento jurídico, y entregó el contenido a un laboratorio acreditado. El primer paquete, un sobre acolchado sin remitente con una bolsa sellada al vacío, contenía ketamina con una pureza del 84 %. El segundo, anunciado como "ketamina farmacéutica líquida", contenía una solución con menos de la mitad de la concentración indicada y restos de un disolvente industrial.</p>

<h2>Los compradores</h2>
<p>"Llevaba nueve años con antidepresivos y me dijeron que la lista de espera para la esketamina en mi hospital era de cinco meses", cuenta Andrés, un profesor de 41 años de Valencia. Compró ketamina a través de un canal de Telegram que encontró en un foro. "Las primeras semanas me sentí mejor. Luego empecé a tomar más. Cuando empezó a dolerme al orinar, me asusté". Hoy está en tratamiento en una unidad de conductas adictivas y con un urólogo.</p>
<p>María José, de Bogotá, pagó por transferencia a una cuenta personal después de hablar por WhatsApp con un "asesor". Nunca recibió nada. "Me dio vergüenza denunciarlo", dice.</p>

<h2>Qué dicen los expertos</h2>
<p>"La ketamina tiene un lugar en el tratamiento de la depresión resistente, pero ese lugar está dentro de un marco clínico", resume la psiquiatra Elena Garcés, jefa de una unidad de depresión resistente en un hospital público madrileño. "Evaluamos si la persona puede recibirla, controlamos la tensión, ajustamos la dosis y hacemos seguimiento. Nada de eso ocurre cuando alguien compra en internet".</p>
<p>La Agencia Española de Medicamentos recuerda que la venta de medicamentos sujetos a prescripción por internet está prohibida y que la ketamina es, además, una sustancia controlada. La Guardia Civil confirma que mantiene abiertas varias investigaciones, pero reconoce la dificultad de perseguir a vendedores que operan desde servidores en el extranjero y cobran en criptomonedas.</p>

<h2>Cómo reconocer una venta ilegal</h2>
<ul>
<li>No hay consulta real con un médico identificado antes de enviar el producto.</li>
<li>Se ofrece "sin receta" o con aprobación automática.</li>
<li>El pago se hace en criptomonedas, tarjetas regalo o a cuentas personales.</li>
<li>El pedido se gestiona por Telegram o WhatsApp.</li>
<li>Se promete envío "discreto" o reenvío si la aduana retiene el paquete.</li>
</ul>
<p class="nota">Este diario no publica los nombres ni las direcciones de las webs y canales investigados para no darles difusión. Si está pasando por un momento difícil, puede llamar al 024, la línea de atención a la conducta suicida.</p>
</article>
<footer>© La Prensa del Sur · <a href="/aviso-legal">Aviso legal</a> · <a href="/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

p("h8539", "https://reduction-risques-asso.example/produits/ketamine-guide-complet", "informational", False, "fr",
  "association-rdr-guide-long-achats-en-ligne", "Kétamine : le guide complet de réduction des risques | Association Trajectoires RdR", """
<header><a href="/" class="logo">Trajectoires</a><span>Association de réduction des risques</span>
<nav><a href="/produits">Infos produits</a> <a href="/analyse">Analyse de produits</a> <a href="/permanences">Permanences</a> <a href="/materiel">Matériel RdR</a> <a href="/contact">Nous contacter</a></nav></header>
<main>
<h1>Kétamine : le guide complet de réduction des risques</h1>
<p class="chapo">Ce guide s'adresse aux personnes qui consomment ou envisagent de consommer de la kétamine, ainsi qu'à leurs proches. Nous ne vendons aucun produit et ne donnons aucune adresse d'achat. Notre objectif est que chacun·e puisse faire des choix éclairés et limiter les dommages.</p>

<h2>Qu'est-ce que la kétamine ?</h2>
<p>La kétamine est un anesthésique dissociatif utilisé en médecine humaine et vétérinaire. En usage festif, elle se présente le plus souvent sous forme de poudre ou de cristaux, plus rarement en liquide. À faible dose, elle procure une sensation de flottement, d'ébriété et de détachement ; à dose plus élevée, une perte de repères corporels et spatiaux pouvant aller jusqu'au « trou K ». Depuis quelques années, elle est aussi connue pour ses usages en psychiatrie, notamment l'eskétamine en spray nasal administrée à l'hôpital dans la dépression résistante.</p>

<h2>Les effets et leur durée</h2>
<p>Sniffée, la kétamine agit en 5 à 15 minutes et ses effets principaux durent environ une heure. Avalée, elle agit plus lentement, plus longtemps et de façon moins prévisible. La « descente » peut laisser une sensation de fatigue, de confusion ou de tristesse pendant plusieurs heures.</p>

<h2>Réduire les risques pendant la consommation</h2>
<ul>
<li><b>Doser</b> : utilisez une balance au milligramme. Commencez par une petite quantité et attendez au moins 20 minutes avant de reprendre.</li>
<li><b>Ne pas mélanger</b> avec l'alcool, le GHB/GBL, les benzodiazépines ou les opioïdes : risque de dépression respiratoire, de vomissements et de perte de conscience.</li>
<li><b>Se poser</b> : consommez assis·e ou allongé·e, dans un endroit sûr, loin de l'eau, des escaliers et de la route.</li>
<li><b>Être accompagné·e</b> d'une personne de confiance qui sait ce que vous avez pris.</li>
<li><b>Matériel personnel</b> : ne partagez pas vos pailles (risque d'hépatites), rincez-vous le nez au sérum physiologique.</li>
</ul>

<h2>La vessie, un risque sous-estimé</h2>
<p>La consommation régulière de kétamine peut provoquer une inflammation grave de la vessie (cystite à la kétamine) : envies d'uriner très fréquentes et urgentes, douleurs, sang dans les urines. Sans arrêt de la consommation, les lésions peuvent devenir irréversibles et toucher les reins. Si vous remarquez ces symptômes, réduisez ou arrêtez et consultez un médecin en lui disant ce que vous consommez. Pris tôt, les dégâts sont souvent réversibles.</p>

<h2>Dépendance</h2>
<p>La tolérance s'installe très vite. Beaucoup de personnes passent d'un usage occasionnel à un usage quotidien sans s'en rendre compte. Quelques signaux d'alerte : consommer seul·e, le matin, pour dormir ou pour ne plus ressentir quelque chose ; des douleurs abdominales (« K-cramps ») ; des difficultés à faire des pauses. Nos permanences proposent un accompagnement sans jugement, que vous souhaitiez arrêter ou simplement réduire.</p>

<h2>Kétamine et santé mentale</h2>
<p>De plus en plus de personnes nous disent consommer de la kétamine pour soulager une dépression ou une anxiété, après avoir lu des articles sur son usage en psychiatrie. À l'hôpital, les doses sont faibles et espacées, la tension est surveillée et le traitement s'inscrit dans un suivi global. L'automédication n'offre pas ces garanties. Si c'est votre situation, tenez un carnet de consommation, fixez-vous des limites, faites des pauses régulières et parlez de votre humeur à un·e professionnel·le de santé.</p>

<h2>Les achats sur internet</h2>
<p>Notre service d'analyse reçoit de plus en plus d'échantillons achetés en ligne. Les personnes qui nous les apportent nous montrent souvent les annonces : des sites au style de « cliniques » qui envoient des comprimés sublinguaux après un simple questionnaire, des boutiques qui publient de longs articles scientifiques puis vendent la kétamine « pour la recherche » à 40 € le gramme avec paiement en bitcoins ou en coupons prépayés, des comptes Telegram ou Signal qui envoient une « carte » de prix et promettent une « livraison discrète en 48 h ». Certains proposent même des « sprays d'eskétamine » que l'on ne peut pourtant obtenir légalement qu'à l'hôpital.</p>
<p>Ce que montrent nos analyses de l'année : sur 64 échantillons vendus en ligne comme « kétamine », 11 contenaient en réalité de la 2-FDCK, 3 de la déschlorokétamine, et plusieurs comprimés étaient dosés à moins de la moitié de ce qui était annoncé. Un produit plus faible que prévu pousse à reprendre ; le suivant peut être beaucoup plus fort.</p>
<p>Si vous consommez un produit acheté en ligne, faites-le analyser. L'analyse est gratuite, anonyme, et le résultat vous est communiqué sous une semaine, ou immédiatement pour l'analyse par spectrométrie infrarouge lors de nos permanences.</p>

<h2>En cas d'urgence</h2>
<p>Appelez le 15 ou le 112 si une personne ne répond plus, respire mal, fait une crise convulsive, a une douleur dans la poitrine ou vomit sans être pleinement consciente. Mettez-la en position latérale de sécurité et restez avec elle. Dites aux secours ce qui a été consommé : leur but est de soigner.</p>

<div class="encart"><h3>Nos permanences</h3><p>Mardi 14 h – 18 h et jeudi 17 h – 21 h, accueil anonyme et gratuit. Analyse de produits, matériel de consommation à moindre risque, écoute et orientation.</p></div>
</main>
<footer>Association Trajectoires RdR · Association loi 1901 soutenue par l'Agence régionale de santé · <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h8540", "https://drugscheck-nl.example/nieuws/ketamine-uit-webshops-en-telegram-analyse-2026", "informational", False, "nl",
  "testservice-lang-analyseverslag-online-aanbod-beschreven", "Wat zit er in 'ketamine' van webshops en Telegram? Onze analyses van 2026 | DrugsCheck", """
<header><a href="/" class="logo">DrugsCheck</a><span>anoniem je drugs laten testen</span>
<nav><a href="/testen">Laten testen</a> <a href="/testlocaties">Testlocaties</a> <a href="/waarschuwingen">Waarschuwingen</a> <a href="/nieuws">Nieuws</a> <a href="/over-ons">Over ons</a></nav></header>
<main>
<article>
<h1>Wat zit er in 'ketamine' van webshops en Telegram? Onze analyses van 2026</h1>
<p class="datum">Gepubliceerd op 28 november 2026 · Leestijd ongeveer 10 minuten</p>

<p>Ketamine is in Nederland een van de snelst groeiende middelen in ons testsysteem. Waar het jarenlang vooral op feesten werd gebruikt, zien we nu ook steeds meer mensen die ketamine gebruiken voor hun mentale gezondheid, vaak nadat ze over ketaminebehandelingen bij depressie hebben gelezen. Een groeiend deel van de monsters die bij ons binnenkomen is online gekocht. In dit artikel delen we wat we dit jaar hebben gevonden.</p>

<h2>Hoeveel monsters?</h2>
<p>Tussen januari en oktober 2026 werden op onze testlocaties 1.412 monsters aangeleverd die als ketamine waren gekocht. Bij 397 daarvan gaf de gebruiker aan dat het online was gekocht: via een webshop, via een berichtendienst als Telegram, WhatsApp of Signal, of via een marktplaats op het darkweb. Dat is bijna twee keer zoveel als vorig jaar.</p>

<h2>Hoe werd het aangeboden?</h2>
<p>We vragen bij inlevering altijd waar en hoe iets gekocht is. Op basis van die antwoorden en de schermafbeeldingen die mensen ons lieten zien, zien we grofweg vier soorten aanbieders:</p>
<ul>
<li><b>'Research chemical'-webshops</b> met uitgebreide kennisbankartikelen over ketamine en verwante stoffen, en daaronder productkaarten met prijzen per gram, een bestelknop en de tekst "niet voor menselijke consumptie". Betaling via iDEAL of crypto.</li>
<li><b>Telegram- en Signal-verkopers</b> die een "menukaart" sturen met prijzen per gram, per ampul of per zuigtablet, bezorging in Nederland binnen 24 uur en betaling in bitcoin of Tikkie.</li>
<li><b>Websites die zich voordoen als online kliniek</b> en na een korte vragenlijst, zonder gesprek met een arts, zuigtabletten opsturen. Vaak in het Engels, met verzending vanuit het buitenland.</li>
<li><b>Darkwebmarkten</b>, waar ketamine wordt verkocht met beoordelingen van kopers.</li>
</ul>

<h2>Wat zat erin?</h2>
<table class="resultaten">
<tr><th>Uitslag</th><th>Online gekocht (n=397)</th><th>Niet online gekocht (n=1.015)</th></tr>
<tr><td>Alleen ketamine</td><td>71%</td><td>86%</td></tr>
<tr><td>2-FDCK (in plaats van ketamine)</td><td>14%</td><td>6%</td></tr>
<tr><td>Deschloroketamine (DCK)</td><td>4%</td><td>1%</td></tr>
<tr><td>Ketamine met versnijdingsmiddel (cafeïne, lidocaïne)</td><td>6%</td><td>5%</td></tr>
<tr><td>Iets anders / niets werkzaams</td><td>5%</td><td>2%</td></tr>
</table>
<p>Opvallend: bij de 'online klinieken' en bij de Telegram-verkopers die 'farmaceutische zuigtabletten' aanboden, bevatten de tabletten gemiddeld 52% van de opgegeven hoeveelheid ketamine, met uitschieters van 20% tot 140% binnen dezelfde verpakking. Van de als 'esketamine-neusspray' verkochte flesjes (n=9) bevatte er geen enkele esketamine; zes bevatten gewone ketamine in water, drie vrijwel niets.</p>

<h2>Waarom is dit een probleem?</h2>
<p>2-FDCK en DCK lijken op ketamine, maar werken anders: DCK is sterker en werkt veel langer, 2-FDCK is minder onderzocht en de werking verschilt per persoon. Wie denkt ketamine te gebruiken en een gewone dosis neemt, kan onverwacht veel heftiger of langer onder invloed raken. Bij zuigtabletten met een sterk wisselende dosering is het risico dat iemand na een 'zwakke' tablet meer neemt en daarna een sterke tablet treft reëel.</p>

<h2>Ketamine voor je mentale gezondheid</h2>
<p>Veel mensen die hun online gekochte ketamine lieten testen, vertelden dat ze het gebruikten tegen depressie, angst of PTSS. Sommigen stonden op een wachtlijst, anderen konden een behandeling niet betalen. We begrijpen die keuze. Toch willen we benadrukken dat er in Nederland legale behandelingen zijn, zoals esketamine-neusspray in ggz-instellingen en ziekenhuizen en ketamine-infusies in een aantal gespecialiseerde centra, waar iemand je bloeddruk controleert, de dosis bepaalt en je begeleidt. Bespreek de mogelijkheden met je huisarts of behandelaar.</p>

<h2>Tips als je toch gebruikt</h2>
<ul>
<li>Laat je middel testen, zeker als het online is gekocht.</li>
<li>Begin laag, wacht minstens 20 minuten voordat je bijneemt, gebruik een weegschaaltje.</li>
<li>Combineer niet met alcohol, GHB, benzodiazepines of opiaten.</li>
<li>Let op je blaas: bij pijn of vaak moeten plassen, stoppen en naar de huisarts.</li>
<li>Gebruik niet alleen.</li>
</ul>

<h2>Laten testen</h2>
<p>Je kunt je middel anoniem laten testen op een van onze 34 testlocaties. Een test kost maximaal 5 euro. Uitslagen van monsters met een afwijkende samenstelling publiceren we als waarschuwing op deze website.</p>
</article>
</main>
<footer>DrugsCheck is onderdeel van een landelijk monitoringsysteem en wordt gefinancierd door de overheid. · <a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></footer>
""", noise="cookie-nl")

save(OUT, R)
