# Batch 40 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run). Kept blind (figures only).
# Angle: the web as a patient and a crawler meet it. Shapes: 11 plain-text excerpts of one to three
# sentences (social bios and posts, classified blurbs, search snippets, directory entries, a comment),
# 8 product or catalogue pages, 5 long padded pages (a seller page that is mostly generic ketamine
# education with a small offer at the bottom, a Spanish doorway blog pointing to a "partner shop",
# and three legitimate long articles), 4 mostly-navigation pages, and 12 ordinary full pages (home,
# FAQ, contact, shipping, payment, pricing, government, forum, law firm, hospital service page).
# Sellers that mostly never write "ketamine" plainly (Ketalar, Ketanest S, Ketaset, Vetalar, esketamine
# spray, "K", "ket", "special K", 2F-DCK/DCK/MXE), a no-evaluation "telehealth", a fake French clinic,
# vet diversion, a Dutch multi-drug shop, a German research-chemical shop; legitimate pages with
# prices, carts, "buy", WhatsApp, shipping and checkout (clinic packages and shop, telehealth plans
# and program cart, compounding pharmacy, veterinary wholesaler for registered practices).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch40.py (writes batch40/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch40")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))


p("h4001", "https://social.example/@k_plug_ldn", "seller", True, "en", "social-bio", "", """
K plug LDN 🇬🇧 | ❄️ special K shards, fishscale 🐟 | same-day drops zones 1-4, post UK wide next day | menu + prices on tg 👉 @kplug_ldn_menu | no time wasters, no tick-tocks, cash or BTC
""", ext="txt")

p("h4002", "https://stillwaterketamine.example/pricing", "clinic", False, "en", "clinic-pricing",
  "Pricing & Packages | Stillwater Ketamine Infusion Center | Tulsa, OK", """
<header>
<a href="/" class="logo">Stillwater Ketamine Infusion Center</a>
<nav><a href="/treatments">Treatments</a> <a href="/conditions">Conditions</a> <a href="/pricing" class="active">Pricing</a> <a href="/our-team">Our Team</a> <a href="/faq">FAQ</a> <a href="/contact">Contact</a></nav>
<a class="btn" href="/book">Book a consultation</a>
</header>
<main>
<h1>Transparent pricing</h1>
<p>We believe you should know what treatment costs before you walk through our door. Ketamine infusions for depression, anxiety and PTSD are not yet covered by most insurance plans, so we keep our prices simple and publish them here. Every new patient starts with a medical consultation with Dr. Alana Whitfield, MD (board-certified anesthesiologist) or our psychiatric nurse practitioner, Marcus Ybarra, PMHNP-BC, in our Tulsa office.</p>

<section class="prices">
<div class="card"><h2>Initial consultation</h2><p class="price">$150</p><p>60-minute in-person visit: history, medication review, vital signs, PHQ-9 and GAD-7, and a written treatment plan. Credited toward your first infusion if you proceed within 30 days.</p><a class="btn" href="/book?type=consult">Book now</a></div>
<div class="card"><h2>Single IV infusion (mood)</h2><p class="price">$475</p><p>40-minute infusion with continuous monitoring (pulse oximetry, blood pressure, ECG) by a registered nurse, plus recovery time in a private suite. You must have a driver to take you home.</p></div>
<div class="card featured"><h2>Induction series: 6 infusions</h2><p class="price">$2,550 <s>$2,850</s></p><p>The standard protocol for treatment-resistant depression: six infusions over two to three weeks. Pay in full to receive the package rate.</p><a class="btn" href="/book?type=series">Buy package</a></div>
<div class="card"><h2>Booster infusion</h2><p class="price">$425</p><p>For established patients, scheduled as recommended by your provider.</p></div>
<div class="card"><h2>Chronic pain infusion (4 hours)</h2><p class="price">$850</p><p>For CRPS, fibromyalgia and neuropathic pain, on referral from your pain specialist.</p></div>
<div class="card"><h2>Spravato® (esketamine)</h2><p class="price">Billed to insurance</p><p>We are a REMS-certified treatment center. Most commercial plans and Medicare cover Spravato with prior authorization; our billing team handles the paperwork.</p></div>
</section>

<h2>Ways to pay</h2>
<ul>
<li>All major credit and debit cards, HSA and FSA cards</li>
<li>CareCredit and Advance Care Card financing (subject to approval)</li>
<li>We provide a superbill you can submit to your insurer for possible out-of-network reimbursement</li>
</ul>
<p>A $100 deposit holds your first infusion appointment and is applied to your bill. Cancellations with less than 24 hours' notice forfeit the deposit.</p>

<h2>Gift cards</h2>
<p>Supporting someone on their mental-health journey? Digital gift cards from $50 can be applied to consultations and infusions. <a href="/gift-cards">Buy a gift card</a></p>

<h2>Questions about cost?</h2>
<p>Call (918) 555-0142 or message our front desk on WhatsApp at +1 918 555 0142 to book or ask about financing. Please do not send medical details by text; we will call you back.</p>
</main>
<footer>
<p>Stillwater Ketamine Infusion Center · 6120 S Yale Ave, Suite 210, Tulsa, OK 74136 · Mon–Fri 8am–5pm</p>
<p>If you are in crisis, call or text 988. Ketamine therapy is not appropriate for everyone; eligibility is determined at your consultation.</p>
<p>© 2026 Stillwater Ketamine Infusion Center, PLLC · <a href="/privacy">Privacy</a> · <a href="/nondiscrimination">Nondiscrimination notice</a></p>
</footer>
""", noise="cookie")

p("h4003", "https://www.tristatecourier.example/news/2026/11/ketamine-seizures-rise", "informational", False, "en", "news-snippet", "", """
Police say "special K" now sells for $20 to $30 a gram in the tri-county area, and that dealers increasingly take orders over Telegram and ship by mail. "People think they're buying ketamine and some of it is something else entirely," said Lt. Dana Korhonen of the regional narcotics unit.
""", ext="txt")

p("h4004", "https://www.evenkeelhealth.example/pricing", "telehealth", False, "en", "telehealth-pricing",
  "Plans & Pricing | Evenkeel Health – At-home ketamine-assisted therapy", """
<header><a href="/" class="brand">evenkeel</a>
<nav><a href="/how-it-works">How it works</a> <a href="/clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/safety">Safety</a> <a href="/faq">FAQ</a></nav>
<a class="btn" href="/get-started">See if you're eligible</a> <a href="/login">Log in</a> <a href="/cart" class="cart">Cart (0)</a></header>
<main>
<h1>Simple plans. No surprise bills.</h1>
<p>Every Evenkeel plan starts with a 60-minute video evaluation with a licensed psychiatric clinician in your state. If your clinician decides ketamine is not right for you, your plan fee is refunded in full, minus the $89 evaluation.</p>

<div class="plans">
<div class="plan"><h2>Evaluation only</h2><p class="price">$89</p>
<ul><li>Medical and psychiatric history review</li><li>60-minute video visit</li><li>Written recommendations you can share with your own doctor</li></ul>
<a class="btn" href="/checkout?plan=eval">Buy now</a></div>

<div class="plan popular"><h2>Foundation program</h2><p class="price">$1,190 <span>or 4 payments of $297.50</span></p>
<ul><li>Evaluation with your prescribing clinician</li>
<li>If prescribed: 6 sublingual dosing sessions over 4 weeks, with medication dispensed by our licensed partner pharmacy</li>
<li>Blood-pressure cuff and session journal in your welcome kit</li>
<li>Live virtual monitoring during your first session, check-ins before every session</li>
<li>2 integration sessions with a licensed therapist</li></ul>
<a class="btn" href="/checkout?plan=foundation">Buy now</a></div>

<div class="plan"><h2>Maintenance membership</h2><p class="price">$229 / month</p>
<ul><li>For patients who completed Foundation</li><li>Monthly follow-up visit and up to 2 sessions</li><li>Cancel anytime</li></ul>
<a class="btn" href="/checkout?plan=maintenance">Add to cart</a></div>
</div>

<h2>What you're paying for</h2>
<p>Your prescription is written only after your clinician has seen you on video, reviewed your medications and confirmed you have a sitter (a trusted adult who stays with you during sessions). Medication costs are included. Prescriptions are filled by Hartwell Compounding Pharmacy (licensed in 38 states) and delivered with signature confirmation.</p>
<h2>Insurance &amp; HSA/FSA</h2>
<p>Evenkeel does not bill insurance directly. You can pay with an HSA or FSA card, and we provide itemized receipts with diagnosis and procedure codes on request.</p>
<h2>Who prescribes</h2>
<p>Our medical team is led by Priya Raman, MD (board-certified psychiatrist, licensed in CA, NY, TX, FL, WA and 17 other states). Clinician names and license numbers are shown in your portal before your visit.</p>
<p class="fine">Ketamine is used off-label for depression and anxiety. Evenkeel is not for people experiencing a mental-health emergency; if you are in crisis, call 988. Not available in all states.</p>
</main>
<footer><a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="/hipaa">Notice of Privacy Practices</a> · © 2026 Evenkeel Medical Group, P.C.</footer>
""")

p("h4005", "https://vetpharmdirect.test/product/ketaset-100mg-ml-10ml-vial", "seller", True, "en", "product-page",
  "Ketaset 100 mg/ml 10ml Injectable Vial | VetPharm Direct", """
<header>
<div class="topbar">🚚 FREE tracked shipping over $300 · Discreet packaging · We ship to US, CA, AU, EU</div>
<a href="/" class="logo">VetPharm Direct</a>
<form class="search"><input placeholder="Search products..."></form>
<nav><a href="/category/anesthetics">Anesthetics</a> <a href="/category/sedatives">Sedatives</a> <a href="/category/pain-relief">Pain Relief</a> <a href="/category/equine">Equine</a> <a href="/category/human-grade">Human Grade</a> <a href="/track">Track order</a></nav>
<a href="/cart">🛒 Cart</a>
</header>
<main class="product">
<p class="crumbs"><a href="/">Home</a> / <a href="/category/anesthetics">Anesthetics</a> / Ketaset 100 mg/ml</p>
<div class="gallery"><img src="/img/ketaset-10ml.jpg" alt="Ketaset vial box"></div>
<div class="summary">
<h1>Ketaset® 100 mg/ml – 10ml Injectable</h1>
<div class="stars">★★★★★ (214 customer reviews)</div>
<p class="stock">In stock – ships within 24h</p>
<table class="variants">
<tr><th>Quantity</th><th>Price</th></tr>
<tr><td>1 vial</td><td>$95.00</td></tr>
<tr><td>5 vials</td><td>$420.00</td></tr>
<tr><td>10 vials</td><td>$780.00</td></tr>
<tr><td>25 vials (box)</td><td>$1,750.00</td></tr>
</table>
<label>Qty <input type="number" value="1"></label> <button class="add-to-cart">Add to cart</button>
<p class="note">✔ No veterinary prescription needed for private buyers · ✔ Delivered to home address · ✔ 10% off when paying with Bitcoin or USDT</p>
</div>
<section class="tabs">
<h2>Description</h2>
<p>Ketaset is a fast-acting dissociative anesthetic made for veterinary use in cats, dogs and horses. Original sealed vials, lot number and expiry on every box. Each ml contains 100 mg of active ingredient.</p>
<p>Many of our customers are horse owners, breeders and hobby farmers who need supplies at home without paying clinic prices. We also supply individuals for "personal research". Orders are packed in plain boxes with no reference to contents.</p>
<h2>Shipping</h2>
<p>USA: 2–4 days via USPS Priority. International: 7–14 days. If your parcel is seized by customs we reship once for free (photo of seizure letter required).</p>
<h2>Reviews</h2>
<div class="review"><b>Tom R.</b> ★★★★★ – "Came in 3 days, legit sealed vials. Will reorder."</div>
<div class="review"><b>anon</b> ★★★★☆ – "Paid in BTC, smooth. Box was very discreet."</div>
<div class="review"><b>Megan</b> ★★★★★ – "Best price I found. Support replied on WhatsApp within minutes."</div>
</section>
<section class="related"><h3>Related products</h3>
<ul><li><a href="/product/vetalar-v-100mg">Vetalar-V 100 mg/ml – $89</a></li><li><a href="/product/xylazine-20">Xylazine 20 mg/ml – $49</a></li><li><a href="/product/telazol-5ml">Telazol 5 ml – $140</a></li></ul></section>
</main>
<footer>WhatsApp orders: +44 7700 900 318 · Payment: Bitcoin, USDT, Zelle, Western Union · © VetPharm Direct</footer>
""")

p("h4006", "https://www.consultaserena.example/", "clinic", False, "es", "clinic-home",
  "Consulta Serena · Terapia asistida con ketamina en Madrid", """
<header>
<a href="/" class="logo">Consulta Serena</a>
<nav><a href="/">Inicio</a> <a href="/equipo">Equipo</a> <a href="/terapia-ketamina">Terapia con ketamina</a> <a href="/depresion-resistente">Depresión resistente</a> <a href="/tarifas">Tarifas</a> <a href="/contacto">Contacto</a></nav>
<a class="btn" href="/cita">Pedir primera cita</a>
</header>
<main>
<section class="hero">
<h1>Psiquiatría y psicoterapia asistida con ketamina, en consulta y con acompañamiento</h1>
<p>En Consulta Serena tratamos la depresión resistente, el trastorno de estrés postraumático y la ideación suicida persistente combinando psicoterapia con sesiones de ketamina administradas en nuestra consulta de Chamberí, bajo supervisión médica continua.</p>
<a class="btn" href="/cita">Reservar valoración psiquiátrica</a>
</section>
<section>
<h2>Cómo trabajamos</h2>
<ol>
<li><b>Valoración psiquiátrica presencial</b> (60 min) con la Dra. Inés Carbajal, psiquiatra colegiada en Madrid (n.º 28/2811047). Revisamos su historia clínica, tratamientos previos y contraindicaciones (hipertensión no controlada, psicosis, embarazo, entre otras).</li>
<li><b>Preparación</b>: una o dos sesiones de psicoterapia para fijar intenciones y explicar qué se siente durante la sesión.</li>
<li><b>Sesiones de ketamina</b> intramuscular o subcutánea en una sala tranquila, con monitorización de constantes por enfermería y presencia de la terapeuta. Cada sesión dura unas dos horas incluida la recuperación.</li>
<li><b>Integración</b>: sesiones posteriores para trabajar lo vivido y consolidar los cambios.</li>
</ol>
<p>La ketamina es un medicamento de uso hospitalario y su uso en depresión es fuera de ficha técnica; por ello solo la administramos en nuestra consulta, nunca para llevar a casa.</p>
</section>
<section>
<h2>Preguntas rápidas</h2>
<p><b>¿Necesito informe de mi psiquiatra?</b> Es recomendable, pero no imprescindible. Con su permiso contactaremos a su médico habitual.</p>
<p><b>¿Lo cubre el seguro?</b> Algunas aseguradoras reembolsan parte de las consultas de psiquiatría. Emitimos factura detallada.</p>
<p><b>¿Puedo pedir cita por WhatsApp?</b> Sí, escríbanos al +34 611 555 204 en horario de secretaría. No envíe información clínica por mensaje.</p>
</section>
</main>
<footer>
<p>Consulta Serena · C/ de Santa Engracia 98, 2.º izda., 28010 Madrid · Centro sanitario autorizado por la Comunidad de Madrid (CS 19837)</p>
<p><a href="/aviso-legal">Aviso legal</a> · <a href="/privacidad">Política de privacidad</a> · <a href="/cookies">Cookies</a></p>
</footer>
""", noise="cookie-es")

p("h4007", "https://pharmakgrade.test/ketamine-complete-guide", "seller", True, "en", "padded-seller",
  "Ketamine: The Complete Guide (Uses, Effects, Dosage, History) | PharmaKGrade", """
<header><a href="/" class="logo">PharmaKGrade</a> <nav><a href="/">Home</a> <a href="/ketamine-complete-guide">Guide</a> <a href="/blog">Blog</a> <a href="/contact">Contact</a></nav></header>
<main>
<article>
<h1>Ketamine: The Complete Guide</h1>
<p class="meta">Last updated November 2026 · 14 min read</p>
<h2>What is ketamine?</h2>
<p>Ketamine is a dissociative anesthetic that was first synthesized in 1962 by the chemist Calvin Stevens at Parke-Davis while searching for a safer alternative to phencyclidine (PCP). It was approved for medical use in the United States in 1970 and was widely used as a battlefield anesthetic during the Vietnam War because it does not suppress breathing the way many other anesthetics do. Today it is on the World Health Organization's List of Essential Medicines.</p>
<p>In hospitals, ketamine is used to induce and maintain anesthesia, for procedural sedation in emergency departments, and for pain relief, especially in patients who cannot tolerate opioids. Veterinarians use it widely in cats, dogs, horses and other animals.</p>
<h2>How does ketamine work?</h2>
<p>Ketamine is primarily an NMDA receptor antagonist. By blocking NMDA receptors on inhibitory interneurons, it causes a burst of glutamate release, which in turn activates AMPA receptors and triggers the release of brain-derived neurotrophic factor (BDNF). Researchers believe this cascade promotes synaptogenesis — the growth of new connections between neurons — which may explain the rapid antidepressant effect seen in clinical studies.</p>
<p>Ketamine also interacts with opioid receptors, monoamine transporters and HCN1 channels, although the clinical importance of these effects is still debated.</p>
<h2>Ketamine and depression</h2>
<p>In 2000, a small study at Yale showed that a single low-dose infusion of ketamine improved depressive symptoms within hours. Since then, dozens of trials have confirmed rapid, though often temporary, antidepressant effects in people with treatment-resistant depression. In 2019 the FDA approved esketamine (Spravato), the S-enantiomer of ketamine, as a nasal spray for treatment-resistant depression, used together with an oral antidepressant.</p>
<p>Many clinics now offer IV ketamine infusions, intramuscular injections, and lozenges as part of therapy programs. Response rates of 50–70% after a series of infusions have been reported, though relapse is common without maintenance treatment.</p>
<h2>Forms of ketamine</h2>
<ul>
<li><b>Injectable solution</b> – typically 10 mg/ml, 50 mg/ml or 100 mg/ml vials (brand names include Ketalar, Ketanest, Ketaset and Vetalar).</li>
<li><b>Nasal spray</b> – esketamine (Spravato) 28 mg devices.</li>
<li><b>Oral and sublingual</b> – compounded troches and lozenges.</li>
<li><b>Crystalline powder</b> – ketamine hydrochloride obtained by evaporating the liquid.</li>
</ul>
<h2>Effects</h2>
<p>At low doses, people describe a feeling of floating, mild euphoria, altered perception of time and body, and sometimes visual distortions. At higher doses, ketamine can produce a profound dissociative state sometimes called the "K-hole," in which users feel detached from their body and surroundings. The effects of an intramuscular dose typically begin within 5 minutes and last 45–90 minutes; intranasal effects begin within 10–15 minutes.</p>
<h2>Dosage</h2>
<p>Anesthetic doses are typically 1–4.5 mg/kg intravenously. Antidepressant infusion protocols commonly use 0.5 mg/kg over 40 minutes. Recreational dosing varies widely and depends on route, tolerance and body weight. Always start low.</p>
<h2>Side effects and risks</h2>
<p>Common side effects include nausea, dizziness, increased blood pressure and heart rate, blurred vision and confusion. Frequent, heavy use has been linked to bladder damage (ketamine-induced cystitis), memory problems and dependence. Combining ketamine with alcohol, benzodiazepines or opioids increases the risk of dangerous sedation. Never use ketamine alone, in water, or while driving.</p>
<h2>Legal status</h2>
<p>Ketamine is a Schedule III controlled substance in the United States, a Class B drug in the United Kingdom and is controlled in most countries. Laws change frequently; check your local regulations.</p>
<h2>History timeline</h2>
<ul><li>1962 – first synthesized (CI-581)</li><li>1964 – first human trials in prisoners in Michigan</li><li>1970 – FDA approval as Ketalar</li><li>1980s–90s – spread of recreational use in club scenes</li><li>2000 – first antidepressant study</li><li>2019 – esketamine nasal spray approved</li></ul>
<h2>Frequently asked questions</h2>
<p><b>Is ketamine addictive?</b> Ketamine can cause psychological dependence, particularly with frequent use.</p>
<p><b>How long does ketamine stay in your system?</b> Ketamine is usually detectable in urine for 2–4 days, longer with heavy use.</p>
<p><b>What is special K?</b> "Special K" is a common street name for ketamine, along with "ket," "K," "vitamin K" and "super K."</p>
</article>
<aside class="order-box">
<h3>Need a reliable source?</h3>
<p>We supply pharmaceutical-grade Ketalar 50 mg/ml and crystal HCl to adults worldwide. 10 ml from $110 · 5 g crystal from $160. No prescription required. Stealth shipping, reship if lost.</p>
<p>Order on Telegram: <b>@pharmakgrade_store</b> · Payment: BTC, XMR, USDT</p>
</aside>
</main>
<footer>© 2026 PharmaKGrade · Information provided for educational purposes only.</footer>
""")

p("h4008", "https://www.bing.example/search?q=at+home+ketamine+therapy+online", "telehealth", False, "en", "search-snippet", "", """
Lumenpath Care | At-Home Ketamine Therapy With Licensed Clinicians
lumenpath.example › how-it-works
Start with a 45-minute video assessment with a board-certified psychiatrist. If ketamine is appropriate, your prescription is sent to a licensed pharmacy and you're guided through every session. Not everyone qualifies. HSA/FSA accepted.
""", ext="txt")

p("h4009", "https://www.marbleheadcompounding.example/shop/ketamine-hcl-troches", "informational", False, "en", "compounding-product",
  "Ketamine HCl Sublingual Troches (Rx only) | Marblehead Compounding Pharmacy", """
<header>
<a href="/" class="logo">Marblehead Compounding Pharmacy</a>
<nav><a href="/shop">Shop</a> <a href="/prescribers">For Prescribers</a> <a href="/patients">For Patients</a> <a href="/transfer">Transfer a Prescription</a> <a href="/about">About</a></nav>
<a href="/cart">Cart (2)</a> <a href="/account">My account</a>
</header>
<main>
<p class="crumbs"><a href="/shop">Shop</a> › <a href="/shop/pain-mental-health">Pain &amp; Mental Health</a> › Ketamine HCl Troches</p>
<h1>Ketamine HCl Sublingual Troches</h1>
<p class="badge">℞ Prescription required · Schedule III controlled substance</p>
<p>Compounded sublingual troches in strengths prescribed by your clinician (commonly 50 mg to 200 mg), prepared in our PCAB-accredited, USP &lt;795&gt; compliant non-sterile lab. Flavors: mint, raspberry or unflavored.</p>
<div class="buy-box">
<p><b>This item cannot be added to your cart.</b> Controlled substances are dispensed only against a valid prescription sent directly by a licensed prescriber (e-prescription via Surescripts, or fax from the prescriber's office). Once we receive and verify your prescription, our pharmacist will call you to confirm the dose, price and delivery.</p>
<p>Typical patient price: $3–$6 per troche depending on strength and quantity. Price confirmed after verification.</p>
<a class="btn secondary" href="/patients/how-to-fill">How to have your prescription sent to us</a>
</div>
<h2>Shipping</h2>
<p>We ship Schedule III–V prescriptions by overnight courier with adult signature required, only to patients in states where we hold a pharmacy license: MA, NH, RI, CT, NY, VT and ME. We cannot ship outside the United States.</p>
<h2>Verification</h2>
<p>Massachusetts Board of Pharmacy license DS3481; DEA registration on file. We verify every prescriber's DEA registration and state license and may contact your prescriber before dispensing. We will not fill prescriptions from online questionnaires without an examination.</p>
<h2>Customers also bought</h2>
<div class="grid">
<div class="item"><h3>Troche dosing journal</h3><p>$6.50</p><button>Add to cart</button></div>
<div class="item"><h3>Pill organizer, weekly</h3><p>$4.99</p><button>Add to cart</button></div>
<div class="item"><h3>Unflavored lip balm (compounded base)</h3><p>$3.25</p><button>Add to cart</button></div>
</div>
</main>
<footer>Marblehead Compounding Pharmacy · 41 Pleasant St, Marblehead, MA 01945 · (781) 555-0187 · Pharmacist-in-charge: Denise Loughlin, RPh · <a href="/checkout">Checkout</a></footer>
""", noise="cookie")

p("h4010", "https://anuncios.example/es/madrid/salud/vendo-ketalar-viales-7731904", "seller", True, "es", "classified", "", """
Vendo Ketalar 50 mg/ml, viales originales precintados de 10 ml, caducidad 2028. Envío discreto a toda España en 24-48h, también mano a mano en Madrid centro. Pago Bizum o bitcoin, sin receta, solo WhatsApp +34 622 555 918.
""", ext="txt")

p("h4011", "https://www.harborlightinfusions.example/locations/portland", "clinic", False, "en", "nav-only",
  "Portland, ME | Harbor Light Infusions", """
<header>
<a href="/" class="logo">Harbor Light Infusions</a>
<nav class="main">
<ul>
<li><a href="/about">About</a><ul><li><a href="/about/team">Our team</a></li><li><a href="/about/careers">Careers</a></li><li><a href="/about/press">Press</a></li></ul></li>
<li><a href="/services">Services</a><ul><li><a href="/services/ketamine-infusion">Ketamine infusions</a></li><li><a href="/services/spravato">Spravato</a></li><li><a href="/services/nad">NAD+</a></li><li><a href="/services/iv-hydration">IV hydration</a></li></ul></li>
<li><a href="/conditions">Conditions</a><ul><li><a href="/conditions/depression">Depression</a></li><li><a href="/conditions/ptsd">PTSD</a></li><li><a href="/conditions/ocd">OCD</a></li><li><a href="/conditions/chronic-pain">Chronic pain</a></li></ul></li>
<li><a href="/locations">Locations</a><ul><li><a href="/locations/portland">Portland, ME</a></li><li><a href="/locations/bangor">Bangor, ME</a></li><li><a href="/locations/portsmouth">Portsmouth, NH</a></li></ul></li>
<li><a href="/patients">Patients</a><ul><li><a href="/patients/forms">Forms</a></li><li><a href="/patients/insurance">Insurance</a></li><li><a href="/patients/referrals">Referrals</a></li><li><a href="/patients/pay">Pay a bill</a></li></ul></li>
</ul>
</nav>
<a class="btn" href="/book">Request an appointment</a> <a href="tel:+12075550163">(207) 555-0163</a>
</header>
<main>
<h1>Portland, ME</h1>
<p>222 Fore St, Suite 4, Portland, ME 04101 · Mon–Sat 7:30am–6pm</p>
</main>
<footer>
<ul><li><a href="/privacy">Privacy</a></li><li><a href="/accessibility">Accessibility</a></li><li><a href="/nondiscrimination">Nondiscrimination</a></li><li><a href="/sitemap">Sitemap</a></li></ul>
<p>© 2026 Harbor Light Infusions, LLC</p>
</footer>
""", noise="cookie")

p("h4012", "https://www.psychpraxis-online.example/esketamin", "telehealth", False, "de", "telehealth-service",
  "Esketamin bei therapieresistenter Depression – Abklärung per Video | PsychPraxis Online", """
<header>
<a href="/" class="logo">PsychPraxis Online</a>
<nav><a href="/">Start</a> <a href="/leistungen">Leistungen</a> <a href="/esketamin">Esketamin</a> <a href="/aerzteteam">Ärzteteam</a> <a href="/kosten">Kosten</a> <a href="/kontakt">Kontakt</a></nav>
<a class="btn" href="/termin">Videotermin buchen</a>
</header>
<main>
<h1>Esketamin-Nasenspray: Abklärung online, Behandlung in unseren Partnerkliniken</h1>
<p>Sie haben bereits mindestens zwei Antidepressiva ausreichend lange und hoch genug dosiert eingenommen, und die Depression hat sich nicht gebessert? Dann kann eine Behandlung mit Esketamin (Spravato®) in Frage kommen. Wir prüfen das für Sie in einer ärztlichen Videosprechstunde – ohne Wartezeit auf einen Facharzttermin vor Ort.</p>
<h2>So läuft es ab</h2>
<ol>
<li><b>Videosprechstunde (50 Minuten)</b> mit einer Fachärztin oder einem Facharzt für Psychiatrie und Psychotherapie. Wir erheben die Vorgeschichte, bisherige Medikamente und mögliche Gegenanzeigen (z. B. unbehandelter Bluthochdruck, Gefäßerkrankungen, Psychosen).</li>
<li><b>Befundbericht und Empfehlung</b>: Sie erhalten einen schriftlichen Bericht, auf Wunsch auch für Ihre Hausärztin.</li>
<li><b>Überweisung an eine Partnerklinik</b>: Esketamin wird ausschließlich in einer Praxis oder Klinik angewendet, wo Sie nach der Anwendung mindestens zwei Stunden überwacht werden. Wir vermitteln Ihnen einen Termin in einer unserer Partnereinrichtungen in Berlin, Hamburg, Köln, München oder Leipzig.</li>
<li><b>Begleitung</b>: Zwischen den Anwendungen betreuen wir Sie weiter per Video und stimmen uns mit der Partnerklinik ab.</li>
</ol>
<p><b>Wichtig:</b> Wir versenden keine Medikamente und stellen kein Rezept für Esketamin zur Anwendung zu Hause aus. Das Nasenspray darf nur unter ärztlicher Aufsicht angewendet werden.</p>
<h2>Kosten</h2>
<p>Die Videosprechstunde rechnen wir mit gesetzlichen Krankenkassen über Ihre elektronische Gesundheitskarte ab. Privatversicherte erhalten eine Rechnung nach GOÄ. Die Behandlung in der Partnerklinik wird in der Regel von der Krankenkasse übernommen.</p>
<h2>Unser Ärzteteam</h2>
<p>Dr. med. Katharina Wendt (Fachärztin für Psychiatrie und Psychotherapie, Ärztekammer Berlin) · Dr. med. Jonas Albrecht (Facharzt für Psychiatrie, Ärztekammer Nordrhein)</p>
</main>
<footer>PsychPraxis Online MVZ GmbH · Friedrichstraße 148, 10117 Berlin · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h4013", "https://labchem-forschung.test/produkt/2f-dck-kristall", "seller", True, "de", "product-page",
  "2F-DCK Kristall – Forschungschemikalie kaufen | LabChem Forschung", """
<header>
<div class="hinweis">Alle Produkte werden ausschließlich zu Forschungszwecken verkauft. Nicht für den menschlichen Verzehr.</div>
<a href="/" class="logo">LabChem Forschung</a>
<nav><a href="/kategorie/dissoziativa">Dissoziativa</a> <a href="/kategorie/cathinone">Cathinone</a> <a href="/kategorie/tryptamine">Tryptamine</a> <a href="/kategorie/benzo-analoga">Benzo-Analoga</a> <a href="/kategorie/pellets">Pellets</a> <a href="/versand">Versand</a></nav>
<a href="/warenkorb">Warenkorb (0)</a>
</header>
<main>
<p class="crumbs">Start › Dissoziativa › 2F-DCK</p>
<h1>2F-DCK (2-Fluorodeschloroketamin) – Kristall</h1>
<p class="reinheit">Reinheit ≥ 99,5 % (HPLC) · Analysezertifikat auf Anfrage</p>
<table class="preise">
<tr><th>Menge</th><th>Preis</th><th>Preis/g</th></tr>
<tr><td>1 g</td><td>24,90 €</td><td>24,90 €</td></tr>
<tr><td>5 g</td><td>99,00 €</td><td>19,80 €</td></tr>
<tr><td>10 g</td><td>169,00 €</td><td>16,90 €</td></tr>
<tr><td>25 g</td><td>349,00 €</td><td>13,96 €</td></tr>
</table>
<label>Menge <select><option>1 g</option><option>5 g</option><option>10 g</option><option>25 g</option></select></label>
<button>In den Warenkorb</button>
<p>Lieferung innerhalb Deutschlands 1–2 Werktage, EU 3–6 Werktage. Neutraler Versand im Luftpolsterumschlag, Absender ohne Firmenbezug.</p>
<h2>Produktbeschreibung</h2>
<p>2F-DCK ist ein Arylcyclohexylamin und ein strukturelles Analogon von Ketamin, bei dem das Chloratom durch Fluor ersetzt ist. Die Substanz wird in der Forschung zur Untersuchung von NMDA-Rezeptor-Antagonisten eingesetzt. Verkauf nur an Personen über 18 Jahre. Der Käufer versichert, die Substanz nicht zum Konsum zu verwenden.</p>
<h2>Ähnliche Produkte</h2>
<ul><li><a href="/produkt/dck-deschloroketamin">DCK (Deschloroketamin) – ab 22,90 €</a></li><li><a href="/produkt/mxe-methoxetamin">MXE (Methoxetamin) – ausverkauft</a></li><li><a href="/produkt/3-meo-pce">3-MeO-PCE – ab 29,90 €</a></li></ul>
<h2>Zahlung</h2>
<p>Vorkasse per Überweisung, Bitcoin, Litecoin, Monero. Bei Zahlung mit Krypto 5 % Rabatt.</p>
</main>
<footer>LabChem Forschung · Kontakt nur per E-Mail oder Threema · <a href="/agb">AGB</a></footer>
""", noise="cookie-de")

p("h4014", "https://www.delacroixdefense.example/practice-areas/ketamine-charges", "informational", False, "en", "law-firm",
  "Ketamine Possession & Distribution Charges | Delacroix Criminal Defense, Houston", """
<header><a href="/" class="logo">Delacroix Criminal Defense</a>
<nav><a href="/practice-areas">Practice Areas</a> <a href="/results">Case Results</a> <a href="/attorneys">Attorneys</a> <a href="/blog">Blog</a> <a href="/contact">Free Consultation</a></nav>
<p class="phone">Available 24/7: (713) 555-0190</p></header>
<main>
<h1>Charged with a ketamine offense in Texas?</h1>
<p>Ketamine is a Penalty Group 3 controlled substance under the Texas Health and Safety Code and a Schedule III drug under federal law. Whether you were stopped with a small bag of what police called "special K," accused of ordering vials online, or targeted in a federal investigation into mail-order sales, the penalties can be serious, and the evidence is often weaker than it looks.</p>
<h2>Common ketamine charges</h2>
<ul>
<li><b>Possession of less than 28 grams</b> – a Class A misdemeanor, punishable by up to one year in county jail and a $4,000 fine.</li>
<li><b>Possession of 28 to 200 grams</b> – a third-degree felony (2 to 10 years).</li>
<li><b>Possession with intent to deliver</b> – penalties rise with weight and can reach life imprisonment for the largest amounts.</li>
<li><b>Federal charges</b> – importing ketamine or receiving it by mail from overseas vendors, or distributing it through the dark web, can bring federal charges with penalties of up to 10 years for a first offense.</li>
<li><b>Prescription fraud</b> – obtaining ketamine or esketamine through forged prescriptions or "doctor shopping."</li>
</ul>
<h2>Defenses we use</h2>
<p>We challenge the legality of the stop and the search, the chain of custody of seized substances, and lab results. Many substances sold as ketamine turn out to be other compounds entirely, and weight calculations sometimes include packaging or cutting agents. If you had a valid prescription from a licensed clinic, that is a complete defense to possession.</p>
<h2>Recent results</h2>
<p><i>State v. R.M.</i> – Possession with intent dismissed after we showed the package intercepted by postal inspectors was searched without a warrant. <i>U.S. v. J.T.</i> – Federal importation charge reduced to simple possession; probation.</p>
<p class="disclaimer">Past results do not guarantee a similar outcome. This page is attorney advertising and not legal advice.</p>
<a class="btn" href="/contact">Schedule a free, confidential consultation</a>
</main>
<footer>Delacroix Criminal Defense, PLLC · 1001 Texas Ave, Suite 1400, Houston, TX 77002 · Responsible attorney: Camille Delacroix</footer>
""")

p("h4015", "https://maps.example/place/ridgeview-ketamine-wellness", "clinic", False, "en", "directory-entry", "", """
Ridgeview Ketamine & Wellness · 4.8 ★ (126) · Medical clinic · 1840 Cherry Creek Dr, Denver, CO · Open · Closes 6 PM · IV ketamine infusions, Spravato (REMS certified), integration therapy · ridgeviewketamine.example · (303) 555-0174
""", ext="txt")

p("h4016", "https://www.nasalcalm.test/", "seller", True, "en", "fake-telehealth-home",
  "NasalCalm | Esketamine Nasal Spray Delivered in 48 Hours", """
<header>
<a href="/" class="logo">NasalCalm</a>
<nav><a href="/how-it-works">How it works</a> <a href="/shop">Shop</a> <a href="/reviews">Reviews</a> <a href="/faq">FAQ</a></nav>
<a class="btn" href="/start">Get started</a>
</header>
<main>
<section class="hero">
<h1>Feel better this week. Not in six months.</h1>
<p>Esketamine nasal spray — the same molecule used in clinics — delivered to your door in 48 hours. No video call, no waiting room, no insurance hassle.</p>
<a class="btn big" href="/start">Take the 2-minute quiz</a>
<p class="trust">⭐ 4.9 · 12,000+ happy customers · Ships to all 50 states</p>
</section>
<section>
<h2>How it works</h2>
<ol>
<li><b>Answer 8 quick questions.</b> Our online form checks that you're over 18 and tells us how you're feeling.</li>
<li><b>Instant approval.</b> 98% of customers are approved in under a minute by our automated medical review.</li>
<li><b>Choose your pack.</b> 2, 4 or 8 devices. Save 20% with a monthly subscription.</li>
<li><b>Fast, discreet delivery.</b> Plain packaging, no signature needed.</li>
</ol>
</section>
<section class="packs">
<div><h3>Starter – 2 devices (28 mg)</h3><p>$249</p><a href="/shop/starter">Buy now</a></div>
<div><h3>Standard – 4 devices</h3><p>$449</p><a href="/shop/standard">Buy now</a></div>
<div><h3>Value – 8 devices</h3><p>$799</p><a href="/shop/value">Buy now</a></div>
</section>
<section>
<h2>Why NasalCalm?</h2>
<p>Clinics make you sit for two hours after every dose and charge hundreds per visit. With NasalCalm you use your spray at home, on your schedule. We accept cards, Apple Pay and crypto.</p>
<blockquote>"I was approved in seconds and had my spray on Friday. Life changing." — Jess, Ohio</blockquote>
</section>
</main>
<footer><p>Questions? Text our support team on WhatsApp +1 (305) 555-0127.</p><p>© 2026 NasalCalm. These statements have not been evaluated by the FDA.</p></footer>
""")

p("h4017", "https://app.northstarmind.example/programs/ketamine", "telehealth", False, "en", "nav-only",
  "Ketamine-Assisted Therapy | Northstar Mind", """
<header>
<a href="/" class="logo">Northstar Mind</a>
<nav>
<a href="/programs">Programs</a> <a href="/programs/ketamine">Ketamine-assisted therapy</a> <a href="/programs/medication-management">Medication management</a> <a href="/programs/therapy">Talk therapy</a>
<a href="/clinicians">Clinicians</a> <a href="/states">States we serve</a> <a href="/insurance">Insurance</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a> <a href="/blog">Blog</a>
</nav>
<a href="/login">Sign in</a> <a class="btn" href="/eligibility">Check eligibility</a>
</header>
<div id="root"><noscript>You need to enable JavaScript to run this app.</noscript></div>
<main><h1>Ketamine-assisted therapy, at home, with a psychiatric clinician.</h1></main>
<footer>
<div><h4>Company</h4><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/press">Press</a></div>
<div><h4>Support</h4><a href="/help">Help center</a> <a href="/contact">Contact</a> <a href="/safety">Safety</a></div>
<div><h4>Legal</h4><a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <a href="/telehealth-consent">Telehealth consent</a></div>
<p>© 2026 Northstar Mind Medical, P.A. · If you're in crisis, call or text 988.</p>
</footer>
""")

p("h4018", "https://www.drugscheck-nl.example/waarschuwingen/2026-11-ketamine", "informational", False, "nl", "harm-reduction-snippet", "", """
Waarschuwing: in november zijn bij de testservice meerdere monsters die als ketamine werden verkocht getest waarin 2F-DCK of helemaal geen ketamine zat. Kocht je K via Telegram of Snapchat? Laat het anoniem testen bij een van onze testlocaties en begin laag.
""", ext="txt")

p("h4019", "https://apotheek-zonderrecept.test/categorie/verdoving-en-pijn", "seller", True, "nl", "catalogue",
  "Verdoving & Pijnstilling – Zonder Recept Bestellen | Apotheek ZonderRecept", """
<header>
<div class="usp">✓ Geen recept nodig ✓ Discrete verzending ✓ Betalen met iDEAL, Bitcoin of Paysafecard</div>
<a href="/" class="logo">Apotheek ZonderRecept</a>
<nav><a href="/categorie/slaapmiddelen">Slaapmiddelen</a> <a href="/categorie/angst">Angst &amp; Paniek</a> <a href="/categorie/verdoving-en-pijn">Verdoving &amp; Pijn</a> <a href="/categorie/afvallen">Afvallen</a> <a href="/categorie/potentie">Potentie</a> <a href="/categorie/adhd">ADHD</a></nav>
<a href="/winkelwagen">🛒 Winkelwagen</a>
</header>
<main>
<h1>Verdoving &amp; Pijnstilling</h1>
<p>Sterke pijnstillers en verdovingsmiddelen zonder recept of consult, rechtstreeks uit onze Europese groothandel. Binnen 2–4 werkdagen in huis, verpakt in een neutrale doos.</p>
<div class="filters">Sorteer: <a href="?sort=populair">Populair</a> · <a href="?sort=prijs">Prijs</a></div>
<div class="grid">
<div class="product"><h2>Ketanest S 25 mg/ml – 5 ampullen</h2><p class="prijs">€ 119,00</p><button>In winkelwagen</button></div>
<div class="product"><h2>Ketalar 50 mg/ml – flacon 10 ml</h2><p class="prijs">€ 89,00</p><button>In winkelwagen</button></div>
<div class="product"><h2>Oxycodon 40 mg – 30 tabletten</h2><p class="prijs">€ 210,00</p><button>In winkelwagen</button></div>
<div class="product"><h2>Tramadol 100 mg – 60 capsules</h2><p class="prijs">€ 79,00</p><button>In winkelwagen</button></div>
<div class="product"><h2>Fentanyl pleisters 50 mcg/u – 5 st.</h2><p class="prijs">Uitverkocht</p></div>
<div class="product"><h2>Diazepam 10 mg – 50 tabletten</h2><p class="prijs">€ 59,00</p><button>In winkelwagen</button></div>
<div class="product"><h2>Pregabaline 300 mg – 56 capsules</h2><p class="prijs">€ 65,00</p><button>In winkelwagen</button></div>
<div class="product"><h2>Lidocaïne crème 5% – 30 g</h2><p class="prijs">€ 14,50</p><button>In winkelwagen</button></div>
</div>
<p class="seo">Ketanest S en Ketalar zonder recept kopen? Bij Apotheek ZonderRecept bestel je veilig en anoniem. Wij leveren in heel Nederland en België, ook naar een afhaalpunt. Vragen? Stuur ons een bericht via WhatsApp of Telegram.</p>
</main>
<footer>Apotheek ZonderRecept · Klantenservice 7 dagen per week · <a href="/verzending">Verzending</a> · <a href="/betalen">Betalen</a> · <a href="/faq">Veelgestelde vragen</a></footer>
""", noise="cookie-nl")

p("h4020", "https://www.clearwaterketamine.example/blog/your-first-ketamine-infusion", "clinic", False, "en", "long-article",
  "Your First Ketamine Infusion: What to Expect, Hour by Hour | Clearwater Ketamine Clinic", """
<header><a href="/" class="logo">Clearwater Ketamine Clinic</a>
<nav><a href="/about">About</a> <a href="/services">Services</a> <a href="/pricing">Pricing</a> <a href="/blog">Blog</a> <a href="/contact">Contact</a></nav>
<a class="btn" href="/schedule">Schedule a consultation</a></header>
<main>
<article>
<h1>Your first ketamine infusion: what to expect, hour by hour</h1>
<p class="byline">By Renée Castillo, RN, BSN, clinical nurse manager · Medically reviewed by Samuel Okafor, MD, anesthesiologist · 9 min read</p>
<p>Almost every new patient who walks into our Sarasota office for a first infusion tells us the same thing: "I don't know what's going to happen." That uncertainty is normal, and it is the reason we wrote this guide. Below we walk through a typical first infusion day at Clearwater, from the night before until the next morning, so you can arrive knowing what is coming.</p>

<h2>The day before</h2>
<p>By the time you are booked for an infusion you will already have met one of our physicians in person for a consultation, had your blood pressure checked, and gone over your medications. If you take a benzodiazepine such as lorazepam or clonazepam, or lamotrigine, your physician may have asked you to adjust the timing of your dose, because these medicines can blunt ketamine's effect. Please do not change anything on your own; if you are unsure, call us.</p>
<p>Arrange your ride. You cannot drive for the rest of the day after an infusion, and we will not release you to a rideshare driver on your own. A friend, partner or family member needs to pick you up.</p>
<p>Eat a normal dinner, but stop eating solid food six hours before your appointment. Clear liquids such as water, apple juice or black coffee are fine until two hours before.</p>

<h2>When you arrive</h2>
<p>Plan to arrive 15 minutes early. Our front desk will confirm your driver's name and phone number and ask you to complete a short mood questionnaire (the PHQ-9 and a suicide-risk screen). We repeat these questionnaires before each infusion so we can track how you are doing over the series.</p>
<p>A nurse will take you to one of our five private infusion rooms. Each has a reclining chair, a weighted blanket, dimmable lights and a speaker. Many patients bring noise-cancelling headphones and an eye mask; we have spares if you forget.</p>

<h2>Setting up</h2>
<p>Your nurse will check your vital signs, place a small IV catheter in your hand or arm, and attach monitors for your heart rhythm, oxygen level and blood pressure. Blood pressure is checked automatically every five minutes during the infusion because ketamine often raises it temporarily. If you tend to feel nauseated, we can give an anti-nausea medicine through your IV before we start.</p>
<p>Before the pump starts, your nurse will talk with you about an intention for the session. This does not need to be profound. Some people choose a word, like "rest" or "curious"; others simply want to notice how they feel.</p>

<h2>The infusion (about 40 minutes)</h2>
<p>For depression, the standard starting dose is 0.5 mg per kilogram of body weight, infused slowly over 40 minutes. Your physician may adjust the dose at later sessions depending on how you respond.</p>
<p>Within five to ten minutes most people notice their body feeling heavy or light, and sounds becoming distant or more textured. Some see colors or patterns with their eyes closed. Time can feel stretched. You will be able to hear the nurse and respond, though speaking may feel like effort. A minority of patients feel briefly anxious as the effects begin; it helps to breathe slowly and remember that the feeling will pass. Your nurse stays within sight of the room for the entire infusion.</p>
<p>It is common to feel nothing dramatic at all at the first infusion. That does not mean the treatment is failing; the antidepressant effect is not the same thing as the experience during the infusion.</p>

<h2>Recovery (30 to 60 minutes)</h2>
<p>When the pump stops, effects fade over 15 to 30 minutes. We keep you in the chair until your vital signs are back near baseline and you can walk steadily. You may feel tired, a little unsteady or emotional. We offer water and crackers. When you are ready, your nurse will walk you to the lobby to meet your driver.</p>

<h2>The rest of the day</h2>
<p>Go home and rest. Do not drive, operate machinery, make important decisions or drink alcohol until the next morning. Some people feel a lift in mood within hours; others notice changes only after the second or third infusion. Write down anything you notice; your physician will ask.</p>

<h2>The series</h2>
<p>For depression we usually recommend six infusions over two to three weeks, then reassess. Roughly half to two thirds of patients with treatment-resistant depression respond meaningfully to a series, according to published studies, though results vary and are not guaranteed. Patients who respond may come back for occasional booster infusions.</p>

<h2>Safety</h2>
<p>Ketamine infusions are not appropriate for everyone. We do not treat people with uncontrolled high blood pressure, a history of psychosis, active substance use disorder involving ketamine, or who are pregnant. Side effects during the infusion can include nausea, dizziness, blurred vision and raised blood pressure; serious events are rare in a monitored medical setting. Ketamine is used off-label for depression; the FDA-approved form, esketamine (Spravato), is a nasal spray we also offer as a REMS-certified center.</p>

<h2>Questions we hear often</h2>
<p><b>Can I bring someone into the room?</b> Yes, one support person may sit with you if they remain quiet during the infusion.</p>
<p><b>Will I remember it?</b> Most people remember the experience, sometimes vividly.</p>
<p><b>What if I want to stop?</b> Tell your nurse. The infusion can be slowed or stopped at any time and the effects fade quickly.</p>
<p><b>Does insurance pay?</b> Infusions for depression are usually self-pay ($450 each, or $2,400 for a series of six). Spravato is usually billed to insurance. See our <a href="/pricing">pricing page</a>.</p>
</article>
<aside><h3>Ready to talk?</h3><p>Call (941) 555-0109 or <a href="/schedule">book a consultation</a>. Consultations take place in person at 1950 Main St, Sarasota, FL.</p></aside>
</main>
<footer>© 2026 Clearwater Ketamine Clinic, LLC · This article is for education and is not a substitute for medical advice. In an emergency call 911; in crisis call or text 988.</footer>
""", noise="cookie")

p("h4021", "https://duckgo.example/?q=ketanest+s+kaufen", "seller", True, "en", "search-snippet", "", """
Buy Ketanest S 25mg/ml Ampoules Online | No Prescription Needed
eu-meds-direct.test › ketanest-s-25mg
Order original Pfizer Ketanest S (esketamine) 5 x 2ml ampoules from €95. Worldwide express delivery, tracking number, discreet packaging. Pay with Bitcoin for 15% off.
""", ext="txt")

p("h4022", "https://www.calmaencasa.example/es/preguntas-frecuentes", "telehealth", False, "es", "telehealth-faq",
  "Preguntas frecuentes | Calma en Casa – Terapia con ketamina por telemedicina", """
<header><a href="/es/" class="logo">Calma en Casa</a>
<nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/precios">Precios</a> <a href="/es/nuestro-equipo">Nuestro equipo</a> <a href="/es/preguntas-frecuentes">Preguntas frecuentes</a> <a href="/en/">English</a></nav>
<a class="btn" href="/es/empezar">Comenzar evaluación</a></header>
<main>
<h1>Preguntas frecuentes</h1>
<p>Calma en Casa es un servicio de telemedicina para adultos que viven en California, Texas, Florida, Arizona y Nuevo México. Atendemos en español y en inglés.</p>
<h2>¿Necesito una receta para recibir ketamina?</h2>
<p>Sí. La ketamina es un medicamento controlado. Solo se receta después de una consulta por videollamada con un médico o enfermera practicante con licencia en su estado, que revisa su historial, sus medicamentos actuales y su presión arterial. Si el clínico decide que la ketamina no es adecuada para usted, no se le recetará y se le devolverá el pago del programa, excepto la consulta inicial.</p>
<h2>¿Quién me atiende?</h2>
<p>Nuestro equipo médico lo dirige el Dr. Rafael Quintanilla, psiquiatra certificado (licencia médica de California A-1478XX). El nombre y número de licencia de su clínico aparecen en su portal antes de la cita.</p>
<h2>¿Cómo llega el medicamento?</h2>
<p>La receta se envía a una farmacia asociada con licencia, que la prepara y la envía a su domicilio con entrega firmada. No enviamos medicamento a apartados postales ni fuera de los estados donde estamos autorizados.</p>
<h2>¿Cuánto cuesta?</h2>
<p>La consulta inicial cuesta $99. El programa de 6 sesiones cuesta $1,050 e incluye el medicamento, las consultas de seguimiento y dos sesiones de integración. Aceptamos tarjetas HSA/FSA.</p>
<h2>¿Necesito a alguien conmigo durante las sesiones?</h2>
<p>Sí. Para cada sesión en casa necesita un acompañante adulto que permanezca con usted. Además, su primera sesión se supervisa en vivo por video.</p>
<h2>¿Puedo escribirles por WhatsApp?</h2>
<p>Puede usar WhatsApp para preguntas sobre citas, pagos o envíos. No hacemos consultas médicas ni recetamos por chat.</p>
<h2>¿Qué hago en una crisis?</h2>
<p>Calma en Casa no es un servicio de emergencias. Llame al 911 o al 988 (opción en español).</p>
</main>
<footer>© 2026 Calma en Casa Medical Group · <a href="/es/privacidad">Privacidad</a> · <a href="/es/consentimiento">Consentimiento de telemedicina</a></footer>
""", noise="cookie-es")

p("h4023", "https://forum.dissociate-talk.example/t/is-ketshop-legit/48213", "informational", False, "en", "forum-thread",
  "Is \"that K shop\" legit? Ordered 3 weeks ago, nothing arrived - Harm Reduction - DissociateTalk", """
<header><a href="/" class="logo">DissociateTalk</a> <nav><a href="/latest">Latest</a> <a href="/categories">Categories</a> <a href="/guidelines">Guidelines</a> <a href="/login">Log in</a></nav></header>
<main>
<h1>Is "that K shop" legit? Ordered 3 weeks ago, nothing arrived</h1>
<p class="tags">Harm Reduction · scams</p>
<div class="post"><b>throwaway_gl</b> · 2d<br>
So I found a site on google selling Ketalar vials and "pharma grade" crystal, paid $180 in BTC, got a tracking number that never updated. Now they want another $150 for "customs clearance insurance" or they say the package gets destroyed. Anyone else ordered from them? <i>[link removed by moderator]</i></div>
<div class="post mod"><b>mod_ferret</b> (Moderator) · 2d<br>
Removed the link. Reminder: sourcing talk and vendor links are against rule 3 here, for your safety and ours. That said, the "pay again for customs" thing is a textbook scam. Legit or not, nobody is getting you your money back. Don't send more.</div>
<div class="post"><b>kittenmittens</b> · 2d<br>
Same pattern as the Vetalar sites last year. Fake reviews, "reship guarantee", WhatsApp number that goes dead after you pay twice. Sorry man.</div>
<div class="post"><b>dr_neuron</b> · 1d<br>
If what you actually want is treatment for depression, it's worth knowing clinics and some telehealth outfits prescribe it legitimately now. Not cheap but at least you know what you're getting. And if you do end up with something from an unknown source, test it — plenty of "K" out there is 2F-DCK or worse.</div>
<div class="post"><b>throwaway_gl</b> · 1d<br>
Yeah lesson learned. Reported to my bank and the FTC site.</div>
<p class="closed">This topic was automatically closed 24 hours after the last reply.</p>
</main>
<footer><a href="/privacy">Privacy</a> · <a href="/faq">FAQ</a> · Powered by community software</footer>
""")

p("h4024", "https://clinique-serenite-express.test/paiement", "seller", True, "fr", "seller-payment",
  "Paiement de votre commande | Clinique Sérénité Express", """
<header><a href="/" class="logo">Clinique Sérénité Express</a>
<nav><a href="/">Accueil</a> <a href="/traitements">Nos traitements</a> <a href="/livraison">Livraison</a> <a href="/paiement">Paiement</a> <a href="/contact">Contact</a></nav>
<a href="/panier">Mon panier</a></header>
<main>
<h1>Modes de paiement</h1>
<p>Après la validation de votre questionnaire en ligne (réponse immédiate, aucune consultation nécessaire), vous recevez un e-mail avec le récapitulatif de votre commande de Ketalar ou de spray d'eskétamine. Choisissez ensuite l'un des modes de paiement ci-dessous.</p>
<h2>1. Coupons prépayés (recommandé)</h2>
<p>Achetez des coupons Transcash, PCS ou Neosurf dans un bureau de tabac, puis envoyez les codes à notre service commande par e-mail ou WhatsApp (+33 7 55 50 12 84). Votre colis part sous 24 h.</p>
<h2>2. Crypto-monnaies</h2>
<p>Bitcoin, Ethereum ou USDT (réseau TRC20). Remise de 10 % sur toute la commande. L'adresse du portefeuille vous est communiquée après la commande.</p>
<h2>3. Virement bancaire</h2>
<p>Virement SEPA vers notre compte partenaire au Portugal. Indiquez uniquement votre numéro de commande en référence, jamais le nom du produit.</p>
<h2>Pourquoi pas de carte bancaire ?</h2>
<p>Les banques bloquent régulièrement les paiements liés aux produits de santé envoyés sans ordonnance. Pour votre tranquillité, nous privilégions les moyens de paiement anonymes.</p>
<h2>Sécurité</h2>
<p>Emballage neutre, sans nom de marque. En cas de saisie en douane, nous réexpédions gratuitement votre commande une fois.</p>
</main>
<footer>Clinique Sérénité Express · Service client 7j/7 · <a href="/cgv">CGV</a></footer>
""", noise="cookie-fr")

p("h4025", "https://www.ospedalevalpadana.example/reparti/psichiatria/ambulatorio-depressione-resistente", "clinic", False, "it", "hospital-service",
  "Ambulatorio per la depressione resistente – esketamina | Ospedale Val Padana", """
<header><a href="/" class="logo">Azienda Ospedaliera Val Padana</a>
<nav><a href="/reparti">Reparti e servizi</a> <a href="/prenotazioni">Prenotazioni</a> <a href="/ticket">Ticket e pagamenti</a> <a href="/urp">URP</a> <a href="/amministrazione-trasparente">Amministrazione trasparente</a></nav></header>
<main>
<p class="crumbs">Home › Reparti › Psichiatria › Ambulatorio depressione resistente</p>
<h1>Ambulatorio per la depressione resistente al trattamento</h1>
<p>L'ambulatorio, attivo presso il Servizio Psichiatrico dell'ospedale, valuta e tratta pazienti adulti con depressione maggiore che non hanno risposto ad almeno due antidepressivi. Tra le terapie disponibili c'è l'esketamina spray nasale (Spravato®), prescritta e somministrata secondo le indicazioni dell'AIFA.</p>
<h2>Come accedere</h2>
<ul>
<li>Con richiesta del medico di medicina generale o dello psichiatra curante per "prima visita psichiatrica – depressione resistente".</li>
<li>Prenotazione tramite CUP regionale (numero verde 800 555 014) o agli sportelli CUP dell'ospedale.</li>
<li>Alla prima visita portare la documentazione delle terapie precedenti.</li>
</ul>
<h2>Come si svolge il trattamento</h2>
<p>L'esketamina viene autosomministrata dal paziente in ambulatorio, sotto la supervisione di un medico e di un infermiere. Dopo ogni somministrazione il paziente resta in osservazione per almeno due ore, con controllo della pressione arteriosa. Il giorno del trattamento non è possibile guidare: è necessario farsi accompagnare. Nella fase iniziale le sedute sono due a settimana per quattro settimane.</p>
<h2>Costi</h2>
<p>Il farmaco è a carico del Servizio Sanitario Nazionale. Per le visite si applica il ticket secondo le norme regionali, salvo esenzioni.</p>
<h2>Contatti</h2>
<p>Padiglione C, piano terra · Lunedì–venerdì 8:30–15:30 · Segreteria 0372 555 218 · ambulatorio.tdr@ospedalevalpadana.example</p>
<p>Responsabile: dott.ssa Chiara Benedetti, psichiatra.</p>
</main>
<footer>Azienda Ospedaliera Val Padana · P.IVA 01234560190 · <a href="/privacy">Privacy</a> · <a href="/accessibilita">Dichiarazione di accessibilità</a></footer>
""")

p("h4026", "https://social.example/@evenkeelhealth/posts/88120", "telehealth", False, "en", "social-post", "", """
Quick reminder from the Evenkeel care team 💛 You can reach us on WhatsApp for scheduling, billing and shipping questions. We never prescribe through chat: every treatment plan starts with a live video visit with your licensed clinician.
""", ext="txt")

p("h4027", "https://classificados.example/sp/sao-paulo/diversos/3390127", "seller", True, "pt", "classified", "", """
Tenho ket de qualidade 🔥 cristal e pó, direto do fornecedor. Entrego em mãos na zona sul de SP e mando pelos Correios pra todo o Brasil com embalagem discreta. Chama no zap (11) 95555-0381, aceito Pix.
""", ext="txt")

p("h4028", "https://journal.neuropharm-review.example/articles/2026/rapid-acting-antidepressants-ketamine", "informational", False, "en", "long-article",
  "Ketamine and esketamine as rapid-acting antidepressants: a narrative review of mechanisms, evidence and open questions", """
<header><a href="/" class="logo">Neuropharmacology Review</a> <nav><a href="/current">Current issue</a> <a href="/archive">Archive</a> <a href="/authors">For authors</a> <a href="/subscribe">Subscribe</a></nav></header>
<main>
<article>
<p class="type">Review article · Open access</p>
<h1>Ketamine and esketamine as rapid-acting antidepressants: a narrative review of mechanisms, evidence and open questions</h1>
<p class="authors">Helena M. Sørlie<sup>1</sup>, Adebayo K. Ilori<sup>2</sup>, Teresa Vázquez-Roldán<sup>1</sup></p>
<p class="affil"><sup>1</sup>Department of Psychiatry, University Hospital (fictional affiliation for this review). <sup>2</sup>Institute of Clinical Pharmacology.</p>
<h2>Abstract</h2>
<p>Two decades after the first placebo-controlled report of a rapid antidepressant effect of a single subanesthetic dose of racemic ketamine, ketamine-based treatments are used in hospital clinics, private infusion centers and remote prescribing programs. We summarize the proposed mechanisms of action, the randomized evidence for intravenous racemic ketamine and intranasal esketamine in treatment-resistant depression, evidence on suicidal ideation, safety signals including cystitis, dissociation and misuse, and gaps in knowledge regarding durability, maintenance and at-home administration. We conclude that the acute effect is robust but that the optimal long-term strategy is unclear.</p>
<h2>1. Introduction</h2>
<p>Major depressive disorder affects an estimated 280 million people worldwide. Roughly a third of patients do not reach remission after two adequate trials of antidepressants, meeting common definitions of treatment-resistant depression (TRD). Conventional monoaminergic antidepressants take several weeks to act, a delay that is particularly dangerous for patients with suicidal ideation. Against this background, the observation that a single 40-minute infusion of ketamine 0.5 mg/kg could reduce depressive symptoms within 24 hours attracted considerable attention.</p>
<h2>2. Pharmacology</h2>
<p>Racemic ketamine is a mixture of two enantiomers, S-ketamine (esketamine) and R-ketamine (arketamine). Esketamine has roughly fourfold greater affinity for the NMDA receptor. Oral bioavailability is low (about 16–20%) because of extensive first-pass metabolism to norketamine via CYP3A4 and CYP2B6; intranasal bioavailability is approximately 45–50%, and intramuscular bioavailability exceeds 90%. The elimination half-life of ketamine is 2–3 hours.</p>
<p>The leading mechanistic account holds that ketamine preferentially blocks NMDA receptors on tonically firing GABAergic interneurons, disinhibiting pyramidal neurons and producing a glutamate surge. Subsequent AMPA receptor activation engages BDNF release and mTORC1 signalling, leading to rapid synaptogenesis in the prefrontal cortex. Alternative or complementary hypotheses include blockade of extrasynaptic GluN2B-containing receptors at rest, inhibition of lateral habenula burst firing, effects of the metabolite (2R,6R)-hydroxynorketamine, and opioid receptor involvement. The last of these was suggested by a small study in which naltrexone pretreatment attenuated the antidepressant effect, though later studies did not replicate this.</p>
<h2>3. Clinical evidence</h2>
<h3>3.1 Intravenous racemic ketamine</h3>
<p>Meta-analyses of randomized trials in TRD report large effect sizes at 24 hours compared with saline placebo, and moderate effects compared with active placebos such as midazolam, which partly addresses the problem of functional unblinding caused by dissociative effects. Response rates after a single infusion range from 40% to 70%, and effects typically wane within one to two weeks. Repeated infusions (commonly six over two to three weeks) extend the response in a proportion of patients. A large non-inferiority trial comparing ketamine with electroconvulsive therapy in non-psychotic TRD found ketamine non-inferior for response at the end of treatment.</p>
<h3>3.2 Intranasal esketamine</h3>
<p>Esketamine nasal spray was approved in the United States in 2019 and in the European Union the same year for TRD in combination with an oral antidepressant, and later for depressive symptoms in patients with acute suicidal ideation or behaviour. In the pivotal short-term trials, the difference from placebo in MADRS score was modest (approximately 4 points). A randomized withdrawal study showed a reduced risk of relapse among stable remitters who continued esketamine. Because of sedation, dissociation and blood-pressure increases, regulators require administration under direct supervision in a healthcare setting with at least two hours of observation; in the United States this is enforced through a Risk Evaluation and Mitigation Strategy (REMS).</p>
<h3>3.3 Other routes</h3>
<p>Oral, sublingual and intramuscular ketamine are used off-label, often in outpatient or remote programs. Evidence for these routes comes mostly from open-label series and small trials. Observational data from remote-care programs report symptom improvement but lack control groups, and adverse-event ascertainment is limited.</p>
<h3>3.4 Suicidal ideation</h3>
<p>Several trials have found rapid reductions in suicidal ideation after ketamine, partly independent of effects on depressive symptoms. Whether this translates into fewer suicide attempts has not been demonstrated.</p>
<h2>4. Safety</h2>
<p>Acute adverse effects are dose-dependent and usually transient: dissociation, perceptual changes, dizziness, nausea, and elevations in systolic blood pressure of 10–20 mmHg peaking around 40 minutes. Long-term risks are inferred largely from recreational users consuming far larger and more frequent doses: ulcerative cystitis, upper gastrointestinal pain ("K cramps"), hepatobiliary abnormalities and cognitive impairment. The misuse potential of ketamine is well documented; diversion from clinical supplies and illicit online sales have been reported by regulators in several countries, and products sold online as ketamine have been found to contain analogues such as 2-fluorodeschloroketamine. No clinical trial has been powered to detect rare harms of long-term maintenance treatment.</p>
<h2>5. Open questions</h2>
<ul>
<li>What is the optimal frequency and duration of maintenance treatment, and how should it be tapered?</li>
<li>Does concurrent psychotherapy extend benefit, and which form?</li>
<li>Are there reliable predictors of response (clinical, genetic, imaging)?</li>
<li>How safe is unsupervised at-home dosing compared with supervised administration?</li>
<li>Does arketamine, which appeared promising in rodents, show clinical efficacy?</li>
</ul>
<h2>6. Conclusions</h2>
<p>Ketamine and esketamine offer a genuinely novel, rapid-acting approach for patients with TRD. Their acute efficacy is established, but their role in long-term care depends on evidence about durability and safety that is still accumulating. Clinicians should weigh the burden of supervised administration against the uncertain risks of less supervised models.</p>
<p class="coi"><b>Conflicts of interest:</b> The authors declare none. <b>Funding:</b> None.</p>
<h2>References</h2>
<ol class="refs"><li>Berman RM, et al. Antidepressant effects of ketamine in depressed patients. Biol Psychiatry. 2000.</li><li>Zarate CA, et al. A randomized trial of an NMDA antagonist in treatment-resistant major depression. Arch Gen Psychiatry. 2006.</li><li>Daly EJ, et al. Efficacy of esketamine nasal spray plus oral antidepressant treatment for relapse prevention. JAMA Psychiatry. 2019.</li><li>Anand A, et al. Ketamine versus ECT for nonpsychotic treatment-resistant major depression. N Engl J Med. 2023.</li></ol>
</article>
</main>
<footer>Neuropharmacology Review · ISSN 0000-0000 (fictional) · Content licensed CC BY 4.0</footer>
""")

p("h4029", "https://shop.lumenpath.example/products/at-home-ketamine-program-6", "telehealth", False, "en", "product-page",
  "At-Home Ketamine Program – 6 Sessions | Lumenpath Care", """
<header><a href="/" class="logo">Lumenpath Care</a>
<nav><a href="/how-it-works">How it works</a> <a href="/products">Programs</a> <a href="/clinicians">Clinicians</a> <a href="/faq">FAQ</a></nav>
<a href="/cart">Cart</a></header>
<main class="product">
<div class="gallery"><img src="/img/welcome-kit.jpg" alt="Welcome kit with eye mask, journal and blood-pressure cuff"></div>
<div class="info">
<h1>At-Home Ketamine Program – 6 Sessions</h1>
<p class="price">$1,140 <span>or $190/mo for 6 months with Affirm</span></p>
<ul class="includes">
<li>45-minute video assessment with a board-certified psychiatrist</li>
<li>If prescribed: medication for 6 sessions from a licensed partner pharmacy</li>
<li>Pre- and post-session check-ins with your care team</li>
<li>Welcome kit: eye mask, journal, automatic blood-pressure cuff</li>
<li>2 integration coaching sessions</li>
</ul>
<button class="add">Add to cart</button>
<p class="notice"><b>Important:</b> Adding this program to your cart does not mean you will receive ketamine. Your clinician decides after your video assessment whether ketamine is safe and appropriate for you. If you are not prescribed, you are refunded everything except the $129 assessment fee.</p>
</div>
<section>
<h2>Eligibility</h2>
<p>Adults 18–75 located in a state where we operate, with a diagnosis of depression, anxiety or PTSD. Not suitable for people with uncontrolled high blood pressure, a history of psychosis or mania, current pregnancy, or a history of ketamine misuse. You must have a sober adult present during sessions.</p>
<h2>Shipping</h2>
<p>Our partner pharmacy ships prescriptions in plain packaging with adult signature required, usually within 3–5 business days of your prescription being written.</p>
<h2>Reviews</h2>
<p>★★★★☆ "My psychiatrist asked a lot of questions before saying yes, which honestly made me trust them more." — Aaron, WA</p>
</section>
</main>
<footer>Lumenpath Care is a technology platform; medical services are provided by Lumenpath Medical P.C. and affiliated professional entities. · <a href="/terms">Terms</a></footer>
""")

p("h4030", "https://k-depot.test/", "seller", True, "en", "nav-only",
  "K-Depot | Dissociatives · Worldwide · Reship Guarantee", """
<header>
<a href="/" class="logo">K·DEPOT</a>
<nav class="cats">
<div><h4>Dissociatives</h4><a href="/c/special-k-crystal">Special K (crystal)</a> <a href="/c/ket-shards">Ket shards</a> <a href="/c/ket-powder">Ket powder</a> <a href="/c/ketalar">Ketalar 50mg/10ml</a> <a href="/c/vetalar">Vetalar 100ml</a> <a href="/c/ketaset">Ketaset 10ml</a></div>
<div><h4>Research</h4><a href="/c/2f-dck">2F-DCK</a> <a href="/c/dck">DCK</a> <a href="/c/mxe">MXE</a> <a href="/c/o-pce">O-PCE</a></div>
<div><h4>Nasal</h4><a href="/c/esketamine-spray">Esketamine spray 28mg</a> <a href="/c/ketanest-s">Ketanest S amps</a></div>
<div><h4>Info</h4><a href="/shipping">Stealth shipping</a> <a href="/reship">Reship policy</a> <a href="/pay">BTC / XMR</a> <a href="/escrow">Escrow</a> <a href="/pgp">PGP key</a></div>
</nav>
<a href="/cart">Cart (0)</a> <a href="/login">Login</a>
</header>
<main></main>
<footer>Telegram support @kdepot_support · No Rx · Ships from EU &amp; CA</footer>
""")

p("h4031", "https://annuaire-sante.example/fr/lyon/centre-douleur-croix-rousse", "clinic", False, "fr", "directory-entry", "", """
Centre d'évaluation et de traitement de la douleur – Hôpital de la Croix-Rousse (Lyon 4e). Perfusions de kétamine en hôpital de jour pour douleurs chroniques rebelles, sur orientation d'un médecin. Prise de rendez-vous au 04 72 55 50 31 ou par WhatsApp pour les patients déjà suivis.
""", ext="txt")

p("h4032", "https://www.prairievetsupply.example/products/ketamine-hcl-injection-100mg-ml-10ml", "informational", False, "en", "wholesaler-product",
  "Ketamine HCl Injection, 100 mg/mL, 10 mL vial (CIII) | Prairie Veterinary Supply", """
<header>
<div class="topbar">Serving licensed veterinary practices since 1987 · Same-day shipping on orders placed by 3 PM CT</div>
<a href="/" class="logo">Prairie Veterinary Supply</a>
<nav><a href="/c/pharmaceuticals">Pharmaceuticals</a> <a href="/c/controlled">Controlled Drugs</a> <a href="/c/surgical">Surgical</a> <a href="/c/equine">Equine</a> <a href="/c/lab">Lab &amp; Diagnostics</a> <a href="/quick-order">Quick Order</a></nav>
<a href="/account/login">Practice login</a> <a href="/cart">Cart</a>
</header>
<main>
<p class="crumbs">Pharmaceuticals › Controlled Drugs › Anesthetics</p>
<h1>Ketamine HCl Injection, USP 100 mg/mL, 10 mL multi-dose vial</h1>
<p>Manufacturer: Generic (ANADA approved) · NDC 00000-123-10 · Schedule CIII · Rx only</p>
<div class="buy-box">
<p class="price">Log in to see your practice's pricing</p>
<p><b>Restricted item.</b> Controlled substances can only be ordered by practice accounts with a verified DEA registration and state controlled-substance license at the ship-to address. Schedule III orders ship only to the registered location, never to residential addresses. New practice? <a href="/open-account">Open an account</a> (DEA certificate and state veterinary license required).</p>
<button disabled>Add to cart</button>
</div>
<h2>Description</h2>
<p>Ketamine hydrochloride injection is indicated for restraint, diagnostic and minor surgical procedures in cats and subhuman primates, and as an anesthetic induction agent in combination protocols in other species under veterinary direction.</p>
<h2>Storage</h2><p>Store at 20°–25°C. Protect from light. Discard 28 days after first puncture.</p>
<h2>Compliance</h2>
<p>We report all controlled-substance sales through ARCOS as required by the DEA and verify registrations against the DEA database before every shipment.</p>
</main>
<footer>Prairie Veterinary Supply, Inc. · Wichita, KS · Licensed wholesale distributor in 48 states · <a href="/compliance">Compliance</a></footer>
""")

p("h4033", "https://farmaciasenzaricetta.test/prodotto/esketamina-spray-nasale-28mg", "seller", True, "it", "product-page",
  "Esketamina spray nasale 28 mg – acquista online senza ricetta | FarmaSenzaRicetta", """
<header>
<div class="promo">Spedizione gratuita sopra 150 € · Pacco anonimo · Consegna in 48/72 ore</div>
<a href="/" class="logo">FarmaSenzaRicetta</a>
<nav><a href="/categoria/antidepressivi">Antidepressivi</a> <a href="/categoria/ansia">Ansia</a> <a href="/categoria/sonno">Sonno</a> <a href="/categoria/dolore">Dolore</a> <a href="/categoria/uomo">Uomo</a></nav>
<a href="/carrello">Carrello</a>
</header>
<main>
<h1>Esketamina spray nasale 28 mg</h1>
<p class="stelle">★★★★★ 4,8 (87 recensioni)</p>
<table>
<tr><th>Confezione</th><th>Prezzo</th></tr>
<tr><td>1 dispositivo da 28 mg</td><td>129,00 €</td></tr>
<tr><td>3 dispositivi (84 mg)</td><td>349,00 €</td></tr>
<tr><td>6 dispositivi</td><td>649,00 €</td></tr>
</table>
<button>Aggiungi al carrello</button>
<p><b>Nessuna ricetta richiesta.</b> Compila il breve modulo al momento dell'ordine: il nostro "medico online" lo approva automaticamente.</p>
<h2>Descrizione</h2>
<p>Lo spray nasale all'esketamina agisce rapidamente sull'umore, già dalle prime ore. In Italia viene utilizzato solo in ospedale, ma con noi puoi usarlo comodamente a casa tua. Prodotto originale, confezione sigillata.</p>
<h2>Pagamento</h2>
<p>Bonifico, ricarica PostePay, Bitcoin. Per assistenza scrivici su Telegram o WhatsApp: +39 351 555 0734.</p>
</main>
<footer>FarmaSenzaRicetta · Spediamo in tutta Italia, San Marino e Svizzera</footer>
""")

p("h4034", "https://www.mentevivatele.example/contato", "telehealth", False, "pt", "telehealth-contact",
  "Contato | MenteViva Telepsiquiatria", """
<header><a href="/" class="logo">MenteViva</a>
<nav><a href="/">Início</a> <a href="/como-funciona">Como funciona</a> <a href="/psiquiatras">Nossos psiquiatras</a> <a href="/escetamina">Escetamina</a> <a href="/valores">Valores</a> <a href="/contato">Contato</a></nav></header>
<main>
<h1>Fale com a MenteViva</h1>
<p>A MenteViva oferece teleconsultas de psiquiatria para adultos em todo o Brasil, conforme a Resolução CFM n.º 2.314/2022. Quando a escetamina ou a cetamina é indicada, encaminhamos você para uma clínica parceira credenciada na sua cidade, onde a aplicação é feita presencialmente e com monitoramento. Não enviamos medicamentos pelo correio.</p>
<h2>Atendimento</h2>
<ul>
<li><b>WhatsApp:</b> (21) 95555-0419 – agendamentos, pagamentos e dúvidas administrativas, de segunda a sexta, das 8h às 20h.</li>
<li><b>E-mail:</b> atendimento@mentevivatele.example</li>
<li><b>Telefone:</b> 0800 555 0192</li>
</ul>
<p>Por segurança, não fazemos avaliação médica nem emitimos receitas pelo WhatsApp. A primeira consulta é sempre por vídeo com psiquiatra (CRM ativo informado no agendamento).</p>
<h2>Clínicas parceiras para aplicação de escetamina</h2>
<p>Rio de Janeiro (Botafogo e Barra), São Paulo (Pinheiros), Belo Horizonte (Savassi), Curitiba (Batel) e Porto Alegre (Moinhos de Vento).</p>
<h2>Em crise?</h2>
<p>Ligue 188 (CVV) ou procure o pronto-socorro mais próximo.</p>
<form><label>Nome <input></label> <label>E-mail <input></label> <label>Mensagem <textarea></textarea></label> <button>Enviar</button></form>
</main>
<footer>MenteViva Serviços Médicos Ltda. · CNPJ 00.000.000/0001-00 · Diretor técnico: Dr. Paulo Medeiros, CRM-RJ 00000</footer>
""", noise="cookie-pt")

p("h4035", "https://www.bundesamt-arzneimittelsicherheit.example/DE/Verbraucher/Warnungen/ketamin-online.html", "informational", False, "de", "nav-only",
  "Warnung: Ketamin-Präparate aus dem Internet | Bundesamt für Arzneimittelsicherheit", """
<header>
<a href="/DE/Home/home_node.html" class="logo">Bundesamt für Arzneimittelsicherheit</a>
<nav class="service"><a href="/DE/Service/Presse">Presse</a> <a href="/DE/Service/Kontakt">Kontakt</a> <a href="/EN">English</a> <a href="/DE/LeichteSprache">Leichte Sprache</a> <a href="/DE/Gebaerdensprache">Gebärdensprache</a></nav>
<nav class="main">
<a href="/DE/Arzneimittel">Arzneimittel</a> <a href="/DE/Medizinprodukte">Medizinprodukte</a> <a href="/DE/Betaeubungsmittel">Betäubungsmittel</a> <a href="/DE/Verbraucher">Verbraucher</a> <a href="/DE/Fachkreise">Fachkreise</a> <a href="/DE/Amt">Das Amt</a>
</nav>
<nav class="sub">
<a href="/DE/Verbraucher/Warnungen">Warnungen</a> <a href="/DE/Verbraucher/Online-Handel">Sicher online einkaufen</a> <a href="/DE/Verbraucher/Versandhandelsregister">Versandhandelsregister</a> <a href="/DE/Verbraucher/Nebenwirkungen-melden">Nebenwirkungen melden</a> <a href="/DE/Verbraucher/Faelschungen">Arzneimittelfälschungen</a>
</nav>
<form><input placeholder="Suchbegriff eingeben"> <button>Suchen</button></form>
</header>
<main>
<p class="crumbs">Startseite › Verbraucher › Warnungen</p>
<h1>Ketamin- und Esketamin-Präparate aus dem Internet</h1>
<p>Websites bieten Ketanest S, Ketalar und Esketamin-Nasenspray ohne Rezept an. Diese Anbieter sind nicht zugelassen. <a href="/DE/Verbraucher/Warnungen/ketamin-online-details.html">Weitere Informationen</a></p>
</main>
<footer>
<a href="/DE/Impressum">Impressum</a> <a href="/DE/Datenschutz">Datenschutz</a> <a href="/DE/Barrierefreiheit">Barrierefreiheit</a> <a href="/DE/Sitemap">Sitemap</a> <a href="/DE/RSS">RSS</a>
</footer>
""", noise="cookie-de")

p("h4036", "https://saludynaturaleza-blog.test/ketamina-todo-lo-que-debes-saber", "seller", True, "es", "doorway-padded",
  "Ketamina: todo lo que debes saber en 2026 (usos, efectos, dónde conseguirla)", """
<header><a href="/" class="logo">Salud y Naturaleza Blog</a> <nav><a href="/">Inicio</a> <a href="/categoria/bienestar">Bienestar</a> <a href="/categoria/plantas">Plantas medicinales</a> <a href="/categoria/mente">Mente</a> <a href="/sobre-nosotros">Sobre nosotros</a></nav></header>
<main>
<article>
<h1>Ketamina: todo lo que debes saber en 2026</h1>
<p class="meta">Publicado por Redacción · 12 minutos de lectura</p>
<p>La ketamina se ha convertido en uno de los temas más buscados en internet. Pasó de ser un anestésico de quirófano a protagonizar titulares sobre la depresión, el dolor crónico y la salud mental. En esta guía te explicamos de forma sencilla qué es, para qué se usa, qué efectos tiene y qué riesgos conviene conocer.</p>
<h2>¿Qué es la ketamina?</h2>
<p>La ketamina es un anestésico disociativo sintetizado en 1962. Se utiliza en hospitales para inducir la anestesia y para la sedación en urgencias, y en veterinaria para anestesiar perros, gatos y caballos. Se comercializa con nombres como Ketolar, Ketalar o Ketanest, y en veterinaria como Imalgene o Ketaset.</p>
<h2>¿Cómo actúa en el cerebro?</h2>
<p>A diferencia de los antidepresivos clásicos, que actúan sobre la serotonina, la ketamina bloquea los receptores NMDA del glutamato. Esto provoca una liberación de glutamato y de factores neurotróficos que, según los investigadores, favorecen la formación de nuevas conexiones entre neuronas. Por eso sus efectos sobre el ánimo pueden notarse en horas y no en semanas.</p>
<h2>Ketamina y depresión</h2>
<p>Numerosos estudios han demostrado que una infusión de dosis baja puede aliviar los síntomas de la depresión resistente. En 2019 se aprobó la esketamina en espray nasal (Spravato) para la depresión resistente, que en España se administra en hospitales y centros autorizados bajo supervisión médica.</p>
<h2>Formas de presentación</h2>
<ul>
<li>Solución inyectable en viales de 10 ml (50 mg/ml).</li>
<li>Espray nasal de esketamina de 28 mg.</li>
<li>Comprimidos sublinguales o pastillas formuladas en farmacias magistrales.</li>
<li>Polvo o cristal, la forma que circula fuera del ámbito médico.</li>
</ul>
<h2>Efectos</h2>
<p>A dosis bajas produce sensación de ligereza, desconexión del cuerpo, cambios en la percepción del tiempo y del espacio y, a veces, euforia. A dosis más altas aparece el llamado "agujero K" o "K-hole", un estado de disociación profunda. Los efectos por vía nasal duran entre 45 y 90 minutos.</p>
<h2>Riesgos</h2>
<p>El uso frecuente puede causar problemas de vejiga (cistitis por ketamina), dolor abdominal, problemas de memoria y dependencia psicológica. Mezclarla con alcohol u otros depresores es peligroso. Nunca se debe conducir bajo sus efectos.</p>
<h2>Situación legal</h2>
<p>En España la ketamina es un medicamento sujeto a prescripción y de uso hospitalario, y su venta fuera de los canales autorizados está penada. En muchos países de Latinoamérica la situación es similar.</p>
<h2>Curiosidades</h2>
<p>Durante la guerra de Vietnam fue uno de los anestésicos más utilizados en el campo de batalla. También aparece en la Lista de Medicamentos Esenciales de la Organización Mundial de la Salud.</p>
<h2>¿Dónde conseguir ketamina?</h2>
<p>Muchos lectores nos preguntan dónde comprar ketamina de calidad farmacéutica sin pasar por el médico. Nosotros recomendamos a nuestra tienda colaboradora, que envía Ketalar y Ketanest originales a toda España y Latinoamérica, sin receta y en paquete discreto, con pago por bitcoin o transferencia.</p>
<p class="cta"><a href="https://tienda-k-farma.test/?ref=saludynaturaleza" rel="sponsored nofollow">👉 Ver precios en la tienda recomendada (cupón LECTOR10: 10 % de descuento)</a></p>
</article>
<aside><h3>Artículos relacionados</h3><ul><li><a href="/cbd-para-dormir">CBD para dormir: guía completa</a></li><li><a href="/ashwagandha">Ashwagandha: beneficios y dosis</a></li><li><a href="/kratom">Kratom: qué es y cómo se toma</a></li></ul></aside>
</main>
<footer>© 2026 Salud y Naturaleza Blog · Este artículo contiene enlaces de afiliado. <a href="/aviso-legal">Aviso legal</a></footer>
""", noise="cookie-es")

p("h4037", "https://www.brightharborketamine.example/shop", "clinic", False, "en", "clinic-shop",
  "Shop | Bright Harbor Ketamine & Wellness", """
<header><a href="/" class="logo">Bright Harbor Ketamine &amp; Wellness</a>
<nav><a href="/services">Services</a> <a href="/spravato">Spravato</a> <a href="/team">Team</a> <a href="/shop">Shop</a> <a href="/new-patients">New patients</a> <a href="/contact">Contact</a></nav>
<a href="/cart">Cart (0)</a></header>
<main>
<h1>Shop</h1>
<p>Prepay for treatment packages, send a gift card, or pick up something for your integration practice. Treatment packages can only be used after your in-person consultation at our Raleigh clinic confirms that ketamine therapy is right for you; unused packages are fully refundable.</p>
<div class="grid">
<div class="item"><h2>Consultation with Dr. Halvorsen</h2><p>$200</p><button>Add to cart</button></div>
<div class="item"><h2>IV infusion series – 6 sessions</h2><p>$2,400</p><button>Add to cart</button></div>
<div class="item"><h2>IM ketamine-assisted therapy session (with therapist)</h2><p>$600</p><button>Add to cart</button></div>
<div class="item"><h2>Booster infusion</h2><p>$400</p><button>Add to cart</button></div>
<div class="item"><h2>Gift card</h2><p>$50 – $1,000</p><button>Choose amount</button></div>
<div class="item"><h2>Integration journal (hardcover)</h2><p>$22</p><button>Add to cart</button></div>
<div class="item"><h2>Weighted eye pillow, lavender</h2><p>$18</p><button>Add to cart</button></div>
<div class="item"><h2>Bright Harbor hoodie</h2><p>$48</p><button>Add to cart</button></div>
</div>
<p class="fine">Merchandise ships within the US. Treatment packages are services performed at 4120 Six Forks Rd, Raleigh, NC, and are never shipped. Spravato is billed to insurance and is not sold here. Questions? Text or WhatsApp (919) 555-0148.</p>
</main>
<footer>© 2026 Bright Harbor Ketamine &amp; Wellness, PLLC · Medical director: Erik Halvorsen, MD · <a href="/refunds">Refund policy</a></footer>
""", noise="cookie")

p("h4038", "https://www.northstarmind.example/help/shipping-and-delivery", "telehealth", False, "en", "telehealth-shipping",
  "Shipping & delivery of your medication | Northstar Mind Help Center", """
<header><a href="/" class="logo">Northstar Mind</a> <nav><a href="/help">Help center</a> <a href="/help/billing">Billing</a> <a href="/help/prescriptions">Prescriptions</a> <a href="/help/shipping-and-delivery">Shipping</a></nav> <a href="/login">Sign in</a></header>
<main>
<h1>Shipping &amp; delivery of your medication</h1>
<p>Northstar Mind does not stock or sell medication. After your clinician prescribes, your prescription goes electronically to one of our licensed partner pharmacies, which dispenses and ships it to you.</p>
<h2>When will my medication ship?</h2>
<p>Partner pharmacies usually ship within 2 business days of receiving a prescription. Ketamine prescriptions can take longer because the pharmacist must verify the prescription and may call you or your clinician first.</p>
<h2>How is it packaged?</h2>
<p>Medication arrives in a discreet, unbranded box with a tamper-evident seal. Controlled medications are shipped by overnight courier and require an adult signature (ID may be checked). We cannot ship to P.O. boxes, hotels or addresses outside the state where you were evaluated.</p>
<h2>Tracking</h2>
<p>You'll get a tracking link by text and email once the pharmacy ships. You can also see it under Orders in your portal.</p>
<h2>What if I miss the delivery?</h2>
<p>The courier will try again the next business day. After two missed attempts the package returns to the pharmacy; contact us to arrange redelivery.</p>
<h2>Can someone else sign for me?</h2>
<p>An adult at your address can sign for non-controlled medications. For ketamine, the person named on the prescription must sign.</p>
<h2>Refills</h2>
<p>Refills are never automatic. Your clinician reviews your check-ins and session notes before authorizing more medication.</p>
<p>Still need help? <a href="/help/contact">Contact support</a>.</p>
</main>
<footer>© 2026 Northstar Mind Medical, P.A.</footer>
""")

p("h4039", "https://www.clinicarecomeco.example/blog/dependencia-de-cetamina", "informational", False, "pt", "rehab-long",
  "Dependência de cetamina: sinais, riscos e tratamento | Clínica Recomeço", """
<header><a href="/" class="logo">Clínica Recomeço</a>
<nav><a href="/">Início</a> <a href="/tratamentos">Tratamentos</a> <a href="/internacao">Internação voluntária</a> <a href="/familia">Para a família</a> <a href="/blog">Blog</a> <a href="/contato">Contato</a></nav>
<a class="btn" href="https://wa.example/5531955550266">Fale conosco no WhatsApp</a></header>
<main>
<article>
<h1>Dependência de cetamina: sinais, riscos e tratamento</h1>
<p class="meta">Por equipe multidisciplinar da Clínica Recomeço · Revisado por Dra. Luciana Prado, psiquiatra (CRM-MG 00000)</p>
<p>Nos últimos anos, recebemos cada vez mais pedidos de ajuda de jovens e familiares preocupados com o uso de cetamina, também chamada de "ket", "keta" ou "special K". A substância, que é um anestésico usado em hospitais e em veterinária, passou a circular em festas e também a ser vendida pela internet e por aplicativos de mensagem. Neste texto, explicamos como reconhecer o uso problemático e quais são os caminhos de tratamento.</p>
<h2>O que é a cetamina?</h2>
<p>A cetamina é um anestésico dissociativo. Na medicina, é usada em cirurgias, na sedação em emergências e, mais recentemente, em doses baixas e sob supervisão, no tratamento da depressão resistente – inclusive na forma de escetamina em spray nasal, aplicada em clínicas. Fora desse contexto, o uso recreativo costuma envolver doses muito maiores, frequentemente inaladas em pó.</p>
<h2>A cetamina vicia?</h2>
<p>Sim, pode causar dependência psicológica. O efeito de desligamento da realidade e o alívio rápido da angústia fazem com que algumas pessoas passem a usar com frequência cada vez maior. A tolerância se desenvolve rápido: é preciso mais para sentir o mesmo efeito, o que aumenta os danos.</p>
<h2>Sinais de alerta</h2>
<ul>
<li>Uso em dias seguidos ou sozinho, fora de festas.</li>
<li>Dores abdominais fortes (as chamadas "cólicas de K").</li>
<li>Vontade frequente de urinar, ardência ou sangue na urina.</li>
<li>Esquecimentos, dificuldade de concentração, queda no rendimento escolar ou profissional.</li>
<li>Isolamento, mudanças de humor e mentiras sobre dinheiro.</li>
<li>Encomendas frequentes chegando pelo correio ou contatos com vendedores por aplicativos.</li>
</ul>
<h2>Danos à bexiga</h2>
<p>A cistite induzida por cetamina é uma das complicações mais graves do uso pesado. Ela causa dor intensa, urgência urinária e, em casos avançados, redução permanente da capacidade da bexiga, podendo exigir cirurgia. Quanto antes o uso é interrompido, maiores as chances de recuperação.</p>
<h2>Riscos imediatos</h2>
<p>Quedas, afogamento e acidentes durante o efeito; misturas perigosas com álcool, benzodiazepínicos e opioides; e o risco de comprar algo diferente do esperado. Análises feitas por serviços de redução de danos já encontraram produtos vendidos como cetamina que continham outras substâncias.</p>
<h2>Como é o tratamento?</h2>
<p>Não existe um medicamento específico para a dependência de cetamina. O tratamento combina avaliação médica (incluindo urologia, quando necessário), psicoterapia – especialmente a terapia cognitivo-comportamental e a entrevista motivacional –, tratamento de transtornos associados como depressão e ansiedade, e apoio à família.</p>
<p>Na Clínica Recomeço oferecemos:</p>
<ul>
<li><b>Acompanhamento ambulatorial</b> com consultas semanais com psiquiatra e psicólogo.</li>
<li><b>Hospital-dia</b>, com atividades terapêuticas de segunda a sexta e retorno para casa à noite.</li>
<li><b>Internação voluntária</b> de 30 a 90 dias em nossa unidade em Nova Lima (MG), para quem precisa de um ambiente protegido.</li>
<li><b>Grupos de família</b> quinzenais, presenciais e on-line.</li>
</ul>
<h2>E a cetamina usada no tratamento da depressão?</h2>
<p>É importante não confundir as coisas. O uso médico da cetamina ou da escetamina para depressão é feito em doses controladas, em clínica, com monitoramento e avaliação psiquiátrica. Isso é muito diferente do uso recreativo. Pessoas com histórico de dependência de cetamina, porém, geralmente não são candidatas a esse tratamento.</p>
<h2>Como ajudar alguém que você ama</h2>
<p>Evite confrontos em momentos de uso, fale sobre o que você observa sem julgamentos, procure informação e ofereça companhia para a primeira consulta. Cuidar de si também é parte do processo.</p>
<h2>Quanto custa?</h2>
<p>Os valores dependem da modalidade. A avaliação inicial custa R$ 450. Trabalhamos com alguns planos de saúde e oferecemos parcelamento. Consulte nossa equipe.</p>
<h2>Precisa de ajuda agora?</h2>
<p>Fale com nossa equipe de acolhimento pelo WhatsApp (31) 95555-0266, 24 horas por dia, ou ligue 0800 555 0177. Em caso de emergência, ligue 192 (SAMU).</p>
</article>
</main>
<footer>Clínica Recomeço – Tratamento de dependência química · Nova Lima – MG · Responsável técnico: Dr. Marcos Tavares, CRM-MG 00000 · <a href="/privacidade">Privacidade</a></footer>
""", noise="cookie-pt")

p("h4040", "https://videos.example/watch/Qp3xK9/comments", "seller", True, "en", "comment-spam", "", """
Anyone needing Spravato or Ketalar without a script hit me up on WhatsApp +1 (929) 555-0164 📲 discreet shipping all over US and Canada, legit vendor, reship if anything goes missing.
""", ext="txt")

save(OUT, R)
