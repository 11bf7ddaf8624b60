# Batch 118 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Few words". Most pages are short or fragmentary (roughly 10-250 words of visible text), so the
# URL and the page title carry much of the signal: shop payment, shipping, order-status, returns and
# contact pages that barely or never name the product, a link-in-bio page, Telegram and WhatsApp channel
# descriptions, an age gate and a login wall, customer-service replies, product cards and a search-result
# snippet; telehealth and clinic pages that are equally short (booking confirmations, hours and
# directions, insurance and billing notes, a prescriber card, a pharmacy-partner note, a patient-portal
# sign-in); and brief informational items (news briefs, a regulator alert box, glossary and lexicon
# entries, a forum one-liner, a drug-checking note, a job post, a directory result list).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: five medium/long pages with site chrome (menus, cookie banners, sidebars, footers), many
# short HTML fragments, and six plain-text snippets (ext="txt").
# Author: independent. Date: 2026-12-07.
# Run: python3 batch118.py (writes batch118/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch118")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h11801", "https://ketacrystal-direct.example/pages/payment-methods", "seller", True, "en",
  "shop-payment-page-product-unnamed", "Payment Methods | KetaCrystal Direct", """
<header>
<a class="logo" href="/">KETACRYSTAL <span>direct</span></a>
<nav><a href="/collections/all">Shop</a> <a href="/pages/shipping">Shipping</a> <a href="/pages/payment-methods">Payment</a> <a href="/pages/track">Track order</a> <a href="/cart">Cart</a></nav>
</header>
<main>
<h1>How to pay</h1>
<p>We keep it simple. Orders are held for 12 hours while we wait for your payment, then released.</p>
<ul>
<li><b>Bitcoin (BTC)</b> &ndash; 10% off automatically at checkout</li>
<li><b>Monero (XMR)</b> &ndash; 15% off, preferred</li>
<li><b>USDT (TRC-20)</b></li>
<li><b>Amazon / Apple gift cards</b> &ndash; send the code by e-mail, 20% fee</li>
</ul>
<p>Do not write anything in the payment reference. No names, no product names.</p>
<p>No prescription or doctor's note is needed for anything in the store.</p>
</main>
<footer><p>&copy; KetaCrystal Direct &middot; <a href="/pages/contact">Contact</a> &middot; Support on Telegram 10:00&ndash;22:00 CET</p></footer>
""", noise="cookie")

p("h11802", "https://dissociative-labs.example/shipping", "seller", True, "en",
  "research-chem-shipping-page", "Shipping & Stealth - Dissociative Labs (research chemicals)", """
<h1>Shipping</h1>
<p>All orders leave within 24h (Mon&ndash;Fri). Vacuum sealed twice, smell-proof, packed inside an ordinary retail item. No company name on the label.</p>
<table>
<tr><td>EU tracked</td><td>3&ndash;6 days</td><td>&euro;15</td></tr>
<tr><td>UK / US / CA</td><td>7&ndash;14 days</td><td>&euro;25</td></tr>
<tr><td>AU express</td><td>10&ndash;18 days</td><td>&euro;40</td></tr>
</table>
<p><b>Customs:</b> if your parcel is seized we reship once for free. Send us the seizure letter or a photo of the tracking page.</p>
<p class="small">All products are sold for laboratory research only. Not for human consumption.</p>
""")

p("h11803", "https://shardhouse.example/account/orders/KT-20931", "seller", True, "en",
  "order-status-page", "Order KT-20931 - Shardhouse", """
<h2>Order #KT-20931</h2>
<p>Status: <b>Packed &ndash; stealth</b> &#10003; Payment received (0.0061 BTC)</p>
<table class="items">
<tr><td>Ketamine HCl &ndash; needle shards 5 g</td><td>x2</td><td>$190.00</td></tr>
<tr><td>Free sample: 0.5 g (loyalty)</td><td>x1</td><td>$0.00</td></tr>
</table>
<p>Shipping: Discreet Priority &middot; Tracking number will appear here within 48h.</p>
<p><a href="/account">Back to my account</a></p>
""")

p("h11804", "https://bio.linkpage.example/k.white.plug", "seller", True, "en",
  "link-in-bio-page", "k.white.plug | links", """
<div class="profile">
<img src="/avatars/kwp.png" alt="">
<h1>@k.white.plug</h1>
<p>&#10052; K crystals &amp; powder &middot; 2C &middot; vals<br>ships EU + UK &#128230; stealth<br>&#129309; no questions no scripts</p>
</div>
<a class="btn" href="https://t.me/kwhiteplugmenu">&#128203; MENU (Telegram)</a>
<a class="btn" href="https://wa.me/000000000">&#128172; Order on WhatsApp</a>
<a class="btn" href="/k.white.plug/reviews">&#11088; Reviews</a>
<a class="btn" href="/k.white.plug/crypto">&#8383; How to pay with crypto</a>
""")

p("h11805", "https://t.me/s/ket_nl_shards", "seller", True, "en",
  "telegram-channel-description", "Telegram: Contact @ket_nl_shards", """
KET NL SHARDS
4 812 subscribers
Dutch ket, 98% test results pinned. 1g / 5g / 10g / 25g. Post worldwide, dead drops Amsterdam & Rotterdam. Escrow ok. Order DM @ketNL_admin only. New menu every Monday.
""", ext="txt")

p("h11806", "https://whatsapp.com/channel/ketamina-cristal-esp", "seller", True, "es",
  "whatsapp-channel-description", "Ketamina Cristal España | Canal de WhatsApp", """
<div class="channel">
<h1>Ketamina Cristal España</h1>
<p>Canal &middot; 2,3 mil seguidores</p>
<p>Ketamina de calidad, cristal y polvo. Envío discreto a toda España en 24/48 h y entrega en mano en Madrid y Valencia. Sin receta, sin preguntas. Pedidos solo por mensaje privado. Pago en Bizum o cripto.</p>
<a href="#">Seguir</a>
</div>
""")

p("h11807", "https://ketamin-forschung-shop.example/", "seller", True, "de",
  "age-gate-research-chem-shop", "Altersprüfung – Ketamin Forschung Shop", """
<div class="agegate">
<h1>Bist du mindestens 18 Jahre alt?</h1>
<p>Dieser Shop verkauft Forschungschemikalien (u. a. 2-FDCK, O-PCE, Ketamin-Analoga). Nur für Laborzwecke, nicht zum menschlichen Verzehr.</p>
<button>Ja, ich bin 18+</button> <button>Nein</button>
</div>
""", noise="cookie-de")

p("h11808", "https://support.cristal-k-france.example/ticket/48210", "seller", True, "fr",
  "customer-service-reply", "Re: Colis bloqué – ticket #48210", """
Bonjour Julien,

Merci pour votre message. Nous avons vérifié : votre colis (2 x 5 g de kétamine) a été retenu par la douane à Roissy. Pas d'inquiétude, comme indiqué dans nos conditions nous réexpédions une fois gratuitement. Le nouveau colis part demain dans un emballage différent, à une autre adresse si vous préférez (répondez simplement à ce ticket).

Pour votre prochaine commande, payez en XMR pour bénéficier de 10 % de remise.

Cordialement,
Léa – service client
""", ext="txt")

p("h11809", "https://partyshop-k.example/nl/product/ketamine-hcl-10g", "seller", True, "nl",
  "product-card", "Ketamine HCl 10 gram kopen – PartyShop K", """
<div class="card">
<img src="/img/k10.jpg" alt="zakje kristallen">
<h3>Ketamine HCl &ndash; 10 gram</h3>
<p class="price">&euro; 180,00 <small>incl. verzending</small></p>
<p>&#10003; Geen recept nodig &middot; &#10003; Discreet verpakt &middot; &#10003; Morgen in huis</p>
<button>In winkelmand</button>
</div>
""")

p("h11810", "https://cetamina-vet-brasil.example/entrar?voltar=/produto/cetamina-10-50ml", "seller", True, "pt",
  "login-wall-vet-product", "Entrar – Cetamina Vet Brasil", """
<div class="login">
<h2>Entre para ver preços</h2>
<p>Preços e estoque só para clientes cadastrados. Cadastro rápido, não exigimos CRMV nem receita veterinária.</p>
<form><input placeholder="E-mail"> <input type="password" placeholder="Senha"> <button>Entrar</button></form>
<p><a href="/cadastro">Criar conta</a> &middot; Dúvidas? Chame no WhatsApp.</p>
</div>
""")

p("h11811", "https://search.example/search?q=ketamine+nasal+spray+buy", "seller", True, "en",
  "search-result-snippet", "Search result: ketamine nasal spray buy", """
rxfreepharma-online.example > ketamine-nasal-spray
Buy Ketamine Nasal Spray Online Without Prescription | Overnight ...
Order ketamine nasal spray 100 mg/ml with no Rx needed. Discreet overnight delivery to USA, UK and Canada. Pay by Bitcoin or Zelle. 100% delivery guarantee ...
""", ext="txt")

p("h11812", "https://esketa-quick.example/get-started", "seller", True, "en",
  "fake-telehealth-questionnaire-only", "Esketamine Nasal Spray at Home – Approved in Minutes | EsketaQuick", """
<header>
<a class="logo" href="/">EsketaQuick</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/reviews">Reviews</a> <a href="/faq">FAQ</a> <a class="cta" href="/get-started">Get started</a></nav>
</header>
<main>
<h1>Feel better this week.</h1>
<p>Esketamine nasal spray delivered to your door. No appointments, no waiting rooms, no video calls.</p>
<ol>
<li>Answer 7 quick questions (2 minutes)</li>
<li>Get approved instantly &ndash; 99% of applicants are</li>
<li>Your spray ships the same day</li>
</ol>
<p class="price">From $149 per device &middot; Buy 3, get 1 free</p>
<a class="cta big" href="/questionnaire">Start my questionnaire</a>
<aside class="faq">
<h3>Do I need a prescription?</h3>
<p>No. Your questionnaire answers are all we need.</p>
<h3>Will I talk to a doctor?</h3>
<p>Only if you want to &ndash; you can message our wellness team any time.</p>
</aside>
</main>
<footer>
<p>EsketaQuick is a wellness brand. Statements have not been evaluated by the FDA. &copy; 2026</p>
<p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; We accept Visa, Mastercard, Cash App and crypto</p>
</footer>
""", noise="cookie")

p("h11813", "https://acx-research-store.example/policies/returns", "seller", True, "en",
  "returns-page-product-unnamed", "Returns & Reship Policy – ACX Research Store (arylcyclohexylamines)", """
<h1>Returns &amp; Reship</h1>
<p>Because of the nature of our research compounds we cannot accept returns or refunds once an order has shipped.</p>
<p>Seized or lost parcels: one free reship per customer every 90 days. Open a ticket with your order number within 30 days of dispatch.</p>
<p>Wrong item? Keep it, we'll send the correct one.</p>
<p>Products are not for human use. By ordering you confirm you are a researcher.</p>
""")

p("h11814", "https://ketamina-express-mx.example/contacto", "seller", True, "es",
  "contact-page-telegram-ordering", "Contacto – Ketamina Express MX", """
<h1>Contacto</h1>
<p>Pedidos y dudas únicamente por Telegram: <b>@kexpress_mx</b></p>
<p>Pago en USDT o depósito OXXO. Envíos a toda la República en paquete discreto, CDMX entrega el mismo día.</p>
<p>No hacemos llamadas. No pedimos receta.</p>
""", noise="cookie-es")

# ---------------------------------------------------------------- telehealth (9)

p("h11815", "https://clearpath-ketamine-care.example/clinicians/anjali-rao-md", "telehealth", False, "en",
  "prescriber-card", "Anjali Rao, MD – Psychiatrist | ClearPath Ketamine Care", """
<div class="clinician">
<img src="/team/rao.jpg" alt="Dr. Anjali Rao">
<h1>Anjali Rao, MD</h1>
<p>Board-certified psychiatrist &middot; Licensed in CA, OR and WA</p>
<p>Dr. Rao meets every new patient by video for a 60-minute psychiatric evaluation before deciding whether at-home ketamine treatment is appropriate. She reviews your progress at each follow-up visit.</p>
<a href="/book?clinician=rao">Book a video evaluation</a>
</div>
""")

p("h11816", "https://quietmind-telepsych.example/help/pharmacy-partner", "telehealth", False, "en",
  "pharmacy-partner-note", "Our pharmacy partner – QuietMind Help Center", """
<h2>Who fills my prescription?</h2>
<p>If your QuietMind clinician prescribes ketamine after your video assessment, the prescription is sent electronically to our partner, a state-licensed 503A compounding pharmacy. Nothing is shipped before a prescription exists.</p>
<p>Orders ship in plain packaging by UPS with adult signature required. Refills are only released after your monthly check-in with your clinician.</p>
""")

p("h11817", "https://portal.lumen-ketamine-telehealth.example/login", "telehealth", False, "en",
  "patient-portal-login-wall", "Sign in – Lumen Patient Portal", """
<div class="login">
<h1>Welcome back</h1>
<p>Sign in to see your upcoming video visits, message your care team and complete your pre-session check.</p>
<form><input type="email" placeholder="Email"> <input type="password" placeholder="Password"> <button>Sign in</button></form>
<p><a href="/forgot">Forgot password?</a> &middot; New patient? <a href="https://lumen-ketamine-telehealth.example/eligibility">Check eligibility</a></p>
</div>
""")

p("h11818", "https://northstar-virtual-kat.example/insurance", "telehealth", False, "en",
  "insurance-and-membership-note", "Insurance & Pricing | Northstar Virtual Ketamine-Assisted Therapy", """
<header>
<a class="logo" href="/">Northstar</a>
<nav><a href="/how-it-works">How it works</a> <a href="/team">Our clinicians</a> <a href="/insurance">Insurance &amp; pricing</a> <a href="/safety">Safety</a> <a href="/login">Log in</a></nav>
</header>
<main>
<h1>Insurance &amp; pricing</h1>
<p>We are out-of-network with all insurers. After each visit we give you a superbill you can submit for possible reimbursement. HSA and FSA cards are accepted.</p>
<h2>Membership &ndash; $229/month</h2>
<ul>
<li>Initial 45-minute video evaluation with a psychiatric nurse practitioner</li>
<li>Monthly video follow-up and unlimited messaging</li>
<li>Two integration sessions with a licensed therapist</li>
</ul>
<p>Medication, if prescribed, is billed separately by our partner pharmacy (typically $60&ndash;$110 a month).</p>
<p>Not everyone is a candidate. If your clinician decides ketamine is not right for you, your first month is refunded.</p>
</main>
<footer><p>Northstar Health PLLC &middot; Services available in CO, TX, FL and NY &middot; If you are in crisis call or text 988.</p></footer>
""", noise="cookie")

p("h11819", "https://help.evenkeel-health.example/conversation/771204", "telehealth", False, "en",
  "customer-service-reply", "Re: When will my kit ship?", """
Hi Jordan,

Thanks for your patience! Your intake form is complete, but we can't send your treatment kit until you've had your video evaluation with your nurse practitioner, Carla Mendes, NP. I see your appointment was missed on Tuesday - you can pick a new time here: evenkeel-health.example/reschedule

Once Carla writes the prescription, our partner pharmacy usually ships within 2 business days.

Warmly,
Sam, Care Coordinator
""", ext="txt")

p("h11820", "https://tidewell-telehealth.example/booking/confirmed?ref=TW-5532", "telehealth", False, "en",
  "booking-confirmation-video", "You're booked – Tidewell", """
<div class="confirm">
<h1>&#10003; Your video consultation is confirmed</h1>
<p><b>Thursday 15 January, 10:30 a.m. PT</b> with Dr. Marcus Hale, MD (psychiatry)</p>
<p>Before your visit: have your photo ID ready, a home blood-pressure reading from today, and a list of your current medications. Join from a private, quiet room.</p>
<p><a href="/visit/TW-5532">Join link</a> (opens 10 minutes before) &middot; <a href="/booking/TW-5532/reschedule">Reschedule</a></p>
</div>
""")

p("h11821", "https://psychiatrie-online.example/esketamin", "telehealth", False, "de",
  "virtual-psychiatry-referral-note", "Esketamin-Abklärung per Videosprechstunde | Psychiatrie Online", """
<h1>Esketamin: Abklärung per Video</h1>
<p>Unsere Fachärztinnen und Fachärzte für Psychiatrie prüfen in der Videosprechstunde, ob eine therapieresistente Depression vorliegt und eine Behandlung mit Esketamin-Nasenspray infrage kommt.</p>
<p>Die Anwendung selbst findet nicht online statt, sondern unter Aufsicht in einer unserer Partnerpraxen. Wir senden Befund und Überweisung direkt dorthin.</p>
<p><a href="/termin">Videotermin vereinbaren</a></p>
""", noise="cookie-de")

p("h11822", "https://telepsiq-brasil.example/escetamina", "telehealth", False, "pt",
  "telepsychiatry-referral", "Escetamina: avaliação online | TelePsiq", """
<h1>Avaliação online para escetamina</h1>
<p>Consulta por vídeo com psiquiatra (CRM ativo) para avaliar depressão resistente ao tratamento. Se houver indicação, você recebe encaminhamento e relatório para um centro parceiro, onde o spray nasal é aplicado com monitoramento.</p>
<p>Consulta: R$ 380 &middot; Atendemos todo o Brasil.</p>
<a href="/agendar">Agendar teleconsulta</a>
""", noise="cookie-pt")

p("h11823", "https://mentesana-televisita.example/faq/ketamina-a-casa", "telehealth", False, "it",
  "telehealth-faq-item", "Posso ricevere la ketamina a casa? – FAQ MenteSana Televisita", """
<div class="faq-item">
<h2>Posso ricevere la ketamina a casa?</h2>
<p>No. Con MenteSana fai la prima visita psichiatrica in video e i controlli successivi online. Se lo psichiatra ritiene indicata l'esketamina, ti prenota la somministrazione presso un centro autorizzato convenzionato vicino a te. Non spediamo farmaci.</p>
</div>
""")

# ---------------------------------------------------------------- clinics (8)

p("h11824", "https://harborlight-infusion.example/visit", "clinic", False, "en",
  "hours-and-directions", "Hours & Directions – Harborlight Ketamine Infusion Center", """
<h1>Visit us</h1>
<p>412 Wharf Street, Suite 210, Portland, ME</p>
<p>Mon&ndash;Fri 8:00&ndash;18:00 &middot; Sat infusions by appointment &middot; Closed Sundays</p>
<p>Free parking behind the building. Use the side entrance; our recovery rooms are on the second floor (elevator available).</p>
<p>You'll need someone to drive you home after every infusion.</p>
""")

p("h11825", "https://stillwater-ketamine.example/appointments/confirmation", "clinic", False, "en",
  "booking-confirmation-infusion", "Appointment confirmed – Stillwater Ketamine Clinic", """
<h2>Your infusion is booked</h2>
<p>Monday 12 January &middot; 9:00 a.m. &middot; Room 3</p>
<ul>
<li>No food for 4 hours beforehand; clear fluids until 2 hours before.</li>
<li>Arrive 15 minutes early for vitals.</li>
<li>Bring a driver &ndash; you cannot drive until the next day.</li>
</ul>
<p>Need to change it? Call (555) 014-2290 at least 48 hours ahead to avoid the $100 late-cancellation fee.</p>
""")

p("h11826", "https://evergreen-infusion-partners.example/billing", "clinic", False, "en",
  "billing-page-with-chrome", "Billing & Payments | Evergreen Infusion Partners", """
<header>
<a class="logo" href="/">Evergreen Infusion Partners</a>
<nav><a href="/treatments">Treatments</a> <a href="/spravato">Spravato</a> <a href="/providers">Providers</a> <a href="/billing">Billing</a> <a href="/contact">Contact</a> <a class="btn" href="/book">Book a consult</a></nav>
</header>
<main>
<h1>Pay your bill</h1>
<p>Enter the account number printed on your statement to pay securely online.</p>
<form><input placeholder="Account number"> <input placeholder="Date of birth"> <button>Continue</button></form>
<h2>Self-pay prices</h2>
<table>
<tr><td>Consultation with our anesthesiologist</td><td>$250</td></tr>
<tr><td>IV ketamine infusion (depression protocol)</td><td>$475</td></tr>
<tr><td>Series of six infusions (prepaid)</td><td>$2,550</td></tr>
</table>
<p>Spravato treatment is billed to your insurance; we handle the prior authorisation. A $100 deposit holds your first infusion and is applied to your bill.</p>
<p>We accept HSA/FSA, major cards and CareCredit.</p>
</main>
<aside><h3>Questions?</h3><p>Billing office: Tue&ndash;Thu 9&ndash;3 &middot; billing@evergreen-infusion-partners.example</p></aside>
<footer><p>2200 Cedar Ave, Bellevue, WA &middot; <a href="/privacy">Notice of privacy practices</a> &middot; &copy; 2026</p></footer>
""", noise="cookie")

p("h11827", "https://riverbend-psychiatry.example/spravato", "clinic", False, "en",
  "rems-centre-snippet", "Spravato Treatment Center – Riverbend Psychiatry", """
Riverbend Psychiatry is a certified Spravato (esketamine) treatment center. You take the nasal spray here in our office and stay at least two hours while our nurse monitors you. Plan for a ride home.
""", ext="txt")

p("h11828", "https://clinicaserena-ketamina.example/como-llegar", "clinic", False, "es",
  "hours-and-directions", "Horario y cómo llegar – Clínica Serena (ketamina intravenosa, Madrid)", """
<h1>Cómo llegar</h1>
<p>Calle de Alcalá 214, 2.º izquierda, 28028 Madrid &middot; Metro Ventas (L2, L5)</p>
<p>Lunes a viernes de 9:00 a 19:00. Las sesiones de ketamina intravenosa se realizan con cita previa y bajo supervisión de anestesista.</p>
<p>Venga acompañado: no podrá conducir el día de la sesión.</p>
""", noise="cookie-es")

p("h11829", "https://chu-exemple.example/services/centre-douleur/consultation-ketamine", "clinic", False, "fr",
  "hospital-department-note", "Consultation kétamine – Centre d'évaluation et de traitement de la douleur | CHU", """
<h1>Cures de kétamine en hôpital de jour</h1>
<p>Réservées aux patients suivis par le Centre douleur, sur indication d'un médecin algologue.</p>
<p>Prise de rendez-vous : secrétariat du lundi au vendredi, 8 h 30 &ndash; 16 h 30, au 03 00 00 00 00. Pensez à apporter votre carte Vitale et votre ordonnance de liaison.</p>
""", noise="cookie-fr")

p("h11830", "https://ambulatorio-sanluca.example/esketamina", "clinic", False, "it",
  "clinic-whatsapp-appointments", "Esketamina spray nasale – Ambulatorio San Luca, Milano", """
<h1>Trattamento con esketamina</h1>
<p>Centro autorizzato per la somministrazione di esketamina spray nasale nella depressione resistente. Ogni seduta si svolge in ambulatorio con monitoraggio medico di due ore.</p>
<p>Per la prima visita psichiatrica serve la richiesta del medico curante.</p>
<p>&#128222; Prenotazioni anche su WhatsApp: 02 0000 0000 (lun&ndash;ven 9&ndash;17)</p>
""")

p("h11831", "https://ziekenhuis-rijnoever.example/pijnpoli/ketamine-infuus", "clinic", False, "nl",
  "hospital-pain-clinic-short", "Ketamine-infuus – Pijnpolikliniek | Ziekenhuis Rijnoever", """
<h1>Ketamine-infuus</h1>
<p>Bij sommige vormen van zenuwpijn kan de pijnspecialist een ketamine-infuus voorstellen. U krijgt het infuus in dagbehandeling, route 42, tweede verdieping.</p>
<p>Een verwijzing van uw huisarts of specialist is nodig. Neem iemand mee die u naar huis brengt.</p>
""", noise="cookie-nl")

# ---------------------------------------------------------------- informational (9)

p("h11832", "https://coastaldaily.example/news/2026/11/port-ketamine-seizure", "informational", False, "en",
  "news-brief-with-chrome", "Port officers seize 12 kg of ketamine hidden in tile shipment | Coastal Daily", """
<header>
<a class="masthead" href="/">The Coastal Daily</a>
<nav><a href="/news">News</a> <a href="/crime">Crime</a> <a href="/business">Business</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a> <a href="/subscribe">Subscribe</a></nav>
</header>
<article>
<p class="kicker">News in brief</p>
<h1>Port officers seize 12 kg of ketamine hidden in tile shipment</h1>
<p class="byline">By staff reporter &middot; 18 November 2026</p>
<p>Border officers found 12 kilograms of ketamine packed inside a container of ceramic floor tiles on Monday. Two men were arrested.</p>
<p>Investigators said the drug was to be sold through Telegram channels advertising "stealth shipping" at around $30 a gram. Police warned that online sellers frequently take payment and never deliver.</p>
</article>
<aside class="most-read"><h3>Most read</h3><ol><li>Ferry timetable changes from December</li><li>Council approves harbour walk</li><li>High-school football: Falcons reach final</li></ol></aside>
<footer><p>&copy; 2026 Coastal Daily Media &middot; <a href="/contact">Contact the newsroom</a></p></footer>
""", noise="cookie")

p("h11833", "https://pharmacy-board.example/alerts/online-ketamine-sellers", "informational", False, "en",
  "regulator-alert-box", "Consumer Alert: Unlicensed online ketamine sellers | State Board of Pharmacy", """
<div class="alert alert-warning">
<strong>Consumer alert</strong>
<p>The Board has received reports of websites and social-media accounts selling ketamine and "esketamine nasal spray" without a prescription. These sellers are not licensed. Products may be counterfeit or contaminated. Do not send payment by crypto or gift card. Report sites to the Board.</p>
<a href="/complaints">File a complaint</a>
</div>
""")

p("h11834", "https://medglossary.example/k/ketamine", "informational", False, "en",
  "glossary-entry", "Ketamine – definition | MedGlossary", """
<dl>
<dt>ketamine <span class="pron">(KEE-tuh-meen)</span></dt>
<dd>A dissociative anaesthetic that blocks NMDA glutamate receptors. Used for anaesthesia and sedation, for some kinds of pain and, at lower doses, for treatment-resistant depression. Its S-enantiomer, esketamine, is given as a nasal spray. Related terms: <a href="/d/dissociation">dissociation</a>, <a href="/n/nmda-receptor">NMDA receptor</a>.</dd>
</dl>
""")

p("h11835", "https://forum.bluelight-talk.example/threads/no-rx-ket-sites.88213/", "informational", False, "en",
  "forum-one-liner", "no rx ket sites? | Bluelight Talk", """
re: no rx ket sites?
pretty sure every one of those "no prescription" ket sites is a scam, paid $300 in btc last spring and never saw a thing. don't bother.
""", ext="txt")

p("h11836", "https://checkit-drugtest.example/results/2026-11-ketamine", "informational", False, "en",
  "drug-checking-note", "November results: samples sold as ketamine | CheckIt drug checking", """
<h2>Samples sold as ketamine &ndash; November</h2>
<p>We tested 14 samples handed in as ketamine. 9 were ketamine only, 3 contained 2F-deschloroketamine, 1 contained 3-MMC and 1 was caffeine.</p>
<p>Lower doses of analogues can last much longer than expected. Free, anonymous testing every Thursday 18:00&ndash;21:00.</p>
""")

p("h11837", "https://careers.example/jobs/rn-infusion-nurse-denver-58321", "informational", False, "en",
  "job-post", "Registered Nurse – Ketamine Infusion (Denver, CO) | Careers", """
<h1>Registered Nurse &ndash; Ketamine Infusion</h1>
<p>Full-time &middot; Denver, CO &middot; $42&ndash;$51/hr</p>
<p>Outpatient mental-health practice seeks an RN to start IVs, monitor patients during ketamine infusions and Spravato sessions, and document vitals. ACLS required; 2 years ICU, PACU or ED experience preferred.</p>
<a href="/apply/58321">Apply</a>
""")

p("h11838", "https://arzneistoff-lexikon.example/e/esketamin", "informational", False, "de",
  "lexicon-entry", "Esketamin – Arzneistofflexikon", """
<h1>Esketamin</h1>
<p>S-Enantiomer des Ketamins, NMDA-Rezeptor-Antagonist. Als Nasenspray zugelassen zur Behandlung therapieresistenter Depressionen in Kombination mit einem Antidepressivum; Anwendung nur unter ärztlicher Aufsicht. Häufige Nebenwirkungen: Dissoziation, Schwindel, Übelkeit, Blutdruckanstieg.</p>
<p>Siehe auch: <a href="/k/ketamin">Ketamin</a></p>
""")

p("h11839", "https://lejournal-regional.example/faits-divers/2026/11/reseau-ketamine-snapchat", "informational", False, "fr",
  "news-brief", "Un réseau de vente de kétamine via Snapchat démantelé à Lille", """
<article>
<h1>Un réseau de vente de kétamine via Snapchat démantelé à Lille</h1>
<p>Trois personnes ont été interpellées mardi. Selon le parquet, elles proposaient de la kétamine sur Snapchat et livraient à domicile, le gramme étant vendu entre 40 et 50 euros. Près de 800 grammes et 6 000 euros en espèces ont été saisis.</p>
</article>
""", noise="cookie-fr")

p("h11840", "https://guiasaude-pt.example/diretorio?q=cetamina&local=lisboa", "informational", False, "pt",
  "directory-results", "3 resultados para «cetamina» em Lisboa – Guia Saúde", """
<h1>3 resultados para «cetamina» em Lisboa</h1>
<ul class="results">
<li><a href="/c/clinica-alvalade-saude-mental">Clínica Alvalade Saúde Mental</a> &ndash; psiquiatria, escetamina intranasal &middot; Alvalade</li>
<li><a href="/c/hospital-lisboa-dor">Unidade de Dor, Hospital de Lisboa</a> &ndash; consulta da dor &middot; Areeiro</li>
<li><a href="/c/centro-mente-estrela">Centro Mente Estrela</a> &ndash; psiquiatria e psicoterapia &middot; Estrela</li>
</ul>
<p class="small">O Guia Saúde é um diretório independente. Confirme sempre com o prestador.</p>
""", noise="cookie-pt")

save(OUT, R)
