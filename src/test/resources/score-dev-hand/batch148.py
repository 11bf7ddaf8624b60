# Batch 148 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Calm sellers". Unregulated sellers of ketamine, esketamine or ketamine analogues whose pages
# are calm, professional and medical-sounding (an online clinic, a pharmacy, a lab, a programme, a
# concierge doctor, an "observational study", a wellness coach), where what gives them away is how
# they operate: an order "reviewed" by an unnamed physician from a form, Spravato shipped to the home,
# payment to a private person (Zelle, Cash App, Bizum, Pix, Tikkie, PostePay, crypto), no records, no
# ID, no video visit, no prescription from your own doctor, shipping from another country without a
# customs declaration, sale to anyone over 18. Next to them: genuine telehealth services, clinics and
# a compounding pharmacy with the same calm polish (memberships, deposits, "no referral needed",
# partner pharmacy shipping, gift cards), and informational pages about such sellers (news, regulator
# alerts, pharmacy verification, a forum thread, a trial registry entry, harm reduction).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, nl 2, pt 3, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, footers), medium pages, short pages,
# an FAQ, a checkout/pricing page, a bot-check wall (url-only), a social bio, navigation-heavy pages,
# a partial page, and a few plain-text excerpts (ext="txt").
# Author: independent. Date: 2026-12-07.
# Run: python3 batch148.py (writes batch148/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch148")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- calm sellers (English)

p("h14801", "https://meridianketaminecare.example/how-it-works", "seller", True, "en",
  "fake-telehealth-long-chrome", "How It Works | Meridian Ketamine Care - Compassionate At-Home Treatment", """
<header class="site-header">
<a class="logo" href="/"><img src="/assets/meridian-leaf.svg" alt=""> Meridian Ketamine Care</a>
<nav class="main-nav">
<a href="/">Home</a> <a href="/how-it-works" class="active">How It Works</a> <a href="/treatments">Treatments</a> <a href="/pricing">Pricing</a> <a href="/our-medical-team">Our Medical Team</a> <a href="/journal">Journal</a> <a href="/contact">Contact</a>
<a class="btn btn-primary" href="/start">Begin Your Assessment</a>
</nav>
</header>
<main>
<section class="hero soft-gradient">
<h1>Gentle, evidence-informed ketamine care &ndash; from the comfort of home</h1>
<p class="lede">Depression, anxiety and burnout don't wait for an appointment slot. Meridian brings physician-guided ketamine treatment to adults who are ready for something different, without waiting rooms, without referrals and without the weeks of paperwork.</p>
<p><a class="btn btn-primary" href="/start">Begin Your Assessment</a> <span class="muted">Takes about 4 minutes</span></p>
<ul class="trust-row"><li>HIPAA-aware platform</li><li>US-trained physicians</li><li>Discreet delivery</li><li>4.9 &#9733; from 2,300+ members</li></ul>
</section>

<section class="steps">
<h2>Three calm steps</h2>
<ol>
<li><h3>1. Share your story</h3>
<p>Complete our secure online health assessment. We ask about your mood, your sleep, any medications you take and what you hope to feel. There is no need to upload records or request files from previous providers &ndash; we believe you.</p></li>
<li><h3>2. Physician review</h3>
<p>A member of our medical team reviews your answers, usually within 15 minutes during business hours. Most members are approved the same day. If you are approved, your personalised protocol appears in your dashboard and you can complete your order right away. No video call is required, so you can move at your own pace.</p></li>
<li><h3>3. Your kit arrives</h3>
<p>Your ketamine HCl sublingual troches (100 mg or 200 mg) and a printed journey guide arrive in plain, unbranded packaging. Orders ship from our international fulfilment partner and typically arrive within 7&ndash;12 business days. Tracking is shared by email.</p></li>
</ol>
</section>

<section class="pricing-teaser">
<h2>Transparent pricing</h2>
<table class="plans">
<tr><th>Plan</th><th>Includes</th><th>Price</th></tr>
<tr><td>Starter</td><td>Assessment + 12 troches (100 mg)</td><td>$289</td></tr>
<tr><td>Steady</td><td>Assessment + 24 troches (100 mg or 200 mg)</td><td>$479</td></tr>
<tr><td>Restore</td><td>Assessment + 48 troches, priority shipping</td><td>$829</td></tr>
</table>
<p class="small">Payment is completed after approval. To keep costs down we accept Zelle, Bitcoin and USDT. Card payments are temporarily unavailable while we change processors. Please use the name shown on your invoice as the payee (payments are received by our billing coordinator).</p>
</section>

<section class="faq-mini">
<h2>Common questions</h2>
<details><summary>Do I need a prescription from my own doctor?</summary><p>No. Your Meridian physician issues your protocol based on your assessment. You don't need to involve your GP or therapist unless you want to.</p></details>
<details><summary>Is this available in my state / country?</summary><p>We currently serve members in all 50 states, Canada, the UK, Australia and most of the EU.</p></details>
<details><summary>Can I order for a partner?</summary><p>Each member completes their own assessment, but a household can share one shipping address and one payment.</p></details>
<details><summary>Will anything show on my bank statement?</summary><p>Zelle and crypto payments do not mention Meridian or ketamine.</p></details>
</section>

<section class="quote"><blockquote>&ldquo;I'd been on three SSRIs. Within two weeks of my first troche I felt like I could breathe again.&rdquo; &ndash; Dana R., member since 2025</blockquote></section>
</main>
<footer>
<p>&copy; 2026 Meridian Ketamine Care. Meridian is a wellness membership platform. Information on this site is not medical advice. Individual results vary.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/refunds">Refund policy</a> &middot; support@meridianketaminecare.example</p>
</footer>
""", noise="cookie")

p("h14802", "https://lumen-reference-standards.example/catalog/arylcyclohexylamines/2-fdck-hcl", "seller", True, "en",
  "research-chemical-lab-product", "2-Fluorodeschloroketamine HCl (2-FDCK), analytical reference material | Lumen Reference Standards", """
<div class="utility-bar">Lumen Reference Standards &middot; ISO 17025-style QC &middot; Worldwide dispatch from EU warehouse</div>
<nav><a href="/">Home</a> | <a href="/catalog">Catalog</a> | <a href="/coa">Certificates of Analysis</a> | <a href="/shipping">Shipping</a> | <a href="/payment">Payment</a> | <a href="/account">My account</a> | <a href="/basket">Basket</a></nav>
<p class="crumbs">Catalog &rsaquo; Arylcyclohexylamines &rsaquo; 2-FDCK HCl</p>
<h1>2-Fluorodeschloroketamine hydrochloride</h1>
<table class="spec">
<tr><th>CAS</th><td>111982-50-4</td></tr>
<tr><th>Formula</th><td>C13H16FNO &middot; HCl</td></tr>
<tr><th>Purity (HPLC)</th><td>&ge; 99.4 %</td></tr>
<tr><th>Form</th><td>White crystalline powder</td></tr>
<tr><th>Storage</th><td>Room temperature, protect from light</td></tr>
</table>
<h2>Available quantities</h2>
<table class="price">
<tr><td>1 g</td><td>&euro; 38.00</td></tr>
<tr><td>5 g</td><td>&euro; 145.00</td></tr>
<tr><td>10 g</td><td>&euro; 240.00</td></tr>
<tr><td>25 g</td><td>&euro; 490.00</td></tr>
</table>
<button class="add">Add to basket</button>
<p>Also in this family: <a href="/catalog/arylcyclohexylamines/dck">Deschloroketamine (DCK)</a>, <a href="/catalog/arylcyclohexylamines/mxe">Methoxetamine</a>, <a href="/catalog/arylcyclohexylamines/o-pce">O-PCE</a>.</p>
<h2>Notes for researchers</h2>
<p>This product is supplied exclusively as an analytical reference standard for in-vitro research and forensic method development. It is not for human or veterinary use. We do not provide dosing information and will close accounts that discuss consumption in support chat.</p>
<p>Orders are packed in vacuum-sealed, odour-proof pouches inside a neutral envelope. Institutional affiliation is not required for orders under 50 g. Reship is offered once per order if a parcel is held in transit.</p>
<p>Payment: SEPA transfer, Bitcoin, Monero (5 % discount). Orders are processed within 24 h of payment confirmation.</p>
<footer>&copy; Lumen Reference Standards &middot; <a href="/legal">Legal notice</a> &middot; Our products are sold for laboratory research only.</footer>
""")

p("h14803", "https://drwhitcombconcierge.example/ketamine-prescribing", "seller", True, "en",
  "concierge-doctor-service", "Personal Ketamine Prescribing - Alan Whitcomb, MD | Concierge Medicine", """
<header><a href="/">Alan Whitcomb, MD &middot; Concierge Medicine</a>
<nav><a href="/about">About Dr. Whitcomb</a> <a href="/services">Services</a> <a href="/ketamine-prescribing">Ketamine</a> <a href="/contact">Contact</a></nav></header>
<article>
<h1>Personal ketamine prescribing, without the clinic</h1>
<p>For thirty years I practised emergency medicine. I have seen what depression does to families, and I have seen how slow and expensive the traditional route to ketamine has become. My concierge service is my answer: one physician, one patient, no call centre.</p>
<h2>How I work</h2>
<p>You fill in my short intake letter (it is a Google Form &ndash; simple and private). I read every one personally. If I believe ketamine is a reasonable option, I write the prescription that same evening. I don't ask you to send old records or to get a letter from your own doctor; frankly, most of my patients are here because their doctor said no.</p>
<p>The prescription is filled by a compounding partner in Tijuana that I have trusted for years, and the lozenges or nasal spray are couriered directly to you anywhere in the US. The courier does not require a signature.</p>
<h2>Fees</h2>
<ul>
<li>Intake review and prescription: $150</li>
<li>Ketamine nasal spray, 10 ml (100 mg/ml): $340</li>
<li>Ketamine lozenges, 30 &times; 150 mg: $295</li>
<li>Refills: no new intake needed, just message me</li>
</ul>
<p>Fees are paid by Cash App or Venmo to my office manager, Kristen ($KWhitcombOffice). Please write &ldquo;consultation&rdquo; in the note, never the medication name.</p>
<p class="note">Dr. Whitcomb retired from hospital practice in 2021. This service is offered as private concierge care and is not billed to insurance.</p>
</article>
<footer>&copy; 2026 Whitcomb Concierge Medicine &middot; Text only: (555) 014-2271</footer>
""")

p("h14804", "https://ket-home-study.example/enrol", "seller", True, "en",
  "fake-observational-study-long", "Enrol | KET-HOME Observational Study of At-Home Ketamine for Mood", """
<header class="study-header">
<div class="brand">KET-HOME <span>Observational Study of At-Home Ketamine for Mood</span></div>
<nav><a href="/">Overview</a> <a href="/protocol">Protocol</a> <a href="/investigators">Investigators</a> <a href="/enrol" class="active">Enrol</a> <a href="/participant-faq">Participant FAQ</a> <a href="/results">Interim results</a></nav>
</header>
<main>
<h1>Enrolment is open for Cohort 7</h1>
<p>KET-HOME is a decentralised, real-world observational study following adults who use sublingual ketamine at home for low mood. By joining, you help build the largest dataset of its kind, and you receive study medication delivered to your door for the full 12-week observation period.</p>
<h2>Who can take part</h2>
<ul>
<li>Adults aged 18 and over, in any country where the courier delivers</li>
<li>Self-reported low mood, anxiety or burnout (no diagnosis needed)</li>
<li>Able to complete a short weekly online mood questionnaire</li>
</ul>
<p>Because KET-HOME is observational, we do not perform medical screening, request medical records or verify identity. Participants remain responsible for their own health decisions.</p>
<h2>What you receive</h2>
<ul>
<li>12-week supply of study medication: ketamine HCl 150 mg sublingual tablets (36 tablets), or 250 mg for returning participants</li>
<li>Access to the participant dashboard and weekly questionnaires</li>
<li>A certificate of participation</li>
</ul>
<h2>Participation contribution</h2>
<p>To cover medication, logistics and data management, each participant makes a one-time contribution of <strong>US$ 390</strong> (returning participants US$ 340). Contributions are accepted in Bitcoin or USDT (TRC-20) to preserve participant anonymity; a wallet address is provided after you submit the enrolment form. Study medication is dispatched within 48 hours of confirmation from our logistics partner in Asia, in plain packaging labelled as &ldquo;research samples&rdquo;.</p>
<form class="enrol-form">
<label>Email <input type="email"></label>
<label>Country <input></label>
<label>Shipping address <textarea></textarea></label>
<label>Tablet strength <select><option>150 mg</option><option>250 mg (returning)</option></select></label>
<label><input type="checkbox"> I confirm I am 18 or over and take part at my own risk</label>
<button>Submit enrolment</button>
</form>
<p class="small">KET-HOME is an independent citizen-science initiative. It is not registered with a national trial registry because observational real-world studies are exempt from registration in our jurisdiction.</p>
</main>
<footer>KET-HOME Study Office &middot; contact via Telegram @kethome_office &middot; &copy; 2026</footer>
""", noise="cookie")

p("h14805", "https://northgate-intl-pharmacy.example/help/faq", "seller", True, "en",
  "pharmacy-faq-medium", "Frequently Asked Questions | Northgate International Pharmacy", """
<header><a class="logo" href="/">Northgate International Pharmacy</a> <span class="tag">Serving patients worldwide since 2011</span>
<nav><a href="/">Home</a> <a href="/products">Medications A&ndash;Z</a> <a href="/mental-health">Mental Health</a> <a href="/help/faq">FAQ</a> <a href="/help/shipping">Shipping</a> <a href="/account">Sign in</a> <a href="/cart">Cart</a></nav></header>
<main class="faq">
<h1>Frequently asked questions</h1>
<h2>Ordering</h2>
<h3>Do I need a prescription?</h3>
<p>Some medications in our Mental Health range, including Spravato (esketamine) 28 mg nasal devices and compounded ketamine nasal spray, require a prescription. If you don't have one, simply tick &ldquo;I need a consultation&rdquo; at checkout. Our affiliated physician reviews the short medical questionnaire attached to your order and issues a prescription at no extra cost. Over 98% of orders are approved.</p>
<h3>Can Spravato be used at home?</h3>
<p>Yes. Each Spravato pack (2 or 3 devices) is delivered to your home address with the manufacturer's leaflet. Follow the leaflet and rest for a while after use.</p>
<h3>How do I pay?</h3>
<p>After checkout you will receive an email with bank transfer details. Payments are received by our regional payment agent (the account name differs from our store name; this is normal). You may also pay with Bitcoin. We do not accept credit cards for Mental Health products because of card network restrictions.</p>
<h2>Shipping</h2>
<h3>Where do you ship from?</h3>
<p>Depending on stock, orders ship from our partner dispensaries in India, Singapore or Turkey.</p>
<h3>Will my parcel be stopped by customs?</h3>
<p>Parcels are sent in discreet packaging and the content is declared as &ldquo;personal care items&rdquo;. If a parcel is seized we reship once free of charge.</p>
<h3>Do you ship to my country?</h3>
<p>We ship to the USA, Canada, UK, EU, Australia and New Zealand. Some countries have longer transit times.</p>
<h2>Privacy</h2>
<h3>Will you share my order with my doctor?</h3>
<p>Never. We do not contact your doctor or your insurer and we do not report to prescription monitoring programmes.</p>
</main>
<footer>&copy; 2026 Northgate International Pharmacy &middot; Licensed dispensing partners &middot; <a href="/terms">Terms</a></footer>
""")

p("h14806", "https://stillwaterwellness-rx.example/how-it-works.txt", "seller", True, "en",
  "plain-text-excerpt-seller", "Stillwater Wellness - how it works", """
Stillwater Wellness | How your care works

1. Online intake (5 minutes). Tell us about your symptoms and goals. No referral, no records, no waiting list.
2. Clinical review. A licensed provider in our network reviews your intake asynchronously. You won't need to schedule a call.
3. Choose your plan. Ketamine RDT 150 mg x 16 ($265) or x 32 ($449). Esketamine nasal spray kits available on request.
4. Payment. Pay by Zelle or Apple Cash to our care coordinator. The coordinator's name appears on your invoice.
5. Delivery. Your plan ships within 2 days by priority mail, no signature required. PO boxes and parcel lockers are fine.

Questions? Text your coordinator on WhatsApp +1 555 0188 403.
""", ext="txt")

p("h14807", "https://calmroot-ketamine-rx.example/order/ketamine-troches-no-prescription-overnight", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="cf-wrapper">
<h1>Checking your browser before accessing the site.</h1>
<p>This process is automatic. Your browser will redirect to your requested content shortly.</p>
<p>Please allow up to 5 seconds&hellip;</p>
<noscript><p>Please enable JavaScript and cookies to continue.</p></noscript>
<p class="ray">Ray ID: 8c2f4e1ab77d03f9</p>
</div>
""")

p("h14808", "https://linkpage.example/serene.journeys.coach", "seller", True, "en",
  "social-bio-link-page", "Serene Journeys | Maya - integration coach", """
<div class="profile">
<img class="avatar" src="/u/serene/avatar.jpg" alt="">
<h1>Serene Journeys &#127807;</h1>
<p class="bio">Maya &middot; certified integration coach &middot; trauma-informed &middot; 1:1 and couples<br>
Provider-backed ketamine lozenges &amp; nasal spray for home journeys, shipped discreetly US-wide &#128230;<br>
No video visit, no insurance hassle. DM me for the intake link &#128172;<br>
Venmo / Cash App (friends &amp; family please) &middot; crypto ok</p>
<ul class="links">
<li><a href="https://forms.example/serene-intake">&#128221; Intake form (approved within the hour)</a></li>
<li><a href="https://t.example/serenejourneys">&#128241; Telegram for menu &amp; pricing</a></li>
<li><a href="/serene.journeys.coach/integration-guide">&#127793; Free integration guide (PDF)</a></li>
<li><a href="/serene.journeys.coach/reviews">&#11088; Client reviews</a></li>
</ul>
<p class="small">Not medical advice. 21+ only.</p>
</div>
""")

# ---------------------------------------------------------------- calm sellers (other languages)

p("h14809", "https://clinicaserena-online.example/es/tratamiento-esketamina-en-casa", "seller", True, "es",
  "fake-online-clinic-long-chrome", "Tratamiento con esketamina en casa | Clínica Serena Online", """
<header class="cabecera">
<a class="logo" href="/es/">Clínica Serena <small>Online</small></a>
<nav><a href="/es/">Inicio</a> <a href="/es/tratamiento-esketamina-en-casa" class="activo">Esketamina en casa</a> <a href="/es/ketamina-sublingual">Ketamina sublingual</a> <a href="/es/equipo-medico">Equipo médico</a> <a href="/es/precios">Precios</a> <a href="/es/preguntas-frecuentes">Preguntas frecuentes</a> <a href="/es/contacto">Contacto</a></nav>
</header>
<main>
<h1>Esketamina en spray nasal, con la tranquilidad de estar en casa</h1>
<p class="entradilla">La depresión resistente no tiene por qué significar meses de listas de espera. En Clínica Serena Online le acompañamos con un tratamiento moderno, discreto y sin desplazamientos.</p>
<h2>¿Cómo funciona?</h2>
<ol>
<li><strong>Cuestionario médico.</strong> Rellene nuestro cuestionario confidencial (10 preguntas). No necesita aportar informes ni historial clínico.</li>
<li><strong>Valoración.</strong> Nuestro equipo médico revisa su cuestionario en menos de 24 horas y, si procede, emite la receta. No hace falta videoconsulta ni receta de su médico de cabecera o psiquiatra.</li>
<li><strong>Envío.</strong> Recibirá en su domicilio las cajas de esketamina 28 mg (dispositivo nasal) o de ketamina sublingual, enviadas desde nuestro almacén en Andorra en embalaje neutro, sin logotipo.</li>
</ol>
<h2>Precios</h2>
<table>
<tr><td>Esketamina 28 mg &ndash; caja de 2 dispositivos</td><td>310 &euro;</td></tr>
<tr><td>Esketamina 28 mg &ndash; pack de 4 cajas</td><td>1.090 &euro;</td></tr>
<tr><td>Ketamina sublingual 100 mg &ndash; 20 comprimidos</td><td>220 &euro;</td></tr>
</table>
<p>Forma de pago: Bizum o transferencia a la cuenta de nuestra gestora (los datos se envían por correo tras la valoración). Para su privacidad, no emitimos factura a nombre de la clínica.</p>
<h2>Preguntas frecuentes</h2>
<p><strong>¿Lo puedo usar solo?</strong> Sí. Le recomendamos estar acompañado la primera vez y permanecer sentado hasta que pasen los efectos.</p>
<p><strong>¿Envían a Latinoamérica?</strong> Enviamos a toda España, Portugal y, bajo consulta, a México, Colombia y Chile.</p>
<p><strong>¿Avisarán a mi médico?</strong> No. Su tratamiento es totalmente confidencial.</p>
</main>
<footer><p>Clínica Serena Online &middot; Atención por WhatsApp de 9 a 21 h: +376 600 412 &middot; <a href="/es/aviso-legal">Aviso legal</a> &middot; <a href="/es/privacidad">Privacidad</a></p></footer>
""", noise="cookie-es")

p("h14810", "https://ruhepol-versandapotheke.example/esketamin-nasenspray", "seller", True, "de",
  "fake-mail-order-pharmacy-medium", "Esketamin Nasenspray bestellen | Ruhepol Versandapotheke", """
<header><a class="logo" href="/">Ruhepol Versandapotheke</a> <span>Diskret &middot; Schnell &middot; Ärztlich geprüft</span>
<nav><a href="/">Start</a> <a href="/depression">Depression</a> <a href="/schlaf">Schlaf</a> <a href="/esketamin-nasenspray">Esketamin</a> <a href="/so-funktionierts">So funktioniert's</a> <a href="/warenkorb">Warenkorb</a></nav></header>
<main>
<h1>Esketamin Nasenspray 28 mg</h1>
<p>Esketamin ist ein modernes Antidepressivum, das über die Nase angewendet wird und bei therapieresistenter Depression oft schon nach wenigen Stunden wirkt.</p>
<h2>Rezept? Kein Problem.</h2>
<p>Sie haben kein Rezept? Füllen Sie einfach unseren medizinischen Fragebogen aus. Ein Partnerarzt prüft Ihre Angaben und stellt bei Eignung ein Privatrezept aus &ndash; ganz ohne Videosprechstunde, Wartezimmer oder Überweisung. Befunde oder Arztbriefe müssen Sie nicht einreichen.</p>
<table>
<tr><th>Packung</th><th>Preis inkl. Arztgebühr</th></tr>
<tr><td>1 &times; 2 Sprühgeräte</td><td>379,00 &euro;</td></tr>
<tr><td>2 &times; 2 Sprühgeräte</td><td>699,00 &euro;</td></tr>
<tr><td>Nachbestellung (ohne neuen Fragebogen)</td><td>349,00 &euro;</td></tr>
</table>
<button>Jetzt Fragebogen starten</button>
<h2>Versand &amp; Zahlung</h2>
<p>Der Versand erfolgt aus unserem Lager in den Niederlanden als neutrales Großbrief-Paket ohne Absender. Die Anwendung erfolgt bequem zu Hause &ndash; eine Überwachung in der Praxis ist bei uns nicht nötig.</p>
<p>Zahlung per Überweisung (Empfänger: unsere Abrechnungsstelle, Inhaber M. Krüger) oder Paysafecard. PayPal und Kreditkarte sind für diese Kategorie leider nicht möglich.</p>
</main>
<footer>&copy; 2026 Ruhepol &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; Kundenservice per Signal</footer>
""", noise="cookie-de")

p("h14811", "https://laboratoire-clairval.example/fr/catalogue/etalons/deschloroketamine", "seller", True, "fr",
  "research-chemical-lab-short", "Déschlorokétamine (DCK) – étalon analytique | Laboratoire Clairval", """
<nav><a href="/fr/">Accueil</a> &rsaquo; <a href="/fr/catalogue">Catalogue</a> &rsaquo; <a href="/fr/catalogue/etalons">Étalons analytiques</a> &rsaquo; DCK</nav>
<h1>Déschlorokétamine (DCK), chlorhydrate &ndash; pureté &ge; 99 %</h1>
<p>Étalon de référence destiné exclusivement à la recherche en laboratoire et à l'analyse. Ne convient pas à la consommation humaine. Certificat d'analyse (HPLC, RMN) fourni avec chaque lot.</p>
<ul class="tarifs">
<li>500 mg &ndash; 29 &euro;</li>
<li>1 g &ndash; 45 &euro;</li>
<li>5 g &ndash; 160 &euro;</li>
</ul>
<p>Aucun justificatif d'établissement n'est demandé aux particuliers pour les commandes inférieures à 10 g. Envoi sous pli neutre depuis nos locaux en Slovénie, délai 3 à 5 jours ouvrés vers la France, la Belgique et la Suisse. Paiement par virement, Bitcoin ou coupon Transcash.</p>
<p>Voir aussi : <a href="/fr/catalogue/etalons/2-fdck">2-FDCK</a> &middot; <a href="/fr/catalogue/etalons/mxe">Méthoxétamine</a></p>
<button>Ajouter au panier</button>
""")

p("h14812", "https://kalmtezorg-online.example/nl/behandeling/ketamine-zuigtabletten", "seller", True, "nl",
  "fake-online-care-medium", "Ketamine-zuigtabletten bij somberheid | KalmteZorg Online", """
<header><a href="/nl/">KalmteZorg Online</a> <nav><a href="/nl/">Home</a> <a href="/nl/behandeling">Behandelingen</a> <a href="/nl/tarieven">Tarieven</a> <a href="/nl/over-ons">Over ons</a> <a href="/nl/contact">Contact</a></nav></header>
<main>
<h1>Ketamine-zuigtabletten voor thuisgebruik</h1>
<p>Al jaren somber en niets helpt? Bij KalmteZorg kunt u zonder verwijzing van de huisarts en zonder wachtlijst starten met een rustige, begeleide ketaminebehandeling thuis.</p>
<h2>Zo werkt het</h2>
<ul>
<li>U vult de online vragenlijst in. Medische dossiers of een verwijsbrief zijn niet nodig.</li>
<li>Onze arts beoordeelt uw vragenlijst binnen één werkdag. Een (video)gesprek is niet nodig.</li>
<li>Na goedkeuring betaalt u via een Tikkie-betaalverzoek; het verzoek komt van onze zorgcoördinator op persoonlijke titel.</li>
<li>Uw zuigtabletten (ketamine 100 mg, 20 stuks) worden als brievenbuspost verzonden, zonder vermelding van inhoud of afzender.</li>
</ul>
<p><strong>Tarief:</strong> &euro; 245 per startpakket, &euro; 215 per vervolgpakket. Niet vergoed door de zorgverzekeraar, en wij declareren ook niet, voor uw privacy.</p>
<p>Wij leveren in Nederland en België. Vragen? App ons via WhatsApp.</p>
</main>
<footer>KalmteZorg Online &middot; geen BIG-registratie vermeld op verzoek van onze artsen i.v.m. privacy</footer>
""", noise="cookie-nl")

p("h14813", "https://programaequilibrio.example/cetamina-sublingual", "seller", True, "pt",
  "fake-programme-long", "Programa Equilíbrio | Cetamina sublingual em casa, com acompanhamento", """
<header class="topo">
<a class="marca" href="/">Programa Equilíbrio</a>
<nav><a href="/">Início</a> <a href="/o-programa">O programa</a> <a href="/cetamina-sublingual">Cetamina sublingual</a> <a href="/depoimentos">Depoimentos</a> <a href="/duvidas">Dúvidas</a> <a class="botao" href="/quero-participar">Quero participar</a></nav>
</header>
<main>
<h1>8 semanas para reencontrar o seu equilíbrio</h1>
<p>O Programa Equilíbrio combina cetamina sublingual, diário de humor e conteúdos de meditação guiada para adultos que convivem com ansiedade e depressão. Tudo no seu ritmo, sem sair de casa.</p>
<h2>Como entrar no programa</h2>
<ol>
<li>Preencha a ficha de adesão (nome, endereço e algumas perguntas sobre o seu humor).</li>
<li>Nossa equipe de saúde analisa a ficha. Não é preciso consulta por vídeo, laudo nem receita do seu psiquiatra &ndash; a prescrição é emitida pela equipe do programa.</li>
<li>Faça o pagamento via Pix. A chave Pix é o CPF da nossa coordenadora, informado por WhatsApp.</li>
<li>Receba em casa os comprimidos sublinguais de cetamina 150 mg em embalagem sem identificação, pelos Correios ou transportadora.</li>
</ol>
<h2>Investimento</h2>
<table>
<tr><td>Programa 8 semanas (16 comprimidos + app)</td><td>R$ 1.490</td></tr>
<tr><td>Programa 8 semanas (32 comprimidos + app)</td><td>R$ 2.390</td></tr>
<tr><td>Manutenção mensal (8 comprimidos)</td><td>R$ 690</td></tr>
</table>
<p>Enviamos para todo o Brasil. Para participantes em Portugal, envio via parceiro em Lisboa.</p>
<h2>Depoimentos</h2>
<blockquote>&ldquo;Em três semanas voltei a trabalhar. A equipe é super atenciosa.&rdquo; &ndash; Juliana, São Paulo</blockquote>
</main>
<footer>Programa Equilíbrio &middot; bem-estar e autocuidado &middot; Este programa não substitui acompanhamento médico.</footer>
""", noise="cookie-pt")

p("h14814", "https://studiomedicoquiete.example/it/ketamina-a-domicilio", "seller", True, "it",
  "fake-doctor-service-medium", "Ketamina a domicilio per la depressione | Studio Medico Quiete", """
<header><a href="/it/">Studio Medico Quiete</a> &middot; <span>Medicina del benessere mentale</span>
<nav><a href="/it/">Home</a> <a href="/it/chi-siamo">Chi siamo</a> <a href="/it/ketamina-a-domicilio">Ketamina a domicilio</a> <a href="/it/costi">Costi</a> <a href="/it/contatti">Contatti</a></nav></header>
<main>
<h1>Ketamina a domicilio, con discrezione</h1>
<p>Lo Studio Medico Quiete offre un percorso con ketamina per chi soffre di depressione e non ha trovato sollievo con le terapie tradizionali.</p>
<h2>Il percorso</h2>
<p>Compili il questionario riservato sul nostro sito. Il medico dello studio lo valuta e, se idoneo, prepara il piano terapeutico. Non servono la ricetta del suo medico di base, la cartella clinica o una visita in videochiamata: lavoriamo sulla base di quanto ci dichiara.</p>
<p>Il farmaco (spray nasale di ketamina 10 ml o compresse orosolubili) viene spedito da Malta con corriere espresso in confezione anonima, consegna in 3&ndash;5 giorni in tutta Italia, isole comprese.</p>
<h2>Costi</h2>
<ul>
<li>Valutazione del questionario: 90 &euro;</li>
<li>Spray nasale 10 ml: 290 &euro;</li>
<li>Compresse orosolubili 150 mg &times; 20: 260 &euro;</li>
</ul>
<p>Pagamento con ricarica PostePay intestata alla nostra segretaria oppure con bonifico istantaneo. Non emettiamo fattura sanitaria: le spese non sono detraibili.</p>
</main>
<footer>Studio Medico Quiete &middot; contatto solo via Telegram o e-mail</footer>
""")

# ---------------------------------------------------------------- genuine telehealth

p("h14815", "https://harborlightpsychiatry.example/at-home-ketamine", "telehealth", False, "en",
  "telehealth-long-chrome", "At-Home Ketamine Therapy | Harborlight Psychiatry (Virtual Care)", """
<header class="site-header">
<a class="logo" href="/">Harborlight Psychiatry</a>
<nav><a href="/">Home</a> <a href="/conditions">Conditions</a> <a href="/at-home-ketamine" class="active">At-Home Ketamine</a> <a href="/clinicians">Our Clinicians</a> <a href="/pricing">Pricing</a> <a href="/insurance">Insurance &amp; HSA</a> <a href="/states">States We Serve</a> <a href="/login">Patient Login</a>
<a class="btn" href="/get-started">Get Started</a></nav>
</header>
<main>
<section class="hero">
<h1>Calm, medically supervised ketamine therapy &ndash; at home</h1>
<p>No referral needed. Start with a free eligibility check, then meet a board-certified psychiatric clinician by secure video before any treatment is prescribed.</p>
<a class="btn" href="/get-started">Check eligibility</a>
</section>
<section>
<h2>What happens before your first session</h2>
<ol>
<li><strong>Eligibility screen (5 min).</strong> Tells us whether at-home care is likely to be safe for you. Some people are better served in a clinic, and we'll tell you so.</li>
<li><strong>Identity verification.</strong> Upload a government photo ID. We must confirm who you are and that you are physically in a state where our clinician is licensed.</li>
<li><strong>Video evaluation (60 min).</strong> A psychiatric nurse practitioner or psychiatrist reviews your history, current medications, blood pressure readings and past treatments. We may ask for records from your previous providers with your consent, and we check your state's prescription monitoring database.</li>
<li><strong>Treatment plan.</strong> If ketamine is appropriate, your clinician sends a prescription to our licensed partner pharmacy. If it isn't, you aren't charged for medication and we help you find another option.</li>
<li><strong>Delivery.</strong> The pharmacy ships your prescribed lozenges to your home address (adult signature required). We don't ship to PO boxes or outside the states we serve.</li>
</ol>
</section>
<section>
<h2>Safety throughout</h2>
<ul><li>A designated sober &ldquo;peer treatment monitor&rdquo; must be present at each of your first sessions.</li><li>Blood pressure cuff included; readings logged before and after sessions.</li><li>Weekly check-ins and PHQ-9/GAD-7 tracking; your clinician adjusts or stops treatment as needed.</li><li>With your permission we coordinate with your therapist or primary care physician.</li></ul>
</section>
<section>
<h2>Pricing</h2>
<p>Initial program (evaluation, 6 guided sessions, 2 follow-ups, medication): <strong>$1,190</strong>. Maintenance membership after the initial program: <strong>$249/month</strong>. HSA/FSA cards accepted; we can provide a superbill for out-of-network reimbursement.</p>
</section>
<section class="clinicians-teaser">
<h2>Meet a few of our clinicians</h2>
<p>Renee Obuya, PMHNP-BC (licensed in CA, OR, WA) &middot; Daniel Ferris, MD, board-certified psychiatrist (NY, NJ, CT, PA) &middot; Mira Castellanos, DNP, PMHNP-BC (TX, FL, AZ)</p>
</section>
</main>
<footer>
<p>Harborlight Psychiatry, P.C. &middot; Services available in 14 states &middot; Ketamine is not FDA-approved for depression; it is prescribed off-label when clinically appropriate.</p>
<p>If you are in crisis, call or text 988. <a href="/privacy">Privacy</a> &middot; <a href="/hipaa">Notice of Privacy Practices</a> &middot; <a href="/terms">Terms</a></p>
</footer>
""", noise="cookie")

p("h14816", "https://harborlightpsychiatry.example/blog/why-we-ask-for-your-records", "telehealth", False, "en",
  "telehealth-article-medium", "Why we ask for your ID, your records and a video visit | Harborlight Psychiatry", """
<nav><a href="/">Harborlight Psychiatry</a> &rsaquo; <a href="/blog">Blog</a></nav>
<article>
<h1>Why we ask for your ID, your records and a video visit</h1>
<p class="byline">By Daniel Ferris, MD &middot; Medical Director &middot; 9 min read</p>
<p>Every week someone writes to us to ask why our sign-up takes longer than the &ldquo;online ketamine clinics&rdquo; they've seen advertised. Some of those sites promise approval in fifteen minutes, ship overseas troches to a PO box and take payment through Zelle to a person's name. We understand the appeal. Here is why we do it differently.</p>
<h2>Your ID</h2>
<p>Ketamine is a Schedule III controlled substance. Before a clinician may prescribe it, we have to know who we're treating and where you're sitting, because our clinicians can only practise in states where they hold a license.</p>
<h2>Your records</h2>
<p>Past medication trials, a history of psychosis or mania, uncontrolled blood pressure and substance use all change whether ketamine is safe. We ask for records with your consent, and we check the prescription monitoring program in your state.</p>
<h2>A real conversation</h2>
<p>A questionnaire can't notice the things a clinician notices in an hour on video. That visit is where most of our &ldquo;not right now&rdquo; decisions happen &ndash; roughly one in five people who start our screening are referred to in-person care instead.</p>
<h2>Red flags when you compare services</h2>
<ul><li>No video or phone visit with a named, licensed prescriber</li><li>No ID check, or shipping to any country</li><li>Payment to an individual, gift cards or crypto only</li><li>Spravato (esketamine) offered for home use &ndash; it can only be given in a certified healthcare setting</li></ul>
<p>If you'd like to start with us, the first step is our <a href="/get-started">free eligibility screen</a>.</p>
</article>
""")

p("h14817", "https://clearpathvirtualpsych.example/treatment-resistant-depression/esketamine", "telehealth", False, "en",
  "virtual-psychiatry-referral-medium", "Esketamine (Spravato) through ClearPath Virtual Psychiatry", """
<header><a href="/">ClearPath Virtual Psychiatry</a> <nav><a href="/services">Services</a> <a href="/providers">Providers</a> <a href="/insurance">Insurance</a> <a href="/book">Book a video visit</a></nav></header>
<main>
<h1>Esketamine (Spravato) for treatment-resistant depression</h1>
<p>ClearPath psychiatrists see patients by video across Ohio, Michigan and Indiana. If you've tried two or more antidepressants without enough relief, your ClearPath psychiatrist can evaluate whether esketamine is right for you.</p>
<h2>How it works with us</h2>
<ol>
<li><strong>Virtual evaluation.</strong> A 60-minute video visit with a board-certified psychiatrist. We review your medication history and may request records from your previous prescribers.</li>
<li><strong>Insurance prior authorization.</strong> Our team handles the paperwork with your plan.</li>
<li><strong>Treatment at a certified partner site.</strong> Spravato can only be administered in a REMS-certified healthcare setting, where you are observed for at least two hours. We refer you to a partner treatment center near you (Columbus, Dayton, Ann Arbor, Grand Rapids, Indianapolis) and coordinate your schedule.</li>
<li><strong>Ongoing follow-up.</strong> Your ClearPath psychiatrist continues to manage your care by video and adjusts your plan based on the partner center's reports.</li>
</ol>
<p>Esketamine is never shipped to patients' homes. If a website offers to mail you Spravato, please don't use it.</p>
<p><a class="btn" href="/book">Book a video evaluation</a> &middot; Most major insurers accepted; self-pay visit $220.</p>
</main>
""")

p("h14818", "https://evenkeelhealth.example/join/checkout", "telehealth", False, "en",
  "telehealth-membership-checkout", "Checkout - Even Keel Membership", """
<div class="checkout">
<h1>Your Even Keel membership</h1>
<div class="summary">
<p><strong>Ketamine Care Membership</strong> &ndash; $219 / month</p>
<ul><li>Initial video evaluation with a licensed psychiatric clinician (60 min)</li><li>Monthly video follow-ups and messaging with your care team</li><li>Prescribed medication shipped by our licensed partner pharmacy, if your clinician prescribes it</li><li>Integration coaching sessions</li></ul>
<p>Promo code WELCOME40 applied: &minus;$40 on your first month.</p>
<p>Due today: <strong>$179.00</strong></p>
</div>
<form>
<label>Card number <input></label> <label>Expiry <input></label> <label>CVC <input></label>
<p class="small">HSA/FSA cards accepted. You will be charged the membership fee today. Medication is only dispensed after your clinician completes your evaluation and issues a prescription; if you are not a candidate, your first month is fully refunded. Available to adults physically located in CA, CO, FL, IL, NY and TX. Government ID is required before your evaluation.</p>
<button>Pay $179.00 and schedule my evaluation</button>
</form>
</div>
""")

p("h14819", "https://help.evenkeelhealth.example/articles/shipping-and-pharmacy.txt", "telehealth", False, "en",
  "plain-text-help-article", "Even Keel Help: shipping and pharmacy", """
Even Keel Help Center > Medication > Shipping and pharmacy

Who ships my medication? Prescriptions written by Even Keel clinicians are filled by Brightwell Pharmacy, a licensed pharmacy registered in each state we serve. Even Keel does not stock or sell medication.
When does it ship? Only after your clinician has completed your video evaluation and sent a prescription. Orders usually leave the pharmacy within 2 business days.
Delivery: UPS, adult signature required. We can't deliver to PO boxes, hotels or addresses outside your verified state, and we never ship internationally.
Refills: Your clinician must approve every refill at a follow-up visit.
""", ext="txt")

p("h14820", "https://mentesana-telepsiquiatria.example/esketamina", "telehealth", False, "es",
  "telepsychiatry-referral-medium", "Esketamina: valoración por videoconsulta | MenteSana Telepsiquiatría", """
<header><a href="/">MenteSana Telepsiquiatría</a> <nav><a href="/servicios">Servicios</a> <a href="/psiquiatras">Nuestros psiquiatras</a> <a href="/tarifas">Tarifas</a> <a href="/agendar">Agendar cita</a></nav></header>
<main>
<h1>¿Puede la esketamina ayudarme? Valoración psiquiátrica en línea</h1>
<p>En MenteSana atendemos por videoconsulta a pacientes de todo México. Si ha probado varios antidepresivos sin mejoría suficiente, uno de nuestros psiquiatras puede valorar si la esketamina es una opción para usted.</p>
<h2>Cómo trabajamos</h2>
<ul>
<li>Primera consulta por video de 50 minutos con psiquiatra con cédula profesional y de especialidad visibles en su perfil.</li>
<li>Le pediremos identificación oficial y, si los tiene, sus estudios y recetas previas.</li>
<li>La esketamina en spray nasal se aplica únicamente en una clínica: le canalizamos a una de nuestras clínicas aliadas en CDMX, Guadalajara o Monterrey, donde permanecerá en observación al menos dos horas tras cada aplicación.</li>
<li>El seguimiento continúa por videoconsulta con su psiquiatra.</li>
</ul>
<p><strong>Tarifas:</strong> primera consulta $1,400 MXN; seguimiento $1,000 MXN. Pago con tarjeta o transferencia a la cuenta de MenteSana, S.C. (emitimos factura). El costo de las aplicaciones lo cobra la clínica aliada.</p>
<p>No vendemos ni enviamos medicamentos a domicilio.</p>
<a class="boton" href="/agendar">Agendar videoconsulta</a>
</main>
""", noise="cookie-es")

p("h14821", "https://seelenruhe-onlinepsychiatrie.example/behandlung/esketamin", "telehealth", False, "de",
  "online-psychiatry-referral-long", "Esketamin bei therapieresistenter Depression | Seelenruhe Online-Psychiatrie", """
<header class="kopf">
<a class="logo" href="/">Seelenruhe Online-Psychiatrie</a>
<nav><a href="/">Startseite</a> <a href="/behandlung">Behandlungsangebote</a> <a href="/behandlung/esketamin" class="aktiv">Esketamin</a> <a href="/team">Ärztinnen &amp; Ärzte</a> <a href="/kosten">Kosten</a> <a href="/termin">Videotermin buchen</a></nav>
</header>
<main>
<h1>Esketamin: Abklärung per Videosprechstunde, Behandlung vor Ort</h1>
<p>Wenn zwei oder mehr Antidepressiva nicht ausreichend geholfen haben, kann Esketamin-Nasenspray eine Option sein. Bei Seelenruhe klären Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie per Video ab, ob diese Behandlung für Sie in Frage kommt.</p>
<h2>Ablauf</h2>
<ol>
<li><strong>Videosprechstunde (50 Minuten)</strong> mit Dr. med. Katrin Vollmer oder Dr. med. Jonas Albers. Bitte halten Sie Ihre Versichertenkarte oder einen Ausweis bereit; Vorbefunde und Medikamentenpläne können Sie vorab hochladen.</li>
<li><strong>Überweisung an ein Behandlungszentrum.</strong> Esketamin wird ausschließlich unter ärztlicher Aufsicht in einer Praxis oder Klinik angewendet, mit anschließender Überwachung von mindestens zwei Stunden. Wir überweisen Sie an ein Partnerzentrum in Ihrer Nähe (u.&nbsp;a. Hamburg, Köln, München, Leipzig).</li>
<li><strong>Begleitung.</strong> Die psychiatrische Weiterbehandlung und Psychotherapie kann per Video bei uns erfolgen.</li>
</ol>
<h2>Kosten</h2>
<p>Die Videosprechstunde rechnen wir mit der gesetzlichen Krankenkasse ab; Privatversicherte erhalten eine Rechnung nach GOÄ. Das Medikament selbst wird nicht von uns abgegeben oder versandt.</p>
<p class="hinweis">Ein Versand von Esketamin nach Hause ist in Deutschland nicht zulässig. Seien Sie vorsichtig bei Websites, die das anbieten.</p>
</main>
<footer>Seelenruhe Online-Psychiatrie MVZ GmbH &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h14822", "https://psiquedigital-telemedicina.example/esketamina", "telehealth", False, "pt",
  "telemedicine-referral-medium", "Esketamina: avaliação por teleconsulta | PsiqueDigital Telemedicina", """
<header><a href="/">PsiqueDigital</a> <nav><a href="/especialidades">Especialidades</a> <a href="/medicos">Médicos</a> <a href="/planos">Planos</a> <a href="/agendar">Agendar</a></nav></header>
<main>
<h1>Esketamina para depressão resistente: comece pela teleconsulta</h1>
<p>Na PsiqueDigital você é atendido por psiquiatras com CRM e RQE ativos, por vídeo, de qualquer lugar do Brasil.</p>
<ul>
<li>Teleconsulta de avaliação (60 min) com a Dra. Helena Siqueira (CRM-SP 148.221, RQE 61.044) ou o Dr. Tiago Mourão (CRM-MG 72.930).</li>
<li>Documento com foto e histórico de tratamentos anteriores são solicitados antes da consulta.</li>
<li>Se houver indicação, encaminhamos você a uma clínica parceira credenciada, onde a esketamina é aplicada com monitoramento presencial.</li>
<li>Receitas e relatórios são emitidos digitalmente, com assinatura ICP-Brasil.</li>
</ul>
<p>Teleconsulta: R$ 450 (Pix, cartão ou reembolso do plano de saúde). As aplicações são cobradas pela clínica parceira. A PsiqueDigital não vende nem envia medicamentos.</p>
<a href="/agendar">Agendar teleconsulta</a>
</main>
""")

p("h14823", "https://sereno-teleconsultation.example/fr/depression-resistante/esketamine", "telehealth", False, "fr",
  "teleconsultation-referral-short", "Eskétamine : bilan en téléconsultation | Sereno Téléconsultation Psychiatrie", """
<nav><a href="/fr/">Sereno</a> &rsaquo; <a href="/fr/depression-resistante">Dépression résistante</a> &rsaquo; Eskétamine</nav>
<h1>Eskétamine : un premier bilan en téléconsultation</h1>
<p>Nos psychiatres inscrits à l'Ordre des médecins réalisent un bilan complet en vidéo (45 minutes, remboursé par l'Assurance Maladie dans le cadre du parcours de soins). Munissez-vous de votre carte Vitale et de vos derniers comptes rendus.</p>
<p>L'eskétamine en spray nasal est réservée à l'usage hospitalier : elle ne peut être administrée qu'en établissement de santé, sous surveillance. Si elle vous est indiquée, nous vous orientons vers un centre hospitalier partenaire et assurons le suivi en téléconsultation.</p>
<p><a href="/fr/rendez-vous">Prendre rendez-vous en vidéo</a></p>
""", noise="cookie-fr")

# ---------------------------------------------------------------- genuine clinics

p("h14824", "https://stillharborinfusion.example/", "clinic", False, "en",
  "infusion-clinic-home-long-chrome", "Still Harbor Infusion Center | Ketamine Infusions in Portland, Maine", """
<div class="announce">Now booking evening infusions Tuesday &amp; Thursday &middot; <a href="/book">Book a consultation</a></div>
<header>
<a class="logo" href="/">Still Harbor Infusion Center</a>
<nav><a href="/">Home</a> <a href="/ketamine-infusions">Ketamine Infusions</a> <a href="/spravato">Spravato</a> <a href="/conditions">Conditions Treated</a> <a href="/team">Our Team</a> <a href="/pricing">Pricing</a> <a href="/new-patients">New Patients</a> <a href="/gift-cards">Gift Cards</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<section class="hero"><h1>A quiet room, a careful team, and a new option for depression</h1>
<p>IV ketamine infusions for treatment-resistant depression, PTSD, anxiety and chronic pain, delivered in private suites by an anesthesiologist-led team.</p>
<a class="btn" href="/book">Book a free 15-minute phone consultation</a></section>
<section><h2>Your first visit</h2>
<p>Before your first infusion you'll have an in-person medical evaluation with Dr. Priya Raman, MD (board-certified anesthesiologist) or our psychiatric nurse practitioner. Bring a photo ID, your medication list and, if possible, a referral or records from your mental health provider. We check vitals, review your history and talk through what to expect.</p>
<p>During each 40-minute infusion you are continuously monitored (heart rate, blood pressure, oxygen). You'll rest afterward until you are clear-headed, and a friend or family member must drive you home.</p></section>
<section><h2>Pricing</h2>
<table>
<tr><td>Initial medical evaluation</td><td>$250</td></tr>
<tr><td>Single ketamine infusion (mood)</td><td>$475</td></tr>
<tr><td>Induction series, 6 infusions (save $300)</td><td>$2,550</td></tr>
<tr><td>Booster infusion</td><td>$450</td></tr>
</table>
<p>Pay with card, HSA/FSA or CareCredit. A $100 deposit secures your first infusion and is applied to your bill. We provide superbills for out-of-network reimbursement.</p>
<a class="btn" href="/book">Book now</a></section>
<section><h2>What our patients say</h2><blockquote>&ldquo;The nurses checked in on me every few minutes. I finally felt taken seriously.&rdquo; &ndash; Google review</blockquote></section>
</main>
<footer><p>Still Harbor Infusion Center &middot; 212 Fore Street, Suite 3, Portland, ME 04101 &middot; (207) 555-0164</p><p>Mon&ndash;Fri 8am&ndash;7pm &middot; <a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></p></footer>
""", noise="cookie")

p("h14825", "https://lakeshorebehavioral.example/services/spravato", "clinic", False, "en",
  "rems-center-medium", "Spravato (Esketamine) Treatment | Lakeshore Behavioral Health", """
<header><a href="/">Lakeshore Behavioral Health</a> <nav><a href="/services">Services</a> <a href="/providers">Providers</a> <a href="/locations">Locations</a> <a href="/insurance">Insurance</a> <a href="/patient-portal">Patient Portal</a></nav></header>
<main>
<h1>Spravato&reg; (esketamine) nasal spray</h1>
<p>Lakeshore Behavioral Health is a certified treatment center under the Spravato REMS program. Our Evanston and Oak Park offices administer Spravato to adults with treatment-resistant depression or depressive symptoms with acute suicidal ideation, as part of a plan prescribed by your psychiatrist.</p>
<h2>What to expect</h2>
<ul>
<li>You self-administer the spray in our treatment room under the direct observation of a nurse.</li>
<li>We monitor your blood pressure before and after dosing, and you stay with us for at least two hours.</li>
<li>You may not drive until the next day, so please arrange a ride.</li>
<li>Treatment usually starts twice weekly for four weeks, then tapers.</li>
</ul>
<h2>Cost and insurance</h2>
<p>Spravato is covered by most commercial plans and Medicare with prior authorization, which our team obtains for you. Janssen's savings program may reduce out-of-pocket costs for eligible commercially insured patients. The observation visit is billed separately.</p>
<p>Referred by an outside psychiatrist? We're happy to partner; ask them to fax the referral and recent notes to (847) 555-0119.</p>
<p><a href="/request-appointment">Request an appointment</a></p>
</main>
""")

p("h14826", "https://openfieldkap.example/ketamine-assisted-psychotherapy", "clinic", False, "en",
  "kap-practice-medium", "Ketamine-Assisted Psychotherapy | Openfield Collaborative, Boulder", """
<header><a href="/">Openfield Collaborative</a> &middot; Psychotherapy &amp; Integrative Psychiatry
<nav><a href="/about">About</a> <a href="/ketamine-assisted-psychotherapy">KAP</a> <a href="/team">Team</a> <a href="/fees">Fees</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketamine-assisted psychotherapy (KAP)</h1>
<p>KAP at Openfield pairs a licensed therapist with our prescribing psychiatrist, Dr. Elena Haas, MD. Sessions take place in our Boulder office, in a quiet room with eye shades, music and your therapist present throughout.</p>
<h2>Getting started</h2>
<ol><li>Phone consultation with our intake coordinator (free).</li><li>In-person psychiatric evaluation with Dr. Haas (90 minutes, $395). We request records from your current providers and will coordinate with your therapist if you have one.</li><li>Two preparation sessions with your KAP therapist.</li><li>Three to six dosing sessions (intramuscular or sublingual ketamine, administered and monitored in the office), each followed by an integration session.</li></ol>
<h2>Fees</h2>
<p>Preparation and integration sessions $190; dosing sessions (3 hours, therapist and medical monitoring) $690. We offer a limited number of sliding-scale spots. Payment by card or check; we don't bill insurance but provide superbills.</p>
<p><a class="btn" href="/contact">Schedule a consultation</a></p>
</main>
""")

p("h14827", "https://stillharborinfusion.example/billing/pay-your-deposit", "clinic", False, "en",
  "clinic-billing-page-short", "Pay Your Deposit | Still Harbor Infusion Center", """
<nav><a href="/">Still Harbor Infusion Center</a> &rsaquo; <a href="/billing">Billing</a> &rsaquo; Pay your deposit</nav>
<h1>Pay your deposit</h1>
<p>A $100 deposit holds your first infusion appointment after your in-person medical evaluation. It is applied in full to your visit and refunded if you cancel at least 48 hours ahead.</p>
<ul>
<li><strong>Online:</strong> use the secure payment link in your appointment confirmation (card, HSA/FSA).</li>
<li><strong>Zelle:</strong> billing@stillharborinfusion.example &ndash; the recipient will display as &ldquo;Still Harbor Infusion Center LLC&rdquo;. Include your patient ID.</li>
<li><strong>In the office:</strong> card or check at the front desk.</li>
</ul>
<p>Gift cards purchased on our <a href="/gift-cards">gift card page</a> can be applied to consultations and infusions. Questions about a statement? Call our billing team at (207) 555-0164, option 3.</p>
""")

p("h14828", "https://riverview-medical.example/departments/pain-medicine/ketamine-infusion", "clinic", False, "en",
  "hospital-department-navigation-heavy", "Ketamine Infusion for Chronic Pain | Pain Medicine | Riverview Medical Center", """
<header class="hospital">
<a class="logo" href="/">Riverview Medical Center</a>
<nav class="top"><a href="/find-a-doctor">Find a Doctor</a> <a href="/locations">Locations</a> <a href="/patients-visitors">Patients &amp; Visitors</a> <a href="/mychart">MyChart</a> <a href="/pay-bill">Pay a Bill</a> <a href="/careers">Careers</a> <a href="/give">Give</a></nav>
<nav class="dept"><a href="/departments">Departments</a> &rsaquo; <a href="/departments/pain-medicine">Pain Medicine</a> &rsaquo; Ketamine Infusion</nav>
</header>
<aside class="sidebar"><h3>Pain Medicine</h3><ul><li><a href="/departments/pain-medicine">Overview</a></li><li><a href="/departments/pain-medicine/nerve-blocks">Nerve Blocks</a></li><li><a href="/departments/pain-medicine/spinal-cord-stimulation">Spinal Cord Stimulation</a></li><li><a href="/departments/pain-medicine/ketamine-infusion">Ketamine Infusion</a></li><li><a href="/departments/pain-medicine/crps">CRPS Program</a></li><li><a href="/departments/pain-medicine/referrals">For Referring Providers</a></li><li><a href="/departments/pain-medicine/team">Our Team</a></li></ul></aside>
<main>
<h1>Ketamine infusion for chronic pain</h1>
<p>Our Pain Medicine physicians use low-dose intravenous ketamine for selected patients with complex regional pain syndrome (CRPS), neuropathic pain and refractory chronic pain. Infusions are given in the Outpatient Infusion Unit, 4th floor, with continuous monitoring by anesthesia-trained staff.</p>
<p>A referral from your primary care physician or specialist and a consultation in our clinic are required. Many insurance plans require prior authorization, which our office will request.</p>
<p><a href="/departments/pain-medicine/referrals">Referral form for providers</a> &middot; Appointments: (555) 310-2200</p>
</main>
<footer><a href="/price-transparency">Price transparency</a> &middot; <a href="/financial-assistance">Financial assistance</a> &middot; <a href="/privacy">Privacy</a> &middot; &copy; 2026 Riverview Health System</footer>
""")

p("h14829", "https://ggz-rivierenland-ketamine.example/behandeling/ketamine", "clinic", False, "nl",
  "mental-health-clinic-medium", "Ketaminebehandeling bij therapieresistente depressie | Polikliniek Rivierenland", """
<header><a href="/">Polikliniek Stemming &amp; Angst Rivierenland</a> <nav><a href="/behandelingen">Behandelingen</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/kosten">Kosten en vergoeding</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketaminebehandeling</h1>
<p>Bij onze polikliniek in Tiel behandelen we volwassenen met een therapieresistente depressie met esketamine-neusspray of ketamine-infusen. De behandeling vindt altijd plaats op de polikliniek, onder toezicht van een verpleegkundige en met een psychiater als hoofdbehandelaar.</p>
<h2>Aanmelden</h2>
<p>U heeft een verwijzing nodig van uw huisarts of behandelend psychiater. Na aanmelding volgt een intakegesprek op de polikliniek, waarin we uw eerdere behandelingen bespreken. Neem uw identiteitsbewijs, medicatieoverzicht en verzekeringspas mee.</p>
<h2>Verloop</h2>
<p>In de eerste vier weken komt u twee keer per week. Na elke toediening blijft u minimaal twee uur op de afdeling; u mag die dag niet zelf autorijden.</p>
<h2>Kosten</h2>
<p>De behandeling valt onder de basisverzekering (let op uw eigen risico). Voor vragen kunt u ons bellen of een afspraak maken via het patiëntenportaal.</p>
</main>
""", noise="cookie-nl")

p("h14830", "https://centrodepressione-ospedalesanmarco.example/esketamina", "clinic", False, "it",
  "hospital-outpatient-medium", "Esketamina spray nasale – Ambulatorio Depressione Resistente | Ospedale San Marco", """
<header><a href="/">Ospedale San Marco</a> &rsaquo; <a href="/psichiatria">Psichiatria</a> &rsaquo; Ambulatorio Depressione Resistente
<nav><a href="/prenotazioni">Prenotazioni CUP</a> <a href="/referti">Referti online</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Trattamento con esketamina spray nasale</h1>
<p>L'Ambulatorio Depressione Resistente somministra esketamina spray nasale a pazienti adulti con depressione resistente al trattamento, secondo il piano terapeutico redatto dallo psichiatra del centro.</p>
<p>La somministrazione avviene in ambulatorio, sotto osservazione del personale infermieristico per almeno due ore, con controllo della pressione arteriosa. Il paziente non deve guidare il giorno della seduta.</p>
<h2>Come accedere</h2>
<p>Serve l'impegnativa del medico di medicina generale o dello specialista per &ldquo;prima visita psichiatrica&rdquo;. Prenoti tramite CUP portando documento d'identità, tessera sanitaria e la documentazione delle terapie precedenti. Il farmaco è erogato dal Servizio Sanitario Nazionale; è dovuto solo l'eventuale ticket per la visita.</p>
</main>
""")

p("h14831", "https://ketaminaclinica-madrid.example/infusion-de-ketamina", "clinic", False, "es",
  "infusion-clinic-medium-chrome", "Infusión de ketamina en Madrid | Clínica Alba Salud Mental", """
<header><a href="/">Clínica Alba &middot; Salud Mental</a>
<nav><a href="/">Inicio</a> <a href="/infusion-de-ketamina">Infusión de ketamina</a> <a href="/esketamina">Esketamina</a> <a href="/equipo">Equipo</a> <a href="/precios">Precios</a> <a href="/cita">Pedir cita</a></nav></header>
<main>
<h1>Infusión intravenosa de ketamina en Madrid</h1>
<p>En Clínica Alba aplicamos ketamina por vía intravenosa a pacientes con depresión resistente, siempre tras una valoración presencial con nuestro psiquiatra, el Dr. Luis Carrasco (n.º de colegiado 28/41.207), y con monitorización continua por un anestesiólogo durante la sesión.</p>
<h2>Precios</h2>
<ul><li>Primera consulta de valoración: 150 &euro;</li><li>Sesión de infusión: 420 &euro;</li><li>Bono de 6 sesiones: 2.280 &euro;</li></ul>
<p>Puede abonar la reserva con tarjeta o Bizum al número de la clínica (aparecerá como &ldquo;Clínica Alba Salud Mental SL&rdquo;). Algunas aseguradoras privadas reembolsan parte del tratamiento.</p>
<p>Pida cita por teléfono, por WhatsApp o en línea. Traiga su DNI e informes previos a la primera consulta.</p>
<a class="boton" href="/cita">Reservar valoración</a>
</main>
<footer>Clínica Alba Salud Mental SL &middot; Calle de Velázquez 88, Madrid &middot; Centro sanitario autorizado por la Comunidad de Madrid</footer>
""", noise="cookie-es")

# ---------------------------------------------------------------- informational

p("h14832", "https://thecoastalledger.example/health/2026/11/online-ketamine-clinics-that-arent", "informational", False, "en",
  "news-investigation-long-chrome", "The online ‘ketamine clinics’ with no clinic behind them | The Coastal Ledger", """
<header class="masthead"><a href="/">The Coastal Ledger</a>
<nav><a href="/news">News</a> <a href="/health">Health</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/subscribe">Subscribe</a></nav></header>
<article>
<p class="kicker">Investigation</p>
<h1>The online &lsquo;ketamine clinics&rsquo; with no clinic behind them</h1>
<p class="byline">By Hannah Okafor &middot; November 18, 2026</p>
<p>The website looked like any modern telehealth start-up: soft green gradients, a leaf logo, a promise of &ldquo;physician-guided ketamine care from the comfort of home.&rdquo; A reporter posing as a prospective patient filled out a four-minute questionnaire, answering honestly that she had a history of high blood pressure. Eleven minutes later an email arrived: &ldquo;Congratulations, you have been approved.&rdquo;</p>
<p>There was no video call and no request for ID. The email offered 24 sublingual troches for $479, payable by Zelle or Bitcoin &ldquo;to our billing coordinator,&rdquo; and said the order would ship from an &ldquo;international fulfilment partner.&rdquo; The payee named on the invoice was an individual in Florida.</p>
<p>Over three months, the Ledger examined 27 sites selling ketamine or esketamine online in English. Nineteen described a physician review but named no physician; fourteen said a video visit was not required; eleven accepted only bank transfers to individuals, peer-to-peer apps or cryptocurrency. Four offered Spravato, the esketamine nasal spray, for use at home &ndash; something the product's safety program does not allow.</p>
<p>&ldquo;The tell is not the design, it's the workflow,&rdquo; said Dr. Samuel Reyes, a psychiatrist who reviewed the sites for the Ledger. &ldquo;Legitimate services verify who you are, see you by video, name their prescribers and send prescriptions to a licensed pharmacy. These sites skip every one of those steps.&rdquo;</p>
<p>One site, which described itself as an &ldquo;observational study,&rdquo; charged a $390 &ldquo;participation contribution&rdquo; in cryptocurrency for 36 ketamine tablets. It was not registered in any trial registry. Another, run under a retired physician's name, asked customers to pay by Cash App and to write &ldquo;consultation&rdquo; instead of the drug's name.</p>
<p>Several legitimate telehealth companies said the copycats were hurting patients' trust. &ldquo;People ask us why we take longer,&rdquo; one medical director said. &ldquo;It's because we're actually practising medicine.&rdquo;</p>
<p>The Drug Enforcement Administration did not respond to questions about specific sites. The Ledger is not naming the sites because several changed domains during reporting.</p>
</article>
<aside class="related"><h3>More from Health</h3><ul><li><a href="/health/2026/10/spravato-access">Why Spravato is hard to get in rural counties</a></li><li><a href="/health/2026/09/telehealth-prescribing-rules">Telehealth prescribing rules, explained</a></li></ul></aside>
<footer>&copy; 2026 The Coastal Ledger &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/corrections">Corrections</a></footer>
""", noise="cookie")

p("h14833", "https://www.drugsafety-agency.example/consumers/alerts/2026-ketamine-online-sellers", "informational", False, "en",
  "government-alert-medium", "Consumer Alert: Websites Selling Ketamine and Esketamine Without a Real Medical Evaluation", """
<header><a href="/">Drug Safety Agency</a> <nav><a href="/consumers">For Consumers</a> <a href="/professionals">For Health Professionals</a> <a href="/recalls">Recalls &amp; Alerts</a> <a href="/report">Report a Problem</a></nav></header>
<main>
<h1>Consumer alert: websites selling ketamine and esketamine without a real medical evaluation</h1>
<p class="date">Issued October 2, 2026</p>
<p>The agency is warning consumers about websites and social media accounts that present themselves as clinics, pharmacies, research programs or studies and sell ketamine products, esketamine nasal spray, or ketamine-like chemicals such as 2-fluorodeschloroketamine (2-FDCK) and deschloroketamine (DCK).</p>
<h2>Warning signs</h2>
<ul>
<li>&ldquo;Approval&rdquo; based only on an online form, with no video or in-person evaluation by a named, licensed prescriber</li>
<li>No request for identification, medical history or records</li>
<li>Payment only by cryptocurrency, gift cards, or transfers to an individual's account or peer-to-peer app</li>
<li>Shipping from another country, &ldquo;discreet&rdquo; packaging, or offers to reship seized parcels</li>
<li>Esketamine offered for home use; esketamine may only be administered in certified healthcare settings</li>
<li>Products labelled &ldquo;for research use only&rdquo; or &ldquo;not for human consumption&rdquo; that are clearly marketed to individuals</li>
</ul>
<h2>What you can do</h2>
<p>Check whether an online pharmacy is licensed in your state, ask any telehealth provider for the name and license number of the prescriber, and talk to your own health care provider about treatment options. Report suspicious websites through our <a href="/report">online form</a>.</p>
</main>
""")

p("h14834", "https://boardofpharmacy.state.example/verify/online-pharmacy", "informational", False, "en",
  "pharmacy-board-explainer-navigation", "Verify an Online Pharmacy | State Board of Pharmacy", """
<header><a href="/">State Board of Pharmacy</a>
<nav><a href="/licensees">Licensees</a> <a href="/verify">License Verification</a> <a href="/complaints">File a Complaint</a> <a href="/laws">Laws &amp; Rules</a> <a href="/pmp">Prescription Monitoring Program</a> <a href="/news">News</a></nav></header>
<aside><ul><li><a href="/verify/pharmacist">Verify a pharmacist</a></li><li><a href="/verify/pharmacy">Verify a pharmacy</a></li><li><a href="/verify/online-pharmacy">Buying medicine online</a></li><li><a href="/verify/telehealth">Telehealth prescriptions</a></li></ul></aside>
<main>
<h1>Buying medicine online safely</h1>
<p>A legitimate pharmacy that ships to residents of this state must hold a nonresident pharmacy permit from the Board. Use the <a href="/verify/pharmacy">license lookup</a> to check the name and address shown on the pharmacy's website.</p>
<p>A safe online pharmacy will always require a valid prescription from a prescriber who has evaluated you, will have a licensed pharmacist available to answer questions, and will have a physical address in the United States.</p>
<p>Controlled substances such as ketamine may only be prescribed through telehealth under the conditions set out in federal and state rules. Be cautious of sites that offer to &ldquo;provide a prescription&rdquo; with your order or that ship from outside the country.</p>
<p><a href="/complaints">Report an unlicensed pharmacy</a></p>
</main>
<footer>State Board of Pharmacy &middot; Accessibility &middot; Public Records Requests</footer>
""")

p("h14835", "https://forum.resistantdepression-support.example/t/is-meridian-ketamine-care-legit/48213", "informational", False, "en",
  "forum-thread-medium", "Is Meridian Ketamine Care legit? - Treatment options - TRD Support Forum", """
<nav><a href="/">TRD Support Forum</a> &rsaquo; <a href="/c/treatment-options">Treatment options</a></nav>
<h1>Is Meridian Ketamine Care legit?</h1>
<div class="post"><p class="author">quietmorning_22 &middot; 3d</p>
<p>Has anyone used Meridian? Their site looks really professional and the price is half what the clinic near me charges. I got &ldquo;approved&rdquo; in like 15 minutes and now they want Zelle to someone named Trevor. Is that normal??</p></div>
<div class="post"><p class="author">harbor_nurse (moderator) &middot; 3d</p>
<p>Please don't send money yet. A legit telehealth service will do a video visit with a named prescriber, check your ID, and take payment through the company (card/HSA), not to a person. Approval in 15 minutes with no call is a big red flag, and &ldquo;international fulfilment&rdquo; means the meds aren't coming from a US pharmacy.</p></div>
<div class="post"><p class="author">ElmStreetDad &middot; 2d</p>
<p>I tried a site like that last year. Paid $480 in BTC, got nothing for 5 weeks, then a pouch of unlabeled lozenges from overseas. Never again. Went through my psychiatrist and got Spravato at a REMS clinic, covered by insurance after a PA.</p></div>
<div class="post"><p class="author">quietmorning_22 &middot; 2d</p>
<p>Thank you both. I didn't pay. Booked a consult with an actual clinic instead.</p></div>
<p class="mod-note">Reminder: sharing links to vendors or sources is against forum rules (Rule 4).</p>
""")

p("h14836", "https://westbrookcompounding.example/prescribers/ketamine-troches", "informational", False, "en",
  "licensed-compounding-pharmacy-info", "Ketamine Troches – Information for Prescribers | Westbrook Compounding Pharmacy", """
<header><a href="/">Westbrook Compounding Pharmacy</a> <nav><a href="/patients">Patients</a> <a href="/prescribers">Prescribers</a> <a href="/accreditation">Accreditation</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketamine troches: information for prescribers</h1>
<p>Westbrook compounds ketamine HCl rapid-dissolve troches (strengths from 25 mg to 300 mg) and ketamine nasal solutions for patients of licensed prescribers in the states where we hold a pharmacy license (MA, NH, RI, CT, VT, ME).</p>
<ul>
<li>We dispense only on a valid prescription from a DEA-registered prescriber with an established patient relationship. E-prescriptions (EPCS) preferred.</li>
<li>Our pharmacists verify every new controlled-substance prescription with the prescriber's office and check the state PMP.</li>
<li>Shipping to patients within our licensed states by UPS with adult signature; no international shipping.</li>
<li>Patient pricing is provided after the prescription is received. We do not sell to the public without a prescription and do not partner with services that prescribe on questionnaires alone.</li>
</ul>
<p>PCAB-accredited &middot; Pharmacist in charge: Laura Medeiros, RPh &middot; Prescriber line (617) 555-0142</p>
</main>
""")

p("h14837", "https://trials-registry.example/study/NCT0-KET-2291", "informational", False, "en",
  "trial-registry-entry-partial", "Oral Ketamine for Treatment-Resistant Depression in Primary Care (KETPRIM) - Trials Registry", """
<div class="record">
<h1>Oral Ketamine for Treatment-Resistant Depression in Primary Care (KETPRIM)</h1>
<table>
<tr><th>Status</th><td>Recruiting</td></tr>
<tr><th>Study type</th><td>Interventional (randomized, double-blind, placebo-controlled)</td></tr>
<tr><th>Sponsor</th><td>University of Northfield, Department of Psychiatry</td></tr>
<tr><th>Ethics approval</th><td>Northfield Research Ethics Committee, ref. 26/NF/0412</td></tr>
<tr><th>Enrollment</th><td>240 participants (estimated)</td></tr>
</table>
<h2>Brief summary</h2>
<p>This trial tests whether low-dose oral ketamine taken twice weekly for 8 weeks, supervised by primary care physicians, improves depressive symptoms compared with placebo in adults with treatment-resistant depression.</p>
<h2>Eligibility (selected)</h2>
<p>Inclusion: age 18&ndash;70; major depressive disorder with inadequate response to at least two antidepressants; registered with a participating practice. Exclusion: history of psychosis, uncontrolled hypertension, current substance use disorder, pregnancy.</p>
<p>Participants are screened in person at a study site, including physical examination and blood tests. Study medication is provided free of charge and dispensed by the hospital pharmacy. Participants receive travel reimbursement.</p>
<h2>Contact</h2>
<p>Study coordinator: ketprim@northfield-uni.example &middot; Sites: Northfield, Ashby, Collingwood</p>
""")

p("h14838", "https://verbraucherschutz-gesundheit.example/aktuelles/esketamin-online-kliniken", "informational", False, "de",
  "consumer-advice-news-medium", "Vorsicht bei „Online-Kliniken“ mit Esketamin-Versand | Verbraucherschutz Gesundheit", """
<header><a href="/">Verbraucherschutz Gesundheit</a> <nav><a href="/aktuelles">Aktuelles</a> <a href="/ratgeber">Ratgeber</a> <a href="/beratung">Beratung</a></nav></header>
<article>
<h1>Vorsicht bei &bdquo;Online-Kliniken&ldquo; mit Esketamin-Versand</h1>
<p class="datum">12.11.2026</p>
<p>Bei uns melden sich zunehmend Menschen, die auf Websites wie einer angeblichen &bdquo;Versandapotheke&ldquo; Esketamin-Nasenspray oder Ketamin-Lutschtabletten bestellt haben. Die Seiten wirken seriös: Fragebogen, &bdquo;Partnerarzt&ldquo;, Datenschutzhinweise. Der Preis liegt oft bei 350 bis 400 Euro pro Packung.</p>
<p>Typisch ist: Es gibt keine Videosprechstunde und keinen namentlich genannten Arzt, bezahlt wird per Überweisung an eine Privatperson oder mit Paysafecard, und das Paket kommt ohne Absender aus dem Ausland. In mehreren Fällen kam gar keine Ware an.</p>
<p>&bdquo;Esketamin darf in Deutschland nur in einer Praxis oder Klinik unter Aufsicht angewendet werden. Ein Versand nach Hause ist ausgeschlossen&ldquo;, erklärt unsere Pharmazeutin Sabine Lorenz. Seriöse Online-Apotheken tragen das EU-Sicherheitslogo und sind im Versandhandelsregister eingetragen.</p>
<p>Betroffene sollten Zahlungsbelege sichern, Anzeige erstatten und sich an ihre Bank wenden.</p>
</article>
""", noise="cookie-de")

p("h14839", "https://reduction-des-risques.example/produits/ketamine/acheter-en-ligne", "informational", False, "fr",
  "harm-reduction-page", "Kétamine achetée en ligne : ce qu'il faut savoir | Réduction des risques", """
<nav><a href="/">Réduction des risques</a> &rsaquo; <a href="/produits">Produits</a> &rsaquo; <a href="/produits/ketamine">Kétamine</a> &rsaquo; Achat en ligne</nav>
<h1>Kétamine et analogues achetés en ligne : ce qu'il faut savoir</h1>
<p>Des sites au ton très « médical » ou « scientifique » proposent de la kétamine en pastilles, des sprays d'eskétamine ou des analogues comme la 2-FDCK ou la DCK vendus comme « étalons de recherche ». Ces produits échappent à tout contrôle : le dosage réel et la substance elle-même peuvent différer de l'étiquette.</p>
<h2>Réduire les risques</h2>
<ul>
<li>Faites analyser votre produit : notre service d'analyse de drogues est gratuit et anonyme.</li>
<li>Commencez par une très petite quantité, jamais seul·e, et évitez de mélanger avec l'alcool ou les benzodiazépines.</li>
<li>Un usage régulier peut abîmer la vessie : consultez si vous avez des douleurs en urinant.</li>
<li>Si vous cherchez un traitement contre la dépression, l'eskétamine existe en milieu hospitalier, sur avis d'un psychiatre.</li>
</ul>
<p>Besoin d'en parler ? Drogues Info Service, 7j/7, appel anonyme et gratuit.</p>
""", noise="cookie-fr")

p("h14840", "https://autoridade-medicamento.example/pt/alertas/2026/esketamina-sites-ilegais", "informational", False, "pt",
  "regulator-alert-short", "Alerta: venda ilegal de esketamina e cetamina em sites da internet", """
<header><a href="/pt/">Autoridade Nacional do Medicamento</a> &rsaquo; <a href="/pt/alertas">Alertas</a></header>
<main>
<h1>Alerta: venda ilegal de esketamina e cetamina em sites da internet</h1>
<p class="data">Circular informativa n.º 118/2026 &middot; 27/10/2026</p>
<p>A Autoridade tomou conhecimento de sites com aparência de clínicas ou &ldquo;programas de bem-estar&rdquo; que vendem esketamina em spray nasal e comprimidos de cetamina sem consulta médica presencial ou por vídeo, com pagamento por transferência para contas de particulares ou criptomoedas e envio a partir de outros países.</p>
<p>A esketamina é um medicamento de uso exclusivo hospitalar em Portugal e só pode ser administrada em estabelecimentos de saúde, sob supervisão. Os medicamentos adquiridos nestes sites não têm qualidade, segurança ou eficácia garantidas.</p>
<p>Recomenda-se que não adquira medicamentos nestes sites e que verifique se uma farmácia online está autorizada na lista publicada no nosso portal. Denúncias: denuncias@autoridade-medicamento.example.</p>
</main>
""")

save(OUT, R)
