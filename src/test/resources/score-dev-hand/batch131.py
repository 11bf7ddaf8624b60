# Batch 131 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "The long tail". Small sites in six languages as the web really has them: a one-doctor
# practice, a regional chain's location page, a new telehealth start-up, a community pharmacy's blog, a
# local newspaper, a university lab page, a small-time vendor on a classifieds site, a marketplace
# listing, a shop that copied a clinic's text, pages half-translated by machine; every category in its
# common, ordinary forms rather than tricky edge cases.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, nl 2, pt 3, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, footers), navigation-heavy location page,
# medium product/listing/article pages, a partial checkout page, a browser-check wall (url-only), and
# four plain-text excerpts (social bio, eligibility note, billing note, forum thread).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch131.py (writes batch131/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch131")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h13101", "https://swapboard-classifieds.example/ads/health-beauty/ketamine-crystal-powder-available-884213", "seller", True, "en",
  "classifieds-ad-small-vendor", "Ketamine crystal & powder available - Health & Beauty - Swapboard Classifieds", """
<header>
<a class="logo" href="/">Swapboard</a>
<nav><a href="/post">Post an ad</a> <a href="/categories">Categories</a> <a href="/saved">Saved</a> <a href="/login">Log in</a></nav>
<form class="search"><input placeholder="What are you looking for?"><select><option>All of US</option></select><button>Search</button></form>
</header>
<main>
<p class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/ads/health-beauty">Health &amp; Beauty</a> &rsaquo; <a href="/ads/health-beauty/other">Other</a></p>
<article class="ad">
<h1>Ketamine crystal &amp; powder available</h1>
<div class="price">$ 90</div>
<ul class="meta"><li>Location: Phoenix, AZ</li><li>Posted: 3 days ago</li><li>Condition: New</li><li>Ad ID: 884213</li><li>Views: 412</li></ul>
<div class="description">
<p>Hello everyone, we have top quality ketamine for sale. Crystal (shards) and fine powder, also liquid ketamine vials (Ketalar 10ml, Ketaset) for those who prefer.</p>
<p>Grams and bulk available. $90 per gram, 5g $380, 10g $700, ask for bigger quantity.</p>
<p>Fast and discreet delivery all over USA, Canada and Australia, package is vacuum sealed and looks like a normal parcel. Local meetup in Phoenix / Tempe same day.</p>
<p>No prescription needed. We accept Cash App, Zelle, Bitcoin.</p>
<p>Contact on WhatsApp: +1 (480) 555-0147 or Telegram @kcrystalplug for fast reply. Serious buyers only please.</p>
</div>
<div class="seller-box">Posted by <b>medsupply_az</b> &middot; Member since Oct 2026 &middot; 2 active ads</div>
<button>Show phone number</button> <button>Send message</button>
</article>
<aside class="safety">
<h3>Stay safe on Swapboard</h3>
<ul><li>Meet in a public place.</li><li>Never send money in advance to someone you don't know.</li><li>Be wary of offers that seem too good to be true.</li></ul>
<a href="/report?ad=884213">Report this ad</a>
</aside>
<section class="similar">
<h3>Similar ads</h3>
<ul><li><a href="/ads/health-beauty/hair-clippers-andis-884190">Andis hair clippers barely used - $45</a></li>
<li><a href="/ads/health-beauty/massage-chair-883977">Massage chair, pick up only - $300</a></li>
<li><a href="/ads/health-beauty/adderall-xanax-oxy-884201">Pain pills, anxiety pills, study pills - $5</a></li></ul>
</section>
</main>
<footer>&copy; 2026 Swapboard Classifieds &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/help">Help</a></footer>
""")

p("h13102", "https://agora-bazaar.example/listing/7f3a92c1e0/ketamine-s-isomer-shards", "seller", True, "en",
  "marketplace-listing", "Ketamine S-Isomer Shards - NorthernLightsUK | Agora Bazaar", """
<div class="topbar">BTC $96,410 &middot; XMR $212 &middot; Logged in as <b>guest_2931</b> &middot; <a href="/orders">Orders (0)</a> &middot; <a href="/messages">Messages</a></div>
<nav class="cats"><a href="/c/stimulants">Stimulants</a> <a href="/c/dissociatives">Dissociatives</a> <a href="/c/psychedelics">Psychedelics</a> <a href="/c/benzos">Benzos</a> <a href="/c/cannabis">Cannabis</a> <a href="/c/opioids">Opioids</a> <a href="/c/digital">Digital goods</a></nav>
<main class="listing">
<h1>Ketamine S-Isomer Shards | lab tested | 1g - 25g</h1>
<table class="info">
<tr><td>Vendor</td><td><a href="/v/NorthernLightsUK">NorthernLightsUK</a> (Level 6, 1,284 sales, 4.91/5)</td></tr>
<tr><td>Ships from</td><td>United Kingdom</td></tr>
<tr><td>Ships to</td><td>UK, EU, Worldwide</td></tr>
<tr><td>Payment</td><td>Escrow (XMR, BTC)</td></tr>
<tr><td>Stock</td><td>Unlimited</td></tr>
</table>
<form class="buy">
<select name="qty"><option>1g - 0.00048 BTC (&pound;38)</option><option>3.5g - 0.0013 BTC (&pound;105)</option><option>7g - 0.0025 BTC (&pound;195)</option><option>14g - 0.0047 BTC (&pound;360)</option><option>28g - 0.0088 BTC (&pound;680)</option></select>
<select name="ship"><option>Royal Mail 1st class (stealth) +&pound;4</option><option>Royal Mail Special Delivery +&pound;9</option><option>EU tracked +&pound;12</option></select>
<button>Buy now</button>
</form>
<div class="desc">
<p>Back in stock!! Same batch as last month, big glassy shards, reagent tested (Mandelin = orange, Marquis = nothing). Very clean, smooth, short come-up.</p>
<p>Orders placed before 2pm UK time go out the same day, Mon-Fri. Stealth is professional and vacuum sealed x2, no signature needed.</p>
<p>Reship once on non-arrival for regular customers (5+ orders), 50% reship for new buyers. Finalize early only for trusted buyers.</p>
<p>Please do not leave negative feedback before messaging us, we always sort problems.</p>
</div>
<section class="feedback"><h3>Feedback (last 30 days)</h3>
<p>5/5 &ndash; "arrived next day, top notch stuff" &ndash; b***9</p>
<p>5/5 &ndash; "great stealth, will order again" &ndash; k***t</p>
<p>4/5 &ndash; "took 4 days to Germany but all good" &ndash; f***1</p>
</section>
</main>
""")

p("h13103", "https://ketarelief-wellness.example/ketamine-therapy/", "seller", True, "en",
  "shop-with-copied-clinic-text", "Ketamine Therapy for Depression & Chronic Pain | KetaRelief Wellness", """
<header class="main-header">
<a href="/" class="brand">KetaRelief Wellness</a>
<nav><a href="/">Home</a> <a href="/ketamine-therapy/">Ketamine Therapy</a> <a href="/shop/">Shop</a> <a href="/about-us/">About Us</a> <a href="/testimonials/">Testimonials</a> <a href="/contact/">Contact</a> <a href="/cart/">Cart</a></nav>
</header>
<main>
<h1>Ketamine Therapy</h1>
<section>
<h2>What is ketamine therapy?</h2>
<p>Ketamine is an FDA-approved anesthetic that has been used safely in operating rooms for over 50 years. In the last two decades, research has shown that low doses of ketamine can produce rapid relief for people suffering from treatment-resistant depression, PTSD, anxiety and chronic pain conditions such as CRPS and fibromyalgia.</p>
<p>At our clinic, every infusion is administered by a board-certified anesthesiologist in a calm, private room with continuous monitoring of your heart rate, blood pressure and oxygen levels. Call our Scottsdale office to schedule your free consultation.</p>
<h2>How does it work?</h2>
<p>Ketamine works on the brain's glutamate system, helping to rebuild connections between nerve cells that are damaged by chronic stress and depression. Many patients feel better after the first few sessions.</p>
<h2>Is ketamine therapy right for me?</h2>
<p>You may be a good candidate if you have tried two or more antidepressants without success, or if you live with pain that has not responded to other treatment.</p>
</section>
<section class="products">
<h2>Start your ketamine therapy at home today</h2>
<p>Can't get to a clinic? We now offer our ketamine products for home use, shipped straight to your door. No prescription required, no doctor visits, no waiting lists.</p>
<div class="product"><h3>Ketamine Nasal Spray 100mg/ml (10ml)</h3><p class="price">$180.00</p><a class="button" href="/shop/ketamine-nasal-spray/">Add to cart</a></div>
<div class="product"><h3>Ketamine HCl Crystal Powder 10g</h3><p class="price">$320.00</p><a class="button" href="/shop/ketamine-hcl-powder-10g/">Add to cart</a></div>
<div class="product"><h3>Ketalar 50mg/ml injection (5 x 10ml vials)</h3><p class="price">$420.00</p><a class="button" href="/shop/ketalar-50mg-ml/">Add to cart</a></div>
<div class="product"><h3>Esketamine Nasal Spray 28mg (Spravato)</h3><p class="price">$260.00</p><a class="button" href="/shop/spravato-28mg/">Add to cart</a></div>
<p>Worldwide discreet shipping in 3-7 days. Payment by Bitcoin, Zelle or Cash App. Email or WhatsApp us for bulk discounts.</p>
</section>
<section class="testimonials">
<blockquote>"After years of depression I finally feel like myself. Ordering was so easy!" &ndash; Jessica R., Ohio</blockquote>
<blockquote>"Fast delivery to Australia, well packed." &ndash; Mark T.</blockquote>
</section>
</main>
<footer>
<p>KetaRelief Wellness &middot; info@ketarelief-wellness.example &middot; WhatsApp +1 (602) 555-0193</p>
<p><a href="/shipping-policy/">Shipping Policy</a> | <a href="/refund-policy/">Refund Policy</a> | <a href="/privacy-policy/">Privacy Policy</a></p>
<p>&copy; 2026 KetaRelief Wellness. All rights reserved.</p>
</footer>
""", noise="cookie")

p("h13104", "https://purechem-labs.example/product/2-fdck-crystal/", "seller", True, "en",
  "research-chemical-product", "2-FDCK Crystal (2-Fluorodeschloroketamine) | PureChem Labs", """
<header><a href="/">PureChem Labs</a> <span>Research chemicals since 2017</span>
<nav><a href="/shop/">Shop</a> <a href="/product-category/arylcyclohexylamines/">Arylcyclohexylamines</a> <a href="/product-category/tryptamines/">Tryptamines</a> <a href="/product-category/benzodiazepines/">Designer Benzos</a> <a href="/product-category/pellets/">Pellets</a> <a href="/coa/">Lab reports</a> <a href="/my-account/">My account</a> <a href="/cart/">Cart</a></nav></header>
<div class="notice">All products are sold for laboratory research purposes only. Not for human consumption. You must be 21+ to order.</div>
<main class="product">
<h1>2-FDCK Crystal</h1>
<p class="price">$35.00 &ndash; $500.00</p>
<form class="variations_form">
<label>Quantity</label>
<select><option>1 gram - $35</option><option>5 grams - $140</option><option>10 grams - $250</option><option>25 grams - $500</option></select>
<button class="single_add_to_cart_button">Add to cart</button>
</form>
<div class="product_meta">SKU: PCL-2FDCK-C &middot; Category: Arylcyclohexylamines &middot; Tags: 2-fdck, 2f-ketamine, fluoroketamine</div>
<h2>Description</h2>
<p>2-Fluorodeschloroketamine (2-FDCK, 2F-Ketamine) is a dissociative research chemical of the arylcyclohexylamine class and a structural analogue of ketamine in which the chlorine atom is replaced by fluorine.</p>
<table>
<tr><th>IUPAC name</th><td>2-(2-fluorophenyl)-2-(methylamino)cyclohexan-1-one</td></tr>
<tr><th>CAS number</th><td>111982-50-4</td></tr>
<tr><th>Molecular formula</th><td>C13H16FNO</td></tr>
<tr><th>Purity</th><td>99.7% (HPLC, batch 26-11)</td></tr>
<tr><th>Form</th><td>White crystalline material</td></tr>
</table>
<h2>Shipping &amp; payment</h2>
<p>Ships from within the USA and from our EU warehouse. Orders are vacuum sealed and sent in plain packaging with no reference to the contents. Tracking number by email within 24 hours. 10% discount when paying with Bitcoin, Litecoin or Monero.</p>
<h2>Related products</h2>
<ul><li><a href="/product/deschloroketamine-dck/">Deschloroketamine (DCK) crystal</a></li><li><a href="/product/3-meo-pcp-powder/">3-MeO-PCP powder</a></li><li><a href="/product/o-pce-pellets/">O-PCE pellets 10mg</a></li><li><a href="/product/ketamine-reference-standard/">Ketamine HCl analytical reference</a></li></ul>
</main>
<footer>PureChem Labs &copy; 2026 &middot; <a href="/terms/">Terms of sale</a> &middot; By purchasing you confirm you are a qualified researcher.</footer>
""")

p("h13105", "https://ketameds-online.example/get-started", "seller", True, "en",
  "fake-telehealth-questionnaire", "Get Ketamine Prescribed Online in Minutes | KetaMeds", """
<nav><a href="/">KetaMeds</a> <a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/reviews">Reviews</a> <a href="/login">Sign in</a></nav>
<main>
<h1>Ketamine treatment without the waiting room</h1>
<p class="lead">Skip the appointments. Fill out a short health questionnaire and get your ketamine troches shipped overnight.</p>
<ol class="steps">
<li><b>Answer 12 questions</b> &ndash; takes about 2 minutes, on your phone or computer.</li>
<li><b>Instant approval</b> &ndash; our system checks your answers and approves you right away. No video call needed.</li>
<li><b>Shipped tomorrow</b> &ndash; your lozenges arrive in discreet packaging, 1-2 business days.</li>
</ol>
<p class="badge">98% of applicants approved &middot; 24,000+ happy customers &middot; All 50 states</p>
<section class="plans">
<h2>Choose your plan</h2>
<div class="plan"><h3>Starter</h3><p>10 troches (100mg)</p><p class="price">$79</p><a href="/checkout?plan=starter">Get started</a></div>
<div class="plan featured"><h3>Monthly</h3><p>30 troches (150mg)</p><p class="price">$149</p><a href="/checkout?plan=monthly">Get started</a></div>
<div class="plan"><h3>Bulk</h3><p>90 troches (200mg)</p><p class="price">$349</p><a href="/checkout?plan=bulk">Get started</a></div>
<p>Pay with any credit card, Apple Pay or crypto. Reorder any time from your account &ndash; no new questionnaire needed.</p>
</section>
<section class="faq">
<h2>FAQ</h2>
<h3>Do I need to talk to a doctor?</h3><p>No. A doctor signs off on approved questionnaires, so you never have to book a call.</p>
<h3>Can I get a higher dose?</h3><p>Yes, simply choose a stronger plan at checkout.</p>
<h3>Do you ship outside the US?</h3><p>We ship to Canada, the UK and Australia with our international partner.</p>
</section>
</main>
<footer>&copy; 2026 KetaMeds &middot; Results may vary &middot; <a href="/terms">Terms</a></footer>
""", noise="cookie")

p("h13106", "https://healthhacks-daily.example/blog/where-to-buy-ketamine-online-2026", "seller", True, "en",
  "affiliate-doorway-blog", "Where to Buy Ketamine Online Safely in 2026 (5 Vendors Tested) | HealthHacks Daily", """
<header><a href="/">HealthHacks Daily</a>
<nav><a href="/category/nootropics">Nootropics</a> <a href="/category/sleep">Sleep</a> <a href="/category/mental-health">Mental Health</a> <a href="/category/reviews">Reviews</a> <a href="/newsletter">Newsletter</a></nav></header>
<article>
<h1>Where to Buy Ketamine Online Safely in 2026 (5 Vendors Tested)</h1>
<p class="byline">By Tyler Brooks &middot; Updated November 29, 2026 &middot; 9 min read</p>
<p class="disclosure"><i>This post contains affiliate links. We may earn a commission if you purchase through them, at no extra cost to you.</i></p>
<p>Ketamine has become one of the most talked-about treatments for depression, but clinic infusions can cost $500 or more per session and waiting lists are months long. That's why many people are looking for a way to buy ketamine online and use it at home.</p>
<p>We ordered from five different online vendors over the last three months and compared quality, shipping speed, price and customer service. Here's what we found.</p>
<h2>1. KetaStore &ndash; Best overall</h2>
<p>KetaStore sells pharmaceutical-grade ketamine powder, nasal sprays and lozenges. No prescription is required and orders are shipped in plain packaging. Our package arrived in 3 days. They accept Bitcoin and credit cards.</p>
<p><a class="cta" href="https://ketastore.example/?ref=hhdaily22" rel="sponsored nofollow">Visit KetaStore &ndash; use code HEALTHHACKS for 20% off</a></p>
<h2>2. DissoShop &ndash; Best for research chemicals</h2>
<p>If you want to try ketamine alternatives like 2-FDCK or DCK, DissoShop has the widest selection and ships worldwide.</p>
<p><a class="cta" href="https://dissoshop.example/?aff=4471" rel="sponsored nofollow">Check prices at DissoShop</a></p>
<h2>3. PharmaDirect24 &ndash; Best for Spravato</h2>
<p>Spravato usually has to be taken at a certified clinic, but PharmaDirect24 ships the nasal spray devices directly to you.</p>
<p><a class="cta" href="https://pharmadirect24.example/spravato?ref=hhd" rel="sponsored nofollow">See PharmaDirect24 deals</a></p>
<h2>Vendors we don't recommend</h2>
<p>Two vendors we tested never shipped. Always start with a small order and pay with crypto so you don't get chargebacks flagged on your bank account.</p>
<h2>Is it legal?</h2>
<p>Laws vary by country. We are not lawyers, do your own research.</p>
</article>
<aside><h3>Popular posts</h3><ul><li><a href="/blog/best-kratom-vendors">Best Kratom Vendors 2026</a></li><li><a href="/blog/buy-modafinil-online">How to Buy Modafinil Online</a></li></ul></aside>
<footer>&copy; 2026 HealthHacks Daily &middot; For informational purposes only, not medical advice.</footer>
""", noise="cookie")

p("h13107", "https://buyketamineonline-rx.example/product/ketalar-50mg-ml-10ml-vial/", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="main-wrapper">
<h1>buyketamineonline-rx.example</h1>
<h2>Checking if the site connection is secure</h2>
<p>buyketamineonline-rx.example needs to review the security of your connection before proceeding.</p>
<noscript>Enable JavaScript and cookies to continue</noscript>
<p>Ray ID: 8f2c1a9b7d4e3f10</p>
<p>Performance &amp; security by an edge provider</p>
</div>
""")

p("h13108", "https://picgram.example/k.vibes.plug", "seller", True, "en",
  "social-bio-plain-text", "k.vibes.plug", """
k.vibes.plug
1,208 followers · 14 posts · 3 following
🦄 K crystal + shards | ❄️ 💊 🍄 also avail
🇺🇸 USA to USA only · ships 1-3 days · 🔒 stealth 100%
📲 full menu on tele 👉 @kvibesmenu
💸 BTC / Apple Pay / Zelle / Chime
❌ no cops ❌ no timewasters ❌ no credit
---
Post, 2 days ago: "fresh batch landed 🦄🦄 half oz deals this week only, DM for pics"
Post, 6 days ago: "another happy customer in Texas 📦 reship guaranteed if lost"
""", ext="txt")

p("h13109", "https://agrovet-tienda-online.example/producto/ketamina-10-50ml-ketamidor/", "seller", True, "es",
  "vet-product-sold-to-anyone", "Ketamina 10% 50 ml (Ketamidor) - AgroVet Tienda Online", """
<header><a href="/">AgroVet Tienda Online</a> <span>Tu tienda de productos veterinarios y ganaderos</span>
<nav><a href="/categoria/perros-y-gatos/">Perros y gatos</a> <a href="/categoria/caballos/">Caballos</a> <a href="/categoria/ganaderia/">Ganadería</a> <a href="/categoria/anestesicos/">Anestésicos</a> <a href="/categoria/antiparasitarios/">Antiparasitarios</a> <a href="/carrito/">Carrito</a></nav></header>
<main>
<p class="migas"><a href="/">Inicio</a> / <a href="/categoria/anestesicos/">Anestésicos</a> / Ketamina 10% 50 ml</p>
<h1>Ketamina 10% 50 ml (Ketamidor)</h1>
<p class="precio">39,90 &euro; <small>IVA incluido</small></p>
<p class="stock">En stock &middot; Envío en 24/48h</p>
<form><input type="number" value="1"> <button>Añadir al carrito</button></form>
<p><b>Oferta:</b> pack de 5 viales por 175,00 &euro;, pack de 10 viales por 320,00 &euro;.</p>
<h2>Descripción</h2>
<p>Solución inyectable de ketamina (100 mg/ml) para uso veterinario. Anestésico de acción rápida utilizado en perros, gatos, caballos y otros animales. Vial multidosis de 50 ml.</p>
<p><b>No es necesaria receta veterinaria.</b> Compra fácil y segura, sin preguntas.</p>
<h2>Envío y pago</h2>
<p>Enviamos a toda España, Portugal y resto de Europa en paquete discreto y sin logotipos. Pago por Bizum, transferencia bancaria o criptomonedas (5% de descuento).</p>
<p>¿Dudas? Escríbenos por WhatsApp al +34 611 555 208 y te respondemos en minutos.</p>
<h2>Valoraciones (7)</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; "Llegó al día siguiente, todo perfecto" &ndash; Carlos M.</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; "Buen precio, repetiré" &ndash; anónimo</p>
</main>
<footer>AgroVet Tienda Online &middot; <a href="/aviso-legal/">Aviso legal</a> &middot; <a href="/envios/">Envíos</a> &middot; <a href="/contacto/">Contacto</a></footer>
""", noise="cookie-es")

p("h13110", "https://ketamin-shop-apotheke.example/de/ketamin-kaufen-ohne-rezept/", "seller", True, "de",
  "machine-translated-shop", "Ketamin kaufen ohne Rezept | Beste Qualität Online-Apotheke", """
<header><a href="/de/">Ketamin Shop Apotheke</a>
<nav><a href="/de/">Startseite</a> <a href="/de/shop/">Geschäft</a> <a href="/de/uber-uns/">Über uns</a> <a href="/de/faq/">Häufig gefragt</a> <a href="/de/kontakt/">Kontaktiere uns</a> <a href="/de/cart/">Cart</a></nav>
<span class="lang"><a href="/en/">EN</a> | <a href="/de/">DE</a> | <a href="/fr/">FR</a></span></header>
<main>
<h1>Ketamin kaufen ohne Rezept</h1>
<p>Kaufen Sie Ketamin online ohne Rezept von unsere zuverlässige Online-Apotheke. Wir liefern Ketamin Pulver, Ketamin Flüssigkeit und Ketamin Nasenspray zu Ihre Haustür schnell und diskret in ganz Deutschland, Österreich und die Schweiz.</p>
<p>Ketamin ist ein Medikament welches hauptsächlich zum Beginnen und Aufrechterhalten von Anästhesie verwendet wird. Es induziert einen tranceähnlichen Zustand während Schmerzlinderung, Sedierung und Gedächtnisverlust bereitstellen.</p>
<h2>Unsere Produkte</h2>
<ul class="products">
<li>Ketamin HCL Pulver 99% &ndash; 5g &ndash; 150,00 &euro; <a href="/de/produkt/ketamin-pulver/">Add to cart</a></li>
<li>Ketamin Flüssigkeit Ketalar 10ml &ndash; 89,00 &euro; <a href="/de/produkt/ketalar/">Add to cart</a></li>
<li>Esketamin Nasenspray 28mg &ndash; 210,00 &euro; <a href="/de/produkt/esketamin/">Add to cart</a></li>
<li>Ketamin Kristall Shards 10g &ndash; 270,00 &euro; <a href="/de/produkt/ketamin-kristall/">Add to cart</a></li>
</ul>
<h2>Warum bei uns bestellen?</h2>
<ul>
<li>Kein Rezept notwendig</li>
<li>100% diskret Verpackung, kein Name von Produkt auf Paket</li>
<li>Lieferung in 2-4 Werktage mit Sendungsverfolgung</li>
<li>Bezahlung mit Bitcoin, PayPal Freunde &amp; Familie, Western Union</li>
<li>Geld zurück Garantie wenn Paket nicht ankommt</li>
</ul>
<p>Related products: Buy Oxycodone online, Buy Xanax 2mg, Buy Adderall 30mg</p>
<p>Für Großbestellung kontaktieren Sie uns auf WhatsApp oder Telegram: +44 7700 900412</p>
</main>
<footer>&copy; 2026 Ketamin Shop Apotheke | All rights reserved | Powered by WooCommerce</footer>
""", noise="cookie-de")

p("h13111", "https://annonces-entre-particuliers.example/annonce/vends-k-qualite-pharma-envoi-toute-france-51722", "seller", True, "fr",
  "classifieds-ad-vendor-post", "Vends K qualité pharma - envoi toute France | Annonces entre particuliers", """
<header><a href="/">Annonces entre particuliers</a> <nav><a href="/deposer">Déposer une annonce</a> <a href="/recherche">Rechercher</a> <a href="/compte">Mon compte</a></nav></header>
<main>
<p class="fil"><a href="/">Accueil</a> &gt; <a href="/divers">Divers</a> &gt; <a href="/divers/autres">Autres</a></p>
<h1>Vends K qualité pharma - envoi toute France</h1>
<p class="prix">40 &euro;</p>
<p class="lieu">Lyon 7e (69007) &middot; publiée le 02/12/2026 à 23:14</p>
<div class="texte">
<p>Salut, je propose de la kétamine en cristaux, qualité pharma, testée au réactif. Pas de coupe.</p>
<p>Tarifs : 40&euro; le gramme, 180&euro; les 5g, 320&euro; les 10g. Possibilité de remise en main propre sur Lyon et Villeurbanne.</p>
<p>Envoi en lettre suivie ou colis Relais, emballage discret sous vide, rien d'écrit dessus. Réexpédition si le colis se perd.</p>
<p>Paiement en crypto (BTC, USDT) ou coupons PCS / Transcash. Pas de virement.</p>
<p>Contact uniquement sur Telegram : @k_lyon_69 ou Snap : klyon.69. Je ne réponds pas aux messages sur le site.</p>
</div>
<p class="vendeur">Particulier &middot; pseudo : lyonnais69 &middot; 1 annonce en ligne</p>
<a href="/signaler/51722">Signaler l'annonce</a>
</main>
<footer>&copy; 2026 Annonces entre particuliers &middot; <a href="/cgu">CGU</a> &middot; <a href="/conseils-securite">Conseils de sécurité</a></footer>
""", noise="cookie-fr")

p("h13112", "https://rc-winkel.example/nl/dissociatieven/2f-ketamine-pellets-50mg", "seller", True, "nl",
  "research-chemical-pellets", "2F-Ketamine (2-FDCK) pellets 50 mg kopen | RC Winkel", """
<header><a href="/nl/">RC Winkel</a> <span>Dé research chemicals webshop van Nederland</span>
<nav><a href="/nl/stimulantia">Stimulantia</a> <a href="/nl/dissociatieven">Dissociatieven</a> <a href="/nl/psychedelica">Psychedelica</a> <a href="/nl/pellets">Pellets</a> <a href="/nl/testkits">Testkits</a> <a href="/nl/winkelwagen">Winkelwagen (0)</a></nav></header>
<div class="usp">&#10003; Voor 16:00 besteld, morgen in huis &middot; &#10003; Discreet verzonden &middot; &#10003; Ook naar België en Duitsland</div>
<main>
<h1>2F-Ketamine (2-FDCK) pellets 50 mg</h1>
<p class="prijs">Vanaf &euro; 12,50</p>
<table class="staffel">
<tr><td>5 pellets</td><td>&euro; 12,50</td></tr>
<tr><td>10 pellets</td><td>&euro; 22,00</td></tr>
<tr><td>25 pellets</td><td>&euro; 47,50</td></tr>
<tr><td>50 pellets</td><td>&euro; 85,00</td></tr>
</table>
<button>In winkelwagen</button>
<h2>Productomschrijving</h2>
<p>2-Fluorodeschloroketamine, ook bekend als 2F-Ketamine of 2-FDCK, is een dissociatieve research chemical uit de familie van de arylcyclohexylamines. Het is chemisch verwant aan ketamine. Elke pellet bevat 50 mg en is voorzien van een breuklijn.</p>
<p><b>Let op:</b> dit product is uitsluitend bedoeld voor wetenschappelijk onderzoek en niet voor menselijke consumptie. Verkoop alleen aan personen van 18 jaar en ouder.</p>
<h2>Verzending en betaling</h2>
<p>Wij versturen in een neutrale brievenbusenvelop zonder afzender. Betalen kan met iDEAL, Bancontact, overschrijving of Bitcoin.</p>
<h2>Klanten kochten ook</h2>
<ul><li><a href="/nl/dissociatieven/dck-deschloroketamine-poeder">DCK poeder 1 gram</a></li><li><a href="/nl/dissociatieven/3-meo-pcp-pellets">3-MeO-PCP pellets 5 mg</a></li><li><a href="/nl/testkits/mandelin-reagens">Mandelin reagens</a></li></ul>
</main>
<footer>RC Winkel &middot; KvK-nummer op aanvraag &middot; <a href="/nl/voorwaarden">Algemene voorwaarden</a></footer>
""", noise="cookie-nl")

p("h13113", "https://classificados-brasil.example/sp/sao-paulo/saude-e-beleza/cetamina-ketamin-frasco-10ml-entrega-rapida-ID8843210", "seller", True, "pt",
  "classifieds-ad-small-vendor", "Cetamina (Ketamin) frasco 10ml - entrega rápida | Classificados Brasil", """
<header><a href="/">Classificados Brasil</a> <nav><a href="/anunciar">Anunciar grátis</a> <a href="/minha-conta">Minha conta</a> <a href="/chat">Chat</a></nav></header>
<main>
<p class="trilha"><a href="/sp">São Paulo</a> &raquo; <a href="/sp/sao-paulo">São Paulo capital</a> &raquo; <a href="/sp/sao-paulo/saude-e-beleza">Saúde e beleza</a></p>
<h1>Cetamina (Ketamin) frasco 10ml - entrega rápida</h1>
<p class="preco">R$ 120</p>
<p>Publicado em 01/12 às 19:42 &middot; Zona Sul, São Paulo &middot; Cód. 8843210</p>
<div class="descricao">
<p>Vendo Ketamin 10% frasco 10ml lacrado, original. R$ 120 a unidade, 3 por R$ 300.</p>
<p>Tenho também cetamina em pó (cristal), valor da grama R$ 90.</p>
<p>Entrego em toda SP capital e ABC. Envio por Sedex para todo o Brasil em caixa discreta, sem identificação.</p>
<p>Não precisa de receita. Pagamento no Pix ou dinheiro na entrega.</p>
<p>Chama no zap (11) 95555-0821 ou Telegram @ket_sp. Respondo rápido.</p>
</div>
<p class="anunciante">Anunciante: Rafa &middot; no site desde novembro de 2026</p>
<div class="dicas">Dicas de segurança: desconfie de preços muito abaixo do mercado e nunca faça pagamentos antecipados.</div>
</main>
<footer>&copy; 2026 Classificados Brasil &middot; <a href="/termos">Termos de uso</a> &middot; <a href="/privacidade">Privacidade</a></footer>
""", noise="cookie-pt")

p("h13114", "https://farmacia-senza-ricetta.example/it/prodotto/ketamina-cloridrato-polvere/", "seller", True, "it",
  "machine-translated-shop", "Acquista Ketamina Cloridrato Polvere Online - Farmacia Senza Ricetta", """
<header><a href="/it/">Farmacia Senza Ricetta</a>
<nav><a href="/it/">Home</a> <a href="/it/negozio/">Negozio</a> <a href="/it/antidolorifici/">Antidolorifici</a> <a href="/it/ansia/">Ansia</a> <a href="/it/depressione/">Depressione</a> <a href="/it/contatto/">Contact us</a> <a href="/it/carrello/">Carrello</a></nav></header>
<main>
<h1>Ketamina Cloridrato Polvere</h1>
<p class="price">&euro;60,00 &ndash; &euro;480,00</p>
<form><select><option>Scegli un'opzione</option><option>2 grammi</option><option>5 grammi</option><option>10 grammi</option><option>25 grammi</option></select> <button>Add to cart</button></form>
<p>Ketamina cloridrato in polvere con purezza 99%. Acquista ketamina online senza ricetta medica dal nostro negozio affidabile. La ketamina è un farmaco usato per lo più per iniziare e mantenere anestesia. Induce uno stato simile alla trance mentre fornire sollievo dal dolore, sedazione e perdita di memoria.</p>
<h2>Description</h2>
<p>Il nostro ketamina è di qualità farmaceutica e viene spedita in un imballaggio discreto senza nome del prodotto. La spedizione in Italia prende 3-5 giorni lavorativi, in Europa 5-8 giorni.</p>
<ul>
<li>Nessuna ricetta richiesta</li>
<li>Pagamento con Bitcoin, bonifico o Ricarica PostePay</li>
<li>Sconto 10% su ordini sopra 5 grammi</li>
<li>Spedizione gratuita per ordini oltre &euro;300</li>
</ul>
<h2>Reviews (12)</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; "Arrivato a Milano in 4 giorni, ottimo" &ndash; Luca</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; "Very good product, fast shipping" &ndash; Anna</p>
<h3>Related products</h3>
<p>Ketamina liquida 10ml &middot; Esketamina spray nasale &middot; Ossicodone 80mg</p>
</main>
<footer>&copy; 2026 Farmacia Senza Ricetta &middot; WhatsApp: +39 351 555 0177</footer>
""")

# ---------------------------------------------------------------- telehealth (9)

p("h13115", "https://stillwater-mind.example/", "telehealth", False, "en",
  "telehealth-startup-landing", "Stillwater Mind | At-home ketamine therapy guided by licensed clinicians", """
<header>
<a class="logo" href="/">Stillwater Mind</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/safety">Safety</a> <a href="/blog">Journal</a> <a href="/login">Log in</a> <a class="btn" href="/start">See if you qualify</a></nav>
</header>
<main>
<section class="hero">
<h1>Ketamine therapy at home, with real clinicians beside you</h1>
<p>Stillwater Mind is a new telehealth practice for adults living with depression and anxiety that hasn't responded to other treatment. Evaluation by video, medication from a licensed pharmacy, and a trained guide for every session.</p>
<a class="btn" href="/start">Book your evaluation</a>
<p class="small">Now available in California, Colorado, New York, Texas, Florida and Washington.</p>
</section>
<section class="how">
<h2>How it works</h2>
<ol>
<li><b>Intake and medical history.</b> Share your history and current medications, and complete PHQ-9 and GAD-7 screeners.</li>
<li><b>Video evaluation.</b> A 45-minute visit with a psychiatric nurse practitioner or physician licensed in your state. They review your history, your blood pressure readings and whether ketamine is safe and appropriate for you. Many people are not a fit, and that's okay.</li>
<li><b>Prescription, if appropriate.</b> If your clinician prescribes, the prescription goes to our partner 503A compounding pharmacy, which ships sublingual tablets to your home with signature required.</li>
<li><b>Guided sessions.</b> Your first session is supervised live over video. You'll need a sober support person at home. Each session includes integration work with a guide.</li>
<li><b>Follow-up.</b> Check-ins with your clinician every four weeks, and after every second session for the first month.</li>
</ol>
</section>
<section class="pricing-teaser">
<h2>Simple pricing</h2>
<p>Initial evaluation $199. If approved, the first month is $279 and includes medication, two clinician follow-ups and four guided sessions. After that, $219/month. HSA/FSA cards accepted. If you are not approved after evaluation, we refund $100 of the evaluation fee.</p>
</section>
<section class="why">
<h2>Why we started Stillwater</h2>
<p>We are two psychiatrists and a former ER nurse who watched patients wait months for an infusion chair. We launched in 2026 to make careful, evidence-based ketamine care reachable from home without cutting corners on screening.</p>
</section>
<section class="notfor">
<h2>Who we can't treat</h2>
<p>People with uncontrolled high blood pressure, a history of psychosis or mania, active substance use disorder, or who are pregnant. We will help you find other options.</p>
</section>
</main>
<footer>
<p>Stillwater Mind PC &middot; Clinical services provided by licensed clinicians in each state &middot; <a href="/privacy">Privacy</a> &middot; <a href="/hipaa">HIPAA notice</a> &middot; <a href="/terms">Terms</a></p>
<p>If you are in crisis, call or text 988 or go to your nearest emergency room.</p>
</footer>
""", noise="cookie")

p("h13116", "https://kindred-ketamine-care.example/faq", "telehealth", False, "en",
  "telehealth-faq", "Frequently asked questions | Kindred Ketamine Care", """
<nav><a href="/">Kindred</a> <a href="/program">Program</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a> <a href="/start">Get started</a></nav>
<main>
<h1>Frequently asked questions</h1>
<h3>Do I need a referral from my doctor?</h3>
<p>No referral is needed. With your permission we will contact your primary care provider or therapist so they know you are in our program.</p>
<h3>Who will I see?</h3>
<p>Every member is evaluated over video by a psychiatric nurse practitioner or psychiatrist licensed in the state where you live. You'll stay with the same clinician throughout your program whenever possible.</p>
<h3>How is the medication delivered?</h3>
<p>If your clinician decides ketamine is appropriate, they send a prescription to a licensed partner pharmacy. The pharmacy ships your medication in tamper-evident packaging and an adult must sign for it. Nothing is shipped before your clinician has evaluated you and written a prescription.</p>
<h3>How much does it cost?</h3>
<p>The initial psychiatric evaluation is $250. Membership is $199 per month and includes follow-up visits, messaging with your care team and integration sessions. Medication is billed by the pharmacy, usually $40-$90 per month.</p>
<h3>Do you take insurance?</h3>
<p>We don't bill insurance directly, but we provide superbills you can submit for out-of-network reimbursement. HSA and FSA cards are accepted.</p>
<h3>What if I'm not a good fit?</h3>
<p>Our clinicians decline about one in four people after evaluation, usually for blood pressure, heart, psychiatric or substance-use reasons. If that happens you won't be charged for membership, and we'll share referrals for other care.</p>
<h3>Which states do you serve?</h3>
<p>Currently Arizona, Colorado, Illinois, Michigan, New Jersey, Oregon and Pennsylvania.</p>
</main>
<footer>&copy; 2026 Kindred Ketamine Care &middot; Medical services provided by Kindred Medical Group, P.C.</footer>
""")

p("h13117", "https://stillwater-mind.example/clinicians", "telehealth", False, "en",
  "telehealth-prescriber-roster", "Our clinicians | Stillwater Mind", """
<nav><a href="/">Stillwater Mind</a> <a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/start">See if you qualify</a></nav>
<main>
<h1>Meet our clinicians</h1>
<p>Every Stillwater member is evaluated and followed by a licensed prescriber. Our guides are trained facilitators who work under clinical supervision.</p>
<div class="person"><h2>Dr. Leah Okafor, MD</h2><p>Medical Director &middot; Board-certified in Psychiatry (ABPN)</p><p>Licensed in CA, NY, WA. Leah spent nine years running an inpatient mood disorders unit before co-founding Stillwater.</p></div>
<div class="person"><h2>Dr. Samuel Reyes, MD</h2><p>Co-founder &middot; Board-certified in Psychiatry</p><p>Licensed in TX, FL, CO. Speaks English and Spanish.</p></div>
<div class="person"><h2>Priya Natarajan, PMHNP-BC</h2><p>Psychiatric Nurse Practitioner</p><p>Licensed in CA and WA. Special interest in postpartum and perimenopausal depression.</p></div>
<div class="person"><h2>Marcus Hill, PMHNP-BC</h2><p>Psychiatric Nurse Practitioner</p><p>Licensed in NY, FL and TX. Former emergency department nurse.</p></div>
<div class="person"><h2>Jenna Walsh, LMFT</h2><p>Lead Integration Guide</p><p>Licensed marriage and family therapist (CA). Trains and supervises our guide team.</p></div>
<p>Verify any clinician's license through your state's medical or nursing board website.</p>
</main>
<footer>Stillwater Mind PC &middot; If you are in crisis, call or text 988.</footer>
""")

p("h13118", "https://lumen-telepsych.example/ketamine/eligibility", "telehealth", False, "en",
  "telehealth-eligibility-plain-text", "Eligibility | Lumen Telepsychiatry", """
Who is eligible for ketamine treatment at Lumen?
Adults 21-70 in Massachusetts, Connecticut and Rhode Island with a diagnosis of depression, PTSD or anxiety who have tried at least two prior treatments.
Your first appointment is a 60-minute video visit with one of our board-certified psychiatrists. We do not prescribe ketamine on the basis of a questionnaire alone, and we may ask for records from your previous providers and a recent blood pressure reading before a decision.
If ketamine is prescribed, your prescription is filled by our partner pharmacy and delivered to your home. First sessions are monitored by video.
""", ext="txt")

p("h13119", "https://brightpath-virtual-psychiatry.example/services/treatment-resistant-depression", "telehealth", False, "en",
  "virtual-psychiatry-referral", "Treatment-Resistant Depression | BrightPath Virtual Psychiatry", """
<header><a href="/">BrightPath Virtual Psychiatry</a>
<nav><a href="/services">Services</a> <a href="/insurance">Insurance</a> <a href="/providers">Providers</a> <a href="/locations">States we serve</a> <a href="/book">Book online</a></nav></header>
<main>
<h1>Treatment-resistant depression</h1>
<p>If you've tried two or more antidepressants and still feel stuck, you're not alone. About a third of people with depression don't get enough relief from their first treatments. BrightPath psychiatrists and nurse practitioners see patients by secure video in Georgia, North Carolina, South Carolina and Tennessee.</p>
<h2>What we offer</h2>
<ul>
<li>A full psychiatric evaluation by video (60 minutes), usually within a week</li>
<li>Medication optimization and augmentation strategies</li>
<li>Pharmacogenomic testing where it may help</li>
<li>Coordination with your therapist and primary care provider</li>
</ul>
<h2>Spravato (esketamine)</h2>
<p>Spravato is a nasal spray approved for treatment-resistant depression. It must be taken at a REMS-certified treatment center, where you are observed for at least two hours after each dose, so it can't be prescribed for home use.</p>
<p>If your BrightPath clinician thinks esketamine is right for you, we refer you to one of our partner certified centers near you and handle the prior authorization with your insurance. Your BrightPath clinician continues to manage your other medications by video.</p>
<h2>Insurance</h2>
<p>We are in network with most major plans, including Blue Cross Blue Shield, Aetna, Cigna, UnitedHealthcare and Tricare. Typical copay for a follow-up visit is $20-$50.</p>
<a class="btn" href="/book?service=trd">Book an evaluation</a>
</main>
<footer>&copy; 2026 BrightPath Virtual Psychiatry, LLC &middot; <a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></footer>
""")

p("h13120", "https://calma-salud-virtual.example/es/terapia-con-ketamina", "telehealth", False, "es",
  "telehealth-spanish-us", "Terapia con ketamina desde casa | Calma Salud Virtual", """
<header><a href="/es/">Calma Salud Virtual</a>
<nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/precios">Precios</a> <a href="/es/equipo-medico">Equipo médico</a> <a href="/es/preguntas">Preguntas frecuentes</a> <a href="/">English</a> <a class="btn" href="/es/empezar">Empezar</a></nav></header>
<main>
<h1>Terapia con ketamina desde casa, en español</h1>
<p>Calma es un servicio de telemedicina para adultos hispanohablantes que viven en Texas, California, Florida y Arizona. Atendemos depresión y ansiedad que no han mejorado con otros tratamientos.</p>
<h2>¿Cómo funciona?</h2>
<ol>
<li>Llene su historial médico en línea.</li>
<li>Tenga una consulta por videollamada de 50 minutos con un médico o enfermera practicante con licencia en su estado. Evaluamos su salud, sus medicamentos actuales y su presión arterial.</li>
<li>Si el tratamiento es adecuado para usted, su clínico envía la receta a nuestra farmacia asociada con licencia, que le manda las tabletas a su casa.</li>
<li>Su primera sesión se hace acompañada por videollamada, y tendrá seguimiento cada mes.</li>
</ol>
<p>No todas las personas califican. Si la ketamina no es para usted, le ayudamos a encontrar otras opciones.</p>
<h2>Precios</h2>
<p>Consulta inicial: $180. Programa mensual: $229 (incluye medicamento, dos citas de seguimiento y acompañamiento). Aceptamos tarjetas HSA/FSA.</p>
<a class="btn" href="/es/empezar">Agende su consulta</a>
</main>
<footer>Calma Salud Virtual &middot; Servicios médicos prestados por profesionales con licencia en cada estado &middot; Si está en crisis, llame o envíe un texto al 988 (opción en español).</footer>
""", noise="cookie-es")

p("h13121", "https://psychiatrie-videosprechstunde.example/behandlungen/esketamin", "telehealth", False, "de",
  "virtual-psychiatry-referral", "Esketamin-Nasenspray: Beratung per Videosprechstunde | PsychOnline Praxis", """
<header><a href="/">PsychOnline Praxis</a> <span>Privatärztliche Psychiatrie per Video</span>
<nav><a href="/leistungen">Leistungen</a> <a href="/behandlungen/esketamin">Esketamin</a> <a href="/kosten">Kosten</a> <a href="/team">Team</a> <a href="/termin">Termin buchen</a></nav></header>
<main>
<h1>Esketamin bei therapieresistenter Depression</h1>
<p>Esketamin (Spravato&reg;) ist als Nasenspray für Erwachsene mit therapieresistenter Depression zugelassen, wenn mindestens zwei Antidepressiva keine ausreichende Wirkung gezeigt haben. Die Anwendung erfolgt immer unter ärztlicher Aufsicht in einer Praxis oder Klinik; eine Abgabe zur Anwendung zu Hause ist nicht möglich.</p>
<h2>Unser Angebot</h2>
<p>In unserer Videosprechstunde prüft eine Fachärztin für Psychiatrie und Psychotherapie, ob eine Esketamin-Behandlung für Sie in Frage kommt. Dazu gehören eine ausführliche Anamnese, die Sichtung Ihrer bisherigen Befunde und Medikamente sowie Fragen zu Blutdruck und Vorerkrankungen.</p>
<p>Kommt eine Behandlung in Betracht, überweisen wir Sie an eine unserer Kooperationspraxen in Hamburg, Berlin, Köln oder München, in der die Anwendung und Überwachung stattfindet. Die weitere Begleitung und Medikamenteneinstellung kann per Video bei uns erfolgen.</p>
<h2>Kosten</h2>
<p>Erstgespräch (50 Minuten) nach GOÄ: ca. 120 &euro;. Private Krankenversicherungen erstatten die Kosten in der Regel. Gesetzlich Versicherte erhalten eine Rechnung als Selbstzahler.</p>
<h2>Ihre Ärztinnen</h2>
<p>Dr. med. Katrin Albers, Fachärztin für Psychiatrie und Psychotherapie &middot; Dr. med. Jonas Pfeiffer, Facharzt für Psychiatrie und Psychotherapie</p>
<a class="btn" href="/termin">Videotermin buchen</a>
</main>
<footer>PsychOnline Praxis &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; In akuten Krisen: Telefonseelsorge 0800 111 0 111 oder Notruf 112</footer>
""", noise="cookie-de")

p("h13122", "https://viva-telepsiquiatria.example/escetamina-depressao-resistente", "telehealth", False, "pt",
  "virtual-psychiatry-referral", "Escetamina para depressão resistente: avaliação por teleconsulta | Viva Telepsiquiatria", """
<header><a href="/">Viva Telepsiquiatria</a>
<nav><a href="/como-funciona">Como funciona</a> <a href="/especialistas">Especialistas</a> <a href="/valores">Valores</a> <a href="/agendar">Agendar consulta</a></nav></header>
<main>
<h1>Escetamina para depressão resistente</h1>
<p>A escetamina em spray nasal é indicada para adultos com depressão que não melhoraram com pelo menos dois antidepressivos. Pela regulamentação da Anvisa, a aplicação deve ser feita em serviço de saúde, com observação do paciente por cerca de duas horas.</p>
<h2>Como a Viva pode ajudar</h2>
<p>Na teleconsulta com um de nossos psiquiatras, avaliamos seu histórico, os tratamentos já feitos e se há contraindicações. Se a escetamina for indicada, você é encaminhado para uma clínica parceira perto de você (São Paulo, Campinas, Curitiba, Belo Horizonte ou Porto Alegre) para as aplicações. O acompanhamento psiquiátrico continua on-line conosco.</p>
<h2>Nossos psiquiatras</h2>
<p>Dra. Fernanda Lima (CRM-SP 145.221) &middot; Dr. Thiago Moreira (CRM-PR 38.904) &middot; Dra. Camila Rocha (CRM-MG 71.552)</p>
<h2>Valores</h2>
<p>Teleconsulta psiquiátrica: R$ 450. Retorno em até 30 dias: R$ 300. Emitimos recibo para reembolso do plano de saúde.</p>
<a class="btn" href="/agendar">Agendar teleconsulta</a>
</main>
<footer>Viva Telepsiquiatria &middot; Responsável técnica: Dra. Fernanda Lima, CRM-SP 145.221 &middot; Em caso de crise, ligue 188 (CVV).</footer>
""", noise="cookie-pt")

p("h13123", "https://kindred-ketamine-care.example/checkout/membership", "telehealth", False, "en",
  "telehealth-checkout-partial", "Checkout | Kindred Ketamine Care", """
<div class="checkout">
<h1>Complete your enrollment</h1>
<section class="summary">
<h2>Order summary</h2>
<table>
<tr><td>Initial psychiatric evaluation (video, 60 min)</td><td>$250.00</td></tr>
<tr><td>Kindred Core membership &ndash; first month</td><td>$199.00</td></tr>
<tr><td>Promo code WELCOME50</td><td>-$50.00</td></tr>
<tr><td><b>Due today</b></td><td><b>$399.00</b></td></tr>
</table>
<p class="note">Your membership only starts if your clinician approves you for treatment after the evaluation. If not, the membership charge is refunded in full. Medication is billed separately by our partner pharmacy and is only shipped after your clinician writes a prescription.</p>
</section>
<section class="payment">
<h2>Payment</h2>
<label>Card number <input></label> <label>Expiry <input></label> <label>CVC <input></label>
<p>We accept Visa, Mastercard, Amex and HSA/FSA cards.</p>
<label><input type="checkbox"> I agree to the Telehealth Informed Consent and Terms of Membership</label>
<button>Pay and schedule my evaluation</button>
</section>
""")

# ---------------------------------------------------------------- clinics (8)

p("h13124", "https://holmketaminemedicine.example/", "clinic", False, "en",
  "one-doctor-practice", "Anita Holm, MD | Ketamine Infusions in Bend, Oregon", """
<header>
<h1 class="site-title">Anita Holm, MD</h1>
<p class="tagline">Ketamine infusion therapy &middot; Bend, Oregon</p>
<nav><a href="/">Home</a> <a href="/about">About Dr. Holm</a> <a href="/treatment">Treatment</a> <a href="/fees">Fees</a> <a href="/referrals">For referring providers</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<h2>Welcome</h2>
<p>I'm a board-certified anesthesiologist, and after twenty years in operating rooms at St. Andrew's I opened this small practice to offer ketamine infusions for depression, PTSD and chronic pain. I see every patient myself, from the first consultation to the last infusion. There's no call centre and no sales team &ndash; when you call, you'll reach me or Carol, our nurse.</p>
<h2>What to expect</h2>
<p>Your first visit is a one-hour consultation in the office. We'll go over your history, current medications and goals, and I'll ask for notes from your psychiatrist or therapist. If ketamine makes sense for you, a typical first series is six infusions over two to three weeks.</p>
<p>Each infusion lasts about 40 minutes in a private, quiet room with a recliner, blanket and music of your choice. Your blood pressure, heart rate and oxygen are monitored throughout, and you rest for 30 minutes afterward. You'll need someone to drive you home.</p>
<h2>Fees</h2>
<ul>
<li>Consultation: $150 (applied to your first infusion if you go ahead)</li>
<li>Single infusion: $475</li>
<li>Series of six infusions, paid in advance: $2,600</li>
<li>Booster infusion: $425</li>
</ul>
<p>We don't bill insurance, but I provide a superbill. HSA and FSA cards and CareCredit are accepted.</p>
<p><a class="button" href="/contact#book">Book a consultation</a></p>
</main>
<footer>
<p>Anita Holm, MD, PC &middot; 1120 NW Wall Street, Suite 4, Bend, OR 97703 &middot; Phone (541) 555-0166 &middot; Fax for referrals (541) 555-0167</p>
<p>Office hours Monday-Thursday 8am-4pm. This site is not for emergencies. If you are in crisis, call 988.</p>
</footer>
""")

p("h13125", "https://lakeshore-ketamine-centers.example/locations/grand-rapids", "clinic", False, "en",
  "regional-chain-location-nav-heavy", "Ketamine Clinic in Grand Rapids, MI | Lakeshore Ketamine Centers", """
<header>
<div class="topbar">Call (616) 555-0148 &middot; <a href="/patient-portal">Patient portal</a> &middot; <a href="/pay-my-bill">Pay my bill</a> &middot; <a href="/careers">Careers</a></div>
<a class="logo" href="/">Lakeshore Ketamine Centers</a>
<nav>
<ul>
<li><a href="/treatments">Treatments</a><ul><li><a href="/treatments/ketamine-infusion-depression">Ketamine for depression</a></li><li><a href="/treatments/ketamine-ptsd">Ketamine for PTSD</a></li><li><a href="/treatments/ketamine-chronic-pain">Ketamine for chronic pain</a></li><li><a href="/treatments/spravato">Spravato (esketamine)</a></li><li><a href="/treatments/ketamine-assisted-psychotherapy">Ketamine-assisted psychotherapy</a></li></ul></li>
<li><a href="/locations">Locations</a><ul><li><a href="/locations/grand-rapids">Grand Rapids, MI</a></li><li><a href="/locations/kalamazoo">Kalamazoo, MI</a></li><li><a href="/locations/lansing">Lansing, MI</a></li><li><a href="/locations/holland">Holland, MI</a></li><li><a href="/locations/traverse-city">Traverse City, MI</a></li><li><a href="/locations/south-bend">South Bend, IN</a></li></ul></li>
<li><a href="/pricing">Pricing</a></li>
<li><a href="/insurance">Insurance &amp; financing</a></li>
<li><a href="/about">About</a><ul><li><a href="/about/our-team">Our team</a></li><li><a href="/about/safety">Safety</a></li><li><a href="/about/research">Research</a></li></ul></li>
<li><a href="/referring-providers">Referring providers</a></li>
<li><a class="btn" href="/book?location=grand-rapids">Book now</a></li>
</ul>
</nav>
</header>
<main>
<h1>Lakeshore Ketamine Centers &ndash; Grand Rapids</h1>
<p class="address">2450 East Beltline Ave SE, Suite 210, Grand Rapids, MI 49546 &middot; Mon-Fri 7:30am-5pm, Sat 8am-12pm</p>
<p>Our Grand Rapids center offers IV ketamine infusions and Spravato treatment in six private suites. Infusions are administered by CRNAs and overseen by our medical director, Dr. Paul Vanderveen, MD. New patients start with a consultation with one of our nurse practitioners.</p>
<h2>Pricing at this location</h2>
<ul><li>Consultation: $99</li><li>IV ketamine infusion (depression/PTSD): $450</li><li>Initial series of six: $2,400</li><li>Chronic pain infusion (up to 4 hours): $750</li><li>Spravato: billed to insurance</li></ul>
<p>A $100 deposit is collected when you book and applied to your first visit.</p>
<h2>What our patients say</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; "Staff were kind and explained everything. I feel lighter than I have in years." &ndash; Google review</p>
<a class="btn" href="/book?location=grand-rapids">Book now</a> <a class="btn-outline" href="tel:+16165550148">Call the center</a>
</main>
<footer>
<div class="cols">
<div><h4>Treatments</h4><a href="/treatments/ketamine-infusion-depression">Depression</a> <a href="/treatments/ketamine-ptsd">PTSD</a> <a href="/treatments/ketamine-chronic-pain">Chronic pain</a> <a href="/treatments/spravato">Spravato</a></div>
<div><h4>Locations</h4><a href="/locations/grand-rapids">Grand Rapids</a> <a href="/locations/kalamazoo">Kalamazoo</a> <a href="/locations/lansing">Lansing</a> <a href="/locations/holland">Holland</a> <a href="/locations/traverse-city">Traverse City</a> <a href="/locations/south-bend">South Bend</a></div>
<div><h4>Patients</h4><a href="/new-patients">New patients</a> <a href="/forms">Forms</a> <a href="/patients/billing">Billing</a> <a href="/faq">FAQ</a> <a href="/gift-cards">Gift cards</a></div>
<div><h4>Company</h4><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/news">News</a> <a href="/contact">Contact</a></div>
</div>
<p>&copy; 2026 Lakeshore Ketamine Centers, PLLC &middot; <a href="/privacy">Privacy</a> &middot; <a href="/notice-of-privacy-practices">Notice of privacy practices</a></p>
</footer>
""", noise="cookie")

p("h13126", "https://riverbend-psychiatry.example/spravato", "clinic", False, "en",
  "spravato-rems-centre", "Spravato (esketamine) Treatment | Riverbend Psychiatry Associates", """
<nav><a href="/">Riverbend Psychiatry Associates</a> <a href="/services">Services</a> <a href="/spravato">Spravato</a> <a href="/tms">TMS</a> <a href="/providers">Providers</a> <a href="/new-patients">New patients</a> <a href="/contact">Contact</a></nav>
<main>
<h1>Spravato&reg; (esketamine) nasal spray</h1>
<p>Riverbend Psychiatry Associates is a REMS-certified Spravato treatment center. We offer Spravato for adults with treatment-resistant depression and for depressive symptoms with acute suicidal thoughts or actions, alongside an oral antidepressant.</p>
<h2>What a treatment day looks like</h2>
<p>You'll self-administer the nasal spray in our treatment room under the direct supervision of one of our nurses. Afterward you stay with us for at least two hours while we monitor your blood pressure and how you're feeling. Most people relax, listen to music or rest. You cannot drive until the next day after a good night's sleep, so please arrange a ride.</p>
<p>The usual schedule is twice a week for the first four weeks, then weekly, then weekly or every two weeks as maintenance.</p>
<h2>Insurance</h2>
<p>Most commercial plans, Medicare and Michigan Medicaid cover Spravato with prior authorization. Our benefits coordinator will verify your coverage and handle the paperwork. The manufacturer's savings program may reduce your out-of-pocket cost for the medication.</p>
<h2>Getting started</h2>
<p>Current Riverbend patients can ask their psychiatrist. If you are new to us, your psychiatrist or primary care provider can fax a referral to (517) 555-0192, or you can call us to schedule an evaluation.</p>
</main>
<footer>Riverbend Psychiatry Associates &middot; 330 River Street, Lansing, MI &middot; (517) 555-0190</footer>
""")

p("h13127", "https://lakeshore-ketamine-centers.example/patients/billing", "clinic", False, "en",
  "clinic-billing-plain-text", "Billing & payments | Lakeshore Ketamine Centers", """
Billing & payments
A $100 deposit is collected when you schedule your first visit and applied to that visit. You can pay your balance online through the patient portal, by phone, or at the front desk.
We accept all major cards, HSA/FSA cards and CareCredit. Infusion packages must be paid before the first infusion in the series. Unused package infusions are refundable for 12 months.
Cancellations with less than 48 hours' notice are charged $150. Questions? Call our billing office at (616) 555-0149, Monday-Friday 8am-4pm.
""", ext="txt")

p("h13128", "https://chu-valdeloire.example/patients/offre-de-soins/psychiatrie/ketamine-depression-resistante", "clinic", False, "fr",
  "hospital-department", "Kétamine intraveineuse dans la dépression résistante - Pôle de psychiatrie - CHU du Val-de-Loire", """
<header><a href="/">CHU du Val-de-Loire</a>
<nav><a href="/patients">Patients et visiteurs</a> <a href="/offre-de-soins">Offre de soins</a> <a href="/professionnels">Professionnels de santé</a> <a href="/recherche">Recherche</a> <a href="/recrutement">Nous rejoindre</a> <a href="/rdv">Prendre rendez-vous</a></nav></header>
<main>
<p class="ariane">Accueil &gt; Offre de soins &gt; Pôle de psychiatrie &gt; Kétamine et dépression résistante</p>
<h1>Kétamine intraveineuse dans la dépression résistante</h1>
<p>L'unité de neuromodulation et de thérapeutiques innovantes du pôle de psychiatrie propose, en hôpital de jour, des perfusions de kétamine à faible dose pour les patients adultes souffrant d'un épisode dépressif caractérisé résistant à au moins deux traitements antidépresseurs bien conduits.</p>
<h2>Déroulement</h2>
<p>Après une consultation d'évaluation avec un psychiatre de l'unité, le traitement comprend habituellement six perfusions de 40 minutes sur trois semaines. Chaque séance se déroule dans une chambre individuelle, sous surveillance infirmière et médicale (tension artérielle, fréquence cardiaque, saturation). Le patient reste environ deux heures dans le service et doit être raccompagné.</p>
<p>L'unité est également centre de traitement pour l'eskétamine en pulvérisation nasale (Spravato&reg;).</p>
<h2>Comment être adressé ?</h2>
<p>Les demandes sont faites par le psychiatre traitant ou le médecin généraliste, à l'aide du formulaire d'adressage disponible dans l'espace Professionnels, par messagerie sécurisée ou par courrier.</p>
<h2>Prise en charge</h2>
<p>Les séances en hôpital de jour sont prises en charge par l'Assurance maladie dans les conditions habituelles. Pensez à apporter votre carte Vitale et votre carte de mutuelle.</p>
<h2>Contact</h2>
<p>Secrétariat de l'unité : 02 47 55 01 38, du lundi au vendredi de 9h à 16h30. Bâtiment B, 2e étage.</p>
</main>
<footer>CHU du Val-de-Loire &middot; <a href="/mentions-legales">Mentions légales</a> &middot; <a href="/accessibilite">Accessibilité</a></footer>
""", noise="cookie-fr")

p("h13129", "https://praktijk-delta-ggz.example/behandelingen/esketamine", "clinic", False, "nl",
  "mental-health-practice", "Esketamine-neusspray bij therapieresistente depressie | Praktijk Delta", """
<header><a href="/">Praktijk Delta</a> <span>Specialistische GGZ in Rotterdam</span>
<nav><a href="/behandelingen">Behandelingen</a> <a href="/aanmelden">Aanmelden</a> <a href="/wachttijden">Wachttijden</a> <a href="/team">Team</a> <a href="/kosten-en-vergoeding">Kosten en vergoeding</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Esketamine-neusspray</h1>
<p>Praktijk Delta biedt behandeling met esketamine-neusspray voor volwassenen met een depressie waarbij minstens twee antidepressiva onvoldoende hebben geholpen. De behandeling vindt plaats op onze locatie aan de Westersingel.</p>
<h2>Hoe gaat de behandeling?</h2>
<p>U dient de neusspray zelf toe in de behandelkamer, onder toezicht van onze verpleegkundige. Daarna blijft u ongeveer twee uur bij ons zodat we uw bloeddruk en welbevinden kunnen controleren. U mag die dag niet zelf autorijden. In de eerste vier weken komt u twee keer per week, daarna minder vaak.</p>
<p>Naast de neusspray blijft u een antidepressivum gebruiken en heeft u regelmatig gesprekken met uw psychiater.</p>
<h2>Aanmelden</h2>
<p>U heeft een verwijzing nodig van uw huisarts of behandelend psychiater. Na de aanmelding volgt een intakegesprek met een van onze psychiaters.</p>
<h2>Vergoeding</h2>
<p>De behandeling valt onder de basisverzekering. Uw eigen risico is van toepassing. Wij hebben contracten met de meeste zorgverzekeraars.</p>
</main>
<footer>Praktijk Delta &middot; Westersingel 62, Rotterdam &middot; 010 555 0183 &middot; <a href="/privacy">Privacyverklaring</a> &middot; <a href="/klachten">Klachtenregeling</a></footer>
""", noise="cookie-nl")

p("h13130", "https://centromedico-sanluca.example/servizi/terapia-ketamina-depressione-resistente", "clinic", False, "it",
  "private-clinic-prices", "Terapia con ketamina per la depressione resistente - Centro Medico San Luca, Bologna", """
<header><a href="/">Centro Medico San Luca</a> <span>Poliambulatorio privato &middot; Bologna</span>
<nav><a href="/specialita">Specialità</a> <a href="/servizi">Servizi</a> <a href="/medici">I nostri medici</a> <a href="/convenzioni">Convenzioni</a> <a href="/prenota">Prenota online</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Terapia con ketamina per la depressione resistente</h1>
<p>Il nostro centro offre cicli di infusione endovenosa di ketamina a basso dosaggio per pazienti adulti con depressione che non hanno risposto ad almeno due antidepressivi. Il trattamento viene eseguito in ambulatorio, in una stanza dedicata, da un medico anestesista in collaborazione con lo psichiatra che segue il paziente.</p>
<h2>Come si svolge</h2>
<p>Il percorso inizia con una visita psichiatrica e una valutazione anestesiologica. Il ciclo standard prevede sei infusioni in tre settimane. Durante ogni seduta (circa 40 minuti) vengono monitorati pressione, frequenza cardiaca e saturazione; il paziente resta in osservazione circa un'ora e non può guidare per il resto della giornata.</p>
<h2>Costi</h2>
<ul>
<li>Prima visita psichiatrica: 180 &euro;</li>
<li>Valutazione anestesiologica: 120 &euro;</li>
<li>Singola infusione: 350 &euro;</li>
<li>Ciclo di 6 infusioni: 1.950 &euro;</li>
</ul>
<p>Le prestazioni sono detraibili come spese sanitarie. Convenzioni con alcuni fondi sanitari integrativi.</p>
<h2>Prenotazioni</h2>
<p>Prenota online, chiama lo 051 555 0174 oppure scrivici su WhatsApp al 345 555 0129 (lun-ven 8-19).</p>
</main>
<footer>Centro Medico San Luca srl &middot; Via Saragozza 88, Bologna &middot; Direttore sanitario Dott. Marco Bellini &middot; P.IVA 03918270374</footer>
""")

p("h13131", "https://clinica-aurora-madrid.example/tratamientos/ketamina-depresion", "clinic", False, "es",
  "private-clinic-prices", "Tratamiento con ketamina para la depresión en Madrid | Clínica Aurora", """
<header><a href="/">Clínica Aurora</a> <span>Psiquiatría y salud mental &middot; Madrid</span>
<nav><a href="/tratamientos">Tratamientos</a> <a href="/equipo">Equipo</a> <a href="/precios">Precios</a> <a href="/blog">Blog</a> <a href="/contacto">Contacto</a> <a class="btn" href="/cita">Pedir cita</a></nav></header>
<main>
<h1>Tratamiento con ketamina para la depresión resistente</h1>
<p>En Clínica Aurora aplicamos ketamina intravenosa a dosis bajas en pacientes con depresión resistente, trastorno bipolar en fase depresiva e ideación suicida persistente, siempre tras una valoración por uno de nuestros psiquiatras.</p>
<h2>¿Cómo es una sesión?</h2>
<p>La infusión dura unos 40 minutos y se realiza en una sala individual, con monitorización continua por parte de enfermería y supervisión de un médico anestesista. Después permanecerá en la clínica alrededor de una hora. Le recomendamos venir acompañado y no conducir ese día.</p>
<h2>Precios</h2>
<ul>
<li>Primera consulta de psiquiatría: 150 &euro;</li>
<li>Sesión de ketamina intravenosa: 390 &euro;</li>
<li>Bono de 6 sesiones: 2.100 &euro;</li>
</ul>
<p>Algunas aseguradoras privadas cubren parte del tratamiento; consúltenos.</p>
<h2>Pide tu cita</h2>
<p>Llámanos al 91 555 02 17 o escríbenos por WhatsApp al 644 555 190. Calle de Príncipe de Vergara 104, 28002 Madrid.</p>
</main>
<footer>Clínica Aurora &middot; Centro sanitario autorizado por la Comunidad de Madrid (CS13477) &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

# ---------------------------------------------------------------- informational (9)

p("h13132", "https://thevalleycourier.example/news/crime/2026/11/18/police-seize-ketamine-cash-eastside-raid", "informational", False, "en",
  "local-newspaper-crime", "Police seize ketamine, cash in Eastside raid; man charged with intent to distribute | The Valley Courier", """
<header>
<a class="masthead" href="/">The Valley Courier</a>
<nav><a href="/news">News</a> <a href="/news/crime">Crime</a> <a href="/sports">Sports</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/obituaries">Obituaries</a> <a href="/classifieds">Classifieds</a> <a class="sub" href="/subscribe">Subscribe $1 for 3 months</a></nav>
</header>
<article>
<h1>Police seize ketamine, cash in Eastside raid; man charged with intent to distribute</h1>
<p class="byline">By Dana Whitfield, Staff Writer &middot; Nov. 18, 2026, 6:12 p.m.</p>
<p>A 27-year-old man faces felony drug charges after officers found about 300 grams of ketamine, digital scales and more than $11,000 in cash at an apartment on Eastside Drive on Monday, according to the Millbrook Police Department.</p>
<p>Detectives said the investigation began in September after an anonymous tip about ads on a classifieds app offering "K crystal" with "same day local meetup." Investigators say the seller also took orders through a Telegram account and shipped small packages to buyers in other states.</p>
<p>Lt. Ray Castillo said undercover officers bought ketamine from the man three times, paying $80 per gram. "These ads look harmless, but people have no idea what they're actually getting," Castillo said. "We've seen ketamine cut with other substances."</p>
<p>Police said the ketamine appeared to be diverted veterinary product that had been dried into powder. The department is working with federal authorities to determine its source.</p>
<p>The man was booked into the Harlan County Jail on charges of possession with intent to distribute a Schedule III controlled substance and maintaining a drug-involved premises. His bond was set at $50,000. He is due in court Dec. 3.</p>
<p>Ketamine is approved as an anesthetic and is used in some clinics to treat depression, but it is illegal to sell or possess without a prescription. Emergency room doctors at Valley General told the Courier they have seen a rise in ketamine-related visits among people in their 20s over the past year.</p>
<p>Anyone with information can call the department's tip line at (555) 555-0110.</p>
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/news/2026/10/30/valley-general-er-visits">Valley General sees rise in ER visits tied to party drugs</a></li><li><a href="/news/2026/09/12/ketamine-clinic-opens-downtown">New ketamine clinic opens downtown</a></li></ul></aside>
<footer>&copy; 2026 The Valley Courier &middot; <a href="/contact">Contact the newsroom</a> &middot; <a href="/terms">Terms of use</a></footer>
""", noise="cookie")

p("h13133", "https://maplestreetpharmacy.example/blog/spravato-and-ketamine-your-questions-answered", "informational", False, "en",
  "community-pharmacy-blog", "Spravato and ketamine: your questions answered | Maple Street Pharmacy", """
<header><a href="/">Maple Street Pharmacy</a> <span>Your neighborhood pharmacy since 1978</span>
<nav><a href="/refills">Refill a prescription</a> <a href="/services">Services</a> <a href="/compounding">Compounding</a> <a href="/vaccines">Vaccines</a> <a href="/blog">Blog</a> <a href="/contact">Hours &amp; location</a></nav></header>
<article>
<h1>Spravato and ketamine: your questions answered</h1>
<p class="meta">Posted by Linda Park, PharmD &middot; October 6, 2026</p>
<p>Lately we've been getting a lot of questions at the counter about ketamine and Spravato for depression. Here are answers to the most common ones.</p>
<h2>Can I fill my Spravato prescription here and use it at home?</h2>
<p>No. Spravato can only be dispensed to, and used at, a certified treatment center, where a health care provider watches you for at least two hours after each dose. Your doctor's office will arrange it with a specialty pharmacy. We're happy to check for interactions with your other medicines, though.</p>
<h2>Do you compound ketamine?</h2>
<p>Our compounding lab prepares some ketamine products, such as topical pain creams, but only with a valid prescription from a prescriber who is treating you. Ketamine is a Schedule III controlled substance, and we are required to verify every prescription.</p>
<h2>I saw a website selling ketamine without a prescription. Is it safe?</h2>
<p>Please don't use it. Websites that sell controlled substances without a prescription are operating illegally, and there is no way to know what is actually in the product. If you're interested in ketamine treatment, talk to your doctor or a psychiatrist about a clinic or a licensed telehealth provider. You can check whether an online pharmacy is legitimate on the state board of pharmacy website.</p>
<h2>Questions?</h2>
<p>Stop by or call us at (555) 555-0137. Our pharmacists are available Monday-Saturday.</p>
</article>
<footer>Maple Street Pharmacy &middot; 214 Maple Street, Hartwell &middot; Licensed by the State Board of Pharmacy, license #PH-00812</footer>
""")

p("h13134", "https://psychiatry.northfield-university.example/research/rapid-antidepressant-lab/current-studies", "informational", False, "en",
  "university-lab-trial", "Current studies | Rapid-Acting Antidepressant Lab | Department of Psychiatry | Northfield University", """
<header><a href="/">Northfield University &middot; Department of Psychiatry</a>
<nav><a href="/research">Research</a> <a href="/education">Education</a> <a href="/clinical-care">Clinical care</a> <a href="/faculty">Faculty</a> <a href="/news">News</a> <a href="/give">Give</a></nav></header>
<main>
<h1>Rapid-Acting Antidepressant Lab: current studies</h1>
<p>The lab, led by Professor Helen Marsh, MD, PhD, studies how ketamine and related compounds produce fast antidepressant effects and who is most likely to benefit.</p>
<h2>KETA-SLEEP: Ketamine, sleep and mood (recruiting)</h2>
<p>We are looking for adults aged 21-60 with major depression who have not improved with at least two antidepressants. Participants receive two infusions (ketamine or an active placebo, midazolam) at the Northfield Clinical Research Unit and wear a sleep monitor at home for two weeks. Participants are compensated up to $600.</p>
<p>IRB protocol #2025-0418 &middot; ClinicalTrials.gov NCT07214533.</p>
<h2>K-IMAGE: Brain imaging after a single infusion (closed to enrollment)</h2>
<p>Results were presented at the 2026 annual meeting and a manuscript is under review.</p>
<h2>How to take part</h2>
<p>Complete our confidential screening form or call the study coordinator, Ben Ortiz, at (555) 555-0161. Participation is voluntary and will not affect your care at Northfield Health.</p>
</main>
<footer>&copy; 2026 Northfield University &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h13135", "https://saferparty-collective.example/drugs/ketamine", "informational", False, "en",
  "harm-reduction", "Ketamine | SaferParty Collective", """
<nav><a href="/">SaferParty Collective</a> <a href="/drugs">Drug info</a> <a href="/combos">Combinations</a> <a href="/drug-checking">Drug checking</a> <a href="/volunteer">Volunteer</a> <a href="/donate">Donate</a></nav>
<main>
<h1>Ketamine</h1>
<p class="lead">Also called K, ket, special K, kitty. A dissociative anaesthetic that is also used in medicine.</p>
<h2>Effects</h2>
<p>Feeling detached from your body and surroundings, floaty or numb, changes in vision and sense of time. At higher amounts people can become unable to move or talk (a "K-hole"). Effects usually come on within 5-15 minutes when snorted and last about an hour.</p>
<h2>Risks</h2>
<ul>
<li>Accidents: you may not feel pain and can fall, get hurt or drown.</li>
<li>Mixing with alcohol, GHB/GBL, benzos or opioids increases the risk of vomiting, passing out and breathing problems.</li>
<li>Regular use can cause serious bladder damage (pain, needing to pee often, blood in urine). If you notice these, stop and see a doctor &ndash; it can get better if caught early.</li>
<li>Tolerance builds quickly and some people become dependent.</li>
</ul>
<h2>If you choose to use</h2>
<ul>
<li>Get your substance tested. Powders sold as ketamine sometimes contain other dissociatives like 2-FDCK or other drugs entirely.</li>
<li>Start low and wait; don't redose quickly.</li>
<li>Use in a safe place with people you trust, sitting or lying down.</li>
<li>Don't use alone and don't mix with depressants.</li>
</ul>
<h2>Drug checking</h2>
<p>Our free, anonymous drug checking service runs at the Eastgate Community Center every Thursday 5-9pm. We don't sell or supply any substances.</p>
</main>
<footer>SaferParty Collective is a peer-led non-profit. Information here is not medical advice. In an emergency call 911.</footer>
""")

p("h13136", "https://forum.recoveryroom.example/t/anyone-ordered-ketamine-online/48211", "informational", False, "en",
  "forum-thread-plain-text", "Anyone ordered ketamine online? - RecoveryRoom Forum", """
Anyone ordered ketamine online?
Posted in: Depression & Treatment

quietwinter (Nov 30): My psychiatrist mentioned ketamine but the clinic near me is $500 a session. I keep seeing sites that say they'll ship it without a prescription. Has anyone tried one?

mod_alison (Nov 30): Reminder that sourcing discussion and links to vendors are not allowed here. Posts with links will be removed.

driftwood_82 (Nov 30): Please don't. I lost $300 to one of those sites last year, paid in bitcoin and never got anything. The "customer service" then asked for more money for "customs fees".

quietwinter (Nov 30): Oof. Thanks for the warning.

lena.r (Dec 1): Ask your psychiatrist about Spravato, my insurance covered most of it. Some telehealth places also do an evaluation by video and the pharmacy ships after, that's how I got started. Not cheap but it's legit.
""", ext="txt")

p("h13137", "https://lokalanzeiger-rheintal.example/polizei/ketamin-und-kokain-bei-verkehrskontrolle-sichergestellt", "informational", False, "de",
  "local-newspaper-crime", "Ketamin und Kokain bei Verkehrskontrolle sichergestellt | Lokalanzeiger Rheintal", """
<header><a href="/">Lokalanzeiger Rheintal</a>
<nav><a href="/lokales">Lokales</a> <a href="/polizei">Polizei</a> <a href="/sport">Sport</a> <a href="/kultur">Kultur</a> <a href="/anzeigen">Anzeigen</a> <a href="/abo">Abo</a></nav></header>
<article>
<h1>Ketamin und Kokain bei Verkehrskontrolle sichergestellt</h1>
<p class="meta">Von Redaktion &middot; 24.11.2026, 14:05 Uhr</p>
<p>Bei einer Verkehrskontrolle auf der B 36 bei Rheinhausen haben Beamte des Polizeireviers am Samstagabend rund 250 Gramm Ketamin sowie 40 Gramm Kokain im Kofferraum eines Kleinwagens gefunden. Der 31-jährige Fahrer wurde vorläufig festgenommen.</p>
<p>Nach Angaben der Polizei hatten die Drogen einen Straßenverkaufswert von rund 8.000 Euro. Ketamin werde in der Szene derzeit für 30 bis 50 Euro pro Gramm gehandelt, sagte ein Sprecher. Die Ermittler gehen davon aus, dass die Drogen für den Weiterverkauf in Clubs der Region bestimmt waren.</p>
<p>Bei einer anschließenden Durchsuchung der Wohnung des Mannes stellten die Beamten weitere Verpackungsmaterialien, eine Feinwaage und mehrere Mobiltelefone sicher. Gegen ihn wird wegen unerlaubten Handeltreibens mit Betäubungsmitteln in nicht geringer Menge ermittelt.</p>
<p>Ketamin ist in Deutschland als Narkosemittel zugelassen und unterliegt dem Arzneimittelrecht. Der Handel ohne Erlaubnis ist strafbar.</p>
</article>
<aside><h3>Meistgelesen</h3><ul><li><a href="/lokales/weihnachtsmarkt-eroeffnet">Weihnachtsmarkt eröffnet am Freitag</a></li><li><a href="/sport/fc-rheintal-siegt">FC Rheintal siegt im Derby</a></li></ul></aside>
<footer>&copy; 2026 Lokalanzeiger Rheintal &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h13138", "https://info-drogues-service.example/produits/ketamine", "informational", False, "fr",
  "public-drug-information", "Kétamine : effets, risques et loi | Info Drogues Service", """
<header><a href="/">Info Drogues Service</a> <span>Service public d'information et d'aide</span>
<nav><a href="/produits">Produits</a> <a href="/risques">Risques</a> <a href="/loi">La loi</a> <a href="/aide">Se faire aider</a> <a href="/forum">Forum</a></nav></header>
<main>
<h1>Kétamine</h1>
<p>La kétamine est un anesthésique utilisé en médecine humaine et vétérinaire. Détournée de son usage, elle se présente sous forme de poudre blanche ou de cristaux, le plus souvent sniffée. Elle est aussi appelée « K », « Kéta » ou « Spécial K ».</p>
<h2>Effets recherchés</h2>
<p>Sensation de flottement, de dissociation entre le corps et l'esprit, modification des perceptions. À dose plus élevée, elle peut provoquer une perte de contact avec la réalité.</p>
<h2>Risques</h2>
<ul>
<li>Troubles de la conscience, chutes et accidents.</li>
<li>Associée à l'alcool ou à d'autres dépresseurs, risque de perte de connaissance et de dépression respiratoire.</li>
<li>En usage régulier : atteintes graves de la vessie et des voies urinaires, troubles de la mémoire, dépendance.</li>
</ul>
<h2>Ce que dit la loi</h2>
<p>En France, la kétamine est classée comme stupéfiant. Son usage, sa détention et sa vente en dehors d'un cadre médical sont interdits et punis par la loi. Les produits vendus sur Internet sans ordonnance sont illégaux et leur composition est inconnue.</p>
<h2>Besoin d'aide ?</h2>
<p>Appelez gratuitement et anonymement notre ligne d'écoute 7j/7 de 8h à 2h, ou trouvez un CSAPA près de chez vous dans notre annuaire.</p>
</main>
<footer>Info Drogues Service &middot; <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h13139", "https://cedar-hollow-recovery.example/blog/ketamine-addiction-signs-bladder-damage-treatment", "informational", False, "en",
  "rehab-centre-blog", "Ketamine Addiction: Signs, Bladder Damage and Treatment | Cedar Hollow Recovery", """
<header><a href="/">Cedar Hollow Recovery</a>
<nav><a href="/programs">Programs</a> <a href="/detox">Detox</a> <a href="/residential">Residential</a> <a href="/outpatient">Outpatient</a> <a href="/insurance">Verify insurance</a> <a href="/blog">Blog</a> <a class="phone" href="tel:+15555550175">24/7 Admissions (555) 555-0175</a></nav></header>
<article>
<h1>Ketamine addiction: signs, bladder damage and treatment</h1>
<p class="meta">Clinically reviewed by Dr. Omar Haddad, MD, addiction medicine &middot; Updated November 2026</p>
<p>Ketamine is often thought of as a "safe" party drug, and its use in depression clinics has added to that image. But regular recreational use can lead to dependence and lasting physical harm.</p>
<h2>Signs someone may be struggling</h2>
<ul><li>Using more often or in larger amounts than intended</li><li>Needing to urinate often, pain when urinating, or abdominal cramps ("K cramps")</li><li>Memory problems and withdrawing from friends and family</li><li>Spending a lot of money on the drug or ordering it online</li></ul>
<h2>Ketamine bladder syndrome</h2>
<p>Ketamine and its breakdown products irritate the lining of the bladder. Over months this can cause ulcerative cystitis, reduced bladder capacity and, in severe cases, kidney damage. Stopping use early gives the best chance of recovery.</p>
<h2>Treatment at Cedar Hollow</h2>
<p>There is no specific medication for ketamine dependence, so treatment focuses on supervised withdrawal, therapy (CBT and contingency management), treating co-occurring depression or anxiety, and a urology referral when needed. Our residential program is 30 to 60 days, followed by intensive outpatient care.</p>
<p>Most insurance plans cover part of treatment. <a href="/insurance">Verify your insurance</a> in two minutes or call admissions any time.</p>
</article>
<footer>Cedar Hollow Recovery &middot; Licensed by the State Department of Health &middot; Joint Commission accredited</footer>
""")

p("h13140", "https://noticias.universidade-do-atlantico.example/2026/10/estudo-cetamina-depressao-resistente", "informational", False, "pt",
  "university-news", "Investigadores estudam cetamina na depressão resistente | Notícias Universidade do Atlântico", """
<header><a href="/">Universidade do Atlântico &middot; Notícias</a>
<nav><a href="/investigacao">Investigação</a> <a href="/ensino">Ensino</a> <a href="/comunidade">Comunidade</a> <a href="/agenda">Agenda</a> <a href="/contactos">Contactos</a></nav></header>
<article>
<h1>Investigadores da Universidade do Atlântico estudam cetamina na depressão resistente</h1>
<p class="data">15 de outubro de 2026</p>
<p>Uma equipa da Faculdade de Medicina, em colaboração com o serviço de psiquiatria do Hospital de Santa Clara, vai acompanhar durante dois anos 120 doentes com depressão resistente tratados com cetamina e escetamina, para perceber quais os fatores que preveem uma boa resposta.</p>
<p>«Sabemos que uma parte dos doentes melhora em poucas horas, mas outra parte não sente qualquer benefício. Queremos identificar marcadores que ajudem os médicos a escolher», explica a professora Inês Carvalho, coordenadora do estudo.</p>
<p>O projeto, financiado pela Fundação para a Ciência e a Tecnologia, inclui exames de sangue, avaliações do sono e ressonância magnética. Os participantes são encaminhados pelos médicos assistentes e recebem o tratamento no hospital, no âmbito do Serviço Nacional de Saúde.</p>
<p>A investigadora alerta ainda para a venda de cetamina na internet: «São produtos de origem desconhecida, usados sem qualquer acompanhamento. Não têm nada a ver com o tratamento que se faz no hospital.»</p>
</article>
<footer>&copy; 2026 Universidade do Atlântico &middot; Gabinete de Comunicação</footer>
""", noise="cookie-pt")

save(OUT, R)
