# Batch 81 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "A fair sample": the web as a patient searching for ketamine therapy meets it in late 2026,
# no special trick. Search results a patient would click: clinic home and service pages, telehealth
# landing, pricing and FAQ pages, news, government fact sheets and warnings, forums, a directory, a
# job post, and shops of all kinds (crystal/powder shop, research-chemical vendors selling analogues,
# fake online pharmacies selling Spravato, classifieds and social listings, a Telegram-channel
# mirror, a questionnaire-only "telehealth" front, an affiliate doorway, a veterinary supplier,
# a bot-check wall on a shop URL).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, nl 2, pt 3, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), medium service
# and product pages, short pages, and a few 1-3 sentence plain-text snippets.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch81.py (writes batch81/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch81")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ------------------------------------------------------------------------------------------ h8101
p("h8101", "https://www.stillwaterinfusion.example/", "clinic", False, "en",
  "infusion-clinic-home-page-long", "Stillwater Ketamine & Wellness | IV Ketamine Infusions in Boise, Idaho", """
<header class="site-header">
<a class="logo" href="/"><img src="/img/stillwater-logo.svg" alt="Stillwater Ketamine &amp; Wellness"></a>
<nav><ul>
<li><a href="/about/">About</a></li>
<li><a href="/conditions/">Conditions We Treat</a>
  <ul class="dropdown"><li><a href="/conditions/depression/">Depression</a></li><li><a href="/conditions/ptsd/">PTSD</a></li><li><a href="/conditions/anxiety/">Anxiety</a></li><li><a href="/conditions/chronic-pain/">Chronic Pain &amp; CRPS</a></li><li><a href="/conditions/ocd/">OCD</a></li></ul></li>
<li><a href="/treatments/">Treatments</a>
  <ul class="dropdown"><li><a href="/treatments/iv-ketamine/">IV Ketamine</a></li><li><a href="/treatments/spravato/">Spravato&reg;</a></li><li><a href="/treatments/nad/">NAD+ &amp; Vitamin Drips</a></li></ul></li>
<li><a href="/pricing/">Pricing</a></li>
<li><a href="/referrals/">For Providers</a></li>
<li><a href="/blog/">Blog</a></li>
</ul></nav>
<a class="btn btn-call" href="tel:+12085550143">(208) 555-0143</a>
<a class="btn btn-primary" href="/free-consultation/">Free Phone Consultation</a>
</header>

<section class="hero">
<h1>Feel like yourself again.</h1>
<p class="lead">Physician-led IV ketamine infusions for treatment-resistant depression, PTSD and chronic pain, in a calm private suite ten minutes from downtown Boise.</p>
<a class="btn btn-primary" href="/free-consultation/">See if ketamine is right for you</a>
<p class="trust">&#9733;&#9733;&#9733;&#9733;&#9733; 4.9 from 212 Google reviews &middot; Veteran-owned &middot; Serving the Treasure Valley since 2019</p>
</section>

<section class="why">
<h2>Why patients choose Stillwater</h2>
<div class="cards">
<div class="card"><h3>Medical oversight at every visit</h3><p>Every infusion is ordered by our medical director, Dr. Karen Holloway, MD (board-certified in anesthesiology), and given by an ACLS-certified nurse with continuous heart-rate, blood-pressure and oxygen monitoring.</p></div>
<div class="card"><h3>Private recovery suites</h3><p>Zero-gravity recliners, weighted blankets, eye shades and a curated music library. You are never left alone in a waiting room after treatment.</p></div>
<div class="card"><h3>Coordinated with your care team</h3><p>With your permission we send a treatment summary to your psychiatrist, therapist or primary-care provider after your initial series.</p></div>
</div>
</section>

<section class="process">
<h2>What to expect</h2>
<ol>
<li><b>Free 15-minute phone call</b> with our patient coordinator to answer questions and check basic eligibility.</li>
<li><b>Medical intake</b> (60 minutes, in person): history, current medications, blood pressure, PHQ-9 and GAD-7 screening, and a conversation with the provider. Some patients need a letter from their treating clinician before we proceed.</li>
<li><b>Initial series</b>: six infusions of about 40 minutes each over two to three weeks. Plan on two hours at the clinic per visit and arrange for someone to drive you home.</li>
<li><b>Maintenance</b>: boosters as needed, usually every 4 to 12 weeks, decided together with your provider.</li>
</ol>
</section>

<section class="testimonial">
<blockquote>"After eleven years and nine medications I honestly didn't expect anything. By the fourth infusion my wife said I was laughing again." &mdash; <cite>J.R., Meridian</cite></blockquote>
<p class="small">Individual results vary. Ketamine for depression is an off-label use. Testimonials are shared with written permission.</p>
</section>

<section class="insurance">
<h2>Insurance &amp; payment</h2>
<p>IV ketamine is generally not covered by insurance. We provide a superbill you can submit for possible out-of-network reimbursement, and we accept HSA/FSA cards and CareCredit. Spravato&reg; treatment is billed to most commercial plans and Medicare after prior authorization. See <a href="/pricing/">current pricing</a>.</p>
</section>

<aside class="sidebar">
<h3>Latest from the blog</h3>
<ul>
<li><a href="/blog/ketamine-vs-spravato/">IV ketamine vs. Spravato: how do they differ?</a></li>
<li><a href="/blog/what-an-infusion-feels-like/">What does an infusion actually feel like?</a></li>
<li><a href="/blog/online-ketamine-warning/">Why we don't recommend buying "ketamine" online</a></li>
</ul>
</aside>

<footer>
<div class="cols">
<div><b>Stillwater Ketamine &amp; Wellness</b><br>1450 W. Riverstone Dr., Suite 210<br>Boise, ID 83702<br>Mon&ndash;Thu 8am&ndash;5pm, Fri 8am&ndash;noon</div>
<div><a href="/privacy/">Privacy Policy</a><br><a href="/notice-of-privacy-practices/">HIPAA Notice</a><br><a href="/careers/">Careers</a><br><a href="/patient-portal/">Patient Portal</a></div>
<div><p class="crisis">If you are in crisis, call or text 988 or go to the nearest emergency room. We are not an emergency service.</p></div>
</div>
<p>&copy; 2026 Stillwater Ketamine &amp; Wellness, PLLC. All rights reserved.</p>
</footer>
""", noise="cookie")

# ------------------------------------------------------------------------------------------ h8102
p("h8102", "https://crystalpurelab.example/product/ketamine-hcl-crystal-shards/", "seller", True, "en",
  "crystal-powder-shop-product-page", "Ketamine HCl Crystal Shards 99.6% - CrystalPure Lab", """
<div class="topbar">&#128666; FREE stealth shipping on orders over $300 &middot; Reship guarantee for US, CA, AU, EU &middot; 10% off when paying with BTC/XMR</div>
<header>
<a href="/" class="brand">CrystalPure<span>Lab</span></a>
<form class="search"><input name="s" placeholder="Search products&hellip;"><button>Search</button></form>
<nav><a href="/shop/">Shop</a> <a href="/product-category/dissociatives/">Dissociatives</a> <a href="/product-category/psychedelics/">Psychedelics</a> <a href="/product-category/pharma/">Pharma</a> <a href="/how-to-order/">How to order</a> <a href="/faq/">FAQ</a> <a href="/contact/">Contact</a></nav>
<a href="/cart/" class="cart">Cart (0) &ndash; $0.00</a>
</header>

<main class="product">
<nav class="woocommerce-breadcrumb"><a href="/">Home</a> / <a href="/product-category/dissociatives/">Dissociatives</a> / Ketamine HCl Crystal Shards</nav>
<div class="gallery"><img src="/wp-content/uploads/2026/03/ketamine-shards.jpg" alt="ketamine crystal shards"></div>
<div class="summary">
<h1 class="product_title">Ketamine HCl Crystal Shards 99.6%</h1>
<div class="rating">&#9733;&#9733;&#9733;&#9733;&#9733; (87 customer reviews)</div>
<p class="price">$80.00 &ndash; $1,450.00</p>
<p>Pharma-grade ketamine hydrochloride in large, clean, needle-point shards. Lab-tested every batch (see COA). Shards crush easily to a fine powder. Ships vacuum-sealed in a double mylar bag inside a decoy package.</p>
<form class="cart">
<label>Quantity
<select name="attribute_pa_weight">
<option>Choose an option</option>
<option>3.5 g &ndash; $80</option>
<option>7 g &ndash; $145</option>
<option>14 g &ndash; $260</option>
<option>28 g &ndash; $480</option>
<option>100 g &ndash; $1,450</option>
</select></label>
<input type="number" name="quantity" value="1" min="1">
<button type="submit" class="single_add_to_cart_button">Add to cart</button>
</form>
<ul class="perks">
<li>&#10004; No prescription required</li>
<li>&#10004; Discreet, odor-proof packaging with no mention of contents</li>
<li>&#10004; Tracking number within 24h of payment confirmation</li>
<li>&#10004; Free reship if seized by customs (once per order)</li>
</ul>
<p class="sku">SKU: KET-SH-996 &middot; Category: <a href="/product-category/dissociatives/">Dissociatives</a> &middot; Tags: <a href="#">ket</a>, <a href="#">special k</a>, <a href="#">ketamine for sale</a></p>
</div>

<div class="tabs">
<h2>Description</h2>
<p>Looking to buy ketamine online? Our shards are sourced from a pharmaceutical manufacturer, not cooked in a kitchen lab. Many of our customers use ketamine for depression and anxiety when clinics are too expensive or have a waiting list of months. You don't need to see a doctor or fill out forms: simply order, pay, and receive.</p>
<p>Also available: <a href="/product/ketamine-liquid-vials-10ml/">Ketamine liquid vials 10 ml (500 mg/10 ml)</a>, <a href="/product/ketamine-nasal-spray/">ready-made ketamine nasal spray 30 ml</a>, <a href="/product/ketamine-powder/">fine ketamine powder</a>.</p>
<h2>Payment</h2>
<p>We accept Bitcoin, Monero, USDT (TRC-20), Zelle and Apple/Amazon gift cards. Card payments are not available at the moment. Orders are held for 6 hours awaiting payment and then cancelled.</p>
<h2>Reviews (87)</h2>
<div class="review"><b>mike_tx</b> &ndash; &#9733;&#9733;&#9733;&#9733;&#9733; Arrived in Texas in 4 days. Real deal, clean shards, no weird taste.</div>
<div class="review"><b>Leanne</b> &ndash; &#9733;&#9733;&#9733;&#9733;&#9734; First package got lost but they reshipped no questions asked. Customer service on Telegram is fast.</div>
<div class="review"><b>anon_eu</b> &ndash; &#9733;&#9733;&#9733;&#9733;&#9733; Ordered to Germany, took 9 days. Packaging perfect.</div>
</div>

<section class="related"><h2>Related products</h2>
<ul><li>2-FDCK Crystal &ndash; $60.00</li><li>Ketamine liquid vials 10ml &ndash; $110.00</li><li>Xanax 2mg bars (100) &ndash; $180.00</li></ul></section>
</main>

<footer>
<p>Need help? Chat with us on Telegram <b>@crystalpure_support</b> or Wickr <b>cpl_orders</b>.</p>
<p>&copy; 2026 CrystalPure Lab. All products are shipped worldwide.</p>
</footer>
""")

# ------------------------------------------------------------------------------------------ h8103
p("h8103", "https://www.evenkeelhealth.example/ketamine-therapy", "telehealth", False, "en",
  "telehealth-landing-page-long", "At-Home Ketamine Therapy, Guided by Licensed Clinicians | Even Keel Health", """
<nav class="top">
<a href="/" class="logo">even keel</a>
<a href="/ketamine-therapy">Ketamine Therapy</a>
<a href="/how-it-works">How it works</a>
<a href="/pricing">Pricing</a>
<a href="/clinicians">Our clinicians</a>
<a href="/research">Research</a>
<a href="/faq">FAQ</a>
<a href="/login">Log in</a>
<a href="/assessment" class="cta">Take the assessment</a>
</nav>

<section class="hero">
<p class="eyebrow">Now available in 24 states</p>
<h1>Ketamine therapy at home, with a real clinician in your corner</h1>
<p>For adults living with depression or anxiety that hasn't improved enough with other treatments. Start with a free online assessment, then meet a licensed psychiatric clinician by video who decides whether ketamine is safe and appropriate for you.</p>
<a href="/assessment" class="cta">Check my eligibility (3 min)</a>
<p class="fine">The assessment is a screening tool only. It does not mean you will be prescribed medication.</p>
</section>

<section class="steps">
<h2>How Even Keel works</h2>
<div class="step"><span>1</span><h3>Online assessment</h3><p>Answer questions about your mood, medical history and current medications. If something in your answers means ketamine wouldn't be a good fit, such as uncontrolled high blood pressure, a history of psychosis or an active substance-use disorder, we'll tell you right away and point you to other options.</p></div>
<div class="step"><span>2</span><h3>Video evaluation</h3><p>A 45-minute video visit with a psychiatric nurse practitioner or physician licensed in your state. They review your history, may request records from your current providers, and create a treatment plan with you. If ketamine isn't right, you won't be charged for the medication portion.</p></div>
<div class="step"><span>3</span><h3>Prescription from a partner pharmacy</h3><p>If prescribed, your sublingual ketamine tablets are dispensed by a licensed US pharmacy and shipped to your home with signature confirmation. We never ship medication without a valid prescription from your Even Keel clinician.</p></div>
<div class="step"><span>4</span><h3>Guided sessions &amp; integration</h3><p>Six sessions over four weeks using our app, with a trusted person present as your treatment monitor. Before and after each session you'll log blood pressure and mood. Weekly integration calls with a licensed guide are included, and your clinician checks in at sessions 2 and 6.</p></div>
</section>

<section class="safety">
<h2>Safety first, always</h2>
<ul>
<li>Blood-pressure cuff included in your welcome kit</li>
<li>Clinician on call 7 days a week for urgent questions</li>
<li>Doses adjusted only by your prescriber, never automatically</li>
<li>Treatment paused if check-ins show warning signs</li>
</ul>
</section>

<section class="clinicians">
<h2>Meet some of our prescribers</h2>
<ul>
<li><b>Dr. Anjali Mehta, MD</b> &ndash; Board-certified psychiatrist, Medical Director</li>
<li><b>Thomas Greer, PMHNP-BC</b> &ndash; Psychiatric-mental health nurse practitioner, licensed in CO, WA, OR, NM</li>
<li><b>Rosa Delgado, PMHNP-BC</b> &ndash; licensed in TX, FL, AZ, NV</li>
</ul>
<a href="/clinicians">See all clinicians</a>
</section>

<section class="press"><p>As featured in: <i>The Daily Ledger</i> &middot; <i>Wellness Weekly</i> &middot; <i>HealthTech Now</i></p></section>

<footer>
<p>Even Keel Health, Inc. provides technology and administrative services to Even Keel Medical Group, P.C., an independent group of licensed clinicians who provide all clinical services.</p>
<p>Ketamine is FDA-approved as an anesthetic; its use for depression and anxiety is off-label. Even Keel is not for emergencies. If you are having thoughts of suicide, call or text 988.</p>
<p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/telehealth-consent">Telehealth consent</a> &middot; <a href="/careers">Careers</a></p>
</footer>
""", noise="cookie")

# ------------------------------------------------------------------------------------------ h8104
p("h8104", "https://www.coloradoledger.example/health/2026/11/18/online-ketamine-sellers-patients", "informational", False, "en",
  "news-report-quoting-vendors-prices", "Searching for ketamine help, patients find a maze of clinics, apps and shady shops - The Colorado Ledger", """
<header><a href="/">The Colorado Ledger</a> <nav><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/health">Health</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="sub">Subscribe $1 for 6 months</a></nav></header>
<article>
<p class="kicker">HEALTH</p>
<h1>Searching for ketamine help, patients find a maze of clinics, apps and shady shops</h1>
<p class="byline">By Priya Natarajan &middot; November 18, 2026 &middot; Updated 4:12 p.m.</p>
<p>When Dana Whitcomb typed "ketamine for depression near me" into her phone last spring, the first screen of results offered three infusion clinics in Denver, two telehealth companies promising treatment "from the comfort of your couch" &mdash; and a site called KetaDirect that would mail her "pharma grade" ketamine with no prescription at all.</p>
<p>"It looked as professional as the clinics," said Whitcomb, 41, of Aurora. "It had reviews, a chat box, a money-back guarantee. The only thing it didn't have was a doctor."</p>
<p>Whitcomb eventually started infusions at a clinic in Lakewood. But addiction specialists and regulators say many people are not as careful, and that the line between legitimate care and illegal sales has become harder for patients to see.</p>
<h2>"Same drug, completely different risk"</h2>
<p>A Ledger review of 50 sites returned for common search terms found 17 that offered ketamine or esketamine without any medical evaluation. Prices ranged from about $60 for 3.5 grams of "crystal" to $480 an ounce, roughly in line with street prices reported by the Drug Enforcement Administration. Several accepted only cryptocurrency or gift cards; four directed buyers to Telegram for "faster service." One advertised Spravato, the prescription nasal spray, at $299 per device, "no Rx needed."</p>
<p>Spravato, made by Johnson &amp; Johnson, can legally be given only at certified health-care settings, where patients must be observed for at least two hours. "If someone is selling you Spravato to use at home, it is either counterfeit or diverted," said Dr. Marcus Ellery, an addiction psychiatrist at the University of Colorado. "Either way, you have no idea what you're getting."</p>
<p>Ketamine tested by drug-checking programs is sometimes cut with other substances, and analogues such as 2-FDCK are increasingly sold under the ketamine name, Ellery said.</p>
<h2>Telehealth under new rules</h2>
<p>Legitimate telehealth companies, meanwhile, are adjusting to the federal special registration framework for prescribing controlled substances remotely, which took effect this year. Companies now must verify a patient's identity and, in many cases, document an evaluation by a clinician registered in the patient's state.</p>
<p>"We welcome it," said the chief medical officer of one Denver-based provider, who asked that the company not be named because it is negotiating with regulators. "Patients deserve a way to tell us apart from the sites that sell powder."</p>
<p>The Colorado Department of Regulatory Agencies advises patients to verify a prescriber's license through its online lookup and to be wary of any site that does not require a video or in-person evaluation.</p>
<p class="tagline">Priya Natarajan covers health care for The Ledger. Reach her at pnatarajan@coloradoledger.example.</p>
</article>
<aside><h3>Most read</h3><ol><li>RTD to cut three bus routes in January</li><li>Avalanche beat Jets in overtime</li><li>Searching for ketamine help, patients find a maze&hellip;</li></ol></aside>
<footer>&copy; 2026 The Colorado Ledger. <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
""")

# ------------------------------------------------------------------------------------------ h8105
p("h8105", "https://rxcaremeds24.example/buy-spravato-esketamine-nasal-spray-online", "seller", True, "en",
  "fake-online-pharmacy-spravato", "Buy Spravato (Esketamine) Nasal Spray 28mg Online - No Prescription | RxCareMeds24", """
<div class="header-strip">24/7 Online Pharmacy &middot; Call us: +1 (302) 555-0178 &middot; <b>Worldwide overnight delivery</b></div>
<header><a href="/" class="logo">RxCare<b>Meds</b>24</a>
<ul class="menu"><li><a href="/">Home</a></li><li><a href="/category/pain-relief">Pain Relief</a></li><li><a href="/category/anxiety">Anxiety</a></li><li><a href="/category/depression">Depression</a></li><li><a href="/category/adhd">ADHD</a></li><li><a href="/category/sleep">Sleep Aids</a></li><li><a href="/shipping">Shipping</a></li></ul>
</header>
<main>
<h1>Buy Spravato Nasal Spray Online</h1>
<div class="product-box">
<img src="/images/spravato-28mg.png" alt="Spravato esketamine nasal spray device">
<table class="prices">
<tr><th>Package</th><th>Price</th><th>Per device</th><th></th></tr>
<tr><td>Spravato 28mg x 2 devices</td><td>$649.00</td><td>$324.50</td><td><a href="/cart/add/sprav-2" class="btn">Add to cart</a></td></tr>
<tr><td>Spravato 28mg x 3 devices</td><td>$899.00</td><td>$299.67</td><td><a href="/cart/add/sprav-3" class="btn">Add to cart</a></td></tr>
<tr><td>Spravato 28mg x 6 devices</td><td>$1,699.00</td><td>$283.17</td><td><a href="/cart/add/sprav-6" class="btn">Add to cart</a></td></tr>
<tr><td>Generic esketamine spray 28mg x 3</td><td>$549.00</td><td>$183.00</td><td><a href="/cart/add/esk-3" class="btn">Add to cart</a></td></tr>
</table>
<p class="note">&#10004; No prescription needed &ndash; free online doctor consultation included with every order<br>&#10004; 100% genuine Janssen product<br>&#10004; Discreet packing<br>&#10004; Pay by Visa, Mastercard, Bitcoin</p>
</div>

<h2>What is Spravato?</h2>
<p>Spravato (esketamine) is a nasal spray approved for treatment-resistant depression in adults. It works fast, often within hours, unlike traditional antidepressants that take weeks. Many patients find it hard to get Spravato because it is only given in certified clinics with long waiting times and high costs. At RxCareMeds24 you can buy Spravato online and use it at home whenever you need.</p>
<h2>Dosage</h2>
<p>The usual dosage is 56 mg (2 devices) to 84 mg (3 devices) twice a week during the first month, then once a week. Spray one device into each nostril. Wait 5 minutes between devices.</p>
<h2>Side effects</h2>
<p>Dizziness, nausea, feeling disconnected, sleepiness, increased blood pressure. Do not drive on the day of use.</p>
<h2>Why buy from us?</h2>
<ul><li>Over 50,000 satisfied customers since 2014</li><li>Lowest price guarantee</li><li>Free reshipment if package is lost or held at customs</li><li>No hidden fees</li></ul>
<div class="reviews"><p>"I couldn't find a clinic within 200 miles. Got my Spravato in 3 days. Thank you!" &ndash; Greg, Montana</p></div>
</main>
<footer><p>RxCareMeds24 &copy; 2014-2026. <a href="/about">About us</a> | <a href="/refund">Refund policy</a> | <a href="/privacy">Privacy</a></p>
<p><img src="/images/verified-badges.png" alt="Verified pharmacy secure checkout badges"></p></footer>
""")

# ------------------------------------------------------------------------------------------ h8106
p("h8106", "https://ketaminaespana.example/comprar-ketamina-online", "seller", True, "es",
  "crystal-shop-spanish-bizum-bitcoin", "Comprar Ketamina Online en España | Envío Discreto 24/48h", """
<header>
<a href="/" class="logo">Keta<b>España</b></a>
<nav><a href="/">Inicio</a> <a href="/tienda">Tienda</a> <a href="/como-pedir">Cómo pedir</a> <a href="/envios">Envíos</a> <a href="/preguntas">Preguntas frecuentes</a> <a href="/contacto">Contacto</a></nav>
<a href="/carrito" class="carrito">&#128722; Carrito (0)</a>
</header>
<main>
<h1>Comprar ketamina online con envío discreto a toda España</h1>
<p>¿Buscas ketamina de calidad sin complicaciones? En KetaEspaña te la enviamos a casa en 24/48 horas laborables, en sobre acolchado sin remitente ni logotipos. Sin receta, sin preguntas.</p>
<div class="productos">
<div class="producto"><h2>Ketamina cristal (rocas)</h2><p>Pureza &gt;98%, cristales grandes.</p><ul><li>1 g &ndash; 35 &euro;</li><li>5 g &ndash; 150 &euro;</li><li>10 g &ndash; 270 &euro;</li><li>25 g &ndash; 600 &euro;</li></ul><a class="btn" href="/tienda/ketamina-cristal">Añadir al carrito</a></div>
<div class="producto"><h2>Ketamina líquida (viales 10 ml)</h2><p>Ketolar / Ketamidor según disponibilidad.</p><ul><li>1 vial &ndash; 60 &euro;</li><li>5 viales &ndash; 260 &euro;</li></ul><a class="btn" href="/tienda/ketamina-liquida">Añadir al carrito</a></div>
</div>
<h2>Formas de pago</h2>
<p>Bizum (solo a cuentas que te facilitamos por WhatsApp), Bitcoin y USDT. Los pedidos pagados con cripto tienen un 10% de descuento.</p>
<h2>¿Cómo hago mi pedido?</h2>
<ol><li>Elige producto y cantidad.</li><li>Rellena tus datos de envío (puedes usar un punto de recogida de Correos).</li><li>Te escribimos por WhatsApp o Telegram con los datos de pago.</li><li>Enviamos en cuanto se confirma el pago y te pasamos el número de seguimiento.</li></ol>
<p><b>Garantía:</b> si tu paquete no llega, lo reenviamos gratis.</p>
<p>WhatsApp: +34 6XX 555 017 &middot; Telegram: @ketaespana_oficial</p>
</main>
<footer>KetaEspaña &copy; 2026 &middot; Envíos a península, Baleares y Portugal</footer>
""", noise="cookie-es")

# ------------------------------------------------------------------------------------------ h8107
p("h8107", "https://www.lumendtelehealth.example/pricing", "telehealth", False, "en",
  "telehealth-pricing-memberships", "Pricing | Lumend Ketamine Care", """
<nav><a href="/">Lumend</a> <a href="/treatment">Treatment</a> <a href="/pricing" class="active">Pricing</a> <a href="/team">Care team</a> <a href="/faq">FAQ</a> <a href="/start" class="button">Get started</a></nav>
<main>
<h1>Clear pricing. No surprises.</h1>
<p>Every plan starts with a psychiatric evaluation by video. You're only charged for a treatment plan if your Lumend clinician decides ketamine is appropriate for you.</p>

<div class="plans">
<div class="plan">
<h2>Psychiatric evaluation</h2>
<p class="price">$195 <span>one time</span></p>
<ul><li>60-minute video visit with a board-certified psychiatrist or PMHNP</li><li>Review of prior treatments and records</li><li>Personalized recommendation, even if it isn't ketamine</li></ul>
</div>
<div class="plan featured">
<h2>Launch program</h2>
<p class="price">$899 <span>first 4 weeks</span></p>
<ul><li>Prescription for 6 sessions of sublingual ketamine, if prescribed</li><li>Medication filled by our licensed partner pharmacy and shipped free</li><li>2 clinician follow-ups by video</li><li>4 integration sessions with a licensed therapist</li><li>Blood-pressure cuff and session kit</li></ul>
<a href="/start" class="button">Start with an evaluation</a>
</div>
<div class="plan">
<h2>Maintenance membership</h2>
<p class="price">$249 <span>/ month</span></p>
<ul><li>Up to 4 sessions per month as prescribed</li><li>Monthly clinician check-in</li><li>Medication included</li><li>Cancel anytime</li></ul>
</div>
</div>

<h2>Insurance</h2>
<p>Lumend doesn't bill insurance directly. After your evaluation we can provide a superbill for out-of-network reimbursement. HSA and FSA cards are accepted.</p>
<h2>Refunds</h2>
<p>If your clinician determines you are not a candidate at your evaluation, the Launch program is not charged. Evaluation fees are non-refundable once the visit has taken place.</p>
<p class="fine">Prescribing decisions are made solely by Lumend Medical, P.A. clinicians. Not available in all states. Medication is dispensed by a state-licensed pharmacy and requires a valid prescription.</p>
</main>
<footer>&copy; 2026 Lumend Health &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a></footer>
""")

# ------------------------------------------------------------------------------------------ h8108
p("h8108", "https://www.narcoticsinfo.example/drug-fact-sheets/ketamine", "informational", False, "en",
  "government-drug-fact-sheet", "Drug Fact Sheet: Ketamine | National Drug Information Service", """
<div class="gov-banner">An official website of the United States government. <a href="#">Here's how you know</a></div>
<header><a href="/">National Drug Information Service</a> <nav><a href="/drug-fact-sheets">Drug Fact Sheets</a> <a href="/prevention">Prevention</a> <a href="/publications">Publications</a> <a href="/es">Español</a></nav></header>
<main>
<h1>Ketamine</h1>
<p class="date">Fact sheet revised October 2026</p>
<h2>What is it?</h2>
<p>Ketamine is a dissociative anesthetic that has some hallucinogenic effects. It distorts perceptions of sight and sound and makes the user feel disconnected and not in control. It is approved for use as an anesthetic in humans and animals. Esketamine, a closely related compound, is approved as a nasal spray for treatment-resistant depression and is available only through a restricted distribution program in certified health-care settings.</p>
<h2>What is its origin?</h2>
<p>Ketamine that is misused in the United States is typically diverted from veterinary clinics or smuggled in from abroad, most often as a powder or crystal. It is also sold online, including on sites that falsely claim to be pharmacies.</p>
<h2>What are common street names?</h2>
<p>Cat Valium, K, Special K, Super K, Kit Kat, Vitamin K, Jet K.</p>
<h2>What does it look like?</h2>
<p>Ketamine comes in a clear liquid and a white or off-white powder. Powdered ketamine is cut from liquid ketamine and can be mistaken for cocaine.</p>
<h2>How is it misused?</h2>
<p>Ketamine powder may be snorted, swallowed, or mixed into drinks or smoked with marijuana or tobacco. Liquid ketamine may be injected.</p>
<h2>What is its effect on the body?</h2>
<p>A user may experience increased heart rate and blood pressure, nausea, and in high doses, slowed breathing. Long-term frequent use is associated with bladder damage (ketamine uropathy), memory problems and dependence.</p>
<h2>What is its legal status?</h2>
<p>Ketamine is a Schedule III substance under the Controlled Substances Act. It may be dispensed only under a valid prescription issued for a legitimate medical purpose. Buying ketamine from a website that does not require a prescription is illegal and unsafe.</p>
<p><a href="/publications/ketamine-fact-sheet.pdf">Download the PDF (2 pages)</a></p>
</main>
<footer><p>National Drug Information Service &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/foia">FOIA</a> &middot; <a href="/privacy">Privacy Policy</a></p></footer>
""")

# ------------------------------------------------------------------------------------------ h8109
p("h8109", "https://tgview.example/s/kplug_eu_official", "seller", True, "en",
  "telegram-channel-web-mirror", "K PLUG EU 🇪🇺 Official - Telegram channel preview", """
<div class="tgme_header">
<img class="avatar" src="/cdn/avatars/kplug.jpg">
<div class="tgme_channel_info">
<div class="title">K PLUG EU &#127466;&#127482; Official</div>
<div class="username">@kplug_eu_official</div>
<div class="counters">18.4K subscribers &middot; 1.2K photos &middot; 96 videos</div>
<div class="description">Premium ketamine &amp; more. Shipping EU/UK/worldwide from NL. Stealth guaranteed. Order: @kplug_orders &#128172; Vouches: @kplug_vouch. Beware of fakes, this is the ONLY channel.</div>
</div>
<a class="tgme_action_button" href="tg://resolve?domain=kplug_eu_official">View in Telegram</a>
</div>

<section class="tgme_channel_history">
<div class="message"><div class="text">&#128142;&#128142; NEW BATCH LANDED &#128142;&#128142;<br>Needle shards, super clean, test results in pinned post.<br><br>K shards:<br>5g &ndash; 90&euro;<br>10g &ndash; 160&euro;<br>25g &ndash; 350&euro;<br>50g &ndash; 620&euro;<br>100g &ndash; 1100&euro;<br><br>Pay: BTC / XMR / LTC. Bank transfer for regulars only.<br>DM @kplug_orders with product, amount and country.</div><div class="meta">3.1K views &middot; Nov 29 at 21:04</div></div>

<div class="message"><div class="text">&#128230; Shipping update: all orders paid before Wednesday 18:00 go out Thursday. UK via reship from IE, no customs issues so far. Vacuum sealed x3 + decoy item.</div><div class="meta">2.7K views &middot; Dec 1 at 10:12</div></div>

<div class="message"><div class="text">Customer feedback &#11088;&#11088;&#11088;&#11088;&#11088; "got my 10g in Lyon in 3 days, quality same as last time, big up"</div><div class="meta">2.2K views &middot; Dec 2 at 18:40</div></div>

<div class="message"><div class="text">People asking about spravato &ndash; yes we have a few boxes of the 28mg devices, 250&euro; each, DM.<br>Also 2-FDCK back in stock for the ones who prefer it, 10g 120&euro;.</div><div class="meta">2.9K views &middot; Dec 4 at 22:31</div></div>

<div class="message"><div class="text">&#9888;&#65039; Someone is using our name on Instagram. We DO NOT sell on Instagram. Only order via @kplug_orders.</div><div class="meta">1.8K views &middot; Dec 6 at 12:03</div></div>
</section>
<footer class="mirror-footer">tgview.example is not affiliated with Telegram. Content is mirrored from public channels.</footer>
""")

# ------------------------------------------------------------------------------------------ h8110
p("h8110", "https://www.bayshorementalhealth.example/services/spravato-esketamine", "clinic", False, "en",
  "spravato-rems-centre-service-page", "Spravato® (Esketamine) Treatment | Bayshore Mental Health, Tampa", """
<header>
<a href="/">Bayshore Mental Health</a>
<nav><a href="/services/">Services</a> <a href="/services/tms/">TMS</a> <a href="/services/spravato-esketamine/">Spravato</a> <a href="/services/medication-management/">Medication Management</a> <a href="/providers/">Providers</a> <a href="/insurance/">Insurance</a> <a href="/contact/">Contact</a></nav>
<a href="/request-appointment/" class="btn">Request an Appointment</a>
</header>
<main>
<h1>Spravato&reg; (esketamine) nasal spray</h1>
<p>Bayshore Mental Health is a certified Spravato&reg; REMS treatment center. We offer esketamine to adults with treatment-resistant depression and to adults with major depressive disorder with acute suicidal ideation or behavior, in combination with an oral antidepressant.</p>
<h2>How a treatment visit works</h2>
<p>You'll check in at our South Tampa office and settle into a private, quiet treatment room. Your nurse takes your blood pressure, then you administer the nasal spray yourself under direct supervision. You'll stay with us for at least two hours while our staff monitors you for sedation, dissociation and changes in blood pressure. You must not drive until the next day after a full night's sleep, so please arrange a ride home.</p>
<h2>Schedule</h2>
<ul><li>Weeks 1&ndash;4: twice a week</li><li>Weeks 5&ndash;8: once a week</li><li>Week 9 and after: once a week or every two weeks, as determined by your psychiatrist</li></ul>
<h2>Who is a candidate?</h2>
<p>Patients are evaluated by one of our psychiatrists before starting. You may be a candidate if you have tried at least two antidepressants at an adequate dose and duration without enough improvement. Spravato is not appropriate for people with certain blood-vessel conditions, a history of bleeding in the brain, or who are pregnant.</p>
<h2>Insurance</h2>
<p>Most commercial plans, Medicare and Florida Medicaid cover Spravato with prior authorization. Our benefits team handles the authorization and can enroll eligible commercially insured patients in the manufacturer's savings program. Spravato is not sold or dispensed for use at home.</p>
<p><b>Already a patient elsewhere?</b> Your psychiatrist can refer you to us for treatment sessions only. Fax referrals to (813) 555-0109.</p>
</main>
<footer><p>Bayshore Mental Health &middot; 3301 W. Bay to Bay Blvd, Tampa, FL 33629 &middot; (813) 555-0108</p><p>&copy; 2026 &middot; <a href="/privacy/">Privacy</a> &middot; <a href="/nondiscrimination/">Nondiscrimination notice</a></p></footer>
""")

# ------------------------------------------------------------------------------------------ h8111
p("h8111", "https://apotheke-direkt-24.example/esketamin-nasenspray-kaufen-ohne-rezept", "seller", True, "de",
  "fake-online-apotheke-esketamin", "Esketamin Nasenspray kaufen ohne Rezept – Spravato günstig bestellen | Apotheke Direkt 24", """
<header>
<a href="/" class="logo">Apotheke<b>Direkt</b>24</a>
<span class="claim">Ihre diskrete Online-Apotheke seit 2011</span>
<nav><a href="/">Startseite</a> <a href="/kategorie/schmerzmittel">Schmerzmittel</a> <a href="/kategorie/schlafmittel">Schlafmittel</a> <a href="/kategorie/antidepressiva">Antidepressiva</a> <a href="/kategorie/potenzmittel">Potenzmittel</a> <a href="/versand">Versand</a> <a href="/warenkorb">Warenkorb</a></nav>
</header>
<main>
<h1>Spravato (Esketamin) 28 mg Nasenspray rezeptfrei kaufen</h1>
<p>Sie leiden unter schweren Depressionen und die Wartezeit auf einen Therapieplatz beträgt Monate? Bei Apotheke Direkt 24 können Sie Spravato Nasenspray ohne Rezept bestellen. Die ärztliche Prüfung erfolgt über unseren kurzen Online-Fragebogen &ndash; in über 98&nbsp;% der Fälle wird Ihre Bestellung sofort freigegeben.</p>
<table class="preise">
<tr><th>Packung</th><th>Preis</th></tr>
<tr><td>Spravato 28 mg, 1 Sprühgerät</td><td>289,00 &euro;</td></tr>
<tr><td>Spravato 28 mg, 3 Sprühgeräte</td><td>779,00 &euro;</td></tr>
<tr><td>Spravato 28 mg, 6 Sprühgeräte</td><td>1.449,00 &euro;</td></tr>
<tr><td>Esketamin Generikum 28 mg, 3 Stück</td><td>499,00 &euro;</td></tr>
</table>
<button class="in-den-warenkorb">In den Warenkorb</button>
<ul class="vorteile">
<li>&#10003; Kein Rezept notwendig</li>
<li>&#10003; Neutrale Verpackung ohne Absender</li>
<li>&#10003; Versand aus EU-Lager, Lieferung in 3&ndash;5 Werktagen nach Deutschland, Österreich und in die Schweiz</li>
<li>&#10003; Zahlung per Vorkasse, Bitcoin oder Paysafecard</li>
</ul>
<h2>Anwendung</h2>
<p>Ein Sprühgerät enthält 28 mg Esketamin (je ein Sprühstoß pro Nasenloch). Üblich sind 56&ndash;84 mg zweimal pro Woche. Nach der Anwendung sollten Sie sich hinlegen und am selben Tag nicht Auto fahren.</p>
<h2>Häufige Fragen</h2>
<p><b>Ist der Kauf legal?</b> Wir versenden aus einem EU-Land, in dem die Abgabe weniger streng geregelt ist. Der Import kleiner Mengen für den Eigenbedarf wird in der Regel nicht kontrolliert.</p>
<p><b>Bekomme ich Originalware?</b> Ja, alle Präparate sind Originalware mit Beipackzettel.</p>
</main>
<footer><p>&copy; 2026 Apotheke Direkt 24 &middot; <a href="/impressum">Impressum</a> &middot; <a href="/agb">AGB</a> &middot; Kundenservice per E-Mail und WhatsApp</p></footer>
""", noise="cookie-de")

# ------------------------------------------------------------------------------------------ h8112
p("h8112", "https://www.nachtsicher.example/substanzen/ketamin", "informational", False, "de",
  "harm-reduction-substance-page", "Ketamin – Wirkung, Risiken, Safer Use | Nachtsicher Drug Checking", """
<header><a href="/">Nachtsicher</a> &ndash; Drug Checking &amp; Beratung <nav><a href="/substanzen">Substanzen</a> <a href="/warnungen">Aktuelle Warnungen</a> <a href="/drugchecking">Drug Checking</a> <a href="/beratung">Beratung</a> <a href="/ueber-uns">Über uns</a></nav></header>
<main>
<h1>Ketamin</h1>
<p class="hinweis">Wir wollen niemanden zum Konsum ermutigen. Wer konsumiert, soll aber Bescheid wissen.</p>
<h2>Was ist Ketamin?</h2>
<p>Ketamin ist ein dissoziatives Narkosemittel, das in der Human- und Tiermedizin eingesetzt wird. Esketamin (Spravato) ist als Nasenspray gegen therapieresistente Depression zugelassen und wird nur unter ärztlicher Aufsicht in einer Praxis oder Klinik angewendet. Auf dem Schwarzmarkt wird Ketamin meist als kristallines Pulver verkauft.</p>
<h2>Wirkung</h2>
<p>Je nach Dosis: leichte Berauschung, Gefühl von Schwerelosigkeit, Loslösung vom Körper bis hin zum sogenannten &bdquo;K-Hole&ldquo;, in dem Bewegung und Orientierung kaum noch möglich sind. Wirkungseintritt nasal nach 5&ndash;15 Minuten, Dauer 45&ndash;90 Minuten.</p>
<h2>Risiken</h2>
<ul>
<li>Unfälle und Stürze, da Schmerz- und Gleichgewichtsempfinden stark eingeschränkt sind</li>
<li>Erbrechen in bewusstlosem Zustand</li>
<li>Bei häufigem Konsum: Schädigung der Blase (Schmerzen beim Wasserlassen, Blut im Urin) &ndash; bitte ernst nehmen und ärztlich abklären</li>
<li>Psychische Abhängigkeit</li>
</ul>
<h2>Mischkonsum</h2>
<p>Kombination mit Alkohol, GHB/GBL, Opioiden oder Benzodiazepinen ist besonders gefährlich (Atemdepression, Bewusstlosigkeit).</p>
<h2>Aus unserem Drug Checking</h2>
<p>2026 waren knapp 20&nbsp;% der als &bdquo;Ketamin&ldquo; abgegebenen Proben in unserem Drug Checking etwas anderes oder gestreckt, unter anderem mit 2-FDCK, Deschloroketamin oder Koffein. Auch Ware aus Online-Shops und Telegram-Kanälen war betroffen. Lass deine Substanz testen: Termine und Standorte findest du unter <a href="/drugchecking">Drug Checking</a>.</p>
<h2>Safer Use</h2>
<ul>
<li>Nie allein konsumieren, sicheres Setting wählen</li>
<li>Niedrig dosieren, abwiegen statt schätzen</li>
<li>Eigenes Ziehröhrchen verwenden</li>
<li>Im Notfall: 112 wählen und die stabile Seitenlage anwenden</li>
</ul>
<p>Du willst Ketamin zur Behandlung einer Depression? Sprich mit deiner Hausärztin oder deinem Psychiater. Selbstbehandlung mit Schwarzmarktware ist keine gute Idee.</p>
</main>
<footer>Nachtsicher ist ein Projekt der Jugend- und Suchtberatung, gefördert von der Stadt. <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""")

# ------------------------------------------------------------------------------------------ h8113
p("h8113", "https://www.serenamente.example/es/terapia-ketamina-en-casa", "telehealth", False, "es",
  "telehealth-spanish-landing", "Terapia con ketamina en casa | SerenaMente Telesalud (en español)", """
<nav><a href="/es/">SerenaMente</a> <a href="/es/como-funciona">Cómo funciona</a> <a href="/es/precios">Precios</a> <a href="/es/equipo">Nuestro equipo</a> <a href="/">English</a></nav>
<main>
<h1>Terapia con ketamina desde casa, con un profesional de salud mental a tu lado</h1>
<p>SerenaMente ofrece atención psiquiátrica por videollamada, en español, para adultos con depresión o ansiedad que no han mejorado con otros tratamientos. Atendemos a pacientes en California, Texas, Florida, Nueva York, Illinois y Arizona.</p>
<h2>Así funciona</h2>
<ol>
<li><b>Cuestionario inicial</b> (10 minutos). Nos ayuda a saber si podrías ser candidato. No sustituye la consulta médica.</li>
<li><b>Consulta por video con una psiquiatra o enfermera practicante con licencia en tu estado.</b> Revisamos tu historial médico, tus medicamentos y tu presión arterial. Ella decide si la ketamina es segura para ti; a veces recomendamos otro tratamiento.</li>
<li><b>Receta y farmacia.</b> Si se receta, una farmacia autorizada te envía las tabletas sublinguales a tu domicilio. Sin receta válida no se envía ningún medicamento.</li>
<li><b>Sesiones acompañadas.</b> Durante cada sesión debe estar presente un adulto de confianza. Tienes seguimiento por video con tu clínico y sesiones de integración con una terapeuta bilingüe.</li>
</ol>
<h2>Precio</h2>
<p>Consulta inicial: 225 USD. Programa de 4 semanas (si te lo recetan): 850 USD, incluye medicamento, envío y 3 citas de seguimiento. Aceptamos tarjetas HSA/FSA.</p>
<p class="aviso">SerenaMente no atiende emergencias. Si tienes pensamientos de hacerte daño, llama o envía un mensaje de texto al 988 (opción en español).</p>
</main>
<footer>&copy; 2026 SerenaMente Health, LLC &middot; Servicios clínicos prestados por SerenaMente Medical Group, P.C. &middot; <a href="/es/privacidad">Privacidad</a></footer>
""")

# ------------------------------------------------------------------------------------------ h8114
p("h8114", "https://novachem-research.example/shop/deschloroketamine-dck-1g", "seller", True, "en",
  "research-chemical-vendor-analogue", "Deschloroketamine (DCK) - 1g | NovaChem Research", """
<div class="notice">ALL PRODUCTS ARE SOLD FOR LABORATORY RESEARCH PURPOSES ONLY. NOT FOR HUMAN CONSUMPTION. By ordering you confirm you are 21+.</div>
<header><a href="/">NovaChem Research</a> <nav><a href="/shop">All products</a> <a href="/c/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/c/tryptamines">Tryptamines</a> <a href="/c/benzos">Designer benzos</a> <a href="/c/pellets">Pellets</a> <a href="/lab-results">Lab results</a> <a href="/account">My account</a></nav></header>
<main>
<h1>Deschloroketamine (DCK)</h1>
<p class="alias">Also known as: 2'-Oxo-PCM, DXE, O-PCM &middot; CAS 7063-30-1 &middot; Purity &ge; 99.2% (HPLC)</p>
<p class="price">&euro;34.90 / g</p>
<table>
<tr><th>Size</th><th>Price</th><th>Price per gram</th></tr>
<tr><td>1 g</td><td>&euro;34.90</td><td>&euro;34.90</td></tr>
<tr><td>5 g</td><td>&euro;129.00</td><td>&euro;25.80</td></tr>
<tr><td>10 g</td><td>&euro;219.00</td><td>&euro;21.90</td></tr>
<tr><td>25 g</td><td>&euro;449.00</td><td>&euro;17.96</td></tr>
</table>
<p><label>Quantity <input type="number" value="1"></label> <button>Add to basket</button></p>
<h2>Product information</h2>
<p>Deschloroketamine is a dissociative research chemical of the arylcyclohexylamine class and a structural analogue of ketamine, in which the chlorine atom is removed. It is supplied as a fine white crystalline powder in a resealable, labelled bag. Also available as <a href="/shop/dck-pellets-10mg">10 mg pellets</a> and in our <a href="/shop/dissociative-sample-pack">dissociative sample pack</a> with 2-FDCK and 2F-DCK HCl.</p>
<p>This product is intended solely for in-vitro research and forensic reference. It is not a medicine, food or cosmetic. Not for human or veterinary use.</p>
<h2>Shipping</h2>
<p>Orders before 2pm CET ship the same day from within the EU. Tracked delivery to most EU countries, UK on request. Payment by SEPA instant transfer, Bitcoin, Litecoin or Monero (5% crypto discount).</p>
<h2>Reviews</h2>
<p><b>Sven &middot; verified buyer</b>: "Longer lasting than K, clean. Packaging always discreet."<br><b>researcher_77</b>: "Fast, 2 days to Austria."</p>
</main>
<footer>&copy; NovaChem Research 2026 &middot; <a href="/terms">Terms &amp; conditions</a> &middot; <a href="/legal">Legal status</a> &middot; Support: support@novachem-research.example</footer>
""")

# ------------------------------------------------------------------------------------------ h8115
p("h8115", "https://www.clinicaaurora.example/tratamientos/ketamina-depresion", "clinic", False, "es",
  "clinic-service-page-spanish", "Ketamina para la depresión resistente | Clínica Aurora · Madrid", """
<header>
<a href="/" class="logo">Clínica Aurora &middot; Psiquiatría y Salud Mental</a>
<nav><a href="/">Inicio</a> <a href="/equipo">Equipo médico</a> <a href="/tratamientos">Tratamientos</a> <a href="/tarifas">Tarifas</a> <a href="/seguros">Aseguradoras</a> <a href="/contacto">Contacto</a></nav>
<a class="btn" href="https://wa.me/34600555123">Pedir cita por WhatsApp</a>
</header>
<main>
<h1>Tratamiento con ketamina y esketamina</h1>
<p>En Clínica Aurora, en el barrio de Chamberí, aplicamos ketamina intravenosa y esketamina intranasal (Spravato&reg;) a pacientes con depresión resistente, siempre tras una valoración presencial por un psiquiatra de nuestro equipo.</p>
<h2>¿En qué consiste?</h2>
<p>La ketamina se administra en perfusión intravenosa lenta, durante unos 40 minutos, en una sala individual. Un médico anestesista y una enfermera controlan la tensión arterial, el pulso y la saturación durante toda la sesión. Después el paciente descansa en la clínica hasta que desaparecen los efectos, normalmente una hora. Debe venir acompañado y no conducir ese día.</p>
<p>El protocolo habitual incluye seis sesiones en tres semanas, seguidas de sesiones de mantenimiento según la respuesta.</p>
<h2>¿Quién puede beneficiarse?</h2>
<ul><li>Depresión mayor que no ha respondido a dos o más antidepresivos</li><li>Depresión con ideación suicida, como tratamiento complementario</li><li>Depresión bipolar, en casos seleccionados</li></ul>
<p>No está indicada en personas con hipertensión no controlada, psicosis activa o consumo problemático de sustancias.</p>
<h2>Tarifas orientativas</h2>
<p>Primera consulta psiquiátrica: 150 &euro;. Sesión de ketamina IV: 380 &euro;. Bono de 6 sesiones: 2.100 &euro;. Trabajamos con algunas aseguradoras privadas; consulte condiciones.</p>
<p><a class="btn" href="/contacto">Solicitar primera consulta</a></p>
</main>
<footer><p>Clínica Aurora S.L. &middot; Calle de Santa Engracia 88, 28010 Madrid &middot; Centro sanitario autorizado por la Comunidad de Madrid, n.º CS-2026-0412</p><p><a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Política de privacidad</a></p></footer>
""", noise="cookie-es")

# ------------------------------------------------------------------------------------------ h8116
p("h8116", "https://social.example/@k.crystal.club", "seller", True, "en",
  "social-profile-bio-ad-plain", "k.crystal.club", """
k.crystal.club 💎 | ket shards & vials 💉 | UK/EU next day, discreet af 📦 | menu on TG: @kcrystalclub | BTC/USDT/Revolut | no time wasters, link in bio ⬇️
""", ext="txt")

# ------------------------------------------------------------------------------------------ h8117
p("h8117", "https://forum.mindwell-community.example/t/online-ketamine-vs-clinic-is-it-safe/48213", "informational", False, "en",
  "patient-forum-thread", "Online ketamine vs. clinic - is it safe? - Treatment-Resistant Depression - MindWell Community", """
<header><a href="/">MindWell Community</a> <nav><a href="/latest">Latest</a> <a href="/categories">Categories</a> <a href="/guidelines">Community guidelines</a> <a href="/login">Log In</a></nav></header>
<main>
<h1>Online ketamine vs. clinic &ndash; is it safe?</h1>
<p class="cat">Treatment-Resistant Depression &middot; 23 replies &middot; 1.4k views</p>

<div class="post"><b>quietharbor</b> <span class="date">Oct 2026</span>
<p>I've been on 5 different antidepressants and I'm exhausted. My psychiatrist mentioned ketamine but the closest infusion clinic is 2 hours away and wants $500 a session. I've seen ads for at-home ketamine where you do a video call and they mail you tablets. Has anyone done this? Is it legit or a scam? Also saw a site that sells it with no prescription which seems... not great.</p></div>

<div class="post"><b>Marcy_R</b> <span class="date">Oct 2026</span>
<p>I did an at-home program last year. The video eval was about an hour, they asked for my records and made me buy a blood pressure cuff. My husband had to sit with me the first few times. It helped but honestly less than the IV infusions I did later. YMMV.</p></div>

<div class="post"><b>quietharbor</b>
<p>@Marcy_R thank you, that's really helpful. Did insurance cover any of it?</p></div>

<div class="post"><b>Marcy_R</b>
<p>Nope. Got a superbill but my insurer denied it.</p></div>

<div class="post"><b>dr_neuro_ny</b> <span class="badge">Verified Clinician</span>
<p>Psychiatrist here. Telehealth with a proper evaluation is a reasonable option for some people. What I'd avoid: anyone who doesn't see you by video, who auto-approves you after a form, or who wants crypto. Also ask your psychiatrist about Spravato &ndash; it's FDA-approved and often covered by insurance, though you have to sit in the office for 2 hours.</p></div>

<div class="post"><b>tired_of_trying</b>
<p>Don't order from those "no prescription" sites. A friend did and got something that definitely wasn't ketamine, made him really sick.</p></div>

<div class="post moderator"><b>MindWell_Mod</b> <span class="badge">Moderator</span>
<p>Reminder: links to sites selling medication without a prescription are removed under rule 4. Please share experiences, not sources. Thread locked for new links.</p></div>
</main>
<aside><h3>Related topics</h3><ul><li>Spravato experiences: week 3 update</li><li>TMS vs ketamine?</li><li>How do you pay for infusions?</li></ul></aside>
<footer>MindWell Community is peer support and not medical advice. In the US, call or text 988.</footer>
""")

# ------------------------------------------------------------------------------------------ h8118
p("h8118", "https://www.evenkeelhealth.example/faq/am-i-a-candidate", "telehealth", False, "en",
  "telehealth-faq-eligibility-short", "Am I a candidate for at-home ketamine? | Even Keel Health FAQ", """
<nav><a href="/">even keel</a> &rsaquo; <a href="/faq">FAQ</a> &rsaquo; Eligibility</nav>
<h1>Am I a candidate for at-home ketamine?</h1>
<p>Maybe. Only your Even Keel clinician can decide that, after a video evaluation. In general, people who may be a good fit are adults 18&ndash;75 with depression, anxiety or PTSD who have tried other treatments without enough relief.</p>
<p>At-home ketamine is usually <b>not</b> a safe option if you:</p>
<ul>
<li>have uncontrolled high blood pressure or a recent heart attack or stroke</li>
<li>have a history of psychosis, schizophrenia or current mania</li>
<li>are pregnant or breastfeeding</li>
<li>have a current substance-use disorder, including alcohol</li>
<li>don't have a trusted adult who can be present during sessions</li>
</ul>
<p>If at-home treatment isn't right for you, your clinician may recommend in-clinic options like IV ketamine or Spravato and can help with a referral.</p>
<p><a href="/assessment">Start the free assessment</a> &middot; <a href="/faq">Back to all questions</a></p>
""")

# ------------------------------------------------------------------------------------------ h8119
p("h8119", "https://petitesannonces-libres.example/annonce/sante-bien-etre/vends-keta-paris-7731904", "seller", True, "fr",
  "classified-listing-french", "Vends kéta cristal / liquide - Paris & envoi - Petites Annonces Libres", """
<header><a href="/">Petites Annonces Libres</a> <nav><a href="/deposer">Déposer une annonce</a> <a href="/recherche">Rechercher</a> <a href="/mes-annonces">Mes annonces</a></nav></header>
<main>
<p class="fil">Accueil &gt; Île-de-France &gt; Paris &gt; Santé &amp; bien-être</p>
<h1>Vends kéta cristal / liquide &ndash; Paris &amp; envoi</h1>
<p class="prix">40 &euro;</p>
<p class="meta">Publiée le 03/12/2026 à 23:47 &middot; Paris 11e &middot; Particulier</p>
<div class="description">
<p>Salut, je propose de la kéta de très bonne qualité, cristaux bien propres ou en liquide (flacons 10 ml, origine véto).</p>
<p>40&euro; le g, 180&euro; les 5g, 320&euro; les 10g. Flacon 10 ml 70&euro;.</p>
<p>Remise en main propre sur Paris (11e, 12e, 20e) ou envoi Lettre suivie partout en France, emballage discret, sous vide.</p>
<p>Paiement espèces en main propre, sinon crypto ou PCS/Transcash pour les envois.</p>
<p>Contact UNIQUEMENT sur Snap : keta.paris75 ou Telegram @ketaparis. Pas de réponse ici.</p>
</div>
<p class="signal"><a href="/signaler/7731904">Signaler l'annonce</a></p>
<aside><h3>Annonces similaires</h3><ul><li>Huile CBD 10% &ndash; 25&euro;</li><li>Tensiomètre Omron neuf &ndash; 30&euro;</li></ul></aside>
</main>
<footer>&copy; 2026 Petites Annonces Libres &middot; <a href="/cgu">CGU</a> &middot; <a href="/regles">Règles de diffusion</a></footer>
""")

# ------------------------------------------------------------------------------------------ h8120
p("h8120", "https://www.chu-valdeloire.example/services/psychiatrie/depression-resistante-ketamine", "clinic", False, "fr",
  "hospital-department-page-french", "Unité des dépressions résistantes – kétamine et eskétamine | CHU du Val de Loire", """
<header>
<a href="/">CHU du Val de Loire</a>
<nav><a href="/patients">Patients et visiteurs</a> <a href="/services">Services de soins</a> <a href="/professionnels">Professionnels de santé</a> <a href="/recherche">Recherche</a> <a href="/recrutement">Recrutement</a> <a href="/don">Faire un don</a></nav>
<form><input placeholder="Rechercher un service, un médecin"></form>
</header>
<main>
<p class="fil">Accueil &gt; Services de soins &gt; Pôle de psychiatrie &gt; Unité des dépressions résistantes</p>
<h1>Unité des dépressions résistantes</h1>
<p>L'unité accueille en hôpital de jour des patients adultes souffrant d'une dépression n'ayant pas répondu à au moins deux traitements antidépresseurs bien conduits. Elle propose un bilan spécialisé et des traitements de recours : stimulation magnétique transcrânienne (rTMS), électroconvulsivothérapie, kétamine intraveineuse et eskétamine intranasale (Spravato&reg;).</p>
<h2>Comment être adressé ?</h2>
<p>L'admission se fait uniquement sur adressage par un psychiatre ou un médecin traitant, au moyen du formulaire disponible dans l'espace Professionnels. Un premier rendez-vous d'évaluation est proposé dans un délai de 4 à 8 semaines.</p>
<h2>Déroulement des séances</h2>
<p>Les séances de kétamine (perfusion de 40 minutes) et d'eskétamine (pulvérisation nasale) ont lieu en hôpital de jour, sous surveillance infirmière et médicale, avec contrôle de la tension artérielle. Le patient reste au moins deux heures dans le service après l'administration et ne doit pas conduire le jour même.</p>
<h2>L'équipe</h2>
<ul><li>Pr Hélène Marchand, psychiatre, responsable de l'unité</li><li>Dr Youssef Benali, psychiatre</li><li>Dr Claire Fontaine, anesthésiste-réanimatrice</li><li>Une équipe d'infirmiers, une psychologue et une assistante sociale</li></ul>
<h2>Contact</h2>
<p>Secrétariat : 02 47 55 01 20 (du lundi au vendredi, 9h&ndash;16h30)<br>Bâtiment B, 2e étage &ndash; Hôpital Bretonneau</p>
<p class="info">Les soins sont pris en charge par l'Assurance Maladie dans les conditions habituelles.</p>
</main>
<footer>CHU du Val de Loire &middot; <a href="/mentions-legales">Mentions légales</a> &middot; <a href="/accessibilite">Accessibilité</a> &middot; <a href="/donnees-personnelles">Données personnelles</a></footer>
""", noise="cookie-fr")

# ------------------------------------------------------------------------------------------ h8121
p("h8121", "https://www.chemvriend.example/product/2-fdck-pellets-50mg", "seller", True, "nl",
  "research-chemical-shop-dutch-pellets", "2-FDCK pellets 50 mg kopen | ChemVriend – Research Chemicals", """
<div class="usp-bar">&#10003; Voor 16:00 besteld, vandaag verzonden &#10003; Discreet verpakt &#10003; Betalen met iDEAL, Bancontact of crypto</div>
<header><a href="/" class="logo">ChemVriend</a> <nav><a href="/shop">Shop</a> <a href="/categorie/dissociatieven">Dissociatieven</a> <a href="/categorie/stimulanten">Stimulanten</a> <a href="/categorie/psychedelica">Psychedelica</a> <a href="/verzending">Verzending</a> <a href="/contact">Contact</a></nav> <a href="/winkelwagen">Winkelwagen (0)</a></header>
<main>
<h1>2-FDCK pellets 50 mg</h1>
<p class="prijs">vanaf &euro;2,40 per pellet</p>
<table>
<tr><th>Aantal</th><th>Prijs</th></tr>
<tr><td>10 pellets</td><td>&euro;29,95</td></tr>
<tr><td>25 pellets</td><td>&euro;64,95</td></tr>
<tr><td>50 pellets</td><td>&euro;119,95</td></tr>
</table>
<p><button>In winkelwagen</button></p>
<h2>Productomschrijving</h2>
<p>2-FDCK (2-fluorodeschloroketamine) is een arylcyclohexylamine en een analoog van ketamine. Elke pellet bevat 50 mg, nauwkeurig gedoseerd, wat het werken in het lab eenvoudiger maakt. Ook verkrijgbaar als <a href="/product/2-fdck-poeder">poeder (1, 5 en 10 gram)</a>.</p>
<p><b>Let op:</b> Dit product is uitsluitend bedoeld voor onderzoeksdoeleinden. Niet voor menselijke consumptie. Verkoop alleen aan personen van 18 jaar en ouder.</p>
<h2>Verzending</h2>
<p>Wij verzenden binnen Nederland en België met PostNL en naar de rest van de EU met track &amp; trace. Verzending gebeurt in een neutrale envelop zonder vermelding van de inhoud.</p>
<h2>Reviews (41)</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &bdquo;Fijne research, lijkt veel op K maar duurt langer.&ldquo; &ndash; Jeroen<br>&#9733;&#9733;&#9733;&#9733;&#9734; &bdquo;Snelle levering naar Antwerpen.&ldquo; &ndash; Lotte</p>
</main>
<footer>ChemVriend &copy; 2026 &middot; KvK niet vermeld &middot; <a href="/voorwaarden">Algemene voorwaarden</a></footer>
""", noise="cookie-nl")

# ------------------------------------------------------------------------------------------ h8122
p("h8122", "https://www.lejournaldunord.example/faits-divers/2026/12/02/reseau-ketamine-telegram-demantele", "informational", False, "fr",
  "news-brief-french-telegram-network", "Lille : un réseau de vente de kétamine sur Telegram démantelé", """
<header><a href="/">Le Journal du Nord</a> <nav><a href="/actu">Actu</a> <a href="/faits-divers">Faits divers</a> <a href="/sport">Sport</a> <a href="/abonnement">S'abonner</a></nav></header>
<article>
<h1>Lille : un réseau de vente de kétamine sur Telegram démantelé</h1>
<p class="chapo">Trois hommes âgés de 22 à 31 ans ont été interpellés mardi. Ils écoulaient de la kétamine livrée par la poste dans toute la France.</p>
<p class="date">Publié le 2 décembre 2026 à 18h05</p>
<p>Le canal comptait plus de 9 000 abonnés. Sur Telegram, le « menu » affichait la kétamine à 35 euros le gramme, avec livraison « sous vide » et paiement en cryptomonnaie. Selon le parquet de Lille, les suspects se fournissaient aux Pays-Bas et expédiaient chaque semaine plusieurs centaines de colis.</p>
<p>Les enquêteurs ont saisi 2,4 kilos de kétamine, des flacons d'origine vétérinaire et 18 000 euros en espèces. Les trois hommes seront jugés en comparution immédiate pour trafic de stupéfiants.</p>
<p>L'Agence nationale de sécurité du médicament rappelle que la kétamine et l'eskétamine ne peuvent être délivrées que sur prescription et dans un cadre hospitalier ou médical, et met en garde contre les achats en ligne.</p>
</article>
<footer>&copy; Le Journal du Nord 2026</footer>
""")

# ------------------------------------------------------------------------------------------ h8123
p("h8123", "https://www.psychiatrie-online-praxis.example/esketamin-abklaerung", "telehealth", False, "de",
  "virtual-psychiatry-referral-esketamin", "Abklärung therapieresistente Depression & Esketamin per Video | Psychiatrie Online Praxis", """
<header><a href="/">Psychiatrie Online Praxis</a> <nav><a href="/leistungen">Leistungen</a> <a href="/aerztinnen">Ärztinnen &amp; Ärzte</a> <a href="/ablauf">Ablauf</a> <a href="/kosten">Kosten</a> <a href="/termin">Termin buchen</a></nav></header>
<main>
<h1>Therapieresistente Depression: Abklärung per Videosprechstunde</h1>
<p>Wenn zwei oder mehr Antidepressiva nicht ausreichend geholfen haben, kommt eventuell eine Behandlung mit Esketamin-Nasenspray (Spravato&reg;) in Frage. Wir klären per Video ab, ob diese Behandlung für Sie sinnvoll und sicher ist.</p>
<h2>So läuft es ab</h2>
<ol>
<li>Sie buchen online einen Termin für eine 50-minütige Videosprechstunde bei einer Fachärztin oder einem Facharzt für Psychiatrie und Psychotherapie.</li>
<li>Wir besprechen Ihre Vorgeschichte, bisherige Medikamente, Begleiterkrankungen und Blutdruckwerte. Bitte halten Sie Arztbriefe bereit.</li>
<li>Kommt Esketamin in Frage, überweisen wir Sie an eine unserer Partnerpraxen oder -kliniken in Ihrer Nähe (derzeit in Berlin, Hamburg, Köln, Frankfurt, München und Leipzig). Dort wird das Nasenspray unter Aufsicht angewendet, mit anschließender Beobachtung.</li>
<li>Die weitere psychiatrische Begleitung und Medikation können Sie auf Wunsch bei uns per Video fortführen.</li>
</ol>
<p><b>Wichtig:</b> Wir verschicken kein Esketamin und keine Ketamin-Präparate nach Hause. Esketamin wird ausschließlich in der Praxis angewendet.</p>
<h2>Kosten</h2>
<p>Die Videosprechstunde ist für gesetzlich Versicherte mit elektronischer Gesundheitskarte eine Kassenleistung. Privatversicherte erhalten eine Rechnung nach GOÄ.</p>
</main>
<footer>Psychiatrie Online Praxis &ndash; Medizinisches Versorgungszentrum GmbH &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

# ------------------------------------------------------------------------------------------ h8124
p("h8124", "https://ketaclick.example/start", "seller", True, "en",
  "questionnaire-only-fake-telehealth", "KetaClick - Ketamine Troches Delivered in 48 Hours. No Video Call.", """
<nav><a href="/" class="logo">KetaClick&trade;</a> <a href="/how">How it works</a> <a href="/reviews">Reviews</a> <a href="/start" class="btn">Get started</a></nav>
<main>
<h1>Skip the waitlist. Skip the video call.</h1>
<p>Answer 8 quick questions and our "medical team" reviews your answers instantly. <b>99% of people are approved in under 2 minutes.</b> Your ketamine troches ship the same day &ndash; no appointments, no awkward conversations, no records needed.</p>
<div class="compare">
<table>
<tr><th></th><th>KetaClick</th><th>Other telehealth</th><th>Clinics</th></tr>
<tr><td>Video visit required</td><td>&#10007; No</td><td>&#10003; Yes</td><td>&#10003; Yes</td></tr>
<tr><td>Approval time</td><td>2 minutes</td><td>1&ndash;2 weeks</td><td>weeks</td></tr>
<tr><td>Price for 12 troches (200 mg)</td><td>$179</td><td>$450+</td><td>$3000+</td></tr>
</table>
</div>
<h2>Choose your pack</h2>
<ul>
<li>Starter: 6 troches 150 mg &ndash; $99</li>
<li>Standard: 12 troches 200 mg &ndash; $179</li>
<li>Max: 24 troches 300 mg &ndash; $319 (most popular)</li>
</ul>
<p>Pay with card, Cash App or crypto. Orders ship in plain packaging to all 50 states. Need more? Reorder anytime from your dashboard, no check-in required.</p>
<form action="/questionnaire"><button>Start my 2-minute questionnaire</button></form>
<p class="fine">By continuing you confirm you are 18+ and are responsible for using the product as directed. KetaClick is a wellness platform and does not provide medical advice.</p>
</main>
<footer>&copy; 2026 KetaClick &middot; Questions? Text us on WhatsApp +1 (786) 555-0192</footer>
""")

# ------------------------------------------------------------------------------------------ h8125
p("h8125", "https://www.threshold-kap.example/services-and-fees", "clinic", False, "en",
  "kap-practice-fees-packages", "Services & Fees | Threshold Ketamine-Assisted Psychotherapy, Portland OR", """
<header><a href="/">Threshold</a> <span class="sub">Ketamine-Assisted Psychotherapy &middot; Portland, Oregon</span>
<nav><a href="/approach">Our approach</a> <a href="/team">Team</a> <a href="/services-and-fees">Services &amp; fees</a> <a href="/groups">Group program</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Services &amp; fees</h1>
<p>Threshold is a small group practice of psychiatrists and licensed therapists. All ketamine sessions take place in our office on SE Hawthorne, with a licensed therapist in the room and a prescriber on site. We don't offer at-home dosing.</p>
<h2>1. Intake &amp; medical screening &mdash; $325</h2>
<p>A 90-minute in-person appointment with our psychiatric nurse practitioner and a therapist. We review your history, vitals and goals and decide together whether KAP is a fit.</p>
<h2>2. Preparation sessions &mdash; $175 each</h2>
<p>Two 50-minute therapy sessions to build rapport and set intentions.</p>
<h2>3. Ketamine sessions &mdash; $650 each</h2>
<p>About three hours in our treatment room: intramuscular or sublingual ketamine administered by our medical staff, with your therapist present throughout. Blood pressure is checked before, during and after.</p>
<h2>4. Integration &mdash; $175 each</h2>
<p>A 50-minute session within a few days of each medicine session.</p>
<h2>Packages</h2>
<p>Most clients choose our <b>Foundations package</b> (intake, 2 preparation, 3 ketamine and 3 integration sessions) for $3,150, which saves $400. <a href="/packages/foundations/buy" class="btn">Buy the Foundations package</a> &mdash; you'll be asked to schedule your intake after purchase. Packages are fully refundable if you are not cleared at intake.</p>
<p>We accept HSA/FSA and can provide superbills. Sliding-scale spots are available each quarter for BIPOC, LGBTQ+ and low-income clients.</p>
</main>
<footer>Threshold KAP, LLC &middot; 3712 SE Hawthorne Blvd, Portland, OR 97214 &middot; (503) 555-0126 &middot; &copy; 2026</footer>
""")

# ------------------------------------------------------------------------------------------ h8126
p("h8126", "https://pt.wikienciclopedia.example/wiki/Cetamina", "informational", False, "pt",
  "encyclopedia-article-portuguese", "Cetamina – Wikienciclopédia, a enciclopédia livre", """
<div id="mw-head"><a href="/">Wikienciclopédia</a> <a href="/wiki/Especial:Pesquisar">Pesquisar</a> <a href="/wiki/Especial:Entrar">Entrar</a></div>
<div id="content">
<h1>Cetamina</h1>
<p class="hatnote">Nota: Para o enantiômero usado como antidepressivo, veja <a href="/wiki/Escetamina">Escetamina</a>.</p>
<table class="infobox"><tr><th>Nome IUPAC</th><td>(RS)-2-(2-clorofenil)-2-(metilamino)ciclo-hexanona</td></tr><tr><th>Fórmula</th><td>C<sub>13</sub>H<sub>16</sub>ClNO</td></tr><tr><th>Vias de administração</th><td>intravenosa, intramuscular, intranasal, oral</td></tr><tr><th>Estatuto legal</th><td>BR: Lista C1 (controle especial); PT: Tabela II-A (substâncias sob controlo)</td></tr></table>
<p>A <b>cetamina</b> (ou <b>quetamina</b>) é um fármaco anestésico dissociativo, sintetizado em 1962 por Calvin Stevens e introduzido na prática clínica em 1970. É usada em anestesia humana e veterinária, na analgesia e, mais recentemente, no tratamento da depressão resistente.</p>
<h2>Usos médicos</h2>
<p>Em anestesia, é valorizada por preservar os reflexos das vias aéreas e a pressão arterial. Em doses subanestésicas, infundida por via intravenosa, produz efeito antidepressivo rápido em parte dos pacientes com depressão resistente. O seu enantiômero S, a <a href="/wiki/Escetamina">escetamina</a>, foi aprovado em spray nasal (Spravato) pela FDA em 2019, pela Agência Europeia de Medicamentos no mesmo ano e pela Anvisa em 2020.</p>
<h2>Uso recreativo</h2>
<p>A cetamina é usada de forma recreativa desde os anos 1970, em pó inalado ou, mais raramente, injetada. O uso frequente está associado à cistite ulcerativa induzida por cetamina. Análogos como a <a href="/wiki/2-FDCK">2-FDCK</a> e a <a href="/wiki/Desclorocetamina">desclorocetamina</a> circulam como "drogas de pesquisa".</p>
<h2>Farmacologia</h2>
<p>Atua principalmente como antagonista não competitivo do receptor NMDA. Tem meia-vida de eliminação de cerca de 2,5 a 3 horas; o principal metabólito ativo é a norcetamina.</p>
<h2>Ver também</h2>
<ul><li><a href="/wiki/Anestesia_dissociativa">Anestesia dissociativa</a></li><li><a href="/wiki/Depressão_resistente_ao_tratamento">Depressão resistente ao tratamento</a></li></ul>
<h2>Referências</h2>
<ol class="references"><li>Zanos P, Gould TD. Mechanisms of ketamine action as an antidepressant. Mol Psychiatry. 2018.</li><li>Anvisa. Registro de medicamento Spravato. 2020.</li></ol>
</div>
<div id="footer">Esta página foi editada pela última vez às 14h02min de 9 de novembro de 2026. Texto disponível sob a licença CC BY-SA 4.0.</div>
""")

# ------------------------------------------------------------------------------------------ h8127
p("h8127", "https://lojadoskbrasil.example/cetamina-liquida-frasco", "seller", True, "pt",
  "whatsapp-order-shop-portuguese", "Cetamina líquida frasco 10ml - Entrega para todo o Brasil | Loja do K", """
<header><a href="/">Loja do K</a> <nav><a href="/">Início</a> <a href="/produtos">Produtos</a> <a href="/como-comprar">Como comprar</a> <a href="/depoimentos">Depoimentos</a></nav></header>
<main>
<h1>Cetamina líquida &ndash; frasco 10 ml (50 mg/ml)</h1>
<p class="preco">R$ 390,00 <span>ou 3 frascos por R$ 990,00</span></p>
<p>Cetamina original de uso veterinário, frasco lacrado. Também temos cetamina em cristal (R$ 180 o grama). Enviamos pelos Correios para todo o Brasil com embalagem discreta e código de rastreio. Não precisa de receita.</p>
<h2>Como comprar</h2>
<ol><li>Clique no botão abaixo e chame no WhatsApp.</li><li>Informe o produto, a quantidade e o CEP.</li><li>Pague via Pix (5% de desconto) ou boleto.</li><li>Receba o código de rastreio em até 24 h.</li></ol>
<a class="btn-whatsapp" href="https://wa.me/5511955550143">Comprar pelo WhatsApp</a>
<h2>Depoimentos</h2>
<p>"Chegou em Curitiba em 4 dias, tudo certinho." &ndash; R.<br>"Atendimento rápido, recomendo." &ndash; Camila</p>
</main>
<footer>Loja do K &copy; 2026 &middot; Atendimento de seg. a sáb., das 9h às 22h</footer>
""", noise="cookie-pt")

# ------------------------------------------------------------------------------------------ h8128
p("h8128", "https://www.mentaviva.example/tratamento-depressao-resistente", "telehealth", False, "pt",
  "telehealth-brazil-teleconsulta-program", "Tratamento para depressão resistente com cetamina | Mentaviva Telepsiquiatria", """
<header><a href="/">Mentaviva</a> <nav><a href="/como-funciona">Como funciona</a> <a href="/psiquiatras">Psiquiatras</a> <a href="/planos">Planos</a> <a href="/blog">Blog</a> <a href="/agendar" class="cta">Agendar teleconsulta</a></nav></header>
<main>
<h1>Depressão que não melhora? Existe caminho.</h1>
<p>A Mentaviva é um serviço de telepsiquiatria com médicos psiquiatras registrados no CRM. Avaliamos, por videochamada, pacientes adultos com depressão resistente e indicamos o tratamento mais adequado &ndash; incluindo protocolos com cetamina e escetamina quando fazem sentido.</p>
<h2>Como funciona</h2>
<ol>
<li><b>Teleconsulta inicial (60 min)</b> com um psiquiatra: histórico, medicações já usadas, exames e escalas de avaliação.</li>
<li><b>Plano de tratamento.</b> Se houver indicação de cetamina ou escetamina, as aplicações são feitas em uma de nossas clínicas parceiras em São Paulo, Rio de Janeiro, Belo Horizonte, Curitiba ou Porto Alegre, com monitoramento durante e após a sessão.</li>
<li><b>Acompanhamento online.</b> Consultas de retorno por vídeo a cada 2 a 4 semanas, ajuste de antidepressivos e psicoterapia, se desejar.</li>
</ol>
<p>Não vendemos nem enviamos cetamina. Medicamentos de controle especial só são prescritos após avaliação médica, com a receita exigida pela Anvisa.</p>
<h2>Planos</h2>
<p>Teleconsulta avulsa: R$ 420. Plano trimestral de acompanhamento (1 consulta por mês + mensagens com a equipe): R$ 990. As aplicações na clínica parceira são cobradas à parte.</p>
<p class="aviso">Em caso de crise, ligue 188 (CVV) ou procure o pronto-socorro mais próximo.</p>
</main>
<footer>Mentaviva Saúde Mental Ltda. &middot; Diretor técnico: Dr. Rafael Lins, CRM-SP 123456 &middot; <a href="/privacidade">Privacidade (LGPD)</a></footer>
""", noise="cookie-pt")

# ------------------------------------------------------------------------------------------ h8129
p("h8129", "https://thetrippyreview.example/best-places-to-buy-ketamine-online-2026/", "seller", True, "en",
  "affiliate-doorway-vendor-review", "7 Best Places to Buy Ketamine Online in 2026 (Tested & Reviewed) - The Trippy Review", """
<header><a href="/">The Trippy Review</a> <nav><a href="/category/vendor-reviews/">Vendor Reviews</a> <a href="/category/guides/">Guides</a> <a href="/category/microdosing/">Microdosing</a> <a href="/about/">About</a></nav></header>
<article>
<h1>7 Best Places to Buy Ketamine Online in 2026 (Tested &amp; Reviewed)</h1>
<p class="meta">By Jay "Doc" Marlow &middot; Updated December 1, 2026 &middot; 14 min read</p>
<p class="disclosure">Disclosure: Some links below are affiliate links. If you buy through them we earn a small commission at no extra cost to you. Use code <b>TRIPPY15</b> for 15% off at our top pick.</p>
<p>Clinics charge $500 a session and telehealth apps want you on a video call with a stranger. Luckily, there are trusted vendors who ship real ketamine straight to your door, no prescription needed. We ordered from 19 shops this year and sent samples to a lab. Here are the ones that passed.</p>
<h2>Quick picks</h2>
<ol>
<li><a href="https://go.thetrippyreview.example/crystalpure" rel="sponsored nofollow">CrystalPure Lab</a> &ndash; Best overall. Shards tested 98.9%. Ships US/EU, reship guarantee. &#9733; 4.9</li>
<li><a href="https://go.thetrippyreview.example/kplug" rel="sponsored nofollow">K Plug EU (Telegram)</a> &ndash; Best for Europe. Fast, accepts Monero. &#9733; 4.7</li>
<li><a href="https://go.thetrippyreview.example/novachem" rel="sponsored nofollow">NovaChem Research</a> &ndash; Best for analogues (DCK, 2-FDCK). &#9733; 4.6</li>
<li><a href="https://go.thetrippyreview.example/rxcare" rel="sponsored nofollow">RxCareMeds24</a> &ndash; Best for Spravato without Rx. &#9733; 4.2</li>
</ol>
<h2>1. CrystalPure Lab &ndash; Best overall</h2>
<p>Our 14 g order arrived in Ohio in 5 days inside a vacuum-sealed decoy package. Lab result: 98.9% ketamine HCl, no adulterants. Payment in BTC or Zelle. <a href="https://go.thetrippyreview.example/crystalpure" class="btn">Visit CrystalPure &rarr; (15% off with TRIPPY15)</a></p>
<h2>How we test</h2>
<p>We buy anonymously, pay with crypto, and send a sample from each order to an independent lab. We re-test every 90 days.</p>
<h2>FAQ</h2>
<p><b>Is it legal to buy ketamine online?</b> Technically not in most countries without a prescription, but small personal orders are rarely prosecuted. Use a reship vendor if you are worried about customs.</p>
<p><b>What's the safest payment method?</b> Monero, then Bitcoin through a fresh wallet.</p>
</article>
<aside><h3>Popular</h3><ul><li>Best shroom dispensaries that ship</li><li>DCK vs 2-FDCK vs ketamine: which is best?</li></ul></aside>
<footer>&copy; 2026 The Trippy Review. For entertainment and harm-reduction purposes only.</footer>
""")

# ------------------------------------------------------------------------------------------ h8130
p("h8130", "https://www.centromedicoilfaro.example/psichiatria/esketamina-spravato", "clinic", False, "it",
  "clinic-esketamine-service-italian", "Esketamina (Spravato) per la depressione resistente | Centro Medico Il Faro, Bologna", """
<header><a href="/">Centro Medico Il Faro</a> <nav><a href="/chi-siamo">Chi siamo</a> <a href="/specialita">Specialità</a> <a href="/psichiatria">Psichiatria</a> <a href="/prenota">Prenota una visita</a> <a href="/convenzioni">Convenzioni</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Trattamento con esketamina spray nasale</h1>
<p>Il nostro ambulatorio di psichiatria è autorizzato alla somministrazione di esketamina (Spravato&reg;) per adulti con depressione maggiore resistente al trattamento, in associazione a un antidepressivo orale.</p>
<h2>Come si svolge</h2>
<p>Prima di iniziare è necessaria una visita psichiatrica presso il centro, con valutazione della pressione arteriosa e dei farmaci in uso. Lo spray viene autosomministrato dal paziente in ambulatorio, sotto la supervisione di un medico e di un infermiere. Il paziente resta in osservazione per almeno due ore e non può guidare fino al giorno successivo: è necessario un accompagnatore.</p>
<h2>Frequenza</h2>
<p>Due sedute a settimana nel primo mese, poi una a settimana o ogni due settimane in base alla risposta.</p>
<h2>Costi</h2>
<p>Visita psichiatrica di valutazione: 160 &euro;. Seduta di somministrazione (monitoraggio incluso): 120 &euro; più il costo del farmaco, che in alcuni casi può essere fornito dal Servizio Sanitario Nazionale tramite il centro di riferimento. Chiedi in segreteria.</p>
<p><a class="btn" href="/prenota?servizio=psichiatria">Prenota la visita psichiatrica</a> &middot; Tel. 051 555 0134 &middot; WhatsApp segreteria 333 555 0199</p>
</main>
<footer>Centro Medico Il Faro S.r.l. &middot; Via Saragozza 140, 40135 Bologna &middot; Direttore sanitario Dr.ssa Giulia Ferri &middot; <a href="/privacy">Privacy</a> &middot; P.IVA 01234560377</footer>
""")

# ------------------------------------------------------------------------------------------ h8131
p("h8131", "https://www.medsafety.example/consumer-updates/ketamine-bought-online-risks", "informational", False, "en",
  "regulator-consumer-warning", "Consumer Update: Risks of Ketamine and Esketamine Bought Online", """
<div class="gov-banner">An official website of the U.S. Department of Health and Human Services</div>
<header><a href="/">Medication Safety Agency</a> <nav><a href="/drugs">Drugs</a> <a href="/consumers">Consumers</a> <a href="/safety-alerts">Safety Alerts</a> <a href="/report">Report a Problem</a></nav></header>
<main>
<p class="crumbs">Home &gt; For Consumers &gt; Consumer Updates</p>
<h1>Thinking About Buying Ketamine Online? Know the Risks</h1>
<p class="date">Content current as of 10/21/2026</p>
<p>Ketamine and esketamine can help some people with hard-to-treat depression. But the agency continues to receive reports of people harmed after using ketamine products bought from websites, social media accounts and messaging apps that do not require a prescription or a real medical evaluation.</p>
<h2>What we've seen</h2>
<ul>
<li>Websites posing as online pharmacies that offer Spravato (esketamine) nasal spray for home use. Spravato is only available at certified health-care settings; any Spravato sold for home use is not legitimate.</li>
<li>"Research chemicals" such as 2-FDCK and deschloroketamine sold as ketamine substitutes and labeled "not for human consumption."</li>
<li>Sites that approve ketamine after a short online questionnaire, with no video or in-person visit.</li>
<li>Products that contained no ketamine, or contained other drugs.</li>
</ul>
<h2>How to protect yourself</h2>
<ol>
<li>Get ketamine treatment only from a licensed health-care provider who evaluates you in person or by live video.</li>
<li>If a pharmacy is involved, check that it is licensed in your state and requires a valid prescription.</li>
<li>Be suspicious of sites that ask you to pay with cryptocurrency, gift cards or payment apps, or to order by WhatsApp or Telegram.</li>
<li>Report suspicious websites and side effects to the agency's safety reporting program.</li>
</ol>
<p>Related: <a href="/safety-alerts/compounded-ketamine-2023">Compounded ketamine products for psychiatric disorders (2023 alert)</a></p>
</main>
<footer>Medication Safety Agency &middot; <a href="/website-policies">Website policies</a> &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/vulnerability">Vulnerability disclosure</a></footer>
""")

# ------------------------------------------------------------------------------------------ h8132
p("h8132", "https://www.psicologiaremota.example/televisita-psichiatrica-depressione-resistente", "telehealth", False, "it",
  "telepsychiatry-italian-short", "Televisita psichiatrica per depressione resistente | PsicoRemota", """
<nav><a href="/">PsicoRemota</a> &middot; <a href="/medici">I nostri medici</a> &middot; <a href="/prezzi">Prezzi</a> &middot; <a href="/prenota">Prenota</a></nav>
<main>
<h1>Depressione resistente: valutazione psichiatrica in videochiamata</h1>
<p>Con PsicoRemota parli con uno psichiatra iscritto all'Ordine dei Medici da casa tua, in videochiamata sicura. Durante la prima televisita (50 minuti, 110 &euro;) valutiamo la storia clinica e i trattamenti già provati.</p>
<p>Se l'esketamina o la ketamina possono essere indicate, ti indirizziamo con una relazione clinica a un centro autorizzato vicino a te, dove il trattamento viene somministrato sotto controllo medico. Nessun farmaco viene spedito a domicilio.</p>
<p>Il follow-up, l'aggiustamento della terapia antidepressiva e il supporto psicologico possono proseguire online.</p>
<p><a href="/prenota">Prenota la tua televisita</a></p>
</main>
<footer>PsicoRemota S.r.l. Società Benefit &middot; Direttore sanitario Dr. Marco Lodi &middot; <a href="/privacy">Privacy</a></footer>
""")

# ------------------------------------------------------------------------------------------ h8133
p("h8133", "https://vetsupplydirect-global.example/anesthetics/ketamine-hcl-injection-100mg-ml-10ml", "seller", True, "en",
  "veterinary-product-sold-to-anyone", "Ketamine HCl Injection 100mg/ml 10ml Vial - Vet Supply Direct Global", """
<header><a href="/">Vet Supply Direct <small>Global</small></a> <nav><a href="/dogs">Dogs</a> <a href="/cats">Cats</a> <a href="/horses">Horses</a> <a href="/anesthetics">Anesthetics &amp; Sedatives</a> <a href="/wormers">Wormers</a> <a href="/cart">Cart</a></nav></header>
<main>
<p class="crumbs">Home &rsaquo; Anesthetics &amp; Sedatives &rsaquo; Ketamine</p>
<h1>Ketamine HCl Injection 100 mg/ml &ndash; 10 ml vial</h1>
<p>Brands as available: Ketaset, Vetalar, Narketan, Imalgene. For veterinary use.</p>
<table>
<tr><th>Qty</th><th>Price (USD)</th></tr>
<tr><td>1 vial</td><td>$95</td></tr>
<tr><td>5 vials</td><td>$420</td></tr>
<tr><td>10 vials</td><td>$780</td></tr>
<tr><td>Case of 25</td><td>$1,650</td></tr>
</table>
<button>Add to cart</button>
<h2>Ordering information</h2>
<p>No veterinary prescription or clinic license required for international orders. We ship from our Asia warehouse to USA, Canada, UK, Europe and Australia in 7&ndash;14 days. All parcels are declared as "pet care supplies". Payment via bank transfer, Western Union, MoneyGram or Bitcoin. Private buyers welcome.</p>
<h2>Description</h2>
<p>Ketamine hydrochloride is a rapid-acting dissociative anesthetic used for restraint and minor surgical procedures in cats, dogs, horses and other species. Store below 25&deg;C, protect from light.</p>
<p>Questions? WhatsApp our sales team: +852 5555 0163 (24/7).</p>
</main>
<footer>&copy; 2026 Vet Supply Direct Global Ltd. &middot; <a href="/shipping">Shipping &amp; Returns</a> &middot; <a href="/privacy">Privacy</a></footer>
""")

# ------------------------------------------------------------------------------------------ h8134
p("h8134", "https://www.ggz-deltamaas.example/behandelingen/esketamine-en-ketamine-bij-depressie", "clinic", False, "nl",
  "mental-health-institution-treatment-page-dutch", "Esketamine en ketamine bij depressie | GGZ Delta Maas", """
<header><a href="/">GGZ Delta Maas</a> <nav><a href="/hulp-vinden">Hulp vinden</a> <a href="/behandelingen">Behandelingen</a> <a href="/locaties">Locaties</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/werken-bij">Werken bij</a></nav> <a href="/crisis" class="crisis">Crisis? Bel 113 of 0800-0113</a></header>
<main>
<h1>Behandeling met esketamine en ketamine bij depressie</h1>
<p>Heeft u een ernstige depressie en hebben eerdere behandelingen met antidepressiva en psychotherapie onvoldoende geholpen? Dan kan behandeling met esketamine-neusspray of ketamine een mogelijkheid zijn. Deze behandeling bieden wij aan op de polikliniek Stemmingsstoornissen in Rotterdam.</p>
<h2>Hoe gaat de behandeling?</h2>
<p>U komt naar de polikliniek. De neusspray (esketamine) gebruikt u zelf onder toezicht van een verpleegkundige; ketamine krijgt u via een infuus of in tabletvorm op de afdeling. Voor en na de toediening meten we uw bloeddruk. U blijft ongeveer twee uur bij ons. Daarna mag u die dag niet zelf autorijden of fietsen in het verkeer, dus neem iemand mee.</p>
<p>In de eerste maand komt u twee keer per week, daarna minder vaak.</p>
<h2>Verwijzing</h2>
<p>U heeft een verwijzing nodig van uw huisarts of behandelaar. Eerst volgt een intakegesprek met een psychiater, die beoordeelt of de behandeling bij u past.</p>
<h2>Vergoeding</h2>
<p>De behandeling valt onder de specialistische ggz en wordt vergoed vanuit de basisverzekering. Uw eigen risico is wel van toepassing.</p>
</main>
<footer>GGZ Delta Maas &middot; <a href="/privacy">Privacy</a> &middot; <a href="/klachten">Klachten</a> &middot; <a href="/cookies">Cookies</a></footer>
""", noise="cookie-nl")

# ------------------------------------------------------------------------------------------ h8135
p("h8135", "https://www.findketaminecare.example/colorado/denver", "informational", False, "en",
  "provider-directory-city-listing", "Ketamine Clinics & Providers in Denver, CO (2026) | FindKetamineCare", """
<header><a href="/">FindKetamineCare</a> <nav><a href="/states">Browse by state</a> <a href="/telehealth">Telehealth providers</a> <a href="/guides">Guides</a> <a href="/list-your-practice">List your practice</a></nav></header>
<main>
<p class="crumbs">Home &rsaquo; Colorado &rsaquo; Denver</p>
<h1>Ketamine providers in Denver, Colorado</h1>
<p>14 providers found &middot; Sorted by distance from 80202 &middot; Last verified November 2026</p>
<div class="filters"><label><input type="checkbox"> IV infusion</label> <label><input type="checkbox"> Spravato (REMS certified)</label> <label><input type="checkbox"> KAP</label> <label><input type="checkbox"> Accepts insurance</label></div>
<ol class="listings">
<li><b>Front Range Infusion Center</b> &ndash; IV ketamine, Spravato &middot; 1.2 mi &middot; &#9733; 4.8 (96) &middot; <a href="/p/front-range-infusion">View profile</a></li>
<li><b>Mile High Mood Clinic</b> &ndash; Spravato, TMS &middot; 2.0 mi &middot; In-network with most plans &middot; <a href="/p/mile-high-mood">View profile</a></li>
<li><b>Aspen Grove Psychotherapy</b> &ndash; KAP (in-office) &middot; 3.4 mi &middot; <a href="/p/aspen-grove-kap">View profile</a></li>
<li><b>Lakewood Ketamine &amp; Pain</b> &ndash; IV ketamine for depression and CRPS &middot; 6.7 mi &middot; <a href="/p/lakewood-ketamine">View profile</a></li>
<li><span class="sponsored">Sponsored</span> <b>Even Keel Health</b> &ndash; At-home ketamine via telehealth (Colorado licensed) &middot; <a href="/p/even-keel">View profile</a></li>
</ol>
<p><a href="/colorado/denver?page=2">Next page &rarr;</a></p>
<section class="guide">
<h2>How we verify listings</h2>
<p>We check each provider's state medical or nursing license and, for Spravato, the REMS certification. We do not list sites that sell ketamine without a prescription. Listings are not endorsements; FindKetamineCare does not provide medical care.</p>
</section>
</main>
<footer>&copy; 2026 FindKetamineCare &middot; <a href="/about">About</a> &middot; <a href="/advertise">Advertise</a> &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

# ------------------------------------------------------------------------------------------ h8136
p("h8136", "https://www.northpinepsychiatry.example/treatments/esketamine-referral", "telehealth", False, "en",
  "virtual-psychiatry-spravato-referral", "Spravato Referral & Ongoing Care | Northpine Virtual Psychiatry", """
<header><a href="/">Northpine</a> <span>Virtual Psychiatry</span> <nav><a href="/conditions">Conditions</a> <a href="/treatments">Treatments</a> <a href="/insurance">Insurance</a> <a href="/book">Book a visit</a></nav></header>
<main>
<h1>Spravato&reg; (esketamine): evaluated online, treated near you</h1>
<p>Northpine is an in-network virtual psychiatry practice serving Michigan, Wisconsin and Minnesota. Our psychiatrists see you by secure video, manage your medications and, when appropriate, coordinate Spravato treatment at a certified site close to home.</p>
<h2>Our role and theirs</h2>
<ul>
<li><b>Northpine</b>: video evaluation, diagnosis, prior authorization paperwork, oral antidepressant management, follow-ups every 2&ndash;6 weeks.</li>
<li><b>Partner treatment center</b>: the Spravato sessions themselves, with 2 hours of on-site monitoring. We partner with 31 certified centers across the three states.</li>
</ul>
<p>Spravato is never shipped to your home. If you've seen it for sale online, that's not a legitimate source.</p>
<p>Most plans, including Medicare, cover our visits. <a href="/book">Book a video evaluation</a> &mdash; typical wait is 6 days.</p>
</main>
<footer>&copy; 2026 Northpine Psychiatry, PLLC &middot; <a href="/privacy">Privacy</a> &middot; <a href="/good-faith-estimate">Good Faith Estimate</a></footer>
""")

# ------------------------------------------------------------------------------------------ h8137
p("h8137", "https://buy-ketamine-crystal-online.example/shop/ketamine-crystal-28g-stealth-shipping", "seller", True, "en",
  "bot-check-wall-url-only", "Just a moment...", """
<div class="main-wrapper">
<h1>Just a moment...</h1>
<p>Checking if the site connection is secure</p>
<noscript><p>Enable JavaScript and cookies to continue</p></noscript>
<p>buy-ketamine-crystal-online.example needs to review the security of your connection before proceeding.</p>
<div class="footer">Ray ID: <code>8f3a21cd7e0b4a11</code> &middot; Performance &amp; security by EdgeShield</div>
</div>
""")

# ------------------------------------------------------------------------------------------ h8138
p("h8138", "https://www.tricitiespainandspine.example/ketamine-infusions-crps", "clinic", False, "en",
  "pain-clinic-short-page", "Ketamine Infusions for CRPS & Neuropathic Pain | Tri-Cities Pain & Spine", """
<nav><a href="/">Tri-Cities Pain &amp; Spine</a> | <a href="/procedures">Procedures</a> | <a href="/physicians">Physicians</a> | <a href="/new-patients">New Patients</a></nav>
<h1>Ketamine infusions for CRPS</h1>
<p>For patients with complex regional pain syndrome and some other neuropathic pain conditions, our interventional pain physicians offer outpatient low-dose ketamine infusions in our Kennewick procedure center. Infusions run 4 hours per day, typically over 3 to 5 consecutive days, with continuous monitoring by our nursing staff.</p>
<p>A referral and an initial consult with Dr. Samuel Okafor or Dr. Lisa Brandt are required. Coverage varies by insurer; our authorization team will call you before scheduling.</p>
<p>Call (509) 555-0151 to schedule a consult.</p>
""")

# ------------------------------------------------------------------------------------------ h8139
p("h8139", "https://jobs.healthcareers-board.example/job/rn-ketamine-infusion-part-time-austin-tx-662190", "informational", False, "en",
  "job-post-plain-text", "Registered Nurse - Ketamine Infusion (Part-Time) - Austin, TX", """
Registered Nurse – Ketamine Infusion (Part-Time) · Hill Country Infusion Partners · Austin, TX · $48–$56/hr
Busy outpatient infusion clinic seeks an RN with 2+ years of ICU, ED, PACU or conscious-sedation experience to start IVs, monitor patients during IV ketamine and Spravato sessions, and document vitals; ACLS required, Tuesday/Thursday/Saturday shifts. Apply with resume by January 15, 2027.
""", ext="txt")

# ------------------------------------------------------------------------------------------ h8140
p("h8140", "https://www.lumendtelehealth.example/", "telehealth", False, "en",
  "telehealth-search-snippet-plain", "Lumend Ketamine Care", """
Lumend Ketamine Care – At-home ketamine therapy for depression and anxiety. Start with a 60-minute video evaluation with a board-certified psychiatric clinician; if ketamine is prescribed, our licensed partner pharmacy ships your medication and your care team checks in throughout treatment. Available in 19 states.
""", ext="txt")

save(OUT, R)
