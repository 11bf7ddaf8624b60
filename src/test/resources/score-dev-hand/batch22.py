# Batch 22 of the hand-written dev set: 40 BLIND pages, written 2026-12-06 by an independent author who
# had not read the scorer's rules, vocabulary, extractor or any measurement, and committed before the
# scorer was run on them. Mix: 13 sellers, 8 telehealth, 10 clinics, 9 informational; 24 English,
# 16 es/de/fr/nl/pt. Shapes: seller Spravato product page, unlabelled checkout, classified ad, slang
# Telegram menu, research-chemical list, delivery FAQ, clinic-mimic "home kit", long online pharmacy,
# vet shop, reviews, WhatsApp contact, padded product page; telehealth pricing/how-it-works/state
# list/team/checkout/FAQ/snippet; clinic Spravato, pricing + gift card, KAP, hospital, membership,
# locations; arrest and court news, harm reduction, rehab, government alert, encyclopaedia, forum,
# pharmacy, consumer guide.
# Run: python3 batch22.py (writes batch22/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch22")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

def menu(*items):
    return '<nav class="main-nav">' + " | ".join(f'<a href="#">{i}</a>' for i in items) + "</nav>"

def bottom(*lines):
    return '<footer class="site-footer">' + "<br>".join(lines) + "</footer>"

# ================================================================== sellers (13)

p("h2201", "https://rxmeds-direct24.example/product/esketamine-nasal-spray-56mg", "seller", True, "en", "product-spravato",
  "Esketamine Nasal Spray 56 mg (2 devices) – RxMeds Direct 24",
  menu("Home", "Depression", "Anxiety", "Sleep", "Pain Relief", "Men's Health", "Track Order") + """
<div class="breadcrumb">Home › Depression › Esketamine Nasal Spray</div>
<div class="product">
<h1>Esketamine Nasal Spray 56 mg</h1>
<p class="sku">SKU: ESK-56-2 · Brand equivalent: Spravato®</p>
<p class="rating">★★★★★ (212 reviews)</p>
<table class="variants">
<tr><th>Pack</th><th>Price</th><th>Per device</th></tr>
<tr><td>1 box (2 devices)</td><td>$389.00</td><td>$194.50</td></tr>
<tr><td>3 boxes (6 devices)</td><td>$999.00</td><td>$166.50</td></tr>
<tr><td>6 boxes (12 devices)</td><td>$1,799.00</td><td>$149.92</td></tr>
</table>
<button>Add to cart</button>
<p>Use it at home, on your own schedule – no more waiting rooms or two-hour observation visits. Our licensed partner doctor reviews your short online health form and approves most orders within 24 hours.</p>
<ul>
<li>Ships from our EU warehouse in 5–9 business days</li>
<li>Plain outer packaging</li>
<li>Free reshipment if your parcel is held</li>
</ul>
<h2>Description</h2>
<p>Esketamine is the S-enantiomer of ketamine. It acts on NMDA receptors and can relieve depressive symptoms within hours. Spray once in each nostril, wait five minutes, repeat as directed.</p>
</div>""" + bottom("We accept Visa, Mastercard and Bitcoin", "© RxMeds Direct 24"), noise="cookie")

p("h2202", "https://kpowder-supply.example/checkout/step-2", "seller", True, "en", "checkout-unlabelled",
  "Checkout – Step 2 of 3",
  """<div class="checkout">
<h2>Order summary</h2>
<p>Item #K-ISO-25 &times; 1 (25 g) ........ $640.00<br>
Stealth packaging upgrade ........ $25.00<br>
Tracked shipping (worldwide) ........ $40.00<br>
<b>Total: $705.00</b></p>
<h2>Choose payment</h2>
<label><input type="radio" name="pay"> Bitcoin / Litecoin (5% off)</label><br>
<label><input type="radio" name="pay"> Zelle – instructions sent by email after order</label><br>
<label><input type="radio" name="pay"> Amazon / Apple gift cards (photo of card + receipt)</label><br>
<p class="small">Do not write our product names in payment notes. Orders with notes such as "ketamine" will be cancelled and refunded minus fees.</p>
<button>Place order</button>
</div>""")

p("h2203", "https://localads-board.example/health-beauty/ad/88213", "seller", True, "en", "classified",
  "Ketalar 10 ml vials – available now",
  """<div class="ad">
<h1>Ketalar 10 ml vials – available now</h1>
<p class="meta">Posted 3 days ago · Category: Health &amp; Beauty · Location: Anywhere</p>
<p>Original sealed Ketalar 500mg/10ml vials, also have powder. Bulk discounts for 10+. Same-day meetup or shipped overnight. Serious buyers only, add me on Wickr: medsupply_ray or text 555-0147.</p>
<p class="price">$120</p>
</div>""")

p("h2204", "https://t.me.example/s/partypackuk_menu", "seller", True, "en", "telegram-menu-slang",
  "Party Pack UK – menu",
  """<div class="tgme_channel">
<div class="msg">📌 MENU UPDATED 🔥🔥<br>
❄️ Charlie 90% – 1g £60 / 3.5g £180<br>
💊 Mandy crystals – 1g £35<br>
🐴 Ket shards (needlepoint) – 1g £25 / 5g £100 / 28g £380<br>
🍄 Caps / choc bars – ask<br>
💎 Tina – ask<br>
🚚 Next-day tracked delivery, vac-sealed x3, NO signature needed<br>
💰 Cash drop in selected cities, crypto for post<br>
DM @ppuk_orders – no time wasters, min order £50</div>
<div class="msg">Reviews channel pinned above ⬆️ 🙏 Thank you for 4 years of support fam</div>
</div>""")

p("h2205", "https://farmacia-sinreceta.example/comprar-ketamina-liquida", "seller", True, "es", "shop",
  "Comprar ketamina líquida sin receta – envío discreto",
  menu("Inicio", "Anestésicos", "Ansiolíticos", "Analgésicos", "Envíos", "Contacto") + """
<h1>Ketamina líquida 50 mg/ml</h1>
<p>Frasco de 10 ml, uso veterinario y humano. Producto original con sello.</p>
<ul>
<li>1 frasco – 65 €</li>
<li>5 frascos – 290 €</li>
<li>10 frascos – 520 €</li>
</ul>
<p>No pedimos receta médica. Envío discreto en 48-72 h a toda España y 5-10 días a Latinoamérica. Pago por transferencia, Bizum o criptomonedas.</p>
<p>Pedidos también por WhatsApp: +34 555 018 221</p>
<button>Añadir al carrito</button>""" + bottom("© Farmacia Sin Receta · Aviso legal · Política de privacidad"), noise="cookie-es")

p("h2206", "https://chemlab-versand.example/shop/dissoziativa", "seller", True, "de", "research-chemical",
  "Dissoziativa – ChemLab Versand",
  menu("Start", "Cathinone", "Dissoziativa", "Benzos", "Psychedelika", "Zubehör", "FAQ") + """
<h1>Kategorie: Dissoziativa</h1>
<p class="disclaimer">Alle Produkte werden ausschließlich als Forschungschemikalien verkauft. Nicht für den menschlichen Verzehr. Verkauf nur an Personen ab 18 Jahren.</p>
<div class="grid">
<div class="item"><b>2-FDCK Kristalle</b><br>ab 18,00 € / g<br><button>In den Warenkorb</button></div>
<div class="item"><b>Ketamin HCl (Racemat) – 99 %</b><br>ab 32,00 € / g<br>Staffelpreise ab 10 g<br><button>In den Warenkorb</button></div>
<div class="item"><b>S-Ketamin Pulver</b><br>ab 45,00 € / g<br><button>In den Warenkorb</button></div>
<div class="item"><b>Deschloroketamin (DCK)</b><br>ab 22,00 € / g<br><button>In den Warenkorb</button></div>
</div>
<p>Diskreter Versand aus den Niederlanden, neutraler Absender. Mindestbestellwert 50 €. Zahlung per Vorkasse, Monero oder Bitcoin.</p>""" + bottom("Newsletter: Neue Produkte zuerst erfahren <input placeholder='E-Mail'>", "Impressum · AGB · Datenschutz"), noise="cookie-de")

p("h2207", "https://anesthesiques-en-ligne.example/faq-livraison", "seller", True, "fr", "faq-shipping",
  "FAQ livraison et paiement",
  menu("Accueil", "Produits", "FAQ", "Suivi de colis", "Contact") + """
<h1>Questions fréquentes</h1>
<h3>Comment mon colis est-il emballé ?</h3>
<p>Vos flacons de Kétalar et la poudre sont placés dans un emballage neutre, sans aucune mention du contenu. L'expéditeur est une société de cosmétiques.</p>
<h3>Livrez-vous en France, en Belgique et en Suisse ?</h3>
<p>Oui, nous livrons dans toute l'Europe et dans le monde entier. Comptez 4 à 8 jours ouvrés.</p>
<h3>Ai-je besoin d'une ordonnance ?</h3>
<p>Non. Aucune ordonnance n'est demandée.</p>
<h3>Quels moyens de paiement acceptez-vous ?</h3>
<p>Bitcoin, USDT, mandat Western Union et coupons PCS/Transcash.</p>
<h3>Que se passe-t-il si la douane saisit mon colis ?</h3>
<p>Nous renvoyons gratuitement une fois. Ne signez jamais de déclaration en douane.</p>""" + bottom("© Anesthésiques en ligne"), noise="cookie-fr")

p("h2208", "https://serenity-ketamine-wellness.example/home-infusion-kit", "seller", True, "en", "clinic-mimic-kit",
  "Home Infusion Kit – Serenity Ketamine Wellness",
  menu("Home", "Our Clinic", "Home Kits", "Testimonials", "Contact") + """
<section class="hero">
<h1>Ketamine therapy, now in the comfort of your home</h1>
<p>Tired of clinic waiting lists? Our Home Infusion Kit brings the same medication used in our clinic straight to your door.</p>
</section>
<section>
<h2>What's in the kit</h2>
<ul>
<li>5 × 10 ml ketamine hydrochloride vials (50 mg/ml)</li>
<li>Sterile syringes and alcohol swabs</li>
<li>Printed dosing chart for beginners and experienced users</li>
</ul>
<p><b>Kit price: $850</b> · Refill vials $110 each</p>
<p>No doctor visit required – just tell us about your goals in our short intake form. Shipped discreetly across the US and Canada.</p>
<p>Payment by Cash App, Zelle or crypto. Text our team on WhatsApp: +1 555 0199.</p>
<button>Order your kit</button>
</section>""" + bottom("Serenity Ketamine Wellness · 'Healing starts at home'"), noise="cookie")

p("h2209", "https://global-pharma-outlet.example/category/anesthetics-psychiatry", "seller", True, "en", "online-pharmacy-long",
  "Anesthetics & Psychiatry – Global Pharma Outlet | Trusted Online Pharmacy Since 2009",
  """<div class="topstrip">FREE shipping on orders over $300 · 24/7 live chat · 100% money-back guarantee</div>
<header><div class="logo">Global Pharma Outlet</div>
<form class="search"><input placeholder="Search 2,000+ medicines"><button>Search</button></form>
<div class="account"><a href="#">Login</a> · <a href="#">Register</a> · <a href="#">Cart (0)</a></div></header>
""" + menu("Home", "Bestsellers", "Pain Relief", "Anxiety", "Sleep Aids", "ADHD", "Anesthetics &amp; Psychiatry", "Weight Loss", "Men's Health", "Women's Health", "Blog") + """
<div class="breadcrumb">Home › Categories › Anesthetics &amp; Psychiatry</div>
<aside class="filters">
<h4>Filter by</h4>
<p>Form: Tablet (14) · Injection (6) · Powder (3) · Nasal spray (2)</p>
<p>Price: under $100 · $100–$300 · $300+</p>
<p>Brand / Generic</p>
</aside>
<main>
<h1>Anesthetics &amp; Psychiatry</h1>
<p>Buy anesthetics and psychiatric medicines online with confidence. All products are sourced from licensed manufacturers in India and Europe. No prescription required for most items – our online consultation is included free with every order.</p>
<div class="products">
<div class="card"><h3>Ketamine HCl Injection 50 mg/ml (10 ml)</h3><p>From $79.00 per vial</p><p>Min. order 5 vials</p><a href="#">View product</a></div>
<div class="card"><h3>Ketamine Powder 99.8% (crystal)</h3><p>10 g $290 · 25 g $620 · 100 g $1,900</p><a href="#">View product</a></div>
<div class="card"><h3>Esketamine Nasal Spray 28 mg</h3><p>From $210.00</p><a href="#">View product</a></div>
<div class="card"><h3>Alprazolam 2 mg (Xanax generic)</h3><p>90 pills $189</p><a href="#">View product</a></div>
<div class="card"><h3>Oxycodone 30 mg</h3><p>60 pills $420</p><a href="#">View product</a></div>
<div class="card"><h3>Adderall XR 30 mg</h3><p>60 caps $330</p><a href="#">View product</a></div>
<div class="card"><h3>Diazepam 10 mg</h3><p>100 pills $120</p><a href="#">View product</a></div>
<div class="card"><h3>Modafinil 200 mg</h3><p>100 pills $95</p><a href="#">View product</a></div>
</div>
<div class="pager">Page 1 of 3 · <a href="#">Next ›</a></div>
<section class="seo">
<h2>About anesthetic medicines</h2>
<p>Anesthetics are medicines that cause temporary loss of sensation or awareness. Ketamine is a dissociative anesthetic that has been used in hospitals since the 1970s. In recent years it has attracted attention for its rapid antidepressant effects, and esketamine, the S-isomer, is approved in many countries for treatment-resistant depression. Many patients find it difficult to access these treatments because of high clinic fees, long waiting lists and insurance refusals. Global Pharma Outlet makes these medicines available at affordable prices, delivered discreetly to your door.</p>
<p>Psychiatric medicines such as benzodiazepines and stimulants are also in high demand. We stock both brand and generic versions so you can choose the option that suits your budget.</p>
<h2>Why buy from us?</h2>
<ul>
<li>Over 180,000 satisfied customers worldwide</li>
<li>Discreet packaging – no names of medicines on the box</li>
<li>Express shipping to USA, UK, Canada, Australia and Europe (7–14 days)</li>
<li>Pay with Bitcoin and get 15% off, or use bank wire, Western Union or MoneyGram</li>
<li>Guaranteed reshipment if your package is seized</li>
</ul>
</section>
<section class="newsletter"><h3>Get exclusive coupons</h3><p>Subscribe and receive 10% off your first order.</p><input placeholder="Your email"><button>Subscribe</button></section>
</main>
""" + bottom("Customer service: support@global-pharma-outlet.example · WhatsApp +1 555 0102",
             "Information | Shipping &amp; Delivery | Refund Policy | Privacy Policy | Terms | FAQ | Affiliate Program",
             "Disclaimer: The information on this website is not intended as medical advice. Consult your doctor before taking any medicine.",
             "© 2009–2026 Global Pharma Outlet. All rights reserved."), noise="cookie")

p("h2210", "https://dierenmedicijn-online.example/ketamine-10-procent-10ml", "seller", True, "nl", "vet-shop",
  "Ketamine 10% injectie 10 ml – Dierenmedicijn Online",
  menu("Home", "Hond", "Kat", "Paard", "Verdoving", "Bestellen", "Contact") + """
<h1>Ketamine 10% oplossing voor injectie – 10 ml</h1>
<p>Diergeneesmiddel voor sedatie en anesthesie bij paard, hond en kat.</p>
<p><b>€ 34,95</b> per flacon · vanaf 5 flacons € 29,95</p>
<p>Geen dierenartsrecept nodig – u bestelt direct in onze webshop. Ook particulieren zijn welkom. Verzending in neutrale doos, binnen Nederland en België volgende werkdag, ook naar Duitsland en Frankrijk.</p>
<p>Betalen met iDEAL, Bancontact of Bitcoin.</p>
<button>In winkelwagen</button>""" + bottom("Dierenmedicijn Online · KvK 00000000 · Klantenservice 020 555 0188"), noise="cookie-nl")

p("h2211", "https://crystalk-store.example/reviews", "seller", True, "en", "reviews",
  "Customer Reviews – CrystalK Store",
  menu("Shop", "Reviews", "Shipping", "Contact") + """
<h1>What our customers say</h1>
<div class="review">★★★★★ <b>Jay, Ohio</b> – Third order and still perfect. Came stealth in a candle box, crystals were big and clean, tested with my reagent kit. Smooth trip, no weird body load.</div>
<div class="review">★★★★★ <b>M., Sydney</b> – Worried about customs to Australia but it arrived in 11 days. Paid with BTC, super easy. Will order the 10 g next time.</div>
<div class="review">★★★★☆ <b>anon</b> – Good product, just took longer than promised. Support on Telegram was quick to answer.</div>
<div class="review">★★★★★ <b>Lena, Berlin</b> – Best K I have had in years, way better than what my local guy sells.</div>
<p><a href="#">Leave a review</a> · Reviewers get 5% off their next order</p>
</div>""")

p("h2212", "https://cetamina-brasil-vendas.example/contato", "seller", True, "pt", "contact-whatsapp",
  "Contato – Cetamina Brasil",
  menu("Início", "Produtos", "Como comprar", "Contato") + """
<h1>Fale conosco</h1>
<p>Quer comprar cetamina (Ketamin 50 mg/ml, frasco 10 ml) ou escetamina? Atendimento rápido pelo WhatsApp e Telegram, de segunda a sábado.</p>
<p>📱 WhatsApp: +55 11 5555-0173<br>✈️ Telegram: @cetaminabr</p>
<p>Enviamos para todo o Brasil pelos Correios com embalagem discreta. Pagamento via Pix ou cripto. Não é necessário receita.</p>
<form><input placeholder="Nome"><input placeholder="WhatsApp"><textarea placeholder="Mensagem"></textarea><button>Enviar</button></form>""", noise="cookie-pt")

p("h2213", "https://buy-ketamine-online-shop.example/ketamine-hcl", "seller", True, "en", "padded-long",
  "Ketamine HCl – Everything You Need to Know",
  menu("Home", "Blog", "Products", "Contact") + """
<article>
<h1>Ketamine HCl – Everything You Need to Know</h1>
<p>Ketamine is a medication primarily used for starting and maintaining anesthesia. It induces a trance-like state while providing pain relief, sedation and memory loss. It was first synthesized in 1962 by Calvin Stevens and approved for use in the United States in 1970. It is on the World Health Organization's List of Essential Medicines.</p>
<h2>How does ketamine work?</h2>
<p>Ketamine is primarily an NMDA receptor antagonist. By blocking these receptors it interrupts the transmission of signals involved in pain and consciousness. At lower doses researchers have observed rapid antidepressant effects, thought to involve a surge in glutamate and the growth of new synaptic connections in the prefrontal cortex.</p>
<h2>Medical uses</h2>
<p>In medicine ketamine is used for anesthesia, especially in children and in emergencies, for pain control after surgery, for sedation in intensive care, and for treatment-resistant depression. Esketamine, the S-enantiomer, is available as a nasal spray.</p>
<h2>Side effects</h2>
<p>Common side effects include dissociation, raised blood pressure, nausea, dizziness and vivid dreams. Long-term heavy use can damage the bladder and the urinary tract. Ketamine should not be combined with alcohol or other sedatives.</p>
<h2>Forms of ketamine</h2>
<p>Ketamine is produced as a clear liquid for injection and as a white crystalline powder. The powder form is water-soluble and stable for long periods when stored dry.</p>
<h2>History</h2>
<p>Ketamine was used widely as a field anesthetic during the Vietnam War. Since then it has been used in human and veterinary medicine throughout the world.</p>
<h2>Ketamine and depression research</h2>
<p>Since the first small trials in the early 2000s, dozens of studies have looked at a single low-dose infusion for people whose depression did not respond to other treatments. Many participants reported improvement within 24 hours, although the effect often faded after one to two weeks. Researchers are now studying repeated dosing schedules, oral and sublingual forms, and combinations with psychotherapy.</p>
<h2>Storage</h2>
<p>Store in a cool, dry place away from light, in an airtight container. Keep out of reach of children and pets.</p>
<h2>Frequently asked questions</h2>
<p><b>Is ketamine an opioid?</b> No. Ketamine is a dissociative anesthetic and acts on different receptors than opioids.</p>
<p><b>How long does ketamine stay in the body?</b> Its half-life is about 2.5 to 3 hours, but metabolites can be detected for several days.</p>
<p><b>Can ketamine be used for pain?</b> Yes, low doses are used in hospitals for acute and some chronic pain.</p>
<p><b>Is ketamine the same as esketamine?</b> Esketamine is one of the two mirror-image forms that make up ketamine.</p>
<div class="product-box">
<p><b>Ketamine HCl crystal – lab tested 99.6%</b></p>
<p>5 g – $180 · 10 g – $320 · 50 g – $1,250</p>
<p>In stock · Ships in 24 h</p>
<button>Add to cart</button>
</div>
</article>
<section class="related"><h3>Related products</h3><p>Ketamine HCl liquid 10 ml · 2-FDCK · Esketamine powder · Reagent test kit</p></section>
<section class="newsletter"><h3>Restock alerts</h3><input placeholder="Email"><button>Notify me</button></section>""" + bottom("Shipping info · Refunds · Contact · Privacy", "© buy-ketamine-online-shop"))

# ================================================================== telehealth (8)

p("h2214", "https://mindbridge-care.example/pricing", "telehealth", False, "en", "telehealth-pricing-long",
  "Pricing & Plans | MindBridge Care – At-Home Ketamine Therapy",
  """<div class="announcement">New: HSA/FSA cards accepted for all plans</div>
<header><div class="logo">MindBridge Care</div>""" + menu("How it works", "Pricing", "Our clinicians", "Science", "States we serve", "FAQ", "Log in", "Get started") + """</header>
<main>
<h1>Simple, transparent pricing</h1>
<p>Every plan starts with a medical evaluation by a licensed clinician. If ketamine is not right for you, we refund your evaluation fee in full.</p>
<div class="plans">
<div class="plan"><h2>Starter</h2><p class="price">$249 one-time</p>
<ul><li>Comprehensive psychiatric evaluation (video, 45 min)</li><li>If prescribed: 6 sublingual ketamine tablets</li><li>Blood pressure cuff and treatment journal</li><li>2 integration coaching sessions</li></ul>
<button>Start evaluation</button></div>
<div class="plan featured"><h2>Monthly membership</h2><p class="price">$199 / month</p>
<ul><li>Monthly follow-up with your prescriber</li><li>Up to 8 tablets per month when clinically appropriate</li><li>Weekly group integration circle</li><li>Secure messaging with the care team</li></ul>
<button>Start evaluation</button></div>
<div class="plan"><h2>Quarterly</h2><p class="price">$549 / 3 months</p>
<ul><li>Everything in Monthly</li><li>Save 8%</li></ul>
<button>Start evaluation</button></div>
</div>
<section>
<h2>What is not included</h2>
<p>Medication is filled by a licensed 503A compounding pharmacy partner and shipped to your home in your name. Shipping is included. Lab work, if your clinician orders it, is billed by the lab.</p>
<h2>Who can't be treated</h2>
<p>We do not prescribe ketamine to people with uncontrolled high blood pressure, a history of psychosis, active substance use disorder, or who are pregnant. You must name a sober support person who is present during your first sessions.</p>
<h2>Frequently asked</h2>
<p><b>Can I cancel?</b> Yes, at any time from your account. <b>Do you take insurance?</b> We provide a superbill you can submit for out-of-network reimbursement. <b>Who prescribes?</b> Board-certified psychiatrists and psychiatric nurse practitioners licensed in your state – see <a href="#">Our clinicians</a>.</p>
</section>
<section class="newsletter"><h3>The MindBridge letter</h3><p>Research updates and integration tips, once a month.</p><input placeholder="Email"><button>Sign up</button></section>
</main>
""" + bottom("MindBridge Care, PC · Medical services are provided by independent licensed clinicians",
             "If you are in crisis, call or text 988 (US). MindBridge is not an emergency service.",
             "Privacy · Terms · Notice of Privacy Practices · Careers · Press",
             "© 2026 MindBridge Care"), noise="cookie")

p("h2215", "https://calmpath-health.example/how-it-works", "telehealth", False, "en", "how-it-works",
  "How it works – CalmPath Health",
  menu("How it works", "Pricing", "FAQ", "Sign in") + """
<h1>How at-home ketamine treatment works</h1>
<ol>
<li><b>Online assessment (10 minutes).</b> Answer questions about your mood history, medications and health. This is a screening step only – it does not lead to a prescription by itself.</li>
<li><b>Video appointment.</b> Meet a psychiatric nurse practitioner licensed in your state. They review your history, may ask for recent blood pressure readings and records from your doctor, and decide whether ketamine is appropriate.</li>
<li><b>Prescription and delivery.</b> If prescribed, your ketamine lozenges are dispensed by a partner pharmacy and delivered to your home. Signature on delivery required.</li>
<li><b>Guided sessions.</b> Use our app for your first session with a monitor present. Report your blood pressure and side effects after each dose.</li>
<li><b>Follow-up.</b> Your clinician checks in after session 2 and session 6 to adjust or stop treatment.</li>
</ol>
<p>Treatment is available to adults 18+ in 21 states.</p>""")

p("h2216", "https://homeward-ketamine.example/locations", "telehealth", False, "en", "state-list",
  "Where we practice – Homeward",
  menu("Home", "Treatment", "Where we practice", "Pricing", "Log in") + """
<h1>Where we practice</h1>
<p>Our clinicians are licensed in the following states. You must be physically located in one of these states during every appointment.</p>
<ul class="columns">
<li>Arizona</li><li>California</li><li>Colorado</li><li>Connecticut</li><li>Florida</li><li>Georgia</li><li>Illinois</li><li>Maryland</li><li>Massachusetts</li><li>Michigan</li><li>Minnesota</li><li>New Jersey</li><li>New York</li><li>North Carolina</li><li>Oregon</li><li>Pennsylvania</li><li>Texas</li><li>Virginia</li><li>Washington</li>
</ul>
<p>Not in a listed state? <a href="#">Join the waitlist</a> and we'll email you when we add a prescriber in your area.</p>""" + bottom("Homeward Health Medical Group · © 2026"))

p("h2217", "https://evenkeel-telepsych.example/our-team", "telehealth", False, "en", "team",
  "Our clinical team – Even Keel Telepsychiatry",
  menu("Home", "At-home ketamine", "Our team", "Pricing", "Contact") + """
<h1>Meet the clinicians</h1>
<div class="person"><h3>Dana Whitlock, MD</h3><p>Medical Director. Board-certified in psychiatry, 14 years of practice in mood disorders. Licensed in CA, OR, WA and NV.</p></div>
<div class="person"><h3>Marcus Oyelaran, PMHNP-BC</h3><p>Psychiatric nurse practitioner focusing on treatment-resistant depression and PTSD. Licensed in TX, FL and GA.</p></div>
<div class="person"><h3>Priya Sethuraman, DO</h3><p>Addiction medicine and psychiatry. Leads our screening protocol for substance use before any ketamine prescription. Licensed in NY, NJ, PA.</p></div>
<div class="person"><h3>Ellen Marsh, LCSW</h3><p>Integration therapist; runs our weekly preparation and integration groups.</p></div>
<p>All prescribers hold DEA registrations in the states where they treat patients.</p>""")

p("h2218", "https://lumenmind.example/checkout", "telehealth", False, "en", "telehealth-checkout",
  "Checkout – LumenMind",
  """<div class="checkout">
<h2>Your plan</h2>
<p>Initial psychiatric evaluation + first month of care ........ $279.00<br>
Promo code WELCOME25 ........ −$25.00<br>
<b>Due today: $254.00</b></p>
<p>Then $189/month, starting only if your clinician prescribes treatment. Cancel any time.</p>
<h2>Payment</h2>
<p>Card number · Expiry · CVC · ZIP</p>
<p>We accept Visa, Mastercard, Amex and HSA/FSA cards.</p>
<label><input type="checkbox"> I understand that ketamine is prescribed only after a video evaluation with a licensed provider, and that not every patient is eligible.</label>
<button>Pay and book my evaluation</button>
</div>""")

p("h2219", "https://tuketaminaencasa.example/es/como-funciona", "telehealth", False, "es", "telehealth-es",
  "Cómo funciona – Tratamiento con ketamina en casa",
  menu("Inicio", "Cómo funciona", "Precios", "Preguntas", "English") + """
<h1>Tratamiento con ketamina desde casa, con supervisión médica</h1>
<p>Atendemos a pacientes hispanohablantes en Texas, Florida, California y Nueva York.</p>
<ol>
<li>Complete un cuestionario de salud en línea.</li>
<li>Tenga una consulta por video con un psiquiatra con licencia en su estado. Él o ella decide si la ketamina es adecuada para usted.</li>
<li>Si se la recetan, una farmacia autorizada le envía las tabletas sublinguales a su domicilio.</li>
<li>Haga sus sesiones con una persona de apoyo presente y registre su presión arterial en la aplicación.</li>
</ol>
<p>Precio: evaluación $199; plan mensual $169. Aceptamos tarjetas HSA/FSA.</p>""" + bottom("Servicios médicos prestados por profesionales con licencia · © 2026"), noise="cookie-es")

p("h2220", "https://quietriver-health.example/faq", "telehealth", False, "en", "telehealth-faq",
  "FAQ – Quiet River Health",
  menu("Home", "Treatment", "FAQ", "Get started") + """
<h1>Frequently asked questions</h1>
<h3>Is at-home ketamine safe?</h3>
<p>When prescribed after a careful evaluation and taken as directed, lozenges at our doses have a good safety record. Your clinician will not prescribe if you have certain heart, blood-pressure or psychiatric conditions.</p>
<h3>Do I need someone with me?</h3>
<p>Yes. A trusted adult must be present in the home for every session, and you must not drive for the rest of the day.</p>
<h3>Can you ship to a P.O. box or to another person?</h3>
<p>No. Medication is shipped only to the patient's home address in a state where your prescriber is licensed, and requires an adult signature.</p>
<h3>How many lozenges will I get?</h3>
<p>Usually 4–8 per month; your prescriber decides, and refills require a follow-up visit.</p>
<h3>Can I get Spravato through you?</h3>
<p>No. Spravato must be given in a certified healthcare setting. We can refer you to a REMS-certified center near you.</p>""")

p("h2221", "https://search-results.example/snippet?q=at+home+ketamine", "telehealth", False, "en", "snippet",
  "At-home ketamine therapy from $129/mo – Northlight",
  """<p>Northlight — Prescribed at-home ketamine therapy. Meet a licensed clinician by video within 3 days; if appropriate, medication delivered to your door. From $129/mo. Available in 26 states.</p>""", ext="txt")

# ================================================================== clinics (10)

p("h2222", "https://riverbend-behavioral.example/services/spravato", "clinic", False, "en", "spravato-center-long",
  "Spravato® (esketamine) Treatment | Riverbend Behavioral Health",
  """<div class="utility">📍 3 locations · ☎ (555) 014-2290 · Patient portal · Pay my bill</div>
<header><div class="logo">Riverbend Behavioral Health</div>""" + menu("About", "Services", "Spravato", "TMS", "Medication Management", "Therapy", "Insurance", "Locations", "Contact") + """</header>
<main>
<h1>Spravato® (esketamine) nasal spray</h1>
<p>Riverbend Behavioral Health is a certified Spravato REMS treatment center. Spravato is an FDA-approved nasal spray for adults with treatment-resistant depression and for depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behavior, taken together with an oral antidepressant.</p>
<h2>What a treatment day looks like</h2>
<p>You arrive about 15 minutes early and have your blood pressure checked. You self-administer the spray under the direct observation of one of our nurses. Afterwards you rest in a private, quiet room for at least two hours while our staff monitor you. Many patients listen to music or simply relax. You cannot drive until the next day after a restful sleep, so you need to arrange a ride home.</p>
<h2>How often?</h2>
<p>Induction phase: twice weekly for four weeks. Maintenance: weekly for four weeks, then weekly or every two weeks depending on your response.</p>
<h2>Is Spravato covered by insurance?</h2>
<p>Most commercial plans and Medicare cover Spravato after a prior authorization. Our benefits team handles the authorization for you and checks whether you qualify for the manufacturer's savings program. Spravato is never dispensed to take home – every dose is given at our office.</p>
<h2>Is it right for me?</h2>
<p>If you have tried at least two antidepressants without enough relief, talk to your psychiatrist or request a consultation with our team. Spravato is not suitable for people with certain blood vessel diseases, a history of brain bleeding, or who are pregnant.</p>
<a class="cta" href="#">Request a consultation</a>
<section class="locations"><h3>Our locations</h3><p>Riverbend – Main Street Office · Riverbend – Northgate · Riverbend – Lakeside (Spravato and TMS at all three)</p></section>
<section class="related"><h3>Related services</h3><p><a href="#">TMS therapy</a> · <a href="#">Medication management</a> · <a href="#">Intensive outpatient program</a></p></section>
</main>
""" + bottom("Riverbend Behavioral Health · Hours Mon–Fri 8am–6pm",
             "If you are experiencing a mental health crisis, call 988 or go to your nearest emergency room.",
             "Non-discrimination notice · Privacy · Accessibility · © 2026"), noise="cookie")

p("h2223", "https://clearwaterinfusion.example/pricing", "clinic", False, "en", "clinic-pricing-giftcard",
  "Pricing – Clearwater Infusion Center",
  menu("Home", "Treatments", "Pricing", "Gift cards", "Book") + """
<h1>Treatment pricing</h1>
<table>
<tr><td>Free phone consultation</td><td>$0</td></tr>
<tr><td>Medical intake with our anesthesiologist</td><td>$150</td></tr>
<tr><td>Single IV ketamine infusion (mood, 40 min)</td><td>$475</td></tr>
<tr><td>Series of 6 infusions (pay up front)</td><td>$2,550</td></tr>
<tr><td>Booster infusion</td><td>$425</td></tr>
<tr><td>Pain protocol infusion (4 h)</td><td>$850</td></tr>
</table>
<p>All infusions are given in our office with continuous monitoring by a registered nurse. Financing through CareCredit and similar lenders is available.</p>
<h2>Give the gift of wellness</h2>
<p>Clearwater gift cards can be used toward consultations, infusions and our IV hydration menu. Available in $50, $100 and $250. <button>Buy a gift card</button></p>
<p class="small">Gift cards cannot be used to bypass medical screening; every patient must complete an intake.</p>""" + bottom("Clearwater Infusion Center · (555) 013-8841"))

p("h2224", "https://opensky-kap.example/about", "clinic", False, "en", "kap-practice",
  "About – Open Sky Ketamine-Assisted Psychotherapy",
  menu("About", "Approach", "Fees", "Contact") + """
<h1>About our practice</h1>
<p>Open Sky is a small group practice of psychotherapists and a consulting psychiatrist offering ketamine-assisted psychotherapy (KAP) for depression, trauma and end-of-life distress.</p>
<p>After two preparation sessions with your therapist, you meet our psychiatrist for a medical screening. Dosing sessions take place in our office: you take a prescribed lozenge or receive an intramuscular injection from our nurse, and your therapist stays with you for the full two to three hours. Integration sessions follow within a few days.</p>
<p>We are out-of-network with all insurers; a preparation session is $180 and a dosing session with therapist is $600.</p>""")

p("h2225", "https://klinikum-am-see.example/psychiatrie/esketamin-ambulanz", "clinic", False, "de", "hospital-de",
  "Esketamin-Ambulanz – Klinik für Psychiatrie und Psychotherapie",
  menu("Klinikum", "Fachbereiche", "Psychiatrie", "Patienten &amp; Besucher", "Karriere", "Kontakt") + """
<h1>Esketamin-Ambulanz</h1>
<p>In unserer Spezialambulanz behandeln wir Erwachsene mit therapieresistenter Depression mit Esketamin-Nasenspray (Spravato®). Die Anwendung erfolgt stets in unseren Räumen unter ärztlicher Aufsicht; anschließend bleiben Sie mindestens zwei Stunden zur Beobachtung.</p>
<p>Voraussetzung ist eine Überweisung durch Ihre niedergelassene Psychiaterin bzw. Ihren Psychiater sowie mindestens zwei erfolglose Behandlungsversuche mit Antidepressiva. Die Kosten werden von den gesetzlichen Krankenkassen übernommen.</p>
<p>Terminvereinbarung: Mo–Fr 8–12 Uhr unter 0555 123 4470.</p>
<p>Zusätzlich bieten wir im Rahmen von Studien intravenöse Ketamin-Infusionen an.</p>""" + bottom("Klinikum am See · Impressum · Datenschutz · Barrierefreiheit"), noise="cookie-de")

p("h2226", "https://ch-valdelys.example/psychiatrie/ketamine", "clinic", False, "fr", "hospital-fr",
  "Traitement par kétamine – Centre hospitalier du Val de Lys",
  menu("Accueil", "Nos services", "Psychiatrie adulte", "Prendre rendez-vous", "Nous contacter") + """
<h1>Unité de traitement des dépressions résistantes</h1>
<p>Le service de psychiatrie adulte propose des perfusions de kétamine à faible dose et l'eskétamine en spray nasal (Spravato) pour les patients souffrant de dépression résistante.</p>
<p>Les séances ont lieu en hôpital de jour, sous surveillance infirmière et médicale. Un bilan préalable (consultation psychiatrique, ECG, bilan sanguin) est obligatoire.</p>
<p>Adressage par votre psychiatre ou votre médecin traitant. Secrétariat : 05 55 01 23 45.</p>""" + bottom("Centre hospitalier du Val de Lys · Mentions légales"), noise="cookie-fr")

p("h2227", "https://ggz-rivierenland.example/behandelingen/esketamine", "clinic", False, "nl", "clinic-nl",
  "Esketamine-behandeling – GGZ Rivierenland",
  menu("Home", "Behandelingen", "Locaties", "Voor verwijzers", "Werken bij") + """
<h1>Behandeling met esketamine neusspray</h1>
<p>Heeft u een depressie waarbij eerdere behandelingen onvoldoende hielpen? Dan kan behandeling met esketamine (Spravato) een mogelijkheid zijn. U gebruikt de neusspray op onze polikliniek onder toezicht van een verpleegkundige en blijft daarna minimaal twee uur ter observatie.</p>
<p>U heeft een verwijzing nodig van uw huisarts of behandelaar. De behandeling wordt vergoed vanuit de basisverzekering; wel geldt uw eigen risico.</p>
<p>Meer informatie? Bel ons secretariaat: 0555 – 330 120.</p>""" + bottom("GGZ Rivierenland · Privacyverklaring · Klachtenregeling"), noise="cookie-nl")

p("h2228", "https://clinicaketaminamadrid.example/precios", "clinic", False, "es", "clinic-pricing-es",
  "Precios – Clínica de Ketamina Madrid",
  menu("Inicio", "Tratamientos", "Equipo", "Precios", "Pide cita") + """
<h1>Precios de tratamiento</h1>
<ul>
<li>Primera consulta con psiquiatra: 150 €</li>
<li>Sesión de infusión de ketamina intravenosa (incluye monitorización y sala de recuperación): 390 €</li>
<li>Bono de 6 sesiones: 2.100 €</li>
<li>Sesión de seguimiento/mantenimiento: 350 €</li>
</ul>
<p>Todas las infusiones se realizan en nuestra clínica bajo supervisión de un anestesiólogo. Debe venir acompañado y no podrá conducir el día del tratamiento.</p>
<p>Aceptamos tarjeta, transferencia y financiación sin intereses hasta 12 meses.</p>""" + bottom("Clínica de Ketamina Madrid · Centro sanitario autorizado · Aviso legal"), noise="cookie-es")

p("h2229", "https://institutohumor-sp.example/escetamina", "clinic", False, "pt", "spravato-pt",
  "Escetamina (Spravato) – Instituto do Humor",
  menu("Início", "Tratamentos", "Equipe", "Convênios", "Agendar") + """
<h1>Tratamento com escetamina</h1>
<p>O Instituto do Humor aplica escetamina spray nasal (Spravato®) para depressão resistente. A aplicação é feita em nossa clínica, com monitoramento de pressão arterial e permanência de duas horas em sala de observação.</p>
<p>É necessária avaliação prévia com um de nossos psiquiatras. Trabalhamos com alguns convênios e oferecemos pacotes de indução (8 aplicações).</p>
<p>Agende pelo telefone (11) 5555-0190.</p>""" + bottom("Instituto do Humor · Responsável técnico: CRM-SP 000000"), noise="cookie-pt")

p("h2230", "https://renewalketamine.example/membership", "clinic", False, "en", "clinic-membership",
  "Maintenance Membership – Renewal Ketamine Centers",
  menu("Home", "Locations", "Treatments", "Membership", "Book now") + """
<h1>Renewal Maintenance Membership</h1>
<p>Finished your initial infusion series? Stay well with a membership that makes booster infusions predictable and affordable.</p>
<ul>
<li><b>Essential – $349/month:</b> one booster infusion per month at any Renewal location, plus a quarterly check-in with our medical director.</li>
<li><b>Plus – $629/month:</b> two booster infusions per month, one integration therapy session.</li>
</ul>
<p>Memberships are billed monthly and can be paused. Every visit still includes vitals, nurse monitoring and a recovery period before you go home with your driver.</p>
<button>Join now</button>""" + bottom("Renewal Ketamine Centers – 7 locations in Ohio and Indiana"), noise="cookie")

p("h2231", "https://novamind-infusions.example/locations", "clinic", False, "en", "navigation-locations",
  "Locations | NovaMind Infusions",
  menu("Home", "Ketamine Infusions", "Spravato", "Conditions", "Locations", "Pricing", "Refer a patient", "Book a consult") + """
<h1>Find a NovaMind clinic</h1>
<ul>
<li>Denver – Cherry Creek · (555) 016-0001 · <a href="#">Directions</a></li>
<li>Boulder · (555) 016-0002 · <a href="#">Directions</a></li>
<li>Colorado Springs · (555) 016-0003 · <a href="#">Directions</a></li>
<li>Fort Collins (opening spring) · <a href="#">Join waitlist</a></li>
</ul>
""" + bottom("Ketamine Infusions · Spravato · Anxiety · PTSD · Chronic Pain", "Careers · Blog · Privacy", "© NovaMind Infusions"))

# ================================================================== informational (9)

p("h2232", "https://thecountyledger.example/news/2026/11/ketamine-bust-apartment", "informational", False, "en", "news-arrest",
  "Police seize ketamine, cash in apartment raid | The County Ledger",
  menu("News", "Crime", "Politics", "Business", "Sports", "Opinion", "Obituaries", "Subscribe") + """
<article>
<h1>Police seize ketamine, cash in apartment raid</h1>
<p class="byline">By Staff Reporter · Nov. 18, 2026</p>
<p>Two men were arrested Tuesday after detectives found about 1.2 kilograms of ketamine, digital scales and $38,000 in cash in an apartment on Oak Street, police said.</p>
<p>According to the criminal complaint, the men advertised "K" on a messaging app and sold it for $40 a gram or $900 an ounce, taking payment through peer-to-peer apps and cryptocurrency. Investigators said some of the drug was shipped to buyers in other states in vacuum-sealed bags hidden inside shoe boxes.</p>
<p>"People think ketamine is a safe party drug because it's used in hospitals," the police chief said. "What's sold on the street is not a medicine, and nobody knows what's in it."</p>
<p>Both men face charges of possession with intent to distribute a Schedule III controlled substance. Their attorneys could not be reached.</p>
<p>Court records show one of the men had a prior conviction for selling prescription pills. A detention hearing is scheduled for next week.</p>
<p>Health officials say emergency-room visits linked to recreational ketamine have risen in the region over the past two years, mostly among people in their twenties. Doctors stress that ketamine given for depression at licensed clinics is a very different situation: patients are screened, doses are small and measured, and staff monitor them throughout.</p>
<p>Anyone with information about drug sales in the neighborhood is asked to call the department's tip line at 555-0123. Tips can be anonymous.</p>
<div class="share">Share: Facebook · X · Email · Print</div>
<div class="comments-closed">Comments are closed for this article.</div>
</article>
<aside class="related"><h3>Related coverage</h3><p><a href="#">Judge denies bail in fentanyl case</a> · <a href="#">New infusion clinic opens downtown</a> · <a href="#">County launches drug-checking pilot at festivals</a></p></aside>
<aside class="related"><h3>Most read</h3><p>School board delays vote · Bridge repairs to start Monday · High school football scores · Weekend weather: first snow? · Restaurant inspections for November</p></aside>
<section class="newsletter"><h3>Get the Morning Ledger</h3><p>Local headlines in your inbox every weekday at 6 a.m.</p><input placeholder="Email address"><button>Sign up</button></section>
<div class="paywall-note">You have 3 free articles left this month. <a href="#">Subscribe for $1 a week</a>.</div>""" + bottom("© 2026 The County Ledger · Terms · Privacy · Contact the newsroom"), noise="cookie")

p("h2233", "https://courtwatch-journal.example/2026/sentencing-online-pharmacy-operator", "informational", False, "en", "court",
  "Operator of 'online pharmacy' sentenced for shipping ketamine without prescriptions",
  """<article>
<h1>Operator of 'online pharmacy' sentenced for shipping ketamine without prescriptions</h1>
<p>A federal judge sentenced the operator of a website that posed as a licensed pharmacy to 87 months in prison on Thursday. Prosecutors said the site sold ketamine vials and powder, alprazolam and oxycodone to customers in 30 states who filled out a brief online questionnaire, with no doctor ever reviewing the answers.</p>
<p>Customers paid in bitcoin or with gift cards, and parcels were labelled as cosmetics. The defendant pleaded guilty in June to conspiracy to distribute controlled substances and money laundering. The court also ordered forfeiture of $1.4 million in cryptocurrency.</p>
</article>""")

p("h2234", "https://saferparty-guide.example/substances/ketamine", "informational", False, "en", "harm-reduction",
  "Ketamine – harm reduction guide",
  menu("Substances", "Combinations", "Drug checking", "Get help") + """
<h1>Ketamine</h1>
<p>Ketamine is a dissociative anaesthetic. Street ketamine is sold as powder or crystals ("K", "ket", "special K"). Purity varies and it is sometimes mixed with or replaced by other dissociatives.</p>
<h2>Reducing risks</h2>
<ul>
<li>Test your substances – use a reagent kit or a drug-checking service.</li>
<li>Start low and wait; effects of a bump appear within minutes.</li>
<li>Don't mix with alcohol, GHB/GBL, opioids or benzodiazepines – risk of vomiting and choking while unconscious.</li>
<li>Use in a safe place with someone sober; don't swim or take a bath.</li>
<li>Frequent use damages the bladder ("K-cramps", pain when urinating). See a doctor early.</li>
</ul>
<p>If you want to stop or cut down, <a href="#">find support here</a>. Emergency: call 911.</p>""")

p("h2235", "https://pinecrest-recovery.example/ketamine-addiction-treatment", "informational", False, "en", "rehab",
  "Ketamine Addiction Treatment | Pinecrest Recovery Center",
  menu("Programs", "Detox", "Residential", "Outpatient", "Insurance", "Admissions 24/7") + """
<h1>Ketamine addiction treatment</h1>
<p>Although ketamine is used legally in hospitals and in supervised depression clinics, it is also misused recreationally, and regular use can lead to tolerance, cravings and serious bladder damage.</p>
<p>At Pinecrest we offer medically monitored detox, a 30- to 60-day residential program and intensive outpatient care for people who misuse ketamine alone or with other substances. Our team includes addiction medicine physicians, therapists and a urologist consultant.</p>
<p>Most insurance plans accepted. Call our admissions line at (555) 012-7700 – confidential, 24/7.</p>""" + bottom("Pinecrest Recovery Center · Joint-Commission accredited"), noise="cookie")

p("h2236", "https://agencia-medicamentos.example/alertas/2026-14", "informational", False, "es", "government-alert",
  "Alerta: venta ilegal de esketamina y ketamina en páginas web",
  menu("Inicio", "Medicamentos de uso humano", "Alertas", "Prensa", "Sede electrónica") + """
<h1>Alerta 14/2026: venta ilegal de esketamina y ketamina a través de internet</h1>
<p>La Agencia informa de que ha detectado varios sitios web y perfiles en redes sociales que ofrecen esketamina en espray nasal y ketamina inyectable o en polvo sin receta médica, con envío a domicilio y pago mediante criptomonedas.</p>
<p>La esketamina solo puede administrarse en centros sanitarios bajo supervisión. Ningún medicamento que contenga ketamina puede venderse a distancia al público. Los productos ofrecidos en estas páginas pueden ser falsificados o estar contaminados.</p>
<p>Se recomienda a los ciudadanos no adquirir medicamentos en sitios no autorizados y comunicar cualquier oferta sospechosa a través del formulario de denuncia.</p>""" + bottom("Agencia de Medicamentos · Aviso legal · Accesibilidad"), noise="cookie-es")

p("h2237", "https://wissenslexikon.example/wiki/Ketamin", "informational", False, "de", "encyclopedia",
  "Ketamin – Wissenslexikon",
  """<div class="wiki">
<h1>Ketamin</h1>
<p><b>Ketamin</b> ist ein Arzneistoff aus der Gruppe der Injektionsanästhetika, der in der Human- und Tiermedizin zur Narkoseeinleitung und Schmerzbehandlung eingesetzt wird. Es wirkt vor allem als NMDA-Rezeptor-Antagonist. Das Enantiomer <b>Esketamin</b> ist in Deutschland als Injektionslösung und seit 2019 als Nasenspray zur Behandlung therapieresistenter Depressionen zugelassen.</p>
<h2>Missbrauch</h2>
<p>Wegen seiner dissoziativen Wirkung wird Ketamin auch als Freizeitdroge konsumiert, meist als Pulver geschnupft. In Deutschland unterliegt Ketamin dem Arzneimittelgesetz; die Abgabe ist verschreibungspflichtig.</p>
<h2>Siehe auch</h2>
<p>Phencyclidin · Dissoziativa · Narkose</p>
</div>""")

p("h2238", "https://forum-sante-mentale.example/t/prix-ketamine-clinique", "informational", False, "fr", "forum",
  "Prix d'une cure de kétamine ? – Forum Santé Mentale",
  """<div class="thread">
<h1>Prix d'une cure de kétamine ?</h1>
<div class="post"><b>Lucie_76</b> : Bonjour, mon psychiatre me parle de kétamine pour ma dépression résistante. Quelqu'un sait combien ça coûte ?</div>
<div class="post"><b>Bertrand</b> : À l'hôpital chez moi c'était pris en charge, 6 perfusions en hôpital de jour. En clinique privée en Belgique on m'a annoncé environ 300 € la séance.</div>
<div class="post"><b>NuitBlanche</b> : Attention aux sites qui vendent de la "kétamine pour la dépression" sans ordonnance avec paiement en bitcoin, c'est une arnaque ou pire. Passe par ton psy.</div>
<div class="post"><b>Lucie_76</b> : Merci à vous deux, je vais demander une orientation vers le CHU.</div>
</div>""", noise="cookie-fr")

p("h2239", "https://apotheek-de-linde.example/bereidingen/esketamine", "informational", False, "nl", "pharmacy",
  "Bereidingen: ketamine – Apotheek De Linde",
  menu("Home", "Over ons", "Bereidingen", "Voor voorschrijvers", "Contact") + """
<h1>Ketamine-bereidingen op recept</h1>
<p>Apotheek De Linde is een bereidingsapotheek met een vergunning van de inspectie. Op voorschrift van een arts maken wij onder meer ketamine-neusspray en ketamine-zuigtabletten voor pijnbestrijding en psychiatrie.</p>
<p>Wij leveren uitsluitend op geldig recept en alleen aan de patiënt of aan de zorginstelling. Wij verkopen geen ketamine zonder recept en verzenden niet naar het buitenland.</p>
<p>Voorschrijvers kunnen contact opnemen via 0555 – 440 210.</p>""" + bottom("Apotheek De Linde · AGB-code 00000000"), noise="cookie-nl")

p("h2240", "https://guia-consumidor-saude.example/farmacias-falsas-cetamina", "informational", False, "pt", "consumer-guide",
  "Como reconhecer sites falsos que vendem cetamina",
  menu("Início", "Saúde", "Direitos do consumidor", "Golpes") + """
<article>
<h1>Como reconhecer sites falsos que vendem cetamina e escetamina</h1>
<p>Com a popularização dos tratamentos para depressão, multiplicaram-se anúncios de "cetamina sem receita". Veja os sinais de alerta:</p>
<ul>
<li>Não pedem receita ou se contentam com um questionário;</li>
<li>Vendem o produto em pó, em frascos ou "por grama";</li>
<li>Aceitam apenas Pix para pessoa física, cripto ou pedem contato por WhatsApp;</li>
<li>Prometem "envio discreto" para todo o país;</li>
<li>Oferecem o spray de escetamina para uso em casa – no Brasil ele só é aplicado em clínica.</li>
</ul>
<p>Na dúvida, consulte a lista de farmácias autorizadas e denuncie à vigilância sanitária.</p>
</article>""", noise="cookie-pt")

save(OUT, R)
print(len(R), "pages")
