# Batch 158 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Everyday sellers in six languages". Ordinary unregulated ketamine sellers as they are commonly
# met - a Telegram channel preview, a no-prescription online pharmacy, a questionnaire-only "telehealth"
# front, a research-chemical vendor (analogues, "not for human consumption"), a veterinary supplier
# that ships to anyone, an affiliate doorway blog, a classifieds ad, a WhatsApp dealer, a marketplace
# listing, a Berlin Telegram delivery service, a French pharmacy without prescription, a Dutch
# research-chemical webshop, a Brazilian social-bio ad and an Italian doorway - next to ordinary
# clinics (infusion, Spravato REMS, KAP, pain, hospital, private centres that take WhatsApp bookings),
# telehealth services (memberships, shipping pages, prescriber rosters, virtual psychiatry referring
# to partner sites) and informational pages (news quoting vendors and prices, regulator alerts,
# harm reduction, forum thread, licensed vet wholesaler, law firm).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), medium and short
# pages, navigation-heavy pages, partial pages and a few plain-text excerpts (ext="txt").
# Author: independent. Date: 2026-12-07.
# Run: python3 batch158.py (writes batch158/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch158")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

IT_COOKIE = ('<div class="cookie-law">Questo sito utilizza cookie tecnici e, previo consenso, cookie di '
             'profilazione di terze parti. <button>Accetta</button> <button>Rifiuta</button> '
             '<a href="/privacy">Informativa</a></div>')

# ---------------------------------------------------------------- sellers (14)

p("h15801", "https://tgview.example/s/kcandy_ldn_official", "seller", True, "en",
  "telegram-channel-web-preview", "K Candy LDN ✅ Official – Telegram", """
<div class="tgme_header">
<div class="tgme_channel_info_header_title">K Candy LDN ✅ Official</div>
<div class="tgme_channel_info_header_username">@kcandy_ldn_official</div>
<div class="tgme_channel_info_counters"><span>4.8K subscribers</span> <span>312 photos</span> <span>41 videos</span> <span>9 links</span></div>
<div class="tgme_channel_info_description">London &amp; M25 🚗 same day drops | UK wide NDD tracked 📦 | menu pinned 📌 | orders ONLY via @kcandy_orders – beware of clones!! we never DM first</div>
<a class="tgme_action_button" href="#">Preview channel</a> <a class="tgme_action_button" href="#">Open in app</a>
</div>
<section class="tgme_channel_history">

<div class="tgme_widget_message" data-post="kcandy_ldn_official/588">
<div class="tgme_widget_message_text">📌 MENU UPDATED 02/12 📌<br><br>
❄️ K (shards, very clean, Indian pharma origin)<br>
1g – £40<br>3.5g – £110<br>7g – £190<br>14g – £320<br>28g – £560<br><br>
💊 MDMA caps 200mg – 5 for £40<br>
🍄 shrooms chocolate bars – £35<br><br>
🚚 Drops: London zone 1-6 min order £80, M25 min £150<br>
📦 Postal: NDD tracked £10, stealth vac sealed + decoy, discreet return address<br>
💳 Pay: cash on drop / bank transfer / BTC / LTC (5% off crypto)<br><br>
DM @kcandy_orders with: item + quantity + postcode. No time wasters, no chatting on the phone.</div>
<div class="tgme_widget_message_footer"><span class="tgme_widget_message_views">3.1K</span> <time>Dec 2</time> <span>pinned</span></div>
</div>

<div class="tgme_widget_message" data-post="kcandy_ldn_official/601">
<div class="tgme_widget_message_text">New batch landed 🔥 proper shards, not the crushed mush going round. Reviews in the reviews channel 👇 <a href="#">t.me/kcandy_reviews</a></div>
<div class="tgme_widget_message_footer"><span>2.4K</span> <time>Dec 4</time></div>
</div>

<div class="tgme_widget_message" data-post="kcandy_ldn_official/604">
<div class="tgme_widget_message_text">⚠️ Scammer alert ⚠️ @kcandy_ldn_0rders (with a zero) is NOT us. We only take orders from @kcandy_orders. Stay safe fam 🙏</div>
<div class="tgme_widget_message_footer"><span>2.0K</span> <time>Dec 5</time></div>
</div>

<div class="tgme_widget_message" data-post="kcandy_ldn_official/607">
<div class="tgme_widget_message_text">XMAS DEAL 🎄 buy 7g K get 1g free, postal orders placed before 20th arrive before Xmas. Drivers out till 2am Fri/Sat</div>
<div class="tgme_widget_message_footer"><span>1.2K</span> <time>Dec 6</time></div>
</div>
</section>
<div class="tgme_footer">Telegram is a cloud-based mobile and desktop messaging app with a focus on security and speed. <a href="#">Download</a></div>
""")

p("h15802", "https://medsworld-247.example/anesthetics/ketalar-ketamine-50mg-ml-injection.html", "seller", True, "en",
  "no-rx-online-pharmacy-product-page", "Buy Ketalar (Ketamine HCl) 50 mg/ml Injection Online – MedsWorld 24/7", """
<header>
<div class="strip">✔ No prescription required ✔ Worldwide delivery 7–14 days ✔ Reship guarantee ✔ 24/7 live chat</div>
<div class="logo">MedsWorld<span>24/7</span> Online Pharmacy</div>
<form class="search"><input placeholder="Search 2,400+ medications"><button>Search</button></form>
<nav>
<a href="/">Home</a> | <a href="/bestsellers">Bestsellers</a> | <a href="/anxiety">Anxiety</a> | <a href="/pain-relief">Pain Relief</a> | <a href="/sleep">Sleep Aids</a> | <a href="/anesthetics">Anesthetics</a> | <a href="/adhd">ADHD</a> | <a href="/mens-health">Men's Health</a> | <a href="/track-order">Track Order</a> | <a href="/cart">🛒 Cart (0) $0.00</a>
</nav>
</header>
<div class="breadcrumbs"><a href="/">Home</a> › <a href="/anesthetics">Anesthetics</a> › Ketalar</div>
<main>
<div class="product">
<img src="/images/products/ketalar-10ml-vial.jpg" alt="Ketalar 10 ml vial">
<h1>Ketalar (Ketamine Hydrochloride) 50 mg/ml</h1>
<p class="manufacturer">Manufacturer: Pfizer / Par Pharmaceutical (generic equivalents may be shipped)</p>
<p class="rating">★★★★★ 4.8 (213 reviews)</p>
<p class="instock">In stock – ships within 24 h</p>
<table class="prices">
<tr><th>Package</th><th>Price</th><th>Per vial</th><th>Savings</th><th></th></tr>
<tr><td>5 vials x 10 ml</td><td>$185.00</td><td>$37.00</td><td>–</td><td><button>Add to cart</button></td></tr>
<tr><td>10 vials x 10 ml</td><td>$330.00</td><td>$33.00</td><td>$40.00</td><td><button>Add to cart</button></td></tr>
<tr><td>25 vials x 10 ml</td><td>$725.00</td><td>$29.00</td><td>$200.00</td><td><button>Add to cart</button></td></tr>
<tr><td>50 vials x 10 ml</td><td>$1,300.00</td><td>$26.00</td><td>$550.00</td><td><button>Add to cart</button></td></tr>
</table>
<p class="pay">We accept: Visa/MasterCard (via secure partner), Zelle, Bitcoin, USDT (TRC20) – <b>10% discount on crypto orders</b></p>
</div>
<section class="desc">
<h2>Product description</h2>
<p>Ketalar is a fast-acting general anesthetic used for sedation and pain relief. In recent years it has also attracted a lot of attention for its rapid antidepressant effects. Ketamine works by blocking NMDA receptors in the brain.</p>
<h3>Do I need a prescription?</h3>
<p>No. Our online consultation is included free with every order. Simply complete checkout and our pharmacist will review your order. Most orders are dispatched the same day.</p>
<h3>Shipping</h3>
<p>All parcels are shipped in discreet packaging with no mention of the contents. If your parcel is seized by customs we reship free of charge (one time).</p>
<h3>Dosage</h3>
<p>Dosage depends on the purpose of use. Please read the leaflet enclosed with the product.</p>
</section>
<section class="related"><h2>Customers also bought</h2>
<ul><li>Xanax 2 mg (Alprazolam) – from $1.20/pill</li><li>Tramadol 100 mg – from $0.95/pill</li><li>Modafinil 200 mg – from $0.89/pill</li><li>Syringes 3 ml + needles (100 pcs) – $19.00</li></ul></section>
<section class="reviews"><h2>Reviews</h2>
<p>★★★★★ "Second order, arrived in 9 days to Ohio, well packed." – Derek M.</p>
<p>★★★★☆ "Took 3 weeks to Australia but they kept me updated." – S.K.</p>
</section>
</main>
<footer>
<p>MedsWorld 24/7 © 2019–2026. All rights reserved. | <a href="/about">About us</a> | <a href="/faq">FAQ</a> | <a href="/shipping">Shipping &amp; Reship policy</a> | <a href="/contact">Contact</a></p>
<p>Live support: WhatsApp +1 (302) 555-0147 · Email: support@medsworld-247.example</p>
</footer>
""", noise="cookie")

p("h15803", "https://calmketa.example/how-it-works", "seller", True, "en",
  "questionnaire-only-fake-telehealth", "How It Works – CalmKeta | At-Home Ketamine Without the Waiting Room", """
<nav class="topnav"><a href="/" class="brand">calmketa</a>
<a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/science">The science</a> <a href="/reviews">Reviews</a> <a href="/faq">FAQ</a> <a class="btn" href="/start">Get started</a></nav>
<main>
<section class="hero">
<h1>Feel better by Friday.</h1>
<p>At-home ketamine troches, delivered in 2 days. No appointments. No video calls. No judgement.</p>
<a class="btn big" href="/start">Take the 2-minute assessment</a>
<p class="small">Trusted by 18,000+ members · 4.9★ on our review page</p>
</section>
<section class="steps">
<h2>Three easy steps</h2>
<ol>
<li><h3>1. Answer 7 quick questions</h3><p>Tell us about your mood, sleep and what you have tried before. It takes about two minutes and you can do it from your phone.</p></li>
<li><h3>2. Instant approval</h3><p>Our system reviews your answers right away. 97% of people are approved on the spot – no need to wait days for an appointment or sit through an awkward video visit. A provider signs off in the background.</p></li>
<li><h3>3. Delivered to your door</h3><p>Your troches ship in plain packaging within 24 hours. Choose your strength (100 mg, 200 mg or 400 mg) and quantity at checkout. Need more before your refill date? Just order again – there is no limit on reorders.</p></li>
</ol>
</section>
<section class="pricing-teaser">
<h2>Simple pricing</h2>
<ul>
<li>Starter – 12 troches 200 mg – $149</li>
<li>Monthly – 30 troches 200 mg – $289</li>
<li>Max – 30 troches 400 mg – $399</li>
</ul>
<p>Pay by card, Cash App or crypto. No insurance paperwork. Ships to all 50 states and Canada.</p>
</section>
<section class="faq-mini">
<h2>Is this legit?</h2>
<p>Absolutely. CalmKeta works with a network of independent providers and a compounding partner. Because our assessment is fully automated we can keep prices low and skip the bureaucracy of traditional clinics.</p>
<h2>Do I need a diagnosis?</h2>
<p>No prior diagnosis or records are needed. If you are 18 or older you can start today.</p>
</section>
</main>
<footer><p>© 2026 CalmKeta Wellness LLC. CalmKeta is a technology platform and does not practise medicine. Statements have not been evaluated by the FDA. <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h15804", "https://nordlab-reagents.example/product/2-fdck-crystal", "seller", True, "en",
  "research-chemical-vendor-analogue", "2-FDCK (2-Fluorodeschloroketamine) Crystal – NordLab Reagents", """
<header>
<div class="notice">All products are sold strictly for in-vitro research and analytical reference purposes. NOT FOR HUMAN CONSUMPTION. Buyers must be 21+.</div>
<a class="logo" href="/">NordLab Reagents</a>
<nav><a href="/shop">Shop all</a> <a href="/category/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/category/dissociatives">Dissociatives</a> <a href="/category/pellets">Pellets</a> <a href="/category/new">New arrivals</a> <a href="/lab-reports">Lab reports</a> <a href="/shipping">Shipping</a> <a href="/account">My account</a> <a href="/cart">Basket</a></nav>
</header>
<main>
<h1>2-FDCK Crystal</h1>
<p class="sku">SKU: NLR-2FDCK-C · Purity ≥ 99.5% (HPLC) · CAS 111982-50-4</p>
<form class="variations">
<label>Weight</label>
<select><option>1 g – €22.00</option><option>5 g – €85.00</option><option>10 g – €140.00</option><option>25 g – €290.00</option><option>50 g – €480.00</option><option>100 g – €820.00</option></select>
<button>Add to basket</button>
</form>
<p>Also available: <a href="/product/deschloroketamine-dck">Deschloroketamine (DCK)</a>, <a href="/product/o-pce">O-PCE</a>, <a href="/product/3-meo-pcp-pellets">3-MeO-PCP pellets 5 mg</a>, <a href="/product/methoxetamine-mxe">MXE (back in stock)</a>.</p>
<h2>Description</h2>
<p>2-Fluorodeschloroketamine (2-FDCK) is a structural analogue of ketamine in which the chlorine atom has been replaced by fluorine. It is an arylcyclohexylamine offered as a crystalline hydrochloride salt for forensic and analytical research. Crystal size may vary from batch to batch.</p>
<h2>Shipping</h2>
<p>Dispatched from within the EU within 1 working day. Double vacuum-sealed, odour-proof, discreet outer packaging. Tracked EU delivery 2–5 days, worldwide 7–21 days. Lost parcels are reshipped once after 21 days.</p>
<h2>Payment</h2>
<p>Bank transfer (SEPA), Bitcoin, Monero (XMR, 7% discount). Orders over €300 receive a free 1 g sample of the new arrival of the month.</p>
<h2>Reviews (57)</h2>
<p>“Fast to NL, nice big shards, same as the old batch.” – ★★★★★</p>
<p>“Good stuff for my research ;)” – ★★★★★</p>
</main>
<footer><p>By placing an order you confirm you are a qualified researcher and that the products will not be used for human or animal consumption. Product information is for reference only. © NordLab Reagents 2026</p></footer>
""")

p("h15805", "https://globalvetsupply.example/products/ketaset-ketamine-100mg-ml-10ml", "seller", True, "en",
  "veterinary-supplier-sells-to-anyone", "Ketaset (Ketamine) 100 mg/ml 10 ml – Global Vet Supply | No Vet License Needed", """
<header class="main">
<div class="bar">📞 WhatsApp / Telegram orders: +44 7700 900312 · Worldwide shipping · We ship to individuals, farms, pet owners and clinics</div>
<h2 class="logo">Global Vet Supply</h2>
<nav><a href="/">Home</a> <a href="/collections/equine">Equine</a> <a href="/collections/canine">Canine</a> <a href="/collections/anesthetics">Anesthetics &amp; Sedatives</a> <a href="/collections/euthanasia">Euthanasia solutions</a> <a href="/collections/dewormers">Dewormers</a> <a href="/pages/how-to-order">How to order</a> <a href="/cart">Cart</a></nav>
</header>
<main>
<h1>Ketaset (Ketamine Hydrochloride) 100 mg/ml – 10 ml vial</h1>
<p class="price">From $65.00 per vial</p>
<ul class="bulk">
<li>1 vial – $65</li><li>5 vials – $290</li><li>10 vials – $520</li><li>Box of 25 – $1,150</li>
</ul>
<button>Add to cart</button> <button>Order via WhatsApp</button>
<h2>Product details</h2>
<p>Ketaset is a dissociative anaesthetic licensed for use in cats, dogs, horses and other species. It is used for restraint and short surgical procedures, usually in combination with xylazine or medetomidine.</p>
<p>Also in stock: Vetalar-V, Ketamidor, Narketan 10, Imalgene 1000, Anesketin. Human-grade Ketalar available on request.</p>
<h2>Do I need a veterinary prescription?</h2>
<p>No. We are an international supplier and do not require a prescription or veterinary licence for orders. Simply place your order online or message us on WhatsApp. Bulk buyers and resellers welcome – contact us for wholesale price.</p>
<h2>Delivery</h2>
<p>USA, Canada, UK, EU and Australia. Packed in a cool box with discreet labelling. Delivery in 3–6 business days. Payment by bank transfer, Bitcoin, PayPal friends &amp; family, Western Union.</p>
</main>
<footer><p>Global Vet Supply © 2026 · Animal health products for professionals and animal lovers · <a href="/pages/refund-policy">Refund policy</a></p></footer>
""")

p("h15806", "https://mindfulhealthreviews.example/blog/where-to-buy-ketamine-online-2026", "seller", True, "en",
  "affiliate-doorway-blog", "Where to Buy Ketamine Online in 2026: 5 Trusted Vendors Compared (Updated December)", """
<header><a class="logo" href="/">Mindful Health Reviews</a>
<nav><a href="/">Home</a> <a href="/category/mental-health">Mental Health</a> <a href="/category/nootropics">Nootropics</a> <a href="/category/sleep">Sleep</a> <a href="/category/cbd">CBD</a> <a href="/about">About</a></nav></header>
<article>
<h1>Where to Buy Ketamine Online in 2026: 5 Trusted Vendors Compared</h1>
<p class="byline">By Jenna Hart, Wellness Writer · Updated December 3, 2026 · 11 min read</p>
<p class="disclosure"><small>Disclosure: this post contains affiliate links. If you buy through them we may earn a commission at no extra cost to you.</small></p>
<p>Depression affects more than 280 million people worldwide, and for many of them standard antidepressants simply do not work. Ketamine has become one of the most talked-about alternatives of the decade. But clinics can cost $500 per session and waiting lists are long. The good news? You can now buy ketamine online and have it delivered to your home. The bad news: the internet is full of scammers. We tested and compared the most popular vendors so you don't have to.</p>
<h2>Quick picks</h2>
<ol>
<li><b>KetaDirect Pharmacy</b> – best overall, no prescription required, ships worldwide. <a href="https://go.mindfulhealthreviews.example/ketadirect" rel="sponsored nofollow">Visit KetaDirect →</a> (use code MHR15 for 15% off)</li>
<li><b>PureDissociative</b> – best for crystal and powder, crypto discount. <a href="https://go.mindfulhealthreviews.example/puredisso" rel="sponsored nofollow">Check price →</a></li>
<li><b>VetKetaShop</b> – cheapest vials (veterinary grade, identical active ingredient). <a href="https://go.mindfulhealthreviews.example/vetketa" rel="sponsored nofollow">See deals →</a></li>
<li><b>NasalKet</b> – ready-made nasal spray, discreet shipping. <a href="https://go.mindfulhealthreviews.example/nasalket" rel="sponsored nofollow">Shop now →</a></li>
<li><b>KetaPharm EU</b> – fast European shipping, pays in SEPA. <a href="https://go.mindfulhealthreviews.example/ketapharm" rel="sponsored nofollow">Visit site →</a></li>
</ol>
<h2>1. KetaDirect Pharmacy – our top pick</h2>
<p>KetaDirect has been around since 2021 and is the vendor our readers recommend most. They stock 50 mg/ml injectables, troches and powder. There is no need for a prescription: you just fill in a short form at checkout. Our test order of 5 vials arrived in 8 days in a plain box. Price: from $35 per vial.</p>
<p><b>Pros:</b> reship guarantee, responsive Telegram support, accepts cards. <b>Cons:</b> card payments sometimes declined, so crypto is easier.</p>
<h2>How to stay safe when ordering</h2>
<ul><li>Only buy from vendors with reviews on independent sites (like this one!).</li><li>Pay with crypto for privacy.</li><li>Start low: most users begin with 25–50 mg and increase slowly.</li><li>Test your product with a reagent kit.</li></ul>
<h2>Is it legal?</h2>
<p>Ketamine is a controlled substance in most countries. Laws vary and we are not lawyers – buyers are responsible for checking local regulations. Many readers order small personal quantities without problems.</p>
<h2>Final verdict</h2>
<p>If you want a simple, discreet way to try ketamine at home, <a href="https://go.mindfulhealthreviews.example/ketadirect" rel="sponsored nofollow">KetaDirect</a> is our number one recommendation for 2026.</p>
</article>
<aside><h3>Popular posts</h3><ul><li><a href="#">Best Kratom Vendors 2026</a></li><li><a href="#">Where to Buy Modafinil Without a Prescription</a></li><li><a href="#">Top 7 Delta-8 Gummies</a></li></ul></aside>
<footer><p>© 2026 Mindful Health Reviews. Content is for informational purposes only and is not medical advice.</p></footer>
""", noise="cookie")

p("h15807", "https://classifind.example/manchester/health-beauty/ket-and-more-available-discreet-99213847", "seller", True, "en",
  "classifieds-ad-excerpt", "Ket and more available – discreet – Manchester", """
Classifind > Manchester > Health & Beauty > Other

KET AND MORE AVAILABLE 💯 DISCREET

Posted 3 hours ago · Manchester City Centre · Ad ID 99213847

Top quality ketamine, pure crystals not cut. Also got coke, mandy, xans, vallies, carts.
Local meet ups or delivery in Manchester, Salford, Stockport. UK wide postage next day, vacuum sealed stealth.
Prices on request, bulk deals for regulars.
Contact ONLY on WhatsApp +44 7700 900881 or Signal same number. Telegram @ket_mcr_plug
Don't call, text only. Serious buyers only.

Price: £1
Seller: ket_mcr (member since Nov 2026) · 2 ads
[Report this ad] [Save] [Share]
""", ext="txt")

p("h15808", "https://anuncios-ya.example/madrid/salud/ketamina-en-madrid-entrega-discreta-whatsapp-778120", "seller", True, "es",
  "whatsapp-dealer-classifieds", "Ketamina en Madrid – entrega discreta 24h – WhatsApp | AnunciosYa", """
<header><a class="logo" href="/">AnunciosYa</a> <nav><a href="/madrid">Madrid</a> › <a href="/madrid/salud">Salud y belleza</a> › Anuncio</nav> <a class="btn" href="/publicar">Publicar anuncio gratis</a></header>
<main>
<h1>Ketamina en Madrid – entrega discreta 24h</h1>
<p class="meta">Publicado hace 1 día · Madrid centro · Ref. 778120 · 412 visitas</p>
<div class="precio">Precio: 35 €</div>
<div class="descripcion">
<p>Hola! Tengo keta de muy buena calidad, en cristal (roca), nada de polvo cortado. También MDMA, tusi y setas.</p>
<p>💎 1 g – 35 €<br>💎 5 g – 150 €<br>💎 10 g – 270 €</p>
<p>Entrega en mano en Madrid (Centro, Chamberí, Lavapiés, Malasaña) o envío a toda España por mensajería en 24/48 h, envío 100% discreto y sin remitente. Pago por Bizum, transferencia o cripto.</p>
<p>Solo WhatsApp: 6XX 418 203 (no llamadas). Pide el menú completo. Seriedad.</p>
</div>
<div class="vendedor"><p>Anunciante: <b>Dani</b> · Particular · En AnunciosYa desde noviembre 2026</p>
<button>Contactar</button> <button>Ver teléfono</button></div>
<p class="aviso"><small>AnunciosYa no se hace responsable del contenido de los anuncios publicados por los usuarios. ¿Has visto algo inapropiado? <a href="/denunciar">Denunciar anuncio</a></small></p>
<section class="relacionados"><h2>Anuncios similares</h2>
<ul><li>Masajes relajantes a domicilio – 40 €</li><li>Vendo báscula de precisión 0,01 g – 12 €</li><li>Clases de yoga Retiro – 10 €</li></ul></section>
</main>
<footer><a href="/aviso-legal">Aviso legal</a> · <a href="/privacidad">Privacidad</a> · © 2026 AnunciosYa</footer>
""", noise="cookie-es")

p("h15809", "https://mercadillo-online.example/articulo/imalgene-1000-ketamina-100ml-sin-usar-5519302", "seller", True, "es",
  "marketplace-listing-vet-product", "Imalgene 1000 ketamina 100 ml – sin usar | Mercadillo Online", """
<nav class="top"><a href="/">Mercadillo Online</a> <input placeholder="Buscar en todas las categorías"> <a href="/subir">Subir producto</a> <a href="/buzon">Buzón</a> <a href="/perfil">Tú</a></nav>
<div class="ruta"><a href="/c/animales">Mascotas y animales</a> › <a href="/c/animales/veterinaria">Productos veterinarios</a></div>
<main>
<h1>Imalgene 1000 (ketamina 100 mg/ml) 10 ml x 5 viales – sin usar</h1>
<p class="precio">120 €</p>
<p class="estado">Estado: Nuevo · Envío disponible · Reservado: No</p>
<div class="descripcion">
<p>Vendo 5 viales de Imalgene 1000 precintados, caducidad 2028. Me sobraron de la granja. Ideal para veterinarios, criadores o uso propio 😉. No pido receta.</p>
<p>Envío por mensajería con envío protegido o en mano en Sevilla. También tengo Ketamidor y Xilagesic si interesa, pregunta. Hablamos por WhatsApp mejor: 7XX 552 910.</p>
</div>
<div class="vendedor"><img src="/u/av_2291.jpg" alt=""> <b>Rocío G.</b> ★★★★☆ (14 valoraciones) · Sevilla · 38 productos en venta</div>
<button>Chat</button> <button>Comprar</button> <button>Hacer una oferta</button>
<p class="stats">63 visualizaciones · 9 favoritos · Publicado hace 5 días</p>
</main>
<footer><small>Envío protegido: tu dinero está seguro hasta que recibas el producto. © Mercadillo Online</small></footer>
""", noise="cookie-es")

p("h15810", "https://k-express-berlin.example/", "seller", True, "de",
  "telegram-delivery-service-landing", "K-Express Berlin – Lieferung in 45 Minuten | Bestellen über Telegram", """
<header><div class="logo">K-EXPRESS 🛵 BERLIN</div>
<nav><a href="#menu">Menü</a> <a href="#liefergebiet">Liefergebiet</a> <a href="#bestellen">So bestellst du</a> <a href="#faq">FAQ</a></nav></header>
<main>
<section class="hero">
<h1>Deine Party. Unser Lieferdienst.</h1>
<p>Diskret, schnell, zuverlässig – seit 2022 in ganz Berlin. Täglich 14–4 Uhr, Wochenende durchgehend.</p>
<a class="btn" href="#bestellen">Jetzt über Telegram bestellen</a>
</section>
<section id="menu">
<h2>Menü</h2>
<table>
<tr><th>Produkt</th><th>1 g</th><th>3 g</th><th>5 g</th></tr>
<tr><td>Ketamin (Kristall, S-Ketamin-Anteil hoch)</td><td>35 €</td><td>95 €</td><td>150 €</td></tr>
<tr><td>Ketamin (Pulver, Nadelkristalle)</td><td>30 €</td><td>80 €</td><td>125 €</td></tr>
<tr><td>Koks (Peru, unverschnitten)</td><td>90 €</td><td>255 €</td><td>400 €</td></tr>
<tr><td>MDMA Kristalle</td><td>30 €</td><td>80 €</td><td>120 €</td></tr>
</table>
<p>Mindestbestellwert 60 €. Ab 150 € Lieferung gratis. Bezahlung bar an den Fahrer oder vorab in BTC/USDT.</p>
</section>
<section id="liefergebiet">
<h2>Liefergebiet</h2>
<p>Mitte, Friedrichshain, Kreuzberg, Neukölln, Prenzlauer Berg, Wedding, Schöneberg. Außenbezirke auf Anfrage (+10 €). Postversand deutschlandweit (DHL, neutraler Absender, vakuumiert) – Vorkasse.</p>
</section>
<section id="bestellen">
<h2>So bestellst du</h2>
<ol><li>Schreib unserem Bot <b>@kexpress_berlin_bot</b> auf Telegram.</li><li>Wähle Produkte und Menge, schick deinen Standort (kein Hauseingang nötig – Treffpunkt an der Ecke reicht).</li><li>Fahrer kommt in 30–45 Minuten. Keine Anrufe, keine Namen.</li></ol>
<p>Backup-Kanal, falls der Bot gesperrt wird: t.me/kexpress_news</p>
</section>
<section id="faq">
<h2>FAQ</h2>
<p><b>Ist das sicher?</b> Unsere Fahrer sind geschult und diskret. Wir speichern keine Daten, Chats werden nach 24 h gelöscht.</p>
<p><b>Testet ihr die Ware?</b> Jede Charge wird von uns getestet. Bewertungen findest du im Kanal.</p>
</section>
</main>
<footer><small>Nur für Personen ab 18 Jahren. © K-Express</small></footer>
""", noise="cookie-de")

p("h15811", "https://pharmacie-express-sante.example/fr/anesthesiques/ketamine-50-mg-ml-sans-ordonnance", "seller", True, "fr",
  "pharmacy-without-prescription-fr", "Kétamine 50 mg/ml sans ordonnance – livraison discrète France, Belgique, Suisse | Pharmacie Express Santé", """
<header>
<div class="bandeau">🚚 Livraison offerte dès 150 € · Paiement sécurisé · Sans ordonnance · Service client 7j/7</div>
<a class="logo" href="/fr/">Pharmacie Express Santé</a>
<nav><a href="/fr/">Accueil</a> <a href="/fr/anxiete-sommeil">Anxiété &amp; sommeil</a> <a href="/fr/douleur">Douleur</a> <a href="/fr/anesthesiques">Anesthésiques</a> <a href="/fr/sante-homme">Santé homme</a> <a href="/fr/minceur">Minceur</a> <a href="/fr/suivi">Suivi de commande</a> <a href="/fr/panier">Panier (0)</a></nav>
</header>
<main>
<p class="fil"><a href="/fr/">Accueil</a> › <a href="/fr/anesthesiques">Anesthésiques</a> › Kétamine 50 mg/ml</p>
<h1>Kétamine 50 mg/ml – solution injectable (flacons de 10 ml)</h1>
<p class="note">★★★★★ 4,7/5 – 96 avis clients</p>
<table class="tarifs">
<tr><th>Quantité</th><th>Prix</th><th>Prix par flacon</th></tr>
<tr><td>3 flacons</td><td>129,00 €</td><td>43,00 €</td></tr>
<tr><td>6 flacons</td><td>234,00 €</td><td>39,00 €</td></tr>
<tr><td>12 flacons</td><td>420,00 €</td><td>35,00 €</td></tr>
</table>
<button>Ajouter au panier</button>
<h2>Faut-il une ordonnance ?</h2>
<p>Non. Notre pharmacie partenaire située hors de l'Union européenne délivre ce produit sans ordonnance. Un questionnaire médical simplifié est à remplir lors de la commande ; il est validé automatiquement.</p>
<h2>Livraison</h2>
<p>Colis neutre, sans mention du contenu ni du nom de la pharmacie. Délai : 5 à 10 jours ouvrés vers la France, la Belgique, la Suisse et le Luxembourg. En cas de blocage en douane, nous renvoyons votre colis gratuitement.</p>
<h2>Paiement</h2>
<p>Carte bancaire (paiement traité par un partenaire), virement SEPA, Bitcoin (-10 %), coupons PCS / Transcash acceptés.</p>
<h2>Indications</h2>
<p>La kétamine est un anesthésique utilisé en milieu hospitalier. Elle est aujourd'hui étudiée dans la dépression résistante. Lisez attentivement la notice avant toute utilisation.</p>
</main>
<footer><p>© 2026 Pharmacie Express Santé – <a href="/fr/cgv">CGV</a> – <a href="/fr/contact">Contact</a> – WhatsApp : +33 7 55 00 14 92</p></footer>
""", noise="cookie-fr")

p("h15812", "https://chemgeniek.example/nl/dissociatieven/2-fdck-pellets-20mg", "seller", True, "nl",
  "research-chemical-webshop-nl", "2-FDCK pellets 20 mg kopen – Chemgeniek | Research chemicals sinds 2015", """
<header>
<div class="usp">✓ Voor 16:00 besteld, morgen in huis (NL/BE) ✓ Discreet verpakt ✓ Betalen met iDEAL, Bancontact of crypto</div>
<a class="logo" href="/nl/">Chemgeniek</a>
<nav><a href="/nl/nieuw">Nieuw</a> <a href="/nl/stimulantia">Stimulantia</a> <a href="/nl/dissociatieven">Dissociatieven</a> <a href="/nl/psychedelica">Psychedelica</a> <a href="/nl/benzo-analogen">Benzo-analogen</a> <a href="/nl/testkits">Testkits</a> <a href="/nl/weegschalen">Weegschalen</a> <a href="/nl/winkelwagen">Winkelwagen</a></nav>
</header>
<main>
<p class="kruimel"><a href="/nl/">Home</a> › <a href="/nl/dissociatieven">Dissociatieven</a> › 2-FDCK pellets</p>
<h1>2-FDCK pellets 20 mg</h1>
<p class="prijs">vanaf € 12,50</p>
<ul class="staffel"><li>5 stuks – € 12,50</li><li>10 stuks – € 22,00</li><li>25 stuks – € 47,50</li><li>50 stuks – € 85,00</li><li>100 stuks – € 150,00</li></ul>
<button>In winkelwagen</button>
<h2>Productinformatie</h2>
<p>2-Fluorodeschloroketamine (2-FDCK) is een dissociatief middel uit de arylcyclohexylamine-familie en een analoog van ketamine. Onze pellets zijn nauwkeurig gedoseerd op 20 mg en worden geleverd in een luchtdicht zakje.</p>
<p><b>Let op:</b> dit product wordt uitsluitend verkocht als referentiemateriaal voor wetenschappelijk onderzoek. Niet geschikt voor menselijke consumptie. Verkoop alleen aan personen van 18 jaar en ouder.</p>
<h2>Ook bekeken</h2>
<ul><li>Deschloroketamine (DCK) poeder 1 g – € 19,95</li><li>O-PCE 500 mg – € 24,95</li><li>Ketamine-reagenstest (Mandelin) – € 7,95</li></ul>
<h2>Verzending</h2>
<p>Wij verzenden vanuit Nederland in een neutrale envelop zonder logo. Levering in heel Europa, buiten de EU op eigen risico.</p>
<h2>Reviews</h2>
<p>★★★★★ „Snelle levering, pellets netjes verpakt, zelfde kwaliteit als vorige keer.” – Thijs</p>
</main>
<footer><small>Chemgeniek B.V. · KvK 00000000 · <a href="/nl/voorwaarden">Algemene voorwaarden</a> · Klantenservice via chat of Telegram @chemgeniek_support</small></footer>
""", noise="cookie-nl")

p("h15813", "https://instaprofile-viewer.example/u/keta.delivery.sp", "seller", True, "pt",
  "social-bio-ad-excerpt", "keta.delivery.sp (@keta.delivery.sp) – perfil", """
keta.delivery.sp
@keta.delivery.sp · 2.314 seguidores · 87 seguindo · 41 publicações

🇧🇷 Entrega em SP capital e ABC 🛵 | Envio p/ todo Brasil via Sedex 📦 discreto
❄️ Keta cristal importada 🇳🇱 | 🍬 bala | 🌿 skunk | 🍫 doce
💰 Pix / cripto | pedidos só no zap 👇
wa.me/5511900000412
⚠️ Não respondo direct! Perfil reserva: @keta.delivery.sp2

Destaques: CARDÁPIO · FEEDBACKS · ENTREGAS · SEDEX

Publicação fixada: "Cardápio atualizado 🔥 Keta 1g R$120 | 5g R$500 | 10g R$900. Frete grátis acima de R$600. Chama no zap!"
""", ext="txt")

p("h15814", "https://benessere-naturale-blog.example/2026/11/ketamina-online-dove-comprarla", "seller", True, "it",
  "italian-doorway-blog", "Ketamina online: dove comprarla in Italia senza ricetta (guida 2026)", """
""" + IT_COOKIE + """
<header><a class="logo" href="/">Benessere Naturale Blog</a>
<nav><a href="/">Home</a> <a href="/categoria/ansia">Ansia</a> <a href="/categoria/sonno">Sonno</a> <a href="/categoria/integratori">Integratori</a> <a href="/contatti">Contatti</a></nav></header>
<article>
<h1>Ketamina online: dove comprarla in Italia senza ricetta (guida 2026)</h1>
<p class="meta">di Redazione · 18 novembre 2026 · 6 min di lettura</p>
<p>Sempre più persone cercano alternative agli antidepressivi tradizionali e la ketamina è diventata uno degli argomenti più discussi. In Italia però l'accesso ai centri che usano l'esketamina è lento e le liste d'attesa sono lunghe. Per questo molti lettori ci chiedono: <em>è possibile comprare ketamina online?</em></p>
<h2>Il negozio che consigliamo</h2>
<p>Dopo aver provato diversi siti, il fornitore più affidabile che abbiamo trovato è <a href="https://go.benessere-naturale-blog.example/ketashop-it" rel="nofollow sponsored">KetaShop Italia</a>: spedizione da un magazzino europeo in 3-5 giorni, pacco anonimo senza riferimenti al contenuto, nessuna ricetta richiesta. Fiale da 50 mg/ml a partire da 39 €, cristalli da 45 € al grammo.</p>
<p>👉 <a href="https://go.benessere-naturale-blog.example/ketashop-it" rel="nofollow sponsored"><b>Vai al negozio e usa il codice BENESSERE10 per il 10% di sconto</b></a></p>
<h2>Come pagare</h2>
<p>Si può pagare con bonifico, ricarica PostePay o Bitcoin. Il pagamento in criptovaluta garantisce più privacy e uno sconto aggiuntivo.</p>
<h2>Consigli per l'uso</h2>
<p>Iniziare con dosi basse e non mescolare con alcol. Per qualsiasi dubbio consultare un medico.</p>
<h2>Domande frequenti</h2>
<p><b>La spedizione è sicura?</b> Secondo i nostri lettori, la maggior parte dei pacchi arriva senza problemi; in caso di sequestro il negozio rispedisce gratuitamente.</p>
</article>
<aside><h3>Articoli correlati</h3><ul><li><a href="#">Melatonina: le migliori marche</a></li><li><a href="#">CBD legale: dove comprarlo</a></li><li><a href="#">Modafinil online senza ricetta</a></li></ul></aside>
<footer><small>Questo blog contiene link di affiliazione. Le informazioni hanno scopo divulgativo. © 2026</small></footer>
""")

# ---------------------------------------------------------------- telehealth (9)

p("h15815", "https://evenkeelhealth.example/", "telehealth", False, "en",
  "telehealth-home-long-chrome", "Even Keel Health – At-home ketamine therapy with licensed psychiatric clinicians", """
<header>
<a class="logo" href="/">Even Keel Health</a>
<nav><a href="/treatment">Treatment</a> <a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/safety">Safety</a> <a href="/states">Where we operate</a> <a href="/blog">Resources</a> <a href="/login">Log in</a> <a class="btn" href="/eligibility">Check eligibility</a></nav>
</header>
<main>
<section class="hero">
<h1>Ketamine treatment for depression and anxiety, from home – guided by real clinicians.</h1>
<p>Start with a free eligibility check, then a 60-minute video evaluation with a board-certified psychiatrist or psychiatric nurse practitioner. If ketamine is right for you, your prescription is sent to our licensed partner pharmacy.</p>
<a class="btn" href="/eligibility">See if you're eligible</a> <a class="link" href="/how-it-works">How it works →</a>
</section>
<section class="steps">
<h2>How treatment works</h2>
<ol>
<li><b>Eligibility screening (5 min).</b> Questions about your health history, medications and symptoms. This does not approve you for treatment – it tells us whether an evaluation makes sense.</li>
<li><b>Video evaluation with a clinician (60 min).</b> A licensed prescriber in your state reviews your history, screens for blood pressure problems, psychosis, substance use and other contraindications, and may request records from your doctor.</li>
<li><b>Personalised plan.</b> If appropriate, your clinician prescribes sublingual ketamine. The prescription goes to our partner pharmacy, which ships to your home after verifying it. About 1 in 4 people we evaluate are not prescribed ketamine and are referred to other care.</li>
<li><b>Supported sessions.</b> Each session requires a trusted "sitter" present, a blood-pressure reading before you start and a check-in afterwards. Follow-up video visits every 2–4 weeks.</li>
</ol>
</section>
<section class="pricing">
<h2>Transparent pricing</h2>
<p>Initial evaluation: $199 (refunded if you are not prescribed). Treatment program: $279/month including follow-ups, integration coaching and medication. HSA/FSA cards accepted. We do not accept insurance for this program.</p>
</section>
<section class="trust">
<h2>Safety is not optional</h2>
<p>Ketamine is a Schedule III controlled substance. We do not ship without a clinician-written prescription, we do not offer "instant approval", and we will never sell ketamine by itself. If a website offers ketamine without a real evaluation, please don't use it.</p>
</section>
<section class="quotes"><blockquote>"My evaluation took over an hour and they asked for my records – that's when I knew this was serious care." – Member in Colorado</blockquote></section>
</main>
<footer>
<nav><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/press">Press</a> <a href="/privacy">Privacy</a> <a href="/hipaa">Notice of privacy practices</a> <a href="/terms">Terms</a> <a href="/contact">Contact</a></nav>
<p>Clinical services are provided by Even Keel Medical Group, P.C. and affiliated professional entities. If you are in crisis, call or text 988.</p>
<p>© 2026 Even Keel Health, Inc.</p>
</footer>
""", noise="cookie")

p("h15816", "https://evenkeelhealth.example/checkout/membership", "telehealth", False, "en",
  "telehealth-membership-checkout", "Checkout – Even Keel Health Membership", """
<header><a class="logo" href="/">Even Keel Health</a> <span class="secure">🔒 Secure checkout</span></header>
<main class="checkout">
<h1>Start your membership</h1>
<div class="summary">
<h2>Order summary</h2>
<table>
<tr><td>Initial psychiatric evaluation (video, 60 min)</td><td>$199.00</td></tr>
<tr><td>First month – Ketamine Care program</td><td>$279.00 <small>charged only if you are prescribed</small></td></tr>
<tr><td>Blood pressure cuff (required, shipped free)</td><td>$0.00</td></tr>
<tr><td><b>Due today</b></td><td><b>$199.00</b></td></tr>
</table>
<p><small>Promo code FIRSTSTEP applied – $50 off your first month after prescription.</small></p>
</div>
<form>
<h2>Payment</h2>
<label>Card number</label><input> <label>Expiry</label><input> <label>CVC</label><input>
<p>We accept Visa, Mastercard, Amex, Discover, HSA and FSA cards.</p>
<label><input type="checkbox"> I understand that paying does not guarantee a prescription. A licensed clinician decides whether ketamine is appropriate after my evaluation, and medication ships from a licensed pharmacy only after a prescription is written.</label>
<label><input type="checkbox"> I agree to the <a href="/terms">Terms</a>, <a href="/consent">Informed consent for telehealth</a> and <a href="/cancellation">cancellation policy</a> (cancel anytime from your dashboard).</label>
<button>Pay $199 and schedule my evaluation</button>
</form>
</main>
<footer><small>Questions? support@evenkeelhealth.example · (888) 555-0192 · Mon–Fri 8am–8pm ET</small></footer>
""")

p("h15817", "https://northpine-mindcare.example/faq/is-it-legal-to-get-ketamine-online", "telehealth", False, "en",
  "telehealth-faq-scam-warning", "Is it legal to get ketamine online? | Northpine MindCare FAQ", """
<nav><a href="/">Northpine MindCare</a> / <a href="/faq">FAQ</a> / Legal &amp; safety</nav>
<article>
<h1>Is it legal to get ketamine online?</h1>
<p>Yes – when it is prescribed by a licensed clinician after a proper evaluation and dispensed by a licensed pharmacy. Under current U.S. telemedicine rules, controlled substances such as ketamine can be prescribed after a real-time video visit with a prescriber who is licensed in your state and registered with the DEA.</p>
<p>What is <b>not</b> legal is buying ketamine from a website, app or social-media account that sells it without a prescription. Warning signs we see every week:</p>
<ul>
<li>"No prescription needed" or "free online consultation included with your order"</li>
<li>Approval in seconds after a short questionnaire, with no video visit</li>
<li>Payment in Bitcoin, gift cards or Zelle only</li>
<li>Orders taken on WhatsApp or Telegram, "stealth shipping" and "reship if seized"</li>
<li>Vials, powder or "research chemicals" such as 2-FDCK sold by the gram</li>
</ul>
<p>Products from these sellers are frequently counterfeit, contaminated or mislabelled. If you have already bought from one, you can talk to your doctor without judgement and report the site to the FDA's BeSafeRx program.</p>
<h2>How Northpine is different</h2>
<p>Every Northpine patient has a 45-minute video intake with one of our psychiatric nurse practitioners, plus follow-ups. Prescriptions are sent to licensed pharmacies in your state. We serve adults in 19 states. <a href="/get-started">Book your intake</a>.</p>
</article>
<footer><small>Northpine MindCare PLLC · This page is general information, not legal advice.</small></footer>
""")

p("h15818", "https://brightway-psychiatry.example/treatments/spravato", "telehealth", False, "en",
  "virtual-psychiatry-refers-spravato", "Spravato (esketamine) evaluation online | Brightway Virtual Psychiatry", """
<header><a class="logo" href="/">Brightway Virtual Psychiatry</a>
<nav><a href="/conditions">Conditions</a> <a href="/treatments">Treatments</a> <a href="/insurance">Insurance</a> <a href="/providers">Providers</a> <a class="btn" href="/book">Book a visit</a></nav></header>
<main>
<h1>Spravato® (esketamine) for treatment-resistant depression</h1>
<p>Brightway's psychiatrists and psychiatric nurse practitioners see patients by secure video in Texas, Florida, Georgia and North Carolina. If you have tried at least two antidepressants without enough relief, we can evaluate you online to see whether Spravato is an option.</p>
<h2>How it works with Brightway</h2>
<ol>
<li>Book a 60-minute psychiatric evaluation by video. Most commercial insurance plans and Medicare are accepted.</li>
<li>If Spravato is appropriate, your Brightway prescriber handles the prior authorization with your insurer.</li>
<li>Spravato is only given in person at a REMS-certified treatment center, where you self-administer the nasal spray under supervision and are monitored for at least two hours. We refer you to a certified partner center near you and coordinate with them.</li>
<li>You continue medication management and therapy with Brightway by video.</li>
</ol>
<p class="note">Spravato is never mailed to your home. Brightway does not prescribe ketamine lozenges or injections.</p>
<h2>Cost</h2>
<p>With insurance, your evaluation costs your usual specialist copay. Self-pay evaluation: $250. Treatment-center fees and medication are billed by the center.</p>
<a class="btn" href="/book?service=spravato-eval">Book a Spravato evaluation</a>
</main>
<footer><small>© 2026 Brightway Virtual Psychiatry, PA. Spravato is a registered trademark of Janssen Pharmaceuticals.</small></footer>
""")

p("h15819", "https://evenkeelhealth.example/help/shipping-and-packaging", "telehealth", False, "en",
  "telehealth-shipping-page-medium", "Shipping & packaging – Even Keel Health Help Center", """
<div class="help-nav"><a href="/help">Help Center</a> › <a href="/help/medication">Medication</a> › Shipping &amp; packaging</div>
<article>
<h1>How is my medication shipped?</h1>
<p>After your clinician writes a prescription, it is sent electronically to one of our licensed partner pharmacies. The pharmacist reviews it, and your medication ships by overnight courier in discreet, tamper-evident packaging. The outer box does not mention ketamine or Even Keel.</p>
<h2>Signature required</h2>
<p>Because ketamine is a controlled substance, an adult signature (21+) with photo ID is required at delivery. Packages cannot be left at the door, redirected to another address or shipped to a P.O. box.</p>
<h2>Refills</h2>
<p>Refills are never automatic. Your clinician authorizes each shipment after your follow-up visit and symptom check-in. If you miss a follow-up, your next shipment is paused.</p>
<h2>Where we ship</h2>
<p>Only to your home address in a state where your prescriber is licensed. We do not ship internationally.</p>
<h2>Lost or damaged packages</h2>
<p>Contact support within 48 hours. For safety reasons, replacement of a controlled medication requires review by your clinician and the pharmacy.</p>
</article>
""")

p("h15820", "https://apps-directory.example/app/serene-ketamine-care", "telehealth", False, "en",
  "app-store-description-excerpt", "Serene Ketamine Care – app description", """
Serene Ketamine Care — Health & Fitness · 4.6 ★ (2.1K ratings) · Free (in-app purchases)

Serene connects adults with treatment-resistant depression to licensed psychiatric clinicians for at-home ketamine therapy. Book a video evaluation, track your mood with PHQ-9 and GAD-7 check-ins, log blood pressure before each session, and message your care team.

Medication is prescribed only after a live video evaluation and shipped by a licensed pharmacy in your state. Memberships start at $219/month. Available in 22 U.S. states.
""", ext="txt")

p("h15821", "https://northpine-mindcare.example/about/our-clinicians", "telehealth", False, "en",
  "prescriber-roster-navigation-heavy", "Our clinicians | Northpine MindCare", """
<header><a class="logo" href="/">Northpine MindCare</a>
<nav>
<ul>
<li><a href="/services">Services</a><ul><li><a href="/services/ketamine">At-home ketamine</a></li><li><a href="/services/medication-management">Medication management</a></li><li><a href="/services/therapy">Therapy</a></li><li><a href="/services/tms-referral">TMS referral</a></li></ul></li>
<li><a href="/conditions">Conditions</a><ul><li><a href="/conditions/depression">Depression</a></li><li><a href="/conditions/ptsd">PTSD</a></li><li><a href="/conditions/anxiety">Anxiety</a></li><li><a href="/conditions/ocd">OCD</a></li></ul></li>
<li><a href="/pricing">Pricing</a></li><li><a href="/states">States</a></li><li><a href="/faq">FAQ</a></li><li><a href="/about">About</a><ul><li><a href="/about/our-clinicians">Our clinicians</a></li><li><a href="/about/safety">Safety standards</a></li><li><a href="/about/careers">Careers</a></li></ul></li>
<li><a href="/login">Patient portal</a></li><li><a class="btn" href="/get-started">Get started</a></li>
</ul></nav></header>
<main>
<h1>Our clinicians</h1>
<p>Every Northpine patient is evaluated by one of these licensed prescribers.</p>
<div class="card"><h3>Dr. Miriam Castellanos, MD</h3><p>Medical Director · Board-certified in Psychiatry (ABPN) · Licensed in WA, OR, ID, MT, CO</p></div>
<div class="card"><h3>Jordan Whitfield, PMHNP-BC</h3><p>Psychiatric Nurse Practitioner · Licensed in MN, WI, IA, IL</p></div>
<div class="card"><h3>Anika Rao, DNP, PMHNP-BC</h3><p>Psychiatric Nurse Practitioner · Licensed in NY, NJ, CT, PA</p></div>
<div class="card"><h3>Dr. Samuel Okafor, DO</h3><p>Psychiatrist · Board-certified · Licensed in TX, OK, NM, AZ</p></div>
<div class="card"><h3>Leah Brennan, PMHNP-BC</h3><p>Psychiatric Nurse Practitioner · Licensed in FL, GA, NC, SC, VA</p></div>
</main>
<footer>
<nav><a href="/about">About</a> · <a href="/privacy">Privacy</a> · <a href="/npp">Notice of Privacy Practices</a> · <a href="/terms">Terms</a> · <a href="/accessibility">Accessibility</a> · <a href="/contact">Contact</a> · <a href="/sitemap">Sitemap</a></nav>
<p>© 2026 Northpine MindCare PLLC. In an emergency call 911 or 988.</p>
</footer>
""", noise="cookie")

p("h15822", "https://psychiatrie-online-praxis.example/esketamin", "telehealth", False, "de",
  "german-video-psychiatry-refers-esketamine", "Esketamin-Nasenspray: Abklärung per Video-Sprechstunde | Psychiatrie Online Praxis", """
<header><a class="logo" href="/">Psychiatrie Online Praxis</a>
<nav><a href="/leistungen">Leistungen</a> <a href="/ablauf">Ablauf</a> <a href="/kosten">Kosten</a> <a href="/team">Team</a> <a href="/kontakt">Kontakt</a> <a class="btn" href="/termin">Termin buchen</a></nav></header>
<main>
<h1>Esketamin bei therapieresistenter Depression – Abklärung per Video</h1>
<p>Sie haben bereits mindestens zwei Antidepressiva ohne ausreichende Wirkung eingenommen? In unserer Video-Sprechstunde prüfen Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie, ob eine Behandlung mit Esketamin-Nasenspray (Spravato®) für Sie in Frage kommt.</p>
<h2>Ablauf</h2>
<ol>
<li>Online-Terminbuchung und digitaler Anamnesebogen.</li>
<li>Ausführliches Erstgespräch per Video (ca. 50 Minuten) mit Befundbesprechung; Vorbefunde und Medikamentenplan bitte vorab hochladen.</li>
<li>Kommt Esketamin in Betracht, erfolgt die Anwendung ausschließlich vor Ort in einer unserer Kooperationspraxen bzw. -kliniken (Hamburg, Köln, München), mit Überwachung von Blutdruck und Befinden für mindestens zwei Stunden.</li>
<li>Weitere Begleitung, Psychotherapie und Verlaufskontrollen per Video.</li>
</ol>
<p class="hinweis">Wir versenden keine Medikamente und verordnen kein Ketamin zur Anwendung zu Hause.</p>
<h2>Kosten</h2>
<p>Video-Sprechstunde für gesetzlich Versicherte über die eGK abrechenbar. Privatpatienten und Selbstzahler nach GOÄ (Erstgespräch ca. 120–160 €).</p>
</main>
<footer><small>Psychiatrie Online Praxis · Ärztliche Leitung: Dr. med. Katrin Vogelsang · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></small></footer>
""", noise="cookie-de")

p("h15823", "https://mentevivatelepsiq.example/cetamina-oral", "telehealth", False, "pt",
  "brazilian-telepsychiatry", "Cetamina para depressão com acompanhamento por teleconsulta | MenteViva Telepsiquiatria", """
<header><a class="logo" href="/">MenteViva Telepsiquiatria</a>
<nav><a href="/como-funciona">Como funciona</a> <a href="/psiquiatras">Psiquiatras</a> <a href="/precos">Preços</a> <a href="/duvidas">Dúvidas</a> <a class="btn" href="/agendar">Agendar teleconsulta</a></nav></header>
<main>
<h1>Tratamento com cetamina acompanhado por psiquiatra, por teleconsulta</h1>
<p>Na MenteViva, todo tratamento começa com uma teleconsulta psiquiátrica completa (60 minutos) com médico inscrito no CRM. Avaliamos histórico, medicamentos em uso, pressão arterial e contraindicações antes de qualquer prescrição.</p>
<h2>Como funciona</h2>
<ol>
<li>Agende sua teleconsulta e envie exames e relatórios anteriores.</li>
<li>Se a cetamina for indicada, o psiquiatra emite a receita de controle especial. A formulação é preparada por farmácia de manipulação parceira, licenciada pela Anvisa, somente mediante receita original.</li>
<li>As primeiras sessões são feitas em clínica parceira presencial; depois, com critérios de segurança, algumas sessões podem ser acompanhadas por vídeo, sempre com um acompanhante adulto presente.</li>
<li>Retornos a cada 15 dias por vídeo.</li>
</ol>
<h2>Valores</h2>
<p>Teleconsulta inicial: R$ 480. Plano de acompanhamento mensal: R$ 690 (sem medicamento). Aceitamos Pix e cartão em até 6x.</p>
<p class="aviso">Não vendemos cetamina. Desconfie de perfis em redes sociais que oferecem "keta" com entrega.</p>
</main>
<footer><small>Responsável técnico: Dr. Rafael Mendonça – CRM-SP 000000 · RQE 00000 · © 2026 MenteViva</small></footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics (8)

p("h15824", "https://harborlightinfusions.example/ketamine-infusion-pricing", "clinic", False, "en",
  "infusion-clinic-prices-packages-long", "Ketamine Infusion Pricing & Packages | Harbor Light Infusion Center – Tampa, FL", """
<header>
<div class="topbar">📍 4120 W Kennedy Blvd, Suite 210, Tampa FL · 📞 (813) 555-0164 · Mon–Sat 8am–6pm</div>
<a class="logo" href="/">Harbor Light Infusion Center</a>
<nav><a href="/ketamine-for-depression">Depression</a> <a href="/ketamine-for-ptsd">PTSD</a> <a href="/ketamine-for-pain">Chronic Pain</a> <a href="/spravato">Spravato</a> <a href="/iv-hydration">IV Hydration</a> <a href="/ketamine-infusion-pricing">Pricing</a> <a href="/our-team">Our Team</a> <a class="btn" href="/book">Book now</a></nav>
</header>
<main>
<h1>Ketamine infusion pricing</h1>
<p>We believe in transparent, all-inclusive pricing. Every infusion is administered by our anesthesia team in a private suite, with continuous monitoring of heart rate, blood pressure and oxygen levels.</p>
<table class="pricing">
<tr><th>Service</th><th>Price</th></tr>
<tr><td>Free phone consultation</td><td>$0</td></tr>
<tr><td>Medical intake &amp; psychiatric screening (required)</td><td>$150</td></tr>
<tr><td>Single IV ketamine infusion – mood (40 min)</td><td>$450</td></tr>
<tr><td>Induction package – 6 infusions over 2–3 weeks</td><td>$2,400 (save $300)</td></tr>
<tr><td>Booster infusion</td><td>$425</td></tr>
<tr><td>Chronic pain infusion (up to 4 hours)</td><td>from $750</td></tr>
</table>
<p>Pay your deposit online to reserve your first infusion. We accept all major credit cards, HSA/FSA, and financing through CareCredit and Advance Care. Veterans and first responders receive 10% off.</p>
<a class="btn" href="/book">Book your consultation</a> <a class="btn-outline" href="/gift-cards">Buy a gift card</a>
<h2>What's included</h2>
<ul><li>Pre-infusion vitals and review by the attending provider</li><li>Anti-nausea medication as needed</li><li>Recovery time in a private suite – you must have a driver to take you home</li><li>Post-infusion integration call with our therapist</li></ul>
<h2>Who is a candidate?</h2>
<p>Adults with treatment-resistant depression, PTSD, OCD or certain chronic pain conditions. We require a referral or records from your treating clinician and you continue care with them. Ketamine is not appropriate for people with uncontrolled hypertension, active psychosis or a history of ketamine misuse.</p>
<h2>Does insurance cover ketamine infusions?</h2>
<p>Most plans do not cover IV ketamine for mood disorders. We provide a superbill you can submit for possible out-of-network reimbursement. Spravato treatment is usually covered by insurance – see our <a href="/spravato">Spravato page</a>.</p>
</main>
<aside class="reviews"><h3>Google reviews ★ 4.9 (318)</h3><p>"The staff made me feel safe from the moment I walked in." – T.R.</p></aside>
<footer><p>Harbor Light Infusion Center, LLC · Medical Director: Paul Hennessey, MD, Anesthesiology · <a href="/privacy">Privacy</a> · <a href="/hipaa">HIPAA</a> · © 2026</p></footer>
""", noise="cookie")

p("h15825", "https://cedarvalley-behavioral.example/services/spravato-treatment-center", "clinic", False, "en",
  "spravato-rems-center-medium", "Spravato Treatment Center | Cedar Valley Behavioral Health – Des Moines", """
<nav><a href="/">Cedar Valley Behavioral Health</a> › <a href="/services">Services</a> › Spravato</nav>
<main>
<h1>Spravato® (esketamine) nasal spray</h1>
<p>Cedar Valley is a REMS-certified Spravato treatment center. Treatment takes place in our Ingersoll Avenue office under the supervision of our nursing staff.</p>
<h2>What to expect at each visit</h2>
<ul>
<li>Your blood pressure is checked before treatment.</li>
<li>You self-administer the nasal spray under direct observation.</li>
<li>You stay with us for at least 2 hours of monitoring in a comfortable recliner room.</li>
<li>You may not drive until the next day after a restful sleep – please arrange a ride.</li>
</ul>
<p>The usual schedule is twice a week for weeks 1–4, weekly for weeks 5–8, then weekly or every two weeks.</p>
<h2>Insurance</h2>
<p>We accept Wellmark BCBS, Medicare, Iowa Medicaid (IA Health Link), Aetna, Cigna and UnitedHealthcare. Our team handles prior authorization and can enroll you in the manufacturer's savings program.</p>
<h2>Referrals</h2>
<p>Patients can be referred by their psychiatrist or primary care provider, or self-refer for an evaluation with one of our psychiatrists.</p>
<p><a class="btn" href="/request-appointment">Request an appointment</a> · Call (515) 555-0138 · Fax referrals to (515) 555-0139</p>
</main>
""")

p("h15826", "https://riverstone-kap.example/", "clinic", False, "en",
  "kap-practice-gift-cards", "Riverstone Ketamine-Assisted Psychotherapy – Portland, OR", """
<header><a class="logo" href="/">Riverstone KAP</a>
<nav><a href="/approach">Our approach</a> <a href="/team">Therapists &amp; prescribers</a> <a href="/fees">Fees</a> <a href="/groups">Group KAP</a> <a href="/gift-certificates">Gift certificates</a> <a class="btn" href="/schedule">Schedule a consult</a></nav></header>
<main>
<h1>Ketamine-assisted psychotherapy in a calm, in-person setting</h1>
<p>Riverstone is a small collaborative practice in Southeast Portland. Our psychiatric nurse practitioner conducts a medical evaluation, and our licensed therapists guide preparation, dosing sessions and integration. Dosing sessions take place in our office, with intramuscular or sublingual ketamine administered and monitored on site.</p>
<h2>Fees</h2>
<ul>
<li>Medical evaluation: $300</li>
<li>Preparation session (therapist, 50 min): $180</li>
<li>KAP dosing session (3 hours, IM ketamine, therapist + nurse present): $650</li>
<li>Integration session: $180</li>
<li>Group KAP (6 participants, 4-week series): $1,200</li>
</ul>
<p>A limited number of sliding-scale spots are reserved each quarter for BIPOC, LGBTQ+ and low-income clients.</p>
<h2>Give the gift of healing</h2>
<p>Gift certificates can be applied to preparation and integration sessions. Note that any ketamine treatment still requires a medical evaluation by our prescriber. <a href="/gift-certificates">Buy a gift certificate →</a></p>
</main>
<footer><small>Riverstone KAP, LLC · 2234 SE Division St, Portland OR · Not an emergency service – call 988 if in crisis.</small></footer>
""")

p("h15827", "https://harborlightinfusions.example/patient-portal/pay-bill", "clinic", False, "en",
  "clinic-billing-snippet", "Pay your bill – Harbor Light Infusion Center", """
Harbor Light Infusion Center – Pay your bill

Enter the statement number from your invoice and your date of birth to pay online. We accept Visa, Mastercard, Amex, HSA/FSA cards and, for self-pay balances, Bitcoin via our payment processor. Payment plans for induction packages are available – call our billing office at (813) 555-0165.
""", ext="txt")

p("h15828", "https://stmaryshealth.example/departments/pain-management/ketamine-infusion-program", "clinic", False, "en",
  "hospital-pain-department", "Ketamine Infusion Program – Pain Management Center | St. Mary's Regional Health", """
<header><a class="logo" href="/">St. Mary's Regional Health</a>
<nav><a href="/find-a-doctor">Find a Doctor</a> <a href="/locations">Locations</a> <a href="/departments">Departments</a> <a href="/patients-visitors">Patients &amp; Visitors</a> <a href="/mychart">MyChart</a> <a href="/pay">Pay a Bill</a> <a href="/donate">Donate</a></nav></header>
<div class="crumbs"><a href="/departments">Departments</a> › <a href="/departments/pain-management">Pain Management Center</a> › Ketamine Infusion Program</div>
<main>
<h1>Ketamine Infusion Program</h1>
<p>The Pain Management Center offers low-dose ketamine infusions for selected patients with complex regional pain syndrome (CRPS), neuropathic pain and other refractory chronic pain conditions. Infusions are given in our outpatient infusion unit on the 3rd floor of the Medical Pavilion, under the supervision of board-certified pain medicine physicians.</p>
<h2>Referral required</h2>
<p>A referral from a St. Mary's physician or outside provider is required. Patients first attend a consultation with a pain specialist and a psychological assessment.</p>
<h2>Protocol</h2>
<p>Typical courses consist of 4–5 hour infusions on 5 consecutive days or weekly infusions over several weeks, with continuous cardiac and oxygen monitoring. A responsible adult must drive you home.</p>
<h2>Coverage</h2>
<p>Coverage varies by plan. Our financial counselors will verify benefits before scheduling. Call (414) 555-0110.</p>
</main>
<footer><small>St. Mary's Regional Health is a not-for-profit health system. © 2026 · <a href="/nondiscrimination">Nondiscrimination notice</a> · <a href="/price-transparency">Price transparency</a></small></footer>
""")

p("h15829", "https://clinica-serenamente.example/tratamientos/ketamina-depresion-resistente", "clinic", False, "es",
  "spanish-clinic-whatsapp-booking", "Tratamiento con ketamina para la depresión resistente en Madrid | Clínica Serenamente", """
<header>
<a class="logo" href="/">Clínica Serenamente</a>
<nav><a href="/tratamientos">Tratamientos</a> <a href="/equipo">Equipo médico</a> <a href="/tarifas">Tarifas</a> <a href="/blog">Blog</a> <a href="/contacto">Contacto</a></nav>
<a class="whatsapp" href="https://wa.me/34600000000">💬 Pide cita por WhatsApp</a>
</header>
<main>
<h1>Ketamina intravenosa y esketamina intranasal para la depresión resistente</h1>
<p>En Clínica Serenamente (Madrid, barrio de Salamanca) tratamos la depresión resistente con ketamina intravenosa a dosis subanestésicas y con esketamina intranasal (Spravato®), siempre dentro de un plan de tratamiento psiquiátrico.</p>
<h2>¿Cómo es el proceso?</h2>
<ol>
<li>Primera consulta con psiquiatra (60 min): revisión de historia clínica, tratamientos previos y pruebas.</li>
<li>Valoración por el anestesiólogo y electrocardiograma.</li>
<li>Sesiones en nuestra sala de infusión, con monitorización continua y enfermería presente. Tras la sesión permanecerá en observación al menos una hora y deberá volver acompañado.</li>
</ol>
<h2>Tarifas</h2>
<ul><li>Primera consulta psiquiátrica: 150 €</li><li>Sesión de ketamina IV: 390 €</li><li>Bono de 6 sesiones: 2.100 €</li></ul>
<p>Trabajamos con Sanitas, Adeslas (reembolso) y DKV para la consulta. Pago en clínica con tarjeta o Bizum.</p>
<p><b>Pide cita</b> por teléfono 91 000 00 00, por WhatsApp o con el formulario de contacto. <b>No enviamos ketamina a domicilio ni la vendemos.</b></p>
</main>
<footer><small>Clínica Serenamente S.L. · Centro sanitario autorizado por la Comunidad de Madrid CS00000 · <a href="/aviso-legal">Aviso legal</a></small></footer>
""", noise="cookie-es")

p("h15830", "https://ch-val-de-loire.example/psychiatrie/unite-esketamine-ketamine", "clinic", False, "fr",
  "french-hospital-unit", "Unité de traitement par eskétamine et kétamine – Pôle de psychiatrie | Centre hospitalier du Val de Loire", """
<header><a class="logo" href="/">Centre hospitalier du Val de Loire</a>
<nav><a href="/patients">Patients et visiteurs</a> <a href="/services">Services de soins</a> <a href="/professionnels">Professionnels</a> <a href="/recrutement">Recrutement</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Unité de traitement par eskétamine et kétamine</h1>
<p>Au sein du pôle de psychiatrie adulte, l'hôpital de jour accueille des patients souffrant d'épisode dépressif caractérisé résistant, adressés par leur psychiatre traitant.</p>
<h2>Modalités</h2>
<p>L'eskétamine par voie nasale (Spravato®) est administrée sous surveillance infirmière, avec contrôle de la tension artérielle avant et après la prise et une surveillance d'au moins deux heures. Des perfusions de kétamine peuvent être proposées dans le cadre de protocoles de recherche clinique.</p>
<h2>Comment être adressé ?</h2>
<p>Le psychiatre traitant adresse un courrier médical au secrétariat de l'unité (fax ou messagerie sécurisée). Une consultation d'évaluation est ensuite programmée.</p>
<p>Secrétariat : 02 00 00 00 00, du lundi au vendredi de 9 h à 17 h.</p>
<h2>Prise en charge</h2>
<p>Les soins en hôpital de jour sont pris en charge par l'Assurance maladie selon les conditions habituelles.</p>
</main>
<footer><small>© Centre hospitalier du Val de Loire · <a href="/mentions-legales">Mentions légales</a></small></footer>
""", noise="cookie-fr")

p("h15831", "https://centromedico-ilfaro.example/servizi/esketamina-spray-nasale", "clinic", False, "it",
  "italian-private-centre-booking", "Esketamina spray nasale (Spravato) a Milano – Centro Medico Il Faro", """
""" + IT_COOKIE + """
<header><a class="logo" href="/">Centro Medico Il Faro</a>
<nav><a href="/specialita">Specialità</a> <a href="/medici">I nostri medici</a> <a href="/servizi">Servizi</a> <a href="/tariffe">Tariffe</a> <a href="/convenzioni">Convenzioni</a> <a class="btn" href="/prenota">Prenota online</a></nav></header>
<main>
<h1>Trattamento con esketamina spray nasale per la depressione resistente</h1>
<p>Il nostro servizio di psichiatria offre il trattamento con esketamina (Spravato®) a pazienti adulti con depressione resistente, dopo una visita psichiatrica di valutazione.</p>
<h2>Come si svolge</h2>
<p>La somministrazione avviene in ambulatorio, sotto la supervisione del medico e dell'infermiere. Il paziente resta in osservazione per circa due ore, con controllo della pressione arteriosa. Non è possibile guidare fino al giorno successivo.</p>
<h2>Tariffe</h2>
<ul><li>Prima visita psichiatrica: 180 €</li><li>Visita di controllo: 120 €</li><li>Seduta di somministrazione con osservazione: preventivo personalizzato (il farmaco è fornito secondo la normativa vigente)</li></ul>
<p>Convenzioni con le principali assicurazioni sanitarie. <a href="/prenota?servizio=esketamina">Prenota una prima visita</a> o chiama lo 02 0000 0000.</p>
</main>
<footer><small>Centro Medico Il Faro S.r.l. · Direttore sanitario Dott. Marco Bellandi · P.IVA 00000000000</small></footer>
""")

# ---------------------------------------------------------------- informational (9)

p("h15832", "https://thecoastalherald.example/news/2026/11/29/ketamine-telegram-dealers-delivery", "informational", False, "en",
  "news-quotes-vendors-prices-long", "'Like ordering a takeaway': how Telegram dealers made ketamine a home-delivery drug | The Coastal Herald", """
<header><a class="logo" href="/">The Coastal Herald</a>
<nav><a href="/news">News</a> <a href="/news/crime">Crime</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="btn">Subscribe</a></nav></header>
<article>
<p class="kicker">Investigation</p>
<h1>'Like ordering a takeaway': how Telegram dealers made ketamine a home-delivery drug</h1>
<p class="byline">By Hannah Okoro, Crime Correspondent · 29 November 2026</p>
<p>Within four minutes of searching, our reporter had found a channel called "K Candy" offering ketamine "shards" at £40 a gram, with same-day drops across London and next-day postal delivery "vac sealed with a decoy". A pinned menu listed prices from a single gram up to 28g for £560, alongside ecstasy capsules and magic-mushroom chocolate.</p>
<p>It is one of hundreds of similar channels. Researchers at the University of Westmere counted 412 Telegram channels advertising ketamine to UK buyers in October, up from 150 two years ago. Most take orders through a separate "orders" account and accept cash, bank transfer or cryptocurrency.</p>
<p>"The price of ketamine has fallen so far that it is now cheaper than a night out drinking," said Dr Priya Nandakumar, who led the study. "A gram at £20 to £40 can be split among friends. Young people tell us it's seen as a low-risk drug, which it isn't."</p>
<h2>Bladders and beds</h2>
<p>Urologists say they are seeing patients in their early twenties with "ketamine bladder", a painful inflammation that in severe cases requires surgery. Addiction services report that the number of adults starting treatment for ketamine problems in England has more than tripled since 2018.</p>
<p>Telegram said it removes channels that are reported for selling illegal drugs. Several channels our reporter contacted had reappeared under new names within days, often warning followers about "clones" and "scammers".</p>
<p>The Home Office said ketamine would remain a Class B drug under review by the Advisory Council on the Misuse of Drugs, which is considering reclassification to Class A.</p>
<aside class="factbox"><h3>Need help?</h3><p>If you are worried about your ketamine use, talk to your GP or contact FRANK on 0300 123 6600.</p></aside>
</article>
<section class="related"><h3>Related</h3><ul><li><a href="#">Courts: man jailed over 'ket taxi' operation</a></li><li><a href="#">Festival drug-checking finds ketamine cut with new substances</a></li></ul></section>
<footer><small>© 2026 The Coastal Herald · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></small></footer>
""", noise="cookie")

p("h15833", "https://drugsafety-agency.example/alerts/2026/compounded-ketamine-online-warning", "informational", False, "en",
  "regulator-warning-medium", "Safety alert: Risks of ketamine bought from unregulated online sources", """
<div class="gov-banner">An official website of the National Drug Safety Agency</div>
<nav><a href="/">Home</a> › <a href="/alerts">Safety Alerts</a> › 2026</nav>
<main>
<h1>Safety alert: Risks of ketamine bought from unregulated online sources</h1>
<p class="date">Issued: 14 October 2026</p>
<p>The Agency is warning consumers not to buy ketamine products – including injectable vials, lozenges, nasal sprays and powders – from websites or social-media accounts that sell them without a valid prescription.</p>
<p>Analysis of products bought by Agency investigators from 23 websites found that 9 contained no ketamine, 6 contained a different arylcyclohexylamine (including 2-FDCK and deschloroketamine), and 4 contained ketamine at doses differing by more than 40% from the label. Several sites claimed to be "licensed pharmacies" or offered an "online consultation" consisting of an automatically approved questionnaire.</p>
<h2>What consumers should do</h2>
<ul><li>Only use ketamine under the care of a licensed health-care professional.</li><li>Check whether an online pharmacy is licensed using the Agency's pharmacy register.</li><li>Report adverse events and suspicious websites through our reporting portal.</li></ul>
<h2>Information for health-care professionals</h2>
<p>Ask patients whether they obtain ketamine from sources other than their prescriber. Consider urine testing where dissociative symptoms do not match the prescribed dose.</p>
</main>
""")

p("h15834", "https://safer-nights.example/drugs/ketamine", "informational", False, "en",
  "harm-reduction-fact-sheet", "Ketamine – effects, risks and safer use | Safer Nights", """
<header><a class="logo" href="/">Safer Nights</a> <nav><a href="/drugs">Drugs A–Z</a> <a href="/drug-checking">Drug checking</a> <a href="/combos">Combinations</a> <a href="/get-help">Get help</a> <a href="/shop">Kits shop</a></nav></header>
<main>
<h1>Ketamine</h1>
<p class="aka">Also called: K, ket, special K, keta, vitamin K, horse tranquilliser</p>
<h2>What is it?</h2>
<p>Ketamine is a dissociative anaesthetic used in human and veterinary medicine. Sold illegally it usually comes as white crystals or powder that people snort, and sometimes as liquid or pills.</p>
<h2>Effects</h2>
<p>Feeling detached from your body, floaty, dreamy; at higher doses a "K-hole" where you can't move or talk and lose track of reality. Effects from snorting start within 5–10 minutes and last about an hour.</p>
<h2>Risks</h2>
<ul><li>Accidents and injuries because you can't feel pain or move properly.</li><li>Very dangerous with alcohol, GHB/GBL, opioids or benzos – risk of choking on vomit and stopping breathing.</li><li>Regular use damages the bladder ("ketamine bladder") and can cause severe stomach pain ("K-cramps").</li><li>Dependence – people often use more and more often.</li></ul>
<h2>If you choose to use</h2>
<ul><li>Get it checked at a drug-checking service – we regularly find 2-FDCK, DCK or other substances sold as ketamine.</li><li>Start with a small bump and wait; don't re-dose quickly.</li><li>Use in a safe place with people you trust, sitting or lying down.</li><li>Don't share notes or straws.</li></ul>
<p>Our <a href="/shop">shop</a> sells reagent test kits and fentanyl strips at cost price. We do not sell drugs.</p>
</main>
<footer><small>Safer Nights is a registered charity. Information, not judgement.</small></footer>
""")

p("h15835", "https://dissociated-forum.example/threads/is-kcandy-on-telegram-legit.48213/", "informational", False, "en",
  "forum-thread-partial", "is kcandy on telegram legit? | Dissociated Forum", """
<div class="p-breadcrumbs"><a href="/">Forums</a> › <a href="/forums/harm-reduction.12/">Harm Reduction</a> › <a href="/forums/sourcing-scams.31/">Scam reports (no sourcing)</a></div>
<h1 class="p-title">is kcandy on telegram legit?</h1>
<div class="message"><div class="user">shardgazer · Member</div><div class="bbWrapper">saw their channel, menu looks good (40 a g, postal next day). anyone ordered? they want bank transfer first</div></div>
<div class="message"><div class="user">mod_sierra · Moderator</div><div class="bbWrapper">Reminder: sourcing requests and vendor recommendations are not allowed here (rule 3). I've edited out the handle. General advice: there are dozens of clone accounts with near identical names, and "prepay by bank transfer" is how most people lose money. If you use, get anything tested – see the drug-checking list pinned in this subforum.</div></div>
<div class="message"><div class="user">bladderblues · Member</div><div class="bbWrapper">not answering the vendor question but please watch the frequency. i was "just weekends" for 2 years and now i'm on the urology waiting list at 24. the cost of ket was never the problem, the cost to my body was</div></div>
<div class="message"><div class="user">shardgazer · Member</div><div class="bbWrapper">fair. thanks both</div></div>
<div class="thread-status">This thread has been locked by a moderator.</div>
""")

p("h15836", "https://midstates-vet-distribution.example/catalog/anesthetics/ketamine-hcl-injection-100mg-ml", "informational", False, "en",
  "licensed-vet-wholesaler-catalogue", "Ketamine HCl Injection, USP 100 mg/mL (CIII) – 10 mL | MidStates Veterinary Distribution", """
<header><a class="logo" href="/">MidStates Veterinary Distribution</a>
<nav><a href="/catalog">Catalog</a> <a href="/controlled-substances">Controlled substances ordering</a> <a href="/account/licenses">License center</a> <a href="/quick-order">Quick order</a> <a href="/login">Clinic login</a></nav></header>
<main>
<h1>Ketamine HCl Injection, USP 100 mg/mL – 10 mL multi-dose vial</h1>
<p class="item">Item #VA-44871 · DEA Schedule III · Rx only · Manufacturer: Dechra / Zoetis equivalents</p>
<p class="price">Price visible to verified accounts only. <a href="/login">Log in</a> to view your contract price.</p>
<div class="restriction">
<h2>Ordering requirements</h2>
<p>This product is sold only to veterinary practices, hospitals, universities and other facilities holding an active state veterinary or pharmacy license and a valid DEA registration for Schedule III. Before your first controlled-substance order, upload copies of both registrations in the License Center. Orders ship only to the address on the DEA registration, with adult signature required.</p>
<p>We do not sell to individuals, animal owners or farms without a valid veterinary client-patient relationship and a licensed veterinarian's order. Suspicious orders are reported to the DEA as required by 21 CFR 1301.74.</p>
</div>
<h2>Product information</h2>
<p>Indicated for restraint and anesthesia in cats and subhuman primates. Store at 20–25 °C. Protect from light. See package insert for full prescribing information.</p>
</main>
<footer><small>MidStates Veterinary Distribution, Inc. · Licensed wholesale distributor · © 2026</small></footer>
""")

p("h15837", "https://stadtblick-berlin.example/polizei/ketamin-lieferdienst-telegram-festnahmen", "informational", False, "de",
  "german-news-delivery-service", "„Wie Pizza bestellen“: Polizei zerschlägt Ketamin-Lieferdienst – Stadtblick Berlin", """
<header><a class="logo" href="/">Stadtblick Berlin</a>
<nav><a href="/politik">Politik</a> <a href="/polizei">Polizei &amp; Justiz</a> <a href="/bezirke">Bezirke</a> <a href="/kultur">Kultur</a> <a href="/abo">Abo</a></nav></header>
<article>
<h1>„Wie Pizza bestellen“: Polizei zerschlägt Ketamin-Lieferdienst</h1>
<p class="meta">Von Jonas Albrecht · 27.11.2026, 18:40 Uhr</p>
<p class="teaser">Über einen Telegram-Bot sollen vier Männer Ketamin, Kokain und MDMA in der halben Stadt ausgeliefert haben – per Fahrer, binnen 45 Minuten.</p>
<p>Die Ermittler stießen auf den Dienst über eine eigene Website, die mit einem „Menü“ warb: ein Gramm Ketamin für 35 Euro, fünf Gramm für 150 Euro, Lieferung „gratis ab 150 Euro“. Bestellt wurde über einen Bot im Messengerdienst Telegram, bezahlt bar beim Fahrer oder vorab in Kryptowährung.</p>
<p>Bei Durchsuchungen in Neukölln und Friedrichshain stellten die Beamten nach Angaben der Staatsanwaltschaft rund 3,2 Kilogramm Ketamin, 800 Gramm Kokain und etwa 14.000 Euro Bargeld sicher. Gegen die Beschuldigten wurde Haftbefehl wegen bandenmäßigen Handeltreibens mit Betäubungsmitteln erlassen.</p>
<p>„Ketamin ist in Berlin inzwischen eine Partydroge wie jede andere“, sagt eine Mitarbeiterin einer Drogenberatungsstelle. Sie warnt vor Mischkonsum mit Alkohol und vor Blasenschäden bei regelmäßigem Konsum. Drug-Checking ist in Berlin seit 2023 an mehreren Standorten möglich.</p>
</article>
<footer><small>© Stadtblick Berlin 2026 · <a href="/impressum">Impressum</a></small></footer>
""", noise="cookie-de")

p("h15838", "https://avocats-delmas-associes.example/blog/achat-ketamine-internet-risques-penaux", "informational", False, "fr",
  "french-law-firm-article", "Acheter de la kétamine sur Internet : quels risques pénaux ? | Cabinet Delmas & Associés", """
<header><a class="logo" href="/">Cabinet Delmas &amp; Associés – Avocats au barreau de Lyon</a>
<nav><a href="/domaines">Domaines d'intervention</a> <a href="/equipe">Équipe</a> <a href="/honoraires">Honoraires</a> <a href="/blog">Actualités</a> <a href="/contact">Prendre rendez-vous</a></nav></header>
<article>
<h1>Acheter de la kétamine sur Internet : quels risques pénaux ?</h1>
<p class="meta">Publié le 8 novembre 2026 – Droit pénal</p>
<p>La kétamine est classée comme stupéfiant en France. Son acquisition, sa détention et son transport sans ordonnance sont punis par les articles 222-37 et suivants du Code pénal, et l'usage illicite par l'article L. 3421-1 du Code de la santé publique. Une amende forfaitaire délictuelle de 200 € peut être appliquée pour l'usage.</p>
<p>Nous sommes régulièrement consultés par des clients qui ont commandé sur une « pharmacie en ligne sans ordonnance » ou auprès d'un vendeur sur Telegram ou Snapchat, et dont le colis a été intercepté par les douanes. Le fait que le site se présente comme une pharmacie ou qu'un « questionnaire médical » ait été rempli ne constitue pas une prescription et ne protège pas l'acheteur.</p>
<h2>Que faire en cas de convocation ?</h2>
<p>Ne faites aucune déclaration sans avoir consulté un avocat. Selon les quantités, les poursuites peuvent aller de l'alternative aux poursuites (stage de sensibilisation) jusqu'au tribunal correctionnel pour importation.</p>
<p><a href="/contact">Contactez le cabinet</a> pour une première consultation (90 € TTC, 30 minutes).</p>
</article>
<footer><small>Les articles de ce blog ont une vocation informative et ne constituent pas une consultation juridique.</small></footer>
""", noise="cookie-fr")

p("h15839", "https://drugsinfo-testpunt.example/middelen/ketamine", "informational", False, "nl",
  "dutch-drug-checking-info", "Ketamine: werking, risico's en laten testen | Drugsinfo & Testpunt", """
<header><a class="logo" href="/">Drugsinfo &amp; Testpunt</a>
<nav><a href="/middelen">Middelen A-Z</a> <a href="/testen">Drugs laten testen</a> <a href="/combinaties">Combinaties</a> <a href="/hulp">Hulp bij gebruik</a> <a href="/vraag">Stel je vraag</a></nav></header>
<main>
<h1>Ketamine</h1>
<p>Ketamine is een verdovingsmiddel dat in ziekenhuizen en door dierenartsen wordt gebruikt. Op straat wordt het meestal verkocht als wit poeder of kristallen en gesnoven. In Nederland staat ketamine op lijst II van de Opiumwet; bezit en handel zijn strafbaar.</p>
<h2>Risico's</h2>
<ul><li>Ongelukken door verdoofd gevoel en verwardheid.</li><li>Levensgevaarlijk in combinatie met alcohol, GHB of opiaten.</li><li>Blaasklachten bij regelmatig gebruik; soms blijvende schade.</li></ul>
<h2>Laten testen</h2>
<p>Online „research chemical”-winkels en dealers via Telegram verkopen soms 2-FDCK of DCK als ketamine, of andersom. Je kunt anoniem een monster laten testen bij een van onze testlocaties. De uitslag krijg je binnen een week; bij gevaarlijke uitslagen sturen we een waarschuwing uit.</p>
<p>Testlocaties: Amsterdam, Utrecht, Rotterdam, Nijmegen, Groningen. Kosten: € 0 tot € 5 per monster.</p>
<p class="nb">Wij verkopen geen drugs en geven geen adressen van verkopers.</p>
</main>
<footer><small>Drugsinfo &amp; Testpunt is een preventieproject, gefinancierd door gemeenten.</small></footer>
""", noise="cookie-nl")

p("h15840", "https://autoridade-medicamento.example/alertas/2026/venda-ilegal-cetamina-redes-sociais", "informational", False, "pt",
  "portuguese-regulator-alert", "Alerta: venda ilegal de cetamina em sites e redes sociais", """
<header><a class="logo" href="/">Autoridade Nacional do Medicamento e Produtos de Saúde</a>
<nav><a href="/cidadaos">Cidadãos</a> <a href="/profissionais">Profissionais</a> <a href="/alertas">Alertas e circulares</a> <a href="/farmacias-online">Verificar farmácia online</a></nav></header>
<main>
<h1>Alerta: venda ilegal de cetamina em sites e redes sociais</h1>
<p class="data">Circular informativa n.º 000/CD · 21/10/2026</p>
<p>A Autoridade alerta para a existência de sites que se apresentam como farmácias online e de perfis em redes sociais e aplicações de mensagens (WhatsApp, Telegram, Instagram) que propõem a venda de cetamina, incluindo ampolas para uso veterinário, sem receita médica e com envio para Portugal.</p>
<p>A cetamina é um medicamento sujeito a receita médica especial, cuja dispensa só pode ser feita por farmácias e entidades autorizadas. Os produtos vendidos por estes canais não têm qualidade, segurança e eficácia garantidas e podem conter outras substâncias.</p>
<h2>Recomendações</h2>
<ul><li>Não adquira medicamentos em sites que não constem da lista de entidades autorizadas para venda à distância.</li><li>Desconfie de pagamentos por MB Way para números particulares, cartões-presente ou criptomoedas.</li><li>Comunique situações suspeitas através do formulário disponível neste sítio.</li></ul>
</main>
<footer><small>© 2026 – Autoridade Nacional do Medicamento e Produtos de Saúde · <a href="/acessibilidade">Acessibilidade</a></small></footer>
""", noise="cookie-pt")

save(OUT, R)
