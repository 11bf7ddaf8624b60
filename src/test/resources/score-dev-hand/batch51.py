# Batch 51 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement. Committed before
# any scorer run.
# Angle: WHAT A SEARCH ENGINE RETURNS. The pages that the first results for searches such as
# "ketamine near me", "buy ketamine online", "ketamine for sale", "spravato price", "ketamine therapy at
# home", "ketamine kaufen", "comprar ketamina", "acheter ketamine", "ketamine bestellen" and "cetamina
# prezzo" land on: shops of every kind (polished, amateur, marketplace listings, social posts, clinics
# and telehealth services that are fake), real clinics and telehealth providers, and informational
# pages (news, warnings, price guides, forums, encyclopaedias, law firms, directories).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English + 16 es/de/fr/nl/pt/it
# (de 3, fr 3, nl 3, it 3, es 2, pt 2); 11 plain-text search snippets (ext="txt"), the rest html from
# a few lines to ~6 KB.
# Shapes: sellers - polished "ketamine for sale" shop padded with health text, questionnaire-only
# "at home" service (snippet), fake "near me" clinic shipping nationwide, classifieds listing, social
# bio post (snippet), German research-chemical analogue shop, Spanish WhatsApp amateur page, French
# no-prescription snippet, Dutch Telegram webshop, Italian veterinary vial sold to anyone, fake
# pharmacy Spravato product page, "best vendors" affiliate doorway, bot-check wall (url-only),
# Portuguese Pix snippet; telehealth - at-home programme landing page, pricing snippet, virtual
# psychiatry Spravato cost page referring to partner centres, legality FAQ, German online psychiatry
# referral, clinician snippet, membership checkout, Portuguese telepsychiatry, clinician profiles;
# clinics - infusion location page, local-pack snippet, REMS centre Spravato cost page, French
# university hospital unit, Italian price list with WhatsApp booking, Dutch mental-health service,
# Mexican clinic with packages, KAP practice packages and gift cards; informational - news feature
# on scam shops quoting prices, price-guide snippet, forum thread, law firm, German encyclopaedia
# snippet, French regulator warning, Dutch drug-checking snippet, Italian news snippet, clinic
# directory.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch51.py (writes batch51/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch51")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers

p("h5101", "https://ketapharm-store.example/product-category/anesthetics/", "seller", True, "en",
  "polished-shop-category-health-padding", "Ketamine for Sale | Anesthetics | KetaPharm Store", """
<header class="site-header">
<div class="topbar">Free tracked shipping on orders over $300 &middot; 24/7 live chat &middot; <a href="/track">Track my order</a></div>
<a class="logo" href="/">KetaPharm<span>Store</span></a>
<nav><a href="/">Home</a> <a href="/product-category/anesthetics/">Anesthetics</a> <a href="/product-category/pain-relief/">Pain relief</a> <a href="/product-category/sleep/">Sleep</a> <a href="/blog/">Health blog</a> <a href="/faq/">FAQ</a> <a href="/contact/">Contact</a></nav>
<div class="cart-mini"><a href="/cart/">Cart (0) &ndash; $0.00</a></div>
</header>
<main>
<p class="crumbs"><a href="/">Home</a> / Anesthetics</p>
<h1>Anesthetics</h1>
<p class="lead">Pharmaceutical-grade products from licensed manufacturers, shipped in original sealed packaging. Showing 1&ndash;6 of 6 results.</p>
<select name="orderby"><option>Default sorting</option><option>Sort by price: low to high</option><option>Sort by popularity</option></select>
<ul class="products">
<li class="product"><img src="/img/ketalar-10ml.jpg" alt=""><h2>Ketalar 50 mg/ml &ndash; 10 ml vial</h2><span class="stars">&#9733;&#9733;&#9733;&#9733;&#9733; (86)</span><span class="price">$140.00 &ndash; $590.00</span><a class="button" href="/product/ketalar-10ml/">Select options</a></li>
<li class="product"><img src="/img/ketamine-hcl-crystal.jpg" alt=""><h2>Ketamine HCl crystal 99.7%</h2><span class="stars">&#9733;&#9733;&#9733;&#9733;&#9734; (41)</span><span class="price">$95.00 / 5 g</span><a class="button" href="/product/ketamine-hcl-crystal/">Select options</a></li>
<li class="product"><img src="/img/esketamine-spray.jpg" alt=""><h2>Esketamine nasal spray 28 mg (pack of 2)</h2><span class="price">$310.00</span><a class="button" href="/?add-to-cart=4471">Add to cart</a></li>
<li class="product"><img src="/img/ketamine-troche.jpg" alt=""><h2>Ketamine sublingual troches 150 mg x 10</h2><span class="price"><del>$260.00</del> $215.00</span><a class="button" href="/?add-to-cart=4480">Add to cart</a></li>
<li class="product"><img src="/img/propofol.jpg" alt=""><h2>Propofol 1% 20 ml</h2><span class="out">Out of stock</span></li>
<li class="product"><img src="/img/lidocaine.jpg" alt=""><h2>Lidocaine 2% injection</h2><span class="price">$35.00</span><a class="button" href="/?add-to-cart=4502">Add to cart</a></li>
</ul>
<section class="usp">
<div><b>Discreet packaging</b><p>No logos, no product names on the outside of the parcel.</p></div>
<div><b>Pay your way</b><p>Visa, Zelle, Bitcoin and USDT. Crypto orders get 12% off automatically at checkout.</p></div>
<div><b>Delivery guarantee</b><p>If your parcel is held or lost, we reship free of charge.</p></div>
</section>
<section class="seo-text">
<h2>About ketamine</h2>
<p>Ketamine is a dissociative anesthetic that has been on the WHO Model List of Essential Medicines for decades. It is used in emergency medicine, in surgery and, increasingly, in the treatment of depression that has not responded to other medication. Its effects on mood are thought to involve the NMDA receptor and rapid changes in synaptic connections.</p>
<p>Common side effects include dizziness, nausea, a rise in blood pressure and a feeling of detachment. People with uncontrolled hypertension, a history of psychosis or who are pregnant should talk to their doctor before use. Never combine ketamine with alcohol or other sedatives.</p>
<h3>Can I buy ketamine without a prescription?</h3>
<p>Our customers do not need to upload a prescription. Simply choose your product, add it to the cart and complete checkout. Orders placed before 2 pm are dispatched the same day.</p>
</section>
</main>
<footer>
<div class="cols"><div><h4>Customer care</h4><a href="/shipping/">Shipping</a> <a href="/refunds/">Refund policy</a> <a href="/faq/">FAQ</a></div>
<div><h4>We accept</h4><img src="/img/pay-visa.svg" alt="Visa"> <img src="/img/pay-btc.svg" alt="Bitcoin"> <img src="/img/pay-usdt.svg" alt="Tether"></div></div>
<p>&copy; 2026 KetaPharm Store. All rights reserved.</p>
</footer>
<script src="/wp-content/plugins/woocommerce/assets/js/frontend/cart-fragments.min.js"></script>
""", noise="cookie")

p("h5102", "https://homeketa-now.example/start", "seller", True, "en",
  "questionnaire-only-at-home-snippet", "Ketamine Therapy at Home - Approved Today | HomeKeta", """
Ketamine Therapy at Home - Approved Today | HomeKeta. Skip the waiting room: answer 9 quick questions, get instantly approved by our system and your ketamine lozenges ship tomorrow in plain packaging. No video call, no appointment, no insurance paperwork. From $129.
""", ext="txt")

p("h5103", "https://serenity-ketamine-clinic.example/ketamine-near-me", "seller", True, "en",
  "fake-clinic-near-me-ships-nationwide", "Ketamine Near Me | Serenity Ketamine Clinic - Nationwide Delivery", """
<nav class="navbar"><a href="/" class="brand">Serenity Ketamine Clinic</a>
<ul><li><a href="/">Home</a></li><li><a href="/about">About Us</a></li><li><a href="/treatments">Treatments</a></li><li><a href="/ketamine-near-me">Locations</a></li><li><a href="/shop">Order Medication</a></li><li><a href="/contact">Contact</a></li></ul></nav>
<section class="hero">
<h1>Looking for ketamine near you?</h1>
<p>Wherever you are, Serenity brings the clinic to your doorstep. Our team has helped over 12,000 patients across all 50 states feel like themselves again.</p>
<a class="btn" href="/shop">Get Started</a>
</section>
<section>
<h2>Why patients choose Serenity</h2>
<ul>
<li>Board-certified physicians on staff</li>
<li>Approval in as little as 10 minutes &ndash; no video call required, just our short online form</li>
<li>Ketamine nasal spray, troches and ready-to-use vials delivered overnight</li>
<li>No prescription from your own doctor needed</li>
<li>Pay with Zelle, Cash App, Apple Pay or Bitcoin</li>
</ul>
</section>
<section>
<h2>Our locations</h2>
<p>Serenity Ketamine Clinic &ndash; 800 Commerce Park Dr, Suite 210, Houston, TX. Because we deliver nationwide, you never have to travel to us. Most orders arrive within 1&ndash;3 business days.</p>
</section>
<section class="testimonials">
<blockquote>"I was skeptical but my spray came two days after I filled out the form. Life-changing." &ndash; Jenna, Ohio</blockquote>
<blockquote>"So much easier than the clinic in my city that wanted three appointments first." &ndash; Marcus, Arizona</blockquote>
</section>
<section>
<h2>Questions?</h2>
<p>Message our patient coordinators on WhatsApp: +1 (832) 555-0147. Available 7 days a week.</p>
</section>
<footer><p>&copy; 2026 Serenity Ketamine Clinic. The information on this site is not medical advice.</p></footer>
""", noise="cookie")

p("h5104", "https://listbazaar.example/ads/health-beauty/other/ketamine-hcl-liquid-and-crystal-8812934", "seller", True, "en",
  "classifieds-marketplace-listing", "Ketamine HCL liquid and crystal - $80 | Health & Beauty | ListBazaar", """
<div id="site"><header><a href="/">ListBazaar</a> <a href="/post">+ Post an ad</a> <a href="/login">Sign in</a></header>
<div class="crumbs"><a href="/ads">All ads</a> &rsaquo; <a href="/ads/health-beauty">Health &amp; Beauty</a> &rsaquo; Other</div>
<article class="ad">
<h1>Ketamine HCL liquid and crystal</h1>
<div class="price">$80</div>
<div class="meta">Posted 2 days ago &middot; Location: Ships anywhere &middot; Ad ID 8812934 &middot; 311 views</div>
<div class="gallery"><img src="/u/8812934_1.jpg" alt="photo 1"><img src="/u/8812934_2.jpg" alt="photo 2"></div>
<h2>Description</h2>
<p>high quality, pharma + crystal available<br>
10ml vials, 5g, 10g, 25g. bulk price for resellers<br>
tracking number given, 100% stealth, reship if seized<br>
payment btc / ltc / cashapp<br>
text for menu - telegram @k_plug_direct or signal</p>
<table class="attrs"><tr><td>Condition</td><td>New</td></tr><tr><td>Delivery</td><td>Shipping</td></tr></table>
<div class="seller-box"><b>medsupply_22</b> &middot; member since 2026 &middot; 4 ads &middot; <a href="#">Show phone</a></div>
<p class="safety">Safety tips: meet in a public place, never pay in advance, report suspicious ads.</p>
<a href="/report/8812934">Report this ad</a>
</article>
<aside><h3>Similar ads</h3><ul><li>Vitamin B12 injections kit &ndash; $25</li><li>Massage table portable &ndash; $60</li><li>Blood pressure monitor &ndash; $15</li></ul></aside>
</div>
""", noise="cookie")

p("h5105", "https://instapic.example/k.relief.club", "seller", True, "en",
  "social-bio-post-snippet", "k.relief.club (@k.relief.club) - Instapic photos and videos", """
k.relief.club (@k.relief.club) • 2,041 followers. "Mental health matters 🧠✨ ketamine • esketamine spray • troches 💊 discreet shipping all states 📦 reship guaranteed ✅ menu + orders on tele @krelief_orders 👇"
""", ext="txt")

p("h5106", "https://forschungschemie-shop.example/de/arylcyclohexylamine/2f-dck-pellets-50mg", "seller", True, "de",
  "research-chemical-analogue-shop", "2F-DCK Pellets 50 mg kaufen | Forschungschemie-Shop", """
<header><a href="/de/" class="logo">Forschungschemie-Shop</a>
<nav><a href="/de/neu">Neu</a> <a href="/de/arylcyclohexylamine">Arylcyclohexylamine</a> <a href="/de/benzofurane">Benzofurane</a> <a href="/de/pellets">Pellets</a> <a href="/de/zubehoer">Zubehör</a></nav>
<div><a href="/de/konto">Mein Konto</a> | <a href="/de/warenkorb">Warenkorb (0)</a></div></header>
<main>
<div class="product">
<h1>2F-DCK Pellets 50 mg</h1>
<p class="sku">Art.-Nr. FC-2FDCK-P50 &middot; Reinheit &gt; 99 % (HPLC) &middot; auf Lager, Versand in 24 h</p>
<table class="staffel">
<tr><th>Menge</th><th>Preis</th><th>Stückpreis</th></tr>
<tr><td>5 Pellets</td><td>29,90 €</td><td>5,98 €</td></tr>
<tr><td>10 Pellets</td><td>49,90 €</td><td>4,99 €</td></tr>
<tr><td>25 Pellets</td><td>99,90 €</td><td>4,00 €</td></tr>
<tr><td>100 Pellets</td><td>299,00 €</td><td>2,99 €</td></tr>
</table>
<form><select><option>5 Pellets</option><option>10 Pellets</option><option>25 Pellets</option><option>100 Pellets</option></select> <button>In den Warenkorb</button></form>
<h2>Beschreibung</h2>
<p>2-Fluorodeschloroketamin ist ein Arylcyclohexylamin und ein strukturelles Analogon des Ketamins. Die Substanz wird ausschließlich als Referenzmaterial für analytische und forensische Forschung angeboten.</p>
<p><b>Nicht für den menschlichen Verzehr. Nicht zur Anwendung an Mensch oder Tier.</b> Der Käufer bestätigt, dass er mindestens 18 Jahre alt ist und die Substanz nur im Einklang mit den in seinem Land geltenden Gesetzen verwendet.</p>
<h2>Versand &amp; Zahlung</h2>
<p>Versand als Brief oder Päckchen in neutraler Verpackung innerhalb der EU. Zahlung per Banküberweisung, Bitcoin, Monero oder Bargeld per Einschreiben. Bei Zahlung mit Kryptowährung 10 % Rabatt.</p>
<h2>Kunden kauften auch</h2>
<ul><li>Deschloroketamin (DCK) Pellets 10 mg</li><li>O-PCE 5 mg Blotter</li><li>Präzisionswaage 0,001 g</li></ul>
</div>
</main>
<footer><a href="/de/impressum">Impressum</a> · <a href="/de/agb">AGB</a> · <a href="/de/datenschutz">Datenschutz</a> · © 2026</footer>
""", noise="cookie-de")

p("h5107", "https://ketamina-espana-envios.example/", "seller", True, "es",
  "amateur-whatsapp-landing", "Comprar ketamina en España - envío 24/48h", """
<div style="text-align:center;background:#111;color:#fff;padding:20px">
<h1>COMPRAR KETAMINA EN ESPAÑA</h1>
<p>Envíos a toda la península, Baleares y Canarias &#128666;</p>
</div>
<div style="padding:15px;font-family:Arial">
<p>Hola! Somos distribuidores con más de 5 años de experiencia. Trabajamos solo con producto farmacéutico y cristal de alta pureza. Cientos de clientes satisfechos.</p>
<h2>Lista de precios</h2>
<p>Ketamina líquida vial 10 ml ..... 90 €<br>
Ketamina cristal 1 g ..... 40 €<br>
Ketamina cristal 5 g ..... 170 €<br>
Ketamina cristal 10 g ..... 300 €<br>
Pregunta por precios al por mayor</p>
<h2>Cómo hacer tu pedido</h2>
<ol><li>Escríbenos por WhatsApp al +34 611 55 09 87 o por Telegram</li><li>Te confirmamos stock y el total con envío</li><li>Pagas por Bizum, transferencia o bitcoin</li><li>Recibes tu número de seguimiento. Envío discreto, sin remitente</li></ol>
<p>No hace falta receta. Todo 100% confidencial.</p>
<p><a href="https://wa.me/34611550987" style="background:#25d366;color:#fff;padding:10px 20px">PEDIR POR WHATSAPP</a></p>
<p style="font-size:11px;color:#999">ketamina comprar, ketamina precio, donde comprar ketamina, ketamina madrid, ketamina barcelona, ketamina valencia</p>
</div>
""")

p("h5108", "https://pharmacie-sans-ordonnance.example/ketamine-acheter", "seller", True, "fr",
  "no-prescription-snippet", "Acheter kétamine en ligne sans ordonnance", """
Acheter kétamine en ligne sans ordonnance – Kétamine 50 mg/ml flacon de 10 ml dès 79 €. Livraison discrète en France, Belgique et Suisse sous 48 h, colis neutre. Paiement sécurisé par carte ou crypto. Commandez maintenant, aucune ordonnance demandée.
""", ext="txt")

p("h5109", "https://k-webshop.example/nl/ketamine-bestellen", "seller", True, "nl",
  "telegram-webshop-small", "Ketamine bestellen | K-Webshop NL", """
<header><b>K-Webshop</b> <small>Sinds 2021 · 4,7/5 uit 380 reviews</small>
<nav><a href="/nl/">Home</a> <a href="/nl/ketamine-bestellen">Ketamine</a> <a href="/nl/verzending">Verzending</a> <a href="/nl/contact">Contact</a></nav></header>
<main>
<h1>Ketamine bestellen</h1>
<p>Veilig en anoniem ketamine bestellen in Nederland en België. Wij versturen dezelfde dag in neutrale verpakking, zonder afzender.</p>
<div class="grid">
<div><h3>Ketamine S-isomeer 1 gram</h3><p>€ 35,00</p><button>In winkelwagen</button></div>
<div><h3>Ketamine 5 gram</h3><p>€ 150,00</p><button>In winkelwagen</button></div>
<div><h3>Ketamine 10 gram</h3><p>€ 270,00</p><button>In winkelwagen</button></div>
</div>
<p>Betalen met iDEAL, Bancontact of crypto. Liever persoonlijk contact? Bestel via Telegram: <a href="https://t.me/kwebshop_nl">@kwebshop_nl</a></p>
<p>Niet bezorgd binnen 7 dagen? Dan sturen we gratis opnieuw.</p>
</main>
<footer>© 2026 K-Webshop · Alleen voor 18+</footer>
""", noise="cookie-nl")

p("h5110", "https://farmavet-spedizioni.example/prodotto/ketavet-100-mg-ml-flacone-10-ml", "seller", True, "it",
  "veterinary-vial-sold-to-anyone", "Ketavet 100 mg/ml flacone 10 ml - prezzo | FarmaVet Spedizioni", """
<div class="cookie-it">Questo sito utilizza cookie tecnici e di profilazione. <button>Accetta</button> <button>Rifiuta</button></div>
<header><a href="/" class="logo">FarmaVet <em>Spedizioni</em></a>
<nav><a href="/cani">Cani</a> <a href="/gatti">Gatti</a> <a href="/cavalli">Cavalli</a> <a href="/anestetici">Anestetici</a> <a href="/antiparassitari">Antiparassitari</a></nav>
<a href="/carrello">Carrello</a></header>
<main class="product">
<h1>Ketavet 100 mg/ml soluzione iniettabile &ndash; flacone 10 ml</h1>
<p class="price">€ 64,90 <small>IVA inclusa</small></p>
<p>Disponibilità: immediata &middot; Spedizione in tutta Italia e UE in 24/72 ore</p>
<label>Quantità <input type="number" value="1"></label> <button>Aggiungi al carrello</button>
<ul class="badges"><li>Nessuna ricetta richiesta</li><li>Pacco anonimo</li><li>Pagamento anche con PayPal amici e parenti o bitcoin</li></ul>
<h2>Descrizione</h2>
<p>Ketavet contiene ketamina cloridrato, anestetico dissociativo per uso veterinario impiegato nell'induzione dell'anestesia di cani, gatti, cavalli e animali esotici. Il flacone multidose va conservato a temperatura ambiente, al riparo dalla luce.</p>
<h2>Posologia</h2>
<p>La dose varia in base alla specie e al peso. Consultare il foglio illustrativo.</p>
<h2>Recensioni (12)</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &laquo;Arrivato in due giorni, imballo perfetto, nessuna domanda.&raquo; &ndash; Luca</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; &laquo;Prezzo ottimo, ne ho presi tre.&raquo; &ndash; anonimo</p>
</main>
<footer>FarmaVet Spedizioni &middot; Assistenza clienti via WhatsApp &middot; &copy; 2026</footer>
""")

p("h5111", "https://esketamine-rx-direct.example/spravato-price", "seller", True, "en",
  "fake-pharmacy-spravato-product", "Spravato Price - Buy Esketamine Nasal Spray | RxDirect", """
<header><div class="logo">RxDirect <small>Your Trusted Online Pharmacy</small></div>
<div class="badges"><img src="/img/secure-ssl.png" alt="Secure SSL"> <img src="/img/verified-pharmacy.png" alt="Verified Pharmacy"> <img src="/img/money-back.png" alt="Money back"></div>
<nav><a href="/">Home</a> <a href="/depression">Depression</a> <a href="/anxiety">Anxiety</a> <a href="/sleep">Sleep</a> <a href="/bestsellers">Bestsellers</a> <a href="/cart">Cart</a></nav></header>
<main>
<h1>Spravato (esketamine) nasal spray</h1>
<p>Spravato is a prescription nasal spray used together with an oral antidepressant in adults with treatment-resistant depression and for depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behavior.</p>
<h2>Spravato price</h2>
<table>
<tr><th>Package</th><th>Price</th><th>Per device</th><th></th></tr>
<tr><td>28 mg x 2 devices (56 mg kit)</td><td>$389.00</td><td>$194.50</td><td><button>Add to cart</button></td></tr>
<tr><td>28 mg x 3 devices (84 mg kit)</td><td>$549.00</td><td>$183.00</td><td><button>Add to cart</button></td></tr>
<tr><td>28 mg x 12 devices</td><td>$1,990.00</td><td>$165.83</td><td><button>Add to cart</button></td></tr>
</table>
<p>Compare: in US pharmacies a single 84 mg treatment session can cost more than $900 before insurance.</p>
<h2>Do I need a prescription?</h2>
<p>Our online doctor writes a prescription for you free of charge when you check out &ndash; simply tick the box confirming you have been diagnosed with depression. There is no consultation fee and no need to visit a certified treatment center.</p>
<h2>Payment</h2>
<p>We accept Visa/Mastercard (via our payment partner), Bitcoin and gift cards (Apple, Steam, Razer Gold). Bitcoin orders receive a free extra device.</p>
<h2>Shipping</h2>
<p>Express worldwide shipping, 5&ndash;9 days to USA, Canada, UK, Australia. If customs stops your order we resend at no cost.</p>
</main>
<footer>RxDirect is not affiliated with the manufacturer. Product images for illustration only. &copy; 2026</footer>
""", noise="cookie")

p("h5112", "https://best-k-vendors.example/reviews/top-online-ketamine-vendors-2026", "seller", True, "en",
  "affiliate-doorway-best-vendors", "Top 5 Places to Buy Ketamine Online in 2026 (Tested & Reviewed)", """
<header><a href="/">BestKVendors</a> <nav><a href="/reviews">Reviews</a> <a href="/coupons">Coupons</a> <a href="/guides">Guides</a></nav></header>
<article>
<h1>Top 5 Places to Buy Ketamine Online in 2026 (Tested &amp; Reviewed)</h1>
<p class="byline">By Alex R. &middot; Updated December 2026 &middot; <i>We may earn a commission when you buy through our links.</i></p>
<p>Searching "buy ketamine online" gives you hundreds of shops, and a lot of them are scams. Over the last year our team placed test orders with 23 vendors and scored them on delivery speed, stealth, product quality and customer support. Here are the five that actually delivered.</p>
<h2>Quick comparison</h2>
<table>
<tr><th>#</th><th>Vendor</th><th>Price (10 ml)</th><th>Stealth</th><th>Ships to</th><th></th></tr>
<tr><td>1</td><td>KetaPharm Store</td><td>$140</td><td>9.5/10</td><td>US, CA, EU</td><td><a href="/go/ketapharm" rel="sponsored nofollow">Visit &amp; use code BKV15</a></td></tr>
<tr><td>2</td><td>Vial Express</td><td>$155</td><td>9/10</td><td>Worldwide</td><td><a href="/go/vialexpress" rel="sponsored nofollow">Visit shop</a></td></tr>
<tr><td>3</td><td>K-Webshop</td><td>€35/g</td><td>8.5/10</td><td>EU</td><td><a href="/go/kwebshop" rel="sponsored nofollow">Visit shop</a></td></tr>
<tr><td>4</td><td>RxDirect</td><td>$389 (spray)</td><td>8/10</td><td>Worldwide</td><td><a href="/go/rxdirect" rel="sponsored nofollow">Visit shop</a></td></tr>
<tr><td>5</td><td>ChemLabz</td><td>$80/5 g</td><td>7/10</td><td>US</td><td><a href="/go/chemlabz" rel="sponsored nofollow">Visit shop</a></td></tr>
</table>
<h2>1. KetaPharm Store &ndash; best overall</h2>
<p>Our order arrived in 3 days in a plain box with the vials wrapped in bubble foil. No prescription was asked for and paying in BTC saved us 12%. Support answered on live chat in under 5 minutes.</p>
<h2>How we test</h2>
<p>We pay with our own money, ship to three addresses in different states and send samples to an independent lab. Vendors cannot pay to be ranked.</p>
<h2>Is it safe to order?</h2>
<p>Use a vendor with a reship guarantee and pay in crypto for extra privacy. Start with a small order. Read our <a href="/guides/stealth">stealth guide</a> to keep your parcel unnoticed.</p>
</article>
<aside><div class="coupon">Exclusive: 15% off at KetaPharm with code <b>BKV15</b> <a href="/go/ketapharm">Get deal</a></div></aside>
<footer>&copy; 2026 BestKVendors. For informational purposes only.</footer>
""", noise="cookie")

p("h5113", "https://buy-ketamine-online-usa.example/shop/ketalar-10ml-vial", "seller", True, "en",
  "bot-check-wall-url-only", "Just a moment...", """
<div class="main-wrapper" role="main">
<div class="main-content">
<h1 class="zone-name-title h1">buy-ketamine-online-usa.example</h1>
<h2 class="h2" id="challenge-running">Checking if the site connection is secure</h2>
<noscript><div class="h2">Enable JavaScript and cookies to continue</div></noscript>
<div id="challenge-body-text" class="core-msg spacer">buy-ketamine-online-usa.example needs to review the security of your connection before proceeding.</div>
</div>
</div>
<div class="footer" role="contentinfo"><div class="footer-inner"><div class="text-center">Ray ID: <code>8f2a61c0dd3b9e14</code></div><div class="text-center">Performance &amp; security by EdgeShield</div></div></div>
<script src="/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1?ray=8f2a61c0dd3b9e14"></script>
""")

p("h5114", "https://ketamina-brasil-entrega.example/", "seller", True, "pt",
  "pix-whatsapp-snippet", "Ketamina comprar online | Entrega discreta em todo Brasil", """
Ketamina comprar online | Entrega discreta em todo Brasil. Frasco 10 ml e cristal a partir de R$ 250. Pagamento via Pix ou cripto, envio pelos Correios com código de rastreio. Sem receita, atendimento pelo WhatsApp 24h.
""", ext="txt")

# ---------------------------------------------------------------- telehealth

p("h5115", "https://lumenwell.example/ketamine-therapy-at-home", "telehealth", False, "en",
  "at-home-programme-landing", "At-Home Ketamine Therapy for Depression & Anxiety | Lumenwell", """
<header class="nav"><a class="logo" href="/">lumenwell</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/safety">Safety</a> <a href="/faq">FAQ</a> <a href="/login">Log in</a> <a class="cta" href="/get-started">Check eligibility</a></nav></header>
<main>
<section class="hero">
<h1>Ketamine therapy, at home, with a clinician who knows you</h1>
<p>For adults living with depression or anxiety that hasn't improved with other treatments. Available in 28 states.</p>
<a class="cta" href="/get-started">Take the 5-minute eligibility check</a>
<p class="small">Eligibility is decided by a licensed clinician, not by the questionnaire.</p>
</section>
<section id="how">
<h2>How it works</h2>
<ol>
<li><b>Online intake.</b> Tell us about your history, current medications and what you have tried. Have a recent blood pressure reading ready.</li>
<li><b>Video evaluation.</b> A 60-minute visit with a licensed psychiatric clinician in your state. About one in three people we see are not a good fit for ketamine and we help them find other options.</li>
<li><b>Prescription and delivery.</b> If ketamine is appropriate, your clinician sends a prescription to our licensed partner pharmacy. Sublingual tablets ship in tamper-evident packaging and require an adult signature.</li>
<li><b>Guided sessions.</b> You have a sober sitter present for every session, track your blood pressure and mood in the app, and meet your clinician again after sessions 2 and 6.</li>
<li><b>Integration.</b> Group integration circles every week, and optional 1:1 sessions with a therapist.</li>
</ol>
</section>
<section id="pricing">
<h2>Simple pricing</h2>
<div class="plans">
<div class="plan"><h3>Initial program</h3><p class="price">$399</p><p>Clinical evaluation, 6 sessions of medication, 2 follow-up visits, integration circles. Cancel anytime before your evaluation for a full refund.</p></div>
<div class="plan"><h3>Maintenance</h3><p class="price">$179 / month</p><p>Monthly visit with your clinician, medication as prescribed, unlimited messaging.</p></div>
</div>
<p class="small">HSA/FSA cards accepted. We are not in network with insurers but provide superbills. Medication is only shipped after a clinician has prescribed it.</p>
</section>
<section id="safety">
<h2>Is at-home ketamine safe?</h2>
<p>Ketamine can raise blood pressure, cause dissociation and, with frequent use, carries a risk of misuse. That is why we screen carefully, prescribe limited quantities, require a sitter, check in after every session and can pause or stop treatment at any time. Ketamine is not right for people with uncontrolled hypertension, active psychosis, a history of ketamine misuse, or who are pregnant.</p>
</section>
</main>
<footer><p>Lumenwell Medical Group, P.C. provides clinical services. Lumenwell, Inc. provides technology and administrative services. If you are in crisis call or text 988.</p>
<a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/notice-of-privacy-practices">HIPAA notice</a></footer>
""", noise="cookie")

p("h5116", "https://mindharbor-health.example/pricing", "telehealth", False, "en",
  "telehealth-pricing-snippet", "Pricing | MindHarbor Health", """
Pricing | MindHarbor Health. Plans start at $219/month after your first video appointment with a licensed psychiatric nurse practitioner or physician. If your provider prescribes ketamine, the partner pharmacy ships it to your home; your membership covers follow-up visits and unlimited messaging.
""", ext="txt")

p("h5117", "https://northpine-psychiatry.example/blog/spravato-cost", "telehealth", False, "en",
  "virtual-psychiatry-spravato-cost-referral", "How Much Does Spravato Cost in 2026? | Northpine Virtual Psychiatry", """
<header><a href="/">Northpine</a> <span>Virtual psychiatry</span>
<nav><a href="/conditions">Conditions</a> <a href="/treatments/esketamine">Esketamine</a> <a href="/insurance">Insurance</a> <a href="/blog">Blog</a> <a class="btn" href="/book">Book a video visit</a></nav></header>
<article>
<h1>How much does Spravato cost?</h1>
<p class="meta">Medically reviewed by Priya Raman, MD, board-certified psychiatrist &middot; 6 min read</p>
<p>Spravato (esketamine) is a nasal spray approved for treatment-resistant depression. Because it can only be given in a certified healthcare setting, where you stay under observation for at least two hours, the price you pay has two parts: the medication itself and the treatment-center visit.</p>
<h2>List price vs. what patients pay</h2>
<p>The list price of the medication is roughly $600 to $900 per session depending on the dose (56 mg or 84 mg). Added to that is the center's monitoring fee. During the first month of induction you usually have two sessions a week, so the gross cost of the first month can exceed $6,000. Most commercial insurers and Medicare cover Spravato with prior authorization, and the manufacturer's savings program can bring the medication copay down for eligible commercially insured patients.</p>
<h2>Where Northpine fits in</h2>
<p>Northpine is an online psychiatry practice. We do not give Spravato ourselves and we never mail it. What we do:</p>
<ul>
<li>Evaluate you by video and review your treatment history to see whether you meet criteria for treatment-resistant depression.</li>
<li>Handle prior authorization paperwork with your insurer.</li>
<li>Refer you to a REMS-certified partner treatment center near you, and coordinate with it on dosing and follow-up.</li>
<li>Keep managing your oral antidepressant and see you regularly by video.</li>
</ul>
<p>Our visits are in-network with most major insurers in the states where we practice. A new-patient visit for self-pay patients is $250.</p>
<h2>Watch out for "Spravato without a prescription"</h2>
<p>If you search for Spravato prices you will find websites offering the spray for home delivery. Spravato is never dispensed for use at home. Those sites are not pharmacies.</p>
<a class="btn" href="/book">See if esketamine could be right for you</a>
</article>
<footer>&copy; 2026 Northpine Psychiatry PLLC &middot; Not for emergencies: call 911 or 988.</footer>
""", noise="cookie")

p("h5118", "https://kindred-ketamine.example/faq/is-online-ketamine-legal", "telehealth", False, "en",
  "telehealth-legality-faq", "Is it legal to get ketamine online? | Kindred FAQ", """
<main class="faq">
<a href="/faq">&larr; All questions</a>
<h1>Is it legal to get ketamine online?</h1>
<p>Yes, when it is prescribed by a licensed clinician after a real medical evaluation. Ketamine is a Schedule III controlled substance in the US. Under current federal telehealth rules a DEA-registered prescriber can prescribe it after a video evaluation, and it has to be dispensed by a licensed pharmacy.</p>
<p>At Kindred, every patient has a live video appointment with a licensed psychiatrist or psychiatric nurse practitioner in their state before anything is prescribed. Our prescribers are listed by name on our <a href="/team">team page</a>, with their license numbers.</p>
<p>What is not legal: websites that sell ketamine without a prescription, that "approve" you based on a form alone, or that ship vials, powder or nasal spray in unmarked packages. If a site asks for payment in gift cards or crypto, close the tab.</p>
<h2>Related</h2>
<ul><li><a href="/faq/which-states">Which states do you serve?</a></li><li><a href="/faq/cost">How much does it cost?</a></li><li><a href="/faq/who-is-not-eligible">Who is not eligible?</a></li></ul>
</main>
""")

p("h5119", "https://psychiatrie-online-praxis.example/esketamin", "telehealth", False, "de",
  "german-online-psychiatry-referral", "Esketamin bei therapieresistenter Depression | Online-Psychiatrie", """
<header><a href="/">Psychiatrie Online Praxis</a>
<nav><a href="/leistungen">Leistungen</a> <a href="/ablauf">Ablauf</a> <a href="/kosten">Kosten</a> <a href="/team">Ärztinnen &amp; Ärzte</a> <a class="button" href="/termin">Videotermin buchen</a></nav></header>
<main>
<h1>Esketamin-Nasenspray: Abklärung per Video</h1>
<p>Viele Menschen suchen nach „Ketamin kaufen“ oder „Ketamin-Therapie online“. Esketamin darf in Deutschland nur unter ärztlicher Aufsicht in einer Praxis oder Klinik angewendet werden &ndash; ein Versand nach Hause ist nicht erlaubt. Was wir online leisten können, ist die sorgfältige Vorabklärung.</p>
<h2>So läuft es ab</h2>
<ol>
<li>Erstgespräch per Video mit einer Fachärztin oder einem Facharzt für Psychiatrie und Psychotherapie (50 Minuten).</li>
<li>Prüfung der bisherigen Behandlungen: Gilt Ihre Depression als therapieresistent?</li>
<li>Bei Eignung überweisen wir Sie an eine unserer Partnerpraxen in Ihrer Nähe, in der die Anwendung mit zweistündiger Überwachung stattfindet.</li>
<li>Begleitende Termine per Video zur Verlaufskontrolle und zur Anpassung Ihrer übrigen Medikation.</li>
</ol>
<h2>Kosten</h2>
<p>Das Erstgespräch wird nach GOÄ abgerechnet (Privatpatienten und Selbstzahler ca. 120&ndash;180 €). Die Esketamin-Behandlung selbst wird von der Partnerpraxis abgerechnet; gesetzlich Versicherte erhalten sie bei gesicherter Indikation in der Regel als Kassenleistung.</p>
</main>
<footer><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · Im Notfall: 112 oder Telefonseelsorge 0800 111 0 111</footer>
""", noise="cookie-de")

p("h5120", "https://ketamind-telehealth.example/clinicians", "telehealth", False, "en",
  "clinician-snippet", "Our Clinicians | Ketamind", """
Our Clinicians | Ketamind. Dr. Helen Ortiz, MD, board-certified psychiatrist licensed in Texas, Florida and Colorado, reviews every intake during a 45-minute video visit before any ketamine is prescribed. Medication is filled by our licensed partner pharmacy and shipped only after that visit.
""", ext="txt")

p("h5121", "https://app.lumenwell.example/checkout/initial-program", "telehealth", False, "en",
  "membership-checkout", "Checkout - Lumenwell", """
<div class="checkout">
<a href="/" class="logo">lumenwell</a>
<ol class="steps"><li class="done">Eligibility</li><li class="active">Payment</li><li>Schedule evaluation</li><li>Intake forms</li></ol>
<div class="summary">
<h2>Order summary</h2>
<table>
<tr><td>Initial program &ndash; clinical evaluation + 2 follow-ups</td><td>$399.00</td></tr>
<tr><td>Promo code WELCOME50</td><td>&minus;$50.00</td></tr>
<tr><td><b>Due today</b></td><td><b>$349.00</b></td></tr>
</table>
<p class="note">You will be charged today. If your clinician decides ketamine is not right for you after your video evaluation, we refund everything except a $99 visit fee. Medication ships from our partner pharmacy only after it is prescribed.</p>
</div>
<form class="payment">
<label>Card number <input autocomplete="cc-number"></label>
<label>Expiry <input autocomplete="cc-exp"></label> <label>CVC <input autocomplete="cc-csc"></label>
<label>ZIP <input autocomplete="postal-code"></label>
<label><input type="checkbox"> I am using an HSA/FSA card</label>
<label><input type="checkbox" required> I agree to the Terms, the Telehealth Consent and the Controlled Substance Agreement</label>
<button type="submit">Pay $349.00 and schedule</button>
</form>
<p class="secure">Payments processed securely. Questions? support@lumenwell.example</p>
</div>
<script src="https://js.payprocessor.example/v3/"></script>
""")

p("h5122", "https://telepsiquiatria-horizonte.example/escetamina", "telehealth", False, "pt",
  "portuguese-telepsychiatry-referral", "Escetamina para depressão resistente | Horizonte Telepsiquiatria", """
<header><a href="/">Horizonte Telepsiquiatria</a>
<nav><a href="/como-funciona">Como funciona</a> <a href="/psiquiatras">Psiquiatras</a> <a href="/valores">Valores</a> <a class="btn" href="/agendar">Agendar consulta online</a></nav></header>
<main>
<h1>Escetamina: avaliação por telemedicina</h1>
<p>Você já tentou dois ou mais antidepressivos sem melhora? A escetamina em spray nasal pode ser uma opção. Nossos psiquiatras, com CRM ativo, fazem a avaliação completa por videochamada.</p>
<h2>Como funciona</h2>
<ul>
<li>Consulta de avaliação por vídeo (60 min): R$ 420, com recibo para reembolso do plano de saúde.</li>
<li>Se houver indicação, emitimos o encaminhamento para uma clínica parceira credenciada na sua cidade, onde o spray é aplicado com monitoramento presencial.</li>
<li>Consultas de acompanhamento online a cada 2 a 4 semanas.</li>
</ul>
<p>Importante: a escetamina não é vendida para uso em casa. Desconfie de sites que oferecem "ketamina comprar online" com entrega pelos Correios.</p>
<p>Agende pelo site ou pelo WhatsApp da nossa recepção: (11) 95555-0192.</p>
</main>
<footer>Responsável técnico: Dra. Marina Lopes &ndash; CRM-SP 000000 &middot; &copy; 2026</footer>
""", noise="cookie-pt")

p("h5123", "https://kindred-ketamine.example/team", "telehealth", False, "en",
  "clinician-profiles-page", "Our Care Team | Kindred", """
<header><a href="/">kindred</a> <nav><a href="/how-it-works">How it works</a> <a href="/team">Care team</a> <a href="/faq">FAQ</a> <a href="/start">Get started</a></nav></header>
<main>
<h1>The people behind your care</h1>
<p>Every Kindred patient is evaluated live by one of our prescribers before treatment starts, and keeps the same prescriber throughout.</p>
<div class="card"><h3>Samuel Okafor, MD</h3><p>Medical Director &middot; Board-certified in Psychiatry &middot; Licensed in CA, OR, WA, NV</p><p>Fifteen years in inpatient and community psychiatry. Interested in treatment-resistant depression and PTSD.</p></div>
<div class="card"><h3>Rachel Lindqvist, PMHNP-BC</h3><p>Psychiatric nurse practitioner &middot; Licensed in NY, NJ, CT, MA</p><p>Leads our blood-pressure and safety monitoring protocol.</p></div>
<div class="card"><h3>Tomás Herrera, MD</h3><p>Psychiatrist &middot; Licensed in TX, AZ, NM, CO &middot; Se habla español</p></div>
<div class="card"><h3>Dana Whitfield, LCSW</h3><p>Integration therapist &middot; Leads weekly group integration sessions</p></div>
<p><a href="/start">Start your intake &rarr;</a></p>
</main>
<footer>&copy; 2026 Kindred Health Partners, P.A.</footer>
""")

# ---------------------------------------------------------------- clinics

p("h5124", "https://riverbendketamine.example/locations/lakewood-co", "clinic", False, "en",
  "infusion-clinic-location-page", "Ketamine Infusion Clinic in Lakewood, CO | Riverbend Ketamine", """
<header><a href="/" class="logo">Riverbend Ketamine</a>
<nav><a href="/treatments">Treatments</a> <a href="/locations">Locations</a> <a href="/pricing">Pricing</a> <a href="/providers">Referring providers</a> <a class="btn" href="/book?loc=lakewood">Book now</a></nav>
<p class="phone">Call (303) 555-0128</p></header>
<main>
<h1>Ketamine infusions near Lakewood, Colorado</h1>
<div class="loc-card">
<p><b>Riverbend Ketamine &ndash; Lakewood</b><br>1420 Oak Street, Suite 300<br>Lakewood, CO 80215</p>
<p>Mon&ndash;Fri 8am&ndash;6pm &middot; Sat 9am&ndash;1pm<br>Free parking behind the building. Wheelchair accessible.</p>
<iframe src="https://maps.example/embed?q=1420+Oak+St+Lakewood+CO" title="Map"></iframe>
</div>
<h2>What we treat</h2>
<ul><li>Treatment-resistant depression</li><li>PTSD</li><li>Chronic pain, including CRPS and fibromyalgia</li><li>Spravato (esketamine) &ndash; REMS-certified site</li></ul>
<h2>Your first visit</h2>
<p>Before your first infusion you meet our anesthesiologist for a consultation and we ask for a note from your mental health provider. On infusion days, please arrange a ride home: you cannot drive until the next day. Each infusion lasts about 40 minutes, followed by 30 minutes of recovery in a private room with continuous monitoring of your heart rate, oxygen and blood pressure.</p>
<h2>Prices</h2>
<table><tr><td>Consultation</td><td>$150 (credited to your first infusion)</td></tr>
<tr><td>Single IV infusion (depression/PTSD)</td><td>$475</td></tr>
<tr><td>Initial series of 6 infusions, paid upfront</td><td>$2,550</td></tr>
<tr><td>Pain protocol infusion (4 hours)</td><td>$850</td></tr></table>
<p>We accept HSA/FSA cards and offer financing through CareCredit. Spravato is billed to your insurance.</p>
<h2>Meet the Lakewood team</h2>
<p>Dr. Ellen Marsh, MD (anesthesiology) &middot; James Cho, CRNA &middot; Ana Ruiz, RN</p>
<a class="btn" href="/book?loc=lakewood">Book a consultation</a>
</main>
<footer><p>Other locations: Boulder &middot; Colorado Springs &middot; Fort Collins</p><p>&copy; 2026 Riverbend Ketamine LLC</p></footer>
""", noise="cookie")

p("h5125", "https://maps-results.example/place/riverbend-ketamine-boulder", "clinic", False, "en",
  "local-pack-snippet", "Riverbend Ketamine - Boulder", """
Riverbend Ketamine - Boulder · 4.8 ★ (212 reviews) · Ketamine infusion clinic · 2890 Pearl St, Boulder, CO · Open ⋅ Closes 6 PM · (303) 555-0171 · "The nurses sat with me through my whole first infusion." · Website · Directions · Book online
""", ext="txt")

p("h5126", "https://bayshore-behavioral.example/spravato/cost-and-insurance", "clinic", False, "en",
  "rems-centre-spravato-cost", "Spravato Cost & Insurance | Bayshore Behavioral Health, Tampa", """
<header><a href="/">Bayshore Behavioral Health</a> <nav><a href="/spravato">Spravato</a> <a href="/tms">TMS</a> <a href="/medication-management">Medication management</a> <a href="/patient-portal">Patient portal</a> <a href="/pay-bill">Pay my bill</a></nav></header>
<main>
<h1>What will Spravato cost me?</h1>
<p>Bayshore is a certified Spravato treatment center in Tampa. You take each dose in our treatment suite under the supervision of our nurses and stay with us for at least two hours afterwards. The medication is never sent home with you.</p>
<h2>With insurance</h2>
<p>Our benefits team checks your coverage and submits the prior authorization for you before your first appointment. We are in-network with most major plans and Medicare. Many commercially insured patients qualify for the manufacturer's savings program, which can lower the out-of-pocket cost for the medication to as little as $10 per treatment.</p>
<h2>Without insurance</h2>
<p>Self-pay pricing includes the medication, the observation visit and vital-sign monitoring:</p>
<ul><li>56 mg session: $890</li><li>84 mg session: $1,180</li></ul>
<h2>How to start</h2>
<p>Ask your psychiatrist or primary care doctor to send a referral, or call us at (813) 555-0102 to schedule an evaluation with one of our psychiatrists. You can pay deposits and bills online through our secure portal.</p>
</main>
<footer>Bayshore Behavioral Health, 500 Harbour Island Blvd, Tampa, FL &middot; &copy; 2026</footer>
""")

p("h5127", "https://chu-loire-atlantique.example/services/psychiatrie/depression-resistante-esketamine", "clinic", False, "fr",
  "french-university-hospital-unit", "Unité de la dépression résistante – eskétamine | CHU", """
<header><a href="/">Centre hospitalier universitaire</a>
<nav><a href="/patients">Patients et visiteurs</a> <a href="/services">Services de soins</a> <a href="/professionnels">Professionnels</a> <a href="/recherche">Recherche</a> <a href="/rdv">Prendre rendez-vous</a></nav></header>
<main>
<p class="fil">Accueil › Services › Psychiatrie adulte › Dépression résistante</p>
<h1>Unité de soins de la dépression résistante</h1>
<p>L'unité accueille des patients adultes adressés par leur psychiatre ou leur médecin traitant pour une dépression n'ayant pas répondu à au moins deux traitements bien conduits.</p>
<h2>Traitements proposés</h2>
<ul>
<li>Eskétamine par voie nasale, administrée en hôpital de jour sous surveillance infirmière (2 heures minimum)</li>
<li>Kétamine intraveineuse dans le cadre de protocoles de recherche clinique</li>
<li>Stimulation magnétique transcrânienne répétitive (rTMS)</li>
<li>Électroconvulsivothérapie</li>
</ul>
<h2>Comment être adressé ?</h2>
<p>Le médecin adresse un courrier et un résumé des traitements antérieurs à l'unité. Une consultation d'évaluation est proposée dans un délai de 4 à 8 semaines. Les soins sont pris en charge par l'Assurance maladie.</p>
<h2>Contact</h2>
<p>Secrétariat : 02 40 00 00 00, du lundi au vendredi de 9 h à 16 h 30<br>Bâtiment C, 2e étage</p>
</main>
<footer>Mentions légales · Accessibilité · Plan d'accès</footer>
""", noise="cookie-fr")

p("h5128", "https://studiomedico-aurora.example/terapia-esketamina-ketamina-prezzi", "clinic", False, "it",
  "italian-price-list-whatsapp-booking", "Terapia con ketamina ed esketamina a Milano - prezzi | Studio Medico Aurora", """
<div class="cookie-it">Usiamo i cookie per migliorare la navigazione. <a href="/privacy">Informativa</a> <button>OK</button></div>
<header><a href="/">Studio Medico Aurora</a> <nav><a href="/chi-siamo">Chi siamo</a> <a href="/trattamenti">Trattamenti</a> <a href="/prezzi">Prezzi</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Ketamina ed esketamina per la depressione resistente</h1>
<p>Nel nostro studio di Milano (Via Solferino) le sedute si svolgono in ambulatorio, alla presenza di un medico anestesista e di uno psichiatra, con monitoraggio dei parametri vitali per tutta la durata del trattamento.</p>
<h2>Prezzi</h2>
<table>
<tr><td>Prima visita psichiatrica di valutazione</td><td>€ 180</td></tr>
<tr><td>Seduta di ketamina endovena (infusione di 40 minuti)</td><td>€ 350</td></tr>
<tr><td>Ciclo di 6 infusioni</td><td>€ 1.900</td></tr>
<tr><td>Seduta di esketamina spray nasale con osservazione di 2 ore</td><td>prezzo su richiesta</td></tr>
</table>
<p>Le prestazioni sono detraibili come spese sanitarie. Rilasciamo fattura.</p>
<h2>Prenota</h2>
<p>Puoi prenotare la prima visita chiamando lo 02 5550 1234 o scrivendoci su WhatsApp al 347 555 0190. Per iniziare il ciclo serve la valutazione psichiatrica in studio.</p>
</main>
<footer>Studio Medico Aurora S.r.l. &ndash; Direttore sanitario Dott. Paolo Ferri &ndash; P.IVA 00000000000</footer>
""")

p("h5129", "https://ggz-rivierenland-zorg.example/behandelingen/ketaminebehandeling", "clinic", False, "nl",
  "dutch-mental-health-service", "Ketaminebehandeling bij depressie | GGZ Rivierenland", """
<header><a href="/">GGZ Rivierenland</a> <nav><a href="/hulp-zoeken">Hulp zoeken</a> <a href="/behandelingen">Behandelingen</a> <a href="/locaties">Locaties</a> <a href="/verwijzers">Voor verwijzers</a></nav></header>
<main>
<h1>Ketaminebehandeling</h1>
<p>Bij een ernstige depressie waarbij andere behandelingen niet voldoende hebben geholpen, kan ketamine of esketamine een optie zijn. De behandeling vindt plaats op onze polikliniek in Tiel.</p>
<h2>Hoe verloopt de behandeling?</h2>
<p>U krijgt de medicatie op de polikliniek, twee keer per week gedurende vier weken. Een verpleegkundige blijft bij u en controleert uw bloeddruk. Na afloop blijft u minimaal twee uur. U mag daarna niet zelf autorijden.</p>
<h2>Aanmelden</h2>
<p>Voor deze behandeling heeft u een verwijzing nodig van uw huisarts of behandelaar. De huidige wachttijd voor het intakegesprek is ongeveer 10 weken. De behandeling valt onder de basisverzekering; uw eigen risico is van toepassing.</p>
</main>
<footer>GGZ Rivierenland · Privacy · Klachten · © 2026</footer>
""", noise="cookie-nl")

p("h5130", "https://clinicaketamina-cdmx.example/", "clinic", False, "es",
  "mexican-clinic-packages-whatsapp", "Clínica de Ketamina CDMX | Infusiones para depresión", """
<header><a href="/">Clínica Ketamina CDMX</a> <nav><a href="#tratamientos">Tratamientos</a> <a href="#precios">Precios</a> <a href="#equipo">Equipo médico</a> <a href="#ubicacion">Ubicación</a></nav>
<a class="wa" href="https://wa.me/525555550163">Agenda por WhatsApp</a></header>
<main>
<h1>Infusiones de ketamina en la Ciudad de México</h1>
<p>Tratamiento ambulatorio para depresión resistente, ansiedad y dolor crónico en nuestras instalaciones de la colonia Roma Norte. Cada sesión es supervisada por un médico anestesiólogo certificado.</p>
<h2 id="precios">Precios</h2>
<ul>
<li>Valoración psiquiátrica inicial: $1,800 MXN</li>
<li>Infusión individual: $6,500 MXN</li>
<li>Paquete de 6 infusiones: $34,000 MXN (pago en dos exhibiciones)</li>
</ul>
<p>Aceptamos tarjetas de crédito y débito, transferencia y hasta 6 meses sin intereses. Facturamos.</p>
<h2 id="equipo">Equipo médico</h2>
<p>Dra. Laura Medina Ríos, anestesióloga (cédula profesional 0000000) · Dr. Andrés Salgado, psiquiatra</p>
<h2 id="ubicacion">Ubicación</h2>
<p>Calle Colima 000, Roma Norte, Cuauhtémoc, CDMX. Lunes a sábado, 9:00 a 19:00.</p>
</main>
<footer>Aviso de privacidad · Permiso COFEPRIS de publicidad en trámite · © 2026</footer>
""", noise="cookie-es")

p("h5131", "https://openfield-kap.example/packages", "clinic", False, "en",
  "kap-practice-packages-giftcards", "Packages & Gift Cards | Openfield Ketamine-Assisted Psychotherapy, Portland", """
<header><a href="/">Openfield</a> <small>Ketamine-Assisted Psychotherapy &middot; Portland, OR</small>
<nav><a href="/approach">Our approach</a> <a href="/team">Therapists</a> <a href="/packages">Packages</a> <a href="/shop">Shop</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Packages</h1>
<p>All sessions take place in our office on SE Division Street. Medicine sessions are held in a quiet room with a licensed therapist present the whole time, and our medical provider administers the ketamine (intramuscular or lozenge) and monitors you.</p>
<div class="pkg"><h2>Explore &ndash; $1,650</h2><p>Medical screening with our nurse practitioner, 2 preparation sessions, 1 medicine session, 2 integration sessions.</p><a class="btn" href="/shop/explore">Buy package</a></div>
<div class="pkg"><h2>Deepen &ndash; $3,900</h2><p>Medical screening, 3 preparation sessions, 3 medicine sessions, 4 integration sessions.</p><a class="btn" href="/shop/deepen">Buy package</a></div>
<p class="small">A package purchase reserves your place; you are only scheduled for medicine sessions after the medical screening confirms you are eligible. Unused sessions are refunded.</p>
<h2>Gift cards</h2>
<p>Gift cards from $100 can be used toward preparation and integration sessions. <a href="/shop/gift-card">Buy a gift card</a></p>
<p><a href="/cart">View cart</a></p>
</main>
<footer>Openfield Counseling PLLC &middot; 3300 SE Division St, Portland, OR &middot; &copy; 2026</footer>
""", noise="cookie")

# ---------------------------------------------------------------- informational

p("h5132", "https://dailyledger-news.example/health/2026/11/buy-ketamine-online-search-results-scam-shops", "informational", False, "en",
  "news-feature-scam-shops-prices", "We searched 'buy ketamine online.' Here's what we found. | The Daily Ledger", """
<header class="masthead"><a href="/">The Daily Ledger</a>
<nav><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/health">Health</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a class="sub" href="/subscribe">Subscribe $1/week</a></nav></header>
<article>
<p class="kicker">Health &middot; Investigation</p>
<h1>We searched "buy ketamine online." Here's what we found.</h1>
<p class="byline">By Meredith Cole &middot; November 18, 2026</p>
<p>Type "buy ketamine online" or "ketamine for sale" into a search engine and the first page is a mix of polished web shops, review sites ranking "the best vendors," and clinics that really do treat depression. Telling them apart is getting harder.</p>
<p>Over three weeks, reporters examined 60 sites that appeared on the first two pages of results for a dozen such searches in English, Spanish and German. Twenty-two offered ketamine or esketamine with no prescription at all. Prices ranged from $80 for five grams of "crystal" to $140&ndash;$190 for a 10 ml vial of what was described as pharmaceutical ketamine. One site listed a kit of two esketamine nasal-spray devices for $389 and promised to include "a free prescription from our doctor" at checkout.</p>
<p>Several of the shops, including ones calling themselves KetaPharm Store and RxDirect, offered discounts of 10 to 15 percent for paying in Bitcoin and guaranteed a free "reship" if a parcel was seized by customs.</p>
<blockquote>"The 'reship guarantee' is the tell," said Dr. Aisha Banerjee, a toxicologist who studies online drug markets. "A pharmacy doesn't need to promise that."</blockquote>
<p>We did not place orders. Two people who said they had bought from such sites told us they either received nothing or received a powder that tested as something else.</p>
<h2>Fake clinics</h2>
<p>Perhaps more worrying are sites that look like clinics. One, with a Houston street address that turned out to be a mailbox store, said patients could be "approved in 10 minutes, no video call required" and would receive ketamine overnight. Legitimate telehealth providers, by contrast, require a live evaluation with a licensed clinician before prescribing, and esketamine can only be given in a certified healthcare setting.</p>
<h2>What the search companies say</h2>
<p>A spokesperson for one search engine said it removes pharmacy ads from unverified advertisers and demotes sites that violate its policies, but acknowledged that organic results "can take time to catch up." After we shared our list, nine of the sites disappeared from the results.</p>
<p>If you are looking for ketamine treatment, experts recommend asking your doctor for a referral, checking that a clinic or telehealth provider names its clinicians and their licenses, and avoiding any site that takes crypto or gift cards for medication.</p>
<p class="crisis">If you or someone you know is struggling, call or text 988.</p>
</article>
<aside class="related"><h3>More in Health</h3><ul><li>Spravato prices are falling. Patients still wait months.</li><li>What's in street ketamine? A drug-checking lab explains</li></ul></aside>
<footer>&copy; 2026 The Daily Ledger &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a></footer>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({section:"health",paywall:"metered"});</script>
""", noise="cookie")

p("h5133", "https://costguide-health.example/ketamine-therapy-cost", "informational", False, "en",
  "price-guide-snippet", "How Much Does Ketamine Therapy Cost? (2026 Price Guide)", """
How Much Does Ketamine Therapy Cost? (2026 Price Guide). IV ketamine infusions typically cost $400 to $800 per session, and an initial series of six runs $2,400 to $4,800. At-home programs from telehealth companies start around $200 a month; Spravato is usually covered by insurance, with self-pay prices near $900 per treatment.
""", ext="txt")

p("h5134", "https://forum.depressionpeers.example/t/has-anyone-bought-ketamine-online/48213", "informational", False, "en",
  "forum-thread-warnings", "Has anyone bought ketamine online? - Treatments - DepressionPeers Forum", """
<header><a href="/">DepressionPeers</a> <a href="/c/treatments">Treatments</a> <a href="/login">Log in</a> <a href="/signup">Sign up</a></header>
<main class="topic">
<h1>Has anyone bought ketamine online?</h1>
<div class="post"><div class="author">greyskies_88 &middot; Oct 2</div>
<p>My psychiatrist says I'm a candidate for Spravato but the nearest center has a 4 month waitlist. I googled "spravato price" and "buy ketamine online" and there are a ton of sites that will ship it. One takes Cash App and says no prescription needed. Has anyone tried these? I'm desperate honestly.</p></div>
<div class="post"><div class="author">moderator_lin &middot; Oct 2</div>
<p>Hi greyskies, sorry you're going through this. Please don't. Forum rules don't allow links to those sites, and we've seen members get scammed (paid and nothing arrived) or get something that wasn't ketamine. Spravato isn't dispensed for home use at all, so anyone shipping it is not a pharmacy.</p></div>
<div class="post"><div class="author">pjw_runner &middot; Oct 3</div>
<p>I did the at-home route through a telehealth company last year. It was legit: a long video appointment with a psychiatrist, they needed my BP readings, and the pharmacy only shipped after she wrote the script. About $300 the first month. Worth asking your psychiatrist if that's an option while you wait.</p></div>
<div class="post"><div class="author">greyskies_88 &middot; Oct 3</div>
<p>Thank you both. I'll ask about other centers and the telehealth thing. Deleting the tabs.</p></div>
<div class="post"><div class="author">nightowl &middot; Oct 5</div>
<p>Also check if the IV clinics near you have a cancellation list. I got in 3 weeks early that way.</p></div>
</main>
<aside><p>If you are in crisis, call or text 988 (US) or your local emergency number.</p></aside>
<footer>DepressionPeers is a peer-support community, not medical advice.</footer>
""")

p("h5135", "https://harlan-defense-law.example/practice-areas/ordering-ketamine-online", "informational", False, "en",
  "law-firm-practice-page", "Charged After Ordering Ketamine Online? | Harlan Defense Law", """
<header><a href="/">Harlan Defense Law</a> <span class="phone">Free consultation: (415) 555-0133</span>
<nav><a href="/practice-areas">Practice areas</a> <a href="/results">Case results</a> <a href="/attorneys">Attorneys</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Charged after ordering ketamine online?</h1>
<p>Customs and Border Protection intercepts thousands of parcels of controlled substances every year. When a package addressed to you contains ketamine from an overseas website, you may receive a "controlled delivery," a letter, or a visit from federal agents. Ketamine is a Schedule III drug; importing it without registration can be charged as a federal felony.</p>
<h2>Common situations we handle</h2>
<ul>
<li>Parcels of "research chemicals" or analogues such as 2F-DCK seized at an international mail facility</li>
<li>Orders placed from sites advertising "no prescription needed" that later turned out to be under investigation</li>
<li>Purchases made in crypto from darknet or Telegram vendors</li>
<li>Nurses and physicians facing licensing boards after a personal-use order</li>
</ul>
<h2>What to do now</h2>
<p>Do not talk to agents without a lawyer. Do not delete messages or order confirmations. Call us; consultations are confidential and free.</p>
<form class="contact"><input placeholder="Name"> <input placeholder="Phone"> <textarea placeholder="What happened?"></textarea> <button>Request a call back</button></form>
</main>
<footer>Attorney advertising. Prior results do not guarantee a similar outcome. &copy; 2026 Harlan Defense Law LLP</footer>
""", noise="cookie")

p("h5136", "https://wissenspedia.example/wiki/Ketamin", "informational", False, "de",
  "encyclopaedia-snippet", "Ketamin – Wissenspedia", """
Ketamin – Wissenspedia. Ketamin ist ein Arzneistoff aus der Gruppe der Anästhetika, der als Racemat und als reines S-Enantiomer (Esketamin) zur Narkose und Schmerztherapie eingesetzt wird. Esketamin ist als Nasenspray zur Behandlung therapieresistenter Depressionen zugelassen; nicht-medizinischer Besitz unterliegt in Deutschland dem Arzneimittelrecht.
""", ext="txt")

p("h5137", "https://agence-medicament-vigilance.example/actualites/achat-ketamine-internet-mise-en-garde", "informational", False, "fr",
  "regulator-warning", "Achat de kétamine sur internet : mise en garde", """
<header><a href="/">Agence de vigilance du médicament</a> <nav><a href="/actualites">Actualités</a> <a href="/dossiers">Dossiers thématiques</a> <a href="/declarer">Déclarer un effet indésirable</a></nav></header>
<main>
<p class="date">Publié le 14/10/2026</p>
<h1>Kétamine et eskétamine vendues sur internet : ne prenez pas de risque</h1>
<p>L'Agence constate une augmentation du nombre de sites proposant d'« acheter de la kétamine » ou de l'eskétamine en ligne, souvent présentés comme des pharmacies ou des « cliniques » et accessibles depuis les moteurs de recherche.</p>
<h2>Ce qu'il faut savoir</h2>
<ul>
<li>La kétamine est un médicament stupéfiant réservé à l'usage hospitalier et vétérinaire. Elle ne peut pas être vendue à un particulier.</li>
<li>L'eskétamine en pulvérisation nasale est administrée uniquement dans un établissement de santé, sous surveillance.</li>
<li>Aucune pharmacie autorisée à vendre en ligne en France ne peut proposer ces produits. La liste des sites autorisés est disponible auprès de l'Ordre des pharmaciens.</li>
</ul>
<h2>Les signes qui doivent alerter</h2>
<p>Vente « sans ordonnance », paiement en cryptomonnaie ou par coupons, commande via WhatsApp ou Telegram, colis « neutre » ou « discret », promesse de « renvoi gratuit » en cas de saisie douanière.</p>
<p>Si vous avez pris un produit acheté en ligne et ressentez des effets inquiétants, appelez le 15 ou un centre antipoison.</p>
</main>
<footer>Mentions légales · Accessibilité · Contact presse</footer>
""", noise="cookie-fr")

p("h5138", "https://drugstesten-info.example/ketamine", "informational", False, "nl",
  "drug-checking-snippet", "Ketamine laten testen | Drugstesten Info", """
Ketamine laten testen | Drugstesten Info. Bij een testlocatie kun je anoniem een klein beetje ketamine inleveren; binnen een week hoor je wat erin zit. In 2026 bleek een deel van de online bestelde 'ketamine' een ander middel te bevatten, zoals 2F-DCK of een lokaal verdovingsmiddel.
""", ext="txt")

p("h5139", "https://cronaca-quotidiana.example/2026/09/cetamina-online-sequestro", "informational", False, "it",
  "italian-news-snippet", "Cetamina venduta online, sequestrati 3 chili: prezzo di 40 euro al grammo", """
Cetamina venduta online, sequestrati 3 chili: prezzo di 40 euro al grammo. La Guardia di Finanza ha oscurato dodici siti che promettevano spedizioni anonime in tutta Italia e pagamenti in bitcoin; gli ordini arrivavano tramite Telegram e WhatsApp.
""", ext="txt")

p("h5140", "https://findketamineclinics.example/colorado/denver", "informational", False, "en",
  "clinic-directory-city-listing", "Ketamine Clinics Near Denver, CO (11) | FindKetamineClinics", """
<header><a href="/">FindKetamineClinics</a> <form><input value="Denver, CO"><button>Search</button></form> <a href="/list-your-clinic">List your clinic</a></header>
<main>
<h1>Ketamine clinics near Denver, CO</h1>
<p>11 providers within 25 miles. Filter: <label><input type="checkbox"> IV infusion</label> <label><input type="checkbox"> Spravato (REMS)</label> <label><input type="checkbox"> KAP</label> <label><input type="checkbox"> Accepts insurance</label></p>
<ol class="results">
<li><h2><a href="/clinic/riverbend-ketamine-lakewood">Riverbend Ketamine &ndash; Lakewood</a></h2><p>IV infusion &middot; Spravato &middot; 6.2 mi &middot; from $475/infusion &middot; 4.8 (212)</p></li>
<li><h2><a href="/clinic/mile-high-infusion">Mile High Infusion Center</a></h2><p>IV infusion &middot; 2.1 mi &middot; from $450 &middot; 4.6 (88)</p></li>
<li><h2><a href="/clinic/front-range-psychiatry">Front Range Psychiatry</a></h2><p>Spravato &middot; In-network with most plans &middot; 3.9 mi &middot; 4.4 (51)</p></li>
<li class="sponsored"><span>Sponsored</span><h2><a href="/clinic/lumenwell">Lumenwell (telehealth)</a></h2><p>At-home ketamine after video evaluation &middot; Colorado &middot; from $399</p></li>
<li><h2><a href="/clinic/aspen-kap">Aspen Grove KAP Collective</a></h2><p>Ketamine-assisted psychotherapy &middot; 5.5 mi &middot; packages from $1,500</p></li>
</ol>
<p><a href="?page=2">Next page &rarr;</a></p>
<section class="guide"><h2>How to choose a clinic</h2><p>Look for a clinic that asks for your medical history, has an anesthesiologist or psychiatrist on staff and monitors you during treatment. Avoid any site that sells ketamine without an appointment. Listings are provided by clinics; we do not verify credentials and do not endorse any provider.</p></section>
</main>
<footer>&copy; 2026 FindKetamineClinics &middot; <a href="/about">About</a> &middot; <a href="/advertise">Advertise</a></footer>
""", noise="cookie")

save(OUT, R)
