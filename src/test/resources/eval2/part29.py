# Held-out evaluation part 29: 40 pages written 2026-12-07 by an independent author who had not read
# the scorer's rules, vocabulary, extractor, the eval sets or any measurement.
# Angle: what a patient searching the web in 2026 meets on the first two result pages for
# "buy ketamine online", "ketamine clinic near me", "spravato at home" and their es/de/fr equivalents
# (plus nl/pt/it), written as the pages and snippets really look.
# Mix: 14 seller, 9 telehealth, 8 clinic, 9 informational; 24 English, 16 es/de/fr/nl/pt/it.
# Shapes: SEO-padded "buy ketamine online" landing page, SERP snippets (organic, sponsored, local pack,
# forum), "Spravato nasal spray for home use" product page, empty category page judged by URL,
# questionnaire-only "ketamine at home, no prescription" look-alike of telehealth, contact page with
# Telegram/Wickr, English payment page listing crypto and gift cards, Spanish/German/French/Dutch/
# Portuguese/Italian shop pages; telehealth plans, checkout, state list, city landing page, FAQ text,
# blog on Spravato vs at-home ketamine, French (Quebec) and Brazilian providers; clinic city page with
# price list and gift cards, REMS centre explaining why Spravato is not taken at home, Spanish, German,
# French hospital, Dutch and Italian clinic pages; news/court report quoting gram prices, affiliate
# review listicle, regulator warning, harm reduction, clinic directory with prices, compounding
# pharmacy, German customs news, Spanish legal Q&A.
# Committed before any scorer run; never tune on it.
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "score-dev-hand"))
from hand import write, save
OUT = os.path.join(HERE, "part29")
R = []
def p(*a, **k): R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers

p("e2901", "https://ketaminehcl-store.example/buy-ketamine-online/", "seller", True, "en", "seo-padded-landing",
  "Buy Ketamine Online Without Prescription | Ketamine HCL Powder & Liquid for Sale 2026",
  """<header><div class="topbar">Free reshipping policy &middot; Discreet packaging &middot; 24/7 support on WhatsApp +1 (302) 555-0148</div>
<nav><a href="/">Home</a> <a href="/shop/">Shop</a> <a href="/buy-ketamine-online/">Buy Ketamine Online</a> <a href="/category/dissociatives/">Dissociatives</a> <a href="/category/pain-relief/">Pain Relief</a> <a href="/track-order/">Track Order</a> <a href="/blog/">Blog</a> <a href="/cart/">Cart (0)</a></nav></header>
<main>
<div class="breadcrumbs"><a href="/">Home</a> &raquo; Buy Ketamine Online</div>
<h1>Buy Ketamine Online &ndash; Your Trusted Ketamine Shop in 2026</h1>
<p class="updated">Last updated: November 28, 2026 &middot; 9 min read</p>
<div class="toc"><strong>Table of contents</strong><ol><li>What is ketamine?</li><li>How does ketamine work?</li><li>Ketamine for depression</li><li>Is ketamine safe?</li><li>Where to buy ketamine online</li><li>Our ketamine products</li></ol></div>
<h2>What is ketamine?</h2>
<p>Ketamine is a dissociative anesthetic that was first synthesized in 1962 and approved for medical use in 1970. It is on the World Health Organization's List of Essential Medicines and is widely used in operating rooms, emergency departments and veterinary medicine. In recent years ketamine has received a lot of attention for its fast-acting antidepressant effects, and esketamine (the S-enantiomer) is approved as a nasal spray for treatment-resistant depression.</p>
<h2>How does ketamine work?</h2>
<p>Ketamine acts mainly as an NMDA receptor antagonist. By blocking these glutamate receptors it causes a surge of glutamate release, which is believed to promote synaptogenesis and restore connections between neurons in the prefrontal cortex. This is different from classic antidepressants such as SSRIs, which can take four to six weeks to work.</p>
<h2>Ketamine for depression, anxiety and PTSD</h2>
<p>Many studies show that a single low dose of ketamine can reduce depressive symptoms within hours. Patients with PTSD, chronic pain, fibromyalgia and CRPS have also reported relief. Clinics typically charge $400 to $800 per infusion, and insurance rarely covers it, which is why more and more people choose to buy ketamine online at an affordable price.</p>
<h2>Is ketamine safe?</h2>
<p>When used responsibly, ketamine has a wide safety margin. Common side effects include dizziness, nausea, blurred vision and a feeling of dissociation. Do not combine ketamine with alcohol or benzodiazepines. Always start low and go slow.</p>
<h2>Where to buy ketamine online?</h2>
<p>Finding a legit ketamine vendor can be hard. Many websites are scams that take your money and never ship. At Ketamine HCL Store we have been serving customers since 2017 with <strong>pharmaceutical grade ketamine</strong>, lab-tested at 99.7% purity. You can <strong>buy ketamine online without prescription</strong> and have it delivered to your door in discreet, vacuum-sealed packaging with no indication of the contents. We ship to the USA, Canada, UK, Australia and all EU countries. Delivery takes 2&ndash;4 days domestic and 5&ndash;10 days international.</p>
<ul class="usp"><li>&#10004; No prescription needed</li><li>&#10004; Stealth shipping with tracking</li><li>&#10004; Pay with Bitcoin, USDT, Zelle or Cash App &ndash; 10% off with crypto</li><li>&#10004; Reshipment if seized by customs</li></ul>
<h2>Our ketamine products</h2>
<div class="products">
<div class="product"><img src="/wp-content/uploads/2025/02/ketamine-crystal.jpg" alt="ketamine crystal"><h3>Ketamine HCL Crystal (shards)</h3><p class="price">$140.00 &ndash; $1,650.00</p><select><option>5 grams</option><option>10 grams</option><option>28 grams</option><option>100 grams</option></select><a class="button" href="/product/ketamine-hcl-crystal/">Select options</a></div>
<div class="product"><img src="/wp-content/uploads/2025/02/ketalar-vials.jpg" alt="ketalar 50mg/ml vials"><h3>Ketalar 50 mg/ml &ndash; 10 ml vials</h3><p class="price">$95.00 &ndash; $780.00</p><a class="button" href="/product/ketalar-50mg-ml/">Select options</a></div>
<div class="product"><h3>Ketamine Powder (needle point)</h3><p class="price"><del>$180.00</del> $155.00</p><a class="button" href="/product/ketamine-powder/">Add to cart</a></div>
<div class="product"><h3>Esketamine Nasal Spray 28 mg</h3><p class="price">$320.00</p><a class="button" href="/product/esketamine-nasal-spray/">Add to cart</a></div>
</div>
<p class="min">Minimum order: 5 grams. Bulk orders (100 g+) &ndash; contact us on Telegram @ketstore_official for wholesale pricing.</p>
<h2>Frequently asked questions</h2>
<p><strong>Is it legal to buy ketamine online?</strong> Laws differ by country. It is the responsibility of the customer to know local laws.<br><strong>Will my package be seized?</strong> Our stealth rate is over 98%. If your order is seized we reship free of charge once.</p>
</main>
<footer><p>&copy; 2026 Ketamine HCL Store. All products are sold for research purposes.</p><a href="/shipping/">Shipping</a> <a href="/payment-methods/">Payment methods</a> <a href="/refund-policy/">Refund policy</a> <a href="/contact/">Contact</a></footer>""", noise="cookie")

p("e2902", "https://k-hole-pharmacy.example/product/ketamine-hydrochloride/", "seller", True, "en", "serp-snippet",
  "Ketamine Hydrochloride for sale - K-Hole Pharmacy",
  """Buy Ketamine Hydrochloride Online | Fast & Stealth Delivery USA UK AU
k-hole-pharmacy.example › product › ketamine-hydrochloride
Order high-quality ketamine hydrochloride crystal online without prescription. 100% delivery guaranteed, tracking number within 24h. Pay with BTC and get 15% off. Rating: 4.9 · 327 reviews · $120.00 to $980.00 · In stock""", ext="txt")

p("e2903", "https://spravato-direct.example/product/spravato-56mg-home-kit/", "seller", True, "en", "spravato-home-product",
  "Spravato 56 mg Home Kit (2 x 28 mg devices) - Buy Spravato Online",
  """<nav class="main"><a href="/">Home</a> <a href="/shop/">All products</a> <a href="/depression/">Depression</a> <a href="/anxiety/">Anxiety</a> <a href="/sleep/">Sleep</a> <a href="/how-to-order/">How to order</a> <a href="/cart/">&#128722; 0 items</a></nav>
<div class="product-page">
<div class="gallery"><img src="/img/spravato-box-front.webp" alt="Spravato esketamine nasal spray box"></div>
<div class="summary">
<h1>Spravato 56 mg Home Kit (2 &times; 28 mg devices)</h1>
<div class="stars">&#9733;&#9733;&#9733;&#9733;&#9733; <a href="#reviews">(88 customer reviews)</a></div>
<p class="price">$389.00 &ndash; $2,100.00</p>
<p>Skip the clinic waiting room. Our Spravato (esketamine) home kits let you use your nasal spray in the comfort of your own home, on your own schedule. No REMS paperwork, no two-hour observation, no insurance pre-authorization.</p>
<table class="variations"><tr><td>Pack</td><td><select><option>1 kit (56 mg)</option><option>4 kits &ndash; save 10%</option><option>8 kits &ndash; save 18%</option></select></td></tr></table>
<div class="qty"><input type="number" value="1" min="1"> <button class="single_add_to_cart_button">Add to cart</button></div>
<p class="meta">SKU: SPV-56-HK &middot; Category: <a href="/depression/">Depression</a> &middot; Tags: esketamine, nasal spray, spravato at home</p>
<ul class="trust"><li>Free online doctor questionnaire included &ndash; approved in minutes</li><li>Shipped from our EU partner pharmacy in plain box</li><li>Worldwide delivery in 5&ndash;9 business days</li></ul>
</div></div>
<div class="tabs"><h2>Description</h2>
<p>Spravato is a nasal spray containing esketamine, indicated for adults with treatment-resistant depression. Each device delivers two sprays (one per nostril) for a total of 28 mg. A typical dose is 56 mg or 84 mg.</p>
<h2>Payment</h2><p>We accept Bitcoin, Ethereum, Zelle and Western Union. Card payments are temporarily unavailable.</p>
<h2 id="reviews">Reviews (88)</h2>
<p><strong>Dana R.</strong> &ndash; &ldquo;Arrived in 6 days to Ohio, well packed. So much easier than driving to the clinic twice a week.&rdquo;</p>
<p><strong>Marc</strong> &ndash; &ldquo;Second order, paid with BTC, no problem.&rdquo;</p></div>
<h3>Related products</h3><ul><li><a href="/product/esketamine-nasal-spray-generic/">Esketamine nasal spray (generic) 28 mg</a></li><li><a href="/product/ketamine-troches-150mg/">Ketamine troches 150 mg</a></li><li><a href="/product/xanax-2mg/">Xanax 2 mg</a></li></ul>""")

p("e2904", "https://dissoshop.example/product-category/dissociatives/ketamine/page/2/", "seller", True, "en", "empty-category-url-only",
  "Ketamine Archives - Page 2 of 2 - DissoShop",
  """<nav><a href="/">Home</a> <a href="/shop/">Shop</a> <a href="/my-account/">My account</a> <a href="/cart/">Cart</a></nav>
<h1>Ketamine</h1>
<p class="woocommerce-info">No products were found matching your selection.</p>
<a href="/shop/">Return to shop</a>
<footer>&copy; 2026 DissoShop</footer>""")

p("e2905", "https://ketamina-espana.example/", "seller", True, "es", "shop-home",
  "Comprar Ketamina Online en España | Envío Discreto 24/48h | Ketamina España",
  """<header><div class="aviso">&#128666; Envío GRATIS en pedidos superiores a 150 &euro; &middot; Entrega discreta en 24/48h península</div>
<nav><a href="/">Inicio</a> <a href="/tienda/">Tienda</a> <a href="/categoria/ketamina/">Ketamina</a> <a href="/categoria/anestesicos/">Anestésicos</a> <a href="/categoria/ansioliticos/">Ansiolíticos</a> <a href="/como-comprar/">Cómo comprar</a> <a href="/contacto/">Contacto</a> <a href="/carrito/">Carrito</a></nav></header>
<section class="hero"><h1>Comprar ketamina online sin receta</h1><p>Ketamina de calidad farmacéutica al mejor precio de España. Más de 4.000 clientes satisfechos.</p><a class="btn" href="/tienda/">Ver productos</a></section>
<section class="destacados"><h2>Productos destacados</h2>
<div class="prod"><h3>Ketamina en cristal</h3><span class="precio">desde 35 &euro;/g</span><a href="/producto/ketamina-cristal/">Comprar</a></div>
<div class="prod"><h3>Ketamina líquida 50 mg/ml (vial 10 ml)</h3><span class="precio">60,00 &euro;</span><a href="/producto/ketamina-liquida/">Comprar</a></div>
<div class="prod"><h3>Ketamina en polvo</h3><span class="precio">desde 30 &euro;/g</span><a href="/producto/ketamina-polvo/">Comprar</a></div>
<div class="prod"><h3>Diazepam 10 mg (100 comp.)</h3><span class="precio">89,00 &euro;</span><a href="/producto/diazepam-10mg/">Comprar</a></div>
</section>
<section class="porque"><h2>¿Por qué comprar en Ketamina España?</h2>
<ul><li>Sin receta médica ni preguntas</li><li>Paquete neutro sin remitente</li><li>Pago con Bizum, Bitcoin o transferencia</li><li>Atención por WhatsApp y Telegram</li></ul></section>
<section class="info"><h2>¿Qué es la ketamina?</h2><p>La ketamina es un anestésico disociativo utilizado en medicina humana y veterinaria. En los últimos años se estudia su uso para la depresión resistente al tratamiento. Nuestros productos se venden exclusivamente para fines de investigación.</p></section>
<footer><p>Ketamina España &copy; 2026 &middot; <a href="/envios/">Envíos</a> &middot; <a href="/aviso-legal/">Aviso legal</a> &middot; WhatsApp: +34 600 000 000</p></footer>""", noise="cookie-es")

p("e2906", "https://farmacia-sinreceta.example/ketamina-liquida-10ml/", "seller", True, "es", "serp-snippet",
  "Ketamina líquida 10 ml",
  """Ketamina líquida 10ml (Ketamin 50 mg/ml) - Farmacia Sin Receta
farmacia-sinreceta.example › ketamina-liquida-10ml
Compra ketamina líquida sin receta con envío discreto a toda Europa. Pago con Bitcoin o tarjeta regalo. Pedido mínimo 3 viales. ★★★★★ Valoración: 4,8 · 54 votos · 55,00 € · Disponible""", ext="txt")

p("e2907", "https://ketamin-shop24.example/produkt/ketamin-kristall-rezeptfrei/", "seller", True, "de", "product-page",
  "Ketamin Kristall kaufen ohne Rezept - Ketamin Shop 24",
  """<nav><a href="/">Startseite</a> <a href="/shop/">Shop</a> <a href="/kategorie/dissoziativa/">Dissoziativa</a> <a href="/kategorie/research-chemicals/">Research Chemicals</a> <a href="/versand/">Versand</a> <a href="/faq/">FAQ</a> <a href="/warenkorb/">Warenkorb</a></nav>
<div class="breadcrumb">Startseite / Dissoziativa / Ketamin Kristall</div>
<h1>Ketamin Kristall (HCl) &ndash; rezeptfrei bestellen</h1>
<p class="preis">ab 32,00 &euro; / g <small>inkl. MwSt., zzgl. Versand</small></p>
<table class="staffel"><tr><th>Menge</th><th>Preis</th><th>Preis pro Gramm</th></tr>
<tr><td>2 g</td><td>70,00 &euro;</td><td>35,00 &euro;</td></tr>
<tr><td>5 g</td><td>160,00 &euro;</td><td>32,00 &euro;</td></tr>
<tr><td>10 g</td><td>290,00 &euro;</td><td>29,00 &euro;</td></tr>
<tr><td>25 g</td><td>650,00 &euro;</td><td>26,00 &euro;</td></tr></table>
<button>In den Warenkorb</button>
<p>Lieferzeit: 1&ndash;3 Werktage (DE/AT), neutral verpackt per DHL ohne Absender.</p>
<h2>Beschreibung</h2>
<p>Ketamin ist ein Arzneistoff aus der Gruppe der Narkosemittel und wird in der Notfallmedizin eingesetzt. Unser Ketamin-Kristall hat eine Reinheit von über 99 % (Laboranalyse auf Anfrage). Verkauf ausschließlich zu Forschungszwecken &ndash; nicht für den menschlichen Verzehr bestimmt.</p>
<h2>Zahlung</h2>
<p>Bitcoin, Monero, Paysafecard oder SEPA-Überweisung. Bei Zahlung mit Krypto erhalten Sie 10 % Rabatt.</p>
<p>Fragen? Schreiben Sie uns auf Telegram: @ketaminshop24</p>""", noise="cookie-de")

p("e2908", "https://nightpharm-store.example/payment-methods/", "seller", True, "en", "payment-page",
  "Payment Methods – NightPharm Store",
  """<nav><a href="/">Home</a> <a href="/shop/">Shop</a> <a href="/category/ketamine/">Ketamine</a> <a href="/category/mdma/">MDMA</a> <a href="/category/cocaine/">Cocaine</a> <a href="/category/opioids/">Pain pills</a> <a href="/category/benzos/">Benzos</a> <a href="/shipping/">Shipping</a> <a href="/payment-methods/">Payment</a></nav>
<h1>Payment Methods</h1>
<p>For the privacy of our customers we only accept the following payment methods:</p>
<ol>
<li><strong>Bitcoin (BTC)</strong> &ndash; preferred, 10% discount. Send the exact amount shown at checkout to the wallet address in your order email. Orders are processed after 2 confirmations.</li>
<li><strong>USDT (TRC20)</strong> &ndash; 10% discount.</li>
<li><strong>Zelle / Cash App</strong> &ndash; US customers only. Do not write anything in the memo field.</li>
<li><strong>Amazon, Apple or Steam gift cards</strong> &ndash; send clear photos of the card and receipt to our Telegram. 20% handling fee.</li>
<li><strong>Western Union / MoneyGram</strong> &ndash; contact support for receiver name.</li>
</ol>
<p>We do NOT accept PayPal or credit cards. Unpaid orders are cancelled after 48 hours.</p>
<p>Need help? Telegram: @nightpharm_support &middot; Wickr: nightpharm</p>
<footer>&copy; 2026 NightPharm Store &middot; <a href="/refund-policy/">Refunds</a> &middot; <a href="/contact/">Contact</a></footer>""")

p("e2909", "https://ketamine-achat.example/blog/ou-acheter-de-la-ketamine-en-france/", "seller", True, "fr", "padded-blog-post",
  "Où acheter de la kétamine en France en 2026 ? Le guide complet",
  """<nav><a href="/">Accueil</a> <a href="/boutique/">Boutique</a> <a href="/blog/">Blog</a> <a href="/livraison/">Livraison</a> <a href="/contact/">Contact</a></nav>
<article>
<h1>Où acheter de la kétamine en France en 2026 ?</h1>
<p class="meta">Publié le 14 octobre 2026 par L'équipe &middot; Catégorie : Guides</p>
<p>La kétamine est un anesthésique général découvert dans les années 1960. Elle est utilisée à l'hôpital, en médecine d'urgence et par les vétérinaires. Depuis quelques années, on parle beaucoup de ses effets rapides contre la dépression sévère, et l'eskétamine en spray nasal (Spravato) est disponible dans certains hôpitaux.</p>
<p>En France, la kétamine est classée comme stupéfiant. Il est donc impossible de l'obtenir en pharmacie sans ordonnance sécurisée, et les délais pour obtenir un rendez-vous dans un centre spécialisé dépassent souvent six mois.</p>
<h2>Les risques d'acheter dans la rue</h2>
<p>Le produit vendu dans la rue est souvent coupé et de qualité inconnue. C'est pourquoi de plus en plus de personnes préfèrent commander en ligne auprès d'un fournisseur fiable.</p>
<h2>Notre solution</h2>
<p>Sur notre <a href="/boutique/">boutique</a>, vous pouvez <strong>acheter de la kétamine en ligne sans ordonnance</strong> : cristaux à partir de 40 &euro; le gramme, flacons de kétamine liquide 500 mg/10 ml à 75 &euro;. Livraison en colis discret sous 48 h en France, Belgique et Suisse. Paiement en Bitcoin, coupons PCS ou virement.</p>
<p>Pour commander ou poser une question, contactez-nous directement sur Telegram ou Signal : <strong>@ketafrance</strong>.</p>
</article>
<aside><h3>Produits populaires</h3><ul><li>Kétamine cristal 5 g &ndash; 185 &euro;</li><li>Kétamine liquide 10 ml &ndash; 75 &euro;</li><li>Kétamine cristal 10 g &ndash; 340 &euro;</li></ul></aside>""", noise="cookie-fr")

p("e2910", "https://rc-lab-nl.example/ketamine-kopen/", "seller", True, "nl", "rc-shop-category",
  "Ketamine kopen | Research Chemicals Nederland",
  """<nav><a href="/">Home</a> <a href="/dissociatieven/">Dissociatieven</a> <a href="/stimulanten/">Stimulanten</a> <a href="/psychedelica/">Psychedelica</a> <a href="/verzending/">Verzending</a> <a href="/winkelwagen/">Winkelwagen</a></nav>
<h1>Ketamine kopen</h1>
<p>Bij RC Lab NL koop je ketamine en ketamine-analogen van hoge zuiverheid. Al onze producten worden uitsluitend verkocht voor laboratoriumonderzoek en zijn <strong>niet voor menselijke consumptie</strong>.</p>
<ul class="producten">
<li>Ketamine HCl &ndash; 1 g &euro; 30 / 5 g &euro; 130 / 10 g &euro; 240 <a href="/product/ketamine-hcl/">Bestellen</a></li>
<li>2-FDCK &ndash; 1 g &euro; 18 / 5 g &euro; 70 <a href="/product/2-fdck/">Bestellen</a></li>
<li>3-MeO-PCP pellets 10 mg (10 st.) &ndash; &euro; 25 <a href="/product/3-meo-pcp/">Bestellen</a></li>
<li>Deschloroketamine (DCK) &ndash; 1 g &euro; 22 <a href="/product/dck/">Bestellen</a></li>
</ul>
<p>Betalen met iDEAL, Bitcoin of bankoverschrijving. Voor 16:00 besteld = vandaag verzonden, discreet verpakt via PostNL. Wij leveren ook naar België en Duitsland.</p>""", noise="cookie-nl")

p("e2911", "https://cetaminaja.example/produto/cetamina-50ml-frasco/", "seller", True, "pt", "product-page",
  "Cetamina 50 mg/ml Frasco 10 ml – Comprar Online | Cetamina Já",
  """<header><nav><a href="/">Início</a> <a href="/loja/">Loja</a> <a href="/categoria/cetamina/">Cetamina</a> <a href="/categoria/emagrecedores/">Emagrecedores</a> <a href="/categoria/calmantes/">Calmantes</a> <a href="/rastreio/">Rastrear pedido</a></nav></header>
<h1>Cetamina 50 mg/ml &ndash; frasco 10 ml</h1>
<p class="preco">R$ 290,00 <small>ou 3x de R$ 96,67</small> &middot; <strong>5% de desconto no Pix</strong></p>
<p>Quantidade: <select><option>1 frasco</option><option>3 frascos</option><option>5 frascos</option></select> <button>Comprar agora</button></p>
<p>Envio discreto para todo o Brasil via Correios, embalagem sem identificação. Não é necessária receita. Pagamento por Pix, boleto ou criptomoedas.</p>
<h2>Descrição</h2><p>A cetamina é um anestésico dissociativo de uso hospitalar e veterinário. Produto original, lacrado, com nota.</p>
<p>Dúvidas? Fale no WhatsApp: (11) 90000-0000</p>""", noise="cookie-pt")

p("e2912", "https://ketamine-at-home-now.example/", "seller", True, "en", "telehealth-lookalike-no-rx",
  "Ketamine Treatment at Home — No Clinic, No Waiting List | KetaHome Now",
  """<header><nav><a href="/">Home</a> <a href="/how-it-works/">How it works</a> <a href="/products/">Products</a> <a href="/reviews/">Reviews</a> <a href="/start/">Start now</a></nav></header>
<section class="hero"><h1>Searching for a ketamine clinic near you? Skip the clinic.</h1>
<p>Get ketamine troches, nasal spray or tablets delivered to your home in 3 days. No appointments, no video calls, no prescription required &ndash; just answer our short online health questionnaire.</p>
<a class="cta" href="/start/">Answer 5 questions &rarr;</a></section>
<section><h2>How it works</h2><ol><li>Complete the 2-minute questionnaire</li><li>Choose your product and dose</li><li>Pay and receive your order in discreet packaging</li></ol></section>
<section><h2>Pricing</h2>
<table><tr><th>Product</th><th>Quantity</th><th>Price</th></tr>
<tr><td>Ketamine troches 200 mg</td><td>30</td><td>$249</td></tr>
<tr><td>Ketamine nasal spray 100 mg/ml</td><td>2 bottles</td><td>$299</td></tr>
<tr><td>Ketamine tablets 50 mg</td><td>60</td><td>$279</td></tr></table>
<p>We accept Zelle, Cash App, Venmo (friends &amp; family) and Bitcoin. Orders ship same day from our overseas pharmacy partner.</p></section>
<section class="reviews"><h2>What customers say</h2><p>&ldquo;The clinic near me wanted $3,000 for six infusions. This was a fraction of the price and no judgement.&rdquo; &ndash; Kyle, TX</p></section>
<footer><p>&copy; 2026 KetaHome Now. The information on this site is not medical advice.</p></footer>""", noise="cookie")

p("e2913", "https://kingket-supplies.example/contact-us/", "seller", True, "en", "contact-page",
  "Contact Us | KingKet Supplies",
  """<nav><a href="/">Home</a> <a href="/shop/">Shop</a> <a href="/about-us/">About us</a> <a href="/faq/">FAQ</a> <a href="/contact-us/">Contact</a></nav>
<h1>Contact Us</h1>
<p>We are available 24/7. Average response time is under 2 hours.</p>
<ul><li>Telegram: @KingKetSupplies</li><li>Wickr Me: kingket</li><li>Signal: +44 7700 900123</li><li>Email: orders@kingket-supplies.example</li></ul>
<p>Minimum order is 10 g. For orders above 250 g ask for our wholesale price list. We ship worldwide with stealth packaging and full tracking.</p>
<form><input placeholder="Your name"><input placeholder="Email"><select><option>Order inquiry</option><option>Wholesale</option><option>Reshipment</option></select><textarea placeholder="Message"></textarea><button>Send</button></form>""")

p("e2914", "https://ketamina-italia.example/acquista-ketamina-online/", "seller", True, "it", "shop-landing",
  "Acquista Ketamina Online Senza Ricetta | Spedizione Anonima in Tutta Italia",
  """<nav><a href="/">Home</a> <a href="/negozio/">Negozio</a> <a href="/acquista-ketamina-online/">Ketamina</a> <a href="/spedizioni/">Spedizioni</a> <a href="/contatti/">Contatti</a></nav>
<h1>Acquista ketamina online senza ricetta</h1>
<p>La ketamina è un anestetico usato in ambito ospedaliero e veterinario. Oggi è nota anche per il trattamento della depressione resistente. Nel nostro negozio puoi ordinare ketamina di grado farmaceutico con consegna in busta anonima in 24&ndash;72 ore.</p>
<table><tr><th>Quantità</th><th>Prezzo</th></tr><tr><td>2 g</td><td>&euro; 80</td></tr><tr><td>5 g</td><td>&euro; 180</td></tr><tr><td>10 g</td><td>&euro; 330</td></tr><tr><td>Flacone 10 ml (50 mg/ml)</td><td>&euro; 70</td></tr></table>
<p>Pagamento: Bitcoin, ricarica PostePay o buoni regalo. Ordini su Telegram @ketaitalia.</p>
<p><small>Prodotti venduti esclusivamente per scopi di ricerca.</small></p>""")

# ---------------------------------------------------------------- telehealth

p("e2915", "https://nuvamind-health.example/pricing/", "telehealth", False, "en", "plans-pricing",
  "Pricing & Plans | At-Home Ketamine Therapy | Nuvamind Health",
  """<header><nav><a href="/">Home</a> <a href="/how-it-works/">How it works</a> <a href="/pricing/">Pricing</a> <a href="/our-clinicians/">Our clinicians</a> <a href="/states/">States we serve</a> <a href="/faq/">FAQ</a> <a class="btn" href="/get-started/">Get started</a> <a href="/login/">Log in</a></nav></header>
<main>
<h1>Simple, transparent pricing</h1>
<p>Every plan starts with a medical evaluation by a board-certified psychiatric clinician licensed in your state. If ketamine is not right for you, your evaluation fee is refunded.</p>
<div class="plans">
<div class="plan"><h2>Initial program</h2><p class="price">$249 <span>first month</span></p><ul><li>Psychiatric evaluation (video)</li><li>6 prescribed at-home sessions (sublingual tablets)</li><li>Medication shipped from a licensed partner pharmacy</li><li>Integration coaching and weekly check-ins</li><li>Blood pressure cuff included</li></ul><a class="btn" href="/get-started/?plan=initial">Start evaluation</a></div>
<div class="plan"><h2>Maintenance</h2><p class="price">$179 <span>per month</span></p><ul><li>Follow-up visits every 4&ndash;8 weeks</li><li>Dose adjustments by your clinician</li><li>Cancel anytime</li></ul></div>
</div>
<h2>What about Spravato?</h2>
<p>Spravato (esketamine) must be given at a certified healthcare setting under the FDA REMS program, so it can't be prescribed for use at home. Our program uses generic ketamine, prescribed off-label, taken at home with a trusted sitter present. If Spravato is a better fit, we can refer you to a certified center near you.</p>
<p class="small">Not available in all states. Ketamine is a Schedule III controlled substance; prescriptions are issued only after an evaluation, and some patients will not qualify. HSA/FSA cards accepted.</p>
</main>
<footer><p>Nuvamind Health, PC &middot; Medical services are provided by independent licensed clinicians. &middot; <a href="/privacy/">Privacy</a> &middot; <a href="/terms/">Terms</a> &middot; If you are in crisis call or text 988.</p></footer>""", noise="cookie")

p("e2916", "https://homeketamine-care.example/lp/ketamine-near-me", "telehealth", False, "en", "sponsored-snippet",
  "Ketamine Therapy From Home",
  """Sponsored
homeketamine-care.example
Ketamine Therapy From Home | Licensed Clinicians | Start Your Assessment
No clinic near you? Get evaluated online by a psychiatric provider. If prescribed, medication ships from a licensed U.S. pharmacy. HSA/FSA eligible. Available in 31 states.""", ext="txt")

p("e2917", "https://evenkeel-ketamine.example/checkout/", "telehealth", False, "en", "membership-checkout",
  "Checkout | Evenkeel",
  """<header><a href="/"><img src="/logo.svg" alt="Evenkeel"></a> <span>Secure checkout &#128274;</span></header>
<main class="checkout">
<ol class="steps"><li class="done">Eligibility</li><li class="done">Medical history</li><li class="active">Payment</li><li>Schedule your visit</li></ol>
<h1>Review your order</h1>
<table><tr><td>Initial medical evaluation with a licensed psychiatric clinician</td><td>$129.00</td></tr>
<tr><td>Program membership (billed after your clinician approves treatment)</td><td>$199.00/mo</td></tr>
<tr><td><strong>Due today</strong></td><td><strong>$129.00</strong></td></tr></table>
<p>You won't be charged for the membership or medication unless your clinician prescribes ketamine. If you're not a candidate, your evaluation fee is fully refunded.</p>
<form><label>Card number <input></label> <label>Expiry <input></label> <label>CVC <input></label> <label>ZIP <input></label>
<label><input type="checkbox"> I agree to the Terms, the Telehealth Consent and the Controlled Substance Agreement.</label>
<button>Pay $129 and schedule</button></form>
<p class="small">Medication, if prescribed, is dispensed by our partner 503A pharmacy and requires a signature on delivery. Not for emergencies &ndash; if you are in crisis, call 988.</p>
</main>""")

p("e2918", "https://ketaline-health.example/states/", "telehealth", False, "en", "state-list-nav",
  "States We Serve | Ketaline Health",
  """<header><nav><a href="/">Home</a> <a href="/treatment/">Treatment</a> <a href="/conditions/depression/">Depression</a> <a href="/conditions/anxiety/">Anxiety</a> <a href="/conditions/ptsd/">PTSD</a> <a href="/pricing/">Pricing</a> <a href="/providers/">Providers</a> <a href="/blog/">Blog</a> <a href="/get-started/">Get started</a></nav></header>
<h1>Where we offer at-home ketamine treatment</h1>
<p>Our clinicians are licensed in the states below. Select your state to see local pricing and provider availability.</p>
<ul class="states"><li><a href="/states/arizona/">Arizona</a></li><li><a href="/states/california/">California</a></li><li><a href="/states/colorado/">Colorado</a></li><li><a href="/states/connecticut/">Connecticut</a></li><li><a href="/states/florida/">Florida</a></li><li><a href="/states/georgia/">Georgia</a></li><li><a href="/states/illinois/">Illinois</a></li><li><a href="/states/maryland/">Maryland</a></li><li><a href="/states/massachusetts/">Massachusetts</a></li><li><a href="/states/michigan/">Michigan</a></li><li><a href="/states/new-jersey/">New Jersey</a></li><li><a href="/states/new-york/">New York</a></li><li><a href="/states/north-carolina/">North Carolina</a></li><li><a href="/states/ohio/">Ohio</a></li><li><a href="/states/oregon/">Oregon</a></li><li><a href="/states/pennsylvania/">Pennsylvania</a></li><li><a href="/states/texas/">Texas</a></li><li><a href="/states/virginia/">Virginia</a></li><li><a href="/states/washington/">Washington</a></li></ul>
<p>Don't see your state? <a href="/waitlist/">Join the waitlist</a>.</p>
<footer><a href="/about/">About</a> <a href="/careers/">Careers</a> <a href="/press/">Press</a> <a href="/privacy/">Privacy</a> <a href="/terms/">Terms</a> <a href="/telehealth-consent/">Telehealth consent</a><p>&copy; 2026 Ketaline Health. Clinical services provided by Ketaline Medical Group, P.A.</p></footer>""")

p("e2919", "https://calmwell-ketamine.example/blog/spravato-at-home-vs-at-home-ketamine/", "telehealth", False, "en", "provider-blog",
  "Can You Take Spravato at Home? Spravato vs. At-Home Ketamine | Calmwell",
  """<nav><a href="/">Home</a> <a href="/how-it-works/">How it works</a> <a href="/pricing/">Pricing</a> <a href="/blog/">Blog</a> <a href="/get-started/">See if you qualify</a></nav>
<article>
<h1>Can you take Spravato at home?</h1>
<p class="byline">Medically reviewed by Priya Nandakumar, PMHNP-BC &middot; Updated September 2026</p>
<p><strong>Short answer: no.</strong> Spravato (esketamine) nasal spray is only available through a restricted program. You self-administer it, but in a certified treatment center, and you stay for at least two hours while staff monitor your blood pressure and sedation. You can't take the device home, and any website offering to ship Spravato to you is not legitimate.</p>
<h2>How at-home ketamine is different</h2>
<p>Ketamine itself (not esketamine) can be prescribed off-label by a licensed clinician after an evaluation. At Calmwell, that means a video visit with a psychiatric provider, a screening for blood pressure, psychosis and substance use history, and, if appropriate, a prescription for sublingual ketamine filled by a licensed pharmacy. You need a sitter present during sessions, and you'll check in with your care team before and after.</p>
<table><tr><th></th><th>Spravato</th><th>At-home ketamine (Calmwell)</th></tr>
<tr><td>Where</td><td>Certified clinic</td><td>Your home, with a sitter</td></tr>
<tr><td>FDA status</td><td>Approved for TRD</td><td>Off-label</td></tr>
<tr><td>Insurance</td><td>Often covered</td><td>Usually out of pocket ($199&ndash;$279/mo)</td></tr></table>
<p>Not sure which is right for you? <a href="/get-started/">Take our eligibility quiz</a> and a clinician will review your answers.</p>
</article>""")

p("e2920", "https://ketaline-health.example/ketamine-therapy/ohio/columbus/", "telehealth", False, "en", "city-landing",
  "Ketamine Therapy in Columbus, OH — At-Home Treatment | Ketaline Health",
  """<nav><a href="/">Home</a> <a href="/states/">States</a> <a href="/states/ohio/">Ohio</a> <a href="/pricing/">Pricing</a> <a href="/get-started/">Get started</a></nav>
<h1>Looking for a ketamine clinic near Columbus?</h1>
<p>Ketaline Health offers prescribed, at-home ketamine treatment for adults in Columbus and across Ohio. Your care is led by an Ohio-licensed psychiatric nurse practitioner, with medication delivered by a licensed pharmacy.</p>
<ul><li>First appointment usually within 5 days</li><li>$219 first month, then $169/month</li><li>Monthly follow-ups and a care coordinator</li></ul>
<p>Prefer in-person infusions? We can share a list of IV ketamine and Spravato centers in Franklin County.</p>
<a class="btn" href="/get-started/?state=OH">Check eligibility</a>""")

p("e2921", "https://ketamed-quebec.example/fr/ketamine-a-domicile/", "telehealth", False, "fr", "provider-page",
  "Kétamine à domicile au Québec – Évaluation médicale en ligne | KétaMed",
  """<nav><a href="/fr/">Accueil</a> <a href="/fr/fonctionnement/">Fonctionnement</a> <a href="/fr/tarifs/">Tarifs</a> <a href="/fr/equipe/">Notre équipe</a> <a href="/en/">English</a></nav>
<h1>Traitement par kétamine à domicile</h1>
<p>KétaMed offre aux adultes du Québec un programme de kétamine supervisé à distance pour la dépression résistante. Chaque patient est d'abord évalué en téléconsultation par un médecin membre du Collège des médecins du Québec.</p>
<h2>Comment ça fonctionne</h2>
<ol><li>Questionnaire et dossier médical (incluant la lettre de votre médecin de famille ou psychiatre)</li><li>Évaluation vidéo de 45 minutes avec un médecin</li><li>Si le traitement est indiqué : ordonnance transmise à notre pharmacie partenaire, livraison avec signature</li><li>Séances à domicile avec un accompagnateur présent et suivi infirmier avant et après chaque séance</li></ol>
<p>Tarifs : évaluation 295 $, programme de 8 semaines 1 190 $. Le traitement n'est pas couvert par la RAMQ.</p>
<p><small>Le médecin peut refuser le traitement si celui-ci n'est pas sécuritaire pour vous.</small></p>""", noise="cookie-fr")

p("e2922", "https://evenkeel-ketamine.example/faq.txt", "telehealth", False, "en", "faq-text",
  "Evenkeel FAQ",
  """Evenkeel — Frequently asked questions

Is this the same as Spravato?
No. Spravato is a brand-name esketamine nasal spray that can only be used in a certified clinic. Our clinicians prescribe generic ketamine for use at home when it is medically appropriate.

Do I need a prescription?
Yes — and we provide the evaluation. A licensed psychiatric clinician reviews your history, meets you by video and decides whether ketamine is safe for you. About one in five applicants is not approved.

How does the medication arrive?
Your prescription is sent to a licensed partner pharmacy in your state, which ships it in tamper-evident packaging. An adult must sign for it.

What does it cost?
$129 for the initial evaluation, then $199 per month while you are in the program. Medication is included.

Can I cancel?
Yes, any time before your next billing date from your account page.""", ext="txt")

p("e2923", "https://mentecetamina.example/tratamento-online/", "telehealth", False, "pt", "provider-page",
  "Tratamento com cetamina com acompanhamento online | Mente Cetamina",
  """<nav><a href="/">Início</a> <a href="/tratamento-online/">Tratamento online</a> <a href="/equipe/">Equipe médica</a> <a href="/valores/">Valores</a> <a href="/agendar/">Agendar</a></nav>
<h1>Cetamina sublingual com acompanhamento por telemedicina</h1>
<p>Programa para adultos com depressão resistente, conduzido por psiquiatras com CRM ativo e registro de especialista (RQE). A primeira consulta é por vídeo; exames e avaliação de segurança são obrigatórios antes da prescrição.</p>
<ul><li>Teleconsulta inicial com psiquiatra: R$ 650</li><li>Acompanhamento mensal: R$ 890</li><li>Receita de controle especial enviada à farmácia de manipulação parceira, com entrega mediante assinatura</li><li>Sessões em casa com um acompanhante adulto e contato da equipe de enfermagem</li></ul>
<p>A escetamina em spray nasal (Spravato) só pode ser aplicada em clínica; se for o seu caso, indicamos um centro parceiro.</p>
<a class="btn" href="/agendar/">Agendar avaliação</a>""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics

p("e2924", "https://lonestar-infusions.example/austin-ketamine-clinic/", "clinic", False, "en", "city-clinic-prices",
  "Ketamine Clinic Austin, TX | IV Ketamine Infusions | Lone Star Infusions",
  """<div class="topbar">&#128222; (512) 555-0199 &middot; 4100 Medical Pkwy, Suite 210, Austin, TX 78756 &middot; Mon&ndash;Fri 8am&ndash;6pm, Sat 9am&ndash;1pm</div>
<header><nav><a href="/">Home</a> <a href="/conditions/">Conditions</a> <a href="/ketamine-infusions/">Ketamine Infusions</a> <a href="/spravato/">Spravato</a> <a href="/pricing/">Pricing</a> <a href="/our-team/">Our Team</a> <a href="/gift-cards/">Gift Cards</a> <a href="/contact/">Contact</a> <a class="btn" href="/book/">Book a consultation</a></nav></header>
<main>
<h1>Ketamine clinic in Austin, Texas</h1>
<p>Lone Star Infusions provides IV ketamine infusions for treatment-resistant depression, PTSD, anxiety and chronic pain in a calm, private setting. Every infusion is supervised by a board-certified anesthesiologist or CRNA with continuous monitoring of heart rate, blood pressure and oxygen saturation.</p>
<h2>Same-week appointments</h2>
<p>Book a free 15-minute phone consultation. We'll review your history and coordinate with your psychiatrist or primary care provider, who remains part of your care team.</p>
<h2>Pricing</h2>
<table class="prices"><tr><th>Service</th><th>Price</th></tr>
<tr><td>Initial medical consultation</td><td>$150</td></tr>
<tr><td>Single IV infusion (depression, 40 min)</td><td>$475</td></tr>
<tr><td>Induction series &ndash; 6 infusions over 3 weeks</td><td>$2,550</td></tr>
<tr><td>Booster infusion</td><td>$450</td></tr>
<tr><td>Chronic pain infusion (up to 4 h)</td><td>$800</td></tr></table>
<p>Financing available through CareCredit. We provide superbills for out-of-network reimbursement. Spravato is billed to insurance.</p>
<h2>Give the gift of wellness</h2><p>Gift cards in any amount, usable toward consultations and infusions. <a href="/gift-cards/">Buy a gift card</a></p>
<h2>Reviews</h2><p>&#9733;&#9733;&#9733;&#9733;&#9733; 4.9 on Google (186 reviews)</p>
<p>&ldquo;The staff made me feel safe from the first call. After my fourth infusion I noticed I was getting up in the morning again.&rdquo; &ndash; J.M.</p>
</main>
<footer><p>&copy; 2026 Lone Star Infusions, PLLC &middot; <a href="/privacy/">Privacy</a> &middot; <a href="/nondiscrimination/">Nondiscrimination notice</a> &middot; If you are in crisis, call 988.</p></footer>""", noise="cookie")

p("e2925", "https://harborketamine.example/", "clinic", False, "en", "local-pack-snippet",
  "Harbor Ketamine & Wellness",
  """Harbor Ketamine & Wellness
4.8 ★★★★★ (212) · Mental health clinic · 1.2 mi
220 Waterfront Dr Ste 3 · Open ⋅ Closes 6 PM · (410) 555-0132
"IV ketamine infusions and Spravato treatment for depression and PTSD"
Website · Directions · Book online""", ext="txt")

p("e2926", "https://brightpath-psychiatry.example/spravato/", "clinic", False, "en", "rems-centre-page",
  "Spravato (Esketamine) Treatment | BrightPath Psychiatry — Certified Treatment Center",
  """<nav><a href="/">Home</a> <a href="/services/">Services</a> <a href="/spravato/">Spravato</a> <a href="/tms/">TMS</a> <a href="/medication-management/">Medication management</a> <a href="/insurance/">Insurance</a> <a href="/locations/">Locations</a> <a href="/contact/">Contact</a></nav>
<h1>Spravato&reg; treatment at BrightPath Psychiatry</h1>
<p>BrightPath is a certified Spravato&reg; REMS treatment center with offices in Plano and Frisco.</p>
<h2>Can I use Spravato at home?</h2>
<p>We get this question every week. Spravato is self-administered under the direct observation of our staff in the office, and patients remain with us for at least two hours afterwards. The devices are stored and disposed of on site. You will need someone to drive you home; you should not drive until the next day.</p>
<h2>What a treatment day looks like</h2>
<ol><li>Check-in and blood pressure reading</li><li>Three nasal devices, five minutes apart (56 or 84 mg)</li><li>Rest in a private recliner room with monitoring</li><li>Discharge once the clinician confirms you are ready</li></ol>
<h2>Insurance</h2>
<p>Most commercial plans, Medicare and TRICARE cover Spravato with prior authorization. Our benefits team handles the paperwork. The Spravato withMe program may reduce your copay.</p>
<p>Call (972) 555-0170 or <a href="/contact/">request an appointment</a>.</p>""")

p("e2927", "https://clinicaketamina-madrid.example/tratamientos/infusion-ketamina/", "clinic", False, "es", "clinic-prices",
  "Clínica de ketamina en Madrid | Infusiones intravenosas para la depresión",
  """<header><nav><a href="/">Inicio</a> <a href="/tratamientos/">Tratamientos</a> <a href="/equipo/">Equipo médico</a> <a href="/precios/">Precios</a> <a href="/contacto/">Contacto</a> <a class="btn" href="/cita/">Pedir cita</a></nav></header>
<h1>Infusión de ketamina en Madrid</h1>
<p>En nuestra clínica de la calle Príncipe de Vergara realizamos infusiones intravenosas de ketamina para la depresión resistente, siempre tras una valoración por un psiquiatra del equipo. Cada sesión dura unos 40 minutos y se realiza con monitorización continua por un anestesiólogo.</p>
<h2>Precios</h2>
<ul><li>Primera consulta de psiquiatría: 180 &euro;</li><li>Sesión de infusión: 420 &euro;</li><li>Ciclo de 6 sesiones: 2.300 &euro;</li></ul>
<p>Aceptamos reembolso de algunas aseguradoras privadas. Centro sanitario autorizado por la Comunidad de Madrid (n.º CS12345).</p>
<p>¿Buscas una clínica de ketamina cerca de ti? Atendemos a pacientes de toda España; consulta las opciones de alojamiento cercanas en <a href="/pacientes-de-fuera/">pacientes de fuera de Madrid</a>.</p>
<footer>Tel. 91 000 00 00 &middot; L&ndash;V 9:00&ndash;20:00 &middot; <a href="/privacidad/">Política de privacidad</a></footer>""", noise="cookie-es")

p("e2928", "https://praxis-ketamin-berlin.example/leistungen/ketamin-infusion/", "clinic", False, "de", "private-practice",
  "Ketamin-Infusionstherapie in Berlin | Privatpraxis für Psychiatrie Dr. med. Lenz",
  """<nav><a href="/">Start</a> <a href="/praxis/">Praxis</a> <a href="/leistungen/">Leistungen</a> <a href="/leistungen/esketamin/">Esketamin</a> <a href="/kosten/">Kosten</a> <a href="/kontakt/">Kontakt &amp; Anfahrt</a></nav>
<h1>Ketamin-Infusionen bei therapieresistenter Depression</h1>
<p>In unserer Privatpraxis in Berlin-Charlottenburg bieten wir intravenöse Ketamin-Behandlungen im Rahmen eines ärztlich begleiteten Therapiekonzepts an. Voraussetzung ist ein ausführliches Vorgespräch mit Diagnostik.</p>
<h2>Ablauf</h2><p>Sechs Infusionen über drei Wochen, jeweils ca. 40 Minuten mit anschließender Nachbeobachtung. Blutdruck und Sauerstoffsättigung werden durchgehend überwacht. Sie dürfen am Behandlungstag nicht selbst Auto fahren.</p>
<h2>Kosten</h2><p>Die Abrechnung erfolgt nach GOÄ. Eine Infusion kostet ca. 350&ndash;400 &euro;. Private Krankenversicherungen erstatten die Kosten häufig; gesetzlich Versicherte zahlen selbst. Esketamin-Nasenspray (Spravato) bieten wir zusätzlich als Kassenleistung an.</p>
<p>Terminvereinbarung: 030 0000000 (Mo&ndash;Do 9&ndash;16 Uhr)</p>""", noise="cookie-de")

p("e2929", "https://chu-exemple.example/services/psychiatrie/esketamine-spravato", "clinic", False, "fr", "hospital-department",
  "Traitement par eskétamine (Spravato) – Pôle de psychiatrie – CHU",
  """<header><nav><a href="/">Accueil</a> <a href="/patients/">Patients et visiteurs</a> <a href="/services/">Services de soins</a> <a href="/recherche/">Recherche</a> <a href="/recrutement/">Recrutement</a></nav></header>
<div class="fil">Accueil &gt; Services de soins &gt; Psychiatrie adulte &gt; Eskétamine</div>
<h1>Unité de traitement de la dépression résistante : eskétamine en spray nasal</h1>
<p>L'unité accueille en hôpital de jour les patients adressés par leur psychiatre pour un traitement par eskétamine (Spravato&reg;). Le spray est administré par le patient sous la surveillance d'un infirmier, suivi d'une surveillance d'au moins deux heures. Le traitement ne peut pas être délivré en pharmacie de ville ni utilisé à domicile.</p>
<p><strong>Adressage :</strong> courrier du psychiatre traitant + compte rendu des traitements antérieurs, à envoyer au secrétariat.</p>
<p>Secrétariat : 03 00 00 00 00 &ndash; du lundi au vendredi, 9 h &ndash; 16 h 30. Bâtiment C, 2e étage.</p>""", noise="cookie-fr")

p("e2930", "https://ziekenhuis-rivierland.example/afdelingen/psychiatrie/ketaminebehandeling", "clinic", False, "nl", "hospital-outpatient",
  "Ketaminebehandeling bij depressie | Psychiatrie | Ziekenhuis Rivierland",
  """<nav><a href="/">Home</a> <a href="/patienten/">Patiënten</a> <a href="/afdelingen/">Afdelingen</a> <a href="/afdelingen/psychiatrie/">Psychiatrie</a> <a href="/werken-bij/">Werken bij</a></nav>
<h1>Ketaminebehandeling bij depressie</h1>
<p>Heeft u een depressie waarbij meerdere behandelingen niet hebben geholpen? Dan kan uw psychiater u verwijzen naar onze polikliniek voor behandeling met esketamine-neusspray of ketamine via een infuus.</p>
<p>U krijgt de behandeling op de dagbehandeling, twee keer per week gedurende vier weken. Na toediening blijft u minimaal twee uur onder toezicht van een verpleegkundige. U mag daarna niet zelf autorijden.</p>
<p>Esketamine wordt vergoed vanuit het basispakket na goedkeuring; houd rekening met uw eigen risico. Een verwijzing van uw psychiater is nodig.</p>
<p>Contact: polikliniek psychiatrie, 088 000 0000 (werkdagen 8.30&ndash;16.30 uur).</p>""", noise="cookie-nl")

p("e2931", "https://centroketamina-milano.example/", "clinic", False, "it", "clinic-home",
  "Centro Ketamina Milano – Terapia con ketamina ed esketamina per la depressione resistente",
  """<nav><a href="/">Home</a> <a href="/chi-siamo/">Chi siamo</a> <a href="/terapie/">Terapie</a> <a href="/costi/">Costi</a> <a href="/prenota/">Prenota una visita</a></nav>
<h1>Centro Ketamina Milano</h1>
<p>Struttura sanitaria autorizzata dove psichiatri e anestesisti lavorano insieme per offrire la terapia con ketamina endovena e con esketamina spray nasale a pazienti con depressione resistente.</p>
<p>Prima visita psichiatrica: &euro; 200. Singola infusione: &euro; 380. Le sedute si svolgono in ambulatorio con monitoraggio continuo e durano circa due ore compreso il periodo di osservazione.</p>
<p>Via Example 12, 20100 Milano &middot; Tel. 02 0000 0000 &middot; <a href="/prenota/">Prenota online</a></p>""")

# ---------------------------------------------------------------- informational

p("e2932", "https://tri-county-ledger.example/news/2026/10/ketamine-website-operator-sentenced", "informational", False, "en", "court-report",
  "Operator of online ketamine shop sentenced to 6 years | Tri-County Ledger",
  """<header><nav><a href="/">Home</a> <a href="/news/">News</a> <a href="/news/crime/">Crime &amp; Courts</a> <a href="/sports/">Sports</a> <a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> <a href="/subscribe/">Subscribe</a></nav></header>
<article>
<h1>Operator of online ketamine shop sentenced to six years</h1>
<p class="byline">By Renee Castillo &middot; Oct. 22, 2026</p>
<p>A 34-year-old man who ran a website advertising &ldquo;pharmaceutical grade ketamine without prescription&rdquo; was sentenced Tuesday in federal court to six years in prison.</p>
<p>According to the plea agreement, the site sold ketamine crystal for $30 to $45 a gram and 10 ml vials for about $90, and told buyers to pay with Bitcoin, Zelle or gift cards. Orders were placed through Telegram, and packages were shipped from a rented storage unit in vacuum-sealed bags labeled as phone accessories.</p>
<p>Investigators said the site also advertised &ldquo;Spravato home kits&rdquo; that were in fact unlabeled nasal spray bottles. Lab testing of seized bottles found ketamine at inconsistent concentrations.</p>
<p>&ldquo;People searching for help with depression were being steered toward an unregulated product,&rdquo; the assistant U.S. attorney said in court. The judge also ordered forfeiture of about $410,000 in cryptocurrency.</p>
<p>Ketamine is a Schedule III controlled substance. Esketamine, sold as Spravato, is available only through certified treatment centers.</p>
</article>
<aside><h3>Most read</h3><ul><li>School board approves new calendar</li><li>Route 9 bridge closure extended</li><li>High school football: playoff preview</li></ul></aside>""", noise="cookie")

p("e2933", "https://mindcarereviews.example/best-online-ketamine-clinics/", "informational", False, "en", "affiliate-listicle",
  "Best Online Ketamine Clinics of 2026: Prices, Pros & Cons Compared",
  """<nav><a href="/">Home</a> <a href="/mental-health/">Mental Health</a> <a href="/therapy/">Online Therapy</a> <a href="/ketamine/">Ketamine</a> <a href="/about/">About us</a></nav>
<p class="disclosure">We may earn a commission when you buy through links on our site. Our editors choose products independently.</p>
<h1>Best online ketamine clinics of 2026</h1>
<p class="byline">By the MindCare Reviews editorial team &middot; Medically reviewed by a licensed psychiatrist &middot; Updated Nov 2026</p>
<p>We tested 11 at-home ketamine services, completed intake at each, and compared price, clinician access and safety practices.</p>
<h2>1. Nuvamind Health &ndash; Best overall</h2><p>Price: $249 first month, $179/month after. Pros: board-certified prescribers, refund if not approved. Cons: not available in 19 states. <a href="/go/nuvamind">Visit site</a></p>
<h2>2. Evenkeel &ndash; Best for follow-up care</h2><p>Price: $129 evaluation + $199/month. Pros: weekly check-ins. Cons: sublingual only. <a href="/go/evenkeel">Visit site</a></p>
<h2>3. Calmwell &ndash; Best for budget</h2><p>Price: from $199/month. <a href="/go/calmwell">Visit site</a></p>
<h2>Red flags: sites we didn't include</h2><p>Avoid any website that will &ldquo;buy ketamine online&rdquo; for you without a video evaluation, sells ketamine by the gram, asks for crypto or gift cards, or offers Spravato for home use. These are not clinics.</p>""", noise="cookie")

p("e2934", "https://drugsafety.gov.example/consumers/warnings/online-ketamine-and-esketamine", "informational", False, "en", "regulator-warning",
  "Warning: Ketamine and Esketamine Sold Online Without a Prescription | Drug Safety",
  """<div class="govbanner">An official website of the United States government</div>
<nav><a href="/">Home</a> <a href="/consumers/">For Consumers</a> <a href="/consumers/warnings/">Warnings</a> <a href="/besaferx/">Buying medicine online safely</a></nav>
<h1>Ketamine and esketamine sold online without a prescription</h1>
<p>We are aware of websites that offer ketamine products and &ldquo;Spravato&rdquo; nasal sprays for home use without a valid prescription. Spravato is approved only for use in certified health care settings under a Risk Evaluation and Mitigation Strategy (REMS), and is not dispensed to patients to take home. Products sold online may be counterfeit, contaminated or contain the wrong dose.</p>
<h2>Signs of an unsafe online pharmacy</h2>
<ul><li>Does not require a valid prescription, or only a short questionnaire</li><li>Ships controlled substances worldwide or &ldquo;discreetly&rdquo;</li><li>Accepts only cryptocurrency, wire transfers or gift cards</li><li>Is not licensed by the state board of pharmacy where you live</li></ul>
<p>Report suspicious websites using our online form. If you have had a bad reaction, talk to your health care provider.</p>""")

p("e2935", "https://forum-r.example/r/TherapeuticKetamine/comments/1q2w3e/has_anyone_bought_ketamine_online/", "informational", False, "en", "forum-snippet",
  "has anyone bought ketamine online?",
  """r/TherapeuticKetamine · 312+ comments · 1 yr ago
Has anyone bought ketamine online? The clinic near me is $600 per infusion... — Don't. Every "no prescription" site I found wanted Bitcoin or Zelle and two people in this sub got scammed. Look at the telehealth options (they actually evaluate you) or ask your insurer about Spravato.""", ext="txt")

p("e2936", "https://drugcheck-collective.example/guides/ketamine-bought-online", "informational", False, "en", "harm-reduction",
  "Bought ketamine online? Read this first | DrugCheck Collective",
  """<nav><a href="/">Home</a> <a href="/drug-checking/">Drug checking</a> <a href="/guides/">Guides</a> <a href="/test-kits/">Test kits</a> <a href="/donate/">Donate</a></nav>
<h1>Bought ketamine online? Read this first</h1>
<p>We don't judge, and we don't sell drugs. This guide is for people who already have ketamine from a website, a vendor or a friend.</p>
<h2>Get it tested</h2>
<p>Online &ldquo;ketamine&rdquo; has turned out to be 2-FDCK, deschloroketamine, PCP analogues, and in some cases mixtures with cathinones. Our free mail-in service can tell you what is in your sample in about a week. Reagent tests (Mandelin, Morris) give a first indication.</p>
<h2>If you use</h2>
<ul><li>Start with a very small amount, especially from a new source</li><li>Don't mix with alcohol, GHB, opioids or benzodiazepines</li><li>Use with someone sober nearby, sitting or lying down, away from water</li><li>Frequent use can damage your bladder &ndash; seek help if it hurts to pee</li></ul>
<p>Looking for ketamine treatment for depression? Talk to a doctor: clinics and licensed telehealth providers evaluate you and monitor doses.</p>""")

p("e2937", "https://nordkurier-news.example/region/zoll-ketamin-pakete-onlineshop", "informational", False, "de", "customs-news",
  "Zoll stellt 40 Ketamin-Päckchen sicher – Betreiber eines Onlineshops angeklagt",
  """<nav><a href="/">Startseite</a> <a href="/region/">Region</a> <a href="/politik/">Politik</a> <a href="/sport/">Sport</a> <a href="/abo/">Abo</a></nav>
<article><h1>Zoll stellt 40 Ketamin-Päckchen sicher</h1>
<p class="dach">Onlinehandel mit Narkosemittel</p>
<p>Das Hauptzollamt hat bei einer Kontrolle im Paketzentrum 40 Sendungen mit insgesamt rund 1,2 Kilogramm Ketamin sichergestellt. Die Staatsanwaltschaft hat nun Anklage gegen einen 29-Jährigen erhoben, der über einen Onlineshop Ketamin &bdquo;rezeptfrei&ldquo; angeboten haben soll.</p>
<p>Laut Anklage verlangte der Shop zwischen 26 und 35 Euro pro Gramm, bezahlt wurde per Bitcoin oder Paysafecard. Die Ware sei als &bdquo;Badesalz&ldquo; deklariert verschickt worden. Ermittler warnen: Ketamin unterliegt dem Betäubungsmittelgesetz, wer es ohne Verschreibung kauft, macht sich strafbar.</p>
<p>Für Patientinnen und Patienten mit therapieresistenter Depression gibt es Esketamin-Nasenspray, das nur unter ärztlicher Aufsicht in einer Praxis oder Klinik angewendet wird.</p></article>""", noise="cookie-de")

p("e2938", "https://abogados-salud.example/blog/es-legal-comprar-ketamina-online-espana", "informational", False, "es", "law-firm-qa",
  "¿Es legal comprar ketamina online en España? | Abogados Salud & Derecho",
  """<nav><a href="/">Inicio</a> <a href="/areas/derecho-penal/">Derecho penal</a> <a href="/areas/derecho-sanitario/">Derecho sanitario</a> <a href="/blog/">Blog</a> <a href="/contacto/">Consulta gratuita</a></nav>
<article><h1>¿Es legal comprar ketamina online en España?</h1>
<p>No. La ketamina es un medicamento sujeto a prescripción médica y a control como sustancia psicotrópica. Solo puede dispensarse en farmacias o centros sanitarios con receta. Las webs que anuncian &laquo;ketamina sin receta&raquo; con envío discreto operan fuera de la ley.</p>
<p>Quien compra para consumo propio se expone a una sanción administrativa (la Ley Orgánica 4/2015 prevé multas desde 601 &euro;) y, si la cantidad es elevada, a una investigación por tráfico. Quien vende puede enfrentarse a penas de prisión según el artículo 368 del Código Penal.</p>
<p>Si necesita tratamiento, la esketamina (Spravato) se administra en hospitales y centros autorizados. Si ha recibido una notificación o un paquete ha sido intervenido en aduanas, puede solicitar una <a href="/contacto/">consulta gratuita</a>.</p></article>""", noise="cookie-es")

p("e2939", "https://ketaminefinder.example/ketamine-clinics/co/denver/", "informational", False, "en", "clinic-directory",
  "Ketamine Clinics Near Denver, CO (14 Providers, Prices Updated 2026) | KetamineFinder",
  """<nav><a href="/">Home</a> <a href="/ketamine-clinics/">Find a clinic</a> <a href="/spravato-centers/">Spravato centers</a> <a href="/at-home/">At-home providers</a> <a href="/list-your-clinic/">List your clinic</a></nav>
<h1>Ketamine clinics near Denver, Colorado</h1>
<p>14 providers within 25 miles &middot; Sort by: <a href="?sort=distance">Distance</a> | <a href="?sort=price">Price</a> | <a href="?sort=rating">Rating</a></p>
<div class="listing"><h2>Front Range Ketamine Center</h2><p>IV infusions &middot; Spravato &middot; 2.1 mi &middot; From $425/infusion &middot; &#9733; 4.7 (98)</p></div>
<div class="listing sponsored"><span>Featured</span><h2>Mile High Infusion Therapy</h2><p>IV &amp; IM &middot; KAP &middot; 3.4 mi &middot; From $395/infusion &middot; &#9733; 4.9 (140)</p></div>
<div class="listing"><h2>Cherry Creek Psychiatry &ndash; Spravato Center</h2><p>Spravato (insurance) &middot; 4.0 mi &middot; &#9733; 4.6 (51)</p></div>
<div class="listing"><h2>Aurora Mind &amp; Body Ketamine</h2><p>IV infusions &middot; 8.8 mi &middot; From $450/infusion</p></div>
<p><a href="?page=2">Next page &rarr;</a></p>
<p class="small">KetamineFinder is a directory and does not provide medical care. Listings are provided by clinics and are not endorsements.</p>""")

p("e2940", "https://meridian-compounding.example/ketamine-prescriptions/", "informational", False, "en", "compounding-pharmacy",
  "Ketamine Compounding | Meridian Compounding Pharmacy",
  """<nav><a href="/">Home</a> <a href="/services/">Services</a> <a href="/prescribers/">For prescribers</a> <a href="/patients/">For patients</a> <a href="/transfer/">Transfer a prescription</a> <a href="/contact/">Contact</a></nav>
<h1>Ketamine compounding</h1>
<p>Meridian is a licensed 503A compounding pharmacy. We prepare ketamine rapid-dissolve tablets, troches and nasal solutions <strong>only on a valid prescription</strong> from a licensed practitioner, and we ship to patients in the states where we hold a pharmacy license.</p>
<h2>Patients</h2>
<p>We cannot sell ketamine without a prescription and we do not accept prescriptions from online questionnaires. If your prescriber sends us a prescription, we will call you to confirm your identity and address; deliveries require an adult signature. Typical cash price: $90&ndash;$160 for a 30-day supply, depending on strength.</p>
<h2>Prescribers</h2>
<p>E-prescribe (EPCS) to Meridian Compounding Pharmacy, NPI 0000000000. DEA registration and state license on file. Call our pharmacists at (800) 555-0107.</p>
<p class="small">Compounded drugs are not FDA-approved. State Board of Pharmacy license #PH-000000.</p>""")

save(OUT, R)
