# Batch 26 of the hand-written dev set: 40 pages written 2026-12-07 by an independent author
# (author: independent) who did not read the scorer, its rules, vocabulary, extractor, the eval sets
# or any measurement; committed before the scorer was run on it.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 22 English and 18 in es (4), de (3),
# fr (3), nl (3), pt (3), it (2).
# Theme: "the real web is messier than tidy fixtures". Shapes: seller product page that is almost
# only shop structure (SKU, quantity, add to cart, stars, in stock); seller payment-methods page with
# hardly a drug word; checkout step 2 of 3 with a Ketalar cart line and stealth shipping; a seller page
# that is ~85% "what is ketamine / history / pharmacology" padding with one price table; a category
# page that is nearly all navigation; a truncated page holding only a product grid and a footer;
# a one-paragraph Telegram "keta / special K" order note; sellers in Spanish (product, shipping FAQ),
# German (Ketanest ampoules), French (payment by prepaid coupons), Dutch (keta webshop with iDEAL),
# Portuguese (WhatsApp and Pix) and Italian (PostePay). Telehealth pricing page buried in nav and a
# cookie banner, membership checkout, "how your prescribed medication ships", an app-style landing
# page that mentions the clinician only in the small print, a search snippet, German, Spanish,
# Portuguese and Dutch provider pages. Clinics: price list with packages and gift cards, French
# university-hospital unit, Italian clinic booking on WhatsApp, an international clinic with WhatsApp
# booking, Spravato REMS centre page with co-pay help, a KAP intensive package, Spanish price list
# with "bono regalo", Portuguese clinic. Informational: news article quoting street prices, court
# report on a darknet vendor, harm-reduction page ("if you buy K"), forum thread about an online
# vendor (plain text), licensed compounding pharmacy, review/ranking site with "buy"-like buttons,
# German, French and Dutch news/prevention pages with prices.
# Run: python3 batch26.py (writes batch26/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch26")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))


# ---------------------------------------------------------------- h2601 seller, bare product page
p("h2601", "https://kristalhouse.example/product/kh-crystal-shards-5g/", "seller", True, "en",
  "bare-product-structure",
  "KH Crystal Shards 5g – KristalHouse",
  """<header class="site-header"><a class="logo" href="/">KristalHouse</a>
<nav><a href="/shop/">Shop</a> <a href="/shop/dissociatives/">Dissociatives</a> <a href="/shop/stimulants/">Stimulants</a> <a href="/shop/benzos/">Benzos</a> <a href="/track/">Track order</a> <a href="/cart/">Cart (0)</a></nav></header>
<main class="product">
<div class="breadcrumbs"><a href="/">Home</a> / <a href="/shop/dissociatives/">Dissociatives</a> / KH Crystal Shards 5g</div>
<div class="gallery"><img src="/wp-content/uploads/kh-shards-5g.jpg" alt="kh shards 5g"></div>
<div class="summary">
<h1 class="product_title">KH Crystal Shards 5g</h1>
<div class="star-rating" title="Rated 4.81 out of 5">★★★★★ <span>(212 customer reviews)</span></div>
<p class="price"><del>$260.00</del> <ins>$215.00</ins></p>
<p class="stock in-stock">In stock</p>
<form class="cart" method="post">
<label for="pa_weight">Weight</label>
<select id="pa_weight" name="attribute_pa_weight"><option>5g</option><option>10g</option><option>28g</option><option>100g</option></select>
<div class="quantity"><input type="number" name="quantity" value="1" min="1" step="1"></div>
<button type="submit" name="add-to-cart" value="4471" class="single_add_to_cart_button">Add to cart</button>
</form>
<div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">KH-HCL-05</span></span>
<span class="posted_in">Category: <a href="/shop/dissociatives/">Dissociatives</a></span>
<span class="tagged_as">Tags: <a href="/tag/k/">k</a>, <a href="/tag/ket/">ket</a>, <a href="/tag/shards/">shards</a></span></div>
</div>
<div class="woocommerce-tabs">
<ul class="tabs"><li>Description</li><li>Additional information</li><li>Reviews (212)</li></ul>
<div class="panel"><p>Clear needle shards, 99% purity. Vacuum sealed, smell proof.</p></div>
<div class="panel"><table><tr><th>Weight</th><td>5g, 10g, 28g, 100g</td></tr></table></div>
<div class="panel reviews">
<p>★★★★★ <b>jayk</b> – arrived in 4 days to Ohio, packaging was perfect</p>
<p>★★★★☆ <b>m0lly_m</b> – good shards, a bit slow on the reship but support answered on wickr</p>
</div></div>
<section class="related"><h2>Related products</h2>
<a href="/product/kh-powder-10g/">KH Powder 10g – $330.00</a> <a href="/product/mxe-5g/">MXE 5g – $180.00</a> <a href="/product/2f-dck-5g/">2F-DCK 5g – $140.00</a></section>
</main>
<footer>© 2026 KristalHouse · Ships worldwide in discreet packaging · We accept BTC / XMR</footer>""")

# ---------------------------------------------------------------- h2602 telehealth pricing, heavy chrome
p("h2602", "https://www.calmharbor.example/pricing", "telehealth", False, "en",
  "pricing-page-heavy-nav",
  "Pricing & Plans | CalmHarbor",
  """<header>
<nav class="main-nav"><a href="/">CalmHarbor</a>
<ul><li><a href="/how-it-works">How it works</a></li><li><a href="/conditions/depression">Depression</a></li><li><a href="/conditions/anxiety">Anxiety</a></li><li><a href="/conditions/ptsd">PTSD</a></li><li><a href="/pricing">Pricing</a></li><li><a href="/science">Science</a></li><li><a href="/stories">Stories</a></li><li><a href="/faq">FAQ</a></li></ul>
<a class="btn" href="/login">Log in</a> <a class="btn primary" href="/get-started">Take the assessment</a></nav>
</header>
<div class="promo-bar">New patients: first month $50 off with code HARBOR50 · Available in 31 states</div>
<main>
<h1>Simple, transparent pricing</h1>
<p class="lead">One monthly price covers your care team, your medication and the integration tools in the app. No surprise bills.</p>
<div class="plans">
<div class="plan"><h2>Starter</h2><p class="amount">$279 <small>first month</small></p>
<ul><li>Initial psychiatric evaluation (video)</li><li>Up to 6 ketamine sessions, if prescribed</li><li>Blood pressure cuff</li><li>Integration coaching group</li></ul>
<a class="btn" href="/get-started?plan=starter">Start</a></div>
<div class="plan featured"><h2>Ongoing</h2><p class="amount">$199 <small>/ month</small></p>
<ul><li>Monthly check-in with your clinician</li><li>Medication refills as clinically appropriate</li><li>1:1 integration coach</li><li>Symptom tracking (PHQ-9, GAD-7)</li></ul>
<a class="btn" href="/get-started?plan=ongoing">Start</a></div>
<div class="plan"><h2>Pay per visit</h2><p class="amount">$149 <small>/ visit</small></p>
<ul><li>For existing patients on maintenance</li><li>Medication billed separately by the pharmacy</li></ul></div>
</div>
<section class="faq-mini"><h3>Is this covered by insurance?</h3><p>We do not bill insurance directly. Many members use HSA/FSA cards, and we can give you a superbill for out-of-network reimbursement.</p>
<h3>What if I'm not a good fit?</h3><p>If your clinician decides ketamine is not right for you after your evaluation, we refund everything except the $49 evaluation fee.</p></section>
</main>
<footer>
<div class="cols"><div><b>Company</b><a href="/about">About</a><a href="/careers">Careers</a><a href="/press">Press</a></div>
<div><b>Support</b><a href="/help">Help center</a><a href="/contact">Contact</a><a href="/states">Where we operate</a></div>
<div><b>Legal</b><a href="/terms">Terms</a><a href="/privacy">Privacy</a><a href="/hipaa">HIPAA notice</a></div></div>
<p class="small">CalmHarbor is a technology platform. Clinical services are provided by independent licensed clinicians of CalmHarbor Medical Group, P.C. If you are in crisis, call or text 988.</p>
</footer>""", noise="cookie")

# ---------------------------------------------------------------- h2603 seller payment page
p("h2603", "https://rcvault.example/payment-methods", "seller", True, "en",
  "payment-methods-page",
  "Payment Methods – RC Vault",
  """<div class="topbar">Free reship if seized · Orders before 2pm ship same day · Telegram: @rcvault_support</div>
<nav><a href="/">Home</a> | <a href="/shop">Shop</a> | <a href="/category/arylcyclohexylamines">Arylcyclohexylamines</a> | <a href="/category/pharma">Pharma</a> | <a href="/payment-methods">Payment</a> | <a href="/shipping">Shipping</a> | <a href="/faq">FAQ</a></nav>
<h1>Payment Methods</h1>
<p>We accept the following payment methods. Please read carefully before placing your order; orders unpaid after 48 hours are cancelled automatically.</p>
<h2>1. Bitcoin (BTC) – 10% discount</h2>
<p>After checkout you will receive a unique wallet address. Your order is confirmed after 1 network confirmation. Don't have crypto? Buy it at any Bitcoin ATM or on a local exchange and send it straight to the address on your invoice.</p>
<h2>2. Monero (XMR) – 15% discount</h2>
<p>Recommended for maximum privacy.</p>
<h2>3. Zelle / Cash App / Venmo (US only)</h2>
<p>Email us your order number for the payment details. Do NOT write anything about the products in the payment note. Write "gift" or "dinner" only.</p>
<h2>4. Gift cards</h2>
<p>Amazon, Apple and Steam gift cards are accepted for orders over $150 at face value minus 20%. Send a clear photo of the card and receipt to our email.</p>
<h2>5. Western Union / MoneyGram</h2>
<p>Available for international customers. The receiver's name will be sent with your invoice.</p>
<p class="note">We do not accept credit cards or PayPal. Any website claiming to be RC Vault that takes cards is a clone.</p>
<footer>© RC Vault – All products are sold as research chemicals, not for human consumption.</footer>""")

# ---------------------------------------------------------------- h2604 info, news with street prices
p("h2604", "https://www.valleycourier.example/news/2026/11/ketamine-use-rising-among-young-adults-police-say", "informational", False, "en",
  "local-news-street-prices",
  "Ketamine use rising among young adults, police and treatment workers say | Valley Courier",
  """<header><a href="/">Valley Courier</a> <nav><a href="/news">News</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a> <a href="/obituaries">Obituaries</a> <a href="/subscribe">Subscribe</a></nav></header>
<article>
<h1>Ketamine use rising among young adults, police and treatment workers say</h1>
<p class="byline">By Dana Whitfield · November 18, 2026</p>
<p>Ketamine, the anesthetic that clinics now use to treat depression, is turning up more often at parties and in overdose calls in the county, according to police and the staff of two local treatment programs.</p>
<p>Sgt. Luis Ortega of the county narcotics unit said officers have seized ketamine in four cases since August, compared with one in all of last year. "It's coming in mostly through the mail," he said. "People buy it off websites or Telegram channels, pay with crypto and it shows up in a padded envelope."</p>
<p>A gram currently sells on the street for $30 to $60 locally, Ortega said, and the online shops that advertise "K" or "ket" often sell fake or cut product. One package seized in October, labelled as ketamine from a vendor calling itself "KetaDirect," contained mostly a different research chemical, lab results showed.</p>
<p>At Riverside Recovery, intake coordinator Priya Sandhu said she now sees several people a month whose main problem is ketamine. Heavy use can damage the bladder, she said, causing pain and frequent urination that some patients do not connect to the drug at first.</p>
<p>Doctors stress that the medical use of ketamine is a different matter. At the regional hospital's psychiatry department, ketamine and the nasal spray esketamine are given under observation to patients with treatment-resistant depression. "We monitor blood pressure, we watch people for two hours, and nobody takes it home," said Dr. Ellen Marsh.</p>
<p>Anyone struggling with substance use can call the national helpline at 1-800-662-4357.</p>
</article>
<aside><h3>Most read</h3><ul><li>School board approves new calendar</li><li>Bridge repairs to close Route 9 for two weekends</li><li>High school football: Eagles advance to semifinal</li></ul></aside>
<footer>© 2026 Valley Courier · <a href="/contact">Contact</a> · <a href="/privacy">Privacy</a></footer>""", noise="cookie")

# ---------------------------------------------------------------- h2605 clinic price list, gift cards
p("h2605", "https://www.bluesagewellness.example/pricing-packages", "clinic", False, "en",
  "clinic-price-list-gift-cards",
  "Pricing & Packages – Blue Sage Ketamine & Wellness, Scottsdale",
  """<nav><a href="/">Blue Sage</a> <a href="/ketamine-infusions">Ketamine Infusions</a> <a href="/spravato">Spravato</a> <a href="/iv-hydration">IV Hydration</a> <a href="/our-team">Our Team</a> <a href="/pricing-packages">Pricing</a> <a href="/gift-cards">Gift Cards</a> <a class="btn" href="/book">Book Now</a></nav>
<h1>Pricing &amp; Packages</h1>
<p>All ketamine services begin with a medical consultation with one of our providers. Infusions are given in our private suites at 7120 E. Camelback Rd with continuous monitoring by our nursing staff.</p>
<table class="prices">
<tr><th>Service</th><th>Price</th></tr>
<tr><td>Medical consultation (applied to first infusion)</td><td>$150</td></tr>
<tr><td>Single IV ketamine infusion – mood (40 min)</td><td>$450</td></tr>
<tr><td>Initial series – 6 infusions (save $300)</td><td>$2,400</td></tr>
<tr><td>Booster infusion</td><td>$425</td></tr>
<tr><td>Chronic pain infusion (up to 4 hrs)</td><td>from $750</td></tr>
<tr><td>IM ketamine with integration session</td><td>$395</td></tr>
<tr><td>Myers' cocktail IV (add-on)</td><td>$95</td></tr>
</table>
<p>Spravato® treatments are billed to your insurance; we verify benefits before your first visit.</p>
<h2>Payment</h2>
<p>We accept all major credit cards, HSA/FSA, and financing through CareCredit and Advance Care Card. A $100 deposit holds your appointment and is refundable with 48 hours' notice.</p>
<h2>Gift cards</h2>
<p>Give the gift of wellness. Blue Sage e-gift cards can be used for IV hydration, wellness shots and, for eligible patients after consultation, ketamine treatment. <a href="/gift-cards">Buy a gift card</a></p>
<footer>Blue Sage Ketamine &amp; Wellness · Scottsdale, AZ · (480) 555-0147 · Medical Director: Karen Holt, MD</footer>""", noise="cookie")

# ---------------------------------------------------------------- h2606 seller es product
p("h2606", "https://farmaciaexpress24.example/es/producto/ketamina-cristal-10g", "seller", True, "es",
  "es-product-page",
  "Ketamina en cristal 10g – comprar online | FarmaExpress24",
  """<div class="top">Envío discreto en 24-72h a toda España · Pago con Bitcoin o Bizum · Atención por WhatsApp +34 6XX XXX XXX</div>
<nav><a href="/es/">Inicio</a> <a href="/es/tienda">Tienda</a> <a href="/es/categoria/disociativos">Disociativos</a> <a href="/es/categoria/ansioliticos">Ansiolíticos</a> <a href="/es/categoria/analgesicos">Analgésicos</a> <a href="/es/envios">Envíos</a> <a href="/es/contacto">Contacto</a></nav>
<h1>Ketamina en cristal 10g</h1>
<div class="valoracion">★★★★★ 4,9 (87 opiniones)</div>
<p class="precio">160,00 € – 1.150,00 €</p>
<p class="stock">Hay existencias</p>
<form><label>Cantidad</label> <select><option>10 g – 160 €</option><option>25 g – 350 €</option><option>50 g – 620 €</option><option>100 g – 1.150 €</option></select>
<button>Añadir al carrito</button></form>
<h2>Descripción</h2>
<p>Ketamina clorhidrato en cristal de alta pureza. Sin receta. Paquete sellado al vacío, sin remitente y sin ninguna referencia al contenido. Hacemos envíos también a Portugal, Francia e Italia.</p>
<h2>Preguntas de clientes</h2>
<p><b>¿Llega a Canarias?</b> Sí, con un suplemento de 15 €.</p>
<p><b>¿Puedo pagar contra reembolso?</b> No, solo Bitcoin, Bizum o transferencia para pedidos de más de 300 €.</p>
<footer>FarmaExpress24 © 2026 – Pedido mínimo 10 g</footer>""", noise="cookie-es")

# ---------------------------------------------------------------- h2607 seller checkout step
p("h2607", "https://www.medsnorx.example/checkout/shipping", "seller", True, "en",
  "checkout-step",
  "Checkout – Step 2 of 3: Shipping | MedsNoRx",
  """<div class="checkout-header"><a href="/">MedsNoRx</a> <span class="secure">🔒 Secure checkout</span></div>
<ol class="steps"><li class="done">1. Cart</li><li class="current">2. Shipping</li><li>3. Payment</li></ol>
<form id="shipping">
<fieldset><legend>Ship to</legend>
<input name="name" placeholder="Full name (can be any name on your mailbox)">
<input name="address1" placeholder="Address"> <input name="city" placeholder="City"> <input name="zip" placeholder="ZIP / Postcode">
<select name="country"><option>United States</option><option>Canada</option><option>United Kingdom</option><option>Australia</option><option>Germany</option><option>Other</option></select>
</fieldset>
<fieldset><legend>Shipping method</legend>
<label><input type="radio" name="ship" checked> Standard stealth (7-14 days) – $25</label>
<label><input type="radio" name="ship"> Express stealth with tracking (4-7 days) – $45</label>
<label><input type="radio" name="ship"> Domestic US warehouse (2-4 days) – $60</label>
<p class="hint">All parcels are vacuum sealed and hidden inside a retail item. No invoice or prescription is included.</p>
</fieldset>
<button>Continue to payment</button>
</form>
<aside class="order-summary"><h3>Order summary</h3>
<table>
<tr><td>Ketalar 50mg/ml 10ml vial × 5</td><td>$340.00</td></tr>
<tr><td>Alprazolam 2mg × 60</td><td>$150.00</td></tr>
<tr><td>Subtotal</td><td>$490.00</td></tr>
<tr><td>Coupon WELCOME10</td><td>−$49.00</td></tr>
</table>
<p>Payment on next step: Bitcoin, USDT or Zelle.</p></aside>""")

# ---------------------------------------------------------------- h2608 telehealth de
p("h2608", "https://www.ketamed-online.example.de/ablauf", "telehealth", False, "de",
  "de-telehealth-process",
  "So funktioniert die Behandlung – KetaMed Online",
  """<nav><a href="/">KetaMed Online</a> <a href="/ablauf">Ablauf</a> <a href="/kosten">Kosten</a> <a href="/aerzte">Unsere Ärztinnen und Ärzte</a> <a href="/faq">FAQ</a> <a href="/login">Patientenportal</a></nav>
<h1>So funktioniert die ärztlich begleitete Ketamin-Behandlung</h1>
<ol>
<li><b>Online-Fragebogen (10 Minuten).</b> Sie beantworten Fragen zu Ihren Beschwerden, bisherigen Therapien und Vorerkrankungen. Der Fragebogen allein führt nicht zu einer Verschreibung.</li>
<li><b>Video-Sprechstunde mit einer Fachärztin oder einem Facharzt für Psychiatrie.</b> Im Gespräch wird geprüft, ob eine therapieresistente Depression vorliegt und ob Gegenanzeigen bestehen (z. B. unkontrollierter Bluthochdruck, Psychosen, Schwangerschaft). Wir fordern Vorbefunde an.</li>
<li><b>Erste Anwendung unter Aufsicht.</b> Die erste Dosis nehmen Sie in einer unserer Partnerpraxen oder per Video begleitet ein – mit Blutdruckmessung vorher und nachher.</li>
<li><b>Rezept und Apotheke.</b> Das Betäubungsmittelrezept geht direkt an unsere Partner-Apotheke. Die Apotheke liefert per persönlicher Übergabe an Sie; eine Abholung durch Dritte ist nicht möglich.</li>
<li><b>Regelmäßige Verlaufskontrollen.</b> Alle zwei Wochen Termin mit Ihrer Ärztin, Fragebögen (PHQ-9) und bei Bedarf Anpassung oder Beendigung der Behandlung.</li>
</ol>
<p>Wichtig: Sie brauchen eine Begleitperson während und nach jeder Anwendung und dürfen 24 Stunden lang nicht Auto fahren.</p>
<p><a class="btn" href="/fragebogen">Fragebogen starten</a></p>
<footer>KetaMed Online GmbH · Impressum · Datenschutz · Die ärztlichen Leistungen erbringen approbierte Ärztinnen und Ärzte der KetaMed MVZ GmbH.</footer>""", noise="cookie-de")

# ---------------------------------------------------------------- h2609 info court report
p("h2609", "https://www.courtwatchdaily.example/federal/2026/10/darknet-vendor-ketaking-sentenced", "informational", False, "en",
  "court-report-vendor",
  "Darknet vendor 'KetaKing' sentenced to 9 years for mailing ketamine nationwide",
  """<article>
<h1>Darknet vendor "KetaKing" sentenced to 9 years for mailing ketamine nationwide</h1>
<p class="meta">CourtWatch Daily · Federal courts · October 29, 2026</p>
<p>A 34-year-old man who ran one of the busiest ketamine storefronts on two darknet markets was sentenced Tuesday to nine years in federal prison, followed by three years of supervised release.</p>
<p>According to the plea agreement, the defendant sold ketamine under the vendor name "KetaKing" and on a clearnet site that advertised "buy K online – no prescription, stealth shipping worldwide." Listings offered 5 grams for $180 and 28 grams for $700, paid in Bitcoin and Monero. Investigators traced more than 11,000 orders between 2022 and 2025.</p>
<p>Postal inspectors intercepted parcels disguised as phone-case shipments. A search of the defendant's apartment found about 14 kilograms of ketamine, a pill press, vacuum sealers and hardware wallets holding roughly $2.1 million in cryptocurrency.</p>
<p>The defense argued that ketamine is a widely used medicine and that many buyers were self-treating depression. The judge rejected that argument, noting that at least two customers had been hospitalized and that "legitimate ketamine treatment happens with a doctor, not in a padded envelope."</p>
<p>The defendant forfeited the cryptocurrency and the domain names. Two co-defendants who packed orders are scheduled to be sentenced in January.</p>
</article>""")

# ---------------------------------------------------------------- h2610 seller padded page
p("h2610", "https://ketamine-guide-shop.example/ketamine-hcl", "seller", True, "en",
  "padded-encyclopedic-with-price-table",
  "Ketamine HCl – History, Pharmacology and Uses | Ketamine Guide",
  """<nav><a href="/">Home</a> <a href="/ketamine-hcl">Ketamine HCl</a> <a href="/blog">Blog</a> <a href="/contact">Contact</a></nav>
<article>
<h1>Ketamine HCl: Everything You Need to Know</h1>
<h2>What is ketamine?</h2>
<p>Ketamine is a dissociative anesthetic belonging to the arylcyclohexylamine class. It was first synthesized in 1962 by Calvin Stevens at Parke-Davis while searching for a safer alternative to phencyclidine (PCP). After clinical trials in prisoners in Michigan in 1964, it was approved in the United States in 1970 and was widely used as a field anesthetic during the Vietnam War because it does not depress breathing as much as other agents.</p>
<h2>Pharmacology</h2>
<p>Ketamine acts primarily as a non-competitive antagonist at the NMDA receptor, a glutamate receptor involved in learning, memory and pain signalling. It also interacts with opioid receptors, monoamine transporters and HCN1 channels. Ketamine is a racemic mixture of two enantiomers, S-ketamine (esketamine) and R-ketamine (arketamine). Esketamine binds the NMDA receptor roughly three to four times more strongly than arketamine.</p>
<p>Ketamine is metabolized in the liver mainly by CYP3A4 and CYP2B6 to norketamine, an active metabolite, and then to hydroxynorketamine. The elimination half-life is about 2.5 to 3 hours. Bioavailability depends strongly on route: about 93% intramuscular, 45-50% intranasal, 30% sublingual and 16-20% oral.</p>
<h2>Medical uses</h2>
<p>Ketamine is on the World Health Organization's List of Essential Medicines. It is used for induction and maintenance of anesthesia, for procedural sedation in emergency medicine, for pain control and in veterinary medicine. Since 2019 esketamine nasal spray has been approved for treatment-resistant depression, and off-label IV ketamine infusions are offered at many clinics.</p>
<h2>Effects</h2>
<p>At sub-anesthetic doses users describe a dream-like state, distortion of time and space, a feeling of floating and, at higher doses, complete detachment sometimes called the "K-hole." Effects by insufflation begin within 5 to 15 minutes and last 45 to 90 minutes.</p>
<h2>Legal status</h2>
<p>Ketamine is a Schedule III substance in the United States, a Class B drug in the United Kingdom and controlled in most countries. Laws differ, and buyers are responsible for knowing the law in their country.</p>
<h2>Safety</h2>
<p>Long-term, frequent use is associated with urinary tract problems (ketamine cystitis), memory impairment and dependence. Combining ketamine with alcohol, opioids or benzodiazepines increases the risk of respiratory depression.</p>
</article>
<section id="order">
<h2>Order Ketamine HCl</h2>
<table class="pricing"><tr><th>Quantity</th><th>Price</th><th></th></tr>
<tr><td>5 g</td><td>$150</td><td><a href="/order?q=5">Order</a></td></tr>
<tr><td>10 g</td><td>$270</td><td><a href="/order?q=10">Order</a></td></tr>
<tr><td>25 g</td><td>$600</td><td><a href="/order?q=25">Order</a></td></tr>
<tr><td>50 g</td><td>$1,050</td><td><a href="/order?q=50">Order</a></td></tr></table>
<p>Free tracked shipping on orders over 25 g. Payment in BTC, LTC or USDT.</p>
</section>
<footer>© Ketamine Guide · For information and research purposes</footer>""")

# ---------------------------------------------------------------- h2611 clinic fr, CHU unit
p("h2611", "https://www.chu-valmont.example.fr/offre-de-soins/psychiatrie/centre-depression-resistante", "clinic", False, "fr",
  "fr-university-hospital-unit",
  "Centre expert dépression résistante – CHU de Valmont",
  """<header><a href="/">CHU de Valmont</a>
<nav><a href="/patients">Patients et visiteurs</a> <a href="/offre-de-soins">Offre de soins</a> <a href="/recherche">Recherche</a> <a href="/formation">Formation</a> <a href="/recrutement">Recrutement</a> <a href="/actualites">Actualités</a></nav>
<form class="search"><input placeholder="Rechercher un service, un médecin..."></form></header>
<div class="fil"><a href="/">Accueil</a> › <a href="/offre-de-soins">Offre de soins</a> › <a href="/offre-de-soins/psychiatrie">Psychiatrie</a> › Centre expert dépression résistante</div>
<main>
<h1>Centre expert dépression résistante</h1>
<p>Le centre accueille, sur adressage d'un psychiatre ou d'un médecin traitant, des patients souffrant d'un épisode dépressif caractérisé n'ayant pas répondu à au moins deux traitements antidépresseurs bien conduits.</p>
<h2>Nos traitements</h2>
<ul><li>Bilan diagnostique et thérapeutique complet (une journée en hôpital de jour)</li>
<li>Stimulation magnétique transcrânienne répétée (rTMS)</li>
<li>Électroconvulsivothérapie (ECT) sous anesthésie générale</li>
<li>Eskétamine par voie nasale (Spravato®), administrée en hôpital de jour avec surveillance de deux heures</li>
<li>Kétamine intraveineuse dans le cadre d'un protocole de recherche clinique</li></ul>
<h2>Prise en charge</h2>
<p>Les soins sont pris en charge par l'Assurance maladie dans les conditions habituelles. Aucun dépassement d'honoraires. Le traitement n'est jamais délivré pour un usage à domicile.</p>
<h2>Prendre rendez-vous</h2>
<p>Secrétariat : 03 XX XX 41 20, du lundi au vendredi de 9 h à 16 h 30. Le courrier d'adressage peut être envoyé via la messagerie sécurisée de santé.</p>
<p>Responsable : Pr Hélène Marchand, psychiatre.</p>
</main>
<footer>CHU de Valmont · 2 avenue de la République · Mentions légales · Accessibilité : partiellement conforme</footer>""", noise="cookie-fr")

# ---------------------------------------------------------------- h2612 seller de, Ketanest
p("h2612", "https://apotheke-ohne-rezept24.example.de/ketanest-s-25mg-ml-ampullen", "seller", True, "de",
  "de-brand-name-ampoules",
  "Ketanest S 25 mg/ml Ampullen kaufen ohne Rezept – Apotheke24",
  """<div class="usp">✔ Diskreter Versand aus der EU ✔ Kein Rezept nötig ✔ Zahlung per Vorkasse, Bitcoin oder Paysafecard</div>
<nav><a href="/">Start</a> <a href="/schmerzmittel">Schmerzmittel</a> <a href="/schlafmittel">Schlafmittel</a> <a href="/narkosemittel">Narkosemittel</a> <a href="/potenzmittel">Potenzmittel</a> <a href="/versand">Versand</a></nav>
<h1>Ketanest S 25 mg/ml – 5 Ampullen à 2 ml</h1>
<p class="bewertung">★★★★★ 4,7 / 5 (39 Bewertungen)</p>
<table><tr><th>Packung</th><th>Preis</th></tr>
<tr><td>5 Ampullen</td><td>119,00 €</td></tr>
<tr><td>10 Ampullen</td><td>209,00 €</td></tr>
<tr><td>25 Ampullen</td><td>449,00 €</td></tr></table>
<p>Lieferzeit: 3–6 Werktage. <b>Auf Lager.</b></p>
<button>In den Warenkorb</button>
<h2>Produktbeschreibung</h2>
<p>Original Ketanest S (Esketamin) in Originalverpackung. Wir versenden neutral verpackt ohne Hinweis auf den Inhalt. Bei Zollproblemen senden wir kostenlos erneut.</p>
<footer>Apotheke24 – Ihre Online-Apotheke ohne Rezept · AGB · Impressum</footer>""", noise="cookie-de")

# ---------------------------------------------------------------- h2613 telehealth checkout membership
p("h2613", "https://app.nirvanahealth.example/signup/checkout", "telehealth", False, "en",
  "membership-checkout",
  "Checkout – Nirvana Health",
  """<div class="checkout"><a class="logo" href="/">nirvana health</a>
<ol class="progress"><li class="done">Eligibility</li><li class="done">Medical history</li><li class="done">Account</li><li class="current">Payment</li><li>Book your evaluation</li></ol>
<h1>Confirm your membership</h1>
<div class="summary">
<p><b>At-Home Ketamine Program – 3 months</b></p>
<ul><li>Psychiatric evaluation with a licensed clinician</li><li>Medication, if prescribed, shipped from our partner pharmacy</li><li>Weekly integration sessions</li><li>Vitals kit</li></ul>
<table><tr><td>Month 1</td><td>$299</td></tr><tr><td>Months 2–3</td><td>$219 / month</td></tr><tr><td>Due today</td><td><b>$299</b></td></tr></table>
<p class="small">You won't be charged for medication unless your clinician prescribes it. If you are not found eligible during your evaluation, you'll be refunded your payment minus a $75 evaluation fee.</p>
</div>
<form><label>Card number</label><input><label>Expiry</label><input><label>CVC</label><input>
<label><input type="checkbox"> I agree to the Terms, the Informed Consent for Ketamine Treatment and the Telehealth Consent</label>
<button>Pay $299 and book evaluation</button></form>
<p class="small">HSA/FSA cards accepted · Secured by Stripe</p></div>""")

# ---------------------------------------------------------------- h2614 seller category page, navigation only
p("h2614", "https://chemfront.example/product-category/dissociatives/", "seller", True, "en",
  "category-page-mostly-navigation",
  "Dissociatives Archives - ChemFront",
  """<div class="header-top">Worldwide shipping | Bulk discounts | Payment: BTC, ETH, XMR | Support 24/7</div>
<header><a href="/">ChemFront</a>
<ul class="menu">
<li><a href="/product-category/stimulants/">Stimulants</a><ul><li><a href="/product-category/stimulants/cathinones/">Cathinones</a></li><li><a href="/product-category/stimulants/phenethylamines/">Phenethylamines</a></li></ul></li>
<li><a href="/product-category/dissociatives/">Dissociatives</a><ul><li><a href="/product-category/dissociatives/arylcyclohexylamines/">Arylcyclohexylamines</a></li><li><a href="/product-category/dissociatives/diarylethylamines/">Diarylethylamines</a></li></ul></li>
<li><a href="/product-category/psychedelics/">Psychedelics</a></li>
<li><a href="/product-category/benzodiazepines/">Benzodiazepines</a></li>
<li><a href="/product-category/opioids/">Opioids</a></li>
<li><a href="/product-category/pellets/">Pellets</a></li>
<li><a href="/product-category/blotters/">Blotters</a></li>
</ul>
<a href="/my-account/">My account</a> <a href="/cart/">Cart</a></header>
<h1>Dissociatives</h1>
<div class="woocommerce-result-count">Showing 1–9 of 9 results</div>
<select class="orderby"><option>Default sorting</option><option>Sort by popularity</option><option>Sort by price: low to high</option></select>
<ul class="products">
<li><a href="/product/special-k/">Special K</a> $28.00 – $1,400.00</li>
<li><a href="/product/s-ketamine/">S-Ketamine</a> $35.00 – $1,600.00</li>
<li><a href="/product/2f-dck/">2F-DCK</a> $22.00 – $900.00</li>
<li><a href="/product/dck/">DCK</a> $24.00 – $950.00</li>
<li><a href="/product/mxe/">MXE</a> $30.00 – $1,200.00</li>
<li><a href="/product/3-meo-pcp/">3-MeO-PCP</a> $32.00 – $1,250.00</li>
<li><a href="/product/o-pce/">O-PCE</a> $30.00 – $1,100.00</li>
<li><a href="/product/dxm-powder/">DXM powder</a> $12.00 – $400.00</li>
<li><a href="/product/diphenidine/">Diphenidine</a> $20.00 – $700.00</li>
</ul>
<footer>
<div><b>Information</b> <a href="/about/">About us</a> <a href="/shipping/">Shipping &amp; reshipping</a> <a href="/payment/">How to pay with crypto</a> <a href="/faq/">FAQ</a> <a href="/contact/">Contact</a></div>
<div><b>Categories</b> <a href="/product-category/stimulants/">Stimulants</a> <a href="/product-category/dissociatives/">Dissociatives</a> <a href="/product-category/psychedelics/">Psychedelics</a> <a href="/product-category/benzodiazepines/">Benzodiazepines</a></div>
<p>© 2026 ChemFront. Products sold for laboratory research only. Not for human consumption.</p>
</footer>""")

# ---------------------------------------------------------------- h2615 info harm reduction
p("h2615", "https://www.safernights.example/drugs/ketamine", "informational", False, "en",
  "harm-reduction-if-you-buy",
  "Ketamine (K, ket, special K) – Safer Nights",
  """<nav><a href="/">Safer Nights</a> <a href="/drugs">Drugs A–Z</a> <a href="/drug-checking">Drug checking</a> <a href="/combos">Combinations</a> <a href="/get-help">Get help</a></nav>
<h1>Ketamine</h1>
<p class="aka">Also called: K, ket, keta, special K, vitamin K, horse tranquilizer</p>
<h2>What it looks like</h2>
<p>Usually a white or off-white crystalline powder, sometimes "shards" or "rocks." In the UK a gram typically costs £20–£30; in the Netherlands around €15–€25. Liquid ketamine diverted from vets or hospitals also turns up.</p>
<h2>If you buy K</h2>
<ul>
<li>Online shops and Telegram dealers that sell "K" often send something else. In our 2025 testing, 1 in 5 samples sold as ketamine contained no ketamine at all, and some contained 2F-DCK or other dissociatives with different doses.</li>
<li>Use a reagent kit (Mandelin or Morris) or a free drug-checking service before using.</li>
<li>Start with a small bump and wait. Effects begin within 5–15 minutes snorted.</li>
</ul>
<h2>Risks</h2>
<p>Don't mix with alcohol, GHB, opioids or benzos. Use with people you trust and sit or lie down somewhere safe. Regular use can cause serious bladder damage ("K bladder"): if it hurts to pee or you need to go all the time, stop and see a doctor — it can get better if you stop early.</p>
<h2>Ketamine as a medicine</h2>
<p>Doctors use ketamine for anesthesia and, in clinics, for depression. That is done with medical screening and monitoring and does not make street ketamine safer.</p>
<p><a href="/get-help">Worried about your use? Talk to us anonymously.</a></p>""", noise="cookie")

# ---------------------------------------------------------------- h2616 clinic it, WhatsApp booking
p("h2616", "https://www.centrorinascita.example.it/terapie/infusioni-di-ketamina", "clinic", False, "it",
  "it-clinic-whatsapp-booking",
  "Infusioni di ketamina a Milano – Centro Rinascita",
  """<header><a href="/">Centro Rinascita</a> <nav><a href="/chi-siamo">Chi siamo</a> <a href="/terapie">Terapie</a> <a href="/equipe">Équipe medica</a> <a href="/prezzi">Prezzi</a> <a href="/contatti">Contatti</a></nav></header>
<div class="whatsapp-float"><a href="https://wa.me/39XXXXXXXXXX">💬 Prenota su WhatsApp</a></div>
<h1>Infusioni endovenose di ketamina per la depressione resistente</h1>
<p>Presso la nostra sede di Milano (zona Città Studi) eseguiamo infusioni endovenose di ketamina a basso dosaggio per pazienti adulti con depressione resistente, sotto la responsabilità di un medico anestesista e di uno psichiatra.</p>
<h2>Come si svolge</h2>
<ul><li>Prima visita psichiatrica con valutazione dell'idoneità (ECG e parametri vitali)</li>
<li>Ciclo iniziale di 6 infusioni in 3 settimane, durata circa 40 minuti ciascuna</li>
<li>Monitoraggio continuo di pressione, frequenza cardiaca e saturazione</li>
<li>Osservazione di almeno 60 minuti dopo l'infusione; è necessario un accompagnatore</li></ul>
<h2>Costi</h2>
<p>Prima visita: 180 €. Singola infusione: 390 €. Pacchetto ciclo iniziale (6 infusioni): 2.100 €. Possibilità di pagamento rateale. Fattura detraibile come spesa sanitaria.</p>
<p>Prenotazioni: telefono 02 XXXX XXXX oppure WhatsApp, dal lunedì al sabato. Il trattamento è riservato a pazienti valutati dai nostri medici; non effettuiamo somministrazioni a domicilio.</p>
<footer>Centro Rinascita S.r.l. · Struttura sanitaria autorizzata · Direttore sanitario Dott. Marco Ferri · P.IVA 0XXXXXXXXXX</footer>""")

# ---------------------------------------------------------------- h2617 seller fr, payment by coupons
p("h2617", "https://keta-france.example.fr/paiement", "seller", True, "fr",
  "fr-payment-prepaid-coupons",
  "Moyens de paiement – Kéta France",
  """<nav><a href="/">Accueil</a> <a href="/boutique">Boutique</a> <a href="/paiement">Paiement</a> <a href="/livraison">Livraison</a> <a href="/contact">Contact</a></nav>
<h1>Moyens de paiement acceptés</h1>
<p>Pour votre sécurité et votre anonymat, nous n'acceptons pas la carte bancaire.</p>
<h2>Coupons prépayés (le plus simple)</h2>
<p>Achetez des coupons PCS, Transcash ou Neosurf dans un bureau de tabac, puis envoyez les codes par e-mail ou sur notre Telegram avec votre numéro de commande. Les coupons Transcash sont acceptés à partir de 50 €.</p>
<h2>Crypto-monnaies</h2>
<p>Bitcoin, Litecoin et USDT : 10 % de remise sur toute la boutique (kétamine cristal, kétamine liquide, autres produits).</p>
<h2>Virement</h2>
<p>Uniquement pour les commandes de plus de 500 € (vente en gros). Ne mentionnez jamais le nom des produits dans le libellé du virement.</p>
<p>Une fois le paiement validé, votre colis part sous 24 h en envoi discret, sans nom d'expéditeur.</p>
<footer>© Kéta France 2026</footer>""", noise="cookie-fr")

# ---------------------------------------------------------------- h2618 telehealth shipping of prescribed medication
p("h2618", "https://www.lumenmind.example/help/how-your-medication-ships", "telehealth", False, "en",
  "prescribed-medication-shipping",
  "How your medication ships – LumenMind Help Center",
  """<header><a href="/">LumenMind</a> <a href="/help">Help Center</a> <input placeholder="Search help articles"></header>
<div class="crumbs"><a href="/help">Help Center</a> › <a href="/help/medication">Medication &amp; pharmacy</a> › How your medication ships</div>
<article>
<h1>How your medication ships</h1>
<p>Once your LumenMind clinician has reviewed your evaluation and written a prescription, it is sent electronically to our partner pharmacy, Crestline Pharmacy (a licensed 503A compounding pharmacy). LumenMind never stocks or sells medication itself.</p>
<h2>Timeline</h2>
<ul><li>Prescription sent: same day as your evaluation approval</li><li>Pharmacy verification: 1–2 business days (the pharmacist may contact you)</li><li>Shipping: 2-day UPS, adult signature required</li></ul>
<h2>Packaging</h2>
<p>Your package arrives in a plain box with a pharmacy label, your name and your prescription information. Inside you'll find the medication in a child-resistant container, a medication guide and your dosing instructions from your clinician.</p>
<h2>Where we can ship</h2>
<p>We can only ship to the state where you were evaluated and where your clinician holds a license. We cannot ship to P.O. boxes, hotels or addresses outside the US.</p>
<h2>Refills</h2>
<p>Refills are not automatic. Your clinician authorizes each refill after your check-in and your most recent symptom survey. Lost or stolen medication cannot be replaced early.</p>
<p class="feedback">Was this article helpful? <button>Yes</button> <button>No</button></p>
</article>
<aside><b>Related articles</b><ul><li>What if my package is delayed?</li><li>Storing and disposing of your medication safely</li><li>Changing your shipping address</li></ul></aside>""", noise="cookie")

# ---------------------------------------------------------------- h2619 seller partial, truncated grid
p("h2619", "https://www.pharmaneeds-direct.example/shop/page/3/", "seller", True, "en",
  "truncated-grid-and-footer",
  "Shop – Page 3 – PharmaNeeds Direct",
  """<!-- page truncated during capture -->
</div></div></div>
<ul class="products columns-4">
<li class="product"><a href="/product/oxycodone-30mg/"><img src="/img/oxy30.jpg"><h2>Oxycodone 30mg</h2><span class="price">$4.50 / pill</span></a><a class="button add_to_cart_button" href="?add-to-cart=812">Add to cart</a></li>
<li class="product"><a href="/product/ketamine-liquid-10ml/"><img src="/img/ket10.jpg"><h2>Ketamine liquid 10ml</h2><div class="star-rating">★★★★★</div><span class="price">$65.00 – $590.00</span></a><a class="button" href="/product/ketamine-liquid-10ml/">Select options</a></li>
<li class="product"><a href="/product/ketamine-powder/"><img src="/img/ketp.jpg"><h2>Ketamine powder</h2><span class="onsale">Sale!</span><span class="price"><del>$45.00</del> $38.00</span></a><a class="button" href="/product/ketamine-powder/">Select options</a></li>
<li class="product"><a href="/product/xanax-2mg/"><img src="/img/x2.jpg"><h2>Xanax 2mg</h2><span class="price">$2.80 / pill</span></a><a class="button add_to_cart_button" href="?add-to-cart=815">Add to cart</a></li>
<li class="product"><a href="/product/spravato-28mg/"><img src="/img/spr.jpg"><h2>Spravato 28mg nasal spray</h2><span class="price">$420.00</span></a><a class="button add_to_cart_button" href="?add-to-cart=819">Add to cart</a></li>
<li class="product"><a href="/product/adderall-30mg/"><img src="/img/add.jpg"><h2>Adderall 30mg</h2><span class="price">$5.00 / pill</span></a><a class="button add_to_cart_button" href="?add-to-cart=821">Add to cart</a></li>
</ul>
<nav class="woocommerce-pagination"><a href="/shop/page/2/">←</a> <a href="/shop/">1</a> <a href="/shop/page/2/">2</a> <span>3</span> <a href="/shop/page/4/">4</a> <a href="/shop/page/4/">→</a></nav>
<footer class="site-footer"><p>PharmaNeeds Direct © 2026 · Overnight delivery USA · <a href="/payment/">Zelle / CashApp / BTC</a> · <a href="https://wa.me/1XXXXXXXXXX">WhatsApp us</a></p>""")

# ---------------------------------------------------------------- h2620 info forum thread (plain text)
p("h2620", "https://forum.sidetrip.example/t/is-ketamart-legit-anyone-ordered/48213", "informational", False, "en",
  "forum-thread-vendor-legit",
  "Is ketamart legit? anyone ordered? - SideTrip Forums",
  """SideTrip Forums > Substances > Dissociatives
Is ketamart legit? anyone ordered?

throwaway_k88 · 3d
Found a site called ketamart while googling. They say no prescription, ships from inside the US, pay with Zelle. 10g for $200. Seems cheap. Anyone tried them?

harm_reduction_hannah (Moderator) · 3d
Reminder: sourcing requests and vendor names are against the rules here (rule 4). I'm leaving this up because the replies are useful as a warning, but do not post links.

vapor_trail · 3d
Zelle + "no prescription" + ships domestic = scam 99% of the time. They take the payment, then tell you the parcel is held at customs and you need to pay a "clearance fee" in gift cards. Happened to a friend.

dr_nope · 2d
Also even the ones that deliver often send 2F-DCK or worse. If you're actually trying to treat depression, talk to a psychiatrist about clinic ketamine or Spravato. It's expensive but it's real and monitored.

throwaway_k88 · 2d
ok thanks, not ordering. didn't know about the gift card thing.

seasoned_traveler · 1d
For anyone finding this thread from Google: test everything, start low, and don't mix with alcohol. Bladder issues are real.

[Thread locked by harm_reduction_hannah]""", ext="txt")

# ---------------------------------------------------------------- h2621 clinic international, WhatsApp
p("h2621", "https://www.renovaclinic.example.mx/en/ketamine-therapy-cancun", "clinic", False, "en",
  "intl-clinic-whatsapp-packages",
  "Ketamine Therapy in Cancún | Renova Clinic – Book via WhatsApp",
  """<header><a href="/en/">Renova Clinic</a>
<nav><a href="/en/treatments">Treatments</a> <a href="/en/ketamine-therapy-cancun">Ketamine</a> <a href="/en/stem-cells">Stem cells</a> <a href="/en/medical-tourism">Medical tourism</a> <a href="/en/our-doctors">Our doctors</a> <a href="/en/testimonials">Testimonials</a> <a href="/es/">ES</a></nav></header>
<div class="hero"><h1>Ketamine infusion therapy in Cancún</h1>
<p>Treatment-resistant depression, PTSD and chronic pain — treated by board-certified Mexican anesthesiologists and psychiatrists in our hospital-grade facility, 15 minutes from the airport.</p>
<a class="btn whatsapp" href="https://wa.me/52XXXXXXXXXX">Book on WhatsApp</a> <a class="btn" href="/en/contact">Request a call</a></div>
<section><h2>Packages for international patients</h2>
<div class="card"><h3>Reset – 5 days</h3><p>Psychiatric assessment, lab work and ECG, 4 IV ketamine infusions, 2 integration sessions, hotel transfers.</p><p class="price">USD 3,900</p></div>
<div class="card"><h3>Deep reset – 10 days</h3><p>Everything in Reset plus 2 more infusions, 4 psychotherapy sessions and a follow-up video plan with your home provider.</p><p class="price">USD 6,500</p></div>
<p>Accommodation not included; we have agreements with three hotels near the clinic. A companion must accompany you on infusion days.</p></section>
<section><h2>Your safety</h2>
<p>Every infusion is given in a monitored room with continuous ECG, blood pressure and oxygen saturation, with an anesthesiologist present. We do not send ketamine home with patients and we do not sell medication.</p></section>
<section class="faq"><h3>Do I need a referral?</h3><p>No, but we ask for your recent medical records and current medication list before we confirm your dates. Some patients are not accepted after review.</p>
<h3>Can I pay with a card?</h3><p>Yes: Visa, Mastercard, AmEx or bank transfer. A 20% deposit confirms your package.</p></section>
<footer>Renova Clinic · Av. Bonampak, Cancún, Q. Roo · Licencia COFEPRIS XXXXXXXX · Responsable sanitario: Dr. Andrés Villalobos</footer>""", noise="cookie")

# ---------------------------------------------------------------- h2622 seller nl, keta webshop
p("h2622", "https://www.rc-winkel.example.nl/keta-kopen", "seller", True, "nl",
  "nl-keta-webshop",
  "Keta kopen – RC Winkel",
  """<div class="usp">✓ Voor 16:00 besteld, morgen in huis ✓ Discreet verpakt ✓ Betalen met iDEAL of Bitcoin</div>
<nav><a href="/">Home</a> <a href="/keta-kopen">Keta</a> <a href="/3mmc-kopen">3-MMC</a> <a href="/2cb-kopen">2C-B</a> <a href="/xtc">Pillen</a> <a href="/verzending">Verzending</a> <a href="/contact">Contact</a></nav>
<h1>Keta kopen</h1>
<p>Bij RC Winkel koop je keta van topkwaliteit, getest in ons eigen lab. Naalden of poeder, jij kiest.</p>
<ul class="producten">
<li><b>Keta naalden</b> – 1 g €22 · 5 g €95 · 10 g €170 <button>In winkelwagen</button></li>
<li><b>Keta poeder</b> – 1 g €19 · 5 g €85 · 10 g €150 <button>In winkelwagen</button></li>
<li><b>Keta proefpakket</b> – 0,5 g naalden + 0,5 g poeder €20 <button>In winkelwagen</button></li></ul>
<p>Verzending binnen Nederland en België. Wij sturen je pakketje als brievenbuspost zonder afzender.</p>
<p class="klein">Alle producten worden verkocht voor onderzoeksdoeleinden. Niet voor menselijke consumptie.</p>
<footer>© RC Winkel 2026 · Klantenservice via Telegram</footer>""", noise="cookie-nl")

# ---------------------------------------------------------------- h2623 telehealth es
p("h2623", "https://www.serenaclinica.example/es/ketamina-en-casa", "telehealth", False, "es",
  "es-us-telehealth-landing",
  "Tratamiento con ketamina en casa, con receta médica | Serena",
  """<nav><a href="/es/">Serena</a> <a href="/es/como-funciona">Cómo funciona</a> <a href="/es/precios">Precios</a> <a href="/es/preguntas">Preguntas frecuentes</a> <a href="/">English</a></nav>
<h1>Ketamina en casa, con acompañamiento médico</h1>
<p>Serena ofrece tratamiento con ketamina por vía oral para adultos con depresión o ansiedad que no han mejorado con otros tratamientos. Todo empieza con una evaluación por video con un profesional de salud mental con licencia en su estado.</p>
<h2>Cómo funciona</h2>
<ol><li>Complete un cuestionario de salud (15 minutos).</li>
<li>Consulta por video con un proveedor con licencia. Si el tratamiento no es adecuado para usted, se lo diremos y le ayudaremos a encontrar otras opciones.</li>
<li>Si se le receta, la farmacia asociada le envía el medicamento con firma obligatoria.</li>
<li>Sesiones con un acompañante presente y controles mensuales con su proveedor.</li></ol>
<p>Disponible en California, Texas, Florida, Nueva York e Illinois. Atención en español e inglés.</p>
<p class="precio">Desde $225 al mes. Aceptamos tarjetas HSA/FSA.</p>
<a class="btn" href="/es/evaluacion">Comenzar evaluación</a>
<footer>Si está en crisis, llame o envíe un mensaje de texto al 988 (opción en español). © Serena Health, Inc.</footer>""", noise="cookie-es")

# ---------------------------------------------------------------- h2624 info compounding pharmacy
p("h2624", "https://www.northgatecompounding.example/ketamine-prescriptions", "informational", False, "en",
  "licensed-compounding-pharmacy",
  "Ketamine Prescriptions – Northgate Compounding Pharmacy",
  """<header><a href="/">Northgate Compounding Pharmacy</a> <nav><a href="/services">Services</a> <a href="/prescribers">For prescribers</a> <a href="/patients">For patients</a> <a href="/transfer">Transfer a prescription</a> <a href="/about">About</a></nav></header>
<h1>Compounded ketamine</h1>
<p>Northgate is a PCAB-accredited 503A compounding pharmacy licensed in 22 states. We prepare ketamine only against a valid prescription from a licensed prescriber with a DEA registration, for a specific named patient.</p>
<h2>Dosage forms we compound</h2>
<ul><li>Sublingual rapid-dissolve tablets (RDTs)</li><li>Troches / lozenges</li><li>Nasal spray (metered, for prescriber-directed use)</li><li>Topical pain creams with ketamine</li></ul>
<h2>For patients</h2>
<p>We do not sell ketamine without a prescription and cannot provide medication based on an online questionnaire. If your prescriber is part of a telehealth practice we work with, your prescription is sent to us electronically. Typical cash price for a 30-day supply of RDTs ranges from $60 to $140 depending on strength; your exact cost is quoted when we receive the prescription.</p>
<p>All controlled-substance shipments go by overnight courier with adult signature, and we check the state prescription monitoring program before dispensing.</p>
<h2>For prescribers</h2>
<p>Send prescriptions via EPCS. Call our pharmacists at (614) 555-0190 to discuss formulations.</p>
<footer>Northgate Compounding Pharmacy · Columbus, OH · Pharmacist-in-charge: R. Abara, PharmD · NABP verified</footer>""")

# ---------------------------------------------------------------- h2625 seller, Telegram slang note
p("h2625", "https://t.example/s/kcrystalplug", "seller", True, "en",
  "telegram-slang-snippet",
  "K Crystal Plug – Telegram",
  """<div class="tgme_channel_info"><b>K Crystal Plug 💎</b> 4.2K subscribers</div>
<div class="tgme_widget_message_text">🐴 fresh batch of dissociative crystal just landed 🐴 big glassy shards, the real special K not that 2f junk. 1g 40 · 3.5g 120 · 7g 210 · oz 650. vials also back. DM @kplug_orders to order, btc/ltc/cashapp. stealth ship US/CA/UK, 🇪🇺 from NL warehouse. vouches in pinned 👇</div>""")

# ---------------------------------------------------------------- h2626 clinic Spravato REMS
p("h2626", "https://www.lakeviewpsychiatry.example/services/spravato-esketamine", "clinic", False, "en",
  "spravato-rems-centre-copay",
  "Spravato® (esketamine) Treatment – Lakeview Psychiatry Associates",
  """<div class="utility"><a href="/patient-portal">Patient portal</a> | <a href="/pay-bill">Pay my bill</a> | <a href="/locations">4 locations</a> | Call (262) 555-0183</div>
<header><a href="/">Lakeview Psychiatry Associates</a>
<nav><a href="/about">About</a> <a href="/services">Services</a> <a href="/providers">Providers</a> <a href="/insurance">Insurance</a> <a href="/new-patients">New patients</a> <a href="/resources">Resources</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Spravato® (esketamine) nasal spray</h1>
<p>Lakeview Psychiatry is a certified Spravato® REMS treatment center. Spravato® is an FDA-approved nasal spray for adults with treatment-resistant depression and for depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behavior, used together with an oral antidepressant.</p>
<h2>What a treatment day looks like</h2>
<p>You self-administer the nasal spray under the direct observation of our staff in a private, comfortable room. We check your blood pressure before and after, and you stay with us for at least two hours until you are ready to leave. Spravato® is never taken home. You'll need someone to drive you.</p>
<h2>Schedule</h2>
<p>Weeks 1–4: twice weekly. Weeks 5–8: once weekly. Week 9 and on: weekly or every two weeks, depending on your response.</p>
<h2>Cost and insurance</h2>
<p>Most commercial plans, Medicare and Wisconsin Medicaid cover Spravato® with prior authorization, which our team handles. Eligible commercially insured patients may pay as little as $10 per treatment through the manufacturer's savings program; we'll help you enroll.</p>
<p><a class="btn" href="/new-patients/referral">Refer a patient</a> <a class="btn" href="/new-patients/request">Request an appointment</a></p>
</main>
<footer><p>Locations: Brookfield · Waukesha · Oconomowoc · Pewaukee</p><p>© 2026 Lakeview Psychiatry Associates, S.C. · Nondiscrimination notice · Privacy practices</p></footer>""", noise="cookie")

# ---------------------------------------------------------------- h2627 telehealth app landing, prescriber only in small print
p("h2627", "https://www.driftwell.example/", "telehealth", False, "en",
  "app-landing-prescriber-small-print",
  "Driftwell – Guided ketamine journeys at home",
  """<header><a class="logo" href="/">driftwell</a> <nav><a href="#how">How it works</a> <a href="#kit">Your kit</a> <a href="#stories">Stories</a> <a href="/pricing">Pricing</a></nav> <a class="btn" href="/start">See if you're eligible</a></header>
<section class="hero"><h1>Feel like yourself again.</h1><p>Guided ketamine journeys from the comfort of your home, with an app that helps you prepare, experience and integrate.</p><a class="btn" href="/start">Get started</a></section>
<section id="how"><h2>Three steps</h2>
<div><b>1. Check eligibility</b><p>Answer a few questions and book a video visit.</p></div>
<div><b>2. Receive your kit</b><p>Eye mask, journal, blood pressure monitor — and your treatment, if approved.</p></div>
<div><b>3. Journey &amp; integrate</b><p>Curated playlists, guided breathwork, and a weekly group with an integration coach.</p></div></section>
<section id="stories"><blockquote>"After 12 years of trying everything, this was the first time I felt real space between me and my thoughts." — Maya, 41</blockquote></section>
<section class="app"><h2>Download the app</h2><p>App Store · Google Play</p></section>
<footer>
<p class="fine-print">Driftwell does not provide medical care itself. Medical services are provided by independently owned professional practices with licensed physicians and nurse practitioners who determine eligibility after a video evaluation; treatment is prescribed only when clinically appropriate and is not available to everyone. Ketamine carries risks including increased blood pressure, dissociation and misuse. Not available in all states.</p>
<p>© 2026 Driftwell Inc. · Terms · Privacy · Telehealth consent</p></footer>""", noise="cookie")

# ---------------------------------------------------------------- h2628 seller pt, WhatsApp + Pix
p("h2628", "https://cetaminaentrega.example.com.br/produto/ketamin-frasco-10ml", "seller", True, "pt",
  "pt-br-whatsapp-pix",
  "Ketamin 50mg/ml frasco 10ml – Cetamina Entrega",
  """<div class="topo">Entrega em todo o Brasil 🚚 · Pedidos pelo WhatsApp · Pagamento via Pix com 5% de desconto</div>
<nav><a href="/">Início</a> <a href="/loja">Loja</a> <a href="/categoria/anestesicos">Anestésicos</a> <a href="/categoria/emagrecedores">Emagrecedores</a> <a href="/categoria/controlados">Controlados</a> <a href="/como-comprar">Como comprar</a></nav>
<h1>Ketamin 50mg/ml – frasco 10ml</h1>
<p class="avaliacao">★★★★★ (56 avaliações)</p>
<p class="preco">R$ 289,90 <small>ou 3x de R$ 96,63</small></p>
<p>Em estoque · Envio em até 24h</p>
<div class="qtd">Quantidade: <button>−</button> 1 <button>+</button></div>
<a class="btn-whatsapp" href="https://wa.me/55XXXXXXXXXXX?text=Quero%20comprar%20Ketamin">Comprar pelo WhatsApp</a>
<h2>Descrição</h2>
<p>Cetamina (ketamina) injetável, lacrada, original. Não precisa de receita. Enviamos em embalagem discreta pelos Correios ou transportadora, com código de rastreio. Kit com 5 frascos sai por R$ 1.290,00.</p>
<footer>Cetamina Entrega © 2026 · Atendimento de seg. a sáb. pelo WhatsApp</footer>""", noise="cookie-pt")

# ---------------------------------------------------------------- h2629 info de, news
p("h2629", "https://www.rheinblick-zeitung.example.de/region/ketamin-szene-preise-drug-checking-1234567", "informational", False, "de",
  "de-news-prices-drug-checking",
  "Ketamin in der Partyszene: Preise fallen, Risiken steigen | Rheinblick",
  """<header><a href="/">Rheinblick</a> <nav><a href="/region">Region</a> <a href="/politik">Politik</a> <a href="/wirtschaft">Wirtschaft</a> <a href="/sport">Sport</a> <a href="/kultur">Kultur</a> <a href="/abo">Abo</a></nav></header>
<article>
<h1>Ketamin in der Partyszene: Preise fallen, Risiken steigen</h1>
<p class="meta">Von Jana Kessler · 14.11.2026</p>
<p>Ketamin ist in Clubs der Region angekommen. Das berichten Streetworker und das Drug-Checking-Projekt, das seit einem Jahr in der Stadt Proben analysiert. Ein Gramm koste derzeit zwischen 20 und 35 Euro und damit weniger als noch vor drei Jahren, sagt Projektleiter Tobias Hahn.</p>
<p>Gekauft werde das Pulver vor allem über Messenger-Dienste und Onlineshops, die „Keta" mit Versand per Brief anbieten und Bitcoin als Zahlung verlangen. „Viele denken, was im Internet mit Laborbericht verkauft wird, sei sauber. Unsere Analysen zeigen das Gegenteil", so Hahn. In jeder sechsten Probe, die als Ketamin abgegeben wurde, fand das Labor ein anderes Dissoziativum.</p>
<p>Die Suchtberatungsstelle der Diakonie verzeichnet mehr Anfragen wegen Blasenbeschwerden. Dauerhafter Konsum kann die Harnblase schwer schädigen.</p>
<p>Ärztinnen und Ärzte weisen darauf hin, dass Esketamin als Nasenspray zwar gegen schwere Depressionen zugelassen ist, aber nur in der Praxis oder Klinik unter Aufsicht angewendet wird.</p>
<p class="info">Hilfe: Sucht &amp; Drogen Hotline 01806 313031 (0,20 €/Anruf).</p>
</article>
<aside><b>Mehr aus der Region</b><ul><li>Stadtrat beschließt Haushalt</li><li>Weihnachtsmarkt öffnet am Montag</li></ul></aside>
<footer>© Rheinblick Medien GmbH · Impressum · Datenschutz</footer>""", noise="cookie-de")

# ---------------------------------------------------------------- h2630 clinic es, precios, bono regalo
p("h2630", "https://www.clinicaaurora.example.es/tarifas", "clinic", False, "es",
  "es-clinic-prices-gift-voucher",
  "Tarifas – Clínica Aurora, Madrid",
  """<nav><a href="/">Clínica Aurora</a> <a href="/tratamientos">Tratamientos</a> <a href="/ketamina">Terapia con ketamina</a> <a href="/equipo">Equipo</a> <a href="/tarifas">Tarifas</a> <a href="/contacto">Contacto</a> <a class="btn" href="/cita">Pedir cita</a></nav>
<h1>Tarifas 2026</h1>
<table>
<tr><th>Servicio</th><th>Precio</th></tr>
<tr><td>Primera consulta de psiquiatría (60 min)</td><td>150 €</td></tr>
<tr><td>Sesión de ketamina intravenosa con monitorización</td><td>380 €</td></tr>
<tr><td>Bono inicial 6 sesiones de ketamina</td><td>2.040 €</td></tr>
<tr><td>Psicoterapia asistida con ketamina (sesión de 3 h)</td><td>550 €</td></tr>
<tr><td>Sesión de integración (psicología, 50 min)</td><td>80 €</td></tr>
<tr><td>Estimulación magnética transcraneal (sesión)</td><td>120 €</td></tr>
</table>
<p>Todos los tratamientos con ketamina se realizan en nuestra clínica de la calle Príncipe de Vergara, con anestesista y enfermería, tras la valoración del psiquiatra. Trabajamos con algunas aseguradoras privadas; consulte.</p>
<h2>Bono regalo</h2>
<p>¿Quiere regalar bienestar? Disponemos de bonos regalo para primera consulta y sesiones de psicología. Los tratamientos con ketamina requieren siempre valoración médica previa.</p>
<p>Cita por teléfono, correo o WhatsApp. Pago con tarjeta, Bizum o transferencia.</p>
<footer>Clínica Aurora · Centro sanitario autorizado por la Comunidad de Madrid (CS XXXXX) · Aviso legal · Privacidad</footer>""", noise="cookie-es")

# ---------------------------------------------------------------- h2631 seller it, PostePay
p("h2631", "https://ketaitalia.example.it/prodotto/ketamina-polvere", "seller", True, "it",
  "it-seller-postepay",
  "Ketamina in polvere – acquista online | KetaItalia",
  """<div class="avviso">Spedizione anonima in tutta Italia in 48h · Pagamento con ricarica PostePay o Bitcoin</div>
<nav><a href="/">Home</a> <a href="/negozio">Negozio</a> <a href="/prodotto/ketamina-polvere">Ketamina</a> <a href="/prodotto/ketamina-cristalli">Cristalli</a> <a href="/spedizioni">Spedizioni</a> <a href="/faq">Domande</a></nav>
<h1>Ketamina in polvere</h1>
<p class="voto">★★★★☆ 4,6 (31 recensioni)</p>
<ul class="listino"><li>2 g – 60 €</li><li>5 g – 130 €</li><li>10 g – 240 €</li><li>25 g – 520 €</li></ul>
<p><b>Disponibile</b></p>
<p>Quantità <input type="number" value="1"> <button>Aggiungi al carrello</button></p>
<h2>Descrizione</h2>
<p>Polvere fine, purezza testata. Nessuna ricetta richiesta. Il pacco arriva in busta anonima senza mittente. Per ordini sopra i 10 g scrivici su Telegram per uno sconto.</p>
<h2>Come pagare</h2>
<p>Dopo l'ordine ricevi il numero della carta PostePay da ricaricare in qualsiasi tabaccheria o ufficio postale. Invia la foto della ricevuta via e-mail.</p>
<footer>© KetaItalia – Venduto esclusivamente per scopi di ricerca</footer>""")

# ---------------------------------------------------------------- h2632 telehealth pt
p("h2632", "https://www.mentesa.example.com.br/tratamento-com-cetamina", "telehealth", False, "pt",
  "pt-br-telehealth-prescription",
  "Tratamento com cetamina acompanhado por psiquiatra | Mentesã",
  """<nav><a href="/">Mentesã</a> <a href="/como-funciona">Como funciona</a> <a href="/medicos">Nossos médicos</a> <a href="/valores">Valores</a> <a href="/duvidas">Dúvidas</a> <a href="/entrar">Entrar</a></nav>
<h1>Tratamento com cetamina, com acompanhamento psiquiátrico online</h1>
<p>Para adultos com depressão resistente que já tentaram pelo menos dois antidepressivos. O tratamento só começa depois da teleconsulta com um médico psiquiatra registrado no CRM.</p>
<h2>Etapas</h2>
<ol><li>Triagem online e envio de exames e relatórios anteriores.</li>
<li>Teleconsulta com psiquiatra (50 min). O médico pode indicar outro tratamento se a cetamina não for adequada.</li>
<li>Primeira sessão presencial em uma clínica parceira, com monitoramento da pressão.</li>
<li>Se houver indicação, a receita de controle especial é enviada à farmácia de manipulação parceira, que faz a entrega pessoal ao paciente mediante documento.</li>
<li>Retornos quinzenais por vídeo e questionários de acompanhamento.</li></ol>
<h2>Valores</h2>
<p>Teleconsulta inicial: R$ 450. Plano mensal de acompanhamento: R$ 690 (medicação cobrada à parte pela farmácia). Emitimos recibo para reembolso do plano de saúde.</p>
<footer>Mentesã Serviços Médicos Ltda. · Diretor técnico: Dr. Paulo Rezende, CRM-SP XXXXXX · Em caso de crise, ligue 188 (CVV).</footer>""", noise="cookie-pt")

# ---------------------------------------------------------------- h2633 info review / ranking site
p("h2633", "https://www.therapyratings.example/best-online-ketamine-therapy", "informational", False, "en",
  "review-ranking-affiliate",
  "7 Best Online Ketamine Therapy Providers of 2026 (Tested & Reviewed) | TherapyRatings",
  """<nav><a href="/">TherapyRatings</a> <a href="/online-therapy">Online therapy</a> <a href="/psychiatry">Psychiatry</a> <a href="/ketamine">Ketamine</a> <a href="/methodology">How we test</a></nav>
<p class="disclosure">Advertiser disclosure: We may earn a commission when you sign up through links on this page. This does not affect our ratings.</p>
<h1>7 Best Online Ketamine Therapy Providers of 2026</h1>
<p class="byline">Written by Claire Donovan · Medically reviewed by Dr. Samuel Okafor, MD · Updated December 1, 2026</p>
<p>We signed up for nine at-home ketamine services, completed their intake processes and interviewed 140 users. Here is how they compare.</p>
<table class="compare">
<tr><th>Provider</th><th>Best for</th><th>Price</th><th>Rating</th><th></th></tr>
<tr><td>CalmHarbor</td><td>Overall</td><td>$279 first month</td><td>4.7</td><td><a class="cta" href="/go/calmharbor">Visit site</a></td></tr>
<tr><td>Nirvana Health</td><td>Integration support</td><td>$299 first month</td><td>4.5</td><td><a class="cta" href="/go/nirvana">Visit site</a></td></tr>
<tr><td>LumenMind</td><td>Psychiatric follow-up</td><td>$249 / month</td><td>4.4</td><td><a class="cta" href="/go/lumenmind">Visit site</a></td></tr>
<tr><td>Driftwell</td><td>App experience</td><td>$225 / month</td><td>4.1</td><td><a class="cta" href="/go/driftwell">Visit site</a></td></tr></table>
<h2>What to watch out for</h2>
<p>Legitimate services require a live video evaluation with a licensed clinician, check your blood pressure and medications, and send prescriptions through a licensed pharmacy. Be wary of any website that lets you "buy ketamine online" after a checkbox questionnaire, ships powder or vials, or asks for payment in crypto or gift cards — those are not telehealth providers, and several have been shut down by regulators.</p>
<h2>Is at-home ketamine right for you?</h2>
<p>At-home programs use lower doses than clinic infusions. People with uncontrolled high blood pressure, a history of psychosis or a substance use disorder are usually not eligible. If you prefer more supervision, look for an in-person infusion clinic.</p>
<footer>© 2026 TherapyRatings · Content is for informational purposes and is not medical advice.</footer>""", noise="cookie")

# ---------------------------------------------------------------- h2634 clinic KAP intensive package
p("h2634", "https://www.openfieldkap.example/intensives", "clinic", False, "en",
  "kap-intensive-package",
  "3-Day KAP Intensives – Openfield Ketamine-Assisted Psychotherapy, Portland",
  """<nav><a href="/">Openfield</a> <a href="/approach">Our approach</a> <a href="/kap">KAP</a> <a href="/intensives">Intensives</a> <a href="/team">Team</a> <a href="/fees">Fees</a> <a href="/contact">Contact</a></nav>
<h1>Three-day KAP intensives</h1>
<p>For people who want deeper work in a short time, we offer three-day ketamine-assisted psychotherapy intensives in our Portland office on NE Alberta Street.</p>
<h2>What's included</h2>
<ul><li>Medical screening with our psychiatric nurse practitioner before you're accepted</li>
<li>Two preparation sessions with your therapist (video)</li>
<li>Three dosing sessions in the office: intramuscular ketamine given by our nurse, with your therapist present for the full session</li>
<li>Integration session each afternoon and two follow-ups in the month after</li></ul>
<p>Fee: $4,800 for the full intensive. A $500 deposit reserves your dates. We can provide a superbill; most insurers do not reimburse KAP.</p>
<p>Gift certificates are available for preparatory therapy sessions only. Anyone receiving ketamine must complete our medical screening.</p>
<p><a class="btn" href="/contact">Schedule a free 20-minute consultation</a></p>
<footer>Openfield Ketamine-Assisted Psychotherapy, PLLC · Portland, OR</footer>""")

# ---------------------------------------------------------------- h2635 seller es, shipping FAQ
p("h2635", "https://www.quimicosonline.example/envios-y-preguntas", "seller", True, "es",
  "es-shipping-faq",
  "Envíos y preguntas frecuentes – QuímicosOnline",
  """<nav><a href="/">Inicio</a> <a href="/tienda">Tienda</a> <a href="/envios-y-preguntas">Envíos y FAQ</a> <a href="/contacto">Contacto</a></nav>
<h1>Envíos y preguntas frecuentes</h1>
<h3>¿A qué países envían?</h3>
<p>Enviamos desde España a toda la UE y, con envío certificado, a México, Colombia, Chile y Argentina. El paquete va en sobre acolchado, sin logotipo ni remitente.</p>
<h3>¿Cuánto tarda?</h3>
<p>Península: 24-48 h. Resto de Europa: 3-6 días. Latinoamérica: 10-20 días.</p>
<h3>¿Qué pasa si aduana retiene el paquete?</h3>
<p>Reenviamos gratis una vez. Para pedidos a Latinoamérica recomendamos no superar 25 g por envío.</p>
<h3>¿Necesito receta para la keta?</h3>
<p>No. Vendemos como producto químico de investigación; no pedimos receta ni datos médicos.</p>
<h3>¿Cómo pago?</h3>
<p>Bitcoin, USDT o transferencia SEPA. En México, depósito en OXXO.</p>
<h3>¿Hay pedido mínimo?</h3>
<p>5 g para cristal y 1 vial para la versión líquida.</p>
<footer>QuímicosOnline · Soporte por Telegram y Signal</footer>""")

# ---------------------------------------------------------------- h2636 telehealth nl
p("h2636", "https://www.helderhoofd.example.nl/veelgestelde-vragen/medicatie", "telehealth", False, "nl",
  "nl-telehealth-faq-medication",
  "Veelgestelde vragen over medicatie – Helder Hoofd",
  """<nav><a href="/">Helder Hoofd</a> <a href="/behandeling">Behandeling</a> <a href="/team">Ons team</a> <a href="/kosten">Kosten</a> <a href="/veelgestelde-vragen">Veelgestelde vragen</a> <a href="/aanmelden">Aanmelden</a></nav>
<h1>Veelgestelde vragen: medicatie</h1>
<h3>Wie schrijft de esketamine of ketamine voor?</h3>
<p>Altijd een psychiater van Helder Hoofd, na een intake via video en overleg met uw huisarts. Zonder verwijzing van de huisarts kunnen wij u niet behandelen.</p>
<h3>Krijg ik de medicatie thuisgestuurd?</h3>
<p>Alleen de orale ketamine voor de onderhoudsfase. Die wordt door onze partnerapotheek persoonlijk bezorgd, tegen legitimatie. De eerste behandelingen vinden altijd plaats op onze locatie in Utrecht onder toezicht.</p>
<h3>Wat als ik een dosis mis of bijwerkingen heb?</h3>
<p>Neem contact op met het behandelteam via de beveiligde app. Buiten kantoortijden kunt u de huisartsenpost bellen.</p>
<h3>Wordt het vergoed?</h3>
<p>De behandeling valt onder de gespecialiseerde ggz en wordt vergoed vanuit de basisverzekering, met uitzondering van uw eigen risico.</p>""", noise="cookie-nl")

# ---------------------------------------------------------------- h2637 info fr, helpline Q&A
p("h2637", "https://www.info-drogues.example.fr/questions-reponses/site-qui-vend-de-la-ketamine", "informational", False, "fr",
  "fr-helpline-question-answer",
  "« J'ai trouvé un site qui vend de la kétamine, c'est légal ? » – Info Drogues",
  """<nav><a href="/">Info Drogues</a> <a href="/produits">Produits</a> <a href="/questions-reponses">Vos questions</a> <a href="/aide">Trouver de l'aide</a> <a href="/chat">Chat anonyme</a></nav>
<div class="question"><h1>J'ai trouvé un site qui vend de la kétamine, c'est légal ?</h1>
<p>Bonjour, je suis tombé sur un site qui propose de la kétamine « sans ordonnance », 40 € le gramme, paiement en Bitcoin ou en coupons PCS, livraison discrète. Ils disent que c'est un « produit de recherche ». Est-ce que c'est légal de commander ? — Question de Théo, 22 ans</p></div>
<div class="reponse"><h2>Notre réponse</h2>
<p>Bonjour Théo. Non : en France, la kétamine est classée comme stupéfiant. Sa vente, son achat et sa détention en dehors d'un circuit médical sont interdits, quelle que soit l'étiquette « produit de recherche » ou « non destiné à la consommation humaine » utilisée par le site.</p>
<p>Ces boutiques en ligne posent aussi d'autres problèmes : le produit reçu n'est pas toujours de la kétamine, les paiements par coupons ne sont pas remboursables et beaucoup de sites sont de simples arnaques.</p>
<p>En médecine, la kétamine est utilisée en anesthésie et l'eskétamine peut être prescrite à l'hôpital pour certaines dépressions résistantes, toujours sous surveillance.</p>
<p>Si vous consommez déjà, vous pouvez faire analyser un produit gratuitement auprès d'un CAARUD et nous appeler au 0 800 XX XX XX (appel anonyme et gratuit).</p></div>""", noise="cookie-fr")

# ---------------------------------------------------------------- h2638 clinic pt
p("h2638", "https://www.clinicaequilibrio.example.pt/infusao-de-cetamina", "clinic", False, "pt",
  "pt-clinic-whatsapp-package",
  "Infusão de cetamina em Lisboa – Clínica Equilíbrio",
  """<nav><a href="/">Clínica Equilíbrio</a> <a href="/especialidades">Especialidades</a> <a href="/infusao-de-cetamina">Cetamina</a> <a href="/equipa">Equipa</a> <a href="/precos">Preços</a> <a href="/marcacoes">Marcações</a></nav>
<h1>Infusão de cetamina para depressão resistente</h1>
<p>Na Clínica Equilíbrio, em Lisboa (Avenidas Novas), realizamos infusões endovenosas de cetamina em regime de ambulatório, com avaliação prévia em consulta de psiquiatria e vigilância de anestesiologista durante toda a sessão.</p>
<ul><li>Consulta de psiquiatria de avaliação: 120 €</li><li>Sessão de infusão (cerca de 2 h na clínica): 350 €</li><li>Pacote de 6 sessões: 1.900 €</li></ul>
<p>Marcações por telefone (21 XXX XXXX), e-mail ou WhatsApp. É obrigatória a presença de um acompanhante no regresso a casa.</p>
<footer>Clínica Equilíbrio, Lda. · Licença ERS n.º XXXXX · Livro de Reclamações</footer>""", noise="cookie-pt")

# ---------------------------------------------------------------- h2639 telehealth search snippet
p("h2639", "https://www.evenkeel.example/ketamine", "telehealth", False, "en",
  "search-snippet",
  "At-Home Ketamine Treatment | EvenKeel",
  """EvenKeel – At-Home Ketamine Treatment for Depression & Anxiety. Meet with a licensed psychiatric clinician by video within 72 hours; if ketamine is right for you, your prescription ships from a licensed pharmacy. Plans from $219/month. HSA/FSA eligible.""", ext="txt")

# ---------------------------------------------------------------- h2640 info nl, monitoring excerpt
p("h2640", "https://www.drugsmonitor.example.nl/rapporten/2026/ketamine-prijzen-en-samenstelling", "informational", False, "nl",
  "nl-monitoring-report-prices",
  "Ketamine: prijzen en samenstelling 2025 – Drugsmonitor",
  """<nav><a href="/">Drugsmonitor</a> <a href="/rapporten">Rapporten</a> <a href="/cijfers">Cijfers</a> <a href="/testservice">Testservice</a> <a href="/over-ons">Over ons</a></nav>
<h1>Ketamine: prijzen en samenstelling in 2025</h1>
<p>In 2025 werden bij de testservice 1.184 monsters aangeboden die als ketamine waren gekocht, 14 procent meer dan in 2024.</p>
<h2>Prijs</h2>
<p>Gebruikers betaalden gemiddeld €24 per gram (mediaan €20; spreiding €10–€50). Wie via een webshop of Telegram kocht, betaalde gemiddeld iets meer dan wie via een vriend of dealer kocht. Prijzen voor "naalden" lagen hoger dan voor poeder.</p>
<h2>Samenstelling</h2>
<p>83 procent van de monsters bevatte alleen ketamine. In 9 procent werd een ander dissociatief middel aangetroffen (vooral 2F-deschloorketamine), soms zonder ketamine. 3 procent bevatte geen psychoactieve stof.</p>
<h2>Advies</h2>
<p>Laat je middel testen, gebruik niet alleen en combineer niet met alcohol of GHB. Bij klachten bij het plassen: stop en ga naar de huisarts.</p>
<p class="bron">Bron: Drugsmonitor, jaarrapport 2026, hoofdstuk 6. Dit rapport bevat geen aankoopadvies.</p>""", noise="cookie-nl")

save(OUT, R)
