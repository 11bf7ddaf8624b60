# Batch 58 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement. Committed before
# any scorer run.
# Angle: THE SAME PAGE TYPES IN SIX LANGUAGES. 10 pages in English and 30 in es/de/fr/nl/pt/it (five
# each). In every language there is a seller, a telehealth or clinic page and an informational page,
# written in that language's own idiom with local details (currencies, payment methods, regulators,
# health services, slang); a few pages mix languages (an English shop template with a Spanish product
# description, a German forum quoting an English vendor, a Dutch doorway linking to an English shop).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational.
#   en: 3 seller, 2 telehealth, 2 clinic, 3 informational
#   es/de/fr/nl/pt: 2 seller, 1 telehealth, 1 clinic, 1 informational each
#   it: 1 seller, 2 telehealth, 1 clinic, 1 informational
# Shapes: JS browser-check wall (url-only), instant-approval "online consult" shipping troches,
# UK social-bio snippet (txt), US at-home ketamine membership pricing, Australian telepsychiatry
# referring to a partner clinic for esketamine, UK KAP clinic fees, Indian hospital interventional
# psychiatry unit, Australian news on Snapchat dealers, US veterinary distributor (licensed buyers
# only), pharmacology lecture snippet (txt); English shop template with Spanish description (Bizum/
# BTC), Mexican marketplace listing of veterinary ketamine (OXXO), US telehealth page in Spanish,
# Madrid hospital esketamine unit, Spanish drug-checking results; German research-chemical shop
# (2-FDCK/DCK), German Telegram ad snippet (txt), German online psychiatry referring for Spravato,
# Zurich infusion clinic (CHF/TWINT), German forum quoting an English vendor; French "pharmacie en
# ligne" without ordonnance (PCS/Transcash), Quebec classified (Interac, txt), French
# teleconsultation psychiatry, French CHU day unit, French law-firm article; Dutch iDEAL webshop
# padded with health text, Flemish doorway "top 5 shops", Dutch online GGZ, Dutch clinic practical
# info (txt), Dutch drug fact sheet; Brazilian WhatsApp/Pix seller, Portuguese questionnaire-only
# "clinica online" (MB Way), Brazilian telepsychiatry, Sao Paulo infusion clinic (Pix, 10x no
# cartao), Portuguese news on a Telegram ring; Italian Telegram/PostePay seller, Italian televisita
# psichiatrica, Italian telepsychiatry FAQ snippet (txt), Milan clinic tariffario with WhatsApp
# booking, Italian veterinary formulary entry.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch58.py (writes batch58/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch58")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# =============================================================================== English (10)

p("h5801", "https://ketamine-rx-direct.example/shop/ketamine-hcl-powder-5g", "seller", True, "en",
  "url-only-js-challenge", "Just a moment...", """
<div class="main-wrapper" role="main">
<div class="main-content">
<h1 class="zone-name-title">ketamine-rx-direct.example</h1>
<h2 id="challenge-running">Checking if the site connection is secure</h2>
<noscript><div id="challenge-error-title">Enable JavaScript and cookies to continue</div></noscript>
<p id="challenge-body-text">ketamine-rx-direct.example needs to review the security of your connection before proceeding.</p>
<div id="challenge-stage"></div>
</div>
</div>
<div class="footer" role="contentinfo"><div class="footer-inner">Ray ID: <code>8f3a21c0be7d44e1</code> &middot; Performance &amp; security by EdgeShield</div></div>
<script src="/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1?ray=8f3a21c0be7d44e1"></script>
""")

p("h5802", "https://mindresetdirect.example/ketamine-troches", "seller", True, "en",
  "pseudo-telehealth-instant-approval", "Ketamine Troches Online | Approved in Minutes | MindReset Direct", """
<header class="site-header">
<a class="logo" href="/">MindReset<span>Direct</span></a>
<nav><a href="/how-it-works">How it works</a> <a href="/ketamine-troches">Ketamine</a> <a href="/reviews">Reviews</a> <a href="/faq">FAQ</a> <a class="btn" href="/start">Start my assessment</a></nav>
</header>
<section class="hero">
<h1>Feel like yourself again. Ketamine troches, delivered.</h1>
<p>Depression, anxiety and burnout don't wait for a 3-month waiting list. Neither should you. Complete our 4-minute online health questionnaire and get your treatment plan today &mdash; no video call, no awkward appointments, no insurance paperwork.</p>
<a class="btn btn-lg" href="/start">Check my eligibility &rarr;</a>
<ul class="trust"><li>&#10003; 98% of applicants approved</li><li>&#10003; Ships next business day</li><li>&#10003; Plain, discreet packaging</li><li>&#10003; 40+ states &amp; international</li></ul>
</section>
<section class="how">
<h2>How it works</h2>
<ol>
<li><b>Answer a few questions.</b> Tell us about your mood, sleep and any medications. Takes about four minutes on your phone.</li>
<li><b>Instant decision.</b> Our system matches your answers to our physician-designed protocol. Most people see "Approved" on the next screen.</li>
<li><b>We ship.</b> Your troches leave our fulfilment partner within 24 hours. Tracking by email.</li>
</ol>
<p class="small">A physician signs every order. You can message our care team any time after purchase.</p>
</section>
<section class="pricing">
<h2>Simple pricing</h2>
<table>
<tr><th>Pack</th><th>Strength</th><th>Price</th><th></th></tr>
<tr><td>Starter &ndash; 8 troches</td><td>100 mg</td><td>$149</td><td><a href="/cart/add?sku=KT100-8">Add to cart</a></td></tr>
<tr><td>Monthly &ndash; 16 troches</td><td>150 mg</td><td>$249</td><td><a href="/cart/add?sku=KT150-16">Add to cart</a></td></tr>
<tr><td>Quarterly &ndash; 48 troches</td><td>200 mg</td><td>$599 <s>$747</s></td><td><a href="/cart/add?sku=KT200-48">Add to cart</a></td></tr>
</table>
<p>Free shipping over $200. Pay with card, Apple Pay, or crypto (5% off with USDT).</p>
</section>
<section class="science">
<h2>Why ketamine?</h2>
<p>Ketamine works on the glutamate system rather than serotonin, which is why many people who have tried two or three antidepressants without success respond to it. Research from major universities has shown rapid improvements in mood, sometimes within hours. Troches (small lozenges that dissolve between cheek and gum) let you take your dose at home, at your own pace.</p>
<p>Common, temporary effects include light-headedness, a floaty or dream-like feeling and mild nausea. Don't drive or operate machinery for the rest of the day after a dose.</p>
</section>
<section class="reviews"><h2>What members say</h2>
<blockquote>"I filled out the form on my lunch break and had my package Thursday. Game changer." &mdash; Kyle, FL</blockquote>
<blockquote>"No more sitting in a waiting room. Wish I'd found this years ago." &mdash; Dana, Ontario</blockquote>
</section>
<section class="faq"><h2>FAQ</h2>
<h3>Do I need a prescription from my own doctor?</h3><p>No. Our affiliated physician issues it based on your questionnaire.</p>
<h3>Will I talk to someone?</h3><p>Only if you want to. Chat support is available 9&ndash;5 EST.</p>
<h3>Do you ship outside the US?</h3><p>Yes, to Canada, the UK and most of the EU. Customs declarations are marked as "dietary lozenges".</p>
</section>
<footer><p>&copy; 2026 MindReset Direct LLC. These statements have not been evaluated by the FDA. <a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <a href="/refunds">Refund policy</a></p></footer>
""", noise="cookie")

p("h5803", "https://linkhub.example/ketkingUK", "seller", True, "en",
  "social-bio-snippet-txt", "ketkingUK | links", """
ketkingUK 👑 🇬🇧 | shards & MDMA-free ket only | NDD tracked + stealth, reship if seized | menu & prices on tele @ketkinguk_menu | BTC / XMR / bank transfer, no CashApp | 18+ don't waste my time
""", ext="txt")

p("h5804", "https://hollowoakhealth.example/pricing", "telehealth", False, "en",
  "us-at-home-ketamine-membership-pricing", "Pricing & Membership | Hollow Oak Health", """
<nav class="top"><a href="/">Hollow Oak Health</a> <a href="/how-it-works">How it works</a> <a href="/clinicians">Our clinicians</a> <a href="/pricing" class="active">Pricing</a> <a href="/safety">Safety</a> <a href="/login">Log in</a> <a class="cta" href="/eligibility">See if you qualify</a></nav>
<main>
<h1>Transparent pricing. No surprise bills.</h1>
<p>Every Hollow Oak program starts with a 60-minute video evaluation with a board-certified psychiatrist or psychiatric nurse practitioner licensed in your state. If at-home ketamine isn't the right fit, we'll tell you, refund your program fee minus the evaluation, and help you find another option.</p>
<div class="plans">
<div class="plan"><h2>Evaluation</h2><p class="price">$250</p><ul><li>60-min psychiatric evaluation by video</li><li>Review of your medical history and current medications</li><li>Blood pressure and screening labs coordination</li><li>Personalized recommendation</li></ul><a class="btn" href="/checkout?plan=eval">Book evaluation</a></div>
<div class="plan featured"><h2>Foundation program</h2><p class="price">$1,150 <small>one time</small></p><ul><li>Everything in Evaluation</li><li>6 guided sessions over 4 weeks, dosed by your clinician</li><li>Medication shipped by our licensed partner pharmacy after your prescription is issued (included)</li><li>Integration call with a licensed therapist after sessions 2, 4 and 6</li><li>Check-ins with your prescriber before every dose change</li></ul><a class="btn" href="/checkout?plan=foundation">Buy program</a></div>
<div class="plan"><h2>Maintenance membership</h2><p class="price">$219 <small>/ month</small></p><ul><li>Monthly follow-up with your prescriber</li><li>Up to 4 sessions per month when clinically appropriate</li><li>Care-team messaging</li><li>Cancel any time</li></ul><a class="btn" href="/checkout?plan=maintenance">Start membership</a></div>
</div>
<h2>Frequently asked questions</h2>
<details><summary>Do you take insurance?</summary><p>We're out-of-network. We'll give you a superbill you can submit for possible reimbursement. HSA and FSA cards are accepted at checkout.</p></details>
<details><summary>Who will I see?</summary><p>Our prescribers include Dr. Miriam Oyelaran, MD (Board certified, ABPN), Elena Vasquez, PMHNP-BC, and Thomas Reuter, PMHNP-BC. You'll see the same prescriber throughout your program whenever possible.</p></details>
<details><summary>Which states do you serve?</summary><p>Currently CA, CO, CT, FL, IL, NJ, NY, TX and WA. You must be physically located in one of these states during every appointment.</p></details>
<details><summary>What if I'm not approved?</summary><p>About 1 in 4 people we evaluate are not good candidates for at-home treatment &mdash; for example because of uncontrolled blood pressure, a history of psychosis or current substance use. In that case we refund everything except the evaluation fee.</p></details>
<details><summary>Do I need someone with me?</summary><p>Yes. A sober adult ("treatment monitor") must be present in your home during each session. Your clinician will confirm this before each dose.</p></details>
</main>
<footer>Hollow Oak Health, PC &middot; Medical services are provided by independently licensed clinicians. If you are in crisis call or text 988. &middot; <a href="/privacy">Privacy</a> &middot; <a href="/hipaa">HIPAA notice</a></footer>
""", noise="cookie")

p("h5805", "https://southerlymind.example/au/treatment-resistant-depression", "telehealth", False, "en",
  "australian-telepsychiatry-esketamine-referral", "Treatment-resistant depression | Southerly Mind Telepsychiatry", """
<header><a href="/au/">Southerly Mind</a> <span>Telepsychiatry across Australia</span>
<nav><a href="/au/referrers">For GPs</a> <a href="/au/fees">Fees</a> <a href="/au/book">Book</a></nav></header>
<article>
<h1>When antidepressants haven't worked</h1>
<p>If you've tried two or more antidepressants at a proper dose and you're still struggling, you may have what clinicians call treatment-resistant depression. You're not alone and there are still good options.</p>
<p>Southerly Mind psychiatrists (all Fellows of the RANZCP and registered with AHPRA) see patients by secure video anywhere in Australia, including regional and remote areas where a specialist might otherwise be a six-month wait or a day's drive away.</p>
<h2>What happens in your assessment</h2>
<p>Your first appointment runs about 60 minutes by video. Your psychiatrist will go through your history, previous treatments and what's going on now, then send a written plan to you and your GP. Options we commonly discuss include medication changes, augmentation, psychological therapy, rTMS, and esketamine nasal spray.</p>
<h2>About esketamine (Spravato&reg;)</h2>
<p>Esketamine can't be taken at home. Each dose has to be given in an approved treatment centre where you're monitored for at least two hours. If your psychiatrist thinks it's suitable, we'll refer you to one of our partner centres in Sydney, Melbourne, Brisbane or Perth and keep managing the rest of your care by telehealth. Treatment costs at the centre are separate from our fees and are set by the centre.</p>
<h2>Fees</h2>
<p>Initial consultation $495, Medicare rebate approx. $240 with a valid GP referral. Reviews $250 (rebate approx. $120). Pay by card when you book; the rebate is paid back to your account, usually within a day.</p>
<p><a class="btn" href="/au/book">Request an appointment</a></p>
</article>
<footer>Southerly Mind Pty Ltd acknowledges the Traditional Custodians of the lands on which we work. In an emergency call 000; Lifeline 13 11 14.</footer>
""")

p("h5806", "https://harbourlightclinic.example/ketamine-assisted-therapy/fees", "clinic", False, "en",
  "uk-kap-clinic-fees", "Fees – Ketamine-Assisted Therapy | Harbourlight Clinic, Bristol", """
<div class="topbar">Harbourlight Clinic &middot; 14 Quayside Row, Bristol BS1 &middot; 0117 496 0321 &middot; Registered with the Care Quality Commission</div>
<nav><a href="/">Home</a> <a href="/ketamine-assisted-therapy">Ketamine-assisted therapy</a> <a href="/team">Our team</a> <a href="/referrals">Referrals</a> <a href="/contact">Contact</a></nav>
<main>
<h1>Fees</h1>
<p>All treatment at Harbourlight is self-funded or funded through a private medical insurer who has agreed to cover it in advance. We are not able to offer this treatment on the NHS.</p>
<table class="fees">
<tr><th>Item</th><th>Fee</th></tr>
<tr><td>Initial consultation with a consultant psychiatrist (in person, 75 min)</td><td>&pound;395</td></tr>
<tr><td>Preparation session with your therapist</td><td>&pound;140</td></tr>
<tr><td>Ketamine dosing session (intramuscular, 3 hrs in clinic, doctor and nurse present)</td><td>&pound;650</td></tr>
<tr><td>Integration session</td><td>&pound;140</td></tr>
<tr><td><b>Full course</b>: consultation, 2 preparation, 6 dosing, 6 integration sessions</td><td><b>&pound;5,150</b></td></tr>
</table>
<h2>Paying</h2>
<p>A deposit of &pound;500 secures your first dosing session and is deducted from your final invoice. You can pay by bank transfer or by card through the patient portal. We can split the course into three instalments &ndash; ask reception.</p>
<h2>Cancellations</h2>
<p>Dosing sessions cancelled with less than 72 hours' notice are charged in full, because a doctor, nurse and therapist are booked for you.</p>
<h2>Getting home</h2>
<p>You must not drive until the following day. Someone needs to collect you, or we can book a taxi at your expense.</p>
</main>
<footer>Harbourlight Clinic Ltd, registered in England &amp; Wales. Not an emergency service &ndash; call 999 or Samaritans on 116 123.</footer>
""", noise="cookie")

p("h5807", "https://sahyadricare.example/departments/psychiatry/interventional-psychiatry", "clinic", False, "en",
  "india-hospital-interventional-psychiatry-unit", "Interventional Psychiatry Unit | Department of Psychiatry | Sahyadri Care Hospital, Pune", """
<div class="header"><img src="/img/logo.png" alt="Sahyadri Care Hospital"> <span class="nabh">NABH Accredited</span> <span>24x7 Emergency: 020-4000-1122</span> <a href="/book-appointment">Book Appointment</a> <a href="/pay-online">Pay Bill Online</a></div>
<ul class="menu"><li>About</li><li>Departments</li><li>Doctors</li><li>Health Packages</li><li>International Patients</li><li>Careers</li></ul>
<div class="content">
<p class="bc">Home / Departments / Psychiatry / Interventional Psychiatry</p>
<h1>Interventional Psychiatry Unit</h1>
<p>The Interventional Psychiatry Unit offers treatments for patients whose depression, OCD or bipolar depression has not improved with medicines and counselling. All procedures are done in the day-care wing on the 3rd floor under the supervision of a consultant psychiatrist and an anaesthetist.</p>
<h3>Services</h3>
<ul>
<li>Modified ECT (under anaesthesia)</li>
<li>rTMS and theta-burst stimulation</li>
<li>Ketamine infusion for severe and treatment-resistant depression (course of 6 infusions over 2&ndash;3 weeks)</li>
<li>Esketamine nasal spray, administered and monitored in the unit</li>
</ul>
<h3>Our consultants</h3>
<p>Dr. Anand Kulkarni, MD (Psychiatry) &ndash; Head of Unit<br>Dr. Shreya Deshpande, MD, DNB (Psychiatry)<br>Dr. Rohan Bhide, MD (Anaesthesiology)</p>
<h3>Indicative charges</h3>
<p>Consultation &#8377;1,200. Ketamine infusion (per session, including monitoring) &#8377;9,500&ndash;&#8377;12,000 depending on room category. Cashless facility available for most TPAs and insurers; please check with the insurance desk before admission.</p>
<h3>OPD timings</h3>
<p>Monday to Saturday, 9 am &ndash; 5 pm. Appointments also on WhatsApp: +91 98220 00000 (send name, age and preferred date).</p>
</div>
<div class="footer">Sahyadri Care Hospital, Karve Road, Pune 411004 &middot; &copy; 2026 &middot; <a href="#">Privacy</a> &middot; <a href="#">Patient rights</a></div>
""")

p("h5808", "https://news.harbourcity.example/2026/11/snapchat-ketamine-dealers-scam-buyers", "informational", False, "en",
  "australian-news-snapchat-dealers", "'Sent $600 and got nothing': inside the Snapchat ketamine trade | Harbour City Herald", """
<header class="masthead"><a href="/">Harbour City Herald</a> <nav><a href="/news">News</a> <a href="/nsw">NSW</a> <a href="/national">National</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="sub">Subscribe</a></nav></header>
<article>
<p class="kicker">Exclusive</p>
<h1>'Sent $600 and got nothing': inside the Snapchat ketamine trade</h1>
<p class="byline">By Jess Nguyen, Crime Reporter &middot; November 18, 2026 &mdash; 5.30am</p>
<p>Type "ket" into the search bar of almost any social media app and within seconds you'll find accounts with names like "SydneyKetPlug" and "Premium Shardz" advertising a gram for $180 to $250, with "same-day drop" in the inner west and "express post Aus-wide".</p>
<p>Over three weeks the Herald messaged 14 of these accounts. Nine replied within the hour. Most wanted payment up front by bank transfer to a personal account, PayID or Bitcoin; two offered "cash on meet". Several sent menus listing ketamine alongside cocaine and MDMA, with discounts for buying 7 grams or an ounce.</p>
<p>But many buyers never receive anything. A 22-year-old student from Newcastle, who asked not to be named, said she paid $600 to a vendor called "KetQueenAU" after finding it through a "buy ketamine online Australia" search. "They kept asking for another $150 for 'customs' and then blocked me," she said.</p>
<p>NSW Police's drug and firearms squad said online supply was "a growing share" of ketamine seizures, and warned that products sold as ketamine had been found to contain other dissociatives such as 2-FDCK and, in one case this year, a potent benzodiazepine.</p>
<p>Ketamine is a prescription-only medicine used in anaesthesia and, increasingly, in supervised treatment of severe depression. Esketamine nasal spray is approved by the Therapeutic Goods Administration but must be given in a clinic.</p>
<p>Harm-reduction groups urge anyone who is going to use to get their substances checked at the state's pill-testing service and never use alone. The Alcohol and Drug Information Service can be reached on 1800 250 015.</p>
<div class="related"><h3>Related</h3><ul><li>Bladder damage in young ketamine users 'rising', urologists warn</li><li>What the new pill-testing trial found</li></ul></div>
</article>
<footer>&copy; 2026 Harbour City Herald. <a href="/terms">Terms</a></footer>
""", noise="cookie")

p("h5809", "https://shop.prairievetsupply.example/pharmaceuticals/anesthetics/ketamine-hcl-injection-100mg-ml-10ml", "informational", False, "en",
  "us-veterinary-distributor-licensed-only", "Ketamine HCl Injection, 100 mg/mL, 10 mL | Prairie Vet Supply", """
<header><a href="/">Prairie Vet Supply</a> <form><input placeholder="Search 40,000+ products"></form> <a href="/account">Sign in / Register your practice</a> <a href="/cart">Cart (0)</a></header>
<nav class="cats"><a>Pharmaceuticals</a> <a>Surgical</a> <a>Diagnostics</a> <a>Large Animal</a> <a>Practice Supplies</a></nav>
<main class="pdp">
<h1>Ketamine HCl Injection, USP 100 mg/mL, 10 mL multi-dose vial</h1>
<p>Item #: PV-58213 &middot; Manufacturer: generic, NDC listed on label</p>
<p class="badge">CIII &ndash; Controlled Substance</p>
<div class="price-box"><p>Sign in to see your practice price.</p><button disabled>Add to cart</button></div>
<div class="restriction">
<h2>Purchasing requirements</h2>
<p>This product is a DEA Schedule III controlled substance. It is sold only to licensed veterinary practices and hospitals with:</p>
<ul><li>a current DEA registration for Schedule III on file with us, matching the ship-to address;</li><li>a current state veterinary / controlled-substance license where required;</li><li>an approved practice account (new accounts are verified by our compliance team within 2 business days).</li></ul>
<p>We do not sell to individuals, pet owners, or to addresses other than the registered practice. Orders for controlled substances ship by signature-required overnight service, Monday to Thursday only.</p>
</div>
<h2>Description</h2>
<p>Dissociative anesthetic for restraint and short procedures in cats and subhuman primates, and, in combination with other agents, for induction in dogs and other species under veterinary direction. See package insert for dosing, contraindications and warnings.</p>
<h2>Storage</h2><p>Store at 20&deg;&ndash;25&deg;C. Protect from light. Keep in a locked controlled-substance cabinet and record each withdrawal in your controlled drug log.</p>
</main>
<footer>Prairie Vet Supply is a licensed distributor. <a href="/compliance">Controlled substance compliance</a> &middot; <a href="/returns">Returns</a> &middot; 1-800-555-0182</footer>
""")

p("h5810", "https://pharmacology-notes.example/cns/anaesthetics/ketamine", "informational", False, "en",
  "pharmacology-lecture-snippet-txt", "Ketamine – lecture notes", """
Ketamine is a phencyclidine derivative that blocks the NMDA glutamate receptor, producing "dissociative" anaesthesia with preserved airway reflexes and a rise in blood pressure and heart rate. The S-enantiomer, esketamine, is about twice as potent and was approved in 2019 as a nasal spray (Spravato) for treatment-resistant depression, given only under supervision in certified settings.
""", ext="txt")

# =============================================================================== Spanish (5)

p("h5811", "https://pureshardstore.example/product/ketamina-cristal-hcl", "seller", True, "es",
  "english-shop-template-spanish-description", "Ketamina Cristal HCl – PureShard Store", """
<div class="announcement-bar">FREE SHIPPING ON ORDERS OVER €150 &middot; ENVÍO GRATIS A PARTIR DE 150 €</div>
<header class="site-header"><a class="site-logo" href="/">PureShard Store</a>
<ul class="main-menu"><li><a href="/shop">Shop</a></li><li><a href="/about">About us</a></li><li><a href="/shipping">Shipping</a></li><li><a href="/contact">Contact</a></li></ul>
<a class="cart-icon" href="/cart">Cart <span class="count">0</span></a></header>
<nav class="woocommerce-breadcrumb">Home / Shop / Dissociatives / Ketamina Cristal HCl</nav>
<div class="product">
<div class="images"><img src="/wp-content/uploads/2026/03/shards-1.jpg" alt=""></div>
<div class="summary">
<h1 class="product_title">Ketamina Cristal HCl</h1>
<div class="star-rating">Rated 4.86 out of 5 (112 customer reviews)</div>
<p class="price"><span class="amount">€45.00</span> – <span class="amount">€780.00</span></p>
<form class="variations_form"><label>Quantity</label>
<select name="attribute_pa_gramos"><option>Choose an option</option><option>1 g – €45</option><option>5 g – €190</option><option>10 g – €340</option><option>25 g – €780</option></select>
<button type="submit" class="single_add_to_cart_button">Add to cart</button></form>
<div class="product_meta">SKU: KC-001 &middot; Category: Dissociatives &middot; Tags: keta, special k, cristal</div>
</div>
</div>
<div class="woocommerce-tabs">
<ul class="tabs"><li class="active">Description</li><li>Additional information</li><li>Reviews (112)</li></ul>
<div class="panel">
<h2>Descripción</h2>
<p>Ketamina en cristal de alta pureza (testada, &gt;98%), en forma de "shards" grandes y brillantes. Sin cortes, sin ver "algo raro" como en la calle. Cada pedido se envía sellado al vacío dentro de un sobre acolchado neutro, sin remitente ni nombres que llamen la atención.</p>
<p><b>Envío:</b> desde dentro de la UE, 24–72 h a toda la península por mensajería; Baleares y Canarias consultar. Si tu pedido no llega, te lo reenviamos gratis (una vez).</p>
<p><b>Pago:</b> Bizum (te damos el número al confirmar), transferencia o Bitcoin/USDT con un 10% de descuento.</p>
<p>Para dudas escríbenos por Telegram: <a href="#">@pureshard_es</a>. Respondemos en menos de una hora.</p>
</div>
<div class="panel"><h2>Additional information</h2><table><tr><th>Weight</th><td>1 g, 5 g, 10 g, 25 g</td></tr><tr><th>Origin</th><td>EU</td></tr></table></div>
</div>
<section class="related products"><h2>Related products</h2><ul><li>2-FDCK – €30.00</li><li>Kit de báscula 0,01 g – €14.90</li></ul></section>
<footer class="site-footer"><p>© 2026 PureShard Store · Built with WooCommerce</p><p><a href="/terms">Terms &amp; conditions</a> · <a href="/refund">Refund policy</a></p></footer>
""", noise="cookie-es")

p("h5812", "https://articulo.mercadopronto.example/MX-1849302217-ketamina-veterinaria-frasco-50-ml", "seller", True, "es",
  "mexican-marketplace-vet-ketamine-listing", "Ketamina Veterinaria 1000 Mg Frasco 10 Ml Envío Gratis | MercadoPronto", """
<header class="nav-header"><a href="/">MercadoPronto</a> <input placeholder="Buscar productos, marcas y más..."> <span>Enviar a Ciudad de México 03100</span> <a href="/ofertas">Ofertas</a> <a href="/login">Ingresa</a> <a href="/cart">🛒</a></header>
<div class="ui-pdp">
<p class="breadcrumb">Animales y Mascotas &gt; Veterinaria &gt; Medicamentos</p>
<p class="subtitle">Nuevo | +50 vendidos</p>
<h1>Ketamina Veterinaria 1000 Mg Frasco 10 Ml Anestésico Caballos Perros</h1>
<p class="price">$ 689 <span class="discount">22% OFF</span></p>
<p>en 6 meses sin intereses de $ 114.83</p>
<p class="shipping">Envío gratis a todo el país &middot; Llega mañana</p>
<p>Stock disponible &middot; Cantidad: 1 unidad (23 disponibles)</p>
<button>Comprar ahora</button> <button>Agregar al carrito</button>
<div class="payment"><h2>Medios de pago</h2><p>Tarjetas de crédito, débito, efectivo en OXXO, 7-Eleven y transferencia SPEI.</p></div>
<div class="seller"><h2>Información sobre el vendedor</h2><p>AGROVET_DEL_BAJIO &middot; León, Guanajuato &middot; MercadoLíder &middot; 1,240 ventas en los últimos 60 días</p></div>
<div class="description"><h2>Descripción</h2>
<p>KETAMINA 100MG/ML FRASCO ÁMPULA 10ML ORIGINAL SELLADO</p>
<p>Anestésico disociativo de uso veterinario. Ideal para ranchos, criaderos y cuadras.</p>
<p>*** NO SE PIDE RECETA *** Enviamos en caja sin logotipos. Facturamos.</p>
<p>Caducidad 2028. Mantener en lugar fresco.</p>
<p>Pregunta antes de comprar, contestamos rápido. También por WhatsApp, pide el número en preguntas.</p></div>
<div class="questions"><h2>Preguntas y respuestas</h2>
<p><b>P:</b> ¿Hacen envíos a Monterrey? ¿Cuántos días? <br><b>R:</b> Sí claro, 1 a 2 días hábiles por paquetería.</p>
<p><b>P:</b> ¿Se puede comprar sin ser veterinario? <br><b>R:</b> Hola, sí, no pedimos cédula ni receta. Saludos.</p>
<p><b>P:</b> ¿Tienen de 50 ml? <br><b>R:</b> Por el momento solo de 10 ml, puede llevar varias piezas.</p>
</div>
</div>
<footer>Copyright © 2026 MercadoPronto S. de R.L. de C.V. &middot; Términos y condiciones &middot; Privacidad</footer>
""")

p("h5813", "https://claridadsalud.example/es/ketamina-en-casa", "telehealth", False, "es",
  "us-telehealth-page-in-spanish", "Tratamiento con ketamina en casa | Claridad Salud (en español)", """
<div class="lang-switch"><a href="/en/at-home-ketamine">English</a> | <b>Español</b></div>
<header><a href="/es/">Claridad Salud</a> <nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/precios">Precios</a> <a href="/es/equipo">Nuestro equipo médico</a> <a href="/es/preguntas">Preguntas frecuentes</a></nav> <a class="btn" href="/es/evaluacion">Empezar</a></header>
<main>
<h1>Ketamina en casa, con un médico que te escucha en tu idioma</h1>
<p>Claridad Salud atiende a adultos que viven en Arizona, California, Nuevo México y Texas. Todo el proceso está disponible en español: la evaluación, las llamadas de seguimiento y los materiales de preparación.</p>
<h2>Cómo funciona</h2>
<ol>
<li><b>Cuestionario inicial (10 min).</b> Nos ayuda a saber si podemos ayudarte. No es una aprobación.</li>
<li><b>Consulta por video con un médico.</b> Una evaluación psiquiátrica completa de 45 a 60 minutos con un profesional con licencia en tu estado. Revisamos tus medicamentos, tu presión arterial y tus antecedentes.</li>
<li><b>Si es adecuado para ti,</b> tu médico emite la receta y nuestra farmacia asociada con licencia te envía las tabletas sublinguales a domicilio, con firma al recibir.</li>
<li><b>Sesiones acompañadas.</b> Antes de cada sesión confirmas tu presión y que tienes a un adulto acompañante en casa. Tu médico ajusta la dosis según cómo respondes.</li>
</ol>
<h2>Nuestro equipo</h2>
<p>Dra. Lucía Carrasco, MD (psiquiatra, licencia en AZ, CA, NM, TX) &middot; Héctor Ibarra, PMHNP-BC &middot; Lic. Ana Sofía Treviño, LPC (integración terapéutica)</p>
<h2>Precios</h2>
<p>Evaluación: $199. Programa de 8 semanas: $899 (incluye medicamento y envío). Aceptamos tarjetas HSA/FSA y planes de pago con Affirm. No facturamos a Medicaid.</p>
<p class="note">No todos los pacientes son candidatos. Si tu médico decide que la ketamina en casa no es segura para ti, te reembolsamos el programa.</p>
</main>
<footer>Claridad Salud Medical Group, P.C. &middot; Si estás en crisis, llama o envía un mensaje al 988 (opción en español). &middot; <a href="/es/privacidad">Aviso de privacidad (HIPAA)</a></footer>
""", noise="cookie")

p("h5814", "https://hospitalsanrafaelnorte.example/servicios/psiquiatria/unidad-esketamina", "clinic", False, "es",
  "madrid-hospital-esketamine-unit", "Unidad de Esketamina y Depresión Resistente · Hospital San Rafael Norte, Madrid", """
<div class="top">Hospital San Rafael Norte · C/ de la Alameda Baja 42, 28034 Madrid · Cita previa 91 000 24 24 · <a href="/area-paciente">Área del paciente</a></div>
<nav><a href="/">Inicio</a> <a href="/especialidades">Especialidades</a> <a href="/cuadro-medico">Cuadro médico</a> <a href="/aseguradoras">Aseguradoras</a> <a href="/pedir-cita">Pedir cita online</a></nav>
<main>
<h1>Unidad de Esketamina y Depresión Resistente</h1>
<p>Nuestra unidad, integrada en el Servicio de Psiquiatría, ofrece tratamiento con esketamina intranasal a pacientes adultos con depresión resistente, en un entorno hospitalario de hospital de día y con monitorización por enfermería especializada.</p>
<h2>¿A quién va dirigida?</h2>
<p>A personas con un episodio depresivo que no ha respondido al menos a dos antidepresivos diferentes a dosis y tiempo adecuados. La indicación la valora siempre un psiquiatra de la unidad en una primera consulta presencial.</p>
<h2>Cómo es una sesión</h2>
<p>El paciente se administra el pulverizador bajo la supervisión de la enfermera. Después permanece en observación un mínimo de dos horas en un box individual, con control de tensión arterial. No se puede conducir ese día, por lo que recomendamos venir acompañado.</p>
<p>Durante las cuatro primeras semanas las sesiones son dos veces por semana; después, semanales o quincenales según evolución.</p>
<h2>Equipo</h2>
<ul><li>Dr. Álvaro Montes Villalba – Psiquiatra, responsable de la unidad</li><li>Dra. Irene Sáez Cuadrado – Psiquiatra</li><li>D. Javier Lorente – Enfermero especialista en Salud Mental</li></ul>
<h2>Tarifas y aseguradoras</h2>
<p>Primera consulta privada: 150 €. El coste de cada sesión de tratamiento depende de la dosis y se facilita por escrito antes de empezar. Consulte en el apartado <a href="/aseguradoras">Aseguradoras</a> si su póliza cubre el tratamiento. Los pacientes derivados desde el Servicio Madrileño de Salud acceden según los circuitos establecidos por su hospital de referencia.</p>
<p><a class="btn" href="/pedir-cita?esp=psiquiatria">Pedir cita</a> o escríbanos por WhatsApp al 600 000 242 (solo gestión de citas).</p>
</main>
<footer>© 2026 Hospital San Rafael Norte · Aviso legal · Política de privacidad · Centro sanitario autorizado por la Comunidad de Madrid</footer>
""", noise="cookie-es")

p("h5815", "https://puntoclaro-analisis.example/resultados/ketamina-otono-2026", "informational", False, "es",
  "spanish-drug-checking-results", "Resultados del servicio de análisis: ketamina (otoño 2026) – Punto Claro", """
<header><a href="/">Punto Claro</a> · Reducción de riesgos y análisis de sustancias <nav><a href="/analisis">Cómo analizar tu muestra</a> <a href="/resultados">Resultados</a> <a href="/alertas">Alertas</a> <a href="/fiestas">En fiestas</a></nav></header>
<article>
<h1>¿Qué había en la "keta" que nos trajisteis este otoño?</h1>
<p class="meta">Publicado el 2 de diciembre de 2026 · Equipo de análisis</p>
<p>Entre septiembre y noviembre analizamos 214 muestras entregadas como ketamina en nuestros puntos de Barcelona, Madrid y Valencia y por correo. Este es el resumen.</p>
<table>
<tr><th>Resultado</th><th>Muestras</th><th>%</th></tr>
<tr><td>Solo ketamina</td><td>151</td><td>70,6 %</td></tr>
<tr><td>Ketamina + otra sustancia (cafeína, MDMA, anestésicos locales)</td><td>24</td><td>11,2 %</td></tr>
<tr><td>2-FDCK u otros análogos, sin ketamina</td><td>27</td><td>12,6 %</td></tr>
<tr><td>Otras (incluye una muestra con un benzodiacepínico de diseño)</td><td>12</td><td>5,6 %</td></tr>
</table>
<h2>Las muestras compradas por internet</h2>
<p>De las 38 muestras que nos dijisteis que se habían comprado "online" (webs con carrito, canales de Telegram, cuentas de Instagram que mandan por correo), solo la mitad contenían ketamina. Varias webs que salen al buscar "comprar ketamina online" venden en realidad 2-FDCK, que tiene una duración y una dosis diferentes. Pagar por Bizum o en criptomonedas no te protege de nada: si no llega o llega otra cosa, no hay reclamación posible.</p>
<h2>Consejos si vas a consumir</h2>
<ul><li>Analiza antes. Es gratuito y anónimo.</li><li>Empieza con una cantidad pequeña y espera: lo que has comprado puede no ser lo que crees.</li><li>No mezcles con alcohol ni con otros depresores.</li><li>Si notas molestias al orinar o sangre en la orina, acude a tu médico de atención primaria y cuéntale que consumes: el uso frecuente daña la vejiga.</li></ul>
<p>En caso de urgencia llama al 112.</p>
</article>
<footer>Punto Claro es un proyecto sin ánimo de lucro financiado por el Plan Nacional sobre Drogas y ayuntamientos. No vendemos ni facilitamos sustancias.</footer>
""", noise="cookie-es")

# =============================================================================== German (5)

p("h5816", "https://labor-reagenzien-direkt.example/shop/arylcyclohexylamine/2-fdck-kristall", "seller", True, "de",
  "german-research-chemical-shop-analogues", "2-FDCK Kristall kaufen – Labor Reagenzien Direkt", """
<div class="topbar">✓ Diskreter Versand innerhalb der EU &nbsp; ✓ Laboranalyse zu jeder Charge &nbsp; ✓ 10 % Rabatt bei Zahlung mit Bitcoin</div>
<header><a class="logo" href="/">LRD &ndash; Labor Reagenzien Direkt</a> <nav><a href="/shop/cannabinoide">Cannabinoide</a> <a href="/shop/arylcyclohexylamine">Arylcyclohexylamine</a> <a href="/shop/tryptamine">Tryptamine</a> <a href="/shop/benzofurane">Benzofurane</a> <a href="/faq">FAQ</a></nav> <a href="/warenkorb">Warenkorb (0)</a></header>
<main>
<p class="crumbs">Startseite &rsaquo; Arylcyclohexylamine &rsaquo; 2-FDCK Kristall</p>
<h1>2-FDCK (2-Fluorodeschloroketamin) Kristall</h1>
<p class="warn"><b>Nur für Forschungszwecke. Nicht für den menschlichen Verzehr.</b> Verkauf ausschließlich an Personen über 18 Jahren.</p>
<table class="staffel">
<tr><th>Menge</th><th>Preis</th><th>Preis/g</th></tr>
<tr><td>1 g</td><td>24,90 €</td><td>24,90 €</td></tr>
<tr><td>5 g</td><td>99,00 €</td><td>19,80 €</td></tr>
<tr><td>10 g</td><td>169,00 €</td><td>16,90 €</td></tr>
<tr><td>25 g</td><td>349,00 €</td><td>13,96 €</td></tr>
</table>
<p>inkl. MwSt., zzgl. Versand &middot; Lieferzeit 2&ndash;4 Werktage</p>
<button>In den Warenkorb</button>
<h2>Produktbeschreibung</h2>
<p>2-FDCK ist ein Arylcyclohexylamin und strukturell mit Ketamin verwandt. Es unterliegt derzeit nicht in allen EU-Ländern dem Betäubungsmittelrecht; bitte prüfen Sie die Rechtslage in Ihrem Land vor der Bestellung. Unsere Ware ist kristallin, HPLC-Reinheit &ge; 99,2 % (Analysezertifikat auf Anfrage).</p>
<p>Ebenfalls erhältlich: <a href="/shop/arylcyclohexylamine/dck">DCK (Deschloroketamin)</a>, <a href="/shop/arylcyclohexylamine/o-pce">O-PCE</a> &ndash; derzeit ausverkauft.</p>
<h2>Versand &amp; Zahlung</h2>
<p>Wir versenden aus den Niederlanden in neutraler Verpackung als Großbrief oder Päckchen, auch an Packstationen. Zahlung per Banküberweisung, Bitcoin, Monero oder Paysafecard. Bei Verlust einmaliger Nachversand.</p>
<h2>Kundenbewertungen</h2>
<p>★★★★★ &bdquo;Schnelle Lieferung, Qualität wie beschrieben, gerne wieder&ldquo; &ndash; M., Leipzig<br>★★★★☆ &bdquo;Paket kam an die Packstation, 3 Tage&ldquo; &ndash; anonym</p>
</main>
<footer><a href="/impressum">Impressum</a> &middot; <a href="/agb">AGB</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; <a href="/widerruf">Widerrufsbelehrung</a></footer>
""", noise="cookie-de")

p("h5817", "https://t-kanal.example/s/ketaexpress_de", "seller", True, "de",
  "german-telegram-ad-snippet-txt", "Keta Express DE 🇩🇪", """
Keta Express DE 🇩🇪 – Top Keta (Nadeln/Shards), 1g 40€ / 5g 170€ / 10g 300€. Versand DHL an Packstation oder Postfiliale, neutral verpackt. Zahlung BTC, LTC oder Paysafe. Kein Rezept, keine Fragen. Bestellungen nur per DM 👉 @keta_express_bot
""", ext="txt")

p("h5818", "https://seelenwerk-online.example/behandlung/therapieresistente-depression", "telehealth", False, "de",
  "german-online-psychiatry-spravato-referral", "Therapieresistente Depression – Online-Psychiatrie | Seelenwerk", """
<header><a href="/">Seelenwerk</a> <span>Psychiatrische Versorgung per Video</span>
<nav><a href="/so-funktionierts">So funktioniert's</a> <a href="/aerztinnen">Unsere Ärztinnen und Ärzte</a> <a href="/kosten">Kosten</a> <a href="/termin">Termin buchen</a></nav></header>
<main>
<h1>Wenn Antidepressiva nicht ausreichend helfen</h1>
<p>Etwa jede dritte Person mit einer Depression spricht auf die ersten Behandlungsversuche nicht ausreichend an. Bei Seelenwerk erhalten Sie innerhalb von 10 Tagen ein ausführliches psychiatrisches Erstgespräch per Video &ndash; ohne Wartezimmer und ohne monatelange Wartezeit.</p>
<h2>Ablauf</h2>
<ol>
<li><b>Erstgespräch (50 Minuten, Video):</b> Eine Fachärztin oder ein Facharzt für Psychiatrie und Psychotherapie erhebt Ihre Vorgeschichte, bisherige Medikamente, Dosierungen und Behandlungsdauer.</li>
<li><b>Befundbericht und Behandlungsplan:</b> Sie und auf Wunsch Ihre Hausärztin erhalten einen schriftlichen Bericht. Rezepte stellen wir als E-Rezept aus, wenn dies medizinisch passt.</li>
<li><b>Weiterbehandlung:</b> Regelmäßige Video-Termine zur Verlaufskontrolle, Medikamentenanpassung und Psychoedukation.</li>
</ol>
<h2>Esketamin-Nasenspray</h2>
<p>Das Nasenspray mit Esketamin ist für Erwachsene mit therapieresistenter Depression zugelassen. Es darf nicht zu Hause angewendet werden: Die Anwendung erfolgt in einer Praxis oder Klinik unter ärztlicher Aufsicht mit anschließender Überwachung. Kommt diese Behandlung für Sie in Frage, überweisen wir Sie an eine unserer Kooperationspraxen (u. a. in Berlin, Hamburg, Köln, München und Frankfurt am Main). Die Verlaufsgespräche können weiterhin bei uns per Video stattfinden.</p>
<h2>Kosten</h2>
<p>Gesetzlich Versicherte: Videosprechstunden sind bei vielen Krankenkassen abrechenbar; bringen Sie Ihre Versichertenkarte zum Einlesen per Online-Check-in mit. Privatversicherte und Selbstzahler: Abrechnung nach GOÄ, Erstgespräch ca. 160&ndash;190 €.</p>
<p class="team">Ärztliche Leitung: Dr. med. Katrin Vogelsang, Fachärztin für Psychiatrie und Psychotherapie; Dr. med. Jonas Albrecht, Facharzt für Psychiatrie und Psychotherapie.</p>
<p><a class="btn" href="/termin">Erstgespräch buchen</a></p>
<p class="crisis">In akuten Krisen: Notruf 112 oder Telefonseelsorge 0800 111 0 111.</p>
</main>
<footer><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; Seelenwerk MVZ GmbH</footer>
""", noise="cookie-de")

p("h5819", "https://ketamin-zentrum-limmat.example/preise", "clinic", False, "de",
  "zurich-infusion-clinic-prices-chf", "Preise & Kostenübernahme – Ketamin-Zentrum Limmat Zürich", """
<header><a href="/">Ketamin-Zentrum Limmat</a> <nav><a href="/behandlung">Behandlung</a> <a href="/team">Team</a> <a href="/preise">Preise</a> <a href="/zuweisende">Für Zuweisende</a> <a href="/kontakt">Kontakt</a></nav> <a href="tel:+41440000000">044 000 00 00</a></header>
<main>
<h1>Preise &amp; Kostenübernahme</h1>
<p>Die Ketamin-Infusionen finden in unseren Räumen an der Limmatstrasse statt. Während jeder Infusion (ca. 40 Minuten) und der anschliessenden Erholungsphase sind eine Ärztin oder ein Arzt und eine Pflegefachperson anwesend.</p>
<table>
<tr><th>Leistung</th><th>CHF</th></tr>
<tr><td>Abklärungsgespräch Psychiatrie (60 Min.)</td><td>280.&ndash;</td></tr>
<tr><td>Ketamin-Infusion inkl. Überwachung</td><td>590.&ndash;</td></tr>
<tr><td>Serie von 6 Infusionen</td><td>3&rsquo;300.&ndash;</td></tr>
<tr><td>Auffrischungsinfusion</td><td>590.&ndash;</td></tr>
</table>
<h2>Übernimmt die Krankenkasse die Kosten?</h2>
<p>Die Ketamin-Infusion ist in der Schweiz eine Off-Label-Anwendung. Die Grundversicherung übernimmt die Kosten nur nach vorgängiger Kostengutsprache durch die Vertrauensärztin oder den Vertrauensarzt Ihrer Krankenkasse. Wir stellen das Gesuch für Sie. Die psychiatrischen Gespräche werden in der Regel über TARMED bzw. den neuen Tarif abgerechnet.</p>
<h2>Bezahlung</h2>
<p>Selbstzahlende erhalten eine Rechnung mit QR-Einzahlungsschein, zahlbar innert 30 Tagen. Vor Ort können Sie auch mit Karte oder TWINT bezahlen.</p>
<h2>Anmeldung</h2>
<p>Wir benötigen eine Zuweisung durch Ihre Psychiaterin / Ihren Psychiater oder Ihre Hausärztin. Formular unter <a href="/zuweisende">Für Zuweisende</a>.</p>
</main>
<footer>Ketamin-Zentrum Limmat AG &middot; Limmatstrasse 000, 8005 Zürich &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutzerklärung</a></footer>
""", noise="cookie-de")

p("h5820", "https://forum.drogenfragen.example/thread/48211-ketashop-serioes-erfahrungen", "informational", False, "de",
  "german-forum-quoting-english-vendor", "„ketadirect-eu“ seriös? Erfahrungen? – Drogenfragen Forum", """
<div class="forum-header"><a href="/">Drogenfragen.example</a> &rsaquo; <a href="/f/dissoziativa">Dissoziativa</a> &rsaquo; Thema <span class="login"><a href="/login">Anmelden</a> | <a href="/register">Registrieren</a></span></div>
<div class="rules-box">Forenregel 3: Keine Bezugsquellen, keine Links zu Shops, kein Handel. Beiträge mit Quellen werden gelöscht.</div>
<h1>„ketadirect-eu“ seriös? Erfahrungen?</h1>
<div class="post" id="p1"><div class="author">nachtfalter_92 &middot; Neu &middot; 3 Beiträge</div><div class="date">14.11.2026, 22:41</div>
<div class="body"><p>Hi zusammen, bin auf eine Seite gestoßen (Link von Mod entfernt), die schreibt Folgendes:</p>
<blockquote>"Pharma grade ketamine HCl shipped from within the EU. No prescription needed, 100% discreet. Pay with BTC for 15% off. Guaranteed delivery or free reship. Contact us on Wickr or Telegram for wholesale prices."</blockquote>
<p>Klingt ja fast zu gut. Hat das jemand schon ausprobiert?</p></div></div>
<div class="post" id="p2"><div class="author">Mod_Lena &middot; Moderatorin</div><div class="date">14.11.2026, 23:05</div>
<div class="body"><p>Link entfernt, siehe Regel 3. Zur Frage: Wir bekommen zu solchen Seiten fast jede Woche Meldungen. „Guaranteed delivery“ plus Bezahlung nur in Bitcoin ist das klassische Muster für Vorkasse-Betrug. Und falls doch was ankommt: Du weißt nicht, was drin ist. Lies dir unseren Artikel zu 2-FDCK als Streckmittel/Ersatz durch.</p></div></div>
<div class="post" id="p3"><div class="author">k_hole_survivor &middot; Stammgast &middot; 1.203 Beiträge</div><div class="date">15.11.2026, 08:17</div>
<div class="body"><p>Dazu kommt: Wenn das Paket beim Zoll hängen bleibt, landet ein Brief vom Zollfahndungsamt bei dir, nicht beim Shop. Bestellung von Betäubungsmitteln ist nach dem BtMG strafbar, auch wenn's &bdquo;nur für den Eigenbedarf&ldquo; ist.</p>
<p>Und ganz ehrlich, wenn du wegen Depressionen fragst (hattest du in einem anderen Thread geschrieben): Esketamin gibt's inzwischen ganz legal beim Psychiater, die Kasse zahlt es bei therapieresistenter Depression. Lohnt sich, das anzusprechen.</p></div></div>
<div class="post" id="p4"><div class="author">nachtfalter_92</div><div class="date">15.11.2026, 12:30</div>
<div class="body"><p>Okay, danke euch. Lasse es dann. Werde mal bei meiner Hausärztin nach einer Überweisung fragen.</p></div></div>
<div class="forum-footer">Drogenfragen.example ist ein Angebot der akzeptierenden Drogenarbeit. Bei Notfällen: 112. <a href="/impressum">Impressum</a></div>
""", noise="cookie-de")

# =============================================================================== French (5)

p("h5821", "https://pharmacie-express-sante.example/ketamine-injectable-500mg", "seller", True, "fr",
  "french-fake-online-pharmacy-no-prescription", "Kétamine injectable 500 mg/10 ml – Pharmacie Express Santé", """
<div class="bandeau">Livraison offerte dès 99 € · Expédition sous 24 h · Paiement 100 % sécurisé</div>
<header><a href="/" class="logo">Pharmacie Express Santé</a>
<nav><a href="/douleur">Douleur</a> <a href="/sommeil">Sommeil &amp; anxiété</a> <a href="/anesthesiques">Anesthésiques</a> <a href="/minceur">Minceur</a> <a href="/erection">Santé sexuelle</a></nav>
<a href="/panier">Mon panier (0)</a></header>
<main>
<h1>Kétamine injectable 50 mg/ml – flacon de 10 ml</h1>
<p class="prix">Prix : <b>69,00 €</b> le flacon · <b>179,00 €</b> les 3 · <b>299,00 €</b> les 6</p>
<p>Disponibilité : <span class="ok">En stock</span> · <b>Sans ordonnance</b></p>
<button>Ajouter au panier</button>
<h2>Indications</h2>
<p>La kétamine est un anesthésique général d'action rapide. Elle est aujourd'hui étudiée dans le traitement de la dépression résistante, des douleurs chroniques et du syndrome de stress post-traumatique. De nombreux patients en France attendent plusieurs mois un rendez-vous en centre hospitalier : nous vous proposons une alternative simple et discrète.</p>
<h2>Posologie</h2>
<p>Se conformer à la notice. En cas de doute, demandez conseil à notre service client.</p>
<h2>Livraison</h2>
<p>Envoi depuis l'Union européenne en Colissimo suivi ou Chronopost, colis neutre sans mention du contenu. France métropolitaine, Belgique, Suisse, Luxembourg. Délai moyen : 2 à 5 jours ouvrés.</p>
<h2>Moyens de paiement</h2>
<p>Virement bancaire, coupons PCS Mastercard ou Transcash (envoyez le code par e-mail après la commande), Bitcoin. Les paiements par carte bancaire sont temporairement indisponibles.</p>
<h2>Avis clients</h2>
<p>★★★★★ « Reçu en 3 jours, emballage très discret. Merci ! » – Sophie, Lille<br>★★★★☆ « Sérieux, un peu long pour la Suisse. » – Marc, Genève</p>
</main>
<footer>© 2026 Pharmacie Express Santé · <a href="/cgv">CGV</a> · <a href="/mentions-legales">Mentions légales</a> · Contact : service-client@pharmacie-express-sante.example</footer>
""", noise="cookie-fr")

p("h5822", "https://petites-annonces-qc.example/montreal/divers/a-vendre-ketamine-k-43902", "seller", True, "fr",
  "quebec-classified-snippet-txt", "K dispo – Montréal et livraison partout au Québec", """
K dispo 🔥 qualité top, 60 $ le gramme ou 250 $ pour 5 g. Livraison en main propre à Montréal/Laval ou envoi par Postes Canada (Xpresspost, emballage discret) partout au Québec. Paiement virement Interac ou crypto. Texte seulement, pas d'appel, pas de questions niaiseuses.
""", ext="txt")

p("h5823", "https://psy-a-distance.example/teleconsultation-depression-resistante", "telehealth", False, "fr",
  "french-teleconsultation-psychiatry-referral", "Dépression résistante : téléconsultation avec un psychiatre | Psy à distance", """
<header><a href="/">Psy à distance</a> <span>Téléconsultation psychiatrique</span>
<nav><a href="/comment-ca-marche">Comment ça marche</a> <a href="/nos-psychiatres">Nos psychiatres</a> <a href="/tarifs">Tarifs et remboursement</a> <a href="/rdv">Prendre rendez-vous</a></nav></header>
<main>
<h1>Dépression résistante : faire le point avec un psychiatre, en vidéo</h1>
<p>Obtenir un rendez-vous chez un psychiatre peut prendre des mois, en particulier dans les départements où il en manque. Nos psychiatres, tous inscrits à l'Ordre des médecins, consultent en vidéo partout en France, y compris en outre-mer.</p>
<h2>Déroulement</h2>
<p><b>1. Prise de rendez-vous</b> sur notre site, avec un créneau sous 7 jours en moyenne. Pensez à être orienté par votre médecin traitant pour bénéficier du meilleur remboursement (parcours de soins coordonnés).</p>
<p><b>2. Téléconsultation</b> de 30 à 45 minutes : histoire de la maladie, traitements déjà essayés (molécules, doses, durée), antécédents, contexte de vie.</p>
<p><b>3. Compte rendu</b> adressé à vous et à votre médecin traitant, avec les propositions thérapeutiques : optimisation du traitement, psychothérapie, stimulation magnétique transcrânienne, électroconvulsivothérapie ou eskétamine.</p>
<h2>Et l'eskétamine ?</h2>
<p>L'eskétamine en spray nasal est réservée à l'usage hospitalier : elle est administrée dans un établissement de santé, sous surveillance, pendant au moins deux heures après chaque prise. Elle ne peut donc pas être prescrite en téléconsultation pour une utilisation à domicile. Si votre psychiatre estime qu'elle est indiquée, il vous adresse à l'un des services hospitaliers partenaires près de chez vous et reste disponible pour le suivi en vidéo entre les séances.</p>
<h2>Tarifs et remboursement</h2>
<p>Consultation en secteur 1 : 55 €, remboursée par l'Assurance Maladie dans les conditions habituelles (carte Vitale demandée lors de la réservation), le complément par votre mutuelle. Certains psychiatres exercent en secteur 2 : le dépassement est affiché avant la réservation. Paiement par carte bancaire à la fin de la consultation.</p>
<p><a class="btn" href="/rdv">Prendre rendez-vous</a></p>
<p class="urgence">En cas d'idées suicidaires, appelez le 3114 (numéro national de prévention du suicide), 24h/24, ou le 15.</p>
</main>
<footer>Psy à distance SAS · Hébergement de données de santé certifié HDS · <a href="/mentions">Mentions légales</a> · <a href="/confidentialite">Confidentialité</a></footer>
""", noise="cookie-fr")

p("h5824", "https://ch-saint-aurele.example/poles/psychiatrie/hopital-de-jour-therapeutiques-innovantes", "clinic", False, "fr",
  "french-hospital-day-unit", "Hôpital de jour des thérapeutiques innovantes – Centre hospitalier Saint-Aurèle, Lyon", """
<div class="bandeau-haut"><a href="/">Centre hospitalier Saint-Aurèle</a> · <a href="/urgences">Urgences</a> · <a href="/paiement-en-ligne">Payer ma facture en ligne</a> · <a href="/recrutement">Recrutement</a></div>
<nav class="fil">Accueil › Pôles et services › Psychiatrie adulte › Hôpital de jour des thérapeutiques innovantes</nav>
<main>
<h1>Hôpital de jour des thérapeutiques innovantes</h1>
<p>L'unité accueille des patients adultes souffrant de dépression résistante ou récurrente, adressés par leur psychiatre ou leur médecin traitant. Elle propose l'eskétamine par voie nasale, la kétamine intraveineuse dans le cadre de protocoles, la rTMS et l'ECT (en lien avec le bloc opératoire).</p>
<h2>Équipe</h2>
<p>Pr Étienne Marchand, chef de service · Dr Claire Benhamou, psychiatre, responsable de l'unité · Dr Yanis Ferhat, psychiatre · équipe infirmière dédiée · secrétariat.</p>
<h2>Comment être pris en charge ?</h2>
<p>Votre médecin adresse un courrier de demande au secrétariat (par messagerie sécurisée de santé ou par courrier). Une première consultation d'évaluation est ensuite programmée. Les délais actuels sont d'environ 6 semaines.</p>
<h2>Le jour de la séance</h2>
<ul><li>Présentez-vous à l'accueil du bâtiment C, 2<sup>e</sup> étage, avec votre carte Vitale et votre carte de mutuelle.</li><li>La séance dure environ 2 h 30 avec la surveillance.</li><li>Vous ne devez pas conduire le jour même : prévoyez un accompagnant ou un transport (bon de transport possible selon votre situation).</li></ul>
<h2>Frais</h2>
<p>Les séances sont prises en charge par l'Assurance Maladie dans le cadre de l'hospitalisation de jour. Le forfait journalier n'est pas facturé en hôpital de jour. Pour toute question sur votre facture, contactez le bureau des admissions ou réglez en ligne.</p>
<p>Secrétariat : 04 00 00 00 00, du lundi au vendredi de 9 h à 16 h 30.</p>
</main>
<footer>Centre hospitalier Saint-Aurèle · 12 rue des Tanneurs, 69000 Lyon · <a href="/accessibilite">Accessibilité</a> · <a href="/donnees-personnelles">Données personnelles</a></footer>
""", noise="cookie-fr")

p("h5825", "https://cabinet-roussel-avocats.example/blog/achat-ketamine-internet-risques-penaux", "informational", False, "fr",
  "french-law-firm-article", "Acheter de la kétamine sur internet : que risquez-vous ? – Cabinet Roussel Avocats", """
<header><a href="/">Cabinet Roussel Avocats</a> <span>Droit pénal · Droit pénal des affaires · Paris 8<sup>e</sup></span>
<nav><a href="/cabinet">Le cabinet</a> <a href="/expertises">Expertises</a> <a href="/honoraires">Honoraires</a> <a href="/blog">Actualités</a> <a href="/contact" class="btn">Prendre rendez-vous</a></nav></header>
<article>
<h1>Acheter de la kétamine sur internet : que risquez-vous ?</h1>
<p class="meta">Par Maître Hélène Roussel, avocate au Barreau de Paris · 28 octobre 2026</p>
<p>Nous sommes de plus en plus souvent consultés par des personnes ayant reçu une convocation au commissariat après l'interception d'un colis. Le schéma est presque toujours le même : une recherche « acheter kétamine en ligne », un site qui ressemble à une pharmacie, un paiement par coupons PCS ou en bitcoins, un colis saisi par les douanes.</p>
<h2>Ce que dit la loi</h2>
<p>La kétamine est classée comme stupéfiant. Son acquisition, sa détention et son importation sans ordonnance sont des infractions prévues par le Code pénal et le Code des douanes. L'importation de stupéfiants est punie de peines très lourdes, même si, en pratique, les poursuites pour de petites quantités destinées à un usage personnel prennent souvent d'autres formes : amende forfaitaire délictuelle, composition pénale, stage de sensibilisation.</p>
<h2>« Mais le site disait que c'était légal »</h2>
<p>Ce n'est pas une défense. Les mentions rassurantes (« pharmacie agréée », « sans ordonnance », « envoi discret depuis l'UE ») n'ont aucune valeur juridique. Une pharmacie en ligne autorisée en France affiche le logo commun européen et ne vend que des médicaments non soumis à prescription.</p>
<h2>Que faire si vous êtes convoqué ?</h2>
<ul><li>Ne vous rendez pas à une audition libre sans avoir consulté un avocat ; vous avez le droit d'être assisté.</li><li>Conservez les éléments de la commande (courriels, preuves de paiement).</li><li>Ne contactez pas le vendeur.</li></ul>
<h2>Honoraires</h2>
<p>Première consultation : 150 € HT (cabinet ou visioconférence). Assistance en audition libre : forfait communiqué sur devis.</p>
<p class="disclaimer">Cet article est fourni à titre d'information générale et ne constitue pas une consultation juridique.</p>
</article>
<footer>Cabinet Roussel Avocats · 00 rue de Miromesnil, 75008 Paris · <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

# =============================================================================== Dutch (5)

p("h5826", "https://rustigwebshop.example/producten/ketamine-hcl", "seller", True, "nl",
  "dutch-ideal-webshop-health-padding", "Ketamine HCl – Rustig Webshop | Voor rust en herstel", """
<div class="usp-balk">✔ Voor 22:00 besteld, morgen in huis &nbsp; ✔ Discreet via brievenbus &nbsp; ✔ Betalen met iDEAL</div>
<header><a href="/" class="logo">Rustig</a> <nav><a href="/producten">Producten</a> <a href="/kennisbank">Kennisbank</a> <a href="/over-ons">Over ons</a> <a href="/klantenservice">Klantenservice</a></nav> <a href="/winkelwagen">Winkelwagen €0,00</a></header>
<main>
<section class="intro">
<h1>Ketamine HCl</h1>
<p>Somberheid, slecht slapen, steeds maar piekeren: bij veel mensen duurt het maanden voordat de huisarts of de GGZ écht iets kan betekenen. De wachtlijsten zijn lang en antidepressiva werken niet voor iedereen. In onze <a href="/kennisbank">kennisbank</a> lees je alles over de nieuwste inzichten rond ketamine en depressie.</p>
</section>
<section class="product">
<div class="variant"><b>1 gram</b> – €35,00</div>
<div class="variant"><b>3 gram</b> – €95,00</div>
<div class="variant"><b>5 gram</b> – €145,00 <span class="tag">populair</span></div>
<div class="variant"><b>10 gram</b> – €260,00</div>
<button>In winkelwagen</button>
<p class="levering">Verzending met PostNL als brievenbuspakje in een neutrale envelop, zonder afzendernaam. België: bpost, 1–2 werkdagen.</p>
<p class="betaal">Betaalmethoden: iDEAL, Bancontact, Tikkie of Bitcoin.</p>
</section>
<section class="info">
<h2>Over ketamine</h2>
<p>Ketamine is oorspronkelijk een verdovingsmiddel dat al tientallen jaren in ziekenhuizen en door dierenartsen wordt gebruikt. De laatste jaren is er veel onderzoek gedaan naar de werking bij depressie: in studies voelden mensen zich soms al binnen een paar uur beter. De werking loopt via het glutamaatsysteem in de hersenen.</p>
<h2>Tips voor gebruik</h2>
<ul><li>Begin laag: een klein beetje is vaak genoeg.</li><li>Gebruik in een rustige, vertrouwde omgeving.</li><li>Combineer niet met alcohol.</li><li>Neem na gebruik geen deel aan het verkeer.</li></ul>
<h2>Veelgestelde vragen</h2>
<p><b>Heb ik een recept nodig?</b> Nee, je bestelt gewoon via de webshop.</p>
<p><b>Is mijn bestelling anoniem?</b> We bewaren je adresgegevens maximaal 14 dagen en de envelop is volledig neutraal.</p>
</section>
</main>
<footer>Rustig Webshop · KvK-nummer op aanvraag · <a href="/voorwaarden">Algemene voorwaarden</a> · <a href="/privacy">Privacy</a> · Vragen? Stuur een appje via WhatsApp</footer>
""", noise="cookie-nl")

p("h5827", "https://keta-gids.example/beste-ketamine-webshops-2026", "seller", True, "nl",
  "flemish-doorway-top5-affiliate", "De 5 beste webshops om ketamine te kopen in België en Nederland (2026, getest)", """
<header><a href="/">Keta-Gids.be</a> <nav><a href="/reviews">Reviews</a> <a href="/dosering">Dosering</a> <a href="/nieuws">Nieuws</a></nav></header>
<article>
<h1>De 5 beste webshops om ketamine te kopen in 2026 (getest)</h1>
<p class="meta">Laatst bijgewerkt: 1 december 2026 · door Wout · Deze pagina bevat affiliate links: als je via onze links bestelt, krijgen wij een kleine commissie.</p>
<p>Keta online bestellen kan tegenwoordig gemakkelijk, maar niet elke shop is betrouwbaar. Wij hebben de afgelopen maanden bij tientallen shops besteld en hun kwaliteit, levertijd en klantenservice vergeleken. Dit is onze top 5 voor Vlaanderen en Nederland.</p>
<ol class="toplijst">
<li><h2>1. KetaNL Direct – beste keuze</h2><p>Levering in 1 dag, betalen met Bancontact of iDEAL, kwaliteit uitstekend. Gebruik code <b>GIDS10</b> voor 10% korting.</p><a class="btn" href="https://ketanl-direct.example/?ref=ketagids">Naar de shop →</a></li>
<li><h2>2. Crystal Clear Pharma (English)</h2><p>Engelstalige shop, verzendt uit Duitsland. "Pharma grade" shards, betalen in crypto. Iets duurder maar altijd aangekomen.</p><a class="btn" href="https://crystalclear-pharma.example/ketamine?aff=kg">Bekijk aanbod →</a></li>
<li><h2>3. Rustig Webshop</h2><p>Fijne shop met veel uitleg, brievenbuspakje via PostNL.</p><a class="btn" href="https://rustigwebshop.example/producten/ketamine-hcl?ref=kg">Naar Rustig →</a></li>
<li><h2>4. K-Express BE</h2><p>Snel naar België, betalen met Payconiq. Kleine minimumbestelling.</p><a class="btn" href="https://k-express-be.example/?r=kg">Bekijk →</a></li>
<li><h2>5. Telegram: @ketabelgie</h2><p>Geen website, maar goede prijzen bij grotere hoeveelheden. Reageert meestal binnen een uur.</p></li>
</ol>
<h2>Waar moet je op letten?</h2>
<p>Kies een shop met reshipgarantie, betaal bij voorkeur met crypto voor je privacy en laat je bestelling nooit naar een adres sturen waar je niet zelf de post ophaalt.</p>
<p class="disclaimer">Deze website is bedoeld voor informatieve doeleinden. Ken de wetgeving in je land.</p>
</article>
<footer>© 2026 Keta-Gids · <a href="/contact">Contact</a></footer>
""", noise="cookie-nl")

p("h5828", "https://helderpunt-ggz.example/behandelingen/depressie-online", "telehealth", False, "nl",
  "dutch-online-ggz-esketamine-referral", "Online behandeling bij depressie | Helderpunt GGZ", """
<header><a href="/">Helderpunt GGZ</a> <span>Specialistische GGZ, volledig online</span>
<nav><a href="/aanmelden">Aanmelden</a> <a href="/wachttijden">Wachttijden</a> <a href="/vergoeding">Vergoeding</a> <a href="/team">Behandelaren</a> <a href="/mijn-helderpunt">Mijn Helderpunt</a></nav></header>
<main>
<h1>Depressie: online behandeling door psychiater en psycholoog</h1>
<p>Bij Helderpunt krijg je specialistische GGZ via beeldbellen en een beveiligde app. Je hebt een verwijzing van je huisarts nodig. De gemiddelde wachttijd voor een intake is op dit moment 5 weken.</p>
<h2>Zo werkt het</h2>
<ol>
<li><b>Aanmelding</b> met de verwijsbrief van je huisarts.</li>
<li><b>Intake via beeldbellen</b> met een psychiater of GZ-psycholoog (BIG-geregistreerd). Samen stellen we een behandelplan op.</li>
<li><b>Behandeling</b>: gesprekken via video, opdrachten in de app en waar nodig medicatie. Recepten sturen we digitaal naar jouw eigen apotheek.</li>
</ol>
<h2>Als eerdere behandelingen niet hebben geholpen</h2>
<p>Heb je al meerdere antidepressiva geprobeerd zonder voldoende effect, dan bespreekt je psychiater ook de mogelijkheden bij therapieresistente depressie, zoals esketamine-neusspray, ECT of rTMS. Esketamine wordt altijd toegediend op een behandellocatie, waarna je onder toezicht blijft. Daarvoor verwijzen we je door naar een van onze partnerklinieken in Utrecht, Rotterdam of Eindhoven. De begeleiding en evaluatie blijven bij ons, online.</p>
<h2>Vergoeding</h2>
<p>Onze behandelingen worden vergoed vanuit de basisverzekering. Wel betaal je je eigen risico (in 2026 &euro; 385), tenzij je dat dit jaar al hebt opgemaakt. We hebben met de meeste zorgverzekeraars een contract.</p>
<p><a class="btn" href="/aanmelden">Aanmelden</a></p>
<p class="crisis">Crisis? Bel je huisarts of huisartsenpost, of 113 Zelfmoordpreventie (0800-0113).</p>
</main>
<footer>Helderpunt GGZ B.V. · AGB-code op aanvraag · <a href="/klachten">Klachtenregeling</a> · <a href="/privacy">Privacyverklaring</a></footer>
""", noise="cookie-nl")

p("h5829", "https://kliniekvanderweide.example/esketamine/praktische-informatie", "clinic", False, "nl",
  "dutch-clinic-practical-info-txt", "Esketamine – praktische informatie | Kliniek Van der Weide", """
Praktische informatie esketamine-behandeling: meld u 10 minuten voor uw afspraak bij de balie op de eerste verdieping. Na het gebruik van de neusspray blijft u minimaal twee uur bij ons in de uitrustkamer; de verpleegkundige meet uw bloeddruk. U mag die dag niet zelf autorijden of fietsen, dus neem iemand mee of bestel een taxi. Parkeren kan in garage Weidepoort (u krijgt een uitrijkaart van de balie).
""", ext="txt")

p("h5830", "https://drugsinfo-lijn.example/drugs/ketamine", "informational", False, "nl",
  "dutch-drug-fact-sheet", "Ketamine | Drugsinfo-lijn", """
<header><a href="/">Drugsinfo-lijn</a> <nav><a href="/drugs">Drugs A-Z</a> <a href="/testen">Drugs laten testen</a> <a href="/hulp">Hulp zoeken</a> <a href="/vraag">Stel je vraag</a></nav> <input placeholder="Zoek een middel"></header>
<main>
<h1>Ketamine</h1>
<p class="lead">Ketamine is een verdovingsmiddel dat in ziekenhuizen en door dierenartsen wordt gebruikt. Als partydrug wordt het ook wel keta, K of special K genoemd.</p>
<div class="tabs"><a href="#werking">Werking</a> <a href="#risicos">Risico's</a> <a href="#wet">Wet</a> <a href="#medisch">Medisch gebruik</a></div>
<h2 id="werking">Werking</h2>
<p>Meestal wordt het gesnoven. Na 5 tot 15 minuten merk je het effect: een gevoel van loskomen van je lichaam, dromerig, en bij een hogere dosis kun je in een &lsquo;K-hole&rsquo; terechtkomen, waarin je nauwelijks nog contact hebt met je omgeving. Het effect duurt ongeveer een uur.</p>
<h2 id="risicos">Risico's</h2>
<ul><li>Vallen en ongelukken doordat je je lichaam slecht voelt en pijn niet merkt.</li><li>Misselijkheid en braken; gevaarlijk als je tegelijk weinig bij bewustzijn bent.</li><li>Bij regelmatig gebruik: blaasklachten (vaak plassen, pijn, bloed in de urine) tot blijvende schade.</li><li>Combinatie met alcohol, GHB of slaapmiddelen kan je ademhaling onderdrukken.</li></ul>
<h2 id="kopen">Keta online kopen?</h2>
<p>We krijgen veel vragen over websites en Telegram-kanalen die keta verkopen en met iDEAL of crypto laten betalen. Je weet nooit wat je krijgt: bij testen bleek &lsquo;ketamine&rsquo; de laatste jaren regelmatig een ander middel te zijn, zoals 2-FDCK. En wordt je pakketje onderschept, dan kun je een strafzaak krijgen. Laat wat je hebt altijd testen bij een testlocatie bij jou in de buurt &ndash; anoniem en voor een paar euro.</p>
<h2 id="wet">Wet</h2>
<p>Ketamine valt onder de Opiumwet. Bezit, handel en invoer zonder recept zijn strafbaar.</p>
<h2 id="medisch">Medisch gebruik</h2>
<p>Esketamine (een variant van ketamine) is als neusspray geregistreerd voor de behandeling van ernstige depressie waarbij andere middelen niet hebben geholpen. Je krijgt het alleen via een psychiater en gebruikt het onder toezicht in een behandelcentrum. Het College ter Beoordeling van Geneesmiddelen heeft er informatie over voor patiënten.</p>
<p class="hulp">Vragen? Bel de Drugsinfo-lijn (werkdagen 13-17 uur) of chat anoniem met ons.</p>
</main>
<footer>Drugsinfo-lijn is een voorlichtingsdienst. Wij verkopen of verstrekken geen middelen.</footer>
""", noise="cookie-nl")

# =============================================================================== Portuguese (5)

p("h5831", "https://cetaminaoriginal-br.example/", "seller", True, "pt",
  "brazilian-whatsapp-pix-seller", "Cetamina Original – Envio para todo o Brasil", """
<div class="faixa">🚚 ENVIO DISCRETO PARA TODO O BRASIL · PAGAMENTO VIA PIX COM 5% OFF</div>
<header><h1 class="logo">Cetamina Original</h1><nav><a href="#produtos">Produtos</a> <a href="#como-comprar">Como comprar</a> <a href="#depoimentos">Depoimentos</a> <a href="#duvidas">Dúvidas</a></nav></header>
<section id="produtos">
<h2>Nossos produtos</h2>
<div class="card"><h3>Cetamina injetável 50 mg/ml – frasco 10 ml</h3><p>Produto lacrado, procedência garantida.</p><p class="preco">R$ 180,00 <small>ou 3 frascos por R$ 480,00</small></p><a class="zap" href="https://wa.example/5511900000000?text=Quero%20a%20cetamina%20injetavel">Pedir no WhatsApp</a></div>
<div class="card"><h3>Ketamina em cristal (pedra) – 1 g</h3><p>Alta pureza, "a famosa key".</p><p class="preco">R$ 150,00 <small>5 g por R$ 600,00</small></p><a class="zap" href="https://wa.example/5511900000000?text=Quero%20o%20cristal">Pedir no WhatsApp</a></div>
<div class="card"><h3>Combo relax</h3><p>Cristal 2 g + balança de precisão.</p><p class="preco">R$ 320,00</p><a class="zap" href="https://wa.example/5511900000000?text=Combo">Pedir no WhatsApp</a></div>
</section>
<section id="como-comprar">
<h2>Como comprar</h2>
<ol><li>Chama no zap e fala o que você quer.</li><li>Faça o Pix ou pague no boleto (Pix tem 5% de desconto).</li><li>Mandamos pelos Correios (SEDEX) em embalagem sem identificação. Código de rastreio no mesmo dia.</li></ol>
<p>Não pedimos receita. Reenvio garantido se o pacote for extraviado.</p>
</section>
<section id="depoimentos"><h2>Depoimentos</h2><p>"Chegou em 2 dias em BH, tudo certinho 👏" – R.</p><p>"Atendimento top, recomendo" – Júlia, Curitiba</p></section>
<section id="duvidas"><h2>Dúvidas frequentes</h2><p><b>Vocês entregam no Nordeste?</b> Sim, para todas as capitais e interior.</p><p><b>É seguro?</b> Seu nome não aparece em lugar nenhum e apagamos a conversa depois da entrega.</p></section>
<footer>© 2026 Cetamina Original · Atendimento pelo WhatsApp das 9h às 23h</footer>
""", noise="cookie-pt")

p("h5832", "https://clinicaonline-bemestar.example/pt/cetamina-sublingual", "seller", True, "pt",
  "portuguese-questionnaire-only-online-clinic", "Cetamina sublingual com consulta online | Clínica Online Bem-Estar", """
<header><a href="/pt/">Clínica Online Bem-Estar</a> <nav><a href="/pt/tratamentos">Tratamentos</a> <a href="/pt/como-funciona">Como funciona</a> <a href="/pt/precos">Preços</a> <a href="/pt/ajuda">Ajuda</a></nav> <a class="btn" href="/pt/questionario">Começar agora</a></header>
<main>
<h1>Ansiedade, depressão, esgotamento? Tratamento com cetamina em casa, sem filas.</h1>
<p>Em Portugal, uma consulta de psiquiatria no SNS pode demorar meses. Connosco, preenche um questionário médico online e recebe o seu tratamento em casa em 24 a 48 horas, por CTT Expresso.</p>
<h2>Como funciona</h2>
<ol>
<li><b>Questionário online (5 minutos).</b> Perguntas sobre o seu humor, sono, medicação e saúde geral.</li>
<li><b>Aprovação imediata.</b> O nosso sistema analisa as suas respostas segundo protocolos definidos por médicos. Na grande maioria dos casos, recebe a aprovação no próprio ecrã.</li>
<li><b>Pagamento e envio.</b> Paga com MB Way, Multibanco ou cartão e enviamos no mesmo dia úteis até às 15h.</li>
</ol>
<p class="nota">Sem videochamada, sem consultas presenciais, sem sala de espera.</p>
<h2>Preços</h2>
<table>
<tr><th>Embalagem</th><th>Dose</th><th>Preço</th></tr>
<tr><td>10 comprimidos sublinguais</td><td>100 mg</td><td>129 €</td></tr>
<tr><td>20 comprimidos sublinguais</td><td>150 mg</td><td>219 €</td></tr>
<tr><td>30 comprimidos sublinguais</td><td>200 mg</td><td>299 €</td></tr>
</table>
<p>Enviamos também para Espanha e para as ilhas (Açores e Madeira, 3 a 5 dias).</p>
<h2>Perguntas frequentes</h2>
<p><b>Preciso de receita do meu médico de família?</b> Não. A receita é emitida pela nossa equipa a partir do questionário.</p>
<p><b>Vou falar com um médico?</b> Pode enviar-nos mensagens pela área de cliente depois da compra.</p>
</main>
<footer>Clínica Online Bem-Estar · Serviço prestado por parceiros na União Europeia · <a href="/pt/termos">Termos</a> · <a href="/pt/privacidade">Política de privacidade</a> · Livro de Reclamações</footer>
""", noise="cookie-pt")

p("h5833", "https://psiquiatria-conecta.example/tratamentos/depressao-resistente", "telehealth", False, "pt",
  "brazilian-telepsychiatry-esketamine-referral", "Depressão resistente – Psiquiatria online | Conecta Psiquiatria", """
<header><a href="/">Conecta Psiquiatria</a> <span>Telemedicina em saúde mental</span>
<nav><a href="/como-funciona">Como funciona</a> <a href="/medicos">Nossos médicos</a> <a href="/valores">Valores</a> <a href="/agendar" class="btn">Agendar consulta</a></nav></header>
<main>
<h1>Depressão resistente ao tratamento: avaliação com psiquiatra por vídeo</h1>
<p>Se você já tomou dois ou mais antidepressivos sem melhora suficiente, uma avaliação especializada pode abrir novas possibilidades. Atendemos pacientes de todo o Brasil por teleconsulta, conforme as normas do Conselho Federal de Medicina para a telemedicina.</p>
<h2>Como funciona</h2>
<ul>
<li><b>Teleconsulta de 50 minutos</b> com psiquiatra com CRM ativo e RQE em Psiquiatria.</li>
<li><b>Receitas digitais</b> com assinatura eletrônica válida em farmácias de todo o país, quando indicado (inclusive receitas de controle especial, dentro do que a legislação permite).</li>
<li><b>Retornos</b> a cada 30 a 60 dias, também por vídeo.</li>
</ul>
<h2>Escetamina (spray nasal)</h2>
<p>A escetamina é aprovada pela Anvisa para depressão resistente, mas a aplicação acontece sempre em clínica ou hospital, com observação do paciente por pelo menos duas horas. Se o seu psiquiatra indicar esse tratamento, você será encaminhado a um dos nossos centros parceiros em São Paulo, Rio de Janeiro, Belo Horizonte, Porto Alegre ou Recife, e o acompanhamento continua aqui, por vídeo.</p>
<h2>Nossos médicos</h2>
<p>Dra. Mariana Teles Guimarães – CRM-SP 000000, RQE 00000 · Dr. Felipe Arantes – CRM-MG 00000, RQE 0000 · Dra. Camila Okumura – CRM-PR 00000, RQE 0000</p>
<h2>Valores</h2>
<p>Primeira consulta R$ 450,00 · Retorno R$ 320,00. Pagamento por Pix ou cartão (até 3x sem juros). Emitimos recibo para reembolso do seu plano de saúde.</p>
<p class="aviso">Em caso de crise, procure o pronto-socorro mais próximo ou ligue para o CVV: 188.</p>
</main>
<footer>Conecta Psiquiatria Serviços Médicos Ltda. · Diretor técnico: Dr. Felipe Arantes, CRM-MG 00000 · <a href="/lgpd">LGPD</a></footer>
""", noise="cookie-pt")

p("h5834", "https://clinicaalvorada-sp.example/infusao-de-cetamina", "clinic", False, "pt",
  "sao-paulo-infusion-clinic-pix-installments", "Infusão de Cetamina em São Paulo | Clínica Alvorada – Moema", """
<div class="topo">📍 Av. Ibirapuera, 0000 – Moema, São Paulo/SP · ☎ (11) 4000-0000 · <a href="https://wa.example/5511910000000">Agende pelo WhatsApp</a></div>
<nav><a href="/">Início</a> <a href="/a-clinica">A clínica</a> <a href="/infusao-de-cetamina">Infusão de cetamina</a> <a href="/escetamina">Escetamina</a> <a href="/equipe">Equipe</a> <a href="/contato">Contato</a></nav>
<main>
<h1>Infusão de cetamina</h1>
<p>A infusão endovenosa de cetamina é uma opção para pacientes com depressão grave ou resistente, ideação suicida persistente e alguns quadros de dor crônica. Na Clínica Alvorada o procedimento é feito em sala individual, com monitorização contínua (pressão arterial, oximetria e frequência cardíaca), sob responsabilidade de médico anestesiologista e acompanhamento do psiquiatra.</p>
<h2>Como é o tratamento</h2>
<p>Antes de tudo você passa por uma consulta de avaliação com nossa psiquiatra. Se houver indicação, o protocolo inicial costuma ser de 6 sessões em 3 semanas. Cada sessão dura cerca de 40 minutos, mais 30 a 60 minutos de recuperação. É obrigatório vir com acompanhante.</p>
<h2>Valores</h2>
<ul>
<li>Consulta de avaliação psiquiátrica: R$ 700,00</li>
<li>Sessão de infusão: R$ 1.400,00</li>
<li>Pacote com 6 sessões: R$ 7.800,00 – em até 10x sem juros no cartão ou 5% de desconto no Pix</li>
</ul>
<p>Não atendemos por convênio, mas fornecemos relatório médico e nota fiscal para solicitação de reembolso.</p>
<h2>Equipe responsável</h2>
<p>Dra. Helena Vasconcelos – Psiquiatra, CRM-SP 000000 · Dr. Ricardo Nunes Pacheco – Anestesiologista, CRM-SP 000000 · Diretor técnico: Dr. Ricardo Nunes Pacheco</p>
<p><a class="btn" href="https://wa.example/5511910000000?text=Quero%20agendar%20uma%20avalia%C3%A7%C3%A3o">Agendar avaliação pelo WhatsApp</a></p>
</main>
<footer>Clínica Alvorada Ltda. · CNPJ 00.000.000/0001-00 · <a href="/privacidade">Política de privacidade (LGPD)</a></footer>
""", noise="cookie-pt")

p("h5835", "https://jornaldonorte.example/sociedade/2026/11/pj-desmantela-rede-cetamina-telegram", "informational", False, "pt",
  "portuguese-news-telegram-ring", "PJ desmantela rede que vendia cetamina pelo Telegram para todo o país – Jornal do Norte", """
<header class="cabecalho"><a href="/">Jornal do Norte</a> <nav><a href="/pais">País</a> <a href="/sociedade">Sociedade</a> <a href="/economia">Economia</a> <a href="/desporto">Desporto</a> <a href="/assinar" class="assinar">Assinar</a></nav></header>
<article>
<h1>PJ desmantela rede que vendia cetamina pelo Telegram para todo o país</h1>
<p class="lead">Quatro detidos no Porto e em Matosinhos. Droga era paga por MB Way e enviada por CTT em envelopes de papelaria.</p>
<p class="autor">Ana Rita Sampaio · 21 de novembro de 2026, 11:42</p>
<p>A Polícia Judiciária deteve esta semana quatro homens, entre os 24 e os 31 anos, suspeitos de integrarem uma rede que vendia cetamina e outras drogas sintéticas através de um canal de Telegram com mais de 6.000 subscritores, segundo comunicado da Diretoria do Norte.</p>
<p>De acordo com a investigação, os clientes escolhiam os produtos a partir de uma "ementa" publicada diariamente no canal &mdash; a cetamina era vendida a 35 euros o grama, com descontos para quantidades a partir de cinco gramas &mdash; e pagavam por MB Way para números de terceiros ou em criptomoeda. As encomendas seguiam por correio registado, dissimuladas em envelopes de uma falsa loja de papelaria online.</p>
<p>Nas buscas foram apreendidos cerca de 2,3 quilos de cetamina, balanças de precisão, mais de 1.500 envelopes já etiquetados e 18 mil euros em numerário.</p>
<p>Fonte policial explicou ao Jornal do Norte que a maioria dos compradores eram jovens adultos e que a rede recorria a anúncios em redes sociais com frases como "keta sem stress, entrega em todo o país".</p>
<p>A cetamina é um anestésico de uso hospitalar e veterinário. Uma forma derivada, a escetamina, é usada em Portugal no tratamento da depressão resistente, sempre em meio hospitalar. Os especialistas alertam para os danos na bexiga associados ao consumo frequente.</p>
<p>Os detidos vão ser presentes a juiz para aplicação de medidas de coação.</p>
<aside><h3>Leia também</h3><ul><li>Consumo de cetamina entre jovens duplica em cinco anos, diz relatório</li><li>Festivais de verão vão ter pontos de análise de substâncias</li></ul></aside>
</article>
<footer>© 2026 Jornal do Norte · Estatuto editorial · Ficha técnica · Contactos</footer>
""", noise="cookie-pt")

# =============================================================================== Italian (5)

p("h5836", "https://benessere-naturale-shop.example/prodotto/ketamina-cristalli", "seller", True, "it",
  "italian-telegram-postepay-seller-padded", "Ketamina cristalli – Benessere Naturale Shop", """
<div class="cookie-it">Questo sito utilizza cookie tecnici e di profilazione. Proseguendo la navigazione accetti l'utilizzo dei cookie. <button>Accetto</button> <a href="/cookie-policy">Maggiori informazioni</a></div>
<header><a href="/" class="logo">Benessere Naturale</a> <nav><a href="/categoria/integratori">Integratori</a> <a href="/categoria/cbd">CBD</a> <a href="/categoria/relax">Relax</a> <a href="/blog">Blog</a> <a href="/contatti">Contatti</a></nav> <a href="/carrello">Carrello (0)</a></header>
<main>
<nav class="crumbs">Home › Relax › Ketamina cristalli</nav>
<h1>Ketamina cristalli (Special K)</h1>
<p class="prezzo">da € 50,00</p>
<select><option>1 g – € 50,00</option><option>5 g – € 210,00</option><option>10 g – € 380,00</option></select>
<button>Aggiungi al carrello</button>
<p class="disp">Disponibile · Spedizione in 24/48h con corriere espresso o Poste Italiane, pacco anonimo.</p>
<h2>Descrizione</h2>
<p>Lo stress della vita quotidiana, il lavoro, l'ansia: sempre più persone cercano un modo per staccare e ritrovare l'equilibrio. Insieme ai nostri integratori di magnesio, melatonina e ashwagandha, offriamo una selezione di prodotti per il rilassamento profondo, scelti con cura per qualità e purezza.</p>
<p>La ketamina è un anestetico dissociativo studiato anche in ambito psichiatrico. I nostri cristalli sono testati in laboratorio (purezza &gt; 97%).</p>
<h2>Pagamento</h2>
<p>Ricarica PostePay, bonifico istantaneo o Bitcoin. Per gli ordini sopra i 200 € contattaci su Telegram <a href="#">@benessere_ordini</a> per un prezzo riservato.</p>
<h2>Recensioni</h2>
<p>★★★★★ «Arrivato in due giorni a Bologna, confezione discreta, tutto perfetto» – Luca<br>★★★★★ «Qualità ottima, tornerò» – Giulia, Bari</p>
<aside class="correlati"><h3>Potrebbe interessarti anche</h3><ul><li>Melatonina 1 mg – € 9,90</li><li>Olio CBD 10% – € 39,00</li><li>Bilancino di precisione – € 12,50</li></ul></aside>
</main>
<footer>Benessere Naturale Shop · P.IVA in aggiornamento · <a href="/termini">Termini e condizioni</a> · <a href="/privacy">Privacy</a> · <a href="/spedizioni">Spedizioni e resi</a></footer>
""")

p("h5837", "https://mentecura-televisite.example/servizi/depressione-resistente", "telehealth", False, "it",
  "italian-televisita-psichiatrica", "Depressione resistente: televisita psichiatrica | MenteCura", """
<div class="cookie-it">Utilizziamo solo cookie tecnici e, previo consenso, cookie analitici. <button>Accetta</button> <button>Rifiuta</button></div>
<header><a href="/">MenteCura</a> <span>Psichiatria e psicoterapia in televisita</span>
<nav><a href="/come-funziona">Come funziona</a> <a href="/specialisti">Gli specialisti</a> <a href="/tariffe">Tariffe</a> <a href="/prenota" class="btn">Prenota una televisita</a></nav></header>
<main>
<h1>Depressione che non migliora? Parlane con uno psichiatra, da casa</h1>
<p>MenteCura mette in contatto pazienti di tutta Italia con medici psichiatri iscritti all'Ordine dei Medici, attraverso una piattaforma di videochiamata sicura. La televisita ha lo stesso valore di una visita ambulatoriale: lo specialista raccoglie l'anamnesi, valuta le terapie già provate e ti consegna una relazione scritta.</p>
<h2>Prescrizioni</h2>
<p>Se necessario, lo psichiatra può emettere una ricetta elettronica (ricetta bianca dematerializzata) da presentare in qualsiasi farmacia con il codice NRE e la tessera sanitaria.</p>
<h2>Esketamina spray nasale</h2>
<p>Per la depressione resistente può essere presa in considerazione l'esketamina spray nasale. In Italia il farmaco viene somministrato esclusivamente presso strutture autorizzate, sotto osservazione medica, e non può essere utilizzato a domicilio. Se lo specialista ritiene che sia indicato, ti invia con una relazione a un centro convenzionato o al Centro di Salute Mentale di riferimento, e continua a seguirti con controlli in televisita.</p>
<h2>Specialisti</h2>
<ul><li>Dott.ssa Francesca Lombardi – Psichiatra, Ordine dei Medici di Milano</li><li>Dott. Giorgio Santoro – Psichiatra e psicoterapeuta, Ordine dei Medici di Roma</li><li>Dott.ssa Chiara Esposito – Psichiatra, Ordine dei Medici di Napoli</li></ul>
<h2>Tariffe</h2>
<p>Prima televisita (50 minuti): 120 €. Controllo: 80 €. Pagamento con carta, PayPal o Satispay al momento della prenotazione. La fattura è detraibile come spesa sanitaria nella dichiarazione dei redditi.</p>
<p class="emergenza">In caso di emergenza chiama il 112 o il 118.</p>
</main>
<footer>MenteCura S.r.l. · Direttore sanitario: Dott. Giorgio Santoro · <a href="/privacy">Informativa privacy</a></footer>
""")

p("h5838", "https://psichiatraonline-ticino.example/faq/ketamina", "telehealth", False, "it",
  "italian-telepsychiatry-faq-snippet-txt", "FAQ – Si può avere la ketamina con una televisita? | Psichiatra Online Ticino", """
Posso ricevere la ketamina a casa dopo la televisita? No: la nostra psichiatra ti valuta in videochiamata e, se un trattamento con ketamina o esketamina è indicato, ti indirizza a un centro a Lugano o Bellinzona dove viene somministrato sotto controllo medico. Prima televisita CHF 180, rimborsabile dall'assicurazione di base; pagamento con carta o TWINT.
""", ext="txt")

p("h5839", "https://centrosolaris-milano.example/trattamenti/ketamina-esketamina", "clinic", False, "it",
  "milan-clinic-tariffario-whatsapp", "Ketamina ed esketamina – Tariffario | Centro Medico Solaris Milano", """
<div class="cookie-it">Questo sito usa cookie. <a href="#">Personalizza</a> <button>OK</button></div>
<div class="top">Centro Medico Solaris · Via dei Giardini 00, 20121 Milano (M3 Turati) · Tel. 02 0000 0000 · <a href="https://wa.example/393400000000">Prenota su WhatsApp</a></div>
<nav><a href="/">Home</a> <a href="/chi-siamo">Chi siamo</a> <a href="/trattamenti">Trattamenti</a> <a href="/medici">I nostri medici</a> <a href="/convenzioni">Convenzioni</a> <a href="/contatti">Contatti</a></nav>
<main>
<h1>Terapia con ketamina ed esketamina</h1>
<p>Il nostro ambulatorio di psichiatria interventistica offre infusioni endovenose di ketamina e somministrazione di esketamina spray nasale per pazienti adulti con depressione resistente, dopo una visita psichiatrica di valutazione presso il Centro. Ogni seduta avviene in una stanza dedicata con monitoraggio dei parametri vitali, alla presenza del medico e dell'infermiere.</p>
<h2>Tariffario 2026</h2>
<table>
<tr><th>Prestazione</th><th>Tariffa</th></tr>
<tr><td>Prima visita psichiatrica</td><td>€ 180</td></tr>
<tr><td>Seduta di infusione di ketamina (comprensiva di monitoraggio)</td><td>€ 450</td></tr>
<tr><td>Ciclo iniziale di 6 sedute</td><td>€ 2.500</td></tr>
<tr><td>Seduta di esketamina (somministrazione e osservazione, farmaco escluso)</td><td>€ 220</td></tr>
<tr><td>Visita di controllo</td><td>€ 120</td></tr>
</table>
<p>Pagamento in sede con bancomat, carta di credito o Satispay. È richiesto un acconto di € 150 al momento della prenotazione del ciclo, tramite bonifico. Convenzioni con i principali fondi sanitari integrativi: verificare la copertura prima della prima seduta.</p>
<h2>Informazioni utili</h2>
<p>Dopo la seduta non è possibile guidare: vi chiediamo di venire accompagnati. Portare la documentazione clinica e l'elenco dei farmaci assunti.</p>
<p><a class="btn" href="https://wa.example/393400000000?text=Vorrei%20prenotare%20una%20prima%20visita">Scrivici su WhatsApp</a> oppure chiama la segreteria dal lunedì al venerdì, 8:30–19:00.</p>
<p class="resp">Direttore sanitario: Dott. Marco Bellandi, medico chirurgo specialista in Anestesia e Rianimazione.</p>
</main>
<footer>Centro Medico Solaris S.r.l. · Struttura sanitaria autorizzata · <a href="/privacy">Privacy</a> · <a href="/cookie">Cookie policy</a></footer>
""")

p("h5840", "https://prontuario-vet.example/principi-attivi/ketamina-cloridrato", "informational", False, "it",
  "italian-veterinary-formulary-entry", "Ketamina cloridrato – Prontuario Veterinario Online", """
<header><a href="/">Prontuario Veterinario Online</a> <form><input placeholder="Cerca principio attivo o specialità"></form> <nav><a href="/az">A–Z</a> <a href="/specie">Per specie</a> <a href="/normativa">Normativa</a> <a href="/abbonati">Abbonati</a></nav></header>
<main>
<h1>Ketamina cloridrato</h1>
<p class="classe">Anestetico generale dissociativo · ATCvet QN01AX03</p>
<p class="avviso">Sostanza stupefacente. Medicinale soggetto a prescrizione veterinaria secondo la normativa sugli stupefacenti; detenzione e registrazione nel registro di carico e scarico a cura del medico veterinario responsabile della struttura.</p>
<h2>Specialità in commercio</h2>
<p>Soluzione iniettabile 100 mg/ml, flaconi da 10 ml e 25 ml (diverse ditte). Consultare il riassunto delle caratteristiche del prodotto della singola specialità.</p>
<h2>Specie di destinazione e dosaggi indicativi</h2>
<table>
<tr><th>Specie</th><th>Via</th><th>Dose indicativa</th><th>Note</th></tr>
<tr><td>Gatto</td><td>IM</td><td>5–10 mg/kg</td><td>in associazione con alfa-2 agonisti o benzodiazepine</td></tr>
<tr><td>Cane</td><td>IV</td><td>5–7 mg/kg</td><td>mai da sola; premedicazione obbligatoria</td></tr>
<tr><td>Cavallo</td><td>IV</td><td>2,2 mg/kg</td><td>dopo sedazione con xilazina o detomidina</td></tr>
</table>
<p class="small">I dosaggi sono indicativi e non sostituiscono il foglietto illustrativo né il giudizio clinico del veterinario.</p>
<h2>Controindicazioni</h2>
<p>Ipertensione, cardiomiopatia ipertrofica felina, aumento della pressione intracranica o intraoculare, insufficienza epatica o renale grave.</p>
<h2>Tempi di attesa</h2>
<p>Non autorizzato in animali le cui carni o il cui latte sono destinati al consumo umano, salvo diverse indicazioni della specialità.</p>
<h2>Uso improprio</h2>
<p>Le strutture veterinarie sono state più volte bersaglio di furti di ketamina. Conservare in armadio chiuso a chiave e segnalare eventuali ammanchi alle autorità.</p>
</main>
<footer>Prontuario Veterinario Online · Contenuti per medici veterinari e studenti · Ultimo aggiornamento: novembre 2026</footer>
""")

save(OUT, R)
