# Batch 33 of the hand-written dev set: 40 pages, written 2026-12-08 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "where the categories meet" -- pages whose shape (help article, location list, directory,
# price table, contact page) does not by itself say which kind of site they belong to.
# Mix: 12 telehealth, 11 clinic, 12 informational, 5 sellers (flagged); 22 English, 18 in
# es (4), fr (4), de (3), nl (3), pt (2), it (2).
# Shapes: telehealth help-center articles (delivery windows, Spanish pharmacy transfer, HSA/FSA and
# billing, German membership cancellation, refill timing, French "what's in the box", lost package),
# Dutch terms of service, state availability list, Portuguese support contact page, onboarding
# e-mail (plain text), app-store release notes (plain text); clinics: multi-location "find a
# location" page, German university-hospital department listing three sites, provider directory,
# parking and directions, after-visit instructions (plain text), infusion FAQ mentioning virtual
# follow-ups, KAP practice page on video integration sessions, Spanish "how to get here", French
# Spravato centre practical information, Dutch mental-health-trust locations page, Italian clinic's
# team directory; informational: third-party clinic directory with prices and "book" links,
# telehealth review page, comparison table of clinics and at-home services, insurer in-network
# Spravato list, professional-association member search, cost guide, "best clinics in Denver"
# listicle, German newswire press release, Spanish clinical-trial site list, French clinic
# directory, Italian listicle, Dutch patient-review site; sellers: fake "directory" whose every
# listing points to one shop, questionnaire-only "online clinic" shipping vials (help article),
# Spanish seller help centre (payment and shipping), Portuguese "online clinic" selling esketamine
# spray without prescription, French seller order-tracking / lost parcel page.
# Author: independent. Date: 2026-12-08.
# Run: python3 batch33.py (writes batch33/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch33")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- telehealth: help, logistics, account

p("h3301", "https://help.stillwaterhealth.example/articles/delivery-windows", "telehealth", False, "en",
  "telehealth-help-center-delivery-windows-article", "When will my order arrive? | Stillwater Help Center", """
<header><a href="/">Stillwater Help Center</a>
<nav><a href="/categories/getting-started">Getting started</a> <a href="/categories/orders-shipping">Orders &amp; shipping</a> <a href="/categories/billing">Billing</a> <a href="/categories/care-team">Your care team</a> <a href="https://app.stillwaterhealth.example/login">Sign in</a></nav>
<form role="search"><input type="search" placeholder="How can we help?"></form></header>
<main>
<p class="crumbs"><a href="/">Help Center</a> &rsaquo; <a href="/categories/orders-shipping">Orders &amp; shipping</a> &rsaquo; Delivery</p>
<h1>When will my order arrive?</h1>
<p class="meta">Written by Dana from Member Support &middot; Updated this week</p>
<p>Once your clinician has approved your treatment plan and signed your prescription, it goes electronically to our partner pharmacy. Most members receive their package 3 to 6 business days after approval. Here is how the timeline usually breaks down:</p>
<ol>
<li><b>Prescription received (day 0).</b> You'll get an e-mail and an in-app notification titled "Your prescription is with the pharmacy".</li>
<li><b>Pharmacy review (1-2 business days).</b> The pharmacist checks your prescription, verifies your identity and address, and prepares your medication. Controlled medications cannot be prepared before the pharmacist confirms your details, so please answer any text from the pharmacy quickly.</li>
<li><b>Shipped (1-3 business days in transit).</b> We ship with UPS 2nd Day Air. An adult signature is required for delivery; the driver cannot leave the package at the door or with a neighbour.</li>
</ol>
<h2>Delivery windows</h2>
<p>UPS delivers between 9 a.m. and 7 p.m. local time on weekdays. There is no Saturday or Sunday delivery for signature-required packages. If you will not be home, you can redirect the package to a UPS Access Point from the tracking link. You will need a photo ID to pick it up.</p>
<h2>Holidays</h2>
<p>Packages don't move on federal holidays. If your approval lands close to Thanksgiving or the end-of-year holidays, expect one or two extra days. Your care team can see your order status and will time your next dosing session around it.</p>
<h2>My tracking hasn't updated</h2>
<p>Tracking sometimes shows "Label created" for up to 24 hours. If nothing changes after two business days, message us from the app under <i>Support &gt; Orders</i> and include your order number (it starts with SW-).</p>
<div class="feedback">Did this answer your question? <button>&#128542;</button> <button>&#128528;</button> <button>&#128515;</button></div>
<aside><h3>Related articles</h3><ul><li><a href="#">Which states do you ship to?</a></li><li><a href="#">Changing your shipping address</a></li><li><a href="#">My package arrived damaged</a></li></ul></aside>
</main>
<footer>&copy; 2026 Stillwater Health, Inc. Clinical services are provided by independent, licensed clinicians of Stillwater Medical Group, P.C. <a href="/privacy">Privacy</a> &middot; <a href="/hipaa">Notice of Privacy Practices</a> &middot; If you are in crisis, call or text 988.</footer>
""", noise="cookie")

p("h3302", "https://ayuda.serenaencasa.example/es/articulos/cambiar-de-farmacia", "telehealth", False, "es",
  "telehealth-help-center-pharmacy-transfer-article-es", "¿Puedo cambiar de farmacia? | Centro de ayuda Serena en Casa", """
<header><a href="/es">Serena en Casa &middot; Centro de ayuda</a>
<nav><a href="/es/categorias/primeros-pasos">Primeros pasos</a> <a href="/es/categorias/recetas">Recetas y farmacia</a> <a href="/es/categorias/pagos">Pagos</a> <a href="/es/categorias/cuenta">Mi cuenta</a> <a href="/en">English</a></nav></header>
<main>
<p class="migas">Centro de ayuda / Recetas y farmacia</p>
<h1>¿Puedo cambiar de farmacia o transferir mi receta?</h1>
<p>Sí, en la mayoría de los casos. Serena en Casa trabaja con una farmacia asociada que envía tu tratamiento a domicilio, pero entendemos que algunas personas prefieren recogerlo en una farmacia cercana o usar la farmacia de su seguro.</p>
<h2>Antes de pedir el cambio</h2>
<ul>
<li>La ketamina es una sustancia controlada (Lista III). Las recetas de sustancias controladas <b>no se pueden transferir</b> de una farmacia a otra tantas veces como con otros medicamentos. En algunos estados no se permite ninguna transferencia: tu médico tendrá que emitir una receta nueva.</li>
<li>No todas las farmacias preparan ketamina en la forma que te han indicado (tabletas sublinguales o pastillas de disolución oral). Llama antes para confirmar que la tienen o pueden prepararla.</li>
<li>El precio de la farmacia puede ser distinto del que ves en tu plan. Tu membresía cubre las consultas; el medicamento lo pagas directamente a la farmacia que elijas.</li>
</ul>
<h2>Cómo solicitarlo</h2>
<ol>
<li>Entra en la aplicación y ve a <b>Perfil &gt; Farmacia</b>.</li>
<li>Pulsa "Usar otra farmacia" y escribe el nombre, la dirección y el teléfono.</li>
<li>Tu equipo clínico recibirá el aviso. El profesional que te atiende revisará la solicitud y, si procede, enviará la receta nueva en un plazo de 2 días hábiles.</li>
</ol>
<p>Si ya tienes un pedido en preparación, no podemos cancelarlo una vez que la farmacia lo ha dispensado.</p>
<p class="nota">¿Tienes dudas? Escríbenos desde el chat de la app, de lunes a viernes de 8:00 a 20:00 (hora del Este). Respondemos en español.</p>
<p>¿Te ha resultado útil este artículo? <button>Sí</button> <button>No</button></p>
</main>
<footer>Serena en Casa es un servicio de telemedicina. La atención médica la prestan profesionales con licencia en tu estado. &copy; 2026 &middot; <a href="/es/privacidad">Privacidad</a> &middot; <a href="/es/terminos">Términos</a></footer>
""", noise="cookie-es")

p("h3303", "https://support.kindlemind.example/billing/hsa-fsa-and-receipts", "telehealth", False, "en",
  "telehealth-help-center-hsa-fsa-billing-article", "Can I use my HSA or FSA? Getting an itemized receipt - Kindle Mind Support", """
<div class="topbar"><a href="https://kindlemind.example">Back to kindlemind.example</a> | <a href="/contact">Contact support</a></div>
<header><h2>Kindle Mind Support</h2><nav><a href="/account">Account</a> <a href="/billing">Billing &amp; payments</a> <a href="/treatment">Your treatment</a> <a href="/shipping">Shipping</a></nav></header>
<main>
<nav class="crumbs">Support / Billing &amp; payments</nav>
<h1>Can I use my HSA or FSA card?</h1>
<p>Yes. Kindle Mind accepts HSA and FSA debit cards for the membership fee, the initial psychiatric evaluation and follow-up visits. These are medical services, so they are generally eligible expenses. We are not a tax advisor, so check with your plan administrator if you are unsure.</p>
<h2>Paying with your card</h2>
<p>Add your HSA/FSA card in <b>Settings &gt; Payment methods</b> like any other Visa or Mastercard. Some administrators decline recurring charges; if that happens, we will notify you and retry with your backup card after 48 hours.</p>
<h2>Getting an itemized receipt (superbill)</h2>
<p>Many administrators ask for an itemized receipt showing the date of service, the clinician's name and credentials, the NPI number and a diagnosis code. To download one:</p>
<ol><li>Open <b>Billing &gt; History</b>.</li><li>Select the charge and tap <b>Download superbill</b>.</li><li>The PDF lists each visit separately from the membership charge.</li></ol>
<p>You can also submit the superbill to your insurance for possible out-of-network reimbursement. We do not bill insurance directly.</p>
<h2>What about the medication?</h2>
<p>Your prescription is filled by a licensed pharmacy, which charges you separately. Ask the pharmacy for its own receipt; our superbill does not include the cost of the medication.</p>
<table class="fees"><caption>Current fees</caption>
<tr><td>Initial evaluation with a psychiatric clinician</td><td>$249</td></tr>
<tr><td>Monthly membership (follow-ups, integration coaching, messaging)</td><td>$129/month</td></tr>
<tr><td>Medication (billed by the pharmacy)</td><td>varies, typically $45-$90 per fill</td></tr></table>
<p class="small">Last updated: November 2026. Still need help? <a href="/contact">Send us a message</a>.</p>
</main>
<footer>Kindle Mind &middot; Telepsychiatry for adults in 19 states &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h3304", "https://hilfe.mondruhe.example/de/artikel/mitgliedschaft-kuendigen", "telehealth", False, "de",
  "telehealth-help-center-cancel-membership-article-de", "Mitgliedschaft kündigen oder pausieren – MondRuhe Hilfe", """
<header><a href="/de">MondRuhe Hilfe</a> <nav><a href="/de/kategorie/start">Erste Schritte</a> <a href="/de/kategorie/abo">Mitgliedschaft &amp; Zahlung</a> <a href="/de/kategorie/behandlung">Behandlung</a> <a href="/de/kategorie/versand">Versand</a> <a href="/en">EN</a></nav></header>
<main>
<p class="breadcrumb">Hilfe &gt; Mitgliedschaft &amp; Zahlung</p>
<h1>Wie kann ich meine Mitgliedschaft kündigen oder pausieren?</h1>
<p>Sie können Ihre Mitgliedschaft jederzeit zum Ende des laufenden Abrechnungszeitraums beenden. Es gibt keine Mindestlaufzeit und keine Kündigungsgebühr.</p>
<h2>So kündigen Sie</h2>
<ol>
<li>Melden Sie sich in der App oder im Web-Portal an.</li>
<li>Öffnen Sie <b>Profil &gt; Mitgliedschaft</b>.</li>
<li>Wählen Sie <b>Mitgliedschaft beenden</b> und bestätigen Sie. Sie erhalten eine Bestätigung per E-Mail.</li>
</ol>
<h2>Was passiert mit meiner laufenden Behandlung?</h2>
<p>Bitte beenden Sie die Behandlung nicht ohne Rücksprache. Ihre behandelnde Ärztin bzw. Ihr behandelnder Arzt bespricht mit Ihnen in einem kurzen Abschlussgespräch per Video, wie es weitergeht, und kann auf Wunsch einen Arztbrief für Ihre Hausärztin oder Ihren Psychiater erstellen. Bereits ausgestellte Rezepte bleiben gültig, neue Folgerezepte werden nach der Kündigung nicht mehr ausgestellt.</p>
<h2>Pausieren statt kündigen</h2>
<p>Wenn Sie nur eine Pause brauchen (Urlaub, Krankenhausaufenthalt, finanzielle Gründe), können Sie die Mitgliedschaft bis zu 60 Tage ruhen lassen. Während der Pause werden keine Beiträge abgebucht und keine Sitzungen geplant; die Nachrichtenfunktion bleibt für medizinische Fragen offen.</p>
<h2>Erstattungen</h2>
<p>Bereits begonnene Monate werden nicht anteilig erstattet. Wurde eine Zahlung nach Ihrer Kündigung abgebucht, melden Sie sich bitte innerhalb von 14 Tagen unter <a href="mailto:abrechnung@mondruhe.example">abrechnung@mondruhe.example</a>.</p>
<p>War dieser Artikel hilfreich? <button>Ja</button> <button>Nein</button></p>
<aside><b>Ähnliche Artikel</b><ul><li><a href="#">Zahlungsmethode ändern</a></li><li><a href="#">Rechnung für die Krankenkasse herunterladen</a></li><li><a href="#">Termin mit meiner Ärztin verschieben</a></li></ul></aside>
</main>
<footer>MondRuhe GmbH &middot; Ärztliche Leistungen durch approbierte Ärztinnen und Ärzte der MondRuhe Medizin MVZ GmbH &middot; <a href="/de/impressum">Impressum</a> &middot; <a href="/de/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h3305", "https://help.tidelinewellness.example/hc/refills/why-cant-i-refill-early", "telehealth", False, "en",
  "telehealth-help-center-refill-timing-article", "Why can't I request my refill early? - Tideline Help", """
<header><a href="/hc">Tideline Help</a> <a href="/hc/requests/new" class="btn">Submit a request</a></header>
<main>
<p class="crumbs">Tideline Help &gt; Prescriptions &amp; refills</p>
<h1>Why can't I request my refill early?</h1>
<p>The <b>Request refill</b> button in your dashboard unlocks 5 days before your current supply is scheduled to run out. We know it can feel restrictive, especially if you are traveling, so here is the reasoning.</p>
<h3>Your clinician has to see you first</h3>
<p>Every refill needs a short check-in: a mood questionnaire (PHQ-9 and GAD-7), your blood pressure reading from the cuff in your starter kit, and a few questions about how your last sessions went. Your prescriber reviews these before renewing. If your scores or side effects have changed, they may schedule a video visit before approving.</p>
<h3>Controlled-substance rules</h3>
<p>Pharmacies and prescribers follow federal and state rules for Schedule III medications. Early fills are one of the things pharmacies are required to watch closely, and a pharmacy can refuse to fill a prescription that arrives too soon.</p>
<h3>Traveling?</h3>
<p>Tell your care team at least 10 days before you leave. In some cases your clinician can adjust the timing of your next fill. We can't ship to hotels, P.O. boxes or addresses outside the states where your clinician is licensed.</p>
<h3>I missed my refill window</h3>
<p>If your supply ran out, don't double up when the next one arrives. Message your care team; they will tell you how to restart safely.</p>
<p class="rating">Was this article helpful? Yes / No &middot; 214 out of 260 found this helpful</p>
<section class="related"><h4>Articles in this section</h4><ul><li>How refills are shipped</li><li>Updating your blood pressure readings</li><li>Changing your dosing schedule</li><li>What happens if my refill is denied?</li></ul></section>
</main>
<footer>Tideline Wellness &middot; Care delivered by licensed clinicians through Tideline Medical, PLLC. &copy; 2026</footer>
""")

p("h3306", "https://aide.lucida-sante.example/fr/que-contient-mon-coffret", "telehealth", False, "fr",
  "telehealth-help-center-kit-contents-article-fr", "Que contient mon coffret de démarrage ? – Aide Lucida", """
<header><a href="/fr">Lucida &middot; Centre d'aide</a> <nav><a href="/fr/c/commencer">Bien commencer</a> <a href="/fr/c/seances">Vos séances</a> <a href="/fr/c/livraison">Livraison</a> <a href="/fr/c/compte">Compte et paiement</a></nav></header>
<main>
<p class="fil">Centre d'aide &rsaquo; Bien commencer</p>
<h1>Que contient mon coffret de démarrage ?</h1>
<p>Après votre consultation d'évaluation et la validation de votre prescription par le médecin, vous recevez deux envois séparés :</p>
<h2>1. Le coffret Lucida (envoyé par nos soins)</h2>
<ul>
<li>un tensiomètre au bras, à utiliser avant et après chaque séance ;</li>
<li>un masque de nuit et un carnet d'intention imprimé ;</li>
<li>une carte « personne de confiance » à remplir : un adulte doit être présent dans le logement pendant vos premières séances ;</li>
<li>un guide de préparation (jeûne de 3 heures, pas d'alcool le jour même, ne pas conduire avant le lendemain).</li>
</ul>
<h2>2. Votre traitement (envoyé par la pharmacie)</h2>
<p>Les comprimés à dissoudre sous la langue sont préparés et expédiés par la pharmacie partenaire, dans un emballage scellé, contre signature. Ils n'arrivent jamais dans le coffret Lucida. Le nombre de comprimés correspond exactement aux séances prévues par votre médecin.</p>
<h2>Il manque quelque chose ?</h2>
<p>Prenez une photo du contenu et écrivez-nous depuis l'application (rubrique <i>Aide &gt; Ma commande</i>) dans les 7 jours. Pour un problème sur les comprimés, contactez directement la pharmacie dont le numéro figure sur l'étiquette.</p>
<p>Cet article vous a-t-il aidé ? <button>Oui</button> <button>Non</button></p>
</main>
<footer>Lucida Santé &middot; Téléconsultations assurées par des médecins inscrits à l'Ordre &middot; <a href="/fr/mentions-legales">Mentions légales</a> &middot; <a href="/fr/cgu">CGU</a></footer>
""", noise="cookie-fr")

p("h3307", "https://northlightcare.example/help/lost-or-damaged-package", "telehealth", False, "en",
  "telehealth-help-lost-package-article-plain", "My package is lost, stolen or damaged", """
My package is lost, stolen or damaged
Northlight Help > Orders > Delivery problems

We're sorry. Here's what to do, depending on what happened.

Tracking says "Delivered" but I don't have it
Packages from our pharmacy partner always need an adult signature, so a "Delivered" scan without your signature is unusual. Check with anyone in your household who may have signed, then contact us within 48 hours. We open a carrier investigation the same day.

Tracking hasn't moved in 3+ business days
Reply to your shipping e-mail or use Help > Report a delivery problem. We'll contact the carrier. If the package is confirmed lost, the pharmacy will file the required loss report and your clinician decides whether a replacement can be issued. A replacement for a controlled medication is never automatic and can take a few extra days.

The box arrived damaged or the seal was broken
Do not take any tablets from a package with a broken tamper seal. Take photos of the outer box, the seal and the label, and contact us. The pharmacy will arrange a return.

Safety reminder
If you believe your medication was stolen, please also report it to your local police and tell your care team. Keep your medication in the lockbox included with your first shipment.

Still need help? Chat with Member Care, 7 days a week, 8am-9pm CT.
""", ext="txt")

p("h3308", "https://www.helderthuis.example/nl/algemene-voorwaarden", "telehealth", False, "nl",
  "telehealth-terms-of-service-nl", "Algemene voorwaarden | Helder Thuis", """
<header><a href="/nl">Helder Thuis</a> <nav><a href="/nl/hoe-het-werkt">Hoe het werkt</a> <a href="/nl/tarieven">Tarieven</a> <a href="/nl/veelgestelde-vragen">Vragen</a> <a href="/nl/inloggen">Inloggen</a></nav></header>
<main>
<h1>Algemene voorwaarden</h1>
<p>Versie 4.2, geldig vanaf 1 oktober 2026</p>
<h2>Artikel 1 – Begrippen</h2>
<p>1.1 <b>Helder Thuis</b>: Helder Thuis B.V., gevestigd te Utrecht, KvK 00000000, aanbieder van het online platform.<br>
1.2 <b>Behandelaar</b>: de BIG-geregistreerde arts of psychiater die via het platform de behandeling uitvoert en daarvoor zelf medisch verantwoordelijk is.<br>
1.3 <b>Cliënt</b>: de natuurlijke persoon van 18 jaar of ouder die een account aanmaakt.<br>
1.4 <b>Apotheek</b>: de vergunninghoudende apotheek die het recept van de behandelaar verwerkt en de medicatie aflevert.</p>
<h2>Artikel 3 – Intake en toelating</h2>
<p>3.1 Toelating tot een behandeltraject vindt uitsluitend plaats na een intake per video door een behandelaar. De behandelaar kan de behandeling weigeren of beëindigen als deze naar zijn oordeel medisch niet verantwoord is.<br>
3.2 De cliënt verstrekt volledige en juiste informatie over zijn gezondheid, medicatiegebruik en eerdere behandelingen, en geeft toestemming voor het opvragen van gegevens bij de huisarts.<br>
3.3 De cliënt zorgt ervoor dat tijdens de eerste drie sessies een volwassen begeleider aanwezig is.</p>
<h2>Artikel 5 – Medicatie en aflevering</h2>
<p>5.1 Helder Thuis verkoopt of levert zelf geen geneesmiddelen. De apotheek levert uitsluitend op basis van een geldig recept.<br>
5.2 Aflevering gebeurt op het in het account opgegeven woonadres in Nederland, tegen legitimatie. Afleveren bij buren of op een afhaalpunt is niet mogelijk.<br>
5.3 Het is de cliënt niet toegestaan medicatie aan derden af te staan.</p>
<h2>Artikel 7 – Betaling en opzegging</h2>
<p>7.1 Het maandtarief wordt vooraf via automatische incasso voldaan.<br>
7.2 Opzeggen kan maandelijks, uiterlijk vijf werkdagen voor de volgende incassodatum.<br>
7.3 Consulten die minder dan 24 uur van tevoren worden afgezegd, worden in rekening gebracht.</p>
<h2>Artikel 9 – Klachten</h2>
<p>Klachten over de zorgverlening kunnen worden ingediend bij onze klachtenfunctionaris en daarna bij de aangesloten geschilleninstantie.</p>
</main>
<footer>Helder Thuis B.V. &middot; <a href="/nl/privacy">Privacyverklaring</a> &middot; <a href="/nl/klachten">Klachtenregeling</a></footer>
""", noise="cookie-nl")

p("h3309", "https://www.everquietclinic.example/where-we-practice", "telehealth", False, "en",
  "telehealth-state-availability-page", "Where we practice: states we serve | Everquiet", """
<header><a href="/"><img src="/logo.svg" alt="Everquiet"></a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/where-we-practice" aria-current="page">Where we practice</a> <a href="/faq">FAQ</a> <a class="cta" href="/get-started">Check eligibility</a></nav></header>
<main>
<h1>Where we practice</h1>
<p>Our clinicians are licensed in the states below. You must be physically located in one of these states for every video visit and have a residential address there for your prescription to be delivered.</p>
<div class="state-grid">
<h2>Available now</h2>
<ul>
<li>Arizona</li><li>California</li><li>Colorado</li><li>Connecticut</li><li>Florida</li><li>Illinois</li><li>Maryland</li><li>Massachusetts</li><li>Michigan</li><li>Minnesota</li><li>New Jersey</li><li>New York</li><li>North Carolina</li><li>Oregon</li><li>Pennsylvania</li><li>Texas</li><li>Virginia</li><li>Washington</li>
</ul>
<h2>Coming in 2027</h2>
<ul><li>Georgia</li><li>Ohio</li><li>Utah</li></ul>
<h2>Not available</h2>
<p>We currently cannot provide care in Alaska, Hawaii, Puerto Rico or outside the United States. Some states require an in-person visit before a controlled medication can be prescribed; where that applies, we will help you arrange one with a local partner clinician.</p>
</div>
<section class="waitlist"><h2>Don't see your state?</h2><p>Leave your e-mail and we'll let you know when we launch near you.</p><form><input type="email" placeholder="you@example.com"><select><option>Select your state</option></select><button>Join waitlist</button></form></section>
<p class="small">Treatment is not right for everyone. Eligibility is decided by a licensed clinician after a medical and psychiatric evaluation.</p>
</main>
<footer><nav><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <a href="/contact">Contact</a></nav> &copy; 2026 Everquiet Health</footer>
""", noise="cookie")

p("h3310", "https://www.calmacasa.example/pt-br/fale-conosco", "telehealth", False, "pt",
  "telehealth-support-contact-page-pt", "Fale conosco | Calma em Casa", """
<header><a href="/pt-br">Calma em Casa</a> <nav><a href="/pt-br/como-funciona">Como funciona</a> <a href="/pt-br/planos">Planos</a> <a href="/pt-br/duvidas">Dúvidas</a> <a href="/pt-br/entrar">Entrar</a></nav></header>
<main>
<h1>Fale conosco</h1>
<p>Escolha o assunto para falar com a equipe certa. Nosso horário de atendimento é de segunda a sexta, das 8h às 20h, e aos sábados das 9h às 13h (horário de Brasília).</p>
<div class="canais">
<section><h2>Já sou paciente</h2>
<p>Dúvidas sobre sua sessão, efeitos depois da aplicação ou ajuste de dose: use o chat seguro dentro do aplicativo. Sua mensagem vai direto para a equipe médica que acompanha você e é respondida em até 1 dia útil.</p></section>
<section><h2>Entregas e receitas</h2>
<p>A medicação é enviada pela farmácia parceira somente depois que o psiquiatra emite a receita de controle especial. Para saber onde está sua entrega, acesse <b>Meus pedidos</b> ou fale com o suporte pelo e-mail <a href="mailto:entregas@calmacasa.example">entregas@calmacasa.example</a>.</p></section>
<section><h2>Pagamentos e notas fiscais</h2>
<p>Boleto, Pix ou cartão em até 6x. Para segunda via de boleto ou nota fiscal para reembolso do plano de saúde: <a href="mailto:financeiro@calmacasa.example">financeiro@calmacasa.example</a>.</p></section>
<section><h2>Ainda não sou paciente</h2>
<p>Quer saber se o tratamento é indicado para você? Agende a avaliação inicial com um psiquiatra pelo site. Telefone e WhatsApp comercial: (11) 4000-0000.</p></section>
</div>
<p class="alerta"><b>Emergência?</b> Não use este canal. Ligue 192 (SAMU) ou 188 (CVV), que atende 24 horas.</p>
</main>
<footer>Calma em Casa Serviços Médicos Ltda. &middot; Responsável técnico: Dr. Rafael Moura Teixeira, CRM-SP 000000 &middot; <a href="/pt-br/privacidade">Privacidade (LGPD)</a></footer>
""", noise="cookie-pt")

p("h3311", "https://mail.ketsana.example/onboarding/welcome-next-steps", "telehealth", False, "en",
  "telehealth-onboarding-email-plain", "Welcome to Ketsana - 3 things to do before your first visit", """
From: Ketsana Care Team <hello@ketsana.example>
To: jordan.p@mailbox.example
Subject: Welcome to Ketsana - 3 things to do before your first visit

Hi Jordan,

Thanks for signing up. You're one step closer to your evaluation. Before your clinician can see you on Thursday, Dec 11 at 4:30 PM ET, please finish these three things in the app:

1. Verify your identity
Upload a photo of your driver's license or state ID and take a quick selfie. We're required to confirm who you are before any prescription can be written.

2. Finish your health history
About 15 minutes. Include every medication and supplement you take, plus any history of high blood pressure, heart problems, psychosis or substance use. Your clinician reads all of it before the call.

3. Choose your support person
For your first sessions at home, a trusted adult needs to be with you. Add their name and phone number so your care team can reach them if needed.

What happens after the visit?
If your clinician decides treatment is a good fit, they'll send your prescription to our partner pharmacy and you'll get a tracking number within a few days. If it's not the right fit, you won't be charged for the membership, and your clinician will suggest other options.

Questions? Just reply to this e-mail.

The Ketsana Care Team

Ketsana Health, 1200 Market St, Suite 400, Philadelphia, PA. You're receiving this because you created an account. Manage e-mail preferences.
""", ext="txt")

p("h3312", "https://apps.example/us/app/field-notes-by-quietwave/release-notes", "telehealth", False, "en",
  "telehealth-app-release-notes-plain", "Quietwave - What's New", """
Quietwave: At-Home Care  -  What's New

Version 5.8.0   Dec 2, 2026
- Dosing day checklist: your blood pressure check, support-person check-in and post-session journal now live on one screen.
- You can now pick a UPS Access Point for prescription deliveries in states where the pharmacy allows it.
- Fixed a bug where the video visit button stayed gray for some Android users.

Version 5.7.2   Nov 14, 2026
- HSA/FSA receipts can be downloaded as PDF from Billing.
- Reminder notifications respect your quiet hours.

Version 5.7.0   Oct 28, 2026
- New: message your prescriber about side effects directly from a session log.
- Refill requests now show where your prescription is (clinician review, pharmacy, shipped).
- Spanish language support (beta).

Version 5.6.1   Oct 3, 2026
- Performance improvements and bug fixes.

Ratings and Reviews  4.6 out of 5  (3.1K ratings)
"The reminders are great and my NP actually answers messages."
Developer response: Thanks! We'll pass that along to your care team.

App Privacy: Data linked to you - Health & Fitness, Contact Info, Identifiers.
Seller: Quietwave Health, Inc.   Category: Medical   Age rating: 17+
""", ext="txt")

# ---------------------------------------------------------------- clinics: locations, directories, logistics

p("h3313", "https://www.brightpathinfusion.example/locations", "clinic", False, "en",
  "clinic-network-find-a-location-page", "Find a Location | BrightPath Infusion Centers", """
<header><a href="/">BrightPath Infusion Centers</a>
<nav><a href="/treatments">Treatments</a> <a href="/locations" aria-current="page">Locations</a> <a href="/insurance">Insurance &amp; pricing</a> <a href="/referrals">For referring providers</a> <a class="btn" href="/request-consult">Request a consultation</a></nav></header>
<main>
<h1>Find a location</h1>
<form class="finder"><input type="text" placeholder="Enter ZIP code or city"><select><option>Within 25 miles</option><option>Within 50 miles</option></select><button>Search</button></form>
<p>9 centers in Ohio, Indiana and Kentucky. All centers offer IV ketamine; centers marked <span class="tag">REMS</span> are certified treatment centers for Spravato&reg; (esketamine).</p>
<ul class="locations">
<li><h3>Columbus - Easton</h3><p>4150 Morse Crossing, Suite 210, Columbus, OH 43219</p><p>(614) 555-0142 &middot; Mon-Fri 7am-6pm, Sat 8am-1pm</p><p><span class="tag">REMS</span> <span class="tag">Free parking</span></p><a href="/locations/columbus-easton">Location details</a></li>
<li><h3>Dublin</h3><p>6800 Perimeter Loop Rd, Dublin, OH 43017</p><p>(614) 555-0187 &middot; Mon-Thu 8am-5pm</p><p><span class="tag">REMS</span></p><a href="/locations/dublin">Location details</a></li>
<li><h3>Cincinnati - Blue Ash</h3><p>9987 Kenwood Rd, Suite 3B, Blue Ash, OH 45242</p><p>(513) 555-0119 &middot; Mon-Fri 7:30am-5:30pm</p><a href="/locations/blue-ash">Location details</a></li>
<li><h3>Dayton</h3><p>2400 Far Hills Ave, Dayton, OH 45419</p><p>(937) 555-0176 &middot; Tue-Sat 8am-4pm</p><p><span class="tag">REMS</span></p><a href="/locations/dayton">Location details</a></li>
<li><h3>Indianapolis - Carmel</h3><p>11711 N Meridian St, Suite 120, Carmel, IN 46032</p><p>(317) 555-0133 &middot; Mon-Fri 8am-5pm</p><a href="/locations/carmel">Location details</a></li>
<li><h3>Louisville</h3><p>4010 Dupont Cir, Suite 480, Louisville, KY 40207</p><p>(502) 555-0161 &middot; Mon-Fri 8am-6pm</p><p><span class="tag">REMS</span></p><a href="/locations/louisville">Location details</a></li>
<li><h3>Lexington</h3><p>2201 Regency Rd, Lexington, KY 40503</p><p>(859) 555-0108 &middot; Mon, Wed, Fri 8am-4pm</p><a href="/locations/lexington">Location details</a></li>
<li><h3>Toledo</h3><p>3439 Granite Cir, Toledo, OH 43617</p><p>(419) 555-0124 &middot; Tue-Fri 8am-5pm</p><a href="/locations/toledo">Location details</a></li>
<li><h3>Akron - Fairlawn (opening February)</h3><p>3700 Embassy Pkwy, Fairlawn, OH 44333</p><p>Now accepting consultation requests.</p></li>
</ul>
<section class="note"><h2>Before your first visit</h2><p>Every patient has an in-person consultation with one of our physicians before treatment. Plan to stay about two hours on infusion days and arrange a ride home; you can't drive until the next day.</p></section>
</main>
<footer>BrightPath Infusion Centers &middot; Medical direction by board-certified anesthesiologists and psychiatrists &middot; <a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></footer>
""", noise="cookie", head="""<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalOrganization","name":"BrightPath Infusion Centers","url":"https://www.brightpathinfusion.example","department":[{"@type":"MedicalClinic","name":"BrightPath Columbus - Easton","telephone":"+1-614-555-0142"},{"@type":"MedicalClinic","name":"BrightPath Louisville","telephone":"+1-502-555-0161"}]}</script>
""")

p("h3314", "https://www.uniklinik-wesertal.example/psychiatrie/esketamin-ambulanz", "clinic", False, "de",
  "hospital-department-several-sites-de", "Esketamin- und Ketamin-Ambulanz – Klinik für Psychiatrie und Psychotherapie | Universitätsklinikum Wesertal", """
<header><a href="/">Universitätsklinikum Wesertal</a>
<nav><a href="/patienten">Patienten &amp; Besucher</a> <a href="/kliniken">Kliniken &amp; Zentren</a> <a href="/karriere">Karriere</a> <a href="/presse">Presse</a></nav></header>
<main>
<p class="breadcrumb">Startseite &gt; Kliniken &amp; Zentren &gt; Psychiatrie und Psychotherapie &gt; Spezialambulanzen</p>
<h1>Spezialambulanz für schnell wirksame Depressionsbehandlung</h1>
<p>In unserer Spezialambulanz behandeln wir Erwachsene mit therapieresistenter Depression mit Esketamin-Nasenspray (Spravato&reg;) und – im Rahmen von Studien – mit intravenösem Ketamin. Die Anwendung erfolgt immer vor Ort unter ärztlicher Aufsicht; danach bleiben Sie mindestens zwei Stunden zur Beobachtung bei uns.</p>
<h2>Unsere Standorte</h2>
<table>
<tr><th>Standort</th><th>Adresse</th><th>Sprechzeiten</th><th>Anmeldung</th></tr>
<tr><td>Campus Mitte, Haus 12, Ebene 2</td><td>Klinikstraße 1, 00000 Wesertal</td><td>Mo–Fr 8:00–16:00</td><td>0000 123-4501</td></tr>
<tr><td>Tagesklinik Nordstadt</td><td>Am Wasserturm 7, 00000 Wesertal</td><td>Di und Do 9:00–15:00</td><td>0000 123-4588</td></tr>
<tr><td>Außenstelle Lindenhagen (Kooperation mit dem Kreiskrankenhaus)</td><td>Bahnhofsallee 22, 00001 Lindenhagen</td><td>Mi 8:30–13:00</td><td>0000 987-210</td></tr>
</table>
<h2>Zuweisung</h2>
<p>Für einen Termin benötigen wir eine Überweisung Ihrer Fachärztin oder Ihres Facharztes für Psychiatrie sowie einen aktuellen Befundbericht mit den bisherigen Behandlungsversuchen. Das Vorgespräch findet immer am Campus Mitte statt.</p>
<h2>Anreise</h2>
<p>Nach der Behandlung dürfen Sie am selben Tag nicht Auto fahren. Bitte planen Sie eine Begleitperson oder die Heimfahrt mit öffentlichen Verkehrsmitteln ein (Straßenbahnlinien 3 und 8, Haltestelle Klinikum).</p>
<h2>Ansprechpartner</h2>
<p>Leitung: Prof. Dr. med. Henrike Albers &middot; Oberarzt: Dr. med. Tobias Quandt &middot; Pflegerische Leitung: Melanie Kaszubowski</p>
</main>
<footer>Universitätsklinikum Wesertal – Anstalt des öffentlichen Rechts &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; <a href="/barrierefreiheit">Barrierefreiheit</a></footer>
""", noise="cookie-de")

p("h3315", "https://www.harborlightketamine.example/our-providers", "clinic", False, "en",
  "clinic-provider-directory-page", "Our Providers | Harbor Light Ketamine & Wellness", """
<header><a href="/">Harbor Light Ketamine &amp; Wellness</a> <nav><a href="/services">Services</a> <a href="/our-providers">Our providers</a> <a href="/fees">Fees</a> <a href="/contact">Contact</a> <a class="btn" href="/book">Book a consultation</a></nav></header>
<main>
<h1>Meet our providers</h1>
<p>Filter by: <a href="?role=all">All</a> | <a href="?role=medical">Medical</a> | <a href="?role=therapy">Therapy</a> | <a href="?loc=portland">Portland office</a> | <a href="?loc=biddeford">Biddeford office</a></p>
<div class="provider-cards">
<article><h2>Alan Szymanski, MD</h2><p>Medical Director &middot; Anesthesiology</p><p>Dr. Szymanski oversees every infusion protocol and sees new patients for their medical screening. Portland office.</p><a href="/providers/alan-szymanski">View profile</a></article>
<article><h2>Rosa Whitcomb, PMHNP-BC</h2><p>Psychiatric Nurse Practitioner</p><p>Rosa does intake evaluations, medication reviews and Spravato monitoring. Portland and Biddeford.</p><a href="/providers/rosa-whitcomb">View profile</a></article>
<article><h2>Keith Ambrose, CRNA</h2><p>Certified Registered Nurse Anesthetist</p><p>Keith administers IV and IM treatments and monitors vitals during your session. Biddeford office.</p><a href="/providers/keith-ambrose">View profile</a></article>
<article><h2>Imani Okafor, LCSW</h2><p>Integration Therapist</p><p>Imani leads preparation and integration sessions in the office, with follow-up check-ins by secure video for patients who live further away.</p><a href="/providers/imani-okafor">View profile</a></article>
<article><h2>Petra Lind, RN</h2><p>Infusion Nurse</p><p>Petra is usually the first face you'll see on treatment days. Portland office.</p><a href="/providers/petra-lind">View profile</a></article>
</div>
<p class="note">Not sure who to see? Call our front desk at (207) 555-0193 and we'll match you with the right provider.</p>
</main>
<footer>Harbor Light Ketamine &amp; Wellness &middot; 88 Exchange St, Portland, ME &middot; 14 Alfred St, Biddeford, ME &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h3316", "https://www.cedarridgeinfusion.example/visit/parking-and-directions", "clinic", False, "en",
  "clinic-parking-directions-page", "Parking & Directions | Cedar Ridge Infusion Center", """
<header><a href="/">Cedar Ridge Infusion Center</a> <nav><a href="/visit">Plan your visit</a> <a href="/treatments">Treatments</a> <a href="/faq">FAQ</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Parking &amp; directions</h1>
<p>We're on the 3rd floor of the Cedar Ridge Medical Pavilion, 2750 Ridgeview Pkwy, Suite 310, Boise, ID 83706.</p>
<iframe title="Map" src="https://maps.example/embed?q=2750+Ridgeview+Pkwy"></iframe>
<h2>Parking</h2>
<p>Free parking in the surface lot on the north side of the building. Spaces marked "Infusion patients - 3 hr" are closest to the east entrance. Please don't use the 30-minute spots in front; your visit will last longer than that.</p>
<h2>Getting here</h2>
<ul><li><b>From I-84:</b> take exit 53, head north on Vista Ave, turn right on Ridgeview Pkwy.</li><li><b>By bus:</b> ValleyRide route 7 stops at Ridgeview &amp; Vista, a 3-minute walk.</li></ul>
<h2>Your ride home</h2>
<p>After a ketamine infusion or a Spravato session you may not drive, bike or use a scooter until the next day. Your driver can wait in our lounge or pick you up at the east entrance; we'll call them 15 minutes before you're ready. We can't release you to a taxi or rideshare alone.</p>
<h2>Accessibility</h2>
<p>The building has elevators and accessible restrooms on every floor. Wheelchairs are available at the east entrance.</p>
<p>Questions? Call (208) 555-0147.</p>
</main>
<footer>Cedar Ridge Infusion Center &middot; Mon-Fri 7am-5pm &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h3317", "https://www.meridianmoodclinic.example/patients/after-your-visit.txt", "clinic", False, "en",
  "clinic-after-visit-instructions-plain", "After your treatment - discharge instructions", """
MERIDIAN MOOD CLINIC - AFTER YOUR TREATMENT
Please keep this sheet. Your driver should read it too.

Today you received: [ ] IV ketamine   [ ] IM ketamine   [ ] Spravato (esketamine) nasal spray
Observation ended at: ______   Discharged to: ______________________

For the rest of today
- Do not drive, operate machinery or make important decisions until tomorrow after a full night's sleep.
- Start with clear fluids. Light meals are fine once any nausea has settled.
- No alcohol, cannabis, sleeping pills or benzodiazepines unless your clinician told you otherwise.
- Feeling tired, a little unsteady or "foggy" is common for a few hours. Rest.

Call us at (405) 555-0168 if you notice
- headache that does not improve, or blurred vision
- nausea or vomiting that lasts more than a few hours
- pain or redness at the IV site
- any urinary burning or urgency in the coming days

Call 911 for chest pain, trouble breathing or fainting.
If you have thoughts of harming yourself, call or text 988 right away.

Your next steps
- Next appointment: ____________ at our NW Expressway office.
- Your follow-up check-in with the nurse practitioner can be done by video; a link will be texted to you the day before.
- Keep taking your regular medications unless told otherwise.

Meridian Mood Clinic, 3601 NW Expressway, Suite 200, Oklahoma City, OK
""", ext="txt")

p("h3318", "https://www.summitketaminecenter.example/faq", "clinic", False, "en",
  "infusion-clinic-faq-virtual-followups", "Frequently Asked Questions | Summit Ketamine Center", """
<header><a href="/">Summit Ketamine Center</a> <nav><a href="/about">About</a> <a href="/ketamine-infusions">Ketamine infusions</a> <a href="/spravato">Spravato</a> <a href="/faq" aria-current="page">FAQ</a> <a href="/new-patients">New patients</a></nav></header>
<main>
<h1>Frequently asked questions</h1>
<details open><summary>Do I need a referral?</summary><p>No, but we do need to speak with your prescribing psychiatrist or primary care provider before your first infusion and we'll ask for your records. If you don't have a mental health provider, we can help you find one.</p></details>
<details><summary>Can I do my consultation online?</summary><p>Your first screening call can be a video visit. The medical evaluation, including vital signs and an EKG if needed, happens in person at our Salt Lake City office before any treatment is scheduled.</p></details>
<details><summary>Are follow-ups virtual?</summary><p>Yes, many of them. After your initial series of six infusions, your check-ins with our psychiatric nurse practitioner can take place by secure video. The infusions and boosters themselves are only given here in the clinic, with a nurse present the whole time.</p></details>
<details><summary>Do you offer at-home ketamine?</summary><p>We do not prescribe ketamine for use at home. If you are interested in at-home programs, talk to us about the pros and cons first; we're happy to share what we know.</p></details>
<details><summary>How long is an infusion?</summary><p>About 40 minutes, plus 30 to 45 minutes of recovery. Plan on two hours in total.</p></details>
<details><summary>What does it cost?</summary><p>$475 per infusion, or $2,650 for a series of six paid in advance. Spravato is billed to insurance; we will check your benefits before you start.</p></details>
<details><summary>Can someone stay with me?</summary><p>One support person may wait in the lounge. Our treatment suites are private.</p></details>
<p>Still have questions? Call (801) 555-0129 or <a href="/contact">send us a message</a>.</p>
</main>
<footer>Summit Ketamine Center &middot; 1480 S 700 E, Salt Lake City, UT &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie", head="""<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalClinic","name":"Summit Ketamine Center","telephone":"+1-801-555-0129","address":{"@type":"PostalAddress","streetAddress":"1480 S 700 E","addressLocality":"Salt Lake City","addressRegion":"UT"}}</script>
""")

p("h3319", "https://www.groundedkap.example/integration-sessions", "clinic", False, "en",
  "kap-practice-video-integration-sessions-page", "Integration Sessions (In Person & by Video) | Grounded KAP Collective", """
<header><a href="/">Grounded KAP Collective</a> <nav><a href="/approach">Our approach</a> <a href="/kap">Ketamine-assisted psychotherapy</a> <a href="/integration-sessions">Integration</a> <a href="/team">Team</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Integration sessions</h1>
<p>A ketamine session in our office can open something up. Integration is where you make sense of it. Every KAP series at Grounded includes integration sessions with the same therapist who sat with you during your medicine sessions.</p>
<h2>How it works</h2>
<p>Your dosing sessions happen here, at our Asheville practice, in a quiet room with your therapist present and our physician on site. The lozenges or intramuscular dose are given by our medical team and you rest with us until you're clear-headed and your ride arrives.</p>
<p>Integration sessions come after. The first one is usually the next day or within 48 hours, and you can choose to do it in person or over secure video from home. Many clients like talking from their own space; others prefer the room where the experience happened.</p>
<h2>What we do in integration</h2>
<ul><li>Revisit what came up: images, memories, feelings, body sensations</li><li>Connect it to the goals you set during preparation</li><li>Practices to carry into the week: journaling, breath work, movement</li><li>Notice what is shifting and what isn't, and adjust the plan</li></ul>
<h2>Fees</h2>
<p>Integration sessions (50 minutes, in person or video) are $175. Many clients use out-of-network benefits; we provide superbills. Video sessions are available to clients located in North Carolina at the time of the session.</p>
<h2>Already finished a series somewhere else?</h2>
<p>We offer integration-only support for people who had ketamine treatment at another clinic. Contact us for a 15-minute phone consultation.</p>
</main>
<footer>Grounded KAP Collective, PLLC &middot; 31 College St, Suite 5, Asheville, NC &middot; (828) 555-0116</footer>
""")

p("h3320", "https://www.clinicaalba-salud.example/es/como-llegar", "clinic", False, "es",
  "clinic-directions-page-es", "Cómo llegar | Clínica Alba – Unidad de Depresión Resistente", """
<header><a href="/es">Clínica Alba</a> <nav><a href="/es/tratamientos">Tratamientos</a> <a href="/es/equipo">Equipo</a> <a href="/es/precios">Tarifas</a> <a href="/es/como-llegar">Cómo llegar</a> <a href="/es/cita" class="boton">Pedir cita</a></nav></header>
<main>
<h1>Cómo llegar</h1>
<p>La Unidad de Depresión Resistente de Clínica Alba está en la calle de Joaquín Costa 00, planta 1, 28002 Madrid. Aquí realizamos las sesiones de esketamina intranasal y las infusiones de ketamina, siempre con supervisión médica y de enfermería.</p>
<h2>Metro y autobús</h2>
<ul><li>Metro: República Argentina (línea 6) o Cruz del Rayo (línea 9), a 5 minutos a pie.</li><li>Autobuses: 9, 16, 19 y 51.</li></ul>
<h2>En coche</h2>
<p>No disponemos de aparcamiento propio. El aparcamiento público más cercano está en la calle Príncipe de Vergara, a 300 metros. <b>Recuerde que después de la sesión no podrá conducir</b> hasta el día siguiente: venga acompañado o utilice el transporte público con un acompañante.</p>
<h2>Horario</h2>
<p>Lunes a viernes de 8:30 a 19:00. Las sesiones de tratamiento se programan por la mañana para que pueda descansar el resto del día.</p>
<h2>Contacto</h2>
<p>Teléfono: 91 000 00 00 &middot; WhatsApp (solo citas): 600 000 000 &middot; <a href="mailto:citas@clinicaalba-salud.example">citas@clinicaalba-salud.example</a></p>
</main>
<footer>Clínica Alba S.L. &middot; Centro sanitario autorizado por la Comunidad de Madrid &middot; <a href="/es/aviso-legal">Aviso legal</a> &middot; <a href="/es/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

p("h3321", "https://www.centre-horizon-psy.example/infos-pratiques", "clinic", False, "fr",
  "spravato-centre-practical-info-fr", "Informations pratiques – Centre Horizon, psychiatrie ambulatoire", """
<header><a href="/">Centre Horizon</a> <nav><a href="/soins">Nos soins</a> <a href="/equipe">L'équipe</a> <a href="/infos-pratiques">Infos pratiques</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Informations pratiques</h1>
<h2>Adresse</h2>
<p>Centre Horizon, 14 rue des Tanneurs, 2e étage, 69000 Lyon. Tram T1, arrêt Guillotière.</p>
<h2>Votre séance d'eskétamine</h2>
<p>Le spray nasal d'eskétamine (Spravato&reg;) est administré dans nos locaux, par vous-même, sous le contrôle d'une infirmière. Vous restez ensuite en observation au moins deux heures dans un fauteuil, avec prise de tension régulière. Comptez une demi-journée.</p>
<ul>
<li>Venez à jeun de solides depuis 2 heures et sans avoir bu depuis 30 minutes.</li>
<li>Apportez votre carte Vitale, votre carte de mutuelle et la liste de vos traitements.</li>
<li>Prévoyez un accompagnant ou un taxi conventionné : la conduite est interdite jusqu'au lendemain.</li>
</ul>
<h2>Prise en charge</h2>
<p>Les séances sont réalisées dans le cadre d'une hospitalisation de jour ; les frais sont pris en charge selon les conditions habituelles de l'Assurance Maladie et de votre complémentaire.</p>
<h2>Horaires et contact</h2>
<p>Secrétariat du lundi au vendredi, 9h–12h30 et 14h–17h : 04 00 00 00 00. Les rendez-vous de suivi avec votre psychiatre peuvent, selon votre situation, se faire en téléconsultation.</p>
</main>
<footer>Centre Horizon – établissement de soins psychiatriques &middot; <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h3322", "https://www.ggz-rivierenland-oost.example/locaties/esketamine-behandeling", "clinic", False, "nl",
  "mental-health-trust-locations-page-nl", "Locaties esketamine- en ketaminebehandeling | GGZ Rivierenland Oost", """
<header><a href="/">GGZ Rivierenland Oost</a> <nav><a href="/hulp">Hulp bij</a> <a href="/behandelingen">Behandelingen</a> <a href="/locaties">Locaties</a> <a href="/verwijzers">Voor verwijzers</a></nav></header>
<main>
<p class="kruimel">Home &gt; Behandelingen &gt; Snelwerkende behandeling bij depressie &gt; Locaties</p>
<h1>Waar vindt de behandeling plaats?</h1>
<p>De behandeling met esketamine-neusspray of ketamine-infusie geven we op twee locaties. U komt twee keer per week, de eerste vier weken. Na elke toediening blijft u minimaal twee uur onder toezicht van een verpleegkundige.</p>
<div class="locatie"><h2>Arnhem – Centrum voor Stemmingsstoornissen</h2><p>Wagnerlaan 00, 6800 AA Arnhem<br>Receptie: 026 000 0000<br>Maandag t/m vrijdag 8.30–17.00</p><p>Parkeren: betaald parkeren op het terrein, patiënten krijgen een uitrijkaart bij de balie.</p></div>
<div class="locatie"><h2>Nijmegen – Polikliniek Heyendaal</h2><p>Heyendaalseweg 00, 6500 AB Nijmegen<br>Receptie: 024 000 0000<br>Dinsdag en donderdag</p><p>Bereikbaar met bus 10 en 11, halte Heyendaal.</p></div>
<h2>Verwijzing</h2>
<p>U heeft een verwijzing nodig van uw huisarts of psychiater. De intake vindt plaats in Arnhem. Controlegesprekken met uw psychiater kunnen soms via beeldbellen.</p>
<p><a href="/behandelingen/snelwerkende-behandeling">Meer over de behandeling</a> &middot; <a href="/vergoeding">Vergoeding en eigen risico</a></p>
</main>
<footer>GGZ Rivierenland Oost &middot; <a href="/privacy">Privacy</a> &middot; <a href="/klachten">Klachten</a></footer>
""", noise="cookie-nl")

p("h3323", "https://www.centroaurora-psichiatria.example/il-nostro-team", "clinic", False, "it",
  "clinic-team-directory-page-it", "Il nostro team | Centro Aurora – Psichiatria e terapie innovative", """
<header><a href="/">Centro Aurora</a> <nav><a href="/trattamenti">Trattamenti</a> <a href="/il-nostro-team">Il team</a> <a href="/sedi">Sedi</a> <a href="/prenota" class="btn">Prenota una visita</a></nav></header>
<main>
<h1>Il nostro team</h1>
<p>Al Centro Aurora lavorano psichiatri, anestesisti, infermieri e psicoterapeuti. Ogni percorso con esketamina spray nasale o con ketamina endovenosa è seguito da un medico dall'inizio alla fine.</p>
<div class="team">
<div><h2>Dott.ssa Chiara Bellandi</h2><p>Psichiatra, responsabile clinica. Valuta tutti i nuovi pazienti e definisce il piano di trattamento. Sede di Milano.</p></div>
<div><h2>Dott. Marco Vigan&ograve;</h2><p>Anestesista-rianimatore. Supervisiona le infusioni e il monitoraggio dei parametri vitali. Sedi di Milano e Monza.</p></div>
<div><h2>Dott.ssa Silvia Ferretti</h2><p>Psichiatra. Si occupa dei controlli periodici, anche in videoconsulto dopo le prime sedute in sede.</p></div>
<div><h2>Luca Pagani</h2><p>Infermiere. Vi accoglie il giorno della seduta e resta con voi durante il periodo di osservazione.</p></div>
<div><h2>Dott.ssa Giulia Rota</h2><p>Psicologa e psicoterapeuta. Conduce i colloqui di preparazione e di integrazione.</p></div>
</div>
<p>Per prenotare una prima visita: 02 0000 0000 (lun–ven 9–18) oppure tramite il modulo online.</p>
</main>
<footer>Centro Aurora S.r.l. &middot; Struttura sanitaria autorizzata &middot; Direttore sanitario: Dott.ssa Chiara Bellandi &middot; <a href="/privacy">Privacy</a> &middot; P.IVA 00000000000</footer>
""")

# ---------------------------------------------------------------- informational: directories, reviews, comparisons

p("h3324", "https://www.findketaminecare.example/clinics/tx/austin", "informational", False, "en",
  "third-party-clinic-directory-city-listing", "Ketamine Clinics in Austin, TX (11 listings) | FindKetamineCare", """
<header><a href="/">FindKetamineCare</a> <nav><a href="/clinics">Browse clinics</a> <a href="/at-home">At-home programs</a> <a href="/guides">Guides</a> <a href="/for-providers">List your practice</a></nav></header>
<main>
<p class="crumbs">Home &rsaquo; Texas &rsaquo; Austin</p>
<h1>Ketamine clinics in Austin, TX</h1>
<p>11 providers &middot; Sorted by: <a href="?sort=relevance">Relevance</a> | <a href="?sort=distance">Distance</a> | <a href="?sort=price">Price</a></p>
<p class="disclosure">Listings marked "Featured" paid for placement. Prices are reported by the clinics and may be out of date; confirm directly with the provider.</p>
<ol class="listings">
<li class="featured"><h3>Lone Star Infusion Therapy <span>Featured</span></h3><p>IV ketamine &middot; Spravato (REMS certified)</p><p>3801 N Lamar Blvd, Suite 150, Austin, TX 78756 &middot; (512) 555-0131</p><p>From $450 per infusion &middot; Accepts HSA/FSA</p><a class="btn" href="/go/lone-star-infusion?src=austin">Book now</a> <a href="/clinics/tx/austin/lone-star-infusion">Details</a></li>
<li><h3>Barton Creek Mind &amp; Body</h3><p>Ketamine-assisted psychotherapy &middot; IM ketamine</p><p>2700 Bee Caves Rd, Austin, TX 78746 &middot; (512) 555-0175</p><p>KAP session $650 (includes therapist) &middot; Sliding scale available</p><a class="btn" href="/go/barton-creek-mind?src=austin">Request appointment</a></li>
<li><h3>Central Texas Interventional Psychiatry</h3><p>Spravato &middot; TMS &middot; IV ketamine</p><p>6500 N MoPac Expy, Bldg 2, Austin, TX 78731 &middot; (512) 555-0112</p><p>Insurance accepted for Spravato &middot; IV ketamine self-pay $525</p><a class="btn" href="/go/ctx-interventional?src=austin">Visit website</a></li>
<li><h3>Round Rock Ketamine Center</h3><p>IV ketamine &middot; chronic pain infusions</p><p>1500 E Palm Valley Blvd, Round Rock, TX 78664 &middot; (512) 555-0190</p><p>$400 per mood infusion, pain infusions from $700</p><a class="btn" href="/go/round-rock-ketamine?src=austin">Book now</a></li>
</ol>
<p><a href="?page=2">Show 7 more clinics</a></p>
<aside class="promo"><h3>Live outside Austin?</h3><p>Compare at-home ketamine programs that serve Texas residents after a virtual evaluation. <a href="/at-home/texas">See at-home options</a></p></aside>
<section class="faq"><h2>How to choose a clinic</h2><p>Ask who is on site during treatment, whether they coordinate with your psychiatrist, how they monitor blood pressure, and what happens if a series doesn't help. Be wary of any provider that doesn't do a medical evaluation first.</p></section>
</main>
<footer>FindKetamineCare is an independent directory and does not provide medical care. &copy; 2026 &middot; <a href="/editorial-policy">Editorial policy</a> &middot; <a href="/advertise">Advertise</a></footer>
""", noise="cookie")

p("h3325", "https://www.carecompare-reviews.example/telehealth/stillwater-health", "informational", False, "en",
  "review-site-telehealth-service-reviews", "Stillwater Health Reviews 2026: 1,284 patient reviews | CareCompare", """
<header><a href="/">CareCompare</a> <form><input type="search" placeholder="Search a company or category"></form> <nav><a href="/categories">Categories</a> <a href="/write-a-review">Write a review</a> <a href="/business">For businesses</a></nav></header>
<main>
<p class="crumbs">Categories &gt; Health &gt; Mental health &gt; Online ketamine therapy</p>
<h1>Stillwater Health</h1>
<p class="score">TrustScore 3.9 / 5 &middot; 1,284 reviews &middot; <a href="https://www.stillwaterhealth.example">stillwaterhealth.example</a> &middot; Company claimed this profile</p>
<div class="breakdown">5 stars 58% &middot; 4 stars 14% &middot; 3 stars 7% &middot; 2 stars 6% &middot; 1 star 15%</div>
<div class="filters">Filter: <a href="#">Most recent</a> <a href="#">Verified</a> <a href="#">With replies</a></div>
<article class="review"><h3>&#9733;&#9733;&#9733;&#9733;&#9733; Clinician actually listened</h3><p>Had my evaluation over video, the NP went through every med I've tried. Prescription was approved in two days and the package came with a signature required. The blood pressure cuff thing seemed excessive at first but I get it now.</p><p class="meta">Renee K. &middot; Verified &middot; Date of experience: November 2026</p></article>
<article class="review"><h3>&#9733;&#9733; Shipping delays</h3><p>Treatment has helped, but my refill sat at the pharmacy for a week and support kept sending the same canned reply. Finally got it after I called.</p><p class="meta">Tom B. &middot; Date of experience: October 2026</p><div class="reply"><b>Reply from Stillwater Health:</b> Tom, we're sorry about the delay. We've shared your feedback with our pharmacy partner and sent you a message in the app.</div></article>
<article class="review"><h3>&#9733; Denied after paying for the evaluation</h3><p>The doctor said my blood pressure was too high to start. Fair enough medically but I wish I'd known before paying $249.</p><p class="meta">Anonymous &middot; Date of experience: September 2026</p></article>
<aside><h3>People also looked at</h3><ul><li>Kindle Mind (3.7)</li><li>Everquiet (4.2)</li><li>Tideline Wellness (4.0)</li></ul></aside>
<p class="small">CareCompare does not verify medical claims. Reviews reflect individual experiences.</p>
</main>
<footer>&copy; 2026 CareCompare Inc. &middot; <a href="/guidelines">Review guidelines</a> &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h3326", "https://www.mindguideweekly.example/compare/ketamine-clinic-vs-at-home", "informational", False, "en",
  "comparison-table-clinics-and-telehealth", "In-clinic vs. at-home ketamine: 8 options compared (2026) | MindGuide Weekly", """
<header><a href="/">MindGuide Weekly</a> <nav><a href="/depression">Depression</a> <a href="/anxiety">Anxiety</a> <a href="/treatments">Treatments</a> <a href="/compare">Comparisons</a> <a href="/newsletter">Newsletter</a></nav></header>
<main>
<h1>In-clinic vs. at-home ketamine: 8 options compared</h1>
<p class="byline">By Lauren Eckhart &middot; Medically reviewed by Samuel Ortiz, MD &middot; Updated December 1, 2026</p>
<p class="disclosure">We may earn a commission if you sign up through links on this page. This does not affect our ratings.</p>
<p>Ketamine for depression is offered in three main ways: IV or IM infusions at a clinic, Spravato nasal spray at a certified treatment center, and lozenges or tablets taken at home after a telehealth evaluation. We compared prices, supervision and access.</p>
<table class="compare">
<tr><th>Provider</th><th>Type</th><th>Where</th><th>Supervision</th><th>Typical cost</th><th></th></tr>
<tr><td>Stillwater Health</td><td>At-home, sublingual</td><td>18 states</td><td>Video visits; support person at home</td><td>$249 evaluation + $129/mo</td><td><a href="/out/stillwater">Visit site</a></td></tr>
<tr><td>Everquiet</td><td>At-home, oral tablets</td><td>18 states</td><td>Video visits; monitored first session</td><td>$299 first month</td><td><a href="/out/everquiet">Visit site</a></td></tr>
<tr><td>Kindle Mind</td><td>At-home + coaching</td><td>19 states</td><td>Psychiatric clinician, messaging</td><td>$249 + $129/mo + pharmacy</td><td><a href="/out/kindlemind">Visit site</a></td></tr>
<tr><td>BrightPath Infusion Centers</td><td>IV ketamine, Spravato</td><td>OH, IN, KY (9 sites)</td><td>Nurse and physician on site</td><td>$450-$500/infusion</td><td><a href="/out/brightpath">Find a location</a></td></tr>
<tr><td>Summit Ketamine Center</td><td>IV ketamine, Spravato</td><td>Salt Lake City</td><td>On site; video follow-ups</td><td>$475/infusion</td><td><a href="/out/summit">Visit site</a></td></tr>
<tr><td>Grounded KAP Collective</td><td>KAP (lozenge/IM)</td><td>Asheville, NC</td><td>Therapist + physician on site</td><td>$650+/session</td><td><a href="/out/grounded">Visit site</a></td></tr>
<tr><td>Hospital Spravato programs</td><td>Esketamine</td><td>Most metro areas</td><td>2-hour monitored observation</td><td>Usually covered by insurance</td><td>&mdash;</td></tr>
<tr><td>Clinical trials</td><td>Varies</td><td>Nationwide</td><td>Research team</td><td>Free</td><td><a href="/guides/ketamine-clinical-trials">How to find one</a></td></tr>
</table>
<h2>Our take</h2>
<p>At-home programs are cheaper and more convenient but put more responsibility on you and your support person. Clinic treatment costs more up front, yet you're monitored throughout and it may be the only option your insurer will cover. Whatever you choose, avoid any site that ships ketamine without a real medical evaluation.</p>
</main>
<footer>MindGuide Weekly provides information, not medical advice. &copy; 2026</footer>
""")

p("h3327", "https://www.keystonehealthplan.example/members/find-care/spravato-treatment-centers", "informational", False, "en",
  "insurer-in-network-spravato-list", "In-network Spravato (esketamine) treatment centers | Keystone Health Plan", """
<header><a href="/">Keystone Health Plan</a> <nav><a href="/members">Members</a> <a href="/providers">Providers</a> <a href="/employers">Employers</a> <a href="/members/login">Log in</a></nav></header>
<main>
<p class="crumbs">Members &gt; Find care &gt; Behavioral health</p>
<h1>In-network Spravato&reg; treatment centers</h1>
<p>Spravato (esketamine) nasal spray is covered under your medical benefit when prior authorization is approved. It must be given at a REMS-certified treatment center. The centers below are in network for Keystone Commercial and Keystone Advantage plans as of December 1, 2026. This list is not a guarantee of coverage; call Member Services at 1-800-555-0150 (TTY 711) to confirm.</p>
<form class="filter"><label>County <select><option>All counties</option><option>Allegheny</option><option>Dauphin</option><option>Lancaster</option></select></label> <label><input type="checkbox"> Accepting new patients</label></form>
<table>
<tr><th>Center</th><th>Address</th><th>Phone</th><th>New patients</th></tr>
<tr><td>Three Rivers Behavioral Associates</td><td>600 Grant St, Floor 12, Pittsburgh, PA</td><td>(412) 555-0181</td><td>Yes</td></tr>
<tr><td>Susquehanna Psychiatric Partners</td><td>4000 Union Deposit Rd, Harrisburg, PA</td><td>(717) 555-0147</td><td>Waitlist</td></tr>
<tr><td>Conestoga Mood Disorders Clinic</td><td>1690 Oregon Pike, Lancaster, PA</td><td>(717) 555-0199</td><td>Yes</td></tr>
<tr><td>Allegheny Valley Hospital &ndash; Outpatient Psychiatry</td><td>1301 Carlisle St, Natrona Heights, PA</td><td>(724) 555-0102</td><td>Yes</td></tr>
</table>
<h2>Not covered</h2>
<p>IV ketamine infusions for depression and ketamine prescribed for use at home are not covered under most Keystone plans because they are considered off-label. See the <a href="/policies/medical/ketamine">medical policy on ketamine</a>.</p>
<p><a href="/forms/prior-auth-spravato.pdf">Prior authorization form for providers (PDF)</a></p>
</main>
<footer>Keystone Health Plan is an independent licensee. &copy; 2026 &middot; <a href="/nondiscrimination">Nondiscrimination</a> &middot; <a href="/language-assistance">Language assistance</a></footer>
""")

p("h3328", "https://www.asipp-ketamine.example/find-a-member?state=CO&service=all", "informational", False, "en",
  "professional-association-member-search-results", "Find a Member Practice | Association of Interventional Psychiatry Practitioners", """
<header><a href="/">AIPP &middot; Association of Interventional Psychiatry Practitioners</a> <nav><a href="/about">About</a> <a href="/standards">Practice standards</a> <a href="/education">Education</a> <a href="/membership">Membership</a> <a href="/find-a-member">Find a member</a></nav></header>
<main>
<h1>Find a member practice</h1>
<form><label>State <select><option selected>Colorado</option></select></label> <label>Service <select><option>All services</option><option>IV ketamine</option><option>Spravato</option><option>KAP</option><option>Telehealth</option></select></label> <button>Search</button></form>
<p>7 results in Colorado. Membership means a practice has agreed to the AIPP practice standards; the Association does not inspect, license or endorse individual members.</p>
<ul class="results">
<li><b>Front Range Ketamine Institute</b> &ndash; Denver &middot; IV ketamine, Spravato &middot; Member since 2019 &middot; <a href="#">Profile</a></li>
<li><b>Aspen Grove Psychiatry</b> &ndash; Boulder &middot; Spravato, TMS &middot; Member since 2021</li>
<li><b>Pikes Peak Infusion</b> &ndash; Colorado Springs &middot; IV ketamine &middot; Member since 2022</li>
<li><b>Foothills KAP Center</b> &ndash; Golden &middot; Ketamine-assisted psychotherapy &middot; Member since 2023</li>
<li><b>Everquiet Health</b> &ndash; Telehealth (serves CO residents) &middot; Member since 2024</li>
<li><b>Western Slope Mood Clinic</b> &ndash; Grand Junction &middot; IV ketamine, Spravato &middot; Member since 2020</li>
<li><b>Mile High Anesthesia &amp; Wellness</b> &ndash; Aurora &middot; IV ketamine, pain &middot; Member since 2018</li>
</ul>
<p class="note">Are you a member? <a href="/login">Log in</a> to update your listing. Patients with a concern about a practice should contact the state medical or nursing board.</p>
</main>
<footer>&copy; 2026 AIPP, a 501(c)(6) professional association &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h3329", "https://www.costcompass.example/health/how-much-does-ketamine-therapy-cost", "informational", False, "en",
  "ketamine-therapy-cost-guide", "How Much Does Ketamine Therapy Cost in 2026? | CostCompass", """
<header><a href="/">CostCompass</a> <nav><a href="/health">Health</a> <a href="/home">Home</a> <a href="/auto">Auto</a> <a href="/pets">Pets</a></nav></header>
<main>
<h1>How much does ketamine therapy cost?</h1>
<p class="summary"><b>Typical cost:</b> $400 to $800 per IV infusion; $2,400 to $4,800 for a standard series of six. At-home programs run $200 to $450 per month. Spravato with insurance: often a copay of $0 to $150 per session.</p>
<h2>Cost by type of treatment</h2>
<table><tr><th>Treatment</th><th>Price range</th><th>Notes</th></tr>
<tr><td>IV ketamine (clinic)</td><td>$400-$800 per session</td><td>Usually self-pay; six sessions over 2-3 weeks</td></tr>
<tr><td>IM ketamine (clinic)</td><td>$250-$500 per session</td><td>Shorter visits</td></tr>
<tr><td>Ketamine-assisted psychotherapy</td><td>$500-$1,200 per session</td><td>Includes therapist time; preparation and integration extra</td></tr>
<tr><td>Spravato (esketamine)</td><td>$590-$885 per dose before insurance</td><td>Plus the 2-hour monitoring visit; commonly covered</td></tr>
<tr><td>At-home, telehealth prescribed</td><td>$200-$450 per month</td><td>Medication often billed separately by the pharmacy</td></tr></table>
<h2>What affects the price</h2>
<ul><li><b>Location.</b> Clinics in large coastal cities charge 20-30% more.</li><li><b>Who gives the treatment.</b> Anesthesiologist-led practices tend to cost more than nurse-anesthetist or NP-led ones.</li><li><b>Extras.</b> Initial consultations ($150-$350), lab work, an EKG, integration therapy.</li></ul>
<h2>Ways to save</h2>
<p>Ask for package pricing, use HSA/FSA funds, request a superbill for out-of-network reimbursement, and check the manufacturer's savings program if you are prescribed Spravato. Some university hospitals run clinical trials that cover treatment.</p>
<h2>Red flags</h2>
<p>Prices far below these ranges, no medical screening, or offers to ship ketamine without an evaluation are warning signs, not bargains.</p>
<p class="method">Prices compiled from 64 clinic websites and 9 telehealth services, November 2026.</p>
</main>
<footer>&copy; 2026 CostCompass &middot; <a href="/about">About our data</a></footer>
""", noise="cookie")

p("h3330", "https://www.milehighmag.example/wellness/best-ketamine-clinics-denver", "informational", False, "en",
  "best-clinics-city-listicle", "The 6 Best Ketamine Clinics in Denver (2026) | Mile High Mag", """
<header><a href="/">Mile High Mag</a> <nav><a href="/eat">Eat</a> <a href="/outdoors">Outdoors</a> <a href="/wellness">Wellness</a> <a href="/best-of">Best of Denver</a></nav></header>
<main>
<h1>The 6 best ketamine clinics in Denver</h1>
<p class="byline">By Marissa Quon &middot; Dec 3, 2026 &middot; 7 min read</p>
<p>Denver has more ketamine providers per capita than almost any U.S. city. We called clinics, read reviews and talked to two local psychiatrists to narrow the list. None of these businesses paid to be included.</p>
<h2>1. Front Range Ketamine Institute &ndash; best overall</h2>
<p>Cherry Creek &middot; 250 Steele St, Suite 300 &middot; (303) 555-0138 &middot; $495 per infusion</p>
<p>Physician-led, coordinates closely with your existing psychiatrist, and offers Spravato for patients whose insurance covers it. <a href="https://frontrangeketamine.example/book">Book a consult</a></p>
<h2>2. Foothills KAP Center &ndash; best for therapy-centered care</h2>
<p>Golden &middot; 1400 Washington Ave &middot; (303) 555-0154 &middot; from $700 per KAP session</p>
<p>A therapist stays with you throughout each session; integration sessions can be in person or on video.</p>
<h2>3. Mile High Anesthesia &amp; Wellness &ndash; best for chronic pain</h2>
<p>Aurora &middot; 14000 E Exposition Ave &middot; (720) 555-0117 &middot; pain infusions from $750</p>
<h2>4. Aspen Grove Psychiatry &ndash; best for insurance</h2>
<p>Boulder &middot; 3005 Arapahoe Ave &middot; (303) 555-0160 &middot; in-network for Spravato with most major plans</p>
<h2>5. Platte River Infusion &ndash; best weekend hours</h2>
<p>LoDo &middot; 1720 Wazee St &middot; (720) 555-0186 &middot; $450, Saturday appointments</p>
<h2>6. Highlands Mind Clinic &ndash; best newcomer</h2>
<p>Highland &middot; 3300 W 32nd Ave &middot; (303) 555-0172 &middot; $425 introductory infusion</p>
<h2>What about at-home ketamine?</h2>
<p>Several telehealth companies prescribe ketamine to Colorado residents after a video evaluation. They're cheaper, but our sources recommended in-person care for a first experience.</p>
<p class="related">Related: <a href="#">Denver's best therapists taking new clients</a> &middot; <a href="#">Psilocybin healing centers: what's open now</a></p>
</main>
<footer>&copy; 2026 Mile High Mag Media &middot; <a href="/ethics">Ethics policy</a></footer>
""", noise="cookie")

p("h3331", "https://www.presseportal-gesundheit.example/pm/11873/neuer-standort-esketamin", "informational", False, "de",
  "health-system-press-release-newswire-de", "Klinikverbund Nordheide eröffnet dritte Spezialambulanz für therapieresistente Depression | Presseportal Gesundheit", """
<header><a href="/">Presseportal Gesundheit</a> <nav><a href="/kliniken">Kliniken</a> <a href="/pharma">Pharma</a> <a href="/politik">Gesundheitspolitik</a> <a href="/abo">Pressemitteilungen abonnieren</a></nav></header>
<main>
<p class="quelle">Pressemitteilung von: Klinikverbund Nordheide gGmbH &middot; 04.12.2026, 10:15</p>
<h1>Klinikverbund Nordheide eröffnet dritte Spezialambulanz für therapieresistente Depression</h1>
<p><b>Buchholz</b> – Der Klinikverbund Nordheide erweitert sein Angebot für Menschen mit schweren, behandlungsresistenten Depressionen. Ab Januar 2027 behandelt die Psychiatrische Institutsambulanz am Standort Buchholz Patientinnen und Patienten mit Esketamin-Nasenspray. Bisher war die Behandlung nur in Winsen und Tostedt möglich; dort lagen die Wartezeiten zuletzt bei bis zu zehn Wochen.</p>
<p>„Viele Betroffene haben bereits mehrere Antidepressiva ohne ausreichende Wirkung ausprobiert“, sagt Chefärztin Dr. med. Annette Brauckmann. „Für sie ist es ein wichtiger Schritt, dass die Behandlung jetzt auch wohnortnah angeboten werden kann.“ Die Anwendung erfolgt ausschließlich in der Ambulanz unter Aufsicht von Pflegefachkräften, mit anschließender Beobachtungszeit.</p>
<p>Die neue Ambulanz befindet sich im Erdgeschoss des Gesundheitszentrums am Bahnhof. Eine Überweisung durch niedergelassene Fachärztinnen und -ärzte ist erforderlich. Weitere Informationen unter www.klinikverbund-nordheide.example/depression.</p>
<p><b>Über den Klinikverbund Nordheide:</b> Der Verbund betreibt drei Krankenhäuser und zwölf ambulante Einrichtungen mit rund 2.400 Beschäftigten.</p>
<p><b>Pressekontakt:</b> Jana Wilkens, Unternehmenskommunikation, Tel. 00000 000-1020, presse@klinikverbund-nordheide.example</p>
</main>
<aside><h3>Weitere Meldungen</h3><ul><li>Landeskrankenhausplan: Neue Zuschnitte für Psychiatrie</li><li>Digitale Gesundheitsanwendungen: Zahl der Verordnungen steigt</li></ul></aside>
<footer>Für den Inhalt der Pressemitteilung ist der Herausgeber verantwortlich. &copy; 2026 Presseportal Gesundheit</footer>
""", noise="cookie-de")

p("h3332", "https://www.registroensayos.example/estudio/KET-DR-204/centros", "informational", False, "es",
  "clinical-trial-site-list-es", "KET-DR-204: Centros participantes | Registro de Ensayos Clínicos", """
<header><a href="/">Registro de Ensayos Clínicos</a> <nav><a href="/buscar">Buscar estudios</a> <a href="/pacientes">Para pacientes</a> <a href="/que-es-un-ensayo">¿Qué es un ensayo clínico?</a></nav></header>
<main>
<h1>Ketamina oral de liberación prolongada frente a placebo en depresión resistente (KET-DR-204)</h1>
<p>Estado: <b>Reclutando</b> &middot; Fase 2 &middot; Promotor: Hospital Universitario del Norte (promotor académico) &middot; Última actualización: 28/11/2026</p>
<nav class="pestanas"><a href="../resumen">Resumen</a> <a href="../criterios">Criterios de inclusión</a> <b>Centros participantes</b> <a href="../resultados">Resultados</a></nav>
<h2>Centros participantes (6)</h2>
<table>
<tr><th>Centro</th><th>Ciudad</th><th>Estado</th><th>Contacto del estudio</th></tr>
<tr><td>Hospital Universitario del Norte – Servicio de Psiquiatría</td><td>Santander</td><td>Reclutando</td><td>Dra. Lucía Arrieta &middot; 942 00 00 00</td></tr>
<tr><td>Hospital Clínico San Rafael</td><td>Barcelona</td><td>Reclutando</td><td>Dr. Jordi Vilaseca &middot; 93 000 00 00</td></tr>
<tr><td>Hospital General de Levante</td><td>Valencia</td><td>Reclutando</td><td>Dra. Inés Ballester &middot; 96 000 00 00</td></tr>
<tr><td>Complejo Hospitalario de Sevilla Este</td><td>Sevilla</td><td>Aún no recluta</td><td>—</td></tr>
<tr><td>Hospital Universitario Meseta</td><td>Valladolid</td><td>Reclutando</td><td>Dr. Álvaro Casado &middot; 983 00 00 00</td></tr>
<tr><td>Instituto de Salud Mental Cantábrico</td><td>Oviedo</td><td>Completado</td><td>—</td></tr>
</table>
<p class="aviso">La participación es voluntaria. El tratamiento del estudio solo se administra en los centros participantes bajo el protocolo aprobado por el Comité de Ética. Este registro no recomienda ningún tratamiento ni centro; consulte con su médico.</p>
</main>
<footer>Registro de Ensayos Clínicos &middot; <a href="/accesibilidad">Accesibilidad</a> &middot; <a href="/aviso-legal">Aviso legal</a></footer>
""", noise="cookie-es")

p("h3333", "https://www.annuaire-soins-psy.example/esketamine/auvergne-rhone-alpes", "informational", False, "fr",
  "third-party-clinic-directory-region-fr", "Centres proposant l'eskétamine en Auvergne-Rhône-Alpes – Annuaire Soins Psy", """
<header><a href="/">Annuaire Soins Psy</a> <nav><a href="/psychiatres">Psychiatres</a> <a href="/cmp">CMP</a> <a href="/esketamine">Eskétamine</a> <a href="/rtms">rTMS</a> <a href="/ajouter">Référencer un établissement</a></nav></header>
<main>
<p class="fil">Accueil &gt; Eskétamine &gt; Auvergne-Rhône-Alpes</p>
<h1>Centres proposant l'eskétamine en Auvergne-Rhône-Alpes</h1>
<p>5 établissements référencés. Annuaire indépendant, mis à jour à partir des informations publiques et des signalements des établissements. Vérifiez toujours auprès du centre.</p>
<div class="fiche"><h2>Centre Horizon</h2><p>14 rue des Tanneurs, 69000 Lyon &middot; 04 00 00 00 00</p><p>Spray nasal d'eskétamine en hôpital de jour &middot; téléconsultations de suivi</p><a href="/fiche/centre-horizon">Voir la fiche</a> <a class="btn" href="/rdv/centre-horizon">Prendre rendez-vous</a></div>
<div class="fiche"><h2>CHU de la Vallée – Pôle psychiatrie</h2><p>Boulevard de l'Hôpital, 38000 Grenoble &middot; 04 00 00 00 01</p><p>Eskétamine, kétamine IV dans le cadre d'essais cliniques</p><a href="/fiche/chu-vallee">Voir la fiche</a></div>
<div class="fiche"><h2>Clinique des Monts d'Or</h2><p>Route de Limonest, 69450 Saint-Cyr-au-Mont-d'Or &middot; 04 00 00 00 02</p><p>Eskétamine, rTMS &middot; secteur privé</p><a href="/fiche/monts-dor">Voir la fiche</a> <a class="btn" href="/rdv/monts-dor">Prendre rendez-vous</a></div>
<div class="fiche"><h2>Centre hospitalier de Savoie-Lac</h2><p>Chambéry &middot; 04 00 00 00 03</p><p>Eskétamine (adultes)</p></div>
<div class="fiche"><h2>Clinique du Forez</h2><p>Saint-Étienne &middot; 04 00 00 00 04</p><p>Eskétamine &middot; liste d'attente signalée</p></div>
<p class="note">L'eskétamine est réservée aux établissements de santé ; elle ne se délivre pas en pharmacie de ville et ne peut pas être utilisée à domicile.</p>
</main>
<footer>Annuaire Soins Psy – site d'information, ne délivre aucun avis médical &middot; <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h3334", "https://www.salutemente-magazine.example/guide/migliori-centri-ketamina-milano", "informational", False, "it",
  "best-clinics-city-listicle-it", "I migliori centri per la terapia con ketamina ed esketamina a Milano | SaluteMente", """
<header><a href="/">SaluteMente</a> <nav><a href="/depressione">Depressione</a> <a href="/ansia">Ansia</a> <a href="/guide">Guide</a> <a href="/newsletter">Newsletter</a></nav></header>
<main>
<h1>Terapia con ketamina ed esketamina a Milano: i centri da conoscere</h1>
<p class="autore">di Federica Lanza &middot; aggiornato il 2 dicembre 2026</p>
<p>Abbiamo raccolto i centri milanesi che offrono esketamina spray nasale o infusioni di ketamina per la depressione resistente. Nessuna struttura ha pagato per comparire. I prezzi sono quelli comunicati dai centri al momento della pubblicazione.</p>
<h2>1. Centro Aurora</h2>
<p>Zona Porta Venezia e sede di Monza &middot; tel. 02 0000 0000 &middot; prima visita psichiatrica 180 €, infusione 420 €. Team con anestesista presente durante le sedute, controlli anche in videoconsulto. <a href="https://www.centroaurora-psichiatria.example/prenota">Prenota</a></p>
<h2>2. Ospedale Niguarda – ambulatorio depressione resistente (esempio)</h2>
<p>Esketamina a carico del SSN con impegnativa e piano terapeutico; tempi di attesa lunghi.</p>
<h2>3. Clinica San Vittore Salute</h2>
<p>Via Olona &middot; tel. 02 0000 0001 &middot; esketamina in regime privato e convenzionato con alcune assicurazioni.</p>
<h2>4. Studio Navigli Psichiatria</h2>
<p>Piccolo studio con psicoterapia integrata alle sedute; solo ketamina intramuscolare, 350 € a seduta.</p>
<h2>Come scegliere</h2>
<p>Chiedete chi è presente durante la seduta, come viene controllata la pressione e se il centro si coordina con il vostro psichiatra. Diffidate dei siti che propongono la ketamina da ricevere a casa senza visita: in Italia non è un'opzione legale.</p>
</main>
<footer>SaluteMente è una testata di informazione e non fornisce consulenza medica. &copy; 2026</footer>
""")

p("h3335", "https://www.zorgoordeel.example/zorgaanbieders/ggz-rivierenland-oost/esketamine", "informational", False, "nl",
  "patient-review-site-provider-page-nl", "GGZ Rivierenland Oost – ervaringen esketaminebehandeling | ZorgOordeel", """
<header><a href="/">ZorgOordeel</a> <form><input type="search" placeholder="Zoek zorgverlener of behandeling"></form> <nav><a href="/specialismen">Specialismen</a> <a href="/waardeer">Waardeer je zorg</a></nav></header>
<main>
<p class="kruimel">Home &gt; GGZ &gt; Gelderland &gt; GGZ Rivierenland Oost</p>
<h1>GGZ Rivierenland Oost – esketamine- en ketaminebehandeling</h1>
<p class="cijfer">Gemiddeld cijfer 7,8 &middot; 46 waarderingen &middot; 89% beveelt aan</p>
<p>Locaties: Arnhem (Wagnerlaan) en Nijmegen (Heyendaal) &middot; <a href="https://www.ggz-rivierenland-oost.example/locaties/esketamine-behandeling">Website zorgaanbieder</a></p>
<div class="waardering"><h3>8,5 – „Goed begeleid, lange wachttijd“</h3><p>Na vijf maanden wachten kon ik eindelijk starten. De verpleegkundigen waren heel rustig en bleven de hele observatietijd in de buurt. Na drie weken merkte ik dat ik weer dingen oppakte.</p><p class="meta">Patiënt, 40–50 jaar &middot; november 2026</p></div>
<div class="waardering"><h3>6,0 – „Parkeren is een drama“</h3><p>Behandeling prima, maar de parkeerplaats in Arnhem is altijd vol en je mag na afloop niet zelf rijden, dus ik moest steeds iemand regelen.</p><p class="meta">Patiënt, 30–40 jaar &middot; oktober 2026</p><div class="reactie"><b>Reactie van de zorgaanbieder:</b> Dank voor uw feedback. Sinds december kunnen patiënten een gereserveerde plek aanvragen bij de receptie.</div></div>
<div class="waardering"><h3>9,0 – „Controles via beeldbellen scheelt veel reistijd“</h3><p class="meta">Naaste van patiënt &middot; september 2026</p></div>
<p class="small">Waarderingen worden gecontroleerd op taalgebruik, niet op medische juistheid.</p>
</main>
<footer>ZorgOordeel is een onafhankelijk waarderingsplatform. &copy; 2026</footer>
""", noise="cookie-nl")

# ---------------------------------------------------------------- sellers (flagged): same boundary, wrong side

p("h3336", "https://www.ketamineclinicsnearme-usa.example/directory/california", "seller", True, "en",
  "seller-fake-clinic-directory-all-links-one-shop", "Ketamine Clinics in California - Top Rated Providers 2026 | KetamineClinicsNearMe", """
<header><a href="/">KetamineClinicsNearMe USA</a> <nav><a href="/directory">All States</a> <a href="/blog">Blog</a> <a href="https://ketarelief-meds.example/shop">Order Online</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Top Rated Ketamine Clinics in California</h1>
<p>Can't get an appointment? Tired of waitlists and $700 infusions? Every provider below is verified by our team and can deliver treatment straight to your home. No referral, no insurance, no long consultation.</p>
<div class="listing"><h3>&#11088; Los Angeles Ketamine Care</h3><p>Rating 4.9 (312 reviews) &middot; Serving all of LA County</p><p>Liquid ketamine vials 10ml/500mg, nasal spray, crystal. Overnight delivery.</p><a class="btn" href="https://ketarelief-meds.example/shop/ketamine-hcl-vials?ref=la">Visit Clinic</a></div>
<div class="listing"><h3>&#11088; San Francisco Ketamine Wellness</h3><p>Rating 4.8 (204 reviews) &middot; Bay Area</p><p>Esketamine (Spravato) 28mg devices available without waiting for REMS center. Discreet packaging.</p><a class="btn" href="https://ketarelief-meds.example/shop/spravato-nasal-spray?ref=sf">Visit Clinic</a></div>
<div class="listing"><h3>&#11088; San Diego Mood Clinic</h3><p>Rating 4.9 (188 reviews)</p><p>Ketamine powder and vials, bulk discount from 5 units.</p><a class="btn" href="https://ketarelief-meds.example/shop/ketamine-crystal?ref=sd">Visit Clinic</a></div>
<div class="listing"><h3>&#11088; Sacramento Depression Relief</h3><p>Rating 5.0 (97 reviews)</p><p>Ketalar 50mg/ml and generic vials. Pay with Bitcoin, Zelle or Cash App for 10% off.</p><a class="btn" href="https://ketarelief-meds.example/shop/ketalar?ref=sac">Visit Clinic</a></div>
<div class="listing"><h3>&#11088; Fresno Ketamine Center</h3><p>Rating 4.7 (61 reviews)</p><p>Same-day shipping to all 50 states. Stealth delivery guaranteed or free reship.</p><a class="btn" href="https://ketarelief-meds.example/shop?ref=fresno">Visit Clinic</a></div>
<section class="faq"><h2>FAQ</h2>
<p><b>Do I need a prescription?</b> No. Our partner pharmacy handles everything online. Just place your order and answer a few questions at checkout.</p>
<p><b>Is it legal?</b> Ketamine is an FDA approved medicine used in hospitals every day.</p>
<p><b>How do I contact a clinic?</b> All listed clinics use one central order desk: WhatsApp +1 (555) 010-4477.</p></section>
</main>
<footer>&copy; 2026 KetamineClinicsNearMe USA. Listings are provided by our partners.</footer>
""")

p("h3337", "https://help.mindreliefdirect.example/articles/when-do-vials-ship", "seller", True, "en",
  "seller-questionnaire-online-clinic-help-article", "How fast will my order ship after the health quiz? - MindRelief Direct Help", """
<header><a href="https://mindreliefdirect.example">MindRelief Direct</a> <nav><a href="https://mindreliefdirect.example/treatments">Treatments</a> <a href="https://mindreliefdirect.example/start-quiz">Take the 3-minute quiz</a> <a href="/">Help</a></nav></header>
<main>
<p class="crumbs">Help &gt; Orders &amp; delivery</p>
<h1>How fast will my order ship after the health quiz?</h1>
<p>Fast. Once you submit your health quiz and payment, our review team checks your answers (usually within 30 minutes during business hours) and your order is packed the same day.</p>
<h2>No appointments needed</h2>
<p>Unlike other "telehealth" companies, we don't make you wait a week for a video call. Your answers are all we need. If something in your quiz needs clarification, we'll e-mail you one or two questions instead of booking a visit.</p>
<h2>What ships</h2>
<ul><li>Ketamine solution, 10 ml multi-dose vial (50 mg/ml) with sterile syringes and alcohol swabs</li><li>Nasal spray kit (bottle + atomizer), 100 mg/ml</li><li>Refill vials at member pricing</li></ul>
<p>Each vial comes with a printed dosing guide so you can adjust the amount yourself as you learn what works for you.</p>
<h2>Shipping times</h2>
<table><tr><td>Standard (USPS Priority, discreet box)</td><td>3-5 days</td><td>Free over $300</td></tr>
<tr><td>Express overnight</td><td>1-2 days</td><td>$35</td></tr>
<tr><td>International (EU, UK, CA, AU)</td><td>7-14 days</td><td>$60, customs-safe packaging</td></tr></table>
<p>No signature is needed. Packages are labelled as "lab supplies" for your privacy.</p>
<h2>Payment</h2>
<p>Card payments sometimes get declined by banks for this category. For fastest processing pay by Bitcoin, USDT or Zelle and get 15% off.</p>
<p>Was this helpful? <button>Yes</button> <button>No</button></p>
</main>
<footer>&copy; 2026 MindRelief Direct. Statements have not been evaluated by the FDA. Products are for adults 21+.</footer>
""", noise="cookie")

p("h3338", "https://ayuda.ketafarma-online.example/es/pagos-y-envios", "seller", True, "es",
  "seller-help-centre-payment-shipping-es", "Pagos y envíos – Centro de ayuda KetaFarma Online", """
<header><a href="https://ketafarma-online.example">KetaFarma Online</a> <nav><a href="https://ketafarma-online.example/tienda/ketamina-liquida">Ketamina líquida</a> <a href="https://ketafarma-online.example/tienda/ketamina-cristal">Cristal</a> <a href="https://ketafarma-online.example/tienda/esketamina-spray">Esketamina spray</a> <a href="/es">Ayuda</a> <a href="https://ketafarma-online.example/carrito">Carrito (0)</a></nav></header>
<main>
<p class="migas">Centro de ayuda &rsaquo; Pedidos</p>
<h1>Pagos y envíos</h1>
<h2>¿Qué métodos de pago aceptáis?</h2>
<p>Bizum, transferencia bancaria, Bitcoin y USDT (red TRC20). Los pagos con criptomoneda tienen un 10 % de descuento y se procesan en menos de una hora. No aceptamos tarjeta por motivos de seguridad.</p>
<h2>¿Necesito receta?</h2>
<p>No. Vendemos a cualquier adulto. Todos nuestros productos son de grado farmacéutico y vienen en su envase original.</p>
<h2>¿Cómo se envía el pedido?</h2>
<p>Envío 100 % discreto en caja neutra, sin logotipos ni descripción del contenido. Enviamos desde dentro de la UE, así que no pasa por aduana para España, Portugal, Francia, Italia y Alemania.</p>
<ul><li>Península: 48–72 h, 15 €</li><li>Baleares y Canarias: 4–6 días, 25 €</li><li>Resto de Europa: 5–8 días, 30 €</li></ul>
<h2>¿Y si el paquete no llega?</h2>
<p>Si el paquete se pierde o es retenido, lo reenviamos gratis una vez. Escríbenos por Telegram (@ketafarma_soporte) con tu número de pedido. No hables del pedido por teléfono.</p>
<h2>Pedidos al por mayor</h2>
<p>A partir de 50 g o 20 viales, precio especial. Consulta por Wickr o Telegram.</p>
</main>
<footer>&copy; 2026 KetaFarma Online &middot; <a href="/es/faq">Preguntas frecuentes</a> &middot; <a href="/es/seguimiento">Seguimiento</a></footer>
""", noise="cookie-es")

p("h3339", "https://www.clinicadigitalbemestar.example/escetamina-spray-sem-receita", "seller", True, "pt",
  "seller-questionnaire-online-clinic-esketamine-pt", "Escetamina spray nasal em casa – sem receita | Clínica Digital Bem-Estar", """
<header><a href="/">Clínica Digital Bem-Estar</a> <nav><a href="/produtos">Tratamentos</a> <a href="/questionario">Questionário</a> <a href="/rastreio">Rastrear pedido</a> <a href="/contato">Contato</a></nav></header>
<main>
<h1>Escetamina spray nasal direto na sua casa</h1>
<p>Depressão que não melhora? Agora você não precisa mais de psiquiatra, receita azul nem de ficar duas horas numa clínica. Responda ao nosso questionário online de 2 minutos e receba o spray em até 5 dias úteis em todo o Brasil.</p>
<ol class="passos"><li>Preencha o questionário (nome, idade, como você se sente)</li><li>Escolha o kit: 1, 3 ou 6 frascos</li><li>Pague com Pix e receba o código de rastreio no WhatsApp</li></ol>
<table class="precos"><tr><th>Kit</th><th>Preço</th></tr>
<tr><td>1 frasco escetamina 28 mg</td><td>R$ 690</td></tr>
<tr><td>3 frascos (mais vendido)</td><td>R$ 1.790</td></tr>
<tr><td>6 frascos + frete grátis</td><td>R$ 3.290</td></tr></table>
<p>Também temos ketamina injetável (frasco-ampola 10 ml) para quem já conhece o tratamento.</p>
<p><b>Entrega discreta:</b> embalagem sem identificação, enviada por transportadora particular. Não precisa apresentar documento no recebimento.</p>
<div class="depoimentos"><p>"Melhor do que esperar meses pelo SUS." – Carla, SP</p><p>"Chegou rápido e bem embalado." – Diego, BH</p></div>
<p><a class="btn" href="/questionario">Começar questionário</a> &middot; Atendimento pelo WhatsApp: (11) 90000-0000</p>
</main>
<footer>&copy; 2026 Clínica Digital Bem-Estar. Consulte sempre um profissional de saúde.</footer>
""", noise="cookie-pt")

p("h3340", "https://www.kstore-pharma.example/fr/suivi-commande", "seller", True, "fr",
  "seller-order-tracking-lost-parcel-fr", "Suivi de commande et colis perdu – KStore Pharma", """
<header><a href="/fr">KStore Pharma</a> <nav><a href="/fr/categorie/ketamine">Kétamine</a> <a href="/fr/categorie/dissociatifs">Autres dissociatifs</a> <a href="/fr/categorie/anesthesiques">Anesthésiques</a> <a href="/fr/suivi-commande">Suivi</a> <a href="/fr/panier">Panier</a></nav></header>
<main>
<h1>Suivre ma commande</h1>
<form><label>Numéro de commande <input placeholder="KS-000000"></label> <label>E-mail <input type="email"></label> <button>Suivre</button></form>
<h2>Délais habituels</h2>
<p>Préparation sous 24 h après réception du paiement. Livraison en France métropolitaine en 3 à 5 jours ouvrés, Belgique et Suisse 5 à 7 jours. Le numéro de suivi vous est envoyé par e-mail ou par Signal dans les 48 h.</p>
<h2>Mon colis n'est pas arrivé</h2>
<p>Pas de panique : 98 % de nos colis arrivent. Si votre suivi n'a pas bougé depuis 10 jours ouvrés, contactez-nous et nous vous renvoyons la commande <b>gratuitement</b> (une réexpédition par client). Pour la Suisse, en cas de saisie par la douane, nous renvoyons 50 % de la commande.</p>
<p>Ne signez aucun document et ne répondez à aucun courrier concernant le colis : contactez-nous d'abord.</p>
<h2>Conseils de réception</h2>
<ul><li>Utilisez une adresse où quelqu'un peut réceptionner en journée ; un point relais convient aussi.</li><li>Le nom sur le colis peut être différent du vôtre, c'est normal.</li><li>L'expéditeur apparaît comme une boutique de cosmétiques.</li></ul>
<p>Paiement accepté : Bitcoin, Monero, coupons PCS. Aucune ordonnance demandée.</p>
</main>
<footer>&copy; 2026 KStore Pharma &middot; <a href="/fr/faq">FAQ</a> &middot; <a href="/fr/livraison">Livraison</a> &middot; Support : ks_support (Signal)</footer>
""", noise="cookie-fr")

save(OUT, R)
