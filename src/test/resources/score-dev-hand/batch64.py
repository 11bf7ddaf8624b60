# Batch 64 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement. Committed before
# any scorer run.
# BLIND batch: this batch is kept blind - it is only measured, never used for tuning.
# Angle: HARD CASES ON EVERY SIDE. Sellers that look harmless or legitimate (dressed as clinics,
# telehealth, pharmacies, blogs, review sites, chemical suppliers; some with the evidence only in the
# URL, a payment line, a product table or a messenger handle); clinics with prices, "buy", checkout,
# shop URLs and WhatsApp; telehealth that ships home, has a checkout and intake questionnaires and
# refers to partners; informational pages with prices, vendor names and "buy" wording (news, court,
# harm reduction, research, forum, compounding pharmacy, wholesaler, directory, regulator warning).
# Every page is meant to be decidable by a careful human from the page and its URL.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English + 16 others
# (de 3, es 3, fr 3, pt 3, nl 2, it 2); 6 plain-text snippets, one url-only page (bot check).
# Shapes: sellers - "wellness clinic" with an address whose home-kit line takes gift cards and BTC,
# German "Online-Apotheke" selling Ketanest S after a questionnaire only, bot-check wall on a shop URL,
# vendor-review snippet with referral code, Spanish research-chemicals shop (2-FDCK, DCK), bare order
# payment page (USDT + Telegram), French veterinary supplier without prescription, telehealth
# look-alike with automatic approval and reship, Portuguese Instagram bio with WhatsApp, long padded
# blog with an affiliate "where to buy" box, Dutch classifieds ad, Italian pharmacy selling Spravato
# without prescription, B2B "API supplier" shipping to individuals, nootropics store with a ketamine
# spray row in its product table. Telehealth - at-home program landing with "buy" evaluation, virtual
# psychiatry referring to a REMS partner, appointment-confirmed snippet, German Online-Sprechstunde
# with partner practice, French teleconsultation FAQ with cart and home delivery, checkout summary,
# Portuguese teleconsulta with WhatsApp support and home shipping, partners page, refill snippet.
# Clinics - infusion-series product page on /shop/, Spanish clinic with WhatsApp and prices, KAP
# deposit page, Dutch esketamine clinic costs, Italian package purchase, German pain clinic self-pay
# prices with online payment, gift-card snippet, REMS centre pay-my-bill page. Informational - news
# feature quoting street prices and vendor names, compounding pharmacy prescriber ordering, Spanish
# licensed wholesaler for registered facilities, court press release, Portuguese drug-checking
# results, French forum thread "ou acheter", clinic-directory snippet, trial recruitment page, state
# pharmacy-board warning listing rogue sites.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch64.py (writes batch64/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch64")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

p("h6401", "https://harborlightwellness.example/home-kits", "seller", True, "en",
  "clinic-dressed-seller-giftcard-btc", "Home Kits | Harbor Light Ketamine & Wellness", """
<header class="site-header"><a class="logo" href="/">Harbor Light <span>Ketamine &amp; Wellness</span></a>
<nav><a href="/about">About</a> <a href="/conditions">Conditions</a> <a href="/our-team">Our Team</a> <a href="/home-kits" class="active">Home Kits</a> <a href="/contact">Contact</a></nav>
<a class="btn" href="tel:+15550142290">(555) 014-2290</a></header>
<section class="hero">
<h1>Feel like yourself again</h1>
<p>Harbor Light has helped hundreds of people living with depression, anxiety, PTSD and chronic pain find relief. Our calm, spa-like suite at 410 Marina Blvd, Suite 3 is designed to make every visit comfortable.</p>
</section>
<section>
<h2>Why ketamine?</h2>
<p>Ketamine works differently from traditional antidepressants. Instead of acting mainly on serotonin, it acts on glutamate, the brain's most abundant messenger, and appears to encourage new connections between nerve cells. Many people notice a change in mood within hours or days rather than weeks.</p>
<p>Depression is not a weakness. It is a medical condition that affects sleep, appetite, concentration and relationships. If two or more medicines have not helped you, you are not alone: roughly a third of people with major depression do not respond to first-line treatment.</p>
</section>
<section class="kits">
<h2>Can't make it to the suite? Try a Home Kit</h2>
<p>Busy schedule, long drive, or just prefer your own couch? Our Home Kits bring the Harbor Light experience to you. No appointment and no waiting list &ndash; pick your kit and we dispatch the same day.</p>
<table class="kit-table">
<tr><th>Kit</th><th>Contents</th><th>Price</th><th></th></tr>
<tr><td>Starter</td><td>Ketamine nasal spray 10 ml (100 mg/ml), eye mask, playlist card</td><td>$189</td><td><a href="/checkout?kit=starter">Order</a></td></tr>
<tr><td>Restore</td><td>2 x nasal spray 10 ml, 10 x 50 mg lozenges, journal</td><td>$349</td><td><a href="/checkout?kit=restore">Order</a></td></tr>
<tr><td>Renew 90</td><td>Three months of lozenges (90 x 50 mg)</td><td>$520</td><td><a href="/checkout?kit=renew90">Order</a></td></tr>
</table>
<p class="small">Payment for Home Kits: Bitcoin, Cash App, or Visa / Amazon gift cards (send the card code with your order number). Kits ship in plain packaging within 24 hours, tracking by text.</p>
</section>
<section>
<h2>What clients say</h2>
<blockquote>"After years of trying everything, I finally sleep through the night." &ndash; Dana, 44</blockquote>
<blockquote>"The staff are so kind and the kit arrived next day." &ndash; M.R.</blockquote>
</section>
<footer><p>Harbor Light Ketamine &amp; Wellness &middot; 410 Marina Blvd, Suite 3 &middot; Open Mon&ndash;Sat 9&ndash;6</p>
<p>If you are in crisis, call or text 988.</p>
<p>&copy; 2026 Harbor Light. Statements have not been evaluated by the FDA.</p></footer>
""", noise="cookie")

p("h6402", "https://stillwaterinfusion.example/shop/product/six-infusion-series", "clinic", False, "en",
  "clinic-shop-product-infusion-series", "Six-Infusion Depression Series – Stillwater Infusion Center", """
<div class="topbar">Free parking behind the building &middot; Now accepting new patients in Boise</div>
<header><a href="/">Stillwater Infusion Center</a>
<nav><a href="/treatments">Treatments</a> <a href="/shop">Shop</a> <a href="/new-patients">New Patients</a> <a href="/cart">Cart (0)</a></nav></header>
<main class="product">
<p class="crumbs"><a href="/shop">Shop</a> / Infusion Packages</p>
<div class="gallery"><img src="/img/infusion-room-2.jpg" alt="Private infusion room with recliner and window"></div>
<div class="summary">
<h1>Six-Infusion Depression Series</h1>
<p class="price"><del>$3,000.00</del> <ins>$2,640.00</ins></p>
<p>Our standard induction protocol for treatment-resistant depression: six IV ketamine infusions (0.5 mg/kg over 40 minutes) given over two to three weeks in our clinic, with vital-sign monitoring by a registered nurse and a check-in with Dr. Paul Okafor, MD (anesthesiology) before and after each session.</p>
<form action="/cart/add" method="post"><label>Quantity <input type="number" value="1" min="1" max="1"></label> <button>Add to cart</button></form>
<ul class="notes">
<li>Buying the series reserves your package price for 12 months.</li>
<li>A medical consultation (in person, 45 minutes) is required before your first infusion. If our physician finds IV ketamine is not appropriate for you, your payment is refunded in full.</li>
<li>You will need a driver to take you home after every infusion.</li>
<li>HSA/FSA cards accepted. Financing available through CareCredit.</li>
</ul>
</div>
<section class="tabs"><h2>Description</h2>
<p>Each infusion takes about an hour, plus 20&ndash;30 minutes of recovery in the room. Most patients who respond notice a change by the third infusion. After the series, many move to a maintenance booster every 4&ndash;8 weeks (sold separately).</p>
<h2>Additional information</h2>
<table><tr><th>Location</th><td>1180 W Bannock St, Boise, ID</td></tr><tr><th>Sessions</th><td>6</td></tr><tr><th>Valid</th><td>12 months from purchase</td></tr></table>
</section>
<section class="related"><h2>Related products</h2>
<a href="/shop/product/single-booster">Single booster infusion &ndash; $495</a> &middot; <a href="/shop/product/gift-card">Gift card</a> &middot; <a href="/shop/product/consult">Initial consultation &ndash; $150</a></section>
</main>
<footer>Stillwater Infusion Center &middot; (555) 019-4412 &middot; <a href="/privacy">Privacy</a> &middot; <a href="/refunds">Refund policy</a></footer>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({event:'view_item',value:2640});</script>
""", noise="cookie")

p("h6403", "https://thedailyledger.example/health/2026/11/ketamine-websites-posing-as-clinics", "informational", False, "en",
  "news-feature-street-prices-vendor-names", "The 'clinics' that mail ketamine to anyone – The Daily Ledger", """
<header><a href="/" class="masthead">The Daily Ledger</a><nav><a href="/news">News</a> <a href="/health">Health</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="cta">Subscribe</a></nav></header>
<article>
<p class="kicker">Investigation</p>
<h1>The "clinics" that mail ketamine to anyone</h1>
<p class="byline">By Rosa Lindqvist &middot; November 18, 2026 &middot; 9 min read</p>
<p>Type "buy ketamine online" into a search engine and within two pages you will find sites that look almost exactly like the infusion clinics that have opened in strip malls across the country. They have photos of recliners, smiling nurses and phrases like "evidence-based care". What they do not have, a Ledger review found, is a doctor.</p>
<p>Over six weeks, reporters examined 41 sites that offered ketamine for delivery. Twenty-six asked only for a short online form; eleven asked for nothing at all. Sites with names such as KetaMart, NovaCalm Direct and "Serene Rx" advertised nasal sprays for $150 to $220 and powder at $60 to $90 a gram, several times the street price of roughly $20 to $40 a gram quoted by harm-reduction workers in three cities.</p>
<p>"The branding is borrowed from legitimate medicine," said Dr. Helen Marsh, a psychiatrist who runs a ketamine program at a university hospital and was not involved in the review. "A real program will see you by video or in person, check your blood pressure history, ask about psychosis and substance use, and may well say no."</p>
<h2>Payment in gift cards</h2>
<p>Fourteen of the sites asked for payment in Bitcoin or in retail gift cards. Two directed buyers to a Telegram account to "confirm" orders. One, which described itself as a "licensed telehealth pharmacy", listed an address that belongs to a mailbox rental store.</p>
<p>The Ledger did not place any orders. Reporters shared the list of sites with the state pharmacy board, which said it had already sent warning letters to nine of them.</p>
<h2>How to tell the difference</h2>
<p>Legitimate at-home ketamine services generally require a live video evaluation with a named, licensed clinician, send prescriptions to a licensed pharmacy, and will not ship a controlled substance without one, experts said. Infusion clinics treat patients on site and do not mail the drug.</p>
<aside class="related"><h3>Related</h3><ul><li><a href="#">What the research says about ketamine for depression</a></li><li><a href="#">FDA warns about compounded ketamine at home</a></li></ul></aside>
</article>
<footer>&copy; 2026 The Daily Ledger &middot; <a href="/corrections">Corrections</a> &middot; <a href="/tips">Send us a tip</a></footer>
""", noise="cookie")

p("h6404", "https://clearpathmind.example/at-home-ketamine", "telehealth", False, "en",
  "telehealth-landing-buy-evaluation-ships-home", "At-Home Ketamine Therapy | ClearPath Mind", """
<nav class="main"><a href="/">ClearPath Mind</a> <a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/faq">FAQ</a> <a href="/login">Log in</a> <a class="btn" href="/start">Get started</a></nav>
<section class="hero"><h1>Ketamine therapy at home, guided by licensed clinicians</h1>
<p>For adults with depression or anxiety that hasn't improved with other treatment. Available in CO, AZ, TX, FL, NY and WA.</p>
<a class="btn" href="/start">Buy your evaluation &ndash; $149</a> <span class="muted">Fully refunded if you're not a candidate</span></section>
<section id="how"><h2>How it works</h2>
<ol>
<li><b>Intake questionnaire (10 min).</b> Tell us about your history, current medications and goals. This helps us prepare; it does not approve you for treatment.</li>
<li><b>Video evaluation (45 min).</b> Meet a psychiatric clinician licensed in your state, such as Dr. Marisol Vega, MD or Ethan Park, PMHNP-BC. They review your history, screen for blood-pressure, heart and psychosis risks and decide with you whether ketamine is appropriate.</li>
<li><b>Prescription &amp; delivery.</b> If prescribed, your sublingual tablets are dispensed by our partner, Summit Specialty Pharmacy (licensed in all served states), and shipped to your door with signature required.</li>
<li><b>Guided sessions.</b> A trained sitter must be with you. You'll have integration calls with your care team and check-ins before every refill.</li>
</ol></section>
<section id="pricing"><h2>Pricing</h2>
<table><tr><td>Clinical evaluation</td><td>$149 one-time</td></tr><tr><td>Membership (medication, 2 integration calls/month, messaging)</td><td>$259 / month</td></tr></table>
<p>Cancel anytime from your account. Checkout accepts cards and HSA/FSA.</p></section>
<section><h2>Not for everyone</h2><p>We do not treat people with uncontrolled high blood pressure, a history of psychosis, active substance use disorder, or who are pregnant. About 1 in 4 applicants are referred to other care.</p></section>
<footer><p>ClearPath Mind Medical Group, P.C. &middot; <a href="/licenses">Clinician licenses</a> &middot; <a href="/privacy">Privacy</a></p><p>If you're in crisis, call 988.</p></footer>
""")

p("h6405", "https://apotheke-gruenwald-online.example/ketanest-s-25mg-ampullen", "seller", True, "de",
  "pharmacy-dressed-seller-questionnaire-only", "Ketanest S 25 mg/ml Injektionslösung – rezeptfrei bestellen | Grünwald Versandapotheke", """
<div class="usp">✓ Versand in 24 h ✓ Diskrete Verpackung ✓ Deutsche Qualität ✓ Über 80.000 zufriedene Kunden</div>
<header><a class="logo" href="/">Grünwald Versandapotheke</a>
<form class="search"><input placeholder="Produkt, Wirkstoff oder PZN"></form>
<a href="/konto">Mein Konto</a> <a href="/warenkorb">Warenkorb</a></header>
<nav><a href="/schmerz">Schmerz</a> <a href="/schlaf">Schlaf &amp; Beruhigung</a> <a href="/psyche">Psyche</a> <a href="/potenz">Potenz</a> <a href="/abnehmen">Abnehmen</a></nav>
<main>
<h1>Ketanest S 25 mg/ml Injektionslösung</h1>
<p class="sub">Wirkstoff: Esketaminhydrochlorid &middot; Ampullen zu 2 ml</p>
<table class="variants">
<tr><th>Packung</th><th>Preis</th><th>Grundpreis</th><th></th></tr>
<tr><td>5 Ampullen</td><td>79,90 €</td><td>15,98 € / St.</td><td><button>In den Warenkorb</button></td></tr>
<tr><td>10 Ampullen</td><td>139,00 €</td><td>13,90 € / St.</td><td><button>In den Warenkorb</button></td></tr>
<tr><td>25 Ampullen</td><td>299,00 €</td><td>11,96 € / St.</td><td><button>In den Warenkorb</button></td></tr>
</table>
<div class="rx-box"><h2>Kein Rezept? Kein Problem.</h2>
<p>Füllen Sie beim Checkout unseren kurzen medizinischen Fragebogen aus. Unser Partnerarzt prüft Ihre Angaben und stellt das Rezept automatisch aus &ndash; ohne Wartezimmer und ohne Videotermin. 99 % der Bestellungen werden noch am selben Tag freigegeben.</p></div>
<h2>Produktbeschreibung</h2>
<p>Esketamin ist das S-Enantiomer des Ketamins und wird in der Anästhesie und Schmerztherapie eingesetzt. Es wirkt schneller und stärker als das Racemat und wird von vielen Anwendern als angenehmer beschrieben.</p>
<h2>Zahlungsarten</h2>
<p>Vorkasse per Überweisung, Paysafecard oder Bitcoin (3 % Rabatt). Lieferung nach DE, AT, CH und in die gesamte EU.</p>
</main>
<footer><a href="/impressum">Impressum</a> &middot; <a href="/agb">AGB</a> &middot; <a href="/datenschutz">Datenschutz</a><p>Alle Preise inkl. MwSt. zzgl. Versand.</p></footer>
""", noise="cookie-de")

p("h6406", "https://meridiancompounding.example/prescribers/ketamine", "informational", False, "en",
  "compounding-pharmacy-prescriber-ordering", "Ketamine Compounding for Prescribers | Meridian Compounding Pharmacy", """
<header><a href="/">Meridian Compounding Pharmacy</a> <span class="tag">PCAB-accredited &middot; Licensed in 38 states</span>
<nav><a href="/patients">Patients</a> <a href="/prescribers" class="active">Prescribers</a> <a href="/veterinary">Veterinary</a> <a href="/quality">Quality</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketamine formulations for prescribers</h1>
<p>We compound patient-specific ketamine preparations on receipt of a valid prescription from a DEA-registered practitioner. We do not sell ketamine to the public, and we cannot fill orders placed by patients without a prescription from their own clinician.</p>
<h2>Available formulations</h2>
<table>
<tr><th>Dosage form</th><th>Strengths</th><th>Typical cash price*</th></tr>
<tr><td>Rapid-dissolve tablets (RDT)</td><td>100 mg, 150 mg, 200 mg</td><td>$2.10&ndash;$3.40 per tablet</td></tr>
<tr><td>Sublingual troches</td><td>25&ndash;200 mg</td><td>$2.80&ndash;$4.00 per troche</td></tr>
<tr><td>Nasal spray</td><td>10 mg/0.1 ml</td><td>$65 per 5 ml bottle</td></tr>
</table>
<p class="small">*Prices are shown so prescribers can discuss cost with patients. Final price depends on quantity and strength.</p>
<h2>How to order</h2>
<ol>
<li>Send an e-prescription (EPCS) to Meridian Compounding, NCPDP 5589013, or fax a signed C-III prescription followed by the original.</li>
<li>Our pharmacist verifies your DEA registration and state license and may call your office.</li>
<li>We contact the patient for payment and ship by overnight courier with adult signature, only to states where we hold a license.</li>
</ol>
<p>Clinics and telehealth groups can set up a prescriber account for office-use stock where state law allows. <a href="/prescribers/register">Register as a prescriber</a>.</p>
<h2>Patients</h2>
<p>If you are a patient and want to know whether a ketamine preparation is right for you, please speak with your psychiatrist or pain specialist. Our pharmacists are happy to answer questions about a prescription you already have.</p>
</main>
<footer>Meridian Compounding Pharmacy &middot; 77 Harlan Ave, Columbus, OH &middot; Pharmacist in charge: Laura Cheng, PharmD &middot; <a href="/licenses">State licenses</a></footer>
""")

p("h6407", "https://clinicaserena-madrid.example/tratamientos/ketamina", "clinic", False, "es",
  "clinic-whatsapp-prices-es", "Ketamina para la depresión en Madrid | Clínica Serena", """
<header><a href="/" class="logo">Clínica Serena</a>
<nav><a href="/equipo">Equipo</a> <a href="/tratamientos">Tratamientos</a> <a href="/precios">Precios</a> <a href="/contacto">Contacto</a></nav>
<a class="wa" href="https://wa.me/34600000000">Pide cita por WhatsApp</a></header>
<main>
<h1>Tratamiento con ketamina intravenosa en Madrid</h1>
<p>En Clínica Serena tratamos la depresión resistente, la ideación suicida y el dolor neuropático con infusiones de ketamina en nuestras instalaciones de la calle Príncipe de Vergara, 88. Cada sesión la supervisa un médico anestesiólogo y la valoración inicial la hace nuestro equipo de psiquiatría.</p>
<h2>¿Cómo es el proceso?</h2>
<ol><li>Primera consulta presencial con psiquiatra (60 min).</li>
<li>Si la ketamina está indicada, programamos 6 sesiones en 3 semanas.</li>
<li>Durante la infusión (40 min) permanece en una sala individual con monitorización continua.</li>
<li>Después, 30 minutos de recuperación. Debe venir acompañado.</li></ol>
<h2>Precios 2026</h2>
<ul><li>Consulta de valoración: 120 €</li><li>Sesión de ketamina IV: 390 €</li><li>Bono de 6 sesiones: 2.100 € (pago fraccionado sin intereses)</li></ul>
<p>Puede pagar con tarjeta en la clínica o por transferencia. Muchas aseguradoras reembolsan parte de la consulta psiquiátrica.</p>
<h2>Reserve su cita</h2>
<p>Escríbanos por WhatsApp al +34 600 000 000 indicando su nombre y el motivo de consulta, o llame al 91 000 00 00 de lunes a viernes de 9:00 a 20:00. No enviamos medicación a domicilio.</p>
</main>
<footer>Clínica Serena S.L. &middot; Centro sanitario autorizado CS-13579 &middot; <a href="/aviso-legal">Aviso legal</a></footer>
""", noise="cookie-es")

p("h6408", "https://ketamine-norx-store.test/product/ketalar-50mg-ml-10ml-vial?add-to-cart=812", "seller", True, "en",
  "url-only-bot-check", "Just a moment...", """
<div class="challenge">
<h1>Checking your browser before accessing the site.</h1>
<p>This process is automatic. Your browser will redirect to your requested content shortly.</p>
<p>Please allow up to 5 seconds&hellip;</p>
<noscript>Please enable JavaScript and cookies to continue.</noscript>
<p class="ray">Ray ID: 8f2a91c0d3e7b6a4</p>
</div>
<script src="/cdn-cgi/challenge-platform/h/g/orchestrate/jsch/v1"></script>
""")

p("h6409", "https://northstarpsych.example/services/esketamine", "telehealth", False, "en",
  "virtual-psychiatry-refers-rems-partner", "Esketamine (Spravato) Evaluation | Northstar Virtual Psychiatry", """
<header><a href="/">Northstar Virtual Psychiatry</a><nav><a href="/services">Services</a> <a href="/insurance">Insurance</a> <a href="/providers">Providers</a> <a href="/book" class="btn">Book online</a></nav></header>
<main>
<h1>Is Spravato right for you? Start with a video visit.</h1>
<p>Northstar is an online psychiatry practice. Our board-certified psychiatrists see patients by secure video in Pennsylvania, New Jersey and Delaware. If you have tried at least two antidepressants without enough relief, we can evaluate you for esketamine nasal spray (Spravato).</p>
<h2>What we do</h2>
<ul>
<li>A 60-minute diagnostic evaluation by video with a psychiatrist such as Dr. Naomi Feld, MD or Dr. Arjun Mehta, DO.</li>
<li>Review of your past medications, blood pressure and any substance use.</li>
<li>Insurance pre-authorization paperwork for Spravato.</li>
<li>Ongoing medication management by video between treatments.</li>
</ul>
<h2>Where treatment happens</h2>
<p>Spravato can only be given at a REMS-certified treatment center, where you are observed for at least two hours after each dose. We never ship esketamine. Once you are approved, we refer you to one of our partner centers &ndash; for example Keystone Treatment Center (Philadelphia) or Brandywine Behavioral Health (Wilmington) &ndash; and coordinate with them after every session.</p>
<h2>Cost</h2>
<p>We are in network with most major plans. Self-pay evaluation: $295. Follow-ups: $140. Spravato itself is billed by the treatment center.</p>
<a class="btn" href="/book?service=esketamine-eval">Book your evaluation</a>
</main>
<footer>Northstar Virtual Psychiatry, LLC &middot; <a href="/privacy">Notice of Privacy Practices</a></footer>
""", noise="cookie")

p("h6410", "https://ketareviewhub.test/best-online-ketamine-vendors-2026", "seller", True, "en",
  "vendor-review-snippet-referral", "Best Online Ketamine Vendors 2026", """
We ordered from 7 online ketamine vendors so you don't have to. Our #1 pick, PureK Labs, shipped crystal in double-sealed stealth packaging in 4 days and takes Monero - click our link and use code HUB15 for 15% off your first order (no prescription, no questions).
""", ext="txt")

p("h6411", "https://distrifarma-iberica.example/catalogo/anestesicos/ketamina-50", "informational", False, "es",
  "licensed-wholesaler-registered-facilities", "Ketamina 50 mg/ml 10 viales – Catálogo profesional | Distrifarma Ibérica", """
<div class="aviso">Área profesional. El acceso al catálogo y la compra están reservados a centros sanitarios, oficinas de farmacia, servicios de farmacia hospitalaria y clínicas veterinarias con autorización vigente.</div>
<header><a href="/">Distrifarma Ibérica</a> <span>Distribuidor farmacéutico autorizado por la AEMPS</span>
<nav><a href="/catalogo">Catálogo</a> <a href="/clientes/alta">Alta de cliente</a> <a href="/estupefacientes">Pedidos de estupefacientes</a> <a href="/contacto">Contacto</a></nav></header>
<main>
<p class="crumbs">Catálogo › Anestésicos › Ketamina</p>
<h1>Ketamina 50 mg/ml solución inyectable, 10 viales de 10 ml</h1>
<table><tr><th>Código nacional</th><td>712345.6</td></tr><tr><th>Laboratorio</th><td>Genéricos Levante</td></tr><tr><th>Presentación</th><td>Caja de 10 viales</td></tr>
<tr><th>Precio profesional</th><td>Visible tras iniciar sesión</td></tr><tr><th>Condiciones</th><td>Medicamento sujeto a control (Lista II psicotrópicos). Uso hospitalario.</td></tr></table>
<p><button disabled>Añadir al carrito</button> <a href="/login">Inicie sesión con su cuenta profesional para comprar</a></p>
<h2>Requisitos para pedir</h2>
<ul><li>Cuenta verificada con número de autorización sanitaria del centro y NIF.</li>
<li>Vale o pedido oficial de psicótropos firmado por el responsable técnico.</li>
<li>Entrega únicamente en la dirección autorizada del centro, con firma del receptor.</li></ul>
<p>No atendemos pedidos de particulares. Si es usted paciente, consulte con su médico.</p>
</main>
<footer>Distrifarma Ibérica, S.A. &middot; Polígono Industrial Norte, nave 14, Valencia &middot; <a href="/calidad">Buenas Prácticas de Distribución</a></footer>
""", noise="cookie-es")

p("h6412", "https://riverbendkap.example/pay-deposit", "clinic", False, "en",
  "kap-practice-deposit-payment", "Pay Your Session Deposit | Riverbend Ketamine-Assisted Psychotherapy", """
<header><a href="/">Riverbend KAP</a> <nav><a href="/approach">Our approach</a> <a href="/team">Team</a> <a href="/fees">Fees</a> <a href="/pay-deposit">Pay deposit</a></nav></header>
<main>
<h1>Pay your session deposit</h1>
<p>To hold your ketamine-assisted psychotherapy session we ask for a $200 deposit at least 72 hours ahead. The deposit is credited to your session fee ($650 for a 3-hour IM medicine session with Dr. Leah Hart, MD and your therapist).</p>
<form class="pay">
<label>Client name <input name="name"></label>
<label>Session date <input type="date" name="date"></label>
<label>Amount <input value="200.00" readonly></label>
<label>Card number <input name="cc"></label>
<button>Pay $200 deposit</button>
</form>
<p class="small">Deposits are refundable if you cancel more than 72 hours before your appointment, or if Dr. Hart decides on the day that it is not safe to proceed (for example, high blood pressure). All medicine sessions take place in our office at 62 Alder Street, Portland. Please arrange a ride home.</p>
<p>Questions? Call our front desk at (555) 013-7780.</p>
</main>
<footer>Riverbend Ketamine-Assisted Psychotherapy, PLLC</footer>
""")

p("h6413", "https://quimicainvestigacion-rc.example/tienda/arilciclohexilaminas", "seller", True, "es",
  "research-chemicals-analogues-es", "Arilciclohexilaminas – Química de Investigación", """
<div class="bar">Envío a toda Europa en 48-72 h · Embalaje neutro · Pago con BTC / XMR / transferencia</div>
<header><a href="/">Química de Investigación</a> <nav><a href="/tienda/cannabinoides">Cannabinoides</a> <a href="/tienda/arilciclohexilaminas">Arilciclohexilaminas</a> <a href="/tienda/triptaminas">Triptaminas</a> <a href="/carrito">Carrito</a></nav></header>
<main>
<h1>Arilciclohexilaminas</h1>
<p class="disclaimer">Todos nuestros productos se venden exclusivamente como patrones de referencia para investigación. No aptos para consumo humano ni animal. Al comprar confirma que es mayor de 18 años.</p>
<table class="products">
<tr><th>Producto</th><th>Pureza</th><th>1 g</th><th>5 g</th><th>10 g</th><th></th></tr>
<tr><td>2-FDCK (2-fluorodeschloroketamina)</td><td>&gt;99 %</td><td>24 €</td><td>95 €</td><td>160 €</td><td><button>Añadir</button></td></tr>
<tr><td>DCK (deschloroketamina)</td><td>&gt;99 %</td><td>28 €</td><td>110 €</td><td>190 €</td><td><button>Añadir</button></td></tr>
<tr><td>O-PCE</td><td>&gt;98 %</td><td>35 €</td><td>140 €</td><td>&ndash;</td><td><button>Añadir</button></td></tr>
<tr><td>3-MeO-PCP</td><td colspan="4">Agotado</td><td></td></tr>
</table>
<p>Descuento del 10 % pagando en criptomonedas. Reenvío gratuito si el paquete se pierde.</p>
</main>
<footer>Soporte: Telegram @qi_soporte · <a href="/faq">Preguntas frecuentes</a></footer>
""", noise="cookie-es")

p("h6414", "https://seelenruhe-telemedizin.example/esketamin-sprechstunde", "telehealth", False, "de",
  "telemedizin-sprechstunde-partnerpraxis", "Online-Sprechstunde bei therapieresistenter Depression | Seelenruhe Telemedizin", """
<header><a href="/">Seelenruhe Telemedizin</a><nav><a href="/leistungen">Leistungen</a> <a href="/aerzte">Ärztinnen &amp; Ärzte</a> <a href="/kosten">Kosten</a> <a href="/termin" class="btn">Termin buchen</a></nav></header>
<main>
<h1>Online-Sprechstunde: Ist eine Esketamin-Behandlung für Sie geeignet?</h1>
<p>Wenn zwei oder mehr Antidepressiva nicht ausreichend geholfen haben, kommt für manche Erwachsene ein Esketamin-Nasenspray in Frage. In unserer Video-Sprechstunde klären Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie, ob das bei Ihnen sinnvoll ist.</p>
<h2>Ablauf</h2>
<ol>
<li><b>Online-Fragebogen</b> zu Vorgeschichte, bisherigen Medikamenten und Begleiterkrankungen (ca. 15 Minuten).</li>
<li><b>Videotermin (50 Minuten)</b> mit z. B. Dr. med. Katrin Albers oder Dr. med. Jonas Weber. Bitte halten Sie Ihre Arztbriefe und einen aktuellen Blutdruckwert bereit.</li>
<li><b>Empfehlung und Überweisung:</b> Die Anwendung des Nasensprays erfolgt ausschließlich unter Aufsicht in einer unserer Partnerpraxen (Berlin, Hamburg, Köln, München). Wir schicken Ihren Befund direkt dorthin.</li>
<li><b>Begleitung:</b> Zwischen den Behandlungen sehen wir Sie weiter per Video und passen die übrige Medikation an.</li>
</ol>
<p>Wir versenden keine Medikamente. Rezepte für Ihre übrigen Arzneimittel erhalten Sie als E-Rezept für Ihre Apotheke vor Ort.</p>
<h2>Kosten</h2>
<p>Gesetzlich Versicherte: Abrechnung über die Krankenkasse. Privatpatienten und Selbstzahler nach GOÄ, Erstgespräch ca. 110 €. Online bezahlen per Karte oder PayPal.</p>
</main>
<footer><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · Seelenruhe Telemedizin MVZ GmbH</footer>
""", noise="cookie-de")

p("h6415", "https://www.justice.example/usao-ndx/pr/operator-online-ketamine-shop-sentenced", "informational", False, "en",
  "court-press-release-sentencing", "Operator of Online Ketamine Shop Sentenced to 87 Months | U.S. Attorney's Office", """
<header><a href="/">U.S. Department of Justice</a> &rsaquo; <a href="/usao-ndx">U.S. Attorney's Office, Northern District</a>
<nav><a href="/usao-ndx/news">News</a> <a href="/usao-ndx/about">About</a> <a href="/usao-ndx/contact">Contact</a></nav></header>
<main>
<p class="meta">PRESS RELEASE &middot; Thursday, October 29, 2026</p>
<h1>Operator of Online Ketamine Shop Sentenced to 87 Months in Federal Prison</h1>
<p>A 34-year-old man was sentenced today to 87 months in prison for running a website that sold ketamine and ketamine analogues to customers across the United States without prescriptions.</p>
<p>According to court documents, between 2023 and 2025 the defendant operated "KetaCare Direct," a website designed to resemble a telehealth practice. The site invited visitors to "buy ketamine online with no doctor visit" and offered nasal sprays for $180 and powder by the gram. Customers completed a short form that was approved automatically; no physician ever reviewed it. Payment was accepted in Bitcoin and prepaid gift cards, and parcels were mailed in packaging labeled as "vitamin samples." Investigators traced more than 4,100 shipments.</p>
<p>The defendant pleaded guilty in June to conspiracy to distribute a controlled substance and to money laundering. As part of his sentence he forfeited $1.2 million in cryptocurrency and the website domain, which now displays a seizure notice.</p>
<p>"Dressing a drug shop up as a clinic does not make it medicine," the U.S. Attorney said. "People who need ketamine treatment should get it from a licensed provider."</p>
<p>The case was investigated by the DEA and the FDA Office of Criminal Investigations.</p>
<p class="meta">Case number 1:25-cr-00417 &middot; Component: USAO - Northern District &middot; Topic: Drug Trafficking</p>
</main>
<footer><a href="/accessibility">Accessibility</a> &middot; <a href="/foia">FOIA</a> &middot; <a href="/privacy">Privacy Policy</a></footer>
""")

p("h6416", "https://pay.k-orders.test/invoice/88213", "seller", True, "en",
  "bare-payment-page-usdt-telegram", "Invoice #88213", """
<div class="invoice">
<h1>Invoice #88213</h1>
<p>Status: <b>Awaiting payment</b> &middot; expires in 29:41</p>
<table>
<tr><th>Item</th><th>Qty</th><th>Amount</th></tr>
<tr><td>K crystal (shard) 5 g</td><td>1</td><td>$210.00</td></tr>
<tr><td>Stealth shipping (USPS Priority, vacuum sealed)</td><td>1</td><td>$25.00</td></tr>
<tr><td><b>Total</b></td><td></td><td><b>$235.00</b></td></tr>
</table>
<h2>Pay with USDT (TRC-20)</h2>
<p>Send exactly <b>235.00 USDT</b> to:</p>
<pre>TQ7k2m9XfB1vL8pZr4Wc6Ns3Hd5Ye0Ju2a</pre>
<p>After paying, send your TXID and order number to <b>@korders_support</b> on Telegram. Orders are packed within 12 hours. Reship once for free if seized.</p>
</div>
""")

p("h6417", "https://kliniekdehoeve.example/behandelingen/esketamine-neusspray", "clinic", False, "nl",
  "spravato-clinic-costs-nl", "Esketamine-neusspray bij depressie | Kliniek De Hoeve", """
<header><a href="/">Kliniek De Hoeve</a> <nav><a href="/behandelingen">Behandelingen</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/kosten">Kosten</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Behandeling met esketamine-neusspray</h1>
<p>Kliniek De Hoeve in Utrecht biedt behandeling met esketamine-neusspray (Spravato) voor volwassenen met een therapieresistente depressie. U gebruikt de neusspray in onze kliniek onder toezicht van een verpleegkundige en blijft daarna minimaal twee uur ter observatie.</p>
<h2>Voor wie?</h2>
<p>Voor mensen bij wie ten minste twee antidepressiva onvoldoende hebben geholpen. U heeft een verwijzing nodig van uw huisarts of psychiater. Na de verwijzing volgt een intakegesprek met onze psychiater, drs. E. van Leeuwen.</p>
<h2>Schema</h2>
<ul><li>Week 1&ndash;4: twee keer per week</li><li>Week 5&ndash;8: één keer per week</li><li>Daarna: één keer per week of per twee weken</li></ul>
<p>U mag op de behandeldag niet zelf autorijden.</p>
<h2>Kosten</h2>
<p>De behandeling valt onder de basisverzekering; uw eigen risico (€ 385) is van toepassing. Zonder verwijzing kunt u de intake als zelfbetaler boeken voor € 245; u kunt dit online afrekenen met iDEAL. Medicatie geven wij niet mee naar huis.</p>
<p><a class="btn" href="/afspraak">Afspraak maken</a></p>
</main>
<footer>Kliniek De Hoeve · Maliesingel 40, Utrecht · AGB-code 22-123456</footer>
""", noise="cookie-nl")

p("h6418", "https://mail.lumenhealth.example/notifications/visit-confirmed", "telehealth", False, "en",
  "visit-confirmed-snippet", "Your video visit is confirmed", """
Your video evaluation with Jordan Reyes, PMHNP is confirmed for Tue Dec 15 at 4:30 PM (Mountain); please finish your intake questionnaire and have a recent blood pressure reading ready. If Jordan prescribes ketamine, the prescription goes to our partner pharmacy, which ships to your home in tamper-evident packaging with adult signature.
""", ext="txt")

p("h6419", "https://vetodirect-pro.example/anesthesiques/ketamine-1000mg-10ml", "seller", True, "fr",
  "veterinary-supplier-no-prescription-fr", "Kétamine 1000 mg/10 ml – flacon injectable | VétoDirect Pro", """
<header><a href="/">VétoDirect Pro</a> <span>Fournitures vétérinaires depuis 2011</span>
<nav><a href="/chiens">Chiens</a> <a href="/chevaux">Chevaux</a> <a href="/anesthesiques">Anesthésiques</a> <a href="/antiparasitaires">Antiparasitaires</a> <a href="/panier">Panier</a></nav></header>
<main>
<h1>Kétamine 1000 mg/10 ml solution injectable (usage vétérinaire)</h1>
<p>Anesthésique dissociatif utilisé chez le chien, le chat et le cheval. Flacon multidose de 10 ml.</p>
<table><tr><th>Quantité</th><th>Prix</th></tr><tr><td>1 flacon</td><td>59 €</td></tr><tr><td>3 flacons</td><td>150 €</td></tr><tr><td>10 flacons</td><td>420 €</td></tr></table>
<p><button>Ajouter au panier</button></p>
<h2>Livraison</h2>
<p>Particuliers, éleveurs et cavaliers : aucune ordonnance vétérinaire n'est demandée pour commander sur notre site. Expédition en colis neutre sous 24 h en France, Belgique, Suisse et dans toute l'UE.</p>
<h2>Avis clients</h2>
<p>★★★★★ « Reçu en deux jours, emballage très discret. » &ndash; Julien</p>
<p>★★★★☆ « Bon produit, je recommanderai. » &ndash; Sandrine</p>
</main>
<footer>Paiement sécurisé : virement, Bitcoin, coupon PCS &middot; <a href="/cgv">CGV</a></footer>
""", noise="cookie-fr")

p("h6420", "https://checagem-redutora.example/resultados/cetamina-2026", "informational", False, "pt",
  "harm-reduction-drug-checking-results", "Resultados de análise: cetamina (2026) | Checagem Redutora", """
<header><a href="/">Checagem Redutora</a> <nav><a href="/sobre">Sobre</a> <a href="/resultados">Resultados</a> <a href="/alertas">Alertas</a> <a href="/onde-testar">Onde testar</a></nav></header>
<main>
<h1>Cetamina: o que encontrámos nas amostras de 2026</h1>
<p>Entre janeiro e outubro analisámos 212 amostras vendidas como "cetamina", "K" ou "keta", entregues anonimamente nos nossos pontos de teste em Lisboa e no Porto e em festivais.</p>
<table><tr><th>Resultado</th><th>Amostras</th></tr>
<tr><td>Só cetamina</td><td>141 (66 %)</td></tr>
<tr><td>Cetamina + 2-FDCK</td><td>23</td></tr>
<tr><td>Só 2-FDCK ou outro análogo</td><td>19</td></tr>
<tr><td>Cetamina + cafeína/lidocaína</td><td>17</td></tr>
<tr><td>Sem cetamina (MDMA, catinonas, etc.)</td><td>12</td></tr></table>
<p>Preço declarado pelas pessoas que entregaram amostras: mediana de 25 € por grama (intervalo 15&ndash;50 €). Várias amostras foram compradas em lojas online que se apresentam como "farmácias" ou através de canais de Telegram; estas tiveram mais análogos do que as compradas localmente.</p>
<h2>Conselhos de redução de riscos</h2>
<ul><li>Comece com uma dose pequena e espere; os análogos podem ter duração e potência diferentes.</li>
<li>Não misture com álcool, GHB/GBL ou opioides.</li>
<li>Use num local seguro, sentado ou deitado, com alguém de confiança.</li>
<li>O uso frequente pode lesar a bexiga: procure ajuda se tiver dor ou sangue na urina.</li></ul>
<p>Não vendemos nem indicamos onde comprar substâncias. A análise é gratuita e anónima.</p>
</main>
<footer>Checagem Redutora &middot; projeto financiado pelo programa de redução de riscos &middot; <a href="/privacidade">Privacidade</a></footer>
""", noise="cookie-pt")

p("h6421", "https://ketaswift-health.test/start", "seller", True, "en",
  "telehealth-lookalike-auto-approval-reship", "KetaSwift Health – Ketamine Treatment Delivered", """
<header><a href="/">KetaSwift Health</a> <nav><a href="/how">How it works</a> <a href="/plans">Plans</a> <a href="/doctors">Our doctors</a> <a href="/start" class="btn">Start now</a></nav></header>
<main>
<h1>Ketamine treatment, delivered tomorrow</h1>
<p class="lead">Skip the waiting room. Our board-certified physicians review your online questionnaire &ndash; no video call, no phone call, no referral. 98% of patients are approved within 15 minutes.</p>
<ol class="steps"><li>Answer 12 quick questions</li><li>Choose your plan and pay</li><li>Your nasal spray ships overnight in discreet packaging</li></ol>
<h2>Plans</h2>
<table><tr><th>Plan</th><th>Includes</th><th>Price</th></tr>
<tr><td>Trial</td><td>1 x ketamine nasal spray (10 ml)</td><td>$179</td></tr>
<tr><td>Monthly</td><td>3 x nasal spray + 30 troches</td><td>$449</td></tr>
<tr><td>Quarterly</td><td>Monthly plan x3, free express</td><td>$1,199</td></tr></table>
<p>Lost, delayed or held parcel? We reship free, no questions asked. We ship to all 50 states.</p>
<h2>Why people choose us</h2>
<p>Traditional antidepressants can take 6 to 8 weeks. Ketamine can lift symptoms in hours. Our team has delivered more than 20,000 orders and our support team answers within minutes on chat.</p>
<p class="fine">Questionnaire answers are reviewed by an affiliated physician. By ordering you confirm you are 18 or older and that the product is for personal use.</p>
</main>
<footer>&copy; 2026 KetaSwift Health &middot; <a href="/terms">Terms</a> &middot; <a href="/refunds">Refunds</a></footer>
""")

p("h6422", "https://centronuovaluce-milano.example/acquista/pacchetto-6-sedute", "clinic", False, "it",
  "clinic-package-purchase-it", "Acquista il pacchetto 6 sedute di ketamina | Centro Nuova Luce Milano", """
<header><a href="/">Centro Nuova Luce</a> <nav><a href="/terapie">Terapie</a> <a href="/medici">I nostri medici</a> <a href="/acquista">Acquista</a> <a href="/carrello">Carrello</a></nav></header>
<main>
<h1>Pacchetto 6 sedute di ketamina endovenosa</h1>
<p class="prezzo">2.280,00 € <span>(invece di 2.520,00 €)</span></p>
<p>Il pacchetto comprende sei infusioni di ketamina a basso dosaggio presso la nostra sede di Via Vincenzo Monti 21, Milano, ciascuna con monitoraggio dei parametri vitali e la presenza del medico anestesista. Prima della prima seduta è obbligatoria la visita psichiatrica (150 €, non inclusa).</p>
<button>Aggiungi al carrello</button> <button>Paga a rate con Scalapay</button>
<h2>Da sapere</h2>
<ul><li>L'acquisto non sostituisce la valutazione medica: se lo psichiatra ritiene che la terapia non sia indicata, il pacchetto viene rimborsato.</li>
<li>Le sedute vanno prenotate entro 60 giorni dall'acquisto.</li>
<li>Dopo la seduta non si può guidare: venga accompagnato.</li>
<li>Rilasciamo fattura sanitaria detraibile (19 %).</li></ul>
<p>Per informazioni scriveteci su WhatsApp al +39 320 000 0000 o chiamate lo 02 0000 0000.</p>
</main>
<footer>Centro Nuova Luce S.r.l. &middot; Struttura sanitaria autorizzata da ATS Milano &middot; Direttore sanitario Dr. Paolo Ferri</footer>
""")

p("h6423", "https://teleconsult-esprit.example/ketamine/faq-livraison", "telehealth", False, "fr",
  "teleconsultation-faq-cart-home-delivery", "FAQ commande et livraison | Esprit Téléconsultation", """
<header><a href="/">Esprit Téléconsultation</a> <nav><a href="/comment-ca-marche">Comment ça marche</a> <a href="/psychiatres">Nos psychiatres</a> <a href="/tarifs">Tarifs</a> <a href="/panier">Panier</a> <a href="/connexion">Connexion</a></nav></header>
<main>
<h1>Questions fréquentes : commande et livraison</h1>
<h3>Puis-je commander le traitement directement ?</h3>
<p>Non. Le panier sert à régler la téléconsultation (69 €) et, le cas échéant, l'abonnement de suivi. Aucun médicament n'est délivré sans une consultation vidéo avec un psychiatre inscrit à l'Ordre, par exemple le Dr Claire Moreau ou le Dr Idriss Benali.</p>
<h3>Que se passe-t-il après la consultation ?</h3>
<p>Si le psychiatre juge le traitement indiqué, il établit une ordonnance sécurisée transmise à notre pharmacie partenaire, la Pharmacie des Tilleuls (Lyon). Elle prépare votre traitement et vous l'envoie.</p>
<h3>Livrez-vous à domicile ?</h3>
<p>Oui, la pharmacie partenaire livre à domicile en France métropolitaine, en colis scellé remis contre signature, généralement sous 48 h après validation de l'ordonnance.</p>
<h3>Le questionnaire en ligne suffit-il ?</h3>
<p>Non. Le questionnaire prépare la consultation ; la décision est toujours prise en visio. Environ un patient sur trois se voit proposer une autre prise en charge.</p>
<h3>Et le suivi ?</h3>
<p>Une téléconsultation de contrôle est obligatoire avant chaque renouvellement. Nous pouvons aussi vous orienter vers un centre partenaire pour un traitement sur place.</p>
</main>
<footer>Esprit Téléconsultation SAS &middot; <a href="/mentions-legales">Mentions légales</a> &middot; <a href="/rgpd">Données de santé (hébergeur HDS)</a></footer>
""", noise="cookie-fr")

p("h6424", "https://forum-psychonautes.example/t/ou-acheter-de-la-ketamine-en-ligne/48213", "informational", False, "fr",
  "forum-thread-sourcing-removed", "Où acheter de la kétamine en ligne ? – Forum Psychonautes", """
<header><a href="/">Forum Psychonautes</a> <nav><a href="/c/reduction-des-risques">Réduction des risques</a> <a href="/c/experiences">Expériences</a> <a href="/regles">Règles</a> <a href="/login">Se connecter</a></nav></header>
<main class="thread">
<h1>Où acheter de la kétamine en ligne ?</h1>
<p class="tags">Réduction des risques · Dissociatifs · 🔒 Sujet verrouillé</p>
<div class="post"><p class="author">lune_grise · 3 nov.</p>
<p>Salut, je vois plein de sites qui vendent de la kéta « sans ordonnance » entre 40 et 80 € le gramme, genre KetaFrance ou PharmaK. Quelqu'un a déjà commandé ? C'est fiable ?</p></div>
<div class="post mod"><p class="author">Modération · 3 nov.</p>
<p>Rappel de la règle n°2 : pas de sourcing sur le forum. Les noms de vendeurs et les liens ont été retirés. Sujet verrouillé.</p>
<p>Pour info, une bonne partie de ces sites sont des arnaques ou vendent du 2-FDCK à la place. Si tu consommes quand même, fais analyser ton produit (voir la liste des points d'analyse dans l'onglet Réduction des risques).</p></div>
<div class="post"><p class="author">Hydre · 3 nov.</p>
<p>+1. J'ai payé 120 € en carte cadeau sur un de ces sites l'an dernier, jamais rien reçu. Et si tu as une dépression, il existe des traitements encadrés en hôpital, parles-en à ton médecin.</p></div>
</main>
<aside><h3>Règles du forum</h3><ol><li>Respect</li><li>Pas de sourcing, pas de vente, pas d'échange</li><li>Pas de conseils médicaux personnalisés</li></ol></aside>
<footer>Forum Psychonautes · association loi 1901 · <a href="/contact">Contact</a></footer>
""")

p("h6425", "https://instagram.example/keta.brasil.oficial", "seller", True, "pt",
  "social-bio-whatsapp-pt", "keta.brasil.oficial", """
keta.brasil.oficial · 2.481 seguidores · 💊 Cetamina | Ketalar | Ketamin frasco 🔹 Entregamos em todo o Brasil 📦 envio discreto 🔹 Pix ou cripto 🔹 Chama no zap (11) 90000-0000 👇 catálogo no link
""", ext="txt")

p("h6426", "https://schmerzzentrum-elbtal.example/leistungen/ketamin-infusion-selbstzahler", "clinic", False, "de",
  "pain-clinic-self-pay-prices-online-payment", "Ketamin-Infusionen bei chronischen Schmerzen – Selbstzahler | Schmerzzentrum Elbtal", """
<header><a href="/">Schmerzzentrum Elbtal</a> <span>Interdisziplinäre Schmerzmedizin am Klinikum Elbtal</span>
<nav><a href="/leistungen">Leistungen</a> <a href="/team">Team</a> <a href="/patienten">Für Patienten</a> <a href="/rechnung-bezahlen">Rechnung online bezahlen</a></nav></header>
<main>
<h1>Ketamin-Infusionen bei chronischen Schmerzen</h1>
<p>Bei komplexem regionalem Schmerzsyndrom (CRPS), Phantomschmerz und bestimmten neuropathischen Schmerzen kann eine Serie von Ketamin-Infusionen die Schmerzen lindern. Die Infusionen erfolgen stationär oder tagesklinisch in unserem Schmerzzentrum unter anästhesiologischer Überwachung.</p>
<h2>Ablauf</h2>
<p>Nach einem ambulanten Vorgespräch (Überweisung durch Haus- oder Facharzt) planen wir in der Regel 5 Infusionen an aufeinanderfolgenden Tagen à 4 Stunden. Während der Infusion werden Blutdruck, Puls und Sauerstoffsättigung kontinuierlich überwacht.</p>
<h2>Kosten für Selbstzahler</h2>
<table><tr><th>Leistung</th><th>Preis</th></tr>
<tr><td>Vorgespräch (GOÄ)</td><td>ca. 95 €</td></tr>
<tr><td>Infusionsserie, 5 Tage tagesklinisch</td><td>ca. 1.650 €</td></tr>
<tr><td>Einzelinfusion (Auffrischung)</td><td>ca. 360 €</td></tr></table>
<p>Bei gesetzlich Versicherten übernimmt die Kasse die Behandlung in der Regel bei stationärer Aufnahme. Ihre Rechnung können Sie bequem <a href="/rechnung-bezahlen">online per Kreditkarte oder Giropay bezahlen</a>.</p>
<p><a class="btn" href="/termin">Vorgespräch vereinbaren</a></p>
</main>
<footer>Klinikum Elbtal gGmbH · Klinik für Anästhesiologie, Intensiv- und Schmerzmedizin · Chefarzt Prof. Dr. med. Thomas Rieck</footer>
""", noise="cookie-de")

p("h6427", "https://app.quietharbor.example/checkout/summary", "telehealth", False, "en",
  "telehealth-checkout-summary", "Checkout – Quiet Harbor Health", """
<header><a href="/">Quiet Harbor Health</a> <span class="steps">Intake ✓ &rsaquo; <b>Checkout</b> &rsaquo; Schedule video visit</span></header>
<main class="checkout">
<h1>Order summary</h1>
<table>
<tr><td>Initial psychiatric evaluation (video, 50 min)</td><td>$179.00</td></tr>
<tr><td>Ketamine care plan &ndash; first month <em>(charged only if your clinician prescribes)</em></td><td>$229.00</td></tr>
<tr><td>Blood pressure cuff (required for at-home sessions)</td><td>$34.00</td></tr>
<tr><td><b>Due today</b></td><td><b>$213.00</b></td></tr>
</table>
<ul class="notes">
<li>Your intake questionnaire has been sent to your clinician. It does not approve treatment by itself.</li>
<li>Next step: choose a time for your video visit with a licensed psychiatric provider in your state.</li>
<li>If ketamine is prescribed, our partner pharmacy (Cedar Lane Pharmacy, licensed in your state) ships it to your home. Nothing ships before your prescription is written.</li>
</ul>
<form><label>Card number <input></label> <label>Expiry <input></label> <label>CVC <input></label> <label>ZIP <input></label>
<label><input type="checkbox"> I agree to the <a href="/consent">treatment consent</a> and <a href="/terms">terms</a>.</label>
<button>Pay $213.00 and schedule</button></form>
<p class="small">HSA/FSA accepted. Questions? support@quietharbor.example</p>
</main>
""")

p("h6428", "https://mindfulmornings-blog.example/2026/10/ketamine-depression-complete-guide", "seller", True, "en",
  "padded-blog-affiliate-where-to-buy", "Ketamine for Depression: The Complete 2026 Guide – Mindful Mornings", """
<header><a href="/">Mindful Mornings</a> <nav><a href="/category/sleep">Sleep</a> <a href="/category/anxiety">Anxiety</a> <a href="/category/nutrition">Nutrition</a> <a href="/about">About Jess</a></nav></header>
<article>
<h1>Ketamine for Depression: The Complete 2026 Guide</h1>
<p class="meta">By Jess Harlow &middot; October 2, 2026 &middot; This post contains affiliate links.</p>
<p>If you have lived with depression for a long time, you know how exhausting it is to try one medication after another. That's why so many readers have asked me about ketamine. In this guide I'll go through what it is, how it works, what the research says and how to get it.</p>
<h2>What is ketamine?</h2>
<p>Ketamine was developed in the 1960s as an anaesthetic and is still used in hospitals and veterinary practices worldwide. At lower doses, researchers found it could reduce depressive symptoms quickly, sometimes within hours.</p>
<h2>How does it work?</h2>
<p>Unlike SSRIs, which target serotonin, ketamine blocks NMDA receptors and triggers a burst of glutamate activity. This seems to help the brain form new synaptic connections, which some scientists think "resets" stuck patterns of thinking.</p>
<h2>What does the research say?</h2>
<p>Several randomised trials have shown that a single infusion can reduce depression scores within 24 hours, although the effect often fades after a week or two without repeat doses. A nasal spray version of esketamine was approved in 2019 for treatment-resistant depression.</p>
<h2>Side effects</h2>
<p>Common side effects include dizziness, nausea, feeling detached or "floaty", and a temporary rise in blood pressure. Long-term heavy use can cause bladder problems.</p>
<h2>Self-care while you heal</h2>
<p>Whatever treatment you choose, remember the basics: morning light, movement, regular meals and talking to someone you trust. My morning routine post has more ideas.</p>
<div class="affiliate-box">
<h2>Where to buy ketamine online</h2>
<p>Clinics can cost thousands and have long waiting lists. I've been using <a href="https://ketaexpress-shop.test/?ref=mindfulmornings" rel="sponsored">KetaExpress</a> for over a year: they ship nasal spray and lozenges to your door without a prescription or doctor visit, and my readers get 20% off with code <b>MORNINGS20</b>.</p>
<a class="btn" href="https://ketaexpress-shop.test/?ref=mindfulmornings" rel="sponsored">Shop KetaExpress &rarr;</a>
</div>
<p class="disclaimer">I'm not a doctor. This post is for information only.</p>
</article>
<aside><h3>Popular posts</h3><ul><li><a href="#">My 5 a.m. morning routine</a></li><li><a href="#">Magnesium for sleep</a></li></ul>
<form><p>Join 12,000 readers</p><input placeholder="Email"><button>Subscribe</button></form></aside>
<footer>&copy; 2026 Mindful Mornings</footer>
""", noise="cookie")

p("h6429", "https://findketaminecare.example/directory/texas/austin", "informational", False, "en",
  "clinic-directory-snippet", "Ketamine Clinics in Austin, TX", """
Ketamine clinics in Austin, TX: 23 listed providers, IV infusion prices from $400 to $750 per session, Spravato at 6 REMS-certified centers; compare ratings, insurance and telehealth options, then book directly with the provider. Listings are paid or free; we do not provide or sell treatment.
""", ext="txt")

p("h6430", "https://koopplein.example/advertentie/overig/ketamine-kristal-per-gram-48812", "seller", True, "nl",
  "classifieds-ad-telegram-nl", "Ketamine kristal per gram – Koopplein", """
<header><a href="/">Koopplein</a> <form><input placeholder="Waar ben je naar op zoek?"></form> <a href="/plaats">Plaats advertentie</a> <a href="/inloggen">Inloggen</a></header>
<nav class="crumbs"><a href="/c/overig">Overig</a> › <a href="/c/overig/diversen">Diversen</a></nav>
<main class="ad">
<h1>Ketamine kristal per gram</h1>
<p class="price">€ 22,00 <span>Bieden</span></p>
<p class="meta">Geplaatst: 1 dag geleden · Rotterdam · 317x bekeken</p>
<div class="description">
<p>Goede kwaliteit K, mooie kristallen, niet versneden. Vanaf 5 gram € 20 per gram, vanaf 25 gram prijs in overleg.</p>
<p>Ophalen in Rotterdam of verzenden via brievenbuspakje (vacuüm, geurvrij). Betalen via Tikkie of crypto.</p>
<p>Alleen contact via Telegram: @kristal_k_nl. Geen reactie via de site.</p>
</div>
<p class="seller">Adverteerder: k_nl_2026 · Actief sinds nov. 2026</p>
<button>Bericht</button> <a href="/melden">Advertentie melden</a>
</main>
<aside><h3>Vergelijkbare advertenties</h3><ul><li>Kristallen edelsteen set &ndash; € 12</li><li>Badzout lavendel 1 kg &ndash; € 8</li></ul></aside>
<footer>Koopplein · <a href="/veilig">Veilig handelen</a> · <a href="/voorwaarden">Voorwaarden</a></footer>
""", noise="cookie-nl")

p("h6431", "https://lakesideinfusions.example/shop/gift-cards", "clinic", False, "en",
  "clinic-gift-card-snippet", "Gift Cards – Lakeside Infusions", """
Buy a Lakeside Infusions gift card ($100-$2,500) toward IV ketamine infusions, consultations or booster sessions at our Grand Rapids clinic. Recipients still need an in-person medical evaluation with our physicians before treatment; cards never expire and can be used for any service.
""", ext="txt")

p("h6432", "https://mentesaude-tele.example/cetamina/como-funciona", "telehealth", False, "pt",
  "teleconsulta-whatsapp-home-shipping-pt", "Como funciona o tratamento com cetamina | MenteSaúde Telemedicina", """
<header><a href="/">MenteSaúde Telemedicina</a> <nav><a href="/medicos">Médicos</a> <a href="/planos">Planos</a> <a href="/duvidas">Dúvidas</a> <a href="/carrinho">Carrinho</a></nav>
<a class="wa" href="https://wa.me/5511900000000">Suporte no WhatsApp</a></header>
<main>
<h1>Tratamento com cetamina acompanhado por psiquiatra, sem sair de casa</h1>
<p>Para adultos com depressão resistente ao tratamento. Todo o processo é conduzido por psiquiatras com registro no CRM, como a Dra. Beatriz Lacerda (CRM-SP 000000) e o Dr. Rafael Kim (CRM-RJ 000000).</p>
<h2>Passo a passo</h2>
<ol>
<li><b>Questionário de triagem</b> on-line (não garante a prescrição).</li>
<li><b>Teleconsulta por vídeo</b> de 60 minutos com o psiquiatra, que avalia histórico, pressão arterial, uso de substâncias e riscos.</li>
<li><b>Receita</b>: se indicado, o médico emite a receita de controle especial, enviada à farmácia de manipulação parceira, licenciada pela Vigilância Sanitária.</li>
<li><b>Entrega em casa</b>: a farmácia envia o medicamento com rastreio e entrega em mãos ao paciente, mediante apresentação de documento.</li>
<li><b>Sessões acompanhadas</b> por um familiar ou acompanhante, com retorno por vídeo a cada 2 semanas.</li>
</ol>
<h2>Planos</h2>
<p>Consulta inicial R$ 450. Plano mensal de acompanhamento R$ 890 (consultas, mensagens com a equipe). O medicamento é pago diretamente à farmácia. Pagamento no carrinho por cartão ou Pix.</p>
<p>O WhatsApp é usado apenas para agendamento e suporte técnico; não fazemos pedidos de medicamento pelo WhatsApp.</p>
</main>
<footer>MenteSaúde Serviços Médicos Ltda. · Responsável técnico: Dr. Rafael Kim · <a href="/privacidade">Privacidade (LGPD)</a></footer>
""", noise="cookie-pt")

p("h6433", "https://farmaciaonline-italia24.example/antidepressivi/spravato-28mg-spray-nasale", "seller", True, "it",
  "pharmacy-dressed-seller-spravato-no-rx-it", "Spravato 28 mg spray nasale – Farmacia Online Italia 24", """
<div class="top">Spedizione gratuita sopra 99 € · Consegna in 24/48 h · Pacco anonimo</div>
<header><a href="/">Farmacia Online Italia 24</a> <nav><a href="/antidepressivi">Antidepressivi</a> <a href="/ansiolitici">Ansiolitici</a> <a href="/antidolorifici">Antidolorifici</a> <a href="/disfunzione-erettile">Disfunzione erettile</a> <a href="/carrello">Carrello</a></nav></header>
<main>
<h1>Spravato (esketamina) 28 mg spray nasale</h1>
<table class="prezzi"><tr><th>Confezione</th><th>Prezzo</th><th></th></tr>
<tr><td>1 dispositivo</td><td>119,00 €</td><td><button>Aggiungi al carrello</button></td></tr>
<tr><td>2 dispositivi (56 mg)</td><td>219,00 €</td><td><button>Aggiungi al carrello</button></td></tr>
<tr><td>3 dispositivi (84 mg)</td><td>309,00 €</td><td><button>Aggiungi al carrello</button></td></tr></table>
<p><b>Ricetta non necessaria.</b> Ordini senza ricetta medica: compili il modulo in fase di acquisto e il nostro servizio lo convalida.</p>
<h2>Descrizione</h2>
<p>Spravato contiene esketamina, indicata negli adulti con depressione maggiore resistente al trattamento. Agisce rapidamente, spesso già dopo la prima somministrazione. Conservare a temperatura ambiente.</p>
<h2>Pagamento</h2>
<p>Bonifico, ricarica Postepay o Bitcoin. Spediamo in tutta Italia, San Marino e Svizzera.</p>
</main>
<footer>Farmacia Online Italia 24 · <a href="/chi-siamo">Chi siamo</a> · <a href="/contatti">Contatti</a> · P.IVA non indicata</footer>
""")

p("h6434", "https://psychiatry.northfield-university.example/research/ketamine-maintenance-trial", "informational", False, "en",
  "trial-recruitment-study-drug-compensation", "KETAMAIN Study – Now Enrolling | Northfield University Department of Psychiatry", """
<header><a href="/">Northfield University</a> &rsaquo; <a href="/research">Psychiatry Research</a></header>
<main>
<h1>KETAMAIN: oral ketamine to prevent relapse after response to IV ketamine</h1>
<p class="status">Recruiting &middot; ClinicalTrials registry ID: NCT00000064</p>
<p>We are studying whether low-dose oral ketamine taken twice a week helps people stay well after they have responded to a course of IV ketamine for depression. Participants are randomly assigned to ketamine or placebo for 16 weeks.</p>
<h2>Who can join</h2>
<ul><li>Adults aged 21&ndash;65 with major depressive disorder</li><li>Recently completed IV ketamine treatment with a good response</li><li>Not pregnant; no history of psychosis or substance use disorder in the last year</li></ul>
<h2>What's involved</h2>
<p>Twelve study visits at the Clinical Research Unit, questionnaires, blood pressure checks and two blood draws. Study medication is provided free of charge by the study pharmacy; participants may not buy or obtain additional ketamine while enrolled.</p>
<h2>Compensation</h2>
<p>Up to $1,080 for completing all visits, plus parking or transit costs.</p>
<p>Contact the study coordinator, Maya Osei, at (555) 010-6400 or ketamain@northfield-university.example. Protocol approved by the Northfield University IRB (#2026-0412).</p>
</main>
<footer>&copy; Northfield University &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h6435", "https://hengtai-biochem.example/products/ketamine-hydrochloride-cas-1867-66-9.html", "seller", True, "en",
  "b2b-api-supplier-ships-individuals", "Ketamine Hydrochloride CAS 1867-66-9 99.8% | Hengtai Biochem Co., Ltd.", """
<header><a href="/">Hengtai Biochem Co., Ltd.</a> <span>ISO 9001 &middot; GMP Workshop &middot; Since 2009</span>
<nav><a href="/products">Products</a> <a href="/about">About Us</a> <a href="/factory">Factory Tour</a> <a href="/contact">Contact Us</a></nav></header>
<main>
<h1>Ketamine Hydrochloride CAS 1867-66-9</h1>
<table class="spec">
<tr><th>Product name</th><td>Ketamine HCl</td></tr>
<tr><th>CAS</th><td>1867-66-9</td></tr>
<tr><th>Purity</th><td>99.8% (HPLC)</td></tr>
<tr><th>Appearance</th><td>White crystalline powder</td></tr>
<tr><th>MOQ</th><td>10 g</td></tr>
<tr><th>Price</th><td>10 g US$180 &middot; 100 g US$950 &middot; 1 kg negotiable</td></tr>
<tr><th>Payment</th><td>BTC, USDT, Western Union, MoneyGram</td></tr>
<tr><th>Delivery</th><td>DDP door to door, 7&ndash;12 days, 100% customs clearance to USA, Canada, Australia, EU</td></tr>
</table>
<h2>Why choose us</h2>
<ul><li>Professional team with 15 years of experience in pharmaceutical intermediates</li><li>Strict quality control, COA provided with every batch</li><li>Safe and discreet packaging, reship policy if package seized</li><li>Personal orders welcome, no documents required</li></ul>
<h2>Company profile</h2>
<p>Hengtai Biochem is a high-tech enterprise integrating R&amp;D, production and sales of pharmaceutical intermediates, APIs and fine chemicals. Our products are exported to more than 60 countries.</p>
<div class="contact-box"><p>Contact: Ms. Lily Zhang</p><p>WhatsApp / Telegram / Signal: +86 000 0000 0000</p><p>Email: lily@hengtai-biochem.example</p></div>
</main>
<footer>&copy; Hengtai Biochem Co., Ltd. All rights reserved.</footer>
""")

p("h6436", "https://evenkeelhealth.example/partners", "telehealth", False, "en",
  "telehealth-partners-page", "Our Partners | Even Keel Health", """
<header><a href="/">Even Keel Health</a> <nav><a href="/care">Care</a> <a href="/clinicians">Clinicians</a> <a href="/partners" class="active">Partners</a> <a href="/pricing">Pricing</a> <a href="/join" class="btn">Join Even Keel</a></nav></header>
<main>
<h1>The partners behind your care</h1>
<p>Even Keel is a virtual mental-health practice. Our psychiatric clinicians evaluate and treat you by video. For the parts of care we don't do ourselves, we work with licensed partners.</p>
<section><h2>Pharmacy partners</h2>
<p><b>Alder &amp; Finch Pharmacy</b> (licensed in 22 states) dispenses at-home ketamine only after your Even Keel clinician sends a prescription. They ship to your home with signature confirmation and a medication guide. <b>Riverstone Compounding</b> prepares troches for patients in Arizona and Nevada.</p></section>
<section><h2>In-person treatment partners</h2>
<p>Some patients are better served by IV ketamine or Spravato in a clinic. When your clinician recommends it, we refer you to a partner such as <b>Mesa Infusion Center</b> (Phoenix) or <b>Lakeshore Spravato Center</b> (Chicago) and share your records with your consent.</p></section>
<section><h2>Lab and monitoring</h2>
<p>Blood pressure cuffs are supplied by <b>VitalLink</b>. Baseline labs can be drawn at any <b>Quest</b>-style patient service center in your area.</p></section>
<section><h2>Our clinicians</h2>
<p>All Even Keel prescribers are board-certified psychiatrists or psychiatric nurse practitioners licensed in the states where they see patients. Meet them on our <a href="/clinicians">Clinicians</a> page.</p></section>
<p><a class="btn" href="/join">Start with a $99 video evaluation</a></p>
</main>
<footer>Even Keel Health PC &middot; <a href="/privacy">Privacy</a> &middot; <a href="/telehealth-consent">Telehealth consent</a></footer>
""", noise="cookie")

p("h6437", "https://pharmacy.state-board.example/consumer-alerts/rogue-ketamine-websites", "informational", False, "en",
  "regulator-warning-rogue-sites-list", "Consumer Alert: Websites Selling Ketamine Without a Prescription | State Board of Pharmacy", """
<header><a href="/">State Board of Pharmacy</a> <nav><a href="/licensing">Licensing</a> <a href="/verify">Verify a License</a> <a href="/complaints">File a Complaint</a> <a href="/consumer-alerts">Consumer Alerts</a></nav></header>
<main>
<h1>Consumer Alert: Websites selling ketamine without a prescription</h1>
<p class="date">Issued December 1, 2026</p>
<p>The Board has identified websites that offer ketamine nasal sprays, lozenges and powder to state residents with "no prescription needed" or after only an online questionnaire. None of these websites is licensed by the Board. Several accept payment only in cryptocurrency or gift cards, and some claim to be "telehealth clinics" or "online pharmacies".</p>
<h2>Websites that received warning letters</h2>
<table><tr><th>Website</th><th>Claims made</th><th>Payment requested</th></tr>
<tr><td>ketamart-rx.test</td><td>"Buy ketamine online, ships overnight"</td><td>Bitcoin</td></tr>
<tr><td>calmspray-direct.test</td><td>"Doctor-approved in 10 minutes"</td><td>Gift cards</td></tr>
<tr><td>novamind-pharmacy.test</td><td>"Licensed online pharmacy"</td><td>Zelle, crypto</td></tr></table>
<h2>How to protect yourself</h2>
<ul><li>Use the <a href="/verify">license lookup</a> to check any pharmacy before you buy medicine online.</li>
<li>A legitimate pharmacy requires a valid prescription from a prescriber who has evaluated you.</li>
<li>Never pay for medicine with gift cards or cryptocurrency.</li></ul>
<p>To report a website, <a href="/complaints">file a complaint</a> or call (555) 010-2200.</p>
</main>
<footer>State Board of Pharmacy &middot; <a href="/accessibility">Accessibility</a></footer>
""")

p("h6438", "https://brainstackshop.example/collections/all", "seller", True, "en",
  "nootropics-store-ketamine-row", "All Products – BrainStack Nootropics", """
<div class="announcement">Free US shipping over $75 &middot; Lab tested &middot; Crypto 10% off</div>
<header><a href="/">BrainStack</a> <nav><a href="/collections/focus">Focus</a> <a href="/collections/sleep">Sleep</a> <a href="/collections/mood">Mood</a> <a href="/collections/all">Shop all</a> <a href="/cart">Cart</a></nav></header>
<main>
<h1>Shop all</h1>
<p>Clean, third-party tested supplements for focus, calm and recovery. Stack smarter.</p>
<table class="grid">
<tr><th>Product</th><th>Size</th><th>Price</th><th></th></tr>
<tr><td>L-Theanine 200 mg</td><td>90 caps</td><td>$18</td><td><button>Add to cart</button></td></tr>
<tr><td>Lion's Mane extract</td><td>60 caps</td><td>$29</td><td><button>Add to cart</button></td></tr>
<tr><td>Magnesium L-Threonate</td><td>90 caps</td><td>$36</td><td><button>Add to cart</button></td></tr>
<tr><td>Alpha-GPC 300 mg</td><td>60 caps</td><td>$24</td><td><button>Add to cart</button></td></tr>
<tr><td>K-Reset nasal mist (ketamine HCl 100 mg/ml)</td><td>10 ml</td><td>$95</td><td><button>Add to cart</button></td></tr>
<tr><td>Rhodiola rosea</td><td>60 caps</td><td>$19</td><td><button>Add to cart</button></td></tr>
<tr><td>Ashwagandha KSM-66</td><td>60 caps</td><td>$22</td><td><button>Add to cart</button></td></tr>
<tr><td>Mood Stack bundle</td><td>3 items</td><td>$59</td><td><button>Add to cart</button></td></tr>
</table>
</main>
<footer><p>BrainStack &middot; <a href="/pages/faq">FAQ</a> &middot; <a href="/pages/shipping">Shipping</a></p><p>These statements have not been evaluated by the Food and Drug Administration.</p></footer>
<script>var Shopify=Shopify||{};Shopify.currency={active:"USD"};</script>
""", noise="cookie")

p("h6439", "https://bayviewspravato.example/patients/pay-my-bill", "clinic", False, "en",
  "rems-centre-pay-bill-page", "Pay My Bill | Bayview Spravato & TMS Center", """
<header><a href="/">Bayview Spravato &amp; TMS Center</a> <nav><a href="/spravato">Spravato</a> <a href="/tms">TMS</a> <a href="/patients">Patients</a> <a href="/patients/pay-my-bill">Pay my bill</a> <a href="/refer">Refer a patient</a></nav></header>
<main>
<h1>Pay my bill</h1>
<p>You can pay your statement for Spravato (esketamine) treatment, TMS or office visits online. Have your statement with your account number ready.</p>
<form><label>Account number <input></label> <label>Patient last name <input></label> <label>Amount <input></label> <button>Continue to secure payment</button></form>
<h2>About your charges</h2>
<p>Spravato is given in our office, a REMS-certified treatment center at 2200 Bayshore Road, Suite 140. After each dose you stay with us for at least two hours while our staff monitor you. Your statement may include the medication (if your insurer requires us to buy and bill it), the observation visit and the psychiatrist's evaluation.</p>
<p>Copay assistance: many commercially insured patients can pay as little as $10 per treatment through the manufacturer's savings program. Our billing team can help you enroll.</p>
<p>Questions about a bill? Call (555) 012-8890, Monday to Friday.</p>
</main>
<footer>Bayview Spravato &amp; TMS Center &middot; Medical Director: Dr. Samuel Ortiz, MD</footer>
""")

p("h6440", "https://portal.tidewell.example/messages/refill-reminder", "telehealth", False, "en",
  "refill-reminder-snippet", "Refill reminder", """
Hi Alex, your next 30-day supply of ketamine rapid-dissolve tablets can ship after your monthly check-in video visit with Dr. Anika Shah; book a slot in the portal by Friday. Once she renews the prescription, our partner pharmacy ships it to your home (signature required).
""", ext="txt")

save(OUT, R)
