# Batch 109 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "The web a moderator meets in the week before Christmas 2026". Everything the service sees in
# the last days before the holidays: clinic and Spravato REMS centre pages, telehealth providers
# (intake, pricing, memberships, FAQs, prescriber pages, holiday-hours notices), sellers of every kind
# (holiday-sale shop, social bio, marketplace listing, classified ad, vendor forum post, doorway and
# affiliate article, pseudo-clinic, pseudo-telehealth with instant approval, pseudo-pharmacy,
# research-chemical and veterinary shops, Telegram channel blurb, bot-check wall) and informational
# pages (news, regulator warning, harm reduction, seasonal-depression article, job post, forum thread,
# insurer policy, rehab, research/directory snippet). Holiday framing where natural: gift cards,
# year-end deals, last shipping dates, holiday hours, HSA/FSA year-end reminders, winter blues.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: about a third short (1-5 sentence snippets, several plain text), a third medium, a third
# long (1,000+ words with site chrome: menus, cookie banners, sidebars, footers).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch109.py (writes batch109/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch109")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h10901", "https://kpharma-direct.example/christmas-sale", "seller", True, "en",
  "holiday-sale-shop-long-with-chrome", "12 Days of Christmas Sale - up to 30% off | KPharma Direct", """
<div class="promo-strip">&#127876; 12 DAYS OF CHRISTMAS &#127876; Code <b>JINGLE30</b> takes 30% off every order over $300 &middot; Last order for guaranteed US delivery before Christmas: <b>Friday Dec 18, 2pm EST</b></div>
<header>
<a class="logo" href="/">KPharma Direct <span>pharmaceutical grade since 2016</span></a>
<nav>
<a href="/">Home</a> <a href="/shop">Shop All</a> <a href="/shop/dissociatives">Dissociatives</a> <a href="/shop/nasal">Nasal Sprays</a> <a href="/shop/injectables">Injectables</a> <a href="/christmas-sale" class="active">Christmas Sale</a> <a href="/shipping">Shipping</a> <a href="/payment">Payment</a> <a href="/track">Track Order</a> <a href="/cart">Cart (0) - $0.00</a>
</nav>
<form class="search" action="/search"><input name="q" placeholder="Search products..."><button>Go</button></form>
</header>

<main>
<section class="hero">
<h1>Our biggest sale of the year is here</h1>
<p>Every year our customers ask us to run the Christmas sale a little longer, and every year we say no, because the couriers stop moving parcels around the 22nd and we would rather you got your order than a tracking number that sits still until January. So here is the deal: twelve days, twelve featured products, and the best prices we have ever put on the site. When a day's deal is gone it is gone.</p>
<p>All items are shipped from our domestic warehouses in the US, UK and Germany. Nothing crosses a border for US, UK and EU customers, which is why our delivery rate stayed above 98% all year.</p>
</section>

<section class="deals">
<h2>Today's featured deals</h2>
<div class="grid">
<div class="product">
<img src="/img/ket-crystal.jpg" alt="Ketamine HCl crystal shards in a clear bag">
<h3>Ketamine HCl Crystal (shards)</h3>
<p class="desc">Large needle shards recrystallised from Indian pharmaceutical ampoules. Lab tested, 99.1% purity (report in gallery). R/S racemic.</p>
<table class="prices">
<tr><td>3 g</td><td><s>$165</s> $129</td></tr>
<tr><td>5 g</td><td><s>$240</s> $189</td></tr>
<tr><td>10 g</td><td><s>$420</s> $329</td></tr>
<tr><td>25 g</td><td><s>$890</s> $690</td></tr>
<tr><td>50 g</td><td>Ask for wholesale price</td></tr>
</table>
<button class="add-to-cart">Add to cart</button>
</div>
<div class="product">
<img src="/img/ketalar-vials.jpg" alt="Box of five 10 ml vials">
<h3>Ketalar 50 mg/ml Injection - 10 ml vial</h3>
<p class="desc">Original sealed vials, Pfizer and Par packaging depending on batch. Sold per vial or in boxes of 5. Insulin syringes not included.</p>
<table class="prices">
<tr><td>1 vial</td><td><s>$110</s> $85</td></tr>
<tr><td>5 vials</td><td><s>$480</s> $379</td></tr>
<tr><td>10 vials</td><td><s>$900</s> $699</td></tr>
</table>
<button class="add-to-cart">Add to cart</button>
</div>
<div class="product">
<img src="/img/esk-spray.jpg" alt="Nasal spray device in a blister">
<h3>Esketamine 28 mg Nasal Spray (generic Spravato)</h3>
<p class="desc">Two sprays per device, same device as the branded product, manufactured in India. No need to sit in a clinic for two hours: use it at home on your own schedule.</p>
<table class="prices">
<tr><td>1 device</td><td>$95</td></tr>
<tr><td>3 devices</td><td><s>$285</s> $249</td></tr>
<tr><td>6 devices</td><td><s>$570</s> $449</td></tr>
</table>
<button class="add-to-cart">Add to cart</button>
</div>
<div class="product">
<img src="/img/2fdck.jpg" alt="White powder in a vial">
<h3>2F-DCK (2-Fluorodeschloroketamine)</h3>
<p class="desc">For customers who want something a little longer-lasting. Sold as a research compound.</p>
<table class="prices">
<tr><td>5 g</td><td>$110</td></tr>
<tr><td>10 g</td><td><s>$200</s> $160</td></tr>
</table>
<button class="add-to-cart">Add to cart</button>
</div>
</div>
</section>

<section class="gift">
<h2>Stocking stuffers and gift cards</h2>
<p>Buying for a friend? KPharma e-gift cards come in $50, $100 and $250 and are delivered by email within the hour. The recipient chooses what they want and we ship it in the same plain packaging as every other order. Nobody needs to know what is in the envelope, including the person sitting next to them at the family dinner.</p>
<p>Every order over $200 placed during the sale gets a free 1 g sample of our crystal in the parcel. Orders over $500 get free express shipping as well.</p>
</section>

<section class="shipping-info">
<h2>Holiday shipping schedule</h2>
<table>
<tr><th>Destination</th><th>Last order date for Christmas</th><th>Method</th></tr>
<tr><td>USA (domestic)</td><td>Dec 18, 2pm EST</td><td>USPS Priority, no signature</td></tr>
<tr><td>United Kingdom</td><td>Dec 17</td><td>Royal Mail Tracked 24</td></tr>
<tr><td>Germany, Netherlands, Belgium, France</td><td>Dec 16</td><td>DHL Paket</td></tr>
<tr><td>Australia, Canada</td><td>Too late for Christmas, ships from Jan 4</td><td>EMS with reship guarantee</td></tr>
</table>
<p>All parcels go out vacuum-sealed twice, with a smell-proof layer, inside a branded cosmetics or phone-accessories box with a matching invoice. The return address is a real business. We have done this for ten years and our packaging is updated every few months so it never looks the same twice.</p>
<p>If a parcel is seized or lost in the post we reship it once for free, no questions asked, provided you report it within 21 days of dispatch. A second loss to the same address gets a 50% reship. We do not ship to PO boxes or to forwarding services.</p>
</section>

<section class="payment">
<h2>How to pay</h2>
<p>We accept Bitcoin, Monero, Litecoin and USDT (TRC20). Crypto orders get an extra 10% off on top of the Christmas code. If you are new to crypto, our guide walks you through buying BTC with a card at a kiosk or on an exchange and sending it to the address on your invoice. We also take Amazon and Apple gift cards for orders under $300 (send a clear photo of the back of the card to our order email), and Zelle for returning customers only.</p>
<p>Do not write anything about the products in the payment memo. Use your order number only.</p>
</section>

<section class="faq">
<h2>Frequently asked questions</h2>
<h3>Do I need a prescription?</h3>
<p>No. We are a supplier, not a doctor's office. We trust adults to make their own choices and we do not ask for medical records, prescriptions or ID. If you are being treated by a doctor, please tell them what you take.</p>
<h3>How is this different from going to a ketamine clinic?</h3>
<p>A course of infusions at a clinic costs $400 to $800 a session and you sit in a room with a nurse for two hours. Many of our customers tell us they use our products for the same reasons at a fraction of the cost, at home, when it suits them. We cannot give medical advice but our support team is happy to talk you through dosing ranges that other customers report.</p>
<h3>Is it legal?</h3>
<p>Laws differ from country to country and from state to state. It is your responsibility to know the rules where you live. Our packaging is designed so that the contents are not obvious from the outside.</p>
<h3>How fast is delivery?</h3>
<p>Domestic US orders usually arrive in two to four business days. During the holidays add two days to everything. Tracking numbers are emailed within 24 hours of payment confirmation.</p>
<h3>Can I order on WhatsApp or Telegram?</h3>
<p>Yes. Our order desk answers on Telegram (@kpharmadirect_desk) and on WhatsApp at +1 (555) 014-2290 from 9am to 9pm EST, seven days a week, including Christmas Eve. Our official Telegram handle is the only one: beware of copycats using our name.</p>
<h3>What if I am not happy with the quality?</h3>
<p>Send us a photo and a short description within seven days of delivery. We will either reship or refund in store credit. We have a lab report for every batch and we post them under each product.</p>
</section>

<section class="reviews">
<h2>What customers said this month</h2>
<blockquote>"Ordered Monday, had it Thursday in what looked like a box of phone cases. Crystal is as good as last time. Merry Christmas guys." - J.R., Ohio &#9733;&#9733;&#9733;&#9733;&#9733;</blockquote>
<blockquote>"The spray devices are the real deal. Way cheaper than my copay would have been." - Anonymous, Texas &#9733;&#9733;&#9733;&#9733;&#9733;</blockquote>
<blockquote>"First parcel was held up, they reshipped in two days without any argument. Support on Telegram answered at 11pm." - M., Manchester &#9733;&#9733;&#9733;&#9733;</blockquote>
<blockquote>"Paid with an Apple card, easy. Vials arrived sealed." - D.K., Florida &#9733;&#9733;&#9733;&#9733;&#9733;</blockquote>
</section>
</main>

<aside class="sidebar">
<h4>Best sellers this week</h4>
<ul><li><a href="/p/ketamine-crystal">Ketamine HCl Crystal</a></li><li><a href="/p/esketamine-28mg">Esketamine 28 mg Spray</a></li><li><a href="/p/ketalar-10ml">Ketalar 10 ml</a></li><li><a href="/p/3-meo-pcp">3-MeO-PCP</a></li></ul>
<h4>Newsletter</h4>
<p>Get the New Year restock list before anyone else. <input placeholder="email"> <button>Subscribe</button></p>
</aside>

<footer>
<p><a href="/about">About us</a> | <a href="/shipping">Shipping &amp; Reship Policy</a> | <a href="/payment">Payment Methods</a> | <a href="/lab-reports">Lab Reports</a> | <a href="/contact">Contact</a></p>
<p>&copy; 2016-2026 KPharma Direct. All products are sold to adults over 21. Holiday support hours: 9am-9pm EST every day through January 2.</p>
</footer>
""", noise="cookie")

p("h10902", "https://instagram.example/k.holiday.plug", "seller", True, "en",
  "social-bio-holiday-menu-snippet-txt", "k.holiday.plug (@k.holiday.plug) - Instagram", """
k.holiday.plug
@k.holiday.plug - 2,418 followers - 37 posts
🎄 XMAS MENU IS LIVE 🎄 special K ❄️ shards + nasal 💨 | 2g / 5g / oz deals
📦 stealth ship USA/CA, next day in NYC/NJ
💸 BTC / CashApp / Apple gift cards accepted
✉️ orders on tele: @kholidayplug — NO DMs here
last drop before xmas ships 12/21 🎅 link in bio 👇
linktr.example/kholidayplug
""", ext="txt")

p("h10903", "https://bazaarhub.example/listing/883102-ketamine-crystal-10g-xmas-special", "seller", True, "en",
  "marketplace-listing-with-vendor-profile", "Ketamine Crystal 10g - XMAS SPECIAL - BazaarHub", """
<header class="market-top">
<a href="/" class="brand">BazaarHub</a>
<nav><a href="/c/pharma">Pharma</a> <a href="/c/dissociatives">Dissociatives</a> <a href="/c/stimulants">Stimulants</a> <a href="/c/psychedelics">Psychedelics</a> <a href="/c/digital">Digital goods</a></nav>
<div class="account">Logged in as <b>guest_4471</b> &middot; Balance: 0.0000 XMR &middot; <a href="/wallet">Deposit</a></div>
</header>
<main class="listing">
<p class="crumbs">Home &rsaquo; Dissociatives &rsaquo; Ketamine &rsaquo; Listing #883102</p>
<h1>Ketamine Crystal 10g - XMAS SPECIAL - top shards - free upgrade to 12g</h1>
<div class="meta">
<span>Vendor: <a href="/v/snowleopard_ket">snowleopard_ket</a> (Level 6, 1,904 sales, 98.7% positive)</span>
<span>Ships from: Netherlands</span> <span>Ships to: EU, UK, Worldwide (no AU)</span>
<span>Escrow: yes / FE for trusted buyers</span>
</div>
<div class="price-box">
<p class="price">Price: 0.94 XMR (approx. EUR 205)</p>
<label>Shipping option
<select><option>NL PostNL letterbox - 2-3 days - 0.02 XMR</option><option>EU tracked - 4-7 days - 0.05 XMR</option><option>UK tracked (reship guaranteed) - 0.07 XMR</option></select></label>
<label>Qty <input value="1"></label>
<button>Buy now</button> <button>Add to basket</button>
</div>
<section class="description">
<h2>Listing description</h2>
<p>Holiday special until 24/12 or until stock runs out. Order the 10 g and we send 12 g. Same batch as my 5 g listing: big glassy shards, clean smell, no burn, tested with Marquis and Mandelin and sent to a drug checking service in November (result in my profile). Racemic, not S-only.</p>
<p>Ships Mon-Fri, orders paid before 15:00 CET go out same day. Last ship day before Christmas is 21/12, I'm off 24-27. Vacuum sealed, MBB, decoy. No signature. Reship 100% first time for NL/DE/BE, 50% elsewhere. Please do not open disputes before 14 days for international.</p>
<p>Encrypt your address with my PGP key. Unencrypted addresses are deleted and the order cancelled.</p>
</section>
<section class="feedback">
<h2>Recent feedback (last 30 days)</h2>
<ul>
<li>&#9733;&#9733;&#9733;&#9733;&#9733; "12g on the scale, fast to DE, thanks and merry xmas" - b***r (2 days ago)</li>
<li>&#9733;&#9733;&#9733;&#9733;&#9733; "quality as always, stealth 10/10" - k***9 (5 days ago)</li>
<li>&#9733;&#9733;&#9733;&#9733; "took 9 days to UK but it arrived" - t***s (1 week ago)</li>
</ul>
</section>
</main>
<footer><p>BazaarHub does not hold funds longer than escrow requires. Always use PGP. Never finalize early with new vendors.</p></footer>
""")

p("h10904", "https://farmacia-sinreceta24.example/esketamina-spray-nasal", "seller", True, "es",
  "pseudo-pharmacy-esketamine-no-rx-medium", "Esketamina spray nasal 28 mg sin receta - Farmacia SinReceta24", """
<header>
<div class="barra">Envío gratis a toda España en pedidos superiores a 150 &euro; &middot; Oferta de Navidad: -20% con el código NAVIDAD26</div>
<a class="logo" href="/">Farmacia<b>SinReceta24</b></a>
<nav><a href="/">Inicio</a> <a href="/ansiedad">Ansiedad</a> <a href="/depresion">Depresión</a> <a href="/dolor">Dolor</a> <a href="/sueno">Sueño</a> <a href="/carrito">Carrito</a></nav>
</header>
<main>
<h1>Esketamina 28 mg spray nasal (equivalente a Spravato)</h1>
<p>El tratamiento de la depresión resistente que los hospitales reservan para unos pocos, ahora en tu casa. Cada dispositivo contiene 28 mg de esketamina en dos pulverizaciones. Fabricado en la India bajo licencia GMP y enviado desde nuestro almacén en Portugal.</p>
<table class="precios">
<tr><th>Cantidad</th><th>Precio</th><th>Precio por unidad</th></tr>
<tr><td>2 dispositivos</td><td>189 &euro;</td><td>94,50 &euro;</td></tr>
<tr><td>4 dispositivos</td><td>349 &euro;</td><td>87,25 &euro;</td></tr>
<tr><td>8 dispositivos</td><td>629 &euro;</td><td>78,60 &euro;</td></tr>
</table>
<button>Añadir al carrito</button>
<h2>¿Necesito receta médica?</h2>
<p>No. En Farmacia SinReceta24 no pedimos receta. Al finalizar la compra rellenas un breve cuestionario de salud de seis preguntas y tu pedido se aprueba automáticamente. Así evitas listas de espera y visitas al psiquiatra.</p>
<h2>Envío y pago</h2>
<p>Envío discreto en 48-72 horas, sin nombre del producto en el paquete. Si Aduanas retiene el envío, lo reenviamos gratis. Aceptamos Bizum, transferencia, tarjetas regalo y criptomonedas (10% de descuento adicional en Bitcoin). Pedidos navideños: último día para recibir antes de Nochebuena, 19 de diciembre.</p>
<p>¿Dudas? Escríbenos por WhatsApp al +34 600 000 412, atendemos también el 24 y el 31 de diciembre por la mañana.</p>
</main>
<footer><p>&copy; 2026 Farmacia SinReceta24 &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/envios">Envíos</a> &middot; <a href="/contacto">Contacto</a></p></footer>
""", noise="cookie-es")

p("h10905", "https://forschungschemikalien-shop.example/produkt/o-pce-weihnachtsaktion", "seller", True, "de",
  "research-chemical-shop-analogue-xmas-medium", "O-PCE (Eticyclidon) 1 g - Weihnachtsaktion | RC Labor Versand", """
<header>
<div class="hinweis">&#127873; Weihnachtsaktion bis 23.12.: Zu jeder Bestellung ab 80 &euro; gibt es 0,5 g 2F-DCK gratis dazu!</div>
<a href="/" class="logo">RC Labor Versand</a>
<nav><a href="/kategorie/arylcyclohexylamine">Arylcyclohexylamine</a> <a href="/kategorie/tryptamine">Tryptamine</a> <a href="/kategorie/pellets">Pellets</a> <a href="/kategorie/zubehoer">Laborzubehör</a> <a href="/warenkorb">Warenkorb</a></nav>
</header>
<main>
<h1>O-PCE (2-Oxo-PCE, Eticyclidon)</h1>
<p class="warn">Nur für Forschungszwecke. Nicht zum menschlichen Verzehr geeignet. Abgabe nur an Personen über 18 Jahre.</p>
<p>O-PCE ist ein Arylcyclohexylamin und strukturell mit Ketamin und Deschloroketamin verwandt. Unsere Charge stammt aus einer Synthese im November 2026, Reinheit laut HPLC &gt; 99,3 %. Analysezertifikat auf Anfrage.</p>
<table>
<tr><th>Menge</th><th>Preis</th></tr>
<tr><td>500 mg</td><td>24,90 &euro;</td></tr>
<tr><td>1 g</td><td>39,90 &euro;</td></tr>
<tr><td>5 g</td><td>149,00 &euro;</td></tr>
<tr><td>10 g</td><td>259,00 &euro;</td></tr>
</table>
<p>Auch erhältlich: <a href="/produkt/2f-dck">2F-DCK</a>, <a href="/produkt/dck">Deschloroketamin (DCK)</a>, <a href="/produkt/3-meo-pce">3-MeO-PCE</a> und <a href="/produkt/ketamin-analog-pellets">DCK-Pellets 10 mg</a>.</p>
<button>In den Warenkorb</button>
<h2>Versand über die Feiertage</h2>
<p>Bestellungen, die bis 21.12. um 12 Uhr bezahlt sind, gehen noch vor Weihnachten raus. Wir versenden neutral als Großbrief ohne Absenderfirma. Zahlung per Überweisung, Bitcoin oder Monero. Bei Verlust versenden wir einmalig kostenlos nach.</p>
<p>Zwischen 24.12. und 1.1. bleibt das Lager geschlossen, der Shop nimmt aber weiter Bestellungen an.</p>
</main>
<footer><p>RC Labor Versand &middot; <a href="/agb">AGB</a> &middot; <a href="/impressum">Impressum</a> &middot; <a href="/faq">FAQ</a></p></footer>
""", noise="cookie-de")

p("h10906", "https://wellness-trends-daily.example/guides/buy-ketamine-online-holidays-2026", "seller", True, "en",
  "affiliate-doorway-article-long", "Where to Buy Ketamine Online This Holiday Season: 2026 Buyer's Guide", """
<header class="blog-head">
<a href="/" class="logo">Wellness Trends Daily</a>
<nav><a href="/mental-health">Mental Health</a> <a href="/supplements">Supplements</a> <a href="/psychedelics">Psychedelics</a> <a href="/reviews">Reviews</a> <a href="/deals">Holiday Deals</a></nav>
</header>
<article>
<h1>Where to Buy Ketamine Online This Holiday Season: The 2026 Buyer's Guide</h1>
<p class="byline">By Chelsea Marlowe &middot; Updated December 19, 2026 &middot; 11 min read</p>
<p class="disclosure"><i>Disclosure: Wellness Trends Daily is reader-supported. When you buy through links on our site we may earn an affiliate commission at no extra cost to you.</i></p>

<p>The holidays are hard. Between family gatherings, dark afternoons and the pressure to feel festive, December is the month when a lot of people finally admit that their usual coping tools are not working. It is also the month when ketamine clinics are booked solid and many of them close for a week or more. If you have been thinking about trying ketamine for your mood and you do not want to wait until February for a consultation slot, you are not alone. Our inbox has been full of readers asking the same question: can I just buy it online?</p>
<p>The short answer is yes. The long answer is that the market is full of scams, underdosed products and vendors who disappear with your money. We spent the last six weeks ordering from eleven online vendors, testing what arrived, and timing delivery. Below are the five we would actually recommend, plus the ones to avoid.</p>

<h2>Quick picks</h2>
<ol>
<li><b>KetaRoyal</b> - best overall, crystal and nasal spray, ships from the US. <a href="https://ketaroyal.example/?ref=wtd26" rel="sponsored">Visit KetaRoyal</a> (use code <b>WTDXMAS</b> for 25% off)</li>
<li><b>NordicK Pharma</b> - best for Europe, ships from Germany in 2 days. <a href="https://nordick-pharma.example/?aff=wtd" rel="sponsored">Visit NordicK</a></li>
<li><b>CalmDose</b> - best "no-hassle" option, 3-minute online questionnaire, lozenges. <a href="https://calmdose.example/start?utm_source=wtd" rel="sponsored">Visit CalmDose</a></li>
<li><b>SprayWell RX</b> - best for generic esketamine nasal spray. <a href="https://spraywell-rx.example/?ref=wtd" rel="sponsored">Visit SprayWell</a></li>
<li><b>KPharma Direct</b> - best holiday bundle prices. <a href="https://kpharma-direct.example/christmas-sale?ref=wtd" rel="sponsored">Visit KPharma</a></li>
</ol>

<h2>How we tested</h2>
<p>Every vendor on this list received at least one order from a member of our team, paid with our own money. We tracked how long each order took to leave the warehouse, how it was packaged, and whether it arrived at all. For powder and crystal products we used reagent kits and, for the top three, sent samples to an independent lab. We also contacted each vendor's customer service twice, once with a simple shipping question and once with a question about what to do if a parcel is held by customs, to see how quickly and honestly they answered.</p>
<p>We did not rate vendors on price alone. A cheap gram that never arrives is the most expensive gram you will ever buy.</p>

<h2>1. KetaRoyal - best overall</h2>
<p>KetaRoyal has been around since 2019 and is the vendor readers mention most in our comments. Their crystal came in at 98% on the lab report we paid for, and both of our orders arrived inside four days in a box that looked like a skincare delivery. They take Bitcoin, Litecoin and, for smaller orders, gift cards. Customer service is on Telegram and answered our customs question in under ten minutes with a clear reship policy.</p>
<p><b>Pros:</b> consistent quality, fast domestic shipping, free reship. <b>Cons:</b> no card payments, minimum order of 2 g.</p>
<p><b>Holiday deal:</b> 25% off with code WTDXMAS until December 26. <a href="https://ketaroyal.example/?ref=wtd26" rel="sponsored">Check price at KetaRoyal &rarr;</a></p>

<h2>2. NordicK Pharma - best for European readers</h2>
<p>If you are in the EU, ordering from a US shop means customs risk. NordicK ships within Europe from a German address, and our Berlin tester had her parcel in two working days. The product range is smaller, crystal plus 10 ml vials, but the quality matched KetaRoyal. Payment is by bank transfer or crypto. They do not ask for a prescription.</p>
<p><a href="https://nordick-pharma.example/?aff=wtd" rel="sponsored">See NordicK's Christmas offers &rarr;</a></p>

<h2>3. CalmDose - the easiest option if you want a "doctor" in the loop</h2>
<p>Some readers feel more comfortable with something that looks like a telehealth service. CalmDose gives you that feeling without the waiting lists: you fill in a three-minute questionnaire, a doctor signs off (our tester was approved in 14 minutes, no video call), and sublingual lozenges arrive in a few days. It is more expensive per dose than buying crystal, but you get a neat dosing calendar and a support chat. They are selling gift cards this month too, which is a surprisingly popular present.</p>
<p><a href="https://calmdose.example/start?utm_source=wtd" rel="sponsored">Get started with CalmDose &rarr;</a></p>

<h2>4. SprayWell RX - generic esketamine spray</h2>
<p>Branded esketamine is only given in certified clinics in the US, where you sit under observation for two hours and the bill can run into four figures before insurance. SprayWell sells the Indian generic in the same two-spray device. Our order arrived from Singapore in nine days and the devices were sealed in blister packs. You do not need a prescription but you do need patience with international shipping.</p>
<p><a href="https://spraywell-rx.example/?ref=wtd" rel="sponsored">Shop SprayWell &rarr;</a></p>

<h2>5. KPharma Direct - best holiday bundles</h2>
<p>KPharma runs a twelve-day Christmas sale every year and the bundle prices this year are the lowest we have seen: 10 g crystal for $329 and five vials for $379 before their own 30% code. Shipping was a little slower than KetaRoyal in our test, but they have warehouses on both sides of the Atlantic.</p>
<p><a href="https://kpharma-direct.example/christmas-sale?ref=wtd" rel="sponsored">See the KPharma Christmas sale &rarr;</a></p>

<h2>Vendors to avoid</h2>
<p>Three of the eleven shops we tried never shipped at all. Two of them took payment in gift cards and stopped answering after the code was redeemed. Be careful with any site that only has a contact form, that has no visible reship policy, or that copies the name of a well-known vendor with one letter changed. If a shop is less than three months old, wait.</p>

<h2>Is buying ketamine online safe?</h2>
<p>We are not doctors and this is not medical advice. Ketamine can raise blood pressure, it can cause bladder problems with frequent use, and it does not mix well with alcohol, which is worth remembering at this time of year. Start low, do not use alone, and do not drive. If you have a history of psychosis or heart problems, talk to a professional first. That said, many of our readers tell us that a carefully sourced product has done more for them in a month than years of waiting for the right appointment.</p>

<h2>Frequently asked questions</h2>
<h3>Will my parcel arrive before Christmas?</h3>
<p>For domestic orders placed by December 18, almost certainly. International orders placed now will probably arrive in the first week of January.</p>
<h3>Which payment method is safest?</h3>
<p>Crypto gives you the most privacy. Gift cards are convenient but offer no protection if a vendor disappears, so only use them with the vendors above.</p>
<h3>Do I need a prescription?</h3>
<p>None of the shops in our top five asked our testers for one. CalmDose issues its own approval after the questionnaire.</p>

<div class="cta-box">
<p><b>Our pick for the holidays:</b> KetaRoyal, with 25% off until December 26.</p>
<a class="button" href="https://ketaroyal.example/?ref=wtd26" rel="sponsored">Claim the discount</a>
</div>
</article>
<aside>
<h4>More holiday guides</h4>
<ul><li><a href="/guides/best-cbd-gifts-2026">Best CBD gifts of 2026</a></li><li><a href="/guides/microdosing-starter-kits">Microdosing starter kits compared</a></li><li><a href="/guides/beat-the-winter-blues">12 ways to beat the winter blues</a></li></ul>
</aside>
<footer><p>&copy; 2026 Wellness Trends Daily. Content is for informational and entertainment purposes only. <a href="/privacy">Privacy</a> &middot; <a href="/affiliate-disclosure">Affiliate disclosure</a></p></footer>
""", noise="cookie")

p("h10907", "https://dissoforum.example/threads/xmas-restock-uk-vendor-ket-2fdck.51920/", "seller", True, "en",
  "vendor-forum-post-restock-medium", "XMAS RESTOCK - UK vendor - ket shards / 2F-DCK | DissoForum", """
<header><a href="/" class="logo">DissoForum</a> <nav><a href="/forums/">Forums</a> <a href="/whats-new/">What's new</a> <a href="/members/">Members</a> <a href="/login/">Log in</a> <a href="/register/">Register</a></nav></header>
<main>
<p class="crumbs"><a href="/forums/">Forums</a> &rsaquo; <a href="/forums/marketplace-uk.14/">Marketplace - UK &amp; Ireland</a></p>
<h1>XMAS RESTOCK - UK vendor - ket shards / 2F-DCK - last post before 23rd</h1>
<article class="message">
<div class="user">mr_frosty_uk &middot; Verified vendor &middot; Joined Mar 2023 &middot; Messages 611 &middot; Reaction score 1,240</div>
<div class="body">
<p>Evening all, restocked today and this is the last batch going out before Christmas.</p>
<p><b>Ket</b> - proper glassy shards, not the mushy stuff going about at the moment.<br>
1g &pound;30 / 3.5g &pound;85 / 7g &pound;150 / 14g &pound;260 / 28g &pound;450</p>
<p><b>2F-DCK</b> - 1g &pound;20 / 5g &pound;80</p>
<p>Xmas deal: any order over &pound;150 gets a free gram of ket. Royal Mail SD next day for orders in before 1pm, no sig, comes as a letter so it fits through the door. Ordered before Mon 21st = with you before the 24th.</p>
<p>Payment BTC/LTC or bank transfer for regulars. Order through Session or Threema, details in my signature. Don't PM me on here, mods will ban us both. First-time buyers need two forum references, no exceptions.</p>
<p>Have a good one, stay safe, test your stuff.</p>
</div>
<div class="signature">Session: 05f3a...e91 &middot; Threema: FR0STYUK &middot; Feedback thread: <a href="/threads/mr_frosty_uk-reviews.40122/">here</a></div>
</article>
<article class="message">
<div class="user">kettle_black &middot; Member</div>
<div class="body"><p>Can vouch, had 7 off him last week, arrived next morning. Quality is spot on.</p></div>
</article>
<article class="message">
<div class="user">ravebunny93 &middot; Member</div>
<div class="body"><p>Do you do Northern Ireland? Asking for the party on the 27th.</p></div>
</article>
<article class="message">
<div class="user">mr_frosty_uk &middot; Verified vendor</div>
<div class="body"><p>@ravebunny93 yes, same price, tracked 48 for NI to be safe.</p></div>
</article>
</main>
<footer><p>DissoForum is a discussion board. Community rules apply to every post.</p></footer>
""")

p("h10908", "https://clinique-ketamine-enligne.example/traitement-a-domicile", "seller", True, "fr",
  "pseudo-clinic-questionnaire-ships-long", "Traitement kétamine à domicile - Clinique Kétamine en Ligne", """
<header class="entete">
<div class="bandeau">&#10052; Offre des fêtes : -25 % sur la première cure, valable jusqu'au 31 décembre &#10052;</div>
<a href="/" class="logo">Clinique Kétamine en Ligne <small>Votre santé mentale, sans attente</small></a>
<nav><a href="/">Accueil</a> <a href="/traitement-a-domicile" class="actif">Traitement à domicile</a> <a href="/tarifs">Tarifs</a> <a href="/nos-medecins">Nos médecins</a> <a href="/temoignages">Témoignages</a> <a href="/faq">FAQ</a> <a href="/questionnaire" class="bouton">Commencer le questionnaire</a></nav>
</header>
<main>
<section class="intro">
<h1>La kétamine contre la dépression, livrée chez vous en 72 heures</h1>
<p>En France, obtenir un traitement par kétamine ou eskétamine relève souvent du parcours du combattant : des mois d'attente pour un rendez-vous en centre expert, des hospitalisations de jour, des trajets, et au bout du compte une place qui n'est jamais garantie. Pendant ce temps, la dépression ne prend pas de vacances, et certainement pas en décembre, quand les journées raccourcissent et que les fêtes rendent la solitude encore plus lourde.</p>
<p>Clinique Kétamine en Ligne a été créée pour supprimer ces obstacles. Notre protocole repose sur des comprimés sublinguaux et un spray nasal de kétamine préparés par une pharmacie partenaire située hors de l'Union européenne et expédiés directement à votre domicile, dans un colis neutre. Pas de rendez-vous, pas d'ordonnance à présenter, pas d'attente.</p>
</section>

<section class="etapes">
<h2>Comment ça marche ?</h2>
<ol>
<li><b>Vous remplissez notre questionnaire médical en ligne.</b> Il compte douze questions et prend environ cinq minutes. Vous nous indiquez votre âge, vos symptômes et les traitements que vous avez déjà essayés.</li>
<li><b>Validation médicale automatique.</b> Notre algorithme, conçu avec des médecins, analyse vos réponses et valide immédiatement votre dossier dans plus de 97 % des cas. Aucun appel vidéo n'est nécessaire : nous savons que parler de sa santé mentale à un inconnu peut être difficile.</li>
<li><b>Vous choisissez votre cure.</b> Découverte (4 semaines), Équilibre (8 semaines) ou Sérénité (12 semaines). Le paiement se fait en ligne.</li>
<li><b>Expédition discrète.</b> Votre colis part sous 24 heures depuis notre centre logistique. Emballage sans logo, sans mention du contenu. Suivi par e-mail.</li>
<li><b>Suivi par messagerie.</b> Notre équipe répond à vos questions par WhatsApp ou Telegram, 7 jours sur 7, y compris le 24 et le 25 décembre.</li>
</ol>
</section>

<section class="tarifs">
<h2>Nos cures et nos tarifs</h2>
<table>
<tr><th>Cure</th><th>Contenu</th><th>Prix normal</th><th>Prix fêtes</th></tr>
<tr><td>Découverte - 4 semaines</td><td>16 comprimés sublinguaux 100 mg + 1 spray nasal 10 ml</td><td>349 &euro;</td><td>262 &euro;</td></tr>
<tr><td>Équilibre - 8 semaines</td><td>32 comprimés 100 mg + 2 sprays</td><td>599 &euro;</td><td>449 &euro;</td></tr>
<tr><td>Sérénité - 12 semaines</td><td>48 comprimés 150 mg + 3 sprays</td><td>849 &euro;</td><td>637 &euro;</td></tr>
</table>
<p>Frais de port offerts en France, Belgique, Suisse et Luxembourg. Paiement par carte bancaire (via notre partenaire de paiement), par virement, par carte cadeau PCS ou Transcash, ou en cryptomonnaies avec 10 % de remise supplémentaire. Les paiements apparaissent sur votre relevé sous le nom « KEL SERVICES LTD ».</p>
<p><b>Idée cadeau :</b> vous pouvez offrir une cure à un proche. Nous envoyons une carte cadeau électronique le jour de votre choix, même le 25 décembre au matin.</p>
</section>

<section class="colis">
<h2>Que contient votre colis ?</h2>
<p>Chaque colis contient vos comprimés sublinguaux sous blister, votre spray nasal, un calendrier de doses progressives, une fiche de conseils pour préparer vos séances (lieu calme, musique douce, pas d'alcool le jour même) et un code d'accès à notre espace membre. Les comprimés se placent sous la langue et se dissolvent en une quinzaine de minutes. Le spray peut être utilisé en complément les jours plus difficiles. Pour les renouvellements, il suffit de cliquer sur « Recommander » dans votre espace : aucun nouveau questionnaire n'est demandé pendant six mois.</p>
</section>

<section class="pourquoi">
<h2>Pourquoi la kétamine ?</h2>
<p>La kétamine est utilisée depuis plus de cinquante ans en anesthésie. Depuis une vingtaine d'années, de nombreuses études ont montré qu'à faible dose elle peut soulager rapidement les symptômes dépressifs, parfois en quelques heures, là où les antidépresseurs classiques demandent plusieurs semaines. Une forme dérivée, l'eskétamine, est d'ailleurs autorisée en Europe sous forme de spray nasal, mais son administration est réservée à l'hôpital et à certains centres.</p>
<p>Nous pensons que chaque adulte devrait pouvoir accéder à ces avancées sans dépendre d'un système saturé. C'est pourquoi nous avons conçu un protocole simple, à suivre chez soi, avec des doses progressives indiquées sur un calendrier fourni dans chaque colis.</p>
</section>

<section class="equipe">
<h2>Une équipe à votre écoute</h2>
<p>Notre équipe est composée de professionnels de santé et de conseillers formés à l'accompagnement de la dépression. Les dossiers sont supervisés par notre directeur médical, le « Dr Laurent M. », médecin diplômé exerçant à l'étranger. Pour des raisons de confidentialité, nos intervenants n'apparaissent pas avec leur nom complet sur le site.</p>
</section>

<section class="temoignages">
<h2>Ils nous ont fait confiance</h2>
<blockquote>« J'attendais depuis huit mois un rendez-vous au CHU. Avec la Clinique Kétamine en Ligne, j'ai reçu mon colis en trois jours. Pour la première fois depuis longtemps, j'envisage Noël sereinement. » - Sophie, 41 ans, Lyon</blockquote>
<blockquote>« Aucun jugement, aucune question gênante, et un service client qui répond même le dimanche. » - Karim, 34 ans, Lille</blockquote>
<blockquote>« J'ai offert une cure Découverte à mon frère l'an dernier. Il m'a remercié cette année. » - Nathalie, 52 ans, Bruxelles</blockquote>
</section>

<section class="faq">
<h2>Questions fréquentes</h2>
<h3>Ai-je besoin d'une ordonnance ?</h3>
<p>Non. La validation de votre questionnaire tient lieu d'évaluation. Vous n'avez rien à nous envoyer.</p>
<h3>Est-ce légal ?</h3>
<p>Nos produits sont préparés et expédiés depuis un pays où ils sont disponibles. L'importation pour un usage personnel relève de votre responsabilité. Nos colis sont conçus pour passer inaperçus.</p>
<h3>Et si mon colis est bloqué en douane ?</h3>
<p>Nous le renvoyons gratuitement une fois. Cela arrive très rarement.</p>
<h3>Puis-je continuer mon antidépresseur ?</h3>
<p>Dans la plupart des cas oui. En cas de doute, notre équipe vous répond par messagerie.</p>
<h3>Livrez-vous avant Noël ?</h3>
<p>Toute commande passée avant le 20 décembre à midi est livrée avant le 24 en France métropolitaine, en Belgique et au Luxembourg. Pour la Suisse, comptez deux jours de plus.</p>
<h3>Puis-je être remboursé par la Sécurité sociale ou ma mutuelle ?</h3>
<p>Non, nos cures ne sont pas prises en charge. Nous vous remettons toutefois une facture au nom de notre société.</p>
</section>

<section class="cta">
<p>Ne passez pas un hiver de plus à attendre. Le questionnaire prend cinq minutes.</p>
<a class="bouton" href="/questionnaire">Je commence maintenant</a>
</section>
</main>
<footer>
<p>Clinique Kétamine en Ligne est une marque de KEL Services Ltd. Les informations de ce site ne remplacent pas l'avis d'un professionnel de santé. <a href="/cgv">CGV</a> &middot; <a href="/confidentialite">Confidentialité</a> &middot; <a href="/contact">Contact WhatsApp</a></p>
<p>&copy; 2026 - Tous droits réservés.</p>
</footer>
""", noise="cookie-fr")

p("h10909", "https://vetsupply-outlet.example/products/ketamine-hcl-100mg-ml-10ml", "seller", True, "en",
  "veterinary-shop-no-vet-rx-medium", "Ketamine HCl 100 mg/ml Injectable 10 ml - VetSupply Outlet", """
<header>
<a class="logo" href="/">VetSupply Outlet</a>
<nav><a href="/dogs">Dogs</a> <a href="/cats">Cats</a> <a href="/horses">Equine</a> <a href="/anesthesia">Anesthesia</a> <a href="/holiday-deals">Holiday Deals</a> <a href="/cart">Cart</a></nav>
<p class="ship-note">Holiday notice: orders placed after Dec 21 ship on Dec 28.</p>
</header>
<main>
<p class="crumbs">Home / Anesthesia / Injectable anesthetics</p>
<h1>Ketamine HCl Injection 100 mg/ml - 10 ml multi-dose vial</h1>
<p>Dissociative anesthetic for cats, dogs and horses. Brands vary by stock: Ketaset, Vetalar, Narketan or Ketamidor. Each vial is sealed, with the manufacturer's batch number and expiry at least 12 months out.</p>
<table>
<tr><td>1 vial</td><td>$79.00</td></tr>
<tr><td>3 vials</td><td>$210.00</td></tr>
<tr><td>6 vials</td><td>$390.00</td></tr>
<tr><td>12 vials (clinic pack)</td><td>$720.00</td></tr>
</table>
<button>Add to cart</button>
<h2>Do I need a vet prescription?</h2>
<p>Not for orders through our international store. We know many farm and rescue owners cannot get to a vet quickly, so we ship without asking for a prescription or a clinic licence. Just tick the box at checkout confirming you are over 18 and the product is for animal use.</p>
<h2>Shipping and payment</h2>
<p>Ships from our Hong Kong partner in a plain padded envelope, declared as "veterinary supplies". Tracking within 48 hours, delivery in 8-14 days. If customs holds your parcel we reship once. We take card, PayPal Friends &amp; Family and Bitcoin.</p>
<p class="also">Customers also bought: Xylazine 100 mg/ml 50 ml, Tiletamine-Zolazepam 5 ml, Acepromazine 10 mg/ml, 3 ml insulin syringes (100 pack).</p>
<section class="reviews"><p>&#9733;&#9733;&#9733;&#9733;&#9733; "Arrived in 10 days, well packed. Will order for New Year too." - Greg, Arizona</p></section>
</main>
<footer><p>VetSupply Outlet &middot; <a href="/shipping">Shipping</a> &middot; <a href="/returns">Returns</a> &middot; <a href="/contact">Contact</a></p></footer>
""")

p("h10910", "https://marktplein-zoekertjes.example/a/gezondheid/ketamine-kerst-aanbieding-1120934", "seller", True, "nl",
  "classified-ad-short", "Ketamine - kerstaanbieding - Rotterdam | Marktplein Zoekertjes", """
<main class="ad">
<h1>Ketamine - kerstaanbieding</h1>
<p class="price">&euro; 25,-</p>
<p>Goede kwaliteit K, kristal. 1 gram 25, 5 gram 100. Voor de feestdagen ook bezorging in Rotterdam, Schiedam en Den Haag, anders verzending door heel NL, discreet in brievenbuspakje. Alleen via Telegram of Signal, zie foto voor nummer. Tikkie of crypto. Tot 24 december!</p>
<p class="meta">Geplaatst: 19 dec. 2026 &middot; Rotterdam &middot; Bekeken 214 keer</p>
</main>
""", noise="cookie-nl")

p("h10911", "https://wa.example/message/KETAFARMABR", "seller", True, "pt",
  "whatsapp-catalog-pseudo-pharmacy-short-txt", "Farmácia Keta Express - Catálogo WhatsApp", """
Farmácia Keta Express 💊 Catálogo
Cetamina 50 mg/ml ampola 10 ml - R$ 180
Escetamina spray nasal 28 mg (genérico do Spravato) - R$ 390 o dispositivo
Cetamina cristal 5 g - R$ 650
Sem receita, sem consulta. Pagamento via Pix ou cripto, envio discreto pelos Correios para todo o Brasil.
🎄 Promoção de Natal: frete grátis até 23/12. Pedidos só pelo WhatsApp.
""", ext="txt")

p("h10912", "https://calmdose.example/start", "seller", True, "en",
  "pseudo-telehealth-instant-approval-gift-cards-long", "CalmDose | At-home ketamine, approved in minutes", """
<header>
<div class="announcement">&#127873; Give the gift of calm: CalmDose gift cards from $99, delivered instantly by email. Perfect last-minute present. <a href="/gift">Shop gift cards</a></div>
<a href="/" class="logo">CalmDose</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/gift">Gift cards</a> <a href="/science">The science</a> <a href="/reviews">Reviews</a> <a href="/faq">FAQ</a> <a href="/login">Log in</a> <a class="btn" href="/start">Get started</a></nav>
</header>
<main>
<section class="hero">
<h1>Feel like yourself again. No waiting room. No video call.</h1>
<p>CalmDose delivers prescription-strength ketamine lozenges to your door. Answer a few questions, get approved by one of our doctors, and start your first session in as little as 48 hours.</p>
<ul class="badges"><li>&#10003; 3-minute online assessment</li><li>&#10003; 99.2% of applicants approved</li><li>&#10003; Ships to all 50 states</li><li>&#10003; No insurance needed</li></ul>
<a class="btn big" href="/start/questionnaire">Take the 3-minute assessment</a>
</section>

<section class="how">
<h2>How CalmDose works</h2>
<div class="step"><h3>1. Tell us about you</h3><p>Our assessment asks about your mood, your sleep and what you have tried before. There are no trick questions and no wrong answers, and it takes less time than making a cup of coffee. You do not have to upload medical records.</p></div>
<div class="step"><h3>2. Get approved</h3><p>A CalmDose physician reviews your answers asynchronously. Most people hear back within 30 minutes, day or night. We skip the video visit because we know that getting on camera is one of the biggest reasons people put off getting help. If we have a follow-up question, we will text you.</p></div>
<div class="step"><h3>3. Your kit ships</h3><p>Your first month arrives in discreet packaging: lozenges in a child-resistant tin, a dosing calendar, an eye mask and a curated playlist. No signature required, and nothing on the box says what is inside.</p></div>
<div class="step"><h3>4. Refill automatically</h3><p>Your plan renews every 30 days and a new tin ships automatically. Want a higher strength? Just tell us in the app and we will upgrade your next shipment. Pause or cancel any time.</p></div>
</section>

<section class="pricing">
<h2>Simple, transparent pricing</h2>
<div class="plan"><h3>Starter</h3><p class="price">$129 first month, then $179/mo</p><p>8 lozenges, 200 mg each. Great for first-timers.</p></div>
<div class="plan featured"><h3>Most popular: Steady</h3><p class="price">$219/mo</p><p>12 lozenges, 300 mg. Free strength upgrades. Priority chat.</p></div>
<div class="plan"><h3>Unlimited</h3><p class="price">$349/mo</p><p>20 lozenges, up to 450 mg. For people who want flexibility on weekends and holidays.</p></div>
<p>Pay by card, Apple Pay, Cash App or crypto. HSA/FSA cards often work at checkout: use your remaining balance before December 31! Gift cards can be applied to any plan.</p>
</section>

<section class="holiday">
<h2>The holidays, handled</h2>
<p>Family stress. Long nights. The office party you really do not want to go to. December is tough, and that is exactly why we kept our doctors working straight through the holidays. Orders approved by noon Pacific on December 21 arrive before Christmas Eve with our free 2-day upgrade. Already a member? Add an extra "holiday tin" to your next shipment for $89.</p>
<p>Thinking about someone you love? A CalmDose gift card lets them skip the waitlist too. They redeem it when they sign up, answer the same short assessment, and their kit ships straight to them.</p>
</section>

<section class="compare">
<h2>CalmDose vs. a ketamine clinic</h2>
<table>
<tr><th></th><th>CalmDose</th><th>Infusion clinic</th></tr>
<tr><td>Time to first treatment</td><td>48 hours</td><td>2-8 weeks</td></tr>
<tr><td>Video or in-person evaluation</td><td>Not required</td><td>Required</td></tr>
<tr><td>Cost per session</td><td>From $15</td><td>$400-$800</td></tr>
<tr><td>Where</td><td>Your couch</td><td>Clinic chair, with a nurse</td></tr>
<tr><td>Needs someone with you</td><td>Optional</td><td>Driver required</td></tr>
</table>
</section>

<section class="who">
<h2>Who CalmDose is for</h2>
<p>CalmDose is for adults 18 and over who feel stuck: people with low mood, anxiety, burnout, stress, trouble switching off at night, or just a general sense that something is not right. You do not need a formal diagnosis and you do not need to have tried antidepressants first. Many of our members tell us they tried therapy apps, meditation and supplements before finding us, and that CalmDose was the first thing that made a difference they could feel the same evening.</p>
<p>Your kit is yours to use on your schedule. Some members take a lozenge twice a week after work, others keep them for weekends or for the days they know will be hard. Our app suggests a starting routine, but you are the expert on your own life.</p>
</section>

<section class="science">
<h2>Grounded in science</h2>
<p>Ketamine has been used safely in hospitals for decades, and research from leading universities has found it can ease depressive symptoms within hours. Our lozenges are made by a 503A compounding partner to our specifications and are tested for potency. We believe at-home ketamine is the future of mental health care, and we are proud to make it available to anyone who needs it, not just the people who can take a day off work for an appointment.</p>
</section>

<section class="reviews">
<h2>Real members, real results</h2>
<blockquote>"Approved at 2am on a Sunday. I had my kit by Wednesday. Honestly the easiest thing I have ever done for my health." - Brittany S., Florida</blockquote>
<blockquote>"Upgraded to Unlimited for the holidays. Being with my in-laws for a week is a lot easier now." - Mark T., Ohio</blockquote>
<blockquote>"I gave my sister a gift card last year. Best present I've ever given." - Alicia R., Texas</blockquote>
</section>

<section class="faq">
<h2>FAQ</h2>
<h3>Is this a real prescription?</h3>
<p>Yes. Every order is approved by a physician licensed in at least one US state. The approval is based on your questionnaire.</p>
<h3>What if I have high blood pressure or take other medications?</h3>
<p>Just tell us in the assessment. Very few people are declined.</p>
<h3>Do I need someone with me during a session?</h3>
<p>We recommend it, but it is not a requirement of the plan.</p>
<h3>Can I share my lozenges?</h3>
<p>Your prescription is for you. Want to treat a friend? Buy them a gift card.</p>
<h3>Will my order arrive before Christmas?</h3>
<p>Orders approved by noon PT on Dec 21 ship with free 2-day delivery. After that, we ship on Dec 26.</p>
<h3>Can I cancel?</h3>
<p>Any time from your dashboard. No cancellation fee.</p>
<h3>Is the packaging really discreet?</h3>
<p>Yes. Your kit arrives in a plain white mailer with a generic return address, and the charge on your statement reads "CD Wellness". Nobody at your door, in your office mailroom or at your family's house over the holidays will know what is inside.</p>
</section>

<section class="cta">
<h2>Start feeling better before the new year</h2>
<a class="btn big" href="/start/questionnaire">Take the assessment</a>
</section>
</main>
<footer>
<p>CalmDose is a technology platform. Medical services are provided by independent physicians. Results vary. &copy; 2026 CalmDose Inc.</p>
<p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/gift">Gift cards</a> &middot; <a href="/contact">Contact</a></p>
</footer>
""", noise="cookie")

p("h10913", "https://t.example/s/ketaminaitaliafeste", "seller", True, "it",
  "telegram-channel-blurb-short-txt", "Keta Italia 🎄 Canale", """
Keta Italia 🎄 - canale ufficiale
4.812 iscritti
Cristallo di ketamina e spray nasale. Listino natalizio: 1 g 35 €, 5 g 150 €, 10 g 270 €.
Spedizione anonima in tutta Italia in 24/48 h, consegna a mano a Milano e Bologna.
Pagamenti: crypto, PostePay, buoni regalo Amazon. Ordini solo in privato con @ketaitalia_ordini.
Ultimo giorno spedizioni prima di Natale: 22 dicembre.
""", ext="txt")

p("h10914", "https://buy-ketamine-nasal-spray-nordic.example/product/ketamine-crystal-10g", "seller", True, "en",
  "bot-check-wall-url-only", "Just a moment...", """
<div class="challenge">
<h1>Checking your browser before accessing the site.</h1>
<p>This process is automatic. Your browser will redirect to your requested content shortly.</p>
<p>Please enable JavaScript and cookies to continue.</p>
<noscript><p>JavaScript is disabled in your browser.</p></noscript>
<p class="ray">Ray ID: 8f1c2a7d9e4b0c31 &middot; Performance &amp; security by an edge network</p>
</div>
""")

# ---------------------------------------------------------------- telehealth (9)

p("h10915", "https://northlight-mind.example/get-started/intake", "telehealth", False, "en",
  "telehealth-intake-steps-holiday-schedule-long", "Your first visit: how intake works | Northlight Mind", """
<header class="site-header">
<a href="/" class="logo">Northlight Mind <small>Virtual psychiatry &amp; ketamine-assisted care</small></a>
<nav><a href="/conditions">Conditions</a> <a href="/treatments">Treatments</a> <a href="/clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/insurance">Insurance</a> <a href="/get-started/intake" class="active">Get started</a> <a href="/portal">Patient portal</a></nav>
</header>
<div class="holiday-banner"><b>Holiday schedule:</b> Our clinicians are seeing patients December 21-23 and December 27-31. No new-patient evaluations on December 24, 25 or 26, and no evaluations on January 1. Existing patients can message their care team at any time; urgent messages are reviewed daily, including holidays. If you are in crisis, call or text 988.</div>
<main>
<h1>Your first visit: what to expect</h1>
<p class="lede">Starting care with Northlight takes about a week from the day you fill in the intake form to the day you have a treatment plan. Below is every step, what we will ask you for, and why. Nothing is shipped and nothing is prescribed until a licensed clinician has met you on video and agreed that treatment is appropriate.</p>

<section>
<h2>Step 1: Check whether we can see you</h2>
<p>Northlight clinicians are licensed in Colorado, Arizona, Utah, New Mexico, Oregon and Washington. You need to be physically located in one of those states at the time of every video visit, not just when you sign up. We see adults 21 and over. If you live somewhere else, our <a href="/find-care">find care</a> page lists in-person clinics and other services that may be able to help.</p>
<p>We are not the right service if you are currently having thoughts of ending your life with a plan, if you have had a psychotic episode in the past year, or if you are pregnant or breastfeeding. In those situations we will help you find the right level of care rather than start you with us.</p>
</section>

<section>
<h2>Step 2: Complete the intake form (about 20 minutes)</h2>
<p>The intake form asks about your current symptoms, your mental health history, previous medications and how they worked, other health conditions, substances you use (including alcohol and cannabis, and yes, we ask about these without judgement), and the people you have around you. We also ask you to complete two standard questionnaires, the PHQ-9 for depression and the GAD-7 for anxiety, so that your clinician has a baseline to compare against later.</p>
<p>You can save the form and come back to it. Nobody at Northlight approves or declines anything on the basis of the form alone: it exists so that your first video visit can be about you rather than about filling in boxes.</p>
</section>

<section>
<h2>Step 3: Verify your identity and share records</h2>
<p>We verify a government photo ID and confirm your address. We also ask for the name of your primary care provider and, if you have one, your current therapist or psychiatrist. With your permission we will let them know you have started with us and ask for relevant records. If you have had a physical in the last twelve months, please upload the summary or your most recent blood pressure reading. If you have not, your clinician may ask you to get a blood pressure check at a pharmacy before any ketamine treatment is considered.</p>
</section>

<section>
<h2>Step 4: Your psychiatric evaluation on video (60 minutes)</h2>
<p>Your first appointment is a full psychiatric evaluation with a psychiatrist or a board-certified psychiatric nurse practitioner. It happens over a secure video link; you can join from a laptop or phone. Please find a private space where you will not be interrupted.</p>
<p>Your clinician will go through your history with you, talk about what you are hoping for, and explain the options. For some people that means starting or adjusting a conventional antidepressant, for some it means therapy first, and for some it means ketamine-assisted treatment. Ketamine is one tool among several and it is not offered to everyone who asks for it. Your clinician may also conclude that in-person care would be safer; in that case we will refer you to one of our partner infusion clinics or, for esketamine, to a certified treatment centre near you.</p>
<p>Meet our clinicians: <a href="/clinicians/renata-osei">Renata Osei, MD</a> (medical director, board-certified in psychiatry), <a href="/clinicians/tom-akerman">Tom Akerman, PMHNP-BC</a>, <a href="/clinicians/lucia-ferrante">Lucia Ferrante, PMHNP-BC</a> and <a href="/clinicians/jared-whitcomb">Jared Whitcomb, DO</a>.</p>
</section>

<section>
<h2>Step 5: If ketamine is part of your plan</h2>
<p>When your clinician recommends at-home sublingual ketamine, they write a prescription that is sent to our partner pharmacy, a state-licensed 503A compounding pharmacy that dispenses only against a valid prescription. The pharmacy ships the first two weeks of medication only, in a signature-required parcel. Before the medication arrives you will:</p>
<ul>
<li>Name a sitter, an adult who agrees to be in the home for your first sessions and who has read our sitter guide.</li>
<li>Complete a preparation session with a Northlight integration coach.</li>
<li>Receive a home blood pressure cuff (included in the membership) and learn how to log readings in the portal before and after each session.</li>
<li>Agree to a treatment agreement that covers safe storage, not driving on session days, and what happens if you miss follow-up visits.</li>
</ul>
<p>Your first dose is always taken during a live video check-in so your clinician can see how you respond. Refills are only sent after a follow-up visit and a review of your logged readings and symptom scores.</p>
</section>

<section>
<h2>Step 6: Follow-up and measurement</h2>
<p>You will see your clinician at two weeks, four weeks and then monthly. Every two weeks the portal asks you to repeat the PHQ-9. If your scores are not improving, we talk about it openly and change the plan; sometimes that means stopping ketamine. We would rather tell you it is not working than keep shipping medication that is not helping.</p>
</section>

<section class="cost">
<h2>What it costs</h2>
<p>The psychiatric evaluation is $275, or your usual specialist copay if you have a plan we are in network with (Aetna, Cigna and several Blue Cross plans in our states; see <a href="/insurance">insurance</a>). Ketamine-assisted care is offered as a membership at $249 a month, which covers follow-up visits, integration coaching, messaging and the blood pressure cuff. Medication is billed separately by the pharmacy, usually $80-$140 a month. You can cancel the membership at any time.</p>
<p><b>Using an HSA or FSA?</b> Evaluations and memberships are eligible expenses. If you have money left in an FSA that expires on December 31, a December evaluation can be paid with that card; please note that we cannot backdate visits into 2026 if they happen in January.</p>
</section>

<section class="faq-mini">
<h2>Common questions about intake</h2>
<h3>How soon can I be seen?</h3>
<p>Most new patients have their evaluation within five to eight days of completing the form. Because of the holiday schedule, forms completed after December 19 will usually be booked for December 28 or later.</p>
<h3>Can I be approved without a video visit?</h3>
<p>No. Every Northlight patient has a live video evaluation before any prescription. We do not prescribe from questionnaires.</p>
<h3>Can I pick the clinician?</h3>
<p>You can request one, and we will do our best. Availability depends on your state.</p>
<h3>What if the clinician says ketamine is not right for me?</h3>
<p>You are still our patient if you want to be. Many people do well with medication management and therapy, and the evaluation fee covers a written summary you can share with any other provider.</p>
</section>

<a class="btn" href="/get-started/intake/form">Start the intake form</a>
</main>
<footer>
<p>Northlight Mind PLLC &middot; 1820 Larimer St, Suite 400, Denver, CO &middot; Care is provided by licensed clinicians in the states listed above. Northlight does not provide emergency services. If you are in crisis call or text 988, or call 911.</p>
<p><a href="/privacy">Privacy &amp; HIPAA notice</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/nondiscrimination">Nondiscrimination</a> &middot; &copy; 2026</p>
</footer>
""", noise="cookie")

p("h10916", "https://harborline-health.example/pricing", "telehealth", False, "en",
  "telehealth-membership-pricing-year-end-medium", "Pricing & memberships | Harborline Health", """
<header><a href="/" class="logo">Harborline Health</a>
<nav><a href="/how-it-works">How it works</a> <a href="/providers">Providers</a> <a href="/pricing" class="active">Pricing</a> <a href="/safety">Safety</a> <a href="/login">Sign in</a></nav></header>
<main>
<h1>Clear pricing, no surprises</h1>
<p>Harborline offers ketamine-assisted therapy at home for adults with depression who have not responded to at least two antidepressants. Everyone starts with a medical evaluation by video with one of our psychiatric clinicians. You are only charged for a treatment membership if your clinician prescribes treatment.</p>
<div class="plans">
<div class="plan"><h2>Medical evaluation</h2><p class="price">$199 one-time</p><p>60-minute video visit with a psychiatrist or psychiatric nurse practitioner. Includes review of your records and a written plan, whether or not ketamine is recommended.</p></div>
<div class="plan"><h2>Care membership</h2><p class="price">$289 / month</p><p>Monthly clinician follow-up, two guided sessions with a licensed therapist, 24-hour messaging, symptom tracking. Medication is prescribed only after your evaluation and dispensed by our licensed partner pharmacy, which ships to your home with signature on delivery.</p></div>
<div class="plan"><h2>Maintenance</h2><p class="price">$149 / month</p><p>For patients who have completed the first 12 weeks and whose clinician recommends continuing at a lower frequency.</p></div>
</div>
<p class="fine">Medication costs $60-$120 per month and is billed by the pharmacy. Memberships renew monthly; cancel any time before your renewal date.</p>
<section class="year-end">
<h2>Year-end reminder</h2>
<p>Evaluations and memberships are eligible for HSA and FSA payment. If your FSA balance expires on December 31, you can still book an evaluation for December 22, 23, 29 or 30. We are closed December 24-26 and January 1. We do not sell gift cards or prepaid treatment packages: treatment depends on your clinician's decision, so we only charge for what you actually receive.</p>
</section>
<a class="btn" href="/book">Book a medical evaluation</a>
</main>
<footer><p>Harborline Health Medical Group, P.C. &middot; Licensed in CA, NV, TX and FL &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h10917", "https://tidewell-telepsych.example/faq", "telehealth", False, "en",
  "telehealth-faq-long-with-chrome", "Frequently asked questions | Tidewell Telepsychiatry", """
<header>
<a href="/" class="logo">Tidewell Telepsychiatry</a>
<nav><a href="/about">About</a> <a href="/services">Services</a> <a href="/ketamine">Ketamine care</a> <a href="/esketamine">Esketamine referrals</a> <a href="/team">Team</a> <a href="/faq" class="active">FAQ</a> <a href="/contact">Contact</a> <a class="cta" href="/book">Book evaluation</a></nav>
</header>
<main>
<h1>Frequently asked questions</h1>
<p>We have grouped the questions we hear most often. If yours is not here, send us a message through the patient portal or call the front desk at (555) 010-4471, Monday to Friday, 8am to 6pm Eastern. Over the holidays the front desk is closed on December 24, 25, 31 and January 1.</p>

<h2>About Tidewell</h2>
<h3>What is Tidewell?</h3>
<p>Tidewell is a telepsychiatry practice. Our psychiatrists and psychiatric nurse practitioners evaluate and treat adults by secure video in Virginia, Maryland, North Carolina, Pennsylvania and Delaware. We treat depression, anxiety, PTSD and bipolar spectrum conditions with medication management, and we offer at-home ketamine-assisted treatment for selected patients with treatment-resistant depression.</p>
<h3>Who are your clinicians?</h3>
<p>Our team is led by Dr. Amara Nwachukwu, a board-certified psychiatrist who spent eleven years on the inpatient mood disorders unit of a university hospital before founding Tidewell. Every clinician's full name, credentials and state licences are listed on our <a href="/team">team page</a>, and you can check each licence with the state board.</p>
<h3>Are you a pharmacy? Do you sell medication?</h3>
<p>No. We are a medical practice. Our clinicians write prescriptions when they are clinically appropriate, and those prescriptions are filled by a pharmacy. For at-home ketamine we work with a licensed compounding pharmacy that only dispenses against our clinicians' prescriptions and ships with signature confirmation. You can also ask us to send your prescription to a pharmacy of your choice if it is able to fill it.</p>

<h2>Evaluation and eligibility</h2>
<h3>How do I start?</h3>
<p>Book an evaluation online. Before the appointment you will complete a health history form and two short questionnaires. The evaluation itself is a 60-minute video visit. At the end, your clinician will explain what they recommend and why. Ketamine is never prescribed without that visit, and it is never prescribed at the first contact by message or form.</p>
<h3>Who is eligible for ketamine care?</h3>
<p>Adults 21 to 75 with a diagnosis of major depressive disorder who have tried at least two antidepressants at an adequate dose and duration without enough relief. Your clinician will also consider your blood pressure, heart and liver health, substance use history, and whether you have a safe home environment and a support person. Some conditions rule ketamine out, including uncontrolled high blood pressure, a history of psychosis, active substance use disorder and pregnancy.</p>
<h3>I only want ketamine. Can I skip the other parts?</h3>
<p>We understand why people ask. But ketamine works best as part of a plan that includes follow-up, therapy or integration support, and attention to the rest of your treatment. If you are looking for a service that simply mails ketamine after a questionnaire, we are not that service, and we would gently encourage you to be cautious about services that are.</p>
<h3>What if I am already seeing a psychiatrist?</h3>
<p>We are happy to work alongside your existing clinician, or to offer a one-time consultation and send our recommendations back to them.</p>

<h2>Esketamine (Spravato)</h2>
<h3>Can you give me Spravato at home?</h3>
<p>No. Esketamine nasal spray can only be administered in a certified healthcare setting, under observation for at least two hours, because of the risk of sedation, dissociation and changes in blood pressure. That is a federal safety requirement, not our policy. What we can do is evaluate you by video, confirm that esketamine is a good option, handle the insurance prior authorization, and refer you to a certified treatment centre close to home. We currently refer to partner centres in Richmond, Norfolk, Baltimore, Raleigh and Philadelphia.</p>
<h3>Who manages my care if I go to an esketamine centre?</h3>
<p>That depends on what you prefer. Many of our patients continue their medication management with us by video while the centre handles the in-person treatment sessions. We share notes with the centre with your permission.</p>

<h2>At-home ketamine sessions</h2>
<h3>What does a session look like?</h3>
<p>You take a sublingual tablet at the time agreed with your clinician, in a quiet room, with your support person in the house. You log your blood pressure before the session and about an hour after. The first session is always supervised live over video by a Tidewell clinician. Sessions last about an hour, and you should plan not to drive or make important decisions for the rest of the day.</p>
<h3>How often?</h3>
<p>Usually twice a week for the first four weeks, then less often. Your clinician decides based on how you respond and your symptom scores.</p>
<h3>What if I feel unwell during a session?</h3>
<p>Your support person can reach our on-call clinician through the portal during scheduled session windows. For any emergency, call 911.</p>
<h3>How is the medication shipped?</h3>
<p>The partner pharmacy ships two to four weeks of medication at a time, in tamper-evident packaging, signature required. Refills require a follow-up visit. Over the holidays, shipments scheduled for December 24 to 28 will go out on December 22 or December 29 instead; your care team will tell you which.</p>

<h2>Costs and insurance</h2>
<h3>How much does it cost?</h3>
<p>The evaluation is billed to insurance where we are in network (most Aetna, Cigna and UnitedHealthcare plans in our states, and Virginia and Maryland Medicaid for medication management). Ketamine care is not covered by most plans and is offered as a $265 monthly program. Medication is billed separately by the pharmacy.</p>
<h3>Can I use my HSA or FSA?</h3>
<p>Yes, for visits and the program fee. If you have an FSA balance to use before the end of the year, remember that the service has to happen in 2026, so book before December 30.</p>
<h3>Do you offer gift cards?</h3>
<p>No. We are asked this every December and we understand the thought behind it, but whether treatment is appropriate is a medical decision, so we do not sell prepaid treatment. If you want to help someone you love, offering to be their support person or to drive them to appointments is a wonderful gift.</p>

<h2>Privacy</h2>
<h3>Who sees my information?</h3>
<p>Your clinicians, our care coordinators, and anyone you authorise. We do not sell data and we do not use advertising trackers in the patient portal. Prescriptions for ketamine are reported to your state's prescription monitoring program, as the law requires.</p>

<h2>Emergencies</h2>
<p>Tidewell is not an emergency service. If you are thinking about hurting yourself, call or text 988 (Suicide &amp; Crisis Lifeline), go to the nearest emergency department, or call 911. The holidays can be hard; please reach out.</p>
</main>
<aside class="sidebar">
<h4>Quick links</h4>
<ul><li><a href="/book">Book an evaluation</a></li><li><a href="/team">Meet the team</a></li><li><a href="/insurance">Insurance we accept</a></li><li><a href="/esketamine">Esketamine referral program</a></li></ul>
</aside>
<footer><p>Tidewell Telepsychiatry, PLLC &middot; 4101 Cox Rd, Glen Allen, VA &middot; <a href="/privacy">Notice of Privacy Practices</a> &middot; &copy; 2026</p></footer>
""", noise="cookie")

p("h10918", "https://harborline-health.example/providers/miguel-santos-pmhnp", "telehealth", False, "en",
  "telehealth-prescriber-bio-short", "Miguel Santos, PMHNP-BC | Harborline Health", """
<main class="provider">
<h1>Miguel Santos, PMHNP-BC</h1>
<p class="creds">Psychiatric-Mental Health Nurse Practitioner &middot; Licensed in CA (NP 95xxx), NV, TX &middot; Languages: English, Spanish</p>
<p>Miguel evaluates new patients by video and manages Harborline members through their first twelve weeks of ketamine-assisted treatment. Before joining Harborline he worked for eight years in a county crisis stabilisation unit. He sees patients Monday to Thursday; his next openings for new evaluations are December 29 and 30.</p>
<a class="btn" href="/book?provider=msantos">Book an evaluation with Miguel</a>
</main>
""")

p("h10919", "https://brightpath-virtual.example/esketamine", "telehealth", False, "en",
  "virtual-psychiatry-esketamine-referral-medium", "Esketamine evaluation & referral | BrightPath Virtual Psychiatry", """
<header><a href="/" class="logo">BrightPath Virtual Psychiatry</a>
<nav><a href="/">Home</a> <a href="/services">Services</a> <a href="/esketamine" class="active">Esketamine</a> <a href="/providers">Providers</a> <a href="/insurance">Insurance</a></nav></header>
<main>
<h1>Esketamine: we evaluate online, you are treated close to home</h1>
<p>Esketamine nasal spray (Spravato) is approved for treatment-resistant depression and for depressive symptoms with acute suicidal thoughts, alongside an oral antidepressant. Because each dose must be taken in a certified treatment centre with two hours of observation afterwards, BrightPath does not and cannot send it to you. What we do is everything before and around those visits.</p>
<ol>
<li><b>Video evaluation.</b> A BrightPath psychiatrist reviews your treatment history and decides with you whether esketamine is a reasonable next step.</li>
<li><b>Prior authorization.</b> Our care coordinators submit the paperwork to your insurer. This often takes two to three weeks, longer over the holidays.</li>
<li><b>Referral.</b> We send your records to a certified partner centre near you. You book your induction sessions directly with them.</li>
<li><b>Ongoing care.</b> We keep managing your oral antidepressant and check in by video every four to six weeks, sharing notes with the centre.</li>
</ol>
<p>Our partner centres are listed on <a href="https://treatment-centers-partner.example/brightpath">our partner referral site</a>, where you can see locations and opening times. Several partner centres have reduced hours between December 24 and January 2.</p>
<p><b>Good to know:</b> Insurers that approve a prior authorization in December may require a fresh one if your plan changes on January 1. Tell us if you are switching plans.</p>
<a class="btn" href="/book?reason=esketamine">Request an evaluation</a>
</main>
<footer><p>BrightPath Virtual Psychiatry, P.A. &middot; Clinicians licensed in GA, FL, SC, TN &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h10920", "https://seelenklar-online.example/ketamin-esketamin", "telehealth", False, "de",
  "telepsychiatry-video-eval-referral-de-medium", "Ketamin und Esketamin - Abklärung per Videosprechstunde | Seelenklar Online", """
<header><a href="/" class="logo">Seelenklar Online <small>Psychiatrische Videosprechstunde</small></a>
<nav><a href="/">Start</a> <a href="/leistungen">Leistungen</a> <a href="/aerzte">Unsere Ärztinnen und Ärzte</a> <a href="/kosten">Kosten</a> <a href="/termin">Termin</a></nav></header>
<main>
<h1>Ketamin und Esketamin: Abklärung per Video, Behandlung vor Ort</h1>
<p>Viele Patientinnen und Patienten fragen uns, ob sie Esketamin-Nasenspray oder Ketamin „online“ bekommen können. Die ehrliche Antwort: Esketamin (Spravato) wird in Deutschland ausschließlich unter ärztlicher Aufsicht in einer Praxis oder Klinik angewendet, mit anschließender Überwachung. Ein Versand nach Hause ist weder erlaubt noch sinnvoll.</p>
<p>Was wir anbieten, ist eine fachärztliche Abklärung in der Videosprechstunde. Frau Dr. med. Katrin Oberländer und Herr Dr. med. Yusuf Demir, beide Fachärzte für Psychiatrie und Psychotherapie, prüfen gemeinsam mit Ihnen, ob eine therapieresistente Depression vorliegt, welche Behandlungen bereits ausgeschöpft wurden und ob Esketamin oder eine Ketamin-Infusion für Sie in Frage kommt.</p>
<p>Wenn ja, überweisen wir Sie an eine kooperierende Praxis oder Klinikambulanz in Ihrer Nähe und schicken den Befundbericht direkt dorthin. Die Weiterbehandlung mit Antidepressiva und die Verlaufskontrollen können Sie bei uns per Video fortsetzen.</p>
<h2>Kosten</h2>
<p>Für gesetzlich Versicherte ist die Videosprechstunde mit Überweisung eine Kassenleistung. Privatversicherte und Selbstzahler erhalten eine Rechnung nach GOÄ.</p>
<h2>Sprechzeiten an den Feiertagen</h2>
<p>Vom 24. bis 26. Dezember und am 31. Dezember sowie 1. Januar finden keine Termine statt. In akuten Krisen wenden Sie sich bitte an den ärztlichen Bereitschaftsdienst (116 117), die Telefonseelsorge (0800 111 0 111) oder den Notruf 112.</p>
<a class="btn" href="/termin">Termin zur Abklärung vereinbaren</a>
</main>
<footer><p>Seelenklar Online MVZ GmbH &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></p></footer>
""", noise="cookie-de")

p("h10921", "https://mentesana-telepsiquiatria.example/ketamina", "telehealth", False, "es",
  "telepsychiatry-ketamine-short-es", "Ketamina sublingual con seguimiento médico | MenteSana Telepsiquiatría", """
<main>
<h1>Ketamina sublingual con seguimiento psiquiátrico</h1>
<p>En MenteSana la ketamina solo se indica después de una consulta por videollamada de 50 minutos con uno de nuestros psiquiatras con cédula profesional (Dra. Paula Cifuentes, Dr. Andrés Villalobos). Si el tratamiento es adecuado, la receta se envía a una farmacia con licencia sanitaria que entrega en su domicilio con identificación. Cada dosis posterior requiere una consulta de control. Durante las fiestas atendemos del 21 al 23 y del 27 al 30 de diciembre.</p>
<a href="/agendar">Agendar valoración</a>
</main>
""")

p("h10922", "https://lumen-ketamine-care.example/notices/holiday-hours-2026.txt", "telehealth", False, "en",
  "telehealth-holiday-hours-notice-txt", "Lumen Ketamine Care - holiday hours", """
Lumen Ketamine Care - Holiday hours 2026
Video visits continue Dec 21-23 and Dec 28-30. No visits Dec 24-27 or Jan 1.
Our partner pharmacy will not ship refills between Dec 23 and Dec 28. If your next refill falls in that window, your clinician will schedule your follow-up visit before Dec 22 so the prescription can go out early.
Portal messages are checked daily. For emergencies call 911 or 988.
""", ext="txt")

p("h10923", "https://psicoclara-online.example/escetamina-e-cetamina", "telehealth", False, "pt",
  "telepsychiatry-pt-medium", "Cetamina e escetamina: avaliação online | PsicoClara Online", """
<header><a href="/" class="logo">PsicoClara Online</a>
<nav><a href="/">Início</a> <a href="/servicos">Serviços</a> <a href="/equipa">Equipa médica</a> <a href="/precos">Preços</a> <a href="/marcar">Marcar consulta</a></nav></header>
<main>
<h1>Depressão resistente: avaliação por videoconsulta</h1>
<p>A PsicoClara é uma clínica de psiquiatria com consultas exclusivamente por vídeo, registada na Entidade Reguladora da Saúde. Se já experimentou dois ou mais antidepressivos sem melhoria suficiente, a nossa equipa pode avaliar se a escetamina em spray nasal ou a cetamina endovenosa são opções adequadas para si.</p>
<p>Estes tratamentos não são enviados para casa. A escetamina é administrada em meio hospitalar ou em clínica autorizada, com vigilância depois de cada sessão. Após a videoconsulta com a Dra. Inês Carvalho ou o Dr. Rui Tavares (médicos psiquiatras, inscritos na Ordem dos Médicos), enviamos um relatório e uma referenciação para uma unidade parceira em Lisboa, Porto ou Coimbra, e continuamos a acompanhar a sua medicação oral por vídeo.</p>
<h2>Preços</h2>
<p>Primeira consulta de psiquiatria (60 min): 95 &euro;. Consultas de seguimento (30 min): 60 &euro;. Aceitamos vários seguros de saúde; emitimos fatura com NIF.</p>
<h2>Horário de Natal</h2>
<p>Sem consultas nos dias 24, 25 e 31 de dezembro e 1 de janeiro. Em situação de crise, ligue SNS 24 (808 24 24 24) ou 112.</p>
<a class="btn" href="/marcar">Marcar primeira consulta</a>
</main>
<footer><p>PsicoClara Online, Lda. &middot; <a href="/privacidade">Privacidade</a> &middot; <a href="/livro-reclamacoes">Livro de Reclamações</a></p></footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics (8)

p("h10924", "https://lakeshore-behavioral.example/services/spravato-esketamine", "clinic", False, "en",
  "spravato-rems-center-long-holiday-schedule", "Spravato (esketamine) treatment | Lakeshore Behavioral Health", """
<div class="alert-bar">Holiday schedule: the Treatment Center is open Dec 21-23 (7:30am-5pm), Dec 24 (7:30am-12pm, sessions only), closed Dec 25, open Dec 26-31 with normal hours, closed Jan 1. Your care coordinator has already contacted every patient whose session falls on a closed day.</div>
<header>
<a href="/" class="logo">Lakeshore Behavioral Health</a>
<nav>
<a href="/services">Services</a>
<ul class="sub"><li><a href="/services/outpatient-psychiatry">Outpatient psychiatry</a></li><li><a href="/services/tms">TMS</a></li><li><a href="/services/spravato-esketamine">Spravato</a></li><li><a href="/services/iop">Intensive outpatient</a></li></ul>
<a href="/locations">Locations</a> <a href="/providers">Providers</a> <a href="/patients">For patients</a> <a href="/referrals">For referring clinicians</a> <a href="/pay">Pay my bill</a> <a class="btn" href="/contact">Request an appointment</a>
</nav>
</header>
<main>
<h1>Spravato&reg; (esketamine) nasal spray</h1>
<p class="lede">Lakeshore Behavioral Health is a certified treatment center under the Spravato REMS program. Our Evanston and Oak Park offices provide supervised esketamine treatment for adults with treatment-resistant depression, and for adults with major depressive disorder with acute suicidal ideation or behavior, together with an oral antidepressant.</p>

<section>
<h2>What is Spravato?</h2>
<p>Spravato is a nasal spray form of esketamine, one of the two mirror-image molecules that make up ketamine. It was approved by the FDA in 2019 for adults whose depression has not improved enough after trying at least two antidepressants, and later for adults with depressive symptoms and acute suicidal thoughts or actions. In 2025 the label was expanded so that it can also be used on its own, without an oral antidepressant, in treatment-resistant depression. It works differently from conventional antidepressants, acting on the glutamate system, and some people notice changes within days rather than weeks.</p>
<p>Spravato is not a cure and it is not right for everyone. Our psychiatrists will talk through the expected benefits and the risks with you before you decide.</p>
</section>

<section>
<h2>Why treatment happens in our office</h2>
<p>Under the FDA's Risk Evaluation and Mitigation Strategy (REMS), Spravato can only be dispensed to and administered in a certified healthcare setting. You use the device yourself, under the direct observation of a member of our clinical team, and you stay with us for at least two hours afterwards until a clinician confirms that you are ready to leave. We check your blood pressure before your dose, about 40 minutes after, and again before you go home. You cannot take Spravato home, and no pharmacy or website can legally send it to you.</p>
<p>The reason is simple: esketamine can cause sedation, dissociation (feeling disconnected from your body or surroundings) and temporary rises in blood pressure. These effects are usually mild and wear off within two hours, but we want you to be in a safe place with trained staff when they happen.</p>
</section>

<section>
<h2>A typical treatment course</h2>
<table>
<tr><th>Phase</th><th>Frequency</th><th>Time in office</th></tr>
<tr><td>Induction (weeks 1-4)</td><td>Twice a week</td><td>About 2.5 hours per visit</td></tr>
<tr><td>Maintenance (weeks 5-8)</td><td>Once a week</td><td>About 2.5 hours</td></tr>
<tr><td>Maintenance (week 9 onward)</td><td>Weekly or every other week, as your psychiatrist decides</td><td>About 2.5 hours</td></tr>
</table>
<p>Our treatment suites are private rooms with a reclining chair, dimmable lighting and headphones. Many patients bring music or an audiobook; some prefer silence. A nurse or medical assistant checks on you throughout. You may not drive or operate machinery until the next day after a restful sleep, so you will need someone to take you home or you can use a ride service that we help arrange.</p>
</section>

<section>
<h2>Who may be a good candidate</h2>
<ul>
<li>Adults 18 and older diagnosed with major depressive disorder.</li>
<li>People who have tried at least two antidepressants without adequate response, or who have acute suicidal thoughts as part of their depression (in combination with other care).</li>
<li>People who can commit to the visit schedule and to arranging transport.</li>
</ul>
<p>Spravato is not suitable if you have certain blood vessel conditions (such as an aneurysm or arteriovenous malformation), a history of bleeding in the brain, or a known allergy to esketamine or ketamine. Your psychiatrist will also ask about pregnancy, substance use, blood pressure and other medications.</p>
</section>

<section>
<h2>Getting started</h2>
<ol>
<li><b>Referral or self-referral.</b> Your psychiatrist or primary care provider can send a referral through our referral portal, or you can contact us directly.</li>
<li><b>Evaluation.</b> You meet one of our psychiatrists in person (or by video for the first visit if you prefer) for a full assessment.</li>
<li><b>Insurance authorization.</b> Our Spravato coordinator submits the prior authorization and benefits check. Most commercial plans, Medicare and Illinois Medicaid cover Spravato when criteria are met. Patients enrolled in the manufacturer's savings program may pay much less for the medication itself; we help you enroll.</li>
<li><b>First session.</b> Once approval is in, we schedule your first two weeks of visits. Please eat lightly beforehand: we recommend no food for two hours and no liquids for 30 minutes before each session.</li>
</ol>
</section>

<section>
<h2>Costs</h2>
<p>Your bill for each session has two parts: the medication, which is billed through your pharmacy benefit or medical benefit depending on your plan, and the office visit and observation time, billed under your medical benefit. Your coordinator will give you an estimate of your out-of-pocket cost before you start. If you are paying yourself, ask for our self-pay estimate sheet.</p>
<p><b>End-of-year note:</b> Many deductibles reset on January 1. If you have already met your 2026 deductible, sessions before December 31 may cost you less. If your insurance changes in the new year, please tell us now so we can start a new authorization and avoid a gap in treatment.</p>
</section>

<section>
<h2>What patients ask us</h2>
<h3>Will I feel "high"?</h3>
<p>Many people feel dreamy, floaty or detached for part of the observation period. It usually peaks around 30-40 minutes and fades well before you leave. Some people feel very little.</p>
<h3>Do I keep taking my antidepressant?</h3>
<p>Usually yes. Your psychiatrist will decide with you.</p>
<h3>Can I bring someone with me?</h3>
<p>Your driver is welcome to wait in our lounge. For privacy, support people generally do not sit in the treatment room, but exceptions can be made.</p>
<h3>What if I miss a session over the holidays?</h3>
<p>Call us. Missing one maintenance session is usually not a problem; missing several during induction may mean your psychiatrist adjusts the schedule.</p>
</section>

<section class="locations">
<h2>Where we provide Spravato</h2>
<p><b>Evanston:</b> 1604 Chicago Ave, 3rd floor. Parking in the Sherman Plaza garage, validated.<br>
<b>Oak Park:</b> 715 Lake St, Suite 210. Two blocks from the Green Line.</p>
<p>Spravato line: (555) 019-3300, Monday-Friday 7:30am-5pm.</p>
</section>
</main>
<footer>
<p>Lakeshore Behavioral Health, S.C. &middot; <a href="/privacy">Notice of Privacy Practices</a> &middot; <a href="/price-transparency">Price transparency</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></p>
<p>If you are in crisis, call or text 988 or go to the nearest emergency room. &copy; 2026 Lakeshore Behavioral Health</p>
</footer>
""", noise="cookie")

p("h10925", "https://riverbend-infusion.example/gift-cards", "clinic", False, "en",
  "infusion-clinic-gift-card-promo-short", "Holiday gift cards | Riverbend Infusion & Wellness", """
<main>
<h1>Holiday gift cards</h1>
<p>Give someone a little care this season. Riverbend gift cards can be used toward IV hydration, vitamin infusions, massage in our recovery suite, or the consultation fee for a ketamine infusion evaluation. Ketamine treatment itself is only scheduled after an in-person assessment with our medical director, Dr. Helen Marsh, so a gift card cannot be redeemed for infusions without that visit. Cards are available in $50, $100 and $250 at the front desk or online until December 24, and we are open Dec 26-30 if the recipient wants to use theirs right away.</p>
<a class="btn" href="/gift-cards/buy">Buy a gift card</a>
</main>
""")

p("h10926", "https://summit-ketamine-clinic.example/patients/billing-insurance", "clinic", False, "en",
  "clinic-billing-insurance-faq-medium", "Billing & insurance | Summit Ketamine Clinic", """
<header><a href="/" class="logo">Summit Ketamine Clinic</a>
<nav><a href="/treatments">Treatments</a> <a href="/team">Our team</a> <a href="/patients">Patients</a> <a href="/patients/billing-insurance" class="active">Billing</a> <a href="/pay">Pay online</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Billing and insurance</h1>
<h2>How we bill</h2>
<p>IV ketamine infusions for depression and chronic pain are not covered by most insurance plans, so we bill them as self-pay at the time of service. The first infusion is $550, each following infusion in the initial series is $475, and booster infusions are $450. The series of six paid in advance is $2,600. The initial consultation with our anesthesiologist, Dr. Samuel Okafor, and our psychiatric nurse practitioner is $250 and is credited toward your first infusion if you go ahead.</p>
<p>Spravato (esketamine) sessions at our REMS-certified location are billed to your insurance. We verify benefits before your first visit.</p>
<h2>Superbills</h2>
<p>We give every self-pay patient a superbill with diagnosis and procedure codes. Some patients receive partial out-of-network reimbursement, especially for the consultation and monitoring time. We cannot promise reimbursement.</p>
<h2>Payment options</h2>
<p>Card, HSA/FSA card, or financing through a third-party medical lender. You can pay an outstanding balance through our <a href="/pay">online payment portal</a> with your statement number.</p>
<h2>Year-end questions</h2>
<p><b>Can I prepay 2027 infusions with my 2026 FSA?</b> No. FSA rules tie the expense to the date of the service, not the date of payment. <b>Can I buy a package now at this year's price?</b> Our prices for 2027 are not changing, so there is no need to rush. <b>Do you need my new insurance card?</b> Yes, please upload it in the portal before your first visit in January, especially if you receive Spravato.</p>
<h2>Holiday office hours</h2>
<p>Billing office closed Dec 24-25 and Jan 1. Infusions continue on Dec 22, 23, 26, 29 and 30.</p>
</main>
<footer><p>Summit Ketamine Clinic, 2200 S Colorado Blvd, Denver &middot; <a href="/privacy">Privacy</a> &middot; <a href="/good-faith-estimate">Good faith estimate</a></p></footer>
""", noise="cookie")

p("h10927", "https://chu-armorique.example/psychiatrie/unite-depression-resistante", "clinic", False, "fr",
  "hospital-department-esketamine-ketamine-long-fr", "Unité de prise en charge des dépressions résistantes - CHU d'Armorique", """
<header class="chu">
<a href="/" class="logo">CHU d'Armorique</a>
<nav><a href="/patients">Patients et visiteurs</a> <a href="/services">Services et spécialités</a> <a href="/professionnels">Professionnels de santé</a> <a href="/recherche">Recherche</a> <a href="/recrutement">Recrutement</a> <a href="/contact">Nous contacter</a></nav>
<p class="fil">Accueil &gt; Services et spécialités &gt; Pôle de psychiatrie &gt; Unité de prise en charge des dépressions résistantes</p>
</header>
<div class="info-fetes"><b>Fêtes de fin d'année :</b> le secrétariat de l'unité sera fermé les 24, 25 et 31 décembre après-midi ainsi que le 1er janvier. Les séances d'eskétamine et de kétamine programmées sont maintenues, à l'exception du 25 décembre et du 1er janvier. Les patients concernés ont été prévenus par téléphone.</div>
<main>
<h1>Unité de prise en charge des dépressions résistantes (UPDR)</h1>
<p class="chapo">L'UPDR accueille en hôpital de jour les adultes souffrant d'un épisode dépressif caractérisé qui n'a pas répondu à au moins deux traitements antidépresseurs bien conduits. L'unité propose une évaluation spécialisée, des traitements de stimulation cérébrale et des traitements par eskétamine et kétamine.</p>

<section>
<h2>Qui peut être adressé à l'unité ?</h2>
<p>Les patients sont adressés par leur psychiatre traitant ou, à défaut, par leur médecin généraliste, au moyen d'un courrier précisant les traitements antérieurs (molécules, doses, durées) et, si possible, les résultats des échelles utilisées lors du suivi. L'unité ne reçoit pas de demandes directes des patients sans courrier médical, mais le secrétariat peut vous orienter si vous n'avez pas de psychiatre.</p>
<p>Le délai moyen entre la réception du courrier et la première consultation est actuellement de sept semaines. Les demandes urgentes, notamment en cas de risque suicidaire élevé, sont examinées chaque semaine par l'équipe et peuvent être vues plus rapidement.</p>
</section>

<section>
<h2>Le bilan d'évaluation</h2>
<p>Le parcours commence par une consultation avec un psychiatre de l'unité, suivie d'une demi-journée d'évaluation en hôpital de jour : entretien structuré, échelles de dépression et d'anxiété, bilan neuropsychologique court, électrocardiogramme, bilan sanguin et mesure de la tension artérielle. L'ensemble permet de confirmer le caractère résistant de la dépression, de rechercher des facteurs qui entretiennent l'épisode (trouble bipolaire méconnu, trouble anxieux, consommation d'alcool, problème thyroïdien, traitement insuffisamment dosé) et de proposer une stratégie.</p>
<p>À l'issue du bilan, une synthèse est adressée au médecin qui vous a orienté. Elle peut recommander un ajustement du traitement antidépresseur, une psychothérapie structurée, une stimulation magnétique transcrânienne, une électroconvulsivothérapie, ou un traitement par eskétamine ou par kétamine.</p>
</section>

<section>
<h2>L'eskétamine par voie nasale</h2>
<p>L'eskétamine (Spravato&reg;) est indiquée chez l'adulte, en association avec un antidépresseur, dans le traitement des épisodes dépressifs caractérisés résistants et, en traitement de courte durée, dans les situations d'urgence psychiatrique. Le médicament est réservé à l'usage hospitalier : il est délivré par la pharmacie de l'établissement et administré exclusivement dans l'unité, par le patient lui-même, sous le contrôle d'un infirmier.</p>
<p>Chaque séance dure environ deux heures et demie. La tension artérielle est mesurée avant la pulvérisation puis à intervalles réguliers ; le patient reste sous surveillance jusqu'à ce que l'équipe estime que les effets (somnolence, sensation de détachement, vertiges) se sont dissipés. La conduite d'un véhicule est déconseillée jusqu'au lendemain : il est nécessaire d'organiser son retour, par un proche ou en transport. Un bon de transport peut être établi dans certaines situations.</p>
<p>Le rythme habituel est de deux séances par semaine pendant quatre semaines, puis d'une séance hebdomadaire, puis d'une séance toutes les une ou deux semaines selon la réponse. La poursuite du traitement est réévaluée régulièrement.</p>
</section>

<section>
<h2>La kétamine par voie intraveineuse</h2>
<p>Dans certaines situations, notamment dans le cadre de protocoles de recherche ou lorsque l'eskétamine n'est pas adaptée, l'équipe peut proposer des perfusions de kétamine à faible dose, réalisées en hôpital de jour sous surveillance continue (scope, tension, saturation). Ces perfusions durent quarante minutes et sont suivies d'une surveillance d'au moins une heure. Elles sont décidées en réunion d'équipe et font l'objet d'une information écrite détaillée.</p>
<p>La kétamine utilisée est un médicament hospitalier. Nous rappelons qu'aucun produit vendu sur internet, présenté comme de la kétamine « pour la dépression » ou comme un « spray d'eskétamine générique », ne présente de garanties de qualité ou de sécurité. Si vous avez acheté un tel produit, parlez-en sans crainte à votre médecin.</p>
</section>

<section>
<h2>Conseils pratiques pour votre première séance</h2>
<p>Prévoyez une demi-journée complète. Évitez de manger dans les deux heures qui précèdent la séance et de boire dans la demi-heure qui précède. Apportez la liste de vos traitements, de quoi vous occuper calmement (musique, livre) et, si vous le souhaitez, un plaid. Un proche peut vous attendre dans le salon des familles au rez-de-chaussée. Si vous êtes enrhumé le jour de la séance, prévenez l'équipe : l'administration nasale peut être décalée. Après la séance, reposez-vous le reste de la journée et évitez l'alcool.</p>
</section>

<section>
<h2>Autres traitements proposés</h2>
<ul>
<li>Stimulation magnétique transcrânienne répétitive (rTMS), y compris protocoles accélérés.</li>
<li>Électroconvulsivothérapie (ECT), en lien avec le service d'anesthésie.</li>
<li>Psychothérapies : thérapie cognitive et comportementale de groupe, programme de psychoéducation pour les patients et leurs proches.</li>
<li>Consultation de pharmacologie clinique pour l'optimisation des traitements.</li>
</ul>
</section>

<section>
<h2>Recherche clinique</h2>
<p>L'unité participe à plusieurs études multicentriques sur la dépression résistante, dont une étude comparant deux rythmes d'administration de l'eskétamine et une cohorte nationale de suivi. La participation est toujours proposée, jamais imposée, et n'a aucune conséquence sur votre prise en charge si vous la refusez.</p>
</section>

<section>
<h2>Prise en charge financière</h2>
<p>Les consultations, l'hôpital de jour et les traitements sont pris en charge par l'Assurance maladie dans les conditions habituelles. Le forfait journalier ne s'applique pas en hôpital de jour. Pensez à apporter votre carte Vitale, votre carte de mutuelle et, le cas échéant, votre attestation de complémentaire santé solidaire.</p>
</section>

<section>
<h2>L'équipe</h2>
<p>Responsable de l'unité : Pr Anne-Sophie Le Gall. Psychiatres : Dr Mathieu Kervella, Dr Yasmina Haddad, Dr Pierre Guillou. Cadre de santé : Mme Nolwenn Tanguy. L'équipe comprend également des infirmiers formés à l'administration de l'eskétamine, une neuropsychologue, une pharmacienne et une assistante sociale.</p>
</section>

<section class="contact">
<h2>Nous contacter</h2>
<p>Secrétariat de l'UPDR : 02 00 00 41 20, du lundi au vendredi de 9 h à 12 h 30 et de 13 h 30 à 16 h 30.<br>
Adresse : Bâtiment Laennec, 2e étage, 5 avenue Foch.<br>
Courriers des médecins : via la messagerie sécurisée de santé ou par courrier postal.</p>
<p>En cas d'urgence, composez le 15 ou le 3114 (numéro national de prévention du suicide), ou rendez-vous aux urgences.</p>
</section>
</main>
<footer>
<p>CHU d'Armorique &middot; <a href="/mentions-legales">Mentions légales</a> &middot; <a href="/accessibilite">Accessibilité</a> &middot; <a href="/donnees-personnelles">Données personnelles</a> &middot; <a href="/plan">Plan d'accès</a></p>
</footer>
""", noise="cookie-fr")

p("h10928", "https://centrodepressione-verona.example/esketamina", "clinic", False, "it",
  "outpatient-esketamine-centre-it-medium", "Trattamento con esketamina | Centro per i Disturbi dell'Umore - Verona", """
<header><a href="/" class="logo">Centro per i Disturbi dell'Umore</a>
<nav><a href="/">Home</a> <a href="/chi-siamo">Chi siamo</a> <a href="/trattamenti">Trattamenti</a> <a href="/esketamina" class="attivo">Esketamina</a> <a href="/prenota">Prenota</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Esketamina spray nasale per la depressione resistente</h1>
<p>Il nostro centro ambulatoriale, accreditato con il Servizio Sanitario Regionale, somministra esketamina spray nasale a pazienti adulti con depressione maggiore resistente, su indicazione dei nostri psichiatri. Il farmaco è di uso ospedaliero e non può essere portato a casa: ogni seduta si svolge nel nostro ambulatorio, con misurazione della pressione prima e dopo l'erogazione e un periodo di osservazione di almeno due ore.</p>
<h2>Come accedere</h2>
<p>Serve una prima visita psichiatrica presso il centro (con impegnativa del medico di base o privatamente, 140 &euro;). Lo psichiatra valuta la storia dei trattamenti e, se l'indicazione è confermata, compila il piano terapeutico. Le sedute successive sono prenotate dalla nostra segreteria.</p>
<h2>Cosa portare</h2>
<p>Elenco dei farmaci che assume, eventuali referti precedenti, tessera sanitaria. Dopo la seduta non può guidare fino al giorno seguente: venga accompagnato.</p>
<h2>Orari durante le festività</h2>
<p>Le sedute proseguono regolarmente il 22, 23, 29 e 30 dicembre. Il centro è chiuso il 24, 25, 26 e 31 dicembre e il 1° e 6 gennaio. I pazienti in trattamento di induzione sono stati riprogrammati individualmente.</p>
<p>Segreteria: 045 000 2210, dal lunedì al venerdì 8:30-13:00.</p>
</main>
<footer><p>Centro per i Disturbi dell'Umore S.r.l. &middot; Direttore sanitario: Dott.ssa Chiara Benedetti &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h10929", "https://ggz-rivierenland-voorbeeld.example/behandelingen/esketamine", "clinic", False, "nl",
  "mental-health-institute-esketamine-nl-short", "Esketamine-behandeling | GGZ Rivierenland", """
<main>
<h1>Esketamine-neusspray</h1>
<p>Bij depressie die niet verbetert na meerdere behandelingen kan uw psychiater bij ons een behandeling met esketamine-neusspray voorstellen. U gebruikt de spray op onze polikliniek in Tiel onder toezicht van een verpleegkundige en blijft daarna ongeveer twee uur ter observatie. Rijd die dag niet zelf naar huis. Rond de feestdagen is de polikliniek gesloten op 25 en 26 december en 1 januari; geplande behandelingen worden verschoven in overleg met uw behandelaar.</p>
<p>Aanmelden gaat via een verwijzing van uw huisarts of psychiater.</p>
</main>
""", noise="cookie-nl")

p("h10930", "https://stillwater-kap.example/updates/december", "clinic", False, "en",
  "kap-practice-holiday-update-txt", "Stillwater KAP - December update", """
Stillwater Ketamine-Assisted Psychotherapy - December update
Our office at 88 Pine Street will be closed Dec 24 through Dec 27. In-office IM ketamine sessions with Dr. Ruth Hadley and our therapists resume Monday Dec 28.
Integration groups meet as usual on Dec 22 and Dec 29 (in person, 6pm). If you have a session booked on a closed day, Jenna at the front desk will call you this week to reschedule.
Wishing you a gentle holiday season.
""", ext="txt")

p("h10931", "https://clinica-serenia-madrid.example/tratamientos/ketamina-intravenosa", "clinic", False, "es",
  "infusion-clinic-es-long-bonos-tarjeta-regalo", "Ketamina intravenosa para la depresión resistente | Clínica Serenia Madrid", """
<header>
<div class="aviso-navidad">&#127876; Horario de Navidad: abrimos los días 22, 23, 26, 29 y 30 de diciembre de 9:00 a 15:00. Cerrado el 24, 25 y 31 de diciembre y el 1 de enero.</div>
<a href="/" class="logo">Clínica Serenia <small>Salud mental &middot; Madrid</small></a>
<nav><a href="/">Inicio</a> <a href="/equipo">Equipo médico</a> <a href="/tratamientos">Tratamientos</a> <a href="/tratamientos/ketamina-intravenosa" class="activo">Ketamina intravenosa</a> <a href="/tratamientos/esketamina">Esketamina</a> <a href="/tratamientos/emt">Estimulación magnética</a> <a href="/precios">Precios</a> <a href="/blog">Blog</a> <a href="/cita" class="boton">Pedir cita</a></nav>
</header>
<main>
<h1>Ketamina intravenosa para la depresión resistente</h1>
<p class="entrada">En Clínica Serenia administramos ketamina por vía intravenosa a dosis subanestésicas a pacientes adultos con depresión que no ha mejorado lo suficiente con al menos dos tratamientos antidepresivos. Cada infusión se realiza en nuestras instalaciones de la calle Príncipe de Vergara, con monitorización continua y bajo la supervisión de un médico anestesiólogo y un psiquiatra.</p>

<section>
<h2>¿Qué es la ketamina y por qué se usa en depresión?</h2>
<p>La ketamina es un anestésico que se utiliza desde los años setenta en quirófanos y servicios de urgencias. A dosis mucho más bajas que las anestésicas, numerosos ensayos clínicos han mostrado que puede producir una mejoría rápida de los síntomas depresivos en personas que no responden a los antidepresivos habituales, incluida una reducción de las ideas de suicidio en los días siguientes a la infusión. Su mecanismo es distinto al de los fármacos clásicos: actúa sobre el sistema del glutamato y favorece la formación de nuevas conexiones entre neuronas.</p>
<p>No es un tratamiento milagroso. Aproximadamente la mitad de los pacientes con depresión resistente responde de forma significativa, y el efecto tiende a disminuir con el tiempo si no se acompaña de otras medidas. Por eso en Serenia la ketamina siempre forma parte de un plan de tratamiento más amplio que incluye psicoterapia y seguimiento psiquiátrico.</p>
</section>

<section>
<h2>¿Quién puede recibir el tratamiento?</h2>
<p>Antes de cualquier infusión realizamos una valoración presencial completa. En la primera consulta, de unos 60 minutos, la psiquiatra revisa su historia clínica, los tratamientos previos y sus expectativas. Solicitamos una analítica reciente, un electrocardiograma y una toma de tensión arterial. Después, el anestesiólogo valora si existe alguna contraindicación.</p>
<p>No indicamos ketamina en personas con hipertensión no controlada, enfermedad cardiovascular grave, antecedentes de psicosis, consumo activo de sustancias o embarazo. Tampoco la indicamos como primer tratamiento: si todavía no ha probado otras opciones con garantías, le propondremos empezar por ellas.</p>
</section>

<section>
<h2>¿Cómo es una sesión?</h2>
<p>Llegue con al menos cuatro horas de ayuno de sólidos y dos de líquidos. Le acompañaremos a una sala individual con un sillón reclinable, luz regulable y auriculares. La enfermera coloca una vía en el brazo y los sensores de monitorización (tensión, frecuencia cardiaca y saturación de oxígeno). La infusión dura 40 minutos. Durante ese tiempo es habitual notar una sensación de desconexión o de sueño ligero, que desaparece poco después de terminar.</p>
<p>Tras la infusión permanecerá en observación al menos 60 minutos. No podrá conducir hasta el día siguiente, por lo que debe venir acompañado o utilizar un taxi. Antes de irse, el médico comprobará que se encuentra bien y le dará la cita siguiente.</p>
</section>

<section>
<h2>Pauta habitual</h2>
<p>La pauta inicial más utilizada es de seis infusiones en tres semanas (dos por semana). Tras la sexta infusión revisamos con usted la evolución utilizando las escalas de depresión que habrá rellenado antes de cada sesión. Si ha habido respuesta, podemos proponer infusiones de mantenimiento cada tres o cuatro semanas, siempre individualizadas. Si no ha habido respuesta, se lo diremos con claridad y buscaremos otras alternativas.</p>
</section>

<section>
<h2>Esketamina intranasal</h2>
<p>También somos centro autorizado para la administración de esketamina intranasal (Spravato&reg;). Se administra en la clínica, con el mismo protocolo de vigilancia de al menos dos horas. Puede consultar los detalles en la página de <a href="/tratamientos/esketamina">esketamina</a>.</p>
</section>

<section class="precios">
<h2>Precios</h2>
<table>
<tr><th>Concepto</th><th>Precio</th></tr>
<tr><td>Primera consulta de valoración (psiquiatría + anestesia)</td><td>180 &euro;</td></tr>
<tr><td>Infusión individual de ketamina</td><td>390 &euro;</td></tr>
<tr><td>Bono de 6 infusiones (fase inicial)</td><td>2.100 &euro;</td></tr>
<tr><td>Infusión de mantenimiento</td><td>360 &euro;</td></tr>
<tr><td>Sesión de psicoterapia de integración (50 min)</td><td>80 &euro;</td></tr>
</table>
<p>El bono solo se puede adquirir después de la consulta de valoración y si el equipo médico indica el tratamiento. Si el tratamiento se interrumpe por motivos médicos, se devuelve el importe de las sesiones no realizadas. Trabajamos con varias aseguradoras privadas para la consulta de psiquiatría; las infusiones no suelen estar cubiertas. Aceptamos pago con tarjeta, transferencia y financiación sin intereses hasta 12 meses.</p>
</section>

<section class="regalo">
<h2>Tarjeta regalo de Navidad</h2>
<p>Cada año nos preguntan si se puede regalar un tratamiento. Lo que ofrecemos es una tarjeta regalo canjeable por una primera consulta de valoración o por sesiones de psicoterapia. La persona que la recibe decide si quiere utilizarla, y el tratamiento con ketamina solo se inicia si el equipo médico lo considera adecuado tras la valoración. Las tarjetas se pueden comprar en recepción o pidiéndolas por teléfono hasta el 23 de diciembre.</p>
</section>

<section class="equipo">
<h2>Equipo</h2>
<p>Dra. Elena Rubio Sanz, psiquiatra, directora médica (n.º de colegiada 28/2845xx). Dr. Javier Olmedo, anestesiólogo. Dña. Marta Quintana, enfermera. Dña. Lucía Ferrer, psicóloga sanitaria. Centro sanitario autorizado por la Comunidad de Madrid.</p>
</section>

<section class="faq">
<h2>Preguntas frecuentes</h2>
<h3>¿Puedo recibir ketamina en casa?</h3>
<p>No. Todas las infusiones se administran en la clínica con monitorización. Desconfíe de las webs que venden ketamina o esketamina para uso domiciliario sin valoración médica.</p>
<h3>¿Tengo que dejar mi medicación actual?</h3>
<p>En la mayoría de los casos no. Algunos fármacos, como ciertas benzodiacepinas a dosis altas o la lamotrigina, pueden reducir el efecto y se valorará ajustarlos con su psiquiatra.</p>
<h3>¿Es adictiva?</h3>
<p>A las dosis y con la frecuencia que usamos, el riesgo es bajo, pero existe. Por eso controlamos el número de sesiones y no administramos ketamina fuera de la pauta.</p>
<h3>¿Puedo venir desde fuera de Madrid?</h3>
<p>Sí. Muchos pacientes vienen de otras provincias durante la fase inicial y después continúan el seguimiento psiquiátrico por videoconsulta.</p>
</section>

<section class="llegar">
<h2>Cómo llegar</h2>
<p>Estamos a cinco minutos a pie de la estación de metro de Avenida de América (líneas 4, 6, 7 y 9). Hay un aparcamiento público en la misma calle, aunque recuerde que después de la infusión no podrá conducir. Si viene en taxi, recepción puede pedirle uno para la vuelta.</p>
</section>

<a class="boton" href="/cita">Pedir cita de valoración</a>
</main>
<footer>
<p>Clínica Serenia, S.L. &middot; Calle Príncipe de Vergara 1xx, 28002 Madrid &middot; Tel. 910 00 00 00 &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Privacidad</a> &middot; <a href="/cookies">Cookies</a></p>
<p>Si está pensando en hacerse daño, llame al 024 (línea de atención a la conducta suicida) o al 112.</p>
</footer>
""", noise="cookie-es")

# ---------------------------------------------------------------- informational (9)

p("h10932", "https://lakecity-courier.example/news/2026/12/20/ketamine-holiday-parcels-seized", "informational", False, "en",
  "news-article-seizure-holiday-parcels-long", "Ketamine hidden in 'Christmas gift' parcels as online sellers chase holiday demand - Lake City Courier", """
<header class="masthead">
<a href="/" class="logo">The Lake City Courier</a>
<nav><a href="/news">News</a> <a href="/news/local">Local</a> <a href="/news/crime">Crime &amp; Courts</a> <a href="/health">Health</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/sports">Sports</a> <a href="/subscribe" class="sub">Subscribe: $1 for 3 months</a></nav>
</header>
<div class="paywall-note">You have 2 free articles left this month. <a href="/subscribe">Subscribe</a> for unlimited access.</div>
<main>
<article>
<p class="kicker">Crime &amp; Courts</p>
<h1>Ketamine hidden in 'Christmas gift' parcels as online sellers chase holiday demand</h1>
<p class="dek">Postal inspectors say seizures at the regional sorting center have tripled since Thanksgiving. Many of the parcels were ordered from websites that market ketamine as a do-it-yourself depression treatment.</p>
<p class="byline">By Danielle Okoro &middot; December 20, 2026 at 6:00 a.m.</p>

<p>The boxes look like any other holiday delivery. One was printed with snowflakes and the logo of a skincare brand; another held a set of phone cases with a packing slip from a company in Nevada. Inside each, wrapped in two layers of vacuum-sealed plastic, was a bag of white crystals.</p>
<p>"It is the busiest time of year for us, and the sellers know it," said a U.S. Postal Inspection Service supervisor at the regional processing center outside Lake City, who asked not to be named because she works on active cases. "They are counting on the volume. They think one more gift box will not be noticed."</p>
<p>Since the week of Thanksgiving, inspectors at the center have intercepted 61 parcels containing ketamine, compared with 19 over the same period last year, according to figures provided to the Courier. Most contained between 5 and 25 grams. Several held sealed vials of veterinary ketamine and, in four cases, nasal spray devices labelled as generic esketamine from overseas manufacturers.</p>

<h2>A market built on a real treatment</h2>
<p>Ketamine, an anesthetic used in hospitals and veterinary practices for decades, has a growing and legitimate role in psychiatry. Infusion clinics offer it for treatment-resistant depression, and a nasal spray form of esketamine, sold as Spravato, is approved by the Food and Drug Administration but can only be given in certified clinics where patients are observed for two hours afterwards.</p>
<p>That medical reputation has become a marketing tool for illegal sellers. The Courier reviewed two dozen websites and social media accounts advertising ketamine this month. Many borrowed the language of clinics, promising relief from "holiday depression" and "winter blues." One site, KPharma Direct, advertised a "12 Days of Christmas" sale with 10 grams of crystal for $329 and five vials for $379, and told visitors that customers used its products "for the same reasons" as clinic patients "at a fraction of the cost." Another, which calls itself a telehealth company, promised approval "in minutes" after a three-minute questionnaire and was selling gift cards as stocking stuffers.</p>
<p>Neither site responded to emails. KPharma's listed WhatsApp number rang unanswered.</p>
<p>On the street and on social media, prices quoted to the Courier ranged from $25 to $40 a gram, with "holiday specials" offering a free gram with larger orders. A handful of accounts on a photo-sharing app posted "Christmas menus" with ketamine listed next to cocaine and MDMA, directing buyers to encrypted messaging apps.</p>

<h2>'They are selling hope'</h2>
<p>Dr. Priya Raman, a psychiatrist who runs the treatment-resistant depression program at Lake City University Hospital, said she has seen more patients this year who tried to treat themselves with ketamine bought online before coming to her clinic.</p>
<p>"These are not reckless people. They are people who have been depressed for years, who have been told about a treatment that works and then told the waiting list is four months," she said. "The sellers are selling hope, and they are selling it without any of the things that make it safe: a diagnosis, someone checking your blood pressure, someone who notices when it stops helping and starts hurting."</p>
<p>Raman said the clinic has treated two patients this year for bladder damage linked to frequent ketamine use, a condition known as ketamine uropathy that can be severe and in rare cases permanent. She also worries about people using ketamine alone, or mixing it with alcohol at holiday parties.</p>
<p>"Ketamine and alcohol together is how people end up unconscious and choking," she said.</p>

<h2>Regulators issue warnings</h2>
<p>The FDA has issued several warnings over the past three years about compounded ketamine products marketed for at-home use and about websites selling ketamine without a prescription. Last week, the agency sent letters to eleven websites, including three that claimed to sell generic esketamine nasal spray, warning that they were offering unapproved and misbranded drugs. The state Board of Pharmacy issued its own notice on Tuesday reminding residents that no licensed pharmacy in the state ships ketamine without a valid prescription.</p>
<p>"If you are being offered ketamine without ever speaking to a clinician, that is not a pharmacy and it is not telehealth," the board's executive director, Marcus Feld, said in a statement. "Legitimate telehealth providers evaluate patients by video and work with licensed pharmacies. Anything else is a drug sale."</p>

<h2>Cases in court</h2>
<p>Federal prosecutors in the Western District this month charged two men with conspiracy to distribute ketamine after inspectors traced a series of parcels to a storage unit in a suburb east of the city. According to the complaint, the men ran three websites, took payment in cryptocurrency and gift cards, and offered to reship any parcel that was seized. Investigators found more than 4 kilograms of ketamine, shipping supplies and a printer used to make fake invoices for a cosmetics company. Both men have pleaded not guilty. Their attorney did not respond to a request for comment.</p>
<p>A separate case in county court involves a 23-year-old woman charged with selling ketamine through an account that advertised "xmas specials" and offered same-day delivery downtown. Her public defender said she intends to contest the charges.</p>

<h2>What to do if you are struggling</h2>
<p>Raman encouraged anyone considering ketamine for depression to talk to their doctor first and ask about referral options, including in-person clinics and telehealth services that evaluate patients before prescribing. People who have already used ketamine bought online should not be afraid to tell their doctor, she said.</p>
<p>"Nobody is going to report you for telling us the truth," she said. "We just want to know so we can keep you safe."</p>
<p>If you or someone you know is in crisis, call or text 988 to reach the Suicide &amp; Crisis Lifeline. The state's drug checking program offers free, anonymous testing at three locations in the city; its holiday hours are listed on its website.</p>
<p class="correction"><i>This article was updated at 9:40 a.m. to clarify the number of parcels seized last year.</i></p>
</article>
</main>
<aside class="related">
<h4>Related coverage</h4>
<ul><li><a href="/news/2026/11/02/ketamine-clinic-waitlists">Ketamine clinics report months-long waitlists</a></li><li><a href="/health/2026/12/14/winter-blues-or-depression">Winter blues or depression? How to tell the difference</a></li><li><a href="/news/2026/10/18/fda-warning-compounded-ketamine">FDA renews warning on at-home ketamine products</a></li></ul>
<h4>Most read</h4>
<ol><li><a href="/news/local/snowstorm-closes-i-90">Snowstorm closes stretch of I-90</a></li><li><a href="/business/holiday-retail-sales">Holiday retail sales beat forecasts</a></li><li><a href="/sports/hawks-clinch">Hawks clinch playoff spot</a></li></ol>
</aside>
<footer><p>&copy; 2026 The Lake City Courier &middot; <a href="/about">About us</a> &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/tips">Send us a tip</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h10933", "https://state-pharmacy-board.example/news/2026-12-15-consumer-alert-ketamine-online", "informational", False, "en",
  "regulator-consumer-alert-medium", "Consumer alert: ketamine and esketamine sold online | State Board of Pharmacy", """
<header><a href="/" class="logo">State Board of Pharmacy</a>
<nav><a href="/licensees">Licensees</a> <a href="/consumers">Consumers</a> <a href="/verify">Verify a license</a> <a href="/complaints">File a complaint</a> <a href="/news">News</a></nav></header>
<main>
<p class="date">December 15, 2026 &middot; Consumer alert</p>
<h1>Consumer alert: ketamine and esketamine offered online without a prescription</h1>
<p>The Board has received a growing number of complaints about websites, social media accounts and messaging groups offering ketamine, "generic esketamine nasal spray" and related compounds to residents of this state. Complaints typically rise in December, when sellers run holiday promotions.</p>
<h2>What the law says</h2>
<p>Ketamine is a Schedule III controlled substance. It may only be dispensed by a licensed pharmacy against a valid prescription issued after a legitimate clinician-patient relationship. Esketamine nasal spray (Spravato) may only be dispensed to certified healthcare settings and administered there under observation; it is never dispensed to patients for home use.</p>
<h2>Warning signs</h2>
<ul>
<li>No prescription required, or "approval" after a short online questionnaire with no video visit.</li>
<li>Payment by cryptocurrency, gift cards or peer-to-peer apps.</li>
<li>Ordering through WhatsApp, Telegram or direct messages.</li>
<li>Promises of "discreet" or "stealth" packaging and free reshipping if a parcel is seized.</li>
<li>Esketamine offered for home delivery.</li>
</ul>
<h2>How to check a pharmacy or provider</h2>
<p>Use the Board's <a href="/verify">license lookup</a> to confirm that a pharmacy is licensed to ship to this state. Legitimate telehealth providers list their clinicians by name and licence number and evaluate patients by video before prescribing.</p>
<h2>Report a website</h2>
<p>Report suspicious sellers through our <a href="/complaints">complaint form</a>. You do not need to have placed an order. If you took a product bought online and feel unwell, contact Poison Control at 1-800-222-1222.</p>
</main>
<footer><p>State Board of Pharmacy &middot; 500 Capitol Mall &middot; Holiday closure: Dec 24-25 and Jan 1</p></footer>
""")

p("h10934", "https://drogenhilfe-mitte.example/safer-use/ketamin-feiertage", "informational", False, "de",
  "harm-reduction-ketamine-holidays-de-medium", "Ketamin über die Feiertage: Safer-Use-Tipps | Drogenhilfe Mitte", """
<header><a href="/" class="logo">Drogenhilfe Mitte e.V.</a>
<nav><a href="/beratung">Beratung</a> <a href="/safer-use">Safer Use</a> <a href="/drug-checking">Drug Checking</a> <a href="/spenden">Spenden</a></nav></header>
<main>
<h1>Ketamin über die Feiertage: was du wissen solltest</h1>
<p>Zwischen Weihnachtsfeier, Familienbesuch und Silvester wird in unserer Beratung jedes Jahr mehr über Ketamin gesprochen. Wir verurteilen niemanden. Wenn du konsumierst, wollen wir, dass du gut durch die Feiertage kommst.</p>
<h2>Kein Mischkonsum mit Alkohol</h2>
<p>Ketamin zusammen mit Alkohol, Benzodiazepinen oder GHB/GBL erhöht das Risiko von Bewusstlosigkeit, Erbrechen und Ersticken stark. Gerade auf Feiern, wo Glühwein und Sekt fließen, passiert das schnell.</p>
<h2>Dosierung und Substanz</h2>
<p>Was als „Ketamin“ verkauft wird, ist nicht immer Ketamin. In unserem Drug Checking fanden wir in diesem Jahr mehrfach 2F-DCK, O-PCE oder Gemische. Diese Stoffe wirken anders und oft länger. Nutze unser Drug Checking (bis 22.12. geöffnet, danach wieder ab 5.1.) und fang niedrig an.</p>
<h2>Nicht allein konsumieren</h2>
<p>Sorg dafür, dass eine nüchterne Person in der Nähe ist. Bleib an einem sicheren Ort, nicht in der Nähe von Wasser, Treppen oder Straßen, und fahr kein Auto.</p>
<h2>Blase und Häufigkeit</h2>
<p>Häufiger Konsum kann die Blase schwer schädigen. Schmerzen beim Wasserlassen, Blut im Urin oder ständiger Harndrang sind Warnzeichen. Sprich mit einer Ärztin oder einem Arzt, auch wenn du Angst vor Fragen hast.</p>
<h2>Ketamin als Selbstbehandlung?</h2>
<p>Viele erzählen uns, dass sie Ketamin aus dem Netz gegen Depressionen nehmen. Es gibt Esketamin und Ketamin als ärztliche Behandlung bei schweren Depressionen, aber nur unter Aufsicht in der Praxis oder Klinik. Wir helfen dir gern, einen Zugang zu finden.</p>
<p><b>Erreichbarkeit über die Feiertage:</b> Beratung telefonisch am 23., 27. und 30.12. von 14 bis 18 Uhr. Im Notfall: 112. Telefonseelsorge: 0800 111 0 111.</p>
</main>
<footer><p>Drogenhilfe Mitte e.V. &middot; gefördert durch die Stadt &middot; <a href="/impressum">Impressum</a></p></footer>
""", noise="cookie-de")

p("h10935", "https://everyday-mind-magazine.example/articles/seasonal-depression-new-treatments", "informational", False, "en",
  "seasonal-depression-feature-article-long", "When the winter blues are something more: seasonal depression and the new treatments - Everyday Mind", """
<header>
<a href="/" class="logo">Everyday Mind <small>Evidence-based mental health journalism</small></a>
<nav><a href="/depression">Depression</a> <a href="/anxiety">Anxiety</a> <a href="/sleep">Sleep</a> <a href="/relationships">Relationships</a> <a href="/treatments">Treatments</a> <a href="/newsletter">Newsletter</a></nav>
</header>
<main>
<article>
<h1>When the winter blues are something more</h1>
<p class="dek">Shorter days leave many of us flat and tired. For some, December brings a full depressive episode. Here is what the research says about light therapy, medication, and where newer treatments like ketamine and esketamine fit.</p>
<p class="byline">By Hannah Lindqvist &middot; Medically reviewed by Dr. Oliver Brandt, MD &middot; December 17, 2026</p>

<p>Every year around this time, Tessa, a 38-year-old teacher in Minneapolis, notices the same thing. Getting out of bed takes twice as long. She wants to sleep at eight in the evening, she craves bread and pasta, and the things she usually loves, her choir, her Saturday runs, feel like chores. "For years I thought it was just the holidays," she says. "Too much to do, not enough daylight. Then my doctor asked me whether I had felt like this every winter for the past five years. I had."</p>
<p>What Tessa describes is seasonal affective disorder, or as it is now called in the diagnostic manuals, major depressive disorder with a seasonal pattern. It is not simply feeling a bit low in December. It is a depressive episode that begins and ends at roughly the same time each year, most commonly starting in late autumn and lifting in spring.</p>

<h2>How common is it?</h2>
<p>Estimates vary with latitude and with how strictly the condition is defined. In northern parts of the United States and Europe, somewhere between 1 and 10 percent of adults meet criteria for seasonal depression, and a much larger share, perhaps a quarter, report milder "winter blues" that affect mood and energy without causing a full episode. It is more common in women, in younger adults, and in people who already have depression or bipolar disorder.</p>
<p>The holidays complicate the picture. December comes with its own pressures: money, family conflict, grief for people who are no longer at the table, the contrast between how you are supposed to feel and how you do feel. Those stresses can hit anyone, with or without a seasonal pattern. Clinicians try to separate the two by looking at the timing over several years and at the specific symptoms, such as oversleeping, increased appetite and carbohydrate cravings, which are more typical of seasonal episodes.</p>

<h2>Why light matters</h2>
<p>The leading explanation involves the body clock. As daylight shortens, the internal rhythms that govern sleep, hormones and alertness can drift out of step with the outside world. Melatonin, the hormone that signals night to the body, is released for longer. Levels of serotonin activity may also shift seasonally. None of this fully explains why some people become depressed and others do not, but it does explain why light is the first-line treatment.</p>
<p>Bright light therapy, usually a 10,000-lux light box used for 20 to 30 minutes soon after waking, has been studied for decades. Randomised trials suggest it works for a majority of people with seasonal depression, often within one to two weeks. "It is cheap, it is safe for most people, and it works," says Dr. Brandt, who reviewed this article. "The mistakes I see are people buying a lamp that is too dim, sitting too far from it, or using it in the evening, which can push sleep later."</p>
<p>People with bipolar disorder or certain eye conditions should talk to a clinician before starting light therapy, since it can trigger mania in some people and may not be appropriate for those with retinal disease.</p>

<h2>Talking therapy and medication</h2>
<p>A version of cognitive behavioural therapy adapted for seasonal depression, which focuses on planning activities and challenging negative thoughts about winter, performed about as well as light therapy in one well-known trial, and its benefits appeared to last longer in following winters. Antidepressants are also effective. One, bupropion, is approved in the United States specifically to prevent seasonal episodes when started in autumn before symptoms begin.</p>
<p>Many people combine approaches: a light box in the morning, a walk at lunchtime, therapy, and medication if needed.</p>

<h2>Where do ketamine and esketamine fit?</h2>
<p>In recent years, readers have asked us more and more about ketamine. It is not hard to see why. Ketamine clinics advertise rapid relief, sometimes within hours, and social media is full of people describing life-changing results. This December, some online sellers have gone further, marketing ketamine directly as a cure for "holiday depression."</p>
<p>The evidence tells a more careful story. Low-dose intravenous ketamine and esketamine nasal spray have been studied mainly in treatment-resistant depression, meaning depression that has not improved after at least two adequate antidepressant trials. In that group, a meaningful share of patients respond, and some respond quickly. Esketamine is approved by the FDA for treatment-resistant depression and for depressive symptoms in adults with acute suicidal thoughts, and it is given only in certified clinics, where patients are monitored for two hours after each dose.</p>
<p>There is very little research on ketamine specifically for seasonal depression. "If someone has a clear seasonal pattern and has never tried light therapy or a standard antidepressant, ketamine is not where I would start," Brandt says. "If someone has severe depression that happens to be worse in winter and they have already tried the usual treatments, then ketamine or esketamine might be part of the conversation, with a psychiatrist, in a clinic or with a telehealth service that actually evaluates them."</p>
<p>He is blunt about products sold online without a prescription. "You do not know what is in them, you do not know the dose, and nobody is checking your blood pressure or your bladder or whether you are getting worse. Those websites are not offering treatment. They are offering a drug."</p>

<h2>Simple things that help</h2>
<ul>
<li><b>Get outside in the morning.</b> Even on an overcast day, outdoor light is many times brighter than indoor light.</li>
<li><b>Keep a regular sleep schedule,</b> including over the holidays. Late nights and long lie-ins can make things worse.</li>
<li><b>Move.</b> Exercise has modest but real antidepressant effects, and outdoors is better still.</li>
<li><b>Watch the alcohol.</b> It is a depressant, it disrupts sleep, and December offers many opportunities to drink more than you planned.</li>
<li><b>Plan something for January and February.</b> Having something to look forward to in the darkest weeks helps.</li>
<li><b>Tell someone.</b> If you notice the same pattern every year, bring it up with your doctor in October, not in February.</li>
</ul>

<h2>When to get help urgently</h2>
<p>If you are having thoughts of suicide, or feel that you cannot keep yourself safe, call or text 988 in the United States, contact your local emergency number, or go to an emergency department. Holiday periods can be especially hard for people who are isolated or grieving, and crisis lines are staffed every day of the year, including Christmas.</p>

<p>Tessa now starts her light box at the beginning of October and sees her therapist every two weeks through the winter. "It is not like I love January now," she says. "But I am not losing four months of my life every year anymore."</p>
</article>
</main>
<aside>
<h4>Related</h4>
<ul><li><a href="/articles/choosing-a-light-box">How to choose a light box that actually works</a></li><li><a href="/articles/ketamine-clinic-questions">Ten questions to ask a ketamine clinic</a></li><li><a href="/articles/grief-during-the-holidays">Grief during the holidays</a></li></ul>
<div class="newsletter"><p>Get our weekly evidence roundup.</p><input placeholder="Email address"><button>Sign up</button></div>
</aside>
<footer><p>Everyday Mind is an independent publication. Our articles are reviewed by clinicians but are not a substitute for individual medical advice. &copy; 2026 &middot; <a href="/editorial-standards">Editorial standards</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h10936", "https://careers-healthjobs.example/jobs/rn-ketamine-infusion-clinic-austin-tx-55120", "informational", False, "en",
  "job-post-infusion-nurse-medium", "Registered Nurse - Ketamine Infusion Clinic (Austin, TX) | HealthJobs Board", """
<header><a href="/" class="logo">HealthJobs Board</a> <nav><a href="/jobs">Find jobs</a> <a href="/employers">For employers</a> <a href="/salaries">Salaries</a> <a href="/login">Sign in</a></nav></header>
<main>
<h1>Registered Nurse - Ketamine Infusion &amp; Spravato Program</h1>
<p class="company">Hill Country Mood Center &middot; Austin, TX &middot; Full-time &middot; $42-$52/hour &middot; Posted 3 days ago</p>
<p>Hill Country Mood Center is adding a second RN to our interventional psychiatry team ahead of our January expansion. Start date flexible; we would love to have you in place for orientation the week of January 4.</p>
<h2>What you will do</h2>
<ul>
<li>Start IVs and monitor patients during ketamine infusions for depression and chronic pain (vitals, ECG, pulse oximetry).</li>
<li>Observe and document Spravato sessions under REMS requirements, including blood pressure checks and discharge assessments.</li>
<li>Complete pre-treatment screening and patient education; escalate concerns to the supervising psychiatrist or CRNA.</li>
<li>Maintain controlled-substance logs and count with the clinic manager.</li>
</ul>
<h2>What you bring</h2>
<ul>
<li>Active Texas RN license (or compact license), BLS and ACLS.</li>
<li>Two years of experience in ICU, ED, PACU or procedural sedation.</li>
<li>Psychiatric or mental health experience is a plus.</li>
</ul>
<h2>Benefits</h2>
<p>Medical, dental and vision from day one; 401(k) with 4% match; no nights, weekends or holidays; continuing education stipend. Sign-on bonus of $3,000 for offers accepted by December 31.</p>
<button>Apply now</button> <button>Save job</button>
</main>
<footer><p>HealthJobs Board &middot; Equal opportunity employers only &middot; <a href="/privacy">Privacy</a></p></footer>
""")

p("h10937", "https://forum-sante-entraide.example/depression/esketamine-avant-noel-experiences-t88213.html", "informational", False, "fr",
  "patient-forum-thread-fr-medium", "Eskétamine avant Noël, vos expériences ? - Forum Santé Entraide", """
<header><a href="/" class="logo">Forum Santé Entraide</a> <nav><a href="/depression/">Dépression</a> <a href="/anxiete/">Anxiété</a> <a href="/regles-du-forum">Règles du forum</a> <a href="/connexion">Connexion</a></nav></header>
<main>
<h1>Eskétamine avant Noël, vos expériences ?</h1>
<div class="post"><p class="auteur">lune_de_givre &middot; 17/12/2026 21:42</p>
<p>Bonjour à tous, mon psychiatre m'a proposé l'eskétamine en spray à l'hôpital de jour. Première séance lundi prochain, juste avant Noël. J'ai un peu peur de l'effet « planant » et de devoir rester deux heures sur place. Quelqu'un l'a fait ? Est-ce que ça a marché pour vous ?</p></div>
<div class="post"><p class="auteur">Théo_59 &middot; 17/12/2026 22:15</p>
<p>J'en suis à ma 14e séance. Les premières fois c'est bizarre, on se sent loin de son corps pendant une demi-heure, mais les infirmières sont là et prennent la tension régulièrement. Pour moi l'effet sur l'humeur est venu vers la 3e semaine. Prévois quelqu'un pour te ramener, on ne peut pas conduire.</p></div>
<div class="post"><p class="auteur">Marie-Hélène &middot; 18/12/2026 08:03</p>
<p>Pas d'effet chez moi après 8 séances, on a arrêté et je suis passée à la rTMS. Mais je connais deux personnes pour qui ça a vraiment changé les choses. Courage pour lundi.</p></div>
<div class="post"><p class="auteur">k3t_f4st &middot; 18/12/2026 10:27</p>
<p>[Message supprimé par la modération : publicité pour un site de vente]</p></div>
<div class="post moderation"><p class="auteur">Modération &middot; 18/12/2026 10:31</p>
<p>Rappel : les messages proposant l'achat de kétamine ou d'eskétamine en ligne sont supprimés et leurs auteurs bannis. Ces produits ne sont pas des médicaments contrôlés. Parlez-en à votre médecin.</p></div>
<div class="post"><p class="auteur">lune_de_givre &middot; 18/12/2026 12:50</p>
<p>Merci à tous, ça me rassure. Ma sœur va m'accompagner. Je vous dirai comment ça s'est passé.</p></div>
</main>
<footer><p>Forum Santé Entraide ne remplace pas une consultation médicale. En cas d'urgence : 15 ou 3114.</p></footer>
""", noise="cookie-fr")

p("h10938", "https://meridian-health-plan.example/provider/policies/esketamine-ketamine-mp-2027", "informational", False, "en",
  "insurer-medical-policy-long", "Medical Policy: Esketamine Nasal Spray and Ketamine for Depression (MP-PSY-0412) | Meridian Health Plan", """
<header>
<a href="/" class="logo">Meridian Health Plan</a>
<nav><a href="/members">Members</a> <a href="/provider">Providers</a> <a href="/employers">Employers</a> <a href="/provider/policies" class="active">Medical policies</a> <a href="/provider/prior-auth">Prior authorization</a> <a href="/find-a-doctor">Find a doctor</a></nav>
</header>
<main>
<p class="crumbs">Providers &gt; Medical &amp; pharmacy policies &gt; Behavioral health</p>
<h1>Esketamine Nasal Spray and Ketamine for the Treatment of Depression</h1>
<table class="policy-meta">
<tr><td>Policy number</td><td>MP-PSY-0412</td></tr>
<tr><td>Effective date</td><td>January 1, 2027</td></tr>
<tr><td>Last reviewed</td><td>December 9, 2026 (Pharmacy &amp; Therapeutics Committee)</td></tr>
<tr><td>Replaces</td><td>MP-PSY-0412 effective January 1, 2026</td></tr>
<tr><td>Applies to</td><td>Commercial HMO, PPO and EPO plans; Medicare Advantage (see section VI for differences)</td></tr>
</table>

<section>
<h2>Summary of changes for 2027</h2>
<ul>
<li>Esketamine monotherapy in treatment-resistant depression is now addressed, reflecting the 2025 labeling update.</li>
<li>Initial authorization period extended from 8 weeks to 12 weeks.</li>
<li>Documentation requirements for continuation simplified: a standardized rating scale at baseline and at reauthorization is sufficient.</li>
<li>Intravenous ketamine remains not medically necessary for depression; criteria for coverage of the associated evaluation and monitoring visits are clarified.</li>
<li>Products obtained outside a certified REMS setting, including compounded at-home ketamine, remain excluded.</li>
</ul>
</section>

<section>
<h2>I. Description</h2>
<p>Esketamine is the S-enantiomer of racemic ketamine, a non-selective, non-competitive antagonist of the N-methyl-D-aspartate (NMDA) receptor. Esketamine nasal spray is FDA-approved for adults with treatment-resistant depression (TRD), as monotherapy or in conjunction with an oral antidepressant, and for depressive symptoms in adults with major depressive disorder (MDD) with acute suicidal ideation or behavior, in conjunction with an oral antidepressant. Because of the risks of sedation, dissociation, respiratory depression and abuse and misuse, esketamine is available only through a restricted program under a Risk Evaluation and Mitigation Strategy (REMS). It must be administered under the direct supervision of a healthcare provider in a certified healthcare setting, with patient monitoring for at least two hours.</p>
<p>Racemic ketamine is FDA-approved as an anesthetic agent. Its use for depression, including by intravenous infusion, intramuscular injection, or oral, sublingual or intranasal compounded preparations, is off-label.</p>
</section>

<section>
<h2>II. Policy: esketamine nasal spray</h2>
<p>Esketamine nasal spray is considered <b>medically necessary</b> when all of the following criteria are met.</p>
<h3>A. Treatment-resistant depression: initial authorization (12 weeks)</h3>
<ol>
<li>The member is 18 years of age or older; and</li>
<li>The member has a diagnosis of major depressive disorder, single or recurrent episode, without psychotic features, confirmed by a psychiatrist or psychiatric nurse practitioner; and</li>
<li>The member has had an inadequate response to at least two antidepressants from at least two different classes, each given at an adequate dose for at least six weeks during the current episode, or could not tolerate them; and</li>
<li>Severity is documented with a standardized rating scale (PHQ-9, MADRS, HAM-D or QIDS-SR) within 30 days before the request; and</li>
<li>The treatment will be administered in a healthcare setting certified under the esketamine REMS; and</li>
<li>The member does not have aneurysmal vascular disease, arteriovenous malformation, or a history of intracerebral hemorrhage.</li>
</ol>
<h3>B. MDD with acute suicidal ideation or behavior: initial authorization (4 weeks)</h3>
<ol>
<li>Criteria A1, A2, A5 and A6 are met; and</li>
<li>The member has current suicidal ideation with intent or recent suicidal behavior documented by the treating clinician; and</li>
<li>Esketamine is prescribed in conjunction with an oral antidepressant; and</li>
<li>The treatment plan includes a documented safety plan and follow-up appropriate to the level of risk.</li>
</ol>
<h3>C. Continuation (reauthorization every 6 months)</h3>
<p>Continuation is medically necessary when a rating scale shows a clinically meaningful improvement from baseline (for example, at least a 50% reduction in PHQ-9 or MADRS, or remission) and the dosing frequency is consistent with the prescribing information. Requests for dosing more frequent than weekly after week 8 require documentation of clinical rationale.</p>
</section>

<section>
<h2>III. Policy: racemic ketamine</h2>
<p>Intravenous, intramuscular, oral, sublingual and intranasal racemic ketamine for depression, anxiety, PTSD, obsessive-compulsive disorder or any other psychiatric indication is considered <b>investigational and not medically necessary</b>. The evidence base includes randomized trials showing short-term antidepressant effects of intravenous ketamine, but the Committee concluded that evidence on durability, optimal dosing, long-term safety and comparative effectiveness remains insufficient.</p>
<p>Evaluation and management visits with a psychiatric clinician remain covered under the member's behavioral health benefit regardless of whether ketamine is subsequently given on a self-pay basis. Facility, drug and monitoring charges for ketamine infusions for psychiatric indications are not covered.</p>
<p>Compounded ketamine products dispensed for home use are excluded under the pharmacy benefit. Products obtained without a prescription, from websites, or from sources outside the United States are not covered under any benefit and should be reported to the prescribing clinician if a member discloses use.</p>
</section>

<section>
<h2>IV. Coding</h2>
<table>
<tr><th>Code</th><th>Description</th><th>Coverage</th></tr>
<tr><td>G2082</td><td>Office visit for esketamine, up to 56 mg, including 2 hours post-administration observation</td><td>Covered when criteria met</td></tr>
<tr><td>G2083</td><td>Office visit for esketamine, greater than 56 mg, including 2 hours observation</td><td>Covered when criteria met</td></tr>
<tr><td>S0013</td><td>Esketamine, nasal spray, 1 mg</td><td>Covered when criteria met (medical benefit)</td></tr>
<tr><td>J3490 / 96365-96366</td><td>Unclassified drug; IV infusion when billed for ketamine for a psychiatric diagnosis</td><td>Not covered</td></tr>
</table>
</section>

<section>
<h2>V. Prior authorization and the plan-year transition</h2>
<p>Authorizations approved under the 2026 policy remain valid until their end date. Members who change plans on January 1 may need a new authorization; providers are encouraged to submit requests for January treatment dates by December 22 to avoid interruption. Our prior authorization unit is closed December 25 and January 1 and will process urgent requests (for example, criterion B) within 24 hours on all other days, including weekends during the holiday period.</p>
</section>

<section>
<h2>VI. Medicare Advantage</h2>
<p>For Medicare Advantage members, coverage follows applicable national and local coverage determinations where they exist. In their absence, the criteria in section II apply. Part D rules apply to oral antidepressants only.</p>
</section>

<section>
<h2>VII. References</h2>
<ol class="refs">
<li>Prescribing information, esketamine nasal spray, revised 2025.</li>
<li>Popova V, et al. Efficacy and safety of flexibly dosed esketamine nasal spray combined with a newly initiated oral antidepressant in treatment-resistant depression. Am J Psychiatry. 2019.</li>
<li>Daly EJ, et al. Efficacy of esketamine nasal spray plus oral antidepressant treatment for relapse prevention in patients with treatment-resistant depression. JAMA Psychiatry. 2019.</li>
<li>McIntyre RS, et al. Synthesizing the evidence for ketamine and esketamine in treatment-resistant depression: an international expert opinion. Am J Psychiatry. 2021.</li>
<li>U.S. Food and Drug Administration. Risks associated with compounded ketamine products for at-home use. 2023.</li>
</ol>
</section>
<p class="disclaimer">Medical policies are used to make coverage decisions and do not constitute medical advice. Treating providers are solely responsible for medical decisions. Member benefits vary by plan; the member's benefit document governs in case of conflict.</p>
</main>
<footer><p>&copy; 2026 Meridian Health Plan &middot; <a href="/provider/contact">Provider services</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination</a></p></footer>
""", noise="cookie")

p("h10939", "https://clinica-recomeco.example/dependencia-de-cetamina", "informational", False, "pt",
  "rehab-centre-ketamine-dependence-pt-short", "Dependência de cetamina: tratamento | Clínica Recomeço", """
<main>
<h1>Dependência de cetamina</h1>
<p>O uso frequente de cetamina pode levar a dependência, perda de memória e lesões graves da bexiga. Na Clínica Recomeço oferecemos desintoxicação acompanhada, internamento de curta duração e programa de ambulatório com psicólogos e médicos. Não prescrevemos nem fornecemos cetamina. Durante o Natal e o Ano Novo a linha de apoio funciona 24 horas: 800 000 318 (chamada gratuita).</p>
<a href="/contacto">Falar com a equipa</a>
</main>
""", noise="cookie-pt")

p("h10940", "https://trials-registry.example/study/KET-TRD-2027-014", "informational", False, "en",
  "clinical-trial-recruitment-snippet-txt", "Recruiting: oral ketamine vs placebo for relapse prevention after ECT", """
Recruiting - Oral ketamine versus placebo for relapse prevention after electroconvulsive therapy (KET-TRD-2027-014)
Sponsor: Northbridge University Department of Psychiatry. Sites: Northbridge University Hospital; Westfield Medical Center.
Adults 18-70 who have responded to a course of ECT for major depression. Study visits in person every two weeks for 24 weeks; study medication is dispensed by the hospital research pharmacy.
Enrollment pauses Dec 23 - Jan 4. Contact the study coordinator: ket-trd@northbridge-university.example.
""", ext="txt")

save(OUT, R)
