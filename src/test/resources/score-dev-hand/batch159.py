# Batch 159 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Reporting on the trade". News investigations, court and police reports, regulators' and
# consumer-protection warnings, drug-checking alerts, forum warnings and fact-checks that quote
# sellers' offers at length (prices, payment, shipping, Telegram/Wickr handles), set next to the
# sellers themselves quoting "press coverage", "reviews" and their own "fact-checks", a doorway page
# dressed as an investigation, and clinics and telehealth services that explain the difference (press
# pages, scam alerts about impersonators, "can I buy ketamine online?" FAQs).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, nl 3, pt 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), medium articles,
# short pages, a forum thread, a press-release page, a bot-check wall (url-only), and a few plain-text
# excerpts (market listing, social bio, drug-checking bulletin, telehealth intake note).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch159.py (writes batch159/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch159")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers quoting "press" and "reviews"

p("h15901", "https://kstarchem-direct.example/press", "seller", True, "en",
  "seller-press-page", "In the Press | K-Star Chem Direct", """
<header>
<div class="promo-strip">Spring restock is live &middot; 10% off every order paid in Monero &middot; Guaranteed reship if customs seize</div>
<a class="brand" href="/">K-Star <b>Chem Direct</b></a>
<nav><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/shop/dissociatives">Dissociatives</a> <a href="/press">Press</a> <a href="/reviews">Reviews</a> <a href="/track">Track order</a> <a href="/cart">Cart</a></nav>
</header>
<main>
<h1>K-Star in the press</h1>
<p class="lead">Journalists keep writing about us. We don't mind &ndash; every article just proves we are real, we ship, and our product is the cleanest on the open web. Here is what they said (and what they got wrong).</p>

<article class="press-item">
<h2>&ldquo;The shop that ships ketamine like it ships phone cases&rdquo;</h2>
<p class="source">Northern Ledger, investigation desk</p>
<blockquote>&ldquo;A reporter ordered five grams of what the site calls &lsquo;pharma-grade K shards&rsquo; for $210 in Bitcoin. The parcel arrived nine days later inside a vacuum-sealed pouch hidden in a box of herbal tea.&rdquo;</blockquote>
<p class="our-take"><b>Our take:</b> nine days is slow for us &ndash; that was during the holiday backlog. Today EU orders average 4&ndash;6 days and US orders 5&ndash;8. And yes, the tea box is still part of our stealth.</p>
</article>

<article class="press-item">
<h2>&ldquo;Lab test finds online ketamine purer than street samples&rdquo;</h2>
<p class="source">Harm-reduction newsletter, reposted by a tech blog</p>
<blockquote>&ldquo;The sample bought from K-Star tested at 97% ketamine hydrochloride with no detectable adulterants.&rdquo;</blockquote>
<p class="our-take"><b>Our take:</b> we test every batch. COA available on request after purchase.</p>
</article>

<article class="press-item">
<h2>&ldquo;Regulators warn of websites selling dissociatives without prescription&rdquo;</h2>
<p class="source">Consumer watchdog bulletin</p>
<p class="our-take"><b>Our take:</b> they warn about scam sites that take your money and vanish. We have been online since 2019 with 3,000+ verified reviews. Check our <a href="/reviews">reviews page</a> and decide for yourself.</p>
</article>

<section class="cta">
<h2>Read enough? Order what the papers tested.</h2>
<table class="prices">
<tr><th>Product</th><th>1 g</th><th>5 g</th><th>10 g</th><th>25 g</th></tr>
<tr><td>Ketamine HCl shards (S/R racemic)</td><td>$55</td><td>$210</td><td>$380</td><td>$820</td></tr>
<tr><td>Ketamine HCl fine powder</td><td>$50</td><td>$195</td><td>$350</td><td>$760</td></tr>
<tr><td>S-ketamine (esketamine) crystal</td><td>$70</td><td>$290</td><td>$520</td><td>&mdash;</td></tr>
</table>
<p>No prescription, no questions. Payment: BTC, XMR, LTC, USDT (TRC20). Tracking number within 24 h. Free reship once if lost or seized.</p>
<p><a class="btn" href="/shop/dissociatives">Go to shop</a> <a class="btn ghost" href="https://t.me/kstar_support">Ask on Telegram @kstar_support</a></p>
</section>
</main>
<footer><p>&copy; 2025 K-Star Chem Direct. All products are sold as research materials. <a href="/terms">Terms</a> &middot; <a href="/shipping">Shipping</a> &middot; <a href="/refunds">Refunds</a></p></footer>
""", noise="cookie")

p("h15902", "https://ketalounge-shop.example/reviews", "seller", True, "en",
  "seller-reviews-page", "Customer Reviews (4.9/5 from 2,418 orders) - KetaLounge", """
<nav class="top"><a href="/">KetaLounge</a> | <a href="/products">Products</a> | <a href="/reviews">Reviews</a> | <a href="/faq">FAQ</a> | <a href="/contact">Contact</a></nav>
<h1>What our customers say</h1>
<div class="score">&#9733;&#9733;&#9733;&#9733;&#9733; 4.9 / 5 &ndash; based on 2,418 verified orders</div>
<p>Don't trust the forum trolls &ndash; trust real buyers. Every review below is from a completed order.</p>
<ul class="reviews">
<li><b>Jared T., Ohio</b> &#9733;&#9733;&#9733;&#9733;&#9733; &ldquo;Ordered the 3.5 g K crystal, paid BTC, got tracking next morning. Package looked like a phone accessory. Quality is insane, best I've had since college.&rdquo;</li>
<li><b>M.&nbsp;K., Melbourne</b> &#9733;&#9733;&#9733;&#9733;&#9733; &ldquo;Was scared of customs. Took 14 days but arrived. Support on Telegram answered at 2am.&rdquo;</li>
<li><b>anon_buyer_88</b> &#9733;&#9733;&#9733;&#9733;&#9734; &ldquo;Liquid vials (Ketalar 500mg/10ml) were legit, sealed with hologram. Minus one star because they only take crypto.&rdquo;</li>
<li><b>Sophie, Leeds</b> &#9733;&#9733;&#9733;&#9733;&#9733; &ldquo;Tried a clinic, way too expensive and the waitlist was 3 months. This was $120 and I had it Thursday.&rdquo;</li>
<li><b>R.D.</b> &#9733;&#9733;&#9733;&#9733;&#9733; &ldquo;Second order. Reship policy is real &ndash; first pack got lost, they sent again free.&rdquo;</li>
</ul>
<h2>Why people choose us</h2>
<ul>
<li>No prescription or doctor's note needed</li>
<li>Discreet, odour-proof packaging, no company name on the label</li>
<li>Bitcoin, Ethereum, Cash App and Apple gift cards accepted</li>
<li>Order on site or via WhatsApp +1 (555) 014-2290</li>
</ul>
<p><a href="/products/ketamine-crystal-3-5g">Ketamine crystal 3.5 g &ndash; $120</a> &middot; <a href="/products/ketalar-vials">Ketalar vials 5&times;10 ml &ndash; $260</a> &middot; <a href="/products/ketamine-nasal-spray">Ketamine nasal spray 10 ml &ndash; $95</a></p>
<p class="small">Leave a review after your order and receive 0.5 g free on the next one.</p>
<footer>KetaLounge &copy; 2025 &middot; Ships worldwide from EU and US warehouses</footer>
""")

p("h15903", "https://ketamine-usa-pharmacy.example/blog/is-ketamine-usa-pharmacy-a-scam-fact-check", "seller", True, "en",
  "seller-own-fact-check", "Is Ketamine USA Pharmacy a Scam? We Fact-Check the Rumours", """
<header><a href="/" class="logo">Ketamine USA Pharmacy</a>
<nav><a href="/shop">Shop</a> <a href="/blog">Blog</a> <a href="/about-us">About us</a> <a href="/contact">Contact</a></nav></header>
<article>
<h1>Is Ketamine USA Pharmacy a scam? A fact-check of what people say about us</h1>
<p class="meta">Posted by Customer Care Team &middot; 6 min read</p>
<p>Lately a few &ldquo;scam checker&rdquo; websites and one Reddit thread have claimed that we are not a real pharmacy. We think our customers deserve facts, so we checked each claim the same way a newspaper fact-checker would.</p>
<h2>Claim 1: &ldquo;They sell ketamine without a prescription.&rdquo;</h2>
<p><b>Rating: Misleading.</b> Our in-house medical team reviews every order through a short online health form. Most customers are approved in under 10 minutes. You do not need to upload a prescription from your own doctor &ndash; that is exactly what makes us different from traditional pharmacies.</p>
<h2>Claim 2: &ldquo;They only take Bitcoin, so you can't get your money back.&rdquo;</h2>
<p><b>Rating: False.</b> We also accept Zelle, Cash App and Venmo (please write &ldquo;wellness products&rdquo; in the memo, never the product name). Crypto orders receive a 12% discount.</p>
<h2>Claim 3: &ldquo;Packages never arrive.&rdquo;</h2>
<p><b>Rating: False.</b> 98.6% of packages arrive within 3&ndash;5 business days by USPS Priority. Parcels are vacuum-sealed, double-bagged and labelled as cosmetics. If a parcel is stopped we reship for free.</p>
<h2>Claim 4: &ldquo;The ketamine is fake.&rdquo;</h2>
<p><b>Rating: False.</b> We stock Ketalar 50 mg/ml (10 ml vials), generic ketamine 100 mg/ml, ketamine HCl crystal and Spravato 28 mg nasal devices. Every product is sealed.</p>
<h2>Verdict</h2>
<p>We are a legitimate online pharmacy with thousands of returning customers. Don't let competitors scare you away. <a href="/shop/ketamine">See current prices</a> or message our pharmacist on Telegram <b>@ketusa_rx</b>.</p>
</article>
<aside class="sidebar"><h3>Best sellers</h3><ul><li>Ketalar 500 mg/10 ml &times; 5 vials &ndash; $289</li><li>Ketamine crystal 7 g &ndash; $230</li><li>Spravato 56 mg kit &ndash; $410</li></ul></aside>
<footer>&copy; Ketamine USA Pharmacy &middot; Licensed and discreet</footer>
""", noise="cookie")

p("h15904", "http://vendorbay-market.example/listing/88213-ketamine-mdx-quality", "seller", True, "en",
  "market-listing-txt", "Listing 88213", """
LISTING #88213  |  Vendor: frostyK_uk  (Level 7, 1,942 sales, 98.9% positive)
Title: ★ 5g KETAMINE "Needle Point" shards — AS TESTED BY PRESS ★ ships from UK ★

Price: 0.00312 BTC (~£165)   Ships from: United Kingdom   Ships to: UK, EU, Worldwide
Escrow: Yes (FE available for level 5+ buyers)
Postage options: Royal Mail 1st class tracked +£6 / Next-day special +£12 / EU tracked +£15

Description:
Same batch that the journalists from that Sunday paper bought last month and had tested - result came back 96% ketamine, no cuts. Read the article, we are the "UK vendor" they mentioned lol. Rock and shard mix, big needles, proper smell.

Stealth: professional, MBB, looks like a letter from an insurance company. No signature needed.
Drop: Sun-Thu orders before 2pm go out same day.
Reship: 100% reship on first lost parcel, 50% after that.
Contact: PM on market or Wickr/Session: frostyk_uk

Feedback (last 5):
+ "quality exactly as the article said, arrived next day"  - b***2 (5g)
+ "stealth A+"  - t***9 (10g)
+ "fast, will return"  - m***k (5g)
+ "bit slow but good gear"  - q***s (2g)
- "no answer for 3 days"  - z***1 (1g)
""", ext="txt")

p("h15905", "https://instaketa-care.example/", "seller", True, "en",
  "fake-telehealth-no-eval", "InstaKeta Care | Ketamine at home, approved in minutes", """
<header class="hero">
<div class="as-seen">As seen on: <span>Morning Wire</span> &middot; <span>HealthBuzz Daily</span> &middot; <span>The Wellness Report</span> &middot; <span>StartupBeat</span></div>
<nav><a href="/">Home</a> <a href="#how">How it works</a> <a href="#pricing">Pricing</a> <a href="#reviews">Reviews</a> <a href="/start" class="btn">Start now</a></nav>
<h1>Ketamine therapy at home. No video call. No waiting room.</h1>
<p>Fill out our 3-minute mood questionnaire. Our system approves 96% of applicants instantly and your ketamine ships the same day.</p>
<a class="btn big" href="/start">Get approved now &rarr;</a>
</header>
<section id="how">
<h2>How it works</h2>
<ol>
<li><b>Answer 12 questions.</b> No ID upload, no medical records.</li>
<li><b>Instant approval.</b> Our algorithm reviews your answers &ndash; no awkward video appointment.</li>
<li><b>Choose your format.</b> Sublingual troches, nasal spray or liquid vials.</li>
<li><b>Discreet delivery</b> in 2&ndash;4 days in a plain box. Reorder any time with one click &ndash; no follow-up visit needed.</li>
</ol>
</section>
<section id="pricing">
<h2>Pricing</h2>
<div class="plan"><h3>Starter</h3><p>8 troches 200 mg</p><p class="price">$149</p></div>
<div class="plan featured"><h3>Monthly</h3><p>16 troches 300 mg or 1 nasal spray 1000 mg</p><p class="price">$249</p></div>
<div class="plan"><h3>Stock up</h3><p>3 months, auto-ship</p><p class="price">$599</p></div>
<p>We accept all major cards via our payment partner, plus Bitcoin (extra 10% off). Prefer chat? Order on WhatsApp.</p>
</section>
<section id="reviews">
<h2>What the press and our members say</h2>
<blockquote>&ldquo;A frictionless alternative to the months-long waitlists at ketamine clinics.&rdquo; &mdash; HealthBuzz Daily</blockquote>
<blockquote>&ldquo;I ordered on Monday and had my troches on Wednesday. Nobody even called me.&rdquo; &mdash; Dana, verified member</blockquote>
</section>
<footer><p>InstaKeta Care is a wellness platform and does not provide medical advice. Results not guaranteed. &copy; 2025</p></footer>
""", noise="cookie")

p("h15906", "https://thecandidconsumer.example/investigations/we-ordered-ketamine-from-5-websites", "seller", True, "en",
  "doorway-fake-investigation", "We Ordered Ketamine From 5 Websites. Only One Delivered. | The Candid Consumer", """
<header><a class="logo" href="/">The Candid Consumer</a>
<nav><a href="/investigations">Investigations</a> <a href="/health">Health</a> <a href="/money">Money</a> <a href="/tech">Tech</a> <a href="/about">About</a></nav></header>
<article>
<p class="kicker">INVESTIGATION &middot; Updated this month</p>
<h1>We ordered ketamine from 5 websites. Only one delivered.</h1>
<p class="byline">By our consumer desk &middot; Affiliate disclosure: we may earn a commission from links on this page.</p>
<p>Online ketamine is a minefield. Fake pharmacies, Telegram scammers and &ldquo;clinics&rdquo; that never call back. To find out which sellers are real, our team placed test orders with five popular websites and tracked every parcel.</p>
<h2>The losers</h2>
<p><b>Site #1</b> took our $180 in Bitcoin and stopped replying. <b>Site #2</b> sent a parcel of saline vials. <b>Site #3</b> asked for an extra &ldquo;customs clearance fee&rdquo; of $250 in gift cards. <b>Site #4</b> never shipped.</p>
<h2>The winner: KetaPure Labs</h2>
<p>KetaPure Labs was the only site that delivered real product. Our 5 g order of ketamine HCl arrived in 4 days in a vacuum-sealed mylar bag inside a box of vitamin samples, with no return address. A reagent test (Mandelin) showed the expected reaction.</p>
<ul class="verdict">
<li>Price: $195 for 5 g, $360 for 10 g</li>
<li>Payment: Bitcoin, Litecoin, Zelle</li>
<li>Prescription required: No</li>
<li>Stealth: Excellent</li>
<li>Our score: 9.4/10</li>
</ul>
<div class="deal-box">
<p><b>Exclusive reader deal:</b> use code <b>CANDID15</b> at checkout for 15% off your first order.</p>
<p><a class="btn" href="https://ketapure-labs.example/?ref=candid" rel="sponsored nofollow">Visit KetaPure Labs &rarr;</a></p>
</div>
<h2>FAQ</h2>
<p><b>Is it legal?</b> Laws vary. Many buyers order &ldquo;for research purposes&rdquo;. We are not lawyers.</p>
<p><b>Will customs open it?</b> In our test, no. KetaPure offers a free reship if a parcel is seized.</p>
</article>
<aside><h3>More investigations</h3><ul><li><a href="#">We tested 7 VPNs</a></li><li><a href="#">Best kratom vendors, ranked</a></li><li><a href="#">Where to buy modafinil online</a></li></ul></aside>
<footer>&copy; The Candid Consumer &middot; <a href="/affiliate-disclosure">Affiliate disclosure</a></footer>
""", noise="cookie")

p("h15907", "https://linkbio.example/k.wonderland", "seller", True, "en",
  "social-bio-txt", "k.wonderland | links", """
k.wonderland 🐴✨ "the plug the news wrote about" 📰
📍 LDN / MCR / ships UK-wide + EU
❄️ K menu: 1g £30 | 3.5g £90 | 7g £160 | 14g £290 | 28g ask
💊 also: 2F-DCK, 3-MeO-PCP (ask for list)
📦 next-day tracked, stealth packaging, no sig
💸 crypto / bank transfer / Revolut
📲 order: Telegram @kwonderland_plug  |  Signal: kwond.21
⭐ reviews + press screenshots in story highlights
🔁 backup if banned: @kwonderland_backup
""", ext="txt")

p("h15908", "https://ketamine-shop-direct.example/product/ketamine-crystal-shards-10g", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="cf-wrapper">
<h1>Checking your browser before accessing the site.</h1>
<p>This process is automatic. Your browser will redirect to your requested content shortly.</p>
<p>Please allow up to 5 seconds&hellip;</p>
<noscript><p>Please enable JavaScript and cookies to continue.</p></noscript>
<p class="ray">Ray ID: 8f3a91c2d7e04b11 &middot; Performance &amp; security by a CDN</p>
</div>
""")

# ---------------------------------------------------------------- sellers in other languages

p("h15909", "https://ketamina-envios24.example/prensa-y-opiniones", "seller", True, "es",
  "seller-press-es", "Prensa y opiniones | Ketamina Envíos 24", """
<header>
<div class="aviso">Envío gratis a partir de 150 € &middot; Pago con Bitcoin, Bizum o transferencia</div>
<a class="logo" href="/">Ketamina<b>Envíos24</b></a>
<nav><a href="/">Inicio</a> <a href="/tienda">Tienda</a> <a href="/prensa-y-opiniones">Prensa y opiniones</a> <a href="/envios">Envíos</a> <a href="/contacto">Contacto</a></nav>
</header>
<main>
<h1>Lo que dicen de nosotros</h1>
<p>Algunos periódicos han publicado reportajes sobre la venta de ketamina por internet. Muchos hablan de estafas, y tienen razón: hay cientos de webs falsas. Por eso queremos que leas lo que han escrito sobre <b>nosotros</b> y lo que opinan nuestros clientes.</p>
<section class="prensa">
<h2>En la prensa</h2>
<blockquote>&laquo;Una de las tiendas analizadas envió el pedido en 48 horas, en un sobre acolchado sin remitente, y el análisis confirmó que se trataba de ketamina.&raquo; <cite>&mdash; reportaje de un diario digital, sección Sociedad</cite></blockquote>
<blockquote>&laquo;Los vendedores ofrecen descuentos a quien paga con criptomonedas.&raquo; <cite>&mdash; programa de investigación en televisión</cite></blockquote>
<p>Sí, somos &laquo;una de las tiendas analizadas&raquo;. Y sí, hacemos descuento con cripto.</p>
</section>
<section class="opiniones">
<h2>Opiniones de clientes</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &laquo;Pedí 5 g un lunes, el miércoles en casa en Valencia. Muy discreto.&raquo; &mdash; Álvaro</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &laquo;Atienden por Telegram rápido, calidad top.&raquo; &mdash; Marta, Sevilla</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; &laquo;A Canarias tardó una semana pero llegó.&raquo; &mdash; J.</p>
</section>
<section class="precios">
<h2>Precios actuales</h2>
<ul>
<li>Ketamina cristal 1 g &ndash; 40 €</li>
<li>Ketamina cristal 5 g &ndash; 170 €</li>
<li>Ketamina cristal 10 g &ndash; 310 €</li>
<li>Ketamina líquida (viales 50 mg/ml, 10 ml) &ndash; 5 viales 220 €</li>
</ul>
<p>Sin receta. Envío discreto en 24/48 h a toda España (Península), 3&ndash;5 días a Baleares, Canarias y Europa. Si Aduanas retiene tu paquete, lo reenviamos gratis.</p>
<p><a class="btn" href="/tienda">Comprar ahora</a> &middot; Pedidos por Telegram: <b>@ketaenvios24</b> &middot; WhatsApp: +34 600 000 142</p>
</section>
</main>
<footer>&copy; 2025 Ketamina Envíos 24 &middot; Productos vendidos para investigación</footer>
""", noise="cookie-es")

p("h15910", "https://rc-labor-shop.example/de/2f-dck-kaufen", "seller", True, "de",
  "research-chemical-analogue-de", "2F-DCK kaufen – Presse & Bewertungen | RC Labor Shop", """
<header>
<a class="logo" href="/de/">RC Labor Shop</a>
<nav><a href="/de/">Start</a> <a href="/de/dissoziativa">Dissoziativa</a> <a href="/de/stimulanzien">Stimulanzien</a> <a href="/de/pellets">Pellets</a> <a href="/de/presse">Presse</a> <a href="/de/warenkorb">Warenkorb (0)</a></nav>
</header>
<main>
<h1>2F-DCK (2-Fluorodeschloroketamin) &ndash; Kristall, 99,7&nbsp;%</h1>
<p class="hinweis">Nur für Forschungszwecke. Nicht für den menschlichen Verzehr. Verkauf ab 18 Jahren.</p>
<table class="staffel">
<tr><th>Menge</th><th>Preis</th></tr>
<tr><td>1 g</td><td>24,90 &euro;</td></tr>
<tr><td>5 g</td><td>89,00 &euro;</td></tr>
<tr><td>10 g</td><td>149,00 &euro;</td></tr>
<tr><td>25 g</td><td>299,00 &euro;</td></tr>
</table>
<p><button>In den Warenkorb</button></p>
<p>Versand diskret in neutralem Luftpolsterumschlag innerhalb der EU, Sendungsverfolgung inklusive. Zahlung per Bitcoin, Monero oder SEPA-Überweisung (Verwendungszweck nur Bestellnummer).</p>
<section class="presse">
<h2>Presse &amp; Bewertungen</h2>
<p>Ein großes Nachrichtenmagazin hat 2F-DCK als &bdquo;das neue Ketamin aus dem Internet&ldquo; bezeichnet. In einem TV-Beitrag über Legal Highs war unsere Verpackung kurz zu sehen &ndash; wir sind seit Jahren am Markt und haben nichts zu verbergen.</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &bdquo;Schneller Versand nach Österreich, Qualität wie beschrieben.&ldquo; &ndash; Kunde aus Graz</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &bdquo;Vergleichbar mit K, etwas länger. Top Shop.&ldquo; &ndash; Kunde aus Leipzig</p>
</section>
<section class="siehe-auch"><h3>Kunden kauften auch</h3><ul><li>Deschloroketamin (DCK) 5 g &ndash; 95 &euro;</li><li>O-PCE 1 g &ndash; 34 &euro;</li><li>Feinwaage 0,001 g &ndash; 19 &euro;</li></ul></section>
</main>
<footer>RC Labor Shop &middot; Alle Produkte sind Forschungschemikalien &middot; <a href="/de/agb">AGB</a> &middot; <a href="/de/versand">Versand</a></footer>
""", noise="cookie-de")

p("h15911", "https://veto-pharma-direct.example/fr/ketamine-1000-mg-10-ml", "seller", True, "fr",
  "vet-product-sold-to-anyone-fr", "Kétamine 1000 mg/10 ml sans ordonnance – Avis clients | Véto Pharma Direct", """
<header><a class="logo" href="/fr/">Véto Pharma Direct</a>
<nav><a href="/fr/chiens">Chiens</a> <a href="/fr/chats">Chats</a> <a href="/fr/chevaux">Chevaux</a> <a href="/fr/anesthesiques">Anesthésiques</a> <a href="/fr/avis">Avis</a> <a href="/fr/panier">Panier</a></nav></header>
<main>
<h1>Kétamine 100 mg/ml &ndash; flacon de 10 ml (usage vétérinaire)</h1>
<p class="prix">1 flacon : 49 &euro; &middot; 5 flacons : 199 &euro; &middot; 10 flacons : 349 &euro;</p>
<p><b>Aucune ordonnance vétérinaire demandée.</b> Expédition en 24 h, colis neutre, livraison en France, Belgique, Suisse et Luxembourg.</p>
<p>Paiement : carte (via notre partenaire), virement, Bitcoin ou coupons PCS/Transcash.</p>
<button>Ajouter au panier</button>
<h2>Ils parlent de nous</h2>
<p>Un reportage télévisé sur &laquo;&nbsp;les anesthésiques vendus sur internet&nbsp;&raquo; a montré notre site. Les journalistes ont dit que la commande était arrivée en deux jours : c'est notre délai normal.</p>
<h2>Avis clients</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &laquo;&nbsp;Reçu à Lyon en 48 h, flacons scellés. Je recommande.&nbsp;&raquo; &ndash; Kevin</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &laquo;&nbsp;Pas besoin de vétérinaire, super pratique.&nbsp;&raquo; &ndash; Anaïs</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; &laquo;&nbsp;Paiement en coupons un peu compliqué mais ça marche.&nbsp;&raquo; &ndash; Thomas, Liège</p>
<p class="contact">Questions ? Écrivez-nous sur Telegram : <b>@vetopharmadirect</b></p>
</main>
<footer>&copy; Véto Pharma Direct &middot; Mentions légales &middot; CGV</footer>
""", noise="cookie-fr")

p("h15912", "https://partyforum-nl.example/topic/45120-ervaringen-ketamine-bestellen-via-kshop", "seller", True, "nl",
  "vendor-own-forum-post-nl", "Ervaringen ketamine bestellen? Officiële topic KShop NL - PartyForum", """
<div class="forum-header"><a href="/">PartyForum</a> &rsaquo; <a href="/forum/markt">Handel &amp; aanbod</a> &rsaquo; Officiële topic KShop NL</div>
<div class="post op">
<div class="author"><b>KShop_NL</b><br><span class="rank">Geverifieerde verkoper</span><br>Berichten: 412</div>
<div class="content">
<h1>[OFFICIEEL] KShop NL &ndash; ketamine, snelle levering NL/BE &ndash; ervaringen &amp; reviews hier</h1>
<p>Welkom in onze officiële topic. Sinds dat artikel in de krant over &ldquo;ketamine via Telegram&rdquo; krijgen we veel vragen, dus hier alles op een rij.</p>
<p><b>Prijzen (incl. verzending):</b></p>
<ul>
<li>1 gram &ndash; &euro;30</li>
<li>5 gram &ndash; &euro;120</li>
<li>10 gram &ndash; &euro;210</li>
<li>25 gram &ndash; &euro;450</li>
</ul>
<p>Levering: PostNL brievenbuspakje, discreet, binnen 1&ndash;2 werkdagen. België via bpost 2&ndash;3 dagen. Afhalen in Amsterdam/Rotterdam op afspraak.</p>
<p>Betalen: Tikkie, bitcoin of contant bij afhalen.</p>
<p>Bestellen alleen via Telegram <b>@kshop_nl_official</b> &ndash; let op nep-accounts, wij sturen nooit als eerste een bericht!</p>
<p>Reviews graag hieronder posten. Bij elke 3e bestelling 1 gram gratis.</p>
</div></div>
<div class="post"><div class="author"><b>kees_nijmegen</b></div><div class="content"><p>Besteld vorige week, kwam keurig aan in 1 dag. Goede kwaliteit.</p></div></div>
<div class="post"><div class="author"><b>KShop_NL</b> <span class="rank">Geverifieerde verkoper</span></div><div class="content"><p>Dank je! Deze week extra voorraad, 10 gram actie &euro;195 tot zondag.</p></div></div>
<div class="forum-footer">Pagina 1 van 14 &middot; <a href="?page=2">Volgende</a></div>
""", noise="cookie-nl")

p("h15913", "https://cetamina-brasil-envios.example/na-midia", "seller", True, "pt",
  "seller-press-pt", "Na mídia e depoimentos | Cetamina Brasil Envios", """
<header><a class="logo" href="/">Cetamina Brasil Envios</a>
<nav><a href="/">Início</a> <a href="/produtos">Produtos</a> <a href="/na-midia">Na mídia</a> <a href="/rastreio">Rastreio</a> <a href="/contato">Contato</a></nav></header>
<main>
<h1>Na mídia</h1>
<p>Fomos citados em reportagens sobre a venda de cetamina pela internet. A imprensa fala de golpes &ndash; e golpes existem. A diferença é que nós entregamos, com rastreio e garantia de reenvio.</p>
<blockquote>&ldquo;O repórter pagou via Pix e recebeu o frasco em cinco dias, dentro de uma caixa de cosméticos.&rdquo; &mdash; matéria de um portal de notícias</blockquote>
<h2>Depoimentos</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &ldquo;Chegou em BH em 3 dias, tudo lacrado.&rdquo; &ndash; Rafael</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &ldquo;Atendimento no WhatsApp muito rápido.&rdquo; &ndash; Camila, Curitiba</p>
<h2>Tabela de preços</h2>
<ul>
<li>Cetamina 50 mg/ml frasco 10 ml &ndash; R$ 290</li>
<li>Kit 3 frascos &ndash; R$ 780</li>
<li>Cetamina em pó (cristal) 5 g &ndash; R$ 850</li>
</ul>
<p>Sem receita. Envio discreto pelos Correios para todo o Brasil. Pagamento: Pix, boleto ou USDT.</p>
<p><a class="btn" href="https://wa.me/5511900000000">Pedir pelo WhatsApp</a> &middot; Telegram <b>@cetaminabr</b></p>
</main>
<footer>&copy; Cetamina Brasil Envios</footer>
""", noise="cookie-pt")

p("h15914", "https://ketamina-originale.example/attenzione-alle-truffe", "seller", True, "it",
  "seller-scam-warning-it", "Attenzione alle truffe: siamo l'unico Ketamina Originale", """
<header><a href="/" class="logo">Ketamina Originale</a>
<nav><a href="/">Home</a> <a href="/listino">Listino</a> <a href="/attenzione-alle-truffe">Truffe</a> <a href="/recensioni">Recensioni</a></nav></header>
<main>
<h1>Attenzione alle truffe</h1>
<p>Dopo il servizio andato in onda in televisione sulla &ldquo;ketamina venduta online&rdquo;, sono nati decine di siti e profili Telegram che copiano il nostro nome e le nostre foto. Chiedono pagamenti anticipati con ricariche e poi spariscono.</p>
<p><b>Come riconoscere noi:</b></p>
<ul>
<li>Il nostro unico canale Telegram è <b>@ketaoriginale_it</b> (con 4.800 iscritti).</li>
<li>Non chiediamo mai &ldquo;spese di sdoganamento&rdquo; dopo l'ordine.</li>
<li>Accettiamo solo Bitcoin, USDT e ricarica PostePay, con prezzi da listino.</li>
<li>Spediamo con corriere tracciato in confezione anonima, consegna in 2&ndash;3 giorni in tutta Italia.</li>
</ul>
<h2>Listino aggiornato</h2>
<p>1 g 45 &euro; &middot; 3 g 120 &euro; &middot; 5 g 180 &euro; &middot; 10 g 320 &euro; &ndash; senza ricetta.</p>
<p>Le recensioni verificate e gli screenshot dell'articolo sono nella pagina <a href="/recensioni">Recensioni</a>.</p>
</main>
<footer>Ketamina Originale &copy; 2025</footer>
""")

# ---------------------------------------------------------------- telehealth explaining the difference

p("h15915", "https://mindharbor-health.example/blog/how-to-spot-a-fake-online-ketamine-seller", "telehealth", False, "en",
  "telehealth-blog-quotes-scams", "How to Spot a Fake Online Ketamine Seller (and What Real Telehealth Looks Like) | MindHarbor", """
<header class="site">
<a class="logo" href="/">MindHarbor</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/safety">Safety</a> <a href="/blog">Blog</a> <a href="/eligibility" class="btn">Check eligibility</a></nav>
</header>
<article>
<p class="meta">Patient education &middot; Reviewed by Priya Raman, MD, board-certified psychiatrist</p>
<h1>How to spot a fake online ketamine seller &ndash; and what real telehealth looks like</h1>
<p>Several of our new patients have told us they first landed on sites that looked like clinics but turned out to be drug shops, or outright scams. News investigations over the past year have documented the same pattern. Here are the offers our patients forwarded to us, word for word, and why each one is a red flag.</p>
<h2>&ldquo;No video call. Approved in minutes.&rdquo;</h2>
<p>One site promised: <q>Answer 12 questions, our algorithm approves 96% of applicants instantly, and your ketamine ships the same day.</q> No licensed clinician can responsibly prescribe ketamine that way. At MindHarbor every patient has a live video evaluation of 45&ndash;60 minutes with a psychiatric clinician licensed in their state, and about a third of the people we evaluate are told ketamine is not the right option for them.</p>
<h2>&ldquo;Pay in Bitcoin, save 12%&rdquo;</h2>
<p>A patient showed us a page offering <q>Ketalar 500 mg/10 ml &times; 5 vials &ndash; $289, pay with BTC or Zelle, write &lsquo;wellness products&rsquo; in the memo</q>. Asking you to hide what you paid for is a sign the seller knows the sale is illegal. We take cards and HSA/FSA cards through a normal checkout, and your receipt says exactly what you paid for.</p>
<h2>&ldquo;Stealth shipping, free reship if seized&rdquo;</h2>
<p>Legitimate prescriptions are not &ldquo;seized&rdquo;. Our partner pharmacy is a licensed US pharmacy that ships only after your clinician sends a prescription, in tamper-evident packaging, with a signature on delivery.</p>
<h2>&ldquo;Message our pharmacist on Telegram&rdquo;</h2>
<p>Handles like <q>@ketusa_rx</q> or <q>@kstar_support</q> are not pharmacists. Our care team is reachable through the patient portal and by phone during business hours.</p>
<h2>What a real ketamine telehealth program includes</h2>
<ul>
<li>Video evaluation with a named, state-licensed clinician before any prescription</li>
<li>Screening for blood pressure, psychosis history, substance use and interacting medications</li>
<li>A monitor (a trusted adult) present during early at-home sessions</li>
<li>Follow-up visits and mood scores before refills</li>
<li>Clear pricing: at MindHarbor the initial evaluation is $249 and the monthly program is $299, medication included</li>
</ul>
<p><a class="btn" href="/eligibility">Check if you're eligible</a></p>
</article>
<footer><p>MindHarbor Health, PC &middot; Medical services provided by licensed clinicians &middot; If you are in crisis, call or text 988.</p></footer>
""", noise="cookie")

p("h15916", "https://evenkeel-telepsych.example/press", "telehealth", False, "en",
  "telehealth-press-page", "Press | Evenkeel Telepsychiatry", """
<nav><a href="/">Evenkeel</a> <a href="/treatments">Treatments</a> <a href="/team">Team</a> <a href="/press">Press</a> <a href="/login">Patient login</a></nav>
<h1>Press</h1>
<p>Media inquiries: press@evenkeel-telepsych.example</p>
<h2>Coverage</h2>
<ul class="coverage">
<li><b>Regional public radio</b> &ndash; &ldquo;Can at-home ketamine be done safely?&rdquo; Our medical director, Dr. Lionel Okafor, explains why every Evenkeel patient sees a psychiatrist by video before a prescription and why we stop treatment when follow-up data look wrong.</li>
<li><b>A health-policy newsletter</b> &ndash; profile of telehealth ketamine providers that kept in-person-equivalent evaluation after pandemic prescribing rules were relaxed.</li>
<li><b>Local TV consumer segment</b> &ndash; Dr. Okafor was interviewed as an expert about websites that sell ketamine with &ldquo;questionnaire only&rdquo; approval. He is quoted: &ldquo;If nobody looks at you, nobody is treating you.&rdquo;</li>
</ul>
<h2>A note on &ldquo;as seen in&rdquo; badges</h2>
<p>We list only coverage we can link to. We have noticed sites that sell ketamine without evaluation displaying our name or our media logos. Evenkeel has no affiliation with any site that ships ketamine without a prescription from one of our clinicians.</p>
<h2>Fact sheet</h2>
<ul><li>Founded 2021; licensed clinicians in 14 states</li><li>Services: medication management, therapy, oral ketamine program, referrals to Spravato treatment centers</li><li>Pharmacy partner: state-licensed mail-order pharmacy (prescription only)</li></ul>
<footer>&copy; Evenkeel Telepsychiatry, P.A.</footer>
""")

p("h15917", "https://clearpath-ketamine-care.example/faq/can-i-buy-ketamine-online", "telehealth", False, "en",
  "telehealth-faq", "Can I buy ketamine online? | ClearPath FAQ", """
<header><a href="/">ClearPath Ketamine Care</a> <nav><a href="/how">How it works</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a> <a href="/start">Get started</a></nav></header>
<main class="faq">
<h1>Can I buy ketamine online?</h1>
<p><b>Short answer: not legally without a prescription.</b> Ketamine is a Schedule III controlled substance in the US. Websites that sell it as crystal, powder or &ldquo;vet vials&rdquo; with no prescriber, or that take payment in crypto or gift cards, are selling illegally and very often scamming. Recent reporting and a state attorney general's warning both described sites charging $150&ndash;$400 and never shipping.</p>
<h2>So how does ClearPath work?</h2>
<ol>
<li>You book a 50-minute video evaluation with a licensed psychiatric nurse practitioner or physician ($195).</li>
<li>If ketamine is appropriate, your clinician writes a prescription for sublingual tablets and sends it to our partner pharmacy, a licensed compounding pharmacy.</li>
<li>The pharmacy ships to your home with signature required. You won't receive anything before the evaluation.</li>
<li>Your first dose is taken during a video-guided session; follow-ups happen every 4 weeks.</li>
</ol>
<h2>What does it cost?</h2>
<p>Membership is $229/month after the evaluation and includes medication, check-ins and the app. Cancel any time. We accept cards and HSA/FSA.</p>
<h2>Is shipping discreet?</h2>
<p>Packages come in plain outer boxes like any pharmacy order, but they are tracked and require a signature because the medication is controlled. We will never ask you to pay in Bitcoin or to use a messaging app to order.</p>
<p><a class="btn" href="/start">Start your evaluation</a></p>
</main>
<footer>ClearPath Ketamine Care &middot; Clinical services by ClearPath Medical Group &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h15918", "https://luma-mind.example/notices/scam-alert-telegram-impersonators", "telehealth", False, "en",
  "telehealth-scam-alert", "Scam alert: accounts impersonating Luma Mind on Telegram and Instagram", """
<nav><a href="/">Luma Mind</a> <a href="/care">Care</a> <a href="/notices">Notices</a> <a href="/help">Help</a></nav>
<article>
<h1>Scam alert: accounts impersonating Luma Mind</h1>
<p class="date">Notice for patients and the public</p>
<p>We have received reports of Telegram channels and Instagram accounts using our logo and the names of our clinicians to sell ketamine. Messages we were sent by members of the public include:</p>
<blockquote>&ldquo;Luma Mind official dispensary &#128138; no consult needed, ketamine lozenges 300 mg x 20 &ndash; $180, pay USDT or Apple gift card, ship in 48h discreet. DM @lumamind_rx_official&rdquo;</blockquote>
<blockquote>&ldquo;Hi this is Dr. Hale from Luma, your refill is ready, send $95 via Zelle to release the package.&rdquo;</blockquote>
<p><b>These are not us.</b> Luma Mind never:</p>
<ul>
<li>sells medication through Telegram, WhatsApp or Instagram;</li>
<li>asks for gift cards, crypto, Zelle or Cash App;</li>
<li>ships ketamine without a video evaluation by a licensed clinician and a prescription filled by a licensed pharmacy.</li>
</ul>
<p>If you were contacted, please report the account on the platform, file a complaint with the FTC and your state attorney general, and tell us at trust@luma-mind.example. Existing patients can verify any message by logging into the patient portal.</p>
</article>
<footer>Luma Mind Medical, PLLC &middot; Telehealth psychiatry</footer>
""")

p("h15919", "https://nuvora-health.example/pricing", "telehealth", False, "en",
  "telehealth-pricing-reviews", "Pricing & reviews | Nuvora", """
<h1>Simple pricing</h1>
<div class="plan"><h2>Clinical evaluation</h2><p>$179 one-time &middot; 60-min video visit with a psychiatric clinician</p></div>
<div class="plan"><h2>Monthly care</h2><p>$279/month &middot; prescribed ketamine (if approved), 2 follow-ups, integration coaching</p><a class="btn" href="/checkout?plan=monthly">Join after evaluation</a></div>
<p>Medication is dispensed by a licensed partner pharmacy and shipped to your door only after your clinician has issued a prescription.</p>
<h2>Reviews</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &ldquo;Dr. Sandoval spent an hour on my history and told me to get my blood pressure checked before starting. Felt like real medicine.&rdquo; &mdash; verified patient</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; &ldquo;Wish it was covered by insurance, but the follow-ups are worth it.&rdquo; &mdash; verified patient</p>
<p class="small">Reviews collected by an independent review platform after a completed visit. Not everyone is approved for ketamine.</p>
""")

p("h15920", "https://northstar-virtual-psychiatry.example/patients/esketamine-referral-note", "telehealth", False, "en",
  "telehealth-referral-txt", "Esketamine referral note", """
Northstar Virtual Psychiatry - patient information: esketamine (Spravato) referral

Your Northstar psychiatrist evaluated you by video and recommended esketamine nasal spray. We do not mail Spravato and nobody can legally sell it to you online: it is only given under supervision at a REMS-certified treatment center, where you stay for at least 2 hours after each dose.

We have sent a referral to our partner site (Lakeside Interventional Psychiatry, 2 locations). They will call within 3 business days to verify insurance and book your first session. Your Northstar psychiatrist stays in charge of your other medications and sees you by video every 4 weeks.

If you see a website or social media account offering "Spravato 56 mg kits" for home delivery, do not buy it - please send us the link so we can report it.
""", ext="txt")

p("h15921", "https://psychiatrie-online-praxis.example/esketamin-ketamin", "telehealth", False, "de",
  "telehealth-de", "Esketamin & Ketamin: Was wir online leisten – und was nicht | Psychiatrie Online Praxis", """
<header><a class="logo" href="/">Psychiatrie Online Praxis</a>
<nav><a href="/leistungen">Leistungen</a> <a href="/ablauf">Ablauf</a> <a href="/kosten">Kosten</a> <a href="/team">Ärztinnen &amp; Ärzte</a> <a href="/termin" class="btn">Videotermin buchen</a></nav></header>
<main>
<h1>Esketamin und Ketamin: Was wir online leisten &ndash; und was nicht</h1>
<p>Nach Medienberichten über Ketamin, das über Telegram oder angebliche &bdquo;Online-Apotheken&ldquo; verkauft wird, erreichen uns viele Fragen. Hier eine ehrliche Übersicht.</p>
<h2>Was wir tun</h2>
<ul>
<li>Fachärztliche psychiatrische Diagnostik per Videosprechstunde (Dr. med. Katrin Albers, Fachärztin für Psychiatrie und Psychotherapie; Dr. med. Jonas Weber)</li>
<li>Prüfung, ob eine Behandlung mit Esketamin-Nasenspray bei therapieresistenter Depression in Frage kommt</li>
<li>Überweisung an eine kooperierende Klinik, in der Esketamin unter Aufsicht gegeben wird, und Mitbetreuung per Video</li>
</ul>
<h2>Was wir nicht tun</h2>
<ul>
<li>Wir verschicken kein Ketamin und kein Esketamin nach Hause.</li>
<li>Wir stellen keine Rezepte nach einem reinen Online-Fragebogen aus.</li>
<li>Wir arbeiten nicht mit Messenger-Bestellungen, Kryptowährung oder &bdquo;diskretem Versand&ldquo;.</li>
</ul>
<p>Angebote wie &bdquo;Ketamin ohne Rezept, 5&nbsp;g 170&nbsp;&euro;, Versand in 24&nbsp;h, Zahlung per Bitcoin&ldquo; sind illegal und häufig Betrug &ndash; auch wenn die Seite mit Presseartikeln oder Bewertungen wirbt.</p>
<h2>Kosten</h2>
<p>Erstgespräch per Video (50 Min.): 180 &euro; nach GOÄ für Selbstzahler; private Krankenversicherungen erstatten in der Regel. Gesetzlich Versicherte: bitte fragen Sie nach freien Kassenterminen.</p>
<p><a class="btn" href="/termin">Videotermin buchen</a></p>
</main>
<footer>Psychiatrie Online Praxis &middot; Impressum &middot; Datenschutz</footer>
""", noise="cookie-de")

p("h15922", "https://teleclinica-animo.example/es/ketamina-con-receta", "telehealth", False, "es",
  "telehealth-es-us-spanish", "Ketamina con receta, en español y por video | Teleclínica Ánimo", """
<header><a class="logo" href="/es/">Teleclínica Ánimo</a>
<nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/precios">Precios</a> <a href="/es/equipo">Equipo médico</a> <a href="/en/">English</a> <a href="/es/empezar" class="btn">Empezar</a></nav></header>
<main>
<h1>Ketamina con receta, en español y por video</h1>
<p>Atendemos a pacientes adultos en California, Texas, Florida y Arizona. Todas las consultas son en español con profesionales con licencia estatal.</p>
<h2>¿En qué nos diferenciamos de las páginas que &laquo;venden ketamina&raquo;?</h2>
<p>En redes sociales circulan ofertas como &laquo;ketamina sin receta, envío discreto, pago por Zelle o Bitcoin&raquo;. Los noticieros han informado de personas que pagaron y nunca recibieron nada, o recibieron otra sustancia. Nosotros:</p>
<ul>
<li>hacemos primero una evaluación psiquiátrica por video de 60 minutos con la Dra. Elena Fuentes o el Dr. Marco Ibarra;</li>
<li>solo si es adecuado, enviamos una receta a una farmacia con licencia, que envía las tabletas sublinguales a su casa con firma;</li>
<li>hacemos seguimiento cada cuatro semanas antes de renovar la receta.</li>
</ul>
<h2>Precios</h2>
<p>Evaluación inicial: 199 USD. Programa mensual (medicamento, consultas de seguimiento y apoyo): 269 USD al mes. Aceptamos tarjetas y cuentas HSA/FSA.</p>
<p><a class="btn" href="/es/empezar">Reservar evaluación</a></p>
</main>
<footer>Teleclínica Ánimo &middot; Servicios médicos prestados por Ánimo Medical Group, P.C.</footer>
""", noise="cookie-es")

p("h15923", "https://teleconsult-psy.example/fr/esketamine-questions", "telehealth", False, "fr",
  "telehealth-fr", "Eskétamine : vos questions | TéléConsult Psy", """
<header><a href="/fr/">TéléConsult Psy</a> <nav><a href="/fr/consultation">Consultation vidéo</a> <a href="/fr/psychiatres">Nos psychiatres</a> <a href="/fr/tarifs">Tarifs</a> <a href="/fr/rdv">Prendre rendez-vous</a></nav></header>
<main>
<h1>Eskétamine et kétamine : vos questions</h1>
<h2>Pouvez-vous me prescrire de la kétamine en téléconsultation ?</h2>
<p>Non. En France, l'eskétamine en spray nasal est administrée uniquement à l'hôpital ou dans un établissement habilité, sous surveillance. Nos psychiatres peuvent évaluer votre dépression en vidéo, vérifier si un traitement par eskétamine est pertinent et vous adresser à un service hospitalier partenaire, puis assurer le suivi en téléconsultation.</p>
<h2>J'ai vu un site qui vend de la kétamine « sans ordonnance » avec des avis et des articles de presse. Est-ce fiable ?</h2>
<p>Non. Des sites et comptes Telegram proposent par exemple « flacon 10 ml à 49 €, livraison en 24 h, paiement en coupons PCS ». Il s'agit de vente illégale, souvent d'arnaques. Les « avis clients » et les « ils parlent de nous » n'y changent rien. En cas de doute, signalez le site sur la plateforme officielle de signalement.</p>
<h2>Combien coûte une téléconsultation ?</h2>
<p>Consultation de psychiatrie en secteur 1 : tarif conventionnel, remboursée par l'Assurance Maladie dans le parcours de soins. Réservation en ligne, paiement par carte.</p>
<p><a class="btn" href="/fr/rdv">Prendre rendez-vous en vidéo</a></p>
</main>
<footer>TéléConsult Psy &middot; Médecins inscrits à l'Ordre &middot; Mentions légales</footer>
""", noise="cookie-fr")

# ---------------------------------------------------------------- clinics explaining the difference

p("h15924", "https://bluewater-ketamine-infusions.example/blog/what-the-mail-order-ketamine-stories-miss", "clinic", False, "en",
  "clinic-blog-on-news", "What the mail-order ketamine stories miss | Bluewater Ketamine Infusions", """
<header class="site">
<div class="util">Call (555) 012-8840 &middot; Mon&ndash;Sat 8am&ndash;6pm &middot; <a href="/patient-portal">Patient portal</a> &middot; <a href="/pay-bill">Pay bill</a></div>
<a class="logo" href="/">Bluewater Ketamine Infusions</a>
<nav><a href="/treatments">Treatments</a> <a href="/conditions">Conditions</a> <a href="/pricing">Pricing</a> <a href="/our-team">Our team</a> <a href="/blog">Blog</a> <a href="/book" class="btn">Book a consultation</a></nav>
</header>
<article>
<p class="meta">From our medical director, Dr. Hannah Greer, MD (anesthesiology)</p>
<h1>What the mail-order ketamine stories miss</h1>
<p>If you have read the recent investigations into websites selling ketamine &ndash; reporters paying $210 in Bitcoin for &ldquo;pharma-grade shards&rdquo; that arrived hidden in a tea box, vendors on Telegram promising &ldquo;free reship if seized&rdquo; &ndash; you may be wondering how that is different from what happens in our clinic. Patients ask us every week.</p>
<h2>The drug may be the same molecule. Everything else is different.</h2>
<p>In our clinic ketamine is given intravenously, over 40 minutes, at a dose calculated from your weight, by a registered nurse while an anesthesiologist supervises. Your blood pressure, heart rate and oxygen are monitored continuously. Someone drives you home. None of that is in a padded envelope.</p>
<h2>Why we don't sell ketamine to take home</h2>
<p>We are sometimes asked whether patients can &ldquo;buy a vial&rdquo; after a good response. No. Our ketamine is purchased from a licensed wholesaler, stored in a locked, logged cabinet, and used only on site.</p>
<h2>What treatment here costs</h2>
<ul>
<li>Consultation and medical screening: $150 (credited to your first infusion)</li>
<li>Single IV infusion (depression/anxiety protocol): $450</li>
<li>Induction series of 6 infusions: $2,400 &ndash; pay in full or in two installments</li>
<li>Booster infusions: $425</li>
</ul>
<p>We accept HSA/FSA cards and offer financing through a medical lending partner. We provide superbills for out-of-network reimbursement.</p>
<p><a class="btn" href="/book">Book a consultation</a></p>
</article>
<footer><p>Bluewater Ketamine Infusions &middot; 4410 Harbor Blvd, Suite 200 &middot; Member of a national ketamine practitioners' association</p></footer>
""", noise="cookie")

p("h15925", "https://solace-infusion-center.example/in-the-news", "clinic", False, "en",
  "clinic-press-page", "In the News | Solace Infusion Center", """
<nav><a href="/">Solace Infusion Center</a> <a href="/ketamine">Ketamine infusions</a> <a href="/spravato">Spravato</a> <a href="/packages">Packages</a> <a href="/in-the-news">In the news</a> <a href="/book">Book now</a></nav>
<h1>Solace in the news</h1>
<div class="item"><h2>Evening news: &ldquo;Inside a ketamine clinic&rdquo;</h2><p>A local TV crew filmed an infusion with a patient's consent and spoke with our nurse practitioner, Tamsin Boyd, about screening and monitoring.</p></div>
<div class="item"><h2>City business journal: &ldquo;Ketamine clinics grow as demand rises&rdquo;</h2><p>Our founder discussed why we opened a second treatment room and why we turn away about one in five applicants after screening.</p></div>
<div class="item"><h2>Newspaper op-ed by our medical director</h2><p>&ldquo;Online ketamine offers that skip the doctor are not a cheaper version of treatment &ndash; they are a different thing entirely.&rdquo;</p></div>
<h2>Current packages</h2>
<ul><li>Single infusion &ndash; $475</li><li>Six-infusion package &ndash; $2,550 (save $300)</li><li>Spravato sessions &ndash; billed to insurance; copay assistance available</li></ul>
<p><a class="btn" href="/book">Book now</a> &middot; <a href="/gift-cards">Gift cards</a> for consultations available</p>
<footer>Solace Infusion Center &middot; 221 Maple Ave &middot; (555) 019-3312</footer>
""")

p("h15926", "https://riverbend-spravato-center.example/patients/beware-of-online-esketamine", "clinic", False, "en",
  "spravato-center-warning", "Beware of websites selling esketamine | Riverbend Spravato Treatment Center", """
<header><a class="logo" href="/">Riverbend Spravato Treatment Center</a>
<nav><a href="/what-is-spravato">What is Spravato?</a> <a href="/insurance">Insurance</a> <a href="/referrals">For referring providers</a> <a href="/patients">Patients</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Beware of websites selling esketamine nasal spray</h1>
<p>Riverbend is a REMS-certified treatment center. Esketamine (Spravato) can only be dispensed to certified centers and must be self-administered here, under direct observation, followed by at least two hours of monitoring.</p>
<p>Our staff have seen online listings such as &ldquo;Spravato 56 mg kit &ndash; $410, home delivery, no prescription&rdquo; and social-media posts offering &ldquo;nasal esketamine, ships discreet&rdquo;. These products are either counterfeit, diverted or not what they claim to be. No legitimate pharmacy will ship Spravato to a patient's home.</p>
<h2>How to start treatment legitimately</h2>
<ol>
<li>Ask your psychiatrist or primary care provider to send a referral, or call us for a self-referral screening.</li>
<li>We verify your insurance and submit prior authorization (most commercial plans and Medicare cover Spravato for treatment-resistant depression).</li>
<li>You attend sessions twice weekly for the first four weeks, then weekly or every other week.</li>
</ol>
<p>Self-pay patients: the observation and monitoring fee is $175 per session plus the medication cost, which we will quote before you start.</p>
<p><a class="btn" href="/contact">Request an appointment</a></p>
</main>
<footer>Riverbend Spravato Treatment Center &middot; A department of Riverbend Behavioral Health Associates</footer>
""", noise="cookie")

p("h15927", "https://cedar-kap-practice.example/fees", "clinic", False, "en",
  "kap-practice-fees-short", "Fees | Cedar Ketamine-Assisted Psychotherapy", """
<h1>Fees</h1>
<p>Ketamine-assisted psychotherapy at Cedar happens in person in our Portland office. Ketamine lozenges are prescribed by our physician, Dr. Felix Marr, after an in-person medical intake, and each dosing session is attended by two clinicians.</p>
<ul>
<li>Medical intake (in person): $300</li>
<li>Preparation session (therapist, 60 min): $180</li>
<li>Dosing session (3 hours, two clinicians): $650</li>
<li>Integration session (60 min): $180</li>
</ul>
<p>Sliding-scale spots are available each quarter. Gift certificates can be applied to preparation and integration sessions. <a href="/contact">Book an intro call</a>.</p>
<p class="small">We are sometimes asked about people online who describe themselves as &ldquo;ketamine guides&rdquo; and offer to mail medicine. We have no connection with them and do not recommend them.</p>
""")

p("h15928", "https://stmarguerite-health.example/departments/psychiatry/interventional-psychiatry", "clinic", False, "en",
  "hospital-department", "Interventional Psychiatry Service | St. Marguerite Health", """
<header class="hospital">
<div class="alert-bar">Visitor guidance updated &middot; <a href="/find-a-doctor">Find a doctor</a> &middot; <a href="/mychart">MyChart</a> &middot; <a href="/donate">Donate</a></div>
<a class="logo" href="/">St. Marguerite Health</a>
<nav><a href="/locations">Locations</a> <a href="/departments">Departments</a> <a href="/patients-visitors">Patients &amp; visitors</a> <a href="/billing">Billing</a> <a href="/careers">Careers</a></nav>
</header>
<main>
<p class="crumbs">Home / Departments / Psychiatry / Interventional Psychiatry</p>
<h1>Interventional Psychiatry Service</h1>
<p>Our service offers treatments for depression that has not responded to standard care: electroconvulsive therapy (ECT), transcranial magnetic stimulation (TMS), IV ketamine infusions and esketamine (Spravato) nasal spray. All treatments are given on the 4th floor of the Behavioral Health Pavilion, with anesthesia and nursing staff present.</p>
<h2>Referral</h2>
<p>We accept referrals from psychiatrists and primary care providers in the health system and the community. Fax referral form to (555) 010-7744 or send through Epic.</p>
<h2>Statement about fraudulent websites</h2>
<p>St. Marguerite Health has been made aware of websites and messaging accounts that use our name or photos of our staff to advertise &ldquo;hospital-grade ketamine&rdquo; for sale. A local news report described one such site charging $300 in cryptocurrency. St. Marguerite does not sell medication online. If you have been contacted, please report it to our compliance hotline and to law enforcement.</p>
<h2>Billing</h2>
<p>Ketamine infusions for depression are billed as outpatient procedures; coverage varies. Financial counselors can estimate your out-of-pocket cost before your first visit. Pay your bill online through MyChart.</p>
</main>
<footer><p>St. Marguerite Health &middot; Non-discrimination notice &middot; Price transparency &middot; Patient rights</p></footer>
""", noise="cookie")

p("h15929", "https://ggz-kliniek-zuiderpark.example/behandelingen/esketamine-en-ketamine", "clinic", False, "nl",
  "clinic-nl", "Esketamine- en ketaminebehandeling | GGZ Kliniek Zuiderpark", """
<header><a class="logo" href="/">GGZ Kliniek Zuiderpark</a>
<nav><a href="/behandelingen">Behandelingen</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/wachttijden">Wachttijden</a> <a href="/kosten">Kosten &amp; vergoeding</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Esketamine- en ketaminebehandeling bij therapieresistente depressie</h1>
<p>Op onze polikliniek behandelen wij volwassenen met een depressie waarbij meerdere behandelingen niet voldoende hebben geholpen. De behandeling met esketamine-neusspray of ketamine-infuus vindt plaats op de afdeling, onder toezicht van een psychiater en verpleegkundige. Na elke toediening blijft u minimaal twee uur ter observatie.</p>
<h2>Aanmelden</h2>
<p>U heeft een verwijzing nodig van uw huisarts of behandelend psychiater. De huidige wachttijd voor intake is ongeveer 7 weken.</p>
<h2>Kosten</h2>
<p>De behandeling valt onder de basisverzekering (let op uw eigen risico).</p>
<h2>Ketamine via internet of Telegram?</h2>
<p>In de media is bericht over ketamine die via Telegram en websites wordt aangeboden, soms met &ldquo;reviews&rdquo; en beloftes als &ldquo;discreet in de brievenbus&rdquo;. Dat heeft niets met behandeling te maken: de samenstelling is onbekend en er is geen medische controle. Wij verstrekken geen ketamine mee naar huis.</p>
<p><a class="btn" href="/verwijzers">Informatie voor verwijzers</a></p>
</main>
<footer>GGZ Kliniek Zuiderpark &middot; Privacyverklaring &middot; Klachtenregeling</footer>
""", noise="cookie-nl")

p("h15930", "https://clinica-renovar-infusao.example/cetamina", "clinic", False, "pt",
  "clinic-pt-br", "Infusão de cetamina em São Paulo | Clínica Renovar", """
<header><a class="logo" href="/">Clínica Renovar</a>
<nav><a href="/cetamina">Infusão de cetamina</a> <a href="/escetamina">Escetamina</a> <a href="/equipe">Equipe</a> <a href="/na-imprensa">Na imprensa</a> <a href="https://wa.me/5511900000001" class="btn">Agendar pelo WhatsApp</a></nav></header>
<main>
<h1>Infusão de cetamina para depressão resistente</h1>
<p>As sessões são realizadas em nossa clínica em Moema, São Paulo, com médico anestesiologista presente e monitorização contínua de pressão, frequência cardíaca e saturação. Antes da primeira sessão, você passa por consulta psiquiátrica presencial.</p>
<h2>Valores</h2>
<ul>
<li>Consulta psiquiátrica de avaliação: R$ 650</li>
<li>Sessão de infusão de cetamina: R$ 1.400</li>
<li>Pacote de 6 sessões: R$ 7.800 (parcelamos em até 10x no cartão)</li>
</ul>
<h2>Na imprensa</h2>
<p>Nossa diretora clínica, Dra. Beatriz Lacerda, foi entrevistada em uma reportagem de TV sobre a venda ilegal de cetamina pela internet. Ela explicou que frascos vendidos por WhatsApp com &ldquo;entrega discreta&rdquo; não têm procedência garantida e que a cetamina para depressão deve ser usada apenas em ambiente médico.</p>
<p><b>Importante:</b> a Clínica Renovar não vende cetamina nem envia medicamentos. O WhatsApp é usado apenas para agendamento.</p>
</main>
<footer>Clínica Renovar &middot; Responsável técnica: Dra. Beatriz Lacerda &middot; CRM-SP</footer>
""", noise="cookie-pt")

p("h15931", "https://ospedale-sanvitale.example/servizi/psichiatria/esketamina", "clinic", False, "it",
  "hospital-it", "Ambulatorio esketamina – Psichiatria | Ospedale San Vitale", """
<header><a href="/" class="logo">Ospedale San Vitale</a>
<nav><a href="/servizi">Servizi</a> <a href="/prenotazioni">Prenotazioni CUP</a> <a href="/ticket">Pagamento ticket</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Ambulatorio per la depressione resistente: esketamina spray nasale</h1>
<p>Il servizio di Psichiatria offre il trattamento con esketamina spray nasale a pazienti adulti con depressione resistente, su invio dello psichiatra curante. La somministrazione avviene in ambulatorio, sotto osservazione del personale sanitario, con monitoraggio per almeno due ore dopo ogni dose.</p>
<h2>Come accedere</h2>
<p>Prima visita con impegnativa del medico tramite CUP. Il farmaco è a carico del Servizio Sanitario Nazionale secondo i criteri AIFA; resta il ticket per le visite, pagabile online.</p>
<h2>Avviso ai cittadini</h2>
<p>Segnaliamo che circolano su internet e su Telegram offerte di &ldquo;ketamina&rdquo; o &ldquo;esketamina&rdquo; senza ricetta, talvolta con recensioni e presunti articoli di giornale. L'Ospedale non vende farmaci online e non ha rapporti con questi canali.</p>
</main>
<footer>Ospedale San Vitale &middot; Azienda sanitaria &middot; Privacy &middot; Amministrazione trasparente</footer>
""")

# ---------------------------------------------------------------- reporting on the trade (informational)

p("h15932", "https://northernledger-news.example/investigations/2025/inside-the-online-ketamine-trade", "informational", False, "en",
  "news-investigation-long", "Inside the online ketamine trade: tea boxes, Telegram and 'free reship' | Northern Ledger", """
<header class="masthead">
<div class="edition">Subscribe for $1/week &middot; <a href="/login">Sign in</a> &middot; <a href="/newsletters">Newsletters</a></div>
<a class="logo" href="/">Northern Ledger</a>
<nav><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/investigations">Investigations</a> <a href="/business">Business</a> <a href="/health">Health</a> <a href="/opinion">Opinion</a> <a href="/sport">Sport</a></nav>
</header>
<article>
<p class="kicker">INVESTIGATION</p>
<h1>Inside the online ketamine trade: tea boxes, Telegram and &lsquo;free reship&rsquo;</h1>
<p class="standfirst">Over three months our reporters placed orders with eleven websites and messaging accounts advertising ketamine. Four delivered. Two sent something else. Five kept the money.</p>
<p class="byline">By the investigations team</p>
<p>The shop calls itself K-Star Chem Direct. Its homepage lists &ldquo;ketamine HCl shards&rdquo; at $55 a gram, $210 for five grams and $820 for 25, and promises a tracking number within 24 hours and a free &ldquo;reship&rdquo; if customs seize the parcel. There is no request for a prescription. Payment is accepted in Bitcoin, Monero, Litecoin and the stablecoin Tether. A banner offers 10% off to anyone paying in Monero.</p>
<p>We paid $210 in Bitcoin. Nine days later a box of herbal tea arrived at a post-office box rented for the investigation. Inside one tea sachet was a vacuum-sealed pouch of white crystals. A drug-checking service tested the sample: 97% ketamine, no other substances detected.</p>
<p>When contacted through the Telegram account listed on its site, <b>@kstar_support</b>, a person writing for the shop said it had &ldquo;thousands of happy customers&rdquo; and that its products were &ldquo;sold for research&rdquo;. Weeks after our first inquiry, the site added a &ldquo;Press&rdquo; page quoting our reporting as an endorsement.</p>
<h2>&lsquo;Write wellness products in the memo&rsquo;</h2>
<p>Another site, styling itself as an online pharmacy, offered &ldquo;Ketalar 500 mg/10 ml &times; 5 vials&rdquo; for $289 and &ldquo;Spravato 56 mg kits&rdquo; for $410, and asked buyers paying by Zelle or Cash App to write &ldquo;wellness products&rdquo; in the payment memo. We paid $289. Nothing arrived. Two days later a message from a new Telegram handle demanded a $250 &ldquo;customs clearance fee&rdquo; in gift cards. We did not pay.</p>
<p>Spravato, the esketamine nasal spray, is distributed only to certified treatment centres and is not dispensed to patients for use at home. &ldquo;If someone is offering you Spravato in the mail, it is either stolen, counterfeit, or not there at all,&rdquo; said a pharmacist at a hospital treatment centre.</p>
<h2>The Telegram shops</h2>
<p>On Telegram and Instagram, sellers advertise menus with emoji and prices in pounds, euros and dollars. One UK account, which describes itself in its bio as &ldquo;the plug the news wrote about&rdquo;, listed 3.5 grams for &pound;90 and 28 grams &ldquo;ask&rdquo;, with next-day tracked delivery and payment by bank transfer or Revolut. Its backup handle, listed in case the main account is banned, was already active.</p>
<h2>What clinics and regulators say</h2>
<p>Doctors who run ketamine clinics said they are increasingly asked by patients why treatment costs $450 a session when a gram online costs $55. &ldquo;The molecule is the same, the medicine is not,&rdquo; said an anaesthesiologist who runs an infusion clinic. A consumer-protection official said complaints about online ketamine scams had tripled in a year.</p>
<p class="note">If you are struggling, help is available. Ketamine-assisted treatment should be provided by a licensed clinician.</p>
</article>
<aside class="related"><h3>Read more</h3><ul><li><a href="#">The rise of at-home ketamine</a></li><li><a href="#">How drug-checking services work</a></li><li><a href="#">Letters: our readers on the ketamine investigation</a></li></ul></aside>
<footer><p>&copy; Northern Ledger Media &middot; <a href="/ethics">Editorial standards</a> &middot; <a href="/corrections">Corrections</a></p></footer>
""", noise="cookie")

p("h15933", "https://usattorney-district.example/news/press-release/vendor-indicted-online-ketamine-sales", "informational", False, "en",
  "prosecutor-press-release", "Operator of Online Ketamine Shop Indicted for Distributing Controlled Substances | U.S. Attorney's Office", """
<header><a href="/">United States Attorney's Office &ndash; Example District</a>
<nav><a href="/news">News</a> <a href="/divisions">Divisions</a> <a href="/victim-witness">Victim-witness</a> <a href="/contact">Contact</a></nav></header>
<main>
<p class="type">PRESS RELEASE</p>
<h1>Operator of online ketamine shop indicted for distributing controlled substances</h1>
<p class="sub">Defendant allegedly shipped thousands of parcels concealed as cosmetics and accepted cryptocurrency</p>
<p>A federal grand jury returned an indictment charging a 34-year-old man with conspiracy to distribute ketamine, a Schedule III controlled substance, distribution of ketamine, and money laundering conspiracy.</p>
<p>According to the indictment, from 2022 through 2025 the defendant operated a website that advertised itself as an online pharmacy and offered ketamine hydrochloride crystal, ketamine vials and purported esketamine nasal devices without a prescription. The website allegedly listed prices such as &ldquo;Ketamine crystal 7 g &ndash; $230&rdquo; and &ldquo;Ketalar 500 mg/10 ml &times; 5 vials &ndash; $289&rdquo;, stated that most customers were &ldquo;approved in under 10 minutes&rdquo; through an online form, and instructed customers paying through peer-to-peer payment apps to describe their purchase as &ldquo;wellness products&rdquo;. Customers paying in Bitcoin received a 12% discount.</p>
<p>The indictment alleges that the defendant shipped parcels by Priority Mail labelled as cosmetics and offered free reshipment of parcels seized by law enforcement, and that he communicated with customers through a Telegram account presenting itself as a pharmacist. Investigators allegedly made eleven undercover purchases.</p>
<p>If convicted, the defendant faces a maximum penalty of 10 years in prison on each distribution count and 20 years on the money laundering count. The charges are allegations; the defendant is presumed innocent unless and until proven guilty.</p>
<p>The case was investigated by the Drug Enforcement Administration and the U.S. Postal Inspection Service.</p>
</main>
<footer>Updated this month &middot; Topic: Drug trafficking &middot; Component: USAO &ndash; Example District</footer>
""")

p("h15934", "https://drugcheck-network.example/alerts/2025-ketamine-sold-online-contains-2fdck-and-pmk", "informational", False, "en",
  "drug-checking-alert-txt", "Alert: 'ketamine' bought online", """
DRUG-CHECKING ALERT - "KETAMINE" BOUGHT ONLINE
Issued by a community drug-checking network. Share freely.

What was sold: white crystalline "ketamine shards", described by the seller as "pharma grade, 96% tested, as seen in the press".
Where: a Telegram seller using the handles @kwonderland_plug and @kwonderland_backup; a market listing titled "5g KETAMINE Needle Point shards - AS TESTED BY PRESS".
Price reported by the people who brought samples: GBP 90 for 3.5 g; GBP 165 for 5 g.

What we found (FTIR + GC-MS, 6 samples):
- 3 samples: ketamine only
- 2 samples: 2-fluorodeschloroketamine (2F-DCK), no ketamine
- 1 sample: ketamine with a significant amount of an unidentified compound

Why this matters: 2F-DCK acts for longer and dosing is different. People who re-dose expecting ketamine timing may take far more than intended. A seller's claim that a batch was "tested by the press" says nothing about the bag you have.

Advice: test every batch, start with a much smaller amount, don't mix with alcohol, GHB or benzodiazepines, don't use alone. Free testing at our drop-in sites; results are anonymous.
""", ext="txt")

p("h15935", "https://attorneygeneral-state.example/consumer-protection/alerts/online-ketamine-scams", "informational", False, "en",
  "consumer-protection-alert", "Consumer Alert: Online Ketamine Offers | Office of the Attorney General", """
<header class="gov">
<div class="official">An official website of the State</div>
<a href="/">Office of the Attorney General</a>
<nav><a href="/consumer-protection">Consumer protection</a> <a href="/file-a-complaint">File a complaint</a> <a href="/news">News</a> <a href="/about">About</a></nav>
</header>
<main>
<h1>Consumer alert: online ketamine offers</h1>
<p>The Consumer Protection Division has received a growing number of complaints from residents who paid for ketamine advertised online and received nothing, received a different substance, or were then asked for more money.</p>
<h2>What the offers look like</h2>
<p>Complaints describe websites and social-media accounts that:</p>
<ul>
<li>advertise &ldquo;ketamine at home, approved in minutes&rdquo; or &ldquo;no video call&rdquo; and approve nearly everyone through a questionnaire;</li>
<li>list prices such as &ldquo;8 troches 200 mg &ndash; $149&rdquo; or &ldquo;5 g crystal &ndash; $195&rdquo;;</li>
<li>ask for payment by cryptocurrency, gift cards, Zelle or Cash App, sometimes with instructions to write &ldquo;wellness&rdquo; in the memo;</li>
<li>promise &ldquo;stealth&rdquo; packaging or reshipping if a parcel is seized;</li>
<li>display &ldquo;as seen on&rdquo; media logos and five-star reviews, or pages titled &ldquo;Is this site a scam? Fact-check&rdquo; written by the seller itself;</li>
<li>after payment, demand &ldquo;customs&rdquo; or &ldquo;insurance&rdquo; fees.</li>
</ul>
<h2>How legitimate treatment differs</h2>
<p>Licensed clinics and telehealth providers evaluate you, often by video or in person, before anything is prescribed. Prescriptions are filled by licensed pharmacies. Esketamine nasal spray is given only at certified treatment centers. Legitimate providers accept ordinary payment methods and give itemized receipts.</p>
<h2>If you were targeted</h2>
<p>Stop contact, keep screenshots and payment records, contact your bank or card issuer, and <a href="/file-a-complaint">file a complaint</a> with our office. Gift-card fraud should also be reported to the card issuer immediately.</p>
</main>
<footer>Office of the Attorney General &middot; Consumer hotline (555) 010-0000</footer>
""", noise="cookie")

p("h15936", "https://drugsforum-nl.example/threads/oplichting-ketamine-webshop-pas-op.88412", "informational", False, "nl",
  "forum-warning-nl", "Oplichting ketamine-webshop – pas op! | Drugsforum NL", """
<div class="breadcrumbs"><a href="/">Drugsforum NL</a> &rsaquo; <a href="/forums/veiligheid">Veiligheid &amp; waarschuwingen</a> &rsaquo; Oplichting ketamine-webshop &ndash; pas op!</div>
<h1>Oplichting ketamine-webshop &ndash; pas op!</h1>
<div class="post"><div class="user">lotte_ut</div><div class="msg">
<p>Even een waarschuwing. Ik heb bij een site die zichzelf &ldquo;KShop NL&rdquo; noemt besteld via Telegram (@kshop_nl_official, zeggen ze). Prijzen op hun &ldquo;officiële topic&rdquo;: 5 gram &euro;120, 10 gram &euro;210, betalen met Tikkie of bitcoin, &ldquo;binnen 1&ndash;2 dagen in de brievenbus&rdquo;.</p>
<p>Ik heb &euro;120 via Tikkie betaald. Daarna vroegen ze nog &euro;60 &ldquo;verzendverzekering&rdquo;. Niet betaald, account blokkeerde me. Er staan allemaal positieve reviews onder hun topic maar volgens mij zijn die nep.</p>
</div></div>
<div class="post"><div class="user">mod_ruben <span class="badge">Moderator</span></div><div class="msg">
<p>Dank voor het melden. Ter herinnering: handel is op dit forum niet toegestaan. Verkopersposts worden verwijderd zodra we ze zien. Doe aangifte bij de politie (kan online bij internetoplichting) en meld het Telegram-account.</p>
<p>Wil je weten wat er in iets zit dat je toch al hebt? Laat het anoniem testen bij een testservice in je regio.</p>
</div></div>
<div class="post"><div class="user">smurfmeister</div><div class="msg"><p>Zelfde verhaal hier, maar dan met een &ldquo;backup-account&rdquo; dat ineens de bestelling &ldquo;overnam&rdquo;. &euro;210 kwijt.</p></div></div>
<div class="post"><div class="user">anouk_r</div><div class="msg"><p>En zelfs als je wél iets krijgt weet je niet wat het is. Bij de testservice bleek mijn &ldquo;ketamine&rdquo; vorig jaar iets heel anders.</p></div></div>
<div class="thread-footer">4 reacties &middot; Topic gesloten door moderator</div>
""", noise="cookie-nl")

p("h15937", "https://factcheck-desk.example/claims/ketamine-pharmacy-fda-approved-no-prescription", "informational", False, "en",
  "fact-check", "Fact check: Does this 'pharmacy' sell FDA-approved ketamine without a prescription? | FactCheck Desk", """
<header><a href="/">FactCheck Desk</a> <nav><a href="/health">Health</a> <a href="/politics">Politics</a> <a href="/viral">Viral</a> <a href="/methodology">Methodology</a></nav></header>
<article>
<div class="rating">RATING: FALSE</div>
<h1>Fact check: Does this &lsquo;pharmacy&rsquo; sell FDA-approved ketamine without a prescription?</h1>
<h2>The claim</h2>
<p>Sponsored posts circulating on social media link to a site calling itself Ketamine USA Pharmacy, which says it is &ldquo;a legitimate online pharmacy&rdquo; selling &ldquo;Ketalar 50 mg/ml (10 ml vials), generic ketamine 100 mg/ml, ketamine HCl crystal and Spravato 28 mg nasal devices&rdquo;. The site's own &ldquo;fact-check&rdquo; of its critics rates the claim that it sells without prescription as &ldquo;misleading&rdquo;, saying customers complete &ldquo;a short online health form&rdquo; and are &ldquo;approved in under 10 minutes&rdquo;.</p>
<h2>What we found</h2>
<ul>
<li>The site does not appear in any state board of pharmacy license lookup we searched, nor in the national verified-pharmacy programme.</li>
<li>Its checkout accepts Bitcoin (with a 12% discount), Zelle, Cash App and Venmo, and tells buyers to write &ldquo;wellness products&rdquo; in payment memos.</li>
<li>It offers to &ldquo;reship for free&rdquo; parcels &ldquo;stopped&rdquo; in transit, and lists a Telegram handle, @ketusa_rx, as its &ldquo;pharmacist&rdquo;.</li>
<li>Ketamine crystal is not an FDA-approved product. Spravato is available only through certified treatment centres and cannot be shipped to patients.</li>
<li>The domain was registered 14 months ago through a privacy service.</li>
</ul>
<h2>Our ruling</h2>
<p>The claim that the site sells &ldquo;FDA-approved ketamine&rdquo; legitimately is <b>false</b>. An online form reviewed by an unnamed &ldquo;medical team&rdquo; is not a prescription from a clinician who has evaluated the patient. Licensed telehealth services that prescribe ketamine do so after a live evaluation and send prescriptions to licensed pharmacies.</p>
<p class="sources">Sources: the site's product and blog pages (archived), state pharmacy license databases, FDA drug label for Spravato, interviews with two pharmacists.</p>
</article>
<footer>FactCheck Desk is a signatory of an international fact-checking code of principles.</footer>
""", noise="cookie")

p("h15938", "https://diario-levante-noticias.example/sucesos/2025/desarticulada-red-venta-ketamina-telegram", "informational", False, "es",
  "police-report-news-es", "Desarticulada una red que vendía ketamina por Telegram y la enviaba en cajas de té | Diario Levante Noticias", """
<header><a class="logo" href="/">Diario Levante Noticias</a>
<nav><a href="/local">Local</a> <a href="/sucesos">Sucesos</a> <a href="/economia">Economía</a> <a href="/deportes">Deportes</a> <a href="/opinion">Opinión</a></nav></header>
<article>
<p class="antetitulo">SUCESOS</p>
<h1>Desarticulada una red que vendía ketamina por Telegram y la enviaba en cajas de té</h1>
<p class="entradilla">La Policía detiene a cinco personas y se incauta de 3,2 kilos de ketamina, 18.000 euros en efectivo y monederos de criptomonedas.</p>
<p>Agentes de la Policía Nacional han desarticulado una organización que vendía ketamina a través de una web y de canales de Telegram a clientes de toda España, según ha informado el cuerpo en un comunicado.</p>
<p>Según los investigadores, la web, que se presentaba como &laquo;Ketamina Envíos 24&raquo;, ofrecía el gramo a 40 euros, cinco gramos a 170 y diez a 310, &laquo;sin receta&raquo; y con &laquo;envío discreto en 24/48 horas&raquo;. Los pagos se hacían con Bitcoin, Bizum o transferencia, y los pedidos también se gestionaban por Telegram a través de la cuenta @ketaenvios24. La página incluso tenía una sección de &laquo;Prensa y opiniones&raquo; en la que citaba reportajes periodísticos como si fueran una recomendación.</p>
<p>Los paquetes se enviaban por mensajería en sobres acolchados sin remitente o dentro de cajas de infusiones. La investigación se inició tras el aviso de un servicio de paquetería que detectó envíos sospechosos en un centro logístico de Valencia.</p>
<p>Los detenidos están acusados de delitos contra la salud pública, blanqueo de capitales y pertenencia a organización criminal. El juzgado ha decretado prisión provisional para dos de ellos.</p>
<p class="nota">La Policía recuerda que la compra de sustancias por internet sin control sanitario supone un riesgo para la salud y anima a denunciar este tipo de webs.</p>
</article>
<footer>&copy; Diario Levante Noticias &middot; Aviso legal &middot; Política de privacidad</footer>
""", noise="cookie-es")

p("h15939", "https://drugcheck-zentrum.example/warnungen/ketamin-online-2f-dck", "informational", False, "de",
  "drug-checking-warning-de", "Warnung: Als Ketamin verkauft – enthält 2F-DCK | Drug-Checking-Zentrum", """
<header><a href="/">Drug-Checking-Zentrum</a> <nav><a href="/warnungen">Warnungen</a> <a href="/angebot">Angebot</a> <a href="/safer-use">Safer Use</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>
<h1>Warnung: Als Ketamin verkauft &ndash; enthält 2F-DCK</h1>
<table class="steckbrief">
<tr><th>Verkauft als</th><td>Ketamin (&bdquo;Kristall, 99&nbsp;%, laborgeprüft&ldquo;)</td></tr>
<tr><th>Bezugsquelle laut Abgebenden</th><td>Online-Shop mit &bdquo;Presse &amp; Bewertungen&ldquo;-Seite, Versand im neutralen Luftpolsterumschlag, Zahlung per Bitcoin oder SEPA</td></tr>
<tr><th>Preis</th><td>ca. 90&nbsp;&euro; für 5&nbsp;g</td></tr>
<tr><th>Tatsächlicher Inhalt</th><td>2-Fluorodeschloroketamin (2F-DCK), kein Ketamin nachweisbar</td></tr>
</table>
<h2>Risikoeinschätzung</h2>
<p>2F-DCK wirkt ähnlich wie Ketamin, setzt aber später ein und hält deutlich länger an. Wer wie bei Ketamin nachlegt, riskiert eine starke Überdosierung mit Bewusstlosigkeit, Stürzen und Erbrechen. Langzeitfolgen für Blase und Nieren sind kaum untersucht.</p>
<h2>Safer-Use-Hinweise</h2>
<ul><li>Substanz testen lassen &ndash; Ergebnisse sind anonym.</li><li>Mit einer sehr kleinen Menge beginnen und lange warten.</li><li>Nicht mit Alkohol, GHB/GBL oder Benzodiazepinen kombinieren.</li><li>Nicht allein konsumieren.</li></ul>
<p>Hinweis: &bdquo;Laborgeprüft&ldquo;, Kundenbewertungen oder Verweise auf Zeitungsartikel auf Verkaufsseiten sagen nichts über den Inhalt deiner Probe aus.</p>
</main>
<footer>Drug-Checking-Zentrum &middot; gefördert von der Stadt &middot; Impressum</footer>
""", noise="cookie-de")

p("h15940", "https://securite-sante-info.example/actualites/ketamine-en-ligne-arnaques", "informational", False, "fr",
  "regulator-consumer-warning-fr", "Kétamine vendue en ligne : attention aux arnaques et aux produits dangereux", """
<header><a href="/">Sécurité Santé Info</a> <nav><a href="/actualites">Actualités</a> <a href="/medicaments">Médicaments</a> <a href="/signaler">Signaler</a> <a href="/contact">Contact</a></nav></header>
<main>
<p class="categorie">Mise en garde</p>
<h1>Kétamine vendue en ligne : attention aux arnaques et aux produits dangereux</h1>
<p>Plusieurs signalements font état de sites internet et de comptes sur les messageries proposant de la kétamine, présentée comme « vétérinaire » ou « de qualité pharmaceutique », sans ordonnance.</p>
<h2>Exemples d'offres signalées</h2>
<ul>
<li>« Kétamine 100 mg/ml, flacon de 10 ml : 49 €, 5 flacons : 199 €. Aucune ordonnance vétérinaire demandée. Expédition en 24 h, colis neutre. »</li>
<li>Paiement demandé par virement, Bitcoin ou coupons prépayés (PCS, Transcash).</li>
<li>Pages « Ils parlent de nous » citant des reportages télévisés, et avis clients invérifiables.</li>
<li>Contact via un compte Telegram du type « @vetopharmadirect ».</li>
</ul>
<h2>Les risques</h2>
<p>La kétamine est un stupéfiant. Son achat sans ordonnance est illégal. Les produits vendus ainsi peuvent être contrefaits, mal dosés ou contenir une autre substance. Les paiements par coupons prépayés sont quasi impossibles à récupérer.</p>
<h2>Ce qu'il faut savoir</h2>
<p>En France, l'eskétamine est utilisée dans la dépression résistante uniquement à l'hôpital ou dans des établissements habilités, sous surveillance médicale. Aucun site ne peut légalement vous la livrer à domicile.</p>
<p>Vous avez repéré un site ? <a href="/signaler">Signalez-le</a> sur la plateforme officielle de signalement des contenus illicites.</p>
</main>
<footer>Sécurité Santé Info &middot; Mentions légales &middot; Accessibilité</footer>
""", noise="cookie-fr")

save(OUT, R)
