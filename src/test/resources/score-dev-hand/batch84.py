# Batch 84 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "How to order, and who says so". Every page gives or reports a way to order or to contact
# someone: a messenger handle, a phone or WhatsApp number, an e-mail address, an order form, a
# "DM us" line. Sellers give their ordering instructions in their own voice; protected pages are
# providers' booking/support/refill contacts, licensed pharmacies and wholesalers that take orders
# from professionals, a drug-checking service asking for samples, and news, court, police, forum and
# harm-reduction pages that report sellers' ordering channels in reported speech or past tense.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it.
# Shapes: no-Rx "online pharmacy" with WhatsApp ordering, affiliate "where to buy" blog pointing to a
# Telegram handle, social-bio ad (plain text), questionnaire-only "wellness clinic" shipping spray for
# Bitcoin, research-chemical analogue shop with order form, veterinary vial shop selling to anyone,
# marketplace vendor profile, esketamine "no prescription" order page, Spanish WhatsApp shop, German
# Telegram/e-mail order shop, French classified (plain text), Dutch analogue webshop, Portuguese fake
# "clinic" taking Pix, Italian anonymous-shipping blog shop; telehealth contact page, refill help
# article, virtual psychiatry booking line, pharmacy-partner order status, refill SMS (plain text),
# Spanish WhatsApp scheduling, German hotline page, French prescription-renewal page, Portuguese
# "fale conosco"; clinic contact page, REMS centre scheduling, KAP practice with an Instagram DM note,
# pain-clinic referral page, booking FAQ (plain text), Italian booking page, Dutch referral/aanmelden
# page, Spanish "pide cita"; news report on a Telegram ring, sentencing summary, forum moderator note,
# harm-reduction scam warning, compounding pharmacy prescriber-order page, mail-in drug checking,
# German police press release, French wholesaler professional orders, Portuguese news report.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch84.py (writes batch84/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch84")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers

p("h8401", "https://medsquarepharma.example/product/ketamine-hydrochloride-injection-10ml", "seller", True, "en",
  "no-rx-online-pharmacy-whatsapp-order", "Ketamine Hydrochloride Injection 50mg/ml 10ml vial - MedSquare Pharma", """
<div class="topbar">Free worldwide shipping on orders over $300 | 100% discreet packaging | Questions? WhatsApp +44 7700 900412</div>
<header><a class="logo" href="/">MedSquare<span>Pharma</span></a>
<nav><a href="/shop">Shop</a> <a href="/category/pain-relief">Pain Relief</a> <a href="/category/anxiety">Anxiety</a> <a href="/category/anesthetics">Anesthetics</a> <a href="/category/sleep">Sleep</a> <a href="/how-to-order">How to Order</a> <a href="/contact">Contact</a></nav>
<a href="/cart" class="cart">Cart (0)</a></header>
<main>
<p class="crumbs">Home / Anesthetics / Ketamine Hydrochloride Injection</p>
<div class="product">
<img src="/img/ketalar-10ml.jpg" alt="Ketamine 10ml vial">
<h1>Ketamine Hydrochloride Injection USP 50mg/ml (10ml)</h1>
<p class="stars">&#9733;&#9733;&#9733;&#9733;&#9733; (87 customer reviews)</p>
<p class="price">$95.00 &ndash; $780.00</p>
<form class="variations">
<label>Pack size</label>
<select><option>1 vial - $95</option><option>3 vials - $260</option><option>5 vials - $410</option><option>10 vials - $780</option></select>
<input type="number" value="1"> <button type="submit">Add to cart</button>
</form>
<ul class="badges"><li>No prescription required</li><li>Tracking number within 24h</li><li>Reship guarantee if seized</li></ul>
</div>
<section class="tabs">
<h2>Description</h2>
<p>Original pharmaceutical grade ketamine in sealed 10ml multi-dose vials, manufactured in India and shipped from our EU and US warehouses. Used for anaesthesia, chronic pain and depression. All vials come in their original box with batch number and expiry date of at least 18 months.</p>
<h2>How to order</h2>
<p>You can place your order directly through the cart above, or if you prefer, order with one of our sales agents on WhatsApp: send the product name and quantity to <b>+44 7700 900412</b> and you will receive the payment details in a few minutes. We accept Bitcoin, USDT (TRC20), Zelle and Cash App. Bitcoin orders receive 10% off.</p>
<p>Prefer e-mail? Write to <a href="mailto:orders@medsquarepharma.example">orders@medsquarepharma.example</a> with your shipping address. We do not ask for a prescription and your name is never written on the parcel.</p>
<h2>Shipping</h2>
<p>USA 3-5 days, UK/EU 5-8 days, Australia 7-12 days. Parcels are vacuum sealed and declared as cosmetics. If your parcel is held by customs we reship free of charge once.</p>
<h2>Reviews (87)</h2>
<blockquote>"Second order, arrived in 4 days to Ohio, vials sealed. Agent on WhatsApp was very helpful." &ndash; Derek M.</blockquote>
<blockquote>"Paid with BTC, got tracking the same evening. Will order again." &ndash; anon</blockquote>
</section>
<aside><h3>Related products</h3><ul><li><a href="/product/esketamine-nasal-spray">Esketamine Nasal Spray 28mg</a> $240</li><li><a href="/product/ketamine-powder-crystal">Ketamine Crystal 5g</a> $180</li><li><a href="/product/diazepam-10mg">Diazepam 10mg</a> $120</li></ul></aside>
</main>
<footer><p>&copy; 2026 MedSquare Pharma. All rights reserved.</p><p><a href="/privacy">Privacy</a> | <a href="/refund-policy">Refund &amp; Reship Policy</a> | <a href="/faq">FAQ</a></p><p>We accept: BTC &middot; USDT &middot; Zelle &middot; Cash App</p></footer>
""", noise="cookie")

p("h8402", "https://thepsychonautreview.example/2026/where-to-buy-ketamine-online-safely", "seller", True, "en",
  "affiliate-blog-telegram-vendor", "Where to Buy Ketamine Online in 2026 (Tested & Legit Vendor) - The Psychonaut Review", """
<header><h1 class="site-title"><a href="/">The Psychonaut Review</a></h1><p class="tagline">Honest reviews for the curious mind</p>
<nav><a href="/">Home</a> <a href="/category/reviews">Vendor Reviews</a> <a href="/category/guides">Guides</a> <a href="/about">About</a></nav></header>
<article>
<h1>Where to Buy Ketamine Online in 2026 (Tested &amp; Legit Vendor)</h1>
<p class="meta">By Jake R. &middot; Updated November 29, 2026 &middot; 9 min read</p>
<p><em>Disclosure: this post contains referral links. If you order through them we get a small commission at no extra cost to you.</em></p>
<p>If you've tried to find ketamine online you already know the problem: for every real vendor there are fifty scam sites that take your Bitcoin and disappear. Over the past year I placed test orders with eleven different sellers. Only one delivered every time, with the quality I expected, and that's the one I'm recommending today.</p>
<h2>Our pick: KetaDirect (Telegram)</h2>
<p>KetaDirect sells pharmaceutical ketamine (vials and evaporated crystal) and ships domestically in the US and the UK, so no customs risk. They don't run a website anymore, everything goes through Telegram. Here's how to order:</p>
<ol>
<li>Install Telegram and message <b>@KetaDirect_Official</b> (careful, there are copycats, check the handle letter by letter).</li>
<li>Send the code <b>PSYREVIEW</b> to get the menu and 15% off your first order.</li>
<li>Choose your product, pay in BTC or LTC, and send them your address.</li>
<li>You'll get a tracking number within 24 hours. Packaging is completely stealth.</li>
</ol>
<p>Prices at the time of writing: 1g crystal $70, 3.5g $200, 10g $480; 10ml vials $110 each.</p>
<h2>What about prescriptions?</h2>
<p>You don't need one. Clinics charge $500 per infusion and the waiting lists are months long. Ordering online is simply the cheaper option for a lot of people.</p>
<h2>Scam vendors to avoid</h2>
<p>We've listed the sites that never delivered in our <a href="/scam-list">scam list</a>. If a vendor asks for payment in gift cards, run.</p>
<div class="cta"><a href="https://t.me/KetaDirect_Official">&#9993; Message KetaDirect on Telegram</a></div>
<h3>Comments (43)</h3>
<p><b>mk_ultra_fan:</b> ordered last week w/ your code, legit, thanks man</p>
<p><b>Sarah:</b> do they ship to Canada?</p>
<p><b>Jake R. (author):</b> @Sarah yes, ask them for the CA menu.</p>
</article>
<aside><h3>Popular posts</h3><ul><li><a href="#">DCK vs ketamine: our experience</a></li><li><a href="#">Best scales for microdosing</a></li><li><a href="#">How to pay with Bitcoin anonymously</a></li></ul>
<p><a href="/subscribe">Join our newsletter</a></p></aside>
<footer>&copy; 2026 The Psychonaut Review &middot; For entertainment purposes only</footer>
""")

p("h8403", "https://linktree-clone.example/kandyshop_eu", "seller", True, "en",
  "social-bio-ad-plain-text", "kandyshop_eu", """
kandyshop_eu 🍭💎
K shards 🧊 | pure S-isomer | tested
Menu in story highlights ⬆️
EU 🇪🇺 + UK 🇬🇧 tracked post, stealth x2 vacuum
DM to order or Signal: kandy.07 | Session ID in link
BTC / XMR only, no GF no PayPal
18+ only. no chat no drama, serious buyers
""", ext="txt")

p("h8404", "https://serenityketaminewellness.example/start", "seller", True, "en",
  "fake-clinic-questionnaire-only-bitcoin", "Start At-Home Ketamine Therapy Today | Serenity Ketamine Wellness", """
<header><a href="/" class="brand">Serenity Ketamine Wellness</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a> <a href="/start" class="btn">Get started</a></nav></header>
<main>
<section class="hero">
<h1>Feel like yourself again &mdash; in days, not months.</h1>
<p>Ketamine nasal spray delivered discreetly to your door. No doctor visits, no waiting rooms, no judgement.</p>
</section>
<section>
<h2>How to order</h2>
<ol>
<li><b>Answer our 2-minute wellness questionnaire.</b> Eight simple questions about your mood and sleep. Everyone over 18 qualifies.</li>
<li><b>Choose your plan.</b> Starter (1 bottle, 10 doses) $199 &middot; Balance (3 bottles) $499 &middot; Freedom (6 bottles) $899.</li>
<li><b>Pay securely.</b> We accept Bitcoin and Ethereum only, to protect your privacy and ours. Send payment to the wallet shown at checkout and e-mail your transaction ID to <a href="mailto:care@serenityketaminewellness.example">care@serenityketaminewellness.example</a>.</li>
<li><b>Receive your spray</b> in plain packaging within 3&ndash;6 business days.</li>
</ol>
<p class="note">Our approval is automatic once the questionnaire is submitted. There is no video call and no prescription to upload.</p>
</section>
<section>
<h2>Questionnaire</h2>
<form action="/start/submit" method="post">
<label>Age <input name="age" type="number"></label>
<label>How often do you feel down? <select><option>Rarely</option><option>Sometimes</option><option>Often</option></select></label>
<label>Have you used ketamine before? <select><option>Yes</option><option>No</option></select></label>
<label>Shipping country <input name="country"></label>
<label>E-mail <input name="email" type="email"></label>
<label>Plan <select><option>Starter $199</option><option>Balance $499</option><option>Freedom $899</option></select></label>
<button>Submit &amp; continue to payment</button>
</form>
</section>
<section><h2>Need help?</h2><p>Text or call our care line on (302) 555-0177, Mon&ndash;Sat 9am&ndash;7pm ET. Existing customers can reorder by replying "REORDER" to any of our e-mails.</p></section>
</main>
<footer><p>Serenity Ketamine Wellness is a wellness brand. Statements have not been evaluated by the FDA.</p><p>&copy; 2026</p></footer>
""", noise="cookie")

p("h8405", "https://novachemresearch.example/shop/2-fdck", "seller", True, "en",
  "research-chemical-analogue-order-form", "2-FDCK (2-Fluorodeschloroketamine) - NovaChem Research", """
<header><a href="/" class="logo">NovaChem Research</a>
<nav><a href="/shop">All products</a> <a href="/shop/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/shop/tryptamines">Tryptamines</a> <a href="/shop/benzos">Designer Benzodiazepines</a> <a href="/order-form">Order form</a> <a href="/contact">Contact</a></nav></header>
<div class="notice">All products are sold strictly for research purposes only. Not for human consumption. By ordering you confirm you are 21+.</div>
<main>
<h1>2-FDCK Crystals</h1>
<p>CAS 111982-50-4 &middot; Purity &ge; 99.5% (HPLC) &middot; Form: white crystalline powder</p>
<table class="prices"><tr><th>Quantity</th><th>Price</th></tr>
<tr><td>1 g</td><td>&euro;25</td></tr><tr><td>5 g</td><td>&euro;95</td></tr><tr><td>10 g</td><td>&euro;160</td></tr><tr><td>25 g</td><td>&euro;320</td></tr><tr><td>100 g</td><td>&euro;900</td></tr></table>
<p>Also available: <a href="/shop/dck">Deschloroketamine (DCK)</a>, <a href="/shop/o-pcm">O-PCM</a>, <a href="/shop/3-meo-pcp">3-MeO-PCP</a>.</p>
<h2>Ordering</h2>
<p>Our webshop cart is temporarily offline after a payment-processor change. Until it is back, please order using the <a href="/order-form">order form</a> or by e-mail to <a href="mailto:sales@novachemresearch.example">sales@novachemresearch.example</a> (PGP key on the contact page). Include product, quantity and shipping address. You will receive a BTC or XMR address and the total within 12 hours. Bank transfer (SEPA) is possible for orders over &euro;250.</p>
<p>Orders paid before 14:00 CET ship the same day from the Netherlands in an odour-proof, non-branded envelope. Free reship for lost parcels within the EU.</p>
<h2>Order form</h2>
<form action="/order-form" method="post">
<input name="product" placeholder="Product(s) and quantity">
<input name="name" placeholder="Name on parcel">
<textarea name="address" placeholder="Shipping address"></textarea>
<select name="pay"><option>Bitcoin</option><option>Monero</option><option>SEPA</option></select>
<label><input type="checkbox"> I confirm this product will not be used for human consumption</label>
<button>Send order</button>
</form>
</main>
<footer>NovaChem Research &middot; Research chemicals since 2015 &middot; <a href="/terms">Terms</a> &middot; <a href="/shipping">Shipping</a></footer>
""")

p("h8406", "https://farmvetsupplydirect.example/ketamine-100mg-ml-injectable", "seller", True, "en",
  "veterinary-vial-shop-no-license", "Ketamine 100mg/ml Injectable (Vetalar / Ketaset) | FarmVet Supply Direct", """
<header><div class="logo">FarmVet Supply Direct</div><nav><a href="/equine">Equine</a> <a href="/canine">Canine &amp; Feline</a> <a href="/livestock">Livestock</a> <a href="/anesthesia">Anesthesia</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketamine HCl 100mg/ml Injectable Solution, 10ml</h1>
<p>Brands in stock: Ketaset, Vetalar, Ketamil. Genuine veterinary product, sealed.</p>
<p class="price">1 bottle $85 | 5 bottles $375 | 10 bottles $690</p>
<p><b>No vet licence or prescription needed.</b> We supply farmers, breeders, pet owners and individuals worldwide.</p>
<h2>How to place an order</h2>
<p>Call or WhatsApp our order desk on <b>+1 (209) 555-0143</b>, or e-mail <a href="mailto:orderdesk@farmvetsupplydirect.example">orderdesk@farmvetsupplydirect.example</a>. Tell us the product, quantity and delivery address and we will send an invoice. Payment by Bitcoin, Western Union or MoneyGram. Parcels ship discreetly from our Texas warehouse the next business day.</p>
<p>Other anaesthesia products: xylazine, tiletamine-zolazepam (Telazol), pentobarbital.</p>
</main>
<footer>&copy; FarmVet Supply Direct. Prices in USD.</footer>
""")

p("h8407", "https://bazaarnova.example/listing/88213-ketamine-s-isomer-5g", "seller", True, "en",
  "marketplace-vendor-listing", "Ketamine S-isomer needles 5g | BazaarNova", """
<header><a href="/">BazaarNova</a> <form><input placeholder="Search listings"></form> <nav><a href="/c/dissociatives">Dissociatives</a> <a href="/c/stimulants">Stimulants</a> <a href="/c/psychedelics">Psychedelics</a> <a href="/account">Account</a> <a href="/wallet">Wallet</a></nav></header>
<main>
<h1>&#128142; Ketamine S-isomer needles 5g &#128142; TOP QUALITY</h1>
<p>Vendor: <a href="/vendor/frostbyte">frostbyte</a> (Level 6, 1,482 sales, 98.7% positive) &middot; Ships from: Germany &middot; Ships to: EU, UK, Worldwide</p>
<p class="price">USD 189.00 &middot; 0.00291 BTC &middot; 1.04 XMR</p>
<form><select><option>Standard letter (DHL) +$8</option><option>Tracked +$15</option></select> <input type="number" value="1"> <button>Buy now (escrow)</button></form>
<h2>Description</h2>
<p>Hand-picked S-isomer needles, no powder, no cut. Lab test on request. Stealth: double vacuum, MBB, inside a normal-looking letter. FE only for trusted buyers with 10+ orders.</p>
<h2>Terms</h2>
<p>Orders placed before 18:00 CET ship the same day. Reship 50% on first loss, no reship on second. For bulk (25g+) or custom orders contact me off-site: Session ID <code>05f3a9c1e7d2b48c6a0f19e37bd5c2a8e1f4d6b9c0a7e3f2d1b8c5a4e9f0d3b2c1</code> or Threema FRSTB7K2. Always use PGP.</p>
<h3>Feedback</h3>
<ul><li>5/5 &ndash; "fast, stealth on point, quality A++" (12 days ago)</li><li>5/5 &ndash; "second order, same great needles" (15 days ago)</li><li>4/5 &ndash; "took 6 days but arrived" (21 days ago)</li></ul>
</main>
<footer>BazaarNova &middot; All listings are the responsibility of vendors &middot; <a href="/pgp">PGP</a> &middot; <a href="/support">Support</a></footer>
""")

p("h8408", "https://esketamine-rx-free.example/order", "seller", True, "en",
  "esketamine-no-prescription-order-page", "Order Esketamine Nasal Spray - No Prescription Needed", """
<main>
<h1>Order Esketamine Nasal Spray (Spravato generic) &mdash; No Rx</h1>
<p>Why wait for a certified centre and two hours of monitoring? Get esketamine 28mg nasal devices delivered straight to your home.</p>
<ul><li>2 devices (56mg) &ndash; $299</li><li>6 devices &ndash; $799</li><li>12 devices &ndash; $1,450</li></ul>
<p>Fill in the order form below. No prescription, no doctor, no REMS paperwork. We'll e-mail payment instructions (crypto or gift cards accepted: Amazon, Apple, Steam).</p>
<form><input placeholder="Full name"> <input placeholder="E-mail"> <input placeholder="Address"> <select><option>2 devices</option><option>6 devices</option><option>12 devices</option></select> <button>Place order</button></form>
<p>Questions: <a href="mailto:help@esketamine-rx-free.example">help@esketamine-rx-free.example</a></p>
</main>
""")

p("h8409", "https://farmaciaketa24.example/comprar-ketamina", "seller", True, "es",
  "tienda-whatsapp-envio-discreto", "Comprar ketamina farmacéutica online | FarmaciaKeta24", """
<header><a href="/" class="logo">FarmaciaKeta24</a>
<nav><a href="/">Inicio</a> <a href="/tienda">Tienda</a> <a href="/como-comprar">Cómo comprar</a> <a href="/envios">Envíos</a> <a href="/contacto">Contacto</a></nav>
<a class="wa-float" href="https://wa.me/34600000917">&#128172; Pide por WhatsApp</a></header>
<main>
<h1>Comprar ketamina farmacéutica sin receta</h1>
<p>Vendemos ketamina original en viales de 10 ml (50 mg/ml) y en cristal, con envío a toda España, Portugal y Latinoamérica. Sin receta, sin preguntas y con total discreción.</p>
<table><tr><th>Producto</th><th>Precio</th></tr>
<tr><td>Ketamina vial 10 ml</td><td>75 &euro;</td></tr>
<tr><td>Pack 3 viales</td><td>200 &euro;</td></tr>
<tr><td>Ketamina cristal 1 g</td><td>55 &euro;</td></tr>
<tr><td>Ketamina cristal 5 g</td><td>230 &euro;</td></tr></table>
<h2>Cómo hacer tu pedido</h2>
<ol>
<li>Escríbenos por WhatsApp al <b>+34 600 000 917</b> o por Telegram a <b>@farmaciaketa24</b> indicando producto y cantidad.</li>
<li>Te enviamos el total con el envío incluido. Pago por Bizum, transferencia o Bitcoin.</li>
<li>Enviamos en 24 h en sobre neutro, sin remitente ni logotipos. Número de seguimiento por WhatsApp.</li>
</ol>
<p>¿Prefieres el correo? Escribe a <a href="mailto:pedidos@farmaciaketa24.example">pedidos@farmaciaketa24.example</a>.</p>
<h2>Opiniones</h2>
<p>&laquo;Llegó en dos días a Valencia, muy discreto. Repetiré.&raquo; &ndash; Marcos</p>
<p>&laquo;Me contestaron por WhatsApp en cinco minutos.&raquo; &ndash; Lucía</p>
</main>
<footer><p>&copy; 2026 FarmaciaKeta24 &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Privacidad</a></p></footer>
""", noise="cookie-es")

p("h8410", "https://ketamin-direkt-shop.example/ketamin-kaufen", "seller", True, "de",
  "shop-telegram-email-bitcoin", "Ketamin kaufen ohne Rezept – diskreter Versand | Ketamin Direkt", """
<header><div class="logo">Ketamin Direkt</div>
<nav><a href="/">Start</a> <a href="/produkte">Produkte</a> <a href="/bestellen">So bestellen Sie</a> <a href="/versand">Versand</a> <a href="/faq">FAQ</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>
<h1>Ketamin kaufen &ndash; ohne Rezept, diskret, schnell</h1>
<p>Seit 2021 beliefern wir Kunden in Deutschland, Österreich und der Schweiz mit hochwertigem Ketamin. Ob Ampullen aus der Apotheke oder kristallines S-Ketamin: bei uns bekommen Sie, was Ärzte Ihnen verweigern.</p>
<h2>Preisliste</h2>
<ul>
<li>Ketamin 50 mg/ml, 10-ml-Ampulle &ndash; 69 &euro;</li>
<li>S-Ketamin Kristall 1 g &ndash; 45 &euro; | 5 g &ndash; 190 &euro; | 10 g &ndash; 350 &euro;</li>
<li>Esketamin-Nasenspray &ndash; 189 &euro;</li>
</ul>
<h2>So bestellen Sie</h2>
<p>Schreiben Sie uns auf Telegram an <b>@ketamin_direkt</b> oder per E-Mail an <a href="mailto:bestellung@ketamin-direkt-shop.example">bestellung@ketamin-direkt-shop.example</a>. Nennen Sie Produkt, Menge und Lieferadresse (Packstation möglich). Sie erhalten eine Bitcoin- oder Monero-Adresse; nach Zahlungseingang verschicken wir innerhalb von 24 Stunden.</p>
<p>Versand in neutralem, geruchsdichtem Umschlag als Warensendung. Bei Verlust versenden wir einmalig kostenlos erneut.</p>
<h2>Häufige Fragen</h2>
<p><b>Brauche ich ein Rezept?</b> Nein.</p>
<p><b>Kann ich mit PayPal zahlen?</b> Aus Sicherheitsgründen nur Krypto oder Paysafecard.</p>
</main>
<footer>&copy; 2026 Ketamin Direkt &middot; <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h8411", "https://petites-annonces-paris.example/annonce/7731904", "seller", True, "fr",
  "petite-annonce-snap-telegram-texte", "Annonce 7731904", """
Vends kéta cristal de qualité 💎, 40€ le g, 180€ les 5 g. Livraison en main propre Paris et petite couronne ou envoi La Poste sous vide, discret. Contact uniquement Snap : keta.paris75 ou Telegram @ketaparis — pas de SMS. Paiement espèces, PCS ou crypto.
""", ext="txt")

p("h8412", "https://dissociatieve-lab.example/producten/deschloroketamine-pellets", "seller", True, "nl",
  "analogue-webshop-crypto-order-form", "Deschloroketamine (DCK) pellets 50 mg – Dissociatief Lab", """
<header><a href="/" class="logo">Dissociatief Lab</a>
<nav><a href="/producten">Producten</a> <a href="/bestellen">Bestellen</a> <a href="/verzending">Verzending</a> <a href="/contact">Contact</a></nav></header>
<div class="melding">Alle producten worden uitsluitend verkocht voor laboratoriumonderzoek. Niet voor menselijke consumptie.</div>
<main>
<h1>Deschloroketamine (DCK) pellets 50 mg</h1>
<p>Geperste pellets van 50 mg, zuiverheid 99,7% (analyserapport beschikbaar). Ook verkrijgbaar als poeder.</p>
<table><tr><th>Aantal</th><th>Prijs</th></tr>
<tr><td>10 pellets</td><td>&euro; 30</td></tr><tr><td>25 pellets</td><td>&euro; 65</td></tr><tr><td>50 pellets</td><td>&euro; 115</td></tr><tr><td>100 pellets</td><td>&euro; 200</td></tr></table>
<button>In winkelwagen</button>
<h2>Hoe bestel ik?</h2>
<p>Bestel via de winkelwagen of vul het <a href="/bestellen">bestelformulier</a> in. Je ontvangt per e-mail een betaaladres voor Bitcoin, Litecoin of Monero. Liever contact? Mail <a href="mailto:info@dissociatieve-lab.example">info@dissociatieve-lab.example</a> of stuur een bericht via Wire (@dlab_nl).</p>
<p>Verzending binnen 1 werkdag vanuit Nederland in een neutrale brievenbusverpakking, zonder logo of afzender. Levering in de hele EU.</p>
<h3>Gerelateerde producten</h3>
<ul><li><a href="/producten/2-fdck">2-FDCK poeder</a></li><li><a href="/producten/o-pcm">O-PCM</a></li><li><a href="/producten/3-meo-pcp-pellets">3-MeO-PCP pellets</a></li></ul>
</main>
<footer>Dissociatief Lab &middot; KvK niet van toepassing &middot; <a href="/voorwaarden">Algemene voorwaarden</a></footer>
""", noise="cookie-nl")

p("h8413", "https://clinicavidaleve.example/cetamina-em-casa", "seller", True, "pt",
  "fake-clinic-whatsapp-pix", "Cetamina em casa sem receita | Clínica Vida Leve", """
<header><a href="/" class="logo">Clínica Vida Leve</a>
<nav><a href="/">Início</a> <a href="/tratamentos">Tratamentos</a> <a href="/cetamina-em-casa">Cetamina em casa</a> <a href="/depoimentos">Depoimentos</a> <a href="/contato">Contato</a></nav></header>
<main>
<h1>Tratamento com cetamina no conforto da sua casa</h1>
<p>Chega de filas no SUS e de psiquiatras que não te escutam. A Clínica Vida Leve envia cetamina injetável e spray nasal para todo o Brasil, sem necessidade de receita ou consulta.</p>
<h2>Kits disponíveis</h2>
<ul>
<li>Kit Início &ndash; 2 frascos de cetamina 50 mg/ml + seringas: R$ 690</li>
<li>Kit Mensal &ndash; 5 frascos + seringas: R$ 1.490</li>
<li>Spray nasal de escetamina (genérico) &ndash; R$ 980</li>
</ul>
<h2>Como fazer seu pedido</h2>
<p>É simples: chame a gente no WhatsApp <b>(11) 90000-4521</b> com o nome do kit e o seu CEP. Nossa equipe passa o valor do frete e a chave Pix. Após o pagamento, enviamos em até 24 horas, em embalagem discreta, sem identificação da clínica.</p>
<p>Não pedimos receita, laudo nem documento. Atendimento de segunda a sábado, das 8h às 22h.</p>
<a class="btn-whats" href="https://wa.me/5511900004521">Pedir pelo WhatsApp</a>
<h2>Depoimentos</h2>
<p>&ldquo;Recebi em Curitiba em três dias, tudo muito discreto.&rdquo; &ndash; R.S.</p>
</main>
<footer>Clínica Vida Leve &copy; 2026 &middot; Atendimento online</footer>
""", noise="cookie-pt")

p("h8414", "https://farmaciaonline-senzaricetta.example/blog/ketamina-dove-comprarla", "seller", True, "it",
  "blog-farmacia-spedizione-anonima", "Ketamina: dove comprarla online senza ricetta | Farmacia Online Senza Ricetta", """
<header><a href="/">Farmacia Online Senza Ricetta</a> <nav><a href="/negozio">Negozio</a> <a href="/blog">Blog</a> <a href="/come-ordinare">Come ordinare</a> <a href="/contatti">Contatti</a></nav></header>
<article>
<h1>Ketamina: dove comprarla online senza ricetta</h1>
<p class="meta">Pubblicato da Redazione &middot; 14 ottobre 2026</p>
<p>Sempre più persone ci scrivono per chiedere dove trovare la ketamina senza passare dal medico. La risposta è semplice: da noi. Nel nostro negozio trovi la ketamina in fiale da 10 ml e il cristallo, spediti in tutta Italia in 48 ore.</p>
<h2>Prezzi aggiornati</h2>
<p>Fiala 10 ml: 80 &euro; &middot; 3 fiale: 220 &euro; &middot; Cristallo 1 g: 50 &euro; &middot; 5 g: 210 &euro;</p>
<h2>Come ordinare</h2>
<p>Puoi ordinare in tre modi: aggiungendo il prodotto al carrello del <a href="/negozio/ketamina">negozio</a>, scrivendo a <a href="mailto:ordini@farmaciaonline-senzaricetta.example">ordini@farmaciaonline-senzaricetta.example</a> oppure su Telegram a <b>@farmacia_senzaricetta</b>. Accettiamo Bitcoin, ricarica PostePay e bonifico.</p>
<p>La spedizione è anonima: pacco neutro, nessun nome del farmaco all'esterno, mittente di fantasia. Non serve ricetta.</p>
<p><a class="btn" href="/negozio/ketamina">Vai al prodotto</a></p>
</article>
<aside><h3>Articoli correlati</h3><ul><li><a href="#">Xanax senza ricetta: come fare</a></li><li><a href="#">Spedizioni discrete: le nostre garanzie</a></li></ul></aside>
<footer>&copy; 2026 Farmacia Online Senza Ricetta</footer>
""")

# ---------------------------------------------------------------- telehealth

p("h8415", "https://www.lumenmindhealth.example/contact", "telehealth", False, "en",
  "telehealth-contact-page", "Contact Us | Lumen Mind Health", """
<header><a href="/" class="logo">Lumen Mind Health</a>
<nav><a href="/how-it-works">How it works</a> <a href="/conditions">Conditions we treat</a> <a href="/our-clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/insurance">Insurance</a> <a href="/contact">Contact</a> <a href="https://portal.lumenmindhealth.example" class="btn">Patient login</a></nav></header>
<main>
<h1>We're here to help</h1>
<p>Lumen Mind Health provides at-home ketamine-assisted treatment for depression and anxiety through board-certified psychiatric clinicians licensed in 24 states. Every patient starts with a video evaluation; medication is only prescribed if your clinician decides it is safe and appropriate for you.</p>
<div class="grid">
<section><h2>New patients</h2>
<p>Questions about eligibility, cost or how the program works? Our patient coordinators can help before you book.</p>
<p>Phone: <a href="tel:+18885550162">(888) 555-0162</a><br>Mon&ndash;Fri 8am&ndash;8pm ET, Sat 9am&ndash;1pm ET</p>
<p>E-mail: <a href="mailto:hello@lumenmindhealth.example">hello@lumenmindhealth.example</a></p>
<p><a href="/book" class="btn">Book your evaluation</a></p></section>
<section><h2>Current patients</h2>
<p>For questions about your treatment, dosing or side effects, send a secure message to your care team from the patient portal. Messages are answered by a nurse or your prescriber within one business day.</p>
<p>Refills are requested in the portal under <i>Medications &gt; Request refill</i> and require an up-to-date check-in with your clinician.</p>
<p>Billing: <a href="mailto:billing@lumenmindhealth.example">billing@lumenmindhealth.example</a></p></section>
<section><h2>Pharmacy and shipping</h2>
<p>Prescriptions are filled by our licensed partner, Cedar Row Pharmacy. For tracking or delivery issues call Cedar Row at <a href="tel:+18885550190">(888) 555-0190</a> and have your order number ready.</p></section>
<section><h2>Referring clinicians</h2>
<p>Fax referrals to (888) 555-0163 or e-mail <a href="mailto:referrals@lumenmindhealth.example">referrals@lumenmindhealth.example</a>.</p></section>
</div>
<div class="crisis"><b>In a crisis?</b> Lumen Mind Health is not an emergency service. Call or text 988, or call 911.</div>
</main>
<footer><p>&copy; 2026 Lumen Mind Health PC. Clinical services are provided by Lumen Mind Medical Group, a professional corporation.</p><p><a href="/privacy">Privacy</a> &middot; <a href="/hipaa">Notice of Privacy Practices</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/careers">Careers</a></p></footer>
""", noise="cookie")

p("h8416", "https://help.nimbuscare.example/articles/requesting-a-refill-of-your-ketamine-prescription", "telehealth", False, "en",
  "telehealth-refill-help-article", "Requesting a refill of your ketamine prescription – Nimbus Care Help Center", """
<header><a href="/">Nimbus Care Help Center</a> <form><input type="search" placeholder="Search help"></form> <a href="https://app.nimbuscare.example">Back to app</a></header>
<main>
<p class="crumbs">Help Center &rsaquo; Your treatment &rsaquo; Prescriptions</p>
<h1>Requesting a refill of your ketamine prescription</h1>
<p>Written by the Nimbus Clinical Team &middot; Updated 2 weeks ago</p>
<p>Ketamine is a Schedule III controlled substance, so refills work a little differently from other medications. Your prescriber reviews every refill request personally, and we can't send a refill automatically.</p>
<h2>Before you request</h2>
<ul>
<li>Complete your PHQ-9 and GAD-7 check-in in the app (it takes about 3 minutes).</li>
<li>Make sure you have attended your most recent follow-up video visit. Most patients have a follow-up every 4 to 6 weeks; if yours is overdue, book it first.</li>
<li>Have your sessions log up to date, including any side effects.</li>
</ul>
<h2>How to request</h2>
<ol>
<li>Open the Nimbus app and go to <b>Care &gt; Medications</b>.</li>
<li>Tap <b>Request refill</b> next to your ketamine prescription.</li>
<li>Your prescriber will review within 2 business days. They may message you or ask for a short video visit before approving.</li>
<li>Once approved, the prescription is sent electronically to our partner pharmacy, Harbor Specialty Pharmacy, which ships with signature required.</li>
</ol>
<h2>Questions about your shipment?</h2>
<p>Contact Harbor Specialty Pharmacy directly at (855) 555-0131 or <a href="mailto:rx@harborspecialty.example">rx@harborspecialty.example</a>. For anything else, message your care team in the app or e-mail <a href="mailto:support@nimbuscare.example">support@nimbuscare.example</a>.</p>
<p class="note">Please don't request early refills by e-mail or chat; for safety reasons they can only be reviewed through the app.</p>
<p>Did this answer your question? &#128577; &#128528; &#128515;</p>
</main>
""")

p("h8417", "https://www.brightpathpsychiatry.example/esketamine", "telehealth", False, "en",
  "virtual-psychiatry-esketamine-booking-line", "Esketamine (Spravato) Evaluation | BrightPath Virtual Psychiatry", """
<header><a href="/" class="logo">BrightPath Virtual Psychiatry</a>
<nav><a href="/services">Services</a> <a href="/providers">Our providers</a> <a href="/esketamine">Esketamine</a> <a href="/insurance">Insurance</a> <a href="/book" class="btn">Book online</a></nav></header>
<main>
<h1>Is esketamine right for you?</h1>
<p>Esketamine nasal spray (Spravato) is approved for adults with treatment-resistant depression and must be given at a REMS-certified treatment centre under observation. BrightPath's psychiatrists and psychiatric nurse practitioners can assess you by secure video, review your medication history and, if esketamine is appropriate, refer you to one of our in-person partner centres near you.</p>
<h2>What happens during your evaluation</h2>
<ul><li>60-minute video visit with a psychiatric clinician licensed in your state</li><li>Review of previous antidepressant trials and records</li><li>Prior-authorization support with your insurer</li><li>Referral to a certified partner site and ongoing medication management by video</li></ul>
<h2>How to book</h2>
<p>Book online using the button above, or call our scheduling line at <b>(415) 555-0128</b>. You can also text <b>SCHEDULE</b> to (415) 555-0128 and a coordinator will text you back available times. We do not prescribe or ship esketamine; treatment sessions happen only at the partner centre.</p>
<p>Existing patients: please use the portal to message your provider.</p>
<h3>Meet our esketamine team</h3>
<p>Dr. Anita Rao, MD (board-certified psychiatrist) &middot; Marcus Lee, PMHNP-BC &middot; Dr. Sofia Grant, DO</p>
</main>
<footer>&copy; 2026 BrightPath Virtual Psychiatry &middot; <a href="/privacy">Privacy</a> &middot; If you are in crisis, call or text 988.</footer>
""")

p("h8418", "https://my.elevatedtherapy.example/orders/status", "telehealth", False, "en",
  "telehealth-order-status-pharmacy-contact", "Order status | Elevated Therapy", """
<header><a href="/">Elevated Therapy</a> <nav><a href="/dashboard">Dashboard</a> <a href="/visits">Visits</a> <a href="/messages">Messages</a> <a href="/orders">Orders</a></nav></header>
<main>
<h1>Your medication order</h1>
<p>Prescription written by <b>Laura Kim, NP</b> after your visit on Nov 18. Sent to <b>Summit Compounding Pharmacy</b> (licensed in your state) on Nov 19.</p>
<ol class="tracker"><li class="done">Prescription sent</li><li class="done">Pharmacy verified</li><li class="current">Shipped &ndash; UPS 1Z999AA10123456784</li><li>Delivered (adult signature required)</li></ol>
<p>Delivery issue? Call Summit at (720) 555-0148. Questions about your dose? <a href="/messages/new">Message your clinician</a>.</p>
</main>
""")

p("h8419", "https://sms-archive.example/elmtreehealth/refill-approved", "telehealth", False, "en",
  "telehealth-refill-sms-plain-text", "Elm Tree Health refill SMS", """
Elm Tree Health: Hi Jordan, Dr. Patel approved your ketamine refill after Tuesday's video follow-up. Pinewood Pharmacy will ship it in 1-2 days (signature needed). Questions about delivery: call Pinewood (503) 555-0119. To talk to your care team reply here or use the app. Reply STOP to opt out.
""", ext="txt")

p("h8420", "https://www.mentesana-online.example/contacto", "telehealth", False, "es",
  "telesalud-contacto-whatsapp-citas", "Contacto y citas | MenteSana Online", """
<header><a href="/" class="logo">MenteSana Online</a>
<nav><a href="/como-funciona">Cómo funciona</a> <a href="/equipo">Equipo médico</a> <a href="/ketamina">Tratamiento con ketamina</a> <a href="/precios">Precios</a> <a href="/contacto">Contacto</a></nav></header>
<main>
<h1>Contacto y citas</h1>
<p>En MenteSana Online atendemos a pacientes de toda México por videoconsulta. Nuestros psiquiatras, con cédula profesional y especialidad, evalúan cada caso antes de indicar cualquier tratamiento. La ketamina solo se prescribe después de una evaluación psiquiátrica completa y estudios de laboratorio, y se acompaña de seguimiento semanal por video.</p>
<h2>Agenda tu primera videoconsulta</h2>
<ul>
<li>WhatsApp de citas: <b>+52 55 0000 3388</b> (lunes a viernes de 9 a 19 h). Solo para agendar, cambiar o cancelar citas; por WhatsApp no damos indicaciones médicas.</li>
<li>Teléfono: 55 0000 3300</li>
<li>Correo: <a href="mailto:citas@mentesana-online.example">citas@mentesana-online.example</a></li>
<li>O agenda directamente en nuestro <a href="/agenda">calendario en línea</a>.</li>
</ul>
<h2>Pacientes en tratamiento</h2>
<p>Para dudas sobre tu tratamiento, escribe a tu médico desde el portal del paciente. Las recetas se envían a una farmacia autorizada por COFEPRIS, que entrega el medicamento en tu domicilio solo con receta vigente.</p>
<p class="aviso">Si estás en crisis, llama a la Línea de la Vida: 800 911 2000.</p>
</main>
<footer>&copy; 2026 MenteSana Online &middot; <a href="/aviso-de-privacidad">Aviso de privacidad</a></footer>
""", noise="cookie-es")

p("h8421", "https://www.psychomed-online.example/kontakt", "telehealth", False, "de",
  "telemedizin-kontakt-hotline", "Kontakt – PsychoMed Online", """
<header><div class="logo">PsychoMed Online</div>
<nav><a href="/behandlung">Behandlung</a> <a href="/esketamin">Esketamin &amp; Ketamin</a> <a href="/aerzte">Unsere Ärztinnen und Ärzte</a> <a href="/kosten">Kosten</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>
<h1>So erreichen Sie uns</h1>
<p>PsychoMed Online ist eine telemedizinische Praxis für Psychiatrie und Psychotherapie mit Sitz in Hamburg. Unsere Fachärztinnen und Fachärzte führen das Erstgespräch per Videosprechstunde durch. Eine Behandlung mit Esketamin findet ausschließlich in einer unserer Kooperationspraxen vor Ort unter ärztlicher Aufsicht statt; bei einer Off-Label-Behandlung mit Ketamin stellen wir nach ausführlicher Untersuchung ein Rezept aus, das von unserer Partnerapotheke beliefert wird.</p>
<h2>Termin vereinbaren</h2>
<p>Online über unseren <a href="/termin">Terminkalender</a> oder telefonisch unter <b>040 000 4417 0</b> (Mo&ndash;Fr 8&ndash;18 Uhr).</p>
<h2>Fragen zu Ihrem Rezept oder zur Lieferung</h2>
<p>Ihre Rezepte gehen direkt an die Alster-Apotheke (Versandapotheke mit Erlaubnis nach &sect; 11a ApoG). Bei Fragen zur Zustellung erreichen Sie die Apotheke unter 040 000 4423 oder <a href="mailto:versand@alster-apotheke.example">versand@alster-apotheke.example</a>.</p>
<h2>Nachricht an die Praxis</h2>
<p>Patientinnen und Patienten nutzen bitte das verschlüsselte Postfach in der App. Allgemeine Anfragen: <a href="mailto:praxis@psychomed-online.example">praxis@psychomed-online.example</a>.</p>
<p class="hinweis">In akuten Krisen wenden Sie sich bitte an den Notruf 112 oder die Telefonseelsorge (0800 111 0 111).</p>
</main>
<footer><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; &copy; 2026 PsychoMed Online MVZ GmbH</footer>
""", noise="cookie-de")

p("h8422", "https://www.teleconsult-psy.example/renouvellement-ordonnance", "telehealth", False, "fr",
  "teleconsultation-renouvellement-ordonnance", "Renouvellement d'ordonnance | TéléconsultPsy", """
<header><a href="/" class="logo">TéléconsultPsy</a>
<nav><a href="/consulter">Consulter</a> <a href="/nos-psychiatres">Nos psychiatres</a> <a href="/tarifs">Tarifs</a> <a href="/aide">Aide</a></nav></header>
<main>
<h1>Renouveler votre ordonnance</h1>
<p>Les traitements suivis par nos psychiatres (y compris les protocoles associant la kétamine, réalisés en centre partenaire) font l'objet d'un suivi régulier. Une ordonnance ne peut être renouvelée qu'après une téléconsultation de suivi avec votre psychiatre.</p>
<h2>Comment faire ?</h2>
<ol>
<li>Connectez-vous à votre espace patient et choisissez « Consultation de suivi ».</li>
<li>Votre psychiatre fait le point avec vous en vidéo (20 minutes).</li>
<li>L'ordonnance est déposée dans votre espace et envoyée, si vous le souhaitez, à la pharmacie de votre choix par messagerie sécurisée de santé.</li>
</ol>
<h2>Nous contacter</h2>
<p>Secrétariat : 01 00 00 52 40 (du lundi au vendredi, 9 h &ndash; 18 h) &middot; <a href="mailto:secretariat@teleconsult-psy.example">secretariat@teleconsult-psy.example</a>. Aucune ordonnance n'est délivrée par e-mail ou par téléphone.</p>
</main>
<footer>TéléconsultPsy &middot; Psychiatres inscrits à l'Ordre des médecins &middot; <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h8423", "https://www.psiquedigital.example/fale-conosco", "telehealth", False, "pt",
  "telemedicina-fale-conosco-whatsapp", "Fale conosco | Psique Digital", """
<header><a href="/" class="logo">Psique Digital</a>
<nav><a href="/como-funciona">Como funciona</a> <a href="/medicos">Nossos médicos</a> <a href="/escetamina">Escetamina e cetamina</a> <a href="/planos">Planos</a> <a href="/fale-conosco">Fale conosco</a></nav></header>
<main>
<h1>Fale conosco</h1>
<p>A Psique Digital é um serviço de telemedicina em psiquiatria registrado no CRM-SP. Toda avaliação é feita por teleconsulta com psiquiatra. Quando há indicação de escetamina, encaminhamos o paciente a um centro parceiro para as aplicações presenciais; outros medicamentos são prescritos com receita digital e podem ser entregues por farmácia parceira somente mediante receita válida.</p>
<h2>Agendamento</h2>
<p>WhatsApp da recepção: <b>(11) 90000-7750</b> &ndash; segunda a sexta, 8h às 20h. Pelo WhatsApp agendamos consultas e tiramos dúvidas sobre planos e pagamento; orientações clínicas são dadas somente em consulta.</p>
<p>E-mail: <a href="mailto:atendimento@psiquedigital.example">atendimento@psiquedigital.example</a></p>
<h2>Já é paciente?</h2>
<p>Use o chat seguro do aplicativo para falar com a equipe de enfermagem. Para dúvidas sobre entrega de medicamentos, fale com a Farmácia Bem Viver: (11) 3000-8812.</p>
<p>Em caso de crise, ligue para o CVV: 188.</p>
</main>
<footer>Psique Digital Serviços Médicos Ltda. &middot; Diretor técnico: Dr. Paulo Menezes, CRM-SP 000000 &middot; <a href="/privacidade">Privacidade</a></footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics

p("h8424", "https://www.clearwaterinfusion.example/contact-us", "clinic", False, "en",
  "infusion-clinic-contact-page", "Contact & Directions | Clearwater Ketamine Infusion Center", """
<div class="alert">Holiday hours: closed Dec 25 &amp; Jan 1. Booster infusions available Dec 26&ndash;31.</div>
<header><a href="/" class="logo">Clearwater Ketamine Infusion Center</a>
<nav><a href="/treatments">Treatments</a> <a href="/ketamine-for-depression">Depression</a> <a href="/ketamine-for-pain">Chronic Pain</a> <a href="/our-team">Our Team</a> <a href="/pricing">Pricing</a> <a href="/contact-us">Contact</a></nav>
<a href="tel:+17275550184" class="btn">Call (727) 555-0184</a></header>
<main>
<h1>Contact &amp; Directions</h1>
<p>Whether you're ready to schedule your consultation or just have questions about IV ketamine therapy, our team is happy to help. Every new patient meets with our medical director, Dr. Hannah Whitfield (board-certified anesthesiologist), before a first infusion.</p>
<div class="cols">
<section><h2>Call or text</h2><p>Phone: <a href="tel:+17275550184">(727) 555-0184</a><br>Text: (727) 555-0185 &ndash; we'll reply during office hours</p>
<h2>E-mail</h2><p><a href="mailto:frontdesk@clearwaterinfusion.example">frontdesk@clearwaterinfusion.example</a><br><small>Please don't send detailed medical information by e-mail.</small></p>
<h2>For providers</h2><p>Referral fax: (727) 555-0186. Please include the last two office notes and current medication list.</p></section>
<section><h2>Visit us</h2><p>2150 Gulf to Bay Blvd, Suite 210<br>Clearwater, FL 33765<br>Free parking behind the building. Because you'll receive a sedating medication, please arrange for someone to drive you home after each infusion.</p>
<h2>Hours</h2><p>Mon&ndash;Thu 8:00&ndash;18:00<br>Fri 8:00&ndash;15:00<br>Sat by appointment</p></section>
</div>
<section><h2>Request a consultation</h2>
<form action="/consult-request" method="post">
<input placeholder="First and last name"> <input placeholder="Phone"> <input placeholder="E-mail">
<select><option>Depression / anxiety</option><option>PTSD</option><option>Chronic pain (CRPS, fibromyalgia)</option><option>Other</option></select>
<textarea placeholder="How did you hear about us?"></textarea>
<button>Send request</button></form>
<p>A patient care coordinator will call you within one business day to schedule your in-person consultation.</p></section>
</main>
<footer><p>Clearwater Ketamine Infusion Center &middot; Member, American Society of Ketamine Physicians, Psychotherapists &amp; Practitioners</p><p><a href="/privacy">Privacy</a> &middot; <a href="/patient-rights">Patient rights</a> &middot; <a href="/careers">Careers</a></p></footer>
""", noise="cookie")

p("h8425", "https://www.riverbendspravato.example/getting-started", "clinic", False, "en",
  "rems-centre-scheduling-page", "Getting Started with Spravato | Riverbend Behavioral Health", """
<header><a href="/" class="logo">Riverbend Behavioral Health</a>
<nav><a href="/services/tms">TMS</a> <a href="/services/spravato">Spravato</a> <a href="/services/medication-management">Medication Management</a> <a href="/referrals">For Referring Providers</a> <a href="/getting-started">Get Started</a></nav></header>
<main>
<h1>Getting started with Spravato&reg; (esketamine)</h1>
<p>Riverbend Behavioral Health is a certified Spravato REMS treatment center. Esketamine is self-administered in our clinic under the direct supervision of a nurse, and you'll stay with us for at least two hours after each dose while we monitor your blood pressure and how you feel.</p>
<h2>Step 1: Contact us</h2>
<p>Call our Spravato coordinator, Melissa, at <b>(614) 555-0193 ext. 2</b>, or e-mail <a href="mailto:spravato@riverbendbh.example">spravato@riverbendbh.example</a>. If you already have a psychiatrist, ask them to send a referral &ndash; fax (614) 555-0194 or use the <a href="/referrals">online referral form</a>.</p>
<h2>Step 2: Evaluation</h2>
<p>You'll see one of our psychiatrists in person to confirm a diagnosis of treatment-resistant depression and review your history.</p>
<h2>Step 3: Insurance</h2>
<p>We handle prior authorization and enrollment in the Spravato with Me patient support program. Most commercial plans and Medicare cover treatment.</p>
<h2>Step 4: Treatment schedule</h2>
<p>Twice weekly for weeks 1&ndash;4, weekly for weeks 5&ndash;8, then weekly or every other week. Plan for a ride home after every session.</p>
<p><b>Address:</b> 480 Riverbend Pkwy, Columbus, OH 43215</p>
</main>
<footer>&copy; 2026 Riverbend Behavioral Health &middot; <a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></footer>
""")

p("h8426", "https://www.cedarandsage-kap.example/connect", "clinic", False, "en",
  "kap-practice-inquiries-instagram-dm-note", "Connect | Cedar & Sage Ketamine-Assisted Psychotherapy", """
<header><a href="/">Cedar &amp; Sage</a><span class="sub">Ketamine-Assisted Psychotherapy &middot; Portland, Oregon</span>
<nav><a href="/approach">Our approach</a> <a href="/team">Team</a> <a href="/fees">Fees</a> <a href="/connect">Connect</a></nav></header>
<main>
<h1>Let's connect</h1>
<p>Cedar &amp; Sage is a small group practice offering ketamine-assisted psychotherapy (KAP) in our Southeast Portland office. Treatment combines preparation sessions with one of our licensed therapists, in-office ketamine sessions dosed and monitored by our psychiatric nurse practitioner, and integration sessions afterward.</p>
<h2>How to begin</h2>
<p>The best first step is a free 20-minute phone consultation. Fill in our <a href="/inquiry">inquiry form</a> or e-mail <a href="mailto:intake@cedarandsage-kap.example">intake@cedarandsage-kap.example</a>, and our intake coordinator will reach out within two business days. You can also leave a voicemail at (503) 555-0157.</p>
<h2>A note about social media</h2>
<p>We love hearing from you on Instagram (@cedarandsage.kap), and you're welcome to DM us with general questions about our practice, workshops or office hours. We can't schedule appointments, discuss your health or give medical advice through DMs &ndash; for that, please use the inquiry form or phone so we can protect your privacy.</p>
<h2>Find us</h2>
<p>3321 SE Belmont St, Suite 4, Portland, OR 97214. Sessions Tuesday to Saturday.</p>
<p class="small">Ketamine is used off-label for depression, anxiety and PTSD. All patients receive a medical evaluation before treatment.</p>
</main>
<footer>&copy; 2026 Cedar &amp; Sage Wellness PC</footer>
""")

p("h8427", "https://www.northgatepain.example/referrals/ketamine-infusion", "clinic", False, "en",
  "pain-clinic-referral-page", "Ketamine Infusion Referrals | Northgate Pain & Spine Center", """
<header><div class="logo">Northgate Pain &amp; Spine Center</div>
<nav><a href="/conditions">Conditions</a> <a href="/procedures">Procedures</a> <a href="/physicians">Physicians</a> <a href="/referrals">Referrals</a> <a href="/patients">Patients</a> <a href="https://mychart.northgatepain.example">Patient portal</a></nav></header>
<main>
<h1>Referring a patient for ketamine infusion</h1>
<p>Northgate's interventional pain physicians offer outpatient low-dose ketamine infusions for complex regional pain syndrome (CRPS), refractory neuropathic pain and selected chronic pain conditions. Infusions take place in our procedure suite with continuous cardiac and pulse-oximetry monitoring.</p>
<h2>How to refer</h2>
<ul>
<li><b>Fax:</b> (206) 555-0171 &ndash; use our <a href="/forms/ketamine-referral.pdf">ketamine referral form</a></li>
<li><b>Epic Care Link:</b> referring practices can order directly in Care Link (department: NPS Infusion)</li>
<li><b>Phone (referral line):</b> (206) 555-0170, option 3</li>
</ul>
<p>Please include: diagnosis and ICD-10 code, pain history, medications tried, imaging if relevant, and the most recent clinic note.</p>
<h2>What happens next</h2>
<p>Our referral team verifies insurance and schedules the patient for a consultation with one of our physicians. If infusion therapy is appropriate, a 5-day or 3-day protocol is planned. Patients can message us through the patient portal or call (206) 555-0170, option 1, for scheduling.</p>
</main>
<footer>Northgate Pain &amp; Spine Center &middot; 10330 Meridian Ave N, Seattle, WA 98133</footer>
""")

p("h8428", "https://www.sunrisekfusion.example/faq/booking", "clinic", False, "en",
  "clinic-booking-faq-plain-text", "How do I book? - Sunrise K-Fusion FAQ", """
How do I book my first infusion?
Text or WhatsApp us at (480) 555-0126 or call the front desk at (480) 555-0125. We'll set up your in-person medical consultation with Dr. Alvarez at our Tempe clinic first; infusions are scheduled after that visit. Appointment reminders are sent by WhatsApp or SMS, whichever you prefer.
""", ext="txt")

p("h8429", "https://www.centroketaminamilano.example/prenotazioni", "clinic", False, "it",
  "centro-infusioni-prenotazioni", "Prenotazioni | Centro Ketamina Milano", """
<header><a href="/" class="logo">Centro Ketamina Milano</a>
<nav><a href="/trattamenti">Trattamenti</a> <a href="/equipe">Équipe medica</a> <a href="/tariffe">Tariffe</a> <a href="/prenotazioni">Prenotazioni</a> <a href="/dove-siamo">Dove siamo</a></nav></header>
<main>
<h1>Prenota una prima visita</h1>
<p>Il Centro Ketamina Milano è un poliambulatorio autorizzato dalla Regione Lombardia. Le infusioni endovenose di ketamina e le sedute di esketamina spray nasale si svolgono in sede, sotto la supervisione di un medico anestesista e di uno psichiatra. Ogni percorso inizia con una visita psichiatrica in presenza.</p>
<h2>Come prenotare</h2>
<ul>
<li>Telefono: <b>02 0000 6180</b> (lun&ndash;ven 9:00&ndash;18:00)</li>
<li>WhatsApp (solo prenotazioni e spostamenti di appuntamento): <b>+39 333 000 6181</b></li>
<li>E-mail: <a href="mailto:prenotazioni@centroketaminamilano.example">prenotazioni@centroketaminamilano.example</a></li>
</ul>
<p>Se sei seguito da uno psichiatra, chiedigli di inviarci una lettera di presentazione. Per la prima visita porta documentazione clinica e terapie in corso.</p>
<h2>Dove siamo</h2>
<p>Via Washington 00, 20146 Milano &middot; M1 Wagner. Dopo la seduta non è possibile guidare: organizza un accompagnatore.</p>
</main>
<footer>Centro Ketamina Milano S.r.l. &middot; Direttore sanitario: dott.ssa Elena Bassi &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h8430", "https://www.ggz-esketaminepoli.example/aanmelden", "clinic", False, "nl",
  "ggz-esketamine-aanmelden-verwijzing", "Aanmelden | Esketaminepoli De Linde", """
<header><a href="/" class="logo">Esketaminepoli De Linde</a>
<nav><a href="/behandeling">Behandeling</a> <a href="/voor-verwijzers">Voor verwijzers</a> <a href="/wachttijden">Wachttijden</a> <a href="/aanmelden">Aanmelden</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Aanmelden voor esketaminebehandeling</h1>
<p>De esketaminepoli is onderdeel van GGZ De Linde in Utrecht. Wij behandelen volwassenen met een therapieresistente depressie met esketamine-neusspray. De behandeling vindt plaats op onze poli, onder toezicht van een verpleegkundige; na elke toediening blijft u minimaal twee uur bij ons.</p>
<h2>Verwijzing nodig</h2>
<p>U heeft een verwijzing nodig van uw huisarts of behandelend psychiater. Verwijzers kunnen aanmelden via Zorgdomein (product: &lsquo;Esketamine bij therapieresistente depressie&rsquo;) of bellen met ons aanmeldteam.</p>
<h2>Contact</h2>
<p>Aanmeldteam: <b>030 000 2250</b> (werkdagen 9.00&ndash;12.30 uur)<br>E-mail (geen medische gegevens): <a href="mailto:aanmelden@ggz-delinde.example">aanmelden@ggz-delinde.example</a><br>Bezoekadres: Lindelaan 12, 3581 Utrecht</p>
<p>Na aanmelding volgt een intakegesprek met een psychiater. De actuele wachttijd vindt u op de pagina <a href="/wachttijden">wachttijden</a>.</p>
</main>
<footer>&copy; 2026 GGZ De Linde &middot; <a href="/privacy">Privacy</a> &middot; <a href="/klachten">Klachten</a></footer>
""", noise="cookie-nl")

p("h8431", "https://www.clinicaaurora-ketamina.example/pide-cita", "clinic", False, "es",
  "clinica-pide-cita-formulario-whatsapp", "Pide cita | Clínica Aurora – Tratamiento con ketamina en Madrid", """
<header><a href="/" class="logo">Clínica Aurora</a>
<nav><a href="/tratamientos">Tratamientos</a> <a href="/ketamina-depresion">Ketamina y depresión</a> <a href="/esketamina">Esketamina</a> <a href="/equipo">Equipo</a> <a href="/pide-cita" class="btn">Pide cita</a></nav></header>
<main>
<h1>Pide tu cita</h1>
<p>En Clínica Aurora (centro sanitario autorizado por la Comunidad de Madrid, n.º CS0000) realizamos tratamientos con ketamina intravenosa y esketamina intranasal siempre en nuestras instalaciones y con monitorización. El primer paso es una consulta presencial con uno de nuestros psiquiatras.</p>
<h2>Formulario de cita</h2>
<form action="/pide-cita/enviar" method="post">
<input placeholder="Nombre y apellidos"> <input placeholder="Teléfono"> <input placeholder="Correo electrónico">
<select><option>Primera consulta de psiquiatría</option><option>Revisión</option><option>Información sobre tarifas</option></select>
<label><input type="checkbox"> He leído la política de privacidad</label>
<button>Solicitar cita</button></form>
<h2>Otras formas de contacto</h2>
<p>Teléfono: 91 000 47 20 &middot; WhatsApp de citas: 600 000 472 &middot; <a href="mailto:citas@clinicaaurora-ketamina.example">citas@clinicaaurora-ketamina.example</a></p>
<p>Calle de Velázquez 000, 28001 Madrid. Metro Velázquez.</p>
</main>
<footer>&copy; 2026 Clínica Aurora &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Política de privacidad</a></footer>
""", noise="cookie-es")

# ---------------------------------------------------------------- informational

p("h8432", "https://www.eastcoastledger.example/news/2026/11/telegram-ketamine-ring-charged", "informational", False, "en",
  "news-report-telegram-ring-reported-speech", "Four charged after police say ketamine ring took orders on Telegram | The East Coast Ledger", """
<header><a href="/" class="masthead">The East Coast Ledger</a>
<nav><a href="/news">News</a> <a href="/news/crime">Crime &amp; Courts</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="btn">Subscribe</a></nav></header>
<article>
<p class="kicker">Crime &amp; Courts</p>
<h1>Four charged after police say ketamine ring took orders on Telegram</h1>
<p class="byline">By Rachel Osei &middot; November 21, 2026, 6:42 p.m.</p>
<p>Four people were charged Thursday with conspiracy to distribute ketamine after a nine-month investigation into what prosecutors described as a mail-order operation run almost entirely through a messaging app.</p>
<p>According to a criminal complaint filed in federal court, customers placed orders by messaging a Telegram account that advertised "pharma-grade K" and posted a weekly menu of prices. Investigators said buyers were told to pay in Bitcoin or through a peer-to-peer payment app, after which the group shipped the drug in vacuum-sealed pouches hidden inside greeting cards.</p>
<p>An undercover agent bought ketamine from the account on six occasions between March and August, the complaint says. The agent was allegedly told that the group could ship "anywhere in the lower 48" and that a second package would be sent free of charge if the first was seized.</p>
<p>Postal inspectors traced the parcels to a rented storage unit in Paterson, where they seized about 4 kilograms of ketamine, packaging equipment and more than $60,000 in cash, officials said.</p>
<p>"People think an app makes it anonymous," U.S. Attorney Daniel Ruiz said at a news conference. "It doesn't."</p>
<p>Lawyers for two of the defendants declined to comment. The other two did not yet have attorneys listed in court records.</p>
<p>Ketamine is approved as an anesthetic and, in a related form, as a nasal spray for treatment-resistant depression that must be given in certified clinics. Health officials have warned that ketamine bought online may be mixed with other substances.</p>
<p class="tagline">Rachel Osei covers courts and public safety. Reach her at rosei@eastcoastledger.example.</p>
</article>
<aside><h3>Most read</h3><ol><li><a href="#">School board delays budget vote</a></li><li><a href="#">Ferry fares to rise in January</a></li><li><a href="#">Nor'easter timeline: what to expect</a></li></ol></aside>
<footer>&copy; 2026 The East Coast Ledger &middot; <a href="/tips">Send us a news tip</a> &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h8433", "https://www.courtwatch-digest.example/sentencing/2026/r-v-halloran", "informational", False, "en",
  "sentencing-summary-court-digest", "R v Halloran: 7 years for online ketamine supply | CourtWatch Digest", """
<header><a href="/">CourtWatch Digest</a> <nav><a href="/sentencing">Sentencing</a> <a href="/appeals">Appeals</a> <a href="/about">About</a></nav></header>
<main>
<h1>R v Halloran &ndash; online supply of ketamine (Class B)</h1>
<p><b>Court:</b> Crown Court at Bristol &middot; <b>Date of sentence:</b> 14 November 2026 &middot; <b>Sentence:</b> 7 years' imprisonment</p>
<h2>Facts</h2>
<p>The defendant pleaded guilty to being concerned in the supply of ketamine and to money laundering. Over roughly two years he ran an online shop on a dark-web marketplace and, latterly, sold to repeat customers directly. The prosecution said that customers contacted him through an encrypted messaging app using a handle that also appeared on his marketplace profile, and that he asked them to pay in Monero. Orders were posted first class from post boxes across the South West, each packed in mylar bags inside padded envelopes.</p>
<p>Officers recovered 1.9 kg of ketamine, a vacuum sealer, scales and a notebook recording around 3,100 orders. Analysis of his cryptocurrency wallets indicated receipts of about &pound;410,000.</p>
<h2>Mitigation</h2>
<p>Counsel relied on the defendant's early plea, the absence of previous convictions and his own ketamine dependence, which began after a back injury.</p>
<h2>Sentencing remarks (summary)</h2>
<p>The judge placed the offending in a leading role, category 2, noting its commercial scale and the use of encrypted channels to evade detection. Credit of one third was given for the plea. A confiscation timetable was set.</p>
<p class="small">Summaries are prepared by our editors from sentencing remarks and public hearings. They are not legal advice.</p>
</main>
<footer>CourtWatch Digest &middot; <a href="/contact">Corrections</a></footer>
""")

p("h8434", "https://forum.dissociativetalk.example/t/read-first-no-sourcing-and-why-we-removed-vendor-handles/412", "informational", False, "en",
  "forum-moderator-no-sourcing-note", "READ FIRST: No sourcing, and why we removed vendor handles - DissociativeTalk", """
<header><a href="/">DissociativeTalk</a> <nav><a href="/latest">Latest</a> <a href="/c/harm-reduction">Harm Reduction</a> <a href="/c/trip-reports">Trip Reports</a> <a href="/c/recovery">Recovery</a> <a href="/faq">Rules</a></nav></header>
<main>
<h1>READ FIRST: No sourcing, and why we removed vendor handles</h1>
<p class="post-meta">Pinned &middot; posted by <b>quietmod</b> (Moderator) &middot; Nov 30</p>
<div class="post">
<p>Hi all. Over the last two weeks several new accounts posted Telegram and Wickr handles in the K-hole support threads, claiming to sell "clinic-grade" ketamine and nasal spray and telling people to DM for a menu. We've deleted those posts and banned the accounts.</p>
<p>A few members asked us what happened to people who messaged them. From the reports we received: at least three of you paid in Bitcoin and got nothing, and one person was asked for a second "customs fee" in gift cards. Another member said the "vendor" threatened to send screenshots of the chat to his employer. So please: don't engage with people who DM you offering anything.</p>
<p>Rules, as a reminder:</p>
<ul>
<li>No sourcing, no asking for sources, no vendor names, handles, links or "PM me" offers. First offence = ban.</li>
<li>Price talk only in general terms in harm-reduction context.</li>
<li>If someone DMs you with an offer, use the report button on their profile; mods will handle it.</li>
</ul>
<p>If you're struggling with your use, the <a href="/c/recovery">Recovery</a> subforum is full of people who've been there. Stay safe.</p>
</div>
<p class="replies">87 replies &middot; thread locked</p>
</main>
""")

p("h8435", "https://www.streetlevelhr.example/blog/telegram-ketamine-scams", "informational", False, "en",
  "harm-reduction-blog-scam-warning", "“DM for menu”: what we hear about Telegram ketamine sellers | StreetLevel Harm Reduction", """
<header><a href="/" class="logo">StreetLevel Harm Reduction</a>
<nav><a href="/services">Services</a> <a href="/naloxone">Get naloxone</a> <a href="/drug-checking">Drug checking</a> <a href="/blog">Blog</a> <a href="/donate" class="btn">Donate</a></nav></header>
<article>
<h1>"DM for menu": what we hear about Telegram ketamine sellers</h1>
<p class="meta">By Tomasz, outreach worker &middot; October 2026</p>
<p>Every week on outreach someone tells us about ordering ketamine through a messenger. The story is usually the same. They found a channel or a bot through a friend or a social-media ad, messaged an account that sent back a price list, paid in crypto or with a payment app, and waited for a padded envelope. Sometimes it arrived. Sometimes the account vanished.</p>
<p>We don't judge how people get their drugs, and we're not going to tell you where to get them either. But here's what we've learned from the people we work with:</p>
<ul>
<li><b>The product varies.</b> Samples people brought to our drug-checking table this year that were sold as ketamine included deschloroketamine, 2-FDCK and, twice, a mixture containing no ketamine at all.</li>
<li><b>Scams are common.</b> Several people told us a seller asked for an extra "shipping insurance" payment, then blocked them.</li>
<li><b>Blackmail happens.</b> One person was told their address and chat history would be shared unless they paid more.</li>
</ul>
<h2>If you use ketamine</h2>
<p>Start low, don't mix with alcohol or benzos, never use alone or in water, and watch for bladder pain &ndash; it's an early sign of damage. Bring a sample to our Thursday drop-in to get it checked, free and anonymous.</p>
<p>Want to talk? Call or text our outreach line at (312) 555-0138, or find us at 1400 W Lake St, Thursdays 4&ndash;8 pm.</p>
</article>
<footer>StreetLevel Harm Reduction is a 501(c)(3) nonprofit &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h8436", "https://www.keystonecompounding.example/prescribers/ordering", "informational", False, "en",
  "compounding-pharmacy-prescriber-ordering", "Prescriber Ordering | Keystone Compounding Pharmacy", """
<header><a href="/" class="logo">Keystone Compounding Pharmacy</a>
<nav><a href="/patients">Patients</a> <a href="/prescribers">Prescribers</a> <a href="/formulary">Formulary</a> <a href="/accreditation">Accreditation</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ordering for prescribers</h1>
<p>Keystone is a PCAB-accredited 503A compounding pharmacy licensed in Pennsylvania and 31 other states. We prepare patient-specific ketamine formulations (sublingual troches, rapid-dissolve tablets and nasal spray) for clinicians who treat patients with depression and chronic pain. We dispense only against a valid prescription for an individual patient from a prescriber with an active DEA registration.</p>
<h2>Sending a prescription</h2>
<ul>
<li><b>EPCS:</b> search for "Keystone Compounding Pharmacy" (NCPDP 0000000) in your e-prescribing system. Ketamine is Schedule III and must be sent electronically or on a signed paper prescription.</li>
<li><b>Fax:</b> (610) 555-0161 &ndash; for non-controlled preparations only.</li>
<li><b>Questions about formulations:</b> call our pharmacist line at (610) 555-0160 or e-mail <a href="mailto:rph@keystonecompounding.example">rph@keystonecompounding.example</a>.</li>
</ul>
<h2>What we need</h2>
<p>Patient name, date of birth, address and phone; drug, strength and dosage form; directions; quantity and refills; prescriber name, NPI and DEA number. We verify prescriber credentials and check the state PDMP before dispensing.</p>
<h2>Patients</h2>
<p>We can't accept prescriptions or orders from patients directly, and we don't sell ketamine without a prescription. If your clinician has sent us a prescription, call (610) 555-0160 to arrange payment and delivery.</p>
</main>
<footer>&copy; 2026 Keystone Compounding Pharmacy &middot; Pharmacist-in-charge: Grace Lin, PharmD &middot; PA Pharmacy License PP000000</footer>
""", noise="cookie")

p("h8437", "https://www.checkit-mail.example/send-a-sample", "informational", False, "en",
  "mail-in-drug-checking-send-sample", "Send us a sample | CheckIt Mail-in Drug Checking", """
<header><a href="/" class="logo">CheckIt</a><span>anonymous mail-in drug checking</span>
<nav><a href="/how-it-works">How it works</a> <a href="/send-a-sample">Send a sample</a> <a href="/results">Results</a> <a href="/alerts">Alerts</a> <a href="/faq">FAQ</a></nav></header>
<main>
<h1>Send us a sample</h1>
<p>CheckIt is a drug-checking service run by a university lab together with a community harm-reduction organisation, operating under a state research exemption. We test what's actually in your drugs &ndash; ketamine, MDMA, cocaine, counterfeit pills and more &ndash; and publish the results anonymously so everyone can see what's circulating. We don't sell, buy or return any substance.</p>
<h2>How to send</h2>
<ol>
<li>Put a very small amount (about 10 mg, the size of a match head) into a small zip bag or fold it in paper.</li>
<li>Write a random 6-character code on it &ndash; this is how you'll find your result. Don't write your name.</li>
<li>Fill in the <a href="/sample-form">online sample form</a> with your code, what the substance was sold as, and where you got it from (city, and e.g. "online", "messenger" or "in person").</li>
<li>Mail it to: CheckIt Lab, PO Box 0000, Madison, WI 53701. No return address needed.</li>
</ol>
<p>Results usually appear on our <a href="/results">results page</a> within 7&ndash;10 days. Need a kit with a prepaid envelope? E-mail <a href="mailto:kits@checkit-mail.example">kits@checkit-mail.example</a> or text (608) 555-0152.</p>
<h2>Recent ketamine findings</h2>
<p>Of the samples sold as ketamine we tested this quarter, 71% contained ketamine only, 12% contained a ketamine analogue (2-FDCK or DCK) and 6% contained no dissociative at all.</p>
</main>
<footer>CheckIt &middot; <a href="/legal">Legal status</a> &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h8438", "https://www.polizei-niedersachsen.example/pressemitteilungen/ketamin-telegram-festnahmen", "informational", False, "de",
  "polizei-pressemitteilung-telegram", "Festnahmen nach Ermittlungen gegen Ketamin-Handel über Telegram – Polizeidirektion", """
<header><div class="logo">Polizeidirektion Hannover</div>
<nav><a href="/">Startseite</a> <a href="/presse">Presse</a> <a href="/praevention">Prävention</a> <a href="/karriere">Karriere</a> <a href="/onlinewache">Onlinewache</a></nav></header>
<main>
<p class="datum">Pressemitteilung vom 27.11.2026</p>
<h1>Drei Festnahmen nach Ermittlungen gegen Ketamin-Handel über Messenger-Dienst</h1>
<p>Hannover. Beamte des Fachkommissariats Rauschgiftkriminalität haben am Dienstagmorgen drei Wohnungen in Hannover und Langenhagen durchsucht und drei Männer im Alter von 24, 27 und 31 Jahren vorläufig festgenommen.</p>
<p>Den Beschuldigten wird vorgeworfen, seit Anfang 2025 in großem Umfang Ketamin verkauft zu haben. Nach den bisherigen Ermittlungen nahmen sie Bestellungen über einen Kanal im Messenger-Dienst Telegram entgegen, in dem regelmäßig Preislisten veröffentlicht worden sein sollen. Die Bezahlung soll überwiegend in Kryptowährung erfolgt sein; die Ware wurde den Ermittlungen zufolge per Post sowie über Lieferungen an Packstationen verschickt.</p>
<p>Bei den Durchsuchungen stellten die Einsatzkräfte rund 2,3 Kilogramm Ketamin, Verpackungsmaterial, mehrere Mobiltelefone sowie Bargeld im mittleren fünfstelligen Bereich sicher. Die Beschuldigten wurden auf Antrag der Staatsanwaltschaft Hannover einem Haftrichter vorgeführt.</p>
<p>Die Polizei weist darauf hin, dass auch der Erwerb von Ketamin ohne ärztliche Verordnung strafbar sein kann. Die Ermittlungen zu weiteren Abnehmern dauern an.</p>
<p class="kontakt">Rückfragen von Medienvertretern: Pressestelle, Telefon 0511 000-1040, pressestelle@pd-h.example</p>
</main>
<footer>&copy; Polizei Niedersachsen &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h8439", "https://www.repartition-hospitaliere.example/professionnels/commander-stupefiants", "informational", False, "fr",
  "grossiste-repartiteur-commandes-professionnelles", "Commander des stupéfiants – Espace professionnels | Répartition Hospitalière Sud", """
<header><a href="/" class="logo">Répartition Hospitalière Sud</a>
<nav><a href="/professionnels">Espace professionnels</a> <a href="/catalogue">Catalogue</a> <a href="/logistique">Logistique</a> <a href="/qualite">Qualité &amp; BPD</a> <a href="/contact">Contact</a></nav>
<a href="/connexion" class="btn">Connexion client</a></header>
<main>
<h1>Commander des médicaments stupéfiants</h1>
<p>Répartition Hospitalière Sud est un établissement pharmaceutique grossiste-répartiteur autorisé par l'ANSM. Nous approvisionnons exclusivement les pharmacies d'officine, les pharmacies à usage intérieur des établissements de santé et les vétérinaires inscrits à l'Ordre. Aucune vente n'est réalisée auprès des particuliers.</p>
<h2>Produits concernés</h2>
<p>Kétamine (solutions injectables 50 mg/ml et 10 mg/ml), morphiniques, méthylphénidate et autres produits inscrits sur la liste des stupéfiants.</p>
<h2>Comment commander</h2>
<ul>
<li>Ouvrez un compte client : transmettez votre autorisation d'ouverture, le numéro RPPS ou le numéro d'inscription à l'Ordre du pharmacien responsable et votre numéro FINESS.</li>
<li>Chaque commande de stupéfiants doit être accompagnée d'un bon de commande conforme, daté et signé par le pharmacien, transmis à notre service réglementaire.</li>
<li>Passez ensuite votre commande via le portail client, par EDI, ou par téléphone auprès de votre agence au 04 00 00 61 20.</li>
</ul>
<p>Les livraisons de stupéfiants sont effectuées contre signature, dans des contenants scellés. Service réglementaire : <a href="mailto:stupefiants@repartition-hospitaliere.example">stupefiants@repartition-hospitaliere.example</a>.</p>
</main>
<footer>Répartition Hospitalière Sud SAS &middot; Établissement pharmaceutique autorisé &middot; Pharmacien responsable : Mme Claire Fabre &middot; <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h8440", "https://www.jornaldoparana.example/policia/2026/11/quadrilha-vendia-cetamina-pelo-whatsapp", "informational", False, "pt",
  "reportagem-quadrilha-whatsapp", "Polícia prende grupo suspeito de vender cetamina por WhatsApp e Instagram | Jornal do Paraná", """
<header><a href="/" class="marca">Jornal do Paraná</a>
<nav><a href="/politica">Política</a> <a href="/policia">Polícia</a> <a href="/economia">Economia</a> <a href="/esportes">Esportes</a> <a href="/assine" class="btn">Assine</a></nav></header>
<article>
<p class="editoria">Polícia</p>
<h1>Polícia prende grupo suspeito de vender cetamina pelo WhatsApp e Instagram</h1>
<p class="autor">Por Fernanda Lopes &middot; 25/11/2026 18h10</p>
<p>A Polícia Civil prendeu nesta terça-feira (25) quatro pessoas suspeitas de integrar um grupo que vendia cetamina de uso veterinário pela internet em Curitiba e na região metropolitana.</p>
<p>Segundo o delegado responsável pelo caso, o grupo divulgava os produtos em perfis no Instagram que se apresentavam como lojas de "produtos para festas". Os interessados eram orientados a chamar um número de WhatsApp, por onde recebiam a tabela de preços e a chave Pix para pagamento. As entregas, de acordo com a investigação, eram feitas por motoboys ou pelos Correios.</p>
<p>Ainda conforme a polícia, os frascos eram desviados de uma distribuidora de produtos veterinários. Foram apreendidos 310 frascos de cetamina, dois celulares e cerca de R$ 18 mil em espécie.</p>
<p>Os suspeitos vão responder por tráfico de drogas e associação para o tráfico. A defesa não havia se manifestado até a publicação desta reportagem.</p>
<p>O Conselho Regional de Medicina Veterinária lembrou que a cetamina é de venda controlada e só pode ser adquirida por médicos-veterinários mediante notificação de receita.</p>
</article>
<aside><h3>Mais lidas</h3><ul><li><a href="#">Frente fria traz chuva para o fim de semana</a></li><li><a href="#">Prefeitura anuncia novas linhas de ônibus</a></li></ul></aside>
<footer>&copy; 2026 Jornal do Paraná &middot; <a href="/expediente">Expediente</a> &middot; <a href="/privacidade">Privacidade</a></footer>
""", noise="cookie-pt")

save(OUT, R)
