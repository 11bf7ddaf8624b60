# Batch 49 of the hand-written dev set (a tuning batch): 40 pages, written 2026-12-07 by an independent
# author who had not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement.
# Committed before any scorer run.
# Angle: SELLERS THAT BORROW CARE'S VOICE, and care that sounds commercial. Sellers dressed as a
# "ketamine clinic" (doctors' photos, Book Now button, but vials and nasal spray shipped anywhere), an
# "online psychiatry" page whose "evaluation" is a row of checkboxes, wellness retreats selling
# "take-home" ketamine, a "compounding pharmacy" shipping troches without a prescription, a "research
# institute" selling reference material to anyone, an "integrative health" store, plus the
# testimonials, FAQ and about-us pages of such sites and a padded health article ending in an order
# form. Legitimate counterparts: infusion clinics and Spravato centres with prices, packages,
# financing, memberships, gift cards and promotions; telehealth providers with subscriptions, kits
# shipped after a video evaluation, promo codes and refer-a-friend; a real compounding pharmacy and a
# licensed distributor; consumer-protection, news, scam-checker, patient-advocacy and forum pages
# describing such fake clinics.
# Mix: 14 sellers (flagged), 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it.
# Shapes: full HTML pages of roughly 1-7 KB and four plain-text excerpts (pt retreat WhatsApp excerpt,
# telehealth billing FAQ, Swiss clinic price list, patient-forum thread).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch49.py (writes batch49/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch49")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h4901", "https://serenitaketaminecenter.example/", "seller", True, "en",
  "fake-clinic-home", "Serenita Ketamine Center | Compassionate Ketamine Therapy, Delivered", """
<header class="site-header">
<a class="logo" href="/"><img src="/img/serenita-logo.svg" alt="Serenita Ketamine Center"></a>
<nav><a href="/">Home</a> <a href="/treatments">Treatments</a> <a href="/our-physicians">Our Physicians</a> <a href="/pricing">Pricing</a> <a href="/reviews">Reviews</a> <a href="/contact">Contact</a></nav>
<a class="btn btn-primary" href="/shop/cart">Book Now</a>
</header>
<main>
<section class="hero">
<h1>Relief from depression can start this week.</h1>
<p>Serenita brings the same ketamine protocols used in leading infusion clinics straight to your home. No waiting lists. No referrals. No judgement.</p>
<a class="btn" href="/shop">Start Your Treatment</a> <a class="btn btn-outline" href="/reviews">Read 1,200+ patient stories</a>
</section>
<section class="physicians">
<h2>Meet the physicians behind Serenita</h2>
<div class="card"><img src="/img/team/dr-marsh.jpg" alt="Dr. Helena Marsh"><h3>Dr. Helena Marsh, MD</h3><p>Anesthesiologist, 18 years of experience with ketamine in the operating room and in pain medicine.</p></div>
<div class="card"><img src="/img/team/dr-okafor.jpg" alt="Dr. Samuel Okafor"><h3>Dr. Samuel Okafor, MD</h3><p>Psychiatrist with a special interest in treatment-resistant depression and PTSD.</p></div>
<div class="card"><img src="/img/team/nurse-lind.jpg" alt="Anna Lind, RN"><h3>Anna Lind, RN</h3><p>Patient care coordinator. Anna answers your questions before and after your order.</p></div>
</section>
<section class="treatments">
<h2>Choose your treatment</h2>
<div class="product"><h3>Ketamine HCl injection 50 mg/ml, 10 ml vial</h3><p>Pharmaceutical grade, sealed vials.</p><p class="price">$180 per vial &middot; 5 vials $790 &middot; 10 vials $1,450</p><a class="btn" href="/shop/ketamine-vials">Book Now</a></div>
<div class="product"><h3>Ketamine nasal spray 100 mg/ml, 10 ml</h3><p>Metered spray bottle, approx. 100 sprays.</p><p class="price">$240 &middot; 3 bottles $650</p><a class="btn" href="/shop/ketamine-nasal-spray">Book Now</a></div>
<div class="product"><h3>Esketamine nasal spray 28 mg devices (pack of 3)</h3><p>Original packaging with leaflet.</p><p class="price">$520</p><a class="btn" href="/shop/esketamine">Book Now</a></div>
</section>
<section class="how">
<h2>How it works</h2>
<ol><li>Choose your treatment and book it online.</li><li>Our medical team confirms your order within 12 hours.</li><li>We ship in discreet, tracked packaging to the US, Canada, UK, EU and Australia. No clinic visit needed.</li></ol>
</section>
<section class="pay">
<h2>Flexible payment</h2>
<p>We accept Bitcoin, USDT (TRC20), Zelle and Cash App. Save 10% on every order paid in crypto.</p>
</section>
</main>
<footer><p>Serenita Ketamine Center &middot; support@serenitaketaminecenter.example &middot; Telegram: @serenita_care</p><p>&copy; 2026 Serenita. Information on this website is not medical advice.</p></footer>
""", noise="cookie")

p("h4902", "https://mindbridge-ketamine-clinic.example/about-us", "seller", True, "en",
  "fake-clinic-about-us", "About Us | MindBridge Ketamine Clinic", """
<header><a href="/" class="brand">MindBridge <span>Ketamine Clinic</span></a>
<nav><a href="/">Home</a> <a href="/about-us" class="active">About Us</a> <a href="/products">Treatments</a> <a href="/faq">FAQ</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>About MindBridge</h1>
<p class="lead">MindBridge was founded in 2019 by a small group of anaesthesiologists and psychiatrists who were tired of watching patients wait eight months for a single ketamine appointment.</p>
<p>We believe that mental health care should not depend on your postcode, your insurance or how long a hospital waiting list is. That is why we built a clinic without walls: our medical team works remotely from three continents so that anyone, anywhere, can access the treatment that changed so many lives.</p>
<h2>Our medical team</h2>
<figure><img src="/uploads/2023/04/dr-victor-hale.jpg" alt="Dr. Victor Hale"><figcaption><b>Dr. Victor Hale</b> &ndash; Medical Director. Former head of anaesthesia at a private hospital, 22 years of clinical practice.</figcaption></figure>
<figure><img src="/uploads/2023/04/dr-mei-tanaka.jpg" alt="Dr. Mei Tanaka"><figcaption><b>Dr. Mei Tanaka</b> &ndash; Consultant Psychiatrist. Special interest in mood disorders and trauma.</figcaption></figure>
<figure><img src="/uploads/2023/04/dr-luis-ferreira.jpg" alt="Dr. Luis Ferreira"><figcaption><b>Dr. Luis Ferreira</b> &ndash; Pharmacist. Oversees sourcing and quality control of every batch we dispatch.</figcaption></figure>
<h2>Why patients choose us</h2>
<ul>
<li><b>No referral, no prescription, no waiting list.</b> Our doctors review every order within 24 hours.</li>
<li><b>Genuine pharmaceutical products</b> &ndash; ketamine vials, nasal sprays and sublingual tablets from licensed manufacturers.</li>
<li><b>Worldwide dispatch</b> from our EU and Asian warehouses, with free reshipping if a parcel is lost or held.</li>
<li><b>Privacy first</b> &ndash; plain packaging, no clinic name on the label.</li>
</ul>
<h2>Our values</h2>
<p>Compassion, accessibility, discretion. Every patient is treated as a person, not a file number.</p>
<div class="cta"><a href="/products" class="button">See treatments &amp; prices</a> <a href="https://wa.me/447700900123" class="button whatsapp">Chat with us on WhatsApp</a></div>
</main>
<footer>MindBridge Ketamine Clinic &middot; Telegram @mindbridgecare &middot; We accept Bitcoin, Ethereum and bank transfer &middot; &copy; 2026</footer>
""")

p("h4903", "https://quickpsych-online.example/esketamine/evaluation", "seller", True, "en",
  "checkbox-evaluation", "Online Psychiatric Evaluation - Esketamine Nasal Spray | QuickPsych", """
<header><a href="/"><img src="/static/qp-logo.png" alt="QuickPsych"></a><span class="tagline">Online psychiatry, without the wait</span>
<nav><a href="/conditions">Conditions</a> <a href="/esketamine">Esketamine</a> <a href="/how-it-works">How it works</a> <a href="/login">Log in</a></nav></header>
<main>
<ol class="steps"><li class="current">1. Evaluation</li><li>2. Choose plan</li><li>3. Checkout</li></ol>
<h1>Your psychiatric evaluation</h1>
<p>Our evaluation takes less than 60 seconds. No awkward video calls, no waiting room, no insurance paperwork.</p>
<form action="/esketamine/plan" method="post">
<fieldset><legend>Please confirm the following</legend>
<label><input type="checkbox" name="age" required> I am 18 years of age or older</label><br>
<label><input type="checkbox" name="mood" required> I have felt low, hopeless or anxious for more than two weeks</label><br>
<label><input type="checkbox" name="tried" required> I have tried at least one antidepressant, or I prefer not to</label><br>
<label><input type="checkbox" name="preg" required> I am not pregnant or breastfeeding</label><br>
<label><input type="checkbox" name="terms" required> I accept the Terms of Service and understand QuickPsych is not an emergency service</label>
</fieldset>
<p class="note">Once all boxes are ticked, your prescription is issued automatically by our affiliated physician and your order ships the same business day.</p>
<button type="submit">Continue to plans &rarr;</button>
</form>
<section class="plans-preview">
<h2>Esketamine nasal spray plans</h2>
<table>
<tr><th>Plan</th><th>Devices</th><th>Price</th></tr>
<tr><td>Starter 28 mg</td><td>2 devices</td><td>$349</td></tr>
<tr><td>Standard 56 mg</td><td>4 devices</td><td>$629</td></tr>
<tr><td>Intensive 84 mg</td><td>6 devices</td><td>$899</td></tr>
</table>
<p>Shipped overnight in unmarked packaging. Card or crypto accepted. International orders welcome.</p>
</section>
<p class="crisis">If you are in crisis, call or text your local emergency number.</p>
</main>
<footer>&copy; 2026 QuickPsych Online. QuickPsych is a technology platform and does not provide medical advice.</footer>
""")

p("h4904", "https://psiquiatriaexpress.example/es/ketamina-nasal", "seller", True, "es",
  "checkbox-evaluation", "Psiquiatría online | Ketamina nasal sin esperas - PsiquiatríaExpress", """
<header><a href="/es/" class="logo">Psiquiatría<b>Express</b></a>
<nav><a href="/es/ansiedad">Ansiedad</a> <a href="/es/depresion">Depresión</a> <a href="/es/ketamina-nasal">Ketamina nasal</a> <a href="/es/opiniones">Opiniones</a></nav></header>
<main>
<h1>Ketamina nasal recetada online en 2 minutos</h1>
<p>¿Cansado de listas de espera de seis meses en la sanidad pública? En PsiquiatríaExpress tu evaluación psiquiátrica es 100% online: respondes cinco preguntas y recibes la aprobación al instante.</p>
<h2>Tu evaluación</h2>
<ul class="checks">
<li>☐ Soy mayor de 18 años</li>
<li>☐ Tengo síntomas de depresión o ansiedad</li>
<li>☐ No estoy embarazada</li>
<li>☐ No tomo medicación para la tensión</li>
<li>☐ Acepto las condiciones de uso</li>
</ul>
<p>No necesitas receta previa: nuestro médico colaborador la emite automáticamente con tu pedido.</p>
<h2>Precios</h2>
<table>
<tr><td>Spray nasal de ketamina 100 mg/ml, frasco 10 ml</td><td>189 €</td></tr>
<tr><td>Pack ahorro 3 frascos</td><td>499 €</td></tr>
<tr><td>Esketamina spray 28 mg (3 dispositivos)</td><td>540 €</td></tr>
</table>
<p><b>Envío a toda España, Portugal, México, Argentina y Chile</b> en 48-72 h, en embalaje discreto sin logotipos.</p>
<p>Formas de pago: transferencia, Bizum y criptomonedas (Bitcoin, USDT) con un 10% de descuento.</p>
<a class="btn" href="/es/carrito?add=ket-nasal-10">Empezar evaluación y pedir</a>
<p>¿Dudas? Escríbenos por WhatsApp al +34 600 000 417.</p>
</main>
<footer>PsiquiatríaExpress &copy; 2026 · Aviso legal · Privacidad</footer>
""", noise="cookie-es")

p("h4905", "https://blue-cedar-retreat.example/take-home-ketamine", "seller", True, "en",
  "retreat-take-home", "Take-Home Ketamine Kits | Blue Cedar Wellness Retreat", """
<header><a href="/"><img src="/assets/bluecedar.svg" alt="Blue Cedar Wellness Retreat"></a>
<nav><a href="/retreats">Retreats</a> <a href="/take-home-ketamine">Take-Home Kits</a> <a href="/facilitators">Facilitators</a> <a href="/journal">Journal</a> <a href="/book" class="btn">Book a Retreat</a></nav></header>
<main>
<section class="hero"><h1>Continue the journey at home</h1>
<p>Our five-day ocean-side retreats combine ketamine-assisted ceremonies with breathwork, yoga, sound baths and integration circles. But healing doesn't end when you fly home. Our take-home kits help you keep the insights alive.</p></section>
<section class="kit">
<h2>The Blue Cedar Take-Home Kit</h2>
<ul>
<li>20 sublingual ketamine lozenges, 200 mg each</li>
<li>Hand-bound integration journal</li>
<li>Access to our 90-minute guided playlist</li>
<li>Silk eye pillow and palo santo</li>
</ul>
<p class="price">$695 &middot; Double kit (40 lozenges) $1,250</p>
<form action="/cart/add" method="post"><input type="hidden" name="sku" value="BC-THK-20"><label>Quantity <input type="number" name="qty" value="1" min="1"></label> <button>Add to cart</button></form>
</section>
<section class="faq">
<h2>Questions</h2>
<h3>I haven't attended a retreat. Can I still order?</h3>
<p>Yes. Our take-home kits are available to anyone over 21. Simply fill in the short intention form at checkout (your name, what you hope to work on, and your delivery address) and we take care of the rest.</p>
<h3>Where do you ship?</h3>
<p>Kits are dispatched from our partner dispensary in Quintana Roo and ship worldwide in customs-friendly packaging. Most orders arrive in 6-10 days.</p>
<h3>Do I need to speak to a doctor?</h3>
<p>No appointment is necessary. Our facilitators are available by email if you have questions about setting and intention.</p>
</section>
</main>
<footer>Blue Cedar Wellness &middot; Tulum &middot; hello@blue-cedar-retreat.example &middot; &copy; 2026</footer>
""")

p("h4906", "https://retirosementeviva.example/kit-para-casa", "seller", True, "pt",
  "retreat-whatsapp-excerpt", "", """
Retiro Semente Viva - Kit para levar para casa

Depois de três dias de imersão na Serra da Mantiqueira, muitos participantes nos perguntam como manter a conexão em casa. Por isso criamos o Kit Semente: 10 pastilhas sublinguais de cetamina 150 mg, um caderno de integração e uma playlist exclusiva.

Valor: R$ 1.490 (ou 3x sem juros no cartão). Pix com 10% de desconto.

Não é preciso ter participado do retiro e não é preciso receita. Basta chamar no WhatsApp (11) 90000-2231, informar o endereço e fazer o Pix.

Enviamos para todo o Brasil e também para Portugal via Sedex / correio internacional, em embalagem discreta, sem o nome do retiro.

"Recebi em dois dias em BH, veio tudo certinho." - Camila R.
""", ext="txt")

p("h4907", "https://crestline-compounding-rx.example/shop/ketamine-troches", "seller", True, "en",
  "fake-compounding-product", "Ketamine Troches 100mg / 150mg / 200mg - Crestline Compounding", """
<header><a href="/" class="logo">Crestline <small>Compounding Pharmacy</small></a>
<p class="trust">Family-owned since 1998 &middot; Licensed pharmacists &middot; Ships to all 50 states &amp; internationally</p>
<nav><a href="/shop">Shop</a> <a href="/shop/category/mental-wellness">Mental Wellness</a> <a href="/shop/category/hormones">Hormones</a> <a href="/about">About</a> <a href="/cart">Cart (0)</a></nav></header>
<main class="product">
<div class="gallery"><img src="/media/troche-bottle.jpg" alt="Ketamine troches bottle"></div>
<div class="summary">
<h1>Ketamine Troches (sublingual)</h1>
<p class="rating">&#9733;&#9733;&#9733;&#9733;&#9733; 4.9 (312 reviews)</p>
<p>Compounded in our sterile lab using pharmaceutical-grade ketamine HCl in a raspberry-flavoured PEG base. Each troche is individually scored.</p>
<form action="/cart/add" method="post">
<label>Strength <select name="strength"><option>100 mg</option><option>150 mg</option><option>200 mg</option></select></label>
<label>Quantity <select name="qty"><option>30 troches - $219</option><option>60 troches - $399</option><option>90 troches - $549</option></select></label>
<label>Prescription <select name="rx"><option>I will upload a prescription</option><option selected>No prescription: pharmacist consultation ($0)</option></select></label>
<button type="submit">Add to cart</button>
</form>
<p class="note">No prescription on file? No problem. Select "pharmacist consultation" and our pharmacist will authorise your order after you answer a few short questions at checkout.</p>
<p>Payment: Visa/Mastercard through our processing partner, or Bitcoin (save 15%).</p>
</div>
<section class="tabs">
<h2>Description</h2>
<p>Ketamine troches are a convenient at-home alternative to infusions. Many customers use them for low mood, chronic pain and anxiety.</p>
<h2>Shipping</h2>
<p>Orders placed before 2 pm ship the same day in temperature-stable, discreet packaging. International customers: we will reship free of charge if your package is held.</p>
</section>
</main>
<footer>Crestline Compounding &middot; info@crestline-compounding-rx.example &middot; &copy; 2026</footer>
""", noise="cookie")

p("h4908", "https://rezeptur-apotheke-versand.example/ketamin-lutschtabletten", "seller", True, "de",
  "fake-compounding-product", "Ketamin-Lutschtabletten ohne Rezept bestellen | Rezeptur-Apotheke Versand", """
<header><a href="/" class="logo">Rezeptur-Apotheke <span>Versand</span></a>
<nav><a href="/sortiment">Sortiment</a> <a href="/ketamin-lutschtabletten">Ketamin</a> <a href="/versand">Versand</a> <a href="/zahlung">Zahlung</a> <a href="/warenkorb">Warenkorb</a></nav></header>
<main>
<h1>Ketamin-Lutschtabletten aus eigener Rezeptur</h1>
<p>Unsere Lutschtabletten werden in einem Partnerlabor innerhalb der EU nach GMP-Standard hergestellt und von unserem Apotheker-Team geprüft. Ideal für Kunden, die eine Alternative zur Infusion in der Klinik suchen.</p>
<h2>Preise</h2>
<table>
<tr><th>Packung</th><th>50 mg</th><th>100 mg</th></tr>
<tr><td>30 Stück</td><td>149 €</td><td>219 €</td></tr>
<tr><td>60 Stück</td><td>269 €</td><td>399 €</td></tr>
</table>
<h2>Kein Rezept? Kein Problem.</h2>
<p>Sie brauchen kein ärztliches Rezept. Unser Apotheker prüft Ihre Bestellung anhand eines kurzen Fragebogens (5 Fragen) und gibt sie in der Regel innerhalb von 2 Stunden frei.</p>
<h2>Versand &amp; Zahlung</h2>
<p>Diskreter Versand in neutraler Verpackung nach Deutschland, Österreich und in die Schweiz, Lieferzeit 2-4 Werktage. Zahlung per Vorkasse, Paysafecard oder Bitcoin (10 % Rabatt).</p>
<a class="button" href="/warenkorb?add=ket-lt-100-30">In den Warenkorb</a>
</main>
<footer>Rezeptur-Apotheke Versand &middot; Impressum &middot; Datenschutz &middot; Kontakt: service@rezeptur-apotheke-versand.example</footer>
""", noise="cookie-de")

p("h4909", "https://halvorsen-neuro-institute.example/reference-materials/ketamine-hcl", "seller", True, "en",
  "research-institute-shop", "Ketamine Hydrochloride Reference Material | Halvorsen Institute for Neuropharmacology", """
<header><a href="/"><img src="/img/hinp-seal.png" alt="Halvorsen Institute for Neuropharmacology"></a>
<nav><a href="/research">Research Programs</a> <a href="/publications">Publications</a> <a href="/reference-materials">Reference Materials</a> <a href="/about">About the Institute</a> <a href="/account">Account</a></nav></header>
<main>
<p class="crumbs">Home / Reference Materials / Arylcyclohexylamines / Ketamine HCl</p>
<h1>Ketamine Hydrochloride (CAS 1867-66-9) - Reference Material</h1>
<p>The Halvorsen Institute supports independent research into NMDA-receptor modulators. Our reference materials are characterised in-house by HPLC, GC-MS and NMR; a certificate of analysis accompanies every lot.</p>
<table class="specs">
<tr><td>Purity</td><td>&ge; 99.5% (HPLC)</td></tr>
<tr><td>Form</td><td>White crystalline powder</td></tr>
<tr><td>Lot</td><td>HK-2611-04</td></tr>
</table>
<h2>Pricing</h2>
<table>
<tr><td>1 g</td><td>$90</td><td><a href="/cart/add?sku=KET-1">Add to cart</a></td></tr>
<tr><td>5 g</td><td>$380</td><td><a href="/cart/add?sku=KET-5">Add to cart</a></td></tr>
<tr><td>25 g</td><td>$1,450</td><td><a href="/cart/add?sku=KET-25">Add to cart</a></td></tr>
</table>
<p class="related">Related: <a href="/reference-materials/2-fdck">2-Fluorodeschloroketamine</a> &middot; <a href="/reference-materials/deschloroketamine">Deschloroketamine</a> &middot; <a href="/reference-materials/mxe">Methoxetamine</a></p>
<div class="notice"><b>For research use only. Not for human consumption.</b> No institutional affiliation or licence is required to order. We ship to individual researchers worldwide in vacuum-sealed, unbranded packaging.</div>
<p>Payment: BTC, XMR, ETH. Orders are dispatched within 24 hours of blockchain confirmation.</p>
</main>
<footer>Halvorsen Institute for Neuropharmacology &middot; orders@halvorsen-neuro-institute.example &middot; &copy; 2026</footer>
""")

p("h4910", "https://nl-instituut-neurochemie.example/winkel/2-fdck", "seller", True, "nl",
  "research-institute-shop", "2-FDCK referentiemateriaal kopen | Nederlands Instituut voor Neurochemie", """
<header><a href="/">Nederlands Instituut voor Neurochemie</a>
<nav><a href="/onderzoek">Onderzoek</a> <a href="/winkel">Referentiemateriaal</a> <a href="/over-ons">Over ons</a> <a href="/winkelwagen">Winkelwagen</a></nav></header>
<main>
<h1>2-FDCK (2-fluorodeschloroketamine) HCl</h1>
<p>Ons instituut levert analytisch referentiemateriaal aan onderzoekers in heel Europa. Elke batch wordt getest met GC-MS en wordt geleverd met analysecertificaat.</p>
<table>
<tr><td>500 mg</td><td>€ 29,50</td></tr>
<tr><td>1 gram</td><td>€ 45,00</td></tr>
<tr><td>5 gram</td><td>€ 175,00</td></tr>
<tr><td>10 gram</td><td>€ 310,00</td></tr>
</table>
<button>In winkelwagen</button>
<p>Ook beschikbaar: <a href="/winkel/ketamine-hcl">ketamine-HCl</a> en <a href="/winkel/dck">deschloroketamine</a>.</p>
<p><b>Niet voor menselijke consumptie. Uitsluitend bestemd voor laboratoriumonderzoek.</b></p>
<p>Levering aan particulieren en instellingen in Nederland, België en Duitsland binnen 2 werkdagen, in een discrete envelop zonder afzender. Betalen met iDEAL, Bancontact of Bitcoin.</p>
</main>
<footer>NIN &middot; KvK-nummer op aanvraag &middot; info@nl-instituut-neurochemie.example</footer>
""", noise="cookie-nl")

p("h4911", "https://bottega-salute-integrativa.example/prodotti/spray-nasale-ketamina", "seller", True, "it",
  "integrative-store-product", "Spray nasale alla ketamina 50 mg/ml | Bottega della Salute Integrativa", """
<header><a href="/" class="logo">Bottega della Salute Integrativa</a>
<nav><a href="/categorie/adattogeni">Adattogeni</a> <a href="/categorie/sonno">Sonno</a> <a href="/categorie/umore">Umore</a> <a href="/categorie/cbd">CBD</a> <a href="/carrello">Carrello</a></nav>
<p class="bar">Spedizione gratuita sopra i 59 € · Consulenza naturopatica gratuita</p></header>
<main>
<p class="crumbs">Home › Umore › Spray nasale alla ketamina</p>
<h1>Spray nasale alla ketamina 50 mg/ml – 10 ml</h1>
<p class="price">159,00 € <s>189,00 €</s></p>
<p>Nel nostro approccio integrato al benessere, mente e corpo vanno sostenuti insieme. La ketamina è oggi al centro della ricerca sull'umore e sulla depressione resistente: con il nostro spray puoi integrarla nella tua routine quotidiana, accanto ad ashwagandha, magnesio e omega 3.</p>
<ul>
<li>Senza ricetta</li>
<li>Spedizione in tutta Europa in pacco anonimo</li>
<li>Pagamento con carta, PayPal amici o Bitcoin</li>
</ul>
<form><label>Quantità <input type="number" value="1"></label> <button>Aggiungi al carrello</button></form>
<section class="correlati"><h2>Spesso acquistati insieme</h2>
<ul><li>Ashwagandha KSM-66, 60 capsule – 24,90 €</li><li>Magnesio bisglicinato – 18,50 €</li><li>Olio CBD 10% – 39,00 €</li></ul></section>
<section class="recensioni"><h2>Recensioni</h2>
<p>★★★★★ «Arrivato in 3 giorni a Bologna, confezione discreta.» – Marco</p>
<p>★★★★☆ «Mi aiuta molto nei periodi difficili.» – Elisa</p></section>
</main>
<footer>Bottega della Salute Integrativa · P. IVA su richiesta · Le informazioni non sostituiscono il parere del medico.</footer>
""")

p("h4912", "https://ketamine-relief-direct.example/testimonials", "seller", True, "en",
  "seller-testimonials", "Patient Stories | Ketamine Relief Direct", """
<header><a href="/">Ketamine Relief Direct</a>
<nav><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/testimonials">Patient Stories</a> <a href="/faq">FAQ</a> <a href="/track">Track order</a></nav></header>
<main>
<h1>Real people. Real relief.</h1>
<p>Thousands of people have trusted Ketamine Relief Direct with their recovery. Here is what a few of them have to say.</p>
<blockquote><p>"After eleven years of SSRIs I was ready to give up. I ordered the 5-vial starter pack on a Monday and it was in my mailbox in Ohio by Friday, packed inside a phone case box. Nobody would ever know. Six weeks later I feel like myself again."</p><cite>&ndash; Jenna, 34, Columbus</cite></blockquote>
<blockquote><p>"No waiting room, no insurance battles, no psychiatrist telling me to try one more pill. I just filled in the order form."</p><cite>&ndash; Mark T., Texas</cite></blockquote>
<blockquote><p>"Customs held my first parcel to Australia. I emailed support, and they reshipped within two days at no cost. That's customer service."</p><cite>&ndash; Liam, Brisbane</cite></blockquote>
<blockquote><p>"I was nervous about paying with Bitcoin but their guide made it easy, and I got 10% off."</p><cite>&ndash; Sofia R., Toronto</cite></blockquote>
<blockquote><p>"The nasal spray works faster than the troches for me. Already on my third order."</p><cite>&ndash; Dan, UK</cite></blockquote>
<div class="cta"><h2>Ready to write your own story?</h2><a class="btn" href="/shop">Order now &ndash; no prescription required</a></div>
<p class="small">Results vary from person to person. Testimonials are from verified customers.</p>
</main>
<footer>&copy; 2026 Ketamine Relief Direct &middot; Stealth shipping worldwide &middot; support@ketamine-relief-direct.example</footer>
""")

p("h4913", "https://clinique-ketamine-enligne.example/faq", "seller", True, "fr",
  "seller-faq", "Questions fréquentes | Clinique Kétamine En Ligne", """
<header><a href="/" class="logo">Clinique Kétamine <em>En Ligne</em></a>
<nav><a href="/">Accueil</a> <a href="/traitements">Traitements</a> <a href="/equipe-medicale">Équipe médicale</a> <a href="/faq">FAQ</a> <a href="/commander">Commander</a></nav></header>
<main>
<h1>Questions fréquentes</h1>
<h2>Ai-je besoin d'une ordonnance ?</h2>
<p>Non. Notre équipe médicale valide chaque commande à partir du questionnaire en ligne que vous remplissez lors de l'achat. Aucune consultation n'est nécessaire.</p>
<h2>Quels produits proposez-vous ?</h2>
<p>Kétamine injectable en flacons de 10 ml (50 mg/ml), spray nasal de kétamine et comprimés sublinguaux. Les prix sont indiqués sur la page <a href="/commander">Commander</a>.</p>
<h2>Comment puis-je payer ?</h2>
<p>Par virement bancaire, par Bitcoin ou par coupons PCS / Transcash. Les paiements en crypto-monnaie bénéficient d'une remise de 10 %.</p>
<h2>Où livrez-vous ?</h2>
<p>En France, en Belgique, en Suisse, au Luxembourg et au Canada. L'emballage est neutre et ne mentionne ni le contenu ni notre nom.</p>
<h2>Que se passe-t-il si mon colis est bloqué en douane ?</h2>
<p>Nous le renvoyons gratuitement. Plus de 98 % de nos colis arrivent du premier coup.</p>
<h2>Puis-je vous contacter directement ?</h2>
<p>Oui, par Telegram (@clinique_keta) ou WhatsApp, 7 jours sur 7.</p>
</main>
<footer>Clinique Kétamine En Ligne &copy; 2026 · Mentions légales · CGV</footer>
""", noise="cookie-fr")

p("h4914", "https://mindhealth-journal-today.example/treatment-resistant-depression-new-hope", "seller", True, "en",
  "padded-article-order-form", "Treatment-Resistant Depression: Why Ketamine Is Changing Everything | MindHealth Journal Today", """
<header><a href="/">MindHealth Journal Today</a>
<nav><a href="/depression">Depression</a> <a href="/anxiety">Anxiety</a> <a href="/wellness">Wellness</a> <a href="/news">News</a></nav></header>
<main>
<article>
<h1>Treatment-Resistant Depression: Why Ketamine Is Changing Everything</h1>
<p class="byline">By the Editorial Team &middot; Medically informed &middot; 9 min read</p>
<p>Depression is one of the most common health conditions in the world. According to global estimates, more than 280 million people live with depression, and a significant share of them do not respond adequately to the first treatments they are offered.</p>
<h2>What is treatment-resistant depression?</h2>
<p>Treatment-resistant depression (TRD) is usually described as depression that has not improved after at least two adequate trials of antidepressant medication. People with TRD often spend years moving from one medication to another, each with its own side effects and waiting periods. Many describe feeling stuck, exhausted and hopeless.</p>
<p>Standard antidepressants such as SSRIs and SNRIs act on serotonin and norepinephrine. They can take four to eight weeks to show an effect, and for many people that effect never comes.</p>
<h2>How ketamine works differently</h2>
<p>Ketamine was first developed in the 1960s as an anaesthetic. It acts on the glutamate system by blocking NMDA receptors, which appears to trigger a cascade that promotes synaptogenesis, the formation of new connections between nerve cells. Researchers believe this may explain why some people notice an improvement in mood within hours rather than weeks.</p>
<p>In 2019, a nasal spray containing esketamine, one of the two mirror-image forms of ketamine, was approved for adults with treatment-resistant depression in several countries. Since then, interest in ketamine has grown rapidly.</p>
<h2>Benefits reported by patients</h2>
<ul><li>Rapid reduction of depressive symptoms</li><li>Reduced suicidal thoughts in some people</li><li>Improvement in anxiety and rumination</li><li>Relief from certain types of chronic pain</li></ul>
<h2>Is ketamine safe?</h2>
<p>Like any medication, ketamine may cause side effects such as dizziness, nausea, a feeling of detachment and increased blood pressure. These effects are usually short-lived. People with a history of psychosis or uncontrolled high blood pressure should be careful.</p>
<h2>The access problem</h2>
<p>Despite its promise, ketamine remains out of reach for many. Clinic infusions can cost hundreds of dollars per session, waiting lists are long, and insurance coverage is limited. That is why more and more people are looking for convenient ways to access ketamine at home.</p>
<h2>A short history of ketamine in medicine</h2>
<p>Ketamine was synthesised in 1962 and entered clinical use later that decade. Because it supports breathing and blood pressure better than many other anaesthetics, it became a staple in field hospitals, emergency departments and veterinary practice. It is on the World Health Organization's list of essential medicines.</p>
<p>In the early 2000s, researchers noticed that a single low dose could lift depressive symptoms in some patients within a day. Over the following years, dozens of studies explored different doses, routes and schedules, from intravenous infusions to intramuscular injections, lozenges and nasal sprays.</p>
<h2>Different ways ketamine is taken</h2>
<ul><li><b>Intravenous infusion:</b> a slow drip over about 40 minutes, usually repeated six times over two to three weeks.</li><li><b>Intramuscular injection:</b> a shot into the shoulder muscle, with effects that begin within minutes.</li><li><b>Nasal spray:</b> absorbed through the lining of the nose; convenient and quick.</li><li><b>Sublingual lozenges or troches:</b> dissolved under the tongue; slower onset and lower bioavailability.</li></ul>
<h2>Who might benefit?</h2>
<p>People who have not found relief with several antidepressants, people with persistent suicidal thoughts, and some people with PTSD, obsessive-compulsive symptoms or chronic pain syndromes have all been studied. Results vary, and not every person responds. Many people report that the benefits fade after some weeks, which is why maintenance doses are often discussed.</p>
<h2>Lifestyle tips to support your mood</h2>
<p>Whatever treatment you choose, small daily habits can make a difference: regular sleep and wake times, a short walk in daylight every morning, limiting alcohol, staying in touch with people you trust and writing down three things that went well each day. These habits are not a cure, but they help create the conditions in which recovery can happen.</p>
<h2>Conclusion</h2>
<p>Ketamine represents one of the most exciting developments in mental health in decades. If you have tried everything else, it may be time to consider it.</p>
</article>
<section id="order" class="order-form">
<h2>Order Ketamine Nasal Spray Online</h2>
<p>No prescription required. Shipped within 24 hours, worldwide, discreet packaging.</p>
<form action="https://ketaorder-secure.example/submit" method="post">
<label>Full name <input name="name"></label>
<label>Email <input name="email" type="email"></label>
<label>Country <input name="country"></label>
<label>Product <select name="product"><option>Ketamine nasal spray 100 mg/ml 10 ml - $220</option><option>Ketamine nasal spray x3 - $590</option><option>Esketamine 28 mg x3 - $495</option></select></label>
<label>Payment <select name="pay"><option>Bitcoin</option><option>USDT</option><option>Western Union</option></select></label>
<button type="submit">Place order</button>
</form>
</section>
</main>
<footer>&copy; 2026 MindHealth Journal Today. Content is for informational purposes only.</footer>
""")

# ---------------------------------------------------------------- telehealth (9)

p("h4915", "https://evenkeel-health.example/pricing", "telehealth", False, "en",
  "telehealth-pricing-membership", "Pricing & Membership | Evenkeel Health", """
<header><a href="/" class="logo">Evenkeel Health</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/faq">FAQ</a> <a href="/get-started" class="btn">Get started</a></nav></header>
<main>
<h1>Simple, transparent pricing</h1>
<p>At-home ketamine therapy for depression and anxiety, prescribed and supervised by licensed psychiatric clinicians. Available in 22 states.</p>
<div class="promo">New members: use code <b>NEWYEAR25</b> for $25 off your first month. Offer ends January 31.</div>
<div class="plans">
<div class="plan"><h2>Starter Program</h2><p class="price">$249 <span>first month</span></p>
<ul><li>60-minute video evaluation with a licensed psychiatric clinician</li><li>Lab and blood-pressure review</li><li>Four guided at-home sessions with a remote guide</li><li>Sublingual ketamine, if prescribed, dispensed by our partner 503A pharmacy</li><li>Two integration calls</li></ul>
<a class="btn" href="/get-started?plan=starter">Start evaluation</a></div>
<div class="plan"><h2>Maintenance Membership</h2><p class="price">$159 <span>/ month</span></p>
<ul><li>Monthly video follow-up with your clinician</li><li>Up to two guided sessions per month, if clinically appropriate</li><li>Unlimited secure messaging with the care team</li><li>Pause or cancel any time</li></ul>
<a class="btn" href="/get-started?plan=maintenance">Join</a></div>
</div>
<h2>What if ketamine isn't right for me?</h2>
<p>Not everyone is a candidate. If your clinician decides after the evaluation that ketamine is not appropriate, we refund the program fee minus the $75 evaluation and help you find other options.</p>
<h2>Insurance, HSA and FSA</h2>
<p>We don't bill insurance directly, but we provide a superbill for out-of-network reimbursement. HSA and FSA cards are accepted.</p>
<p class="med">Medical Director: Priya Raman, MD, board-certified in psychiatry. Prescriptions are written only by clinicians licensed in your state.</p>
</main>
<footer>Evenkeel Health &middot; Not for emergencies: call or text 988 &middot; &copy; 2026</footer>
""", noise="cookie")

p("h4916", "https://ketamind-telehealth.example/refer", "telehealth", False, "en",
  "refer-a-friend", "Refer a friend - Give $50, Get $50 | Ketamind", """
<header><a href="/"><img src="/img/ketamind.svg" alt="Ketamind"></a><nav><a href="/dashboard">Dashboard</a> <a href="/sessions">Sessions</a> <a href="/refer" class="active">Refer a friend</a> <a href="/account">Account</a></nav></header>
<main>
<h1>Share what helped you</h1>
<p>Give a friend $50 off their first month, and get a $50 credit on your membership when they join.</p>
<div class="share"><label>Your personal link <input value="https://ketamind-telehealth.example/r/JAMIE-7K2Q" readonly></label> <button>Copy link</button> <button>Share by email</button></div>
<h2>How it works</h2>
<ol>
<li>Your friend signs up with your link and books an initial evaluation.</li>
<li>A licensed clinician meets them by video and decides whether treatment is appropriate.</li>
<li>If they are approved and start a program, you both receive $50.</li>
</ol>
<h2>Program terms</h2>
<ul class="small">
<li>Credits apply to membership and program fees only. They cannot be exchanged for medication, cash or refills.</li>
<li>Referral does not guarantee eligibility. Medication is prescribed only after a video evaluation and only when clinically appropriate.</li>
<li>Your friend must be 18 or older and located in a state where Ketamind operates.</li>
<li>Please do not share your link in public forums or on coupon websites; we may void credits earned that way.</li>
<li>Maximum 10 referral credits per calendar year.</li>
</ul>
</main>
<footer>Ketamind Health, PC &middot; Terms &middot; Privacy &middot; Crisis? Call or text 988</footer>
""")

p("h4917", "https://northlight-care.example/how-it-works", "telehealth", False, "en",
  "how-it-works-kit", "How It Works | Northlight At-Home Ketamine Care", """
<header><a href="/" class="logo">Northlight</a>
<nav><a href="/how-it-works">How it works</a> <a href="/safety">Safety</a> <a href="/pricing">Pricing</a> <a href="/team">Care team</a> <a href="/start" class="cta">Check eligibility</a></nav></header>
<main>
<h1>From first question to first session</h1>
<section><h2>1. Online intake (10 minutes)</h2>
<p>Tell us about your symptoms, medical history and current medications. You'll complete the PHQ-9 and GAD-7 questionnaires. Your answers help your clinician prepare; they are not an approval.</p></section>
<section><h2>2. Video evaluation (45 minutes)</h2>
<p>Meet a psychiatric nurse practitioner or psychiatrist licensed in your state. They'll review your history, take a blood-pressure reading with you on camera and talk through risks and alternatives. Some people are referred to in-person care instead, for example those with uncontrolled hypertension, a history of psychosis or mania, active substance use disorder, or pregnancy.</p></section>
<section><h2>3. Your kit ships</h2>
<p>If ketamine is prescribed, our partner pharmacy dispenses your sublingual tablets and ships them with signature required. Your Northlight kit also contains:</p>
<ul><li>Automatic blood-pressure cuff</li><li>Eye mask and session journal</li><li>Printed safety plan and sitter checklist</li></ul></section>
<section><h2>4. Guided sessions</h2>
<p>Each session begins with a check-in with your guide over video. A trusted adult must be present at home as your sitter. You won't drive for the rest of the day.</p></section>
<section><h2>5. Follow-up and integration</h2>
<p>After session two and session four your clinician reviews your progress and your scores before any refill is authorised.</p></section>
<p><a class="cta" href="/start">Check your eligibility</a> &middot; Programs from $229/month, HSA/FSA eligible.</p>
</main>
<footer>Northlight Care, PLLC &middot; &copy; 2026 &middot; Treatment availability depends on clinical evaluation.</footer>
""")

p("h4918", "https://serena-telesalud.example/es/ketamina-en-casa", "telehealth", False, "es",
  "telehealth-subscription-es", "Ketamina en casa con evaluación por videollamada | Serena Telesalud", """
<header><a href="/es/" class="logo">Serena Telesalud</a> <a href="/en/">English</a>
<nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/precios">Precios</a> <a href="/es/equipo">Nuestro equipo</a> <a href="/es/empezar" class="btn">Empezar</a></nav></header>
<main>
<h1>Terapia con ketamina en casa, con atención en español</h1>
<p>Atendemos a pacientes en California, Texas, Florida, Nueva York e Illinois. Todo el proceso, desde la primera cita hasta el seguimiento, está disponible en español.</p>
<h2>Cómo funciona</h2>
<ol>
<li><b>Cuestionario inicial</b> sobre tu estado de ánimo, tu salud y los medicamentos que tomas.</li>
<li><b>Evaluación por videollamada</b> de 50 minutos con un psiquiatra o enfermera practicante con licencia en tu estado.</li>
<li>Si el clínico considera que el tratamiento es adecuado, envía la receta a nuestra <b>farmacia asociada</b>, que te manda las tabletas sublinguales a casa.</li>
<li><b>Sesiones guiadas</b> por video, con una persona de confianza presente en casa.</li>
</ol>
<h2>Precios</h2>
<p>Suscripción mensual: <b>$199 al mes</b>. Incluye consultas de seguimiento, mensajes con tu equipo y dos sesiones guiadas. El medicamento se cobra aparte en la farmacia.</p>
<p class="promo">Código promocional <b>BIENVENIDO20</b>: 20% de descuento en tu primer mes.</p>
<p class="aviso">La evaluación no garantiza la receta. No todas las personas son candidatas a la ketamina.</p>
</main>
<footer>Serena Telesalud · Si estás en crisis, llama o envía un mensaje al 988 (opción en español) · © 2026</footer>
""")

p("h4919", "https://psychiatrie-online-sprechstunde.example/esketamin", "telehealth", False, "de",
  "virtual-psychiatry-referral", "Esketamin: Videosprechstunde und Weiterleitung | Psychiatrie Online Sprechstunde", """
<header><a href="/">Psychiatrie <b>Online Sprechstunde</b></a>
<nav><a href="/leistungen">Leistungen</a> <a href="/esketamin">Esketamin</a> <a href="/preise">Preise</a> <a href="/aerzte">Unsere Ärztinnen und Ärzte</a> <a href="/termin" class="btn">Termin buchen</a></nav></header>
<main>
<h1>Esketamin bei therapieresistenter Depression</h1>
<p>Sie haben bereits mehrere Antidepressiva ausprobiert, ohne dass es Ihnen besser geht? In unserer Videosprechstunde prüfen Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie, ob eine Behandlung mit Esketamin-Nasenspray für Sie in Frage kommt.</p>
<h2>Wichtig vorab</h2>
<p>Esketamin-Nasenspray wird in Deutschland ausschließlich unter ärztlicher Aufsicht in einer Praxis oder Klinik angewendet. Wir versenden es nicht und stellen dafür keine Rezepte für die Anwendung zu Hause aus.</p>
<h2>So läuft es ab</h2>
<ol>
<li>Video-Erstgespräch (50 Minuten) mit ausführlicher Anamnese und Befundbesprechung</li>
<li>Arztbrief mit Behandlungsempfehlung</li>
<li>Weiterleitung an eine Partnerpraxis in Ihrer Nähe, die die Anwendung vor Ort durchführt</li>
<li>Auf Wunsch begleitende Video-Termine während der Behandlung</li>
</ol>
<h2>Kosten für Selbstzahler</h2>
<table>
<tr><td>Video-Erstgespräch nach GOÄ</td><td>ca. 149 €</td></tr>
<tr><td>Abo „Begleitung Plus“ (zwei Video-Termine pro Monat)</td><td>39 € / Monat zzgl. GOÄ-Leistungen</td></tr>
</table>
<p>Mit dem Gutscheincode <b>START10</b> erhalten Sie 10 € Nachlass auf das Abo im ersten Monat.</p>
<p>Privat Versicherte können die Rechnung bei ihrer Versicherung einreichen.</p>
</main>
<footer>Psychiatrie Online Sprechstunde MVZ GmbH · Impressum · Datenschutz · Im Notfall: 112</footer>
""", noise="cookie-de")

p("h4920", "https://telepsy-quebec.example/fr/ketamine", "telehealth", False, "fr",
  "virtual-psychiatry-referral", "Kétamine : évaluation en téléconsultation | TéléPsy Québec", """
<header><a href="/fr/">TéléPsy Québec</a> <a href="/en/">EN</a>
<nav><a href="/fr/services">Services</a> <a href="/fr/ketamine">Kétamine</a> <a href="/fr/tarifs">Tarifs</a> <a href="/fr/equipe">Équipe</a> <a href="/fr/rendez-vous" class="btn">Prendre rendez-vous</a></nav></header>
<main>
<h1>La kétamine est-elle une option pour vous ?</h1>
<p>Nos psychiatres, membres du Collège des médecins du Québec, évaluent en téléconsultation si un traitement par kétamine ou eskétamine pourrait vous aider. Les perfusions et les pulvérisations sont ensuite réalisées en personne dans l'une de nos cliniques partenaires à Montréal, Québec ou Sherbrooke.</p>
<h2>Déroulement</h2>
<ul>
<li>Questionnaire en ligne et envoi de votre dossier</li>
<li>Évaluation vidéo de 60 minutes avec un psychiatre</li>
<li>Rapport transmis à votre médecin de famille et, si indiqué, orientation vers une clinique partenaire</li>
<li>Suivi mensuel en téléconsultation pendant le traitement</li>
</ul>
<h2>Tarifs</h2>
<p>Évaluation : 350 $. Abonnement de suivi : 95 $ par mois, sans engagement. Code promo <b>PREMIERRDV</b> : 15 % de rabais sur l'évaluation jusqu'au 31 décembre.</p>
<p>Parrainage : offrez 25 $ à un proche, recevez 25 $ de crédit sur votre abonnement.</p>
<p class="note">Nous n'expédions aucun médicament. L'évaluation ne garantit pas l'accès au traitement.</p>
</main>
<footer>TéléPsy Québec inc. · Urgence : 911 · Ligne de prévention du suicide : 1 866 APPELLE</footer>
""", noise="cookie-fr")

p("h4921", "https://calmpath-telehealth.example/help/billing-faq", "telehealth", False, "en",
  "billing-faq-excerpt", "", """
CalmPath Help Center > Billing & Membership

Do I have to do a video visit? Can't I just fill in the form?
Yes, every new patient meets a licensed CalmPath clinician by video before anything is prescribed. The intake form only helps us schedule you with the right clinician. About 1 in 4 people are not prescribed ketamine after the evaluation; in that case you are charged only the $89 evaluation fee.

When am I charged for my membership?
Your $179 monthly membership starts on the day your first prescription is sent to our partner pharmacy, and renews every 30 days. Medication is billed separately by the pharmacy.

Can I pause?
You can pause for up to 60 days from Account > Membership. Your clinician will need a check-in visit before restarting medication.

Where do I enter a promo code?
On the payment step of sign-up. Codes cannot be combined and cannot be applied to pharmacy charges.

How does refer-a-friend work?
When someone you refer completes their evaluation and starts a membership, you get one month at 50% off.

Can I use my HSA or FSA card?
Yes. We can also e-mail you an itemized receipt with diagnosis and procedure codes.
""", ext="txt")

p("h4922", "https://lumen-mind.example/offers/spring", "telehealth", False, "en",
  "promo-landing", "Spring offer: 20% off your first month | Lumen Mind", """
<div class="email-wrap">
<header><img src="/img/lumen-mind-wordmark.png" alt="Lumen Mind"></header>
<main>
<h1>Spring into feeling better</h1>
<p>For a limited time, new members get <b>20% off their first month</b> of Lumen Mind's at-home ketamine program. Use code <b>SPRING20</b> at sign-up.</p>
<a class="button" href="/start?code=SPRING20">Check if you're eligible</a>
<h2>What's included</h2>
<ul><li>Psychiatric evaluation over video with a licensed clinician</li><li>Medication, if prescribed, shipped from a licensed pharmacy</li><li>Weekly check-ins and a dedicated care coordinator</li></ul>
<p class="fine">Offer valid through April 30 for new members in AZ, CA, CO, FL, IL, NY, TX and WA. Eligibility is determined by a licensed clinician during your evaluation; not everyone qualifies. Discount applies to the membership fee, not to medication.</p>
</main>
<footer><a href="/unsubscribe">Unsubscribe</a> &middot; Lumen Mind Medical Group &middot; 1200 Market St, Suite 400</footer>
</div>
""")

p("h4923", "https://telepsiquiatria-horizonte.example/escetamina", "telehealth", False, "pt",
  "virtual-psychiatry-referral", "Escetamina: avaliação por telepsiquiatria | Horizonte Telepsiquiatria", """
<header><a href="/" class="logo">Horizonte <span>Telepsiquiatria</span></a>
<nav><a href="/como-funciona">Como funciona</a> <a href="/planos">Planos</a> <a href="/escetamina">Escetamina</a> <a href="/equipe">Equipe</a> <a href="/agendar" class="btn">Agendar consulta</a></nav></header>
<main>
<h1>Depressão resistente: a escetamina pode ser para você?</h1>
<p>A escetamina em spray nasal é aplicada somente em clínica, com monitoramento por duas horas. Na Horizonte, a primeira etapa é online: um psiquiatra avalia o seu caso por videochamada e, se houver indicação, encaminhamos você para uma clínica parceira credenciada na sua cidade.</p>
<h2>Etapas</h2>
<ol><li>Consulta por vídeo de 60 minutos com psiquiatra (CRM ativo)</li><li>Relatório médico e encaminhamento</li><li>Aplicações presenciais na clínica parceira</li><li>Acompanhamento online entre as aplicações</li></ol>
<h2>Planos de acompanhamento</h2>
<table><tr><td>Consulta avulsa</td><td>R$ 450</td></tr><tr><td>Plano mensal (2 consultas)</td><td>R$ 290/mês</td></tr><tr><td>Plano trimestral</td><td>R$ 790</td></tr></table>
<p>Cupom <b>HORIZONTE15</b>: 15% de desconto na primeira consulta. Indique um amigo e ganhe uma consulta de retorno.</p>
<p class="aviso">Não vendemos nem enviamos medicamentos. A indicação depende exclusivamente da avaliação médica.</p>
</main>
<footer>Horizonte Telepsiquiatria Ltda. · Responsável técnico: Dr. Paulo Menezes, CRM-SP · CVV: 188</footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics (8)

p("h4924", "https://harborview-infusion.example/pricing", "clinic", False, "en",
  "clinic-pricing-promo", "Ketamine Infusion Pricing, Packages & Financing | Harborview Infusion Center", """
<header><a href="/" class="logo">Harborview Infusion Center</a>
<p class="topbar">Portland, ME &middot; (207) 555-0148 &middot; Mon-Sat</p>
<nav><a href="/ketamine">Ketamine for Depression</a> <a href="/pain">Chronic Pain</a> <a href="/spravato">Spravato</a> <a href="/pricing">Pricing</a> <a href="/book" class="btn">Book Now</a></nav></header>
<main>
<div class="banner">New patients: <b>20% off your first infusion</b> when you book your consultation before December 31.</div>
<h1>Pricing</h1>
<table>
<tr><th>Service</th><th>Price</th></tr>
<tr><td>Initial consultation with our physician (applied to your first package)</td><td>$150</td></tr>
<tr><td>Single IV ketamine infusion (mood)</td><td>$450</td></tr>
<tr><td>Induction series: 6 infusions over 2-3 weeks</td><td>$2,400 (save $300)</td></tr>
<tr><td>Booster infusion</td><td>$425</td></tr>
<tr><td>Chronic pain infusion (4 hours)</td><td>from $750</td></tr>
</table>
<h2>Maintenance Membership</h2>
<p>$399/month includes one booster infusion, a monthly check-in with our nurse practitioner and 10% off additional infusions. Cancel any time after three months.</p>
<h2>Financing</h2>
<p>We accept CareCredit and Advance Care Card, with 6- and 12-month no-interest plans for qualified applicants. HSA and FSA cards are welcome. We provide superbills for out-of-network reimbursement.</p>
<h2>What every infusion includes</h2>
<p>Continuous monitoring of heart rate, blood pressure and oxygen by a registered nurse, a private recovery suite and a physician on site. You'll need someone to drive you home.</p>
<p class="fine">Treatment is provided only after a medical evaluation confirms it is appropriate. Promotion applies to the first infusion fee only and cannot be combined with package pricing.</p>
</main>
<footer>Harborview Infusion Center, 45 Commercial St, Portland ME &middot; Medical Director: Daniel Kerr, MD, Anesthesiology</footer>
""", noise="cookie")

p("h4925", "https://stillwater-spravato.example/", "clinic", False, "en",
  "spravato-centre-home", "Stillwater Spravato Treatment Center | REMS-Certified | Insurance Accepted", """
<header><a href="/"><img src="/img/stillwater.svg" alt="Stillwater Spravato Treatment Center"></a>
<nav><a href="/about-spravato">About Spravato</a> <a href="/insurance">Insurance &amp; Cost</a> <a href="/first-visit">Your First Visit</a> <a href="/providers">Providers</a> <a href="/contact" class="btn">Request an Appointment</a></nav></header>
<main>
<section class="hero"><h1>Spravato&reg; (esketamine) nasal spray, in a calm private setting</h1>
<p>Stillwater is a REMS-certified treatment center in Scottsdale for adults with treatment-resistant depression and for depressive symptoms with suicidal thoughts, alongside an oral antidepressant.</p>
<a class="btn" href="/benefits-check">Free insurance benefits check</a></section>
<section><h2>What to expect</h2>
<p>You administer the spray yourself under the direct observation of our clinical staff, then rest in a private room for at least two hours while we monitor your blood pressure and how you feel. Spravato is never sent home with patients. You'll need a ride home and should not drive until the next day.</p></section>
<section><h2>Insurance &amp; cost</h2>
<p>Most commercial plans, Medicare and many Medicaid plans cover Spravato with prior authorization, which our team handles for you. Eligible commercially insured patients may pay as little as $10 per treatment through the manufacturer's savings program. Self-pay: $150 per observation visit plus medication cost; ask about our monthly payment plans.</p></section>
<section><h2>Evening and Saturday appointments</h2>
<p>We now offer treatment slots until 8 pm on weekdays and on Saturday mornings. Referral from your psychiatrist is helpful but not required; our own psychiatrists can evaluate you.</p></section>
<section class="reviews"><h2>Patients say</h2><p>"The staff made me feel safe from the first visit." &mdash; Google review</p></section>
</main>
<footer>Stillwater Spravato Treatment Center &middot; 8800 E Raintree Dr, Scottsdale AZ &middot; (480) 555-0190 &middot; If you are in crisis call or text 988.</footer>
""")

p("h4926", "https://aurora-ketamine-wellness.example/gift-cards", "clinic", False, "en",
  "clinic-gift-cards", "Gift Cards | Aurora Ketamine & Wellness", """
<header><a href="/">Aurora Ketamine &amp; Wellness</a>
<nav><a href="/services">Services</a> <a href="/iv-hydration">IV Hydration</a> <a href="/ketamine">Ketamine Therapy</a> <a href="/gift-cards">Gift Cards</a> <a href="/book" class="btn">Book</a></nav></header>
<main>
<h1>Give the gift of feeling better</h1>
<p>Aurora gift cards can be used toward consultations, IV hydration and vitamin drips, integration therapy sessions and ketamine treatment at our Boulder clinic.</p>
<div class="holiday">Holiday bonus: buy a $500 gift card, get an extra $50 bonus card. Through December 24.</div>
<form class="giftcard" action="/gift-cards/checkout" method="post">
<label>Amount <select name="amount"><option>$100</option><option>$250</option><option>$500</option><option>$1,000</option><option>Custom</option></select></label>
<label>Recipient name <input name="to"></label>
<label>Recipient email <input name="email" type="email"></label>
<label>Message <textarea name="msg"></textarea></label>
<label>Delivery date <input type="date" name="date"></label>
<button type="submit">Purchase gift card</button>
</form>
<h2>Good to know</h2>
<ul>
<li>All ketamine services require a medical intake and an in-person consultation with one of our physicians. Ketamine is administered only at our clinic and only when clinically appropriate.</li>
<li>If the recipient isn't a candidate for ketamine, the card can be used for any other service.</li>
<li>Gift cards never expire and are non-refundable.</li>
</ul>
</main>
<footer>Aurora Ketamine &amp; Wellness &middot; 2150 Pearl St, Boulder CO &middot; (303) 555-0117</footer>
""")

p("h4927", "https://cascade-ketamine-clinic.example/our-team", "clinic", False, "en",
  "clinic-team-page", "Our Team | Cascade Ketamine Clinic, Bellevue WA", """
<header><a href="/" class="logo">Cascade Ketamine Clinic</a>
<nav><a href="/treatments">Treatments</a> <a href="/our-team">Our Team</a> <a href="/pricing">Pricing</a> <a href="/location">Location</a> <a href="/book" class="btn">Book a Consultation</a></nav></header>
<main>
<h1>The people who will care for you</h1>
<p>Every infusion at Cascade takes place in our Bellevue office, with a physician on site and a nurse at your side for the whole session.</p>
<figure><img src="/img/team/dr-rachel-voss.jpg" alt="Dr. Rachel Voss"><figcaption><h2>Rachel Voss, MD</h2><p>Medical Director. Board-certified anesthesiologist, 14 years at a Seattle trauma center before founding Cascade. Washington medical license MD 60XXXXX.</p></figcaption></figure>
<figure><img src="/img/team/jonah-pratt.jpg" alt="Jonah Pratt"><figcaption><h2>Jonah Pratt, PMHNP-BC</h2><p>Psychiatric nurse practitioner. Jonah completes your psychiatric evaluation and coordinates with your therapist and prescriber.</p></figcaption></figure>
<figure><img src="/img/team/lena-ortiz.jpg" alt="Lena Ortiz"><figcaption><h2>Lena Ortiz, RN</h2><p>Infusion nurse, ACLS-certified. Lena monitors your vitals and comfort throughout each infusion.</p></figcaption></figure>
<figure><img src="/img/team/sam-whitfield.jpg" alt="Sam Whitfield"><figcaption><h2>Sam Whitfield, LMHC</h2><p>Integration therapist offering sessions in the days after your infusions, in person or by video.</p></figcaption></figure>
<p><a class="btn" href="/book">Book a consultation</a> or call (425) 555-0163.</p>
</main>
<footer>Cascade Ketamine Clinic &middot; 1100 110th Ave NE, Suite 300, Bellevue WA 98004</footer>
""")

p("h4928", "https://centro-infusioni-milano.example/listino-prezzi", "clinic", False, "it",
  "clinic-price-list-promo", "Listino prezzi | Centro Infusioni Milano - Ketamina ed Esketamina", """
<header><a href="/">Centro Infusioni Milano</a>
<nav><a href="/trattamenti">Trattamenti</a> <a href="/equipe">Équipe medica</a> <a href="/listino-prezzi">Prezzi</a> <a href="/contatti">Contatti</a> <a href="/prenota" class="btn">Prenota</a></nav></header>
<main>
<h1>Listino prezzi 2026</h1>
<p class="promo">Promozione di benvenuto: <b>sconto del 20% sulla prima infusione</b> per i nuovi pazienti che prenotano la visita entro il 31 gennaio.</p>
<table>
<tr><td>Prima visita psichiatrica con valutazione di idoneità</td><td>180 €</td></tr>
<tr><td>Infusione endovenosa di ketamina (40 minuti + osservazione)</td><td>420 €</td></tr>
<tr><td>Ciclo di 6 infusioni</td><td>2.300 €</td></tr>
<tr><td>Seduta di mantenimento</td><td>390 €</td></tr>
<tr><td>Seduta con esketamina spray nasale (osservazione 2 ore)</td><td>su preventivo</td></tr>
</table>
<h2>Pagamenti</h2>
<p>Accettiamo carte, bonifico e finanziamento a tasso zero in 10 o 20 rate tramite società convenzionata. Le spese sono detraibili come spese sanitarie.</p>
<h2>Prima di prenotare</h2>
<p>Le infusioni si svolgono esclusivamente presso il nostro centro, sotto la supervisione di un medico anestesista, dopo la visita di idoneità. È necessario essere accompagnati al ritorno.</p>
</main>
<footer>Centro Infusioni Milano S.r.l. · Via Vincenzo Monti 12, Milano · Direttore sanitario: dott.ssa Laura Bellini · Struttura autorizzata</footer>
""")

p("h4929", "https://kliniek-ketamine-utrecht.example/tarieven", "clinic", False, "nl",
  "clinic-fees-nl", "Tarieven en vergoeding | Ketaminekliniek Utrecht", """
<header><a href="/">Ketaminekliniek Utrecht</a>
<nav><a href="/behandeling">Behandeling</a> <a href="/aanmelden">Aanmelden</a> <a href="/tarieven">Tarieven</a> <a href="/team">Team</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Tarieven en vergoeding</h1>
<p>Wij behandelen volwassenen met een therapieresistente depressie met ketamine-infusies of esketamine-neusspray, in onze dagbehandeling in Utrecht. Voor aanmelding heeft u een verwijzing nodig van uw huisarts of psychiater.</p>
<h2>Vergoeding</h2>
<p>Esketamine-behandeling wordt bij een geldige indicatie in de meeste gevallen vergoed vanuit de basisverzekering (eigen risico is van toepassing). Ketamine-infusies vallen onder specialistische ggz; neem contact op met uw zorgverzekeraar.</p>
<h2>Zelfbetalers</h2>
<table>
<tr><td>Intakegesprek psychiater</td><td>€ 245</td></tr>
<tr><td>Ketamine-infusie inclusief nazorg</td><td>€ 395</td></tr>
<tr><td>Pakket 6 infusies</td><td>€ 2.150</td></tr>
</table>
<p>Betalen in termijnen is mogelijk. Wij geven ook cadeaubonnen voor onze integratiegesprekken.</p>
<p>Actuele wachttijd tot intake: ongeveer 5 weken.</p>
</main>
<footer>Ketaminekliniek Utrecht · Catharijnesingel 50 · AGB-code en KvK op de contactpagina</footer>
""", noise="cookie-nl")

p("h4930", "https://clinica-ketamina-guadalajara.example/paquetes", "clinic", False, "es",
  "clinic-packages-whatsapp", "Paquetes y promociones | Clínica de Ketamina Guadalajara", """
<header><a href="/">Clínica de Ketamina Guadalajara</a>
<nav><a href="/tratamientos">Tratamientos</a> <a href="/medicos">Médicos</a> <a href="/paquetes">Paquetes</a> <a href="/ubicacion">Ubicación</a></nav>
<a class="whatsapp" href="https://wa.me/523300000000">Agenda por WhatsApp</a></header>
<main>
<h1>Paquetes de infusiones</h1>
<p class="promo">Este mes: <b>20% de descuento en tu primera infusión</b> al agendar tu valoración.</p>
<table>
<tr><td>Valoración médica y psiquiátrica</td><td>$1,500 MXN</td></tr>
<tr><td>Infusión individual de ketamina</td><td>$6,800 MXN</td></tr>
<tr><td>Paquete de 6 infusiones</td><td>$36,000 MXN</td></tr>
<tr><td>Infusión de mantenimiento</td><td>$6,200 MXN</td></tr>
</table>
<p>Hasta 12 meses sin intereses con tarjetas participantes.</p>
<h2>¿Cómo es una sesión?</h2>
<p>La infusión dura unos 40 minutos y se realiza en nuestra clínica, con monitoreo continuo de presión arterial, oxigenación y frecuencia cardiaca a cargo de un médico anestesiólogo. Después descansas en un área de recuperación. Debes venir acompañado.</p>
<p>Todos nuestros médicos cuentan con cédula profesional y de especialidad. Antes de cualquier infusión es obligatoria la valoración presencial.</p>
</main>
<footer>Av. Américas 1500, Guadalajara, Jal. · Aviso de publicidad COFEPRIS en trámite · Tel. 33 0000 0000</footer>
""", noise="cookie-es")

p("h4931", "https://praxis-seefeld-zuerich.example/esketamin/tarife", "clinic", False, "de",
  "clinic-tariff-excerpt", "", """
Praxis für Psychiatrie Seefeld, Zürich - Tarife Esketamin-Behandlung

Die Behandlung mit Esketamin-Nasenspray findet ausschliesslich in unseren Räumen an der Seefeldstrasse statt. Nach jeder Anwendung bleiben Sie mindestens zwei Stunden zur Überwachung bei uns. Bitte organisieren Sie eine Begleitperson für den Heimweg.

Abrechnung: Ärztliche Leistungen nach TARMED über die Grundversicherung. Das Medikament wird bei gegebener Indikation und Kostengutsprache von der Krankenkasse übernommen.

Selbstzahler (Zusatzleistungen):
- Ausführliches Vorgespräch, 60 Minuten: CHF 240
- Überwachungspauschale pro Behandlung: CHF 180
- Integrationsgespräch, 50 Minuten: CHF 190

Aktion bis 31. Januar: 20 % Rabatt auf das erste Integrationsgespräch.

Termine online über unser Buchungstool oder telefonisch unter 044 000 00 00.
""", ext="txt")

# ---------------------------------------------------------------- informational (9)

p("h4932", "https://consumer-protection-office.example/alerts/fake-ketamine-clinics", "informational", False, "en",
  "consumer-protection-alert", "Consumer Alert: Fake online 'ketamine clinics' | Office of Consumer Protection", """
<header><a href="/">Office of Consumer Protection</a>
<nav><a href="/alerts">Consumer Alerts</a> <a href="/report">Report a Scam</a> <a href="/resources">Resources</a> <a href="/about">About</a></nav></header>
<main>
<p class="date">Consumer Alert &middot; Published November 18, 2026</p>
<h1>Fake online "ketamine clinics" are selling drugs without real medical care</h1>
<p>We are receiving a growing number of complaints about websites that look like medical practices but are really online shops. They display photos of smiling doctors, use words like "clinic", "evaluation" and "patient", and have a "Book Now" button. Instead of booking an appointment, the button leads to a shopping cart.</p>
<h2>Warning signs</h2>
<ul>
<li>The site offers to ship ketamine vials, nasal spray or "troches" to any address, sometimes to any country.</li>
<li>The "evaluation" is a few checkboxes or a short questionnaire, with approval promised in minutes.</li>
<li>You are asked to pay with cryptocurrency, gift cards, money transfer services or through WhatsApp or Telegram.</li>
<li>The site promises "stealth" or "discreet" packaging and free reshipping if customs seize the parcel.</li>
<li>The doctors' photos appear on other websites under different names. Try a reverse image search.</li>
<li>There is no physical address, or the address belongs to a mail-forwarding service.</li>
</ul>
<h2>What legitimate providers look like</h2>
<p>Legitimate clinics and telehealth services may advertise prices, discounts or memberships, and many accept financing. What they all have in common is a real evaluation by a licensed clinician, usually in person or by live video, before any prescription, and a clinician whose license you can look up with the state medical board.</p>
<h2>If you paid one of these sites</h2>
<p>Contact your bank or card issuer right away. Crypto payments are rarely recoverable. Report the site to us using the form below, and keep copies of e-mails, receipts and chat messages.</p>
<a class="btn" href="/report">Report a website</a>
</main>
<footer>Office of Consumer Protection &middot; This is an example alert for public education.</footer>
""")

p("h4933", "https://dailyledger-news.example/2026/11/fake-ketamine-clinic-shipped-vials", "informational", False, "en",
  "news", "Website posing as ketamine clinic shipped vials to hundreds, investigators say | The Daily Ledger", """
<header><a href="/">The Daily Ledger</a> <nav><a href="/local">Local</a> <a href="/health">Health</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a></nav> <a href="/subscribe" class="btn">Subscribe</a></header>
<main>
<article>
<p class="kicker">Health</p>
<h1>Website posing as ketamine clinic shipped vials to hundreds, investigators say</h1>
<p class="byline">By Maria Castellanos &middot; November 24, 2026</p>
<p>The website had everything a patient might look for: a calm blue logo, photographs of three physicians in white coats and a prominent "Book Now" button. But according to a complaint filed Monday, the "clinic" never examined anyone.</p>
<p>Investigators say the operators of the site sold ketamine vials and nasal spray to more than 700 customers in 31 states, charging between $180 and $520 per order. Buyers were asked to tick a handful of boxes confirming they were adults and "had tried other treatments," after which their orders were approved, the complaint says. Payment was taken in Bitcoin or through a cash-transfer app.</p>
<p>"The photos of the doctors were stock images," said a spokesperson for the state attorney general's office. "One of them was an actor in a dental advertisement."</p>
<p>The site promised "stealth shipping" and offered to reship for free if a parcel was seized. Several customers told investigators they had been hospitalised after using the product without supervision.</p>
<p>Dr. Anita Shah, a psychiatrist who runs a licensed infusion practice, said the case was frustrating for legitimate providers. "We advertise prices and first-visit discounts like any business, and then people see a fake site doing the same thing. The difference is that we actually see you, check your blood pressure and stay with you."</p>
<p>The attorney general's office urged consumers to check a clinician's license with the medical board and to be wary of any site that does not require a real appointment.</p>
</article>
<aside><h2>Most read</h2><ul><li>City council approves new bus routes</li><li>Flu season arrives early</li></ul></aside>
</main>
<footer>&copy; 2026 The Daily Ledger</footer>
""", noise="cookie")

p("h4934", "https://riverbend-compounding.example/ketamine-troches", "informational", False, "en",
  "licensed-compounding-rx-only", "Ketamine Troches & Nasal Spray | Riverbend Compounding Pharmacy", """
<header><a href="/">Riverbend Compounding Pharmacy</a>
<nav><a href="/prescribers">For Prescribers</a> <a href="/patients">For Patients</a> <a href="/services">Services</a> <a href="/licensure">Licensure</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Compounded ketamine</h1>
<p>Riverbend prepares ketamine sublingual troches, rapid-dissolve tablets and nasal spray for patients of licensed prescribers. We compound only against a valid, patient-specific prescription for a controlled substance (Schedule III), transmitted electronically by the prescriber.</p>
<h2>For patients</h2>
<p>We cannot accept prescriptions from patients, and we do not offer consultations that replace a visit with your clinician. If your prescriber sends us a prescription, our pharmacist will call you to review dosing, storage and safety, and to take payment. Ketamine is shipped only to addresses in states where we hold a pharmacy license, with adult signature required.</p>
<h2>For prescribers</h2>
<ul><li>Send EPCS prescriptions to Riverbend Compounding (NCPDP on request).</li><li>Available strengths: troches 25-200 mg, nasal spray 10-150 mg/ml.</li><li>Prescriber guides and beyond-use dating sheets are available on the prescriber portal.</li></ul>
<h2>Pricing</h2>
<p>Pricing depends on strength and quantity; a typical 30-troche prescription costs $90-$160. We will tell you the cost before we fill.</p>
<p class="lic">Licensed pharmacy in OR, WA, ID, CA and NV. DEA-registered. Accredited 503A compounding pharmacy. Pharmacist-in-charge: Karen Ito, PharmD.</p>
</main>
<footer>Riverbend Compounding Pharmacy &middot; 300 River Rd, Eugene OR &middot; (541) 555-0102</footer>
""")

p("h4935", "https://meridian-medical-supply.example/products/ketamine-hcl-injection-50mg-ml", "informational", False, "en",
  "licensed-distributor-product", "Ketamine HCl Injection, USP 50 mg/mL 10 mL MDV | Meridian Medical Supply", """
<header><a href="/">Meridian Medical Supply</a> <span>Serving hospitals, surgery centers and veterinary practices since 1987</span>
<nav><a href="/catalog">Catalog</a> <a href="/controlled">Controlled Substances</a> <a href="/open-account">Open an Account</a> <a href="/login">Sign in</a></nav></header>
<main>
<h1>Ketamine Hydrochloride Injection, USP, 50 mg/mL, 10 mL multi-dose vial, CIII</h1>
<table class="specs">
<tr><td>Item #</td><td>MMS-448210</td></tr><tr><td>NDC</td><td>listed on account</td></tr><tr><td>Pack</td><td>10 vials / carton</td></tr><tr><td>Schedule</td><td>CIII</td></tr>
</table>
<p class="price">Price: <a href="/login">Sign in to view contract pricing</a></p>
<div class="restricted">
<h2>Ordering restrictions</h2>
<p>This item is a DEA Schedule III controlled substance. It can be purchased only by customers with a verified account and a valid DEA registration and state license on file for the ship-to address (hospitals, ambulatory surgery centers, physician practices, veterinary clinics). Orders are shipped only to the registered address. We do not sell to individuals.</p>
<p>New customers: <a href="/open-account">open an account</a> and upload your DEA certificate, state controlled-substance license and facility license. Verification takes 2-3 business days.</p>
</div>
<h2>Related items</h2>
<ul><li>Sharps container 1 qt</li><li>IV administration set, 60 drop</li><li>Syringe 3 mL Luer-Lock, box of 100</li></ul>
</main>
<footer>Meridian Medical Supply, Inc. &middot; Licensed wholesale distributor &middot; VAWD accredited</footer>
""")

p("h4936", "https://protection-consommateurs-info.example/alertes/fausses-cliniques-ketamine", "informational", False, "fr",
  "consumer-protection-alert", "Alerte : les fausses « cliniques de kétamine » en ligne | Protection Consommateurs Info", """
<header><a href="/">Protection Consommateurs Info</a>
<nav><a href="/alertes">Alertes</a> <a href="/signaler">Signaler un site</a> <a href="/guides">Guides pratiques</a></nav></header>
<main>
<p class="date">Alerte publiée le 2 décembre 2026</p>
<h1>Fausses « cliniques de kétamine » en ligne : comment les reconnaître</h1>
<p>Des sites se présentent comme des cliniques ou des services de téléconsultation et proposent d'envoyer de la kétamine à domicile : flacons injectables, sprays nasaux ou comprimés. Ils affichent des photos de médecins, une « équipe médicale » et un bouton « Prendre rendez-vous » qui mène en réalité à un panier d'achat.</p>
<h2>Les signes qui doivent alerter</h2>
<ul>
<li>Pas de consultation réelle : un simple questionnaire ou quelques cases à cocher suffisent à « valider » la commande.</li>
<li>Paiement par crypto-monnaie, coupons PCS ou Transcash, ou contact uniquement via Telegram ou WhatsApp.</li>
<li>Promesse de livraison « discrète » et de réexpédition gratuite en cas de saisie par la douane.</li>
<li>Aucune adresse, aucun numéro RPPS ou d'inscription à l'Ordre des médecins vérifiable.</li>
</ul>
<p>En France, la kétamine est un médicament stupéfiant ; l'eskétamine en spray nasal est administrée uniquement en établissement de santé, sous surveillance. Aucun site ne peut légalement vous l'envoyer sur simple questionnaire.</p>
<h2>Que faire ?</h2>
<p>Ne payez pas. Si vous avez déjà payé, contactez votre banque et conservez les échanges. Vous pouvez signaler le site sur la plateforme officielle de signalement des contenus illicites.</p>
</main>
<footer>Protection Consommateurs Info · Association loi 1901 · Nos guides sont gratuits</footer>
""", noise="cookie-fr")

p("h4937", "https://scamscore-check.example/review/ketamine-wellness-direct.example", "informational", False, "en",
  "scam-checker-review", "Is ketamine-wellness-direct.example legit? Trust score 6/100 | ScamScore", """
<header><a href="/">ScamScore</a> <form action="/check"><input name="url" placeholder="Check a website"><button>Check</button></form></header>
<main>
<h1>ketamine-wellness-direct.example review</h1>
<div class="score"><span class="big">6</span>/100 &middot; <b>Very likely a scam</b></div>
<h2>Why we gave this score</h2>
<ul>
<li>Domain registered 41 days ago, owner hidden behind a privacy service.</li>
<li>The site presents itself as a "ketamine clinic" but offers ketamine vials and nasal spray for delivery to any country, with "no prescription required".</li>
<li>Payment options are limited to Bitcoin, USDT and gift cards.</li>
<li>Physician photos on the "Our Doctors" page match stock images used on at least 12 other sites.</li>
<li>The listed address is a virtual office.</li>
<li>Hosted on a server shared with other sites flagged for selling controlled medicines.</li>
</ul>
<h2>User reports (3)</h2>
<p>"Paid 0.02 BTC, got a tracking number that never updated. Support stopped answering on Telegram." &mdash; posted 5 days ago</p>
<p>"They say they're a clinic but there was never any appointment, just a form." &mdash; posted 2 weeks ago</p>
<p class="disclaimer">ScamScore is an automated risk estimate combined with user reports. Always do your own research. We are not affiliated with the reviewed website.</p>
</main>
<footer>&copy; 2026 ScamScore</footer>
""")

p("h4938", "https://ketamine-patient-alliance.example/guide/spot-a-fake-clinic", "informational", False, "en",
  "patient-advocacy-guide", "How to tell a real ketamine provider from a fake one | Ketamine Patient Alliance", """
<header><a href="/">Ketamine Patient Alliance</a>
<nav><a href="/guide">Patient Guide</a> <a href="/directory">Provider Directory</a> <a href="/stories">Stories</a> <a href="/donate" class="btn">Donate</a></nav></header>
<main>
<h1>How to tell a real ketamine provider from a fake one</h1>
<p>Real clinics and telehealth services market themselves like any other business. You will see prices, packages, "20% off your first infusion", memberships, referral credits and financing. None of that is a warning sign on its own. What matters is whether a real clinician gets to know you before anything is prescribed.</p>
<h2>Signs of a real provider</h2>
<ul>
<li>You meet a named clinician in person or on live video, and they can say no.</li>
<li>They ask about blood pressure, medications, psychosis, pregnancy and substance use.</li>
<li>In-clinic treatment is monitored; at-home treatment comes with a sitter requirement, check-ins and follow-up before refills.</li>
<li>Medication is dispensed by a licensed pharmacy, to your name, in the states where the clinician is licensed.</li>
</ul>
<h2>Signs of a seller pretending to be a clinic</h2>
<ul>
<li>"Evaluation" means ticking boxes, and approval is instant or guaranteed.</li>
<li>Vials, nasal spray or troches priced per unit with an "add to cart" button, shipped "worldwide".</li>
<li>Payment by crypto or gift card, ordering over WhatsApp or Telegram, "stealth" packaging.</li>
<li>Wellness retreats or "research institutes" that will mail ketamine to anyone.</li>
</ul>
<p>Not sure? Search our <a href="/directory">provider directory</a> or email us the link and a volunteer will take a look.</p>
</main>
<footer>Ketamine Patient Alliance is a patient-run nonprofit. We do not sell or prescribe medication.</footer>
""")

p("h4939", "https://farmacia-manipulacao-vitoria.example/cetamina", "informational", False, "pt",
  "licensed-compounding-rx-only", "Cetamina manipulada: somente com receita | Farmácia de Manipulação Vitória", """
<header><a href="/">Farmácia de Manipulação Vitória</a>
<nav><a href="/orcamento">Orçamento</a> <a href="/medicos">Para médicos</a> <a href="/controlados">Medicamentos controlados</a> <a href="/contato">Contato</a></nav></header>
<main>
<h1>Cetamina manipulada</h1>
<p>Manipulamos cetamina em formas como spray nasal e pastilhas sublinguais, exclusivamente mediante prescrição médica. A cetamina é uma substância sujeita a controle especial (Portaria 344/98), e a dispensação exige a receita original, retida na farmácia.</p>
<h2>Como solicitar</h2>
<ol><li>Envie uma foto da receita pelo formulário de orçamento para conferência prévia.</li><li>Nosso farmacêutico confirma a viabilidade e informa o valor.</li><li>A receita original deve ser entregue na farmácia (ou recolhida pelo nosso motoboy em Vitória e Vila Velha) antes da manipulação.</li></ol>
<p>Não enviamos medicamentos controlados pelos Correios e não aceitamos pedidos sem receita.</p>
<p class="rt">Farmacêutica responsável: Dra. Juliana Rocha, CRF-ES. Autorização de Funcionamento Especial da Anvisa.</p>
</main>
<footer>Farmácia de Manipulação Vitória · Av. Nossa Senhora da Penha, Vitória - ES · WhatsApp para orçamentos (27) 90000-1212</footer>
""", noise="cookie-pt")

p("h4940", "https://forum-depression-support.example/t/has-anyone-used-ketamine-relief-direct/88412", "informational", False, "en",
  "forum-thread-excerpt", "", """
Has anyone used Ketamine Relief Direct? (Treatments & Medication forum)

greyskies_22:
Found a site called ketamine relief direct, looks like a clinic, has doctor photos and reviews. They ship nasal spray and want Bitcoin. No appointment at all, just an order form. Too good to be true?

MOD_Hannah:
Please don't. That is not a clinic, it's a shop. A real provider (in person or telehealth) will do a proper evaluation with a licensed clinician first. We don't allow links to sellers here, and I've removed the link from your post.

lakeside_rob:
I nearly ordered from one of those last year. Ended up going to an infusion clinic an hour away. Yes it was expensive, they had a first-infusion discount and I used CareCredit, but I had a nurse next to me the whole time and my BP spiked during the second one, so glad I wasn't alone at home.

greyskies_22:
Thanks both. Going to ask my psychiatrist about Spravato instead.
""", ext="txt")

save(OUT, R)
