# Batch 56 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement. Committed before
# any scorer run.
# Angle: SELLERS THAT LOOK HARMLESS OR LEGITIMATE, and legitimate pages that look like sellers. Sellers
# whose only evidence is one quiet line or detail (a product name in a bestseller grid, a "questionnaire
# at checkout" line, a payment-method list, a shipping promise, one row of a price table); legitimate
# counterparts with the same surface (clinic packages and "Book now", telehealth checkout with home
# shipping after a video evaluation, licensed pharmacy and wholesaler, veterinary reference, forum and
# news quoting prices). Pages are written in seller/look-alike pairs.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English + 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, nl 2, pt 3, it 2).
# Shapes: wellness shop whose bestseller grid holds one ketamine nasal spray; IV clinic package page
# with "Buy package"; "pharmacy" with pharmacist photo and a questionnaire-at-checkout line; German
# Apotheke that dispenses esketamine only to certified centres; Spanish vet supplier that sells to any
# registered adult; veterinary drug monograph quoting vial prices; lab supplier of 2F-DCK with COA and
# "research use only"; licensed wholesaler for registered facilities; German classifieds listing of
# leftover esketamine spray in a health category; Spanish forum thread quoting prices; "clinic" page
# whose ordering section auto-approves troches; KAP practice with merch shop; French product page whose
# only tell is Bitcoin/PCS payment; telehealth checkout after video evaluation; Dutch product page with
# stealth/reship promise; telehealth discreet-packaging snippet (txt); product-name-only search snippet
# (txt); clinic directory snippet with prices (txt); Brazilian compounding "farmacia" taking WhatsApp
# orders and Pix without prescription; Portuguese drug-checking alert; bot-check wall (url-only);
# telehealth partner-pharmacy page; Italian wellness blog doorway with coupon code; Italian clinic with
# WhatsApp booking; Spravato device on a surplus-medical marketplace; REMS Spravato centre start page;
# bulk-chemicals price list with one ketamine row and Monero; news feature with street prices; Spanish
# telehealth membership; French clinic fees and booking; German online psychiatry referring for
# esketamine; French regulator warning about fake pharmacies; Brazilian tele-psychiatry referral;
# Dutch esketamine clinic intake; telehealth clinicians page; pain-clinic online bill pay; telehealth
# pricing FAQ with HSA; hospital interventional-psychiatry page; telehealth refill request portal;
# consumer-protection guide quoting "no prescription" listings.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch56.py (writes batch56/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch56")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- pair 1: wellness shop / IV clinic packages

p("h5601", "https://www.stillwaterbotanicals.example/collections/bestsellers", "seller", True, "en",
  "wellness-shop-bestseller-grid", "Bestsellers | Stillwater Botanicals", """
<div class="announce">Free shipping on orders over $60 &middot; Use code CALM15 for 15% off your first order</div>
<header class="site-header">
  <a class="logo" href="/">Stillwater <span>Botanicals</span></a>
  <nav><a href="/collections/sleep">Sleep</a> <a href="/collections/stress">Stress &amp; Mood</a> <a href="/collections/focus">Focus</a> <a href="/collections/teas">Teas</a> <a href="/pages/journal">Journal</a> <a href="/pages/about">Our Story</a></nav>
  <a href="/account">Account</a> <a href="/cart" class="cart-link">Cart (0)</a>
</header>
<main>
<h1>Bestsellers</h1>
<p class="lede">The formulas our community reaches for again and again. Small-batch, third-party tested, and packed by hand in Asheville.</p>
<div class="filters">Sort by: <select><option>Featured</option><option>Price, low to high</option><option>Price, high to low</option></select> &middot; 9 products</div>
<ul class="product-grid">
  <li class="card"><img src="/cdn/ashwa.jpg" alt=""><h3>Ashwagandha + L-Theanine Capsules</h3><p class="stars">&#9733;&#9733;&#9733;&#9733;&#9733; (412)</p><p class="price">$28.00</p><button>Add to cart</button></li>
  <li class="card"><img src="/cdn/mag.jpg" alt=""><h3>Magnesium Glycinate Night Powder</h3><p class="stars">&#9733;&#9733;&#9733;&#9733;&#9734; (288)</p><p class="price">$34.00</p><button>Add to cart</button></li>
  <li class="card"><img src="/cdn/tea.jpg" alt=""><h3>Lemon Balm &amp; Chamomile Loose Tea, 80 g</h3><p class="stars">&#9733;&#9733;&#9733;&#9733;&#9733; (190)</p><p class="price">$16.00</p><button>Add to cart</button></li>
  <li class="card"><img src="/cdn/lion.jpg" alt=""><h3>Lion's Mane Dual Extract Tincture</h3><p class="stars">&#9733;&#9733;&#9733;&#9733;&#9734; (151)</p><p class="price">$39.00</p><button>Add to cart</button></li>
  <li class="card"><img src="/cdn/knasal.jpg" alt=""><span class="badge">Back in stock</span><h3>Ketamine HCl Nasal Mist 10 ml (100 mg/ml)</h3><p class="stars">&#9733;&#9733;&#9733;&#9733;&#9733; (97)</p><p class="price">$119.00 <s>$140.00</s></p><button>Add to cart</button></li>
  <li class="card"><img src="/cdn/saff.jpg" alt=""><h3>Saffron Mood Gummies</h3><p class="stars">&#9733;&#9733;&#9733;&#9733;&#9734; (76)</p><p class="price">$26.00</p><button>Add to cart</button></li>
  <li class="card"><img src="/cdn/rhod.jpg" alt=""><h3>Rhodiola Rosea 500 mg</h3><p class="price">$22.00</p><button>Add to cart</button></li>
  <li class="card"><img src="/cdn/bath.jpg" alt=""><h3>Lavender Epsom Soak, 1 lb</h3><p class="price">$14.00</p><button>Add to cart</button></li>
  <li class="card"><img src="/cdn/bundle.jpg" alt=""><h3>The Wind-Down Bundle</h3><p class="price">$72.00</p><button>Add to cart</button></li>
</ul>
<section class="promise"><h2>The Stillwater promise</h2>
<p>Every batch is tested for identity and purity. If a product isn't right for you, tell us within 30 days and we'll make it right.</p></section>
</main>
<footer>
<div class="cols"><div><h4>Help</h4><a href="/pages/shipping">Shipping</a> <a href="/pages/returns">Returns</a> <a href="/pages/faq">FAQ</a></div>
<div><h4>Join the list</h4><form><input type="email" placeholder="Email"><button>Subscribe</button></form></div></div>
<p class="fine">*These statements have not been evaluated by the Food and Drug Administration. These products are not intended to diagnose, treat, cure, or prevent any disease.</p>
<p>&copy; 2026 Stillwater Botanicals</p>
</footer>
<script src="/cdn/shop/theme.js" defer></script>
""", noise="cookie")

p("h5602", "https://www.lakeshoreketamine.example/pricing-packages", "clinic", False, "en",
  "iv-clinic-package-buy-now", "Pricing & Packages | Lakeshore Ketamine Infusion Center", """
<header><div class="top">Call (312) 555-0143 &middot; Mon-Sat 8am-6pm</div>
<nav><a href="/">Home</a><a href="/conditions">Conditions</a><a href="/what-to-expect">What to Expect</a><a href="/team">Our Team</a><a href="/pricing-packages" class="active">Pricing</a><a href="/book" class="btn">Book now</a></nav></header>
<main>
<h1>Transparent pricing. No surprises.</h1>
<p>All infusions take place in our private treatment suites on North Wells Street and are administered by a registered nurse under the supervision of our anesthesiologist, Dr. Helen Brandt, MD. Your vital signs are monitored for the whole session and you'll rest with us until you are ready to be picked up.</p>
<div class="tiers">
 <div class="tier"><h2>Consultation</h2><p class="price">$150</p><p>In-person medical and psychiatric screening. Credited toward your first infusion if you proceed.</p><a class="btn" href="/book?type=consult">Book now</a></div>
 <div class="tier"><h2>Single infusion</h2><p class="price">$475</p><p>Approx. 40-55 minutes IV, plus recovery time.</p><a class="btn" href="/book?type=single">Book now</a></div>
 <div class="tier featured"><h2>Initial series (6)</h2><p class="price">$2,550 <small>save $300</small></p><p>The standard induction series over 2-3 weeks. Pay in full or in two installments.</p><a class="btn" href="/shop/series-6">Buy package</a></div>
 <div class="tier"><h2>Booster</h2><p class="price">$425</p><p>For returning patients who have completed an initial series.</p><a class="btn" href="/book?type=booster">Book now</a></div>
</div>
<h2>Payment</h2>
<p>We accept all major credit cards, HSA/FSA cards and financing through CareCredit. Ketamine infusions for depression are generally not covered by insurance; we provide a superbill you can submit for possible out-of-network reimbursement. Spravato treatment is billed to insurance separately - <a href="/spravato">see our Spravato page</a>.</p>
<h2>Gift cards</h2>
<p>Supporting someone you love? Digital gift cards are available in any amount and can be applied to consultations or infusions. <a href="/shop/gift-card">Buy a gift card</a></p>
<p class="note">Packages are non-transferable and expire 12 months after purchase. Unused infusions are refundable if our medical team determines treatment is not appropriate for you.</p>
</main>
<footer>Lakeshore Ketamine Infusion Center &middot; 640 N Wells St, Suite 300, Chicago, IL &middot; <a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></footer>
""")

# ---------------------------------------------------------------- pair 2: "pharmacy" with pharmacist photo / real Apotheke

p("h5603", "https://www.northbridge-pharmacy.example/product/ketamine-50mg-ml-10ml", "seller", True, "en",
  "fake-pharmacy-pharmacist-photo-questionnaire", "Ketamine Hydrochloride 50 mg/ml, 10 ml vial | Northbridge Pharmacy", """
<header class="ph-header">
<a href="/" class="logo"><img src="/img/logo-cross.svg" alt="">Northbridge Pharmacy</a>
<span class="trust">Trusted since 2009 &middot; Secure SSL checkout</span>
<nav><a href="/category/pain">Pain Relief</a> <a href="/category/mental-health">Mental Health</a> <a href="/category/sleep">Sleep</a> <a href="/category/mens-health">Men's Health</a> <a href="/category/anesthetics">Anesthetics</a> <a href="/contact">Contact</a></nav>
<a href="/cart">Basket</a>
</header>
<main class="product">
<nav class="crumbs"><a href="/">Home</a> / <a href="/category/anesthetics">Anesthetics</a> / Ketamine Hydrochloride</nav>
<div class="gallery"><img src="/img/products/ket-vial-10.jpg" alt="vial"></div>
<div class="summary">
<h1>Ketamine Hydrochloride 50 mg/ml Injection, 10 ml</h1>
<p class="sku">SKU: NB-KET-5010 &middot; Manufacturer: generic</p>
<table class="variants"><tr><th>Pack</th><th>Price</th><th></th></tr>
<tr><td>1 vial</td><td>$95.00</td><td><button>Add to basket</button></td></tr>
<tr><td>3 vials</td><td>$249.00</td><td><button>Add to basket</button></td></tr>
<tr><td>5 vials</td><td>$380.00</td><td><button>Add to basket</button></td></tr></table>
<p class="rx">Prescription: our pharmacist reviews the short health questionnaire you complete at checkout. No paper prescription needs to be sent.</p>
<p>Estimated delivery: 6-10 business days, tracking included.</p>
</div>
<section class="desc"><h2>Description</h2>
<p>Ketamine is an anesthetic agent of the arylcyclohexylamine class. In hospitals it is used for induction of anesthesia and procedural sedation, and in recent years it has been studied for treatment-resistant depression.</p>
<h3>Storage</h3><p>Store at 20-25&deg;C. Protect from light. Keep out of reach of children.</p>
<h3>Side effects</h3><p>Common side effects include dizziness, blurred vision, nausea and a feeling of detachment. Raised blood pressure can occur.</p></section>
<aside class="pharmacist">
<img src="/img/staff/daniel-okafor.jpg" alt="Pharmacist Daniel Okafor">
<p><b>Daniel Okafor, PharmD</b><br>Superintendent Pharmacist</p>
<p>"Every order is checked by a qualified pharmacist before it leaves our dispensary. If you have questions about your medicine, just ask."</p>
</aside>
</main>
<footer><p>Northbridge Pharmacy &middot; Customer care: care@northbridge-pharmacy.example</p>
<img src="/img/badges/visa.svg" alt="Visa"> <img src="/img/badges/mc.svg" alt="Mastercard"> <img src="/img/badges/secure.svg" alt="Secure">
<p>&copy; 2009-2026. Information on this website is not a substitute for medical advice.</p></footer>
""")

p("h5604", "https://www.loewen-apotheke-freiburg.example/service/esketamin", "informational", False, "de",
  "apotheke-rx-only-esketamine-info", "Esketamin-Nasenspray – Hinweise Ihrer Löwen-Apotheke", """
<header><a href="/" class="logo">Löwen-Apotheke am Bertoldsbrunnen</a>
<nav><a href="/shop">Online-Shop</a> <a href="/e-rezept">E-Rezept einlösen</a> <a href="/service">Service</a> <a href="/team">Team</a> <a href="/kontakt">Kontakt &amp; Öffnungszeiten</a></nav>
<a href="/warenkorb">Warenkorb (0)</a></header>
<main>
<h1>Esketamin-Nasenspray: Was Sie wissen sollten</h1>
<figure class="team"><img src="/img/team/apothekerin-hartmann.jpg" alt="Apothekerin Sabine Hartmann"><figcaption>Sabine Hartmann, Apothekerin und Inhaberin</figcaption></figure>
<p>Immer wieder erreichen uns Anfragen, ob man Esketamin-Nasenspray (Handelsname Spravato) bei uns bestellen oder im Online-Shop in den Warenkorb legen kann. Die kurze Antwort: nein – und das hat gute Gründe.</p>
<h2>Verschreibungspflichtig und unter ärztlicher Aufsicht</h2>
<p>Esketamin ist ein verschreibungspflichtiges Arzneimittel, das dem Betäubungsmittelrecht unterliegt. Es wird bei therapieresistenter Depression eingesetzt und darf nur unter Aufsicht von medizinischem Fachpersonal in der Praxis oder Klinik angewendet werden. Nach jeder Anwendung bleiben Patientinnen und Patienten zur Beobachtung vor Ort.</p>
<h2>Wie wir beliefern</h2>
<ul>
<li>Wir beliefern ausschließlich Praxen und Kliniken, die uns eine gültige BtM-Verschreibung vorlegen.</li>
<li>Ein Versand an Privatadressen findet nicht statt, auch nicht mit E-Rezept.</li>
<li>Über unseren Online-Shop ist das Präparat nicht erhältlich.</li>
</ul>
<p>Wenn Ihnen im Internet Esketamin oder Ketamin ohne Rezept angeboten wird, handelt es sich nicht um eine seriöse Apotheke. Prüfen Sie das EU-Sicherheitslogo für den Versandhandel und sprechen Sie uns gerne an.</p>
<h2>Fragen zur Behandlung?</h2>
<p>Ihre behandelnde Psychiaterin oder Ihr Psychiater ist die richtige Ansprechperson. Zu Wechselwirkungen mit Ihren anderen Medikamenten beraten wir Sie gern persönlich – vereinbaren Sie einen Termin für unsere Medikationsanalyse (kostenlos für Stammkunden).</p>
<aside class="shop-teaser"><h3>Aus unserem Shop</h3>
<p>Nasenspray Meerwasser 20 ml – 4,95 € <button>In den Warenkorb</button></p>
<p>Johanniskraut 425 mg, 60 Kps. – 12,80 € <button>In den Warenkorb</button></p></aside>
</main>
<footer>Löwen-Apotheke am Bertoldsbrunnen · Inh. Sabine Hartmann e.K. · Zuständige Aufsichtsbehörde: Regierungspräsidium Freiburg · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

# ---------------------------------------------------------------- pair 3: vet supplier to anyone / vet monograph

p("h5605", "https://www.agrovetdirecto.example/anestesicos/anestek-100-10ml", "seller", True, "es",
  "vet-supplier-sells-to-any-adult", "Anestek 100 mg/ml ketamina 10 ml – AgroVet Directo", """
<header><a href="/" class="logo">AgroVet Directo</a>
<nav><a href="/bovino">Bovino</a> <a href="/equino">Equino</a> <a href="/perros-gatos">Perros y gatos</a> <a href="/anestesicos">Anestésicos</a> <a href="/instrumental">Instrumental</a> <a href="/ofertas">Ofertas</a></nav>
<a href="/carrito">Carrito</a> <a href="/mi-cuenta">Mi cuenta</a></header>
<main>
<p class="migas">Inicio &gt; Anestésicos &gt; Anestek 100</p>
<h1>Anestek 100 mg/ml solución inyectable (ketamina) – frasco 10 ml</h1>
<p class="precio">24,90 € <small>IVA incl.</small></p>
<p>Cantidad: <input type="number" value="1"> <button>Añadir al carrito</button></p>
<p class="stock">En stock – envío en 24/48 h</p>
<div class="tabs"><h2>Descripción</h2>
<p>Anestésico disociativo para uso en perros, gatos, caballos y pequeños rumiantes. Se emplea habitualmente en combinación con un sedante alfa-2. Presentación en vial multidosis de 10 ml.</p>
<h2>Ficha técnica</h2>
<table><tr><td>Principio activo</td><td>Ketamina (como hidrocloruro) 100 mg/ml</td></tr><tr><td>Especies</td><td>Perros, gatos, équidos</td></tr><tr><td>Conservación</td><td>No conservar a temperatura superior a 25 °C</td></tr></table>
<h2>Preguntas frecuentes</h2>
<p><b>¿Hacéis envíos a Canarias?</b> Sí, con recargo de 6 €.</p>
<p><b>¿Necesito ser veterinario para comprar?</b> No. Cualquier cliente registrado mayor de edad puede comprar este producto; solo te pedimos que confirmes la especie a tratar en el formulario de pedido.</p>
<p><b>¿Puedo pagar por Bizum?</b> Sí, además de tarjeta y transferencia.</p>
</div>
<section class="relacionados"><h3>Clientes que compraron esto también compraron</h3>
<ul><li>Jeringas 5 ml, caja 100 – 7,50 €</li><li>Agujas 21G – 4,20 €</li><li>Guantes de nitrilo talla M – 6,90 €</li></ul></section>
</main>
<footer>AgroVet Directo S.L. · Atención al cliente 900 000 000 · <a href="/envios">Envíos</a> · <a href="/aviso-legal">Aviso legal</a></footer>
""", noise="cookie-es")

p("h5606", "https://www.vetdrugsref.example/monographs/ketamine", "informational", False, "en",
  "veterinary-monograph-with-prices", "Ketamine (Veterinary) - Drug Monograph | VetDrugsRef", """
<header><a href="/">VetDrugsRef</a> <form><input placeholder="Search drugs, species, conditions"></form>
<nav><a href="/monographs">Monographs A-Z</a> <a href="/calculators">Dose calculators</a> <a href="/subscribe">Subscribe</a></nav></header>
<main class="monograph">
<h1>Ketamine</h1>
<p class="meta">Class: dissociative anesthetic (NMDA receptor antagonist) &middot; DEA Schedule III (US) &middot; Reviewed by: M. Lindqvist, DVM, DACVAA &middot; Last updated Oct 2026</p>
<h2>Indications</h2>
<p>Induction and maintenance of short-duration anesthesia and chemical restraint in dogs, cats, horses and a wide range of exotic and zoo species; adjunct analgesia by constant-rate infusion (CRI) at sub-anesthetic doses.</p>
<h2>Dosing (selected)</h2>
<table><tr><th>Species</th><th>Use</th><th>Dose</th></tr>
<tr><td>Dog</td><td>Induction (with midazolam or diazepam)</td><td>5 mg/kg IV to effect</td></tr>
<tr><td>Dog/Cat</td><td>Analgesic CRI</td><td>2-10 mcg/kg/min after loading dose 0.5 mg/kg IV</td></tr>
<tr><td>Cat</td><td>IM restraint combination</td><td>5-10 mg/kg IM with dexmedetomidine</td></tr>
<tr><td>Horse</td><td>Induction after alpha-2 sedation</td><td>2.2 mg/kg IV</td></tr></table>
<h2>Contraindications and cautions</h2>
<p>Hypertrophic cardiomyopathy, uncontrolled hypertension, raised intracranial or intraocular pressure, seizure disorders. Emergence reactions are reduced by co-administration of a benzodiazepine or alpha-2 agonist.</p>
<h2>Dosage forms and cost</h2>
<p>Ketamine hydrochloride injection 100 mg/mL in 10 mL multi-dose vials. Typical acquisition cost to a US practice through a veterinary distributor is roughly $10-$20 per vial. Because it is a controlled substance, purchasing requires a DEA registration, and practices must keep a perpetual log of use and waste.</p>
<h2>Client information</h2>
<p>Ketamine is not dispensed for home use. Owners should be told that their pet may appear disoriented or vocalize during recovery.</p>
<h2>Diversion</h2>
<p>Ketamine is among the drugs most frequently diverted from veterinary practices. Secure storage, two-person counts and prompt reporting of losses are recommended.</p>
</main>
<footer>VetDrugsRef is a reference for veterinary professionals. Doses must be adjusted to the individual patient. &copy; 2026</footer>
""")

# ---------------------------------------------------------------- pair 4: lab supplier with COA / licensed wholesaler

p("h5607", "https://www.ardenlabchem.example/catalog/arylcyclohexylamines/2f-dck-hcl", "seller", True, "en",
  "lab-supplier-analogue-coa", "2-Fluorodeschloroketamine hydrochloride, analytical reference | Arden LabChem", """
<header><a href="/" class="brand">ARDEN LabChem</a> <span>Reference standards for forensic &amp; academic research</span>
<nav><a href="/catalog">Catalog</a> <a href="/quality">Quality</a> <a href="/custom-synthesis">Custom synthesis</a> <a href="/contact">Contact</a></nav>
<a href="/quote-cart">Quote cart</a></header>
<main>
<h1>2-Fluorodeschloroketamine (2F-DCK) HCl</h1>
<table class="spec">
<tr><td>CAS</td><td>111982-50-4</td></tr>
<tr><td>Formula</td><td>C13H16FNO &middot; HCl</td></tr>
<tr><td>Purity</td><td>&ge; 99.5% (HPLC)</td></tr>
<tr><td>Appearance</td><td>White crystalline powder</td></tr>
<tr><td>Storage</td><td>-20&deg;C, desiccated</td></tr></table>
<h2>Availability</h2>
<table class="price"><tr><th>Size</th><th>Price (USD)</th><th></th></tr>
<tr><td>500 mg</td><td>45.00</td><td><button>Add</button></td></tr>
<tr><td>1 g</td><td>80.00</td><td><button>Add</button></td></tr>
<tr><td>5 g</td><td>310.00</td><td><button>Add</button></td></tr>
<tr><td>25 g</td><td>1,150.00</td><td><button>Add</button></td></tr></table>
<p>Ships within 2 business days. Individual researchers welcome - no institutional account required.</p>
<h2>Documentation</h2>
<ul><li><a href="/coa/ALC-2FDCK-2611.pdf">Certificate of Analysis, lot ALC-2FDCK-2611 (PDF)</a></li><li><a href="/nmr/2fdck.pdf">1H-NMR spectrum</a></li><li><a href="/sds/2fdck.pdf">Safety Data Sheet</a></li></ul>
<p class="disclaimer">This product is sold strictly for in-vitro research and analytical use. Not for human or veterinary consumption. By ordering you confirm you are over 21 and understand the legal status of this compound in your jurisdiction.</p>
<h3>Related compounds</h3>
<p><a href="/catalog/arylcyclohexylamines/dck">Deschloroketamine HCl</a> &middot; <a href="/catalog/arylcyclohexylamines/3-meo-pcp">3-MeO-PCP HCl</a> &middot; <a href="/catalog/arylcyclohexylamines/mxpr">Methoxpropamine</a></p>
</main>
<footer>Payment: card, bank wire, BTC/LTC (5% discount). Orders outside the EU may be subject to customs inspection. &copy; Arden LabChem</footer>
""")

p("h5608", "https://www.meridianmedsupply.example/products/ketamine-hcl-injection-usp-500mg-10ml", "informational", False, "en",
  "licensed-wholesaler-registered-only", "Ketamine HCl Injection USP 50 mg/mL, 10 mL MDV | Meridian Medical Supply", """
<header><a href="/" class="logo">Meridian Medical Supply</a> <span>Distributor to hospitals, surgery centers &amp; veterinary practices</span>
<nav><a href="/pharmaceuticals">Pharmaceuticals</a> <a href="/surgical">Surgical</a> <a href="/lab">Laboratory</a> <a href="/account/open">Open an account</a> <a href="/login">Log in</a></nav>
<a href="/cart">Cart</a></header>
<main>
<h1>Ketamine HCl Injection, USP 50 mg/mL, 10 mL Multiple-Dose Vial, 10/Box</h1>
<p>Item #: MMS-448210 &middot; NDC 0000-0000-10 &middot; CIII</p>
<div class="buybox locked">
<p><b>Price:</b> <a href="/login">Log in to view pricing</a></p>
<p>This is a DEA Schedule III controlled substance. It can only be purchased by customers whose current DEA registration and state license are verified on file. Orders ship only to the registered address on the DEA certificate.</p>
<button disabled>Add to cart</button>
<p><a href="/account/license-verification">Upload license documents</a></p>
</div>
<h2>Product details</h2>
<ul><li>Preservative: benzethonium chloride 0.1 mg/mL</li><li>Latex-free stopper</li><li>Store at 20-25&deg;C</li><li>Manufacturer lot and expiry on packing slip</li></ul>
<h2>Ordering controlled substances</h2>
<p>Schedule II items require a DEA Form 222 or CSOS order. Schedule III-V items are released after our compliance team has reviewed your account and suspicious-order monitoring has cleared. Unusual quantities may be held and reported as required by 21 CFR 1301.74.</p>
<p>We do not sell to individuals, and we do not ship to residences.</p>
<h2>Customers also viewed</h2>
<p>Midazolam injection &middot; Propofol injectable emulsion &middot; Syringes, Luer-Lock 10 mL</p>
</main>
<footer>Meridian Medical Supply, LLC &middot; Licensed wholesale distributor &middot; <a href="/compliance">Compliance</a> &middot; <a href="/terms">Terms of sale</a></footer>
""", noise="cookie")

# ---------------------------------------------------------------- pair 5: classifieds listing / forum quoting prices

p("h5609", "https://www.kleinmarkt.example/s-anzeige/esketamin-nasenspray-28-mg-ungeoeffnet/2748811903", "seller", True, "de",
  "classifieds-leftover-esketamine-health-category", "Esketamin Nasenspray 28 mg, ungeöffnet | Kleinmarkt", """
<header><a href="/" class="logo">kleinmarkt</a> <form><input placeholder="Was suchst du?"><input placeholder="PLZ oder Ort"><button>Finden</button></form> <a href="/m-einloggen">Einloggen</a> <a href="/p-anzeige-aufgeben">Anzeige aufgeben</a></header>
<nav class="crumbs"><a href="/">Startseite</a> › <a href="/s-leipzig">Leipzig</a> › <a href="/s-gesundheit-pflege">Gesundheit &amp; Pflege</a> › <a href="/s-medizinische-hilfsmittel">Medizinische Hilfsmittel</a></nav>
<main>
<div class="gallery"><img src="/img/a/2748811903-1.jpg" alt=""><img src="/img/a/2748811903-2.jpg" alt=""></div>
<h1>Esketamin Nasenspray 28 mg, ungeöffnet</h1>
<p class="price">150 € VB</p>
<p class="loc">04229 Leipzig - Plagwitz · 02.12.2026</p>
<table class="details"><tr><td>Art</td><td>Sonstiges</td></tr><tr><td>Zustand</td><td>Neu</td></tr><tr><td>Versand</td><td>Versand möglich</td></tr></table>
<h2>Beschreibung</h2>
<p>Verkaufe 3 Packungen (je 1 Sprühgerät) die bei mir übrig geblieben sind, Behandlung wurde abgebrochen. Originalverpackt, Haltbarkeit bis 09/2027. Kühl und dunkel gelagert, Nichtraucherhaushalt.</p>
<p>Abholung oder Versand als versichertes Päckchen, Bezahlung gerne PayPal Freunde. Einzeln 55 €.</p>
<p>Privatverkauf, keine Garantie oder Rücknahme.</p>
<aside class="seller"><p><b>Kai</b> · Privater Nutzer · Aktiv seit 03/2021</p><p>Sehr freundlich · Zuverlässig</p><button>Nachricht schreiben</button></aside>
<section class="similar"><h3>Das könnte dich auch interessieren</h3>
<ul><li>Blutdruckmessgerät Oberarm – 15 €</li><li>Inhalationsgerät Pari – 40 €</li><li>Rollator faltbar – 60 € VB</li></ul></section>
</main>
<footer><a href="/sicherheitshinweise">Sicherheitshinweise</a> · <a href="/agb">AGB</a> · <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h5610", "https://foro.saludmentalhoy.example/t/donde-comprar-ketamina-online-precios/18842", "informational", False, "es",
  "forum-thread-quoting-prices", "¿Dónde comprar ketamina online? Precios – Foro Salud Mental Hoy", """
<header><a href="/">Salud Mental Hoy · Foro</a> <nav><a href="/c/depresion">Depresión</a> <a href="/c/ansiedad">Ansiedad</a> <a href="/c/tratamientos">Tratamientos</a> <a href="/normas">Normas</a></nav></header>
<main class="topic">
<h1>¿Dónde comprar ketamina online? Precios</h1>
<p class="tags">Tratamientos · cerrado</p>
<article class="post"><p class="author">marcos_bcn · hace 6 días</p>
<p>Hola, llevo años con depresión resistente y he leído que la ketamina funciona. Mi psiquiatra dice que en la pública hay lista de espera. ¿Alguien sabe dónde comprar ketamina online y cuánto cuesta? He visto webs que la venden a 40 € el vial.</p></article>
<article class="post"><p class="author">lunaverde · hace 6 días</p>
<p>No lo hagas. Esas webs que salen buscando "comprar ketamina sin receta" son estafas o te mandan cualquier cosa. A una amiga le cobraron 180 € en bitcoin y no llegó nada. En la calle dicen que está a 30-40 € el gramo, pero no tienes ni idea de qué lleva.</p></article>
<article class="post"><p class="author">Dr_Aranda (psiquiatra verificado) · hace 5 días</p>
<p>Marcos, entiendo la desesperación. La esketamina en spray nasal está aprobada para depresión resistente y se administra en el hospital o en consulta bajo supervisión. En privado, algunas clínicas ofrecen infusiones (el precio por sesión suele rondar 300-450 €). Pide a tu psiquiatra una derivación o una segunda opinión; hay opciones seguras.</p></article>
<article class="post mod"><p class="author">Moderación · hace 5 días</p>
<p>Cerramos el hilo. Según las normas del foro no se permiten enlaces ni nombres de vendedores de sustancias. Si estás en crisis llama al 024.</p></article>
</main>
<aside><h3>Temas relacionados</h3><ul><li>Mi experiencia con esketamina en el hospital</li><li>Lista de espera en salud mental: ¿cuánto tardáis?</li></ul></aside>
<footer>Foro Salud Mental Hoy · Comunidad moderada · <a href="/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

# ---------------------------------------------------------------- pair 6: clinic-looking seller / KAP practice with shop

p("h5611", "https://www.serenitygroveketamine.example/", "seller", True, "en",
  "clinic-facade-autoapproved-troche-order", "Serenity Grove Ketamine Wellness | Relief that reaches you", """
<header><a href="/" class="logo">Serenity Grove</a>
<nav><a href="#about">About</a> <a href="#conditions">Conditions</a> <a href="#team">Our Team</a> <a href="#faq">FAQ</a> <a href="#order" class="btn">Get started</a></nav></header>
<main>
<section class="hero"><h1>Feel like yourself again.</h1><p>Evidence-based ketamine care for depression, anxiety, PTSD and chronic pain - designed around your life.</p><a class="btn" href="#order">Start today</a></section>
<section id="about"><h2>Why Serenity Grove</h2>
<p>Ketamine works differently from traditional antidepressants. By acting on the brain's glutamate system, it can help rebuild neural connections that chronic stress wears down. Many people notice a shift within days, not months.</p>
<p>We believe healing should be calm, private and affordable. That's why we built a program you can follow from the comfort of home.</p></section>
<section id="conditions"><h2>Conditions we support</h2><ul><li>Treatment-resistant depression</li><li>Generalized anxiety</li><li>PTSD</li><li>OCD</li><li>Fibromyalgia and chronic pain</li></ul></section>
<section id="team"><h2>Our team</h2>
<div class="person"><img src="/img/team/rachel.jpg" alt=""><p>Rachel M., Wellness Director</p></div>
<div class="person"><img src="/img/team/james.jpg" alt=""><p>James T., Patient Care Coordinator</p></div>
<div class="person"><img src="/img/team/advisors.jpg" alt=""><p>Our medical advisory board</p></div></section>
<section class="testimonials"><blockquote>"After ten years of trying everything, this finally helped." - Laura, OR</blockquote><blockquote>"Discreet, simple, and the coordinators were so kind." - Devin, FL</blockquote></section>
<section id="order"><h2>Get started in 3 steps</h2>
<ol><li><b>Choose your pack.</b> Starter: 6 sublingual troches - $189. Maintenance: 12 troches - $329.</li>
<li><b>Answer 5 quick questions</b> about your mood and health history. Approval is instant for 98% of applicants.</li>
<li><b>Receive your order</b> in 2-3 days. No appointments, no waiting rooms.</li></ol>
<a class="btn" href="/checkout?pack=starter">Order Starter Pack</a> <a class="btn" href="/checkout?pack=maintenance">Order Maintenance Pack</a></section>
<section id="faq"><h2>FAQ</h2>
<p><b>Do I need to see a doctor?</b> Our online intake replaces the traditional office visit, so you can begin right away.</p>
<p><b>Is it safe?</b> Ketamine has been used in medicine for over 50 years. Always use it in a quiet, safe setting with a trusted person nearby.</p></section>
</main>
<footer>&copy; 2026 Serenity Grove Wellness LLC. These statements are for informational purposes only. <a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer>
""")

p("h5612", "https://www.hearthwoodkap.example/fees-and-shop", "clinic", False, "en",
  "kap-practice-fees-with-merch-shop", "Fees & Shop | Hearthwood Ketamine-Assisted Psychotherapy", """
<header><a href="/">Hearthwood KAP</a> <nav><a href="/approach">Our Approach</a> <a href="/clinicians">Clinicians</a> <a href="/fees-and-shop">Fees &amp; Shop</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Fees</h1>
<p>Ketamine-assisted psychotherapy at Hearthwood takes place in our office in Burlington, Vermont. Each medicine session is held in a quiet room with a licensed therapist present throughout; ketamine is administered intramuscularly or as a lozenge by our nurse practitioner, Anna Chu, PMHNP-BC, after an in-person medical evaluation.</p>
<table><tr><th>Service</th><th>Fee</th></tr>
<tr><td>Medical &amp; psychiatric intake (90 min)</td><td>$350</td></tr>
<tr><td>Preparation session with therapist (50 min)</td><td>$180</td></tr>
<tr><td>Ketamine medicine session (3 hours, IM or lozenge)</td><td>$750</td></tr>
<tr><td>Integration session (50 min)</td><td>$180</td></tr>
<tr><td>Group integration circle (monthly)</td><td>$45</td></tr></table>
<p>We are out-of-network with insurance. A limited number of sliding-scale spots are reserved each quarter for clients with financial need - ask us about it during your intake.</p>
<p><a class="btn" href="/contact?r=consult">Book a free 15-minute phone consult</a></p>
<h1>Shop</h1>
<p>Items our clients have asked for, chosen by our team. Proceeds support the sliding-scale fund.</p>
<ul class="shop">
<li><img src="/shop/mask.jpg" alt=""> Weighted silk eye mask - $38 <button>Add to cart</button></li>
<li><img src="/shop/journal.jpg" alt=""> Hearthwood Integration Journal (120 prompts) - $24 <button>Add to cart</button></li>
<li><img src="/shop/playlist.jpg" alt=""> Session playlist download - $9 <button>Add to cart</button></li>
<li><img src="/shop/gift.jpg" alt=""> Gift certificate (any amount) <button>Add to cart</button></li>
</ul>
<p class="small">Shop items ship within the US via USPS. Medicine is never sold or shipped; it is only administered during sessions at our office.</p>
</main>
<footer>Hearthwood KAP, PLLC · 55 Pine St, Burlington VT · <a href="/privacy">Notice of Privacy Practices</a></footer>
""")

# ---------------------------------------------------------------- pair 7: payment-method tell / telehealth checkout

p("h5613", "https://www.pharma-lumiere.example/produit/ketamine-chlorhydrate-50mg-ml-5-flacons", "seller", True, "fr",
  "product-page-crypto-giftcard-payment-tell", "Kétamine chlorhydrate 50 mg/ml – boîte de 5 flacons | Pharma Lumière", """
<header><a href="/" class="logo">Pharma Lumière</a>
<nav><a href="/categorie/antidouleurs">Antidouleurs</a> <a href="/categorie/anesthesiques">Anesthésiques</a> <a href="/categorie/sommeil">Sommeil</a> <a href="/livraison">Livraison</a> <a href="/faq">FAQ</a></nav>
<a href="/panier">Panier</a></header>
<main>
<h1>Kétamine chlorhydrate 50 mg/ml – solution injectable, boîte de 5 flacons de 10 ml</h1>
<p class="prix">149,00 €</p>
<p>Quantité <select><option>1</option><option>2</option><option>3</option></select> <button>Ajouter au panier</button></p>
<h2>Notice</h2>
<p>La kétamine est un anesthésique général d'action rapide. Elle est utilisée en milieu hospitalier pour l'induction de l'anesthésie et, à faibles doses, pour le traitement de la douleur aiguë.</p>
<p><b>Effets indésirables fréquents :</b> nausées, vertiges, troubles de la vision, hausse de la tension artérielle, sensations de dissociation.</p>
<p><b>Conservation :</b> à conserver à une température ne dépassant pas 25 °C, à l'abri de la lumière.</p>
<h2>Moyens de paiement</h2>
<p>Bitcoin (remise de 10 %), USDT (TRC20), coupons PCS Mastercard ou Transcash. Les paiements par carte bancaire sont momentanément indisponibles.</p>
<p>Après paiement, envoyez le code de votre coupon ou l'identifiant de transaction à commandes@pharma-lumiere.example.</p>
<h2>Avis clients</h2>
<p>★★★★★ « Conforme, bien reçu. » – Stéphane<br>★★★★☆ « Un peu long mais colis en bon état. » – Amélie</p>
</main>
<footer>Pharma Lumière © 2026 · <a href="/cgv">CGV</a> · <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h5614", "https://app.kindredmind.example/checkout/review", "telehealth", False, "en",
  "telehealth-checkout-after-video-eval", "Review your order - KindredMind", """
<header><a href="/" class="logo">KindredMind</a> <span class="secure">Secure checkout</span> <ol class="steps"><li class="done">Eligibility</li><li class="done">Account</li><li class="current">Payment</li><li>Book your video visit</li></ol></header>
<main>
<h1>Review your order</h1>
<div class="order">
<h2>At-Home Ketamine Program - first month</h2>
<ul>
<li>60-minute video evaluation with a licensed psychiatric clinician in your state</li>
<li>If prescribed: 4 doses of oral ketamine, shipped to your home by our licensed partner pharmacy</li>
<li>Blood-pressure cuff and treatment journal</li>
<li>Weekly integration check-in with your care guide</li>
<li>Unlimited messaging with your care team</li></ul>
<table><tr><td>Program</td><td>$249.00</td></tr><tr><td>Promo FIRSTMONTH</td><td>-$50.00</td></tr><tr><td>Shipping</td><td>Free</td></tr><tr><th>Due today</th><th>$199.00</th></tr></table>
<p class="note">You will only be charged for the medication and supplies if your clinician determines ketamine is safe and appropriate for you. If you are not a candidate after your evaluation, you receive a full refund.</p>
</div>
<form class="pay"><label>Card number <input></label> <label>Expiry <input></label> <label>CVC <input></label> <label>ZIP <input></label>
<p>HSA/FSA cards accepted.</p>
<label><input type="checkbox"> I agree to the Terms, Telehealth Consent and the requirement to have a treatment monitor present during every dose.</label>
<button>Pay $199.00 and book my evaluation</button></form>
<p class="small">Prescriptions are issued only after a live video visit. Medication ships in a plain, signature-required package to the address on your ID.</p>
</main>
<footer>KindredMind Medical Group, P.C. · Available in 24 states · <a href="/privacy">Privacy</a> · Not for emergencies - call or text 988</footer>
""")

# ---------------------------------------------------------------- pair 8: delivery-promise tell / telehealth discreet-packaging snippet

p("h5615", "https://www.rustigeroute.example/product/k-kristal-naald-5g", "seller", True, "nl",
  "product-page-stealth-reship-tell", "K-kristal (naald) 5 g – Rustige Route", """
<header><a href="/" class="logo">Rustige Route</a> <nav><a href="/winkel">Winkel</a> <a href="/kennisbank">Kennisbank</a> <a href="/verzending">Verzending</a> <a href="/contact">Contact</a></nav> <a href="/winkelwagen">Winkelwagen (0)</a></header>
<main>
<h1>K-kristal (naald) 5 g</h1>
<p class="sub">Ketamine HCl, ±99% zuiverheid, lab-getest per batch</p>
<p class="prijs">€ 95,00</p>
<p>Gewicht: <select><option>5 g – € 95</option><option>10 g – € 170</option><option>25 g – € 375</option></select> <button>In winkelwagen</button></p>
<h2>Over onze kwaliteit</h2>
<p>Wij werken alleen met vaste leveranciers en laten elke batch controleren. Bij elke bestelling krijg je ons informatieblad met tips voor veilig gebruik: test altijd eerst een kleine hoeveelheid, combineer niet met alcohol en zorg dat er iemand in de buurt is.</p>
<h2>Verzending</h2>
<ul>
<li>Vacuüm verzegeld en geurdicht verpakt in een neutrale envelop, geen afzendernaam.</li>
<li>Verzending binnen NL, BE en DE in 1-3 werkdagen.</li>
<li>Niet aangekomen of onderschept? Wij versturen gratis opnieuw, één keer per bestelling.</li>
</ul>
<h2>Reviews</h2>
<p>★★★★★ "Netjes en snel." – T.<br>★★★★★ "Goede communicatie." – anoniem</p>
</main>
<footer>Rustige Route · Alle prijzen incl. btw · <a href="/voorwaarden">Voorwaarden</a></footer>
""", noise="cookie-nl")

p("h5616", "https://help.bluecedarhealth.example/articles/what-does-my-package-look-like", "telehealth", False, "en",
  "telehealth-discreet-packaging-snippet", "What does my package look like? - Blue Cedar Health Help", """
Your first box of troches ships in plain, unmarked packaging with no mention of ketamine on the outside, and only after your Blue Cedar clinician has approved your treatment plan at your video visit. Our licensed partner pharmacy requires an adult signature on delivery; refills ship after each monthly check-in with your prescriber.
""", ext="txt")

# ---------------------------------------------------------------- pair 9: product-name-only snippet / directory snippet

p("h5617", "https://www.mindrelief-store.example/products/esketamine-hcl-nasal-56mg-kit", "seller", True, "en",
  "search-snippet-product-name-only", "Esketamine HCl Nasal 56mg Kit - MindRelief Store", """
MindRelief Store - Esketamine HCl Nasal 56mg Kit. In stock. $240.00. Free tracked delivery to US, UK, CA and AU in 5-9 business days. Add to cart · 4.8 (63 reviews)
""", ext="txt")

p("h5618", "https://www.ketaminecarefinder.example/texas/austin", "informational", False, "en",
  "clinic-directory-snippet-prices", "Ketamine Clinics in Austin, TX - Compare Prices | KetamineCareFinder", """
12 ketamine clinics in Austin, TX. Compare prices: IV infusion from $395 per session, Spravato centers that accept insurance, and at-home programs from $199/month. Read reviews and book online - Hill Country Infusion Center, Zilker Mind Wellness and more.
""", ext="txt")

# ---------------------------------------------------------------- pair 10: compounding "farmacia" / drug-checking alert

p("h5619", "https://www.farmaciavidaleve.example/produto/cetamina-spray-nasal-manipulado", "seller", True, "pt",
  "br-compounding-whatsapp-pix-no-rx", "Cetamina Spray Nasal Manipulado 10 ml | Farmácia Vida Leve", """
<header><a href="/" class="logo">Farmácia de Manipulação Vida Leve</a> <nav><a href="/manipulados">Manipulados</a> <a href="/suplementos">Suplementos</a> <a href="/dermocosmeticos">Dermocosméticos</a> <a href="/sobre">Sobre nós</a></nav> <a href="/carrinho">Carrinho</a></header>
<main>
<h1>Cetamina Spray Nasal Manipulado 10 ml</h1>
<p class="preco">R$ 289,90 <small>ou 3x de R$ 96,63</small></p>
<button>Comprar</button> <a class="whats" href="https://wa.me/5500000000000">Pedir pelo WhatsApp</a>
<h2>Sobre o produto</h2>
<p>Fórmula manipulada em ambiente controlado, com insumos de procedência certificada. Frasco spray com válvula dosadora.</p>
<h2>Como funciona o pedido</h2>
<p>Não é necessário enviar receita: nossa farmacêutica responsável conversa com você pelo WhatsApp, faz algumas perguntas sobre sua saúde e libera a manipulação no mesmo dia. Pagamento via Pix com 5% de desconto. Enviamos para todo o Brasil por Sedex em embalagem discreta.</p>
<div class="equipe"><img src="/img/farmaceutica-juliana.jpg" alt=""><p><b>Dra. Juliana Prado</b><br>Farmacêutica responsável – CRF-MG 00000</p></div>
<h2>Você também pode gostar</h2>
<ul><li>Melatonina 3 mg, 60 cápsulas – R$ 39,90</li><li>Magnésio dimalato 500 mg – R$ 54,90</li><li>Vitamina D3 2.000 UI – R$ 29,90</li></ul>
</main>
<footer>Farmácia Vida Leve · Belo Horizonte/MG · Atendimento seg-sáb · <a href="/politica-de-privacidade">Política de privacidade</a></footer>
""", noise="cookie-pt")

p("h5620", "https://www.testaseguro.example/alertas/2026-11-cetamina-vendida-no-telegram", "informational", False, "pt",
  "drug-checking-alert-vendors-quoted", "Alerta: amostras vendidas como cetamina continham outra substância | Testa Seguro", """
<header><a href="/">Testa Seguro</a> <span>Serviço de análise de substâncias e redução de riscos</span>
<nav><a href="/alertas">Alertas</a> <a href="/como-testar">Como testar</a> <a href="/onde-estamos">Onde estamos</a> <a href="/apoie">Apoie</a></nav></header>
<main>
<p class="data">Alerta publicado em 28/11/2026 · Lisboa e Porto</p>
<h1>Amostras vendidas como "K" continham 2F-DCK ou cloreto de metoxetamina</h1>
<p>Nas últimas quatro semanas recebemos 19 amostras entregues como cetamina. Em 7 delas o nosso laboratório não detetou cetamina, mas sim 2-fluorodeschloroketamina (2F-DCK) e, numa amostra, metoxetamina. Várias pessoas disseram ter comprado através de canais de Telegram que anunciam "cetamina pura, 25 € o grama, entrega em mão ou envio por correio".</p>
<h2>Porque é que isto importa</h2>
<p>Estas substâncias têm potência e duração diferentes. Quem usa a dose habitual pode ter efeitos muito mais longos ou intensos, quedas e desorientação.</p>
<h2>Recomendações</h2>
<ul><li>Traz a tua amostra para análise gratuita e anónima.</li><li>Começa com uma quantidade muito pequena e espera.</li><li>Não mistures com álcool, benzodiazepinas ou opioides.</li><li>Não uses sozinho/a e evita locais com água ou alturas.</li></ul>
<p>Não vendemos nem indicamos vendedores. O serviço é financiado por fundos públicos e é confidencial.</p>
<p>Em caso de emergência liga 112. Linha SNS 24: 808 24 24 24.</p>
</main>
<footer>Testa Seguro – projeto de redução de riscos · <a href="/privacidade">Privacidade</a></footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- pair 11: bot wall (url-only) / telehealth partner pharmacy

p("h5621", "https://buyketaminenow-rx.example/shop/ketamine-hcl-500mg-vials", "seller", True, "en",
  "bot-check-wall-url-only", "Just a moment...", """
<div class="main-wrapper" role="main">
<div class="main-content">
<h1 class="zone-name-title h1">buyketaminenow-rx.example</h1>
<h2 class="h2" id="challenge-running">Checking if the site connection is secure</h2>
<noscript><div class="h2"><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></noscript>
<p>buyketaminenow-rx.example needs to review the security of your connection before proceeding.</p>
<div id="challenge-stage"></div>
</div></div>
<div class="footer" role="contentinfo"><div class="footer-inner"><div class="clearfix diagnostic-wrapper"><div class="ray-id">Ray ID: <code>8f2a1c9d7b4e03a1</code></div></div>
<div class="text-center">Performance &amp; security by an edge provider</div></div></div>
<script>(function(){window._cf_chl_opt={cvId:'3',cZone:'buyketaminenow-rx.example',cType:'managed',cRay:'8f2a1c9d7b4e03a1'};})();</script>
""")

p("h5622", "https://www.tidepoolcare.example/how-your-medication-arrives", "telehealth", False, "en",
  "telehealth-partner-pharmacy-page", "How your medication arrives | Tidepool Care", """
<header><a href="/" class="logo">Tidepool Care</a> <nav><a href="/how-it-works">How it works</a> <a href="/clinicians">Clinicians</a> <a href="/pricing">Pricing</a> <a href="/login">Log in</a> <a href="/start" class="btn">Check eligibility</a></nav></header>
<main>
<h1>How your medication arrives</h1>
<p>Tidepool Care doesn't keep or sell medication. When your Tidepool clinician writes a prescription after your video evaluation, it goes electronically to our partner, Harborline Compounding Pharmacy, a licensed 503A pharmacy registered with the DEA and licensed in every state we serve.</p>
<h2>Step by step</h2>
<ol>
<li><b>Prescription sent.</b> Your prescriber sends the prescription the same day as your visit. Controlled-substance prescriptions are signed with two-factor authentication as federal rules require.</li>
<li><b>Pharmacist review.</b> A Harborline pharmacist checks the dose, your other medications and your state's prescription monitoring database.</li>
<li><b>Compounding.</b> Your rapid-dissolve tablets are made to order and quality-checked.</li>
<li><b>Shipping.</b> Your order ships by overnight courier in a tamper-evident package. An adult (21+) must sign with ID matching the patient's name.</li>
<li><b>Tracking.</b> You'll get a text with the tracking number. Your medication is yours alone - never share it.</li>
</ol>
<h2>Costs</h2>
<p>Medication is included in your membership ($229/month). Shipping is free. If you're paying with an HSA or FSA card, we'll email an itemized receipt.</p>
<h2>What if my package is lost?</h2>
<p>Contact the pharmacy and your care team right away. Lost or stolen controlled medication must be reported; a replacement requires a new assessment by your clinician and may require a police report.</p>
<p><a href="/start" class="btn">Check if you're eligible</a></p>
</main>
<footer>Tidepool Care Medical, P.A. · Clinical services provided by licensed clinicians · <a href="/privacy">Privacy</a> · In crisis? Call or text 988</footer>
""")

# ---------------------------------------------------------------- pair 12: wellness blog doorway / Italian clinic WhatsApp

p("h5623", "https://www.vivereleggeri.example/blog/5-rimedi-per-ansia-e-umore", "seller", True, "it",
  "wellness-blog-affiliate-doorway-coupon", "5 rimedi per ansia e umore basso che abbiamo provato davvero | Vivere Leggeri", """
<header><a href="/" class="logo">Vivere Leggeri</a> <nav><a href="/blog/alimentazione">Alimentazione</a> <a href="/blog/mente">Mente</a> <a href="/blog/movimento">Movimento</a> <a href="/newsletter">Newsletter</a></nav></header>
<main><article>
<h1>5 rimedi per ansia e umore basso che abbiamo provato davvero</h1>
<p class="byline">di Chiara · 14 novembre 2026 · 7 min di lettura</p>
<p>Quando l'autunno arriva e le giornate si accorciano, molti di noi sentono l'umore calare. Ecco cosa ha funzionato per la nostra redazione.</p>
<h2>1. Camminare all'aperto ogni mattina</h2><p>Venti minuti di luce naturale entro un'ora dal risveglio aiutano a regolare il ritmo sonno-veglia.</p>
<h2>2. Magnesio la sera</h2><p>Il magnesio bisglicinato è ben tollerato e può aiutare il rilassamento muscolare.</p>
<h2>3. Scrittura espressiva</h2><p>Dieci minuti di diario prima di dormire per "scaricare" i pensieri.</p>
<h2>4. Respirazione 4-7-8</h2><p>Inspira per 4, trattieni per 7, espira per 8. Ripeti quattro volte.</p>
<h2>5. Ketamina in spray: la nostra esperienza con KetaFarma</h2>
<p>Ne avevamo letto negli studi sulla depressione resistente e volevamo capire se fosse accessibile. Abbiamo ordinato lo spray da KetaFarma: niente ricetta da caricare, il pacco è arrivato in 4 giorni in una scatola anonima. Con il codice <b>VIVERE10</b> hai il 10% di sconto sul primo ordine.</p>
<p><a class="cta" href="https://ketafarma-shop.example/?ref=vivereleggeri">Vai allo shop KetaFarma &rarr;</a></p>
<p class="disclosure">Questo articolo contiene link affiliati: se acquisti tramite i nostri link riceviamo una piccola commissione, senza costi aggiuntivi per te.</p>
<p><i>Le informazioni di questo blog non sostituiscono il parere del medico.</i></p>
</article></main>
<aside><h3>Più letti</h3><ul><li>Colazione proteica in 5 minuti</li><li>Yoga per principianti: la routine di 15 minuti</li></ul></aside>
<footer>Vivere Leggeri © 2026 · <a href="/privacy">Privacy</a> · <a href="/cookie">Cookie</a></footer>
""")

p("h5624", "https://www.centroaurorasalutementale.example/esketamina", "clinic", False, "it",
  "italian-clinic-esketamine-whatsapp-booking", "Trattamento con esketamina spray nasale | Centro Aurora Salute Mentale – Bologna", """
<header><a href="/" class="logo">Centro Aurora Salute Mentale</a> <nav><a href="/chi-siamo">Chi siamo</a> <a href="/servizi">Servizi</a> <a href="/esketamina">Esketamina</a> <a href="/tariffe">Tariffe</a> <a href="/contatti">Contatti</a></nav>
<a class="wa" href="https://wa.me/390000000000">Prenota su WhatsApp</a></header>
<main>
<h1>Esketamina spray nasale per la depressione resistente</h1>
<p>Il nostro centro a Bologna è autorizzato alla somministrazione di esketamina in spray nasale per adulti con depressione resistente al trattamento. Ogni seduta si svolge nel nostro ambulatorio, alla presenza di un medico psichiatra e di un'infermiera, con monitoraggio della pressione arteriosa e osservazione per almeno due ore dopo la somministrazione.</p>
<h2>Come si accede</h2>
<ol><li>Visita psichiatrica di valutazione (in presenza) con il dott. Lorenzo Ferri o la dott.ssa Giulia Montanari.</li>
<li>Piano terapeutico e programmazione delle sedute: due a settimana nelle prime quattro settimane.</li>
<li>Controlli periodici dell'efficacia e della tollerabilità.</li></ol>
<h2>Costi</h2>
<p>Visita di valutazione: 180 €. Seduta di somministrazione e monitoraggio: 220 €, farmaco escluso (erogato secondo la normativa vigente). Rilasciamo fattura detraibile.</p>
<h2>Prenotazioni</h2>
<p>Puoi prenotare la prima visita telefonando allo 051 000 0000 oppure scrivendo su WhatsApp: ti risponde la nostra segreteria dal lunedì al venerdì, 9-18. Il giorno della seduta non potrai guidare: organizza qualcuno che ti accompagni a casa.</p>
</main>
<footer>Centro Aurora Salute Mentale s.r.l. · Via dell'Indipendenza, Bologna · Direttore sanitario dott. L. Ferri · <a href="/privacy">Privacy</a></footer>
""")

# ---------------------------------------------------------------- pair 13: surplus marketplace Spravato / REMS centre

p("h5625", "https://www.medsurplusxchange.example/listing/spravato-esketamine-28mg-nasal-device-2pk-exp-2027-431977", "seller", True, "en",
  "surplus-medical-marketplace-spravato", "Spravato (esketamine) 28 mg nasal spray device, 2-pack, exp 2027 | MedSurplus Xchange", """
<header><a href="/" class="logo">MedSurplus Xchange</a> <form><input placeholder="Search 40,000+ medical listings"></form> <a href="/sell">Sell</a> <a href="/watchlist">Watchlist</a> <a href="/cart">Cart</a></header>
<nav class="crumbs">Home › Respiratory &amp; ENT › Nasal Delivery › Listing #431977</nav>
<main>
<div class="photos"><img src="/u/431977/a.jpg" alt=""><img src="/u/431977/b.jpg" alt=""></div>
<h1>Spravato (esketamine) 28 mg nasal spray device, 2-pack, exp 2027</h1>
<p class="cond">Condition: New - sealed</p>
<p class="price">$420.00 <span>or Best Offer</span></p>
<p>Quantity: 4 available <button>Buy It Now</button> <button>Add to cart</button></p>
<p>Ships from: Plano, Texas &middot; USPS Priority, 2-3 days &middot; Returns: not accepted</p>
<h2>Item description from the seller</h2>
<p>Overstock from a closed practice. Original cartons, lot numbers visible. Stored climate controlled. Combine shipping on multiple units.</p>
<aside class="seller"><p>Sold by <b>txmedliquidators</b> (318) 99.1% positive</p><a href="/store/txmedliquidators">Visit store</a></aside>
<section class="more"><h3>More from this seller</h3><ul><li>Pulse oximeter, fingertip, lot of 10 - $45</li><li>Nasal cannula adult, case of 50 - $30</li><li>Sharps container 1 qt - $3</li></ul></section>
</main>
<footer>MedSurplus Xchange is a marketplace. Sellers are responsible for complying with applicable laws. &copy; 2026</footer>
""")

p("h5626", "https://www.pinecrestbehavioral.example/spravato/getting-started", "clinic", False, "en",
  "rems-spravato-centre-start-page", "Getting Started with Spravato | Pinecrest Behavioral Health", """
<header><a href="/">Pinecrest Behavioral Health</a> <nav><a href="/services">Services</a> <a href="/spravato">Spravato</a> <a href="/tms">TMS</a> <a href="/patients/pay-bill">Pay my bill</a> <a href="/refer">Refer a patient</a></nav></header>
<main>
<h1>Getting started with Spravato&reg;</h1>
<p>Pinecrest is a REMS-certified treatment center. Spravato (esketamine) is self-administered under direct supervision in our Greenville office; you'll stay with us for at least two hours afterwards while our nurses monitor your blood pressure and how you feel.</p>
<h2>1. Referral and evaluation</h2><p>Your psychiatrist or primary-care provider can refer you, or you can request an evaluation with one of our psychiatrists directly.</p>
<h2>2. Insurance verification</h2><p>Most commercial plans, Medicare and many Medicaid plans cover Spravato with prior authorization. Our benefits team handles the paperwork and tells you your expected cost before your first session. Enrolling in the manufacturer's savings program can lower your copay.</p>
<h2>3. Ordering your medication</h2><p>Once approved, we order your Spravato from a specialty pharmacy, or your plan may have us "buy and bill" it. It is delivered to our office, not to your home, and stored securely until your appointment.</p>
<h2>4. Your first session</h2><p>Plan to be here about 2.5 hours. Bring something to read or listen to. You cannot drive until the next day, so arrange a ride.</p>
<p><a class="btn" href="/spravato/request">Request an evaluation</a> <a class="btn" href="/patients/pay-bill">Pay a bill online</a></p>
</main>
<footer>Pinecrest Behavioral Health · 210 Verdae Blvd, Greenville SC · <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

# ---------------------------------------------------------------- pair 14: chemicals price list / news feature

p("h5627", "https://www.solvochem-trading.example/pricelist-q4", "seller", True, "en",
  "bulk-chemicals-price-list-one-row", "SolvoChem Trading - Price list Q4 2026", """
<header><h1>SolvoChem Trading</h1><p>Bulk raw materials for manufacturers, formulators and resellers</p></header>
<main>
<h2>Price list - Q4 2026 (USD, ex works)</h2>
<p>Minimum order $150. Prices valid until 31 December 2026. Larger quantities on request.</p>
<table border="1">
<tr><th>Code</th><th>Product</th><th>Grade</th><th>10 g</th><th>100 g</th><th>1 kg</th></tr>
<tr><td>SC-101</td><td>Caffeine anhydrous</td><td>USP</td><td>-</td><td>6</td><td>28</td></tr>
<tr><td>SC-104</td><td>Taurine</td><td>Food</td><td>-</td><td>4</td><td>15</td></tr>
<tr><td>SC-110</td><td>Methylsulfonylmethane (MSM)</td><td>Food</td><td>-</td><td>5</td><td>19</td></tr>
<tr><td>SC-122</td><td>L-Theanine</td><td>Food</td><td>-</td><td>14</td><td>95</td></tr>
<tr><td>SC-131</td><td>Creatine monohydrate</td><td>Food</td><td>-</td><td>3</td><td>16</td></tr>
<tr><td>SC-140</td><td>Benzocaine</td><td>BP</td><td>-</td><td>18</td><td>120</td></tr>
<tr><td>SC-141</td><td>Lidocaine HCl</td><td>BP</td><td>-</td><td>22</td><td>160</td></tr>
<tr><td>SC-147</td><td>Ketamine HCl 99.7%</td><td>Crystal</td><td>210</td><td>1,650</td><td>on request</td></tr>
<tr><td>SC-150</td><td>Phenacetin</td><td>Tech</td><td>-</td><td>12</td><td>70</td></tr>
<tr><td>SC-162</td><td>Sodium bicarbonate</td><td>USP</td><td>-</td><td>1</td><td>4</td></tr>
<tr><td>SC-170</td><td>Magnesium glycinate</td><td>Food</td><td>-</td><td>6</td><td>32</td></tr>
</table>
<h2>How to order</h2>
<p>E-mail the product codes and quantities to orders@solvochem-trading.example. We reply with a pro-forma invoice within 24 hours. Payment by XMR or BTC; bank transfer for orders over $5,000 after KYC. Worldwide shipping, packed to survive customs inspection.</p>
</main>
<footer>SolvoChem Trading &middot; Prices subject to change</footer>
""")

p("h5628", "https://www.thecoastalledger.example/2026/11/30/ketamine-online-sellers-investigation", "informational", False, "en",
  "news-feature-street-prices-vendors", "Inside the online ketamine trade: tidy storefronts, vanishing packages | The Coastal Ledger", """
<header><a href="/" class="masthead">The Coastal Ledger</a> <nav><a href="/news">News</a> <a href="/health">Health</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="btn">Subscribe</a></nav></header>
<main><article>
<p class="kicker">Investigation</p>
<h1>Inside the online ketamine trade: tidy storefronts, vanishing packages</h1>
<p class="byline">By Priya Natarajan · November 30, 2026</p>
<p>Type "buy ketamine online" into a search engine and within seconds you are looking at storefronts that resemble any other health shop: pastel product photos, star ratings, a smiling pharmacist. Over six weeks, Ledger reporters examined 41 such sites.</p>
<p>Prices ranged from $80 to $150 for a 10 ml vial and from $60 to $120 per gram of powder, roughly double what people who use ketamine recreationally told us they pay on the street in Southern California, where a gram typically sells for $30 to $50. Twenty-nine sites accepted only cryptocurrency or gift cards. Eleven advertised "no prescription needed"; others said a "pharmacist" would review a questionnaire at checkout.</p>
<p>"The questionnaire is theater," said Dr. Marcus Levin, a pharmacist who studies illegal online pharmacies at a state university. "Nobody is looking at it."</p>
<p>One store, which called itself "Northgate Meds," took a reporter's $140 payment in Bitcoin and sent nothing. Another shipped a vial whose contents, tested by an independent lab for the Ledger, contained no ketamine at all.</p>
<p>Legitimate ketamine treatment looks different, experts said. Infusion clinics charge $400 to $800 per session, and telehealth companies that prescribe at-home ketamine require a video evaluation by a licensed clinician and ship only through a licensed pharmacy.</p>
<p>The Food and Drug Administration has warned consumers about compounded ketamine obtained from unverified sources. Regulators say consumers can check whether an online pharmacy is licensed through their state board of pharmacy.</p>
</article></main>
<aside class="related"><h3>Related</h3><ul><li>What to know before trying ketamine therapy</li><li>Spravato coverage: what insurers require</li></ul></aside>
<footer>&copy; 2026 The Coastal Ledger · <a href="/ethics">Ethics policy</a> · <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

# ---------------------------------------------------------------- telehealth and clinic look-alikes in other languages

p("h5629", "https://www.mentaclara.example/es/planes", "telehealth", False, "es",
  "spanish-telehealth-membership-plans", "Planes y precios – MentaClara Telepsiquiatría", """
<header><a href="/es" class="logo">MentaClara</a> <nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/equipo">Equipo médico</a> <a href="/es/planes">Planes</a> <a href="/es/acceso">Acceder</a></nav></header>
<main>
<h1>Elige tu plan</h1>
<p>MentaClara es un servicio de telepsiquiatría para adultos residentes en México. Todas las consultas se hacen por videollamada con psiquiatras con cédula de especialidad. El tratamiento con ketamina en casa solo se prescribe si tu psiquiatra lo considera seguro tras la evaluación.</p>
<div class="planes">
<div class="plan"><h2>Evaluación</h2><p class="precio">$1,800 MXN</p><p>Consulta de 60 minutos por video, revisión de antecedentes y laboratorios, plan de tratamiento.</p><a class="btn" href="/es/comprar?plan=evaluacion">Comprar</a></div>
<div class="plan destacado"><h2>Programa mensual</h2><p class="precio">$4,900 MXN / mes</p><p>Dos consultas de seguimiento por video, acompañamiento de integración semanal y, si está indicado, tabletas de ketamina enviadas a tu domicilio por nuestra farmacia aliada con licencia COFEPRIS.</p><a class="btn" href="/es/comprar?plan=mensual">Suscribirme</a></div>
</div>
<h2>Preguntas frecuentes</h2>
<p><b>¿Me envían el medicamento sin consulta?</b> No. Primero tienes la evaluación en vivo; la receta la emite tu psiquiatra y la farmacia la surte solo con receta válida.</p>
<p><b>¿Cómo pago?</b> Tarjeta de crédito o débito y pagos en OXXO para la evaluación. Puedes cancelar tu suscripción cuando quieras.</p>
<p><b>¿Necesito a alguien conmigo?</b> Sí, durante cada sesión en casa debe estar presente un acompañante adulto.</p>
</main>
<footer>MentaClara Salud S.A. de C.V. · Aviso de privacidad · En crisis llama a la Línea de la Vida 800 911 2000</footer>
""")

p("h5630", "https://www.clinique-les-tilleuls.example/ketamine/tarifs-et-rendez-vous", "clinic", False, "fr",
  "french-clinic-fees-online-booking", "Kétamine : tarifs et prise de rendez-vous – Clinique Les Tilleuls", """
<header><a href="/" class="logo">Clinique Les Tilleuls</a> <nav><a href="/psychiatrie">Psychiatrie</a> <a href="/ketamine">Kétamine</a> <a href="/hospitalisation-de-jour">Hôpital de jour</a> <a href="/contact">Contact</a></nav> <a class="btn" href="/rdv">Prendre rendez-vous</a></header>
<main>
<h1>Kétamine intraveineuse : tarifs et rendez-vous</h1>
<p>Notre unité d'hôpital de jour propose des perfusions de kétamine à faible dose pour la dépression résistante, sur indication d'un psychiatre de la clinique, après une consultation sur place.</p>
<h2>Tarifs 2026</h2>
<table><tr><th>Prestation</th><th>Tarif</th><th>Prise en charge</th></tr>
<tr><td>Consultation psychiatrique préalable</td><td>60 €</td><td>Assurance maladie + mutuelle</td></tr>
<tr><td>Séance de perfusion (hôpital de jour, 3 h)</td><td>forfait GHS</td><td>Prise en charge selon votre couverture</td></tr>
<tr><td>Chambre particulière (option)</td><td>45 € / séance</td><td>Selon votre mutuelle</td></tr></table>
<h2>Réserver en ligne</h2>
<p>La première consultation se réserve en ligne ou par téléphone au 04 00 00 00 00. Les séances de perfusion sont ensuite programmées par notre secrétariat. Le paiement du reste à charge se fait sur place ou en ligne via votre espace patient.</p>
<p>Venez accompagné(e) : la conduite est interdite le jour de la séance.</p>
</main>
<footer>Clinique Les Tilleuls · Établissement de santé privé · <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h5631", "https://www.seelenpraxis-online.example/behandlungen/esketamin", "telehealth", False, "de",
  "german-online-psychiatry-esketamine-referral", "Esketamin – Online-Psychiatrie Seelenpraxis", """
<header><a href="/" class="logo">Seelenpraxis online</a> <nav><a href="/so-gehts">So geht's</a> <a href="/aerztinnen">Unsere Ärztinnen &amp; Ärzte</a> <a href="/kosten">Kosten</a> <a href="/termin" class="btn">Videotermin buchen</a></nav></header>
<main>
<h1>Esketamin bei therapieresistenter Depression</h1>
<p>In unserer Online-Sprechstunde klären Fachärztinnen und Fachärzte für Psychiatrie per Video, ob eine Behandlung mit Esketamin-Nasenspray für Sie infrage kommt. Dazu gehören die Auswertung Ihrer bisherigen Behandlungen, ein strukturiertes Gespräch und die Prüfung von Vorerkrankungen wie Bluthochdruck.</p>
<h2>Wo die Behandlung stattfindet</h2>
<p>Esketamin darf nur unter Aufsicht in einer Praxis oder Klinik angewendet werden. Wir versenden daher kein Esketamin. Wenn die Behandlung sinnvoll ist, überweisen wir Sie an ein Partnerzentrum in Ihrer Nähe und übergeben dort den Befund. Die Folgetermine zur Verlaufskontrolle können wieder bei uns per Video stattfinden.</p>
<h2>Kosten</h2>
<p>Erstgespräch (50 Min.) 149 € nach GOÄ, Folgetermin 79 €. Private Krankenversicherungen erstatten in der Regel. Gesetzlich Versicherte erhalten eine Rechnung zur Selbstzahlung. Bezahlung per Kreditkarte oder SEPA-Lastschrift beim Buchen.</p>
<p><a class="btn" href="/termin?anliegen=esketamin">Jetzt Videotermin buchen</a></p>
</main>
<footer>Seelenpraxis online GmbH · Ärztliche Leitung: Dr. med. Katrin Vogel · <a href="/impressum">Impressum</a> · Im Notfall: 112</footer>
""", noise="cookie-de")

p("h5632", "https://www.sante-alerte.example/actualites/faux-sites-pharmacie-ketamine", "informational", False, "fr",
  "regulator-warning-fake-pharmacies", "Mise en garde : faux sites de pharmacie proposant de la kétamine", """
<header><a href="/">Portail public d'information sur les produits de santé</a> <nav><a href="/actualites">Actualités</a> <a href="/securite">Sécurité des patients</a> <a href="/signaler">Signaler un effet indésirable</a></nav></header>
<main>
<p class="date">Publié le 21/11/2026</p>
<h1>Mise en garde : faux sites de pharmacie proposant de la kétamine et de l'eskétamine</h1>
<p>Nous avons identifié plusieurs sites internet qui imitent l'apparence de pharmacies en ligne (logo en croix verte, photo d'un « pharmacien », avis clients) et proposent à la vente de la kétamine injectable ou de l'eskétamine en spray nasal, sans ordonnance ou après un simple questionnaire.</p>
<p>Certains de ces sites annoncent des prix de 90 à 150 € par flacon et n'acceptent que les paiements en cryptomonnaie ou par coupons prépayés (PCS, Transcash).</p>
<h2>Rappel</h2>
<ul>
<li>La kétamine et l'eskétamine sont des médicaments soumis à prescription, réservés à l'usage hospitalier ou administrés sous surveillance médicale.</li>
<li>Seules les pharmacies autorisées, affichant le logo commun européen, peuvent vendre des médicaments en ligne – et uniquement des médicaments non soumis à prescription.</li>
<li>Les produits achetés sur ces sites peuvent être falsifiés, sous-dosés ou contenir d'autres substances.</li>
</ul>
<p>Si vous avez acheté un produit sur l'un de ces sites, ne l'utilisez pas et parlez-en à votre médecin ou à votre pharmacien. Vous pouvez signaler un site suspect sur la plateforme gouvernementale dédiée.</p>
</main>
<footer>Site d'information publique · <a href="/accessibilite">Accessibilité</a></footer>
""")

p("h5633", "https://www.psicoonline-brasil.example/escetamina", "telehealth", False, "pt",
  "br-telepsychiatry-esketamine-referral", "Escetamina: avaliação online e encaminhamento | PsicoOnline Brasil", """
<header><a href="/" class="logo">PsicoOnline Brasil</a> <nav><a href="/como-funciona">Como funciona</a> <a href="/medicos">Nossos médicos</a> <a href="/precos">Preços</a> <a href="/agendar" class="btn">Agendar consulta</a></nav></header>
<main>
<h1>Escetamina para depressão resistente: comece pela avaliação online</h1>
<p>Na PsicoOnline você faz a consulta com psiquiatra por videochamada, de qualquer lugar do Brasil. Se o médico indicar escetamina em spray nasal, nós emitimos o relatório e encaminhamos você para uma clínica parceira, onde a aplicação é feita com monitoramento, como exige a bula.</p>
<ul><li>Consulta por vídeo: R$ 390 (Pix ou cartão em até 3x)</li><li>Retornos de acompanhamento online: R$ 250</li><li>Relatório para o plano de saúde sem custo adicional</li></ul>
<p>Não vendemos nem enviamos medicamentos controlados. Receitas são emitidas apenas após a consulta, com assinatura digital e número do CRM do médico.</p>
<p><a class="btn" href="/agendar?tema=escetamina">Agendar minha avaliação</a> ou fale com nossa equipe pelo WhatsApp.</p>
</main>
<footer>PsicoOnline Brasil · Diretor técnico: Dr. Rafael Nunes – CRM-SP 000000 · <a href="/privacidade">Privacidade</a> · CVV 188</footer>
""", noise="cookie-pt")

p("h5634", "https://www.kliniekdewaal.example/behandelingen/esketamine/aanmelden", "clinic", False, "nl",
  "dutch-clinic-esketamine-intake", "Aanmelden voor esketamine-behandeling – Kliniek De Waal", """
<header><a href="/" class="logo">Kliniek De Waal</a> <nav><a href="/behandelingen">Behandelingen</a> <a href="/voor-verwijzers">Voor verwijzers</a> <a href="/tarieven">Tarieven</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Aanmelden voor esketamine</h1>
<p>Esketamine-neusspray wordt bij ons gegeven op de polikliniek in Nijmegen. U neemt de neusspray zelf in onder toezicht van een verpleegkundige en blijft daarna minstens twee uur ter observatie.</p>
<h2>Wat heeft u nodig?</h2>
<ul><li>Een verwijzing van uw huisarts of psychiater, met de diagnose en eerdere behandelingen.</li><li>Uw medicatieoverzicht van de apotheek.</li><li>Een legitimatiebewijs.</li></ul>
<h2>Kosten</h2>
<p>De behandeling valt onder de basisverzekering; uw eigen risico is van toepassing. Wij declareren rechtstreeks bij uw zorgverzekeraar. Een eigen bijdrage of openstaande rekening kunt u online betalen met iDEAL via <a href="/mijn-dossier/betalen">Mijn Dossier</a>.</p>
<p><a class="btn" href="/aanmelden/formulier">Naar het aanmeldformulier</a> (alleen met verwijzing)</p>
</main>
<footer>Kliniek De Waal · Erkend GGZ-instelling · <a href="/privacy">Privacy</a> · <a href="/klachten">Klachtenregeling</a></footer>
""", noise="cookie-nl")

# ---------------------------------------------------------------- English telehealth / clinic / informational look-alikes

p("h5635", "https://www.northlightmind.example/our-clinicians", "telehealth", False, "en",
  "telehealth-named-prescribers", "Our clinicians | Northlight Mind", """
<header><a href="/">Northlight Mind</a> <nav><a href="/how-it-works">How it works</a> <a href="/our-clinicians">Clinicians</a> <a href="/pricing">Pricing</a> <a href="/shop" class="btn">Start now</a></nav></header>
<main>
<h1>Meet the people who'll care for you</h1>
<p>Every Northlight member is evaluated over video by one of our board-certified prescribers before any medication is prescribed. You keep the same clinician throughout your treatment.</p>
<div class="clin"><img src="/img/c/okoye.jpg" alt=""><h2>Adaeze Okoye, MD</h2><p>Psychiatrist · Licensed in CA, OR, WA, NV · NPI 0000000001</p><p>Dr. Okoye spent ten years in an academic mood-disorders program before joining Northlight as Medical Director.</p></div>
<div class="clin"><img src="/img/c/ruiz.jpg" alt=""><h2>Tomas Ruiz, PMHNP-BC</h2><p>Psychiatric nurse practitioner · Licensed in AZ, CO, NM, TX</p><p>Tomas focuses on PTSD in veterans and first responders.</p></div>
<div class="clin"><img src="/img/c/hale.jpg" alt=""><h2>Rebecca Hale, DO</h2><p>Psychiatrist · Licensed in NY, NJ, CT, PA</p><p>Dr. Hale leads our safety review: every new prescription is checked against the state prescription monitoring program.</p></div>
<p>After your first visit, medication - if prescribed - is shipped from our licensed pharmacy partner directly to your home. You'll meet your clinician again before each refill.</p>
<p><a class="btn" href="/shop">Start now - $99 first visit</a></p>
</main>
<footer>Northlight Mind Medical Group · <a href="/licensure">State licensure</a> · <a href="/privacy">Privacy</a></footer>
""")

p("h5636", "https://www.valleypaincenter.example/pay", "clinic", False, "en",
  "pain-clinic-online-bill-pay", "Pay Your Bill | Valley Pain & Infusion Center", """
<header><a href="/">Valley Pain &amp; Infusion Center</a> <nav><a href="/treatments/ketamine-infusions">Ketamine infusions</a> <a href="/treatments/nerve-blocks">Nerve blocks</a> <a href="/pay">Pay bill</a></nav></header>
<main>
<h1>Pay your bill online</h1>
<p>Have your statement handy. Your account number is in the top right corner.</p>
<form><label>Account number <input></label> <label>Patient date of birth <input type="date"></label> <label>Amount <input placeholder="$0.00"></label> <button>Continue to secure payment</button></form>
<p>Questions about a charge for a ketamine infusion, lidocaine infusion or nerve block? Call billing at (559) 555-0110, Monday-Friday.</p>
</main>
<footer>Valley Pain &amp; Infusion Center · Fresno, CA</footer>
""")

p("h5637", "https://www.evenkeelhealth.example/pricing", "telehealth", False, "en",
  "telehealth-pricing-faq-hsa", "Pricing | Even Keel Health", """
<header><a href="/">Even Keel Health</a> <nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a> <a href="/login">Sign in</a></nav></header>
<main>
<h1>Simple pricing</h1>
<div class="plans">
<div><h2>Starter</h2><p class="price">$299</p><p>Psychiatric evaluation by video, 6 prescribed doses if appropriate, 2 integration sessions, free shipping.</p><a class="btn" href="/buy/starter">Buy now</a></div>
<div><h2>Continuing care</h2><p class="price">$179/mo</p><p>Monthly clinician follow-up, 4 doses, 1 integration session. Cancel anytime.</p><a class="btn" href="/buy/continuing">Subscribe</a></div>
</div>
<h2>Frequently asked questions</h2>
<details><summary>Can I pay with HSA or FSA?</summary><p>Yes. Most HSA/FSA cards work at checkout. We can also provide an itemized receipt.</p></details>
<details><summary>Do you take insurance?</summary><p>We don't bill insurance directly. Some members get partial reimbursement for the clinician visits using our superbill.</p></details>
<details><summary>What happens if I'm not approved?</summary><p>About 1 in 5 people are not good candidates, for example because of uncontrolled blood pressure, a history of psychosis or current substance use. If your clinician doesn't prescribe, you're refunded for everything except the $75 evaluation.</p></details>
<details><summary>Can I pay with crypto?</summary><p>No. We only accept card and HSA/FSA payments in the patient's own name.</p></details>
<details><summary>Where do you ship?</summary><p>Only to patients in states where our clinicians are licensed, to the address verified at sign-up.</p></details>
</main>
<footer>Even Keel Health Professional Corp. · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h5638", "https://www.stmarkshealth.example/departments/psychiatry/interventional-psychiatry", "clinic", False, "en",
  "hospital-interventional-psychiatry-service", "Interventional Psychiatry Service | St. Mark's Health", """
<header><a href="/">St. Mark's Health</a> <nav><a href="/find-a-doctor">Find a Doctor</a> <a href="/locations">Locations</a> <a href="/patients-visitors">Patients &amp; Visitors</a> <a href="/mychart">MyChart</a> <a href="/donate">Give</a></nav></header>
<main>
<p class="crumbs">Departments › Psychiatry › Interventional Psychiatry</p>
<h1>Interventional Psychiatry Service</h1>
<p>Our service offers treatments for depression that hasn't improved with medication and therapy: electroconvulsive therapy (ECT), transcranial magnetic stimulation (TMS), intravenous ketamine and esketamine nasal spray. All treatments are delivered on the 4th floor of the Behavioral Health Pavilion.</p>
<h2>Ketamine and esketamine</h2>
<p>IV ketamine is given in a monitored procedure area with an anesthesia-trained team. Esketamine (Spravato) is given in our REMS-certified treatment room. Insurance coverage differs: esketamine is covered by most plans with prior authorization, while IV ketamine for depression is often self-pay. Our financial counselors can give you an estimate before you start; see <a href="/price-transparency">price transparency</a> for self-pay rates.</p>
<h2>Referrals</h2>
<p>We accept referrals from psychiatrists and primary-care clinicians. Patients can also request a consultation through MyChart.</p>
<p><a class="btn" href="/appointments/request?dept=ip">Request an appointment</a></p>
</main>
<footer>St. Mark's Health · A nonprofit health system · <a href="/nondiscrimination">Nondiscrimination</a></footer>
""", noise="cookie")

p("h5639", "https://portal.cobaltcare.example/refills/new", "telehealth", False, "en",
  "telehealth-refill-request-portal", "Request a refill - Cobalt Care patient portal", """
<header><a href="/">Cobalt Care</a> <nav><a href="/dashboard">Dashboard</a> <a href="/messages">Messages (1)</a> <a href="/appointments">Appointments</a> <a href="/refills" class="active">Refills</a> <a href="/billing">Billing</a></nav></header>
<main>
<h1>Request a refill</h1>
<div class="med"><p><b>Ketamine HCl 200 mg rapid-dissolve tablet</b> &middot; Prescriber: Lena Marsh, PMHNP &middot; Last filled Nov 3, 2026</p></div>
<p>Before we can send your next order, please complete your check-in. Your clinician reviews every check-in and may schedule a video visit before approving.</p>
<form>
<p>How many doses do you have left? <input type="number"></p>
<p>PHQ-9 (9 questions) <a href="/checkin/phq9">Start</a> &middot; GAD-7 <a href="/checkin/gad7">Start</a></p>
<p>Most recent blood pressure reading: <input placeholder="e.g. 124/80"></p>
<p>Any new medications, side effects, or alcohol/drug use? <textarea></textarea></p>
<p>Was your treatment monitor present for every session? <label><input type="radio" name="m"> Yes</label> <label><input type="radio" name="m"> No</label></p>
<button>Submit check-in and request refill</button>
</form>
<p class="small">Refills ship from our partner pharmacy 2-4 days after approval. Your card on file will be charged $129 when the pharmacy ships.</p>
</main>
<footer>Cobalt Care · Need help now? Call or text 988</footer>
""")

p("h5640", "https://www.safebuyguide.example/health/spot-fake-online-pharmacy", "informational", False, "en",
  "consumer-guide-quoting-no-rx-listings", "How to spot a fake online pharmacy (with real examples) | SafeBuy Guide", """
<header><a href="/">SafeBuy Guide</a> <nav><a href="/tech">Tech</a> <a href="/money">Money</a> <a href="/health">Health</a> <a href="/scams">Scam alerts</a></nav></header>
<main><article>
<h1>How to spot a fake online pharmacy (with real examples)</h1>
<p class="byline">Updated December 2026 · 9 min read</p>
<p>Rogue pharmacy sites have gotten better at looking legitimate. We collected listings our readers sent us and broke down the warning signs. Names and domains have been changed.</p>
<h2>1. "Prescription: our pharmacist reviews your questionnaire"</h2>
<p>A reader sent us a listing reading "Ketamine 50 mg/ml, 10 ml - $95 - no paper prescription needed." A real pharmacy can't dispense a prescription drug based on a form you fill out yourself.</p>
<h2>2. Unusual payment methods</h2>
<p>Bitcoin discounts, Zelle to a personal name, prepaid coupon codes or gift cards. Legit pharmacies take cards and insurance.</p>
<h2>3. Shipping promises</h2>
<p>"Stealth packaging" and "free reship if seized" mean the seller expects customs to stop the package.</p>
<h2>4. A photo of a pharmacist</h2>
<p>Reverse-image search it. In two of our examples the "pharmacist" was a stock photo.</p>
<h2>What legitimate sellers look like</h2>
<p>Licensed pharmacies show a verifiable license number, require a prescription from your own clinician, and ship controlled medications only after that prescription is verified. Telehealth services that prescribe ketamine do a live video evaluation first.</p>
<p>Check a site with your state board of pharmacy before you buy. If you already paid, contact your card issuer and report the site to the FDA's BeSafeRx program.</p>
</article></main>
<aside><h3>Newsletter</h3><p>Weekly scam alerts in your inbox.</p><form><input type="email"><button>Sign up</button></form></aside>
<footer>SafeBuy Guide is reader-supported. We may earn a commission from links to retailers. &copy; 2026</footer>
""", noise="cookie")

save(OUT, R)
