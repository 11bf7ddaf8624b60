# Batch 76 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Hard cases on every side". The pages a careful moderator would find hardest to label, each
# hard in its own way, but every label clear once the rules are applied.
# Mix: 14 sellers (flagged), 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, it 3, nl 2, pt 2).
# Shapes: sellers that look harmless or legitimate - a "503A compounding lab" product page whose
# prescriber approves from a 9-question form with no call, a polished "telehealth" start page with
# instant approval and no video visits, a farm and vet supply shop that lets "owners/ranchers" check
# out ketamine vials without a vet account, an analytical "reference materials" catalogue for 2F-DCK,
# an affiliate "we tested 7 providers" review that steers readers to a no-doctor shop, a facilitator's
# link-in-bio (plain text), a balanced-sounding research blog post on a botanicals shop, a bot-check
# wall whose URL decides, a Spanish esketamine "consulta incluida" page, a German "Rezept inklusive"
# Versandapotheke, a French Telegram link page, a Dutch classifieds listing of a closing vet
# practice's leftovers, a Brazilian fake farmacia de manipulacao with WhatsApp, an Italian shop's
# shipping page with reship guarantee. Telehealth that honestly uses shop words - membership cart,
# crypto and messenger FAQ, $49 "Start now" online Spravato evaluation, shipped-order page, plain-text
# snippet, fully remote KAP programme, German online psychiatry referring to a Partnerpraxis, Mexican
# WhatsApp-booked service, Quebec cart page. Clinics with shops - package cart and deposits, free video
# consult then in-office only, FAQ with Bitcoin and private entrance, REMS centre bill-pay snippet,
# KAP group practice price list, Italian listino with WhatsApp booking, Dutch hospital pain-clinic
# folder with iDEAL, Spanish "bono" shop. Informational pages that quote sellers at length - district
# attorney sentencing release, drug-checking price alert, forum thread with a removed vendor post,
# listings-study abstract (plain text), licensed wholesaler for DEA registrants, German Rezeptur
# Apotheke, French investigation, Brazilian clinic job post, Italian consumer-association warning.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch76.py (writes batch76/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch76")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h7601", "https://alderpointcompounding.example/formulary/rdt-troches-200mg", "seller", True, "en",
  "fake-compounding-pharmacy-product", "Sublingual Troches 200 mg (60 ct) | Alderpoint Compounding Lab", """
<header class="site-header">
<a class="logo" href="/">Alderpoint <span>Compounding Lab</span></a>
<nav><a href="/formulary">Formulary</a> <a href="/prescribers">For Prescribers</a> <a href="/patients">For Patients</a> <a href="/quality">Quality &amp; Testing</a> <a href="/about">About the Lab</a></nav>
<a class="cart" href="/cart">Cart (0)</a> <a href="/account">Sign in</a>
</header>
<main class="product">
<p class="crumbs"><a href="/formulary">Formulary</a> / Mental Wellness / Rapid-Dissolve</p>
<div class="gallery"><img src="/img/troche-tin.jpg" alt="Amber tin of troches"></div>
<div class="summary">
<h1>Ketamine HCl Sublingual Troche, 200 mg</h1>
<p class="sku">SKU ALD-KT200-60 &middot; 60 troches &middot; raspberry-mint base</p>
<p class="price">$189.00 <small>or $160.65 with Subscribe &amp; Save (15%)</small></p>
<form action="/cart/add" method="post">
<label><input type="radio" name="plan" checked> One-time purchase</label>
<label><input type="radio" name="plan"> Subscribe &amp; Save &ndash; ships every 30 days</label>
<select name="qty"><option>1</option><option>2</option><option>3</option></select>
<button type="submit">Add to cart</button>
</form>
<ul class="badges"><li>Compounded in a USP &lt;795&gt; compliant cleanroom</li><li>Third-party potency tested</li><li>Free 2-day shipping</li></ul>
</div>
<section>
<h2>How ordering works</h2>
<ol>
<li>Add your troches to the cart.</li>
<li>At checkout, complete our 9-question health form (about 2 minutes).</li>
<li>An affiliated prescriber reviews your form and issues the prescription &ndash; usually within 30 minutes. There is no video visit or phone call.</li>
<li>We compound, test and ship the same day.</li>
</ol>
<p>Over 97% of health forms are approved. If yours is not, you are refunded in full. Already have a prescription from your own doctor? Upload it during checkout for priority handling.</p>
</section>
<section>
<h2>Details</h2>
<table>
<tr><th>Strength</th><td>200 mg per troche</td></tr>
<tr><th>Count</th><td>60</td></tr>
<tr><th>Beyond-use date</th><td>180 days</td></tr>
<tr><th>Storage</th><td>Room temperature, keep away from children</td></tr>
</table>
</section>
<section class="reviews"><h2>Reviews (412)</h2>
<blockquote>"Form took two minutes and the tin was on my porch on Thursday. Way easier than the clinic." &ndash; Jordan, AZ</blockquote>
<blockquote>"Consistent batches, nice flavor." &ndash; M.P., FL</blockquote>
</section>
</main>
<footer>Alderpoint Compounding Lab is a 503A pharmacy. Statements have not been evaluated by the FDA. &copy; 2026 &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/hipaa">HIPAA notice</a></footer>
""", noise="cookie")

p("h7602", "https://mindresetdirect.example/start", "seller", True, "en",
  "fake-telehealth-instant-approval", "Start your treatment | MindReset Direct", """
<header><a href="/" class="logo">MindReset</a> <nav><a href="/how">How it works</a> <a href="/science">The science</a> <a href="/pricing">Pricing</a> <a href="/reviews">Reviews</a> <a class="btn" href="/start">Get started</a></nav></header>
<section class="hero">
<h1>Ketamine therapy, delivered.</h1>
<p>Licensed. Legal. Private. Feel like yourself again without the waiting room.</p>
<a class="btn" href="/assessment">Take the 3-minute assessment</a>
<p class="small">Trusted by 38,000+ members &middot; HIPAA-compliant &middot; U.S.-licensed physicians</p>
</section>
<section class="steps">
<h2>Three steps. Zero appointments.</h2>
<div><h3>1. Answer a few questions</h3><p>Tell us about your mood, sleep and history. No long intake, no forms to print.</p></div>
<div><h3>2. Get approved</h3><p>Most members are approved instantly by our physician network. No video calls, no phone tag.</p></div>
<div><h3>3. Your kit ships tomorrow</h3><p>Rapid-dissolve tablets, a journal and an eye mask in discreet packaging.</p></div>
</section>
<section class="pricing">
<h2>Simple pricing</h2>
<table>
<tr><th>Kit</th><th>Price</th></tr>
<tr><td>Intro &ndash; 4 tablets</td><td>$89</td></tr>
<tr><td>Standard &ndash; 8 tablets</td><td>$149</td></tr>
<tr><td>Extended &ndash; 16 tablets</td><td>$259</td></tr>
</table>
<p>Pay with card, Apple Pay, or crypto (BTC, ETH, USDT) and save 10%.</p>
</section>
<section class="faq"><h2>FAQ</h2>
<details><summary>Is this legal?</summary><p>Yes. A licensed physician reviews every assessment before your order ships.</p></details>
<details><summary>Do I need to talk to anyone?</summary><p>Nope. If our physician has a question they will email you, but that is rare.</p></details>
<details><summary>Can I reorder?</summary><p>Reorders are one click from your dashboard &ndash; no re-assessment needed for 12 months.</p></details>
</section>
<footer>&copy; 2026 MindReset Direct LLC. Not for emergencies. If you are in crisis call 988.</footer>
""", noise="cookie")

p("h7603", "https://prairievetsupply.example/equine/anesthetics/ketamine-hcl-100mg-ml-10ml", "seller", True, "en",
  "farm-vet-supply-sells-to-owners", "Ketamine HCl Injection 100 mg/mL, 10 mL | Prairie Vet & Farm Supply", """
<div class="topbar">Free shipping on orders over $99 &middot; Call 1-800-555-0187</div>
<header><a href="/">Prairie Vet &amp; Farm Supply</a>
<nav><a href="/cattle">Cattle</a> <a href="/equine">Equine</a> <a href="/poultry">Poultry</a> <a href="/pet">Pet</a> <a href="/fencing">Fencing</a> <a href="/clearance">Clearance</a></nav>
<form><input placeholder="Search 14,000 products"></form> <a href="/cart">Cart</a></header>
<main>
<p class="crumbs">Home &gt; Equine &gt; Anesthetics &amp; Sedatives</p>
<h1>Ketamine HCl Injection 100 mg/mL, 10 mL multi-dose vial</h1>
<p class="brand">Generic &middot; Item #EQ-40217</p>
<p class="price">$42.95 each &middot; Case of 10: $389.00</p>
<form><select><option>1 vial</option><option>Case of 10</option></select> <button>Add to cart</button></form>
<div class="notice">
<h3>Who can buy?</h3>
<p><b>Veterinary clinics:</b> log in to your practice account for contract pricing.</p>
<p><b>Ranchers, breeders and pet owners:</b> no veterinary account is needed. Choose "Owner / Rancher" at checkout and tick the box confirming the animal is in your care.</p>
</div>
<h2>Description</h2>
<p>Dissociative anesthetic for short procedures in horses and cats. Store at room temperature. Protect from light.</p>
<h2>Shipping</h2>
<p>Ships in a plain unmarked carton within 1 business day. Not available to AK or HI.</p>
<aside><h3>Customers also bought</h3><ul><li>Xylazine 100 mg/mL, 50 mL</li><li>Disposable syringes 3 mL, box of 100</li><li>Fly spray, 32 oz</li><li>Hoof pick with brush</li></ul></aside>
</main>
<footer>Prairie Vet &amp; Farm Supply, Grand Island &middot; Family owned since 1979 &middot; <a href="/returns">Returns</a> &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h7604", "https://halcyonreference.example/catalog/arylcyclohexylamines/2f-dck", "seller", True, "en",
  "reference-standard-analogue-catalogue", "2-Fluorodeschloroketamine HCl, 99% (HPLC) | Halcyon Reference Materials", """
<header><a href="/">HALCYON <small>Reference Materials</small></a>
<nav><a href="/catalog">Catalog</a> <a href="/coa">Certificates of Analysis</a> <a href="/custom-synthesis">Custom synthesis</a> <a href="/shipping">Shipping</a> <a href="/contact">Contact</a></nav></header>
<main>
<p class="crumbs">Catalog &rsaquo; Arylcyclohexylamines</p>
<h1>2-Fluorodeschloroketamine hydrochloride (2F-DCK)</h1>
<table class="spec">
<tr><th>Purity</th><td>&ge; 99.0% (HPLC), identity by NMR and GC-MS</td></tr>
<tr><th>Form</th><td>White crystalline solid</td></tr>
<tr><th>Lot</th><td>HR-2611-B</td></tr>
</table>
<table class="packs">
<tr><th>Pack</th><th>Price</th><th></th></tr>
<tr><td>1 g</td><td>$65.00</td><td><button>Add</button></td></tr>
<tr><td>5 g</td><td>$240.00</td><td><button>Add</button></td></tr>
<tr><td>25 g</td><td>$890.00</td><td><button>Add</button></td></tr>
</table>
<p class="disclaimer">For in vitro research and analytical use only. Not for human consumption. Not for veterinary use. The buyer is responsible for compliance with local laws.</p>
<h2>Ordering</h2>
<p>Personal and institutional accounts are both welcome; no institutional documentation is required. Payment by Bitcoin, Monero or bank transfer. Orders of 5 g and above ship vacuum-sealed in odour-proof, plain outer packaging. Lost parcels are reshipped once at no cost.</p>
<aside><h3>Related compounds</h3><ul><li>Deschloroketamine HCl (DCK)</li><li>Methoxetamine HCl (MXE)</li><li>Ketamine HCl analytical standard, 1 g</li></ul></aside>
</main>
<footer>&copy; Halcyon Reference Materials. All products are sold as analytical reference standards.</footer>
""")

p("h7605", "https://calmerminds-review.example/best-online-ketamine-2026/", "seller", True, "en",
  "affiliate-review-doorway", "Best Online Ketamine Providers 2026: We Tested 7 Services", """
<header><a href="/">CalmerMinds Review</a> <nav><a href="/sleep">Sleep</a> <a href="/anxiety">Anxiety</a> <a href="/depression">Depression</a> <a href="/deals">Deals</a></nav></header>
<article>
<h1>Best Online Ketamine Providers 2026: We Tested 7 Services</h1>
<p class="byline">By the CalmerMinds editorial team &middot; Updated November 28, 2026</p>
<p class="disclosure">Disclosure: we may earn a commission when you buy through links on this page.</p>
<p>Ketamine has gone mainstream. But between clinic wait lists, insurance paperwork and video appointments, getting started can take weeks. We signed up for seven services and ranked them on speed, price and hassle.</p>
<h2>Our rankings at a glance</h2>
<table>
<tr><th>Service</th><th>Doctor visit required?</th><th>Ships in</th><th>Price from</th><th></th></tr>
<tr><td><b>KetaFast</b> (Editor's pick)</td><td>No</td><td>24 h</td><td>$79</td><td><a href="/go/ketafast">Get 20% off</a></td></tr>
<tr><td>Serenity Labs</td><td>No</td><td>48 h</td><td>$95</td><td><a href="/go/serenitylabs">See price</a></td></tr>
<tr><td>A traditional telehealth service</td><td>Yes, video</td><td>2&ndash;3 weeks</td><td>$250</td><td></td></tr>
</table>
<h2>1. KetaFast &ndash; best overall</h2>
<p>KetaFast skips the appointment entirely. You pick your troches or nasal spray, fill in a short form, and the package shows up the next day in a plain envelope. No prescription from your doctor is needed, and they accept crypto. Use code <b>CALM20</b> at checkout.</p>
<p><a class="btn" href="/go/ketafast">Visit KetaFast &rarr;</a></p>
<h2>2. Serenity Labs &ndash; best for nasal spray</h2>
<p>Slightly slower but offers a "research grade" spray. Ships worldwide.</p>
<h2>What about clinics?</h2>
<p>Clinics and the big telehealth brands insist on a psychiatric evaluation by video, which is thorough but slow. If you just want to try ketamine, our top pick gets you started this week.</p>
<h2>Bottom line</h2>
<p>For speed and price, KetaFast is hard to beat. <a href="/go/ketafast">Claim the CALM20 discount</a>.</p>
</article>
<aside><h3>Popular</h3><ul><li><a href="/best-weighted-blankets">Best weighted blankets</a></li><li><a href="/magnesium-for-sleep">Magnesium for sleep</a></li></ul></aside>
<footer>&copy; 2026 CalmerMinds Review. This content is for informational purposes only.</footer>
""", noise="cookie")

p("h7606", "https://linkpage.example/sage.and.journeys", "seller", True, "en",
  "facilitator-link-in-bio", "", """
sage & journeys 🌿 facilitator · breathwork · plant medicine | K + 🍄 menu updated weekly, DM for list | tele @sagejourneys_k | EU/UK tracked + discreet ship | crypto or revolut | 18+ only, no timewasters
""", ext="txt")

p("h7607", "https://northwindbotanics.example/blogs/journal/what-the-research-says-about-ketamine-and-depression", "seller", True, "en",
  "shop-blog-post-science-article", "What the research says about ketamine and depression - Northwind Journal", """
<header class="shop"><a href="/">NORTHWIND BOTANICS</a>
<nav><a href="/collections/all">Shop all</a> <a href="/collections/teas">Teas</a> <a href="/collections/tinctures">Tinctures</a> <a href="/collections/research-compounds">Research compounds</a> <a href="/blogs/journal">Journal</a></nav>
<a href="/cart">Cart (0)</a></header>
<article>
<h1>What the research says about ketamine and depression</h1>
<p class="meta">Northwind Journal &middot; 9 min read</p>
<p>For decades ketamine was known mostly as an anaesthetic used in operating rooms and veterinary practices. Since the early 2000s, though, a series of studies has shown that a single low dose can lift symptoms of depression within hours, something conventional antidepressants rarely do.</p>
<h2>How is it thought to work?</h2>
<p>Ketamine blocks NMDA receptors, which leads to a burst of glutamate signalling and, researchers believe, the growth of new synaptic connections. Its nasal cousin esketamine was approved for treatment-resistant depression in 2019.</p>
<h2>What are the risks?</h2>
<p>Side effects include dissociation, raised blood pressure and nausea. Frequent heavy use has been linked to bladder damage. Anyone with a history of psychosis should be cautious.</p>
<h2>Why is it so hard to access?</h2>
<p>Clinic infusions can cost $500 or more per session and wait lists are long. Many of our readers told us they simply could not get a referral.</p>
<h2>Where to get it</h2>
<p>That is why we added lab-tested ketamine HCl to our <a href="/collections/research-compounds">Research Compounds</a> collection. Choose 1 g, 3.5 g or 7 g of crystal; every batch comes with a reagent-test card. No Rx required, ships discreetly within 1&ndash;2 business days, and orders paid in Bitcoin get free express shipping.</p>
<div class="product-card"><b>Ketamine HCl crystal</b> &ndash; from $45 <a class="btn" href="/products/k-crystal">Shop now</a></div>
</article>
<footer>&copy; Northwind Botanics &middot; <a href="/policies/shipping">Shipping</a> &middot; <a href="/policies/refunds">Refunds</a> &middot; Sold for research purposes.</footer>
""")

p("h7608", "https://buy-ketamine-without-prescription.example/shop/ketamine-crystal-5g", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="main-wrapper">
<h1>buy-ketamine-without-prescription.example</h1>
<h2>Checking if the site connection is secure</h2>
<p>buy-ketamine-without-prescription.example needs to review the security of your connection before proceeding.</p>
<noscript>Enable JavaScript and cookies to continue</noscript>
<div class="footer">Ray ID: 8e1f44c2ab7190d3 &middot; Performance &amp; security by an edge provider</div>
</div>
""")

p("h7609", "https://saludmentalexpress.example/es/tratamientos/esketamina-spray", "seller", True, "es",
  "fake-consult-esketamine-spray", "Esketamina spray nasal 28 mg - Consulta incluida | SaludMental Express", """
<header><a href="/es/">SaludMental <b>Express</b></a>
<nav><a href="/es/tratamientos">Tratamientos</a> <a href="/es/como-funciona">Cómo funciona</a> <a href="/es/medicos">Nuestros médicos</a> <a href="/es/ayuda">Ayuda</a></nav> <a href="/es/carrito">Carrito</a></header>
<main>
<h1>Esketamina spray nasal 28 mg</h1>
<p>Equivalente genérico de Spravato&reg;. Consulta médica online incluida en el precio.</p>
<ul class="ventajas">
<li>Sin receta de tu médico de cabecera: nuestro equipo médico valida tu cuestionario en minutos.</li>
<li>Cuestionario de 6 preguntas, sin videollamada ni cita.</li>
<li>Envío discreto en 24/48 h a toda España y Portugal.</li>
</ul>
<table>
<tr><th>Pack</th><th>Precio</th><th></th></tr>
<tr><td>3 dispositivos</td><td>210 &euro;</td><td><button>Añadir al carrito</button></td></tr>
<tr><td>6 dispositivos</td><td>390 &euro;</td><td><button>Añadir al carrito</button></td></tr>
<tr><td>12 dispositivos</td><td>720 &euro;</td><td><button>Añadir al carrito</button></td></tr>
</table>
<p>Formas de pago: tarjeta, Bizum o USDT (5% de descuento).</p>
<h2>Preguntas frecuentes</h2>
<p><b>¿Es seguro usarlo en casa?</b> Sí, siga las instrucciones del prospecto. Recomendamos tener a alguien cerca la primera vez.</p>
<p><b>¿Qué pasa si no me aprueban?</b> Casi nunca ocurre; en ese caso le devolvemos el importe.</p>
</main>
<footer>Médicos colegiados en la UE &middot; <a href="/es/aviso-legal">Aviso legal</a> &middot; <a href="/es/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

p("h7610", "https://apotheke-direkt24.example/ketamin-nasenspray-rezeptur", "seller", True, "de",
  "auto-prescription-mail-pharmacy", "Ketamin Nasenspray 50 mg/ml - Rezept inklusive | Apotheke Direkt 24", """
<header><a href="/">Apotheke Direkt <b>24</b></a>
<nav><a href="/kategorien">Kategorien</a> <a href="/online-rezept">Online-Rezept</a> <a href="/angebote">Angebote</a> <a href="/hilfe">Hilfe</a></nav> <a href="/warenkorb">Warenkorb</a></header>
<main>
<h1>Ketamin Nasenspray 50 mg/ml, 10 ml</h1>
<p class="preis">119,90 &euro; <small>inkl. MwSt., zzgl. Versand</small></p>
<p class="rating">&#9733;&#9733;&#9733;&#9733;&#9733; 4,8 (2.314 Bewertungen)</p>
<h2>Rezept inklusive &ndash; so einfach geht's</h2>
<ol>
<li>Medizinischen Fragebogen ausfüllen (ca. 3 Minuten).</li>
<li>Ein Partnerarzt aus der EU prüft Ihre Angaben und stellt das Rezept automatisch aus &ndash; ohne Arztgespräch und ohne Video-Termin.</li>
<li>Versand aus unserer Partnerapotheke in neutraler Verpackung, meist am nächsten Werktag.</li>
</ol>
<button>In den Warenkorb</button>
<p>Zahlungsarten: PayPal, Klarna, Sofortüberweisung, Kreditkarte.</p>
<h2>Produktinformation</h2>
<p>Ketamin-Nasenspray zur Anwendung bei depressiver Verstimmung und chronischen Schmerzen. Bitte beachten Sie die Gebrauchsinformation.</p>
</main>
<footer>Apotheke Direkt 24 &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; <a href="/agb">AGB</a></footer>
""", noise="cookie-de")

p("h7611", "https://lien.example/kparis75", "seller", True, "fr",
  "telegram-link-page", "K Paris 75 | Liens", """
<div class="profile">
<img src="/avatars/kparis75.png" alt="">
<h1>K Paris 75 ❄️</h1>
<p>Qualité pharma &middot; testée au réactif &middot; depuis 2022</p>
</div>
<ul class="links">
<li><a href="https://t.me/example_kparis75">📲 Commander sur Telegram</a></li>
<li><a href="https://t.me/example_kparis75_menu">📋 Menu &amp; tarifs (canal)</a></li>
<li><a href="/kparis75/avis">⭐ Avis clients</a></li>
<li><a href="/kparis75/signal">🔒 Contact Signal</a></li>
</ul>
<p>🚗 Livraison en main propre Paris et petite couronne &middot; 📦 Envoi discret Colissimo partout en France &middot; 💶 Espèces, crypto ou coupons PCS</p>
<p class="small">Pas de réponse aux messages sans commande.</p>
""")

p("h7612", "https://tweedehands-markt.example/v/dieren-en-toebehoren/paardenspullen/m1938842-restant-dierenartspraktijk", "seller", True, "nl",
  "classifieds-vet-leftovers", "Restant dierenartspraktijk wegens opheffing | Tweedehands Markt", """
<header><a href="/">Tweedehands Markt</a> <form><input placeholder="Waar ben je naar op zoek?"></form> <a href="/plaats">Plaats advertentie</a> <a href="/berichten">Berichten</a></header>
<main>
<p class="crumbs">Dieren en toebehoren &rsaquo; Paardenspullen &rsaquo; Verzorging</p>
<h1>Restant dierenartspraktijk wegens opheffing</h1>
<p class="prijs">Zie omschrijving &middot; Ophalen of verzenden</p>
<p class="meta">Geplaatst 2 dagen geleden &middot; 318x bekeken &middot; 14 favorieten</p>
<h2>Omschrijving</h2>
<p>Wegens opheffing van onze praktijk (paard en landbouwhuisdieren) verkopen wij het restant verbruiksmateriaal:</p>
<ul>
<li>Verbandmiddelen, kompressen, elastisch zwachtels &ndash; &euro;25 voor alles</li>
<li>Hoefschoenen maat 2 en 3 &ndash; &euro;40 per paar</li>
<li>Infuussystemen en canules &ndash; &euro;15</li>
<li>6 flacons Narketan 10% (ketamine) 10 ml, houdbaar tot 2027 &ndash; &euro;35 per flacon, alle 6 voor &euro;180</li>
</ul>
<p>Geen vragen over de ketamine, alleen serieuze kopers. Verzenden via PostNL in neutrale doos of ophalen in de buurt van Zwolle. Betalen via Tikkie vooraf.</p>
<div class="verkoper"><b>Paardenpraktijk_Overijssel</b> &middot; Actief sinds 2019 &middot; <button>Bericht sturen</button></div>
</main>
<aside><h3>Vergelijkbare advertenties</h3><ul><li>Zadel 17 inch</li><li>Staldeken 145 cm</li></ul></aside>
""", noise="cookie-nl")

p("h7613", "https://formulaviva-manipulacao.example/produto/cetamina-sublingual-50mg", "seller", True, "pt",
  "fake-compounding-whatsapp", "Cetamina Sublingual 50 mg - 30 cápsulas | Fórmula Viva Manipulação", """
<header><a href="/">Fórmula Viva <small>Farmácia de Manipulação</small></a>
<nav><a href="/categoria/saude-mental">Saúde mental</a> <a href="/categoria/emagrecimento">Emagrecimento</a> <a href="/categoria/suplementos">Suplementos</a> <a href="/sobre">Quem somos</a></nav> <a href="/carrinho">Carrinho</a></header>
<main>
<h1>Cetamina Sublingual 50 mg &ndash; 30 cápsulas</h1>
<p class="preco">R$ 389,90 <small>ou 3x de R$ 129,97 &middot; 5% off no Pix</small></p>
<p>Manipulada em nosso laboratório com controle de qualidade, há mais de 10 anos no mercado.</p>
<ul>
<li>Não precisa de receita: nosso farmacêutico orienta você pelo WhatsApp.</li>
<li>Envio para todo o Brasil em embalagem discreta, sem identificação do produto.</li>
<li>Código de rastreio enviado no mesmo dia.</li>
</ul>
<a class="btn-whatsapp" href="https://wa.me/5500000000000">Comprar pelo WhatsApp</a> <button>Adicionar ao carrinho</button>
<h2>Avaliações</h2>
<p>"Chegou em 4 dias, bem embalado, atendimento rápido no zap." &ndash; Carla, BH</p>
</main>
<footer>Fórmula Viva Manipulação &middot; CNPJ 00.000.000/0001-00 &middot; <a href="/politica-de-privacidade">Política de privacidade</a></footer>
""", noise="cookie-pt")

p("h7614", "https://ilgiardinodeimercanti.example/pagine/spedizioni-e-garanzia", "seller", True, "it",
  "seller-shipping-faq-reship", "Spedizioni e garanzia di consegna - Il Giardino dei Mercanti", """
<header><a href="/">Il Giardino dei Mercanti</a> <nav><a href="/collezioni/tutti">Catalogo</a> <a href="/pagine/chi-siamo">Chi siamo</a> <a href="/pagine/spedizioni-e-garanzia">Spedizioni</a> <a href="/pagine/contatti">Contatti</a></nav> <a href="/carrello">Carrello</a></header>
<main>
<h1>Spedizioni e garanzia di consegna</h1>
<h2>Come viene imballato il mio ordine?</h2>
<p>Busta imbottita anonima, sottovuoto, nessun riferimento al contenuto e mittente di fantasia. Il nome del negozio non compare da nessuna parte.</p>
<h2>Quanto ci vuole?</h2>
<p>Italia 2&ndash;4 giorni lavorativi, resto d'Europa 4&ndash;8. Spediamo dall'interno dell'UE.</p>
<h2>E se il pacco viene fermato in dogana o si perde?</h2>
<p>Garanzia di consegna: una rispedizione gratuita (reship) per ordine, valida per tutti i prodotti del catalogo, compresi ketamina in cristalli, 2-FDCK e lo spray nasale. Basta scriverci su Telegram con il numero d'ordine.</p>
<h2>Come posso pagare?</h2>
<p>Bitcoin, Monero oppure buoni regalo Amazon. Non accettiamo bonifici.</p>
<h2>Serve una ricetta?</h2>
<p>No. Vendiamo a maggiorenni, a te la responsabilità dell'uso.</p>
</main>
<footer>&copy; Il Giardino dei Mercanti &middot; Assistenza su Telegram 10:00&ndash;22:00</footer>
""")

# ---------------------------------------------------------------- telehealth (9)

p("h7615", "https://brightlinehealth.example/shop/membership", "telehealth", False, "en",
  "telehealth-membership-cart", "Plans & pricing | Brightline Health", """
<header><a href="/">Brightline Health</a>
<nav><a href="/how-it-works">How it works</a> <a href="/clinicians">Our clinicians</a> <a href="/shop/membership">Plans &amp; pricing</a> <a href="/safety">Safety</a> <a href="/login">Log in</a></nav> <a href="/cart">Cart (0)</a></header>
<main>
<h1>Plans &amp; pricing</h1>
<p class="lead">No prescription from your GP needed, and no referral. Every plan starts with a 45-minute live video evaluation with one of our psychiatric clinicians, who decides whether at-home ketamine is safe and appropriate for you.</p>
<div class="plans">
<div class="plan"><h2>Evaluation only</h2><p class="price">$149</p><p>Video evaluation with a psychiatrist or psychiatric nurse practitioner. Fully refunded if you are not a candidate &ndash; about one in four people who book are not.</p><button>Add to cart</button></div>
<div class="plan featured"><h2>Starter</h2><p class="price">$279 / month</p><ul><li>Evaluation included</li><li>Two video follow-ups per month</li><li>Sublingual tablets, if prescribed, dispensed by our licensed partner pharmacy</li><li>Secure messaging with your care team</li></ul><button>Add to cart</button></div>
<div class="plan"><h2>Maintenance</h2><p class="price">$199 / month</p><p>For existing Brightline patients after their first 8 weeks.</p><button>Add to cart</button></div>
</div>
<h2>Meet some of our prescribers</h2>
<ul><li>Imani Okafor, MD &ndash; board-certified psychiatrist, licensed in CA, OR, WA</li><li>Rafael Duarte, PMHNP-BC &ndash; licensed in TX, FL, GA</li><li>Hannah Berglund, DO &ndash; licensed in NY, NJ, PA</li></ul>
<h2>Shipping &amp; payment</h2>
<p>Medication ships only after your clinician writes a prescription, in discreet packaging that requires an adult signature. You will need a trusted adult present for each session. We accept major cards and HSA/FSA cards.</p>
</main>
<footer>&copy; 2026 Brightline Health, PC &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></footer>
""", noise="cookie")

p("h7616", "https://homewardmind.example/help/payments-and-messaging", "telehealth", False, "en",
  "telehealth-faq-crypto-messenger", "Payments & messaging FAQ - Homeward Mind Help", """
<header><a href="/help">Homeward Mind Help Center</a> <form><input type="search" placeholder="Search help"></form></header>
<main>
<p class="crumbs">Help &gt; Billing &gt; Payments &amp; messaging</p>
<h1>Payments &amp; messaging FAQ</h1>
<h3>Can I pay with cryptocurrency?</h3>
<p>Yes. Membership fees can be paid in BTC or USDC through our payment processor. Paying in crypto does not change anything about your care: medication is dispensed only after your Homeward prescriber has completed your video assessment and written a prescription, and it is filled by Ridgeway Pharmacy, which is licensed in every state we serve.</p>
<h3>Can I text my clinician on WhatsApp or Telegram?</h3>
<p>No. To protect your privacy, all messages with your care team go through the secure messenger in the Homeward app. If anyone contacts you on WhatsApp or Telegram claiming to be Homeward and offering to sell medication, it is not us &ndash; please report it.</p>
<h3>Is the packaging discreet?</h3>
<p>Yes. Your pharmacy order arrives in a plain outer box with no mention of ketamine or mental health. An adult signature is required.</p>
<h3>Do I need an existing prescription?</h3>
<p>No. Our clinicians evaluate you over video and decide whether treatment is right for you. If it is not, we help you find other options.</p>
<h3>Can I use HSA/FSA?</h3>
<p>Yes, and we can provide a superbill for out-of-network reimbursement.</p>
<p>Still need help? <a href="/help/contact">Contact support</a></p>
</main>
""")

p("h7617", "https://get.northstarpsych.example/spravato", "telehealth", False, "en",
  "online-evaluation-spravato-referral", "Get evaluated for Spravato online | Northstar Psychiatry", """
<header><a href="/">Northstar Psychiatry</a> <a class="btn" href="/book">Start now &ndash; $49</a></header>
<section class="hero">
<h1>Tried two or more antidepressants? Ask about Spravato&reg;.</h1>
<p>See a board-certified psychiatrist by video this week. If esketamine nasal spray is right for you, we handle the rest.</p>
<a class="btn" href="/book">Start now &ndash; $49 intake</a>
</section>
<section>
<h2>How it works</h2>
<ol>
<li><b>Online intake.</b> Book a 60-minute video visit with a Northstar psychiatrist. Many insurance plans cover it; the $49 is a refundable hold.</li>
<li><b>Treatment plan.</b> If Spravato is appropriate, your psychiatrist prescribes it and we send your referral and records to a certified Spravato treatment center near you.</li>
<li><b>In-center sessions.</b> Spravato is always self-administered under supervision at a certified healthcare setting, with at least two hours of monitoring. We never ship esketamine to your home.</li>
<li><b>Ongoing care.</b> Your Northstar psychiatrist follows up with you by video and coordinates with the center and your insurer's prior authorization.</li>
</ol>
</section>
<section><h2>Partner treatment centers</h2><p>We work with more than 140 certified centers in 22 states. <a href="/partners">Find one near you</a>.</p></section>
<footer>Northstar Psychiatry Group, PLLC &middot; Virtual care in 22 states &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h7618", "https://app.tidewaterhealth.example/orders/TW-558201", "telehealth", False, "en",
  "telehealth-order-shipped", "Order TW-558201 | Tidewater Health", """
<header><a href="/dashboard">Tidewater</a> <nav><a href="/dashboard">Home</a> <a href="/visits">Visits</a> <a href="/orders">Orders</a> <a href="/messages">Messages</a></nav></header>
<main>
<h1>Your medication has shipped</h1>
<table>
<tr><th>Order</th><td>TW-558201</td></tr>
<tr><th>Item</th><td>Ketamine HCl 150 mg rapid-dissolve tablet &times; 8</td></tr>
<tr><th>Rx #</th><td>4410927</td></tr>
<tr><th>Prescriber</th><td>Maya Lindqvist, MD (your Tidewater psychiatrist)</td></tr>
<tr><th>Dispensed by</th><td>Coastal Apothecary, licensed pharmacy</td></tr>
<tr><th>Carrier</th><td>UPS 1Z 999 AA1 01 2345 6784 &ndash; adult signature required</td></tr>
</table>
<p>Packaging is plain with no mention of the contents. Please do not start treatment until your pre-session video check-in: <b>Tue, Dec 3, 10:00 AM</b> with Dr. Lindqvist. Your session monitor must be present.</p>
<a class="btn" href="/visits">Manage appointment</a>
</main>
""")

p("h7619", "https://wellpath-athome.example/", "telehealth", False, "en",
  "telehealth-snippet", "", """
At-home ketamine therapy from $129/mo. Start with a live video evaluation by a licensed psychiatric nurse practitioner; if they prescribe treatment, a licensed partner pharmacy fills it and ships to your door. Now in CA, CO, TX and FL.
""", ext="txt")

p("h7620", "https://lumenkap.example/how-it-works", "telehealth", False, "en",
  "remote-kap-program", "How our at-home program works | Lumen KAP", """
<header><a href="/">Lumen</a> <nav><a href="/how-it-works">How it works</a> <a href="/team">Team</a> <a href="/pricing">Pricing</a> <a href="/apply">Apply</a></nav></header>
<main>
<h1>How our at-home program works</h1>
<p>Lumen is a fully remote ketamine-assisted therapy program. We do not have an office where treatment is given; everything happens by video and in your own home.</p>
<h2>1. Apply and meet your psychiatrist</h2>
<p>After a short application, you meet one of our psychiatrists by video for a full diagnostic evaluation, including medical history and a review of your current medications. We also ask for recent vital signs from your primary care provider.</p>
<h2>2. Preparation with your therapist</h2>
<p>Two video sessions with a licensed therapist to set intentions and plan for a safe setting.</p>
<h2>3. Dosing at home</h2>
<p>If your psychiatrist prescribes ketamine, it is sent by our licensed partner pharmacy. A trained sitter you choose must be with you, and a Lumen clinician joins the first session by video.</p>
<h2>4. Integration</h2>
<p>Weekly video integration sessions and group circles. Your psychiatrist reassesses you before each refill.</p>
<p class="note">Prefer to be treated in an office? We can refer you to in-person partner clinics in Denver, Austin and Portland.</p>
</main>
<footer>Lumen Health Group &middot; Licensed in 9 states</footer>
""", noise="cookie")

p("h7621", "https://www.psychonline-sprechstunde.example/behandlungen/esketamin", "telehealth", False, "de",
  "online-psychiatry-partner-practice", "Esketamin-Behandlung: Online-Erstgespräch | PsychOnline Sprechstunde", """
<header><a href="/">PsychOnline <b>Sprechstunde</b></a>
<nav><a href="/behandlungen">Behandlungen</a> <a href="/aerzte">Ärztinnen &amp; Ärzte</a> <a href="/preise">Preise</a> <a href="/termin">Termin buchen</a></nav> <a href="/warenkorb">Warenkorb</a></header>
<main>
<h1>Esketamin bei therapieresistenter Depression</h1>
<p>Kein Überweisungsschein vom Hausarzt nötig. Sie sprechen per Videosprechstunde mit einer Fachärztin oder einem Facharzt für Psychiatrie und Psychotherapie, zum Beispiel mit Dr. med. Katrin Vollmer oder Dr. med. Jonas Albrecht.</p>
<h2>Ablauf</h2>
<ol>
<li>Online-Erstgespräch (50 Minuten) mit ausführlicher Anamnese und Diagnostik.</li>
<li>Ist Esketamin sinnvoll, erhalten Sie einen Behandlungsplan und wir überweisen Sie an eine Partnerpraxis in Ihrer Nähe, in der das Nasenspray unter ärztlicher Aufsicht angewendet wird.</li>
<li>Wir begleiten Sie weiter per Video und stimmen uns mit der Partnerpraxis ab.</li>
</ol>
<p><b>Wichtig:</b> Wir versenden kein Esketamin und stellen kein Rezept zur Anwendung zu Hause aus.</p>
<h2>Kosten</h2>
<p>Gesetzlich Versicherte: je nach Kasse übernommen. Selbstzahler: Erstgespräch 149 &euro; nach GOÄ.</p>
<button>Erstgespräch in den Warenkorb</button> <a href="/termin">Termin buchen</a>
</main>
<footer>PsychOnline Sprechstunde MVZ GmbH &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h7622", "https://mentesana-tele.example/mx/ketamina-en-casa", "telehealth", False, "es",
  "telehealth-whatsapp-booking", "Ketamina en casa con acompañamiento médico | MenteSana Tele", """
<header><a href="/mx/">MenteSana <b>Tele</b></a> <nav><a href="/mx/como-funciona">Cómo funciona</a> <a href="/mx/equipo">Equipo médico</a> <a href="/mx/precios">Precios</a></nav></header>
<main>
<h1>Ketamina en casa, con acompañamiento médico</h1>
<p>Agenda tu videoconsulta por WhatsApp: <a href="https://wa.me/525500000000">+52 55 0000 0000</a> (solo citas, no vendemos medicamentos por chat).</p>
<h2>Cómo funciona</h2>
<ol>
<li>Videoconsulta de evaluación (60 min) con un psiquiatra con cédula profesional de especialidad, como la Dra. Lucía Ferrer Ibarra.</li>
<li>Si el tratamiento es adecuado, tu psiquiatra emite la receta y una farmacia asociada con licencia sanitaria prepara las tabletas.</li>
<li>El envío llega en empaque discreto y debe recibirlo un adulto. Las primeras sesiones se hacen con tu médico conectado por video.</li>
</ol>
<p>Nadie recibe medicamento sin una videoconsulta completa; alrededor de 3 de cada 10 personas evaluadas no son candidatas y les proponemos otras opciones.</p>
<h2>Precios</h2>
<p>Evaluación: $1,200 MXN. Programa mensual (2 consultas de seguimiento + medicamento, si se receta): $4,900 MXN. Aceptamos tarjeta y transferencia SPEI.</p>
</main>
<footer>MenteSana Tele, S.C. &middot; Aviso de privacidad</footer>
""", noise="cookie-es")

p("h7623", "https://soinsvirtuels-horizon.example/fr/panier", "telehealth", False, "fr",
  "telehealth-cart-page", "Votre panier | Horizon Soins virtuels", """
<header><a href="/fr/">Horizon <small>Soins virtuels</small></a> <nav><a href="/fr/programme">Le programme</a> <a href="/fr/equipe">Notre équipe</a> <a href="/fr/faq">FAQ</a></nav></header>
<main>
<h1>Votre panier</h1>
<table>
<tr><th>Article</th><th>Prix</th></tr>
<tr><td>Programme kétamine à domicile &ndash; forfait 3 mois<br><small>Évaluation psychiatrique par vidéo incluse, 6 suivis vidéo</small></td><td>1 140,00 $</td></tr>
<tr><th>Total (taxes en sus)</th><td>1 140,00 $</td></tr>
</table>
<div class="info">
<p>Aucune ordonnance de votre médecin de famille n'est nécessaire : un·e psychiatre membre du Collège des médecins vous évalue par vidéo avant toute prescription. Si la kétamine ne vous convient pas, le forfait est remboursé, moins 95 $ pour l'évaluation.</p>
<p>Les comprimés sont préparés par notre pharmacie partenaire et ne sont expédiés qu'après l'ordonnance, dans un emballage neutre remis contre signature.</p>
</div>
<input placeholder="Code promo"> <button>Appliquer</button>
<button class="primary">Passer au paiement</button>
</main>
<footer>Horizon Soins virtuels inc. &middot; Services offerts au Québec et en Ontario</footer>
""", noise="cookie-fr")

# ---------------------------------------------------------------- clinics (8)

p("h7624", "https://stillwaterinfusion.example/shop/packages", "clinic", False, "en",
  "clinic-package-shop", "Shop | Stillwater Infusion Center", """
<header><a href="/">Stillwater Infusion Center</a>
<nav><a href="/treatments">Treatments</a> <a href="/team">Our team</a> <a href="/shop/packages">Shop</a> <a href="/contact">Contact</a></nav> <a href="/cart">Cart (1)</a></header>
<main>
<h1>Shop</h1>
<div class="grid">
<div class="item"><h2>Initial series &ndash; 6 IV ketamine infusions</h2><p class="price">$2,850</p><p>Save $300 versus single sessions.</p><button>Add to cart</button></div>
<div class="item"><h2>Booster infusion</h2><p class="price">$475</p><button>Add to cart</button></div>
<div class="item"><h2>Appointment deposit</h2><p class="price">$200</p><p>Holds your first infusion slot; applied to your bill.</p><button>Add to cart</button></div>
<div class="item"><h2>Gift card</h2><p class="price">$100 &ndash; $1,000</p><button>Choose amount</button></div>
<div class="item"><h2>Stillwater eye mask &amp; playlist card</h2><p class="price">$18</p><button>Add to cart</button></div>
</div>
<p class="note">Purchasing a package does not guarantee treatment. Every patient first has an in-person medical evaluation with our anesthesiologist, Dr. Paul Szabo. If you are not a candidate your payment is refunded. All infusions are given at our clinic, 1400 Alder Ave, Suite 210, with continuous monitoring; you will need a driver home.</p>
</main>
<footer>Stillwater Infusion Center &middot; 1400 Alder Ave, Suite 210 &middot; (555) 014-2210</footer>
""", noise="cookie")

p("h7625", "https://desertbloomketamine.example/virtual-consult", "clinic", False, "en",
  "clinic-video-consult-in-office-care", "Free virtual consultation | Desert Bloom Ketamine Clinic", """
<header><a href="/">Desert Bloom Ketamine Clinic</a> <nav><a href="/iv-ketamine">IV ketamine</a> <a href="/spravato">Spravato</a> <a href="/virtual-consult">Virtual consult</a> <a href="/locations">Location</a></nav></header>
<main>
<h1>Start with a free virtual consultation</h1>
<p>Not sure if ketamine is right for you? Book a free 20-minute video call with our nurse navigator from home. She will explain the process, costs and what to expect.</p>
<h2>What happens next</h2>
<ol>
<li>Free video consult (optional).</li>
<li>In-person medical evaluation at our Tempe office with Dr. Renee Castillo.</li>
<li>Treatment in our private infusion suites: IV ketamine or Spravato, monitored throughout by a registered nurse.</li>
</ol>
<p><b>Please note:</b> the video call is for information only. All treatment takes place in our office, and we do not prescribe ketamine for use at home. Plan for someone to drive you afterwards.</p>
<a class="btn" href="/book">Book my free consult</a>
</main>
<footer>Desert Bloom Ketamine Clinic &middot; 2200 S Mill Ave, Tempe &middot; (555) 013-9020</footer>
""")

p("h7626", "https://harborlightclinic.example/faq", "clinic", False, "en",
  "clinic-faq-crypto-discreet", "FAQ | Harborlight Ketamine & Wellness", """
<header><a href="/">Harborlight Ketamine &amp; Wellness</a> <nav><a href="/services">Services</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a> <a href="/book">Book</a></nav></header>
<main>
<h1>Frequently asked questions</h1>
<h3>Do I need a referral from my doctor?</h3>
<p>No referral is required. Our medical director, an anesthesiologist, does your intake evaluation in person, and with your consent we keep your therapist or primary doctor updated.</p>
<h3>How discreet is the clinic?</h3>
<p>Very. We have a private side entrance and parking, no ketamine signage outside, and you recover in a private room before leaving.</p>
<h3>Do you accept Bitcoin?</h3>
<p>Yes. Invoices can be paid by card, HSA/FSA, CareCredit or Bitcoin through our billing processor.</p>
<h3>Can I book on WhatsApp?</h3>
<p>Yes, message our front desk at (555) 011-3344 to book, reschedule or ask a question. Please do not send medical details by WhatsApp.</p>
<h3>Can I take ketamine home?</h3>
<p>No. Every IV and IM treatment is given here by our nurses, with blood pressure and oxygen monitoring, and you must have a ride home.</p>
<h3>How much does it cost?</h3>
<p>IV infusion $450, series of six $2,500. See <a href="/pricing">pricing</a>.</p>
</main>
<footer>Harborlight Ketamine &amp; Wellness &middot; 77 Quay St &middot; Mon&ndash;Sat</footer>
""", noise="cookie")

p("h7627", "https://pay.lakeshorebehavioral.example/billpay", "clinic", False, "en",
  "rems-center-billpay-snippet", "", """
Pay your bill online - Lakeshore Behavioral Health, REMS-certified Spravato treatment center. Enter the account number from your statement. Self-pay in-office Spravato session (2-hour observation): $310, medication billed separately by the specialty pharmacy. Billing questions? Text us on WhatsApp at (555) 010-4471.
""", ext="txt")

p("h7628", "https://cedarandstone-therapy.example/services/kap", "clinic", False, "en",
  "kap-group-practice", "Ketamine-Assisted Psychotherapy | Cedar & Stone Collective", """
<header><a href="/">Cedar &amp; Stone Collective</a> <nav><a href="/services">Services</a> <a href="/clinicians">Clinicians</a> <a href="/fees">Fees</a> <a href="/book">Book now</a></nav></header>
<main>
<h1>Ketamine-Assisted Psychotherapy (KAP)</h1>
<p>Our KAP program pairs psychotherapy with low-dose ketamine given in our office. Sessions are led by a therapist together with our medical director, Dr. Elena Marsh, MD, who screens every client and administers ketamine by intramuscular injection.</p>
<h2>What a course looks like</h2>
<ul><li>Medical screening in person with Dr. Marsh</li><li>Two preparation sessions</li><li>Three dosing sessions in our treatment room (about 3 hours each, with vital-sign monitoring)</li><li>Integration sessions after each dosing session</li></ul>
<h2>Fees</h2>
<table>
<tr><td>Medical screening</td><td>$250</td></tr>
<tr><td>Preparation or integration session</td><td>$180</td></tr>
<tr><td>Dosing session (includes medication and monitoring)</td><td>$650</td></tr>
</table>
<p>Sliding scale spots are available. We do not offer at-home or mail-order ketamine.</p>
<a class="btn" href="/book">Book a free 15-minute call</a>
</main>
<footer>Cedar &amp; Stone Collective &middot; 310 Birch St, Second Floor</footer>
""")

p("h7629", "https://centromenteserena.example/listino-prezzi", "clinic", False, "it",
  "clinic-price-list-whatsapp", "Listino prezzi e prenotazioni | Centro Mente Serena", """
<header><a href="/">Centro Mente Serena</a> <nav><a href="/trattamenti">Trattamenti</a> <a href="/equipe">Équipe</a> <a href="/listino-prezzi">Listino prezzi</a> <a href="/contatti">Dove siamo</a></nav></header>
<main>
<h1>Listino prezzi</h1>
<table>
<tr><th>Prestazione</th><th>Prezzo</th></tr>
<tr><td>Prima visita psichiatrica</td><td>180 &euro;</td></tr>
<tr><td>Seduta di esketamina spray nasale (Spravato&reg;) con osservazione di 2 ore</td><td>120 &euro; + farmaco</td></tr>
<tr><td>Infusione endovenosa di ketamina (con anestesista)</td><td>390 &euro;</td></tr>
<tr><td>Pacchetto 6 infusioni</td><td>2.100 &euro;</td></tr>
</table>
<p>Tutte le somministrazioni avvengono esclusivamente presso la nostra sede di Via Saragozza 88, Bologna, sotto controllo medico. Il trattamento è possibile solo dopo la prima visita.</p>
<h2>Prenotazioni e pagamenti</h2>
<p>Prenota su WhatsApp al 333 000 0000 o online. Puoi pagare in sede o online con carta, PayPal o Satispay. Rilasciamo fattura detraibile.</p>
</main>
<footer>Centro Mente Serena S.r.l. &middot; Direttore sanitario Dott.ssa Chiara Benedetti</footer>
""")

p("h7630", "https://www.ziekenhuis-rivierland.example/patientenfolders/ketamine-infusie-pijnpoli", "clinic", False, "nl",
  "hospital-pain-clinic-leaflet", "Ketamine-infusie bij chronische pijn - Pijnpoli | Ziekenhuis Rivierland", """
<header><a href="/">Ziekenhuis Rivierland</a> <nav><a href="/afdelingen">Afdelingen</a> <a href="/patientenfolders">Patiëntenfolders</a> <a href="/mijnrivierland">MijnRivierland</a></nav></header>
<main>
<h1>Ketamine-infusie bij chronische pijn</h1>
<p>Uw pijnspecialist heeft met u een behandeling met ketamine via een infuus afgesproken. In deze folder leest u wat u kunt verwachten.</p>
<h2>De behandeling</h2>
<p>U wordt opgenomen op de dagbehandeling. Een verpleegkundige brengt een infuus in en de ketamine loopt in ongeveer vier uur in. Uw bloeddruk en hartslag worden bewaakt. U mag daarna niet zelf autorijden.</p>
<h2>Kosten</h2>
<p>De behandeling valt onder de basisverzekering; wel geldt uw eigen risico. U ontvangt de factuur van uw zorgverzekeraar of van ons. Betalen kan met iDEAL via MijnRivierland.</p>
<h2>Afspraak maken of verzetten</h2>
<p>Via MijnRivierland of de WhatsApp-servicelijn van de pijnpoli: 06 00000000 (alleen voor afspraken, geen medische vragen).</p>
</main>
<footer>Ziekenhuis Rivierland &middot; Pijnpoli, route 42</footer>
""", noise="cookie-nl")

p("h7631", "https://clinicaalbor.example/tienda/bono-6-sesiones", "clinic", False, "es",
  "clinic-voucher-shop", "Bono 6 sesiones de ketamina IV - Tienda | Clínica Albor", """
<header><a href="/">Clínica Albor</a> <nav><a href="/tratamientos">Tratamientos</a> <a href="/equipo">Equipo</a> <a href="/tienda">Tienda</a> <a href="/cita">Pide cita</a></nav> <a href="/carrito">Carrito</a></header>
<main>
<h1>Bono 6 sesiones de ketamina intravenosa</h1>
<p class="precio">2.340 &euro; <small>(390 &euro;/sesión)</small></p>
<button>Añadir al carrito</button>
<p>Pago con tarjeta, Bizum o financiación hasta 12 meses.</p>
<h2>Condiciones</h2>
<ul>
<li>El bono solo puede usarse tras la valoración presencial por nuestro anestesiólogo y nuestra psiquiatra, la Dra. Marta Soler.</li>
<li>Si no es candidato, le devolvemos el importe íntegro.</li>
<li>Las sesiones se realizan en nuestra clínica de Valencia (Calle de Colón 12), con monitorización continua y sala de recuperación.</li>
<li>Validez: 6 meses desde la primera sesión.</li>
</ul>
</main>
<footer>Clínica Albor &middot; Centro sanitario autorizado &middot; <a href="/aviso-legal">Aviso legal</a></footer>
""", noise="cookie-es")

# ---------------------------------------------------------------- informational (9)

p("h7632", "https://www.kerrigancountyda.example/news/2026/darknet-ketamine-vendor-sentenced", "informational", False, "en",
  "prosecutor-press-release", "Darknet ketamine vendor sentenced to 8 years | Kerrigan County District Attorney", """
<header><a href="/">Office of the District Attorney, Kerrigan County</a> <nav><a href="/news">News</a> <a href="/victims">Victim services</a> <a href="/contact">Contact</a></nav></header>
<article>
<h1>Darknet ketamine vendor sentenced to 8 years</h1>
<p class="date">November 19, 2026 &middot; For immediate release</p>
<p>A 31-year-old man was sentenced today to eight years in prison for selling ketamine and ketamine analogues through darknet markets and Telegram between 2023 and 2025.</p>
<p>According to court records, the defendant operated a vendor account that advertised "pharma grade K, 10 g $320, 28 g $780, stealth vac-sealed, free reship, BTC/XMR only." Investigators made undercover purchases of 5 g and 10 g, which laboratory testing identified as ketamine and, in one case, 2-fluorodeschloroketamine sold as ketamine.</p>
<p>A search of his apartment found 1.4 kg of powder, a vacuum sealer, 600 padded envelopes and ledgers listing more than 2,100 shipments. Detectives also recovered a Telegram channel description promising "no Rx, no questions, ships same day."</p>
<p>"Selling drugs from a laptop is still selling drugs," the District Attorney said.</p>
<p>Anyone with information about online drug sales can contact the Narcotics Unit tip line at (555) 019-7000.</p>
</article>
<footer>Office of the District Attorney &middot; Kerrigan County</footer>
""")

p("h7633", "https://checkpoint-dc.example/alerts/2026-11-k-price-warning", "informational", False, "en",
  "drug-checking-price-alert", "Alert: very cheap 'K' tested as 2F-DCK | CheckPoint Drug Checking", """
<header><a href="/">CheckPoint Drug Checking</a> <nav><a href="/alerts">Alerts</a> <a href="/services">Get your drugs checked</a> <a href="/resources">Resources</a></nav></header>
<main>
<h1>Alert: very cheap "K" tested as 2F-DCK</h1>
<p class="date">Posted 24 November 2026</p>
<p>Over the past month, people have told us about "K" being offered at around &pound;10 a gram through Telegram "menus", compared with the &pound;20&ndash;30 we usually hear about. Some adverts say "pharma grade", "reagent tested" and "same-day drop."</p>
<p>Of the 11 samples sold as ketamine that we tested in November, four contained no ketamine at all. Three were 2F-DCK and one was mostly caffeine.</p>
<h2>Why it matters</h2>
<ul>
<li>2F-DCK can last longer and may feel stronger than expected. Redosing because "nothing is happening" can lead to a much heavier experience.</li>
<li>A low price or a seller's claim of "tested" is not a guarantee of what you are getting.</li>
</ul>
<h2>Reduce the risks</h2>
<ul><li>Get it checked: free, confidential testing Thursdays 4&ndash;8 pm.</li><li>Start with a small amount and wait.</li><li>Don't use alone, and don't mix with alcohol or other depressants.</li></ul>
<p>We do not sell drugs or recommend sellers.</p>
</main>
<footer>CheckPoint is a community harm-reduction service.</footer>
""")

p("h7634", "https://forum.mindfulrecovery.example/t/anyone-tried-ordering-ketamine-online/48213", "informational", False, "en",
  "forum-thread-removed-vendor", "Anyone tried ordering ketamine online? - Treatments - Mindful Recovery Forum", """
<header><a href="/">Mindful Recovery Forum</a> <nav><a href="/latest">Latest</a> <a href="/c/treatments">Treatments</a> <a href="/guidelines">Guidelines</a></nav></header>
<main>
<h1>Anyone tried ordering ketamine online?</h1>
<div class="post"><b>greyharbor</b> &middot; 3d<p>My depression has been bad for years and the clinic near me wants $600 per infusion. I keep seeing sites where you can buy ketamine online with no prescription for like $80. Has anyone tried them? Are they legit?</p></div>
<div class="post removed"><b>[deleted]</b> &middot; 3d<p>[Removed by moderator: sourcing and vendor advertising are not allowed. Account suspended.]</p></div>
<div class="post"><b>lindenleaf</b> &middot; 3d<p>Please don't. A friend ordered from one of those "no Rx, ships discreetly" sites and what arrived tested as something else. They also took his crypto and then asked for more to "clear customs".</p></div>
<div class="post"><b>mod_ruth</b> (Moderator) &middot; 2d<p>Reminder: no sourcing. Legit options people here have used are in-person infusion clinics, Spravato through a certified center (often covered by insurance), and telehealth services where a psychiatrist evaluates you on video first. Ask your insurer about coverage for Spravato.</p></div>
<div class="post"><b>greyharbor</b> &middot; 1d<p>Thanks all. Booked a video evaluation, $150 and they said they'd refund it if I'm not a fit.</p></div>
</main>
<footer>Mindful Recovery Forum &middot; Peer support, not medical advice</footer>
""")

p("h7635", "https://journals.example/ijdp/article/S0955-3959-26-00412", "informational", False, "en",
  "research-abstract-listings", "", """
Ketamine supply on cryptomarkets and Telegram, 2024-2026: a listings analysis. Methods: we collected 2,184 ketamine listings from 9 cryptomarkets and 37 Telegram vendor channels. Results: median advertised price was US$38/g (IQR 29-52); 61% offered "stealth" shipping, 44% a free reship, and 14% sold 2F-DCK or "new K" under ketamine names; 9% claimed to be pharmacies or clinics. Conclusions: online ketamine retail mimics legitimate commerce; monitoring should cover messaging apps.
""", ext="txt")

p("h7636", "https://shop.meridianmedsupply.example/controlled/ketamine-hcl-injection-50mg-ml-10ml", "informational", False, "en",
  "licensed-wholesaler-registrants-only", "Ketamine HCl Injection USP 50 mg/mL, 10 mL MDV | Meridian Medical Supply", """
<header><a href="/">Meridian Medical Supply</a> <nav><a href="/pharmaceuticals">Pharmaceuticals</a> <a href="/controlled">Controlled substances</a> <a href="/surgical">Surgical</a> <a href="/account">My account</a></nav> <a href="/cart">Cart</a></header>
<main>
<p class="crumbs">Controlled substances &rsaquo; Anesthetics</p>
<h1>Ketamine HCl Injection, USP 50 mg/mL, 10 mL multi-dose vial, carton of 10</h1>
<p>NDC 00000-0000-10 &middot; Schedule III</p>
<div class="restricted">
<p><b>Restricted item.</b> Available only to verified customer accounts with a current DEA registration for Schedule III and a valid state license (hospitals, surgery centers, physician practices, veterinary practices, licensed pharmacies).</p>
<p>Pricing is shown after you log in and your license has been verified. Orders ship only to the address on the DEA registration.</p>
<button disabled>Add to cart &ndash; verify license</button> <a href="/account/licenses">Upload license documents</a>
</div>
<h2>Product details</h2>
<table><tr><th>Strength</th><td>500 mg/10 mL</td></tr><tr><th>Storage</th><td>20&ndash;25 &deg;C</td></tr><tr><th>Preservative</th><td>Benzethonium chloride</td></tr></table>
<p>We do not sell to individuals. Meridian is a licensed wholesale distributor.</p>
</main>
<footer>Meridian Medical Supply &middot; Licensed wholesale distributor &middot; <a href="/compliance">Compliance</a></footer>
""")

p("h7637", "https://www.linden-apotheke-rezeptur.example/rezepturen/ketamin-nasenspray", "informational", False, "de",
  "compounding-pharmacy-prescription-only", "Ketamin-Nasenspray als Rezeptur | Linden-Apotheke", """
<header><a href="/">Linden-Apotheke</a> <nav><a href="/rezepturen">Rezepturen</a> <a href="/fuer-aerzte">Für Ärzte</a> <a href="/versand">Versand</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>
<h1>Ketamin-Nasenspray als Rezeptur</h1>
<p>In unserem Rezepturlabor stellen wir Ketamin- und Esketamin-Nasensprays sowie Ketamin-Lutschtabletten her &ndash; ausschließlich auf ärztliche Verschreibung.</p>
<h2>So erhalten Sie Ihre Rezeptur</h2>
<ol>
<li>Ihre Ärztin oder Ihr Arzt stellt ein Rezept mit genauer Zusammensetzung aus.</li>
<li>Sie senden uns das Originalrezept per Post oder geben es in der Apotheke ab. Ein Foto oder Scan genügt nicht.</li>
<li>Nach Prüfung des Rezepts stellen wir die Rezeptur her und versenden sie, oder Sie holen sie ab.</li>
</ol>
<h2>Preise</h2>
<p>Der Preis richtet sich nach der Arzneimittelpreisverordnung, für 10 ml meist zwischen 60 und 90 &euro;. Bei Kassenrezepten zahlen Sie nur die gesetzliche Zuzahlung.</p>
<p><b>Bitte beachten:</b> Wir stellen keine Rezepte aus, vermitteln keine Ärzte und beantworten keine Anfragen ohne Rezept.</p>
</main>
<footer>Linden-Apotheke, Inh. Sabine Kraus e.K. &middot; <a href="/impressum">Impressum</a> &middot; Zuständige Aufsichtsbehörde: Landesamt für Gesundheit</footer>
""", noise="cookie-de")

p("h7638", "https://www.lequotidiendunord.example/enquete/2026/11/ketamine-en-ligne-nous-avons-commande", "informational", False, "fr",
  "investigative-article", "Enquête : nous avons commandé de la kétamine en ligne | Le Quotidien du Nord", """
<header><a href="/">Le Quotidien du Nord</a> <nav><a href="/societe">Société</a> <a href="/sante">Santé</a> <a href="/enquetes">Enquêtes</a> <a href="/abonnement">S'abonner</a></nav></header>
<article>
<h1>Enquête : nous avons commandé de la kétamine en ligne, voici ce que nous avons reçu</h1>
<p class="chapo">Des sites qui se présentent comme des « cliniques » ou des « pharmacies » vendent de la kétamine sans ordonnance. Nous avons passé trois commandes.</p>
<p class="auteur">Par Claire Dumont et Yanis Haddad &middot; 21 novembre 2026</p>
<p>« Sans ordonnance, livraison discrète en 48 h, paiement en bitcoin » : la promesse s'affiche en gros caractères sur la page d'accueil du premier site. Le deuxième, avec logo de croix verte et photos de médecins en blouse, propose un « questionnaire médical de 2 minutes » avant de débiter 145 euros. Le troisième vendeur répond uniquement sur Telegram, avec un « menu » de prix : 45 euros le gramme, 300 euros les dix.</p>
<p>Deux colis sont arrivés, dans des enveloppes sans aucune mention. Analysés par un laboratoire universitaire, les échantillons contenaient pour l'un de la kétamine, pour l'autre de la 2F-DCK, un analogue. Le troisième colis n'est jamais arrivé ; le vendeur a demandé un nouveau paiement pour une « réexpédition ».</p>
<p>« Aucun professionnel de santé n'a vu ces acheteurs », rappelle une psychiatre que nous avons interrogée. L'agence du médicament indique avoir signalé plusieurs de ces sites.</p>
<p>Le Quotidien du Nord a détruit les produits reçus sous contrôle d'huissier.</p>
</article>
<aside><h3>À lire aussi</h3><ul><li>Kétamine : ce que l'on sait de son usage contre la dépression</li><li>Drogues de synthèse : les alertes se multiplient</li></ul></aside>
""", noise="cookie-fr")

p("h7639", "https://clinicaaurora.example/trabalhe-conosco/enfermeiro-infusao-cetamina", "informational", False, "pt",
  "clinic-job-post", "Vaga: Enfermeiro(a) - Centro de Infusão | Clínica Aurora", """
<header><a href="/">Clínica Aurora</a> <nav><a href="/tratamentos">Tratamentos</a> <a href="/equipe">Equipe</a> <a href="/trabalhe-conosco">Trabalhe conosco</a></nav></header>
<main>
<h1>Vaga: Enfermeiro(a) &ndash; Centro de Infusão</h1>
<p>São Paulo &middot; CLT &middot; 40 h semanais &middot; R$ 6.800 + benefícios</p>
<h2>Atividades</h2>
<ul>
<li>Acolher pacientes e aferir sinais vitais antes, durante e após as infusões de cetamina e as sessões de escetamina.</li>
<li>Punção venosa e manejo de bombas de infusão.</li>
<li>Registro em prontuário eletrônico e apoio ao médico anestesiologista.</li>
</ul>
<h2>Requisitos</h2>
<ul><li>COREN ativo</li><li>Experiência em hospital-dia, UTI ou centro cirúrgico</li><li>Suporte básico de vida (BLS) atualizado</li></ul>
<p>Envie seu currículo para vagas@clinicaaurora.example ou pelo WhatsApp do RH (11) 90000-0000.</p>
</main>
<footer>Clínica Aurora &middot; Responsável técnico: Dr. Henrique Tavares, CRM-SP 000000</footer>
""", noise="cookie-pt")

p("h7640", "https://www.consumatoriattenti.example/allerta/siti-falsi-ketamina-esketamina", "informational", False, "it",
  "consumer-association-warning", "Allerta: falsi siti di telemedicina vendono ketamina | Consumatori Attenti", """
<header><a href="/">Consumatori Attenti</a> <nav><a href="/allerta">Allerte</a> <a href="/guide">Guide</a> <a href="/sportello">Sportello</a> <a href="/associati">Associati</a></nav></header>
<article>
<h1>Allerta: falsi siti di "telemedicina" vendono ketamina ed esketamina</h1>
<p class="data">25 novembre 2026</p>
<p>Il nostro sportello ha ricevuto 63 segnalazioni su siti che si presentano come servizi di telemedicina o farmacie online e vendono ketamina ed esketamina. Ecco le frasi che abbiamo trovato più spesso:</p>
<ul>
<li>"Nessuna visita, basta un questionario di 2 minuti"</li>
<li>"Spravato generico 28 mg a 69 &euro;, spedizione anonima"</li>
<li>"Paga in bitcoin o con buoni regalo e ottieni il 15% di sconto"</li>
<li>"Ordina su WhatsApp o Telegram, rispedizione gratuita se bloccato in dogana"</li>
</ul>
<h2>Come riconoscerli</h2>
<p>L'esketamina spray nasale in Italia si somministra solo in strutture sanitarie, sotto osservazione. Nessun servizio serio spedisce esketamina a casa. Un servizio legittimo prevede una vera visita con un medico identificabile.</p>
<h2>Cosa fare</h2>
<p>Non pagare, conserva gli screenshot e segnala il sito al nostro sportello e ai Carabinieri NAS. Se hai già pagato con carta, chiedi subito lo storno alla banca.</p>
</article>
<footer>Consumatori Attenti APS &middot; <a href="/privacy">Privacy</a></footer>
""")

save(OUT, R)
