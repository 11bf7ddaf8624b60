# Batch 69 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Telehealth and its impostors". Sellers that dress up as an online clinic, a telehealth app, a
# "wellness program" or a "doctor-designed protocol" but ship ketamine/esketamine without a real
# evaluation (quiz reviewed by "our system", approval on screen, a doctor who signs off without meeting
# you, no appointment, choose-your-dose, subscriptions that ship before anyone talks to you, offshore
# partner pharmacies, gift-card or crypto payment, shipping anywhere), against real telehealth pages of
# the same page types, clinics (several with virtual first consults) and informational pages about
# telehealth prescribing and impostors.
# Mix: 14 sellers (flagged), 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, nl 3, pt 2, it 2).
# Shapes: sellers - online-clinic home page, how-it-works steps, subscription pricing table, FAQ with
# offshore pharmacy, checkout with auto-approved questionnaire and gift-card/crypto payment, about-us
# founder story, state-availability page ("every state, even yours"), app-store listing, Spanish home
# page, German "so funktioniert's" wellness programme, French subscription page, Dutch checkout,
# Portuguese press release, Italian social-bio snippet (plain text). Telehealth - home page with named
# clinicians, how-it-works with sitter and monitoring, state-licensing page, evaluation/membership
# checkout, appointment-confirmation e-mail (plain text), German online psychiatry referring to a
# partner centre for esketamine, Spanish FAQ, French app-store listing, Dutch sitter guide. Clinics -
# infusion clinic home with virtual first consult, Spravato REMS centre, KAP practice FAQ, clinic blog
# post on why it never mails ketamine, pain-clinic gift-card shop, Portuguese price list with
# teleconsulta, Italian esketamine outpatient page, Spanish online booking of a first consult.
# Informational - news on telehealth prescribing rules, consumer guide to telling real telehealth from
# impostors, state pharmacy-board statement, forum thread, news brief (plain text), careers page of a
# telehealth provider, German consumer-protection article, French news article, Dutch forum thread.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch69.py (writes batch69/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch69")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers: impostor clinics and apps

p("h6901", "https://www.halcyonhealth-online.example/", "seller", True, "en",
  "impostor-online-clinic-home", "Halcyon Health | At-Home Ketamine Therapy, Approved Online in Minutes", """
<header class="site-header">
<a class="logo" href="/">halcyon<span>health</span></a>
<nav><a href="/how-it-works">How it works</a> <a href="/treatments">Treatments</a> <a href="/pricing">Pricing</a> <a href="/reviews">Reviews</a> <a href="/faq">FAQ</a> <a href="/login">Log in</a> <a class="btn" href="/start">Start my assessment</a></nav>
</header>
<section class="hero">
<p class="eyebrow">Doctor-designed. Delivered to your door.</p>
<h1>Feel like yourself again, without the waiting room.</h1>
<p>Halcyon is the online clinic for people who are tired of six-week waitlists and gatekeepers. Answer a short health assessment, see your approval on screen, and receive ketamine troches or esketamine nasal spray at home, usually within 48 hours.</p>
<a class="btn btn-lg" href="/start">Take the 3-minute assessment</a>
<p class="micro">No appointment. No video call. Cancel anytime.</p>
<ul class="badges"><li>256-bit secure</li><li>Physician-reviewed*</li><li>Discreet packaging</li><li>Ships to 40+ countries</li></ul>
</section>
<section class="steps">
<h2>Three steps. That's it.</h2>
<ol>
<li><b>Tell us about you.</b> 14 questions about your mood, sleep and goals. Our intelligent triage system reviews your answers instantly.</li>
<li><b>Get approved.</b> Most members see "Approved" before they finish their coffee. A partner physician signs off on your plan in the background, so you never have to book a visit.</li>
<li><b>Choose your dose.</b> Start gentle at 100 mg, or go straight to 200 mg or 300 mg if you already know what works for you. Your first box ships the same day.</li>
</ol>
</section>
<section class="products">
<h2>Popular plans</h2>
<div class="card"><h3>Ketamine rapid-dissolve troches</h3><p>from $149 / month</p><p>8, 12 or 20 troches per box, 100-300 mg each</p><a href="/start?product=troche">Get started</a></div>
<div class="card"><h3>Esketamine nasal spray</h3><p>from $219 / month</p><p>Self-administered at home, no observation period</p><a href="/start?product=spray">Get started</a></div>
<div class="card"><h3>Microdose Focus</h3><p>$89 / month</p><p>Daily low-dose lozenges for energy and clarity</p><a href="/start?product=micro">Get started</a></div>
</section>
<section class="pay">
<h2>Pay your way</h2>
<p>We accept Visa and Mastercard where available, prepaid gift cards, and Bitcoin, USDT and Ethereum. <b>Crypto members save 15% on every refill.</b></p>
</section>
<section class="reviews">
<h2>Real members. Real relief.</h2>
<blockquote>"I was approved in four minutes and my troches arrived in two days. I didn't have to explain myself to anyone." - Chris, Ohio</blockquote>
<blockquote>"My local clinic wanted a psych eval and $500 per infusion. Halcyon was $149." - Dana, Queensland</blockquote>
</section>
<footer>
<p>*Plans are generated by our clinical algorithm and countersigned by an independent licensed physician. Halcyon Health is a technology platform and is not a medical provider. Medication is dispensed by our international partner pharmacy. Individual results vary.</p>
<nav><a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <a href="/affiliates">Affiliates - earn 20%</a> <a href="/contact">Contact</a></nav>
<p>&copy; 2026 Halcyon Health Ltd.</p>
</footer>
""", noise="cookie")

p("h6902", "https://orrin.example/how-it-works", "seller", True, "en",
  "impostor-how-it-works", "How it works - Orrin", """
<nav><a href="/">Orrin</a> | <a href="/how-it-works">How it works</a> | <a href="/plans">Plans</a> | <a href="/start">Get started</a></nav>
<main>
<h1>How Orrin works</h1>
<p>Traditional ketamine care means referrals, intake calls, a psychiatrist who needs "to get to know you", and a clinic chair you have to drive to. We thought there had to be a better way.</p>
<h2>Step 1 - The Orrin Quiz</h2>
<p>Twelve questions, about three minutes. Be honest: there are no wrong answers, and nobody will call you to go over them.</p>
<h2>Step 2 - Instant review</h2>
<p>Our system checks your answers against our doctor-designed protocol and shows your result right on screen. A physician on our network signs off on every approved plan within 24 hours. You don't need to meet them, and there is no appointment to schedule.</p>
<h2>Step 3 - Build your protocol</h2>
<p>Pick your format (sublingual tablets or nasal spray), your strength, and how often you want a refill. Want to adjust later? Change your dose yourself from the dashboard at any time.</p>
<h2>Step 4 - Delivered</h2>
<p>Your box leaves our partner pharmacy within one business day in plain, unbranded packaging. Tracking by SMS.</p>
<p class="callout">No video calls. No waiting rooms. No awkward conversations.</p>
<a class="button" href="/start">Take the quiz</a>
</main>
<footer><small>Orrin is a wellness subscription. Statements have not been evaluated by any health authority. &copy; Orrin 2026</small></footer>
""")

p("h6903", "https://tessellate-mind.test/plans", "seller", True, "en",
  "impostor-subscription-pricing", "Plans & Pricing | Tessellate", """
<header><a href="/" class="brand">Tessellate</a><nav><a href="/science">The science</a><a href="/plans" class="active">Plans</a><a href="/faq">FAQ</a><a href="/account">Account</a></nav></header>
<main class="pricing">
<h1>Simple plans. Shipped before you know it.</h1>
<p class="lead">Every plan includes our doctor-designed ketamine protocol, a dosing journal and access to the Tessellate community. Your first box ships the day you subscribe. Your welcome call with a wellness guide is scheduled after delivery, so you can get started right away.</p>
<table class="plans">
<thead><tr><th></th><th>Starter</th><th>Steady</th><th>Deep Work</th></tr></thead>
<tbody>
<tr><td>Ketamine sublingual tablets</td><td>6 x 150 mg</td><td>10 x 200 mg</td><td>16 x 300 mg</td></tr>
<tr><td>Delivery</td><td>monthly</td><td>monthly</td><td>every 3 weeks</td></tr>
<tr><td>Adjust your own dose</td><td>yes</td><td>yes</td><td>yes</td></tr>
<tr><td>Price</td><td>$129/mo</td><td>$189/mo</td><td>$279/mo</td></tr>
<tr><td></td><td><a href="/subscribe?plan=starter">Subscribe</a></td><td><a href="/subscribe?plan=steady">Subscribe</a></td><td><a href="/subscribe?plan=deep">Subscribe</a></td></tr>
</tbody></table>
<h2>Payment</h2>
<p>Card payments are processed by our overseas billing partner and may show as "TSL DIGITAL SERVICES". Prefer privacy? Pay with USDT (TRC-20) or Bitcoin, or redeem an Amazon or Apple gift card at checkout.</p>
<h2>What's not included</h2>
<p>Tessellate does not offer psychiatric evaluations or emergency care. Approval is based on your online intake only.</p>
<p class="fine">Prices in USD. Shipping is free worldwide on plans of $189 and up.</p>
</main>
""")

p("h6904", "https://northlightprotocol.example/faq", "seller", True, "en",
  "impostor-faq-offshore-pharmacy", "Frequently asked questions - Northlight Protocol", """
<div class="topbar">Free express shipping on your first order - code FIRSTLIGHT</div>
<header><a href="/">NORTHLIGHT PROTOCOL</a> <a href="/shop">Protocols</a> <a href="/faq">FAQ</a> <a href="/cart">Cart (0)</a></header>
<main>
<h1>FAQ</h1>
<details open><summary>Is this a real medical program?</summary><p>Northlight was designed by doctors who have worked with ketamine for over a decade. Every order is reviewed against their protocol before it leaves the pharmacy.</p></details>
<details open><summary>Will I speak to a doctor?</summary><p>Only if you want to. Our intake form collects everything the reviewing physician needs, so most customers never speak to anyone. If you'd like a chat, you can book an optional call after your first order has shipped.</p></details>
<details open><summary>Do I need a prescription from my own doctor?</summary><p>No. The prescription is issued as part of your order.</p></details>
<details open><summary>Where does my medication come from?</summary><p>Orders are dispensed by our partner pharmacy in Belize and shipped by tracked courier. Because we ship internationally, local rules about telehealth visits don't apply to your order.</p></details>
<details open><summary>Which countries do you ship to?</summary><p>We ship to the USA, Canada, the UK, the EU, Australia and New Zealand. If your country isn't listed, message us on Telegram and we'll usually find a way.</p></details>
<details open><summary>What if my package is held at customs?</summary><p>It rarely happens. If it does, we reship free of charge once.</p></details>
<details open><summary>How do I pay?</summary><p>Bitcoin, Litecoin, USDT or Zelle. Pay by crypto and we add two extra troches to every order.</p></details>
<details open><summary>Can I increase my dose?</summary><p>Yes - just choose a higher strength at checkout. Customers who have used ketamine before often start at 250 mg.</p></details>
</main>
<footer><p>Northlight Protocol &middot; support via Telegram @northlight_care &middot; Products are sold for personal wellness use.</p></footer>
""")

p("h6905", "https://pay.qv-secure.test/cart/77814?step=payment", "seller", True, "en",
  "impostor-checkout-auto-approved", "Secure checkout", """
<div class="checkout">
<ol class="progress"><li class="done">Health questionnaire</li><li class="done">Clinical review</li><li class="current">Payment</li><li>Shipping</li></ol>
<div class="status ok">&#10003; Your questionnaire has been reviewed and <b>approved</b>. No further consultation is needed.</div>
<h1>Order summary</h1>
<table>
<tr><td>Esketamine nasal device 28 mg &times; 6</td><td>$264.00</td></tr>
<tr><td>Ketamine HCl lozenge 150 mg &times; 10</td><td>$118.00</td></tr>
<tr><td>Physician sign-off fee</td><td>$19.00</td></tr>
<tr><td>Discreet express shipping (worldwide)</td><td>$25.00</td></tr>
<tr class="total"><td>Total</td><td>$426.00</td></tr>
</table>
<h2>Choose payment method</h2>
<p class="warn">Credit card payments are temporarily unavailable. Please use one of the options below.</p>
<label><input type="radio" name="pm" checked> Gift card (Visa/Mastercard prepaid, Apple, Google Play) - enter codes on the next screen</label><br>
<label><input type="radio" name="pm"> Bitcoin / USDT (10% off applied automatically)</label><br>
<label><input type="radio" name="pm"> Bank transfer (international)</label>
<button>Continue</button>
<p class="small">Questions? Chat with an order specialist on WhatsApp +1 555 0142 8890.</p>
</div>
""")

p("h6906", "https://solaceremote.example/about", "seller", True, "en",
  "impostor-about-founder-story", "About Solace Remote Care", """
<header><nav><a href="/">Home</a> <a href="/about">About</a> <a href="/press">Press</a> <a href="/how">How it works</a> <a href="/start" class="cta">Start now</a></nav></header>
<article>
<h1>We started Solace because we were tired of being told "no".</h1>
<p>Our co-founder Marcus spent three years trying to get ketamine treatment for his depression. He was put on waitlists, asked to try two more antidepressants first, told he needed a psychiatrist's referral, and finally quoted $4,000 for a series of infusions in a clinic two hours away.</p>
<p>So he and a group of physicians and engineers built what he wished had existed: an online clinic that trusts adults to know what they need.</p>
<h2>What makes us different</h2>
<ul>
<li><b>No gatekeeping.</b> You complete a secure intake online. Our prescribing physicians review every intake and sign off remotely - no face-to-face appointment, no video call.</li>
<li><b>Your protocol, your choice.</b> Members pick their own format and strength, and can change it whenever they like.</li>
<li><b>Access everywhere.</b> We work with a licensed partner pharmacy overseas, in a jurisdiction that respects patient autonomy, so we can ship to you wherever you live.</li>
<li><b>Privacy first.</b> Plain packaging, a neutral billing name, and crypto checkout for members who prefer it.</li>
</ul>
<h2>Our team</h2>
<p>Marcus Hale, co-founder &amp; CEO. Ines Varga, co-founder &amp; CTO. Our medical advisory board includes physicians in three countries who prefer to remain anonymous because of the stigma still attached to ketamine.</p>
<p>Over 18,000 members have started a Solace protocol since 2024.</p>
<a class="cta" href="/start">Start your intake</a>
</article>
<footer>Solace Remote Care is not a pharmacy and does not provide emergency services. &copy; 2026</footer>
""", noise="cookie")

p("h6907", "https://everstill.example/availability", "seller", True, "en",
  "impostor-state-availability", "Where is Everstill available? | Everstill", """
<header><a href="/">Everstill</a> <nav><a href="/availability">Availability</a> <a href="/pricing">Pricing</a> <a href="/get-started">Get started</a></nav></header>
<main>
<h1>Available in every state. Yes, even yours.</h1>
<p>Other telehealth companies can only treat you if one of their clinicians is licensed where you live, and many states now demand an in-person exam before ketamine can be prescribed. Everstill doesn't work that way. Because your order is filled by our international partner pharmacy, U.S. state prescribing rules don't limit where we deliver, and you never need a video visit.</p>
<table>
<tr><th>State</th><th>Status</th><th>Typical delivery</th></tr>
<tr><td>Alabama</td><td>Available</td><td>4-6 days</td></tr>
<tr><td>Arizona</td><td>Available</td><td>3-5 days</td></tr>
<tr><td>California</td><td>Available</td><td>3-5 days</td></tr>
<tr><td>Florida</td><td>Available</td><td>3-5 days</td></tr>
<tr><td>Illinois</td><td>Available</td><td>4-6 days</td></tr>
<tr><td>New York</td><td>Available</td><td>3-5 days</td></tr>
<tr><td>Texas</td><td>Available</td><td>4-6 days</td></tr>
<tr><td>All other states</td><td>Available</td><td>4-7 days</td></tr>
</table>
<h2>Outside the U.S.?</h2>
<p>We also deliver to Canada, the UK, Ireland, Australia and most of the EU. Customs-friendly packaging, and free reshipment if a parcel is seized.</p>
<p><a class="btn" href="/get-started">Check my eligibility - 2 minutes</a></p>
</main>
""")

p("h6908", "https://apps.storefront.example/us/app/ketahome-calm/id6024417", "seller", True, "en",
  "impostor-app-store-listing", "KetaHome: Calm at Home on the App Store", """
<div class="app-header">
<img src="/icons/ketahome.png" alt="">
<h1>KetaHome: Calm at Home</h1>
<p class="sub">At-home ketamine, no appointment</p>
<p>KetaHome Wellness Inc. &middot; Health &amp; Fitness &middot; 4.6 &#9733; (2.1K ratings) &middot; Free &middot; Offers In-App Purchases</p>
<button>Get</button>
</div>
<section class="description">
<h2>Description</h2>
<p>Skip the clinic. KetaHome brings ketamine therapy to your phone.</p>
<p>&bull; Take our in-app assessment and get approved in minutes - our system checks your answers and a physician signs off automatically.<br>
&bull; Choose your strength: Gentle, Balanced or Deep.<br>
&bull; Your first pack ships the same day, discreetly.<br>
&bull; Guided audio journeys for every session.<br>
&bull; Track your mood and reorder with one tap.</p>
<p>No appointments. No video calls. No waiting lists.</p>
<p>Subscription: Balanced pack (8 troches) $169 per month, billed through your account. Delivery available in the US, Canada, UK and Australia.</p>
</section>
<section class="iap"><h2>In-App Purchases</h2><ul><li>Gentle Pack 8 troches - $129.99</li><li>Balanced Pack 8 troches - $169.99</li><li>Deep Pack 8 troches - $219.99</li><li>Refill Boost 4 troches - $74.99</li></ul></section>
<section class="reviews"><h2>Ratings and Reviews</h2>
<p><b>finally!!</b> &#9733;&#9733;&#9733;&#9733;&#9733; Approved on my lunch break, package came Thursday.</p>
<p><b>Nobody checked on me</b> &#9733;&#9733; I upped to Deep after a week and nobody ever asked how I was doing.</p></section>
<section class="privacy"><h2>App Privacy</h2><p>The developer indicated that data linked to you may include health and fitness, purchases and contact info.</p></section>
""")

p("h6909", "https://serenaclinica.example/es/", "seller", True, "es",
  "impostor-online-clinic-home", "Clínica Serena Online | Ketamina en casa, sin cita", """
<header>
<a href="/es/" class="logo">Clínica Serena <small>online</small></a>
<nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/tratamientos">Tratamientos</a> <a href="/es/precios">Precios</a> <a href="/es/opiniones">Opiniones</a> <a href="/es/empezar" class="btn">Empezar</a></nav>
</header>
<section class="hero">
<h1>Tu tratamiento con ketamina, en casa y sin listas de espera</h1>
<p>Olvídate de derivaciones, citas y salas de espera. En Clínica Serena completas un cuestionario médico de 5 minutos, ves tu aprobación en pantalla y recibes tu tratamiento en 48-72 horas.</p>
<a class="btn" href="/es/empezar">Hacer el cuestionario</a>
</section>
<section>
<h2>Tratamientos disponibles</h2>
<ul>
<li>Ketamina sublingual 100 mg / 200 mg - desde 119 &euro; al mes</li>
<li>Esketamina en spray nasal 28 mg - desde 189 &euro; al mes</li>
<li>Protocolo "Microdosis" para el estrés diario - 69 &euro; al mes</li>
</ul>
<p>Tú eliges la dosis. Si necesitas más, la subes desde tu área de cliente sin hablar con nadie.</p>
</section>
<section>
<h2>¿Por qué Serena?</h2>
<p>Protocolo diseñado por médicos. Un médico colaborador valida tu plan a distancia: no hace falta videollamada ni consulta. Enviamos a toda España, Portugal y Latinoamérica desde nuestra farmacia asociada, en paquete neutro.</p>
<p>Pagos con tarjeta regalo, Bizum o USDT. Con cripto, un 10% de descuento.</p>
</section>
<footer><p>Clínica Serena Online es una plataforma digital de bienestar. Atención al cliente por WhatsApp +34 600 000 417.</p><p><a href="/es/aviso-legal">Aviso legal</a> &middot; <a href="/es/privacidad">Privacidad</a></p></footer>
""", noise="cookie-es")

p("h6910", "https://klarwerk-programm.test/so-funktionierts", "seller", True, "de",
  "impostor-wellness-program-steps", "So funktioniert's | Klarwerk Wellness-Programm", """
<header><a href="/">KLARWERK</a> <nav><a href="/so-funktionierts">So funktioniert's</a> <a href="/programm">Programm</a> <a href="/faq">FAQ</a> <a href="/warenkorb">Warenkorb</a></nav></header>
<main>
<h1>Ihr Weg zu mehr Gelassenheit - in drei Schritten</h1>
<p>Das Klarwerk-Programm ist ein ärztlich entwickeltes Protokoll mit Ketamin-Lutschtabletten für zu Hause. Kein Termin, keine Wartezeit, keine Diagnose nötig.</p>
<h2>1. Online-Fragebogen</h2>
<p>Beantworten Sie 15 kurze Fragen zu Stimmung, Schlaf und Stress. Unser System wertet Ihre Angaben sofort aus und zeigt Ihnen das Ergebnis direkt am Bildschirm an.</p>
<h2>2. Ärztliche Freigabe</h2>
<p>Ein Partnerarzt zeichnet Ihren Plan ab. Ein persönliches Gespräch oder eine Videosprechstunde ist dafür nicht erforderlich.</p>
<h2>3. Lieferung</h2>
<p>Ihr Paket wird von unserer Partnerapotheke außerhalb der EU verschickt, neutral verpackt und mit Sendungsverfolgung. Wir liefern nach Deutschland, Österreich, in die Schweiz und in viele weitere Länder.</p>
<h2>Dosis selbst wählen</h2>
<p>Starten Sie mit 100 mg oder wählen Sie direkt 200 mg - Sie können die Stärke jederzeit im Kundenkonto ändern.</p>
<h2>Bezahlung</h2>
<p>Bezahlen Sie anonym mit Paysafecard, Bitcoin oder per Überweisung. Kreditkarten werden derzeit nicht akzeptiert.</p>
<p><a class="btn" href="/fragebogen">Jetzt Fragebogen starten</a></p>
</main>
<footer><small>Klarwerk ist ein Wellness-Programm und ersetzt keine ärztliche Behandlung. Impressum auf Anfrage.</small></footer>
""", noise="cookie-de")

p("h6911", "https://apaisia.example/fr/abonnements", "seller", True, "fr",
  "impostor-subscription-pricing", "Nos abonnements - Apaisia", """
<nav><a href="/fr/">Apaisia</a> &middot; <a href="/fr/methode">La méthode</a> &middot; <a href="/fr/abonnements">Abonnements</a> &middot; <a href="/fr/questions">Questions</a></nav>
<main>
<h1>Choisissez votre abonnement</h1>
<p>Un protocole conçu par des médecins, livré chez vous. Votre premier colis part sous 48 h après la souscription ; un conseiller vous appellera après réception pour faire le point.</p>
<div class="offre"><h2>Découverte</h2><p>Eskétamine spray nasal 28 mg, 4 pulvérisateurs</p><p><b>159 &euro; / mois</b></p></div>
<div class="offre"><h2>Équilibre</h2><p>Kétamine comprimés sublinguaux, 10 x 150 mg</p><p><b>179 &euro; / mois</b></p></div>
<div class="offre"><h2>Intensif</h2><p>Kétamine comprimés sublinguaux, 16 x 250 mg</p><p><b>259 &euro; / mois</b></p></div>
<p>Vous choisissez votre dosage et pouvez le modifier à tout moment depuis votre espace.</p>
<h2>Comment être accepté ?</h2>
<p>Remplissez le questionnaire en ligne : notre système valide votre profil en quelques minutes et un médecin partenaire signe l'ordonnance sans rendez-vous.</p>
<h2>Paiement et livraison</h2>
<p>Carte cadeau prépayée, Bitcoin ou USDT. Livraison discrète en France, Belgique, Suisse, Canada et dans toute la francophonie depuis notre pharmacie partenaire à l'étranger.</p>
<a class="btn" href="/fr/questionnaire">Commencer</a>
</main>
""", noise="cookie-fr")

p("h6912", "https://rustpunt.example/afrekenen", "seller", True, "nl",
  "impostor-checkout-auto-approved", "Afrekenen - Rustpunt", """
<div class="afrekenen">
<p class="stappen">1. Vragenlijst &#10003; &nbsp; 2. Beoordeling &#10003; &nbsp; <b>3. Betalen</b> &nbsp; 4. Verzending</p>
<div class="melding">Goed nieuws! Uw medische vragenlijst is automatisch goedgekeurd. Een consult is niet nodig.</div>
<h1>Uw bestelling</h1>
<ul>
<li>Esketamine neusspray 28 mg - 6 stuks ........ &euro; 239,00</li>
<li>Artsenverklaring (digitaal) ........ &euro; 15,00</li>
<li>Discrete verzending ........ &euro; 12,50</li>
</ul>
<p><b>Totaal: &euro; 266,50</b></p>
<h2>Betaalmethode</h2>
<p><input type="radio" name="b" checked> Bitcoin of USDT (5% korting)<br>
<input type="radio" name="b"> Cadeaukaart (Paysafecard, Google Play)<br>
<input type="radio" name="b"> Bankoverschrijving naar buitenlandse rekening</p>
<p>Uw pakket wordt verzonden vanuit onze partnerapotheek buiten de EU en komt binnen 5 werkdagen aan in Nederland of België.</p>
<button>Bestelling plaatsen</button>
</div>
""", noise="cookie-nl")

p("h6913", "https://serenix.example/imprensa/lancamento-programa-bem-estar", "seller", True, "pt",
  "impostor-press-release", "Serenix lança programa de bem-estar com cetamina em casa", """
<header><a href="/">Serenix</a> <a href="/imprensa">Imprensa</a> <a href="/comecar">Começar</a></header>
<article>
<p class="tipo">Comunicado de imprensa &middot; São Paulo, 2 de dezembro de 2026</p>
<h1>Serenix lança programa de bem-estar com cetamina que dispensa consulta presencial e por vídeo</h1>
<p>A Serenix, startup de saúde digital, anunciou hoje o lançamento do Programa Serenix, um protocolo desenvolvido por médicos que leva cetamina sublingual e escetamina em spray até a casa do cliente.</p>
<p>"O paciente não precisa mais marcar consulta nem esperar meses por um psiquiatra", afirma o fundador, Rafael Monteiro. "O questionário é analisado pelo nosso sistema em minutos, a aprovação aparece na tela e um médico parceiro assina a receita sem necessidade de atendimento."</p>
<p>Os clientes escolhem a própria dose entre três níveis e recebem o primeiro envio em até 72 horas. O programa é entregue em todo o Brasil, em Portugal e em Angola a partir de uma farmácia parceira no exterior.</p>
<p>Os pagamentos podem ser feitos por cartão, vale-presente ou criptomoedas.</p>
<h2>Sobre a Serenix</h2>
<p>Fundada em 2025, a Serenix diz já ter atendido mais de 9 mil clientes. Contato para imprensa: imprensa@serenix.example</p>
</article>
""", noise="cookie-pt")

p("h6914", "https://social.example/@calmamente.protocollo", "seller", True, "it",
  "impostor-social-bio-snippet", "", """
Calmamente | Protocollo ideato da medici 🧠 Ketamina a casa tua, nessun appuntamento: compili il quiz e l'approvazione arriva in 5 minuti, la dose la scegli tu. Paghi con gift card o crypto, spedizione anonima in tutta Italia ed Europa. Ordini su Telegram @calmamente_ordini
""", ext="txt")

# ---------------------------------------------------------------- telehealth: real remote care

p("h6915", "https://www.beaconketaminecare.example/", "telehealth", False, "en",
  "telehealth-home-named-clinicians", "Beacon Ketamine Care | Evaluated by a clinician, supported at home", """
<header class="nav">
<a class="logo" href="/">Beacon Ketamine Care</a>
<nav><a href="/how-it-works">How it works</a> <a href="/clinicians">Our clinicians</a> <a href="/where-we-practice">States we serve</a> <a href="/cost">Cost &amp; insurance</a> <a href="/safety">Safety</a> <a href="/resources">Resources</a> <a href="/portal">Patient portal</a> <a class="btn" href="/apply">Check if you're a candidate</a></nav>
</header>
<section class="hero">
<h1>At-home ketamine treatment, only when it's right for you.</h1>
<p>Beacon is a telehealth psychiatry practice for adults with depression, anxiety or PTSD that hasn't improved with other treatments. Every patient is evaluated by a licensed psychiatric clinician over video before anything is prescribed, and many people we evaluate are referred to a different option instead.</p>
<a class="btn" href="/apply">Start the intake questionnaire</a>
</section>
<section class="process">
<h2>What to expect</h2>
<ol>
<li><b>Intake questionnaire (15 minutes).</b> Your history, current medications, blood pressure and a PHQ-9 and GAD-7. This is only the starting point - no one is approved from a form.</li>
<li><b>Video evaluation (60 minutes).</b> With a psychiatrist or psychiatric nurse practitioner licensed in the state where you are. We review records from your current providers and may ask for recent labs.</li>
<li><b>Decision.</b> Your clinician may recommend ketamine, a different medication, in-person infusion or Spravato at a certified centre, or no change. About 30% of people we evaluate are not prescribed ketamine.</li>
<li><b>Prescription and pharmacy.</b> If ketamine is appropriate, your clinician sends a prescription to a licensed partner pharmacy in your state, which ships only after verifying it.</li>
<li><b>Supported sessions.</b> Your first sessions happen on video with a Beacon guide, with a trusted adult (your sitter) in the room. You log blood pressure before and after each session.</li>
<li><b>Follow-up.</b> Check-ins with your clinician every 2-4 weeks; dosing is changed only by your prescriber.</li>
</ol>
</section>
<section class="team">
<h2>Meet some of our clinicians</h2>
<div class="card"><h3>Dr. Helena Osei, MD</h3><p>Board-certified psychiatrist &middot; Medical Director &middot; licensed in CO, WA, OR, MN</p></div>
<div class="card"><h3>Tomás Velez, PMHNP-BC</h3><p>Psychiatric nurse practitioner &middot; licensed in TX, NM, AZ</p></div>
<div class="card"><h3>Dr. Naomi Farr, DO</h3><p>Psychiatrist &middot; licensed in NY, NJ, CT, PA</p></div>
<a href="/clinicians">See all clinicians</a>
</section>
<section class="cost">
<h2>Cost</h2>
<p>Evaluation: $175 (many insurance plans reimburse it as an out-of-network psychiatric visit). If you're treated, membership is $199/month and covers clinician follow-ups, session guides and care team messaging. Medication is billed separately by the pharmacy.</p>
</section>
<section class="crisis"><p>Beacon does not provide emergency care. If you are in crisis, call or text 988 (US).</p></section>
<footer>
<p>Beacon Ketamine Care, PC &middot; 1420 Larimer Way, Suite 300, Denver CO (administrative office only) &middot; (720) 555-0193</p>
<nav><a href="/privacy">Privacy / HIPAA notice</a> <a href="/terms">Terms</a> <a href="https://careers.beaconketaminecare.example/">Careers</a></nav>
</footer>
""", noise="cookie")

p("h6916", "https://tidewatermind.example/how-it-works", "telehealth", False, "en",
  "telehealth-how-it-works-sitter", "How treatment works | Tidewater Mind Health", """
<nav><a href="/">Tidewater Mind Health</a> | <a href="/how-it-works">How it works</a> | <a href="/pricing">Pricing</a> | <a href="/faq">FAQ</a> | <a href="/login">Sign in</a></nav>
<main>
<h1>How treatment at Tidewater works</h1>
<p>We are a virtual psychiatry practice. We are not a questionnaire-and-ship service, and we'll tell you plainly if at-home ketamine isn't a safe choice for you.</p>
<h2>Before any prescription</h2>
<p>You'll fill out a detailed intake and sign a release so we can talk to your therapist or primary-care doctor. Then you meet one of our psychiatric clinicians by video for a full evaluation. They screen for things that make at-home ketamine unsafe, such as uncontrolled high blood pressure, a history of psychosis, or an active substance use disorder, and they can decline to prescribe.</p>
<h2>Your sitter</h2>
<p>For at least your first four sessions, a sober adult you trust must stay with you for the whole session. Your sitter joins a short video orientation with our care team and receives a one-page guide covering what's normal, what isn't, and when to call us or 911.</p>
<h2>Monitoring</h2>
<ul>
<li>We mail you an automatic blood-pressure cuff with your welcome kit.</li>
<li>You record a reading before and 60 minutes after every session in the app.</li>
<li>You complete a PHQ-9 every two weeks; your clinician reviews the trend at each follow-up.</li>
<li>Refills are authorised only after a follow-up visit.</li>
</ul>
<h2>Medication</h2>
<p>Prescriptions go to a licensed pharmacy in your state. The pharmacy ships your medication after it has received and verified the prescription, and a pharmacist is available to answer questions.</p>
<p><a href="/eligibility">See if Tidewater is available in your state</a></p>
</main>
<footer><small>Tidewater Mind Health, P.A. Clinicians hold licenses in the states listed on our eligibility page.</small></footer>
""")

p("h6917", "https://fieldstonetelepsych.example/where-we-practice", "telehealth", False, "en",
  "telehealth-state-licensing", "Where we practice - Fieldstone Telepsychiatry", """
<header><a href="/">Fieldstone Telepsychiatry</a> <nav><a href="/ketamine">Ketamine program</a> <a href="/where-we-practice">Where we practice</a> <a href="/team">Team</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>States where we currently practice</h1>
<p>Our clinicians can only see you if they hold a license in the state where you are physically located at the time of each visit. Some states also have their own rules for prescribing controlled substances by telehealth, which is why our ketamine program is offered in fewer states than our general psychiatry service.</p>
<table>
<tr><th>State</th><th>General psychiatry</th><th>Ketamine program</th><th>Clinicians</th></tr>
<tr><td>Colorado</td><td>Yes</td><td>Yes</td><td>Dr. Lena Marsh, MD; Owen Pike, PMHNP</td></tr>
<tr><td>Oregon</td><td>Yes</td><td>Yes</td><td>Dr. Lena Marsh, MD</td></tr>
<tr><td>Washington</td><td>Yes</td><td>Yes</td><td>Owen Pike, PMHNP</td></tr>
<tr><td>Utah</td><td>Yes</td><td>No - in-person exam required first</td><td>Dr. Ray Holm, MD</td></tr>
<tr><td>Minnesota</td><td>Yes</td><td>Waitlist</td><td>Dr. Ray Holm, MD</td></tr>
<tr><td>Texas</td><td>No</td><td>No</td><td>-</td></tr>
</table>
<h2>Not in one of these states?</h2>
<p>We can't evaluate or prescribe for you, and we won't ship medication across state lines. Join the waitlist and we'll email you if that changes, or use our <a href="/find-care">directory of in-person ketamine and Spravato clinics</a>.</p>
<h2>Traveling?</h2>
<p>Tell us before your appointment. If you'll be in a state where your clinician isn't licensed, we'll reschedule.</p>
</main>
""")

p("h6918", "https://join.quietwaterhealth.example/checkout/evaluation", "telehealth", False, "en",
  "telehealth-evaluation-checkout", "Checkout - Quietwater Health", """
<div class="checkout">
<a href="/" class="logo">Quietwater Health</a>
<ol class="steps"><li class="done">Intake questionnaire</li><li class="current">Book &amp; pay</li><li>Video evaluation</li></ol>
<h1>Book your video evaluation</h1>
<p>Your intake has been received. The next step is a 45-minute video evaluation with a licensed clinician. Your questionnaire answers do not approve you for treatment.</p>
<div class="slot"><b>Selected appointment:</b> Wed, Jan 14 &middot; 10:30 AM PT &middot; with Priya Raman, PMHNP-BC (licensed in OR, WA)</div>
<table>
<tr><td>Psychiatric evaluation (video)</td><td>$149.00</td></tr>
<tr><td>Membership (first month)</td><td>$0.00 today - billed only if your clinician prescribes</td></tr>
<tr class="total"><td>Due today</td><td>$149.00</td></tr>
</table>
<p>If your clinician decides ketamine isn't right for you, you won't be charged for membership and we'll send a written summary with other options you can share with your doctor.</p>
<h2>Payment</h2>
<label>Card number <input></label> <label>Expiry <input></label> <label>CVC <input></label>
<p>HSA/FSA cards accepted. Promo code? <a href="#">Apply</a></p>
<button>Pay $149 and confirm appointment</button>
<p class="small">Medication, if prescribed, is dispensed and billed separately by a licensed pharmacy after it receives your prescription. Cancel or reschedule up to 24 hours before your visit for a full refund.</p>
</div>
""")

p("h6919", "https://mail.quietwaterhealth.example/notifications/eval-scheduled", "telehealth", False, "en",
  "telehealth-appointment-email", "", """
Hi Jordan, thanks for completing your intake. Your video evaluation with Priya Raman, PMHNP-BC, is confirmed for Wednesday, January 14 at 10:30 AM PT; please join from a private room in Oregon or Washington and have your sitter's name and phone number ready. Nothing will be prescribed or shipped before this visit, and Priya may recommend a different treatment. - The Quietwater care team
""", ext="txt")

p("h6920", "https://psyconnect-praxis.example/esketamin-abklaerung", "telehealth", False, "de",
  "telehealth-online-psychiatry-esketamine-referral", "Esketamin-Abklärung per Videosprechstunde | PsyConnect Praxis", """
<header><a href="/">PsyConnect</a> <span>Psychiatrische Privatpraxis online</span>
<nav><a href="/leistungen">Leistungen</a> <a href="/team">Team</a> <a href="/esketamin-abklaerung">Esketamin-Abklärung</a> <a href="/kosten">Kosten</a> <a href="/termin">Termin</a></nav></header>
<main>
<h1>Abklärung für eine Esketamin-Behandlung</h1>
<p>Wenn mindestens zwei Antidepressiva nicht ausreichend gewirkt haben, kann ein Esketamin-Nasenspray eine Option sein. Wir prüfen in unserer Videosprechstunde, ob diese Behandlung für Sie in Frage kommt.</p>
<h2>Ablauf</h2>
<ol>
<li>Sie füllen vorab einen Anamnesebogen aus und laden Arztbriefe hoch.</li>
<li>Erstgespräch per Video (ca. 50 Minuten) mit Dr. med. Katrin Albers, Fachärztin für Psychiatrie und Psychotherapie, oder Dr. med. Jonas Reuter.</li>
<li>Wenn eine Esketamin-Behandlung sinnvoll ist, überweisen wir Sie an ein Partnerzentrum in Ihrer Nähe. Dort wird das Nasenspray unter Aufsicht angewendet, anschließend werden Sie mindestens zwei Stunden überwacht.</li>
<li>Die psychiatrische Begleitung und die Anpassung der übrigen Medikation übernehmen wir weiter per Video.</li>
</ol>
<p><b>Wichtig:</b> Wir versenden kein Esketamin und keine Ketamin-Präparate. Das Nasenspray wird ausschließlich im Behandlungszentrum angewendet.</p>
<h2>Kosten</h2>
<p>Erstgespräch nach GOÄ, ca. 180 &euro;. Viele private Krankenversicherungen erstatten die Kosten.</p>
<p><a class="btn" href="/termin">Termin für ein Erstgespräch vereinbaren</a></p>
</main>
<footer>PsyConnect Praxis &middot; Dr. med. Katrin Albers &middot; Sitz der Praxis: Hamburg &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h6921", "https://albasaludvirtual.example/es/preguntas-frecuentes", "telehealth", False, "es",
  "telehealth-faq", "Preguntas frecuentes | Alba Salud Virtual", """
<header><a href="/es/">Alba Salud Virtual</a> <nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/equipo">Equipo</a> <a href="/es/estados">Estados</a> <a href="/es/preguntas-frecuentes">Preguntas</a> <a href="/en/">English</a></nav></header>
<main>
<h1>Preguntas frecuentes sobre el tratamiento con ketamina en casa</h1>
<h3>¿Quién me evalúa?</h3>
<p>Después de llenar el cuestionario de ingreso, tendrá una videoconsulta de una hora con un clínico con licencia en el estado donde vive, por ejemplo la Dra. Marisol Ibarra (psiquiatra, licencia en California y Arizona) o Diego Fuentes, enfermero practicante psiquiátrico (licencia en Texas y Nuevo México). Las consultas pueden ser en español.</p>
<h3>¿Me pueden decir que no?</h3>
<p>Sí. El clínico puede recomendar otro tratamiento o una clínica presencial. El cuestionario por sí solo nunca aprueba a nadie.</p>
<h3>¿Necesito a alguien conmigo durante las sesiones?</h3>
<p>Sí. Durante las primeras sesiones debe estar presente un adulto de confianza (su acompañante). Le enviamos una guía para esa persona y hacemos una breve llamada con ella antes de empezar.</p>
<h3>¿Cómo llega el medicamento?</h3>
<p>Si se le receta, la receta se envía a una farmacia con licencia en su estado, que envía el medicamento solo después de verificarla. Nosotros no vendemos medicamentos.</p>
<h3>¿Cuánto cuesta?</h3>
<p>La evaluación cuesta 160 USD. Si inicia el tratamiento, la membresía mensual es de 189 USD e incluye consultas de seguimiento y mensajes con el equipo. El medicamento lo cobra la farmacia aparte.</p>
<h3>¿Atienden fuera de Estados Unidos?</h3>
<p>No. Solo podemos atender a personas que se encuentren en uno de los estados donde nuestros clínicos tienen licencia.</p>
</main>
""", noise="cookie-es")

p("h6922", "https://apps.storefront.example/ca/fr/app/lumiere-soins-virtuels/id6031102", "telehealth", False, "fr",
  "telehealth-app-store-listing", "Lumière Soins Virtuels dans l'App Store", """
<div class="entete">
<h1>Lumière Soins Virtuels</h1>
<p class="sous-titre">Suivi de votre traitement, avec votre clinicien</p>
<p>Lumière Santé inc. &middot; Médecine &middot; 4,4 &#9733; (312 évaluations) &middot; Gratuit</p>
<button>Obtenir</button>
</div>
<section>
<h2>Description</h2>
<p>Lumière Soins Virtuels est l'application des patients de la clinique virtuelle Lumière. Elle ne remplace pas l'évaluation médicale et ne permet pas de commander un médicament.</p>
<p>Pour devenir patient, vous remplissez d'abord un questionnaire d'accueil, puis vous rencontrez par vidéo un médecin ou une infirmière praticienne spécialisée autorisé(e) dans votre province. Ce clinicien décide si un traitement à la kétamine est indiqué ; il peut aussi vous orienter vers une autre option.</p>
<p>Avec l'application, vous pouvez :<br>
&bull; rejoindre vos rendez-vous vidéo ;<br>
&bull; remplir vos questionnaires de suivi (PHQ-9, GAD-7) ;<br>
&bull; noter votre tension artérielle avant et après chaque séance ;<br>
&bull; inviter la personne accompagnatrice qui reste avec vous pendant les premières séances ;<br>
&bull; écrire à votre équipe soignante.</p>
<p>Les médicaments sont préparés et expédiés par une pharmacie autorisée, uniquement après réception de l'ordonnance de votre clinicien. Abonnement de suivi facturé par la clinique, pas dans l'application.</p>
</section>
<section><h2>Confidentialité de l'app</h2><p>Le développeur a indiqué que les données de santé sont liées à votre identité et ne sont pas utilisées à des fins publicitaires.</p></section>
""")

p("h6923", "https://kalmwater-zorg.example/nl/begeleider", "telehealth", False, "nl",
  "telehealth-sitter-guide", "Informatie voor begeleiders | Kalmwater Zorg op Afstand", """
<header><a href="/nl/">Kalmwater Zorg op Afstand</a> <nav><a href="/nl/behandeling">Behandeling</a> <a href="/nl/team">Team</a> <a href="/nl/begeleider">Voor begeleiders</a> <a href="/nl/contact">Contact</a></nav></header>
<main>
<h1>U bent gevraagd om begeleider te zijn. Wat betekent dat?</h1>
<p>Iemand die u vertrouwt krijgt bij ons een behandeling met ketamine thuis. Die behandeling is pas voorgeschreven na een uitgebreid videogesprek met een van onze psychiaters, zoals dr. Eva Smulders of dr. Ruben Okafor. Bij de eerste sessies moet een volwassene aanwezig zijn: dat bent u.</p>
<h2>Voor de sessie</h2>
<ul>
<li>U doet mee aan een korte kennismaking via video met onze verpleegkundige.</li>
<li>U drinkt geen alcohol en gebruikt geen middelen, en u rijdt de patiënt die dag nergens heen.</li>
<li>U controleert samen met de patiënt dat de bloeddrukmeting is ingevoerd in de app.</li>
</ul>
<h2>Tijdens de sessie</h2>
<p>Blijf in dezelfde ruimte of binnen gehoorsafstand, ongeveer twee uur. Duizeligheid, misselijkheid of een "zwevend" gevoel zijn normaal. Bel ons dienstnummer bij aanhoudend braken, verwardheid die na twee uur niet verdwijnt of pijn op de borst; bel 112 bij ademhalingsproblemen of bewusteloosheid.</p>
<h2>Na de sessie</h2>
<p>Noteer de tweede bloeddrukmeting en eventuele bijzonderheden. Het medicatiepakket van de apotheek bewaart de patiënt afgesloten; de apotheek levert alleen na een recept van onze arts.</p>
</main>
<footer><small>Kalmwater Zorg op Afstand &middot; BIG-geregistreerde artsen &middot; <a href="/nl/privacy">Privacy</a></small></footer>
""", noise="cookie-nl")

# ---------------------------------------------------------------- clinics: in-person care, some with virtual first consults

p("h6924", "https://riverbendketamine.example/", "clinic", False, "en",
  "clinic-home-virtual-first-consult", "Riverbend Ketamine & Wellness Center | IV Ketamine in Maple Falls", """
<div class="utility">Call (541) 555-0168 &middot; Mon-Sat 8am-6pm &middot; <a href="/patient-forms">Patient forms</a> &middot; <a href="/pay-my-bill">Pay my bill</a></div>
<header><a href="/" class="logo">Riverbend Ketamine &amp; Wellness</a>
<nav><a href="/conditions">Conditions</a> <a href="/ketamine-infusions">IV infusions</a> <a href="/spravato">Spravato</a> <a href="/pricing">Pricing</a> <a href="/team">Our team</a> <a href="/blog">Blog</a> <a class="btn" href="/free-consult">Book a free virtual consult</a></nav></header>
<section class="hero">
<h1>Relief for treatment-resistant depression, in a calm, medically supervised setting.</h1>
<p>Start from home with a free 20-minute video consult with our nurse coordinator. If ketamine looks like a fit, you'll have a medical evaluation with Dr. Alan Whitcomb, and your infusions take place here in our Maple Falls office with continuous monitoring.</p>
<a class="btn" href="/free-consult">Schedule my virtual consult</a>
</section>
<section>
<h2>Your path at Riverbend</h2>
<ol><li>Free virtual consult (video or phone)</li><li>Medical evaluation in person, with vitals and a review of your records</li><li>Six IV infusions over two to three weeks, about 40 minutes each, monitored by an anesthesia-trained nurse</li><li>Maintenance infusions as needed, coordinated with your therapist</li></ol>
</section>
<section class="pricing-teaser"><h2>Transparent pricing</h2><p>Single infusion $450 &middot; Series of six $2,400 &middot; Financing through CareCredit. <a href="/pricing">Full price list</a></p></section>
<section class="testimonials"><blockquote>"The virtual consult took the fear out of it. The nurses checked on me every few minutes." - Patient, 2025</blockquote></section>
<aside><h3>From the blog</h3><ul><li><a href="/blog/what-an-infusion-feels-like">What does a ketamine infusion feel like?</a></li><li><a href="/blog/driving-after-infusion">Why you need a driver</a></li></ul></aside>
<footer><p>Riverbend Ketamine &amp; Wellness Center &middot; 88 Mill Race Road, Maple Falls, OR &middot; Medical director: Alan Whitcomb, MD (anesthesiology)</p><p><a href="/privacy">Privacy</a> &middot; <a href="/non-discrimination">Non-discrimination notice</a></p></footer>
""", noise="cookie")

p("h6925", "https://northgatepsychiatry.example/spravato", "clinic", False, "en",
  "clinic-spravato-rems-center", "Spravato (esketamine) treatment - Northgate Psychiatry", """
<nav><a href="/">Northgate Psychiatry</a> / <a href="/services">Services</a> / Spravato</nav>
<main>
<h1>Spravato&reg; (esketamine) nasal spray</h1>
<p>Northgate Psychiatry is a certified Spravato treatment center. Spravato is approved for adults with treatment-resistant depression and for depressive symptoms with acute suicidal thoughts or actions, together with an oral antidepressant.</p>
<h2>Screening can start by telehealth</h2>
<p>If you're not already our patient, your first visit can be a video appointment with one of our psychiatrists. We'll review your treatment history and, if Spravato seems appropriate, start the insurance authorization.</p>
<h2>Every dose is given here</h2>
<p>Under the REMS program, you self-administer each dose in our treatment suite while a staff member watches, and you stay at least two hours so we can check your blood pressure and how you're feeling. You cannot drive until the next day, so please arrange a ride.</p>
<p>Spravato is never dispensed for use at home. If a website offers to mail you esketamine, it isn't a legitimate treatment program.</p>
<h2>Schedule</h2>
<p>Weeks 1-4: twice weekly. Weeks 5-8: weekly. Then weekly or every two weeks based on your response.</p>
<p>Call (312) 555-0144 or <a href="/request-appointment">request an appointment</a>.</p>
</main>
""")

p("h6926", "https://openfieldkap.example/faq", "clinic", False, "en",
  "clinic-kap-faq", "FAQ | Openfield Ketamine-Assisted Psychotherapy", """
<header><a href="/">Openfield KAP</a> <a href="/approach">Approach</a> <a href="/therapists">Therapists</a> <a href="/fees">Fees</a> <a href="/faq">FAQ</a></header>
<main>
<h1>Questions we hear often</h1>
<p><b>Can I do ketamine-assisted therapy from home?</b><br>Not with us. Our preparation sessions can be on video, and your first consultation with our psychiatrist can be virtual, but every dosing session happens in our office with your therapist present and a nurse checking your vitals.</p>
<p><b>Who decides if I'm a candidate?</b><br>Dr. Miriam Adeyemi, our psychiatrist, after a full evaluation. She may suggest other options first.</p>
<p><b>What form of ketamine do you use?</b><br>Intramuscular injection or sublingual lozenges, given and observed in the office. Nothing is sent home with you.</p>
<p><b>How long is a dosing session?</b><br>About three hours including integration time. You'll need someone to drive you home.</p>
<p><b>What does it cost?</b><br>Preparation sessions $180; dosing sessions $650; integration sessions $180. We provide superbills for out-of-network reimbursement.</p>
<p><b>I saw an ad for "KAP at home, no appointment needed". Is that the same thing?</b><br>No. Therapy requires a therapist, and we don't think ketamine belongs in the mail without an evaluation.</p>
</main>
<footer>Openfield Ketamine-Assisted Psychotherapy &middot; 210 Alder St, Suite 4, Burlington VT &middot; (802) 555-0129</footer>
""")

p("h6927", "https://stillpointinfusion.example/blog/why-we-never-mail-ketamine", "clinic", False, "en",
  "clinic-blog-own-policy", "Why we will never mail you ketamine | Stillpoint Infusion Center", """
<header><a href="/">Stillpoint Infusion Center</a> <nav><a href="/infusions">Infusions</a> <a href="/spravato">Spravato</a> <a href="/blog">Blog</a> <a href="/book">Book</a></nav></header>
<article>
<p class="meta">Stillpoint Blog &middot; November 2026 &middot; by Dr. Grace Lindqvist, Medical Director</p>
<h1>Why we will never mail you ketamine</h1>
<p>Several patients have asked us this month why they should drive to our center for an infusion when an ad on their phone promises ketamine "delivered to your door, approved in minutes". It's a fair question, so here is how we think about it.</p>
<p>At Stillpoint, every patient is seen in person before their first infusion. We check blood pressure, review every medication, and talk with you and, with your permission, your therapist. We also turn people away: about one in five patients we evaluate is not a good candidate for ketamine right now.</p>
<p>During an infusion, a nurse is in the room. We adjust the rate if your blood pressure climbs, we stop if you feel unwell, and we don't let you leave until you're steady. None of that can happen when a package arrives at your door.</p>
<p>Some legitimate telehealth practices do prescribe ketamine for use at home after a real video evaluation, with monitoring and a sitter. Those programs look very different from the sites that approve you from a quiz and ask for payment in gift cards. If you're unsure, we're happy to look at a site with you during a consult.</p>
<p><a href="/book">Book an in-person evaluation</a> or call us at (614) 555-0171.</p>
</article>
<aside><h3>More from Stillpoint</h3><ul><li><a href="/blog/first-infusion-checklist">Your first infusion: a checklist</a></li><li><a href="/blog/insurance-and-ketamine">Does insurance cover ketamine?</a></li></ul></aside>
""")

p("h6928", "https://ridgeviewpain.example/shop/gift-cards", "clinic", False, "en",
  "clinic-gift-card-shop", "Gift cards | Ridgeview Pain & Infusion", """
<header><a href="/">Ridgeview Pain &amp; Infusion</a> <nav><a href="/services">Services</a> <a href="/shop">Shop</a> <a href="/cart">Cart</a></nav></header>
<main>
<h1>Ridgeview gift cards</h1>
<p>Give someone you care about help with the cost of their care. Gift cards can be applied to any service at our clinic, including consultations, ketamine infusions for chronic pain and CRPS, nerve blocks and physical therapy.</p>
<select><option>$50</option><option>$100</option><option>$250</option><option>$500</option></select>
<button>Add to cart</button>
<p class="small">Gift cards do not guarantee treatment. Every patient needs an in-person evaluation with one of our physicians before any procedure. Cards never expire and are not redeemable for cash.</p>
</main>
<footer>Ridgeview Pain &amp; Infusion &middot; 4400 Quarry Blvd, Boise ID &middot; (208) 555-0117</footer>
""")

p("h6929", "https://clinicaaurora.example/pt/cetamina-precos", "clinic", False, "pt",
  "clinic-price-list-teleconsulta", "Cetamina: valores e como agendar | Clínica Aurora", """
<header><a href="/pt/" class="logo">Clínica Aurora</a> <nav><a href="/pt/tratamentos">Tratamentos</a> <a href="/pt/equipe">Equipe</a> <a href="/pt/cetamina-precos">Valores</a> <a href="/pt/agendar">Agendar</a></nav></header>
<main>
<h1>Tratamento com cetamina: valores</h1>
<p>A primeira consulta com o psiquiatra pode ser feita por teleconsulta. Se a indicação for confirmada, as sessões de cetamina são feitas na clínica, com monitorização de sinais vitais por enfermagem e observação até a alta.</p>
<table>
<tr><th>Serviço</th><th>Valor</th></tr>
<tr><td>Consulta psiquiátrica inicial (presencial ou teleconsulta)</td><td>R$ 650</td></tr>
<tr><td>Sessão de cetamina endovenosa</td><td>R$ 1.400</td></tr>
<tr><td>Pacote de 6 sessões</td><td>R$ 7.800</td></tr>
<tr><td>Sessão de escetamina (spray nasal) com observação de 2 h</td><td>conforme medicamento</td></tr>
</table>
<p>Formas de pagamento: cartão (até 6x), Pix ou transferência. Emitimos recibo para reembolso do plano de saúde.</p>
<p>Responsável técnico: Dr. Henrique Lobo, CRM-SP 000000. Rua das Acácias, 120, São Paulo.</p>
<p><a class="btn" href="/pt/agendar">Agendar teleconsulta</a></p>
</main>
""", noise="cookie-pt")

p("h6930", "https://centromenteserena.example/it/esketamina", "clinic", False, "it",
  "clinic-esketamine-outpatient", "Esketamina spray nasale - Centro Mente Serena", """
<header><a href="/it/">Centro Mente Serena</a> &middot; Poliambulatorio di psichiatria &middot; <a href="/it/contatti">Contatti</a></header>
<main>
<h1>Trattamento con esketamina spray nasale</h1>
<p>Il nostro ambulatorio offre il trattamento con esketamina per adulti con depressione resistente, in associazione a un antidepressivo orale.</p>
<h2>Prima visita anche in videochiamata</h2>
<p>La prima valutazione con la dott.ssa Chiara Benedetti o il dott. Paolo Righi può svolgersi in videochiamata. Portate (o inviate in anticipo) la documentazione sulle terapie già provate.</p>
<h2>Le somministrazioni</h2>
<p>Ogni somministrazione avviene in ambulatorio: il paziente usa lo spray sotto la supervisione del personale sanitario e resta in osservazione per almeno due ore, con controllo della pressione. Non è possibile guidare nel giorno del trattamento. Il farmaco non viene mai consegnato al paziente per l'uso a domicilio.</p>
<h2>Costi</h2>
<p>Prima visita 180 &euro;; ogni seduta di somministrazione e osservazione 120 &euro; più il costo del farmaco. Prenotazioni al numero 02 5550 1882.</p>
</main>
<footer>Centro Mente Serena srl &middot; Direttore sanitario dott. Paolo Righi &middot; Milano</footer>
""")

p("h6931", "https://clinicaequilibrio.example/reservar-consulta-online", "clinic", False, "es",
  "clinic-online-booking-deposit", "Reserva tu primera consulta online | Clínica Equilibrio", """
<main>
<h1>Reserva tu primera consulta online</h1>
<p>Tu primera cita con la Dra. Lucía Herrera, psiquiatra, puede ser por videollamada. En ella revisamos tu historia y decidimos juntos si la ketamina es una opción para ti. Las infusiones se hacen siempre en nuestra clínica de Valencia, con monitorización y personal de enfermería.</p>
<p>Para confirmar la cita pedimos un depósito de 40 &euro;, que se descuenta del precio de la consulta (120 &euro;).</p>
<form><label>Nombre <input></label> <label>Teléfono <input></label> <label>Fecha preferida <input type="date"></label> <button>Pagar depósito y reservar</button></form>
<p class="small">Clínica Equilibrio &middot; Calle de Colón 00, Valencia &middot; Registro sanitario de centro nº 00000</p>
</main>
""")

# ---------------------------------------------------------------- informational: news, guides, regulators, forums

p("h6932", "https://www.healthpolicydaily.example/2026/11/telehealth-controlled-substances-ketamine", "informational", False, "en",
  "news-telehealth-prescribing-rules", "What the new telehealth prescribing rules mean for at-home ketamine - Health Policy Daily", """
<header><a href="/">Health Policy Daily</a> <nav><a href="/policy">Policy</a> <a href="/digital-health">Digital health</a> <a href="/pharma">Pharma</a> <a href="/subscribe">Subscribe</a></nav></header>
<article>
<p class="kicker">Digital health</p>
<h1>What the new telehealth prescribing rules mean for at-home ketamine</h1>
<p class="byline">By Andrea Kowal &middot; Nov 24, 2026</p>
<p>Federal regulators have again pushed back the date on which clinicians would need to see patients in person before prescribing controlled substances by telehealth, giving virtual ketamine companies another year of breathing room while a special registration for telemedicine is finalized.</p>
<p>Ketamine is a Schedule III drug, which puts it under the same rules as other controlled substances prescribed remotely. Under the proposal, practices that want to keep prescribing without an initial in-person exam would have to register separately, check state prescription-monitoring databases, and keep records of where each patient was located during the visit.</p>
<p>Several states already go further. At least four now require an in-person examination before ketamine can be prescribed for home use, and two require that the first dose be observed by a clinician.</p>
<h2>Legitimate providers brace, impostors ignore</h2>
<p>"The companies that do video evaluations with licensed clinicians are already building for this," said Dr. Samuel Okonkwo, a psychiatrist who advises a telehealth trade group. "The problem is the other end of the market, the sites that approve people from a quiz, ship from overseas and take crypto. New rules don't change anything for them, because they weren't following the old ones."</p>
<p>Searches for "buy ketamine online" and "ketamine no appointment" have tripled since 2024, according to a search-analytics firm, and several state boards have issued warnings about sites advertising approval in minutes.</p>
<p>A spokesperson for one large telehealth provider said about a quarter of the patients it evaluates are not prescribed ketamine, and that it ships only through state-licensed pharmacies.</p>
<h2>What happens next</h2>
<p>The comment period on the special registration proposal closes in February. Until then, the current flexibilities remain in place.</p>
</article>
<aside><h3>Related</h3><ul><li><a href="#">States move to require in-person ketamine exams</a></li><li><a href="#">Spravato sales rise as more clinics get certified</a></li></ul></aside>
<footer>&copy; 2026 Health Policy Daily. <a href="/ethics">Ethics policy</a></footer>
""", noise="cookie")

p("h6933", "https://consumerhealthwatch.example/guides/real-vs-fake-ketamine-telehealth", "informational", False, "en",
  "consumer-guide-spotting-impostors", "How to tell a real ketamine telehealth service from an impostor | Consumer Health Watch", """
<header><a href="/">Consumer Health Watch</a> <nav><a href="/guides">Guides</a> <a href="/alerts">Alerts</a> <a href="/donate">Donate</a></nav></header>
<main>
<p class="crumbs"><a href="/guides">Guides</a> &gt; Online health</p>
<h1>Real telehealth or impostor? A checklist for at-home ketamine</h1>
<p>Consumer Health Watch is an independent nonprofit. We do not accept advertising from health companies.</p>
<p>Ketamine prescribed by telehealth can be legitimate: some practices evaluate patients by video, prescribe for use at home, and monitor them closely. But a growing number of websites copy the look and language of those practices and ship ketamine to anyone who fills in a form. Here's how to tell them apart.</p>
<h2>Signs of a legitimate service</h2>
<ul>
<li>You have a live video evaluation with a named clinician, and you can look up their license.</li>
<li>The clinician is licensed in the state where you are, and the site lists the states it serves.</li>
<li>They ask for your medical records and medication list, check your blood pressure, and sometimes say no.</li>
<li>A pharmacy in your state fills the prescription, after it is written.</li>
<li>They require a sitter or monitor for early sessions and schedule follow-ups.</li>
<li>You pay by card, HSA/FSA or insurance, and you get a receipt with a practice name.</li>
</ul>
<h2>Red flags</h2>
<ul>
<li>"Approved in minutes", "no appointment", "no video call", or approval shown on screen after a quiz.</li>
<li>You choose your own dose or can increase it without talking to anyone.</li>
<li>Your subscription ships before you've spoken to a clinician.</li>
<li>Medication comes from an "international partner pharmacy", or they ship to any state or country.</li>
<li>Payment by gift card, cryptocurrency, or a bank transfer abroad, or ordering through Telegram or WhatsApp.</li>
<li>The "medical team" is anonymous.</li>
</ul>
<h2>What to do if you've already ordered</h2>
<p>Don't take medication whose source and strength you can't verify. Talk to your own doctor, report the site to your state board of pharmacy, and contact your bank or card issuer. If you paid with gift cards, report it to the card issuer right away.</p>
<p class="updated">Last reviewed December 2026 by our medical advisor, Dr. Ellen Park.</p>
</main>
<footer>Consumer Health Watch &middot; 501(c)(3) nonprofit &middot; <a href="/about">About</a> &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h6934", "https://boardofpharmacy.eastlake-state.example/news/2026-12-01-unlicensed-online-ketamine", "informational", False, "en",
  "regulator-statement", "Board statement on unlicensed online ketamine sellers | Eastlake Board of Pharmacy", """
<div class="gov-banner">An official website of the State of Eastlake</div>
<header><a href="/">Eastlake Board of Pharmacy</a> <nav><a href="/licensing">Licensing</a> <a href="/verify">Verify a license</a> <a href="/complaints">File a complaint</a> <a href="/news">News</a></nav></header>
<main>
<h1>Statement on websites offering ketamine without a valid prescriber relationship</h1>
<p class="date">December 1, 2026</p>
<p>The Board has received a growing number of complaints about websites and apps that present themselves as online clinics or "wellness programs" and ship ketamine or esketamine products to Eastlake residents.</p>
<p>In the cases reviewed, patients completed an online questionnaire and were shown an approval on screen without any examination or live consultation. Products were shipped from outside the United States or from pharmacies not licensed in Eastlake, and several sites requested payment in gift cards or cryptocurrency.</p>
<p>Under Eastlake law, a prescription for a controlled substance must be issued for a legitimate medical purpose by a practitioner acting in the usual course of professional practice, and any pharmacy shipping prescription drugs to Eastlake residents must hold a nonresident pharmacy license from this Board.</p>
<p>The Board reminds the public that licensed telehealth providers may lawfully treat patients remotely when a clinician licensed in Eastlake conducts an appropriate evaluation. Patients can verify any pharmacy or prescriber at <a href="/verify">our license lookup</a>.</p>
<p>To report a website, use the <a href="/complaints">complaint form</a>.</p>
</main>
<footer>Eastlake Board of Pharmacy &middot; 200 Capitol Ave &middot; (555) 010-4400</footer>
""")

p("h6935", "https://forum.mindtalk.example/t/is-calmrx-legit-approved-in-4-minutes/88213", "informational", False, "en",
  "forum-thread-is-it-legit", "Is CalmRx legit? Approved in 4 minutes - MindTalk Forums", """
<header><a href="/">MindTalk</a> &rsaquo; <a href="/c/treatments">Treatments</a> &rsaquo; <a href="/c/treatments/ketamine">Ketamine &amp; esketamine</a></header>
<div class="thread">
<h1>Is CalmRx legit? Approved in 4 minutes</h1>
<div class="post"><p class="author">tidepool_88 &middot; 3d</p><p>Saw an ad for CalmRx, did their quiz and got a big green APPROVED screen. They want $210 for the first month and the only options that work are gift cards or Bitcoin. Never spoke to anyone. Is this normal for telehealth ketamine?</p></div>
<div class="post"><p class="author">quietlake &middot; 3d</p><p>Not normal. I'm with one of the video-visit places and my intake alone took an hour with a psych NP, plus she wanted notes from my therapist. They use a regular pharmacy in my state and I pay with my HSA card.</p></div>
<div class="post"><p class="author">moderator_jen (Mod) &middot; 3d</p><p>Reminder: no links to sellers, and no sourcing talk. Gift cards + no visit = please don't. Pinned our guide on checking a prescriber's license.</p></div>
<div class="post"><p class="author">Bex_R &middot; 2d</p><p>My sister ordered from one of those and the tablets came in a foil pack labelled in a language none of us could read. She took it to her pharmacist who had no idea what dose it was.</p></div>
<div class="post"><p class="author">tidepool_88 &middot; 1d</p><p>Thanks all. Cancelled before paying. Booked an eval with a real provider, they said they might not prescribe because of my blood pressure, which honestly made me trust them more.</p></div>
</div>
<aside><h3>Similar threads</h3><ul><li><a href="#">Spravato at a clinic vs at-home troches?</a></li><li><a href="#">What does a sitter actually do?</a></li></ul></aside>
""")

p("h6936", "https://newsbrief.example/items/44012", "informational", False, "en",
  "news-brief-snippet", "", """
Two operators of an online "ketamine wellness program" that approved customers by questionnaire and shipped lozenges from an overseas pharmacy were charged Tuesday with distributing a controlled substance, prosecutors said. Customers paid mostly in gift cards and cryptocurrency, according to the complaint.
""", ext="txt")

p("h6937", "https://careers.beaconketaminecare.example/jobs/psychiatric-nurse-practitioner-remote", "informational", False, "en",
  "careers-job-post-telehealth", "Psychiatric Nurse Practitioner (Remote) - Careers at Beacon Ketamine Care", """
<header><a href="https://www.beaconketaminecare.example/">Beacon Ketamine Care</a> <a href="/">Careers</a> <a href="/jobs">Open roles</a></header>
<main>
<h1>Psychiatric Nurse Practitioner (PMHNP) - Remote</h1>
<p>Full-time &middot; Remote (must hold an active license in CO, WA or OR) &middot; $145,000-$170,000 + benefits</p>
<h2>About the role</h2>
<p>You'll conduct 60-minute video evaluations for adults referred for ketamine treatment, decide whether treatment is appropriate, prescribe when it is, and follow a panel of patients with regular check-ins. You'll work with session guides, care coordinators and our medical director.</p>
<h2>Requirements</h2>
<ul><li>Board certification as a PMHNP</li><li>Active, unrestricted license and DEA registration in at least one of our states</li><li>Two years of outpatient psychiatry experience</li><li>Comfort saying no when treatment isn't safe</li></ul>
<h2>Benefits</h2>
<p>Medical, dental and vision; 401(k) match; CME allowance; four weeks paid time off; home-office stipend.</p>
<a class="btn" href="/jobs/psychiatric-nurse-practitioner-remote/apply">Apply now</a>
</main>
<footer>Beacon Ketamine Care is an equal opportunity employer.</footer>
""")

p("h6938", "https://verbraucherportal-gesundheit.example/ratgeber/falsche-online-kliniken-ketamin", "informational", False, "de",
  "consumer-protection-article", "Vorsicht vor falschen Online-Kliniken: Ketamin per Fragebogen | Verbraucherportal Gesundheit", """
<header><a href="/">Verbraucherportal Gesundheit</a> <nav><a href="/ratgeber">Ratgeber</a> <a href="/warnungen">Warnungen</a> <a href="/beratung">Beratung</a></nav></header>
<article>
<h1>Vorsicht vor falschen Online-Kliniken: Ketamin per Fragebogen</h1>
<p class="stand">Stand: 28.11.2026</p>
<p>Auf Instagram und TikTok werben seit einigen Monaten Anbieter, die sich als „Online-Klinik" oder „ärztlich entwickeltes Wellness-Programm" ausgeben und Ketamin-Lutschtabletten oder Esketamin-Nasenspray nach Hause schicken. Die Zulassung erfolgt angeblich nach einem kurzen Fragebogen, ein Arztgespräch findet nicht statt.</p>
<p>Esketamin-Nasenspray ist in Deutschland ein verschreibungspflichtiges Arzneimittel, das in der Praxis oder Klinik unter ärztlicher Aufsicht angewendet wird. Ein Versand zur Anwendung zu Hause ist nicht vorgesehen. Ketamin unterliegt als Arzneimittel ebenfalls der Verschreibungspflicht.</p>
<h2>Daran erkennen Sie unseriöse Angebote</h2>
<ul>
<li>„Kein Termin nötig", Freigabe direkt am Bildschirm</li>
<li>Sie wählen Ihre Dosis selbst</li>
<li>Versand aus einer „Partnerapotheke" außerhalb der EU</li>
<li>Zahlung per Paysafecard, Gutschein oder Kryptowährung</li>
<li>kein vollständiges Impressum</li>
</ul>
<p>Seriöse Videosprechstunden gibt es: Dort führt eine namentlich genannte Ärztin oder ein Arzt ein Gespräch mit Ihnen und kann Sie bei Bedarf an ein Behandlungszentrum überweisen.</p>
<p>Wenn Sie bereits bestellt haben, nehmen Sie das Präparat nicht ein und wenden Sie sich an Ihre Hausarztpraxis. Verdächtige Seiten können Sie der zuständigen Landesbehörde melden.</p>
</article>
""", noise="cookie-de")

p("h6939", "https://actu-sante.example/2026/11/29/esketamine-faux-sites-teleconsultation", "informational", False, "fr",
  "news-article", "Eskétamine : de faux sites de téléconsultation vendent le spray sans rendez-vous - Actu Santé", """
<header><a href="/">Actu Santé</a> <nav><a href="/medicaments">Médicaments</a> <a href="/numerique">Santé numérique</a> <a href="/abonnement">S'abonner</a></nav></header>
<article>
<h1>Eskétamine : de faux sites de téléconsultation vendent le spray sans rendez-vous</h1>
<p class="signature">Par Camille Roussel &middot; 29 novembre 2026</p>
<p>Ils reprennent les codes des plateformes de téléconsultation : photos de médecins souriants, parcours en trois étapes, badge « données sécurisées ». Mais sur ces sites, aucun médecin ne voit le patient. Un questionnaire de quelques minutes suffit pour obtenir une « validation » affichée à l'écran, puis le client choisit son dosage et paie, souvent en carte cadeau ou en cryptomonnaie.</p>
<p>« L'eskétamine est délivrée dans un cadre hospitalier ou en établissement, avec une surveillance d'au moins deux heures après chaque prise », rappelle le Dr Hugo Marchand, psychiatre à Lyon. « Un flacon envoyé par la poste, sans évaluation, n'a rien d'un traitement. »</p>
<p>Plusieurs de ces sites indiquent expédier depuis une « pharmacie partenaire » hors de l'Union européenne et livrer « dans toute la francophonie ». Les autorités sanitaires ont été saisies de signalements, selon nos informations.</p>
<p>La téléconsultation en psychiatrie reste légitime : un médecin peut évaluer un patient par vidéo et l'orienter vers un centre habilité pour un traitement par eskétamine.</p>
</article>
<aside><h3>À lire aussi</h3><ul><li><a href="#">Dépression résistante : où en est l'accès à l'eskétamine ?</a></li></ul></aside>
""", noise="cookie-fr")

p("h6940", "https://forum.gezondpraten.example/topic/online-kliniek-ketamine-instagram", "informational", False, "nl",
  "forum-thread", "Online 'kliniek' met ketamine via Instagram? - GezondPraten forum", """
<header><a href="/">GezondPraten</a> &rsaquo; <a href="/forum/psyche">Psyche &amp; depressie</a></header>
<div class="topic">
<h1>Online 'kliniek' met ketamine via Instagram?</h1>
<div class="bericht"><p class="naam">Marloes_77</p><p>Ik krijg steeds advertenties van een "online kliniek" die ketamine thuis stuurt na een vragenlijst. Geen gesprek met een arts, betalen met Bitcoin of een cadeaukaart. Heeft iemand ervaring? Ik loop al jaren vast met antidepressiva.</p></div>
<div class="bericht"><p class="naam">Jeroen_B</p><p>Niet doen. Esketamine krijg je hier in het ziekenhuis of bij een behandelcentrum, na een verwijzing en een intake bij een psychiater. Je blijft daar na elke keer twee uur onder toezicht.</p></div>
<div class="bericht"><p class="naam">zonnebloem</p><p>Ik heb het traject in een ziekenhuis gedaan. Het eerste gesprek was via beeldbellen, de behandelingen zelf op de afdeling. Vraag je huisarts om een verwijzing.</p></div>
<div class="bericht"><p class="naam">Moderator_Sanne</p><p>Links naar verkopers zijn verwijderd. Meld zulke advertenties bij het platform en bij de inspectie.</p></div>
</div>
""", noise="cookie-nl")

save(OUT, R)
