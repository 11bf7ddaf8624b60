# Batch 60 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement. Committed
# before any scorer run.
# Angle: SELLERS WHO AVOID THE WORD. The seller pages never write the drug's name plainly: slang in
# six languages (K, keta, ket, ketje, special K, vitamin K, kitty, horse, "the dissociative", "the
# anaesthetic", "the vet stuff", emoji menus), veterinary and human brand names, chemical names, the
# name only in an image alt text, a product code or the page title, or not at all (a shop's payment,
# shipping, FAQ, reviews and how-to-order pages; a bot wall where only the URL tells). The legitimate
# pages use the same words innocently: potassium "K", a vet clinic's anaesthetic, a horse-riding shop,
# a cat-food shop called Kitty, Keta salmon caviar, a Brussels "ketje" kids' shop, a charity's slang
# glossary, a chemistry reference-standard catalogue, telehealth and clinics that say "the medicine"
# or use a brand name.
# Mix: 20 sellers, 6 telehealth, 6 clinics, 8 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, nl 3, pt 2, it 2).
# Shapes: sellers - emoji-menu link-in-bio (plain text), shop FAQ never naming the drug, "vitamin K"
# crypto/gift-card payment page, German shipping page (keta, reship), reviews page (kitty, horse),
# Spanish how-to-order page (keta, la K), Ketaset vet-vial product page, French Imalgene product page,
# no-Rx "pharmacy" selling esketamine brands, IUPAC-name research chemical with analogues, "the vet
# stuff" affiliate blog post, name only in image alt text, name only in SKU, name only in <title>,
# bot-check wall (url-only), Dutch ket/ketje delivery channel (plain text), Brazilian Dopalen
# classified, Italian Lobotor vet "pharmacy" without ricetta, Spanish Ketolar Telegram ad (plain
# text), questionnaire-only "at-home dissociative therapy" fake telehealth.
# Telehealth - FAQ calling it "the medicine", membership billing page, Spanish how-it-works, German
# online psychiatry referring for the nasal spray, patient review snippet (plain text), shipping page.
# Clinics - REMS nasal-spray centre naming the brand, IV "anaesthetic" infusion page with packages,
# French clinic FAQ, Italian price list (plain text), Portuguese testimonials page with WhatsApp
# booking, Dutch hospital pain clinic naming the esketamine brand.
# Informational - potassium "K" salt-substitute shop, French vet clinic spay page naming the
# anaesthetic, horse-riding shop, "Kitty" cat-food shop with litter crystals, drug-education slang
# glossary, reference-standard catalogue for registered labs, German Keta caviar shop, Flemish "ketje"
# kids' clothing webshop.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch60.py (writes batch60/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch60")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers

p("h6001", "https://linkhub.example/kittycorner.uk", "seller", True, "en",
  "link-in-bio-emoji-menu", "kittycorner.uk | linkhub", """
kittycorner 🐱❄️ UK next day 📦 stealth af. MENU 🐴 0.5 / 1 / 3.5 · 🍬 · 🌿 — tap ✈️ for today's prices, no timewasters, crypto or bank only. Insta got nuked again so this is the new @, tell your mates 🫶
""", ext="txt")

p("h6002", "https://shardhaven.example/pages/faq", "seller", True, "en",
  "shop-faq-never-names-product", "FAQ – Shard Haven", """
<header class="site-header">
  <a class="logo" href="/">SHARD HAVEN</a>
  <nav><a href="/collections/all">Shop</a> <a href="/pages/faq">FAQ</a> <a href="/pages/reship">Reship policy</a> <a href="/pages/contact">Contact</a> <a href="/cart">Cart (0)</a></nav>
</header>
<main class="page-faq">
<h1>Frequently asked questions</h1>
<details open><summary>Shards or powder – what's the difference?</summary>
<p>Same product, different form. Shards are the crystal as it comes out of the lab, powder is the same crystal milled down. Many customers prefer shards because you can see the quality. Both are tested in-house before we list a batch.</p></details>
<details><summary>How much should I take?</summary>
<p>We are not doctors and this is not medical advice. The dissociative is dose-dependent and people react very differently. Start with a small bump, wait at least 30 minutes, never redose straight away and never combine with alcohol, GHB or benzos. Sit down, have someone with you and avoid stairs and baths. Regular use can damage your bladder – if it hurts to pee, stop and see a GP.</p></details>
<details><summary>Is the packaging discreet?</summary>
<p>Yes. Every order is vacuum sealed twice, placed inside an ordinary retail item and sent in a plain padded envelope with a business return address. Nothing on the outside says who we are.</p></details>
<details><summary>My parcel was seized / lost</summary>
<p>See our <a href="/pages/reship">reship policy</a>. One free reship per customer for UK and EU orders, 50% reship for the rest of the world. Send us your order number and the tracking screenshot.</p></details>
<details><summary>Which payment methods do you take?</summary>
<p>Bitcoin, Monero and Litecoin. Card and PayPal orders are cancelled automatically, please don't try.</p></details>
<details><summary>Can I become a reseller?</summary>
<p>Orders over 25 g qualify for our wholesale tier. Message us on Session (ID on the contact page) with your expected monthly volume.</p></details>
</main>
<footer><p>&copy; Shard Haven. Adults only. By ordering you confirm you know the laws of your country.</p></footer>
""")

p("h6003", "https://vitamink-direct.example/payment", "seller", True, "en",
  "crypto-giftcard-payment-page", "How to Pay | Vitamin K Direct", """
<div class="topbar">Free tracked shipping on orders over $250 · Same-day dispatch before 2pm EST</div>
<nav><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/payment">How to pay</a> <a href="/track">Track order</a></nav>
<div class="container">
<h1>How to pay for your order</h1>
<p>After checkout you will receive an order number starting with VK-. Your order is reserved for 12 hours while we wait for payment.</p>
<h2>1. Bitcoin / Litecoin / USDT (TRC20) – 10% discount</h2>
<p>The wallet address is shown on the order confirmation page. Send the exact amount shown; price is locked for 60 minutes. Do not send from an exchange account in your own name if you care about privacy – use a personal wallet.</p>
<h2>2. Gift cards – 15% surcharge</h2>
<p>We accept Amazon, Apple and Steam cards. Photograph the back of the card with the code scratched off next to a note with your order number.</p>
<h2>3. Confirm</h2>
<p>Message the TXID or card photo to our Telegram <b>@vitk_orders</b>. Please don't message about "vitamins" on WhatsApp, our account there is for customers who already know us.</p>
<table class="prices">
<caption>Current list</caption>
<tr><th>Item</th><th>1 g</th><th>5 g</th><th>10 g</th></tr>
<tr><td>Vitamin K – crystal (S-grade)</td><td>$45</td><td>$180</td><td>$320</td></tr>
<tr><td>Vitamin K – needle powder</td><td>$40</td><td>$160</td><td>$290</td></tr>
<tr><td>Vitamin K – 10 ml vial (liquid)</td><td colspan="3">$95 per vial</td></tr>
</table>
</div>
<footer>Vitamin K Direct · We ship to USA, Canada and Australia</footer>
""")

p("h6004", "https://keta-express.example/de/versand", "seller", True, "de",
  "german-shipping-page-keta-reship", "Versand & Lieferung – Keta Express", """
<header><a href="/de/">KETA EXPRESS</a> <nav><a href="/de/shop">Shop</a> <a href="/de/versand">Versand</a> <a href="/de/zahlung">Zahlung</a> <a href="/de/kontakt">Kontakt</a> <a href="/en/">EN</a></nav></header>
<main>
<h1>Versand &amp; Lieferung</h1>
<p>Alle Bestellungen, die bis 13 Uhr bezahlt sind, verlassen unser Lager noch am selben Tag. Wir versenden innerhalb der EU aus den Niederlanden.</p>
<h2>Verpackung</h2>
<p>Die Ware wird zweifach vakuumverschweißt, geruchsdicht verpackt und in einem neutralen Luftpolsterumschlag ohne Hinweis auf den Inhalt verschickt. Als Absender steht eine unauffällige Firmenadresse.</p>
<h2>Lieferzeiten</h2>
<table>
<tr><th>Land</th><th>Dauer</th><th>Kosten</th></tr>
<tr><td>Deutschland</td><td>2–3 Werktage</td><td>9,90 €</td></tr>
<tr><td>Österreich</td><td>3–4 Werktage</td><td>12,90 €</td></tr>
<tr><td>Schweiz</td><td>nur auf Anfrage (Zoll)</td><td>–</td></tr>
</table>
<h2>Was, wenn die Sendung nicht ankommt?</h2>
<p>Wird ein Brief beim Zoll geöffnet oder geht er verloren, schicken wir einmalig kostenlos nach (Reship). Bitte warte mindestens 10 Werktage ab, bevor du dich meldest. Antworte niemals auf Briefe vom Zoll mit deinem Namen – melde dich stattdessen bei uns.</p>
<h2>Packstation</h2>
<p>Lieferung an Packstation ist möglich und wird empfohlen. Nutze gern einen anderen Namen.</p>
<p class="small">Bezahlung ausschließlich in Bitcoin oder Monero. Unsere Keta ist zu 99 % rein, Laborbericht auf Anfrage.</p>
</main>
<footer>© Keta Express – Nur für Erwachsene</footer>
""", noise="cookie-de")

p("h6005", "https://horsepowder.test/reviews", "seller", True, "en",
  "reviews-page-slang-only", "Customer Reviews (412) – HorsePowder", """
<nav class="main"><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/reviews">Reviews</a> <a href="/faq">FAQ</a></nav>
<section class="reviews">
<h1>What our customers say</h1>
<div class="summary">★★★★★ 4.8 average from 412 verified buyers</div>
<article class="review"><span class="stars">★★★★★</span> <b>Jess_M</b> – verified buyer
<p>Kitty arrived in 2 days to Leeds, vacuum packed and hidden in a tea box, genius. Super clean, no burn, proper wobble off a small line. Will be back for the bigger bag.</p></article>
<article class="review"><span class="stars">★★★★★</span> <b>dnb_dan</b> – verified buyer
<p>Best horse I've had in years honestly, way better than the mashed up stuff going round at festivals. Customer service answered on Telegram in 5 min.</p></article>
<article class="review"><span class="stars">★★★★☆</span> <b>anon</b> – verified buyer
<p>Took 6 days because of the bank holiday but they reshipped nothing, it just came late. Shards were massive. Minus one star for the BTC fee.</p></article>
<article class="review"><span class="stars">★★★★★</span> <b>Lena</b> – verified buyer
<p>Ordered the 3.5 for a house party, everyone asked where from. Nice gentle k-hole at home with the lights off, zero comedown.</p></article>
<article class="review"><span class="stars">★★☆☆☆</span> <b>toby92</b> – verified buyer
<p>Product good but my first order went missing. They did send again after a week so fair enough.</p></article>
<a class="more" href="/reviews?page=2">Load more reviews</a>
</section>
<aside><a class="btn" href="/shop">Shop now – free stealth on orders over £100</a></aside>
""")

p("h6006", "https://tienda-kety.example/como-pedir", "seller", True, "es",
  "spanish-how-to-order-page", "Cómo hacer tu pedido | Tienda Kety", """
<header><div class="logo">Tienda <b>Kety</b></div>
<nav><a href="/">Inicio</a> <a href="/productos">Productos</a> <a href="/como-pedir">Cómo pedir</a> <a href="/envios">Envíos</a> <a href="/contacto">Contacto</a></nav></header>
<main>
<h1>Cómo hacer tu pedido en 4 pasos</h1>
<ol>
<li><b>Elige tu producto.</b> Tenemos la K en roca (cristal grande) y en polvo fino, desde 1 gramo hasta 25 gramos. Si es tu primera vez con la keta, empieza por el formato de 1 g.</li>
<li><b>Añádelo al carrito</b> y rellena solo el nombre y la dirección de entrega. No hace falta registrarse ni enviar receta.</li>
<li><b>Paga</b> con Bizum (te damos el número por Telegram) o con criptomonedas (BTC, USDT). Los pagos con Bizum tienen que llevar como concepto solo el número de pedido, nada más.</li>
<li><b>Recibe tu paquete</b> en 24–48 h en la península, sin remitente y en sobre neutro. Baleares y Canarias: 3–5 días.</li>
</ol>
<div class="aviso"><p>¿Dudas? Escríbenos a <a href="#">@tiendakety_oficial</a>. Atendemos de 10:00 a 22:00, también fines de semana.</p></div>
<h2>Consejos</h2>
<p>Consume con cabeza: no mezcles con alcohol, no conduzcas y no lo hagas solo. Si notas molestias al orinar, deja de consumir y consulta con tu médico.</p>
</main>
<footer>© Tienda Kety · Solo mayores de 18</footer>
""", noise="cookie-es")

p("h6007", "https://vetpharma-direct.example/product/ketaset-100mg-ml-10ml-vial", "seller", True, "en",
  "vet-brand-vial-product-page", "Ketaset 100mg/ml Injection 10ml – VetPharma Direct", """
<header class="hdr"><a class="logo" href="/">VetPharma<span>Direct</span></a>
<form class="search"><input placeholder="Search products, brands…"></form>
<nav><a href="/c/dogs">Dogs</a> <a href="/c/cats">Cats</a> <a href="/c/horses">Horses</a> <a href="/c/anaesthesia">Anaesthesia &amp; Sedation</a> <a href="/c/wormers">Wormers</a> <a href="/cart">Cart</a></nav></header>
<div class="breadcrumb">Home / Anaesthesia &amp; Sedation / Injectables / Ketaset</div>
<div class="product">
<img src="/img/ketaset-10ml.jpg" alt="Ketaset 10ml vial box">
<div class="info">
<h1>Ketaset 100 mg/ml Solution for Injection – 10 ml vial</h1>
<p class="rating">★★★★★ (87 reviews)</p>
<p class="price">$89.00 <span>per vial</span></p>
<select><option>1 vial – $89.00</option><option>5 vials – $390.00</option><option>10 vials – $720.00</option></select>
<button class="add">Add to cart</button>
<ul class="usp"><li>✔ No prescription required for international orders</li><li>✔ Ships worldwide in discreet packaging</li><li>✔ Pay by card, Bitcoin or Western Union</li></ul>
</div></div>
<section class="desc">
<h2>Description</h2>
<p>Ketaset is a fast-acting injectable anaesthetic used in cats, dogs, horses and primates for restraint, minor procedures and induction of anaesthesia. Each ml contains 100 mg of active ingredient. Store below 25 °C, protect from light.</p>
<h2>Anaesthesia in pets – what owners should know</h2>
<p>Modern anaesthesia is very safe for healthy animals. Your pet will usually be fasted for 8–12 hours before the procedure and monitored closely afterwards. Older animals may need blood tests first. Always follow your veterinarian's instructions on aftercare.</p>
<h2>Related products</h2>
<ul><li><a href="/product/vetalar-v-100mg">Vetalar-V 100 mg/ml</a></li><li><a href="/product/narketan-10">Narketan 10</a></li><li><a href="/product/ketamidor-100">Ketamidor 100 mg/ml</a></li><li><a href="/product/xylazine-20">Xylazine 20 mg/ml</a></li></ul>
</section>
<footer><p>VetPharma Direct · Customer care via WhatsApp +44 7700 900123 · All products for veterinary use only.</p></footer>
""")

p("h6008", "https://pharmavet-libre.example/fr/anesthesie/imalgene-1000-flacon-10ml", "seller", True, "fr",
  "french-vet-brand-product-page", "Imalgène 1000 – flacon 10 ml | PharmaVet Libre", """
<header><a href="/fr/">PharmaVet<b>Libre</b></a> <nav><a href="/fr/chiens">Chiens</a> <a href="/fr/chats">Chats</a> <a href="/fr/chevaux">Chevaux</a> <a href="/fr/anesthesie">Anesthésie</a> <a href="/fr/panier">Panier</a></nav></header>
<main class="fiche">
<h1>Imalgène 1000 solution injectable 100 mg/ml</h1>
<p class="ref">Réf. IMG-1000-10 · Flacon de 10 ml · Laboratoire d'origine</p>
<p class="prix">79,00 € <s>95,00 €</s></p>
<p>Quantité : <input type="number" value="1"> <button>Ajouter au panier</button></p>
<ul class="avantages">
<li>Sans ordonnance vétérinaire</li>
<li>Livraison discrète en 48 h : France, Belgique, Suisse, Luxembourg</li>
<li>Paiement par virement, Bitcoin ou coupons PCS / Transcash</li>
</ul>
<h2>Présentation</h2>
<p>Anesthésique injectable de référence pour chats, chiens et chevaux. Utilisé pour la contention et l'induction de l'anesthésie générale. Conserver à l'abri de la lumière.</p>
<h2>Questions des clients</h2>
<p><b>Q :</b> Livrez-vous aux particuliers ? <b>R :</b> Oui, nous livrons tout le monde, aucune justification n'est demandée.</p>
<p><b>Q :</b> Le colis indique-t-il le contenu ? <b>R :</b> Non, emballage neutre sans logo.</p>
</main>
<footer>PharmaVet Libre – contact par Telegram ou WhatsApp</footer>
""", noise="cookie-fr")

p("h6009", "https://meds-without-borders.example/depression/esketamine-brands", "seller", True, "en",
  "no-rx-pharmacy-esketamine-brands", "Spravato & Ketanest S – Order Online | Meds Without Borders", """
<div class="notice">Licensed pharmacy partners in India &amp; Turkey · 100% genuine · Money-back guarantee</div>
<header><a href="/">Meds Without Borders</a> <nav><a href="/depression">Depression</a> <a href="/pain">Pain</a> <a href="/sleep">Sleep</a> <a href="/about">About us</a> <a href="/checkout">Checkout</a></nav></header>
<main>
<h1>Nasal spray and injectable treatment for treatment-resistant depression</h1>
<p>Depression that does not respond to two or more antidepressants affects about one in three patients. Newer fast-acting options work on the glutamate system rather than serotonin, and many people feel a difference within hours.</p>
<div class="grid">
<div class="card"><h3>Spravato 28 mg nasal spray device</h3><p>Original Janssen packaging.</p><p class="price">1 device $210 · 3 devices $590</p><button>Add to cart</button></div>
<div class="card"><h3>Ketanest S 25 mg/ml, 5 × 2 ml ampoules</h3><p>German import.</p><p class="price">$145 per box</p><button>Add to cart</button></div>
<div class="card"><h3>Ketanest S 5 mg/ml, 10 ml vial</h3><p>Lower strength, easier dosing.</p><p class="price">$99</p><button>Add to cart</button></div>
</div>
<h2>Do I need a prescription?</h2>
<p>No. Our pharmacists review every order. Simply tick the box at checkout confirming you have discussed the treatment with a doctor at some point. Orders ship within 24 h by EMS with tracking.</p>
<h2>Payment</h2>
<p>Visa/Mastercard (may show as "MWB Health Services"), bank transfer and crypto (5% off).</p>
<h2>Understanding treatment-resistant depression</h2>
<p>Treatment-resistant depression (TRD) is usually defined as a major depressive episode that has not improved after at least two adequate trials of antidepressants at a proper dose for six to eight weeks each. It is more common in people who have had depression for many years, who also live with anxiety, or who have a history of trauma.</p>
<p>Options include switching or combining antidepressants, adding an antipsychotic or lithium, psychotherapy, transcranial magnetic stimulation (TMS), electroconvulsive therapy (ECT) and the newer glutamate-based medicines listed above. Sleep, exercise, social contact and treating alcohol use all matter too.</p>
<h3>Common side effects</h3>
<ul><li>Feeling detached or "floaty" for up to two hours</li><li>Dizziness, nausea</li><li>Temporary rise in blood pressure</li><li>Sleepiness</li></ul>
<p>Store devices and ampoules at room temperature, away from children.</p>
</main>
<aside class="sidebar">
<h3>Why choose us?</h3>
<ul><li>Over 40,000 happy customers since 2017</li><li>Discreet packaging – no pharmacy name on the box</li><li>Free reshipment if customs stop your parcel</li><li>24/7 live chat</li></ul>
<h3>Popular in Depression</h3>
<ul><li><a href="/depression/sertraline-100">Sertraline 100 mg</a></li><li><a href="/depression/bupropion-xl">Bupropion XL 300 mg</a></li><li><a href="/depression/esketamine-brands">Nasal spray &amp; injectables</a></li></ul>
<img src="/img/badges.png" alt="Secure checkout SSL verified">
</aside>
<footer>
<nav><a href="/shipping">Shipping</a> · <a href="/refunds">Refunds</a> · <a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></nav>
<p>Meds Without Borders · Information on this website is not medical advice.</p>
</footer>
<script>window.chatWidget={id:"mwb-live",lang:"en"};</script>
<script src="/js/cart.min.js" defer></script>
""")

p("h6010", "https://synthreagents.example/product/cas-1867-66-9", "seller", True, "en",
  "research-chemical-iupac-name", "CAS 1867-66-9 · 2-(2-Chlorophenyl)-2-(methylamino)cyclohexanone HCl – SynthReagents", """
<header><a href="/">SynthReagents</a> <nav><a href="/shop/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/shop/cathinones">Cathinones</a> <a href="/shop/tryptamines">Tryptamines</a> <a href="/shop/benzofurans">Benzofurans</a> <a href="/cart">Cart</a></nav></header>
<main class="product">
<h1>2-(2-Chlorophenyl)-2-(methylamino)cyclohexan-1-one hydrochloride</h1>
<table class="specs">
<tr><th>CAS</th><td>1867-66-9</td></tr>
<tr><th>Formula</th><td>C13H16ClNO · HCl</td></tr>
<tr><th>Molar mass</th><td>274.19 g/mol</td></tr>
<tr><th>Purity</th><td>&ge; 99.5 % (HPLC)</td></tr>
<tr><th>Appearance</th><td>White crystalline solid</td></tr>
</table>
<form class="buy"><label>Quantity <select><option>1 g – €35</option><option>5 g – €140</option><option>10 g – €240</option><option>50 g – €900</option></select></label>
<button>Add to cart</button></form>
<p class="disclaimer"><b>For research purposes only. Not for human consumption.</b> This product is sold strictly as a laboratory reference material. By purchasing you confirm you are 21 or older.</p>
<h2>Customers also bought</h2>
<ul><li>2F-DCK (2-fluorodeschloro analogue) – crystal</li><li>MXE (methoxetamine) – powder</li><li>DCK (deschloro analogue) – crystal</li></ul>
<p>Worldwide discreet shipping from Poland · Payment: BTC, XMR, SEPA</p>
</main>
""")

p("h6011", "https://nightshift-notes.example/blog/where-people-get-the-vet-stuff-2026", "seller", True, "en",
  "affiliate-doorway-vet-stuff", "Where People Actually Get the Vet Stuff in 2026 (Honest Guide)", """
<header><a href="/">Nightshift Notes</a> <nav><a href="/blog">Blog</a> <a href="/about">About</a></nav></header>
<article>
<h1>Where people actually get "the vet stuff" in 2026 – an honest guide</h1>
<p class="meta">Posted by Rich · 14 min read · <a href="#disclosure">affiliate disclosure</a></p>
<p>Look, we all know the old routes have dried up. Your mate who knew a farm vet retired, the festival guy now sells cut junk and half the Telegram channels are scammers who vanish after the first payment. I've tested a lot of shops over the last year so you don't have to.</p>
<h2>What to look for</h2>
<ul><li>Proper vials or big clean shards, not damp powder</li><li>Crypto checkout (card-only shops get shut down within weeks)</li><li>A reship policy</li><li>Real reviews, not just five-star spam</li></ul>
<h2>My #1 pick: HorsePowder</h2>
<p>Consistent quality, UK and EU stealth, fast replies. Use my code <b>RICH10</b> for 10% off your first order.</p>
<p><a class="cta" href="https://horsepowder.test/?ref=rich10" rel="sponsored nofollow">Visit HorsePowder &rarr;</a></p>
<h2>Runner-up: VetPharma Direct</h2>
<p>If you prefer sealed pharma vials (Ketaset, Vetalar) this is the one. They don't ask for a vet script, just order and it turns up.</p>
<p><a class="cta" href="https://vetpharma-direct.example/c/anaesthesia?aff=nsn" rel="sponsored nofollow">See their anaesthesia range &rarr;</a></p>
<h2>Stay safe</h2>
<p>Test everything with a reagent kit, dose small, don't mix with drink.</p>
<p id="disclosure" class="small">Disclosure: I earn a commission if you buy through links on this page.</p>
</article>
""")

p("h6012", "https://crystal-corner.example/shop/item/cc-100", "seller", True, "en",
  "name-only-in-image-alt", "Clear Shards – Crystal Corner", """
<header><a href="/" class="brand">Crystal Corner</a> <nav><a href="/shop">Shop</a> <a href="/info">Info</a> <a href="/basket">Basket</a></nav></header>
<main class="item">
<div class="gallery">
<img src="/uploads/cc100-1.jpg" alt="ketamine hydrochloride crystal shards on digital scale 1.00g">
<img src="/uploads/cc100-2.jpg" alt="vacuum sealed bag">
</div>
<div class="details">
<h1>Clear Shards</h1>
<p class="code">Item CC-100 · Batch 31</p>
<ul class="price-list"><li>1 g – £30</li><li>3.5 g – £90</li><li>7 g – £160</li><li>14 g – £280</li></ul>
<button>Add to basket</button>
<p>Big glassy shards, no smell, melt clean. Tested with Mandelin and Mecke before listing.</p>
<p>Royal Mail Tracked 24, vacuum sealed and mylar bagged. Orders before 1 pm go out today.</p>
</div>
</main>
<footer>Checkout accepts BTC and XMR only.</footer>
""")

p("h6013", "https://labsource-supplies.example/catalog/item?sku=KET-HCL-99-5G", "seller", True, "en",
  "name-only-in-sku", "Crystal Reagent 99% (5 g) – LabSource Supplies", """
<header><a href="/">LabSource Supplies</a> <span class="tag">Research &amp; hobby chemicals since 2019</span>
<nav><a href="/catalog">Catalog</a> <a href="/shipping">Shipping</a> <a href="/account">Account</a> <a href="/cart">Cart</a></nav></header>
<main>
<div class="crumbs">Catalog › Dissociative research reagents › Crystal Reagent 99%</div>
<h1>Crystal Reagent 99% (5 g)</h1>
<dl><dt>SKU</dt><dd>KET-HCL-99-5G</dd><dt>Form</dt><dd>Crystalline shards</dd><dt>Pack</dt><dd>5 g in sealed mylar pouch</dd><dt>Stock</dt><dd>In stock – ships in 24 h</dd></dl>
<p class="price">0.0021 BTC <small>(≈ $150)</small></p>
<button>Add to cart</button>
<p>Sold as a research reagent, not for human use. No licence or account verification required. Discreet international shipping with tracking.</p>
<h3>Also in this category</h3>
<ul><li>Crystal Reagent 99% (1 g) – KET-HCL-99-1G</li><li>Crystal Reagent 99% (25 g) – KET-HCL-99-25G</li><li>Fluoro Analogue (5 g) – 2FDCK-5G</li></ul>
</main>
""")

p("h6014", "https://needlecity.example/", "seller", True, "en",
  "name-only-in-title", "Ketamine HCl Shards 99% – Buy Online Without Prescription | NeedleCity", """
<header class="hero">
<h1>NeedleCity</h1>
<p>Premium needles &amp; shards, straight from source. Lab-tested every batch.</p>
<a class="btn" href="#menu">See the menu</a>
</header>
<section id="menu">
<h2>Menu</h2>
<div class="tile"><h3>Needles</h3><p>Long thin crystal, the classic. 1 g €30 · 5 g €130</p></div>
<div class="tile"><h3>Shards</h3><p>Big rocks, crush yourself. 1 g €35 · 5 g €150</p></div>
<div class="tile"><h3>Sample</h3><p>0.25 g test pack – €10, once per customer</p></div>
</section>
<section>
<h2>Order</h2>
<p>Message us on Session or Threema with the item and your address. We reply with a Monero address. Dispatch within 24 h, EU only, stealth packed.</p>
</section>
<footer>© NeedleCity</footer>
""")

p("h6015", "https://buy-ket-online.test/store/", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="main-wrapper" role="main">
<div class="main-content">
<h1 class="zone-name-title">buy-ket-online.test</h1>
<h2 id="challenge-running">Checking if the site connection is secure</h2>
<noscript><div class="h2"><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></noscript>
<div id="challenge-body-text" class="core-msg">buy-ket-online.test needs to review the security of your connection before proceeding.</div>
</div></div>
<div class="footer" role="contentinfo"><div class="footer-inner"><div class="text-center">Ray ID: <code>8f1a2c3d4e5b6a70</code></div><div class="text-center">Performance &amp; security by EdgeShield</div></div></div>
<script src="/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1?ray=8f1a2c3d4e5b6a70"></script>
""")

p("h6016", "https://t.me.example/s/ketjes_bezorging_ams", "seller", True, "nl",
  "dutch-telegram-ket-delivery", "Ketjes Bezorging AMS", """
🐴 KET / keta verse batch binnen 🐴 1g €25 · 3g €65 · 5g €100 — ketje nodig voor vanavond? Bezorging Amsterdam & Utrecht binnen het uur, rest van NL met brievenbuspakje. Betalen via Tikkie of crypto, stuur "menu" voor de hele lijst 👇
""", ext="txt")

p("h6017", "https://classificados-vet.example/anuncio/dopalen-frasco-10ml-envio-todo-brasil-8812", "seller", True, "pt",
  "brazilian-vet-classified", "Dopalen frasco 10ml lacrado – envio para todo Brasil | Classificados Vet", """
<header><a href="/">Classificados<b>Vet</b></a> <nav><a href="/categoria/caes">Cães</a> <a href="/categoria/gatos">Gatos</a> <a href="/categoria/equinos">Equinos</a> <a href="/anunciar">Anunciar grátis</a></nav></header>
<main class="anuncio">
<h1>Dopalen frasco 10ml lacrado – envio para todo Brasil</h1>
<p class="preco">R$ 180,00</p>
<p class="local">São Paulo – SP · publicado há 2 dias · 1.284 visualizações</p>
<div class="descricao">
<p>Vendo Dopalen original, frasco de 10 ml lacrado, validade 2028. Anestésico de uso veterinário. Tenho também Vetanarcol e Vetaset.</p>
<p>Não precisa de receita. Envio discreto pelos Correios (Sedex) para todo o Brasil, embalagem sem identificação. Pagamento só no Pix, envio em até 24h após confirmação.</p>
<p>Atacado: a partir de 5 frascos faço R$ 150 cada. Chama no zap (11) 90000-4512, só WhatsApp, não atendo ligação.</p>
</div>
<button class="contato">Ver telefone</button> <button class="chat">Enviar mensagem</button>
<aside class="seguranca"><h3>Dicas de segurança</h3><p>Nunca faça pagamentos antecipados para desconhecidos. Desconfie de preços muito abaixo do mercado.</p></aside>
</main>
""", noise="cookie-pt")

p("h6018", "https://farmaciaveterinaria-rapida.example/anestetici/lobotor-100-mg-ml-10-ml", "seller", True, "it",
  "italian-vet-pharmacy-no-ricetta", "Lobotor 100 mg/ml soluzione iniettabile 10 ml | Farmacia Veterinaria Rapida", """
<div class="cookie">Questo sito utilizza cookie tecnici e di profilazione. <button>Accetta</button></div>
<header><a href="/">Farmacia Veterinaria <b>Rapida</b></a> <nav><a href="/cani">Cani</a> <a href="/gatti">Gatti</a> <a href="/cavalli">Cavalli</a> <a href="/anestetici">Anestetici</a> <a href="/carrello">Carrello</a></nav></header>
<main>
<h1>Lobotor 100 mg/ml soluzione iniettabile per cani, gatti e cavalli – flacone 10 ml</h1>
<p class="prezzo">45,00 € <span>IVA inclusa</span></p>
<p><button>Aggiungi al carrello</button></p>
<ul class="vantaggi">
<li>Ricetta veterinaria non necessaria</li>
<li>Spedizione anonima in 24/48 ore in tutta Italia</li>
<li>Pagamento con bonifico, ricarica PostePay o criptovalute</li>
</ul>
<h2>Descrizione</h2>
<p>Anestetico dissociativo iniettabile per l'induzione dell'anestesia e la contenzione chimica. Agisce rapidamente e ha un ampio margine di sicurezza negli animali sani.</p>
<h2>Domande frequenti</h2>
<p><b>Spedite anche a privati?</b> Sì, spediamo a chiunque, senza richiedere documenti.</p>
<p><b>Il pacco è riconoscibile?</b> No, scatola neutra senza logo della farmacia.</p>
</main>
<footer>Farmacia Veterinaria Rapida · Assistenza su WhatsApp e Telegram</footer>
""")

p("h6019", "https://t.me.example/ketolar_es_envios", "seller", True, "es",
  "spanish-telegram-brand-ad", "Ketolar España Envíos", """
💉 Ketolar 50 mg/ml ampollas originales 🇪🇸 · caja 10 amp 150 € · también la vitamina en roca ❄️ · envíos a toda España 24/48h sin remitente · pago Bizum o USDT · pedidos solo por aquí, no respondo a curiosos
""", ext="txt")

p("h6020", "https://calmroute-health.example/start", "seller", True, "en",
  "questionnaire-only-fake-telehealth", "Start Your At-Home Treatment – CalmRoute", """
<header><a href="/" class="logo">CalmRoute</a> <nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/science">The science</a> <a href="/start" class="btn">Get started</a></nav></header>
<main>
<section class="hero">
<h1>Relief from depression in days, not months.</h1>
<p>The same anaesthetic hospitals have trusted for 50 years, now as dissolvable lozenges delivered to your door. No waiting lists. No video calls. No judgement.</p>
</section>
<section class="steps">
<h2>Three simple steps</h2>
<ol>
<li><b>2-minute questionnaire.</b> Tell us how you've been feeling.</li>
<li><b>Instant approval.</b> Our automated medical review approves 98% of applicants within minutes – no appointment needed.</li>
<li><b>Lozenges ship tomorrow.</b> 30 lozenges in plain packaging, tracked.</li>
</ol>
<a class="btn" href="/questionnaire">Start questionnaire</a>
</section>
<section class="pricing">
<h2>Pricing</h2>
<p>Starter pack (30 lozenges): $149. Monthly refill: $129, cancel anytime. Need more? Increase your dose from your dashboard whenever you like.</p>
</section>
<section class="science">
<h2>How it works</h2>
<p>The medicine acts on NMDA receptors and helps the brain form new connections. Many people describe a calm, floaty feeling for about an hour after each lozenge.</p>
</section>
<p class="fine">CalmRoute is a wellness platform. Results vary.</p>
</main>
""")

# ---------------------------------------------------------------- telehealth

p("h6021", "https://mindbridge-care.example/faq", "telehealth", False, "en",
  "telehealth-faq-the-medicine", "FAQ | MindBridge Care", """
<header><a href="/">MindBridge Care</a> <nav><a href="/how-it-works">How it works</a> <a href="/clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a> <a href="/login">Log in</a> <a href="/apply" class="btn">Check eligibility</a></nav></header>
<main class="faq">
<h1>Frequently asked questions</h1>
<h3>Who decides whether I can take the medicine?</h3>
<p>A licensed psychiatrist or psychiatric nurse practitioner in your state. After your intake forms, you meet them on a 60-minute video appointment. They review your history, current medications and blood pressure readings. Around a third of applicants are not prescribed, and we refund the evaluation fee in that case.</p>
<h3>How is the medicine taken?</h3>
<p>As a tablet that dissolves under the tongue, during a guided session of about an hour. You must have a trusted person at home with you for your first sessions and you may not drive for the rest of the day.</p>
<h3>Where does it come from?</h3>
<p>Our partner compounding pharmacy fills your prescription and ships it with signature on delivery. We never keep medication stock ourselves.</p>
<h3>Can I increase my dose myself?</h3>
<p>No. Dose changes are only made by your prescriber after a follow-up visit, and you log your blood pressure before and after every session in the app.</p>
<h3>Is it covered by insurance?</h3>
<p>The clinician visits can often be submitted as out-of-network. The medicine itself is usually out of pocket (around $60–$90 a month). We provide superbills on request.</p>
<h3>Who are your clinicians?</h3>
<p>See <a href="/clinicians">our team</a> – for example Dr. Hannah Weiss, MD (board-certified psychiatrist, CA, OR, WA) and Marcus Lee, PMHNP-BC (TX, FL, CO).</p>
</main>
<footer>MindBridge Care · If you are in crisis, call or text 988.</footer>
""", noise="cookie")

p("h6022", "https://app.stillwater-telepsych.example/billing/membership", "telehealth", False, "en",
  "telehealth-membership-billing", "Membership & Billing – Stillwater", """
<nav class="app"><a href="/dashboard">Dashboard</a> <a href="/sessions">Sessions</a> <a href="/messages">Messages</a> <a href="/billing/membership">Billing</a></nav>
<main>
<h1>Your membership</h1>
<div class="card"><h2>Treatment plan – Monthly</h2>
<p>$229 / month · renews on the 3rd</p>
<ul><li>Monthly follow-up video visit with your prescriber (Dr. Ana Ruiz, MD)</li><li>Two integration sessions with a licensed therapist</li><li>Messaging with the care team</li></ul>
<button>Change plan</button> <button>Pause membership</button></div>
<div class="card"><h2>Medication charges</h2>
<p>Your medicine is billed separately by our partner pharmacy once your prescriber has approved each refill. You'll receive a text from the pharmacy to confirm payment and shipping address.</p></div>
<div class="card"><h2>Payment method</h2>
<p>HSA/FSA card ending 4471 <a href="#">Update</a></p>
<p class="small">Memberships are not refundable for past months. Cancel anytime before your renewal date.</p></div>
<h2>Invoices</h2>
<table><tr><th>Date</th><th>Description</th><th>Amount</th><th></th></tr>
<tr><td>Nov 3</td><td>Monthly membership</td><td>$229.00</td><td><a href="#">PDF</a></td></tr>
<tr><td>Oct 3</td><td>Monthly membership</td><td>$229.00</td><td><a href="#">PDF</a></td></tr>
<tr><td>Sep 18</td><td>Initial psychiatric evaluation</td><td>$250.00</td><td><a href="#">PDF</a></td></tr></table>
</main>
""")

p("h6023", "https://serenamente.example/mx/como-funciona", "telehealth", False, "es",
  "spanish-telehealth-how-it-works", "Cómo funciona | SerenaMente", """
<header><a href="/mx/">SerenaMente</a> <nav><a href="/mx/como-funciona">Cómo funciona</a> <a href="/mx/equipo">Equipo médico</a> <a href="/mx/precios">Precios</a> <a href="/mx/agenda" class="btn">Agenda tu valoración</a></nav></header>
<main>
<h1>Tratamiento en casa, acompañado por especialistas</h1>
<section><h2>1. Valoración psiquiátrica por videollamada</h2>
<p>Una psiquiatra con cédula profesional revisa tu historial, tus medicamentos actuales y tus antecedentes durante una consulta de 50 minutos. Si el tratamiento no es adecuado para ti, te orientamos hacia otras opciones y no se cobra la primera sesión de seguimiento.</p></section>
<section><h2>2. Receta y farmacia aliada</h2>
<p>Solo si la especialista lo indica, se emite una receta electrónica. Nuestra farmacia aliada prepara el medicamento en tabletas sublinguales y lo envía a tu domicilio con entrega firmada.</p></section>
<section><h2>3. Sesiones guiadas</h2>
<p>Cada sesión dura alrededor de una hora, con un acompañante adulto en casa. Registras tu presión arterial en la app antes y después y puedes escribir al equipo clínico en todo momento.</p></section>
<section><h2>4. Integración y seguimiento</h2>
<p>Cada mes tienes una consulta de seguimiento. La dosis solo se ajusta por indicación médica.</p></section>
<p><a class="btn" href="/mx/agenda">Agenda tu valoración – $1,450 MXN</a> · También por WhatsApp: +52 55 0000 0000</p>
</main>
<footer>SerenaMente · Dra. Lucía Ortega Villalobos, psiquiatra, responsable sanitaria</footer>
""", noise="cookie-es")

p("h6024", "https://psychonline-praxis.example/behandlungen/nasenspray", "telehealth", False, "de",
  "german-online-psychiatry-referral", "Esketamin-Nasenspray: Abklärung per Video | PsychOnline Praxis", """
<header><a href="/">PsychOnline Praxis</a> <nav><a href="/videosprechstunde">Videosprechstunde</a> <a href="/behandlungen">Behandlungen</a> <a href="/team">Team</a> <a href="/termin" class="btn">Termin buchen</a></nav></header>
<main>
<h1>Nasenspray bei therapieresistenter Depression – Abklärung online</h1>
<p>Wenn zwei oder mehr Antidepressiva nicht ausreichend geholfen haben, kann ein Esketamin-Nasenspray (Spravato®) eine Option sein. Das Medikament darf nur unter Aufsicht in einer zertifizierten Einrichtung angewendet werden – nicht zu Hause.</p>
<h2>Was wir übernehmen</h2>
<ul>
<li>Ausführliches Erstgespräch per Videosprechstunde mit einer Fachärztin für Psychiatrie und Psychotherapie</li>
<li>Prüfung der Vorbehandlungen, Begleiterkrankungen und Kontraindikationen</li>
<li>Überweisung und Befundbericht an eine unserer Partnerpraxen in Ihrer Nähe, wo die Anwendung mit zweistündiger Überwachung stattfindet</li>
<li>Begleitende Psychotherapie und Verlaufskontrollen per Video</li>
</ul>
<h2>Kosten</h2>
<p>Gesetzlich Versicherte: Videosprechstunde über die Versichertenkarte. Privatpatienten und Selbstzahler nach GOÄ. Die Behandlung in der Partnerpraxis wird dort abgerechnet.</p>
<p><a class="btn" href="/termin">Erstgespräch buchen</a></p>
</main>
<footer>PsychOnline Praxis · Dr. med. Katrin Bauer · Impressum · Datenschutz</footer>
""", noise="cookie-de")

p("h6025", "https://tranquilpath-health.example/reviews", "telehealth", False, "en",
  "telehealth-review-snippet", "Patient stories – TranquilPath Health", """
"Dr. Okafor met me on video for almost an hour before anything was prescribed and checked in after my first two sessions. The medicine came from their partner pharmacy a week later, signature required." – Renee, Oregon ★★★★★
""", ext="txt")

p("h6026", "https://oakline-health.example/help/shipping", "telehealth", False, "en",
  "telehealth-shipping-help-page", "How your medication ships – Oakline Help Center", """
<header><a href="/">Oakline</a> <a href="/help">Help Center</a> <form><input placeholder="Search help"></form></header>
<main>
<p class="crumbs">Help Center › Prescriptions &amp; delivery</p>
<h1>How your medication ships</h1>
<p>Once your Oakline clinician has completed your video evaluation and approved your treatment plan, the prescription is sent electronically to our licensed partner pharmacy. Nothing ships before that.</p>
<h2>Timeline</h2>
<ol><li>Prescription sent – usually the same day as your visit</li><li>Pharmacy verifies and fills – 1 to 3 business days</li><li>Shipped with UPS, adult signature required</li></ol>
<h2>Packaging</h2>
<p>Your order arrives in discreet, tamper-evident packaging with a temperature card. Inside you'll find your tablets, a dosing calendar and the blood-pressure log.</p>
<h2>Where do you ship?</h2>
<p>Only to the state where your clinician is licensed and where you will be during treatment. We cannot ship to P.O. boxes or hotels.</p>
<h2>Refills</h2>
<p>Refills are released only after your monthly follow-up with your prescriber. You can't order extra medication from your account.</p>
<p>Still need help? <a href="/help/contact">Message the care team</a></p>
</main>
""", noise="cookie")

# ---------------------------------------------------------------- clinics

p("h6027", "https://lakeshore-behavioral.example/services/spravato", "clinic", False, "en",
  "rems-centre-brand-name", "Spravato® Treatment – Lakeshore Behavioral Health", """
<header><a href="/">Lakeshore Behavioral Health</a> <nav><a href="/services">Services</a> <a href="/providers">Providers</a> <a href="/insurance">Insurance</a> <a href="/locations">Locations</a> <a href="/contact" class="btn">Request an appointment</a></nav></header>
<main>
<h1>Spravato® (esketamine) nasal spray</h1>
<p>Lakeshore is a certified treatment center for Spravato®, an FDA-approved nasal spray for adults with treatment-resistant depression and for depressive symptoms with acute suicidal thoughts, used together with an oral antidepressant.</p>
<h2>What a visit looks like</h2>
<p>You self-administer the spray in a private room under the direct observation of our nursing staff. We check your blood pressure before and after and you stay with us for at least two hours. Someone must drive you home.</p>
<h2>Schedule</h2>
<p>Twice a week for the first four weeks, then weekly or every other week depending on your response.</p>
<h2>Insurance</h2>
<p>Most commercial plans and Medicare cover Spravato® with prior authorization. Our benefits team handles the paperwork. Janssen's savings program may lower your copay.</p>
<p><a class="btn" href="/contact">Request an appointment</a> or call (312) 555-0147</p>
</main>
<footer>Lakeshore Behavioral Health · 2200 N Lakeview Ave, Suite 300, Chicago, IL</footer>
""", noise="cookie")

p("h6028", "https://clearwave-infusions.example/treatments/iv-infusion", "clinic", False, "en",
  "iv-infusion-anaesthetic-packages", "IV Infusion Therapy – ClearWave Infusions", """
<header><a href="/">ClearWave Infusions</a> <nav><a href="/treatments">Treatments</a> <a href="/pricing">Pricing</a> <a href="/team">Our team</a> <a href="/book" class="btn">Book now</a></nav></header>
<main>
<h1>Low-dose IV infusions for depression, PTSD and chronic pain</h1>
<p>The medication we use has been a standard anaesthetic in operating rooms since the 1970s. At a fraction of the surgical dose, given slowly through an IV over 40 minutes, it can rapidly ease depressive symptoms for many people who have not been helped by other treatments.</p>
<h2>Is it right for me?</h2>
<p>Every patient has a consultation with our anesthesiologist, Dr. Paul Henriksen, MD, before the first infusion. We request records from your psychiatrist or primary care provider.</p>
<h2>During your infusion</h2>
<p>You relax in a private suite with an eye mask and music while a nurse monitors your heart rate, oxygen and blood pressure. Afterwards you rest for 30 minutes and a driver takes you home.</p>
<h2>Pricing</h2>
<table><tr><th>Option</th><th>Price</th></tr>
<tr><td>Consultation</td><td>$150 (credited toward series)</td></tr>
<tr><td>Single infusion</td><td>$495</td></tr>
<tr><td>Initial series of 6</td><td>$2,700 – buy the package and save $270</td></tr>
<tr><td>Booster</td><td>$450</td></tr></table>
<p>We accept HSA/FSA cards and offer financing. <a class="btn" href="/book">Book your consultation</a></p>
</main>
<footer>ClearWave Infusions · 1450 Market St, Denver, CO · Not for emergencies – call 911 or 988.</footer>
""")

p("h6029", "https://clinique-horizon-douleur.example/faq", "clinic", False, "fr",
  "french-clinic-faq", "Questions fréquentes – Clinique Horizon, centre de la douleur", """
<header><a href="/">Clinique Horizon</a> <nav><a href="/soins">Nos soins</a> <a href="/equipe">L'équipe</a> <a href="/faq">FAQ</a> <a href="/rdv" class="btn">Prendre rendez-vous</a></nav></header>
<main>
<h1>Questions fréquentes sur les perfusions</h1>
<h3>Quel produit est utilisé ?</h3>
<p>Un anesthésique dissociatif bien connu, administré à très faible dose en perfusion lente, sous surveillance continue de l'infirmière et du médecin anesthésiste. Il est indiqué chez nous pour certaines douleurs chroniques rebelles (fibromyalgie, douleurs neuropathiques, SDRC).</p>
<h3>Faut-il une ordonnance ?</h3>
<p>Il faut un courrier de votre médecin traitant ou de votre rhumatologue. Une consultation préalable avec le Dr Élise Marchand permet de vérifier les contre-indications (hypertension non contrôlée, troubles psychotiques, grossesse).</p>
<h3>Combien de temps dure une séance ?</h3>
<p>Comptez une demi-journée en hôpital de jour : installation, perfusion d'environ deux heures, puis surveillance. Vous ne pouvez pas conduire le jour même.</p>
<h3>Est-ce remboursé ?</h3>
<p>Les séances en hôpital de jour sont prises en charge par l'Assurance Maladie. Un dépassement d'honoraires de 40 € peut s'appliquer, réglable par carte bancaire à l'accueil ou en ligne.</p>
<h3>Et pour la dépression ?</h3>
<p>Pour la dépression résistante, nous travaillons avec le service de psychiatrie qui propose le spray nasal d'eskétamine.</p>
</main>
<footer>Clinique Horizon · 12 rue des Tilleuls, 69003 Lyon</footer>
""", noise="cookie-fr")

p("h6030", "https://centromenteserena.example/tariffe", "clinic", False, "it",
  "italian-clinic-price-list", "Tariffe – Centro Mente Serena", """
Tariffe 2026 – Centro Mente Serena, Milano. Visita psichiatrica preliminare 180 €; seduta di infusione a basso dosaggio con monitoraggio del medico anestesista 390 €; ciclo iniziale di 6 sedute 2.100 €. Pagamento in sede con POS, bonifico o Satispay; prenotazioni anche su WhatsApp.
""", ext="txt")

p("h6031", "https://clinicaaurora-infusao.example/depoimentos", "clinic", False, "pt",
  "portuguese-clinic-testimonials", "Depoimentos de pacientes – Clínica Aurora", """
<header><a href="/">Clínica Aurora</a> <nav><a href="/tratamentos">Tratamentos</a> <a href="/equipe">Equipe médica</a> <a href="/depoimentos">Depoimentos</a> <a href="/agendar" class="btn">Agendar avaliação</a></nav></header>
<main>
<h1>O que nossos pacientes dizem</h1>
<blockquote><p>"Depois de oito anos tentando remédios, as sessões de infusão na Aurora foram a primeira coisa que mudou meu humor de verdade. A equipe me acompanhou o tempo todo, com monitor e enfermeira do lado."</p><cite>– Marcos, 41 anos, Campinas</cite></blockquote>
<blockquote><p>"Tive medo da sensação de 'sair do corpo', mas o Dr. Ferraz explicou tudo na consulta antes e a medicação foi ajustada com calma. Hoje faço manutenção a cada dois meses."</p><cite>– Juliana, 29 anos, São Paulo</cite></blockquote>
<blockquote><p>"O ambiente é tranquilo, a sala é individual e depois da sessão fiquei descansando até meu marido vir me buscar."</p><cite>– Regina, 56 anos, Jundiaí</cite></blockquote>
<p class="aviso">Os resultados variam de pessoa para pessoa. O tratamento é indicado somente após avaliação psiquiátrica presencial. Responsável técnico: Dr. Henrique Ferraz – CRM-SP 000000.</p>
<p><a class="btn" href="https://wa.example/5511900000000">Agende pelo WhatsApp</a></p>
</main>
<footer>Clínica Aurora · Av. Paulista, 0000 – São Paulo/SP</footer>
""", noise="cookie-pt")

p("h6032", "https://ziekenhuis-rijnoever.example/pijnpoli/behandelingen/esketamine-infuus", "clinic", False, "nl",
  "dutch-hospital-pain-clinic-brand", "Ketanest-S infuus bij chronische pijn – Pijnpoli Rijnoever Ziekenhuis", """
<header><a href="/">Rijnoever Ziekenhuis</a> <nav><a href="/afdelingen">Afdelingen</a> <a href="/patienten">Patiënten</a> <a href="/bezoekers">Bezoekers</a> <a href="/mijnrijnoever">MijnRijnoever</a></nav></header>
<main>
<p class="crumbs">Home › Pijnpoli › Behandelingen</p>
<h1>Infuusbehandeling met Ketanest-S</h1>
<p>Bij sommige vormen van hardnekkige zenuwpijn, zoals CRPS, kan de pijnspecialist een behandeling met Ketanest-S (esketamine) voorstellen. Dit middel wordt in hogere doseringen gebruikt als narcosemiddel; bij deze behandeling krijgt u een lage dosis via een infuus.</p>
<h2>Hoe verloopt de behandeling?</h2>
<p>U wordt voor één dag opgenomen op de dagbehandeling. Het infuus loopt enkele uren. Een verpleegkundige controleert regelmatig uw bloeddruk, hartslag en hoe u zich voelt. Sommige mensen ervaren tijdelijk een zweverig of dromerig gevoel.</p>
<h2>Na de behandeling</h2>
<p>U mag de rest van de dag niet zelf autorijden. Zorg dat iemand u ophaalt.</p>
<h2>Voorbereiding</h2>
<p>Neem een verwijzing van uw huisarts of specialist mee en uw actuele medicijnoverzicht van de apotheek.</p>
<p>Vragen? Bel de pijnpoli: 088 000 00 00 (ma–vr 8.30–16.30 uur).</p>
</main>
<footer>Rijnoever Ziekenhuis · Privacy · Toegankelijkheid</footer>
""", noise="cookie-nl")

# ---------------------------------------------------------------- informational

p("h6033", "https://purek-nutrition.example/products/pure-k-powder-1lb", "informational", False, "en",
  "potassium-k-salt-substitute-shop", "Pure K Powder – Potassium Chloride Salt Substitute, 1 lb | PureK Nutrition", """
<div class="announce">Free shipping on orders over $35 · Subscribe &amp; save 15%</div>
<header><a href="/">PureK Nutrition</a> <nav><a href="/collections/potassium">Potassium</a> <a href="/collections/electrolytes">Electrolytes</a> <a href="/collections/magnesium">Magnesium</a> <a href="/cart">Cart (0)</a></nav></header>
<main class="product">
<h1>Pure K Powder – Potassium Chloride, 1 lb</h1>
<p class="price">$12.99</p>
<p>Fine white crystalline powder, 99% food-grade potassium chloride. Use it as a low-sodium salt substitute or add a small scoop to water for an electrolyte drink.</p>
<button>Add to cart</button> <button>Buy with ShopPay</button>
<h2>Suggested use</h2>
<p>1/8 teaspoon (approx. 200 mg of K) in 8 oz water up to twice daily, or as directed by your healthcare provider.</p>
<p class="warning"><b>Warning:</b> Do not use if you have kidney disease or take potassium-sparing diuretics, ACE inhibitors or ARBs without asking your doctor. Keep out of reach of children.</p>
<h2>Reviews</h2>
<p>★★★★★ "My K levels were low after a bout of flu, my doctor suggested this. Tastes salty-bitter but works." – Janet</p>
<p>★★★★☆ "Good value, the crystals clump a bit in humid weather." – Omar</p>
</main>
<footer>*These statements have not been evaluated by the Food and Drug Administration.</footer>
""", noise="cookie")

p("h6034", "https://cliniqueveterinaire-despres.example/chirurgie/sterilisation-chat", "informational", False, "fr",
  "french-vet-clinic-spay-anaesthetic", "Stérilisation du chat – Clinique vétérinaire des Prés", """
<header><a href="/">Clinique vétérinaire des Prés</a> <nav><a href="/consultations">Consultations</a> <a href="/chirurgie">Chirurgie</a> <a href="/tarifs">Tarifs</a> <a href="/rdv" class="btn">Prendre RDV en ligne</a></nav></header>
<main>
<h1>Stérilisation de votre chat ou de votre chatte</h1>
<p>Nous recommandons de stériliser les chats vers 5–6 mois. L'intervention se fait en ambulatoire : votre animal arrive à jeun le matin et repart le soir.</p>
<h2>L'anesthésie</h2>
<p>Avant l'intervention, le vétérinaire examine votre chat. L'anesthésie associe un sédatif et un anesthésique injectable (par exemple Imalgène®), complétée si nécessaire par un relais gazeux. Pendant toute la chirurgie, une auxiliaire spécialisée surveille la respiration, le cœur et la température.</p>
<p>Les produits anesthésiques sont des médicaments réservés aux vétérinaires, conservés sous clé et enregistrés dans notre registre.</p>
<h2>Tarifs indicatifs</h2>
<table><tr><td>Castration chat</td><td>85 €</td></tr><tr><td>Stérilisation chatte</td><td>145 €</td></tr><tr><td>Identification électronique (puce)</td><td>60 €</td></tr></table>
<p>Paiement par carte, espèces ou en trois fois sans frais.</p>
</main>
<footer>Clinique vétérinaire des Prés · Dr Claire Dumoulin, Dr Julien Roche · Urgences : 03 00 00 00 00</footer>
""", noise="cookie-fr")

p("h6035", "https://bridleandbit-saddlery.example/collections/calmers", "informational", False, "en",
  "horse-riding-shop-calmers", "Horse Calmers & Supplements – Bridle & Bit Saddlery", """
<header><a href="/">Bridle &amp; Bit Saddlery</a> <nav><a href="/collections/rider">Rider</a> <a href="/collections/horse">Horse</a> <a href="/collections/stable">Stable</a> <a href="/collections/calmers">Calmers</a> <a href="/cart">Basket</a></nav></header>
<main>
<h1>Horse calmers &amp; feed supplements</h1>
<p>Travelling to a show, clipping day or a new yard? Our calmers use magnesium, tryptophan and herbs to take the edge off without sedating. For anything stronger, talk to your vet – prescription sedatives are only available through them.</p>
<ul class="grid">
<li><h3>Steady Paste – 30 ml syringe</h3><p>Give 2 hours before the event. £14.50</p><button>Add to basket</button></li>
<li><h3>Calm &amp; Focus Powder – 1.5 kg</h3><p>Daily magnesium powder, 60 days. £32.00</p><button>Add to basket</button></li>
<li><h3>Hoof Gloss Clear – 500 ml</h3><p>£9.99</p><button>Add to basket</button></li>
</ul>
<p class="note">Competing under FEI or BHA rules? Check withdrawal times – some herbal ingredients are banned substances.</p>
</main>
<footer>Free UK delivery over £60 · Click &amp; collect from our yard shop</footer>
""")

p("h6036", "https://kittykitchen.example/shop", "informational", False, "en",
  "kitty-cat-food-shop", "Shop all – Kitty Kitchen", """
<div class="announce">🐱 New: salmon &amp; pumpkin recipe · Free delivery over $49</div>
<header><a href="/" class="logo">Kitty Kitchen</a> <nav><a href="/shop">Shop all</a> <a href="/subscribe">Subscribe &amp; save</a> <a href="/quiz">Find their food</a> <a href="/cart">🛒 0</a></nav></header>
<main>
<h1>Everything for your kitty</h1>
<div class="products">
<div><h3>Grain-Free Kibble – Chicken, 2 kg</h3><p>$24.00</p><button>Add to cart</button></div>
<div><h3>Wet Food Variety Pack – 12 × 85 g</h3><p>$18.50</p><button>Add to cart</button></div>
<div><h3>Silica Litter Crystals – 4 L</h3><p>Ultra-absorbent, low dust. $15.99</p><button>Add to cart</button></div>
<div><h3>Freeze-Dried Treats – Tuna</h3><p>$7.99</p><button>Add to cart</button></div>
</div>
<section class="faq"><h2>Questions?</h2>
<p><b>Do you ship fast?</b> Orders placed before noon ship the same day in recyclable packaging.</p>
<p><b>My kitty is a picky eater.</b> Try our sample box – 5 recipes for $9, and we'll credit it to your first subscription.</p></section>
</main>
<footer>Kitty Kitchen · Pay with card, Apple Pay or Afterpay</footer>
""")

p("h6037", "https://clearhead-drugsense.example/slang-glossary", "informational", False, "en",
  "drug-education-slang-glossary", "Drug slang A–Z | ClearHead DrugSense", """
<header><a href="/">ClearHead DrugSense</a> <nav><a href="/drugs">Drugs A–Z</a> <a href="/slang-glossary">Slang glossary</a> <a href="/parents">For parents</a> <a href="/get-help">Get help</a></nav></header>
<main>
<h1>Drug slang: an A–Z for parents and youth workers</h1>
<p>Young people rarely use the proper name of a drug. This list helps you understand what you hear or see in messages. Slang changes quickly and varies by area, so treat it as a guide, not proof.</p>
<dl>
<dt>Horse</dt><dd>Heroin (older slang) – but also used for ketamine because it is a veterinary anaesthetic, often called "horse tranquilliser".</dd>
<dt>K, Ket, Keta, Special K, Vitamin K, Kitty</dt><dd>Ketamine. In the Netherlands and Belgium you may hear "ketje"; in Spain "keta".</dd>
<dt>K-hole / Kholed</dt><dd>A state of heavy dissociation after a large dose. Risk of injury, choking and panic.</dd>
<dt>Shards / needles</dt><dd>Crystal form of a drug; used for ketamine, crystal meth and MDMA.</dd>
<dt>🐴 ❄️ 🍬 🍄</dt><dd>Emoji "menus" on social media often stand for ketamine, cocaine, ecstasy and mushrooms.</dd>
<dt>The vet stuff</dt><dd>Usually ketamine, sometimes xylazine. Xylazine in street drugs causes severe wounds.</dd>
</dl>
<h2>What it costs and where it's sold</h2>
<p>UK street prices for ketamine are around £20–£30 a gram. It is increasingly sold through social-media accounts and Telegram with "stealth" delivery. Buying online is no safer: there is no way to know what you are getting.</p>
<h2>Worried about someone?</h2>
<p>Talk calmly, don't accuse. Our free helpline is open 24/7.</p>
</main>
<footer>ClearHead DrugSense is a registered charity. We do not sell or supply drugs.</footer>
""")

p("h6038", "https://certiref-standards.example/catalog/forensic/arylcyclohexylamines", "informational", False, "en",
  "reference-standard-catalogue-registered-labs", "Arylcyclohexylamine Reference Standards – CertiRef", """
<header><a href="/">CertiRef Standards</a> <nav><a href="/catalog">Catalog</a> <a href="/catalog/forensic">Forensic &amp; Toxicology</a> <a href="/ordering-controlled">Ordering controlled substances</a> <a href="/account">Account</a></nav></header>
<main>
<h1>Arylcyclohexylamine certified reference materials</h1>
<p>ISO 17034 certified solutions for forensic, clinical toxicology and anti-doping laboratories.</p>
<table>
<tr><th>Cat. no.</th><th>Compound</th><th>Format</th><th>Price</th><th>Schedule</th></tr>
<tr><td>CR-4410</td><td>2-(2-Chlorophenyl)-2-(methylamino)cyclohexanone HCl</td><td>1.0 mg/mL in methanol, 1 mL</td><td>$148.00</td><td>CIII</td></tr>
<tr><td>CR-4411</td><td>Norketamine-d4 (internal standard)</td><td>100 µg/mL in methanol, 1 mL</td><td>$212.00</td><td>CIII</td></tr>
<tr><td>CR-4420</td><td>Phencyclidine (PCP)</td><td>1.0 mg/mL in methanol, 1 mL</td><td>$165.00</td><td>CII</td></tr>
<tr><td>CR-4431</td><td>Methoxetamine HCl</td><td>1.0 mg/mL in methanol, 1 mL</td><td>$189.00</td><td>CI</td></tr>
</table>
<h2>Who can order</h2>
<p>Controlled reference materials ship only to laboratories holding a current DEA registration (or the national equivalent) for the relevant schedule. A copy of the registration must be on file before your account can add these items to the cart. Schedule II materials require a DEA Form 222. We do not sell to individuals.</p>
</main>
<footer>CertiRef Standards Inc. · Certificates of analysis available for every lot</footer>
""")

p("h6039", "https://nordsee-feinkost.example/kaviar/keta-kaviar-100g", "informational", False, "de",
  "german-keta-caviar-shop", "Keta-Kaviar 100 g – Nordsee Feinkost", """
<header><a href="/">Nordsee Feinkost</a> <nav><a href="/fisch">Fisch</a> <a href="/kaviar">Kaviar</a> <a href="/geschenke">Geschenke</a> <a href="/warenkorb">Warenkorb</a></nav></header>
<main>
<h1>Keta-Kaviar, 100 g Glas</h1>
<p class="preis">14,90 € <small>(149,00 € / kg) inkl. MwSt., zzgl. Versand</small></p>
<button>In den Warenkorb</button>
<p>Großkörniger, leuchtend orangefarbener Rogen vom Keta-Lachs (Oncorhynchus keta) aus Wildfang im Nordpazifik. Mild-salzig, platzt angenehm auf der Zunge – klassisch auf Blini mit Schmand oder zu Rührei.</p>
<h2>Versand</h2>
<p>Wir versenden gekühlt in der Styroporbox mit Kühlakkus, Dienstag bis Donnerstag, damit nichts über das Wochenende liegen bleibt. Versandkostenfrei ab 79 €.</p>
<h2>Zutaten</h2>
<p>Lachsrogen (Fisch), Speisesalz, Konservierungsstoff: Sorbinsäure. Nach dem Öffnen innerhalb von 3 Tagen verzehren.</p>
</main>
<footer>Nordsee Feinkost · Bezahlen mit PayPal, Klarna oder Kreditkarte</footer>
""", noise="cookie-de")

p("h6040", "https://ketjeenco.example/nl/winkel", "informational", False, "nl",
  "flemish-ketje-kids-clothing-shop", "Winkel – Ketje & Co, kinderkleding uit Brussel", """
<header><a href="/nl/">Ketje &amp; Co</a> <nav><a href="/nl/winkel">Winkel</a> <a href="/nl/over-ons">Over ons</a> <a href="/nl/bestellen">Hoe bestellen?</a> <a href="/fr/">FR</a> <a href="/nl/mandje">Mandje</a></nav></header>
<main>
<h1>Voor elk Brussels ketje</h1>
<p>Stoere, duurzame kinderkleding ontworpen in Anderlecht, van maat 74 tot 140.</p>
<div class="producten">
<div><h3>Sweater "Manneken" – oker</h3><p>€ 34,00</p><button>In mandje</button></div>
<div><h3>Regenjas "Zinneke" – blauw</h3><p>€ 49,00</p><button>In mandje</button></div>
<div><h3>Muts "Ketje" – gebreid</h3><p>€ 18,00</p><button>In mandje</button></div>
</div>
<h2>Bestellen via WhatsApp</h2>
<p>Liever persoonlijk advies over de maat? Stuur ons een berichtje op WhatsApp en we reserveren het stuk voor je. Betalen kan met Bancontact, Payconiq of bij afhaling in het atelier.</p>
<p>Verzending in België € 4,95, gratis vanaf € 60. Nederland € 7,50.</p>
</main>
<footer>Ketje &amp; Co · Atelier open op zaterdag 10–17 u</footer>
""", noise="cookie-nl")

save(OUT, R)
