# Batch 140 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Polished fronts". Unregulated ketamine sellers with a professional front (a 'wellness
# clinic', an 'online pharmacy', a 'compounding lab', a 'research supplier', a 'concierge doctor'
# service, a 'patient access programme', an EU 'Versandapotheke', a Brazilian 'farmacia', a doorway
# 'guide') whose pages read calmly and medically; the giveaway is small and specific to how the
# business works: who approves (a care coordinator, an automatic partner doctor, a pharmacist on
# WhatsApp), what is shipped where (Spravato devices to the home, kits to a hotel suite, reshipping
# from an overseas dispensary), how payment works (Bitcoin ATM, PCS coupons, USDT), what is never
# asked (records, ID, a video visit, whose name is on the order). Next to them genuine telehealth
# services, infusion/REMS/KAP clinics, a licensed compounding pharmacy and wholesaler with the same
# polish, and informational pages (news, regulator alerts, harm reduction, forum, patient association)
# about such fronts.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, footers), medium pages, short notices,
# navigation-heavy location and catalogue pages, partial pages (FAQ fragments without chrome), one
# bot-check page decided by its URL, and a few plain-text excerpts (customer e-mail, forum thread,
# telehealth help-centre answer).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch140.py (writes batch140/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch140")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers with a polished front

p("h14001", "https://stillwater-wellness-clinic.example/at-home-ketamine-therapy", "seller", True, "en",
  "front-wellness-clinic-landing-coordinator-approval", "At-Home Ketamine Therapy | Stillwater Wellness Clinic", """
<header class="site-header">
<a class="logo" href="/">Stillwater <span>Wellness Clinic</span></a>
<nav><a href="/at-home-ketamine-therapy">At-Home Therapy</a> <a href="/how-it-works">How It Works</a> <a href="/our-team">Our Team</a> <a href="/pricing">Plans &amp; Pricing</a> <a href="/journal">Journal</a> <a href="/faq">FAQ</a> <a class="btn" href="/start">Start your wellness profile</a></nav>
</header>
<main>
<section class="hero">
<h1>Calm, evidence-informed ketamine therapy &mdash; in the comfort of home</h1>
<p>Depression, anxiety and burnout respond differently to different approaches. For many adults, low-dose ketamine offers relief that conventional medications have not. Stillwater makes that option accessible, private and affordable, wherever you live in the continental United States.</p>
<a class="btn" href="/start">See if you're a fit &rarr;</a>
<p class="trust">Physician-led protocols &middot; HIPAA-conscious platform &middot; 11,000+ members supported</p>
</section>
<section class="pillars">
<div><h3>Thoughtful protocols</h3><p>Our dosing framework was developed under the guidance of our Medical Director, Robert Haskell, MD, and follows published research on sublingual ketamine for mood.</p></div>
<div><h3>Integration support</h3><p>Every plan includes guided journaling prompts, a curated music library and optional group integration circles on Zoom.</p></div>
<div><h3>Privacy first</h3><p>Your information is encrypted at rest. Medication arrives in plain, professional packaging with no clinic branding.</p></div>
</section>
<section class="how" id="approval">
<h2>How approval works</h2>
<ol>
<li><strong>Complete your wellness profile.</strong> About six minutes of questions about your mood, sleep, goals and general health.</li>
<li><strong>Care Coordination review.</strong> A member of our Care Coordination Team reviews your profile and, in most cases, approves your plan the same business day. There is no video appointment to schedule &mdash; we believe in removing the barriers that keep people from care.</li>
<li><strong>Your first shipment.</strong> Your starter supply of sublingual tablets ships within 48 hours of approval, with your welcome guide and a blood-pressure log card.</li>
<li><strong>Check in by message.</strong> Reply to your weekly check-in text and your coordinator will adjust your plan as needed.</li>
</ol>
<p class="note">We never ask you to upload medical records, a photo ID or a referral letter. Your wellness profile is all we need to get started.</p>
</section>
<section class="plans">
<h2>Plans</h2>
<div class="plan"><h3>Starter</h3><p>6 sublingual ketamine tablets (up to 200&nbsp;mg) &middot; integration guide &middot; coordinator messaging</p><p class="price">$249</p><a href="/start?plan=starter">Choose Starter</a></div>
<div class="plan featured"><h3>Renewal</h3><p>12 tablets, refilled every 4 weeks &middot; integration circles &middot; priority coordinator</p><p class="price">$399 / month</p><a href="/start?plan=renewal">Choose Renewal</a></div>
<div class="plan"><h3>Partner pack</h3><p>Two members, one household, one shipment. 20 tablets.</p><p class="price">$649</p><a href="/start?plan=partner">Choose Partner</a></div>
<p class="small">HSA/FSA cards welcome where accepted. Plans renew automatically; pause or cancel any time from your dashboard.</p>
</section>
<section class="testimonials">
<blockquote>"I'd been on three SSRIs. Within a week of my first Stillwater session I felt like I could breathe again." &mdash; <cite>Danielle, Ohio</cite></blockquote>
<blockquote>"Simple from start to finish. Approved before lunch, tablets on Thursday." &mdash; <cite>Marcus, Texas</cite></blockquote>
</section>
</main>
<footer>
<p>Stillwater Wellness Clinic LLC &middot; 1209 Orange Street, Wilmington, DE 19801</p>
<p>Stillwater provides wellness programs and is not a substitute for emergency care. If you are in crisis, call or text 988.</p>
<p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/medical-disclaimer">Medical disclaimer</a></p>
</footer>
""", noise="cookie")

p("h14002", "https://northgate-pharmacy.example/products/ketamine-nasal-spray-100mg-ml", "seller", True, "en",
  "front-online-pharmacy-product-free-consultation-reship", "Ketamine HCl Nasal Spray 100 mg/mL, 10 mL | NorthGate Pharmacy", """
<div class="topbar">Licensed dispensing &middot; Secure checkout &middot; Pharmacist support 7 days a week</div>
<header><a class="logo" href="/">NorthGate <b>Pharmacy</b></a>
<form class="search" action="/search"><input name="q" placeholder="Search medicines, conditions..."></form>
<nav><a href="/c/mental-health">Mental Health</a> <a href="/c/pain">Pain</a> <a href="/c/sleep">Sleep</a> <a href="/c/mens-health">Men's Health</a> <a href="/c/weight">Weight</a> <a href="/how-to-order">How to order</a> <a href="/account">Account</a> <a href="/cart">Basket</a></nav></header>
<main class="pdp">
<p class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/c/mental-health">Mental Health</a> &rsaquo; Ketamine HCl Nasal Spray</p>
<h1>Ketamine HCl Nasal Spray 100&nbsp;mg/mL &ndash; 10&nbsp;mL metered bottle</h1>
<p class="rx-badge">Prescription medicine</p>
<p>Preservative-free ketamine hydrochloride in a metered nasal pump delivering 10&nbsp;mg per actuation. Used off-label in the management of treatment-resistant depression and chronic pain under medical supervision.</p>
<table class="pack">
<tr><th>Pack</th><th>Price</th><th>Per bottle</th></tr>
<tr><td>1 bottle</td><td>$189.00</td><td>$189.00</td></tr>
<tr><td>2 bottles</td><td>$349.00</td><td>$174.50</td></tr>
<tr><td>3 bottles</td><td>$489.00</td><td>$163.00</td></tr>
</table>
<form action="/cart/add" method="post"><select name="pack"><option>1 bottle</option><option>2 bottles</option><option>3 bottles</option></select>
<fieldset><legend>Prescription</legend>
<label><input type="radio" name="rx" value="upload"> I will upload my prescription</label>
<label><input type="radio" name="rx" value="consult" checked> Free online consultation (no extra charge)</label>
</fieldset>
<button>Add to basket</button></form>
<details open><summary>About the free online consultation</summary>
<p>If you do not yet have a prescription, choose the free online consultation at checkout. Our affiliated physician reviews the notes you add to your order and issues the prescription, which is then dispensed by our partner dispensary. Most consultations are completed before your order is packed.</p></details>
<details><summary>Shipping</summary>
<p>Orders are dispatched from our international dispensary and typically arrive in 10&ndash;14 working days. All parcels are tracked. In the rare event that a parcel is held by customs, we will reship your order free of charge &mdash; simply contact support with your tracking number.</p></details>
<details><summary>Storage</summary><p>Store below 25&nbsp;&deg;C. Do not freeze. Discard 28 days after first use.</p></details>
<details><summary>Side effects</summary><p>Dissociation, dizziness, nausea, increased blood pressure and sedation are common. Do not drive for 24 hours after use.</p></details>
<section class="reviews"><h2>Customer reviews (4.8 / 5)</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; "Second order, arrived faster this time." &ndash; Jenna R.</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; "One parcel got stuck, they resent it without any fuss." &ndash; Paul T.</p></section>
</main>
<footer><p>NorthGate Pharmacy is an online prescription service. Pharmacy dispensing partners operate under the laws of their respective jurisdictions.</p>
<p><a href="/about">About</a> | <a href="/verify">Verify our pharmacy</a> | <a href="/returns">Returns</a> | <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h14003", "https://halcyon-reference.example/catalog/arylcyclohexylamines/2-fdck-hcl", "seller", True, "en",
  "front-research-supplier-reference-standard", "2-Fluorodeschloroketamine HCl (2F-DCK) | Halcyon Reference Materials", """
<header><a class="logo" href="/">HALCYON <small>Reference Materials</small></a>
<nav><a href="/catalog">Catalogue</a> <a href="/catalog/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/quality">Quality &amp; COA</a> <a href="/institutional">Institutional accounts</a> <a href="/shipping">Shipping</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>2-Fluorodeschloroketamine hydrochloride</h1>
<table class="spec">
<tr><th>Catalogue no.</th><td>HRM-AC-0412</td></tr>
<tr><th>Synonyms</th><td>2F-DCK; 2-(2-fluorophenyl)-2-(methylamino)cyclohexan-1-one HCl</td></tr>
<tr><th>Formula</th><td>C<sub>13</sub>H<sub>16</sub>FNO &middot; HCl</td></tr>
<tr><th>Purity</th><td>&ge; 99.5% (HPLC), identity by <sup>1</sup>H-NMR and GC-MS</td></tr>
<tr><th>Form</th><td>White crystalline solid</td></tr>
<tr><th>Storage</th><td>Room temperature, protect from light and moisture</td></tr>
</table>
<p><a href="/coa/HRM-AC-0412-B2611.pdf">Certificate of analysis, batch B2611 (PDF)</a></p>
<h2>Pricing</h2>
<table class="price"><tr><th>Quantity</th><th>Price (EUR)</th></tr>
<tr><td>1 g</td><td>38.00</td></tr><tr><td>5 g</td><td>145.00</td></tr><tr><td>10 g</td><td>240.00</td></tr><tr><td>25 g</td><td>480.00</td></tr></table>
<form action="/basket" method="post"><input type="number" name="qty" value="1"> <button>Add to basket</button></form>
<p class="legal">For in-vitro laboratory research and analytical reference only. Not for human or veterinary use. Not a medicine, food or cosmetic. The purchaser confirms compliance with all local regulations.</p>
<h2>Ordering notes</h2>
<ul>
<li>Institutional accounts are optional. Orders up to 25&nbsp;g can be placed as a private researcher without a purchase order or affiliation.</li>
<li>Material is packed in a heat-sealed mylar pouch inside a plain padded envelope; no product names appear on the outer packaging.</li>
<li>Payment by SEPA bank transfer or Bitcoin / Monero (5% reduction applied at checkout).</li>
<li>Dispatch within 24 hours on working days. EU-wide tracked delivery, UK and Switzerland on request.</li>
</ul>
<h3>Related materials</h3>
<p><a href="/catalog/arylcyclohexylamines/dck-hcl">Deschloroketamine HCl</a> &middot; <a href="/catalog/arylcyclohexylamines/mxe">Methoxetamine HCl</a> &middot; <a href="/catalog/arylcyclohexylamines/o-pce">O-PCE HCl</a></p>
</main>
<footer><p>Halcyon Reference Materials supplies analytical standards to laboratories, universities and forensic services. &copy; 2026</p></footer>
""")

p("h14004", "https://meridian-concierge-md.example/services/ketamine-wellness", "seller", True, "en",
  "front-concierge-doctor-hotel-kit-usdt", "Ketamine Wellness Sessions | Meridian Concierge Medicine", """
<header><a class="logo" href="/">MERIDIAN <span>Concierge Medicine</span></a>
<nav><a href="/services">Services</a> <a href="/services/iv-hydration">IV Hydration</a> <a href="/services/ketamine-wellness">Ketamine Wellness</a> <a href="/membership">Membership</a> <a href="/hotels">Hotel partners</a> <a href="/contact">Concierge line</a></nav></header>
<main>
<h1>Ketamine wellness, delivered with discretion</h1>
<p class="lede">For executives, performers and travellers who value their time and their privacy, Meridian brings physician-directed ketamine wellness sessions to your residence, villa or hotel suite in Miami, Las Vegas and Los Angeles.</p>
<h2>Two ways to experience Meridian</h2>
<div class="option"><h3>Attended session</h3>
<p>A Meridian clinician arrives with everything required, stays with you throughout and leaves when you are settled. Sessions last approximately 90 minutes. From $1,200.</p></div>
<div class="option"><h3>Private kit</h3>
<p>For returning guests and those who prefer to self-administer. A sealed Meridian kit containing four pre-measured ketamine lozenges, a wellness playlist card and an eye mask is delivered by our courier to your suite or left with your hotel concierge, usually within 90 minutes. From $680.</p></div>
<h2>Booking</h2>
<p>Message our concierge line on Signal or Telegram with your location and preferred time. There is no need to provide a diagnosis or records: Meridian sessions are wellness experiences, and our medical director signs off on every kit before dispatch.</p>
<p>Settlement is by Apple Pay, Zelle or USDT at the time of booking. Receipts are issued under the name Meridian Lifestyle Services.</p>
<h2>Also available</h2>
<p>Recovery IV drips &middot; NAD+ &middot; Vitamin injections &middot; Oxygen &middot; Post-flight recovery</p>
</main>
<footer><p>Meridian Concierge Medicine &middot; Private services &middot; Not for medical emergencies</p></footer>
""")

p("h14005", "https://esketamine-access-programme.example/eligibility", "seller", True, "en",
  "front-patient-access-programme-home-shipping", "Eligibility | Esketamine Patient Access Programme", """
<header><a class="logo" href="/">EPAP <small>Esketamine Patient Access Programme</small></a>
<nav><a href="/">Home</a> <a href="/about-the-programme">About</a> <a href="/eligibility">Eligibility</a> <a href="/apply">Apply</a> <a href="/faq">FAQ</a> <a href="/prescribers">For prescribers</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Who can join the programme?</h1>
<p>The Esketamine Patient Access Programme was established to help adults living with treatment-resistant depression who cannot reach or afford a certified treatment centre. We believe distance and cost should not decide who recovers.</p>
<h2>You may be eligible if you:</h2>
<ul>
<li>are 18 years of age or older;</li>
<li>have tried at least two antidepressants without adequate response;</li>
<li>live more than 50 miles from a treatment centre, or have been placed on a waiting list, or cannot afford treatment through your insurance.</li>
</ul>
<h2>What you will need</h2>
<p>A photo of any previous antidepressant prescription label or pharmacy receipt. Prescriber enrolment is optional: where you do not have a participating prescriber, the programme pharmacist can authorise supply on the basis of your treatment history.</p>
<h2>How supply works</h2>
<p>Once enrolled, you receive a starter pack of three 28&nbsp;mg esketamine nasal devices, shipped to your home in a temperature-stable pack with an administration guide and a video link. Continuation packs are sent every four weeks.</p>
<h2>Programme contribution</h2>
<p>Members contribute towards programme costs on a sliding scale ($180&ndash;$420 per pack). Contributions are paid by international bank transfer to our programme administrator; details are sent with your enrolment letter.</p>
<a class="btn" href="/apply">Start your application</a>
</main>
<footer><p>EPAP is an independent access initiative and is not affiliated with any manufacturer. &copy; 2026</p></footer>
""")

p("h14006", "https://cresthaven-compounding.example/faq/ketamine-rdt", "seller", True, "en",
  "front-compounding-lab-faq-partial-questionnaire", "Ketamine RDT FAQ | Cresthaven Compounding Lab", """
<section class="faq" id="ketamine-rdt">
<h2>Ketamine rapid-dissolve tablets &mdash; frequently asked questions</h2>
<h3>What strengths do you compound?</h3>
<p>We compound ketamine HCl rapid-dissolve tablets (RDTs) in 100, 150, 200, 300 and 400&nbsp;mg strengths, flavoured with natural mint or cherry. Each batch is potency-tested before release.</p>
<h3>Do I need a prescription?</h3>
<p>Yes. Every order is dispensed against a prescription. If you don't already have one, our affiliated prescriber reviews your online health questionnaire and issues it for you. There is no call or video visit unless the prescriber has a question, which is rare.</p>
<h3>How long does approval take?</h3>
<p>Questionnaires submitted before 3 pm Eastern are usually reviewed the same day.</p>
<h3>Can I order for my partner or a family member?</h3>
<p>Yes. Just enter their name and date of birth in the patient section of the questionnaire and add their tablets to the same order. One shipment, one payment.</p>
<h3>How much does it cost?</h3>
<p>RDTs start at $14 per tablet for 100&nbsp;mg. Packs of 10 and 20 are discounted. The prescriber review fee ($35) is waived on orders over $200.</p>
<h3>Where do you ship?</h3>
<p>We ship to all 50 states in discreet outer packaging. Signature is not required.</p>
<h3>Is insurance accepted?</h3>
<p>We are a self-pay lab. You can request an itemised receipt for HSA reimbursement.</p>
<p><a class="btn" href="/order/ketamine-rdt">Start your order</a></p>
</section>
""")

p("h14007", "https://apexcare-meds.example/mail/order-confirmation", "seller", True, "en",
  "front-online-pharmacy-email-bitcoin-atm", "Order confirmation", """
From: ApexCare Patient Services <care@apexcare-meds.example>
Subject: Your ApexCare order #AC-58213 - payment instructions

Dear Valued Patient,

Thank you for choosing ApexCare. Your order has been reviewed by our dispensing team and is ready to be released.

  Ketamine HCl 50 mg/mL, 10 mL multi-dose vial x 2 ........ $320.00
  Sterile insulin syringes 1 mL (pack of 10) ............. $0.00
  Priority tracked shipping .............................. $25.00
  Total .................................................. $345.00

Because of card-processor restrictions on controlled wellness products, we are currently accepting payment by Bitcoin only. This is quick and safe: you can buy Bitcoin with cash at any Bitcoin ATM (a list of locations near you is attached) and send it to the wallet address in your patient portal. Please reply with a screenshot of the receipt so we can match your payment.

Your order will be dispatched within 24 hours of payment in plain packaging declared as "cosmetic samples". Tracking is sent by e-mail once the parcel leaves our facility.

If you have any questions, our patient team is here for you Monday to Saturday, 9 am - 7 pm EST.

Warm regards,
Claire Whitman
Patient Services Coordinator, ApexCare
""", ext="txt")

p("h14008", "https://lumenrx-wellness.example/products/ketamine-hcl-crystal-buy-online-no-prescription", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="cf-wrapper">
<h1>Checking your browser before accessing lumenrx-wellness.example</h1>
<p>This process is automatic. Your browser will redirect to your requested content shortly.</p>
<p>Please allow up to 5 seconds&hellip;</p>
<noscript><p>Please enable JavaScript and cookies to continue.</p></noscript>
<p class="ray">Ray ID: 8f2a61c0d7e94b13 &middot; Performance &amp; security by a third party</p>
</div>
""")

p("h14009", "https://almaserena-clinica.example/es/terapia-ketamina-en-casa", "seller", True, "es",
  "front-wellness-clinic-es-coordinator-bizum", "Terapia con ketamina en casa | Alma Serena Clínica de Bienestar", """
<header><a class="logo" href="/es">Alma Serena <small>Clínica de Bienestar</small></a>
<nav><a href="/es/terapia-ketamina-en-casa">Terapia en casa</a> <a href="/es/como-funciona">Cómo funciona</a> <a href="/es/equipo">Equipo</a> <a href="/es/precios">Precios</a> <a href="/es/blog">Blog</a> <a href="/es/contacto">Contacto</a> <a href="/en">EN</a></nav></header>
<main>
<h1>Terapia con ketamina en casa, con acompañamiento profesional</h1>
<p>La depresión resistente, la ansiedad y el agotamiento no siempre mejoran con los tratamientos habituales. En Alma Serena acercamos la ketamina sublingual a dosis bajas a personas de toda España, con un protocolo cuidado y un equipo que te acompaña en cada paso.</p>
<h2>Cómo empezar</h2>
<ol>
<li>Rellena nuestro formulario de bienestar (10 minutos).</li>
<li>Una de nuestras coordinadoras sanitarias revisa tus respuestas y, si todo está en orden, valida tu plan en menos de 24 horas. La receta se genera automáticamente con la validación.</li>
<li>Recibes tu kit de inicio con 8 comprimidos sublinguales, diario de integración y lista de música.</li>
</ol>
<p>No hace falta informe psiquiátrico ni historia clínica previa: queremos que empezar sea fácil.</p>
<h2>Precios</h2>
<ul>
<li>Kit de inicio (8 comprimidos de 150&nbsp;mg): 229&nbsp;&euro;</li>
<li>Plan mensual (12 comprimidos + sesión de integración grupal): 329&nbsp;&euro;/mes</li>
</ul>
<h2>Envío y pago</h2>
<p>Enviamos desde nuestro almacén en la UE en embalaje neutro, sin logotipos, en 48&ndash;72 horas. Puedes pagar por transferencia o por Bizum al número de nuestra gestora administrativa; te lo indicamos al validar tu plan.</p>
<a class="btn" href="/es/formulario">Empezar mi formulario</a>
</main>
<footer><p>Alma Serena Bienestar S.L. &middot; Servicios de bienestar &middot; Este sitio no sustituye la atención de urgencias (112).</p></footer>
""", noise="cookie-es")

p("h14010", "https://medi-versand-apotheke.example/esketamin-nasenspray-online-rezept", "seller", True, "de",
  "front-versandapotheke-online-rezept-auto", "Esketamin Nasenspray mit Online-Rezept | MediVersand", """
<header><a class="logo" href="/">MediVersand <small>Ihre Online-Apotheke</small></a>
<nav><a href="/kategorie/psyche">Psyche &amp; Nerven</a> <a href="/kategorie/schmerz">Schmerz</a> <a href="/kategorie/schlaf">Schlaf</a> <a href="/online-rezept">Online-Rezept</a> <a href="/so-funktionierts">So funktioniert's</a> <a href="/warenkorb">Warenkorb</a></nav></header>
<main>
<h1>Esketamin Nasenspray 28&nbsp;mg &ndash; bequem mit Online-Rezept</h1>
<p>Esketamin ist ein moderner Wirkstoff zur Behandlung therapieresistenter Depressionen. Mit MediVersand erhalten Sie Ihr Arzneimittel diskret und ohne Wartezeit auf einen Facharzttermin.</p>
<h2>So einfach geht's</h2>
<ol>
<li>Medizinischen Fragebogen online ausfüllen (ca. 5 Minuten).</li>
<li>Ein Partnerarzt aus der EU prüft Ihre Angaben und stellt das Rezept aus &ndash; in 97&nbsp;% der Fälle innerhalb einer Stunde.</li>
<li>Unsere Partnerapotheke versendet Ihr Medikament in neutraler Verpackung.</li>
</ol>
<p>Ein Arztbesuch oder Videogespräch ist nicht erforderlich.</p>
<table class="preise">
<tr><th>Packung</th><th>Preis inkl. Rezeptgebühr</th></tr>
<tr><td>1 Nasenspray-Applikator</td><td>169,00&nbsp;&euro;</td></tr>
<tr><td>3 Applikatoren</td><td>459,00&nbsp;&euro;</td></tr>
<tr><td>6 Applikatoren</td><td>849,00&nbsp;&euro;</td></tr>
</table>
<a class="btn" href="/fragebogen/esketamin">Fragebogen starten</a>
<h2>Versand</h2>
<p>Der Versand erfolgt aus unserem Logistikzentrum in Ungarn per DHL innerhalb von 2&ndash;4 Werktagen nach Deutschland, Österreich und in die Schweiz. Zahlung per Vorkasse oder Sofortüberweisung.</p>
<p class="hinweis">Hinweis: Bitte lesen Sie die Packungsbeilage. Bei Fragen zu Risiken und Nebenwirkungen wenden Sie sich an unseren Kundenservice.</p>
</main>
<footer><p>MediVersand ist ein Vermittlungsdienst für ärztliche Online-Rezepte und Apothekenversand. Impressum &middot; Datenschutz &middot; AGB</p></footer>
""", noise="cookie-de")

p("h14011", "https://institut-serenite-bienetre.example/programme-ketamine-sublinguale", "seller", True, "fr",
  "front-centre-bien-etre-fr-coupons-pcs", "Programme kétamine sublinguale | Institut Sérénité", """
<header><a class="logo" href="/">Institut Sérénité <small>Centre de bien-être</small></a>
<nav><a href="/">Accueil</a> <a href="/programme-ketamine-sublinguale">Programme kétamine</a> <a href="/approche">Notre approche</a> <a href="/temoignages">Témoignages</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Retrouver l'apaisement, à votre rythme</h1>
<p>Notre programme de kétamine sublinguale à faible dose s'adresse aux adultes qui traversent une période d'épuisement, d'anxiété ou de dépression persistante. Il associe des prises encadrées à domicile, un carnet d'intégration et un suivi bienveillant.</p>
<h2>Déroulement</h2>
<p>Après votre demande en ligne, votre conseillère Sérénité vous appelle pour faire connaissance et valide votre programme. Vous recevez ensuite votre coffret de 10 comprimés en point relais, sous emballage neutre, en 3 à 5 jours.</p>
<h2>Tarifs</h2>
<p>Coffret découverte (10 comprimés) : 260&nbsp;&euro; &middot; Programme 8 semaines : 590&nbsp;&euro;</p>
<h2>Règlement</h2>
<p>Pour protéger la confidentialité de nos adhérents, le règlement s'effectue par coupons PCS ou Transcash, disponibles chez les buralistes. Il suffit de transmettre les codes à votre conseillère par e-mail.</p>
<a class="btn" href="/demande">Faire ma demande</a>
</main>
<footer><p>Institut Sérénité &ndash; accompagnement bien-être. Nos programmes ne remplacent pas un suivi médical.</p></footer>
""", noise="cookie-fr")

p("h14012", "https://farmaciavitalis-online.example/produto/cetamina-cloridrato-50mg-ml-10ml", "seller", True, "pt",
  "front-farmacia-online-br-whatsapp-sem-receita", "Cetamina Cloridrato 50 mg/mL Frasco 10 mL | Farmácia Vitalis Online", """
<div class="barra">Frete grátis acima de R$ 299 &middot; Parcelamos em até 6x &middot; Atendimento farmacêutico</div>
<header><a class="logo" href="/">Farmácia <b>Vitalis</b> Online</a>
<nav><a href="/c/saude-mental">Saúde mental</a> <a href="/c/dor">Dor</a> <a href="/c/hospitalar">Linha hospitalar</a> <a href="/c/veterinaria">Veterinária</a> <a href="/como-comprar">Como comprar</a> <a href="/carrinho">Carrinho</a></nav></header>
<main>
<p class="trilha"><a href="/">Início</a> / <a href="/c/hospitalar">Linha hospitalar</a> / Cetamina Cloridrato 50 mg/mL</p>
<h1>Cetamina Cloridrato 50&nbsp;mg/mL &ndash; frasco-ampola 10&nbsp;mL</h1>
<p class="preco">R$ 189,90 <small>ou 3x de R$ 63,30</small></p>
<p>Anestésico de uso hospitalar e veterinário, fabricação nacional, lote com validade mínima de 12 meses. Produto original, lacrado.</p>
<h2>Compra facilitada</h2>
<p>Sabemos como é difícil conseguir este medicamento. Na Vitalis você não precisa enviar Notificação de Receita: o seu pedido é confirmado diretamente pelo nosso farmacêutico responsável no WhatsApp, que tira todas as suas dúvidas sobre uso e armazenamento.</p>
<a class="btn" href="https://wa.example/5511900000000?text=Quero%20cetamina">Comprar pelo WhatsApp</a>
<h2>Entrega</h2>
<p>Enviamos para todo o Brasil por transportadora, em embalagem discreta. Pagamento via Pix com 8% de desconto.</p>
<h2>Informações</h2>
<p>Armazenar entre 15 e 30&nbsp;&deg;C. Manter fora do alcance de crianças.</p>
</main>
<footer><p>Farmácia Vitalis Online &middot; Atendimento de segunda a sábado &middot; <a href="/politica-de-privacidade">Privacidade</a></p></footer>
""", noise="cookie-pt")

p("h14013", "https://veluwe-referentielab.example/nl/producten/deschloroketamine-hcl", "seller", True, "nl",
  "front-research-supplier-nl-particulieren", "Deschloroketamine HCl | Veluwe Referentielab", """
<header><a class="logo" href="/nl">Veluwe <small>Referentielab</small></a>
<nav><a href="/nl/producten">Producten</a> <a href="/nl/producten/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/nl/analyse">Analyse</a> <a href="/nl/verzending">Verzending</a> <a href="/nl/betalen">Betalen</a> <a href="/nl/contact">Contact</a></nav></header>
<main>
<h1>Deschloroketamine HCl (DCK)</h1>
<p>Referentiestof van hoge zuiverheid (&ge; 99%, HPLC) voor analytisch en chemisch onderzoek. Elke batch wordt geleverd met een analysecertificaat.</p>
<table><tr><th>Hoeveelheid</th><th>Prijs</th></tr>
<tr><td>500 mg</td><td>&euro; 24,00</td></tr><tr><td>1 g</td><td>&euro; 39,00</td></tr><tr><td>5 g</td><td>&euro; 155,00</td></tr><tr><td>10 g</td><td>&euro; 270,00</td></tr></table>
<button>In winkelwagen</button>
<p class="disclaimer">Uitsluitend bestemd voor laboratoriumonderzoek. Niet voor menselijke consumptie. Niet geschikt als geneesmiddel.</p>
<h2>Goed om te weten</h2>
<ul>
<li>Particulieren zijn welkom; een KvK-nummer of instellingsaccount is niet nodig.</li>
<li>Verzending in een discrete envelop, ook naar België en Duitsland.</li>
<li>Betalen met iDEAL, Bancontact of crypto.</li>
</ul>
</main>
<footer><p>Veluwe Referentielab &middot; Chemische referentiematerialen &middot; Algemene voorwaarden</p></footer>
""", noise="cookie-nl")

p("h14014", "https://guidabenessere-mentale.example/ketamina-a-casa-servizi-online", "seller", True, "it",
  "doorway-guide-it-affiliate-no-video", "Ketamina a casa: i servizi online che abbiamo provato (2026)", """
<header><a class="logo" href="/">Guida Benessere Mentale</a>
<nav><a href="/">Home</a> <a href="/depressione">Depressione</a> <a href="/ansia">Ansia</a> <a href="/recensioni">Recensioni</a> <a href="/chi-siamo">Chi siamo</a></nav></header>
<main>
<article>
<h1>Ketamina a casa: i servizi online che abbiamo provato</h1>
<p class="meta">Aggiornato a novembre 2026 &middot; Lettura: 7 minuti &middot; Questo articolo contiene link di affiliazione</p>
<p>Sempre più persone con depressione resistente cercano un'alternativa ai lunghi tempi di attesa dei centri specializzati. Abbiamo confrontato i servizi che spediscono ketamina sublinguale in Italia per capire quale sia il più semplice da usare.</p>
<h2>1. CalmaRx &ndash; la nostra scelta</h2>
<p>Il percorso più rapido che abbiamo trovato: si compila un questionario di 5 minuti, nessuna videochiamata, e l'approvazione arriva in giornata. Le compresse da 150&nbsp;mg arrivano in 3 giorni in confezione anonima.</p>
<p><strong>Prezzo:</strong> da 189&nbsp;&euro; per 8 compresse. Con il codice <code>GUIDA15</code> hai il 15% di sconto sul primo ordine.</p>
<a class="btn" href="https://calmarx-shop.example/it/?ref=gbm26">Vai a CalmaRx &rarr;</a>
<h2>2. Serenamente Online</h2>
<p>Più lento: richiede una televisita con uno psichiatra e una copia del documento. Valido, ma servono in media due settimane.</p>
<h2>3. Centri ospedalieri</h2>
<p>L'esketamina spray viene somministrata solo in centri autorizzati. Adatto a chi preferisce un percorso tradizionale, ma le liste d'attesa sono lunghe.</p>
<h2>Il nostro verdetto</h2>
<p>Per chi cerca semplicità, CalmaRx resta imbattibile. <a href="https://calmarx-shop.example/it/ordina?ref=gbm26">Ordina ora con lo sconto</a>.</p>
</article>
</main>
<footer><p>Guida Benessere Mentale riceve una commissione sugli acquisti effettuati tramite i link. Le informazioni non sostituiscono il parere medico.</p></footer>
""")

# ---------------------------------------------------------------- genuine telehealth with the same polish

p("h14015", "https://lanternpath-health.example/at-home-ketamine", "telehealth", False, "en",
  "telehealth-landing-named-prescribers-video", "At-Home Ketamine Treatment | Lanternpath Health", """
<header class="site-header">
<a class="logo" href="/">Lanternpath <span>Health</span></a>
<nav><a href="/at-home-ketamine">At-home ketamine</a> <a href="/how-it-works">How it works</a> <a href="/clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/safety">Safety</a> <a href="/states">States we serve</a> <a href="/login">Log in</a> <a class="btn" href="/get-started">Get started</a></nav>
</header>
<main>
<section class="hero">
<h1>Ketamine treatment at home, with a psychiatric clinician who knows you</h1>
<p>Lanternpath provides clinician-supervised, at-home ketamine treatment for adults with depression and anxiety in 14 states. Every patient is evaluated by a licensed psychiatric clinician on video before any medication is prescribed.</p>
<a class="btn" href="/get-started">Check eligibility</a>
</section>
<section class="steps">
<h2>How it works</h2>
<ol>
<li><strong>Online intake.</strong> Health history, current medications, PHQ-9 and GAD-7. We verify your identity with a photo ID and check your state prescription monitoring record.</li>
<li><strong>Video evaluation (60 minutes).</strong> You meet a psychiatric nurse practitioner or psychiatrist licensed in your state. We ask for recent blood-pressure readings and, if needed, records from your prior prescriber. Around one in four people we evaluate are not good candidates, and we tell you why and suggest alternatives.</li>
<li><strong>If prescribed.</strong> Your prescription goes to a licensed partner pharmacy in your state, which ships to your home address with adult signature required.</li>
<li><strong>First session with a monitor.</strong> A trusted adult must be present for every session. You'll log blood pressure before and after and complete a short check-in.</li>
<li><strong>Follow-up.</strong> Video follow-ups after sessions 2 and 6, and monthly after that. Your clinician adjusts or stops treatment as needed.</li>
</ol>
</section>
<section class="clinicians">
<h2>Some of our clinicians</h2>
<div><h3>Maya Okafor, PMHNP-BC</h3><p>Licensed in CA, OR and WA. 11 years in community psychiatry.</p></div>
<div><h3>Daniel Sørensen, MD</h3><p>Board-certified psychiatrist, Medical Director. Licensed in NY, NJ, CT and PA.</p></div>
<div><h3>Priya Raman, PMHNP-BC</h3><p>Licensed in TX, AZ and CO. Special interest in perinatal and anxiety disorders.</p></div>
</section>
<section class="pricing">
<h2>Pricing</h2>
<p>Initial evaluation: $249 (refunded in full if you're not prescribed). Monthly care membership: $229, includes follow-ups, messaging with your care team and integration sessions. Medication is billed separately by the pharmacy, typically $60&ndash;$110 per month.</p>
<a class="btn" href="/get-started">Get started</a>
</section>
<section class="safety">
<h2>Who shouldn't use at-home ketamine</h2>
<p>People with uncontrolled hypertension, a history of psychosis or mania, active substance use disorder, pregnancy, or certain heart conditions. If you're in crisis, call or text 988.</p>
</section>
</main>
<footer><p>Lanternpath Health, PC &middot; Medical services are provided by independently licensed clinicians of Lanternpath Medical Group &middot; <a href="/privacy">Privacy</a> &middot; <a href="/hipaa">Notice of privacy practices</a></p></footer>
""", noise="cookie")

p("h14016", "https://quietwater-psychiatry.example/ketamine/what-we-ask", "telehealth", False, "en",
  "telehealth-eligibility-what-we-ask", "What we ask before prescribing ketamine | Quietwater Psychiatry", """
<header><a class="logo" href="/">Quietwater Psychiatry</a>
<nav><a href="/ketamine">Ketamine care</a> <a href="/medication-management">Medication management</a> <a href="/therapy">Therapy</a> <a href="/insurance">Insurance</a> <a href="/book">Book a video visit</a></nav></header>
<main>
<h1>What we ask before prescribing ketamine &mdash; and why</h1>
<p>People sometimes tell us our process takes longer than other online services. That's deliberate. Ketamine is a controlled medication with real risks, and we'd rather say no than prescribe to someone it could harm.</p>
<h2>Before your visit</h2>
<ul>
<li><strong>Government photo ID and a selfie</strong>, so we know the person being evaluated is the person who will take the medication. We never prescribe for someone who isn't the patient in the visit.</li>
<li><strong>Your medication history</strong>, which we confirm with your state's prescription drug monitoring program.</li>
<li><strong>Records release</strong> for your current or most recent prescriber or therapist.</li>
<li><strong>Two blood-pressure readings</strong> taken on different days.</li>
</ul>
<h2>During your visit</h2>
<p>A 60-minute video evaluation with one of our board-certified psychiatrists. We discuss your history, prior treatments, substance use and safety, and who will be your session monitor at home.</p>
<h2>After your visit</h2>
<p>About a third of the people we evaluate are not prescribed ketamine. Some are referred to an in-person infusion or Spravato centre, some to other treatments. If we do prescribe, the prescription is sent to a licensed pharmacy in your state and we schedule your first follow-up before it ships.</p>
<p><a class="btn" href="/book">Book your evaluation</a> &middot; Evaluation $295; many commercial plans reimburse it as an out-of-network psychiatric visit.</p>
</main>
<footer><p>Quietwater Psychiatry, PLLC &middot; Telepsychiatry in NY, MA, VT, NH and ME</p></footer>
""")

p("h14017", "https://lanternpath-health.example/blog/impersonation-warning", "telehealth", False, "en",
  "telehealth-scam-warning-red-flags", "Websites impersonating Lanternpath: how to tell | Lanternpath Health", """
<header><a class="logo" href="/">Lanternpath Health</a> <nav><a href="/blog">Blog</a> <a href="/get-started">Get started</a></nav></header>
<main><article>
<h1>Websites and accounts impersonating Lanternpath</h1>
<p class="meta">Patient safety notice &middot; Updated 2 December 2026</p>
<p>We've been contacted by several people who paid for "Lanternpath ketamine kits" through a website and Telegram account that copied our logo and clinician photos. Those sites are not us. Lanternpath does not sell ketamine, and we have no affiliate shops.</p>
<h2>What we will never do</h2>
<ul>
<li>Ask you to pay in cryptocurrency, gift cards, Zelle or retail payment coupons.</li>
<li>Contact you on Telegram, WhatsApp or Instagram direct messages to arrange medication.</li>
<li>Approve a prescription without a live video visit with a named clinician licensed in your state.</li>
<li>Ship medication to a hotel, a PO box or a name other than the patient's.</li>
</ul>
<p>If you think you've paid an impersonator, report it to your bank and to the FTC, and please let us know at trust@lanternpath-health.example so we can file takedown requests.</p>
</article></main>
""")

p("h14018", "https://evenkeel-telehealth.example/help/pharmacy-and-shipping", "telehealth", False, "en",
  "telehealth-help-partial-shipping-pharmacy", "Pharmacy & shipping | Even Keel Help Center", """
<div class="help-article">
<h1>Where does my medication come from, and how is it shipped?</h1>
<p>After your Even Keel clinician writes a prescription, it is sent electronically to one of our partner pharmacies. Every partner pharmacy is licensed by the board of pharmacy in the state where you live and is registered with the DEA.</p>
<h2>Shipping</h2>
<ul>
<li>Medication ships to the home address you verified during intake, in the state where your clinician is licensed.</li>
<li>An adult signature is required at delivery. Carriers will not leave the package at the door.</li>
<li>We can't ship to hotels, PO boxes, forwarding services or an address outside your state, even temporarily.</li>
<li>Packages are plain on the outside; the pharmacy label inside lists your name, your clinician and the pharmacy.</li>
</ul>
<h2>Refills</h2>
<p>Refills are only released after your follow-up visit is completed and your clinician confirms treatment should continue.</p>
<h2>Costs</h2>
<p>Your membership ($199/month) covers visits and care-team messaging. The pharmacy bills medication separately; you'll see the exact price before it ships. You can pay for your membership with a credit card, HSA or FSA card.</p>
<p class="related">Related: <a href="/help/monitor">Who can be my session monitor?</a> &middot; <a href="/help/not-prescribed">What happens if I'm not prescribed?</a></p>
</div>
""")

p("h14019", "https://harborview-virtual-psych.example/help/spravato", "telehealth", False, "en",
  "telehealth-txt-spravato-referral", "Can you send Spravato to my home?", """
Can you send Spravato to my home?

No. Spravato (esketamine nasal spray) can only be given at a certified treatment center, where you are observed for at least two hours afterward. No pharmacy is allowed to ship it to patients.

What we can do: one of our psychiatrists evaluates you by video, reviews your past antidepressant trials and, if esketamine is a good fit, sends a referral and the prior-authorization paperwork to a partner treatment center near you. We keep managing your other medications by telehealth while the center gives the treatments. Most patients have their first session within two to four weeks.

Book a video evaluation from your patient portal or call (833) 555-0142.
""", ext="txt")

p("h14020", "https://mentavia-telepsychiatrie.example/de/ketamin-esketamin", "telehealth", False, "de",
  "telehealth-de-video-referral-kooperationspraxis", "Ketamin & Esketamin | Mentavia Telepsychiatrie", """
<header><a class="logo" href="/de">Mentavia <small>Telepsychiatrie</small></a>
<nav><a href="/de/leistungen">Leistungen</a> <a href="/de/ketamin-esketamin">Ketamin &amp; Esketamin</a> <a href="/de/aerztinnen">Unsere Ärztinnen und Ärzte</a> <a href="/de/kosten">Kosten</a> <a href="/de/termin">Termin buchen</a></nav></header>
<main>
<h1>Ketamin und Esketamin bei therapieresistenter Depression</h1>
<p>Wenn mehrere Antidepressiva nicht ausreichend geholfen haben, kann eine Behandlung mit Esketamin-Nasenspray oder Ketamin-Infusionen infrage kommen. Bei Mentavia klären wir das per Videosprechstunde &ndash; ohne monatelange Wartezeit auf einen Facharzttermin.</p>
<h2>So läuft es ab</h2>
<ol>
<li><strong>Erstgespräch per Video</strong> (50 Minuten) mit einer Fachärztin oder einem Facharzt für Psychiatrie und Psychotherapie, z.&nbsp;B. Dr. med. Henrike Albers oder Dr. med. Jonas Petrović.</li>
<li><strong>Befunde und Vorbehandlungen:</strong> Wir bitten um Arztbriefe, Medikamentenplan und ggf. Laborwerte.</li>
<li><strong>Empfehlung:</strong> Ist eine Esketamin- oder Ketaminbehandlung sinnvoll, überweisen wir Sie an eine unserer Kooperationspraxen oder -kliniken in Ihrer Nähe.</li>
</ol>
<p class="wichtig">Wichtig: Esketamin und Ketamin werden nicht nach Hause geschickt. Die Anwendung erfolgt immer in einer Praxis oder Klinik unter ärztlicher Aufsicht, mit anschließender Überwachung.</p>
<h2>Kosten</h2>
<p>Erstgespräch per Video: 180&nbsp;&euro; (Privatleistung nach GOÄ, Erstattung durch private Krankenversicherungen üblich). Folgetermine: 95&nbsp;&euro;. Gesetzlich Versicherte können einen Teil der Leistungen über die Kooperationspraxis abrechnen.</p>
<a class="btn" href="/de/termin">Videotermin buchen</a>
</main>
<footer><p>Mentavia MVZ GmbH &middot; Impressum &middot; Datenschutz &middot; Im Notfall: 112 oder Telefonseelsorge 0800 111 0 111</p></footer>
""", noise="cookie-de")

p("h14021", "https://psyconsult-visio.example/esketamine-orientation", "telehealth", False, "fr",
  "telehealth-fr-visio-orientation-centre", "Eskétamine : évaluation en téléconsultation | PsyConsult Visio", """
<header><a class="logo" href="/">PsyConsult <small>Visio</small></a>
<nav><a href="/consultations">Consultations</a> <a href="/esketamine-orientation">Eskétamine</a> <a href="/psychiatres">Nos psychiatres</a> <a href="/tarifs">Tarifs</a> <a href="/rdv">Prendre rendez-vous</a></nav></header>
<main>
<h1>Dépression résistante : une évaluation en téléconsultation</h1>
<p>Nos psychiatres inscrits à l'Ordre des médecins vous reçoivent en visioconsultation pour faire le point sur vos traitements antérieurs et envisager les options, dont l'eskétamine en spray nasal.</p>
<p>L'eskétamine est administrée exclusivement à l'hôpital ou dans un centre habilité, sous surveillance médicale. Aucun médicament n'est envoyé par courrier. Si ce traitement est indiqué, nous adressons un courrier de liaison au service hospitalier partenaire le plus proche et assurons le suivi entre les séances.</p>
<p>Tarif : consultation de psychiatrie en téléconsultation, secteur 1, remboursée par l'Assurance Maladie dans le cadre du parcours de soins.</p>
<a class="btn" href="/rdv">Prendre rendez-vous en visio</a>
</main>
""", noise="cookie-fr")

p("h14022", "https://cuidarmente-telesalud.example/es/ketamina-en-casa", "telehealth", False, "es",
  "telehealth-es-us-video-licensed-pharmacy", "Ketamina en casa con psiquiatra por video | CuidarMente Telesalud", """
<header><a class="logo" href="/es">CuidarMente <small>Telesalud</small></a>
<nav><a href="/es/servicios">Servicios</a> <a href="/es/ketamina-en-casa">Ketamina en casa</a> <a href="/es/equipo-clinico">Equipo clínico</a> <a href="/es/precios">Precios</a> <a href="/es/estados">Estados</a> <a href="/en">English</a></nav></header>
<main>
<h1>Tratamiento con ketamina en casa, en español y con supervisión clínica</h1>
<p>Atendemos a adultos con depresión o ansiedad en California, Texas, Florida, Arizona e Illinois. Todas las consultas son en español con profesionales con licencia en su estado.</p>
<h2>Paso a paso</h2>
<ol>
<li>Formulario de salud y verificación de identidad con documento oficial.</li>
<li>Evaluación por videollamada de 60 minutos con una psiquiatra o enfermera practicante psiquiátrica, por ejemplo la Dra. Lucía Barragán (licencia médica de California) o Rafael Ortega, PMHNP (Texas y Arizona).</li>
<li>Si la ketamina es adecuada para usted, la receta se envía a una farmacia con licencia en su estado, que la entrega en su domicilio con firma de un adulto.</li>
<li>En cada sesión debe estar presente un acompañante adulto. Controlamos la presión arterial antes y después.</li>
<li>Consultas de seguimiento por video tras la segunda y la sexta sesión.</li>
</ol>
<p>No todas las personas son candidatas. Si no lo es, le reembolsamos la evaluación y le orientamos hacia otras opciones.</p>
<h2>Precios</h2>
<p>Evaluación inicial: $229. Membresía mensual: $199 (consultas, mensajes con su equipo y sesiones de integración). El medicamento lo cobra la farmacia aparte.</p>
<a class="btn" href="/es/empezar">Comenzar</a>
</main>
<footer><p>CuidarMente Telesalud &middot; Los servicios médicos los prestan profesionales con licencia de CuidarMente Medical Group, P.C. &middot; En crisis: llame o envíe un mensaje al 988 (opción en español).</p></footer>
""", noise="cookie-es")

p("h14023", "https://vivamente-telepsiquiatria.example/escetamina", "telehealth", False, "pt",
  "telehealth-pt-br-video-crm-referral", "Escetamina: avaliação por telemedicina | VivaMente Telepsiquiatria", """
<header><a class="logo" href="/">VivaMente <small>Telepsiquiatria</small></a>
<nav><a href="/consultas">Consultas</a> <a href="/escetamina">Escetamina</a> <a href="/psiquiatras">Psiquiatras</a> <a href="/planos">Planos</a> <a href="/agendar">Agendar</a></nav></header>
<main>
<h1>Depressão resistente: avaliação para escetamina por telemedicina</h1>
<p>Na VivaMente você faz a primeira consulta por vídeo com um psiquiatra com registro ativo no CRM, como a Dra. Helena Campos (CRM-SP 148.320) ou o Dr. Tiago Mendonça (CRM-MG 71.905).</p>
<h2>Como funciona</h2>
<ol>
<li>Consulta por vídeo de 50 minutos: histórico, tratamentos anteriores e escalas de avaliação.</li>
<li>Solicitamos relatórios médicos e receitas anteriores para confirmar os tratamentos já realizados.</li>
<li>Se houver indicação, encaminhamos você para uma clínica parceira credenciada, onde a escetamina é aplicada presencialmente, com monitoramento por pelo menos duas horas.</li>
<li>O acompanhamento psiquiátrico continua por telemedicina entre as sessões.</li>
</ol>
<p>A escetamina não é entregue em casa e não é vendida pela VivaMente.</p>
<h2>Planos</h2>
<p>Consulta avulsa: R$ 420. Plano trimestral de acompanhamento (3 consultas + mensagens com a equipe): R$ 1.050, em até 3x no cartão. Emitimos recibo para reembolso do plano de saúde.</p>
<a class="btn" href="/agendar">Agendar consulta por vídeo</a>
</main>
<footer><p>VivaMente Serviços Médicos Ltda. &middot; Responsável técnico: Dr. Tiago Mendonça, CRM-MG 71.905 &middot; CVV: ligue 188</p></footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics (in-person), equally polished

p("h14024", "https://harborlight-ketamine.example/", "clinic", False, "en",
  "clinic-infusion-home-packages-giftcards", "Harborlight Ketamine & Wellness | IV Ketamine Infusions in Portland, ME", """
<header class="site-header">
<div class="topbar">Now booking December consultations &middot; (207) 555-0187 &middot; Mon&ndash;Sat 8am&ndash;6pm</div>
<a class="logo" href="/">Harborlight <span>Ketamine &amp; Wellness</span></a>
<nav><a href="/ketamine-infusions">Ketamine Infusions</a> <a href="/spravato">Spravato</a> <a href="/conditions">Conditions</a> <a href="/pricing">Pricing</a> <a href="/our-team">Our Team</a> <a href="/gift-cards">Gift Cards</a> <a href="/patient-portal">Patient Portal</a> <a class="btn" href="/book">Book now</a></nav>
</header>
<main>
<section class="hero">
<h1>A calmer path forward</h1>
<p>Harborlight offers IV ketamine infusions and Spravato in a quiet, private setting on Commercial Street. Every infusion is administered and monitored in person by our anesthesia team.</p>
<a class="btn" href="/book">Book a free 15-minute call</a> <a class="btn ghost" href="/referral">Provider referral form</a>
</section>
<section class="conditions"><h2>We help with</h2><p>Treatment-resistant depression &middot; PTSD &middot; Anxiety &middot; Postpartum depression &middot; CRPS and neuropathic pain</p></section>
<section class="process">
<h2>Your first visit</h2>
<p>Before your first infusion, you'll meet our medical director, Dr. Ellen Marsh, for a 45-minute consultation. We'll review your records and medications, check vitals, and talk through goals. On infusion days you'll relax in a private suite with an eye mask and music while a nurse monitors your heart rate, blood pressure and oxygen. Plan on about two hours, and arrange a ride home.</p>
</section>
<section class="pricing">
<h2>Transparent pricing</h2>
<table>
<tr><td>Consultation</td><td>$250 (credited to your first infusion)</td></tr>
<tr><td>Single infusion (depression)</td><td>$475</td></tr>
<tr><td>Initial series of 6 (prepaid)</td><td>$2,550</td></tr>
<tr><td>Booster infusion</td><td>$450</td></tr>
<tr><td>Pain infusion (4 hours)</td><td>$850</td></tr>
</table>
<p>We provide superbills for out-of-network reimbursement. HSA/FSA and CareCredit accepted. <a href="/pricing">Full pricing</a></p>
<a class="btn" href="/shop/series-of-six">Buy the series of 6</a>
</section>
<section class="gift"><h2>Give the gift of wellness</h2><p>Harborlight gift cards can be used toward consultations, infusions and IV hydration. <a href="/gift-cards">Buy a gift card</a></p></section>
<section class="testimonials"><blockquote>"The staff made me feel safe from the first phone call." &mdash; <cite>K.L., Falmouth</cite></blockquote></section>
</main>
<footer><p>Harborlight Ketamine &amp; Wellness, 412 Commercial St, Portland, ME 04101 &middot; <a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a> &middot; In crisis? Call or text 988.</p></footer>
""", noise="cookie")

p("h14025", "https://brightline-spravato-center.example/patient-access-and-savings", "clinic", False, "en",
  "clinic-rems-center-access-savings", "Patient Access & Savings | Brightline Spravato Treatment Center", """
<header><a class="logo" href="/">Brightline <small>Spravato&reg; Treatment Center</small></a>
<nav><a href="/about-spravato">About Spravato</a> <a href="/what-to-expect">What to expect</a> <a href="/patient-access-and-savings">Access &amp; savings</a> <a href="/referrals">For referring providers</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Patient access &amp; savings</h1>
<p>Brightline is a REMS-certified treatment center. We handle insurance verification and prior authorization for you, and our access coordinator will walk you through any cost-saving programs you may qualify for.</p>
<h2>Insurance</h2>
<p>Most commercial plans, Medicare and several state Medicaid plans cover Spravato for treatment-resistant depression and for depressive symptoms with suicidal thoughts, usually after prior authorization. We bill the medication and the observation visit to your plan.</p>
<h2>Manufacturer savings program</h2>
<p>If you have commercial insurance, you may be eligible for the manufacturer's savings program, which can reduce your out-of-pocket cost for the medication. Enrollment is done with your consent through our office; it does not apply to Medicare or Medicaid.</p>
<h2>Patient assistance</h2>
<p>Uninsured or underinsured patients may qualify for the manufacturer's patient assistance foundation. Our coordinator helps with the application, which requires proof of income and a prescription from your Brightline prescriber.</p>
<h2>What doesn't change</h2>
<p>Whatever program pays for your medication, Spravato is always self-administered here, under the supervision of our staff, followed by at least two hours of observation. It is never sent home with you or shipped to you. Please arrange a ride: you can't drive until the next day.</p>
<p><a class="btn" href="/contact">Talk to our access coordinator</a> &middot; (614) 555-0119</p>
</main>
<footer><p>Brightline Behavioral Health &middot; 2250 Kenny Rd, Columbus, OH 43221</p></footer>
""")

p("h14026", "https://threshold-kap.example/new-clients/before-your-first-session", "clinic", False, "en",
  "clinic-kap-intake-requirements", "Before your first session | Threshold Ketamine-Assisted Psychotherapy", """
<header><a class="logo" href="/">Threshold <small>Ketamine-Assisted Psychotherapy</small></a>
<nav><a href="/approach">Our approach</a> <a href="/team">Therapists &amp; prescribers</a> <a href="/new-clients">New clients</a> <a href="/fees">Fees</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Before your first session</h1>
<p>Ketamine-assisted psychotherapy at Threshold happens in our Boulder office, in a dosing room with your therapist present for the whole session. Our prescriber, Anna Whitfield, MD, administers intramuscular or lozenge doses on site. Here is what we need before we can schedule you.</p>
<ol>
<li><strong>Intake forms</strong> in the client portal, including the PHQ-9, PCL-5 and a substance use screen.</li>
<li><strong>A medical evaluation</strong> with Dr. Whitfield in person (or by video for the first conversation), with blood pressure, a medication review and, if you're over 50 or have cardiac history, a recent ECG.</li>
<li><strong>A letter or records</strong> from your current therapist or psychiatrist, if you have one. If you don't, that's fine &mdash; we'll talk about it.</li>
<li><strong>Two preparation sessions</strong> with your Threshold therapist before any medicine session.</li>
<li><strong>A ride home</strong> arranged for each medicine session.</li>
</ol>
<p>We don't accept intake by text or social media message, and we don't provide ketamine for use outside our office.</p>
<h2>Fees</h2>
<p>Medical evaluation $300 &middot; Preparation/integration sessions $180 &middot; Medicine session (3 hours, therapist + medicine) $750. A $150 deposit holds your medicine session and can be paid through the portal or by Zelle; it's refundable up to 72 hours before.</p>
</main>
<footer><p>Threshold KAP, LLC &middot; 1800 Canyon Blvd, Suite 210, Boulder, CO 80302</p></footer>
""")

p("h14027", "https://clearwater-infusion.example/billing/pay-your-bill", "clinic", False, "en",
  "clinic-billing-zelle-bitpay-financing", "Pay Your Bill | Clearwater Infusion Center", """
<header><a class="logo" href="/">Clearwater <small>Infusion Center</small></a>
<nav><a href="/ketamine">Ketamine Infusions</a> <a href="/iv-therapy">IV Therapy</a> <a href="/billing/pay-your-bill">Pay Your Bill</a> <a href="/insurance">Insurance</a> <a href="/book">Book</a></nav></header>
<main>
<h1>Pay your bill</h1>
<p>Thank you for trusting Clearwater with your care. You can pay a statement, a deposit for an upcoming infusion, or a package balance using any of the options below. Please have your account number (on your statement, beginning with CW-) ready.</p>
<h2>Online</h2>
<p><a class="btn" href="https://pay.clearwater-infusion.example">Pay securely online</a> &mdash; Visa, Mastercard, Amex, Discover, HSA/FSA cards.</p>
<h2>Zelle</h2>
<p>Send to billing@clearwater-infusion.example and put your account number in the memo. Zelle payments post to your account within one business day.</p>
<h2>Cryptocurrency</h2>
<p>Self-pay patients can pay an invoice in Bitcoin or USDC through BitPay. Ask the front desk for a BitPay invoice link; we cannot accept direct wallet transfers.</p>
<h2>Financing</h2>
<p>We accept CareCredit and Cherry for infusion series. Apply in minutes at the front desk or online.</p>
<h2>Questions about a bill?</h2>
<p>Call our billing office at (727) 555-0163, Monday to Friday 9&ndash;4. We can set up payment plans for balances over $500.</p>
<p class="small">Payments made through this page are for services delivered at Clearwater Infusion Center, 3100 Gulf-to-Bay Blvd, Clearwater, FL. Infusions are administered only at our center under the supervision of our physicians.</p>
</main>
""")

p("h14028", "https://stillpoint-infusion-network.example/locations", "clinic", False, "en",
  "clinic-network-locations-nav-heavy-scam-banner", "Locations | Stillpoint Infusion Network", """
<div class="alert">Notice: A website using the name "Stillpoint Wellness" is offering mail-order ketamine. It is not affiliated with us. Stillpoint Infusion Network does not ship medication. <a href="/notice">Read more</a></div>
<header><a class="logo" href="/">Stillpoint <small>Infusion Network</small></a>
<nav><a href="/treatments">Treatments</a> <a href="/locations">Locations</a> <a href="/pricing">Pricing</a> <a href="/insurance">Insurance</a> <a href="/providers">For providers</a> <a href="/careers">Careers</a> <a class="btn" href="/book">Book a consultation</a></nav></header>
<main>
<h1>Find a Stillpoint center</h1>
<form action="/locations"><input name="zip" placeholder="Enter ZIP code"><button>Search</button></form>
<h2>Arizona</h2>
<ul>
<li><a href="/locations/scottsdale">Scottsdale</a> &ndash; 7150 E Camelback Rd, Suite 300 &middot; IV ketamine, Spravato &middot; <a href="/book?loc=scottsdale">Book</a></li>
<li><a href="/locations/tucson">Tucson</a> &ndash; 5285 E Williams Cir &middot; IV ketamine &middot; <a href="/book?loc=tucson">Book</a></li>
</ul>
<h2>Colorado</h2>
<ul>
<li><a href="/locations/denver-cherry-creek">Denver &ndash; Cherry Creek</a> &ndash; 3773 Cherry Creek N Dr &middot; IV ketamine, Spravato, KAP &middot; <a href="/book?loc=denver">Book</a></li>
<li><a href="/locations/colorado-springs">Colorado Springs</a> &ndash; 2450 Briargate Pkwy &middot; IV ketamine &middot; <a href="/book?loc=cos">Book</a></li>
</ul>
<h2>Nevada</h2>
<ul><li><a href="/locations/henderson">Henderson</a> &ndash; 2510 Wigwam Pkwy &middot; IV ketamine, Spravato &middot; <a href="/book?loc=henderson">Book</a></li></ul>
<h2>Utah</h2>
<ul>
<li><a href="/locations/salt-lake-city">Salt Lake City</a> &ndash; 1100 E 6600 S &middot; IV ketamine, Spravato &middot; <a href="/book?loc=slc">Book</a></li>
<li><a href="/locations/st-george">St. George</a> &ndash; opening February 2027 &middot; <a href="/waitlist?loc=stg">Join the waitlist</a></li>
</ul>
<p>All treatments are given in person at our centers. Consultation $195 &middot; Infusions from $450.</p>
</main>
<footer><nav><a href="/about">About</a> <a href="/medical-team">Medical team</a> <a href="/faq">FAQ</a> <a href="/blog">Blog</a> <a href="/privacy">Privacy</a> <a href="/accessibility">Accessibility</a> <a href="/contact">Contact</a></nav></footer>
""")

p("h14029", "https://clinica-aurora-bcn.example/es/esketamina-ketamina", "clinic", False, "es",
  "clinic-es-barcelona-whatsapp-cita-precios", "Esketamina y ketamina en Barcelona | Clínica Aurora Salud Mental", """
<header><a class="logo" href="/es">Clínica Aurora <small>Salud Mental</small></a>
<nav><a href="/es/psiquiatria">Psiquiatría</a> <a href="/es/esketamina-ketamina">Esketamina y ketamina</a> <a href="/es/tms">EMT</a> <a href="/es/equipo">Equipo</a> <a href="/es/tarifas">Tarifas</a> <a href="/es/pedir-cita">Pedir cita</a> <a href="/ca">CA</a></nav></header>
<main>
<h1>Tratamiento con esketamina y ketamina para la depresión resistente</h1>
<p>En Clínica Aurora (Eixample, Barcelona) aplicamos esketamina intranasal y ketamina intravenosa en nuestra unidad de tratamientos, siempre bajo supervisión de psiquiatría y enfermería, con monitorización de constantes y un periodo de observación posterior.</p>
<h2>¿Cómo empezar?</h2>
<ol>
<li>Primera visita presencial con uno de nuestros psiquiatras (Dra. Marta Puig, Dr. Jordi Ferrer) para valorar la indicación. Trae tus informes y la lista de tratamientos previos.</li>
<li>Si el tratamiento está indicado, programamos las sesiones en la clínica: dos por semana durante el primer mes.</li>
<li>Tras cada sesión permanecerás en observación unas dos horas. Ven acompañado y no conduzcas ese día.</li>
</ol>
<h2>Tarifas orientativas</h2>
<ul><li>Primera visita de psiquiatría: 150&nbsp;&euro;</li><li>Sesión de esketamina (incluye observación): 390&nbsp;&euro;</li><li>Sesión de ketamina IV: 320&nbsp;&euro;</li></ul>
<p>Trabajamos con algunas aseguradoras privadas; consúltanos. Puedes pagar con tarjeta o transferencia y solicitar factura para tu seguro.</p>
<p><a class="btn" href="/es/pedir-cita">Pedir cita</a> &middot; También puedes pedir cita por WhatsApp en el 600 000 123 (solo gestión de citas, no consultas clínicas).</p>
</main>
<footer><p>Clínica Aurora Salud Mental S.L.P. &middot; Centro sanitario autorizado por el Departament de Salut, n.º de registro E08123456 &middot; Aviso legal &middot; Privacidad</p></footer>
""", noise="cookie-es")

p("h14030", "https://praxis-lindenhof-zh.example/ketamin-infusion", "clinic", False, "de",
  "clinic-de-ch-privatpraxis-infusion-kosten", "Ketamin-Infusionstherapie | Praxis Lindenhof Zürich", """
<header><a class="logo" href="/">Praxis Lindenhof <small>Psychiatrie &amp; Psychotherapie</small></a>
<nav><a href="/angebot">Angebot</a> <a href="/ketamin-infusion">Ketamin-Infusion</a> <a href="/team">Team</a> <a href="/kosten">Kosten</a> <a href="/anmeldung">Anmeldung</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>
<h1>Ketamin-Infusionen bei therapieresistenter Depression</h1>
<p>In unserer Praxis am Lindenhof bieten wir Ketamin-Infusionen für Erwachsene an, bei denen mehrere Behandlungsversuche nicht ausreichend gewirkt haben. Die Infusion (ca. 40 Minuten) erfolgt in einem ruhigen Behandlungsraum unter fortlaufender Überwachung von Blutdruck, Puls und Sauerstoffsättigung durch unser ärztliches und pflegerisches Team.</p>
<h2>Ablauf</h2>
<ul>
<li>Abklärungsgespräch in der Praxis mit Dr. med. Katrin Hofstetter, Fachärztin für Psychiatrie und Psychotherapie FMH</li>
<li>Körperliche Untersuchung, EKG und Laborwerte bei Bedarf</li>
<li>Serie von sechs Infusionen innerhalb von drei Wochen, danach Verlaufsbeurteilung</li>
<li>Nach jeder Infusion Nachbeobachtung von mindestens einer Stunde; Sie dürfen an diesem Tag nicht selbst Auto fahren</li>
</ul>
<h2>Kosten</h2>
<p>Die Abklärung wird über die Grundversicherung abgerechnet. Die Infusionsbehandlung ist eine Off-Label-Therapie; die Kosten pro Infusion (CHF 390) werden je nach Krankenkasse auf Kostengutsprache-Gesuch übernommen. Wir stellen das Gesuch für Sie.</p>
<a class="btn" href="/anmeldung">Anmeldung / Zuweisung</a>
</main>
<footer><p>Praxis Lindenhof &middot; Lindenhofstrasse 8, 8001 Zürich &middot; Tel. 044 555 01 20 &middot; Impressum &middot; Datenschutz</p></footer>
""", noise="cookie-de")

p("h14031", "https://centro-terapia-dolore-milano.example/infusioni-ketamina", "clinic", False, "it",
  "clinic-it-terapia-dolore-prenotazione", "Infusioni di ketamina per il dolore cronico | Centro Terapia del Dolore Milano", """
<header><a class="logo" href="/">Centro Terapia del Dolore <small>Milano</small></a>
<nav><a href="/trattamenti">Trattamenti</a> <a href="/infusioni-ketamina">Infusioni di ketamina</a> <a href="/medici">I nostri medici</a> <a href="/tariffe">Tariffe</a> <a href="/prenota">Prenota</a></nav></header>
<main>
<h1>Infusioni endovenose di ketamina per il dolore neuropatico</h1>
<p>Nel nostro ambulatorio di terapia del dolore, il trattamento con ketamina a basse dosi per via endovenosa è riservato a pazienti con dolore neuropatico o sindrome dolorosa regionale complessa (CRPS) che non hanno risposto alle terapie di prima linea.</p>
<h2>Come si svolge</h2>
<p>Dopo una visita algologica con il Dott. Marco Bellandi o la Dott.ssa Giulia Ferraro (specialisti in anestesia, rianimazione e terapia del dolore), l'infusione viene eseguita in ambulatorio con monitoraggio continuo dei parametri vitali. La seduta dura circa tre ore, inclusa l'osservazione. È necessario essere accompagnati.</p>
<h2>Tariffe</h2>
<p>Visita algologica: 160&nbsp;&euro; &middot; Ciclo di 4 infusioni: 1.400&nbsp;&euro;. Convenzionati con i principali fondi sanitari integrativi.</p>
<p><a class="btn" href="/prenota">Prenota una visita</a> &middot; Oppure chiama lo 02 5550 1840.</p>
</main>
<footer><p>Centro Terapia del Dolore Milano S.r.l. &middot; Struttura sanitaria autorizzata &middot; Direttore sanitario: Dott. Marco Bellandi &middot; P. IVA 00000000000</p></footer>
""")

# ---------------------------------------------------------------- informational: about fronts, and licensed trade

p("h14032", "https://coastal-ledger-news.example/investigations/2026/11/wellness-clinic-ketamine-storefronts", "informational", False, "en",
  "news-investigation-long-quotes-prices", "The clinic that wasn't: inside the polished websites selling ketamine by mail | The Coastal Ledger", """
<header><a class="logo" href="/">The Coastal Ledger</a>
<nav><a href="/news">News</a> <a href="/investigations">Investigations</a> <a href="/health">Health</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/subscribe">Subscribe</a></nav></header>
<main><article>
<p class="kicker">Investigation</p>
<h1>The clinic that wasn't: inside the polished websites selling ketamine by mail</h1>
<p class="byline">By Hannah Osei &middot; November 24, 2026</p>
<p>The website looked like any of the dozens of telehealth companies that have sprung up since the pandemic: soft photography of people on sofas, a medical director with an MD after his name, plans from $249. "Approved before lunch, tablets on Thursday," read one testimonial.</p>
<p>Over three months, the Ledger placed orders with seven sites that describe themselves as wellness clinics, online pharmacies or compounding labs offering ketamine for depression. Five of them shipped ketamine without anyone on their staff ever speaking to our reporter by phone or video.</p>
<h2>Who says yes</h2>
<p>On two sites, the person who "approved" the order was described as a care coordinator. Asked by e-mail whether a clinician had reviewed the application, one replied that "our medical director oversees protocols and signs off in batches." State licensing records show that the physician named as medical director on that site let his license lapse in 2023.</p>
<p>A third site, styled as an online pharmacy, offered a "free online consultation" at checkout. The prescription, when it arrived inside the parcel, was signed by a doctor registered in another country.</p>
<h2>Follow the payment</h2>
<p>The most consistent pattern was in how the sites took money. After an order was "approved," three sites said card payments were temporarily unavailable and asked for Bitcoin, in one case with a step-by-step guide to buying it at a Bitcoin ATM. Another asked for Zelle to a personal name. Prices ranged from $160 for a 10 mL vial described as 50 mg/mL to $399 a month for sublingual tablets.</p>
<p>Lab testing commissioned by the Ledger found ketamine in four of the five products received. The fifth contained no detectable drug.</p>
<h2>What real providers do differently</h2>
<p>"The tell isn't the design. Everyone has a nice website," said Dr. Renee Albright, a psychiatrist who chairs a professional society's telehealth committee. "It's whether a licensed person in your state sees you, live, before anything is prescribed, and whether the medication comes from a pharmacy you can look up."</p>
<p>Legitimate at-home programs typically require a video evaluation, identity checks and a monitor at home, and their pharmacies ship only to the patient's verified address with a signature. Spravato, the esketamine nasal spray, cannot legally be shipped to patients at all.</p>
<p>None of the five sites responded to detailed questions. Two have since gone offline; one reappeared under a new name within a week.</p>
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/health/telehealth-ketamine-rules">What the new telehealth prescribing rules mean</a></li><li><a href="/investigations/2026/06/fake-online-pharmacies">Fake online pharmacies target older adults</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 The Coastal Ledger &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/corrections">Corrections</a></p></footer>
""", noise="cookie")

p("h14033", "https://pharmacy-board.state.example/consumer-alerts/2026-14-unlicensed-ketamine-sellers", "informational", False, "en",
  "government-board-alert", "Consumer Alert 2026-14: Unlicensed websites offering ketamine | State Board of Pharmacy", """
<header><p class="gov">An official website of the State</p><a class="logo" href="/">State Board of Pharmacy</a>
<nav><a href="/licensing">Licensing</a> <a href="/verify">Verify a license</a> <a href="/consumer-alerts">Consumer alerts</a> <a href="/complaints">File a complaint</a></nav></header>
<main>
<h1>Consumer Alert 2026-14: Unlicensed websites offering ketamine</h1>
<p class="date">Issued October 9, 2026</p>
<p>The Board has received complaints about websites that present themselves as wellness clinics, compounding laboratories or online pharmacies and offer ketamine tablets, troches, nasal sprays or injectable vials to state residents. None of the websites listed in the complaints holds a pharmacy license or nonresident pharmacy permit in this State.</p>
<h2>Warning signs</h2>
<ul>
<li>Prescriptions "issued" after an online form, with no live visit with a prescriber.</li>
<li>Medication offered for a family member or another person on the same order.</li>
<li>Payment requested in cryptocurrency, gift cards, prepaid coupons or peer-to-peer transfers to an individual.</li>
<li>Shipment from outside the United States, or offers to "reship" if a parcel is seized.</li>
<li>No pharmacy license number, or a number that does not appear in the Board's license verification tool.</li>
</ul>
<h2>What to do</h2>
<p>Verify any pharmacy at <a href="/verify">/verify</a> before ordering. If you have received medication from an unlicensed source, do not take it; bring it to a drug take-back location. Report websites through our <a href="/complaints">complaint form</a>.</p>
</main>
""")

p("h14034", "https://keystone-compounding.example/prescribers/ketamine", "informational", False, "en",
  "licensed-compounding-pharmacy-rx-only-verification", "Ketamine compounding for prescribers | Keystone Compounding Pharmacy", """
<header><a class="logo" href="/">Keystone <small>Compounding Pharmacy</small></a>
<nav><a href="/patients">Patients</a> <a href="/prescribers">Prescribers</a> <a href="/prescribers/ketamine">Ketamine</a> <a href="/accreditation">Accreditation</a> <a href="/transfer">Transfer a prescription</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketamine preparations for prescribers</h1>
<p>Keystone is a PCAB-accredited 503A compounding pharmacy licensed in Pennsylvania and as a nonresident pharmacy in 22 states. We compound ketamine HCl for individual patients on a valid prescription from a prescriber with a current DEA registration.</p>
<h2>Preparations</h2>
<ul>
<li>Ketamine HCl rapid-dissolve tablets, 25&ndash;300&nbsp;mg</li>
<li>Ketamine HCl troches, 25&ndash;200&nbsp;mg</li>
<li>Ketamine HCl nasal spray, 50&ndash;150&nbsp;mg/mL</li>
<li>Topical ketamine in combination pain creams</li>
</ul>
<h2>How we verify</h2>
<p>Every ketamine prescription is checked against the prescriber's DEA registration and state license, and against the patient's prescription monitoring record. We call the prescriber's office to confirm new patients. We do not fill prescriptions generated from questionnaire-only services, and we do not accept prescriptions for more than one patient under a single account.</p>
<h2>Shipping</h2>
<p>We ship only to the patient's verified address in a state where we are licensed, with adult signature required. Patients may also pick up at our Harrisburg pharmacy.</p>
<h2>Pricing</h2>
<p>Patient pricing depends on strength and quantity and is quoted at the time of fill. Call (717) 555-0190 for a quote.</p>
<p><a class="btn" href="/prescribers/e-prescribe">e-Prescribe to Keystone</a></p>
</main>
<footer><p>Keystone Compounding Pharmacy &middot; PA Pharmacy License PP000000 &middot; NCPDP 0000000 &middot; Pharmacist in charge: Laura Yoder, PharmD</p></footer>
""")

p("h14035", "https://medline-distribution.example/catalog/anesthesia/ketamine-hcl-injection", "informational", False, "en",
  "licensed-wholesaler-catalog-nav-heavy-account-only", "Ketamine HCl Injection, USP | Medline Distribution Partners Catalog", """
<header><a class="logo" href="/">Medline Distribution Partners</a>
<nav><a href="/catalog">Catalog</a> <a href="/catalog/anesthesia">Anesthesia</a> <a href="/catalog/controlled-substances">Controlled substances</a> <a href="/catalog/iv-solutions">IV solutions</a> <a href="/catalog/syringes-needles">Syringes &amp; needles</a> <a href="/catalog/monitoring">Monitoring</a> <a href="/open-an-account">Open an account</a> <a href="/sign-in">Sign in</a></nav></header>
<aside class="facets"><h3>Filter</h3>
<ul><li>Schedule: <a href="?s=II">CII</a> <a href="?s=III">CIII</a> <a href="?s=IV">CIV</a></li>
<li>Manufacturer: <a href="?m=a">Hikma</a> <a href="?m=b">Par</a> <a href="?m=c">Mylan Institutional</a></li>
<li>Package: <a href="?p=vial">Vial</a> <a href="?p=syringe">Prefilled syringe</a></li></ul></aside>
<main>
<h1>Ketamine HCl Injection, USP &ndash; CIII</h1>
<table>
<tr><th>Item</th><th>NDC</th><th>Strength</th><th>Pack</th><th>Price</th></tr>
<tr><td>KET-500-10</td><td>0000-0000-10</td><td>50 mg/mL, 10 mL MDV</td><td>10 vials</td><td><a href="/sign-in">Sign in for pricing</a></td></tr>
<tr><td>KET-1000-10</td><td>0000-0000-20</td><td>100 mg/mL, 5 mL MDV</td><td>10 vials</td><td><a href="/sign-in">Sign in for pricing</a></td></tr>
<tr><td>KET-200-20</td><td>0000-0000-30</td><td>10 mg/mL, 20 mL SDV</td><td>25 vials</td><td><a href="/sign-in">Sign in for pricing</a></td></tr>
</table>
<p>Controlled substances are sold only to customers with an active DEA registration for the applicable schedule and a valid state license. New accounts are reviewed by our compliance team, including suspicious-order monitoring, before controlled items can be ordered. We do not sell to individuals.</p>
</main>
<footer><nav><a href="/about">About</a> <a href="/compliance">Compliance</a> <a href="/returns">Returns &amp; recalls</a> <a href="/contact">Customer service</a> <a href="/careers">Careers</a></nav></footer>
""")

p("h14036", "https://safer-nights-collective.example/guides/checking-an-online-ketamine-provider", "informational", False, "en",
  "harm-reduction-checklist-fronts", "Is that online ketamine provider real? Ten questions | Safer Nights Collective", """
<header><a class="logo" href="/">Safer Nights Collective</a> <nav><a href="/guides">Guides</a> <a href="/drug-checking">Drug checking</a> <a href="/naloxone">Naloxone</a> <a href="/support">Support</a></nav></header>
<main><article>
<h1>Is that online ketamine provider real? Ten questions</h1>
<p>We hear from a lot of people who bought "at-home ketamine" from a site that looked like a clinic and turned out not to be. No judgement here &mdash; these sites are designed to look trustworthy. Before you pay, ask:</p>
<ol>
<li>Did a named clinician, licensed in your state, see you live on video?</li>
<li>Could you look up that clinician's license on the state board's site?</li>
<li>Did they ask for your ID and check who will take the medication?</li>
<li>Did anyone ask about your blood pressure, other medications, or substance use?</li>
<li>Is there someone who must be with you during sessions?</li>
<li>Which pharmacy fills the prescription, and is it licensed where you live?</li>
<li>Are they offering to add a partner or friend to the same order?</li>
<li>Do they want crypto, gift cards, coupons, or Zelle to a person's name?</li>
<li>Do they talk about "reshipping" if customs holds the parcel?</li>
<li>Is the product labelled "research chemical" or "not for human consumption"?</li>
</ol>
<p>If you already have something from a site like this, you can get it tested anonymously through our <a href="/drug-checking">drug-checking service</a>. Mixing ketamine with alcohol, benzodiazepines or opioids raises the risk of dangerous sedation; don't use alone.</p>
</article></main>
""")

p("h14037", "https://forum.treatmentresistant.example/t/stillwater-wellness-approved-in-11-minutes/48213", "informational", False, "en",
  "forum-thread-txt-quoting-front", "Stillwater Wellness approved me in 11 minutes - too good to be true?", """
Stillwater Wellness approved me in 11 minutes - too good to be true?
Posted in At-home ketamine | 23 replies

quietharbor_77:
Filled out their "wellness profile" on my lunch break and got an email 11 minutes later saying a care coordinator approved my Starter plan ($249, 6 tablets). Nobody called me. Nobody asked for my meds list. Is this normal for at-home ketamine? My psychiatrist's practice has a 4 month waitlist and I'm tempted.

m_reyes (Moderator):
Not normal. Every legit at-home program I know of requires a live video visit with a prescriber licensed in your state before anything is prescribed. "Care coordinator" is not a prescriber. Please don't send them money.

driftwood_and_dawn:
I used a real telehealth service last year. ID check, 60 min video with an NP, they asked for my BP readings and I needed someone with me at every session. Took about 10 days total. Annoying, but that's what it should look like.

quietharbor_77:
They also said on the page they never ask for records or ID. I thought that was a selling point lol. OK, cancelling.

tomas_k:
Look up the medical director's license on the state board site. Half these sites list a doctor who doesn't practice anymore.

[Thread locked by moderator: vendor links removed per rule 4]
""", ext="txt")

p("h14038", "https://le-quotidien-sante.example/enquetes/ketamine-faux-centres-bien-etre", "informational", False, "fr",
  "news-fr-faux-centres-coupons", "Kétamine : l'essor des faux « centres de bien-être » en ligne | Le Quotidien Santé", """
<header><a class="logo" href="/">Le Quotidien Santé</a>
<nav><a href="/actualites">Actualités</a> <a href="/enquetes">Enquêtes</a> <a href="/medicaments">Médicaments</a> <a href="/psychiatrie">Psychiatrie</a> <a href="/abonnement">S'abonner</a></nav></header>
<main><article>
<h1>Kétamine : l'essor des faux « centres de bien-être » en ligne</h1>
<p class="auteur">Par Claire Mathieu &middot; 18 novembre 2026</p>
<p>Photos apaisantes, témoignages de patients, « conseillères » au ton rassurant : plusieurs sites francophones proposent des « programmes de kétamine sublinguale » livrés en point relais, pour 260 à 590 euros. Aucun ne mentionne de médecin identifiable.</p>
<p>Notre journaliste a fait une demande auprès de l'un d'eux. Après un appel de dix minutes avec une conseillère, qui n'a posé aucune question sur ses traitements, le « programme » a été validé. Le règlement était demandé en coupons prépayés PCS, achetés chez un buraliste, dont les codes devaient être envoyés par e-mail.</p>
<p>« Le paiement par coupons est un signal d'alerte majeur », rappelle un pharmacien inspecteur de santé publique. « Aucun établissement de santé ne se fait payer ainsi. » En France, la kétamine est un stupéfiant ; l'eskétamine n'est délivrée qu'à l'hôpital et administrée sous surveillance.</p>
<p>L'Agence nationale de sécurité du médicament rappelle que les seules pharmacies autorisées à vendre des médicaments en ligne figurent sur la liste tenue par l'Ordre des pharmaciens, et qu'aucune ne peut vendre de médicament soumis à prescription par internet.</p>
</article></main>
<footer><p>&copy; 2026 Le Quotidien Santé &middot; Mentions légales</p></footer>
""", noise="cookie-fr")

p("h14039", "https://autoridade-medicamento.gov.example/alertas/2026/venda-ilegal-cetamina-internet", "informational", False, "pt",
  "government-pt-alerta", "Alerta: venda ilegal de medicamentos com cetamina na internet | Autoridade Nacional do Medicamento", """
<header><a class="logo" href="/">Autoridade Nacional do Medicamento e Produtos de Saúde</a>
<nav><a href="/cidadaos">Cidadãos</a> <a href="/profissionais">Profissionais</a> <a href="/alertas">Alertas</a> <a href="/farmacias-online">Farmácias online autorizadas</a></nav></header>
<main>
<h1>Alerta: venda ilegal de medicamentos com cetamina na internet</h1>
<p class="data">Circular informativa n.º 212/CD/2026 &middot; 3 de dezembro de 2026</p>
<p>A Autoridade tomou conhecimento de sítios na internet que se apresentam como «clínicas de bem-estar», «farmácias online» ou «programas de acesso» e que disponibilizam cetamina e escetamina a cidadãos portugueses, com envio ao domicílio.</p>
<p>Informa-se que:</p>
<ul>
<li>A escetamina em solução para pulverização nasal é de uso exclusivo hospitalar ou em estabelecimentos autorizados, sendo administrada sob supervisão de profissional de saúde;</li>
<li>A cetamina é uma substância sujeita a controlo especial e não pode ser vendida à distância;</li>
<li>Nenhuma farmácia ou local de venda autorizado pode vender medicamentos sujeitos a receita médica através da internet.</li>
</ul>
<p>Recomenda-se aos cidadãos que não adquiram estes produtos e que confirmem sempre se um sítio de venda consta da lista de entidades autorizadas. Situações suspeitas podem ser comunicadas através do formulário disponível nesta página.</p>
</main>
<footer><p>&copy; Autoridade Nacional do Medicamento e Produtos de Saúde &middot; Acessibilidade &middot; Privacidade</p></footer>
""", noise="cookie-pt")

p("h14040", "https://depressievereniging-nl.example/nieuws/pas-op-voor-nepklinieken-ketamine", "informational", False, "nl",
  "patient-association-nl-warning", "Pas op voor 'online klinieken' die ketamine opsturen | Depressie Vereniging", """
<header><a class="logo" href="/">Depressie Vereniging</a>
<nav><a href="/over-depressie">Over depressie</a> <a href="/behandeling">Behandeling</a> <a href="/lotgenoten">Lotgenotencontact</a> <a href="/nieuws">Nieuws</a> <a href="/lid-worden">Lid worden</a></nav></header>
<main><article>
<h1>Pas op voor 'online klinieken' die ketamine opsturen</h1>
<p class="datum">26 november 2026</p>
<p>Via onze lotgenotenlijn krijgen we steeds vaker vragen over websites die ketamine- of esketaminebehandeling 'thuis' aanbieden. Ze zien er professioneel uit, met artsenfoto's en keurmerken, maar werken anders dan een echte behandelaar.</p>
<p>Waaraan herken je ze? Een 'zorgcoördinator' keurt je aanvraag goed zonder dat je een arts spreekt; er wordt niet gevraagd naar je huidige medicatie of behandelaar; je betaalt via crypto of een tussenpersoon; en het pakketje komt uit het buitenland. Sommige sites noemen hun middel een 'onderzoekschemicalie' die 'niet voor menselijke consumptie' bedoeld is.</p>
<p>In Nederland wordt esketamine-neusspray alleen in een ggz-instelling of ziekenhuis toegediend, onder toezicht. Ketamine-infusies gebeuren eveneens in een behandelcentrum. Twijfel je? Bespreek de mogelijkheden met je huisarts of behandelaar, of bel onze lotgenotenlijn.</p>
</article></main>
<footer><p>Depressie Vereniging &middot; Lotgenotenlijn 0900-0000000 &middot; Bij acute nood: 113 Zelfmoordpreventie, 0800-0113</p></footer>
""", noise="cookie-nl")

save(OUT, R)
