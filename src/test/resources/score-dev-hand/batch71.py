# Batch 71 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Fronts: veterinary, laboratory and pharmacy". Sellers that hide behind a legitimate-looking
# trade (veterinary supply stores selling ketamine vials to anyone, research-chemical / analogue
# vendors with lab-style COAs and "not for human consumption", chemical suppliers with purity grades
# and bulk prices, rogue online pharmacies listing Spravato/Ketalar next to other controlled drugs,
# wholesale price lists, an export company's catalogue), against their honest twins: a licensed
# veterinary pharmacy that requires a vet prescription, a veterinary drug reference, a reference-
# standards supplier that sells only to registered institutions, a licensed wholesaler to registered
# facilities, a compounding pharmacy that dispenses on prescription, a drug-checking alert about an
# analogue, a pharmacology reference, a customs seizure report, a regulator warning; plus telehealth
# and clinic pages that name doses, forms and partner pharmacies.
# Mix: 14 sellers (flagged), 9 informational, 9 telehealth, 8 clinics; 24 English, 16 in
# es/de/fr/nl/pt/it (es 3, de 3, fr 3, nl 3, pt 2, it 2).
# Shapes: vet-supply product page with quantity tiers and "export orders, no script", 2-FDCK product
# page with COA table and crypto discount, "arylcyclohexylamines" category grid, B2B chemical
# supplier ketamine HCl page with CAS number and MOQ, rogue pharmacy anaesthetics aisle (Ketalar,
# Spravato next to oxycodone and alprazolam), plain-text Telegram wholesale price list, export
# company's veterinary anaesthetics catalogue, RC vendor FAQ (stealth, reship, XMR), Spanish vet
# store (Imalgène without prescription), German RC shop (DCK pellets), French rogue pharmacy
# (Spravato sans ordonnance), Dutch pet pharmacy (Ketamidor, "geen recept"), Brazilian vet
# distributor (invented brand, Pix/WhatsApp), Italian chemical supplier (pharma-grade ketamine HCl to
# private buyers); informational: US vet pharmacy controlled-drug policy, German vet drug compendium
# monograph, reference-standards product page (DEA registration required), French wholesaler
# professional catalogue, compounding pharmacy service page, Spanish drug-checking alert (2-FDCK sold
# as ketamine), pharmacology wiki on arylcyclohexylamines, Dutch customs seizure news, regulator
# warning (plain text); telehealth: partner-pharmacy page, medication page with doses, Portuguese
# virtual psychiatry referring for esketamine, Italian tele-psychiatry, Spanish how-it-works, help
# article warning against vet/RC sites, prescription notification (plain text), membership checkout,
# clinician roster; clinics: Spravato buy-and-bill pharmacy page, "our medication" page with IV/IM
# doses, German private practice, French hospital department, Dutch mental-health clinic, KAP
# practice, pain-clinic deposit page, visit-reminder text (plain text).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch71.py (writes batch71/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch71")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (flagged)

p("h7101", "https://www.farmvetdirect.example/products/ketaset-100-10ml", "seller", True, "en",
  "vet-supply-product-page", "Ketaset 100 mg/ml Injection 10 ml | FarmVet Direct", """
<div class="topbar">Free shipping on orders over $149 &middot; Worldwide export desk open Mon&ndash;Sat &middot; <a href="/track">Track order</a></div>
<header><a class="logo" href="/">FarmVet Direct</a>
<nav><a href="/c/equine">Equine</a> <a href="/c/canine">Canine</a> <a href="/c/feline">Feline</a> <a href="/c/livestock">Livestock</a> <a href="/c/anaesthetics">Anaesthetics &amp; Sedation</a> <a href="/c/wormers">Wormers</a> <a href="/c/clearance">Clearance</a></nav>
<form class="search"><input placeholder="Search 4,000+ products"></form> <a href="/account">Sign in</a> <a href="/cart">Cart (0)</a></header>
<main>
<p class="crumbs"><a href="/">Home</a> / <a href="/c/anaesthetics">Anaesthetics &amp; Sedation</a> / Ketaset 100 mg/ml</p>
<div class="product">
<img src="/img/p/ketaset-10ml.jpg" alt="Ketaset vial">
<h1>Ketaset 100 mg/ml Solution for Injection &ndash; 10 ml vial</h1>
<p class="stars">&#9733;&#9733;&#9733;&#9733;&#9734; 37 reviews</p>
<p>Active ingredient: ketamine (as hydrochloride) 100 mg/ml. Multi-dose vial, preserved with benzethonium chloride.</p>
<table class="tiers"><tr><th>Qty</th><th>Price per vial</th></tr>
<tr><td>1&ndash;4</td><td>$64.00</td></tr>
<tr><td>5&ndash;9</td><td>$57.50</td></tr>
<tr><td>10+</td><td>$49.00</td></tr>
<tr><td>Box of 25</td><td>$1,090.00</td></tr></table>
<label>Quantity <input type="number" value="1"></label> <button class="add">Add to cart</button>
<p class="stock">In stock &ndash; dispatched within 24h</p>
<div class="note"><b>Prescription?</b> Domestic orders for this item are checked by our team. <b>Export and international orders ship without a veterinary script</b> &ndash; just tick "export" at checkout. No licence upload needed for orders under 20 vials.</div>
<p>Shipped in insulated, unbranded packaging. Customs declaration as "veterinary supplies".</p>
</div>
<section class="tabs"><h2>Description</h2>
<p>A dissociative anaesthetic widely used in cats, dogs, horses and primates. Fast onset, good somatic analgesia. Typically combined with an alpha-2 agonist or a benzodiazepine.</p>
<h2>Reviews</h2>
<div class="review"><b>Dale R.</b> &#9733;&#9733;&#9733;&#9733;&#9733; "Second order, arrived in 6 days to Ireland, no questions. Will reorder."</div>
<div class="review"><b>hobby_breeder_22</b> &#9733;&#9733;&#9733;&#9733;&#9734; "Good price for the 10 pack. Took a week to clear customs."</div>
</section>
<aside><h3>Customers also bought</h3><ul><li><a href="/products/xylazine-20-30ml">Xylazine 20 mg/ml 30 ml</a></li><li><a href="/products/sterile-needles-21g">Sterile needles 21G x100</a></li><li><a href="/products/imalgene-1000">Imalgene 1000 10 ml</a></li></ul></aside>
</main>
<footer><p>FarmVet Direct &copy; 2026 &middot; <a href="/shipping">Shipping</a> &middot; <a href="/returns">Returns</a> &middot; <a href="/export">Export desk</a> &middot; We accept Visa, Mastercard, Bitcoin, USDT</p></footer>
""", noise="cookie")

p("h7102", "https://purelabsynth.test/product/2-fdck-crystal/", "seller", True, "en",
  "research-chemical-product-coa", "2-FDCK Crystal | PureLab Synth", """
<header><a href="/">PureLab Synth</a> <nav><a href="/shop">Shop</a> <a href="/coa">Lab Reports</a> <a href="/faq">FAQ</a> <a href="/contact">Contact</a></nav> <a href="/cart">&#128722; 0</a></header>
<div class="banner">Pay with BTC/LTC/XMR and get 12% off &middot; Orders before 2pm CET ship the same day</div>
<main>
<h1>2-FDCK (2-Fluorodeschloroketamine) &ndash; Crystal</h1>
<p>IUPAC: 2-(2-fluorophenyl)-2-(methylamino)cyclohexan-1-one &middot; Formula C13H16FNO &middot; Molar mass 221.27 g/mol &middot; Form: white crystalline solid (HCl)</p>
<select><option>1 g &ndash; &euro;22</option><option>5 g &ndash; &euro;80</option><option>10 g &ndash; &euro;140</option><option>25 g &ndash; &euro;290</option><option>100 g &ndash; &euro;820</option></select>
<button>Add to cart</button>
<h2>Certificate of Analysis (batch PL-2611-F)</h2>
<table><tr><th>Test</th><th>Method</th><th>Result</th></tr>
<tr><td>Identity</td><td>GC-MS, 1H-NMR</td><td>Conforms</td></tr>
<tr><td>Purity</td><td>HPLC-UV 254 nm</td><td>99.4%</td></tr>
<tr><td>Residual solvents</td><td>HS-GC</td><td>&lt; 0.1%</td></tr></table>
<p><a href="/coa/PL-2611-F.pdf">Download full COA (PDF)</a></p>
<p class="disclaimer">This product is sold as a research chemical for in-vitro analytical use only. NOT FOR HUMAN CONSUMPTION. By purchasing you confirm you are 18+ and will comply with local laws. We do not answer questions about dosage.</p>
<h3>Shipping</h3><p>Vacuum sealed, odour-proof, discreet envelope with no reference to the contents. Free reship if lost in EU.</p>
</main>
<aside><h3>Related</h3><ul><li><a href="/product/dck-crystal/">DCK crystal</a></li><li><a href="/product/o-pce/">O-PCE</a></li><li><a href="/product/3-meo-pcp-pellets/">3-MeO-PCP pellets</a></li></ul></aside>
<footer>&copy; PureLab Synth &middot; Lab supply since 2019</footer>
""")

p("h7103", "https://novachemresearch.example/category/arylcyclohexylamines", "seller", True, "en",
  "research-chemical-category-grid", "Arylcyclohexylamines | NovaChem Research", """
<header><div class="logo">NovaChem<span>Research</span></div>
<nav><a href="/">Home</a> <a href="/category/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/category/tryptamines">Tryptamines</a> <a href="/category/benzo-analogues">Benzo analogues</a> <a href="/category/cannabinoids">Cannabinoids</a> <a href="/category/pellets">Pellets</a> <a href="/bulk">Bulk</a></nav></header>
<main>
<h1>Arylcyclohexylamines</h1>
<p>Showing 1&ndash;6 of 6 results &middot; Sort by: <select><option>Popularity</option><option>Price low-high</option></select></p>
<ul class="grid">
<li><b>Deschloroketamine (DCK) HCl</b><br>from &euro;18.00 / g<br><a href="/p/dck">Select options</a></li>
<li><b>2-FDCK</b><br>from &euro;15.00 / g<br><a href="/p/2-fdck">Select options</a></li>
<li><b>Methoxetamine (MXE)</b> &ndash; <i>back in stock!</i><br>from &euro;35.00 / g<br><a href="/p/mxe">Select options</a></li>
<li><b>Hydroxetamine (HXE)</b><br>from &euro;30.00 / g<br><a href="/p/hxe">Select options</a></li>
<li><b>O-PCE</b><br>from &euro;26.00 / g<br><a href="/p/o-pce">Select options</a></li>
<li><b>2F-NENDCK</b> <span class="badge">NEW</span><br>from &euro;24.00 / g<br><a href="/p/2f-nendck">Select options</a></li>
</ul>
<p class="cat-desc">Arylcyclohexylamines are a class of NMDA-receptor antagonists related to phencyclidine and ketamine. All compounds are supplied with a batch COA (NMR/HPLC). For research and reference purposes only. Not for human consumption. Buyers must be 18 or over.</p>
</main>
<aside><h4>Why NovaChem?</h4><ul><li>Lab-tested every batch</li><li>Stealth shipping EU &amp; UK</li><li>Pay by bank transfer, Bitcoin or Monero</li><li>Loyalty points on every gram</li></ul></aside>
<footer>NovaChem Research &middot; <a href="/terms">Terms</a> &middot; <a href="/legal">Legal status</a> &middot; Support via Telegram @novachem_support</footer>
""")

p("h7104", "https://www.hengda-finechem.example/products/cas-1867-66-9.html", "seller", True, "en",
  "b2b-chemical-supplier-listing", "Ketamine Hydrochloride CAS 1867-66-9 99.8% | Hengda Fine Chemical Co., Ltd.", """
<header><div class="logo">Hengda Fine Chemical Co., Ltd.</div>
<nav><a href="/">Home</a> <a href="/about">About Us</a> <a href="/products">Products</a> <a href="/pharma-intermediates">Pharma Intermediates</a> <a href="/api">APIs</a> <a href="/quality">Quality Control</a> <a href="/contact">Contact Us</a></nav>
<p>Tel/WhatsApp/Signal: +00 555 0147 2290 &middot; Email: sales01@hengda-finechem.example</p></header>
<main>
<h1>Ketamine Hydrochloride (CAS 1867-66-9)</h1>
<table class="spec">
<tr><td>Product name</td><td>Ketamine HCl</td></tr>
<tr><td>CAS No.</td><td>1867-66-9</td></tr>
<tr><td>Grade</td><td>Pharmaceutical grade (USP/BP) / Industrial grade</td></tr>
<tr><td>Assay</td><td>&ge; 99.8% (HPLC)</td></tr>
<tr><td>Appearance</td><td>White crystalline powder</td></tr>
<tr><td>MOQ</td><td>10 g (sample) / 1 kg (bulk)</td></tr>
<tr><td>Price</td><td>Sample 10 g USD 180; 100 g USD 950; 1 kg USD 6,800 &ndash; negotiable for repeat buyers</td></tr>
<tr><td>Package</td><td>Aluminium foil bag / fibre drum, discreet outer packing</td></tr>
<tr><td>Delivery</td><td>EMS, DHL, TNT, special line, 7&ndash;12 days door to door</td></tr>
<tr><td>Payment</td><td>T/T, Western Union, MoneyGram, BTC, USDT</td></tr>
</table>
<h2>Our advantages</h2>
<ol><li>Own factory, 15 years experience, GMP workshop.</li><li>100% customs clearance: if seized we reship free of charge.</li><li>Private and business customers welcome, no licence required.</li><li>COA, MSDS and HNMR supplied with each batch.</li></ol>
<h2>Send inquiry</h2>
<form><input placeholder="Your name"> <input placeholder="E-mail / WhatsApp"> <textarea>Quantity and destination country</textarea> <button>Get quotation</button></form>
<aside><h3>Hot products</h3><ul><li>Bromazolam CAS 71368-80-4</li><li>2-Bromo-4-methylpropiophenone CAS 1451-83-8</li><li>2-(2-Chlorophenyl)-2-nitrocyclohexanone CAS 2079878-75-2</li><li>Tiletamine HCl</li></ul></aside>
</main>
<footer>Copyright &copy; 2026 Hengda Fine Chemical Co., Ltd. All rights reserved. &middot; <a href="/sitemap">Sitemap</a></footer>
""")

p("h7105", "https://www.carewellmeds.example/anesthetics/", "seller", True, "en",
  "rogue-pharmacy-category-aisle", "Anesthetics & Sedatives | CareWell Meds - Licensed Online Pharmacy", """
<div class="trustbar">&#10004; 100% Genuine Medicines &#10004; Licensed Pharmacists &#10004; Express Delivery USA, UK, AU, CA &#10004; 24/7 Live Chat</div>
<header><a href="/">CareWell<b>Meds</b></a>
<nav><a href="/pain-relief">Pain Relief</a> <a href="/anxiety">Anxiety</a> <a href="/sleep">Sleep Aids</a> <a href="/adhd">ADHD</a> <a href="/anesthetics">Anesthetics</a> <a href="/weight-loss">Weight Loss</a> <a href="/mens-health">Men's Health</a></nav>
<a href="/cart">Cart</a></header>
<main>
<h1>Anesthetics &amp; Sedatives</h1>
<p>Buy anesthetic and sedative medication online from CareWell Meds. <b>No prescription required</b> &ndash; our in-house doctor reviews your order form automatically.</p>
<div class="products">
<div class="card"><h3>Ketalar (Ketamine) 50 mg/ml, 10 ml</h3><p>5 vials $240 &middot; 10 vials $420</p><a href="/anesthetics/ketalar-50">Buy now</a></div>
<div class="card"><h3>Spravato (Esketamine) Nasal Spray 28 mg</h3><p>1 device $310 &middot; 3 devices $840</p><a href="/anesthetics/spravato-28mg">Buy now</a></div>
<div class="card"><h3>Ketamine Powder 99% (pharma)</h3><p>5 g $150 &middot; 10 g $270 &middot; 28 g $590</p><a href="/anesthetics/ketamine-powder">Buy now</a></div>
<div class="card"><h3>Midazolam 15 mg</h3><p>30 tabs $160</p><a href="/anesthetics/midazolam">Buy now</a></div>
<div class="card"><h3>Oxycodone 30 mg</h3><p>60 pills $380</p><a href="/pain-relief/oxycodone-30">Buy now</a></div>
<div class="card"><h3>Alprazolam 2 mg</h3><p>90 pills $210</p><a href="/anxiety/alprazolam-2mg">Buy now</a></div>
</div>
<section><h2>How to order</h2><ol><li>Add your medicine to cart.</li><li>Fill in the short health form (takes 1 minute).</li><li>Pay with Zelle, Cash App, Bitcoin or gift card.</li><li>Receive tracking number within 24 hours.</li></ol>
<p>All parcels are shipped discreetly. If your package is seized we reship free.</p></section>
</main>
<footer><p>CareWell Meds &copy; 2026 &middot; <a href="/about">About</a> &middot; <a href="/privacy">Privacy</a> &middot; WhatsApp +1 555 0123 876</p></footer>
""", noise="cookie")

p("h7106", "https://tgview.example/s/vetline_wholesale", "seller", True, "en",
  "telegram-wholesale-price-list", "", """
VETLINE WHOLESALE - PRICE LIST DEC
Ketamidor 10% 10ml ..... 10 vials $330 / 50 vials $1,450
Vetalar-V 100mg/ml 10ml ..... 10 vials $360
Imalgene 1000 ..... 10 vials $345
Ketaset (US) 10ml ..... 25 vials $1,100
crystal (cooked from vials, 98%) ..... 10g $190 / 50g $800 / 100g $1,400
Minimum order 10 vials. Pay BTC / USDT TRC20 only. Tracking in 48h, stealth vacuum pack, reship once.
DM @vetline_boss to order. No time wasters.
""", ext="txt")

p("h7107", "https://www.orionvet-export.example/catalogue/anaesthetics", "seller", True, "en",
  "export-company-catalogue", "Catalogue 2026 - Veterinary Anaesthetics | Orion Vet Export Ltd", """
<header><img src="/logo.png" alt="Orion Vet Export"> <nav><a href="/">Home</a> <a href="/company">Company</a> <a href="/catalogue">Catalogue</a> <a href="/logistics">Logistics</a> <a href="/distributors">Become a distributor</a> <a href="/contact">Contact</a></nav>
<span>EN | FR | AR | RU</span></header>
<main>
<h1>Product Catalogue 2026 &ndash; Section 4: Anaesthetics &amp; Sedatives</h1>
<p>Orion Vet Export supplies veterinary medicines from EU and Asian manufacturers to farms, pet shops, distributors and private buyers in more than 60 countries. Download the full <a href="/catalogue/orion-2026.pdf">catalogue (PDF, 8.4 MB)</a>.</p>
<table>
<tr><th>Code</th><th>Product</th><th>Presentation</th><th>FOB price (USD)</th><th>Min. order</th></tr>
<tr><td>AN-401</td><td>Imalg&egrave;ne 1000 (ketamine 100 mg/ml)</td><td>10 ml vial</td><td>29.00</td><td>10 vials</td></tr>
<tr><td>AN-402</td><td>Ketamidor 100 mg/ml</td><td>10 ml vial</td><td>27.50</td><td>10 vials</td></tr>
<tr><td>AN-403</td><td>Ketavex 10% (house brand)</td><td>20 ml vial</td><td>31.00</td><td>20 vials</td></tr>
<tr><td>AN-404</td><td>Ketamine HCl 50 mg/ml injection</td><td>10 ml ampoule box x10</td><td>95.00</td><td>5 boxes</td></tr>
<tr><td>AN-410</td><td>Xylazine 2%</td><td>50 ml</td><td>12.00</td><td>10 vials</td></tr>
<tr><td>AN-415</td><td>Zoletil 100</td><td>5 ml + powder</td><td>34.00</td><td>10 kits</td></tr>
</table>
<h2>Ordering</h2>
<ul><li>Sample orders accepted from 1 box &ndash; no import permit or veterinary licence needed from the buyer.</li><li>Door-to-door delivery by DHL/EMS, customs clearance included ("guaranteed delivery").</li><li>Payment: bank transfer, Western Union, crypto (USDT) with 5% discount.</li></ul>
<p>Send your order list on WhatsApp +00 555 0199 4410 or by e-mail to export@orionvet-export.example</p>
</main>
<footer>Orion Vet Export Ltd &middot; Registered exporter &middot; &copy; 2026</footer>
""")

p("h7108", "https://labmonkeychem.test/faq", "seller", True, "en",
  "research-chemical-vendor-faq", "FAQ - LabMonkey Chemicals", """
<nav><a href="/">Shop</a> <a href="/faq">FAQ</a> <a href="/track">Track</a> <a href="/account">My account</a></nav>
<h1>Frequently Asked Questions</h1>
<h3>Do you ship to my country?</h3>
<p>We ship to the EU, UK, Norway and Switzerland. Orders to the UK leave from a domestic warehouse so there is no customs step. Some products (DCK, 2-FDCK, MXE) are not available to Germany because of the NpSG &ndash; we can suggest an alternative.</p>
<h3>How is my order packed?</h3>
<p>Double vacuum-sealed mylar, inside a padded envelope that looks like an ordinary online purchase. The sender name is a generic trading company. Nothing on the outside mentions chemicals.</p>
<h3>What if my parcel does not arrive?</h3>
<p>Wait 14 working days, then message us. First-time customers get one free reship; after that we reship at 50%.</p>
<h3>Which payment methods do you take?</h3>
<p>Bitcoin, Monero, and SEPA bank transfer. Monero orders get an extra 10% off.</p>
<h3>Can you tell me how much to take?</h3>
<p>No. All products are sold as research chemicals, not for human consumption. Tickets asking about doses will be closed.</p>
<h3>Do you sell ketamine?</h3>
<p>We do not stock ketamine itself. Customers looking for something similar usually choose our DCK or 2-FDCK, which are fully tested and cheaper per gram.</p>
""")

p("h7109", "https://www.agrovetonline.example/es/anestesicos/imalgene-1000-10ml", "seller", True, "es",
  "vet-supply-product-page", "Imalgène 1000 100 mg/ml frasco 10 ml | AgroVet Online", """
<header><a href="/es/">AgroVet Online</a> <nav><a href="/es/perros">Perros</a> <a href="/es/gatos">Gatos</a> <a href="/es/caballos">Caballos</a> <a href="/es/ganaderia">Ganadería</a> <a href="/es/anestesicos">Anestésicos</a> <a href="/es/ofertas">Ofertas</a></nav> <a href="/es/carrito">Mi carrito</a></header>
<main>
<p><a href="/es/">Inicio</a> &rsaquo; <a href="/es/anestesicos">Anestésicos</a> &rsaquo; Imalgène 1000</p>
<h1>Imalgène 1000 &ndash; Ketamina 100 mg/ml &ndash; frasco de 10 ml</h1>
<p class="precio">39,90 &euro; <small>IVA incluido</small></p>
<p>Pack 5 frascos: 179 &euro; &middot; Pack 10 frascos: 329 &euro;</p>
<button>Añadir al carrito</button>
<ul class="ventajas"><li>&#10003; Envío en 24/48 h a toda España y Portugal</li><li>&#10003; <b>Sin necesidad de receta veterinaria</b></li><li>&#10003; Pago con tarjeta, Bizum o transferencia</li><li>&#10003; Embalaje neutro</li></ul>
<h2>Descripción</h2>
<p>Anestésico general de acción rápida para perros, gatos y caballos. Se usa habitualmente en combinación con xilacina o medetomidina. Conservar por debajo de 25 ºC.</p>
<h2>Opiniones</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; <b>Javi</b>: «Llegó en dos días, sin pedirme nada. Repetiré.»</p>
</main>
<footer>AgroVet Online &middot; Aviso legal &middot; Política de privacidad &middot; WhatsApp 600 555 214</footer>
""", noise="cookie-es")

p("h7110", "https://www.rc-labor.example/de/shop/dck-pellets-50mg", "seller", True, "de",
  "research-chemical-pellets", "Deschloroketamin (DCK) Pellets 50 mg | RC-Labor", """
<header><a href="/de/">RC-Labor</a> <nav><a href="/de/shop">Shop</a> <a href="/de/analysen">Analysen</a> <a href="/de/versand">Versand</a> <a href="/de/kontakt">Kontakt</a></nav> <a href="/de/warenkorb">Warenkorb</a></header>
<main>
<h1>Deschloroketamin (DCK) &ndash; Pellets à 50 mg</h1>
<p>Hellblaue Presslinge mit je 50 mg 2'-Oxo-PCM (DCK HCl), gepresst mit mikrokristalliner Cellulose.</p>
<table><tr><th>Menge</th><th>Preis</th></tr><tr><td>10 Pellets</td><td>24,00 &euro;</td></tr><tr><td>25 Pellets</td><td>49,00 &euro;</td></tr><tr><td>50 Pellets</td><td>85,00 &euro;</td></tr><tr><td>100 Pellets</td><td>150,00 &euro;</td></tr></table>
<button>In den Warenkorb</button>
<h2>Reinheitsanalyse</h2>
<p>Charge DCK-0926: Gehalt 99,1 % (HPLC), Identität per GC-MS bestätigt. Das Prüfzertifikat liegt jeder Bestellung bei.</p>
<p><b>Hinweis:</b> Forschungschemikalie. Nicht für den menschlichen Verzehr. Abgabe nur an Personen über 18 Jahre. Der Käufer ist für die Einhaltung der Gesetze seines Landes verantwortlich.</p>
<h2>Versand</h2>
<p>Versand aus den Niederlanden in neutralem Umschlag, ohne Absenderhinweis auf den Inhalt. Zahlung per Vorkasse, Bitcoin oder Monero.</p>
</main>
<footer>RC-Labor &middot; <a href="/de/agb">AGB</a> &middot; <a href="/de/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h7111", "https://pharmacie-eco-sante.example/produit/spravato-28mg-spray-nasal", "seller", True, "fr",
  "rogue-pharmacy-product-page", "Acheter Spravato 28 mg spray nasal sans ordonnance | Pharmacie Éco Santé", """
<header><a href="/">Pharmacie Éco Santé</a> <nav><a href="/categorie/douleur">Douleur</a> <a href="/categorie/sommeil">Sommeil</a> <a href="/categorie/depression">Dépression</a> <a href="/categorie/anesthesiques">Anesthésiques</a></nav> <a href="/panier">Panier</a></header>
<main>
<h1>Spravato (eskétamine) 28 mg &ndash; spray nasal</h1>
<p>Prix : 1 dispositif 290 &euro; &middot; 3 dispositifs 780 &euro; &middot; 6 dispositifs 1 450 &euro;</p>
<button>Ajouter au panier</button>
<p><b>Sans ordonnance</b> : pas besoin de consultation, commandez directement. Livraison discrète en 5 à 8 jours en France, Belgique, Suisse et Canada.</p>
<h2>À propos de ce médicament</h2>
<p>Spravato est un antidépresseur à action rapide sous forme de spray. Il est habituellement réservé à l'hôpital ; chez nous vous pouvez l'acheter en ligne et l'utiliser à domicile.</p>
<h2>Vous aimerez aussi</h2>
<ul><li>Kétamine Ketalar 500 mg/10 ml &ndash; 5 flacons 210 &euro;</li><li>Zolpidem 10 mg &ndash; 60 comprimés 95 &euro;</li><li>Tramadol 200 mg &ndash; 90 comprimés 140 &euro;</li></ul>
<p>Paiement : carte bancaire, Bitcoin, coupons PCS / Transcash.</p>
</main>
<footer>Pharmacie Éco Santé &copy; 2026 &middot; Service client par WhatsApp</footer>
""", noise="cookie-fr")

p("h7112", "https://dierapotheek-voordeel.example/anesthesie/ketamidor-10-procent-10ml", "seller", True, "nl",
  "pet-pharmacy-product-page", "Ketamidor 10% injectievloeistof 10 ml | DierApotheek Voordeel", """
<header><a href="/">DierApotheek Voordeel</a> <nav><a href="/hond">Hond</a> <a href="/kat">Kat</a> <a href="/paard">Paard</a> <a href="/anesthesie">Anesthesie</a> <a href="/acties">Acties</a></nav> <a href="/winkelwagen">Winkelwagen</a></header>
<main>
<h1>Ketamidor 100 mg/ml &ndash; 10 ml</h1>
<p class="prijs">&euro; 34,95 <s>&euro; 42,50</s></p>
<p>Staffelkorting: 3 stuks &euro; 99 &middot; 6 stuks &euro; 189</p>
<button>In winkelwagen</button>
<p>&#10004; Voor 22:00 besteld, morgen in huis (NL/BE) &#10004; <b>Geen dierenartsrecept nodig</b> voor hobbyhouders, fokkers en stallen &#10004; Betalen met iDEAL, Bancontact of crypto</p>
<h2>Productinformatie</h2>
<p>Injectievloeistof met ketamine (als hydrochloride) voor sedatie en anesthesie bij paard, hond en kat. Werkzame stof: ketamine 100 mg per ml. Bewaren beneden 25 &deg;C.</p>
<h2>Veelgestelde vraag</h2>
<p><b>Moet ik een recept uploaden?</b> Nee, bij ons niet. Vul bij het afrekenen alleen in voor welk dier het is.</p>
</main>
<footer>DierApotheek Voordeel &middot; Klantenservice via WhatsApp &middot; <a href="/voorwaarden">Voorwaarden</a></footer>
""", noise="cookie-nl")

p("h7113", "https://distribuidoravetbr.example/produto/ketalin-vet-10ml-cx-5", "seller", True, "pt",
  "vet-distributor-whatsapp", "Ketalin Vet 10 ml - caixa com 5 frascos | Distribuidora Vet BR", """
<header><a href="/">Distribuidora Vet BR</a> &middot; Atacado e varejo para todo o Brasil</header>
<main>
<h1>Ketalin Vet (cloridrato de cetamina 10%) &ndash; caixa com 5 frascos de 10 ml</h1>
<p><b>R$ 389,00</b> no Pix &middot; ou 3x de R$ 135,00 no cartão</p>
<p>Atacado: a partir de 10 caixas, R$ 320 a caixa. Consulte tabela de revenda.</p>
<a class="btn" href="/whatsapp?fone=5500555012345">Comprar pelo WhatsApp (00) 55501-2345</a>
<ul><li>Não pedimos receita nem CRMV</li><li>Envio em 24 h pelos Correios ou transportadora, embalagem discreta</li><li>Entregamos em todos os estados</li></ul>
<p>Anestésico dissociativo para cães, gatos e equinos. Produto original, lacrado, validade 2028.</p>
</main>
<footer>Distribuidora Vet BR &middot; Atendimento seg. a sáb. pelo WhatsApp</footer>
""", noise="cookie-pt")

p("h7114", "https://www.chimicaforniture.example/it/catalogo/principi-attivi/ketamina-cloridrato", "seller", True, "it",
  "chemical-supplier-grades", "Ketamina cloridrato - grado farmaceutico | Chimica Forniture", """
<header><a href="/it/">Chimica Forniture</a> <nav><a href="/it/catalogo/solventi">Solventi</a> <a href="/it/catalogo/reagenti">Reagenti</a> <a href="/it/catalogo/principi-attivi">Principi attivi</a> <a href="/it/catalogo/vetreria">Vetreria</a> <a href="/it/chi-siamo">Chi siamo</a></nav></header>
<main>
<h1>Ketamina cloridrato (CAS 1867-66-9)</h1>
<table><tr><th>Grado</th><th>Purezza</th><th>Confezione</th><th>Prezzo</th></tr>
<tr><td>Tecnico</td><td>&ge; 98%</td><td>25 g</td><td>&euro; 240</td></tr>
<tr><td>Farmaceutico Ph. Eur.</td><td>&ge; 99,5%</td><td>25 g</td><td>&euro; 310</td></tr>
<tr><td>Farmaceutico Ph. Eur.</td><td>&ge; 99,5%</td><td>100 g</td><td>&euro; 990</td></tr>
<tr><td>Bulk</td><td>&ge; 99,5%</td><td>1 kg</td><td>su richiesta</td></tr></table>
<button>Aggiungi al carrello</button>
<p>Vendiamo anche a privati: non è richiesta partita IVA né autorizzazione. Spedizione anonima in tutta Europa in 3&ndash;5 giorni. Pagamento con bonifico o criptovalute.</p>
<p>Certificato di analisi e scheda di sicurezza disponibili su richiesta. Prodotto per uso di laboratorio.</p>
</main>
<footer>Chimica Forniture &middot; Assistenza clienti su Telegram @chimicaforniture</footer>
""")

# ---------------------------------------------------------------- informational: the honest twins

p("h7115", "https://www.northfieldvetpharmacy.example/controlled-substances", "informational", False, "en",
  "licensed-vet-pharmacy-policy", "Controlled Substances Policy | Northfield Veterinary Pharmacy", """
<div class="promo">Autoship &amp; save 5% on flea, tick and heartworm &middot; Free shipping over $49</div>
<header><a href="/">Northfield Veterinary Pharmacy</a>
<nav><a href="/shop/dog">Dog</a> <a href="/shop/cat">Cat</a> <a href="/shop/horse">Horse</a> <a href="/prescriptions">Prescriptions</a> <a href="/for-vets">For Veterinarians</a> <a href="/pharmacy-info">About the Pharmacy</a></nav>
<a href="/account">Account</a> <a href="/cart">Cart</a></header>
<main>
<h1>Controlled Substances Policy</h1>
<p>Northfield Veterinary Pharmacy is a state-licensed pharmacy (License No. PH-40218) and holds a DEA registration for Schedules II&ndash;V. Some medicines veterinarians use are controlled substances under federal law. This page explains how we handle them.</p>
<h2>What we will not do</h2>
<ul>
<li>We do not sell ketamine, tiletamine-zolazepam, butorphanol injectables, pentobarbital or any other injectable anaesthetic or euthanasia solution to pet owners, breeders, farms or stables. These products are never shown in our public shop and cannot be added to a cart.</li>
<li>We do not ship controlled substances outside the United States.</li>
<li>We do not accept a prescription uploaded by a customer for a controlled drug. Controlled-drug prescriptions must come directly from the prescribing veterinarian.</li>
</ul>
<h2>Prescriptions from your veterinarian</h2>
<p>For controlled take-home medicines such as gabapentin (in states where it is scheduled), phenobarbital or tramadol, we need a valid prescription from a veterinarian licensed in your state, with a current veterinarian-client-patient relationship. We verify every prescription by phone with the clinic before dispensing, and the quantity is limited as required by state law.</p>
<h2>Veterinary practices</h2>
<p>Licensed veterinary practices can order in-clinic controlled products, including ketamine 100 mg/mL, through our separate <a href="/for-vets">practice portal</a>. Each practice must register with its DEA number and state controlled-substance licence; we check both against the DEA registration database before the first order and yearly after that. Orders ship only to the registered practice address.</p>
<h2>Questions</h2>
<p>Call our pharmacists at (555) 014-7720, Monday to Friday 8 am&ndash;6 pm CT.</p>
</main>
<footer><p>Northfield Veterinary Pharmacy &middot; Vet-VIPPS accredited &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/licenses">State licenses</a></p></footer>
""", noise="cookie")

p("h7116", "https://www.tierarznei-kompendium.example/wirkstoffe/ketamin", "informational", False, "de",
  "veterinary-drug-reference", "Ketamin – Wirkstoffmonographie | Tierarznei-Kompendium", """
<header><a href="/">Tierarznei-Kompendium</a> <nav><a href="/praeparate">Präparate A–Z</a> <a href="/wirkstoffe">Wirkstoffe</a> <a href="/tierarten">Tierarten</a> <a href="/umwidmung">Umwidmung</a></nav> <form><input placeholder="Wirkstoff oder Präparat"></form></header>
<main>
<h1>Ketamin</h1>
<p><b>ATCvet:</b> QN01AX03 &middot; <b>Wirkstoffgruppe:</b> Dissoziative Anästhetika (NMDA-Rezeptor-Antagonist)</p>
<h2>Zugelassene Präparate (Auswahl)</h2>
<ul><li>Ketamidor 100 mg/ml Injektionslösung (Hund, Katze, Pferd, Rind)</li><li>Narketan 10 (Hund, Katze)</li><li>Ketamin 10 % Injektionslösung, verschiedene Hersteller</li></ul>
<h2>Dosierung (Orientierung, siehe Fachinformation)</h2>
<table><tr><th>Tierart</th><th>Kombination</th><th>Ketamin</th></tr>
<tr><td>Katze</td><td>mit Medetomidin/Dexmedetomidin</td><td>5–7,5 mg/kg i.m.</td></tr>
<tr><td>Hund</td><td>nach Prämedikation mit alpha-2-Agonist</td><td>2–5 mg/kg i.v.</td></tr>
<tr><td>Pferd</td><td>nach Xylazin- oder Detomidin-Sedation</td><td>2,2 mg/kg i.v.</td></tr></table>
<h2>Rechtlicher Status</h2>
<p>Ketamin unterliegt in Deutschland nicht dem Betäubungsmittelgesetz, ist aber verschreibungspflichtig und apothekenpflichtig. Es darf nur vom Tierarzt angewendet oder abgegeben werden; eine Abgabe an Tierhalter zur Selbstanwendung ist nicht vorgesehen. Das Arzneimittel ist im Praxisbestand gesichert aufzubewahren und der Verbrauch zu dokumentieren.</p>
<h2>Nebenwirkungen</h2>
<p>Muskelrigidität bei Monoanwendung, Speichelfluss, Anstieg von Herzfrequenz und Blutdruck, unruhige Aufwachphase. Bei der Katze bleiben die Augen geöffnet – Augenschutz verwenden.</p>
<aside><h3>Siehe auch</h3><ul><li><a href="/wirkstoffe/tiletamin">Tiletamin</a></li><li><a href="/wirkstoffe/xylazin">Xylazin</a></li><li><a href="/wirkstoffe/medetomidin">Medetomidin</a></li></ul></aside>
</main>
<footer>Tierarznei-Kompendium &middot; Informationen für Tierärztinnen und Tierärzte &middot; Keine Bestellmöglichkeit</footer>
""", noise="cookie-de")

p("h7117", "https://www.certaref-standards.example/catalog/k-012-1ml", "informational", False, "en",
  "reference-standard-supplier-dea", "Ketamine HCl, 1.0 mg/mL in methanol (as free base) – CertaRef Standards", """
<header><a href="/">CertaRef<sup>&reg;</sup> Standards</a>
<nav><a href="/catalog/forensic">Forensic &amp; Toxicology</a> <a href="/catalog/clinical">Clinical</a> <a href="/catalog/environmental">Environmental</a> <a href="/catalog/custom">Custom Standards</a> <a href="/support/controlled-substances">Controlled Substances</a></nav>
<a href="/login">Sign in</a> <a href="/quote">Quote</a></header>
<main>
<h1>Ketamine HCl &ndash; 1.0 mg/mL in methanol</h1>
<p>Catalog # K-012-1ML &middot; Certified reference material (ISO 17034, ISO/IEC 17025) &middot; 1 mL ampoule &middot; DEA Schedule III</p>
<p>Suitable for GC/MS or LC-MS/MS quantitation in clinical toxicology, urine drug testing, forensic analysis and pain-prescription monitoring.</p>
<p class="price">List price shown to verified account holders. <a href="/login">Sign in</a> to view.</p>
<div class="restricted"><h2>Ordering restrictions</h2>
<p>This product is a DEA-controlled substance. We ship it only to institutions holding a current DEA registration for Schedule III (for example, analytical laboratories, hospital laboratories, universities). Before the first order we need a copy of your DEA registration certificate and your state controlled-substances licence where applicable. Orders outside the US require the import permit of the destination country.</p>
<p>We do not sell to individuals or to residential addresses. Exempt preparations are not available for this item.</p></div>
<h2>Related products</h2>
<ul><li>Norketamine HCl 1.0 mg/mL &ndash; K-013</li><li>Ketamine-D4 HCl 100 &micro;g/mL (internal standard) &ndash; K-012D</li><li>Dehydronorketamine 100 &micro;g/mL &ndash; K-014</li></ul>
<p><a href="/docs/K-012-1ML-COA.pdf">Certificate of analysis (sample)</a> &middot; <a href="/docs/K-012-1ML-SDS.pdf">SDS</a></p>
</main>
<footer>CertaRef Standards &copy; 2026 &middot; Round Rock, TX &middot; <a href="/terms-of-sale">Terms of sale</a></footer>
""")

p("h7118", "https://pro.repartiteur-medical.example/catalogue/anesthesie/ketamine-50mg-ml", "informational", False, "fr",
  "licensed-wholesaler-professional-catalogue", "Kétamine 50 mg/ml solution injectable – Espace professionnels | Répartition Médicale Centre", """
<header><a href="/">Répartition Médicale Centre</a> &middot; Espace réservé aux professionnels de santé
<nav><a href="/catalogue">Catalogue</a> <a href="/commandes">Mes commandes</a> <a href="/stupefiants">Stupéfiants &amp; liste I</a> <a href="/aide">Aide</a></nav> <span>Connecté : Pharmacie à usage intérieur – CH Vallée-Haute (FINESS 00•••••12)</span></header>
<main>
<h1>Kétamine 50 mg/ml, solution injectable – boîte de 10 ampoules de 5 ml</h1>
<p>Code CIP 34009 ••• ••• 8 &middot; Liste I &middot; Réservé à l'usage hospitalier</p>
<p>Prix établissement : voir votre conditions contractuelles (marché GHT).</p>
<p>Quantité : <input type="number" value="0"> <button>Ajouter à la commande</button></p>
<h2>Conditions de délivrance</h2>
<p>La kétamine est un médicament réservé à l'usage hospitalier. Elle n'est livrée qu'aux pharmacies à usage intérieur (PUI) et aux établissements autorisés dont le numéro FINESS et l'autorisation ont été vérifiés lors de l'ouverture du compte. Toute commande est tracée et rapprochée du registre de l'établissement. Aucune vente n'est possible aux particuliers, ni aux pharmacies d'officine pour cette présentation.</p>
<h2>Livraison</h2>
<p>Tournée quotidienne avant 11 h, en bac scellé ; remise contre signature du pharmacien ou de son délégué.</p>
</main>
<footer>Répartition Médicale Centre – établissement pharmaceutique autorisé par l'ANSM &middot; <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h7119", "https://www.oakmontcompounding.example/services/ketamine", "informational", False, "en",
  "compounding-pharmacy-prescription-only", "Ketamine Compounding | Oakmont Compounding Pharmacy", """
<header><a href="/">Oakmont Compounding Pharmacy</a> <nav><a href="/services">Services</a> <a href="/prescribers">For Prescribers</a> <a href="/patients">For Patients</a> <a href="/transfer">Transfer a Prescription</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketamine compounding</h1>
<p>Oakmont is a PCAB-accredited 503A compounding pharmacy licensed in 31 states. We prepare patient-specific ketamine formulations when a licensed prescriber decides a commercially available product does not meet the patient's needs.</p>
<h2>Dosage forms we prepare</h2>
<ul><li>Sublingual rapid-dissolve tablets (RDT), 50&ndash;300 mg</li><li>Troches / lozenges</li><li>Nasal spray (metered dose)</li><li>Topical cream for neuropathic pain, 5&ndash;10% (often with gabapentin or lidocaine)</li></ul>
<h2>Prescription required &ndash; no exceptions</h2>
<p>Ketamine is a federal Schedule III controlled substance. We dispense only on a valid, patient-specific prescription from a prescriber with an active DEA registration, after our pharmacist has reviewed it. We cannot sell ketamine to anyone who contacts us directly, and we do not work with websites that "approve" patients through a questionnaire alone. If you are a patient interested in ketamine therapy, speak with your own doctor or psychiatrist.</p>
<h2>For prescribers</h2>
<p>Send prescriptions by EPCS to NCPDP 55•••31 or through our prescriber portal. We will contact the patient for payment and counselling, then ship signature-required or hold for pickup.</p>
</main>
<footer>Oakmont Compounding Pharmacy &middot; 1820 Larch Ave, Suite 4 &middot; (555) 016-3390 &middot; <a href="/licensure">Licensure</a></footer>
""")

p("h7120", "https://www.analizatusustancia.example/alertas/2026/11/2-fdck-vendida-como-ketamina", "informational", False, "es",
  "drug-checking-alert", "Alerta: 2-FDCK vendida como ketamina en Barcelona y Valencia | Analiza tu sustancia", """
<header><a href="/">Analiza tu sustancia</a> &middot; Servicio de análisis de sustancias <nav><a href="/como-funciona">Cómo funciona</a> <a href="/alertas">Alertas</a> <a href="/puntos">Puntos de entrega</a> <a href="/info">Información sobre sustancias</a></nav></header>
<main>
<p class="tag">ALERTA &middot; 18 de noviembre de 2026</p>
<h1>2-FDCK vendida como ketamina</h1>
<p>En las últimas cuatro semanas hemos recibido once muestras entregadas como «ketamina» en Barcelona y Valencia que no contenían ketamina. En nueve de ellas el análisis por cromatografía de gases con espectrometría de masas identificó <b>2-fluorodeschloroketamina (2-FDCK)</b>; en dos, una mezcla de 2-FDCK y cafeína.</p>
<h2>¿Por qué importa?</h2>
<p>La 2-FDCK es una arilciclohexilamina análoga de la ketamina que se vende en tiendas en línea de «research chemicals». Hay muy poca información sobre su potencia y su duración, que las personas usuarias describen como más larga que la de la ketamina. Redosificar pensando que es ketamina aumenta el riesgo de pérdida de conciencia, caídas y vómitos.</p>
<h2>Recomendaciones</h2>
<ul><li>Analiza tu sustancia antes de consumir: el servicio es gratuito y anónimo.</li><li>Empieza con una cantidad menor de la habitual y espera.</li><li>No mezcles con alcohol, GHB ni benzodiacepinas.</li><li>No consumas a solas; si alguien no responde, llama al 112.</li></ul>
<p>Las muestras se pueden entregar en nuestros puntos fijos o enviar por correo según las instrucciones de <a href="/como-funciona">Cómo funciona</a>. No vendemos ni facilitamos sustancias.</p>
</main>
<footer>Analiza tu sustancia &middot; Programa de reducción de riesgos &middot; Con el apoyo de la Agencia de Salud Pública</footer>
""", noise="cookie-es")

p("h7121", "https://pharmacopedia.example/wiki/Arylcyclohexylamine", "informational", False, "en",
  "pharmacology-wiki", "Arylcyclohexylamine - Pharmacopedia", """
<div id="sidebar"><a href="/">Main page</a> <a href="/random">Random article</a> <a href="/recent">Recent changes</a> <a href="/help">Help</a></div>
<div id="content">
<h1>Arylcyclohexylamine</h1>
<p><i>From Pharmacopedia, the free pharmacology encyclopedia</i></p>
<p><b>Arylcyclohexylamines</b> are a chemical class of compounds built on a cyclohexane ring carrying both an aryl group and an amine on the same carbon. Many members are uncompetitive antagonists at the NMDA receptor and produce dissociative anaesthesia; some also inhibit dopamine reuptake or act at opioid and sigma receptors.</p>
<div id="toc">Contents: 1 History &middot; 2 Pharmacology &middot; 3 Notable members &middot; 4 Designer analogues &middot; 5 Legal status &middot; 6 References</div>
<h2>History</h2>
<p>Phencyclidine (PCP) was developed in the 1950s as an intravenous anaesthetic but was withdrawn from human use because of prolonged emergence delirium. Ketamine, synthesised in 1962, has a shorter action and was approved for anaesthesia in 1970. Its S-enantiomer, esketamine, is approved as a nasal spray for treatment-resistant depression.</p>
<h2>Pharmacology</h2>
<p>Potency at the PCP binding site of the NMDA receptor varies widely across the class. Ketamine has moderate affinity (Ki around 0.5 &micro;M); PCP and methoxetamine bind more strongly. Ketamine is N-demethylated by CYP3A4 and CYP2B6 to norketamine.</p>
<h2>Notable members</h2>
<table class="wikitable"><tr><th>Compound</th><th>Status</th></tr>
<tr><td>Phencyclidine (PCP)</td><td>Former anaesthetic</td></tr>
<tr><td>Ketamine / esketamine</td><td>Medical anaesthetic; antidepressant (esketamine)</td></tr>
<tr><td>Tiletamine</td><td>Veterinary anaesthetic (with zolazepam)</td></tr>
<tr><td>Methoxetamine (MXE)</td><td>Designer drug, no medical use</td></tr>
<tr><td>Deschloroketamine (DCK), 2-FDCK</td><td>Designer drugs, no medical use</td></tr></table>
<h2>Designer analogues</h2>
<p>Since about 2010 a series of analogues have been sold online as "research chemicals", often labelled "not for human consumption" to get around medicines law. Toxicology data on them are limited. Methoxetamine was linked to acute toxicity and cerebellar symptoms, and was placed under international control in 2016.</p>
<h2>Legal status</h2>
<p>Ketamine is Schedule III in the United States, Class B in the United Kingdom and covered by national narcotics or medicines laws in most countries. Many analogues fall under generic or analogue legislation (for example the German NpSG).</p>
<h2>References</h2><ol><li>Morris H, Wallach J. From PCP to MXE: a comprehensive review. (review article)</li><li>Expert Committee on Drug Dependence, critical review reports.</li></ol>
<p class="cats">Categories: Dissociatives | NMDA receptor antagonists | Anaesthetics</p>
</div>
""")

p("h7122", "https://www.douane-nieuws.example/nieuws/2026/10/ketamine-in-zending-diergeneesmiddelen", "informational", False, "nl",
  "customs-seizure-report", "Douane vindt 60 kilo ketamine in zending 'diergeneesmiddelen' | Douane Nieuws", """
<header><a href="/">Douane Nieuws</a> <nav><a href="/nieuws">Nieuws</a> <a href="/cijfers">Cijfers</a> <a href="/pers">Pers</a></nav></header>
<main>
<p class="datum">14 oktober 2026</p>
<h1>Douane vindt 60 kilo ketamine in zending 'diergeneesmiddelen'</h1>
<p>Douaniers op Schiphol hebben vorige week ruim 60 kilo ketamine onderschept in een vrachtzending die op de papieren stond als veterinaire geneesmiddelen. De zending kwam uit Zuid-Azië en was bestemd voor een bedrijf in Zuid-Holland dat zich presenteert als groothandel in dierbenodigdheden.</p>
<p>Bij controle bleken 40 dozen met injectieflacons met een bekend merk dierenverdoving te zijn gevuld met kristallijn poeder. Een snelle test en later het douanelaboratorium bevestigden dat het om ketamine ging. Een deel van de flacons had een etiket van een niet-bestaand merk.</p>
<p>"We zien vaker dat handelaren een legitieme branche als dekmantel gebruiken", zegt een woordvoerder. "Op de website van zo'n bedrijf staat dan een keurige catalogus, maar de klanten zijn geen dierenartsen."</p>
<p>De FIOD heeft het onderzoek overgenomen. Er zijn twee verdachten aangehouden. In 2025 onderschepte de douane in totaal ruim 1.900 kilo ketamine, het meeste afkomstig uit India en Pakistan.</p>
<aside><h3>Gerelateerd</h3><ul><li><a href="#">Recordvangst cocaïne in bananen</a></li><li><a href="#">Jaaroverzicht 2025</a></li></ul></aside>
</main>
<footer>Douane Nieuws &middot; <a href="/contact">Contact pers</a></footer>
""", noise="cookie-nl")

p("h7123", "https://www.medsafety-agency.example/alerts/2026-11-veterinary-ketamine-websites", "informational", False, "en",
  "regulator-warning-snippet", "", """
Safety alert, 20 November 2026: The agency warns the public not to buy ketamine, "veterinary ketamine" vials or research chemicals such as 2-FDCK from websites that present themselves as pet pharmacies or lab suppliers. These products are sold without a prescription, may not contain what the label says, and buying them is illegal; report suspicious sites through our online form.
""", ext="txt")

# ---------------------------------------------------------------- telehealth

p("h7124", "https://www.calmridgehealth.example/pharmacy-partner", "telehealth", False, "en",
  "telehealth-pharmacy-partner", "Our Pharmacy Partner | CalmRidge Health", """
<header><a href="/">CalmRidge Health</a> <nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/safety">Safety</a> <a href="/faq">FAQ</a></nav> <a class="cta" href="/start">Check eligibility</a></header>
<main>
<h1>Where your medication comes from</h1>
<p>CalmRidge does not keep or sell medication. When one of our psychiatric clinicians prescribes at-home ketamine after your video evaluation, the prescription is sent electronically to our partner, <b>Harbor Lane Pharmacy</b>, a licensed 503A compounding pharmacy registered with the DEA and accredited by PCAB.</p>
<h2>What happens after your appointment</h2>
<ol>
<li><b>Video evaluation (60 min).</b> A board-certified psychiatrist or psychiatric nurse practitioner licensed in your state reviews your history, current medications and blood pressure readings. Not everyone is prescribed ketamine.</li>
<li><b>Prescription.</b> If ketamine is appropriate, your clinician writes a patient-specific prescription, usually for four sublingual doses to start.</li>
<li><b>Pharmacist review.</b> Harbor Lane's pharmacist checks the prescription and calls you for counselling.</li>
<li><b>Delivery.</b> The medication ships in a tamper-evident pouch and requires an adult signature. We cannot ship to a P.O. box, a hotel or an address in a state where your clinician is not licensed.</li>
<li><b>Follow-up.</b> Your first dose is supervised over video with a trained guide, and you meet your clinician again before any refill.</li>
</ol>
<h2>Pharmacy details</h2>
<p>Harbor Lane Pharmacy, 412 Quarry St, Unit B &middot; Pharmacy licence verification available on the state board website &middot; Questions about your shipment: (555) 011-2208.</p>
</main>
<footer>CalmRidge Health &copy; 2026 &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; If you are in crisis call or text 988</footer>
""", noise="cookie")

p("h7125", "https://mindwellvirtual.example/treatments/ketamine/medication", "telehealth", False, "en",
  "telehealth-medication-doses", "Ketamine Medication: Forms and Doses | MindWell Virtual", """
<header><a href="/">MindWell Virtual</a> <nav><a href="/treatments">Treatments</a> <a href="/membership">Membership</a> <a href="/team">Team</a> <a href="/login">Log in</a></nav></header>
<main>
<h1>The medication we prescribe</h1>
<p>Our providers prescribe racemic ketamine as <b>sublingual rapid-dissolve tablets (RDTs)</b>. They are made for you by a licensed partner pharmacy and are placed under the tongue or against the cheek for 10&ndash;15 minutes.</p>
<table><tr><th>Strength</th><th>Typically used for</th></tr>
<tr><td>100 mg</td><td>First session for most patients</td></tr>
<tr><td>150 mg</td><td>Adjusted dose after a review with your provider</td></tr>
<tr><td>200&ndash;300 mg</td><td>Only after earlier sessions are well tolerated</td></tr></table>
<p>Your starting dose is set by your provider at the end of your video intake, based on your weight, other medicines, blood pressure and previous experience. Doses are never increased without a follow-up visit.</p>
<h2>What you receive</h2>
<p>Each shipment contains the prescribed number of tablets (usually 4 or 6), a blood-pressure cuff with your first order, and a printed session guide. Refills need a check-in with your provider every 6 sessions.</p>
<h2>What we don't prescribe</h2>
<p>We don't prescribe nasal ketamine, injections or esketamine (Spravato) for home use. Spravato must be given at a certified centre; we can refer you to one near you.</p>
</main>
<footer>MindWell Virtual &middot; Medical services provided by MindWell Medical Group, P.C.</footer>
""")

p("h7126", "https://www.psiquiatria-online.example/pt/tratamentos/esketamina", "telehealth", False, "pt",
  "virtual-psychiatry-esketamine-referral", "Esketamina para depressão resistente | Psiquiatria Online", """
<header><a href="/pt/">Psiquiatria Online</a> <nav><a href="/pt/consultas">Consultas por vídeo</a> <a href="/pt/tratamentos">Tratamentos</a> <a href="/pt/equipa">Equipa</a> <a href="/pt/precos">Preços</a></nav> <a href="/pt/marcar">Marcar consulta</a></header>
<main>
<h1>Esketamina (Spravato) – como funciona connosco</h1>
<p>Somos um serviço de psiquiatria por videoconsulta com médicos psiquiatras inscritos na Ordem dos Médicos. A esketamina em spray nasal é um medicamento de uso hospitalar: só pode ser administrada num centro de saúde, sob vigilância, e não é enviada para casa.</p>
<h2>O nosso papel</h2>
<ol><li>Primeira consulta por vídeo (50 min) para avaliar o diagnóstico de depressão resistente e os tratamentos já feitos.</li><li>Se a esketamina for indicada, enviamos um relatório clínico e a referenciação para um dos hospitais parceiros em Lisboa, Porto ou Coimbra.</li><li>As sessões de administração (56 mg ou 84 mg, duas vezes por semana nas primeiras quatro semanas) decorrem no hospital.</li><li>Continuamos o acompanhamento psiquiátrico e a psicoterapia por vídeo entre as sessões.</li></ol>
<p>Consulta de avaliação: 85 &euro;. Consultas de seguimento: 60 &euro;. Não vendemos nem prescrevemos medicamentos para administração em casa.</p>
</main>
<footer>Psiquiatria Online &middot; Entidade registada na ERS &middot; <a href="/pt/privacidade">Privacidade</a></footer>
""", noise="cookie-pt")

p("h7127", "https://www.telepsiche.example/it/trattamenti/esketamina", "telehealth", False, "it",
  "telepsychiatry-esketamine-pathway", "Esketamina: il percorso con Telepsiche | Telepsiche", """
<header><a href="/it/">Telepsiche</a> <nav><a href="/it/come-funziona">Come funziona</a> <a href="/it/specialisti">Specialisti</a> <a href="/it/trattamenti">Trattamenti</a> <a href="/it/tariffe">Tariffe</a></nav> <a href="/it/prenota">Prenota una televisita</a></header>
<main>
<h1>Esketamina spray nasale per la depressione resistente</h1>
<p>Telepsiche è un servizio di telepsichiatria: le visite si svolgono in videochiamata con medici psichiatri iscritti all'Albo. L'esketamina (Spravato) viene somministrata solo presso strutture sanitarie autorizzate e non può essere spedita a domicilio.</p>
<h2>Il percorso</h2>
<ul><li><b>Televisita di valutazione</b> con la dott.ssa Chiara Venturelli o il dott. Marco Albanese: storia clinica, terapie precedenti, controindicazioni (pressione, uso di sostanze).</li>
<li><b>Invio al centro convenzionato</b> più vicino, con relazione clinica, per la somministrazione in presenza (28 mg per dispositivo; dosi da 56 o 84 mg).</li>
<li><b>Monitoraggio</b>: controlli in televisita ogni due settimane e coordinamento con il centro.</li></ul>
<p>Tariffa della televisita di valutazione: 120 &euro;. Il farmaco e le sedute sono gestiti dal centro e dal Servizio Sanitario secondo le regole regionali.</p>
</main>
<footer>Telepsiche S.r.l. &middot; Direttore sanitario dott. Marco Albanese &middot; <a href="/it/privacy">Privacy</a></footer>
""")

p("h7128", "https://www.serenamente.example/es/como-funciona", "telehealth", False, "es",
  "telehealth-how-it-works-spanish", "Cómo funciona la ketamina en casa | SerenaMente", """
<header><a href="/es/">SerenaMente</a> <nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/precios">Precios</a> <a href="/es/medicos">Nuestros médicos</a> <a href="/es/preguntas">Preguntas</a> <a href="/">English</a></nav></header>
<main>
<h1>Ketamina en casa, con un médico que te conoce</h1>
<p>SerenaMente ofrece tratamiento con ketamina a distancia para adultos con depresión o ansiedad que viven en California, Texas, Florida e Illinois. Todo empieza con una consulta por video, en español, con un médico con licencia en tu estado.</p>
<h2>Paso a paso</h2>
<ol><li><b>Cuestionario inicial</b> de salud (10 minutos). El cuestionario no aprueba a nadie: solo sirve para preparar tu consulta.</li>
<li><b>Consulta por video</b> de 45 minutos con la Dra. Lucía Barrientos o el Dr. Andrés Quintero. Revisan tu historial, tus medicamentos y tu presión arterial.</li>
<li><b>Receta</b>: si el médico lo considera adecuado, envía la receta a nuestra farmacia asociada con licencia, que te manda las tabletas sublinguales con firma de recibido.</li>
<li><b>Sesiones acompañadas</b> por video con una guía, y controles con tu médico antes de cada nueva receta.</li></ol>
<p>Membresía mensual: 199 USD (consultas y acompañamiento). El medicamento se paga aparte a la farmacia.</p>
<a class="btn" href="/es/empezar">Reservar mi consulta</a>
</main>
<footer>SerenaMente &middot; Servicios médicos prestados por SerenaMente Medical, P.A. &middot; En crisis, llama al 988</footer>
""", noise="cookie-es")

p("h7129", "https://help.lumenmind.example/articles/can-i-order-ketamine-without-a-consult", "telehealth", False, "en",
  "telehealth-help-article", "Can I order ketamine without a consultation? – LumenMind Help", """
<header><a href="/">LumenMind Help Center</a> <form><input placeholder="Search help"></form></header>
<main>
<p class="crumbs">Help Center &gt; Getting started &gt; Eligibility</p>
<h1>Can I order ketamine without a consultation?</h1>
<p>No. Every LumenMind patient has a live video evaluation with one of our licensed prescribers before any medication is prescribed, and a follow-up before every refill. There is no "express" option and you cannot add ketamine to a cart.</p>
<h3>I saw a website selling ketamine vials or "research" versions without a prescription. Is that the same?</h3>
<p>No. Sites that sell veterinary ketamine, "lab" ketamine powder or analogues like 2-FDCK and DCK to the public are not pharmacies and are not legal. Their products are not made for people, the strength is unknown and there is nobody watching out for your blood pressure or your mental health. Please don't use them. If you're already using ketamine on your own, tell your clinician &ndash; they won't judge you, and it matters for your safety.</p>
<h3>How long does it take to get my first treatment?</h3>
<p>Most patients have their evaluation within 5 days. If your prescriber approves treatment, our partner pharmacy ships your first kit in 2&ndash;4 business days.</p>
<p>Related: <a href="#">Who is eligible?</a> &middot; <a href="#">What does the membership include?</a> &middot; <a href="#">Which states do you serve?</a></p>
</main>
""")

p("h7130", "https://portal.brightwaterpsych.example/messages/rx-sent-4471", "telehealth", False, "en",
  "prescription-notification-snippet", "", """
Your prescription is on its way to Hollis Street Pharmacy. After today's video visit, Dr. Nadia Kerrigan (PMHNP) prescribed ketamine 150 mg sublingual tablets, 4 tablets for 4 sessions; the pharmacy will call you to confirm delivery, and your next check-in with Dr. Kerrigan is booked for Dec 18.
""", ext="txt")

p("h7131", "https://app.nimbuspsych.example/checkout/membership?plan=kat-6", "telehealth", False, "en",
  "telehealth-membership-checkout", "Checkout – Nimbus Psychiatry", """
<header><a href="/">Nimbus Psychiatry</a> <span>Step 2 of 3: Payment</span></header>
<main>
<h1>Complete your membership</h1>
<div class="summary">
<h2>Ketamine Care &ndash; 6-session plan</h2>
<ul><li>Initial psychiatric evaluation by video (60 min)</li><li>Prescriber follow-ups before each new prescription</li><li>6 guided sessions with an integration coach</li><li>Medication, if prescribed, shipped by our licensed partner pharmacy</li></ul>
<p>Due today: <b>$249</b> (evaluation). Remaining $740 is charged only if your clinician prescribes treatment. Full refund of the plan if you are not a candidate.</p>
</div>
<form><label>Card number <input></label> <label>Expiry <input></label> <label>CVC <input></label> <label>ZIP <input></label>
<label><input type="checkbox"> I understand that ketamine will only be prescribed if a licensed clinician decides it is safe and appropriate for me after my evaluation.</label>
<button>Pay $249 and book my evaluation</button></form>
<p class="small">HSA/FSA cards accepted. Nimbus Psychiatry clinicians are licensed in NY, NJ, PA, CT and MA.</p>
</main>
""")

p("h7132", "https://www.evenkeelcare.example/our-clinicians", "telehealth", False, "en",
  "telehealth-clinician-roster", "Our Clinicians | Even Keel Care", """
<header><a href="/">Even Keel Care</a> <nav><a href="/ketamine">At-home ketamine</a> <a href="/therapy">Therapy</a> <a href="/our-clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/careers">Careers</a></nav></header>
<main>
<h1>Meet the people who will treat you</h1>
<p>Every Even Keel patient is evaluated over video by one of the prescribers below before anything is prescribed. Your medication is then sent to a licensed pharmacy that ships it to your home.</p>
<div class="clinician"><h3>Dr. Samuel Okafor, MD</h3><p>Medical Director. Board-certified psychiatrist. Licensed in Colorado, Utah, Arizona and New Mexico. 12 years in mood-disorder care, previously at a university ketamine infusion service.</p></div>
<div class="clinician"><h3>Rachel Lindqvist, PMHNP-BC</h3><p>Psychiatric nurse practitioner licensed in Washington and Oregon. Special interest in PTSD and postpartum depression.</p></div>
<div class="clinician"><h3>Dr. Imani Castellanos, DO</h3><p>Psychiatrist licensed in Texas and Oklahoma. Leads our safety review for patients with high blood pressure.</p></div>
<div class="clinician"><h3>Tom Verhaegen, LPC</h3><p>Integration therapist (does not prescribe). Runs our weekly group integration sessions.</p></div>
<p><a href="/start">Book an evaluation</a></p>
</main>
<footer>Even Keel Care &middot; Telehealth services in 8 states &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

# ---------------------------------------------------------------- clinics

p("h7133", "https://www.lakeshoreketamine.example/spravato/pharmacy-and-insurance", "clinic", False, "en",
  "spravato-center-pharmacy-page", "Spravato: Pharmacy & Insurance | Lakeshore Ketamine & Spravato Center", """
<header><a href="/">Lakeshore Ketamine &amp; Spravato Center</a> <nav><a href="/ketamine-infusions">IV Ketamine</a> <a href="/spravato">Spravato</a> <a href="/tms">TMS</a> <a href="/about">About</a> <a href="/contact">Contact</a></nav> <a href="/refer">Refer a patient</a> <a class="cta" href="/book">Book a consultation</a></header>
<main>
<h1>How we get your Spravato</h1>
<p>Lakeshore is a REMS-certified treatment center. Spravato (esketamine) nasal spray is always used in our office, in front of our staff, and you stay with us for at least two hours afterwards. The devices are never sent home with you.</p>
<h2>Two ways the medication reaches us</h2>
<h3>1. Specialty pharmacy (most commercial plans)</h3>
<p>Your insurer approves Spravato and a specialty pharmacy ships the devices, labelled with your name, directly to our clinic. We store them in a locked cabinet until your session. You pay any pharmacy copay to the specialty pharmacy; Janssen's savings program may reduce it.</p>
<h3>2. Buy-and-bill (Medicare and some plans)</h3>
<p>We purchase Spravato from a licensed distributor and bill your plan for the drug and the monitoring visit together.</p>
<h2>Doses</h2>
<p>Each device contains 28 mg. Induction: 56 mg or 84 mg twice a week for 4 weeks. Maintenance: weekly, then every one or two weeks, as decided by Dr. Helen Marsh.</p>
<p>Questions about coverage? Our benefits coordinator, Jasmine, calls every new patient before the first visit: (555) 019-4432.</p>
</main>
<footer>Lakeshore Ketamine &amp; Spravato Center &middot; 2200 N Harbor Dr, Suite 310 &middot; <a href="/pay-my-bill">Pay my bill</a></footer>
""", noise="cookie")

p("h7134", "https://desertbloominfusion.example/our-medication", "clinic", False, "en",
  "infusion-clinic-medication-page", "The Ketamine We Use | Desert Bloom Infusion Clinic", """
<header><a href="/">Desert Bloom Infusion Clinic</a> <nav><a href="/depression">Depression</a> <a href="/pain">Chronic pain</a> <a href="/our-medication">Our medication</a> <a href="/pricing">Pricing</a> <a href="/book">Book</a></nav></header>
<main>
<h1>The ketamine we use, and how we dose it</h1>
<p>We use preservative-free ketamine hydrochloride injection, 50 mg/mL, from an FDA-registered US manufacturer, bought through a licensed wholesaler under our DEA registration. It is drawn up in our clinic for each patient and never leaves the building.</p>
<h2>Infusion (IV)</h2>
<p>For depression: 0.5 mg/kg of body weight over 40 minutes, adjusted to 0.75&ndash;1.0 mg/kg only if needed after the first infusions. For chronic pain: longer infusions of 2&ndash;4 hours at lower hourly rates. Our anaesthesiologist, Dr. Ruben Achterberg, sets every dose.</p>
<h2>Intramuscular (IM)</h2>
<p>For patients in our ketamine-assisted psychotherapy program we may use 0.75&ndash;1.5 mg/kg IM with the therapist present.</p>
<h2>Monitoring</h2>
<p>Continuous pulse oximetry, blood pressure every 10 minutes, a nurse in the room throughout, and a 30-minute recovery period. You need a driver to take you home.</p>
<p><a href="/book">Book a free 15-minute consultation</a></p>
</main>
<footer>Desert Bloom Infusion Clinic &middot; 77 Saguaro Way, Tucson &middot; (555) 012-6650</footer>
""")

p("h7135", "https://www.praxis-neuhoff.example/ketamin-therapie", "clinic", False, "de",
  "private-practice-ketamine-page", "Ketamin- und Esketamin-Behandlung | Privatpraxis Dr. Neuhoff", """
<header><a href="/">Privatpraxis für Psychiatrie Dr. med. Katrin Neuhoff</a> <nav><a href="/praxis">Praxis</a> <a href="/leistungen">Leistungen</a> <a href="/ketamin-therapie">Ketamin-Therapie</a> <a href="/kosten">Kosten</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>
<h1>Ketamin-Therapie bei therapieresistenter Depression</h1>
<p>In unserer Praxis in Hamburg-Eppendorf bieten wir zwei Formen der Behandlung an, beide ausschließlich vor Ort und unter ärztlicher Überwachung.</p>
<h2>Esketamin-Nasenspray (Spravato)</h2>
<p>Zugelassenes Arzneimittel. Sie wenden das Spray in der Praxis selbst an (56 oder 84 mg), danach bleiben Sie mindestens zwei Stunden bei uns. Das Rezept wird über eine Apotheke in der Nähe beliefert und das Medikament in der Praxis aufbewahrt.</p>
<h2>Ketamin-Infusion (off-label)</h2>
<p>0,5 mg/kg Körpergewicht über 40 Minuten, sechs Infusionen in drei Wochen. Kontinuierliche Überwachung von Blutdruck, Puls und Sauerstoffsättigung.</p>
<h2>Kosten</h2>
<p>Abrechnung nach GOÄ. Erstgespräch ca. 180 &euro;, Infusion ca. 290 &euro; pro Sitzung. Private Krankenversicherungen erstatten häufig die Esketamin-Behandlung; gesetzlich Versicherte erhalten einen Kostenvoranschlag.</p>
<p>Terminvereinbarung: 040 555 0183 oder über das <a href="/kontakt">Kontaktformular</a>.</p>
</main>
<footer>Privatpraxis Dr. Neuhoff &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h7136", "https://www.chu-valdesaone.example/services/psychiatrie/depression-resistante-esketamine", "clinic", False, "fr",
  "hospital-department-page", "Dépression résistante : traitement par eskétamine | CHU Val-de-Saône", """
<header><a href="/">CHU Val-de-Saône</a> <nav><a href="/patients">Patients et visiteurs</a> <a href="/services">Services</a> <a href="/recherche">Recherche</a> <a href="/recrutement">Recrutement</a></nav></header>
<main>
<p class="crumbs">Accueil &gt; Services &gt; Psychiatrie adulte &gt; Dépression résistante</p>
<h1>Centre expert dépression résistante – traitement par eskétamine</h1>
<p>Le service de psychiatrie adulte propose l'eskétamine par voie nasale (Spravato) aux patients adressés par leur psychiatre pour une dépression résistante. L'eskétamine est un médicament réservé à l'usage hospitalier : elle est délivrée par la pharmacie du CHU et administrée dans notre hôpital de jour.</p>
<h2>Déroulement</h2>
<ul><li>Consultation d'évaluation avec un psychiatre du centre expert.</li><li>Séances en hôpital de jour : 2 par semaine pendant 4 semaines (56 ou 84 mg), puis espacement.</li><li>Surveillance de la tension artérielle et de la vigilance pendant au moins 2 heures.</li><li>Interdiction de conduire le jour de la séance.</li></ul>
<h2>Comment être adressé ?</h2>
<p>Votre psychiatre envoie un courrier au secrétariat (03 55 55 01 72). Le Pr Élodie Martinaud et le Dr Yanis Belkacem coordonnent le programme.</p>
</main>
<footer>CHU Val-de-Saône &middot; Plan d'accès &middot; Mentions légales</footer>
""", noise="cookie-fr")

p("h7137", "https://www.amstelrand-ggz.example/behandelingen/ketamine", "clinic", False, "nl",
  "mental-health-clinic-treatment-page", "Ketaminebehandeling bij depressie | Amstelrand GGZ", """
<header><a href="/">Amstelrand GGZ</a> <nav><a href="/behandelingen">Behandelingen</a> <a href="/aanmelden">Aanmelden</a> <a href="/wachttijden">Wachttijden</a> <a href="/over-ons">Over ons</a></nav></header>
<main>
<h1>Ketamine bij moeilijk behandelbare depressie</h1>
<p>Op onze poli in Amstelveen behandelen wij volwassenen met een depressie die onvoldoende is verbeterd na meerdere behandelingen. Wij werken met esketamine-neusspray en met ketamine als infuus.</p>
<h2>Hoe ziet de behandeling eruit?</h2>
<p>U komt twee keer per week naar de polikliniek. Een verpleegkundige controleert uw bloeddruk voor en na de toediening. Esketamine wordt in de behandelkamer toegediend (56 of 84 mg); het infuus duurt 40 minuten. Daarna blijft u nog minstens anderhalf uur. U mag die dag niet zelf autorijden.</p>
<h2>Medicatie</h2>
<p>De medicatie wordt geleverd door de ziekenhuisapotheek van het Amstelrand Ziekenhuis en alleen op de afdeling bewaard. U krijgt geen medicatie mee naar huis.</p>
<h2>Aanmelden</h2>
<p>U heeft een verwijzing nodig van uw huisarts of psychiater. De behandeling valt onder de basisverzekering (eigen risico).</p>
</main>
<footer>Amstelrand GGZ &middot; Telefoon 020 555 0194 &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie-nl")

p("h7138", "https://www.threadpaththerapy.example/kap", "clinic", False, "en",
  "kap-practice-page", "Ketamine-Assisted Psychotherapy | Threadpath Therapy Collective", """
<header><a href="/">Threadpath Therapy Collective</a> <nav><a href="/team">Team</a> <a href="/kap">KAP</a> <a href="/groups">Groups</a> <a href="/fees">Fees</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketamine-Assisted Psychotherapy (KAP)</h1>
<p>KAP at Threadpath combines therapy with ketamine given in our Portland office. Dr. Alana Whitcomb (psychiatrist) decides whether ketamine is right for you and prescribes it; your therapist stays with you throughout every dosing session.</p>
<h2>Forms we use</h2>
<ul><li><b>Sublingual lozenges</b> (typically 100&ndash;250 mg), dispensed by a local pharmacy to our clinic and taken in session.</li><li><b>Intramuscular injection</b> (0.5&ndash;1.0 mg/kg), given by our nurse for deeper sessions.</li></ul>
<h2>Program</h2>
<p>Two preparation sessions, three dosing sessions (about 3 hours each), and three integration sessions. Fee for the program: $3,200; we offer a sliding scale and can provide superbills.</p>
<p><a href="/contact">Request a free consultation call</a></p>
</main>
<footer>Threadpath Therapy Collective &middot; 1130 SE Belmont St &middot; (555) 013-9021</footer>
""")

p("h7139", "https://www.summitpaincenter.example/ketamine-infusions/deposit", "clinic", False, "en",
  "pain-clinic-deposit-page", "Pay Your Infusion Deposit | Summit Pain & Spine Center", """
<header><a href="/">Summit Pain &amp; Spine Center</a> <nav><a href="/services">Services</a> <a href="/ketamine-infusions">Ketamine Infusions</a> <a href="/patients">Patients</a> <a href="/pay">Pay online</a></nav></header>
<main>
<h1>Secure your ketamine infusion series</h1>
<p>Your CRPS or neuropathic-pain infusion series is scheduled after your consultation with Dr. Priya Raman. A $300 deposit holds your chair for the five-day series; it is applied to your first day's bill.</p>
<form><label>Patient name <input></label> <label>Date of birth <input></label> <label>Account # (on your statement) <input></label> <label>Amount <input value="300.00"></label> <button>Pay deposit</button></form>
<p>Deposits are refundable if you cancel at least 72 hours before your first infusion. Infusions take place in our procedure suite on the second floor, with continuous monitoring by our nursing team.</p>
</main>
<footer>Summit Pain &amp; Spine Center &middot; Billing office (555) 017-2284</footer>
""", noise="cookie")

p("h7140", "https://riverbendinfusion.example/reminders/sms", "clinic", False, "en",
  "visit-reminder-snippet", "", """
Riverbend Infusion & Spravato: reminder of your esketamine session Tue 9:00 AM at 14 Mill Road. Plan to stay with us about 2 hours for monitoring and bring a driver; reply C to confirm or call (555) 018-3307 to reschedule.
""", ext="txt")

save(OUT, R)
