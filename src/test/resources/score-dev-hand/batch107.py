# Batch 107 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Long pages whose label rests on a few lines". Every page is long (roughly 1,000-2,000 words
# of body text) with realistic site chrome (menus, cookie banners, sidebars, related links, footers).
# The decisive evidence sits in a few lines in the middle or at the end; the rest is ordinary text
# (education, history, science, news-like commentary, law, prices, payment, shipping, scam warnings)
# that could belong to any category.
# Mix: 14 sellers, 8 clinics, 9 telehealth, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: sellers as doorway blogs with a partner-store box, a shop knowledge-base article with a
# sidebar product box, a vendor's forum post with a signature, a marketplace listing buried in
# vendor terms, pseudo-clinics with automatic questionnaire approval, a legal-status essay ending in
# an order line, a research-chemical monograph with price tiers, a harm-reduction-style guide with a
# product plug, a vet-supply page selling to anyone, a news digest with a Telegram line, WhatsApp/Pix
# ordering; clinics as pricing pages, scam-warning blog, REMS FAQ, annual report, press release,
# patient guides; telehealth as pricing, blog, at-home guide, press release, FAQ, virtual psychiatry
# referring to partner centres; informational as news features, court reports, government and
# harm-reduction guides, a forum thread, a research summary, all quoting sellers' ads at length.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch107.py (writes batch107/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch107")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)
p("h10701", "https://calmer-minds-journal.example/guides/ketamine-for-depression-complete-guide", "seller", True, "en",
  "doorway-blog-long-guide-partner-store-box-near-end", "Ketamine for Depression: The Complete 2026 Guide | Calmer Minds Journal", """
<header class="masthead">
<a class="brand" href="/">Calmer Minds Journal</a>
<nav><a href="/guides">Guides</a> <a href="/mental-health">Mental Health</a> <a href="/sleep">Sleep</a> <a href="/nutrition">Nutrition</a> <a href="/about">About us</a> <a href="/newsletter">Newsletter</a></nav>
<form class="search"><input type="search" placeholder="Search articles"></form>
</header>
<main>
<article>
<p class="meta">Guides &rsaquo; Mental Health &middot; Updated November 28, 2026 &middot; 14 min read &middot; By the Calmer Minds editorial team</p>
<h1>Ketamine for Depression: The Complete 2026 Guide</h1>
<p class="lede">Few medicines have travelled as far as ketamine. It began life as a battlefield anaesthetic, spent decades as a quiet workhorse in operating rooms and veterinary surgeries, picked up a reputation on the club scene, and is now one of the most discussed treatments in modern psychiatry. This guide walks through what we know, what we do not know, and what readers most often ask us.</p>

<nav class="toc"><strong>In this guide</strong>
<ol><li><a href="#history">A short history</a></li><li><a href="#how">How ketamine works in the brain</a></li><li><a href="#evidence">What the research says</a></li><li><a href="#forms">Forms and routes</a></li><li><a href="#risks">Side effects and risks</a></li><li><a href="#who">Who might benefit</a></li><li><a href="#access">Access options</a></li><li><a href="#faq">Reader questions</a></li></ol></nav>

<h2 id="history">A short history</h2>
<p>Ketamine was first synthesised in 1962 by the chemist Calvin Stevens at Parke-Davis, who was looking for a safer alternative to phencyclidine. The first human trials took place in 1964 on volunteers at a Michigan prison, and researchers noticed something unusual: the drug produced deep pain relief and unconsciousness without stopping the patient's breathing. Edward Domino, one of the early investigators, coined the phrase "dissociative anaesthetic" after his wife described the experience as a feeling of being disconnected from the body.</p>
<p>The US Food and Drug Administration approved ketamine for anaesthesia in 1970, and it was used extensively on injured soldiers in the Vietnam War. Because it keeps blood pressure stable and does not suppress breathing, it became a mainstay in field hospitals and, later, in emergency departments and low-resource settings. The World Health Organization lists it as an essential medicine to this day.</p>
<p>Recreational use emerged in the 1970s and grew through the rave culture of the 1990s. That history is one reason many people are surprised to hear the word "ketamine" spoken by a psychiatrist. The turn came in 2000, when a small Yale study found that a single low-dose infusion lifted depressive symptoms within hours. Dozens of trials followed, and in 2019 the FDA approved esketamine, a nasal spray version of one of ketamine's two mirror-image molecules, for treatment-resistant depression.</p>

<h2 id="how">How ketamine works in the brain</h2>
<p>Most older antidepressants act on serotonin, norepinephrine or dopamine and take several weeks to work. Ketamine acts on a different system. It blocks the NMDA receptor, a gate for glutamate, the brain's most abundant excitatory messenger. Blocking that gate on certain inhibitory neurons appears to cause a brief surge of glutamate, which in turn activates another receptor family called AMPA.</p>
<p>That cascade switches on signalling pathways, notably BDNF and mTOR, which are involved in building and strengthening synapses. In animal studies, new dendritic spines appear within a day of a single dose. The leading theory is that depression and chronic stress wear down connections in regions such as the prefrontal cortex, and ketamine briefly opens a window in which those connections can regrow. Other explanations focus on its metabolites, on the lateral habenula, or on opioid-system effects; the honest answer is that the mechanism is still debated.</p>

<h2 id="evidence">What the research says</h2>
<p>Across randomised trials, roughly half of people with treatment-resistant depression respond to a course of ketamine infusions, and a smaller share reach remission. The effect of a single dose usually fades within one to two weeks, which is why clinical protocols use a series of six sessions over two or three weeks, followed by maintenance sessions spaced further apart.</p>
<p>A large 2023 trial published in a leading medical journal compared ketamine with electroconvulsive therapy for non-psychotic treatment-resistant depression and found ketamine to be non-inferior, with fewer memory complaints. Research on suicidal thinking is particularly active, because ketamine can reduce suicidal ideation within hours, something no conventional antidepressant does. Studies on post-traumatic stress, obsessive-compulsive disorder, alcohol use disorder and chronic pain are ongoing, with mixed but promising early findings.</p>
<p>There are important caveats. Many studies are small, follow-up periods are short, and it is hard to blind a trial when the drug produces obvious dissociation. Long-term safety data for repeated low-dose treatment are still being gathered.</p>

<h2 id="forms">Forms and routes</h2>
<p>Ketamine can be given in several ways, and the route changes how much reaches the bloodstream:</p>
<ul>
<li><strong>Intravenous infusion</strong> &ndash; the best studied route, usually 0.5 mg/kg over 40 minutes.</li>
<li><strong>Intramuscular injection</strong> &ndash; quicker to give, with a faster onset and shorter experience.</li>
<li><strong>Esketamine nasal spray</strong> &ndash; the branded product approved for depression.</li>
<li><strong>Sublingual tablets and troches</strong> &ndash; dissolved under the tongue; lower and more variable absorption.</li>
<li><strong>Oral solutions</strong> &ndash; used in some pain and palliative settings.</li>
</ul>
<p>Bioavailability ranges from close to 100 percent for IV to somewhere around 20 to 30 percent for oral forms, which is why doses are not interchangeable between routes.</p>

<aside class="inline-ad"><p>Sponsored &middot; Sleep better tonight: our editors' favourite weighted blankets &rarr;</p></aside>

<h2 id="risks">Side effects and risks</h2>
<p>During and shortly after a dose, people commonly experience dissociation, a dreamlike or floating feeling, dizziness, nausea, blurred vision and a rise in blood pressure and heart rate. These effects usually settle within an hour or two. Rarer but important problems include confusion, anxiety, and in people with a history of psychosis, a worsening of symptoms.</p>
<p>With heavy, frequent use, ketamine can damage the bladder, causing pain, urgency and in severe cases permanent scarring. Liver enzyme changes and memory problems have also been reported among frequent recreational users. Ketamine has a potential for dependence, and tolerance can develop quickly.</p>
<p>Combining ketamine with alcohol, benzodiazepines or opioids increases the risk of dangerous sedation. People with uncontrolled high blood pressure, certain heart conditions, or a history of substance misuse need particular caution.</p>

<h2 id="who">Who might benefit</h2>
<p>Researchers have mainly studied adults with major depression who have not improved after two or more standard antidepressants, people with acute suicidal thinking, and people with bipolar depression. Younger patients, older adults and pregnant people have been studied far less. If you are struggling, the most important step is to talk to someone. In the US you can call or text 988; in the UK, Samaritans are available on 116 123.</p>

<h2 id="access">Access options</h2>
<p>Readers ask us about access more than about anything else. Broadly, there are three routes. The first is an in-person infusion centre, which is the most expensive option, often 400 to 800 dollars per session, and is usually not covered by insurance. The second is the branded nasal spray, which is covered by many insurers but has to be taken in a certified office under observation. The third is a growing market of at-home options.</p>
<p>Waiting lists, insurance refusals and travel distances keep many readers from the first two routes, and we have received hundreds of messages from people who simply gave up. That is why, after a long editorial debate, we decided to list one at-home option that readers tell us has worked for them.</p>

<div class="partner-box">
<p class="label">Reader-recommended partner</p>
<h3>KetaDirect Pharma</h3>
<p>Racemic ketamine HCl and esketamine spray shipped to your door in plain packaging. No prescription and no doctor visit needed &ndash; simply choose your product and check out. Orders over $250 ship free, and paying with Bitcoin or USDT takes 10% off.</p>
<p><a class="btn" href="https://ketadirect-pharma.example/?ref=calmerminds">Visit the store &rarr;</a> <small>Use code CALM10 at checkout.</small></p>
</div>

<p>Whichever path you take, keep a simple diary of your mood, sleep and any side effects, and share it with someone you trust.</p>

<h2 id="faq">Reader questions</h2>
<h3>Will ketamine show up on a drug test?</h3>
<p>Standard workplace panels do not usually include ketamine, but extended panels can detect it for a few days in urine and longer in hair.</p>
<h3>Can I drive after a dose?</h3>
<p>No. Guidelines recommend not driving or operating machinery until the next day after a session.</p>
<h3>Is ketamine addictive?</h3>
<p>It can be. The risk at therapeutic doses and frequencies appears low in trials, but misuse is well documented.</p>
<h3>How long does the effect last?</h3>
<p>A single dose often helps for a few days to two weeks. Series of treatments and maintenance sessions tend to produce longer benefits.</p>
<h3>Can I take it with my antidepressant?</h3>
<p>Most trials allowed people to stay on their usual antidepressants. Some medicines, such as lamotrigine and benzodiazepines, may blunt the effect.</p>

<p class="disclaimer">This article is for general information only and is not a substitute for professional medical advice. Calmer Minds Journal may earn a commission from purchases made through links on this page.</p>
</article>
<aside class="sidebar">
<h4>Popular this week</h4>
<ul><li><a href="/sleep/magnesium-glycinate">Magnesium glycinate and sleep: does it work?</a></li><li><a href="/mental-health/seasonal-depression-light-boxes">Light boxes for seasonal depression, tested</a></li><li><a href="/nutrition/omega-3-mood">Omega-3 and mood: the evidence</a></li><li><a href="/guides/psilocybin-retreats">Psilocybin retreats: what to know before you go</a></li></ul>
<h4>Get our newsletter</h4><p>One calm email every Sunday. <a href="/newsletter">Subscribe</a></p>
</aside>
</main>
<footer><p>&copy; 2026 Calmer Minds Journal &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/affiliate-disclosure">Affiliate disclosure</a> &middot; <a href="/contact">Contact</a></p></footer>
""", noise="cookie")

p("h10702", "https://keta-knowledge-hub.example/learn/arylcyclohexylamines-pharmacology-and-history", "seller", True, "en",
  "shop-knowledge-base-article-sidebar-product-box", "Understanding Ketamine: Pharmacology, Metabolism and History | KKH Learning Centre", """
<div class="announcement">Holiday hours: orders placed after Dec 20 dispatch Jan 3.</div>
<header><a class="logo" href="/">KKH</a>
<nav><a href="/learn">Learning Centre</a> <a href="/learn/glossary">Glossary</a> <a href="/learn/studies">Study summaries</a> <a href="/store">Store</a> <a href="/account">Account</a></nav></header>
<div class="layout">
<article class="kb">
<p class="crumbs">Learning Centre / Pharmacology / Understanding ketamine</p>
<h1>Understanding Ketamine: Pharmacology, Metabolism and History</h1>
<p class="byline">Knowledge-base article &middot; reviewed by our content team &middot; reading time 12 minutes</p>

<h2>1. Chemical identity</h2>
<p>Ketamine, chemically 2-(2-chlorophenyl)-2-(methylamino)cyclohexan-1-one, belongs to the arylcyclohexylamine class, the same structural family as phencyclidine (PCP) and a long list of newer analogues. The molecule has a single chiral centre, so it exists as two enantiomers: S-ketamine (esketamine) and R-ketamine (arketamine). The hydrochloride salt is a white crystalline solid, freely soluble in water, with a melting point of about 262 degrees Celsius. The racemic mixture is what most hospital vials contain.</p>
<p>The S-enantiomer binds the NMDA receptor roughly three to four times more strongly than the R-enantiomer, which is why esketamine is given at lower doses. Arketamine, on the other hand, has attracted interest in animal studies because it appears to produce longer-lasting antidepressant-like effects with less dissociation, though human data are limited.</p>

<h2>2. Receptor pharmacology</h2>
<p>The primary action is non-competitive antagonism at the NMDA receptor: ketamine enters the open ion channel and sits at the so-called PCP binding site, blocking the flow of calcium. Because it can only enter an open channel, its effect is "use-dependent", stronger where glutamate activity is high.</p>
<p>Beyond NMDA, ketamine interacts with a surprising number of targets at clinically relevant concentrations. It has weak agonist activity at mu and kappa opioid receptors, inhibits the reuptake of monoamines, binds sigma receptors, and blocks HCN1 channels, which some researchers link to its hypnotic effect. Its metabolite (2R,6R)-hydroxynorketamine has been proposed as an antidepressant in its own right, acting through AMPA receptors independently of NMDA blockade, although this remains contested.</p>

<h2>3. Absorption and bioavailability</h2>
<table class="data"><tr><th>Route</th><th>Approximate bioavailability</th><th>Onset</th></tr>
<tr><td>Intravenous</td><td>100%</td><td>30 seconds</td></tr>
<tr><td>Intramuscular</td><td>93%</td><td>2&ndash;5 minutes</td></tr>
<tr><td>Intranasal</td><td>25&ndash;50%</td><td>5&ndash;10 minutes</td></tr>
<tr><td>Sublingual</td><td>24&ndash;30%</td><td>10&ndash;20 minutes</td></tr>
<tr><td>Oral</td><td>16&ndash;20%</td><td>15&ndash;30 minutes</td></tr></table>
<p>Low oral bioavailability is the result of extensive first-pass metabolism in the liver. This also means that oral dosing produces proportionally more norketamine, which may contribute to analgesia and to a longer, flatter experience.</p>

<h2>4. Metabolism and elimination</h2>
<p>Ketamine is metabolised mainly by the liver enzymes CYP3A4 and CYP2B6. N-demethylation produces norketamine, which is about a third as potent as the parent drug. Norketamine is further hydroxylated to a family of hydroxynorketamines and dehydronorketamine, which are conjugated and excreted in urine. The elimination half-life of ketamine itself is around two to three hours; norketamine lingers somewhat longer.</p>
<p>Drugs that inhibit CYP3A4, such as clarithromycin or grapefruit juice, can raise ketamine levels; inducers such as rifampicin or St John's wort can lower them. Benzodiazepines and lamotrigine can dampen the subjective and possibly the antidepressant effects.</p>

<h2>5. Historical timeline</h2>
<ul class="timeline">
<li><strong>1956</strong> &ndash; Phencyclidine synthesised at Parke-Davis; later abandoned for humans because of prolonged emergence delirium.</li>
<li><strong>1962</strong> &ndash; Calvin Stevens synthesises compound CI-581, later named ketamine.</li>
<li><strong>1964</strong> &ndash; First human studies by Domino and Corssen.</li>
<li><strong>1970</strong> &ndash; FDA approval as an anaesthetic; widespread use in Vietnam.</li>
<li><strong>1980s</strong> &ndash; Adoption in veterinary practice; early recreational scenes.</li>
<li><strong>1999</strong> &ndash; Placed in Schedule III of the US Controlled Substances Act.</li>
<li><strong>2000</strong> &ndash; Berman and colleagues report rapid antidepressant effects.</li>
<li><strong>2006</strong> &ndash; NIMH trial by Zarate confirms rapid response in treatment-resistant depression.</li>
<li><strong>2019</strong> &ndash; Esketamine nasal spray approved in the US and later in Europe.</li>
<li><strong>2020s</strong> &ndash; Rapid expansion of infusion centres and remote prescribing; regulators scrutinise compounded products.</li>
</ul>

<h2>6. Safety pharmacology</h2>
<p>Ketamine is a sympathomimetic: it raises blood pressure, heart rate and cardiac output by stimulating the central nervous system and inhibiting catecholamine reuptake. This is generally an advantage in trauma patients but a concern in people with uncontrolled hypertension or coronary disease. Airway reflexes are largely preserved and respiratory depression is uncommon at sub-anaesthetic doses, though it can occur with rapid IV pushes or in combination with other sedatives.</p>
<p>Emergence phenomena, vivid dreams, hallucinations and confusion on waking, occur in a proportion of anaesthetic patients, more often in adults than in children. Ketamine-associated uropathy is a well-described complication of chronic high-dose use; symptoms include frequency, urgency, painful urination and blood in urine. Early cessation usually leads to improvement.</p>

<h2>7. Analogues</h2>
<p>Since the 2010s, several structural analogues have appeared, including methoxetamine (MXE), deschloroketamine (DCK), 2-fluorodeschloroketamine (2F-DCK) and others. Most have little or no formal pharmacological characterisation in humans, and potency and duration vary widely. Several have been placed under national control after reports of harm.</p>

<h2>8. Common questions from readers</h2>
<h3>Why do some sources say ketamine is "not an opioid" and others say it acts on opioid receptors?</h3>
<p>Both are partly right. Ketamine is not structurally an opioid and its main effects do not come from opioid receptors, but it binds them weakly. A small 2018 study found that pre-treatment with naltrexone blunted ketamine's antidepressant effect; later studies did not replicate this consistently, and the question remains open.</p>
<h3>Does ketamine lose potency over time?</h3>
<p>The hydrochloride salt is chemically stable when kept dry and away from light. Solutions are less stable and should be stored according to the manufacturer's instructions.</p>
<h3>What is the difference between "crystal" and "powder"?</h3>
<p>Only the physical form. The same compound can crystallise as large needles or plates, or be ground into powder. Crystal size says nothing reliable about purity.</p>
<h3>Is R-ketamine available as a medicine?</h3>
<p>Not at the time of writing. Arketamine has been tested in early clinical trials for depression with mixed results.</p>
<h3>Why is the bladder affected?</h3>
<p>Ketamine and its metabolites are concentrated in urine and appear to damage the urothelium directly, causing inflammation, fibrosis and reduced capacity. The exact mechanism is still studied.</p>
<h2>8. Further reading</h2>
<p>Readers interested in the primary literature may want to start with the original Domino and Corssen reports, the 2000 Berman paper, the 2006 Zarate trial, and recent reviews of hydroxynorketamine pharmacology. Our <a href="/learn/studies">study summaries</a> section contains plain-language digests of more than forty papers.</p>
<p class="note">Content in the Learning Centre is provided for educational purposes. It does not replace the product information sheets supplied with each order.</p>
</article>

<aside class="sidebar">
<div class="widget"><h4>Related articles</h4><ul><li><a href="/learn/nmda-explained">NMDA receptors explained</a></li><li><a href="/learn/hnk-metabolite">The HNK metabolite debate</a></li><li><a href="/learn/bladder-health">Bladder health basics</a></li></ul></div>
<div class="widget product-box">
<h4>In the store</h4>
<img src="/img/crystal-jar.jpg" alt="">
<p><strong>Ketamine HCl &ndash; needle crystal, 98%+</strong></p>
<p>5 g &ndash; $165 &middot; 10 g &ndash; $290 &middot; 25 g &ndash; $640</p>
<p><a class="btn" href="/store/ketamine-hcl-crystal">Add to cart</a></p>
<p class="tiny">Vacuum-sealed, discreet outer packaging. Checkout accepts BTC, XMR and LTC.</p>
</div>
<div class="widget"><h4>Glossary</h4><p>Not sure what "first-pass metabolism" means? <a href="/learn/glossary">Browse the glossary</a>.</p></div>
</aside>
</div>
<footer><nav><a href="/learn">Learning Centre</a> &middot; <a href="/store">Store</a> &middot; <a href="/faq">FAQ</a> &middot; <a href="/shipping">Shipping</a> &middot; <a href="/contact">Contact</a></nav><p>&copy; 2026 KKH. All rights reserved.</p></footer>
""")

p("h10703", "https://psychonaut-commons.example/forum/threads/notes-on-k-tolerance-after-two-years.48213/", "seller", True, "en",
  "vendor-forum-post-long-reflection-signature-contact", "Notes on K tolerance after two years (long post) | Psychonaut Commons", """
<header class="forum-top">
<a class="logo" href="/forum/">Psychonaut Commons</a>
<nav><a href="/forum/">Forums</a> <a href="/forum/whats-new/">What's new</a> <a href="/forum/members/">Members</a> <a href="/forum/help/">Help</a> <a href="/login">Log in</a> <a href="/register">Register</a></nav>
</header>
<div class="crumbs"><a href="/forum/">Forums</a> &rsaquo; <a href="/forum/dissociatives.12/">Dissociatives</a> &rsaquo; <a href="/forum/dissociatives-experiences.31/">Experiences &amp; reflections</a></div>
<h1>Notes on K tolerance after two years (long post)</h1>
<p class="thread-meta">Started by <a href="/forum/members/frostline_labs.9921/">frostline_labs</a> &middot; Oct 30, 2026 &middot; Replies: 14 &middot; Views: 3,871</p>

<article class="post" id="post-1">
<div class="author"><strong>frostline_labs</strong><br><span class="rank">Verified Vendor</span><br>Joined: Feb 2024<br>Messages: 612<br>Reaction score: 1,204</div>
<div class="content">
<p>Been meaning to write this for a while. It's long, sorry. I've been around dissociatives in one way or another for about two years now, and I see the same questions in this subforum every week, so here is everything I've learned, the good and the ugly.</p>
<p><strong>1. Tolerance is real and it comes fast.</strong> When I started, a modest line was enough for a full evening. Three months of weekend use later I needed roughly double for the same place. By the end of the first year I was doing things I'd have called insane at the start. Tolerance to the dissociative effect builds in days, not weeks, and it does not fully reset just because you took a weekend off. What worked for me was a hard rule: nothing for at least two weeks after any session, and a full month off every quarter. People laugh at that until they see what happens to the ones who don't.</p>
<p><strong>2. Your bladder keeps a tally.</strong> I didn't believe the bladder stories because I thought they were about people doing grams a day. Then at month nine I started needing to pee every forty minutes, with a burning feeling at the end. I stopped completely for two months, drank a ridiculous amount of water, and it cleared up. A friend of mine wasn't so lucky and is now seeing a urologist. If you get any urinary symptoms, stop. Not cut down. Stop. And tell a doctor what you've been using, they have seen it before.</p>
<p><strong>3. Set and setting still matter.</strong> This is not a party drug in the sense people think. In a loud club it's a stumble and a fall risk. At home, lying down, with music you know and someone sober nearby, it can be deeply strange and sometimes quite beautiful. Never in the bath. Never near water. Never alone if you're going deep.</p>
<p><strong>4. Mixing.</strong> Alcohol plus K is how people end up on the floor vomiting with nobody noticing. Benzos plus K plus alcohol is how people end up in hospital. Opioids, same story. Stimulants make the heart-rate bump worse. Keep it simple.</p>
<p><strong>5. The depression thing.</strong> A lot of people here talk about self-treating depression. I get it, I've been there. But honestly, the clinics that do this properly use small doses spaced out, with monitoring, and people still crash after the initial lift. What I saw around me was folks chasing that first-week glow and ending up using more often and feeling worse in between. If that's why you're here, please at least talk to someone who can look at the whole picture. I'm not saying that to sound preachy, I'm saying it because I watched it happen.</p>
<p><strong>6. Memory and "K-holes".</strong> Regular use did something to my short-term memory. Names, appointments, what I went into the kitchen for. It came back mostly after a long break. K-holes are not a goal. They're what happens when you overshoot, and they can be terrifying if you're not prepared.</p>
<p><strong>7. Testing.</strong> Reagent kits are cheap. Mandelin should go orange with ketamine; if you get something else, don't use it. A lot of what gets sold as K in some places is actually one of the newer analogues or cut with something random. Test every batch, even from people you trust.</p>
<p><strong>8. Nasal care.</strong> Rinse with saline afterwards. Rotate nostrils. Don't share straws. Use clean surfaces. It sounds obvious but the number of people I know with wrecked sinuses is not small.</p>
<p><strong>9. Money.</strong> It adds up quicker than you'd think. Track it the way you'd track any habit.</p>
<p><strong>10. Knowing when to stop.</strong> For me it was the day I realised I was planning my week around it. If that's you, there's no shame in asking for help. The harm reduction subforum has a pinned list of services.</p>
<p>That's it. Take care of yourselves, and look out for each other.</p>
<div class="signature">
<hr>
<p>frostline_labs &middot; verified vendor since 2024 &middot; <em>Menu updated weekly</em>: K shards (S-isomer heavy) 3.5 / 7 / 14 / 28 g &middot; EU + UK from NL, US from domestic drop &middot; escrow or FE for regulars &middot; Threema FRST-LB9Q &middot; Session 05f2e&hellip;91c &middot; no menu questions in public threads, DM only</p>
</div>
</div>
<div class="post-actions"><a href="#">Like</a> <a href="#">Quote</a> <a href="#">Reply</a> <a href="#">Report</a></div>
</article>

<article class="post" id="post-2">
<div class="author"><strong>quietcrow</strong><br>Member<br>Joined: Jun 2025</div>
<div class="content"><p>Number 2 cannot be repeated enough. Took me a year to get back to normal. Thanks for writing this.</p></div>
</article>

<article class="post" id="post-3">
<div class="author"><strong>mellow_tone</strong><br>Member<br>Joined: Jan 2026</div>
<div class="content"><p>The point about the two-week rule is interesting. I've seen people recommend one week. Any reason for two specifically?</p></div>
</article>

<article class="post" id="post-4">
<div class="author"><strong>frostline_labs</strong><br>Verified Vendor</div>
<div class="content"><blockquote>Any reason for two specifically?</blockquote><p>Purely from experience. One week and I still noticed tolerance, two weeks felt close to baseline. No science behind it, just my body.</p></div>
</article>

<article class="post" id="post-5">
<div class="author"><strong>bluefin_rx</strong><br>Moderator</div>
<div class="content"><p>Reminder to everyone that sourcing discussion is not allowed in public threads. Keep it to experiences please. Good post otherwise.</p></div>
</article>

<article class="post" id="post-6">
<div class="author"><strong>sleepwalker_88</strong><br>Member</div>
<div class="content"><p>Re: testing &ndash; Mandelin can't tell you the difference between K and some of the analogues reliably. If you can, send a sample to a proper drug-checking service. Some of them accept postal samples anonymously.</p></div>
</article>

<article class="post" id="post-7">
<div class="author"><strong>tidewater</strong><br>Member</div>
<div class="content"><p>The memory part hits home. I used to think I was just getting older. Three months off and my partner says I'm a different person.</p></div>
</article>

<article class="post" id="post-8">
<div class="author"><strong>gravel_and_glass</strong><br>Member<br>Joined: Aug 2023</div>
<div class="content"><p>Solid post. I'd add one thing about sleep: the nights after a session my sleep was always wrecked, and bad sleep made the following days worse, which made me want to use again. Breaking that loop was half the battle for me. Melatonin and a strict no-screens rule helped a bit. What helped more was just not using on work nights at all.</p></div>
</article>
<article class="post" id="post-9">
<div class="author"><strong>frostline_labs</strong><br>Verified Vendor</div>
<div class="content"><p>Good point, sleep is underrated in all of this. Added to my notes for the next version of the post.</p></div>
</article>
<div class="pagination">Page 1 of 2 <a href="?page=2">Next &rsaquo;</a></div>
<aside class="similar"><h4>Similar threads</h4><ul><li><a href="#">Bladder recovery timeline &ndash; share yours</a></li><li><a href="#">How long to reset dissociative tolerance?</a></li><li><a href="#">Reagent colour chart megathread</a></li></ul></aside>
<footer><p>Psychonaut Commons &middot; <a href="/rules">Forum rules</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/help/terms">Terms</a> &middot; Community platform by XenForo-style software</p></footer>
""")

p("h10704", "https://agora-west.example/listing/88213-s-iso-crystal-10g", "seller", True, "en",
  "marketplace-listing-long-vendor-terms-price-in-middle", "Listing #88213 | northshore_pharm | Agora West", """
<header class="mk-header">
<a class="mk-logo" href="/">Agora West</a>
<form class="mk-search"><input type="search" placeholder="Search listings, vendors"><button>Search</button></form>
<nav><a href="/categories">Categories</a> <a href="/vendors">Vendors</a> <a href="/wallet">Wallet: 0.0000</a> <a href="/orders">Orders</a> <a href="/support">Support</a></nav>
</header>
<div class="mk-notice">PGP-verify every mirror. Staff will never ask you to finalize early. Read the <a href="/guides/safety">safety guide</a>.</div>
<main class="listing">
<div class="vendor-card">
<h2>northshore_pharm</h2>
<p>Level 7 &middot; Trust score 4.91 / 5 &middot; 2,311 sales &middot; member since March 2024 &middot; last seen 3 hours ago</p>
<p>Ships from: Netherlands &middot; Ships to: Europe, United Kingdom, Australia (see terms)</p>
</div>

<section class="vendor-about">
<h3>About this vendor</h3>
<p>Welcome to our shop. We are a small team that has been active on several markets since 2019, first under another name and since 2024 under this one. We believe in doing a few things well rather than many things badly. We take customer satisfaction seriously and aim to reply to every message within 24 hours, seven days a week, except during our announced holidays.</p>
<p>Please read our terms in full before ordering. Placing an order means you have read and accepted them. We update these terms from time to time; the version in force is always the one on this page at the moment you pay.</p>
</section>

<section class="terms">
<h3>Terms of service</h3>
<h4>1. Communication</h4>
<p>Use the built-in market messaging only. Always encrypt your address with our PGP key, which is published on our profile and signed with our old key. Unencrypted addresses will be deleted and the order cancelled. We do not do business off-market and will never contact you first. Anyone claiming to be us on another platform is a scammer.</p>
<h4>2. Processing times</h4>
<p>Orders placed before 14:00 CET on a working day are normally processed the same day. Orders placed later, on weekends or on public holidays are processed on the next working day. Processing means that your order has been packed and is on its way to the postal network. We do not ship on Saturdays.</p>
<h4>3. Delivery times</h4>
<p>Europe: 2&ndash;6 working days. United Kingdom: 4&ndash;10 working days. Australia: 10&ndash;21 working days. These are estimates. Christmas, strikes, and national holidays can add significantly to delivery times. Please wait the full period before opening a ticket.</p>
<h4>4. Non-arrival</h4>
<p>If your order has not arrived within the time listed above, contact us before opening a dispute. First-time customers get a 50% reship. Customers with five or more completed orders get a 100% reship. We do not reship to the same address twice in a row. Customs letters must be reported to us immediately; in that case we will not reship to that address and recommend you do not sign for anything.</p>
<h4>5. Packaging</h4>
<p>Every order goes out in moisture-barrier bags, heat sealed twice, inside an ordinary business envelope or small box that looks like regular e-commerce mail. There is no return address linking back to us. Do not discuss our packaging methods in reviews.</p>
<h4>6. Finalizing</h4>
<p>We do not ask anyone to finalize early. Please finalize within 48 hours of receiving. Auto-finalize is set by the market at 14 days for Europe and 21 days for other regions.</p>
<h4>6a. Returning customers</h4>
<p>After five completed orders you are automatically moved to our returning customer tier. Returning customers receive priority processing, access to bulk pricing without a minimum, and the full reship policy described above. We may offer finalize-early only to customers with more than twenty completed orders and no disputes, and only at their request.</p>
<h4>6b. Australia</h4>
<p>Australian customs are the strictest of all regions we ship to. We use different packaging and split larger orders into several parcels. No reship is offered for Australian orders above the equivalent of 300 USD. Please consider this before ordering.</p>
<h4>6c. Mistakes in your address</h4>
<p>Double-check your address before sending. We are not responsible for parcels lost because of typos, missing apartment numbers or names that do not match the mailbox. If your parcel is returned to sender, we cannot resend it.</p>
<h4>6d. PGP</h4>
<p>Our public key fingerprint is displayed on our profile page. Verify it against the key on the market's vendor directory before encrypting anything. If the fingerprint ever changes without a signed message from our old key, assume our account has been compromised and do not order.</p>
<h4>7. Feedback</h4>
<p>If something is wrong, talk to us first. We are human and mistakes happen; we always try to fix them. Negative feedback left without contacting us first will not be eligible for a reship.</p>
</section>

<section class="item">
<h3>Listing: S-ISO crystal &ndash; 10 g</h3>
<table class="item-specs"><tr><td>Category</td><td>Dissociatives &rsaquo; Ketamine</td></tr>
<tr><td>Price</td><td>USD 238.00 (paid in XMR at market rate)</td></tr>
<tr><td>Quantity in stock</td><td>41</td></tr>
<tr><td>Shipping option</td><td>Tracked EU +$12 / Untracked EU +$5 / UK +$18</td></tr></table>
<p>Large, glassy shards, heavy on the S-isomer, from our same batch as listing #87990. Lab-tested, no cuts. Bulk pricing available on request for 50 g and 100 g. Add to cart below.</p>
<form><input type="number" value="1"><button>Add to cart</button></form>
</section>

<section class="reviews">
<h3>Recent feedback (412)</h3>
<ul>
<li>5/5 &ndash; "Fast and well packed, communication excellent." &ndash; b***7 &ndash; 4 days ago</li>
<li>5/5 &ndash; "Third order, always consistent." &ndash; q***n &ndash; 6 days ago</li>
<li>4/5 &ndash; "Took 8 days to UK but arrived. Good stuff." &ndash; l***a &ndash; 1 week ago</li>
<li>5/5 &ndash; "Vendor reshipped without fuss after my first one got lost." &ndash; t***3 &ndash; 2 weeks ago</li>
<li>3/5 &ndash; "Ok but slower than advertised." &ndash; m***k &ndash; 2 weeks ago</li>
</ul>
<p><a href="?feedback=all">See all feedback</a></p>
</section>

<section class="policy">
<h3>Refund and cancellation policy</h3>
<p>Orders can be cancelled before they are marked as processed. Once marked as processed they cannot be cancelled. Refunds are made in the original cryptocurrency at the market rate on the day of the refund, which may differ from the day you paid. We are not responsible for price fluctuations.</p>
<h3>Holidays</h3>
<p>We will be away from December 23 until January 2. Orders placed in that period will be shipped on January 3. Messages will be answered on return.</p>
<h3>A word on safety</h3>
<p>Start low and go slow. Never use alone. Do not mix with alcohol or other depressants. Keep out of reach of children and pets. If you or a friend feels unwell, call emergency services; in most of Europe, 112.</p>
</section>
</main>
<footer class="mk-footer"><p>Agora West &middot; <a href="/rules">Market rules</a> &middot; <a href="/pgp">PGP</a> &middot; <a href="/mirrors">Mirrors</a> &middot; <a href="/canary">Canary</a></p></footer>
""")
p("h10705", "https://stillwater-ketamine-wellness.example/how-it-works", "seller", True, "en",
  "pseudo-clinic-how-it-works-auto-approval-mid-page", "How It Works | Stillwater Ketamine Wellness", """
<header class="site">
<a class="logo" href="/">Stillwater <span>Ketamine Wellness</span></a>
<nav><a href="/">Home</a> <a href="/how-it-works" class="active">How it works</a> <a href="/conditions">Conditions</a> <a href="/science">The science</a> <a href="/stories">Patient stories</a> <a href="/faq">FAQ</a> <a class="btn" href="/start">Get started</a></nav>
</header>
<main>
<section class="hero">
<h1>Healing that meets you where you are</h1>
<p>Depression, anxiety and chronic pain can make even getting out of the house feel impossible. We believe modern care should fit around your life, not the other way around.</p>
</section>

<section class="intro">
<h2>Why ketamine?</h2>
<p>For decades, people living with depression had one main option: a daily antidepressant pill, taken for weeks before anyone could tell whether it was helping. For many, it helped. For roughly one in three, it did not, even after trying several different medications. Researchers call this treatment-resistant depression, and it affects millions of people worldwide.</p>
<p>Ketamine works differently. Rather than slowly adjusting serotonin levels, it acts on glutamate, the brain's main signalling chemical, and appears to encourage the growth of new connections between nerve cells. In clinical studies, many participants reported feeling better within hours or days rather than weeks. That speed is what has made ketamine one of the most talked-about developments in mental health in a generation.</p>
<p>Ketamine is also one of the oldest and best-understood medicines in the world. It has been used safely in hospitals since 1970 and is on the World Health Organization's list of essential medicines. Its use at low doses for mood is newer, but the body of research has grown rapidly, with hundreds of published studies.</p>
</section>

<section class="conditions-strip">
<h2>Conditions we support</h2>
<ul><li>Depression, including treatment-resistant depression</li><li>Generalised anxiety</li><li>Post-traumatic stress</li><li>Chronic pain and fibromyalgia</li><li>Migraine</li><li>Burnout and low motivation</li></ul>
</section>

<section class="steps">
<h2>Your journey, step by step</h2>
<div class="step"><h3>1. Tell us about yourself</h3>
<p>Start with our secure online health questionnaire. It takes about three minutes and covers your mood, sleep, energy, current medications and what you hope to get from treatment. There are no right or wrong answers, and everything you share is encrypted.</p></div>
<div class="step"><h3>2. Instant approval</h3>
<p>Our system reviews your answers as soon as you submit them. Almost everyone is approved on the spot &ndash; there is no video call, no waiting room and no need to upload records. If you have been turned down elsewhere, you are still welcome here.</p></div>
<div class="step"><h3>3. Choose your plan and check out</h3>
<p>Pick the starter kit (8 sublingual tablets, $189), the monthly plan (16 tablets, $299) or the nasal spray bundle ($349). Your order ships the same day from our fulfilment centre in a plain, unbranded box.</p></div>
<div class="step"><h3>4. Begin at home</h3>
<p>Your kit includes a printed guide, a playlist suggestion card and a journal. Take your first dose in a quiet, comfortable place where you can relax for a couple of hours.</p></div>
<div class="step"><h3>5. Keep growing</h3>
<p>Most members continue with a monthly plan. You can pause, skip or cancel any time from your dashboard.</p></div>
</section>

<section class="preparing">
<h2>Preparing for your first session</h2>
<p>Setting matters. Choose a time when you do not have responsibilities for the rest of the day. Silence your phone, dim the lights, and lie down or sit in a supportive chair. Many people like to use an eye mask and headphones. Have water nearby, and avoid eating for two hours beforehand to reduce the chance of nausea.</p>
<p>Think about an intention: a word or a question you would like to hold lightly during the experience. It could be as simple as "rest" or "what do I need?" You do not need to force anything. Ketamine experiences are often dreamlike and can include a sense of floating, changes in how your body feels, and vivid imagery. These usually fade within an hour.</p>
<p>Afterwards, take some time before getting up. Write a few lines in your journal, even if they do not seem to make sense. Many people find that insights from a session become clearer over the following days.</p>
</section>

<section class="safety">
<h2>Safety first</h2>
<p>Do not drive, cycle or operate machinery for the rest of the day after a session. Do not combine your treatment with alcohol, sleeping pills or opioid painkillers. If you have high blood pressure, heart problems, a history of psychosis or are pregnant, ketamine may not be right for you. If you ever feel unsafe or have thoughts of harming yourself, call your local emergency number immediately.</p>
<p>Common side effects include dizziness, nausea, blurred vision and a temporary feeling of disconnection. Serious side effects are rare at the doses in our kits.</p>
</section>

<section class="integration">
<h2>Integration: making the most of the days after</h2>
<p>The days following a session are sometimes described as a window of flexibility, when it may be easier to change habits and see situations from a new angle. We encourage members to use this time intentionally: take walks, talk to people they trust, revisit their journal, and try one small new habit.</p>
<p>Our members' community lets you share experiences with others on a similar path. Weekly group calls led by volunteer peer guides focus on topics like sleep, self-compassion and setting boundaries.</p>
</section>

<section class="testimonials">
<h2>What members say</h2>
<blockquote>"After ten years of trying medications, this is the first thing that felt like a door opening." &ndash; Rachel, 41</blockquote>
<blockquote>"It arrived in two days and the guide was really clear. I wish I had found this sooner." &ndash; Daniel, 35</blockquote>
<blockquote>"I was nervous about doing this at home, but the journal and playlist made it feel safe." &ndash; Priya, 29</blockquote>
</section>

<section class="faq-mini">
<h2>Common questions</h2>
<h3>How long does a kit last?</h3>
<p>The starter kit is designed for about four weeks. Most members take one dose once or twice a week, following the schedule in the printed guide.</p>
<h3>Can I keep taking my antidepressant?</h3>
<p>Most people do. Tell us about your medications in the questionnaire.</p>
<h3>What if I don't feel anything?</h3>
<p>Everyone responds differently. Many members notice the biggest changes in the days after a session rather than during it. Keep journalling and give it a few sessions.</p>
<h3>Do you deliver everywhere?</h3>
<p>We deliver to all 50 states. Orders placed before 2 pm ship the same day.</p>
<h3>Is my information private?</h3>
<p>Yes. We never share your details, and your statement shows a neutral company name.</p>
</section>
<section class="cta">
<h2>Ready when you are</h2>
<p>Start your questionnaire today and your kit could be with you by the end of the week.</p>
<a class="btn" href="/start">Start my questionnaire</a>
</section>
</main>
<footer>
<div class="cols">
<div><h4>Stillwater</h4><p><a href="/about">About</a><br><a href="/careers">Careers</a><br><a href="/press">Press</a></p></div>
<div><h4>Support</h4><p><a href="/faq">FAQ</a><br><a href="/shipping">Shipping</a><br><a href="/returns">Returns</a><br><a href="/contact">Contact us</a></p></div>
<div><h4>Legal</h4><p><a href="/terms">Terms</a><br><a href="/privacy">Privacy</a><br><a href="/disclaimer">Medical disclaimer</a></p></div>
</div>
<p class="fine">Statements on this site have not been evaluated by any regulatory authority. &copy; 2026 Stillwater Wellness.</p>
</footer>
""", noise="cookie")

p("h10706", "https://k-legal-status.example/is-ketamine-legal-country-by-country", "seller", True, "en",
  "legal-status-essay-order-line-at-very-end", "Is Ketamine Legal? A Country-by-Country Look (2026 Edition)", """
<header><div class="wrap"><a class="logo" href="/">K Legal Status</a>
<nav><a href="/">Home</a> <a href="/countries">Countries</a> <a href="/news">News</a> <a href="/contact">Contact</a></nav></div></header>
<main class="wrap">
<article>
<h1>Is Ketamine Legal? A Country-by-Country Look (2026 Edition)</h1>
<p class="meta">Last reviewed: December 2026</p>
<p>The short answer is: ketamine is a legal medicine almost everywhere, and a controlled substance almost everywhere. Both statements are true at once. It is stocked in hospitals, ambulances and veterinary clinics across the world, and at the same time possessing or supplying it outside those settings is an offence in most countries. The details, though, vary a lot. Below we summarise the situation in the places our readers ask about most often.</p>

<h2>International framework</h2>
<p>Ketamine is not listed in the schedules of the 1971 UN Convention on Psychotropic Substances. Several attempts to place it under international control, most recently in 2015, were withdrawn after the World Health Organization argued that control would make it harder for low-income countries to provide anaesthesia. Because of that, each country decides for itself how to regulate it.</p>

<h2>United States</h2>
<p>Ketamine has been a Schedule III controlled substance under the federal Controlled Substances Act since 1999. That means it has an accepted medical use but also a potential for abuse. Doctors registered with the DEA can prescribe it, and it is widely used off-label for depression and pain. Esketamine nasal spray is approved by the FDA and can only be given in certified healthcare settings under a risk management programme. Possession without a prescription is a federal offence, and penalties for distribution depend on quantity and prior convictions. Telemedicine prescribing of controlled substances has been governed by a series of temporary DEA flexibilities since 2020, which have repeatedly been extended while a permanent rule is finalised.</p>

<h2>Canada</h2>
<p>Ketamine is a Schedule I substance under the Controlled Drugs and Substances Act, the same schedule as heroin and cocaine, although this reflects historical drafting rather than a judgement about its danger. It is legally used in hospitals and clinics, and several provinces have infusion clinics. Esketamine is approved by Health Canada.</p>

<h2>United Kingdom</h2>
<p>Ketamine is a Class B drug under the Misuse of Drugs Act 1971, reclassified from Class C in 2014 because of concerns about bladder damage. In 2024 the government's advisory council was asked to review whether it should move to Class A. Maximum penalties for possession are five years in prison; for supply, fourteen years. It remains in Schedule 2 of the Misuse of Drugs Regulations for medical use. Esketamine received a licence but was not recommended by NICE for routine NHS use.</p>

<h2>Australia</h2>
<p>Ketamine is a Schedule 8 "controlled drug" under the Poisons Standard, meaning it can be prescribed but with strict storage and record-keeping rules. Esketamine is approved by the Therapeutic Goods Administration. Possession without authorisation is an offence under state and territory law.</p>

<h2>European Union</h2>
<p>EU member states each set their own rules. In Germany, ketamine is not covered by the Narcotics Act (BtMG) but is a prescription-only medicine under the Medicines Act, which means unauthorised trading can still be prosecuted. The Netherlands lists ketamine on List I of the Opium Act since 2024 after years on the medicines-only track. France classifies it as a "stupéfiant". Spain, Italy and Portugal control it under their narcotics laws. Esketamine has EU-wide marketing authorisation.</p>

<h2>Asia</h2>
<p>Several Asian jurisdictions take a much stricter line. Hong Kong, Taiwan, mainland China and Singapore all treat ketamine as a dangerous drug, and trafficking above threshold quantities can carry very long prison sentences; in some countries capital punishment remains on the books for large-scale trafficking. Ketamine use is considered a major public health issue in parts of East Asia, which has shaped these laws.</p>

<h2>India</h2>
<p>India added ketamine to the schedule of psychotropic substances under the NDPS Act in 2013. It is widely produced by the domestic pharmaceutical industry, and export diversion has been an enforcement concern.</p>

<h2>Latin America</h2>
<p>Brazil lists ketamine under ANVISA's controlled-substance lists; it is used in human and veterinary medicine and esketamine is approved. Mexico, Colombia and Argentina control ketamine as a psychotropic, with use largely confined to hospitals and veterinary practice. Veterinary diversion is a recurring theme in press reports across the region.</p>

<h2>Japan and South Korea</h2>
<p>Japan designated ketamine a narcotic under its Narcotics and Psychotropics Control Act in 2007, after a rise in recreational use. South Korea controls it as a psychotropic substance, and both countries prosecute small possession cases. Medical use in anaesthesia continues under strict licensing. Esketamine has not been widely adopted in either country at the time of writing.</p>
<h2>Russia and Eastern Europe</h2>
<p>Russia lists ketamine among narcotic drugs whose circulation is restricted, permitted only for medical use under special controls. Several Eastern European countries have similar rules inherited from older narcotics legislation, with ketamine available mainly in hospital and veterinary practice.</p>
<h2>What about analogues?</h2>
<p>Substances like deschloroketamine, 2-fluorodeschloroketamine and methoxetamine were initially sold as "legal" alternatives in some countries. Most of them are now covered by analogue legislation, generic definitions or blanket bans such as the UK's Psychoactive Substances Act 2016.</p>

<h2>Travelling with prescribed ketamine</h2>
<p>If you are prescribed ketamine or esketamine and plan to travel, check the rules of your destination in advance. Many countries require a letter from your prescriber or an import permit for controlled medicines, and some do not allow them at all. Keep medication in its original packaging.</p>

<h2>Why the law matters</h2>
<p>Legal status affects more than the risk of prosecution. It shapes what treatments doctors can offer, how much they cost, whether insurers pay, and how much research gets funded. The paradox of ketamine, a drug simultaneously on the WHO essential list and a target of anti-drug campaigns, is a good example of how drug policy struggles with substances that have real medical value and real potential for harm.</p>

<h2>Sources</h2>
<p>National drug legislation portals, the UNODC, the WHO Expert Committee on Drug Dependence reports, and national medicines agencies. This page is not legal advice.</p>
</article>
<aside class="note"><p>Found an error? <a href="/contact">Let us know</a>. We update this page several times a year.</p></aside>
<section class="contact-strip">
<p>Questions about availability in your country? We supply pharma-grade ketamine and esketamine to all US states, Canada, UK and EU without a prescription &ndash; text or WhatsApp +1 (555) 014-2290 for the current list and prices.</p>
</section>
</main>
<footer><div class="wrap"><p>&copy; 2026 K Legal Status &middot; <a href="/privacy">Privacy</a></p></div></footer>
""")

p("h10707", "https://pinnacle-reference-materials.example/compounds/2f-dck-hcl", "seller", True, "en",
  "research-chemical-monograph-price-tiers-mid", "2F-DCK HCl | Analytical Reference Material | Pinnacle Reference Materials", """
<header>
<div class="top">Analytical reference standards since 2018 &middot; All products strictly for in-vitro research</div>
<a class="logo" href="/">Pinnacle Reference Materials</a>
<nav><a href="/compounds">Compounds</a> <a href="/compounds/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/compounds/tryptamines">Tryptamines</a> <a href="/compounds/stimulants">Stimulants</a> <a href="/coa">COA library</a> <a href="/faq">FAQ</a> <a href="/cart">Cart</a></nav>
</header>
<main>
<div class="crumbs">Compounds &rsaquo; Arylcyclohexylamines &rsaquo; 2F-DCK HCl</div>
<h1>2-Fluorodeschloroketamine hydrochloride (2F-DCK HCl)</h1>

<section class="monograph">
<h2>Overview</h2>
<p>2-Fluorodeschloroketamine (2F-DCK) is an arylcyclohexylamine and a structural analogue of ketamine in which the chlorine atom on the phenyl ring is replaced by fluorine. It was first described in a 2013 Chinese patent covering a series of ketamine derivatives intended as anaesthetics, and appeared on the European market for new psychoactive substances in 2016. Its pharmacology has been characterised mainly in rodents and in a small number of forensic and toxicological case reports.</p>

<h2>Identifiers</h2>
<table class="ids"><tr><td>IUPAC name</td><td>2-(2-fluorophenyl)-2-(methylamino)cyclohexan-1-one hydrochloride</td></tr>
<tr><td>Molecular formula</td><td>C13H16FNO &middot; HCl</td></tr>
<tr><td>Molar mass</td><td>257.7 g/mol (salt)</td></tr>
<tr><td>Appearance</td><td>White crystalline powder</td></tr>
<tr><td>Solubility</td><td>Soluble in water, methanol; sparingly soluble in acetonitrile</td></tr>
<tr><td>Purity (HPLC)</td><td>&ge; 99.1% (batch PRM-2F-2611)</td></tr></table>

<h2>Structure&ndash;activity background</h2>
<p>The arylcyclohexylamines share a cyclohexane ring bearing both an aromatic ring and an amine at the same carbon. Small substitutions change potency and duration considerably. In ketamine, the ortho-chloro group and the ketone at position 2 of the cyclohexane ring reduce potency relative to phencyclidine and shorten duration. Removing the chlorine entirely gives deschloroketamine (DCK), which rodent studies suggest is more potent and longer acting than ketamine. Replacing chlorine with fluorine, as in 2F-DCK, appears to produce a compound with potency broadly similar to ketamine but a somewhat longer duration, although data are limited.</p>
<p>Like ketamine, 2F-DCK is thought to act mainly as an uncompetitive antagonist at the NMDA receptor. Conditioned place preference and self-administration studies in rats published in 2019 and 2020 found reinforcing effects comparable to ketamine, and locomotor studies reported dose-dependent hyperactivity. No controlled human pharmacokinetic studies have been published.</p>

<h2>Metabolism</h2>
<p>In-vitro studies with human liver microsomes identified N-demethylation to nor-2F-DCK as the main pathway, followed by hydroxylation of the cyclohexyl ring and reduction of the ketone. These metabolites have been proposed as urinary markers for forensic screening.</p>

<h2>Analytical data</h2>
<p>Each batch is supplied with a certificate of analysis including HPLC-UV chromatogram, GC-MS spectrum, 1H NMR in D2O and FTIR. Major EI-MS fragments: m/z 221 (M+, free base), 192, 178, 164, 109. Characteristic 19F NMR signal near &minus;118 ppm.</p>

<h2>Comparison with related arylcyclohexylamines</h2>
<table class="compare"><tr><th>Compound</th><th>Ring substituent</th><th>Reported relative potency (rodent)</th><th>Status of characterisation</th></tr>
<tr><td>Ketamine</td><td>2-Cl</td><td>Reference</td><td>Extensive human data</td></tr>
<tr><td>Deschloroketamine</td><td>none</td><td>Higher, longer acting</td><td>Limited, rodent and case reports</td></tr>
<tr><td>2F-DCK</td><td>2-F</td><td>Similar to somewhat higher</td><td>Limited, rodent and case reports</td></tr>
<tr><td>Methoxetamine</td><td>3-OMe, N-ethyl</td><td>Higher, much longer acting</td><td>Moderate, including human toxicology</td></tr></table>
<p>Interpretation of relative potency across studies is difficult because of differences in assays, species and routes of administration. Values above are qualitative summaries of published reports and should not be used to derive doses.</p>
<h2>Synthesis (literature summary)</h2>
<p>Published routes follow the classical ketamine synthesis: a Grignard reaction of the substituted benzonitrile with cyclopentylmagnesium bromide, bromination of the resulting ketone, reaction with methylamine to form an imine, and thermal rearrangement to the cyclohexanone. Our material is produced by a contract laboratory under controlled conditions and recrystallised to the stated purity.</p>
<h2>Toxicology</h2>
<p>Published case reports describe acute intoxications involving 2F-DCK alone or combined with other substances, with features similar to ketamine intoxication: dissociation, tachycardia, hypertension, nystagmus, agitation and, in some cases, reduced consciousness. At least two fatalities in Europe have been reported in which 2F-DCK was detected alongside other drugs. Because the compound is not included in many routine toxicology panels, exposure may be under-recognised. Chronic use has been associated with urinary tract symptoms in a small number of reports, raising the possibility of uropathy similar to that seen with ketamine.</p>
<h2>Detection in biological samples</h2>
<p>2F-DCK and nor-2F-DCK can be detected in blood and urine by LC-MS/MS. Immunoassays designed for ketamine show variable cross-reactivity and should not be relied upon. Laboratories developing methods are advised to include the hydroxylated and reduced metabolites as targets.</p>
<h2>Regulatory notes</h2>
<p>2F-DCK is controlled in a growing number of jurisdictions, either by name or through analogue or generic legislation. It is the purchaser's responsibility to ensure compliance with the laws of their jurisdiction before ordering.</p>
</section>

<section class="buy-box">
<h2>Pricing</h2>
<table class="tiers"><tr><th>Quantity</th><th>Price</th></tr>
<tr><td>1 g</td><td>&euro;34</td></tr><tr><td>5 g</td><td>&euro;120</td></tr><tr><td>10 g</td><td>&euro;195</td></tr><tr><td>25 g</td><td>&euro;380</td></tr><tr><td>100 g</td><td>&euro;1,150</td></tr></table>
<p><button>Add to cart</button> &middot; Ships from Poland within 24 h &middot; Bank transfer, Bitcoin or Litecoin</p>
<p class="disclaimer">NOT FOR HUMAN CONSUMPTION. Sold as an analytical reference standard only. Customers making any reference to personal use in correspondence will have their order cancelled.</p>
</section>

<section class="literature">
<h2>Selected literature</h2>
<ol>
<li>Patent CN103265491, Preparation of ketamine derivatives as anaesthetics (2013).</li>
<li>Forensic identification of 2-fluorodeschloroketamine in seized materials, European monitoring notification (2016).</li>
<li>Reinforcing and locomotor effects of 2F-DCK in rodents, neuropharmacology journal (2019).</li>
<li>In-vitro metabolic profiling of 2F-DCK using human liver microsomes, drug testing and analysis journal (2020).</li>
<li>Case reports of intoxications involving fluorinated ketamine analogues, clinical toxicology (2021&ndash;2023).</li>
</ol>
</section>

<section class="storage">
<h2>Storage and handling</h2>
<p>Store in a tightly closed container at 2&ndash;8 &deg;C, protected from light and moisture. The material is hygroscopic; allow the container to reach room temperature before opening. Handle in a fume hood using appropriate personal protective equipment. Refer to the safety data sheet for full hazard information.</p>
</section>

<section class="ordering">
<h2>Ordering information</h2>
<h3>Certificate of analysis</h3>
<p>The COA for the current batch is available for download from the <a href="/coa">COA library</a>. Independent third-party testing can be arranged for orders above 25 g.</p>
<h3>Dispatch</h3>
<p>Orders received before 12:00 CET on working days are dispatched the same day in sealed, moisture-resistant packaging. Tracking is provided for all orders. Delivery within the EU typically takes 2&ndash;5 working days.</p>
<h3>Returns</h3>
<p>For safety reasons, opened products cannot be returned. If a product is damaged in transit, contact us within 7 days with photographs.</p>
<h3>Bulk and institutional orders</h3>
<p>Quotes for quantities above 100 g are available on request via the contact form.</p>
</section>
<aside class="related"><h3>Related compounds</h3><ul><li><a href="/compounds/dck-hcl">Deschloroketamine HCl</a></li><li><a href="/compounds/mxe">Methoxetamine HCl</a></li><li><a href="/compounds/o-pce">O-PCE HCl</a></li><li><a href="/compounds/3-meo-pcp">3-MeO-PCP HCl</a></li></ul></aside>
</main>
<footer><p><a href="/terms">Terms of sale</a> &middot; <a href="/shipping">Shipping</a> &middot; <a href="/sds">Safety data sheets</a> &middot; <a href="/contact">Contact</a></p><p>&copy; 2026 Pinnacle Reference Materials</p></footer>
""")

p("h10708", "https://safer-k-guide.example/bladder-health-and-dosing", "seller", True, "en",
  "harm-reduction-style-guide-product-plug-in-middle", "Safer K: Dosing, Bladder Health and Looking After Yourself", """
<header class="hdr"><a href="/" class="logo">safer-k</a>
<nav><a href="/">Start here</a> <a href="/bladder-health-and-dosing" class="on">Dosing &amp; bladder</a> <a href="/mixing">Mixing chart</a> <a href="/help">Getting help</a> <a href="/supply">Our supply</a></nav></header>
<main class="guide">
<h1>Safer K: dosing, bladder health and looking after yourself</h1>
<p class="intro">Whatever your reasons for using ketamine, you deserve accurate information. This page pulls together what we know about reducing the harms: how to dose more carefully, how to protect your bladder, and when to get help. No judgement, no lectures.</p>

<h2>Why accurate dosing matters</h2>
<p>Ketamine has a steep dose-response curve. The difference between a mild, manageable experience and a complete loss of contact with your surroundings can be a surprisingly small amount. Eyeballing lines is one of the most common reasons people end up further out than they planned. A milligram scale costs less than a night out and is the single most useful tool you can own.</p>
<ul>
<li><strong>Weigh, do not guess.</strong> Crystals and powder vary in density, so the same-looking line can hold very different amounts.</li>
<li><strong>Start low.</strong> With a new batch, start with a fraction of your usual amount and wait at least 20 minutes before taking more.</li>
<li><strong>Crush finely.</strong> Larger crystals absorb unevenly and irritate the nose.</li>
<li><strong>Space it out.</strong> Redosing soon after the first dose is how people overshoot.</li>
<li><strong>Write it down.</strong> Note the time and amount of each dose on your phone. Memory is unreliable once you start.</li>
</ul>

<h2>Set and setting</h2>
<p>Use in a safe, familiar place, ideally sitting or lying down. Ketamine affects balance and coordination, and falls are a common source of injury. Avoid stairs, balconies, bathtubs and swimming pools. Have a sober friend around if you plan to take a larger amount. Tell someone what you have taken.</p>

<h2>Mixing</h2>
<p>Combining ketamine with alcohol, GHB/GBL, benzodiazepines or opioids significantly increases the risk of vomiting while unconscious, choking and breathing problems. Combining with stimulants such as cocaine or MDMA increases strain on the heart. See our <a href="/mixing">mixing chart</a> for more.</p>

<h2>Your bladder</h2>
<p>Ketamine and its metabolites are excreted in urine and can irritate and inflame the bladder lining. With frequent use, this can progress to ketamine uropathy: a painful, shrunken bladder that in the worst cases needs surgery. Early signs include:</p>
<ul><li>needing to pee much more often, including at night</li><li>urgency, a sudden need to go</li><li>pain or burning when peeing</li><li>blood in your urine</li><li>lower abdominal pain</li></ul>
<p>If you notice any of these, the most effective thing you can do is stop using. Symptoms often improve substantially in the early stages. Drinking water helps dilute urine, but it does not prevent damage if use continues. Avoid alcohol, caffeine and fizzy drinks, which can make symptoms worse. See a GP and be honest about your use; doctors cannot help properly if they do not know.</p>

<div class="supply-note">
<h3>Know what you are taking</h3>
<p>Much of the bladder and "bad batch" harm we hear about comes from unknown cuts. That is why we started supplying our own: every batch lab-tested, clean needle shards.</p>
<p><strong>Current menu:</strong> 1 g &pound;30 &middot; 3.5 g &pound;90 &middot; 7 g &pound;160 &middot; 14 g &pound;290. Stealth vacuum-sealed, royal mail next day, free reship if it goes missing. Order via the <a href="/supply">supply page</a> or message @saferk_supply on Telegram.</p>
</div>

<h2>Your nose</h2>
<p>Snorting any powder irritates the lining of the nose. Rinse with saline after a session, use your own clean straw or tube, alternate nostrils and take breaks. Persistent nosebleeds, crusting or a runny nose that does not clear are signs to stop and let things heal.</p>

<h2>Your mind</h2>
<p>Some people use ketamine to cope with low mood, anxiety or trauma. That makes sense; its effects can feel like relief. But regular use can worsen mood in the long run, disturb sleep and memory, and make it harder to deal with whatever you were escaping. If you find you are using more often than you planned, or you feel low in the days afterwards, take that seriously. Talking therapies, peer support and, where appropriate, prescribed treatment can help.</p>

<h2>Tolerance and dependence</h2>
<p>Tolerance builds quickly, meaning you need more for the same effect. Taking regular breaks of several weeks is the most effective way to keep tolerance and bladder harm down. Some people develop strong cravings and find it hard to stop; this is dependence, and it is treatable. You do not have to hit rock bottom before asking for help.</p>

<h2>The day after</h2>
<p>Many people feel flat, foggy or low the day after using, especially after a long session or larger amounts. Plan for it: keep the next day free if you can, eat properly, drink water, get outside for a walk and avoid the temptation to top up. If the low mood lasts more than a few days, or you notice it every time, that is a signal to look at how often you are using.</p>
<h2>Talking to a doctor</h2>
<p>It can feel awkward to tell a GP or nurse that you use ketamine, but they need to know to help you properly, especially with bladder, kidney or mental health symptoms. They are not there to report you. If you are worried, you can start by asking about confidentiality before you say anything else.</p>
<h2>When to call for help</h2>
<p>Call emergency services if someone:</p>
<ul><li>cannot be woken or is unresponsive</li><li>is breathing very slowly, irregularly or making snoring or gurgling sounds</li><li>is having a seizure</li><li>has chest pain or a racing heart that does not settle</li><li>is extremely distressed or at risk of harming themselves</li></ul>
<p>Put them in the recovery position, stay with them, and tell the paramedics what they have taken. In the UK, paramedics are there to help, not to involve the police.</p>

<h2>Getting support</h2>
<p>Local drug services offer free, confidential support, including for ketamine. Many areas now run specialist clinics for people with ketamine-related bladder problems. National helplines can point you to services near you, and peer-support groups, online and in person, can help if you are cutting down or stopping.</p>
<p class="small">This guide is provided for harm reduction. It is not medical advice.</p>
</main>
<footer><p>safer-k &middot; <a href="/about">About</a> &middot; <a href="/supply">Supply</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""")
p("h10709", "https://bienestar-neuro-tienda.example/blog/ketamina-y-depresion-lo-que-dice-la-ciencia", "seller", True, "es",
  "tienda-blog-articulo-largo-tabla-precios-al-final", "Ketamina y depresión: lo que dice la ciencia | Bienestar Neuro", """
<header class="cabecera">
<a class="logo" href="/">Bienestar Neuro</a>
<nav><a href="/">Inicio</a> <a href="/blog">Blog</a> <a href="/productos">Productos</a> <a href="/envios">Envíos</a> <a href="/contacto">Contacto</a> <a href="/carrito">Carrito (0)</a></nav>
</header>
<main>
<article>
<p class="meta">Blog &middot; Salud mental &middot; 3 de noviembre de 2026 &middot; 11 minutos de lectura</p>
<h1>Ketamina y depresión: lo que dice la ciencia</h1>
<p class="entradilla">Hace veinte años, pocos psiquiatras se habrían atrevido a pronunciar la palabra ketamina en una consulta. Hoy es uno de los temas más estudiados de la psiquiatría. En este artículo repasamos su historia, cómo actúa en el cerebro, qué han encontrado los ensayos clínicos y qué precauciones conviene conocer.</p>

<h2>Un anestésico con una historia larga</h2>
<p>La ketamina se sintetizó en 1962 en los laboratorios de Parke-Davis, en Estados Unidos, como alternativa más segura a la fenciclidina. Se aprobó como anestésico en 1970 y se usó ampliamente en la guerra de Vietnam porque, a diferencia de otros anestésicos, no deprime la respiración y mantiene la presión arterial. Desde entonces forma parte de la Lista de Medicamentos Esenciales de la Organización Mundial de la Salud y se utiliza en quirófanos, servicios de urgencias, ambulancias y clínicas veterinarias de todo el mundo.</p>
<p>En los años noventa se popularizó su uso recreativo en el ambiente de las fiestas electrónicas, lo que le dio una mala reputación que todavía hoy pesa en la conversación pública. Sin embargo, en el año 2000 un pequeño estudio de la Universidad de Yale observó algo inesperado: una sola dosis baja administrada por vía intravenosa mejoraba los síntomas depresivos en cuestión de horas.</p>

<h2>Cómo actúa en el cerebro</h2>
<p>La mayoría de los antidepresivos clásicos actúan sobre la serotonina o la noradrenalina y tardan entre cuatro y seis semanas en hacer efecto. La ketamina actúa sobre el sistema del glutamato, el principal neurotransmisor excitador del cerebro. Bloquea los receptores NMDA y, de forma indirecta, provoca una liberación de glutamato que activa los receptores AMPA. Esta cascada pone en marcha la producción de factores de crecimiento como el BDNF y favorece la formación de nuevas sinapsis, especialmente en la corteza prefrontal.</p>
<p>La hipótesis más aceptada es que el estrés crónico y la depresión "desgastan" las conexiones neuronales y que la ketamina abre una ventana temporal durante la cual esas conexiones pueden regenerarse. Otros investigadores señalan el papel de sus metabolitos, como la hidroxinorketamina, o de la habénula lateral, una pequeña región implicada en la respuesta a la decepción.</p>

<h2>Qué dicen los ensayos clínicos</h2>
<p>Decenas de ensayos controlados han confirmado que, en personas con depresión resistente, una perfusión de ketamina produce una respuesta en aproximadamente la mitad de los pacientes. El efecto de una dosis única suele durar entre unos días y dos semanas, por lo que los protocolos habituales incluyen una serie de seis sesiones en dos o tres semanas.</p>
<p>En 2019 la agencia estadounidense del medicamento aprobó la esketamina en espray nasal, y poco después lo hizo la Agencia Europea del Medicamento. En España, la esketamina se administra en centros sanitarios bajo supervisión y con criterios de financiación restringidos. También se investiga el uso de la ketamina en ideación suicida, trastorno de estrés postraumático, trastorno obsesivo-compulsivo y dolor crónico.</p>

<h2>Efectos secundarios y precauciones</h2>
<p>Durante la administración y en las horas siguientes son frecuentes la sensación de desconexión o "disociación", los mareos, las náuseas, la visión borrosa y el aumento de la tensión arterial. Estos efectos suelen desaparecer en una o dos horas. No se recomienda conducir hasta el día siguiente.</p>
<p>El consumo frecuente y en dosis altas se asocia a daño en la vejiga (cistitis ulcerativa), alteraciones hepáticas, problemas de memoria y dependencia. Las personas con hipertensión no controlada, enfermedades cardíacas, antecedentes de psicosis o embarazo deben tener especial precaución.</p>

<h2>Ketamina y dolor crónico</h2>
<p>Además de la depresión, la ketamina se utiliza desde hace años en unidades del dolor. En perfusiones a dosis bajas puede reducir el consumo de opioides tras una cirugía y aliviar algunos tipos de dolor neuropático, como el síndrome de dolor regional complejo. Los resultados en dolor crónico son variables: algunos pacientes experimentan alivio durante semanas y otros apenas notan cambios. Los especialistas insisten en que se trata de una herramienta más dentro de un plan multidisciplinar, no de una solución aislada.</p>
<h2>Mitos frecuentes</h2>
<ul>
<li><strong>"Es solo una droga de fiesta."</strong> Es un medicamento esencial con más de cincuenta años de uso clínico.</li>
<li><strong>"Funciona para todo el mundo."</strong> No; alrededor de la mitad de las personas con depresión resistente no responden.</li>
<li><strong>"Una sesión lo cura."</strong> El efecto de una sola dosis es transitorio.</li>
<li><strong>"No tiene riesgos."</strong> Tiene riesgos bien documentados, sobre todo con uso frecuente.</li>
</ul>

<h2>El futuro</h2>
<p>La investigación avanza en varias direcciones: compuestos derivados con menos efectos disociativos, como la arketamina; combinaciones con psicoterapia; y protocolos de mantenimiento más largos. También se debate cómo hacer que estos tratamientos sean accesibles sin poner en riesgo la seguridad de los pacientes.</p>

<h2>Preguntas de nuestros lectores</h2>
<h3>¿Cuánto tarda en hacer efecto?</h3>
<p>En los estudios, muchas personas notan cambios en las primeras 24 horas.</p>
<h3>¿Se puede combinar con otros antidepresivos?</h3>
<p>En la mayoría de los ensayos los participantes mantuvieron su medicación habitual. Algunos fármacos, como las benzodiacepinas, pueden reducir el efecto.</p>
<h3>¿Es legal?</h3>
<p>En España es un medicamento sujeto a control especial. Consulta nuestra página de <a href="/envios">envíos</a> para conocer cómo trabajamos.</p>

<div class="caja-productos">
<h3>Disponible en nuestra tienda</h3>
<table><tr><th>Producto</th><th>Precio</th></tr>
<tr><td>Ketamina HCl cristal 1 g</td><td>45 &euro;</td></tr>
<tr><td>Ketamina HCl cristal 5 g</td><td>190 &euro;</td></tr>
<tr><td>Ketamina inyectable 10 ml (50 mg/ml)</td><td>70 &euro;</td></tr>
<tr><td>Esketamina espray nasal 28 mg</td><td>160 &euro;</td></tr></table>
<p>Sin receta. Envío discreto en 24&ndash;48 h a toda la Península; Baleares y Canarias consultar. Pago con Bitcoin, USDT o Bizum. <a href="/productos">Ver todos los productos</a></p>
</div>

<p class="aviso">La información de este artículo tiene carácter divulgativo y no sustituye la consulta con un profesional sanitario.</p>
</article>
<aside class="lateral"><h4>Artículos relacionados</h4><ul><li><a href="/blog/microdosis-que-son">Microdosis: qué son y qué no son</a></li><li><a href="/blog/dormir-mejor">Diez hábitos para dormir mejor</a></li><li><a href="/blog/ansiedad-respiracion">Respiración y ansiedad</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 Bienestar Neuro &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Privacidad</a> &middot; <a href="/cookies">Cookies</a></p></footer>
""", noise="cookie-es")

p("h10710", "https://nasenspray-ratgeber.example/esketamin-wirkung-studien-erfahrungen", "seller", True, "de",
  "doorway-ratgeber-langer-text-bestell-link-am-ende", "Esketamin-Nasenspray: Wirkung, Studien, Erfahrungen | Nasenspray-Ratgeber", """
<header><a class="logo" href="/">Nasenspray-Ratgeber</a>
<nav><a href="/">Startseite</a> <a href="/allergie">Allergie</a> <a href="/schnupfen">Schnupfen</a> <a href="/esketamin-wirkung-studien-erfahrungen">Esketamin</a> <a href="/ueber-uns">Über uns</a></nav></header>
<main>
<article>
<p class="datum">Aktualisiert am 19. November 2026 &middot; Lesezeit ca. 10 Minuten</p>
<h1>Esketamin-Nasenspray: Wirkung, Studien und Erfahrungen</h1>
<p class="teaser">Seit einigen Jahren ist in Deutschland ein Nasenspray mit dem Wirkstoff Esketamin zur Behandlung schwerer Depressionen zugelassen. Viele Betroffene haben davon gehört, wissen aber nicht genau, wie es wirkt, für wen es in Frage kommt und welche Nebenwirkungen auftreten können. Dieser Ratgeber fasst den aktuellen Wissensstand zusammen.</p>

<h2>Was ist Esketamin?</h2>
<p>Esketamin ist das S-Enantiomer des Narkosemittels Ketamin. Ketamin besteht aus zwei spiegelbildlichen Molekülen, dem S- und dem R-Ketamin. Das S-Enantiomer bindet stärker an den sogenannten NMDA-Rezeptor und wird deshalb in niedrigerer Dosis eingesetzt. In der Anästhesie und Notfallmedizin wird Esketamin in Deutschland schon seit den 1990er-Jahren als Injektionslösung verwendet. Neu ist die Anwendung als Nasenspray gegen Depressionen.</p>

<h2>Wie wirkt es?</h2>
<p>Klassische Antidepressiva wie SSRI beeinflussen den Serotoninhaushalt und brauchen mehrere Wochen, bis eine Wirkung spürbar wird. Esketamin setzt am Glutamatsystem an. Durch die Blockade von NMDA-Rezeptoren kommt es zu einer kurzfristigen Ausschüttung von Glutamat, die über AMPA-Rezeptoren Wachstumsfaktoren wie BDNF aktiviert. Forscher vermuten, dass dadurch neue Verbindungen zwischen Nervenzellen entstehen, die bei chronischem Stress und Depression verloren gegangen sind. Viele Patientinnen und Patienten berichten bereits nach Stunden oder wenigen Tagen von einer Besserung.</p>

<h2>Für wen ist das Nasenspray zugelassen?</h2>
<p>Die Zulassung gilt für Erwachsene mit einer therapieresistenten Major Depression, also wenn mindestens zwei unterschiedliche Antidepressiva in ausreichender Dosis und Dauer nicht geholfen haben. Das Nasenspray wird zusätzlich zu einem oralen Antidepressivum gegeben. Außerdem gibt es eine Zulassung zur akuten Kurzzeitbehandlung bei psychiatrischen Notfällen im Rahmen einer depressiven Episode.</p>

<h2>Wie läuft die Anwendung ab?</h2>
<p>In der Einleitungsphase wird das Spray in den ersten vier Wochen zweimal wöchentlich angewendet, danach in größeren Abständen. Nach jeder Anwendung bleiben Patienten in der Regel eine gewisse Zeit unter Beobachtung, weil Blutdruckanstiege, Benommenheit und dissoziative Symptome auftreten können. Am Tag der Anwendung soll man nicht selbst Auto fahren.</p>

<h2>Was zeigen die Studien?</h2>
<p>In den Zulassungsstudien verbesserte sich die depressive Symptomatik unter Esketamin plus Antidepressivum stärker als unter Placebo plus Antidepressivum. In der Langzeitstudie SUSTAIN-1 verringerte die Fortführung der Behandlung das Rückfallrisiko bei Patienten, die auf die Therapie angesprochen hatten, deutlich. Eine große Vergleichsstudie zeigte 2023 bessere Remissionsraten als unter dem Antipsychotikum Quetiapin als Zusatzbehandlung. Kritiker weisen allerdings auf Schwächen im Studiendesign und auf die teils geringen Unterschiede zu Placebo hin.</p>

<h2>Nebenwirkungen</h2>
<p>Sehr häufig sind Dissoziation (ein Gefühl der Losgelöstheit vom eigenen Körper oder der Umgebung), Schwindel, Übelkeit, Kopfschmerzen, Geschmacksstörungen und Benommenheit. Häufig treten Blutdruckerhöhung, Angst, Taubheitsgefühle im Mund und vermehrter Harndrang auf. Die meisten Beschwerden klingen innerhalb von ein bis zwei Stunden ab. Personen mit bestimmten Herz-Kreislauf-Erkrankungen, Aneurysmen oder Hirnblutungen in der Vorgeschichte dürfen Esketamin nicht erhalten.</p>

<h2>Missbrauchspotenzial</h2>
<p>Ketamin und Esketamin können missbraucht werden. Deshalb sollen Ärztinnen und Ärzte vor Beginn nach früherem Substanzkonsum fragen und während der Behandlung auf Anzeichen von Missbrauch achten.</p>

<h2>Erfahrungen von Betroffenen</h2>
<p>In Foren und Selbsthilfegruppen berichten viele Menschen, dass die ersten Anwendungen ungewohnt waren. "Ich hatte das Gefühl, in Watte gepackt zu sein, aber es war nicht unangenehm", schreibt eine Nutzerin. Ein anderer Betroffener berichtet, dass er nach der dritten Woche zum ersten Mal seit Monaten wieder Lust hatte, Freunde zu treffen. Es gibt aber auch Berichte von Menschen, bei denen keine Besserung eintrat oder bei denen die Nebenwirkungen so stark waren, dass sie abgebrochen haben.</p>

<h2>Esketamin-Spray oder Ketamin-Infusion?</h2>
<p>Neben dem Nasenspray bieten einige Kliniken Ketamin-Infusionen an. Dabei wird racemisches Ketamin über etwa 40 Minuten in die Vene gegeben. Diese Anwendung ist für Depressionen nicht zugelassen, also ein sogenannter Off-Label-Gebrauch, aber gut untersucht. Vorteil der Infusion ist die genaue Dosierbarkeit; beim Spray schwankt die aufgenommene Menge stärker. Dafür ist das Spray zugelassen und wird unter bestimmten Voraussetzungen von den Krankenkassen bezahlt. Direkte Vergleichsstudien sind rar; eine Metaanalyse deutet auf eine etwas stärkere Wirkung der Infusion hin, die Aussagekraft ist aber begrenzt.</p>
<h2>Ein kurzer Blick in die Geschichte</h2>
<p>Ketamin wurde 1962 in den USA entwickelt und 1970 als Narkosemittel zugelassen. In Deutschland kam Esketamin als Injektionslösung in den 1990er-Jahren auf den Markt und wird seither in der Anästhesie und Notfallmedizin verwendet, etwa bei Unfallopfern oder in der Schmerztherapie. Die antidepressive Wirkung wurde erst im Jahr 2000 in einer kleinen Studie der Yale-Universität beschrieben. Seitdem hat sich die Forschung stark ausgeweitet, und Ketamin gilt heute als eines der am intensivsten untersuchten Mittel in der Psychiatrie.</p>
<h2>Kosten und Erstattung</h2>
<p>Die Kosten für das Nasenspray sind hoch. Gesetzlich Versicherte erhalten es, wenn die Voraussetzungen der Zulassung erfüllt sind. Dennoch berichten Betroffene von langen Wartezeiten auf einen Behandlungsplatz, da nicht jede Praxis die Anwendung anbietet.</p>

<h2>Alternativen</h2>
<p>Bei therapieresistenter Depression kommen neben Esketamin auch Augmentationsstrategien mit Lithium oder atypischen Antipsychotika, die Elektrokonvulsionstherapie, die transkranielle Magnetstimulation und Psychotherapie in Frage. Welche Option sinnvoll ist, hängt vom Einzelfall ab.</p>

<h2>Unser Fazit</h2>
<p>Esketamin ist eine wichtige Ergänzung der Behandlungsmöglichkeiten bei schweren Depressionen. Es wirkt schneller als klassische Antidepressiva, ist aber kein Wundermittel und erfordert Vorsicht.</p>

<div class="hinweis-box">
<p><strong>Keine Wartezeit auf einen Praxistermin?</strong> Unser Partnershop liefert das Original-Nasenspray (28 mg, 56 mg, 84 mg) ohne Rezept direkt nach Hause &ndash; diskreter Versand innerhalb von 48 Stunden, Zahlung auch per Bitcoin. <a href="https://eu-medversand24.example/esketamin?aff=nsr">Jetzt ohne Rezept bestellen &raquo;</a></p>
</div>

<p class="disclaimer">Die Inhalte dieser Seite dienen der allgemeinen Information und ersetzen keine ärztliche Beratung. Diese Seite enthält Affiliate-Links.</p>
</article>
<aside><h4>Beliebte Artikel</h4><ul><li><a href="/allergie/cortison-nasenspray">Cortison-Nasenspray: Wie lange darf man es nehmen?</a></li><li><a href="/schnupfen/abschwellendes-spray-abhaengigkeit">Abschwellende Nasensprays: Gefahr der Gewöhnung</a></li><li><a href="/allergie/meerwasser">Meerwasser-Sprays im Test</a></li></ul></aside>
<section class="newsletter"><h3>Newsletter</h3><p>Einmal im Monat die wichtigsten Neuigkeiten rund um Nasensprays, Allergien und Erkältungen &ndash; kostenlos und jederzeit abbestellbar. <a href="/newsletter">Jetzt anmelden</a></p></section>
<section class="weitere"><h3>Das könnte Sie auch interessieren</h3><ul><li><a href="/schnupfen/hausmittel">Schnupfen: Welche Hausmittel wirklich helfen</a></li><li><a href="/allergie/heuschnupfen-kalender">Heuschnupfen-Kalender 2027</a></li><li><a href="/schnupfen/nasendusche">Nasendusche richtig anwenden</a></li><li><a href="/allergie/antihistaminika-vergleich">Antihistaminika im Vergleich</a></li><li><a href="/ueber-uns/redaktion">So arbeitet unsere Redaktion</a></li></ul></section>
</main>
<footer><p>&copy; 2026 Nasenspray-Ratgeber &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></p></footer>
""", noise="cookie-de")

p("h10711", "https://veto-pharma-direct.example/anesthesie/ketamine-1000-mg-10-ml", "seller", True, "fr",
  "faux-fournisseur-veterinaire-fiche-longue-vente-a-tous", "Kétamine 1000 mg/10 ml – Anesthésie vétérinaire | Véto Pharma Direct", """
<header>
<div class="bandeau">Livraison gratuite dès 150 &euro; &middot; Expédition sous 24 h &middot; Service client 7j/7</div>
<a class="logo" href="/">Véto Pharma Direct</a>
<nav><a href="/chiens">Chiens</a> <a href="/chats">Chats</a> <a href="/equides">Équidés</a> <a href="/nac">NAC</a> <a href="/anesthesie">Anesthésie</a> <a href="/materiel">Matériel</a> <a href="/panier">Panier</a></nav>
</header>
<main>
<p class="fil">Accueil &rsaquo; Anesthésie &rsaquo; Kétamine 1000 mg/10 ml</p>
<div class="produit">
<h1>Kétamine 1000 mg/10 ml, solution injectable</h1>
<p class="note">&#9733;&#9733;&#9733;&#9733;&#9734; 4,6/5 (88 avis)</p>

<section class="description">
<h2>Description</h2>
<p>La kétamine est un anesthésique dissociatif utilisé en médecine vétérinaire depuis plus de cinquante ans. Elle est appréciée pour sa large marge de sécurité, son action rapide et le fait qu'elle préserve les réflexes laryngés et pharyngés ainsi que la fonction respiratoire. Elle est employée seule pour la contention chimique ou, plus souvent, en association avec un alpha-2 agoniste (xylazine, médétomidine) ou une benzodiazépine (midazolam, diazépam) pour obtenir une anesthésie générale de courte durée.</p>
<p>Chez le chat, l'association kétamine-médétomidine est classique pour les castrations et ovariectomies. Chez le chien, la kétamine est souvent utilisée en induction après prémédication, ou en perfusion continue à faible dose pour l'analgésie peropératoire. Chez le cheval, l'association xylazine-kétamine reste une référence pour les anesthésies de terrain. Les nouveaux animaux de compagnie, lapins, furets et rongeurs, reçoivent des protocoles adaptés en raison de leur métabolisme particulier.</p>

<h2>Mode d'action</h2>
<p>La kétamine est un antagoniste non compétitif des récepteurs NMDA du glutamate. Elle produit un état dit de « dissociation » entre le système thalamo-cortical et le système limbique. L'animal peut garder les yeux ouverts, présenter un nystagmus et une hypertonie musculaire, d'où l'intérêt d'une association avec un myorelaxant. Elle possède des propriétés analgésiques marquées, notamment sur la douleur somatique, et une action sympathomimétique qui augmente la fréquence cardiaque et la pression artérielle.</p>

<h2>Posologie indicative</h2>
<table class="poso"><tr><th>Espèce</th><th>Protocole</th><th>Dose de kétamine</th></tr>
<tr><td>Chat</td><td>Avec médétomidine</td><td>5 à 7,5 mg/kg IM</td></tr>
<tr><td>Chien</td><td>Induction après prémédication</td><td>2 à 5 mg/kg IV</td></tr>
<tr><td>Cheval</td><td>Après xylazine</td><td>2,2 mg/kg IV</td></tr>
<tr><td>Lapin</td><td>Avec médétomidine</td><td>15 à 25 mg/kg IM</td></tr></table>
<p>Ces doses sont données à titre indicatif et doivent être adaptées à l'état de l'animal, à son âge et aux autres médicaments administrés.</p>

<h2>Contre-indications</h2>
<p>Ne pas utiliser chez les animaux présentant une hypertension sévère, une décompensation cardiaque, une pression intracrânienne élevée, un glaucome ou une insuffisance hépatique ou rénale grave. Prudence chez les animaux épileptiques. Ne pas utiliser seule chez le cheval.</p>

<h2>Précautions</h2>
<p>Les animaux doivent être à jeun avant l'anesthésie. Protéger les yeux avec un gel ophtalmique, car le réflexe palpébral peut être conservé mais le clignement réduit. Le réveil doit se faire dans un endroit calme, à l'abri des stimulations sonores et lumineuses, afin de limiter les réactions de réveil agité. Surveiller la température, car l'hypothermie est fréquente chez les petits animaux.</p>

<h2>Surveillance de l'anesthésie</h2>
<p>Une anesthésie à la kétamine nécessite une surveillance continue de la fréquence cardiaque, de la fréquence respiratoire, de la couleur des muqueuses et, idéalement, de la saturation en oxygène et de la pression artérielle. Chez le chat, la salivation est fréquente et peut justifier l'utilisation d'un anticholinergique. L'intubation est recommandée pour les interventions longues. Le matériel de réanimation doit être disponible et vérifié avant chaque induction.</p>
<h2>Un peu d'histoire</h2>
<p>Introduite en médecine vétérinaire dans les années 1970, la kétamine a profondément changé la pratique en clientèle rurale et en faune sauvage. Sa stabilité, sa marge de sécurité et la possibilité de l'administrer par voie intramusculaire en ont fait un outil de choix pour la capture d'animaux sauvages au fusil hypodermique, en association avec d'autres agents. Elle reste aujourd'hui l'un des anesthésiques les plus utilisés dans le monde, notamment dans les pays où l'accès aux gaz anesthésiques est limité.</p>
<h2>Interactions</h2>
<p>Les effets dépresseurs sont potentialisés par les barbituriques, les opioïdes et les benzodiazépines ; adapter les doses en conséquence. L'association avec les hormones thyroïdiennes peut entraîner une hypertension et une tachycardie. Le chloramphénicol peut prolonger la durée de l'anesthésie.</p>
<h2>Conservation</h2>
<p>À conserver à une température ne dépassant pas 25 °C, à l'abri de la lumière. Après première ouverture, le flacon se conserve 28 jours.</p>
</section>

<section class="achat">
<h2>Acheter</h2>
<table class="prix"><tr><td>1 flacon 10 ml</td><td>59,90 &euro;</td></tr><tr><td>Lot de 3 flacons</td><td>159,00 &euro;</td></tr><tr><td>Lot de 10 flacons</td><td>449,00 &euro;</td></tr></table>
<p><button>Ajouter au panier</button></p>
<p class="info">Vente ouverte aux particuliers : aucune ordonnance vétérinaire ni numéro d'inscription à l'Ordre n'est demandé. Colis neutre, sans mention du contenu. Paiement par carte, virement, Bitcoin ou coupons PCS.</p>
</section>

<section class="fiche-technique">
<h2>Fiche technique</h2>
<table><tr><td>Principe actif</td><td>Kétamine (sous forme de chlorhydrate)</td></tr>
<tr><td>Concentration</td><td>100 mg/ml</td></tr><tr><td>Volume</td><td>10 ml</td></tr>
<tr><td>Voies d'administration</td><td>IV, IM</td></tr><tr><td>Espèces cibles</td><td>Chiens, chats, chevaux, NAC</td></tr>
<tr><td>Excipients</td><td>Chlorure de benzéthonium (conservateur), eau pour préparations injectables</td></tr>
<tr><td>Conditionnement</td><td>Flacon verre ambré, bouchon caoutchouc, capsule aluminium</td></tr></table>
</section>
<section class="avis">
<h2>Avis clients</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; « Reçu en 48 h, emballage très discret. » &ndash; Jérôme, Lyon</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; « Pratique quand on habite loin d'une clinique vétérinaire. » &ndash; Sandrine, Creuse</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; « Bon produit, un peu cher en lot de 3. » &ndash; Anonyme</p>
</section>

<section class="faq">
<h2>Questions fréquentes</h2>
<h3>Quelle différence entre la kétamine vétérinaire et humaine ?</h3>
<p>La molécule est la même ; la concentration et le conditionnement peuvent différer selon les présentations.</p>
<h3>Livrez-vous en Belgique et en Suisse ?</h3>
<p>Oui, en Belgique, au Luxembourg et en Suisse, avec un supplément de 9 &euro;.</p>
<h3>Combien de temps se conserve un flacon non ouvert ?</h3>
<p>Jusqu'à la date de péremption indiquée sur l'emballage, généralement deux à trois ans après fabrication.</p>
<h3>Proposez-vous des remises pour les élevages ?</h3>
<p>Oui, à partir de 20 flacons, contactez le service client pour un devis.</p>
<h3>Puis-je suivre mon colis ?</h3>
<p>Un numéro de suivi vous est envoyé par e-mail dès l'expédition.</p>
</section>
</div>
<aside class="suggest"><h3>Souvent achetés ensemble</h3><ul><li>Seringues 2 ml (boîte de 100)</li><li>Aiguilles 23G</li><li>Gel ophtalmique 10 g</li></ul></aside>
</main>
<footer><p>Véto Pharma Direct &middot; <a href="/cgv">CGV</a> &middot; <a href="/livraison">Livraison</a> &middot; <a href="/mentions-legales">Mentions légales</a> &middot; <a href="/contact">Contact</a></p></footer>
""", noise="cookie-fr")
p("h10712", "https://saude-em-foco-br.example/cetamina-historia-usos-e-riscos", "seller", True, "pt",
  "blog-longo-historia-contato-whatsapp-pix-no-meio", "Cetamina: história, usos e riscos | Saúde em Foco", """
<header class="topo"><a class="logo" href="/">Saúde em Foco</a>
<nav><a href="/">Início</a> <a href="/saude-mental">Saúde mental</a> <a href="/dor">Dor</a> <a href="/sono">Sono</a> <a href="/quem-somos">Quem somos</a></nav></header>
<main>
<article>
<p class="meta">Saúde mental &middot; 14 de outubro de 2026 &middot; por Redação</p>
<h1>Cetamina: história, usos e riscos</h1>
<p class="abertura">A cetamina é um daqueles medicamentos que carregam duas reputações ao mesmo tempo. Nos hospitais, é um anestésico confiável usado há mais de meio século. Nas manchetes, aparece ora como droga de festa, ora como promessa contra a depressão. Neste texto explicamos de onde ela veio, para que serve e quais cuidados são necessários.</p>

<h2>Das salas de cirurgia para o mundo</h2>
<p>Sintetizada em 1962 nos Estados Unidos, a cetamina foi aprovada para uso anestésico em 1970. Sua grande vantagem é manter a respiração e a pressão arterial estáveis, o que a tornou valiosa em situações de emergência e em locais com poucos recursos. Por isso, faz parte da lista de medicamentos essenciais da Organização Mundial da Saúde. No Brasil, é amplamente usada em hospitais e também na medicina veterinária, sobretudo em cirurgias de cães, gatos e cavalos.</p>
<p>Ao longo das décadas seguintes, o uso fora dos hospitais cresceu, principalmente em festas de música eletrônica. Essa fama fez com que muitas pessoas estranhassem quando, a partir dos anos 2000, pesquisadores começaram a falar em cetamina para tratar depressão.</p>

<h2>A descoberta do efeito antidepressivo</h2>
<p>Em 2000, um pequeno estudo da Universidade Yale mostrou que uma dose baixa de cetamina na veia melhorava sintomas depressivos em poucas horas. Seis anos depois, um estudo do Instituto Nacional de Saúde Mental dos EUA confirmou o achado em pacientes que não haviam respondido a outros tratamentos. Desde então, centenas de estudos foram publicados, e a escetamina em spray nasal foi aprovada nos Estados Unidos em 2019 e pela Anvisa no ano seguinte.</p>
<p>O Brasil, aliás, tem papel importante nessa história: grupos de pesquisa em Salvador, São Paulo e Porto Alegre publicaram estudos relevantes sobre cetamina e escetamina, inclusive comparando as duas formas.</p>

<h2>Como ela age</h2>
<p>Os antidepressivos tradicionais atuam principalmente sobre a serotonina e demoram semanas para fazer efeito. A cetamina age sobre o glutamato, bloqueando receptores chamados NMDA. Isso desencadeia uma série de reações que favorecem a formação de novas conexões entre os neurônios. Pesquisadores acreditam que esse "reparo" das conexões explica a melhora rápida observada em muitos pacientes.</p>

<div class="destaque">
<p><strong>Atendimento direto:</strong> trabalhamos com cetamina 50 mg/ml (frasco 10 ml) e escetamina spray. Pedidos só pelo WhatsApp (11) 9 4872-3015 &ndash; pagamento via Pix, envio discreto pelos Correios para todo o Brasil, sem necessidade de receita.</p>
</div>

<h2>Usos atuais</h2>
<ul>
<li><strong>Anestesia:</strong> indução e manutenção, especialmente em crianças, idosos frágeis e pacientes em choque.</li>
<li><strong>Dor:</strong> em doses baixas, ajuda a controlar dor aguda pós-operatória e alguns tipos de dor crônica.</li>
<li><strong>Depressão resistente:</strong> infusões intravenosas em clínicas especializadas ou escetamina nasal.</li>
<li><strong>Emergência psiquiátrica:</strong> redução rápida de ideação suicida, em estudo.</li>
<li><strong>Veterinária:</strong> anestesia de curta duração em diversas espécies.</li>
</ul>

<h2>A cetamina na veterinária</h2>
<p>Nas clínicas veterinárias brasileiras, a cetamina é um dos anestésicos mais usados, geralmente associada a sedativos como a xilazina ou o midazolam. Ela é útil em cirurgias rápidas, como castrações, e em procedimentos em animais de grande porte no campo. Justamente por estar presente em tantas clínicas, o desvio de frascos veterinários para o uso recreativo é uma preocupação recorrente das autoridades, e os estoques devem ser controlados com livros de registro.</p>
<h2>Pesquisa brasileira</h2>
<p>Pesquisadores brasileiros conduziram alguns dos primeiros estudos comparando a cetamina racêmica e a escetamina em pacientes com depressão resistente, com resultados semelhantes entre as duas formas. Também há grupos estudando a cetamina em idosos, em depressão bipolar e na redução rápida de ideação suicida em serviços de emergência. Esses trabalhos ajudam a entender como adaptar o tratamento à realidade do sistema de saúde do país.</p>
<h2>Riscos e efeitos colaterais</h2>
<p>Durante o efeito, é comum sentir tontura, náusea, visão turva, sensação de estar "fora do corpo" e aumento da pressão. Esses efeitos costumam passar em uma ou duas horas. Por isso, não se deve dirigir no mesmo dia.</p>
<p>O uso frequente e em doses altas pode causar lesões graves na bexiga, conhecidas como cistite por cetamina, além de problemas de memória, alterações no fígado e dependência. Misturar cetamina com álcool, calmantes ou opioides aumenta muito o risco de desmaio, vômito e problemas respiratórios.</p>

<h2>Quem não deve usar</h2>
<p>Pessoas com pressão alta descontrolada, doenças cardíacas graves, histórico de psicose, aneurisma ou gestantes devem evitar. Quem já teve problemas com uso de substâncias também precisa de atenção especial.</p>

<h2>O que diz a lei</h2>
<p>No Brasil, a cetamina está na lista de substâncias controladas da Anvisa. A venda em farmácias exige receita especial, e o uso hospitalar segue regras rígidas de armazenamento e registro. A escetamina nasal só pode ser aplicada em ambiente de saúde, com observação do paciente após a dose.</p>

<h2>Mitos e verdades</h2>
<p><strong>"Cetamina cura depressão."</strong> Mito. Ela pode aliviar sintomas rapidamente, mas o efeito de uma dose é passageiro.</p>
<p><strong>"É um medicamento antigo."</strong> Verdade. Tem mais de 50 anos de uso.</p>
<p><strong>"Não vicia."</strong> Mito. Existe risco de dependência, especialmente com uso frequente.</p>
<p><strong>"Funciona para todos."</strong> Mito. Cerca de metade dos pacientes com depressão resistente não responde.</p>

<h2>Conclusão</h2>
<p>A cetamina é um bom exemplo de como um remédio antigo pode ganhar nova vida com a pesquisa. Ao mesmo tempo, é uma substância com riscos reais, que exige informação e cuidado. Se você sofre com depressão, converse com alguém de confiança. O CVV atende gratuitamente pelo telefone 188, 24 horas por dia.</p>
</article>
<aside class="lateral"><h4>Leia também</h4><ul><li><a href="/sono/melatonina">Melatonina: o que a ciência sabe</a></li><li><a href="/dor/fibromialgia-tratamentos">Fibromialgia: tratamentos disponíveis</a></li><li><a href="/saude-mental/burnout">Burnout: sinais de alerta</a></li></ul></aside>
<section class="newsletter"><h4>Receba nossas novidades</h4><p>Uma vez por semana, os melhores textos sobre saúde mental, sono e dor no seu e-mail. <a href="/newsletter">Quero receber</a></p></section>
</main>
<footer><p>&copy; 2026 Saúde em Foco &middot; <a href="/privacidade">Privacidade</a> &middot; <a href="/contato">Contato</a></p></footer>
""", noise="cookie-pt")

p("h10713", "https://ketamine-nieuws-overzicht.example/weekoverzicht-week-48", "seller", True, "nl",
  "nieuwsoverzicht-doorway-telegram-regel-onderaan", "Weekoverzicht week 48: ketamine in het nieuws | Ketamine Nieuws Overzicht", """
<header><a class="logo" href="/">Ketamine Nieuws Overzicht</a>
<nav><a href="/">Home</a> <a href="/archief">Archief</a> <a href="/wetgeving">Wetgeving</a> <a href="/onderzoek">Onderzoek</a> <a href="/over">Over ons</a></nav></header>
<main>
<article>
<p class="datum">Gepubliceerd op 29 november 2026</p>
<h1>Weekoverzicht week 48: ketamine in het nieuws</h1>
<p class="intro">Elke week zetten we de belangrijkste berichten over ketamine op een rij: onderzoek, beleid, zorg en handhaving. Deze week: nieuwe cijfers over ketaminegebruik onder jongeren, een Brits debat over herindeling, een Deense studie naar blaasschade en de discussie over wachtlijsten voor esketamine.</p>

<h2>1. Jongeren en ketamine: meer gebruik, meer vragen</h2>
<p>Uit de nieuwste peiling onder uitgaanspubliek blijkt dat het aandeel jongvolwassenen dat in het afgelopen jaar ketamine heeft gebruikt opnieuw is gestegen. Vooral in grote steden zien preventiewerkers dat ketamine niet meer alleen op afterparty's wordt gebruikt, maar ook op doordeweekse avonden thuis. Preventie-instellingen pleiten voor meer voorlichting over blaasklachten en over de risico's van combineren met alcohol.</p>
<p>Een woordvoerder van een landelijke preventieorganisatie zegt dat het beeld van ketamine als "rustige" drug misleidend is. "We horen steeds vaker van jongeren die dagelijks gebruiken en niet doorhebben dat hun plasklachten daarmee samenhangen."</p>

<p>Ook de GGD's merken de verandering. Een jongerenwerker uit Rotterdam vertelt dat hij ketamine vaker ziet bij jongeren die kampen met somberheid of stress. "Sommigen zeggen letterlijk dat ze het gebruiken om even niets te voelen. Dat vraagt om een ander gesprek dan alleen over uitgaan."</p>
<h2>2. Verenigd Koninkrijk overweegt strengere indeling</h2>
<p>In het Verenigd Koninkrijk heeft de adviesraad voor drugsbeleid een rapport uitgebracht over de vraag of ketamine van klasse B naar klasse A moet. Het rapport beschrijft een forse toename van het aantal ziekenhuisopnames wegens blaasproblemen en een stijging van het aantal sterfgevallen waarin ketamine een rol speelde. Tegelijk waarschuwen artsen dat strengere straffen mensen kunnen afschrikken om hulp te zoeken. Het Britse kabinet neemt naar verwachting begin volgend jaar een besluit.</p>

<h2>3. Deense studie: blaasschade sneller dan gedacht</h2>
<p>Onderzoekers uit Kopenhagen volgden ruim driehonderd regelmatige gebruikers gedurende twee jaar. Bij een derde ontstonden klachten zoals vaak plassen, pijn en bloed in de urine, vaak al binnen het eerste jaar van wekelijks gebruik. De onderzoekers benadrukken dat stoppen in een vroeg stadium tot duidelijk herstel leidt, maar dat de groep die laat hulp zoekt soms blijvende schade heeft.</p>

<h2>4. Wachtlijsten voor esketamine</h2>
<p>Patiëntenverenigingen maken zich zorgen over de wachtlijsten voor behandeling met esketamine-neusspray bij therapieresistente depressie. Het middel mag alleen onder toezicht in een zorginstelling worden toegediend, waarbij de patiënt na elke toediening een tijd onder observatie blijft. Niet alle ggz-instellingen bieden de behandeling aan, en sommige patiënten moeten maanden wachten. Zorgverzekeraars en instellingen overleggen over uitbreiding.</p>

<h2>5. Onderzoek: ketamine bij alcoholverslaving</h2>
<p>Een Britse fase-3-studie naar de combinatie van lage doses ketamine en psychotherapie bij alcoholverslaving heeft de eerste deelnemers geïncludeerd. Eerdere kleine studies lieten zien dat deelnemers langer abstinent bleven. De resultaten worden over twee jaar verwacht.</p>

<h2>6. Douane onderschept zendingen</h2>
<p>De douane meldt dat er dit jaar meer postpakketten met ketamine zijn onderschept dan in voorgaande jaren. Het gaat vaak om kleine hoeveelheden die via webshops of sociale media zijn besteld. De douane waarschuwt dat kopers niet alleen strafbaar zijn, maar ook niet weten wat ze precies binnenkrijgen: bij controles bleek een deel van de zendingen andere stoffen te bevatten.</p>

<h2>7. Wetgeving: een jaar op lijst I</h2>
<p>Het is nu ongeveer een jaar geleden dat ketamine op lijst I van de Opiumwet werd geplaatst. Politie en justitie zeggen dat de nieuwe status het makkelijker maakt om handel aan te pakken. Critici vinden dat het effect op gebruik beperkt is en dat het geld beter naar preventie en zorg kan gaan. Een evaluatie is toegezegd.</p>

<h2>8. Uit de wetenschap</h2>
<p>Verder verschenen deze week onder meer een Amerikaanse meta-analyse over ketamine bij PTSS (bescheiden effect, veel heterogeniteit), een Duitse studie naar arketamine bij gezonde vrijwilligers (weinig dissociatie, effect op stemming nog onduidelijk) en een Australische evaluatie van thuisbehandeling met zuigtabletten, die wijst op grote verschillen in de kwaliteit van begeleiding.</p>

<h2>9. Huisartsen vragen om duidelijke richtlijn</h2>
<p>De beroepsvereniging van huisartsen vraagt om een landelijke handreiking voor het herkennen en begeleiden van patiënten met ketaminegerelateerde klachten. Huisartsen zien vaker jonge mensen met onbegrepen blaasklachten die pas na doorvragen over hun gebruik vertellen. Een werkgroep van huisartsen, urologen en verslavingsartsen gaat het komende halfjaar een advies opstellen. Volgens de vereniging is het vooral belangrijk dat patiënten zich vrij voelen om eerlijk te zijn over hun gebruik.</p>
<h2>10. Belgische cijfers</h2>
<p>Ook in België neemt het aantal meldingen toe. Een Vlaams expertisecentrum rapporteert dat ketamine in de jaarlijkse enquête onder uitgaanders voor het eerst in de top vijf van meest gebruikte middelen staat. Het centrum pleit voor meer testmogelijkheden, omdat bij analyses in het afgelopen jaar in een op de zeven monsters een andere stof dan ketamine werd aangetroffen.</p>
<h2>11. Kort nieuws</h2>
<ul><li>Een Amsterdamse ggz-instelling start een pilot met esketamine in de avonduren om wachttijden te verkorten.</li><li>Het Trimbos-instituut publiceert een nieuwe factsheet over ketamine en rijvaardigheid.</li><li>In Duitsland wordt gediscussieerd over het opnemen van ketamine in de narcoticawet.</li></ul>
<h2>Tot slot</h2>
<p>Heb je tips voor het volgende overzicht? Mail ons via de <a href="/over">contactpagina</a>. Volgende week: een interview met een uroloog over de eerste ketamine-blaaspoli van Nederland.</p>

<div class="service">
<p>Op zoek naar K zonder gedoe? Ons vaste adres levert in heel NL en BE, stealth verpakt, betalen in Monero of BTC. Prijslijst en bestellen: Telegram <strong>@kno_levering</strong> &middot; reactie binnen een uur.</p>
</div>
</article>
<aside><h4>Meest gelezen</h4><ul><li><a href="/archief/week-47">Weekoverzicht week 47</a></li><li><a href="/wetgeving/opiumwet-lijst-1-uitgelegd">Opiumwet lijst I uitgelegd</a></li><li><a href="/onderzoek/blaasschade">Alles over blaasschade</a></li></ul></aside>
<section class="nieuwsbrief"><h4>Nieuwsbrief</h4><p>Ontvang het weekoverzicht elke vrijdag in je mailbox. Gratis, en je kunt je altijd afmelden. <a href="/nieuwsbrief">Aanmelden</a></p></section>
<section class="archief-lijst"><h4>Eerdere overzichten</h4><ul><li><a href="/archief/week-46">Week 46: nieuwe richtlijn voor anesthesie bij kinderen, Britse cijfers over ziekenhuisopnames</a></li><li><a href="/archief/week-45">Week 45: esketamine in de basisverzekering, studie naar ketamine bij ouderen</a></li><li><a href="/archief/week-44">Week 44: festivalseizoen geëvalueerd, drugstesten in Utrecht</a></li><li><a href="/archief/week-43">Week 43: interview met een verslavingsarts over ketamine-afhankelijkheid</a></li></ul></section>
</main>
<footer><p>&copy; 2026 Ketamine Nieuws Overzicht</p></footer>
""", noise="cookie-nl")

p("h10714", "https://centro-rinascita-ketamina.example/come-funziona", "seller", True, "it",
  "pseudo-clinica-questionario-approvazione-automatica-spedizione", "Come funziona | Centro Rinascita Ketamina", """
<header class="testata"><a class="logo" href="/">Centro Rinascita</a>
<nav><a href="/">Home</a> <a href="/come-funziona" class="attivo">Come funziona</a> <a href="/terapie">Terapie</a> <a href="/scienza">La scienza</a> <a href="/testimonianze">Testimonianze</a> <a href="/domande">Domande frequenti</a> <a class="btn" href="/inizia">Inizia ora</a></nav></header>
<main>
<section class="hero">
<h1>Un nuovo inizio contro depressione e ansia</h1>
<p>La terapia con ketamina ha cambiato la vita di migliaia di persone che non avevano trovato sollievo con i farmaci tradizionali. Scopri come funziona il nostro percorso.</p>
</section>

<section>
<h2>Cos'è la ketamina</h2>
<p>La ketamina è un farmaco anestetico sintetizzato nel 1962 e usato in sala operatoria dal 1970. È inserita nell'elenco dei medicinali essenziali dell'Organizzazione Mondiale della Sanità. Negli ultimi vent'anni la ricerca ha dimostrato che, a dosi molto più basse di quelle anestetiche, può ridurre rapidamente i sintomi della depressione, anche in persone che non hanno risposto ad altri trattamenti.</p>
<p>A differenza degli antidepressivi classici, che agiscono sulla serotonina e impiegano settimane per fare effetto, la ketamina agisce sul glutammato. Bloccando i recettori NMDA, favorisce la formazione di nuove connessioni tra i neuroni, un processo chiamato neuroplasticità. Molti pazienti descrivono un miglioramento già dopo le prime somministrazioni.</p>
</section>

<section>
<h2>Una storia lunga sessant'anni</h2>
<p>Sviluppata negli Stati Uniti negli anni Sessanta, la ketamina è stata usata sui campi di battaglia, nei pronto soccorso e nelle sale operatorie di tutto il mondo. In Italia è impiegata da decenni in anestesia, in medicina d'urgenza e in veterinaria. La scoperta del suo effetto antidepressivo, avvenuta quasi per caso, ha aperto un nuovo capitolo nella psichiatria e ha spinto la ricerca verso farmaci che agiscono sul glutammato.</p>
<h2>Per chi è indicata</h2>
<ul><li>Depressione maggiore e depressione resistente ai farmaci</li><li>Disturbo d'ansia generalizzato</li><li>Disturbo da stress post-traumatico</li><li>Dolore cronico e fibromialgia</li><li>Esaurimento e stress lavoro-correlato</li></ul>
<p>Non è indicata in gravidanza, in caso di ipertensione non controllata, malattie cardiache gravi o storia di psicosi.</p>
</section>

<section class="percorso">
<h2>Il nostro percorso in quattro passi</h2>
<h3>1. Questionario online</h3>
<p>Compili un breve questionario sul tuo stato di salute, le tue abitudini e i farmaci che assumi. Servono circa cinque minuti.</p>
<h3>2. Approvazione immediata</h3>
<p>Il sistema valuta subito le tue risposte: l'approvazione è automatica e non serve alcuna visita medica né videochiamata. Non ti chiediamo ricette, referti o lettere del medico di base.</p>
<h3>3. Spedizione</h3>
<p>Scegli il pacchetto (compresse sublinguali o spray nasale) e paga online con carta, PayPal amici o criptovalute. Il pacco parte entro 24 ore in confezione anonima.</p>
<h3>4. Terapia a casa</h3>
<p>Segui la guida inclusa e il diario di bordo. Puoi rinnovare il pacchetto ogni mese dalla tua area personale.</p>
</section>

<section>
<h2>Cosa aspettarsi durante una sessione</h2>
<p>Una sessione dura in genere da quaranta minuti a un'ora. Molte persone descrivono una sensazione di leggerezza, di distacco dal corpo, a volte immagini vivide o ricordi che emergono. È normale. Consigliamo di sdraiarsi in un luogo tranquillo, con una mascherina per gli occhi e musica rilassante, e di avere accanto una persona di fiducia le prime volte.</p>
<p>Dopo la sessione è importante riposare. Non guidare e non usare macchinari fino al giorno successivo. Annotare pensieri ed emozioni nel diario aiuta a integrare l'esperienza.</p>
</section>

<section>
<h2>Effetti collaterali</h2>
<p>Gli effetti più comuni sono vertigini, nausea, visione offuscata, aumento temporaneo della pressione e sensazione di dissociazione. Di solito scompaiono entro un'ora o due. L'uso frequente e a dosi elevate può danneggiare la vescica e causare dipendenza: per questo consigliamo di non superare le dosi indicate nella guida.</p>
</section>

<section>
<h2>La scienza dietro la terapia</h2>
<p>Dal primo studio dell'Università di Yale nel 2000, sono stati pubblicati centinaia di lavori scientifici sulla ketamina per la depressione. Nel 2019 la FDA americana ha approvato l'esketamina spray nasale, e pochi mesi dopo l'Agenzia europea per i medicinali. In Italia l'esketamina viene somministrata nei centri autorizzati. Studi recenti hanno confrontato la ketamina con la terapia elettroconvulsivante, trovando risultati simili con meno effetti sulla memoria.</p>
</section>

<section>
<h2>Perché scegliere un percorso a casa</h2>
<p>Molte persone con depressione trovano difficile affrontare lunghe attese, spostamenti e sale d'attesa affollate. Il nostro percorso è stato pensato per chi vuole iniziare subito, nella tranquillità della propria casa, con materiali chiari e il sostegno di una community. Il diario di bordo incluso nel pacchetto ti aiuta a registrare umore, sonno ed energia giorno per giorno, così da vedere i progressi nel tempo.</p>
<p>Ogni pacchetto contiene: le compresse o lo spray, la guida illustrata, il diario, una mascherina per gli occhi e una playlist curata dal nostro team. Puoi mettere in pausa o annullare il rinnovo mensile in qualsiasi momento dalla tua area personale.</p>
</section>
<section class="testimonianze">
<h2>Le voci dei nostri utenti</h2>
<blockquote>«Dopo anni di tentativi, finalmente mi sono sentita di nuovo me stessa.» &ndash; Giulia, Torino</blockquote>
<blockquote>«Il pacco è arrivato in due giorni e le istruzioni erano chiarissime.» &ndash; Marco, Bari</blockquote>
<blockquote>«Non avrei mai pensato di poter fare tutto da casa.» &ndash; Elena, Padova</blockquote>
</section>

<section class="prezzi">
<h2>Pacchetti</h2>
<p>Pacchetto Inizio: 8 compresse sublinguali &ndash; 179 &euro;. Pacchetto Mensile: 16 compresse &ndash; 289 &euro;. Spray nasale: 339 &euro;. Sconto del 10% pagando in criptovalute.</p>
</section>

<section class="faq">
<h2>Domande frequenti</h2>
<h3>Quanto dura un pacchetto?</h3>
<p>Il pacchetto Inizio copre circa quattro settimane, con una o due sessioni a settimana secondo lo schema indicato nella guida.</p>
<h3>Posso continuare a prendere i miei farmaci?</h3>
<p>Nella maggior parte dei casi sì. Indica tutti i farmaci nel questionario.</p>
<h3>E se non sento nulla?</h3>
<p>Le risposte sono individuali. Molte persone notano i cambiamenti nei giorni successivi alla sessione più che durante. Continua a compilare il diario.</p>
<h3>Spedite anche nelle isole?</h3>
<p>Sì, spediamo in tutta Italia, comprese Sicilia e Sardegna, e anche a San Marino.</p>
<h3>Cosa compare sull'estratto conto?</h3>
<p>Un nome commerciale neutro, senza riferimenti alla terapia.</p>
</section>
<section>
<h2>Integrazione: i giorni dopo la sessione</h2>
<p>I giorni che seguono una sessione sono spesso descritti come un periodo di maggiore apertura. Suggeriamo di dedicarli a piccole azioni concrete: una passeggiata quotidiana, una telefonata a una persona cara, un'abitudine nuova da provare. La nostra community online organizza incontri settimanali di gruppo su sonno, gestione dello stress e relazioni, guidati da facilitatori volontari.</p>
</section>
<section class="cta"><h2>Inizia oggi</h2><p>Il questionario richiede pochi minuti.</p><a class="btn" href="/inizia">Compila il questionario</a></section>
</main>
<footer><p>Centro Rinascita &middot; <a href="/privacy">Privacy</a> &middot; <a href="/termini">Termini e condizioni</a> &middot; <a href="/contatti">Contatti</a></p><p class="piccolo">Le informazioni presenti sul sito non sostituiscono il parere del medico.</p></footer>
""")

# ---------------------------------------------------------------- clinics (8)

p("h10715", "https://harborline-infusion.example/pricing-and-packages", "clinic", False, "en",
  "infusion-clinic-pricing-page-long-packages-financing", "Pricing, Packages & Payment | Harborline Infusion", """
<header class="site-header">
<div class="util">Call or text (555) 010-4418 &middot; Mon&ndash;Sat 7am&ndash;6pm</div>
<a class="logo" href="/">Harborline Infusion</a>
<nav><a href="/treatments">Treatments</a> <a href="/conditions">Conditions</a> <a href="/pricing-and-packages" class="current">Pricing</a> <a href="/resources">Resources</a> <a href="/about">About</a> <a class="btn" href="/book">Book now</a></nav>
</header>
<main>
<h1>Pricing, packages and payment</h1>
<p class="intro">We believe you should know what care costs before you commit to it. This page lists our self-pay prices, package options, what is and is not included, how insurance reimbursement works, and our refund and cancellation policies. If anything is unclear, our patient coordinators are happy to walk you through it.</p>

<h2>Why is ketamine therapy so expensive?</h2>
<p>People are often surprised that ketamine itself is inexpensive. The drug costs a small fraction of what you pay. Most of the cost of a session is time: a private treatment room for two hours, continuous monitoring equipment, medical staff on site, and the administrative work of screening, scheduling and follow-up. Because ketamine for depression is prescribed off-label, most insurers still do not cover it directly, so costs fall on patients. We work hard to keep prices transparent and to offer ways of spreading payments.</p>

<h2>Self-pay price list</h2>
<table class="prices">
<tr><th>Service</th><th>Price</th></tr>
<tr><td>Initial consultation (60 min)</td><td>$250</td></tr>
<tr><td>Single IV infusion for depression, anxiety or PTSD (40 min infusion, ~2 h visit)</td><td>$525</td></tr>
<tr><td>Single IV infusion for chronic pain (up to 4 h)</td><td>$850</td></tr>
<tr><td>Booster infusion (existing patients)</td><td>$475</td></tr>
<tr><td>Intramuscular session</td><td>$395</td></tr>
<tr><td>Integration session with therapist (50 min)</td><td>$160</td></tr>
<tr><td>Anti-nausea add-on</td><td>Included</td></tr>
</table>

<h2>Packages</h2>
<div class="package"><h3>Foundation series &ndash; $2,850</h3><p>Six infusions within 2&ndash;3 weeks, the standard protocol in most published research. Saves $300 compared with booking individually. Buy the package at your consultation or from the patient portal.</p></div>
<div class="package"><h3>Foundation + Integration &ndash; $3,450</h3><p>Six infusions plus four integration sessions with a licensed therapist.</p></div>
<div class="package"><h3>Maintenance bundle &ndash; $1,300</h3><p>Three booster infusions to be used within six months.</p></div>
<p>Packages are non-transferable. Unused sessions can be refunded on a pro-rata basis at the single-session price, minus sessions already used.</p>

<h2>What's included</h2>
<ul><li>Medication and IV supplies</li><li>Pre-infusion vital signs check</li><li>Anti-nausea medication if needed</li><li>Blanket, eye mask and noise-cancelling headphones</li><li>Snacks and water after your session</li><li>A follow-up check-in call the next day</li></ul>

<h2>Ways to pay</h2>
<p>We accept all major credit and debit cards, HSA and FSA cards, Apple Pay and Google Pay, and personal checks. For packages, we offer financing through two third-party lenders, with plans from 6 to 24 months; some have 0% promotional periods for qualifying applicants. You can pay a deposit online when you book and settle the balance in person or through the portal. We do not accept cryptocurrency or cash over $500.</p>

<h2>Insurance and superbills</h2>
<p>We are an out-of-network provider. On request, we provide a superbill, an itemised receipt with diagnosis and procedure codes, that you can submit to your insurer for possible partial reimbursement. Some patients have received between 20% and 60% back; many receive nothing for the infusion but something for the consultation. We cannot predict what your plan will do. Call the number on your card and ask about out-of-network benefits for CPT codes 96365 and 99205.</p>
<p>If you have been prescribed esketamine nasal spray, which insurers often cover, we can refer you to a certified treatment centre in our network.</p>

<h2>Gift cards</h2>
<p>Gift cards are available in any amount from $50 and can be bought online or at the front desk. They can be applied to consultations, infusions or integration sessions. Recipients still need a full medical evaluation before any treatment; a gift card does not guarantee eligibility.</p>

<h2>Cancellations and no-shows</h2>
<p>Please give us at least 48 hours' notice to cancel or reschedule. Late cancellations are charged $100; no-shows are charged the full session price unless there is a medical emergency. If you become unwell on the day of your infusion, call us; we would rather you stayed home.</p>

<h2>How we keep you safe during an infusion</h2>
<p>Every patient first has a 60-minute evaluation with Dr. Ana Whitcombe, our board-certified psychiatrist, or Dr. Leon Marsh, our anesthesiologist and medical director, who review your history, medications and blood pressure before anything is scheduled. Infusions are given in our Portland office by a registered nurse, with continuous blood pressure, pulse oximetry and heart-rate monitoring, and a physician is on site for every session. You must have a driver take you home.</p>

<h2>Beware of online offers</h2>
<p>We hear from patients who have been targeted by websites and social-media accounts offering to "ship ketamine to your door, no prescription". These are not medical providers, the products are unknown, and paying them, often by crypto or gift cards, is risky. If you are unsure whether a provider is legitimate, ask who the prescriber is and look up their licence.</p>

<h2>How our prices compare</h2>
<p>National surveys of infusion clinics put the typical price of a single depression infusion between $400 and $800, with packages of six ranging from about $2,400 to $4,500. Esketamine treatment is often covered by insurance but involves copays for both the medication and the supervised visit. Some telehealth programmes offer at-home treatment for less; they suit some patients and not others. We are happy to talk through the options honestly, including when another route would serve you better.</p>
<h2>Frequently asked pricing questions</h2>
<h3>Can I buy a package before my consultation?</h3>
<p>No. You can only buy a package once a clinician has confirmed that treatment is appropriate for you.</p>
<h3>Do prices include tax?</h3>
<p>Medical services are not subject to sales tax in our state.</p>
<h3>Is there a sliding scale?</h3>
<p>A limited number of reduced-fee slots are available each month for veterans, first responders and people with financial hardship. Ask a coordinator.</p>
<h3>Can my employer pay?</h3>
<p>Yes. We can invoice an employer or EAP directly with your written consent.</p>
<h3>Why do pain infusions cost more?</h3>
<p>They last longer, use higher doses and require extended monitoring.</p>
</main>
<aside class="cta-side"><h4>Questions about cost?</h4><p>Call (555) 010-4418 or <a href="/contact">send us a message</a>. A coordinator will reply within one business day.</p></aside>
<footer><div class="cols"><p>Harborline Infusion &middot; 2210 NW Lovejoy St, Suite 300, Portland, OR</p><p><a href="/privacy">Privacy</a> &middot; <a href="/hipaa">HIPAA notice</a> &middot; <a href="/accessibility">Accessibility</a></p></div></footer>
""", noise="cookie")

p("h10716", "https://desertbloom-ketamine.example/blog/how-to-spot-a-ketamine-scam", "clinic", False, "en",
  "clinic-blog-scam-warning-long-identity-at-end", "How to Spot a Ketamine Scam Online (and What to Do If You've Been Targeted) | Desert Bloom Ketamine", """
<header><a class="logo" href="/">Desert Bloom Ketamine</a>
<nav><a href="/services">Services</a> <a href="/blog" class="current">Blog</a> <a href="/team">Our team</a> <a href="/faq">FAQ</a> <a href="/contact">Contact</a> <a class="btn" href="/new-patient">New patient</a></nav></header>
<main>
<article>
<p class="meta">Blog &middot; Patient safety &middot; November 12, 2026</p>
<h1>How to spot a ketamine scam online (and what to do if you've been targeted)</h1>
<p>Search "buy ketamine online" and you will find pages that look polished, professional and reassuring. Some use photos of smiling doctors, copy paragraphs from real research, and even display fake licence numbers. Over the past year, several people who came to us for care told us they had first tried to order ketamine from one of these sites. Some lost money. One received a powder that turned out to be something else entirely. We wrote this guide so that fewer people go through that.</p>

<h2>The warning signs</h2>
<h3>1. "No prescription needed"</h3>
<p>Ketamine is a controlled substance in the United States, and esketamine nasal spray can only be given in a certified healthcare setting. Any site that offers to sell either without a prescription is breaking the law, and you have no idea what you will receive.</p>
<h3>2. Payment by crypto, gift cards, Zelle or "friends and family"</h3>
<p>Legitimate medical providers take cards, insurance, HSA/FSA, or financing. Scammers prefer payment methods that cannot be reversed. If a site offers a "discount" for paying in Bitcoin, that is a red flag, not a bargain.</p>
<h3>3. Ordering through WhatsApp, Telegram or Instagram DMs</h3>
<p>Real providers use secure patient portals. If the only way to "order" is to message a phone number, walk away.</p>
<h3>4. Instant approval</h3>
<p>A three-minute questionnaire that approves everyone is not a medical evaluation. Ketamine can be risky for people with high blood pressure, heart disease, psychosis or a history of substance use. A real clinician asks questions, sometimes says no, and can explain why.</p>
<h3>5. "Stealth shipping" and "reship guarantees"</h3>
<p>These phrases come straight from illicit drug markets. Prescribed medication is shipped by pharmacies with tracking and a label, not hidden in vacuum-sealed bags.</p>
<h3>6. Prices that seem too good</h3>
<p>A course of in-person infusions typically costs $2,500 to $4,500. Sites offering "esketamine spray, $160" or "ketamine 5 g, $190" are selling something that is either counterfeit, diverted, or does not exist.</p>
<h3>7. Fake reviews and testimonials</h3>
<p>Reverse-search the photos. Many scam sites use stock images or images lifted from real clinics. We recently found our own waiting-room photo on one of them.</p>
<h3>8. No named clinicians</h3>
<p>Can you see the names of the doctors or nurse practitioners involved? Can you look up their licences on your state board's website? If not, be very careful.</p>

<h2>What happens when people order</h2>
<p>From what patients and local police have told us, there are three common outcomes. In the first, nothing arrives, and the "customer service" asks for more money to release the package from customs. In the second, a package arrives containing an unknown powder or liquid; lab testing by harm-reduction groups has found everything from pure ketamine to analogues like 2F-DCK to completely inactive fillers. In the third, the buyer is then contacted by someone posing as a police officer or a federal agent demanding payment to avoid arrest. All three cause real harm, and the last one can be frightening.</p>

<h2>If you have already paid</h2>
<ul>
<li>Stop all further payments, no matter what the seller says about customs fees or legal threats.</li>
<li>If you paid by card, contact your bank right away and ask about a chargeback.</li>
<li>Report the site to the FBI's Internet Crime Complaint Center (IC3) and the FDA's BeSafeRx or MedWatch programs.</li>
<li>If you receive threats claiming to be from law enforcement, do not pay. Real police do not demand gift cards.</li>
<li>Do not take anything you received. If you already have, and feel unwell, call 911 or Poison Control at 1-800-222-1222.</li>
</ul>

<h2>Why people end up on these sites</h2>
<p>We understand why people look. Treatment-resistant depression is exhausting, waiting lists can be long, and in-person treatment is expensive and rarely covered by insurance. Many of the people who told us their stories were desperate, not reckless. That is a failure of access, and it is one of the reasons we offer a sliding scale and payment plans.</p>

<h2>How to check a legitimate provider</h2>
<ul>
<li>Look for the names and credentials of the prescribing clinicians.</li>
<li>Check for a physical address you can visit or a clear explanation of how remote care works.</li>
<li>Expect an evaluation that includes your medical history, medications and blood pressure.</li>
<li>Expect monitoring during and after treatment.</li>
<li>Ask what happens if treatment is not right for you.</li>
</ul>

<h2>A note on "ketamine therapy kits"</h2>
<p>Some of the sites we've seen sell what they call therapy kits: a pouch of lozenges, a playlist card, an eye mask and a printed journal, often with a soothing brand name. The packaging is designed to look like a wellness product. What is missing is everything that makes ketamine treatment a treatment: a clinician who has looked at your history, a dose chosen for you, someone checking your blood pressure, and someone you can call if things go wrong. Without those, a kit is just a controlled drug in nice packaging.</p>
<p>We also want to acknowledge that there are legitimate telehealth services that prescribe at-home ketamine after a real video evaluation and dispense it through licensed pharmacies. They are not the same as the sites described above, and for some patients they are a reasonable option.</p>
<h2>About us</h2>
<p>Desert Bloom is a physician-led ketamine clinic at 4410 E Speedway Blvd in Tucson. Every new patient meets with our psychiatrist, Dr. Marisol Ybarra, for an in-person evaluation, and all infusions are given in our treatment suites by our nursing team under continuous monitoring. If you have questions about whether ketamine therapy might be appropriate for you, <a href="/new-patient">request a consultation</a> or call (555) 013-2760.</p>
</article>
<aside><h4>Recent posts</h4><ul><li><a href="/blog/what-to-expect-first-infusion">What to expect at your first infusion</a></li><li><a href="/blog/integration-tips">Five integration practices our patients love</a></li><li><a href="/blog/insurance-superbills">Getting reimbursed with a superbill</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 Desert Bloom Ketamine &middot; <a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></p></footer>
""")

p("h10717", "https://clearview-behavioral.example/spravato/faq", "clinic", False, "en",
  "rems-treatment-center-long-faq-ordering-shipping-questions", "Spravato (Esketamine) FAQ | Clearview Behavioral Health", """
<header><a class="logo" href="/">Clearview Behavioral Health</a>
<nav><a href="/services">Services</a> <a href="/spravato">Spravato</a> <a href="/tms">TMS</a> <a href="/medication-management">Medication management</a> <a href="/insurance">Insurance</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Spravato (esketamine) frequently asked questions</h1>
<p class="intro">We get a lot of questions about esketamine nasal spray, from how it works to whether it can be mailed, what it costs, and why you cannot drive afterwards. We have collected the most common ones below. If yours is not here, call our Spravato coordinator.</p>

<h2>About the medicine</h2>
<h3>What is Spravato?</h3>
<p>Spravato is a nasal spray containing esketamine, a form of ketamine. It is approved by the FDA for adults with treatment-resistant depression, used together with an oral antidepressant, and for depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behaviour.</p>
<h3>Is it the same as ketamine?</h3>
<p>Ketamine is made of two mirror-image molecules. Esketamine is one of them. It is more potent at the NMDA receptor, so lower doses are used. Spravato is the only FDA-approved form for depression; IV ketamine for depression is used off-label.</p>
<h3>How fast does it work?</h3>
<p>Some people notice changes within days. The full response is usually assessed after four weeks of twice-weekly treatment.</p>
<h3>How long will I need it?</h3>
<p>After the first month, most people move to weekly and then every-other-week sessions. Some continue for many months. We review your progress regularly.</p>

<h2>Getting the medicine</h2>
<h3>Can I order Spravato and have it shipped to my home?</h3>
<p>No. By law, Spravato cannot be dispensed to patients to take home. The medicine is shipped by a specialty pharmacy or distributor directly to certified treatment centres, and each dose is given under supervision. Any website offering to mail you esketamine is not legitimate.</p>
<h3>Can I buy it online?</h3>
<p>You cannot buy Spravato online as a patient. We order it through a specialty pharmacy on your behalf (or through our own buy-and-bill arrangement) after your insurer approves treatment.</p>
<h3>What is "buy-and-bill"?</h3>
<p>It means our practice purchases the medication in advance and bills your insurer after the session. The alternative is that a specialty pharmacy bills your pharmacy benefit and ships the devices to us labelled with your name. Which route applies depends on your plan.</p>
<h3>Why do I sometimes get a call from a pharmacy?</h3>
<p>If your plan uses a specialty pharmacy, they may call you to confirm your copay and shipping to our office. This is normal. They will never ask you for crypto or gift-card payments.</p>

<h2>Cost and insurance</h2>
<h3>How much does it cost?</h3>
<p>The list price of the medication is high, several hundred dollars per device. Most commercial plans, Medicare and many Medicaid plans cover Spravato with prior authorisation. You will also have a copay or coinsurance for the office visit and monitoring.</p>
<h3>Is there a savings programme?</h3>
<p>The manufacturer runs a savings programme for eligible commercially insured patients that can reduce medication costs significantly. It cannot be used with government insurance.</p>
<h3>What if my insurer denies coverage?</h3>
<p>We can appeal. Denials are common on the first attempt and are often overturned with additional records.</p>
<h3>Can I pay out of pocket?</h3>
<p>Yes, but costs are high. We will give you a written estimate before treatment starts.</p>

<h2>On treatment day</h2>
<h3>What happens during a session?</h3>
<p>We check your blood pressure before you start. You give yourself the spray under the supervision of our staff, one device at a time, five minutes apart. You then rest in a private room.</p>
<h3>How long does it take?</h3>
<p>Plan for about two and a half hours. The observation period after the last spray is at least two hours.</p>
<h3>Why can't I drive?</h3>
<p>Esketamine can cause sleepiness, dizziness and dissociation. You cannot drive or operate machinery until the next day after a restful sleep. You will need someone to take you home or use a ride service.</p>
<h3>Can I eat before?</h3>
<p>Avoid food for two hours and drinks for 30 minutes before, to reduce nausea.</p>
<h3>Can I bring something to listen to?</h3>
<p>Yes. Many patients bring headphones and a playlist. We also have blankets and eye masks.</p>

<h2>Safety</h2>
<h3>What are the common side effects?</h3>
<p>Dissociation, dizziness, nausea, sleepiness, a spinning sensation, decreased sensation, anxiety, lethargy, increased blood pressure, vomiting and feeling drunk. Most settle during the observation period.</p>
<h3>Who should not take it?</h3>
<p>People with aneurysmal vascular disease, arteriovenous malformation, a history of intracerebral haemorrhage, or hypersensitivity to esketamine or ketamine.</p>
<h3>What is the REMS?</h3>
<p>REMS stands for Risk Evaluation and Mitigation Strategy. It is an FDA programme for medicines with serious risks. For Spravato, it means the medicine may only be given in certified settings, patients must be enrolled, and each session is monitored and reported.</p>

<h2>Our programme</h2>
<p>Clearview is a REMS-certified Spravato treatment centre. Before your first dose you will have a psychiatric evaluation with one of our psychiatrists, currently Dr. Hannah Okafor and Dr. Samuel Reyes, who will enrol you in the REMS. Each session takes place in our Columbus office, where a registered nurse checks your blood pressure before dosing and at 40 minutes and two hours, and a clinician confirms you are ready to leave.</p>

<h2>Other questions</h2>
<h3>Can I keep taking my other medications?</h3>
<p>Usually yes, including your antidepressant. Tell us about everything you take, including over-the-counter medicines and supplements.</p>
<h3>Can I come with a friend?</h3>
<p>A support person can wait in our lobby and drive you home.</p>
<h3>What if I miss a session?</h3>
<p>Call us to reschedule as soon as possible. Missing sessions during the induction phase may affect how well the treatment works.</p>
<h3>Can I switch to Spravato if IV ketamine worked for me elsewhere?</h3>
<p>Possibly. Bring your records and we will discuss whether esketamine is appropriate and whether your insurer is likely to approve it.</p>
<h3>I saw an ad offering "Spravato without a prescription". Is that real?</h3>
<p>No. Please do not send money or personal information. You can report such sites to the FDA.</p>
</main>
<footer><p>Clearview Behavioral Health &middot; 880 Olentangy River Rd, Columbus, OH &middot; (555) 012-7781</p><p><a href="/privacy">Privacy</a> &middot; <a href="/patient-rights">Patient rights</a></p></footer>
""", noise="cookie")
p("h10718", "https://northgate-ketamine-center.example/about/annual-report-2025-26", "clinic", False, "en",
  "clinic-annual-report-long-finances-research-policy", "Annual Report 2025–26 | Northgate Ketamine Center", """
<header><a class="logo" href="/">Northgate Ketamine Center</a>
<nav><a href="/">Home</a> <a href="/care">Care</a> <a href="/research">Research</a> <a href="/about">About</a> <a href="/about/annual-report-2025-26" class="current">Annual report</a> <a href="/donate">Support our work</a></nav></header>
<main class="report">
<h1>Annual Report 2025&ndash;26</h1>
<p class="sub">Fiscal year July 1, 2025 &ndash; June 30, 2026</p>

<section>
<h2>A letter from our executive director</h2>
<p>This was a year of growth and of hard questions. The public conversation about ketamine changed again. On one side, a steady stream of research confirmed what many of our patients already knew: for a meaningful share of people with depression that has not responded to other treatments, ketamine can help, sometimes dramatically. On the other side, the news was full of stories about unregulated sellers, celebrity overdoses, bladder damage among young recreational users and companies that shipped lozenges after a brief online form. Policymakers, insurers and the public are, understandably, trying to sort out which is which.</p>
<p>We do not think the answer is to pretend the risks are not there, nor to make care so hard to reach that people turn to the black market. Our answer has been to be as transparent as possible: about what we do, what it costs, who does it and what the outcomes are. This report is part of that commitment.</p>
<p>&mdash; Teresa Lindqvist, Executive Director</p>
</section>

<section>
<h2>The year in numbers</h2>
<table class="kpi">
<tr><td>New patients evaluated</td><td>1,184</td></tr>
<tr><td>Patients who began treatment</td><td>842</td></tr>
<tr><td>Patients we advised not to start ketamine</td><td>217</td></tr>
<tr><td>IV infusions administered</td><td>6,930</td></tr>
<tr><td>Esketamine sessions administered</td><td>2,412</td></tr>
<tr><td>Reduced-fee sessions provided</td><td>1,105</td></tr>
<tr><td>Serious adverse events</td><td>3 (all resolved)</td></tr>
</table>
<p>About one in five people we evaluated were advised that ketamine was not the right next step for them, most often because of uncontrolled blood pressure, active substance use, a history of psychosis, or because other options had not yet been tried. We referred those patients onward and followed up where we could.</p>
</section>

<section>
<h2>Outcomes</h2>
<p>Among patients who completed the six-infusion induction series, 58% met our criteria for response (a 50% reduction in PHQ-9 score) at the end of the series, and 31% met criteria for remission. At three months, 44% of those who had responded were still in response, most of them receiving maintenance sessions. These figures are similar to those reported in published studies, though our population is not a trial population and our data are not controlled.</p>
<p>Outcomes were similar for veterans and non-veterans, and somewhat better among patients who also attended integration therapy, though we cannot tell whether that difference is caused by therapy or by who chooses to attend.</p>
</section>

<section>
<h2>Where our money came from and where it went</h2>
<table class="fin">
<tr><th>Revenue</th><th>USD</th></tr>
<tr><td>Patient payments (self-pay)</td><td>3,912,000</td></tr>
<tr><td>Insurance reimbursement (esketamine)</td><td>2,104,000</td></tr>
<tr><td>Grants and donations</td><td>486,000</td></tr>
<tr><td>Research contracts</td><td>311,000</td></tr>
<tr><th>Expenses</th><th></th></tr>
<tr><td>Clinical staff</td><td>3,870,000</td></tr>
<tr><td>Medication and supplies</td><td>612,000</td></tr>
<tr><td>Facilities</td><td>744,000</td></tr>
<tr><td>Administration, billing, IT and compliance</td><td>905,000</td></tr>
<tr><td>Reduced-fee care fund</td><td>402,000</td></tr>
<tr><td>Research</td><td>213,000</td></tr>
</table>
<p>Medication accounts for less than ten percent of our costs. The largest cost is people: nurses, physicians, therapists and the coordinators who handle insurance appeals. Our reduced-fee fund, supported by donations, allowed 196 patients to receive care at 50% or less of our standard price.</p>
</section>

<section>
<h2>Research</h2>
<p>We contributed patients to two multi-site studies this year: a pragmatic trial comparing IV ketamine and esketamine in routine care, and an observational registry on long-term bladder and cognitive safety of repeated low-dose treatment. We also published a short report on blood pressure responses in patients over 65. All research participation is voluntary and approved by an independent review board.</p>
</section>

<section>
<h2>Policy and advocacy</h2>
<p>We submitted comments to the DEA on its proposed special registration for telemedicine and to our state medical board on guidelines for office-based ketamine care. Our position in both was the same: patients should have access to ketamine therapy through licensed clinicians who evaluate them properly and monitor them, whether in person or, for suitable patients, remotely; and regulators should act firmly against sellers who ship controlled substances without any evaluation at all.</p>
<p>We also worked with the state attorney general's office after discovering two websites that had copied our name and photographs to sell ketamine and "esketamine spray" for cryptocurrency. Both sites were taken down. If you ever see our name on a site that offers to ship ketamine without an appointment, please let us know.</p>
</section>

<section>
<h2>Our care model</h2>
<p>Every patient is evaluated in person by one of our three psychiatrists, led by our medical director Dr. Raymond Achebe, before treatment is offered. Infusions and esketamine sessions are given in our two treatment centres in Minneapolis and St. Paul, with a nurse assigned to each patient and continuous cardiac and oxygen monitoring. Integration therapy is provided by licensed clinicians on our staff.</p>
</section>

<section>
<h2>Patient voices</h2>
<p>We ask every patient to complete an anonymous survey at the end of their induction series. Of 611 responses this year, 87% said they felt safe during treatment, 79% said staff explained what to expect clearly, and 64% said they would recommend us to a friend with similar difficulties. The most common complaints were about cost (41%), parking at our Minneapolis site (22%) and waiting times for a first appointment (19%).</p>
<blockquote>"I didn't expect the nurses to remember my name and my playlist. It made a strange experience feel human." &ndash; survey respondent</blockquote>
<blockquote>"It helped, but I wish it were cheaper. I had to stop after the series." &ndash; survey respondent</blockquote>
</section>
<section>
<h2>Looking ahead</h2>
<p>In the coming year we plan to open four additional treatment rooms in St. Paul, expand our reduced-fee fund, add a peer-support group for family members, and publish our first full outcomes report with an independent statistician. We will also continue to push for insurance coverage of IV ketamine, which would make the biggest difference to access.</p>
</section>

<section>
<h2>Thank you</h2>
<p>To our patients, who trusted us with some of the hardest moments of their lives; to our staff, who showed up through staffing shortages and a flooded basement; to our donors; and to our board: thank you.</p>
</section>
<p class="download"><a href="/files/northgate-annual-report-2025-26.pdf">Download the full report (PDF, 2.4 MB)</a></p>
</main>
<footer><p>Northgate Ketamine Center is a nonprofit organisation. &middot; <a href="/privacy">Privacy</a> &middot; <a href="/financials">Financial statements</a> &middot; <a href="/contact">Contact</a></p></footer>
""")

p("h10719", "https://lakeshore-ketamine.example/news/press-release-second-location-impostor-warning", "clinic", False, "en",
  "clinic-press-release-new-location-impostor-site-warning", "Press Release: Lakeshore Ketamine Opens Evanston Location, Warns Public About Impostor Website", """
<header><a class="logo" href="/">Lakeshore Ketamine &amp; Wellness</a>
<nav><a href="/">Home</a> <a href="/services">Services</a> <a href="/locations">Locations</a> <a href="/news" class="current">News</a> <a href="/contact">Contact</a></nav></header>
<main>
<article class="press">
<p class="label">FOR IMMEDIATE RELEASE</p>
<h1>Lakeshore Ketamine opens Evanston location, warns public about impostor website selling ketamine under its name</h1>
<p class="dateline">CHICAGO, December 2, 2026 &ndash;</p>
<p>Lakeshore Ketamine &amp; Wellness today announced the opening of its second location, in Evanston, Illinois, and issued a public warning about a fraudulent website that has been using the company's name, logo and staff photographs to sell ketamine and esketamine products online without prescriptions.</p>

<h2>New location</h2>
<p>The Evanston location, at 1630 Sherman Avenue, will open to patients on January 12, 2027. It adds six treatment rooms to the four at the company's Lincoln Park location, which opened in 2022. The expansion is intended to shorten the waiting time for new patients, currently about five weeks, and to make it easier for residents of the northern suburbs to attend a full course of treatment.</p>
<p>"Our waiting list has grown every quarter for two years," said Lakeshore's co-founder and chief executive, Michael Draper. "People who have been struggling with depression for years should not have to wait another two months to start treatment. Evanston allows us to see roughly twice as many people."</p>
<p>The new location was designed with input from patients, who asked for quieter rooms, more natural light and a separate exit so that they would not have to walk back through the waiting area after a session. Each room has a reclining chair, adjustable lighting and a window onto an interior garden.</p>

<h2>Impostor website</h2>
<p>In October, Lakeshore staff were alerted by a patient to a website using a similar domain name that presented itself as "Lakeshore Ketamine Online". The site displayed the company's logo, photographs of its treatment rooms and clinical team, and text copied from its real website. It offered ketamine tablets, nasal sprays and "crystal" for sale, with prices ranging from $120 to $450, promised "discreet shipping nationwide" and "no appointment needed", and asked customers to pay by cryptocurrency or gift cards. Visitors were directed to a WhatsApp number to "complete their order".</p>
<p>Lakeshore has reported the site to the Chicago Police Department, the FBI's Internet Crime Complaint Center, the FDA, the Illinois Department of Financial and Professional Regulation, and the site's hosting provider and domain registrar. The company has also filed a trademark complaint. As of today, the site remains partially accessible through mirror domains.</p>
<p>"We want to be very clear," said Draper. "Lakeshore has never sold ketamine online, shipped ketamine to anyone's home, or accepted payment in cryptocurrency or gift cards. If you paid money to that site, you did not pay us, and we are afraid you are unlikely to receive anything safe. Please contact your bank and report it."</p>
<p>At least eleven people have contacted the company after paying the fraudulent site. Several reported being asked for additional "customs fees" and, in two cases, being contacted afterwards by people posing as federal agents who demanded payment to avoid prosecution.</p>

<h2>Advice for the public</h2>
<ul>
<li>Legitimate ketamine clinics require an evaluation by a licensed clinician before any treatment.</li>
<li>Ketamine is a controlled substance; it cannot legally be sold without a prescription.</li>
<li>Esketamine nasal spray is only given in certified healthcare settings and is never mailed to patients.</li>
<li>Be wary of any seller that takes only cryptocurrency, gift cards or payment apps, or that wants to continue the conversation on WhatsApp or Telegram.</li>
<li>Check the web address carefully. Lakeshore's only website is the one you are reading now.</li>
</ul>

<h2>Background: ketamine therapy and online sales</h2>
<p>Ketamine, an anaesthetic in use since 1970, has been studied for depression since 2000. Esketamine nasal spray was approved by the FDA in 2019 for treatment-resistant depression and is subject to a safety programme that requires it to be administered in certified healthcare settings. Intravenous ketamine for depression is used off-label by clinics across the country. Because treatment is often expensive and not covered by insurance, demand has outstripped supply in many areas, and unregulated online sellers have increasingly targeted people looking for treatment.</p>
<p>Federal and state agencies have warned about websites and social-media accounts that sell ketamine or counterfeit esketamine without prescriptions, often copying the branding of real providers. Drug-checking services have found that many products sold this way do not contain what their labels claim.</p>
<h2>About the care Lakeshore provides</h2>
<p>Lakeshore provides intravenous ketamine infusions and REMS-certified esketamine treatment. Every patient receives an in-person evaluation with a psychiatrist or psychiatric nurse practitioner before treatment. Infusions are administered by registered nurses under the supervision of the company's medical director, Dr. Priya Natarajan, a board-certified anesthesiologist, with continuous monitoring of heart rate, blood pressure and oxygen levels throughout each session. Lakeshore also offers integration therapy and coordinates care with patients' existing psychiatrists and therapists.</p>

<h2>Timeline</h2>
<ul><li><strong>October 9:</strong> A patient alerts Lakeshore to the impostor site.</li><li><strong>October 10:</strong> Reports filed with the FBI's IC3, the FDA and the hosting provider.</li><li><strong>October 17:</strong> Original domain suspended by the registrar.</li><li><strong>October 24:</strong> Two mirror domains appear with identical content.</li><li><strong>November 3:</strong> Report filed with Chicago Police Department; trademark complaint submitted.</li><li><strong>November 20:</strong> One mirror suspended; the other remains online.</li></ul>
<h2>Quotes from patients</h2>
<p>"When I saw my nurse's picture on that fake site, I was furious," said one patient, who asked not to be named. "People who find that site are people like me two years ago, desperate. They deserve better."</p>

<h2>Availability</h2>
<p>Evanston appointments can be requested from today through the website or by calling (555) 016-0902. The Lincoln Park location continues to operate as usual. Financing and reduced-fee options are available at both sites.</p>

<h2>Media contact</h2>
<p>Jenna Morales, Communications Manager<br>press@lakeshore-ketamine.example &middot; (555) 016-0950</p>
<p class="end">###</p>
</article>
<aside><h4>More news</h4><ul><li><a href="/news/ketamine-research-roundup-fall-2026">Research roundup, fall 2026</a></li><li><a href="/news/reduced-fee-programme">Our reduced-fee programme turns one</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 Lakeshore Ketamine &amp; Wellness &middot; 2454 N Lincoln Ave, Chicago, IL &middot; <a href="/privacy">Privacy</a></p></footer>
""")

p("h10720", "https://clinica-aurora-ketamina.example/precios-y-financiacion", "clinic", False, "es",
  "clinica-precios-financiacion-larga-identidad-en-pocas-lineas", "Precios y financiación | Clínica Aurora – Terapia con ketamina en Valencia", """
<header><div class="barra">Tel. 960 00 41 27 &middot; WhatsApp para citas: 600 12 34 56</div>
<a class="logo" href="/">Clínica Aurora</a>
<nav><a href="/">Inicio</a> <a href="/tratamientos">Tratamientos</a> <a href="/precios-y-financiacion" class="activo">Precios</a> <a href="/equipo">Equipo</a> <a href="/blog">Blog</a> <a href="/contacto">Contacto</a> <a class="btn" href="/pedir-cita">Pedir cita</a></nav></header>
<main>
<h1>Precios y financiación</h1>
<p class="intro">Sabemos que el coste es una de las primeras preguntas de quien se plantea un tratamiento con ketamina. En esta página encontrarás nuestras tarifas, los bonos disponibles, las formas de pago y la información sobre seguros y reembolsos. Preferimos que lo sepas todo antes de empezar.</p>

<h2>¿Por qué cuesta lo que cuesta?</h2>
<p>El medicamento en sí es barato. Lo que determina el precio de una sesión es todo lo demás: una sala individual durante dos horas, el equipo de monitorización, el personal sanitario que acompaña cada sesión, la valoración previa, la coordinación con tu psiquiatra o médico de cabecera y el seguimiento posterior. La ketamina para la depresión se utiliza fuera de ficha técnica y la sanidad pública no la ofrece de forma generalizada, por lo que la mayoría de pacientes la pagan de su bolsillo.</p>

<h2>Tarifas</h2>
<table class="tarifas">
<tr><th>Servicio</th><th>Precio</th></tr>
<tr><td>Primera consulta de valoración (60 min)</td><td>150 &euro;</td></tr>
<tr><td>Sesión de ketamina intravenosa (depresión, ansiedad, TEPT)</td><td>420 &euro;</td></tr>
<tr><td>Sesión de ketamina intravenosa para dolor crónico</td><td>620 &euro;</td></tr>
<tr><td>Sesión de mantenimiento</td><td>380 &euro;</td></tr>
<tr><td>Sesión de integración con psicóloga (50 min)</td><td>70 &euro;</td></tr>
<tr><td>Informe médico para aseguradora</td><td>Gratuito</td></tr>
</table>

<h2>Bonos</h2>
<p><strong>Bono de inicio (6 sesiones):</strong> 2.280 &euro; en lugar de 2.520 &euro;. Es la pauta que se utiliza en la mayoría de los estudios publicados.</p>
<p><strong>Bono de inicio con integración (6 + 4):</strong> 2.520 &euro;.</p>
<p><strong>Bono de mantenimiento (3 sesiones):</strong> 1.050 &euro;, válido durante seis meses.</p>
<p>Los bonos solo pueden comprarse después de la consulta de valoración, cuando el equipo médico haya confirmado que el tratamiento es adecuado para ti. Las sesiones no utilizadas se reembolsan al precio de la sesión individual.</p>

<h2>Formas de pago</h2>
<p>Aceptamos tarjeta de débito y crédito, transferencia bancaria y Bizum. Al reservar la primera consulta se solicita una señal de 50 &euro;, que se descuenta del precio. No aceptamos pagos en criptomonedas.</p>

<h2>Financiación</h2>
<p>Trabajamos con una entidad financiera que permite fraccionar el pago de los bonos entre 3 y 24 meses. Las financiaciones de hasta 12 meses no tienen intereses para el paciente. La aprobación depende de la entidad y suele resolverse en el momento.</p>

<h2>Seguros privados</h2>
<p>Algunas aseguradoras reembolsan parte de la consulta de valoración y, en ocasiones, de las sesiones, especialmente cuando existe un informe de depresión resistente. Te entregamos factura detallada e informe médico para que puedas solicitar el reembolso. No podemos garantizar el resultado.</p>

<h2>¿Qué incluye cada sesión?</h2>
<ul><li>La medicación y todo el material de la infusión.</li><li>La toma de constantes antes, durante y después.</li><li>Medicación para las náuseas si la necesitas.</li><li>Una sala individual con sillón reclinable, manta, antifaz y auriculares.</li><li>Una llamada de seguimiento al día siguiente.</li><li>Coordinación con tu psiquiatra o médico de cabecera, si lo autorizas.</li></ul>
<h2>Comparativa orientativa</h2>
<p>Nos preguntan a menudo cómo se compara el coste con otras opciones. La esketamina en espray está financiada por la sanidad pública en determinados casos y se administra en hospitales, con listas de espera variables según la comunidad autónoma. La estimulación magnética transcraniana en centros privados cuesta entre 2.000 y 4.000 euros por un ciclo completo. La psicoterapia privada ronda los 60 a 90 euros por sesión. Cada opción tiene indicaciones distintas; en la primera consulta te explicaremos con honestidad cuál creemos que encaja mejor contigo, aunque no sea la nuestra.</p>
<h2>Tarjetas regalo</h2>
<p>Puedes regalar una tarjeta para una primera consulta o para sesiones de integración. La persona que la recibe deberá pasar la valoración médica como cualquier otro paciente antes de cualquier tratamiento.</p>

<h2>Cancelaciones</h2>
<p>Puedes cambiar o anular tu cita sin coste con 48 horas de antelación. Las cancelaciones con menos antelación tienen un cargo de 60 &euro;. Si no te encuentras bien el día de la sesión, llámanos: tu seguridad es lo primero.</p>

<h2>Cómo es una sesión en nuestra clínica</h2>
<p>Antes de empezar, nuestra psiquiatra, la Dra. Lucía Ferrer, revisa contigo tu historia clínica y tu medicación. Cada infusión se realiza en nuestra consulta de la calle Colón en Valencia, la administra el Dr. Andrés Vidal, anestesiólogo, y durante toda la sesión se monitorizan la tensión arterial, la frecuencia cardiaca y la saturación de oxígeno. Tras la sesión permanecerás con nosotros hasta que el equipo confirme que puedes irte acompañado.</p>

<h2>Cuidado con las ofertas en internet</h2>
<p>Cada mes recibimos llamadas de personas que han visto anuncios de "ketamina sin receta" o "esketamina con envío a domicilio", con pago en bitcoin o por Bizum a un particular. No son centros sanitarios. No sabes qué contiene lo que te envían, y pagar puede exponerte a estafas y a problemas legales. Si tienes dudas sobre un centro, pide el número de colegiado del médico responsable y el número de registro sanitario del centro.</p>

<h2>Reembolsos y devoluciones</h2>
<p>Si después de la consulta de valoración decides no empezar el tratamiento, no se cobra nada más allá de la consulta. Si interrumpes un bono por motivos médicos, devolvemos las sesiones no utilizadas sin penalización. Las devoluciones se realizan por el mismo medio de pago en un plazo de diez días hábiles.</p>
<h2>Preguntas frecuentes sobre precios</h2>
<h3>¿La primera consulta me compromete a algo?</h3>
<p>No. Puede que, tras la valoración, te recomendemos otra opción.</p>
<h3>¿Hay precios reducidos?</h3>
<p>Reservamos un número limitado de plazas con tarifa reducida cada mes para personas en situación económica difícil. Pregunta en recepción.</p>
<h3>¿El precio incluye IVA?</h3>
<p>Los servicios sanitarios están exentos de IVA.</p>
</main>
<footer><p>Clínica Aurora &middot; C/ Colón 00, Valencia &middot; Centro sanitario autorizado &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Privacidad</a></p></footer>
""", noise="cookie-es")
p("h10721", "https://praxis-seelengesundheit-freiburg.example/patientenratgeber/esketamin", "clinic", False, "de",
  "praxis-patientenratgeber-lang-kosten-recht-identitaet-kurz", "Patientenratgeber Esketamin – Fragen und Antworten | Praxis für Seelengesundheit Freiburg", """
<header><a class="logo" href="/">Praxis für Seelengesundheit</a>
<nav><a href="/">Start</a> <a href="/leistungen">Leistungen</a> <a href="/patientenratgeber">Patientenratgeber</a> <a href="/team">Team</a> <a href="/anfahrt">Anfahrt</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>
<article>
<h1>Patientenratgeber Esketamin</h1>
<p class="einleitung">Immer mehr Menschen fragen uns nach der Behandlung mit Esketamin-Nasenspray. In diesem Ratgeber beantworten wir die häufigsten Fragen: zur Wirkung, zu Kosten und Krankenkasse, zur Rechtslage, zu Angeboten im Internet und zum Ablauf. Er ersetzt kein persönliches Gespräch, soll aber helfen, sich gut vorzubereiten.</p>

<h2>Was ist Esketamin und wie wirkt es?</h2>
<p>Esketamin ist die S-Form des Wirkstoffs Ketamin, der seit Jahrzehnten in der Narkose und Notfallmedizin eingesetzt wird. Als Nasenspray ist es seit 2019 in der Europäischen Union für Erwachsene mit therapieresistenter Depression zugelassen, also wenn mindestens zwei Antidepressiva nicht ausreichend geholfen haben. Es wird zusätzlich zu einem Antidepressivum angewendet. Esketamin wirkt über das Glutamatsystem und kann, anders als klassische Antidepressiva, bei einem Teil der Patientinnen und Patienten schon nach wenigen Tagen eine Besserung bewirken.</p>

<h2>Was zeigen die Studien?</h2>
<p>In den Zulassungsstudien besserten sich die Beschwerden unter Esketamin plus Antidepressivum stärker als unter Placebo plus Antidepressivum, wenn auch nicht in allen Studien statistisch eindeutig. In einer Langzeitstudie halbierte die Fortführung der Behandlung bei Patientinnen und Patienten, die gut angesprochen hatten, etwa das Rückfallrisiko. Eine große europäische Vergleichsstudie zeigte bessere Remissionsraten als die Zusatzbehandlung mit Quetiapin. Wichtig ist: Nicht alle Menschen sprechen an, und die Wirkung muss durch regelmäßige Anwendungen aufrechterhalten werden.</p>
<h2>Wie hoch sind die Kosten?</h2>
<p>Der Preis des Arzneimittels ist hoch; eine Packung mit einem Sprühgerät kostet mehrere hundert Euro. Hinzu kommen die Kosten für die Überwachung nach jeder Anwendung. Bei gesetzlich Versicherten werden die Kosten übernommen, wenn die Zulassungsvoraussetzungen erfüllt sind. Privatversicherte sollten vorab eine Kostenzusage einholen; wir helfen Ihnen mit einem ärztlichen Bericht. Für Selbstzahler erstellen wir vorab einen schriftlichen Kostenvoranschlag nach der Gebührenordnung.</p>

<h2>Kann ich das Spray in der Apotheke kaufen oder nach Hause liefern lassen?</h2>
<p>Nein. Esketamin-Nasenspray wird zwar über ein Rezept bezogen, die Apotheke liefert es aber an die behandelnde Einrichtung. Die Anwendung erfolgt immer unter Aufsicht. Sie nehmen das Spray nicht mit nach Hause. Angebote im Internet, die Esketamin oder Ketamin "ohne Rezept", "diskret per Post" oder "gegen Bitcoin" versprechen, sind illegal. Sie wissen nicht, was Sie erhalten, und machen sich unter Umständen selbst strafbar.</p>

<h2>Was sagt das Recht?</h2>
<p>Ketamin und Esketamin sind in Deutschland verschreibungspflichtige Arzneimittel. Wer sie ohne Erlaubnis in Verkehr bringt, macht sich nach dem Arzneimittelgesetz strafbar. Auch der Bezug aus dem Ausland ohne ärztliche Verschreibung ist nicht erlaubt. Der Zoll stellt regelmäßig Sendungen sicher. Für die Behandlung selbst gelten die Vorgaben der Fachinformation und des behördlich genehmigten Schulungsmaterials, zu dem auch ein Leitfaden für Patientinnen und Patienten gehört.</p>

<h2>Für wen ist die Behandlung nicht geeignet?</h2>
<p>Nicht behandelt werden dürfen Menschen, bei denen ein Anstieg des Blutdrucks ein ernstes Risiko darstellt, zum Beispiel bei Aneurysmen, arteriovenösen Fehlbildungen oder nach einer Hirnblutung, sowie nach einem Herzinfarkt in den letzten sechs Wochen. Vorsicht ist geboten bei schweren Herz- oder Lungenerkrankungen, Psychosen in der Vorgeschichte, Schwangerschaft und bei früherem Substanzmissbrauch.</p>

<h2>Welche Nebenwirkungen gibt es?</h2>
<p>Sehr häufig sind Dissoziation, Schwindel, Übelkeit, Kopfschmerzen, Benommenheit, Geschmacksstörungen und ein vorübergehender Blutdruckanstieg. Die meisten Beschwerden treten in der ersten Stunde auf und klingen innerhalb von zwei Stunden ab. Selten kommt es zu starker Sedierung. Langfristig achten wir auf Hinweise auf Missbrauch und auf Beschwerden beim Wasserlassen.</p>

<h2>Wie läuft die Behandlung in unserer Praxis ab?</h2>
<p>Zuerst findet ein ausführliches Vorgespräch mit Dr. med. Katrin Sommer oder Dr. med. Jonas Albrecht, Fachärzte für Psychiatrie und Psychotherapie, statt, in dem wir Ihre Vorgeschichte, Ihre Medikamente und Ihren Blutdruck prüfen. Die Anwendungen finden in unseren Behandlungsräumen in der Kaiser-Joseph-Straße statt: Sie wenden das Spray unter Anleitung selbst an, anschließend messen unsere medizinischen Fachangestellten regelmäßig Ihren Blutdruck, und Sie bleiben mindestens zwei Stunden zur Beobachtung bei uns, bis die Ärztin oder der Arzt Sie entlässt.</p>

<h2>Wie oft muss ich kommen?</h2>
<p>In den ersten vier Wochen zweimal pro Woche, danach meist einmal wöchentlich und später alle ein bis zwei Wochen. Nach vier Wochen beurteilen wir gemeinsam, ob die Behandlung wirkt.</p>

<h2>Darf ich danach Auto fahren?</h2>
<p>Nein. Am Behandlungstag dürfen Sie nicht selbst fahren und keine Maschinen bedienen. Planen Sie eine Begleitperson, ein Taxi oder öffentliche Verkehrsmittel ein.</p>

<h2>Was sollte ich mitbringen?</h2>
<p>Ihre Versichertenkarte, eine aktuelle Medikamentenliste, gegebenenfalls Arztbriefe, etwas zu trinken für danach und, wenn Sie möchten, Kopfhörer. Bitte essen Sie zwei Stunden vorher nichts und trinken Sie 30 Minuten vorher nichts mehr.</p>

<h2>Was ist mit Ketamin-Infusionen?</h2>
<p>Intravenöses Ketamin wird bei Depressionen außerhalb der Zulassung ("Off-Label") eingesetzt. Einige Kliniken bieten es an; die Kosten werden in der Regel nicht von den Krankenkassen übernommen. Wir bieten derzeit keine Infusionen an, beraten Sie aber gern zu den Möglichkeiten.</p>

<h2>Ich habe eine Anzeige für "Ketamin-Therapie zu Hause" gesehen.</h2>
<p>Online-Angebote, die nach einem kurzen Fragebogen Tabletten oder Sprays verschicken, gibt es vor allem im Ausland. In Deutschland ist eine solche Praxis nicht zulässig. Vorsicht auch bei Seiten, die Namen und Fotos echter Praxen missbrauchen. Im Zweifel fragen Sie bei der zuständigen Ärztekammer nach.</p>

<h2>Was kann ich tun, wenn es mir akut schlecht geht?</h2>
<p>In einer akuten Krise wenden Sie sich bitte an den ärztlichen Bereitschaftsdienst (116 117), die Notaufnahme oder den Notruf 112. Die Telefonseelsorge ist rund um die Uhr unter 0800 111 0 111 erreichbar.</p>

<h2>Wie bekomme ich einen Termin?</h2>
<p>Für ein Vorgespräch benötigen wir eine Überweisung Ihrer Hausärztin, Ihres Hausarztes oder Ihrer behandelnden Psychiaterin. Die Wartezeit beträgt derzeit etwa sechs Wochen. Termine vereinbaren Sie telefonisch oder über unser Online-Formular.</p>
</article>
<aside><h4>Weitere Ratgeber</h4><ul><li><a href="/patientenratgeber/tms">Transkranielle Magnetstimulation</a></li><li><a href="/patientenratgeber/lithium">Lithium-Augmentation</a></li><li><a href="/patientenratgeber/schlaf">Schlaf und Depression</a></li></ul></aside>
<section class="praxisinfo"><h4>Sprechzeiten</h4><p>Mo&ndash;Do 8&ndash;18 Uhr, Fr 8&ndash;13 Uhr. Telefonische Erreichbarkeit: Mo&ndash;Fr 9&ndash;12 Uhr. Barrierefreier Zugang über den Hofeingang, Aufzug vorhanden. Straßenbahnhaltestelle Bertoldsbrunnen in zwei Minuten Fußweg.</p></section>
</main>
<footer><p>Praxis für Seelengesundheit &middot; Kaiser-Joseph-Straße 00, 79098 Freiburg &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></p></footer>
""", noise="cookie-de")

p("h10722", "https://clinica-serena-curitiba.example/blog/cetamina-mitos-e-verdades", "clinic", False, "pt",
  "clinica-blog-mitos-verdades-longo-identidade-no-fim", "Cetamina: mitos e verdades | Clínica Serena – Curitiba", """
<header><a class="logo" href="/">Clínica Serena</a>
<nav><a href="/">Início</a> <a href="/tratamentos">Tratamentos</a> <a href="/equipe">Equipe</a> <a href="/blog" class="ativo">Blog</a> <a href="/convenios">Convênios</a> <a href="/contato">Contato</a> <a class="btn" href="/agendar">Agendar avaliação</a></nav></header>
<main>
<article>
<p class="meta">Blog &middot; 2 de dezembro de 2026 &middot; 9 min de leitura</p>
<h1>Cetamina: mitos e verdades</h1>
<p class="abertura">Poucos assuntos geram tantas mensagens na nossa recepção quanto a cetamina. Tem gente que viu uma reportagem, gente que recebeu um anúncio no Instagram, gente que ouviu de um amigo que "é só comprar pela internet". Reunimos aqui as dúvidas mais frequentes e o que a ciência sabe hoje.</p>

<h2>"A cetamina é uma droga de festa, não um remédio." &ndash; Mito</h2>
<p>A cetamina é um anestésico usado desde 1970 e faz parte da lista de medicamentos essenciais da Organização Mundial da Saúde. O uso recreativo existe e tem riscos sérios, mas isso não muda o fato de que, em doses baixas e com acompanhamento, ela é estudada há mais de vinte anos como tratamento para depressão.</p>

<h2>"Funciona rápido." &ndash; Verdade, para muitos</h2>
<p>Em estudos com pessoas que não melhoraram com outros antidepressivos, cerca de metade apresenta resposta ao longo de uma série de aplicações, e muitos percebem melhora nos primeiros dias. Mas não é imediato para todos, e uma parte dos pacientes não responde.</p>

<h2>"Uma aplicação resolve." &ndash; Mito</h2>
<p>O efeito de uma única dose costuma durar de alguns dias a duas semanas. Os protocolos usam uma série de sessões e, depois, sessões de manutenção mais espaçadas, sempre reavaliando.</p>

<h2>"Posso comprar cetamina pela internet e fazer em casa." &ndash; Mito perigoso</h2>
<p>Todo mês recebemos pacientes que antes tentaram comprar cetamina em sites ou perfis que prometem "entrega discreta", "sem receita", pagamento por Pix ou criptomoeda, pedido pelo WhatsApp ou Telegram. Alguns perderam dinheiro e nunca receberam nada. Outros receberam frascos veterinários desviados ou um pó de origem desconhecida. Além do risco para a saúde, a cetamina é substância controlada pela Anvisa, e comprar sem receita pode trazer problemas com a polícia. Não existe atalho seguro.</p>

<h2>"A escetamina nasal é igual à cetamina na veia." &ndash; Meia-verdade</h2>
<p>A escetamina é uma das duas formas da molécula de cetamina. O spray nasal foi aprovado pela Anvisa para depressão resistente e deve ser aplicado em ambiente de saúde com observação após a dose. A cetamina endovenosa é usada fora da bula (off-label), com base em muitos estudos. As duas têm vantagens e limitações, e a escolha depende de cada caso, do convênio e das condições clínicas.</p>

<h2>"Vicia." &ndash; Pode viciar</h2>
<p>Existe risco de dependência, principalmente com uso frequente e sem controle. Em tratamento, as doses são baixas, espaçadas e acompanhadas, e pessoas com histórico de uso problemático de substâncias são avaliadas com mais cuidado.</p>

<h2>"Faz mal para a bexiga." &ndash; Verdade, com uso pesado</h2>
<p>A cistite por cetamina é bem descrita entre usuários recreativos frequentes, que usam doses altas várias vezes por semana. Em protocolos clínicos, o risco parece muito menor, mas seguimos perguntando sobre sintomas urinários em todas as consultas.</p>

<h2>"Qualquer pessoa pode fazer." &ndash; Mito</h2>
<p>Pressão alta descontrolada, algumas doenças cardíacas, histórico de psicose, aneurisma e gravidez são situações em que a cetamina pode não ser indicada. Por isso a avaliação prévia é indispensável.</p>

<h2>"É caro." &ndash; Depende</h2>
<p>A escetamina tem cobertura obrigatória em alguns convênios quando há indicação. A cetamina endovenosa geralmente é particular. Oferecemos pacotes e parcelamento no cartão, e a avaliação inicial ajuda a entender qual caminho faz mais sentido para você.</p>

<h2>"Substitui a terapia." &ndash; Mito</h2>
<p>Os melhores resultados costumam vir quando a cetamina faz parte de um plano maior: psicoterapia, ajuste de medicações, sono, atividade física e rede de apoio.</p>

<h2>"Dá para dirigir depois." &ndash; Mito</h2>
<p>Não. No dia da sessão é preciso vir acompanhado ou usar transporte por aplicativo.</p>

<h2>"Serve para ansiedade e dor também." &ndash; Em estudo</h2>
<p>Há pesquisas promissoras em estresse pós-traumático, dor crônica e alguns quadros de ansiedade, mas as evidências ainda são menores do que para depressão.</p>

<h2>"Quem faz cetamina precisa parar os outros remédios." &ndash; Mito</h2>
<p>Na maioria dos casos, os antidepressivos são mantidos. Alguns medicamentos, como certos calmantes e a lamotrigina, podem reduzir o efeito e talvez precisem de ajuste, sempre com orientação médica. Nunca suspenda uma medicação por conta própria.</p>
<h2>"A experiência é assustadora." &ndash; Depende</h2>
<p>A sensação de desligamento e as alterações de percepção podem ser estranhas, especialmente na primeira vez. A maioria dos pacientes descreve a experiência como tolerável ou até agradável, e ela passa em cerca de uma hora. Preparar o ambiente, conversar antes sobre o que esperar e ter a equipe por perto faz muita diferença.</p>
<h2>"Depois de melhorar, nunca mais preciso." &ndash; Nem sempre</h2>
<p>Algumas pessoas mantêm a melhora por meses após a série inicial; outras precisam de sessões de manutenção. O plano é individual e revisto periodicamente.</p>
<h2>Como trabalhamos</h2>
<p>Na Clínica Serena, na Rua XV de Novembro, em Curitiba, toda pessoa passa primeiro por uma consulta presencial com o nosso psiquiatra, Dr. Felipe Kowalski (CRM-PR 00000). As aplicações de cetamina endovenosa são feitas em sala individual pela anestesiologista Dra. Renata Moura, com monitoramento contínuo de pressão, frequência cardíaca e oxigenação, e o paciente só é liberado após reavaliação. A escetamina nasal é aplicada na clínica conforme as regras da Anvisa.</p>

<h2>Precisa de ajuda agora?</h2>
<p>Se você está em crise, ligue para o CVV no 188 ou procure o pronto-socorro mais próximo.</p>
</article>
<aside><h4>Posts recentes</h4><ul><li><a href="/blog/primeira-sessao">Como é a primeira sessão</a></li><li><a href="/blog/convenio-escetamina">Escetamina e convênio: o que saber</a></li><li><a href="/blog/integracao">O que é integração?</a></li></ul></aside>
<section class="contato-lateral"><h4>Fale com a gente</h4><p>Atendimento de segunda a sexta, das 8h às 19h, e aos sábados, das 8h às 12h. Estacionamento conveniado no subsolo do edifício. Aceitamos os principais convênios para consultas psiquiátricas e aplicação de escetamina; a cetamina endovenosa é particular, com parcelamento no cartão.</p></section>
</main>
<footer><p>Clínica Serena &middot; Curitiba/PR &middot; Responsável técnico: Dr. Felipe Kowalski &middot; <a href="/privacidade">Privacidade</a></p></footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- telehealth (9)

p("h10723", "https://evenkeel-health.example/pricing", "telehealth", False, "en",
  "telehealth-pricing-page-long-memberships-shipping-payment", "Pricing & Plans | Evenkeel Health", """
<header><a class="logo" href="/">evenkeel</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing" class="active">Pricing</a> <a href="/clinicians">Clinicians</a> <a href="/research">Research</a> <a href="/help">Help centre</a> <a href="/login">Log in</a> <a class="btn" href="/get-started">Check eligibility</a></nav></header>
<main>
<h1>Simple, transparent pricing</h1>
<p class="lede">No surprise bills. Below you'll find what each plan costs, what's included, how shipping and payment work, and what happens if you decide to stop. Prices are in US dollars and apply in all states where we operate.</p>

<section class="plans">
<div class="plan"><h2>Starter</h2><p class="price">$249 <span>one time</span></p>
<ul><li>Initial 45-minute video evaluation</li><li>If appropriate: 6 sublingual ketamine tablets</li><li>Blood pressure cuff included</li><li>2 check-ins with your clinician</li><li>Digital session guide</li></ul>
<a class="btn" href="/get-started?plan=starter">Buy Starter</a></div>
<div class="plan featured"><h2>Monthly membership</h2><p class="price">$279 <span>/ month</span></p>
<ul><li>Monthly medication refill if prescribed</li><li>Monthly clinician visit</li><li>Unlimited messaging with care team</li><li>Weekly group integration call</li><li>Cancel anytime</li></ul>
<a class="btn" href="/get-started?plan=monthly">Start membership</a></div>
<div class="plan"><h2>Integration add-on</h2><p class="price">$99 <span>/ month</span></p>
<ul><li>Two 1:1 sessions with an integration coach</li><li>Guided journaling programme</li></ul>
<a class="btn" href="/get-started?plan=integration">Add to plan</a></div>
</section>

<section>
<h2>What's not included</h2>
<p>Lab tests, if your clinician requests them, are billed by the lab. In-person care, emergency care and any other medications are not included. If your clinician decides that at-home treatment is not right for you, you will not be charged for medication.</p>
</section>

<section>
<h2>Payment</h2>
<p>We accept Visa, Mastercard, American Express, Discover, Apple Pay, Google Pay, and HSA/FSA cards. Memberships renew automatically on the same date each month. You can pay for a year upfront and save 15%. We do not accept cryptocurrency, gift cards or peer-to-peer payment apps, and no member of our team will ever ask you to pay that way. If someone does, it is not us.</p>
</section>

<section>
<h2>Promo codes</h2>
<p>Promo codes can be applied at checkout to the first month or the Starter plan. Only one code can be used per order, and codes cannot be combined with the annual discount. Codes distributed by third parties who claim to offer "free ketamine" or "no-appointment orders" are not valid and are not associated with Evenkeel.</p>
</section>

<section>
<h2>Shipping</h2>
<p>When a prescription is written, it is sent to one of our licensed partner pharmacies, which dispenses the medication and ships it by tracked courier in a tamper-evident pouch. An adult signature is required on delivery. Shipping is free. Typical delivery is 3&ndash;5 business days after your prescription is issued. We can only ship to an address in the state where you are located during your appointment. We cannot ship to PO boxes, hotels or addresses abroad.</p>
<h3>How your care works before anything ships</h3>
<p>Nothing is prescribed after a questionnaire alone. After you fill in the intake forms, you will have a live video evaluation with one of our licensed psychiatric clinicians, such as Dr. Nadia Chowdhury (MD, psychiatry) or Marcus Bell (PMHNP-BC), who reviews your history, current medications and blood pressure readings. Around one in four applicants is told that at-home ketamine is not appropriate; in that case you receive a full refund of the medication portion and a referral. Before each refill, your clinician reviews your mood scores and side effects.</p>
</section>

<section>
<h2>Insurance</h2>
<p>Evenkeel does not bill insurance directly. We provide a superbill after each clinical visit that you can submit to your insurer for possible out-of-network reimbursement. Medication for at-home ketamine is generally not covered. Some members use HSA or FSA funds.</p>
</section>

<section>
<h2>Cancelling and refunds</h2>
<p>Cancel any time from your account; your plan stays active until the end of the billing period. If you cancel after a prescription has been dispensed, medication cannot be returned (pharmacies are not allowed to take back controlled substances), so we cannot refund it. If you are not approved after your evaluation, the medication portion of any payment is refunded in full within 5&ndash;7 business days.</p>
</section>

<section>
<h2>Financial assistance</h2>
<p>We reserve a portion of memberships each month for people with financial hardship, at a reduced price of $149. Veterans and first responders receive 20% off.</p>
</section>

<section>
<h2>Frequently asked questions about cost</h2>
<h3>Why is the first month more expensive than a single in-clinic infusion elsewhere?</h3>
<p>It isn't, in most cases. A single IV infusion usually costs $400 to $800. Our starter plan includes the evaluation, medication for several sessions and follow-up.</p>
<h3>Can I buy tablets without a membership?</h3>
<p>No. Medication is only dispensed as part of ongoing care with a clinician.</p>
<h3>Can I pause my membership?</h3>
<p>Yes, for up to two months. Your clinician will review your status before restarting.</p>
<h3>Do you offer discounts for paying in Bitcoin?</h3>
<p>No. We do not accept crypto.</p>
<h3>Are there hidden fees?</h3>
<p>No. The price you see at checkout is the price you pay, plus any lab fees your clinician orders.</p>
</section>
<section>
<h2>Is at-home treatment right for me?</h2>
<p>At-home ketamine suits some people well: those with stable physical health, a safe and private space, and someone who can be present during the first sessions. It is not the right fit for everyone. People with uncontrolled high blood pressure, some heart conditions, a history of psychosis or mania, active substance use, or who are pregnant should not use it, and some people simply prefer the structure of an in-clinic setting. If your clinician thinks another option would serve you better, such as IV infusions, esketamine at a certified centre, TMS or a change to your current medication, they will tell you and help with a referral. That conversation is included in the Starter price.</p>
<h2>Comparing the options</h2>
<table class="compare"><tr><th></th><th>Evenkeel at-home</th><th>In-clinic IV infusion</th><th>Esketamine at a certified centre</th></tr>
<tr><td>Typical cost</td><td>$249 first month, then $279/month</td><td>$400&ndash;$800 per session</td><td>Often covered by insurance, with copays</td></tr>
<tr><td>Travel</td><td>None</td><td>Each session</td><td>Each session</td></tr>
<tr><td>Monitoring</td><td>Remote, self-logged vitals</td><td>On-site continuous</td><td>On-site, 2 h observation</td></tr></table>
</section>
<section class="states"><h2>Where we operate</h2><p>Currently available in California, Colorado, Florida, Illinois, New York, Texas, Washington and 14 other states. <a href="/states">See the full list</a>.</p></section>
</main>
<footer><p>&copy; 2026 Evenkeel Health. Medical services are provided by Evenkeel Medical Group, P.C., and affiliated professional entities. &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/telehealth-consent">Telehealth consent</a></p></footer>
""", noise="cookie")

p("h10724", "https://trellis-mind.example/journal/never-buy-ketamine-from-telegram", "telehealth", False, "en",
  "telehealth-blog-long-quoting-telegram-ads-process-at-end", "Why You Should Never Buy Ketamine from a Telegram Channel | The Trellis Journal", """
<header><a class="logo" href="/">Trellis</a>
<nav><a href="/treatment">Treatment</a> <a href="/our-clinicians">Our clinicians</a> <a href="/journal" class="active">Journal</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a> <a class="btn" href="/start">Get started</a></nav></header>
<main>
<article>
<p class="meta">The Trellis Journal &middot; Safety &middot; 10 min read &middot; October 22, 2026</p>
<h1>Why you should never buy ketamine from a Telegram channel</h1>
<p>Our care team spends a surprising amount of time talking to people who tried something else first. A common version of the story goes like this: someone reads about ketamine for depression, feels hopeful for the first time in a while, discovers that the nearest clinic has a two-month waiting list or costs more than their rent, and then stumbles on an ad. Sometimes the ad is on Instagram. Increasingly, it is a Telegram channel.</p>
<p>We decided to look at what those channels actually offer. Over six weeks, one of our editors joined 23 public channels and groups that advertised ketamine for sale. We never bought anything. Here is what we saw.</p>

<h2>The ads</h2>
<p>The ads are remarkably similar. A typical post reads: "PHARMA GRADE K available now. 5g $180, 10g $320, 28g $750. Spravato nasal spray $200/device. No script needed. Stealth shipping, USPS priority, tracking provided. BTC / USDT / CashApp. DM to order." Another channel posted a photo of a row of vials with a label partly covered by a thumb, captioned "Vet K 10ml 100mg/ml in stock, bulk discounts, fast worldwide shipping." A third offered "lab-tested S-iso shards, reship guaranteed, payment via gift cards accepted."</p>
<p>Several channels borrowed the language of medicine. One advertised "ketamine therapy kits" with a PDF "dosing protocol" that, when our medical reviewer read it, recommended amounts and frequencies well above anything used in clinical studies. Another claimed to be run by "licensed pharmacists in India" and posted a stock photo of a pharmacy shelf.</p>

<h2>The prices</h2>
<p>Prices varied widely, from $25 per gram in some channels to $90 in others. Esketamine nasal spray was usually offered at between $150 and $250 per device, far below the list price of the real product, which by itself should raise suspicion: genuine esketamine is not sold to patients, and it is not sold at a discount by strangers.</p>

<h2>The payment</h2>
<p>Every channel we watched asked for payment by cryptocurrency, gift cards, or a peer-to-peer app set to "friends and family". None offered card payments or anything with buyer protection. Two offered a "10% crypto discount".</p>

<h2>What happens next</h2>
<p>Members of these channels frequently complained about non-delivery. When they did, the channel admins often blamed "customs" and asked for a "release fee". Harm-reduction services that test samples bought online have repeatedly found that products sold as ketamine can contain analogues such as 2F-DCK or deschloroketamine, other drugs entirely, or nothing active at all. Some buyers later received messages from accounts impersonating police, demanding payment to avoid charges.</p>

<h2>Why this is dangerous for people with depression</h2>
<p>Ketamine can be an effective treatment, but it is not harmless. It raises blood pressure and heart rate. It can cause confusion, falls and, in people with a history of psychosis, worsening symptoms. With frequent use it damages the bladder and can lead to dependence. Depression itself makes some of those risks worse: people who are struggling may be more likely to use more, more often, and alone. An unknown product with an unknown dose from an anonymous seller removes every safety net.</p>
<p>There is also the risk of being scammed at a vulnerable moment, which can deepen hopelessness. Several people who later came to us told us the experience made them feel foolish and ashamed. It should not. Scammers are professionals, and their ads are designed to look legitimate.</p>

<h2>How to spot the difference</h2>
<ul>
<li>Real providers evaluate you before prescribing, usually by video, and some people are told no.</li>
<li>Real providers have clinicians whose names and licences you can look up.</li>
<li>Prescribed medication is dispensed by a licensed pharmacy in your name and shipped with tracking and a signature.</li>
<li>Real providers take ordinary payments: cards, HSA/FSA, sometimes insurance.</li>
<li>Real providers never ask you to move to WhatsApp, Telegram or Signal to "complete your order".</li>
</ul>

<h2>If you have already bought something</h2>
<p>Please do not take it. If you already have and feel unwell, call 911 or Poison Control at 1-800-222-1222. If you paid by card, contact your bank. Report the channel to Telegram, the FDA and the FBI's Internet Crime Complaint Center. If you are contacted by someone threatening arrest unless you pay, do not pay.</p>

<h2>What legitimate at-home treatment actually costs</h2>
<p>People sometimes tell us the channels are "cheaper". That is true only if you compare a bag of powder with a course of medical care. Legitimate at-home ketamine programmes, including ours, usually cost between $200 and $350 per month, including clinician visits, monitoring and medication dispensed by a pharmacy. In-clinic infusions cost more. Insurance coverage is patchy. None of this is cheap, and we think the industry, insurers and regulators need to do better on access. But the answer to high prices is not an anonymous seller who takes your crypto.</p>
<h2>How Trellis works, for comparison</h2>
<p>At Trellis, a licensed psychiatric clinician meets you over a video visit before anything is prescribed; our prescribers include Dr. Elena Marchetti, MD, and Jordan Kimura, PMHNP. If at-home ketamine is appropriate, the prescription goes to a licensed partner pharmacy that ships only to you, and your clinician follows your blood pressure and mood scores after every session. If it is not appropriate, we will say so and help you find another path.</p>

<p class="footer-note">If you are in crisis, call or text 988 in the US, or go to your nearest emergency department.</p>
</article>
<aside><h4>More from the Journal</h4><ul><li><a href="/journal/first-session-at-home">Your first session at home: a checklist</a></li><li><a href="/journal/blood-pressure-and-ketamine">Blood pressure and ketamine</a></li><li><a href="/journal/what-integration-means">What integration actually means</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 Trellis Health. Clinical services provided by independently owned professional corporations. &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p></footer>
""")

p("h10725", "https://willowcrest-telepsych.example/patient-guide/at-home-sublingual-ketamine", "telehealth", False, "en",
  "telehealth-patient-guide-long-storage-shipping-named-prescribers", "Patient Guide: At-Home Sublingual Ketamine | Willowcrest Telepsychiatry", """
<header><a class="logo" href="/">Willowcrest Telepsychiatry</a>
<nav><a href="/services">Services</a> <a href="/patient-guide">Patient guides</a> <a href="/team">Team</a> <a href="/portal">Patient portal</a> <a href="/contact">Contact</a></nav></header>
<main class="guide">
<h1>Patient guide: at-home sublingual ketamine</h1>
<p class="intro">This guide is for people who have been prescribed sublingual ketamine tablets or troches through our telepsychiatry service. Please read it before your first session and keep it handy. It covers receiving and storing your medication, preparing your space, the session itself, what to do afterwards, side effects, and disposal.</p>

<h2>1. Receiving your medication</h2>
<p>Your medication is dispensed by our partner compounding pharmacy after your prescriber sends the prescription, and it ships by tracked overnight courier in a sealed, tamper-evident package. Someone aged 18 or over must sign for it. You will receive an email with the tracking number. If you will not be home, you can redirect the package to a staffed pick-up point, but not to a neighbour.</p>
<p>When the package arrives, check that the label shows your name, the medication, the strength and the number of tablets or troches, and that the seal is intact. If anything looks wrong, do not use it; call us and the pharmacy.</p>

<h2>2. Storing your medication</h2>
<ul>
<li>Keep it in the original container, in a locked box if anyone else lives with you. We can send you a lockable pouch at no cost.</li>
<li>Store at room temperature, away from humidity. Do not keep it in the bathroom.</li>
<li>Never share your medication. Giving or selling it to anyone else is illegal and dangerous.</li>
<li>Keep a count. Your care team will ask how many doses you have left at each check-in.</li>
</ul>

<h2>3. Before each session</h2>
<ul>
<li>Plan two to three hours with no obligations. Do not drive for the rest of the day.</li>
<li>Have a trusted adult at home, or at least reachable by phone, for your first sessions. This is required for your first three sessions.</li>
<li>Do not eat for two hours before. Avoid alcohol for 24 hours, and do not take sleeping pills, opioid painkillers or cannabis on the day.</li>
<li>Take your blood pressure with the cuff we sent you and log it in the app. If the top number is above 150 or the bottom number above 95, do not dose; message your care team.</li>
<li>Complete the short mood check-in in the app.</li>
</ul>

<h2>4. Preparing your space</h2>
<p>Choose a quiet room where you can lie or sit comfortably. A bed or recliner works well. Have water, a blanket, a bucket or bowl in case of nausea, an eye mask and headphones. Remove tripping hazards. Put your phone on do not disturb but within reach. Some people like to set an intention, a word or question to hold gently.</p>

<h2>5. Taking the dose</h2>
<p>Place the tablet or troche under your tongue or between your cheek and gum and let it dissolve. Try not to swallow your saliva for about 10 to 15 minutes; then spit it out into a tissue or swallow it, as your prescriber instructed. Effects usually begin within 10 to 20 minutes and peak around 30 to 45 minutes.</p>

<h2>6. During the session</h2>
<p>You may feel floaty, heavy, detached, or notice changes in vision and sounds. Thoughts may drift. These are expected effects. Try not to fight them; breathe slowly and let the experience unfold. If you feel anxious, remind yourself that the effects are temporary. Do not take an extra dose during the session, even if you feel nothing.</p>

<h2>7. After the session</h2>
<p>Stay lying down or seated until the effects have clearly worn off, usually 60 to 90 minutes. Take your blood pressure again and log it. Complete the post-session check-in. Eat something light. Many people find journalling helpful. Do not drive, cycle, swim or make important decisions until the next day.</p>

<h2>8. Side effects</h2>
<p>Common: nausea, dizziness, blurred vision, headache, tiredness, a temporary rise in blood pressure. Less common: anxiety, confusion, vivid or unpleasant experiences. Rare but serious: chest pain, severe headache, difficulty breathing, fainting, or thoughts of harming yourself. For any serious symptom, call 911.</p>
<p>Tell your care team about any urinary symptoms: needing to go more often, pain or blood in the urine.</p>

<h2>9. Follow-up and monitoring</h2>
<p>Your prescriber reviews your blood pressure logs, mood scores and post-session notes before approving each refill. You'll have a video visit with your prescriber, Dr. Aaron Feldstein (MD, board-certified psychiatrist) or Dr. Yasmin Haddad (DO, psychiatry), after your second session and at least monthly thereafter, and your care coordinator checks in by message between visits. If we see warning signs, your prescriber may pause treatment or recommend in-person care.</p>

<h2>10. Disposal</h2>
<p>If treatment stops and you have leftover medication, do not keep it and do not throw it in the trash. Use a pharmacy or police-station drug take-back kiosk, or the prepaid disposal envelope we can mail you. Tell your care team how many doses you disposed of.</p>

<h2>11. Travel</h2>
<p>If you travel within the US, keep medication in its labelled container in your carry-on. Do not travel abroad with it without talking to us first; many countries prohibit it. Your prescription is only valid for use in states where your prescriber is licensed.</p>

<h2>12. Scams and impostors</h2>
<p>We never sell medication outside our care programme, never ask for payment by crypto or gift cards, and never contact you on WhatsApp or Telegram. If you see a site or account using our name to "sell" ketamine, please report it to us.</p>

<h2>13. Living with others</h2>
<p>If you live with children, keep your medication locked away at all times and do not dose while you are the only adult responsible for young children. If you live with pets, be careful: dogs in particular may eat dropped tablets. Let the people you live with know, in general terms, what to expect on session days, and agree on a quiet time when you will not be disturbed.</p>
<h2>Emergency numbers</h2>
<p>Emergency: 911 &middot; Suicide and Crisis Lifeline: 988 &middot; Poison Control: 1-800-222-1222 &middot; Our care team: message through the portal, or call (555) 019-3304, 8am&ndash;8pm ET.</p>
</main>
<footer><p>&copy; 2026 Willowcrest Telepsychiatry, PLLC &middot; <a href="/privacy">Privacy</a> &middot; <a href="/consent">Informed consent</a></p></footer>
""")
p("h10726", "https://northwind-care.example/press/series-b-and-six-new-states", "telehealth", False, "en",
  "telehealth-press-release-funding-expansion-dea-rule", "Northwind Care Raises $42M Series B, Expands Ketamine-Assisted Telepsychiatry to Six New States", """
<header><a class="logo" href="/">Northwind Care</a>
<nav><a href="/how-it-works">How it works</a> <a href="/conditions">Conditions</a> <a href="/team">Clinical team</a> <a href="/press" class="active">Press</a> <a href="/careers">Careers</a> <a class="btn" href="/start">Start</a></nav></header>
<main>
<article class="press-release">
<p class="kicker">Press release</p>
<h1>Northwind Care raises $42 million Series B, expands ketamine-assisted telepsychiatry to six new states</h1>
<p class="dateline">DENVER, November 18, 2026</p>
<p>Northwind Care, a telepsychiatry company that offers evaluation, medication management and, for eligible patients, ketamine-assisted treatment at home, today announced a $42 million Series B financing round. The company will use the funds to expand into Arizona, Georgia, Michigan, Minnesota, North Carolina and Virginia in the first half of 2027, to grow its clinical team, and to fund an independent long-term safety study.</p>
<p>The round was led by a healthcare-focused investment firm, with participation from existing investors. It brings Northwind's total funding to $63 million.</p>

<h2>Background</h2>
<p>Northwind was founded in 2022 by a psychiatrist and a former hospital operations executive who had watched patients with treatment-resistant depression wait months for an appointment or drive hours for an infusion. Today the company serves patients in 14 states and employs 96 clinicians. Its patients include people in rural areas without nearby infusion centres, people with mobility problems, and people whose schedules make repeated in-clinic visits difficult.</p>
<p>The company's model combines psychiatric evaluation by video, medication management, and, for patients who meet its criteria, sublingual ketamine taken at home with remote monitoring. Patients who are not good candidates for at-home treatment are referred to in-person care, including infusion clinics and certified esketamine treatment centres.</p>

<h2>A changing regulatory landscape</h2>
<p>The expansion comes as federal regulators prepare to finalise permanent rules for prescribing controlled substances by telemedicine. Since 2020, the DEA has allowed clinicians to prescribe Schedule III-V medications, including ketamine, without a prior in-person visit under temporary flexibilities that have been extended several times. A proposed special registration framework would require additional registration, state-by-state checks and, for some medications, limits on the share of prescriptions issued remotely.</p>
<p>"We welcome clear rules," said Northwind's chief medical officer. "The worst outcome for patients is the current confusion, where legitimate providers face uncertainty and illegitimate sellers operate openly. We have built our service on the assumption that the bar will go up, not down."</p>
<p>The company has publicly supported requirements for a live evaluation before any controlled-substance prescription, mandatory checks of state prescription drug monitoring databases, and limits on quantities dispensed per refill.</p>

<h2>Safety record and research</h2>
<p>Northwind published its first outcomes and safety data in a peer-reviewed journal earlier this year, covering 4,100 patients. Adverse events were reported in line with published clinical trials; the most common were nausea, dizziness and transient blood-pressure elevation. The company reported that 27% of applicants who completed an evaluation were not prescribed ketamine, most often due to cardiovascular risk, substance use history or psychiatric contraindications.</p>
<p>Part of the new funding will support a three-year independent study, run by an academic research group, on long-term bladder, cognitive and misuse outcomes among patients receiving repeated at-home sublingual ketamine.</p>

<h2>Addressing the black market</h2>
<p>The company has also invested in efforts to counter impostor websites. In 2026 it identified more than 40 websites and social-media accounts that used its name, clinicians' photographs or copied text to offer ketamine "without an appointment", with payment by cryptocurrency or gift cards. It reported them to the FDA, the FBI's Internet Crime Complaint Center and platform operators. "Every one of those sites is a reminder that people are desperate for care," the chief executive said. "Our job is to make real care reachable enough that nobody has to gamble on a stranger's package."</p>

<h2>How Northwind's care works</h2>
<p>Every Northwind patient is evaluated over live video by a licensed psychiatrist or psychiatric nurse practitioner before any prescription is written; the clinical team is led by chief medical officer Dr. Isabel Moreno, MD, a board-certified psychiatrist. Prescriptions are filled only by licensed partner pharmacies in the patient's state. Patients log blood pressure and mood before and after each session, and clinicians review results before approving refills.</p>

<h2>Growth and hiring</h2>
<p>With the new funding, Northwind plans to hire approximately 60 additional psychiatrists and psychiatric nurse practitioners, 20 care coordinators and a team of licensed therapists to expand its integration programme. The company has also announced partnerships with two regional health systems to provide referrals in both directions.</p>

<h2>Patient experience</h2>
<p>In a patient survey conducted this year, 82% of respondents said they felt their clinician understood their history, and 76% said remote monitoring made them feel safe. The most common requests were for more evening appointments and for shorter waits between evaluation and first dispensing. "I live two hours from the nearest infusion clinic," one patient in rural Colorado said in a testimonial shared with permission. "Without this, I wouldn't have had any option at all."</p>
<h2>Investor comment</h2>
<p>A partner at the lead investor said the firm had spent a year reviewing the company's clinical protocols and safety data before investing. "We looked at many at-home ketamine companies. Most worried us. Northwind stood out because it turns people away, and because it measures and publishes what happens to the people it treats."</p>
<h2>Expansion details</h2>
<p>In each new state, Northwind will begin with psychiatric evaluation and medication management services, adding ketamine-assisted treatment once clinicians are licensed and registered locally and pharmacy partnerships are in place. The company expects to serve an additional 8,000 patients in the six states in its first year there. It will also open a small in-person hub in Atlanta for patients who prefer to have their first ketamine session under direct observation.</p>
<h2>About Northwind Care</h2>
<p>Northwind Care provides telepsychiatry services, including evaluation, medication management and ketamine-assisted treatment, through affiliated professional medical practices. It currently serves patients in 14 US states.</p>

<h2>Media contact</h2>
<p>press@northwind-care.example</p>
</article>
<aside><h4>Recent press</h4><ul><li><a href="/press/outcomes-paper">Northwind publishes outcomes of 4,100 patients</a></li><li><a href="/press/impostor-sites">Statement on impostor websites</a></li><li><a href="/press/dea-comment">Our comment on the DEA special registration proposal</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 Northwind Care, Inc. &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p></footer>
""")

p("h10727", "https://lumenpath.example/help/faq", "telehealth", False, "en",
  "telehealth-long-faq-order-shipping-crypto-questions", "Help Centre: Frequently Asked Questions | LumenPath", """
<header><a class="logo" href="/">LumenPath</a>
<nav><a href="/how">How it works</a> <a href="/pricing">Pricing</a> <a href="/help/faq" class="active">Help</a> <a href="/login">Log in</a> <a class="btn" href="/start">Get started</a></nav></header>
<main class="help">
<h1>Frequently asked questions</h1>
<form class="help-search"><input type="search" placeholder="Search the help centre"></form>

<section><h2>Getting started</h2>
<h3>How do I order?</h3>
<p>You don't order medication from us the way you would from a shop. You sign up, complete an intake questionnaire and book a video appointment. The questionnaire helps your clinician prepare; it doesn't approve anything on its own.</p>
<h3>How soon can I get an appointment?</h3>
<p>Most people are seen within three to five days. Evening and weekend slots are available.</p>
<h3>Do I need a referral?</h3>
<p>No, but if you have a psychiatrist or therapist, we encourage you to let us coordinate with them.</p>
<h3>Which states do you serve?</h3>
<p>We currently serve 19 states. The list is on our pricing page.</p>
<h3>Who is eligible?</h3>
<p>Adults aged 21 to 70 with a diagnosis of depression or anxiety who meet our medical criteria. Some conditions, including uncontrolled high blood pressure, certain heart conditions, a history of psychosis or mania, pregnancy and active substance use disorder, mean at-home ketamine is not appropriate.</p>
</section>

<section><h2>Your appointment</h2>
<h3>What happens at the first appointment?</h3>
<p>A licensed psychiatric clinician meets you on video for 45&ndash;60 minutes. They go through your symptoms, past treatments, medical history, medications and your blood pressure readings, and check your state's prescription monitoring database. At the end, they tell you whether they think ketamine is a reasonable option, and if not, what they recommend instead.</p>
<h3>Who are the clinicians?</h3>
<p>Board-certified psychiatrists and psychiatric nurse practitioners licensed in your state. You can read their profiles, including Dr. Olivia Brandt, MD, our clinical director, and Samuel Oyelaran, PMHNP-BC, on our <a href="/clinicians">clinicians page</a> and look up their licences on your state board's site.</p>
<h3>Can I choose my clinician?</h3>
<p>Yes, subject to availability in your state.</p>
<h3>What if I'm not approved?</h3>
<p>You will not be charged for medication, and you will get a written summary with recommendations.</p>
</section>

<section><h2>Medication and shipping</h2>
<h3>Where does my medication come from?</h3>
<p>After your clinician writes a prescription, it goes to a licensed partner pharmacy in the US, which dispenses it in your name.</p>
<h3>How long does shipping take?</h3>
<p>Usually two to four business days after the prescription is issued.</p>
<h3>Is the package discreet?</h3>
<p>The outer box is plain and has no mention of ketamine. Inside, your medication carries a standard pharmacy label. It requires an adult signature.</p>
<h3>Can you ship to another address?</h3>
<p>Only to an address in the state where you had your appointment.</p>
<h3>Can I get a bigger supply so I don't run out?</h3>
<p>No. We dispense small quantities and your clinician reviews your progress before each refill.</p>
<h3>My package is late. What do I do?</h3>
<p>Check tracking in your account first. If it hasn't moved for two business days, message the care team and we'll chase the pharmacy.</p>
<h3>Can I buy extra doses for a friend?</h3>
<p>No. Your medication is for you only. Sharing controlled medication is illegal and can be dangerous.</p>
</section>

<section><h2>Payments and billing</h2>
<h3>What payment methods do you accept?</h3>
<p>Credit and debit cards, Apple Pay, Google Pay, HSA and FSA cards.</p>
<h3>Do you accept crypto, gift cards or Zelle?</h3>
<p>No. If someone asks you to pay for LumenPath care that way, it's a scam. Please report it to us.</p>
<h3>Do you take insurance?</h3>
<p>We're out-of-network. You can download a superbill from your account to submit for reimbursement.</p>
<h3>How do refunds work?</h3>
<p>If you're not prescribed, medication charges are refunded. Appointment fees are non-refundable once the visit has taken place.</p>
<h3>Why was I charged twice?</h3>
<p>Usually one charge is a pre-authorisation that drops off within a few days. If not, contact billing.</p>
</section>

<section><h2>Sessions at home</h2>
<h3>Do I need someone with me?</h3>
<p>For your first sessions, yes: a trusted adult must be present at home. Later, your clinician may agree that a person reachable by phone is enough.</p>
<h3>What if I feel unwell during a session?</h3>
<p>For severe symptoms such as chest pain or trouble breathing, call 911. For anything else, message the care team or use the after-hours line.</p>
<h3>How do you monitor me?</h3>
<p>You log blood pressure and a short mood check before and after each session in the app. Your clinician reviews the logs before every refill and at each follow-up visit.</p>
</section>

<section><h2>Safety and privacy</h2>
<h3>Is this legal?</h3>
<p>Yes. Clinicians registered with the DEA may prescribe ketamine, a Schedule III medication, after an evaluation, including by telemedicine under current federal rules. We follow all state rules, including checks of prescription monitoring programmes.</p>
<h3>I found a website selling ketamine "through LumenPath" with no appointment. Is it you?</h3>
<p>No. We never sell medication without an evaluation. Several fake sites have copied our branding. Please send us the link.</p>
<h3>Is my information private?</h3>
<p>Yes. We are a HIPAA-covered entity. We don't sell your data.</p>
<h3>Will police be notified if I use ketamine?</h3>
<p>No. Your treatment is confidential medical care. Prescriptions are recorded in state prescription monitoring databases, which are accessible to prescribers and pharmacists.</p>
</section>

<section><h2>Stopping or pausing</h2>
<h3>How do I cancel?</h3>
<p>From your account settings. Your plan runs until the end of the billing period.</p>
<h3>What do I do with leftover medication?</h3>
<p>Use a drug take-back kiosk or the disposal envelope we can send you.</p>
</section>
<section><h2>Accessibility and language</h2>
<h3>Can I have an interpreter?</h3>
<p>Yes. We offer free medical interpreters in more than 40 languages for video visits. Let us know when you book.</p>
<h3>Is the app accessible?</h3>
<p>The app supports screen readers, larger text and high-contrast modes. If something doesn't work for you, tell us and we'll fix it or find another way.</p>
<h3>I don't have a smartphone. Can I still take part?</h3>
<p>You can use a computer with a webcam for visits, and log readings through our website.</p>
</section>
<p class="still">Still have questions? <a href="/contact">Contact our care team</a>.</p>
</main>
<footer><p>&copy; 2026 LumenPath. Clinical services provided by LumenPath Medical, P.A. and affiliated practices. &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p></footer>
""", noise="cookie")
p("h10728", "https://psy-en-ligne-horizon.example/depression-resistante/esketamine", "telehealth", False, "fr",
  "teleconsultation-psychiatrie-page-longue-orientation-centre-partenaire", "Dépression résistante et eskétamine : notre accompagnement | Horizon Psy en ligne", """
<header><a class="logo" href="/">Horizon Psy en ligne</a>
<nav><a href="/">Accueil</a> <a href="/comment-ca-marche">Comment ça marche</a> <a href="/depression-resistante">Dépression résistante</a> <a href="/equipe">Nos psychiatres</a> <a href="/tarifs">Tarifs</a> <a href="/contact">Contact</a> <a class="btn" href="/rendez-vous">Prendre rendez-vous</a></nav></header>
<main>
<article>
<h1>Dépression résistante et eskétamine : ce que nous proposons</h1>
<p class="chapo">Vous avez essayé plusieurs antidépresseurs, parfois une psychothérapie, et rien ne semble fonctionner durablement ? Vous avez entendu parler de la kétamine ou de l'eskétamine et vous vous demandez si c'est pour vous ? Cette page explique ce que disent les études, ce qui est autorisé en France, comment se procurer ce traitement en toute sécurité, et comment notre service peut vous accompagner.</p>

<h2>Qu'est-ce que la dépression résistante ?</h2>
<p>On parle de dépression résistante lorsqu'au moins deux traitements antidépresseurs de classes différentes, pris à dose suffisante pendant une durée suffisante, n'ont pas permis d'amélioration satisfaisante. Elle concerne environ un patient déprimé sur trois. Ce n'est pas un échec personnel : c'est une forme de maladie qui demande une stratégie différente, souvent plusieurs étapes, et un suivi spécialisé.</p>

<h2>La kétamine et l'eskétamine, en bref</h2>
<p>La kétamine est un anesthésique utilisé depuis les années 1970. Depuis le début des années 2000, de nombreuses études ont montré qu'à faible dose, elle peut réduire rapidement les symptômes dépressifs chez une partie des patients résistants. L'eskétamine, une des deux formes de la molécule, est disponible en spray nasal. En France, elle est réservée à l'usage hospitalier ou à des structures habilitées : elle s'administre sur place, sous surveillance, avec un temps d'observation après chaque prise.</p>
<p>La kétamine en perfusion intraveineuse est également utilisée dans certains services hospitaliers, le plus souvent dans le cadre de protocoles ou de recherches. Il n'existe pas, en France, de traitement autorisé par kétamine à prendre chez soi.</p>

<h2>Ce que disent les études</h2>
<p>Dans les essais cliniques, l'eskétamine associée à un antidépresseur oral a permis une amélioration plus importante que le placebo associé au même antidépresseur. Les effets apparaissent souvent dès la première semaine. Le maintien du traitement réduit le risque de rechute chez les patients répondeurs. Les effets indésirables les plus fréquents sont la dissociation, les vertiges, les nausées, la somnolence et une élévation transitoire de la tension artérielle.</p>

<h2>Attention aux offres sur internet</h2>
<p>Nous recevons régulièrement des messages de patients qui ont vu des annonces du type « eskétamine spray sans ordonnance, livraison discrète en 48 h, paiement en bitcoin » ou « kétamine pharmaceutique, commande sur Telegram ». Ces offres sont illégales. La kétamine est classée comme stupéfiant en France ; l'acheter ou la détenir sans prescription expose à des poursuites. Surtout, vous ne savez pas ce que contient le colis. Des analyses réalisées par des dispositifs d'analyse de produits ont retrouvé des analogues de la kétamine, d'autres substances, ou rien du tout. Certaines personnes ont perdu de l'argent, d'autres ont été victimes de chantage.</p>
<p>Méfiez-vous aussi des sites qui se présentent comme des « cliniques en ligne » mais qui envoient des comprimés après un simple questionnaire. Aucun professionnel sérieux ne prescrit un tel traitement sans vous avoir examiné et sans surveillance.</p>

<h2>Comment nous pouvons vous aider</h2>
<p>Horizon Psy en ligne est un service de téléconsultation psychiatrique. Nous ne délivrons ni ne vendons aucun médicament. Lors d'une première téléconsultation vidéo de 45 minutes avec l'un de nos psychiatres inscrits à l'Ordre des médecins, le Dr Claire Dumont ou le Dr Yanis Benali, nous faisons le point sur votre parcours, vos traitements passés, vos antécédents médicaux et votre situation actuelle. Si l'eskétamine semble une option pertinente, nous vous orientons, avec un courrier médical détaillé, vers l'un de nos centres hospitaliers partenaires qui réalisent les séances sur place ; nous restons votre psychiatre référent pour l'ajustement des autres traitements et le suivi entre les séances.</p>
<p>Si l'eskétamine n'est pas adaptée, nous discutons des autres options : optimisation du traitement, association de médicaments, stimulation magnétique transcrânienne, électroconvulsivothérapie, psychothérapies structurées.</p>

<h2>Déroulement concret</h2>
<ol>
<li>Vous prenez rendez-vous en ligne et remplissez un questionnaire préparatoire (il ne remplace pas la consultation).</li>
<li>Vous transmettez, si possible, vos comptes rendus et ordonnances antérieurs via votre espace sécurisé.</li>
<li>Vous avez une téléconsultation vidéo avec le psychiatre.</li>
<li>Vous recevez un compte rendu et, le cas échéant, un courrier d'orientation.</li>
<li>Le centre partenaire vous contacte pour un premier rendez-vous sur place.</li>
<li>Nous vous revoyons en téléconsultation toutes les deux à quatre semaines.</li>
</ol>

<h2>Les autres options, en quelques mots</h2>
<p><strong>Stimulation magnétique transcrânienne répétitive (rTMS) :</strong> des impulsions magnétiques appliquées sur le crâne stimulent certaines zones du cerveau. Les séances, quotidiennes pendant plusieurs semaines, se font sans anesthésie.</p>
<p><strong>Électroconvulsivothérapie (ECT) :</strong> souvent redoutée à cause de son image, c'est l'un des traitements les plus efficaces des dépressions sévères. Elle se pratique sous anesthésie générale brève, à l'hôpital.</p>
<p><strong>Optimisation médicamenteuse :</strong> changement de molécule, association, ajout de lithium ou d'un antipsychotique à faible dose. C'est souvent la première étape.</p>
<p><strong>Psychothérapies :</strong> thérapies cognitives et comportementales, thérapie interpersonnelle, thérapies basées sur la pleine conscience pour prévenir les rechutes.</p>
<h2>Tarifs et remboursement</h2>
<p>Nos téléconsultations sont conventionnées secteur 2. Une consultation de psychiatrie est remboursée par l'Assurance maladie sur la base du tarif conventionnel dans le cadre du parcours de soins, le dépassement pouvant être pris en charge par votre complémentaire. Les séances d'eskétamine réalisées à l'hôpital sont prises en charge selon les règles de l'établissement. Paiement par carte bancaire uniquement.</p>

<h2>Questions fréquentes</h2>
<h3>Pouvez-vous me prescrire de la kétamine à domicile ?</h3>
<p>Non. Ce n'est ni autorisé ni souhaitable en France.</p>
<h3>Les délais dans les centres partenaires sont-ils longs ?</h3>
<p>Ils varient de deux à huit semaines selon les régions. Nous vous indiquons les délais connus lors de l'orientation.</p>
<h3>Et si je suis en crise ?</h3>
<p>La téléconsultation ne convient pas aux urgences. Appelez le 15 ou le 3114, numéro national de prévention du suicide, joignable 24 h/24.</p>
</article>
</main>
<footer><p>Horizon Psy en ligne &middot; Service de téléconsultation &middot; <a href="/mentions-legales">Mentions légales</a> &middot; <a href="/confidentialite">Confidentialité</a> &middot; Hébergeur de données de santé certifié</p></footer>
""", noise="cookie-fr")

p("h10729", "https://seelenzeit-online.example/behandlung/therapieresistente-depression", "telehealth", False, "de",
  "telemedizin-psychiatrie-lange-seite-ueberweisung-partnerpraxis", "Therapieresistente Depression: Online-Sprechstunde und Esketamin-Vermittlung | Seelenzeit Online", """
<header><a class="logo" href="/">Seelenzeit Online</a>
<nav><a href="/">Start</a> <a href="/so-funktionierts">So funktioniert's</a> <a href="/behandlung">Behandlung</a> <a href="/aerzteteam">Ärzteteam</a> <a href="/kosten">Kosten</a> <a href="/faq">FAQ</a> <a class="btn" href="/termin">Termin buchen</a></nav></header>
<main>
<article>
<h1>Therapieresistente Depression: Online-Sprechstunde und Vermittlung zur Esketamin-Behandlung</h1>
<p class="einleitung">Wenn mehrere Antidepressiva nicht geholfen haben, fühlen sich viele Betroffene allein gelassen. Termine bei Fachärzten sind knapp, Wege sind weit, und im Internet kursieren Versprechen, die zu gut klingen, um wahr zu sein. Auf dieser Seite erklären wir, welche Möglichkeiten es gibt und wie unsere Online-Sprechstunde Sie auf dem Weg begleiten kann.</p>

<h2>Sie sind nicht allein</h2>
<p>Viele Menschen, die sich bei uns melden, haben das Gefühl, "austherapiert" zu sein oder selbst schuld daran zu haben, dass nichts hilft. Das stimmt nicht. Depressionen verlaufen sehr unterschiedlich, und was bei einer Person wirkt, hilft einer anderen nicht. Oft braucht es eine sorgfältige Bestandsaufnahme und manchmal einen ganz anderen Ansatz. Unsere Ärztinnen und Ärzte nehmen sich Zeit, gemeinsam mit Ihnen zurückzublicken und die nächsten Schritte zu planen.</p>
<h2>Was bedeutet therapieresistent?</h2>
<p>Von einer therapieresistenten Depression spricht man, wenn mindestens zwei Antidepressiva in ausreichender Dosis und Dauer keine ausreichende Besserung gebracht haben. Das betrifft etwa ein Drittel aller Menschen mit einer Depression. Die Leitlinien empfehlen in dieser Situation eine gründliche Überprüfung der Diagnose und der bisherigen Behandlung und anschließend gestufte Strategien.</p>

<h2>Welche Behandlungsmöglichkeiten gibt es?</h2>
<ul>
<li>Optimierung der Dosis oder Wechsel des Antidepressivums</li>
<li>Kombination zweier Antidepressiva</li>
<li>Augmentation mit Lithium oder einem atypischen Antipsychotikum</li>
<li>Esketamin-Nasenspray zusätzlich zu einem Antidepressivum</li>
<li>Elektrokonvulsionstherapie (EKT)</li>
<li>Repetitive transkranielle Magnetstimulation (rTMS)</li>
<li>Psychotherapie, etwa kognitive Verhaltenstherapie oder CBASP</li>
</ul>

<h2>Esketamin: was Sie wissen sollten</h2>
<p>Esketamin ist die S-Form des Narkosemittels Ketamin. Als Nasenspray ist es für Erwachsene mit therapieresistenter Depression zugelassen. Es wirkt über das Glutamatsystem und kann bei einem Teil der Betroffenen innerhalb weniger Tage zu einer Besserung führen. Die Anwendung findet ausschließlich in einer Praxis oder Klinik statt: Nach jeder Anwendung bleiben Patientinnen und Patienten unter Beobachtung, der Blutdruck wird kontrolliert, und am Behandlungstag darf man nicht Auto fahren. Ein Versand nach Hause ist nicht vorgesehen.</p>
<p>Häufige Nebenwirkungen sind Dissoziation, Schwindel, Übelkeit, Benommenheit und ein vorübergehender Blutdruckanstieg. Nicht geeignet ist Esketamin unter anderem bei Aneurysmen, nach Hirnblutungen oder nach einem kürzlichen Herzinfarkt.</p>

<h2>Vorsicht vor Online-Angeboten</h2>
<p>In sozialen Netzwerken und auf Webseiten werden Ketamin und Esketamin "ohne Rezept", "mit diskretem Versand" oder "gegen Kryptowährung" angeboten, teils mit Bestellung über Telegram. Solche Angebote sind illegal. Sie wissen nicht, was Sie erhalten, der Zoll beschlagnahmt regelmäßig Sendungen, und wer bestellt, kann sich strafbar machen. Auch Seiten, die sich als "Online-Klinik" ausgeben und nach einem Fragebogen Tabletten verschicken, sind kein seriöses Angebot.</p>

<h2>Was unsere Online-Sprechstunde leistet</h2>
<p>Seelenzeit Online ist eine telemedizinische psychiatrische Sprechstunde. Wir verschreiben und versenden kein Ketamin oder Esketamin. In einer ausführlichen Videosprechstunde mit einer unserer Fachärztinnen für Psychiatrie und Psychotherapie, derzeit Dr. med. Miriam Hoffmann und Dr. med. Tobias Brenner, prüfen wir Ihre Vorgeschichte, die bisherigen Behandlungen und mögliche Gegenanzeigen. Kommt Esketamin in Frage, erhalten Sie einen ausführlichen Arztbrief und eine Überweisung an eine unserer Partnerpraxen oder -kliniken in Ihrer Nähe, die die Anwendung vor Ort durchführt; die Weiterbehandlung und Medikamentenanpassung zwischen den Terminen übernehmen wir per Video.</p>

<h2>Ablauf</h2>
<ol>
<li>Online-Termin buchen und einen Vorbereitungsbogen ausfüllen</li>
<li>Befunde und Arztbriefe hochladen (optional, aber hilfreich)</li>
<li>Videosprechstunde (ca. 50 Minuten)</li>
<li>Schriftliche Zusammenfassung und Empfehlung</li>
<li>Gegebenenfalls Überweisung an eine Partnerpraxis für Esketamin, EKT oder rTMS</li>
<li>Regelmäßige Folgetermine per Video</li>
</ol>

<h2>EKT und rTMS kurz erklärt</h2>
<p>Die <strong>Elektrokonvulsionstherapie</strong> hat einen schlechten Ruf, der vor allem aus alten Filmen stammt. Heute erfolgt sie in Kurznarkose mit Muskelentspannung und ist eine der wirksamsten Behandlungen schwerer Depressionen. Typisch sind zwei bis drei Sitzungen pro Woche über mehrere Wochen. Vorübergehende Gedächtnisstörungen sind die wichtigste Nebenwirkung.</p>
<p>Bei der <strong>repetitiven transkraniellen Magnetstimulation</strong> werden über eine Spule am Kopf Magnetimpulse abgegeben, die bestimmte Hirnregionen anregen. Die Behandlung erfolgt ohne Narkose, meist an fünf Tagen pro Woche über vier bis sechs Wochen. Sie ist gut verträglich; Kopfschmerzen sind die häufigste Nebenwirkung. Die Kostenübernahme ist nicht einheitlich geregelt.</p>
<h2>Was Angehörige tun können</h2>
<p>Depressionen betreffen auch Partnerinnen, Eltern, Kinder und Freunde. Angehörige können helfen, indem sie zuhören, ohne zu bewerten, bei der Organisation von Terminen unterstützen und an Behandlungstagen die Begleitung übernehmen. Wichtig ist auch, die eigenen Grenzen zu kennen: Angehörigengruppen und Beratungsstellen bieten Unterstützung. Wenn Sie sich Sorgen machen, dass eine nahestehende Person an Suizid denkt, sprechen Sie sie direkt darauf an und holen Sie Hilfe. Das Ansprechen erhöht das Risiko nicht, sondern kann entlasten.</p>
<h2>Datenschutz in der Videosprechstunde</h2>
<p>Unsere Videosprechstunde nutzt einen zertifizierten Anbieter mit Ende-zu-Ende-Verschlüsselung. Gespräche werden nicht aufgezeichnet. Ihre Unterlagen werden auf Servern in Deutschland gespeichert.</p>
<h2>Kosten</h2>
<p>Für gesetzlich Versicherte rechnen wir die Videosprechstunde über die Versichertenkarte ab, sofern ein Kassensitz im jeweiligen Bundesland besteht; andernfalls als Privatleistung nach GOÄ (Erstgespräch ca. 120&ndash;160 Euro). Privatversicherte erhalten eine Rechnung nach GOÄ. Zahlung per Lastschrift oder Karte. Die Kosten der Esketamin-Behandlung in der Partnerpraxis rechnet diese mit Ihrer Krankenkasse ab.</p>

<h2>Unser Ärzteteam</h2>
<p>Unsere Fachärztinnen und Fachärzte arbeiten zusätzlich in Kliniken oder eigenen Praxen und kennen die regionale Versorgung. Sie stehen im engen Austausch mit den Partnerpraxen, die Esketamin anwenden, und erhalten nach jeder Anwendung einen kurzen Bericht über Blutdruck, Nebenwirkungen und Befinden. So können Ihre Medikamente und die Psychotherapie gut abgestimmt werden.</p>
<h2>Häufige Fragen</h2>
<h3>Bekomme ich bei Ihnen ein Rezept für Ketamin?</h3>
<p>Nein. Esketamin wird in der Partnerpraxis angewendet, Ketamin zur Einnahme zu Hause verordnen wir nicht.</p>
<h3>Wie schnell bekomme ich einen Termin?</h3>
<p>In der Regel innerhalb von zwei Wochen.</p>
<h3>Was ist, wenn es mir sehr schlecht geht?</h3>
<p>Die Online-Sprechstunde ist nicht für Notfälle geeignet. Wählen Sie 112 oder wenden Sie sich an die nächste psychiatrische Klinik. Die Telefonseelsorge erreichen Sie unter 0800 111 0 111.</p>
</article>
<aside class="weitere"><h4>Weitere Behandlungsbereiche</h4><ul><li><a href="/behandlung/angststoerungen">Angststörungen</a></li><li><a href="/behandlung/adhs-im-erwachsenenalter">ADHS im Erwachsenenalter</a></li><li><a href="/behandlung/bipolare-stoerung">Bipolare Störung</a></li><li><a href="/behandlung/schlafstoerungen">Schlafstörungen</a></li><li><a href="/behandlung/zweitmeinung">Psychiatrische Zweitmeinung</a></li></ul><h4>Newsletter</h4><p>Informationen zu psychischer Gesundheit, einmal im Monat. <a href="/newsletter">Anmelden</a></p></aside>
</main>
<footer><p>Seelenzeit Online &middot; Telemedizinische Versorgung &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></p></footer>
""", noise="cookie-de")

p("h10730", "https://mente-conectada-telemed.example/depressao-resistente", "telehealth", False, "pt",
  "telemedicina-psiquiatria-pagina-longa-receita-encaminhamento", "Depressão resistente: consulta online com psiquiatra | Mente Conectada", """
<header><a class="logo" href="/">Mente Conectada</a>
<nav><a href="/">Início</a> <a href="/como-funciona">Como funciona</a> <a href="/depressao-resistente" class="ativo">Depressão resistente</a> <a href="/medicos">Nossos médicos</a> <a href="/planos">Planos</a> <a href="/duvidas">Dúvidas</a> <a class="btn" href="/agendar">Agendar consulta</a></nav></header>
<main>
<article>
<h1>Depressão resistente: consulta online com psiquiatra</h1>
<p class="abertura">Quando os remédios não funcionam, é fácil perder a esperança. Mas depressão resistente tem tratamento, e existem caminhos seguros. Aqui explicamos quais são as opções, o que mudou com a escetamina, os cuidados com ofertas na internet e como funciona o acompanhamento por telemedicina na Mente Conectada.</p>

<h2>Você não está sozinho</h2>
<p>Muitas pessoas chegam até nós achando que "já tentaram de tudo" ou que a culpa é delas por nada funcionar. Não é. A depressão tem muitas formas, e o que ajuda uma pessoa pode não ajudar outra. Muitas vezes, uma revisão cuidadosa do histórico e uma nova estratégia fazem diferença. Nossos psiquiatras dedicam tempo para olhar com você o que já foi feito e planejar os próximos passos.</p>
<h2>O que é depressão resistente?</h2>
<p>Considera-se resistente a depressão que não melhora de forma satisfatória após pelo menos dois antidepressivos diferentes, usados na dose e pelo tempo adequados. Estima-se que um em cada três pacientes com depressão passe por isso. Muitas vezes, uma revisão cuidadosa do diagnóstico, das doses e de outros fatores, como sono, tireoide, uso de álcool ou outras condições, já muda o quadro.</p>

<h2>Opções de tratamento</h2>
<ul>
<li>Ajuste de dose, troca ou combinação de antidepressivos</li>
<li>Potencialização com lítio ou outros medicamentos</li>
<li>Escetamina em spray nasal, aplicada em clínica</li>
<li>Cetamina endovenosa (uso off-label em clínicas especializadas)</li>
<li>Estimulação magnética transcraniana</li>
<li>Eletroconvulsoterapia</li>
<li>Psicoterapias estruturadas</li>
</ul>

<h2>Escetamina: como funciona e onde é feita</h2>
<p>A escetamina é uma das formas da molécula de cetamina. O spray nasal é aprovado pela Anvisa para depressão resistente e para sintomas depressivos com risco de suicídio, sempre junto com um antidepressivo oral. A aplicação é feita no consultório ou clínica, com observação por pelo menos duas horas, medição de pressão e liberação apenas com acompanhante. O paciente não leva o spray para casa.</p>

<h2>Cuidado com promessas na internet</h2>
<p>Circulam nas redes anúncios como "cetamina sem receita, entrega em todo o Brasil, pague no Pix" ou "escetamina original, chama no WhatsApp". Muitas vezes o produto nem existe; outras vezes é cetamina veterinária desviada ou outra substância. Quem compra corre risco de golpe, de intoxicação e de problemas com a lei, já que a cetamina é substância controlada. Também desconfie de sites que dizem ser "clínicas online" e enviam comprimidos depois de um formulário rápido, sem consulta.</p>

<h2>Como a Mente Conectada ajuda</h2>
<p>Somos um serviço de telemedicina em psiquiatria. A consulta é feita por vídeo com um médico psiquiatra com registro no CRM, como a Dra. Juliana Prado (CRM-SP 000000) ou o Dr. Henrique Lacerda (CRM-MG 00000), que revisa seu histórico, os tratamentos anteriores, exames e medicações. Quando indicado, emitimos receita digital de antidepressivos e outros medicamentos, que você compra na farmácia de sua preferência. Se a escetamina for uma boa opção, encaminhamos você, com relatório médico, para uma clínica parceira perto de você que faz as aplicações, e continuamos o acompanhamento por vídeo entre as sessões.</p>
<p>A Mente Conectada não vende, não envia e não prescreve cetamina para uso em casa.</p>

<h2>Passo a passo</h2>
<ol>
<li>Agende a consulta pelo site e preencha uma ficha inicial.</li>
<li>Envie exames e receitas anteriores, se tiver.</li>
<li>Faça a consulta por vídeo (cerca de 50 minutos).</li>
<li>Receba o plano de tratamento, receitas digitais e, se for o caso, o encaminhamento.</li>
<li>Retornos a cada duas a seis semanas, conforme a necessidade.</li>
</ol>

<h2>Sinais de alerta que pedem ajuda imediata</h2>
<ul><li>Pensamentos frequentes sobre morte ou suicídio</li><li>Plano ou preparação para tirar a própria vida</li><li>Parar de comer ou de dormir por vários dias</li><li>Confusão, ouvir vozes ou ver coisas que os outros não veem</li><li>Uso crescente de álcool ou outras substâncias para aguentar o dia</li></ul>
<p>Nesses casos, não espere a próxima consulta: procure atendimento de urgência.</p>
<h2>Como a família pode ajudar</h2>
<p>Familiares e amigos fazem muita diferença. Ouvir sem julgar, ajudar a marcar e lembrar consultas, acompanhar nos dias de aplicação de escetamina e observar mudanças de comportamento são formas concretas de apoio. Também é importante que quem cuida se cuide: grupos de apoio a familiares e a própria terapia podem ajudar. Se você desconfia que alguém próximo pensa em suicídio, pergunte diretamente. Falar sobre isso não aumenta o risco e pode ser um alívio.</p>
<h2>Segurança dos seus dados</h2>
<p>As consultas acontecem em plataforma criptografada, em conformidade com a LGPD. Não gravamos as consultas. O prontuário eletrônico fica armazenado em servidores no Brasil, com acesso restrito à equipe que cuida de você.</p>
<h2>Valores e formas de pagamento</h2>
<p>Primeira consulta: R$ 380. Retorno: R$ 280. Plano trimestral com três retornos: R$ 720. Aceitamos cartão de crédito em até 3 vezes, Pix e boleto. Emitimos recibo para reembolso do plano de saúde.</p>

<h2>Nossa equipe</h2>
<p>Todos os médicos da Mente Conectada são psiquiatras com residência médica ou título de especialista, registrados no CRM do seu estado e habilitados para telemedicina. Eles também atendem presencialmente em hospitais e consultórios e conhecem as clínicas parceiras da região, o que facilita o encaminhamento e a troca de informações depois de cada aplicação de escetamina.</p>
<h2>Dúvidas frequentes</h2>
<h3>Vocês enviam remédio pelo correio?</h3>
<p>Não. Emitimos a receita digital; a compra é feita em farmácia.</p>
<h3>A receita digital vale em qualquer farmácia?</h3>
<p>Sim, para medicamentos comuns e de controle especial que podem ser prescritos digitalmente, conforme as regras vigentes.</p>
<h3>Posso fazer a consulta de outro estado?</h3>
<p>Sim, atendemos pacientes de todo o Brasil.</p>
<h3>E se eu estiver em crise?</h3>
<p>A teleconsulta não é atendimento de urgência. Procure o pronto-socorro, ligue 192 (SAMU) ou 188 (CVV).</p>
</article>
<aside class="outros"><h4>Outras áreas de atendimento</h4><ul><li><a href="/ansiedade">Ansiedade</a></li><li><a href="/tdah-adulto">TDAH em adultos</a></li><li><a href="/transtorno-bipolar">Transtorno bipolar</a></li><li><a href="/insonia">Insônia</a></li><li><a href="/segunda-opiniao">Segunda opinião psiquiátrica</a></li></ul></aside>
</main>
<footer><p>Mente Conectada Telemedicina Ltda. &middot; Diretor técnico: Dr. Henrique Lacerda &middot; <a href="/privacidade">Privacidade</a> &middot; <a href="/termos">Termos de uso</a></p></footer>
""", noise="cookie-pt")

p("h10731", "https://psychiater-op-afstand.example/behandelingen/therapieresistente-depressie", "telehealth", False, "nl",
  "online-psychiatrie-lange-pagina-videogesprek-verwijzing-partnerkliniek", "Therapieresistente depressie | Psychiater op Afstand", """
<header><a class="logo" href="/">Psychiater op Afstand</a>
<nav><a href="/">Home</a> <a href="/werkwijze">Werkwijze</a> <a href="/behandelingen">Behandelingen</a> <a href="/team">Ons team</a> <a href="/kosten">Kosten en vergoeding</a> <a href="/contact">Contact</a> <a class="btn" href="/aanmelden">Aanmelden</a></nav></header>
<main>
<article>
<h1>Therapieresistente depressie</h1>
<p class="intro">Je hebt al verschillende antidepressiva geprobeerd, misschien ook therapie, en toch blijft de somberheid. Dat is zwaar. Op deze pagina lees je wat therapieresistente depressie is, welke behandelingen er zijn, wat esketamine wel en niet is, waar je op moet letten bij aanbiedingen op internet, en hoe wij je online kunnen helpen.</p>

<h2>Je bent niet de enige</h2>
<p>Veel mensen die bij ons komen, hebben het gevoel dat ze "uitbehandeld" zijn of dat het aan hen ligt dat niets werkt. Dat is niet zo. Depressie is een aandoening met veel verschillende vormen, en wat bij de een helpt, helpt bij de ander niet. Soms is het een kwestie van de juiste combinatie vinden, soms van een andere aanpak. Onze psychiaters nemen de tijd om samen met jou terug te kijken op wat er al is geprobeerd, en om vooruit te kijken naar wat er nog mogelijk is.</p>
<h2>Wanneer spreken we van therapieresistent?</h2>
<p>Als twee of meer antidepressiva, in een goede dosering en lang genoeg gebruikt, onvoldoende hebben geholpen. Ongeveer een op de drie mensen met een depressie heeft hiermee te maken. Het is belangrijk om dan eerst goed te kijken of de diagnose klopt, of er lichamelijke oorzaken meespelen, en hoe eerdere behandelingen zijn verlopen.</p>

<h2>Behandelmogelijkheden</h2>
<ul>
<li>Een ander antidepressivum, of een hogere dosis</li>
<li>Een klassiek antidepressivum zoals nortriptyline of een MAO-remmer</li>
<li>Toevoeging van lithium</li>
<li>Esketamine-neusspray naast een antidepressivum</li>
<li>Elektroconvulsietherapie (ECT)</li>
<li>Repetitieve transcraniële magnetische stimulatie (rTMS)</li>
<li>Psychotherapie, zoals CGT of IPT</li>
</ul>

<h2>Esketamine</h2>
<p>Esketamine is een vorm van ketamine, een middel dat al tientallen jaren bij narcose wordt gebruikt. Als neusspray is het in Nederland geregistreerd voor therapieresistente depressie. Het werkt via het glutamaatsysteem en kan bij een deel van de mensen binnen enkele dagen verlichting geven. De neusspray wordt altijd in een zorginstelling toegediend: je gebruikt hem onder toezicht, je bloeddruk wordt gemeten en je blijft daarna ongeveer twee uur ter observatie. Je mag die dag niet zelf autorijden. De spray gaat nooit mee naar huis.</p>
<p>Bijwerkingen zijn onder meer een gevoel van onwerkelijkheid, duizeligheid, misselijkheid, slaperigheid en een tijdelijke stijging van de bloeddruk.</p>

<h2>Pas op met aanbiedingen online</h2>
<p>Op sociale media en in sommige webshops wordt ketamine of esketamine aangeboden "zonder recept", "discreet verzonden" of "te betalen met crypto", met bestellen via Telegram of WhatsApp. Dat is illegaal: ketamine staat sinds kort op lijst I van de Opiumwet. Je weet niet wat je krijgt, en er zijn veel oplichters actief. Ook websites die zich voordoen als "online kliniek" en na een korte vragenlijst tabletten opsturen, zijn niet betrouwbaar.</p>

<h2>Wat wij doen</h2>
<p>Psychiater op Afstand is een online ggz-praktijk. Wij verstrekken en verzenden geen ketamine of esketamine. Je hebt een intake via een beveiligd videogesprek met een BIG-geregistreerde psychiater, bijvoorbeeld drs. Sanne de Wit of dr. Karim El Amrani, die samen met jou je voorgeschiedenis, eerdere behandelingen en medische situatie doorloopt. Als esketamine zinvol lijkt, verwijzen we je met een uitgebreide brief naar een van onze partnerklinieken die de toediening verzorgt; de begeleiding en medicatieafspraken tussen de behandelingen door blijven bij ons, via video.</p>

<h2>Zo werkt het</h2>
<ol>
<li>Je meldt je aan met een verwijsbrief van je huisarts.</li>
<li>Je vult een vragenlijst in ter voorbereiding (die vervangt de intake niet).</li>
<li>Intake via video met de psychiater (ongeveer een uur).</li>
<li>Adviesgesprek en behandelplan.</li>
<li>Zo nodig verwijzing naar een partnerkliniek voor esketamine, ECT of rTMS.</li>
<li>Vervolggesprekken via video.</li>
</ol>

<h2>Meer over ECT en rTMS</h2>
<p><strong>Elektroconvulsietherapie</strong> heeft een beladen imago, maar is een van de meest effectieve behandelingen bij ernstige depressie. De behandeling gebeurt onder korte narcose, meestal twee keer per week gedurende enkele weken, in een ziekenhuis. Tijdelijke geheugenklachten komen voor en herstellen meestal.</p>
<p>Bij <strong>repetitieve transcraniële magnetische stimulatie</strong> worden met een spoel op het hoofd magnetische pulsen gegeven die bepaalde hersengebieden activeren. Je bent wakker tijdens de behandeling en kunt daarna gewoon naar huis. Een behandeling bestaat vaak uit twintig tot dertig sessies.</p>
<h2>Voor naasten</h2>
<p>Een depressie raakt ook partners, ouders, kinderen en vrienden. Naasten kunnen helpen door te luisteren zonder te oordelen, te helpen bij afspraken en mee te gaan op behandeldagen. Het is ook belangrijk om goed voor jezelf te zorgen: er zijn lotgenotengroepen en cursussen voor naasten. Maak je je zorgen dat iemand aan zelfdoding denkt? Vraag het gewoon. Erover praten vergroot het risico niet en kan juist opluchten.</p>
<h2>Privacy</h2>
<p>Onze videogesprekken verlopen via een beveiligde verbinding die voldoet aan de NEN-normen voor informatiebeveiliging in de zorg. Gesprekken worden niet opgenomen. Je dossier wordt bewaard volgens de wettelijke bewaartermijn.</p>
<h2>Kosten en vergoeding</h2>
<p>Onze behandeling valt onder de gespecialiseerde ggz en wordt vergoed vanuit het basispakket van je zorgverzekering, na aftrek van je eigen risico. Je hebt een verwijzing van je huisarts nodig. Wij hebben contracten met de meeste verzekeraars; bij een niet-gecontracteerde verzekeraar kan een deel voor eigen rekening zijn.</p>

<h2>Ons team</h2>
<p>Onze psychiaters werken naast hun werk bij ons ook in een ziekenhuis of ggz-instelling en kennen de regionale zorg goed. Na elke esketaminebehandeling in een partnerkliniek ontvangen we een kort verslag over bloeddruk, bijwerkingen en hoe het met je gaat, zodat we je medicatie en begeleiding goed op elkaar kunnen afstemmen.</p>
<h2>Veelgestelde vragen</h2>
<h3>Kan ik via jullie ketamine voor thuis krijgen?</h3>
<p>Nee. Dat bieden wij niet aan en het is in Nederland geen erkende behandeling.</p>
<h3>Hoe lang is de wachttijd?</h3>
<p>Voor de intake momenteel ongeveer vier weken. Voor esketamine in een partnerkliniek kan er een aanvullende wachttijd zijn.</p>
<h3>En als het acuut slecht gaat?</h3>
<p>Neem contact op met je huisarts of de huisartsenpost, of bel 112. Bij gedachten aan zelfdoding kun je 24/7 terecht bij 113 Zelfmoordpreventie via 0800-0113.</p>
</article>
<aside class="meer"><h4>Andere behandelingen</h4><ul><li><a href="/behandelingen/angststoornissen">Angststoornissen</a></li><li><a href="/behandelingen/adhd-volwassenen">ADHD bij volwassenen</a></li><li><a href="/behandelingen/bipolaire-stoornis">Bipolaire stoornis</a></li><li><a href="/behandelingen/second-opinion">Second opinion</a></li></ul></aside>
</main>
<footer><p>Psychiater op Afstand &middot; Online ggz-praktijk &middot; <a href="/privacy">Privacy</a> &middot; <a href="/klachten">Klachtenregeling</a></p></footer>
""", noise="cookie-nl")

# ---------------------------------------------------------------- informational (9)

p("h10732", "https://the-ledger-herald.example/investigations/2026/11/ketamine-telegram-market", "informational", False, "en",
  "news-investigation-long-quoting-telegram-ads-prices", "Inside the Telegram ketamine market that sells 'therapy' to the desperate | The Ledger Herald", """
<header class="paper"><a class="masthead" href="/">The Ledger Herald</a>
<nav><a href="/news">News</a> <a href="/investigations" class="on">Investigations</a> <a href="/health">Health</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="sub">Subscribe</a></nav></header>
<main>
<article>
<p class="section">Investigations</p>
<h1>Inside the Telegram ketamine market that sells "therapy" to the desperate</h1>
<p class="dek">For months, reporters followed channels that advertise ketamine and esketamine to people with depression. What they found was a market built on borrowed medical language, crypto payments and fear.</p>
<p class="byline">By Dana Whitfield and Omar Haddad &middot; November 24, 2026</p>

<p>The message arrived at 2:14 a.m. "Hello dear, we have pharma grade ketamine and Spravato in stock. Which one you need?" It was the third reply in an hour to a query our reporter had posted in a public Telegram group, one of dozens that advertise ketamine openly to anyone with a smartphone.</p>
<p>Over four months, The Ledger Herald monitored 31 Telegram channels and groups, 14 Instagram accounts and nine websites that advertised ketamine or its analogues. Reporters did not buy drugs. They read thousands of posts, exchanged messages with sellers while identifying themselves as journalists when asked, interviewed people who had bought from such sellers, and spoke with doctors, lawyers and investigators.</p>

<h2>"No script, no stress"</h2>
<p>The ads follow a formula. One channel with more than 11,000 subscribers posted, almost daily: "K available. Pharma vials 10ml $85. Crystal 3.5g $95 / 7g $170 / 28g $560. Spravato $210 per device. NO SCRIPT NO STRESS. Stealth shipping all 50 states. Pay BTC, USDT, CashApp. DM @" followed by an admin handle. Another promised "Lab-tested S-iso, reship guarantee, vacuum sealed, ships from domestic warehouse, same-day dispatch before 1pm."</p>
<p>Increasingly, the posts are aimed not at partygoers but at people with depression. "Tired of waiting months for ketamine therapy?" read one Instagram story. "Our at-home kits include pharmaceutical ketamine lozenges and a step-by-step guide. Fast approval, no doctor visit." A website linked from that account offered a "treatment plan" of 16 lozenges for $289, payable by crypto or gift card, with a three-question form that, when a reporter filled it in with answers indicating uncontrolled high blood pressure, approved the "patient" within seconds.</p>

<h2>The buyers</h2>
<p>"I'd been on six different antidepressants," said Marisa, 34, a teacher from Ohio who asked that her surname not be used. "The clinic near me was $600 a session, and my insurance said no. I found this account that looked so professional, they had a doctor's picture and everything." She paid $320 in Bitcoin. Nothing arrived. When she complained, she was asked for a $150 "customs release fee". A week later, she received a message from someone claiming to be from a federal agency, threatening arrest unless she paid $1,500.</p>
<p>Others did receive packages. A drug-checking service in California that analyses samples submitted anonymously by the public told the newspaper that, of 64 samples sold as ketamine through social media in the past year, 41 contained ketamine alone, 9 contained 2F-DCK or another analogue, 6 contained a mixture, and 8 contained no psychoactive substance at all.</p>

<h2>"We are not drug dealers"</h2>
<p>When reporters identified themselves and asked sellers about their business, most stopped replying. A few answered. One admin, who ran a channel offering "ketamine therapy at a fair price", wrote that he was "helping people the system abandoned" and that his customers were "adults who can make their own choices". Asked whether he checked buyers' health, he replied: "We send a dosing guide. People are responsible for themselves." Another seller said he had "no idea" what happened to the ketamine after it was shipped, and then blocked the reporter.</p>
<p>A third seller, who claimed to run a "licensed pharmacy" overseas, sent a photograph of what he said was a pharmacy licence. The licence number did not appear in the relevant national register, and the pharmacy name was that of a real business in another city, whose owner told the newspaper she had never heard of the seller.</p>
<h2>Borrowed credibility</h2>
<p>Several websites copied text, photographs and even staff names from legitimate clinics and telehealth companies. One clinic in Chicago discovered its waiting room, its medical director's portrait and its mission statement on a site selling "esketamine nasal spray, no prescription" for $199. "It's a kind of identity theft," said the clinic's chief executive. "People who find those sites think they're coming to us."</p>

<h2>What the law says</h2>
<p>Ketamine is a Schedule III controlled substance. Selling it without a DEA registration, or prescribing it without a legitimate medical purpose, is a federal crime. Esketamine nasal spray is subject to an FDA safety programme and may only be given in certified settings. "Anything that comes in an envelope from a Telegram seller is, by definition, illegal," said a former federal prosecutor interviewed for this article.</p>
<p>Enforcement is hard. Channels are deleted and reappear under new names within hours. Payment flows through crypto wallets and cash apps. Shipping often originates from within the US, using drop addresses.</p>

<h2>Legitimate care, and its limits</h2>
<p>Doctors interviewed for this article stressed that ketamine therapy, delivered by clinicians who evaluate and monitor patients, can help people with depression that has resisted other treatments. But they also acknowledged that cost and waiting times push people toward the black market. "The sellers are filling a gap that the health system created," one psychiatrist said. "That doesn't make them less dangerous."</p>

<h2>How we reported this story</h2>
<p>Reporters joined public channels and groups using accounts that did not misrepresent their identity when asked. They did not purchase any substance. Quotes from ads are reproduced verbatim except for removing contact handles and phone numbers. Sources who bought from sellers were interviewed and, where possible, their accounts corroborated with screenshots and bank records.</p>
<p class="help">If you or someone you know is struggling, call or text 988.</p>
</article>
<aside class="related"><h4>Related coverage</h4><ul><li><a href="/health/2026/10/ketamine-clinics-costs">Why ketamine therapy costs so much</a></li><li><a href="/news/2026/09/dea-telemedicine-rule">DEA's telemedicine rule, explained</a></li><li><a href="/investigations/2026/06/fake-pharmacies">The fake pharmacies that never ship</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 The Ledger Herald &middot; <a href="/corrections">Corrections</a> &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h10733", "https://courtwatch-daily.example/federal/2026/12/dark-web-ketamine-vendor-sentenced", "informational", False, "en",
  "court-report-sentencing-quoting-listings-stealth-shipping", "'Northshore' dark-web ketamine vendor sentenced to 97 months | Courtwatch Daily", """
<header><a class="logo" href="/">Courtwatch Daily</a>
<nav><a href="/federal">Federal</a> <a href="/state">State</a> <a href="/appeals">Appeals</a> <a href="/dockets">Dockets</a> <a href="/newsletter">Newsletter</a></nav></header>
<main>
<article>
<p class="kicker">Federal &middot; Sentencing</p>
<h1>"Northshore" dark-web ketamine vendor sentenced to 97 months</h1>
<p class="byline">By Rachel Osei &middot; December 4, 2026</p>

<p>A 38-year-old man who prosecutors say ran one of the most prolific ketamine vendor accounts on several dark-web marketplaces was sentenced Thursday to 97 months in federal prison, followed by three years of supervised release, and ordered to forfeit roughly $1.9 million in cryptocurrency.</p>
<p>The defendant pleaded guilty in August to one count of conspiracy to distribute ketamine and one count of money laundering conspiracy. A co-defendant, his former partner, pleaded guilty to a money laundering count and is scheduled to be sentenced in February.</p>

<h2>What the listings said</h2>
<p>The government's sentencing memorandum reproduces dozens of the vendor's listings and terms of service. One listing, for 10 grams, read: "S-ISO crystal, large glassy shards, lab tested no cuts. Bulk pricing on request for 50g and 100g. Tracked EU / untracked EU / UK." Prices ranged from the equivalent of $24 per gram for bulk orders to about $32 per gram for smaller quantities.</p>
<p>The vendor's terms, also quoted in the memorandum, promised "moisture-barrier bags, heat sealed twice, inside an ordinary business envelope", and set out a "reship policy": 50% for first-time customers, 100% for buyers with five or more completed orders. Buyers were told to "always encrypt your address with our PGP key" and warned that "anyone claiming to be us on another platform is a scammer."</p>
<p>Prosecutors said the account completed more than 2,300 sales on one market alone, and that investigators traced at least 46 kilograms of ketamine shipped over three years, mostly to buyers in Europe, the United Kingdom and Australia, with a smaller share within the United States.</p>

<h2>How investigators found him</h2>
<p>According to court filings, investigators linked the vendor account to the defendant through a combination of blockchain analysis, postal surveillance and a mistake: a batch of parcels dropped at several post offices in the same week carried identical, unusual postage combinations, and one post office's camera footage showed the defendant's car. A search of his rented storage unit found a vacuum sealer, several thousand mylar bags, a digital scale and approximately 3.1 kilograms of ketamine. Investigators also recovered a laptop with the vendor's PGP keys.</p>
<p>Prosecutors said the ketamine was sourced in bulk from overseas suppliers, reportedly as veterinary or industrial product, and repackaged.</p>

<h2>Arguments at sentencing</h2>
<p>Prosecutors asked for 120 months, arguing that the scale of the operation and its international reach warranted a sentence at the top of the guidelines range. They pointed to a chat log in which the defendant told a buyer, who had written that he used ketamine daily for depression and had bladder pain, to "try the 28g, better value." "The defendant knew exactly who some of his customers were," the assistant U.S. attorney told the court.</p>
<p>The defence asked for 60 months, citing the defendant's lack of criminal history, his own history of depression and substance use, his guilty plea and his cooperation in identifying payment infrastructure. Counsel also noted that the vendor's listings included safety warnings, such as "start low and go slow, never use alone."</p>
<p>The judge said the safety warnings did not change the nature of the conduct. "Putting a warning label on a product you are selling illegally to strangers all over the world is not harm reduction," she said. "It's marketing." She also noted the defendant's remorse and the steps he had taken toward treatment while on pretrial release.</p>

<h2>The buyers</h2>
<p>The government's filings include excerpts from buyers' messages, with identities redacted. Several described using ketamine for depression or anxiety. One wrote that he had "tried everything my doctor gave me" and asked whether the vendor could "recommend a schedule". Another complained of bladder pain and asked whether it was "normal". The vendor's replies, prosecutors said, consistently encouraged larger orders.</p>
<p>Two victim impact statements were read in court. A mother whose son had been hospitalised with severe ketamine-related bladder damage described the vendor account as "a business that made money from my son's illness". A former customer wrote that he had been using daily for two years, lost his job and his relationship, and was now in recovery. "I don't blame one person," he wrote. "But I want the court to know that the packages were very easy to get, and very hard to stop getting."</p>
<p>The defence noted that the defendant had written a letter of apology to both families, which was filed under seal.</p>
<h2>Context</h2>
<p>The case is one of several federal prosecutions this year involving ketamine sold online, amid growing concern about both dark-web markets and clear-web websites and social media accounts. Public health officials have warned of rising ketamine-related hospital admissions, especially for bladder damage, and regulators are also scrutinising some telehealth companies' prescribing practices.</p>
<p>Legal experts said the sentence was in line with recent cases. "Ketamine is Schedule III, so statutory maximums are lower than for fentanyl or methamphetamine," said a criminal defence lawyer who was not involved in the case. "But the money laundering count and the volume push the guidelines up considerably."</p>

<h2>Reaction</h2>
<p>A spokesperson for the U.S. Attorney's Office said after the hearing that the case "shows that anonymity online is not what vendors think it is." A harm-reduction organisation that had followed the case said in a statement that enforcement alone would not reduce harm while demand for affordable mental health care went unmet.</p>
<h2>Forfeiture</h2>
<p>The defendant agreed to forfeit cryptocurrency worth about $1.9 million at the time of seizure, a vehicle and the contents of two bank accounts. The judge ordered that he participate in substance use treatment while incarcerated.</p>
<p class="docket">Case information: United States v. [defendant], No. 1:25-cr-00000 (U.S. District Court). Sentencing memorandum and judgment available on the court's public docket.</p>
</article>
<aside><h4>More from Federal</h4><ul><li><a href="/federal/2026/11/pharmacy-owner-pleads">Pharmacy owner pleads guilty in diversion case</a></li><li><a href="/federal/2026/10/crypto-laundering-ruling">Appeals court ruling on crypto mixers</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 Courtwatch Daily &middot; <a href="/about">About</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""")

p("h10734", "https://medicines-safety-agency.example/guidance/buying-medicines-online-ketamine", "informational", False, "en",
  "government-guidance-buying-medicines-online-quoting-example-ads", "Buying medicines online safely: ketamine and esketamine | Medicines Safety Agency", """
<header class="gov"><div class="crest">Medicines Safety Agency</div>
<nav><a href="/">Home</a> <a href="/guidance">Guidance</a> <a href="/alerts">Safety alerts</a> <a href="/report">Report a problem</a> <a href="/about">About the agency</a></nav>
<form class="search"><input type="search" placeholder="Search"></form></header>
<div class="govbanner">This is an official government website.</div>
<main>
<p class="crumbs">Home &rsaquo; Guidance &rsaquo; Buying medicines online</p>
<h1>Buying medicines online safely: ketamine and esketamine</h1>
<p class="updated">Published 3 June 2026 &middot; Last updated 1 December 2026</p>

<section>
<h2>Summary</h2>
<p>Ketamine and esketamine are prescription-only controlled medicines. They cannot legally be sold to the public without a prescription, and esketamine nasal spray is only given in healthcare settings. Websites, social media accounts and messaging channels that offer to sell them directly to you are operating illegally. This guidance explains how to recognise them, the risks, and what to do if you have already bought something.</p>
</section>

<section>
<h2>Why this guidance has been issued</h2>
<p>In the last two years we have seen a large increase in reports about online sellers of ketamine and esketamine. Many target people with depression, anxiety or chronic pain, using language copied from legitimate healthcare providers. Our officers have found sellers operating on websites, on social media, on messaging apps and on online marketplaces. Many of the products tested by our laboratory did not contain what they claimed.</p>
</section>

<section>
<h2>Examples of the kind of adverts we see</h2>
<p>The following are examples taken from real adverts reported to us, with contact details removed. They are shown so you can recognise similar wording. They are not offers.</p>
<blockquote>"Esketamine nasal spray 28mg &ndash; original packaging &ndash; no prescription required &ndash; next-day discreet delivery &ndash; pay by bank transfer or crypto for 10% off."</blockquote>
<blockquote>"Ketamine therapy at home. Complete our 3-minute assessment, get instant approval, and receive your lozenges in 48 hours. No GP letter needed."</blockquote>
<blockquote>"Veterinary ketamine 100mg/ml, 10ml vials, for professionals and private buyers. Plain parcel. Contact on WhatsApp for price list."</blockquote>
<blockquote>"Research chemical 2F-DCK, 99% purity, not for human consumption, 5g &pound;110."</blockquote>
<p>Any one of these features, such as "no prescription", "instant approval", payment by cryptocurrency or gift cards, ordering through messaging apps, or "not for human consumption" labels on substances that are clearly intended for people, is a strong warning sign.</p>
</section>

<section>
<h2>The risks</h2>
<ul>
<li><strong>Unknown contents.</strong> Our testing has found products labelled as ketamine that contained ketamine analogues, other medicines, or no active substance.</li>
<li><strong>Unknown dose.</strong> Even genuine ketamine sold this way comes without reliable dosing information.</li>
<li><strong>No medical assessment.</strong> Ketamine is not safe for everyone. People with some heart and blood vessel conditions, high blood pressure, a history of psychosis or substance misuse, or who are pregnant, may be harmed.</li>
<li><strong>No monitoring.</strong> Side effects such as raised blood pressure, confusion and dissociation are managed in healthcare settings. At home, alone, they can be dangerous.</li>
<li><strong>Fraud and blackmail.</strong> Many sellers take payment and send nothing, then demand further payments. Some buyers have been threatened by people pretending to be police officers or officials.</li>
<li><strong>Legal consequences.</strong> Importing or possessing a controlled drug without a prescription is an offence.</li>
</ul>
</section>

<section>
<h2>How to recognise a legitimate provider</h2>
<p>Legitimate providers of ketamine or esketamine treatment will:</p>
<ul>
<li>be registered with the relevant healthcare regulator, which you can check on the regulator's website;</li>
<li>assess you properly, in person or by video consultation, before any prescription;</li>
<li>have named, registered prescribers;</li>
<li>dispense any prescribed medicine through a registered pharmacy;</li>
<li>monitor you during and after treatment.</li>
</ul>
<p>Registered online pharmacies must display the common logo, and clicking it should take you to the register entry.</p>
</section>

<section>
<h2>Travelling with prescribed ketamine</h2>
<p>If you have been prescribed ketamine and need to travel, carry it in the original pharmacy packaging with a copy of your prescription or a letter from your prescriber. Check the rules of the country you are visiting; some require an import licence or do not allow it at all. Do not post prescribed medicine to yourself abroad.</p>
<h2>If you have already bought ketamine online</h2>
<ul>
<li>Do not use the product.</li>
<li>If you have used it and feel unwell, seek urgent medical help; call the emergency number.</li>
<li>Do not make any further payments, whatever you are told.</li>
<li>Contact your bank or card provider.</li>
<li>Report the seller to us using the online form.</li>
<li>If you are being threatened or blackmailed, report it to the police.</li>
</ul>
<p>You will not be prosecuted for reporting a seller to us.</p>
</section>

<section>
<h2>What we are doing</h2>
<p>We work with internet companies, payment providers, border officials and the police to take down illegal websites and accounts and to stop shipments. In the last 12 months, we had more than 1,400 websites and social media accounts removed and seized more than 60,000 doses of ketamine and esketamine products.</p>
</section>

<section>
<h2>Information for healthcare professionals</h2>
<p>Please ask patients presenting with unexplained urinary symptoms, abdominal pain, or psychiatric symptoms about ketamine use, including products bought online. Suspected adverse reactions to products bought online should be reported through the usual reporting scheme, including as much detail as possible about the product and source. Prescribers should be aware that some patients who are waiting for treatment may be tempted to buy online and may benefit from a conversation about the risks.</p>
</section>
<section>
<h2>Information for online platforms and payment providers</h2>
<p>We ask platforms to act promptly on reports of accounts offering controlled medicines, to watch for coded language and emoji substitutions used to avoid filters, and to share information with us where the law allows. Payment providers can help by monitoring for patterns associated with illegal medicine sales, such as repeated small payments to accounts that advertise "discreet" delivery.</p>
</section>
<section>
<h2>Get help</h2>
<p>If you are struggling with your mental health, speak to your GP. If you are in crisis, contact the emergency services or a crisis helpline. If you are worried about your own or someone else's ketamine use, local drug and alcohol services can offer confidential support.</p>
</section>
<p class="related">Related: <a href="/guidance/fake-online-pharmacies">Fake online pharmacies</a> &middot; <a href="/alerts/ketamine-analogue-2026">Safety alert: ketamine analogue in products sold online</a> &middot; <a href="/report">Report a suspicious website</a></p>
</main>
<footer class="gov-footer"><p>&copy; Crown copyright &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/cookies">Cookies</a></p></footer>
""", noise="cookie")
p("h10735", "https://checkpoint-drug-checking.example/reports/2026-q3-online-ketamine", "informational", False, "en",
  "drug-checking-service-quarterly-report-quoting-vendor-ads", "Quarterly Report Q3 2026: Ketamine Bought Online | Checkpoint Drug Checking", """
<header><a class="logo" href="/">Checkpoint Drug Checking</a>
<nav><a href="/how-it-works">How it works</a> <a href="/locations">Drop-in sites</a> <a href="/postal">Postal testing</a> <a href="/alerts">Alerts</a> <a href="/reports" class="on">Reports</a> <a href="/donate">Donate</a></nav></header>
<main>
<article>
<h1>Quarterly report, Q3 2026: ketamine bought online</h1>
<p class="meta">Published November 15, 2026 &middot; Checkpoint is a nonprofit drug-checking service operating drop-in sites and anonymous postal testing.</p>

<section>
<h2>Key findings</h2>
<ul>
<li>We tested 212 samples sold as ketamine in Q3, of which 87 were bought online (websites, social media, messaging channels or dark-web markets) and 125 in person.</li>
<li>Of the online samples, 61% contained ketamine as the only psychoactive substance, 14% contained a ketamine analogue (mostly 2F-DCK, also deschloroketamine and O-PCE), 9% contained a mixture, and 16% contained nothing psychoactive.</li>
<li>Samples sold as "pharmaceutical" or "esketamine" were no more likely to be pure ketamine than others.</li>
<li>Three samples sold as ketamine contained a benzodiazepine-type substance, which increases overdose risk when combined with alcohol or opioids.</li>
</ul>
</section>

<section>
<h2>How we collected samples</h2>
<p>People submit small samples anonymously at our drop-in sites or by post. We ask where the sample was obtained and how it was advertised, and, if the person is willing, to share the advert. We do not buy drugs and we do not verify claims about sources. Analysis is by FTIR spectroscopy with confirmatory GC-MS for a subset.</p>
</section>

<section>
<h2>What the adverts said</h2>
<p>Many participants shared screenshots of the adverts that led them to buy. We reproduce some below, with contact details removed, because the gap between what was promised and what was found is important for people to see.</p>
<table class="ads">
<tr><th>Advert text (as submitted)</th><th>What we found</th></tr>
<tr><td>"PHARMA GRADE ketamine HCl, 99.8%, lab tested, 3.5g $95, stealth shipped, BTC only"</td><td>2F-DCK, no ketamine detected</td></tr>
<tr><td>"Spravato esketamine nasal spray, original, $210, no prescription, ships tomorrow"</td><td>Saline solution, no active substance</td></tr>
<tr><td>"Vet K vials 10ml 100mg/ml, sealed, $85, WhatsApp to order"</td><td>Ketamine, concentration approx. 48 mg/ml</td></tr>
<tr><td>"Needle shards S-iso, 7g &pound;160, next-day, reship guaranteed"</td><td>Ketamine only</td></tr>
<tr><td>"At-home ketamine therapy lozenges, 16 count, instant approval, $289"</td><td>Lozenges contained ketamine and an unidentified benzodiazepine-type compound</td></tr>
<tr><td>"Research chemical 2F-DCK, not for human consumption, 5g &euro;120"</td><td>2F-DCK</td></tr>
<tr><td>"K crystal from NL, Telegram @[removed], Monero accepted"</td><td>Ketamine with caffeine</td></tr>
</table>
</section>

<section>
<h2>Analogues: why they matter</h2>
<p>2F-DCK and deschloroketamine act similarly to ketamine but can have different potency and duration. People who take them believing they have ketamine may redose too early, take more than intended, or combine with other substances in ways they would not otherwise. Very little is known about the long-term effects of these analogues. O-PCE, found in two samples, is considerably more potent than ketamine.</p>
</section>

<section>
<h2>"Therapy" products</h2>
<p>This quarter, for the first time, we received a noticeable number of samples (11) from websites that present themselves as at-home ketamine therapy services but did not involve any consultation with a clinician. Participants described filling in short questionnaires and being approved immediately. Four of these products did not match their label. We want to be clear that there are legitimate telehealth services that prescribe ketamine after a proper evaluation and dispense through licensed pharmacies; none of the samples we received came from such services, as far as we know.</p>
</section>

<section>
<h2>Safety advice</h2>
<ul>
<li>Test what you have. Reagent tests can help, but cannot reliably distinguish ketamine from its analogues. Our postal service can.</li>
<li>Start with a small amount and wait, especially with a new source.</li>
<li>Avoid mixing with alcohol, benzodiazepines, GHB or opioids.</li>
<li>Watch for bladder symptoms and take breaks.</li>
<li>Do not use alone.</li>
</ul>
</section>

<section>
<h2>Alerts issued this quarter</h2>
<ul><li><strong>July 14:</strong> Lozenges sold as "at-home ketamine therapy" found to contain a benzodiazepine-type compound. Risk of heavy sedation, especially with alcohol.</li><li><strong>August 2:</strong> "Esketamine nasal spray" bought via Instagram found to contain saline only. Likely fraud; buyers may be targeted for follow-up extortion.</li><li><strong>September 19:</strong> Crystals sold as ketamine through a Telegram channel found to be O-PCE, a much more potent arylcyclohexylamine. Extreme caution with any redosing.</li></ul>
<p>Alerts are posted on our website and shared with partner services and emergency departments in the region.</p>
<h2>Trends</h2>
<p>Compared with Q2, the share of online samples that contained an analogue rose from 9% to 14%. The share containing nothing psychoactive rose from 11% to 16%, driven by esketamine "nasal sprays" bought through social media. Prices quoted in adverts fell slightly, with crystal ketamine commonly advertised at between $25 and $35 per gram for quantities over 7 g.</p>
</section>

<section>
<h2>Advertised price versus content</h2>
<table class="prices"><tr><th>Product type as advertised</th><th>Median advertised price</th><th>Samples</th><th>Matched label</th></tr>
<tr><td>Crystal/powder ketamine</td><td>$29/g</td><td>54</td><td>72%</td></tr>
<tr><td>Injectable vials</td><td>$80/10 ml</td><td>9</td><td>67% (concentration often lower)</td></tr>
<tr><td>Esketamine nasal spray</td><td>$205/device</td><td>8</td><td>0%</td></tr>
<tr><td>"Therapy" lozenges/tablets</td><td>$18/dose</td><td>11</td><td>64%</td></tr>
<tr><td>Labelled analogue (RC)</td><td>$24/g</td><td>5</td><td>100%</td></tr></table>
<h2>What participants told us</h2>
<p>We invite people who submit samples to share, if they wish, why they bought online. Of 87 participants, 31 mentioned depression, anxiety or PTSD, 12 said they had been on a waiting list for treatment, and 9 said they could not afford a clinic. Others described recreational use. Some comments:</p>
<blockquote>"I thought buying the spray was safer than powder because it looked medical." </blockquote>
<blockquote>"The website had a doctor's photo and a questionnaire. I didn't realise nobody actually read it."</blockquote>
<blockquote>"I've used the same Telegram guy for a year and never had a problem, but I wanted to check."</blockquote>
<p>We share these not to judge anyone but because they show how medical-looking marketing shapes people's sense of risk.</p>
<h2>Methods and limitations</h2>
<p>Our samples are not a random sample of the market. People may be more likely to submit samples they are suspicious of. FTIR has limited sensitivity for minor components. We report concentrations only for liquids analysed by quantitative methods.</p>
</section>
<p class="thanks">We thank everyone who submitted samples and adverts. Checkpoint is funded by public health grants and individual donations.</p>
</article>
</main>
<footer><p>Checkpoint Drug Checking &middot; Registered nonprofit &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact</a></p></footer>
""")

p("h10736", "https://askthecommons.example/r/ScamWatch/comments/9k2x1q/is_this_ketamine_clinic_legit", "informational", False, "en",
  "forum-thread-long-users-dissecting-scam-site-price-list", "Is this ketamine \"clinic\" legit? They want crypto and WhatsApp : r/ScamWatch", """
<header class="ac-header"><a class="ac-logo" href="/">askthecommons</a>
<form class="ac-search"><input type="search" placeholder="Search r/ScamWatch"></form>
<nav><a href="/login">Log in</a> <a href="/signup">Sign up</a></nav></header>
<div class="ac-sub"><a href="/r/ScamWatch">r/ScamWatch</a> &middot; 412k members &middot; <a href="/r/ScamWatch/wiki/rules">Rules</a></div>
<main>
<article class="ac-post">
<p class="ac-meta">Posted by u/harbor_lights_22 &middot; 3d</p>
<h1>Is this ketamine "clinic" legit? They want crypto and WhatsApp</h1>
<div class="ac-body">
<p>My sister has been dealing with really bad depression for years. She found a site called something like "Serenity Rapid Relief" that says it's a ketamine clinic. She asked me to look at it before she pays because something felt off to her. Here's what it says (copying from the page):</p>
<blockquote><p>"Starter Kit &ndash; 8 sublingual ketamine tablets &ndash; $189. Monthly Plan &ndash; 16 tablets &ndash; $299. Nasal Spray Bundle &ndash; $349. Complete our 3-minute questionnaire and get approved instantly. No video call needed. Ships same day in plain packaging. Pay with card, Zelle or crypto (10% off)."</p></blockquote>
<p>Then at the bottom it says "for faster service message us on WhatsApp". She messaged them and they said card payments are "temporarily unavailable" and she should pay $299 in USDT or with Apple gift cards. There's no doctor named anywhere. Is this a scam? She really wants it to be real.</p>
</div>
<p class="ac-stats">&#9650; 1.8k &middot; 214 comments</p>
</article>

<section class="ac-comments">
<div class="c"><p class="cm">u/ScamWatchBot &middot; MOD &middot; 3d</p><p>Reminder: never share personal information or send money to anyone you met through this subreddit. See our wiki on fake pharmacies.</p></div>

<div class="c"><p class="cm">u/quietharbor_rn &middot; 3d &middot; &#9650; 2.1k</p>
<p>I'm a nurse. This is not legit. Ketamine is a controlled substance in the US. A real provider has to evaluate your sister, usually on a live video call at minimum, before prescribing. "Instant approval" and "no video call" means nobody is checking whether it's safe for her (blood pressure, heart issues, psychosis history, interactions). And no legit medical provider has ever asked for Apple gift cards.</p>
<div class="c reply"><p class="cm">u/harbor_lights_22 &middot; OP &middot; 3d</p><p>Thank you. She'll be gutted but better now than after paying.</p></div></div>

<div class="c"><p class="cm">u/throwaway_k_2025 &middot; 3d &middot; &#9650; 940</p>
<p>I fell for almost the exact same thing last year. Different name, same prices. Paid $289 in BTC. Got a tracking number that never updated. Then they asked for $150 "customs clearance". Then a week later I got a text from a "DEA agent" saying I'd be arrested unless I paid $2,000. I didn't pay, reported everything to IC3 and my local PD. Nothing happened to me but I lost the money. Please tell your sister.</p></div>

<div class="c"><p class="cm">u/data_sleuth &middot; 3d &middot; &#9650; 712</p>
<p>Looked up the domain. Registered 6 weeks ago through a privacy service. The "patient testimonials" photos are stock images (reverse image search finds them on three other "clinics"). The "about us" paragraph is copied word-for-word from a real infusion clinic in Oregon. Classic.</p></div>

<div class="c"><p class="cm">u/redflag_rita &middot; 2d &middot; &#9650; 508</p>
<p>Checklist for OP and anyone reading:</p>
<ul><li>No named doctor/NP with a licence you can look up? Red flag.</li><li>Instant approval? Red flag.</li><li>Crypto, gift cards, Zelle "friends &amp; family"? Red flag.</li><li>Moves you to WhatsApp/Telegram? Red flag.</li><li>"Plain packaging", "discreet", "no prescription"? Red flag.</li></ul>
<p>Any one is enough to walk away.</p></div>

<div class="c"><p class="cm">u/midwest_mike &middot; 2d &middot; &#9650; 301</p>
<p>For what it's worth, there are legit options. My wife did infusions at a clinic near us and it helped. Expensive though, around $500 each. Some telehealth companies do at-home ketamine too, but they do a full video evaluation first with an actual psychiatrist, check your blood pressure, and ship from a pharmacy with your name on the label. If it doesn't look like that, it's not real.</p>
<div class="c reply"><p class="cm">u/quietharbor_rn &middot; 2d</p><p>This. Also the branded nasal spray is only given in a doctor's office. Anyone selling it to mail to you is lying.</p></div></div>

<div class="c"><p class="cm">u/sun_and_static &middot; 2d &middot; &#9650; 188</p>
<p>Depression makes you so vulnerable to this. Scammers know exactly who they're targeting. Sending your sister a hug.</p></div>

<div class="c"><p class="cm">u/pharm_tech_jo &middot; 2d &middot; &#9650; 164</p>
<p>Pharmacy tech here. Even when these places DO ship something, you have no idea what it is. Drug-checking groups have found analogues and straight-up nothing in this kind of "kit". Please don't take anything from them.</p></div>

<div class="c"><p class="cm">u/not_a_lawyer_but &middot; 2d &middot; &#9650; 142</p>
<p>Also worth knowing: in most states, buying a Schedule III drug without a prescription is itself illegal, so these scammers count on victims being too scared to go to the police. Reporting a fraud you were a victim of is very unlikely to get you in trouble, and IC3 reports are what eventually get these domains taken down.</p></div>

<div class="c"><p class="cm">u/ketaminewatch_volunteer &middot; 2d &middot; &#9650; 97</p>
<p>I volunteer with a group that tracks these sites. This exact template (the "Starter Kit $189 / Monthly Plan $299 / Nasal Spray Bundle $349" pricing, "instant approval", "no video call") has appeared on at least 30 domains this year. They rotate names every few weeks: Serenity, Stillwater, Haven, Calm Harbor. Same text, same fake testimonials ("Rachel, 41" is on nearly all of them). If you see it, report it to the host and registrar as well as the FDA.</p>
<div class="c reply"><p class="cm">u/data_sleuth &middot; 2d</p><p>Can confirm, "Rachel, 41" is on the one OP found too.</p></div></div>

<div class="c"><p class="cm">u/gentle_reminder &middot; 2d &middot; &#9650; 88</p>
<p>OP, one more thing: if your sister gave them her name, address or phone number, she may get follow-up "recovery" scams, people offering to get her money back for a fee. Those are scams too. Nobody legit charges upfront to recover scam losses.</p></div>

<div class="c"><p class="cm">u/harbor_lights_22 &middot; OP &middot; 1d &middot; &#9650; 620</p>
<p>Update: she didn't pay. We reported the site to the FDA and the hosting company. She has an appointment with her GP next week to ask about a referral for ketamine or esketamine through proper channels. Thank you all, seriously.</p></div>
</section>
<aside class="ac-side"><h4>About r/ScamWatch</h4><p>Ask whether something is a scam. Share scams you've seen. No personal info. No selling.</p><h4>Wiki</h4><ul><li><a href="#">Fake pharmacies</a></li><li><a href="#">Recovery scams</a></li><li><a href="#">Gift card scams</a></li></ul></aside>
</main>
<footer><p>askthecommons &middot; <a href="/policies/content">Content policy</a> &middot; <a href="/policies/privacy">Privacy</a></p></footer>
""")

p("h10737", "https://digital-drug-markets-lab.example/research/briefs/clearweb-ketamine-sellers-2026", "informational", False, "en",
  "research-summary-study-of-online-ketamine-sellers-quoting-listings", "Research Brief: How Clear-Web Ketamine Sellers Present Themselves | Digital Drug Markets Lab", """
<header><a class="logo" href="/">Digital Drug Markets Lab</a>
<nav><a href="/research">Research</a> <a href="/research/briefs" class="on">Policy briefs</a> <a href="/data">Data</a> <a href="/people">People</a> <a href="/news">News</a></nav></header>
<main>
<article>
<p class="series">Policy Brief No. 14 &middot; December 2026</p>
<h1>How clear-web ketamine sellers present themselves: a content analysis of 312 websites and channels</h1>
<p class="authors">Summary of a peer-reviewed study by the Digital Drug Markets Lab, a university research group.</p>

<section><h2>Key messages</h2>
<ul>
<li>Most clear-web sellers of ketamine no longer look like drug shops. Nearly half present themselves as clinics, telehealth services, pharmacies or wellness brands.</li>
<li>The most common "medical" signals on seller sites were copied research summaries (71%), images of clinicians (48%) and references to depression or PTSD (66%). Only 3% named a prescriber, and none of those names matched a licence record.</li>
<li>Sales signals were usually confined to a small part of each page: a price table, a product box, a contact line or a payment note.</li>
<li>Legitimate providers use much of the same vocabulary, including prices, packages, shipping and scam warnings; what sets them apart is verifiable clinical information.</li>
</ul></section>

<section><h2>Background</h2>
<p>Ketamine's growing role in mental health care has been accompanied by an expanding online market. Earlier studies of online drug markets focused on dark-web cryptomarkets, where listings are explicit and structured. Less is known about clear-web websites, social media and messaging channels, where sellers compete for attention with legitimate providers and borrow their language.</p></section>

<section><h2>Methods</h2>
<p>Between January and June 2026, we identified 312 websites, social-media accounts and public messaging channels offering ketamine, esketamine or ketamine analogues for sale in English, Spanish, German, French, Portuguese and Dutch. We identified them through search-engine queries, platform searches and referrals from harm-reduction partners. Two coders independently coded each site for 48 features, with disagreements resolved by a third coder. We did not contact sellers or buy products.</p>
<p>We also coded a comparison sample of 120 legitimate providers (in-person clinics and telehealth services) for the same features.</p></section>

<section><h2>Findings</h2>
<h3>Presentation</h3>
<p>Of the 312 sellers, 29% presented as clinics or telehealth services, 12% as pharmacies, 7% as wellness or supplement brands, 11% as "research chemical" suppliers, 6% as veterinary suppliers, 14% as blogs or information sites with a store link, and 21% as plain vendor accounts or channels.</p>

<h3>Where the sale appears</h3>
<p>On sites presenting as clinics, blogs or information pages, the median page was about 1,400 words long, and the text that actually offered the drug, such as a price table, a contact handle or a payment line, accounted for a median of 4% of the words. Examples from our sample (contact details removed) include:</p>
<blockquote>"Reader-recommended partner: racemic ketamine HCl and esketamine spray shipped to your door in plain packaging. No prescription and no doctor visit needed."</blockquote>
<blockquote>"Questions about availability in your country? We supply pharma-grade ketamine to all US states, Canada, UK and EU without a prescription &ndash; text or WhatsApp for the current list and prices."</blockquote>
<blockquote>"Instant approval: our system reviews your answers as soon as you submit them. There is no video call."</blockquote>
<blockquote>"Op zoek naar K zonder gedoe? Prijslijst en bestellen via Telegram."</blockquote>

<h3>Language differences</h3>
<p>Sellers writing in English were more likely to present as clinics or telehealth services (34%) than those writing in other languages (21%). German- and Dutch-language sellers more often presented as blogs or news sites with a store link or messaging contact. Spanish- and Portuguese-language sellers more often used WhatsApp as the ordering channel and accepted local instant-payment systems. French-language sellers were over-represented among veterinary-product sites. Across languages, the share of sellers explicitly stating "no prescription" was similar, around 40%.</p>
<h3>Medical claims</h3>
<p>Two thirds of seller sites made claims about treating depression, anxiety or PTSD, and one in five made claims about chronic pain. Most of these claims were paraphrased from published research summaries; several sites reproduced entire paragraphs from legitimate clinics' websites. Safety information, such as warnings about blood pressure or bladder damage, appeared on 52% of seller sites, a higher proportion than we expected.</p>
<h3>Payment and delivery</h3>
<p>Cryptocurrency was accepted by 64% of sellers, gift cards by 19%, peer-to-peer payment apps by 37%, and cards by 22% (often "temporarily unavailable" when tested by message). Terms such as "stealth", "discreet", "plain packaging" or "reship" appeared on 58% of seller sites. By contrast, these terms appeared on 6% of legitimate providers, always in the context of pharmacy packaging of prescribed medicine.</p>

<h3>Overlap with legitimate providers</h3>
<p>Legitimate providers frequently used words that also appear on seller sites, including prices, packages, "buy", "order", "shipping", payment apps and warnings about scams. What distinguished them were a small number of features: named, verifiable clinicians (94% of legitimate providers), descriptions of an evaluation before prescribing (98%), monitoring during or after treatment (91%), and, for telehealth, dispensing through a licensed pharmacy only after a prescription (100% of telehealth services).</p></section>

<section><h2>Implications</h2>
<p>For regulators and platforms, takedown requests that target only explicit drug shops will miss a large part of the market. Many of the sites in our sample would pass a casual inspection as a health blog or a small clinic. We recommend that platform trust-and-safety teams receive training on the specific signals listed above, that search engines demote pages combining medical claims with crypto-only payment, and that professional regulators make it easier for the public to check whether a named clinician is licensed. For clinics and telehealth services, displaying prescriber names and licence numbers prominently, and explaining the evaluation process in plain language, may help patients tell them apart from impostors, several of which copied legitimate providers' text and photographs.</p></section>

<section><h2>Limitations</h2>
<p>Our sample is not exhaustive and over-represents sellers visible through search engines. Sites change quickly; some were removed during the study. We did not verify whether sellers actually delivered products.</p></section>

<p class="cite">Full study: Digital Drug Markets Lab (2026). Open-access article and coding manual available on our <a href="/data">data page</a>.</p>
</article>
</main>
<footer><p>Digital Drug Markets Lab &middot; Department of Public Health &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact</a></p></footer>
""")
p("h10738", "https://diario-del-litoral.example/sociedad/2026/11/30/ketamina-redes-sociales-venta", "informational", False, "es",
  "reportaje-periodistico-largo-citando-anuncios-precios-telegram", "«Sin receta y en 24 horas»: así se vende la ketamina en redes sociales | Diario del Litoral", """
<header class="diario"><a class="cabecera" href="/">Diario del Litoral</a>
<nav><a href="/local">Local</a> <a href="/sociedad" class="activo">Sociedad</a> <a href="/politica">Política</a> <a href="/economia">Economía</a> <a href="/salud">Salud</a> <a href="/deportes">Deportes</a> <a href="/suscripcion" class="sus">Suscríbete</a></nav></header>
<main>
<article>
<p class="seccion">Sociedad &middot; Reportaje</p>
<h1>«Sin receta y en 24 horas»: así se vende la ketamina en redes sociales</h1>
<p class="subtitulo">Durante tres meses, este diario siguió cuentas y canales que ofrecen ketamina y esketamina a personas con depresión. Los anuncios imitan a clínicas, prometen envíos discretos y piden el pago en criptomonedas.</p>
<p class="firma">Laura Gimeno &middot; 30 de noviembre de 2026</p>

<p>El anuncio aparece entre un vídeo de recetas y otro de un concierto. Una mujer sonriente con bata blanca y un texto en letras grandes: «¿Depresión que no mejora? Terapia con ketamina en casa. Sin listas de espera». Al pulsar, el enlace lleva a una web de aspecto cuidado, con fotos de consultas luminosas, párrafos sobre neuroplasticidad y testimonios de pacientes. Solo al final, en un recuadro, aparece lo importante: «Kit de inicio: 8 comprimidos, 179 euros. Aprobación inmediata tras el cuestionario. Envío discreto en 24-48 horas. Pago con tarjeta, Bizum o criptomonedas».</p>
<p>No hay ningún médico identificado. Cuando este diario completó el cuestionario indicando hipertensión no controlada y antecedentes de psicosis, la web respondió en segundos: «¡Enhorabuena! Has sido aprobado».</p>

<h2>Del canal de Telegram al buzón</h2>
<p>La web es solo una de las caras del mercado. En Telegram, este periódico localizó 17 canales en español que anuncian ketamina de forma abierta. Los mensajes siguen un patrón: «Keta cristal 1 g 40 &euro;, 5 g 180 &euro;. Viales 10 ml 65 &euro;. Esketamina spray original 150 &euro;. Envíos a toda España, discretos, con seguimiento. Pago en BTC o USDT. Escribe por privado». Algunos añaden fotos de viales veterinarios con la etiqueta parcialmente tapada. Otros presumen de «calidad farmacéutica» y de «reenvío garantizado si Correos lo pierde».</p>
<p>La Policía Nacional confirma que investiga varios de estos canales. «Cierran uno y abren otro en horas», explica un agente de la unidad de delitos tecnológicos que prefiere no dar su nombre. «Muchos no envían nada. Otros envían algo que no es lo que dicen. Y a algunos compradores luego los extorsionan haciéndose pasar por policías».</p>

<h2>Los compradores</h2>
<p>Marta, de 41 años y vecina de Castellón, lleva una década con depresión. «Había probado cinco antidepresivos. Leí sobre la ketamina y pregunté en la pública; me dijeron que la esketamina solo se da en algunos hospitales y que había lista de espera. Vi el anuncio y pensé: ¿por qué no?». Pagó 179 euros por Bizum a un número particular. Nunca recibió nada. Cuando reclamó, le pidieron 90 euros más «por la aduana». Después recibió un correo, supuestamente de la Guardia Civil, que le exigía 600 euros para «archivar la denuncia». No pagó y lo denunció.</p>
<p>Otros sí recibieron el paquete. Una asociación de reducción de riesgos que analiza sustancias de forma anónima explica que, de las muestras vendidas como ketamina por internet que ha analizado este año, aproximadamente una de cada cuatro contenía otra sustancia, sobre todo análogos como la 2F-DCK, o nada en absoluto.</p>

<h2>El rastro de los viales veterinarios</h2>
<p>Algunos de los productos anunciados son viales de ketamina de uso veterinario. Un veterinario de una clínica de la provincia de Alicante relata que hace dos años les robaron varias cajas del almacén: «Al mes, un cliente nos enseñó una foto de un anuncio en Instagram con nuestros mismos lotes». Desde entonces guardan la ketamina en una caja fuerte y llevan un registro diario. El Colegio de Veterinarios recuerda que la ketamina está sujeta a control y que las clínicas deben llevar un libro de registro de estupefacientes, pero admite que los robos y las desviaciones existen.</p>
<p>Otros anuncios ofrecen supuestos «productos de investigación», como la 2F-DCK, con la etiqueta «no apto para consumo humano». Los técnicos de reducción de riesgos explican que esa fórmula es un intento de esquivar la ley y que, en la práctica, se venden para consumo. «Son sustancias de las que apenas sabemos nada», advierte una técnica. «La gente cree que es ketamina con otro nombre y no lo es».</p>
<h2>Qué dice la ley</h2>
<p>La ketamina es un medicamento sujeto a prescripción y a control especial. Venderla sin autorización es delito contra la salud pública, con penas que dependen de la cantidad y de si se considera sustancia que causa grave daño a la salud. Comprarla por internet para consumo propio puede acarrear sanciones administrativas, y la importación puede considerarse contrabando. La Agencia Española de Medicamentos recuerda que la esketamina en espray nasal solo se administra en centros sanitarios y nunca se dispensa para llevar a casa.</p>

<h2>La otra cara: tratamientos reales y listas de espera</h2>
<p>Los psiquiatras consultados coinciden en que la ketamina y la esketamina pueden ayudar a pacientes con depresión resistente, pero subrayan que requieren evaluación previa y vigilancia. «El problema es el acceso», explica una psiquiatra de un hospital valenciano. «Si un paciente espera meses, es comprensible que busque atajos. Pero los atajos que vemos son peligrosos». Algunas clínicas privadas ofrecen infusiones de ketamina a precios que rondan los 400 euros por sesión, fuera del alcance de muchos.</p>

<h2>Cómo reconocer un anuncio fraudulento</h2>
<ul>
<li>Promete ketamina o esketamina sin receta o con «aprobación inmediata».</li>
<li>No identifica a ningún médico con número de colegiado.</li>
<li>Pide pagos por criptomonedas, Bizum a particulares o tarjetas regalo.</li>
<li>Deriva la conversación a WhatsApp o Telegram.</li>
<li>Habla de «envío discreto» o «reenvío garantizado».</li>
</ul>
<p>Si tienes pensamientos suicidas, llama al 024, la línea de atención a la conducta suicida, gratuita y disponible las 24 horas.</p>
</article>
<aside class="relacionadas"><h4>Te puede interesar</h4><ul><li><a href="/salud/2026/10/esketamina-hospitales">¿Qué hospitales ofrecen esketamina?</a></li><li><a href="/sociedad/2026/09/estafas-falsa-policia">La estafa de la falsa policía</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 Diario del Litoral &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Privacidad</a> &middot; <a href="/cookies">Cookies</a></p></footer>
""", noise="cookie-es")

p("h10739", "https://rdr-infos-produits.example/guides/acheter-ketamine-en-ligne-risques", "informational", False, "fr",
  "guide-reduction-des-risques-long-citant-annonces-sans-ordonnance", "Kétamine achetée en ligne : ce que vous risquez et comment réduire les risques | RdR Infos Produits", """
<header><a class="logo" href="/">RdR Infos Produits</a>
<nav><a href="/produits">Fiches produits</a> <a href="/guides" class="actif">Guides</a> <a href="/analyse">Analyse de produits</a> <a href="/alertes">Alertes</a> <a href="/aide">Trouver de l'aide</a></nav></header>
<main>
<article>
<p class="fil">Guides &rsaquo; Achats en ligne</p>
<h1>Kétamine achetée en ligne : ce que vous risquez et comment réduire les risques</h1>
<p class="chapo">De plus en plus de personnes nous contactent après avoir acheté de la kétamine ou de l'eskétamine sur internet, sur les réseaux sociaux ou via des messageries. Ce guide ne juge personne. Il explique ce que l'on trouve réellement dans ces colis, comment reconnaître les arnaques et comment réduire les risques si vous consommez.</p>

<h2>À quoi ressemblent les annonces</h2>
<p>Voici quelques exemples d'annonces qui nous ont été transmises par des usagers (coordonnées supprimées). Nous les reproduisons pour que vous puissiez reconnaître ce type d'offre, pas pour en faire la promotion.</p>
<blockquote>« Kéta pharma dispo, 1 g 40 &euro;, 5 g 170 &euro;, envoi Colissimo discret partout en France, paiement crypto ou coupons PCS, commande sur Telegram. »</blockquote>
<blockquote>« Eskétamine spray nasal original 28 mg, sans ordonnance, livraison 48 h, paiement Bitcoin. »</blockquote>
<blockquote>« Kétamine vétérinaire 1000 mg/10 ml, vente aux particuliers, aucune ordonnance demandée, colis neutre. »</blockquote>
<blockquote>« Thérapie kétamine à domicile : questionnaire en ligne, validation immédiate, comprimés sublinguaux livrés chez vous. »</blockquote>
<p>Toutes ces offres sont illégales en France, où la kétamine est classée comme stupéfiant. Aucune ne donne de garantie sur ce que vous recevrez.</p>

<h2>Ce que l'on trouve dans les colis</h2>
<p>Les résultats des dispositifs d'analyse de produits sont clairs : une part importante des produits vendus comme kétamine en ligne contiennent autre chose. On retrouve des analogues comme la 2F-DCK, la déschlorokétamine ou l'O-PCE, parfois bien plus puissants, des mélanges avec de la caféine ou d'autres médicaments, et des produits sans aucune substance active, en particulier les « sprays d'eskétamine » vendus sur les réseaux sociaux. Les flacons injectables, quand ils contiennent bien de la kétamine, ont parfois une concentration très différente de celle de l'étiquette.</p>

<h2>Les arnaques</h2>
<p>Beaucoup de vendeurs n'envoient rien. Le scénario est souvent le même : paiement en cryptomonnaie ou en coupons, puis demande de « frais de douane », puis menaces. Certaines personnes ont reçu des messages de faux policiers ou de faux agents des douanes exigeant de l'argent pour « classer l'affaire ». Ne payez jamais. Les vrais services de police ne demandent pas de paiement en coupons ni en cryptomonnaie.</p>

<h2>Si vous avez déjà reçu un produit</h2>
<ul>
<li>Faites-le analyser. Plusieurs structures proposent une analyse anonyme et gratuite, sur place ou par envoi postal.</li>
<li>Si vous consommez quand même, commencez par une toute petite quantité et attendez au moins 30 minutes.</li>
<li>Utilisez une balance de précision plutôt que d'estimer à l'œil.</li>
<li>Ne consommez pas seul·e. Prévenez quelqu'un de ce que vous avez pris.</li>
<li>Évitez les mélanges avec l'alcool, les benzodiazépines, le GHB/GBL et les opioïdes.</li>
<li>Restez assis·e ou allongé·e, loin des escaliers, de l'eau et de la route.</li>
</ul>

<h2>Vessie, mémoire, dépendance</h2>
<p>La consommation fréquente de kétamine abîme la vessie : envies pressantes, douleurs, sang dans les urines. Si ces signes apparaissent, l'arrêt est le meilleur moyen de limiter les dégâts ; consultez un médecin en lui disant ce que vous consommez. La kétamine peut aussi entraîner des troubles de la mémoire et une dépendance. Des consultations spécialisées (CSAPA) accueillent gratuitement et anonymement.</p>

<h2>Et si je cherche un traitement contre la dépression ?</h2>
<p>C'est souvent la raison pour laquelle les gens cherchent de la kétamine en ligne. En France, l'eskétamine est disponible pour certaines dépressions résistantes, administrée à l'hôpital ou dans des structures habilitées, sous surveillance. Parlez-en à votre médecin traitant ou à un psychiatre. L'automédication avec un produit inconnu acheté en ligne expose à tous les risques décrits ci-dessus, sans aucun suivi.</p>

<h2>Les analogues : ce qu'il faut savoir</h2>
<p>La 2F-DCK, la déschlorokétamine (DCK), la méthoxétamine (MXE) ou l'O-PCE sont parfois vendues sous leur nom, parfois à la place de la kétamine. Leurs effets ressemblent à ceux de la kétamine, mais la puissance et la durée diffèrent : la DCK dure plus longtemps, l'O-PCE est active à des doses beaucoup plus faibles. Quelqu'un qui croit consommer de la kétamine et reprend une dose au bout de vingt minutes « parce que ça ne monte pas » peut se retrouver en difficulté. Très peu d'études existent sur leurs effets à long terme.</p>
<h2>Aider un·e proche</h2>
<p>Si une personne de votre entourage achète de la kétamine en ligne, l'important est de garder le lien. Les reproches ferment souvent la discussion. Vous pouvez partager ce guide, proposer de l'accompagner dans un CSAPA ou chez un médecin, et l'aider à repérer les signes d'alerte : troubles urinaires, isolement, dettes, consommation quotidienne. Les consultations jeunes consommateurs et les lignes d'écoute spécialisées accueillent aussi les proches.</p>
<h2>En cas d'urgence</h2>
<p>Appelez le 15 ou le 112 si une personne ne répond plus, respire mal, convulse ou présente une douleur thoracique. Mettez-la en position latérale de sécurité et restez avec elle. En cas d'idées suicidaires, le 3114 est joignable 24 h/24.</p>

<h2>Signaler une annonce</h2>
<p>Vous pouvez signaler les sites et comptes qui vendent de la kétamine à la plateforme officielle de signalement des contenus illicites, ainsi qu'à l'agence du médicament. Ce signalement est anonyme et ne vous expose à aucune poursuite.</p>
</article>
<aside><h4>Fiches liées</h4><ul><li><a href="/produits/ketamine">Kétamine</a></li><li><a href="/produits/2f-dck">2F-DCK</a></li><li><a href="/analyse">Où faire analyser un produit ?</a></li></ul></aside>
<section class="analyse-box"><h4>Faire analyser un produit</h4><p>Plusieurs structures de réduction des risques proposent une analyse gratuite et anonyme par chromatographie ou spectroscopie. Vous pouvez déposer un petit échantillon sur place ou l'envoyer par la poste dans l'enveloppe fournie. Les résultats sont communiqués sous une à trois semaines, avec un conseil personnalisé. <a href="/analyse">Trouver un lieu d'analyse</a></p></section>
</main>
<footer><p>RdR Infos Produits &middot; Association de réduction des risques &middot; <a href="/mentions-legales">Mentions légales</a></p></footer>
""", noise="cookie-fr")

p("h10740", "https://cronache-di-tribunale.example/2026/12/03/ketamina-chat-telegram-condanna", "informational", False, "it",
  "cronaca-giudiziaria-lunga-citando-chat-prezzi-spedizioni", "Vendeva ketamina su Telegram con il «listino del lunedì»: condannato a 5 anni | Cronache di Tribunale", """
<header><a class="testata" href="/">Cronache di Tribunale</a>
<nav><a href="/penale">Penale</a> <a href="/civile">Civile</a> <a href="/amministrativo">Amministrativo</a> <a href="/rubriche">Rubriche</a> <a href="/abbonati">Abbonati</a></nav></header>
<main>
<article>
<p class="occhiello">Penale &middot; Milano</p>
<h1>Vendeva ketamina su Telegram con il «listino del lunedì»: condannato a 5 anni</h1>
<p class="sommario">Il giudice ha riconosciuto l'ingente quantità. Nelle chat agli atti i prezzi, le offerte per chi pagava in criptovalute e le istruzioni per le spedizioni «anonime». Tra i clienti anche persone che cercavano una cura per la depressione.</p>
<p class="firma">di Federica Salvi &middot; 3 dicembre 2026</p>

<p>Ogni lunedì mattina, sul canale, compariva il «listino»: «Keta cristallo 1 g 45 euro, 5 g 190, 10 g 350. Flaconi 10 ml 70 euro. Pagamento in BTC o USDT, sconto 10%. Spedizione anonima in tutta Italia, tracciata, reship se si perde. Scrivete in privato». È uno dei messaggi citati nella sentenza con cui il giudice per l'udienza preliminare di Milano ha condannato a cinque anni di reclusione e 20 mila euro di multa un trentaduenne residente nell'hinterland, accusato di aver venduto ketamina attraverso un canale Telegram con circa novemila iscritti.</p>

<h2>L'indagine</h2>
<p>L'inchiesta, coordinata dalla procura e condotta dalla Guardia di Finanza, è partita da un pacco intercettato in un centro di smistamento postale: una busta imbottita con dentro un sacchetto sottovuoto contenente cinque grammi di polvere cristallina. Da lì gli investigatori sono risaliti a un indirizzo di spedizione ricorrente e, attraverso l'analisi dei portafogli di criptovalute, all'imputato. Nella perquisizione sono stati trovati circa 1,4 chili di ketamina, una confezionatrice sottovuoto, centinaia di buste e una bilancia di precisione.</p>
<p>Secondo l'accusa, in poco più di un anno il canale avrebbe gestito oltre duemila ordini. La sostanza, sempre secondo gli atti, veniva acquistata all'estero in grandi quantità e rivenduta in dosi.</p>

<h2>Le chat</h2>
<p>Agli atti ci sono centinaia di conversazioni. In una, un cliente scrive: «La uso per la depressione, il medico non me la dà, quanto mi serve per un mese?». La risposta: «Prendi i 10 g, conviene». In un'altra, l'imputato rassicura: «Busta neutra, nessun nome, nessuno apre». A un cliente che chiede se può pagare con carta, replica: «Solo crypto o ricarica, per sicurezza di tutti». Il giudice, nelle motivazioni, sottolinea come l'imputato «fosse consapevole della fragilità di parte della clientela e ne abbia approfittato».</p>
<p>Il canale pubblicava anche messaggi dal tono quasi sanitario: consigli su «non mischiare con l'alcol» e «fare pause per la vescica». Per la difesa erano la prova di un atteggiamento attento alla salute dei clienti; per il giudice, «un espediente commerciale per accreditarsi».</p>

<h2>Le analisi e il perito</h2>
<p>Un capitolo della sentenza è dedicato alle analisi di laboratorio. Il consulente tecnico della procura ha esaminato quaranta campioni prelevati dalle buste sequestrate e dal magazzino. In trentadue casi la sostanza era ketamina con purezza tra il 70 e il 92 per cento; in cinque campioni era presente anche caffeina; in tre, venduti come «keta premium», è stata trovata 2F-DCK, un analogo della ketamina. Il perito ha spiegato in aula che gli acquirenti «non avevano alcun modo di sapere cosa stessero assumendo» e che la differenza di potenza tra le sostanze può portare a sovradosaggi involontari.</p>
<p>Il giudice ha dato peso anche alle testimonianze di due clienti, sentiti come persone informate sui fatti. Uno ha raccontato di aver iniziato ad acquistare per «curarsi da solo» dopo mesi di attesa per una visita psichiatrica e di aver sviluppato in pochi mesi una grave cistite. L'altro ha riferito di aver ricevuto, dopo un ordine mai arrivato, messaggi da un sedicente «ufficiale della Finanza» che chiedeva 800 euro per non procedere.</p>
<h2>La difesa</h2>
<p>L'avvocato dell'imputato aveva chiesto il riconoscimento della lieve entità, sostenendo che le singole cessioni riguardassero piccole quantità e che l'imputato, incensurato, avesse a sua volta problemi di dipendenza. Il giudice ha escluso la lieve entità, considerando il numero delle cessioni, l'organizzazione del canale e la quantità sequestrata. Il rito abbreviato ha comportato la riduzione di un terzo della pena. La difesa ha annunciato appello.</p>

<h2>Il contesto</h2>
<p>In Italia la ketamina è inserita nelle tabelle delle sostanze stupefacenti. Il suo uso medico è limitato all'ambito ospedaliero e veterinario; l'esketamina spray nasale è autorizzata per la depressione resistente e viene somministrata solo in strutture sanitarie con osservazione del paziente. Negli ultimi anni le forze dell'ordine segnalano un aumento delle vendite attraverso app di messaggistica e social network, spesso con spedizioni postali.</p>
<p>Psichiatri e servizi per le dipendenze segnalano un fenomeno parallelo: persone con depressione che, scoraggiate dalle liste d'attesa, cercano la ketamina online. «Capisco la disperazione», spiega una psichiatra di un centro milanese. «Ma quello che arriva in una busta sottovuoto da uno sconosciuto non è una terapia. Non sappiamo cosa contenga e nessuno controlla la pressione o gli effetti».</p>

<h2>Le altre posizioni</h2>
<p>Nel procedimento erano coinvolte altre due persone: una donna accusata di aver prestato il proprio conto per ricevere pagamenti, che ha patteggiato un anno e quattro mesi con pena sospesa, e un uomo che avrebbe curato alcune spedizioni, la cui posizione è stata stralciata. Il canale Telegram è stato chiuso su richiesta della procura.</p>

<h2>Cosa fare se si è acquistato online</h2>
<p>Le forze dell'ordine invitano chi ha acquistato da canali simili a non assumere la sostanza e a diffidare di richieste successive di denaro, spesso legate a tentativi di estorsione da parte di finti agenti. I servizi per le dipendenze offrono consulenze gratuite e anonime. Per chi soffre di depressione, il primo passo resta il medico di base o un centro di salute mentale.</p>
</article>
<aside><h4>Leggi anche</h4><ul><li><a href="/2026/11/18/falsi-agenti-estorsione">Falsi agenti e finte multe: la truffa dopo l'acquisto online</a></li><li><a href="/2026/10/02/spaccio-social-cassazione">Spaccio via social: cosa dice la Cassazione</a></li></ul></aside>
<section class="newsletter"><h4>La newsletter</h4><p>Ogni venerdì le sentenze più importanti della settimana, spiegate in modo chiaro. <a href="/newsletter">Iscriviti</a></p></section>
</main>
<footer><p>&copy; 2026 Cronache di Tribunale &middot; <a href="/privacy">Privacy</a> &middot; <a href="/cookie">Cookie</a> &middot; <a href="/redazione">Redazione</a></p></footer>
""")

save(OUT, R)
