# Batch 156 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "The provider's other pages". Pages of clinics and telehealth services that are not their
# treatment pages (newsroom, careers, scam/impersonation warnings, partner pharmacy, outcomes and
# research, privacy and legal notices, insurance and billing explainers, "in the news", community
# events, blog posts, job ads), which must still be recognised as the provider's own; sellers' other
# pages (shipping, payment, about, FAQ, blog, "official mirrors / scam warning", reviews, affiliate
# "best sites" round-up, a bot wall); informational pages about providers (review site, directories,
# news, consumer alert, job board, forum, regulator alert).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), medium and short
# pages, navigation-heavy directory pages, a partial page, one bot wall decided by the URL
# (url-only) and a few plain-text excerpts (ext="txt").
# Author: independent. Date: 2026-12-07.
# Run: python3 batch156.py (writes batch156/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch156")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers: their other pages

p("h15601", "https://kcrystal-direct.example/shipping-delivery/", "seller", True, "en",
  "seller-shipping-page-long", "Shipping & Delivery – KCrystal Direct", """
<header>
<div class="topbar">&#128274; 100% discreet packaging &middot; Free reship if seized &middot; Orders before 2 pm CET ship same day</div>
<a class="logo" href="/">KCrystal<span>Direct</span></a>
<nav><a href="/">Home</a> <a href="/product-category/dissociatives/">Dissociatives</a> <a href="/product-category/liquids/">Liquids &amp; Vials</a> <a href="/product-category/nasal/">Nasal</a> <a href="/shipping-delivery/">Shipping</a> <a href="/payment/">Payment</a> <a href="/track/">Track order</a> <a href="/cart/">Cart (0) &ndash; &euro;0.00</a></nav>
</header>
<main>
<h1>Shipping &amp; Delivery</h1>
<p>We know that when you order from us, the one thing that matters after quality is that your parcel arrives safely and nobody but you knows what is inside. We have shipped more than 40,000 orders since 2019 and we have refined our process to the point where our delivery success rate is above 97% worldwide.</p>
<h2>How we pack</h2>
<p>Every order is weighed, vacuum sealed twice (smell-proof mylar + heat-sealed poly layer) and hidden inside an everyday item. The outer parcel looks like an ordinary e-commerce shipment from a cosmetics or phone-accessory company. There is no mention of our shop name anywhere on the parcel, invoice or return address. Crystals are shipped in a flat foil pouch, vials are wrapped in foam and labelled as &ldquo;hair serum&rdquo;.</p>
<h2>Delivery times</h2>
<table>
<tr><th>Destination</th><th>Method</th><th>Time</th><th>Cost</th></tr>
<tr><td>Netherlands, Belgium, Germany</td><td>Domestic tracked</td><td>1&ndash;3 working days</td><td>&euro;15</td></tr>
<tr><td>Rest of EU</td><td>EU tracked</td><td>3&ndash;7 working days</td><td>&euro;20</td></tr>
<tr><td>UK, Switzerland, Norway</td><td>Express (customs-safe route)</td><td>4&ndash;8 working days</td><td>&euro;35</td></tr>
<tr><td>USA, Canada</td><td>Domestic US drop (ships from inside the US)</td><td>3&ndash;6 working days</td><td>&euro;45</td></tr>
<tr><td>Australia, New Zealand</td><td>Special stealth (split in 2 parcels)</td><td>10&ndash;21 working days</td><td>&euro;60</td></tr>
</table>
<h2>Reship policy</h2>
<p>If your parcel is seized by customs or lost, we reship 100% free for orders over &euro;150 and 50% for smaller orders. We only ask for a photo of the customs letter or the tracking page showing no movement for 15 working days. We do not ask for any ID.</p>
<p><strong>Important:</strong> if you receive a letter from customs, do not reply to it and do not sign for anything. Simply contact us on Telegram and we will take care of the reship.</p>
<h2>Can I use my real name?</h2>
<p>Yes, use a name that can receive mail at the address. Do not use a PO box for the US route. You do not need to provide any prescription or document &ndash; we never ask.</p>
<h2>Tracking</h2>
<p>Tracking numbers are uploaded within 24 hours of payment confirmation. You will find them under <a href="/track/">Track order</a> with your order number and e-mail.</p>
<aside class="sidebar">
<h3>Bestsellers</h3>
<ul>
<li><a href="/product/ketamine-crystal-shards/">Ketamine crystal shards (S-isomer)</a> &ndash; from &euro;45/g</li>
<li><a href="/product/ketamine-hcl-powder/">Ketamine HCl fine powder</a> &ndash; from &euro;38/g</li>
<li><a href="/product/ketamine-10ml-vial/">Ketamine 50 mg/ml 10 ml vial</a> &ndash; &euro;65</li>
<li><a href="/product/nasal-spray-kit/">Nasal spray kit</a> &ndash; &euro;89</li>
</ul>
</aside>
</main>
<footer><p>Support: Telegram @kcrystal_support (replies 9:00&ndash;22:00 CET) &middot; Wickr: kcrystaldirect</p><p>&copy; 2026 KCrystal Direct. All products are sold for research purposes.</p></footer>
""", noise="cookie")

p("h15602", "https://ketamineshop-online.example/blog/is-it-legal-to-buy-ketamine-online-2026", "seller", True, "en",
  "seller-blog-post-long", "Is It Legal to Buy Ketamine Online in 2026? An Honest Guide | KetamineShop Online Blog", """
<header><a class="logo" href="/">KetamineShop<b>Online</b></a>
<nav><a href="/">Shop</a> <a href="/blog/">Blog</a> <a href="/faq/">FAQ</a> <a href="/about-us/">About us</a> <a href="/contact/">Contact</a> <a href="/my-account/">Login</a></nav></header>
<article>
<p class="meta">Posted by <b>Dr. Mark T.</b> &middot; March 3, 2026 &middot; 9 min read &middot; Category: Guides</p>
<h1>Is It Legal to Buy Ketamine Online in 2026? An Honest Guide</h1>
<p>Every week we get hundreds of messages from people who suffer from depression, PTSD or chronic pain and who simply cannot wait six months for an appointment at an infusion clinic or pay $500 per session. They all ask the same thing: is it legal to buy ketamine online? In this guide we answer honestly.</p>
<h2>What is ketamine?</h2>
<p>Ketamine is a dissociative anesthetic first synthesised in 1962. It is on the WHO list of essential medicines and is used every day in hospitals and veterinary practices. Since 2019 its S-enantiomer, esketamine, has been approved as a nasal spray for treatment-resistant depression. Research from Yale and other universities has shown that a single low dose can lift depressive symptoms within hours.</p>
<h2>Why are clinics so expensive?</h2>
<p>A typical IV infusion in the US costs between $400 and $800, and a full series of six infusions can easily pass $3,000. Insurance rarely pays. This puts the treatment out of reach for most people who need it. At the same time the active ingredient itself costs only a few dollars.</p>
<h2>So is buying online legal?</h2>
<p>The law differs from country to country, and we are not lawyers. In many countries, possession of small amounts for personal use is treated as a minor offence, and in practice customs rarely checks small letters. What we can tell you is that thousands of our customers have ordered safely with our discreet shipping, and we have a reship guarantee in the rare case that a parcel is held.</p>
<p>We also do not ask you for a prescription. We believe adults have the right to decide about their own mental health without a gatekeeper.</p>
<h2>How to order safely</h2>
<ol>
<li>Choose your product: <a href="/product/ketamine-crystal/">ketamine crystal</a>, <a href="/product/ketamine-powder/">fine powder</a> or <a href="/product/ketamine-injection-vials/">liquid vials (Ketalar / Ketamine Rotexmedica 10 ml)</a>.</li>
<li>Add it to your cart and pay with Bitcoin, USDT or a gift card. Crypto payments get 10% off.</li>
<li>Receive your tracking number within 24 hours.</li>
</ol>
<h2>Dosage tips from our team</h2>
<p>Start low. Most of our customers who use it for mood start with 25&ndash;50 mg intranasally and never combine it with alcohol. Always have someone with you the first time.</p>
<div class="cta-box"><h3>Ready to feel better?</h3><p>Use code <b>BLOG10</b> for an extra 10% off your first order.</p><a class="btn" href="/shop/">Shop ketamine now &rarr;</a></div>
</article>
<section class="related"><h3>Related posts</h3><ul><li><a href="/blog/ketamine-vs-ssri">Ketamine vs SSRIs: which works faster?</a></li><li><a href="/blog/how-to-store-ketamine-vials">How to store ketamine vials at home</a></li><li><a href="/blog/microdosing-ketamine-guide">Microdosing ketamine: beginner's guide</a></li></ul></section>
<footer>&copy; 2026 KetamineShop Online &middot; <a href="/privacy/">Privacy</a> &middot; <a href="/terms/">Terms</a> &middot; WhatsApp: +44 7700 900 318</footer>
""")

p("h15603", "https://dissopharm.example/payment-methods", "seller", True, "en",
  "seller-payment-page-txt", "Payment methods – DissoPharm", """
PAYMENT METHODS

We accept the following payment methods. Your order is processed as soon as the payment is confirmed.

1. Bitcoin (BTC) – 12% discount. Send the exact amount shown at checkout to the address generated for your order. 1 confirmation is enough.
2. Monero (XMR) – 15% discount. Most private option, recommended for orders over $300.
3. USDT (TRC20) – 10% discount.
4. Gift cards – Amazon, Apple/iTunes, Steam, Razer Gold. Send a clear photo of the card with the scratched code and the receipt to our e-mail. Gift card payments are charged 20% extra.
5. Cash App / Zelle – available for US customers only, ask support for the current handle. Do NOT write the product name in the memo, write "dinner" or "rent".

Why no credit cards? Banks block payments for our products, so we only use private methods to protect you and us.

Prices: Ketamine crystal 5 g $180 · 10 g $320 · 28 g $690. Esketamine nasal spray (generic) 3 x 28 mg $240. 2F-DCK 10 g $150.

Questions? Telegram @dissopharm_help
""", ext="txt")

p("h15604", "https://calmrx-online-clinic.example/about-us", "seller", True, "en",
  "seller-posing-as-telehealth-about", "About CalmRx – Online Clinic for Fast Depression Relief", """
<header><a href="/" class="logo">CalmRx <small>Online Clinic</small></a>
<nav><a href="/treatments">Treatments</a> <a href="/how-it-works">How it works</a> <a href="/about-us">About us</a> <a href="/reviews">Reviews</a> <a href="/start" class="btn">Start my order</a></nav></header>
<main>
<h1>About CalmRx</h1>
<p>CalmRx was founded in 2022 by a group of pharmacists and patients who were tired of waiting. Our mission is simple: to make modern depression treatments like esketamine and ketamine available to everyone, fast, affordably and without embarrassing appointments.</p>
<h2>Our doctors</h2>
<p>All orders are reviewed by our partner physicians. You fill in a short 2-minute health questionnaire, and our medical team approves it &mdash; usually in under 15 minutes. There is no video call, no waiting room and no need to talk to anyone. Over 99% of questionnaires are approved.</p>
<h2>What we offer</h2>
<ul>
<li><b>Esketamine nasal spray 28 mg</b> (generic of Spravato&reg;) &ndash; 3 devices $299, 6 devices $549</li>
<li><b>Ketamine sublingual tablets 100 mg</b> &ndash; 30 tablets $189</li>
<li><b>Ketamine oral solution 50 mg/ml</b> &ndash; 30 ml $159</li>
</ul>
<p>Medication ships from our partner pharmacy overseas in plain packaging and is delivered to your door within 5&ndash;9 days. No prescription from your own doctor is required &ndash; the approval by our team counts as your prescription.</p>
<h2>Why patients trust us</h2>
<ul><li>&#10003; 14,000+ happy customers</li><li>&#10003; Money-back guarantee if not approved</li><li>&#10003; Pay by card, crypto or PayPal Friends &amp; Family</li><li>&#10003; Ships to US, UK, Canada, Australia and EU</li></ul>
<p class="small">CalmRx is not a pharmacy. Product images are for illustration. Spravato is a registered trademark of Janssen Pharmaceuticals, which is not affiliated with CalmRx.</p>
</main>
<footer>CalmRx &middot; support@calmrx-online-clinic.example &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms of service</a></footer>
""", noise="cookie")

p("h15605", "https://arylchem-research.example/faq", "seller", True, "en",
  "rc-vendor-faq-medium", "FAQ | ArylChem Research Supplies", """
<nav class="top"><a href="/">Home</a> | <a href="/shop/arylcyclohexylamines">Arylcyclohexylamines</a> | <a href="/shop/pellets">Pellets</a> | <a href="/shop/bulk">Bulk</a> | <a href="/coa">Lab reports (COA)</a> | <a href="/faq">FAQ</a> | <a href="/cart">Basket</a></nav>
<h1>Frequently Asked Questions</h1>
<div class="faq">
<h3>Are your products for human consumption?</h3>
<p>No. All products sold by ArylChem Research are research chemicals intended for in-vitro laboratory research only. They are not for human consumption. By ordering you confirm that you are over 18 and a qualified researcher. We cannot give any dosage information, and messages asking for it will be ignored.</p>
<h3>Which compounds are currently in stock?</h3>
<p>At the moment we have 2F-DCK (crystal and 50 mg pellets), Deschloroketamine (DCK), O-PCE and a small batch of Methoxetamine (MXE). Our legacy compound 3-MeO-PCP is sold out until further notice. Check the <a href="/shop/arylcyclohexylamines">shop</a> for live stock.</p>
<h3>What is the minimum order?</h3>
<p>Minimum order is 1 g or 10 pellets. Bulk prices start from 25 g &ndash; e.g. 2F-DCK 25 g &euro;210, 100 g &euro;590.</p>
<h3>Do you ship to my country?</h3>
<p>We ship from within the EU to all EU countries except Sweden and Latvia. UK and Switzerland at your own risk (no reship). We do not ship to the US, Australia or Russia.</p>
<h3>How is my order packed?</h3>
<p>In a resealable antistatic bag, inside a padded envelope with a neutral return address. Nothing on the outside indicates the content.</p>
<h3>How can I pay?</h3>
<p>Bank transfer (SEPA), Bitcoin, Litecoin, Monero. Card payments are not possible.</p>
<h3>Is the quality tested?</h3>
<p>Every batch is tested by an independent lab (NMR + HPLC); purity is always above 99%. Reports are on the <a href="/coa">COA page</a>.</p>
</div>
<footer>ArylChem Research &ndash; reliable supplier of analytical reference materials since 2015 &middot; info@arylchem-research.example</footer>
""")

p("h15606", "https://k-land-store.example/official-links-scam-warning", "seller", True, "en",
  "seller-scam-warning-page", "⚠ Official links & scam warning – K-Land Store", """
<header><a href="/">K-LAND STORE</a> <nav><a href="/">Shop</a> <a href="/reviews">Reviews</a> <a href="/official-links-scam-warning">Official links</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>&#9888; Official links &amp; scam warning</h1>
<p>Dear customers, in the last months many fake copies of our shop have appeared. They copy our product photos, our reviews and even our name (k-land-shop, kland-store24, k-lands-official...). These clones take your money and never ship. Please read this page carefully before ordering.</p>
<h2>Our ONLY official contacts</h2>
<ul>
<li>Website: k-land-store.example (and the mirror k-land-store2.example when the main site is down)</li>
<li>Telegram: <b>@KLandStore_official</b> (blue verified tick, 12.4k subscribers). We will never DM you first.</li>
<li>Signal: ask on Telegram for the current number</li>
<li>E-mail: orders@k-land-store.example</li>
</ul>
<h2>How to recognise a scam</h2>
<ol>
<li>They ask for payment via Western Union or MoneyGram. We only accept BTC, LTC and XMR through our checkout.</li>
<li>Their prices are too good to be true. Our ketamine (needle-point crystal, tested 98%+) is &euro;30/g at 10 g. Anybody offering &euro;10/g is a scammer.</li>
<li>They send a &ldquo;customs fee&rdquo; request after you paid. We never ask for extra fees: reships are free.</li>
</ol>
<h2>What customers say about us</h2>
<blockquote>&ldquo;Third order, stealth is perfect, arrived in Germany in 2 days. The K is clean and sparkly.&rdquo; &ndash; verified buyer, DE</blockquote>
<blockquote>&ldquo;First one got stuck at customs, they reshipped without questions. Legit.&rdquo; &ndash; verified buyer, UK</blockquote>
<p>If you are unsure whether you are talking to us, send a message to our Telegram channel bot with the word <code>VERIFY</code> and the username of the account that contacted you.</p>
<p><a class="btn" href="/">Back to the shop</a></p>
</main>
<footer>&copy; K-Land Store 2021&ndash;2026</footer>
""")

p("h15607", "https://buy-ketamine-online-nopresc.example/blog/page/2/", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="main-wrapper" role="main">
<div class="main-content">
<h1 class="zone-name-title">buy-ketamine-online-nopresc.example</h1>
<h2 id="challenge-running">Checking if the site connection is secure</h2>
<noscript><div>Enable JavaScript and cookies to continue</div></noscript>
<div id="challenge-body-text">buy-ketamine-online-nopresc.example needs to review the security of your connection before proceeding.</div>
<div class="footer">Ray ID: 8f2a71c0de93b1e4 &middot; Performance &amp; security</div>
</div>
</div>
""")

p("h15608", "https://trusted-vendor-reviews.example/best-sites-to-buy-ketamine-online/", "seller", True, "en",
  "affiliate-doorway-roundup", "7 Best Sites to Buy Ketamine Online (2026 Tested & Reviewed)", """
<header><a href="/">TrustedVendorReviews</a> <nav><a href="/category/research-chemicals/">Research chemicals</a> <a href="/category/nootropics/">Nootropics</a> <a href="/category/dissociatives/">Dissociatives</a> <a href="/how-we-test/">How we test</a></nav></header>
<article>
<p class="disclosure">Advertiser disclosure: some links on this page are affiliate links. We may earn a commission if you order through them, at no extra cost to you.</p>
<h1>7 Best Sites to Buy Ketamine Online (2026 Tested &amp; Reviewed)</h1>
<p class="byline">By the TVR editorial team &middot; Updated November 28, 2026</p>
<p>Finding a legit vendor is hard. Scam shops appear every week. Our team placed real test orders with 23 online vendors, checked delivery times, stealth, and sent samples to a lab. Here are the seven that passed.</p>
<table class="ranking">
<tr><th>#</th><th>Vendor</th><th>Price (10 g)</th><th>Shipping</th><th>Payment</th><th>Score</th><th></th></tr>
<tr><td>1</td><td>KCrystal Direct</td><td>&euro;320</td><td>EU + US domestic</td><td>BTC, XMR</td><td>9.6</td><td><a rel="sponsored nofollow" href="https://kcrystal-direct.example/?ref=tvr">Visit site &rarr;</a></td></tr>
<tr><td>2</td><td>K-Land Store</td><td>&euro;300</td><td>EU</td><td>BTC, LTC, XMR</td><td>9.3</td><td><a rel="sponsored nofollow" href="https://k-land-store.example/?aff=tvr26">Visit site &rarr;</a></td></tr>
<tr><td>3</td><td>DissoPharm</td><td>$320</td><td>Worldwide</td><td>BTC, gift cards</td><td>8.9</td><td><a rel="sponsored nofollow" href="https://dissopharm.example/?r=tvr">Visit site &rarr;</a></td></tr>
<tr><td>4</td><td>CalmRx (no-Rx &ldquo;online clinic&rdquo;)</td><td>$299 / 3 sprays</td><td>US, UK, AU</td><td>Card, crypto</td><td>8.5</td><td><a rel="sponsored nofollow" href="https://calmrx-online-clinic.example/start?utm_source=tvr">Visit site &rarr;</a></td></tr>
</table>
<h2>1. KCrystal Direct &ndash; best overall</h2>
<p>Our test order (5 g crystal) arrived in Berlin in 48 hours, vacuum sealed inside a phone case box. Lab result: 99.1% ketamine HCl, no adulterants. Use our exclusive code <b>TVR15</b> for 15% off.</p>
<h2>2. K-Land Store &ndash; best prices in Europe</h2>
<p>Slightly slower but very reliable, with a free reship policy. Watch out for clones: use only our link above.</p>
<h2>4. CalmRx &ndash; best if you want a &ldquo;prescription&rdquo;</h2>
<p>If you prefer pharmaceutical nasal spray, CalmRx approves a 2-minute questionnaire and ships without any video appointment. More expensive, but you get a real pharma product.</p>
<h2>How to stay safe</h2>
<p>Always pay in crypto, never give your real ID, test your product with a reagent kit and start with a low dose.</p>
</article>
<footer>&copy; 2026 TrustedVendorReviews &middot; <a href="/contact/">Contact</a> &middot; This site is for informational purposes only.</footer>
""", noise="cookie")

p("h15609", "https://ketaminaveterinaria-envios.example/preguntas-frecuentes", "seller", True, "es",
  "seller-faq-vet-es", "Preguntas frecuentes – Ketamina Veterinaria Envíos", """
<header><a href="/">KETAMINA VET &middot; ENV&Iacute;OS</a>
<nav><a href="/">Inicio</a> <a href="/tienda">Tienda</a> <a href="/preguntas-frecuentes">Preguntas frecuentes</a> <a href="/contacto">Contacto</a></nav></header>
<main>
<h1>Preguntas frecuentes</h1>
<h3>&iquest;Necesito receta veterinaria para comprar?</h3>
<p>No. Vendemos a particulares, criaderos, clubes h&iacute;picos y cl&iacute;nicas sin pedir receta ni n&uacute;mero de colegiado. Solo necesitamos nombre y direcci&oacute;n de entrega.</p>
<h3>&iquest;Qu&eacute; productos tienen?</h3>
<p>Ketamina 10% (100 mg/ml) frasco de 10 ml y 50 ml de las marcas Imalgene, Ketamidor y Anesketin. Frasco de 10 ml: 45 &euro;. Caja de 5 frascos: 190 &euro;. Tambi&eacute;n ketamina en polvo evaporada (cristal) por gramos, pregunte por WhatsApp.</p>
<h3>&iquest;Env&iacute;an a toda Espa&ntilde;a y Latinoam&eacute;rica?</h3>
<p>S&iacute;, enviamos a toda Espa&ntilde;a en 24&ndash;48 h, y a M&eacute;xico, Colombia, Chile y Argentina en 7&ndash;12 d&iacute;as. El paquete va sin logotipos y con una descripci&oacute;n gen&eacute;rica (&ldquo;suplementos para caballos&rdquo;).</p>
<h3>&iquest;C&oacute;mo pago?</h3>
<p>Bizum, transferencia bancaria o Bitcoin. Con Bitcoin le hacemos un 10% de descuento. Los pedidos se confirman por WhatsApp al +34 600 000 742.</p>
<h3>&iquest;Y si la aduana retiene el paquete?</h3>
<p>Reenviamos gratis una vez. Nunca firme nada de aduanas ni d&eacute; explicaciones: escr&iacute;banos primero.</p>
</main>
<footer>&copy; 2026 Ketamina Vet Env&iacute;os &middot; Atenci&oacute;n por WhatsApp de 10 a 21 h</footer>
""", noise="cookie-es")

p("h15610", "https://chemlabor-direkt.example/ueber-uns", "seller", True, "de",
  "rc-vendor-about-de", "Über uns – ChemLabor Direkt | Research Chemicals seit 2014", """
<header><a href="/">ChemLabor<b>Direkt</b></a>
<nav><a href="/shop">Shop</a> <a href="/shop/dissoziativa">Dissoziativa</a> <a href="/shop/pellets">Pellets</a> <a href="/versand">Versand</a> <a href="/zahlung">Zahlung</a> <a href="/ueber-uns">&Uuml;ber uns</a> <a href="/warenkorb">Warenkorb</a></nav></header>
<main>
<h1>&Uuml;ber uns</h1>
<p>ChemLabor Direkt ist seit 2014 Ihr zuverl&auml;ssiger Partner f&uuml;r Forschungschemikalien. Was als kleines Projekt zweier Chemiestudenten begann, ist heute einer der bekanntesten Shops im deutschsprachigen Raum &ndash; mit &uuml;ber 60.000 versendeten Bestellungen.</p>
<h2>Unser Sortiment</h2>
<p>Wir f&uuml;hren ausschlie&szlig;lich Substanzen, die zum Zeitpunkt des Verkaufs nicht unter das BtMG fallen, darunter verschiedene Arylcyclohexylamine wie 2-FDCK, DCK und neue Ketamin-Analoga, sobald sie verf&uuml;gbar sind. Unsere Produkte sind <b>nicht zum menschlichen Verzehr bestimmt</b> und werden nur an vollj&auml;hrige Kunden zu Forschungszwecken verkauft.</p>
<h2>Versand &amp; Diskretion</h2>
<p>Wir versenden aus den Niederlanden per DHL und PostNL, in neutraler Verpackung und als Gro&szlig;brief. Lieferzeit nach Deutschland und &Ouml;sterreich 1&ndash;3 Werktage, in die Schweiz 3&ndash;5 Werktage (Nachversand bei Zollverlust zu 50%).</p>
<h2>Bezahlung</h2>
<p>&Uuml;berweisung, Bitcoin, Monero oder Paysafecard. Bei Zahlung in Krypto erhalten Sie 5% Rabatt.</p>
<h2>Qualit&auml;t</h2>
<p>Jede Charge wird extern per GC-MS analysiert. Die Analysezertifikate finden Sie im Shop unter jedem Produkt.</p>
<p>Bei Fragen erreichen Sie uns per E-Mail (PGP-Schl&uuml;ssel im Footer) oder &uuml;ber Threema.</p>
</main>
<footer>ChemLabor Direkt &middot; <a href="/impressum">Impressum</a> &middot; <a href="/agb">AGB</a> &middot; PGP: 0x7C1E 44A9</footer>
""", noise="cookie-de")

p("h15611", "https://kdiscret-livraison.example/livraison-et-paiement", "seller", True, "fr",
  "seller-shipping-payment-fr", "Livraison et paiement – K Discret", """
<nav><a href="/">Accueil</a> &middot; <a href="/boutique">Boutique</a> &middot; <a href="/livraison-et-paiement">Livraison et paiement</a> &middot; <a href="/contact">Contact</a></nav>
<h1>Livraison et paiement</h1>
<p><b>Livraison en France, Belgique, Suisse et Luxembourg.</b> Votre k&eacute;tamine est envoy&eacute;e sous 24 h apr&egrave;s r&eacute;ception du paiement, en lettre suivie, dans une enveloppe &agrave; bulles sans aucune mention. Emballage sous vide, anti-odeur. D&eacute;lai moyen : 2 &agrave; 4 jours ouvr&eacute;s.</p>
<p><b>Paiement :</b> Bitcoin, coupons PCS et Transcash (envoyez les codes sur Telegram), ou Neosurf. Aucun paiement par carte bancaire pour votre s&eacute;curit&eacute;.</p>
<p><b>Tarifs :</b> 1 g 50 &euro; &middot; 5 g 200 &euro; &middot; 10 g 350 &euro;. Frais de port offerts d&egrave;s 100 &euro;.</p>
<p><b>Colis bloqu&eacute; ?</b> Nous renvoyons gratuitement une fois. Pas d'ordonnance, pas de questions.</p>
<p>Commandes et suivi uniquement sur Telegram : <b>@kdiscret_fr</b></p>
""")

p("h15612", "https://groenewolk-shop.example/blog/ketamine-microdoseren-alles-wat-je-moet-weten", "seller", True, "nl",
  "seller-blog-nl", "Ketamine microdoseren: alles wat je moet weten | Groene Wolk Blog", """
<header><a href="/">Groene Wolk</a> <nav><a href="/shop/">Shop</a> <a href="/shop/research/">Research</a> <a href="/shop/testkits/">Testkits</a> <a href="/blog/">Blog</a> <a href="/verzending/">Verzending</a> <a href="/winkelwagen/">Winkelwagen</a></nav></header>
<article>
<p class="meta">Door Sanne &middot; 14 oktober 2026 &middot; Leestijd 6 minuten</p>
<h1>Ketamine microdoseren: alles wat je moet weten</h1>
<p>Steeds meer mensen zijn benieuwd naar microdoseren met ketamine. In de media verschijnen verhalen over klinieken in het buitenland die ketamine gebruiken tegen depressie, maar in Nederland is de behandeling nog lastig te krijgen en de wachtlijsten bij de GGZ zijn lang. In dit artikel leggen we uit wat microdoseren is, wat de risico's zijn en waar je op moet letten.</p>
<h2>Wat is een microdosis?</h2>
<p>Bij microdoseren neem je een hoeveelheid die ver onder de recreatieve dosis ligt. Voor ketamine gaat het vaak om 5 tot 15 mg, sublinguaal of nasaal. Het idee is dat je geen &lsquo;trip&rsquo; ervaart, maar wel een lichte stemmingsverbetering.</p>
<h2>Risico's</h2>
<p>Ketamine kan bij regelmatig gebruik de blaas beschadigen en verslavend zijn. Combineer het nooit met alcohol of GHB. Praat bij twijfel met je huisarts.</p>
<h2>Hoe kom je eraan?</h2>
<p>Omdat ketamine in Nederland op lijst I van de Opiumwet staat, verkopen wij het onder de naam <a href="/shop/research/k-kristal/">K-kristal (research)</a> in zakjes van 1, 3 en 5 gram (&euro; 35 / &euro; 95 / &euro; 145), en de legale variant <a href="/shop/research/2fdck-pellets/">2F-DCK pellets</a>. Bestellen gaat discreet: betalen met iDEAL via onze partner (omschrijving &lsquo;kleding&rsquo;) of met crypto, en we verzenden in een neutrale brievenbusdoos zonder afzender.</p>
<p>Test altijd wat je koopt met een <a href="/shop/testkits/">Mandelin-reagens</a>.</p>
<div class="cta"><a class="knop" href="/shop/research/">Bekijk het assortiment &rarr;</a></div>
</article>
<footer>Groene Wolk &middot; Alle producten zijn bedoeld voor onderzoeksdoeleinden &middot; Klantenservice via Telegram @groenewolk_nl</footer>
""", noise="cookie-nl")

p("h15613", "https://cetamina-entrega-rapida.example/sobre-nos", "seller", True, "pt",
  "seller-about-whatsapp-pt", "Sobre nós – Cetamina Entrega Rápida", """
<h1>Sobre n&oacute;s</h1>
<p>Somos uma equipe com mais de 6 anos de experi&ecirc;ncia no mercado, atendendo clientes em todo o Brasil com seriedade e sigilo total. Trabalhamos com cetamina (ketamina) de origem farmac&ecirc;utica &ndash; frascos Ketamin 50 mg/ml e Cetamin 10 ml lacrados &ndash; e tamb&eacute;m com o cristal.</p>
<ul>
<li>&#9989; Entrega discreta via Correios ou motoboy (SP capital no mesmo dia)</li>
<li>&#9989; Pagamento via PIX ou cripto</li>
<li>&#9989; Sem receita, sem burocracia</li>
<li>&#9989; Mais de 2.000 clientes satisfeitos</li>
</ul>
<p>Frasco 10 ml: R$ 280 &middot; Kit 5 frascos: R$ 1.200 &middot; Cristal 5 g: R$ 900</p>
<p><b>Fa&ccedil;a seu pedido pelo WhatsApp: (11) 9 0000-4417</b> ou pelo Telegram @cetaminarapida</p>
""")

p("h15614", "https://ketamina-italia-shop.example/spedizioni-e-resi", "seller", True, "it",
  "seller-shipping-it-partial", "Spedizioni e resi – Ketamina Italia Shop", """
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; Spedizioni e resi</div>
<h1>Spedizioni e resi</h1>
<p>Spediamo in tutta Italia, San Marino e Canton Ticino. Gli ordini pagati entro le 13:00 partono il giorno stesso con corriere tracciato (BRT o GLS) in pacco anonimo: la merce &egrave; sottovuoto e nascosta dentro una confezione di integratori. Nessun riferimento al contenuto o al nostro negozio.</p>
<p>Tempi: 24/48 ore al Nord, 48/72 ore al Centro-Sud e isole.</p>
<p>Pagamenti: Bitcoin (sconto 10%), ricarica PostePay o bonifico istantaneo. Dopo il pagamento inviate la ricevuta su Telegram o Wickr.</p>
<p>Resi: trattandosi di ketamina e altri prodotti sensibili non accettiamo resi, ma in caso di sequestro rispediamo gratuitamente.</p>
<p class="small">Prezzi aggiornati: 1 g &euro; 45 &middot; 5 g &euro; 190 &middot; 10 g &euro; 340 &middot; fiala Ketavet 10 ml &euro; 60</p>
<p>&hellip;</p>
""")

# ---------------------------------------------------------------- telehealth: their other pages

p("h15615", "https://www.lumenmind-health.example/newsroom", "telehealth", False, "en",
  "telehealth-newsroom-long", "Newsroom | LumenMind Health", """
<header class="site-header">
<a class="logo" href="/">LumenMind</a>
<nav><a href="/how-it-works">How it works</a> <a href="/ketamine-therapy">At-home ketamine therapy</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/research">Research</a> <a href="/newsroom">Newsroom</a> <a href="/login">Log in</a> <a class="btn" href="/get-started">See if you qualify</a></nav>
</header>
<main>
<h1>Newsroom</h1>
<p>The latest announcements from LumenMind Health. For media enquiries, contact <a href="mailto:press@lumenmind-health.example">press@lumenmind-health.example</a>.</p>
<section class="press-releases">
<article><p class="date">November 18, 2026</p><h2><a href="/newsroom/lumenmind-expands-to-five-states">LumenMind expands clinician-guided ketamine care to Ohio, Georgia, Arizona, Minnesota and Oregon</a></h2>
<p>Patients in five additional states can now book a video evaluation with a board-certified psychiatric clinician licensed in their state. Eligible patients who receive a prescription are supported by a trained guide throughout their sessions. &ldquo;Expansion only happens where we have licensed prescribers and a partner pharmacy in place,&rdquo; said Chief Medical Officer Dr. Renata Okafor, MD.</p></article>
<article><p class="date">September 2, 2026</p><h2><a href="/newsroom/series-b">LumenMind raises $42 million Series B to build measurement-based mental health care</a></h2>
<p>The round will fund outcome tracking, a clinician-training academy and a 24/7 patient safety line.</p></article>
<article><p class="date">June 10, 2026</p><h2><a href="/newsroom/peer-reviewed-outcomes">LumenMind publishes peer-reviewed outcomes from 6,800 patients</a></h2>
<p>Data show a median 48% reduction in PHQ-9 scores after four sessions; adverse events are reported transparently, including 2.1% of patients who discontinued because of nausea or dissociation they found unpleasant.</p></article>
<article><p class="date">March 27, 2026</p><h2><a href="/newsroom/statement-dea-telemedicine">Statement on the DEA&rsquo;s extension of telemedicine flexibilities</a></h2>
<p>LumenMind welcomes the extension and reaffirms that every patient is evaluated live by a licensed clinician before any controlled substance is prescribed.</p></article>
</section>
<section class="in-the-press"><h2>LumenMind in the press</h2>
<ul><li>&ldquo;The at-home ketamine boom, and the companies trying to do it responsibly&rdquo; &ndash; <i>The Daily Ledger</i></li><li>&ldquo;Can telehealth make psychedelic-adjacent care safe?&rdquo; &ndash; <i>HealthTech Weekly</i></li></ul></section>
<section class="media-kit"><h2>Media kit</h2><p><a href="/press/lumenmind-media-kit.zip">Download logos, leadership headshots and fact sheet (ZIP, 14 MB)</a></p></section>
</main>
<footer>
<p>LumenMind Health, Inc. provides administrative services to LumenMind Medical Group, P.C., which provides all clinical services. Ketamine is prescribed only after an evaluation by a licensed clinician and is not right for everyone.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/careers">Careers</a> &middot; <a href="/safety">Safety</a> &middot; If you are in crisis call or text 988.</p>
</footer>
""", noise="cookie")

p("h15616", "https://careers.lumenmind-health.example/jobs/psychiatric-nurse-practitioner-remote", "telehealth", False, "en",
  "telehealth-careers-page", "Psychiatric Nurse Practitioner (PMHNP) – Remote | Careers at LumenMind", """
<header><a href="https://www.lumenmind-health.example/">LumenMind</a> &middot; <a href="/">Careers</a> &middot; <a href="/teams/clinical">Clinical team</a> &middot; <a href="/benefits">Benefits</a></header>
<main>
<h1>Psychiatric Nurse Practitioner (PMHNP-BC) &ndash; Remote</h1>
<p class="meta">Clinical &middot; Full-time or 0.6 FTE &middot; Remote (US) &middot; $138,000&ndash;$165,000 + bonus</p>
<h2>About the role</h2>
<p>You will evaluate adults with depression and anxiety through secure video visits, decide whether at-home ketamine treatment is clinically appropriate, prescribe when it is, and follow patients through their treatment with regular check-ins. You will work alongside psychiatrists, integration guides and our patient safety team.</p>
<h2>What you'll do</h2>
<ul>
<li>Conduct 60-minute initial psychiatric evaluations and 20-minute follow-ups by video</li>
<li>Screen for contraindications (uncontrolled hypertension, psychosis, active substance use disorder, pregnancy) and decline treatment when it is not safe</li>
<li>Review PHQ-9/GAD-7 trends and adjust or stop treatment</li>
<li>Coordinate with our partner pharmacies and patients' primary care physicians</li>
<li>Participate in weekly case conferences</li>
</ul>
<h2>Requirements</h2>
<ul><li>Active PMHNP-BC certification and DEA registration</li><li>Unrestricted license in at least one of: CA, TX, FL, NY, IL (we sponsor additional licenses)</li><li>2+ years of psychiatric practice</li></ul>
<h2>Benefits</h2>
<p>Medical, dental and vision; 401(k) match; malpractice coverage; $2,500 CME allowance; 25 days PTO.</p>
<a class="btn" href="/apply/pmhnp-remote-2026">Apply now</a>
<p class="eeo">LumenMind is an equal opportunity employer.</p>
</main>
""")

p("h15617", "https://www.serenacare-telepsych.example/help/impersonation-scams", "telehealth", False, "en",
  "telehealth-scam-warning", "Protect yourself from scams impersonating SerenaCare | SerenaCare", """
<header><a href="/">SerenaCare</a> <nav><a href="/ketamine">Ketamine-assisted care</a> <a href="/psychiatry">Psychiatry</a> <a href="/insurance">Insurance</a> <a href="/help">Help Center</a> <a href="/login">Patient login</a></nav></header>
<main>
<p class="crumbs"><a href="/help">Help Center</a> &rsaquo; Safety &amp; security</p>
<h1>Protect yourself from scams impersonating SerenaCare</h1>
<p><i>Last updated October 30, 2026</i></p>
<p>We have received reports of websites, social media accounts and Telegram channels using the SerenaCare name and logo to sell &ldquo;ketamine without a prescription&rdquo;, &ldquo;Spravato spray&rdquo; or &ldquo;SerenaCare troches&rdquo;. These are not us. Please read how we actually work.</p>
<h2>What SerenaCare will never do</h2>
<ul>
<li>Sell ketamine or any other medication without a live video evaluation with a licensed clinician.</li>
<li>Ask you to pay with cryptocurrency, gift cards, Zelle or Cash App.</li>
<li>Contact you on WhatsApp, Telegram, Instagram or TikTok to offer medication.</li>
<li>Ship medication ourselves. Prescriptions are filled only by our licensed partner pharmacies in your state.</li>
<li>Offer &ldquo;discreet&rdquo; or &ldquo;stealth&rdquo; shipping, or ship internationally.</li>
</ul>
<h2>How to check that it is really us</h2>
<p>Our only website is serenacare-telepsych.example. All payments are taken inside the patient portal by card, HSA or FSA. Your clinician's name and license number are shown on your care plan and can be verified on your state board's website.</p>
<h2>If you were contacted by a scammer</h2>
<ol><li>Do not send money or personal information.</li><li>Report the account to the platform.</li><li>Forward details to <a href="mailto:trust@serenacare-telepsych.example">trust@serenacare-telepsych.example</a>.</li><li>If you paid, contact your bank and file a report with the FTC at reportfraud.ftc.gov.</li></ol>
<p>If you took a substance bought from one of these sites and feel unwell, call Poison Control at 1-800-222-1222 or 911.</p>
</main>
<footer>&copy; 2026 SerenaCare Telepsychiatry, PLLC &middot; <a href="/privacy">Privacy</a> &middot; <a href="/notice-of-privacy-practices">HIPAA notice</a></footer>
""")

p("h15618", "https://www.serenacare-telepsych.example/our-pharmacy-partners", "telehealth", False, "en",
  "telehealth-partner-pharmacy", "Our pharmacy partners | SerenaCare", """
<nav><a href="/">SerenaCare</a> | <a href="/ketamine">Ketamine-assisted care</a> | <a href="/pricing">Pricing</a> | <a href="/our-pharmacy-partners">Pharmacy partners</a> | <a href="/faq">FAQ</a></nav>
<h1>How your prescription gets to you</h1>
<p>SerenaCare does not stock or sell medication. If your clinician prescribes ketamine after your video evaluation, the prescription is sent electronically (EPCS) to a state-licensed pharmacy that partners with us.</p>
<h2>Our partners</h2>
<table>
<tr><th>Pharmacy</th><th>Type</th><th>States served</th><th>License</th></tr>
<tr><td>Keystone Compounding Pharmacy</td><td>503A compounding (sublingual tablets, rapid-dissolve tablets)</td><td>PA, NJ, NY, OH, MD</td><td>PA Board of Pharmacy PP-448812</td></tr>
<tr><td>Cascade Specialty Rx</td><td>503A compounding</td><td>WA, OR, ID, CA</td><td>WA PHCF.000019322</td></tr>
<tr><td>Lone Star Apothecary</td><td>Retail + compounding</td><td>TX, OK, NM</td><td>TX #30917</td></tr>
</table>
<h2>What to expect</h2>
<ul>
<li>The pharmacy will call you to confirm your identity and address before dispensing.</li>
<li>Medication ships in tamper-evident packaging by UPS with <b>adult signature required</b>; it cannot be left at the door.</li>
<li>Your first shipment contains a maximum of 4 doses. Refills are only authorised after your check-in with your clinician.</li>
<li>Medication costs $40&ndash;$85 per shipment and is billed by the pharmacy, separately from your SerenaCare membership ($229/month).</li>
</ul>
<p>Prefer to use your own local pharmacy? In some states your clinician can send the prescription there instead &ndash; ask in your portal.</p>
""")

p("h15619", "https://www.lumenmind-health.example/research/outcomes-report-2026", "telehealth", False, "en",
  "telehealth-outcomes-page-long", "2026 Outcomes Report | LumenMind Research", """
<header><a class="logo" href="/">LumenMind</a><nav><a href="/how-it-works">How it works</a> <a href="/research">Research</a> <a href="/newsroom">Newsroom</a> <a class="btn" href="/get-started">See if you qualify</a></nav></header>
<main>
<h1>2026 Outcomes Report</h1>
<p class="lede">We publish what happens to our patients &mdash; including the results that don't look good in an ad.</p>
<h2>Who was included</h2>
<p>All adults who completed an initial video evaluation between January 2025 and June 2026 (n = 18,412). Of these, 11,967 (65%) were prescribed at-home ketamine by their clinician; 6,445 (35%) were not prescribed, most often because of uncontrolled blood pressure, a history of psychosis or mania, current substance use disorder, or because another treatment was judged more suitable. Those patients were referred to in-person care or continued with psychiatry visits only.</p>
<h2>Depression outcomes</h2>
<table>
<tr><th>Measure</th><th>Baseline</th><th>After session 4</th><th>After session 8</th></tr>
<tr><td>Mean PHQ-9</td><td>17.8</td><td>10.9</td><td>9.4</td></tr>
<tr><td>Response (&ge;50% reduction)</td><td>&ndash;</td><td>44%</td><td>52%</td></tr>
<tr><td>Remission (PHQ-9 &lt; 5)</td><td>&ndash;</td><td>17%</td><td>24%</td></tr>
</table>
<p>Response was measured only in patients who completed the questionnaires (78% at session 4, 61% at session 8); patients who drop out may do worse, so these figures are likely optimistic.</p>
<h2>Safety</h2>
<ul>
<li>Nausea or vomiting: 11.3% of patients at least once</li>
<li>Blood pressure above the session safety threshold (measured by the patient before and after each session): 3.4%; sessions were paused per protocol</li>
<li>Serious adverse events possibly related to treatment: 9 (0.08%), including 2 emergency department visits for anxiety</li>
<li>Signs of misuse (early refill requests, missing doses): 0.6%; treatment was stopped for these patients</li>
</ul>
<h2>Methods</h2>
<p>Data come from the electronic health record and validated self-report instruments. The analysis was reviewed by an independent biostatistician at a university partner and submitted for peer review. Full methods are in the <a href="/research/outcomes-2026-methods.pdf">technical appendix (PDF)</a>.</p>
<h2>Limitations</h2>
<p>This is not a randomised trial. There is no control group, patients are self-selected and most pay out of pocket. Results should not be compared directly with clinical trials of esketamine or IV ketamine.</p>
</main>
<footer>LumenMind Medical Group, P.C. &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; 988 Suicide &amp; Crisis Lifeline</footer>
""")

p("h15620", "https://www.seelenruhe-online.example/datenschutz", "telehealth", False, "de",
  "telehealth-privacy-policy-de-long", "Datenschutzerklärung – Seelenruhe Online-Psychiatrie", """
<header><a href="/">Seelenruhe <small>Online-Psychiatrie</small></a>
<nav><a href="/leistungen">Leistungen</a> <a href="/esketamin">Esketamin-Behandlung</a> <a href="/ablauf">Ablauf</a> <a href="/kosten">Kosten</a> <a href="/team">&Auml;rzteteam</a> <a href="/termin" class="btn">Videotermin buchen</a></nav></header>
<main>
<h1>Datenschutzerkl&auml;rung</h1>
<p>Stand: 1. Oktober 2026</p>
<h2>1. Verantwortlicher</h2>
<p>Seelenruhe MVZ f&uuml;r Psychiatrie und Psychotherapie GmbH, Kaiserstra&szlig;e 12, 60311 Frankfurt am Main. &Auml;rztliche Leitung: Dr. med. Julia Hartmann, Fach&auml;rztin f&uuml;r Psychiatrie und Psychotherapie. Datenschutzbeauftragter: datenschutz@seelenruhe-online.example.</p>
<h2>2. Welche Daten wir verarbeiten</h2>
<p>Wenn Sie einen Videotermin buchen, verarbeiten wir Ihre Stammdaten (Name, Geburtsdatum, Anschrift, Versicherungsstatus), Gesundheitsdaten aus dem Anamnesebogen sowie die Dokumentation der &auml;rztlichen Videosprechstunde. Die Videosprechstunde erfolgt &uuml;ber einen nach &sect; 365 SGB V zertifizierten Videodienstanbieter; Bild und Ton werden Ende-zu-Ende-verschl&uuml;sselt &uuml;bertragen und nicht aufgezeichnet.</p>
<h2>3. Zweck und Rechtsgrundlage</h2>
<p>Die Verarbeitung erfolgt zur Durchf&uuml;hrung des Behandlungsvertrags (Art. 6 Abs. 1 lit. b DSGVO) und zur medizinischen Diagnostik und Versorgung (Art. 9 Abs. 2 lit. h DSGVO). Wir sind gesetzlich verpflichtet, die Behandlungsdokumentation zehn Jahre aufzubewahren (&sect; 630f BGB).</p>
<h2>4. Weitergabe an Partnerpraxen</h2>
<p>Kommen Sie nach der psychiatrischen Untersuchung per Video f&uuml;r eine Behandlung mit Esketamin-Nasenspray (Spravato&reg;) in Frage, kann diese ausschlie&szlig;lich vor Ort unter &auml;rztlicher &Uuml;berwachung erfolgen. Mit Ihrer ausdr&uuml;cklichen Einwilligung &uuml;bermitteln wir hierf&uuml;r Ihren Arztbrief an eine unserer Partnerpraxen in Ihrer N&auml;he. Ein Versand von Arzneimitteln durch uns findet nicht statt.</p>
<h2>5. Zahlungsdienstleister</h2>
<p>Privatleistungen (z.&nbsp;B. Erstgespr&auml;ch 180&nbsp;&euro; nach G&Ouml;&Auml;) rechnen wir &uuml;ber einen Abrechnungsdienstleister ab. Dabei werden nur die f&uuml;r die Rechnung notwendigen Daten &uuml;bermittelt.</p>
<h2>6. Cookies und Analyse</h2>
<p>Wir setzen technisch notwendige Cookies ein. Analyse-Cookies nur mit Ihrer Einwilligung, die Sie jederzeit &uuml;ber die Cookie-Einstellungen widerrufen k&ouml;nnen.</p>
<h2>7. Ihre Rechte</h2>
<p>Sie haben das Recht auf Auskunft, Berichtigung, L&ouml;schung (soweit keine Aufbewahrungspflicht besteht), Einschr&auml;nkung, Daten&uuml;bertragbarkeit und Widerspruch sowie ein Beschwerderecht bei der zust&auml;ndigen Aufsichtsbeh&ouml;rde (Hessischer Beauftragter f&uuml;r Datenschutz und Informationsfreiheit).</p>
</main>
<footer><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; Im Notfall: 112 oder Telefonseelsorge 0800 111 0 111</footer>
""", noise="cookie-de")

p("h15621", "https://www.serenacare-telepsych.example/es/seguro-y-facturacion", "telehealth", False, "es",
  "telehealth-insurance-billing-es", "Seguro médico y facturación | SerenaCare en español", """
<nav><a href="/es/">SerenaCare</a> &middot; <a href="/es/ketamina">Atenci&oacute;n con ketamina</a> &middot; <a href="/es/psiquiatria">Psiquiatr&iacute;a</a> &middot; <a href="/es/seguro-y-facturacion">Seguro y facturaci&oacute;n</a> &middot; <a href="/">English</a></nav>
<h1>Seguro m&eacute;dico y facturaci&oacute;n</h1>
<h2>&iquest;Aceptan mi seguro?</h2>
<p>Las consultas de psiquiatr&iacute;a por video (evaluaci&oacute;n inicial y seguimientos) est&aacute;n cubiertas por Aetna, Cigna, UnitedHealthcare y Blue Cross Blue Shield en Texas, Florida y California. Su copago suele ser de $20 a $60 por consulta.</p>
<h2>&iquest;Y el tratamiento con ketamina en casa?</h2>
<p>La mayor&iacute;a de los seguros no cubren la ketamina sublingual compuesta. Si su cl&iacute;nico la receta tras la evaluaci&oacute;n, el programa cuesta $229 al mes (incluye seguimientos y apoyo de un gu&iacute;a) m&aacute;s el medicamento, que cobra directamente la farmacia asociada ($40&ndash;$85 por env&iacute;o).</p>
<p>Puede pagar con tarjeta, HSA o FSA dentro del portal del paciente. Le damos un <i>superbill</i> para pedir reembolso fuera de red.</p>
<h2>&iquest;Y Spravato (esketamina)?</h2>
<p>Spravato suele estar cubierto por el seguro, pero debe administrarse en un centro certificado, no en casa. Si su psiquiatra de SerenaCare lo recomienda, le derivamos a un centro asociado y le ayudamos con la autorizaci&oacute;n previa.</p>
<p><b>Importante:</b> SerenaCare nunca le pedir&aacute; pagos por WhatsApp, tarjetas de regalo ni criptomonedas.</p>
""")

p("h15622", "https://www.mentevivatele.example/blog/primeira-consulta-por-video", "telehealth", False, "pt",
  "telehealth-blog-pt", "O que esperar da sua primeira consulta por vídeo | Blog MenteViva", """
<header><a href="/">MenteViva <small>Telepsiquiatria</small></a>
<nav><a href="/como-funciona">Como funciona</a> <a href="/escetamina">Escetamina</a> <a href="/medicos">Nossos m&eacute;dicos</a> <a href="/precos">Pre&ccedil;os</a> <a href="/blog">Blog</a> <a class="btn" href="/agendar">Agendar consulta</a></nav></header>
<article>
<p class="meta">Por Dra. Camila Nogueira, psiquiatra (CRM-SP 154.872) &middot; 22 de setembro de 2026</p>
<h1>O que esperar da sua primeira consulta por v&iacute;deo</h1>
<p>Muitos pacientes chegam at&eacute; n&oacute;s depois de ler sobre a escetamina (Spravato) para depress&atilde;o resistente. A primeira pergunta costuma ser: &ldquo;posso receber o spray em casa?&rdquo;. A resposta &eacute; n&atilde;o &ndash; e explicamos por qu&ecirc;.</p>
<h2>A consulta</h2>
<p>A primeira teleconsulta dura cerca de 50 minutos. O psiquiatra revisa seu hist&oacute;rico, os tratamentos que voc&ecirc; j&aacute; fez, press&atilde;o arterial e uso de subst&acirc;ncias. Nem todo paciente &eacute; indicado para escetamina; &agrave;s vezes ajustamos a medica&ccedil;&atilde;o ou indicamos psicoterapia.</p>
<h2>Se a escetamina for indicada</h2>
<p>O spray nasal s&oacute; pode ser aplicado em ambiente de sa&uacute;de, com observa&ccedil;&atilde;o por pelo menos duas horas. Por isso encaminhamos voc&ecirc; a uma das nossas cl&iacute;nicas parceiras em S&atilde;o Paulo, Campinas, Belo Horizonte ou Curitiba, com o relat&oacute;rio m&eacute;dico e a receita. O acompanhamento continua por v&iacute;deo conosco.</p>
<h2>Valores</h2>
<p>Primeira consulta: R$ 480. Retornos: R$ 320. Aceitamos reembolso de planos de sa&uacute;de (emitimos nota fiscal). As sess&otilde;es de escetamina s&atilde;o cobradas pela cl&iacute;nica parceira.</p>
<p><a class="btn" href="/agendar">Agende sua primeira consulta</a></p>
</article>
<footer>MenteViva Telepsiquiatria Ltda. &middot; Respons&aacute;vel t&eacute;cnico: Dr. Henrique Lopes, CRM-SP 98.311 &middot; Em caso de crise ligue 188 (CVV)</footer>
""", noise="cookie-pt")

p("h15623", "https://www.kliniquevirtuelle-ketamine.example/fr/mentions-legales", "telehealth", False, "fr",
  "telehealth-legal-notice-fr-txt", "Mentions légales et conditions d'utilisation – Clinique virtuelle Horizon", """
MENTIONS LÉGALES ET CONDITIONS D'UTILISATION – Clinique virtuelle Horizon (extrait)

Éditeur : Horizon Santé Mentale inc., 1200 boulevard René-Lévesque Ouest, Montréal (Québec). Directeur médical : Dr Étienne Gagnon, psychiatre, membre du Collège des médecins du Québec (permis 1-04512).

Article 4 – Services. Horizon offre des téléconsultations en psychiatrie. Un traitement par kétamine sublinguale à domicile ne peut être prescrit qu'après une évaluation complète par vidéo avec un médecin autorisé à exercer au Québec ou en Ontario, et uniquement si le médecin le juge approprié. Aucune ordonnance n'est délivrée sur la seule base d'un questionnaire.

Article 5 – Médicaments. Horizon ne vend aucun médicament. Les ordonnances sont transmises à une pharmacie communautaire partenaire inscrite à l'Ordre des pharmaciens du Québec, qui effectue la livraison contre signature d'un adulte.

Article 7 – Tarifs. Évaluation initiale : 395 $ CA. Forfait de suivi mensuel : 260 $ CA. Ces services ne sont pas couverts par la RAMQ ; un reçu est fourni pour les assurances privées.
""", ext="txt")

# ---------------------------------------------------------------- clinics: their other pages

p("h15624", "https://www.bluespruce-ketamine.example/in-the-news", "clinic", False, "en",
  "clinic-in-the-news", "In the News | Blue Spruce Ketamine & Wellness – Boise, ID", """
<header>
<div class="topbar">&#128222; (208) 555-0147 &middot; 2200 W Main St, Suite 140, Boise &middot; Mon&ndash;Sat 8am&ndash;6pm</div>
<a class="logo" href="/">Blue Spruce Ketamine &amp; Wellness</a>
<nav><a href="/iv-ketamine">IV Ketamine</a> <a href="/spravato">Spravato</a> <a href="/pain">Chronic Pain</a> <a href="/pricing">Pricing</a> <a href="/about">About</a> <a href="/in-the-news">In the News</a> <a class="btn" href="/book">Book a consultation</a></nav>
</header>
<main>
<h1>Blue Spruce in the News</h1>
<div class="news-item"><h2>KBOI 2 News: &ldquo;Boise clinic sees veterans turn to ketamine for PTSD&rdquo;</h2><p class="date">August 14, 2026</p>
<p>Our medical director, Dr. Aaron Whitfield, MD (board-certified anesthesiologist), sat down with KBOI to talk about how IV ketamine infusions are given in our clinic, why every patient is monitored by a nurse throughout the 40-minute infusion, and why we partner with the veterans' own therapists. <a href="/news/kboi-veterans">Watch the segment</a></p></div>
<div class="news-item"><h2>Idaho Statesman: &ldquo;Ketamine clinics are booming. Here's what patients should ask first&rdquo;</h2><p class="date">April 2, 2026</p>
<p>&ldquo;If someone offers you ketamine without seeing you, checking your blood pressure and knowing your history, walk away,&rdquo; Dr. Whitfield told the paper. The article also compares local prices; ours is $475 per infusion or $2,550 for a series of six.</p></div>
<div class="news-item"><h2>Treasure Valley Business Journal: &ldquo;Blue Spruce opens second treatment suite&rdquo;</h2><p class="date">January 19, 2026</p>
<p>With four private infusion rooms and a REMS-certified Spravato treatment area, we can now see patients within a week of their consultation.</p></div>
<p>Members of the media can reach us at media@bluespruce-ketamine.example.</p>
</main>
<footer>Blue Spruce Ketamine &amp; Wellness, PLLC &middot; <a href="/privacy">Privacy</a> &middot; <a href="/patient-forms">Patient forms</a> &middot; <a href="/pay-my-bill">Pay my bill</a></footer>
""", noise="cookie")

p("h15625", "https://www.bluespruce-ketamine.example/events", "clinic", False, "en",
  "clinic-community-events", "Community Events | Blue Spruce Ketamine & Wellness", """
<nav><a href="/">Home</a> | <a href="/iv-ketamine">IV Ketamine</a> | <a href="/spravato">Spravato</a> | <a href="/events">Events</a> | <a href="/book">Book</a></nav>
<h1>Community Events</h1>
<p>We believe mental health care should be part of the community, not hidden away. All events are free unless noted.</p>
<ul class="events">
<li><b>Thu, Dec 11, 6:30&ndash;8:00 pm &ndash; &ldquo;Ketamine 101&rdquo; open house</b><br>Tour our infusion suites, meet our nurses and ask Dr. Whitfield anything about IV ketamine and Spravato. Light refreshments. <a href="/events/ketamine-101-dec">RSVP</a></li>
<li><b>Every 2nd Tuesday, 7:00 pm &ndash; Integration circle (in person)</b><br>A peer support group for current and former patients, facilitated by our licensed therapist Megan Ruiz, LCSW. Held in our community room.</li>
<li><b>Sat, Jan 17 &ndash; Walk for Hope 5K</b><br>Join Team Blue Spruce at Ann Morrison Park to raise money for the Idaho suicide prevention hotline.</li>
<li><b>Feb 5 &ndash; Lunch &amp; learn for referring providers</b><br>For primary care physicians, therapists and psychiatrists: patient selection, contraindications and how we share notes. 1.0 CME credit. $25 lunch fee.</li>
</ul>
<p>Questions? Call (208) 555-0147.</p>
""")

p("h15626", "https://www.harborpoint-infusion.example/insurance-and-billing", "clinic", False, "en",
  "clinic-billing-explainer-long", "Insurance, Pricing & Billing | Harbor Point Infusion Center", """
<header>
<a class="logo" href="/">Harbor Point Infusion Center</a>
<nav><a href="/ketamine-infusions">Ketamine Infusions</a> <a href="/spravato">Spravato&reg;</a> <a href="/nad">NAD+</a> <a href="/insurance-and-billing">Insurance &amp; Billing</a> <a href="/shop/gift-cards">Gift cards</a> <a href="/pay">Pay online</a> <a class="btn" href="/book-now">Book now</a></nav>
</header>
<main>
<h1>Insurance, Pricing &amp; Billing</h1>
<p>We want you to know exactly what you will pay before your first visit. Here is how billing works at both our Portsmouth and Dover locations.</p>
<h2>Spravato&reg; (esketamine) &ndash; usually covered by insurance</h2>
<p>Harbor Point is a REMS-certified Spravato treatment center. Most commercial plans and NH Medicaid cover Spravato for treatment-resistant depression after prior authorization. Our benefits team submits the authorization for you; approval typically takes 5&ndash;10 business days. You pay your usual specialist copay or coinsurance for the observation visit. The medication itself is billed through your pharmacy benefit or buy-and-bill.</p>
<h2>IV ketamine &ndash; self-pay</h2>
<p>IV ketamine for depression is an off-label use, and insurance does not currently cover it. Our self-pay prices:</p>
<table>
<tr><th>Service</th><th>Price</th></tr>
<tr><td>Medical consultation (applied to your first infusion if you proceed)</td><td>$150</td></tr>
<tr><td>Single IV ketamine infusion (mood)</td><td>$450</td></tr>
<tr><td>Induction package &ndash; 6 infusions within 3 weeks</td><td>$2,400 (save $300)</td></tr>
<tr><td>Booster infusion</td><td>$425</td></tr>
<tr><td>Chronic pain protocol (4-hour infusion)</td><td>$895</td></tr>
</table>
<p>Packages can be bought online after your consultation. Unused infusions are refundable on a pro-rata basis.</p>
<h2>Superbills and out-of-network reimbursement</h2>
<p>We provide a superbill with CPT and ICD-10 codes you can submit to your insurer. Some patients recover part of the consultation and monitoring costs.</p>
<h2>Ways to pay</h2>
<p>Credit/debit card, HSA/FSA cards, CareCredit and Cherry (0% financing for 6 or 12 months for qualifying patients). Pay your bill securely through our <a href="/pay">online payment portal</a>.</p>
<h2>Good Faith Estimate</h2>
<p>Under the No Surprises Act, if you don't have insurance or are not using it, you have the right to receive a Good Faith Estimate of the expected charges. Ask our front desk or call (603) 555-0199.</p>
</main>
<footer>Harbor Point Infusion Center, LLC &middot; 35 Pleasant St, Portsmouth NH &middot; <a href="/notice-of-privacy-practices">Notice of Privacy Practices</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></footer>
""", noise="cookie")

p("h15627", "https://www.harborpoint-infusion.example/notice-of-privacy-practices", "clinic", False, "en",
  "clinic-hipaa-notice-txt", "Notice of Privacy Practices – Harbor Point Infusion Center", """
HARBOR POINT INFUSION CENTER, LLC – NOTICE OF PRIVACY PRACTICES (effective January 1, 2026)

THIS NOTICE DESCRIBES HOW MEDICAL INFORMATION ABOUT YOU MAY BE USED AND DISCLOSED AND HOW YOU CAN GET ACCESS TO THIS INFORMATION. PLEASE REVIEW IT CAREFULLY.

Treatment. We may use your health information to provide your ketamine infusions and Spravato treatment, for example sharing your vital signs and dissociation scores with the nurse and physician monitoring your session, or sending a treatment summary to your referring psychiatrist.

Payment. We may share information with your health plan to obtain prior authorization for esketamine and to receive payment.

REMS program. As a certified treatment center we are required to report certain information about each Spravato session to the manufacturer's REMS program, including patient enrollment and monitoring data.

Your rights: to get a copy of your records, to request corrections, to request confidential communications, to ask us to limit what we share, and to file a complaint with our Privacy Officer (privacy@harborpoint-infusion.example, 603-555-0199) or with the U.S. Department of Health and Human Services Office for Civil Rights.
""", ext="txt")

p("h15628", "https://www.cedarlake-ketamineclinic.example/blog/why-we-dont-do-take-home-ketamine", "clinic", False, "en",
  "clinic-blog-post", "Why we don't send ketamine home with patients | Cedar Lake Ketamine Clinic Blog", """
<header><a href="/">Cedar Lake Ketamine Clinic</a> <nav><a href="/treatments">Treatments</a> <a href="/team">Our team</a> <a href="/blog">Blog</a> <a href="/contact">Contact</a> <a class="btn" href="/book">Book now</a></nav></header>
<article>
<p class="meta">By Priya Natarajan, CRNA &middot; Clinical Director &middot; October 8, 2026</p>
<h1>Why we don't send ketamine home with patients</h1>
<p>Almost every week someone calls our front desk and asks: &ldquo;Can I just buy the ketamine from you and do it at home?&rdquo; Or they show us an Instagram ad for lozenges delivered to the door. It is a fair question, so here is our honest answer.</p>
<p>At Cedar Lake, every ketamine treatment happens in one of our five treatment rooms in Eden Prairie. A CRNA or anesthesiologist stays with you. We check your blood pressure, heart rate and oxygen every five minutes, adjust the dose in real time, and we don't let you leave until you are clear-headed and someone is there to drive you home.</p>
<p>Home programs run by legitimate telehealth providers do evaluate patients and can work well for some people. But we are an in-person clinic, and our patients often have medical conditions &ndash; high blood pressure, sleep apnea, complex pain &ndash; where we want monitoring in the room.</p>
<p>And please be careful with websites that sell ketamine without seeing you. We have treated patients who bought &ldquo;ketamine&rdquo; online and received something else entirely.</p>
<p>Curious whether in-clinic ketamine is right for you? Our free 15-minute phone screening is a good start. Infusions are $495 each; Spravato is billed to insurance.</p>
<p><a class="btn" href="/book">Book a free phone screening</a></p>
</article>
<footer>Cedar Lake Ketamine Clinic &middot; 8100 Mitchell Rd, Eden Prairie MN &middot; (952) 555-0108</footer>
""")

p("h15629", "https://www.ggz-lindehof.example/werken-bij/vacatures/verpleegkundige-esketamine-behandeling", "clinic", False, "nl",
  "clinic-careers-nl", "Vacature: Verpleegkundige esketamine-behandeling (24–32 uur) | GGZ Lindehof", """
<header><a href="/">GGZ Lindehof</a> <nav><a href="/behandelingen">Behandelingen</a> <a href="/behandelingen/esketamine">Esketamine bij depressie</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/werken-bij">Werken bij</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Verpleegkundige esketamine-behandeling</h1>
<p class="meta">Locatie: Zwolle &middot; 24&ndash;32 uur per week &middot; CAO GGZ FWG 50 (&euro; 3.474 &ndash; &euro; 4.770 bruto per maand)</p>
<h2>Over de afdeling</h2>
<p>Op onze polikliniek Stemmingsstoornissen behandelen we volwassenen met een therapieresistente depressie met esketamine-neusspray (Spravato). Pati&euml;nten komen twee keer per week en blijven na toediening minimaal twee uur onder observatie. Daarnaast voeren we elektroconvulsietherapie (ECT) uit. Het team bestaat uit twee psychiaters, een verpleegkundig specialist, vier verpleegkundigen en een psycholoog.</p>
<h2>Wat ga je doen?</h2>
<ul>
<li>Je begeleidt pati&euml;nten tijdens de toediening en observatie en meet bloeddruk voor en na.</li>
<li>Je scoort dissoci&euml;tie en sedatie met gevalideerde schalen en rapporteert aan de psychiater.</li>
<li>Je geeft voorlichting aan pati&euml;nten en naasten en plant de behandelreeks.</li>
<li>Je werkt mee aan ons lopende onderzoek naar langetermijneffecten.</li>
</ul>
<h2>Wat vragen we?</h2>
<p>BIG-registratie als verpleegkundige (hbo-v of mbo-v met GGZ-ervaring), affiniteit met somatiek en psychiatrie, BLS-certificaat.</p>
<p><a class="btn" href="/werken-bij/solliciteren?vacature=2026-118">Solliciteer direct</a> &middot; Vragen? Bel teamleider Maartje de Groot, 038 555 0192.</p>
</main>
<footer>GGZ Lindehof &middot; <a href="/privacy">Privacyverklaring</a> &middot; <a href="/klachten">Klachtenregeling</a></footer>
""", noise="cookie-nl")

p("h15630", "https://www.centrodepressione-sanluca.example/ricerca/studi-in-corso", "clinic", False, "it",
  "clinic-research-page-it", "Ricerca e studi clinici in corso | Centro Depressione Resistente – Ospedale San Luca", """
<nav><a href="/">Centro Depressione Resistente</a> &rsaquo; <a href="/ricerca">Ricerca</a> &rsaquo; Studi in corso</nav>
<h1>Studi clinici in corso</h1>
<p>Il nostro ambulatorio, che dal 2020 somministra esketamina spray nasale (Spravato) ai pazienti con depressione resistente secondo il piano terapeutico AIFA, partecipa a diversi progetti di ricerca. La partecipazione &egrave; volontaria e non comporta costi.</p>
<h2>ESK-LONG: esiti a lungo termine dell'esketamina</h2>
<p>Studio osservazionale multicentrico che segue per 3 anni i pazienti trattati nel nostro centro, con valutazioni MADRS, funzioni cognitive e salute della vescica. Arruolamento aperto per i pazienti gi&agrave; in trattamento presso il Centro.</p>
<h2>KET-ECT: ketamina endovenosa come anestetico durante la terapia elettroconvulsivante</h2>
<p>Studio randomizzato in collaborazione con l'Universit&agrave;. Approvato dal Comitato Etico Territoriale (parere n. 412/2025).</p>
<h2>Come partecipare</h2>
<p>Serve l'invio del medico curante o dello psichiatra del CSM. Per informazioni: ricerca.depressione@sanluca-ospedale.example, tel. 055 555 0133 (luned&igrave;&ndash;venerd&igrave; 9&ndash;13).</p>
<p>Le visite ambulatoriali si prenotano tramite CUP; il ticket per la visita psichiatrica &egrave; di 25,82 &euro;, la terapia con esketamina &egrave; a carico del SSN.</p>
""")

p("h15631", "https://www.klinikum-am-wald.example/presse/ketamin-ambulanz-eroeffnet", "clinic", False, "de",
  "clinic-press-release-de", "Pressemitteilung: Neue Ambulanz für Ketamin- und Esketamin-Therapie eröffnet | Klinikum am Wald", """
<header><a href="/">Klinikum am Wald</a> <nav><a href="/kliniken">Kliniken &amp; Zentren</a> <a href="/patienten">F&uuml;r Patienten</a> <a href="/karriere">Karriere</a> <a href="/presse">Presse</a></nav></header>
<main>
<p class="crumbs">Startseite &rsaquo; Presse &rsaquo; Pressemitteilungen 2026</p>
<h1>Neue Ambulanz f&uuml;r Ketamin- und Esketamin-Therapie er&ouml;ffnet</h1>
<p class="date">Bielefeld, 4. November 2026</p>
<p>Die Klinik f&uuml;r Psychiatrie, Psychotherapie und Psychosomatik des Klinikums am Wald hat am Montag eine Spezialambulanz f&uuml;r therapieresistente Depressionen er&ouml;ffnet. Dort erhalten Patientinnen und Patienten eine Behandlung mit Esketamin-Nasenspray oder &ndash; im Rahmen eines individuellen Heilversuchs &ndash; Ketamin-Infusionen unter kontinuierlicher &Uuml;berwachung.</p>
<p>&bdquo;Viele unserer Patientinnen und Patienten haben bereits drei oder vier Antidepressiva ohne ausreichende Wirkung erhalten&ldquo;, sagt Chefarzt Prof. Dr. med. Stefan Kr&uuml;ger. &bdquo;F&uuml;r sie ist die Ambulanz ein wichtiger zus&auml;tzlicher Baustein &ndash; aber kein Wundermittel. Wir sehen jeden Patienten pers&ouml;nlich, pr&uuml;fen Blutdruck, Vorerkrankungen und Suchtanamnese und begleiten die Behandlung psychotherapeutisch.&ldquo;</p>
<p>Die Ambulanz verf&uuml;gt &uuml;ber sechs Behandlungspl&auml;tze. Die Esketamin-Behandlung wird von den gesetzlichen Krankenkassen &uuml;bernommen; eine &Uuml;berweisung durch den Haus- oder Facharzt ist erforderlich. Termine k&ouml;nnen &uuml;ber das Ambulanzsekretariat unter 0521 555 0160 vereinbart werden.</p>
<p>Pressekontakt: Unternehmenskommunikation, presse@klinikum-am-wald.example</p>
</main>
<footer>Klinikum am Wald gGmbH &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

# ---------------------------------------------------------------- informational: pages about providers

p("h15632", "https://www.carecompare-reviews.example/reviews/lumenmind-health", "informational", False, "en",
  "review-site-long", "LumenMind Health Reviews (2026): 1,284 patient reviews | CareCompare", """
<header><a href="/">CareCompare</a> <form class="search"><input placeholder="Search providers, clinics, apps"></form>
<nav><a href="/categories/mental-health">Mental health</a> <a href="/categories/telehealth">Telehealth</a> <a href="/categories/ketamine">Ketamine providers</a> <a href="/write-a-review">Write a review</a> <a href="/login">Log in</a></nav></header>
<main>
<div class="company-card"><h1>LumenMind Health</h1><p>At-home ketamine therapy &middot; Telehealth &middot; lumenmind-health.example</p>
<p class="rating">&#9733;&#9733;&#9733;&#9733;&#9734; 3.9 out of 5 &middot; 1,284 reviews</p>
<p class="claimed">&#10003; Claimed profile &middot; Replies to 71% of negative reviews</p></div>
<section class="summary"><h2>What reviewers say</h2><p>Reviewers frequently praise the clinicians and the check-ins, and often complain about the monthly price, slow pharmacy shipping and being declined after the evaluation.</p></section>
<section class="reviews">
<div class="review"><p class="stars">&#9733;&#9733;&#9733;&#9733;&#9733;</p><h3>Gave me my life back</h3><p>After 4 SSRIs I was skeptical. My NP spent almost an hour with me on video, made me buy a BP cuff first, and the guide checks in every session. PHQ went from 21 to 8. Worth the $229/month for me.</p><p class="by">Jenna R., Ohio &middot; Oct 2026</p></div>
<div class="review"><p class="stars">&#9733;&#9733;</p><h3>Paid for an evaluation, got told no</h3><p>They charged me $99 for the first appointment and then said ketamine wasn't right because of my blood pressure. I get it medically but I wish they'd said that up front.</p><p class="by">Marcus T., Texas &middot; Sep 2026</p>
<div class="reply"><b>Response from LumenMind:</b> Marcus, we're sorry for the frustration. Safety screening can only be done in a live evaluation; we've refunded your fee and added BP guidance to our intake page.</div></div>
<div class="review"><p class="stars">&#9733;</p><h3>Beware of fake LumenMind accounts</h3><p>Someone on Telegram claiming to be LumenMind offered me &ldquo;troches, no appointment, pay in BTC&rdquo;. Real LumenMind confirmed it was a scam. Don't fall for it.</p><p class="by">Anonymous &middot; Aug 2026</p></div>
<div class="review"><p class="stars">&#9733;&#9733;&#9733;&#9733;</p><h3>Good care, slow pharmacy</h3><p>Pharmacy took 9 days to ship and needed a signature, so I missed a session. Otherwise great.</p><p class="by">Dana K., Oregon &middot; Nov 2026</p></div>
</section>
<aside><h3>Compare with</h3><ul><li><a href="/reviews/serenacare">SerenaCare</a> 4.2</li><li><a href="/reviews/harbor-point-infusion">Harbor Point Infusion Center</a> 4.7</li><li><a href="/reviews/blue-spruce-ketamine">Blue Spruce Ketamine</a> 4.8</li></ul></aside>
</main>
<footer>CareCompare is an independent review platform. Reviews are the opinions of users, not medical advice. &middot; <a href="/guidelines">Review guidelines</a></footer>
""", noise="cookie")

p("h15633", "https://www.findketamineclinics.example/colorado/denver", "informational", False, "en",
  "directory-nav-heavy", "Ketamine Clinics in Denver, CO (23 listings) | FindKetamineClinics", """
<nav class="states"><a href="/arizona">AZ</a> <a href="/california">CA</a> <a href="/colorado">CO</a> <a href="/florida">FL</a> <a href="/georgia">GA</a> <a href="/illinois">IL</a> <a href="/new-york">NY</a> <a href="/texas">TX</a> <a href="/washington">WA</a> <a href="/states">All states &raquo;</a></nav>
<nav class="cities"><a href="/colorado/aurora">Aurora</a> &middot; <a href="/colorado/boulder">Boulder</a> &middot; <a href="/colorado/colorado-springs">Colorado Springs</a> &middot; <a href="/colorado/denver">Denver</a> &middot; <a href="/colorado/fort-collins">Fort Collins</a> &middot; <a href="/colorado/lakewood">Lakewood</a></nav>
<h1>Ketamine Clinics in Denver, Colorado</h1>
<div class="filters">Filter: <a href="?type=iv">IV infusion</a> | <a href="?type=spravato">Spravato (REMS)</a> | <a href="?type=kap">Ketamine-assisted psychotherapy</a> | <a href="?insurance=1">Accepts insurance</a> | <a href="?sort=price">Sort by price</a></div>
<ol class="listings">
<li><h2><a href="/listing/mile-high-infusions">Mile High Infusions</a></h2><p>IV ketamine &middot; Spravato &middot; 1600 Stout St &middot; (303) 555-0121 &middot; From $425/infusion &middot; &#9733; 4.8 (212)</p></li>
<li><h2><a href="/listing/front-range-kap">Front Range Ketamine-Assisted Psychotherapy</a></h2><p>KAP (IM and lozenge, in office) &middot; Capitol Hill &middot; From $650/session incl. therapist &middot; &#9733; 4.9 (87)</p></li>
<li><h2><a href="/listing/rocky-mtn-spravato">Rocky Mountain Spravato Center</a></h2><p>Spravato only &middot; Accepts Medicaid, Aetna, Anthem &middot; Cherry Creek &middot; &#9733; 4.5 (64)</p></li>
<li><h2><a href="/listing/summit-pain-institute">Summit Pain Institute</a></h2><p>Ketamine for CRPS and chronic pain &middot; Englewood &middot; Price on request &middot; &#9733; 4.3 (41)</p></li>
<li><h2><a href="/listing/lumenmind-health">LumenMind Health (telehealth)</a></h2><p>At-home, clinician-prescribed &middot; Serves all of Colorado by video &middot; $229/month + medication &middot; &#9733; 3.9</p></li>
</ol>
<p class="pager"><a href="?page=2">Next 5 &raquo;</a> &middot; <a href="?page=5">Last</a></p>
<p class="disclaimer">Listings are provided by clinics or compiled from public sources and are not endorsements. <a href="/add-listing">Add your clinic</a> &middot; <a href="/featured">Get featured ($99/month)</a></p>
<footer><a href="/about">About</a> | <a href="/guides/how-to-choose-a-ketamine-clinic">How to choose a clinic</a> | <a href="/guides/ketamine-cost">Ketamine cost guide</a> | <a href="/privacy">Privacy</a></footer>
""")

p("h15634", "https://www.thedailyledger-news.example/health/2026/11/telehealth-ketamine-startup-shuts-down", "informational", False, "en",
  "news-article-long", "Telehealth ketamine startup shuts down as patients are left scrambling — and copycat sites move in", """
<header><a href="/">The Daily Ledger</a> <nav><a href="/news">News</a> <a href="/health">Health</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="btn">Subscribe</a></nav></header>
<article>
<p class="kicker">HEALTH</p>
<h1>Telehealth ketamine startup shuts down as patients are left scrambling &mdash; and copycat sites move in</h1>
<p class="byline">By Hannah Brooks &middot; November 21, 2026 &middot; 7 min read</p>
<p>When KetaNow, a venture-backed startup that prescribed at-home ketamine lozenges after short video visits, abruptly closed last month, about 9,000 patients received a two-line e-mail telling them their memberships had ended. Some were mid-treatment.</p>
<p>Within days, a different kind of website appeared in search results. &ldquo;KetaNow patients: continue your treatment, no appointment needed,&rdquo; read an ad for a site called CalmRx, which offered &ldquo;esketamine nasal spray&rdquo; for $299 after a two-minute questionnaire. Another, calling itself KCrystal Direct, advertised &ldquo;ketamine crystal shards&rdquo; from &euro;45 a gram with &ldquo;free reship if seized&rdquo;.</p>
<p>&ldquo;These are not pharmacies and not clinics,&rdquo; said Dr. Renata Okafor, chief medical officer of LumenMind Health, a competitor that says it has taken on about 600 former KetaNow patients after new evaluations. &ldquo;Anyone who gives you a controlled substance without ever seeing you is selling drugs, whatever the website looks like.&rdquo;</p>
<h2>A regulatory gray zone</h2>
<p>Telehealth prescribing of controlled substances has relied on temporary federal flexibilities since the pandemic. Experts say most providers follow the rules: a live video evaluation, state-licensed prescribers and pharmacies that require a signature on delivery. But the model also created an opening for imitators.</p>
<p>The Ledger placed no orders, but reviewed the checkout pages of four such sites. All accepted cryptocurrency; two accepted Amazon gift cards; none asked for a prescription or identification.</p>
<p>In-person clinics say they are also seeing former KetaNow patients. &ldquo;We've had a dozen calls,&rdquo; said Dr. Aaron Whitfield of Blue Spruce Ketamine &amp; Wellness in Boise, where an infusion costs $475. &ldquo;Some people can't afford that, and I understand why a $299 website is tempting. It is not the same thing.&rdquo;</p>
<h2>What former patients can do</h2>
<p>The state medical board advises patients to ask their primary care doctor or a psychiatrist for a referral, to check that any telehealth prescriber is licensed in their state, and to report websites selling ketamine without a prescription to the FDA's BeSafeRx program.</p>
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/health/2026/06/ketamine-clinics-boom">Ketamine clinics are booming. Here's what to ask first</a></li><li><a href="/health/2026/03/dea-telemedicine-rule">DEA extends telemedicine rules again</a></li></ul></aside>
<footer>&copy; 2026 The Daily Ledger &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/corrections">Corrections</a></footer>
""", noise="cookie")

p("h15635", "https://www.consumerwatch-alerts.example/alerts/2026/fake-online-pharmacies-ketamine", "informational", False, "en",
  "consumer-alert-medium", "Scam alert: fake 'online clinics' selling ketamine and Spravato | ConsumerWatch", """
<nav><a href="/">ConsumerWatch</a> &rsaquo; <a href="/alerts">Scam alerts</a> &rsaquo; Health &amp; pharmacy</nav>
<h1>Scam alert: fake &ldquo;online clinics&rdquo; selling ketamine and Spravato</h1>
<p class="date">Published November 5, 2026 &middot; Reports received this month: 143</p>
<p>ConsumerWatch has received a sharp rise in reports about websites that present themselves as online clinics or pharmacies and sell ketamine, &ldquo;generic Spravato&rdquo; or ketamine &ldquo;research chemicals&rdquo;. Victims describe two outcomes: either nothing arrives, or they receive an unlabelled powder.</p>
<h2>Red flags reported by consumers</h2>
<ul>
<li>Approval after a short online form with no video or phone call (&ldquo;99% approved&rdquo;).</li>
<li>Payment requested in Bitcoin, gift cards or through Zelle with a fake memo like &ldquo;dinner&rdquo;.</li>
<li>Promises of &ldquo;stealth shipping&rdquo; or &ldquo;free reship if seized by customs&rdquo;.</li>
<li>Contact only through Telegram, WhatsApp or Wickr.</li>
<li>Claims of a &ldquo;partner pharmacy overseas&rdquo;.</li>
</ul>
<h2>Reported websites (partial list)</h2>
<p>calmrx-online-clinic.example, dissopharm.example, k-land-store.example and several clones. Inclusion in this list means consumers have reported the site; ConsumerWatch has not tested the products.</p>
<h2>What real providers do</h2>
<p>Legitimate telehealth services evaluate you by live video with a clinician licensed in your state, and send prescriptions to a licensed pharmacy. Spravato is only given in certified treatment centres. Check a US pharmacy's license with your state board or the NABP.</p>
<p><a href="/report">Report a scam</a></p>
""")

p("h15636", "https://www.healthjobs-board.example/jobs/184220-ketamine-infusion-nurse-rn-eden-prairie-mn", "informational", False, "en",
  "job-board-post-short", "Ketamine Infusion Nurse (RN) – Cedar Lake Ketamine Clinic – Eden Prairie, MN | HealthJobs Board", """
<header><a href="/">HealthJobs Board</a> <a href="/jobs?q=nursing">Nursing jobs</a> <a href="/employers">For employers</a> <a href="/login">Sign in</a></header>
<h1>Ketamine Infusion Nurse (RN)</h1>
<p><b>Cedar Lake Ketamine Clinic</b> &middot; Eden Prairie, MN &middot; Full-time &middot; $44&ndash;$52/hour &middot; Posted 3 days ago &middot; 27 applicants</p>
<p>Outpatient clinic providing IV ketamine infusions and Spravato treatment seeks an RN to start IVs, monitor vital signs and level of consciousness during infusions, document sessions and support patients during recovery. ACLS required; PACU, ICU or ED experience preferred. Monday&ndash;Friday, no nights, no call.</p>
<p><a class="btn" href="/apply/184220">Easy apply</a> <a href="/jobs?q=ketamine">Similar jobs: ketamine (38)</a></p>
<p class="small">HealthJobs Board is not the employer. Report this job if it looks suspicious.</p>
""")

p("h15637", "https://forum.depressionsupport-community.example/t/telehealth-ketamine-vs-local-clinic/88213", "informational", False, "en",
  "forum-thread-txt", "Telehealth ketamine vs local clinic? - Treatments - Depression Support Community", """
Telehealth ketamine vs local clinic? — Treatments — Depression Support Community

quietharbor_22 — Nov 12
My psychiatrist suggested ketamine. The clinic in town (Harbor Point) wants $2,400 for six infusions, Spravato would be covered by my insurance but it's twice a week and I can't drive after. LumenMind and SerenaCare do it at home for ~$230/month. Anyone done both?

mossgreen — Nov 12
Did SerenaCare. Real psychiatrist on video for an hour, they made me get a BP cuff, pharmacy called me before shipping and the box needed a signature. Helped a lot but the at-home trips were sometimes scary, good to have a sitter.

quietharbor_22 — Nov 12
Thanks. Someone DM'd me a link to a site that sells it "without the doctor nonsense" for crypto??

Moderator (Lena) — Nov 12
Reminder of rule 4: no sourcing, no vendor links, no DMs offering substances. Those sites are not clinics and have scammed members before. Please report such DMs. Thread left open for experiences with licensed providers only.

riverstones — Nov 13
Did IV at Blue Spruce in Boise. Expensive but you are monitored the whole time and the nurse was great. Insurance paid nothing for IV, superbill got me back about $300.
""", ext="txt")

p("h15638", "https://www.lequotidien-sante.example/sante/2026/10/ketamine-en-ligne-faux-sites-de-teleconsultation", "informational", False, "fr",
  "news-article-fr", "Kétamine : la prolifération de faux sites de « téléconsultation » inquiète les autorités", """
<header><a href="/">Le Quotidien Sant&eacute;</a> <nav><a href="/actualites">Actualit&eacute;s</a> <a href="/sante">Sant&eacute;</a> <a href="/societe">Soci&eacute;t&eacute;</a> <a href="/abonnement">S'abonner</a></nav></header>
<article>
<h1>K&eacute;tamine : la prolif&eacute;ration de faux sites de &laquo;&nbsp;t&eacute;l&eacute;consultation&nbsp;&raquo; inqui&egrave;te les autorit&eacute;s</h1>
<p class="chapo">Des boutiques en ligne se pr&eacute;sentent comme des cliniques virtuelles et vendent de la k&eacute;tamine sans ordonnance, parfois livr&eacute;e en 48 heures. L'ANSM et les centres d'addictovigilance mettent en garde.</p>
<p class="auteur">Par Claire Dubois &middot; 17 octobre 2026</p>
<p>&laquo;&nbsp;Livraison discr&egrave;te, paiement en crypto, pas d'ordonnance, pas de questions.&nbsp;&raquo; Le message s'affiche sur une page Telegram francophone qui propose la k&eacute;tamine &agrave; 50 euros le gramme et 350 euros les dix grammes, paiement en coupons PCS ou Transcash. D'autres sites vont plus loin et imitent l'apparence d'une clinique en ligne, avec un &laquo;&nbsp;questionnaire m&eacute;dical&nbsp;&raquo; de deux minutes.</p>
<p>&laquo;&nbsp;Il n'existe en France aucun traitement par k&eacute;tamine &agrave; domicile,&nbsp;&raquo; rappelle le Dr Sophie Marchal, psychiatre au CHU de Lille. &laquo;&nbsp;L'esk&eacute;tamine en spray nasal est administr&eacute;e uniquement &agrave; l'h&ocirc;pital ou en &eacute;tablissement de sant&eacute;, sous surveillance, sur prescription d'un psychiatre.&nbsp;&raquo;</p>
<p>Au Qu&eacute;bec, en revanche, quelques cliniques virtuelles prescrivent de la k&eacute;tamine sublinguale apr&egrave;s une &eacute;valuation vid&eacute;o avec un m&eacute;decin, et les ordonnances passent par une pharmacie communautaire. &laquo;&nbsp;C'est encadr&eacute;, mais cela entretient une confusion dont profitent les vendeurs,&nbsp;&raquo; estime un pharmacien montr&eacute;alais.</p>
<p>Le r&eacute;seau d'addictovigilance a recens&eacute; en 2025 une hausse des signalements d'usage de k&eacute;tamine, notamment chez les 18&ndash;25 ans, avec des atteintes urinaires graves.</p>
<p class="encadre"><b>En cas de doute</b> : la liste des pharmacies autoris&eacute;es &agrave; vendre en ligne est publi&eacute;e par l'Ordre des pharmaciens. Drogues Info Service : 0 800 23 13 13.</p>
</article>
<footer>&copy; Le Quotidien Sant&eacute; 2026 &middot; <a href="/mentions-legales">Mentions l&eacute;gales</a></footer>
""", noise="cookie-fr")

p("h15639", "https://www.guiasaude-sp.example/clinicas/escetamina-cetamina-sao-paulo", "informational", False, "pt",
  "directory-pt", "Clínicas de escetamina e cetamina em São Paulo – Guia Saúde SP", """
<nav><a href="/">Guia Sa&uacute;de SP</a> &rsaquo; <a href="/clinicas">Cl&iacute;nicas</a> &rsaquo; <a href="/clinicas/psiquiatria">Psiquiatria</a> &rsaquo; Escetamina e cetamina</nav>
<h1>Cl&iacute;nicas de escetamina e cetamina em S&atilde;o Paulo</h1>
<p>Selecionamos cl&iacute;nicas e servi&ccedil;os que oferecem tratamento com escetamina (Spravato) ou cetamina para depress&atilde;o resistente na capital e regi&atilde;o. Os dados foram informados pelas pr&oacute;prias cl&iacute;nicas em outubro de 2026 e podem mudar.</p>
<ol>
<li><b>Instituto Paulista de Depress&atilde;o Resistente</b> &ndash; Jardins &middot; Escetamina e cetamina EV &middot; sess&atilde;o de cetamina a partir de R$ 1.100 &middot; aceita reembolso &middot; (11) 5555-0140</li>
<li><b>Cl&iacute;nica Aurora Mente</b> &ndash; Pinheiros &middot; Escetamina (Spravato) &middot; sess&atilde;o R$ 1.650 incluindo medicamento &middot; (11) 5555-0177</li>
<li><b>Hospital Vila Serena &ndash; Ambulat&oacute;rio de Psiquiatria</b> &ndash; Vila Mariana &middot; Escetamina por conv&ecirc;nio (SulAm&eacute;rica, Bradesco Sa&uacute;de) &middot; (11) 5555-0102</li>
<li><b>MenteViva Telepsiquiatria</b> &ndash; online &middot; avalia&ccedil;&atilde;o por v&iacute;deo e encaminhamento para cl&iacute;nicas parceiras &middot; consulta R$ 480</li>
</ol>
<p class="aviso">&#9888; O Guia n&atilde;o lista sites ou perfis que vendem cetamina sem receita. A Anvisa alerta que a venda de cetamina fora de estabelecimentos autorizados &eacute; ilegal.</p>
<p><a href="/anuncie">Anuncie sua cl&iacute;nica</a> &middot; <a href="/clinicas/psiquiatria?pagina=2">Mais cl&iacute;nicas &raquo;</a></p>
""")

p("h15640", "https://www.agencia-sanitaria-alertas.example/alertas/2026/venta-ilegal-ketamina-internet", "informational", False, "es",
  "regulator-alert-es", "Alerta: venta ilegal de ketamina y esketamina a través de internet", """
<header><a href="/">Agencia de Medicamentos y Productos Sanitarios</a> <nav><a href="/ciudadanos">Ciudadanos</a> <a href="/profesionales">Profesionales</a> <a href="/alertas">Alertas</a> <a href="/prensa">Prensa</a></nav></header>
<main>
<p class="ref">Referencia: ALERTA-MUH/FV 31/2026 &middot; Fecha de publicaci&oacute;n: 9 de noviembre de 2026</p>
<h1>Venta ilegal de ketamina y esketamina a trav&eacute;s de internet</h1>
<p>La Agencia informa de la detecci&oacute;n de p&aacute;ginas web, perfiles en redes sociales y canales de mensajer&iacute;a que ofrecen ketamina (viales veterinarios, &ldquo;cristal&rdquo; o polvo) y supuestos sprays de esketamina sin receta m&eacute;dica, con env&iacute;o a domicilio y pago mediante Bizum, transferencia o criptomonedas.</p>
<p>Entre los anuncios detectados figuran ofertas de viales de ketamina veterinaria de 10 ml por unos 45 euros &ldquo;sin receta veterinaria&rdquo; y la promesa de &ldquo;reenv&iacute;o gratuito si la aduana retiene el paquete&rdquo;.</p>
<h2>Recordatorio</h2>
<ul>
<li>La ketamina es un medicamento sujeto a prescripci&oacute;n m&eacute;dica y a control como sustancia psicotr&oacute;pica. Solo puede dispensarse en oficinas de farmacia o servicios de farmacia hospitalaria.</li>
<li>La esketamina en pulverizaci&oacute;n nasal es de uso hospitalario y se administra bajo supervisi&oacute;n de un profesional sanitario.</li>
<li>Los medicamentos veterinarios con ketamina solo pueden dispensarse con receta veterinaria.</li>
<li>La venta a distancia de medicamentos de prescripci&oacute;n est&aacute; prohibida en Espa&ntilde;a.</li>
</ul>
<p>Se recomienda a los ciudadanos no adquirir estos productos y comunicar cualquier p&aacute;gina sospechosa a trav&eacute;s del formulario de denuncias. La Agencia ha trasladado la informaci&oacute;n a las Fuerzas y Cuerpos de Seguridad del Estado.</p>
</main>
<footer>Ministerio de Sanidad &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/accesibilidad">Accesibilidad</a></footer>
""", noise="cookie-es")

save(OUT, R)
