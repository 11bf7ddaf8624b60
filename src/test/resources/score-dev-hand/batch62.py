# Batch 62 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement. Committed before
# any scorer run.
# Angle: WHERE CARE MEETS INFORMATION. Provider pages that read like articles (clinic blog post on
# research, press releases, careers pages, patient-education library, "about ketamine" explainers,
# research-participation pages, FAQs) and informational pages that read like providers (hospital
# association fact sheet, insurer coverage page, university trial page, medical-society position
# statement, directory profile of a clinic, magazine interview with a clinic doctor, PBM formulary
# page, job-board post), plus sellers imitating either (blog, press release, careers page, knowledge
# base, FAQ, product monograph, interview, savings programme, fake online consultation).
# Mix: 14 sellers (flagged), 9 telehealth, 8 clinics, 9 informational; 24 English + 16 others
# (es 3, de 3, fr 3, pt 3, nl 2, it 2). 4 plain-text snippets, 1 url-only bot wall.
# Shapes: clinic research blog post, seller "journal" post with product box, hospital-association
# fact sheet, telehealth safety blog, url-only browser check, clinic press release (new location),
# insurer coverage page, telehealth expansion press release, questionnaire-only "consultation",
# German clinic patient-information page, German university trial recruitment, German research-
# chemical knowledge-base dosage page, Mexican telepsychiatry FAQ, Spanish clinic study-participation
# page, Spanish magazine interview, seller press release, telehealth NP careers page, clinic careers
# page, seller reshipper "careers" page, directory clinic profile, affiliate "top 10" doorway,
# Quebec virtual-clinic explainer, French society position statement, French vet-ketamine product
# sheet with WhatsApp, Dutch virtual psychiatry referring for esketamine, Dutch social bio (txt),
# Brazilian esketamine centre patient page, Portuguese news on online sales, Portuguese marketplace
# listing, Italian clinic FAQ (txt), Italian "interview with our pharmacist" shop blog, telehealth
# patient library, PBM formulary page, seller FAQ, telehealth outcomes registry (txt), hospital
# interventional-psychiatry explainer, research-chemical "research panel", job-board post (txt),
# fake Spravato savings programme, telehealth "meet our clinicians".
# Author: independent. Date: 2026-12-07.
# Run: python3 batch62.py (writes batch62/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch62")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))


p("h6201", "https://www.tidewaterinfusion.example/blog/2026/what-new-research-says-about-ketamine-and-depression", "clinic", False, "en",
  "clinic-blog-research-post", "What New Research Says About Ketamine and Treatment-Resistant Depression | Tidewater Infusion Center", """
<header class="site-header">
 <a class="logo" href="/"><img src="/img/tidewater-logo.svg" alt="Tidewater Infusion Center"></a>
 <nav><a href="/treatments/">Treatments</a> <a href="/spravato/">Spravato</a> <a href="/our-team/">Our Team</a> <a href="/pricing/">Pricing &amp; Insurance</a> <a href="/blog/">Blog</a> <a href="/contact/">Contact</a></nav>
 <a class="btn btn-primary" href="/book-consultation/">Book a Free Consultation</a>
</header>
<main class="container">
<article>
<p class="meta">Research Roundup &middot; November 18, 2026 &middot; 7 min read</p>
<h1>What new research says about ketamine and treatment-resistant depression</h1>
<p class="byline">By Renata Calloway, MD, Medical Director (board-certified in anesthesiology)</p>
<p>Patients often bring us printouts of headlines. Some promise a cure in one afternoon, others warn that ketamine is "just a party drug". Neither is what the evidence shows, so once or twice a year we sit down and summarize the studies that actually changed how we practice.</p>
<h2>1. Repeated infusions versus a single dose</h2>
<p>Early trials gave one infusion and measured mood a day later. The response was fast but often faded within a week. Newer studies looked at a series of six infusions over two to three weeks and found that more people kept their improvement at the one-month mark. That is why our standard induction is six sessions, not one.</p>
<h2>2. Ketamine compared with ECT</h2>
<p>A large comparison in outpatients without psychosis found that ketamine was at least as good as electroconvulsive therapy for many people, with fewer memory complaints. ECT remains the stronger choice for some conditions, and we refer to our colleagues at the regional hospital when it is.</p>
<h2>3. Who is less likely to benefit</h2>
<p>Several analyses suggest people with active substance use, uncontrolled hypertension or a history of psychosis do worse or face more risk. We screen for all three at the first visit.</p>
<h2>What this means if you come to Tidewater</h2>
<ul>
 <li>Every patient starts with an in-person evaluation with our psychiatric nurse practitioner and a review of your records from your own psychiatrist or primary care doctor.</li>
 <li>Infusions are given in one of our six private suites in Norfolk, with continuous heart-rate, oxygen and blood-pressure monitoring by an anesthesia provider.</li>
 <li>You will need someone to drive you home.</li>
 <li>We track PHQ-9 scores before every session and share them with your referring clinician.</li>
</ul>
<p>If you would like to talk through whether any of this applies to you, <a href="/book-consultation/">book a free 15-minute call</a> with our intake team.</p>
<p class="disclaimer"><small>This article is for general education and does not replace a consultation with your own physician. Ketamine for depression is an off-label use.</small></p>
</article>
<aside class="sidebar">
 <h3>Recent posts</h3>
 <ul><li><a href="/blog/2026/how-much-does-ketamine-cost-in-virginia/">How much does ketamine therapy cost in Virginia?</a></li>
 <li><a href="/blog/2026/spravato-vs-iv-ketamine/">Spravato vs. IV ketamine: what's the difference?</a></li>
 <li><a href="/blog/2026/what-to-eat-before-infusion/">What to eat (and not eat) before your infusion</a></li></ul>
 <div class="cta-box"><p>Questions? Call <a href="tel:+17575550143">(757) 555-0143</a></p><p>Mon&ndash;Fri 8am&ndash;6pm</p></div>
</aside>
</main>
<footer><p>Tidewater Infusion Center &middot; 2210 Colley Ave, Suite 300, Norfolk, VA 23517</p><p><a href="/privacy/">Privacy</a> | <a href="/notice-of-privacy-practices/">Notice of Privacy Practices</a> | &copy; 2026</p></footer>
""", noise="cookie")


p("h6202", "https://ketaminewellness-journal.example/blog/ketamine-depression-science-2026", "seller", True, "en",
  "seller-blog-post-with-product-box", "Ketamine and Depression: What the Science Says (2026 Update) - KW Journal", """
<div class="topbar">Free tracked shipping on orders over $250 &bull; Fast EU &amp; US dispatch</div>
<header><a href="/" class="brand">KW Journal</a>
<nav><a href="/blog/">Articles</a> <a href="/shop/">Shop</a> <a href="/about/">About</a> <a href="/contact/">Contact</a> <a href="/cart/">Cart (0)</a></nav></header>
<main>
<article class="post">
<h1>Ketamine and Depression: What the Science Says (2026 Update)</h1>
<p class="post-meta">Written by the KW editorial team &middot; Medically informed &middot; Updated December 2026</p>
<p>Depression affects more than 280 million people worldwide, and around one in three do not improve after two or more antidepressants. For this group, researchers have spent two decades studying ketamine, an NMDA-receptor antagonist first used as an anaesthetic in the 1960s.</p>
<p>Unlike SSRIs, which can take four to six weeks to work, ketamine appears to act within hours. Scientists believe it triggers a surge of glutamate and the growth of new synaptic connections in the prefrontal cortex, a process sometimes called neuroplasticity.</p>
<h2>How is it taken?</h2>
<p>In studies ketamine has been given intravenously, intramuscularly, as a nasal spray and as lozenges. Nasal use is popular because it is simple and can be done at home.</p>
<div class="product-card">
 <img src="/media/ketamine-nasal-10ml.jpg" alt="Ketamine HCl nasal spray 10 ml">
 <h3>Ketamine HCl Nasal Spray 10 ml (50 mg/ml)</h3>
 <p class="price">$189.00 <del>$229.00</del></p>
 <p>No prescription needed &middot; Ships discreetly in plain packaging</p>
 <a class="btn" href="/shop/ketamine-hcl-nasal-spray-10ml/?add-to-cart=412">Add to cart</a>
</div>
<h2>Is it safe?</h2>
<p>At low doses side effects are usually short-lived: dizziness, nausea and a floating feeling. People with heart disease or high blood pressure should be careful. Long-term heavy use has been linked to bladder problems.</p>
<h2>Where can I get ketamine?</h2>
<p>Clinics in the US charge $400 to $800 per infusion and often have long waiting lists. Many of our readers prefer to order directly from our <a href="/shop/">online store</a>. Use code <b>BLOG10</b> at checkout for 10% off. We accept Visa, Bitcoin and USDT (TRC20).</p>
<p class="small">This article is for information only.</p>
</article>
<aside><h4>Popular products</h4><ul><li><a href="/shop/ketamine-crystal-5g/">Ketamine crystal 5 g</a> &ndash; $140</li><li><a href="/shop/esketamine-spray/">Esketamine spray 28 mg</a> &ndash; $95</li><li><a href="/shop/ketamine-lozenges-20/">Ketamine lozenges x20</a> &ndash; $160</li></ul></aside>
</main>
<footer>&copy; 2026 KW Journal &middot; <a href="/shipping/">Shipping &amp; reship policy</a> &middot; <a href="/terms/">Terms</a></footer>
""")


p("h6203", "https://www.lakeshorehospitals.example/resources/fact-sheets/ketamine-infusion-services", "informational", False, "en",
  "hospital-association-fact-sheet", "Fact Sheet: Ketamine Infusion Services in Member Hospitals | Lakeshore Hospital Association", """
<header><div class="logo">Lakeshore Hospital Association</div>
<nav><a href="/about/">About LHA</a> <a href="/advocacy/">Advocacy</a> <a href="/data/">Data &amp; Reports</a> <a href="/resources/">Resources</a> <a href="/members/">Member Login</a></nav></header>
<main>
<p class="crumb">Resources / Fact sheets</p>
<h1>Ketamine infusion services: a fact sheet for policymakers and the public</h1>
<p><i>Prepared by the LHA Behavioral Health Council. Revised October 2026. <a href="/files/fs-ketamine-2026.pdf">Download PDF (2 pages)</a></i></p>
<h2>Key facts</h2>
<ul>
<li>14 of our 61 member hospitals run an outpatient ketamine or esketamine service, up from 5 in 2021.</li>
<li>Most are run by anesthesiology or psychiatry departments and require a referral from a treating clinician.</li>
<li>Hospital charges for an IV ketamine infusion for depression range from roughly $450 to $950 per session before insurance. Most commercial plans in the state cover esketamine nasal spray with prior authorization but not IV ketamine for depression.</li>
<li>Freestanding (non-hospital) infusion clinics are not licensed as a separate facility type in this state. They operate under the medical license of their physicians.</li>
</ul>
<h2>Why it matters</h2>
<p>Demand for rapid-acting depression treatment is high and access is uneven: 9 of 22 rural counties have no provider within 60 miles. LHA supports telehealth follow-up and mobile monitoring where in-person dosing is not available, provided a licensed clinician examines the patient first.</p>
<h2>Safety concerns</h2>
<p>Poison-center calls involving ketamine rose 38% between 2022 and 2025. A share involved products bought from websites that sell ketamine "without a prescription" or after a short online questionnaire. LHA asks members of the public to avoid such sites and to report them to the State Board of Pharmacy.</p>
<h2>LHA positions</h2>
<ol><li>Support insurance coverage parity for evidence-based ketamine and esketamine treatment.</li>
<li>Support minimum monitoring standards for all settings.</li>
<li>Support enforcement against illegal online sales.</li></ol>
<p>Media contact: communications@lakeshorehospitals.example</p>
</main>
<footer>Lakeshore Hospital Association &middot; 100 Capitol Square, Suite 1200 &middot; &copy; 2026</footer>
""")


p("h6204", "https://www.nearwell.example/journal/is-at-home-ketamine-safe", "telehealth", False, "en",
  "telehealth-blog-safety-article", "Is at-home ketamine safe? What the research says - Nearwell Journal", """
<nav class="top"><a href="/">nearwell</a> <a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/journal">Journal</a> <a href="/login">Log in</a> <a class="pill" href="/start">Take the assessment</a></nav>
<article>
<h1>Is at-home ketamine safe? What the research says</h1>
<p class="reviewed">Medically reviewed by Dana Whitcomb, PMHNP-BC &middot; 9 min read</p>
<p>"At home" makes some people picture a package on the porch and nobody watching. That's not how it should work, and it's not how we do it. Here is what the published data says about safety outside a clinic, and what we built around it.</p>
<h2>What the numbers show</h2>
<p>Observational studies following thousands of patients who took sublingual ketamine at home with remote monitoring reported mostly mild, short side effects: nausea, dizziness, blurred vision and feeling detached. Serious events were rare. The catch: those programs screened carefully and checked in with patients often.</p>
<h2>How Nearwell reduces risk</h2>
<ol>
<li><b>A live video evaluation first.</b> A psychiatric clinician licensed in your state reviews your history, medications and blood pressure before anything is prescribed. About one in four people who apply are not approved, and we help them find other care.</li>
<li><b>A prescription, not a product.</b> If you qualify, your clinician sends a prescription to our licensed partner pharmacy, which ships your first four doses in tamper-evident packaging with signature required.</li>
<li><b>A sitter at your first sessions.</b> A trusted adult must be present. You'll log your blood pressure in the app before each dose.</li>
<li><b>Check-ins.</b> Your clinician sees you on video after session 2 and session 4 and adjusts or stops treatment as needed.</li>
</ol>
<h2>Who shouldn't do this at home</h2>
<p>People with uncontrolled high blood pressure, a history of psychosis or mania, active substance use disorder, or who are pregnant. We'll point you toward an in-person clinic if that's a better fit.</p>
<div class="cta"><p>Initial evaluation $99, then $229/month including medication and check-ins. HSA/FSA accepted.</p><a href="/start">Start your assessment</a></div>
</article>
<footer><p>Nearwell Health, PC and affiliated professional entities. Medication is prescribed only by licensed clinicians after evaluation and is not available in all states.</p><p>In crisis? Call or text 988.</p></footer>
""")


p("h6205", "https://ketamine-no-rx-overnight.example/shop/ketamine-hcl-crystal-5g", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="main-wrapper" role="main">
<div class="main-content">
<h1 class="zone-name-title h1">ketamine-no-rx-overnight.example</h1>
<h2 class="h2" id="challenge-running">Checking if the site connection is secure</h2>
<noscript><div class="h2">Enable JavaScript and cookies to continue</div></noscript>
<div id="challenge-body-text" class="core-msg spacer">This site needs to review the security of your connection before proceeding.</div>
</div>
</div>
<div class="footer" role="contentinfo"><div class="footer-inner"><div class="clearfix diagnostic-wrapper"><div class="ray-id">Ray ID: <code>8f2c19ab7d4e02c1</code></div></div>
<div class="text-center">Performance &amp; security by a CDN</div></div></div>
<script>(function(){window._cf_chl_opt={cvId:'3',cZone:'ketamine-no-rx-overnight.example',cType:'managed'};})();</script>
""")


p("h6206", "https://www.summitmindinfusions.example/news/summit-mind-opens-boise-location", "clinic", False, "en",
  "clinic-press-release-new-location", "Summit Mind Infusions Opens Second Location in Boise | News", """
<header><a href="/">Summit Mind Infusions</a> <nav><a href="/services">Services</a> <a href="/locations">Locations</a> <a href="/news">News</a> <a href="/patient-forms">Patient Forms</a> <a href="/pay-bill">Pay Bill</a></nav></header>
<main>
<p><b>FOR IMMEDIATE RELEASE</b></p>
<h1>Summit Mind Infusions opens second location in Boise, adds esketamine treatment</h1>
<p><i>New clinic on Parkcenter Boulevard is certified under the Spravato REMS program and doubles the practice's infusion capacity</i></p>
<p>BOISE, Idaho &mdash; December 1, 2026 &mdash; Summit Mind Infusions, an anesthesiologist-led ketamine practice founded in Meridian in 2021, today opened its second clinic at 415 Parkcenter Blvd. The 3,200-square-foot space has eight private treatment rooms and is certified to administer Spravato (esketamine) nasal spray under the FDA's Risk Evaluation and Mitigation Strategy.</p>
<p>"Our wait list in Meridian reached seven weeks this summer," said Dr. Owen Haldane, founder and medical director. "People who are in the middle of a depressive episode should not have to wait that long. The Boise clinic lets us see new patients within about ten days."</p>
<p>Patients receive an in-person psychiatric assessment before starting treatment. IV ketamine infusions are administered by certified registered nurse anesthetists with continuous monitoring; Spravato patients are observed on site for at least two hours after each dose as the REMS program requires.</p>
<p>The Boise clinic accepts most major commercial insurance plans for Spravato. IV ketamine is self-pay at $495 per infusion, with package pricing and financing available.</p>
<p>A public open house will be held Saturday, December 13, from 10am to 1pm.</p>
<h3>About Summit Mind Infusions</h3>
<p>Summit Mind Infusions provides ketamine infusion therapy for depression, PTSD and chronic pain, and esketamine treatment for adults with treatment-resistant depression. The practice has delivered more than 11,000 treatments.</p>
<p><b>Media contact:</b> Jenna Ruiz, (208) 555-0190, press@summitmindinfusions.example</p>
<p>###</p>
</main>
<footer>Meridian &middot; Boise &middot; <a href="/request-appointment">Request an appointment</a></footer>
""")


p("h6207", "https://www.cascadiahealthplan.example/members/coverage/ketamine-and-esketamine", "informational", False, "en",
  "insurer-coverage-page-covered-centres", "Ketamine & esketamine coverage | Cascadia Health Plan members", """
<div class="utility"><a href="/members/login">Member login</a> | <a href="/find-a-doctor">Find a doctor</a> | <a href="/es/">Español</a></div>
<header><img src="/assets/chp-logo.png" alt="Cascadia Health Plan"><nav><a href="/members">Members</a> <a href="/providers">Providers</a> <a href="/employers">Employers</a> <a href="/shop-plans">Shop plans</a></nav></header>
<main>
<h1>Ketamine and esketamine: what's covered</h1>
<p>Coverage depends on your plan. Log in to see your exact benefits, or call Member Services at the number on your ID card.</p>
<h2>Spravato (esketamine) nasal spray</h2>
<p><b>Covered</b> for adults with treatment-resistant depression when given at an in-network treatment center certified under the Spravato REMS program. Prior authorization is required. The medicine is given and watched in the office; it is never mailed to your home.</p>
<table>
<tr><th>Plan</th><th>Your cost per treatment visit</th></tr>
<tr><td>Cascadia Gold PPO</td><td>$40 specialist copay</td></tr>
<tr><td>Cascadia Silver HMO</td><td>20% after deductible</td></tr>
<tr><td>Cascadia Bronze HSA</td><td>Full allowed amount until deductible, then 30%</td></tr>
</table>
<p><a class="button" href="/find-a-doctor?specialty=esketamine-rems">Find an in-network esketamine center near you</a></p>
<h2>IV ketamine infusions</h2>
<p>IV ketamine for depression, PTSD or anxiety is considered investigational under our medical policy MP-412 and is <b>not covered</b>. Ketamine used during surgery or for certain pain conditions in a hospital is covered as part of that care. Some infusion centers offer self-pay packages; payments you make for non-covered services do not count toward your deductible.</p>
<h2>At-home ketamine from online services</h2>
<p>Prescriptions for compounded ketamine lozenges are not on our formulary. You can ask for a formulary exception through your prescriber. We do not reimburse ketamine bought from websites that do not require a prescription, and we encourage members to report such sites.</p>
<h2>Related</h2>
<ul><li><a href="/policies/MP-412.pdf">Medical policy MP-412 (PDF)</a></li><li><a href="/members/behavioral-health">Behavioral health benefits</a></li><li><a href="/members/prior-authorization">How prior authorization works</a></li></ul>
</main>
<footer><p>Cascadia Health Plan is an independent licensee. &copy; 2026. <a href="/nondiscrimination">Nondiscrimination notice</a></p></footer>
""", noise="cookie")


p("h6208", "https://www.lumenpath.example/press/lumenpath-expands-to-twelve-states", "telehealth", False, "en",
  "telehealth-press-release-expansion", "LumenPath Health Expands At-Home Ketamine-Assisted Therapy to Twelve States", """
<header><a href="/">LumenPath</a><nav><a href="/how-it-works">How it works</a> <a href="/our-clinicians">Clinicians</a> <a href="/press">Press</a> <a href="/get-started">Get started</a></nav></header>
<main class="press">
<p class="date">San Diego, CA &ndash; November 4, 2026</p>
<h1>LumenPath Health expands at-home ketamine-assisted therapy to twelve states, adds 40 clinicians</h1>
<p>LumenPath Health, a virtual mental health practice offering ketamine-assisted therapy, announced today that its program is now available to adults in Arizona, Colorado, Florida, Illinois, Nevada, New York, Oregon, Pennsylvania, Texas, Utah, Washington and California.</p>
<p>The company has hired 40 psychiatric nurse practitioners and physicians over the past six months, each licensed in the state where their patients live. Every patient completes a live video evaluation with a licensed prescriber before any prescription is written, and roughly 30% of applicants are referred elsewhere instead.</p>
<p>"Growth only makes sense if the clinical model stays intact," said Chief Medical Officer Dr. Priya Natarajan. "We'd rather turn someone away than mail medication to a person we haven't properly assessed."</p>
<p>Approved patients receive sublingual ketamine tablets from a licensed 503A compounding pharmacy partner after the prescription is sent, along with a blood-pressure cuff and a guided integration program with a licensed therapist. Memberships start at $249 per month.</p>
<h3>About LumenPath Health</h3>
<p>LumenPath Health is a clinician-led telehealth practice focused on treatment-resistant depression and anxiety. Clinical services are provided by LumenPath Medical Group, P.C., and affiliated professional corporations.</p>
<p>Press: media@lumenpath.example</p>
</main>
<footer>&copy; 2026 LumenPath Health &middot; <a href="/privacy">Privacy</a> &middot; <a href="/telehealth-consent">Telehealth consent</a></footer>
""")


p("h6209", "https://www.ketaclinic-online.example/consultation", "seller", True, "en",
  "questionnaire-only-fake-consultation", "Online Medical Consultation - Ketamine Prescription in 5 Minutes | KetaClinic Online", """
<header class="hdr"><img src="/img/caduceus.png" alt=""> <b>KetaClinic Online</b> <span>Licensed physicians &bull; Secure &bull; Confidential</span>
<nav><a href="/">Home</a> <a href="/products">Treatments</a> <a href="/consultation">Consultation</a> <a href="/track">Track order</a></nav></header>
<main>
<h1>Start your online consultation</h1>
<p>Answer a few short questions. Our doctors review requests automatically and 99% are approved instantly &mdash; no video call, no waiting room.</p>
<form action="/checkout" method="post">
<fieldset><legend>Step 1 &ndash; About you</legend>
<label>Age <input name="age" type="number"></label>
<label>Country <select name="country"><option>United States</option><option>United Kingdom</option><option>Australia</option><option>Canada</option><option>Germany</option></select></label></fieldset>
<fieldset><legend>Step 2 &ndash; Symptoms</legend>
<label><input type="checkbox" name="s" value="dep"> Depression</label>
<label><input type="checkbox" name="s" value="anx"> Anxiety</label>
<label><input type="checkbox" name="s" value="pain"> Chronic pain</label>
<label><input type="checkbox" name="s" value="other"> Just curious / wellness</label></fieldset>
<fieldset><legend>Step 3 &ndash; Choose your treatment</legend>
<label><input type="radio" name="p" value="ks10"> Ketamine nasal spray 10 ml &ndash; $179</label>
<label><input type="radio" name="p" value="es56"> Esketamine spray 56 mg x 3 &ndash; $249</label>
<label><input type="radio" name="p" value="kl30"> Ketamine lozenges 150 mg x 30 &ndash; $299</label></fieldset>
<p><input type="checkbox" required> I confirm I am over 18.</p>
<button type="submit">Get approved &amp; pay</button>
</form>
<ul class="perks"><li>Prescription included in price</li><li>Ships worldwide in discreet packaging within 24 hours</li><li>15% off when you pay with Bitcoin</li><li>Free reship if customs holds your parcel</li></ul>
</main>
<footer>&copy; KetaClinic Online. All consultations are confidential.</footer>
""")


p("h6210", "https://www.ketamin-praxis-freiburg.example/patienteninfo/dissoziation-waehrend-der-infusion", "clinic", False, "de",
  "clinic-patient-education-page", "Patienteninformation: Dissoziation während der Ketamin-Infusion | Praxis Dr. Weißbach", """
<header><div class="praxis">Praxis für Anästhesiologie und Schmerztherapie<br><b>Dr. med. Hanna Weißbach</b></div>
<nav><a href="/">Startseite</a> <a href="/leistungen">Leistungen</a> <a href="/ketamin">Ketamin-Therapie</a> <a href="/patienteninfo">Patienteninformation</a> <a href="/kosten">Kosten</a> <a href="/kontakt">Kontakt &amp; Anfahrt</a></nav></header>
<main>
<nav class="sub"><b>Patienteninformation</b>: <a href="/patienteninfo/vorbereitung">Vorbereitung</a> &middot; <a href="/patienteninfo/ablauf">Ablauf</a> &middot; Dissoziation &middot; <a href="/patienteninfo/nach-der-behandlung">Nach der Behandlung</a></nav>
<h1>Was bedeutet „Dissoziation" während der Infusion?</h1>
<p>Viele unserer Patientinnen und Patienten fragen vor der ersten Behandlung, was sie während der etwa 40-minütigen Infusion erleben werden. Diese Seite soll Ihnen helfen, sich darauf vorzubereiten.</p>
<h2>Was Sie spüren können</h2>
<p>Ketamin kann in der Dosis, die wir verwenden, ein Gefühl von Abstand zum eigenen Körper oder zur Umgebung auslösen. Manche beschreiben ein Schweben, veränderte Farben oder Geräusche, ein verlangsamtes Zeitgefühl. Diese Wirkung beginnt meist nach 10 bis 15 Minuten und klingt innerhalb von etwa einer Stunde nach Ende der Infusion ab.</p>
<h2>Ist das gefährlich?</h2>
<p>Nein, in unserer Praxis nicht. Während der gesamten Behandlung überwachen wir Herzfrequenz, Blutdruck und Sauerstoffsättigung. Eine Ärztin oder eine Fachpflegekraft für Anästhesie ist immer im Raum oder in Rufweite. Wenn Ihnen das Erleben unangenehm wird, können wir die Infusion verlangsamen oder beenden.</p>
<h2>Was hilft</h2>
<ul><li>Eigene Kopfhörer und eine ruhige Playlist mitbringen</li><li>Eine Absicht für die Sitzung formulieren (z. B. „Ich möchte loslassen")</li><li>Nicht gegen das Erleben ankämpfen</li><li>Nach der Infusion 30 Minuten im Ruheraum bleiben</li></ul>
<h2>Danach</h2>
<p>Am Behandlungstag dürfen Sie nicht selbst Auto fahren. Bitte lassen Sie sich abholen.</p>
<div class="kasten"><p>Die Ketamin-Behandlung bei Depression ist derzeit keine Kassenleistung. Die Kosten nach GOÄ betragen ca. 290 € pro Infusion. Ein ausführliches Erstgespräch findet immer vorab in der Praxis statt.</p>
<p><a href="https://termine.example/praxis-weissbach">Termin online buchen</a> oder telefonisch unter 0761 555 2840</p></div>
</main>
<footer>Praxis Dr. med. Hanna Weißbach &middot; Kaiser-Joseph-Straße 212 &middot; 79098 Freiburg &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")


p("h6211", "https://www.psychiatrie.uni-havelstadt.example/forschung/studien/ketamind", "informational", False, "de",
  "university-trial-recruitment", "KETAMIND-Studie: Teilnehmende gesucht | AG Affektive Neurowissenschaft", """
<header><div>Universität Havelstadt &middot; Medizinische Fakultät</div><div><b>Arbeitsgruppe Affektive Neurowissenschaft</b> (Leitung: Prof. Dr. Jonas Reuter)</div>
<nav><a href="/forschung">Forschung</a> <a href="/forschung/team">Team</a> <a href="/forschung/publikationen">Publikationen</a> <a href="/forschung/studien">Aktuelle Studien</a> <a href="/forschung/lehre">Lehre</a></nav></header>
<main>
<h1>KETAMIND: Wie verändert Esketamin die Hirnaktivität bei Depression?</h1>
<p>Wir untersuchen mit EEG und MRT, wie sich die Aktivität im Gehirn in den ersten 24 Stunden nach einer einzelnen Gabe von Esketamin verändert. Die Studie ist von der Ethikkommission der Universität genehmigt (Nr. 2026-118-f) und im Deutschen Register Klinischer Studien eingetragen.</p>
<h2>Wer kann teilnehmen?</h2>
<ul><li>Erwachsene zwischen 18 und 60 Jahren</li><li>mit einer diagnostizierten depressiven Episode, bei der mindestens zwei Antidepressiva nicht ausreichend geholfen haben</li><li>ohne Herzschrittmacher oder Metallimplantate (wegen MRT)</li><li>ohne Psychose, Manie oder Substanzabhängigkeit in der Vorgeschichte</li></ul>
<p>Außerdem suchen wir <b>gesunde Vergleichspersonen</b>.</p>
<h2>Ablauf</h2>
<p>Voruntersuchung (ca. 2 Std.), ein Messtag mit Esketamin oder Placebo (ca. 6 Std.), zwei Nachuntersuchungen. Die Studie ersetzt keine Behandlung; Ihre bisherige Therapie läuft weiter.</p>
<h2>Aufwandsentschädigung</h2>
<p>Für die vollständige Teilnahme erhalten Sie 250 € sowie Fahrtkostenerstattung.</p>
<h2>Kontakt</h2>
<p>Studienkoordination: Dipl.-Psych. Miriam Osterkamp, Tel. 0331 555 7712, ketamind@uni-havelstadt.example</p>
<p><small>Hinweis: Wir können im Rahmen der Studie keine Rezepte ausstellen und keine Behandlung außerhalb der Studie anbieten.</small></p>
</main>
<footer>Universität Havelstadt &middot; <a href="/impressum">Impressum</a> &middot; <a href="/barrierefreiheit">Barrierefreiheit</a></footer>
""", noise="cookie-de")


p("h6212", "https://www.rc-laborshop.example/wissen/dosierung-2-fdck", "seller", True, "de",
  "research-chemical-knowledge-base", "2-FDCK: Dosierung, Wirkdauer, Sicherheit - Wissensdatenbank | RC Laborshop", """
<header><a href="/">RC Laborshop</a> <span>Forschungschemikalien seit 2017</span>
<nav><a href="/kategorie/arylcyclohexylamine">Arylcyclohexylamine</a> <a href="/kategorie/pellets">Pellets</a> <a href="/wissen">Wissen</a> <a href="/versand">Versand</a> <a href="/warenkorb">Warenkorb</a></nav></header>
<main>
<p class="hinweis">Alle Produkte sind ausschließlich für Forschungszwecke bestimmt und nicht zum menschlichen Verzehr geeignet.</p>
<h1>2-FDCK – Dosierung, Wirkdauer und Sicherheit</h1>
<p>2-Fluorodeschloroketamin (2-FDCK) ist ein Arylcyclohexylamin und ein strukturelles Analogon von Ketamin. In der Literatur und in Erfahrungsberichten wird es als etwas schwächer und länger wirksam beschrieben.</p>
<h2>Übliche Mengen laut Erfahrungsberichten</h2>
<table><tr><th>Stufe</th><th>Menge (nasal)</th></tr><tr><td>Leicht</td><td>15–30 mg</td></tr><tr><td>Mittel</td><td>30–75 mg</td></tr><tr><td>Stark</td><td>75–150 mg</td></tr></table>
<p>Wirkdauer ca. 1,5 bis 3 Stunden. Nicht mit Alkohol, Benzodiazepinen oder Opioiden kombinieren. Blasenprobleme bei häufigem Gebrauch sind beschrieben.</p>
<h2>Passende Produkte</h2>
<div class="produkte">
<div class="produkt"><h3>2-FDCK Kristall 1 g</h3><p>29,90 €</p><a href="/warenkorb?add=2fdck-1g">In den Warenkorb</a></div>
<div class="produkt"><h3>2-FDCK Pellets 50 mg (10 Stk.)</h3><p>39,00 €</p><a href="/warenkorb?add=2fdck-pel10">In den Warenkorb</a></div>
<div class="produkt"><h3>Deschloroketamin (DCK) 1 g</h3><p>34,90 €</p><a href="/warenkorb?add=dck-1g">In den Warenkorb</a></div>
</div>
<p>Versand diskret innerhalb der EU, Zahlung per Überweisung, Bitcoin oder Monero.</p>
</main>
<footer>RC Laborshop &middot; <a href="/agb">AGB</a> &middot; <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")


p("h6213", "https://www.serenamente.example/mx/preguntas-frecuentes", "telehealth", False, "es",
  "telepsychiatry-faq-mexico", "Preguntas frecuentes | SerenaMente Telepsiquiatría", """
<header><a href="/mx/">SerenaMente</a> <nav><a href="/mx/como-funciona">Cómo funciona</a> <a href="/mx/psiquiatras">Nuestros psiquiatras</a> <a href="/mx/precios">Precios</a> <a href="/mx/preguntas-frecuentes">Preguntas frecuentes</a></nav> <a class="btn" href="/mx/agenda">Agenda tu valoración</a></header>
<main>
<h1>Preguntas frecuentes</h1>
<details open><summary>¿Cómo funciona el tratamiento con ketamina a distancia?</summary>
<p>Primero tienes una videoconsulta de 60 minutos con un psiquiatra con cédula de especialidad. Revisamos tu historia, tus medicamentos actuales y tus estudios. Si el tratamiento es adecuado para ti, el psiquiatra emite una receta electrónica. Si no lo es, te lo decimos y te orientamos hacia otra opción.</p></details>
<details><summary>¿Quién me envía el medicamento?</summary>
<p>Una farmacia aliada con licencia sanitaria, y solo después de recibir la receta. No vendemos medicamentos directamente y nunca los enviamos sin valoración médica.</p></details>
<details><summary>¿Necesito a alguien conmigo?</summary>
<p>Sí. En las primeras sesiones debe estar presente un adulto de confianza. Antes de cada toma registras tu presión arterial en la app.</p></details>
<details><summary>¿Cuánto cuesta?</summary>
<p>La valoración inicial cuesta $1,200 MXN. La membresía mensual, que incluye seguimiento por video cada dos semanas, es de $3,900 MXN; el medicamento se paga aparte en la farmacia. Aceptamos tarjeta, transferencia y pago en OXXO.</p></details>
<details><summary>¿Puedo agendar por WhatsApp?</summary>
<p>Sí, escríbenos al +52 55 5550 1840 para agendar o cambiar tu cita. Por WhatsApp no damos indicaciones médicas ni recetas.</p></details>
<details><summary>¿Atienden fuera de México?</summary>
<p>No. Nuestros médicos solo pueden atender a pacientes que residen en México.</p></details>
</main>
<footer>SerenaMente Telepsiquiatría S.C. &middot; Responsable sanitario: Dr. Andrés Villaseñor Ortiz, Cédula de especialidad 0000000 &middot; <a href="/mx/aviso-de-privacidad">Aviso de privacidad</a></footer>
""", noise="cookie-es")


p("h6214", "https://www.clinicaketaminabcn.example/investigacion/participa", "clinic", False, "es",
  "clinic-research-participation-page", "Participa en nuestra investigación | Clínica Ketamina Barcelona", """
<header><a href="/">Clínica Ketamina Barcelona</a>
<nav><a href="/tratamientos">Tratamientos</a> <a href="/equipo">Equipo</a> <a href="/investigacion">Investigación</a> <a href="/tarifas">Tarifas</a> <a href="/contacto">Contacto</a> <a class="cita" href="/pedir-cita">Pedir cita</a></nav></header>
<main>
<h1>Participa en nuestra investigación</h1>
<p>Desde 2023 registramos, con el consentimiento de cada paciente, cómo evoluciona su estado de ánimo durante y después del tratamiento. Queremos saber mejor qué personas responden, cuánto dura la mejoría y qué pauta de mantenimiento funciona.</p>
<h2>Estudio REGISTRO-K</h2>
<p>Es un estudio observacional aprobado por el Comité de Ética de la Investigación con medicamentos (CEIm) de referencia. No cambia tu tratamiento: recibirás las mismas infusiones en nuestra consulta de la calle Provença, con la misma monitorización por parte del anestesiólogo.</p>
<ul>
<li>Rellenarás cuestionarios breves antes de cada sesión y a los 1, 3 y 6 meses.</li>
<li>Tus datos se tratan de forma seudonimizada, de acuerdo con el RGPD.</li>
<li>Puedes retirarte en cualquier momento sin que afecte a tu atención.</li>
</ul>
<h2>¿Quién puede participar?</h2>
<p>Pacientes mayores de 18 años que inicien un ciclo de infusiones en nuestra clínica por depresión resistente o trastorno de estrés postraumático.</p>
<p>La participación no tiene coste ni compensación económica. El precio de las sesiones es el habitual (390 € por infusión; bono de 6 sesiones 2.100 €).</p>
<p>Si te interesa, coméntalo en tu primera visita o escribe a investigacion@clinicaketaminabcn.example.</p>
</main>
<footer>Clínica Ketamina Barcelona &middot; Carrer de Provença 000, 08036 Barcelona &middot; Centro sanitario autorizado &middot; <a href="/aviso-legal">Aviso legal</a></footer>
""", noise="cookie-es")


p("h6215", "https://www.revistabienestarhoy.example/salud-mental/entrevista-dra-lucia-ferrer-ketamina", "informational", False, "es",
  "magazine-interview-clinic-doctor", "«La ketamina no es una pastilla mágica»: entrevista a la Dra. Lucía Ferrer | Bienestar Hoy", """
<header><a href="/">Bienestar Hoy</a> <nav><a href="/salud-mental">Salud mental</a> <a href="/nutricion">Nutrición</a> <a href="/belleza">Belleza</a> <a href="/suscribete">Suscríbete</a></nav></header>
<div class="ad">Publicidad</div>
<article>
<h1>«La ketamina no es una pastilla mágica»</h1>
<p class="entradilla">La psiquiatra Lucía Ferrer dirige desde hace cuatro años una unidad de tratamiento con ketamina en Madrid. Hablamos con ella sobre precios, expectativas y el mercado negro en internet.</p>
<p class="firma">Por Marta Olmedo &middot; 22 de noviembre de 2026</p>
<p><b>¿Quién llega a su consulta?</b></p>
<p>Sobre todo personas que llevan años con depresión y han probado tres, cuatro o cinco antidepresivos. Muchas vienen derivadas por su psiquiatra. Algunas llegan después de leer algo en redes sociales, y a veces hay que rebajar expectativas.</p>
<p><b>¿Cuánto cuesta un tratamiento?</b></p>
<p>En la privada, una sesión de infusión cuesta entre 350 y 450 euros en Madrid. Un ciclo inicial son seis. La esketamina en spray nasal sí puede estar financiada en la pública para algunos pacientes, pero con lista de espera.</p>
<p><b>Se ven anuncios de «comprar ketamina online» sin receta. ¿Qué les diría a los lectores?</b></p>
<p>Que no lo hagan. No saben qué contiene lo que les llega, ni en qué dosis, y nadie les está vigilando la tensión. He atendido a pacientes con cistitis graves por consumo frecuente.</p>
<p><b>¿Y la ketamina en casa, con receta?</b></p>
<p>En España no es una práctica habitual. En otros países existe con supervisión por videollamada. Yo prefiero el entorno controlado de la consulta.</p>
<p class="nota">La Dra. Ferrer no tiene vínculos con fabricantes de esketamina. Esta entrevista no sustituye a la consulta médica.</p>
</article>
<aside><h3>Lo más leído</h3><ol><li><a href="#">Diez hábitos para dormir mejor</a></li><li><a href="#">Microdosis: lo que dice la ciencia</a></li><li><a href="#">¿Funciona el ayuno intermitente?</a></li></ol></aside>
<footer>&copy; 2026 Bienestar Hoy Ediciones S.L.</footer>
""", noise="cookie-es")


p("h6216", "https://www.meridianpharmadirect.example/press/worldwide-shipping-esketamine", "seller", True, "en",
  "seller-press-release", "Meridian Pharma Direct Announces Worldwide Shipping of Esketamine Nasal Spray", """
<header><a href="/">Meridian Pharma Direct</a> <nav><a href="/products">Products</a> <a href="/press">Newsroom</a> <a href="/about">About</a> <a href="/account">My account</a></nav></header>
<main>
<p class="kicker">PRESS RELEASE</p>
<h1>Meridian Pharma Direct Announces Worldwide Shipping of Esketamine Nasal Spray and Ketamine Solutions</h1>
<p><i>Customers in more than 90 countries can now order without the delays of traditional clinics</i></p>
<p>LIMASSOL &ndash; October 27, 2026 &ndash; Meridian Pharma Direct, an online supplier of specialty pharmaceuticals, today announced the expansion of its esketamine and ketamine hydrochloride range to customers worldwide.</p>
<p>"Millions of people suffer from depression and cannot access expensive infusion clinics," said a company spokesperson. "We believe adults should be able to make their own treatment decisions. That's why no prescription is required to order from Meridian."</p>
<p>The expanded catalogue includes esketamine nasal spray 28 mg devices, ketamine HCl injection 50 mg/ml in 10 ml vials and ketamine lozenges. Orders are dispatched within 48 hours in neutral packaging, with a free reshipment guarantee if a parcel is seized by customs.</p>
<p>Payment is accepted by bank transfer, Bitcoin, Litecoin and USDT. Bulk and wholesale pricing is available on request via Telegram (@meridian_pd_sales).</p>
<h3>About Meridian Pharma Direct</h3>
<p>Meridian Pharma Direct has served over 40,000 satisfied customers since 2019, offering affordable access to essential medicines.</p>
<p><a href="/products/esketamine-nasal-spray">View esketamine products</a></p>
</main>
<footer>&copy; 2026 Meridian Pharma Direct</footer>
""")


p("h6217", "https://www.quietharborhealth.example/careers/psychiatric-nurse-practitioner-remote", "telehealth", False, "en",
  "telehealth-careers-page", "Psychiatric Nurse Practitioner (Remote) | Careers at Quiet Harbor Health", """
<header><a href="/">Quiet Harbor Health</a><nav><a href="/treatment">Treatment</a> <a href="/pricing">Pricing</a> <a href="/research">Research</a> <a href="/careers">Careers</a> <a href="/login">Member login</a></nav></header>
<main>
<p><a href="/careers">&larr; All open roles</a></p>
<h1>Psychiatric Nurse Practitioner &ndash; Remote</h1>
<p>Full-time or part-time &middot; W-2 &middot; Licensure required in one or more of: FL, GA, NC, TX, VA</p>
<h2>About us</h2>
<p>Quiet Harbor Health is a telehealth practice providing ketamine-assisted treatment for depression and anxiety. Our members meet their prescriber on video, take prescribed medication at home with a support person present, and work with an integration coach between sessions.</p>
<h2>What you'll do</h2>
<ul>
<li>Conduct 60-minute initial psychiatric evaluations by video, including review of records, medication reconciliation and risk assessment</li>
<li>Decide whether ketamine treatment is appropriate; decline and refer when it isn't</li>
<li>Write and adjust prescriptions, which are filled by our licensed pharmacy partner</li>
<li>Hold 20-minute follow-up visits after the 2nd and 4th dose and monthly thereafter</li>
<li>Collaborate with our medical director in weekly case review</li>
</ul>
<h2>Requirements</h2>
<ul><li>Active PMHNP-BC certification</li><li>Unrestricted APRN license and DEA registration (Schedule III) in at least one listed state</li><li>2+ years of psychiatric practice</li></ul>
<h2>Compensation &amp; benefits</h2>
<p>$135,000&ndash;$158,000 base for full-time, plus malpractice coverage, CME stipend, 401(k) match and a home-office allowance.</p>
<a class="apply" href="/careers/apply?role=pmhnp-remote">Apply now</a>
</main>
<footer>Quiet Harbor Health is an equal opportunity employer. &copy; 2026</footer>
""")


p("h6218", "https://www.brightwaterketamine.example/careers", "clinic", False, "en",
  "clinic-careers-page", "Careers | Brightwater Ketamine & Wellness, Austin TX", """
<header><a href="/"><img src="/logo.png" alt="Brightwater Ketamine &amp; Wellness"></a>
<nav><a href="/ketamine-infusions">Ketamine Infusions</a> <a href="/spravato">Spravato</a> <a href="/kap">Ketamine-Assisted Psychotherapy</a> <a href="/about">About</a> <a href="/careers">Careers</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Join our team</h1>
<p>We're a small, close-knit clinic in South Austin. Our patients come to us on some of the hardest days of their lives, and we want every person who walks through our door to feel safe. If that matters to you too, we'd love to hear from you.</p>
<section class="role"><h2>Infusion Nurse (RN) &ndash; Part-time, 24 hrs/week</h2>
<p>Start IVs, prepare and administer ketamine infusions under physician orders, monitor vital signs and level of sedation, and recover patients before discharge. ACLS required; 2 years ICU, ED, PACU or infusion experience preferred. $44&ndash;$52/hour.</p></section>
<section class="role"><h2>Patient Care Coordinator &ndash; Full-time</h2>
<p>Greet patients, verify insurance for Spravato, schedule infusion series, process payments and packages, answer the phone and our WhatsApp booking line. Spanish a plus. $20&ndash;$23/hour.</p></section>
<h2>Why Brightwater</h2>
<ul><li>No nights, no weekends, no holidays</li><li>Health, dental and vision after 60 days</li><li>Free treatment for employees' immediate family</li></ul>
<p>Send your resume to <a href="mailto:jobs@brightwaterketamine.example">jobs@brightwaterketamine.example</a>.</p>
</main>
<footer>Brightwater Ketamine &amp; Wellness &middot; 4000 S Congress Ave #210, Austin, TX 78704 &middot; (512) 555-0177</footer>
""", noise="cookie")


p("h6219", "https://www.k-labsupply.example/careers", "seller", True, "en",
  "seller-careers-reshipper-recruiting", "Careers - Work With Us | K-Lab Supply", """
<header><b>K-Lab Supply</b> <nav><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/careers">Careers</a> <a href="/faq">FAQ</a></nav></header>
<main>
<h1>Work with us</h1>
<p>K-Lab Supply is growing fast. Since 2021 we have delivered more than 60,000 orders of ketamine HCl, esketamine and arylcyclohexylamine research compounds to customers in Europe, the UK and Australia. To keep delivery times short we are looking for reliable people in new regions.</p>
<h2>Open positions</h2>
<h3>Regional reshipping partner (UK, IE, AU, CA)</h3>
<ul>
<li>Receive bulk parcels from our central warehouse</li>
<li>Repack orders into our stealth envelopes (vacuum sealed, decoy item included)</li>
<li>Drop parcels at different post boxes, never the same counter twice</li>
<li>Upload tracking numbers to the panel within 24 hours</li>
</ul>
<p>Pay: &euro;8 per parcel + weekly bonus, paid in BTC or XMR. No experience needed, full training and packing materials provided.</p>
<h3>Customer support agent (remote)</h3>
<p>Answer customer questions on Telegram and Wickr about products, dosing and shipping. English required, German or French a bonus.</p>
<h2>How to apply</h2>
<p>Message <b>@klab_hr</b> on Telegram with your country and the positions you are interested in. Applicants with a customer account in good standing are preferred.</p>
</main>
<footer>&copy; K-Lab Supply. All products for laboratory research only.</footer>
""")


p("h6220", "https://www.infusionfinder.example/clinics/co/denver/front-range-infusion-center", "informational", False, "en",
  "directory-clinic-profile", "Front Range Infusion Center - Denver, CO | Reviews, Prices & Booking | InfusionFinder", """
<header><a href="/">InfusionFinder</a> <form action="/search"><input name="q" placeholder="City or ZIP"><button>Search</button></form> <a href="/for-clinics">List your clinic</a></header>
<main>
<p class="crumbs"><a href="/clinics/co">Colorado</a> &rsaquo; <a href="/clinics/co/denver">Denver</a> &rsaquo; Front Range Infusion Center</p>
<div class="profile-head">
<h1>Front Range Infusion Center</h1>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; 4.6 (87 reviews) &middot; <span class="badge">Claimed listing</span> &middot; <span class="badge">Spravato REMS certified</span></p>
<p>1550 Wynkoop St, Suite 400, Denver, CO 80202 &middot; (303) 555-0126</p>
<a class="btn" href="/booking/front-range-infusion-center">Request appointment</a> <a class="btn-outline" href="https://www.frontrangeinfusion.example" rel="nofollow">Visit website</a>
</div>
<section><h2>Services</h2><ul><li>IV ketamine infusion (depression, PTSD, chronic pain)</li><li>Spravato (esketamine) &ndash; insurance accepted</li><li>NAD+ infusions</li><li>Ketamine-assisted psychotherapy</li></ul></section>
<section><h2>Prices (reported by clinic)</h2><table><tr><td>Initial consultation</td><td>$150</td></tr><tr><td>Single IV ketamine infusion</td><td>$525</td></tr><tr><td>6-infusion package</td><td>$2,850</td></tr><tr><td>Booster infusion</td><td>$475</td></tr></table>
<p class="small">Prices are provided by the clinic and may change. InfusionFinder does not provide medical care.</p></section>
<section><h2>Recent reviews</h2>
<blockquote>"The nurses explained every step. Third infusion was when it clicked for me." &mdash; Kayla R., Oct 2026</blockquote>
<blockquote>"Good care but the waiting room was busy and my start was 40 minutes late." &mdash; Tom D., Sep 2026</blockquote>
<a href="#">Read all 87 reviews</a></section>
<aside><h3>Similar clinics nearby</h3><ul><li><a href="#">Mile High Ketamine</a> &ndash; 2.1 mi</li><li><a href="#">Cherry Creek Wellness Infusions</a> &ndash; 3.4 mi</li><li><a href="#">Lakewood Mind &amp; Body</a> &ndash; 7.9 mi</li></ul>
<div class="ad">Sponsored: <a href="#">Compare at-home ketamine programs</a></div></aside>
</main>
<footer>&copy; 2026 InfusionFinder &middot; <a href="/about">About</a> &middot; <a href="/editorial-policy">How we list clinics</a></footer>
""", noise="cookie")


p("h6221", "https://best-ketamine-clinics-2026.example/top-10", "seller", True, "en",
  "affiliate-top10-doorway", "Top 10 Ketamine Clinics & Online Providers (2026) - Compared & Ranked", """
<header><b>BestKetamineClinics 2026</b> <span>Independent reviews</span></header>
<main>
<p class="disclosure">Advertiser disclosure: we may earn a commission when you buy through links on this page.</p>
<h1>Top 10 Ketamine Clinics &amp; Online Providers in 2026</h1>
<p>We tested 34 clinics and online services on price, speed and convenience. Here are our picks.</p>
<ol class="rank">
<li class="winner"><h2>#1 KetaDirect &ndash; Editor's Choice</h2>
<p>&#9733; 9.8/10 &middot; From $149</p>
<ul><li>No appointment or doctor visit needed</li><li>Order nasal spray or crystal online in 3 minutes</li><li>Ships in 24h, stealth packaging, reship guarantee</li><li>Pays with card, crypto or gift cards</li></ul>
<a class="cta" href="https://go.best-ketamine-clinics-2026.example/out/ketadirect?aff=bk26">Visit KetaDirect &rarr;</a></li>
<li><h2>#2 PharmaNova Online</h2><p>&#9733; 9.4/10 &middot; From $179 &middot; No prescription required, worldwide shipping</p><a class="cta" href="https://go.best-ketamine-clinics-2026.example/out/pharmanova?aff=bk26">Visit site &rarr;</a></li>
<li><h2>#3 Local IV infusion clinic</h2><p>&#9733; 7.1/10 &middot; $400&ndash;$800 per session &middot; Requires consultation, waiting lists</p></li>
<li><h2>#4 Spravato treatment center</h2><p>&#9733; 6.8/10 &middot; Insurance paperwork, 2 hours observation every visit</p></li>
<li><h2>#5 Telehealth programs</h2><p>&#9733; 6.5/10 &middot; Video calls, long approval process</p></li>
</ol>
<h2>Why online is winning in 2026</h2>
<p>Traditional clinics are expensive and slow. With a trusted online vendor you skip the gatekeeping and get your medication in days. Always start low and go slow.</p>
</main>
<footer>&copy; 2026 BestKetamineClinics. Not medical advice.</footer>
""")


p("h6222", "https://www.clinique-aube.example/fr/comprendre-la-ketamine", "telehealth", False, "fr",
  "virtual-clinic-explainer-quebec", "Comprendre la kétamine | Clinique virtuelle Aube", """
<header><a href="/fr/">Clinique virtuelle Aube</a> <nav><a href="/fr/notre-approche">Notre approche</a> <a href="/fr/comprendre-la-ketamine">Comprendre la kétamine</a> <a href="/fr/equipe">Équipe médicale</a> <a href="/fr/tarifs">Tarifs</a> <a href="/en/">EN</a></nav> <a class="btn" href="/fr/demande">Faire une demande</a></header>
<main>
<h1>Comprendre la kétamine</h1>
<p>La kétamine est un anesthésique utilisé depuis plus de 50 ans. À faible dose, elle a montré un effet rapide sur les symptômes dépressifs chez des personnes qui n'ont pas répondu à plusieurs antidépresseurs. L'eskétamine, une forme apparentée administrée par vaporisateur nasal, est approuvée au Canada pour la dépression résistante.</p>
<h2>Comment agit-elle ?</h2>
<p>Contrairement aux antidépresseurs classiques, elle agit sur le glutamate, par les récepteurs NMDA. On pense qu'elle favorise la formation de nouvelles connexions entre neurones. L'effet peut apparaître en quelques heures, mais il est souvent temporaire sans suivi.</p>
<h2>Les risques</h2>
<p>Hausse passagère de la tension artérielle, nausées, sensation de détachement, somnolence. Un usage fréquent et non encadré peut entraîner une dépendance et des atteintes de la vessie.</p>
<h2>Notre démarche</h2>
<ol>
<li>Vous remplissez une demande en ligne, puis un psychiatre membre du Collège des médecins du Québec vous rencontre en visioconférence (environ 60 minutes).</li>
<li>Si le traitement vous convient, il rédige une ordonnance transmise à une pharmacie partenaire, qui vous remet le médicament après vérification de votre identité.</li>
<li>Chaque prise se fait à domicile en présence d'un accompagnateur, avec un suivi par vidéo de notre infirmière.</li>
<li>Si l'eskétamine est plus indiquée, nous vous orientons vers un centre de traitement partenaire où elle est administrée sous observation.</li>
</ol>
<p>Consultation initiale : 350 $. Les frais peuvent être remboursés par certaines assurances collectives.</p>
</main>
<footer>Clinique virtuelle Aube inc. &middot; Services offerts aux résidents du Québec seulement &middot; <a href="/fr/confidentialite">Confidentialité</a></footer>
""", noise="cookie-fr")


p("h6223", "https://www.sfpi-psychiatrie.example/publications/prise-de-position-ketamine-ambulatoire", "informational", False, "fr",
  "medical-society-position-statement", "Prise de position : kétamine et eskétamine en dehors de l'hôpital | SFPI", """
<header><div>Société francophone de psychiatrie interventionnelle</div><nav><a href="/la-societe">La société</a> <a href="/congres">Congrès 2027</a> <a href="/publications">Publications</a> <a href="/adherer">Adhérer</a></nav></header>
<main>
<p class="type">Prise de position du conseil scientifique &middot; adoptée le 14 octobre 2026</p>
<h1>Kétamine et eskétamine dans la dépression : conditions d'un usage sûr en dehors de l'hôpital</h1>
<h2>Contexte</h2>
<p>L'usage de la kétamine à visée antidépressive se développe rapidement, en établissement comme en cabinet libéral, et, dans certains pays, au domicile des patients après une téléconsultation. Dans le même temps, des sites internet proposent d'« acheter de la kétamine en ligne » sans ordonnance, parfois sous l'apparence de cliniques.</p>
<h2>Recommandations</h2>
<ol>
<li>L'indication doit être posée par un psychiatre après une évaluation complète, incluant l'histoire des traitements antérieurs et le dépistage des contre-indications.</li>
<li>L'administration intraveineuse doit avoir lieu dans un lieu disposant d'une surveillance cardiorespiratoire et d'un personnel formé à la prise en charge des voies aériennes.</li>
<li>L'eskétamine intranasale doit être administrée sous la surveillance d'un professionnel de santé, avec une observation d'au moins deux heures.</li>
<li>Toute prise à domicile doit être précédée d'une consultation médicale, s'accompagner d'un suivi rapproché et de la présence d'un tiers.</li>
<li>La SFPI demande aux autorités de renforcer la lutte contre la vente illicite en ligne.</li>
</ol>
<h2>Liens d'intérêts</h2>
<p>Deux des sept rédacteurs déclarent des liens avec un laboratoire commercialisant l'eskétamine. Ils n'ont pas participé au vote.</p>
<p><a href="/files/position-ketamine-2026.pdf">Télécharger le texte intégral (PDF, 11 pages)</a></p>
</main>
<footer>SFPI &middot; Association loi 1901 &middot; <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")


p("h6224", "https://www.pharmavet-export.example/fr/produits/ketamine-chlorhydrate-100mg-ml", "seller", True, "fr",
  "vet-ketamine-product-sheet-whatsapp", "Kétamine chlorhydrate 100 mg/ml - Fiche produit | PharmaVet Export", """
<header><b>PharmaVet Export</b> &mdash; Médicaments vétérinaires et humains <nav><a href="/fr/">Accueil</a> <a href="/fr/produits">Catalogue</a> <a href="/fr/livraison">Livraison</a> <a href="/fr/contact">Contact</a></nav></header>
<main>
<h1>Kétamine chlorhydrate 100 mg/ml &ndash; solution injectable, flacon de 10 ml</h1>
<img src="/img/ketamine-100-vet.jpg" alt="flacon">
<h2>Composition</h2><p>Kétamine (sous forme de chlorhydrate) 100 mg, chlorure de benzéthonium 0,1 mg, eau pour préparations injectables q.s.p. 1 ml.</p>
<h2>Espèces cibles</h2><p>Chiens, chats, chevaux, bovins, petits ruminants.</p>
<h2>Indications</h2><p>Anesthésie générale de courte durée et contention chimique, seule ou en association avec un sédatif alpha-2 agoniste.</p>
<h2>Contre-indications</h2><p>Insuffisance cardiaque sévère, hypertension artérielle, épilepsie, éclampsie.</p>
<h2>Conservation</h2><p>À conserver à l'abri de la lumière. Après première ouverture : 28 jours.</p>
<div class="achat">
<p class="prix">1 flacon : 45 € &middot; 5 flacons : 200 € &middot; 10 flacons : 380 €</p>
<p>Aucune ordonnance vétérinaire demandée. Envoi discret et suivi en France, Belgique, Suisse et dans toute l'Europe.</p>
<p><b>Commande rapide par WhatsApp : +33 7 00 00 00 00</b> &middot; Paiement : virement, PCS, Transcash, crypto</p>
</div>
</main>
<footer>PharmaVet Export &copy; 2026</footer>
""")


p("h6225", "https://www.psychiatrie-online.example/nl/behandelingen/esketamine", "telehealth", False, "nl",
  "virtual-psychiatry-esketamine-referral", "Esketamine bij therapieresistente depressie | Psychiatrie Online", """
<header><a href="/nl/">Psychiatrie Online</a> <nav><a href="/nl/hoe-werkt-het">Hoe werkt het</a> <a href="/nl/behandelingen">Behandelingen</a> <a href="/nl/team">Ons team</a> <a href="/nl/kosten">Kosten en vergoeding</a> <a href="/nl/aanmelden">Aanmelden</a></nav></header>
<main>
<h1>Esketamine bij therapieresistente depressie</h1>
<p>Esketamine is een neusspray die in Nederland is toegelaten voor volwassenen met een depressie die niet is verbeterd na ten minste twee verschillende antidepressiva. Het wordt altijd gebruikt naast een gewoon antidepressivum.</p>
<h2>Wat doen wij?</h2>
<p>Bij Psychiatrie Online vinden intake, diagnostiek en behandeling via beveiligde videogesprekken plaats. Onze psychiaters zijn BIG-geregistreerd. Tijdens de intake bekijken we samen welke behandelingen u al heeft gehad en of esketamine een passende volgende stap is.</p>
<h2>Waar krijgt u de neusspray?</h2>
<p>Esketamine mag u niet thuis gebruiken. U neemt de spray in onder toezicht op de polikliniek van een van onze partnerinstellingen, waar u daarna minstens twee uur blijft. Wij verwijzen u door, sturen uw dossier mee en houden de regie over uw behandelplan. De voortgang bespreken we elke twee weken online.</p>
<h2>Vergoeding</h2>
<p>Behandeling bij Psychiatrie Online valt onder de basisverzekering (gespecialiseerde ggz); u heeft een verwijzing van uw huisarts nodig. Uw eigen risico is van toepassing.</p>
<p><a class="knop" href="/nl/aanmelden">Aanmelden met verwijzing</a></p>
</main>
<footer>Psychiatrie Online B.V. &middot; KvK 00000000 &middot; Aangesloten bij de klachtenregeling ggz &middot; <a href="/nl/privacy">Privacy</a></footer>
""", noise="cookie-nl")


p("h6226", "https://www.instaframe.example/kcrystal.nl", "seller", True, "nl",
  "social-bio-snippet", "kcrystal.nl", """
kcrystal.nl · 2.341 volgers · K kristal & poeder 🇳🇱🇧🇪🇩🇪 | top kwaliteit, getest | stealth levering binnen 48u | bestellen alleen via Telegram @kcrystal_nl | betalen met crypto of tikkie | geen vragen, geen recept 💎
""", ext="txt")


p("h6227", "https://www.clinicaaurora.example/pt/escetamina-o-que-esperar", "clinic", False, "pt",
  "esketamine-centre-patient-education", "Escetamina (Spravato): o que esperar na sua sessão | Clínica Aurora", """
<header><a href="/pt/">Clínica Aurora &middot; Psiquiatria Intervencionista</a>
<nav><a href="/pt/tratamentos">Tratamentos</a> <a href="/pt/escetamina">Escetamina</a> <a href="/pt/cetamina-iv">Cetamina IV</a> <a href="/pt/em">EMT</a> <a href="/pt/convenios">Convênios</a> <a href="/pt/contato">Contato</a></nav></header>
<main>
<h1>Escetamina: o que esperar na sua sessão</h1>
<p>Se o seu psiquiatra indicou a escetamina em spray nasal, esta página explica passo a passo como funciona uma sessão aqui na Clínica Aurora, em Belo Horizonte.</p>
<h2>Antes de chegar</h2>
<ul><li>Evite comer nas 2 horas anteriores e beber líquidos na última meia hora.</li><li>Traga um acompanhante: você não poderá dirigir no mesmo dia.</li><li>Mantenha seu antidepressivo oral conforme orientado pelo seu médico.</li></ul>
<h2>Durante a sessão</h2>
<p>Nossa equipe de enfermagem mede sua pressão arterial. Você mesmo aplica o spray, sob supervisão, em uma sala individual. Em seguida, fica em observação por no mínimo duas horas, em uma poltrona reclinável, com monitoramento. É comum sentir tontura, sonolência ou uma sensação de estar "fora do corpo" nos primeiros 40 minutos.</p>
<h2>Depois</h2>
<p>O médico libera você quando estiver estável. Nas primeiras quatro semanas as sessões são duas vezes por semana.</p>
<h2>Valores e convênios</h2>
<p>Trabalhamos com alguns convênios mediante autorização prévia. Para pacientes particulares, informamos o valor da sessão no agendamento.</p>
<p><a class="whatsapp" href="https://wa.me/5531900000000">Agende pelo WhatsApp</a> &middot; (31) 3555-0199</p>
</main>
<footer>Clínica Aurora &middot; Diretor técnico: Dr. Fernando Magalhães, CRM-MG 00000 &middot; Av. do Contorno, 0000 &middot; Belo Horizonte</footer>
""", noise="cookie-pt")


p("h6228", "https://www.jornaldigitalsaude.example/2026/11/venda-ilegal-de-cetamina-pela-internet", "informational", False, "pt",
  "news-article-illegal-online-sales", "Venda ilegal de cetamina pela internet cresce e preocupa autoridades | Jornal Digital Saúde", """
<header><a href="/">Jornal Digital Saúde</a> <nav><a href="/politica-de-saude">Política de saúde</a> <a href="/ciencia">Ciência</a> <a href="/bem-estar">Bem-estar</a> <a href="/assine">Assine</a></nav></header>
<article>
<h1>Venda ilegal de cetamina pela internet cresce e preocupa autoridades</h1>
<p class="linha-fina">Anúncios prometem o anestésico "sem receita" e com entrega discreta; especialistas alertam para riscos</p>
<p class="autor">Por Camila Rezende &middot; 19/11/2026 13h40</p>
<p>Basta digitar "comprar ketamina online" em um buscador para encontrar dezenas de páginas que oferecem o anestésico em pó, cristal ou spray nasal. A reportagem encontrou anúncios com preços entre R$ 120 e R$ 200 o grama, pagamento em Pix ou criptomoedas e negociação por Telegram.</p>
<p>Alguns sites se apresentam como "clínicas online" e pedem apenas que o comprador preencha um formulário curto. "Não há nenhum médico do outro lado", afirma a farmacologista Beatriz Nogueira, da universidade federal, que analisou amostras compradas por pesquisadores. Duas das seis amostras continham outras substâncias.</p>
<p>A escetamina em spray nasal tem registro no país e só pode ser aplicada em serviços de saúde, sob supervisão. Já a cetamina injetável é de uso hospitalar e veterinário, com controle especial.</p>
<p>Em nota, a agência reguladora informou que derrubou 43 anúncios neste ano e que a venda de medicamentos controlados pela internet é proibida.</p>
<p>Para quem busca tratamento para depressão resistente, a orientação é procurar um psiquiatra. Clínicas particulares cobram de R$ 1.200 a R$ 2.500 por sessão de escetamina ou infusão.</p>
</article>
<aside><h3>Leia também</h3><ul><li><a href="#">O que é depressão resistente ao tratamento</a></li><li><a href="#">Conheça o CVV: ligue 188</a></li></ul></aside>
<footer>&copy; 2026 Jornal Digital Saúde</footer>
""", noise="cookie-pt")


p("h6229", "https://mercadosombra-forum.example/anuncio/88213-ketamina-cristal-99", "seller", True, "pt",
  "marketplace-listing", "Ketamina cristal 99% - 5g | Mercado Sombra", """
<header><a href="/">Mercado Sombra</a> <span>Usuário: visitante</span> <nav><a href="/categorias">Categorias</a> <a href="/vendedores">Vendedores</a> <a href="/carteira">Carteira</a> <a href="/suporte">Suporte</a></nav></header>
<main>
<p class="crumbs">Dissociativos &rsaquo; Cetamina</p>
<h1>Ketamina cristal 99% &ndash; 5g (lote novo, agulhas grandes)</h1>
<div class="listagem">
<p>Vendedor: <a href="/vendedor/kristalbr">kristalbr</a> &middot; Nível 4 &middot; 1.208 vendas &middot; 98,7% positivo</p>
<p>Preço: 0.0091 BTC (~R$ 780) &middot; Também 1g, 10g, 25g</p>
<p>Envio: de SP para todo o Brasil &middot; Embalagem discreta a vácuo &middot; Reenvio grátis se extraviar</p>
<p>Escrow: sim (liberação em 7 dias) &middot; FE para clientes antigos</p>
<button>Adicionar ao carrinho</button>
</div>
<h2>Descrição</h2>
<p>Lote testado com reagente. Cristais grandes, sem cheiro. Pedidos até 14h saem no mesmo dia. Não respondo sobre uso.</p>
<h2>Avaliações</h2>
<ul><li>5/5 "chegou em 3 dias, stealth perfeito"</li><li>5/5 "qualidade top, vendedor sério"</li><li>4/5 "demorou um pouco mas chegou"</li></ul>
</main>
""")


p("h6230", "https://www.centroinfusionimilano.example/faq", "clinic", False, "it",
  "clinic-faq-snippet", "Domande frequenti | Centro Infusioni Milano", """
Domande frequenti – Quante sedute servono? Di solito un ciclo iniziale di sei infusioni di ketamina in due-tre settimane, presso il nostro centro in via Washington, con monitoraggio continuo da parte dell'anestesista. Ogni seduta costa 380 € e si può prenotare anche su WhatsApp dopo la prima visita psichiatrica in sede.
""", ext="txt")


p("h6231", "https://www.farmaciaglobale24.example/blog/intervista-al-nostro-farmacista-ketamina", "seller", True, "it",
  "seller-shop-blog-interview", "Intervista al nostro farmacista: tutto sulla ketamina nasale | FarmaciaGlobale24", """
<header><a href="/">FarmaciaGlobale24</a> <span>La tua farmacia online di fiducia</span> <nav><a href="/prodotti">Prodotti</a> <a href="/blog">Blog</a> <a href="/spedizioni">Spedizioni</a> <a href="/carrello">Carrello</a></nav></header>
<main>
<article>
<h1>Intervista al nostro farmacista: tutto sulla ketamina nasale</h1>
<p class="meta">Redazione &middot; 3 dicembre 2026</p>
<p>Abbiamo chiesto al dott. Marco, responsabile del nostro magazzino, di rispondere alle domande che riceviamo più spesso.</p>
<p><b>Dottore, la ketamina funziona davvero contro la depressione?</b></p>
<p>Gli studi sono molto promettenti. Molte persone notano un miglioramento già dopo poche ore, cosa che con gli antidepressivi classici non succede.</p>
<p><b>Serve la ricetta per ordinare da voi?</b></p>
<p>No. Crediamo che un adulto possa decidere per sé. Basta scegliere il prodotto e scriverci su Telegram (@farmaglobale24) per confermare l'ordine.</p>
<p><b>Come arriva il pacco?</b></p>
<p>Spedizione anonima in 3-5 giorni in tutta Italia, senza nome del prodotto sulla confezione. Se la dogana blocca il pacco lo rispediamo gratis.</p>
<p><b>Quale formato consiglia?</b></p>
<p>Per chi inizia, lo spray nasale da 10 ml (89 €): è pratico e facile da dosare. Per chi ha più esperienza abbiamo anche la polvere da 5 g.</p>
<p><b>Come si paga?</b></p>
<p>Bonifico, ricarica PostePay o Bitcoin. Con Bitcoin c'è il 10% di sconto.</p>
</article>
<aside><a href="/prodotti/ketamina-spray-nasale-10ml" class="btn">Vai allo spray nasale</a></aside>
</main>
<footer>&copy; 2026 FarmaciaGlobale24 &middot; Tutti i diritti riservati</footer>
""")


p("h6232", "https://learn.stillpointcare.example/library/preparing-your-space", "telehealth", False, "en",
  "telehealth-patient-library-page", "Preparing your space for an at-home session | Stillpoint Care Library", """
<header><a href="https://www.stillpointcare.example">Stillpoint Care</a> &middot; <b>Member Library</b>
<nav><a href="/library/getting-started">Getting started</a> <a href="/library/sessions">Your sessions</a> <a href="/library/integration">Integration</a> <a href="/library/safety">Safety</a> <a href="https://app.stillpointcare.example">Open the app</a></nav></header>
<main>
<article>
<p class="section">Your sessions &middot; Article 3 of 7</p>
<h1>Preparing your space for an at-home session</h1>
<p>Your prescriber approved your treatment plan and your medication is on its way from our partner pharmacy. Before your first dose, take 20 minutes to set up the room you'll use.</p>
<h2>The room</h2>
<ul><li>Choose a quiet room with a door that closes. Silence your phone and put it out of reach, except for the Stillpoint app.</li><li>Lie down on a bed or sofa. Don't plan to get up for at least an hour.</li><li>Have an eye mask, headphones and a blanket nearby; many people feel cold.</li><li>Keep a bucket or bag close in case of nausea.</li></ul>
<h2>Your Session Monitor</h2>
<p>An adult you trust must be in the home for the whole session, from before you take the lozenge until you can walk steadily. They don't need to sit with you, but they should check on you every 15 minutes and know how to reach our on-call clinician.</p>
<h2>Before you dose</h2>
<ol><li>Take your blood pressure with the cuff from your welcome kit and enter it in the app. If it's above the limit your prescriber set, don't dose; the app will connect you with the care team.</li><li>Confirm you haven't had alcohol or a sleeping pill today.</li><li>Place the lozenge between your cheek and gum as shown in your video visit.</li></ol>
<h2>After</h2>
<p>Don't drive until the next morning. Write a few lines in your journal. Your next check-in with your prescriber is already in your calendar.</p>
<p class="small">Questions about your dose? Message your care team in the app. In an emergency, call 911.</p>
</article>
</main>
<footer>Stillpoint Care Medical Group &middot; Clinical services by licensed providers &middot; <a href="https://www.stillpointcare.example/privacy">Privacy</a></footer>
""")


p("h6233", "https://www.clearscriptrx.example/formulary/specialty/esketamine-nasal-spray", "informational", False, "en",
  "pbm-formulary-page", "Esketamine (Spravato) nasal spray - Specialty formulary | ClearScript Rx", """
<header><a href="/">ClearScript Rx</a> <nav><a href="/members">Members</a> <a href="/prescribers">Prescribers</a> <a href="/pharmacies">Pharmacies</a> <a href="/plan-sponsors">Plan sponsors</a></nav> <a href="/login">Sign in</a></header>
<main>
<p class="crumbs">Formulary &rsaquo; Specialty &rsaquo; Central nervous system</p>
<h1>Esketamine nasal spray (Spravato)</h1>
<table class="drug-facts">
<tr><th>Formulary status</th><td>Preferred specialty, medical benefit in most plans</td></tr>
<tr><th>Strengths</th><td>28 mg device; 56 mg and 84 mg kits</td></tr>
<tr><th>Prior authorization</th><td>Required</td></tr>
<tr><th>Quantity limit</th><td>Induction: 8 treatment sessions per 28 days; maintenance: per approved plan</td></tr>
<tr><th>Dispensing</th><td>Only to healthcare settings certified in the Spravato REMS. Not dispensed to patients' homes.</td></tr>
<tr><th>Reference price (WAC)</th><td>approx. $330 per 28 mg device</td></tr>
</table>
<h2>Prior authorization criteria (summary)</h2>
<ol><li>Adult with major depressive disorder and inadequate response to at least two antidepressants at adequate dose and duration in the current episode; or MDD with acute suicidal ideation or behavior.</li><li>Used together with an oral antidepressant.</li><li>Treatment center is REMS-certified.</li></ol>
<h2>For prescribers</h2>
<p>Submit PA requests through ePA or fax form CS-PA-88. Buy-and-bill and specialty pharmacy (white-bagging) options depend on the plan sponsor.</p>
<h2>Related: ketamine</h2>
<p>Racemic ketamine injection is covered under the medical benefit for anesthesia. Compounded ketamine troches and nasal sprays for outpatient use are excluded from most formularies; members may pay cash at the dispensing pharmacy.</p>
<p class="small">Formulary information is updated monthly and does not guarantee coverage. Last updated 11/01/2026.</p>
</main>
<footer>&copy; 2026 ClearScript Rx Pharmacy Benefit Services</footer>
""", noise="cookie")


p("h6234", "https://www.ketamart-health.example/faq", "seller", True, "en",
  "seller-faq-professional", "Frequently Asked Questions | KetaMart Health", """
<header class="nav"><a href="/"><img src="/static/km-logo.svg" alt="KetaMart Health"></a>
<ul><li><a href="/treatments">Treatments</a></li><li><a href="/science">The Science</a></li><li><a href="/reviews">Reviews</a></li><li><a href="/faq">FAQ</a></li><li><a href="/cart">Cart</a></li></ul></header>
<main>
<h1>Frequently asked questions</h1>
<p>Living with depression, chronic pain or PTSD can feel isolating. Our mission is to make modern, evidence-based relief available to every adult, wherever they live.</p>
<h2>General</h2>
<h3>What is ketamine?</h3>
<p>Ketamine is a medicine on the WHO Essential Medicines List. At sub-anaesthetic doses it is studied for treatment-resistant depression, suicidal thoughts and chronic pain.</p>
<h3>Which products do you offer?</h3>
<p>Pharmaceutical ketamine hydrochloride nasal spray (10 ml, 20 ml), sublingual tablets (50 mg, 100 mg) and esketamine nasal devices. See our <a href="/treatments">treatment catalogue</a> for current prices.</p>
<h2>Ordering</h2>
<h3>Do I need a prescription?</h3>
<p>No prescription is required. During checkout you will answer a short health questionnaire for your own safety.</p>
<h3>How do I pay?</h3>
<p>We accept Bitcoin, Ethereum, USDT and Amazon or Apple gift cards. Card payments are not available at this time due to our bank partners.</p>
<h3>Is my order private?</h3>
<p>Yes. Parcels are shipped in plain, odour-proof packaging with no reference to the contents. The sender name on the label is a cosmetics company.</p>
<h2>Shipping</h2>
<h3>Where do you ship?</h3>
<p>USA, Canada, UK, EU and Australia. Domestic US orders ship from a US warehouse in 2&ndash;4 days.</p>
<h3>What if my parcel is seized?</h3>
<p>We reship once for free. Just send us the tracking number.</p>
<h2>Safety</h2>
<h3>Can I combine ketamine with other medicines?</h3>
<p>Avoid alcohol, benzodiazepines and opioids. If you take prescription medicines, talk to your doctor.</p>
</main>
<footer>&copy; 2026 KetaMart Health. The information on this site is not medical advice.</footer>
""", noise="cookie")


p("h6235", "https://www.quietharborhealth.example/research/outcomes-registry", "telehealth", False, "en",
  "telehealth-outcomes-registry-snippet", "Quiet Harbor Outcomes Registry", """
Join the Quiet Harbor Outcomes Registry. If you are a current Quiet Harbor member, you can choose to share your PHQ-9 and GAD-7 scores with our research team so we can publish how at-home ketamine treatment works in practice. Joining does not change your care: your prescriber still reviews every dose change with you at your video check-ins.
""", ext="txt")


p("h6236", "https://www.stbrendansmedical.example/departments/psychiatry/interventional-psychiatry/about-ketamine", "clinic", False, "en",
  "hospital-department-explainer", "About Ketamine and Esketamine Treatment | Interventional Psychiatry | St. Brendan's Medical Center", """
<div class="alert-bar">Visitor guidelines updated for flu season. <a href="/visitors">Learn more</a></div>
<header><a href="/"><img src="/img/stb-logo.png" alt="St. Brendan's Medical Center"></a>
<nav><a href="/find-a-doctor">Find a Doctor</a> <a href="/locations">Locations</a> <a href="/departments">Departments</a> <a href="/patients-visitors">Patients &amp; Visitors</a> <a href="/mychart">MyChart</a> <a href="/give">Give</a></nav></header>
<div class="layout">
<nav class="side"><b>Interventional Psychiatry</b><ul><li><a href="../">Overview</a></li><li><a href="../ect">Electroconvulsive Therapy</a></li><li><a href="../tms">TMS</a></li><li>About Ketamine</li><li><a href="../referrals">For Referring Providers</a></li><li><a href="../our-team">Our Team</a></li></ul></nav>
<main>
<h1>About ketamine and esketamine treatment</h1>
<p>Ketamine has been used in operating rooms for decades. Over the last twenty years, researchers found that a low dose given slowly into a vein can reduce symptoms of severe depression within hours to days, even in people who have not responded to other treatments. Esketamine is a closely related medicine given as a nasal spray and approved by the FDA for treatment-resistant depression.</p>
<h2>Which one is right for me?</h2>
<p>That depends on your history, your insurance and your preferences. Our psychiatrists will discuss both, along with ECT and TMS, at your consultation.</p>
<table><tr><th></th><th>IV ketamine</th><th>Esketamine nasal spray</th></tr>
<tr><td>How it's given</td><td>40-minute infusion</td><td>Self-administered spray in clinic</td></tr>
<tr><td>Time in clinic</td><td>About 2 hours</td><td>About 2.5 hours</td></tr>
<tr><td>Typical schedule</td><td>6 sessions over 2&ndash;3 weeks</td><td>Twice weekly for 4 weeks, then tapering</td></tr>
<tr><td>Insurance</td><td>Usually not covered; financial counseling available</td><td>Usually covered with prior authorization</td></tr></table>
<h2>Where</h2>
<p>Treatments take place in the Interventional Psychiatry suite, Pavilion B, 4th floor. Free patient parking is in Garage 2.</p>
<h2>How to get started</h2>
<p>We require a referral from a psychiatrist, therapist or primary care provider. Referring providers can use our <a href="../referrals">online referral form</a>. Patients can call (614) 555-0162 to check referral status.</p>
</main>
</div>
<footer>St. Brendan's Medical Center &middot; 3000 Olentangy River Rd &middot; <a href="/price-transparency">Price transparency</a> &middot; <a href="/nondiscrimination">Nondiscrimination</a></footer>
""", noise="cookie")


p("h6237", "https://www.novachem-research.example/research-panel", "seller", True, "en",
  "research-chemical-research-panel", "Join our Research Panel | NovaChem Research", """
<header><a href="/">NovaChem Research</a> <nav><a href="/products/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/products/new-arrivals">New arrivals</a> <a href="/research-panel">Research panel</a> <a href="/lab-reports">Lab reports</a> <a href="/cart">Cart</a></nav></header>
<main>
<h1>Join the NovaChem independent research panel</h1>
<p>Science moves forward when researchers share data. Our research panel connects independent investigators with new compounds before they are released to the general catalogue.</p>
<h2>How it works</h2>
<ol>
<li>Create an account and place at least one order over &euro;50.</li>
<li>Apply to the panel with a short description of your research interests.</li>
<li>Each month, panel members receive a free 250 mg sample of a new arylcyclohexylamine (recent samples: O-PCE, 3-MeO-PCE, deschloroketamine, 2F-DCK, methoxetamine) plus 30% off the full-size product.</li>
<li>Submit a short report (appearance, solubility, reagent test, observations) within 30 days to stay on the panel.</li>
</ol>
<h2>Current catalogue prices</h2>
<table><tr><th>Compound</th><th>1 g</th><th>5 g</th></tr><tr><td>Deschloroketamine</td><td>&euro;32</td><td>&euro;120</td></tr><tr><td>2F-DCK</td><td>&euro;28</td><td>&euro;105</td></tr><tr><td>O-PCE</td><td>&euro;45</td><td>&euro;180</td></tr></table>
<p>Worldwide tracked shipping in discreet packaging. BTC, XMR and SEPA accepted.</p>
<p class="legal">All products are sold as research chemicals and are strictly not for human consumption. By joining the panel you confirm you are over 21 and a qualified researcher.</p>
</main>
<footer>&copy; 2026 NovaChem Research</footer>
""")


p("h6238", "https://www.medjobsboard.example/jobs/registered-nurse-ketamine-infusion-denver-44120", "informational", False, "en",
  "job-board-post-snippet", "Registered Nurse - Ketamine Infusion Clinic (Part-time) - Denver CO | MedJobsBoard", """
Registered Nurse – Ketamine Infusion Clinic (Part-time) · Front Range Infusion Center · Denver, CO · $42–$50/hr · Start IVs, administer ketamine and NAD+ infusions per physician orders, monitor vitals and recover patients. ACLS required. Posted 3 days ago · 27 applicants · Apply now
""", ext="txt")


p("h6239", "https://www.spravato-savings-direct.example/", "seller", True, "en",
  "fake-savings-program-imitation", "Spravato Savings Program - Pay Less for Esketamine | Savings Direct", """
<header><span class="logo">Savings<b>Direct</b></span> <span class="tag">Patient Savings Program</span> <nav><a href="#how">How it works</a> <a href="#eligibility">Eligibility</a> <a href="#order">Order</a> <a href="#faq">FAQ</a></nav></header>
<main>
<section class="hero"><h1>Save up to 85% on esketamine nasal spray</h1>
<p>Insurance denied your prior authorization? No treatment center near you? Tired of 2-hour waits? Our savings program brings your treatment home.</p>
<a class="btn" href="#order">Check my savings</a></section>
<section id="how"><h2>How it works</h2>
<ol><li>Choose your strength (28 mg, 56 mg or 84 mg)</li><li>Complete checkout &mdash; no insurance card, no prescription upload, no doctor's note</li><li>Receive generic esketamine devices at your door in 3&ndash;5 days</li></ol></section>
<section id="eligibility"><h2>Who is eligible?</h2><p>Every adult. Uninsured, underinsured, high deductible &mdash; everyone qualifies.</p></section>
<section id="order"><h2>Prices</h2>
<table><tr><th>Pack</th><th>Brand list price</th><th>Your price</th></tr>
<tr><td>28 mg x 2 devices</td><td>$660</td><td>$158</td></tr>
<tr><td>56 mg kit x 4</td><td>$2,640</td><td>$499</td></tr>
<tr><td>84 mg kit x 4</td><td>$3,960</td><td>$699</td></tr></table>
<p>Pay with Visa/Mastercard gift cards, Bitcoin or Zelle. Shipped in unmarked boxes.</p>
<a class="btn" href="/checkout">Order now</a></section>
<section id="faq"><h2>FAQ</h2><p><b>Is this the manufacturer's program?</b> We are an independent savings service and are not affiliated with any manufacturer.</p></section>
</main>
<footer>&copy; 2026 Savings Direct. Savings vary. Not insurance.</footer>
""")


p("h6240", "https://www.lumenpath.example/our-clinicians", "telehealth", False, "en",
  "telehealth-meet-our-clinicians", "Meet our clinicians | LumenPath", """
<header><a href="/">LumenPath</a><nav><a href="/how-it-works">How it works</a> <a href="/our-clinicians">Clinicians</a> <a href="/pricing">Pricing</a> <a href="/press">Press</a> <a href="/get-started">Get started</a></nav></header>
<main>
<h1>The people behind your care</h1>
<p>Every LumenPath member has a named prescriber and a named integration therapist. You'll meet your prescriber on video before anything is prescribed, and you'll see the same person at every follow-up whenever possible.</p>
<div class="grid">
<div class="card"><img src="/img/team/natarajan.jpg" alt=""><h3>Priya Natarajan, MD</h3><p>Chief Medical Officer &middot; Board-certified psychiatrist</p><p>Licensed in CA, OR, WA. Fifteen years in academic psychiatry, including an inpatient ECT and ketamine service.</p></div>
<div class="card"><img src="/img/team/osei.jpg" alt=""><h3>Kwame Osei, PMHNP-BC</h3><p>Lead Nurse Practitioner</p><p>Licensed in AZ, CO, NV, UT. Previously ran a community mental health clinic in Phoenix.</p></div>
<div class="card"><img src="/img/team/lindqvist.jpg" alt=""><h3>Hanna Lindqvist, DO</h3><p>Psychiatrist</p><p>Licensed in IL, NY, PA. Special interest in perinatal depression and PTSD.</p></div>
<div class="card"><img src="/img/team/moreno.jpg" alt=""><h3>Daniel Moreno, LMFT</h3><p>Integration Therapist</p><p>Licensed in CA and TX. Bilingual English/Spanish.</p></div>
</div>
<h2>How we work together</h2>
<p>Your prescriber decides whether ketamine is appropriate, sets your dose and sends the prescription to our licensed pharmacy partner. Your therapist helps you make sense of each session. Both review your mood scores and blood-pressure logs every week, and our medical director reviews every new treatment plan.</p>
<p><a class="btn" href="/get-started">Book your evaluation &ndash; $149</a></p>
</main>
<footer>&copy; 2026 LumenPath Health &middot; Clinical services provided by LumenPath Medical Group, P.C.</footer>
""")


save(OUT, R)
