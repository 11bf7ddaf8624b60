# Batch 103 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "The offer and its echo". Pairs of pages: a seller's own offer of ketamine, esketamine or an
# analogue (shop product page, shop blog post, Telegram channel post, marketplace vendor profile,
# classified ads, a fake "telehealth" landing page, research-chemical shops, a social bio) and, on
# other sites, pages that reproduce or describe such offers almost word for word: sentencing remarks
# and a German judgment, police and Guardia Civil releases, a consumer-protection guide listing
# warning signs, a drug-checking alert quoting a shop's product text, a news investigation, a forum
# user asking whether an ad is legit, a French consumer alert. Providers (telehealth and clinics)
# whose FAQs, blog posts and scam notices say what they do not do ("we never ship ketamine without a
# video evaluation", "we do not accept crypto", "Spravato is never mailed"). Labelled by who speaks:
# the seller's own offer is seller/flagged; a report, judgment, warning or question about it is
# informational; a provider quoting scam offers stays its provider category.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), medium pages, short
# pages and a few 1-3 sentence plain-text snippets (social bio, classified, provider notice, KAP
# practice note).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch103.py (writes batch103/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch103")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- the offers (sellers)

p("h10301", "https://nordick-pharma.example/product/ketamine-hcl-crystal", "seller", True, "en",
  "shop-product-page-long", "Ketamine HCl 99.8% Crystal Shards | NordicK Pharma", """
<header>
<div class="promo-strip">&#9889; 10% OFF all orders paid in Monero (XMR) &middot; Free reship if your parcel is seized &middot; Tracking on every order</div>
<a class="brand" href="/">NordicK<span>Pharma</span></a>
<nav>
<a href="/shop">Shop</a> <a href="/category/dissociatives">Dissociatives</a> <a href="/category/nasal-sprays">Nasal Sprays</a> <a href="/category/vials">Vials &amp; Injectables</a> <a href="/how-to-order">How to order</a> <a href="/shipping">Stealth shipping</a> <a href="/faq">FAQ</a> <a href="/my-account">My account</a> <a href="/cart">&#128722; Cart (0)</a>
</nav>
</header>
<main class="product-page">
<p class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/category/dissociatives">Dissociatives</a> &raquo; Ketamine HCl Crystal</p>
<div class="product-images"><img src="/wp-content/uploads/2026/03/ket-shards-1.jpg" alt="Ketamine crystal shards in a resealable bag"></div>
<div class="product-summary">
<h1>Ketamine HCl 99.8% &ndash; Crystal Shards</h1>
<div class="stars">&#9733;&#9733;&#9733;&#9733;&#9734; <a href="#reviews">(287 customer reviews)</a></div>
<p class="price">$180.00 &ndash; $1,150.00</p>
<p><strong>No prescription needed</strong> &ndash; just complete our short 3-question wellness questionnaire at checkout and your order is approved automatically. Pharmaceutical-grade racemic ketamine hydrochloride, lab tested every batch, large glassy shards (not powder, not cut).</p>
<form class="variations_form cart" action="/cart/" method="post">
<label for="pa_weight">Weight</label>
<select id="pa_weight" name="attribute_pa_weight">
<option value="">Choose an option</option>
<option value="5g">5 g &ndash; $180</option>
<option value="10g">10 g &ndash; $320</option>
<option value="25g">25 g &ndash; $700</option>
<option value="50g">50 g &ndash; $1,150</option>
</select>
<input type="number" name="quantity" value="1" min="1">
<button type="submit" class="single_add_to_cart_button">Add to cart</button>
</form>
<ul class="trust-badges">
<li>&#10003; Pay with Bitcoin, Monero or USDT (TRC20)</li>
<li>&#10003; Vacuum sealed, odour proof, no markings on the parcel</li>
<li>&#10003; Ships from EU warehouse in 24h &ndash; US/UK/AU 5-9 days</li>
<li>&#10003; 100% delivery guarantee or free reship</li>
</ul>
<p class="sku">SKU: NK-KET-CRY &middot; Category: <a href="/category/dissociatives">Dissociatives</a> &middot; Tags: ketamine, k, special k, crystal</p>
</div>
<section class="tabs">
<h2>Description</h2>
<p>Our ketamine comes straight from a licensed pharmaceutical manufacturer and is recrystallised in house for maximum purity. Customers use it for depression, chronic pain and &ldquo;for a reset&rdquo; &ndash; we leave that to you. Because we don&rsquo;t require a doctor&rsquo;s note you can order today and be holding it this week.</p>
<h3>The wellness questionnaire</h3>
<p>Three quick questions (age, country, what you are using it for). That&rsquo;s it. No video call, no waiting lists, no awkward conversations with a psychiatrist.</p>
<h2 id="reviews">Reviews (287)</h2>
<div class="review"><strong>mattie_k</strong> &ndash; &#9733;&#9733;&#9733;&#9733;&#9733; <p>arrived in 6 days to Ohio, stealth was perfect. shards look exactly like pics. will order the 25 next time</p></div>
<div class="review"><strong>Jonas R.</strong> &ndash; &#9733;&#9733;&#9733;&#9733;&#9734; <p>Good product, took 11 days to Sweden but they answered my tickets fast. XMR discount is nice.</p></div>
<div class="review"><strong>lena</strong> &ndash; &#9733;&#9733;&#9733;&#9733;&#9733; <p>better than what my local clinic charges for ONE infusion lol</p></div>
</section>
<aside class="related">
<h3>Related products</h3>
<ul>
<li><a href="/product/esketamine-nasal-spray-28mg">Esketamine Nasal Spray 28 mg (generic) &ndash; $210</a></li>
<li><a href="/product/ketamine-500mg-10ml-vial">Ketamine 500 mg/10 ml vial &ndash; $95</a></li>
<li><a href="/product/2-fdck-powder">2-FDCK powder &ndash; from $60</a></li>
</ul>
</aside>
</main>
<footer>
<div class="cols">
<div><h4>Customer care</h4><a href="/contact">Open a ticket</a> <a href="/track">Track order</a> <a href="/refunds">Reship policy</a></div>
<div><h4>Payment</h4><p>BTC &middot; XMR &middot; USDT &middot; LTC. We do not accept cards.</p></div>
<div><h4>Support</h4><p>Telegram: @nordick_support (24/7)</p></div>
</div>
<p>&copy; 2026 NordicK Pharma. All products are sold for personal wellness use.</p>
</footer>
""", noise="cookie")

p("h10302", "https://spraymeds-direct.example/blog/esketamine-spray-without-clinic-visit", "seller", True, "en",
  "shop-blog-post-medium", "Esketamine nasal spray without the 2-hour clinic wait - SprayMeds Direct Blog", """
<header><a href="/" class="logo">SprayMeds Direct</a>
<nav><a href="/shop">Shop all</a> <a href="/product/esketamine-56mg-kit">Esketamine Kit</a> <a href="/blog">Blog</a> <a href="/track">Track order</a></nav></header>
<article>
<h1>Esketamine nasal spray without the 2-hour clinic wait: our honest guide</h1>
<p class="byline">By Priya from the SprayMeds team &middot; 14 August 2026 &middot; 6 min read</p>
<p>If you have looked into esketamine (the nasal spray sold as Spravato) you already know the catch. In most countries you have to go to a certified centre twice a week, sit there for two hours while someone watches you, and you can&rsquo;t drive home. Many of our customers told us that was simply impossible with their jobs and kids.</p>
<p>That is why we stock <strong>generic esketamine 28 mg devices</strong> made in India, the same active ingredient at a fraction of the price, and we ship them straight to your door.</p>
<h2>Do I need a prescription?</h2>
<p>No. We are an international supplier, so you don&rsquo;t need a prescription from your country. Just add the kit to your cart and fill in the short health form at checkout.</p>
<h2>How much does it cost?</h2>
<ul>
<li>Starter kit &ndash; 2 x 28 mg devices (56 mg): <strong>$189</strong></li>
<li>Maintenance kit &ndash; 3 x 28 mg devices (84 mg): <strong>$259</strong></li>
<li>Monthly bundle &ndash; 8 devices: <strong>$640</strong> (save $116)</li>
</ul>
<h2>How do I pay?</h2>
<p>We accept Bitcoin, USDT and Amazon or Apple gift cards. Card payments keep getting blocked by the banks for &ldquo;pharmacy&rdquo; merchants, so crypto is the fastest. Pay in crypto and we add a free device to orders over $500.</p>
<h2>How is it shipped?</h2>
<p>Discreetly, from our partner in Mumbai, declared as &ldquo;nasal care product&rdquo;. Delivery takes 10&ndash;14 days to the US, UK, Canada and Australia. If customs holds it we reship once for free.</p>
<p class="cta"><a class="button" href="/product/esketamine-56mg-kit">Order your esketamine kit now &rarr;</a></p>
<p><em>Disclaimer: this article is for information only. Use responsibly.</em></p>
</article>
<aside><h3>Popular</h3><a href="/blog/ketamine-vs-esketamine">Ketamine vs esketamine: which to buy?</a> <a href="/blog/pay-with-gift-card">How to pay with a gift card</a></aside>
<footer>&copy; SprayMeds Direct &middot; WhatsApp orders: +91 98XXX 41207</footer>
""")

p("h10303", "https://t-me-preview.example/s/kexpress_uk/2291", "seller", True, "en",
  "telegram-channel-post-medium", "K-Express UK \U0001F1EC\U0001F1E7 - Telegram", """
<div class="tgme_channel_info">
<div class="tgme_channel_info_header_title">K-Express UK &#127468;&#127463;</div>
<div class="tgme_channel_info_counter">4 812 subscribers</div>
<div class="tgme_channel_info_description">Fast, safe, discreet. London &amp; M25 same day, rest of UK next day. No timewasters.</div>
</div>
<div class="tgme_widget_message_wrap">
<div class="tgme_widget_message_text">
&#128680; FRESH BATCH JUST LANDED &#128680;<br><br>
&#10052;&#65039; Ketamine (needle shards, pharma) &#10052;&#65039;<br>
1g &ndash; &pound;25<br>
3.5g &ndash; &pound;70<br>
7g &ndash; &pound;120<br>
14g &ndash; &pound;220<br>
28g &ndash; &pound;380<br><br>
&#128167; Liquid K vials (10ml) &ndash; &pound;60 / 3 for &pound;150<br><br>
&#128666; Next day delivery Royal Mail, vacuum sealed &amp; tracked<br>
&#128205; Dead drops available N/E London<br>
&#128176; Bank transfer, BTC or LTC<br><br>
DM @kexpress_ops to order. Include postcode + amount. Orders before 2pm go out same day.<br>
Check the reviews channel &#128073; @kexpress_reviews
</div>
<div class="tgme_widget_message_footer"><span class="views">2.1K</span> &middot; <time>Oct 3, 2026 at 11:42</time></div>
</div>
""")

p("h10304", "https://silkgate-mkt.example/vendor/KetaKing_EU", "seller", True, "en",
  "marketplace-vendor-profile-long", "KetaKing_EU - Vendor profile - Silkgate", """
<div class="topnav"><a href="/">Silkgate</a> <a href="/browse">Browse</a> <a href="/browse/dissociatives">Dissociatives</a> <a href="/forum">Forum</a> <a href="/support">Support</a> <span class="bal">Balance: 0.0000 XMR</span></div>
<div class="vendor-card">
<h1>KetaKing_EU</h1>
<p>Level 6 Vendor &middot; Member since 11/2024 &middot; Last seen: today</p>
<p>Sales: <strong>1,284</strong> &middot; Feedback: <strong>98.6% positive</strong> (1,102 / 16) &middot; Disputes won: 9 / lost: 2</p>
<p>Ships from: Netherlands &middot; Ships to: EU, UK, USA, Canada, Australia</p>
<p>Finalize early: only for trusted buyers (20+ orders)</p>
</div>
<section class="vendor-about">
<h2>About</h2>
<p>Welcome to KetaKing. We specialise in ONE thing: top quality ketamine, direct from source. Every batch reagent tested (Mandelin/Mecke pics in listing). Stealth is professional, double vacuum sealed, MBB, decoy items. We never ask what it&rsquo;s for, no scripts, no questions.</p>
<p>Orders placed before 16:00 CET ship same day Mon-Fri. NL/DE/BE 1-2 days, rest of EU 3-5, UK 4-7, US/CA/AU 7-14. Reship 100% for first seizure, 50% after that.</p>
<p>PGP key below. ENCRYPT YOUR ADDRESS or the order gets cancelled.</p>
<pre class="pgp">-----BEGIN PGP PUBLIC KEY BLOCK-----
mQINBGX3k2YBEADl7r... (truncated)
-----END PGP PUBLIC KEY BLOCK-----</pre>
</section>
<section class="listings">
<h2>Listings (6)</h2>
<table>
<tr><th>Item</th><th>Price</th><th>Stock</th></tr>
<tr><td><a href="/listing/88120">1g Ketamine S-isomer shards &ndash; HQ</a></td><td>0.142 XMR (&euro;26)</td><td>In stock</td></tr>
<tr><td><a href="/listing/88121">5g Ketamine S-isomer shards &ndash; HQ</a></td><td>0.598 XMR (&euro;110)</td><td>In stock</td></tr>
<tr><td><a href="/listing/88122">10g Ketamine racemic needles</a></td><td>1.03 XMR (&euro;190)</td><td>In stock</td></tr>
<tr><td><a href="/listing/88123">25g Ketamine racemic needles</a></td><td>2.28 XMR (&euro;420)</td><td>3 left</td></tr>
<tr><td><a href="/listing/88124">100g Ketamine wholesale (escrow only)</a></td><td>7.61 XMR (&euro;1,400)</td><td>In stock</td></tr>
<tr><td><a href="/listing/88125">Sample 0.5g (one per customer)</a></td><td>0.076 XMR (&euro;14)</td><td>In stock</td></tr>
</table>
</section>
<section class="feedback">
<h2>Recent feedback</h2>
<p>&#10133; 5/5 &ldquo;2nd order, arrived DE in 2 days, same fishscale as last time&rdquo; &ndash; b***r (10g)</p>
<p>&#10133; 5/5 &ldquo;great stealth to UK&rdquo; &ndash; s***e (5g)</p>
<p>&#10134; 1/5 &ldquo;still waiting 16 days US, vendor says reship soon&rdquo; &ndash; k***3 (25g)</p>
</section>
<div class="footer">Silkgate &middot; Escrow &amp; multisig &middot; Always use PGP</div>
""")

p("h10305", "https://classifieds-hub.example/us/houston/health-beauty/ketamine-liquid-vials-98812", "seller", True, "en",
  "classified-ad-snippet", "Ketamine liquid vials - vet stock - Houston", """
Ketamine liquid 10ml vials for sale - genuine Ketaset vet stock, sealed, long expiry. No prescription, no questions. $90 each or 5 for $400, ships anywhere in the US in 2-3 days. Text or WhatsApp (832) 555-0174, pay by Zelle, Cash App or BTC.
""", ext="txt")

p("h10306", "https://calmkey-health.example/", "seller", True, "en",
  "fake-telehealth-landing-long", "CalmKey Health | At-home ketamine, approved in 5 minutes", """
<header class="navbar">
<a class="logo" href="/">CalmKey<span>Health</span></a>
<nav><a href="#how">How it works</a> <a href="#pricing">Pricing</a> <a href="/reviews">Reviews</a> <a href="/faq">FAQ</a> <a class="btn" href="/start">Get started</a></nav>
</header>
<section class="hero">
<h1>Feel better this week, not in three months.</h1>
<p>Ketamine troches and nasal spray shipped to your door. <strong>No video call. No waiting for an appointment.</strong> Fill in our online questionnaire and get approved in as little as 5 minutes.</p>
<a class="btn btn-lg" href="/start">Take the 2-minute quiz &rarr;</a>
<p class="small">97% of applicants approved &middot; Ships in 24 hours &middot; All 50 states and international</p>
</section>
<section id="how">
<h2>How it works</h2>
<ol>
<li><strong>Answer 8 quick questions</strong> about your mood. Takes about two minutes.</li>
<li><strong>Instant approval</strong> &ndash; our system reviews your answers automatically, no doctor visit required.</li>
<li><strong>Choose your product and pay</strong>. Troches, RDTs or nasal spray.</li>
<li><strong>Delivered discreetly</strong> in plain packaging within 2&ndash;5 days.</li>
</ol>
</section>
<section id="pricing">
<h2>Simple pricing</h2>
<div class="plan"><h3>Troches 200 mg x 12</h3><p class="price">$149</p><a href="/checkout?sku=tro200-12">Buy now</a></div>
<div class="plan featured"><h3>Nasal spray 100 mg/ml, 10 ml</h3><p class="price">$189</p><a href="/checkout?sku=ns100">Buy now</a></div>
<div class="plan"><h3>3-month supply (36 troches)</h3><p class="price">$399</p><a href="/checkout?sku=tro200-36">Buy now</a></div>
<p>&#128161; Pay with crypto (BTC, ETH, USDC) and get <strong>20% off</strong>. We also accept Cash App.</p>
</section>
<section class="testimonials">
<blockquote>&ldquo;My psychiatrist wanted me to try three more SSRIs first. CalmKey approved me in minutes.&rdquo; &ndash; Dana, Arizona</blockquote>
<blockquote>&ldquo;No awkward zoom call, which honestly was the reason I never tried ketamine before.&rdquo; &ndash; Chris, Ontario</blockquote>
</section>
<section class="faq-preview">
<h3>Is there a doctor involved?</h3>
<p>Our questionnaire was designed with medical input, so you don&rsquo;t need to speak to anyone. If your answers meet the criteria you are approved automatically.</p>
<h3>Can you ship outside the US?</h3>
<p>Yes, we ship worldwide. International orders must be paid in crypto.</p>
</section>
<footer>
<p>CalmKey Health is a wellness brand. Statements have not been evaluated by the FDA. Support: support@calmkey-health.example &middot; Live chat on Telegram @calmkey_help</p>
<p>&copy; 2026 CalmKey Health LLC</p>
</footer>
""", noise="cookie")

p("h10307", "https://apex-refmaterials.example/catalog/arylcyclohexylamines", "seller", True, "en",
  "research-chemical-catalogue-medium", "Arylcyclohexylamines - Apex Reference Materials", """
<header><a href="/" class="logo">APEX Reference Materials</a>
<nav><a href="/catalog">Catalog</a> <a href="/catalog/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/catalog/cathinones">Cathinones</a> <a href="/coa">COA library</a> <a href="/payment">Payment</a> <a href="/basket">Basket</a></nav></header>
<main>
<h1>Arylcyclohexylamines</h1>
<p class="disclaimer">All products are sold strictly for laboratory research and analytical reference purposes. <strong>Not for human consumption.</strong> By ordering you confirm you are 21+ and will not ingest these materials.</p>
<div class="product">
<h2>2-FDCK (2-Fluorodeschloroketamine) HCl</h2>
<p>High purity 2-Fluorodeschloroketamine, 99.7% HPLC tested. White crystalline powder. CAS 111982-50-4.</p>
<p>1 g &ndash; &euro;35 &middot; 5 g &ndash; &euro;120 &middot; 10 g &ndash; &euro;200 &middot; 50 g &ndash; &euro;750</p>
<button>Add to basket</button>
</div>
<div class="product">
<h2>DCK (Deschloroketamine) HCl</h2>
<p>Crystalline solid, 99.5%+. Analytical reference standard.</p>
<p>1 g &ndash; &euro;40 &middot; 5 g &ndash; &euro;150 &middot; 10 g &ndash; &euro;260</p>
<button>Add to basket</button>
</div>
<div class="product">
<h2>MXE (Methoxetamine) HCl &ndash; back in stock</h2>
<p>Limited batch, 99%. Ships only to countries where not controlled (customer&rsquo;s responsibility to check).</p>
<p>1 g &ndash; &euro;55 &middot; 5 g &ndash; &euro;220</p>
<button>Add to basket</button>
</div>
<div class="product">
<h2>O-PCE HCl</h2>
<p>99%+, fine powder.</p>
<p>500 mg &ndash; &euro;30 &middot; 1 g &ndash; &euro;50</p>
<button>Add to basket</button>
</div>
<section class="info">
<h3>Payment &amp; shipping</h3>
<p>Bitcoin, Litecoin and SEPA transfer (with reference code only). Discreet, neutral packaging, shipped from Poland within 48h. Free shipping over &euro;150. Do not mention product names in messages to our support team.</p>
</section>
</main>
<footer>&copy; 2026 Apex Reference Materials &middot; For research use only &middot; <a href="/terms">Terms</a></footer>
""")

p("h10308", "https://instagram-mirror.example/k.wonderland.uk", "seller", True, "en",
  "social-bio-snippet", "k.wonderland.uk", """
\u2744\ufe0f\U0001F434 K / 2F / MXE in stock \u2022 UK next day, EU 3 days \u2022 tg: @kwonderland_uk \u2022 BTC/LTC only \u2022 no timewasters, menu in highlights
""", ext="txt")

p("h10309", "https://farmacia-sinreceta24.example/producto/ketamina-50mg-ml-vial-10ml", "seller", True, "es",
  "shop-product-page-es-long", "Ketamina 50 mg/ml vial 10 ml - Farmacia Sin Receta 24", """
<header>
<div class="aviso">&#128666; Envío discreto en 24/48 horas a toda la península &middot; Baleares y Canarias 3-5 días</div>
<a href="/" class="logo">Farmacia<b>SinReceta</b>24</a>
<nav><a href="/tienda">Tienda</a> <a href="/categoria/anestesicos">Anestésicos</a> <a href="/categoria/ansioliticos">Ansiolíticos</a> <a href="/categoria/dolor">Dolor</a> <a href="/como-comprar">Cómo comprar</a> <a href="/contacto">Contacto</a> <a href="/carrito">Carrito</a></nav>
</header>
<main>
<p class="migas"><a href="/">Inicio</a> / <a href="/categoria/anestesicos">Anestésicos</a> / Ketamina 50 mg/ml</p>
<h1>Ketamina 50 mg/ml &ndash; vial de 10 ml (uso veterinario)</h1>
<p class="precio">1 vial: 69 &euro; &middot; 3 viales: 180 &euro; &middot; 10 viales: 520 &euro;</p>
<p>Ketamina inyectable original de laboratorio, precintada, caducidad 2028. Se vende <strong>sin receta</strong>: no pedimos informe médico ni veterinario. También se puede evaporar para obtener polvo (guía gratuita con tu pedido).</p>
<form action="/carrito" method="post"><select name="cantidad"><option>1 vial</option><option>3 viales</option><option>10 viales</option></select> <button>Añadir al carrito</button></form>
<h2>Formas de pago</h2>
<p>Bizum, transferencia bancaria o criptomonedas (Bitcoin, USDT). Pagando en cripto te regalamos los gastos de envío.</p>
<h2>Pedidos por WhatsApp</h2>
<p>¿Prefieres pedir por mensaje? Escríbenos al WhatsApp +34 6XX 218 447 con el producto y la cantidad y te respondemos en menos de una hora.</p>
<h2>Envío</h2>
<p>Paquete neutro, sin logos ni nombre del producto. Si el paquete no llega, te lo reenviamos gratis.</p>
<h3>Opiniones</h3>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &ldquo;Llegó en 36 horas a Valencia, todo perfecto&rdquo; &ndash; Rubén</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; &ldquo;Buen producto, el Bizum tardó un poco en confirmarse&rdquo; &ndash; Marta G.</p>
</main>
<footer><p>&copy; 2026 Farmacia Sin Receta 24 &middot; Atención al cliente 10-22h &middot; <a href="/aviso-legal">Aviso legal</a></p></footer>
""", noise="cookie-es")

p("h10310", "https://kleinanzeigen-markt.example/s-anzeige/esketamin-nasenspray-28mg-original/2874410293", "seller", True, "de",
  "classified-ad-de-short", "Esketamin Nasenspray 28 mg original ohne Rezept | Kleinanzeigen Markt", """
<div class="breadcrumb"><a href="/">Startseite</a> &rsaquo; <a href="/s-gesundheit">Gesundheit &amp; Pflege</a> &rsaquo; Sonstiges</div>
<article class="ad">
<h1>Esketamin Nasenspray 28 mg &ndash; original &ndash; ohne Rezept</h1>
<p class="price">150 &euro; VB</p>
<p class="location">10245 Berlin &ndash; Friedrichshain &middot; Versand möglich</p>
<div class="description">
<p>Verkaufe original Esketamin Nasenspray 28 mg (2 Geräte pro Packung), ungeöffnet, haltbar bis 05/2028. Ohne Rezept, keine Fragen. Preis pro Packung, ab 3 Packungen 130 &euro; pro Stück.</p>
<p>Versand diskret per DHL oder Abholung in Friedrichshain. Zahlung per PayPal Freunde, Überweisung oder Bitcoin.</p>
<p>Bitte nur über Telegram melden: @esk_berlin &ndash; auf Nachrichten hier antworte ich nicht.</p>
</div>
<p class="meta">Anzeigen-ID 2874410293 &middot; Online seit 02.11.2026 &middot; 312 Aufrufe</p>
</article>
<aside><p>Privater Anbieter &middot; Aktiv seit Okt. 2026</p></aside>
""", noise="cookie-de")

p("h10311", "https://kdiscret-shop.example/blog/acheter-ketamine-en-ligne", "seller", True, "fr",
  "shop-article-fr-medium", "Acheter de la kétamine en ligne en toute discrétion - K-Discret", """
<header><a href="/" class="logo">K-Discret</a>
<nav><a href="/boutique">Boutique</a> <a href="/boutique/ketamine">Kétamine</a> <a href="/boutique/esketamine">Eskétamine</a> <a href="/blog">Blog</a> <a href="/panier">Panier</a></nav></header>
<article>
<h1>Acheter de la kétamine en ligne en toute discrétion : le guide 2026</h1>
<p class="meta">Publié le 9 septembre 2026 par l&rsquo;équipe K-Discret</p>
<p>Obtenir de la kétamine en France relève du parcours du combattant : hôpital, psychiatre, listes d&rsquo;attente de plusieurs mois. Chez K-Discret, nous pensons que vous méritez plus simple.</p>
<h2>Sans ordonnance, sans rendez-vous</h2>
<p>Toutes nos références (kétamine cristal, flacons de 10 ml, spray d&rsquo;eskétamine) sont disponibles <strong>sans ordonnance</strong>. Vous choisissez, vous payez, nous expédions.</p>
<h2>Nos tarifs</h2>
<ul>
<li>Kétamine cristal 5 g : 140 &euro;</li>
<li>Kétamine cristal 10 g : 250 &euro;</li>
<li>Flacon kétamine 50 mg/ml, 10 ml : 75 &euro;</li>
<li>Spray eskétamine 28 mg (x2) : 190 &euro;</li>
</ul>
<h2>Paiement en crypto, livraison en point relais</h2>
<p>Nous acceptons le paiement en Bitcoin, Monero et USDT, ainsi que les coupons PCS et Transcash. Livraison en point relais sous 48 à 72 h, emballage neutre sans mention du contenu. Colis perdu ? Nous le renvoyons.</p>
<p class="cta"><a class="bouton" href="/boutique/ketamine">Voir la boutique &rarr;</a> ou commandez directement sur Telegram : @kdiscret_fr</p>
</article>
<footer>&copy; 2026 K-Discret &middot; <a href="/cgv">CGV</a></footer>
""", noise="cookie-fr")

p("h10312", "https://lab-chem-nl.example/product-categorie/dissociatieven", "seller", True, "nl",
  "research-chemical-shop-nl-medium", "Dissociatieven kopen - LabChem NL", """
<header><a class="logo" href="/">LabChem<span>NL</span></a>
<nav><a href="/">Home</a> <a href="/product-categorie/dissociatieven">Dissociatieven</a> <a href="/product-categorie/stimulanten">Stimulanten</a> <a href="/betaalmethoden">Betaalmethoden</a> <a href="/verzending">Verzending</a> <a href="/winkelwagen">Winkelwagen</a></nav></header>
<main>
<h1>Dissociatieven</h1>
<p class="let-op">Alle producten worden uitsluitend verkocht als onderzoekschemicaliën voor laboratoriumgebruik. <strong>Niet voor menselijke consumptie.</strong> Leeftijd 18+.</p>
<ul class="products">
<li><h2>2-FDCK (pellets 50 mg)</h2><p>10 stuks &euro; 25 &middot; 25 stuks &euro; 55 &middot; 100 stuks &euro; 180</p><a class="button" href="/?add-to-cart=4410">In winkelwagen</a></li>
<li><h2>2-FDCK poeder</h2><p>1 gram &euro; 30 &middot; 5 gram &euro; 110 &middot; 10 gram &euro; 190</p><a class="button" href="/?add-to-cart=4411">In winkelwagen</a></li>
<li><h2>Deschloroketamine (DCK)</h2><p>1 gram &euro; 38 &middot; 5 gram &euro; 140</p><a class="button" href="/?add-to-cart=4412">In winkelwagen</a></li>
<li><h2>O-PCE</h2><p>500 mg &euro; 28 &middot; 1 gram &euro; 45</p><a class="button" href="/?add-to-cart=4413">In winkelwagen</a></li>
</ul>
<p>Betalen met iDEAL, Bancontact of Bitcoin. Voor 16:00 besteld, morgen in huis (NL/BE). Discrete verzending in een brievenbuspakje zonder afzender.</p>
</main>
<footer>&copy; 2026 LabChem NL &middot; KvK-nummer op aanvraag &middot; <a href="/voorwaarden">Algemene voorwaarden</a></footer>
""", noise="cookie-nl")

p("h10313", "https://classificados-brasil.example/sp/saude/cetamina-10ml-vet-pronta-entrega-61420", "seller", True, "pt",
  "classified-ad-pt-short", "Cetamina 10ml vet - pronta entrega - São Paulo", """
<div class="anuncio">
<h1>Cetamina 10ml (Cetamin vet) &ndash; pronta entrega</h1>
<p class="preco">R$ 180,00</p>
<p class="local">São Paulo, SP &ndash; Zona Sul &middot; Publicado em 28/10/2026</p>
<p>Vendo cetamina frasco 10ml lacrado, original de distribuidora veterinária. Vendo <strong>sem receita</strong>, não precisa ser veterinário. Entrego em mãos na Zona Sul ou envio por Sedex para todo o Brasil, embalagem discreta.</p>
<p>Pagamento no Pix ou cripto (USDT). Acima de 5 frascos faço R$ 150 cada.</p>
<p>Chama no zap: (11) 9XXXX-3318. Não respondo chat do site.</p>
</div>
""", noise="cookie-pt")

p("h10314", "https://t-me-preview.example/s/ketaitalia_shop/540", "seller", True, "it",
  "telegram-channel-post-it", "KetaItalia Shop \U0001F1EE\U0001F1F9 - Telegram", """
<div class="tgme_channel_info">
<div class="tgme_channel_info_header_title">KetaItalia Shop &#127470;&#127481;</div>
<div class="tgme_channel_info_counter">2 377 iscritti</div>
<div class="tgme_channel_info_description">Spedizioni discrete in tutta Italia &#128230; Solo crypto &#129689;</div>
</div>
<div class="tgme_widget_message_text">
&#127881; LISTINO AGGIORNATO &#127881;<br><br>
&#10052;&#65039; Ketamina cristallo (aghi) &ndash; qualità farmaceutica<br>
2g &rarr; 60&euro;<br>
5g &rarr; 130&euro;<br>
10g &rarr; 230&euro;<br>
25g &rarr; 500&euro;<br><br>
&#128167; Fiale ketamina 10ml &rarr; 70&euro; cad.<br><br>
&#128230; Spedizione discreta in tutta Italia, 24/72h, tracciata, busta sottovuoto senza mittente<br>
&#128176; Pagamento in crypto (BTC, XMR, USDT) oppure ricarica Postepay<br>
&#128172; Ordini in privato: @ketaitalia_ordini &ndash; scrivete città e quantità<br>
Nessuna ricetta, nessuna domanda. &#129323;
</div>
<div class="tgme_widget_message_footer"><span>1.4K visualizzazioni</span> &middot; <time>15 nov 2026</time></div>
""")

# ---------------------------------------------------------------- the echoes (informational)

p("h10315", "https://judiciary-archive.example/judgments/r-v-harrow-sentencing-remarks-2026", "informational", False, "en",
  "sentencing-remarks-long", "R v Daniel Harrow and Kieran Moss - Sentencing remarks", """
<header><a href="/" class="logo">Judiciary Archive</a>
<nav><a href="/judgments">Judgments</a> <a href="/sentencing-remarks">Sentencing remarks</a> <a href="/search">Search</a> <a href="/about">About this archive</a></nav></header>
<main class="judgment">
<p class="court">IN THE CROWN COURT AT MAIDSTONE</p>
<h1>R v Daniel Harrow and Kieran Moss</h1>
<p class="meta">Sentencing remarks of HHJ Catherine Aldous &middot; 21 November 2026</p>
<p>1. Daniel Harrow, you are 34. Kieran Moss, you are 29. You have each pleaded guilty to being concerned in the supply of a controlled drug of Class B, namely ketamine, between March 2025 and January 2026, and to an offence of money laundering. Mr Harrow additionally pleaded guilty to being knowingly concerned in the fraudulent evasion of the prohibition on importation.</p>
<p>2. The facts can be stated briefly. Between you, you operated a website called &ldquo;NordicK Pharma&rdquo;. It presented itself as a pharmaceutical supplier. Its product page for what it called &ldquo;Ketamine HCl 99.8% &ndash; Crystal Shards&rdquo; read, and I quote from the captured page exhibited at trial: &ldquo;No prescription needed &ndash; just complete our short 3-question wellness questionnaire at checkout and your order is approved automatically.&rdquo; The questionnaire asked for age, country and purpose. It rejected nobody. Of the 2,913 orders recovered from the server, not one was refused.</p>
<p>3. Customers paid in Bitcoin, Monero or a stablecoin. The site offered ten per cent off for payment in Monero, which the prosecution say, and I accept, was intended to make the proceeds harder to trace. The site promised &ldquo;free reship if your parcel is seized&rdquo;. That is a promise that only makes sense if you knew perfectly well that what you were sending was unlawful.</p>
<p>4. Mr Harrow imported the ketamine in bulk from a supplier abroad, declared as &ldquo;industrial crystal&rdquo;, and repackaged it in a rented lock-up in Gillingham. Mr Moss ran the customer support account on Telegram and dispatched parcels. Officers recovered 3.4 kilograms of ketamine from the lock-up together with a vacuum sealer, several thousand mylar bags and a label printer.</p>
<p>5. I have read the reviews left on the site. Several customers wrote that they were buying ketamine for depression. One wrote that the product was cheaper than a single infusion at a clinic. That illustrates the harm. People who were unwell were persuaded that a three-question form was a substitute for medical care. You were not a pharmacy, no doctor ever saw an order, and you had no idea of the age or health of the people you supplied.</p>
<p>6. Applying the Sentencing Council guideline, this is a leading role for Mr Harrow and a significant role for Mr Moss, category 2 by reference to quantity. Taking into account your pleas, which I treat as entered at the first reasonable opportunity, the sentences are: Daniel Harrow, 6 years and 8 months; Kieran Moss, 3 years and 9 months. Confiscation proceedings under the Proceeds of Crime Act will follow. The domain and its servers are forfeited.</p>
</main>
<aside><h3>Related</h3><a href="/sentencing-remarks/r-v-okafor-2026">R v Okafor (online pharmacy, Class C)</a> <a href="/judgments/dark-web-supply-guidance">Guidance: dark web supply cases</a></aside>
<footer><p>These remarks are published for public information. They are not an approved transcript. &copy; Judiciary Archive</p></footer>
""", noise="cookie")

p("h10316", "https://metpolice-news.example/news/2026/november/telegram-ketamine-channel-dismantled", "informational", False, "en",
  "police-press-release-medium", "Telegram ketamine delivery network dismantled after six-month investigation", """
<header><a href="/" class="logo">Metropolitan Police Newsroom</a>
<nav><a href="/news">News</a> <a href="/appeals">Appeals</a> <a href="/report">Report a crime</a> <a href="/contact">Contact</a></nav></header>
<article>
<h1>Telegram ketamine delivery network dismantled after six-month investigation</h1>
<p class="date">Published 19 November 2026</p>
<p>Four men have been charged after detectives from the Central Specialist Crime unit dismantled a ketamine delivery network that advertised to nearly 5,000 followers on the messaging app Telegram.</p>
<p>The channel, called &ldquo;K-Express UK&rdquo;, posted price lists and offered &ldquo;next day delivery Royal Mail, vacuum sealed &amp; tracked&rdquo; as well as &ldquo;dead drops&rdquo; in north and east London. A typical post read: &ldquo;FRESH BATCH JUST LANDED &ndash; Ketamine (needle shards, pharma) 1g &pound;25 &hellip; DM to order. Include postcode + amount.&rdquo;</p>
<p>Officers executed warrants at three addresses in Walthamstow and Tottenham on 12 November and seized around 6 kg of ketamine, 40 vials of liquid ketamine, &pound;38,000 in cash and a quantity of cryptocurrency hardware wallets.</p>
<p>Detective Inspector Ruth Mensah said: &ldquo;These channels look slick and promise convenience, but there is nothing pharmaceutical about them. We have seen young people hospitalised with bladder damage and injuries from falls. If you see a channel like this, report it.&rdquo;</p>
<p>Ryan Clarke, 27, Jamal Osei, 24, Stefan Dobre, 31, and a 19-year-old man who cannot be named have been charged with conspiracy to supply a Class B drug. They will appear at Snaresbrook Crown Court on 10 December.</p>
<h2>Information for the public</h2>
<p>Anyone with information about drug supply can call 101 or contact Crimestoppers anonymously. If you are worried about your own ketamine use, talk to your GP or a local drug service.</p>
</article>
<footer>&copy; Metropolitan Police Newsroom</footer>
""")

p("h10317", "https://consumer-affairs-state.example/guides/buying-medicines-online-warning-signs", "informational", False, "en",
  "consumer-protection-guide-long", "Buying medicines online: warning signs of an illegal seller | Office of Consumer Affairs", """
<div class="gov-banner">An official website of the State Office of Consumer Affairs</div>
<header><a class="logo" href="/">Office of Consumer Affairs</a>
<nav><a href="/guides">Consumer guides</a> <a href="/scams">Scam alerts</a> <a href="/complaints">File a complaint</a> <a href="/about">About us</a> <a href="/es">Español</a></nav></header>
<main>
<h1>Buying medicines online: warning signs of an illegal seller</h1>
<p class="updated">Last reviewed: October 2026</p>
<p>Since ketamine and esketamine became widely discussed as depression treatments, our office has received a growing number of complaints about websites and social media accounts selling them directly to consumers. Some of these sellers simply take your money. Others send a product that may be counterfeit, contaminated or the wrong strength. None of them are lawful.</p>
<h2>Warning signs</h2>
<p>Be very careful if a seller of a prescription drug says or does any of the following. These are real phrases taken from complaints our investigators reviewed this year:</p>
<ul>
<li><strong>&ldquo;No prescription needed.&rdquo;</strong> Ketamine and esketamine are controlled substances. A legitimate pharmacy always needs a valid prescription.</li>
<li><strong>&ldquo;Just fill out a short questionnaire&rdquo; or &ldquo;approved in 5 minutes&rdquo;.</strong> A form with a handful of questions is not a medical evaluation. Legitimate telehealth providers have a licensed clinician speak with you, usually by video, before prescribing.</li>
<li><strong>&ldquo;Pay with crypto for 20% off&rdquo;, gift cards, Zelle or Cash App only.</strong> Payment methods that cannot be reversed are a classic sign of fraud.</li>
<li><strong>&ldquo;Stealth shipping&rdquo;, &ldquo;discreet packaging, no markings&rdquo; or &ldquo;free reship if seized&rdquo;.</strong> A seller that expects customs to seize your parcel knows it is breaking the law.</li>
<li><strong>&ldquo;Order on WhatsApp / Telegram&rdquo;.</strong> Licensed pharmacies don&rsquo;t take orders for controlled drugs by chat.</li>
<li><strong>&ldquo;Generic Spravato shipped to your home&rdquo;.</strong> Esketamine nasal spray is only given in certified healthcare settings in the United States. It is never mailed to patients.</li>
</ul>
<h2>What a legitimate provider looks like</h2>
<p>A real clinic or telehealth service will tell you who its clinicians are and where they are licensed, will evaluate you before anything is prescribed, and will use a licensed pharmacy that you can look up on the state board of pharmacy website.</p>
<h2>If you have already paid</h2>
<ol>
<li>Contact your bank or card issuer straight away.</li>
<li>Keep screenshots of the website, chat messages and payment receipts.</li>
<li><a href="/complaints">File a complaint with our office</a> and report the site to the FDA MedWatch program.</li>
<li>Do not take any product you received. Bring it to a pharmacy take-back box.</li>
</ol>
</main>
<aside class="sidebar"><h3>Related guides</h3><a href="/guides/telehealth-what-to-expect">Telehealth: what to expect</a> <a href="/scams/gift-card-payment-scams">Gift card payment scams</a> <a href="/guides/verify-a-pharmacy">How to verify a pharmacy</a></aside>
<footer><p>Office of Consumer Affairs &middot; Consumer hotline 1-800-555-0142 &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h10318", "https://drugcheck-alerts.example/alerts/2026-11-2fdck-contains-pcp-analogue", "informational", False, "en",
  "drug-checking-alert-medium", "ALERT: '2-FDCK' bought online contained 3-MeO-PCP - Drug Check Alerts", """
<header><a href="/" class="logo">Drug Check Alerts</a>
<nav><a href="/alerts">Alerts</a> <a href="/services">Drug checking sites</a> <a href="/substances">Substance info</a> <a href="/about">About</a></nav></header>
<article class="alert red">
<p class="badge">RED ALERT &middot; issued 24 November 2026</p>
<h1>&lsquo;2-FDCK&rsquo; bought online contained 3-MeO-PCP</h1>
<p>Three samples sold as 2-FDCK (2-fluorodeschloroketamine) and submitted to our partner services in Leeds, Bristol and Glasgow this month were found by FTIR and confirmed by GC-MS to contain <strong>3-MeO-PCP</strong> and no detectable 2-FDCK.</p>
<h2>Where it came from</h2>
<p>All three people said they had ordered from the same online &ldquo;research chemical&rdquo; shop. The product listing they showed us read: &ldquo;High purity 2-Fluorodeschloroketamine, 99.7% HPLC tested. White crystalline powder.&rdquo; The shop describes its products as &ldquo;not for human consumption&rdquo;. That label does not make a product safe or accurate &ndash; the HPLC claim was not true for any of these samples.</p>
<h2>Why this matters</h2>
<p>3-MeO-PCP is much more potent than 2-FDCK or ketamine and lasts far longer. A dose that would be typical for 2-FDCK could be a heavy overdose of 3-MeO-PCP. Effects can include severe agitation, high blood pressure, psychosis-like states and dangerous behaviour lasting many hours.</p>
<h2>If you have this substance</h2>
<ul>
<li>Get it tested before using. Find a drug checking service on our <a href="/services">services map</a>.</li>
<li>If you use it anyway: start with a tiny amount, don&rsquo;t redose, don&rsquo;t use alone and don&rsquo;t mix with alcohol or other drugs.</li>
<li>If someone is very agitated, overheating or unresponsive, call 999 and tell the paramedics what was taken.</li>
</ul>
</article>
<footer><p>Drug Check Alerts is run by a network of harm-reduction charities. We do not sell or supply drugs.</p></footer>
""")

p("h10319", "https://forum-askhealth.example/t/is-this-ketamine-ad-legit/441829", "informational", False, "en",
  "forum-thread-short", "Is this ketamine ad legit?? - AskHealth Forum", """
<div class="thread">
<h1>Is this ketamine ad legit??</h1>
<div class="post op"><p class="author">tired_in_tx &middot; posted 2 days ago</p>
<p>Been on the waitlist for a ketamine clinic in Houston for 2 months and my insurance wont cover it. Found this on a classifieds site, copy pasting it here:</p>
<blockquote>&ldquo;Ketamine liquid 10ml vials for sale - genuine Ketaset vet stock, sealed, long expiry. No prescription, no questions. $90 each or 5 for $400, ships anywhere in the US in 2-3 days. Text or WhatsApp, pay by Zelle, Cash App or BTC.&rdquo;</blockquote>
<p>Has anyone bought from these people? Is vet ketamine the same thing? Im desperate tbh</p></div>
<div class="post"><p class="author">nurse_jo_rn &middot; 2 days ago</p>
<p>Please don&rsquo;t. Zelle/Cash App/BTC only = you have zero recourse when nothing shows up, and if something does show up you have no idea what&rsquo;s in the vial. Also buying it is a felony in Texas. Ask the clinic about a cancellation list, and check if there&rsquo;s a telehealth provider licensed in TX, a lot of them do a video eval within a week.</p></div>
<div class="post"><p class="author">mod_greenleaf &middot; MODERATOR</p>
<p>Thread locked after a few answers. Reminder: no sourcing. We&rsquo;ve removed the phone number from the quote. If you&rsquo;re in crisis, call or text 988.</p></div>
</div>
""")

p("h10320", "https://jornal-investiga.example/reportagem/2026/11/cetamina-vendida-em-classificados", "informational", False, "pt",
  "news-investigation-pt-long", "Cetamina veterinária é vendida sem receita em sites de classificados - Jornal Investiga", """
<header><a href="/" class="logo">Jornal Investiga</a>
<nav><a href="/brasil">Brasil</a> <a href="/saude">Saúde</a> <a href="/policia">Polícia</a> <a href="/economia">Economia</a> <a href="/assine">Assine</a></nav></header>
<article>
<p class="chapeu">REPORTAGEM ESPECIAL</p>
<h1>Cetamina veterinária é vendida sem receita em sites de classificados e grupos de WhatsApp</h1>
<p class="autor">Por Mariana Tavares e Felipe Arruda &middot; 30 de novembro de 2026</p>
<p>Durante seis semanas, a reportagem monitorou anúncios de cetamina em três sites de classificados e em onze grupos de mensagens. Encontramos 74 ofertas do anestésico, a maioria de frascos de uso veterinário, vendidos a qualquer pessoa, sem receita e com entrega pelos Correios.</p>
<p>Os textos se repetem quase palavra por palavra. &ldquo;Vendo cetamina frasco 10ml lacrado, original de distribuidora veterinária. Vendo sem receita, não precisa ser veterinário&rdquo;, dizia um anúncio publicado em São Paulo, com preço de R$ 180. Outro, em Belo Horizonte, oferecia &ldquo;envio discreto para todo o Brasil, pagamento no Pix ou cripto&rdquo;. Quase todos terminavam da mesma forma: &ldquo;chama no zap&rdquo;.</p>
<h2>Desvio de clínicas e distribuidoras</h2>
<p>A cetamina é controlada pela Portaria 344/98 da Anvisa e só pode ser vendida a clínicas e médicos-veterinários com receita de controle especial. Segundo o Conselho Regional de Medicina Veterinária ouvido pela reportagem, os frascos anunciados provavelmente foram desviados de distribuidoras ou furtados de clínicas.</p>
<p>Em duas ocasiões, a reportagem entrou em contato com vendedores sem se identificar. Um deles pediu pagamento antecipado via Pix e parou de responder. O outro enviou fotos de frascos com o lote raspado.</p>
<h2>Riscos à saúde</h2>
<p>&ldquo;O uso sem acompanhamento pode causar crises de pressão, lesões na bexiga e dependência&rdquo;, afirma a psiquiatra Helena Prado, da Universidade Federal de Minas Gerais. Ela lembra que o tratamento com escetamina para depressão existe no Brasil, mas é feito em ambiente clínico, com monitoramento após cada aplicação.</p>
<p>Procurada, a Anvisa informou que os anúncios foram encaminhados à Polícia Federal. Dois dos sites de classificados removeram as ofertas após o contato da reportagem.</p>
</article>
<aside><h3>Leia também</h3><a href="/saude/escetamina-como-funciona">Escetamina: como funciona o tratamento</a> <a href="/policia/pf-apreende-cetamina-santos">PF apreende 12 kg de cetamina no porto de Santos</a></aside>
<footer>&copy; 2026 Jornal Investiga &middot; Todos os direitos reservados</footer>
""", noise="cookie-pt")

p("h10321", "https://guardiacivil-prensa.example/noticias/2026/operacion-vial-ketamina-tienda-online", "informational", False, "es",
  "police-press-release-es-medium", "La Guardia Civil desmantela una farmacia online que vendía ketamina sin receta", """
<header><a class="logo" href="/">Guardia Civil &ndash; Sala de prensa</a>
<nav><a href="/noticias">Noticias</a> <a href="/multimedia">Multimedia</a> <a href="/contacto">Contacto</a></nav></header>
<article>
<h1>La Guardia Civil desmantela una &lsquo;farmacia online&rsquo; que vendía ketamina de uso veterinario sin receta</h1>
<p class="fecha">Madrid, 26 de noviembre de 2026</p>
<p>La Guardia Civil, en el marco de la denominada <strong>Operación Vial</strong>, ha detenido a tres personas en Alicante y Murcia como presuntas autoras de un delito contra la salud pública por la venta a través de internet de ketamina inyectable de uso veterinario.</p>
<p>Los investigados gestionaban una página web que se presentaba como farmacia y que anunciaba, literalmente, &ldquo;ketamina inyectable original de laboratorio, precintada&rdquo; que &ldquo;se vende sin receta: no pedimos informe médico ni veterinario&rdquo;. La web prometía &ldquo;envío discreto en 24/48 horas&rdquo; y aceptaba pagos por Bizum y en criptomonedas. Los pedidos también se tramitaban por WhatsApp.</p>
<p>Según los investigadores, la web incluso ofrecía a sus clientes una guía para evaporar el líquido y obtener ketamina en polvo para su consumo.</p>
<p>En los registros se han intervenido 1.340 viales de ketamina, material de envasado, 22.000 euros en efectivo y diversos dispositivos electrónicos. Los viales procedían presuntamente de un distribuidor de productos zoosanitarios de Portugal.</p>
<p>La Agencia Española de Medicamentos y Productos Sanitarios (AEMPS) recuerda que la ketamina es un medicamento sujeto a prescripción y que la venta a distancia de medicamentos con receta está prohibida en España.</p>
</article>
<footer>Guardia Civil &middot; Oficina de Relaciones Informativas y Sociales</footer>
""", noise="cookie-es")

p("h10322", "https://rechtsprechung-online.example/ag-berlin-tiergarten/2026/251-ls-78-26", "informational", False, "de",
  "court-judgment-de-medium", "AG Berlin-Tiergarten, Urteil vom 04.12.2026 - (251 Ls) 78/26", """
<header><a href="/" class="logo">Rechtsprechung Online</a> <nav><a href="/suche">Suche</a> <a href="/gerichte">Gerichte</a> <a href="/rechtsgebiete/btmg">BtMG</a></nav></header>
<main>
<h1>AG Berlin-Tiergarten, Urteil vom 04.12.2026 &ndash; (251 Ls) 78/26</h1>
<p class="leitsatz"><strong>Leitsatz:</strong> Wer verschreibungspflichtige Esketamin-Nasensprays über ein Kleinanzeigenportal an Privatpersonen verkauft, betreibt unerlaubten Handel mit Arzneimitteln; der Hinweis &bdquo;ohne Rezept, keine Fragen&ldquo; belegt das Bewusstsein der Rechtswidrigkeit.</p>
<h2>Tenor</h2>
<p>Der Angeklagte wird wegen unerlaubten Handeltreibens mit verschreibungspflichtigen Arzneimitteln in 14 Fällen zu einer Freiheitsstrafe von einem Jahr und drei Monaten verurteilt, deren Vollstreckung zur Bewährung ausgesetzt wird. Die Einziehung von Wertersatz in Höhe von 2.140 &euro; wird angeordnet.</p>
<h2>Gründe (Auszug)</h2>
<p>I. Der 27-jährige Angeklagte stellte im Oktober und November 2026 auf einem Online-Kleinanzeigenportal unter dem Titel &bdquo;Esketamin Nasenspray 28 mg &ndash; original &ndash; ohne Rezept&ldquo; Anzeigen ein. Im Anzeigentext hieß es u. a.: &bdquo;Ohne Rezept, keine Fragen. [&hellip;] Versand diskret per DHL oder Abholung in Friedrichshain. Zahlung per PayPal Freunde, Überweisung oder Bitcoin.&ldquo; Kontaktaufnahmen sollten ausschließlich über einen Telegram-Account erfolgen.</p>
<p>II. Die Sprays stammten nach den Feststellungen aus einer Krankenhausapotheke, in der ein inzwischen gesondert verfolgter Mitarbeiter tätig war. In 14 Fällen kam es zur Übergabe oder zum Versand an Käufer, darunter eine 17-jährige Schülerin.</p>
<p>III. Zugunsten des Angeklagten war sein umfassendes Geständnis zu berücksichtigen. Zu seinen Lasten fiel ins Gewicht, dass er gezielt damit warb, kein Rezept zu verlangen, und damit gerade Personen ansprach, denen ein Arzt das Präparat nicht verordnet hätte.</p>
</main>
<footer>Rechtsprechung Online &middot; Entscheidungen im Volltext &middot; <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h10323", "https://conso-vigilance.example/alertes/ketamine-esketamine-sites-illegaux", "informational", False, "fr",
  "consumer-alert-fr-medium", "Kétamine et eskétamine vendues en ligne : les signaux d'alerte - Conso Vigilance", """
<header><a href="/" class="logo">Conso Vigilance</a>
<nav><a href="/alertes">Alertes</a> <a href="/fiches-pratiques">Fiches pratiques</a> <a href="/signaler">Signaler un site</a> <a href="/qui-sommes-nous">Qui sommes-nous</a></nav></header>
<article>
<h1>Kétamine et eskétamine vendues en ligne : les signaux d&rsquo;alerte</h1>
<p class="date">Mis à jour le 2 décembre 2026</p>
<p>Plusieurs sites francophones et chaînes Telegram proposent de la kétamine ou de l&rsquo;eskétamine &laquo; sans ordonnance &raquo;. Notre association a reçu une trentaine de signalements en trois mois. Voici ce que l&rsquo;on retrouve presque mot pour mot d&rsquo;un site à l&rsquo;autre :</p>
<ul>
<li>&laquo; Sans ordonnance, sans rendez-vous &raquo; ;</li>
<li>&laquo; Paiement en Bitcoin, Monero et USDT, ainsi que les coupons PCS et Transcash &raquo; ;</li>
<li>&laquo; Livraison en point relais sous 48 à 72 h, emballage neutre sans mention du contenu &raquo; ;</li>
<li>&laquo; Commandez directement sur Telegram &raquo;.</li>
</ul>
<p>Chacun de ces éléments doit vous alerter. En France, la kétamine est un stupéfiant réservé à l&rsquo;usage hospitalier et l&rsquo;eskétamine (Spravato) n&rsquo;est administrée qu&rsquo;à l&rsquo;hôpital ou en établissement de santé, sous surveillance. Aucune pharmacie en ligne autorisée ne peut vous en vendre. Les coupons PCS et Transcash sont par ailleurs le moyen de paiement préféré des escrocs : une fois le code communiqué, l&rsquo;argent est perdu.</p>
<h2>Que faire ?</h2>
<p>Signalez le site sur la plateforme PHAROS et à l&rsquo;ANSM. Si vous avez payé, conservez les preuves et déposez plainte. Si vous cherchez un traitement de la dépression résistante, parlez-en à votre médecin traitant ou à un psychiatre.</p>
</article>
<footer>Conso Vigilance &ndash; association de défense des consommateurs &middot; Nous ne vendons aucun produit.</footer>
""", noise="cookie-fr")

# ---------------------------------------------------------------- providers saying what they do not do (telehealth)

p("h10324", "https://ridgewaymind.example/faq", "telehealth", False, "en",
  "telehealth-faq-long", "Frequently asked questions | Ridgeway Mind Health", """
<header>
<a class="logo" href="/">Ridgeway Mind Health</a>
<nav><a href="/how-it-works">How it works</a> <a href="/our-clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/states">States we serve</a> <a href="/faq">FAQ</a> <a class="btn" href="/apply">Check eligibility</a> <a href="/login">Patient login</a></nav>
</header>
<main>
<h1>Frequently asked questions</h1>
<section>
<h2>Getting started</h2>
<h3>Who can use Ridgeway?</h3>
<p>Adults 21 and over who live in one of the <a href="/states">19 states</a> where our clinicians are licensed and who have been diagnosed with, or are being evaluated for, depression, anxiety or PTSD. Some medical conditions (uncontrolled high blood pressure, a history of psychosis, pregnancy) mean at-home ketamine isn&rsquo;t safe, and we will tell you so.</p>
<h3>Can I get approved just by filling out the intake form?</h3>
<p>No. The intake form only tells us whether it&rsquo;s worth booking a visit. <strong>We never prescribe or ship ketamine without a video evaluation</strong> with one of our licensed psychiatric clinicians. About one in three people who complete a video evaluation are not prescribed ketamine; we refer them to other care instead.</p>
<h3>Who are the clinicians?</h3>
<p>Board-certified psychiatrists and psychiatric nurse practitioners, led by our medical director Dr. Alan Whitcomb, MD. You can see each clinician&rsquo;s name and state licence numbers on <a href="/our-clinicians">our clinicians page</a>.</p>
</section>
<section>
<h2>Medication and shipping</h2>
<h3>How does the medication get to me?</h3>
<p>If your clinician prescribes sublingual ketamine tablets, the prescription goes to our partner, Cedar Lane Pharmacy, a licensed 503A pharmacy. They ship to your home by overnight courier and an adult signature is required. We do not hold or sell any medication ourselves.</p>
<h3>Do you ship esketamine (Spravato)?</h3>
<p>No. Spravato can only be given at a REMS-certified treatment centre. If it suits you better, we can refer you to one near you.</p>
<h3>Do you ship internationally?</h3>
<p>No. We only treat patients located in states where our clinicians are licensed, and medication only ships to addresses in those states.</p>
</section>
<section>
<h2>Payments</h2>
<h3>How much does it cost?</h3>
<p>The initial video evaluation is $250. If ketamine is prescribed, the treatment program is $219 per month, which includes follow-up visits and integration coaching. Medication is billed separately by the pharmacy.</p>
<h3>Do you accept crypto or gift cards?</h3>
<p><strong>We do not accept crypto</strong>, gift cards, Zelle or Cash App. We accept major credit and debit cards and HSA/FSA cards, and we provide superbills for out-of-network reimbursement.</p>
</section>
<section>
<h2>Safety and scams</h2>
<h3>Someone messaged me on Telegram saying they are from Ridgeway. Is that real?</h3>
<p>No. We will never contact you on Telegram, WhatsApp or Instagram, and we never offer ketamine for sale by message. Please report the account and email <a href="mailto:safety@ridgewaymind.example">safety@ridgewaymind.example</a>.</p>
<h3>What if I have a bad reaction?</h3>
<p>Every patient has a safety plan, a designated in-person monitor for the first sessions and 24/7 access to our on-call clinician. In an emergency call 911.</p>
</section>
</main>
<aside class="sidebar"><h4>Still have questions?</h4><p>Our care team answers within one business day.</p><a href="/contact">Contact the care team</a></aside>
<footer>
<p>Ridgeway Mind Health PLLC &middot; Medical director Alan Whitcomb, MD &middot; 1200 Marsh Street, Suite 400, Raleigh, NC</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/hipaa">Notice of privacy practices</a> &middot; <a href="/terms">Terms</a> &middot; If you are in crisis, call or text 988.</p>
</footer>
""", noise="cookie")

p("h10325", "https://lumenpath.example/blog/how-to-spot-fake-ketamine-telehealth", "telehealth", False, "en",
  "telehealth-blog-post-medium", "Five signs a 'ketamine telehealth' site isn't real - LumenPath Blog", """
<header><a class="logo" href="/">LumenPath</a>
<nav><a href="/how-it-works">How it works</a> <a href="/team">Our care team</a> <a href="/pricing">Pricing</a> <a href="/blog">Blog</a> <a class="btn" href="/get-started">Book a consultation</a></nav></header>
<article>
<h1>Five signs a &lsquo;ketamine telehealth&rsquo; site isn&rsquo;t real</h1>
<p class="byline">By Dr. Sofia Lindqvist, PMHNP-BC, Clinical Lead at LumenPath &middot; 3 November 2026</p>
<p>Several patients have come to their first LumenPath consultation after a bad experience with websites that look a lot like ours. Some lost money, one received tablets that turned out not to contain ketamine at all. Here is what to look out for. The quotes are from sites our patients showed us.</p>
<h2>1. &ldquo;No video call. No waiting for an appointment.&rdquo;</h2>
<p>At LumenPath, every patient has a 60-minute video consultation with a licensed clinician before anything is prescribed, and a follow-up before every refill. A site that boasts about skipping this is not practising medicine.</p>
<h2>2. &ldquo;Instant approval&rdquo; or &ldquo;97% of applicants approved&rdquo;</h2>
<p>An algorithm cannot safely decide whether you should take ketamine. We decline a significant share of people, for example those with uncontrolled hypertension or a history of psychosis.</p>
<h2>3. &ldquo;Pay with crypto and get 20% off&rdquo;</h2>
<p>We take cards and HSA/FSA. No legitimate US medical practice needs your Bitcoin.</p>
<h2>4. &ldquo;We ship worldwide&rdquo;</h2>
<p>Our clinicians can only treat you if you are physically in a state where they are licensed. Prescriptions are filled by a licensed partner pharmacy that ships inside those states only.</p>
<h2>5. No names</h2>
<p>You should be able to find the name and licence number of every prescriber. Ours are on <a href="/team">our care team page</a>.</p>
<p>If you aren&rsquo;t sure whether a site is legitimate, email us a link and we&rsquo;ll tell you what we think &ndash; or <a href="/get-started">book a consultation</a> and talk it through with one of our clinicians.</p>
</article>
<footer>LumenPath Medical Group, P.C. &middot; Licensed in CA, CO, IL, NY, TX, WA &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h10326", "https://ridgewaymind.example/how-it-works/your-prescription", "telehealth", False, "en",
  "telehealth-prescription-page-medium", "How your prescription reaches you | Ridgeway Mind Health", """
<header><a class="logo" href="/">Ridgeway Mind Health</a> <nav><a href="/how-it-works">How it works</a> <a href="/our-clinicians">Our clinicians</a> <a href="/faq">FAQ</a> <a href="/login">Patient login</a></nav></header>
<main>
<h1>How your prescription reaches you</h1>
<ol class="steps">
<li><strong>Video evaluation.</strong> You meet a Ridgeway psychiatrist or psychiatric NP by secure video for about an hour. They review your history, current medications and blood pressure readings.</li>
<li><strong>Decision.</strong> If ketamine is appropriate, your clinician writes a prescription for sublingual tablets and a dosing plan. If not, we tell you why and suggest alternatives.</li>
<li><strong>Pharmacy.</strong> The prescription is sent electronically to Cedar Lane Pharmacy (NC permit #11842), which verifies it with the prescriber and checks the state prescription drug monitoring program.</li>
<li><strong>Delivery.</strong> Cedar Lane ships a 4-week supply in tamper-evident packaging by overnight courier. Adult signature required; we can&rsquo;t leave it on a porch.</li>
<li><strong>Follow-up.</strong> You meet your clinician again before any refill is authorised.</li>
</ol>
<p class="note">We never ship medication without a completed video evaluation and a valid prescription, and we don&rsquo;t dispense anything ourselves. If a website offers you &ldquo;Ridgeway ketamine&rdquo; without a visit, it isn&rsquo;t us.</p>
</main>
<footer>Ridgeway Mind Health PLLC &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h10327", "https://haventele.example/notices/impersonation", "telehealth", False, "en",
  "telehealth-notice-snippet", "Notice: impersonation accounts", """
Heads up: Haven Telepsychiatry never sells ketamine over Telegram, WhatsApp or Instagram DMs, and we don't accept crypto or gift cards. Every Haven patient has a video evaluation with a licensed clinician before any prescription is written - if someone offers you "Haven ketamine" by message, it's a scam, please report it to safety@haventele.example.
""", ext="txt")

p("h10328", "https://northstar-virtualpsych.example/treatments/esketamine", "telehealth", False, "en",
  "virtual-psychiatry-esketamine-referral-medium", "Esketamine (Spravato) - Northstar Virtual Psychiatry", """
<header><a class="logo" href="/">Northstar Virtual Psychiatry</a>
<nav><a href="/treatments">Treatments</a> <a href="/providers">Providers</a> <a href="/insurance">Insurance</a> <a class="btn" href="/schedule">Schedule a video visit</a></nav></header>
<main>
<h1>Esketamine (Spravato) for treatment-resistant depression</h1>
<p>Northstar psychiatrists see patients by video across Pennsylvania, New Jersey and Delaware. If two or more antidepressants haven&rsquo;t helped you, your Northstar psychiatrist can assess whether esketamine nasal spray might be right for you.</p>
<h2>What we do</h2>
<ul>
<li>A full psychiatric evaluation by video with one of our board-certified psychiatrists</li>
<li>Prior authorisation paperwork with your insurance</li>
<li>Referral to a REMS-certified partner treatment centre close to you, where the spray is administered and you are monitored for two hours</li>
<li>Ongoing medication management by video between sessions</li>
</ul>
<h2>What we don&rsquo;t do</h2>
<p><strong>Spravato is never mailed to your home</strong> and you can never take it unsupervised; that&rsquo;s a federal safety requirement, not our preference. Northstar does not stock or ship esketamine or ketamine. Any website selling &ldquo;generic esketamine spray&rdquo; for home delivery is not legitimate &ndash; please don&rsquo;t use it.</p>
<h2>Partner treatment centres</h2>
<p>Currently: Main Line Spravato Center (Bryn Mawr, PA), Harborview Behavioral Health (Cherry Hill, NJ), Brandywine Psychiatric Associates (Wilmington, DE).</p>
<p><a class="btn" href="/schedule">Schedule a video evaluation</a></p>
</main>
<footer>Northstar Virtual Psychiatry, P.C. &middot; In-network with most major insurers &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h10329", "https://lumenpath.example/checkout/membership", "telehealth", False, "en",
  "telehealth-membership-checkout-short", "Checkout - LumenPath Membership", """
<header><a class="logo" href="/">LumenPath</a> <span class="secure">&#128274; Secure checkout</span></header>
<main class="checkout">
<h1>Your LumenPath membership</h1>
<div class="summary">
<p><strong>Initial consultation</strong> (60-minute video visit with a licensed clinician) &ndash; $199, due today</p>
<p><strong>Monthly membership</strong> &ndash; $149/month, starts only if your clinician prescribes treatment. Includes follow-up visits, messaging with your care team and integration sessions.</p>
<p class="small">Medication is not included. If prescribed, it is filled and billed by our licensed partner pharmacy and shipped to you with signature on delivery.</p>
</div>
<form>
<label>Card number <input name="cc"></label> <label>Expiry <input name="exp"></label> <label>CVC <input name="cvc"></label> <label>ZIP <input name="zip"></label>
<p>We accept Visa, Mastercard, Amex, Discover and HSA/FSA cards. We do not accept cryptocurrency or gift cards.</p>
<button>Pay $199 and choose a consultation time</button>
</form>
<p class="small">Booking a consultation does not guarantee a prescription. Full refund of the consultation fee if our clinician decides before the visit that you are not eligible.</p>
</main>
""")

p("h10330", "https://mentesana-telesalud.example/es/preguntas-frecuentes", "telehealth", False, "es",
  "telehealth-faq-es-medium", "Preguntas frecuentes - MenteSana Telesalud", """
<header><a class="logo" href="/es">MenteSana Telesalud</a>
<nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/equipo">Nuestro equipo</a> <a href="/es/precios">Precios</a> <a href="/es/preguntas-frecuentes">Preguntas frecuentes</a> <a href="/en">English</a> <a class="btn" href="/es/cita">Agendar evaluación</a></nav></header>
<main>
<h1>Preguntas frecuentes</h1>
<h3>¿Puedo recibir ketamina solo con llenar el cuestionario?</h3>
<p>No. El cuestionario sirve para saber si podemos atenderle. <strong>Nunca enviamos ketamina sin una evaluación por videollamada</strong> con una de nuestras psiquiatras con licencia en California o Texas, y solo si ella considera que el tratamiento es seguro para usted.</p>
<h3>¿Quién me atiende?</h3>
<p>La Dra. Gabriela Ochoa Ruiz (psiquiatra, licencia CA A-148223) y la Dra. Lucía Ferrán (psiquiatra, licencia TX R-5517), entre otros. Todas las consultas pueden ser en español.</p>
<h3>¿Cómo llega el medicamento?</h3>
<p>Si se le receta ketamina sublingual, la receta se envía a nuestra farmacia asociada con licencia, que la manda a su domicilio con firma de un adulto. Solo enviamos a direcciones en California y Texas; no enviamos a México ni a otros países.</p>
<h3>¿Aceptan pagos en criptomonedas?</h3>
<p>No aceptamos criptomonedas, tarjetas de regalo ni pagos por Zelle. Aceptamos tarjeta de crédito o débito y tarjetas HSA/FSA.</p>
<h3>Me escribieron por WhatsApp ofreciendo &ldquo;ketamina de MenteSana&rdquo;. ¿Es real?</h3>
<p>No. Nunca ofrecemos medicamentos por WhatsApp ni por redes sociales. Por favor, denuncie la cuenta y escríbanos a seguridad@mentesana-telesalud.example.</p>
</main>
<footer>MenteSana Telesalud, PC &middot; Servicios de psiquiatría por telemedicina &middot; Si está en crisis, llame o envíe un mensaje al 988</footer>
""", noise="cookie-es")

p("h10331", "https://psiquiatria-online-vida.example/tratamentos/escetamina", "telehealth", False, "pt",
  "telepsychiatry-referral-pt-medium", "Escetamina para depressão resistente - Vida Psiquiatria Online", """
<header><a class="logo" href="/">Vida Psiquiatria Online</a>
<nav><a href="/como-funciona">Como funciona</a> <a href="/psiquiatras">Nossos psiquiatras</a> <a href="/tratamentos">Tratamentos</a> <a href="/duvidas">Dúvidas</a> <a class="btn" href="/agendar">Agendar teleconsulta</a></nav></header>
<main>
<h1>Escetamina para depressão resistente</h1>
<p>Na Vida Psiquiatria Online, você é atendido por psiquiatras com registro no CRM por videochamada, de qualquer lugar do Brasil. Quando a depressão não melhora com dois ou mais antidepressivos, o seu psiquiatra pode avaliar se a escetamina em spray nasal é uma opção.</p>
<h2>Como funciona</h2>
<ol>
<li>Teleconsulta de avaliação (50 minutos) com psiquiatra, por exemplo a Dra. Renata Sampaio (CRM-SP 154.882) ou o Dr. Tiago Menezes (CRM-MG 60.417).</li>
<li>Se houver indicação, encaminhamos você a uma clínica parceira credenciada na sua cidade, onde a escetamina é aplicada sob supervisão e você fica em observação por cerca de duas horas.</li>
<li>O acompanhamento entre as sessões continua por vídeo com o mesmo psiquiatra.</li>
</ol>
<h2>O que nós não fazemos</h2>
<p><strong>Não vendemos nem enviamos cetamina ou escetamina</strong> para casa. A aplicação é sempre presencial, em clínica. Também não atendemos pedidos por WhatsApp nem aceitamos pagamento em criptomoedas. Se você viu anúncios de &ldquo;cetamina sem receita, chama no zap&rdquo;, não compre: denuncie à Anvisa.</p>
</main>
<footer>Vida Psiquiatria Online Ltda. &middot; Diretor técnico: Dr. Tiago Menezes, CRM-MG 60.417 &middot; <a href="/privacidade">Privacidade</a></footer>
""", noise="cookie-pt")

p("h10332", "https://lumenpath.example/scam-alert", "telehealth", False, "en",
  "telehealth-impersonation-alert-medium", "Scam alert: websites copying LumenPath - LumenPath", """
<div class="alert-banner">&#9888; We are aware of websites and social accounts copying our name and design. Read more below.</div>
<header><a class="logo" href="/">LumenPath</a> <nav><a href="/how-it-works">How it works</a> <a href="/team">Our care team</a> <a href="/blog">Blog</a> <a class="btn" href="/get-started">Book a consultation</a></nav></header>
<main>
<h1>Scam alert: websites copying LumenPath</h1>
<p class="updated">Updated 28 November 2026</p>
<p>Over the last month patients and members of the public have sent us screenshots of sites using our logo and photos of our clinicians to sell ketamine. One of them, using a domain that looks like ours, says:</p>
<blockquote>&ldquo;LumenPath ketamine troches &ndash; skip the consultation, approved in 5 minutes. Pay in USDT for 20% off, ships worldwide.&rdquo;</blockquote>
<p>This is not LumenPath. We have reported the sites to the registrar, the FDA and the FBI&rsquo;s Internet Crime Complaint Center.</p>
<h2>How to tell it&rsquo;s really us</h2>
<ul>
<li>Our only website is lumenpath.example. We don&rsquo;t run any other domains.</li>
<li>Nobody gets a prescription without a video consultation with a licensed LumenPath clinician.</li>
<li>We never accept crypto, gift cards or payment apps.</li>
<li>We never ship outside the states where our clinicians are licensed, and medication only comes from our licensed partner pharmacy.</li>
</ul>
<p>If you paid one of these sites, contact your bank and report it at the IC3. If you want real care, <a href="/get-started">book a consultation</a>.</p>
</main>
<footer>LumenPath Medical Group, P.C. &middot; <a href="/privacy">Privacy</a></footer>
""")

# ---------------------------------------------------------------- providers saying what they do not do (clinics)

p("h10333", "https://clearwater-infusion.example/faq", "clinic", False, "en",
  "infusion-clinic-faq-long", "FAQ | Clearwater Ketamine & Infusion Center", """
<div class="topbar">&#128222; (727) 555-0193 &middot; Mon&ndash;Sat 8am&ndash;6pm &middot; 2450 Gulf Blvd, Clearwater, FL</div>
<header><a class="logo" href="/">Clearwater Ketamine &amp; Infusion Center</a>
<nav><a href="/ketamine-infusions">Ketamine infusions</a> <a href="/spravato">Spravato</a> <a href="/iv-therapy">IV hydration</a> <a href="/our-team">Our team</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a> <a class="btn" href="/book">Book a consultation</a></nav></header>
<main>
<h1>Frequently asked questions</h1>
<h3>What happens at a ketamine infusion?</h3>
<p>You&rsquo;ll relax in a private room in our center while a low dose of ketamine is given through an IV over about 40 minutes. A registered nurse stays with you and your vital signs are monitored throughout. Most patients go home about an hour after the infusion ends &ndash; with a driver, please.</p>
<h3>Do I need a referral?</h3>
<p>A referral from your psychiatrist or primary care provider is helpful but not required. Every new patient has a medical consultation with Dr. Marcus Bell, our anesthesiologist, before the first infusion.</p>
<h3>Do you sell ketamine for home use?</h3>
<p><strong>No.</strong> All of our treatments are given here, under medical supervision. We don&rsquo;t sell, mail or send ketamine home with patients. If you think at-home treatment may suit you, Dr. Bell can discuss options with your own prescriber.</p>
<h3>I saw an online ad that used your clinic&rsquo;s photos and offered ketamine by mail. Is it you?</h3>
<p>No. We&rsquo;ve been told about a few of these. We never advertise on classifieds or messaging apps. Please screenshot it and email info@clearwater-infusion.example so we can report it.</p>
<h3>How much does it cost?</h3>
<p>A single infusion for depression is $475; a series of six booked together is $2,550. Consultations are $150 and credited toward your first infusion. See our <a href="/pricing">pricing page</a>.</p>
<h3>What payment do you accept?</h3>
<p>Cash, all major credit cards, HSA/FSA cards and CareCredit financing. <strong>We do not accept crypto</strong> or gift cards from third-party sites. We&rsquo;ll give you a superbill to submit to your insurer.</p>
<h3>Is Spravato available?</h3>
<p>Yes. We are a REMS-certified Spravato treatment center. Spravato is given in our office and you stay with us for at least two hours afterwards.</p>
</main>
<aside class="sidebar"><h4>New patient?</h4><p>Download the intake packet before your first visit.</p><a href="/forms/intake.pdf">Intake forms (PDF)</a> <a href="/book">Book a consultation</a></aside>
<footer><p>Clearwater Ketamine &amp; Infusion Center, LLC &middot; Medical Director: Marcus Bell, MD &middot; <a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></p></footer>
""", noise="cookie")

p("h10334", "https://lakeshore-spravato.example/patients/what-to-expect", "clinic", False, "en",
  "spravato-rems-centre-medium", "What to expect at your Spravato visit | Lakeshore Behavioral Health", """
<header><a class="logo" href="/">Lakeshore Behavioral Health</a>
<nav><a href="/services">Services</a> <a href="/spravato">Spravato</a> <a href="/tms">TMS</a> <a href="/providers">Providers</a> <a href="/patients">Patients</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>What to expect at your Spravato visit</h1>
<p>Lakeshore Behavioral Health is a REMS-certified Spravato (esketamine) treatment center in Evanston, Illinois. Here is what a typical visit looks like.</p>
<ol>
<li>Check in at our front desk. Our nurse checks your blood pressure.</li>
<li>You self-administer the nasal spray under the direct supervision of our nurse or psychiatrist.</li>
<li>You rest in a comfortable recliner for at least two hours while we monitor you.</li>
<li>Someone else drives you home. You can&rsquo;t drive until the next day.</li>
</ol>
<h2>Can I take Spravato at home?</h2>
<p>No. Spravato is never shipped to patients or dispensed to take home &ndash; every dose is given here. If you see a website or ad offering esketamine spray by mail, &ldquo;generic Spravato&rdquo; or a &ldquo;starter kit&rdquo;, it isn&rsquo;t real medicine from a legitimate source.</p>
<h2>Insurance</h2>
<p>Most commercial plans and Medicare cover Spravato with prior authorization. Our benefits team handles the paperwork and will tell you your estimated cost before you start.</p>
<p><a class="btn" href="/contact">Request an evaluation with Dr. Naomi Fischer</a></p>
</main>
<footer>Lakeshore Behavioral Health &middot; 1800 Sherman Ave, Evanston, IL &middot; (847) 555-0120</footer>
""")

p("h10335", "https://innerharbor-kap.example/notes/what-we-dont-do", "clinic", False, "en",
  "kap-practice-snippet", "Inner Harbor KAP - a note on what we don't do", """
A quick note since a few people asked: Inner Harbor does not prescribe take-home ketamine after an online questionnaire, and we never mail it. Every ketamine-assisted psychotherapy session happens in our Portland office, after an intake with our psychiatrist Dr. Eli Navarro, with a therapist in the room the whole time.
""", ext="txt")

p("h10336", "https://sunridge-ketamine.example/news/fake-ad-using-our-name", "clinic", False, "en",
  "clinic-news-post-short", "Warning: fake ad using our clinic's name | Sunridge Ketamine Clinic", """
<header><a class="logo" href="/">Sunridge Ketamine Clinic</a> <nav><a href="/treatments">Treatments</a> <a href="/about">About</a> <a href="/news">News</a> <a class="btn" href="/book">Book now</a></nav></header>
<article>
<h1>Warning: fake ad using our clinic&rsquo;s name</h1>
<p class="date">Posted 17 November 2026 by the Sunridge team</p>
<p>A patient let us know about a classified ad in the Phoenix area that reads: &ldquo;Ketamine vials from Sunridge Ketamine Clinic, surplus stock, no prescription, text to order, Zelle or BTC.&rdquo;</p>
<p>We want to be completely clear: <strong>this ad has nothing to do with us.</strong> Sunridge does not sell ketamine, does not have &ldquo;surplus stock&rdquo;, and never sends medication home. Ketamine is only given in our Scottsdale clinic, by our nurses, after a consultation with Dr. Hannah Ortiz. We have reported the ad to the site and to the Scottsdale Police Department.</p>
<p>If you&rsquo;re interested in treatment, call us at (480) 555-0166 or <a href="/book">book a consultation online</a>.</p>
</article>
<footer>Sunridge Ketamine Clinic &middot; 7301 E Camelback Rd, Scottsdale, AZ</footer>
""")

p("h10337", "https://praxis-esketamin-hamburg.example/haeufige-fragen", "clinic", False, "de",
  "praxis-faq-de-medium", "Häufige Fragen zur Esketamin-Behandlung - Praxis Dr. med. Jansen", """
<header><a class="logo" href="/">Praxis für Psychiatrie und Psychotherapie Dr. med. Mareike Jansen</a>
<nav><a href="/praxis">Praxis</a> <a href="/esketamin">Esketamin-Behandlung</a> <a href="/haeufige-fragen">Häufige Fragen</a> <a href="/kontakt">Kontakt &amp; Anfahrt</a></nav></header>
<main>
<h1>Häufige Fragen zur Esketamin-Behandlung</h1>
<h3>Wie läuft die Behandlung ab?</h3>
<p>Nach einem ausführlichen Erstgespräch in der Praxis wenden Sie das Esketamin-Nasenspray hier bei uns selbst an, unter Aufsicht unseres Teams. Anschließend bleiben Sie mindestens zwei Stunden zur Beobachtung in unserem Ruheraum. Bitte lassen Sie sich abholen &ndash; Autofahren ist am Behandlungstag nicht erlaubt.</p>
<h3>Kann ich das Nasenspray mit nach Hause nehmen?</h3>
<p>Nein. Das Spray wird ausschließlich in der Praxis angewendet, es wird weder mitgegeben noch verschickt. Wir stellen auch keine Rezepte für die Anwendung zu Hause aus.</p>
<h3>Ich habe im Internet Anzeigen gesehen: &bdquo;Esketamin Nasenspray ohne Rezept, Versand diskret&ldquo;. Ist das seriös?</h3>
<p>Nein. Solche Angebote sind illegal, und niemand kann Ihnen sagen, was tatsächlich in diesen Sprays ist. Bitte kaufen Sie nichts davon und sprechen Sie uns oder Ihre Hausärztin an.</p>
<h3>Übernimmt die Krankenkasse die Kosten?</h3>
<p>Bei behandlungsresistenter Depression übernehmen die gesetzlichen Krankenkassen die Behandlung in der Regel. Privatversicherte klären die Erstattung bitte vorab.</p>
<h3>Wie bekomme ich einen Termin?</h3>
<p>Telefonisch unter 040 555 31 20 (Mo&ndash;Fr 8&ndash;12 Uhr) oder über unser Online-Terminformular. Wir benötigen einen Befundbericht Ihrer behandelnden Ärztin bzw. Ihres Arztes.</p>
</main>
<footer>Praxis Dr. med. Mareike Jansen &middot; Eppendorfer Landstraße 88, 20249 Hamburg &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h10338", "https://centre-ketamine-lausanne.example/questions-frequentes", "clinic", False, "fr",
  "clinic-faq-fr-medium", "Questions fréquentes - Centre de traitement par kétamine de Lausanne", """
<header><a class="logo" href="/">Centre de traitement par kétamine de Lausanne</a>
<nav><a href="/traitements">Traitements</a> <a href="/equipe">Équipe médicale</a> <a href="/questions-frequentes">Questions fréquentes</a> <a href="/tarifs">Tarifs</a> <a class="bouton" href="/rendez-vous">Prendre rendez-vous</a></nav></header>
<main>
<h1>Questions fréquentes</h1>
<h3>Comment se déroule une perfusion ?</h3>
<p>Après une consultation préalable avec le Dr Julien Favre, psychiatre, ou la Dre Anne-Laure Besson, anesthésiste, la kétamine est administrée par perfusion intraveineuse d&rsquo;environ 40 minutes dans nos locaux, sous surveillance continue. Vous restez ensuite en salle de repos jusqu&rsquo;à ce que l&rsquo;équipe vous autorise à partir, accompagné.</p>
<h3>Puis-je recevoir de la kétamine à domicile ?</h3>
<p>Non. Nous ne vendons pas de kétamine, nous n&rsquo;en expédions jamais et nous ne délivrons pas d&rsquo;ordonnance pour un usage à domicile. Tous les traitements ont lieu au centre.</p>
<h3>J&rsquo;ai reçu un message sur Telegram proposant de la kétamine &laquo; sans ordonnance &raquo; au nom de votre centre.</h3>
<p>Ce n&rsquo;est pas nous. Nous ne contactons jamais de patients par messagerie et nous n&rsquo;acceptons pas les paiements en cryptomonnaie. Merci de nous transmettre une capture d&rsquo;écran.</p>
<h3>Le traitement est-il remboursé ?</h3>
<p>Selon votre assurance complémentaire. Nous vous remettons une facture détaillée (TARMED) après chaque séance.</p>
</main>
<footer>Centre de traitement par kétamine de Lausanne &middot; Avenue de la Gare 12, 1003 Lausanne &middot; <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h10339", "https://ospedale-santamaria-trieste.example/psichiatria/ambulatorio-esketamina", "clinic", False, "it",
  "hospital-department-it-medium", "Ambulatorio esketamina - Psichiatria - Ospedale Santa Maria", """
<header><a class="logo" href="/">Ospedale Santa Maria &ndash; Trieste</a>
<nav><a href="/reparti">Reparti</a> <a href="/psichiatria">Psichiatria</a> <a href="/prenotazioni">Prenotazioni CUP</a> <a href="/urp">URP</a></nav></header>
<main>
<h1>Ambulatorio esketamina per la depressione resistente</h1>
<p>L&rsquo;ambulatorio, attivo presso il Servizio Psichiatrico del nostro ospedale, segue pazienti adulti con depressione resistente ai trattamenti, su invio del medico curante o dello psichiatra del Centro di Salute Mentale.</p>
<h2>Come funziona</h2>
<p>Dopo una visita di valutazione con il dott. Paolo Zanetti o la dott.ssa Chiara Bellini, lo spray nasale di esketamina viene autosomministrato in ambulatorio sotto la supervisione del personale sanitario. Segue un periodo di osservazione di almeno due ore. Il paziente non può guidare fino al giorno successivo.</p>
<h2>Cosa non facciamo</h2>
<p>L&rsquo;esketamina non viene mai consegnata al paziente né spedita a domicilio. Il nostro ospedale non vende farmaci online e non contatta i pazienti tramite Telegram o WhatsApp. Offerte di &ldquo;ketamina&rdquo; o &ldquo;esketamina&rdquo; con &ldquo;spedizione discreta&rdquo; e pagamento in crypto sono illegali e vanno segnalate ai Carabinieri NAS.</p>
<h2>Prenotazione</h2>
<p>Con impegnativa del medico tramite CUP (040 555 8800) o con richiesta dello psichiatra curante all&rsquo;indirizzo ambulatorio.esketamina@ospedale-santamaria-trieste.example.</p>
</main>
<footer>Ospedale Santa Maria &middot; Via dell&rsquo;Istria 65, Trieste &middot; <a href="/privacy">Privacy</a> &middot; <a href="/trasparenza">Amministrazione trasparente</a></footer>
""")

p("h10340", "https://ketaminekliniek-utrecht.example/veelgestelde-vragen", "clinic", False, "nl",
  "clinic-faq-nl-short", "Veelgestelde vragen - Ketaminekliniek Utrecht", """
<header><a class="logo" href="/">Ketaminekliniek Utrecht</a>
<nav><a href="/behandeling">Behandeling</a> <a href="/team">Team</a> <a href="/kosten">Kosten</a> <a href="/veelgestelde-vragen">Veelgestelde vragen</a> <a class="knop" href="/aanmelden">Aanmelden</a></nav></header>
<main>
<h1>Veelgestelde vragen</h1>
<h3>Hoe verloopt een behandeling?</h3>
<p>Na een intakegesprek met psychiater Sanne de Wit krijgt u ketamine via een infuus in onze kliniek, onder voortdurende bewaking door een verpleegkundige. Na afloop rust u nog een uur bij ons. U mag niet zelf naar huis rijden.</p>
<h3>Verkopen jullie ketamine voor thuisgebruik?</h3>
<p>Nee. Wij verkopen en versturen geen ketamine. Elke behandeling vindt plaats in de kliniek. Webshops die &lsquo;2-FDCK&rsquo; of ketamine aanbieden als &lsquo;onderzoekschemicaliën, niet voor menselijke consumptie&rsquo; hebben niets met medische behandeling te maken.</p>
<h3>Heb ik een verwijzing nodig?</h3>
<p>Ja, een verwijzing van uw huisarts of behandelend psychiater.</p>
<h3>Kan ik met Bitcoin betalen?</h3>
<p>Nee. U ontvangt na elke behandeling een factuur die u per bankoverschrijving of pin kunt betalen.</p>
</main>
<footer>Ketaminekliniek Utrecht &middot; Maliebaan 40, Utrecht &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie-nl")

save(OUT, R)
