# Batch 144 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Professional fronts". The sellers are unregulated shops that present themselves as a
# professional service (wellness clinic, online pharmacy, reference lab, concierge/mobile doctor,
# patient-support programme, clinical-research site, compounding lab, care broker) and read calmly;
# each one's tell is small and specific to how it operates: who "approves" (a care coordinator, a
# support specialist, an automatic partner doctor), what is shipped where and how (a fulfilment
# centre abroad, a courier instead of a nurse, a letterbox envelope), how payment is taken (Zelle to
# a person, prepaid cards, PostePay top-ups, MB WAY before delivery, a "study materials fee") and what
# they never ask for (records, ID, a video visit, a referral). Next to them: genuine telehealth
# services, infusion/Spravato/KAP/mobile clinics and a hospital service with the same polish, and
# informational pages about such fronts (news, regulator and consumer warnings, a licensed
# compounding pharmacy, a real trial site, a forum thread, a board order, harm reduction).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, footers), medium and short pages,
# navigation-heavy pages, partial (truncated) pages, three plain-text excerpts (ext="txt") and one
# url-only bot wall.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch144.py (writes batch144/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch144")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers: professional fronts (14)

p("h14401", "https://serenitywellnessclinic.example/programs/at-home-ketamine", "seller", True, "en",
  "wellness-clinic-front-long", "At-Home Ketamine Program | Serenity Wellness Clinic", """
<header class="site">
<div class="util">Mon&ndash;Sat 8am&ndash;8pm CT &middot; (888) 555-0142 &middot; <a href="/portal">Patient Login</a></div>
<a class="brand" href="/"><img src="/assets/logo-lotus.svg" alt=""> Serenity Wellness Clinic</a>
<nav class="primary">
<a href="/programs">Programs</a> <a href="/programs/at-home-ketamine" class="active">At-Home Ketamine</a>
<a href="/programs/nad">NAD+ Therapy</a> <a href="/programs/weight">Medical Weight Loss</a>
<a href="/our-approach">Our Approach</a> <a href="/team">Care Team</a> <a href="/journal">Journal</a>
<a class="btn" href="/start">Start Your Intake</a>
</nav>
</header>
<main>
<section class="hero">
<h1>Gentle, evidence-informed ketamine care &mdash; from the comfort of home</h1>
<p>For many people, depression, anxiety and burnout don't respond to the first, second or third thing they try.
Our at-home program pairs low-dose oral ketamine with guided integration, so you can do this work in a space that already feels safe.</p>
<a class="btn" href="/start">See if you're a fit &rarr;</a>
<ul class="trust"><li>Serving 38 states</li><li>12,000+ sessions supported</li><li>4.9 &#9733; average (2,114 reviews)</li></ul>
</section>

<section class="how">
<h2>How the program works</h2>
<ol>
<li><strong>Complete your wellness intake (about 8 minutes).</strong> Tell us about your mood, sleep, current medications and what you hope to change. There's no need to upload past records &mdash; we'd rather hear it in your own words.</li>
<li><strong>Care coordinator review.</strong> A member of our care coordination team reviews every intake personally, usually within two hours during business hours. If your answers fit our program guidelines, your plan is approved the same day.</li>
<li><strong>Your welcome kit ships.</strong> Six sublingual tablets, an eye mask, a curated playlist and your integration journal arrive in plain packaging, typically in 2&ndash;3 business days.</li>
<li><strong>Guided sessions and integration.</strong> Join our weekly group integration circle on Zoom, or message your coordinator anytime through the portal.</li>
</ol>
</section>

<section class="pricing">
<h2>Simple, transparent pricing</h2>
<div class="plan"><h3>Foundations</h3><p class="price">$289</p><p>6 sessions &middot; welcome kit &middot; integration journal &middot; group circle access</p></div>
<div class="plan featured"><h3>Renewal</h3><p class="price">$519</p><p>12 sessions &middot; everything in Foundations &middot; 2 one-on-one coaching calls</p><span class="tag">Most chosen</span></div>
<div class="plan"><h3>Maintenance refill</h3><p class="price">$199</p><p>6 sessions &middot; ships every 30 days &middot; pause anytime</p></div>
<p class="small">We keep our fees low by staying out of the insurance system. Payment is accepted by Zelle or Cash App; your coordinator will send the handle with your approval email. Card payments are not available at this time.</p>
</section>

<section class="faq">
<h2>Common questions</h2>
<details><summary>Do I need a referral or a diagnosis?</summary><p>No. Many of our clients have never been formally diagnosed, and that's okay. Your intake tells us what we need to know.</p></details>
<details><summary>Will I meet a doctor?</summary><p>Our program is coordinator-led and supervised under our medical director's standing protocols, which means you don't have to wait weeks for an appointment. If you'd like a video call with a provider, it can be added for $95.</p></details>
<details><summary>Is this safe to do alone?</summary><p>We recommend having a trusted sitter nearby for your first session. Your kit includes a one-page safety guide.</p></details>
<details><summary>Can I send my kit to a different address?</summary><p>Yes &mdash; many members ship to a PO box or a friend's address for privacy. Just note it at checkout.</p></details>
</section>

<section class="reviews">
<blockquote>&ldquo;Approved on a Tuesday, kit on my porch Thursday. For the first time in years I feel like something moved.&rdquo; &mdash; Dana, TX</blockquote>
<blockquote>&ldquo;No gatekeeping, no judgment. My coordinator Alyssa is a gem.&rdquo; &mdash; Mark, FL</blockquote>
</section>
</main>
<footer>
<p>Serenity Wellness Clinic is a wellness and coaching company. Statements have not been evaluated by the FDA. Individual results vary.</p>
<nav><a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/refunds">Refund Policy</a> <a href="/contact">Contact</a></nav>
<p>&copy; 2026 Serenity Wellness Group LLC</p>
</footer>
""", noise="cookie")

p("h14402", "https://northbridge-pharmacy-services.example/catalog/esketamine-nasal-spray-28mg", "seller", True, "en",
  "online-pharmacy-front-product", "Esketamine Nasal Spray 28 mg Device | NorthBridge Pharmacy Services", """
<header>
<a class="logo" href="/">NorthBridge <span>Pharmacy Services</span></a>
<form class="search" action="/search"><input name="q" placeholder="Search 4,000+ medications"><button>Search</button></form>
<nav><a href="/catalog/mental-health">Mental Health</a> <a href="/catalog/mens-health">Men's Health</a> <a href="/catalog/sleep">Sleep</a> <a href="/catalog/pain">Pain</a> <a href="/how-it-works">How It Works</a> <a href="/account">Account</a> <a href="/basket">Basket</a></nav>
</header>
<main>
<p class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/catalog/mental-health">Mental Health</a> &rsaquo; Esketamine Nasal Spray</p>
<h1>Esketamine Nasal Spray 28 mg (single-use device)</h1>
<p class="generic">Generic alternative to Spravato&reg; &middot; Manufacturer: Sunveda Lifesciences</p>
<table class="pack">
<tr><th>Pack</th><th>Price</th><th>Per device</th><th></th></tr>
<tr><td>2 devices</td><td>$186.00</td><td>$93.00</td><td><button>Add to basket</button></td></tr>
<tr><td>4 devices</td><td>$348.00</td><td>$87.00</td><td><button>Add to basket</button></td></tr>
<tr><td>8 devices</td><td>$632.00</td><td>$79.00</td><td><button>Add to basket</button></td></tr>
</table>
<ul class="assure">
<li>&#10003; Prescription included &mdash; written by our affiliated physician during order review</li>
<li>&#10003; Dispatched from our international fulfilment centre in 24 hours</li>
<li>&#10003; Tracked delivery 10&ndash;16 business days</li>
</ul>
<h2>Product information</h2>
<p>Esketamine is the S-enantiomer of ketamine and acts on NMDA receptors. It is used together with an oral antidepressant for adults with treatment-resistant depression. Each device delivers two sprays (one per nostril).</p>
<h2>About ordering</h2>
<p>There is no need to send us an existing prescription. After checkout you will answer a short health questionnaire; our affiliated physician reviews it and the prescription is added to your order at no extra cost. Orders are dispatched the same day the questionnaire is submitted.</p>
<p>Parcels are sent in a plain padded envelope without pharmacy labelling. If a parcel is held by customs we will reship it once free of charge.</p>
<h2>Reviews (212)</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &ldquo;Cheaper than the clinic by a mile and arrived in under two weeks.&rdquo; &mdash; R. in Ohio</p>
</main>
<footer><p>NorthBridge Pharmacy Services acts as an intermediary between customers and licensed dispensaries abroad. Accepted: Visa (international), Bitcoin (10% off), bank transfer.</p></footer>
""")

p("h14403", "https://veritas-reference-standards.example/products/ketamine-hcl-crm", "seller", True, "en",
  "reference-lab-front-catalogue", "Ketamine Hydrochloride Certified Reference Material | Veritas Reference Standards", """
<header>
<a href="/" class="logo">VERITAS <small>Reference Standards &amp; Analytical Services</small></a>
<nav><a href="/products">Products</a> <a href="/services/testing">Testing Services</a> <a href="/quality">Quality &amp; ISO</a> <a href="/docs">CoA Library</a> <a href="/ordering">Ordering</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<h1>Ketamine HCl &mdash; Certified Reference Material</h1>
<table class="spec">
<tr><th>CAS</th><td>1867-66-9</td></tr>
<tr><th>Formula</th><td>C13H16ClNO&middot;HCl</td></tr>
<tr><th>Purity (HPLC)</th><td>&ge; 99.7%</td></tr>
<tr><th>Form</th><td>White crystalline powder</td></tr>
<tr><th>Storage</th><td>Room temperature, protect from light</td></tr>
<tr><th>Documentation</th><td>CoA, HPLC trace, 1H-NMR (download after purchase)</td></tr>
</table>
<h2>Pricing</h2>
<table class="tiers">
<tr><th>Quantity</th><th>Price</th></tr>
<tr><td>1 g</td><td>$140</td></tr>
<tr><td>5 g</td><td>$520</td></tr>
<tr><td>10 g</td><td>$880</td></tr>
<tr><td>25 g</td><td>$1,750</td></tr>
<tr><td>50 g &ndash; 100 g</td><td>Request quote</td></tr>
</table>
<p><button>Add to cart</button></p>
<h2>Ordering notes</h2>
<p>Veritas supplies analytical standards for forensic, toxicology and method-development work. This material is sold for in-vitro laboratory use only and is not for human or veterinary use.</p>
<p>Institutional purchase orders are welcome but not required: individual researchers may order up to 25 g without a DEA registration number or institutional documentation. Orders above 25 g are reviewed by our compliance desk.</p>
<p>Payment: BTC, LTC or XMR via our checkout gateway; wire transfer for quotes. Domestic orders ship from a U.S. warehouse in vacuum-sealed, odor-proof pouches inside a generic outer box.</p>
<p class="small">Research use only. The purchaser accepts full responsibility for handling and storage in accordance with local regulations.</p>
</main>
<footer><p>&copy; 2026 Veritas Reference Standards. ISO/IEC 17025-aligned processes.</p></footer>
""")

p("h14404", "https://vegas-suite-doctor.example/services/ketamine-to-your-suite", "seller", True, "en",
  "concierge-doctor-front-medium", "Ketamine To Your Suite | Vegas Suite Doctor — Concierge Medicine", """
<header>
<a href="/" class="logo">VEGAS SUITE DOCTOR</a>
<p class="tag">Hangover IV &middot; Immunity drips &middot; Ketamine &middot; 24/7 to hotels on and off the Strip</p>
<nav><a href="/services">Services</a> <a href="/hotels">Hotels We Serve</a> <a href="/groups">Bachelor/ette Groups</a> <a href="/about">About</a> <a href="https://wa.me/17025550188">WhatsApp Us</a></nav>
</header>
<main>
<h1>Ketamine, delivered to your suite</h1>
<p>Long weekend, heavy week, or just need to reset before the flight home? Our concierge team brings premium ketamine options straight to your room in about 45 minutes.</p>
<h2>Menu</h2>
<ul class="menu">
<li><strong>Reset Lozenges</strong> &mdash; 4 &times; 100 mg rapid-dissolve &mdash; $260</li>
<li><strong>Nasal Mist</strong> &mdash; 10 ml metered bottle &mdash; $340</li>
<li><strong>Take-Home Travel Pack</strong> &mdash; 12 lozenges for after your trip &mdash; $590</li>
<li><strong>IV Ketamine Drip</strong> &mdash; with RN, in-suite &mdash; $650 (book 24 h ahead)</li>
</ul>
<h2>How to order</h2>
<p>Message our concierge on WhatsApp with your hotel, room number and the menu item. No medical history forms or ID scans &mdash; we keep it discreet. Lozenges and mist are hand-delivered by our courier; payment is collected at the door in cash, Venmo or Apple Cash.</p>
<p>Groups of 4+ get 10% off. Ask about our &ldquo;Sunday Reset&rdquo; bundle.</p>
<p class="small">Services are for wellness purposes. Must be 21+.</p>
</main>
<footer><p>Vegas Suite Doctor &middot; Concierge wellness &middot; Las Vegas, NV</p></footer>
""")

p("h14405", "https://ketabridge-access.example/patient-support/bridge-supply", "seller", True, "en",
  "patient-support-programme-front", "Bridge Supply Programme | KetaBridge Patient Access", """
<header>
<a href="/" class="logo">KetaBridge <span>Patient Access</span></a>
<nav><a href="/patient-support">Patient Support</a> <a href="/patient-support/bridge-supply">Bridge Supply</a> <a href="/patient-support/copay">Co-pay Help</a> <a href="/hcp">For Healthcare Professionals</a> <a href="/enrol" class="btn">Enrol</a></nav>
</header>
<main>
<h1>Don't let paperwork interrupt your treatment</h1>
<p>Insurance approvals for ketamine and esketamine therapy can take weeks. The KetaBridge Bridge Supply Programme helps eligible patients start or continue therapy while coverage is being sorted out.</p>
<h2>Who can enrol</h2>
<ul>
<li>Adults 18+ living in the United States or Canada</li>
<li>Experiencing depression, PTSD or chronic pain symptoms</li>
<li>Waiting for coverage, between prescribers, or uninsured</li>
</ul>
<p>You do not need a current prescription to enrol. Your Patient Support Specialist will arrange one for you through our prescriber network once your enrolment form is complete.</p>
<h2>What you receive</h2>
<p>A 30-day bridge supply (ketamine HCl 150 mg troches or esketamine spray, your choice) shipped from our regional depot, plus check-in calls from your specialist.</p>
<h2>Programme contribution</h2>
<p>To keep the programme sustainable we ask for a one-time contribution of $240 per 30-day supply. For your privacy the contribution is paid with prepaid Visa or Mastercard gift cards &mdash; your specialist will explain how to send the card details securely.</p>
<p><a class="btn" href="/enrol">Enrol in 5 minutes</a></p>
<p class="small">KetaBridge is an independent patient access organisation and is not affiliated with any manufacturer. Spravato&reg; is a trademark of its owner.</p>
</main>
<footer><p>Questions? Text your specialist at (415) 555-0109 &middot; Privacy &middot; Terms</p></footer>
""")

p("h14406", "https://horizon-clinical-research.example/studies/kt-home-204", "seller", True, "en",
  "clinical-research-site-front", "Now Enrolling: KT-HOME-204 At-Home Ketamine Study | Horizon Clinical Research", """
<header>
<a href="/" class="logo">Horizon Clinical Research</a>
<nav><a href="/studies">Current Studies</a> <a href="/participants">For Participants</a> <a href="/sponsors">For Sponsors</a> <a href="/about">About Our Sites</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<p class="status">&#9679; Enrolling now &mdash; 63 spots remaining</p>
<h1>KT-HOME-204: Decentralised study of oral ketamine for low mood</h1>
<p>Horizon is recruiting adults for an open-label, decentralised study looking at how people experience low-dose oral ketamine at home over eight weeks. All study activities happen remotely &mdash; no site visits required.</p>
<h2>Am I eligible?</h2>
<ul><li>Age 21&ndash;70</li><li>Feeling low, anxious or unmotivated for at least 2 weeks</li><li>Comfortable completing short weekly online check-ins</li></ul>
<p>Eligibility is confirmed instantly by our online pre-screener. Most applicants are accepted the same day.</p>
<h2>What participation involves</h2>
<ol>
<li>Complete the pre-screener and e-consent (15 minutes).</li>
<li>Pay the one-time study materials fee ($349), which covers your 8-week supply of study medication, shipping and data platform access.</li>
<li>Your study kit ships within 48 hours.</li>
<li>Log your mood in the app once a week.</li>
</ol>
<p>Participants who complete all eight check-ins receive a $50 e-gift card and may continue on the extension arm ($249/month).</p>
<h2>Study details</h2>
<table><tr><th>Protocol</th><td>KT-HOME-204 (open-label)</td></tr><tr><th>Sponsor</th><td>Horizon Wellness Sciences</td></tr><tr><th>Phase</th><td>Observational / real-world</td></tr><tr><th>Locations</th><td>Fully remote, US-wide</td></tr></table>
<p><a class="btn" href="/studies/kt-home-204/prescreen">Start pre-screener</a></p>
</main>
<footer><p>&copy; 2026 Horizon Clinical Research. Participation is voluntary.</p></footer>
""")

p("h14407", "https://portal.calmpath-health.example/messages/8812", "seller", True, "en",
  "clinic-front-email-txt", "Your CalmPath treatment plan is approved", """
CalmPath Patient Portal > Messages > Inbox
From: CalmPath Health Care Team
Subject: Your CalmPath treatment plan is approved - action needed

Hi Jordan,

Good news: our medical team has reviewed your online assessment and your Ketamine Relief Plan (standard strength, 10 doses) is approved.

To release your shipment, please complete your plan payment of $420 within 24 hours.
  - Secure card link: https://pay.calmpath-health.example/inv/8812 (temporarily unavailable for some banks)
  - Or USDT (TRC20) to the wallet shown on your invoice - 10% courtesy discount applied automatically

Your order leaves our partner dispensary in plain outer packaging with no clinic name. A video visit is not required for the standard plan.

Warmly,
Brianna - Patient Care Coordinator
CalmPath Health | "Relief without the wait"
""", ext="txt")

p("h14408", "https://ketamine-clinic-direct-order.example/buy-esketamine-spray-online-no-rx/checkout", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="cf-wrapper">
<h1>Checking your browser before accessing the site.</h1>
<p>This process is automatic. Your browser will redirect to your requested content shortly.</p>
<p>Please allow up to 5 seconds&hellip;</p>
<noscript>Please enable JavaScript and cookies to continue.</noscript>
<p class="ray">Ray ID: 8f2c1e4b7a90d3c1</p>
</div>
""")

p("h14409", "https://clinicavitalis-bienestar.example/terapias/ketamina-en-casa", "seller", True, "es",
  "wellness-clinic-front-es", "Terapia de ketamina en casa | Clínica Vitalis Bienestar", """
<header>
<a class="logo" href="/">Clínica Vitalis <small>Bienestar integral</small></a>
<nav><a href="/terapias">Terapias</a> <a href="/terapias/ketamina-en-casa">Ketamina en casa</a> <a href="/terapias/sueroterapia">Sueroterapia</a> <a href="/equipo">Equipo</a> <a href="/blog">Blog</a> <a href="/contacto">Contacto</a></nav>
</header>
<main>
<h1>Terapia de ketamina en casa, con acompañamiento</h1>
<p>En Vitalis creemos que el bienestar emocional no debería depender de listas de espera. Nuestro programa de ketamina sublingual te permite empezar en pocos días, desde tu casa y con el apoyo de nuestro equipo.</p>
<h2>Cómo funciona</h2>
<ol>
<li>Rellenas nuestro cuestionario de bienestar (10 minutos).</li>
<li>Nuestro equipo de atención al paciente valora tus respuestas y te confirma por WhatsApp si el programa es adecuado para ti.</li>
<li>Realizas el pago y preparamos tu pack.</li>
<li>Recibes en 24&ndash;48 h tu pack con 8 comprimidos sublinguales, guía de sesiones y acceso a la comunidad privada.</li>
</ol>
<p>No hace falta informe de tu psiquiatra ni receta previa: el cuestionario es suficiente para la mayoría de personas.</p>
<h2>Precios</h2>
<ul><li>Pack Inicio (8 sesiones): 240 &euro;</li><li>Pack Continuidad (16 sesiones): 420 &euro;</li></ul>
<p>El pago se hace por Bizum al número que te facilitamos por WhatsApp (a nombre de nuestra coordinadora, Laura M.). Envío por mensajería en caja neutra, sin logotipos, a toda la península y Baleares.</p>
<p><a class="btn" href="https://wa.me/34600555019">Hablar con el equipo por WhatsApp</a></p>
</main>
<footer><p>Vitalis Bienestar &middot; Centro de terapias complementarias &middot; Aviso legal &middot; Privacidad</p></footer>
""", noise="cookie-es")

p("h14410", "https://europa-versandapotheke24.example/esketamin-nasenspray-28mg", "seller", True, "de",
  "online-pharmacy-front-de", "Esketamin Nasenspray 28 mg kaufen | Europa Versandapotheke 24", """
<header>
<a class="logo" href="/">Europa Versandapotheke 24</a>
<div class="usp">&#10003; Diskreter Versand &nbsp; &#10003; Ärztliche Prüfung inklusive &nbsp; &#10003; Über 90.000 zufriedene Kunden</div>
<nav><a href="/depression">Depression</a> <a href="/schlaf">Schlaf</a> <a href="/potenz">Potenz</a> <a href="/abnehmen">Abnehmen</a> <a href="/so-funktionierts">So funktioniert's</a> <a href="/warenkorb">Warenkorb</a></nav>
</header>
<main>
<h1>Esketamin Nasenspray 28 mg</h1>
<p class="sub">Wirkstoff: Esketamin &middot; Darreichung: Nasenspray, Einzeldosis-Applikator</p>
<table>
<tr><th>Packung</th><th>Preis</th></tr>
<tr><td>2 Applikatoren</td><td>179,00 &euro;</td></tr>
<tr><td>6 Applikatoren</td><td>489,00 &euro;</td></tr>
<tr><td>12 Applikatoren</td><td>899,00 &euro;</td></tr>
</table>
<p><button>In den Warenkorb</button></p>
<h2>So einfach geht's</h2>
<ol>
<li>Medizinischen Online-Fragebogen ausfüllen (ca. 3 Minuten).</li>
<li>Unser Partnerarzt prüft Ihre Angaben und stellt das Rezept aus &ndash; in der Regel innerhalb von 30 Minuten.</li>
<li>Versand aus unserer Partnerapotheke in den Niederlanden, neutral verpackt, ohne Absender.</li>
</ol>
<p>Ein Termin, eine Videosprechstunde oder ein vorhandenes Rezept sind nicht nötig.</p>
<h2>Zahlung</h2>
<p>Vorkasse per Überweisung auf unser Treuhandkonto oder per Paysafecard (PIN im Kundenkonto eingeben). Kreditkartenzahlung ist für dieses Produkt leider nicht möglich.</p>
<p class="klein">Hinweis: Esketamin wird bei therapieresistenter Depression in Kombination mit einem Antidepressivum angewendet. Lesen Sie die Packungsbeilage.</p>
</main>
<footer><p>Europa Versandapotheke 24 ist ein Vermittlungsdienst. Impressum &middot; Datenschutz &middot; AGB</p></footer>
""", noise="cookie-de")

p("h14411", "https://labo-preparations-magistrales.example/catalogue/ketamine-solution-buvable", "seller", True, "fr",
  "compounding-lab-front-fr", "Kétamine solution buvable 50 mg/ml | Laboratoire Delorme Préparations", """
<header>
<a href="/" class="logo">Laboratoire Delorme <small>Préparations magistrales depuis 1998</small></a>
<nav><a href="/catalogue">Catalogue</a> <a href="/qualite">Qualité</a> <a href="/professionnels">Espace professionnels</a> <a href="/commande">Comment commander</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<h1>Kétamine &ndash; solution buvable 50 mg/ml</h1>
<p>Préparation réalisée en salle blanche à partir de chlorhydrate de kétamine de qualité pharmaceutique. Flacon ambré de 30 ml avec seringue doseuse graduée.</p>
<table><tr><th>Conditionnement</th><th>Prix TTC</th></tr>
<tr><td>1 flacon 30 ml</td><td>165 &euro;</td></tr>
<tr><td>2 flacons</td><td>300 &euro;</td></tr>
<tr><td>4 flacons</td><td>540 &euro;</td></tr></table>
<h2>Commander</h2>
<p>Vous n'avez pas à nous transmettre d'ordonnance : après votre commande, notre pharmacien référent valide votre questionnaire de santé et établit la fiche de préparation. Expédition sous 48 h en Colissimo, emballage neutre.</p>
<p>Règlement par virement ou par coupons Transcash / PCS (envoyez les codes à notre service commandes par e-mail). Les cartes bancaires ne sont pas acceptées pour les préparations de cette catégorie.</p>
<p>Livraison possible en France, Belgique, Suisse et Luxembourg.</p>
</main>
<footer><p>&copy; 2026 Laboratoire Delorme &middot; Mentions légales &middot; CGV</p></footer>
""", noise="cookie-fr")

p("h14412", "https://zorgbemiddeling-nederland.example/behandelingen/ketamine-thuis", "seller", True, "nl",
  "care-broker-front-nl-partial", "Ketamine thuisbehandeling | Zorgbemiddeling Nederland", """
<header>
<a href="/" class="logo">Zorgbemiddeling Nederland</a>
<nav><a href="/behandelingen">Behandelingen</a> <a href="/werkwijze">Werkwijze</a> <a href="/ervaringen">Ervaringen</a> <a href="/veelgestelde-vragen">Veelgestelde vragen</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<h1>Ketamine thuis, zonder wachtlijst</h1>
<p>De wachtlijsten in de GGZ lopen op tot een jaar. Zorgbemiddeling Nederland regelt uw ketaminebehandeling via onze partners in het buitenland, zodat u binnen een week kunt starten.</p>
<h2>Onze werkwijze</h2>
<ul>
<li>U vult het intakeformulier in. Een verwijzing van de huisarts of een eerdere diagnose is niet nodig.</li>
<li>Onze zorgbemiddelaar belt u binnen één werkdag voor een kort kennismakingsgesprek.</li>
<li>Na bevestiging ontvangt u een Tikkie voor het behandelpakket (&euro; 295 voor 10 doses).</li>
<li>Het pakket wordt als brievenbuspost verstuurd in een neutrale envelop, zodat u niet thuis hoeft te zijn.</li>
</ul>
<h2>Veelgestelde vragen</h2>
<p><strong>Wordt dit vergoed door mijn zorgverzekeraar?</strong> Nee, en daardoor hoeft er ook niets in uw dossier te komen.</p>
<p><strong>Spreek ik een arts?</strong> Onze partners werken met een arts die de aanvragen op afstand goedkeurt. U hoeft daar zelf geen contact mee te hebben.</p>
<p><strong>Mag ik</strong>
""")

p("h14413", "https://medico-ao-domicilio-lisboa.example/servicos/cetamina", "seller", True, "pt",
  "mobile-doctor-front-pt", "Cetamina ao domicílio | Médico ao Domicílio Lisboa", """
<header>
<a class="logo" href="/">Médico ao Domicílio <small>Lisboa &middot; Cascais &middot; Sintra</small></a>
<nav><a href="/servicos">Serviços</a> <a href="/servicos/soroterapia">Soroterapia</a> <a href="/servicos/cetamina">Cetamina</a> <a href="/precos">Preços</a> <a href="/sobre">Sobre nós</a> <a href="https://wa.me/351910555033">WhatsApp</a></nav>
</header>
<main>
<h1>Cetamina ao domicílio, com total discrição</h1>
<p>Um serviço pensado para quem não tem tempo nem vontade de ir a uma clínica. Falamos consigo por WhatsApp, preparamos o seu kit e entregamos onde estiver &mdash; em casa, no hotel ou no escritório.</p>
<h2>Como funciona</h2>
<ol>
<li>Envie-nos uma mensagem pelo WhatsApp. A nossa assistente faz-lhe algumas perguntas rápidas sobre o seu estado.</li>
<li>Confirme o kit pretendido e faça o pagamento por MB WAY para o número indicado.</li>
<li>Um estafeta entrega o kit em mãos no prazo de 2 a 4 horas (Grande Lisboa).</li>
</ol>
<h2>Kits</h2>
<ul>
<li>Kit Relax: 5 pastilhas sublinguais de 100 mg &mdash; 150 &euro;</li>
<li>Kit Reset: spray nasal 10 ml &mdash; 220 &euro;</li>
<li>Kit Fim de Semana: 10 pastilhas + spray &mdash; 340 &euro;</li>
</ul>
<p>Não pedimos relatórios médicos, receitas nem número de utente. Entregas fora da Grande Lisboa por CTT Expresso em embalagem discreta.</p>
</main>
<footer><p>Médico ao Domicílio Lisboa &middot; Bem-estar e conveniência</p></footer>
""", noise="cookie-pt")

p("h14414", "https://programma-supporto-paziente.example/esketamina/kit-di-avvio", "seller", True, "it",
  "patient-support-front-it", "Kit di avvio esketamina | Programma Supporto Paziente", """
<header>
<a href="/" class="logo">Programma Supporto Paziente <small>Accesso alle terapie innovative</small></a>
<nav><a href="/chi-siamo">Chi siamo</a> <a href="/esketamina">Esketamina</a> <a href="/esketamina/kit-di-avvio">Kit di avvio</a> <a href="/domande">Domande frequenti</a> <a href="/contatti">Contatti</a></nav>
</header>
<main>
<h1>Kit di avvio esketamina a domicilio</h1>
<p>Molti pazienti aspettano mesi per accedere all'esketamina spray nasale in un centro autorizzato. Il nostro programma di supporto offre un kit di avvio per iniziare subito, a casa propria.</p>
<h2>Come aderire</h2>
<ol>
<li>Compila il modulo di adesione online.</li>
<li>Un operatore del programma ti contatta entro 24 ore per confermare l'idoneità.</li>
<li>Ricevi il kit (4 dispositivi da 28 mg + guida all'uso) con corriere espresso in confezione anonima.</li>
</ol>
<p>Non serve la ricetta del tuo medico né il piano terapeutico: l'adesione al programma sostituisce queste formalità.</p>
<h2>Contributo</h2>
<p>Il contributo per il kit è di 390 &euro; e si versa tramite ricarica PostePay intestata al referente del programma; i dati vengono comunicati dall'operatore al momento della conferma.</p>
</main>
<footer><p>Programma Supporto Paziente non è affiliato ad alcuna azienda farmaceutica. Privacy &middot; Cookie</p></footer>
""")

# ---------------------------------------------------------------- telehealth: genuine, same polish (9)

p("h14415", "https://stillwater-telepsychiatry.example/at-home-ketamine/how-it-works", "telehealth", False, "en",
  "telehealth-how-it-works-long", "How At-Home Ketamine Treatment Works | Stillwater Telepsychiatry", """
<header class="site">
<div class="util"><a href="/portal">Patient portal</a> &middot; <a href="/providers">For referring providers</a> &middot; (877) 555-0160</div>
<a class="brand" href="/">Stillwater <span>Telepsychiatry</span></a>
<nav class="primary">
<a href="/conditions">Conditions</a> <a href="/at-home-ketamine">At-Home Ketamine</a> <a href="/medication-management">Medication Management</a>
<a href="/clinicians">Our Clinicians</a> <a href="/pricing">Pricing</a> <a href="/safety">Safety</a> <a class="btn" href="/get-started">Get started</a>
</nav>
</header>
<main>
<section class="hero">
<h1>At-home ketamine treatment, prescribed and monitored by psychiatric clinicians</h1>
<p>Stillwater offers oral ketamine for treatment-resistant depression to adults in 14 states. Every patient is evaluated by a board-certified psychiatrist or psychiatric nurse practitioner licensed in their state &mdash; by video, before anything is prescribed.</p>
</section>
<section>
<h2>Step 1 &middot; Screening and records</h2>
<p>Complete a clinical questionnaire (PHQ-9, GAD-7, medical history, current medications). Upload a government photo ID. We ask for records from your current or previous prescriber; our care coordinators can request them for you with your signed release. The questionnaire does not decide whether you are eligible &mdash; it only helps your clinician prepare.</p>
<h2>Step 2 &middot; Video evaluation (60 minutes)</h2>
<p>You meet your clinician on a live video call. They review your history, screen for psychosis, uncontrolled high blood pressure, substance use and other exclusions, and discuss whether ketamine, a different treatment, or in-person care is the better fit. About one in four people we evaluate are referred elsewhere.</p>
<h2>Step 3 &middot; Safety plan and support person</h2>
<p>Before a first dose you name a support person who will be present for your first sessions, confirm you own a validated blood-pressure cuff, and agree a safety plan. You will not drive for the rest of any treatment day.</p>
<h2>Step 4 &middot; Prescription and pharmacy</h2>
<p>If ketamine is appropriate, your clinician sends an electronic prescription to our partner pharmacy, a licensed 503A compounding pharmacy registered in your state. The pharmacy contacts you, verifies your identity and ships only the doses for your first two weeks, signature required. Your clinician never hands out a larger supply until you have been reviewed.</p>
<h2>Step 5 &middot; Follow-up</h2>
<p>You record blood pressure and a mood score before and after each session in the app. Your clinician meets you again by video after your second session and at least monthly after that. Refills are written only after each follow-up.</p>
</section>
<section class="team-strip">
<h2>Who will treat you</h2>
<ul>
<li>Dr. Elena Voss, MD &mdash; Medical Director, board-certified in psychiatry (CA, OR, WA)</li>
<li>Marcus Reed, PMHNP-BC &mdash; licensed in TX, CO, AZ</li>
<li>Priya Nair, DNP, PMHNP &mdash; licensed in NY, NJ, CT, PA</li>
</ul>
<p><a href="/clinicians">See all 22 clinicians and their licence numbers &rarr;</a></p>
</section>
<section class="cta"><a class="btn" href="/get-started">Check availability in your state</a> <span>Cash-pay; superbills for out-of-network reimbursement. HSA/FSA cards accepted.</span></section>
</main>
<footer>
<p>If you are in crisis, call or text 988. Stillwater is not an emergency service.</p>
<nav><a href="/privacy">Privacy &amp; HIPAA</a> <a href="/terms">Terms</a> <a href="/licensure">Licensure</a> <a href="/contact">Contact</a></nav>
<p>&copy; 2026 Stillwater Telepsychiatry, P.C.</p>
</footer>
""", noise="cookie")

p("h14416", "https://lumen-mind.example/membership/checkout", "telehealth", False, "en",
  "telehealth-membership-checkout", "Checkout — Lumen Mind Membership", """
<header><a href="/" class="logo">lumen mind</a> <span class="secure">&#128274; Secure checkout</span></header>
<main class="checkout">
<h1>Your membership</h1>
<div class="plan-summary">
<h2>Lumen Core &mdash; monthly</h2>
<ul>
<li>Initial 50-minute video evaluation with a licensed psychiatric clinician</li>
<li>Monthly video follow-ups and unlimited secure messaging with your care team</li>
<li>Mood and blood-pressure tracking in the Lumen app</li>
<li>Integration sessions with a licensed therapist (2 per month)</li>
</ul>
<p class="price">$199 / month &middot; first month $129 with code FIRSTSTEP</p>
</div>
<p class="note"><strong>About medication:</strong> your membership does not include or guarantee a prescription. If your clinician prescribes ketamine after your evaluation, the prescription is sent to our licensed partner pharmacy, which bills you separately (typically $60&ndash;$110 per month) and ships in tamper-evident packaging with adult signature on delivery. If you are not a candidate, you can cancel and we refund the unused membership.</p>
<form>
<fieldset><legend>Payment</legend>
<label>Card number <input name="cc" autocomplete="cc-number"></label>
<label>Expiry <input name="exp"></label> <label>CVC <input name="cvc"></label>
<p class="small">We accept Visa, Mastercard, Amex, Discover and HSA/FSA cards. We do not accept cryptocurrency, gift cards or peer-to-peer payments.</p>
</fieldset>
<label><input type="checkbox" required> I confirm I am 18 or older and located in a state where Lumen's clinicians are licensed. I understand I will need to show photo ID at my video visit.</label>
<button>Start membership</button>
</form>
</main>
<footer><p>Lumen Mind Medical Group, P.A. &middot; Clinical services provided by independently licensed clinicians.</p></footer>
""")

p("h14417", "https://evenkeel-health.example/help/why-we-ask-for-id-and-a-video-visit", "telehealth", False, "en",
  "telehealth-faq-short", "Why we ask for ID and a video visit | Even Keel Health Help Centre", """
<nav class="help"><a href="/help">Help Centre</a> &rsaquo; <a href="/help/getting-started">Getting started</a></nav>
<article>
<h1>Why do you need my ID and a live video visit?</h1>
<p>Ketamine is a controlled medicine. Before our clinicians can prescribe it, federal and state rules &mdash; and good medicine &mdash; require that they know who you are and evaluate you properly. A form alone isn't enough, and anyone who tells you otherwise isn't practising medicine.</p>
<p>So every Even Keel patient uploads a photo ID and meets a licensed clinician by video before any prescription. Your clinician may also ask for records from your other doctors.</p>
<h2>A note about look-alike sites</h2>
<p>We've had reports of websites copying our branding and texting people &ldquo;your plan is approved &mdash; pay now to release your shipment.&rdquo; Even Keel will never ask you to pay by Zelle, Cash App, gift cards or cryptocurrency, and we never ship anything before you've met your clinician. If you get a message like this, forward it to <a href="mailto:security@evenkeel-health.example">security@evenkeel-health.example</a>.</p>
<p class="meta">Was this article helpful? <button>Yes</button> <button>No</button></p>
</article>
""")

p("h14418", "https://brightline-virtual-psychiatry.example/treatments/esketamine-referral", "telehealth", False, "en",
  "virtual-psychiatry-referral-medium", "Esketamine (Spravato) Evaluation & Referral | Brightline Virtual Psychiatry", """
<header><a class="logo" href="/">Brightline Virtual Psychiatry</a>
<nav><a href="/treatments">Treatments</a> <a href="/insurance">Insurance</a> <a href="/clinicians">Clinicians</a> <a href="/locations">Partner Sites</a> <a href="/book" class="btn">Book a visit</a></nav></header>
<main>
<h1>Esketamine evaluation online, treatment at a certified site near you</h1>
<p>Spravato&reg; (esketamine) can only be given at a healthcare setting certified under the Spravato REMS, where you are observed for at least two hours after each dose. Brightline does the parts that can happen from home: the psychiatric evaluation, insurance prior authorisation, oral antidepressant management and follow-up.</p>
<h2>How it works</h2>
<ol>
<li><strong>Video evaluation</strong> with a Brightline psychiatrist (in network with most major plans) to confirm treatment-resistant depression and review prior medication trials.</li>
<li><strong>Prior authorisation</strong> &mdash; our benefits team submits the paperwork to your insurer; this usually takes 1&ndash;3 weeks.</li>
<li><strong>Referral</strong> to one of 140 REMS-certified partner treatment centres. You choose the location; we send your records.</li>
<li><strong>Ongoing care</strong> &mdash; your Brightline psychiatrist keeps managing your oral antidepressant and reviews progress with the treatment centre.</li>
</ol>
<p>Brightline does not ship esketamine and no pharmacy will send it to your home.</p>
<p><a class="btn" href="/book?reason=esketamine">Book an evaluation</a> &middot; Typical copay $20&ndash;$60</p>
</main>
<footer><p>Brightline Virtual Psychiatry, PLLC &middot; Licensed in 31 states &middot; Privacy &middot; Nondiscrimination notice</p></footer>
""")

p("h14419", "https://app.harborline-care.example/messages/thread/55102", "telehealth", False, "en",
  "telehealth-portal-message-txt", "Harborline Care — Message from your care team", """
Harborline Care | Secure messages

From: Dr. Samuel Okafor, MD (Psychiatry) - via Harborline Care
Re: After your evaluation on Tuesday

Hi Alex, thanks for your time on our video visit. Based on your history (two adequate antidepressant trials, no uncontrolled blood pressure, support person confirmed), I have prescribed oral ketamine, 4 sessions to start. The e-prescription went to Cedar Row Pharmacy (licensed in MA, lic. DS89112). They will call you to verify your ID and arrange signature-required delivery; they bill you directly.

Please do not take a dose until we have done your dose-day video check-in next Monday at 10:00. Log your blood pressure before and after, and have Jamie with you as we discussed.

Follow-up visit booked: 2 weeks from today. Reply here with any questions.
- Dr. Okafor
""", ext="txt")

p("h14420", "https://psychiatrie-online-praxis.example/esketamin/videosprechstunde", "telehealth", False, "de",
  "telehealth-de-referral", "Videosprechstunde vor einer Esketamin-Behandlung | Psychiatrie Online Praxis", """
<header>
<a href="/" class="logo">Psychiatrie Online Praxis <small>Dr. med. Katrin Albers &amp; Kollegen</small></a>
<nav><a href="/leistungen">Leistungen</a> <a href="/esketamin">Esketamin</a> <a href="/team">Team</a> <a href="/kosten">Kosten</a> <a href="/termin" class="btn">Termin buchen</a></nav>
</header>
<main>
<h1>Esketamin: Abklärung per Videosprechstunde, Behandlung vor Ort</h1>
<p>Esketamin-Nasenspray darf nur unter ärztlicher Aufsicht in einer Praxis oder Klinik angewendet werden; nach jeder Gabe bleiben Sie mindestens zwei Stunden zur Überwachung. Einen Versand nach Hause gibt es nicht &ndash; weder bei uns noch bei seriösen Anbietern.</p>
<h2>Was wir online übernehmen</h2>
<ul>
<li>Ausführliches psychiatrisches Erstgespräch per zertifizierter Videosprechstunde (KBV-zugelassener Anbieter), 50 Minuten</li>
<li>Prüfung der bisherigen Behandlungsversuche und Befunde (bitte Arztbriefe vorab hochladen)</li>
<li>Überweisung an eine unserer Kooperationspraxen in Hamburg, Hannover oder Bremen</li>
<li>Weiterbehandlung mit Ihrem oralen Antidepressivum und regelmäßige Verlaufsgespräche</li>
</ul>
<h2>Kosten</h2>
<p>Für gesetzlich Versicherte rechnen wir über die eGK ab. Privatversicherte und Selbstzahler: Abrechnung nach GOÄ, Erstgespräch ca. 120&ndash;160 &euro;.</p>
<p>Bitte halten Sie beim ersten Termin Ihren Personalausweis und Ihre Versichertenkarte bereit.</p>
</main>
<footer><p>Impressum &middot; Datenschutz &middot; Zuständige Ärztekammer: Ärztekammer Hamburg</p></footer>
""", noise="cookie-de")

p("h14421", "https://teleconsulta-salud-mental.example/ketamina/evaluacion", "telehealth", False, "es",
  "telehealth-es-medium", "Evaluación para tratamiento con ketamina | Teleconsulta Salud Mental", """
<header>
<a class="logo" href="/">Teleconsulta Salud Mental <small>Psiquiatría en línea &middot; México</small></a>
<nav><a href="/servicios">Servicios</a> <a href="/ketamina">Ketamina</a> <a href="/medicos">Nuestros médicos</a> <a href="/precios">Precios</a> <a href="/agenda" class="btn">Agendar</a></nav>
</header>
<main>
<h1>¿Es la ketamina una opción para ti? Empieza con una evaluación psiquiátrica por video</h1>
<p>Antes de cualquier indicación, te atiende por videollamada un psiquiatra con cédula profesional y de especialidad verificable en el Registro Nacional de Profesionistas. La consulta dura 60 minutos e incluye revisión de tus tratamientos previos, antecedentes médicos y riesgos.</p>
<h2>Después de la consulta</h2>
<p>Si el médico considera adecuado el tratamiento, emite una receta con código de barras para ketamina sublingual que surte una farmacia autorizada por COFEPRIS; la farmacia verifica tu identificación y envía solo la dosis de las primeras dos semanas. Las siguientes recetas dependen de tus consultas de seguimiento (cada 2&ndash;4 semanas).</p>
<p>Si el médico considera que necesitas otro tipo de atención, te lo explica y te orienta hacia una clínica presencial.</p>
<h2>Precios</h2>
<ul><li>Evaluación inicial: $1,800 MXN</li><li>Seguimiento: $1,100 MXN</li><li>Medicamento: lo cobra directamente la farmacia</li></ul>
<p>Pagas con tarjeta al agendar. No enviamos medicamentos sin consulta ni aceptamos pagos por transferencia a cuentas personales.</p>
</main>
<footer><p>Teleconsulta Salud Mental S.C. &middot; Aviso de privacidad &middot; Responsable sanitario: Dra. Mariana Ortega Ruiz</p></footer>
""", noise="cookie-es")

p("h14422", "https://telepsy-quebec.example/ketamine-esketamine/orientation", "telehealth", False, "fr",
  "telehealth-fr-nav-heavy", "Évaluation en ligne et orientation vers l'eskétamine | TéléPsy Québec", """
<header>
<a href="/" class="logo">TéléPsy Québec</a>
<nav class="main">
<a href="/consultation">Consultation</a> <a href="/psychiatres">Psychiatres</a> <a href="/infirmieres">Infirmières praticiennes</a>
<a href="/conditions/depression">Dépression</a> <a href="/conditions/anxiete">Anxiété</a> <a href="/conditions/tdah">TDAH</a> <a href="/conditions/bipolarite">Bipolarité</a>
<a href="/traitements/medication">Médication</a> <a href="/traitements/psychotherapie">Psychothérapie</a> <a href="/ketamine-esketamine/orientation">Kétamine / eskétamine</a>
<a href="/tarifs">Tarifs</a> <a href="/assurances">Assurances</a> <a href="/faq">FAQ</a> <a href="/connexion">Connexion</a> <a href="/rendez-vous" class="btn">Prendre rendez-vous</a>
</nav>
</header>
<main>
<p class="crumbs"><a href="/">Accueil</a> &rsaquo; <a href="/traitements">Traitements</a> &rsaquo; Kétamine / eskétamine</p>
<h1>Kétamine et eskétamine : évaluation à distance, traitement en clinique</h1>
<p>Nos psychiatres membres du Collège des médecins du Québec évaluent votre situation en visioconférence et, si c'est indiqué, vous orientent vers une clinique partenaire où l'eskétamine en vaporisateur nasal ou la kétamine intraveineuse sont administrées sous surveillance. Nous ne prescrivons pas de kétamine à prendre à domicile.</p>
<ul class="links">
<li><a href="/ketamine-esketamine/criteres">Qui peut être admissible?</a></li>
<li><a href="/ketamine-esketamine/cliniques-partenaires">Cliniques partenaires (Montréal, Québec, Sherbrooke)</a></li>
<li><a href="/ketamine-esketamine/couts">Coûts et remboursement</a></li>
<li><a href="/ketamine-esketamine/references-medecins">Pour les médecins référents</a></li>
</ul>
</main>
<footer>
<nav><a href="/a-propos">À propos</a> <a href="/carrieres">Carrières</a> <a href="/confidentialite">Confidentialité</a> <a href="/accessibilite">Accessibilité</a> <a href="/plaintes">Plaintes</a> <a href="/contact">Contact</a></nav>
<p>En cas de crise : 9-8-8. &copy; 2026 TéléPsy Québec inc.</p>
</footer>
""", noise="cookie-fr")

p("h14423", "https://psiquiatria-digital.example/escetamina/primeira-consulta", "telehealth", False, "pt",
  "telehealth-pt-medium", "Escetamina: primeira consulta por telemedicina | Psiquiatria Digital", """
<header>
<a href="/" class="logo">Psiquiatria Digital</a>
<nav><a href="/especialidades">Especialidades</a> <a href="/escetamina">Escetamina</a> <a href="/medicos">Médicos</a> <a href="/convenios">Convênios</a> <a href="/agendar" class="btn">Agendar</a></nav>
</header>
<main>
<h1>Escetamina para depressão resistente: comece com uma teleconsulta</h1>
<p>A escetamina em spray nasal é aplicada apenas em clínica, com monitoramento de pelo menos duas horas. Na Psiquiatria Digital, a avaliação inicial e o acompanhamento são feitos por vídeo, com psiquiatras registrados no CRM do seu estado.</p>
<h2>Etapas</h2>
<ol>
<li>Teleconsulta de 50 minutos com psiquiatra (documento com foto obrigatório).</li>
<li>Análise dos tratamentos anteriores e exames; pode ser solicitado ECG e aferição de pressão.</li>
<li>Se houver indicação, encaminhamento para um centro parceiro credenciado em São Paulo, Campinas ou Belo Horizonte, com relatório médico para o plano de saúde.</li>
<li>Acompanhamento por vídeo a cada 2 a 4 semanas.</li>
</ol>
<p>Valor da teleconsulta: R$ 420 (Pix ou cartão, com nota fiscal). Não vendemos nem enviamos medicamentos.</p>
</main>
<footer><p>Psiquiatria Digital Serviços Médicos Ltda. &middot; Diretor técnico: Dr. Rafael Tavares &middot; CRM-SP 000000</p></footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics: in-person, same polish (8)

p("h14424", "https://cedar-infusion-center.example/ketamine-infusions/pricing", "clinic", False, "en",
  "infusion-clinic-pricing-long", "Ketamine Infusion Pricing & Packages | Cedar Infusion Center, Raleigh", """
<header class="site">
<div class="util">Raleigh &middot; Cary &middot; Durham &nbsp;|&nbsp; (919) 555-0127 &nbsp;|&nbsp; <a href="/pay-bill">Pay my bill</a></div>
<a class="brand" href="/">Cedar Infusion Center</a>
<nav class="primary">
<a href="/ketamine-infusions">Ketamine Infusions</a> <a href="/spravato">Spravato</a> <a href="/ketamine-infusions/pain">Pain (CRPS, Fibromyalgia)</a>
<a href="/ketamine-infusions/pricing" class="active">Pricing</a> <a href="/our-team">Our Team</a> <a href="/refer">For Referring Providers</a> <a href="/gift-cards">Gift Cards</a>
<a class="btn" href="/book">Book a consultation</a>
</nav>
</header>
<main>
<h1>Transparent pricing for ketamine infusions</h1>
<p>We believe you should know what treatment costs before you start. All prices include the physician-led medical assessment for that visit, continuous monitoring (blood pressure, pulse oximetry, ECG), anti-nausea medication when needed and a recovery period in our comfort suites.</p>
<section class="prices">
<h2>Depression, anxiety and PTSD</h2>
<table>
<tr><th>Service</th><th>Price</th></tr>
<tr><td>Consultation with our physician (in person, 45 min)</td><td>$150 &mdash; credited to your first infusion</td></tr>
<tr><td>Single infusion (40 minutes, 0.5&ndash;0.75 mg/kg)</td><td>$475</td></tr>
<tr><td>Induction series (6 infusions over 2&ndash;3 weeks)</td><td>$2,550 &mdash; save $300</td></tr>
<tr><td>Booster infusion</td><td>$425</td></tr>
</table>
<h2>Chronic pain protocols</h2>
<table>
<tr><td>4-hour pain infusion</td><td>$950</td></tr>
<tr><td>5-day CRPS protocol</td><td>Quoted after consultation</td></tr>
</table>
</section>
<section class="pay">
<h2>Paying for treatment</h2>
<ul>
<li>We accept all major cards, HSA/FSA cards and CareCredit.</li>
<li>Monthly payment plans through Cherry (0% APR options for qualified patients).</li>
<li>We provide a superbill for out-of-network reimbursement. Spravato is billed to insurance.</li>
<li>A $100 deposit secures your first infusion appointment and is applied to your bill.</li>
</ul>
<p>Gift cards can be applied to consultations and infusions for an existing patient; they do not replace the medical assessment.</p>
</section>
<section class="safety">
<h2>Before your first infusion</h2>
<p>Please bring a photo ID, a list of medications and, if you have one, a referral or notes from your psychiatrist or primary care provider. You must have an adult drive you home. Infusions are given only in our clinic by our anesthesia and emergency medicine physicians and registered nurses.</p>
</section>
<section class="cta"><a class="btn" href="/book">Book your consultation</a> <a href="/faq">Read our FAQ</a></section>
</main>
<footer>
<p>Cedar Infusion Center, PLLC &middot; 4100 Glenwood Ave, Suite 210, Raleigh NC &middot; Medical Director: Thomas Garrity, MD (Anesthesiology)</p>
<nav><a href="/privacy">Notice of Privacy Practices</a> <a href="/good-faith-estimate">Good Faith Estimate</a> <a href="/careers">Careers</a></nav>
</footer>
""", noise="cookie")

p("h14425", "https://riverbend-behavioral.example/spravato/treatment-day", "clinic", False, "en",
  "spravato-rems-centre-medium", "What to Expect on a Spravato Treatment Day | Riverbend Behavioral Health", """
<header><a class="logo" href="/">Riverbend Behavioral Health</a>
<nav><a href="/services">Services</a> <a href="/spravato">Spravato&reg;</a> <a href="/tms">TMS</a> <a href="/insurance">Insurance</a> <a href="/locations">Locations</a> <a href="/patient-portal">Patient Portal</a></nav></header>
<main>
<h1>Your Spravato&reg; treatment day</h1>
<p>Riverbend is a certified treatment centre under the Spravato REMS program. Esketamine is stored on site, never sent home with patients, and every dose is taken in our treatment rooms under the direct observation of our clinical staff.</p>
<h2>Timeline</h2>
<ol>
<li><strong>Check-in (15 min)</strong> &mdash; blood pressure, a brief symptom check. If your blood pressure is above 140/90 we recheck and may postpone the dose.</li>
<li><strong>Dosing (10&ndash;15 min)</strong> &mdash; you use two or three nasal devices yourself, five minutes apart, while a nurse watches.</li>
<li><strong>Monitoring (at least 2 hours)</strong> &mdash; you rest in a private recliner. Staff check blood pressure at 40 minutes and before discharge.</li>
<li><strong>Discharge</strong> &mdash; a clinician confirms you are ready to leave. You may not drive until the next day after a restful sleep, so please arrange a ride.</li>
</ol>
<h2>Cost</h2>
<p>Most commercial plans and Medicare cover Spravato with prior authorisation; our benefits team handles this. Janssen's savings program may lower your copay. Your estimated cost is shared before your first session.</p>
<p><a class="btn" href="/spravato/referral">Request a Spravato evaluation</a> &middot; Referrals by fax: (614) 555-0190</p>
</main>
<footer><p>Riverbend Behavioral Health &middot; Columbus &middot; Dublin &middot; Westerville</p></footer>
""")

p("h14426", "https://threshold-kap.example/ketamine-assisted-psychotherapy/fees", "clinic", False, "en",
  "kap-practice-fees-medium", "Fees & Scheduling | Threshold Ketamine-Assisted Psychotherapy", """
<header><a href="/" class="logo">Threshold</a> <span>Ketamine-Assisted Psychotherapy &middot; Portland, OR</span>
<nav><a href="/approach">Our approach</a> <a href="/team">Clinicians</a> <a href="/ketamine-assisted-psychotherapy">KAP</a> <a href="/ketamine-assisted-psychotherapy/fees">Fees</a> <a href="/groups">Groups</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Fees and scheduling</h1>
<p>Threshold is a small group practice of a psychiatrist, two licensed clinical social workers and a licensed professional counselor. Ketamine is prescribed only by our psychiatrist, Dr. Hannah Lindqvist, after an in-person medical evaluation, and every medicine session takes place in our office with a therapist present throughout.</p>
<h2>Program fees</h2>
<table>
<tr><td>Medical evaluation with Dr. Lindqvist (90 min, in person)</td><td>$400</td></tr>
<tr><td>Preparation sessions (2 &times; 50 min)</td><td>$180 each</td></tr>
<tr><td>Medicine session (3 hours, IM or sublingual ketamine, therapist present)</td><td>$650</td></tr>
<tr><td>Integration session (50 min, in person or telehealth)</td><td>$180</td></tr>
</table>
<p>A limited number of sliding-scale spots are reserved each quarter. Ask us about them.</p>
<h2>Payments</h2>
<p>We take cards, HSA/FSA and checks. For integration-session copays only, existing clients may pay by Venmo (@Threshold-KAP-PDX) if that is easier. We provide superbills; we are out of network with all insurers.</p>
<p>Book your medical evaluation through our scheduling page or by calling (503) 555-0151. New clients are asked to sign a release so we can speak with their current therapist or prescriber.</p>
</main>
<footer><p>Threshold Wellness PLLC &middot; 2211 SE Division St, Portland &middot; Privacy &middot; Good Faith Estimate</p></footer>
""")

p("h14427", "https://homewell-mobile-infusions.example/in-home-ketamine", "clinic", False, "en",
  "mobile-infusion-genuine-long", "In-Home Ketamine Infusions | HomeWell Mobile Infusions, Scottsdale", """
<header class="site">
<a class="brand" href="/">HomeWell <span>Mobile Infusions</span></a>
<nav><a href="/iv-hydration">IV Hydration</a> <a href="/in-home-ketamine">In-Home Ketamine</a> <a href="/how-it-works">How It Works</a> <a href="/medical-team">Medical Team</a> <a href="/service-area">Service Area</a> <a href="/book" class="btn">Request an appointment</a></nav>
</header>
<main>
<h1>Ketamine infusions at home, with a nurse at your side the whole time</h1>
<p>For patients who find clinic visits hard &mdash; because of severe anxiety, mobility limits or chronic pain &mdash; HomeWell brings the infusion to you. It's the same medical standard as our partner clinic, just in your living room.</p>
<h2>Before we come to you</h2>
<ul>
<li>A 45-minute video consultation with our medical director, Dr. Luis Ferreira, MD (emergency medicine), who reviews your records and medications. We require a diagnosis from your treating psychiatrist or therapist, or a referral.</li>
<li>Photo ID verification and a signed informed-consent form.</li>
<li>Not everyone is a candidate for home treatment. Patients with certain heart conditions, uncontrolled blood pressure or a history of psychosis are treated in clinic or referred elsewhere.</li>
</ul>
<h2>On infusion day</h2>
<p>A registered nurse arrives with monitoring equipment (blood pressure, pulse oximetry, cardiac monitor), emergency medications and the dose prepared for you. Dr. Ferreira or the on-call physician is on video for the start of every infusion. The nurse stays for the 40-minute infusion and at least 60 minutes afterwards, and leaves with all unused medication &mdash; nothing is left in your home.</p>
<p>An adult must be present in the home for the rest of the day.</p>
<h2>Pricing</h2>
<p>Consultation $175 &middot; In-home infusion $695 (within 25 miles of Scottsdale; travel fee beyond) &middot; Series of 6: $3,900. Cards, HSA/FSA; payment is taken when you book, never in cash at the door.</p>
</main>
<footer><p>HomeWell Mobile Infusions, LLC &middot; Arizona licensed outpatient treatment provider &middot; Privacy &middot; Terms</p></footer>
""", noise="cookie")

p("h14428", "https://stmargarets-health.example/departments/psychiatry/interventional-psychiatry", "clinic", False, "en",
  "hospital-department-short", "Interventional Psychiatry Service | St Margaret's Health", """
<nav class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/departments">Departments</a> &rsaquo; <a href="/departments/psychiatry">Psychiatry</a> &rsaquo; Interventional Psychiatry</nav>
<main>
<h1>Interventional Psychiatry Service</h1>
<p>Our service offers electroconvulsive therapy (ECT), transcranial magnetic stimulation (TMS), intravenous ketamine and esketamine nasal spray for adults with treatment-resistant depression. All treatments take place at the Wexford Pavilion, Level 3, with anaesthesia and nursing support.</p>
<p><strong>Referrals:</strong> accepted from psychiatrists and primary care physicians via the e-referral system. Self-referrals are not accepted. Current wait for a first assessment: about 6 weeks.</p>
<p><strong>Contact:</strong> 0161 555 0143 (Mon&ndash;Fri, 9:00&ndash;16:30)</p>
</main>
""")

p("h14429", "https://centro-psichiatria-interventistica.example/esketamina-ketamina/costi-e-prenotazione", "clinic", False, "it",
  "clinic-it-prices", "Costi e prenotazione – Esketamina e ketamina | Centro di Psichiatria Interventistica Milano", """
<header>
<a href="/" class="logo">Centro di Psichiatria Interventistica <small>Milano &middot; Via Melchiorre Gioia</small></a>
<nav><a href="/trattamenti">Trattamenti</a> <a href="/esketamina-ketamina">Esketamina e ketamina</a> <a href="/tms">TMS</a> <a href="/equipe">Équipe</a> <a href="/prenota" class="btn">Prenota una visita</a></nav>
</header>
<main>
<h1>Costi e prenotazione</h1>
<p>Tutti i trattamenti si svolgono presso il nostro ambulatorio, sotto la supervisione di uno psichiatra e di un anestesista. Dopo ogni seduta il paziente resta in osservazione per almeno due ore e non può guidare fino al giorno successivo.</p>
<table>
<tr><th>Prestazione</th><th>Costo</th></tr>
<tr><td>Prima visita psichiatrica (60 min)</td><td>180 &euro;</td></tr>
<tr><td>Seduta di esketamina spray nasale con monitoraggio (farmaco escluso, fornito secondo piano terapeutico)</td><td>150 &euro;</td></tr>
<tr><td>Infusione endovenosa di ketamina (off-label, previo consenso informato)</td><td>390 &euro;</td></tr>
<tr><td>Ciclo di 6 infusioni</td><td>2.100 &euro;</td></tr>
</table>
<p>Per la prima visita portare documento d'identità, tessera sanitaria e la documentazione delle terapie precedenti. La prenotazione è possibile online, per telefono (02 5550 1188) o via WhatsApp al 347 555 0190 (solo appuntamenti).</p>
<p>Pagamento in sede con bancomat o carta; rilasciamo fattura detraibile.</p>
</main>
<footer><p>Centro di Psichiatria Interventistica S.r.l. &middot; Direttore sanitario: Dott. Paolo Ferraris &middot; P.IVA 00000000000</p></footer>
""")

p("h14430", "https://ketaminekliniek-utrecht.example/behandeling/aanmelden", "clinic", False, "nl",
  "clinic-nl-intake", "Aanmelden voor ketaminebehandeling | Ketaminekliniek Utrecht", """
<header>
<a href="/" class="logo">Ketaminekliniek Utrecht</a>
<nav><a href="/behandeling">Behandeling</a> <a href="/behandeling/aanmelden">Aanmelden</a> <a href="/kosten">Kosten en vergoeding</a> <a href="/team">Team</a> <a href="/verwijzers">Voor verwijzers</a></nav>
</header>
<main>
<h1>Aanmelden</h1>
<p>Ketaminebehandeling bij onze kliniek vindt altijd plaats op locatie, onder toezicht van een arts en een verpleegkundige. U krijgt geen ketamine mee naar huis.</p>
<h2>Wat heeft u nodig?</h2>
<ul>
<li>Een verwijzing van uw huisarts of behandelend psychiater, met vermelding van de diagnose en eerdere behandelingen.</li>
<li>Uw BSN, legitimatiebewijs en gegevens van uw zorgverzekeraar.</li>
</ul>
<p>Na ontvangst van de verwijzing plannen we een intake met onze psychiater. De huidige wachttijd voor een intake is ongeveer 8 weken.</p>
<h2>Kosten</h2>
<p>De behandeling valt onder de basisverzekering (gespecialiseerde GGZ); uw eigen risico is van toepassing. Zonder verwijzing kunnen wij u helaas niet behandelen.</p>
<p><a class="btn" href="/verwijzers">Informatie voor verwijzers</a></p>
</main>
<footer><p>Ketaminekliniek Utrecht &middot; AGB-code en KvK op aanvraag &middot; Privacyverklaring &middot; Klachtenregeling</p></footer>
""", noise="cookie-nl")

p("h14431", "https://clinica-ketamina-madrid.example/tratamiento-ketamina/pide-cita", "clinic", False, "es",
  "clinic-es-whatsapp-booking", "Tratamiento con ketamina en Madrid – Pide cita | Clínica Neuroalma", """
<header>
<a href="/" class="logo">Clínica Neuroalma <small>Psiquiatría y neuromodulación &middot; Madrid, Chamberí</small></a>
<nav><a href="/tratamientos">Tratamientos</a> <a href="/tratamiento-ketamina">Ketamina</a> <a href="/esketamina">Esketamina</a> <a href="/estimulacion-magnetica">EMT</a> <a href="/equipo">Equipo</a> <a href="/tratamiento-ketamina/pide-cita" class="btn">Pide cita</a></nav>
</header>
<main>
<h1>Tratamiento con ketamina intravenosa en Madrid</h1>
<p>La ketamina en perfusión se administra en nuestra unidad de tratamiento, con monitorización continua y la presencia de un médico durante toda la sesión. Antes de empezar es imprescindible una primera consulta con uno de nuestros psiquiatras.</p>
<h2>Precios orientativos</h2>
<ul>
<li>Primera consulta de psiquiatría: 150 &euro;</li>
<li>Sesión de ketamina intravenosa (incluye monitorización y recuperación): 350 &euro;</li>
<li>Bono de 6 sesiones: 1.950 &euro;</li>
</ul>
<p>Aceptamos tarjeta, transferencia y Bizum a la cuenta de la clínica; emitimos factura para tu seguro de reembolso.</p>
<h2>Pide cita</h2>
<p>Llámanos al 91 555 0172 o escríbenos por WhatsApp al 600 555 081 para reservar tu primera consulta. Trae tu DNI e informes de tratamientos anteriores. Tras cada sesión debes venir acompañado o volver sin conducir.</p>
</main>
<footer><p>Clínica Neuroalma S.L. &middot; Centro sanitario autorizado por la Comunidad de Madrid, n.º CS0000 &middot; Aviso legal &middot; Privacidad</p></footer>
""", noise="cookie-es")

# ---------------------------------------------------------------- informational: about such fronts (9)

p("h14432", "https://valley-ledger-news.example/2026/11/health/ketamine-clinics-that-arent-clinics", "informational", False, "en",
  "news-investigation-long", "The ketamine 'clinics' that aren't clinics | Valley Ledger", """
<header class="masthead">
<a href="/" class="logo">The Valley Ledger</a>
<nav><a href="/news">News</a> <a href="/health">Health</a> <a href="/business">Business</a> <a href="/investigations">Investigations</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="btn">Subscribe $1/week</a></nav>
</header>
<article>
<p class="kicker">Investigation</p>
<h1>The ketamine 'clinics' that aren't clinics</h1>
<p class="dek">Soothing websites, care coordinators and five-star reviews &mdash; but no doctor ever sees the patient. Reporters signed up with six of them.</p>
<p class="byline">By Teresa Hwang and Omar Delgado &middot; November 18, 2026</p>
<p>The websites of the new at-home wellness brands look like any boutique clinic: lotus logos, a &ldquo;care team&rdquo; page, a pricing table with a &ldquo;most chosen&rdquo; plan. What it does not have, in most of the cases the Ledger examined, is a clinician who speaks to the patient before ketamine is put in the mail.</p>
<p>Over three months, two reporters completed intake forms at six sites that advertised &ldquo;at-home ketamine programs,&rdquo; &ldquo;patient access&rdquo; bridge supplies or enrolment in remote &ldquo;studies.&rdquo; Four approved the reporters within hours without any video or phone contact with a licensed prescriber. One asked for payment of $420 in the USDT stablecoin &ldquo;to release the shipment.&rdquo; Another, which described itself as a patient support programme, requested the numbers of prepaid gift cards &ldquo;for privacy.&rdquo;</p>
<p>&ldquo;The tell is never the design,&rdquo; said Dr. Renee Abbott, a psychiatrist who chairs a state medical society committee on telehealth. &ldquo;It's who signs off. If the answer is a coordinator, or nobody you ever meet, you're not dealing with a medical practice.&rdquo;</p>
<h2>Packaging without labels</h2>
<p>Three of the orders arrived. One contained tablets in a blister pack with no pharmacy label; lab testing commissioned by the Ledger found ketamine at roughly 60 percent of the stated dose. Another came in a vacuum-sealed pouch posted from a residential address in Nevada. The third, marketed as a &ldquo;generic esketamine spray,&rdquo; contained no esketamine at all.</p>
<p>One operator, reached by text, described the business as &ldquo;wellness coaching with a medical director on standing protocols&rdquo; and said customers &ldquo;buy ketamine online every day from people much worse than us.&rdquo; The person declined to name the medical director.</p>
<h2>How real providers work</h2>
<p>Legitimate telehealth services that prescribe ketamine, the Ledger found, verify identity, hold a live video evaluation with a licensed clinician, and send prescriptions to a licensed pharmacy that ships with a signature requirement. Spravato, the branded esketamine spray, can only be given at certified sites and is never mailed to patients.</p>
<p>The state Board of Pharmacy said it had opened inquiries into two of the sites. Readers who have been charged by such businesses can file complaints with the state attorney general.</p>
<aside class="related"><h3>Related</h3><ul><li><a href="#">How to check a prescriber's licence</a></li><li><a href="#">Spravato's REMS rules, explained</a></li></ul></aside>
</article>
<footer><p>&copy; 2026 The Valley Ledger &middot; Corrections &middot; Ethics policy</p></footer>
""", noise="cookie")

p("h14433", "https://pharmacy-board.state.example/consumers/alerts/ketamine-websites", "informational", False, "en",
  "regulator-warning-medium", "Consumer Alert: Websites Selling Ketamine Without a Valid Prescription | State Board of Pharmacy", """
<div class="gov-banner">An official website of the State</div>
<header><a href="/" class="logo">State Board of Pharmacy</a>
<nav><a href="/licensees">Licensees</a> <a href="/consumers">Consumers</a> <a href="/verify">Verify a License</a> <a href="/complaints">File a Complaint</a> <a href="/laws">Laws &amp; Rules</a></nav></header>
<main>
<h1>Consumer alert: websites offering ketamine without a valid prescription</h1>
<p class="date">Issued October 2, 2026</p>
<p>The Board has received complaints about websites that present themselves as clinics, pharmacies, patient-assistance programmes or research studies and ship ketamine or products labelled as esketamine to consumers. These businesses are not licensed by the Board.</p>
<h2>Warning signs</h2>
<ul>
<li>&ldquo;Approval&rdquo; by a coordinator, specialist or automated questionnaire, with no live evaluation by a licensed prescriber.</li>
<li>Payment requested by Zelle, Cash App, prepaid or gift cards, or cryptocurrency.</li>
<li>Offers to ship to a PO box or another person's address, or in packaging &ldquo;without pharmacy labels.&rdquo;</li>
<li>&ldquo;Studies&rdquo; that charge participants a fee for the study drug.</li>
<li>No pharmacy licence number, or a licence that does not appear in our <a href="/verify">verification tool</a>.</li>
</ul>
<h2>What to do</h2>
<p>Do not take products from these sources. Report the website through our <a href="/complaints">complaint form</a>. If you have already paid, contact your bank and the Attorney General's Consumer Protection Division.</p>
</main>
<footer><p>State Board of Pharmacy &middot; Accessibility &middot; Public records</p></footer>
""")

p("h14434", "https://alder-compounding.example/prescribers/ketamine-preparations", "informational", False, "en",
  "licensed-compounding-pharmacy", "Ketamine Preparations — Information for Prescribers | Alder Compounding Pharmacy", """
<header><a href="/" class="logo">Alder Compounding Pharmacy</a> <span>PCAB-accredited &middot; Licensed in 19 states</span>
<nav><a href="/patients">Patients</a> <a href="/prescribers">Prescribers</a> <a href="/prescribers/ketamine-preparations">Ketamine Preparations</a> <a href="/licensure">Licensure</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketamine preparations: information for prescribers</h1>
<p>Alder compounds ketamine HCl troches (25&ndash;200 mg), rapid-dissolve tablets and nasal solution for patients of licensed prescribers. We dispense only against a valid, patient-specific prescription from a prescriber who holds a DEA registration for Schedule III and has an established relationship with the patient.</p>
<h2>How to prescribe</h2>
<ul>
<li>e-Prescribe (EPCS) to Alder Compounding Pharmacy, NCPDP 0000000, or fax a signed prescription to (720) 555-0111.</li>
<li>Include the patient's date of birth, diagnosis code and dosing instructions.</li>
<li>We verify each new prescriber against the state licensing board and the DEA registry before dispensing.</li>
</ul>
<h2>What we will not fill</h2>
<p>We do not accept prescriptions generated by questionnaire-only services or from prescribers with no record of a patient evaluation, and we do not ship to PO boxes or third-party addresses. Patients cannot order from us directly.</p>
<h2>Shipping</h2>
<p>Orders ship by overnight courier with adult signature required, in tamper-evident packaging with a full pharmacy label. Typical patient price: $60&ndash;$120 per 30-day fill; we bill the patient directly.</p>
</main>
<footer><p>Alder Compounding Pharmacy &middot; Pharmacist-in-charge: Dana Whitfield, PharmD &middot; State licences listed on <a href="/licensure">our licensure page</a></p></footer>
""")

p("h14435", "https://forum.depression-support.example/t/is-calmpath-legit-approved-in-2-hours/48211", "informational", False, "en",
  "forum-thread-partial", "Is CalmPath legit? Approved in 2 hours, they want USDT - Depression Support Forum", """
<header><a href="/" class="logo">Depression Support Forum</a> <nav><a href="/latest">Latest</a> <a href="/c/treatments">Treatments</a> <a href="/c/ketamine">Ketamine &amp; Esketamine</a> <a href="/guidelines">Guidelines</a> <a href="/login">Log in</a></nav></header>
<main class="thread">
<h1>Is CalmPath legit? Approved in 2 hours, they want USDT</h1>
<div class="post"><p class="user">tiredofwaiting &middot; 3d</p>
<p>Filled out a form on calmpath-health last night, this morning I get a message saying their &ldquo;medical team&rdquo; approved a 10 dose ketamine plan, $420. The card link doesn't work for my bank so they suggested USDT for 10% off. Never talked to anyone. Site looks really professional though. Anyone used them?</p></div>
<div class="post"><p class="user">mod_kestrel &middot; Moderator &middot; 3d</p>
<p>Please don't pay. No real prescriber approves a controlled medicine without ever talking to you, and no real clinic asks for crypto. Real at-home programs do an ID check and a video visit first. I've removed the link from your post per our rules on naming vendors.</p></div>
<div class="post"><p class="user">greyskies_88 &middot; 2d</p>
<p>Same thing happened to my sister with a different name (&ldquo;Serenity&rdquo; something). She paid by Zelle to a personal name and got a pouch with unlabeled tabs. Reported to the pharmacy board.</p></div>
<div class="post"><p class="user">tiredofwaiting &middot; 2d</p>
<p>Thanks all. I booked an actual video evaluation with a telepsych practice my therapist recommended. Waitlist is 3 weeks but at least it's</p>
""")

p("h14436", "https://northgate-university-hospital.example/research/trials/ketamine-maintenance-kmt-3", "informational", False, "en",
  "genuine-trial-recruitment", "Research study: ketamine maintenance after response (KMT-3) | Northgate University Hospital", """
<header><a href="/" class="logo">Northgate University Hospital</a> <nav><a href="/research">Research</a> <a href="/research/trials">Clinical Trials</a> <a href="/research/participate">Take Part</a> <a href="/patients">Patients &amp; Visitors</a></nav></header>
<main>
<h1>KMT-3: Does maintenance ketamine help people stay well after depression improves?</h1>
<p>The Department of Psychiatry is recruiting adults whose depression has improved after a course of IV ketamine to a randomised, placebo-controlled trial comparing monthly maintenance infusions with placebo over six months.</p>
<table>
<tr><th>Registry</th><td>NCT00000000</td></tr>
<tr><th>Ethics approval</th><td>Northgate IRB #2025-0417</td></tr>
<tr><th>Funder</th><td>National Institute of Mental Health</td></tr>
<tr><th>Principal investigator</th><td>Prof. Adaeze Nwosu, MD PhD</td></tr>
</table>
<h2>What taking part involves</h2>
<p>An in-person screening visit (medical history, physical exam, ECG, blood tests), then monthly infusion visits at the Clinical Research Unit with 2 hours of monitoring, and remote questionnaires in between. There is no cost to take part: study medication, visits and tests are provided free, and participants receive up to $600 for their time plus travel costs.</p>
<p>You cannot take part if you have been treated with ketamine outside a medical setting in the past six months.</p>
<p>Contact the study coordinator: kmt3@northgate-university-hospital.example &middot; (312) 555-0137</p>
</main>
""")

p("h14437", "https://medical-board.state.example/discipline/orders/2026-0931-summary", "informational", False, "en",
  "board-order-summary-txt", "Summary of Consent Order 2026-0931", """
STATE MEDICAL BOARD - PUBLIC SUMMARY OF CONSENT ORDER No. 2026-0931

Licensee: R. M. Castellan, MD (license surrendered)
Summary: Between March 2025 and April 2026 the licensee served as "medical director" for three online businesses marketed as a wellness clinic, a patient access programme and a decentralised research study. The businesses shipped oral ketamine to approximately 4,100 customers. Prescriptions were generated under the licensee's DEA registration from online questionnaires reviewed by non-clinical "care coordinators"; the licensee did not examine or communicate with any of the patients. The licensee received a flat fee of $6 per prescription.
Findings: prescribing controlled substances without a bona fide patient relationship; aiding unlicensed practice; failure to maintain records.
Order: surrender of license; referral to the U.S. Drug Enforcement Administration.
""", ext="txt")

p("h14438", "https://verbraucherzentrale-gesundheit.example/arzneimittel/falsche-online-apotheken-esketamin", "informational", False, "de",
  "consumer-warning-de", "Falsche Online-Apotheken: Vorsicht bei Esketamin-Nasenspray ohne Arztbesuch | Verbraucherzentrale Gesundheit", """
<header><a href="/" class="logo">Verbraucherzentrale Gesundheit</a>
<nav><a href="/arzneimittel">Arzneimittel</a> <a href="/pflege">Pflege</a> <a href="/krankenversicherung">Krankenversicherung</a> <a href="/beratung">Beratung</a></nav></header>
<article>
<h1>Falsche Online-Apotheken: Vorsicht bei Esketamin-Nasenspray ohne Arztbesuch</h1>
<p class="stand">Stand: 21.11.2026</p>
<p>Immer häufiger erreichen uns Beschwerden über Internetseiten, die Esketamin-Nasenspray oder &bdquo;Ketamin-Lutschtabletten&ldquo; mit &bdquo;ärztlicher Prüfung inklusive&ldquo; anbieten. Die Seiten wirken seriös: Gütesiegel, Kundenbewertungen, Hinweise auf eine &bdquo;Partnerapotheke in den Niederlanden&ldquo;.</p>
<h2>Woran Sie unseriöse Anbieter erkennen</h2>
<ul>
<li>Das &bdquo;Rezept&ldquo; wird nach einem kurzen Fragebogen automatisch ausgestellt, ohne dass Sie je mit einer Ärztin oder einem Arzt sprechen.</li>
<li>Bezahlt werden soll per Vorkasse, Paysafecard oder auf ein &bdquo;Treuhandkonto&ldquo;.</li>
<li>Versand &bdquo;neutral und ohne Absender&ldquo;.</li>
<li>Das EU-Sicherheitslogo für Versandapotheken fehlt oder führt nicht zum Versandhandelsregister.</li>
</ul>
<p>Wichtig: Esketamin-Nasenspray wird in Deutschland nur in der Praxis oder Klinik unter Aufsicht angewendet und nicht nach Hause geschickt. Wer dennoch ein solches Angebot sieht, sollte es der zuständigen Landesbehörde melden.</p>
</article>
<footer><p>Verbraucherzentrale Gesundheit &middot; Impressum &middot; Datenschutz</p></footer>
""", noise="cookie-de")

p("h14439", "https://reduction-risques-asso.example/fiches/ketamine-acheter-en-ligne", "informational", False, "fr",
  "harm-reduction-fr", "Kétamine « médicale » vendue en ligne : ce qu'il faut savoir | Association Réduction des Risques", """
<header><a href="/" class="logo">Association Réduction des Risques</a>
<nav><a href="/fiches">Fiches produits</a> <a href="/analyse">Analyse de produits</a> <a href="/permanences">Permanences</a> <a href="/contact">Nous contacter</a></nav></header>
<main>
<h1>Kétamine « médicale » vendue en ligne : ce qu'il faut savoir</h1>
<p>Des sites se présentent comme des laboratoires de préparation, des pharmacies ou des programmes d'accompagnement et proposent de la kétamine en solution buvable, en spray ou en comprimés, livrée à domicile. Nos analyses montrent des dosages très variables, parfois d'autres produits.</p>
<h2>Les signaux qui doivent alerter</h2>
<ul>
<li>Aucune ordonnance demandée, ou une « validation » par questionnaire.</li>
<li>Paiement par coupons (Transcash, PCS), cryptomonnaie ou virement à un particulier.</li>
<li>Envoi en emballage neutre sans étiquette de pharmacie.</li>
</ul>
<h2>Si vous consommez quand même</h2>
<p>Faites analyser le produit lors d'une de nos permanences (gratuit et anonyme), commencez par une petite quantité, ne mélangez pas avec l'alcool ou les benzodiazépines, ne consommez pas seul·e et jamais dans l'eau (bain, piscine). En cas de malaise : 15 ou 112.</p>
</main>
<footer><p>Association loi 1901 &middot; Soutenue par l'Agence régionale de santé</p></footer>
""", noise="cookie-fr")

p("h14440", "https://jornal-do-sul.example/sociedade/2026/11/falsa-clinica-vendia-cetamina-por-whatsapp", "informational", False, "pt",
  "news-pt-short", "Falsa clínica vendia cetamina por WhatsApp e entregava em hotéis | Jornal do Sul", """
<header><a href="/" class="logo">Jornal do Sul</a> <nav><a href="/sociedade">Sociedade</a> <a href="/saude">Saúde</a> <a href="/economia">Economia</a> <a href="/desporto">Desporto</a></nav></header>
<article>
<h1>Falsa clínica vendia cetamina por WhatsApp e entregava em hotéis</h1>
<p class="lead">Serviço apresentava-se como "médico ao domicílio". Kits custavam entre 150 e 340 euros e eram pagos por MB WAY.</p>
<p>A Polícia Judiciária deteve esta semana dois homens suspeitos de gerirem um site que se apresentava como serviço médico ao domicílio em Lisboa e Cascais. Segundo a investigação, os clientes conversavam por WhatsApp com uma "assistente", pagavam por MB WAY e recebiam pastilhas e sprays de cetamina entregues por um estafeta, sem qualquer consulta médica.</p>
<p>"Nenhum médico esteve envolvido", afirmou fonte policial. O Infarmed lembra que a cetamina só pode ser dispensada mediante receita médica e aconselha a verificar a inscrição dos profissionais na Ordem dos Médicos.</p>
</article>
""")

save(OUT, R)
