# Batch 92 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "At-home ketamine in late 2026". US telehealth providers prescribing sublingual tablets,
# troches or lozenges after a video evaluation (pricing, state availability, how-it-works with named
# prescribers, integration coaching add-on, membership checkout, "your prescription shipped" e-mail,
# Spanish-language FAQ of a US provider, German and Brazilian online psychiatry referring to partner
# centres for esketamine); clinics offering in-office and supervised at-home programmes (infusion
# clinic with an at-home lozenge track, KAP practice, Spravato REMS centre FAQ, eligibility page,
# French hospital day unit, Italian ketamine centre, Dutch oral-esketamine clinic, Mexican clinic with
# nurse home visits); sellers imitating them (wellness brand with instant-approval quiz, "online
# clinic" with a made-up doctor, "pharmacy" selling nasal spray without Rx, auto-Rx troche shop,
# affiliate "no video call" roundup, social bio, marketplace listing, seller FAQ, borrowed licence
# number, Spanish/German/Italian/French look-alikes, Dutch research-chemical analogue shop); and
# informational pages (state board advisory, federal telemedicine FAQ, news feature, insurer medical
# policy, professional-society statement, German news, French agency notice, Dutch harm-reduction
# page, Portuguese regulator alert).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it.
# Shapes: long pages with site chrome, short pages, four plain-text snippets.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch92.py (writes batch92/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch92")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- telehealth

p("h9201", "https://www.lumenwellhealth.example/pricing", "telehealth", False, "en",
  "telehealth-pricing-page-membership", "Pricing & Plans | Lumenwell At-Home Ketamine Therapy", """
<header class="site-header">
<a class="logo" href="/">lumenwell</a>
<nav><a href="/how-it-works">How it works</a> <a href="/clinicians">Our clinicians</a> <a href="/states">Where we treat</a> <a href="/pricing" class="active">Pricing</a> <a href="/science">The science</a> <a href="/login">Log in</a> <a class="btn" href="/intake/start">See if I'm eligible</a></nav>
</header>
<main>
<section class="hero">
<h1>Transparent pricing. No surprise fees.</h1>
<p>One program fee covers your psychiatric evaluation, your first month of care and your integration support. Medication is only prescribed &mdash; and only shipped &mdash; if your clinician decides ketamine is right for you.</p>
</section>
<section class="plans">
<div class="plan">
<h2>Foundation Program</h2>
<p class="price">$449 <span>one time</span></p>
<ul>
<li>60-minute video evaluation with a board-certified psychiatrist or psychiatric nurse practitioner licensed in your state</li>
<li>If prescribed: 6 sublingual ketamine tablets (dose set by your clinician), filled by our licensed partner pharmacy</li>
<li>Two 30-minute follow-up video visits to review your experience and adjust dosing</li>
<li>Two integration coaching sessions</li>
<li>Welcome kit: automatic blood pressure cuff, eye mask, printed session journal</li>
<li>Mood and symptom tracking (PHQ-9, GAD-7) in the app</li>
</ul>
<a class="btn" href="/intake/start?plan=foundation">Start my intake</a>
</div>
<div class="plan featured">
<span class="badge">Most chosen</span>
<h2>Continuing Care Membership</h2>
<p class="price">$219 <span>/ month</span></p>
<p>Available after the Foundation Program, when your clinician recommends maintenance treatment.</p>
<ul>
<li>Monthly clinician check-in by video, with reassessment every 90 days</li>
<li>Up to 4 sublingual tablets per month as prescribed, shipped by the partner pharmacy</li>
<li>One integration coaching session per month</li>
<li>Cancel or pause any time before your next refill date</li>
</ul>
<a class="btn" href="/intake/start?plan=continuing">Learn more</a>
</div>
<div class="plan">
<h2>Integration add-ons</h2>
<p class="price">$65 <span>/ session</span></p>
<p>Extra 50-minute sessions with a certified integration coach. Bundles of 4 for $240.</p>
</div>
</section>
<section class="faq">
<h2>Pricing questions</h2>
<details><summary>What if I'm not eligible after my evaluation?</summary>
<p>About one in five people who book an evaluation are not prescribed ketamine &mdash; for example because of uncontrolled blood pressure, a history of psychosis, pregnancy or a current substance use disorder. If that happens we refund the program fee minus $95 for the evaluation itself, and your clinician will send you a summary with other options to discuss with your own doctor.</p></details>
<details><summary>Does insurance cover this?</summary>
<p>Ketamine for depression is prescribed off-label and most plans do not cover it. We're not in network with any insurer, but we provide a superbill for the evaluation and follow-up visits that you can submit for out-of-network reimbursement. You can pay with an HSA or FSA card.</p></details>
<details><summary>Is medication included in the monthly price?</summary>
<p>Yes for standard doses. Our partner pharmacy, Meridian Compounding Pharmacy (licensed in all the states we serve), dispenses only against a prescription written by your Lumenwell clinician and ships with adult signature required.</p></details>
<details><summary>Do I need someone with me during sessions?</summary>
<p>Yes. For your first sessions we require a sober adult "treatment monitor" at home with you. Your clinician will explain the safety plan at your evaluation.</p></details>
</section>
<p class="fine">Lumenwell Health, PC and its affiliated professional entities provide clinical services. Lumenwell is not an emergency service. If you are in crisis, call or text 988.</p>
</main>
<footer><div>Company: <a href="/about">About</a> <a href="/careers">Careers</a> <a href="/press">Press</a></div><div>Legal: <a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <a href="/hipaa">Notice of Privacy Practices</a></div><p>&copy; 2026 Lumenwell Health</p></footer>
""", noise="cookie")

p("h9202", "https://joinhavenmind.example/where-we-treat", "telehealth", False, "en",
  "telehealth-state-availability-page", "Where We Treat | Havenmind", """
<nav class="top"><a href="/">Havenmind</a> <a href="/treatment">Treatment</a> <a href="/where-we-treat">Availability</a> <a href="/faq">FAQ</a> <a href="/get-started" class="cta">Get started</a></nav>
<main>
<h1>Is Havenmind available in my state?</h1>
<p>Our prescribers can only treat you in a state where they hold an active license, and you need to be physically located in that state during every video visit. Federal and state rules on prescribing controlled medications by telemedicine also differ, so our list changes from time to time.</p>
<h2>Currently accepting new patients</h2>
<ul class="states">
<li>Arizona</li><li>California</li><li>Colorado</li><li>Connecticut</li><li>Florida</li><li>Illinois</li><li>Maryland</li><li>Massachusetts</li><li>Michigan</li><li>Minnesota</li><li>New Jersey</li><li>New York</li><li>North Carolina</li><li>Oregon</li><li>Pennsylvania</li><li>Texas</li><li>Virginia</li><li>Washington</li>
</ul>
<h2>Existing patients only</h2>
<p>Georgia, Ohio &mdash; we are not taking new patients while we complete prescriber credentialing.</p>
<h2>Not available</h2>
<p>Alaska, Hawaii, Louisiana, Mississippi and U.S. territories. <a href="/waitlist">Join the waitlist</a> and we'll email you if that changes.</p>
<h2>What you'll need</h2>
<ol>
<li>A government-issued photo ID that matches your shipping address state.</li>
<li>A recent blood pressure reading (we'll send a cuff if you don't have one).</li>
<li>A private space for a 45-minute video evaluation with a psychiatric clinician.</li>
<li>Someone who can be with you for your first at-home sessions.</li>
</ol>
<p>If your clinician prescribes sublingual ketamine, our partner pharmacy ships it to your home address in your state. We cannot ship to P.O. boxes, hotels or addresses outside the state where you were evaluated.</p>
<p><a class="cta" href="/get-started">Check eligibility</a></p>
</main>
<footer>Havenmind Medical Group &middot; <a href="/privacy">Privacy</a> &middot; In an emergency call 911 or 988.</footer>
""")

p("h9203", "https://tessellatecare.example/how-it-works", "telehealth", False, "en",
  "telehealth-how-it-works-named-prescribers", "How Tessellate works — at-home ketamine care, step by step", """
<header><div class="brand">Tessellate</div>
<ul class="menu"><li><a href="/how-it-works">How it works</a></li><li><a href="/team">Team</a></li><li><a href="/pricing">Pricing</a></li><li><a href="/journal">Journal</a></li><li><a href="/account">My account</a></li></ul></header>
<article>
<h1>From first click to first session</h1>
<p class="lede">At-home ketamine isn't a product you add to a cart. It's a treatment plan built by a clinician who has met you. Here's exactly what happens.</p>
<h2>1. Screening questionnaire (10 minutes)</h2>
<p>We ask about your mood history, medications, blood pressure, substance use and previous treatments. This is a screen, not an approval: it only tells us whether booking an evaluation makes sense.</p>
<h2>2. Video evaluation with a prescriber (45&ndash;60 minutes)</h2>
<p>You'll meet one of our psychiatric prescribers live on video. They review your history, may ask for records from your current doctor or therapist, and decide whether ketamine is appropriate. Roughly a quarter of evaluations end without a prescription.</p>
<h2>3. Prescription and delivery</h2>
<p>If you're a candidate, your prescriber sends an electronic prescription for sublingual ketamine troches to Caldera Pharmacy, our licensed partner pharmacy. Caldera verifies your identity and ships in temperature-stable packaging; a signature from you is required on delivery.</p>
<h2>4. Your first session</h2>
<p>Before every session you take your blood pressure and complete a short check-in in the app. A trusted adult stays with you for the first two sessions. Your care team is reachable by message during your session window.</p>
<h2>5. Follow-up and integration</h2>
<p>Your prescriber meets you again after session two, and every four weeks after that. Between visits you can book integration sessions with our coaches.</p>
<section class="team">
<h2>Some of the clinicians you may meet</h2>
<div class="person"><b>Renata Okafor, MD</b> &mdash; Board-certified psychiatrist. Licensed in NY, NJ, PA, CT.</div>
<div class="person"><b>Daniel Whitcombe, PMHNP-BC</b> &mdash; Psychiatric nurse practitioner. Licensed in CO, NM, UT, AZ.</div>
<div class="person"><b>Soo-jin Park, DO</b> &mdash; Psychiatrist and addiction medicine specialist. Licensed in CA, OR, WA.</div>
<p><a href="/team">See all 23 clinicians and their license numbers</a></p>
</section>
</article>
<footer><p>Tessellate Medical, P.A. &middot; Treatment is not appropriate for everyone. Ketamine can raise blood pressure and cause dissociation. <a href="/safety">Safety information</a></p><p>Crisis? Call or text 988.</p></footer>
""", noise="cookie")

p("h9204", "https://www.northwindketamine.example/membership/integration-coaching", "telehealth", False, "en",
  "telehealth-integration-coaching-addon", "Integration coaching | Northwind", """
<nav><a href="/">Northwind</a> · <a href="/membership">Membership</a> · <a href="/login">Sign in</a></nav>
<h1>Integration coaching</h1>
<p>Ketamine can open a window. Integration is what you do with it. Members of Northwind can add one-on-one coaching to their plan at any time.</p>
<ul>
<li>50-minute video sessions with a trained integration coach</li>
<li>Shared notes with your Northwind prescriber (with your permission)</li>
<li>$70 per session, or $55 per session in a 6-pack</li>
</ul>
<p>Coaching is not psychotherapy and doesn't replace your therapist. Coaching is only available to active members whose clinician has completed their evaluation and treatment plan.</p>
<button>Add to my membership</button>
""")

p("h9205", "https://app.solacetherapeutics.example/checkout/step-3", "telehealth", False, "en",
  "telehealth-membership-checkout", "Checkout – Solace", """
<div class="progress">1 About you ✓ &nbsp; 2 Health history ✓ &nbsp; <b>3 Payment</b> &nbsp; 4 Book your video visit</div>
<h1>Reserve your evaluation</h1>
<div class="summary">
<p>Clinical evaluation with a licensed prescriber (video, 50 min) — <b>$150</b></p>
<p>First month of Solace membership — <b>$129</b> <small>charged only if your prescriber recommends treatment</small></p>
<p>Total due today: <b>$150</b></p>
</div>
<p class="note">Medication is dispensed by our partner pharmacy after your prescriber writes a prescription. Nothing ships before your evaluation. If your prescriber doesn't recommend ketamine, you won't be charged for membership.</p>
<form><label>Card number <input></label> <label>Expiry <input></label> <label>CVC <input></label> <label>Promo code <input></label>
<p><input type="checkbox"> I agree to the Telehealth Consent and Terms of Service</p>
<button>Pay $150 and choose a time</button></form>
<p class="small">HSA/FSA cards accepted. Questions? care@solacetherapeutics.example</p>
""")

p("h9206", "https://mail.example/view/solstice-rx-shipped", "telehealth", False, "en",
  "telehealth-prescription-shipped-email", "", """
Subject: Your prescription is on its way 📦

Hi Jordan,

Good news: the prescription Dr. Amelia Reyes wrote after your video visit on Tuesday has been filled by Bayside Specialty Pharmacy and shipped via UPS (tracking 1Z 84A 9R2 03 1193 2274). An adult signature is required, so make sure someone is home Thursday.

Before your first session: log your blood pressure in the Solstice app, confirm your session monitor, and don't drive for the rest of the day. Your post-session check-in with Dr. Reyes is booked for next Monday at 5:30 pm.

Questions about the medication? Reply here or message your care team. In a crisis call or text 988.

— The Solstice Care Team
""", ext="txt")

p("h9207", "https://serenia.example/es/preguntas-frecuentes", "telehealth", False, "es",
  "us-telehealth-spanish-faq", "Preguntas frecuentes | Serenia — Ketamina en casa con supervisión médica", """
<header><a href="/es/">Serenia</a> <nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/precios">Precios</a> <a href="/es/estados">Estados</a> <a href="/en/">English</a></nav></header>
<main>
<h1>Preguntas frecuentes</h1>
<h3>¿Quién me atiende?</h3>
<p>Una psiquiatra o enfermera practicante en salud mental con licencia en su estado. La primera cita es una evaluación por videollamada de unos 50 minutos, en español o en inglés, como usted prefiera.</p>
<h3>¿Me van a recetar ketamina seguro?</h3>
<p>No. La evaluación sirve precisamente para decidir si el tratamiento es adecuado para usted. Si tiene presión alta sin controlar, antecedentes de psicosis, está embarazada o tiene un consumo problemático de sustancias, su clínico le recomendará otras opciones.</p>
<h3>¿Cómo llega el medicamento?</h3>
<p>Si se lo recetan, nuestra farmacia asociada con licencia le envía las tabletas sublinguales a su domicilio en el mismo estado donde hizo la evaluación. Hace falta firma de un adulto al recibir el paquete.</p>
<h3>¿Cuánto cuesta?</h3>
<p>La evaluación cuesta $129. Si inicia tratamiento, la membresía mensual es de $199 e incluye las visitas de seguimiento, el medicamento y una sesión de integración al mes. Puede usar tarjeta HSA/FSA.</p>
<h3>¿En qué estados están disponibles?</h3>
<p>California, Texas, Florida, Illinois, Nueva York, Nueva Jersey, Arizona y Colorado. Consulte la <a href="/es/estados">lista actualizada</a>.</p>
<h3>¿Necesito a alguien conmigo?</h3>
<p>Sí, durante las primeras sesiones debe estar acompañado por un adulto de confianza que no consuma nada ese día.</p>
</main>
<footer>Serenia Medical Group, P.C. · Si está en crisis, llame o envíe un texto al 988 (opción en español). · <a href="/es/privacidad">Aviso de privacidad</a></footer>
""", noise="cookie-es")

p("h9208", "https://www.mindpraxis-online.example/behandlungen/esketamin", "telehealth", False, "de",
  "online-psychiatry-esketamine-referral-de", "Esketamin bei therapieresistenter Depression – Abklärung per Video | MindPraxis Online", """
<header><a href="/">MindPraxis Online</a> <nav><a href="/ablauf">Ablauf</a> <a href="/aerzteteam">Ärzteteam</a> <a href="/kosten">Kosten</a> <a href="/termin">Termin buchen</a></nav></header>
<main>
<h1>Esketamin-Nasenspray: Abklärung per Videosprechstunde</h1>
<p>Sie haben bereits zwei oder mehr Antidepressiva ohne ausreichende Wirkung eingenommen? Dann kann eine Behandlung mit Esketamin-Nasenspray eine Option sein. Unsere Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie klären per Video ab, ob die Voraussetzungen erfüllt sind.</p>
<h2>So läuft es ab</h2>
<ol>
<li><b>Erstgespräch per Video (50 Minuten)</b> mit einer Fachärztin, inklusive Sichtung Ihrer Vorbefunde und Medikamentenliste.</li>
<li><b>Behandlungsempfehlung</b> schriftlich an Sie und – mit Ihrer Einwilligung – an Ihre Hausärztin.</li>
<li><b>Überweisung an ein Partnerzentrum</b> in Ihrer Nähe (aktuell Berlin, Hamburg, Köln, München, Zürich). Dort wird das Nasenspray unter ärztlicher Aufsicht angewendet; Sie bleiben danach rund zwei Stunden zur Beobachtung.</li>
<li><b>Begleitung per Video</b> zwischen den Anwendungen: Verlaufskontrolle, Fragebögen, Anpassung der übrigen Medikation.</li>
</ol>
<p class="hinweis"><b>Wichtig:</b> Wir versenden kein Esketamin und kein Ketamin nach Hause. Die Anwendung erfolgt ausschließlich in der Einrichtung.</p>
<h2>Kosten</h2>
<p>Gesetzlich Versicherte: Videosprechstunde über die eGK. Privatversicherte und Selbstzahler: Abrechnung nach GOÄ.</p>
<p><a class="btn" href="/termin">Videotermin vereinbaren</a></p>
</main>
<footer>MindPraxis Online MVZ GmbH · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · In akuten Krisen: 112 oder Telefonseelsorge 0800 111 0 111</footer>
""", noise="cookie-de")

p("h9209", "https://www.telepsi-vida.example/escetamina", "telehealth", False, "pt",
  "br-telepsychiatry-esketamine-referral", "Escetamina para depressão resistente | Telepsi Vida – psiquiatria online", """
<header><a href="/">Telepsi Vida</a> <nav><a href="/especialistas">Especialistas</a> <a href="/como-funciona">Como funciona</a> <a href="/agendar">Agendar teleconsulta</a></nav></header>
<main>
<h1>Depressão que não melhora? Avalie a escetamina com um psiquiatra online</h1>
<p>Na Telepsi Vida, a primeira consulta é uma teleconsulta por vídeo com psiquiatra registrado no CRM. Avaliamos seu histórico, os tratamentos que você já fez e se a escetamina em spray nasal é indicada no seu caso.</p>
<h2>Como funciona</h2>
<ul>
<li>Teleconsulta de 60 minutos com a Dra. Helena Vasconcelos (CRM-SP) ou outro psiquiatra da equipe.</li>
<li>Se houver indicação, emitimos o encaminhamento para uma clínica parceira credenciada em São Paulo, Rio de Janeiro, Belo Horizonte ou Curitiba, onde a aplicação é feita presencialmente, com monitoramento de pressão e observação.</li>
<li>O acompanhamento psiquiátrico continua por vídeo, com retornos a cada 2 semanas durante a fase de indução.</li>
</ul>
<p><b>Não enviamos medicamentos para casa.</b> A escetamina só é aplicada no ambiente clínico.</p>
<p>Consulta particular: R$ 450. Emitimos recibo para reembolso do plano de saúde.</p>
<a class="btn" href="/agendar">Agendar teleconsulta</a>
</main>
<footer>Telepsi Vida Serviços Médicos Ltda. · Responsável técnico: Dr. Paulo Antunes, CRM-SP · Em caso de emergência ligue 192 ou CVV 188.</footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics

p("h9210", "https://northshoreketamine.example/at-home-program", "clinic", False, "en",
  "infusion-clinic-with-at-home-track", "Supervised At-Home Ketamine | Northshore Ketamine & Wellness, Evanston IL", """
<div class="topbar">📍 1820 Ridge Ave, Suite 300, Evanston, IL &middot; ☎ (847) 555-0172 &middot; Mon&ndash;Sat 8am&ndash;6pm</div>
<header><a class="logo" href="/">Northshore Ketamine &amp; Wellness</a>
<nav><a href="/iv-infusions">IV Infusions</a> <a href="/spravato">Spravato&reg;</a> <a href="/at-home-program">At-Home Program</a> <a href="/kap">Ketamine-Assisted Therapy</a> <a href="/team">Our Team</a> <a href="/pricing">Pricing</a> <a class="btn" href="/book">Book a Consultation</a></nav></header>
<main>
<h1>Our Supervised At-Home Program</h1>
<p>Some of our patients live an hour or more from Evanston, or find it hard to take a whole afternoon off for every session. For them, Dr. Kaplan and our nursing team built a home-based maintenance track that keeps the safety of our clinic while letting you stay home.</p>
<h2>Who it's for</h2>
<ul>
<li>Established Northshore patients who have completed at least <b>four in-office sessions</b> (IV or lozenge) with a good response and no significant side effects.</li>
<li>Patients with stable blood pressure and no history of psychosis or ketamine misuse.</li>
<li>Patients who have a responsible adult at home during every session.</li>
</ul>
<h2>How it works</h2>
<ol>
<li><b>In-office titration.</b> Your first lozenge sessions happen in our treatment suites, monitored by an RN, so we know how you respond to your dose.</li>
<li><b>Home sessions, live on video.</b> For each home session you log on with one of our nurses, who checks your vitals (we provide a cuff and pulse oximeter) and stays available throughout.</li>
<li><b>Monthly in-person visits.</b> You come back to the clinic every four weeks to see your physician.</li>
</ol>
<p>Lozenges are prescribed by our physicians and filled by a licensed pharmacy in Illinois; we only prescribe a two-week supply at a time.</p>
<h2>Cost</h2>
<table><tr><th>Service</th><th>Price</th></tr>
<tr><td>Initial consultation (in person)</td><td>$250</td></tr>
<tr><td>IV infusion, 40 min</td><td>$475</td></tr>
<tr><td>In-office lozenge session</td><td>$225</td></tr>
<tr><td>Home session with nurse video monitoring</td><td>$140</td></tr></table>
<p>We accept HSA/FSA and offer CareCredit financing. Spravato&reg; is billed to insurance.</p>
<a class="btn" href="/book">Book your consultation</a>
</main>
<aside><h3>Patient stories</h3><blockquote>&ldquo;Being able to do maintenance sessions at home with a nurse on screen was a game changer.&rdquo; &mdash; M., Skokie</blockquote></aside>
<footer><p>Northshore Ketamine &amp; Wellness, LLC &middot; Medical Director: Ilana Kaplan, MD &middot; REMS-certified treatment center</p><p><a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></p></footer>
""", noise="cookie")

p("h9211", "https://hearthstonecounseling.example/kap", "clinic", False, "en",
  "kap-practice-in-office-and-home-sessions", "Ketamine-Assisted Psychotherapy | Hearthstone Counseling & Medicine, Portland OR", """
<header><h2>Hearthstone Counseling &amp; Medicine</h2><nav>Home | Therapy | <b>KAP</b> | Our Clinicians | Fees | Contact</nav></header>
<main>
<h1>Ketamine-Assisted Psychotherapy (KAP)</h1>
<p>Hearthstone is a small group practice in Southeast Portland. Our KAP program pairs a psychiatric nurse practitioner, who handles the medical side, with a licensed therapist who stays with you through preparation, the medicine session and integration.</p>
<h2>The arc of treatment</h2>
<p><b>Preparation (2 sessions).</b> You meet your therapist in our office to set intentions and talk through what a ketamine experience can feel like.</p>
<p><b>Medical intake.</b> Our PMHNP, Laurel Hsu, does a full psychiatric and medical assessment in person, reviews your medications and takes vitals. If KAP is a fit, she prescribes sublingual lozenges.</p>
<p><b>Medicine sessions.</b> Your first dosing session always happens here, in our quiet session room, with your therapist present for the full two to three hours. After that, some clients continue with home sessions: you take the lozenge at home, with a support person in the house, while your therapist is with you on a secure video call.</p>
<p><b>Integration.</b> A 50-minute session within 48 hours of every medicine session.</p>
<h2>Fees</h2>
<p>Preparation and integration sessions are billed as psychotherapy and many clients use insurance for them. Medical intake: $325. In-office medicine session (3 hrs): $600. Home medicine session with therapist on video: $390. Lozenges are purchased separately from the pharmacy, usually $60&ndash;$90 per month.</p>
<p><a href="/contact">Request a free 15-minute phone consultation</a></p>
</main>
<footer>3412 SE Belmont St, Portland, OR 97214 · (503) 555-0148 · Hearthstone Counseling &amp; Medicine, PLLC</footer>
""")

p("h9212", "https://www.lakeviewspravato.example/faq", "clinic", False, "en",
  "spravato-rems-center-faq-no-home-use", "FAQ | Lakeview Spravato Treatment Center", """
<nav><a href="/">Lakeview Spravato Treatment Center</a> | <a href="/eligibility">Eligibility</a> | <a href="/insurance">Insurance</a> | <a href="/faq">FAQ</a> | <a href="/refer">For referring providers</a></nav>
<h1>Frequently asked questions</h1>
<h3>Can I take Spravato at home?</h3>
<p>No. Spravato (esketamine) nasal spray is only available through a restricted program. Every dose is self-administered here, under the supervision of our staff, and you stay with us for at least two hours afterwards while we monitor your blood pressure and how you feel. You'll need a ride home.</p>
<h3>I saw ads for at-home ketamine. Is that the same thing?</h3>
<p>No. Those programs usually use generic racemic ketamine in lozenges or tablets, prescribed off-label. Spravato is an FDA-approved medicine for treatment-resistant depression and for depressive symptoms with suicidal thoughts, used alongside an oral antidepressant. We don't prescribe ketamine for home use. If you're comparing options, bring your questions to your consultation.</p>
<h3>Does insurance cover it?</h3>
<p>Most commercial plans, Medicare and Illinois Medicaid cover Spravato with prior authorization. Our benefits team handles the paperwork and enrolls eligible patients in the manufacturer savings program.</p>
<h3>How often will I come in?</h3>
<p>Twice a week for the first four weeks, then weekly, then weekly or every other week depending on your response.</p>
<p><a href="/eligibility">Schedule an eligibility visit</a> · Call (773) 555-0190</p>
<footer>Lakeview Spravato Treatment Center · 3150 N Lincoln Ave, Chicago, IL · Certified Spravato REMS treatment center</footer>
""", noise="cookie")

p("h9213", "https://desertbloomketamine.example/home-sessions", "clinic", False, "en",
  "clinic-at-home-eligibility-short", "Home sessions – Desert Bloom Ketamine Clinic", """
<h1>Home sessions</h1>
<p>Home sessions with oral ketamine are offered only to Desert Bloom patients who have completed an infusion series at our Scottsdale office and been seen in person by Dr. Ferris within the last 60 days. They are not available as a first treatment and we do not take new patients for home-only care.</p>
<p>Ask about eligibility at your next visit or call the front desk: (480) 555-0133.</p>
<p><small>Desert Bloom Ketamine Clinic · 7301 E Shea Blvd, Scottsdale, AZ</small></p>
""")

p("h9214", "https://www.clinique-bellevue-lyon.example/centre-depression/esketamine-ketamine", "clinic", False, "fr",
  "fr-hospital-day-unit-esketamine", "Kétamine et eskétamine – Centre de la dépression résistante | Clinique Bellevue Lyon", """
<header><a href="/">Clinique Bellevue</a> <nav><a href="/services">Nos services</a> <a href="/centre-depression">Centre de la dépression</a> <a href="/praticiens">Praticiens</a> <a href="/venir">Venir à la clinique</a> <a href="/rdv">Prendre rendez-vous</a></nav></header>
<main>
<p class="ariane">Accueil › Centre de la dépression › Kétamine et eskétamine</p>
<h1>Traitements par eskétamine et kétamine</h1>
<p>Le Centre de la dépression résistante de la Clinique Bellevue propose, en hôpital de jour, deux traitements rapides pour les patients dont la dépression n'a pas répondu à au moins deux antidépresseurs bien conduits.</p>
<h2>Eskétamine en spray nasal</h2>
<p>Le spray est administré par le patient lui-même, sous la surveillance d'une infirmière, dans une chambre d'hôpital de jour. La tension artérielle est contrôlée avant et pendant les deux heures qui suivent. Le traitement est pris en charge par l'Assurance Maladie dans le cadre de la réserve hospitalière.</p>
<h2>Kétamine en perfusion</h2>
<p>Dans certaines indications et après discussion en réunion pluridisciplinaire, une série de perfusions intraveineuses de kétamine peut être proposée, toujours en présence d'un médecin anesthésiste.</p>
<h2>Et la kétamine à domicile ?</h2>
<p>Nous recevons régulièrement des questions sur les programmes de « kétamine à domicile » proposés aux États-Unis. En France, ces traitements ne sont ni autorisés ni proposés par notre établissement : toutes les administrations ont lieu à la clinique. Méfiez-vous des sites qui proposent d'envoyer de la kétamine par la poste.</p>
<h2>Comment être adressé ?</h2>
<p>Un courrier de votre psychiatre traitant est nécessaire. Première consultation d'évaluation avec le Dr Claire Morand ou le Dr Antoine Lefebvre.</p>
<p><a class="btn" href="/rdv">Prendre rendez-vous</a> · Secrétariat : 04 72 00 00 00</p>
</main>
<footer>Clinique Bellevue – 12 avenue des Tilleuls, 69005 Lyon · Établissement de santé privé · <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h9215", "https://www.centroketaminamilano.example/trattamenti", "clinic", False, "it",
  "it-ketamine-centre-short", "Trattamenti | Centro Ketamina Milano", """
<h1>I nostri trattamenti</h1>
<p><b>Infusione endovenosa di ketamina</b> – ciclo di 6 sedute in ambulatorio, con monitoraggio continuo da parte di un medico anestesista. € 390 a seduta.</p>
<p><b>Esketamina spray nasale</b> – somministrazione in regime ambulatoriale con osservazione di due ore, su prescrizione dello psichiatra del centro.</p>
<p>Tutte le sedute si svolgono presso la nostra sede di via Washington 40. Non prescriviamo ketamina da assumere a casa.</p>
<p>Prima visita psichiatrica: € 180. <a href="/prenota">Prenota una visita</a> · Tel. 02 0000 0000</p>
""")

p("h9216", "https://www.kliniekdelinde.example/behandelingen/esketamine-thuis", "clinic", False, "nl",
  "nl-clinic-oral-esketamine-start-in-clinic", "Orale esketamine: start in de kliniek, vervolg thuis | Kliniek De Linde", """
<header><a href="/">Kliniek De Linde</a> <nav><a href="/behandelingen">Behandelingen</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/wachttijden">Wachttijden</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Orale esketamine bij therapieresistente depressie</h1>
<p>Kliniek De Linde behandelt volwassenen met een depressie die onvoldoende is verbeterd na meerdere behandelingen. Naast esketamine-neusspray bieden wij een behandeling met orale esketamine aan, die na een zorgvuldige start in de kliniek thuis wordt voortgezet.</p>
<h2>Hoe verloopt de behandeling?</h2>
<ol>
<li><b>Intake</b> bij een psychiater op onze locatie in Utrecht, inclusief lichamelijk onderzoek en bloeddrukmeting.</li>
<li><b>Instelfase in de kliniek</b>: de eerste drie doses neemt u bij ons in, onder toezicht van een verpleegkundige. We bepalen samen de juiste dosis.</li>
<li><b>Thuisfase</b>: daarna neemt u de drank thuis in, op vaste momenten, met een naaste in de buurt. U meet zelf uw bloeddruk en heeft wekelijks beeldbelcontact met uw verpleegkundig specialist.</li>
<li><b>Evaluatie</b> na acht weken, op de kliniek.</li>
</ol>
<p>De medicatie wordt bereid door een apotheek en alleen verstrekt op recept van onze psychiater, telkens voor maximaal twee weken.</p>
<h2>Verwijzing</h2>
<p>U heeft een verwijzing nodig van uw huisarts of behandelaar in de specialistische ggz. De behandeling valt onder de basisverzekering (eigen risico geldt).</p>
</main>
<footer>Kliniek De Linde · Biltstraat 200, Utrecht · 030 000 0000 · <a href="/privacy">Privacy</a> · <a href="/klachten">Klachtenregeling</a></footer>
""", noise="cookie-nl")

p("h9217", "https://clinicaketaminagdl.example/programa-domiciliario", "clinic", False, "es",
  "mx-clinic-iv-and-nurse-home-visits", "Programa domiciliario supervisado | Clínica de Ketamina Guadalajara", """
<header><a href="/">Clínica de Ketamina Guadalajara</a> <nav><a href="/infusiones">Infusiones IV</a> <a href="/programa-domiciliario">Programa domiciliario</a> <a href="/equipo">Equipo médico</a> <a href="/citas">Citas</a></nav>
<a class="wa" href="https://wa.me/523300000000">Agenda por WhatsApp</a></header>
<main>
<h1>Programa domiciliario supervisado</h1>
<p>Además de las infusiones intravenosas en nuestro consultorio de Providencia, ofrecemos a pacientes que ya completaron su fase inicial un programa de mantenimiento en su domicilio dentro de la zona metropolitana de Guadalajara.</p>
<h2>¿En qué consiste?</h2>
<ul>
<li>Una enfermera de la clínica acude a su casa, toma signos vitales, administra la dosis indicada por su médico y permanece con usted hasta que la sesión termina (aprox. 2 horas).</li>
<li>El médico tratante, Dr. Rodrigo Villaseñor Ortiz (cédula profesional visible en consultorio), revisa la sesión por videollamada y ajusta el plan.</li>
<li>El medicamento nunca se deja en el domicilio: la enfermera lo lleva y se lo lleva.</li>
</ul>
<h2>Requisitos</h2>
<p>Haber completado al menos seis infusiones en clínica, valoración médica presencial reciente y un familiar presente durante la sesión.</p>
<h2>Costos</h2>
<p>Infusión en clínica: $6,500 MXN. Sesión domiciliaria: $7,800 MXN. Aceptamos tarjeta y transferencia; emitimos factura.</p>
<a class="btn" href="/citas">Solicitar valoración</a>
</main>
<footer>Clínica de Ketamina Guadalajara · Av. Providencia 2500, Guadalajara, Jal. · Aviso de privacidad</footer>
""", noise="cookie-es")

# ---------------------------------------------------------------- informational

p("h9218", "https://med.board.state.example/advisories/2026-11-telehealth-ketamine", "informational", False, "en",
  "state-medical-board-advisory", "Advisory 2026-11: Prescribing ketamine via telehealth | State Board of Medical Examiners", """
<header><div class="gov-banner">An official website of the State. Here's how you know.</div>
<a href="/">State Board of Medical Examiners</a>
<nav><a href="/licensing">Licensing</a> <a href="/verify">Verify a License</a> <a href="/complaints">File a Complaint</a> <a href="/rules">Laws &amp; Rules</a> <a href="/advisories">Advisories</a></nav></header>
<main>
<p class="date">Issued November 18, 2026</p>
<h1>Board Advisory 2026-11: Prescribing ketamine for home use via telehealth</h1>
<p>The Board has received an increasing number of complaints involving licensees who prescribe ketamine for self-administration at home following remote encounters. This advisory restates the standards the Board applies when reviewing such cases. It does not create new rules.</p>
<h2>1. The standard of care does not change by modality</h2>
<p>A licensee who prescribes ketamine after a telehealth encounter is held to the same standard as one who prescribes after an in-person visit. A prescription based solely on an online questionnaire, without a real-time audio-video examination, does not meet that standard.</p>
<h2>2. Patient selection and monitoring</h2>
<p>Licensees should document a psychiatric diagnosis, prior treatments, cardiovascular risk, substance use history and a safety plan, including the presence of a responsible adult during early doses. Quantities should be limited and refills tied to documented follow-up.</p>
<h2>3. Controlled substance requirements</h2>
<p>Ketamine is a Schedule III controlled substance. Licensees must hold the appropriate state and federal registrations for the state where the patient is located and must comply with federal telemedicine prescribing rules as they apply at the time of prescribing, including any registration or in-person requirements.</p>
<h2>4. Corporate arrangements</h2>
<p>Licensees working with telehealth companies remain personally responsible for every prescription issued under their name. Allowing non-licensed staff or software to approve prescriptions, or lending one's license number to a company that does not employ one's clinical judgment, may constitute unprofessional conduct.</p>
<h2>Patients and the public</h2>
<p>You can <a href="/verify">verify any prescriber's license</a> and <a href="/complaints">file a complaint</a> online. Websites that sell ketamine without a prescription should also be reported to the State Board of Pharmacy.</p>
</main>
<footer>State Board of Medical Examiners · 500 Capitol Mall · <a href="/accessibility">Accessibility</a> · <a href="/contact">Contact the Board</a></footer>
""")

p("h9219", "https://www.thecivicledger.example/health/2026/12/at-home-ketamine-four-years-later", "informational", False, "en",
  "news-feature-at-home-ketamine-market", "The at-home ketamine business, four years after the crackdown that never came | The Civic Ledger", """
<header><a class="masthead" href="/">The Civic Ledger</a><nav><a href="/news">News</a> <a href="/health">Health</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="sub">Subscribe</a></nav></header>
<div class="paywall-note">You have 2 free articles left this month.</div>
<article>
<p class="kicker">HEALTH &amp; MEDICINE</p>
<h1>The at-home ketamine business, four years after the crackdown that never came</h1>
<p class="byline">By Priya Lindqvist &middot; December 5, 2026</p>
<p>On a Tuesday evening in suburban Denver, Kate M., 41, sets a blood pressure cuff on her kitchen table, opens an app and waits for a nurse practitioner in New Mexico to appear on her phone. Twenty minutes later she places a small tablet under her tongue. "It's the only thing that touched my depression," she says.</p>
<p>Kate is one of what industry analysts estimate are several hundred thousand Americans who have been prescribed ketamine for home use through telehealth since the pandemic. The companies that serve them have matured: most now require a live video evaluation, cap the number of tablets per shipment, ask for a "session monitor" and publish the names and license numbers of their prescribers. Monthly memberships typically cost $150 to $300.</p>
<p>"The responsible part of the market has basically converged on the same playbook," said Dr. Marcus Oyelaran, a psychiatrist at a university hospital who studies ketamine. "Video visit, limited supply, follow-up. The question is what happens around the edges."</p>
<h2>Around the edges</h2>
<p>Those edges are not hard to find. A search for "buy ketamine lozenges online" turns up sites calling themselves wellness brands or online pharmacies that promise "instant approval" after a two-minute quiz, accept cryptocurrency and ship "discreetly" across state lines. Several list a physician whose license, when checked by the Ledger, either belonged to someone else or had lapsed. One site offered a 30-pack of "sublingual K" for $189 with no questions at all.</p>
<p>Regulators say they are watching. A spokesperson for one state pharmacy board said it had referred four websites to federal authorities this year. Federal rules for prescribing controlled substances through telemedicine, repeatedly extended on a temporary basis since 2020, are still being finalized, and companies say the uncertainty makes long-term planning difficult.</p>
<h2>What patients should check</h2>
<p>Experts interviewed for this story offered a simple rule: if you were never seen by a clinician on live video, or if the website ships before asking for your ID and medical history, walk away. "Legitimate care is a relationship, not a checkout," Oyelaran said.</p>
</article>
<aside class="related"><h3>More in Health</h3><ul><li><a href="#">Psilocybin therapy centers report first-year numbers</a></li><li><a href="#">What the new esketamine label change means</a></li></ul></aside>
<footer>&copy; 2026 The Civic Ledger &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/corrections">Corrections</a></footer>
""", noise="cookie")

p("h9220", "https://policies.keystonehealthplan.example/medical/mp-4-112", "informational", False, "en",
  "insurer-medical-policy-ketamine", "Medical Policy MP-4.112: Ketamine and Esketamine for Depression | Keystone Health Plan", """
<header><a href="/">Keystone Health Plan</a> &rsaquo; <a href="/medical">Medical Policies</a></header>
<main>
<table class="meta"><tr><td>Policy number</td><td>MP-4.112</td></tr><tr><td>Effective date</td><td>January 1, 2027</td></tr><tr><td>Last reviewed</td><td>October 22, 2026</td></tr></table>
<h1>Ketamine and Esketamine for Treatment of Depression</h1>
<h2>Policy</h2>
<p><b>I. Esketamine nasal spray</b> is considered medically necessary for adults with treatment-resistant major depressive disorder when ALL of the following are met: (a) diagnosis of MDD by a psychiatrist or psychiatric nurse practitioner; (b) inadequate response to at least two antidepressants of adequate dose and duration in the current episode; (c) used in conjunction with an oral antidepressant; (d) administered in a certified healthcare setting under the applicable risk evaluation and mitigation strategy. Prior authorization is required.</p>
<p><b>II. Intravenous ketamine</b> for depression is considered investigational and is not covered.</p>
<p><b>III. Oral, sublingual, intranasal (compounded) or intramuscular ketamine for self-administration at home</b>, including when prescribed through a telehealth service, is considered investigational and is not covered. Telehealth evaluation and management visits themselves may be covered under the member's behavioral health benefit when billed by an eligible provider.</p>
<h2>Rationale</h2>
<p>Evidence for esketamine comes from randomized controlled trials supporting FDA approval. Evidence for home-administered racemic ketamine is limited to observational cohorts and retrospective analyses from telehealth providers, without controlled comparison, and with limited data on long-term safety, bladder toxicity and misuse.</p>
<h2>Coding</h2>
<p>HCPCS S0013 (esketamine, 1 mg) &mdash; covered per criteria. HCPCS J3490 when billed for ketamine for depression &mdash; not covered.</p>
<h2>References</h2>
<ol><li>Product labeling, esketamine nasal spray.</li><li>Systematic reviews of ketamine for depression, 2022&ndash;2026.</li></ol>
</main>
<footer>This policy is not medical advice. Coverage is subject to the member's benefit plan. &copy; Keystone Health Plan</footer>
""")

p("h9221", "https://www.aspmk.example/position-statements/home-administered-ketamine-2026", "informational", False, "en",
  "professional-society-position-statement", "Position Statement on Home-Administered Ketamine (2026 Update) | American Society of Psychiatric Medicine and Ketamine", """
<header><a href="/">ASPMK</a> <nav><a href="/membership">Membership</a> <a href="/education">Education</a> <a href="/position-statements">Position Statements</a> <a href="/annual-meeting">Annual Meeting 2027</a></nav></header>
<article>
<h1>Position Statement on Home-Administered Ketamine for Psychiatric Indications</h1>
<p><i>Approved by the Board of Directors, September 2026. Replaces the 2023 statement.</i></p>
<p>The Society recognizes that home administration of ketamine, prescribed after telehealth or in-person evaluation, is now a common practice in the United States. While controlled evidence remains limited, the Society believes that, where it is offered, it should meet the minimum standards below.</p>
<ol>
<li><b>Evaluation.</b> A synchronous evaluation by a licensed clinician with psychiatric expertise, including assessment of suicide risk, cardiovascular status, substance use and psychotic disorders, before the first prescription.</li>
<li><b>Supply limits.</b> Dispensing of no more than the doses needed until the next scheduled clinical contact.</li>
<li><b>Home safety.</b> A sober adult present for initial doses; written instructions on blood pressure monitoring, driving and storage away from others.</li>
<li><b>Follow-up.</b> Structured outcome measurement and clinician contact at least monthly during maintenance.</li>
<li><b>Transparency.</b> Public disclosure of the prescriber's name and licensing, and of the dispensing pharmacy.</li>
</ol>
<p>The Society considers prescribing on the basis of asynchronous questionnaires alone, "automatic approval" models and the direct marketing of ketamine products to consumers to be inconsistent with acceptable practice.</p>
<p><a href="/position-statements/home-administered-ketamine-2026.pdf">Download PDF</a> · <a href="/contact">Media inquiries</a></p>
</article>
<footer>&copy; 2026 ASPMK · 1100 Connecticut Ave NW, Washington DC</footer>
""")

p("h9222", "https://www.diversion-portal.example/telemedicine/faq", "informational", False, "en",
  "federal-telemedicine-prescribing-faq", "Telemedicine prescribing of controlled substances — FAQ", """
<h1>Telemedicine and controlled substances: frequently asked questions</h1>
<p><b>Can a practitioner prescribe a Schedule III drug such as ketamine after a telemedicine visit only?</b><br>
During the period covered by the current temporary telemedicine flexibilities, a registered practitioner may prescribe Schedule II&ndash;V controlled substances via audio-video telemedicine without a prior in-person evaluation, provided the prescription is issued for a legitimate medical purpose in the usual course of professional practice and complies with state law. Check this page for the date on which the flexibilities expire.</p>
<p><b>Does this allow websites to sell controlled substances after an online form?</b><br>
No. An online questionnaire is not a telemedicine encounter. Distributing a controlled substance by means of the Internet without a valid prescription is unlawful.</p>
<p><b>How do I report an illegal online pharmacy?</b><br>
Use the online tip form or contact your local field office.</p>
<p><small>Last updated 11/2026</small></p>
""")

p("h9223", "https://www.gesundheitskompass.example/psyche/ketamin-lutschtabletten-online", "informational", False, "de",
  "de-health-news-online-ketamine", "Ketamin-Lutschtabletten aus dem Internet: Was hinter den Angeboten steckt | Gesundheitskompass", """
<header><a href="/">Gesundheitskompass</a> <nav><a href="/psyche">Psyche</a> <a href="/medikamente">Medikamente</a> <a href="/ernaehrung">Ernährung</a> <a href="/newsletter">Newsletter</a></nav></header>
<article>
<p class="rubrik">Psyche · Aktuell</p>
<h1>Ketamin-Lutschtabletten aus dem Internet: Was hinter den Angeboten steckt</h1>
<p class="autor">Von Jonas Reinhardt · 2. Dezember 2026 · Lesezeit 5 Minuten</p>
<p>In den USA lassen sich Hunderttausende Menschen mit Depressionen Ketamin nach einer Videosprechstunde nach Hause schicken. Seit einigen Monaten tauchen auch deutschsprachige Websites auf, die „Ketamin-Therapie für zu Hause“ versprechen – mit Online-Fragebogen, „Rezept inklusive“ und Versand per Post.</p>
<p>„Das hat mit den amerikanischen Telemedizin-Programmen wenig zu tun“, sagt die Psychiaterin Dr. Miriam Falk von einer Universitätsklinik. „Dort gibt es zumindest ein ärztliches Gespräch per Video und Nachkontrollen. Hier bekommt man nach ein paar Klicks ein Päckchen.“ Ketamin unterliegt in Deutschland dem Arzneimittelrecht; für die Behandlung der Depression ist lediglich Esketamin als Nasenspray zugelassen, und das wird in der Praxis oder Klinik unter Aufsicht angewendet.</p>
<h2>Worauf Betroffene achten sollten</h2>
<ul>
<li>Seriöse Anbieter nennen Ärztinnen und Ärzte mit vollem Namen und Approbation, die sich überprüfen lassen.</li>
<li>Ein reiner Fragebogen ersetzt keine ärztliche Untersuchung.</li>
<li>Bezahlung mit Kryptowährungen oder Gutscheinkarten ist ein Warnsignal.</li>
</ul>
<p>Das Bundesinstitut für Arzneimittel und Medizinprodukte rät grundsätzlich davon ab, verschreibungspflichtige Medikamente bei nicht registrierten Online-Händlern zu bestellen. Wer an einer therapieresistenten Depression leidet, sollte mit der behandelnden Psychiaterin über zugelassene Optionen sprechen.</p>
</article>
<aside><h3>Hilfe in Krisen</h3><p>Telefonseelsorge: 0800 111 0 111 (kostenlos, rund um die Uhr)</p></aside>
<footer>© 2026 Gesundheitskompass · Impressum · Datenschutz</footer>
""", noise="cookie-de")

p("h9224", "https://www.agence-medicament.example/actualites/ketamine-vente-en-ligne-vigilance", "informational", False, "fr",
  "fr-medicines-agency-notice", "Kétamine : vigilance face aux offres de « traitement à domicile » vendues en ligne – Point d'information", """
<header><a href="/">Agence nationale du médicament</a> <nav><a href="/actualites">Actualités</a> <a href="/dossiers">Dossiers thématiques</a> <a href="/declarer">Déclarer un effet indésirable</a></nav></header>
<main>
<p class="type">Point d'information – 26/11/2026</p>
<h1>Kétamine : vigilance face aux offres de « traitement à domicile » vendues en ligne</h1>
<p>L'Agence a été informée de l'existence de sites internet, souvent hébergés à l'étranger, proposant à des patients français des pastilles, comprimés ou sprays de kétamine présentés comme un « traitement de la dépression à domicile », après un simple questionnaire en ligne.</p>
<p>Nous rappelons que la kétamine est un médicament classé comme stupéfiant en France, réservé à l'usage hospitalier. Aucune spécialité à base de kétamine n'est autorisée pour une administration à domicile dans la dépression. L'eskétamine en pulvérisation nasale est disponible uniquement dans le cadre de la réserve hospitalière, avec une surveillance après chaque administration.</p>
<p>Les produits achetés sur ces sites peuvent être falsifiés, mal dosés ou contaminés. Leur usage sans suivi médical expose à des risques de troubles cardiovasculaires, de troubles urinaires graves, de dépendance et d'accidents.</p>
<h2>Recommandations</h2>
<ul><li>N'achetez pas de médicaments sur des sites non autorisés. La liste des sites de vente en ligne autorisés est disponible sur le site de l'Ordre des pharmaciens.</li>
<li>Si vous avez pris un de ces produits et ressentez des effets indésirables, consultez un médecin et déclarez-les sur le portail de signalement.</li></ul>
</main>
<footer>Agence nationale du médicament · <a href="/mentions">Mentions légales</a> · <a href="/accessibilite">Accessibilité</a></footer>
""", noise="cookie-fr")

p("h9225", "https://www.drugsinfo-jongeren.example/ketamine/thuis-via-internet", "informational", False, "nl",
  "nl-harm-reduction-info-page", "Ketamine thuis via internet? Dit moet je weten | DrugsInfo", """
<nav><a href="/">DrugsInfo</a> › <a href="/ketamine">Ketamine</a> › Thuis via internet</nav>
<main>
<h1>Ketamine thuis via internet? Dit moet je weten</h1>
<p>Op sociale media zie je steeds vaker advertenties voor „ketaminetherapie thuis”: tabletjes of neussprays die je na een vragenlijst toegestuurd krijgt. Wat is dat eigenlijk en is het veilig?</p>
<h2>Ketamine als medicijn</h2>
<p>In Nederland wordt (es)ketamine bij depressie alleen voorgeschreven door een psychiater, na een uitgebreid onderzoek. De behandeling start altijd in een kliniek. Online winkels die je zonder gesprek met een arts ketamine opsturen, handelen illegaal.</p>
<h2>De risico's</h2>
<ul>
<li>Je weet niet wat erin zit: de dosering kan afwijken of het kan een heel andere stof zijn.</li>
<li>Regelmatig gebruik kan de blaas ernstig beschadigen („ketamineblaas”).</li>
<li>Ketamine kan afhankelijk maken, zeker als je het gebruikt om je somber gevoel weg te drukken.</li>
</ul>
<h2>Gebruik je toch?</h2>
<p>Laat je middel testen bij een testservice, gebruik niet alleen, combineer niet met alcohol of andere middelen en zorg dat je veilig ligt of zit. Twijfel je? Bel de Drugs Infolijn.</p>
<p>Somber of suïcidale gedachten? Praat erover met 113 Zelfmoordpreventie: bel 113 of 0800-0113.</p>
</main>
<footer>DrugsInfo is een voorlichtingsproject. Wij verkopen niets en geven geen medisch advies.</footer>
""", noise="cookie-nl")

p("h9226", "https://www.autoridade-medicamento.example/alertas/2026-cetamina-online", "informational", False, "pt",
  "pt-regulator-alert-snippet", "", """
Alerta 27/2026 — A Autoridade Nacional do Medicamento alerta para a venda online de pastilhas e sprays de cetamina apresentados como "tratamento da depressão em casa". Em Portugal, a cetamina não está autorizada para utilização domiciliária e estes sites não são farmácias autorizadas; não compre e denuncie através do formulário de contacto.
""", ext="txt")

# ---------------------------------------------------------------- sellers

p("h9227", "https://halcyondrift.example/products/calm-lozenges", "seller", True, "en",
  "wellness-brand-instant-approval-lozenges", "Calm Lozenges — At-Home Ketamine | Halcyon Drift", """
<div class="announce">🌙 FREE 2-day shipping on all subscriptions · Use code DRIFT20 for 20% off your first box</div>
<header><a class="logo" href="/">halcyon drift</a><nav><a href="/shop">Shop</a> <a href="/rituals">Rituals</a> <a href="/reviews">Reviews</a> <a href="/quiz">Take the quiz</a> <a href="/cart">Cart (0)</a></nav></header>
<main class="product">
<div class="gallery"><img src="/img/tin-lavender.png" alt="Lavender tin of Calm Lozenges"></div>
<div class="info">
<h1>Calm Lozenges</h1>
<p class="sub">Ketamine HCl sublingual lozenges · 100 mg or 200 mg · lavender &amp; honey</p>
<p class="stars">★★★★★ 2,413 reviews</p>
<p>Your nervous system deserves a reset. Our pharmacist-crafted lozenges melt slowly under the tongue for a gentle, dreamy float &mdash; perfect for your Sunday evening ritual.</p>
<form class="buy">
<label><input type="radio" name="s" checked> 100 mg &middot; 8 lozenges &mdash; $129</label>
<label><input type="radio" name="s"> 200 mg &middot; 8 lozenges &mdash; $169</label>
<label><input type="radio" name="s"> 100 mg &middot; 30 lozenges &mdash; $349</label>
<label><input type="checkbox" checked> Subscribe &amp; save 15% (ships every 4 weeks)</label>
<button>Add to cart</button>
</form>
<div class="howto">
<h3>How it works</h3>
<p>1. Take our 2-minute wellness quiz at checkout. 2. Our medical partner approves your order instantly &mdash; no appointments, no video calls, no waiting rooms. 3. Your tin arrives in plain packaging in 2 days.</p>
</div>
<details><summary>Ingredients</summary><p>Ketamine hydrochloride, mannitol, honey powder, natural lavender flavor.</p></details>
<details><summary>Shipping</summary><p>We ship to all 50 states. Orders placed before 2 pm ship same day.</p></details>
</div>
</main>
<section class="reviews"><h2>Loved by 40,000+ drifters</h2>
<blockquote>"Approved in like 30 seconds, the tin is so cute." — Brianna, TX</blockquote>
<blockquote>"Better than wine on a Friday honestly." — Jake, OH</blockquote></section>
<footer>© 2026 Halcyon Drift Wellness Co. · These statements have not been evaluated by the FDA. · <a href="/terms">Terms</a></footer>
""", noise="cookie")

p("h9228", "https://ketacaredirect.example/", "seller", True, "en",
  "fake-online-clinic-made-up-doctor", "KetaCare Direct — Online Ketamine Clinic | Prescribed by Dr. Marcus Ellery, MD", """
<header><a href="/">KetaCare Direct</a> <nav><a href="/treatments">Treatments</a> <a href="/doctor">Our Doctor</a> <a href="/order">Order Now</a> <a href="/track">Track Order</a></nav></header>
<section class="hero">
<h1>Ketamine therapy from home. Prescribed by a real doctor.</h1>
<p>All treatment plans are reviewed and signed by <b>Dr. Marcus Ellery, MD</b>, our Chief Medical Officer with over 25 years of experience in psychiatry.</p>
<a class="btn" href="/order">Get started — no appointment needed</a>
</section>
<section>
<h2>Why KetaCare Direct?</h2>
<ul>
<li>✔ No video consultation required &mdash; fill in our short medical form</li>
<li>✔ Prescription issued within 1 hour</li>
<li>✔ Troches, tablets and nasal spray available</li>
<li>✔ Worldwide shipping, tracked and discreet</li>
<li>✔ Pay with card, Zelle or Bitcoin (10% off with BTC)</li>
</ul>
</section>
<section class="prices">
<h2>Treatment plans</h2>
<table>
<tr><th>Plan</th><th>Contents</th><th>Price</th></tr>
<tr><td>Starter</td><td>10 &times; 150 mg troches</td><td>$210</td></tr>
<tr><td>Standard</td><td>30 &times; 150 mg troches</td><td>$480</td></tr>
<tr><td>Nasal</td><td>2 &times; 10 ml ketamine nasal spray (50 mg/spray)</td><td>$390</td></tr>
</table>
</section>
<section class="doctor">
<img src="/img/dr-ellery.jpg" alt="Dr. Marcus Ellery">
<p>"I founded KetaCare Direct because patients shouldn't have to wait months for relief." &mdash; Dr. Marcus Ellery, MD</p>
</section>
<footer>KetaCare Direct Ltd. · support@ketacaredirect.example · WhatsApp +1 (555) 014-2290</footer>
""")

p("h9229", "https://rxglobalmeds.example/product/ketamine-nasal-spray-10ml", "seller", True, "en",
  "fake-pharmacy-nasal-spray-no-rx", "Buy Ketamine Nasal Spray 10ml Online – No Prescription | RxGlobal Meds", """
<div class="top">24/7 Live Chat · Secure checkout · 100% Delivery Guarantee</div>
<header><a href="/">RxGlobal Meds – Your Trusted Online Pharmacy</a>
<form><input placeholder="Search medicines..."></form>
<nav><a href="/c/anxiety">Anxiety</a> <a href="/c/pain">Pain Relief</a> <a href="/c/sleep">Sleep</a> <a href="/c/depression">Depression</a> <a href="/cart">🛒 Cart</a></nav></header>
<main>
<p class="crumbs">Home / Depression / Ketamine Nasal Spray 10ml</p>
<h1>Ketamine Nasal Spray 10ml</h1>
<p class="price">$149.00 – $599.00</p>
<p>Ketamine nasal spray offers fast-acting relief from depression and anxiety in the comfort of your home. Each metered spray delivers a consistent dose.</p>
<table>
<tr><td>1 bottle</td><td>$149.00</td></tr>
<tr><td>3 bottles</td><td>$379.00</td></tr>
<tr><td>6 bottles</td><td>$599.00 (best value)</td></tr>
</table>
<p><b>Quantity</b> <input type="number" value="1"> <button>Add to cart</button></p>
<ul class="badges">
<li>No prescription required</li>
<li>Stealth packaging – no pharmacy labels</li>
<li>Free reship if seized by customs</li>
<li>Payment: Visa, MasterCard, Bitcoin, USDT</li>
</ul>
<h2>Description</h2>
<p>Ketamine is an NMDA receptor antagonist used in anesthesia and, more recently, for treatment-resistant depression. Our spray is produced by a GMP-certified manufacturer in India.</p>
<h2>Related products</h2>
<p>Ketamine Troches 100mg · Ketamine Powder (Crystal) · Esketamine Spray 28mg</p>
</main>
<footer>© RxGlobal Meds 2026 · All orders shipped from our international warehouses</footer>
""")

p("h9230", "https://trochehouse.example/shop/ketamine-troches-150mg", "seller", True, "en",
  "auto-rx-troche-shop-product", "Ketamine Troches 150mg (Rx included) – TrocheHouse", """
<nav><a href="/">TrocheHouse</a> · <a href="/shop">Shop all</a> · <a href="/how">How it works</a> · <a href="/cart">Cart</a></nav>
<h1>Ketamine Troches 150mg — Rx included</h1>
<p><b>$14.50 per troche</b> · minimum 10 · free shipping over $200</p>
<p>Don't have a prescription? No problem. Every order includes a free online prescription from our affiliated physician. Just answer 6 yes/no questions at checkout — 98% of orders are approved automatically.</p>
<select><option>10 troches – $145</option><option>20 troches – $280</option><option>50 troches – $650</option></select>
<button>Add to cart</button>
<p class="small">Ships from our partner compounding facility. Not available where prohibited by law.</p>
""")

p("h9231", "https://homemedsreview.example/best-at-home-ketamine-no-video-call", "seller", True, "en",
  "affiliate-roundup-no-video-call", "7 Best At-Home Ketamine Services With No Video Call (2026 Ranking)", """
<header><a href="/">HomeMedsReview</a> <nav><a href="/category/mental-health">Mental health</a> <a href="/category/weight-loss">Weight loss</a> <a href="/category/ed">Men's health</a></nav></header>
<article>
<p class="disclosure">Advertiser disclosure: we may earn a commission when you buy through links on this page.</p>
<h1>7 Best At-Home Ketamine Services With No Video Call (2026 Ranking)</h1>
<p class="updated">Updated December 1, 2026 · by the HomeMedsReview Team</p>
<p>Tired of waiting weeks for a telehealth appointment just to be told "no"? We tested the fastest ways to get ketamine delivered to your door &mdash; no camera, no awkward video interview.</p>
<h2>Quick picks</h2>
<ol>
<li><b>KetaCare Direct</b> &mdash; Best overall. Online form only, approval in under an hour, ships worldwide. <a class="btn" href="/go/ketacare">Get 15% off &rarr;</a></li>
<li><b>TrocheHouse</b> &mdash; Cheapest per troche, Rx included with every order. <a class="btn" href="/go/trochehouse">Visit site &rarr;</a></li>
<li><b>RxGlobal Meds</b> &mdash; Best for nasal spray; no prescription needed, pays in crypto. <a class="btn" href="/go/rxglobal">Shop now &rarr;</a></li>
<li><b>Halcyon Drift</b> &mdash; Best for first-timers, instant approval quiz. <a class="btn" href="/go/halcyon">Try it &rarr;</a></li>
</ol>
<h2>How we ranked them</h2>
<p>We scored each service on speed of approval, price per dose, shipping discretion and whether you can skip the video consult. Services that insisted on a live psychiatric evaluation or refused to ship out of state were excluded from this list.</p>
<h2>FAQ</h2>
<p><b>Is it legal?</b> Laws vary by state. We are not lawyers. Most of these services ship in unmarked packaging.</p>
</article>
<aside><h3>Trending</h3><ul><li><a href="#">Semaglutide without a prescription: 5 options</a></li><li><a href="#">Best online Adderall alternatives</a></li></ul></aside>
<footer>© 2026 HomeMedsReview · Content is for informational purposes only.</footer>
""", noise="cookie")

p("h9232", "https://www.instagram.example/k.calm.supply", "seller", True, "en",
  "social-bio-ad-troches", "", """
k.calm.supply 🌿 | at-home K therapy made easy
troches • tabs • nasal 💧 pharma grade, US domestic
no script needed, no zoom calls 🙅 discreet ship 2-3 days 📦
order on telegram @kcalm_plug · cashapp / btc · 🔗 linktr.example/kcalm
""", ext="txt")

p("h9233", "https://bazaarnest.example/listing/88420173/ketamine-sublingual-tablets-100mg-x30", "seller", True, "en",
  "marketplace-listing-sublingual-tablets", "Ketamine sublingual tablets 100mg x30 — BazaarNest", """
<header><a href="/">BazaarNest</a> <form><input placeholder="Search BazaarNest"></form> <a href="/account">Sign in</a> <a href="/cart">Basket</a></header>
<main>
<p class="crumbs">Health &amp; Wellness › Mood support › Listing #88420173</p>
<h1>Ketamine sublingual tablets 100mg x30 (same as telehealth brands)</h1>
<p class="price">US $215.00 <span>+ $12 shipping</span></p>
<p>Condition: New, sealed blister · Quantity available: 14 · 63 sold</p>
<div class="seller"><b>Seller:</b> calmwave_store (98.7% positive, 412 ratings) · Ships from: Los Angeles, California, United States</div>
<h2>Item description</h2>
<p>Exact same RDT tablets the big telehealth companies send out, without paying $200/month for a membership. 100mg each, 30 per pack. Packed discreetly. Buyer protection via BazaarNest escrow. No questions asked. Message me for bulk price (100+).</p>
<button>Buy it now</button> <button>Add to basket</button> <button>Message seller</button>
<h2>Shipping and returns</h2>
<p>Ships within 1 business day. No returns on health items.</p>
</main>
<footer>BazaarNest · User Agreement · Privacy · Report this listing</footer>
""")

p("h9234", "https://evenkeelwellness.example/faq", "seller", True, "en",
  "seller-faq-no-video-reship", "FAQ – EvenKeel Wellness", """
<nav><a href="/">EvenKeel</a> | <a href="/shop">Shop</a> | <a href="/faq">FAQ</a> | <a href="/contact">Contact</a></nav>
<h1>Frequently Asked Questions</h1>
<h3>Do I need a video call with a doctor?</h3>
<p>Nope! Our medical team reviews your intake form within one hour. You'll never need to turn on your camera.</p>
<h3>What if I'm not approved?</h3>
<p>Almost everyone is. If something on your form needs a tweak, our support team will message you with what to change.</p>
<h3>Can I order for a friend or family member?</h3>
<p>Yes, just enter their shipping address at checkout. You can use your own intake form.</p>
<h3>Which states do you ship to?</h3>
<p>All 50 states plus Canada, UK and Australia. International orders are shipped in discreet packaging with a generic customs description.</p>
<h3>What if my package is lost or seized?</h3>
<p>We offer a free one-time reship on every order, no questions asked.</p>
<h3>How do I pay?</h3>
<p>Card payments are sometimes declined by banks for "wellness" products, so we recommend Bitcoin, USDT or Amazon gift cards for the fastest processing.</p>
<h3>What's in the box?</h3>
<p>Your choice of ketamine lozenges (100 mg, 150 mg) or our 10 ml nasal spray, plus our integration journal.</p>
""", noise="cookie")

p("h9235", "https://usverifiedketamine.example/order", "seller", True, "en",
  "borrowed-licence-questionnaire-order", "Order Ketamine Online | US Verified Ketamine Pharmacy", """
<header><a href="/">US Verified Ketamine Pharmacy</a>
<div class="trust">🛡 Licensed Pharmacy · NV License #PH0041927 · Verified ✔</div>
<nav><a href="/order">Order</a> <a href="/about">About us</a> <a href="/license">Our license</a></nav></header>
<main>
<h1>Order your ketamine in 3 easy steps</h1>
<ol>
<li><b>Choose your product:</b> Sublingual tablets 100 mg (30 ct) $240 · Troches 150 mg (20 ct) $260 · Nasal spray 10 ml $310</li>
<li><b>Complete the medical questionnaire</b> (about 3 minutes). No prior prescription needed &mdash; our affiliated physician, Dr. Harold Pennington, issues one automatically when your questionnaire is accepted.</li>
<li><b>Pay and relax.</b> Your order ships the same day in neutral packaging.</li>
</ol>
<form>
<label>Product <select><option>Sublingual tablets 100 mg (30 ct) – $240</option><option>Troches 150 mg (20 ct) – $260</option><option>Nasal spray 10 ml – $310</option></select></label>
<label>Have you taken ketamine before? <select><option>Yes</option><option>No</option></select></label>
<label>Do you have high blood pressure? <select><option>No</option><option>Yes</option></select></label>
<label>Are you over 18? <input type="checkbox"></label>
<button>Continue to payment</button>
</form>
<p class="small">We are a licensed pharmacy. License information is displayed for verification. Payments processed as "VWP Health Supplies".</p>
</main>
<footer>US Verified Ketamine Pharmacy · Henderson, NV · help@usverifiedketamine.example</footer>
""")

p("h9236", "https://www.farmacia-rapida24.example/comprar-ketamina-sin-receta", "seller", True, "es",
  "es-fake-pharmacy-no-prescription", "Comprar ketamina sin receta en España – envío discreto 24/48h | Farmacia Rápida 24", """
<div class="aviso">🚚 Envío GRATIS a partir de 99 € · Península y Baleares en 24/48h</div>
<header><a href="/">Farmacia Rápida 24</a> <nav><a href="/ansiedad">Ansiedad</a> <a href="/dormir">Dormir</a> <a href="/depresion">Depresión</a> <a href="/carrito">Carrito</a></nav></header>
<main>
<h1>Comprar ketamina sin receta</h1>
<p>¿Has leído sobre la terapia con ketamina en casa que ya usan miles de personas en Estados Unidos? Ahora puedes recibirla en España sin pasar por el médico ni esperar listas de espera.</p>
<table>
<tr><th>Producto</th><th>Precio</th></tr>
<tr><td>Ketamina pastillas sublinguales 100 mg (10 uds.)</td><td>89 €</td></tr>
<tr><td>Ketamina spray nasal 10 ml</td><td>120 €</td></tr>
<tr><td>Pack terapia 30 días (30 pastillas)</td><td>219 €</td></tr>
</table>
<button>Añadir al carrito</button>
<ul>
<li>Sin receta, sin consulta</li>
<li>Paquete neutro, sin logotipos</li>
<li>Pago con Bizum, transferencia o criptomonedas</li>
<li>Pedidos también por WhatsApp: +34 600 000 000</li>
</ul>
</main>
<footer>Farmacia Rápida 24 · Todos los derechos reservados</footer>
""", noise="cookie-es")

p("h9237", "https://www.onlineklinik-ruhepol.example/esketamin-nasenspray-bestellen", "seller", True, "de",
  "de-fake-online-clinic-questionnaire", "Esketamin Nasenspray online bestellen – Rezept inklusive | Online-Klinik Ruhepol", """
<header><a href="/">Online-Klinik Ruhepol</a> <nav><a href="/behandlungen">Behandlungen</a> <a href="/so-gehts">So geht's</a> <a href="/warenkorb">Warenkorb</a></nav></header>
<main>
<h1>Esketamin Nasenspray online bestellen</h1>
<p>Depressionen, Erschöpfung, Burnout? Mit unserer Online-Klinik erhalten Sie Esketamin und Ketamin bequem nach Hause &mdash; ohne Wartezeit beim Psychiater.</p>
<h2>So einfach geht's</h2>
<ol>
<li>Medizinischen Fragebogen ausfüllen (ca. 4 Minuten)</li>
<li>Unser Arzt stellt Ihr Rezept aus &mdash; ein Arztgespräch ist nicht nötig</li>
<li>Versand in neutraler Verpackung innerhalb von 48 Stunden</li>
</ol>
<table>
<tr><td>Esketamin Nasenspray 28 mg (2 Geräte)</td><td>189 €</td></tr>
<tr><td>Esketamin Nasenspray 28 mg (6 Geräte)</td><td>499 €</td></tr>
<tr><td>Ketamin Lutschtabletten 100 mg (20 Stück)</td><td>229 €</td></tr>
</table>
<button>Jetzt Fragebogen starten</button>
<p class="klein">Rezept inklusive · Lieferung nach Deutschland, Österreich und in die Schweiz · Zahlung per Kreditkarte, Sofortüberweisung oder Bitcoin</p>
</main>
<footer>Online-Klinik Ruhepol · Ein Service der RP Health Solutions Ltd., Limassol</footer>
""", noise="cookie-de")

p("h9238", "https://t.me.example/ketaminaitalia_shop", "seller", True, "it",
  "it-telegram-channel-sublingual-tablets", "", """
🇮🇹 KETAMINA ITALIA – TERAPIA A CASA 🇮🇹
Pastiglie sublinguali 100mg e spray nasale, qualità farmaceutica ✅
Nessuna ricetta, nessuna visita 🚫👨‍⚕️
Spedizione anonima in tutta Italia 24/72h 📦 pacco neutro
10 pastiglie 90€ · 30 pastiglie 230€ · spray 10ml 130€
Ordini solo su WhatsApp +39 320 000 0000 o qui in privato · pagamento PayPal amici, ricarica Postepay o crypto
""", ext="txt")

p("h9239", "https://www.cure-ketamine-maison.example/", "seller", True, "fr",
  "fr-fake-home-cure-questionnaire-crypto", "Cure de kétamine à domicile – pastilles livrées chez vous | KétaSérénité", """
<header><a href="/">KétaSérénité</a> <nav><a href="/la-cure">La cure</a> <a href="/notre-medecin">Notre médecin</a> <a href="/tarifs">Tarifs</a> <a href="/commander">Commander</a></nav></header>
<main>
<h1>La cure de kétamine, enfin accessible depuis chez vous</h1>
<p>Ce qui se pratique depuis des années aux États-Unis arrive enfin en France, en Belgique et en Suisse. Recevez vos pastilles de kétamine directement dans votre boîte aux lettres.</p>
<h2>Comment ça marche ?</h2>
<p>1. Vous remplissez notre questionnaire santé en 3 minutes.<br>2. Le Dr Jean-Baptiste Mercier, notre médecin partenaire, valide votre dossier (sans téléconsultation).<br>3. Vos pastilles sont expédiées sous 24 h dans une enveloppe discrète.</p>
<h2>Nos tarifs</h2>
<ul>
<li>Cure découverte – 8 pastilles 100 mg : 149 €</li>
<li>Cure complète – 24 pastilles 100 mg : 349 €</li>
<li>Cure intensive – 24 pastilles 200 mg : 449 €</li>
</ul>
<p>Paiement sécurisé par carte ou en cryptomonnaie (Bitcoin, USDT) – <b>-10 %</b> pour tout paiement en crypto.</p>
<a class="btn" href="/commander">Je commande ma cure</a>
</main>
<footer>KétaSérénité · contact@cure-ketamine-maison.example · Mentions légales</footer>
""", noise="cookie-fr")

p("h9240", "https://www.researchlab-chems.example/nl/product/dck-pellets-10mg", "seller", True, "nl",
  "nl-research-chemical-ketamine-analogue", "DCK pellets 10 mg (deschloroketamine) kopen | ResearchLab Chems", """
<div class="bar">Gratis verzending vanaf €100 · Discrete verpakking · Betalen met iDEAL of Bitcoin</div>
<header><a href="/nl/">ResearchLab Chems</a> <nav><a href="/nl/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/nl/dissociatives">Dissociatives</a> <a href="/nl/pellets">Pellets</a> <a href="/nl/winkelwagen">Winkelwagen</a></nav></header>
<main>
<h1>DCK pellets 10 mg</h1>
<p><b>Deschloroketamine</b> (2-fenyl-2-(methylamino)cyclohexanon) is een analoog van ketamine. Geleverd als geperste pellets van 10 mg.</p>
<table>
<tr><td>5 pellets</td><td>€ 24,95</td></tr>
<tr><td>10 pellets</td><td>€ 44,95</td></tr>
<tr><td>25 pellets</td><td>€ 99,00</td></tr>
</table>
<button>In winkelwagen</button>
<p>Zuiverheid &gt;99% (HPLC). Ook verkrijgbaar: 2F-DCK, O-PCE en ketamine-achtige &quot;mood pellets&quot;.</p>
<p class="disclaimer"><b>Niet voor menselijke consumptie.</b> Uitsluitend bedoeld voor onderzoeksdoeleinden. Wij verzenden naar heel Europa.</p>
</main>
<footer>ResearchLab Chems · KvK n.v.t. · Klantenservice via e-mail of Telegram @rlchems</footer>
""", noise="cookie-nl")

save(OUT, R)
