# Part 37 of the held-out evaluation set eval3: 40 pages written by hand by an independent author who
# had not read the scorer's rules, vocabulary, extractor, the other eval sets or any measurement.
# Committed before any scorer run.
# Angle: THE GENERAL MIX, as a crawler following links from clinic directories and search results
# meets it: home pages, about/team pages, service pages, blog posts, FAQ, contact, shipping and
# payment pages, legal pages, news and government pages, forum threads, review/listicle sites.
# Mix: 14 sellers (flagged), 9 telehealth, 8 clinics, 9 informational; 24 English and 16 in
# es/de/fr/nl/pt/it (es 3, de 3, fr 3, nl 3, pt 2, it 2).
# Shapes: padded fake-clinic home page with a shop; "no-prescription telehealth" with automatic
# questionnaire approval; esketamine nasal spray sold for home use (en, de); arylcyclohexylamine
# "research chemical" category page (mostly navigation); seller shipping (stealth/reship), payment
# (crypto/gift cards/Telegram), FAQ and contact inner pages; bot-check page where only the URL
# decides; padded Spanish WhatsApp seller; French affiliate "where to buy" listicle; Dutch veterinary
# ketamine sold to anyone; Portuguese social-bio ad (plain text); telehealth home, team, FAQ,
# discreet-shipping, blog, terms (plain text) and foreign-language virtual psychiatry that refers to
# partner clinics; clinic home with packages and WhatsApp booking, team page, REMS Spravato service
# page, nav-only contact page, French university-hospital unit, Dutch clinic FAQ, Italian pain clinic,
# Spanish clinic blog; news about a shop takedown, government alert, forum thread, telehealth
# listicle with affiliate disclosure, German law firm, drug-checking results (plain text), French
# pharmacy product page that does not sell online, rehab excerpt (plain text), Dutch veterinary
# wholesaler for licensed practices only.
# Author: independent. Date: 2026-12-07.
# Run: python3 part37.py (writes part37/).
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "score-dev-hand"))
from hand import write, save
OUT = os.path.join(HERE, "part37")
R = []
def p(*a, **k): R.append(write(OUT, *a, **k))

# ====================================================================================== sellers (14)

p("e3701", "https://serenityketamineclinic.example/", "seller", True, "en", "fake-clinic-padded-home",
  "Serenity Ketamine Wellness Clinic | Ketamine Therapy Delivered to Your Door", """
<header class="site-header">
<div class="topbar">Free express shipping on orders over $300 &middot; 10% off when you pay with Bitcoin &middot; Support 24/7</div>
<a class="logo" href="/"><img src="/img/serenity-logo.png" alt="Serenity Ketamine Wellness Clinic"></a>
<nav><a href="/">Home</a> <a href="/about-ketamine-therapy/">About Ketamine Therapy</a> <a href="/shop/">Shop</a> <a href="/shipping/">Shipping</a> <a href="/payment/">Payment</a> <a href="/faq/">FAQ</a> <a href="/contact/">Contact</a> <a href="/cart/" class="cart">Cart (0)</a></nav>
</header>
<main>
<section class="hero">
<h1>Ketamine therapy, from the comfort of your home</h1>
<p class="lead">Serenity is a wellness clinic dedicated to making ketamine treatment accessible to everyone struggling with depression, anxiety, PTSD and chronic pain. No waiting lists. No appointments. No prescription hassle.</p>
<a class="btn" href="/shop/">Order your treatment</a> <a class="btn btn-ghost" href="/about-ketamine-therapy/">Learn more</a>
</section>

<section class="about">
<h2>What is ketamine therapy?</h2>
<p>Ketamine therapy is a treatment that uses the medication ketamine to relieve severe depression and chronic pain. Originally developed as an anesthetic in the 1960s, ketamine has been used safely in hospitals and on battlefields for decades. In recent years researchers discovered that, at lower doses, it can lift depressive symptoms within hours rather than the weeks that traditional antidepressants need.</p>
<p>Ketamine works on the brain's glutamate system, which is involved in mood regulation, learning and memory. By blocking NMDA receptors it triggers a surge of glutamate that encourages the growth of new connections between brain cells (neuroplasticity). Many people describe the effect as a "reset" that breaks the cycle of negative thinking.</p>
<p>Esketamine, sold under the brand name Spravato, is a nasal spray form of ketamine approved for treatment-resistant depression. It is the S-enantiomer of ketamine and is considered roughly twice as potent.</p>
<h3>Who can benefit?</h3>
<ul>
<li>People with treatment-resistant depression who have tried two or more antidepressants</li>
<li>Anxiety and panic disorders</li>
<li>Post-traumatic stress disorder (PTSD)</li>
<li>Chronic pain conditions such as fibromyalgia and CRPS</li>
<li>Obsessive-compulsive disorder</li>
</ul>
<h3>Is ketamine safe?</h3>
<p>When used responsibly ketamine has a very good safety record. Common side effects are mild and short-lived: dizziness, nausea, a feeling of floating or detachment, and a temporary rise in blood pressure. Always start with a low dose, never combine ketamine with alcohol or other depressants, and have a trusted person with you during your first sessions.</p>
</section>

<section class="products">
<h2>Our treatments</h2>
<div class="grid">
<div class="card"><img src="/img/p/vial-10ml.jpg" alt=""><h3>Ketamine Hydrochloride Injection 50 mg/ml &ndash; 10 ml vial</h3><p>Pharmaceutical grade, sealed vials. Ideal for IM self-administration.</p><p class="price">$180.00</p><a class="btn" href="/cart/?add=112">Add to cart</a></div>
<div class="card"><img src="/img/p/crystal.jpg" alt=""><h3>Ketamine HCl Crystal &ndash; 5 g</h3><p>99.6% purity, lab tested. Needle-like shards.</p><p class="price">$220.00</p><a class="btn" href="/cart/?add=118">Add to cart</a></div>
<div class="card"><img src="/img/p/nasal.jpg" alt=""><h3>Esketamine Nasal Spray 56 mg kit (2 devices)</h3><p>The same molecule as Spravato, for use at home.</p><p class="price">$390.00</p><a class="btn" href="/cart/?add=131">Add to cart</a></div>
<div class="card"><img src="/img/p/troche.jpg" alt=""><h3>Ketamine Troches 150 mg &ndash; 30 count</h3><p>Dissolve under the tongue. Mint flavour.</p><p class="price">$260.00</p><a class="btn" href="/cart/?add=140">Add to cart</a></div>
</div>
</section>

<section class="how">
<h2>How it works</h2>
<ol>
<li><b>Choose your treatment</b> in our shop. Not sure? Chat with our wellness team.</li>
<li><b>Pay securely</b> with Bitcoin, USDT, Zelle or Cash App. Crypto orders get 10% off.</li>
<li><b>Receive your order</b> in 2&ndash;4 business days, discreetly packed with no mention of the contents. If your parcel is lost or held we reship for free.</li>
</ol>
</section>

<section class="faq-teaser">
<h2>Ketamine therapy vs. traditional antidepressants</h2>
<p>Traditional antidepressants such as SSRIs and SNRIs work on serotonin and norepinephrine and usually need four to eight weeks before any improvement is noticed. For roughly one third of people they never work well enough. Ketamine acts on a completely different pathway, which is why many people who have "tried everything" still respond to it. Effects are often felt within 24 hours and can last from several days to a few weeks after a single session.</p>
<p>Research published over the past decade has shown rapid reductions in suicidal thoughts after a single low dose, and today thousands of patients use ketamine as part of their mental health routine. Combined with therapy, journaling, meditation and healthy sleep, ketamine can help you build lasting change.</p>
<h2>Setting and mindset</h2>
<p>Choose a quiet, comfortable room where you will not be disturbed. Dim the lights, put on an eye mask and calm instrumental music. Set an intention before each session: a question you want to explore or a feeling you want to let go of. Afterwards, take a few minutes to write down what came up. Many of our customers find that a regular schedule, for example twice a week for the first month, gives the best results.</p>
<h2>Why order from Serenity?</h2>
<ul>
<li>Over 9,000 satisfied customers since 2017</li>
<li>Every batch lab tested for purity</li>
<li>Friendly support team on WhatsApp and Telegram, 7 days a week</li>
<li>No prescription or doctor's visit needed &ndash; we believe access to healing should be simple</li>
<li>Money-back guarantee if you are not satisfied with the quality</li>
</ul>
</section>

<section class="reviews">
<h2>What our patients say</h2>
<blockquote>"After years of SSRIs that did nothing, I finally feel like myself again. Fast delivery and great communication." &ndash; Jenna R., Ohio</blockquote>
<blockquote>"I was nervous about ordering online but the package arrived in 3 days, perfectly sealed." &ndash; Mark T., Texas</blockquote>
<blockquote>"Better quality than what I used to get locally, and half the price of the infusion centre near me." &ndash; Anonymous</blockquote>
</section>
</main>
<footer>
<p>Serenity Ketamine Wellness Clinic &middot; Licensed &amp; trusted since 2017 &middot; <a href="mailto:care@serenityketamineclinic.example">care@serenityketamineclinic.example</a> &middot; WhatsApp: +1 (646) 555-0188</p>
<p><a href="/privacy/">Privacy policy</a> &middot; <a href="/terms/">Terms</a> &middot; <a href="/refunds/">Refund policy</a></p>
<p class="small">The information on this website is for educational purposes only and is not medical advice. You must be 18 or older to purchase.</p>
</footer>
""", noise="cookie")

p("e3702", "https://quickscript-mind.example/ketamine-online", "seller", True, "en", "no-rx-telehealth-landing",
  "Ketamine Online in Minutes - No Video Call Needed | QuickScript Mind", """
<header><a href="/" class="logo">QuickScript<span>Mind</span></a>
<nav><a href="/how-it-works">How it works</a> <a href="/ketamine-online">Ketamine</a> <a href="/pricing">Pricing</a> <a href="/reviews">Reviews</a> <a href="/start" class="btn">Get started</a></nav></header>
<main>
<h1>Feel better by tomorrow. Ketamine online, approved in minutes.</h1>
<p>Skip the psychiatrist waiting list. Our online medical questionnaire takes about 3 minutes. No video call, no phone call, no records needed &ndash; our system reviews your answers instantly and over 97% of customers are approved on the spot.</p>
<ul class="checks">
<li>&#10003; No video visit required</li>
<li>&#10003; Instant approval &ndash; order ships the same day</li>
<li>&#10003; Ketamine troches, nasal spray or liquid &ndash; you choose</li>
<li>&#10003; Ships to all 50 states and internationally</li>
<li>&#10003; No insurance, no paperwork</li>
</ul>
<h2>Pick your plan</h2>
<table class="plans">
<tr><th>Starter</th><th>Standard</th><th>Max</th></tr>
<tr><td>10 &times; 100 mg troches</td><td>30 &times; 200 mg troches</td><td>Ketamine nasal spray 100 mg/ml &ndash; 2 bottles</td></tr>
<tr><td>$149</td><td>$329</td><td>$459</td></tr>
<tr><td><a href="/start?plan=starter">Choose</a></td><td><a href="/start?plan=standard">Choose</a></td><td><a href="/start?plan=max">Choose</a></td></tr>
</table>
<p>Already approved? <a href="/reorder">Reorder in one click</a> &ndash; no new questionnaire for 12 months.</p>
<h2>How does approval work?</h2>
<p>Answer a few yes/no questions about your mood and health. A "doctor" signature is automatically attached to every approved order, and our fulfilment partner ships it to you. If you are not approved, just adjust your answers and try again &ndash; it's free.</p>
<p class="small">Payment by card, Bitcoin or Apple gift card. Plain packaging. Statements show "QSM Wellness".</p>
</main>
<footer><p>&copy; 2026 QuickScript Mind. Not available where prohibited.</p></footer>
""")

p("e3703", "https://nasalcare-direct.example/product/esketamine-nasal-spray-28mg-3-devices", "seller", True, "en", "product-page-esketamine-home",
  "Esketamine Nasal Spray 28 mg (Generic Spravato) - 3 Devices | NasalCare Direct", """
<header><a href="/">NasalCare Direct</a> <form action="/search"><input name="q" placeholder="Search medicines"></form>
<nav><a href="/c/depression">Depression</a> <a href="/c/anxiety">Anxiety</a> <a href="/c/sleep">Sleep</a> <a href="/c/pain">Pain</a> <a href="/account">My account</a> <a href="/cart">Cart</a></nav></header>
<main class="product">
<p class="crumbs"><a href="/">Home</a> / <a href="/c/depression">Depression</a> / Esketamine Nasal Spray 28 mg</p>
<div class="gallery"><img src="/media/esk-28-box.jpg" alt="Esketamine nasal spray box"></div>
<div class="summary">
<h1>Esketamine Nasal Spray 28 mg &ndash; 3 devices</h1>
<p class="brand">Generic equivalent of Spravato&reg; &middot; Manufacturer: Zentiva-Lab (India)</p>
<p class="rating">&#9733;&#9733;&#9733;&#9733;&#9734; 4.6 (212 reviews)</p>
<p class="price">$349.00 <del>$420.00</del></p>
<label>Pack size <select><option>3 devices (84 mg)</option><option>6 devices &ndash; $649</option><option>12 devices &ndash; $1,190</option></select></label>
<label>Qty <input type="number" value="1"></label>
<button class="add-to-cart">Add to cart</button>
<ul class="usp"><li>Use at home &ndash; no clinic visit, no 2-hour observation</li><li>No REMS enrolment, no prescription upload</li><li>Ships from our Mumbai warehouse in 7&ndash;12 days, tracking included</li><li>Guaranteed delivery or free reshipment</li></ul>
</div>
<section class="desc">
<h2>Description</h2>
<p>Esketamine is a fast-acting NMDA receptor antagonist used for treatment-resistant depression. Each device delivers two sprays (one per nostril) for a total of 28 mg. Most users start with 56 mg (2 devices) twice a week.</p>
<p>Why pay thousands for in-office sessions? With NasalCare Direct you can self-administer the same medicine in your own living room at a fraction of the price.</p>
<h2>Directions</h2>
<p>Blow your nose, recline your head about 45 degrees, insert the tip and spray. Wait 5 minutes between devices. Do not drive for the rest of the day.</p>
</section>
<section class="reviews"><h2>Customer reviews</h2>
<div class="review"><b>Dani</b> &#9733;&#9733;&#9733;&#9733;&#9733; <p>Took 10 days to arrive in Canada but works exactly like the clinic one.</p></div>
<div class="review"><b>K.P.</b> &#9733;&#9733;&#9733;&#9733;&#9734; <p>Customs held it once, they reshipped without questions.</p></div>
</section>
</main>
<footer><p>We accept Visa, Mastercard (via secure third-party processor) and Bitcoin. &copy; NasalCare Direct</p></footer>
""")

p("e3704", "https://labchem-horizon.test/category/arylcyclohexylamines/", "seller", True, "en", "analogue-category-nav",
  "Arylcyclohexylamines - Buy Research Chemicals | LabChem Horizon", """
<div class="notice">All products are sold for laboratory research purposes only. NOT FOR HUMAN CONSUMPTION. 21+.</div>
<header><a href="/">LabChem Horizon</a>
<nav>
<a href="/category/arylcyclohexylamines/">Arylcyclohexylamines</a> |
<a href="/category/benzodiazepines/">Benzodiazepines</a> |
<a href="/category/cathinones/">Cathinones</a> |
<a href="/category/tryptamines/">Tryptamines</a> |
<a href="/category/lysergamides/">Lysergamides</a> |
<a href="/category/pellets/">Pellets &amp; blotters</a> |
<a href="/bulk/">Bulk orders</a> |
<a href="/shipping/">Shipping</a> |
<a href="/payment/">Payment</a> |
<a href="/my-account/">My account</a> |
<a href="/cart/">Cart 0.00 &euro;</a>
</nav></header>
<main>
<p class="crumbs">Home &rsaquo; Arylcyclohexylamines</p>
<h1>Arylcyclohexylamines</h1>
<p>Showing all 9 results &middot; Sort by <select><option>popularity</option><option>price: low to high</option></select></p>
<ul class="products">
<li><a href="/product/2-fdck/">2-FDCK (Fluorodeschloroketamine)</a> 5 g &ndash; 39.00 &euro; &middot; 25 g &ndash; 140.00 &euro; <a href="/cart/?add=2fdck">Add to cart</a></li>
<li><a href="/product/dck/">DCK (Deschloroketamine)</a> 1 g &ndash; 22.00 &euro; <a href="/cart/?add=dck">Add to cart</a></li>
<li><a href="/product/o-pce/">O-PCE (Eticyclidone)</a> 1 g &ndash; 30.00 &euro; <a href="/cart/?add=opce">Add to cart</a></li>
<li><a href="/product/3-meo-pce/">3-MeO-PCE</a> Out of stock</li>
<li><a href="/product/mxpr/">MXPr</a> 1 g &ndash; 35.00 &euro; <a href="/cart/?add=mxpr">Add to cart</a></li>
<li><a href="/product/2f-nene/">2F-NENDCK</a> 1 g &ndash; 28.00 &euro; <a href="/cart/?add=nendck">Add to cart</a></li>
<li><a href="/product/ketamine-hcl/">Ketamine HCl (reference standard)</a> 1 g &ndash; 45.00 &euro; <a href="/cart/?add=ket">Add to cart</a></li>
<li><a href="/product/hxe/">HXE</a> Out of stock</li>
<li><a href="/product/arylcyclo-sampler/">Dissociative sampler (3 &times; 500 mg)</a> 55.00 &euro; <a href="/cart/?add=sampler">Add to cart</a></li>
</ul>
</main>
<footer>
<p>Payment: Bitcoin &middot; Monero &middot; SEPA transfer. Worldwide stealth shipping, reship policy on all EU orders.</p>
<p><a href="/terms/">Terms</a> &middot; <a href="/faq/">FAQ</a> &middot; <a href="/contact/">Contact</a> &middot; <a href="/disclaimer/">Disclaimer</a></p>
</footer>
""")

p("e3705", "https://ketamart.example/shipping-policy", "seller", True, "en", "seller-inner-shipping",
  "Shipping & Stealth - KetaMart", """
<header><a href="/">KetaMart</a> <nav><a href="/shop">Shop</a> <a href="/shipping-policy">Shipping</a> <a href="/faq">FAQ</a> <a href="/track">Track order</a></nav></header>
<main>
<h1>Shipping &amp; Stealth</h1>
<p>Orders placed and paid before 2 PM EST ship the same business day. You will receive a tracking number by email within 24 hours of shipping.</p>
<h2>Delivery times</h2>
<ul>
<li>USA domestic (USPS Priority): 2&ndash;4 business days</li>
<li>Canada: 5&ndash;9 business days</li>
<li>EU &amp; UK (ships from our EU stock): 3&ndash;6 business days</li>
<li>Australia: 10&ndash;15 business days, not guaranteed</li>
</ul>
<h2>Our stealth</h2>
<p>Every order is vacuum sealed twice, placed in a moisture barrier bag and packed inside an ordinary retail item (we rotate between phone cases, cosmetics and vitamins). The sender address is a real business. Nothing on the outside mentions KetaMart or what is inside.</p>
<p>Use a name that receives mail at the address. Do not write the order number on anything. Never sign for a package you are not expecting.</p>
<h2>Reship guarantee</h2>
<p>If your package is seized by customs or lost in transit, we reship 100% free on the first occurrence and 50% on the second. Send us the tracking number and a screenshot of the seizure letter if you got one. Reships are not available for Australia.</p>
<p>Questions? Message us on Telegram: <b>@ketamart_support</b></p>
</main>
<footer>&copy; KetaMart &middot; <a href="/terms">Terms</a></footer>
""")

p("e3706", "https://k-pharmacy-direct.test/payment-methods", "seller", True, "en", "seller-inner-payment",
  "Payment Methods | K Pharmacy Direct", """
<header><a href="/">K Pharmacy Direct</a> <nav><a href="/products">Products</a> <a href="/payment-methods">Payment</a> <a href="/shipping">Shipping</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Payment methods</h1>
<p>We currently accept the payment methods below. Card payments are temporarily unavailable because of issues with our processor.</p>
<h2>1. Cryptocurrency (recommended, 15% discount)</h2>
<p>Bitcoin (BTC), Monero (XMR), Litecoin (LTC) and USDT (TRC-20). The wallet address is shown at checkout and is valid for 30 minutes. After paying, send your order number and the transaction ID (TXID) to our Telegram <b>@kpd_orders</b> so we can match the payment faster.</p>
<h2>2. Gift cards</h2>
<p>Amazon, Apple and Steam gift cards are accepted at 80% of face value. Scratch the card, take a clear photo of the front and back with the receipt, and send it through the order chat.</p>
<h2>3. Cash App / Zelle</h2>
<p>Available for US customers on request. Do not write anything related to ketamine, esketamine or our store name in the payment note &ndash; use your first name only. Payments with notes will be refunded.</p>
<h2>Minimum order</h2>
<p>The minimum order is $150. Ketamine and esketamine orders above $300 ship free with priority stealth.</p>
</main>
<footer><p>&copy; K Pharmacy Direct &ndash; Your trusted source since 2019.</p></footer>
""")

p("e3707", "https://ketaminestorerx.example/faq", "seller", True, "en", "seller-inner-faq",
  "FAQ - Ketamine Store Rx", """
<header><a href="/">Ketamine Store Rx</a> <nav><a href="/">Home</a> <a href="/products">Products</a> <a href="/faq">FAQ</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Frequently Asked Questions</h1>
<h3>Do I need a prescription to order?</h3>
<p>No. We supply adults over 18 directly. You do not need to upload a prescription or talk to a doctor.</p>
<h3>Is your ketamine pharmaceutical grade?</h3>
<p>Our liquid ketamine comes in sealed vials from licensed manufacturers (Ketalar, Ketaset, Vetalar depending on stock). Our crystal is tested by an independent lab with every batch.</p>
<h3>How do I pay?</h3>
<p>Bitcoin, Ethereum, or bank transfer. See our payment page for the wallet address.</p>
<h3>How is my order packed?</h3>
<p>Discreetly, with no labels that reveal the contents. Vials are wrapped so they do not rattle.</p>
<h3>What happens if customs seize my parcel?</h3>
<p>We offer one free reship per customer. Just send us the tracking number.</p>
<h3>Can I combine ketamine with alcohol?</h3>
<p>No. Combining ketamine with alcohol, benzodiazepines or opioids increases the risk of vomiting, unconsciousness and breathing problems. Start low, go slow, never use alone and never in water or at heights.</p>
<h3>Do you ship to my country?</h3>
<p>We ship to the USA, Canada, the UK, the EU and Australia. Contact us on WhatsApp for other countries.</p>
</main>
<footer>&copy; 2026 Ketamine Store Rx</footer>
""")

p("e3708", "https://buy-ketamine-powder-online.example/", "seller", True, "en", "bot-check-url-only",
  "Just a moment...", """
<div class="main-wrapper"><h1>buy-ketamine-powder-online.example</h1>
<h2>Checking if the site connection is secure</h2>
<p>buy-ketamine-powder-online.example needs to review the security of your connection before proceeding.</p>
<noscript>Enable JavaScript and cookies to continue</noscript>
<p class="ray">Ray ID: 8f3a1c2b9d0e44a7 &middot; Performance &amp; security by EdgeShield</p></div>
""")

p("e3709", "https://ketaminaespana.example/comprar-ketamina-online/", "seller", True, "es", "padded-seller",
  "Comprar Ketamina Online en España sin Receta | Envío Discreto 24/48h", """
<header><a href="/">Ketamina España</a>
<nav><a href="/">Inicio</a> <a href="/comprar-ketamina-online/">Comprar ketamina</a> <a href="/esketamina/">Esketamina</a> <a href="/envios/">Envíos</a> <a href="/blog/">Blog</a> <a href="/contacto/">Contacto</a></nav></header>
<main>
<h1>Comprar ketamina online en España</h1>
<p>¿Buscas dónde comprar ketamina de calidad farmacéutica sin complicaciones? En Ketamina España te la enviamos a casa en 24/48 horas, en un paquete totalmente neutro y <b>sin necesidad de receta</b>.</p>
<h2>¿Qué es la ketamina?</h2>
<p>La ketamina es un anestésico disociativo que se utiliza en medicina humana y veterinaria desde los años 60. Actúa bloqueando los receptores NMDA del glutamato. En los últimos años numerosos estudios han demostrado que, en dosis bajas, tiene un efecto antidepresivo rápido en personas con depresión resistente, ansiedad y trastorno de estrés postraumático.</p>
<p>La esketamina (Spravato) es la forma en espray nasal aprobada para la depresión resistente al tratamiento. En los hospitales se administra bajo supervisión, pero muchos de nuestros clientes prefieren la comodidad y la privacidad de su propio hogar.</p>
<h2>Nuestros productos</h2>
<table>
<tr><th>Producto</th><th>Cantidad</th><th>Precio</th></tr>
<tr><td>Ketamina líquida (vial 50 mg/ml)</td><td>10 ml</td><td>95 &euro;</td></tr>
<tr><td>Ketamina cristal</td><td>5 g</td><td>150 &euro;</td></tr>
<tr><td>Ketamina cristal</td><td>10 g</td><td>270 &euro;</td></tr>
<tr><td>Esketamina espray nasal</td><td>2 dispositivos</td><td>210 &euro;</td></tr>
</table>
<h2>¿Cómo hacer un pedido?</h2>
<ol>
<li>Escríbenos por WhatsApp al <b>+34 612 55 01 77</b> o por Telegram <b>@ketaminaES</b> indicando producto y cantidad.</li>
<li>Te confirmamos el total y te enviamos los datos de pago: Bizum, transferencia o Bitcoin (5% de descuento).</li>
<li>Enviamos el mismo día con número de seguimiento. Si el paquete no llega, te lo reenviamos gratis.</li>
</ol>
<h2>Beneficios de la ketamina</h2>
<ul><li>Alivio rápido de los síntomas depresivos</li><li>Reducción de pensamientos suicidas</li><li>Mejora del dolor crónico</li><li>Mayor claridad mental</li></ul>
<h2>Precauciones</h2>
<p>No mezcles ketamina con alcohol ni con otros depresores. No conduzcas después de consumirla. Empieza con dosis bajas y consume siempre acompañado.</p>
<h2>Opiniones de clientes</h2>
<p>"Pedido por WhatsApp el lunes, el miércoles en casa. Muy serios." &ndash; Laura, Valencia</p>
<p>"Llevo tres pedidos, calidad siempre igual." &ndash; Javi, Madrid</p>
</main>
<footer><p>Ketamina España &copy; 2026 &middot; Envíos a toda España, Portugal y Andorra &middot; <a href="/aviso-legal/">Aviso legal</a></p></footer>
""", noise="cookie-es")

p("e3710", "https://esketamin-shop.example/de/esketamin-nasenspray-kaufen", "seller", True, "de", "product-page-esketamine-home",
  "Esketamin Nasenspray kaufen – ohne Rezept, für zu Hause | Esketamin-Shop", """
<header><a href="/de/">Esketamin-Shop</a> <nav><a href="/de/">Startseite</a> <a href="/de/produkte">Produkte</a> <a href="/de/versand">Versand</a> <a href="/de/zahlung">Zahlung</a> <a href="/de/warenkorb">Warenkorb</a></nav></header>
<main>
<h1>Esketamin Nasenspray 28 mg kaufen</h1>
<p>Das Original-Wirkprinzip von Spravato&reg; &ndash; jetzt bequem für die Anwendung zu Hause. Kein Rezept, kein Klinikaufenthalt, keine zweistündige Überwachung.</p>
<p class="preis">1 Packung (2 Sprühgeräte) &ndash; 189 &euro; &middot; 3 Packungen &ndash; 499 &euro;</p>
<button>In den Warenkorb</button>
<h2>Vorteile</h2>
<ul>
<li>Diskreter Versand innerhalb der EU, neutrale Verpackung ohne Absender</li>
<li>Lieferzeit 3&ndash;5 Werktage nach Deutschland, Österreich und in die Schweiz</li>
<li>Zahlung per Bitcoin (10 % Rabatt) oder Banküberweisung</li>
<li>Kostenloser Neuversand, falls der Zoll die Sendung zurückhält</li>
</ul>
<h2>Anwendung</h2>
<p>Pro Nasenloch ein Sprühstoß. Zwischen zwei Geräten fünf Minuten warten. Danach nicht Auto fahren.</p>
</main>
<footer>Esketamin-Shop &middot; <a href="/de/impressum">Impressum</a> &middot; <a href="/de/agb">AGB</a></footer>
""", noise="cookie-de")

p("e3711", "https://bienetre-avis.example/ou-acheter-ketamine-en-ligne/", "seller", True, "fr", "affiliate-listicle-doorway",
  "Où acheter de la kétamine en ligne en 2026 ? Notre comparatif des meilleurs sites", """
<header><a href="/">Bien-être Avis</a> <nav><a href="/sante-mentale/">Santé mentale</a> <a href="/sommeil/">Sommeil</a> <a href="/cbd/">CBD</a> <a href="/comparatifs/">Comparatifs</a></nav></header>
<article>
<h1>Où acheter de la kétamine en ligne en 2026 ? Notre comparatif</h1>
<p class="meta">Par Julie M. &middot; mis à jour le 28 novembre 2026 &middot; 9 min de lecture</p>
<p class="disclosure">Cet article contient des liens affiliés. Nous touchons une commission si vous commandez via nos liens, sans surcoût pour vous.</p>
<p>La kétamine fait beaucoup parler d'elle pour ses effets rapides sur la dépression. Mais en France, obtenir un traitement relève du parcours du combattant : listes d'attente, centres rares, ordonnance sécurisée… Bonne nouvelle : plusieurs boutiques en ligne livrent désormais en France <b>sans ordonnance</b>. Nous les avons testées.</p>
<h2>1. KetaPharm24 &ndash; notre favori</h2>
<p>Flacons de kétamine 500 mg/10 ml et cristaux testés en laboratoire. Livraison en 4 jours dans une enveloppe neutre, paiement en Bitcoin ou par coupon PCS. Service client réactif sur Telegram.</p>
<p><b>Note : 9,4/10</b> &middot; <a href="https://ketapharm24.test/?ref=bea" rel="sponsored">Voir le site</a> &middot; Code promo <b>BIENETRE10</b> : -10 %</p>
<h2>2. EuroKet Shop</h2>
<p>Large choix : kétamine liquide, spray nasal d'eskétamine et 2-FDCK pour les budgets serrés. Réexpédition gratuite en cas de saisie.</p>
<p><b>Note : 8,7/10</b> &middot; <a href="https://euroket-shop.test/fr/?aff=bea" rel="sponsored">Voir le site</a></p>
<h2>3. Pharmacie Liberté</h2>
<p>Un peu plus cher, mais paiement par carte accepté. Questionnaire en ligne rapide, validé automatiquement.</p>
<p><b>Note : 8,1/10</b> &middot; <a href="https://pharmacie-liberte.test/ketamine?aff=bea" rel="sponsored">Voir le site</a></p>
<h2>Nos conseils avant de commander</h2>
<ul><li>Commencez par une petite quantité pour tester le vendeur.</li><li>Privilégiez le paiement en crypto pour plus de discrétion.</li><li>Ne mélangez jamais avec de l'alcool.</li></ul>
<p class="small">Cet article est fourni à titre informatif. Renseignez-vous sur la législation de votre pays.</p>
</article>
<footer>&copy; Bien-être Avis &middot; <a href="/mentions-legales/">Mentions légales</a></footer>
""", noise="cookie-fr")

p("e3712", "https://dierenapotheek-direct.example/ketamine-10-procent-injectievloeistof-10ml", "seller", True, "nl", "vet-product-sold-to-anyone",
  "Ketamine 10% injectievloeistof 10 ml - zonder recept | DierenApotheek Direct", """
<header><a href="/">DierenApotheek Direct</a> <nav><a href="/honden">Honden</a> <a href="/katten">Katten</a> <a href="/paarden">Paarden</a> <a href="/verdoving">Verdoving &amp; sedatie</a> <a href="/winkelwagen">Winkelwagen</a></nav></header>
<main>
<p class="crumbs">Home &gt; Verdoving &amp; sedatie &gt; Ketamine 10%</p>
<h1>Ketamine 10% injectievloeistof &ndash; 10 ml</h1>
<p class="prijs">&euro; 59,95 <small>incl. btw</small></p>
<p class="voorraad">Op voorraad &ndash; voor 16:00 besteld, morgen in huis</p>
<button>In winkelwagen</button>
<h2>Productinformatie</h2>
<p>Ketamine 100 mg/ml, oplossing voor injectie voor honden, katten en paarden. Wordt gebruikt als anestheticum, meestal in combinatie met een sedativum.</p>
<h2>Bestellen zonder dierenarts</h2>
<p>Bij ons heeft u <b>geen recept van de dierenarts nodig</b>. Ook particulieren kunnen direct bestellen. Wij verzenden in een neutrale doos zonder vermelding van de inhoud, ook naar België en Duitsland.</p>
<p>Betalen met iDEAL, Bancontact of Bitcoin.</p>
</main>
<footer>DierenApotheek Direct &middot; <a href="/klantenservice">Klantenservice</a> &middot; <a href="/voorwaarden">Algemene voorwaarden</a></footer>
""", noise="cookie-nl")

p("e3713", "https://linkbio.example/kzinho.sp", "seller", True, "pt", "social-bio-ad", "", """
kzinho.sp
🔥 K da boa 🔥 cetamina cristal e líquida (frasco lacrado)
📦 entrega em mãos SP capital | envio Sedex discreto pro Brasil todo
💸 pix ou cripto, sem enrolação
📲 só chamar no Telegram @kzinho_sp ou no zap (link abaixo)
➡️ Tabela de preços
➡️ WhatsApp
➡️ Grupo de clientes
""", ext="txt")

p("e3714", "https://farmaciasenzaricetta.example/it/contatti", "seller", True, "it", "seller-inner-contact-nav",
  "Contatti | Farmacia Senza Ricetta", """
<header><a href="/it/">Farmacia Senza Ricetta</a>
<nav><a href="/it/">Home</a> <a href="/it/catalogo">Catalogo</a> <a href="/it/spedizioni">Spedizioni</a> <a href="/it/pagamenti">Pagamenti</a> <a href="/it/faq">FAQ</a> <a href="/it/contatti">Contatti</a></nav></header>
<aside class="categorie"><h3>Categorie</h3><ul>
<li><a href="/it/catalogo/ansia">Ansia</a></li>
<li><a href="/it/catalogo/dolore">Dolore</a></li>
<li><a href="/it/catalogo/ketamina">Ketamina (fiale e cristalli)</a></li>
<li><a href="/it/catalogo/esketamina">Esketamina spray nasale</a></li>
<li><a href="/it/catalogo/sonno">Sonno</a></li>
</ul></aside>
<main>
<h1>Contatti</h1>
<p>Per ordini e domande scrivici su Telegram <b>@fsr_ordini</b> o su WhatsApp. Rispondiamo entro 24 ore, anche nel fine settimana. Non serve alcuna ricetta medica.</p>
<p>Email: ordini@farmaciasenzaricetta.example</p>
<form><input placeholder="Nome"><input placeholder="Email o Telegram"><textarea placeholder="Messaggio"></textarea><button>Invia</button></form>
</main>
<footer>Spedizioni discrete in tutta Italia ed Europa &middot; <a href="/it/privacy">Privacy</a></footer>
""")

# ================================================================================== telehealth (9)

p("e3715", "https://evenkeel-health.example/", "telehealth", False, "en", "telehealth-home",
  "Even Keel Health | At-Home Ketamine Therapy With Licensed Clinicians", """
<header class="nav"><a href="/" class="logo">Even Keel</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/safety">Safety</a> <a href="/faq">FAQ</a> <a href="/login">Log in</a> <a href="/eligibility" class="btn">Check eligibility</a></nav></header>
<main>
<section class="hero">
<h1>Ketamine therapy at home, guided by a real psychiatric clinician</h1>
<p>For adults with depression or anxiety that hasn't improved with standard treatment. Every patient starts with a live video evaluation. If ketamine isn't right for you, we'll tell you &ndash; and point you to other options.</p>
<a class="btn" href="/eligibility">Take the 2-minute eligibility check</a>
<p class="small">Available in CA, CO, FL, IL, NY, TX, WA and 14 more states.</p>
</section>
<section>
<h2>How it works</h2>
<ol>
<li><b>Eligibility check.</b> A short screening tells us whether an evaluation makes sense. It is not an approval.</li>
<li><b>60-minute video evaluation.</b> You meet a board-certified psychiatrist or psychiatric nurse practitioner licensed in your state. We review your history, medications and blood pressure, and may request records from your doctor.</li>
<li><b>Prescription, if appropriate.</b> Your clinician decides. About one in three people we evaluate is not prescribed ketamine.</li>
<li><b>Pharmacy delivery.</b> Our licensed partner pharmacy ships oral dissolving tablets with a signature-required delivery. You'll also get a blood pressure cuff.</li>
<li><b>Guided sessions.</b> Your first session is monitored live over video. A sitter must be present at home for every session.</li>
<li><b>Follow-ups.</b> Check-ins after session 2 and session 6, plus integration calls with a licensed therapist.</li>
</ol>
</section>
<section>
<h2>Pricing</h2>
<p>Initial evaluation $250 (refunded if you are not a candidate). Membership $299/month after that, including follow-ups, integration and medication. HSA/FSA eligible.</p>
</section>
<section class="safety">
<h2>Safety comes first</h2>
<p>We do not treat people with uncontrolled hypertension, a history of psychosis, active substance use disorder or who are pregnant. We screen with the PHQ-9 and GAD-7 before every session and can pause treatment at any time.</p>
</section>
</main>
<footer>
<p>Even Keel Health PC, a professional corporation owned by licensed physicians. Medical director: Ana Rosales, MD (board-certified psychiatrist).</p>
<p>If you are in crisis, call or text 988. <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/notice-of-privacy-practices">HIPAA notice</a></p>
</footer>
""", noise="cookie")

p("e3716", "https://harborlight-telepsych.example/about/team", "telehealth", False, "en", "telehealth-team-page",
  "Our Team | Harborlight Telepsychiatry", """
<header><a href="/">Harborlight Telepsychiatry</a> <nav><a href="/services">Services</a> <a href="/ketamine">Ketamine-assisted care</a> <a href="/about/team">Team</a> <a href="/insurance">Insurance</a> <a href="/book">Book a video visit</a></nav></header>
<main>
<h1>Meet our clinicians</h1>
<p>All Harborlight clinicians see patients by secure video. Prescribing decisions, including for ketamine, are made only after a full psychiatric evaluation.</p>
<div class="person"><h2>Dr. Malcolm Ferreira, MD</h2><p>Medical Director &middot; Board-certified in Psychiatry (ABPN) &middot; Licensed in OR, WA, ID, MT</p><p>Dr. Ferreira spent twelve years on an inpatient mood disorders unit before founding Harborlight. He oversees our ketamine protocol and reviews every new ketamine prescription.</p></div>
<div class="person"><h2>Priya Natarajan, PMHNP-BC</h2><p>Psychiatric Nurse Practitioner &middot; Licensed in OR, WA, CA</p><p>Priya conducts evaluations and manages medication for adults with depression, bipolar II and PTSD.</p></div>
<div class="person"><h2>Leah Oyelaran, LCSW</h2><p>Integration Therapist &middot; Licensed in OR, WA</p><p>Leah leads preparation and integration sessions for patients in our ketamine-assisted psychotherapy program.</p></div>
<div class="person"><h2>Tom Beckett, RN</h2><p>Nurse Care Coordinator</p><p>Tom monitors first at-home sessions by video and coordinates with our partner pharmacies.</p></div>
</main>
<footer>Harborlight Telepsychiatry LLC &middot; Portland, OR &middot; <a href="/privacy">Privacy</a></footer>
""")

p("e3717", "https://tidewell.example/faq", "telehealth", False, "en", "telehealth-faq",
  "FAQ | Tidewell", """
<header><a href="/">tidewell</a> <nav><a href="/treatment">Treatment</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a> <a href="/shipping">Shipping</a> <a href="/start">Start</a></nav></header>
<main>
<h1>Questions, answered</h1>
<details open><summary>Do I need a prescription?</summary>
<p>Yes. Ketamine is a Schedule III controlled substance. Tidewell can only send it to you after one of our licensed clinicians has evaluated you over live video and decided to prescribe it. You may have seen websites offering ketamine "without a prescription" or after an automated quiz &ndash; we are not one of them, and we'd encourage you to stay away.</p></details>
<details><summary>How quickly can I start?</summary>
<p>Most patients have their video evaluation within a week. If prescribed, medication arrives 3&ndash;5 business days later.</p></details>
<details><summary>Will the package say what's inside?</summary>
<p>No. Medication arrives in plain, tamper-evident packaging from our partner pharmacy and requires an adult signature.</p></details>
<details><summary>Can I pay with crypto or gift cards?</summary>
<p>No. We accept major credit and debit cards, and HSA/FSA cards.</p></details>
<details><summary>Do you take insurance?</summary>
<p>Not directly, but we provide a superbill you can submit for out-of-network reimbursement.</p></details>
<details><summary>What if ketamine doesn't work for me?</summary>
<p>Your clinician will reassess after your sixth session and may adjust your dose, suggest a different approach, or refer you to an in-person clinic for IV ketamine or Spravato.</p></details>
</main>
<footer>Tidewell Medical Group &middot; <a href="/privacy">Privacy</a> &middot; Crisis? Call 988.</footer>
""")

p("e3718", "https://tidewell.example/shipping", "telehealth", False, "en", "telehealth-shipping-looks-suspicious",
  "Shipping & Delivery | Tidewell", """
<header><a href="/">tidewell</a> <nav><a href="/treatment">Treatment</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a> <a href="/shipping">Shipping</a> <a href="/start">Start</a></nav></header>
<main>
<h1>Shipping &amp; delivery</h1>
<p>Your medication is dispensed and shipped by <b>Cedar Row Pharmacy</b>, a licensed pharmacy (NABP-accredited, licensed in 31 states), only after your Tidewell clinician has sent an electronic prescription.</p>
<ul>
<li><b>Discreet packaging.</b> Plain box, no Tidewell logo, no mention of the medication on the outside.</li>
<li><b>Overnight or 2-day delivery</b> with tracking. An adult (21+) must sign; packages cannot be left at the door.</li>
<li><b>No P.O. boxes or freight forwarders.</b> We ship only to the home address on your patient profile, in a state where your clinician is licensed.</li>
<li><b>No international shipping.</b></li>
</ul>
<p>If a delivery fails, the package returns to the pharmacy and your care team will contact you. Lost or damaged medication is replaced only after your clinician reviews the situation.</p>
<p>Questions about your delivery? Message your care team from the patient portal.</p>
</main>
<footer>Tidewell Medical Group &middot; <a href="/privacy">Privacy</a></footer>
""")

p("e3719", "https://northpoint-virtual-psych.example/blog/is-ketamine-or-spravato-right-for-you", "telehealth", False, "en", "virtual-psychiatry-blog",
  "Is Ketamine or Spravato Right for You? | Northpoint Virtual Psychiatry", """
<header><a href="/">Northpoint Virtual Psychiatry</a> <nav><a href="/conditions">Conditions</a> <a href="/how-it-works">How it works</a> <a href="/blog">Blog</a> <a href="/book">Book online</a></nav></header>
<article>
<h1>Is ketamine or Spravato right for you?</h1>
<p class="meta">By Renata Chu, PMHNP &middot; October 14, 2026</p>
<p>We hear this question in almost every first appointment with someone who has tried several antidepressants. The honest answer: it depends, and it's a conversation worth having with a clinician who knows your history.</p>
<h2>What we do at Northpoint</h2>
<p>Northpoint is a virtual psychiatry practice. We evaluate you by video, confirm the diagnosis, review what you've already tried and manage your medications. We don't administer ketamine or Spravato ourselves. When one of them looks appropriate, we refer you to a partner: a REMS-certified Spravato treatment center near you, or, for some patients, Luma Ketamine Care, an at-home program whose physicians do their own evaluation before prescribing.</p>
<h2>Signs it may be worth discussing</h2>
<ul><li>Two or more adequate antidepressant trials without enough improvement</li><li>Persistent suicidal thoughts (please also call 988 in a crisis)</li><li>You're open to frequent visits in the first month</li></ul>
<h2>When it may not be a good fit</h2>
<p>Uncontrolled high blood pressure, a history of psychosis, or current problems with alcohol or drugs usually rule it out. Pregnancy too.</p>
<p><a href="/book">Book an evaluation</a> &ndash; most insurance accepted.</p>
</article>
<footer>Northpoint Virtual Psychiatry, PLLC &middot; <a href="/privacy">Privacy</a></footer>
""")

p("e3720", "https://mentesana-tele.example/terapia-ketamina-en-casa", "telehealth", False, "es", "telehealth-service-page",
  "Terapia con ketamina en casa | MenteSana Telepsiquiatría", """
<header><a href="/">MenteSana</a> <nav><a href="/servicios">Servicios</a> <a href="/terapia-ketamina-en-casa">Ketamina en casa</a> <a href="/equipo">Equipo médico</a> <a href="/precios">Precios</a> <a href="/agendar">Agendar consulta</a></nav></header>
<main>
<h1>Terapia con ketamina en casa, con acompañamiento psiquiátrico</h1>
<p>Para adultos en México con depresión resistente o ansiedad que no ha mejorado con otros tratamientos.</p>
<h2>¿Cómo funciona?</h2>
<ol>
<li><b>Consulta por videollamada</b> de 50 minutos con un psiquiatra con cédula profesional y especialidad. Revisamos tu historia clínica, medicamentos y presión arterial.</li>
<li><b>Decisión médica.</b> Solo si el psiquiatra lo considera adecuado emite una receta. No todas las personas son candidatas.</li>
<li><b>Farmacia aliada.</b> La receta se surte en una farmacia con licencia sanitaria, que entrega el medicamento en tu domicilio.</li>
<li><b>Sesiones acompañadas.</b> La primera sesión se supervisa en vivo por video y siempre debe estar presente un acompañante adulto.</li>
<li><b>Seguimiento</b> semanal con tu psiquiatra y sesiones de integración con psicología.</li>
</ol>
<p>Precio: consulta inicial $1,800 MXN; programa de 6 sesiones $14,500 MXN. Pago con tarjeta.</p>
<p class="aviso">Si estás en crisis, llama a la Línea de la Vida 800 911 2000.</p>
</main>
<footer>MenteSana Telepsiquiatría S.C. &middot; Responsable sanitario: Dr. Héctor Salinas Ruiz &middot; <a href="/aviso-de-privacidad">Aviso de privacidad</a></footer>
""", noise="cookie-es")

p("e3721", "https://psychiatrie-online.example/leistungen/esketamin", "telehealth", False, "de", "virtual-psychiatry-referral",
  "Esketamin bei therapieresistenter Depression – Online-Psychiatrie", """
<header><a href="/">Psychiatrie Online</a> <nav><a href="/leistungen">Leistungen</a> <a href="/ablauf">Ablauf</a> <a href="/team">Ärzteteam</a> <a href="/termin">Videotermin buchen</a></nav></header>
<main>
<h1>Esketamin bei therapieresistenter Depression</h1>
<p>Wir sind eine privatärztliche psychiatrische Praxis, die ausschließlich per Videosprechstunde arbeitet. Esketamin-Nasenspray wird in Deutschland nur unter ärztlicher Aufsicht in einer Praxis oder Klinik angewendet &ndash; nicht zu Hause.</p>
<h2>Was wir für Sie tun</h2>
<ul>
<li>Ausführliche diagnostische Abklärung per Video (ca. 60 Minuten)</li>
<li>Prüfung, ob eine Therapieresistenz vorliegt und Esketamin in Frage kommt</li>
<li>Überweisung an eine kooperierende Praxis oder Klinik in Ihrer Nähe, die die Anwendung mit Überwachung durchführt</li>
<li>Weiterbehandlung und Medikamentenbegleitung per Video</li>
</ul>
<p>Die Videosprechstunde wird nach GOÄ abgerechnet. Private Krankenversicherungen erstatten in der Regel die Kosten.</p>
</main>
<footer>Psychiatrie Online &middot; Dr. med. Katrin Vogler, Fachärztin für Psychiatrie und Psychotherapie &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("e3722", "https://telepsi-brasil.example/escetamina", "telehealth", False, "pt", "telehealth-service-page",
  "Escetamina: avaliação psiquiátrica online | TelePsi Brasil", """
<header><a href="/">TelePsi Brasil</a> <nav><a href="/consultas">Consultas</a> <a href="/escetamina">Escetamina</a> <a href="/medicos">Médicos</a> <a href="/agendar">Agendar</a></nav></header>
<main>
<h1>Escetamina para depressão resistente: comece pela avaliação online</h1>
<p>A TelePsi Brasil faz consultas psiquiátricas por telemedicina, de acordo com a regulamentação do CFM. Se o seu psiquiatra indicar a escetamina, encaminhamos você para uma clínica parceira onde o spray nasal é aplicado com monitoramento de duas horas.</p>
<h2>Etapas</h2>
<ol><li>Consulta por vídeo com psiquiatra (CRM ativo)</li><li>Pedido de exames e avaliação de pressão arterial</li><li>Encaminhamento para clínica parceira em SP, RJ, BH ou Curitiba</li><li>Acompanhamento online entre as aplicações</li></ol>
<p>Consulta: R$ 420. Emitimos recibo para reembolso do plano de saúde.</p>
</main>
<footer>TelePsi Brasil Serviços Médicos Ltda. &middot; Diretor técnico: Dr. Paulo Nakamura &ndash; CRM-SP 123456 &middot; <a href="/privacidade">Privacidade</a></footer>
""", noise="cookie-pt")

p("e3723", "https://evenkeel-health.example/terms", "telehealth", False, "en", "telehealth-terms-excerpt", "", """
Even Keel Health - Terms of Service (excerpt), last updated September 2, 2026

4. Eligibility and clinical services
4.1 You must be at least 18 years old and physically located in a state where Even Keel Health PC is licensed at the time of every visit.
4.2 Completing the online eligibility screen does not create a prescription or guarantee treatment. Any prescription for ketamine or another controlled substance is issued, if at all, only after a synchronous audio-video evaluation by a licensed clinician, in accordance with federal and state law governing the prescribing of controlled substances by telemedicine.
4.3 Your clinician may decline, pause or stop treatment at any time, including if you miss required follow-up visits, do not provide blood pressure readings, or do not have a support person present during sessions.

5. Pharmacy
5.1 Prescriptions are sent to a licensed pharmacy. You may ask us to send your prescription to a pharmacy of your choice, subject to that pharmacy's ability to dispense it.
5.2 Medication is shipped only to your verified home address and requires an adult signature.

6. Fees and membership
6.1 The initial evaluation fee is refunded if your clinician determines that you are not a candidate for ketamine therapy. Membership fees are billed monthly and can be cancelled in the patient portal before the next billing date.
""", ext="txt")

# ===================================================================================== clinics (8)

p("e3724", "https://bluehour-infusions.example/", "clinic", False, "en", "clinic-home-packages",
  "Blue Hour Ketamine & Infusion Center | Scottsdale, AZ", """
<div class="topbar">Now offering Spravato&reg; &middot; Text or WhatsApp us at (480) 555-0143 to book</div>
<header><a href="/" class="logo">Blue Hour Infusions</a>
<nav><a href="/ketamine-infusions">Ketamine infusions</a> <a href="/spravato">Spravato</a> <a href="/nad">NAD+ &amp; IV hydration</a> <a href="/pricing">Pricing</a> <a href="/about">About</a> <a href="/shop/gift-cards">Gift cards</a> <a href="/book" class="btn">Book now</a></nav></header>
<main>
<section class="hero"><h1>Relief can start in hours, not months</h1>
<p>IV ketamine infusions for treatment-resistant depression, PTSD, anxiety and chronic pain, administered by our anesthesia team in private, calm suites in Old Town Scottsdale.</p>
<a class="btn" href="/book">Book a free consultation</a></section>
<section><h2>Your first visit</h2>
<p>Before any infusion you'll have a medical consultation with our physician, who reviews your history and medications and, for mood conditions, a letter or records from your mental health provider. On infusion day we check your vitals, place an IV and monitor your heart rate, oxygen and blood pressure throughout the 40-minute infusion and the recovery period. You'll need someone to drive you home.</p></section>
<section><h2>Packages</h2>
<table>
<tr><td>Single infusion (mood)</td><td>$475</td></tr>
<tr><td>Initial series &ndash; 6 infusions over 2&ndash;3 weeks</td><td>$2,550 (save $300)</td></tr>
<tr><td>Booster infusion</td><td>$425</td></tr>
<tr><td>Pain protocol (4-hour infusion)</td><td>from $850</td></tr>
</table>
<p>A $100 deposit secures your appointment. We accept HSA/FSA, CareCredit and all major cards. Gift cards available online.</p></section>
<section><h2>Why Blue Hour</h2><ul><li>Physician-led, with a board-certified anesthesiologist on site</li><li>Continuous monitoring and crash cart in every suite</li><li>Coordination with your psychiatrist or therapist</li></ul></section>
<section class="reviews"><p>&#9733;&#9733;&#9733;&#9733;&#9733; "The nurses were wonderful and I felt safe the entire time." &ndash; Google review</p></section>
</main>
<footer><p>Blue Hour Ketamine &amp; Infusion Center &middot; 7120 E 1st Ave, Suite 4, Scottsdale, AZ &middot; Mon&ndash;Sat 8am&ndash;6pm</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/cancellation-policy">Cancellation policy</a></p></footer>
""", noise="cookie")

p("e3725", "https://cascadeketamine.example/about-us/our-team/", "clinic", False, "en", "clinic-team-page",
  "Our Team | Cascade Ketamine Center, Bellevue WA", """
<header><a href="/">Cascade Ketamine Center</a> <nav><a href="/treatments/">Treatments</a> <a href="/about-us/">About us</a> <a href="/about-us/our-team/">Our team</a> <a href="/referrals/">For referring providers</a> <a href="/contact/">Contact</a></nav></header>
<main>
<h1>Our team</h1>
<p>Every infusion at Cascade is ordered by a physician and administered by a registered nurse in our Bellevue office.</p>
<h2>James Whitfield, MD &ndash; Medical Director</h2>
<p>Board-certified anesthesiologist with 18 years in hospital and outpatient anesthesia. Dr. Whitfield designed our monitoring protocols and personally meets every new patient.</p>
<h2>Sofia Lindqvist, DNP, PMHNP-BC &ndash; Psychiatric Nurse Practitioner</h2>
<p>Sofia performs psychiatric assessments before treatment and coordinates with patients' outside psychiatrists and therapists.</p>
<h2>Marcus Hale, RN, BSN &ndash; Lead Infusion Nurse</h2>
<p>Former ICU nurse. Marcus stays with you throughout your infusion.</p>
<h2>Dana Okafor &ndash; Patient Coordinator</h2>
<p>Dana handles scheduling, superbills and insurance questions. Call her at (425) 555-0190.</p>
</main>
<footer>Cascade Ketamine Center &middot; 1500 112th Ave NE, Bellevue, WA</footer>
""")

p("e3726", "https://mercyridge-behavioral.example/services/spravato-esketamine", "clinic", False, "en", "rems-spravato-service-page",
  "Spravato (Esketamine) Treatment | Mercy Ridge Behavioral Health", """
<header><a href="/">Mercy Ridge Behavioral Health</a> <nav><a href="/services">Services</a> <a href="/providers">Providers</a> <a href="/locations">Locations</a> <a href="/patients">Patients &amp; visitors</a> <a href="/request-appointment">Request an appointment</a></nav></header>
<main>
<p class="crumbs">Home &rsaquo; Services &rsaquo; Spravato</p>
<h1>Spravato&reg; (esketamine) nasal spray</h1>
<p>Mercy Ridge is a certified Spravato treatment center under the FDA's REMS program. Spravato is approved for adults with treatment-resistant depression and for depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behavior, together with an oral antidepressant.</p>
<h2>What a treatment day looks like</h2>
<p>You self-administer the nasal spray in our clinic under the direct observation of a nurse. We check your blood pressure before and after, and you remain with us for at least two hours until our staff confirm you are ready to leave. You cannot drive until the next day, so please arrange a ride. Spravato is never sent home with patients.</p>
<h2>Schedule</h2>
<p>Weeks 1&ndash;4: twice weekly. Weeks 5&ndash;8: weekly. Then weekly or every two weeks depending on your response.</p>
<h2>Coverage</h2>
<p>Most commercial plans and Medicare cover Spravato with prior authorization. Our benefits team handles the paperwork and can enroll eligible patients in the manufacturer's savings program.</p>
<h2>Getting started</h2>
<p>Ask your psychiatrist for a referral or call our intake line at (614) 555-0112. New patients without a psychiatrist can be evaluated by one of our providers.</p>
</main>
<footer>Mercy Ridge Behavioral Health, a department of Mercy Ridge Medical Center &middot; 3300 Olentangy River Rd, Columbus, OH</footer>
""")

p("e3727", "https://lakeshore-infusion.example/contact", "clinic", False, "en", "clinic-contact-nav-only",
  "Contact | Lakeshore Infusion & Wellness", """
<header><a href="/">Lakeshore Infusion &amp; Wellness</a>
<nav><a href="/">Home</a> <a href="/ketamine">Ketamine</a> <a href="/iv-therapy">IV therapy</a> <a href="/about">About</a> <a href="/faq">FAQ</a> <a href="/new-patients">New patients</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Contact us</h1>
<p>2250 N Lincoln Ave, Chicago, IL 60614 &middot; (312) 555-0166 &middot; WhatsApp for appointments</p>
<p>Mon&ndash;Fri 8&ndash;5, Sat 9&ndash;1</p>
<iframe title="map" src="about:blank"></iframe>
</main>
<footer><a href="/privacy">Privacy</a> &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/careers">Careers</a></footer>
""")

p("e3728", "https://chu-valmont.test/psychiatrie/unite-depression-resistante", "clinic", False, "fr", "hospital-department",
  "Unité de prise en charge de la dépression résistante – CHU de Valmont", """
<header><a href="/">CHU de Valmont</a> <nav><a href="/patients">Patients et visiteurs</a> <a href="/services">Services et pôles</a> <a href="/professionnels">Professionnels de santé</a> <a href="/recherche">Recherche</a> <a href="/rendez-vous">Prendre rendez-vous</a></nav></header>
<main>
<p class="crumbs">Accueil &gt; Pôle de psychiatrie &gt; Dépression résistante</p>
<h1>Unité de prise en charge de la dépression résistante</h1>
<p>L'unité accueille des patients adultes adressés par leur psychiatre traitant pour une dépression n'ayant pas répondu à au moins deux traitements antidépresseurs bien conduits.</p>
<h2>Traitements proposés</h2>
<ul>
<li>Eskétamine par voie nasale (Spravato&reg;), administrée en hôpital de jour avec surveillance de deux heures</li>
<li>Kétamine par voie intraveineuse, dans le cadre de protocoles de recherche clinique</li>
<li>Stimulation magnétique transcrânienne répétitive (rTMS)</li>
<li>Électroconvulsivothérapie (ECT)</li>
</ul>
<h2>Comment être adressé ?</h2>
<p>Le psychiatre traitant envoie un courrier de demande d'avis via la messagerie sécurisée ou par fax au secrétariat. Une consultation d'évaluation est proposée dans un délai de 4 à 8 semaines. La prise en charge est remboursée par l'Assurance Maladie.</p>
<p>Secrétariat : 04 00 00 12 34 (du lundi au vendredi, 9 h&ndash;16 h) &middot; Bâtiment C, 2e étage</p>
</main>
<footer>CHU de Valmont &middot; <a href="/mentions-legales">Mentions légales</a> &middot; <a href="/accessibilite">Accessibilité</a></footer>
""", noise="cookie-fr")

p("e3729", "https://ketaminekliniek-utrecht.example/veelgestelde-vragen", "clinic", False, "nl", "clinic-faq",
  "Veelgestelde vragen | Ketaminekliniek Utrecht", """
<header><a href="/">Ketaminekliniek Utrecht</a> <nav><a href="/behandeling">Behandeling</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/kosten">Kosten</a> <a href="/veelgestelde-vragen">Veelgestelde vragen</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Veelgestelde vragen</h1>
<h3>Heb ik een verwijzing nodig?</h3>
<p>Ja. U heeft een verwijzing nodig van uw psychiater of huisarts. Wij bespreken uw behandelgeschiedenis eerst in een intakegesprek met onze psychiater.</p>
<h3>Hoe verloopt een behandeling?</h3>
<p>U krijgt ketamine via een infuus of als injectie in de spier, in een rustige behandelkamer. Een verpleegkundige blijft in de buurt en controleert uw bloeddruk en zuurstof. Na ongeveer anderhalf uur mag u onder begeleiding naar huis. U mag die dag niet zelf rijden.</p>
<h3>Hoeveel behandelingen zijn er nodig?</h3>
<p>Meestal starten we met zes behandelingen in drie weken. Daarna evalueren we samen met u en uw behandelaar.</p>
<h3>Wat kost het en wordt het vergoed?</h3>
<p>Een intake kost &euro; 225 en een behandeling &euro; 395. Ketaminebehandeling voor depressie wordt nog niet standaard vergoed; sommige aanvullende verzekeringen doen dat wel. U betaalt per behandeling via een betaalverzoek of pin in de kliniek.</p>
<h3>Kan ik ketamine mee naar huis krijgen?</h3>
<p>Nee. Alle behandelingen vinden plaats in de kliniek.</p>
</main>
<footer>Ketaminekliniek Utrecht &middot; Biltstraat 140, Utrecht &middot; BIG-geregistreerde artsen &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie-nl")

p("e3730", "https://centrodolore-colli.example/terapie/infusione-ketamina", "clinic", False, "it", "pain-clinic-service",
  "Infusione di ketamina per il dolore cronico | Centro Terapia del Dolore dei Colli", """
<header><a href="/">Centro Terapia del Dolore dei Colli</a> <nav><a href="/terapie">Terapie</a> <a href="/medici">I nostri medici</a> <a href="/prenota">Prenota una visita</a> <a href="/tariffe">Tariffe</a> <a href="/dove-siamo">Dove siamo</a></nav></header>
<main>
<h1>Infusione endovenosa di ketamina</h1>
<p>Presso il nostro ambulatorio, l'infusione di ketamina a basso dosaggio è utilizzata per alcune forme di dolore neuropatico cronico, come la sindrome dolorosa regionale complessa (CRPS) e il dolore neuropatico resistente ad altre terapie.</p>
<h2>Come si svolge</h2>
<p>Dopo una prima visita algologica con il medico anestesista, che valuta la sua storia clinica e gli esami, la terapia viene somministrata in regime ambulatoriale. Durante l'infusione, che dura circa due ore, vengono monitorati pressione arteriosa, frequenza cardiaca e saturazione. È necessario un accompagnatore per il rientro a casa.</p>
<h2>Prenotazioni</h2>
<p>Prima visita algologica: 150 &euro; (anche in convenzione con alcuni fondi sanitari). Per prenotare chiami il numero 051 000 4455 o scriva su WhatsApp al 333 000 4455 indicando nome e recapito.</p>
</main>
<footer>Centro Terapia del Dolore dei Colli s.r.l. &middot; Direttore sanitario: Dott.ssa Elena Marchetti &middot; Autorizzazione sanitaria n. 2019/114 &middot; <a href="/privacy">Privacy</a></footer>
""")

p("e3731", "https://clinicaaurora-ketamina.example/blog/que-esperar-primera-infusion", "clinic", False, "es", "clinic-blog-post",
  "¿Qué esperar en tu primera infusión de ketamina? | Clínica Aurora", """
<header><a href="/">Clínica Aurora</a> <nav><a href="/tratamientos">Tratamientos</a> <a href="/equipo">Equipo</a> <a href="/blog">Blog</a> <a href="/cita">Pedir cita</a></nav></header>
<article>
<h1>¿Qué esperar en tu primera infusión de ketamina?</h1>
<p class="meta">Equipo médico de Clínica Aurora &middot; 3 de noviembre de 2026</p>
<p>Es normal sentir nervios antes de la primera sesión. Te contamos paso a paso cómo es un día de tratamiento en nuestra clínica de Madrid.</p>
<h2>Antes de llegar</h2>
<p>Ya habrás tenido la consulta con nuestro psiquiatra, que revisa tu historia y tus medicamentos. El día de la infusión te pedimos que vengas en ayunas de seis horas y que alguien te acompañe a casa.</p>
<h2>Durante la sesión</h2>
<p>La enfermera coloca una vía en el brazo y te conecta a un monitor de tensión, pulso y oxígeno. La infusión dura unos 40 minutos. Muchas personas describen una sensación de ligereza o de estar "un poco fuera del cuerpo"; es temporal. Puedes escuchar música y tener un antifaz. El anestesista está presente en todo momento.</p>
<h2>Después</h2>
<p>Te quedas en la sala de recuperación unos 30&ndash;45 minutos. No conduzcas ni tomes decisiones importantes ese día.</p>
<p>¿Tienes dudas? <a href="/cita">Pide una primera consulta</a>.</p>
</article>
<footer>Clínica Aurora &middot; Centro sanitario autorizado por la Comunidad de Madrid (CS12345) &middot; <a href="/aviso-legal">Aviso legal</a></footer>
""", noise="cookie-es")

# =============================================================================== informational (9)

p("e3732", "https://rivervalleyledger.example/news/2026/11/19/online-ketamine-shop-shut-down-bitcoin", "informational", False, "en", "news-article",
  "Police shut down online ketamine shop that shipped 'in phone cases' | River Valley Ledger", """
<header><a href="/" class="masthead">River Valley Ledger</a>
<nav><a href="/news">News</a> <a href="/news/crime">Crime</a> <a href="/business">Business</a> <a href="/health">Health</a> <a href="/opinion">Opinion</a> <a href="/sports">Sports</a> <a href="/subscribe" class="btn">Subscribe</a></nav></header>
<article>
<p class="kicker">CRIME</p>
<h1>Police shut down online ketamine shop that shipped drugs hidden in phone cases</h1>
<p class="byline">By Marisa Okonkwo &middot; November 19, 2026, 6:12 PM</p>
<p>A 29-year-old man and his former roommate have been charged with running a website that sold ketamine to customers across the country and paid for it in cryptocurrency, police said Wednesday.</p>
<p>The site, which investigators said advertised "pharmaceutical grade ketamine, no prescription needed," promised buyers that orders would be "vacuum sealed twice" and hidden inside phone cases and cosmetics. It offered free "reships" to customers whose packages were seized by postal inspectors.</p>
<p>According to a charging document, the shop sold 5-gram bags of ketamine crystal for $220 and vials of veterinary ketamine for $180, and gave buyers a 10% discount for paying in Bitcoin. Customers were told to send payment confirmations to a Telegram account.</p>
<p>"People searched 'buy ketamine online' and landed on a page that looked like a clinic, with words like wellness and therapy all over it," said Detective Sgt. Aaron Pruitt. "There was no doctor. There was a guy with a vacuum sealer in an apartment."</p>
<p>Postal inspectors began looking at the operation in March after intercepting a parcel in Memphis. Over the following months they traced more than 1,400 packages to two post offices in the county.</p>
<h2>Demand driven by interest in ketamine therapy</h2>
<p>Ketamine has been used as an anesthetic for decades and is increasingly prescribed off-label for depression. The nasal spray esketamine, sold as Spravato, is approved for treatment-resistant depression but can only be given at certified clinics, where patients are observed for two hours.</p>
<p>Dr. Helen Marsh, a psychiatrist at Valley General Hospital who runs its ketamine program, said she was not surprised that sellers dressed up their sites to look like treatment providers. "A real program will see you, ask about your blood pressure and your history, and follow up. If a website lets you put something in a cart and pay with crypto, that is not treatment," she said.</p>
<p>Marsh said patients who have questions about ketamine therapy should ask their own doctor or look for clinics that require an evaluation.</p>
<h2>Charges</h2>
<p>Both men face charges of conspiracy to distribute a controlled substance and money laundering. Their attorney did not respond to a request for comment. A detention hearing is scheduled for next week.</p>
<p>Police said they are still identifying customers but that their focus is on the suppliers. Anyone who bought from the site and has concerns about what they received can contact poison control at 1-800-222-1222.</p>
<aside class="related"><h3>Related</h3><ul><li><a href="/health/2026/08/ketamine-clinics-growth">Ketamine clinics are spreading across the valley. What patients should know</a></li><li><a href="/news/2026/05/darknet-vendor-sentenced">Darknet vendor sentenced to 6 years</a></li></ul></aside>
</article>
<footer><p>&copy; 2026 River Valley Ledger &middot; <a href="/contact">Contact the newsroom</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms of use</a></p></footer>
""", noise="cookie")

p("e3733", "https://health.gov.test/drug-safety/alerts/2026-ketamine-bought-online", "informational", False, "en", "government-alert",
  "Drug Safety Alert: Risks of Ketamine and Esketamine Products Bought Online | Department of Health", """
<div class="gov-banner">An official website of the Department of Health</div>
<header><a href="/">Department of Health</a> <nav><a href="/drug-safety">Drug safety</a> <a href="/drug-safety/alerts">Alerts</a> <a href="/consumers">For consumers</a> <a href="/professionals">For health professionals</a> <a href="/report">Report a problem</a></nav></header>
<main>
<p class="crumbs">Home &gt; Drug safety &gt; Alerts</p>
<h1>Drug Safety Alert: Ketamine and esketamine products bought online</h1>
<p class="date">Issued: 4 November 2026</p>
<h2>Summary</h2>
<p>The Department is warning consumers about websites and social media accounts that offer ketamine, "generic Spravato" nasal sprays or chemicals sold as ketamine without a prescription. Some of these sites present themselves as clinics or online doctors and approve orders through a short questionnaire.</p>
<h2>What we found</h2>
<ul>
<li>Products sold as ketamine that contained other substances, including 2-FDCK and deschloroketamine, whose effects and safety in humans are largely unknown.</li>
<li>Nasal sprays labelled "esketamine" with no or far more active ingredient than stated.</li>
<li>Veterinary ketamine sold to members of the public.</li>
</ul>
<h2>Advice for consumers</h2>
<ul>
<li>Esketamine nasal spray is only given in certified healthcare settings where you are monitored afterwards. It is not dispensed for use at home.</li>
<li>A legitimate provider will assess you, usually including a live conversation with a clinician, before prescribing a controlled medicine.</li>
<li>Be wary of sites that accept only cryptocurrency or gift cards, or ask you to order through messaging apps.</li>
<li>If you have taken a product bought online and feel unwell, seek medical help and tell the clinician what you took.</li>
</ul>
<h2>Report</h2>
<p>Report suspicious websites and side effects through our <a href="/report">online reporting form</a>.</p>
</main>
<footer><a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/foia">FOIA</a></footer>
""")

p("e3734", "https://forum.mindspace.example/t/anyone-tried-the-no-script-ketamine-sites/48213", "informational", False, "en", "forum-thread",
  "Anyone tried the no-script ketamine sites? - Treatment-Resistant Depression - MindSpace Community", """
<header><a href="/">MindSpace Community</a> <nav><a href="/latest">Latest</a> <a href="/categories">Categories</a> <a href="/c/trd">Treatment-Resistant Depression</a> <a href="/guidelines">Guidelines</a> <a href="/login">Log in</a></nav></header>
<main>
<h1>Anyone tried the no-script ketamine sites?</h1>
<p class="cat">Treatment-Resistant Depression &middot; 23 replies &middot; 1.4k views</p>
<div class="post"><b>greyfield_78</b> &middot; Nov 2
<p>Insurance denied Spravato for the second time and the infusion place near me is $500 a pop. I keep getting ads for sites that say no prescription, just pay and they ship. One even calls itself a clinic. Has anyone actually done this? Is it the same stuff?</p></div>
<div class="post"><b>moth_and_lamp</b> &middot; Nov 2
<p>Please don't. You have no idea what's in it. A friend ordered "ketamine" from one of those and the test kit said it was something else entirely. Also those sites disappear after a few months with everyone's money.</p></div>
<div class="post"><b>RNmarguerite</b> (nurse) &middot; Nov 2
<p>The reason clinics monitor you is blood pressure and dissociation, especially the first few times. Look into appeals with your insurer, and ask whether your psychiatrist knows of a telehealth program that does a real video eval &ndash; some are a lot cheaper than IV. Not the quiz-only ones.</p></div>
<div class="post"><b>greyfield_78</b> &middot; Nov 3
<p>Thanks. Didn't know you could appeal twice. Going to try that first.</p></div>
<div class="post mod"><b>MindSpace_Mod</b> (moderator) &middot; Nov 3
<p>Reminder: links to vendors or sources are removed under rule 4. Discussion of experiences with prescribed treatment is welcome. If you're struggling right now, our crisis resources are pinned at the top of the category.</p></div>
</main>
<footer>MindSpace Community is peer support, not medical advice. &middot; <a href="/privacy">Privacy</a></footer>
""")

p("e3735", "https://bestcarepicks.example/mental-health/best-at-home-ketamine-providers", "informational", False, "en", "listicle-review-site",
  "7 Best At-Home Ketamine Therapy Providers of 2026, Reviewed | BestCarePicks", """
<header><a href="/">BestCarePicks</a> <nav><a href="/mental-health">Mental health</a> <a href="/sleep">Sleep</a> <a href="/fitness">Fitness</a> <a href="/nutrition">Nutrition</a> <a href="/about/methodology">How we review</a></nav></header>
<article>
<h1>7 best at-home ketamine therapy providers of 2026</h1>
<p class="meta">Written by Corinne Abadi &middot; Medically reviewed by Victor Lang, MD &middot; Updated Dec 1, 2026</p>
<p class="disclosure">We may earn a commission when you sign up through links on this page. This doesn't affect our rankings.</p>
<p>At-home ketamine therapy has grown fast, and quality varies. We only included providers that require a live video evaluation with a licensed clinician before prescribing, ship through licensed pharmacies and offer follow-up care. We excluded any service that approves patients through an automated questionnaire.</p>
<h2>Quick comparison</h2>
<table>
<tr><th>Provider</th><th>Best for</th><th>Starting price</th><th>Insurance</th></tr>
<tr><td>Even Keel Health</td><td>Overall</td><td>$250 evaluation + $299/mo</td><td>HSA/FSA</td></tr>
<tr><td>Tidewell</td><td>Fast start</td><td>$199 evaluation</td><td>Superbill</td></tr>
<tr><td>Harborlight Telepsychiatry</td><td>Pacific Northwest, insurance</td><td>Copay</td><td>Yes</td></tr>
<tr><td>Luma Ketamine Care</td><td>Integration therapy</td><td>$1,150 / 6 sessions</td><td>No</td></tr>
</table>
<h2>How we evaluated</h2>
<p>We looked at clinical screening, who prescribes, monitoring of the first session, emergency protocols, price transparency and cancellation terms. Our team members went through intake at each provider.</p>
<h2>Red flags to avoid</h2>
<p>Sites offering ketamine or "generic Spravato" without any clinician contact, those taking only crypto, and anything shipped internationally are not telehealth providers and were not considered.</p>
<h2>Is at-home ketamine right for you?</h2>
<p>It isn't for everyone. If you have high blood pressure, a history of psychosis or substance use problems, an in-person clinic or a different treatment may be safer. Talk to your doctor.</p>
</article>
<footer>&copy; BestCarePicks Media &middot; <a href="/editorial-policy">Editorial policy</a> &middot; <a href="/advertise">Advertise</a></footer>
""", noise="cookie")

p("e3736", "https://kanzlei-brandt-strafrecht.example/btm-recht/ketamin-im-internet-bestellt-post-vom-zoll", "informational", False, "de", "law-firm-page",
  "Ketamin im Internet bestellt – Post vom Zoll? | Kanzlei Brandt Strafrecht", """
<header><a href="/">Kanzlei Brandt &middot; Strafrecht</a> <nav><a href="/btm-recht">Betäubungsmittelrecht</a> <a href="/verkehrsstrafrecht">Verkehrsstrafrecht</a> <a href="/anwaelte">Anwälte</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>
<h1>Ketamin im Internet bestellt &ndash; Post vom Zoll oder von der Polizei?</h1>
<p>Immer mehr Mandanten melden sich bei uns, nachdem eine Sendung aus dem Ausland vom Zoll abgefangen wurde. Häufig wurde Ketamin, Esketamin-Nasenspray oder eine „Research Chemical“ wie 2-FDCK über einen Onlineshop bestellt, der mit „ohne Rezept“ und „diskretem Versand“ geworben hat.</p>
<h2>Was droht?</h2>
<p>Ketamin unterliegt in Deutschland dem Arzneimittelgesetz, viele Analoga dem Neue-psychoaktive-Stoffe-Gesetz (NpSG) oder dem Betäubungsmittelgesetz. Schon die Bestellung kann ein Ermittlungsverfahren auslösen &ndash; etwa wegen unerlaubter Einfuhr.</p>
<h2>Unser Rat</h2>
<ul>
<li>Machen Sie keine Angaben gegenüber Polizei oder Zoll, bevor Sie mit einem Anwalt gesprochen haben.</li>
<li>Bestellen Sie nicht erneut beim selben Shop, auch wenn dieser einen „kostenlosen Neuversand“ anbietet.</li>
<li>Bewahren Sie das Schreiben auf und notieren Sie die Fristen.</li>
</ul>
<p>Wir beantragen Akteneinsicht und prüfen, ob eine Einstellung des Verfahrens möglich ist. Erstberatung telefonisch: 030 000 77 88.</p>
</main>
<footer>Kanzlei Brandt &middot; Rechtsanwälte &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("e3737", "https://drugcheck-collective.example/results/2026-q3-ketamine", "informational", False, "en", "drug-checking-results-excerpt", "", """
Drug checking results, Q3 2026: samples sold as ketamine

We tested 212 samples that people brought to our pop-up services and festival sites believing they were ketamine.

- 61% contained ketamine only.
- 14% contained 2-FDCK (fluorodeschloroketamine) instead of ketamine. Several people told us they had bought "ketamine" from a website that looked like a clinic.
- 6% contained deschloroketamine (DCK), which is more potent and longer lasting; people reported unexpectedly long sessions.
- 9% contained ketamine plus a cutting agent (mostly MSM or caffeine).
- 10% contained other substances or could not be identified.

What this means for you: if you use, test every batch, start with a much smaller amount than usual, don't use alone, and avoid mixing with alcohol or other depressants. Samples with DCK or unknown contents are worth a lower dose and a longer wait before redosing.

Our service is free, anonymous and confidential. We don't sell anything and we don't tell anyone where to buy. Find our next drop-in dates on the events page.
""", ext="txt")

p("e3738", "https://pharmacie-desormeaux.example/medicaments/ketamine", "informational", False, "fr", "pharmacy-product-not-sold-online",
  "Kétamine – Médicament stupéfiant non disponible en ligne | Pharmacie Desormeaux", """
<header><a href="/">Pharmacie Desormeaux</a> <form><input placeholder="Rechercher un produit"></form>
<nav><a href="/parapharmacie">Parapharmacie</a> <a href="/medicaments">Médicaments sans ordonnance</a> <a href="/ordonnance">Envoyer une ordonnance</a> <a href="/panier">Panier</a></nav></header>
<main>
<p class="crumbs">Accueil &gt; Médicaments &gt; Kétamine</p>
<h1>Kétamine</h1>
<p class="alerte"><b>Ce médicament n'est pas disponible à la vente en ligne.</b></p>
<p>La kétamine est un anesthésique classé comme stupéfiant. Elle est réservée à l'usage hospitalier et ne peut pas être délivrée par une pharmacie d'officine ni vendue sur internet. De même, l'eskétamine (Spravato&reg;) est administrée uniquement en établissement de santé, sous surveillance médicale.</p>
<p>En France, seuls les médicaments non soumis à prescription peuvent être vendus en ligne, et uniquement par des pharmacies autorisées. Vérifiez la présence du logo commun européen et de notre numéro d'autorisation avant tout achat.</p>
<p>Vous souffrez de dépression ou de douleurs chroniques ? Parlez-en à votre médecin ou à votre pharmacien.</p>
</main>
<footer>Pharmacie Desormeaux &middot; Pharmacien titulaire : Claire Desormeaux &middot; Site autorisé par l'ARS Nouvelle-Aquitaine &middot; <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("e3739", "https://pinehollowrecovery.example/substances/ketamine-addiction", "informational", False, "en", "rehab-excerpt", "", """
Ketamine Addiction Treatment | Pine Hollow Recovery

Ketamine is sometimes thought of as a "safe" drug because it is used in medicine. But regular recreational use can lead to tolerance, cravings and serious bladder damage (ketamine cystitis), along with memory and mood problems. Some of the people we treat started with ketamine bought online from sites that promised it was "therapeutic."

Our program
- Medically supervised detox, if needed, in our 24-bed residential facility
- Individual and group therapy (CBT, DBT, trauma-informed care)
- Urology referral for bladder symptoms
- Family program and aftercare planning

Note: medically supervised ketamine therapy for depression, given in a clinic, is a different thing from recreational use. If you are receiving it and worried about your use, talk to your prescriber.

Call our admissions team 24/7 at (877) 555-0121. Most insurance accepted. Joint Commission accredited.
""", ext="txt")

p("e3740", "https://vetgroothandel-noord.example/assortiment/anesthesie/ketamine-10", "informational", False, "nl", "vet-wholesaler-licensed-only",
  "Ketamine 10% 10 ml - Anesthesie | VetGroothandel Noord", """
<header><a href="/">VetGroothandel Noord</a> <form><input placeholder="Zoek op artikelnummer of naam"></form>
<nav><a href="/assortiment">Assortiment</a> <a href="/assortiment/anesthesie">Anesthesie</a> <a href="/bestellen">Bestelinformatie</a> <a href="/inloggen">Inloggen praktijk</a></nav></header>
<main>
<p class="crumbs">Assortiment &gt; Anesthesie &gt; Ketamine 10%</p>
<h1>Ketamine 10% oplossing voor injectie, 10 ml</h1>
<p>Art.nr. 400217 &middot; REG NL 10000 &middot; Kanalisatie: UDD</p>
<p class="prijs">Prijs zichtbaar na inloggen</p>
<p><b>Alleen leverbaar aan dierenartsenpraktijken.</b> Wij leveren geneesmiddelen uitsluitend aan geregistreerde dierenartsen met een geldig praktijkaccount. Voor middelen onder de Opiumwet is een ondertekende bestelling van de dierenarts vereist. Particulieren kunnen bij ons niet bestellen.</p>
<p>Levering via onze eigen koeriers, voor 18:00 besteld is de volgende ochtend in de praktijk.</p>
<p><a href="/account-aanvragen">Praktijkaccount aanvragen</a></p>
</main>
<footer>VetGroothandel Noord B.V. &middot; Groothandelsvergunning Farmatec &middot; <a href="/voorwaarden">Leveringsvoorwaarden</a> &middot; <a href="/privacy">Privacy</a></footer>
""")

save(OUT, R)
