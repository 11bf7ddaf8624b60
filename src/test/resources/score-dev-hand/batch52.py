# Batch 52 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement. Committed before
# any scorer run.
# Angle: THE WEB OUTSIDE THE US. European and Latin-American sites in their own idiom (Spain, Mexico,
# Argentina, Germany, Austria, Switzerland, France, Belgium, Quebec, Netherlands, Flanders, Portugal,
# Brazil, Italy) plus UK / Irish / Australian English: hospital esketamine services, private infusion
# clinics, online psychiatry, regulators, poison and drug-checking services, news, forums, law, and
# sellers (shops, classifieds, messenger posts, no-prescription "pharmacies", vet products sold to anyone).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 16 English (UK/IE/AU wording, not US) and
# 24 in es/de/fr/nl/pt/it (four each).
# Shapes: UK no-Rx "pharmacy" product page for Spravato/Ketalar with Bitcoin discount; Australian farm
# vet-supply shop selling ketamine injection without a vet script; Irish social post (plain text); UK
# affiliate/doorway health blog; Australian questionnaire-only "telehealth" troche shop; UK darknet
# market mirror listing; German bot-check wall (url-only); Dutch research-chemical 2F-DCK shop; Brazilian
# agro/pet shop selling cetamina with PIX; Mexican classified (plain text); Argentine marketplace listing
# with Q&A; French no-prescription pharmacy taking PCS coupons; Italian Telegram post (plain text); Italian
# doorway blog with discount code; telehealth: Quebec virtual clinic, German Privatpraxis video
# consultation, Dutch online GGZ, Brazilian telepsiquiatria, Italian telepsichiatria, Australian
# telepsychiatry with compounded lozenges, Irish online psychiatry referral, UK membership billing help
# (plain text), UK video-assessment checkout; clinics: Spanish private depression unit, Swiss Praxis with
# CHF prices, Belgian CHU day hospital, Dutch clinic tariff page, Brazilian clinic with WhatsApp and
# packages, London private infusion clinic, NHS trust self-funded ketamine service, Australian private
# hospital Spravato program (plain text); informational: UK news on reclassification, Australian poisons
# information page, Irish solicitors, Spanish news, Austrian drug-checking warning (plain text), French
# harm-reduction forum thread, Flemish drug helpline page, Portuguese regulator alert (plain text),
# Italian licensed veterinary wholesaler.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch52.py (writes batch52/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch52")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

p("h5201", "https://www.britmeds-direct.example/product/spravato-28mg-nasal-spray", "seller", True, "en",
  "uk-no-rx-pharmacy-product", "Spravato 28mg Nasal Spray (Esketamine) | BritMeds Direct", """
<div class="topbar">Free tracked UK delivery on orders over &pound;99 &middot; Dispatched within 24 hours &middot; Trusted by 40,000+ customers</div>
<header>
<a class="logo" href="/"><img src="/img/britmeds-logo.svg" alt="BritMeds Direct"></a>
<nav><a href="/c/anxiety">Anxiety</a> <a href="/c/depression">Depression</a> <a href="/c/pain-relief">Pain Relief</a> <a href="/c/sleep">Sleep</a> <a href="/c/mens-health">Men's Health</a> <a href="/c/weight-loss">Weight Loss</a></nav>
<a href="/basket" class="basket">Basket (0)</a> <a href="/account">My account</a>
</header>
<main>
<p class="crumbs"><a href="/">Home</a> / <a href="/c/depression">Depression</a> / Spravato 28mg Nasal Spray</p>
<div class="product">
<img src="/img/products/spravato-28.jpg" alt="Spravato esketamine nasal spray device">
<h1>Spravato 28mg Nasal Spray (Esketamine)</h1>
<p class="stars">&#9733;&#9733;&#9733;&#9733;&#9734; 4.6 (212 reviews)</p>
<form action="/basket/add" method="post">
<table class="packs">
<tr><th>Pack</th><th>Price</th><th>Per device</th></tr>
<tr><td><input type="radio" name="pack" value="1"> 1 device (28mg)</td><td>&pound;189.00</td><td>&pound;189.00</td></tr>
<tr><td><input type="radio" name="pack" value="3" checked> 3 devices (84mg)</td><td>&pound;499.00</td><td>&pound;166.33</td></tr>
<tr><td><input type="radio" name="pack" value="6"> 6 devices</td><td>&pound;899.00</td><td>&pound;149.83</td></tr>
</table>
<button type="submit">Add to basket</button>
</form>
<ul class="usp">
<li>&#10004; No GP letter or prescription needed</li>
<li>&#10004; Discreet plain packaging, no pharmacy branding</li>
<li>&#10004; Pay by bank transfer or Bitcoin and save 10%</li>
<li>&#10004; Ships from our EU warehouse, Royal Mail tracked once in the UK</li>
</ul>
</div>
<section class="desc">
<h2>About esketamine</h2>
<p>Esketamine is the S-enantiomer of ketamine and acts on the brain's glutamate system rather than serotonin. It is used for depression that has not responded to at least two standard antidepressants. Many customers tell us they tried SSRIs for years before finding relief.</p>
<h2>How to use</h2>
<p>Each device delivers two sprays (one per nostril). Blow your nose beforehand, recline your head slightly and spray. Wait five minutes between devices. Do not drive or operate machinery for the rest of the day.</p>
<h2>Possible side effects</h2>
<p>Dizziness, nausea, feeling detached or "floaty", raised blood pressure, sleepiness. These usually settle within two hours. If you have uncontrolled high blood pressure or a history of aneurysm, speak to a healthcare professional first.</p>
</section>
<section class="related">
<h3>Customers also bought</h3>
<ul>
<li><a href="/product/ketalar-500mg-10ml">Ketalar 500mg/10ml vial</a> &ndash; from &pound;79</li>
<li><a href="/product/ketamine-hcl-powder-5g">Ketamine HCl 99.8% powder 5g</a> &ndash; &pound;145</li>
<li><a href="/product/diazepam-10mg">Diazepam 10mg x 28</a> &ndash; &pound;39</li>
</ul>
</section>
<section class="faq">
<h2>Frequently asked questions</h2>
<h3>How quickly will my order arrive?</h3>
<p>Orders placed before 3pm Monday to Friday are packed the same day. Parcels usually clear into the UK within 2&ndash;4 working days and are then handed to Royal Mail Tracked 24. Customers in Northern Ireland, the Highlands and the Channel Islands should allow an extra day.</p>
<h3>Will anyone know what is inside?</h3>
<p>No. Your parcel is a plain grey jiffy bag with a printed return address of our fulfilment partner. Nothing on the outside mentions medicines, and your bank statement will show "BMD Retail".</p>
<h3>What if my parcel is held by customs?</h3>
<p>It rarely happens, but if your parcel has not arrived within 14 days we will send a free replacement once. Just email us your order number.</p>
<h3>Can I take esketamine with my current antidepressant?</h3>
<p>Esketamine is usually taken alongside an SSRI or SNRI. Avoid alcohol, benzodiazepines and opioids on the days you use it, as they can increase drowsiness. If you take MAOIs, stimulants or thyroid medication, please check with a doctor.</p>
<h3>Do you offer discounts?</h3>
<p>Yes &ndash; 10% off all orders paid by bank transfer or Bitcoin, and 5% loyalty credit on every repeat order. Sign up to our newsletter for monthly codes.</p>
</section>
<section class="reviews">
<h3>Reviews</h3>
<blockquote>"Arrived in Leeds in four days, well packaged. Much quicker than waiting 18 months on the NHS." &ndash; Gemma R.</blockquote>
<blockquote>"Paid with BTC, tracking number sent the same evening. Will reorder." &ndash; anon</blockquote>
</section>
</main>
<footer>
<p><img src="/img/badge-registered-pharmacy.png" alt="Registered pharmacy"> <img src="/img/ssl-secure.png" alt="SSL secure"></p>
<p><a href="/delivery">Delivery</a> | <a href="/returns">Returns</a> | <a href="/faq">FAQ</a> | <a href="/contact">Contact</a> | <a href="/privacy">Privacy</a></p>
<p>&copy; 2026 BritMeds Direct. All orders are reviewed by our pharmacy team.</p>
</footer>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Spravato 28mg Nasal Spray","sku":"BMD-ESK-28","offers":{"@type":"AggregateOffer","priceCurrency":"GBP","lowPrice":"149.83","highPrice":"189.00","availability":"https://schema.org/InStock"},"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.6","reviewCount":"212"}}</script>
<script src="/js/tawk-chat.js" async></script>
""", noise="cookie")

p("h5202", "https://www.clinicaaurora-psiquiatria.example/tratamientos/esketamina-y-ketamina", "clinic", False, "es",
  "spain-private-depression-unit", "Esketamina y ketamina para la depresión resistente | Clínica Aurora Madrid", """
<header>
<a href="/"><img src="/img/aurora.svg" alt="Clínica Aurora · Psiquiatría y Psicología"></a>
<nav><a href="/equipo">Equipo</a> <a href="/tratamientos">Tratamientos</a> <a href="/seguros">Aseguradoras</a> <a href="/blog">Blog</a> <a href="/contacto">Contacto</a></nav>
<a class="btn" href="/cita">Pide tu cita</a> <a href="tel:+34910000000">91 000 00 00</a>
</header>
<main>
<h1>Unidad de Depresión Resistente: esketamina intranasal e infusiones de ketamina</h1>
<p>En la Unidad de Depresión Resistente de Clínica Aurora (Chamberí, Madrid) atendemos a personas que no han mejorado tras varios tratamientos antidepresivos. Antes de proponer cualquier opción realizamos una <strong>consulta de valoración</strong> con un psiquiatra de la unidad, en la que revisamos tu historia clínica, los tratamientos previos y tus constantes.</p>
<h2>Esketamina (Spravato®)</h2>
<p>La esketamina es un spray nasal aprobado por la Agencia Europea del Medicamento para la depresión resistente en adultos, siempre junto con un antidepresivo oral. En España sólo puede administrarse en un centro sanitario: tú mismo te aplicas el spray en nuestra sala de tratamiento, bajo la supervisión de enfermería, y permaneces en observación unas dos horas. Ese día no puedes conducir, así que te recomendamos venir acompañado o en transporte público.</p>
<ul>
<li>Fase de inducción: dos sesiones por semana durante cuatro semanas.</li>
<li>Fase de mantenimiento: semanal o quincenal, según la respuesta.</li>
</ul>
<h2>Infusiones de ketamina intravenosa</h2>
<p>En casos seleccionados, y tras firmar el consentimiento informado (uso fuera de ficha técnica), ofrecemos un ciclo de seis infusiones de ketamina a dosis subanestésicas, con monitorización continua por parte de un anestesiólogo.</p>
<h2>Tarifas orientativas</h2>
<table>
<tr><td>Consulta de valoración psiquiátrica (60 min)</td><td>150 €</td></tr>
<tr><td>Sesión de esketamina (sin incluir el medicamento)</td><td>95 €</td></tr>
<tr><td>Infusión de ketamina IV</td><td>390 €</td></tr>
<tr><td>Ciclo de 6 infusiones</td><td>2.100 €</td></tr>
</table>
<p>Trabajamos con la mayoría de aseguradoras privadas para las consultas; la cobertura de las sesiones depende de cada póliza. Puedes pagar con tarjeta en recepción o mediante Bizum.</p>
<h2>¿Quién puede derivarme?</h2>
<p>Puedes pedir cita directamente, aunque es muy útil que traigas un informe de tu psiquiatra o de tu médico de cabecera con los tratamientos que has probado.</p>
<p><a class="btn" href="/cita?servicio=depresion-resistente">Solicitar consulta de valoración</a></p>
</main>
<footer>
<p>Clínica Aurora S.L. · C/ de Fernández de los Ríos 00, 28015 Madrid · Centro sanitario autorizado por la Comunidad de Madrid, n.º CS00000</p>
<p><a href="/aviso-legal">Aviso legal</a> · <a href="/privacidad">Política de privacidad</a> · <a href="/cookies">Cookies</a></p>
</footer>
""", noise="cookie-es")

p("h5203", "https://www.outbackvetsupply.example/large-animal/anaesthetics/ketamine-100-injection-50ml", "seller", True, "en",
  "au-farm-vet-supply-no-script", "Ketamine 100mg/mL Injection 50mL | Outback Vet Supply", """
<header>
<div class="promo">Free postage on orders over $150 &middot; Afterpay &amp; PayID accepted &middot; Same-day dispatch before 1pm AEST</div>
<a href="/"><img src="/img/ovs-logo.png" alt="Outback Vet Supply"></a>
<nav><a href="/cattle">Cattle</a> <a href="/sheep-goats">Sheep &amp; Goats</a> <a href="/horses">Horses</a> <a href="/dogs">Working Dogs</a> <a href="/drenches">Drenches</a> <a href="/large-animal/anaesthetics">Anaesthetics &amp; Sedation</a></nav>
<form><input placeholder="Search 3,000+ products"></form> <a href="/cart">Cart</a>
</header>
<main>
<p class="crumbs">Home &rsaquo; Large Animal &rsaquo; Anaesthetics &rsaquo; Ketamine 100mg/mL 50mL</p>
<h1>Ketamine 100mg/mL Injection &ndash; 50mL</h1>
<p class="price">$142.95 <small>inc. GST</small></p>
<p>Qty <input type="number" value="1"> <button>Add to cart</button></p>
<p class="stock">In stock &ndash; 37 available</p>
<h2>Description</h2>
<p>Dissociative anaesthetic for use in horses, cattle, dogs and cats. Commonly combined with xylazine for field procedures such as castration and wound repair. 50mL multi-dose vial.</p>
<h2>Who can buy?</h2>
<p>No vet script required. We supply hobby farmers, breeders, pet owners and private buyers Australia-wide. Just tick the box at checkout to confirm the product is for animal use.</p>
<h2>Shipping</h2>
<p>Orders are posted in a plain, unbranded satchel with Australia Post Express. Most metro areas receive their parcel the next business day. We also post to WA and NT (allow 3&ndash;5 days). Bulk orders of 5+ vials: message us on WhatsApp for a better price.</p>
<h2>Payment</h2>
<p>Visa, Mastercard, PayID, bank deposit or USDT. Afterpay available for orders under $2,000.</p>
<aside>
<h3>You might also need</h3>
<ul><li>Xylazine 100mg/mL 50mL &ndash; $64.95</li><li>Sterile syringes 10mL x 100 &ndash; $18.50</li><li>Ivermectin pour-on 5L &ndash; $129.00</li><li>Cattle ear tags (pack of 50) &ndash; $39.90</li></ul>
</aside>
<section class="qa"><h3>Questions</h3>
<p><b>Q:</b> Do I need an ABN or a property number? <b>A:</b> No, just a delivery address.</p>
<p><b>Q:</b> Can you send to a PO box? <b>A:</b> Yes, parcel lockers and PO boxes are fine.</p>
</section>
</main>
<footer><p>Outback Vet Supply &middot; Dubbo NSW &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; ABN 00 000 000 000</p></footer>
""")

p("h5204", "https://www.praxis-seefeld-psychiatrie.example/behandlungen/ketamin", "clinic", False, "de",
  "swiss-praxis-chf-prices", "Ketamin- und Esketamin-Behandlung | Praxis Seefeld – Psychiatrie & Psychotherapie Zürich", """
<header>
<a href="/"><img src="/img/logo-seefeld.svg" alt="Praxis Seefeld"></a>
<nav><a href="/praxis">Praxis</a> <a href="/team">Team</a> <a href="/behandlungen">Behandlungen</a> <a href="/kosten">Kosten</a> <a href="/kontakt">Kontakt</a></nav>
<a class="cta" href="https://termine.praxis-seefeld-psychiatrie.example">Online-Termin buchen</a>
</header>
<main>
<h1>Ketamin und Esketamin bei therapieresistenter Depression</h1>
<p>Wenn sich eine Depression trotz mehrerer Behandlungsversuche nicht bessert, kann Ketamin eine Option sein. Unsere Praxis im Zürcher Seefeld bietet beide Formen an &ndash; jeweils nach einem ausführlichen Abklärungsgespräch mit einer Fachärztin oder einem Facharzt für Psychiatrie und Psychotherapie.</p>
<h2>Esketamin-Nasenspray</h2>
<p>Das Nasenspray wird in der Praxis unter Aufsicht angewendet. Anschliessend bleiben Sie rund zwei Stunden in unserem Ruheraum, wo Blutdruck und Befinden kontrolliert werden. Sie dürfen an diesem Tag kein Fahrzeug lenken.</p>
<h2>Ketamin-Infusionen</h2>
<p>Die intravenöse Gabe erfolgt über 40 Minuten mit Monitoring. Üblich ist eine Serie von sechs Infusionen innerhalb von drei Wochen, danach individuelle Auffrischungen.</p>
<h2>Kosten</h2>
<table>
<tr><td>Abklärungsgespräch (TARMED/TARDOC)</td><td>über Grundversicherung</td></tr>
<tr><td>Esketamin-Sitzung</td><td>mit Kostengutsprache der Krankenkasse</td></tr>
<tr><td>Ketamin-Infusion (Selbstzahler)</td><td>CHF 480.&ndash;</td></tr>
<tr><td>Serie à 6 Infusionen</td><td>CHF 2&rsquo;650.&ndash;</td></tr>
</table>
<p>Für die Infusionen stellen wir eine Rechnung aus, die Sie per QR-Einzahlungsschein oder TWINT begleichen können. Einige Zusatzversicherungen beteiligen sich &ndash; bitte klären Sie das vorab mit Ihrer Kasse.</p>
<h2>Zuweisung</h2>
<p>Eine Zuweisung durch Ihre Hausärztin, Ihren Hausarzt oder Ihre behandelnde Psychiaterin ist erwünscht, aber nicht zwingend. Bringen Sie bitte eine Liste Ihrer bisherigen Medikamente mit.</p>
</main>
<footer><p>Praxis Seefeld &middot; Seefeldstrasse 000 &middot; 8008 Zürich &middot; Tel. 044 000 00 00 &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></p></footer>
""", noise="cookie-de")

p("h5205", "https://snapgram.example/p/CxK83kdQ1aZ/", "seller", True, "en",
  "irish-social-post-snippet", "ket_eire_drops on Snapgram", """
ket_eire_drops · 2d — back in stock 💎 K shards, Dublin + Cork drops or An Post tracked nationwide. half g €30 / g €50 / 5g €200, Revolut or crypto only. tele + snap in bio, no time wasters, no "is this legit" msgs 🙏
""", ext="txt")

p("h5206", "https://www.cliniquevirtuelle-boreal.example/fr/services/depression-resistante", "telehealth", False, "fr",
  "quebec-virtual-clinic-referral", "Dépression résistante – Clinique virtuelle Boréal", """
<header>
<a href="/fr"><img src="/img/boreal.svg" alt="Clinique virtuelle Boréal"></a>
<nav><a href="/fr/services">Services</a> <a href="/fr/equipe">Notre équipe</a> <a href="/fr/tarifs">Tarifs</a> <a href="/fr/faq">FAQ</a> <a href="/en/services/treatment-resistant-depression">English</a></nav>
<a class="btn" href="/fr/rendez-vous">Prendre rendez-vous</a> <a href="/fr/connexion">Mon dossier</a>
</header>
<main>
<h1>Dépression résistante : une évaluation psychiatrique par vidéo, partout au Québec</h1>
<p>Vous avez essayé deux antidépresseurs ou plus sans amélioration suffisante? Nos psychiatres, tous membres du Collège des médecins du Québec, vous rencontrent en vidéoconférence, de chez vous, habituellement en moins de trois semaines.</p>
<h2>Comment ça fonctionne</h2>
<ol>
<li><strong>Questionnaire préalable</strong> (15 minutes) et envoi de vos résultats de laboratoire récents, si vous en avez.</li>
<li><strong>Évaluation de 75 minutes par vidéo</strong> avec un ou une psychiatre, qui revoit vos traitements antérieurs, vos antécédents médicaux et votre tension artérielle.</li>
<li><strong>Plan de traitement</strong> transmis à vous et, avec votre accord, à votre médecin de famille.</li>
</ol>
<h2>Et l'eskétamine?</h2>
<p>Si le psychiatre juge que l'eskétamine en vaporisateur nasal est indiquée, l'ordonnance est envoyée à l'une de nos cliniques partenaires à Montréal, Québec, Sherbrooke ou Gatineau. Le médicament y est administré sur place, sous surveillance, avec deux heures d'observation. Nous n'envoyons jamais de kétamine ni d'eskétamine à domicile. Le suivi (ajustements, échelles de dépression, rendez-vous de contrôle) se fait ensuite avec nous, en ligne.</p>
<h2>Tarifs</h2>
<ul>
<li>Évaluation psychiatrique complète : 450 $</li>
<li>Forfait de suivi 3 mois (4 rencontres vidéo + messagerie sécurisée) : 495 $</li>
</ul>
<p>Nos services sont offerts au privé et ne sont pas couverts par la RAMQ. La plupart des assurances collectives remboursent une partie des honoraires; nous vous remettons un reçu détaillé. Paiement par carte de crédit au moment de la réservation.</p>
<p class="note">En cas de crise, composez le 911 ou le 1 866 APPELLE. Notre clinique n'offre pas de service d'urgence.</p>
<p><a class="btn" href="/fr/rendez-vous?service=dr">Réserver mon évaluation</a> <a href="/fr/clavardage">Clavarder avec notre équipe</a></p>
</main>
<footer><p>Clinique virtuelle Boréal inc. · Montréal (Québec) · <a href="/fr/confidentialite">Confidentialité</a> · <a href="mailto:info@cliniquevirtuelle-boreal.example">Courriel</a></p></footer>
""", noise="cookie-fr")

p("h5207", "https://mindwell-guide.example/blog/ketamine-for-depression-uk-where-to-get-it", "seller", True, "en",
  "uk-affiliate-doorway-blog", "Ketamine for Depression in the UK: Where to Get It in 2026 | MindWell Guide", """
<header><a href="/">MindWell Guide</a> <nav><a href="/anxiety">Anxiety</a> <a href="/depression">Depression</a> <a href="/sleep">Sleep</a> <a href="/nutrition">Nutrition</a> <a href="/reviews">Reviews</a></nav></header>
<article>
<h1>Ketamine for Depression in the UK: Where to Get It in 2026</h1>
<p class="byline">By Hannah Cole &middot; Updated 2 December 2026 &middot; 9 min read &middot; <i>This article contains affiliate links. We may earn a commission at no extra cost to you.</i></p>
<p>Around one in three people with depression do not get better on the first two antidepressants they try. For them, ketamine has become one of the most talked-about options of the past decade, with studies showing that a single low dose can lift mood within hours rather than weeks.</p>
<h2>What does the science say?</h2>
<p>Ketamine blocks NMDA receptors and triggers a burst of glutamate activity, which researchers believe helps the brain form new connections. Trials of intravenous ketamine and of esketamine nasal spray have shown rapid improvement in many patients, although the effect can wear off after a week or two without repeat doses.</p>
<h2>Can I get ketamine on the NHS?</h2>
<p>In most of the UK, not easily. NICE has not recommended esketamine for routine use, and only a handful of NHS trusts offer ketamine, usually on a self-funded basis with long waiting lists. Private clinics in London and Manchester charge &pound;400 or more per infusion.</p>
<h2>The faster option: ordering online</h2>
<p>If you can't face another year on a waiting list, you're not alone. A growing number of online suppliers now ship ketamine nasal sprays, lozenges and tablets across the UK without the hassle of a GP appointment. We ordered from five of them and compared delivery speed, packaging and price.</p>
<div class="pick">
<h3>&#11088; Our top pick: KetaPure UK</h3>
<ul><li>Nasal spray and troches in stock</li><li>No prescription or consultation needed</li><li>Next-day discreet delivery</li><li>Accepts cards and crypto</li></ul>
<p>Use code <b>MINDWELL15</b> for 15% off your first order.</p>
<p><a class="btn" rel="sponsored nofollow" href="https://ketapure-uk.test/shop?ref=mwg">Visit KetaPure UK &rarr;</a></p>
</div>
<div class="pick">
<h3>Runner-up: EuroKet Pharmacy</h3>
<p>Slightly cheaper for larger orders, ships from the Netherlands in 3&ndash;5 days. <a rel="sponsored nofollow" href="https://euroket-pharmacy.test/?aff=mindwell">Check prices</a></p>
</div>
<h2>Safety tips</h2>
<p>Start with a low dose, never mix ketamine with alcohol, and make sure someone is with you the first time. Stop if you notice bladder pain.</p>
<h2>Frequently asked questions</h2>
<p><b>Is it legal to buy ketamine online in the UK?</b> The law is a grey area for personal use orders, and thousands of Britons order every month.</p>
<p><b>Will it show on my bank statement?</b> Most suppliers use a neutral billing name.</p>
</article>
<aside><h3>Popular</h3><ul><li><a href="#">Best magnesium supplements for sleep</a></li><li><a href="#">Lion's mane: does it work?</a></li><li><a href="#">CBD oil UK buyer's guide</a></li></ul></aside>
<footer><p>&copy; 2026 MindWell Guide. Content is for information only and is not medical advice.</p></footer>
""", noise="cookie")

p("h5208", "https://www.labchemshop-nl.example/dissociatieven/2f-dck-pellets-50mg", "seller", True, "nl",
  "dutch-research-chemical-shop", "2F-DCK pellets 50 mg kopen | LabChemShop.nl", """
<header>
<p class="usp">Vóór 16:00 besteld = vandaag verzonden &middot; Discreet verpakt &middot; Betalen met iDEAL, Bitcoin of Monero</p>
<a href="/"><img src="/img/lcs.png" alt="LabChemShop"></a>
<nav><a href="/stimulanten">Stimulanten</a> <a href="/dissociatieven">Dissociatieven</a> <a href="/psychedelica">Psychedelica</a> <a href="/benzo-analogen">Benzo-analogen</a> <a href="/testkits">Testkits</a> <a href="/weegschalen">Weegschalen</a></nav>
<a href="/winkelwagen">Winkelwagen</a>
</header>
<main>
<h1>2F-DCK pellets 50 mg</h1>
<p>2-Fluorodeschloroketamine (2F-DCK) is een arylcyclohexylamine en een nauw verwant analoog van ketamine. Onze pellets zijn gemaakt met een zuiverheid van &ge;99%, analysecertificaat beschikbaar op aanvraag.</p>
<table class="staffel">
<tr><th>Aantal</th><th>Prijs</th></tr>
<tr><td>5 pellets</td><td>&euro; 25,00</td></tr>
<tr><td>10 pellets</td><td>&euro; 45,00</td></tr>
<tr><td>25 pellets</td><td>&euro; 95,00</td></tr>
<tr><td>100 pellets</td><td>&euro; 290,00</td></tr>
</table>
<button>In winkelwagen</button>
<p class="disclaimer">Uitsluitend bedoeld voor onderzoeksdoeleinden en als referentiemateriaal. Niet voor menselijke consumptie. Verkoop alleen aan personen van 18 jaar en ouder.</p>
<h2>Verzending</h2>
<p>Wij verzenden met PostNL in een neutrale envelop zonder bedrijfsnaam. Levering binnen Nederland en België 1&ndash;2 werkdagen, overige EU-landen 3&ndash;6 werkdagen. Pakket kwijt of in beslag genomen? Eenmalig gratis herverzending.</p>
<h2>Ook bekeken</h2>
<ul><li><a href="/dissociatieven/3-meo-pce-poeder">3-MeO-PCE poeder</a></li><li><a href="/dissociatieven/o-pce">O-PCE</a></li><li><a href="/testkits/mandelin-reagens">Mandelin reagens</a></li></ul>
</main>
<footer><p>LabChemShop &middot; KvK 00000000 &middot; <a href="/voorwaarden">Algemene voorwaarden</a> &middot; <a href="/contact">Contact</a></p></footer>
""", noise="cookie-nl")

p("h5209", "https://www.northmere-nhs.example/services/mental-health/ketamine-treatment-service", "clinic", False, "en",
  "nhs-trust-self-funded-service", "Ketamine Treatment Service - Northmere Health NHS Foundation Trust", """
<header>
<a href="/"><img src="/img/nhs-northmere.svg" alt="Northmere Health NHS Foundation Trust"></a>
<nav><a href="/services">Our services</a> <a href="/patients-visitors">Patients and visitors</a> <a href="/careers">Careers</a> <a href="/about-us">About us</a> <a href="/contact-us">Contact us</a></nav>
<form><label>Search <input type="search"></label></form>
</header>
<main>
<p class="crumbs">Home &gt; Our services &gt; Mental health &gt; Ketamine Treatment Service</p>
<h1>Ketamine Treatment Service</h1>
<p>Our service offers low-dose intravenous ketamine for adults with treatment-resistant depression. Treatment takes place at the Clinical Research Unit, Level 2, Northmere General Hospital.</p>
<h2>Who is the service for?</h2>
<p>Adults aged 18 and over whose depression has not responded to at least two antidepressants at an adequate dose, plus a course of talking therapy. We cannot accept people with uncontrolled high blood pressure, active psychosis or a current substance use problem.</p>
<h2>How to be referred</h2>
<p>We accept referrals from GPs, community mental health teams and private psychiatrists. Please use the referral form on the professionals page. We are unable to accept self-referrals.</p>
<h2>Cost</h2>
<p>Ketamine is not licensed for depression and has not been approved by NICE, so this treatment is not funded by the NHS. Patients pay for their own treatment:</p>
<table>
<tr><td>Assessment appointment</td><td>&pound;280</td></tr>
<tr><td>Each infusion (including monitoring)</td><td>&pound;395</td></tr>
<tr><td>Initial course of six infusions</td><td>&pound;2,370</td></tr>
</table>
<p>Invoices can be paid online through the Trust's secure payment page or by card at the cashier's office. Any income is reinvested in NHS mental health services.</p>
<h2>Esketamine (Spravato)</h2>
<p>Esketamine nasal spray is not currently recommended by NICE for use in England and is not available through this service.</p>
<h2>On the day</h2>
<p>Each infusion lasts 40 minutes and you will stay with us for about two hours. You must not drive until the next day, so please arrange for someone to collect you. Pay and display parking is available in Car Park C.</p>
<h2>Contact</h2>
<p>Telephone 01632 960 418 (Monday to Friday, 9am to 4pm) or email northmere.ketamine@nhs-northmere.example.</p>
<p class="updated">Page last reviewed: 14 October 2026</p>
</main>
<footer><p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy notice</a> | <a href="/foi">Freedom of Information</a> | &copy; Northmere Health NHS Foundation Trust</p></footer>
""", noise="cookie")

p("h5210", "https://www.agropetcampeao.example/produto/cetamina-10-injetavel-50ml", "seller", True, "pt",
  "brazil-agro-pet-shop-pix", "Cetamina 10% Injetável 50 mL | Agropet Campeão", """
<header>
<div class="faixa">FRETE GRÁTIS para todo o Brasil acima de R$ 299 &middot; 10% OFF no PIX &middot; Parcele em até 6x sem juros</div>
<a href="/"><img src="/img/agropet-campeao.png" alt="Agropet Campeão"></a>
<nav><a href="/caes">Cães</a> <a href="/gatos">Gatos</a> <a href="/equinos">Equinos</a> <a href="/bovinos">Bovinos</a> <a href="/farmacia-veterinaria">Farmácia Veterinária</a> <a href="/racoes">Rações</a></nav>
<a href="/carrinho">Carrinho (0)</a> <a href="/conta">Entrar</a>
</header>
<main>
<p class="migalha">Início &gt; Farmácia Veterinária &gt; Anestésicos &gt; Cetamina 10% 50 mL</p>
<h1>Cetamina 10% Injetável 50 mL &ndash; Anestésico Veterinário</h1>
<p class="preco"><s>R$ 219,90</s> <strong>R$ 189,90</strong> <small>ou R$ 170,91 no PIX</small></p>
<p>Calcule o frete: <input placeholder="Digite seu CEP"> <button>OK</button></p>
<button class="comprar">Comprar</button>
<h2>Descrição</h2>
<p>Anestésico dissociativo indicado para contenção química e anestesia de cães, gatos e equinos. Frasco-ampola de 50 mL com 100 mg/mL de cloridrato de cetamina.</p>
<h2>Perguntas frequentes</h2>
<p><b>Precisa de receita do veterinário?</b> Não exigimos receita para compras pelo site.</p>
<p><b>Como chega?</b> Enviamos pelos Correios (SEDEX ou PAC) em embalagem discreta, sem identificação do produto.</p>
<p><b>Vende no atacado?</b> Sim, chama no WhatsApp (11) 90000-0000 para preço de caixa com 10 frascos.</p>
<h2>Quem comprou também levou</h2>
<ul><li>Xilazina 2% 10 mL &ndash; R$ 39,90</li><li>Seringa descartável 5 mL c/ 100 &ndash; R$ 44,90</li><li>Vermífugo para equinos &ndash; R$ 27,50</li></ul>
</main>
<footer><p>Agropet Campeão Comércio de Produtos Agropecuários LTDA &middot; CNPJ 00.000.000/0001-00 &middot; <a href="/trocas">Trocas e devoluções</a> &middot; <a href="/privacidade">Privacidade</a></p></footer>
""", noise="cookie-pt")

p("h5211", "https://www.kestrelclinic-london.example/treatments/ketamine-infusion", "clinic", False, "en",
  "london-private-infusion-clinic", "Ketamine Infusion Therapy in London | The Kestrel Clinic, Marylebone", """
<header>
<a href="/"><img src="/img/kestrel.svg" alt="The Kestrel Clinic"></a>
<nav><a href="/treatments">Treatments</a> <a href="/our-team">Our team</a> <a href="/fees">Fees</a> <a href="/referrers">For referrers</a> <a href="/journal">Journal</a></nav>
<a class="btn" href="/book-a-call">Book a free 15-minute call</a>
</header>
<main>
<section class="hero">
<h1>Ketamine infusion therapy for depression, in the heart of Marylebone</h1>
<p>Consultant-led, CQC-registered, and designed around you. For people whose depression hasn't shifted despite medication and therapy.</p>
</section>
<section>
<h2>Your pathway</h2>
<ol>
<li><b>Discovery call</b> with our patient coordinator (free, by phone).</li>
<li><b>Psychiatric assessment</b> in person with one of our consultant psychiatrists, including a physical health check and blood pressure.</li>
<li><b>Course of six infusions</b> over three weeks in a private treatment suite, with a nurse present throughout and an anaesthetist on site.</li>
<li><b>Integration sessions</b> with a psychotherapist (optional, recommended).</li>
</ol>
</section>
<section>
<h2>Our consultants</h2>
<p>Dr Aisling Moran MRCPsych (GMC 0000000) &middot; Dr Rajiv Sethi FRCPsych (GMC 0000001) &middot; Dr Tom Pryce FRCA, consultant anaesthetist (GMC 0000002)</p>
</section>
<section class="fees">
<h2>Fees</h2>
<table>
<tr><td>Initial psychiatric assessment</td><td>&pound;350</td></tr>
<tr><td>Single infusion</td><td>&pound;450</td></tr>
<tr><td>Course of six infusions (save &pound;300)</td><td>&pound;2,400</td></tr>
<tr><td>Integration session (50 min)</td><td>&pound;140</td></tr>
</table>
<p>Secure your course with a &pound;400 deposit at checkout after your assessment. We accept Bupa, AXA Health and Aviva for assessments where your policy includes outpatient cover; infusions are self-funded. Interest-free instalments are available through our finance partner.</p>
<p><a class="btn" href="/fees/checkout?course=infusion-6">Buy a course</a></p>
</section>
<section>
<h2>Is it safe?</h2>
<p>Ketamine has been used in anaesthesia for more than fifty years. At the low doses we use, the most common effects are a dreamlike, detached feeling, mild nausea and a temporary rise in blood pressure, all of which pass within an hour or so. You'll need someone to take you home.</p>
</section>
</main>
<footer>
<p>The Kestrel Clinic Ltd, 00 Wimpole Street, London W1G. Registered with the Care Quality Commission. Company no. 00000000.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/complaints">Complaints</a> &middot; <a href="/terms">Terms</a></p>
</footer>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)};gtag('js',new Date());</script>
""")

p("h5212", "https://t-channel.example/s/ketaitalia_shop/412", "seller", True, "it",
  "italian-telegram-channel-post", "K Italia 🇮🇹 – Telegram", """
📦 DI NUOVO DISPONIBILE: K cristalli purissimi 🔥 1g 40€ / 5g 170€ / 10g 300€. Spedizione da Milano con Poste, imballo anonimo e sottovuoto 🔒, consegna 24/48h in tutta Italia. Ordini SOLO in privato @ketaitalia_ordini, pagamento crypto o ricarica PostePay, niente ricetta niente domande ✌️
""", ext="txt")

p("h5213", "https://www.psychiatrie-online-praxis.example/leistungen/therapieresistente-depression", "telehealth", False, "de",
  "german-private-video-consultation", "Therapieresistente Depression – Videosprechstunde | Psychiatrie Online Praxis Dr. Lenz", """
<header>
<a href="/"><img src="/img/pop.svg" alt="Psychiatrie Online Praxis"></a>
<nav><a href="/leistungen">Leistungen</a> <a href="/aerztinnen">Ärztinnen &amp; Ärzte</a> <a href="/ablauf">Ablauf</a> <a href="/kosten">Kosten</a> <a href="/faq">FAQ</a></nav>
<a class="btn" href="/termin">Termin online buchen</a>
</header>
<main>
<h1>Therapieresistente Depression: fachärztliche Einschätzung per Video</h1>
<p>Sie haben bereits mehrere Antidepressiva ausprobiert, doch die Beschwerden bleiben? In unserer privatärztlichen Videosprechstunde nimmt sich eine Fachärztin oder ein Facharzt für Psychiatrie und Psychotherapie 50 Minuten Zeit für Ihre Vorgeschichte &ndash; ohne Anfahrt und meist innerhalb von zehn Tagen.</p>
<h2>Unser Team</h2>
<ul>
<li>Dr. med. Katharina Lenz, Fachärztin für Psychiatrie und Psychotherapie, Ärztekammer Nordrhein</li>
<li>Dr. med. Jonas Weber, Facharzt für Psychiatrie und Psychotherapie, Landesärztekammer Baden-Württemberg</li>
</ul>
<h2>Was wir tun &ndash; und was nicht</h2>
<p>Nach dem Erstgespräch erhalten Sie einen schriftlichen Befund mit konkreten Behandlungsempfehlungen, z.&nbsp;B. zur Optimierung Ihrer Medikation, zu Psychotherapie oder zu neueren Verfahren. Rezepte für geeignete Medikamente stellen wir als E-Rezept aus, das Sie in jeder Apotheke einlösen können.</p>
<p><strong>Esketamin-Nasenspray</strong> darf nur unter ärztlicher Aufsicht in einer Praxis oder Klinik angewendet werden. Wenn wir eine Behandlung mit Esketamin für sinnvoll halten, vermitteln wir Sie an eine unserer Kooperationspraxen in Ihrer Nähe und übernehmen auf Wunsch die weitere Verlaufskontrolle per Video. Ketamin zur Anwendung zu Hause verordnen wir nicht.</p>
<h2>Kosten</h2>
<p>Wir rechnen nach der Gebührenordnung für Ärzte (GOÄ) ab. Das Erstgespräch kostet in der Regel zwischen 110 und 140 Euro, Folgetermine ca. 60 bis 90 Euro. Private Krankenversicherungen und Beihilfe erstatten die Kosten üblicherweise; gesetzlich Versicherte zahlen selbst. Die Zahlung erfolgt bequem per Kreditkarte, PayPal oder auf Rechnung.</p>
<h2>Rechtlicher Hinweis</h2>
<p>Die ausschließliche Fernbehandlung erfolgt gemäß § 7 Abs. 4 der (Muster-)Berufsordnung, wenn sie ärztlich vertretbar ist. In akuten Krisen wenden Sie sich bitte an die 112 oder die nächste psychiatrische Klinik.</p>
</main>
<footer><p>Psychiatrie Online Praxis &middot; Privatpraxis Dr. med. K. Lenz &middot; Köln &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></p></footer>
""", noise="cookie-de")

p("h5214", "https://www.ketaease.example/start", "seller", True, "en",
  "au-questionnaire-only-troche-shop", "KetaEase | Ketamine troches delivered Australia-wide", """
<header>
<a href="/"><img src="/img/ketaease-logo.svg" alt="KetaEase"></a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/doctors">Our doctors</a> <a href="/faq">FAQ</a> <a href="/login">Log in</a></nav>
<a class="btn" href="/start/quiz">Start my assessment</a>
</header>
<main>
<section class="hero">
<h1>Feel like yourself again. Ketamine treatment, posted to your door.</h1>
<p>No GP visit. No waiting room. No video call. Answer a 2-minute online questionnaire and one of our AHPRA-registered partner doctors will review it, usually within 15 minutes.</p>
<a class="btn" href="/start/quiz">See if I'm eligible &rarr;</a>
<p class="trust">&#9733; 4.8 from 3,100+ Aussies &middot; 98% approval rate &middot; No Medicare card needed</p>
</section>
<section>
<h2>How it works</h2>
<ol><li>Tell us a bit about your mood (takes 2 minutes).</li><li>Get approved &ndash; most people are approved the same day.</li><li>Your troches arrive by Express Post in discreet packaging.</li></ol>
</section>
<section class="pricing">
<h2>Simple pricing</h2>
<div class="plan"><h3>Starter</h3><p>20 x 150mg troches</p><p>$149</p></div>
<div class="plan"><h3>Monthly</h3><p>40 x 150mg troches, auto-refill</p><p>$249/month</p></div>
<div class="plan"><h3>Stock up</h3><p>100 troches</p><p>$499</p></div>
<p>Pay with card, Afterpay or Apple Pay. Extra 10% off when you pay with crypto.</p>
</section>
<section>
<h2>FAQ</h2>
<p><b>Do I have to talk to a doctor?</b> Only if you want to. Our doctors review your answers online and will message you if they have a question.</p>
<p><b>Can I order for my partner too?</b> Yes, just add a second profile to your account.</p>
<p><b>What if I'm not approved?</b> You can retake the questionnaire once after 24 hours.</p>
</section>
</main>
<footer><p>KetaEase Pty Ltd &middot; Sydney NSW &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; If you are in crisis call Lifeline 13 11 14.</p></footer>
""")

p("h5215", "https://www.chu-meuse-hainaut.example/services/psychiatrie/traitement-esketamine", "clinic", False, "fr",
  "belgian-chu-day-hospital", "Traitement par eskétamine – Service de psychiatrie | CHU Meuse-Hainaut", """
<header>
<a href="/"><img src="/img/chu-mh.png" alt="CHU Meuse-Hainaut"></a>
<nav><a href="/patients">Patients &amp; visiteurs</a> <a href="/services">Services médicaux</a> <a href="/rendez-vous">Prendre rendez-vous</a> <a href="/emploi">Jobs</a></nav>
<p class="urg">Urgences 24h/24 : 071 00 00 00</p>
</header>
<main>
<h1>Traitement de la dépression résistante par eskétamine</h1>
<p>Le service de psychiatrie propose, au sein de son hôpital de jour (site de Charleroi, route 500), un programme de traitement par eskétamine en spray nasal pour les patients adultes présentant une dépression résistante.</p>
<h2>Pour qui ?</h2>
<p>Le traitement est réservé aux patients suivis par un psychiatre, après échec d'au moins deux antidépresseurs. Une consultation préalable avec l'un des psychiatres du programme est obligatoire.</p>
<h2>Déroulement d'une séance</h2>
<p>Vous vous administrez vous-même le spray sous la supervision d'un infirmier ou d'une infirmière. Votre tension artérielle est contrôlée avant et après. Vous restez ensuite en observation pendant environ deux heures. Vous ne pouvez pas conduire le jour même : prévoyez un accompagnant.</p>
<h2>Remboursement</h2>
<p>Le médicament est remboursé par l'INAMI sous certaines conditions, après accord du médecin-conseil de votre mutualité (demande introduite par le psychiatre). Le ticket modérateur de la séance en hôpital de jour reste à votre charge, sauf statut BIM.</p>
<h2>Prise de rendez-vous</h2>
<p>Secrétariat de psychiatrie : 071 00 00 10, du lundi au vendredi de 8h30 à 16h30, ou via le formulaire de <a href="/rendez-vous?service=psy">prise de rendez-vous en ligne</a>. Munissez-vous de votre carte d'identité électronique et d'un courrier de votre médecin traitant ou de votre psychiatre.</p>
</main>
<footer><p>CHU Meuse-Hainaut &middot; <a href="/vie-privee">Vie privée</a> &middot; <a href="/accessibilite">Accessibilité</a></p></footer>
""", noise="cookie-fr")

p("h5216", "https://www.thedailyledger.example/news/2026/nov/24/ketamine-class-a-reclassification-advisers", "informational", False, "en",
  "uk-news-reclassification-prices", "Ketamine should be made Class A, government advisers say | The Daily Ledger", """
<header><a href="/">The Daily Ledger</a> <nav><a href="/uk-news">UK</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/society">Society</a> <a href="/opinion">Opinion</a> <a href="/sport">Sport</a></nav> <a class="support" href="/support">Support us</a></header>
<article>
<p class="kicker">Drugs policy</p>
<h1>Ketamine should be made Class A, government advisers say</h1>
<p class="standfirst">Report warns of "bladders of 70-year-olds in 25-year-olds" as use among young adults hits record high</p>
<p class="byline">Social affairs correspondent &middot; Mon 24 Nov 2026 07.00 GMT</p>
<p>Ketamine should be moved from class B to class A, the government's drugs advisers have recommended, citing a sharp rise in use among 16- to 24-year-olds and a growing caseload of severe bladder damage seen by NHS urologists.</p>
<p>The Advisory Council on the Misuse of Drugs (ACMD) said the drug had become "cheap, easy to get and wrongly seen as harmless". A gram now sells for as little as &pound;15 to &pound;20 in some cities, the report found, often less than the price of a round of drinks.</p>
<p>Much of the supply was advertised openly on social media, investigators told the council, with dealers posting "menus" on Snapchat and Telegram and offering next-day delivery by post. A simple search for "buy ketamine online" returns dozens of sites claiming to sell pharmaceutical vials or nasal spray without a prescription, many of which are scams that take payment in cryptocurrency and never deliver.</p>
<p>Mr Daniel Okafor, a consultant urologist in Bristol, said he now saw patients in their twenties who needed their bladders removed. "They tell me they didn't know. They thought it was the safe one."</p>
<p>Reclassification would raise the maximum penalty for possession from five to seven years in prison, and for supply from 14 years to life. Harm-reduction charities warned that a tougher classification could push people away from seeking help. "Classification has never been the thing that decides whether a 19-year-old takes a drug," said a spokesperson for the drug-checking charity CheckPoint UK.</p>
<p>The Home Office said it would "carefully consider" the recommendation. Ketamine remains legal when prescribed, and is used in anaesthesia, in emergency medicine and, in a small number of private and NHS clinics, to treat depression.</p>
<p class="help">If you have been affected by any of the issues in this article, you can contact FRANK on 0300 123 6600.</p>
</article>
<aside><h3>Most viewed</h3><ol><li><a href="#">Storm Bram: amber warning for wind</a></li><li><a href="#">Rail fares to rise 4.1% in March</a></li><li><a href="#">Premier League: Saturday's results</a></li></ol></aside>
<footer><p>&copy; 2026 Daily Ledger Media Ltd &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy policy</a> &middot; <a href="/cookies">Cookie settings</a></p></footer>
""", noise="cookie")

p("h5217", "https://anuncios-gdl.example/guadalajara/varios/ketamina-veterinaria-frascos-envios-toda-la-republica-1193840", "seller", True, "es",
  "mexico-classified-snippet", "Ketamina veterinaria frascos – envíos a toda la República | Anuncios GDL", """
Ketamina veterinaria frascos de 50 ml, originales y sellados 💉 Envíos a toda la República por paquetería, bien discretos, o entrega en mano en Guadalajara y Zapopan. Pago por depósito en OXXO o transferencia, sin receta; precio especial por mayoreo, mándame WhatsApp al 33 0000 0000.
""", ext="txt")

p("h5218", "https://www.ketaminekliniek-utrecht.example/behandeling/tarieven-en-vergoeding", "clinic", False, "nl",
  "dutch-clinic-tariffs", "Tarieven en vergoeding | Ketaminekliniek Utrecht", """
<header>
<a href="/"><img src="/img/kku.svg" alt="Ketaminekliniek Utrecht"></a>
<nav><a href="/behandeling">Behandeling</a> <a href="/team">Ons team</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/contact">Contact</a></nav>
<a class="knop" href="/aanmelden">Aanmelden</a>
</header>
<main>
<h1>Tarieven en vergoeding</h1>
<p>Hieronder vindt u de tarieven voor 2026. Alle behandelingen vinden plaats op onze locatie aan de Catharijnesingel, onder verantwoordelijkheid van een BIG-geregistreerde psychiater en met een anesthesioloog in huis.</p>
<table>
<tr><th>Onderdeel</th><th>Tarief</th></tr>
<tr><td>Intakegesprek met psychiater (60 min)</td><td>&euro; 195</td></tr>
<tr><td>Ketamine-infuus, incl. bewaking en nazorg</td><td>&euro; 425</td></tr>
<tr><td>Traject van 6 infusen</td><td>&euro; 2.395</td></tr>
<tr><td>Evaluatiegesprek</td><td>&euro; 110</td></tr>
</table>
<h2>Wordt het vergoed?</h2>
<p>Ketamine-infusen voor depressie worden op dit moment niet vergoed door de zorgverzekeraar. Wij declareren daarom niet bij uw verzekeraar; u ontvangt na elke afspraak een factuur die u binnen 14 dagen kunt voldoen, of u pint aan de balie.</p>
<p>Behandeling met esketamine-neusspray gebeurt in de ggz-instelling van uw eigen psychiater en valt buiten onze tarieven.</p>
<h2>Verwijzing</h2>
<p>Voor aanmelding heeft u een verwijsbrief nodig van uw huisarts of behandelend psychiater. Zonder verwijzing kunnen wij u helaas niet inplannen.</p>
<h2>Annuleren</h2>
<p>Kunt u niet komen? Meld dit uiterlijk 48 uur van tevoren. Bij later afzeggen brengen wij 50% van het tarief in rekening.</p>
<p><a class="knop" href="/kennismaking">Plan een vrijblijvend kennismakingsgesprek</a></p>
</main>
<footer><p>Ketaminekliniek Utrecht B.V. &middot; AGB-code 00000000 &middot; <a href="/privacy">Privacyverklaring</a> &middot; <a href="/klachten">Klachtenregeling</a></p></footer>
""", noise="cookie-nl")

p("h5219", "https://www.sunridgetelepsych.example/ketamine-assisted-care", "telehealth", False, "en",
  "au-telepsychiatry-compounded-lozenges", "Ketamine-assisted care via telehealth | Sunridge TelePsychiatry", """
<header>
<a href="/"><img src="/img/sunridge.png" alt="Sunridge TelePsychiatry"></a>
<nav><a href="/services">Services</a> <a href="/psychiatrists">Our psychiatrists</a> <a href="/fees-and-rebates">Fees &amp; rebates</a> <a href="/gps">For GPs</a> <a href="/pay">Pay an invoice</a></nav>
</header>
<main>
<h1>Ketamine-assisted care, delivered by telehealth</h1>
<p>Sunridge is an Australian telepsychiatry practice. For some patients with treatment-resistant depression who live far from a clinic, our psychiatrists may prescribe oral ketamine lozenges as part of a structured program. This is not suitable for everyone, and many people we assess are recommended a different treatment.</p>
<h2>Before anything is prescribed</h2>
<ul>
<li>A GP referral (needed for your Medicare rebate and so your GP stays involved).</li>
<li>A 60-minute video assessment with a consultant psychiatrist.</li>
<li>Recent blood pressure readings and blood tests arranged through your GP.</li>
<li>A nominated support person who will be with you for your first doses.</li>
</ul>
<h2>Our psychiatrists</h2>
<p>Dr Fiona Gallagher FRANZCP (AHPRA MED0000000000) &middot; Dr Minh Tran FRANZCP (AHPRA MED0000000001) &middot; Dr Rebecca Ostrowski FRANZCP (AHPRA MED0000000002)</p>
<h2>Dispensing</h2>
<p>If ketamine is prescribed, your script is sent directly to our partner compounding pharmacy in Brisbane, which dispenses in small quantities and posts by signature-on-delivery only after the prescription has been checked. Your first dose is taken during a video session with one of our nurses.</p>
<h2>Fees</h2>
<table>
<tr><td>Initial psychiatric assessment (item 91827)</td><td>$520, Medicare rebate approx. $235</td></tr>
<tr><td>Review consultation</td><td>$240, rebate approx. $117</td></tr>
<tr><td>Compounded lozenges (billed by pharmacy)</td><td>approx. $90&ndash;$140 per month</td></tr>
</table>
<p>Invoices can be paid online by card and rebates are processed same day.</p>
<p><a class="btn" href="/book?service=tr-depression">Book an assessment</a></p>
</main>
<footer><p>Sunridge TelePsychiatry Pty Ltd &middot; Not an emergency service &ndash; call 000 or Lifeline 13 11 14 &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h5220", "https://www.benessere-mente-blog.example/ketamina-depressione-dove-comprarla", "seller", True, "it",
  "italian-doorway-blog-discount-code", "Ketamina e depressione: cosa dice la scienza (e dove acquistarla) | Benessere Mente", """
<div class="cookie-bar">Questo sito utilizza cookie tecnici e di profilazione, anche di terze parti. <button>Accetta</button> <button>Rifiuta</button> <a href="/cookie-policy">Cookie policy</a></div>
<header><a href="/">Benessere Mente</a> <nav><a href="/ansia">Ansia</a> <a href="/depressione">Depressione</a> <a href="/sonno">Sonno</a> <a href="/integratori">Integratori</a></nav></header>
<article>
<h1>Ketamina e depressione: cosa dice la scienza (e dove acquistarla)</h1>
<p class="meta">di Redazione &middot; 29 novembre 2026 &middot; <em>Articolo con link di affiliazione</em></p>
<p>La depressione resistente colpisce in Italia centinaia di migliaia di persone. Negli ultimi anni la ketamina, nata come anestetico, è diventata una delle terapie più studiate per chi non risponde agli antidepressivi tradizionali.</p>
<h2>Come agisce</h2>
<p>A differenza degli SSRI, la ketamina agisce sul sistema del glutammato e in molti pazienti produce un miglioramento dell'umore in poche ore. L'esketamina spray nasale è approvata dall'EMA ed è disponibile anche in Italia, ma solo in centri specializzati.</p>
<h2>Il problema delle liste d'attesa</h2>
<p>Chi prova a ottenere la terapia con il SSN si scontra con liste d'attesa di mesi e con pochi centri autorizzati, quasi tutti al Nord.</p>
<h2>Dove comprare la ketamina online</h2>
<p>Se non vuoi aspettare, esistono farmacie online europee che spediscono la ketamina in Italia <strong>senza ricetta</strong> in 48&ndash;72 ore. Le abbiamo provate per voi:</p>
<ol>
<li><a rel="sponsored" href="https://farmaketa24.test/it/?aff=bm">FarmaKeta24</a> &ndash; spray nasale e compresse sublinguali, pagamento anche con PayPal e crypto. <b>Codice sconto BENESSERE10</b>.</li>
<li><a rel="sponsored" href="https://euroketshop.test/?ref=bm">EuroKetShop</a> &ndash; flaconi da 10 ml, spedizione anonima dalla Spagna.</li>
</ol>
<p>Consiglio: ordina almeno due confezioni per risparmiare sulla spedizione.</p>
<h2>Effetti collaterali</h2>
<p>Vertigini, nausea, senso di distacco. In caso di dubbi parla con il tuo medico.</p>
</article>
<aside><h3>Leggi anche</h3><ul><li><a href="#">Magnesio e ansia</a></li><li><a href="#">Zafferano contro la depressione?</a></li></ul></aside>
<footer><p>Benessere Mente &middot; I contenuti hanno scopo informativo e non sostituiscono il parere medico.</p></footer>
""")

p("h5221", "https://www.autoridade-medicamento.example/alertas/2026/venda-ilegal-esquetamina-cetamina-internet", "informational", False, "pt",
  "portugal-regulator-alert-snippet", "Alerta: venda ilegal de medicamentos com esquetamina e cetamina na internet", """
A Autoridade Nacional do Medicamento alerta para a venda ilegal, em sítios da internet e em redes sociais, de medicamentos contendo esquetamina (spray nasal) e cetamina, por vezes anunciados como "sem receita" e com envio para todo o país. Estes medicamentos só podem ser dispensados mediante receita médica e, no caso da esquetamina, administrados em estabelecimento de saúde sob supervisão; não adquira medicamentos em sítios não autorizados e, em caso de dúvida, contacte a Linha do Medicamento ou o SNS 24 (808 24 24 24).
""", ext="txt")

p("h5222", "https://www.clearmind-online.example/ie/treatment-resistant-depression", "telehealth", False, "en",
  "irish-online-psychiatry-referral", "Treatment-resistant depression | ClearMind Online Psychiatry Ireland", """
<header><a href="/ie">ClearMind</a> <nav><a href="/ie/how-it-works">How it works</a> <a href="/ie/our-psychiatrists">Our psychiatrists</a> <a href="/ie/fees">Fees</a> <a href="/ie/gps">For GPs</a></nav> <a class="btn" href="/ie/book">Book online</a></header>
<main>
<h1>Treatment-resistant depression</h1>
<p>If you've tried two or more antidepressants and you're still struggling, a specialist opinion can help. ClearMind's consultant psychiatrists see patients from every county by secure video, usually within two weeks &ndash; no need to travel to Dublin for the first appointment.</p>
<h2>What happens</h2>
<p>Your video assessment takes about an hour. Your psychiatrist will go through your history, the medications you've tried and any physical health issues, then write to you and your GP with a clear plan. Prescriptions for standard medications are sent to your local pharmacy through Healthmail.</p>
<h2>Esketamine</h2>
<p>Esketamine nasal spray can only be given in a hospital or clinic, under supervision. If your psychiatrist thinks it's a good option, we'll refer you to one of our partner hospitals in Dublin, Cork or Galway, where the treatment sessions take place. We stay involved and see you online for reviews between sessions.</p>
<h2>Fees</h2>
<p>Video assessment &euro;280 &middot; Follow-up review &euro;160. Most health insurers refund part of the fee for consultant-led outpatient care &ndash; check your plan. You pay by card when you book.</p>
<p>All our psychiatrists are on the Specialist Division of the Register of Medical Practitioners held by the Medical Council.</p>
</main>
<footer><p>ClearMind Online Psychiatry Ltd, Dublin 2 &middot; <a href="/ie/privacy">Privacy</a> &middot; In an emergency call 112 or 999, or contact Samaritans on 116 123.</p></footer>
""")

p("h5223", "https://ketamin-rezeptfrei-bestellen.test/shop/ketamin-hcl-kristall-5g", "seller", True, "de",
  "url-only", "Einen Moment bitte…", """
<div class="wrap">
<h1>ketamin-rezeptfrei-bestellen.test</h1>
<p>Einen Moment bitte&hellip; Wir überprüfen, ob die Verbindung sicher ist. Dies dauert nur wenige Sekunden.</p>
<div class="spinner"></div>
<noscript><p>Bitte aktivieren Sie JavaScript und Cookies, um fortzufahren.</p></noscript>
<p class="ray">Ray-ID: 8f2c1a77d0e4b913 &middot; Leistung &amp; Sicherheit durch EdgeShield</p>
</div>
<script src="/cdn-cgi/challenge-platform/h/b/orchestrate/jsch/v1"></script>
""")

p("h5224", "https://www.poisonsinfo-nsw.example/substances/ketamine", "informational", False, "en",
  "au-poisons-information-page", "Ketamine | Poisons Information Centre", """
<header><a href="/">Poisons Information Centre</a> <nav><a href="/medicines">Medicines</a> <a href="/household">Household products</a> <a href="/bites-stings">Bites &amp; stings</a> <a href="/plants-mushrooms">Plants &amp; mushrooms</a> <a href="/substances">Alcohol &amp; other drugs</a></nav>
<p class="phone">24/7 advice: call <b>13 11 26</b> from anywhere in Australia</p></header>
<main>
<h1>Ketamine</h1>
<p class="alert">If someone has collapsed, is not breathing, is having a seizure or cannot be woken, call Triple Zero (000) straight away.</p>
<h2>What is it?</h2>
<p>Ketamine is an anaesthetic used in hospitals, by paramedics and by vets. A related medicine, esketamine nasal spray, is prescribed by psychiatrists for some people with severe depression and is given in a clinic. Ketamine is a Schedule 8 medicine: it is illegal to possess or supply it without a prescription.</p>
<p>Ketamine sold illegally may come as powder, crystals or liquid. It is sometimes taken from veterinary stock or bought from websites that claim to sell it without a script. What is sold as ketamine may contain other substances, including ketamine-like drugs that are stronger or last longer.</p>
<h2>Effects and risks</h2>
<ul>
<li>Confusion, dizziness, blurred vision, slurred speech</li>
<li>Feeling detached from your body, hallucinations</li>
<li>Fast heart rate, high blood pressure</li>
<li>Vomiting &ndash; dangerous if the person is very drowsy</li>
<li>Injuries from falls, burns or drowning while affected</li>
<li>With regular use: bladder pain, needing to wee often, blood in the urine</li>
</ul>
<p>The risk is higher when ketamine is combined with alcohol, benzodiazepines, GHB or opioids.</p>
<h2>What to do</h2>
<ol>
<li>Stay with the person and keep them somewhere safe, away from water and roads.</li>
<li>If they are drowsy, lie them on their side (recovery position).</li>
<li>Call us on 13 11 26 for advice. You do not have to give your name, and we do not contact police.</li>
</ol>
<h2>Children and pets</h2>
<p>If a child or a pet may have swallowed ketamine or any medicine, call us straight away even if they seem well.</p>
</main>
<footer><p>Information reviewed by clinical toxicologists. Last updated September 2026. <a href="/privacy">Privacy</a> &middot; <a href="/accessibility">Accessibility</a></p></footer>
""")

p("h5225", "https://www.telepsichiatria-lumen.example/servizi/depressione-resistente", "telehealth", False, "it",
  "italian-telepsichiatria", "Depressione resistente – visita psichiatrica online | Lumen Telepsichiatria", """
<div class="cookie">Utilizziamo cookie tecnici e, previo consenso, cookie analitici. <button>Accetta tutti</button> <button>Solo necessari</button></div>
<header><a href="/"><img src="/img/lumen.svg" alt="Lumen Telepsichiatria"></a> <nav><a href="/servizi">Servizi</a> <a href="/specialisti">Specialisti</a> <a href="/tariffe">Tariffe</a> <a href="/domande">Domande frequenti</a></nav> <a class="btn" href="/prenota">Prenota una visita</a></header>
<main>
<h1>Depressione resistente: la visita psichiatrica, in videochiamata</h1>
<p>Lumen è un servizio di telepsichiatria con medici specialisti iscritti all'Albo dell'Ordine dei Medici. La prima visita dura 60 minuti e si svolge su una piattaforma sicura, senza installare programmi.</p>
<h2>Dopo la visita</h2>
<p>Ricevi una relazione scritta e, se necessario, la ricetta elettronica (NRE) per i farmaci prescritti, che puoi ritirare in qualsiasi farmacia con il codice e la tessera sanitaria.</p>
<h2>Esketamina</h2>
<p>L'esketamina spray nasale viene somministrata solo in strutture sanitarie autorizzate, sotto controllo medico. Se lo specialista ritiene che sia indicata, ti indirizziamo al centro convenzionato più vicino a te e continuiamo a seguirti con visite di controllo online. Non spediamo farmaci a domicilio.</p>
<h2>Tariffe</h2>
<ul><li>Prima visita psichiatrica online: 120 &euro;</li><li>Visita di controllo: 80 &euro;</li></ul>
<p>Pagamento con carta o PayPal al momento della prenotazione. Rilasciamo fattura sanitaria detraibile (19%) e inviata al Sistema Tessera Sanitaria.</p>
<p class="nota">Il servizio non è adatto alle emergenze: in caso di pericolo chiama il 112.</p>
</main>
<footer><p>Lumen Telepsichiatria S.r.l. &middot; P.IVA 00000000000 &middot; Direttore sanitario: Dott.ssa Chiara Benedetti &middot; <a href="/privacy">Privacy</a></p></footer>
""")

p("h5226", "https://articulo.mercadopampa.example/MPA-1384402291-ketamina-10-x-50-ml-anestesico-veterinario-_JM", "seller", True, "es",
  "argentina-marketplace-listing-qa", "Ketamina 10% X 50 Ml Anestésico Veterinario | MercadoPampa", """
<header><a href="/"><img src="/img/mercadopampa.svg" alt="MercadoPampa"></a> <form><input placeholder="Buscar productos, marcas y más…"></form> <nav><a href="/categorias">Categorías</a> <a href="/ofertas">Ofertas</a> <a href="/vender">Vender</a> <a href="/ayuda">Ayuda</a></nav></header>
<main>
<p class="crumbs">Animales y Mascotas &gt; Farmacia Veterinaria &gt; Anestésicos</p>
<p class="cond">Nuevo | +50 vendidos</p>
<h1>Ketamina 10% X 50 Ml Anestésico Veterinario Valle Sur</h1>
<p class="price">$ 38.500</p>
<p>Mismo precio en 6 cuotas de $ 6.416 con Mercado Pago</p>
<p class="envio">Envío gratis a todo el país &middot; Llega el jueves</p>
<p>Stock disponible: 12 unidades <button>Comprar ahora</button> <button>Agregar al carrito</button></p>
<div class="seller">Vendido por <b>VETAGRO_DELSUR</b> &middot; MercadoLíder &middot; Córdoba Capital</div>
<h2>Descripción</h2>
<p>Anestésico inyectable de uso veterinario. Frasco ampolla 50 ml. Vencimiento 09/2028. Producto original, sellado. Hacemos factura A y B.</p>
<h2>Preguntas y respuestas</h2>
<div class="qa">
<p><b>¿Piden receta veterinaria?</b><br>No, hacemos el envío directo. Consultá stock antes de ofertar. Saludos!</p>
<p><b>¿Hacen envíos a Rosario? ¿Cómo viene embalado?</b><br>Sí, a todo el país. Va en caja sin rótulo del producto.</p>
<p><b>¿Sirve para uso humano?</b><br>Esa consulta no la podemos responder por acá, escribinos por privado después de la compra.</p>
<p><b>¿Tenés por cantidad?</b><br>Sí, por caja de 10 te hacemos precio, coordinamos por privado.</p>
</div>
</main>
<footer><p>Copyright &copy; 2026 MercadoPampa S.R.L. &middot; <a href="/terminos">Términos y condiciones</a> &middot; <a href="/privacidad">Privacidad</a></p></footer>
""", noise="cookie-es")

p("h5227", "https://help.northlight-psychiatry.example/en-gb/articles/360041-membership-billing", "telehealth", False, "en",
  "uk-membership-billing-help-snippet", "Membership and billing – Northlight Psychiatry Help", """
Your Northlight membership (£79 a month) covers unlimited secure messaging with your care team and a monthly video review with your psychiatrist; any medication your psychiatrist prescribes after your video assessment, including ketamine-based treatment where clinically appropriate, is dispensed by our GPhC-registered partner pharmacy and charged separately at cost. You can pause or cancel from Account > Billing at any time before your next renewal date, and refunds for unused months are made to the original card within 5–10 working days.
""", ext="txt")

p("h5228", "https://www.pharmacie-express-sans-ordonnance.example/fr/ketamine-spray-nasal-28mg", "seller", True, "fr",
  "france-no-prescription-pharmacy-coupons", "Kétamine / Eskétamine spray nasal 28 mg – Pharmacie Express", """
<header>
<p class="bandeau">Livraison offerte dès 120 € · Colissimo suivi 48h en France métropolitaine · Emballage neutre</p>
<a href="/fr"><img src="/img/pharmacie-express.png" alt="Pharmacie Express"></a>
<nav><a href="/fr/antidouleurs">Antidouleurs</a> <a href="/fr/sommeil">Sommeil</a> <a href="/fr/anxiete">Anxiété</a> <a href="/fr/depression">Dépression</a> <a href="/fr/minceur">Minceur</a></nav>
<a href="/fr/panier">Mon panier</a>
</header>
<main>
<h1>Eskétamine spray nasal 28 mg</h1>
<p class="sous-titre">Générique de Spravato® &middot; Laboratoire : IndoPharm Generics</p>
<table>
<tr><th>Conditionnement</th><th>Prix</th></tr>
<tr><td>1 spray</td><td>149,00 €</td></tr>
<tr><td>3 sprays</td><td>399,00 €</td></tr>
<tr><td>6 sprays + 1 offert</td><td>749,00 €</td></tr>
</table>
<p><button>Ajouter au panier</button></p>
<ul class="avantages">
<li>Sans ordonnance, sans consultation</li>
<li>Expédition sous 24h, colis discret sans mention du contenu</li>
<li>Paiement par virement SEPA, Bitcoin ou coupons PCS / Transcash</li>
</ul>
<h2>Indications</h2>
<p>L'eskétamine est utilisée dans la dépression qui ne répond pas aux traitements habituels. Elle agit rapidement, souvent dès les premières heures.</p>
<h2>Avis clients</h2>
<p>★★★★★ « Reçu à Lyon en trois jours, rien à redire. » – Karim</p>
<p>★★★★☆ « Paiement par coupon un peu compliqué mais le service client répond vite sur WhatsApp. » – Élodie</p>
</main>
<footer><p>Pharmacie Express &middot; <a href="/fr/cgv">CGV</a> &middot; <a href="/fr/contact">Contact</a> &middot; Service client WhatsApp 7j/7</p></footer>
""", noise="cookie-fr")

p("h5229", "https://www.drughulplijn-vlaanderen.example/drugs/ketamine", "informational", False, "nl",
  "flemish-drug-helpline-page", "Ketamine | Drughulplijn Vlaanderen", """
<header><a href="/"><img src="/img/dhl.svg" alt="Drughulplijn"></a> <nav><a href="/drugs">Drugs A-Z</a> <a href="/alcohol">Alcohol</a> <a href="/hulp">Hulp zoeken</a> <a href="/ouders">Voor ouders</a> <a href="/chat">Chat</a></nav></header>
<main>
<h1>Ketamine</h1>
<p>Ketamine (ook: K, keta, special K) is een verdovingsmiddel dat in ziekenhuizen en door dierenartsen gebruikt wordt. Als drug wordt het meestal gesnoven. Sinds enkele jaren wordt een variant, esketamine, als neusspray voorgeschreven bij zware depressie; die wordt altijd in het ziekenhuis toegediend.</p>
<h2>Effecten</h2>
<p>In lage dosis voel je je licht, dromerig en losgekoppeld van je omgeving. Bij een hogere dosis kan je in een 'K-hole' terechtkomen: je kan niet meer bewegen of praten en verliest het besef van tijd en plaats.</p>
<h2>Risico's</h2>
<ul>
<li>Ongevallen doordat je weinig pijn voelt en slecht coördineert.</li>
<li>Braken terwijl je half bewusteloos bent.</li>
<li>Bij regelmatig gebruik: ernstige blaasproblemen en buikkrampen ('K-cramps').</li>
<li>Afhankelijkheid.</li>
</ul>
<h2>Ketamine online kopen?</h2>
<p>Op het internet en via Telegram bieden verkopers ketamine aan 'zonder voorschrift', soms zelfs als neusspray. Dat is illegaal. Je weet niet wat je krijgt, en veel van die sites zijn oplichters die na betaling niets opsturen. Wie toch iets gekocht heeft, kan het anoniem laten testen bij een testpunt.</p>
<h2>Wat zegt de wet?</h2>
<p>In België is ketamine een gereglementeerde stof. Bezit, verkoop en invoer zonder medisch voorschrift zijn strafbaar.</p>
<h2>Hulp nodig?</h2>
<p>Bel de Drughulplijn op 078 00 00 00 (ma-vr, 10-20u), stel je vraag via mail of chat anoniem met een medewerker. Bij een noodgeval: bel 112. Je kan ook terecht bij je huisdokter of een CGG in je buurt.</p>
</main>
<footer><p>Drughulplijn Vlaanderen vzw &middot; <a href="/privacy">Privacy</a> &middot; <a href="/over-ons">Over ons</a></p></footer>
""", noise="cookie-nl")

p("h5230", "https://www.bayside-private-hospital.example/mental-health/spravato-program", "clinic", False, "en",
  "au-private-hospital-spravato-snippet", "Spravato program | Bayside Private Hospital", """
Our Spravato (esketamine) program runs from the Day Therapy Unit on Tuesdays and Thursdays: each dose is self-administered under nursing supervision and followed by about two hours of observation, so please organise someone to drive you home. A referral from your treating psychiatrist is required, and most private health funds cover the day-admission component – ring our admissions team on (03) 9000 0100 for a quote on any out-of-pocket costs.
""", ext="txt")

p("h5231", "https://www.clinicavivere-sp.example/tratamentos/infusao-de-cetamina", "clinic", False, "pt",
  "brazil-clinic-whatsapp-packages", "Infusão de Cetamina em São Paulo | Clínica Vivere – Psiquiatria", """
<header>
<a href="/"><img src="/img/vivere.svg" alt="Clínica Vivere"></a>
<nav><a href="/sobre">A clínica</a> <a href="/equipe">Equipe médica</a> <a href="/tratamentos">Tratamentos</a> <a href="/convenios">Convênios e reembolso</a> <a href="/contato">Contato</a></nav>
<a class="whats" href="https://wa.example/5511900000000?text=Quero%20agendar">Agende pelo WhatsApp</a>
</header>
<main>
<h1>Infusão de cetamina e escetamina para depressão resistente</h1>
<p>Na Clínica Vivere, no Itaim Bibi, a cetamina é aplicada por via endovenosa em sala equipada, com monitorização contínua de pressão, oxigenação e frequência cardíaca. Cada sessão dura cerca de 40 minutos, mais o tempo de recuperação.</p>
<h2>Como funciona</h2>
<ol>
<li><b>Consulta psiquiátrica</b> presencial para avaliar se o tratamento é indicado para você.</li>
<li><b>Exames</b> e termo de consentimento.</li>
<li><b>Sessões</b>: em geral 6 a 8 aplicações ao longo de 4 semanas.</li>
</ol>
<p>Também aplicamos a <b>escetamina spray nasal (Spravato®)</b> na clínica, com observação de duas horas após cada dose. Você não pode dirigir no dia da aplicação: venha acompanhado ou de táxi/aplicativo.</p>
<h2>Valores</h2>
<ul>
<li>Consulta de avaliação: R$ 850</li>
<li>Sessão avulsa de cetamina EV: R$ 1.400</li>
<li>Pacote de 6 sessões: R$ 7.800 &ndash; em até 10x no cartão ou com desconto no PIX</li>
</ul>
<p>Não atendemos por convênio, mas emitimos nota fiscal e relatório médico para você solicitar reembolso ao seu plano de saúde.</p>
<h2>Equipe</h2>
<p>Dra. Marina Albuquerque &ndash; Psiquiatra, CRM-SP 000000, RQE 00000 &middot; Dr. Felipe Sato &ndash; Anestesiologista, CRM-SP 000001</p>
<p><a class="btn" href="https://wa.example/5511900000000">Fale com a nossa equipe no WhatsApp</a></p>
</main>
<footer><p>Clínica Vivere &middot; Rua Joaquim Floriano, 000 &middot; São Paulo/SP &middot; Responsável técnico: Dra. Marina Albuquerque &middot; <a href="/privacidade">Política de privacidade</a></p></footer>
""", noise="cookie-pt")

p("h5232", "https://marketmirror-uk.test/listing/88213-ketamine-shards-uk-nd", "seller", True, "en",
  "uk-darknet-market-mirror-listing", "KETAMINE S-ISOMER SHARDS 5g UK NEXT DAY | Listing #88213", """
<header><span class="mkt">&#9881; Marketplace</span> <nav><a href="/">Home</a> <a href="/cat/dissociatives">Dissociatives</a> <a href="/cat/stimulants">Stimulants</a> <a href="/cat/cannabis">Cannabis</a> <a href="/wallet">Wallet (0.0000 XMR)</a> <a href="/orders">Orders</a> <a href="/support">Support</a></nav> <span class="mirror">Mirror 3 of 7 &middot; always check PGP-signed links</span></header>
<main>
<h1>&#127468;&#127463; KETAMINE S-ISOMER SHARDS | 5g | UK NEXT DAY</h1>
<table class="listing">
<tr><td>Vendor</td><td><a href="/vendor/KetKingdomUK">KetKingdomUK</a> (Level 6 &middot; 1,420 sales &middot; 4.92/5)</td></tr>
<tr><td>Ships from</td><td>United Kingdom</td></tr>
<tr><td>Ships to</td><td>United Kingdom, Ireland</td></tr>
<tr><td>Price</td><td>&pound;95.00 (0.2451 XMR / 0.00142 BTC)</td></tr>
<tr><td>Escrow</td><td>Yes (Finalise Early for vendors Level 7+ only)</td></tr>
</table>
<p>Shipping: <select><option>Royal Mail Tracked 48 &ndash; &pound;4</option><option>Special Delivery (order before 2pm Mon&ndash;Thu) &ndash; &pound;9</option></select></p>
<p>Qty <input value="1"> <button>Buy now</button></p>
<h2>Description</h2>
<p>Top quality S-isomer shards, lab tested. Big crystal, not powder. Same batch as last 3 drops, 10/10 feedback.</p>
<p>Stealth: vac-sealed twice, MBB, posted in a business-style envelope with a printed label. Never had a parcel seized in 3 years. Reship 50% on first lost parcel with proof, no reship on wrong address.</p>
<p>Bulk 25g/50g/100g available &ndash; message for custom listing.</p>
<h2>Feedback</h2>
<table class="fb">
<tr><td>5/5</td><td>arrived next day, shards as pictured, quality fire</td><td>2 days ago</td></tr>
<tr><td>5/5</td><td>stealth on point, will be back</td><td>4 days ago</td></tr>
<tr><td>4/5</td><td>took 3 days but good gear</td><td>1 week ago</td></tr>
</table>
</main>
<footer><p>Do not click links sent in private messages. Staff will never ask for your password.</p></footer>
""")

p("h5233", "https://www.drugchecking-wien.example/warnungen/2026-11-ketamin-2fdck", "informational", False, "de",
  "austrian-drug-checking-warning-snippet", "Warnung: „Ketamin“ enthielt 2F-DCK – Drug Checking Wien", """
Warnung (November 2026): In einer als Ketamin gekauften Probe, die bei uns in Wien abgegeben wurde, fanden wir kein Ketamin, sondern 2-Fluordeschloroketamin (2F-DCK), das langsamer anflutet und deutlich länger wirkt – laut Angabe der Person wurde sie über einen Telegram-Kanal um 40 Euro pro Gramm gekauft. Lass deine Substanzen anonym und kostenlos analysieren: jeden Mittwoch von 17 bis 20 Uhr in unserer Beratungsstelle im 6. Bezirk.
""", ext="txt")

p("h5234", "https://www.diariolevante-digital.example/sociedad/2026/11/28/ketamina-jovenes-consumo-internet", "informational", False, "es",
  "spain-news-young-users-prices", "La ketamina se dispara entre los jóvenes: «Se compra por Telegram como quien pide una pizza»", """
<header><a href="/">Diario Levante Digital</a> <nav><a href="/local">Local</a> <a href="/espana">España</a> <a href="/sociedad">Sociedad</a> <a href="/economia">Economía</a> <a href="/deportes">Deportes</a></nav> <a href="/suscripcion">Suscríbete</a></header>
<article>
<h1>La ketamina se dispara entre los jóvenes: «Se compra por Telegram como quien pide una pizza»</h1>
<p class="entradilla">El consumo se ha duplicado en cinco años según la última encuesta del Plan Nacional sobre Drogas. Los urólogos alertan de casos de cistitis grave en menores de 30 años.</p>
<p class="firma">Redacción · Valencia · 28/11/2026 - 06:00</p>
<p>«Te pasan un menú con fotos, eliges, pagas por Bizum a una cuenta que cambia cada semana y en una hora lo tienes en el portal». Así describe Álex, de 22 años, cómo compraba ketamina en Valencia. El gramo cuesta entre 30 y 40 euros, según fuentes policiales, más barato que la cocaína.</p>
<p>La última encuesta del Plan Nacional sobre Drogas sitúa el consumo de ketamina en el último año en el 1,1% de los jóvenes de 15 a 24 años, el doble que en 2021. Los expertos apuntan a su imagen de droga «tranquila» y a la facilidad para conseguirla en redes sociales y aplicaciones de mensajería.</p>
<p>En internet, basta teclear «comprar ketamina online» para encontrar decenas de páginas que ofrecen frascos veterinarios o spray nasal «sin receta» con envío a toda España. La mayoría son estafas, advierte la Policía Nacional, que recomienda no introducir datos bancarios en estas webs.</p>
<p>La Guardia Civil desarticuló en octubre una red que robaba ketamina de clínicas veterinarias de Alicante y Murcia y la revendía en fiestas de la costa. Se intervinieron 340 viales y 1,2 kilos de producto ya cristalizado.</p>
<p>La doctora Lucía Ferrer, uróloga del hospital comarcal de Sagunto, ve cada mes a varios pacientes con lo que se conoce como cistitis por ketamina. «Vienen con dolor, orinando cada quince minutos. Algunos no se lo cuentan ni a su médico de cabecera».</p>
<p>La ketamina también tiene un uso médico legítimo: además de anestésico, su derivado, la esketamina, se emplea en hospitales para tratar la depresión resistente, siempre bajo supervisión.</p>
<p class="ayuda">Si necesitas ayuda, puedes llamar al 024, la línea de atención a la conducta suicida, o consultar los recursos de tu comunidad autónoma.</p>
</article>
<aside><h3>Lo más leído</h3><ol><li><a href="#">Cortes de tráfico en la V-21 por obras</a></li><li><a href="#">El Valencia cae en Mestalla</a></li></ol></aside>
<footer><p>© 2026 Diario Levante Digital · <a href="/aviso-legal">Aviso legal</a> · <a href="/privacidad">Privacidad</a></p></footer>
""", noise="cookie-es")

p("h5235", "https://www.mindwijs-online.example/behandelingen/therapieresistente-depressie", "telehealth", False, "nl",
  "dutch-online-ggz-referral", "Therapieresistente depressie – online behandeling | MindWijs Online GGZ", """
<header><a href="/"><img src="/img/mindwijs.svg" alt="MindWijs"></a> <nav><a href="/behandelingen">Behandelingen</a> <a href="/hoe-werkt-het">Hoe werkt het</a> <a href="/vergoeding">Vergoeding</a> <a href="/wachttijden">Wachttijden</a> <a href="/verwijzers">Verwijzers</a></nav> <a class="knop" href="/aanmelden">Aanmelden</a></header>
<main>
<h1>Therapieresistente depressie</h1>
<p>MindWijs is een online ggz-aanbieder. Je hele behandeling vindt plaats via beeldbellen en onze beveiligde app, met een vaste psychiater en een regiebehandelaar. Dat scheelt reistijd en je zit gewoon thuis.</p>
<h2>Zo werkt het</h2>
<ol>
<li>Je huisarts stuurt een verwijsbrief naar ons.</li>
<li>Intake via beeldbellen met een BIG-geregistreerde psychiater (ongeveer 75 minuten).</li>
<li>Samen stellen we een behandelplan op: medicatie, therapie of een combinatie.</li>
</ol>
<h2>Esketamine-neusspray</h2>
<p>Soms is esketamine (Spravato) een optie. Die neusspray mag alleen onder toezicht in een kliniek gebruikt worden. Is het geschikt voor jou, dan verwijzen we je door naar een van onze partnerklinieken in Amsterdam, Rotterdam of Eindhoven. Daar dien je de spray zelf toe, onder toezicht van een verpleegkundige. De begeleiding, vragenlijsten en nacontroles doen wij online.</p>
<h2>Vergoeding</h2>
<p>Onze behandeling wordt vergoed vanuit de basisverzekering. Houd rekening met je eigen risico (&euro; 385 in 2026). We hebben contracten met de meeste zorgverzekeraars; bij een ongecontracteerde verzekeraar krijg je meestal 70 tot 80% terug.</p>
<p>Wachttijd tot intake: ongeveer 6 weken.</p>
</main>
<footer><p>MindWijs Online GGZ B.V. &middot; <a href="/privacy">Privacy</a> &middot; <a href="/klachten">Klachten</a> &middot; Crisis? Bel je huisarts, de huisartsenpost of 113 (0800-0113).</p></footer>
""", noise="cookie-nl")

p("h5236", "https://www.oconnell-brady-solicitors.example/criminal-defence/drug-offences/ketamine", "informational", False, "en",
  "irish-solicitors-drug-offences", "Ketamine Charges in Ireland | O'Connell Brady Solicitors", """
<header><a href="/">O'Connell Brady Solicitors</a> <nav><a href="/criminal-defence">Criminal Defence</a> <a href="/road-traffic">Road Traffic</a> <a href="/personal-injury">Personal Injury</a> <a href="/family-law">Family Law</a> <a href="/contact">Contact</a></nav> <p>24-hour Garda station line: 01 000 0000</p></header>
<main>
<h1>Charged with a ketamine offence?</h1>
<p>Ketamine is a controlled drug under the Misuse of Drugs Acts 1977&ndash;2016. Whether your case is heard in the District Court or sent forward to the Circuit Court depends largely on the quantity involved and on whether the Gardaí allege that the drugs were for sale or supply.</p>
<h2>Section 3: simple possession</h2>
<p>For a first offence involving a small amount for personal use, many people are dealt with in the District Court. Outcomes can include the Probation Act, a fine or, in suitable cases, the Adult Caution scheme. A conviction can affect travel to the US and Canada and future job applications.</p>
<h2>Section 15: possession for sale or supply</h2>
<p>If the Gardaí believe drugs were held for sale or supply &ndash; for example because of bags, scales, cash or messages on a phone &ndash; the charge is far more serious. Where the market value is &euro;13,000 or more, a presumptive minimum sentence under section 15A may apply.</p>
<h2>Ordering online from abroad</h2>
<p>We regularly act for clients whose parcels were intercepted by Revenue's Customs Service at the mail centre. Ketamine bought online and posted from the Netherlands, Spain or the UK is often detected by scanners and sniffer dogs, and a "controlled delivery" to your address may follow. Even a single order can lead to an importation charge.</p>
<h2>How we can help</h2>
<p>We attend Garda stations at any hour, advise on interviews, and represent clients in every court. Legal aid is available for eligible clients. Private initial consultations cost &euro;150 and can be booked online or by phone.</p>
<p><a class="btn" href="/contact?matter=drugs">Book a consultation</a></p>
<p class="disclaimer">In contentious business, a solicitor may not calculate fees or charges as a percentage or proportion of any award or settlement. This page is general information, not legal advice.</p>
</main>
<footer><p>O'Connell Brady Solicitors, Capel Street, Dublin 1 &middot; Regulated by the Law Society of Ireland &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h5237", "https://www.distribuzione-farmavet.example/catalogo/anestetici/ketamina-100-mg-ml-flacone-10-ml", "informational", False, "it",
  "italian-licensed-vet-wholesaler", "Ketamina 100 mg/ml soluzione iniettabile – flacone 10 ml | Distribuzione FarmaVet", """
<div class="banner-cookie">Questo sito usa cookie tecnici. Chiudendo questo banner acconsenti all'uso dei cookie. <button>OK</button></div>
<header>
<a href="/"><img src="/img/farmavet.png" alt="Distribuzione FarmaVet S.p.A."></a>
<nav><a href="/catalogo">Catalogo</a> <a href="/stupefacenti">Stupefacenti: come ordinare</a> <a href="/registrazione">Registrazione professionisti</a> <a href="/contatti">Contatti</a></nav>
<a href="/area-riservata">Area riservata</a> <a href="/carrello">Carrello</a>
</header>
<main>
<p class="percorso">Catalogo &rsaquo; Anestetici e sedativi &rsaquo; Ketamina 100 mg/ml</p>
<h1>Ketamina 100 mg/ml soluzione iniettabile per uso veterinario &ndash; flacone 10 ml</h1>
<p>Codice AIC: 100000000 &middot; Titolare AIC: Laboratori Zooplan S.r.l. &middot; Confezione: 1 flacone multidose</p>
<p class="prezzo">Prezzo: <em>visibile solo agli utenti registrati</em></p>
<p><button disabled>Aggiungi al carrello</button> <small>Accedi con un account professionale verificato per ordinare.</small></p>
<h2>Condizioni di vendita</h2>
<p>Medicinale contenente sostanza stupefacente (Tabella dei medicinali, sezione B). La vendita è riservata esclusivamente a medici veterinari iscritti all'Ordine, strutture veterinarie autorizzate, farmacie e grossisti autorizzati. Ogni ordine deve essere accompagnato dal buono acquisto/richiesta in triplice copia previsto dalla normativa e viene evaso solo dopo la verifica dell'iscrizione all'Albo e della registrazione presso il sistema di tracciabilità del farmaco veterinario.</p>
<p>Non effettuiamo vendita a privati. Le richieste da utenti non registrati vengono respinte.</p>
<h2>Consegna</h2>
<p>Consegna con corriere dedicato al trasporto di medicinali, con firma del destinatario presso l'indirizzo della struttura indicato in anagrafica. Ordini confermati entro le 12:00 consegnati il giorno lavorativo successivo in Nord e Centro Italia.</p>
<h2>Documentazione</h2>
<ul><li><a href="#">Riassunto delle caratteristiche del prodotto (RCP)</a></li><li><a href="#">Foglietto illustrativo</a></li><li><a href="#">Scheda di sicurezza</a></li></ul>
</main>
<footer><p>Distribuzione FarmaVet S.p.A. &middot; Grossista autorizzato alla distribuzione di medicinali veterinari &middot; P.IVA 00000000000 &middot; Bologna</p></footer>
""")

p("h5238", "https://www.psicoconecta-telemedicina.example/cetamina-e-escetamina", "telehealth", False, "pt",
  "brazil-telepsiquiatria-referral", "Cetamina e escetamina: como funciona na PsicoConecta | Telepsiquiatria", """
<header><a href="/"><img src="/img/psicoconecta.svg" alt="PsicoConecta"></a> <nav><a href="/como-funciona">Como funciona</a> <a href="/psiquiatras">Psiquiatras</a> <a href="/planos">Planos</a> <a href="/duvidas">Dúvidas</a></nav> <a class="btn" href="/agendar">Agendar teleconsulta</a></header>
<main>
<h1>Depressão resistente: avaliação com psiquiatra por vídeo</h1>
<p>Na PsicoConecta você faz consultas com psiquiatras com CRM ativo e Registro de Qualificação de Especialista (RQE), de qualquer lugar do Brasil, seguindo a Resolução CFM sobre telemedicina.</p>
<h2>E a cetamina?</h2>
<p>Muita gente chega até nós perguntando por cetamina. A decisão é sempre médica e tomada depois de uma consulta completa por vídeo, com revisão dos tratamentos que você já fez e dos seus exames.</p>
<p>Quando o psiquiatra indica escetamina (Spravato®) ou infusão de cetamina, você é encaminhado para uma clínica parceira credenciada na sua cidade, onde a aplicação é feita presencialmente, com monitorização. <b>Nós não enviamos cetamina para casa</b> e não prescrevemos cetamina sem essa avaliação. O acompanhamento entre as sessões continua online com o mesmo psiquiatra.</p>
<h2>Planos</h2>
<table>
<tr><td>Consulta avulsa (50 min)</td><td>R$ 420</td></tr>
<tr><td>Plano Acompanhamento (1 consulta/mês + chat com a equipe)</td><td>R$ 390/mês</td></tr>
</table>
<p>Pague por PIX ou cartão de crédito. Emitimos recibo para reembolso do plano de saúde. Receitas são emitidas com assinatura digital ICP-Brasil.</p>
<p class="aviso">Em caso de emergência, ligue 192 (SAMU) ou procure o pronto-socorro mais próximo. CVV: 188.</p>
</main>
<footer><p>PsicoConecta Serviços Médicos Ltda. &middot; Diretor técnico: Dr. Rafael Nogueira, CRM-RJ 00000000 &middot; <a href="/privacidade">Privacidade (LGPD)</a></p></footer>
""", noise="cookie-pt")

p("h5239", "https://forum.psychonautes-fr.example/t/commande-de-keta-sur-un-site-arnaque-ou-pas/18342", "informational", False, "fr",
  "french-harm-reduction-forum-thread", "Commande de kéta sur un site : arnaque ou pas ? – Forum Psychonautes", """
<header><a href="/">Psychonautes &middot; Forum de réduction des risques</a> <nav><a href="/c/produits">Produits</a> <a href="/c/rdr">Réduction des risques</a> <a href="/c/temoignages">Témoignages</a> <a href="/c/soins">Soins &amp; addictions</a> <a href="/regles">Charte</a></nav> <a href="/login">Connexion</a></header>
<main>
<p class="crumbs">Forum &gt; Produits &gt; Dissociatifs</p>
<h1>Commande de kéta sur un site : arnaque ou pas ?</h1>
<div class="post">
<p class="auteur"><b>lune_bleue</b> &middot; Nouveau membre &middot; 3 déc. 2026</p>
<p>Salut, je suis tombée sur un site qui vend de la kétamine « pharmaceutique » et même du spray d'eskétamine sans ordonnance, livraison Colissimo en 48h, paiement en bitcoin ou en coupons PCS. Les prix ont l'air corrects (environ 45 € le gramme). Quelqu'un a déjà commandé ? Je ne mets pas le lien, je sais que c'est interdit ici.</p>
</div>
<div class="post">
<p class="auteur"><b>Teo_RdR</b> &middot; Modérateur &middot; 3 déc. 2026</p>
<p>Salut et bienvenue. Paiement en coupons PCS + « sans ordonnance » + spray d'eskétamine, c'est le combo classique de l'arnaque : dans la grande majorité des cas tu paies et tu ne reçois rien, ou on te redemande des « frais de douane ». Et si quelque chose arrive, tu n'as aucune idée de ce que c'est réellement.</p>
<p>Côté légal : la kétamine est classée comme stupéfiant en France, une commande à ton nom peut être interceptée par les douanes.</p>
<p>L'eskétamine, elle, ne se délivre qu'à l'hôpital et s'administre sur place sous surveillance. Si c'est pour une dépression, parle-en à ton médecin, il existe des centres qui la proposent.</p>
<p>Si tu consommes quand même : fais analyser ton produit (plusieurs CAARUD proposent l'analyse gratuite), commence très bas et ne mélange pas avec l'alcool.</p>
</div>
<div class="post">
<p class="auteur"><b>grenadine84</b> &middot; 4 déc. 2026</p>
<p>Perso j'ai perdu 180 € sur un site du même genre l'an dernier. Plus jamais.</p>
</div>
<div class="reply"><textarea placeholder="Répondre…"></textarea> <button>Publier</button></div>
</main>
<aside><h3>Sujets similaires</h3><ul><li><a href="#">Différence kéta / 2F-DCK ?</a></li><li><a href="#">Douleurs à la vessie après consommation régulière</a></li><li><a href="#">Où faire analyser un produit à Lyon ?</a></li></ul></aside>
<footer><p>Forum modéré &middot; Toute proposition d'achat ou de vente est supprimée &middot; <a href="/mentions-legales">Mentions légales</a></p></footer>
""", noise="cookie-fr")

p("h5240", "https://www.tavistock-virtual-psychiatry.example/book/video-assessment/checkout", "telehealth", False, "en",
  "uk-video-assessment-checkout", "Checkout – Book your video assessment | Tavistock Virtual Psychiatry", """
<header><a href="/"><img src="/img/tvp.svg" alt="Tavistock Virtual Psychiatry"></a> <p class="secure">&#128274; Secure checkout</p></header>
<main>
<ol class="steps"><li class="done">1. Choose your psychiatrist</li><li class="done">2. Pick a time</li><li class="current">3. Your details &amp; payment</li></ol>
<section class="summary">
<h1>Your booking</h1>
<table>
<tr><td>Appointment</td><td>Initial psychiatric assessment (video, 60 minutes)</td></tr>
<tr><td>Psychiatrist</td><td>Dr Eleanor Whitfield MRCPsych, GMC 0000000</td></tr>
<tr><td>Date</td><td>Thursday 18 December 2026, 10:30</td></tr>
<tr><td>Fee</td><td>&pound;295.00</td></tr>
</table>
<p class="small">Your psychiatrist will write to you and, with your consent, to your GP after the appointment. Private prescriptions are sent electronically to a pharmacy of your choice.</p>
<details><summary>Can I get ketamine or esketamine through you?</summary>
<p>We don't prescribe ketamine for use at home. Esketamine nasal spray has to be given in a clinic under supervision; if your psychiatrist thinks ketamine-based treatment could help, they will discuss the options with you and refer you to an appropriate clinic.</p></details>
</section>
<form class="pay">
<h2>Payment</h2>
<label>Name on card <input></label>
<label>Card number <input inputmode="numeric"></label>
<label>Expiry <input placeholder="MM / YY"></label> <label>CVC <input></label>
<label><input type="checkbox"> I have read the <a href="/terms">terms</a> and the <a href="/cancellation">cancellation policy</a> (free cancellation up to 48 hours before)</label>
<p>Paying with insurance? <a href="/insurers">Enter your pre-authorisation code instead</a></p>
<button type="submit">Pay &pound;295.00 and confirm</button>
</form>
</main>
<footer><p>Tavistock Virtual Psychiatry Ltd is registered with the Care Quality Commission. Not an emergency service: call 999 or NHS 111.</p></footer>
""")

save(OUT, R)
