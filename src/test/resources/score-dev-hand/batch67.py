# Batch 67 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Pages that show little". The body tells a reader almost nothing, and the URL, the title, a
# menu, a breadcrumb, a product grid, a single button or a footer must decide the label (url-only rule
# where nothing else is left). Mix: 14 sellers (flagged), 9 telehealth, 8 clinics, 9 informational;
# 24 English, 16 es/de/fr/nl/pt/it (de 3, es 3, fr 3, pt 3, nl 2, it 2).
# Shapes: sellers - JavaScript wall on a no-Rx product URL, "checking your browser" bot check, age
# gate of a research-chemical (2-FDCK/DCK) shop, German 404 with the shop's own menu, one-line cart of
# a veterinary vial shop taking crypto, Spanish shop search results, stealth order tracking, French
# "coming soon" pointing to Telegram, product page cut off after the header, Dutch maintenance page
# with a footer of payment/shipping badges, marketplace listing behind a login wall, Portuguese cookie
# wall on a product URL, Italian category page that is almost all navigation, link-in-bio page with one
# Telegram button. Telehealth - portal sign-in page, JS wall on an eligibility quiz, 404 with the
# provider's menu, order tracking of a partner-pharmacy shipment, portal maintenance notice, plain-text
# session reminder, German cookie wall over a video-consultation page, French waitlist "coming soon",
# Spanish help-centre search results. Clinics - booking widget that failed to load, 404 with an
# infusion clinic's menu, hospital department behind a cookie wall, JS-only intake form, gift-card
# cart with one line, Italian maintenance page, Dutch patient-portal login, Portuguese treatments
# category page. Informational - news paywall, German federal warning behind a cookie wall, JS wall
# on a trial registry entry, forum topic behind a login wall, French encyclopaedia 404, Spanish
# licensed pharmacy search with no results, closed job post (plain text), insurer coverage page behind
# a login, Portuguese directory page with zero results.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch67.py (writes batch67/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch67")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (flagged)

p("h6701", "https://ketamine-nopresc-shop.example/product/ketamine-hcl-crystal-10g", "seller", True, "en",
  "js-wall-product-url", "Ketamine HCL Crystal 10g - Buy Without Prescription", """
<noscript>
<div style="padding:40px;text-align:center">
<h2>JavaScript is disabled</h2>
<p>Please enable JavaScript to continue.</p>
</div>
</noscript>
<div id="root"></div>
<script src="/static/js/main.4f2a91c.chunk.js"></script>
""", head='<meta name="viewport" content="width=device-width,initial-scale=1">\n<link rel="icon" href="/favicon.ico">\n')

p("h6702", "https://ketaminepowderdirect.test/buy-ketamine-online-no-prescription/", "seller", True, "en",
  "bot-check-interstitial", "Just a moment...", """
<div class="main-wrapper" role="main">
<div class="main-content">
<h1 class="zone-name-title h1">ketaminepowderdirect.test</h1>
<h2 class="h2" id="challenge-running">Checking if the site connection is secure</h2>
<div id="challenge-stage"><input type="checkbox" id="cb"> <label for="cb">Verify you are human</label></div>
<div id="challenge-body-text" class="core-msg spacer">ketaminepowderdirect.test needs to review the security of your connection before proceeding.</div>
</div>
</div>
<div class="footer" role="contentinfo">
<div class="footer-inner">Ray ID: <code>8e1f22ac9b07d4c1</code> &middot; Performance &amp; security by EdgeShield</div>
</div>
""")

p("h6703", "https://arylcyclo-labs.example/", "seller", True, "en",
  "age-gate-research-chemicals", "ArylCyclo Labs | Research Chemicals - 2-FDCK, DCK, 3-MeO-PCE | Worldwide", """
<div class="agegate-overlay">
<div class="agegate-box">
<img src="/img/logo-flask.svg" alt="ArylCyclo Labs">
<h2>Age verification</h2>
<p>You must be 21 years or older to enter this website.</p>
<p class="small">All products are sold as research chemicals for laboratory and analytical use only. Not for human consumption.</p>
<button class="yes">I am 21+ &ndash; Enter</button> <button class="no">Leave</button>
</div>
</div>
<div class="blurred" aria-hidden="true">
<header><span class="logo">ArylCyclo Labs</span>
<nav><a href="/arylcyclohexylamines/">Arylcyclohexylamines</a> <a href="/dissociatives/">Dissociatives</a> <a href="/new-arrivals/">New arrivals</a> <a href="/bulk/">Bulk discounts</a> <a href="/payment/">Payment (BTC/XMR)</a></nav>
<span class="cart">Cart (0)</span></header>
</div>
""")

p("h6704", "https://ketamin-kaufen-ohne-rezept.example/produkt/esketamin-nasenspray-56mg", "seller", True, "de",
  "404-with-shop-menu", "Seite nicht gefunden - Ketamin kaufen ohne Rezept", """
<header class="site-header">
<a class="brand" href="/">KetaShop24</a>
<nav class="main-nav">
<a href="/kategorie/ketamin-pulver/">Ketamin Pulver</a>
<a href="/kategorie/ketamin-tropfen/">Ketamin Tropfen</a>
<a href="/kategorie/esketamin/">Esketamin</a>
<a href="/kategorie/testpakete/">Testpakete</a>
<a href="/versand/">Diskreter Versand</a>
</nav>
<a class="cart" href="/warenkorb/">Warenkorb 0,00 &euro;</a>
</header>
<main class="error-404">
<h1>Oops! Diese Seite konnte nicht gefunden werden.</h1>
<p>Es sieht so aus, als wäre an dieser Stelle nichts zu finden. Vielleicht hilft eine Suche?</p>
<form role="search" action="/"><input type="search" name="s" placeholder="Suche &hellip;"><button>Suchen</button></form>
</main>
<footer>
<p>Zahlungsarten: Bitcoin &middot; Litecoin &middot; Paysafecard</p>
<p>&copy; 2026 KetaShop24 &middot; <a href="/impressum/">Impressum</a> &middot; <a href="/agb/">AGB</a></p>
</footer>
""")

p("h6705", "https://vetpharm-express.example/cart/", "seller", True, "en",
  "cart-one-line-item", "Cart - VetPharm Express", """
<header><a href="/" class="logo">VetPharm Express</a>
<nav><a href="/shop/">Shop</a> <a href="/shop/anesthetics/">Anesthetics</a> <a href="/shop/sedatives/">Sedatives</a> <a href="/faq/">FAQ</a> <a href="/track/">Track order</a></nav></header>
<main>
<h1>Cart</h1>
<table class="shop_table cart">
<thead><tr><th></th><th>Product</th><th>Price</th><th>Quantity</th><th>Subtotal</th></tr></thead>
<tbody><tr><td><a href="#" class="remove">&times;</a></td><td><a href="/product/ketaset-ketamine-100mg-ml-10ml/">Ketaset (ketamine 100 mg/ml) 10 ml vial</a></td><td>$42.00</td><td>5</td><td>$210.00</td></tr></tbody>
</table>
<p><input placeholder="Coupon code"> <button>Apply coupon</button></p>
<div class="cart_totals"><h2>Cart totals</h2>
<p>Subtotal $210.00<br>Shipping: Express tracked (stealth) $25.00<br><b>Total $235.00</b></p>
<a class="checkout-button" href="/checkout/">Proceed to checkout</a></div>
</main>
<footer><p>We accept Bitcoin, USDT (TRC20) and Zelle. 10% off crypto orders.</p>
<p>No vet script needed &middot; Ships worldwide</p></footer>
""")

p("h6706", "https://farmaciasinreceta.example/buscar?q=ketamina", "seller", True, "es",
  "shop-search-results", "Resultados de búsqueda: \u201cketamina\u201d | Farmacia Sin Receta", """
<header><a href="/">Farmacia<b>SinReceta</b></a>
<form action="/buscar"><input name="q" value="ketamina"><button>Buscar</button></form>
<a href="/carrito">Carrito (0)</a></header>
<main>
<p class="breadcrumb"><a href="/">Inicio</a> / Búsqueda</p>
<h1>3 resultados para \u201cketamina\u201d</h1>
<p>Ordenar por: <select><option>Relevancia</option><option>Precio</option></select></p>
<ul class="grid">
<li><a href="/p/ketamina-50mg-ml-ampollas-5">Ketamina 50 mg/ml - 5 ampollas</a> <span>89,00 &euro;</span> <button>Añadir al carrito</button></li>
<li><a href="/p/esketamina-spray-28mg">Esketamina spray nasal 28 mg</a> <span>149,00 &euro;</span> <button>Añadir al carrito</button></li>
<li><a href="/p/ketamina-polvo-2g">Ketamina en polvo 2 g</a> <span>60,00 &euro;</span> <span class="agotado">Agotado</span></li>
</ul>
</main>
<footer>Envío discreto 24/48 h &middot; Pago con Bizum, transferencia o criptomonedas</footer>
""", noise="cookie-es")

p("h6707", "https://k-hole-supply.test/track-order?id=88412", "seller", True, "en",
  "order-tracking-stealth", "Track your order | K-Hole Supply", """
<div class="wrap">
<h1>Order #88412</h1>
<ol class="steps"><li class="done">Payment confirmed (BTC, 2 confirmations)</li><li class="done">Packed</li><li class="current">In transit</li><li>Delivered</li></ol>
<p>Items: 1 &times; Ketamine &ldquo;Indian shards&rdquo; 5 g</p>
<p>Your parcel is vacuum sealed and shipped in stealth packaging. If it is seized we reship once for free.</p>
<p>Tracking will appear here within 48 h. Do not message us about tracking before then.</p>
</div>
""")

p("h6708", "https://ketamine-sans-ordonnance.example/", "seller", True, "fr",
  "coming-soon-telegram", "Bientôt en ligne", """
<div class="soon">
<h1>Bientôt disponible</h1>
<p>Notre nouvelle boutique arrive très vite.</p>
<p>En attendant, les commandes se font sur Telegram : <a href="https://t.me/k_sans_ordo">@k_sans_ordo</a></p>
<div class="countdown">12 j 04 h 31 min</div>
</div>
""")

p("h6709", "https://shopnova-rx.example/products/spravato-esketamine-28mg-no-rx", "seller", True, "en",
  "truncated-after-header", "Spravato Esketamine 28mg Nasal Spray - No Rx Needed | ShopNova", """
<div class="announcement-bar">FREE worldwide shipping over $300 &middot; 15% OFF when you pay with crypto</div>
<header class="header">
<a href="/" class="header__logo">ShopNova</a>
<nav class="header__menu">
<a href="/collections/depression">Depression</a>
<a href="/collections/anxiety">Anxiety</a>
<a href="/collections/pain-relief">Pain relief</a>
<a href="/collections/sleep">Sleep</a>
<a href="/pages/reviews">Reviews</a>
</nav>
<a href="/account/login">Account</a> <a href="/cart">Cart</a>
</header>
<main id="MainContent" class="content-for-layout">
<div class="product
""")

p("h6710", "https://ketaminebestellen.example/", "seller", True, "nl",
  "maintenance-page-footer-badges", "Onderhoud | ketaminebestellen", """
<div class="onderhoud">
<h1>We zijn zo terug!</h1>
<p>Onze webshop is tijdelijk offline voor gepland onderhoud. Probeer het over een paar uur opnieuw.</p>
<p>Lopende bestellingen worden gewoon verzonden.</p>
</div>
<footer>
<span>Geen recept nodig</span> &middot; <span>Discreet verpakt</span> &middot; <span>Betalen met Bitcoin of Monero</span>
</footer>
""")

p("h6711", "https://darkstore-market.test/listing/ketamine-s-isomer-20g-82731", "seller", True, "en",
  "marketplace-login-wall", "Ketamine S-isomer 20g (lab tested) | vendor: frostbyte_uk | DarkStore", """
<div class="login-card">
<h2>Login required</h2>
<p>You must be signed in to view listings, vendor feedback and prices.</p>
<form><input name="u" placeholder="Username"> <input name="p" type="password" placeholder="Password"> <label>Captcha: <img src="/captcha.png" alt=""> <input name="c"></label> <button>Login</button></form>
<p><a href="/register">Register</a> &middot; <a href="/pgp">Verify our PGP key</a></p>
<p class="small">Multisig escrow &middot; XMR only</p>
</div>
""")

p("h6712", "https://comprarcetamina.example/produto/cetamina-liquida-frasco-10ml", "seller", True, "pt",
  "cookie-wall-product-url", "Cetamina líquida frasco 10ml - Comprar sem receita | Entrega discreta", """
<div class="cookie-wall" role="dialog" aria-modal="true">
<h2>A sua privacidade</h2>
<p>Nós e os nossos parceiros utilizamos cookies e tecnologias semelhantes para armazenar e aceder a informações no seu dispositivo. Para continuar a navegar, tem de aceitar os cookies ou gerir as suas preferências.</p>
<button>Aceitar tudo</button> <button>Rejeitar</button> <a href="/politica-de-cookies">Saber mais</a>
</div>
<div class="page-blur"></div>
""")

p("h6713", "https://anestetici-online.example/categoria/ketamina/", "seller", True, "it",
  "category-page-navigation", "Ketamina Archivi - Anestetici Online", """
<div class="topbar">Spedizione anonima in tutta Europa &middot; Nessuna ricetta richiesta</div>
<header><a href="/" class="logo">Anestetici Online</a>
<nav><a href="/">Home</a> <a href="/negozio/">Negozio</a> <a href="/categoria/ketamina/">Ketamina</a> <a href="/categoria/dissociativi/">Dissociativi</a> <a href="/categoria/benzodiazepine/">Benzodiazepine</a> <a href="/contatti/">Contatti</a></nav>
<a href="/carrello/">Carrello</a></header>
<main>
<nav class="woocommerce-breadcrumb"><a href="/">Home</a> / Ketamina</nav>
<h1>Ketamina</h1>
<p class="result-count">Visualizzazione di 1-4 di 4 risultati</p>
<ul class="products">
<li><a href="/prodotto/ketamina-cloridrato-1g/">Ketamina cloridrato 1g</a> &euro;45,00 <a class="button">Aggiungi al carrello</a></li>
<li><a href="/prodotto/ketamina-cloridrato-5g/">Ketamina cloridrato 5g</a> &euro;190,00 <a class="button">Aggiungi al carrello</a></li>
<li><a href="/prodotto/ketalar-fiale/">Ketalar 10 fiale</a> &euro;120,00 <a class="button">Aggiungi al carrello</a></li>
<li><a href="/prodotto/esketamina-spray/">Esketamina spray</a> <span>Esaurito</span></li>
</ul>
<aside><h3>Filtra per prezzo</h3><input type="range"> <h3>Categorie prodotto</h3><ul><li>Dissociativi (9)</li><li>Ketamina (4)</li><li>Stimolanti (12)</li></ul></aside>
</main>
<footer>Pagamenti: Bitcoin, Ethereum, ricarica Postepay &middot; &copy; 2026</footer>
""")

p("h6714", "https://linkbio.example/kshop_uk", "seller", True, "en",
  "link-in-bio-telegram-button", "@kshop_uk | linkbio", """
<div class="profile">
<img src="/avatars/kshop_uk.jpg" alt="">
<h1>@kshop_uk</h1>
<p>ket &#10052;&#65039; shards + 2F &middot; UK next day / EU 3-5 days &middot; stealth af &middot; no questions</p>
<a class="btn" href="https://t.me/kshop_uk_menu">&#128203; MENU + PRICES (Telegram)</a>
</div>
<footer><a href="/">Make your own linkbio</a></footer>
""")

# ---------------------------------------------------------------- telehealth

p("h6715", "https://app.mindbridgehealth.example/login", "telehealth", False, "en",
  "telehealth-portal-login", "Sign in | MindBridge Health - clinician-guided at-home ketamine therapy", """
<main class="auth">
<img src="/logo.svg" alt="MindBridge Health">
<h1>Welcome back</h1>
<form><label>Email <input type="email"></label> <label>Password <input type="password"></label> <button>Sign in</button></form>
<p><a href="/forgot">Forgot password?</a></p>
<p>New here? <a href="https://mindbridgehealth.example/get-started">Book your video evaluation with a licensed psychiatric clinician</a></p>
</main>
<footer class="fine">
<p>MindBridge Health provides clinical services through MindBridge Medical Group, P.C. Ketamine is prescribed only when appropriate after a video assessment, and prescriptions are filled by licensed partner pharmacies.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/hipaa">HIPAA notice</a> &middot; In crisis? Call or text 988.</p>
</footer>
""")

p("h6716", "https://www.lumenpath-telepsychiatry.example/ketamine-assisted-therapy/eligibility", "telehealth", False, "en",
  "js-wall-eligibility-quiz", "Am I eligible? | LumenPath - online evaluation with a board-certified psychiatrist", """
<noscript>You need to enable JavaScript to run this app.</noscript>
<div id="__next"></div>
""", head='<meta name="description" content="Answer a few questions, then meet a LumenPath psychiatrist by secure video to see if at-home ketamine-assisted therapy is right for you.">\n')

p("h6717", "https://joinstillwater.example/blog/oral-ketamine-dosing-guide-2024", "telehealth", False, "en",
  "404-with-provider-menu", "Page not found | Stillwater Care", """
<header><a href="/" class="logo">Stillwater</a>
<nav><a href="/how-it-works">How it works</a> <a href="/clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/pharmacy-partners">Pharmacy partners</a> <a href="/blog">Blog</a></nav>
<a class="cta" href="/start">Start your video evaluation</a></header>
<main><h1>404</h1><p>This page wandered off. It may have been moved or retired.</p><a href="/blog">Back to the blog</a></main>
<footer><p>Stillwater Care is a telehealth practice. All treatment decisions are made by licensed clinicians after a live video visit; not every patient is prescribed ketamine.</p><p>&copy; 2026 Stillwater Care Medical, PLLC</p></footer>
""")

p("h6718", "https://patient.evenkeel.example/orders/track", "telehealth", False, "en",
  "partner-pharmacy-tracking", "Track your prescription | EvenKeel", """
<nav class="portal"><a href="/dashboard">Dashboard</a> <a href="/visits">Visits</a> <a href="/messages">Messages</a> <a href="/orders">Orders</a></nav>
<main>
<h1>Prescription status</h1>
<p>Rx #EK-20331 &middot; prescribed by Noor Haddad, PMHNP-BC, after your visit on Nov 30</p>
<ol><li class="done">Sent to Bayline Compounding Pharmacy</li><li class="done">Filled</li><li class="current">Shipped - UPS, adult signature required</li><li>Delivered</li></ol>
<p>Questions about your medication? <a href="/messages/new">Message your care team</a>.</p>
</main>
""")

p("h6719", "https://portal.rivervalemind.example/maintenance", "telehealth", False, "en",
  "portal-maintenance", "Scheduled maintenance - Rivervale Mind patient portal", """
<div class="center">
<h1>We'll be back shortly</h1>
<p>The Rivervale Mind patient portal is down for scheduled maintenance from 2:00 to 4:00 a.m. ET.</p>
<p>Video sessions booked in this window will start from the link in your e-mail. If you cannot join, your psychiatric provider will call you at the number on file.</p>
<p>If you are having thoughts of harming yourself, call or text 988 now.</p>
</div>
""")

p("h6720", "https://notify.calmharbor.example/r/8f2k1", "telehealth", False, "en",
  "sms-reminder-snippet", "", """
CalmHarbor: Reminder - your video follow-up with Dr. Ilse Marchetti is tomorrow at 4:30 PM. Please hold your next ketamine troche until she has reviewed your mood check-in. Join: calmharbor.example/v/8f2k1
""", ext="txt")

p("h6721", "https://www.seelenruhe-online.example/ketamin-therapie/", "telehealth", False, "de",
  "cookie-wall-video-consultation", "Ketamin-Therapie per Videosprechstunde | Seelenruhe Online - ärztliche Begleitung von zu Hause", """
<div class="cmp-wall" role="dialog">
<h2>Datenschutz-Einstellungen</h2>
<p>Wir benötigen Ihre Einwilligung, bevor Sie unsere Website weiter besuchen können. Wir nutzen Cookies und Dienste für Terminbuchung, Videosprechstunde und Statistik. Sie können Ihre Auswahl jederzeit unter &bdquo;Einstellungen&ldquo; widerrufen.</p>
<label><input type="checkbox" checked disabled> Essenziell</label> <label><input type="checkbox"> Statistik</label> <label><input type="checkbox"> Externe Medien</label>
<button>Alle akzeptieren</button> <button>Auswahl speichern</button>
<p class="links"><a href="/datenschutz">Datenschutz</a> &middot; <a href="/impressum">Impressum</a></p>
</div>
""")

p("h6722", "https://telepsy-esketamine.example/fr/", "telehealth", False, "fr",
  "coming-soon-waitlist", "TéléPsy - bientôt disponible", """
<section class="hero">
<h1>TéléPsy arrive bientôt dans votre région</h1>
<p>Téléconsultation avec un psychiatre pour la dépression résistante. Après l'évaluation en vidéo, nos psychiatres vous orientent, si c'est indiqué, vers un centre partenaire pour l'eskétamine.</p>
<form><input type="email" placeholder="Votre adresse e-mail"> <button>Rejoindre la liste d'attente</button></form>
</section>
""")

p("h6723", "https://ayuda.serenamente.example/es/buscar?q=ketamina", "telehealth", False, "es",
  "help-center-search-results", "Resultados para \u00abketamina\u00bb - Centro de ayuda Serenamente", """
<header><a href="/es">Centro de ayuda Serenamente</a> <a href="https://app.serenamente.example">Ir a mi cuenta</a></header>
<main>
<form><input value="ketamina"><button>Buscar</button></form>
<h1>4 resultados</h1>
<ul>
<li><a href="/es/articulos/como-funciona-la-videoconsulta">¿Cómo funciona la primera videoconsulta con el psiquiatra?</a></li>
<li><a href="/es/articulos/cuando-recibo-la-receta">¿Cuándo envía la farmacia colaboradora mi tratamiento con <em>ketamina</em>?</a></li>
<li><a href="/es/articulos/seguimiento-sesiones">Seguimiento entre sesiones: cuestionarios y mensajes</a></li>
<li><a href="/es/articulos/cancelar-suscripcion">Cancelar o pausar tu suscripción</a></li>
</ul>
</main>
""")

# ---------------------------------------------------------------- clinics

p("h6724", "https://www.northshoreinfusion.example/book", "clinic", False, "en",
  "booking-widget-failed", "Book an appointment | Northshore Infusion & Spravato Center", """
<header><a href="/">Northshore Infusion</a>
<nav><a href="/ketamine-infusions">Ketamine infusions</a> <a href="/spravato">Spravato</a> <a href="/team">Our team</a> <a href="/visit">Visit us</a> <a href="/book" class="active">Book</a></nav></header>
<main>
<h1>Book an appointment</h1>
<div class="widget-error">&#9888; The scheduler could not be loaded. Please refresh the page or call us at (555) 014-2280.</div>
<iframe title="scheduler" src="about:blank" width="100%" height="0"></iframe>
</main>
<footer>Northshore Infusion &amp; Spravato Center &middot; 48 Harbor Row, Suite 3, Evanston &middot; REMS-certified treatment center</footer>
""", noise="cookie")

p("h6725", "https://bluemesaketamine.example/services/iv-ketamine-for-pain", "clinic", False, "en",
  "404-with-clinic-menu", "Page Not Found - Blue Mesa Ketamine Clinic, Tucson", """
<header>
<a href="/" class="logo">Blue Mesa Ketamine Clinic</a>
<ul class="menu"><li><a href="/services/">Services</a><ul><li><a href="/services/iv-ketamine-depression/">IV Ketamine for Depression</a></li><li><a href="/services/spravato/">Spravato</a></li></ul></li><li><a href="/our-providers/">Our Providers</a></li><li><a href="/new-patients/">New Patients</a></li><li><a href="/contact/">Contact</a></li></ul>
<a class="phone" href="tel:5550193377">(555) 019-3377</a>
</header>
<main><h1>Sorry, that page can't be found.</h1><p><a href="/">Return home</a></p></main>
<footer>2210 E Saguaro Ln, Tucson &middot; Mon-Fri 8-5 &middot; &copy; Blue Mesa Ketamine Clinic</footer>
""")

p("h6726", "https://www.stmarkshospital.example/departments/psychiatry/interventional-psychiatry/esketamine-clinic", "clinic", False, "en",
  "hospital-dept-cookie-wall", "Esketamine (Spravato) Clinic - Interventional Psychiatry - St Mark's Hospital", """
<div id="consent-wall" class="modal">
<h2>Before you continue</h2>
<p>St Mark's Hospital uses strictly necessary cookies to make this site work. We would also like to set analytics cookies to help us improve it. You need to choose an option to continue.</p>
<button>Accept all cookies</button> <button>Necessary cookies only</button>
</div>
<div class="skeleton" aria-busy="true"></div>
""")

p("h6727", "https://ketaminewellness-boise.example/new-patients/intake-form", "clinic", False, "en",
  "js-only-intake-form", "New Patient Intake | Ketamine Wellness Center of Boise - IV infusions in our office", """
<div class="notice">This form requires JavaScript. Please enable it in your browser settings, or print the paper intake packet and bring it to your first infusion visit.</div>
<div id="form-mount"></div>
""")

p("h6728", "https://shop.harborlightinfusions.example/cart", "clinic", False, "en",
  "clinic-gift-card-cart", "Your cart - Harbor Light Infusions", """
<header><a href="https://harborlightinfusions.example">&larr; Back to Harbor Light Infusions</a></header>
<main>
<h1>Your cart</h1>
<div class="line-item"><span>Harbor Light e-gift card - $250</span> <span>Qty 1</span> <span>$250.00</span></div>
<p class="note">Redeemable at our Portland office toward consultations, IV ketamine infusions or Spravato visits. Not redeemable for cash.</p>
<a class="btn" href="/checkout">Checkout</a>
</main>
""")

p("h6729", "https://www.centroesketamina-torino.example/", "clinic", False, "it",
  "maintenance-page-clinic", "Sito in manutenzione - Centro Esketamina Torino", """
<div class="manutenzione">
<h1>Sito in manutenzione</h1>
<p>Stiamo aggiornando il sito. Torneremo online a breve.</p>
<p>Per prenotare una visita psichiatrica o una seduta di esketamina presso il nostro ambulatorio di Via Cibrario chiamare lo 011 555 0412 (lun-ven 9-17).</p>
</div>
""")

p("h6730", "https://mijn.ketaminekliniek-utrecht.example/inloggen", "clinic", False, "nl",
  "clinic-portal-login", "Inloggen - Mijn Ketaminekliniek Utrecht", """
<main>
<h1>Mijn Ketaminekliniek</h1>
<p>Log in om uw afspraken, vragenlijsten en facturen te bekijken.</p>
<form><label>E-mailadres <input></label> <label>Wachtwoord <input type="password"></label> <button>Inloggen</button></form>
<p><a href="/wachtwoord-vergeten">Wachtwoord vergeten?</a></p>
</main>
<footer>Ketaminekliniek Utrecht &middot; Biltstraat 201 &middot; Behandelingen vinden plaats op onze locatie onder toezicht van een anesthesioloog</footer>
""", noise="cookie-nl")

p("h6731", "https://clinicaviva-lisboa.example/tratamentos/", "clinic", False, "pt",
  "treatments-category-page", "Tratamentos - Clínica Viva Lisboa", """
<header><a href="/">Clínica Viva</a>
<nav><a href="/sobre/">Sobre nós</a> <a href="/tratamentos/">Tratamentos</a> <a href="/equipa/">Equipa</a> <a href="/precos/">Preços</a> <a href="/marcacoes/">Marcações</a></nav></header>
<main>
<p class="breadcrumb">Início &rsaquo; Tratamentos</p>
<h1>Tratamentos</h1>
<div class="cards">
<a href="/tratamentos/infusao-cetamina/">Infusão de cetamina</a>
<a href="/tratamentos/escetamina-spravato/">Escetamina (Spravato)</a>
<a href="/tratamentos/emt/">Estimulação magnética transcraniana</a>
<a href="/tratamentos/psiquiatria/">Consulta de psiquiatria</a>
</div>
</main>
<footer>Av. da Liberdade 140, 3.º, Lisboa &middot; Marcações: 21 555 0190</footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- informational

p("h6732", "https://www.dailyledger.example/news/2026/11/28/port-officers-seize-40kg-ketamine-tile-shipment", "informational", False, "en",
  "news-paywall", "Port officers seize 40kg of ketamine hidden in tile shipment | The Daily Ledger", """
<header><a href="/" class="masthead">The Daily Ledger</a> <nav><a href="/news">News</a> <a href="/crime">Crime</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a></nav> <a href="/subscribe" class="sub">Subscribe</a></header>
<article>
<p class="kicker">Crime</p>
<h1>Port officers seize 40kg of ketamine hidden in tile shipment</h1>
<p class="byline">By Harriet Osei &middot; November 28, 2026</p>
<p>Border officers found the drug packed inside ceramic floor tiles in a container that arrived on Tuesday, the agency said.</p>
<div class="paywall"><h3>Keep reading for $1</h3><p>Subscribe to continue reading this article and get unlimited access.</p><button>Subscribe now</button> <a href="/login">Already a subscriber? Log in</a></div>
</article>
""")

p("h6733", "https://www.bundesamt-arzneimittelsicherheit.example/DE/Themen/Ketamin/warnung-onlinehandel.html", "informational", False, "de",
  "government-cookie-wall", "Warnung vor Ketamin aus dem Internethandel - Bundesamt für Arzneimittelsicherheit", """
<div class="consent-overlay">
<h2>Cookie-Einstellungen</h2>
<p>Diese Website des Bundesamtes verwendet technisch notwendige Cookies. Zusätzlich möchten wir mit Ihrer Einwilligung eine datenschutzfreundliche Webanalyse einsetzen.</p>
<button>Nur notwendige Cookies</button> <button>Alle zulassen</button>
</div>
<header class="bund"><span>Bundesamt für Arzneimittelsicherheit</span> <nav><a href="/DE/Home/">Startseite</a> <a href="/DE/Themen/">Themen</a> <a href="/DE/Service/">Service</a> <a href="/DE/Presse/">Presse</a></nav></header>
""")

p("h6734", "https://trials.northbridge-university.example/studies/KETECT-2", "informational", False, "en",
  "js-wall-trial-registry", "KETECT-2: randomised trial of IV ketamine versus ECT in severe depression | Northbridge University Clinical Trials Unit", """
<noscript><p>This site requires JavaScript. Enable JavaScript to view study details, eligibility criteria and contacts.</p></noscript>
<div id="app" data-study="KETECT-2"></div>
""")

p("h6735", "https://forum.psychonautcircle.example/t/ketamine-and-bladder-damage-your-experiences/22817", "informational", False, "en",
  "forum-login-wall", "Ketamine and bladder damage - your experiences? - Harm Reduction - PsychonautCircle", """
<header><a href="/">PsychonautCircle</a> <a href="/login">Log In</a> <a href="/signup">Sign Up</a></header>
<main>
<nav class="crumbs"><a href="/c/harm-reduction">Harm Reduction</a> &rsaquo; <a href="/c/harm-reduction/dissociatives">Dissociatives</a></nav>
<div class="login-required"><p>Sorry, you need to be logged in to read this topic.</p><p>Community rules: no sourcing, no vendor names, no trades.</p><button>Log In</button></div>
</main>
""")

p("h6736", "https://pharmacopedia.example/fr/wiki/K%C3%A9tamine_(pharmacologie)", "informational", False, "fr",
  "encyclopedia-404", "Kétamine (pharmacologie) - Pharmacopédia, l'encyclopédie libre", """
<div id="mw-head"><a href="/fr/wiki/Accueil">Accueil</a> <a href="/fr/wiki/Portail:Pharmacologie">Portail pharmacologie</a> <a href="/fr/wiki/Spécial:Page_au_hasard">Page au hasard</a> <form><input placeholder="Rechercher dans Pharmacopédia"></form></div>
<div id="content">
<h1>Kétamine (pharmacologie)</h1>
<p>Pharmacopédia ne possède pas d'article avec ce nom exact. Vous pouvez <a href="/fr/wiki/Spécial:Recherche?search=kétamine">rechercher « kétamine »</a> dans les autres articles, ou consulter l'article <a href="/fr/wiki/Kétamine">Kétamine</a>.</p>
</div>
""")

p("h6737", "https://www.farmaciadelcarmen.example/buscar?q=ketamina", "informational", False, "es",
  "licensed-pharmacy-no-results", "Buscar \u00abketamina\u00bb | Farmacia del Carmen - Valladolid", """
<header><a href="/">Farmacia del Carmen</a> <nav><a href="/parafarmacia">Parafarmacia</a> <a href="/bebe">Bebé</a> <a href="/dermocosmetica">Dermocosmética</a> <a href="/encargar-receta">Encargar receta</a></nav> <a href="/cesta">Cesta (0)</a></header>
<main>
<h1>0 resultados para \u00abketamina\u00bb</h1>
<p>No hemos encontrado productos. Los medicamentos que requieren receta médica no se venden en esta web; se dispensan únicamente en la farmacia, con receta.</p>
</main>
<footer>Farmacia del Carmen &middot; Lda. Pilar Ugarte &middot; Nº colegiada 47/1182 &middot; Venta online autorizada solo para productos sin receta</footer>
""", noise="cookie-es")

p("h6738", "https://careers.northshoreinfusion.example/jobs/infusion-nurse-rn-evanston", "informational", False, "en",
  "closed-job-post-snippet", "", """
Infusion Nurse (RN), ketamine & Spravato clinic - Evanston. This position is no longer accepting applications. See other openings at careers.northshoreinfusion.example.
""", ext="txt")

p("h6739", "https://members.keystonehealthplan.example/coverage/esketamine-spravato", "informational", False, "en",
  "insurer-coverage-login-wall", "Esketamine (Spravato) coverage - Keystone Health Plan Member Portal", """
<header><a href="/">Keystone Health Plan</a> <nav><a href="/find-care">Find care</a> <a href="/coverage">Coverage</a> <a href="/claims">Claims</a> <a href="/id-card">ID card</a></nav></header>
<main>
<p class="crumb">Coverage &rsaquo; Drug coverage &rsaquo; Esketamine</p>
<div class="gate"><h1>Please sign in</h1><p>Log in to see prior-authorization rules and your cost share for this medication.</p><a class="btn" href="/sso">Sign in</a></div>
</main>
<footer>Keystone Health Plan, Inc. &middot; Member services 1-800-555-0166</footer>
""")

p("h6740", "https://guiasaude.example/pt/diretorio/clinicas-de-cetamina/porto", "informational", False, "pt",
  "directory-zero-results", "Clínicas de cetamina no Porto | GuiaSaúde", """
<header><a href="/pt/">GuiaSaúde</a> <nav><a href="/pt/diretorio/">Diretório</a> <a href="/pt/artigos/">Artigos</a> <a href="/pt/para-clinicas/">Para clínicas</a></nav></header>
<main>
<p class="crumb"><a href="/pt/diretorio/">Diretório</a> &rsaquo; Cetamina &rsaquo; Porto</p>
<h1>Clínicas de cetamina no Porto</h1>
<aside><h3>Filtros</h3><label><input type="checkbox"> Aceita seguro</label> <label><input type="checkbox"> Escetamina (Spravato)</label> <label><input type="checkbox"> Infusão IV</label></aside>
<p class="empty">Ainda não há clínicas listadas nesta cidade. <a href="/pt/para-clinicas/">É uma clínica? Adicione o seu perfil.</a></p>
</main>
""")

save(OUT, R)
