# Batch 100 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Press, PR and company news". Press releases and newsroom pages from every side: sellers' own
# wire-style releases and 'newsroom' posts (no-prescription ketamine/esketamine delivery, new crypto
# payment, 'research' analogues, new online stores, stealth shipping, messenger ordering, a press kit);
# telehealth companies' own releases (funding round, state expansion with named prescribers, safety
# protocol, REMS-centre referral partnership, statements on rogue sites); clinics' and hospitals' own
# releases (new locations, REMS certification, new medical director, new service lines, funding);
# and news articles, regulator warnings, fact-checks, trade press and a PR job post that report on
# such releases. Labels follow who speaks: a seller's release (even on a wire site) is a seller page,
# a provider's release is its provider category, a journalist's or regulator's report is informational.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (newsroom menus, cookie banners, sidebars, footers, wire-service
# chrome), medium releases and statements, short posts and four 1-3 sentence plain-text snippets.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch100.py (writes batch100/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch100")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers' own releases (14)

p("h10001", "https://nightowl-direct.example/newsroom/2026/11/nationwide-home-delivery", "seller", True, "en",
  "seller-newsroom-release-long", "NightOwl Direct Launches Same-Week Ketamine Delivery to All 50 States | NightOwl Newsroom", """
<header class="site">
<div class="promo-bar">Holiday launch offer: 20% off your first order with code OWL20 &middot; Crypto checkout now live</div>
<a class="brand" href="/">NightOwl Direct</a>
<nav><a href="/shop">Shop</a> <a href="/shop/nasal-spray">Nasal Spray</a> <a href="/shop/lozenges">Lozenges</a> <a href="/how-it-works">How it works</a> <a href="/newsroom">Newsroom</a> <a href="/track">Track order</a> <a href="/cart">Cart</a></nav>
</header>
<div class="layout">
<main class="release">
<p class="crumbs"><a href="/newsroom">Newsroom</a> / Press releases / 2026</p>
<p class="kicker">PRESS RELEASE &middot; FOR IMMEDIATE RELEASE</p>
<h1>NightOwl Direct Launches Same-Week Ketamine Delivery to All 50 States &mdash; No Doctor Visit Required</h1>
<h2 class="sub">Company removes &ldquo;gatekeeping&rdquo; from ketamine access with a three-step online checkout, discreet packaging and crypto payments</h2>
<p><b>MIAMI, Nov. 18, 2026 /NightOwl Newsroom/ --</b> NightOwl Direct, a fast-growing direct-to-consumer wellness brand, today announced the nationwide launch of its ketamine home delivery service. Starting this week, adults in every U.S. state can order ketamine nasal spray, sublingual lozenges and ketamine HCl crystal directly from nightowl-direct.example and receive their order in as little as three business days.</p>
<p>Unlike clinics and so-called telehealth programs, NightOwl Direct does not require a prescription, an intake appointment or a video consultation. Customers choose their product, confirm they are over 21 and complete checkout. Orders placed before 2 p.m. Eastern ship the same day in plain, unbranded packaging with no pharmacy labels.</p>
<blockquote>&ldquo;People have been told for years that they need to sit in a waiting room or on a Zoom call with a stranger before they can feel better,&rdquo; said Derek Vallance, founder and CEO of NightOwl Direct. &ldquo;We think adults can make their own choices. Our customers don&rsquo;t want another appointment &mdash; they want the product, delivered quietly, at a fair price. That&rsquo;s what we built.&rdquo;</blockquote>
<h3>Launch line-up and pricing</h3>
<table class="prices">
<tr><th>Product</th><th>Size</th><th>Launch price</th></tr>
<tr><td>Ketamine HCl nasal spray</td><td>10 ml (approx. 100 sprays)</td><td>$189</td></tr>
<tr><td>Ketamine sublingual lozenges 100 mg</td><td>30 count</td><td>$229</td></tr>
<tr><td>Ketamine HCl crystal, lab-tested</td><td>5 g</td><td>$310</td></tr>
<tr><td>Ketamine HCl crystal, lab-tested</td><td>10 g</td><td>$560</td></tr>
</table>
<p>All orders can be paid by major card, Bitcoin, Litecoin or USDT. Customers who pay in cryptocurrency receive an additional 10% discount and priority dispatch. Every parcel ships with tracking and NightOwl&rsquo;s &ldquo;Arrive or Reship&rdquo; guarantee: if a package is seized or lost, the company will send a replacement free of charge.</p>
<h3>How it works</h3>
<ol><li>Pick your product and quantity at nightowl-direct.example/shop.</li><li>Tick the box confirming you are 21 or older. No prescription upload, no questionnaire.</li><li>Pay by card or crypto and receive a tracking number within hours.</li></ol>
<p>&ldquo;We&rsquo;ve had more than 4,000 customers on our waitlist since the summer,&rdquo; added Marisol Keene, NightOwl&rsquo;s head of operations. &ldquo;Our fulfillment team has tripled, and we now ship from two U.S. locations so most customers get their order within the same week.&rdquo;</p>
<h3>About NightOwl Direct</h3>
<p>NightOwl Direct is a Miami-based direct-to-consumer brand offering ketamine products for mood, relaxation and personal exploration. Founded in 2025, the company ships to all 50 states and selected international destinations. For more information or to place an order, visit nightowl-direct.example.</p>
<h3>Media contact</h3>
<p>Tessa Brandt, Communications<br>press@nightowl-direct.example<br>Signal / Telegram: @nightowl_press</p>
<p class="fine">This release contains forward-looking statements. Products are sold for adult personal use. Customers are responsible for compliance with local laws.</p>
</main>
<aside class="sidebar">
<div class="box"><h4>Shop the launch</h4><p>Nasal spray from $189. Free shipping over $250.</p><a class="btn" href="/shop">Order now</a></div>
<div class="box"><h4>More from the newsroom</h4><ul><li><a href="/newsroom/2026/10/crypto-checkout">NightOwl adds USDT and Litecoin checkout</a></li><li><a href="/newsroom/2026/09/second-fulfillment-center">Second fulfillment center opens in Texas</a></li><li><a href="/newsroom/2026/08/waitlist">Waitlist passes 4,000</a></li></ul></div>
</aside>
</div>
<footer><p>&copy; 2026 NightOwl Direct LLC &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/shipping">Shipping &amp; reship policy</a> &middot; <a href="/newsroom">Newsroom</a></p></footer>
""", noise="cookie")

p("h10002", "https://shiftleaf.example/news/crypto-payments-now-live", "seller", True, "en",
  "seller-crypto-payment-announcement", "ShiftLeaf Now Accepts Bitcoin, Monero and USDT | ShiftLeaf News", """
<nav class="top"><a href="/">ShiftLeaf</a> &middot; <a href="/products">Products</a> &middot; <a href="/news">News</a> &middot; <a href="/faq">FAQ</a> &middot; <a href="/basket">Basket</a></nav>
<article>
<p class="date">Company news &middot; 2 December 2026</p>
<h1>ShiftLeaf now accepts Bitcoin, Monero and USDT on every esketamine order</h1>
<p><b>LISBON, 2 December 2026</b> &ndash; ShiftLeaf, the online supplier of esketamine nasal spray and racemic ketamine for personal use, today announced that customers can now pay for all orders in Bitcoin (on-chain and Lightning), Monero and USDT (TRC-20). Card payments remain available in selected countries, but crypto orders now get a permanent 12% discount.</p>
<p>&ldquo;Banks kept closing our merchant accounts, and honestly our customers prefer privacy anyway,&rdquo; said Ruben Achterberg, ShiftLeaf&rsquo;s head of payments. &ldquo;With Monero, nobody between you and us ever sees what you bought. That&rsquo;s how it should be.&rdquo;</p>
<h2>Current prices (crypto price in brackets)</h2>
<ul>
<li>Esketamine nasal spray 28 mg device, pack of 2 &ndash; &euro;260 (&euro;229)</li>
<li>Esketamine nasal spray 28 mg device, pack of 6 &ndash; &euro;690 (&euro;607)</li>
<li>Ketamine 50 mg/ml solution, 10 ml vial &ndash; &euro;95 (&euro;84)</li>
</ul>
<p>As before, ShiftLeaf does not ask for a prescription. Orders are packed in neutral boxes, declared as &ldquo;cosmetic samples&rdquo; and ship within 48 hours from our EU warehouse to the EU, UK, Switzerland and Norway.</p>
<h2>About ShiftLeaf</h2>
<p>ShiftLeaf was founded in 2024 to make breakthrough mood medicines available without waiting lists. More than 9,000 orders shipped.</p>
<p><b>Press:</b> media@shiftleaf.example &middot; Session ID on request</p>
</article>
<footer>ShiftLeaf &middot; <a href="/products">Order esketamine</a> &middot; <a href="/faq#payment">How to pay with Monero</a></footer>
""")

p("h10003", "https://halcyon-refmat.example/press/2026-arylcyclohexylamine-catalogue-expansion", "seller", True, "en",
  "research-chemical-vendor-release-long", "Halcyon Expands Arylcyclohexylamine Catalogue | Halcyon Reference Materials", """
<div class="announce">Worldwide shipping &middot; Discreet vacuum-sealed packaging &middot; BTC / XMR accepted &middot; Free sample over $400</div>
<header><a class="logo" href="/">HALCYON <span>Reference Materials</span></a>
<nav><a href="/catalogue">Catalogue</a> <a href="/catalogue/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/catalogue/tryptamines">Tryptamines</a> <a href="/coa">Certificates of Analysis</a> <a href="/press">Press</a> <a href="/account">Account</a> <a href="/cart">Cart (0)</a></nav></header>
<main>
<p class="label">Press Release</p>
<h1>Halcyon Reference Materials Expands Arylcyclohexylamine Catalogue with 2-FDCK, Deschloroketamine and O-PCE; Now Shipping Worldwide</h1>
<p><b>ROTTERDAM, Netherlands &ndash; November 24, 2026</b> &ndash; Halcyon Reference Materials (&ldquo;Halcyon&rdquo;), a supplier of high-purity research compounds, today announced a major expansion of its arylcyclohexylamine range. Three new ketamine analogues &ndash; 2-fluorodeschloroketamine (2-FDCK), deschloroketamine (DCK) and O-PCE &ndash; are available to order immediately in crystal and pellet form, alongside Halcyon&rsquo;s existing ketamine reference material.</p>
<p>Each batch is independently tested by HPLC and GC-MS with purity of 99.5% or higher, and a certificate of analysis is published for every lot. The compounds are supplied strictly for in-vitro research and analytical reference purposes. <b>Not for human consumption.</b> Customers must confirm they are over 18 at checkout.</p>
<blockquote>&ldquo;Our customers asked for analogues with a cleaner profile and longer shelf life, and 2-FDCK in particular has been our most requested compound of the year,&rdquo; said Lars Verhoeven, Halcyon&rsquo;s director of sourcing. &ldquo;With the new pellet format, researchers get consistent 50 mg and 100 mg units without needing a milligram scale.&rdquo;</blockquote>
<h2>Availability and pricing</h2>
<table>
<tr><th>Compound</th><th>1 g</th><th>5 g</th><th>25 g</th></tr>
<tr><td>2-FDCK crystal</td><td>$38</td><td>$150</td><td>$560</td></tr>
<tr><td>2-FDCK pellets 50 mg (x20)</td><td colspan="3">$45</td></tr>
<tr><td>Deschloroketamine (DCK) crystal</td><td>$42</td><td>$170</td><td>$640</td></tr>
<tr><td>O-PCE crystal</td><td>$55</td><td>$230</td><td>&ndash;</td></tr>
<tr><td>Ketamine HCl reference standard</td><td>$65</td><td>$280</td><td>$1,050</td></tr>
</table>
<p>Orders above $150 ship free with tracked, vacuum-sealed and double-bagged packaging. Halcyon offers a reship guarantee for parcels lost or held in customs. Payment is accepted in Bitcoin, Monero and via bank transfer within the SEPA area; a 10% discount is applied to all Monero orders.</p>
<h2>About Halcyon Reference Materials</h2>
<p>Halcyon supplies research chemicals and analytical reference materials to laboratories, universities and independent researchers in more than 40 countries. All products are sold for research use only.</p>
<h2>Media contact</h2>
<p>Annelies Kramer &middot; press@halcyon-refmat.example &middot; Wickr: halcyonpress</p>
<p><a class="btn" href="/catalogue/arylcyclohexylamines">View the arylcyclohexylamine range &rarr;</a></p>
</main>
<aside><h3>Best sellers</h3><ol><li><a href="/p/2-fdck-crystal">2-FDCK crystal</a> &ndash; from $38</li><li><a href="/p/dck">DCK</a> &ndash; from $42</li><li><a href="/p/ketamine-hcl-ref">Ketamine HCl reference</a> &ndash; from $65</li></ol></aside>
<footer><p>All products are intended for laboratory research only and are not medicines. By ordering you confirm you will not ingest them. &copy; 2026 Halcyon Reference Materials &middot; <a href="/shipping">Shipping</a> &middot; <a href="/reship">Reship policy</a> &middot; <a href="/press">Press</a></p></footer>
""")

p("h10004", "https://prwire-daily.example/news/2026/12/01/ketamart-opens-online-store-nasal-spray", "seller", True, "en",
  "seller-release-on-wire-service", "KetaMart Opens Online Store for Ketamine Tablets and Nasal Spray Without Prescription - PRWire Daily", """
<header class="wire"><a class="logo" href="/">PRWire Daily</a>
<nav><a href="/news">Latest releases</a> <a href="/news/health">Health</a> <a href="/news/tech">Technology</a> <a href="/news/business">Business</a> <a href="/submit">Submit a release</a> <a href="/pricing">Distribution plans</a></nav>
<form class="search"><input placeholder="Search releases"></form></header>
<main>
<p class="cat">Health &amp; Wellness &middot; Dec 01, 2026, 08:00 ET &middot; Source: KetaMart</p>
<h1>KetaMart Opens Online Store Offering Ketamine Tablets and &ldquo;Spravato-Style&rdquo; Nasal Spray Without a Prescription</h1>
<p><b>LAS VEGAS, NV, Dec. 01, 2026 (PRWire Daily) --</b> KetaMart, an online store for mood and wellness products, today celebrates the grand opening of ketamart.example, where adults can buy ketamine tablets, ketamine nasal spray and an esketamine-based nasal spray inspired by the prescription product Spravato, without a prescription or doctor&rsquo;s appointment.</p>
<p>&ldquo;Why should relief cost $800 a session and a six-week waiting list?&rdquo; said KetaMart co-founder Brianna Sosa. &ldquo;Our store lets you skip the clinic. You add to cart, check out, and it&rsquo;s at your door in days.&rdquo;</p>
<p>To celebrate the opening, KetaMart is offering 20% off all first orders with code LAUNCH20 through December 31. Launch prices start at $149 for 20 ketamine 50 mg tablets and $239 for a 2-device esketamine nasal spray pack. Orders ship in discreet packaging with tracking, and the store accepts Bitcoin, Ethereum, Zelle and prepaid gift cards.</p>
<p>&ldquo;We are already shipping to Canada and the UK, and Australia will follow in January,&rdquo; Sosa added.</p>
<p><b>About KetaMart</b><br>KetaMart is an independent online retailer based in Nevada. Shop now at ketamart.example.</p>
<p><b>Media Contact</b><br>Jordan Pike<br>KetaMart<br>media@ketamart.example<br>+1 702-555-0182 (WhatsApp)</p>
<p class="disclaimer">SOURCE: KetaMart. The issuer is solely responsible for the content of this press release. PRWire Daily does not endorse any product or verify claims made in distributed releases.</p>
</main>
<aside><h3>Related releases</h3><ul><li><a href="#">Herbal sleep gummy brand raises seed round</a></li><li><a href="#">New CBD beverage hits shelves in Texas</a></li></ul>
<div class="ad">Reach 5,000+ newsrooms. <a href="/pricing">Distribute your release from $89</a></div></aside>
<footer>&copy; 2026 PRWire Daily &middot; <a href="/terms">Terms</a> &middot; <a href="/editorial-guidelines">Editorial guidelines</a></footer>
""", noise="cookie")

p("h10005", "https://tgstat-mirror.example/channel/kexpress_uk_news", "seller", True, "en", "seller-telegram-press-snippet", "K-Express news", """
PRESS RELEASE - K-Express is proud to announce express ketamine delivery now live in London, Manchester and Leeds!! Order 1g to 28g via Telegram @kexpress_uk, no ID no script needed, stealth packaging, delivered in 60-90 mins. Media and wholesale enquiries same handle.
""", ext="txt")

p("h10006", "https://europharmarelay.example/company-news/new-stealth-reship-policy-2027", "seller", True, "en",
  "seller-company-news-shipping", "Company News: Our New Stealth & Reship Policy for 2027 | EuroPharmaRelay", """
<header><a href="/">EuroPharmaRelay</a> <nav><a href="/catalogue">Catalogue</a> <a href="/company-news">Company news</a> <a href="/shipping">Shipping</a> <a href="/contact">Contact</a></nav></header>
<article>
<h1>Company News: New stealth &amp; reship policy for 2027</h1>
<p class="meta">Posted by the EPR team &middot; 29 November 2026</p>
<p>Dear customers and partners,</p>
<p>After a record year (over 14,000 parcels, thank you!!) we are announcing some changes that take effect on 1 January 2027.</p>
<p><b>1. New dispatch country.</b> All ketamine and esketamine orders for the UK and Ireland will now ship from inside the UK, so there are no more customs checks. EU orders continue to ship from our Czech warehouse.</p>
<p><b>2. Upgraded stealth.</b> Powder and vials are now vacuum sealed twice and placed inside a branded retail product (we won&rsquo;t say which here). Outer packaging has a return address of a clothing company. No invoices or paperwork inside.</p>
<p><b>3. Reship guarantee.</b> If your parcel is seized you get one free reship, as before. From 2027 you also get a 50% reship on a second seizure. You only need to send us the tracking screenshot; we don&rsquo;t need any customs letter.</p>
<p><b>4. Payment.</b> Bank transfers end on 31 December. We accept Bitcoin and Monero only.</p>
<p>Reminder: no prescription is required for anything in our catalogue, and ketamine HCl (Czech pharma grade) is still &euro;45/g, &euro;190/5g, &euro;340/10g.</p>
<p>&ldquo;Our aim is simple: your order arrives, every time,&rdquo; says EPR director Tomas Hruby.</p>
<p>Questions? Message us on Threema or Telegram (@epr_support). Journalists can reach us at the same address.</p>
</article>
<footer>&copy; EuroPharmaRelay 2026</footer>
""")

p("h10007", "https://mindresetnow.example/press/ai-approval-launch", "seller", True, "en",
  "fake-telehealth-ai-approval-release-long", "MindReset Now Introduces 60-Second AI Approval for At-Home Ketamine | Press", """
<header class="nav"><a class="logo" href="/">MindReset<span>Now</span></a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/reviews">Reviews</a> <a href="/press">Press</a> <a class="cta" href="/start">Start your assessment</a></nav></header>
<main>
<p class="eyebrow">Press release</p>
<h1>MindReset Now Introduces 60-Second AI Approval for At-Home Ketamine &mdash; No Video Visit, No Waiting</h1>
<p class="lede">New &ldquo;InstantYes&rdquo; engine replaces the traditional clinician interview; troches ship next day</p>
<p><b>SAN DIEGO &ndash; November 12, 2026</b> &ndash; MindReset Now, a digital wellness company, today launched InstantYes, an automated approval engine that lets customers order ketamine troches in about a minute. Customers answer nine multiple-choice questions, and the system issues an approval on screen. There is no phone call, no video visit and no waiting for a provider to review the answers.</p>
<p>&ldquo;Telehealth was supposed to make things easier, then it turned into another appointment,&rdquo; said Kyle Ambrose, MindReset Now&rsquo;s founder. &ldquo;With InstantYes, 98% of people are approved right away. The few who aren&rsquo;t can simply adjust their answers and resubmit.&rdquo;</p>
<h2>What customers get</h2>
<ul>
<li>Ketamine troches 150 mg or 300 mg, 8, 16 or 24 count</li>
<li>Approval in around 60 seconds, shipping the next business day</li>
<li>Auto-refill every four weeks, cancel any time</li>
<li>Plans from $179 per month, medication included</li>
</ul>
<p>The company notes that its approvals are issued under the name of an affiliated medical entity, and that no additional consultation is required to receive refills. &ldquo;We don&rsquo;t believe in making people justify themselves to a camera,&rdquo; Ambrose said.</p>
<p>MindReset Now has shipped more than 30,000 troche packs since its soft launch in March and plans to add nasal spray in early 2027.</p>
<h2>About MindReset Now</h2>
<p>MindReset Now is a San Diego-based digital wellness company on a mission to make ketamine as easy to get as a vitamin subscription. Learn more at mindresetnow.example.</p>
<h2>Media contact</h2>
<p>Paige Ortland &middot; press@mindresetnow.example &middot; (619) 555-0133</p>
<a class="cta" href="/start">Get approved in 60 seconds</a>
</main>
<footer><nav><a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <a href="/refills">Refills</a> <a href="/press">Press</a></nav><p>MindReset Now is not an emergency service. If you are in crisis call 988.</p></footer>
""", noise="cookie")

p("h10008", "https://farmalibre.example/sala-de-prensa/lanzamiento-tienda-online", "seller", True, "es",
  "seller-nota-de-prensa-es", "Nota de prensa: FarmaLibre abre su tienda online | FarmaLibre", """
<header><a href="/">FarmaLibre</a> <nav><a href="/tienda">Tienda</a> <a href="/sala-de-prensa">Sala de prensa</a> <a href="/envios">Envíos</a> <a href="/contacto">Contacto</a> <a href="/carrito">Carrito</a></nav></header>
<main>
<p class="tag">NOTA DE PRENSA</p>
<h1>FarmaLibre abre su tienda online con ketamina y esketamina sin receta y pago en Bitcoin</h1>
<p><b>MADRID, 20 de noviembre de 2026.</b> &ndash; FarmaLibre, empresa de venta a distancia de productos para el bienestar emocional, ha anunciado hoy la apertura de su tienda online, desde la que cualquier adulto puede comprar ketamina en polvo, viales de ketamina y espray nasal de esketamina sin necesidad de receta médica ni de visita a una clínica.</p>
<p>&laquo;En España hay listas de espera de meses para acceder a estos tratamientos. Nosotros eliminamos ese obstáculo: eliges el producto, pagas y en 48 horas lo tienes en casa&raquo;, ha declarado Álvaro Menéndez Ruiz, director general de FarmaLibre.</p>
<p>La tienda ofrece ketamina en polvo desde 55 &euro; el gramo, viales de 10 ml por 90 &euro; y packs de espray de esketamina desde 240 &euro;. Los pedidos se pagan con Bitcoin, USDT o tarjetas regalo, con un 10 % de descuento para pagos en criptomoneda, y se envían en paquetes neutros sin ninguna referencia al contenido a toda la Península, Baleares y Portugal.</p>
<p>La compañía atenderá consultas y pedidos al por mayor a través de Telegram (@farmalibre_es).</p>
<h2>Acerca de FarmaLibre</h2>
<p>FarmaLibre es una tienda online fundada en 2026 con sede en Madrid. Más información y pedidos en farmalibre.example.</p>
<h2>Contacto de prensa</h2>
<p>Lucía Báez &middot; prensa@farmalibre.example</p>
</main>
<footer>&copy; 2026 FarmaLibre &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/envios">Envíos discretos</a></footer>
""", noise="cookie-es")

p("h10009", "https://vitalis-direkt.example/presse/esketamin-versand-dach", "seller", True, "de",
  "seller-pressemitteilung-de", "Pressemitteilung: Vitalis Direkt startet Esketamin-Versand | Vitalis Direkt", """
<header><a class="logo" href="/">Vitalis Direkt</a><nav><a href="/shop">Shop</a> <a href="/presse">Presse</a> <a href="/versand">Versand</a> <a href="/zahlung">Zahlung</a> <a href="/warenkorb">Warenkorb</a></nav></header>
<main>
<p class="rubrik">Pressemitteilung</p>
<h1>Vitalis Direkt startet Versand von Esketamin-Nasenspray ohne Rezept nach Deutschland, Österreich und in die Schweiz</h1>
<p><b>BERLIN, 26. November 2026</b> &ndash; Der Online-Händler Vitalis Direkt erweitert sein Sortiment: Ab sofort können Kundinnen und Kunden im gesamten DACH-Raum Esketamin-Nasenspray sowie Ketamin-Lutschtabletten direkt im Onlineshop bestellen &ndash; ohne Rezept, ohne Arzttermin und ohne Fragebogen.</p>
<p>&bdquo;Viele Betroffene warten monatelang auf einen Termin beim Psychiater. Das wollen wir nicht länger hinnehmen&ldquo;, sagt Geschäftsführer Jannik Oberländer. &bdquo;Bei uns reicht ein Klick. Die Ware verlässt unser Lager innerhalb von 24 Stunden.&ldquo;</p>
<p>Ein Nasenspray-Set mit zwei Applikatoren kostet 249 Euro, die Lutschtabletten (20 Stück à 100 mg) 189 Euro. Bezahlt wird per Bitcoin, Monero oder Paysafecard; bei Zahlung mit Kryptowährung gewährt Vitalis Direkt 15 Prozent Rabatt. Der Versand erfolgt neutral verpackt ohne Absenderhinweis auf Medikamente. Sollte eine Sendung vom Zoll zurückgehalten werden, verschickt das Unternehmen kostenlos erneut.</p>
<h2>Über Vitalis Direkt</h2>
<p>Vitalis Direkt ist ein Onlineshop für Stimmungs- und Wohlfühlprodukte mit Sitz in Berlin. Bestellungen unter vitalis-direkt.example.</p>
<h2>Pressekontakt</h2>
<p>Friederike Lamprecht &middot; presse@vitalis-direkt.example &middot; Telegram: @vitalis_presse</p>
</main>
<footer>&copy; 2026 Vitalis Direkt &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h10010", "https://chimiepure.example/communiques/gamme-analogues-2026", "seller", True, "fr",
  "research-analogue-communique-fr", "Communiqué de presse : ChimiePure lance sa gamme d'analogues | ChimiePure", """
<header><a href="/">ChimiePure</a> <nav><a href="/catalogue">Catalogue</a> <a href="/communiques">Communiqués</a> <a href="/livraison">Livraison</a> <a href="/panier">Panier</a></nav></header>
<main>
<p class="sur">Communiqué de presse</p>
<h1>ChimiePure lance une gamme d&rsquo;analogues de la kétamine destinés à la recherche</h1>
<p><b>LYON, le 17 novembre 2026</b> &ndash; ChimiePure, fournisseur en ligne de produits chimiques de recherche, annonce la mise en vente de trois nouvelles molécules de la famille des arylcyclohexylamines : la 2-FDCK, la déschlorokétamine (DCK) et la méthoxétamine (MXE). Les produits sont disponibles dès aujourd&rsquo;hui en cristaux et en pellets dosés.</p>
<p>&laquo; La demande pour des alternatives à la kétamine n&rsquo;a jamais été aussi forte. Nos clients veulent des produits purs, testés, livrés rapidement &raquo;, explique Mathieu Garnier, fondateur de ChimiePure.</p>
<p>Tarifs de lancement : 2-FDCK à 35 &euro; le gramme, DCK à 40 &euro; le gramme, MXE à 60 &euro; le gramme, dégressifs à partir de 5 g. Les commandes sont expédiées sous 24 h en enveloppe discrète, sans mention du contenu, en France, en Belgique et en Suisse. Paiement par Bitcoin, Monero ou coupon prépayé.</p>
<p>Tous les produits sont vendus exclusivement pour la recherche. <b>Non destinés à la consommation humaine.</b></p>
<h2>À propos de ChimiePure</h2>
<p>ChimiePure commercialise des produits chimiques de recherche depuis 2023. Catalogue complet sur chimiepure.example.</p>
<h2>Contact presse</h2>
<p>Camille Royer &middot; presse@chimiepure.example</p>
</main>
<footer>ChimiePure &middot; <a href="/cgv">CGV</a> &middot; <a href="/livraison">Livraison discrète</a></footer>
""", noise="cookie-fr")

p("h10011", "https://ketaexpress-nl.example/nieuws/persbericht-bezorging-nederland-belgie", "seller", True, "nl",
  "seller-persbericht-nl", "Persbericht: KetaExpress start bezorging in heel Nederland en België", """
<header><a href="/">KetaExpress</a> <nav><a href="/assortiment">Assortiment</a> <a href="/nieuws">Nieuws</a> <a href="/bestellen">Bestellen</a></nav></header>
<main>
<p>PERSBERICHT</p>
<h1>KetaExpress start bezorging aan huis in heel Nederland en België</h1>
<p><b>AMSTERDAM, 3 december 2026</b> &ndash; KetaExpress breidt haar bezorgdienst uit. Waar klanten tot nu toe alleen in de Randstad terechtkonden, levert KetaExpress vanaf vandaag ketamine in heel Nederland en in Vlaanderen en Brussel. Een recept of doktersbezoek is niet nodig.</p>
<p>&ldquo;We zien dat mensen buiten de grote steden ook willen bestellen, zonder gedoe&rdquo;, zegt oprichter Sem de Vries. &ldquo;Bestel voor 14.00 uur en je hebt het dezelfde avond binnen.&rdquo;</p>
<p>Prijzen: 1 gram &euro; 35, 5 gram &euro; 150, 10 gram &euro; 270. Bestellen gaat via WhatsApp (+31 6 5555 0193) of Telegram (@ketaexpress_nl). Betalen kan met bitcoin of contant bij levering. Alles wordt discreet verpakt geleverd.</p>
<p><b>Over KetaExpress</b> &ndash; KetaExpress is sinds 2025 actief als bezorgdienst in Nederland.</p>
<p><b>Pers</b>: stuur een bericht via Telegram.</p>
</main>
""", noise="cookie-nl")

p("h10012", "https://vetmais-distribuidora.example/imprensa/comunicado-ampliacao-nacional", "seller", True, "pt",
  "vet-distributor-sells-to-anyone-pt", "Comunicado à imprensa: VetMais amplia vendas para todo o Brasil", """
<header><a href="/">VetMais Distribuidora</a> <nav><a href="/produtos">Produtos</a> <a href="/imprensa">Imprensa</a> <a href="/como-comprar">Como comprar</a> <a href="https://wa.me/5511955550177">Pedidos no WhatsApp</a></nav></header>
<main>
<p class="etiqueta">COMUNICADO À IMPRENSA</p>
<h1>VetMais Distribuidora amplia venda de cetamina 10% para todo o Brasil &ndash; sem necessidade de receita ou CRMV</h1>
<p><b>SÃO PAULO, 25 de novembro de 2026</b> &ndash; A VetMais Distribuidora anuncia que passa a enviar para todos os estados o frasco de cetamina 10% 50 ml e o kit com 5 frascos. Diferente das distribuidoras tradicionais, a VetMais não exige receita veterinária, cadastro de clínica ou número de CRMV: qualquer pessoa maior de idade pode comprar.</p>
<p>&ldquo;Sabemos que muita gente tem dificuldade com a burocracia. Aqui é simples: chama no WhatsApp, paga no Pix e recebe em casa&rdquo;, afirma Rodrigo Tavares, sócio-diretor da empresa.</p>
<p>Preços: frasco 50 ml por R$ 320; kit 5 frascos por R$ 1.400. Envio pelos Correios em caixa sem identificação, com código de rastreio. Pagamento por Pix ou criptomoedas.</p>
<h2>Sobre a VetMais</h2>
<p>A VetMais Distribuidora atua desde 2022 no mercado de produtos veterinários.</p>
<h2>Contato para imprensa</h2>
<p>Juliana Prado &middot; imprensa@vetmais-distribuidora.example &middot; WhatsApp (11) 95555-0177</p>
</main>
<footer>VetMais Distribuidora &middot; Envio discreto para todo o Brasil</footer>
""", noise="cookie-pt")

p("h10013", "https://benesseresubito.example/comunicati/nasce-benesseresubito", "seller", True, "it",
  "seller-comunicato-stampa-it", "Comunicato stampa: nasce BenessereSubito | BenessereSubito", """
<header><a href="/">BenessereSubito</a> <nav><a href="/negozio">Negozio</a> <a href="/comunicati">Comunicati</a> <a href="/spedizioni">Spedizioni</a> <a href="/carrello">Carrello</a></nav></header>
<main>
<p class="occhiello">COMUNICATO STAMPA</p>
<h1>Nasce BenessereSubito, il primo shop online italiano di ketamina senza ricetta</h1>
<p><b>MILANO, 1 dicembre 2026</b> &ndash; Apre oggi BenessereSubito, negozio online che vende ketamina in polvo, spray nasale di ketamina e compresse sublinguali direttamente ai consumatori maggiorenni, senza ricetta medica e senza visita.</p>
<p>&laquo;Chi soffre non dovrebbe aspettare mesi per un appuntamento. Con noi bastano pochi minuti per ordinare&raquo;, dichiara l&rsquo;amministratore unico Fabio Caruso.</p>
<p>I prezzi partono da 50 &euro; al grammo per la polvere e da 180 &euro; per lo spray nasale da 10 ml. Spedizione anonima in 24/48 ore in tutta Italia, in pacco neutro senza riferimenti al contenuto. Si paga in Bitcoin, Monero o con ricariche prepagate; ordini e assistenza anche su Telegram (@benesseresubito).</p>
<h2>Chi è BenessereSubito</h2>
<p>BenessereSubito è un e-commerce dedicato al benessere mentale. Ordini su benesseresubito.example.</p>
<h2>Contatti stampa</h2>
<p>Giorgia Fontana &middot; stampa@benesseresubito.example</p>
</main>
<footer>&copy; 2026 BenessereSubito</footer>
""")

p("h10014", "https://crystalcalm.example/press", "seller", True, "en",
  "seller-press-kit-page", "Press & Media Kit | CrystalCalm", """
<header><a href="/">CrystalCalm</a> <nav><a href="/shop">Shop</a> <a href="/press">Press</a> <a href="/faq">FAQ</a> <a href="/cart">Cart</a></nav></header>
<main>
<h1>Press &amp; Media Kit</h1>
<p>Writing about the new wave of at-home ketamine? We&rsquo;re happy to help. Below you&rsquo;ll find our fast facts, logos and founder bio. Journalists can request a complimentary sample pack &mdash; just email us from your outlet address.</p>
<h2>Fast facts</h2>
<ul>
<li>Founded: 2025, Phoenix, AZ</li>
<li>What we sell: ketamine HCl crystal (500 mg, 1 g, 3.5 g), ketamine nasal spray, ketamine gummies</li>
<li>Prescription needed? No. Adults 21+ order directly online.</li>
<li>Shipping: 1&ndash;4 days, plain mailer, all U.S. states</li>
<li>Payment: BTC, ETH, Cash App, Apple gift cards</li>
<li>Orders shipped: 22,000+</li>
</ul>
<h2>Founder</h2>
<p>Mason Rhee started CrystalCalm after &ldquo;spending $3,000 at an infusion clinic for something that should cost $60.&rdquo;</p>
<h2>Past releases</h2>
<ul><li>Oct 2026 &ndash; CrystalCalm launches ketamine gummies in three flavours</li><li>Jul 2026 &ndash; CrystalCalm now accepts Apple gift cards</li><li>Mar 2026 &ndash; CrystalCalm ships its 10,000th order</li></ul>
<h2>Assets</h2>
<p><a href="/press/crystalcalm-logo-pack.zip">Logo pack (.zip)</a> &middot; <a href="/press/product-shots.zip">Product shots</a></p>
<p>Press contact: press@crystalcalm.example</p>
</main>
<footer><a href="/shop">Shop ketamine</a> &middot; &copy; CrystalCalm 2026</footer>
""")

# ---------------------------------------------------------------- telehealth companies' own releases (9)

p("h10015", "https://lumenwellhealth.example/newsroom/lumenwell-raises-42m-series-b", "telehealth", False, "en",
  "telehealth-funding-release-long", "Lumenwell Health Raises $42 Million Series B | Lumenwell Newsroom", """
<header class="site-header"><a class="logo" href="/">Lumenwell Health</a>
<nav><a href="/how-it-works">How it works</a> <a href="/clinicians">Our clinicians</a> <a href="/safety">Safety</a> <a href="/pricing">Membership</a> <a href="/newsroom">Newsroom</a> <a class="btn" href="/eligibility">Check eligibility</a></nav></header>
<div class="wrap">
<main class="release">
<p class="crumb"><a href="/newsroom">Newsroom</a> &rsaquo; Press releases</p>
<h1>Lumenwell Health Raises $42 Million Series B to Expand Clinician-Led At-Home Ketamine Therapy</h1>
<p class="sub">Round led by Harbor Oak Ventures will fund new psychiatric clinicians, outcomes research and a measurement-based care platform</p>
<p><b>AUSTIN, Texas, Nov. 19, 2026 --</b> Lumenwell Health, a telehealth mental health company providing ketamine-assisted treatment for adults with depression and anxiety, today announced a $42 million Series B financing led by Harbor Oak Ventures, with participation from existing investors Meridian Health Partners and Lantern Capital. The company will use the funding to double its team of licensed psychiatric clinicians, expand into eight additional states and publish two-year outcomes data.</p>
<p>Every Lumenwell patient begins with a 60-minute video evaluation with a board-certified psychiatrist or psychiatric nurse practitioner licensed in the patient&rsquo;s state. Clinicians review medical history, current medications, blood pressure readings and screening results for psychosis, substance use disorder and uncontrolled hypertension before deciding whether ketamine is appropriate. About one in three people who apply are not prescribed ketamine and are instead referred to other care.</p>
<blockquote>&ldquo;The at-home ketamine space has had too many companies that treat an intake form as a medical visit. We built Lumenwell the other way around,&rdquo; said Dr. Priya Ramanathan, co-founder and chief medical officer. &ldquo;A clinician sees every patient on video, prescribes only when it&rsquo;s clinically appropriate, and follows them session by session. This funding lets us do that for more people without cutting corners.&rdquo;</blockquote>
<p>When treatment is prescribed, medication is dispensed by licensed, DEA-registered partner pharmacies and shipped to the patient only after the prescription is verified. Patients must designate an in-person support person for each session, report blood pressure before and after dosing, and complete a follow-up video visit after the first two sessions and at least monthly thereafter.</p>
<blockquote>&ldquo;Lumenwell has shown that safety and access don&rsquo;t have to be in tension,&rdquo; said Nathaniel Osei, partner at Harbor Oak Ventures, who will join Lumenwell&rsquo;s board. &ldquo;Their retention, outcomes tracking and prescriber oversight are the best we&rsquo;ve seen in the category.&rdquo;</blockquote>
<h2>Growth highlights</h2>
<ul>
<li>More than 18,000 patients evaluated since launch in 2023</li>
<li>110 licensed clinicians across 21 states, with eight more states planned for 2027</li>
<li>Median PHQ-9 score reduction of 9 points after eight weeks among patients who completed treatment</li>
<li>Membership from $249/month including clinician visits; medication billed separately by the dispensing pharmacy</li>
</ul>
<h2>About Lumenwell Health</h2>
<p>Lumenwell Health is a telehealth company providing evidence-based, clinician-led mental health care, including ketamine-assisted treatment, for adults in 21 U.S. states. All care is delivered by licensed clinicians employed by Lumenwell Medical Group, P.A. Learn more at lumenwellhealth.example.</p>
<h2>Media contact</h2>
<p>Hannah Weisz, Director of Communications<br>press@lumenwellhealth.example<br>(512) 555-0164</p>
</main>
<aside class="sidebar"><h3>Newsroom</h3><ul><li><a href="/newsroom/outcomes-report-2026">Lumenwell publishes 2026 outcomes report</a></li><li><a href="/newsroom/new-states-ohio-georgia">Now available in Ohio and Georgia</a></li><li><a href="/newsroom/media-kit">Media kit</a></li></ul>
<div class="box"><p>Not sure if ketamine therapy is right for you?</p><a href="/eligibility">Take the eligibility screen</a></div></aside>
</div>
<footer><p>Lumenwell Health &middot; <a href="/privacy">Privacy</a> &middot; <a href="/hipaa">Notice of privacy practices</a> &middot; <a href="/newsroom">Newsroom</a></p><p>If you are in crisis, call or text 988.</p></footer>
""", noise="cookie")

p("h10016", "https://northpathpsychiatry.example/news/expansion-colorado-oregon-washington", "telehealth", False, "en",
  "telehealth-expansion-named-prescribers", "Northpath Psychiatry Expands Virtual Ketamine Program to Three States", """
<nav><a href="/">Northpath Psychiatry</a> | <a href="/services">Services</a> | <a href="/team">Our team</a> | <a href="/news">News</a> | <a href="/book">Book a video evaluation</a></nav>
<article>
<h1>Northpath Psychiatry Expands Virtual Ketamine Program to Colorado, Oregon and Washington; Adds Six Board-Certified Prescribers</h1>
<p><b>DENVER, Dec. 2, 2026</b> &ndash; Northpath Psychiatry, a virtual psychiatry practice offering medication management and ketamine-assisted therapy, today announced that its at-home ketamine program is now available to adults in Colorado, Oregon and Washington.</p>
<p>The expansion is supported by six new prescribers, each licensed in the states they serve:</p>
<ul>
<li>Elena Marchetti, MD, board-certified psychiatrist (CO, WA)</li>
<li>Samuel Okafor, PMHNP-BC (OR, WA)</li>
<li>Rachel Lindqvist, DO, board-certified psychiatrist (CO)</li>
<li>Thomas Huang, PMHNP-BC (CO, OR)</li>
<li>Imani Brooks, MD, addiction psychiatry (WA)</li>
<li>Grace Delacroix, PMHNP-BC (OR)</li>
</ul>
<p>&ldquo;Patients in rural Oregon and eastern Washington often drive hours for a psychiatrist. Now they can see one of ours on video, get a proper assessment and, if it&rsquo;s appropriate, start treatment at home with close follow-up,&rdquo; said Dr. Marcus Feld, Northpath&rsquo;s medical director.</p>
<p>Treatment starts with a live video psychiatric evaluation. If ketamine is prescribed, prescriptions are sent to a licensed partner pharmacy that ships directly to the patient. Patients check in with their prescriber by video before dose changes, and integration sessions with a licensed therapist are included.</p>
<p><b>About Northpath Psychiatry</b> &ndash; Northpath is a physician-owned telepsychiatry practice founded in 2021, serving adults in nine states.</p>
<p><b>Media</b>: Claire Novak, news@northpathpsychiatry.example</p>
</article>
<footer>&copy; 2026 Northpath Psychiatry, PLLC</footer>
""")

p("h10017", "https://everpine.example/newsroom/everpine-safe-session-standard", "telehealth", False, "en",
  "telehealth-safety-protocol-release", "Everpine Introduces 'Safe Session Standard' for At-Home Ketamine | Everpine", """
<header><a href="/">Everpine Telepsychiatry</a> <nav><a href="/approach">Our approach</a> <a href="/safety">Safety</a> <a href="/newsroom">Newsroom</a> <a href="/get-started">Get started</a></nav></header>
<main>
<p class="type">Company announcement &middot; November 30, 2026</p>
<h1>Everpine introduces &ldquo;Safe Session Standard&rdquo; for all at-home ketamine patients</h1>
<p><b>PORTLAND, Maine</b> &ndash; Everpine Telepsychiatry today announced new safety requirements for every patient receiving ketamine through its program, effective January 1, 2027.</p>
<p>Under the Safe Session Standard, patients must:</p>
<ol>
<li>Complete an initial video evaluation with an Everpine psychiatrist or psychiatric nurse practitioner, plus lab work where indicated;</li>
<li>Have a named, trained support person physically present for every dosing session;</li>
<li>Record blood pressure with a validated cuff (provided by Everpine) before and 40 minutes after dosing;</li>
<li>Join a brief video check-in with a nurse during the first three sessions;</li>
<li>Attend a follow-up video visit with their prescriber before any refill is authorized.</li>
</ol>
<p>&ldquo;Ketamine can help people who haven&rsquo;t responded to anything else, but only if it&rsquo;s prescribed carefully,&rdquo; said Dr. Jonah Whitaker, chief medical officer. &ldquo;We would rather grow slowly than let a single patient dose without the right checks.&rdquo;</p>
<p>Prescriptions continue to be filled by Everpine&rsquo;s licensed partner pharmacy, which ships only against a valid prescription from an Everpine clinician.</p>
<p><b>About Everpine</b>: Everpine Telepsychiatry provides virtual psychiatric care in New England and New York. <b>Media contact</b>: Lila Fortin, media@everpine.example</p>
</main>
<footer>Everpine Telepsychiatry &middot; Licensed clinicians in ME, NH, VT, MA, NY</footer>
""")

p("h10018", "https://clearviewvirtual.example/press/spravato-partner-network", "telehealth", False, "en",
  "virtual-psychiatry-rems-referral-release", "Clearview Virtual Psychiatry Launches Esketamine Partner Network | Press", """
<header><a href="/">Clearview Virtual Psychiatry</a> <nav><a href="/conditions">Conditions</a> <a href="/how-it-works">How it works</a> <a href="/insurance">Insurance</a> <a href="/press">Press</a> <a href="/schedule">Schedule a visit</a></nav></header>
<main>
<h1>Clearview Virtual Psychiatry Partners with 30 REMS-Certified Treatment Centers to Speed Access to Esketamine</h1>
<p><b>CHICAGO, Nov. 21, 2026</b> &ndash; Clearview Virtual Psychiatry, an online psychiatric practice accepting most major insurance plans, today announced a referral network of 30 REMS-certified Spravato (esketamine) treatment centers across Illinois, Indiana, Michigan and Wisconsin.</p>
<p>Clearview psychiatrists evaluate patients by video, confirm a diagnosis of treatment-resistant depression, and handle prior authorization with the patient&rsquo;s insurer. Patients are then referred to a partner center near them, where esketamine is self-administered under direct supervision and patients are monitored for at least two hours, as the REMS program requires. Clearview does not ship esketamine; it is only given on site at the certified partner centers.</p>
<p>&ldquo;The hardest part for many patients isn&rsquo;t the treatment, it&rsquo;s getting through the referral maze,&rdquo; said Dr. Oluwaseun Adeyemi, Clearview&rsquo;s chief clinical officer. &ldquo;Our psychiatrists now do the evaluation and the paperwork, and we hand patients to a partner center that has a chair ready.&rdquo;</p>
<p>Clearview psychiatrists continue ongoing medication management by video between treatment sessions and coordinate with the partner center after each induction phase.</p>
<h2>About Clearview</h2>
<p>Clearview Virtual Psychiatry is a telepsychiatry practice with 65 licensed psychiatrists and nurse practitioners serving adults in 12 states.</p>
<h2>Contact</h2>
<p>Dana Kowalczyk &middot; press@clearviewvirtual.example</p>
</main>
<footer>&copy; Clearview Virtual Psychiatry 2026</footer>
""", noise="cookie")

p("h10019", "https://tandemmindhealth.example/news/hsa-fsa", "telehealth", False, "en", "telehealth-company-news-snippet",
  "Tandem Mind Health news", """
Company news: Tandem Mind Health now accepts HSA and FSA cards for its monthly membership. As always, ketamine is prescribed only after a live video assessment with one of our licensed clinicians, and medication is dispensed by our licensed partner pharmacy.
""", ext="txt")

p("h10020", "https://seelenruh-online.example/presse/start-videosprechstunde-therapieresistente-depression", "telehealth", False, "de",
  "telepsychiatrie-pressemitteilung-de", "Pressemitteilung: Seelenruh Online startet Videosprechstunde | Seelenruh Online", """
<header><a href="/">Seelenruh Online &ndash; Psychiatrische Videosprechstunde</a><nav><a href="/leistungen">Leistungen</a> <a href="/aerzte">Unsere Fachärzte</a> <a href="/presse">Presse</a> <a href="/termin">Termin buchen</a></nav></header>
<main>
<p class="rubrik">Pressemitteilung</p>
<h1>Seelenruh Online startet Videosprechstunde für therapieresistente Depression &ndash; Esketamin-Behandlung über Partnerkliniken</h1>
<p><b>HAMBURG, 27. November 2026</b> &ndash; Die digitale psychiatrische Praxis Seelenruh Online bietet ab sofort eine spezialisierte Videosprechstunde für Menschen mit therapieresistenter Depression an. Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie klären per Video ab, ob eine Behandlung mit Esketamin-Nasenspray in Frage kommt.</p>
<p>Ist das der Fall, überweist Seelenruh Online an eine von derzeit 14 Partnerkliniken und Praxen in Norddeutschland. Dort wird das Nasenspray unter ärztlicher Aufsicht angewendet; die Patientinnen und Patienten bleiben anschließend zur Überwachung vor Ort. Ein Versand des Medikaments nach Hause findet nicht statt.</p>
<p>&bdquo;Viele Betroffene wissen gar nicht, dass es diese Option gibt, oder scheitern an der Suche nach einem geeigneten Zentrum&ldquo;, sagt Dr. med. Katharina Reuter, ärztliche Leiterin von Seelenruh Online. &bdquo;Wir übernehmen die fachärztliche Diagnostik und die Koordination &ndash; die Behandlung selbst gehört in eine Einrichtung mit Überwachung.&ldquo;</p>
<p>Die Videosprechstunde ist für gesetzlich und privat Versicherte verfügbar. Zwischen den Behandlungsterminen erfolgt die weitere Begleitung per Video.</p>
<h2>Über Seelenruh Online</h2>
<p>Seelenruh Online ist eine vertragsärztlich zugelassene psychiatrische Praxis mit Sitz in Hamburg, die ihre Sprechstunden überwiegend per Video anbietet.</p>
<h2>Pressekontakt</h2>
<p>Henrik Albers &middot; presse@seelenruh-online.example &middot; 040 555 01 88</p>
</main>
<footer>&copy; 2026 Seelenruh Online &middot; <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h10021", "https://mentavia.example/prensa/nueva-directora-medica", "telehealth", False, "es",
  "telesalud-comunicado-mx", "Comunicado: Mentavía nombra nueva directora médica | Mentavía Telesalud", """
<header><a href="/">Mentavía Telesalud</a> <nav><a href="/como-funciona">Cómo funciona</a> <a href="/especialistas">Especialistas</a> <a href="/prensa">Prensa</a> <a href="/agenda">Agenda tu consulta</a></nav></header>
<main>
<p>COMUNICADO DE PRENSA</p>
<h1>Mentavía Telesalud nombra a la Dra. Ximena Olvera directora médica y amplía su programa de ketamina asistida</h1>
<p><b>CIUDAD DE MÉXICO, 28 de noviembre de 2026.</b> &ndash; Mentavía Telesalud, plataforma de salud mental por videoconsulta, anunció hoy el nombramiento de la Dra. Ximena Olvera Cárdenas, psiquiatra con cédula de especialidad y 15 años de experiencia en depresión resistente, como directora médica.</p>
<p>Bajo su dirección, Mentavía amplía su programa de tratamiento con ketamina a Jalisco y Nuevo León. Cada paciente tiene primero una consulta por videollamada de una hora con un psiquiatra de Mentavía, que revisa antecedentes, medicamentos y estudios de laboratorio. Solo si el psiquiatra lo considera adecuado se emite una receta, que surte una farmacia con licencia sanitaria; el paciente recibe seguimiento por video después de cada sesión.</p>
<p>&laquo;La ketamina no es un producto de consumo; es un tratamiento que requiere evaluación y acompañamiento. Mi prioridad es que cada receta tenga detrás a un psiquiatra que conoce al paciente&raquo;, señaló la Dra. Olvera.</p>
<h2>Acerca de Mentavía</h2>
<p>Mentavía Telesalud ofrece consultas de psiquiatría y psicoterapia por videollamada en 14 estados de México.</p>
<p><b>Contacto de prensa:</b> Andrea Solís, prensa@mentavia.example</p>
</main>
<footer>Mentavía Telesalud &middot; Aviso de privacidad</footer>
""", noise="cookie-es")

p("h10022", "https://psyligne.example/presse/partenariat-centres-esketamine", "telehealth", False, "fr",
  "teleconsultation-communique-fr", "Communiqué : Psyligne s'associe à 12 centres hospitaliers | Psyligne", """
<header><a href="/">Psyligne</a> <nav><a href="/teleconsultation">Téléconsultation</a> <a href="/psychiatres">Nos psychiatres</a> <a href="/presse">Presse</a> <a href="/rdv">Prendre rendez-vous</a></nav></header>
<main>
<p class="sur">Communiqué de presse</p>
<h1>Psyligne s&rsquo;associe à 12 centres hospitaliers pour faciliter l&rsquo;accès à l&rsquo;eskétamine</h1>
<p><b>BORDEAUX, le 4 décembre 2026</b> &ndash; Psyligne, service de téléconsultation psychiatrique, annonce un partenariat avec douze établissements de santé de Nouvelle-Aquitaine et d&rsquo;Occitanie habilités à administrer l&rsquo;eskétamine en spray nasal.</p>
<p>Les psychiatres de Psyligne évaluent les patients en visioconsultation, confirment l&rsquo;indication de dépression résistante et préparent le dossier d&rsquo;orientation. Le traitement lui-même est administré exclusivement dans le centre partenaire, sous surveillance médicale. Psyligne n&rsquo;envoie aucun médicament à domicile.</p>
<p>&laquo; Dans certains départements, il faut plus de six mois pour obtenir un avis spécialisé. La téléconsultation permet de raccourcir ce délai sans rien céder sur la sécurité &raquo;, souligne le Dr Benoît Lemaire, psychiatre et cofondateur de Psyligne.</p>
<p>Le suivi entre les séances est assuré en visio par le psychiatre référent de Psyligne, en lien avec l&rsquo;équipe du centre.</p>
<h2>À propos de Psyligne</h2>
<p>Psyligne réunit 40 psychiatres inscrits à l&rsquo;Ordre des médecins et propose des téléconsultations remboursées par l&rsquo;Assurance maladie.</p>
<p><b>Contact presse :</b> Élodie Marchand &middot; presse@psyligne.example</p>
</main>
<footer>Psyligne &middot; Mentions légales</footer>
""", noise="cookie-fr")

p("h10023", "https://brightwatertelehealth.example/newsroom/statement-on-no-prescription-ketamine-sites", "telehealth", False, "en",
  "telehealth-statement-on-rogue-sellers", "Statement on 'No-Prescription' Ketamine Websites | Brightwater Telehealth", """
<header><a href="/">Brightwater Telehealth</a> <nav><a href="/ketamine-therapy">Ketamine therapy</a> <a href="/our-clinicians">Our clinicians</a> <a href="/newsroom">Newsroom</a> <a href="/start">Book an evaluation</a></nav></header>
<main>
<h1>Statement from Brightwater Telehealth on recent &ldquo;no-prescription&rdquo; ketamine websites</h1>
<p class="meta">December 3, 2026 &middot; Brightwater Newsroom</p>
<p>Over the past few weeks several websites have issued press releases advertising ketamine &ldquo;delivered without a doctor visit.&rdquo; Some of them have copied language from our site, and a few patients have contacted us asking whether we are connected. We are not.</p>
<p>We want to be clear about how Brightwater works:</p>
<ul>
<li>Every patient has a live video evaluation with a licensed psychiatric clinician before any prescription. There is no automatic approval.</li>
<li>Our prescribers are listed by name, with their license numbers, on our <a href="/our-clinicians">clinicians page</a>.</li>
<li>Medication is dispensed only by licensed partner pharmacies against a prescription from a Brightwater clinician.</li>
<li>We do not accept cryptocurrency or gift cards, and we never sell ketamine by the gram.</li>
</ul>
<p>&ldquo;If a website will ship you ketamine without a clinician ever seeing you, it isn&rsquo;t a telehealth service,&rdquo; said Dr. Felicia Mwangi, Brightwater&rsquo;s chief medical officer. &ldquo;Please report those sites to your state board of pharmacy.&rdquo;</p>
<p>Media inquiries: Owen Castellano, press@brightwatertelehealth.example</p>
</main>
<footer>Brightwater Telehealth &middot; Brightwater Medical Group, PC</footer>
""")

# ---------------------------------------------------------------- clinics' and hospitals' own releases (8)

p("h10024", "https://summitridgeketamine.example/news/scottsdale-grand-opening", "clinic", False, "en",
  "clinic-new-location-release-long", "Summit Ridge Ketamine & Wellness Opens Second Infusion Center in Scottsdale", """
<div class="topbar">Call (480) 555-0126 &middot; Mon&ndash;Sat 8am&ndash;6pm &middot; <a href="/patient-portal">Patient portal</a></div>
<header><a class="logo" href="/">Summit Ridge <small>Ketamine &amp; Wellness</small></a>
<nav><a href="/treatments/iv-ketamine">IV Ketamine</a> <a href="/treatments/spravato">Spravato</a> <a href="/treatments/kap">Ketamine-Assisted Psychotherapy</a> <a href="/locations">Locations</a> <a href="/our-team">Our team</a> <a href="/news">News</a> <a class="btn" href="/consultation">Book a consultation</a></nav></header>
<div class="container">
<main>
<p class="crumbs"><a href="/news">News</a> / Press release</p>
<h1>Summit Ridge Ketamine &amp; Wellness Opens Second Infusion Center in Scottsdale</h1>
<p class="sub">Anesthesiologist-led clinic adds six private infusion suites and an on-site therapy room</p>
<p><b>SCOTTSDALE, Ariz., Nov. 14, 2026</b> &ndash; Summit Ridge Ketamine &amp; Wellness today celebrated the opening of its second Arizona location at 7450 E. Camelback Road, Suite 210, with a ribbon-cutting ceremony attended by local business leaders, patients and members of the Scottsdale Area Chamber of Commerce.</p>
<p>The 4,200-square-foot center includes six private infusion suites, each equipped with continuous vital-sign monitoring, as well as a dedicated room for ketamine-assisted psychotherapy and integration sessions. Infusions are administered by ACLS-certified registered nurses under the supervision of board-certified anesthesiologists, and every patient completes an in-person consultation and medical screening before a treatment plan is set.</p>
<blockquote>&ldquo;Since we opened in Mesa three years ago, our wait list has grown to more than two months. Scottsdale lets us see patients sooner without compromising the level of monitoring we believe every infusion needs,&rdquo; said Dr. Steven Carrow, MD, founder and medical director of Summit Ridge.</blockquote>
<p>The Scottsdale center will offer IV ketamine infusions for treatment-resistant depression, PTSD and chronic pain conditions including CRPS, and is pursuing REMS certification to provide Spravato (esketamine) in early 2027. Patients are referred by their psychiatrist or primary care provider, or can self-refer for a consultation; Summit Ridge coordinates with each patient&rsquo;s existing mental health team.</p>
<blockquote>&ldquo;We&rsquo;re proud to welcome a practice that puts patient safety first,&rdquo; said Renee Albright, president of the Scottsdale Area Chamber of Commerce.</blockquote>
<h2>Opening details</h2>
<ul><li>Address: 7450 E. Camelback Road, Suite 210, Scottsdale, AZ 85251</li><li>Hours: Monday&ndash;Saturday, 8 a.m. to 6 p.m.</li><li>Consultations: (480) 555-0126 or online at summitridgeketamine.example/consultation</li><li>Free parking and an accessible entrance on the north side of the building</li></ul>
<h2>About Summit Ridge Ketamine &amp; Wellness</h2>
<p>Founded in 2023 by anesthesiologist Steven Carrow, MD, Summit Ridge Ketamine &amp; Wellness provides IV ketamine infusions and ketamine-assisted psychotherapy in Mesa and Scottsdale, Arizona. The practice is a member of the American Society of Ketamine Physicians, Psychotherapists &amp; Practitioners.</p>
<h2>Media contact</h2>
<p>Brooke Tillman, Practice Marketing Manager<br>media@summitridgeketamine.example<br>(480) 555-0139</p>
</main>
<aside class="sidebar"><div class="card"><h3>New patients</h3><p>Every treatment plan starts with an in-person consultation with our medical team.</p><a href="/consultation">Request a consultation</a></div>
<div class="card"><h3>Locations</h3><p>Mesa &middot; 1830 S. Alma School Rd<br>Scottsdale &middot; 7450 E. Camelback Rd</p></div>
<div class="card"><h3>Payment</h3><p>Infusion packages, HSA/FSA and CareCredit accepted. <a href="/pricing">See pricing</a></p></div></aside>
</div>
<footer><p>&copy; 2026 Summit Ridge Ketamine &amp; Wellness, PLLC &middot; <a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></p><p>In crisis? Call or text 988 or go to your nearest emergency room.</p></footer>
""", noise="cookie")

p("h10025", "https://harborlightpsychiatry.example/news/rems-certified-spravato-center", "clinic", False, "en",
  "clinic-rems-certification-release", "Harborlight Psychiatry Earns REMS Certification as Spravato Treatment Center", """
<nav><a href="/">Harborlight Psychiatry</a> &middot; <a href="/services">Services</a> &middot; <a href="/spravato">Spravato</a> &middot; <a href="/news">News</a> &middot; <a href="/contact">Contact</a></nav>
<article>
<h1>Harborlight Psychiatry Earns REMS Certification as a Spravato Treatment Center</h1>
<p><b>NEW BEDFORD, Mass., Oct. 29, 2026</b> &ndash; Harborlight Psychiatry announced today that its Purchase Street office has been certified under the Spravato REMS program and is now offering esketamine nasal spray treatment for adults with treatment-resistant depression and for depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behavior.</p>
<p>Patients self-administer the nasal spray in a private treatment room under the direct observation of a Harborlight nurse and remain on site for at least two hours of monitoring, including blood pressure checks, before being discharged to a driver. Harborlight&rsquo;s psychiatrists evaluate each patient in person before treatment and coordinate prior authorization with insurance carriers.</p>
<p>&ldquo;Until now our patients had to travel to Boston or Providence for this option,&rdquo; said Dr. Miriam Sousa, MD, Harborlight&rsquo;s medical director. &ldquo;Being able to offer it here, with the same team that already knows them, makes a real difference.&rdquo;</p>
<p>Referrals are accepted from psychiatrists and primary care providers. New patients may call (508) 555-0119.</p>
<p><b>About Harborlight Psychiatry</b> &ndash; Harborlight Psychiatry is an outpatient psychiatric practice serving the South Coast of Massachusetts since 2009.</p>
<p><b>Media contact:</b> Paul Medeiros, pmedeiros@harborlightpsychiatry.example</p>
</article>
<footer>Harborlight Psychiatry, PC &middot; 712 Purchase Street, New Bedford, MA</footer>
""")

p("h10026", "https://blueheronketamine.example/blog/welcoming-dr-anaya-new-medical-director", "clinic", False, "en",
  "clinic-new-medical-director-news", "Blue Heron Welcomes Dr. Lucia Anaya as Medical Director | Blue Heron Ketamine Clinic", """
<header><a href="/">Blue Heron Ketamine Clinic</a> <nav><a href="/infusions">Infusions</a> <a href="/kap">KAP</a> <a href="/blog">News &amp; blog</a> <a href="/schedule">Schedule</a></nav></header>
<main>
<h1>Blue Heron welcomes Dr. Lucia Anaya as medical director &mdash; and launches a KAP group program</h1>
<p class="meta">Clinic news &middot; November 8, 2026</p>
<p>We&rsquo;re thrilled to announce that Lucia Anaya, MD, a board-certified anesthesiologist with 12 years of experience at Tampa General, has joined Blue Heron Ketamine Clinic as our medical director. Dr. Anaya will oversee all infusion protocols, patient screening and our nursing team in St. Petersburg.</p>
<p>&ldquo;What drew me to Blue Heron is how seriously the team takes the in-person consult and monitoring,&rdquo; Dr. Anaya said. &ldquo;I want every patient to feel safe in the chair.&rdquo;</p>
<p>With Dr. Anaya on board we&rsquo;re also launching our first <b>ketamine-assisted psychotherapy (KAP) group</b>: six participants, one licensed therapist, and intramuscular ketamine given in our clinic by our nurses, with a physician on site. The first cohort begins January 13. Participants need an individual intake appointment at the clinic first.</p>
<p>Questions about the group? Call us at (727) 555-0150 or stop by the front desk &mdash; we&rsquo;re at 455 Central Ave.</p>
</main>
<footer>Blue Heron Ketamine Clinic &middot; St. Petersburg, FL</footer>
""")

p("h10027", "https://staldricmedical.example/newsroom/interventional-psychiatry-service-launch", "clinic", False, "en",
  "hospital-service-launch-release-long", "St. Aldric University Medical Center Launches Interventional Psychiatry Service | Newsroom", """
<header class="hospital"><a class="logo" href="/">St. Aldric University Medical Center</a>
<nav><a href="/find-a-doctor">Find a doctor</a> <a href="/locations">Locations</a> <a href="/departments">Departments</a> <a href="/patients-visitors">Patients &amp; visitors</a> <a href="/newsroom">Newsroom</a> <a href="/mychart">MyChart</a> <a href="/donate">Give</a></nav></header>
<div class="layout">
<main>
<p class="crumbs"><a href="/newsroom">Newsroom</a> / News releases / 2026</p>
<h1>St. Aldric University Medical Center Launches Interventional Psychiatry Service Offering Ketamine and Esketamine Treatment</h1>
<p class="date">November 17, 2026 &middot; Office of Media Relations</p>
<p><b>HARTWELL, Ohio</b> &ndash; St. Aldric University Medical Center today opened its Interventional Psychiatry Service, bringing intravenous ketamine infusions, esketamine nasal spray, electroconvulsive therapy (ECT) and transcranial magnetic stimulation (TMS) together in a single outpatient unit on the fourth floor of the Whitfield Behavioral Health Pavilion.</p>
<p>The service is designed for adults whose depression has not improved after at least two adequate medication trials. Patients are referred by a psychiatrist or primary care physician and undergo an in-person evaluation by an interventional psychiatrist, who reviews treatment history and medical risk factors and recommends the option most likely to help.</p>
<blockquote>&ldquo;Treatment-resistant depression affects roughly a third of people with major depression, and for many years their options were limited,&rdquo; said Dr. Hollis Brennan, chair of the Department of Psychiatry. &ldquo;This unit puts every evidence-based interventional treatment under one roof, with anesthesiology and nursing support, so we can match each patient to the right therapy.&rdquo;</blockquote>
<p>Ketamine infusions are administered over 40 minutes with continuous cardiac and blood-pressure monitoring by nurses trained in procedural sedation, with an anesthesiologist available on the unit. The pavilion is a certified Spravato REMS treatment center; patients receiving esketamine are observed for at least two hours after each dose. The service also participates in two clinical trials comparing ketamine and ECT outcomes.</p>
<blockquote>&ldquo;Our patients told us that coordinating five different referrals was exhausting when they were already unwell,&rdquo; said Nadia Kowal, RN, nurse manager of the unit. &ldquo;Now there is one front desk, one team and one care plan.&rdquo;</blockquote>
<h2>Referral information</h2>
<p>Clinicians can refer patients through the EHR (order: &ldquo;Referral to Interventional Psychiatry&rdquo;) or by fax to (513) 555-0172. Most commercial plans and Medicare cover esketamine and ECT with prior authorization; coverage for ketamine infusions varies.</p>
<h2>About St. Aldric University Medical Center</h2>
<p>St. Aldric University Medical Center is a 640-bed academic medical center and Level I trauma center serving southwestern Ohio, and the primary teaching hospital of the St. Aldric University College of Medicine.</p>
<h2>Media contact</h2>
<p>Gregory Lund, Office of Media Relations &middot; (513) 555-0190 &middot; media@staldricmedical.example</p>
</main>
<aside><h3>Related</h3><ul><li><a href="/departments/psychiatry">Department of Psychiatry</a></li><li><a href="/newsroom/tms-expansion-2025">TMS program expands to evening hours</a></li><li><a href="/clinical-trials/psychiatry">Psychiatry clinical trials</a></li></ul></aside>
</div>
<footer><p>St. Aldric University Medical Center &middot; 1200 Whitfield Avenue, Hartwell, OH &middot; <a href="/privacy">Privacy</a> &middot; <a href="/price-transparency">Price transparency</a> &middot; <a href="/careers">Careers</a></p></footer>
""", noise="cookie")

p("h10028", "https://centromediconaviglio.example/news/comunicato-ambulatorio-depressione-resistente", "clinic", False, "it",
  "clinic-comunicato-it", "Comunicato stampa: nuovo ambulatorio per la depressione resistente | Centro Medico Naviglio", """
<header><a href="/">Centro Medico Naviglio</a> <nav><a href="/specialita">Specialità</a> <a href="/medici">I nostri medici</a> <a href="/news">News</a> <a href="/prenota">Prenota una visita</a></nav></header>
<main>
<p class="occhiello">Comunicato stampa</p>
<h1>Il Centro Medico Naviglio apre a Milano un ambulatorio dedicato alla depressione resistente con esketamina spray nasale</h1>
<p><b>MILANO, 19 novembre 2026</b> &ndash; Il Centro Medico Naviglio inaugura lunedì 1&deg; dicembre un nuovo ambulatorio specialistico per la depressione resistente al trattamento, in via Ripamonti 88. L&rsquo;ambulatorio è coordinato dalla dott.ssa Francesca Bellandi, psichiatra, e offre, tra le altre opzioni, il trattamento con esketamina spray nasale.</p>
<p>Ogni paziente viene valutato in presenza da uno psichiatra del Centro. Quando indicato, l&rsquo;esketamina viene autosomministrata in ambulatorio sotto la supervisione del personale sanitario e il paziente resta in osservazione per almeno due ore, con controllo della pressione arteriosa, prima di essere dimesso con un accompagnatore.</p>
<p>&laquo;Molti pazienti arrivano da noi dopo anni di tentativi. Vogliamo offrire un percorso completo, dalla diagnosi alla terapia, con la sicurezza di un ambiente sanitario&raquo;, spiega la dott.ssa Bellandi.</p>
<p>Per prenotare una prima visita: 02 5550 1247 oppure dal sito, sezione &laquo;Prenota una visita&raquo;.</p>
<h2>Il Centro Medico Naviglio</h2>
<p>Struttura sanitaria privata autorizzata, attiva a Milano dal 1998, con 60 medici specialisti.</p>
<p><b>Ufficio stampa:</b> Marta Colombo &middot; stampa@centromediconaviglio.example</p>
</main>
<footer>Centro Medico Naviglio S.r.l. &middot; Direttore sanitario dott. Paolo Ferri</footer>
""")

p("h10029", "https://kliniekdelindehof.example/nieuws/persbericht-nieuwe-locatie-utrecht", "clinic", False, "nl",
  "clinic-persbericht-nl", "Persbericht: De Lindehof opent tweede locatie in Utrecht | Kliniek De Lindehof", """
<header><a href="/">Kliniek De Lindehof</a> <nav><a href="/behandelingen">Behandelingen</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/nieuws">Nieuws</a> <a href="/contact">Contact</a></nav></header>
<main>
<p>PERSBERICHT</p>
<h1>Kliniek De Lindehof opent tweede locatie voor ketaminebehandeling in Utrecht</h1>
<p><b>UTRECHT, 12 november 2026</b> &ndash; Kliniek De Lindehof, gespecialiseerd in de behandeling van therapieresistente depressie, opent op 1 december een tweede behandellocatie aan de Catharijnesingel in Utrecht. Daarmee wil de kliniek de wachttijd, die nu ruim vier maanden bedraagt, halveren.</p>
<p>Patiënten worden verwezen door hun huisarts of psychiater en krijgen eerst een intakegesprek en lichamelijk onderzoek op locatie. Esketamine-neusspray en ketamine-infusies worden uitsluitend in de kliniek toegediend, onder toezicht van een psychiater en verpleegkundigen, met bewaking van bloeddruk en hartritme.</p>
<p>&ldquo;Met deze tweede locatie kunnen we patiënten uit het midden van het land sneller helpen, zonder concessies aan de zorgvuldigheid&rdquo;, zegt psychiater en medisch directeur dr. Jeroen Baars.</p>
<p>De behandeling wordt vergoed vanuit de basisverzekering als onderdeel van specialistische ggz.</p>
<p><b>Noot voor de redactie</b>: voor meer informatie kunt u contact opnemen met Ilse Verhoef, communicatie, via communicatie@kliniekdelindehof.example of 030 555 0134.</p>
</main>
<footer>Kliniek De Lindehof &middot; Amersfoort &amp; Utrecht</footer>
""", noise="cookie-nl")

p("h10030", "https://auroramente.example/imprensa/inauguracao-unidade-campinas", "clinic", False, "pt",
  "clinic-comunicado-pt", "Aurora Mente inaugura unidade de infusão em Campinas | Sala de imprensa", """
<header><a href="/">Clínica Aurora Mente</a> <nav><a href="/tratamentos">Tratamentos</a> <a href="/unidades">Unidades</a> <a href="/equipe">Equipe médica</a> <a href="/imprensa">Imprensa</a> <a href="/agendar">Agendar avaliação</a></nav></header>
<main>
<p class="etiqueta">Comunicado à imprensa</p>
<h1>Clínica Aurora Mente inaugura unidade de infusão de cetamina em Campinas e recebe aporte de R$ 12 milhões</h1>
<p><b>CAMPINAS, 22 de novembro de 2026</b> &ndash; A Clínica Aurora Mente, especializada em depressão resistente, inaugura nesta segunda-feira sua terceira unidade, no bairro Cambuí, em Campinas. A expansão foi financiada por um aporte de R$ 12 milhões liderado pelo fundo Ipê Saúde Capital.</p>
<p>A nova unidade tem oito salas de infusão com monitorização contínua. As infusões de cetamina são realizadas por anestesiologistas, após avaliação presencial com psiquiatra da equipe, e o paciente permanece em observação até a liberação médica. A unidade também aplica escetamina spray nasal sob supervisão.</p>
<p>&ldquo;Queremos levar um protocolo seguro, com médico presente do início ao fim, para o interior de São Paulo&rdquo;, afirma o Dr. Henrique Bastos, diretor clínico da Aurora Mente (CRM-SP 148.223).</p>
<p>Agendamentos pelo telefone (19) 5555-0140 ou pelo site.</p>
<h2>Sobre a Aurora Mente</h2>
<p>Fundada em 2021, a Aurora Mente tem unidades em São Paulo, Santos e agora Campinas. Responsável técnico: Dr. Henrique Bastos.</p>
<p><b>Assessoria de imprensa:</b> Beatriz Nogueira &middot; imprensa@auroramente.example</p>
</main>
<footer>Clínica Aurora Mente &middot; Av. Norte-Sul, 1200 &ndash; Cambuí, Campinas/SP</footer>
""", noise="cookie-pt")

p("h10031", "https://cedarpointinfusion.example/news", "clinic", False, "en", "clinic-opening-snippet",
  "Cedar Point Infusion Center news", """
NEWS: Cedar Point Infusion Center is now open in Boise, Idaho. IV ketamine infusions are given in our clinic under the supervision of Aaron Whitcombe, MD, after an in-person consultation. Call (208) 555-0147 to book.
""", ext="txt")

# ---------------------------------------------------------------- news, regulators, fact-checks, trade press, job post (9)

p("h10032", "https://valleyledger.example/news/health/2026/12/04/ketamine-press-releases-no-prescription", "informational", False, "en",
  "news-article-on-seller-releases-long", "Slick press releases tout 'no-prescription' ketamine. Pharmacists say the sites are illegal. | The Valley Ledger", """
<header class="masthead"><a class="logo" href="/">The Valley Ledger</a>
<nav><a href="/news/local">Local</a> <a href="/news/health">Health</a> <a href="/news/business">Business</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a> <a href="/obituaries">Obituaries</a> <a class="sub" href="/subscribe">Subscribe $1 for 6 months</a></nav></header>
<div class="paywall-note">You have 3 free articles left this month. <a href="/subscribe">Subscribe</a></div>
<div class="layout">
<article>
<p class="section">Health</p>
<h1>Slick press releases tout &lsquo;no-prescription&rsquo; ketamine. Pharmacists say the sites behind them are illegal.</h1>
<p class="byline">By Renata Oyelaran &middot; Dec. 4, 2026, 6:00 a.m.</p>
<p>The announcement looked like any other product launch. It had a dateline, a quote from a chief executive, an &ldquo;About the company&rdquo; paragraph and a media contact. It landed on a paid press-release distribution site on Dec. 1 and was picked up by at least a dozen automated news aggregators within hours.</p>
<p>What it announced was the &ldquo;grand opening&rdquo; of an online store called KetaMart, which promised to ship ketamine tablets and an esketamine nasal spray &ldquo;without a prescription or doctor&rsquo;s appointment,&rdquo; with a 20% launch discount and payment in Bitcoin or prepaid gift cards.</p>
<p>KetaMart is one of at least five sellers that have used wire-style press releases this fall to advertise ketamine for sale directly to consumers, according to a review by The Valley Ledger. Others include a Miami-based brand calling itself NightOwl Direct, which claims to deliver &ldquo;to all 50 states&rdquo; with no intake appointment, and a company called MindReset Now, which advertises a &ldquo;60-second AI approval&rdquo; in place of a clinician visit.</p>
<p>&ldquo;A press release doesn&rsquo;t make something legal,&rdquo; said Dr. Gwen Hallorann, a pharmacist and associate professor at a regional college of pharmacy who studies online drug sellers. &ldquo;Ketamine is a Schedule III controlled substance. Selling it to someone without a valid prescription from a practitioner who has actually evaluated them is a federal crime, whatever the website calls itself.&rdquo;</p>
<h2>Borrowing the look of legitimacy</h2>
<p>Legitimate ketamine providers also issue press releases: infusion clinics announce new locations, and telehealth companies announce funding rounds or new states. Hallorann said that is exactly why the tactic works. &ldquo;People search &lsquo;buy ketamine online&rsquo; and a news-looking page comes up. It feels vetted. It isn&rsquo;t.&rdquo;</p>
<p>The distribution service that carried the KetaMart release, PRWire Daily, says on each page that the issuer is &ldquo;solely responsible&rdquo; for the content. The company did not respond to emailed questions. The KetaMart release was no longer visible on its site as of Wednesday afternoon.</p>
<p>The Ledger placed no orders. Emails to the media contacts listed in the KetaMart and NightOwl releases went unanswered; a WhatsApp number in one release replied with a price list and a link to pay in cryptocurrency.</p>
<h2>What regulators say</h2>
<p>A spokesperson for the state Board of Pharmacy said the board had received complaints about several of the sites and had referred them to federal authorities. The board&rsquo;s advice to consumers: check that any online pharmacy is licensed in your state, and be wary of any site that does not require a prescription, offers discounts for crypto, or ships &ldquo;discreetly.&rdquo;</p>
<p>Patients interested in ketamine or esketamine treatment should talk to their own doctor or psychiatrist, Hallorann said. Esketamine (Spravato) can only be given at certified treatment centers where patients are observed for at least two hours.</p>
<p class="correction">This story has been updated to include comment from the Board of Pharmacy.</p>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
</article>
<aside class="rail"><h3>Most read</h3><ol><li><a href="#">Route 9 bridge closure extended to March</a></li><li><a href="#">School board approves later start times</a></li><li><a href="#">Holiday market returns to Riverside Park</a></li></ol>
<div class="ad">Advertisement</div></aside>
</div>
<footer><p>&copy; 2026 The Valley Ledger &middot; <a href="/about">About us</a> &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/corrections">Corrections</a> &middot; <a href="/contact">Contact the newsroom</a></p></footer>
""", noise="cookie")

p("h10033", "https://pharmacyboard.example/news/consumer-alert-online-ketamine-press-releases", "informational", False, "en",
  "regulator-consumer-alert", "Consumer Alert: Online 'Press Releases' Advertising Ketamine Without a Prescription | State Board of Pharmacy", """
<header><a href="/">State Board of Pharmacy</a> <nav><a href="/licensing">Licensing</a> <a href="/verify">Verify a license</a> <a href="/complaints">File a complaint</a> <a href="/news">News &amp; alerts</a></nav></header>
<main>
<p class="type">CONSUMER ALERT &middot; Issued December 2, 2026</p>
<h1>Board warns consumers about online &ldquo;press releases&rdquo; advertising ketamine and esketamine without a prescription</h1>
<p>The Board of Pharmacy is aware of websites that have distributed press releases and &ldquo;newsroom&rdquo; posts announcing home delivery of ketamine, esketamine nasal spray or ketamine &ldquo;research analogues&rdquo; without a prescription. Some of these announcements quote named executives and include media contacts to appear legitimate.</p>
<p>None of the websites named in complaints received by the Board is licensed as a pharmacy or nonresident pharmacy in this state. Dispensing a controlled substance without a valid prescription issued for a legitimate medical purpose by a practitioner acting in the usual course of professional practice is unlawful.</p>
<h2>Warning signs</h2>
<ul>
<li>No prescription, no clinician visit, or &ldquo;instant&rdquo; automated approval</li>
<li>Payment by cryptocurrency, gift cards or peer-to-peer apps, often with a discount</li>
<li>Promises of &ldquo;discreet&rdquo; or &ldquo;stealth&rdquo; packaging and free &ldquo;reship&rdquo; if a package is seized</li>
<li>Ordering through WhatsApp, Telegram or Signal</li>
<li>Products sold as &ldquo;not for human consumption&rdquo; (e.g. 2-FDCK, deschloroketamine)</li>
</ul>
<h2>What you can do</h2>
<p>Verify any pharmacy using the Board&rsquo;s <a href="/verify">license lookup</a>. Report suspicious websites through our <a href="/complaints">complaint form</a>. If you have taken a product bought from such a site and feel unwell, call Poison Control at 1-800-222-1222.</p>
<p>Media inquiries: Office of Communications, (555) 010-0144.</p>
</main>
<footer>State Board of Pharmacy &middot; An agency of the Department of Health</footer>
""")

p("h10034", "https://checkpointfacts.example/fact-check/fda-approved-spravato-home-delivery-no-prescription", "informational", False, "en",
  "fact-check-false-claim", "Fact Check: No, an 'FDA-approved' company is not shipping Spravato to homes without a prescription | CheckPoint Facts", """
<header><a href="/">CheckPoint Facts</a> <nav><a href="/fact-checks">Fact-checks</a> <a href="/health">Health</a> <a href="/methodology">Methodology</a> <a href="/donate">Support us</a></nav></header>
<main>
<div class="verdict">Rating: <b>FALSE</b></div>
<h1>No, an &lsquo;FDA-approved&rsquo; company is not shipping Spravato to homes without a prescription</h1>
<p class="byline">By Tomasz Wierzbicki &middot; November 26, 2026</p>
<h2>Claim</h2>
<p>A press release shared widely on Facebook and in WhatsApp groups says an online store is &ldquo;FDA-approved to deliver Spravato (esketamine) nasal spray directly to your home, no prescription needed.&rdquo;</p>
<h2>Our ruling</h2>
<p>False. Spravato is approved by the U.S. Food and Drug Administration only under a Risk Evaluation and Mitigation Strategy (REMS). It must be prescribed, and it can only be dispensed to and administered at certified treatment settings, where patients use the spray under supervision and are monitored for at least two hours. It is never shipped to patients&rsquo; homes. The FDA does not &ldquo;approve&rdquo; online stores.</p>
<h2>What we found</h2>
<p>The release was first published on a paid distribution site and credited to a company whose website lists prices for &ldquo;esketamine spray packs&rdquo; and accepts cryptocurrency. The domain was registered five weeks before the release. The &ldquo;media contact&rdquo; phone number is a WhatsApp account. We found no record of the company as a licensed pharmacy in any state database we checked.</p>
<p>The manufacturer of Spravato told CheckPoint Facts it has no relationship with the site and that the product is distributed only through the REMS program.</p>
<p>Legitimate telehealth services can prescribe generic ketamine after a clinician evaluation, but that is a different drug and a different process from esketamine, which is only given in certified clinics.</p>
<h2>Sources</h2>
<ul><li>Spravato REMS program overview</li><li>FDA prescribing information for Spravato</li><li>State pharmacy license databases (searched Nov. 24&ndash;25, 2026)</li></ul>
</main>
<footer>CheckPoint Facts is a signatory of the International Fact-Checking Network code of principles.</footer>
""")

p("h10035", "https://healthbizwire-journal.example/digital-health/quietfield-raises-18m-ketamine-telehealth", "informational", False, "en",
  "trade-press-funding-article", "Ketamine telehealth startup Quietfield raises $18M as regulators scrutinize sector | HealthBiz Journal", """
<header><a href="/">HealthBiz Journal</a> <nav><a href="/digital-health">Digital Health</a> <a href="/providers">Providers</a> <a href="/payers">Payers</a> <a href="/deals">Deals</a> <a href="/newsletter">Newsletter</a></nav></header>
<article>
<p class="section">Deals &middot; Digital Health</p>
<h1>Ketamine telehealth startup Quietfield raises $18M as regulators scrutinize the sector</h1>
<p class="byline">By Aisha Carrington &middot; Dec. 1, 2026</p>
<p>Quietfield, a Nashville-based company that offers at-home ketamine treatment after video evaluations by psychiatric clinicians, has closed an $18 million Series A, the company said in a press release Monday. The round was led by Sandbar Health Ventures.</p>
<p>The raise comes as state pharmacy boards and federal regulators step up scrutiny of online ketamine. Remote prescribing of controlled substances has been allowed under telemedicine flexibilities that federal agencies have extended several times, and several companies in the space have shut down or narrowed their offerings since 2023.</p>
<p>Quietfield CEO Daniel Prewitt said in the release that the company will use the money to hire clinicians and build remote blood-pressure monitoring. In an interview, he said the company turns down about 30% of applicants after evaluation.</p>
<p>Analysts say investors are distinguishing between clinician-led programs and a growing number of websites that advertise ketamine with no prescription at all. &ldquo;Those aren&rsquo;t competitors, they&rsquo;re a regulatory risk for everyone,&rdquo; said Leon Fairbanks, a digital health analyst at Corvid Research.</p>
<p>Quietfield operates in 11 states. Its membership starts at $229 a month, according to its website.</p>
<p class="related">Related: <a href="#">Telehealth prescribing rules: what changes in 2027</a></p>
</article>
<footer>&copy; 2026 HealthBiz Journal &middot; <a href="/advertise">Advertise</a> &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h10036", "https://diariolevante.example/sucesos/2026/12/02/desmantelada-web-ketamina-bitcoin-notas-de-prensa", "informational", False, "es",
  "noticia-sucesos-es", "Cae una web que anunciaba con notas de prensa la venta de ketamina a cambio de bitcoin | Diario Levante", """
<header><a href="/">Diario Levante</a> <nav><a href="/local">Local</a> <a href="/sucesos">Sucesos</a> <a href="/sociedad">Sociedad</a> <a href="/deportes">Deportes</a> <a href="/suscribete">Suscríbete</a></nav></header>
<article>
<p class="seccion">Sucesos</p>
<h1>Cae una web que anunciaba con &laquo;notas de prensa&raquo; la venta de ketamina a cambio de bitcoin</h1>
<p class="entradilla">Los investigadores detienen a dos personas en Valencia y Alicante y cierran una tienda online que enviaba el anestésico por correo sin receta</p>
<p class="firma">Marta Requena &middot; Valencia &middot; 02/12/2026</p>
<p>La policía ha detenido en Valencia y Alicante a dos hombres, de 34 y 41 años, acusados de gestionar una tienda online que vendía ketamina y esketamina sin receta y que se publicitaba mediante supuestas notas de prensa, según informaron fuentes de la investigación.</p>
<p>La web, que se presentaba como una &laquo;farmacia del bienestar&raquo;, difundía comunicados con el formato de una empresa real &mdash;con declaraciones de un &laquo;director general&raquo;, un apartado &laquo;Acerca de&raquo; y un contacto de prensa&mdash; en los que anunciaba envíos discretos a toda la Península y descuentos del 10 % por pagar con bitcoin. Los pedidos al por mayor se gestionaban por Telegram.</p>
<p>Los agentes intervinieron 1,8 kilos de ketamina, 300 dosis de espray nasal de origen desconocido, varias carteras de criptomonedas y material de envasado. Los arrestados están acusados de un delito contra la salud pública.</p>
<p>Fuentes sanitarias recuerdan que la esketamina solo se administra en centros hospitalarios autorizados y bajo supervisión, y que ningún tratamiento con ketamina puede adquirirse legalmente por internet sin prescripción.</p>
</article>
<footer>&copy; Diario Levante &middot; Aviso legal &middot; Política de cookies</footer>
""", noise="cookie-es")

p("h10037", "https://faktenblick.example/faktencheck/2-fdck-legales-ketamin-pressemitteilung", "informational", False, "de",
  "faktencheck-de", "Faktencheck: Nein, „2-FDCK“ ist kein „legales Ketamin“ | Faktenblick", """
<header><a href="/">Faktenblick</a> <nav><a href="/faktencheck">Faktenchecks</a> <a href="/gesundheit">Gesundheit</a> <a href="/ueber-uns">Über uns</a></nav></header>
<main>
<p class="bewertung">Bewertung: <b>Irreführend</b></p>
<h1>Nein, &bdquo;2-FDCK&ldquo; ist kein &bdquo;legales Ketamin&ldquo; &ndash; Pressemitteilung eines Onlineshops führt in die Irre</h1>
<p class="autor">Von Miriam Kessler &middot; 30. November 2026</p>
<p>In sozialen Netzwerken kursiert eine Pressemitteilung, in der ein Onlineshop eine &bdquo;legale und geprüfte Ketamin-Alternative&ldquo; namens 2-FDCK anpreist. Der Text ist im Stil einer Unternehmensmeldung verfasst, mit Zitat eines &bdquo;Leiters Beschaffung&ldquo;, Firmenporträt und Pressekontakt.</p>
<p><b>Was stimmt:</b> 2-FDCK (2-Fluordeschloroketamin) ist chemisch mit Ketamin verwandt.</p>
<p><b>Was nicht stimmt:</b> 2-FDCK ist in Deutschland nicht &bdquo;legal&ldquo;. Stoffe dieser Gruppe fallen unter das Neue-psychoaktive-Stoffe-Gesetz (NpSG); Handel und Inverkehrbringen sind verboten. Der Hinweis &bdquo;nicht für den menschlichen Verzehr&ldquo; ändert daran nichts. Zudem gibt es zu 2-FDCK keine klinischen Studien am Menschen; Reinheit und Dosierung solcher Produkte sind laut Drug-Checking-Projekten oft fehlerhaft.</p>
<p>Ein Pharmakologe, mit dem wir gesprochen haben, warnt: &bdquo;Wer das als harmloses Ersatzmittel bewirbt, verschweigt, dass niemand die Risiken kennt.&ldquo;</p>
<p><b>Fazit:</b> Die Pressemitteilung ist Werbung eines Anbieters, keine Nachricht. Die Behauptung, 2-FDCK sei ein legales Ketamin, ist irreführend.</p>
</main>
<footer>Faktenblick &ndash; unabhängiger Faktencheck &middot; Impressum</footer>
""", noise="cookie-de")

p("h10038", "https://pharmacien-cantonal.example/actualites/mise-en-garde-communiques-ketamine", "informational", False, "fr",
  "regulateur-mise-en-garde-fr", "Mise en garde : faux communiqués de presse sur la kétamine | Office du pharmacien cantonal", """
<header><a href="/">Office du pharmacien cantonal</a> <nav><a href="/autorisations">Autorisations</a> <a href="/actualites">Actualités</a> <a href="/signaler">Signaler un site</a></nav></header>
<main>
<p class="type">Mise en garde &middot; 3 décembre 2026</p>
<h1>Communiqués de presse annonçant la vente de kétamine sans ordonnance : ne commandez pas</h1>
<p>L&rsquo;Office du pharmacien cantonal a été informé de la diffusion, sur des plateformes de communiqués et sur les réseaux sociaux, de textes présentés comme des communiqués de presse d&rsquo;entreprises annonçant la livraison de kétamine, d&rsquo;eskétamine ou d&rsquo;« analogues de recherche » (2-FDCK, DCK, MXE) sans ordonnance, avec paiement en cryptomonnaie.</p>
<p>Aucune de ces entreprises ne dispose d&rsquo;une autorisation de commerce de médicaments ou de stupéfiants. La kétamine est un stupéfiant ; sa remise au public sans ordonnance médicale est interdite. Les « analogues » vendus « pour la recherche » n&rsquo;ont fait l&rsquo;objet d&rsquo;aucune évaluation et peuvent contenir d&rsquo;autres substances.</p>
<p>L&rsquo;Office recommande de ne pas commander ces produits, de ne pas relayer ces communiqués et de signaler les sites concernés via le <a href="/signaler">formulaire en ligne</a>. Les personnes souffrant de dépression résistante peuvent s&rsquo;adresser à leur médecin ou à un service de psychiatrie.</p>
<p>Contact médias : service de communication, 022 555 01 60.</p>
</main>
<footer>République et canton &middot; Département de la santé</footer>
""", noise="cookie-fr")

p("h10039", "https://solsticeinfusion.example/careers/communications-pr-manager", "informational", False, "en",
  "job-post-pr-manager", "Communications & PR Manager | Careers at Solstice Infusion Partners", """
<header><a href="/">Solstice Infusion Partners</a> <nav><a href="/clinics">Our clinics</a> <a href="/careers">Careers</a> <a href="/about">About</a></nav></header>
<main>
<h1>Communications &amp; PR Manager</h1>
<p class="meta">Remote (U.S.) or Raleigh, NC &middot; Full-time &middot; $82,000&ndash;$98,000 + bonus</p>
<h2>About us</h2>
<p>Solstice Infusion Partners operates 14 physician-led ketamine infusion and Spravato clinics in North Carolina, Virginia and Tennessee.</p>
<h2>The role</h2>
<p>We&rsquo;re looking for a communications lead to own our newsroom: clinic opening announcements, REMS certification news, physician hires and our annual outcomes report. You&rsquo;ll write press releases, build relationships with local health reporters, and make sure everything we publish meets medical, legal and FTC advertising standards.</p>
<h2>You will</h2>
<ul><li>Write and distribute 2&ndash;3 press releases a month and maintain our media kit</li><li>Coordinate ribbon-cuttings and local media for new clinic openings</li><li>Work with our medical directors to review all claims about treatment outcomes</li><li>Monitor coverage and respond to press inquiries within one business day</li></ul>
<h2>You have</h2>
<ul><li>4+ years in PR or communications, ideally in healthcare</li><li>Excellent writing; AP style</li><li>Comfort explaining sensitive mental-health topics responsibly</li></ul>
<p>Benefits: medical, dental, vision, 401(k) with 4% match, 20 days PTO. <a href="/careers/apply?job=comms-pr">Apply now</a></p>
<p class="eeo">Solstice Infusion Partners is an equal opportunity employer.</p>
</main>
<footer>&copy; 2026 Solstice Infusion Partners</footer>
""")

p("h10040", "https://jornaldoplanalto.example/saude/2026/12/05/site-cetamina-retirado", "informational", False, "pt",
  "news-brief-snippet-pt", "Site que divulgava venda de cetamina é retirado do ar", """
A Vigilância Sanitária estadual determinou a retirada do ar de um site que publicava "comunicados à imprensa" anunciando venda de cetamina e escetamina sem receita, com pagamento em Pix e criptomoedas. O órgão lembra que a cetamina é substância controlada e só pode ser dispensada com prescrição médica.
""", ext="txt")

save(OUT, R)
