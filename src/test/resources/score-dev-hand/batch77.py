# Batch 77 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Articles that sell". 14 sellers whose page is mostly a long, sober article about ketamine or
# esketamine (history, evidence, side effects, what a session is like, legal status), each in its own
# voice, with the selling confined to a small part of the page: an order form with quantities, a price
# box, a "reader deal" code, one shipping line, a messenger handle, a "buy from our partner" box, a
# sidebar widget, a footer line. Against them 26 pages with equally long, sober articles that do not
# sell the drug: 9 informational (news, encyclopaedia, harm reduction, law firm, research group, rehab
# centre, pharmacist's blog warning about online sellers, drug-checking service, short news item),
# 9 telehealth and 8 clinic pages (providers' own educational pages with their own booking, pricing,
# deposit, kit or membership box).
# Mix: 14 sellers, 9 informational, 9 telehealth, 8 clinics; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, nl 3, pt 2, it 2).
# Shapes: health-blog history article with a crypto order form at the foot; personal essay ending in
# an affiliate "reader code" for a no-prescription shop; esketamine Q&A with an add-to-cart sidebar;
# side-effects listicle with a Telegram footer line; wiki-style arylcyclohexylamine page with a
# research-chemical sponsor box; legal-status guide with one stealth/reship shipping line; "first
# session" guide with a veterinary-vial price box; fake telehealth troche article with questionnaire-
# only automatic approval; Spanish health blog with WhatsApp prices; German "Ratgeber" with a partner-
# shop box; French encyclopaedic page with a Monero order form; Dutch plain-text Q&A with a Telegram
# handle; Brazilian personal essay with a coupon for a partner shop; Italian listicle with a gift-card
# sidebar. Informational: investigative news quoting ads and street prices, encyclopaedia article,
# harm-reduction page offering free reagent kits, law-firm article with a consultation box,
# pharmacist's blog quoting seller ad copy, German university trial recruitment with participant
# compensation, French rehab centre programme with fees, Spanish seizure news (plain text), Dutch
# drug-checking service. Telehealth: evidence review with membership box, first-session FAQ with named
# prescribers, side-effects/monitoring library page, virtual psychiatry referring to Spravato partners,
# "why we require a video visit" legal article, /shop/ integration kit without medication, US Spanish
# at-home guide, German video-psychiatry esketamine referral, Portuguese-language US telehealth page.
# Clinics: infusion-clinic history article with booking box, REMS "treatment day" page, KAP integration
# article with package price, pain-clinic CRPS article on a /checkout/deposit URL, hospital
# interventional-psychiatry department, Italian esketamine price page, Dutch clinic treatment page,
# Swiss French clinic page with CHF tariffs.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch77.py (writes batch77/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch77")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h7701", "https://wellnessmindjournal.example/mental-health/ketamine-from-anesthetic-to-antidepressant", "seller", True, "en",
  "health-blog-history-article-order-form", "From Battlefield Anesthetic to Antidepressant: The Strange Career of Ketamine | Wellness Mind Journal", """
<header class="site-header"><a class="logo" href="/">Wellness Mind Journal</a>
<nav><a href="/nutrition/">Nutrition</a> <a href="/sleep/">Sleep</a> <a href="/mental-health/">Mental Health</a> <a href="/movement/">Movement</a> <a href="/about/">About</a> <a href="/newsletter/">Newsletter</a></nav></header>
<main>
<p class="crumbs"><a href="/">Home</a> / <a href="/mental-health/">Mental Health</a></p>
<article>
<h1>From Battlefield Anesthetic to Antidepressant: The Strange Career of Ketamine</h1>
<p class="byline">By Harriet Ostrander · 14 min read · Updated November 2026</p>
<p>Few medicines have lived as many lives as ketamine. In sixty-odd years it has been a field anesthetic, a veterinary staple, a nightclub drug, a subject of moral panic and, more recently, one of the most discussed developments in psychiatry since the arrival of Prozac. This article walks through that history and what it does and does not tell us.</p>
<h2>A safer cousin of PCP</h2>
<p>In the late 1950s chemists at the Parke-Davis company in Detroit were working with phencyclidine (PCP), which showed promise as an anesthetic but left many patients agitated, confused and hallucinating for hours after surgery. Looking for a shorter-acting relative, the chemist Calvin Stevens synthesised a compound in 1962 that the company coded CI-581. It put animals to sleep quickly and let them wake quickly.</p>
<p>The first human studies, run in 1964 by the pharmacologist Edward Domino and the anesthesiologist Guenter Corssen on volunteers at a Michigan prison, described something unusual. Subjects did not simply lose consciousness; they seemed to be "disconnected" from their surroundings while their breathing and blood pressure were largely preserved. Domino's wife suggested the term "dissociative anesthetic", and it stuck.</p>
<h2>The field years</h2>
<p>Ketamine was approved for human use in the United States in 1970. Because it does not depress breathing the way ether or barbiturates can, it was well suited to places without ventilators or trained anesthetists, and it saw wide use among wounded soldiers in Vietnam. To this day it appears on the World Health Organization's list of essential medicines, and it is a mainstay of anesthesia in low-resource settings, in emergency departments and in veterinary practice.</p>
<p>The drawback was the same property that made it interesting: the so-called emergence reactions. Adults waking from ketamine anesthesia sometimes reported vivid dreams, floating sensations or frightening imagery. Anesthesiologists learned to reduce this with benzodiazepines and a quiet recovery room, but the reputation followed the drug.</p>
<h2>Ketamine outside the hospital</h2>
<p>By the 1970s some people were taking ketamine recreationally, and a small literature of "psychonaut" writing grew up around it. In the 1990s it spread through dance music scenes in Europe and North America, often sold as a white powder and snorted. Governments responded: the United States placed it in Schedule III in 1999, and most European countries tightened controls during the 2000s. Reports of a severe bladder condition in frequent users, now called ketamine uropathy, began appearing in the medical literature around 2007.</p>
<h2>The depression surprise</h2>
<p>The turn that made ketamine famous came from Yale. In a small study published in 2000, Robert Berman, John Krystal and colleagues gave seven patients with major depression a single, slow intravenous dose of ketamine well below anesthetic strength. Within hours, depressive symptoms fell sharply, and in some patients the improvement lasted days. In 2006 a team at the US National Institute of Mental Health led by Carlos Zarate repeated the finding in people whose depression had not responded to several standard medications.</p>
<p>That speed was the shocking part. Conventional antidepressants usually take four to six weeks to help, if they help at all. A medicine that could lift severe depression within a day, including suicidal thinking, suggested that the brain's glutamate system, rather than serotonin alone, might be a target for treatment.</p>
<h2>How it is thought to work</h2>
<p>Ketamine blocks the NMDA receptor, one of the main receptors for glutamate. The leading theory is that blocking NMDA receptors on certain inhibitory neurons produces a brief burst of glutamate activity, which in turn triggers the release of growth factors such as BDNF and the regrowth of synaptic connections that chronic stress may have pruned. Animal studies show new dendritic spines forming within hours. Other researchers point to its metabolites, to opioid-system effects, or to the psychological effect of the experience itself. The honest answer is that the mechanism is still debated.</p>
<h2>Esketamine and the clinic boom</h2>
<p>Ketamine is a mixture of two mirror-image molecules. In 2019 the US Food and Drug Administration approved a nasal spray containing one of them, esketamine, under the brand name Spravato, for adults with treatment-resistant depression. It must be given in a certified clinic, with the patient observed for at least two hours afterwards. Meanwhile hundreds of private clinics began offering intravenous ketamine "off-label", and during the pandemic telehealth companies started prescribing lozenges for use at home.</p>
<h2>What the evidence does not yet say</h2>
<p>Most trials have been short. The antidepressant effect of a single dose fades within a week or two for most people, and it is not yet clear what the best schedule for repeated treatment looks like, or what years of regular use do to memory, the bladder or the risk of dependence. Blood pressure rises during treatment, and the dissociative experience can be distressing. For all its promise, ketamine is a powerful drug with a real potential for misuse, and that history is worth remembering.</p>
<p class="disclaimer">This article is for general information only and is not medical advice.</p>
</article>
<section class="order-box" id="order">
<h3>Order form</h3>
<p>Ketamine HCl, pharmaceutical grade, lab-tested, shipped from within the EU.</p>
<form action="/order/submit" method="post">
<table>
<tr><th>Product</th><th>Price</th><th>Qty</th></tr>
<tr><td>Ketamine HCl 5 g</td><td>€120</td><td><input name="q5" type="number" min="0" value="0"></td></tr>
<tr><td>Ketamine HCl 10 g</td><td>€210</td><td><input name="q10" type="number" min="0" value="0"></td></tr>
<tr><td>Ketamine HCl 25 g</td><td>€450</td><td><input name="q25" type="number" min="0" value="0"></td></tr>
</table>
<label>Name <input name="name"></label> <label>Delivery address <textarea name="addr"></textarea></label>
<label>Payment <select name="pay"><option>Bitcoin (BTC)</option><option>Tether (USDT TRC-20)</option></select></label>
<button type="submit">Send order</button>
</form>
</section>
<aside class="related"><h3>You may also like</h3><ul><li><a href="/sleep/magnesium-and-sleep">Does magnesium really help you sleep?</a></li><li><a href="/mental-health/cold-showers">Cold showers and mood: what we know</a></li><li><a href="/nutrition/gut-brain-axis">The gut-brain axis explained</a></li></ul></aside>
</main>
<footer><p>© 2026 Wellness Mind Journal. All rights reserved.</p><a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></footer>
""", noise="cookie")

p("h7702", "https://notesfromthequietroom.example/2026/10/eleven-weeks/", "seller", True, "en",
  "personal-essay-affiliate-reader-code", "Eleven weeks — Notes from the Quiet Room", """
<header><h2 class="blog-title"><a href="/">Notes from the Quiet Room</a></h2><p class="tagline">on depression, recovery, and the days in between</p>
<nav><a href="/">Home</a> <a href="/archive/">Archive</a> <a href="/about/">About me</a></nav></header>
<main>
<article class="post">
<h1>Eleven weeks</h1>
<p class="meta">October 19, 2026 · 23 comments</p>
<p>I have been trying to write this post since the summer, and every draft turned into either a sales pitch or a eulogy. This is neither. It is just an account of the eleven weeks in which I found out what ketamine is like, written by someone who spent most of her thirties in bed.</p>
<p>Some background for new readers. I was diagnosed with major depression at 24. Over the next twelve years I took, in roughly this order, sertraline, escitalopram, venlafaxine, bupropion, mirtazapine, lithium as an add-on, and a stretch of weekly therapy I still consider the best money I ever spent. Some of it helped for a while. None of it held. By last winter I had a vocabulary for my own illness that was better than my vocabulary for anything else.</p>
<h2>The first infusion</h2>
<p>My psychiatrist was the one who brought it up. She was careful about it: she said the research was real but young, that the effect often fades, and that she would only refer me if I promised to keep seeing her. The clinic was in a strip mall between a nail salon and a tax preparer, which somehow made it less frightening.</p>
<p>They took my blood pressure, put in an IV and gave me headphones. Within ten minutes the ceiling tiles became very interesting and then very far away. I remember thinking, with complete calm, that my body was a coat I had taken off and hung up. The nurse checked on me every few minutes. Forty minutes later it was over and I felt like I had slept for a long time and woken up somewhere slightly brighter. I cried in the car, not from sadness.</p>
<h2>What changed and what didn't</h2>
<p>I want to be precise, because the internet is not. Ketamine did not fix my life. What it did, for about nine days after each of the first four sessions, was take the volume down on the voice that narrates everything as evidence of my failure. In that quiet I did things I had not done in months: I called my brother, I cleaned the fridge, I went to a pottery class and was terrible at it and didn't mind.</p>
<p>The side effects were real too. My blood pressure spiked during every session. I was nauseous twice. For an hour afterwards I could not be trusted with a fork, let alone a car. And there was a strange emotional hangover on day three or four, a flatness that I learned to wait out.</p>
<h2>The money problem</h2>
<p>Each infusion cost $525. Insurance paid nothing. After six sessions and two "boosters" I had spent more than I had spent on therapy in the previous three years. That, more than anything medical, is why the eleven weeks ended. I stopped, and by the middle of September the voice was back at full volume.</p>
<h2>What I would tell a friend</h2>
<p>Ask your own doctor first. Be suspicious of anyone who promises a cure. Write down how you feel every day, because depression will lie to you about whether anything helped. And if it helps, be kind to yourself about how much you need it.</p>
<p>Thank you, as always, for reading and for your letters. They keep me going more than you know.</p>
<div class="reader-note">
<p><b>A note for readers:</b> so many of you have emailed asking how I kept going after the clinic became unaffordable. These days I order from <a href="https://kpd-shop.example/?ref=quietroom" rel="sponsored">KPD Shop</a>: no doctor's appointment needed, it arrives in about a week in plain packaging. Use the code <b>QUIETROOM15</b> at checkout for 15% off your first order.</p>
</div>
</article>
<section class="comments"><h3>23 comments</h3>
<div class="comment"><b>Mara T.</b> Thank you for writing this. The part about the coat on the hook is exactly it.</div>
<div class="comment"><b>jonah_r</b> The cost thing is so real. My clinic is $600 now.</div>
</section>
</main>
<aside class="sidebar"><h4>About me</h4><p>Writer, reluctant expert in my own brain, cat owner. I write about living with depression.</p><h4>Popular posts</h4><ul><li><a href="/2025/03/the-sertraline-year/">The sertraline year</a></li><li><a href="/2025/11/on-lying-in-bed/">On lying in bed</a></li></ul></aside>
<footer>Powered by a small blog engine · © 2026</footer>
""")

p("h7703", "https://nasalspray-answers.example/esketamine/faq", "seller", True, "en",
  "esketamine-qa-sidebar-add-to-cart", "Esketamine (Spravato) Nasal Spray: 12 Questions Answered", """
<header><a href="/" class="brand">NasalSpray Answers</a><nav><a href="/esketamine/faq">Esketamine FAQ</a> <a href="/depression/">Depression</a> <a href="/glossary/">Glossary</a></nav></header>
<div class="layout">
<main>
<h1>Esketamine (Spravato) nasal spray: 12 questions answered</h1>
<p class="intro">Esketamine is the newest kind of antidepressant to reach pharmacies in decades. Here are plain answers to the questions readers ask us most.</p>
<h3>1. What is esketamine?</h3>
<p>Esketamine is the S-enantiomer of ketamine, meaning one of the two mirror-image forms that make up the ketamine molecule. It binds more strongly to the NMDA receptor than its twin, arketamine, which is why a lower dose can be used.</p>
<h3>2. Who is it approved for?</h3>
<p>In the United States it was approved in March 2019 for adults with treatment-resistant depression, defined as depression that has not responded to at least two antidepressants. A second indication followed in 2020 for depressive symptoms in adults with major depression and acute suicidal thoughts. The European Medicines Agency authorised it in late 2019. In early 2025 the FDA also allowed it to be used on its own rather than only alongside an oral antidepressant.</p>
<h3>3. How is it taken?</h3>
<p>Each device delivers 28 mg in two sprays, one per nostril. A typical dose is 56 mg (two devices) or 84 mg (three devices), with five-minute breaks between devices.</p>
<h3>4. How often?</h3>
<p>The usual schedule is twice a week for the first four weeks, then weekly for four weeks, then weekly or every two weeks depending on response.</p>
<h3>5. Can I use it at home?</h3>
<p>Under the official programme, no. Doses are taken in a certified healthcare setting and patients are watched for at least two hours because of sedation, dissociation and raised blood pressure.</p>
<h3>6. What does it feel like?</h3>
<p>Most people describe a dreamy, detached feeling starting a few minutes after the first spray, sometimes with changes in how sounds or colours are perceived. It usually fades within about an hour and a half.</p>
<h3>7. What are the common side effects?</h3>
<p>Dissociation, dizziness, nausea, sleepiness, a metallic taste, headache, numbness and higher blood pressure. People should not drive until the next day after a treatment.</p>
<h3>8. Who should not use it?</h3>
<p>People with aneurysmal vascular disease, a history of bleeding in the brain, or a known allergy to ketamine. Caution is advised with uncontrolled hypertension, psychosis and pregnancy.</p>
<h3>9. How fast does it work?</h3>
<p>In trials, some patients felt better within a day, but the main benefit was measured after four weeks.</p>
<h3>10. Is it addictive?</h3>
<p>Ketamine has known abuse potential, and esketamine is a controlled substance for that reason. The clinic setting is partly meant to prevent diversion.</p>
<h3>11. How much does it cost?</h3>
<p>List prices in the US run to several hundred dollars per device before insurance, and many insurers require prior authorisation.</p>
<h3>12. What if it doesn't help?</h3>
<p>Other options include switching or combining antidepressants, psychotherapy, electroconvulsive therapy, transcranial magnetic stimulation and intravenous ketamine.</p>
</main>
<aside class="sidebar widget">
<div class="product-widget">
<h4>In stock now</h4>
<p><b>Esketamine nasal spray 28 mg</b><br>pack of 3 devices</p>
<p class="price">$240 <s>$310</s></p>
<p>No prescription required · ships from our Mumbai warehouse in 7-10 days</p>
<button class="add-to-cart" data-sku="ESK28-3">Add to cart</button>
</div>
<div class="widget"><h4>Glossary</h4><ul><li><a href="/glossary/nmda">NMDA receptor</a></li><li><a href="/glossary/enantiomer">Enantiomer</a></li><li><a href="/glossary/trd">TRD</a></li></ul></div>
</aside>
</div>
<footer>© NasalSpray Answers. Information only.</footer>
""")

p("h7704", "https://thelistbin.example/health/7-ketamine-side-effects-nobody-mentions", "seller", True, "en",
  "listicle-side-effects-telegram-footer", "7 Ketamine Side Effects Nobody Mentions | The List Bin", """
<header><a href="/" class="logo">THE LIST BIN</a> <nav><a href="/health/">Health</a> <a href="/money/">Money</a> <a href="/tech/">Tech</a> <a href="/weird/">Weird</a></nav></header>
<main>
<h1>7 ketamine side effects nobody mentions</h1>
<p class="dek">Everyone talks about the "afterglow". Here's the rest of the story.</p>
<p>Ketamine has gone from horse-tranquilliser punchline to the subject of glossy magazine features about depression clinics. The coverage tends to focus on the upside. Here are seven effects that deserve more attention, whether you are considering treatment or just curious.</p>
<h2>1. Your blood pressure goes up, sometimes a lot</h2>
<p>Ketamine stimulates the sympathetic nervous system. A rise of 20 to 30 points in systolic pressure is common in the first half hour. For most healthy people that is harmless, but for someone with untreated hypertension or heart disease it is a genuine risk, which is why clinics measure it before and during treatment.</p>
<h2>2. Nausea is more common than you'd think</h2>
<p>Between a quarter and a third of people feel sick during or after a dose, and some vomit. Not eating for a few hours beforehand helps. Clinics often offer an anti-nausea medicine.</p>
<h2>3. Time gets weird</h2>
<p>Dissociation is the feature, not a bug, but the distortion of time can be unnerving. Forty minutes can feel like four hours, or like thirty seconds. First-timers are often surprised by how much it shakes them.</p>
<h2>4. Your bladder may not forgive you</h2>
<p>This one is about heavy, frequent use rather than occasional treatment. People who take large amounts regularly can develop ketamine-induced cystitis: pain, urgency, blood in the urine and, in the worst cases, a shrunken bladder that needs surgery. Stopping early is the key to recovery.</p>
<h2>5. Memory hiccups</h2>
<p>Short-term memory is impaired during and shortly after a dose. Studies of frequent recreational users have found longer-lasting problems with memory and attention; studies of supervised treatment have so far been more reassuring, but they are short.</p>
<h2>6. Tolerance builds fast</h2>
<p>People who use ketamine often find that the same dose does less within weeks. That is one route into dependence, and ketamine cravings are well documented.</p>
<h2>7. The glow fades</h2>
<p>For depression, the mood lift from a single dose lasts a few days to a couple of weeks for most responders. That is why treatment usually involves a series of sessions and, ideally, therapy alongside it.</p>
<h2>The bottom line</h2>
<p>None of this means ketamine is a bad medicine. It means it is a real one, with real trade-offs, and it deserves the same respect as any other powerful drug.</p>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
<section class="more"><h3>More lists</h3><ul><li><a href="/health/9-signs-you-need-more-sleep">9 signs you need more sleep</a></li><li><a href="/money/6-subscriptions-to-cancel">6 subscriptions to cancel today</a></li></ul></section>
</main>
<footer>
<p>The List Bin · lists for curious people · <a href="/privacy">Privacy</a></p>
<p class="footer-note">K crystal and powder in stock, worldwide delivery: message <b>@ketshop_eu_official</b> on Telegram.</p>
</footer>
""", noise="cookie")

p("h7705", "https://arylwiki.example/wiki/Arylcyclohexylamines", "seller", True, "en",
  "wiki-style-page-research-chemical-sponsor-box", "Arylcyclohexylamines - ArylWiki", """
<div id="top-bar"><a href="/">ArylWiki</a> <form><input type="search" placeholder="Search ArylWiki"></form> <a href="/wiki/Special:Random">Random page</a> <a href="/login">Log in</a></div>
<div id="content">
<h1>Arylcyclohexylamines</h1>
<p class="sub">From ArylWiki, the open chemistry and pharmacology reference</p>
<table class="infobox"><tr><th colspan="2">Arylcyclohexylamines</th></tr>
<tr><td>Core structure</td><td>cyclohexylamine with an aryl group on the same carbon</td></tr>
<tr><td>Main target</td><td>NMDA receptor (channel blocker)</td></tr>
<tr><td>Notable members</td><td>PCP, ketamine, esketamine, tiletamine, methoxetamine</td></tr>
<tr><td>First made</td><td>1907 (PCP precursor chemistry); PCP 1926</td></tr></table>
<p><b>Arylcyclohexylamines</b> are a class of chemical compounds built around a cyclohexane ring that carries both an aromatic ring and an amine on the same carbon atom. Many of them are dissociative anesthetics: they block the ion channel of the NMDA glutamate receptor, producing analgesia, amnesia and a feeling of detachment from the body and surroundings.</p>
<h2>Contents</h2><ol><li>History</li><li>Pharmacology</li><li>Members</li><li>Toxicity</li><li>Legal status</li></ol>
<h2>History</h2>
<p>Phencyclidine (PCP) was developed as an anesthetic by Parke-Davis in the 1950s and marketed briefly as Sernyl before its post-operative psychiatric effects led to its withdrawal for human use. Ketamine was synthesised in 1962 as a shorter-acting alternative and approved for human anesthesia in 1970. Tiletamine, combined with zolazepam, is still used in veterinary medicine. From the 2000s, dozens of unlicensed analogues appeared on the "research chemical" market, among them methoxetamine (MXE), deschloroketamine (DCK) and 2-fluorodeschloroketamine (2-FDCK).</p>
<h2>Pharmacology</h2>
<p>The main action is uncompetitive antagonism at the NMDA receptor: the molecule enters the open channel and blocks the flow of calcium and sodium ions. Potency varies widely. PCP binds far more tightly than ketamine, and esketamine roughly two to three times more tightly than arketamine. Several members also inhibit dopamine reuptake or act at sigma and opioid receptors, which contributes to differences in their effects and risks.</p>
<p>Ketamine is metabolised in the liver, mainly by CYP3A4 and CYP2B6, to norketamine and then to hydroxynorketamines. Its elimination half-life is about two and a half to three hours. Many newer analogues have longer durations and less-studied metabolism.</p>
<h2>Members</h2>
<ul>
<li><b>Phencyclidine (PCP)</b> – long-acting; strongly associated with agitation and psychosis.</li>
<li><b>Ketamine</b> – short-acting anesthetic and analgesic; esketamine nasal spray is licensed for depression.</li>
<li><b>Tiletamine</b> – veterinary anesthetic in combination products.</li>
<li><b>Methoxetamine (MXE)</b> – appeared around 2010; linked to hospital admissions and deaths; controlled in most countries.</li>
<li><b>Deschloroketamine (DCK)</b> – ketamine without the chlorine atom; longer lasting.</li>
<li><b>2-FDCK</b> – fluorine replaces ketamine's chlorine; reported to be similar in effect; found in drug-checking samples sold as ketamine.</li>
</ul>
<h2>Toxicity</h2>
<p>Risks common to the class include accidents while dissociated, raised heart rate and blood pressure, vomiting with reduced awareness, and dangerous interactions with alcohol and other depressants. Chronic heavy ketamine use causes ulcerative cystitis; whether analogues share this effect is not well studied.</p>
<h2>Legal status</h2>
<p>PCP and ketamine are controlled in most jurisdictions. Several countries use generic or analogue legislation that covers the wider class; others list compounds one by one, which is why new analogues have repeatedly appeared in the gap.</p>
<div class="sponsor-box">
<p class="small">Sponsored by our supplier</p>
<p><b>ARC Research Supplies</b> — 2-FDCK crystal: 5 g $85 · 10 g $150 · 25 g $320<br>DCK: 5 g $95 · 10 g $170<br>≥99% purity, HPLC tested. For research use only, not for human consumption.</p>
<p><a href="https://arc-research-supplies.example/shop/dissociatives">Shop dissociatives →</a></p>
</div>
<h2>See also</h2><ul><li><a href="/wiki/NMDA_receptor">NMDA receptor</a></li><li><a href="/wiki/Diarylethylamines">Diarylethylamines</a></li></ul>
<p class="cats">Categories: Dissociatives | Arylcyclohexylamines | Anesthetics</p>
</div>
<footer>Text is available under a free licence. <a href="/about">About ArylWiki</a> · <a href="/disclaimer">Disclaimers</a></footer>
""")

p("h7706", "https://kguide.example/legal-status-2026", "seller", True, "en",
  "legal-status-guide-stealth-reship-line", "Is Ketamine Legal? A Country-by-Country Guide (2026) | K Guide", """
<header><a href="/" class="logo">K Guide</a> <nav><a href="/">Guides</a> <a href="/legal-status-2026">Legal status</a> <a href="/faq">FAQ</a> <a href="/shop">Shop</a></nav></header>
<main>
<h1>Is ketamine legal? A country-by-country guide (2026)</h1>
<p class="updated">Last reviewed: November 2026</p>
<p>Ketamine is an odd case in drug law. It is an essential medicine used in every hospital system in the world, so no country bans it outright. At the same time most governments treat it as a drug of misuse, so possession without a prescription is an offence almost everywhere. The details vary a great deal. This guide summarises the rules in the countries our readers ask about most. It is not legal advice, and laws change.</p>
<h2>United States</h2>
<p>Ketamine has been a Schedule III controlled substance under the federal Controlled Substances Act since 1999. That means it has accepted medical uses and can be prescribed, but possession without a valid prescription is a federal and state crime. Esketamine nasal spray is also Schedule III and can only be dispensed to certified healthcare settings under a risk programme. Telehealth prescribing of controlled substances depends on federal rules that have been extended several times since the pandemic, plus state law.</p>
<h2>United Kingdom</h2>
<p>Ketamine is a Class B drug under the Misuse of Drugs Act. It was moved from Class C to Class B in 2014 after concerns about bladder damage. Possession carries up to five years in prison and supply up to fourteen. There have been repeated calls to reclassify it again.</p>
<h2>Canada</h2>
<p>Ketamine is listed in Schedule I of the Controlled Drugs and Substances Act, alongside opioids and cocaine, even though it is widely used in hospitals. Esketamine is available by prescription.</p>
<h2>Australia</h2>
<p>Ketamine is a Schedule 8 "controlled drug" under the national poisons standard. It can be prescribed, but supply is tightly regulated and possession without authority is an offence under state law.</p>
<h2>European Union</h2>
<p>There is no single EU rule. France classifies ketamine as a narcotic (stupéfiant). In Germany it is a prescription-only medicine rather than a narcotic under the main narcotics law, which puts it in a different legal bucket from, say, cocaine; selling it without authorisation is still illegal under medicines law. The Netherlands has long regulated it under medicines law as well, with recurring debate about moving it to the Opium Act lists. Spain, Italy and Portugal control it as a psychotropic substance.</p>
<h2>Asia</h2>
<p>Several Asian jurisdictions are among the strictest. Hong Kong, Singapore and mainland China all impose severe penalties for trafficking, reflecting the large illicit ketamine markets that developed in the region in the 2000s.</p>
<h2>What about "research" analogues?</h2>
<p>Substances such as 2-FDCK and DCK are controlled in some countries by name and caught by analogue laws in others. Being legal to buy in one country does not make them legal to import into another.</p>
<h2>Travelling with a prescription</h2>
<p>If you are prescribed ketamine or esketamine, carry the prescription and a doctor's letter, check the destination's rules before you travel, and keep the medicine in its original packaging.</p>
<p class="shipline">All K Guide shop orders of ketamine ship worldwide in vacuum-sealed stealth packaging with tracking — free reship if customs seizes your parcel.</p>
</main>
<footer>© 2026 K Guide · <a href="/terms">Terms</a> · <a href="/contact">Contact</a></footer>
""")

p("h7707", "https://calmharbour.example/guides/your-first-ketamine-session", "seller", True, "en",
  "what-a-session-is-like-guide-vet-vial-price-box", "Your First Ketamine Session: What It's Actually Like | Calm Harbour", """
<nav class="top"><a href="/">Calm Harbour</a> · <a href="/guides/">Guides</a> · <a href="/products/">Products</a> · <a href="/about/">About</a></nav>
<main>
<h1>Your first ketamine session: what it's actually like</h1>
<p class="lede">A calm, practical walk-through of the hour that so many people are nervous about.</p>
<h2>Before: set and setting</h2>
<p>People who study psychedelic and dissociative experiences talk about "set and setting": your state of mind going in, and the place you are in. Both matter with ketamine. A rested body, an empty stomach for the previous four hours, no alcohol for a day, and a clear intention tend to make for a smoother experience. A quiet, dim room, a blanket and music without lyrics are standard.</p>
<p>Just as important is a sober person nearby. Ketamine affects balance and judgement, and vomiting while deeply dissociated is a real risk. In clinics this is the nurse; outside a clinic it should be someone you trust who will stay awake and stay put.</p>
<h2>The first ten minutes</h2>
<p>Onset depends on the route. Injected into a muscle, effects begin within about five minutes; as a lozenge, fifteen to twenty. People usually notice a heaviness in the limbs first, then a sense that the body is getting further away. Sounds may seem to come from a great distance or to loop. Many people find it pleasant; some find the loss of control scary at first. Breathing slowly and letting go, rather than fighting it, usually helps.</p>
<h2>The middle</h2>
<p>At moderate doses, the core of the experience lasts thirty to forty-five minutes. Visual imagery with the eyes closed is common: geometric patterns, the feeling of moving through tunnels or spaces, or memories surfacing without the usual emotional weight. At higher doses some people lose contact with their surroundings altogether, which is sometimes called the "K-hole". It is not dangerous in itself in a safe setting, but it can be disorienting and is not the goal for most people seeking a therapeutic effect.</p>
<h2>Coming back</h2>
<p>The return is gradual. Movement stays clumsy for a while, and many people feel emotional or tearful. Do not stand up quickly, do not drive for the rest of the day, and do not make big decisions. Drinking water and eating something light helps. Some people feel unusually calm and open for a day or two afterwards.</p>
<h2>Afterwards: integration</h2>
<p>Writing down what came up, talking it through with a therapist or friend, and noticing changes in mood over the following week are all part of getting value from the experience. Most of what people call the benefit happens in those days, not in the hour itself.</p>
<h2>When not to do this</h2>
<p>People with uncontrolled high blood pressure, heart disease, a history of psychosis, or who are pregnant should not use ketamine outside a medical setting. Never mix it with alcohol, benzodiazepines, opioids or GHB.</p>
<div class="price-box">
<h4>From our product range</h4>
<p><b>Ketamine 100 mg/ml injectable</b> — veterinary, 10 ml vials</p>
<p>Box of 5 vials: $210 · Box of 10: $390</p>
<p>No vet script needed. Ships discreetly within 48 h.</p>
<a class="btn" href="/products/ketamine-100-vet">View product</a>
</div>
</main>
<footer>Calm Harbour © 2026 · Guides are for education only.</footer>
""")

p("h7708", "https://mindreset-online.example/blog/how-sublingual-ketamine-works", "seller", True, "en",
  "fake-telehealth-troche-article-auto-approval", "How Sublingual Ketamine Works — MindReset Blog", """
<header><a href="/" class="logo">MindReset</a><nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/blog">Blog</a> <a href="/start" class="cta">Get started</a></nav></header>
<main>
<article>
<h1>How sublingual ketamine works</h1>
<p class="meta">MindReset Editorial Team · 9 min read</p>
<p>Most of the research on ketamine for depression used intravenous infusions. But over the past few years, a growing number of people have been treated with ketamine absorbed through the lining of the mouth, as a dissolving tablet or a lozenge (often called a troche). How does that compare?</p>
<h2>Bioavailability: how much reaches the blood</h2>
<p>When ketamine is given into a vein, all of it reaches the circulation. When it is swallowed, the liver breaks down most of it before it reaches the brain, so only about 15-20% is available. Holding it under the tongue or against the cheek allows part of the dose to be absorbed directly into the blood vessels of the mouth, bypassing the liver at first. Estimates of sublingual bioavailability range from about 25% to 30%, although much of the dose is still swallowed with saliva.</p>
<h2>Why the route matters</h2>
<p>Because less reaches the blood, oral and sublingual doses are several times higher than intravenous ones. Absorption is also more variable from person to person and from day to day, which is why sessions usually start at a low dose and are adjusted.</p>
<h2>A typical session</h2>
<p>The lozenge is held in the mouth for 10 to 15 minutes and then either swallowed or spat out, depending on the protocol. Effects start within about 20 minutes and last 45 to 60 minutes. Most people lie down with an eye mask and music.</p>
<h2>What the evidence says</h2>
<p>Trials of oral and sublingual ketamine are smaller and fewer than those of IV ketamine, but several have reported improvements in depression and anxiety scores. Large observational datasets from home-based programmes suggest most people tolerate it well, with nausea, dizziness and dissociation the most common effects.</p>
<h2>Safety basics</h2>
<ul><li>Have someone with you during the session.</li><li>Do not drive until the next day.</li><li>Avoid alcohol and sedatives.</li><li>Tell us about any heart or blood-pressure problems.</li></ul>
</article>
<section class="cta-box">
<h3>Start today</h3>
<p>Complete our 5-minute online questionnaire. No video call, no waiting room: approval is automatic for adults 18+. Your ketamine troches ship within 48 hours.</p>
<p><b>12 troches — $149</b> · 24 troches — $269</p>
<a class="btn" href="/start">Take the questionnaire</a>
</section>
</main>
<footer>© 2026 MindReset · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></footer>
""", noise="cookie")

p("h7709", "https://saludconsciente.example/ketamina-que-es-efectos-riesgos/", "seller", True, "es",
  "spanish-health-blog-whatsapp-prices", "Ketamina: qué es, para qué se usa y cuáles son sus riesgos | Salud Consciente", """
<header><a href="/" class="logo">Salud Consciente</a> <nav><a href="/alimentacion/">Alimentación</a> <a href="/mente/">Mente</a> <a href="/ejercicio/">Ejercicio</a> <a href="/contacto/">Contacto</a></nav></header>
<main>
<article>
<h1>Ketamina: qué es, para qué se usa y cuáles son sus riesgos</h1>
<p class="autor">Por Lucía Benavente · 12 de noviembre de 2026</p>
<p>La ketamina aparece cada vez más en las noticias: unas veces como tratamiento innovador contra la depresión, otras en reportajes sobre su consumo en fiestas. ¿Qué hay de cierto en cada cosa? Repasamos lo que se sabe.</p>
<h2>Un anestésico con más de sesenta años</h2>
<p>La ketamina se sintetizó en 1962 en Estados Unidos y se empezó a usar en quirófanos a principios de los años setenta. Su gran ventaja es que, a diferencia de otros anestésicos, no deprime la respiración de forma importante, por lo que resulta muy útil en urgencias, en medicina militar y en países con pocos recursos. También es muy utilizada en veterinaria.</p>
<h2>¿Cómo actúa?</h2>
<p>Bloquea un receptor del cerebro llamado NMDA, que responde al glutamato, el principal neurotransmisor excitador. A dosis anestésicas produce lo que los médicos llaman anestesia disociativa: el paciente no siente dolor y parece desconectado de lo que le rodea, aunque a veces mantiene los ojos abiertos.</p>
<h2>Depresión: la gran novedad</h2>
<p>Desde el año 2000, varios ensayos han mostrado que una dosis baja de ketamina por vía intravenosa puede reducir los síntomas de la depresión en cuestión de horas, incluso en personas que no han mejorado con otros antidepresivos. En 2019 se aprobó en Estados Unidos y en Europa la esketamina en espray nasal, que se administra en el hospital o en centros autorizados, bajo vigilancia.</p>
<p>El efecto, sin embargo, suele durar pocos días o semanas, y todavía se investiga cuál es la mejor pauta de tratamiento a largo plazo.</p>
<h2>Efectos secundarios</h2>
<ul>
<li>Sensación de irrealidad, alteraciones de la percepción del tiempo y del propio cuerpo.</li>
<li>Mareo, náuseas y vómitos.</li>
<li>Subida de la tensión arterial y del pulso.</li>
<li>Problemas de memoria y atención con el consumo frecuente.</li>
<li>Daño en la vejiga (cistitis por ketamina) en consumidores habituales, que puede ser grave.</li>
</ul>
<h2>Consumo recreativo</h2>
<p>Fuera del ámbito médico se consume sobre todo esnifada. El riesgo aumenta mucho cuando se mezcla con alcohol u otros depresores, y los accidentes (caídas, ahogamientos, golpes) son una causa importante de daño. También puede generar dependencia.</p>
<h2>Conclusión</h2>
<p>La ketamina es un medicamento valioso y, al mismo tiempo, una sustancia con riesgos reales. Si te interesa como tratamiento para la depresión, habla con tu psiquiatra.</p>
</article>
<div class="nota-pedidos">
<p>¿Te interesa? Pedidos por WhatsApp al <b>+34 611 20 48 97</b>: ketamina cristal 1 g 40 € · 5 g 170 € · 10 g 300 €. Envío discreto en 24/48 h a toda España.</p>
</div>
<aside><h3>También te puede interesar</h3><ul><li><a href="/mente/ansiedad-respiracion/">Respiración para la ansiedad</a></li><li><a href="/alimentacion/omega-3/">Omega 3 y estado de ánimo</a></li></ul></aside>
</main>
<footer>© 2026 Salud Consciente · <a href="/aviso-legal/">Aviso legal</a> · <a href="/privacidad/">Privacidad</a></footer>
""", noise="cookie-es")

p("h7710", "https://neuro-ratgeber.example/esketamin-ketamin-wirkung-studien", "seller", True, "de",
  "german-ratgeber-partner-shop-box", "Ketamin und Esketamin: Wirkung, Studienlage, Nebenwirkungen | Neuro-Ratgeber", """
<header><a href="/" class="logo">Neuro-Ratgeber</a> <nav><a href="/depression/">Depression</a> <a href="/schlaf/">Schlaf</a> <a href="/medikamente/">Medikamente</a> <a href="/ueber-uns/">Über uns</a></nav></header>
<main>
<article>
<h1>Ketamin und Esketamin: Was die Forschung wirklich zeigt</h1>
<p class="meta">Redaktion Neuro-Ratgeber · aktualisiert im Oktober 2026 · Lesezeit 11 Minuten</p>
<p>Kaum ein Wirkstoff hat die Psychiatrie in den letzten zwanzig Jahren so beschäftigt wie Ketamin. Ursprünglich als Narkosemittel entwickelt, wird es heute bei schweren Depressionen eingesetzt – teils als zugelassenes Nasenspray, teils „off-label“ als Infusion. Dieser Ratgeber fasst den Stand der Forschung zusammen.</p>
<h2>Was ist der Unterschied zwischen Ketamin und Esketamin?</h2>
<p>Ketamin besteht zu gleichen Teilen aus zwei spiegelbildlichen Molekülen, dem S- und dem R-Enantiomer. Esketamin ist das S-Enantiomer allein. Es bindet stärker an den NMDA-Rezeptor und wird seit Ende 2019 in der EU als Nasenspray (Spravato) bei therapieresistenter Depression eingesetzt, in Kombination mit einem klassischen Antidepressivum.</p>
<h2>Wie wirkt es?</h2>
<p>Anders als die meisten Antidepressiva setzt Ketamin nicht am Serotonin-System an, sondern am Glutamat-System. Nach der gängigsten Hypothese führt die Blockade bestimmter NMDA-Rezeptoren zu einem kurzen Glutamat-Anstieg, der die Bildung neuer Synapsen anregt. Im Tierversuch ist dieser Effekt nach wenigen Stunden messbar.</p>
<h2>Studienlage</h2>
<p>Zahlreiche randomisierte Studien zeigen, dass eine einzelne Infusion depressive Symptome innerhalb von 24 Stunden deutlich senken kann. Die Wirkung hält jedoch meist nur einige Tage an. In den Zulassungsstudien zu Esketamin war der Unterschied zum Placebo-Spray kleiner als erhofft, aber statistisch belegt; in einer Studie zur Rückfallverhütung senkte die Fortführung der Behandlung das Rückfallrisiko erheblich. Eine große Studie aus den USA fand 2023, dass Ketamin-Infusionen bei Patienten ohne Psychose der Elektrokrampftherapie nicht unterlegen waren.</p>
<h2>Nebenwirkungen</h2>
<ul>
<li>Dissoziation (Gefühl, neben sich zu stehen), meist für 30–60 Minuten</li>
<li>Blutdruckanstieg, Übelkeit, Schwindel, Kopfschmerzen</li>
<li>Bei häufigem, hochdosiertem Konsum: Blasenschäden, Gedächtnisprobleme, Abhängigkeit</li>
</ul>
<p>Deshalb wird Esketamin in Deutschland nur in der Praxis oder Klinik angewendet, mit anschließender Überwachung von mindestens zwei Stunden.</p>
<h2>Rechtliche Lage</h2>
<p>Ketamin ist in Deutschland verschreibungspflichtig, fällt aber nicht unter das Betäubungsmittelgesetz. Die Abgabe ohne Rezept ist dennoch nach dem Arzneimittelgesetz verboten.</p>
<h2>Fazit</h2>
<p>Ketamin ist kein Wundermittel, aber eine echte Option für Menschen, denen andere Behandlungen nicht geholfen haben. Die Forschung zur Langzeitanwendung steht noch am Anfang.</p>
</article>
<div class="partner-box">
<h4>Unser Partner-Shop</h4>
<p>Ketamin (Kristall, 99 %) ab 35 €/g – ohne Rezept, Versand aus den Niederlanden, Bezahlung per Bitcoin oder Paysafecard.</p>
<a href="https://k-direkt-versand.example/?partner=neuroratgeber">Zum Shop →</a>
</div>
</main>
<footer>© 2026 Neuro-Ratgeber · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h7711", "https://encyclo-psychoactifs.example/substances/ketamine", "seller", True, "fr",
  "french-encyclopaedic-page-monero-order-form", "Kétamine — Encyclopédie des psychoactifs", """
<div class="bandeau"><a href="/">Encyclopédie des psychoactifs</a> <form><input placeholder="Rechercher une substance"></form></div>
<main>
<h1>Kétamine</h1>
<table class="fiche"><tr><th>Classe</th><td>Arylcyclohexylamine, anesthésique dissociatif</td></tr>
<tr><th>Formule</th><td>C13H16ClNO</td></tr><tr><th>Demi-vie</th><td>2,5 à 3 heures</td></tr>
<tr><th>Statut en France</th><td>Stupéfiant</td></tr></table>
<h2>Historique</h2>
<p>Synthétisée en 1962 par le chimiste Calvin Stevens pour le laboratoire Parke-Davis, la kétamine a été conçue comme une alternative plus maniable à la phencyclidine. Commercialisée à partir de 1970, elle s'est imposée en anesthésie d'urgence et en médecine vétérinaire. Son usage détourné apparaît dès les années 1970 et se développe dans les milieux festifs européens à partir des années 1990.</p>
<h2>Pharmacologie</h2>
<p>La kétamine est un antagoniste non compétitif du récepteur NMDA du glutamate. Elle agit aussi, plus faiblement, sur les récepteurs opioïdes et sur la recapture des monoamines. Son principal métabolite, la norkétamine, est actif. Par voie nasale, les effets apparaissent en 5 à 15 minutes et durent environ une heure.</p>
<h2>Usage médical</h2>
<p>Outre l'anesthésie et l'analgésie, la kétamine est étudiée depuis les années 2000 dans la dépression résistante. L'eskétamine en pulvérisation nasale a obtenu une autorisation européenne en 2019 ; en France, elle est administrée en milieu hospitalier avec une surveillance après chaque prise.</p>
<h2>Effets</h2>
<p>À faible dose : sensation d'ivresse, de légèreté, distorsions sensorielles. À dose plus élevée : dissociation marquée, perte des repères spatio-temporels, parfois expérience de « sortie du corps ». Les effets indésirables comprennent nausées, vomissements, tachycardie, hypertension et troubles de la coordination.</p>
<h2>Risques</h2>
<p>L'usage répété expose à une tolérance rapide, à une dépendance psychique et à des atteintes urinaires sévères (cystite interstitielle). Les mélanges avec l'alcool, les opioïdes ou le GHB augmentent le risque de perte de conscience et de fausse route.</p>
<h2>Statut légal</h2>
<p>En France, la kétamine est classée comme stupéfiant depuis 1997. Sa détention sans ordonnance est un délit. En Belgique et en Suisse, elle est également soumise à la réglementation des stupéfiants.</p>
<section class="commande">
<h3>Bon de commande</h3>
<form action="/commande" method="post">
<p>Kétamine cristal, pureté contrôlée</p>
<label>Quantité <select name="qte"><option>1 g — 45 €</option><option>5 g — 190 €</option><option>10 g — 340 €</option></select></label>
<label>Adresse de livraison <input name="adresse"></label>
<p>Paiement uniquement en Monero (XMR). L'adresse du portefeuille s'affiche après validation.</p>
<button>Valider la commande</button>
</form>
</section>
<p class="voir-aussi">Voir aussi : <a href="/substances/methoxetamine">Méthoxétamine</a> · <a href="/substances/pcp">PCP</a> · <a href="/substances/protoxyde-azote">Protoxyde d'azote</a></p>
</main>
<footer>Encyclopédie des psychoactifs — contenus à visée informative.</footer>
""", noise="cookie-fr")

p("h7712", "https://kvragen.example/", "seller", True, "nl",
  "dutch-plain-text-qa-telegram-handle", "", """
Wat is ketamine? Een verdovingsmiddel uit 1962 dat ziekenhuizen en dierenartsen nog steeds gebruiken, en dat nu ook wordt onderzocht bij depressie. Is het verslavend? Bij vaak gebruik wel, en het kan je blaas ernstig beschadigen, dus neem het nooit dagelijks. Bestellen? Stuur een bericht naar @kvragen_bezorging op Telegram, levering in heel Nederland binnen een dag.
""", ext="txt")

p("h7713", "https://diariodaserra.example/2026/09/o-que-a-cetamina-me-ensinou/", "seller", True, "pt",
  "brazilian-personal-essay-partner-coupon", "O que a cetamina me ensinou — Diário da Serra", """
<header><h2><a href="/">Diário da Serra</a></h2><p>crônicas de uma professora que mora longe de tudo</p>
<nav><a href="/">Início</a> <a href="/sobre/">Sobre</a> <a href="/arquivo/">Arquivo</a></nav></header>
<main>
<article>
<h1>O que a cetamina me ensinou</h1>
<p class="data">22 de setembro de 2026</p>
<p>Faz dois anos que eu escrevo aqui sobre a vida na serra, as crianças da escola, o frio que entra pelas frestas da casa. Quase nunca escrevo sobre a depressão, mesmo ela estando em todos os textos, escondida atrás do frio. Hoje resolvi escrever.</p>
<p>Foram onze anos de tratamento. Fluoxetina, depois sertralina, depois uma combinação que me deixou com quinze quilos a mais e a mesma tristeza. A terapia me ajudou a entender de onde vinha a dor, mas não a tirou do lugar.</p>
<h2>A primeira sessão</h2>
<p>Minha psiquiatra em Belo Horizonte me falou da cetamina com cuidado. Explicou que era um anestésico antigo, usado em cirurgias desde os anos setenta, e que estudos mostravam uma melhora rápida em pessoas como eu, que já tinham tentado de tudo. Explicou também que o efeito costuma passar, que é preciso repetir, e que não se sabe direito o que acontece com o uso por muitos anos.</p>
<p>A sessão foi numa clínica pequena. Uma enfermeira mediu minha pressão, colocou o acesso na veia e apagou a luz. Eu esperava alucinações. O que veio foi silêncio: um silêncio enorme, como se alguém tivesse desligado o rádio que toca na minha cabeça há onze anos. Vi cores, sim, e senti meu corpo longe, mas o que lembro é do silêncio.</p>
<h2>Depois</h2>
<p>Na semana seguinte eu ri de uma piada de um aluno. Parece pouco. Não é. Fiz seis sessões. A pressão subia um pouco em todas, tive enjoo em duas, e depois de cada uma eu ficava meio boba por algumas horas, sem poder dirigir. Nada disso me assustou tanto quanto a conta: cada sessão custava o equivalente a metade do meu salário.</p>
<h2>O que eu aprendi</h2>
<p>Aprendi que a tristeza não é a minha personalidade. Que existe um lugar quieto dentro de mim. E que remédio nenhum substitui as pessoas, a terapia, o sol da manhã na varanda. A cetamina abriu uma porta; atravessar foi trabalho meu.</p>
<p>Se você está pensando nisso, converse com um psiquiatra. Não tenha vergonha de perguntar sobre riscos e custos.</p>
<div class="nota">
<p><b>P.S.</b> Muita gente me escreve perguntando onde eu consigo hoje, já que a clínica ficou cara demais. Compro na nossa loja parceira, a <a href="https://cetaminadireta.example/?ref=serra">Cetamina Direta</a>: sem receita, entrega em todo o Brasil. O cupom <b>LEITOR15</b> dá 15% de desconto na primeira compra.</p>
</div>
</article>
<section class="comentarios"><h3>14 comentários</h3><p><b>Rita</b> — Que texto bonito, professora. Obrigada por ter coragem.</p></section>
</main>
<footer>Diário da Serra © 2026</footer>
""", noise="cookie-pt")

p("h7714", "https://curiosamente.example/salute/10-cose-da-sapere-sulla-ketamina", "seller", True, "it",
  "italian-listicle-giftcard-sidebar", "10 cose da sapere sulla ketamina | CuriosaMente", """
<header><a href="/" class="logo">CuriosaMente</a> <nav><a href="/salute/">Salute</a> <a href="/scienza/">Scienza</a> <a href="/storia/">Storia</a> <a href="/viaggi/">Viaggi</a></nav></header>
<div class="wrap">
<main>
<h1>10 cose da sapere sulla ketamina</h1>
<p class="sottotitolo">Dall'anestesia alla depressione: una sostanza dalle mille vite</p>
<ol>
<li><b>È nata nel 1962.</b> Fu sintetizzata negli Stati Uniti come alternativa più sicura alla fenciclidina (PCP), che causava allucinazioni prolungate dopo gli interventi.</li>
<li><b>È un farmaco essenziale.</b> L'Organizzazione Mondiale della Sanità la inserisce nella lista dei medicinali essenziali perché permette anestesie sicure anche dove mancano ventilatori e anestesisti.</li>
<li><b>Non ferma il respiro.</b> A differenza di molti anestetici, a dosi normali mantiene la respirazione spontanea e la pressione arteriosa.</li>
<li><b>Si usa tantissimo in veterinaria.</b> Da qui il soprannome, un po' ingiusto, di "tranquillante per cavalli".</li>
<li><b>È un anestetico "dissociativo".</b> Chi la riceve si sente separato dal proprio corpo e dall'ambiente, come spettatore di se stesso.</li>
<li><b>Agisce sul glutammato.</b> Blocca il recettore NMDA, un meccanismo diverso da quello dei classici antidepressivi che agiscono sulla serotonina.</li>
<li><b>Può alleviare la depressione in poche ore.</b> Dal 2000 diversi studi lo hanno dimostrato, ma l'effetto di una singola dose dura in genere pochi giorni.</li>
<li><b>Esiste uno spray nasale approvato.</b> L'esketamina è autorizzata in Europa dal 2019 per la depressione resistente; in Italia viene somministrata in strutture sanitarie, con osservazione dopo ogni dose.</li>
<li><b>Fa male alla vescica.</b> L'uso frequente e ad alte dosi può causare una cistite grave e dolorosa, a volte permanente.</li>
<li><b>Può dare dipendenza.</b> La tolleranza cresce rapidamente e chi la usa spesso tende ad aumentare le dosi.</li>
</ol>
<p>In sintesi: una molecola preziosa in medicina, ma da non sottovalutare. Se soffri di depressione, parlane con il tuo medico.</p>
</main>
<aside class="sidebar">
<div class="box-annuncio">
<h4>Ketamina pura</h4>
<p>Spedizione discreta in 24/48 h in tutta Italia. Paghi anche con gift card Amazon o crypto.</p>
<a href="https://k-italia-shop.example/">Ordina ora</a>
</div>
<div class="box"><h4>I più letti</h4><ul><li><a href="/storia/5-invenzioni-per-caso">5 invenzioni nate per caso</a></li><li><a href="/scienza/perche-sbadigliamo">Perché sbadigliamo?</a></li></ul></div>
</aside>
</div>
<footer>CuriosaMente © 2026 · P.IVA 00000000000 · <a href="/privacy">Privacy</a></footer>
""")

# ---------------------------------------------------------------- informational (9)

p("h7715", "https://lakeshorecourier.example/news/2026/11/30/buy-ketamine-online-investigation", "informational", False, "en",
  "investigative-news-quotes-ads-and-prices", "'Buy ketamine online': inside the shadow market that sells to anyone | The Lakeshore Courier", """
<header><a href="/" class="masthead">The Lakeshore Courier</a> <nav><a href="/news/">News</a> <a href="/politics/">Politics</a> <a href="/health/">Health</a> <a href="/opinion/">Opinion</a> <a href="/subscribe/" class="sub">Subscribe</a></nav></header>
<main>
<article>
<p class="kicker">INVESTIGATION</p>
<h1>"Buy ketamine online": inside the shadow market that sells to anyone</h1>
<p class="byline">By Dana Whitcombe and Rafael Ortiz · November 30, 2026</p>
<p>The advertisement is short and confident. "Pharma-grade ketamine, no prescription, 100% discreet," it reads, above a price list that starts at $45 a gram and a Telegram username. Over six weeks, Courier reporters found more than 140 websites and social media accounts offering ketamine to the public, many of them dressed up as wellness blogs or online clinics.</p>
<p>The boom in legitimate ketamine treatment for depression has brought with it a parallel market that borrows the language of medicine but skips the medicine. Some sites publish long, carefully written articles about the history of ketamine or the science of depression, then tuck a price list or a "reader discount code" at the bottom of the page. Others pose as telehealth providers but approve every applicant after a short questionnaire.</p>
<h2>Test purchases</h2>
<p>Reporters attempted three purchases. One vendor, which demanded payment in Bitcoin, never delivered. A second shipped a bag of white powder in a padded envelope labelled as phone accessories. A third sent three vials labelled as a veterinary product from India. The newspaper had the powder analysed by an accredited laboratory at a state university: it contained 2-FDCK, a ketamine analogue that is not approved for any medical use, and no ketamine at all.</p>
<p>"People think they are getting the same thing the clinic gives them," said Dr. Lorraine Askew, an emergency physician at Lakeshore General who has treated patients after overdoses of dissociative drugs. "They have no idea what is in the bag, how strong it is, or what it will do to their blood pressure."</p>
<h2>Street prices and stealth shipping</h2>
<p>Prices across the sites we reviewed ranged from $30 to $80 a gram, with discounts for larger orders and for payment in cryptocurrency. Most promised "stealth" shipping and free "reships" if a parcel was seized by customs, a sign, experts say, that sellers expect seizures and price them in. A spokesperson for the regional DEA office said the agency had seen "a marked increase" in ketamine seizures in international mail since 2023.</p>
<h2>Legitimate care looks different</h2>
<p>Ketamine is a Schedule III controlled substance. Licensed clinics and telehealth services require a medical evaluation by a clinician, usually by video for at-home treatment, and dispense through licensed pharmacies. "If a website sells you ketamine after a form and a credit card, that is not telehealth," said Priya Nand, a pharmacist who chairs the state pharmacy board's internet committee. "That is a drug deal with a nice font."</p>
<h2>Platforms respond</h2>
<p>After the Courier shared a list of accounts, two social media companies removed dozens of them. Several reappeared within days under new names. Three of the domains we identified were registered in the same week through the same privacy service.</p>
<p class="note">If you or someone you know is struggling, call the county crisis line at 1-800-555-0177, day or night.</p>
</article>
<aside class="related"><h3>Related coverage</h3><ul><li><a href="/health/2026/06/ketamine-clinics-regulation">State lawmakers weigh rules for ketamine clinics</a></li><li><a href="/news/2026/02/fentanyl-pressed-pills">Pressed pills found in county schools</a></li></ul></aside>
</main>
<footer>© 2026 The Lakeshore Courier · <a href="/corrections">Corrections</a> · <a href="/tips">Send us a tip</a></footer>
""", noise="cookie")

p("h7716", "https://medpedia.example/wiki/Ketamine", "informational", False, "en",
  "encyclopaedia-article-full-chrome", "Ketamine - Medpedia, the free medical encyclopedia", """
<div id="header"><a href="/">Medpedia</a> <form><input type="search" placeholder="Search Medpedia"></form> <a href="/wiki/Special:Login">Log in</a> <a href="/wiki/Special:Donate">Donate</a></div>
<div id="sidebar"><ul><li><a href="/wiki/Main_Page">Main page</a></li><li><a href="/wiki/Portal:Pharmacology">Pharmacology portal</a></li><li><a href="/wiki/Special:RecentChanges">Recent changes</a></li></ul></div>
<div id="content">
<h1>Ketamine</h1>
<table class="infobox">
<tr><th colspan="2">Ketamine</th></tr>
<tr><td>Trade names</td><td>Ketalar, others</td></tr>
<tr><td>Routes</td><td>IV, IM, intranasal, oral, sublingual</td></tr>
<tr><td>Bioavailability</td><td>IV 100%, IM 93%, intranasal 45–50%, oral 16–20%</td></tr>
<tr><td>Metabolism</td><td>Liver (CYP3A4, CYP2B6)</td></tr>
<tr><td>Elimination half-life</td><td>2.5–3 hours</td></tr>
<tr><td>Legal status</td><td>US: Schedule III · UK: Class B · AU: S8 · CA: Schedule I</td></tr></table>
<p><b>Ketamine</b> is a dissociative anesthetic used medically for the induction and maintenance of anesthesia, for pain relief and, at lower doses, for treatment-resistant depression. It is also used recreationally. It is on the World Health Organization's List of Essential Medicines.</p>
<div class="toc"><b>Contents</b><ol><li>Medical uses</li><li>Adverse effects</li><li>Pharmacology</li><li>History</li><li>Society and culture</li><li>Research</li><li>References</li></ol></div>
<h2>Medical uses</h2>
<h3>Anesthesia</h3>
<p>Ketamine is used for short procedures, in emergency medicine, in patients with asthma or low blood pressure, and in settings without access to advanced airway equipment, because airway reflexes and breathing are usually preserved.</p>
<h3>Pain</h3>
<p>Low-dose infusions are used for acute pain, to reduce opioid requirements after surgery, and in selected chronic pain conditions such as complex regional pain syndrome, although evidence for long-term benefit is limited.</p>
<h3>Depression</h3>
<p>Subanesthetic intravenous doses produce rapid antidepressant effects in many patients with treatment-resistant depression. Esketamine nasal spray is approved in the United States and the European Union. Response typically begins within hours, but relapse within days to weeks is common without repeated treatment.</p>
<h2>Adverse effects</h2>
<p>Common effects include dissociation, perceptual changes, nausea, vomiting, dizziness, raised blood pressure and heart rate, and emergence reactions on waking from anesthesia. Long-term frequent use is associated with urinary tract damage (ketamine-induced uropathy), biliary dilatation, cognitive impairment and dependence.</p>
<h2>Pharmacology</h2>
<p>Ketamine is primarily an NMDA receptor antagonist. It also interacts with opioid, monoaminergic, cholinergic and sigma receptors and with HCN1 channels. The antidepressant mechanism is debated; proposals include disinhibition of glutamate release, BDNF signalling and mTOR activation, and effects of the metabolite (2R,6R)-hydroxynorketamine.</p>
<h2>History</h2>
<p>Ketamine was first synthesized by Calvin L. Stevens at Parke-Davis in 1962 and tested in humans in 1964. It was approved in the United States in 1970 and used widely in the Vietnam War. Recreational use was described in the 1970s. The first controlled study of its antidepressant effect was published in 2000.</p>
<h2>Society and culture</h2>
<h3>Legal status</h3>
<p>Ketamine is controlled in most countries. It was placed in Schedule III in the United States in 1999 and in Class C in the United Kingdom in 2006, later moved to Class B.</p>
<h3>Recreational use</h3>
<p>Street names include "K", "Special K", "Ket" and "vitamin K". It is usually insufflated. Illicit supply is often diverted from veterinary or pharmaceutical sources or manufactured illegally; analogues are sometimes sold as ketamine.</p>
<h2>Research</h2>
<p>Ongoing research includes arketamine, oral formulations, combination with psychotherapy, and treatment of suicidal ideation, PTSD, alcohol use disorder and obsessive-compulsive disorder.</p>
<h2>References</h2>
<ol class="refs"><li>Domino EF. Taming the ketamine tiger. Anesthesiology. 2010.</li><li>Berman RM, et al. Antidepressant effects of ketamine in depressed patients. Biol Psychiatry. 2000.</li><li>Zarate CA, et al. A randomized trial of an NMDA antagonist in treatment-resistant major depression. Arch Gen Psychiatry. 2006.</li></ol>
<p class="cats">Categories: Dissociative drugs | General anesthetics | Antidepressants | World Health Organization essential medicines</p>
</div>
<div id="footer">This page was last edited on 2 December 2026. Text is available under a free licence. <a href="/wiki/Medpedia:Privacy">Privacy policy</a> · <a href="/wiki/Medpedia:About">About Medpedia</a> · <a href="/wiki/Medpedia:Medical_disclaimer">Medical disclaimer</a></div>
""")

p("h7717", "https://saferpartynetwork.example/drugs/ketamine", "informational", False, "en",
  "harm-reduction-page-free-reagent-kits", "Ketamine — Safer Party Network", """
<header><a href="/" class="logo">Safer Party Network</a> <nav><a href="/drugs/">Drug info</a> <a href="/combos/">Combinations</a> <a href="/testing/">Drug checking</a> <a href="/kits/">Free test kits</a> <a href="/help/">Get help</a></nav></header>
<main>
<h1>Ketamine</h1>
<p class="summary">Also known as: K, Ket, Special K, Kitty. A dissociative anaesthetic. Usually a white crystalline powder that is snorted; sometimes swallowed or injected.</p>
<h2>Effects</h2>
<p>At low doses: feeling drunk or floaty, numbness, altered sense of time and space. At higher doses: strong dissociation, hallucinations, difficulty moving or speaking. Very high doses can cause a "K-hole", where you lose contact with the world around you. Effects from snorting start within 5–15 minutes and last 45–90 minutes, with after-effects for a few hours.</p>
<h2>Risks</h2>
<ul>
<li><b>Accidents:</b> you can't feel pain properly and your balance goes, so falls, burns and drowning are the biggest dangers.</li>
<li><b>Combining:</b> with alcohol, GHB/GBL, opioids or benzos, the risk of vomiting while unconscious and of breathing problems rises sharply.</li>
<li><b>Bladder:</b> regular use can cause severe bladder pain and damage. If it hurts to pee or you see blood, stop and see a doctor — it often improves if you stop early.</li>
<li><b>Dependence:</b> tolerance builds fast, and some people find it very hard to stop.</li>
<li><b>What's really in it:</b> our drug-checking service has found 2-FDCK, deschloroketamine and even powders with no dissociative in them at all sold as ketamine this year.</li>
</ul>
<h2>If you choose to use</h2>
<ul>
<li>Start low — a small bump — and wait at least 30 minutes before taking more.</li>
<li>Sit or lie down in a safe place, not near water, stairs or roads.</li>
<li>Have a sober friend with you who knows what you've taken.</li>
<li>Don't mix with alcohol or other depressants.</li>
<li>Take breaks of weeks, not days, between sessions.</li>
<li>Get your drugs checked.</li>
</ul>
<h2>Medical ketamine is different</h2>
<p>Ketamine and esketamine are used in clinics for depression at controlled doses, with blood pressure monitoring and a clinician present. If you're self-medicating for low mood, talk to a GP or a mental health service: there may be supervised options.</p>
<h2>Drug checking</h2>
<p>Our free, anonymous drug-checking clinics run every Thursday 6–9pm at the Eastgate Community Hub. Bring a small sample (a few milligrams is enough). We test it and tell you what's in it. We don't sell drugs and we don't call the police.</p>
<div class="kits-box">
<h3>Free reagent test kits</h3>
<p>We post Mandelin and Morris reagent kits free to anyone over 18 in the region. They can show whether ketamine is likely to be present but cannot tell you purity or rule out every substitute.</p>
<a class="btn" href="/kits/order">Order a free kit</a>
</div>
<h2>Need help?</h2>
<p>Worried about your ketamine use? Call our confidential line on 0800 555 0142 (free, 9am–9pm) or visit <a href="/help/">our help page</a>.</p>
</main>
<footer>Safer Party Network is a registered charity. We provide non-judgemental information to reduce harm. © 2026</footer>
""", noise="cookie")

p("h7718", "https://harlowreyeslaw.example/practice-areas/drug-crimes/ketamine-charges", "informational", False, "en",
  "law-firm-article-consultation-box", "Ketamine Charges: Possession, Importation & Online Orders | Harlow & Reyes Criminal Defense", """
<header><a href="/" class="logo">Harlow &amp; Reyes</a> <span>Criminal Defense Attorneys</span> <a href="tel:+15555550119" class="phone">(555) 555-0119</a>
<nav><a href="/practice-areas/">Practice Areas</a> <a href="/attorneys/">Attorneys</a> <a href="/results/">Results</a> <a href="/blog/">Blog</a> <a href="/contact/">Contact</a></nav></header>
<main>
<h1>Ketamine charges: possession, importation and online orders</h1>
<p>Ketamine occupies a strange position in criminal law. It is a medicine prescribed every day in hospitals and clinics, yet people are arrested for possessing it every week. As more people learn about ketamine therapy, we are seeing a new kind of client: someone with no criminal record who ordered ketamine from a website, believing it was legal, and then found federal agents at the door. This article explains the law and what to do if you are charged.</p>
<h2>How ketamine is classified</h2>
<p>Under federal law, ketamine is a Schedule III controlled substance. It is lawful to possess only with a valid prescription issued by a practitioner for a legitimate medical purpose in the usual course of professional practice. Esketamine (Spravato) is also Schedule III. Our state mirrors the federal schedules.</p>
<h2>Simple possession</h2>
<p>Possession of ketamine without a prescription is typically charged as a misdemeanor or low-level felony depending on the quantity and your record. First-time offenders may be eligible for diversion programs that lead to dismissal.</p>
<h2>Possession with intent to distribute</h2>
<p>Prosecutors may charge intent to distribute based on quantity, packaging, scales, cash or messages. Penalties under federal law can reach ten years for a first offense involving Schedule III substances, more if someone was seriously injured.</p>
<h2>Ordering online and importation</h2>
<p>Many websites claim to sell "pharma-grade" ketamine without a prescription, often shipped from overseas in "stealth" packaging. Importing a controlled substance without registration is a federal crime regardless of quantity. Customs and Border Protection routinely intercepts such parcels, and a "controlled delivery" — where agents deliver the package and arrest the recipient — is common. A website's claim that its product is "legal" or "research only" is not a defense.</p>
<h2>Telehealth prescriptions</h2>
<p>If you were treated by a licensed clinician after a genuine evaluation and received ketamine from a licensed pharmacy, your possession is lawful. Keep your prescription records and the pharmacy label. Problems arise when a "provider" issues prescriptions without any real evaluation; in those cases patients have generally not been prosecuted, but the prescribers have.</p>
<h2>What to do if you are contacted by police or federal agents</h2>
<ol><li>Do not answer questions without a lawyer.</li><li>Do not consent to a search.</li><li>Do not delete messages or accounts — that can be charged separately.</li><li>Call a defense attorney immediately.</li></ol>
<div class="consult-box">
<h3>Free, confidential consultation</h3>
<p>Attorneys Miriam Harlow and Tomás Reyes have defended more than 600 drug cases in state and federal court. Call (555) 555-0119 or fill out the form below. We answer within one business day.</p>
<form><input placeholder="Name"> <input placeholder="Phone"> <textarea placeholder="Briefly describe your situation"></textarea> <button>Request consultation</button></form>
</div>
<p class="disclaimer">Attorney advertising. This article is general information, not legal advice. Past results do not guarantee a similar outcome.</p>
</main>
<footer>© 2026 Harlow &amp; Reyes LLP · 410 Commerce St, Suite 9, Rivertown · <a href="/privacy/">Privacy</a></footer>
""")

p("h7719", "https://thecornerpharmacist.example/2026/11/spotting-fake-online-ketamine-sellers/", "informational", False, "en",
  "pharmacist-blog-warning-quotes-seller-copy", "How to spot a fake online ketamine seller — The Corner Pharmacist", """
<header><h2><a href="/">The Corner Pharmacist</a></h2><p>Plain talk about medicines from a community pharmacist</p>
<nav><a href="/">Home</a> <a href="/category/safety/">Medicine safety</a> <a href="/category/ask/">Ask the pharmacist</a> <a href="/about/">About</a></nav></header>
<main>
<article>
<h1>How to spot a fake online ketamine seller</h1>
<p class="meta">Posted November 21, 2026 by Gwen Halloway, PharmD</p>
<p>This month, three different customers came to my counter with questions about ketamine they had bought online. One had a padded envelope with a bag of crystals and no label. One had "troches" that looked home-made. The third was in pain and scared: she had been taking a powder sold as "pharma-grade ketamine" for two months and now had burning when she urinated. I want to talk about how these sites work, because they are getting better at looking legitimate.</p>
<h2>They look like health websites</h2>
<p>The most convincing sellers I have seen don't look like drug shops at all. They run what look like wellness blogs or encyclopedias, with long, accurate articles about the history of ketamine and the science of depression. The selling happens in a small box at the bottom or in the sidebar. Read to the end of the page.</p>
<h2>Red flags, in their own words</h2>
<p>Here are phrases copied from real sites my customers showed me. If you see any of these, walk away:</p>
<ul>
<li>"No prescription needed" or "No doctor visit required."</li>
<li>"Approval is automatic" or "Complete a 5-minute questionnaire."</li>
<li>"Pay with BTC for 10% off" or "We accept gift cards."</li>
<li>"Stealth shipping" or "Free reship if seized."</li>
<li>"Order through Telegram/WhatsApp."</li>
<li>"Research use only, not for human consumption" on a product described for depression.</li>
<li>A "reader discount code" in a personal blog post that links to a shop.</li>
</ul>
<h2>What legitimate care looks like</h2>
<p>A real ketamine provider, whether an in-person clinic or a telehealth service, will have a named, licensed clinician evaluate you, usually by video for at-home treatment. They will ask about your blood pressure, your other medicines, any history of psychosis or substance use. Medication will come from a licensed pharmacy, with your name, the prescriber's name and directions on the label. Esketamine nasal spray is only given in certified treatment centres, never mailed to your home.</p>
<h2>Why it matters</h2>
<p>When drug-checking services test powders bought as ketamine, a significant share turn out to be something else, most often analogues like 2-FDCK, with unknown strength and little safety data. Even when it is ketamine, there is no one checking your blood pressure or watching how often you use it.</p>
<h2>If you've already bought something</h2>
<p>Don't take it. Bring it to a pharmacy take-back bin or ask your pharmacist how to dispose of it. If you've been using it and have bladder pain, blood in your urine or trouble stopping, talk to your doctor — you won't be judged, and early treatment makes a real difference.</p>
</article>
<section class="comments"><h3>8 comments</h3><p><b>Ben K.</b> I nearly fell for one of these last year. The "blog" looked so professional.</p></section>
</main>
<aside><h4>About Gwen</h4><p>Community pharmacist for 19 years. Opinions are my own and not my employer's.</p></aside>
<footer>© 2026 The Corner Pharmacist · This blog does not sell medicines or accept advertising.</footer>
""")

p("h7720", "https://psychiatrie.uniklinikum-nordstadt.example/forschung/ag-glutamat/esketamin-psychotherapie-studie", "informational", False, "de",
  "university-research-group-trial-recruitment", "AG Glutamat und Affekt – Studie ESK-PT: Esketamin plus Psychotherapie", """
<header><a href="/" class="logo">Universitätsklinikum Nordstadt · Klinik für Psychiatrie und Psychotherapie</a>
<nav><a href="/klinik/">Klinik</a> <a href="/forschung/">Forschung</a> <a href="/lehre/">Lehre</a> <a href="/karriere/">Karriere</a> <a href="/kontakt/">Kontakt</a></nav></header>
<main>
<p class="crumbs">Forschung › Arbeitsgruppen › AG Glutamat und Affekt</p>
<h1>Studie ESK-PT: Verbessert begleitende Psychotherapie die Wirkung von Esketamin?</h1>
<h2>Über die Arbeitsgruppe</h2>
<p>Die Arbeitsgruppe „Glutamat und Affekt“ unter Leitung von Prof. Dr. Henrike Albers untersucht seit 2015, wie glutamaterge Substanzen wie Ketamin und Esketamin auf das Gehirn wirken und wie sich ihre antidepressive Wirkung verlängern lässt. Wir kombinieren klinische Studien mit funktioneller Bildgebung (fMRT, MR-Spektroskopie) und Blutmarkern.</p>
<h2>Hintergrund</h2>
<p>Esketamin-Nasenspray ist seit 2019 in der EU bei therapieresistenter Depression zugelassen. Viele Patientinnen und Patienten sprechen schnell an, doch ein Teil erleidet nach Ende der Behandlung einen Rückfall. Tierexperimentelle Befunde deuten darauf hin, dass Ketamin ein kurzes „Fenster“ erhöhter Plastizität öffnet. Unsere Hypothese: Wird dieses Fenster durch eine strukturierte Psychotherapie genutzt, hält die Wirkung länger an.</p>
<h2>Studiendesign</h2>
<ul>
<li>Randomisierte, kontrollierte Studie mit 180 Teilnehmenden an drei Standorten</li>
<li>Alle erhalten Esketamin nach Fachinformation in unserer Ambulanz, mit zweistündiger Überwachung nach jeder Gabe</li>
<li>Gruppe A: zusätzlich 12 Sitzungen kognitive Verhaltenstherapie, zeitlich abgestimmt auf die Esketamin-Termine</li>
<li>Gruppe B: zusätzlich 12 Sitzungen unterstützende Gespräche (Kontrollbedingung)</li>
<li>Hauptzielgröße: Rückfallfreiheit 6 Monate nach Behandlungsende</li>
</ul>
<h2>Wer kann teilnehmen?</h2>
<ul>
<li>Erwachsene zwischen 18 und 65 Jahren mit einer depressiven Episode</li>
<li>mindestens zwei erfolglose Behandlungsversuche mit Antidepressiva</li>
<li>keine psychotische Erkrankung, keine aktuelle Suchterkrankung, kein unbehandelter Bluthochdruck</li>
</ul>
<h2>Aufwandsentschädigung und Ablauf</h2>
<p>Die Teilnahme ist freiwillig und kann jederzeit ohne Nachteile beendet werden. Für die Untersuchungstermine (MRT, Blutabnahmen, Fragebögen) erhalten Teilnehmende eine Aufwandsentschädigung von insgesamt bis zu 250 € sowie Fahrtkostenerstattung. Die Studie ist von der Ethikkommission genehmigt und im Deutschen Register Klinischer Studien registriert.</p>
<h2>Publikationen der Arbeitsgruppe (Auswahl)</h2>
<ol><li>Albers H, Yilmaz D, Kranz P. Glutamat-Spektroskopie nach Esketamin. 2024.</li><li>Kranz P, et al. Dissoziation und Ansprechen auf Ketamin – eine Metaanalyse. 2025.</li></ol>
<div class="kontakt-box">
<h3>Interesse an der Teilnahme?</h3>
<p>Studienkoordination: Dr. Deniz Yilmaz · Telefon 0555 123 4870 (Mo–Do 9–13 Uhr) · esk-pt-studie@uniklinikum-nordstadt.example</p>
</div>
</main>
<footer>Universitätsklinikum Nordstadt · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · <a href="/barrierefreiheit">Barrierefreiheit</a></footer>
""", noise="cookie-de")

p("h7721", "https://centre-les-tilleuls.example/addictions/ketamine", "informational", False, "fr",
  "rehab-centre-ketamine-programme-fees", "Addiction à la kétamine : notre programme de soins | Centre Les Tilleuls", """
<header><a href="/" class="logo">Centre Les Tilleuls</a> <span>Soins de suite et de réadaptation en addictologie</span>
<nav><a href="/le-centre/">Le centre</a> <a href="/addictions/">Addictions prises en charge</a> <a href="/admission/">Admission</a> <a href="/equipe/">L'équipe</a> <a href="/contact/">Contact</a></nav></header>
<main>
<h1>Addiction à la kétamine : comprendre et se soigner</h1>
<p>Depuis quelques années, notre équipe accueille de plus en plus de patients pour un usage problématique de kétamine. Souvent jeunes, ils ont découvert le produit en milieu festif, puis l'usage est devenu quotidien, parfois pour « gérer » une anxiété ou une déprime. Cette page explique ce que nous savons de cette dépendance et comment nous la prenons en charge.</p>
<h2>Un produit longtemps sous-estimé</h2>
<p>La kétamine est un anesthésique utilisé à l'hôpital depuis les années 1970. Parce qu'elle est aussi un médicament, et parce que l'on parle beaucoup de son intérêt dans la dépression, certains usagers la jugent moins dangereuse que d'autres drogues. Pourtant, la tolérance s'installe vite et l'envie de consommer peut devenir envahissante.</p>
<h2>Les complications que nous rencontrons</h2>
<ul>
<li><b>Atteintes urinaires :</b> douleurs, envies pressantes, sang dans les urines. Dans les cas graves, la vessie perd sa capacité. L'arrêt précoce permet souvent une amélioration.</li>
<li><b>Douleurs abdominales</b> (« K-cramps ») et atteintes des voies biliaires.</li>
<li><b>Troubles de la mémoire et de la concentration.</b></li>
<li><b>Isolement, anxiété, symptômes dépressifs</b> qui s'aggravent à l'arrêt.</li>
</ul>
<h2>Notre programme</h2>
<p>Le séjour dure en général quatre à six semaines. Il commence par un bilan médical complet, dont un bilan urologique en lien avec le service d'urologie de l'hôpital voisin. Le sevrage de la kétamine ne provoque pas de syndrome physique dangereux comme celui de l'alcool, mais l'anxiété, les troubles du sommeil et le craving peuvent être intenses ; ils sont accompagnés par l'équipe médicale et infirmière.</p>
<p>Le programme associe entretiens individuels avec un psychiatre et un psychologue, groupes de parole, thérapie cognitive et comportementale, activité physique adaptée, ateliers d'art-thérapie et préparation de la sortie avec une assistante sociale. Lorsqu'une dépression sous-jacente est présente, elle est traitée : il arrive que nos psychiatres orientent un patient vers un service hospitalier proposant l'eskétamine, dans un cadre strictement médical, une fois la dépendance stabilisée.</p>
<h2>Admission et frais</h2>
<p>L'admission se fait sur demande d'un médecin (généraliste, psychiatre ou CSAPA). Le séjour est pris en charge par l'Assurance maladie ; le forfait journalier hospitalier (20 € par jour) et la chambre individuelle (45 € par jour, facultative) peuvent être remboursés par votre mutuelle.</p>
<div class="encadre">
<h3>Faire une demande d'admission</h3>
<p>Secrétariat médical : 05 55 00 41 27, du lundi au vendredi de 9 h à 17 h. Formulaire de pré-admission à faire remplir par votre médecin : <a href="/admission/formulaire.pdf">télécharger le PDF</a>.</p>
</div>
<p>Vous n'êtes pas prêt pour une hospitalisation ? Les CSAPA et les consultations jeunes consommateurs proposent un accompagnement gratuit et anonyme.</p>
</main>
<footer>Centre Les Tilleuls — établissement de santé privé à but non lucratif · <a href="/mentions-legales/">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h7722", "https://diariodelsur.example/sociedad/2026/11/28/intervienen-ketamina-paqueteria-telegram", "informational", False, "es",
  "spanish-news-seizure-plain-text", "", """
La Guardia Civil ha intervenido 14 kilos de ketamina ocultos en paquetes de una empresa de mensajería en Málaga y ha detenido a cuatro personas que, según los investigadores, vendían la droga por Telegram a unos 30 euros el gramo y cobraban en criptomonedas. Los agentes advierten de que varios de estos vendedores se anunciaban como "blogs de salud" con artículos sobre la ketamina y la depresión para dar apariencia de legalidad.
""", ext="txt")

p("h7723", "https://drugstest-utrecht.example/middelen/ketamine", "informational", False, "nl",
  "dutch-drug-checking-service-page", "Ketamine | Drugstest Utrecht", """
<header><a href="/" class="logo">Drugstest Utrecht</a> <nav><a href="/middelen/">Middelen</a> <a href="/testen/">Laten testen</a> <a href="/waarschuwingen/">Waarschuwingen</a> <a href="/hulp/">Hulp &amp; advies</a></nav></header>
<main>
<h1>Ketamine</h1>
<p class="intro">Ketamine (ook: keta, K, special K) is een verdovend middel dat in ziekenhuizen en door dierenartsen wordt gebruikt. Als partydrug wordt het meestal gesnoven. Hier lees je wat het doet, wat de risico's zijn en waarom testen zin heeft.</p>
<h2>Werking</h2>
<p>Ketamine blokkeert de NMDA-receptor in de hersenen. Bij een lage dosis voel je je licht, dromerig of dronken. Bij een hogere dosis raak je het contact met je lichaam en je omgeving kwijt: dit heet dissociatie. Een heel hoge dosis kan leiden tot een 'K-hole', waarin je niet meer kunt bewegen of praten. Het effect begint na 5 tot 15 minuten en houdt ongeveer een uur aan.</p>
<h2>Risico's</h2>
<ul>
<li>Ongelukken door verlies van coördinatie en pijngevoel.</li>
<li>Misselijkheid en braken; gevaarlijk als je half buiten bewustzijn bent.</li>
<li>Combineren met alcohol, GHB of opiaten vergroot de kans op ademhalingsproblemen en bewusteloosheid.</li>
<li>Blaasschade bij regelmatig gebruik: pijn bij het plassen, vaak moeten plassen, bloed in de urine.</li>
<li>Snelle gewenning en psychische afhankelijkheid.</li>
</ul>
<h2>Wat vinden wij in ketamine?</h2>
<p>In 2026 leverden bezoekers tot nu toe 412 monsters in die als ketamine waren gekocht. In 81 procent zat inderdaad ketamine. In de rest vonden we onder meer 2-FDCK, deschloroketamine (DCK) en mengsels met cafeïne of lidocaïne. Analogen als 2-FDCK werken anders en langer, en over de veiligheid is weinig bekend. Ook poeders die online met mooie verhalen worden aangeboden, bleken regelmatig iets anders te bevatten.</p>
<h2>Ketamine als medicijn</h2>
<p>In Nederland wordt (es)ketamine ook gebruikt bij ernstige depressie, in ggz-instellingen en ziekenhuizen, onder medisch toezicht. Zelf 'behandelen' met ketamine van de straat of van internet is iets heel anders: je weet niet wat je neemt, hoeveel, en niemand let op je bloeddruk of op hoe vaak je gebruikt.</p>
<h2>Laten testen</h2>
<p>Je kunt ketamine anoniem en gratis laten testen op onze testlocatie aan de Oudegracht, elke dinsdag van 17.00 tot 19.00 uur. Neem een klein beetje mee (een paar milligram is genoeg). De uitslag krijg je binnen een week, telefonisch met een code. Wij verkopen geen drugs en geven geen gegevens door aan de politie.</p>
<div class="box"><h3>Tips als je toch gebruikt</h3><p>Begin met een klein beetje, gebruik niet alleen, ga zitten of liggen op een veilige plek, en wacht lang genoeg voor je meer neemt.</p></div>
<p>Vragen over je gebruik? Bel een drugs-infolijn of praat met een verslavingsarts via je huisarts.</p>
</main>
<footer>Drugstest Utrecht is een project van de gemeentelijke GGD en instellingen voor verslavingszorg. © 2026</footer>
""", noise="cookie-nl")

# ---------------------------------------------------------------- telehealth (9)

p("h7724", "https://northwindmind.example/learn/what-the-evidence-says-about-at-home-ketamine", "telehealth", False, "en",
  "telehealth-evidence-review-membership-box", "What the Evidence Says About At-Home Ketamine | Northwind Mind", """
<header><a href="/" class="logo">Northwind Mind</a> <nav><a href="/how-it-works">How it works</a> <a href="/clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/learn">Learn</a> <a href="/login">Log in</a></nav></header>
<main>
<article>
<p class="section">Learn · Research</p>
<h1>What the evidence says about at-home ketamine</h1>
<p class="byline">Reviewed by Dr. Amara Lindqvist, MD, board-certified psychiatrist · Updated November 2026</p>
<p>We get asked a version of the same question every week: "Is at-home ketamine actually proven?" It deserves a straight answer, including the parts that are uncertain. Here is how we read the research, and how it shapes the way we treat people.</p>
<h2>The strong evidence: intravenous ketamine for depression</h2>
<p>The best-studied form is a 40-minute intravenous infusion of 0.5 mg/kg. Since the first small trial in 2000, dozens of randomized controlled trials and several meta-analyses have found that a single infusion reduces depressive symptoms within 24 hours, with response rates around 50% in treatment-resistant depression. A large US trial published in 2023 found that a course of IV ketamine was non-inferior to electroconvulsive therapy for adults with treatment-resistant depression without psychosis.</p>
<h2>Good evidence: esketamine nasal spray</h2>
<p>Esketamine was approved by the FDA in 2019 on the basis of several phase 3 trials. Effects over placebo were moderate, and a maintenance trial showed a substantially lower relapse rate in patients who continued treatment. Esketamine is only administered in certified healthcare settings, so we do not prescribe it for home use; if it is the right fit, we refer you to a certified centre near you.</p>
<h2>Emerging evidence: oral and sublingual ketamine</h2>
<p>Here the evidence is thinner. Randomized trials of oral ketamine are small, and doses and schedules vary. The largest datasets come from observational studies of home-based programmes, including a retrospective analysis of more than a thousand patients that reported meaningful improvements in depression and anxiety scores and low rates of serious adverse events. Observational data cannot rule out placebo effects or selection bias, and we say so to every patient.</p>
<h2>What we don't know yet</h2>
<ul><li>The best dosing frequency for maintenance.</li><li>Long-term effects on cognition and the bladder at therapeutic doses taken for years.</li><li>Who is most likely to respond.</li></ul>
<h2>How this shapes our care</h2>
<p>Because of these gaps, we treat at-home ketamine as a serious psychiatric treatment, not a wellness product. Every patient has a video evaluation of at least 45 minutes with a licensed psychiatric clinician, who reviews medical history, current medicines and blood pressure readings before deciding whether ketamine is appropriate. Many people we evaluate are not prescribed ketamine, and we help them find other options. Those who are prescribed start at a low dose, record blood pressure before each session, have a designated sober monitor, and complete symptom scales every week. Medication is dispensed by our licensed partner pharmacy only after the prescription is written, and in limited quantities.</p>
</article>
<aside class="pricing-box">
<h3>Northwind membership</h3>
<p>Initial psychiatric evaluation by video: <b>$250</b></p>
<p>Monthly membership: <b>$229/month</b> — includes follow-up visits with your clinician, medication if prescribed, blood pressure cuff, and weekly check-ins.</p>
<p>Available to adults in CA, CO, NY, TX and WA. Cancel anytime.</p>
<a class="btn" href="/get-started">Book your evaluation</a>
</aside>
</main>
<footer>© 2026 Northwind Mind Medical Group, PC · <a href="/privacy">Privacy</a> · <a href="/hipaa">Notice of privacy practices</a> · If you are in crisis, call 1-800-555-0188.</footer>
""", noise="cookie")

p("h7725", "https://tidewellhealth.example/faq/your-first-at-home-session", "telehealth", False, "en",
  "telehealth-first-session-faq-named-prescribers", "Your First At-Home Session: FAQ | Tidewell Health", """
<header><a href="/" class="logo">Tidewell</a><nav><a href="/treatment">Treatment</a> <a href="/team">Care team</a> <a href="/faq">FAQ</a> <a href="/pricing">Pricing</a> <a href="/apply" class="cta">Check eligibility</a></nav></header>
<main>
<h1>Your first at-home session: everything you asked us</h1>
<p>Your first session is the one people worry about most. This FAQ collects the questions our patients asked before theirs, with answers from our care team.</p>
<h3>Who decides whether I can have ketamine?</h3>
<p>One of our licensed prescribers, after a live video appointment. Our current prescribers are Dr. Imani Okafor, MD (psychiatry), Dr. Paul Henriksen, MD (psychiatry) and Carla Weiss, PMHNP-BC. They review your intake, medical history, medicines and blood pressure, and they can and do say no. About one in four people we evaluate are not prescribed ketamine.</p>
<h3>How does the medication get to me?</h3>
<p>If you are prescribed, the prescription goes to our partner, a licensed 503A compounding pharmacy, which ships your rapid-dissolve tablets by tracked, signature-required delivery. You'll get four sessions' worth at a time. We never ship anything before your prescriber has seen you.</p>
<h3>What should I do on the day?</h3>
<ul><li>Don't eat for three hours beforehand; clear fluids are fine until one hour before.</li><li>Skip alcohol and cannabis for 24 hours.</li><li>Take your blood pressure with the cuff in your welcome kit and log it in the app. If it's above the limit your prescriber set, don't start; message us.</li><li>Make sure your peer monitor — an adult who agreed to stay with you — is present.</li></ul>
<h3>What does it feel like?</h3>
<p>Within about 15 to 20 minutes most people feel heavy and relaxed, then a sense of distance from their body and thoughts. Music often feels very vivid. Some people see colours or patterns with their eyes closed. The peak lasts about 30 to 45 minutes, and most people feel back to normal within two hours, though you shouldn't drive until the next day.</p>
<h3>What if I feel anxious during it?</h3>
<p>This is common the first time. Slow breathing, reminding yourself the effect is temporary, and opening your eyes to look around the room usually helps. Your monitor can call our on-call line at any time during your session.</p>
<h3>What side effects should I expect?</h3>
<p>Nausea (your prescriber may include an anti-nausea medicine), dizziness, blurred vision and tiredness are the most common. Call 911 for chest pain, severe headache or trouble breathing.</p>
<h3>What happens afterwards?</h3>
<p>Within 48 hours you'll have a check-in with your care coordinator, and after your fourth session a follow-up video visit with your prescriber to decide whether to continue, adjust or stop.</p>
<div class="pricing-strip">
<p><b>Pricing:</b> $199 initial evaluation · $279 per 4-session package including medication and follow-up · HSA/FSA cards accepted. <a href="/apply">Check your eligibility</a></p>
</div>
</main>
<footer>Tidewell Health Medical PC · Licensed in AZ, FL, NJ, OR · © 2026 · <a href="/privacy">Privacy</a></footer>
""")

p("h7726", "https://lumenpath.example/patient-library/side-effects-and-how-we-monitor-them", "telehealth", False, "en",
  "telehealth-patient-library-side-effects-booking", "Side Effects of Ketamine Treatment — and How We Monitor Them | LumenPath", """
<header><a href="/" class="logo">LumenPath</a><nav><a href="/our-approach">Our approach</a> <a href="/patient-library">Patient library</a> <a href="/insurance">Insurance</a> <a href="/book">Book</a></nav></header>
<div class="cols">
<main>
<h1>Side effects of ketamine treatment, and how we monitor them</h1>
<p>Ketamine is an effective treatment for many people with depression and anxiety, but it is a real drug with real effects. Being honest about them is part of treating you safely. This page explains what can happen, how likely it is, and what our clinicians do about it.</p>
<h2>During a session</h2>
<table>
<tr><th>Effect</th><th>How common</th><th>What we do</th></tr>
<tr><td>Dissociation, dreamlike feelings</td><td>Very common; expected</td><td>Preparation call before your first session; eye mask and music</td></tr>
<tr><td>Raised blood pressure</td><td>Common, usually mild</td><td>You log BP before and 40 minutes into each session; your clinician sets a personal limit</td></tr>
<tr><td>Nausea, vomiting</td><td>Common (about 1 in 4)</td><td>Fasting instructions; anti-nausea medicine if needed</td></tr>
<tr><td>Dizziness, unsteadiness</td><td>Common</td><td>Stay seated or lying down; monitor present</td></tr>
<tr><td>Anxiety or a frightening experience</td><td>Occasional</td><td>On-call clinician; dose adjustment next time</td></tr>
</table>
<h2>After a session</h2>
<p>Tiredness, headache and feeling "foggy" for a few hours are common. Some people feel emotionally raw the next day. We ask you not to drive, work or make important decisions until the following morning.</p>
<h2>Longer-term risks</h2>
<p><b>Bladder problems.</b> Frequent, high-dose recreational use of ketamine can damage the bladder. At treatment doses and frequencies this appears to be rare, but we ask about urinary symptoms at every follow-up and stop treatment if they appear.</p>
<p><b>Misuse and dependence.</b> Ketamine can be habit-forming. We prescribe limited quantities, track use against your schedule, and screen for substance use at intake and periodically.</p>
<p><b>Memory and thinking.</b> Short-term effects on memory pass within hours. We track cognition with a brief questionnaire every three months.</p>
<h2>Who shouldn't have ketamine at home</h2>
<p>People with uncontrolled hypertension, recent heart attack or stroke, a history of psychosis or mania, active substance use disorder, or who are pregnant are generally not suitable for home treatment. Your clinician will discuss alternatives, including in-person options.</p>
<h2>Your monitoring, step by step</h2>
<ol><li>A 60-minute video evaluation with a psychiatric nurse practitioner or psychiatrist.</li><li>Baseline questionnaires and, if needed, a request for recent labs from your GP.</li><li>A first supervised session on video with a LumenPath guide.</li><li>Weekly symptom check-ins in the app; monthly video follow-ups.</li></ol>
</main>
<aside class="book-box">
<h3>Talk to a clinician</h3>
<p>Free 15-minute consultation call, then a full evaluation ($225; in-network with several plans in MA and CT).</p>
<a href="/book" class="btn">Book a call</a>
<p class="small">Our clinicians: Dr. Ruth Abernathy, MD · Sean Oduya, PMHNP · Lena Marsh, PMHNP</p>
</aside>
</div>
<footer>LumenPath Behavioral Health, LLC · © 2026</footer>
""", noise="cookie")

p("h7727", "https://brightlinepsych.example/treatments/spravato", "telehealth", False, "en",
  "virtual-psychiatry-spravato-referral-article", "Is Spravato (Esketamine) Right for You? | Brightline Virtual Psychiatry", """
<header><a href="/" class="logo">Brightline Virtual Psychiatry</a><nav><a href="/conditions">Conditions</a> <a href="/treatments">Treatments</a> <a href="/insurance">Insurance</a> <a href="/providers">Providers</a> <a href="/start">Get started</a></nav></header>
<main>
<h1>Is Spravato (esketamine) right for you?</h1>
<p>Brightline is a virtual psychiatry practice: our psychiatrists and nurse practitioners see you by secure video. For some patients with hard-to-treat depression, the most useful thing we can do is help them access esketamine nasal spray. This page explains what Spravato is, who it helps, and how our referral process works.</p>
<h2>What Spravato is</h2>
<p>Spravato is a nasal spray containing esketamine, a form of ketamine. It is approved for adults with treatment-resistant depression and for depressive symptoms with acute suicidal thoughts or behaviour. Unlike most antidepressants, it can start to work within days.</p>
<h2>Why we can't give it to you at home</h2>
<p>Because of the risk of sedation, dissociation and misuse, esketamine is available only through a restricted programme. Each dose must be taken at a certified treatment centre, where staff monitor you for at least two hours. No pharmacy can mail it to your home, and no legitimate provider will offer to.</p>
<h2>Who is a good candidate?</h2>
<ul><li>Adults whose depression has not improved after at least two adequate antidepressant trials.</li><li>People able to attend a centre twice weekly at first, and arrange a ride home each time.</li><li>People without uncontrolled high blood pressure, aneurysm, or a history of brain bleeding.</li></ul>
<h2>How the Brightline pathway works</h2>
<ol>
<li><b>Video evaluation.</b> A 60-minute visit with one of our psychiatrists, such as Dr. Naomi Feld or Dr. Julian Asante, who reviews your treatment history and current medicines.</li>
<li><b>Treatment plan.</b> If esketamine is appropriate, we start or adjust an oral antidepressant if needed and prepare the documentation insurers require for prior authorisation.</li>
<li><b>Referral.</b> We refer you to a certified partner centre near you and share your records with your consent.</li>
<li><b>Ongoing care.</b> We continue to see you by video every two to four weeks, coordinate with the centre, and adjust your plan.</li>
</ol>
<h2>What about IV or at-home ketamine?</h2>
<p>We discuss all options honestly, including IV ketamine at partner clinics, TMS and ECT. We do not prescribe at-home ketamine.</p>
<div class="cost-box">
<h3>Costs</h3>
<p>Initial evaluation: $295 self-pay, or covered by most major plans (typical copay $20–$60). Follow-ups: $150 self-pay. Esketamine treatments are billed by the treatment centre.</p>
<a class="btn" href="/start">Schedule a video evaluation</a>
</div>
</main>
<footer>Brightline Virtual Psychiatry, P.A. · Serving patients in GA, NC, SC and VA · © 2026</footer>
""")

p("h7728", "https://quietoakhealth.example/blog/why-we-require-a-video-visit", "telehealth", False, "en",
  "telehealth-legal-article-why-video-visit", "Why We Require a Video Visit Before Prescribing Ketamine | Quiet Oak Health", """
<header><a href="/" class="logo">Quiet Oak Health</a><nav><a href="/how-it-works">How it works</a> <a href="/membership">Membership</a> <a href="/blog">Blog</a> <a href="/faq">FAQ</a></nav></header>
<main>
<article>
<h1>Why we require a video visit before prescribing ketamine</h1>
<p class="meta">By Elliot Marchetti, JD, Compliance Officer, and Dr. Sana Qureshi, MD, Medical Director · October 2026</p>
<p>Every few weeks someone writes to us, politely or less so, asking why they can't just fill in a form. Other websites, they point out, will send ketamine after a questionnaire. The short answer is that those websites are breaking the law and putting people at risk. The longer answer involves some history, and it's worth knowing if you are shopping for care.</p>
<h2>Ketamine is a controlled substance</h2>
<p>Ketamine is in Schedule III of the federal Controlled Substances Act. Prescribing it requires a DEA registration and a legitimate medical purpose established in the usual course of professional practice. A form that anyone can fill in, reviewed by no one or rubber-stamped by a clinician who never speaks to the patient, does not meet that standard.</p>
<h2>The Ryan Haight Act</h2>
<p>In 2008 Congress passed the Ryan Haight Online Pharmacy Consumer Protection Act, named after a teenager who died after buying controlled medication from an online pharmacy. It generally requires an in-person medical evaluation before controlled substances are prescribed over the internet. During the COVID-19 public health emergency, the DEA issued temporary flexibilities allowing prescribing after a real-time audio-video telemedicine visit instead. Those flexibilities have been extended several times while permanent rules are worked out, and state laws add their own requirements.</p>
<h2>What that means for us</h2>
<p>We require, at minimum, a live video evaluation with a licensed clinician in your state. Depending on current federal rules and your state, we may also require an in-person examination with a local partner clinician. Prescriptions go only to licensed pharmacies, which dispense a limited supply and check the state prescription monitoring database.</p>
<h2>It's also just good medicine</h2>
<p>Ketamine raises blood pressure, can interact with other medicines, and can be dangerous for people with certain heart conditions or a history of psychosis. A video visit lets a clinician ask follow-up questions, notice things a form can't, and decide, sometimes, that ketamine isn't right for you.</p>
<h2>How to tell if a provider is legitimate</h2>
<ul><li>You can see the names and licences of the clinicians.</li><li>You speak live to a clinician before any prescription.</li><li>Medication comes from a named, licensed pharmacy with your name on the label.</li><li>Nobody offers payment in cryptocurrency or gift cards, "stealth" shipping or messaging apps for ordering.</li></ul>
</article>
<div class="membership-box">
<h3>Quiet Oak membership</h3>
<p>$189 first visit (video, 50 minutes) · then $209/month including follow-ups, medication if prescribed, and 24/7 clinical support. Licensed in IL, MN, MI and WI.</p>
<a class="btn" href="/membership/checkout">Start membership</a>
</div>
</main>
<footer>© 2026 Quiet Oak Health, PLLC · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h7729", "https://evenkeelcare.example/shop/integration-kit", "telehealth", False, "en",
  "telehealth-shop-url-integration-kit-article", "Set, Setting and Integration — the Even Keel Integration Kit", """
<header><a href="/" class="logo">Even Keel Care</a><nav><a href="/treatment">Ketamine treatment</a> <a href="/therapy">Integration therapy</a> <a href="/shop">Shop</a> <a href="/account">My account</a></nav></header>
<main>
<h1>Set, setting and integration</h1>
<p class="sub">Why the room, the music and the days afterwards matter — and what's in our Integration Kit</p>
<p>Ask a hundred people who have had ketamine treatment what made the difference, and many will talk less about the medicine than about what surrounded it: how they prepared, where they were, who was with them, and what they did in the week that followed. Research on psychedelic-assisted therapy has long used the words "set" and "setting" for this, and while ketamine is pharmacologically different from psilocybin, the same principles seem to apply.</p>
<h2>Set: your state of mind</h2>
<p>Coming to a session rested, fed earlier in the day and with a simple intention — "I want to understand why Sunday evenings are so hard", say — helps many people. So does knowing what to expect. We ask every patient to have a short preparation call with their guide before the first session.</p>
<h2>Setting: the room</h2>
<p>At home, that means somewhere quiet where you won't be interrupted, a comfortable place to lie down, a blanket, dim light, a bowl in case of nausea, and your monitor nearby. Music without lyrics helps most people; our guides share playlists built for the arc of a 60-minute session.</p>
<h2>Integration: the week after</h2>
<p>Many patients describe the day or two after a session as a period of openness, when habits of thought loosen. Writing, walking, talking to a therapist and making one small change are ways to use that window. Our integration therapists meet with you by video within 72 hours of each session.</p>
<h2>What's in the kit</h2>
<ul>
<li>A guided integration journal with prompts for before, during and after sessions</li>
<li>A contoured blackout eye mask</li>
<li>An automatic upper-arm blood pressure monitor</li>
<li>A printed safety card for your monitor with our 24/7 clinical line</li>
</ul>
<p class="note"><b>The kit does not include medication.</b> Ketamine is only prescribed by an Even Keel clinician after a video evaluation and dispensed by our licensed partner pharmacy. Patients in an active treatment plan receive the kit free; it is also available separately for people working with another provider.</p>
<div class="product">
<p class="price">Integration Kit — $64</p>
<label>Quantity <input type="number" value="1" min="1" max="3"></label>
<button class="add-to-cart">Add to cart</button>
<p class="small">Ships in 3–5 business days. 30-day returns on unopened items.</p>
</div>
</main>
<footer>Even Keel Care, PC · Licensed clinicians in 14 states · © 2026 · <a href="/privacy">Privacy</a></footer>
""")

p("h7730", "https://mentesana-telesalud.example/es/ketamina-en-casa/guia", "telehealth", False, "es",
  "us-spanish-telehealth-at-home-guide-prices", "Ketamina en casa: guía completa | MenteSana Telesalud", """
<header><a href="/es/" class="logo">MenteSana Telesalud</a> <nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/equipo">Nuestro equipo</a> <a href="/es/precios">Precios</a> <a href="/en/">English</a></nav></header>
<main>
<h1>Ketamina en casa: guía completa para pacientes</h1>
<p>MenteSana atiende en español a adultos que viven en California, Texas, Arizona y Nuevo México. Esta guía explica qué es el tratamiento con ketamina en casa, para quién puede ser útil y cómo trabajamos.</p>
<h2>¿Qué es la ketamina y por qué se usa en la depresión?</h2>
<p>La ketamina es un anestésico que se usa en hospitales desde 1970. En dosis mucho menores, numerosos estudios han mostrado que puede aliviar la depresión en horas o días, incluso cuando otros tratamientos no han funcionado. Actúa sobre el glutamato, un mensajero químico distinto al de los antidepresivos habituales.</p>
<h2>¿Cómo es una sesión?</h2>
<p>Se usan tabletas que se disuelven en la boca. Unos 15 minutos después la persona siente relajación, pesadez y una sensación de estar "lejos" del cuerpo. El efecto principal dura entre 45 y 60 minutos. Durante la sesión debe haber un adulto acompañante, y no se puede manejar hasta el día siguiente.</p>
<h2>Efectos secundarios</h2>
<p>Los más comunes son náuseas, mareo, visión borrosa, cansancio y aumento de la presión arterial. Por eso le enviamos un monitor de presión y le pedimos que anote la medición antes de cada sesión.</p>
<h2>Nuestro proceso</h2>
<ol>
<li><b>Cuestionario inicial</b> de salud, que revisa nuestro equipo.</li>
<li><b>Consulta por video</b> de 45 a 60 minutos con un psiquiatra o enfermero practicante de psiquiatría con licencia en su estado, por ejemplo la Dra. Marisol Quintero o el enfermero practicante Andrés Villalobos. El clínico decide si la ketamina es adecuada; no siempre lo es.</li>
<li><b>Receta</b> enviada a una farmacia con licencia asociada, que envía el medicamento a su domicilio con firma al recibir.</li>
<li><b>Seguimiento</b> semanal en la aplicación y consulta por video después de la cuarta sesión.</li>
</ol>
<h2>¿Quién no debe recibir ketamina en casa?</h2>
<p>Personas embarazadas, con presión alta no controlada, enfermedad cardíaca grave, antecedentes de psicosis o consumo problemático de sustancias. En esos casos le orientamos hacia otras opciones.</p>
<div class="precios">
<h3>Precios</h3>
<p>Consulta inicial por video: <b>$199</b>. Plan mensual: <b>$239</b> (incluye consultas de seguimiento, medicamento si se receta y apoyo clínico). Aceptamos tarjetas HSA/FSA.</p>
<a class="btn" href="/es/agendar">Agendar consulta</a>
</div>
</main>
<footer>MenteSana Telesalud Medical Group · © 2026 · Si está en crisis, llame al 1-800-555-0163.</footer>
""", noise="cookie-es")

p("h7731", "https://psychonline-praxis.example/behandlungen/esketamin", "telehealth", False, "de",
  "german-video-psychiatry-esketamine-referral", "Esketamin bei therapieresistenter Depression | PsychOnline Praxis", """
<header><a href="/" class="logo">PsychOnline Praxis</a> <span>Psychiatrische Privatpraxis per Videosprechstunde</span>
<nav><a href="/praxis/">Praxis</a> <a href="/behandlungen/">Behandlungen</a> <a href="/kosten/">Kosten</a> <a href="/termin/">Termin</a></nav></header>
<main>
<h1>Esketamin bei therapieresistenter Depression</h1>
<p>Unsere Praxis betreut Patientinnen und Patienten aus ganz Deutschland per Videosprechstunde. Viele von ihnen haben bereits mehrere Antidepressiva ohne ausreichenden Erfolg ausprobiert. Für einen Teil von ihnen kann Esketamin-Nasenspray eine sinnvolle Option sein. Auf dieser Seite erklären wir, was Esketamin ist, was die Studien sagen und wie wir Sie auf dem Weg zur Behandlung begleiten.</p>
<h2>Was ist Esketamin?</h2>
<p>Esketamin ist eine Form des Narkosemittels Ketamin. Als Nasenspray ist es seit Dezember 2019 in der EU für Erwachsene mit therapieresistenter Depression zugelassen, wenn mindestens zwei Antidepressiva nicht ausreichend geholfen haben. Es wird zusammen mit einem klassischen Antidepressivum angewendet.</p>
<h2>Warum nicht zu Hause?</h2>
<p>Esketamin kann Benommenheit, Dissoziation und einen vorübergehenden Blutdruckanstieg verursachen. Deshalb wird jede Anwendung in einer Praxis oder Klinik durchgeführt, mit Überwachung für mindestens zwei Stunden. Ein Versand nach Hause ist nicht vorgesehen – seien Sie bei entsprechenden Angeboten im Internet misstrauisch.</p>
<h2>Unser Vorgehen</h2>
<ol>
<li><b>Erstgespräch per Video (50 Minuten)</b> mit Dr. med. Friederike Sandmann oder Dr. med. Jonas Ebeling, Fachärzte für Psychiatrie und Psychotherapie. Wir sichten Ihre Vorbefunde und bisherigen Behandlungen.</li>
<li><b>Indikationsprüfung:</b> Wir klären, ob eine Therapieresistenz vorliegt und ob Gegenanzeigen bestehen (z. B. unbehandelter Bluthochdruck, Gefäßerkrankungen, Psychosen).</li>
<li><b>Überweisung an eine Partnerklinik:</b> Wenn Esketamin infrage kommt, vermitteln wir Sie an eine unserer Partnerkliniken oder -praxen in Ihrer Nähe, die die Anwendung und Überwachung durchführen.</li>
<li><b>Begleitung:</b> Wir bleiben Ihre psychiatrischen Ansprechpartner, passen die Begleitmedikation an und bieten begleitende Psychotherapie per Video an.</li>
</ol>
<h2>Was sagt die Forschung?</h2>
<p>In den Zulassungsstudien sprachen mehr Patienten auf Esketamin plus Antidepressivum an als auf Placebo plus Antidepressivum. In einer Studie zur Erhaltungstherapie senkte die Fortführung das Rückfallrisiko deutlich. Langzeitdaten über viele Jahre liegen noch nicht vor.</p>
<div class="kosten-box">
<h3>Kosten</h3>
<p>Wir sind eine Privatpraxis. Erstgespräch: 180 € nach GOÄ, Folgetermine ab 95 €. Private Krankenversicherungen erstatten in der Regel. Die Esketamin-Behandlung selbst rechnet die durchführende Klinik ab.</p>
<a class="btn" href="/termin/">Videotermin vereinbaren</a>
</div>
</main>
<footer>PsychOnline Praxis · Dr. med. F. Sandmann · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · Im Notfall: 112</footer>
""", noise="cookie-de")

p("h7732", "https://horizontesaude.example/pt/cetamina-em-casa", "telehealth", False, "pt",
  "portuguese-language-us-telehealth-page", "Cetamina em casa: como funciona o tratamento | Horizonte Saúde", """
<header><a href="/pt/" class="logo">Horizonte Saúde</a> <nav><a href="/pt/como-funciona">Como funciona</a> <a href="/pt/equipe">Equipe médica</a> <a href="/pt/precos">Preços</a> <a href="/en/">English</a></nav></header>
<main>
<h1>Cetamina em casa: como funciona o tratamento</h1>
<p>A Horizonte Saúde oferece atendimento psiquiátrico por vídeo, em português, para adultos que moram na Flórida, em Massachusetts e em Nova Jersey. Muitos dos nossos pacientes chegaram aos Estados Unidos há poucos anos e preferem falar de saúde mental na própria língua. Esta página explica o tratamento com cetamina que oferecemos.</p>
<h2>O que é a cetamina</h2>
<p>A cetamina é um anestésico usado em hospitais há mais de cinquenta anos. Em doses baixas, pesquisas desde o ano 2000 mostram que ela pode reduzir sintomas de depressão em poucas horas, inclusive em pessoas que não melhoraram com outros antidepressivos. O efeito de cada sessão costuma durar dias, por isso o tratamento é feito em séries.</p>
<h2>Como é uma sessão</h2>
<p>Você coloca o comprimido sob a língua, deita em um lugar tranquilo e, depois de cerca de quinze minutos, sente o corpo pesado e uma sensação de distância dos pensamentos. O efeito principal dura menos de uma hora. Um adulto de confiança precisa ficar com você, e você não pode dirigir até o dia seguinte.</p>
<h2>Riscos e efeitos colaterais</h2>
<p>Náusea, tontura, visão embaçada e aumento da pressão arterial são os mais comuns. Pessoas grávidas, com pressão alta descontrolada, doença cardíaca grave, histórico de psicose ou uso problemático de substâncias geralmente não podem fazer o tratamento em casa.</p>
<h2>Passo a passo</h2>
<ol>
<li>Você preenche um formulário de saúde.</li>
<li>Faz uma consulta por vídeo de 45 minutos com um psiquiatra licenciado no seu estado — a Dra. Beatriz Saldanha ou o Dr. Rui Monteiro.</li>
<li>Se o médico considerar a cetamina adequada, a receita vai para uma farmácia licenciada parceira, que envia o medicamento com rastreamento e assinatura na entrega.</li>
<li>Você registra sua pressão antes de cada sessão e faz consultas de acompanhamento a cada quatro sessões.</li>
</ol>
<p>Nem todas as pessoas avaliadas recebem cetamina. Quando não é a melhor opção, indicamos outros tratamentos.</p>
<div class="precos">
<h3>Preços</h3>
<p>Consulta inicial: <b>US$ 220</b>. Acompanhamento mensal: <b>US$ 245</b>, incluindo consultas, medicamento quando receitado e suporte clínico. Aceitamos cartões HSA/FSA.</p>
<a class="btn" href="/pt/agendar">Agendar consulta</a>
</div>
</main>
<footer>Horizonte Saúde Medical Group, PA · © 2026 · Em caso de emergência, ligue 911.</footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics (8)

p("h7733", "https://harborlightinfusions.example/why-ketamine", "clinic", False, "en",
  "infusion-clinic-history-article-booking-box", "Why Ketamine? A Short History, and Why We Use It | Harborlight Infusion Center", """
<header><a href="/" class="logo">Harborlight Infusion Center</a> <a href="tel:+15555550147">(555) 555-0147</a>
<nav><a href="/treatments/">Treatments</a> <a href="/why-ketamine">Why ketamine?</a> <a href="/our-team/">Our team</a> <a href="/pricing/">Pricing</a> <a href="/book/" class="cta">Book a consultation</a></nav></header>
<main>
<h1>Why ketamine? A short history, and why we use it</h1>
<p>When patients first sit down in our consultation room, many of them have a picture of ketamine that comes from television: a club drug, a horse tranquilliser. We understand. Our medical director, Dr. Owen Castellanos, spent twenty years as an anesthesiologist before opening Harborlight, and he likes to start with the longer story.</p>
<h2>An anesthetic built for safety</h2>
<p>Ketamine was created in 1962 by chemists looking for a safer alternative to an older anesthetic that caused long-lasting confusion. It was approved in 1970, and anesthesiologists valued it because it keeps patients breathing on their own and supports blood pressure. It is still used in operating rooms, emergency departments and ambulances every day, including for children.</p>
<h2>A discovery in depression</h2>
<p>In 2000, researchers at Yale noticed that a small dose infused slowly over 40 minutes lifted depression in hours. The National Institute of Mental Health confirmed it in 2006 in patients who had not responded to other treatments. Since then, dozens of controlled trials have reproduced the finding, and a related medicine, esketamine, was approved as a nasal spray in 2019.</p>
<h2>Why intravenous?</h2>
<p>An IV infusion lets us control the dose precisely: we can slow it down, pause it or stop it within seconds if you are uncomfortable, and all of the medicine reaches your bloodstream predictably. Most of the research on ketamine for depression used this method.</p>
<h2>What a treatment looks like here</h2>
<p>You arrive, we check your blood pressure, heart rate and oxygen, and a nurse places a small IV. You recline in a private room with dimmed lights and your choice of music. A registered nurse stays with you throughout, and Dr. Castellanos or one of our nurse anesthetists is on site. The infusion takes about 40 minutes; most people are ready to go home with their driver about 30 minutes later.</p>
<h2>Who we treat</h2>
<p>We see adults with treatment-resistant depression, PTSD, and some chronic pain conditions, usually referred by their psychiatrist or therapist, and we stay in contact with your treating clinicians. We do not treat people with uncontrolled hypertension, active psychosis or current substance misuse.</p>
<h2>Honest expectations</h2>
<p>About half to two-thirds of our patients with depression report a meaningful improvement after the initial series of six infusions over two to three weeks. Some feel better after the first; some after the fourth; some not at all. Many need occasional booster infusions. Ketamine works best alongside therapy.</p>
<div class="book-box">
<h3>Getting started</h3>
<p>Free 20-minute phone consultation · Medical evaluation $150 · Single infusion $475 · Initial series of six $2,600 (paid per visit or in advance). Financing available through CareCredit.</p>
<a class="btn" href="/book/">Book now</a>
</div>
</main>
<footer>Harborlight Infusion Center · 2210 Wharf Road, Suite 3, Port Alden · © 2026 · <a href="/privacy/">Privacy</a></footer>
""", noise="cookie")

p("h7734", "https://cedarbendpsychiatry.example/spravato/treatment-day", "clinic", False, "en",
  "rems-certified-center-treatment-day-page", "Your Spravato Treatment Day | Cedar Bend Psychiatry", """
<header><a href="/" class="logo">Cedar Bend Psychiatry</a><nav><a href="/services/">Services</a> <a href="/spravato/">Spravato</a> <a href="/tms/">TMS</a> <a href="/patients/">Patient portal</a> <a href="/contact/">Contact</a></nav></header>
<main>
<p class="crumbs"><a href="/spravato/">Spravato</a> › Treatment day</p>
<h1>Your Spravato treatment day: what to expect</h1>
<p>Cedar Bend Psychiatry is a certified Spravato treatment center. We have administered more than 4,000 esketamine treatments since 2020. This page explains a typical treatment day from start to finish so there are no surprises.</p>
<h2>Before you come</h2>
<ul><li>Don't eat for two hours before, and don't drink anything for 30 minutes before.</li><li>Arrange a ride. You may not drive until the next day after a restful sleep.</li><li>Keep taking your oral antidepressant as prescribed unless your psychiatrist says otherwise.</li><li>If you use a nasal steroid or decongestant, use it at least an hour before.</li></ul>
<h2>When you arrive</h2>
<p>Check in at the front desk. A nurse takes your blood pressure. If it is above 140/90, we recheck after a short rest; if it stays high, we may postpone treatment. You'll complete a brief mood questionnaire.</p>
<h2>Taking the medicine</h2>
<p>You take the spray yourself, under the direct watch of a nurse. Each device contains two sprays; you'll use two devices (56 mg) or three (84 mg), five minutes apart. Our staff handle all devices; none leave the building.</p>
<h2>The two-hour observation</h2>
<p>You'll relax in a reclining chair in our quiet treatment suite. Feelings of detachment, dizziness or drowsiness usually start within minutes and peak around 40 minutes. A nurse rechecks your blood pressure at 40 minutes and before discharge. Bring headphones and a blanket if you like; we have both. After at least two hours, a clinician assesses you and you can leave with your driver.</p>
<h2>Schedule</h2>
<p>Weeks 1–4: twice a week. Weeks 5–8: once a week. Week 9 onwards: once a week or every two weeks, depending on your response.</p>
<h2>Insurance and cost</h2>
<p>Most commercial insurers and Medicare cover Spravato with prior authorization, which our team handles. You may have separate bills for the medication and for the observation visit. Our billing coordinator, Daria Ulrich, will estimate your costs before your first treatment.</p>
<div class="schedule-box"><h3>Ready to schedule?</h3><p>Existing patients can book through the patient portal. New patients need a referral or an evaluation with one of our psychiatrists. Call (555) 555-0132.</p></div>
</main>
<footer>Cedar Bend Psychiatry · 77 Millrace Lane, Cedar Bend · © 2026</footer>
""")

p("h7735", "https://riverstonekap.example/blog/integration-the-part-nobody-talks-about", "clinic", False, "en",
  "kap-practice-blog-integration-package-price", "Integration: The Part of Ketamine Therapy Nobody Talks About | Riverstone KAP", """
<header><a href="/" class="logo">Riverstone Ketamine-Assisted Psychotherapy</a><nav><a href="/about">About</a> <a href="/approach">Our approach</a> <a href="/team">Therapists</a> <a href="/blog">Journal</a> <a href="/fees">Fees</a> <a href="/inquire">Inquire</a></nav></header>
<main>
<article>
<h1>Integration: the part of ketamine therapy nobody talks about</h1>
<p class="meta">By Nadia Ferreira-Holt, LMFT · Riverstone Journal · September 2026</p>
<p>The ketamine session gets all the attention. It is the vivid part, the part people describe to friends: the music, the colours, the sense of floating above one's own life. But in our practice, we think of the session as perhaps a third of the work. The rest happens before and after, in the slower, quieter conversations we call preparation and integration.</p>
<h2>What integration means</h2>
<p>Integration is the process of making sense of what came up during a session and turning it into something you can carry into everyday life. For one client, it was noticing during a session that she felt safe for the first time in years, and then exploring with me what made that safety possible and how to find a little more of it on a Tuesday afternoon. For another, it was grief that surfaced unexpectedly and needed space.</p>
<h2>Why the days after matter</h2>
<p>Research in animals suggests ketamine briefly increases the brain's capacity to form new connections. Whether or not that translates directly to people, our clients often describe the days after a session as a time when old patterns feel looser. We schedule integration sessions within 24 to 72 hours to make use of that period.</p>
<h2>What an integration session looks like</h2>
<p>It looks a lot like therapy, because it is. We might start with what you remember, including the parts that were confusing or frightening. We look for themes, not messages; ketamine experiences are not oracles. We talk about one or two small, concrete changes. Some clients draw, some journal, some walk with me along the river path behind our office.</p>
<h2>When sessions are difficult</h2>
<p>Not every session is pleasant. Some are confusing or distressing. These are often the sessions where integration matters most, and where having a therapist who knows you is essential.</p>
<h2>How our model works</h2>
<p>At Riverstone, ketamine is administered in our office by intramuscular injection by Dr. Lionel Brandt, MD, our psychiatrist, after a full medical and psychiatric evaluation. A licensed therapist stays with you for the entire session, and a nurse monitors your vital signs. You go home with a driver.</p>
</article>
<div class="fees-box">
<h3>Our KAP program</h3>
<p>Medical evaluation with Dr. Brandt: $400. Six-week program — two preparation sessions, three in-office ketamine sessions with a therapist present, and three integration sessions: <b>$3,900</b>. Payment plans available; superbills provided for out-of-network reimbursement.</p>
<a class="btn" href="/inquire">Start with a free inquiry call</a>
</div>
</main>
<footer>Riverstone KAP · 14 Quarry Street, Riverstone · © 2026 · <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h7736", "https://summitpainandspine.example/checkout/deposit?service=ketamine-crps", "clinic", False, "en",
  "pain-clinic-crps-article-deposit-checkout", "Ketamine Infusions for CRPS — Reserve Your Treatment | Summit Pain & Spine", """
<header><a href="/" class="logo">Summit Pain &amp; Spine</a><nav><a href="/conditions/">Conditions</a> <a href="/treatments/">Treatments</a> <a href="/physicians/">Physicians</a> <a href="/patients/">Patients</a></nav></header>
<main>
<h1>Ketamine infusions for complex regional pain syndrome</h1>
<p class="step">Step 2 of 3 · Reserve your infusion series</p>
<section class="info">
<h2>About this treatment</h2>
<p>Complex regional pain syndrome (CRPS) is a chronic pain condition, usually of an arm or leg, that often follows an injury or surgery. Pain is far out of proportion to the original injury and may be accompanied by swelling, colour and temperature changes, and sensitivity to light touch. When physical therapy, medications and nerve blocks have not helped, our physicians may recommend a series of ketamine infusions.</p>
<h3>Why ketamine?</h3>
<p>CRPS is thought to involve "central sensitisation", where the spinal cord and brain amplify pain signals. The NMDA receptor plays a central role in that amplification, and ketamine blocks it. Several small randomized trials and many case series have reported reductions in CRPS pain after multi-day infusions, with effects lasting weeks to a few months in some patients. The evidence is promising but not conclusive, and we discuss this openly at your consultation.</p>
<h3>Our protocol</h3>
<p>Treatment takes place in our outpatient infusion suite over five consecutive weekdays, about four hours per day. A board-certified pain physician (Dr. Hannah Voss or Dr. Marcus Idowu) supervises, and a nurse monitors heart rate, blood pressure and oxygen throughout. You will need a driver each day.</p>
<h3>Side effects</h3>
<p>Common effects include drowsiness, vivid dreams, nausea, raised blood pressure and temporary changes in perception. Rarely, liver enzyme changes occur with repeated infusions, so we order blood tests before and after the series.</p>
</section>
<section class="deposit">
<h2>Reserve your series</h2>
<p>Your physician has recommended a five-day outpatient ketamine infusion series. A <b>$200 refundable deposit</b> holds your dates; it is credited to your balance. We verify your insurance benefits before your first day.</p>
<form action="/checkout/deposit/pay" method="post">
<label>Patient name <input name="name"></label>
<label>Date of birth <input name="dob" type="date"></label>
<label>Preferred start week <select name="week"><option>Jan 12, 2027</option><option>Jan 26, 2027</option><option>Feb 9, 2027</option></select></label>
<label>Card number <input name="card"></label>
<button>Pay $200 deposit</button>
</form>
<p class="small">Cancellations more than 7 days before the start date receive a full refund.</p>
</section>
</main>
<footer>Summit Pain &amp; Spine Associates · © 2026 · Questions? (555) 555-0176</footer>
""")

p("h7737", "https://stbarnabas-health.example/departments/psychiatry/interventional-psychiatry/ketamine-and-esketamine", "clinic", False, "en",
  "hospital-interventional-psychiatry-department", "Ketamine and Esketamine Treatment | Interventional Psychiatry Service | St. Barnabas Health", """
<div class="utility"><a href="/find-a-doctor/">Find a Doctor</a> <a href="/locations/">Locations</a> <a href="/mychart/">MyChart</a> <a href="/pay-my-bill/">Pay My Bill</a> <a href="/careers/">Careers</a> <a href="/donate/">Donate</a></div>
<header><a href="/" class="logo">St. Barnabas Health</a><nav><a href="/departments/">Departments</a> <a href="/patients-visitors/">Patients &amp; Visitors</a> <a href="/research/">Research</a> <a href="/education/">Education</a></nav></header>
<main>
<p class="crumbs">Departments › Psychiatry › Interventional Psychiatry Service</p>
<h1>Ketamine and esketamine treatment</h1>
<p>The Interventional Psychiatry Service at St. Barnabas Health offers treatments for people whose depression has not improved with medication and psychotherapy alone. Alongside electroconvulsive therapy (ECT) and transcranial magnetic stimulation (TMS), we provide intravenous ketamine and esketamine nasal spray in a hospital setting, with the full support of an academic medical center.</p>
<h2>Conditions we treat</h2>
<ul><li>Treatment-resistant major depressive disorder</li><li>Depression with acute suicidal thoughts (esketamine, as part of a broader treatment plan)</li><li>Bipolar depression, in selected cases and in research studies</li></ul>
<h2>Intravenous ketamine</h2>
<p>IV ketamine is given at a sub-anesthetic dose over 40 minutes in our outpatient procedure unit. An anesthesia-trained clinician and a psychiatric nurse are present. A typical course is six infusions over three weeks, followed by a review with your psychiatrist. Because IV ketamine for depression is used off-label, it is not covered by most insurers; our financial counselors will explain costs before you begin.</p>
<h2>Esketamine nasal spray</h2>
<p>Our unit is certified under the federal safety program for esketamine. Patients take the spray under supervision and remain with us for at least two hours. Esketamine is FDA-approved and is usually covered by insurance with prior authorization.</p>
<h2>How to be referred</h2>
<p>We accept referrals from psychiatrists, primary care physicians and therapists. After referral, you will have an evaluation with one of our interventional psychiatrists — Dr. Evelyn Sato, Dr. Marcus Ridley or Dr. Alina Petrescu — who will review your history, order any necessary tests (such as an ECG), and discuss which treatment is best for you. Not everyone referred is offered ketamine; we may recommend ECT, TMS or a medication change instead.</p>
<h2>Safety</h2>
<p>Ketamine and esketamine can temporarily raise blood pressure and cause dissociation, nausea and dizziness. We monitor vital signs throughout each treatment. Patients must arrange transportation home. We screen for substance use disorders and monitor for misuse.</p>
<h2>Research</h2>
<p>Our department participates in clinical trials of rapid-acting antidepressants. Ask your psychiatrist whether a study may be right for you, or visit <a href="/research/psychiatry-trials/">Psychiatry Clinical Trials</a>.</p>
<div class="contact-card">
<h3>Interventional Psychiatry Service</h3>
<p>Pavilion B, 4th floor · Monday–Friday, 7:30 am–4:30 pm<br>Referrals: fax (555) 555-0191 · New patient line: (555) 555-0190</p>
<a class="btn" href="/departments/psychiatry/interventional-psychiatry/request-appointment">Request an appointment</a>
</div>
</main>
<footer>St. Barnabas Health · 1200 Harrow Avenue · © 2026 · <a href="/nondiscrimination/">Nondiscrimination notice</a> · <a href="/price-transparency/">Price transparency</a></footer>
""", noise="cookie")

p("h7738", "https://centromedicoaurora.example/trattamenti/esketamina-spray-nasale", "clinic", False, "it",
  "italian-private-clinic-esketamine-prices", "Esketamina spray nasale per la depressione resistente | Centro Medico Aurora", """
<header><a href="/" class="logo">Centro Medico Aurora</a> <span>Psichiatria · Psicoterapia · Neurologia — Milano</span>
<nav><a href="/chi-siamo/">Chi siamo</a> <a href="/trattamenti/">Trattamenti</a> <a href="/medici/">I nostri medici</a> <a href="/tariffe/">Tariffe</a> <a href="/prenota/">Prenota</a></nav></header>
<main>
<h1>Esketamina spray nasale per la depressione resistente</h1>
<p>Il Centro Medico Aurora è una struttura sanitaria privata autorizzata che offre il trattamento con esketamina spray nasale a pazienti adulti con depressione resistente. In questa pagina spieghiamo di che cosa si tratta, come si svolge la terapia e quali sono i costi.</p>
<h2>Che cos'è l'esketamina</h2>
<p>L'esketamina è una delle due forme della ketamina, un anestetico in uso da oltre cinquant'anni. Lo spray nasale è autorizzato nell'Unione europea dal 2019 per adulti con depressione maggiore che non hanno risposto ad almeno due antidepressivi, in associazione a un antidepressivo orale. Agisce sul sistema del glutammato e, in molti pazienti, riduce i sintomi più rapidamente delle terapie tradizionali.</p>
<h2>Come si svolge una seduta</h2>
<p>Il paziente si autosomministra lo spray sotto la supervisione di un medico o di un infermiere. Nelle ore successive restiamo accanto a lui in una stanza tranquilla, controllando la pressione arteriosa. Sono frequenti una sensazione di distacco, vertigini, nausea e sonnolenza, che di solito passano entro un'ora e mezza. Dopo almeno due ore il medico valuta le condizioni e il paziente può tornare a casa accompagnato: non si può guidare fino al giorno dopo.</p>
<h2>Frequenza</h2>
<p>Due sedute a settimana nel primo mese, una a settimana nel secondo, poi una ogni una o due settimane in base alla risposta. Lo psichiatra rivaluta il trattamento periodicamente.</p>
<h2>Chi può accedere</h2>
<p>Serve una prima visita psichiatrica presso il nostro Centro, con la documentazione delle terapie precedenti. Non tutti i pazienti sono candidati: controindicazioni sono, per esempio, aneurismi, recenti emorragie cerebrali, ipertensione non controllata e alcune patologie psichiatriche.</p>
<h2>I nostri medici</h2>
<p>Dott.ssa Giulia Benedetti, psichiatra, responsabile del programma; Dott. Matteo Ranieri, psichiatra; Dott.ssa Chiara Sartori, medico anestesista.</p>
<div class="tariffe-box">
<h3>Tariffe</h3>
<table><tr><td>Prima visita psichiatrica</td><td>180 €</td></tr>
<tr><td>Seduta di esketamina con monitoraggio (farmaco incluso, dose 56 mg)</td><td>520 €</td></tr>
<tr><td>Seduta di esketamina con monitoraggio (dose 84 mg)</td><td>690 €</td></tr>
<tr><td>Visita di controllo</td><td>120 €</td></tr></table>
<p>Il trattamento è disponibile anche nei centri del Servizio Sanitario Nazionale: il nostro personale può informarla. Molte assicurazioni sanitarie integrative rimborsano parte dei costi.</p>
<a class="btn" href="/prenota/?servizio=prima-visita-psichiatrica">Prenota la prima visita</a>
</div>
</main>
<footer>Centro Medico Aurora S.r.l. · Via dei Tigli 18, Milano · Direttore sanitario Dott. L. Fontana · © 2026</footer>
""")

p("h7739", "https://ketaminekliniek-zuid.example/behandeling/depressie", "clinic", False, "nl",
  "dutch-clinic-treatment-page-costs-waitlist", "Ketaminebehandeling bij depressie | Ketaminekliniek Zuid", """
<header><a href="/" class="logo">Ketaminekliniek Zuid</a> <nav><a href="/behandeling/">Behandeling</a> <a href="/verwijzers/">Voor verwijzers</a> <a href="/kosten/">Kosten</a> <a href="/team/">Team</a> <a href="/contact/">Contact</a></nav></header>
<main>
<h1>Ketaminebehandeling bij depressie</h1>
<p>Ketaminekliniek Zuid is een gespecialiseerde ggz-kliniek in Eindhoven voor mensen met een depressie die onvoldoende is verbeterd na meerdere behandelingen. Wij behandelen met ketamine en esketamine, altijd in onze kliniek en onder toezicht van een psychiater en verpleegkundigen.</p>
<h2>Wat is ketamine?</h2>
<p>Ketamine wordt al meer dan vijftig jaar gebruikt als narcosemiddel. Onderzoek van de afgelopen twintig jaar laat zien dat een lage dosis bij een deel van de mensen met een moeilijk behandelbare depressie binnen uren tot dagen tot verbetering leidt. Esketamine is een verwante stof die als neusspray is geregistreerd.</p>
<h2>Voor wie?</h2>
<ul><li>Volwassenen met een depressie die niet of onvoldoende reageerde op ten minste twee antidepressiva en psychotherapie.</li><li>Met een verwijzing van uw huisarts, psychiater of ggz-instelling.</li></ul>
<p>Ketamine is niet geschikt bij onder meer een psychose in de voorgeschiedenis, ernstige hart- en vaatziekten, onbehandelde hoge bloeddruk of actuele verslaving.</p>
<h2>Hoe verloopt de behandeling?</h2>
<ol>
<li><b>Intake</b> met psychiater en verpleegkundig specialist, inclusief lichamelijk onderzoek en bloeddrukmeting.</li>
<li><b>Behandelfase</b> van zes weken: twee keer per week ketamine (infuus of neusspray). Na elke toediening blijft u minimaal twee uur in de kliniek. U mag die dag niet zelf autorijden.</li>
<li><b>Evaluatie</b> na zes weken: bij goed effect volgt een afbouw- of onderhoudsfase, bij onvoldoende effect bespreken we andere mogelijkheden.</li>
</ol>
<p>Naast de ketamine heeft u wekelijks een gesprek met uw regiebehandelaar. Wij stemmen af met uw huisarts en eventuele andere behandelaars.</p>
<h2>Bijwerkingen</h2>
<p>Tijdens en kort na de behandeling kunt u zich 'los van uzelf' voelen, duizelig of misselijk zijn, en kan uw bloeddruk stijgen. Dit gaat meestal binnen een uur over. Wij bewaken u tijdens het hele verblijf.</p>
<h2>Kosten en wachttijd</h2>
<p>De behandeling valt onder de basisverzekering (gespecialiseerde ggz); wel betaalt u uw eigen risico. Wij hebben contracten met de meeste zorgverzekeraars. De huidige wachttijd tot intake is ongeveer negen weken.</p>
<div class="aanmelden"><h3>Aanmelden</h3><p>Verwijzers kunnen aanmelden via Zorgdomein of via ons <a href="/verwijzers/aanmeldformulier">aanmeldformulier</a>. Vragen? Bel 040 555 7321 (ma–vr 9.00–16.00 uur).</p></div>
</main>
<footer>Ketaminekliniek Zuid · Stratumseind-laan 4, Eindhoven · KvK 00000000 · © 2026</footer>
""", noise="cookie-nl")

p("h7740", "https://clinique-du-leman.example/fr/traitements/ketamine-intraveineuse", "clinic", False, "fr",
  "swiss-french-clinic-iv-ketamine-tariffs", "Kétamine intraveineuse pour la dépression résistante | Clinique du Léman", """
<header><a href="/fr/" class="logo">Clinique du Léman</a> <span>Psychiatrie et psychothérapie — Lausanne</span>
<nav><a href="/fr/la-clinique/">La clinique</a> <a href="/fr/traitements/">Traitements</a> <a href="/fr/medecins/">Médecins</a> <a href="/fr/tarifs/">Tarifs</a> <a href="/fr/rendez-vous/">Rendez-vous</a> <a href="/de/">DE</a> <a href="/en/">EN</a></nav></header>
<main>
<h1>Kétamine intraveineuse pour la dépression résistante</h1>
<p>La Clinique du Léman propose depuis 2021 un programme de traitement par kétamine intraveineuse destiné aux adultes souffrant d'une dépression qui n'a pas répondu aux traitements habituels. Voici ce qu'il faut savoir avant de commencer.</p>
<h2>Un ancien anesthésique, un nouvel usage</h2>
<p>Utilisée en anesthésie depuis les années 1970, la kétamine a montré dans de nombreuses études qu'à faible dose, perfusée lentement, elle pouvait réduire les symptômes dépressifs en quelques heures. Son action sur le glutamate la distingue des antidépresseurs classiques. L'effet d'une perfusion isolée étant souvent passager, le traitement se fait en série, associé à un suivi psychiatrique.</p>
<h2>Déroulement d'une séance</h2>
<p>Après un contrôle de la tension artérielle, une infirmière pose une perfusion. La kétamine est administrée pendant 40 minutes, dans une chambre calme où vous pouvez écouter de la musique. Vous pouvez ressentir une impression de flottement, de détachement, parfois des images ou des couleurs. Un médecin est présent dans le service pendant toute la durée de la séance. Vous restez ensuite en observation environ une heure et rentrez accompagné ; la conduite est interdite jusqu'au lendemain.</p>
<h2>Le programme</h2>
<ul><li>Consultation psychiatrique d'évaluation, avec bilan somatique et électrocardiogramme.</li><li>Six perfusions sur trois semaines.</li><li>Consultation de bilan, puis séances d'entretien espacées si le traitement est efficace.</li><li>Psychothérapie proposée en parallèle par notre équipe.</li></ul>
<h2>Effets indésirables et contre-indications</h2>
<p>Nausées, vertiges, hausse transitoire de la tension et sensation de dissociation sont fréquents et disparaissent en général dans l'heure. Le traitement n'est pas proposé en cas de psychose, de maladie cardiovasculaire grave, d'hypertension non contrôlée ou de trouble de l'usage de substances actif.</p>
<h2>Nos médecins</h2>
<p>Dr Aurélie Perrin, psychiatre responsable du programme ; Dr Samuel Baud, psychiatre ; Dr Inès Rochat, anesthésiste.</p>
<div class="tarifs">
<h3>Tarifs et prise en charge</h3>
<p>Consultation d'évaluation : facturée selon TARMED/TARDOC, prise en charge par l'assurance de base (LAMal) sous déduction de la franchise et de la quote-part. Perfusion de kétamine : CHF 420 par séance, dont la prise en charge dépend de votre assurance ; nous vous remettons un devis avant le début du traitement.</p>
<a class="btn" href="/fr/rendez-vous/?motif=ketamine">Demander un rendez-vous</a>
</div>
</main>
<footer>Clinique du Léman SA · Avenue des Cèdres 12, 1000 Lausanne · © 2026 · <a href="/fr/mentions-legales/">Mentions légales</a></footer>
""", noise="cookie-fr")

save(OUT, R)
