# Batch 105 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Long clinic pages and long shops". Every page is long (roughly 900-1,800 words of body text,
# varied prose, site chrome). Clinics: infusion centres, a Spravato REMS centre, a KAP practice, a
# hospital service, a pain clinic, a veterans' clinic and private clinics abroad whose long pages talk
# about prices per session or per mg, packages, deposits, payment apps (Zelle, Venmo, Bizum, Pix,
# iDEAL/Tikkie, Satispay), WhatsApp/Telegram reminders, home follow-up, shipping of paperwork or
# merchandise, scam warnings, insurance and what they never do. Telehealth: long explainers, FAQs,
# blog posts and membership pages with partner-pharmacy shipping after a video evaluation, plus two
# virtual psychiatry services that refer to in-person esketamine sites. Informational: long news
# features, a patient guide, a forum thread, an insurer policy, a harm-reduction guide. Sellers: long
# shop pages, fake clinic/telehealth sites and blogs where the sale is a single block.
# Mix: 12 sellers, 8 telehealth, 12 clinics, 8 informational; 26 English, 14 es/de/fr/nl/pt/it
# (es 3, pt 3, de 2, fr 2, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch105.py (writes batch105/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch105")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- clinics (12)

p("h10501", "https://lonestar-ketamine.example/patients/pricing-and-payment", "clinic", False, "en",
  "long-infusion-clinic-pricing-payment-page", "Pricing, Deposits & Payment | Lone Star Ketamine & Wellness, Austin TX", """
<header class="site-header">
<div class="util">Call (512) 555-0148 &middot; Mon&ndash;Sat 7:30am&ndash;6pm &middot; 4100 Bee Caves Rd, Suite 210, Austin TX</div>
<a class="logo" href="/">Lone Star Ketamine &amp; Wellness</a>
<nav><a href="/treatments/iv-ketamine">IV Ketamine</a> <a href="/treatments/spravato">Spravato</a> <a href="/treatments/pain">Pain Infusions</a> <a href="/patients">For Patients</a> <a href="/team">Our Team</a> <a href="/blog">Blog</a> <a class="btn" href="/consult">Request a Consult</a></nav>
</header>
<main>
<p class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/patients">For Patients</a> &rsaquo; Pricing &amp; Payment</p>
<h1>Pricing, deposits and payment</h1>
<p class="lede">We think you should know what treatment will cost before you ever sit in one of our recliners. This page is long on purpose. It covers what we charge, why we charge it that way, how deposits work, which payment methods we take, what insurance will and will not do, and a few things we will never do no matter who asks.</p>

<h2>The short version</h2>
<table class="prices">
<tr><th>Service</th><th>Self-pay price</th></tr>
<tr><td>Medical consultation with our physician (60 min, in person)</td><td>$250, credited toward your first infusion</td></tr>
<tr><td>Single IV ketamine infusion for depression, PTSD or anxiety (about 40&ndash;55 min plus recovery)</td><td>$475 per session</td></tr>
<tr><td>Initial series of six infusions over 2&ndash;3 weeks</td><td>$2,550 paid in full (saves $300), or $475 per session as you go</td></tr>
<tr><td>Maintenance / booster infusion</td><td>$450</td></tr>
<tr><td>Extended pain infusion (CRPS, fibromyalgia, neuropathic pain)</td><td>$650 for up to 3 hours, $175 per extra hour</td></tr>
<tr><td>Spravato (esketamine) session</td><td>Billed to your medical insurance &ndash; see our <a href="/treatments/spravato">Spravato page</a></td></tr>
</table>
<p>Every price above includes nursing care, continuous monitoring of blood pressure, heart rate and oxygen, anti-nausea medication if you need it, and the recovery period afterwards. There are no facility fees added at checkout and no surprise charge for &quot;supplies&quot;.</p>

<h2>Why we price per session and not per milligram</h2>
<p>People who have shopped around sometimes ask why another clinic quoted them a price per milligram and we did not. Ketamine for mood disorders is dosed by body weight, usually starting around 0.5 mg per kilogram, and our physician adjusts the dose from one session to the next depending on how you responded. If we billed by the milligram, a patient who needed a slightly higher dose would pay more for the same chair, the same nurse and the same hour, and we would have a financial reason to nudge doses upward. We would rather not have that incentive in the room. So a 68 kg teacher and a 110 kg rancher pay the same $475.</p>
<p>The medication itself is a small part of the cost. Most of what you pay for is time: a registered nurse who stays with you, a physician on site, the monitoring equipment, and a quiet room that nobody else is using while you are in it.</p>

<h2>Packages: when they make sense and when they don't</h2>
<p>The six-infusion series is the standard starting protocol in the research literature, and most of our patients book it. Paying for the whole series up front saves $300. We only suggest it if you are reasonably confident you will complete the series. If you are unsure whether ketamine is right for you, pay per session. There is no penalty for that, and nobody at the front desk will pressure you.</p>
<p>If you prepay and our physician decides after two or three sessions that you should stop (for example because of blood pressure problems or a side effect that does not settle), we refund the unused sessions at the per-session rate minus nothing. If you decide to stop for personal reasons, the same applies. We have never understood clinics that keep the money for care they did not give.</p>

<h2>Deposits</h2>
<p>We ask for a <strong>$100 deposit</strong> to hold each first-time infusion slot, because a no-show means a nurse and a room sit empty for two hours while someone else is on the waiting list. The deposit is applied to that day&#39;s bill. Cancel or reschedule at least 48 hours ahead and it is refunded in full or moved to your new date, whichever you prefer. Inside 48 hours we keep it, except for illness, a family emergency or bad weather that closes the roads &ndash; just call us.</p>
<p>Once you are an established patient we stop asking for deposits.</p>

<h2>How you can pay</h2>
<ul>
<li>All major credit and debit cards, in the office or through the secure link in your patient portal</li>
<li>HSA and FSA cards (ketamine infusions prescribed by a physician for a diagnosed condition generally qualify, but check with your plan administrator)</li>
<li>CareCredit and Advance Care financing, 6 to 24 months</li>
<li><strong>Zelle</strong> and <strong>Venmo</strong> for deposits only &ndash; see the note below</li>
<li>Personal check, cash</li>
</ul>
<div class="note">
<h3>A note about Zelle and Venmo</h3>
<p>A lot of our younger patients asked to pay their deposit by app, so we set up business accounts. Our Zelle recipient is <b>billing@lonestar-ketamine.example</b> and the name that appears is &quot;Lone Star Ketamine &amp; Wellness PLLC&quot;. Our Venmo business profile is @LoneStarKetamineATX and has our logo. Put your initials and appointment date in the memo line, not your diagnosis. If anyone sends you a different Zelle address, a personal name, a Cash App tag or a crypto wallet and says it is for us, it is not us. Hang up and call the front desk.</p>
</div>

<h2>Insurance</h2>
<p>IV ketamine for depression is still considered off-label, and most commercial plans in Texas do not cover it. We are out of network for infusions. What we can do is give you a <em>superbill</em> &ndash; an itemised receipt with diagnosis and procedure codes &ndash; which you can send to your insurer for possible out-of-network reimbursement. Some patients get 30 to 60 percent back; many get nothing. We would rather tell you that plainly than promise something we cannot control.</p>
<p>Superbills are emailed through the portal within two business days. If you prefer paper, we mail them by first-class post in a plain envelope with only our return address on it. We also fax records to your psychiatrist or primary care doctor when you sign a release.</p>
<p>Spravato is different: it is FDA-approved, so we bill your insurance directly and handle the prior authorization. Medicare and most commercial plans cover it when the criteria are met.</p>

<h2>Appointment reminders</h2>
<p>You will get a text message 72 hours and 24 hours before each visit, with a reminder that you need someone to drive you home. Patients who live out of state or abroad can ask to receive reminders on WhatsApp instead; a few of our patients fly in from Mexico and Canada for a week of infusions and it is simply easier for their families. Our messages only ever contain the date, time and address. We do not discuss medical questions over WhatsApp or text &ndash; for those, use the portal or call.</p>

<h2>After you go home</h2>
<p>Our nurse calls every new patient the morning after each of the first three infusions. It is a short call: how did you sleep, any nausea, any headache, how is your mood, did you get home safely. If something sounds off we bring you back in or loop in the physician the same day. Between sessions you can message the care team through the portal, and we answer within one business day.</p>

<h2>The welcome kit</h2>
<p>Before your first infusion we mail you a small welcome kit: a paper integration journal, a soft eye mask, noise-reducing ear plugs, a printed copy of our preparation guide and a parking permit for the garage. It is free. Some patients liked the journal enough to ask for more, so we now sell extra journals and our Lone Star hoodies at the front desk and ship them anywhere in the US for $6. That is the only thing we ship. Ever.</p>

<h2>What we will never do</h2>
<ul class="never">
<li>We will never sell ketamine, mail ketamine, or give you ketamine to take at home. Every dose is given in our office by our staff.</li>
<li>We will never ask you to pay with gift cards, cryptocurrency or a wire to an overseas account.</li>
<li>We will never contact you through Instagram, Telegram or Facebook Messenger to offer treatment or &quot;special pricing&quot;.</li>
<li>We will never treat you without an in-person medical evaluation by our physician.</li>
<li>We will never charge a cancellation fee when you are sick.</li>
</ul>
<div class="alert"><b>Scam warning.</b> Since last spring, at least two Instagram accounts have copied photos from this website and offered &quot;ketamine nasal spray shipped from our Austin pharmacy&quot;. We do not have a pharmacy and we do not ship medication. We have reported both accounts. If you were contacted, please forward the messages to privacy@lonestar-ketamine.example so we can pass them on to the Texas Medical Board and the DEA field office.</div>

<h2>Still have questions about cost?</h2>
<p>Call Rosa or Kendrick at the front desk. They have been doing this long enough to answer most billing questions in two minutes, and they will tell you honestly if another option &ndash; including a clinic that takes your insurance &ndash; is a better fit for you.</p>
</main>
<aside class="sidebar">
<h3>Quick links</h3>
<ul><li><a href="/patients/first-visit">Your first visit</a></li><li><a href="/patients/forms">New patient forms</a></li><li><a href="/patients/superbill">Requesting a superbill</a></li><li><a href="/patients/portal">Patient portal</a></li></ul>
<p>Medical Director: Daniel Okafor, MD (Anesthesiology), Texas license on file</p>
</aside>
<footer>
<p>&copy; 2026 Lone Star Ketamine &amp; Wellness PLLC &middot; 4100 Bee Caves Rd, Suite 210, Austin, TX 78746 &middot; <a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a> &middot; If you are in crisis, call or text 988.</p>
</footer>
""", noise="cookie")

p("h10502", "https://harborview-bh.example/spravato-treatment-center", "clinic", False, "en",
  "long-spravato-rems-centre-guide", "Spravato (Esketamine) Treatment Center | Harborview Behavioral Health, Red Bank NJ", """
<header>
<div class="topline">Harborview Behavioral Health &middot; 22 Broad Street, Red Bank, NJ &middot; (732) 555-0192</div>
<nav class="main-nav"><a href="/">Home</a> <a href="/services/medication-management">Medication Management</a> <a href="/services/therapy">Therapy</a> <a href="/spravato-treatment-center" class="active">Spravato Center</a> <a href="/tms">TMS</a> <a href="/insurance">Insurance</a> <a href="/providers">Providers</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<h1>The Spravato Treatment Center at Harborview</h1>
<p class="sub">A certified Spravato REMS treatment center since 2020. Over 9,000 supervised sessions.</p>

<p>If your psychiatrist has mentioned Spravato, or you read about esketamine and wondered whether it might help, this guide walks through everything we usually explain at a first visit. It is not a substitute for talking with one of our prescribers, but most patients tell us they wish they had read something like it beforehand.</p>

<h2>What Spravato is</h2>
<p>Spravato is the brand name of esketamine nasal spray, made by Janssen. It was approved by the FDA in 2019 for adults with treatment-resistant depression (depression that has not improved after at least two antidepressants taken properly), and later for adults with major depressive disorder who have acute suicidal thoughts or behavior. It is used together with an oral antidepressant, or since 2025 on its own for treatment-resistant depression.</p>
<p>Esketamine is one half of the ketamine molecule. It acts on glutamate signaling rather than serotonin, which is part of why some people who did not respond to SSRIs or SNRIs do respond to it.</p>

<h2>Why it can only be given in a certified office</h2>
<p>Spravato can cause sedation, dissociation (feeling detached or dreamlike), increased blood pressure and, rarely, breathing problems. Because of this the FDA requires it to be distributed and administered under a Risk Evaluation and Mitigation Strategy, or REMS. In practical terms that means three things:</p>
<ol>
<li>The medication is shipped by a specialty pharmacy directly to a certified treatment center like ours. It is never dispensed to patients.</li>
<li>You use the device yourself, in our office, while a staff member watches.</li>
<li>You stay with us for at least two hours afterwards, until our clinician decides you are ready to leave.</li>
</ol>
<p>Every patient is enrolled in the REMS patient registry, and we report each session. You cannot take a Spravato device home, and there is no legitimate way to buy one online. If a website or social media account offers to mail you esketamine spray, it is either counterfeit or diverted, and possibly dangerous.</p>

<h2>Who is a good candidate</h2>
<p>Before anything is scheduled, one of our psychiatrists or psychiatric nurse practitioners does a full evaluation in person. We review your medication history, past hospitalizations, substance use, blood pressure and heart history. People with uncontrolled high blood pressure, certain vascular conditions (such as aneurysms), a history of bleeding in the brain, or active psychosis are generally not candidates. Pregnancy is discussed case by case. We also ask about alcohol and cannabis use, because both interact with how you will feel in the chair.</p>
<p>If you already have a psychiatrist elsewhere, you can keep them. Many of our patients come to us only for Spravato sessions, and we send a short note to their prescriber after each phase of treatment.</p>

<h2>What a session looks like</h2>
<p>Plan on about two and a half hours. You check in, a medical assistant takes your blood pressure, and you complete a short questionnaire about mood. If your blood pressure is above 140/90 we wait and recheck; occasionally we reschedule. Then you sit in a private room with a recliner, lights you can dim, and headphones if you want them.</p>
<p>Each device delivers two sprays (one per nostril) containing 28 mg. A 56 mg dose is two devices five minutes apart; an 84 mg dose is three. Most people feel something within a few minutes &ndash; tingling, a light or floating feeling, colors or sounds seeming different. Some people find it pleasant, some find it strange, a few find it unpleasant, and the feeling usually peaks within 40 minutes and fades by the end of the first hour. Our staff check your blood pressure at 40 minutes and again before discharge.</p>
<p>We ask you not to eat for two hours before and not to drink anything for 30 minutes before. Bring a sweater. Bring something to listen to if you like. Many people simply nap.</p>

<h2>The treatment schedule</h2>
<ul>
<li><b>Induction (weeks 1&ndash;4):</b> two sessions per week.</li>
<li><b>Weeks 5&ndash;8:</b> one session per week.</li>
<li><b>Week 9 onward:</b> every week or every two weeks, depending on response.</li>
</ul>
<p>We review progress with you formally at week four. If there has been no meaningful change by then, we talk honestly about whether to continue.</p>

<h2>Getting home</h2>
<p>You may not drive, operate machinery or do anything that needs full alertness until the next day after a restful sleep. You need a ride. Family, a friend, a taxi or a ride-share all work. We are also a stop on the county paratransit route. Please do not arrange to drive yourself and &quot;just wait a bit longer in the parking lot&quot;. We do check.</p>

<h2>Insurance and cost</h2>
<p>Spravato is covered by Medicare, New Jersey Medicaid, and most commercial insurers once a prior authorization is approved. Our prior authorization team (hi, Bethany and Luis) handles the paperwork. Typical turnaround is 5 to 15 business days. Approval usually requires documentation of two prior antidepressant trials, so please bring your old pharmacy records or the names of previous prescribers.</p>
<p>There are two parts to the bill. The medication is billed either through your pharmacy benefit or your medical benefit, depending on your plan. The office visit and the two hours of monitoring are billed as a separate service under your medical benefit. If you have a deductible, your out-of-pocket cost in the first months may be significant. Many commercially insured patients qualify for the manufacturer&#39;s Spravato withMe savings program, which can reduce the medication copay substantially; we help you enroll during your first visit. The program does not apply to Medicare or Medicaid patients.</p>
<p>For the rare patient without coverage, our self-pay rate for the monitoring visit is $295, and the medication is priced per device according to the wholesale cost on the day, which currently works out to roughly $900 to $1,300 per session depending on whether you need 56 mg or 84 mg. We will give you a written estimate before the first session. Honestly, self-pay Spravato is very expensive, and we will usually suggest discussing IV ketamine or other options with your psychiatrist first.</p>

<h2>Payments, reminders and paperwork</h2>
<p>Copays can be paid at check-in, by phone, or through the online bill-pay link on your statement. Appointment reminders go out by text two days ahead. We mail an explanation-of-benefits summary every quarter to patients who ask for one, and we will fax session summaries to any provider you designate.</p>

<h2>What we never do</h2>
<p>We never send Spravato home with patients. We never ship it. We never accept cash for the medication outside of our written self-pay agreement. And our staff will never call you asking for a card number to &quot;unlock&quot; an insurance approval. That last one is a real scam that has targeted patients of several New Jersey practices; if you get a call like that, hang up and call our main line.</p>

<h2>Our team</h2>
<p>Sessions are supervised by our Spravato-trained nursing staff under the direction of Priya Raman, MD, board-certified in psychiatry, with Thomas Keefe, PMHNP-BC, and Alyssa Moreno, PMHNP-BC. Every session has a licensed clinician on site.</p>

<p class="cta"><a href="/contact?service=spravato">Ask about a Spravato evaluation</a> or have your psychiatrist fax a referral to (732) 555-0193.</p>
</main>
<aside>
<h4>Related</h4>
<ul><li><a href="/tms">Transcranial Magnetic Stimulation</a></li><li><a href="/insurance">Insurances we accept</a></li><li><a href="/patient-forms">Patient forms</a></li></ul>
</aside>
<footer>&copy; 2026 Harborview Behavioral Health, LLC &middot; HIPAA Notice of Privacy Practices &middot; Accessibility &middot; In an emergency call 911 or 988</footer>
""", noise="cookie")

p("h10503", "https://willowandfern-kap.example/programs/ketamine-assisted-psychotherapy", "clinic", False, "en",
  "long-kap-practice-program-page", "Ketamine-Assisted Psychotherapy Program | Willow & Fern Therapy Collective, Portland", """
<header class="nav-wrap">
<a class="brand" href="/">Willow &amp; Fern <span>Therapy Collective</span></a>
<ul class="menu"><li><a href="/about">About</a></li><li><a href="/programs/ketamine-assisted-psychotherapy">KAP</a></li><li><a href="/programs/group-integration">Group Integration</a></li><li><a href="/therapists">Clinicians</a></li><li><a href="/fees">Fees</a></li><li><a href="/resources">Resources</a></li><li><a href="/contact" class="pill">Get in touch</a></li></ul>
</header>
<main class="content">
<h1>Ketamine-assisted psychotherapy (KAP)</h1>
<p class="intro">Our KAP program pairs carefully dosed ketamine, given in our office under medical supervision, with real psychotherapy before, during and after. It is slow, relational work. It is not a quick fix, and we would rather you hear that from us now.</p>

<h2>Who we are</h2>
<p>Willow &amp; Fern is a small group practice in Southeast Portland: four licensed therapists (two LPCs, a clinical social worker and a psychologist), one psychiatric mental health nurse practitioner who handles all medical screening and prescribing, and a registered nurse who is present for every dosing session. We have offered KAP since 2021. Before that most of us worked in community mental health, hospice, and a VA trauma program, and that shapes how we practice.</p>

<h2>How the program is structured</h2>
<h3>1. A free 20-minute phone call</h3>
<p>We talk about what you are hoping for, what you have tried, and whether KAP fits. About a third of the people we speak with end up in another kind of care, and that is a good outcome too.</p>
<h3>2. Medical intake (in person)</h3>
<p>You meet our nurse practitioner, Hannah Lindqvist, PMHNP, at the office for a 75-minute evaluation: psychiatric history, medications, blood pressure, heart and liver history, substance use, and a conversation about risks. She may ask for recent labs or a note from your primary care provider. KAP is not appropriate for people with uncontrolled hypertension, active psychosis or mania, or a current ketamine or stimulant use disorder.</p>
<h3>3. Preparation sessions (two or three)</h3>
<p>You work with your KAP therapist to build trust, talk about intentions, and learn what the experience may feel like. We practice grounding skills. We also talk about the practical stuff &ndash; who will drive you, what you will eat, whether your dog needs walking that afternoon.</p>
<h3>4. Dosing sessions (usually three to six)</h3>
<p>Dosing sessions last about three hours and take place in our ketamine room: a quiet space with a daybed, blankets, an eye mask and a speaker. Depending on your medical history and goals, ketamine is given as a sublingual lozenge or an intramuscular injection, always by our nurse and always here. The nurse checks vitals before, during and after. Your therapist stays with you the whole time. Some people talk a lot; some are silent for an hour. Both are fine.</p>
<h3>5. Integration</h3>
<p>Within two days of each dosing session you meet your therapist for a 60-minute integration session, in person or by video. This is where much of the work happens. We also run a monthly integration circle for current and former clients.</p>

<h2>Fees</h2>
<table>
<tr><td>Medical intake with nurse practitioner</td><td>$350</td></tr>
<tr><td>Preparation or integration session (60 min)</td><td>$180</td></tr>
<tr><td>Dosing session (approx. 3 hours, therapist + nurse, medication included)</td><td>$650</td></tr>
<tr><td>Three-session program (intake, 2 prep, 3 dosing, 3 integration)</td><td>$3,200 (about $290 less than paying separately)</td></tr>
<tr><td>Monthly integration circle</td><td>$35, or free for current clients</td></tr>
</table>
<p>We hold six <b>sliding-scale</b> spots at any one time, with dosing sessions from $300. Priority goes to BIPOC clients, veterans, and people working in healthcare or social services. Ask about it on the phone call; you will not be asked to prove income.</p>

<h3>Deposits and payment</h3>
<p>To hold a program start date, we ask for a $200 deposit, which is applied to your last integration session. It is refundable until the medical intake. If our nurse practitioner decides KAP is not medically right for you, the whole deposit is refunded, full stop.</p>
<p>We accept cards, HSA/FSA, checks, and &ndash; because we are a small practice and card fees add up &ndash; Venmo and Zelle. Our Venmo is @WillowFernCollective (business profile) and our Zelle is payments@willowandfern-kap.example. Please don&#39;t put anything clinical in the memo. Payment plans are available for the program fee; just ask.</p>

<h3>Insurance</h3>
<p>We are out of network with all insurers. The therapy portion of KAP (preparation, integration, and the psychotherapy part of dosing sessions) can often be submitted for out-of-network reimbursement, and we provide monthly superbills. The medication and nursing portion is rarely reimbursed. Oregon Health Plan does not cover KAP at this time.</p>

<h2>Between sessions</h2>
<p>The morning after a dosing session, your therapist or our nurse will call you for a short check-in. If you are not reachable we text once and then call your support person. During the program you can message your therapist through our secure portal. Appointment reminders come by text or email, your choice. We do not use WhatsApp, Telegram or social media DMs for anything clinical.</p>
<p>We do not do home visits, but some clients who live far out in the Gorge or on the coast do their integration sessions by video.</p>

<h2>What we never do</h2>
<ul>
<li>We never give anyone ketamine to take home. There is no at-home phase of our program. Lozenges are opened and taken in front of our nurse.</li>
<li>We never mail ketamine or write prescriptions for it to be filled by a mail-order pharmacy.</li>
<li>We never dose anyone who has not completed an in-person medical intake.</li>
<li>We never combine dosing sessions with other psychedelics, even where they have become legal under Oregon&#39;s psilocybin program. Those are separate services with separate rules.</li>
<li>We never touch clients during a session without explicit consent discussed in preparation, and a nurse is always present.</li>
</ul>

<h2>A word about at-home ketamine</h2>
<p>Clients often ask us about telehealth companies that mail ketamine lozenges after a video visit. Some of them are run by licensed clinicians and follow the law. Others are barely more than an online form. If you go that route, check that a licensed prescriber actually sees you by video, that they ask about your blood pressure and history, that the pharmacy is a licensed US pharmacy, and that someone monitors you. If a site offers ketamine with no evaluation at all, or asks for crypto, walk away.</p>

<h2>Next step</h2>
<p>Book the free phone call through our <a href="/contact">contact form</a>, or call (503) 555-0177 and leave a message for Maya, our intake coordinator. She returns calls within two business days.</p>
</main>
<aside class="side">
<blockquote>&quot;I came in thinking the medicine would do the work. It was the integration that changed things.&quot; &ndash; former client, shared with permission</blockquote>
<p><a href="/resources/kap-reading-list">KAP reading list</a> &middot; <a href="/resources/preparing-for-a-dosing-day">Preparing for a dosing day</a></p>
</aside>
<footer>Willow &amp; Fern Therapy Collective &middot; 2817 SE Division St, Portland, OR 97202 &middot; <a href="/privacy">Privacy</a> &middot; <a href="/good-faith-estimate">Good Faith Estimate notice</a> &middot; Crisis line: 988</footer>
""", noise="cookie")

p("h10504", "https://www.northgate-hospitals-nhs.example/services/mental-health/interventional-psychiatry/ketamine-esketamine", "clinic", False, "en",
  "long-hospital-unit-service-page", "Ketamine and Esketamine Service - Interventional Psychiatry - Northgate Hospitals NHS Foundation Trust", """
<div class="nhs-header">
<a class="logo" href="/">Northgate Hospitals <span>NHS Foundation Trust</span></a>
<form class="search"><input placeholder="Search services, conditions, jobs"><button>Search</button></form>
<nav><a href="/services">Our services</a> <a href="/patients-visitors">Patients and visitors</a> <a href="/refer">For GPs and referrers</a> <a href="/about-us">About us</a> <a href="/careers">Work for us</a> <a href="/contact">Contact</a></nav>
</div>
<main id="maincontent">
<ol class="breadcrumb"><li><a href="/services">Services</a></li><li><a href="/services/mental-health">Mental health</a></li><li><a href="/services/mental-health/interventional-psychiatry">Interventional psychiatry</a></li><li>Ketamine and esketamine</li></ol>
<h1>Ketamine and Esketamine Service</h1>
<p class="summary">The Ketamine and Esketamine Service is part of the Trust&#39;s Interventional Psychiatry Unit on Level 2 of the Ashworth Building, Northgate General Hospital. We offer assessment and treatment for adults with severe or treatment-resistant depression. The service is run by consultant psychiatrists and specialist mental health nurses, with anaesthetic support.</p>

<h2>About the service</h2>
<p>Ketamine has been used in anaesthesia for more than fifty years. Over the last two decades, research has shown that low doses given slowly into a vein can produce a rapid, if often short-lived, improvement in depressive symptoms for some people whose depression has not responded to standard treatments. Esketamine, a closely related medicine given as a nasal spray, has a marketing authorisation in the UK for treatment-resistant depression, although it is not currently recommended by NICE for routine NHS funding.</p>
<p>Because of this, our service offers treatment in two ways:</p>
<ul>
<li><b>NHS-funded intravenous ketamine</b> for patients within the Trust&#39;s catchment who meet the criteria agreed with our commissioning integrated care board, as part of a structured clinical pathway with outcome monitoring.</li>
<li><b>Self-funded (private patient) treatment</b> with intravenous ketamine or esketamine nasal spray, delivered by the same NHS team in the same unit, for patients from elsewhere in the UK or abroad, or for patients who do not meet NHS funding criteria. Income from private patients is reinvested in the Trust&#39;s mental health services.</li>
</ul>

<h2>Who can be referred</h2>
<p>We accept referrals for adults aged 18 and over who have a diagnosis of major depressive disorder or bipolar depression and who have not responded to at least two adequate trials of antidepressant medication and a course of psychological therapy. Referrals must come from a consultant psychiatrist or, for self-funded patients, from a GP with a supporting letter from a psychiatrist. We cannot accept self-referrals, and we are unable to offer treatment to anyone who has not been assessed in person by a member of our team.</p>
<p>We are not an emergency service. If you are in crisis, please contact your local crisis team, call NHS 111 and select the mental health option, or go to your nearest A&amp;E.</p>

<h2>Your assessment</h2>
<p>Your first appointment is a face-to-face assessment with a consultant psychiatrist and a specialist nurse, and usually takes around ninety minutes. We will ask about your mood, your history of treatment, your physical health and any use of alcohol or drugs. We will check your blood pressure, weight and heart rhythm (ECG) and may arrange blood tests. Some people are not suitable for ketamine, for example people with poorly controlled high blood pressure, some heart conditions, a history of psychosis, or current harmful substance use.</p>
<p>If treatment is recommended, we will explain the possible benefits and side effects and give you written information to take away. You do not have to decide on the day.</p>

<h2>Treatment</h2>
<h3>Intravenous ketamine</h3>
<p>The standard course is six infusions given twice weekly over three weeks. Each infusion is given over 40 minutes through a cannula in your arm, in a private bay on our day unit. A nurse stays with you throughout and monitors your blood pressure, pulse and oxygen levels. You will then rest for about an hour. Most people feel strange, detached or dreamy during the infusion; this passes quickly once it stops.</p>
<h3>Esketamine nasal spray (self-funded only)</h3>
<p>Esketamine is self-administered in the unit under direct observation, twice weekly for the first four weeks, then weekly or fortnightly. You will stay on the unit for at least two hours after each dose. The medicine is stored and dispensed by the hospital pharmacy and is never supplied for use at home.</p>
<h3>Afterwards</h3>
<p>You must not drive, cycle, drink alcohol or make important decisions for the rest of the day. An adult must collect you. After the course, we review you at two weeks and again at three months. We write to your GP and referring psychiatrist after the assessment, at the end of the course and after each review; letters are sent by NHS mail, and a copy is posted to you unless you tell us otherwise.</p>

<h2>Costs for self-funded patients</h2>
<p>Charges for self-funded care are set by the Trust&#39;s Private Patients Office and reviewed every April. Current charges (from 1 April 2026) are:</p>
<table>
<tr><td>Consultant assessment (including ECG and bloods)</td><td>&pound;450</td></tr>
<tr><td>Intravenous ketamine infusion, per session</td><td>&pound;395</td></tr>
<tr><td>Course of six infusions, if paid in advance</td><td>&pound;2,250</td></tr>
<tr><td>Esketamine session (medicine and monitoring), 56 mg</td><td>&pound;520</td></tr>
<tr><td>Esketamine session (medicine and monitoring), 84 mg</td><td>&pound;690</td></tr>
<tr><td>Follow-up review with consultant</td><td>&pound;220</td></tr>
</table>
<p>Private medical insurers including Bupa, AXA Health and Aviva may cover some or all of these costs; please obtain pre-authorisation from your insurer before your assessment and give us your membership and authorisation numbers.</p>
<h3>Deposits and how to pay</h3>
<p>Self-funded patients are asked to pay a deposit of &pound;450 (the assessment fee) when booking. Course fees are invoiced before the first treatment. Payment can be made by debit or credit card over the telephone to the Private Patients Office, in person at the cashier&#39;s office on the ground floor, or by bank transfer to the Trust&#39;s account, details of which are printed on your invoice. Patients living abroad can pay by international bank transfer; we do not accept payment through mobile payment apps, cryptocurrency or vouchers.</p>
<p>If you cancel more than 72 hours before a booked session you will receive a full refund for that session.</p>

<h2>Appointment reminders</h2>
<p>We send text message reminders three days before each appointment from the sender name &quot;NorthgateNHS&quot;. If you have given us an international mobile number, reminders are sent by SMS to that number. Our staff do not use WhatsApp, Telegram or social media to contact patients.</p>

<h2>Fraud warning</h2>
<p>We are aware of emails and social media messages claiming to come from &quot;Northgate Ketamine Clinic&quot; and offering ketamine or esketamine for delivery by post, sometimes with our logo copied from this page. These messages are fraudulent. The Trust does not sell medicines to the public and never sends ketamine or esketamine to patients&#39; homes. Please report any such messages to Action Fraud and to our Information Governance team at ig.team@northgate-hospitals-nhs.example.</p>

<h2>Research</h2>
<p>Some patients will be invited to take part in research studies running in the unit, including a study comparing different infusion schedules. Taking part is entirely voluntary and will not affect your care.</p>

<h2>Contact us</h2>
<p>Interventional Psychiatry Unit, Level 2, Ashworth Building, Northgate General Hospital, Coldharbour Lane, Northgate NG9 4XR.<br>
Referrals and general enquiries: 01632 960 481 (Monday to Friday, 9am to 4.30pm).<br>
Private Patients Office: 01632 960 502.<br>
Lead consultant: Dr Eleanor Whitcombe, MRCPsych. Nurse consultant: Samuel Adeyemi.</p>
</main>
<aside class="related">
<h2>Related services</h2>
<ul><li><a href="/services/mental-health/ect">Electroconvulsive therapy (ECT)</a></li><li><a href="/services/mental-health/rtms">Repetitive transcranial magnetic stimulation</a></li><li><a href="/patients-visitors/parking">Parking at Northgate General</a></li></ul>
</aside>
<footer class="nhs-footer"><p>Page last reviewed: 3 November 2026. Next review due: November 2027.</p><p>&copy; Northgate Hospitals NHS Foundation Trust &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/freedom-of-information">Freedom of information</a> &middot; <a href="/privacy">Privacy notice</a></p></footer>
""", noise="cookie")

p("h10505", "https://clinicaazul-ketamine.example/en/international-patients/retreat-packages", "clinic", False, "en",
  "long-clinic-abroad-package-page", "Ketamine Treatment Packages for International Patients | Clínica Azul, Puerto Vallarta", """
<header class="hdr">
<div class="lang"><a href="/es/">Español</a> | <b>English</b></div>
<a class="logo" href="/en/">Clínica Azul <small>Centro de Salud Mental y Ketamina</small></a>
<nav><a href="/en/treatments">Treatments</a> <a href="/en/international-patients">International Patients</a> <a href="/en/doctors">Our Doctors</a> <a href="/en/facility">The Clinic</a> <a href="/en/faq">FAQ</a> <a href="/en/contact">Contact</a></nav>
</header>
<section class="hero"><h1>Treatment packages for patients traveling to Puerto Vallarta</h1><p>IV ketamine with psychiatric care, in a licensed medical clinic, five minutes from the Malecón.</p></section>
<main>
<p>Every month we welcome patients from the United States and Canada who have heard about ketamine therapy but cannot afford it at home, live far from a clinic, or want to combine treatment with time away from the pressures of daily life. This page explains exactly how our international program works, what is included, what it costs, and what we will not do. Please read it all the way through before you book a flight.</p>

<h2>First, who we are</h2>
<p>Clínica Azul is a private outpatient clinic in the Versalles neighborhood of Puerto Vallarta, Jalisco. We are licensed by COFEPRIS (the Mexican federal health regulator) and hold a sanitary license for the administration of controlled medicines in a clinical setting. Our medical director, Dr. Alejandro Ruiz Beltrán, is a psychiatrist trained at the Universidad de Guadalajara with a fellowship in mood disorders; our anesthesiologist, Dra. Mariana Ochoa, supervises every infusion. Both of their cédulas profesionales (professional license numbers) are listed on our <a href="/en/doctors">doctors page</a> and can be checked on the Secretaría de Educación Pública registry. Our nurses are bilingual.</p>

<h2>How the process works</h2>
<ol>
<li><b>Video pre-screening (free, 30 minutes).</b> One of our doctors meets you by video to review your history, medications and expectations. This is a screening, not an approval; we still examine you in person when you arrive.</li>
<li><b>Medical records.</b> We ask for a recent summary from your doctor or psychiatrist, a list of medications, and if you are over 50, a recent ECG. You can upload them to our secure portal. Please do not send records by WhatsApp.</li>
<li><b>Booking and deposit.</b> Once the pre-screening is done, our coordinator sends you a written quote and a booking form.</li>
<li><b>In-person evaluation on day one.</b> Full psychiatric and physical exam at the clinic. If the doctor finds a reason treatment is not safe for you (for example very high blood pressure), we do not proceed and we refund everything except the evaluation fee.</li>
<li><b>Infusions.</b> Four or six IV ketamine infusions over five to ten days, each about 45 minutes plus an hour of recovery, each with a nurse at your side and the anesthesiologist on site.</li>
<li><b>Going home and follow-up.</b> We send a full treatment summary to your doctor at home and schedule video follow-ups with our psychiatrist at two, six and twelve weeks.</li>
</ol>

<h2>Packages and prices (USD)</h2>
<div class="cards">
<div class="card"><h3>Essential &ndash; 4 infusions</h3><p class="price">$2,400</p><p>Psychiatric evaluation, 4 IV infusions over 5 days, integration session with our psychologist, two video follow-ups. Accommodation not included.</p></div>
<div class="card"><h3>Standard &ndash; 6 infusions</h3><p class="price">$3,300</p><p>Psychiatric evaluation, 6 IV infusions over 10 to 12 days, three integration sessions, three video follow-ups.</p></div>
<div class="card"><h3>Retreat &ndash; 6 infusions + stay</h3><p class="price">$4,850</p><p>Everything in Standard, plus 11 nights in a partner boutique hotel within walking distance, airport transfers, and daily breakfast. Companion stays free in the same room.</p></div>
</div>
<p>Single infusions for returning patients are $450. Prices are per patient and include medication, monitoring and all clinic fees. There are no extra charges &quot;per milligram&quot; &ndash; your dose is decided by the doctor based on your weight and response, not your budget.</p>

<h2>Deposits and payment</h2>
<p>To confirm dates we ask for a 30% deposit. The balance is paid at the clinic on the day of your evaluation by card (Visa, Mastercard, Amex) or in cash in pesos or dollars. We accept the deposit by:</p>
<ul>
<li>International wire transfer to our company account at BBVA México (Clínica Azul Salud Mental S.C.)</li>
<li><b>Zelle</b>, through our US billing partner MedBridge Payments LLC, to the address printed on your quote</li>
<li>Card payment through the secure link we email you</li>
</ul>
<p>The deposit is refundable up to 14 days before your arrival, and after that can be moved to new dates within one year. We issue an official Mexican invoice (CFDI, or &quot;factura&quot;) and an English receipt for every payment, which some US patients submit to their HSA administrator or insurer. We cannot promise reimbursement, and no US insurer we know of covers treatment abroad directly.</p>

<h2>WhatsApp and reminders</h2>
<p>After booking you will be assigned a personal coordinator (currently Lupita, Fernanda or Diego) who will add you on WhatsApp for logistics only: your flight times, airport pickup, daily appointment times and directions. Many of our patients prefer WhatsApp because it works without an international plan on hotel Wi-Fi. If you would rather use Telegram or plain email, tell us. Your coordinator will never discuss your medical situation on chat and will never ask you for payment on chat; payment details only come in the written quote from our billing email.</p>

<h2>During your stay</h2>
<p>You cannot drive on infusion days, but you will not need to: our driver or the hotel shuttle brings you to and from the clinic. On the evening of each infusion a nurse calls or visits you at the partner hotel to check how you are feeling (patients staying elsewhere in Vallarta get a phone call). We encourage gentle activities on rest days: walks on the beach, the botanical garden, swimming. We ask you to avoid alcohol for the whole treatment period, which in Vallarta takes some discipline.</p>

<h2>What we never do</h2>
<ul>
<li><b>We never give or sell ketamine to take home or across the border.</b> Ketamine is a controlled medicine in Mexico, the US and Canada. Carrying it through an airport is illegal, and we will not help anyone do it.</li>
<li><b>We never ship medication</b>, to Mexico or abroad. The only things we mail are copies of your medical records (by courier, on request) and the occasional postcard from the team.</li>
<li>We never treat anyone without seeing them in person.</li>
<li>We never treat minors, pregnant patients, or people with uncontrolled hypertension, psychosis or active substance use disorders.</li>
<li>We never ask for payment in crypto or gift cards.</li>
</ul>
<div class="warning"><b>Please be careful.</b> Photos of our clinic have appeared on websites and Telegram channels selling &quot;Mexican pharmacy ketamine&quot; with delivery to the US. Those are not us and have nothing to do with us. A real clinic will always insist on examining you, and will never mail you a controlled drug.</div>

<h2>Is this right for you?</h2>
<p>Ketamine helps many people with treatment-resistant depression, but not everyone, and the effect often needs maintenance. Travelling for treatment means your follow-up care happens at a distance. We strongly recommend having a psychiatrist or therapist at home who knows you are doing this. If you do not have one, tell us during the pre-screening and we will talk about it honestly.</p>
<p class="cta"><a href="/en/contact?type=prescreen" class="btn">Book a free video pre-screening</a></p>
</main>
<footer>
<p>Clínica Azul Salud Mental S.C. &middot; Calle Francia 214, Col. Versalles, Puerto Vallarta, Jalisco, México &middot; Licencia sanitaria COFEPRIS on file &middot; +52 322 555 0143</p>
<p><a href="/en/privacy">Aviso de privacidad / Privacy notice</a> &middot; &copy; 2026</p>
</footer>
""", noise="cookie")

p("h10506", "https://desertsky-pain.example/services/ketamine-infusions-chronic-pain", "clinic", False, "en",
  "long-pain-clinic-per-mg-pricing", "Ketamine Infusions for CRPS & Chronic Pain | Desert Sky Pain & Infusion Center, Scottsdale", """
<header>
<div class="bar">New patients: (480) 555-0126 &middot; Fax referrals: (480) 555-0127 &middot; <a href="/portal">Patient Portal</a></div>
<a class="logo" href="/">Desert Sky Pain &amp; Infusion Center</a>
<nav><a href="/services">Services</a> <a href="/conditions">Conditions</a> <a href="/physicians">Physicians</a> <a href="/referrals">For Referring Providers</a> <a href="/billing">Billing &amp; Insurance</a> <a href="/locations">Locations</a></nav>
</header>
<main>
<h1>Ketamine infusions for chronic pain</h1>
<p class="byline">Reviewed by Michael Tran, MD, Board-certified in Anesthesiology and Pain Medicine &middot; Updated October 2026</p>

<p>For some people living with complex regional pain syndrome (CRPS), neuropathic pain, phantom limb pain or severe fibromyalgia, the usual toolkit &ndash; nerve pain medications, physical therapy, nerve blocks, spinal cord stimulators &ndash; is not enough. Ketamine infusions are one of the options we offer at Desert Sky when those treatments have fallen short. This page explains how we use ketamine for pain, how it differs from ketamine for depression, and how we bill for it, which is a little unusual.</p>

<h2>How ketamine helps pain</h2>
<p>Chronic pain is not just a signal from a damaged body part. Over time, the spinal cord and brain can become sensitized, amplifying pain signals and keeping them going after the original injury has healed. Ketamine blocks NMDA receptors, which play a central role in that sensitization. In some patients a series of infusions appears to &quot;reset&quot; this process, reducing pain for weeks or months. The evidence is strongest for CRPS and mixed for other conditions. We will tell you honestly where your condition falls.</p>

<h2>Who we treat</h2>
<p>All patients are seen in person by one of our pain physicians before any infusion is scheduled. We need a referral or at least your recent medical records, and we review imaging and prior treatments. Ketamine is not a first-line treatment, and it is not right for everyone: patients with uncontrolled high blood pressure, significant heart disease, increased intracranial pressure, severe liver disease, a history of psychosis, or current substance misuse are usually not candidates.</p>

<h2>What the protocols look like</h2>
<p>Pain protocols use higher total doses and much longer infusions than mental health protocols. Typical options are:</p>
<ul>
<li><b>Outpatient series:</b> four-hour infusions on five consecutive days, or ten infusions over two weeks.</li>
<li><b>Boosters:</b> single four-hour infusions every four to twelve weeks if the first series helped.</li>
<li><b>Combined protocols:</b> for some CRPS patients we combine ketamine with lidocaine or magnesium infusions, or time infusions around physical therapy.</li>
</ul>
<p>During every infusion you are in a private bay with continuous monitoring (blood pressure, heart rhythm, oxygen, breathing), an IV line, and a registered nurse who is trained in sedation. Our anesthesiologists are on site the whole time. You may feel light, floaty or detached; we use medications to reduce nausea and anxiety when needed.</p>

<h2>Billing: why part of your bill is calculated per milligram</h2>
<p>Because pain infusions vary so widely in length and dose &ndash; a small patient on a short booster might receive 120 mg, while a larger patient on day five of a CRPS series might receive more than 600 mg &ndash; a single flat fee would either overcharge most people or undercharge a few. So for self-pay patients our price has two parts:</p>
<table>
<tr><th>Component</th><th>Self-pay rate</th></tr>
<tr><td>Infusion suite time (nurse, monitoring, physician oversight, supplies)</td><td>$195 per hour, billed in 30-minute increments</td></tr>
<tr><td>Ketamine (pharmacy-grade, prepared by our pharmacy technician under sterile conditions)</td><td>$0.90 per mg administered</td></tr>
<tr><td>Initial consultation with pain physician</td><td>$325</td></tr>
</table>
<p>Example: a typical four-hour infusion at 300 mg comes to $780 + $270 = $1,050. A five-day CRPS series for an average adult usually totals between $4,800 and $5,600. We always give you a written Good Faith Estimate before you start, and our nurses record the exact dose given on your receipt, so there is nothing mysterious about it. Every milligram is ordered by a physician; we never adjust doses for billing reasons, and you cannot &quot;buy more&quot; ketamine.</p>

<h3>Insurance</h3>
<p>Some health plans in Arizona now cover ketamine infusions for CRPS with prior authorization, including certain Blue Cross Blue Shield of Arizona and AHCCCS plans, but coverage is inconsistent and often denied on the first try. Our billing team submits the prior authorization and, when it is denied, can help your physician write an appeal. For plans that do not cover it we provide itemized superbills. Medicare does not currently cover off-label ketamine infusions for pain.</p>

<h3>Deposits, financing and payment</h3>
<p>Self-pay patients pay a deposit of $500 to reserve a five-day series, applied to the final bill. We take cards, HSA/FSA, checks and CareCredit. Some of our younger patients have asked about Zelle; we accept Zelle for balances only, sent to the billing address on your statement. We do not accept payment over the phone from anyone who calls you &ndash; we will only ever ask you to pay through the portal, at the front desk, or by calling us back on the number printed on your statement.</p>

<h2>At home between infusions</h2>
<p>On the evening after each infusion day, one of our nurses calls to ask about nausea, sleep, pain scores and mood. For patients traveling from rural Arizona, we partner with a licensed home health agency that can send a nurse for a home visit the day after the final infusion. In selected patients our physicians may prescribe a short course of oral medication to extend the benefit of an infusion series; any such prescription is filled at your own local pharmacy, and only after a follow-up visit.</p>
<p>We mail your infusion summary and dose log to your referring physician by fax and, on request, to you by mail. Paper copies of your records can also be sent by certified mail for a $15 fee.</p>

<h2>What we do not do</h2>
<ul>
<li>We do not offer ketamine infusions at home, at hotels, or in &quot;mobile IV&quot; vans.</li>
<li>We do not dispense ketamine to take home. We do not mail it and do not partner with any mail-order seller.</li>
<li>We do not treat patients without a physician evaluation, and we do not provide infusions on demand.</li>
<li>We do not use ketamine as a substitute for opioid tapering supervision or addiction treatment.</li>
</ul>
<div class="notice"><b>Fraud alert:</b> Patients have told us about text messages from a number claiming to be &quot;Desert Sky Pharmacy&quot; offering discounted ketamine shipped to the home. We do not run a pharmacy and never send ketamine to patients. Please do not reply to these messages.</div>

<h2>Getting started</h2>
<p>Ask your primary care physician, neurologist or pain specialist to fax a referral with your recent notes to (480) 555-0127, or request an appointment online. Our intake coordinator will call you within three business days to verify insurance and schedule your consultation.</p>
</main>
<aside><h3>Conditions we treat</h3><ul><li>CRPS type I and II</li><li>Post-herpetic neuralgia</li><li>Phantom limb pain</li><li>Diabetic neuropathy</li><li>Fibromyalgia (selected cases)</li></ul></aside>
<footer>&copy; 2026 Desert Sky Pain &amp; Infusion Center &middot; 9201 E Mountain View Rd, Suite 120, Scottsdale AZ 85258 &middot; <a href="/privacy">Privacy</a> &middot; <a href="/no-surprises-act">No Surprises Act notice</a></footer>
""", noise="cookie")

p("h10507", "https://clinicaalameda-salud.example/tratamientos/esketamina-ketamina-madrid", "clinic", False, "es",
  "long-private-clinic-es-prices-bizum", "Tratamiento con esketamina y ketamina en Madrid | Clínica Alameda Salud Mental", """
<header class="cabecera">
<div class="contacto">C/ Alcalá 187, 3.º izq. &middot; 28009 Madrid &middot; 910 555 214 &middot; Lunes a viernes de 9:00 a 20:00</div>
<a class="logo" href="/">Clínica Alameda <span>Salud Mental</span></a>
<nav><a href="/quienes-somos">Quiénes somos</a> <a href="/tratamientos">Tratamientos</a> <a href="/equipo">Equipo</a> <a href="/tarifas">Tarifas</a> <a href="/seguros">Seguros</a> <a href="/blog">Blog</a> <a href="/cita" class="boton">Pedir cita</a></nav>
</header>
<main>
<h1>Esketamina y ketamina para la depresión resistente</h1>
<p class="entradilla">En la Clínica Alameda tratamos la depresión resistente con esketamina intranasal (Spravato) y con infusiones intravenosas de ketamina, siempre en nuestra consulta y bajo supervisión médica. En esta página le contamos con detalle cómo funciona, cuánto cuesta, cómo se paga y qué cosas no hacemos nunca.</p>

<h2>¿Qué es la depresión resistente?</h2>
<p>Hablamos de depresión resistente cuando una persona no ha mejorado lo suficiente después de probar al menos dos antidepresivos a dosis y durante el tiempo adecuados. Es más frecuente de lo que se cree: alrededor de un tercio de los pacientes con depresión mayor no responde a los tratamientos habituales. Para ellos, la esketamina y la ketamina abren una vía distinta, porque actúan sobre el sistema del glutamato y no sobre la serotonina.</p>

<h2>Cómo es el proceso</h2>
<h3>1. Primera consulta con psiquiatría</h3>
<p>Todo empieza con una consulta presencial de 60 minutos con uno de nuestros psiquiatras, la Dra. Inés Carrasco Villalba o el Dr. Javier Montero Sáez. Revisamos su historia clínica, los tratamientos previos, la tensión arterial, el consumo de alcohol u otras sustancias y cualquier enfermedad cardiovascular. Si tiene informes de otros especialistas, tráigalos. Si la esketamina o la ketamina no son adecuadas para usted, se lo diremos con claridad y le propondremos alternativas como la estimulación magnética transcraneal.</p>
<h3>2. Sesiones de esketamina (Spravato)</h3>
<p>La esketamina se administra con un dispositivo nasal que usted mismo se aplica en nuestra sala, delante de una enfermera. Después permanece en observación un mínimo de dos horas, con controles de tensión arterial. El esquema habitual es de dos sesiones por semana durante cuatro semanas, seguidas de sesiones semanales y después quincenales. El medicamento lo custodia nuestro servicio de farmacia y nunca se entrega al paciente.</p>
<h3>3. Infusiones de ketamina intravenosa</h3>
<p>En algunos casos, y tras explicarle que se trata de un uso fuera de ficha técnica, el psiquiatra puede proponer ketamina intravenosa: seis infusiones de unos 40 minutos a lo largo de tres semanas, con una anestesista presente en la clínica y monitorización continua.</p>
<h3>4. Seguimiento</h3>
<p>Tras cada fase hacemos una revisión para valorar la respuesta con escalas clínicas. Al día siguiente de cada una de las tres primeras sesiones, nuestra enfermera le llama por teléfono para preguntarle cómo ha pasado la noche y cómo se encuentra.</p>

<h2>Tarifas 2026</h2>
<table class="tarifas">
<tr><th>Servicio</th><th>Precio</th></tr>
<tr><td>Primera consulta de psiquiatría (60 min, presencial)</td><td>180 &euro;</td></tr>
<tr><td>Sesión de esketamina 56 mg (medicamento, enfermería y observación)</td><td>410 &euro;</td></tr>
<tr><td>Sesión de esketamina 84 mg</td><td>560 &euro;</td></tr>
<tr><td>Infusión de ketamina intravenosa (por sesión)</td><td>390 &euro;</td></tr>
<tr><td>Bono de 6 infusiones de ketamina</td><td>2.100 &euro; (ahorro de 240 &euro;)</td></tr>
<tr><td>Consulta de revisión</td><td>110 &euro;</td></tr>
</table>
<p>El precio de la esketamina depende de la dosis porque cada dispositivo tiene un coste fijo para nosotros: una dosis de 56 mg son dos dispositivos y una de 84 mg son tres. En la ketamina intravenosa, en cambio, cobramos lo mismo por sesión sea cual sea la dosis, que la decide el médico según su peso y su respuesta.</p>
<p>Si compra un bono y el médico decide interrumpir el tratamiento por motivos clínicos, le devolvemos íntegramente las sesiones no realizadas.</p>

<h2>Reservas, señal y formas de pago</h2>
<p>Para reservar la primera consulta pedimos una señal de 50 &euro;, que se descuenta del precio de la consulta. Puede pagarla con tarjeta en el enlace que le enviamos por correo electrónico o por <b>Bizum</b> al número de la clínica que figura en ese correo (el concepto debe ser solo su nombre y la fecha, sin datos de salud). Si anula con más de 48 horas de antelación, le devolvemos la señal.</p>
<p>El resto de pagos se hacen en recepción con tarjeta, efectivo o Bizum, o por transferencia bancaria. También ofrecemos financiación sin intereses hasta 12 meses a través de una entidad financiera colaboradora, sujeta a aprobación. Todas las facturas incluyen el NIF de la clínica y el desglose del servicio, para que pueda desgravarlas o presentarlas a su seguro.</p>

<h2>Seguros médicos</h2>
<p>Trabajamos con reembolso de Sanitas, Adeslas, DKV, Asisa y Mapfre Salud. La cobertura varía mucho según la póliza: algunas cubren la consulta de psiquiatría pero no el medicamento, otras reembolsan un porcentaje de la sesión completa. Antes de empezar le entregamos un presupuesto por escrito para que lo consulte con su aseguradora. En la sanidad pública, la esketamina se administra en algunos hospitales con criterios muy concretos; si usted cumple esos criterios, le ayudaremos a pedir la derivación.</p>

<h2>Recordatorios por WhatsApp</h2>
<p>Si nos da su consentimiento, le enviamos recordatorios de cita por WhatsApp 48 horas antes, desde el número de la clínica (verificado como cuenta de empresa). Los mensajes solo incluyen la fecha, la hora y la dirección, y le recuerdan que no puede conducir después de la sesión y que debe venir acompañado. No resolvemos consultas médicas por WhatsApp; para eso, llame por teléfono o escriba a través del área de pacientes.</p>

<h2>Informes y documentación</h2>
<p>Al terminar cada fase del tratamiento le entregamos un informe clínico. Si lo prefiere, se lo enviamos por correo certificado a su domicilio o se lo hacemos llegar a su psiquiatra o médico de cabecera por correo electrónico seguro, siempre con su autorización por escrito.</p>

<h2>Lo que no hacemos nunca</h2>
<ul>
<li>No vendemos ketamina ni esketamina. No las enviamos a domicilio. No se las llevará a casa.</li>
<li>No tratamos a nadie sin una consulta presencial previa con psiquiatría.</li>
<li>No atendemos a menores de 18 años con estos tratamientos.</li>
<li>No pedimos pagos en criptomonedas, tarjetas regalo ni transferencias a cuentas de particulares.</li>
<li>No contactamos a pacientes por Telegram, Instagram ni otras redes sociales para ofrecer tratamientos.</li>
</ul>
<div class="aviso"><b>Aviso sobre estafas:</b> En los últimos meses han aparecido perfiles en Telegram e Instagram que usan el nombre de la clínica y fotos de nuestra sala para vender &quot;ketamina nasal con envío discreto&quot;. No tienen nada que ver con nosotros. Lo hemos denunciado ante la Policía Nacional y la Agencia Española de Medicamentos. Si le han contactado, no pague nada y escríbanos a avisos@clinicaalameda-salud.example.</div>

<h2>Después de la sesión</h2>
<p>No podrá conducir ni manejar maquinaria hasta el día siguiente. Venga acompañado o utilice un taxi; la parada de metro más cercana es Goya. Le recomendamos no tomar alcohol ese día, comer algo ligero y descansar. Es normal sentirse cansado o un poco aturdido durante unas horas.</p>

<p class="cta"><a href="/cita?tratamiento=esketamina" class="boton">Solicitar primera consulta</a> &middot; o llámenos al 910 555 214</p>
</main>
<aside class="lateral">
<h3>Otros tratamientos</h3>
<ul><li><a href="/tratamientos/estimulacion-magnetica">Estimulación magnética transcraneal</a></li><li><a href="/tratamientos/psicoterapia">Psicoterapia</a></li><li><a href="/tratamientos/insomnio">Unidad de sueño</a></li></ul>
<p>Centro sanitario autorizado por la Comunidad de Madrid. N.º de registro CS-0000.</p>
</aside>
<footer>&copy; 2026 Clínica Alameda Salud Mental S.L. &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Política de privacidad</a> &middot; Si está en crisis, llame al 024.</footer>
""", noise="cookie-es")

p("h10508", "https://institutovilamariana.example/tratamentos/cetamina-escetamina", "clinic", False, "pt",
  "long-clinic-br-pix-whatsapp", "Cetamina e escetamina para depressão | Instituto Vila Mariana de Psiquiatria - São Paulo", """
<header>
<div class="faixa">Rua Domingos de Morais, 1450 &ndash; Vila Mariana, São Paulo/SP &middot; (11) 5555-0182 &middot; Seg. a sáb., 7h às 19h</div>
<a class="logo" href="/">Instituto Vila Mariana <small>de Psiquiatria</small></a>
<nav><a href="/sobre">O Instituto</a> <a href="/tratamentos">Tratamentos</a> <a href="/corpo-clinico">Corpo clínico</a> <a href="/convenios">Convênios e reembolso</a> <a href="/perguntas-frequentes">Dúvidas</a> <a href="/agendar" class="btn">Agendar avaliação</a></nav>
</header>
<main>
<h1>Tratamento com cetamina e escetamina</h1>
<p class="abertura">Oferecemos dois tratamentos de ação rápida para depressão resistente: a escetamina por via nasal (Spravato), aprovada pela Anvisa, e a cetamina por via endovenosa, usada fora de bula com base em evidências científicas. Os dois são feitos exclusivamente aqui, no Instituto, com médico e equipe de enfermagem presentes. Abaixo explicamos tudo com calma: como funciona, valores, formas de pagamento, plano de saúde e cuidados.</p>

<h2>Para quem é indicado</h2>
<p>O tratamento é indicado para adultos com depressão que não melhoraram com pelo menos dois antidepressivos, para alguns casos de depressão com ideação suicida (sempre junto com outros cuidados) e, em situações selecionadas, para depressão bipolar. Antes de qualquer aplicação, você passa por uma consulta presencial com um dos nossos psiquiatras. Pessoas com pressão alta não controlada, doenças cardíacas importantes, histórico de psicose ou uso problemático de substâncias geralmente não podem fazer o tratamento.</p>

<h2>Como é uma sessão</h2>
<p><b>Escetamina:</b> você mesmo aplica o spray nasal, orientado pela enfermeira, e fica em observação por pelo menos duas horas numa sala individual, com poltrona reclinável. Medimos a pressão antes, durante e depois.</p>
<p><b>Cetamina endovenosa:</b> a infusão dura cerca de 40 minutos, com monitorização contínua e um anestesiologista no Instituto. Depois, você descansa por mais uma hora.</p>
<p>Durante a sessão é comum sentir-se leve, desligado ou com percepções alteradas. Isso passa em pouco tempo. Depois você não pode dirigir até o dia seguinte, então venha acompanhado ou use táxi ou aplicativo de transporte.</p>

<h2>Valores (particular)</h2>
<table>
<tr><td>Consulta de avaliação psiquiátrica</td><td>R$ 750</td></tr>
<tr><td>Sessão de cetamina endovenosa</td><td>R$ 1.200</td></tr>
<tr><td>Pacote de 8 sessões de cetamina endovenosa</td><td>R$ 8.800 (à vista) ou em até 10x no cartão</td></tr>
<tr><td>Sessão de escetamina 56 mg (medicação + observação)</td><td>R$ 2.350</td></tr>
<tr><td>Sessão de escetamina 84 mg</td><td>R$ 3.300</td></tr>
<tr><td>Consulta de retorno</td><td>R$ 450</td></tr>
</table>
<p>Na escetamina, o valor varia conforme a dose porque cada dispositivo tem um custo fixo. Na cetamina endovenosa, o valor da sessão é o mesmo qualquer que seja a dose, definida pelo médico de acordo com seu peso e resposta. Se o tratamento for interrompido por decisão médica, as sessões não realizadas do pacote são devolvidas integralmente.</p>

<h2>Sinal, Pix e formas de pagamento</h2>
<p>Para confirmar a primeira consulta, pedimos um sinal de R$ 200, abatido do valor da consulta. O sinal pode ser pago por <b>Pix</b> para a chave CNPJ do Instituto (que aparece com a razão social Instituto Vila Mariana de Psiquiatria Ltda.) ou por link de cartão enviado por e-mail. Cancelamentos com mais de 24 horas de antecedência têm o sinal devolvido.</p>
<p>Na recepção aceitamos Pix, cartões de débito e crédito e transferência. Emitimos nota fiscal de todos os serviços, com CID quando você solicitar, para imposto de renda e reembolso.</p>
<p><i>Atenção:</i> a chave Pix do Instituto é sempre o nosso CNPJ. Se alguém pedir pagamento para chave de CPF, telefone ou e-mail de pessoa física em nome do Instituto, não pague e avise a recepção.</p>

<h2>Plano de saúde e reembolso</h2>
<p>A escetamina não está no rol obrigatório da ANS para todos os casos, e a cetamina endovenosa para depressão é uso fora de bula, então a maioria dos planos não cobre diretamente. Trabalhamos com reembolso: entregamos nota fiscal, relatório médico e os códigos necessários para você solicitar ao seu plano. Alguns pacientes de planos como Bradesco Saúde, SulAmérica e Porto Seguro conseguiram reembolso parcial; outros, com a ajuda de advogados, obtiveram cobertura por decisão judicial. Não garantimos nenhum desses resultados.</p>

<h2>Lembretes pelo WhatsApp</h2>
<p>Nossa central de agendamento usa o WhatsApp Business oficial do Instituto, com selo de conta comercial, para enviar lembretes na véspera de cada sessão e confirmar horários. Pelo WhatsApp não fazemos consultas, não mandamos receitas e não discutimos sintomas. Dúvidas médicas são respondidas por telefone pela equipe de enfermagem ou na consulta.</p>

<h2>Acompanhamento em casa</h2>
<p>Na noite de cada uma das primeiras sessões, a enfermeira liga para saber como você está. Para pacientes com dificuldade de locomoção, temos parceria com um serviço de enfermagem domiciliar que faz uma visita no dia seguinte para medir pressão e conversar sobre sintomas; esse serviço é cobrado à parte. Relatórios médicos e laudos podem ser enviados pelos Correios, com aviso de recebimento, para qualquer endereço no Brasil.</p>

<h2>O que nunca fazemos</h2>
<ul>
<li>Nunca vendemos cetamina nem escetamina, e nunca entregamos o medicamento para uso em casa.</li>
<li>Nunca enviamos medicamentos pelos Correios, por motoboy ou por transportadora.</li>
<li>Nunca atendemos sem consulta presencial com psiquiatra.</li>
<li>Nunca pedimos pagamento em criptomoeda ou por chave Pix de pessoa física.</li>
<li>Nunca oferecemos &quot;promoções&quot; pelo Instagram, TikTok ou Telegram.</li>
</ul>
<div class="alerta"><b>Cuidado com golpes.</b> Perfis falsos no Instagram e grupos de Telegram estão usando fotos de clínicas conhecidas, inclusive a nossa, para anunciar &quot;cetamina com entrega discreta&quot; e &quot;Spravato sem receita&quot;. Isso é crime e coloca sua saúde em risco. Cetamina é substância controlada (Portaria 344/98) e só pode ser aplicada em ambiente médico.</div>

<h2>Perguntas que sempre ouvimos</h2>
<p><b>Posso continuar com meu psiquiatra?</b> Pode e deve. Muitos pacientes vêm ao Instituto apenas para as sessões e seguem com o médico de sempre; mandamos um relatório ao final de cada fase.</p>
<p><b>Quantas sessões vou precisar?</b> Depende da resposta. Em geral avaliamos depois de quatro a seis sessões e conversamos com franqueza se vale a pena continuar. Há quem precise de manutenção mensal e há quem fique bem por muitos meses.</p>
<p><b>Vicia?</b> Nas doses e na frequência usadas em tratamento, com supervisão, o risco é baixo, mas existe. Por isso não fazemos sessões fora do protocolo e acompanhamos de perto qualquer sinal de uso fora do consultório.</p>
<h2>Equipe responsável</h2>
<p>Diretor técnico: Dr. Rafael Aguiar Nogueira, psiquiatra, CRM-SP 000000. Anestesiologista responsável: Dra. Camila Tsuji. Coordenação de enfermagem: Enf. Patrícia Lemos.</p>

<p class="cta"><a href="/agendar?tratamento=cetamina" class="btn">Agendar avaliação</a></p>
</main>
<aside><h3>Leia também</h3><ul><li><a href="/blog/escetamina-o-que-esperar">Escetamina: o que esperar da primeira sessão</a></li><li><a href="/blog/reembolso-passo-a-passo">Reembolso do plano passo a passo</a></li></ul></aside>
<footer>Instituto Vila Mariana de Psiquiatria Ltda. &middot; CNPJ 00.000.000/0001-00 &middot; Responsável técnico: Dr. Rafael A. Nogueira &middot; <a href="/privacidade">Privacidade (LGPD)</a> &middot; CVV: ligue 188</footer>
""", noise="cookie-pt")

p("h10509", "https://amstelhoeve-kliniek.example/behandelingen/ketamine-bij-depressie", "clinic", False, "nl",
  "long-private-clinic-nl-ideal-tikkie", "Ketaminebehandeling bij therapieresistente depressie | Kliniek De Amstelhoeve, Amsterdam", """
<header class="kop">
<a class="logo" href="/">Kliniek De Amstelhoeve</a>
<nav><a href="/over-ons">Over ons</a> <a href="/behandelingen">Behandelingen</a> <a href="/voor-verwijzers">Voor verwijzers</a> <a href="/tarieven">Tarieven</a> <a href="/team">Team</a> <a href="/contact">Contact</a> <a href="/aanmelden" class="knop">Aanmelden</a></nav>
</header>
<main>
<p class="kruimel"><a href="/">Home</a> &rsaquo; <a href="/behandelingen">Behandelingen</a> &rsaquo; Ketamine bij depressie</p>
<h1>Ketamine bij therapieresistente depressie</h1>
<p class="inleiding">Kliniek De Amstelhoeve is een zelfstandig behandelcentrum (ZBC) voor psychiatrie aan de Amstel. Sinds 2022 behandelen wij volwassenen met een ernstige, therapieresistente depressie met intraveneuze ketamine en met esketamine-neusspray. Op deze pagina leest u uitgebreid hoe de behandeling verloopt, wat die kost, wat de zorgverzekeraar wel en niet vergoedt, en wat wij nooit doen.</p>

<h2>Voor wie is de behandeling bedoeld?</h2>
<p>De behandeling is bedoeld voor volwassenen met een depressie die onvoldoende is verbeterd na minstens twee antidepressiva in een goede dosering en een psychologische behandeling. Wij werken uitsluitend op verwijzing van een huisarts, psychiater of GGZ-instelling. Een verwijsbrief is verplicht; zonder verwijzing kunnen wij u niet aanmelden. Uw eigen behandelaar blijft hoofdbehandelaar voor de rest van uw zorg.</p>
<p>Niet geschikt zijn onder meer mensen met een onvoldoende behandelde hoge bloeddruk, bepaalde hart- en vaatziekten, een psychose in de voorgeschiedenis of actueel problematisch middelengebruik. Dat beoordelen wij zorgvuldig tijdens de intake.</p>

<h2>Het traject stap voor stap</h2>
<h3>Intake</h3>
<p>U komt naar de kliniek voor een intake van ongeveer anderhalf uur met een psychiater en een verpleegkundig specialist. Wij bespreken uw klachten, eerdere behandelingen en lichamelijke gezondheid, meten bloeddruk en gewicht en maken een ECG. Soms vragen we aanvullend bloedonderzoek aan via uw huisarts.</p>
<h3>Behandelsessies</h3>
<p>Het standaardtraject bestaat uit zes infusen in drie weken. Een infuus duurt ongeveer veertig minuten; daarna blijft u nog een uur ter observatie. Een verpleegkundige is er de hele tijd bij en een anesthesioloog is in het gebouw aanwezig. Voor sommige patiënten kiezen we voor esketamine-neusspray, die u zelf toedient onder toezicht, waarna u twee uur blijft. U krijgt de neusspray nooit mee naar huis.</p>
<p>Tijdens en vlak na de behandeling voelt u zich mogelijk zweverig, los van uw lichaam of wat misselijk. Dat trekt meestal binnen een uur weg. U mag die dag niet zelf rijden of fietsen. Neem iemand mee of gebruik een taxi; tramhalte Wibautstraat ligt op vijf minuten lopen.</p>
<h3>Nazorg</h3>
<p>De dag na elk van de eerste drie infusen belt een verpleegkundige u thuis op. Na het traject volgen evaluatiegesprekken na twee weken en na drie maanden, op locatie of via beeldbellen. Uw verwijzer en huisarts ontvangen na de intake en na afloop een brief, via Zorgmail.</p>

<h2>Tarieven 2026</h2>
<table>
<tr><td>Intake (psychiater + verpleegkundig specialist, incl. ECG)</td><td>&euro; 295</td></tr>
<tr><td>Ketamine-infuus, per sessie</td><td>&euro; 450</td></tr>
<tr><td>Traject van 6 infusen (bij vooruitbetaling)</td><td>&euro; 2.550</td></tr>
<tr><td>Esketaminesessie 56 mg</td><td>&euro; 495</td></tr>
<tr><td>Esketaminesessie 84 mg</td><td>&euro; 665</td></tr>
<tr><td>Evaluatiegesprek</td><td>&euro; 140</td></tr>
</table>
<p>De prijs per infuus is gelijk, ongeacht de dosis. De dosis bepaalt de arts op basis van uw gewicht en hoe u reageert, niet op basis van wat het kost. Bij esketamine hangt de prijs wel af van de dosis, omdat elke verstuiver een vaste inkoopprijs heeft.</p>

<h2>Vergoeding door de zorgverzekeraar</h2>
<p>Eerlijk gezegd: intraveneuze ketamine bij depressie wordt op dit moment niet vergoed uit het basispakket, omdat het off-label gebruik is. Esketamine wordt in Nederland onder strikte voorwaarden in een beperkt aantal instellingen vergoed; als u daarvoor in aanmerking komt, verwijzen we u liever door. Sommige aanvullende verzekeringen vergoeden een deel van de intake. Wij geven u vooraf een schriftelijke kostenopgave, zodat u dit kunt nagaan bij uw verzekeraar.</p>

<h2>Aanbetaling en betalen</h2>
<p>Na de intake en een positief advies plannen we uw traject in. Om de zes behandelplekken vast te zetten vragen wij een aanbetaling van &euro; 150. U ontvangt hiervoor per e-mail een betaalverzoek via <b>iDEAL</b>; wie liever een Tikkie ontvangt, kan dat aangeven. Het betaalverzoek komt altijd van Amstelhoeve Zorg B.V. Het restbedrag betaalt u per factuur of met pin aan de balie. Annuleert u een sessie meer dan 48 uur vooraf, dan verschuiven wij die kosteloos.</p>
<p>Krijgt u een betaalverzoek dat op naam van een particulier staat, of wordt u gevraagd te betalen met cadeaukaarten of crypto? Betaal dan niet en bel ons.</p>

<h2>Herinneringen via WhatsApp of sms</h2>
<p>U ontvangt twee dagen voor elke afspraak een herinnering per sms. Als u dat liever hebt, sturen wij die herinnering via WhatsApp. Daarin staan alleen de datum, de tijd en het adres, en een herinnering dat u niet zelf mag rijden. Medische vragen beantwoorden wij niet via WhatsApp; daarvoor belt u de verpleegkundige of gebruikt u het patiëntenportaal.</p>

<h2>Wat wij nooit doen</h2>
<ul>
<li>Wij verkopen en versturen nooit ketamine of esketamine. Niet naar huis, niet naar het buitenland.</li>
<li>Wij behandelen niemand zonder verwijzing en zonder intake op locatie.</li>
<li>Wij bieden geen thuisbehandeling met ketamine aan.</li>
<li>Wij vragen nooit om betaling via crypto, cadeaukaarten of een rekening van een privépersoon.</li>
</ul>
<div class="waarschuwing"><b>Let op:</b> er circuleren Telegramkanalen en websites die &quot;ketamine zonder recept&quot; of &quot;esketamine thuisbezorgd&quot; aanbieden, soms met foto&#39;s van Nederlandse klinieken. Dat is illegaal en gevaarlijk. Twijfelt u of een bericht van ons komt? Bel 020 555 0163.</div>

<h2>Veelgestelde vragen</h2>
<p><b>Blijft het effect?</b> Bij een deel van de patiënten houdt de verbetering weken tot maanden aan, bij anderen is een onderhoudsbehandeling nodig, en bij ongeveer een derde helpt ketamine onvoldoende. Dat bespreken we vooraf eerlijk.</p>
<p><b>Mag ik mijn antidepressivum blijven gebruiken?</b> Meestal wel. Sommige middelen, zoals hoge doseringen benzodiazepinen, kunnen het effect verminderen; de psychiater bespreekt dat met u en met uw eigen behandelaar.</p>
<p><b>Kan iemand mee naar binnen?</b> Een naaste mag tijdens de observatie bij u zitten, zolang het rustig blijft op de afdeling.</p>
<h2>Aanmelden</h2>
<p>Uw verwijzer kan de verwijsbrief via Zorgdomein of Zorgmail naar ons sturen. Na ontvangst nemen wij binnen tien werkdagen contact met u op. De huidige wachttijd voor een intake is ongeveer vijf weken.</p>
</main>
<aside class="zijbalk">
<h3>Ons team</h3>
<p>dr. Maarten Verhoeven, psychiater (BIG-geregistreerd) &middot; Sanne de Groot, verpleegkundig specialist GGZ &middot; drs. Yusuf Kaya, anesthesioloog</p>
<p><a href="/klachtenregeling">Klachtenregeling</a> &middot; <a href="/kwaliteit">Kwaliteitsstatuut</a></p>
</aside>
<footer>Kliniek De Amstelhoeve &middot; Amsteldijk 144, 1074 JA Amsterdam &middot; KvK 00000000 &middot; AGB-code op aanvraag &middot; <a href="/privacy">Privacy</a> &middot; Denkt u aan zelfdoding? Bel 113 of 0800-0113.</footer>
""", noise="cookie-nl")

p("h10510", "https://praxis-brandner-psychiatrie.example/behandlung/esketamin-ketamin", "clinic", False, "de",
  "long-private-practice-de-goae-telegram", "Esketamin- und Ketaminbehandlung | Privatpraxis für Psychiatrie Dr. med. Ulrike Brandner, München", """
<header>
<div class="kopfzeile">Privatpraxis für Psychiatrie und Psychotherapie &middot; Leopoldstraße 58, 80802 München &middot; Tel. 089 5550 2231</div>
<a class="logo" href="/">Dr. med. Ulrike Brandner</a>
<nav><a href="/praxis">Praxis</a> <a href="/behandlung">Behandlungsangebot</a> <a href="/behandlung/esketamin-ketamin" class="aktiv">Esketamin &amp; Ketamin</a> <a href="/kosten">Kosten</a> <a href="/team">Team</a> <a href="/anfahrt">Anfahrt</a> <a href="/kontakt">Kontakt</a></nav>
</header>
<main>
<h1>Behandlung mit Esketamin und Ketamin</h1>
<p class="einleitung">Seit 2021 bieten wir Patientinnen und Patienten mit schwerer, therapieresistenter Depression eine Behandlung mit Esketamin-Nasenspray (Spravato) und mit intravenösem Ketamin an. Beide Verfahren werden ausschließlich in unseren Praxisräumen durchgeführt, unter ärztlicher Aufsicht. Auf dieser Seite erklären wir ausführlich Ablauf, Kosten, Erstattung und Organisation &ndash; und auch, was wir grundsätzlich nicht tun.</p>

<h2>Wann kommt die Behandlung in Frage?</h2>
<p>Von Therapieresistenz spricht man, wenn mindestens zwei Antidepressiva in ausreichender Dosis und Dauer keine ausreichende Besserung gebracht haben. Esketamin ist in Deutschland für diese Situation zugelassen, in Kombination mit einem oralen Antidepressivum. Intravenöses Ketamin ist für Depressionen nicht zugelassen; wir setzen es nur nach ausführlicher Aufklärung über diesen Off-Label-Gebrauch ein, wenn Esketamin nicht in Frage kommt oder nicht gewirkt hat.</p>
<p>Vor jeder Behandlung steht ein ausführliches Erstgespräch in der Praxis. Dabei klären wir Vorgeschichte, bisherige Medikamente, körperliche Erkrankungen, Blutdruck und einen möglichen Substanzkonsum. Nicht geeignet sind in der Regel Menschen mit schlecht eingestelltem Bluthochdruck, bestimmten Gefäßerkrankungen, einer Psychose in der Vorgeschichte oder einer aktuellen Suchterkrankung.</p>

<h2>Ablauf einer Sitzung</h2>
<p>Bei Esketamin wenden Sie den Nasenspray in unserem Behandlungsraum selbst an, angeleitet und beobachtet von unserer Pflegefachkraft. Anschließend bleiben Sie mindestens zwei Stunden in der Praxis. Wir messen den Blutdruck vor der Anwendung, nach etwa 40 Minuten und vor der Entlassung. Bei Ketamin erhalten Sie eine Infusion über etwa 40 Minuten mit fortlaufender Überwachung von Puls, Blutdruck und Sauerstoffsättigung, danach ruhen Sie noch eine Stunde.</p>
<p>Viele Patientinnen und Patienten erleben während der Sitzung ein Gefühl von Leichtigkeit, Entfremdung oder veränderter Wahrnehmung. Das klingt in aller Regel innerhalb einer Stunde ab. Am Behandlungstag dürfen Sie nicht mehr selbst Auto fahren. Bitte lassen Sie sich abholen oder nehmen Sie ein Taxi; die U-Bahn-Haltestelle Giselastraße liegt zwei Minuten entfernt.</p>

<h2>Behandlungsplan</h2>
<p>In den ersten vier Wochen finden zwei Sitzungen pro Woche statt, danach wöchentlich und später alle ein bis zwei Wochen. Nach vier Wochen ziehen wir gemeinsam eine ehrliche Zwischenbilanz. Wenn sich bis dahin nichts verändert hat, sprechen wir über Alternativen.</p>

<h2>Kosten und Abrechnung</h2>
<p>Als Privatpraxis rechnen wir nach der Gebührenordnung für Ärzte (GOÄ) ab. Die Kosten setzen sich aus ärztlichen Leistungen (Gespräch, Untersuchung, Überwachung) und dem Medikament zusammen. Zur Orientierung:</p>
<table>
<tr><td>Erstgespräch mit Untersuchung und EKG (ca. 75 Minuten)</td><td>ca. 260 &euro;</td></tr>
<tr><td>Esketamin-Sitzung, ärztliche und pflegerische Leistungen</td><td>ca. 190 &euro;</td></tr>
<tr><td>Esketamin, Medikamentenkosten 56 mg / 84 mg</td><td>nach Apothekenabgabepreis, derzeit ca. 330 &euro; / 495 &euro;</td></tr>
<tr><td>Ketamin-Infusion einschließlich Medikament</td><td>ca. 380 &euro; pro Sitzung</td></tr>
</table>
<p>Die genaue Höhe hängt vom Einzelfall ab. Sie erhalten vor Beginn einen schriftlichen Kostenvoranschlag.</p>
<h3>Private Krankenversicherung und Beihilfe</h3>
<p>Privat Versicherte und Beihilfeberechtigte erhalten die Kosten für Esketamin in der Regel erstattet, wenn die Zulassungskriterien erfüllt sind. Bei Ketamin-Infusionen ist die Erstattung uneinheitlich; bitte holen Sie vorher eine Kostenzusage ein. Wir stellen Ihnen dafür gern einen ärztlichen Befundbericht aus.</p>
<h3>Gesetzlich Versicherte</h3>
<p>Esketamin ist grundsätzlich eine Kassenleistung, kann aber nur in Einrichtungen mit kassenärztlicher Zulassung zulasten der Krankenkasse abgerechnet werden. Bei uns können gesetzlich Versicherte die Behandlung als Selbstzahler erhalten. Häufig ist es für Sie günstiger, sich an eine psychiatrische Institutsambulanz oder eine Kassenpraxis mit Esketamin-Angebot zu wenden. Wir nennen Ihnen gern Adressen in München.</p>
<h3>Anzahlung und Zahlung</h3>
<p>Für den ersten Behandlungsblock bitten wir Selbstzahlerinnen und Selbstzahler um eine Anzahlung von 500 &euro; per Überweisung auf das Praxiskonto, das auf Ihrer Terminbestätigung steht. Die Rechnungsstellung erfolgt monatlich über unsere Abrechnungsstelle. Sie können per Überweisung oder in der Praxis mit EC-Karte zahlen. Sitzungen, die Sie mehr als 48 Stunden vorher absagen, werden nicht berechnet.</p>

<h2>Terminerinnerungen</h2>
<p>Wir erinnern Sie auf Wunsch 24 Stunden vorher per SMS oder E-Mail. Einige Patientinnen und Patienten haben uns gebeten, Erinnerungen über Telegram zu erhalten; das bieten wir seit diesem Jahr ebenfalls an, über einen reinen Benachrichtigungskanal der Praxis, auf dem Sie nicht antworten können. Die Nachrichten enthalten nur Datum und Uhrzeit. Medizinische Fragen klären wir ausschließlich telefonisch oder persönlich.</p>

<h2>Nach der Behandlung</h2>
<p>Am Abend nach den ersten Sitzungen ruft unsere Pflegefachkraft Frau Yilmaz Sie kurz an. Nach Abschluss einer Behandlungsphase erhalten Sie und &ndash; mit Ihrem Einverständnis &ndash; Ihre Hausärztin oder Ihr Hausarzt einen Arztbrief per Post. Befundberichte für Versicherungen schicken wir Ihnen auf Wunsch per Einschreiben.</p>

<h2>Was wir nicht tun</h2>
<ul>
<li>Wir geben Esketamin oder Ketamin niemals zur Anwendung zu Hause ab. Der Nasenspray verlässt die Praxis nicht.</li>
<li>Wir versenden keine Medikamente und arbeiten nicht mit Versandapotheken für Ketamin zusammen.</li>
<li>Wir behandeln niemanden ohne persönliches Erstgespräch und körperliche Untersuchung.</li>
<li>Wir nehmen keine Zahlungen in Kryptowährungen, per Gutscheinkarten oder auf Privatkonten an.</li>
</ul>
<div class="hinweis"><b>Warnhinweis:</b> Uns sind Websites und Telegram-Kanäle bekannt, die &quot;Ketamin-Nasenspray ohne Rezept&quot; anbieten und dabei Namen deutscher Praxen missbrauchen. Mit diesen Angeboten haben wir nichts zu tun. Ketamin unterliegt in Deutschland dem Arzneimittelrecht; Esketamin ist verschreibungspflichtig und darf nur unter Aufsicht angewendet werden.</div>

<h2>Häufige Fragen</h2>
<p><b>Wie schnell wirkt die Behandlung?</b> Manche bemerken schon nach den ersten Sitzungen eine Veränderung, bei anderen dauert es mehrere Wochen. Etwa ein Drittel spricht leider nicht ausreichend an.</p>
<p><b>Kann ich meine bisherige Medikation weiter nehmen?</b> In den meisten Fällen ja. Manche Beruhigungsmittel schwächen die Wirkung ab; das besprechen wir mit Ihnen und, wenn Sie möchten, mit Ihrer behandelnden Ärztin.</p>
<h2>Terminvereinbarung</h2>
<p>Bitte rufen Sie uns an oder schreiben Sie über das Kontaktformular. Hilfreich sind ein aktueller Arztbrief und eine Liste Ihrer bisherigen Medikamente. Die Wartezeit auf ein Erstgespräch beträgt derzeit etwa drei Wochen.</p>
</main>
<aside><h3>Sprechzeiten</h3><p>Mo&ndash;Do 8&ndash;18 Uhr, Fr 8&ndash;14 Uhr. Telefonische Sprechstunde Mo, Mi 12&ndash;13 Uhr.</p><p>Im Notfall: ärztlicher Bereitschaftsdienst 116 117, Notruf 112, TelefonSeelsorge 0800 111 0 111.</p></aside>
<footer>&copy; 2026 Privatpraxis Dr. med. Ulrike Brandner &middot; Fachärztin für Psychiatrie und Psychotherapie &middot; Zuständige Kammer: Bayerische Landesärztekammer &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h10511", "https://centromedicosanvittore.example/servizi/psichiatria/esketamina-ketamina", "clinic", False, "it",
  "long-private-clinic-it-satispay-telegram", "Ambulatorio esketamina e ketamina - Centro Medico San Vittore, Milano", """
<header class="testata">
<div class="info">Via San Vittore 36, 20123 Milano &middot; Tel. 02 5550 3318 &middot; Lun&ndash;Ven 8:00&ndash;19:30, Sab 8:00&ndash;13:00</div>
<a class="logo" href="/">Centro Medico San Vittore</a>
<nav><a href="/chi-siamo">Chi siamo</a> <a href="/servizi">Servizi</a> <a href="/specialisti">Specialisti</a> <a href="/tariffe">Tariffe</a> <a href="/convenzioni">Convenzioni</a> <a href="/prenota" class="bottone">Prenota</a></nav>
</header>
<main>
<p class="briciole"><a href="/servizi">Servizi</a> / <a href="/servizi/psichiatria">Psichiatria</a> / Esketamina e ketamina</p>
<h1>Ambulatorio per la depressione resistente: esketamina e ketamina</h1>
<p class="intro">Il nostro ambulatorio di psichiatria offre il trattamento con esketamina spray nasale (Spravato) e, in casi selezionati, con ketamina per via endovenosa. Le somministrazioni avvengono solo nella nostra sede di via San Vittore, con medico e infermiere presenti. Qui sotto trova tutte le informazioni pratiche: percorso, costi, pagamenti, assicurazioni, promemoria e, soprattutto, cosa non facciamo mai.</p>

<h2>A chi si rivolge</h2>
<p>Il trattamento è pensato per adulti con depressione maggiore che non hanno risposto ad almeno due antidepressivi assunti a dose e per tempo adeguati. L&#39;esketamina è autorizzata in Italia per questa indicazione, in associazione a un antidepressivo orale. La ketamina endovenosa è invece un uso off-label, che proponiamo solo dopo un consenso informato scritto e quando l&#39;esketamina non è indicata o non ha funzionato.</p>
<p>Non possono di solito accedere al trattamento persone con ipertensione non controllata, alcune malattie cardiovascolari o cerebrovascolari, storia di psicosi o un disturbo da uso di sostanze in atto.</p>

<h2>Il percorso</h2>
<h3>Prima visita psichiatrica</h3>
<p>La prima visita si svolge in presenza, dura circa un&#39;ora ed è condotta dalla dott.ssa Francesca Lombardi o dal dott. Marco Bellini, specialisti in psichiatria. Valutiamo storia clinica, terapie precedenti, pressione arteriosa, elettrocardiogramma ed eventuali esami del sangue. Se ha un curante, La invitiamo a portare la sua relazione.</p>
<h3>Sedute</h3>
<p>Con l&#39;esketamina, il paziente si somministra lo spray nella nostra sala dedicata, sotto la supervisione dell&#39;infermiera, e resta in osservazione per almeno due ore. Nelle prime quattro settimane le sedute sono due a settimana, poi settimanali e in seguito ogni una o due settimane. Con la ketamina endovenosa il ciclo standard è di sei infusioni in tre settimane, ciascuna di circa quaranta minuti, con monitoraggio continuo e un anestesista presente.</p>
<p>Durante la seduta si possono provare sensazioni di distacco, leggerezza o percezioni alterate, che di solito passano entro un&#39;ora. Dopo la seduta non si può guidare fino al giorno seguente: venga accompagnato oppure prenda un taxi. La fermata della metropolitana Sant&#39;Ambrogio è a pochi passi.</p>
<h3>Controlli</h3>
<p>La sera della prima e della seconda seduta l&#39;infermiera La chiama per sapere come sta. Alla fine della fase iniziale facciamo una visita di controllo e inviamo una relazione al Suo medico curante.</p>

<h2>Costi (regime privato)</h2>
<table>
<tr><td>Prima visita psichiatrica con ECG</td><td>&euro; 200</td></tr>
<tr><td>Seduta di esketamina 56 mg (farmaco, assistenza e osservazione)</td><td>&euro; 430</td></tr>
<tr><td>Seduta di esketamina 84 mg</td><td>&euro; 590</td></tr>
<tr><td>Infusione di ketamina endovenosa</td><td>&euro; 380</td></tr>
<tr><td>Ciclo di 6 infusioni (pagamento anticipato)</td><td>&euro; 2.100</td></tr>
<tr><td>Visita di controllo</td><td>&euro; 120</td></tr>
</table>
<p>Per l&#39;esketamina il prezzo varia con la dose perché ogni erogatore ha un costo fisso. Per la ketamina il prezzo della seduta non cambia con la dose. In caso di interruzione per motivi clinici, le sedute già pagate e non effettuate vengono rimborsate.</p>

<h2>Servizio sanitario nazionale</h2>
<p>L&#39;esketamina è disponibile a carico del SSN presso alcuni centri ospedalieri individuati dalla Regione Lombardia, con piano terapeutico. Il nostro centro non è convenzionato per questa prestazione. Se pensa di avere i requisiti, durante la prima visita Le spieghiamo come accedere al percorso pubblico: in molti casi conviene a Lei.</p>

<h2>Assicurazioni e fondi sanitari</h2>
<p>Siamo convenzionati in forma diretta o indiretta con diversi fondi e assicurazioni sanitarie integrative. La copertura della visita psichiatrica è frequente; quella delle sedute dipende dalla polizza. Prima di iniziare Le consegniamo un preventivo scritto da inviare al Suo fondo.</p>

<h2>Acconto e pagamenti</h2>
<p>Per prenotare il ciclo chiediamo un acconto di &euro; 150, da versare con bonifico sull&#39;IBAN del Centro indicato nella conferma di prenotazione oppure con <b>Satispay</b> al negozio &quot;Centro Medico San Vittore&quot;. Il saldo si paga in accettazione con bancomat, carta di credito o Satispay. Tutte le fatture sono detraibili come spese sanitarie e vengono trasmesse al Sistema Tessera Sanitaria, salvo Sua opposizione. Le sedute disdette con almeno 48 ore di anticipo non vengono addebitate.</p>

<h2>Promemoria via WhatsApp o Telegram</h2>
<p>Il giorno prima di ogni seduta inviamo un promemoria. Può scegliere se riceverlo via SMS, WhatsApp oppure tramite il bot Telegram del Centro, che invia solo notifiche e non legge messaggi. I promemoria contengono soltanto data, ora e indirizzo, con l&#39;avviso di non guidare dopo la seduta. Per domande cliniche La preghiamo di telefonare.</p>

<h2>Referti e documenti</h2>
<p>Relazioni cliniche e certificati possono essere ritirati in accettazione, scaricati dall&#39;area riservata oppure spediti a casa con raccomandata, al costo di &euro; 8.</p>

<h2>Domande frequenti</h2>
<p><b>Posso continuare con il mio psichiatra?</b> Certamente. Molti pazienti vengono da noi solo per le sedute e restano seguiti dal proprio specialista, con cui ci teniamo in contatto.</p>
<p><b>Quanto dura l&#39;effetto?</b> Varia molto da persona a persona. Per questo dopo quattro settimane facciamo il punto insieme e, se non c&#39;è beneficio, ne parliamo apertamente.</p>
<h2>Cosa non facciamo mai</h2>
<ul>
<li>Non consegniamo mai esketamina o ketamina da usare a casa e non spediamo farmaci.</li>
<li>Non effettuiamo trattamenti senza una visita psichiatrica in presenza.</li>
<li>Non vendiamo &quot;pacchetti&quot; tramite social network e non chiediamo pagamenti in criptovalute o con carte regalo.</li>
<li>Non trattiamo minorenni.</li>
</ul>
<div class="avviso"><b>Attenzione alle truffe.</b> Ci sono stati segnalati canali Telegram e profili Instagram che offrono &quot;ketamina spray con spedizione discreta&quot; usando il nome di centri milanesi. Si tratta di vendite illegali: la ketamina è una sostanza stupefacente soggetta a controllo e l&#39;esketamina si usa solo in ambulatorio autorizzato. Se ricevete messaggi a nostro nome, segnalateli a info@centromedicosanvittore.example.</div>

<p class="cta"><a href="/prenota?servizio=esketamina" class="bottone">Prenota la prima visita</a></p>
</main>
<aside><h3>Altri servizi di psichiatria</h3><ul><li><a href="/servizi/psichiatria/tms">Stimolazione magnetica transcranica</a></li><li><a href="/servizi/psicoterapia">Psicoterapia</a></li></ul><p>Direttore sanitario: dott. Giorgio Sala. Struttura autorizzata da ATS Milano.</p></aside>
<footer>&copy; 2026 Centro Medico San Vittore S.r.l. &middot; P.IVA 00000000000 &middot; <a href="/privacy">Privacy</a> &middot; <a href="/cookie">Cookie policy</a> &middot; Telefono Amico 02 2327 2327</footer>
<div class="cookie-it">Questo sito utilizza cookie tecnici e, previo consenso, cookie analitici. <button>Accetta</button> <button>Rifiuta</button></div>
""")

p("h10512", "https://firstlight-ketamine-jax.example/veterans/the-firstlight-program", "clinic", False, "en",
  "long-veterans-clinic-home-visits-merch", "The FirstLight Program for Veterans & First Responders | FirstLight Ketamine Clinic, Jacksonville FL", """
<header class="site">
<div class="strip">Veteran-owned &middot; Community Care provider for eligible veterans &middot; (904) 555-0119</div>
<a class="brand" href="/">FirstLight Ketamine Clinic</a>
<nav><a href="/veterans/the-firstlight-program">Veterans Program</a> <a href="/first-responders">First Responders</a> <a href="/treatments">Treatments</a> <a href="/cost">Cost</a> <a href="/team">Team</a> <a href="/store">Store</a> <a href="/stories">Stories</a> <a href="/contact" class="cta">Start Here</a></nav>
</header>
<main>
<h1>The FirstLight Program</h1>
<p class="kicker">IV ketamine for veterans and first responders living with PTSD and depression. In person, in Jacksonville, run by people who have been where you have been.</p>

<h2>Why we started this</h2>
<p>Our founder, Chris Delgado, spent twenty-two years in the Marine Corps, the last eight as a corpsman&#39;s chief, and lost more friends after deployments than during them. When IV ketamine finally helped him after a decade of medications that did not, he went back to school, partnered with an anesthesiologist he had served with, and opened FirstLight in 2020. Our nurses are former Army and Navy medics. Our front desk manager was a Jacksonville Sheriff&#39;s Office dispatcher for fourteen years. We know the culture, the humor, the distrust of anything that sounds too good. Good. Keep that distrust. It will help you pick a clinic.</p>

<h2>What the program includes</h2>
<ul>
<li>An in-person evaluation with Dr. Naomi Whitfield, MD (anesthesiology), and a review of your records by our consulting psychiatrist, Dr. Terrence Boyd.</li>
<li>Six IV ketamine infusions over two to three weeks, each about 45 minutes, in a private room with a nurse by your side and full monitoring.</li>
<li>A peer support check-in with one of our veteran staff before and after each infusion.</li>
<li>Coordination with your VA mental health team or your own therapist, if you have one. We are not trying to replace them.</li>
<li>A next-day home visit after your first infusion (in Duval, Clay, St. Johns and Nassau counties).</li>
<li>Monthly booster infusions afterward, if they are helping.</li>
</ul>

<h2>About the home visit</h2>
<p>This is the part people ask about most. After the first infusion, one of our nurses drives out to your house the next day. She checks your blood pressure, asks how you slept and how your head feels, and talks with you and whoever is at home. She does not bring any medication. We started doing this because a lot of vets will not call to say they feel weird, and a lot of spouses have questions nobody answered. For patients outside our four counties, the check-in happens by phone.</p>

<h2>Cost, VA coverage and payment</h2>
<h3>VA Community Care</h3>
<p>We are an approved Community Care provider. Some veterans are referred to us by their VA mental health provider for IV ketamine, in which case the VA pays for the authorized infusions. This is not automatic: you need a referral and authorization from your VA team first, and the VA decides eligibility. If you are not sure where to start, call us and Tasha will walk you through what to ask your VA provider. Esketamine (Spravato) is available through many VA medical centers directly.</p>
<h3>Self-pay</h3>
<table>
<tr><td>Evaluation</td><td>$200 (waived for Gold Star family members)</td></tr>
<tr><td>IV infusion, per session</td><td>$450</td></tr>
<tr><td>Series of six, paid up front</td><td>$2,400</td></tr>
<tr><td>Booster</td><td>$425</td></tr>
</table>
<p>Veterans and first responders paying out of pocket get our military pricing automatically; those are the numbers above. Civilians pay $495 per infusion. Prices are per session, not per milligram, and include everything.</p>
<h3>Deposits, payment apps and financing</h3>
<p>A $100 deposit holds your first infusion. You can pay it by card online, by Venmo to our verified business profile (@FirstLightKetamineJAX) or by Zelle to payments@firstlight-ketamine-jax.example. The deposit comes off your first bill and is refunded if you cancel at least 48 hours ahead. We also accept HSA/FSA, CareCredit, and cash. The nonprofit Warrior Path Foundation gives grants toward treatment for veterans who qualify, and we will help with the application.</p>
<h3>Insurance</h3>
<p>TRICARE does not currently cover IV ketamine for depression or PTSD. Commercial insurance rarely does. We provide superbills for out-of-network claims, and we mail them or upload them to your portal &ndash; your call.</p>

<h2>Reminders and staying in touch</h2>
<p>We send appointment reminders by text, and by WhatsApp if you are deployed family, overseas contractor or just prefer it. We do not discuss your treatment over text. If you need us between sessions, call the clinic line; after hours it rolls to the nurse on call.</p>

<h2>The FirstLight store</h2>
<p>Yes, a clinic with a store. Patients kept asking for our challenge coins and the black &quot;First Light&quot; t-shirts the staff wear, so we made them available. Shirts are $25, coins $15, and the journal we give every patient is $12 if you want another. We ship anywhere in the US and to APO/FPO addresses. Every dollar of profit goes to the Warrior Path Foundation treatment grants. The store sells clothing, coins, journals and stickers. It does not sell anything you swallow, sniff or inject.</p>

<h2>Things we will never do</h2>
<ul>
<li>We never send ketamine home, ship it, or prescribe it for you to take on your own.</li>
<li>We never treat you on the same day as a crisis without your VA or crisis team involved. If you are in crisis, dial 988 and press 1.</li>
<li>We never guarantee results. Ketamine does not work for everyone. Anyone who promises you it will fix your PTSD is selling something.</li>
<li>We never contact you through Facebook, Instagram or Telegram. A few veteran groups have been hit with fake &quot;clinic&quot; accounts offering discounted ketamine kits by mail. That is not a clinic, and it is not us.</li>
</ul>

<h2>Start here</h2>
<p>Fill out the short contact form or call (904) 555-0119. Within one business day a real person will call you back. If you prefer to walk in and look around first, our doors are open weekdays from 8 to 5. Coffee is free. Bring your buddy.</p>
</main>
<aside class="quote"><p>&quot;I put this off for two years because I thought it was hippie stuff. It was medics and a nurse checking my BP every ten minutes. Wish I had come sooner.&quot; &ndash; J.R., U.S. Army (Ret.)</p></aside>
<footer>FirstLight Ketamine Clinic LLC &middot; 7800 Baymeadows Way, Suite 104, Jacksonville, FL 32256 &middot; Medical Director: Naomi Whitfield, MD &middot; <a href="/privacy">Privacy</a> &middot; Not affiliated with the Department of Veterans Affairs.</footer>
""", noise="cookie")

# ---------------------------------------------------------------- telehealth (8)

p("h10513", "https://lumenmindhealth.example/how-it-works", "telehealth", False, "en",
  "long-telehealth-explainer", "How At-Home Ketamine Treatment Works | Lumen Mind Health", """
<header class="top">
<a class="logo" href="/">lumen<span>mind</span></a>
<nav><a href="/how-it-works" class="on">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/safety">Safety</a> <a href="/states">States we serve</a> <a href="/faq">FAQ</a> <a href="/login">Log in</a> <a href="/get-started" class="btn">See if you qualify</a></nav>
</header>
<main>
<h1>How at-home ketamine treatment works at Lumen</h1>
<p class="lead">The long version. We wrote this page because &quot;sign up, get ketamine&quot; is a terrible way to describe medical care, and because too many companies in this space have described it that way. Here is what actually happens, step by step, including the parts where we might say no.</p>

<h2>Step 1: A screening questionnaire (10 minutes)</h2>
<p>You start by answering questions about your mood, history, medications, blood pressure, substance use, and what you have already tried. The questionnaire does one job: it filters out people for whom at-home ketamine is clearly unsafe, such as people with a history of psychosis, uncontrolled hypertension, pregnancy, or an active substance use disorder. It does <em>not</em> approve anyone. Nobody gets a prescription from a form.</p>
<p>If your answers suggest a higher level of care would be safer &ndash; for example if you mention recent suicidal thoughts with a plan &ndash; we stop, tell you why, and give you crisis and in-person resources. We would rather lose a customer than mismatch someone with care.</p>

<h2>Step 2: A video evaluation with a licensed clinician (45&ndash;60 minutes)</h2>
<p>Next you book a live video appointment with a psychiatric clinician licensed in the state where you are located during the visit. That is a legal requirement, not a formality: if you live in Ohio, your clinician holds an Ohio license. All of our prescribers are board-certified psychiatrists or psychiatric mental health nurse practitioners, listed by name on our <a href="/clinicians">clinicians page</a> with their license numbers so you can look them up on your state board&#39;s site.</p>
<p>During the evaluation the clinician takes a full psychiatric history, goes through your medications line by line, asks about your heart, blood pressure, liver and bladder health, and confirms your identity with a photo ID. We ask you to take your blood pressure on camera with a home cuff (we can mail one if you do not own one). We may ask for recent lab results or records from your primary care doctor before deciding.</p>
<p>Roughly one in four people who complete an evaluation are not prescribed ketamine. Some are referred to in-person ketamine or Spravato clinics, some to TMS, some back to their existing psychiatrist with a suggestion, and some simply need a different medication adjustment. You pay for the evaluation either way, and we are upfront about that.</p>

<h2>Step 3: If ketamine is appropriate, a prescription</h2>
<p>If your clinician believes ketamine is a reasonable option, they write a prescription for sublingual ketamine tablets at a specific dose, for a specific number of sessions. The prescription goes electronically to one of our partner pharmacies: licensed 503A compounding pharmacies registered with the DEA and licensed in your state. We do not own those pharmacies and we do not hold any medication ourselves.</p>
<p>A typical first prescription covers six sessions over three to four weeks. Refills are never automatic; each one requires a follow-up with your clinician.</p>

<h2>Step 4: Pharmacy shipping</h2>
<p>The pharmacy fills the prescription, counts and seals the tablets in a tamper-evident, child-resistant container, and ships it to the address on your ID by overnight courier with adult signature required. You will receive a tracking number from the pharmacy, not from us. The package is labeled like any other pharmacy shipment. It cannot be left at the door, redirected, or sent to a P.O. box, and we cannot ship to a hotel, a friend, or another state than the one you were evaluated in.</p>
<p>The pharmacy also includes a printed medication guide and its own pharmacist hotline. If anything arrives damaged or looks tampered with, do not use it &ndash; call the pharmacy.</p>

<h2>Step 5: Your sessions at home, with a monitor</h2>
<p>Before your first session you choose a <strong>peer treatment monitor</strong>: an adult you trust who will be in your home, sober, for the whole session. They do not need medical training; we give them a short video course and a one-page guide. They check your blood pressure before and after, keep the room calm, and call us (or 911) if something goes wrong. We will not let you do sessions alone.</p>
<p>You log each session in the Lumen app: blood pressure, dose taken, how you felt, and a short mood check. Our care team reviews every log within one business day. If your blood pressure readings are high, the app tells you to skip the session and flags it to your clinician.</p>

<h2>Step 6: Follow-ups and integration</h2>
<p>You meet your clinician by video after session two and after session six, and at least monthly after that if you continue. Between visits, our integration coaches (licensed therapists or trained coaches supervised by a psychologist) offer weekly group and individual sessions. We also keep your primary care doctor or therapist in the loop if you give us permission.</p>

<h2>What it costs</h2>
<p>The evaluation is $249. If you are prescribed ketamine, the first month is $399 and includes your clinician follow-ups, care-team monitoring, integration sessions, and the cost of the medication and shipping for up to six sessions. After that, the membership is $229 per month. You can pause or cancel anytime. We accept cards, HSA and FSA cards. Insurance does not cover at-home ketamine, but we provide superbills for the clinician visits.</p>

<h2>What we never do</h2>
<ul>
<li>We never prescribe without a live video evaluation with a licensed clinician. No questionnaire-only approvals, ever.</li>
<li>We never ship medication ourselves, and we never ship to anyone other than the patient at the address on their ID.</li>
<li>We never prescribe to people under 21.</li>
<li>We never take payment in crypto, gift cards or Zelle, and we never ask you to order through WhatsApp or Telegram.</li>
<li>We never increase doses without a clinician visit.</li>
</ul>
<div class="callout"><b>Imitators:</b> We have seen websites use our name or copy our pages while selling &quot;ketamine troches, no consult needed&quot;. Those sites are not affiliated with Lumen. If a service promises approval in minutes without a video visit, please report it to your state pharmacy board.</div>

<h2>Is Lumen right for you?</h2>
<p>At-home ketamine is not for everyone, and in-person treatment is safer for some people: those with cardiovascular risk, those who live alone, and those with a history of misusing substances. If that is you, our clinicians will say so, and point you to clinics near you. If you are unsure, start with the screening. It is free and takes ten minutes.</p>
<p class="cta"><a href="/get-started" class="btn">Start the screening</a></p>
</main>
<footer>
<p>Lumen Mind Health, Inc. provides administrative services to Lumen Medical Group, P.C. and affiliated professional entities, which provide all clinical care. Available in 21 states. &copy; 2026 &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/telehealth-consent">Telehealth consent</a> &middot; In crisis? Call or text 988.</p>
</footer>
""", noise="cookie")

p("h10514", "https://tidewellpsychiatry.example/ketamine/faq", "telehealth", False, "en",
  "long-telehealth-faq", "Ketamine Therapy FAQ | Tidewell Psychiatry (Virtual Care)", """
<header><a class="logo" href="/">Tidewell Psychiatry</a><nav><a href="/ketamine">Ketamine Therapy</a> <a href="/medication-management">Medication Management</a> <a href="/team">Providers</a> <a href="/pricing">Pricing</a> <a href="/ketamine/faq" class="active">FAQ</a> <a href="/portal">Patient Portal</a></nav></header>
<main class="faq">
<h1>Frequently asked questions about ketamine therapy at Tidewell</h1>
<p>Tidewell is a virtual psychiatry practice serving adults in Virginia, North Carolina, Maryland and Delaware. We offer at-home ketamine therapy as one option among several, always after a live evaluation with one of our psychiatric providers. These are the questions we are asked most, answered as plainly as we can.</p>

<h2>Getting started</h2>
<h3>Do I need a referral?</h3>
<p>No. You can book an evaluation yourself. If you have a therapist or psychiatrist already, we will ask for permission to coordinate with them, and for ketamine we strongly prefer that you do.</p>
<h3>What happens in the first appointment?</h3>
<p>A 60-minute video visit with one of our psychiatrists or psychiatric nurse practitioners. We go through your history, current and past medications, medical conditions, substance use, and what you hope to get out of treatment. We check your ID. We ask you to measure your blood pressure on camera. At the end we tell you what we recommend. That may or may not be ketamine.</p>
<h3>Can I just fill out a form and get ketamine?</h3>
<p>No. No legitimate provider should prescribe a controlled substance based only on a form. If a site offers that, please be careful.</p>
<h3>Why do you need my blood pressure?</h3>
<p>Ketamine raises blood pressure temporarily. People with uncontrolled hypertension face a real risk of stroke or heart problems. We need a baseline and we need readings before each session.</p>
<h3>Who is not eligible?</h3>
<p>People under 18, people who are pregnant or breastfeeding, people with a history of psychosis or mania, uncontrolled high blood pressure, significant heart disease, interstitial cystitis or other bladder problems, and people with a current substance use disorder. Some other situations are decided case by case.</p>

<h2>Prescriptions and pharmacy</h2>
<h3>Where does the medication come from?</h3>
<p>If your provider prescribes ketamine, the prescription is sent electronically to a licensed pharmacy in our network &ndash; currently Bayside Compounding Pharmacy (Norfolk, VA) and Piedmont Specialty Rx (Durham, NC). Both are licensed in all four states we serve and registered with the DEA. You can also ask us to send it to another licensed pharmacy that compounds ketamine, if you have one nearby.</p>
<h3>How is it shipped?</h3>
<p>The pharmacy ships by UPS Next Day Air with adult signature required, only to the patient, only to the address verified at intake, and only within the state where you were evaluated. You get tracking information from the pharmacy. If you are not home, UPS will hold it at a staffed access point for pickup with ID.</p>
<h3>Can you ship to my vacation address?</h3>
<p>No, and please don&#39;t ask us to make an exception. Your prescriber is licensed in a particular state, and the address must match.</p>
<h3>How much medication will I receive?</h3>
<p>Usually enough for four to six sessions. We never send more than a month&#39;s supply. Refills require a follow-up visit.</p>
<h3>What form is it in?</h3>
<p>Sublingual rapid-dissolve tablets or troches, depending on the pharmacy. Your provider chooses the strength. You will not receive nasal spray or injectable ketamine for home use.</p>
<h3>What about Spravato?</h3>
<p>Spravato (esketamine) can only be given in a certified in-person center. If Spravato is a better fit for you, we can refer you to a REMS-certified partner center in your area, and many patients keep seeing us for medication management.</p>

<h2>Sessions at home</h2>
<h3>Do I need someone with me?</h3>
<p>Yes. An adult sitter must be with you, sober, in the same home, for the whole session and at least two hours afterwards. We give your sitter a short orientation call.</p>
<h3>What does a session feel like?</h3>
<p>Most people describe a dreamy, floating, detached feeling for 45 to 60 minutes. Some find it pleasant, some strange. Some feel nauseous. It fades over another hour or so. You must not drive for the rest of the day.</p>
<h3>How do you monitor me if you are not there?</h3>
<p>You record your blood pressure before and after each session in our app, plus your dose and mood scores. A nurse reviews every session within a day. You also have a follow-up video visit after your second session and then every two to four weeks.</p>
<h3>What if something goes wrong?</h3>
<p>Call 911 for any emergency. For non-emergencies, our on-call line is answered by a clinician 24 hours a day during your treatment.</p>
<h3>Can I take more if I don&#39;t feel anything?</h3>
<p>No. Take exactly what was prescribed. Dose changes happen only after a visit with your provider. Taking extra is one of the most common ways people get into trouble.</p>

<h2>Cost and payment</h2>
<h3>How much does it cost?</h3>
<p>The initial evaluation is $275. If ketamine is prescribed, the ketamine program is $325 per month, which includes follow-up visits, the nurse monitoring service, and integration sessions. Medication is billed separately by the pharmacy, usually $60 to $120 per month including shipping.</p>
<h3>Do you take insurance?</h3>
<p>We are in network with several plans for psychiatric evaluations and medication management visits, including some Aetna, Cigna and Optima plans. The ketamine monitoring program itself is not covered. We will tell you your costs before your first visit.</p>
<h3>How do I pay?</h3>
<p>By credit, debit, HSA or FSA card through our portal. We don&#39;t accept Venmo, Zelle, Cash App or crypto, and our staff will never ask you for payment by text message.</p>

<h2>Safety and the law</h2>
<h3>Is this legal?</h3>
<p>Yes. Under federal and state law a licensed provider may prescribe ketamine via telehealth after a proper evaluation, following the DEA&#39;s current telemedicine rules. Our providers hold DEA registrations and state licenses in each state where they practice.</p>
<h3>Can ketamine be addictive?</h3>
<p>Ketamine can be misused, and regular heavy use can cause bladder damage and dependence. That is why we screen carefully, limit quantities, and watch for warning signs. If you have ever had a problem with ketamine or other drugs, please tell us.</p>
<h3>I saw a website selling ketamine without a visit. Is that the same thing?</h3>
<p>No. Sites that sell ketamine with no evaluation, or that want payment by crypto or gift cards, or that take orders on WhatsApp or Telegram, are not medical providers. Their products may be counterfeit or contaminated. Please don&#39;t use them.</p>

<h2>Still wondering?</h2>
<p>Call our care coordinators at (757) 555-0134, Monday to Friday 8am&ndash;6pm Eastern, or send a message through the contact page.</p>
</main>
<footer>&copy; 2026 Tidewell Psychiatry, PLLC &middot; Licensed in VA, NC, MD, DE &middot; Clinical Director: Andrea Whitlock, MD &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; If you are in crisis, call or text 988.</footer>
""", noise="cookie")

p("h10515", "https://northpointvirtualpsych.example/programs/spravato-referral", "telehealth", False, "en",
  "long-virtual-psychiatry-spravato-referral", "Spravato Access Program: Virtual Evaluation + Partner Treatment Centers | Northpoint Virtual Psychiatry", """
<header class="hd"><a href="/" class="logo">Northpoint <b>Virtual Psychiatry</b></a>
<nav><a href="/how-we-work">How we work</a> <a href="/programs">Programs</a> <a href="/programs/spravato-referral">Spravato Access</a> <a href="/insurance">Insurance</a> <a href="/clinicians">Clinicians</a> <a href="/partners">Partner Centers</a> <a href="/book" class="btn">Book online</a></nav></header>
<main>
<h1>Spravato Access Program</h1>
<p class="sub">We do the psychiatry by video. A certified treatment center near you does the sessions. You stay with one care team the whole way.</p>

<p>Northpoint is an online psychiatry practice. Our psychiatrists and nurse practitioners see patients by secure video in Minnesota, Wisconsin, Iowa, Illinois and Michigan. For patients whose depression has not lifted after several medications, esketamine nasal spray (Spravato) is sometimes the next reasonable step. The catch is that Spravato cannot be given by video. Federal rules require every dose to be taken in a certified treatment center, with the patient monitored for at least two hours afterward. So we built a program around that fact instead of pretending it does not exist.</p>

<h2>How the program works</h2>
<h3>1. Evaluation by video</h3>
<p>Your first visit is a 60-minute video evaluation with a Northpoint psychiatrist. We review your history of depression and every antidepressant you have tried (doses, duration, side effects), your medical conditions, blood pressure history, and substance use. We often ask your previous prescribers or pharmacy for records, because insurers want proof of prior medication trials before they approve Spravato.</p>
<h3>2. A decision you make together with us</h3>
<p>If Spravato looks like a good fit, we explain the benefits, the risks (sedation, dissociation, blood pressure increases, potential for misuse), and the time commitment &ndash; twice a week for a month, then weekly, with about three hours each visit including travel. Some patients decide TMS, a medication change or a different therapy makes more sense. That is fine.</p>
<h3>3. Referral to a partner center</h3>
<p>We send a referral to a REMS-certified partner treatment center close to where you live. Our partner network currently includes 38 centers, from hospital outpatient departments in Minneapolis and Milwaukee to small psychiatry offices in Mankato, Dubuque and Traverse City. Each one is independently owned, certified under the Spravato REMS program, and staffed by clinicians who administer and monitor every session. We list them all on our <a href="/partners">partner centers page</a>.</p>
<h3>4. Prior authorization</h3>
<p>Our prior authorization team submits the request to your insurer with our evaluation notes and your medication history. The partner center may also handle part of this, depending on how your plan bills the medication. We keep you updated through the portal, and if the request is denied we file the appeal.</p>
<h3>5. Sessions in person, psychiatry by video</h3>
<p>You go to the partner center for your Spravato sessions. The center&#39;s staff watch you self-administer the spray, check your blood pressure, and monitor you until you are ready to leave. They send us a short note after each session. Meanwhile, you keep seeing your Northpoint psychiatrist by video every two to four weeks to review your progress, manage your oral antidepressant, and decide with you when to change the schedule or stop.</p>

<h2>Why not just go directly to a Spravato clinic?</h2>
<p>You can, and if there is a great one near you that also offers ongoing psychiatric care, that may be simpler. Many of our patients live in small towns where the nearest psychiatrist is a two-hour drive away, but a family practice or hospital twenty minutes away is certified to give Spravato. Splitting the work this way means they get expert psychiatric care from home and only travel for the part that has to happen in person.</p>

<h2>What Northpoint does not do</h2>
<ul>
<li>We never prescribe Spravato for use at home. It is not possible to receive it by mail, and we will never ship it or ask a pharmacy to ship it to you.</li>
<li>We do not prescribe at-home ketamine tablets or troches. Some telehealth companies do; our clinicians have chosen not to, and we will explain why in your visit if you ask.</li>
<li>We never make a treatment decision based on an online form alone.</li>
<li>We do not accept referral fees from partner centers. We pick them by quality and distance.</li>
</ul>

<h2>Insurance and costs</h2>
<p>Northpoint is in network with Blue Cross Blue Shield of Minnesota, HealthPartners, Medica, UnitedHealthcare, Aetna, Quartz, Wellmark, and Medicare in all five states, and with several Medicaid managed care plans. Your Northpoint video visits are billed like any psychiatric visit, with your usual copay. The Spravato sessions are billed by the partner center. Medicare, Medicaid and most commercial plans cover Spravato once the prior authorization is approved. Commercially insured patients can often enroll in the manufacturer&#39;s savings program to lower medication copays; the partner center will help you sign up.</p>
<p>If you are paying out of pocket for our visits, an evaluation is $310 and a follow-up is $165. We take cards and HSA/FSA cards through the portal.</p>

<h2>Transportation</h2>
<p>You cannot drive after a Spravato session until the next day. Before we refer you, we talk through how you will get home. Some Medicaid plans cover non-emergency medical transportation, and several partner centers can help arrange rides. If transportation is impossible, we will tell you honestly that Spravato may not work logistically right now.</p>

<h2>Reminders and communication</h2>
<p>Video visit reminders come by text and email from Northpoint. Session reminders come from your partner center. We never use WhatsApp, Telegram or social media messages for clinical communication. If you get a message claiming to be from Northpoint that offers you esketamine or ketamine for delivery, it is a scam &ndash; please forward it to security@northpointvirtualpsych.example.</p>

<h2>Common questions</h2>
<p><b>How long until my first session?</b> Usually three to six weeks from the evaluation, mostly waiting on insurance.</p>
<p><b>Do I need to be in one of your five states?</b> Yes, you must be physically located in one of those states during every video visit.</p>
<p><b>Can I keep my therapist?</b> Please do. With your permission we will coordinate with them.</p>
<p class="cta"><a href="/book?program=spravato" class="btn">Book a video evaluation</a></p>
</main>
<footer>&copy; 2026 Northpoint Virtual Psychiatry, P.A. &middot; 120 S 6th St, Suite 900, Minneapolis, MN 55402 (administrative office, no in-person visits) &middot; <a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination</a> &middot; Crisis: 988</footer>
""", noise="cookie")

p("h10516", "https://clearwaterketaminecare.example/blog/from-video-visit-to-your-mailbox", "telehealth", False, "en",
  "long-telehealth-blog-shipping", "From Video Visit to Your Mailbox: How Your Ketamine Prescription Ships | Clearwater Ketamine Care Blog", """
<header class="blog-hd"><a class="logo" href="/">Clearwater Ketamine Care</a>
<nav><a href="/">Home</a> <a href="/treatment">Treatment</a> <a href="/pricing">Pricing</a> <a href="/providers">Providers</a> <a href="/blog" class="on">Blog</a> <a href="/start" class="btn">Get started</a></nav></header>
<main class="post">
<p class="meta">Patient Education &middot; By Renee Castellanos, PharmD, Director of Pharmacy Operations &middot; 11 min read</p>
<h1>From video visit to your mailbox: what actually happens to your prescription</h1>

<p>&quot;So&hellip; you just mail it?&quot; I get this question from friends at dinner parties, from new patients on the phone, and once from a very suspicious UPS driver. It is a fair question. Ketamine is a Schedule III controlled substance, and most people have never had a controlled medication delivered to their home. So here is the whole journey of a Clearwater prescription, from the moment your provider clicks &quot;sign&quot; to the moment you open the box, including all the places it can stop.</p>

<h2>Before any prescription exists</h2>
<p>Nothing ships unless a provider has seen you. At Clearwater that means a live video evaluation with a psychiatric nurse practitioner or physician licensed in your state, usually 50 to 60 minutes long. They review your history, your medications, your blood pressure (you take it on camera), and any red flags. If they are not comfortable prescribing, they don&#39;t. I mention this first because in my role I regularly see screenshots of websites promising &quot;ketamine delivered in 24 hours, no consult required.&quot; That is not telehealth. That is a drug sale with a nicer font.</p>

<h2>Stop 1: The electronic prescription</h2>
<p>When your provider decides to prescribe, they write the order in our electronic health record and sign it using two-factor authentication, which the DEA requires for all electronic prescriptions of controlled substances. The prescription includes your name, date of birth, address, the exact dose per session, the number of sessions, and directions. It goes to the pharmacy over a secure network, never by fax or email.</p>

<h2>Stop 2: The pharmacy checks everything again</h2>
<p>Our partner pharmacies are independent, state-licensed compounding pharmacies with DEA registrations. They are not rubber stamps. A pharmacist reviews each prescription and checks your state&#39;s prescription drug monitoring program (PDMP) to see your history of controlled substance prescriptions. If they find something concerning &ndash; say, recent prescriptions for ketamine from another prescriber, or high-dose benzodiazepines &ndash; they call your provider before filling. Every so often a pharmacist declines to fill, and that is the system working.</p>
<p>The pharmacist also confirms that the shipping address matches the address on your ID and in your chart, and that it is in a state where both the pharmacy and your prescriber are licensed.</p>

<h2>Stop 3: Compounding and packaging</h2>
<p>Your sublingual tablets are compounded in a clean room, tested for potency according to the pharmacy&#39;s quality program, and counted by two technicians. They go into a child-resistant, tamper-evident bottle with a standard pharmacy label showing your name, your prescriber, the dose, and directions. A printed medication guide and a card with the pharmacist hotline go in the box. The outer box is a plain pharmacy shipper. We do not hide what it is, and we do not dress it up as something else; it is labeled the same way any pharmacy package would be.</p>

<h2>Stop 4: Shipping</h2>
<p>Prescriptions ship by UPS or FedEx overnight service with adult signature required. Drivers cannot leave it on the porch. If you are not home, the carrier leaves a notice and you can pick it up with your ID. We never ship to P.O. boxes, hotels, businesses you do not live at, or addresses in another state, and the pharmacy will not change the address once the order is in transit. You receive tracking from the pharmacy by text or email.</p>
<p>Shipping is included in your monthly membership. If a package is lost, the pharmacy files a report with the carrier and, because it is a controlled substance, with the DEA, before anything is reshipped. That is a slower process than replacing a lost pair of shoes. Please be home on delivery day.</p>

<h2>Stop 5: When it arrives</h2>
<p>Check that the seal is intact and that the label has your name and the correct dose. Store the bottle somewhere locked, away from children, pets and guests. We send a free lockbox with your first shipment, and we genuinely want you to use it. Keep a count. If anything is missing or looks wrong, call the pharmacist line before you take anything.</p>

<h2>Stop 6: Your first session</h2>
<p>Before your first session you have a short video check-in with a Clearwater nurse, who goes through the session checklist with you and your sitter: blood pressure, the dose, no driving, no alcohol, phone nearby, a quiet room. After the session you log your vitals and experience in our app, and your provider reviews it before approving the next one.</p>

<h2>Refills are not automatic</h2>
<p>Each shipment covers a fixed number of sessions, usually four to six. To get more, you meet your provider by video. If your sessions are not helping, if your blood pressure readings have been high, or if there are signs of misuse, your provider may change the dose, pause treatment, or refer you to in-person care. There is no &quot;subscribe and save&quot; for ketamine.</p>

<h2>What this costs</h2>
<p>Our initial evaluation is $225. Membership is $289 per month, including follow-ups, nurse support, integration groups, medication and shipping. If your provider does not prescribe ketamine after your evaluation, you are not enrolled in a membership. Payment is by card or HSA/FSA through our secure checkout; we do not take payment apps, crypto or gift cards.</p>

<h2>Red flags to watch for elsewhere</h2>
<p>Because I spend my days on the pharmacy side, here is my short list of things that should make you close the tab:</p>
<ul>
<li>&quot;Approval&quot; within minutes or &quot;no video call needed&quot;.</li>
<li>Payment by Bitcoin, Zelle to a personal name, or gift cards.</li>
<li>Ordering through WhatsApp, Telegram or Instagram DMs.</li>
<li>&quot;Discreet&quot; or &quot;stealth&quot; packaging, or reshipping if customs seizes your package.</li>
<li>Nasal sprays or injectable vials offered for home use.</li>
<li>No named prescriber or pharmacy you can look up.</li>
</ul>
<p>Legitimate care is slower, and that is on purpose.</p>

<div class="author"><p><b>Renee Castellanos, PharmD</b>, oversees pharmacy partnerships at Clearwater Ketamine Care. She previously worked for eleven years in hospital and compounding pharmacy in Florida and Georgia.</p></div>
</main>
<aside class="sidebar"><h4>Popular posts</h4><ul><li><a href="/blog/choosing-a-sitter">Choosing a session sitter</a></li><li><a href="/blog/blood-pressure-and-ketamine">Blood pressure and ketamine</a></li><li><a href="/blog/what-integration-means">What &quot;integration&quot; actually means</a></li></ul></aside>
<footer>Clearwater Ketamine Care provides management services to Clearwater Medical Associates, P.A. Clinical services are provided by licensed clinicians in FL, GA, SC, TN and TX. &copy; 2026 &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></footer>
""", noise="cookie")

p("h10517", "https://everstillhealth.example/trust-and-safety", "telehealth", False, "en",
  "long-telehealth-trust-safety-licensing", "Trust & Safety: How to Tell Real Ketamine Telehealth From a Scam | Everstill", """
<header><a class="logo" href="/">everstill</a>
<nav><a href="/treatment">Treatment</a> <a href="/how-it-works">How it works</a> <a href="/membership">Membership</a> <a href="/clinical-team">Clinical team</a> <a href="/trust-and-safety" class="on">Trust &amp; safety</a> <a href="/help">Help</a> <a href="/signin">Sign in</a></nav></header>
<main>
<h1>Trust &amp; safety</h1>
<p class="lead">Someone made a copy of our website last year. Same photos, same colors, a name one letter off. It took orders for &quot;ketamine lozenges, no appointment needed&quot; and asked for payment in Bitcoin. At least forty people paid. Some received nothing. A few received pills of unknown content. This page exists because of them.</p>

<h2>Part 1: How Everstill actually works</h2>
<p>Everstill is a telehealth practice for adults with depression, anxiety and PTSD. We offer medication management, therapy, and, for some patients, at-home ketamine treatment. Every patient goes through the same sequence:</p>
<ol>
<li><b>Intake form.</b> Basic history and a safety screen. It can rule you out; it cannot rule you in.</li>
<li><b>Identity check.</b> Photo ID and a selfie, checked by our verification partner, plus a match between your ID address and the state you say you live in.</li>
<li><b>Live video evaluation</b> with a psychiatric clinician licensed in your state. Audio-only visits are not accepted for a first ketamine evaluation.</li>
<li><b>Clinical decision.</b> About 30 percent of evaluations end without a ketamine prescription. Many of those patients stay with us for other care.</li>
<li><b>Prescription to a licensed pharmacy</b>, checked by the pharmacist against your state&#39;s prescription monitoring database.</li>
<li><b>Pharmacy shipment</b>, overnight, signature required, to your verified address only.</li>
<li><b>Monitored sessions</b> with a sitter present and vitals logged in the app, and a follow-up video visit before every refill.</li>
</ol>

<h2>Part 2: Who our clinicians are</h2>
<p>We publish the full name, credentials and state license numbers of every prescriber. A sample from our <a href="/clinical-team">clinical team page</a>:</p>
<table class="licenses">
<tr><th>Clinician</th><th>Credentials</th><th>Licensed in</th></tr>
<tr><td>Dr. Samira Haddad</td><td>MD, board-certified psychiatrist, Medical Director</td><td>CA, OR, WA, NV, AZ</td></tr>
<tr><td>Dr. Paul Lindgren</td><td>MD, psychiatrist</td><td>CO, UT, NM, TX</td></tr>
<tr><td>Keisha Morgan</td><td>PMHNP-BC</td><td>NY, NJ, CT, PA</td></tr>
<tr><td>Jonah Feldman</td><td>PMHNP-BC</td><td>FL, GA, NC</td></tr>
<tr><td>Lucia Restrepo</td><td>PMHNP-BC</td><td>IL, MI, OH</td></tr>
</table>
<p>Each license can be checked on the relevant state board website. Each prescriber also holds a DEA registration for each state where they prescribe controlled substances. If you cannot find your clinician on our list, contact us before your visit.</p>

<h2>Part 3: Our pharmacies</h2>
<p>Prescriptions are filled by independent, licensed pharmacies, not by Everstill. Our current partners are Redwood Compounding Pharmacy (Sacramento, CA) and Lakeshore Specialty Pharmacy (Evanston, IL). Both are accredited, hold non-resident pharmacy licenses in the states they ship to, and are registered with the DEA. Your prescription label will always carry one of those names and the pharmacy&#39;s license number. If a package claiming to be from Everstill arrives without a pharmacy label, do not take what is inside.</p>

<h2>Part 4: What Everstill will never do</h2>
<ul>
<li>Approve ketamine from a questionnaire, a chat, or an &quot;instant assessment&quot;.</li>
<li>Sell ketamine, or any medication, directly. We are a medical practice, not a store.</li>
<li>Ask for payment by crypto, gift cards, wire transfer, Zelle, Cash App or Venmo. Our only checkout is our card processor, and memberships are billed monthly in US dollars.</li>
<li>Take orders or appointments on WhatsApp, Telegram, Instagram or TikTok. We have no accounts on Telegram at all.</li>
<li>Ship to someone other than the patient, to a P.O. box, or across a state line to a state where your clinician is not licensed.</li>
<li>Ship internationally. We serve patients physically located in the US states where we are licensed.</li>
<li>Offer nasal sprays, injectable ketamine or esketamine for home use.</li>
<li>Promise a result. Ketamine does not work for everyone.</li>
</ul>

<h2>Part 5: How to spot a fake, anywhere</h2>
<p>These warning signs apply to any company, not just to people copying us:</p>
<ul>
<li><b>The domain is slightly off.</b> Our only website is everstillhealth.example. Check the spelling every time.</li>
<li><b>No live clinician.</b> If no real person ever sees you on video, no real practice is involved.</li>
<li><b>Speed as a selling point.</b> &quot;Approved in 5 minutes&quot;, &quot;ships today&quot;.</li>
<li><b>&quot;Discreet&quot;, &quot;stealth&quot; or &quot;customs-safe&quot; shipping.</b> Legal pharmacies label their packages.</li>
<li><b>Bulk discounts on a controlled substance.</b> &quot;Buy 3 get 1 free&quot; has no place in psychiatry.</li>
<li><b>A chat handle instead of a phone number.</b> Medical practices have addresses, phone numbers and named directors.</li>
</ul>

<h2>Part 6: If you were scammed</h2>
<p>Please don&#39;t be embarrassed. These sites are designed to look legitimate. Do not take any pills you received. Report the website to the FBI&#39;s Internet Crime Complaint Center (IC3) and to the FDA&#39;s BeSafeRx program, and if you paid with a card, ask your bank to reverse the charge. If you need support, our care team will talk with you even if you have never been an Everstill patient, and if you want treatment, we will start with a proper evaluation like anyone else.</p>

<h2>Part 7: Membership and pricing, for the record</h2>
<p>Your initial evaluation is $199. If you are prescribed ketamine, membership is $279 per month and includes follow-ups, nurse check-ins, integration groups, your medication and pharmacy shipping. Therapy is available as an add-on. We accept credit, debit, HSA and FSA cards. You can cancel anytime from your account page, and no one will try to talk you out of it.</p>

<h2>Reporting</h2>
<p>If you see a site or account impersonating Everstill, email trust@everstillhealth.example with a link or screenshot. We review every report and file takedown notices with hosting providers and registrars. So far we have taken down eleven copycat sites and fourteen social media accounts.</p>
</main>
<footer><p>Everstill Health, Inc. provides technology and administrative services to Everstill Medical Group and affiliated professional corporations, which provide all medical care. Medical Director: Samira Haddad, MD. &copy; 2026 &middot; <a href="/legal/terms">Terms</a> &middot; <a href="/legal/privacy">Privacy</a> &middot; <a href="/legal/hipaa">HIPAA notice</a> &middot; 988 Suicide &amp; Crisis Lifeline</p></footer>
""", noise="cookie")

p("h10518", "https://calmaclinicavirtual.example/es/ketamina-en-casa", "telehealth", False, "es",
  "long-telehealth-es-us-hispanic", "Terapia con ketamina desde casa, en español | Calma Clínica Virtual", """
<header class="encabezado">
<a class="logo" href="/es/">Calma <span>Clínica Virtual</span></a>
<div class="idioma"><a href="/en/">English</a> | <b>Español</b></div>
<nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/ketamina-en-casa">Ketamina en casa</a> <a href="/es/precios">Precios</a> <a href="/es/nuestro-equipo">Nuestro equipo</a> <a href="/es/estados">Estados</a> <a href="/es/preguntas">Preguntas</a> <a href="/es/empezar" class="boton">Empezar</a></nav>
</header>
<main>
<h1>Terapia con ketamina desde casa, con profesionales que hablan su idioma</h1>
<p class="entrada">Calma es una práctica de psiquiatría por telemedicina en Estados Unidos. Atendemos en español y en inglés a adultos que viven en California, Texas, Arizona, Nuevo México, Florida e Illinois. Para algunas personas con depresión que no ha mejorado con otros tratamientos, ofrecemos ketamina sublingual en casa, siempre después de una evaluación por video con una profesional con licencia en su estado. Esta página le explica todo, sin letra pequeña.</p>

<h2>Por qué en español</h2>
<p>Muchos de nuestros pacientes nos cuentan lo mismo: han intentado hablar de su depresión con un médico que no entendía bien lo que querían decir, o han tenido que traducir para su mamá en la consulta. Hablar de la tristeza, del cansancio, de los nervios o de los malos pensamientos en el idioma en que uno siente es otra cosa. Todas nuestras psiquiatras y enfermeras practicantes son bilingües, y la mayoría creció en familias latinas.</p>

<h2>Cómo funciona, paso a paso</h2>
<h3>1. Cuestionario inicial</h3>
<p>Llena un cuestionario de unos diez minutos sobre su salud, sus medicamentos y lo que ha probado. El cuestionario sirve para detectar situaciones en las que la ketamina en casa no es segura. No aprueba a nadie: nadie recibe una receta por llenar un formulario.</p>
<h3>2. Evaluación por video</h3>
<p>Se reúne por video, durante unos 60 minutos, con una profesional con licencia en el estado donde usted vive. Le pedimos una identificación con foto y que se tome la presión arterial frente a la cámara; si no tiene un aparato, se lo enviamos. Hablamos de su historia, su familia, su salud física, el consumo de alcohol u otras sustancias, y lo que espera del tratamiento. Al final le decimos con honestidad lo que recomendamos. A veces es ketamina. A veces no.</p>
<h3>3. Receta y farmacia</h3>
<p>Si la profesional decide que la ketamina es adecuada, envía una receta electrónica a una farmacia con licencia en su estado y registro ante la DEA. La farmacia revisa la receta, consulta el registro estatal de medicamentos controlados y prepara las tabletas sublinguales. Nosotros no tenemos ni vendemos medicamentos.</p>
<h3>4. Envío a su domicilio</h3>
<p>La farmacia envía el medicamento por mensajería al día siguiente, con firma obligatoria de un adulto, únicamente a la dirección que aparece en su identificación. No se puede enviar a otra persona, a un apartado postal, a otro estado ni fuera de Estados Unidos. Sí, nos preguntan a menudo si se puede mandar a un familiar en México o en Centroamérica. La respuesta es no.</p>
<h3>5. Sesiones con acompañante</h3>
<p>Cada sesión se hace en casa con un acompañante adulto presente, que no haya tomado alcohol. Antes de empezar, le damos al acompañante una pequeña orientación por video en español. Usted registra su presión arterial y cómo se siente en nuestra aplicación, y una enfermera revisa cada registro.</p>
<h3>6. Seguimiento</h3>
<p>Tiene citas de seguimiento por video después de la segunda sesión y luego cada dos a cuatro semanas. Nunca hay recetas automáticas: para recibir más medicamento, necesita ver a su profesional.</p>

<h2>Precios</h2>
<p>La evaluación inicial cuesta 199 dólares. Si le recetan ketamina, la membresía es de 249 dólares al mes e incluye las citas de seguimiento, el apoyo de enfermería, grupos de integración en español, el medicamento y el envío. Se puede cancelar cuando quiera. Aceptamos tarjetas de crédito, débito, HSA y FSA. El seguro médico no suele cubrir la ketamina en casa, pero le damos un recibo detallado de las consultas por si su plan reembolsa algo. Medi-Cal y Medicaid no cubren este programa.</p>
<p>No aceptamos pagos por Zelle, Venmo, Cash App, criptomonedas ni tarjetas de regalo. Nuestro personal nunca le pedirá un pago por mensaje de texto ni por WhatsApp.</p>

<h2>Recordatorios por WhatsApp</h2>
<p>Sabemos que muchas familias usan WhatsApp más que los mensajes de texto. Si lo prefiere, le enviamos los recordatorios de sus citas por WhatsApp, desde nuestra cuenta de empresa verificada. Esos mensajes solo dicen la fecha, la hora y el enlace a la sala de video segura. No hablamos de su tratamiento por WhatsApp y nunca vendemos ni enviamos nada a través de ese canal.</p>

<h2>Quién no puede recibir ketamina en casa</h2>
<p>Personas menores de 21 años, embarazadas o en lactancia, con presión alta no controlada, enfermedades del corazón importantes, antecedentes de psicosis o manía, problemas de vejiga, o con un problema actual de consumo de alcohol o drogas. Tampoco quienes viven solos y no tienen a nadie que los acompañe durante las sesiones. En esos casos podemos recomendarle clínicas presenciales de ketamina o de esketamina (Spravato) cerca de usted.</p>

<h2>Cuidado con las estafas</h2>
<p>En redes sociales hay cuentas que ofrecen &quot;ketamina sin receta&quot; o &quot;envíos discretos&quot; y piden el pago por Zelle o criptomonedas. Algunas incluso usan la palabra &quot;clínica&quot;. Un servicio médico de verdad siempre le hará una evaluación en vivo, tendrá profesionales con nombre y licencia que usted puede verificar, y trabajará con una farmacia con licencia. Si tiene dudas sobre un mensaje que dice venir de Calma, llámenos al (213) 555-0175.</p>

<h2>Nuestro equipo</h2>
<p>Directora médica: Dra. Gabriela Montes, MD, psiquiatra certificada (licencias en CA, AZ y NM). Equipo clínico: Dr. Luis Ferrer, MD (TX, FL); Ana Beltrán, PMHNP-BC (CA, IL); Rocío Salinas, PMHNP-BC (TX, AZ). Los números de licencia están en la página <a href="/es/nuestro-equipo">Nuestro equipo</a>.</p>

<p class="cta"><a href="/es/empezar" class="boton">Empezar el cuestionario</a></p>
</main>
<footer>Calma Clínica Virtual es el nombre comercial de Calma Psychiatry Group, P.C. &middot; Atención solo por telemedicina en CA, TX, AZ, NM, FL e IL &middot; &copy; 2026 &middot; <a href="/es/privacidad">Privacidad</a> &middot; <a href="/es/terminos">Términos</a> &middot; Si está en crisis, llame o envíe un texto al 988 (opción en español).</footer>
""", noise="cookie-es")

p("h10519", "https://psychiatrievirtuelle-laurentides.example/services/esketamine-orientation", "telehealth", False, "fr",
  "long-virtual-psychiatry-fr-qc-referral", "Eskétamine : évaluation en téléconsultation et orientation vers un centre partenaire | Psychiatrie virtuelle Laurentides", """
<header class="entete">
<a class="logo" href="/">Psychiatrie virtuelle <span>Laurentides</span></a>
<nav><a href="/a-propos">À propos</a> <a href="/services">Services</a> <a href="/services/esketamine-orientation" class="actif">Eskétamine</a> <a href="/equipe">Équipe</a> <a href="/tarifs">Tarifs</a> <a href="/faq">FAQ</a> <a href="/rendez-vous" class="bouton">Prendre rendez-vous</a></nav>
</header>
<main>
<h1>Eskétamine (Spravato) : comment nous vous accompagnons</h1>
<p class="chapeau">Psychiatrie virtuelle Laurentides est une clinique privée de psychiatrie qui offre ses consultations uniquement en vidéo, pour les adultes résidant au Québec. Nous ne donnons pas d&#39;eskétamine nous-mêmes : la loi et la monographie du produit exigent qu&#39;elle soit administrée dans un établissement, sous surveillance. Nous faisons l&#39;évaluation psychiatrique, la préparation du dossier et le suivi ; un centre partenaire fait les séances. Voici en détail comment cela se passe.</p>

<h2>Qu&#39;est-ce que l&#39;eskétamine ?</h2>
<p>L&#39;eskétamine est un vaporisateur nasal commercialisé sous le nom de Spravato. Santé Canada l&#39;a autorisée pour les adultes atteints d&#39;une dépression majeure qui n&#39;a pas répondu à au moins deux antidépresseurs, en association avec un antidépresseur oral. Elle agit sur le système du glutamate, différemment des antidépresseurs habituels. Ses effets secondaires les plus fréquents pendant la séance sont la dissociation (impression d&#39;être détaché de soi ou de son environnement), des étourdissements, des nausées et une hausse temporaire de la tension artérielle.</p>

<h2>Pourquoi une évaluation virtuelle ?</h2>
<p>Dans plusieurs régions du Québec, l&#39;attente pour voir un psychiatre en personne se compte en mois, voire en années. Beaucoup de nos patients habitent à Mont-Laurier, à Rivière-Rouge, en Abitibi ou en Gaspésie. La téléconsultation permet de faire rapidement ce qui peut se faire à distance &ndash; l&#39;histoire psychiatrique, la revue des traitements, la discussion des options &ndash; et de réserver les déplacements à ce qui doit absolument se faire sur place.</p>

<h2>Les étapes</h2>
<h3>1. La demande</h3>
<p>Votre médecin de famille, votre infirmière praticienne spécialisée ou votre psychologue peut nous adresser une demande. Vous pouvez aussi nous écrire directement ; dans ce cas, nous demanderons l&#39;accord de votre médecin pour obtenir votre dossier pharmaceutique et vos notes médicales.</p>
<h3>2. L&#39;évaluation psychiatrique en vidéo</h3>
<p>Un de nos psychiatres vous rencontre pendant environ 75 minutes par visioconférence sécurisée. Il revoit vos épisodes dépressifs, chaque antidépresseur essayé (dose, durée, effets), vos antécédents médicaux, votre consommation d&#39;alcool, de cannabis ou d&#39;autres substances, et votre tension artérielle. Une pièce d&#39;identité avec photo est exigée au début de la rencontre. Si l&#39;eskétamine n&#39;est pas indiquée, le psychiatre vous propose d&#39;autres pistes : ajustement de la médication, psychothérapie, stimulation magnétique transcrânienne ou électroconvulsivothérapie.</p>
<h3>3. L&#39;orientation vers un centre partenaire</h3>
<p>Si l&#39;eskétamine est indiquée, nous transmettons une demande de service détaillée à un centre de traitement partenaire, le plus proche possible de chez vous. Nos partenaires sont des cliniques médicales et des services hospitaliers de psychiatrie qui administrent l&#39;eskétamine selon les exigences du fabricant et de leur ordre professionnel. La liste à jour est publiée sur notre page <a href="/partenaires">Centres partenaires</a>. Nous ne touchons aucune commission de ces centres.</p>
<h3>4. Les séances, sur place</h3>
<p>Au centre, vous vous administrez le vaporisateur sous la supervision d&#39;une infirmière, puis vous restez en observation au moins deux heures. Pendant le premier mois, il y a habituellement deux séances par semaine. Vous ne pouvez pas conduire avant le lendemain : prévoyez un accompagnateur, un taxi ou le transport adapté.</p>
<h3>5. Le suivi avec nous</h3>
<p>Pendant toute la durée du traitement, votre psychiatre vous revoit en vidéo toutes les deux à quatre semaines. Il ajuste l&#39;antidépresseur oral, évalue la réponse à l&#39;aide d&#39;échelles reconnues et décide avec vous, en lien avec le centre, de la fréquence des séances et du moment d&#39;arrêter. Un résumé est envoyé à votre médecin de famille après chaque étape.</p>

<h2>Assurances et coûts</h2>
<p>Nos psychiatres sont non participants au régime de l&#39;assurance maladie du Québec ; nos consultations sont donc à vos frais. L&#39;évaluation initiale coûte 425 $ et un suivi 190 $. Plusieurs assurances collectives remboursent en partie les consultations en psychiatrie ; nous vous remettons un reçu détaillé. Le paiement se fait par carte de crédit ou par virement Interac, uniquement à l&#39;adresse de facturation indiquée sur votre facture.</p>
<p>Le médicament et les séances au centre partenaire sont facturés séparément par le centre. L&#39;eskétamine est couverte par plusieurs assureurs privés et, dans certains cas, par le régime public d&#39;assurance médicaments sous conditions de médicament d&#39;exception. Le centre partenaire vous aidera avec les formulaires et, s&#39;il y a lieu, avec le programme de soutien du fabricant.</p>

<h2>Rappels et communications</h2>
<p>Les rappels de rendez-vous sont envoyés par courriel et par texto deux jours avant la consultation. Nous n&#39;utilisons ni WhatsApp, ni Telegram, ni Messenger pour communiquer avec nos patients. Les documents (ordonnances d&#39;antidépresseur, résumés, formulaires d&#39;assurance) sont transmis par notre portail sécurisé ou télécopiés à votre pharmacie et à votre médecin ; sur demande, nous les postons à votre domicile.</p>

<h2>Ce que nous ne faisons jamais</h2>
<ul>
<li>Nous ne prescrivons jamais d&#39;eskétamine ni de kétamine pour usage à domicile et nous n&#39;expédions aucun médicament de ce type.</li>
<li>Nous ne prenons aucune décision sur la seule base d&#39;un questionnaire en ligne.</li>
<li>Nous ne traitons pas les personnes qui se trouvent hors du Québec au moment de la consultation.</li>
<li>Nous ne demandons jamais de paiement en cryptomonnaie, en cartes-cadeaux ou par messagerie.</li>
</ul>
<div class="avertissement"><b>Mise en garde :</b> des sites et des comptes sur les réseaux sociaux proposent du &laquo; Spravato sans ordonnance &raquo; ou de la &laquo; kétamine livrée discrètement &raquo;. Ce sont des ventes illégales de produits dont on ignore le contenu. Aucune clinique sérieuse ne vous enverra d&#39;eskétamine par la poste.</div>

<h2>Questions fréquentes</h2>
<p><b>Combien de temps avant la première séance ?</b> Habituellement de trois à huit semaines après l&#39;évaluation, selon le centre et l&#39;autorisation de votre assureur.</p>
<p><b>Puis-je garder mon psychiatre actuel ?</b> Si vous êtes déjà suivi en psychiatrie, c&#39;est souvent préférable qu&#39;il ou elle fasse la demande directement au centre. Nous pouvons donner un avis ponctuel.</p>

<p class="cta"><a href="/rendez-vous?service=esketamine" class="bouton">Demander une évaluation</a></p>
</main>
<footer>Psychiatrie virtuelle Laurentides inc. &middot; Siège administratif : Saint-Jérôme (aucune consultation en personne) &middot; Médecins membres du Collège des médecins du Québec &middot; &copy; 2026 &middot; <a href="/confidentialite">Politique de confidentialité</a> &middot; En cas de crise : 1 866 APPELLE</footer>
""", noise="cookie-fr")

p("h10520", "https://havenketaminecare.example/membership", "telehealth", False, "en",
  "long-telehealth-membership-pricing", "Membership & Pricing | Haven Ketamine Care", """
<header class="site-head"><a class="logo" href="/">Haven <small>Ketamine Care</small></a>
<nav><a href="/approach">Our approach</a> <a href="/membership" class="current">Membership</a> <a href="/care-team">Care team</a> <a href="/safety">Safety</a> <a href="/resources">Resources</a> <a href="/login">Member login</a> <a href="/assessment" class="btn-primary">Take the assessment</a></nav></header>
<main>
<section class="intro">
<h1>Membership and pricing</h1>
<p>One clear monthly price, no hidden pharmacy markups, cancel anytime. Below is everything that is included, everything that is not, and the fine print written in plain English.</p>
</section>

<section class="plans">
<div class="plan">
<h2>Evaluation</h2>
<p class="price">$179 <span>one time</span></p>
<ul><li>60-minute video evaluation with a licensed psychiatric clinician</li><li>Blood pressure cuff mailed before your visit if you need one</li><li>Written treatment recommendation, whether or not it includes ketamine</li><li>Referral list of local clinics if in-person care is safer</li></ul>
</div>
<div class="plan featured">
<h2>Haven Core</h2>
<p class="price">$259 <span>per month</span></p>
<ul><li>Clinician follow-up visits by video (at least monthly, more during your first month)</li><li>Medication for up to 4 sessions a month, filled by a licensed partner pharmacy</li><li>Overnight pharmacy shipping with adult signature</li><li>Pre-session nurse check-in for your first three sessions</li><li>Session logging and vital-sign review in the Haven app</li><li>Two integration group sessions per month</li></ul>
</div>
<div class="plan">
<h2>Haven Plus</h2>
<p class="price">$389 <span>per month</span></p>
<ul><li>Everything in Core</li><li>Weekly 50-minute one-on-one integration sessions with a licensed therapist</li><li>Priority scheduling with your clinician</li></ul>
</div>
</section>

<section class="details">
<h2>How membership starts</h2>
<p>You cannot buy a membership on its own. You book and pay for the evaluation first. A licensed clinician meets you by video, reviews your history, medications and blood pressure, and decides whether at-home ketamine is appropriate for you. Only if your clinician writes a prescription do we invite you to activate a membership. If your clinician does not prescribe, there is nothing more to pay, and your evaluation fee covers the written recommendation and referrals you leave with.</p>
<p>We say this loudly because many people arrive from ads elsewhere expecting to &quot;order&quot; ketamine. Haven is not a store. You are paying for medical care, and medication is part of that care only when a clinician decides it should be.</p>

<h2>What the medication part of the price means</h2>
<p>Ketamine prescriptions are filled by our partner pharmacies &ndash; licensed 503A compounding pharmacies registered with the DEA and licensed in your state. The pharmacy charges us a set amount per prescription, and we include that in your membership instead of sending you a separate pharmacy bill. Your prescription label shows the pharmacy&#39;s name, license number, your prescriber&#39;s name and your dose. Shipments go overnight, with adult signature, only to your verified home address in the state where you were evaluated.</p>
<p>Your clinician decides the dose and the number of sessions. Paying for a higher plan does not get you more medication or a higher dose; Haven Plus adds therapy, not ketamine. If your clinician prescribes fewer than four sessions in a month, your price does not change, because most of what you pay for is clinical time.</p>

<h2>What is not included</h2>
<ul>
<li>Lab tests, if your clinician asks for them (usually done at a local lab through your insurance).</li>
<li>In-person care. If you need IV ketamine, Spravato or hospital care, that is billed by the provider who gives it.</li>
<li>Emergency care. In an emergency call 911.</li>
</ul>

<h2>Pausing and cancelling</h2>
<p>You can pause membership for up to three months, for example during travel (we cannot ship to other states or abroad, so travel pauses are common). You can cancel anytime in the app; cancellation takes effect at the end of the billing month. Unused medication should not be kept &ndash; your clinician will explain how to dispose of it safely, and we can mail you a free drug-disposal pouch.</p>
<p>Your clinician may also pause treatment if your blood pressure logs are high, if you miss follow-up visits, or if there are signs ketamine is not helping or is being misused. When that happens, your membership billing is paused too.</p>

<h2>Payment methods</h2>
<p>We accept major credit and debit cards and HSA/FSA cards. At-home ketamine treatment prescribed for a diagnosed condition is generally an eligible medical expense, but check with your plan. We do not accept PayPal, Zelle, Venmo, Cash App, cryptocurrency or gift cards, and nobody from Haven will ever ask you to pay outside our checkout. Prices are in US dollars and include pharmacy shipping.</p>

<h2>Insurance</h2>
<p>Insurance does not cover at-home ketamine treatment. Some members get partial reimbursement for the clinician visits as out-of-network psychiatric care, and you can download itemized superbills from the app each month. Haven Plus therapy sessions are listed separately on the superbill.</p>

<h2>Financial help</h2>
<p>We reserve 10 percent of our membership slots for reduced pricing ($129 per month for Core) for members with household income under 250 percent of the federal poverty level, veterans, and full-time students. Ask during your evaluation. No documents are required.</p>

<h2>What we will never do</h2>
<ul>
<li>Prescribe without a live video visit.</li>
<li>Sell medication without a prescription, or add medication to an order.</li>
<li>Offer bulk discounts or &quot;stock up&quot; deals.</li>
<li>Ship anywhere except to you, at your verified address.</li>
<li>Take orders by WhatsApp, Telegram, text or social media.</li>
</ul>

<h2>Who Haven is not for</h2>
<p>At-home treatment is not the safest choice for everyone. People with a history of psychosis or mania, uncontrolled high blood pressure, significant heart disease, bladder problems, a current substance use disorder, or who are pregnant, under 21 or live without anyone who can sit with them during sessions are better served by an in-person clinic. If that describes you, your evaluation is still worth having: your clinician will tell you so directly and give you names of clinics near you.</p>
<h2>Questions about billing</h2>
<p>Email billing@havenketaminecare.example or call (888) 555-0187, Monday to Friday, 9am to 7pm Eastern. Our billing team is in Raleigh, North Carolina, and answers the phone themselves.</p>
</section>
</main>
<footer><p>Haven Ketamine Care is a brand of Haven Health Services, LLC, which provides administrative support to Haven Medical, PLLC and affiliated practices. Clinical care is provided by independent licensed clinicians. Available in NC, SC, VA, GA, TN, OH, PA, NY and NJ. &copy; 2026 &middot; <a href="/terms">Terms of membership</a> &middot; <a href="/privacy">Privacy</a> &middot; Crisis support: call or text 988</p></footer>
""", noise="cookie")

# ---------------------------------------------------------------- informational (8)

p("h10521", "https://www.valleyledger.example/investigations/2026/11/fake-ketamine-clinics-telegram", "informational", False, "en",
  "long-news-investigation-fake-clinics", "Behind the fake 'clinics' selling ketamine by mail | The Valley Ledger", """
<header class="masthead"><a href="/" class="paper">The Valley Ledger</a>
<nav><a href="/news">News</a> <a href="/investigations">Investigations</a> <a href="/health">Health</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="sub">Subscribe</a></nav></header>
<article>
<p class="kicker">INVESTIGATION</p>
<h1>They looked like clinics. They were selling ketamine by mail.</h1>
<p class="dek">A three-month Ledger investigation found at least 27 websites posing as ketamine clinics or telehealth services that shipped the drug with no medical evaluation &ndash; some using the names and photos of real practices.</p>
<p class="byline">By Corinne Atwater and Devin Osei &middot; November 18, 2026</p>

<p>When Maria Lindqvist, a 41-year-old bookkeeper from Modesto, searched for &quot;ketamine therapy near me&quot; last spring, the third result looked exactly like what she hoped for: soft photos of a treatment room, a smiling physician in a white coat, a page titled &quot;Our Approach to Healing&quot;. The site, which called itself Serene Path Ketamine Center, offered a &quot;home program&quot; for $349 a month. She filled out a 12-question form. Eleven minutes later she had an email: approved.</p>
<p>&quot;I thought that was a little fast,&quot; she said. &quot;But I also thought, finally, someone is making this easy.&quot;</p>
<p>The payment page asked for Zelle to a personal name or Bitcoin, with a 10 percent discount for crypto. A week later a padded envelope arrived with a handwritten return address and a bag of white crystalline powder, accompanied by a printed sheet of &quot;dosing tips&quot;. There was never a video call. There was never a doctor.</p>
<p>The physician in the photos, the Ledger found, is a real anesthesiologist in Ohio who had never heard of Serene Path. His headshot had been lifted from his hospital&#39;s website.</p>

<h2>A growing shadow market</h2>
<p>Interest in ketamine for depression has surged since the FDA approved esketamine nasal spray in 2019 and as hundreds of infusion clinics and telehealth companies opened across the country. Legitimate providers charge anywhere from $400 to $800 per infusion, and at-home telehealth programs typically cost $200 to $400 a month, with prescriptions filled by licensed pharmacies after a live video evaluation.</p>
<p>Alongside that market, reporters identified a parallel one. Over three months the Ledger reviewed 63 websites and 41 social media accounts that advertised ketamine or esketamine for home use. Twenty-seven of them either explicitly said no prescription was required, approved customers through a form alone, or directed buyers to place orders through WhatsApp or Telegram. Prices on those sites ranged from $90 to $160 per gram for what was described as &quot;pharmaceutical ketamine crystal&quot;, and from $250 to $400 for a single &quot;esketamine nasal spray&quot; &ndash; a product that, in its legitimate form, is never dispensed to patients.</p>
<p>Several used language borrowed from real medicine: &quot;intake&quot;, &quot;protocol&quot;, &quot;integration&quot;, &quot;membership&quot;. One advertised &quot;REMS-compliant discreet delivery&quot;, a phrase that, experts said, is a contradiction in terms.</p>

<h2>&quot;Stealth shipping&quot; and reship guarantees</h2>
<p>Reporters placed two test orders through a Telegram account linked from one of the sites, using a Ledger address. The account, whose profile picture showed a pharmacy cross, replied within minutes with a price list and the promise of &quot;stealth packaging&quot; and a free reship if a package was seized. Payment was requested in USDT, a cryptocurrency. The Ledger did not complete the purchases.</p>
<p>&quot;That is the tell,&quot; said Dr. Helen Marsh, a toxicologist at Central Valley Medical Center who reviewed the sites at the Ledger&#39;s request. &quot;A pharmacy does not promise to reship if customs takes your package. A pharmacy does not ship in a teddy bear.&quot;</p>

<h2>Real clinics caught in the crossfire</h2>
<p>At least six real practices told the Ledger their names, photos or text had been copied. Jennifer Okoye, practice manager of a ketamine infusion clinic in Sacramento, said patients have called the front desk asking why their &quot;order&quot; had not arrived. &quot;We have never shipped anything to anyone except a welcome folder,&quot; she said. &quot;Now every new patient gets a sentence in their first email: we will never sell you ketamine.&quot;</p>
<p>Telehealth companies say the copycats are damaging a young industry that is already under scrutiny. The DEA has repeatedly extended pandemic-era flexibilities that allow controlled substances to be prescribed by telemedicine, but regulators and lawmakers have raised concerns about lax prescribing. &quot;The difference between us and them is the video visit, the licensed prescriber and the licensed pharmacy,&quot; said the chief medical officer of one telehealth company, who asked that the company not be named because it is in talks with regulators. &quot;From a search result, that difference is invisible.&quot;</p>

<h2>What is actually in the packages</h2>
<p>The Ledger sent a sample provided by one buyer to a drug-checking service run by a university public health program. Analysis found ketamine, but also 2-fluorodeschloroketamine, a related research chemical that is not approved for any medical use and whose effects in humans have barely been studied. A second sample, from a &quot;nasal spray&quot; a reader purchased, contained no esketamine at all.</p>

<h2>Enforcement</h2>
<p>In a statement, the DEA said it does not comment on specific investigations but that &quot;the sale of controlled substances without a valid prescription, including through websites and encrypted messaging applications, is a federal crime.&quot; The California Board of Pharmacy said it had issued cease-and-desist letters to several domain registrants but that many sites reappear within days under new names.</p>
<p>After the Ledger contacted hosting providers with its findings, 14 of the 27 sites went offline. At least four were back under new domains within two weeks.</p>

<h2>How to tell the difference</h2>
<p>Experts interviewed for this story offered a simple checklist. A legitimate clinic or telehealth service will require a live evaluation by a licensed clinician, name its prescribers and the pharmacy that fills prescriptions, and take payment by card rather than crypto or peer-to-peer apps sent to individuals. It will not promise approval, discreet packaging or reshipment. Esketamine nasal spray is only ever given in a certified office.</p>
<p>Lindqvist never used the powder. She eventually found an in-person clinic 40 minutes from her home, where a physician spent an hour with her before anything was scheduled. &quot;It was slower and more expensive,&quot; she said. &quot;And it was real.&quot;</p>
<p class="note"><i>If you or someone you know is struggling, call or text 988. The Ledger&#39;s reporting was supported by a grant from the Central Valley Health Journalism Fund, which had no role in editorial decisions.</i></p>
</article>
<aside class="related"><h3>More from Investigations</h3><ul><li><a href="/investigations/2026/09/compounding-pharmacy-inspections">Compounding pharmacy inspections lag</a></li><li><a href="/investigations/2026/06/telehealth-adderall-aftermath">After the telehealth stimulant crackdown</a></li></ul></aside>
<footer>&copy; 2026 The Valley Ledger &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/corrections">Corrections</a> &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h10522", "https://www.depressionpatientnetwork.example/guides/choosing-a-ketamine-provider", "informational", False, "en",
  "long-advocacy-guide-choosing-provider", "Choosing a Ketamine or Esketamine Provider: A Patient's Guide | Depression Patient Network", """
<header><a class="logo" href="/">Depression Patient Network</a><nav><a href="/guides">Guides</a> <a href="/support-groups">Support groups</a> <a href="/advocacy">Advocacy</a> <a href="/stories">Stories</a> <a href="/donate" class="donate">Donate</a></nav></header>
<main>
<h1>Choosing a ketamine or esketamine provider: a patient&#39;s guide</h1>
<p class="meta">Written by DPN staff with review by our Medical Advisory Council. Last updated September 2026. DPN does not accept funding from ketamine clinics, telehealth companies or drug manufacturers, and does not recommend specific providers.</p>

<p>Every week our helpline gets calls from members who are thinking about ketamine. Some are hopeful, some are skeptical, and many are confused by the sheer variety of places offering it: hospital programs, infusion clinics, psychiatric offices, therapy practices, telehealth apps. This guide is meant to help you ask good questions. It is long because the decision deserves it.</p>

<h2>Part 1: The four main kinds of ketamine care</h2>
<h3>Esketamine (Spravato) in a certified center</h3>
<p>An FDA-approved nasal spray for treatment-resistant depression and for depression with suicidal thoughts. It must be self-administered in a certified office with at least two hours of monitoring. Because it is approved, insurance usually covers it after prior authorization. Your out-of-pocket cost depends heavily on your plan.</p>
<h3>IV ketamine infusions</h3>
<p>Given in infusion clinics and some hospitals, usually in a series of six over two to three weeks. It is off-label for depression, so insurance rarely pays. Self-pay prices we have seen from members range from $350 to $900 per infusion.</p>
<h3>Ketamine-assisted psychotherapy (KAP)</h3>
<p>Ketamine (often as a lozenge or injection) combined with psychotherapy sessions. Offered by therapy practices working with a prescriber. Costs vary widely because the therapy hours add up.</p>
<h3>At-home ketamine via telehealth</h3>
<p>A clinician evaluates you by video and, if appropriate, prescribes ketamine tablets or lozenges that a licensed pharmacy ships to your home. Monthly programs typically cost $200 to $400. This is the most convenient option and also the one with the least direct supervision.</p>

<h2>Part 2: Questions to ask any provider</h2>
<ol>
<li><b>Who will evaluate me, and how?</b> You should meet a licensed physician, psychiatric nurse practitioner or physician assistant &ndash; in person or by live video &ndash; before any prescription or treatment. Ask their name and look up their license on the state board&#39;s website.</li>
<li><b>What makes someone not eligible?</b> A good provider will have clear exclusions (uncontrolled high blood pressure, psychosis, certain heart conditions, active substance use disorders). If they say &quot;everyone qualifies&quot;, be cautious.</li>
<li><b>Who monitors me during treatment?</b> In a clinic, ask whether a nurse is with you the whole time and whether a physician is on site. For at-home care, ask how your blood pressure is checked and who reviews it.</li>
<li><b>What happens if it does not work?</b> Roughly a third to half of people do not get a lasting response. Ask when they evaluate progress and what they suggest if ketamine is not helping.</li>
<li><b>How do you coordinate with my other providers?</b> Ketamine works best as part of broader care.</li>
<li><b>What will the whole course cost?</b> Ask for a written estimate that includes the consultation, the treatments, follow-ups and any maintenance sessions.</li>
</ol>

<h2>Part 3: Money &ndash; what is normal and what is not</h2>
<p>Many members are surprised that legitimate providers ask for deposits or offer prepaid packages. Both are common and not a red flag in themselves. Clinics hold a nurse and a room for you, and deposits reduce no-shows. Package discounts of 5 to 15 percent for a prepaid series are typical. What matters is the refund policy: a good clinic will refund unused sessions if treatment is stopped for medical reasons.</p>
<p>Some small practices accept Zelle, Venmo or similar apps for deposits, particularly outside the US where apps like Bizum (Spain) or Pix (Brazil) are standard. That is also not a red flag on its own, as long as payment goes to an account in the business&#39;s name and you get a receipt. It becomes one when payment is requested to a personal name that does not match the clinic, or in cryptocurrency or gift cards.</p>
<p>Prices per milligram are unusual for depression treatment, where doses are modest and based on weight, but some pain clinics bill part of a long pain infusion by dose. Ask how the bill is calculated and get it in writing.</p>
<p>Ask for a superbill if you have out-of-network benefits. Some members have received partial reimbursement for IV ketamine; many have not. For Spravato, ask about the manufacturer&#39;s copay program if you have commercial insurance.</p>

<h2>Part 4: Communication &ndash; apps, texts and WhatsApp</h2>
<p>Appointment reminders by text message are normal. Clinics that serve international patients or immigrant communities often use WhatsApp for reminders and logistics, and hospitals in some countries use Telegram notification bots. What is not normal is ordering medication or discussing doses through messaging apps, or being contacted by a &quot;clinic&quot; you never reached out to.</p>

<h2>Part 5: Red flags</h2>
<ul>
<li>No live evaluation, or &quot;approval&quot; from an online questionnaire.</li>
<li>Nasal sprays, vials or powders offered for home use.</li>
<li>&quot;Discreet&quot; or &quot;stealth&quot; shipping, or promises to reship seized packages.</li>
<li>Ordering via WhatsApp, Telegram or Instagram DM.</li>
<li>Cryptocurrency discounts, gift card payment.</li>
<li>No named prescriber, no physical address, no licensed pharmacy.</li>
<li>Guarantees (&quot;95% success rate&quot;, &quot;cure your depression&quot;).</li>
</ul>
<p>If you see these, please do not proceed. Products sold this way have been found to contain other substances, including untested ketamine analogues.</p>

<h2>Part 6: Stories from members</h2>
<blockquote>&quot;My first clinic took a $150 deposit by Venmo and I panicked thinking it was a scam. I called them, and it was their business account with their logo. The second place I looked at wanted Bitcoin. That one was the scam.&quot; &ndash; Dana, Ohio</blockquote>
<blockquote>&quot;The telehealth company made me take my blood pressure on camera three times because my cuff was giving weird readings. Annoying. Also exactly what I want from people prescribing me ketamine.&quot; &ndash; Marcus, Georgia</blockquote>

<h2>Where to get help</h2>
<p>Call our helpline at 1-800-555-0166 (weekdays, 10am&ndash;6pm ET) to talk through options with a trained peer. We can send you a printable version of this checklist. If you are in crisis, call or text 988.</p>
</main>
<aside class="side"><h3>Related guides</h3><ul><li><a href="/guides/treatment-resistant-depression">What &quot;treatment-resistant&quot; means</a></li><li><a href="/guides/insurance-appeals">Appealing an insurance denial</a></li><li><a href="/guides/tms-basics">TMS basics</a></li></ul></aside>
<footer>Depression Patient Network is a 501(c)(3) nonprofit. &copy; 2026 &middot; <a href="/privacy">Privacy</a> &middot; This guide is for information only and is not medical advice.</footer>
""", noise="cookie")

p("h10523", "https://forum.tworoadsmentalhealth.example/t/what-did-ketamine-actually-cost-you-infusions-spravato-at-home/48213", "informational", False, "en",
  "long-forum-thread-costs", "What did ketamine actually cost you? (infusions, Spravato, at-home) - Treatments & Therapies - Two Roads Community", """
<header class="d-header"><a class="logo" href="/">Two Roads Community</a><span class="title">Treatments &amp; Therapies</span><nav><a href="/latest">Latest</a> <a href="/top">Top</a> <a href="/categories">Categories</a> <a href="/guidelines">Guidelines</a> <a href="/login">Log in</a></nav></header>
<div class="topic">
<h1>What did ketamine actually cost you? (infusions, Spravato, at-home)</h1>
<p class="topic-meta">Treatments &amp; Therapies &middot; 46 replies &middot; 3.1k views</p>

<div class="post" id="p1"><p class="author">quietharbor_22 &middot; Oct 3</p>
<p>My psychiatrist brought up ketamine last week and I&#39;m trying to figure out if it&#39;s even realistic money-wise. Every clinic website says &quot;call for pricing&quot; or gives a range so wide it means nothing. Could people share what they actually paid, where (roughly), and whether insurance helped? Also whether there were hidden costs. I&#39;m in Michigan, commercial insurance through work, deductible $2,500. Thanks in advance, this forum has been a lifeline.</p></div>

<div class="post" id="p2"><p class="author">Rory_in_Tacoma &middot; Oct 3</p>
<p>IV infusions in WA, 2025. $495 each, six in the first series, so about $3k. Clinic took a $100 deposit to book (by card, you could also Venmo their business account). Insurance reimbursed nothing, I submitted the superbills and got denied each time as &quot;experimental&quot;. Boosters every 6-8 weeks at $450. Hidden costs: Ubers home because you can&#39;t drive, about $30 each way. It was worth it for me, but I know I&#39;m lucky I could afford it.</p></div>

<div class="post" id="p3"><p class="author">mossandstone &middot; Oct 3</p>
<p>Spravato here, Ohio. Went through insurance (Anthem). Prior auth took 3 weeks and needed records of my previous meds, so dig out your old pharmacy history now. My costs: the office visit/monitoring portion hit my deductible at first, so the first month was about $1,100 out of pocket. After I met the deductible it was my 20% coinsurance on the monitoring, and the drug itself was mostly covered by the Janssen copay program (Spravato withMe) &ndash; I pay $10 per session for the medication now. Total this year probably $3,800 including deductible. The clinic never once mentioned &quot;packages&quot;, it&#39;s just billed like a medical visit.</p></div>

<div class="post" id="p4"><p class="author">quietharbor_22 &middot; Oct 4</p>
<p>@mossandstone that&#39;s really helpful, I didn&#39;t know about the copay thing. Did you have to drive far?</p></div>

<div class="post" id="p5"><p class="author">mossandstone &middot; Oct 4</p>
<p>35 min each way. My husband drove me twice a week for a month, then weekly. That&#39;s the real cost nobody talks about, honestly, he had to use PTO.</p></div>

<div class="post" id="p6"><p class="author">bex.h &middot; Oct 4</p>
<p>At-home telehealth, Texas. $199 evaluation (video, about an hour, she asked a LOT of questions and made me take my BP on camera), then $279/month which included the meds and shipping from a pharmacy in Austin. Package needed a signature. I did 8 sessions over 2 months then stopped because it wasn&#39;t doing much for me. So roughly $760 total. Cheaper than infusions but you need someone to sit with you every session, which was hard to arrange.</p></div>

<div class="post" id="p7"><p class="author">Dr_Kessler_MD (verified clinician) &middot; Oct 4</p>
<p>Psychiatrist here, not affiliated with any ketamine provider. A couple of general points for anyone reading: (1) ask any clinic for a written Good Faith Estimate before starting &ndash; if you&#39;re self-pay in the US they are legally required to give you one. (2) Package deals are fine but check the refund policy if you stop early for medical reasons. (3) Be cautious with at-home if you have hypertension or live alone. (4) If you have commercial insurance, Spravato is usually the cheapest route despite the paperwork.</p></div>

<div class="post" id="p8"><p class="author">newhere_throwaway &middot; Oct 5</p>
<p>has anyone tried the cheaper route? I found a guy on telegram who sells it way cheaper, like $120 for a gram, says it&#39;s pharma grade from india and he does stealth shipping. thinking of just doing it myself since I can&#39;t afford the clinics</p></div>

<div class="post" id="p9"><p class="author">Rory_in_Tacoma &middot; Oct 5</p>
<p>Please don&#39;t. Genuinely. You have no idea what&#39;s in it (people have gotten 2F-DCK or worse sold as ketamine), no idea of the dose, nobody watching your BP, and you&#39;re buying a controlled substance from a stranger. If money is the issue, look at sliding scale clinics or Spravato through insurance or Medicaid.</p></div>

<div class="post" id="p10"><p class="author">mod_lantern (moderator) &middot; Oct 5</p>
<p>Mod note: I&#39;ve removed the handle that was mentioned in a reply that has since been edited. Per our guidelines we don&#39;t allow sourcing discussion or contact info for sellers. @newhere_throwaway, no punishment here, but please read the pinned thread on low-cost treatment options. Several members have found affordable routes, and there are people here who&#39;ll help you navigate it.</p></div>

<div class="post" id="p11"><p class="author">newhere_throwaway &middot; Oct 5</p>
<p>ok fair. thanks for not just banning me. I&#39;ll look at the pinned thread</p></div>

<div class="post" id="p12"><p class="author">liesel_m &middot; Oct 6</p>
<p>Adding a non-US data point: I did IV ketamine at a private clinic in Madrid in 2024. 390 euros a session, they had a 6-session &quot;bono&quot; for 2,100. Booking deposit was 50 euros through Bizum, which felt weird to me as an American but is totally normal there &ndash; everyone uses it. Reminders came on WhatsApp. My Sanitas policy reimbursed part of the psychiatrist visit but not the infusions. They were super clear they never send medication home.</p></div>

<div class="post" id="p13"><p class="author">quietharbor_22 &middot; Oct 6</p>
<p>I love that this turned into an international price comparison. Anyone from Canada or the UK?</p></div>

<div class="post" id="p14"><p class="author">northern_lights_ab &middot; Oct 6</p>
<p>Alberta. Private IV clinic in Calgary, $600 CAD per infusion, no provincial coverage. My group benefits covered a chunk of the psychiatric assessment only. Spravato is covered by some private plans here. There&#39;s a long waitlist at the hospital program that does it publicly.</p></div>

<div class="post" id="p15"><p class="author">ellie_in_leeds &middot; Oct 7</p>
<p>UK: NHS doesn&#39;t fund ketamine routinely where I am. I self-funded at an NHS trust&#39;s private patient service &ndash; about &pound;400 per infusion, assessment &pound;450. Paid the deposit by card over the phone. They sent letters to my GP after every stage. Very proper, very NHS, slightly depressing waiting room, excellent nurses.</p></div>

<div class="post" id="p16"><p class="author">hank_and_the_dog &middot; Oct 8</p>
<p>Pain clinic in Arizona for CRPS, not depression, but since we&#39;re talking money: they billed chair time per hour plus the drug per mg. A 5-day series was just under $5k. Insurance (BCBS) eventually covered part of it after an appeal. Worth asking for the itemized bill because you can see exactly what dose you got.</p></div>

<div class="post" id="p17"><p class="author">quietharbor_22 &middot; Oct 9</p>
<p>Update for anyone finding this later: I called my insurance about Spravato and there&#39;s a certified office 20 minutes away that takes my plan. Prior auth submitted. I&#39;ll report back on actual costs. Thank you all, especially for being honest about the stuff that&#39;s not on the websites (rides! PTO!).</p></div>

<div class="post" id="p18"><p class="author">mossandstone &middot; Oct 9</p>
<p>Good luck! Bring a blanket, the rooms are always cold.</p></div>
</div>
<aside class="suggested"><h3>Suggested topics</h3><ul><li><a href="/t/pinned-low-cost-and-sliding-scale-treatment-options/1022">[Pinned] Low-cost and sliding-scale treatment options</a></li><li><a href="/t/spravato-prior-auth-denied-what-now/47110">Spravato prior auth denied, what now?</a></li><li><a href="/t/tms-vs-ketamine/45501">TMS vs ketamine</a></li></ul></aside>
<footer>Two Roads Community is a peer support forum. Posts are not medical advice. Sourcing, selling or sharing contact details for drug sellers is not allowed. Crisis? Call or text 988.</footer>
""", noise="cookie")

p("h10524", "https://www.summitbluehealthplan.example/providers/medical-policy/mp-5.01.112-ketamine-esketamine", "informational", False, "en",
  "long-insurer-medical-policy", "Medical Policy MP-5.01.112: Ketamine and Esketamine for Psychiatric Indications | Summit Blue Health Plan", """
<header><a class="logo" href="/">Summit Blue Health Plan</a><nav><a href="/members">Members</a> <a href="/providers">Providers</a> <a href="/employers">Employers</a> <a href="/providers/medical-policy">Medical Policies</a> <a href="/providers/prior-authorization">Prior Authorization</a></nav></header>
<main class="policy">
<table class="policy-head">
<tr><td>Policy number</td><td>MP-5.01.112</td></tr>
<tr><td>Title</td><td>Ketamine and Esketamine for Psychiatric Indications</td></tr>
<tr><td>Effective date</td><td>January 1, 2027</td></tr>
<tr><td>Last review</td><td>October 14, 2026</td></tr>
<tr><td>Applies to</td><td>Commercial HMO, PPO, EPO; Individual marketplace plans. Medicare Advantage plans follow CMS guidance; see MP-M-5.01.112.</td></tr>
</table>

<h2>Description</h2>
<p>Esketamine (Spravato) is a nasal spray approved by the U.S. Food and Drug Administration for adults with treatment-resistant depression (TRD), as monotherapy or in conjunction with an oral antidepressant, and for depressive symptoms in adults with major depressive disorder (MDD) with acute suicidal ideation or behavior, in conjunction with an oral antidepressant. Because of risks of sedation, dissociation, respiratory depression and abuse or misuse, esketamine is available only through a restricted program under a Risk Evaluation and Mitigation Strategy (REMS) and must be administered in a certified healthcare setting with patient monitoring for at least two hours.</p>
<p>Racemic ketamine is FDA-approved as a general anesthetic. Its use for depression, post-traumatic stress disorder, anxiety disorders, obsessive-compulsive disorder and other psychiatric conditions by intravenous, intramuscular, sublingual, oral or intranasal routes is off-label.</p>

<h2>Policy</h2>
<h3>I. Esketamine nasal spray</h3>
<p>Esketamine may be considered <b>medically necessary</b> for members 18 years of age and older when ALL of the following criteria are met:</p>
<ol type="A">
<li>Diagnosis of major depressive disorder, single or recurrent episode, without psychotic features, documented by a licensed behavioral health clinician; AND</li>
<li>For TRD: inadequate response to at least two antidepressants from at least two different classes, each taken at an adequate dose for at least six weeks in the current episode, unless contraindicated or not tolerated; OR for MDD with acute suicidal ideation or behavior: documentation of current suicidal ideation or behavior and a plan for concurrent comprehensive care; AND</li>
<li>Baseline severity documented using a validated instrument (e.g., PHQ-9, MADRS, HAM-D); AND</li>
<li>The member has no contraindication, including aneurysmal vascular disease, arteriovenous malformation or history of intracerebral hemorrhage; AND</li>
<li>Administration will occur in a healthcare setting certified under the Spravato REMS program.</li>
</ol>
<p>Initial authorization: up to 8 weeks (induction phase). Continuation: up to 6 months, when documentation shows improvement on the same validated instrument (at least a 25 percent reduction from baseline) and continued adherence to REMS monitoring requirements.</p>

<h3>II. Racemic ketamine</h3>
<p>Intravenous ketamine infusion for the treatment of major depressive disorder is considered <b>investigational</b> and therefore not covered, except as described in the Exceptions section below.</p>
<p>Ketamine administered by any route for post-traumatic stress disorder, generalized anxiety disorder, obsessive-compulsive disorder, bipolar depression, substance use disorders, or any other psychiatric indication is considered investigational.</p>
<p>Ketamine prescribed for self-administration at home (including sublingual tablets, troches, lozenges, oral solutions or intranasal preparations compounded by a pharmacy) for any psychiatric indication is considered investigational and not covered.</p>
<p>Ketamine-assisted psychotherapy: psychotherapy services delivered in connection with ketamine administration may be reimbursed under the member&#39;s behavioral health benefit when the psychotherapy itself meets medical necessity criteria; the ketamine component remains investigational.</p>

<h3>III. Exceptions</h3>
<p>For members with MDD and imminent risk of harm who are hospitalized in an acute psychiatric inpatient setting, intravenous ketamine administered as part of an inpatient treatment plan is included in the facility&#39;s inpatient reimbursement and does not require separate authorization.</p>

<h2>Rationale (summary)</h2>
<p>The pivotal trials supporting esketamine approval showed a statistically significant, modest advantage over placebo nasal spray combined with a newly initiated oral antidepressant, and a relapse-prevention trial showed delayed relapse among responders who continued esketamine. Evidence for intravenous ketamine in MDD includes multiple small randomized trials and meta-analyses showing rapid but frequently transient improvement after a single infusion, and a more limited evidence base for repeated infusions and maintenance. A large randomized trial comparing ketamine with electroconvulsive therapy in nonpsychotic TRD found ketamine noninferior for the primary outcome; however, evidence regarding long-term effectiveness, optimal dosing, and safety of repeated exposure (including urological and cognitive effects) remains insufficient to establish that outcomes are improved compared with established alternatives. For home-administered ketamine, there are no adequately controlled trials establishing safety or effectiveness.</p>
<p>The Plan will re-review this policy annually or sooner if new evidence becomes available.</p>

<h2>Billing and coding</h2>
<table>
<tr><th>Code</th><th>Description</th><th>Status</th></tr>
<tr><td>S0013</td><td>Esketamine, nasal spray, 1 mg</td><td>Covered when criteria met</td></tr>
<tr><td>G2082</td><td>Office or outpatient visit for the evaluation and management of an established patient that requires the supervision of a physician or other qualified health professional and provision of up to 56 mg of esketamine nasal self-administration, includes 2 hours post-administration observation</td><td>Covered when criteria met</td></tr>
<tr><td>G2083</td><td>Same, greater than 56 mg</td><td>Covered when criteria met</td></tr>
<tr><td>J3490 / 96365&ndash;96366 with ketamine</td><td>IV infusion of ketamine</td><td>Investigational for psychiatric indications</td></tr>
</table>
<p>Esketamine may be billed through the medical benefit by the certified treatment setting or through the pharmacy benefit when dispensed by a specialty pharmacy directly to the certified setting. Esketamine dispensed to a member for use outside a certified healthcare setting is not covered under any circumstance.</p>

<h2>Member resources</h2>
<p>Members with questions about coverage should call the number on the back of their ID card. Members who receive offers to purchase ketamine or esketamine online or by mail without an in-person or telehealth evaluation should not respond; such products are not covered, may be counterfeit, and may be illegal to buy. The Plan&#39;s Special Investigations Unit can be reached at 1-800-555-0155 to report suspected fraud, including providers billing for services not rendered.</p>

<h2>Policy history</h2>
<ul><li>10/14/2026: Annual review. Added monotherapy indication language for esketamine; clarified home-administered ketamine and KAP position.</li><li>10/2025: Annual review. No change to coverage position.</li><li>03/2024: Coding update (S0013).</li><li>01/2020: New policy.</li></ul>
<p class="disclaimer">Medical policies are not a guarantee of coverage. Benefits are determined by the member&#39;s plan document. This policy does not constitute medical advice; treating providers are solely responsible for medical decisions.</p>
</main>
<footer>&copy; 2026 Summit Blue Health Plan, Inc. &middot; <a href="/nondiscrimination">Nondiscrimination and language assistance</a> &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h10525", "https://www.safernightsproject.example/drugs/ketamine", "informational", False, "en",
  "long-harm-reduction-guide", "Ketamine: effects, risks and safer use | Safer Nights Project", """
<header class="hr-head"><a class="logo" href="/">Safer Nights Project</a>
<nav><a href="/drugs">Drug info</a> <a href="/drug-checking">Drug checking</a> <a href="/festivals">At festivals</a> <a href="/naloxone">Naloxone</a> <a href="/get-support">Get support</a> <a href="/about">About</a></nav></header>
<main>
<p class="crumbs"><a href="/drugs">Drug info</a> / Ketamine</p>
<h1>Ketamine</h1>
<p class="also">Also called: K, ket, special K, kitkat, vitamin K, horse tranquilliser, donkey dust. Related substances sometimes sold as ketamine: 2F-DCK, deschloroketamine (DCK), O-PCE, 3-MeO-PCP, methoxetamine (MXE).</p>
<p class="disclaimer">We don&#39;t sell drugs, we don&#39;t tell you where to get them, and we don&#39;t judge. This page is here so that people who use ketamine, or are thinking about it, can stay safer. If you&#39;re thinking about ketamine as treatment for depression, read the section on medical ketamine near the bottom.</p>

<h2>What it is</h2>
<p>Ketamine is a dissociative anaesthetic. It was developed in the 1960s and is still widely used in hospitals, ambulances, war zones and veterinary practice because it provides pain relief and anaesthesia without stopping breathing as easily as other anaesthetics. At lower doses it produces a sense of detachment from the body and the surroundings, distorted perception of time and space, and at higher doses the experience people call a &quot;K-hole&quot;, in which they may be unable to move or communicate.</p>
<p>Outside medicine, ketamine usually appears as a white crystalline powder that is snorted, sometimes as a liquid or tablets. Medical ketamine comes as a clear liquid in sealed vials or, more recently, as tablets or lozenges prescribed for depression.</p>

<h2>Effects</h2>
<p>When snorted, effects usually start within 5 to 15 minutes and last 45 to 90 minutes, with an afterglow or hangover of a few hours. People describe feeling floaty, detached, euphoric, dreamy, or &quot;out of their body&quot;. Coordination goes quickly: walking, talking and judging distances become hard. Some people feel nauseous. The experience can also be frightening, especially at higher doses or in a chaotic environment.</p>

<h2>Risks</h2>
<h3>Accidents</h3>
<p>Most serious harm from ketamine at parties comes from accidents: falls, drowning, road injuries and being unable to look after yourself. Because ketamine numbs pain, people can injure themselves without realising.</p>
<h3>Mixing</h3>
<p>Mixing ketamine with alcohol, GHB/GBL, benzodiazepines or opioids increases the risk of vomiting, choking and slowed breathing. This combination is behind most ketamine-related deaths. Mixing with stimulants like cocaine or MDMA puts extra strain on the heart and can make it hard to judge how affected you are.</p>
<h3>Bladder damage</h3>
<p>Regular ketamine use can seriously damage the bladder and urinary tract. Early signs include needing to pee often and urgently, pain when peeing, and blood in the urine. &quot;K cramps&quot; &ndash; intense abdominal pain &ndash; are another warning sign. If you notice these, stop using and see a doctor. Be honest about your ketamine use; treatment is more effective the earlier it starts, and damage can become permanent.</p>
<h3>Dependence</h3>
<p>Ketamine doesn&#39;t cause physical withdrawal in the way opioids do, but tolerance builds quickly and some people find themselves using more and more often. If you&#39;re using daily or most days, that&#39;s worth talking about with someone.</p>
<h3>Mental health</h3>
<p>Heavy use is linked to memory problems, low mood and, in some people, paranoia. People with a personal or family history of psychosis are at higher risk.</p>

<h2>What&#39;s actually in your bag</h2>
<p>Drug-checking services around the world regularly find substances sold as ketamine that are something else. In the past two years, the most common substitute in our own checking service has been <b>2F-DCK</b> (2-fluorodeschloroketamine), followed by <b>deschloroketamine</b>. These are longer-acting and can be more potent; people have ended up taking a second dose because &quot;it wasn&#39;t working&quot; and then getting much more than they expected. We have also found samples with no dissociative at all, and a few with cutting agents like caffeine or MSM.</p>
<p>Products bought online &ndash; especially from websites or Telegram sellers that claim to offer &quot;pharma-grade&quot; ketamine, &quot;Indian hospital vials&quot; or &quot;research chemicals&quot; &ndash; are no more reliable than anything else. Get it tested if you can. Our free, confidential drug-checking service runs every Thursday and Saturday; see the <a href="/drug-checking">drug checking page</a> for locations.</p>

<h2>If you choose to use: safer use tips</h2>
<ul>
<li><b>Start low, go slow.</b> Try a small amount and wait at least 30 minutes before taking more. Different batches vary a lot.</li>
<li><b>Don&#39;t mix,</b> especially with alcohol, GHB or downers.</li>
<li><b>Be somewhere safe,</b> sitting or lying down, away from water, roads and stairs, with people you trust who are not as high as you.</li>
<li><b>Use your own snorting equipment,</b> and rinse your nose with water afterwards.</li>
<li><b>Take breaks.</b> Leave weeks between sessions, not days, to reduce bladder risk and tolerance.</li>
<li><b>Recovery position.</b> If someone is unresponsive, put them on their side and call an ambulance. Tell paramedics what they took; they are there to help, not to arrest.</li>
</ul>

<h2>Ketamine and the law</h2>
<p>In the UK ketamine is a Class B drug; in the US it is a Schedule III controlled substance; in most of Europe it is controlled. Selling or supplying it without authorisation is a serious offence everywhere we know of. Buying it online can also be an offence, and parcels are intercepted.</p>

<h2>Medical ketamine and esketamine for depression</h2>
<p>Ketamine and esketamine (the nasal spray Spravato) are now used to treat depression that hasn&#39;t responded to other treatments. In medical settings, people are assessed by a doctor, doses are measured precisely, blood pressure is monitored, and someone is there throughout. That is very different from using ketamine on your own, and using street ketamine &quot;to self-medicate&quot; doesn&#39;t replicate what happens in a clinic. If you&#39;re struggling with low mood, talk to your GP, who can refer you to services that may include ketamine or esketamine. Be wary of anyone online offering ketamine &quot;treatment&quot; without a proper assessment.</p>

<h2>Getting support</h2>
<p>If you want to cut down or stop, or you&#39;re worried about a friend, our support workers can chat confidentially, without judgement. You don&#39;t need to want to stop completely to talk to us. Call 0300 555 0178 or use the webchat on weekdays from 10am to 8pm.</p>
</main>
<aside class="sidebar"><h3>Quick help</h3><p>Emergency: call 999 (UK) or 112 (EU) or 911 (US). Say what was taken.</p><h3>Related</h3><ul><li><a href="/drugs/2f-dck">2F-DCK</a></li><li><a href="/drugs/ghb-gbl">GHB/GBL</a></li><li><a href="/drugs/mixing">Mixing chart</a></li></ul></aside>
<footer>Safer Nights Project is a registered charity. Information reviewed by our clinical advisory group, May 2026. &copy; 2026 &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h10526", "https://www.rheinmain-rundschau.example/gesundheit/esketamin-ketamin-depression-kosten-angebote-2026", "informational", False, "de",
  "long-news-feature-de", "Esketamin, Ketamin und Schwarzmarkt: Was Menschen mit schweren Depressionen wissen sollten | Rhein-Main Rundschau", """
<header class="kopf"><a class="zeitung" href="/">Rhein-Main Rundschau</a>
<nav><a href="/politik">Politik</a> <a href="/region">Region</a> <a href="/wirtschaft">Wirtschaft</a> <a href="/gesundheit" class="aktiv">Gesundheit</a> <a href="/kultur">Kultur</a> <a href="/sport">Sport</a> <a href="/abo" class="abo">Abo</a></nav></header>
<article>
<p class="rubrik">Gesundheit &middot; Hintergrund</p>
<h1>Hoffnung per Nasenspray &ndash; und ein gefährlicher Schwarzmarkt</h1>
<p class="teaser">Esketamin hilft manchen Menschen, bei denen sonst nichts mehr wirkt. Doch der Zugang ist kompliziert, private Ketamin-Infusionen sind teuer &ndash; und im Netz werben dubiose Anbieter mit &quot;Ketamin ohne Rezept&quot;. Eine Bestandsaufnahme.</p>
<p class="autor">Von Katharina Seidel &middot; 24. November 2026</p>

<p>Als Thomas R. zum ersten Mal in der psychiatrischen Institutsambulanz in Offenbach saß, hatte er sieben Antidepressiva hinter sich, zwei Klinikaufenthalte und eine Psychotherapie, die er selbst &quot;gut, aber nicht genug&quot; nennt. &quot;Ich war so weit, dass ich nichts mehr erwartet habe&quot;, sagt der 52-jährige Maschinenbauingenieur. Die Ärztin schlug Esketamin vor, einen Nasenspray, der seit 2019 in der EU zugelassen ist. Nach vier Wochen, zwei Anwendungen pro Woche, merkte er etwas. &quot;Nicht plötzlich glücklich. Aber der Nebel wurde dünner.&quot;</p>
<p>Geschichten wie seine haben das Interesse an Esketamin und an seinem &quot;großen Bruder&quot; Ketamin wachsen lassen. Doch wer sich auf die Suche nach einer Behandlung macht, trifft auf ein unübersichtliches Feld &ndash; und auf Angebote, vor denen Fachleute eindringlich warnen.</p>

<h2>Wie der legale Weg aussieht</h2>
<p>Esketamin (Handelsname Spravato) ist für Erwachsene mit therapieresistenter Depression zugelassen, also wenn mindestens zwei Antidepressiva nicht ausreichend gewirkt haben. Der Spray muss unter Aufsicht in einer Praxis oder Klinik angewendet werden; anschließend bleiben die Patientinnen und Patienten mindestens zwei Stunden zur Beobachtung. Mit nach Hause nehmen darf man ihn nicht. Gesetzliche Krankenkassen übernehmen die Kosten, wenn die Behandlung in einer dafür ausgestatteten Einrichtung erfolgt &ndash; häufig psychiatrische Institutsambulanzen, Universitätskliniken oder spezialisierte Facharztpraxen.</p>
<p>&quot;Das Nadelöhr ist nicht das Medikament, sondern die Struktur&quot;, sagt Prof. Dr. Anja Feldmann, Oberärztin an einer Frankfurter Universitätsklinik. Für jede Sitzung braucht es einen Raum, eine Pflegekraft und mehr als zwei Stunden Zeit. Viele Praxen scheuen den Aufwand. In ländlichen Regionen sind die Wege weit, und Betroffene dürfen nach der Anwendung nicht selbst Auto fahren.</p>

<h2>Privatpraxen und Ketamin-Infusionen</h2>
<p>Daneben bieten private Praxen und Kliniken intravenöse Ketamin-Infusionen an &ndash; für Depressionen ein sogenannter Off-Label-Einsatz, also außerhalb der Zulassung. Die Kosten tragen die Patienten meist selbst. Bei einer Stichprobe unserer Redaktion unter zwölf Anbietern in Hessen, Bayern und Nordrhein-Westfalen lagen die Preise zwischen 300 und 550 Euro pro Infusion; eine Serie von sechs Infusionen kostete zwischen 1.800 und 3.000 Euro. Einige Praxen verlangen eine Anzahlung, bieten Pakete an oder erinnern per Messenger an Termine. Das ist für sich genommen nicht unseriös, sagt Feldmann: &quot;Entscheidend ist, dass vorher ein ausführliches ärztliches Gespräch und eine körperliche Untersuchung stattfinden, dass die Infusion überwacht wird und dass niemand mit Medikamenten nach Hause geschickt wird.&quot;</p>
<p>Private Krankenversicherungen erstatten Esketamin in der Regel, Ketamin-Infusionen dagegen uneinheitlich. Mehrere Versicherte berichten von Ablehnungen mit dem Hinweis auf fehlende Zulassung.</p>

<h2>Der Schwarzmarkt im Netz</h2>
<p>Parallel dazu hat sich ein Markt entwickelt, den Ermittler mit Sorge beobachten. Bei einer Recherche über mehrere Wochen stieß unsere Redaktion auf Websites und Telegram-Kanäle, die Ketamin-Pulver, angebliche &quot;Klinik-Ampullen&quot; und sogar &quot;Esketamin-Nasenspray&quot; anboten &ndash; &quot;ohne Rezept&quot;, &quot;diskreter Versand&quot;, Bezahlung in Bitcoin. Ein Anbieter nannte Preise von 45 Euro pro Gramm, ab zehn Gramm mit Mengenrabatt. Ein anderer bewarb seine Ware mit Fotos aus echten Behandlungsräumen, die offenbar von der Website einer Münchner Praxis kopiert worden waren.</p>
<p>&quot;Das ist kein Graubereich, das ist illegaler Handel&quot;, sagt ein Sprecher des Landeskriminalamts. Ketamin unterliegt in Deutschland dem Arzneimittelgesetz und ist verschreibungspflichtig; der Handel ohne Erlaubnis ist strafbar. Esketamin darf überhaupt nur an Einrichtungen abgegeben werden. Was in den Päckchen tatsächlich steckt, weiß niemand. Drug-Checking-Projekte in der Schweiz und in Österreich haben in als Ketamin verkauften Proben wiederholt verwandte Substanzen wie 2F-Deschloroketamin gefunden, deren Wirkung kaum erforscht ist.</p>
<p>Das Bundesinstitut für Arzneimittel und Medizinprodukte rät grundsätzlich davon ab, verschreibungspflichtige Medikamente bei Anbietern zu kaufen, die kein Rezept verlangen. Seriöse Versandapotheken in Deutschland tragen ein EU-Sicherheitslogo, das auf einen Registereintrag verlinkt.</p>

<h2>Was die Forschung sagt</h2>
<p>Die Studienlage ist solide, aber weniger spektakulär, als manche Werbung suggeriert. In den Zulassungsstudien besserten sich die Symptome unter Esketamin plus Antidepressivum stärker als unter Placebo-Spray plus Antidepressivum, der Unterschied war jedoch moderat. Bei Ketamin-Infusionen zeigen viele kleinere Studien eine rasche Wirkung, die ohne Wiederholung oft nach Tagen bis Wochen nachlässt. Über die Folgen jahrelanger Behandlung ist wenig bekannt. &quot;Für einen Teil der Patienten ist es ein echter Fortschritt&quot;, sagt Feldmann. &quot;Für etwa ein Drittel bis die Hälfte wirkt es nicht ausreichend. Das muss man ehrlich sagen.&quot;</p>
<h2>Telemedizin: In Deutschland kaum ein Thema</h2>
<p>In den USA haben sich Telemedizin-Unternehmen etabliert, die nach einer Videosprechstunde Ketamin-Tabletten für die Anwendung zu Hause verschreiben und per Partnerapotheke verschicken. In Deutschland spielt dieses Modell praktisch keine Rolle; Ketamin-Behandlungen finden hier fast ausschließlich vor Ort statt. Fachleute sehen das nicht als Nachteil. &quot;Die Überwachung ist ein Teil der Behandlung&quot;, sagt Feldmann.</p>

<h2>Was Betroffene tun können</h2>
<p>Wer glaubt, von Esketamin profitieren zu können, sollte zunächst mit der behandelnden Psychiaterin oder dem Hausarzt sprechen. Die Deutsche Depressionshilfe führt Informationen zu Behandlungsmöglichkeiten. Bei privaten Angeboten lohnt ein genauer Blick: Gibt es ein persönliches Erstgespräch? Wer ist ärztlich verantwortlich? Gibt es einen schriftlichen Kostenvoranschlag? Und vor allem: Wird das Medikament ausschließlich in der Praxis angewendet?</p>
<p>Thomas R. geht inzwischen alle zwei Wochen zur Sitzung. Er lässt sich von seiner Frau fahren und bringt ein Buch mit, das er selten liest. &quot;Meistens schaue ich einfach aus dem Fenster&quot;, sagt er. &quot;Das konnte ich vorher nicht.&quot;</p>
<p class="hilfe"><i>Wenn Sie sich in einer Krise befinden, erreichen Sie die TelefonSeelsorge rund um die Uhr kostenlos unter 0800 111 0 111 oder 0800 111 0 222.</i></p>
</article>
<aside class="mehr"><h3>Mehr zum Thema</h3><ul><li><a href="/gesundheit/depression-wartezeiten-psychotherapie">Wartezeiten auf Psychotherapie: Die Lage in Hessen</a></li><li><a href="/gesundheit/drug-checking-modellprojekt">Drug-Checking: Das Modellprojekt in Frankfurt</a></li></ul></aside>
<footer>&copy; 2026 Rhein-Main Rundschau Verlags-GmbH &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h10527", "https://www.jornaldasaudebr.example/saude-mental/golpes-venda-cetamina-whatsapp-instagram", "informational", False, "pt",
  "long-news-feature-pt-scams", "Golpe da 'cetamina em casa': perfis falsos usam nome de clínicas para vender droga pelo WhatsApp | Jornal da Saúde", """
<header class="topo"><a class="marca" href="/">Jornal da Saúde</a>
<nav><a href="/saude-mental" class="ativo">Saúde mental</a> <a href="/medicamentos">Medicamentos</a> <a href="/sus">SUS</a> <a href="/planos-de-saude">Planos de saúde</a> <a href="/bem-estar">Bem-estar</a> <a href="/newsletter">Newsletter</a></nav></header>
<article>
<p class="chapeu">SAÚDE MENTAL &middot; REPORTAGEM ESPECIAL</p>
<h1>Golpe da &quot;cetamina em casa&quot;: perfis falsos usam nome de clínicas para vender droga pelo WhatsApp</h1>
<p class="linha-fina">Em meio ao aumento da procura por tratamentos com cetamina e escetamina para depressão, anúncios prometem &quot;sessões em casa&quot; com entrega pelos Correios. Especialistas alertam: é crime e é perigoso.</p>
<p class="autoria">Por Beatriz Fonseca, de São Paulo &middot; 12 de novembro de 2026</p>

<p>A professora Juliana, de 34 anos, moradora de Campinas, conta que viu o anúncio no Instagram numa madrugada de insônia. &quot;Tratamento com cetamina sem sair de casa. Resultados em 24 horas.&quot; O perfil tinha foto de uma sala clínica, logotipo com cruz verde e milhares de seguidores. Ela mandou mensagem. Em poucos minutos, um atendente respondeu pelo WhatsApp com uma tabela: &quot;kit 5 sessões&quot; por R$ 890, &quot;kit 10 sessões&quot; por R$ 1.590, pagamento por Pix, entrega &quot;discreta&quot; em até três dias úteis. Nenhuma consulta. Nenhum médico.</p>
<p>&quot;Perguntei se precisava de receita e ele disse que a clínica já tinha um médico responsável e que era só preencher um formulário&quot;, lembra. Ela desistiu quando o atendente pediu o Pix para uma chave de CPF em nome de uma pessoa física. &quot;Aí caiu a ficha.&quot;</p>

<h2>Fotos roubadas de clínicas reais</h2>
<p>A reportagem identificou ao menos 15 perfis em redes sociais e quatro sites que, nos últimos seis meses, anunciavam cetamina ou &quot;spray de escetamina&quot; para uso em casa, com entrega para todo o Brasil. Em pelo menos cinco casos, as fotos eram de clínicas de verdade, em São Paulo, Belo Horizonte e Porto Alegre.</p>
<p>O psiquiatra Rafael Nogueira, diretor de um instituto de psiquiatria na zona sul de São Paulo, descobriu que imagens da sala de aplicação de sua clínica circulavam em um grupo de Telegram. &quot;Recebemos ligações de pessoas perguntando por que o pedido não tinha chegado&quot;, diz. &quot;Nós nunca vendemos nada. A cetamina aqui é aplicada na veia, com anestesiologista do lado, e o paciente só vai embora acompanhado.&quot; A clínica registrou boletim de ocorrência e passou a incluir um aviso em seu site e em todas as mensagens de confirmação de consulta.</p>

<h2>Como funciona o tratamento de verdade</h2>
<p>A escetamina em spray nasal é aprovada pela Anvisa para depressão resistente e deve ser aplicada em ambiente de saúde, sob supervisão, com observação de pelo menos duas horas. A cetamina por via endovenosa é usada fora de bula por psiquiatras e anestesiologistas, também em clínica, com monitorização. Em ambos os casos, o tratamento começa com consulta presencial. Os valores cobrados por clínicas particulares em capitais variam, segundo levantamento do Jornal da Saúde, de R$ 900 a R$ 1.800 por sessão de cetamina, e de R$ 2.000 a R$ 3.500 por sessão de escetamina, dependendo da dose.</p>
<p>Muitas clínicas legítimas cobram sinal para reservar horário, aceitam Pix e usam WhatsApp para lembretes. &quot;Isso não é problema&quot;, explica a advogada Mariana Teles, especialista em direito da saúde. &quot;O problema é vender medicamento controlado sem receita e sem avaliação médica. A chave Pix de uma clínica é o CNPJ dela, com a razão social. Se pedirem pagamento para pessoa física em nome de clínica, desconfie.&quot;</p>

<h2>O que dizem as autoridades</h2>
<p>A cetamina está na lista de substâncias controladas da Portaria 344/98 da Anvisa. Sua venda sem autorização é tráfico de drogas, segundo a Lei 11.343/2006. Em nota, a Anvisa afirmou que &quot;não existe comercialização legal de escetamina ou cetamina diretamente ao consumidor para uso domiciliar&quot; e que denúncias podem ser feitas pelo canal Fale Conosco. A Polícia Federal informou que monitora anúncios de substâncias controladas em plataformas digitais, mas não comentou casos específicos.</p>
<p>Procurada, a Meta, dona do Instagram e do WhatsApp, disse que remove conteúdos que violam suas políticas sobre drogas quando identificados. Três dos perfis apontados pela reportagem foram retirados do ar depois do contato. Dois reapareceram com outros nomes em menos de uma semana.</p>

<h2>O que vem no pacote</h2>
<p>Um leitor que comprou um &quot;kit&quot; de um desses perfis enviou o material a um laboratório universitário de toxicologia, a pedido da reportagem. O conteúdo, vendido como &quot;cetamina farmacêutica sublingual&quot;, era um pó branco dividido em saquinhos. A análise encontrou cetamina misturada com cafeína e uma substância análoga ainda não identificada. &quot;A pessoa não tem ideia da dose, nem do que está tomando&quot;, diz a toxicologista Helena Prado. &quot;E a cetamina, sem monitorização, pode elevar muito a pressão arterial. Para quem tem problema cardíaco, é um risco real.&quot;</p>

<h2>Por que o golpe funciona</h2>
<p>Para o psiquiatra e pesquisador Otávio Mendes, da Universidade Federal de São Paulo, o golpe se aproveita de uma combinação difícil: pessoas em sofrimento há anos, filas longas no sistema público e tratamentos particulares caros. &quot;Quem está deprimido e lê que existe algo que funciona em horas fica vulnerável a qualquer promessa&quot;, diz. Ele lembra que a cetamina não funciona para todos e que, mesmo quando funciona, o efeito precisa de acompanhamento. &quot;O que ajuda é o tratamento inteiro, não o pó num saquinho.&quot;</p>
<h2>Como se proteger</h2>
<ul>
<li>Tratamento com cetamina ou escetamina sempre começa com consulta médica presencial.</li>
<li>Nenhum serviço legítimo entrega cetamina ou escetamina em casa.</li>
<li>Verifique o CRM do médico responsável no site do Conselho Regional de Medicina.</li>
<li>Desconfie de &quot;kits&quot;, &quot;promoções&quot;, pagamento para CPF e atendimento só por WhatsApp ou Telegram.</li>
<li>Denuncie perfis à Anvisa, à plataforma e à polícia.</li>
</ul>
<p>Juliana, que desistiu da compra, conseguiu uma vaga num ambulatório de um hospital universitário que oferece escetamina pelo SUS em casos selecionados. Está na fila. &quot;É demorado. Mas é de verdade.&quot;</p>
<p class="ajuda"><i>Se você está passando por um momento difícil, o CVV atende 24 horas pelo telefone 188, gratuitamente, ou pelo chat no site cvv.org.br.</i></p>
</article>
<aside><h3>Leia também</h3><ul><li><a href="/planos-de-saude/reembolso-escetamina-justica">Planos e escetamina: o que dizem os tribunais</a></li><li><a href="/saude-mental/depressao-resistente-o-que-e">Depressão resistente: o que é e como tratar</a></li></ul></aside>
<footer>&copy; 2026 Jornal da Saúde &middot; <a href="/expediente">Expediente</a> &middot; <a href="/privacidade">Política de privacidade</a></footer>
""", noise="cookie-pt")

p("h10528", "https://www.associazioneoltreilbuio.example/guide/esketamina-ketamina-come-orientarsi", "informational", False, "it",
  "long-patient-association-guide-it", "Esketamina e ketamina: come orientarsi tra ospedali, centri privati e offerte online | Associazione Oltre il Buio", """
<header class="testata"><a class="logo" href="/">Associazione Oltre il Buio <small>persone con depressione e familiari</small></a>
<nav><a href="/chi-siamo">Chi siamo</a> <a href="/guide" class="attivo">Guide</a> <a href="/gruppi">Gruppi di auto-aiuto</a> <a href="/eventi">Eventi</a> <a href="/sostienici">Sostienici</a></nav></header>
<main>
<h1>Esketamina e ketamina: come orientarsi</h1>
<p class="nota">Guida a cura del gruppo informazione dell&#39;Associazione, rivista dal nostro comitato scientifico. Aggiornamento: ottobre 2026. L&#39;Associazione non riceve finanziamenti da aziende farmaceutiche né da centri che offrono questi trattamenti, e non consiglia strutture specifiche.</p>

<p>Negli ultimi mesi molte persone hanno scritto al nostro sportello per chiedere informazioni sull&#39;esketamina e sulla ketamina. Alcuni hanno letto articoli entusiasti, altri hanno visto pubblicità sui social, altri ancora ne hanno sentito parlare dallo psichiatra. Abbiamo raccolto qui le domande più frequenti, con risposte il più possibile concrete.</p>

<h2>Di cosa parliamo</h2>
<p>L&#39;<b>esketamina</b> è uno spray nasale autorizzato per adulti con depressione resistente, cioè che non è migliorata con almeno due antidepressivi. Si usa insieme a un antidepressivo orale e deve essere somministrata in una struttura sanitaria, sotto controllo di personale sanitario, con osservazione di almeno due ore. La <b>ketamina</b> è un anestetico usato da decenni; la sua somministrazione per via endovenosa nella depressione è un uso &quot;off-label&quot;, cioè al di fuori delle indicazioni autorizzate, che alcuni centri propongono con consenso informato.</p>

<h2>Nel servizio pubblico</h2>
<p>In diverse regioni l&#39;esketamina è disponibile a carico del Servizio sanitario nazionale presso centri ospedalieri individuati, con piano terapeutico redatto dallo specialista. I centri sono pochi rispetto alla domanda e spesso ci sono liste d&#39;attesa. Il consiglio che diamo ai soci è di parlarne per prima cosa con il proprio psichiatra o con il Centro di salute mentale di riferimento, che può inviare la richiesta al centro ospedaliero. Ricordate di portare la documentazione dei farmaci già provati: serve per dimostrare la resistenza al trattamento.</p>

<h2>Nei centri privati</h2>
<p>Alcuni centri privati offrono l&#39;esketamina e la ketamina in regime di solvenza. Dalle informazioni raccolte tra i soci, i costi variano molto: una prima visita psichiatrica costa in genere tra 150 e 250 euro; una seduta di esketamina tra 400 e 650 euro a seconda della dose; un&#39;infusione di ketamina tra 300 e 500 euro. Alcuni centri propongono cicli con pagamento anticipato e uno sconto.</p>
<p>Ci hanno chiesto se sia normale che un centro chieda un acconto, accetti pagamenti con app come Satispay o mandi promemoria via WhatsApp o Telegram. La risposta è sì: sono pratiche diffuse anche tra strutture serie. Quello che conta è altro: che ci sia una visita psichiatrica di persona prima di iniziare, che il direttore sanitario e i medici siano indicati per nome, che la struttura sia autorizzata dall&#39;ATS o dall&#39;ASL, che si riceva fattura, e che il farmaco venga somministrato solo in ambulatorio.</p>
<p>Chiedete sempre un preventivo scritto e informatevi se la vostra assicurazione integrativa o il fondo sanitario rimborsa le visite o le sedute. Le spese sono detraibili come spese sanitarie.</p>

<h2>Le offerte online: attenzione</h2>
<p>Diversi soci ci hanno segnalato canali Telegram, profili Instagram e siti che offrono &quot;ketamina per uso domestico&quot;, &quot;spray di esketamina senza ricetta&quot; o &quot;kit per terapia a casa&quot;, con spedizione discreta e pagamento in criptovalute o ricariche. In Italia non esiste alcun modo legale di ricevere esketamina o ketamina a casa per la depressione. Questi prodotti sono venduti illegalmente, il contenuto è sconosciuto e possono essere pericolosi, soprattutto per chi ha problemi di pressione o di cuore. Alcuni di questi canali usano nomi e foto di centri reali. Se ricevete messaggi di questo tipo, non rispondete e segnalateli ai Carabinieri del NAS e alla piattaforma.</p>
<p>Negli Stati Uniti esistono servizi di telemedicina che, dopo una visita in video con un medico abilitato, prescrivono ketamina sublinguale spedita da una farmacia autorizzata. Questo modello non è previsto in Italia. Un sito italiano che vi propone qualcosa di simile senza visita, o con un semplice questionario, non è un servizio sanitario.</p>

<h2>Cosa aspettarsi dal trattamento</h2>
<p>Ci sembra giusto dirlo chiaramente: né l&#39;esketamina né la ketamina funzionano per tutti. Secondo i dati disponibili, una parte importante delle persone trattate ha un miglioramento significativo, ma circa un terzo o più non risponde in modo sufficiente, e in chi risponde l&#39;effetto spesso richiede sedute di mantenimento. Gli effetti collaterali durante la seduta (sensazione di distacco, vertigini, nausea, aumento della pressione) di solito passano in poche ore, ma vanno gestiti da personale preparato.</p>
<h2>Domande da fare a un centro</h2>
<ol>
<li>Chi mi visiterà prima del trattamento, e quanto dura la visita?</li>
<li>Chi è presente durante la seduta? C&#39;è un medico nella struttura?</li>
<li>Come vengono controllati pressione e parametri vitali?</li>
<li>Quante sedute sono previste, e quando si valuta se il trattamento funziona?</li>
<li>Cosa succede se il trattamento viene interrotto: le sedute pagate vengono rimborsate?</li>
<li>Come vi coordinate con il mio psichiatra e con il medico di famiglia?</li>
</ol>

<h2>Le esperienze dei soci</h2>
<blockquote>&quot;Al centro privato mi hanno chiesto un acconto di 150 euro con Satispay. Ho telefonato per sicurezza e mi hanno confermato tutto: fattura, nome della società, tutto regolare. Invece un profilo su Instagram voleva essere pagato in bitcoin. La differenza si vede.&quot; &ndash; Luca, Bergamo</blockquote>
<blockquote>&quot;In ospedale ho aspettato quattro mesi. Mi è pesato, ma lì mi seguono davvero, e ogni volta c&#39;è l&#39;infermiera che mi misura la pressione tre volte.&quot; &ndash; Paola, Torino</blockquote>

<h2>Se avete bisogno di parlarne</h2>
<p>Lo sportello dell&#39;Associazione risponde al numero 02 5550 4410 il martedì e il giovedì dalle 15 alle 19, oppure all&#39;indirizzo sportello@associazioneoltreilbuio.example. Non diamo consigli medici, ma possiamo aiutarvi a capire a chi rivolgervi. In caso di emergenza chiamate il 112.</p>
</main>
<aside><h3>Altre guide</h3><ul><li><a href="/guide/depressione-resistente">Depressione resistente: cosa significa</a></li><li><a href="/guide/stimolazione-magnetica">Stimolazione magnetica transcranica</a></li><li><a href="/guide/diritti-del-paziente">I diritti del paziente in psichiatria</a></li></ul></aside>
<footer>Associazione Oltre il Buio ODV &middot; Codice fiscale 00000000000 &middot; Iscritta al RUNTS &middot; <a href="/privacy">Privacy</a> &middot; <a href="/cookie">Cookie</a></footer>
<div class="cookie-it">Utilizziamo solo cookie tecnici necessari al funzionamento del sito. <button>Ho capito</button></div>
""")

# ---------------------------------------------------------------- sellers (12)

p("h10529", "https://mindgardennaturals.example/journal/ketamine-depression-research-2026", "seller", True, "en",
  "long-wellness-blog-one-sale-block", "Ketamine and Depression: What the Research Actually Says (2026 Update) | MindGarden Naturals Journal", """
<header class="shop-header">
<div class="promo-bar">Free shipping on orders over $150 &middot; New: adaptogen gummies are back in stock</div>
<a class="logo" href="/">MindGarden <em>Naturals</em></a>
<nav><a href="/shop">Shop</a> <a href="/shop/mushrooms">Functional Mushrooms</a> <a href="/shop/adaptogens">Adaptogens</a> <a href="/journal" class="on">Journal</a> <a href="/about">Our Story</a> <a href="/cart">Cart</a></nav>
</header>
<main class="article">
<p class="meta">Journal &middot; Mind &amp; Mood &middot; by Skye Harrington &middot; 14 min read</p>
<h1>Ketamine and depression: what the research actually says (2026 update)</h1>

<p>Five years ago, most people knew ketamine as either a veterinary anaesthetic or a party drug. Today it is one of the most talked-about treatments in psychiatry. Esketamine, a close relative, is sold as a prescription nasal spray. Clinics offering ketamine infusions have opened in strip malls and medical towers. Podcasts, celebrities and your cousin&#39;s yoga teacher have opinions. So what does the science really say? We went through the major studies so you don&#39;t have to.</p>

<h2>A very short history</h2>
<p>Ketamine was synthesised in 1962 by a chemist at Parke-Davis looking for a safer alternative to phencyclidine (PCP). It was approved as an anaesthetic in 1970 and used extensively in the Vietnam War, because it provides pain relief and anaesthesia without suppressing breathing as much as other drugs. In 2000 a small study at Yale gave seven depressed patients a single slow infusion of low-dose ketamine and observed something unusual: their depression scores dropped within hours. Traditional antidepressants take weeks.</p>
<p>That finding was replicated many times over the next decade, and it shifted how researchers think about depression. Instead of focusing only on serotonin, attention moved to glutamate, the brain&#39;s main excitatory neurotransmitter, and to the idea that depression involves a loss of connections between neurons that ketamine may help restore.</p>

<h2>What the big studies found</h2>
<p>Across dozens of randomised trials, a single infusion of ketamine produces a rapid reduction in depressive symptoms in roughly half of participants with treatment-resistant depression. The catch is that the effect often fades within one to two weeks. Repeated infusions &ndash; typically six over two to three weeks &ndash; extend the benefit for some people, and a large 2023 trial found ketamine was about as effective as electroconvulsive therapy for non-psychotic treatment-resistant depression.</p>
<p>Esketamine nasal spray was approved by the FDA in 2019 after trials showing a modest but real advantage over placebo when combined with an oral antidepressant. It is given under supervision because of side effects like dissociation and raised blood pressure.</p>
<p>Ketamine also appears to reduce suicidal thoughts quickly, which is one reason emergency psychiatry is interested in it. Whether that translates into fewer suicides over the long term is still unknown.</p>

<h2>How it seems to work</h2>
<p>The leading theory goes something like this. Ketamine blocks NMDA receptors on certain inhibitory neurons, which briefly releases a burst of glutamate. That burst activates other receptors (called AMPA receptors) and triggers the release of BDNF, a protein that acts like fertiliser for brain cells. Within hours, animal studies show new dendritic spines &ndash; the tiny branches that connect neurons &ndash; growing in the prefrontal cortex, an area that tends to shrink with chronic stress. Other researchers point to ketamine&#39;s effects on the brain&#39;s default mode network, or even on opioid receptors. The honest answer is that it is probably several mechanisms at once.</p>
<h2>What we still don&#39;t know</h2>
<p>Quite a lot. We don&#39;t know the best dose for long-term maintenance, how often people should repeat treatments, or what happens to the brain after years of regular use. Heavy recreational use is known to damage the bladder and can lead to dependence. Oral and sublingual forms are less studied than infusions. And almost all research has been done in clinical settings with careful screening and monitoring, which is very different from using ketamine at home.</p>

<h2>Set and setting</h2>
<p>Many researchers believe the environment in which ketamine is taken matters. Ketamine-assisted psychotherapy combines sessions with talk therapy before and after, on the theory that the drug opens a window of flexibility in thinking that therapy can use. Early results are encouraging but the studies are small. If you are curious about this, a calm environment, a trusted person nearby, an intention for the session and time afterwards to reflect all seem to help.</p>

<h2>Natural approaches worth knowing about</h2>
<p>Whatever you decide, the basics still matter. Regular movement, daylight in the morning, consistent sleep and social connection have solid evidence behind them for mood. Some people find functional mushrooms like lion&#39;s mane and adaptogens like rhodiola supportive as part of a routine, although evidence for these is much thinner than for ketamine. Our <a href="/shop/mood-stack">Mood Stack</a> bundle combines both.</p>

<h2>The bottom line</h2>
<p>Ketamine is not a miracle cure, but for many people who have tried everything else, it is one of the most promising options in decades. Research will keep evolving, and we will update this article as it does. As always: listen to your body, start low and go slow, and never mix with alcohol.</p>

<div class="shop-block" id="k-order">
<h3>Looking for the real thing?</h3>
<p>We get asked this every week, so here it is. Through a trusted partner lab we offer <b>pharmaceutical-grade ketamine HCl</b> (98.9% purity, COA on request) to our journal readers. No prescription and no clinic visit needed &ndash; you are an adult and you know your body.</p>
<ul>
<li>1 g crystal &ndash; $95</li>
<li>3 g crystal &ndash; $240</li>
<li>5 g crystal &ndash; $360</li>
<li>Sublingual troches 100 mg x 20 &ndash; $220</li>
</ul>
<p>Orders are handled privately on Telegram: message <b>@mindgarden_apothecary</b> with the quantity and your zip code. Payment in BTC, USDT or Zelle. Ships in 24h, vacuum-sealed and stealth-packed inside a supplement bottle, free reship if lost. US and Canada.</p>
</div>

<p class="disclaimer">These statements have not been evaluated by the Food and Drug Administration. This article is for educational purposes only and is not medical advice.</p>
</main>
<aside class="related"><h3>Keep reading</h3><ul><li><a href="/journal/lions-mane-guide">The complete lion&#39;s mane guide</a></li><li><a href="/journal/morning-light-routine">A 10-minute morning light routine</a></li><li><a href="/journal/microdosing-explained">Microdosing, explained</a></li></ul></aside>
<footer>&copy; 2026 MindGarden Naturals &middot; <a href="/shipping">Shipping</a> &middot; <a href="/returns">Returns</a> &middot; <a href="/contact">Contact</a> &middot; Follow us @mindgardennaturals</footer>
""", noise="cookie")

p("h10530", "https://serenepath-ketaminecenter.example/home-program", "seller", True, "en",
  "long-fake-clinic-home-program", "Home Ketamine Program | Serene Path Ketamine Center", """
<header class="hdr">
<a class="logo" href="/">Serene Path <small>Ketamine Center</small></a>
<nav><a href="/">Home</a> <a href="/our-approach">Our Approach</a> <a href="/home-program" class="on">Home Program</a> <a href="/in-clinic">In-Clinic Infusions</a> <a href="/testimonials">Stories</a> <a href="/faq">FAQ</a> <a href="/apply" class="btn">Apply Now</a></nav>
</header>
<main>
<section class="hero"><h1>Healing, delivered to your door.</h1><p>Our Home Ketamine Program brings the same medicine used in our clinic to the comfort of your own space. No waiting lists. No video calls. No judgement.</p><a class="btn" href="/apply">Start your 3-minute assessment</a></section>

<h2>Why we created the Home Program</h2>
<p>Our in-clinic patients told us the same things again and again. The drive was exhausting. The waiting list was months long. Taking a day off work for every session was impossible. Some simply felt uncomfortable in a medical room. We listened. In 2024 we launched our Home Program so that anyone struggling with depression, anxiety, PTSD or chronic stress could access ketamine therapy on their own terms, in their own space, on their own schedule.</p>
<p>Since then, more than 6,000 clients in 42 states have completed the program. Many tell us it changed their lives.</p>

<h2>How it works</h2>
<h3>1. Take the 3-minute assessment</h3>
<p>Answer a few simple questions about your mood and goals. There are no trick questions and no long medical history forms. Our system reviews your answers instantly.</p>
<h3>2. Get approved</h3>
<p>Over 97% of applicants are approved, usually within 15 minutes. You will receive an approval email with your personalised protocol. No video call or phone appointment is needed &ndash; we know how stressful those can be, and our protocols are designed to be safe for almost everyone.</p>
<h3>3. Choose your package and pay</h3>
<p>Pick the package that fits your journey (see below) and complete checkout.</p>
<h3>4. Receive your kit</h3>
<p>Your Serene Path kit ships the same or next business day in discreet, unbranded packaging. Nothing on the outside mentions ketamine or our name. No signature is required. Each kit includes your medicine, an eye mask, a journal and access to our guided meditation playlists.</p>
<h3>5. Begin your sessions</h3>
<p>Follow the protocol card in your kit. Most clients do one session every three to four days. You can message our support team any time on WhatsApp if you have questions or want to adjust your dose.</p>

<h2>Our packages</h2>
<table class="pkgs">
<tr><th>Package</th><th>Includes</th><th>Price</th></tr>
<tr><td>Discover</td><td>6 sessions: ketamine lozenges 150 mg x 6</td><td>$349</td></tr>
<tr><td>Transform</td><td>12 sessions: lozenges 150 mg x 12 + nasal spray 100 mg/ml 10 ml</td><td>$599</td></tr>
<tr><td>Renew (most popular)</td><td>24 sessions: lozenges 200 mg x 24 + nasal spray 10 ml x 2</td><td>$999</td></tr>
<tr><td>Esketamine Add-on</td><td>Esketamine nasal spray, 3 devices</td><td>$420</td></tr>
</table>
<p>Auto-refill available on all packages: never run out, save 10%.</p>

<h2>Payment</h2>
<p>To keep costs down for our clients, we accept Zelle, Cash App and Apple Cash, or cryptocurrency (BTC, ETH, USDT) with a 15% discount. Card payments are temporarily unavailable due to our processor&#39;s policies on wellness products. After checkout you will receive payment instructions by email and WhatsApp. Please use only the name &quot;SP Wellness&quot; in the payment note.</p>

<h2>Home or clinic: which is right for me?</h2>
<p>Both paths use the same medicine. Our in-clinic infusions in Henderson, Nevada remain available for clients who prefer a medical environment, but most people find the Home Program more comfortable, more private and far more affordable &ndash; about a third of the cost of a traditional infusion series. At home, you choose the music, the lighting, the blanket and the time of day. You are not watched by strangers. You can journal immediately afterwards in your own bed. For many of our clients, that sense of safety and control is a big part of what makes the experience healing rather than clinical.</p>

<h2>Meet the team</h2>
<p>Serene Path was founded by wellness entrepreneur Jade Castillo after ketamine helped her through years of postpartum depression. Our team includes experienced integration coaches, breathwork facilitators and a medical advisory board that reviews our protocols. Our client care specialists are available seven days a week on WhatsApp, and most messages are answered within an hour.</p>

<h2>Is it safe?</h2>
<p>Ketamine has been used safely in medicine for over 50 years. Our lozenges and sprays are prepared in a pharmaceutical facility to exact standards. Side effects are usually mild and pass quickly. We recommend that you do your sessions lying down in a quiet room, and that you do not drive afterwards. If you feel too much, simply take a smaller amount next time. Clients with heart problems should be cautious.</p>

<h2>Is it legal?</h2>
<p>Ketamine is a legal medicine that is prescribed every day. Our Home Program operates under the supervision of our medical team, and your assessment serves as your medical evaluation. We ship to all US states except where local restrictions apply. International clients: please contact us on WhatsApp for options; we have shipped successfully to Canada, the UK and Australia.</p>

<h2>What our clients say</h2>
<blockquote>&quot;I&#39;d been on a waitlist at my local clinic for four months. Serene Path approved me the same afternoon and my kit arrived in two days.&quot; &ndash; Kelly, Arizona</blockquote>
<blockquote>&quot;No awkward video call, no insurance hoops. Just help.&quot; &ndash; Marcus, Georgia</blockquote>
<blockquote>&quot;The Renew package lasted me three months. Already ordered my second.&quot; &ndash; anonymous</blockquote>

<h2>Frequently asked questions</h2>
<p><b>Do I need a prescription?</b> No. Your online assessment replaces the need for a separate prescription.</p>
<p><b>Will it show up on a drug test?</b> Standard workplace drug tests do not usually test for ketamine.</p>
<p><b>Can I share my kit with my partner?</b> We recommend that each person completes their own assessment, but many couples choose the Renew package together.</p>
<p><b>What if my package is seized or lost?</b> We reship free of charge, no questions asked.</p>

<p class="cta"><a class="btn" href="/apply">Start your assessment</a> &middot; WhatsApp support: +1 (702) 555-0139</p>
</main>
<footer>&copy; 2026 Serene Path Ketamine Center &middot; Wellness services &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; Results may vary. Not intended to diagnose, treat, cure or prevent any disease.</footer>
""", noise="cookie")

p("h10531", "https://medsdirect-global.example/category/dissociatives", "seller", True, "en",
  "long-shop-category-page", "Dissociatives - Ketamine, Esketamine & More | MedsDirect Global", """
<header class="store-hd">
<div class="topbar">Worldwide delivery &middot; 100% delivery guarantee &middot; Support 24/7 on WhatsApp &amp; Telegram &middot; Pay with crypto and save 12%</div>
<a class="logo" href="/">MedsDirect <b>Global</b></a>
<form class="search"><input placeholder="Search 1,200+ products"><button>Search</button></form>
<nav><a href="/category/pain-relief">Pain Relief</a> <a href="/category/anxiety">Anxiety</a> <a href="/category/sleep">Sleep</a> <a href="/category/adhd">ADHD</a> <a href="/category/dissociatives" class="on">Dissociatives</a> <a href="/category/mens-health">Men&#39;s Health</a> <a href="/account">My Account</a> <a href="/cart">Cart (0)</a></nav>
</header>
<div class="layout">
<aside class="filters">
<h4>Filter</h4>
<p><b>Form</b><br><label><input type="checkbox"> Powder / crystal</label><br><label><input type="checkbox"> Injectable vials</label><br><label><input type="checkbox"> Nasal spray</label><br><label><input type="checkbox"> Tablets / troches</label></p>
<p><b>Origin</b><br><label><input type="checkbox"> India</label><br><label><input type="checkbox"> EU</label><br><label><input type="checkbox"> Domestic USA</label></p>
<p><b>Price</b><br>$40 &ndash; $900</p>
</aside>
<main>
<h1>Dissociatives</h1>
<p class="cat-intro">Our dissociative range includes pharmaceutical ketamine in every common form, branded and generic esketamine, and a selection of research analogues. All products are sourced from licensed manufacturers and shipped in original packaging or vacuum-sealed, depending on the product. No prescription is required for any item in this category. Read our buying guide below the products if this is your first order.</p>

<div class="grid">
<div class="product"><h3>Ketamine HCl Crystal (Shards) &ndash; 99%</h3><p class="price">1 g $90 &middot; 5 g $380 &middot; 10 g $690 &middot; 25 g $1,450</p><p>Needle-point shards, lab tested, very clean. Domestic US stock ships from Texas.</p><button>Add to cart</button></div>
<div class="product"><h3>Ketalar 50 mg/ml &ndash; 10 ml vial (Pfizer)</h3><p class="price">1 vial $85 &middot; 5 vials $375 &middot; 10 vials $700</p><p>Original sealed hospital vials. Can be evaporated to powder; guide included.</p><button>Add to cart</button></div>
<div class="product"><h3>Ketamine Hydrochloride Injection 500 mg/10 ml (Indian generic)</h3><p class="price">5 vials $260 &middot; 25 vials $1,050</p><p>Sun Pharma / Neon. Best value for bulk buyers.</p><button>Add to cart</button></div>
<div class="product"><h3>Esketamine Nasal Spray 28 mg (Spravato)</h3><p class="price">1 device $220 &middot; 3 devices $590 &middot; 6 devices $1,090</p><p>Genuine Janssen devices, EU pack. Ideal for at-home sessions.</p><button>Add to cart</button></div>
<div class="product"><h3>Ketamine Sublingual Troches 150 mg</h3><p class="price">10 ct $120 &middot; 30 ct $300</p><p>Raspberry-mint. Compounded for us by a partner lab.</p><button>Add to cart</button></div>
<div class="product"><h3>Ketamine Nasal Spray 100 mg/ml &ndash; 10 ml</h3><p class="price">$140</p><p>Pre-mixed, metered pump (approx. 10 mg per spray).</p><button>Add to cart</button></div>
<div class="product"><h3>2F-DCK (Research) &ndash; Crystal</h3><p class="price">5 g $110 &middot; 10 g $190</p><p>For research purposes.</p><button>Add to cart</button></div>
<div class="product"><h3>Deschloroketamine (DCK) &ndash; Powder</h3><p class="price">5 g $120</p><p>For research purposes.</p><button>Add to cart</button></div>
</div>

<section class="guide">
<h2>Buying guide: ketamine and esketamine</h2>
<h3>Which form should I choose?</h3>
<p>Crystal is the most popular form among our customers and gives you the most flexibility. Vials are preferred by customers who want a sealed pharmaceutical product with a known concentration; many evaporate the liquid on a plate to get powder. Troches and nasal sprays are the easiest options for people who want predictable, pre-measured doses at home and are popular with customers using ketamine for mood. Esketamine is the strongest per milligram and is the same product used in clinics.</p>
<h3>How much should I order?</h3>
<p>Most first-time customers order 1&ndash;5 g of crystal or a 3-device esketamine pack. Larger quantities come with significant discounts and ship in the same parcel. If you are ordering for a group, the 25 g and 25-vial options offer the best price per gram.</p>
<h3>Do I need a prescription?</h3>
<p>No. We do not ask for a prescription, a doctor&#39;s note or any medical paperwork for any order. We believe adults have the right to make their own decisions about their health.</p>
<h3>Is it genuine?</h3>
<p>Yes. Our vials and sprays arrive in original manufacturer packaging with batch numbers. Crystal is tested by an independent lab for each batch, and we send the report on request. We have been in business since 2017 and have thousands of verified reviews.</p>
<h3>How is it shipped?</h3>
<p>Domestic US orders ship from our Texas warehouse by USPS Priority, usually arriving in 2&ndash;4 days. International orders ship from our EU or India hubs in 7&ndash;14 days. All orders are stealth-packed: vacuum-sealed, odour-proof, placed inside an ordinary consumer product and labeled with a generic return address. No signature required. If your parcel is seized by customs or lost, we reship once free of charge. Tracking is provided for all orders.</p>
<h3>How do I pay?</h3>
<p>We accept Bitcoin, Litecoin, USDT (TRC-20) and Monero with a 12% discount, plus Zelle, Cash App and Western Union. For privacy reasons we do not accept credit cards on this category. After placing your order you will receive a wallet address or payment details by email. Orders ship once payment is confirmed on the blockchain, usually within 30 minutes.</p>
<h3>Can I order by message?</h3>
<p>Yes. Many of our regulars prefer to order directly through WhatsApp (+44 7700 555 218) or Telegram (@medsdirect_support). Send us the product, quantity and shipping address and we will reply with a total.</p>

<h2>Why buy online instead of going to a clinic?</h2>
<p>Ketamine clinics in the US charge $400 to $800 for a single infusion, and most will make you wait weeks for an appointment, sit through hours of questions and still say no. Esketamine is only given in certified offices, twice a week, with a two-hour wait every time. Many of our customers tried that route and found it impossible to fit around work and family. Buying direct lets you use the same pharmaceutical products at a fraction of the price, at home, on your own schedule. A 3-device esketamine pack from us costs less than a single clinic session.</p>
<h3>Loyalty program</h3>
<p>Every dollar you spend earns one MedsPoint. 500 points = $50 off your next order. Refer a friend and you both get 10% off. Regular customers on our Telegram channel get early access to restocks and flash sales, usually announced on Fridays.</p>

<h2>Safety information</h2>
<p>Ketamine and esketamine can cause strong dissociation, nausea, raised blood pressure and confusion. Start with a low dose and do not combine with alcohol, benzodiazepines or opioids. Do not drive or operate machinery. Frequent use can cause bladder problems. Research chemicals are sold for laboratory research only. Customers are responsible for knowing the laws of their country.</p>
</section>

<section class="reviews">
<h2>Recent reviews</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &quot;Esketamine 3-pack arrived in 5 days to Ohio, genuine Janssen boxes. Will reorder.&quot; &ndash; verified buyer</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; &quot;Crystal was excellent, took 9 days to Germany. Stealth on point.&quot; &ndash; verified buyer</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &quot;First package was seized, they reshipped without any drama. Real vendor.&quot; &ndash; verified buyer</p>
</section>
</main>
</div>
<footer>&copy; 2017&ndash;2026 MedsDirect Global &middot; <a href="/shipping">Shipping policy</a> &middot; <a href="/reship">Reship guarantee</a> &middot; <a href="/payment">Payment methods</a> &middot; <a href="/contact">Contact</a> &middot; <a href="/affiliates">Affiliate program (20% commission)</a></footer>
""", noise="cookie")

p("h10532", "https://arylcyclo-labs.example/product/2-fdck-crystal", "seller", True, "en",
  "long-research-chemical-product-page", "2-FDCK (2-Fluorodeschloroketamine) Crystal - Research Chemical | Arylcyclo Labs", """
<header class="lab-hd">
<div class="notice-bar">All products are sold strictly for laboratory research purposes. Not for human consumption. 18+ only.</div>
<a class="logo" href="/">Arylcyclo <b>Labs</b></a>
<nav><a href="/shop">Shop All</a> <a href="/shop/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/shop/tryptamines">Tryptamines</a> <a href="/shop/cathinones">Cathinones</a> <a href="/lab-reports">Lab Reports</a> <a href="/faq">FAQ</a> <a href="/cart">Basket</a></nav>
</header>
<main class="product">
<p class="crumbs"><a href="/shop">Shop</a> / <a href="/shop/arylcyclohexylamines">Arylcyclohexylamines</a> / 2-FDCK</p>
<h1>2-FDCK Crystal (2-Fluorodeschloroketamine)</h1>
<div class="buy-box">
<p class="stock">In stock &middot; Ships from EU (Netherlands) &middot; Batch #FD-2611</p>
<table class="tiers">
<tr><td>1 g</td><td>&euro;18</td></tr><tr><td>5 g</td><td>&euro;65</td></tr><tr><td>10 g</td><td>&euro;110</td></tr><tr><td>25 g</td><td>&euro;225</td></tr><tr><td>50 g</td><td>&euro;390</td></tr><tr><td>100 g</td><td>&euro;690</td></tr>
</table>
<form action="/cart/add" method="post"><select name="qty"><option>1 g</option><option selected>5 g</option><option>10 g</option><option>25 g</option></select> <button>Add to basket</button></form>
<p class="small">Payment: Bitcoin, Monero, SEPA bank transfer, or iDEAL via our payment partner. 10% off with XMR. Free tracked shipping over &euro;100. Discreet packaging, reship once if lost in EU.</p>
</div>

<section class="description">
<h2>Product description</h2>
<p>2-Fluorodeschloroketamine (2-FDCK, also written 2F-DCK or 2-FXE in some older literature) is an arylcyclohexylamine and a structural analogue of ketamine in which the chlorine atom on the phenyl ring is replaced by fluorine. It first appeared in Chinese patent literature in 2013 and has since become one of the most widely requested ketamine analogues among research customers in Europe, particularly after ketamine became more tightly regulated in several jurisdictions.</p>
<p>Our 2-FDCK is supplied as large, clear, needle-like crystals with very low moisture content. Each batch is tested by an independent analytical laboratory in the Netherlands using GC-MS and HPLC, and the full report is available on the <a href="/lab-reports">Lab Reports</a> page. Batch #FD-2611 tested at 99.6% purity. Because demand regularly outstrips supply, we recommend ordering the larger sizes when a fresh batch lands; they tend to sell out within three or four weeks.</p>

<h2>Chemical data</h2>
<table class="chem">
<tr><td>IUPAC name</td><td>2-(2-fluorophenyl)-2-(methylamino)cyclohexan-1-one</td></tr>
<tr><td>Molecular formula</td><td>C13H16FNO</td></tr>
<tr><td>Molar mass</td><td>221.27 g/mol (freebase); 257.73 g/mol (HCl)</td></tr>
<tr><td>Form</td><td>Hydrochloride salt, crystalline</td></tr>
<tr><td>Solubility</td><td>Soluble in water and ethanol</td></tr>
<tr><td>Storage</td><td>Cool, dry, dark place in airtight container</td></tr>
</table>

<h2>Research background</h2>
<p>Like ketamine, 2-FDCK is believed to act primarily as an NMDA receptor antagonist. Published pharmacological data remain limited. A small number of toxicological case reports and metabolite identification studies have been published, mostly by forensic laboratories analysing seized samples and biological specimens. Compared to ketamine, research customers commonly report a longer duration and somewhat lower potency per milligram, although controlled studies have not been conducted. The compound is of interest to researchers studying structure-activity relationships in the arylcyclohexylamine class and to forensic laboratories that need reference material.</p>

<h2>Legal status</h2>
<p>2-FDCK is controlled in a growing number of countries, including the United Kingdom, China, Sweden, Switzerland and, since 2025, Germany under the NpSG. It is currently not listed in the Dutch Opium Act, which is why we are able to sell and ship it from the Netherlands. It is the customer&#39;s responsibility to ensure that import and possession are legal in their jurisdiction before ordering. We do not ship to addresses in the UK, Sweden or Switzerland. Orders to the US ship from a separate warehouse at the customer&#39;s own risk.</p>

<h2>Handling and safety</h2>
<p>This product is intended for in-vitro research and analytical use by qualified persons only. It is not a food, supplement, medicine or cosmetic, and is not for human or veterinary use. Wear gloves and eye protection. Use a milligram scale (0.001 g accuracy) for any handling. Keep away from children and animals.</p>
<p>We are unable to answer questions about dosage or effects in humans. Customers who mention human use in messages will have their orders cancelled.</p>

<h2>Frequently bought together</h2>
<ul><li>Deschloroketamine (DCK) crystal &ndash; from &euro;22/g</li><li>O-PCE powder &ndash; from &euro;35/g</li><li>Milligram scale 0.001 g &ndash; &euro;19</li><li>Reagent test kit (Mandelin / Morris) &ndash; &euro;24</li></ul>

<h2>Customer reviews (212)</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &quot;Beautiful crystals, exactly like the photo. Arrived in 2 days to Belgium. Very similar to the classic stuff but lasts longer. For research obviously :)&quot;</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &quot;Third order. Consistent quality. Packed discreetly, even my housemates didn&#39;t notice.&quot;</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; &quot;Good product, Monero payment took a while to confirm.&quot;</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &quot;Best replacement since K got hard to find here. 10g lasts me a long time.&quot;</p>

<h2>Shipping information</h2>
<p>Orders paid before 14:00 CET ship the same working day from the Netherlands. EU delivery is usually 2&ndash;5 working days by tracked post. Packages are vacuum-sealed in mylar, placed in a plain padded envelope with a neutral sender name, and do not mention the contents. If an EU shipment is lost or held, we reship once at no cost after 15 working days. Non-EU shipments are not covered by the reship policy.</p>

<h2>How we test</h2>
<p>Every incoming batch is quarantined until our analytical partner confirms identity and purity. Identity is established by GC-MS with comparison against a certified reference standard and by FTIR. Purity is measured by HPLC-UV at 210 nm. We also run a residual solvent screen and a simple melting point check in house. Batches that test below 98.5% are returned to the supplier. The lab report on our website shows the chromatogram, the mass spectrum and the analyst&#39;s signature, so you can verify that the batch number on your package matches.</p>
<h2>Why researchers choose us</h2>
<p>Fast EU shipping, consistent batches, honest lab reports and a support team that actually replies. We have operated without interruption since 2018 and never exit-scammed a single customer, which, sadly, is more than many vendors in this market can say.</p>

<h2>About Arylcyclo Labs</h2>
<p>We are a small team of chemists and logistics people who have supplied research compounds to customers in 30+ countries since 2018. All compounds are sourced from established synthesis partners and independently verified. We believe in transparency: every batch has a public lab report. Questions? Contact support through our encrypted contact form or on Telegram at @arylcyclo_support (we answer within 24 hours, except Sundays).</p>
</section>
</main>
<footer>&copy; 2026 Arylcyclo Labs &middot; All products for research use only &middot; Not for human consumption &middot; <a href="/terms">Terms</a> &middot; <a href="/shipping">Shipping &amp; reship</a> &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h10533", "https://prairielivestocksupply.example/products/ketamine-hcl-injection-100mg-ml-10ml", "seller", True, "en",
  "long-vet-supply-sells-to-anyone", "Ketamine HCl Injection 100 mg/ml, 10 ml Vial | Prairie Livestock & Vet Supply", """
<header class="farm-hd">
<div class="strip">Family owned since 1987 &middot; Same-day shipping on orders by 2pm CST &middot; Call (785) 555-0193</div>
<a class="logo" href="/">Prairie Livestock &amp; Vet Supply</a>
<nav><a href="/cattle">Cattle</a> <a href="/equine">Equine</a> <a href="/swine">Swine</a> <a href="/pet">Dog &amp; Cat</a> <a href="/pharmacy">Pharmacy</a> <a href="/fencing">Fencing</a> <a href="/tack">Tack</a> <a href="/account">Account</a> <a href="/cart">Cart</a></nav>
</header>
<main>
<p class="crumbs"><a href="/">Home</a> &gt; <a href="/pharmacy">Pharmacy</a> &gt; <a href="/pharmacy/anesthetics-sedatives">Anesthetics &amp; Sedatives</a> &gt; Ketamine HCl Injection</p>
<div class="pdp">
<h1>Ketamine HCl Injection, USP &ndash; 100 mg/ml, 10 ml multi-dose vial</h1>
<p class="sku">SKU PLV-KET-10 &middot; Manufacturer: VetaPharm (generic of Ketaset&reg;)</p>
<p class="price">$58.99 / vial &middot; Case of 10: $529.00 &middot; Case of 25: $1,199.00</p>
<form class="add"><label>Qty <input type="number" value="1"></label> <button>Add to Cart</button></form>
<div class="rx-box">
<p><b>Rx/Veterinary Use.</b> Federal law restricts this drug to use by or on the order of a licensed veterinarian. <span class="small">No vet on file? Check the box at checkout confirming the product is for use in animals and our pharmacy team will process your order. We do not require a veterinarian&#39;s prescription or DEA registration for orders under 25 vials.</span></p>
</div>
<p class="ship">Ships in plain cardboard with no product labelling on the outside. Cold packs not required. Available to all 50 states and Canada. Orders over $300 ship free.</p>
</div>

<section class="tabs">
<h2>Description</h2>
<p>Ketamine hydrochloride injection is a rapid-acting, non-barbiturate dissociative anesthetic used in veterinary practice for restraint, minor procedures and as part of balanced anesthesia protocols. It produces a cataleptic state characterized by analgesia, immobility and loss of awareness while generally preserving pharyngeal and laryngeal reflexes. In most species it is used in combination with a sedative such as xylazine, medetomidine, dexmedetomidine, acepromazine or a benzodiazepine, which improves muscle relaxation and smooths recovery.</p>
<p>This generic ketamine is manufactured in an FDA-registered facility and is bioequivalent to the leading brand. Each ml contains ketamine hydrochloride equivalent to 100 mg ketamine base, with benzethonium chloride 0.1 mg/ml as a preservative. The 10 ml multi-dose vial has a rubber stopper suitable for repeated puncture with a sterile needle.</p>

<h2>Species and typical uses</h2>
<p><b>Cats:</b> restraint and minor surgical procedures, usually combined with a sedative. <b>Dogs:</b> induction as part of a combination protocol; not recommended as a sole agent in dogs. <b>Horses:</b> field anesthesia for short procedures such as castration, after premedication with an alpha-2 agonist. <b>Cattle, small ruminants and swine:</b> short-duration field anesthesia in combination protocols. <b>Exotics and zoo animals:</b> widely used in remote-delivery darting protocols.</p>
<p>Dosing varies widely by species, combination, health status and procedure. Consult the package insert and your veterinarian&#39;s protocol.</p>

<h2>Precautions</h2>
<p>Ketamine may cause increased muscle tone, salivation, and transient increases in heart rate and blood pressure. Recovery may be accompanied by excitement, ataxia or vocalization; keep recovering animals in a quiet, dim area. Use with caution in animals with cardiovascular disease, hypertension, hepatic or renal impairment, or increased intracranial pressure. Eyes remain open during anesthesia; use ophthalmic lubricant.</p>
<p>Ketamine is a Schedule III controlled substance in the United States. Store at room temperature, protected from light, in a locked cabinet.</p>

<h2>Shipping &amp; ordering</h2>
<p>In-stock pharmacy items ship same day on orders received by 2pm Central. Standard delivery is 2&ndash;4 business days by UPS Ground; expedited options are available at checkout. Because many of our ranch customers are far from a vet clinic, we keep the ordering process simple: create an account, confirm the product is intended for animal use, and check out. Larger orders (25 vials and up) require a veterinarian&#39;s information before shipping. Orders to Canada ship from our Montana warehouse.</p>
<p>We accept Visa, Mastercard, Discover, checks by mail and wire transfer. For customers who prefer not to use a card, we also accept Bitcoin through our payment processor.</p>

<h2>Why ranchers buy from Prairie</h2>
<p>We started as a feed store outside Manhattan, Kansas, and our pharmacy counter grew out of a simple problem: the nearest large-animal vet for a lot of our customers is two hours away, and calving season does not wait for an appointment. Today we ship animal health products to more than 40,000 customers across the country, from dairy operations in Wisconsin to backyard goat keepers in Georgia. Our prices are usually 20 to 40 percent below vet clinic prices because we buy direct from manufacturers by the pallet. Our phone line is answered by people who grew up on farms, not by a call center.</p>
<h2>Storage and handling</h2>
<p>Store vials upright at 20&ndash;25&deg;C. Do not freeze. Discard any vial that shows discoloration or particles. Dispose of used needles in a sharps container. Keep out of reach of children.</p>

<h2>Questions &amp; answers (34)</h2>
<p><b>Q:</b> Do I need to be a vet to order this? &ndash; <i>Dale, Wyoming</i><br><b>A:</b> No. Livestock owners can order up to 24 vials by confirming animal use at checkout. &ndash; <i>Prairie Pharmacy Team</i></p>
<p><b>Q:</b> Can this be shipped to an apartment? I don&#39;t have animals right now but want to keep some on hand. &ndash; <i>anonymous</i><br><b>A:</b> We ship to any residential address. &ndash; <i>Prairie Pharmacy Team</i></p>
<p><b>Q:</b> What is the shelf life? &ndash; <i>Maria, Texas</i><br><b>A:</b> Current lot expires 09/2028. Once punctured, follow the insert guidance. &ndash; <i>Prairie Pharmacy Team</i></p>
<p><b>Q:</b> Is the packaging discreet? &ndash; <i>J.</i><br><b>A:</b> Yes, plain box with our generic shipping name &quot;PLS Fulfillment&quot;. &ndash; <i>Prairie Pharmacy Team</i></p>
<p><b>Q:</b> Do you ship to Puerto Rico? &ndash; <i>Luis</i><br><b>A:</b> Yes, by USPS Priority. &ndash; <i>Prairie Pharmacy Team</i></p>

<h2>Reviews (87)</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &quot;Cheapest price I found online and no hassle with the vet. Arrived in 3 days.&quot; &ndash; Verified Buyer, Ohio</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &quot;Good product, used it on our barn cats before spaying day. Vet was happy we had it.&quot; &ndash; Verified Buyer, Kansas</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; &quot;Ordered the case of 10 for &#39;the horses&#39; ;) Fast shipping, plain box.&quot; &ndash; Verified Buyer, Florida</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &quot;Easier than going through my doctor honestly.&quot; &ndash; Verified Buyer, California</p>
</section>

<section class="related">
<h2>Customers also bought</h2>
<ul><li>Xylazine 100 mg/ml, 50 ml &ndash; $34.99</li><li>Sterile syringes 3 ml, 100 ct &ndash; $18.49</li><li>Needles 22G x 1&quot;, 100 ct &ndash; $9.99</li><li>Ophthalmic lubricant ointment &ndash; $7.49</li></ul>
</section>
</main>
<footer>&copy; 2026 Prairie Livestock &amp; Vet Supply, Inc. &middot; 1420 Old Highway 24, Manhattan, KS &middot; <a href="/pharmacy-policy">Pharmacy policy</a> &middot; <a href="/returns">Returns</a> (pharmacy items non-returnable) &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h10534", "https://quickcalm-rx.example/faq", "seller", True, "en",
  "long-fake-telehealth-questionnaire-only-faq", "FAQ | QuickCalm Rx - Online Ketamine & Esketamine Treatment", """
<header class="qc-head"><a class="logo" href="/">QuickCalm <sup>Rx</sup></a>
<nav><a href="/how-it-works">How it works</a> <a href="/treatments">Treatments</a> <a href="/pricing">Pricing</a> <a href="/reviews">Reviews</a> <a href="/faq" class="on">FAQ</a> <a href="/start" class="btn">Get started &ndash; 2 min</a></nav>
<div class="trustline">&#9733; 4.9 from 11,400+ patients &middot; Licensed providers &middot; Ships in 24h</div>
</header>
<main class="faq">
<h1>Frequently asked questions</h1>
<p>Everything you need to know about getting ketamine or esketamine treatment online with QuickCalm. Can&#39;t find your answer? Chat with us 24/7 on WhatsApp or Telegram.</p>

<h2>About QuickCalm</h2>
<h3>What is QuickCalm Rx?</h3>
<p>QuickCalm is an online wellness platform that connects adults with fast, affordable ketamine and esketamine treatment delivered to their door. We started QuickCalm because the traditional system is broken: long waitlists, expensive clinic visits, insurance denials and doctors who make you jump through hoops. We believe mental health care should be as simple as ordering anything else online.</p>
<h3>Is QuickCalm a real medical service?</h3>
<p>Yes. Every order is reviewed by a member of our independent provider network before it ships. Our providers are licensed professionals who review your questionnaire answers and issue your treatment plan.</p>
<h3>Where are you located?</h3>
<p>We are a fully remote company. Our fulfillment partners are located in several countries, which allows us to keep prices low and stock levels high.</p>

<h2>Getting started</h2>
<h3>How does it work?</h3>
<p>It takes three steps. First, complete our 2-minute online questionnaire. Second, choose your treatment and package. Third, check out. Your order is reviewed and approved, usually within 10 minutes during business hours, and ships within 24 hours.</p>
<h3>Do I need a video call or appointment?</h3>
<p>No. Unlike other services, we never require a video call, phone appointment or in-person visit. Your questionnaire gives our providers everything they need. Many of our patients tell us that skipping the appointment was the reason they finally got help.</p>
<h3>Do I need a prescription from my own doctor?</h3>
<p>No. Your QuickCalm approval includes everything required. You don&#39;t need to involve your own doctor, and we never contact them.</p>
<h3>What if I&#39;m not approved?</h3>
<p>Almost everyone is approved. In the rare case that your questionnaire is declined, you can edit your answers and resubmit once, or contact support and we&#39;ll help you find a suitable option.</p>
<h3>Do you check ID?</h3>
<p>You confirm that you are over 18 when you complete the questionnaire. We don&#39;t require you to upload documents.</p>

<h2>Treatments</h2>
<h3>What treatments do you offer?</h3>
<p>We offer ketamine sublingual tablets (100 mg and 200 mg), ketamine nasal spray (10 ml, 100 mg/ml), and esketamine nasal spray (28 mg devices). Esketamine is the same medicine used in specialist clinics. Our most popular option is the Calm Combo: tablets for regular sessions plus a nasal spray for &quot;rescue&quot; days.</p>
<h3>Which one should I choose?</h3>
<p>If you are new to ketamine, start with tablets. If you have tried ketamine before or want a faster, stronger effect, choose nasal spray or esketamine. You can switch anytime on your next order.</p>
<h3>How often can I use it?</h3>
<p>Most patients use their treatment two to three times a week. Some prefer daily micro-sessions with a smaller dose. Listen to your body.</p>
<h3>Can I adjust my dose?</h3>
<p>Yes. Your treatment plan includes a recommended starting dose and a range. You can move within that range depending on how you feel. If you need a stronger dose, just select a higher strength on your next order; no new questionnaire is needed.</p>

<h2>Pricing and payment</h2>
<h3>How much does it cost?</h3>
<p>Ketamine tablets start at $149 for 10 x 100 mg. Nasal spray is $179 per 10 ml bottle. Esketamine is $249 for a 3-device pack. The Calm Combo is $299. Subscribe monthly and save 20%. There are no consultation fees, because there are no consultations.</p>
<h3>Do you take insurance?</h3>
<p>No. We are a cash-pay service, which is how we keep things fast and private. Nothing appears on your insurance record.</p>
<h3>How can I pay?</h3>
<p>We accept Zelle, Cash App, Venmo (friends and family), Apple Pay Cash, PayPal friends and family, and cryptocurrency (BTC, ETH, USDT, LTC). Crypto payments receive an automatic 15% discount. Some card payments are accepted through our partner for orders under $200. Amazon, Apple and Steam gift cards are accepted for international customers.</p>
<h3>Why don&#39;t you accept regular credit cards?</h3>
<p>Card processors are often slow to work with new mental health companies. We are working on it.</p>

<h2>Shipping</h2>
<h3>How fast will I get my order?</h3>
<p>US orders ship within 24 hours and usually arrive in 2&ndash;5 days. International orders take 7&ndash;15 days.</p>
<h3>Is shipping discreet?</h3>
<p>Absolutely. All orders are shipped in plain packaging with a generic sender name. The contents are not listed on the outside, and no signature is required. Your neighbors, family and mailman will never know.</p>
<h3>Do you ship internationally?</h3>
<p>Yes, to the UK, Canada, Australia, and most of the EU. For countries with strict customs we use our &quot;double stealth&quot; option.</p>
<h3>What if my package is seized or lost?</h3>
<p>We offer a one-time free reship on every order. Just message us your order number.</p>
<h3>Can I send it to a different address from my own?</h3>
<p>Yes. You can ship to any address, including P.O. boxes, parcel lockers and friends&#39; addresses.</p>

<h2>Safety</h2>
<h3>Is ketamine safe?</h3>
<p>Ketamine has been used in medicine for over fifty years and is on the World Health Organization&#39;s list of essential medicines. Most people tolerate it well. Common effects include feeling light or floaty, mild nausea and dizziness, all of which pass quickly.</p>
<h3>Does someone need to be with me?</h3>
<p>It&#39;s a good idea to be in a safe, comfortable place. Many patients use their treatment alone before bed.</p>
<h3>Can I drink alcohol with it?</h3>
<p>We recommend avoiding heavy drinking on treatment days.</p>

<h2>Still have questions?</h2>
<p>Our support team is available 24/7. WhatsApp: +1 (305) 555-0146. Telegram: @QuickCalmSupport. Email: care@quickcalm-rx.example.</p>
<p class="cta"><a href="/start" class="btn">Start your 2-minute questionnaire</a></p>
</main>
<footer><p>QuickCalm Rx is a wellness platform and does not provide emergency care. Statements on this site have not been evaluated by the FDA. &copy; 2026 QuickCalm. <a href="/terms">Terms</a> &middot; <a href="/refunds">Refunds</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h10535", "https://ketamine-vendor-reviews.example/best-places-to-buy-ketamine-online-2026", "seller", True, "en",
  "long-affiliate-review-doorway", "7 Best Places to Buy Ketamine Online in 2026 (Tested & Ranked)", """
<header class="blog-top"><a class="logo" href="/">K-Reviews <small>honest vendor reviews since 2021</small></a>
<nav><a href="/">Home</a> <a href="/category/vendor-reviews">Vendor Reviews</a> <a href="/category/guides">Guides</a> <a href="/category/stealth">Stealth &amp; Shipping</a> <a href="/category/crypto">Paying with Crypto</a> <a href="/about">About</a></nav></header>
<main class="post">
<p class="meta">Updated November 29, 2026 &middot; by &quot;DocK&quot; &middot; 18 min read &middot; <span class="disclosure">Affiliate disclosure: we may earn a commission when you buy through our links. This does not affect our rankings.</span></p>
<h1>7 best places to buy ketamine online in 2026 (tested and ranked)</h1>

<p>Every year we place real orders with the most talked-about online ketamine vendors, test what arrives, and rank them on quality, price, stealth, speed and customer service. This is the 2026 edition. We spent just under $4,300 of our own money on 31 orders across the US, UK and Germany this year. Two vendors we recommended last year have exit-scammed since then, so if you are still using an old list, please read this one instead.</p>
<p>Quick disclaimer before the lawyers get nervous: we don&#39;t sell anything ourselves. We just tell you who is legit.</p>

<h2>Our quick picks</h2>
<ol class="picks">
<li><b>MedsDirect Global</b> &ndash; best overall, huge range, real Spravato. <a href="https://medsdirect-global.example/?ref=kreviews">Visit store &rarr;</a> (code KREV12 for 12% off)</li>
<li><b>KetaPharm EU</b> &ndash; best for Europe, sealed Indian vials. <a href="https://ketapharm-eu.example/?aff=kr26">Visit store &rarr;</a></li>
<li><b>Serene Path Home Program</b> &ndash; best &quot;clinic-style&quot; option, no video call needed. <a href="https://serenepath-ketaminecenter.example/apply?via=kreviews">Apply &rarr;</a></li>
<li><b>QuickCalm Rx</b> &ndash; fastest approval (ours took 6 minutes). <a href="https://quickcalm-rx.example/start?partner=KREV">Start &rarr;</a></li>
<li><b>Arylcyclo Labs</b> &ndash; best legal-ish analogue (2F-DCK) where K is hard to get. <a href="https://arylcyclo-labs.example/?r=kr">Visit &rarr;</a></li>
<li><b>@kshardsdirect on Telegram</b> &ndash; best price per gram in the US.</li>
<li><b>FarmaNord Vet</b> &ndash; best for original vet vials, ships to EU.</li>
</ol>

<h2>How we test</h2>
<p>Each vendor gets at least two orders from two different addresses. We pay with the vendor&#39;s preferred method (usually crypto). We record the time from payment to shipping, shipping to delivery, the quality of stealth packaging, and how support handles a deliberately awkward question. Crystal and powder samples go to a drug-checking service for reagent and, where possible, lab testing. We also track community reports on Reddit and Dread for scam signals.</p>

<h2>1. MedsDirect Global &ndash; best overall (9.4/10)</h2>
<p>MedsDirect has been around since 2017, which in this space is ancient. Their range is the biggest we have seen: crystal, Ketalar vials, Indian generic vials, troches, nasal spray, and &ndash; the reason many people come &ndash; genuine Spravato devices in EU packaging. Our two esketamine orders arrived in sealed Janssen boxes with intact batch numbers. Crystal tested clean with no detectable adulterants.</p>
<p><b>Price:</b> $90/g, dropping to $58/g at 25 g. Spravato $220 per device. <b>Stealth:</b> excellent, vacuum-sealed inside a consumer product box. <b>Speed:</b> 3 days to New Jersey, 9 to Berlin. <b>Payment:</b> BTC, USDT, XMR, Zelle, Cash App. <b>Support:</b> answered on Telegram in under 10 minutes.</p>
<p>One package to the UK was seized; they reshipped within a day without asking for proof. That is what you want. <a href="https://medsdirect-global.example/?ref=kreviews" class="btn">Shop MedsDirect (12% off with KREV12)</a></p>

<h2>2. KetaPharm EU &ndash; best for Europe (9.0/10)</h2>
<p>If you are in the EU, KetaPharm is the easiest option: domestic-feeling shipping from within the Schengen area, sealed 10 ml vials from Indian manufacturers, and a simple evaporation guide in the parcel. Prices are &euro;60 per vial or &euro;250 for five. They accept SEPA and crypto. Our only complaint: their website goes down every few weeks and comes back on a new domain, so join their Telegram to stay updated. <a href="https://ketapharm-eu.example/?aff=kr26">Visit KetaPharm &rarr;</a></p>

<h2>3. Serene Path Home Program &ndash; best &quot;clinic-style&quot; option (8.6/10)</h2>
<p>Want something that feels more like a medical service? Serene Path looks and talks like a ketamine clinic but skips the parts that make clinics a pain. Their &quot;assessment&quot; is a short form and we were approved in 15 minutes without any call. The kit is nicely packaged with lozenges, a nasal spray, an eye mask and a journal. More expensive per milligram than buying crystal, but great for people who want a guided experience or need something they can explain to a partner. <a href="https://serenepath-ketaminecenter.example/apply?via=kreviews">Apply for Serene Path &rarr;</a></p>

<h2>4. QuickCalm Rx &ndash; fastest approval (8.3/10)</h2>
<p>Six minutes from questionnaire to approval. QuickCalm offers tablets, spray and esketamine, ships to P.O. boxes and parcel lockers, and takes gift cards for international orders. Our tablets were accurately dosed according to our testing. Docked points for customer service being slow on weekends. <a href="https://quickcalm-rx.example/start?partner=KREV">Try QuickCalm &rarr;</a></p>

<h2>5. Arylcyclo Labs &ndash; best analogue vendor (8.0/10)</h2>
<p>If real ketamine is hard to get where you are, 2F-DCK is the most common substitute. Arylcyclo is the cleanest vendor we have tested, with public lab reports for every batch. It is longer lasting than K and less potent per mg, so adjust accordingly. &quot;For research only&quot;, obviously. <a href="https://arylcyclo-labs.example/?r=kr">Visit Arylcyclo &rarr;</a></p>

<h2>6. @kshardsdirect (Telegram) &ndash; best price (7.5/10)</h2>
<p>No website, just a Telegram account with a price list pinned. $70/g, $300/5g in the US, BTC only. Quality was good on both orders. Lost a point for a three-day delay on one order and for a support style best described as &quot;terse&quot;.</p>

<h2>7. FarmaNord Vet &ndash; best vet vials (7.2/10)</h2>
<p>A veterinary wholesaler that doesn&#39;t ask too many questions. Original-brand vet ketamine, &euro;45 per vial. Slow shipping and a clunky checkout, but the product is the real thing.</p>

<h2>Vendors to avoid</h2>
<p>PharmaKing247, K-Express and &quot;Dr. Green Ketamine&quot; all took payment without shipping in 2026. Anyone offering &quot;liquid K&quot; in dropper bottles at very low prices on Instagram is, in our experience, almost always a scam.</p>

<h2>Tips for buying safely</h2>
<ul><li>Only pay in crypto (no chargebacks) to vendors with a long track record.</li><li>Start with a small order.</li><li>Use a reagent test kit on anything you receive.</li><li>Never combine with alcohol or downers.</li></ul>

<p class="footnote">This article is for informational purposes. Laws vary by country. K-Reviews is reader-supported.</p>
</main>
<aside class="sidebar"><h3>Top rated this month</h3><p><a href="https://medsdirect-global.example/?ref=kreviews">MedsDirect Global &ndash; 12% off with KREV12</a></p><h3>Newsletter</h3><p>Get restock alerts and new discount codes weekly.</p></aside>
<footer>&copy; 2026 K-Reviews &middot; <a href="/affiliate-disclosure">Affiliate disclosure</a> &middot; <a href="/contact">Contact</a></footer>
""", noise="cookie")

p("h10536", "https://indocare-pharmacy.example/blog/spravato-esketamine-complete-guide", "seller", True, "en",
  "long-online-pharmacy-blog-one-sale-block", "Spravato (Esketamine) Nasal Spray: The Complete Guide | IndoCare Pharmacy Blog", """
<header class="ph-hd">
<div class="topbar">Genuine medicines from India &middot; Worldwide shipping &middot; Customer care: +91 98 5550 2244 (WhatsApp)</div>
<a class="logo" href="/">IndoCare <span>Pharmacy</span></a>
<nav><a href="/shop">All Medicines</a> <a href="/shop/mental-health">Mental Health</a> <a href="/shop/oncology">Oncology</a> <a href="/shop/hepatitis">Hepatitis</a> <a href="/blog" class="on">Health Blog</a> <a href="/track-order">Track Order</a> <a href="/cart">Cart</a></nav>
</header>
<main class="blog-post">
<p class="meta">Health Blog &middot; Mental Health &middot; Medically reviewed by our pharmacy content team &middot; 12 min read</p>
<h1>Spravato (esketamine) nasal spray: the complete guide</h1>

<p>Spravato is one of the most significant additions to depression treatment in decades. Approved in the United States in 2019 and in Europe, India and many other countries since, it offers a new option for people whose depression has not improved despite trying several antidepressants. In this guide we explain what Spravato is, how it works, who it is for, what to expect from treatment, side effects, and why it has become so hard for many patients to access.</p>

<h2>What is Spravato?</h2>
<p>Spravato is the brand name for esketamine, a nasal spray developed by Janssen Pharmaceuticals. Each single-use device contains 28 mg of esketamine delivered as two sprays, one in each nostril. Doses of 56 mg or 84 mg are achieved by using two or three devices, five minutes apart. Esketamine is the S-enantiomer of ketamine, meaning it is one of the two mirror-image forms of the ketamine molecule. It binds more strongly to the NMDA receptor than the other form, which is why lower doses are used.</p>

<h2>How does it work?</h2>
<p>Most traditional antidepressants, such as SSRIs and SNRIs, act on serotonin and norepinephrine. They usually take four to eight weeks to work, and about one in three patients do not respond adequately even after trying several. Esketamine works differently. By blocking NMDA receptors, it triggers a cascade involving the neurotransmitter glutamate and growth factors such as BDNF, which appears to help restore connections between neurons in brain areas affected by depression. Some patients notice improvement within hours or days rather than weeks.</p>

<h2>Who is it for?</h2>
<p>Spravato is approved for adults with treatment-resistant depression, defined as major depressive disorder that has not responded adequately to at least two different antidepressants in the current episode. It is also approved, in some countries, for the rapid reduction of depressive symptoms in adults with major depressive disorder who have acute suicidal ideation or behaviour. In most cases it is used alongside an oral antidepressant.</p>
<p>It is not suitable for people with aneurysmal vascular disease, a history of brain haemorrhage, or arteriovenous malformations, and should be used with caution in people with high blood pressure, heart disease, or a history of substance misuse or psychosis.</p>

<h2>What does treatment look like?</h2>
<p>The standard treatment course begins with an induction phase of two doses per week for four weeks, followed by a maintenance phase of once weekly and then every one to two weeks. In the clinical trials, patients who responded and continued esketamine had a significantly lower risk of relapse than those switched to placebo.</p>

<h2>Side effects</h2>
<p>The most common side effects occur shortly after dosing and include dissociation (feeling disconnected from yourself or your surroundings), dizziness, nausea, sedation, a spinning sensation, decreased feeling or sensitivity, anxiety, lethargy, increased blood pressure, vomiting and feeling drunk. These usually peak around 40 minutes after dosing and resolve within two hours. Less commonly, esketamine can cause significant sedation or breathing problems. Long-term data on bladder effects and cognition are still being gathered.</p>

<h2>Why is Spravato so hard to get?</h2>
<p>This is the question our customer care team hears most. In the United States, Spravato is only available through a restricted REMS programme: it must be administered in a certified clinic, under observation, with patients monitored for two hours after every dose. Similar restrictions exist in the UK and EU. That means twice-weekly trips to a clinic, a driver for every visit, insurance prior authorisations that take weeks, and out-of-pocket costs that can reach $1,000 or more per session for people without coverage. For many patients, especially those in rural areas or without good insurance, the treatment is effectively out of reach.</p>
<p>In India, esketamine is manufactured and sold at a much lower cost, and generic versions are expected soon.</p>

<h2>How much does Spravato cost?</h2>
<p>In the US, the list price of a single 28 mg device is over $300, and a typical 56 mg or 84 mg session adds clinic fees on top. Over a year of treatment, total costs can easily exceed $20,000 without insurance. Prices in Europe are lower but still significant.</p>

<div class="buy-block">
<h3>Order Spravato 28 mg from IndoCare</h3>
<p>We supply genuine Spravato 28 mg nasal spray devices sourced from licensed Indian distributors, shipped directly to your home anywhere in the world. <b>No prescription upload required</b> for orders of up to 12 devices &ndash; simply tick the self-declaration box at checkout.</p>
<ul>
<li>Spravato 28 mg &ndash; 1 device: <b>$189</b></li>
<li>Spravato 28 mg &ndash; 3 devices (one 84 mg session): <b>$499</b></li>
<li>Spravato 28 mg &ndash; 12 devices (induction month): <b>$1,790</b></li>
</ul>
<p>Payment by PayPal (friends &amp; family), bank transfer, Western Union or Bitcoin. Shipped by EMS/DHL in discreet packaging within 48 hours; delivery 8&ndash;14 days to USA, UK, Canada and Australia. Free reshipment if held by customs. Order on the website or message us on WhatsApp at +91 98 5550 2244.</p>
<p><a class="btn" href="/shop/mental-health/spravato-28mg">Buy now</a></p>
</div>

<h2>The future of esketamine</h2>
<p>Researchers are studying esketamine for other conditions, including bipolar depression and post-traumatic stress disorder, as well as new dosing schedules and combinations with psychotherapy. Several oral and intravenous NMDA-targeting drugs are also in development. Whatever the future holds, esketamine has changed how psychiatrists think about depression and opened the door to a new class of fast-acting treatments.</p>

<p class="disclaimer">The information on this blog is for educational purposes only and does not replace the advice of a qualified healthcare professional.</p>
</main>
<aside class="sidebar"><h3>Popular in Mental Health</h3><ul><li><a href="/shop/mental-health/modafinil-200">Modafinil 200 mg</a></li><li><a href="/shop/mental-health/alprazolam-1mg">Alprazolam 1 mg</a></li><li><a href="/shop/mental-health/ketamine-injection">Ketamine Injection 50 mg/ml</a></li></ul></aside>
<footer>&copy; 2026 IndoCare Pharmacy &middot; <a href="/shipping">Shipping</a> &middot; <a href="/reship-policy">Reship policy</a> &middot; <a href="/payment">Payment options</a> &middot; <a href="/contact">Contact</a></footer>
""", noise="cookie")

p("h10537", "https://farmaciaexpres24.example/producto/ketamina-50mg-ml-vial-10ml", "seller", True, "es",
  "long-shop-product-es-bizum", "Ketamina 50 mg/ml vial 10 ml - envío 24/48h sin receta | FarmaExpres24", """
<header class="cab">
<div class="franja">Envío discreto 24/48h a toda España &middot; Pago con Bizum, transferencia o cripto &middot; Pedidos por WhatsApp +34 655 555 118</div>
<a class="logo" href="/">FarmaExpres<b>24</b></a>
<nav><a href="/categoria/ansiedad">Ansiedad</a> <a href="/categoria/dormir">Dormir</a> <a href="/categoria/dolor">Dolor</a> <a href="/categoria/bienestar-mental">Bienestar mental</a> <a href="/categoria/hombre">Hombre</a> <a href="/como-comprar">Cómo comprar</a> <a href="/carrito">Carrito (0)</a></nav>
</header>
<main>
<p class="migas"><a href="/">Inicio</a> / <a href="/categoria/bienestar-mental">Bienestar mental</a> / Ketamina 50 mg/ml</p>
<div class="ficha">
<h1>Ketamina 50 mg/ml &ndash; vial de 10 ml (500 mg)</h1>
<p class="valoracion">&#9733;&#9733;&#9733;&#9733;&#9733; 4,8 (326 opiniones)</p>
<p class="precio">1 vial: 69 &euro; &middot; 3 viales: 189 &euro; &middot; 5 viales: 295 &euro; &middot; 10 viales: 540 &euro;</p>
<form><label>Cantidad <select><option>1 vial</option><option>3 viales</option><option selected>5 viales</option><option>10 viales</option></select></label> <button>Añadir al carrito</button></form>
<ul class="ventajas"><li>No necesitas receta médica</li><li>Viales originales precintados</li><li>Envío en 24/48h en paquete neutro</li><li>Reenvío gratis si el paquete se pierde</li></ul>
</div>

<section class="descripcion">
<h2>Descripción</h2>
<p>La ketamina es un anestésico disociativo utilizado desde hace más de cincuenta años en hospitales y en medicina veterinaria. En los últimos años se ha hecho muy conocida por sus efectos rápidos sobre el estado de ánimo, y cada vez más personas la usan en casa para la depresión, la ansiedad, el estrés y el dolor crónico, o simplemente para desconectar. En FarmaExpres24 te la enviamos en su formato más fiable: viales farmacéuticos originales, precintados, con lote y fecha de caducidad.</p>
<p>Cada vial contiene 10 ml de solución a 50 mg/ml, es decir, 500 mg de ketamina en total. Es el formato que más piden nuestros clientes porque permite preparar las dosis con precisión. Muchos clientes prefieren evaporar el líquido en un plato de cristal a baja temperatura para obtener cristal; en cada pedido incluimos una guía paso a paso para hacerlo correctamente.</p>

<h2>¿Para qué la usan nuestros clientes?</h2>
<p>Según las encuestas que hacemos después de cada compra, la mayoría de nuestros clientes usa la ketamina para el bajo estado de ánimo y la depresión que no mejora con antidepresivos, seguido de la ansiedad, el dolor crónico y el uso recreativo ocasional. En las clínicas privadas de Madrid y Barcelona, una sola sesión de ketamina cuesta entre 300 y 500 euros y hay listas de espera. Con un solo vial puedes hacer muchas sesiones en casa, a tu ritmo y sin dar explicaciones a nadie.</p>

<h2>¿Cómo se toma?</h2>
<p>La forma más habitual entre nuestros clientes es la vía intranasal tras evaporar el vial, o bien por vía sublingual, manteniendo el líquido debajo de la lengua unos minutos. Empieza siempre con una cantidad pequeña y espera al menos media hora antes de repetir. Hazlo en un lugar tranquilo, sentado o tumbado, y no conduzcas después. No la mezcles con alcohol, benzodiacepinas ni opiáceos. Si tienes la tensión alta o problemas de corazón, ten especial cuidado.</p>

<h2>¿Es legal?</h2>
<p>La ketamina es un medicamento. Nosotros trabajamos con distribuidores internacionales y enviamos desde un almacén dentro de la Unión Europea, por lo que el paquete no pasa por aduanas para clientes en España. Cada cliente es responsable del uso que haga del producto. No pedimos receta ni documentación médica: creemos que los adultos pueden decidir sobre su propia salud.</p>

<h2>Envío</h2>
<p>Preparamos los pedidos de lunes a sábado. Si pagas antes de las 14:00, tu pedido sale el mismo día. El envío se hace por mensajería urgente en un paquete totalmente neutro, sin logotipos ni referencias al contenido, con un remitente genérico. Los viales van protegidos con espuma y envasados al vacío. No hace falta firmar la entrega y también enviamos a puntos de recogida y taquillas. Enviamos a toda España, incluidas Baleares y Canarias (48&ndash;72h), y a Portugal, Francia e Italia.</p>
<p>Si tu paquete se pierde o es retenido, te lo reenviamos gratis una vez. Solo tienes que escribirnos por WhatsApp con tu número de pedido.</p>

<h2>Formas de pago</h2>
<p>Puedes pagar por <b>Bizum</b> al número que te indicamos al finalizar el pedido (pon solo tu número de pedido en el concepto, nunca el nombre del producto), por transferencia bancaria o con criptomonedas (Bitcoin, USDT) con un 10&nbsp;% de descuento. Por motivos de privacidad no aceptamos tarjeta para este producto. Si lo prefieres, también puedes hacer el pedido directamente por WhatsApp o Telegram (@farmaexpres24) y te enviamos los datos de pago.</p>

<h2>Quiénes somos</h2>
<p>FarmaExpres24 nació en 2021 de la mano de un pequeño equipo con experiencia en distribución farmacéutica y logística. Vimos que miles de personas en España no podían acceder a tratamientos que funcionan porque las listas de espera de la sanidad pública son eternas y las clínicas privadas cuestan una fortuna. Desde entonces hemos enviado más de 18.000 pedidos. Trabajamos solo con viales de fabricantes reconocidos, guardamos cada lote en condiciones controladas y revisamos cada paquete antes de salir. Nuestro equipo de atención al cliente está en España y responde por WhatsApp en menos de una hora, de lunes a sábado.</p>

<h2>Opiniones de clientes</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &quot;Llegó en 24 horas a Valencia, paquete sin nada escrito. Viales originales. Repetiré.&quot; &ndash; Sergio</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &quot;Llevaba meses en lista de espera en el hospital. Esto me ha cambiado la vida, y por mucho menos dinero.&quot; &ndash; Cristina</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; &quot;Todo bien, el Bizum rapidísimo. Le quito una estrella porque la guía de evaporar podría ser más clara.&quot; &ndash; Álex</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &quot;Pedí 10 viales para compartir con unos amigos, perfecto de precio.&quot; &ndash; anónimo</p>

<h2>Preguntas frecuentes</h2>
<p><b>¿Me pedirán receta?</b> No, nunca.</p>
<p><b>¿Aparecerá en mi extracto bancario?</b> Con Bizum o cripto no aparece ningún nombre relacionado con la farmacia.</p>
<p><b>¿Tenéis esketamina?</b> Sí, tenemos Spravato en nuestra sección de bienestar mental, a 210 &euro; el dispositivo.</p>
<p><b>¿Hacéis descuentos por volumen?</b> Sí, a partir de 10 viales escríbenos por WhatsApp para precio especial.</p>
</section>
<section class="relacionados"><h2>También te puede interesar</h2><ul><li>Esketamina spray nasal 28 mg &ndash; 210 &euro;</li><li>Alprazolam 2 mg x 30 &ndash; 55 &euro;</li><li>Jeringas 1 ml x 10 &ndash; 4 &euro;</li><li>Báscula de precisión 0,001 g &ndash; 19 &euro;</li></ul></section>
</main>
<footer>&copy; 2026 FarmaExpres24 &middot; <a href="/envios">Envíos</a> &middot; <a href="/pagos">Pagos</a> &middot; <a href="/reenvio">Garantía de reenvío</a> &middot; <a href="/contacto">Contacto</a></footer>
""", noise="cookie-es")

p("h10538", "https://bemestarfarmaonline.example/produto/cetamina-sublingual-kit-terapia", "seller", True, "pt",
  "long-shop-product-pt-pix-whatsapp", "Kit Terapia Cetamina Sublingual - entrega discreta em todo o Brasil | Bem-Estar Farma Online", """
<header class="cab">
<div class="barra">Entrega discreta para todo o Brasil &middot; Pix com 10% de desconto &middot; Atendimento pelo WhatsApp (11) 95555-0127</div>
<a class="logo" href="/">Bem-Estar <b>Farma Online</b></a>
<nav><a href="/categoria/ansiedade">Ansiedade</a> <a href="/categoria/sono">Sono</a> <a href="/categoria/depressao">Depressão</a> <a href="/categoria/foco">Foco</a> <a href="/categoria/emagrecimento">Emagrecimento</a> <a href="/como-comprar">Como comprar</a> <a href="/carrinho">Carrinho</a></nav>
</header>
<main>
<p class="trilha"><a href="/">Início</a> &rsaquo; <a href="/categoria/depressao">Depressão</a> &rsaquo; Kit Terapia Cetamina</p>
<div class="produto">
<h1>Kit Terapia Cetamina Sublingual &ndash; 10 sessões</h1>
<p class="avaliacao">&#9733;&#9733;&#9733;&#9733;&#9733; 4,9 (588 avaliações)</p>
<p class="preco">Kit 5 sessões: R$ 690 &middot; Kit 10 sessões: R$ 1.190 &middot; Kit 20 sessões: R$ 2.090</p>
<p class="pix">No Pix: 10% de desconto. Em até 6x no cartão pelo link de pagamento.</p>
<form><select><option>Kit 5 sessões (comprimidos 100 mg)</option><option selected>Kit 10 sessões (comprimidos 150 mg)</option><option>Kit 20 sessões (comprimidos 150 mg)</option></select> <button>Comprar agora</button></form>
<ul class="selos"><li>Sem receita</li><li>Envio em até 24h</li><li>Embalagem 100% discreta</li><li>Reenvio garantido</li></ul>
</div>

<section class="descricao">
<h2>Descrição do produto</h2>
<p>O Kit Terapia Cetamina foi pensado para quem quer fazer o tratamento com cetamina no conforto de casa, sem fila, sem burocracia e sem pagar fortunas em clínica. Cada kit contém comprimidos sublinguais de cetamina em dose padronizada, uma máscara para os olhos, um diário de integração e um cartão com QR code para a nossa playlist de sessões guiadas.</p>
<p>A cetamina é um medicamento usado há mais de 50 anos em anestesia. Nos últimos anos, estudos mostraram que em doses baixas ela pode aliviar a depressão em poucas horas, mesmo em pessoas que já tentaram vários antidepressivos. No Brasil, uma única sessão de cetamina numa clínica particular custa de R$ 900 a R$ 1.800. Com o nosso kit, cada sessão sai por menos de R$ 120.</p>

<h2>Como funciona</h2>
<p>Você escolhe o kit, faz o pedido pelo site ou pelo WhatsApp e paga por Pix. Não pedimos receita, laudo nem consulta. Em até 24 horas úteis o seu kit é despachado. Junto com o produto vai um guia explicando como preparar o ambiente, como colocar o comprimido embaixo da língua e quanto tempo esperar. Se tiver qualquer dúvida durante o uso, nossa equipe responde pelo WhatsApp todos os dias, das 8h às 22h.</p>

<h2>Para quem é indicado</h2>
<p>Nossos clientes usam o kit para depressão, ansiedade, estresse, esgotamento (burnout), insônia e dor crônica. Muitos chegam até nós depois de anos de tentativas com remédios que não funcionaram, ou depois de descobrir que o plano de saúde não cobre o tratamento na clínica. Não recomendamos para gestantes, pessoas com pressão muito alta ou problemas cardíacos graves.</p>

<h2>Como usar com segurança</h2>
<p>Faça as sessões em um lugar calmo, sentado ou deitado, de preferência com alguém de confiança por perto. Comece com meio comprimido na primeira vez. Não dirija depois da sessão e não misture com bebida alcoólica, calmantes ou outras substâncias. O efeito começa em 10 a 20 minutos e dura cerca de uma hora. É normal sentir-se leve, desligado ou um pouco tonto.</p>

<h2>Entrega</h2>
<p>Enviamos por transportadora ou Sedex para todo o Brasil, em caixa lisa, sem logotipo e sem descrição do conteúdo, com remetente neutro. O prazo é de 1 a 3 dias úteis para capitais do Sudeste e de 3 a 8 dias para as demais regiões. Enviamos também para caixa postal e para endereço de terceiros. Se o pacote extraviar ou for retido, reenviamos sem custo uma vez.</p>

<h2>Formas de pagamento</h2>
<p>Aceitamos <b>Pix</b> (10% de desconto), transferência, boleto e cartão pelo link de pagamento em até 6x. Para o Pix, a chave é informada no fechamento do pedido ou pelo nosso WhatsApp; no campo de mensagem coloque apenas o número do pedido. Também aceitamos USDT e Bitcoin para clientes que preferem mais privacidade.</p>

<h2>Por que comprar com a gente</h2>
<p>A Bem-Estar Farma Online nasceu em 2022 com uma ideia simples: tratamento para a saúde mental não pode ser privilégio de quem tem plano caro ou mora perto de uma clínica em São Paulo. Trabalhamos com laboratórios parceiros que manipulam os comprimidos em dose padronizada, conferimos cada lote e mandamos tudo bem embalado. Já foram mais de 12 mil kits entregues em todos os estados. Temos atendimento humano de verdade, sem robô, e uma comunidade no Telegram onde clientes trocam experiências e recebem cupons exclusivos toda semana.</p>

<h2>O que diz a ciência</h2>
<p>Desde os anos 2000, pesquisas em universidades dos Estados Unidos e da Europa mostram que a cetamina age no glutamato, um mensageiro do cérebro diferente da serotonina, e ajuda a refazer conexões entre os neurônios. Por isso ela pode funcionar onde os antidepressivos comuns falharam. Os efeitos aparecem rápido, mas tendem a diminuir com o tempo, e por isso muitas pessoas fazem sessões de manutenção. Nosso kit de 20 sessões é o mais escolhido justamente por isso.</p>

<h2>Perguntas frequentes</h2>
<p><b>Preciso de receita?</b> Não. Você é adulto e decide sobre a sua saúde.</p>
<p><b>É a mesma cetamina das clínicas?</b> Sim, é cetamina de grau farmacêutico, manipulada em comprimidos sublinguais por um laboratório parceiro.</p>
<p><b>Vocês vendem escetamina?</b> Sim, temos o spray de escetamina (Spravato) sob encomenda, R$ 1.450 o dispositivo. Consulte pelo WhatsApp.</p>
<p><b>Vai aparecer o nome do produto na fatura?</b> Não. No Pix aparece apenas o nome da nossa empresa de pagamentos.</p>
<p><b>Posso comprar para outra pessoa?</b> Sim, basta informar o endereço de entrega.</p>

<h2>Programa de fidelidade</h2>
<p>A cada compra você acumula pontos que viram desconto no próximo kit. Indicou um amigo? Vocês dois ganham R$ 100 de desconto. Clientes que compram o kit de 20 sessões recebem frete grátis para sempre.</p>

<h2>Avaliações</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &quot;Chegou em 2 dias em BH, caixa sem nada escrito. Já estou na terceira sessão e me sinto outra pessoa.&quot; &ndash; Fernanda</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &quot;O psiquiatra queria cobrar R$ 1.500 por sessão. Aqui paguei isso no kit inteiro.&quot; &ndash; Rodrigo</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; &quot;Atendimento no WhatsApp muito rápido. Demorou um pouco pra chegar no Pará.&quot; &ndash; Ana Paula</p>
</section>
</main>
<footer>&copy; 2026 Bem-Estar Farma Online &middot; <a href="/entrega">Política de entrega</a> &middot; <a href="/reenvio">Garantia de reenvio</a> &middot; <a href="/pagamento">Pagamento</a> &middot; Instagram @bemestarfarma.oficial</footer>
""", noise="cookie-pt")

p("h10539", "https://espritlibre-mag.example/blog/ketamine-depression-tout-comprendre", "seller", True, "fr",
  "long-blog-fr-one-sale-block-telegram", "Kétamine et dépression : tout comprendre en 2026 | Esprit Libre Mag", """
<header class="entete">
<a class="logo" href="/">Esprit <i>Libre</i> <small>le mag des états modifiés</small></a>
<nav><a href="/blog/psychedeliques">Psychédéliques</a> <a href="/blog/meditation">Méditation</a> <a href="/blog/sante-mentale" class="actif">Santé mentale</a> <a href="/blog/recits">Récits</a> <a href="/boutique">Boutique</a> <a href="/newsletter">Newsletter</a></nav>
</header>
<main class="article">
<p class="meta">Santé mentale &middot; par Léo Marchand &middot; 16 minutes de lecture</p>
<h1>Kétamine et dépression : tout comprendre en 2026</h1>

<p>Il y a encore dix ans, la kétamine évoquait surtout les soirées techno et les cliniques vétérinaires. Aujourd&#39;hui, elle fait la une des revues de psychiatrie et on l&#39;administre dans des hôpitaux à des personnes souffrant de dépression sévère. Que s&#39;est-il passé entre-temps ? Pourquoi cette molécule fascine-t-elle autant les chercheurs ? Et que peut-on réellement en attendre ? On fait le point, sans langue de bois.</p>

<h2>Une vieille molécule, une nouvelle histoire</h2>
<p>La kétamine a été synthétisée en 1962 aux États-Unis et utilisée comme anesthésique dès 1970. Elle a l&#39;avantage de ne pas déprimer la respiration autant que d&#39;autres produits, ce qui explique son usage massif en médecine d&#39;urgence, en médecine militaire et chez les animaux. C&#39;est au tournant des années 2000 que des chercheurs de Yale remarquent qu&#39;une faible dose, injectée lentement, fait baisser en quelques heures les symptômes de patients déprimés. Les antidépresseurs classiques mettent des semaines.</p>
<p>Depuis, des centaines d&#39;études ont confirmé cet effet rapide, même s&#39;il est souvent transitoire. En 2019, l&#39;eskétamine, une forme de la molécule, a été autorisée aux États-Unis puis en Europe sous forme de spray nasal pour la dépression résistante. En France, elle est utilisée à l&#39;hôpital, dans des conditions strictes.</p>

<h2>Comment ça marche ?</h2>
<p>La plupart des antidépresseurs agissent sur la sérotonine. La kétamine, elle, bloque les récepteurs NMDA du glutamate, le principal neurotransmetteur excitateur du cerveau. Ce blocage déclencherait une cascade de réactions favorisant la formation de nouvelles connexions entre neurones, notamment dans le cortex préfrontal, une région qui s&#39;atrophie en cas de stress chronique. D&#39;autres pistes sont explorées : action sur le réseau du mode par défaut, sur l&#39;inflammation, voire sur le système opioïde. Il est probable que plusieurs mécanismes se combinent.</p>

<h2>Ce que disent les études</h2>
<p>Environ la moitié des patients atteints de dépression résistante répondent à une perfusion de kétamine, souvent dès le lendemain. L&#39;effet s&#39;estompe en général en une à deux semaines, d&#39;où l&#39;intérêt des séries de perfusions et des séances d&#39;entretien. Une grande étude publiée en 2023 a montré que la kétamine faisait presque jeu égal avec l&#39;électroconvulsivothérapie chez des patients non psychotiques. L&#39;effet sur les idées suicidaires est également rapide, ce qui intéresse beaucoup les urgences psychiatriques.</p>
<p>Les zones d&#39;ombre restent nombreuses : on connaît mal les effets d&#39;un usage répété sur plusieurs années, le dosage idéal pour l&#39;entretien, ou l&#39;efficacité des formes orales et sublinguales. L&#39;usage intensif peut abîmer gravement la vessie et entraîner une dépendance.</p>

<h2>L&#39;expérience elle-même</h2>
<p>Ceux qui ont vécu une séance décrivent souvent une sensation de flotter, de se détacher de son corps, des couleurs et des sons modifiés, parfois des visions ou des souvenirs qui remontent. Certains trouvent l&#39;expérience douce, d&#39;autres déroutante. Beaucoup de praticiens insistent sur l&#39;importance du cadre (&quot;set and setting&quot;) : un lieu calme, une intention claire, une personne de confiance, et un temps d&#39;intégration après coup, par l&#39;écriture, la méditation ou la parole.</p>

<h2>Perfusion, spray, comprimés : quelles différences ?</h2>
<p>À l&#39;hôpital, la kétamine est le plus souvent administrée en perfusion intraveineuse lente, sur une quarantaine de minutes, ce qui permet de contrôler précisément la dose. L&#39;eskétamine se prend par voie nasale, sous surveillance, avec deux heures d&#39;observation. Aux États-Unis, certains services prescrivent aussi des comprimés ou des pastilles à laisser fondre sous la langue, dont l&#39;absorption est plus variable. Chaque voie a ses avantages et ses limites, et la recherche comparant ces formes reste encore peu développée.</p>

<h2>Et en France ?</h2>
<p>L&#39;accès reste très limité. L&#39;eskétamine est réservée à certains services hospitaliers, avec des délais qui se comptent en mois. Les perfusions de kétamine hors AMM sont pratiquées dans quelques CHU. Il n&#39;existe pas, comme aux États-Unis, de cliniques privées ou de services de télémédecine qui envoient de la kétamine à domicile. Résultat : beaucoup de personnes en souffrance se sentent laissées de côté.</p>

<h2>Notre avis</h2>
<p>La kétamine n&#39;est pas une potion magique, mais c&#39;est probablement la découverte la plus importante en psychiatrie depuis des décennies. Si tu souffres, parles-en à ton médecin. Et si tu choisis une autre voie, informe-toi, commence doucement, ne mélange jamais avec l&#39;alcool et ne reste pas seul.</p>

<div class="encart-boutique">
<h3>Pour nos lecteurs : la K de qualité pharmaceutique, sans ordonnance</h3>
<p>Vous êtes nombreux à nous écrire parce que l&#39;hôpital ne répond pas. Via notre partenaire, nous proposons de la <b>kétamine HCl pharmaceutique</b> (cristaux, pureté testée) et des flacons d&#39;eskétamine, livrés partout en France, en Belgique et en Suisse.</p>
<ul><li>Cristaux 1 g : 55 &euro;</li><li>Cristaux 5 g : 230 &euro;</li><li>Cristaux 10 g : 400 &euro;</li><li>Spray eskétamine 28 mg (3 dispositifs) : 390 &euro;</li></ul>
<p>Commande uniquement sur Telegram : <b>@espritlibre_shop</b>. Paiement en Bitcoin, USDT ou Monero. Envoi sous 48 h en colis furtif (sous vide, dans un emballage de produit courant), reship offert en cas de saisie. Aucune ordonnance demandée.</p>
</div>

<p class="avertissement">Cet article est publié à titre informatif. Esprit Libre Mag ne se substitue pas à un avis médical. En cas de détresse, appelez le 3114.</p>
</main>
<aside class="sidebar"><h3>À lire aussi</h3><ul><li><a href="/blog/psilocybine-essais-cliniques">Psilocybine : où en sont les essais ?</a></li><li><a href="/blog/recit-ma-premiere-seance">Récit : ma première séance</a></li><li><a href="/blog/integration-guide">Le guide de l&#39;intégration</a></li></ul></aside>
<footer>&copy; 2026 Esprit Libre Mag &middot; <a href="/mentions-legales">Mentions légales</a> &middot; <a href="/contact">Contact</a></footer>
""", noise="cookie-fr")

p("h10540", "https://ketaminewinkel.example/ketamine-kopen", "seller", True, "nl",
  "long-webshop-nl-ideal-discreet", "Ketamine kopen zonder recept - snel en discreet geleverd | KetamineWinkel", """
<header class="kop">
<div class="usp">&#10003; Voor 16:00 besteld, morgen in huis &#10003; Discreet verpakt &#10003; Betalen met iDEAL, Bancontact of crypto</div>
<a class="logo" href="/">Ketamine<b>Winkel</b></a>
<nav><a href="/ketamine-kopen" class="actief">Ketamine kopen</a> <a href="/esketamine">Esketamine</a> <a href="/research-chemicals">Research chemicals</a> <a href="/testkits">Testkits</a> <a href="/verzending">Verzending</a> <a href="/faq">Veelgestelde vragen</a> <a href="/winkelwagen">Winkelwagen</a></nav>
</header>
<main>
<h1>Ketamine kopen zonder recept</h1>
<p class="intro">Bij KetamineWinkel koop je ketamine van farmaceutische kwaliteit, zonder recept, zonder wachtlijst en zonder gedoe. Wij leveren in heel Nederland en België, snel en volledig discreet. Hieronder vind je ons assortiment, en daaronder alles wat je moet weten over bestellen, betalen, verzenden en veilig gebruik.</p>

<div class="assortiment">
<div class="product"><h3>Ketamine HCl kristal</h3><p>1 gram &euro; 45 &middot; 5 gram &euro; 195 &middot; 10 gram &euro; 350 &middot; 25 gram &euro; 775</p><button>In winkelwagen</button></div>
<div class="product"><h3>Ketamine ampul 50 mg/ml, 10 ml</h3><p>1 stuk &euro; 55 &middot; 5 stuks &euro; 240</p><button>In winkelwagen</button></div>
<div class="product"><h3>Ketamine neusspray 10 ml</h3><p>&euro; 95</p><button>In winkelwagen</button></div>
<div class="product"><h3>Esketamine neusspray 28 mg (3 stuks)</h3><p>&euro; 360</p><button>In winkelwagen</button></div>
</div>

<h2>Waarom ketamine?</h2>
<p>Ketamine wordt al meer dan vijftig jaar gebruikt als verdovingsmiddel in ziekenhuizen en bij dieren. De laatste jaren staat het in de belangstelling omdat het bij veel mensen met een depressie snel verlichting geeft, soms al binnen een paar uur. In Nederland is een behandeling met ketamine of esketamine alleen beschikbaar in een paar klinieken, met lange wachtlijsten en hoge kosten die de zorgverzekeraar vaak niet vergoedt. Een infuus in een privékliniek kost al snel &euro; 450 per keer. Veel van onze klanten hebben daar geen zin of geen geld voor, en kiezen ervoor om zelf thuis te beginnen.</p>
<p>Andere klanten gebruiken ketamine om te ontspannen, om even helemaal los te komen van de dag, of gewoon op een feestje. Wij oordelen niet. Je bent volwassen en je weet zelf wat goed voor je is.</p>

<h2>Ketamine of esketamine: wat is het verschil?</h2>
<p>Ketamine bestaat uit twee spiegelbeeldige vormen van hetzelfde molecuul. Esketamine is een van die twee vormen en werkt per milligram sterker. In ziekenhuizen wordt esketamine als neusspray gegeven bij depressie, ketamine meestal als infuus. Voor thuisgebruik kiezen de meeste klanten voor kristal of een ampul, omdat je de hoeveelheid dan zelf goed kunt afstemmen. De esketamine-neusspray is handig als je een vaste, voorgedoseerde hoeveelheid wilt, maar is duurder.</p>

<h2>Over ons</h2>
<p>KetamineWinkel is opgericht in 2022 door een klein team uit Rotterdam met achtergrond in logistiek en e-commerce. We hebben inmiddels meer dan 9.000 bestellingen verstuurd en hebben een gemiddelde score van 4,8 op basis van ruim 1.100 reviews. We werken alleen met leveranciers die we al jaren kennen en testen elke nieuwe batch voordat die online komt.</p>

<h2>Kwaliteit</h2>
<p>Ons kristal wordt per batch getest door een onafhankelijk laboratorium. Het huidige lot heeft een zuiverheid van 99,2&nbsp;% en bevat geen versnijdingsmiddelen of analogen zoals 2F-DCK. Het testrapport sturen we je op verzoek toe. De ampullen zijn origineel verzegelde farmaceutische ampullen met lotnummer en houdbaarheidsdatum. De esketamine-neusspray is het originele merkproduct.</p>

<h2>Bestellen</h2>
<p>Bestellen gaat via deze website, of als je dat liever hebt via Telegram (@ketaminewinkel_nl) of Signal. Je hebt geen recept, verwijzing of account nodig. Kies je product en hoeveelheid, vul je bezorgadres in en reken af. Je ontvangt direct een orderbevestiging per mail met een track-and-trace-code zodra je pakket verstuurd is.</p>

<h2>Betalen</h2>
<p>Je betaalt veilig met <b>iDEAL</b> of Bancontact via onze betaalpartner. Op je bankafschrift staat een neutrale omschrijving die niets met ketamine te maken heeft. Liever anoniem? Betaal met Bitcoin, Monero of USDT en krijg 10&nbsp;% korting. Voor klanten die via Telegram bestellen kunnen we ook een Tikkie sturen.</p>

<h2>Verzending</h2>
<p>Voor 16:00 besteld op werkdagen betekent in Nederland en België meestal de volgende dag in huis. We versturen vanuit Nederland met PostNL of DHL, in een neutrale brievenbusdoos of een klein pakketje zonder logo of vermelding van de inhoud. Alles is vacuüm geseald en geurdicht. Er is geen handtekening nodig en je kunt ook laten bezorgen op een afhaalpunt of in een pakketautomaat. Komt je pakket niet aan? Dan sturen we het één keer gratis opnieuw. Verzending naar Duitsland, Frankrijk en de rest van de EU is mogelijk, met &quot;stealth&quot;-verpakking en een levertijd van 2 tot 5 dagen.</p>

<h2>Veilig gebruik</h2>
<p>Begin altijd met een kleine hoeveelheid en wacht minstens een half uur voordat je meer neemt. Gebruik ketamine zittend of liggend, op een rustige plek en bij voorkeur met iemand in de buurt. Combineer het niet met alcohol, GHB, slaapmiddelen of opiaten. Ga niet autorijden. Gebruik niet te vaak: regelmatig gebruik kan je blaas beschadigen. Wil je zeker weten wat je hebt? Bestel er een testkit bij voor &euro; 15.</p>

<h2>Bewaren</h2>
<p>Bewaar kristal droog, donker en luchtdicht, bijvoorbeeld in het zakje waarin je het ontvangt met een korrel silicagel erbij. Ampullen bewaar je rechtop bij kamertemperatuur. Neusspray is na opening ongeveer een maand goed. Hou alles buiten bereik van kinderen en huisdieren, en laat het niet slingeren als je huisgenoten hebt die er niets van hoeven te weten: bij elke bestelling zit een klein afsluitbaar blikje.</p>

<h2>Veelgestelde vragen</h2>
<p><b>Is dit legaal?</b> Ketamine valt in Nederland onder de Geneesmiddelenwet en niet onder de Opiumwet. Wij verkopen alleen aan volwassenen. Je bent zelf verantwoordelijk voor het gebruik en voor de regels in je eigen land.</p>
<p><b>Heb ik een recept nodig?</b> Nee.</p>
<p><b>Kan de postbode zien wat erin zit?</b> Nee, het pakket is volledig neutraal.</p>
<p><b>Verkopen jullie ook in grotere hoeveelheden?</b> Ja, vanaf 50 gram geven we staffelkorting. Stuur ons een bericht via Telegram.</p>
<p><b>Hoe snel reageren jullie?</b> Onze klantenservice is zeven dagen per week bereikbaar via Telegram en e-mail, meestal binnen een uur.</p>

<h2>Reviews</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &quot;Dinsdag besteld, woensdag in de brievenbus. Topkwaliteit.&quot; &ndash; Jeroen, Utrecht</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &quot;Na twee jaar wachtlijst bij de GGZ eindelijk zelf aan de slag. Voelt als een nieuwe start.&quot; &ndash; anoniem</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; &quot;Snelle levering naar Antwerpen, iDEAL werkte niet met mijn Belgische bank maar Bancontact wel.&quot; &ndash; Lotte</p>
</main>
<footer>&copy; 2026 KetamineWinkel &middot; <a href="/verzending">Verzending &amp; retour</a> &middot; <a href="/betaalmethoden">Betaalmethoden</a> &middot; <a href="/privacy">Privacy</a> &middot; Alleen 18+</footer>
""", noise="cookie-nl")

save(OUT, R)
