# Batch 25 of the hand-written dev set: 40 pages, the BLIND batch, written 2026-12-07 by an
# independent author who had not read the scorer's rules, vocabulary, extractor, the eval sets or any
# measurement, and committed before the scorer was run on them. Mix: 12 sellers, 9 telehealth,
# 9 clinics, 10 informational; 24 English, 16 es/de/fr/nl/pt/it.
# Shapes not used before or in new wording: seller wholesale/bulk inquiry form, shipping-times table
# by country, lab "COA" results page with a buy-this-batch box, "generic Spravato" ketamine nasal
# spray product, research-chemical catalogue with ketamine analogues, WooCommerce-like checkout,
# onion-mirror listing as plain text, Italian seller FAQ ("è legale?"), Spanish, German and Portuguese
# seller home pages, French product page padded with "qu'est-ce que la kétamine"; telehealth intake
# start page (a clinician reviews and may decline), prescriber bio, pharmacy-partner page,
# cancellation/refund policy as plain text, press page, session-monitor rules, German and Dutch
# provider pages, a Spanish "acompañante" page; clinic "what to expect at your infusion", REMS
# centre contact page with hours, psychiatry group services list, veterans' programme, clinic careers
# page, Portuguese, Italian, French and German clinic pages; encyclopaedia history section,
# pharmacist's blog on Spravato scams, a Reddit-like thread comparing clinics (plain text), a state
# pharmacy board disciplinary notice, an insurer prior-authorization policy, a podcast transcript,
# a Spanish sentencing report, Dutch harm-reduction dosing advice, a French Senate written question,
# a German pharmacists' professional court notice.
# Run: python3 batch25.py (writes batch25/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch25")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

def menu(*items):
    return '<nav class="primary">' + " · ".join(f'<a href="#">{i}</a>' for i in items) + "</nav>"

def bottom(*lines):
    return '<footer>' + "<br>".join(lines) + "</footer>"

# ================================================================== sellers (12)

p("h2501", "https://anachem-bulk.example/wholesale-inquiry", "seller", True, "en", "wholesale-inquiry-form",
  "Wholesale & Bulk Orders – AnaChem Bulk",
  menu("Home", "Catalogue", "Wholesale", "COA", "Shipping", "Contact") + """
<main>
<h1>Wholesale &amp; Bulk Orders</h1>
<p>Distributors, resellers and repeat customers: fill in the form below and our sales desk will answer within 12 hours with a quote, a batch COA and payment details. Minimum wholesale order is 100 g. Orders above 1 kg ship split in several parcels.</p>
<form class="inquiry">
<label>Company / alias <input name="alias"></label>
<label>Product
<select name="product">
<option>Ketamine HCl crystal (needle shards)</option>
<option>Ketamine HCl powder (fine)</option>
<option>S-Ketamine (esketamine) HCl</option>
<option>Ketamine 50 mg/ml vials (box of 10)</option>
</select></label>
<label>Quantity
<select name="qty"><option>100 g</option><option>250 g</option><option>500 g</option><option>1 kg</option><option>5 kg+</option></select></label>
<label>Destination country <input name="country"></label>
<label>Preferred payment
<select name="pay"><option>Bitcoin (BTC)</option><option>Monero (XMR) – 5% off</option><option>USDT TRC20</option><option>Bank transfer (Western Union / MoneyGram)</option></select></label>
<label>Contact (Wickr, Session or Telegram handle) <input name="handle"></label>
<button type="submit">Request quote</button>
</form>
<h2>Indicative wholesale pricing</h2>
<table><tr><th>Quantity</th><th>Crystal</th><th>Powder</th></tr>
<tr><td>100 g</td><td>$1,450</td><td>$1,300</td></tr>
<tr><td>500 g</td><td>$5,900</td><td>$5,400</td></tr>
<tr><td>1 kg</td><td>$9,800</td><td>$9,000</td></tr></table>
<p class="small">Vacuum-sealed, double-layered, no labels. Resellers can request blind drop shipping with their own packaging. We do not ask for licences or prescriptions.</p>
</main>""" + bottom("AnaChem Bulk · Products sold for laboratory research only · © 2026"))

p("h2502", "https://kshop-worldwide.example/shipping-times", "seller", True, "en", "shipping-times-table",
  "Shipping Times by Country | KShop Worldwide",
  menu("Shop", "Ketamine", "Esketamine Spray", "Shipping", "FAQ", "Track") + """
<h1>Shipping times by country</h1>
<p>All orders leave our warehouse within 24 hours of payment confirmation. Times below are business days after dispatch. Every parcel is sent in stealth packaging (vacuum-sealed, inside a branded cosmetics or electronics box) with no reference to the contents.</p>
<table class="shipping">
<tr><th>Country</th><th>Standard</th><th>Express</th><th>Customs risk</th><th>Reship</th></tr>
<tr><td>United States</td><td>6–10</td><td>3–5</td><td>Low</td><td>Free, once</td></tr>
<tr><td>Canada</td><td>8–12</td><td>5–7</td><td>Medium</td><td>Free, once</td></tr>
<tr><td>United Kingdom</td><td>5–8</td><td>2–4</td><td>Low</td><td>Free, once</td></tr>
<tr><td>Germany / Netherlands / Belgium</td><td>3–6</td><td>1–3</td><td>Very low</td><td>Free, once</td></tr>
<tr><td>Australia / New Zealand</td><td>12–20</td><td>8–12</td><td>High</td><td>50%</td></tr>
<tr><td>Scandinavia</td><td>6–10</td><td>4–6</td><td>High</td><td>50%</td></tr>
</table>
<p>Applies to all products: ketamine crystal, ketamine powder, esketamine nasal spray 28 mg devices and vials.</p>
<p><b>Tip:</b> use a name and address where you can receive parcels without questions. Do not use your work address. If you get a customs letter, do not answer it and contact us on Telegram @kshopww_support for your reship.</p>
<p>Payment in BTC, LTC or Amazon gift cards. Tracking numbers are sent 48 h after dispatch.</p>""", noise="cookie")

p("h2503", "https://purechem-analytics.example/coa/batch-KT-2611", "seller", True, "en", "coa-lab-results",
  "COA – Batch KT-2611 Ketamine HCl – PureChem",
  """<header><b>PureChem</b> """ + menu("Products", "Lab Results", "Wholesale", "Payment", "Contact") + """</header>
<h1>Certificate of Analysis – Batch KT-2611</h1>
<table class="coa">
<tr><td>Product</td><td>Ketamine hydrochloride, crystalline</td></tr>
<tr><td>CAS</td><td>1867-66-9</td></tr>
<tr><td>Batch / lot</td><td>KT-2611</td></tr>
<tr><td>Date of analysis</td><td>14 November 2026</td></tr>
<tr><td>Appearance</td><td>White crystalline solid, shards</td></tr>
<tr><td>HPLC purity</td><td>99.71 %</td></tr>
<tr><td>Identity (FTIR, GC-MS)</td><td>Conforms to reference</td></tr>
<tr><td>Residual solvents</td><td>Acetone &lt; 50 ppm, IPA n.d.</td></tr>
<tr><td>Water (KF)</td><td>0.12 %</td></tr>
<tr><td>Cutting agents</td><td>None detected</td></tr>
</table>
<p>Tested by an independent third-party laboratory. Chromatogram and mass spectrum available on request.</p>
<div class="buybox">
<h2>Buy from this batch</h2>
<p>5 g – €120 · 10 g – €210 · 25 g – €450 · 50 g – €800</p>
<p>In stock: 1.8 kg. Pay with BTC or XMR; orders confirmed on Session (ID on the contact page). Discreet shipping EU-wide, 2–5 days.</p>
<button>Order this batch</button>
</div>
<p class="disclaimer">All products are intended for analytical and research purposes only. Not for human consumption.</p>""")

p("h2504", "https://nasal-relief-direct.example/products/ketamine-nasal-spray-generic-spravato", "seller", True, "en", "generic-spravato-spray-product",
  "Ketamine Nasal Spray 28 mg (Generic Spravato) – Nasal Relief Direct",
  menu("Home", "Nasal Sprays", "Depression", "Anxiety", "Bundles", "Cart (0)") + """
<div class="product">
<h1>Ketamine Nasal Spray – Generic Spravato Alternative</h1>
<p class="sub">Same active principle as the brand-name esketamine spray, at a fraction of the price. No clinic visits, no two-hour waiting room – use it in the comfort of your home.</p>
<ul>
<li>28 mg per device (2 sprays) · racemic ketamine HCl in sterile saline</li>
<li>Ships in 24 h in a plain padded envelope</li>
<li>No prescription needed</li>
</ul>
<div class="variants">
<label><input type="radio" name="v" checked> 3 devices – $149</label>
<label><input type="radio" name="v"> 6 devices – $269 (most popular)</label>
<label><input type="radio" name="v"> 12 devices – $479 (best value)</label>
</div>
<button>Add to cart</button>
<p class="pay">We accept Zelle, Cash App, Apple Gift Cards and crypto.</p>
</div>
<section>
<h2>How to use</h2>
<p>Blow your nose. Tilt your head back slightly, insert the tip into one nostril and press. Repeat in the other nostril after five minutes. Most customers use 2–3 devices per session, twice a week. Sit or lie down for 40 minutes afterwards.</p>
<h2>Why is it cheaper than Spravato?</h2>
<p>Brand-name Spravato costs around $900 per session and is only given at certified centers. Our spray is produced by a partner lab in Asia without the brand premium and the paperwork.</p>
<h2>What is ketamine?</h2>
<p>Ketamine is a medication that has been used in anesthesia since the 1970s. It belongs to a class of drugs called dissociative anesthetics and works mainly by blocking NMDA receptors, a type of glutamate receptor in the brain. Unlike opioids, it does not usually suppress breathing at normal doses, which is why it is used by emergency physicians, in field medicine and in veterinary practice around the world. It is on the World Health Organization's list of essential medicines.</p>
<p>In the early 2000s researchers discovered that a single low dose of ketamine could reduce symptoms of depression within hours, even in people who had not responded to several antidepressants. Since then, hundreds of studies have explored its effects on treatment-resistant depression, suicidal thoughts, post-traumatic stress disorder, obsessive-compulsive disorder and chronic pain. Researchers think ketamine triggers a burst of glutamate activity that helps the brain form new connections between nerve cells, a process called synaptogenesis.</p>
<h2>Ketamine vs. esketamine</h2>
<p>Ketamine is a mixture of two mirror-image molecules, S-ketamine (esketamine) and R-ketamine (arketamine). Esketamine binds more strongly to the NMDA receptor and is the active ingredient of the brand-name nasal spray approved in 2019. Some studies suggest arketamine may have antidepressant effects with fewer dissociative side effects. Our racemic spray contains both.</p>
<h2>Possible side effects</h2>
<p>Common side effects include dizziness, a feeling of being disconnected from your body or surroundings, nausea, sleepiness, a temporary increase in blood pressure and a bad taste in the mouth. These usually pass within one to two hours. Do not drive or operate machinery on the day you use the spray. Do not combine with alcohol, benzodiazepines or opioids.</p>
<h2>Customer reviews</h2>
<p>★★★★★ "Works just like the clinic version, half an hour after and I feel the fog lift." – Karen, OH<br>
★★★★★ "Arrived in 3 days, plain envelope, nobody knew." – J.P., AZ<br>
★★★★☆ "Paid with Zelle, support answered on Telegram quickly." – Sam, NV</p>
</section>""" + bottom("Nasal Relief Direct · These statements have not been evaluated by the FDA · © 2026"), noise="cookie")

p("h2505", "https://novel-compounds-lab.example/category/arylcyclohexylamines", "seller", True, "en", "rc-analogues-catalogue",
  "Arylcyclohexylamines – Novel Compounds Lab",
  menu("Home", "Stimulants", "Arylcyclohexylamines", "Tryptamines", "Benzodiazepine RCs", "Pellets", "Blotters", "Account") + """
<h1>Arylcyclohexylamines</h1>
<p>Our dissociative research compounds are synthesised to order and tested in-house. Sold as reference standards to qualified researchers. Not for human consumption.</p>
<div class="grid">
<div class="item"><h3>2-FDCK (2-fluorodeschloroketamine)</h3><p>Powder · 5 g €45 · 10 g €80 · 50 g €300</p><button>Add to cart</button></div>
<div class="item"><h3>Deschloroketamine (DCK)</h3><p>Crystal · 5 g €55 · 10 g €95</p><button>Add to cart</button></div>
<div class="item"><h3>3-MeO-PCP</h3><p>Powder · 1 g €25 · 5 g €90</p><button>Add to cart</button></div>
<div class="item"><h3>Methoxetamine (MXE)</h3><p>Out of stock – join waitlist</p></div>
<div class="item"><h3>Ketamine HCl (reference standard)</h3><p>Crystal · 5 g €95 · 10 g €170 · 25 g €380</p><button>Add to cart</button></div>
<div class="item"><h3>O-PCE</h3><p>Powder · 1 g €30</p><button>Add to cart</button></div>
</div>
<p>Worldwide shipping from within the EU. Payment: Bitcoin, Monero, SEPA instant. Orders over €200 ship free with tracking.</p>""" + bottom("Novel Compounds Lab · Terms · Research use only · © 2026"))

p("h2506", "https://medshopz.example/checkout/?order-pay=48213", "seller", True, "en", "woocommerce-checkout",
  "Checkout – MedShopz",
  """<header><div class="site-title">MedShopz</div>""" + menu("Home", "Shop", "Cart", "My account") + """</header>
<div class="woocommerce">
<div class="woocommerce-info">Returning customer? <a href="#">Click here to login</a></div>
<h2>Billing details</h2>
<p>First name * · Last name * · Country / Region * · Street address * · Town / City * · Postcode * · Phone (WhatsApp) * · Email address *</p>
<p class="note">Use any name you like for delivery. We never print the store name on the parcel.</p>
<h3 id="order_review_heading">Your order</h3>
<table class="shop_table woocommerce-checkout-review-order-table">
<tr><th>Product</th><th>Subtotal</th></tr>
<tr><td>Esketamine HCl crystal – 10 g × 1</td><td>$260.00</td></tr>
<tr><td>Ketalar 50 mg/ml 10 ml – vial × 3</td><td>$240.00</td></tr>
<tr><td>Subtotal</td><td>$500.00</td></tr>
<tr><td>Shipping</td><td>Stealth express: $35.00</td></tr>
<tr><td>Crypto discount (-10%)</td><td>-$50.00</td></tr>
<tr><td><b>Total</b></td><td><b>$485.00</b></td></tr>
</table>
<div id="payment">
<ul class="wc_payment_methods">
<li><input type="radio" checked> Bitcoin / USDT – wallet address shown after placing the order</li>
<li><input type="radio"> Zelle – send to the e-mail given by support, write only your order number in the memo</li>
<li><input type="radio"> Gift cards (Apple, Steam) – send the codes by WhatsApp</li>
</ul>
<p><input type="checkbox"> I am over 18 and purchase for research purposes</p>
<button class="button alt">Place order</button>
</div>
</div>""" + bottom("© 2026 MedShopz · Powered by WooCommerce"))

p("h2507", "http://k4lm3rvx7q2mirror.onion.example/listing/8841", "seller", True, "en", "onion-listing-txt",
  "Listing 8841", """DARK BAZAAR MIRROR #3 — login: guest — BTC 1 = $71,204 — XMR 1 = $162
============================================================
LISTING #8841   [ESCROW] [FE allowed for 50+ orders]
Vendor: KetKing_EU (4.96★, 2,311 sales, level 7)   Ships from: Netherlands   Ships to: Worldwide
------------------------------------------------------------
Title: 5G KETAMINE ★ S-ISOMER RICH NEEDLE SHARDS ★ LAB TESTED ★ NEXT DAY EU
Category: Dissociatives > Ketamine
Price: 0.0019 BTC / 0.83 XMR (approx. $135)
Options:
  1g    $32
  5g    $135
  10g   $250
  28g   $590
  100g  $1,790
Shipping:  EU tracked (+$8)  |  Worldwide untracked stealth (+$15)
Description:
Fresh batch, strong shards, no smell, no acetone. Tested with Mandelin + Marquis (pics in gallery).
Stealth: MBB + decoy item, professionally sealed. NO reship to AU/NZ/SE.
Orders without address encrypted with our PGP key will be cancelled.
Refunds only with escrow. Do not message about prices, we do not haggle.
------------------------------------------------------------
Feedback (last 30 days):
 ★★★★★  "arrived in 2 days DE, shards as pictured"  — b***8
 ★★★★★  "best K on market rn"  — 5***k
 ★★★★☆  "a bit slow to UK but good product"  — m***y
""", ext="txt")

p("h2508", "https://ketamina-subito.example/faq", "seller", True, "it", "seller-faq-it",
  "Domande frequenti – Ketamina Subito",
  menu("Home", "Prodotti", "FAQ", "Spedizioni", "Contatti") + """
<h1>Domande frequenti</h1>
<h3>È legale acquistare da voi?</h3>
<p>Vendiamo i nostri prodotti come sostanze per la ricerca. L'acquisto per uso personale è una tua responsabilità: noi non chiediamo ricette né documenti e non conserviamo dati dopo la consegna.</p>
<h3>Quanto è discreto l'imballaggio?</h3>
<p>Molto. La ketamina (cristalli o polvere) viene sigillata sottovuoto e nascosta dentro un prodotto cosmetico. Sul pacco non c'è nessun riferimento al nostro negozio. Mittente fittizio.</p>
<h3>Come posso pagare?</h3>
<p>Ricarica PostePay, bonifico istantaneo, bitcoin o buoni regalo. Il pagamento in bitcoin dà diritto a uno sconto del 10%.</p>
<h3>Quanto costa?</h3>
<p>Da 35 € al grammo; 10 g a 280 €. Abbiamo anche spray nasale all'esketamina (tipo Spravato) a 180 € la confezione da 3.</p>
<h3>Come ordino?</h3>
<p>Scrivici su Telegram (@ketasubito) o WhatsApp con il prodotto e la quantità. Rispondiamo in meno di un'ora.</p>
<h3>E se il pacco viene fermato?</h3>
<p>Rispediamo gratis una volta. Non firmare nulla e non rispondere a eventuali lettere della dogana.</p>""" + bottom("© 2026 Ketamina Subito"))

p("h2509", "https://keta-express-es.example/", "seller", True, "es", "seller-home-es",
  "Keta Express – Ketamina de calidad con envío discreto a toda España",
  menu("Inicio", "Tienda", "Cómo comprar", "Envíos", "Opiniones", "Contacto") + """
<section class="hero">
<h1>Ketamina de máxima pureza, sin receta y en 48 horas</h1>
<p>Cristal, polvo y viales de ketamina farmacéutica. Envío discreto a toda España y Portugal, pago seguro con Bizum, criptomonedas o tarjetas regalo.</p>
<a class="btn" href="#">Ver la tienda</a>
</section>
<section class="features">
<div><h3>🔒 Anonimato total</h3><p>No pedimos receta ni DNI. Borramos tus datos al entregar el pedido.</p></div>
<div><h3>📦 Envío camuflado</h3><p>Paquete sin logotipos, remitente neutro, dentro de un artículo de regalo.</p></div>
<div><h3>💬 Pedidos por Telegram</h3><p>Escríbenos a @ketaexpress_es y un asesor te atiende al momento.</p></div>
</section>
<section class="bestsellers">
<h2>Más vendidos</h2>
<p>Ketamina cristal 5 g – 140 € · Ketamina polvo 10 g – 250 € · Vial Ketolar 50 mg/ml – 70 € · Pack “tratamiento” esketamina spray x6 – 320 €</p>
</section>
<section class="blog-teaser">
<h2>¿Qué es la ketamina?</h2>
<p>La ketamina es un anestésico disociativo que se utiliza en medicina desde los años setenta. En los últimos años se ha estudiado su efecto rápido contra la depresión resistente. Muchos de nuestros clientes la usan para sentirse mejor sin esperar meses a una cita con el psiquiatra.</p>
</section>""" + bottom("Keta Express · Aviso legal · Privacidad · © 2026"), noise="cookie-es")

p("h2510", "https://k-direkt24.example/", "seller", True, "de", "seller-home-de",
  "K-Direkt24 – Ketamin & Esketamin diskret bestellen",
  menu("Startseite", "Shop", "Versand", "Zahlung", "FAQ", "Kontakt") + """
<h1>Ketamin und Esketamin – diskret, schnell, ohne Rezept</h1>
<p>Seit 2020 beliefern wir Kunden in Deutschland, Österreich und der Schweiz. Unsere Ware stammt aus pharmazeutischer Produktion (Ketanest S, Ketamin-Kristall, Esketamin-Nasenspray 28 mg) und wird aus einem EU-Lager verschickt.</p>
<ul>
<li>Kein Rezept, keine Fragen</li>
<li>Neutraler Versand als Warensendung, Lieferung in 1–3 Werktagen</li>
<li>Bezahlung per Bitcoin, Paysafecard oder Sofortüberweisung an Privatkonto</li>
<li>Bestellung bequem über Threema oder Telegram</li>
</ul>
<h2>Aktuelle Preise</h2>
<p>Ketamin-Kristall 5 g 130 € · 10 g 240 € · Ketanest S 25 mg/ml Ampullen (5 Stück) 110 € · Esketamin-Spray 3er-Pack 170 €</p>
<p>Neukunden erhalten mit dem Code WILLKOMMEN10 zehn Prozent Rabatt.</p>""" + bottom("K-Direkt24 · Impressum auf Anfrage · Datenschutz"), noise="cookie-de")

p("h2511", "https://serenite-boutique.example/produit/ketamine-poudre-5g", "seller", True, "fr", "padded-product-fr",
  "Kétamine poudre 5 g – Sérénité Boutique",
  menu("Accueil", "Boutique", "Guides", "Livraison", "Contact") + """
<article>
<h1>Kétamine poudre – 5 g</h1>
<p class="prix">99,00 € <span>– livraison discrète offerte dès 150 €</span></p>
<button>Ajouter au panier</button>
<h2>Qu'est-ce que la kétamine ?</h2>
<p>La kétamine est un anesthésique général découvert dans les années 1960 et synthétisée pour la première fois par Calvin Stevens en 1962. Elle agit principalement comme antagoniste des récepteurs NMDA du glutamate. Utilisée en anesthésie humaine et vétérinaire, elle est inscrite sur la liste des médicaments essentiels de l'Organisation mondiale de la santé.</p>
<p>Depuis le début des années 2000, plusieurs études ont montré un effet antidépresseur rapide de faibles doses de kétamine administrées par voie intraveineuse. L'eskétamine, son énantiomère S, est commercialisée sous forme de spray nasal (Spravato) pour la dépression résistante, administrée en milieu médical.</p>
<h2>Pharmacologie</h2>
<p>La kétamine est une arylcyclohexylamine. Après administration, elle est métabolisée principalement par le foie (cytochromes CYP3A4 et CYP2B6) en norkétamine, un métabolite actif, puis en hydroxynorkétamine. Sa demi-vie d'élimination est d'environ deux à trois heures. Sa biodisponibilité dépend fortement de la voie d'administration : proche de 100 % par voie intraveineuse, environ 45 % par voie nasale et moins de 20 % par voie orale en raison de l'effet de premier passage hépatique.</p>
<p>Outre le blocage des récepteurs NMDA, la kétamine interagit avec les récepteurs opioïdes, les récepteurs sigma et les canaux HCN. L'augmentation transitoire de la libération de glutamate qu'elle provoque entraînerait une activation des récepteurs AMPA et une production de BDNF, ce qui favoriserait la synaptogenèse dans le cortex préfrontal. C'est l'une des hypothèses avancées pour expliquer son action antidépressive rapide.</p>
<h2>Histoire</h2>
<p>Développée par les laboratoires Parke-Davis comme alternative à la phencyclidine, la kétamine a été autorisée aux États-Unis en 1970. Son profil de sécurité respiratoire en a fait un anesthésique de choix en médecine d'urgence et en médecine militaire. Son usage récréatif, apparu dans les années 1970, s'est étendu dans le milieu festif dans les années 1990.</p>
<h2>Formes disponibles</h2>
<p>En pharmacie hospitalière, la kétamine se présente sous forme de solution injectable (10 mg/ml et 50 mg/ml). Sur notre boutique, nous proposons de la poudre cristalline finement broyée, conditionnée en sachets de 1 g, 5 g et 10 g, ainsi que des flacons de 10 ml.</p>
<h2>Effets et précautions</h2>
<p>Les effets recherchés comprennent une sensation de détachement, d'apaisement et de dissociation. Les effets indésirables possibles sont les nausées, l'augmentation de la tension artérielle, la confusion et, en cas d'usage répété, des troubles urinaires. Ne pas associer à l'alcool.</p>
<h2>Livraison et paiement</h2>
<p>Colis neutre sous vide, expédié depuis la Belgique en 48 h vers la France, la Belgique, la Suisse et le Luxembourg. Aucune ordonnance n'est demandée. Paiement par virement instantané, coupons PCS/Transcash ou bitcoin.</p>
<p>Commande express : WhatsApp +32 4 55 00 12 34.</p>
</article>""" + bottom("Sérénité Boutique · CGV · Mentions légales"), noise="cookie-fr")

p("h2512", "https://cetamina-portugal.example/", "seller", True, "pt", "seller-home-pt",
  "Cetamina Portugal – Encomendas discretas",
  """<h1>Cetamina Portugal</h1>
<p>Cetamina em cristal e em pó, ampolas de Ketalar e spray nasal de escetamina. Entregas em mão em Lisboa e Porto, envio por correio para todo o país e ilhas.</p>
<p>Sem receita médica. Pagamento por MB WAY, transferência ou cripto. Embalagem discreta e sem remetente.</p>
<p>Encomendas só pelo Telegram: @cetaminapt · resposta em 15 minutos.</p>
<p>Preços: 1 g 30 € · 5 g 130 € · ampola 60 €.</p>""")

# ================================================================== telehealth (9)

p("h2513", "https://mindharbor-health.example/start", "telehealth", False, "en", "intake-start",
  "Start your evaluation – MindHarbor",
  menu("How it works", "Pricing", "Safety", "Our clinicians", "Log in") + """
<main>
<h1>Let's see if at-home ketamine therapy is right for you</h1>
<p>This questionnaire takes about 10 minutes. It asks about your mental health history, current medications, blood pressure, substance use and any history of psychosis or mania.</p>
<ol>
<li><b>Answer the questionnaire.</b> Be as complete and honest as you can. Nothing is shared with your employer or insurer.</li>
<li><b>Book a video evaluation.</b> A licensed psychiatric clinician (MD, DO or psychiatric nurse practitioner) licensed in your state reviews your answers and meets you by video.</li>
<li><b>Get a decision.</b> Your clinician decides whether ketamine is medically appropriate. Many people are not eligible, and your clinician may decline to prescribe or refer you to in-person care instead. If you are not accepted, the evaluation fee is refunded.</li>
<li><b>If prescribed:</b> medication is sent from a licensed US pharmacy to your home, and you have follow-up visits and check-ins before every dose increase.</li>
</ol>
<p class="note">We do not treat people under 18, pregnant people, or people with uncontrolled hypertension, active psychosis or a current substance use disorder. If you are in crisis, call or text 988.</p>
<a class="btn" href="#">Begin questionnaire</a>
</main>""" + bottom("MindHarbor Health PC · Clinical services provided by licensed clinicians · Privacy · Terms"), noise="cookie")

p("h2514", "https://lumenmind.example/clinicians/dr-anita-raghavan", "telehealth", False, "en", "prescriber-bio",
  "Dr. Anita Raghavan, MD – LumenMind",
  menu("Home", "Treatment", "Clinicians", "Pricing", "FAQ") + """
<div class="bio">
<h1>Anita Raghavan, MD</h1>
<p class="role">Board-certified psychiatrist · Medical Director, Northeast</p>
<p>Licensed in: New York, New Jersey, Connecticut, Massachusetts, Pennsylvania</p>
<p>Dr. Raghavan completed her residency in psychiatry at a large academic medical center and spent eight years on an inpatient mood-disorders unit, where she administered IV ketamine and supervised esketamine (Spravato) treatment. At LumenMind she evaluates patients by secure video, prescribes sublingual ketamine when it is clinically appropriate, and reviews every patient's blood pressure logs and mood scores (PHQ-9, GAD-7) before adjusting doses.</p>
<p>"A good telehealth ketamine program is mostly about saying no to the right people and following up closely with the ones we treat. About a third of the people I evaluate are better served by another treatment."</p>
<h2>Clinical interests</h2>
<p>Treatment-resistant depression, perinatal mood disorders (postpartum, after breastfeeding), measurement-based care.</p>
<p><a class="btn" href="#">Book an evaluation with Dr. Raghavan</a></p>
</div>""" + bottom("© 2026 LumenMind Medical Group · Telehealth services"))

p("h2515", "https://quietwave-care.example/our-pharmacy-partner", "telehealth", False, "en", "pharmacy-partner",
  "Our pharmacy partner – QuietWave",
  menu("Home", "How it works", "Pricing", "Pharmacy", "Support") + """
<h1>How your medication gets to you</h1>
<p>After your QuietWave clinician writes a prescription, it is sent electronically to our partner, Lakeshore Compounding Pharmacy, a 503A pharmacy licensed in every state where we treat patients and registered with the DEA.</p>
<h2>What the pharmacy does</h2>
<ul>
<li>Verifies the prescription with your clinician and checks it against the state prescription monitoring program (PDMP).</li>
<li>Compounds sublingual ketamine rapid-dissolve tablets at the strength your clinician prescribed.</li>
<li>Ships a 4-week supply in tamper-evident, child-resistant packaging. An adult signature is required on delivery.</li>
<li>Answers medication questions: a pharmacist is available Monday–Friday, 8 am–6 pm CT.</li>
</ul>
<h2>What it does not do</h2>
<p>The pharmacy never dispenses without an active prescription from your QuietWave clinician, and refills require a follow-up visit. You cannot order directly from the pharmacy.</p>
<p>Medication cost ($60–$90 per month) is billed by the pharmacy separately from your membership.</p>""" + bottom("QuietWave Care · Telehealth provider · HIPAA notice"))

p("h2516", "https://evenkeel-telepsych.example/legal/cancellation-refunds", "telehealth", False, "en", "refund-policy-txt",
  "Cancellation and Refund Policy", """EvenKeel Telepsychiatry – Cancellation and Refund Policy
Last updated: 1 October 2026

1. Initial evaluation. The $249 initial evaluation fee is fully refunded if our licensed clinician determines after your video evaluation that ketamine treatment is not clinically appropriate for you, or if you cancel at least 24 hours before the appointment. Late cancellations and no-shows are charged $75.

2. Treatment program. Monthly program fees cover follow-up visits with your prescriber, integration sessions with a licensed therapist and messaging with the care team. You may cancel at any time from your account; cancellation takes effect at the end of the current billing month.

3. Medication. Medication is dispensed by a licensed partner pharmacy under your prescription. Because it is a controlled substance, dispensed medication cannot be returned or refunded. Unused medication must be disposed of as described in your disposal instructions (drug take-back site or disposal pouch).

4. Clinical discontinuation. If your clinician stops treatment for safety reasons (for example raised blood pressure, signs of misuse, or a missed required follow-up), remaining prepaid program months are refunded pro rata.

5. Questions: billing@evenkeel-telepsych.example""", ext="txt")

p("h2517", "https://solace-ketamine-health.example/press", "telehealth", False, "en", "press-page",
  "Press – Solace Health",
  menu("Patients", "Clinicians", "Research", "Press", "Careers") + """
<h1>Press</h1>
<div class="release"><p class="date">November 18, 2026</p><h3>Solace Health publishes one-year outcomes from 9,400 patients treated with at-home ketamine under clinician supervision</h3><p>Remote monitoring data show 48% of patients with moderate-to-severe depression reached response by week 8; 6% of applicants were declined at evaluation for safety reasons.</p></div>
<div class="release"><p class="date">August 2, 2026</p><h3>Solace Health expands telehealth ketamine care to Ohio and Michigan</h3><p>Patients in both states can now book a video evaluation with a licensed psychiatric clinician; prescriptions are filled by licensed partner pharmacies.</p></div>
<div class="release"><p class="date">March 9, 2026</p><h3>Solace Health adopts new DEA telemedicine rules for controlled substances</h3></div>
<p>Media contact: press@solace-ketamine-health.example · Brand assets (logo, photos of our clinicians) available on request.</p>""" + bottom("© 2026 Solace Health, Inc."))

p("h2518", "https://stillpoint-virtual.example/safety/your-session-monitor", "telehealth", False, "en", "session-monitor-rules",
  "Your session monitor – Stillpoint Virtual Care",
  menu("Treatment", "Safety", "Pricing", "FAQ", "Sign in") + """
<h1>Your session monitor</h1>
<p>Stillpoint prescribes at-home ketamine only after an evaluation with one of our licensed psychiatric clinicians. For every dosing session at home, you need a session monitor: a trusted adult who stays with you in person.</p>
<h2>What your monitor does</h2>
<ul>
<li>Stays with you from the moment you take the dose until at least 2 hours afterwards.</li>
<li>Checks your blood pressure with the cuff we send before the session and at 40 minutes, and logs it in the app.</li>
<li>Keeps your medication stored in the lockbox between sessions.</li>
<li>Calls 911 if you have chest pain, trouble breathing or cannot be woken.</li>
</ul>
<h2>What your monitor must not do</h2>
<p>Drive you anywhere during the session, give you any other substance, or take any of your medication. Sharing your prescription is illegal and ends treatment.</p>
<p>Your clinician reviews each session log before approving your next dose.</p>""")

p("h2519", "https://ketamin-online-praxis.example/de/behandlung", "telehealth", False, "de", "provider-de",
  "Ketamin-Behandlung per Video – Online-Privatpraxis",
  menu("Behandlung", "Ablauf", "Kosten", "Ärztinnen", "Kontakt") + """
<h1>Ketamin-gestützte Behandlung per Videosprechstunde</h1>
<p>Unsere Online-Privatpraxis bietet Erwachsenen mit therapieresistenter Depression eine ärztlich begleitete Ketamin-Behandlung zu Hause an – nach einem ausführlichen Erstgespräch per Video mit einer approbierten Fachärztin für Psychiatrie.</p>
<h2>So läuft es ab</h2>
<ol>
<li>Online-Fragebogen und Upload Ihrer Befunde (Hausarzt, Blutdruck, bisherige Medikation)</li>
<li>Erstgespräch per Video (60 Minuten). Die Ärztin entscheidet, ob eine Behandlung in Frage kommt – oder empfiehlt Ihnen eine Behandlung in einer Klinik vor Ort.</li>
<li>Bei Eignung: Privatrezept, Abgabe über eine Partnerapotheke mit Botendienst; erste Einnahme unter Video-Begleitung</li>
<li>Wöchentliche Verlaufskontrollen per Video und Fragebogen</li>
</ol>
<p>Kosten nach GOÄ, Erstgespräch ca. 180 €. Eine Erstattung durch private Krankenversicherungen ist im Einzelfall möglich.</p>""" + bottom("Impressum · Datenschutz · Berufsrechtliche Regelungen"), noise="cookie-de")

p("h2520", "https://thuis-ketamine-zorg.example/aanpak", "telehealth", False, "nl", "provider-nl",
  "Onze aanpak – Ketamine thuis, onder begeleiding van een psychiater",
  menu("Aanpak", "Voor wie", "Kosten", "Team", "Contact") + """
<h1>Onze aanpak</h1>
<p>Wij bieden online behandeling met ketamine voor volwassenen met een depressie waarbij eerdere behandelingen onvoldoende hielpen. U heeft een verwijzing van uw huisarts of behandelaar nodig.</p>
<p>Na een intakegesprek via beveiligd videobellen met onze psychiater en verpleegkundig specialist besluit de psychiater of behandeling verantwoord is. Zo niet, dan bespreken we alternatieven en sturen we een brief naar uw verwijzer.</p>
<p>Bij een behandeling schrijft de psychiater ketamine-zuigtabletten voor die door een apotheek worden bezorgd. Tijdens elke sessie is een naaste aanwezig, en u heeft wekelijks een videogesprek met de verpleegkundig specialist.</p>""" + bottom("Thuis Ketamine Zorg B.V. · AGB-code · Klachtenregeling"), noise="cookie-nl")

p("h2521", "https://serenamente-salud.example/es/primera-consulta", "telehealth", False, "es", "first-video-visit-es",
  "Su primera consulta por video – Serenamente Salud",
  menu("Inicio", "Tratamiento", "Precios", "Preguntas", "Entrar") + """
<h1>Cómo es su primera consulta por video</h1>
<p>Serenamente ofrece terapia con ketamina en casa para adultos en California, Texas, Florida y Nueva York, con profesionales con licencia que hablan español.</p>
<h3>Antes de la cita</h3>
<p>Complete el cuestionario médico y tenga a mano su lista de medicamentos y una lectura reciente de presión arterial.</p>
<h3>Durante la cita (45 minutos)</h3>
<p>Un psiquiatra o enfermera practicante con licencia en su estado revisa su historia, le explica riesgos y beneficios y decide si la ketamina es adecuada para usted. Si no lo es, se lo dirá y le devolveremos el pago.</p>
<h3>Después</h3>
<p>Si recibe una receta, la farmacia asociada le envía el medicamento a casa. Tendrá seguimiento cada dos semanas por video.</p>""")

# ================================================================== clinics (9)

p("h2522", "https://brightline-infusion.example/patients/what-to-expect", "clinic", False, "en", "infusion-what-to-expect",
  "What to Expect at Your Infusion | Brightline Infusion Center",
  """<div class="topbar">Call (555) 201-4470 · 2200 Cedar Ave, Suite 140 · Mon–Sat</div>""" + menu("Home", "Conditions", "Ketamine Infusions", "Spravato", "New Patients", "Insurance", "Contact") + """
<main>
<h1>What to expect at your infusion</h1>
<h2>Before you arrive</h2>
<ul>
<li>Do not eat for 4 hours or drink clear liquids for 2 hours before your appointment.</li>
<li>Take your usual morning medications unless our physician told you otherwise, but skip benzodiazepines and lamotrigine that morning if we discussed it at your consultation.</li>
<li>Arrange a ride home. You may not drive until the next morning. Rideshare pickups must be confirmed with the front desk.</li>
<li>Wear comfortable clothes. Bring headphones or an eye mask if you like; we have both.</li>
</ul>
<h2>When you arrive</h2>
<p>Check in at the front desk about 15 minutes early. A registered nurse takes you to a private treatment suite with a recliner, checks your vital signs and asks how your week has been (we use a short PHQ-9 questionnaire each visit).</p>
<h2>During the infusion</h2>
<p>The nurse places a small IV in your arm. Your ketamine dose (usually 0.5 mg/kg to start, adjusted by our anesthesiologist at later visits) runs over about 40 minutes on a pump. Your heart rate, blood pressure and oxygen are monitored continuously and a nurse checks on you every few minutes. Many people feel floaty, detached or dreamy; some see colours or patterns. This is expected and wears off soon after the infusion ends. If you feel nauseous or anxious, tell the nurse – we can give medication to help.</p>
<h2>After the infusion</h2>
<p>You rest in the suite for 30–45 minutes until you are steady on your feet and your vital signs are back to baseline. Your driver picks you up at the door. Most people feel tired for the rest of the day and back to normal the next morning.</p>
<h2>Frequently asked questions</h2>
<p><b>Will I be unconscious?</b> No. The doses we use for depression are far below anesthetic doses. You stay awake and can talk to the nurse at any time, although you may not feel like it.</p>
<p><b>Can I bring someone?</b> One support person may sit with you in the suite if you wish, as long as they stay quiet during the infusion.</p>
<p><b>What if my blood pressure goes up?</b> A small rise is common. If it goes above our safety limit we slow or pause the infusion and our physician may give medication. Your dose at the next visit may be adjusted.</p>
<p><b>Can I take ketamine home between infusions?</b> No. All treatment at Brightline is given in the clinic under monitoring. If you are interested in at-home options, talk to your own psychiatrist.</p>
<h2>How many infusions?</h2>
<p>A typical induction series is six infusions over two to three weeks, followed by boosters as needed. We share progress notes with your psychiatrist or therapist with your permission.</p>
<p><a class="btn" href="#">Schedule a consultation</a></p>
</main>""" + bottom("Brightline Infusion Center · Board-certified anesthesiologists and psychiatric nurse practitioners", "Privacy · Notice of Nondiscrimination · Patient Rights"), noise="cookie")

p("h2523", "https://cedarpoint-behavioral.example/contact", "clinic", False, "en", "rems-center-contact",
  "Contact & Hours – Cedar Point Behavioral Health (Spravato Treatment Center)",
  menu("Home", "Spravato", "TMS", "Providers", "Contact") + """
<h1>Contact us</h1>
<p><b>Cedar Point Behavioral Health</b><br>Spravato® REMS-certified treatment center<br>415 Harbor View Road, Building B, 2nd floor<br>Portland, ME 04101</p>
<p>Phone: (207) 555-0186 · Fax: (207) 555-0187 · Referrals: referrals@cedarpoint-behavioral.example</p>
<h2>Hours</h2>
<table>
<tr><td>Monday–Thursday</td><td>7:30 am – 6:00 pm</td></tr>
<tr><td>Friday</td><td>7:30 am – 3:00 pm</td></tr>
<tr><td>Saturday</td><td>8:00 am – 12:00 pm (Spravato sessions only)</td></tr>
<tr><td>Sunday</td><td>Closed</td></tr>
</table>
<p>Spravato sessions are scheduled for a 2-hour observation period in our treatment rooms. Please arrange transportation; you cannot drive after your session.</p>
<p>Free parking behind Building B. Wheelchair accessible.</p>""")

p("h2524", "https://riverside-psychiatric-associates.example/services", "clinic", False, "en", "psychiatry-group-services",
  "Services – Riverside Psychiatric Associates",
  menu("About", "Services", "Our Team", "Patient Forms", "Insurance", "Contact") + """
<h1>Our services</h1>
<div class="service"><h3>Psychiatric evaluation</h3><p>Comprehensive diagnostic assessment for adults and adolescents, in person at our Elm Street office.</p></div>
<div class="service"><h3>Medication management</h3><p>Ongoing follow-up with a psychiatrist or psychiatric nurse practitioner. Established patients may have some follow-ups by video.</p></div>
<div class="service"><h3>Psychotherapy</h3><p>CBT, DBT skills groups, EMDR and family therapy with licensed therapists.</p></div>
<div class="service"><h3>Transcranial magnetic stimulation (TMS)</h3><p>FDA-cleared treatment for major depression and OCD, five sessions a week for six weeks.</p></div>
<div class="service"><h3>Spravato® (esketamine) nasal spray</h3><p>We are a certified Spravato treatment site. Patients self-administer the nasal spray in our office under the supervision of our nursing staff and stay for at least two hours of monitoring. Spravato is never sent home with patients.</p></div>
<div class="service"><h3>Genetic testing (pharmacogenomics)</h3><p>To help guide medication choices.</p></div>
<p>Most major insurance plans accepted, including Medicare. New patients: call (555) 390-2200.</p>""" + bottom("Riverside Psychiatric Associates, P.C. · 118 Elm Street"))

p("h2525", "https://harborlight-ketamine.example/veterans", "clinic", False, "en", "veterans-program",
  "Veterans Program – Harborlight Ketamine & Wellness",
  menu("Home", "Treatments", "Veterans", "First Responders", "Pricing", "Contact") + """
<h1>Veterans Program</h1>
<p>Harborlight is a community care provider for the VA. Eligible veterans referred through the VA Community Care Network can receive Spravato (esketamine) and IV ketamine at our clinic at no cost to them.</p>
<h2>How to get started</h2>
<ol>
<li>Ask your VA mental health provider for a community care referral for treatment-resistant depression or PTSD.</li>
<li>Once we receive the referral and authorization, our veteran liaison (a Marine Corps veteran herself) calls you to schedule an in-person consultation.</li>
<li>Treatments take place at our clinic with a nurse present throughout and a medical provider on site.</li>
</ol>
<p>Not eligible for community care? We offer a 20% veteran and first-responder discount on self-pay infusions.</p>
<p>Veteran Crisis Line: dial 988 then press 1.</p>""")

p("h2526", "https://novamente-clinics.example/careers/registered-nurse-infusion", "clinic", False, "en", "clinic-careers",
  "Careers – Registered Nurse, Ketamine Infusion (Full-time) – NovaMente Clinics",
  menu("Find a clinic", "Treatments", "Careers", "Refer a patient") + """
<h1>Registered Nurse – Ketamine Infusion &amp; Spravato</h1>
<p class="meta">Austin, TX (North Lamar clinic) · Full-time · Day shift, no nights or holidays</p>
<h2>About NovaMente</h2>
<p>NovaMente runs six outpatient clinics in Texas offering IV ketamine infusions, Spravato and TMS for depression, PTSD and chronic pain.</p>
<h2>What you'll do</h2>
<ul>
<li>Start peripheral IVs and administer ketamine infusions per physician order</li>
<li>Supervise patients during Spravato self-administration and the 2-hour observation, and complete REMS monitoring forms</li>
<li>Monitor vital signs, manage nausea and elevated blood pressure per protocol</li>
<li>Keep controlled-substance counts and documentation with the clinic's medical director</li>
</ul>
<h2>Requirements</h2>
<p>Active Texas RN licence, BLS and ACLS, 2+ years in PACU, ICU, ED or infusion nursing. Experience with moderate sedation preferred.</p>
<p>Pay $42–$52/hour depending on experience · Medical, dental, 401(k) match · Free treatment for immediate family.</p>
<a class="btn" href="#">Apply now</a>""")

p("h2527", "https://clinica-mente-viva.example/pt/escetamina", "clinic", False, "pt", "clinic-pt-pt",
  "Tratamento com escetamina – Clínica Mente Viva, Lisboa",
  menu("Início", "Especialidades", "Escetamina", "Equipa", "Marcações") + """
<h1>Tratamento com escetamina (Spravato®) na Clínica Mente Viva</h1>
<p>A escetamina em spray nasal está indicada para adultos com depressão resistente ao tratamento. Na nossa clínica, em Lisboa, o tratamento é sempre feito presencialmente: o doente administra o spray na sala de tratamento, acompanhado por um enfermeiro, e permanece em observação durante pelo menos duas horas.</p>
<h2>Como marcar</h2>
<p>É necessária uma consulta prévia de psiquiatria na clínica (pode trazer o relatório do seu médico assistente). As sessões decorrem duas vezes por semana nas primeiras quatro semanas.</p>
<h2>O que trazer</h2>
<p>Lista de medicação, relatórios anteriores e acompanhante para o regresso a casa – não pode conduzir no dia do tratamento.</p>
<p>Marcações: 21 555 0142 · Av. da República, Lisboa · Acordos com vários seguros de saúde.</p>""", noise="cookie-pt")

p("h2528", "https://centro-ketamina-milano.example/contatti", "clinic", False, "it", "clinic-contacts-it",
  "Contatti e orari – Centro Ketamina Milano",
  menu("Chi siamo", "Trattamenti", "Come funziona", "Contatti") + """
<h1>Contatti e orari</h1>
<p>Centro Ketamina Milano · Ambulatorio di psichiatria e terapia del dolore<br>Via dei Giardini 12, 20121 Milano · Tel. 02 5550 1190</p>
<p>Infusioni endovenose di ketamina e trattamento con esketamina spray nasale si svolgono solo in sede, con monitoraggio di un medico anestesista e di un infermiere. Prima del primo trattamento è prevista una visita psichiatrica.</p>
<p>Orari: lunedì–venerdì 8.30–18.30, sabato 9–13. Dopo la seduta non è possibile guidare: venga accompagnato.</p>""")

p("h2529", "https://clinique-lac-leman.example/fr/psychiatrie/ketamine", "clinic", False, "fr", "clinic-fr-ch",
  "Traitement par kétamine – Clinique du Lac Léman",
  menu("La clinique", "Psychiatrie", "Médecine", "Séjours", "Contact") + """
<h1>Kétamine et eskétamine en psychiatrie</h1>
<p>Le service de psychiatrie ambulatoire de la Clinique du Lac Léman propose, pour les personnes souffrant d'une dépression résistante, des perfusions de kétamine à faible dose et le traitement par eskétamine en spray nasal (Spravato®).</p>
<h2>Déroulement</h2>
<p>Après une consultation d'évaluation avec un psychiatre de la clinique, les séances ont lieu en hôpital de jour. Chaque perfusion dure 40 minutes, sous surveillance infirmière et monitorage de la tension artérielle, suivie d'une heure de repos. Le spray d'eskétamine est administré sur place et le patient reste en observation deux heures.</p>
<h2>Prise en charge</h2>
<p>L'eskétamine est remboursée par l'assurance de base sur prescription d'un psychiatre. Pour les perfusions de kétamine, une demande de garantie est adressée à votre caisse maladie.</p>
<p>Secrétariat : +41 21 555 30 30, du lundi au vendredi.</p>""" + bottom("Clinique du Lac Léman · Lausanne"), noise="cookie-fr")

p("h2530", "https://psychiatrie-am-stadtpark.example/esketamin-ablauf", "clinic", False, "de", "practice-de-procedure",
  "Ablauf der Esketamin-Behandlung – Psychiatrische Praxis am Stadtpark",
  menu("Praxis", "Leistungen", "Esketamin", "Team", "Anfahrt") + """
<h1>So läuft eine Esketamin-Behandlung bei uns ab</h1>
<p>Unsere Praxis ist für die Behandlung mit Esketamin-Nasenspray (Spravato®) eingerichtet. Sie wenden das Spray in unserem Behandlungsraum selbst an, unter Aufsicht unserer medizinischen Fachangestellten. Blutdruck wird vor der Anwendung sowie nach 40 Minuten gemessen.</p>
<p>Danach bleiben Sie mindestens zwei Stunden zur Beobachtung in der Praxis. Bitte kommen Sie nicht mit dem Auto – bis zum nächsten Tag dürfen Sie nicht selbst fahren.</p>
<p>Die Behandlung wird von den gesetzlichen Krankenkassen übernommen. Voraussetzung ist ein Vorgespräch bei einer unserer Fachärztinnen.</p>
<p>Termine: 0351 555 2040 (Mo–Fr 8–12 Uhr).</p>""")

# ================================================================== informational (10)

p("h2531", "https://wikimedica.example/wiki/Ketamine#History", "informational", False, "en", "encyclopedia-history",
  "Ketamine – History – WikiMedica",
  """<div class="wiki-header"><a href="#">Main page</a> · <a href="#">Random article</a> · <a href="#">Talk</a> · <a href="#">Edit</a> · <a href="#">View history</a></div>
<h1>Ketamine</h1>
<div class="toc">Contents: 1 Medical uses · 2 Adverse effects · 3 Pharmacology · <b>4 History</b> · 5 Society and culture · 6 Research</div>
<h2>History</h2>
<h3>Discovery</h3>
<p>Ketamine was first synthesized in 1962 by Calvin L. Stevens, a chemistry professor and consultant for Parke-Davis, as part of a search for a safer anesthetic alternative to phencyclidine (PCP), which caused prolonged emergence delirium. It was first given to human volunteers (prisoners at Jackson Prison, Michigan) in 1964; the investigators described the peculiar state it produced as "dissociative anesthesia".<sup>[12]</sup></p>
<h3>Medical adoption</h3>
<p>Parke-Davis patented the compound in Belgium in 1963 and in the United States in 1966, and it was approved by the FDA in 1970 under the brand name Ketalar. It was widely used as a battlefield anesthetic during the Vietnam War because it preserves breathing and blood pressure. It remains on the WHO Model List of Essential Medicines.<sup>[13]</sup></p>
<h3>Recreational use and scheduling</h3>
<p>Non-medical use was described in the United States in the 1970s and spread through the club scene in the 1990s, often using veterinary preparations diverted from animal clinics. The United States placed ketamine in Schedule III of the Controlled Substances Act in 1999; the United Kingdom classified it as Class C in 2006 and moved it to Class B in 2014.<sup>[14]</sup></p>
<h3>Antidepressant research</h3>
<p>A small randomized trial at Yale published in 2000 reported rapid antidepressant effects of a single subanesthetic infusion. Later trials at the US National Institute of Mental Health confirmed the finding. Off-label infusion clinics appeared in the 2010s, and in March 2019 the FDA approved esketamine (Spravato), the S-enantiomer, as a nasal spray for treatment-resistant depression, to be administered only in certified healthcare settings under a REMS program. During the COVID-19 pandemic, telehealth companies began prescribing ketamine for use at home.<sup>[15]</sup></p>
<div class="refs"><h2>References</h2><ol start="12"><li>Domino EF. "Taming the ketamine tiger". Anesthesiology. 2010.</li><li>WHO Model List of Essential Medicines, 23rd list.</li><li>Misuse of Drugs Act 1971 (Amendment) Order 2014.</li><li>FDA news release, March 5, 2019.</li></ol></div>""")

p("h2532", "https://thecounterpharmacist.example/2026/11/spravato-online-offers-are-scams", "informational", False, "en", "pharmacist-blog-scams",
  "Why every 'Spravato for sale' offer online is a scam – The Counter Pharmacist",
  menu("Home", "Blog", "Ask a Pharmacist", "About") + """
<article>
<h1>Why every "Spravato for sale" offer online is a scam</h1>
<p class="byline">By Renee Okafor, PharmD · November 22, 2026</p>
<p>At least once a week somebody shows me a screenshot: "Spravato 56 mg kit, $299, shipped discreetly, no prescription, pay with Zelle or Bitcoin, WhatsApp us." Sometimes it's a slick website with a fake pharmacy licence number, sometimes an Instagram account or a Telegram channel. Here is why you should never buy it.</p>
<h2>1. Spravato can't legally be shipped to your home</h2>
<p>Under the REMS program, esketamine is dispensed only to certified healthcare settings, and the patient uses it in front of a healthcare provider and is monitored for at least two hours. No pharmacy in the United States ships it to a patient's house. Anyone who does is not a pharmacy.</p>
<h2>2. You're probably not getting esketamine</h2>
<p>Seized "Spravato" devices have turned out to contain saline, racemic ketamine of unknown strength, or nothing at all. Sellers also ship "generic Spravato" – no generic is approved.</p>
<h2>3. The payment methods are the tell</h2>
<p>Gift cards, crypto, Zelle to a personal account and Western Union are chosen because you can't get your money back. Legitimate pharmacies take insurance and cards.</p>
<h2>What to do instead</h2>
<p>Ask your psychiatrist about a referral to a certified treatment center, or look up centers on the manufacturer's locator. If cost is the barrier, ask about the manufacturer's savings program. And report the offer to the FDA's BeSafeRx page.</p>
</article>
<section class="comments"><h3>12 comments</h3><p><b>Tom</b>: Got scammed for $450 on one of these last year. Never arrived, "customs fee" requested twice.</p></section>""" + bottom("The Counter Pharmacist is a personal blog. Nothing here is medical advice."))

p("h2533", "https://forum-reddit-like.example/r/TRD/comments/1q9x2k/compared_3_ketamine_clinics", "informational", False, "en", "thread-comparing-clinics-txt",
  "Compared 3 ketamine clinics in the Denver area", """r/TreatmentResistantDepression · Posted by u/mile_high_mood · 6d
Compared 3 ketamine clinics in the Denver area – my notes

After my psychiatrist suggested ketamine I did consults at three places. Sharing in case it helps anyone.

1) Clinic A (Cherry Creek) – IV infusions, anesthesiologist-run. $475/infusion, $2,600 for the series of six. Very medical, felt safe, BP cuff on the whole time. No therapy included.
2) Clinic B (Lakewood) – Spravato certified, took my insurance after prior auth (took 3 weeks). Copay $40/session. You sit there 2 hours afterwards, pretty boring but fine.
3) Clinic C (Boulder) – ketamine-assisted psychotherapy, IM injections with a therapist in the room. $750/session incl. prep and integration. Most "human" of the three but pricey.

I went with B because of insurance.

  ▲ 142  u/quietlake_22 · 6d
  Thanks for this. I did the telehealth lozenge route first (evaluation by video, NP prescribed, pharmacy mailed them) and it was fine but I respond better to IV.

    ▲ 61  u/mile_high_mood · 6d
    Yeah the at-home ones were an option too but I wanted someone in the room.

  ▲ 38  u/throwaway_k88 · 5d
  Someone DM'd me offering "Spravato without prescription, ships tomorrow, $300" after I commented here. Obviously reported.

    ▲ 55  u/AutoModerator · 5d
    Reminder: sourcing discussion is banned. Any user offering to sell medication will be permanently banned.
""", ext="txt")

p("h2534", "https://pharmacy-board.state.example/disciplinary/2026/case-PH-26-0412", "informational", False, "en", "pharmacy-board-notice",
  "Disciplinary Action – Case PH-26-0412 – State Board of Pharmacy",
  menu("Licensing", "Inspections", "Disciplinary Actions", "Laws & Rules", "Contact the Board") + """
<h1>Final Order – Case No. PH-26-0412</h1>
<p><b>Respondent:</b> Westgate Compounding Pharmacy LLC, Permit No. PHY-10882, and its pharmacist-in-charge</p>
<p><b>Action:</b> Permit revoked; pharmacist licence suspended for two years followed by three years' probation; fine of $85,000.</p>
<h2>Findings of fact</h2>
<p>Between February and September 2026 the respondent dispensed approximately 41,000 ketamine troches and nasal spray bottles against prescriptions issued through an online platform that did not conduct a bona fide evaluation. Board inspectors found that prescriptions for patients in 19 states were issued by a single out-of-state prescriber within minutes of questionnaire submission, that patient identities were not verified, and that medication was shipped without required PDMP checks.</p>
<p>The respondent also filled "office use" orders for ketamine 100 mg/ml vials that were resold through a website accepting cryptocurrency payment.</p>
<h2>Conclusions of law</h2>
<p>Respondent violated the Pharmacy Practice Act and Board Rules by dispensing controlled substances without a valid prescription-practitioner relationship and by failing to maintain accurate controlled-substance records.</p>
<p>Patients who received medication from this pharmacy should contact their prescriber. Questions: board.pharmacy@state.example.</p>""")

p("h2535", "https://summit-health-plan.example/providers/policies/esketamine-prior-authorization", "informational", False, "en", "insurer-prior-auth",
  "Esketamine (Spravato) – Prior Authorization Criteria – Summit Health Plan",
  menu("Members", "Providers", "Employers", "Pharmacy", "Policies") + """
<h1>Clinical Policy: Esketamine nasal spray (Spravato®)</h1>
<p>Policy number: RX-PA-118 · Effective: January 1, 2027 · Applies to: commercial and Medicare Advantage plans</p>
<h2>Criteria for initial approval (6 months)</h2>
<ol>
<li>Member is 18 years or older with a diagnosis of major depressive disorder, treatment-resistant (inadequate response to at least two antidepressants of adequate dose and duration in the current episode), or MDD with acute suicidal ideation or behavior.</li>
<li>Prescribed by or in consultation with a psychiatrist.</li>
<li>Used in combination with an oral antidepressant (except when used as monotherapy per label).</li>
<li>Administered in a healthcare setting certified under the Spravato REMS; the member is monitored for at least 2 hours after each dose.</li>
<li>Baseline depression rating scale (PHQ-9, MADRS or HAM-D) documented.</li>
</ol>
<h2>Continuation (12 months)</h2>
<p>Documented improvement from baseline on the same rating scale.</p>
<h2>Quantity limits</h2>
<p>Induction: up to 8 treatment sessions (56 mg or 84 mg) in weeks 1–4. Maintenance: up to 4 sessions per 28 days.</p>
<h2>Not covered</h2>
<p>Racemic ketamine (IV, IM, oral or compounded sublingual/nasal) for psychiatric indications is considered experimental and investigational and is not covered under this policy.</p>
<p>Submit requests through the provider portal or fax 1-800-555-0133.</p>""")

p("h2536", "https://brainwaves-podcast.example/episodes/112-transcript", "informational", False, "en", "podcast-transcript",
  "Episode 112 transcript: Ketamine's gray market – Brainwaves Podcast",
  """<h1>Episode 112: Ketamine's gray market</h1>
<p class="meta">Transcript generated automatically and lightly edited.</p>
<p><b>HOST (Dana):</b> Welcome back to Brainwaves. Today: the strange, crowded market around ketamine. My guest is Dr. Luis Ferreira, an addiction psychiatrist who studies online drug sales. Luis, where do people actually get ketamine in 2026?</p>
<p><b>FERREIRA:</b> There are really four routes. Certified clinics giving Spravato, infusion clinics, telehealth companies that prescribe lozenges after a video visit, and then the illegal market – which these days is mostly Telegram channels and websites that look like pharmacies.</p>
<p><b>DANA:</b> What do those websites look like?</p>
<p><b>FERREIRA:</b> Honestly, they're getting good. We collected about 300 of them. They'll say "no prescription needed," "discreet shipping," they'll have a fake COA, and the giveaway is always payment: crypto, gift cards, Zelle. Prices were around 25 to 40 dollars a gram. Some sell so-called "generic Spravato," which doesn't exist.</p>
<p><b>DANA:</b> And people buy thinking it's treatment.</p>
<p><b>FERREIRA:</b> Some do, yes. That's what worries me. Somebody with severe depression using unknown powder alone at home, with no blood pressure check, no follow-up – and ketamine dependence and bladder damage are real.</p>
<p><b>DANA:</b> What would you tell a listener who can't afford a clinic?</p>
<p><b>FERREIRA:</b> Talk to your psychiatrist about Spravato, which insurance often covers, or a legitimate telehealth program with a real clinician. Don't buy from a stranger on the internet.</p>
<p><b>DANA:</b> Luis Ferreira, thank you.</p>""")

p("h2537", "https://diario-judicial-levante.example/sentencias/2026/condena-venta-ketamina-telegram", "informational", False, "es", "sentencing-report-es",
  "Condenado a cuatro años un joven que vendía ketamina por Telegram y la enviaba por correo",
  menu("Portada", "Tribunales", "Sucesos", "Opinión") + """
<article>
<h1>Condenado a cuatro años de prisión un joven que vendía ketamina por Telegram y la enviaba por correo</h1>
<p class="firma">Redacción · Valencia, 28 de noviembre de 2026</p>
<p>La Audiencia Provincial de Valencia ha condenado a cuatro años de prisión y a una multa de 30.000 euros a un joven de 26 años por un delito contra la salud pública. Según la sentencia, el acusado gestionaba un canal de Telegram y una página web en la que ofrecía «ketamina pura sin receta, envío discreto en 24 horas» a 30 euros el gramo, con pago mediante Bizum a cuentas de terceros o criptomonedas.</p>
<p>Los agentes intervinieron en su domicilio 1,2 kilos de ketamina, una balanza de precisión, 400 sobres acolchados y etiquetas con remitentes falsos. El tribunal considera probado que realizó más de 900 envíos a toda España.</p>
<p>La defensa alegó que la sustancia se vendía «para uso terapéutico contra la depresión», argumento que la sala rechaza: recuerda que el uso médico de la ketamina y la esketamina está reservado a centros sanitarios y requiere prescripción.</p>
<p>La sentencia no es firme y puede recurrirse ante el Tribunal Superior de Justicia.</p>
</article>""", noise="cookie-es")

p("h2538", "https://drugsinfo-veilig.example/ketamine/veilig-gebruik", "informational", False, "nl", "harm-reduction-dosing-nl",
  "Ketamine: veiliger gebruiken – Drugsinfo Veilig",
  menu("Middelen", "Testen", "Combinaties", "Hulp", "Over ons") + """
<h1>Ketamine: hoe gebruik je zo veilig mogelijk?</h1>
<p>Geen gebruik is altijd het veiligst. Kies je er toch voor, houd dan rekening met het volgende.</p>
<h2>Dosering</h2>
<p>Begin laag: een klein lijntje van 10 tot 20 mg, en wacht minstens 20 minuten voordat je bijneemt. De werking van gesnoven ketamine begint na 5–10 minuten en duurt 45–90 minuten. Bij hogere doses (vanaf ongeveer 100 mg) kun je in een "K-hole" raken: je kunt dan niet meer bewegen of praten.</p>
<h2>Combinaties</h2>
<p>Combineer ketamine niet met alcohol, GHB, benzodiazepinen of opiaten: de kans op bewusteloosheid en verstikking in braaksel wordt veel groter.</p>
<h2>Laat testen</h2>
<p>Poeder dat als ketamine verkocht wordt, kan ook 2-FDCK, deschloroketamine of andere middelen bevatten. Laat je middel anoniem testen bij een testservice.</p>
<h2>Blaas</h2>
<p>Regelmatig gebruik kan blaasschade veroorzaken. Pijn bij het plassen of bloed in je urine? Stop en ga naar je huisarts.</p>
<p>Ketamine als medicijn tegen depressie (bijvoorbeeld esketamine-neusspray) wordt alleen onder begeleiding van een arts gegeven en is iets anders dan zelf gebruiken.</p>""" + bottom("Drugsinfo Veilig · Anoniem advies · Geen oordeel"), noise="cookie-nl")

p("h2539", "https://senat-questions.example/questions/2026/QE-08841", "informational", False, "fr", "senate-question-fr",
  "Question écrite n° 08841 – Vente en ligne de kétamine et d'eskétamine",
  menu("Travaux parlementaires", "Questions", "Sénateurs", "Recherche") + """
<h1>Vente illicite de kétamine et d'eskétamine sur internet</h1>
<p class="meta">Question écrite n° 08841 – publiée au Journal officiel le 9 octobre 2026</p>
<h2>Question</h2>
<p>Mme X attire l'attention de M. le ministre de la santé sur la multiplication de sites et de comptes sur les réseaux sociaux proposant de la kétamine ou des «&nbsp;sprays d'eskétamine&nbsp;» sans ordonnance, livrés à domicile et payables en cryptomonnaies. Ces offres se présentent parfois comme des traitements de la dépression. Elle lui demande quelles mesures le Gouvernement entend prendre pour obtenir le blocage de ces sites et informer les patients.</p>
<h2>Réponse du ministère de la santé</h2>
<p class="meta">publiée au Journal officiel le 27 novembre 2026</p>
<p>L'eskétamine (Spravato®) est un médicament réservé à l'usage hospitalier, administré sous surveillance médicale. La kétamine est classée comme stupéfiant. Toute vente en ligne de ces produits est illicite. L'Agence nationale de sécurité du médicament signale régulièrement ces sites aux autorités, qui en ont fait fermer 74 depuis janvier 2025. Une campagne d'information sera menée en 2027 auprès des patients et des pharmaciens.</p>""")

p("h2540", "https://apothekerkammer-nord.example/aktuelles/berufsgericht-ketamin", "informational", False, "de", "professional-court-notice-de",
  "Berufsgericht: Approbation ruht nach Abgabe von Ketamin ohne Rezept – Apothekerkammer",
  menu("Kammer", "Mitglieder", "Aktuelles", "Fortbildung", "Service") + """
<h1>Berufsgericht: Approbation ruht nach Abgabe von Ketamin ohne Rezept</h1>
<p class="datum">Pressemitteilung · 2. Dezember 2026</p>
<p>Das Berufsgericht für Heilberufe hat gegen einen Apotheker aus dem Kammerbezirk eine Geldbuße von 40.000 Euro verhängt und festgestellt, dass er unwürdig ist, den Apothekerberuf auszuüben. Die Approbationsbehörde hat das Ruhen der Approbation angeordnet.</p>
<p>Der Apotheker hatte nach den Feststellungen des Gerichts über einen Zeitraum von 14 Monaten Ketamin-Injektionslösung und Esketamin-Ampullen ohne ärztliche Verschreibung an einen Bekannten abgegeben, der die Ware über einen Online-Shop und einen Messenger-Kanal weiterverkaufte. Der Betäubungsmittelbestand war nicht ordnungsgemäß dokumentiert.</p>
<p>„Die Abgabe von Betäubungsmitteln ohne Rezept ist mit den Berufspflichten unvereinbar und gefährdet Patientinnen und Patienten“, erklärte die Präsidentin der Kammer.</p>
<p>Das strafrechtliche Verfahren vor dem Landgericht ist noch nicht abgeschlossen.</p>""" + bottom("Apothekerkammer Nord · Körperschaft des öffentlichen Rechts"), noise="cookie-de")

save(OUT, R)
print(len(R), "pages written to", OUT)
