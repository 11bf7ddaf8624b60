# Batch 98 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "A week of search results". The pages a crawler fetches for searches people really type:
# "ketamine clinic near me", "spravato cost", "buy ketamine online", "ketamine for depression at home",
# "ketamina precio", "Ketamin kaufen", "kétamine dépression", "ketamine therapie", "cetamina comprar",
# "esketamina". Clinic home, service and price pages; telehealth landing, how-it-works and pricing
# pages; news, explainers, government and harm-reduction pages, forum threads, a directory; and the
# shops, classifieds, social posts, fake telehealth and doorway pages that sell the drug.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 4, de 3, fr 3, nl 2, pt 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), medium pages, short
# pages, one bot-check wall decided by its URL, and five 1-3 sentence plain-text snippets (social bio,
# classified, telehealth FAQ answer, KAP practice blurb, encyclopaedia lead).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch98.py (writes batch98/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch98")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

# search: "buy ketamine online"
p("h9801", "https://kpharm-direct.example/product/ketamine-hcl-crystal", "seller", True, "en",
  "shop-product-page-long", "Buy Ketamine Online - Ketamine HCl Crystal 99.7% | KPharm Direct", """
<header>
<div class="promo-strip">&#9889; Summer deal: 12% OFF all orders paid in Bitcoin or Monero &middot; FREE reship if seized</div>
<a class="logo" href="/">KPharm<b>Direct</b></a>
<form class="search" action="/search"><input name="q" placeholder="Search products..."><button>Go</button></form>
<nav>
<a href="/">Home</a> <a href="/category/dissociatives">Dissociatives</a> <a href="/category/nasal-sprays">Nasal Sprays</a>
<a href="/category/pain-relief">Pain Relief</a> <a href="/shipping">Shipping</a> <a href="/faq">FAQ</a> <a href="/contact">Contact</a>
<a href="/cart" class="cart">Cart (0) &ndash; $0.00</a>
</nav>
</header>
<main>
<p class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/category/dissociatives">Dissociatives</a> &rsaquo; Ketamine HCl Crystal</p>
<section class="product">
<img src="/uploads/2026/04/ket-crystal-shards.jpg" alt="ketamine crystal shards">
<h1>Ketamine HCl Crystal (99.7% pure)</h1>
<div class="rating">&#9733;&#9733;&#9733;&#9733;&#9734; 4.8 (312 customer reviews)</div>
<p class="price">$95.00 &ndash; $1,650.00</p>
<p>Pharmaceutical grade ketamine hydrochloride, shard form. Lab tested every batch. Our ketamine is sourced from
the same manufacturers that supply hospitals &ndash; no cuts, no fillers. <strong>No prescription required</strong>,
no doctors visit, no awkward questions.</p>
<table class="variations">
<tr><th>Quantity</th><th>Price</th><th>Per gram</th></tr>
<tr><td>3 g</td><td>$95</td><td>$31.67</td></tr>
<tr><td>7 g</td><td>$190</td><td>$27.14</td></tr>
<tr><td>14 g</td><td>$340</td><td>$24.29</td></tr>
<tr><td>28 g</td><td>$590</td><td>$21.07</td></tr>
<tr><td>100 g</td><td>$1,650</td><td>$16.50</td></tr>
</table>
<label>Quantity <select name="attribute_qty"><option>3 g</option><option>7 g</option><option>14 g</option><option>28 g</option><option>100 g</option></select></label>
<button class="single_add_to_cart_button">Add to cart</button>
<ul class="usp">
<li>&#10004; Stealth vacuum-sealed packaging, no names or logos</li>
<li>&#10004; Domestic USA shipping 2-4 days, international 7-14 days</li>
<li>&#10004; 100% reship guarantee if your package is lost or seized by customs</li>
<li>&#10004; Pay with BTC, XMR, USDT, Zelle or Cash App</li>
</ul>
</section>
<section class="tabs">
<h2>Description</h2>
<p>Ketamine is a dissociative anesthetic that more and more people use for depression, anxiety and PTSD. Clinics
charge $500 or more per session &ndash; why pay that when you can buy ketamine online and use it in the comfort of
your home? Many of our customers start with 3 g to find their dose.</p>
<h2>Reviews (312)</h2>
<div class="review"><b>Jace_T</b> &ndash; &#9733;&#9733;&#9733;&#9733;&#9733; &quot;Arrived in 3 days to Ohio, stealth was on point. Clean product, will reorder.&quot;</div>
<div class="review"><b>mariah.k</b> &ndash; &#9733;&#9733;&#9733;&#9733;&#9733; &quot;first time ordering online was nervous but support on telegram walked me thru the btc payment&quot;</div>
<div class="review"><b>Dan (UK)</b> &ndash; &#9733;&#9733;&#9733;&#9733;&#9734; &quot;Took 11 days to London but it came. Good crystal.&quot;</div>
</section>
<section class="related">
<h2>Related products</h2>
<ul>
<li><a href="/product/esketamine-nasal-spray-28mg">Esketamine Nasal Spray 28 mg (Spravato generic)</a> &ndash; $220</li>
<li><a href="/product/ketamine-liquid-vials-10ml">Ketamine Liquid 10 ml vials (500 mg/10 ml)</a> &ndash; $75</li>
<li><a href="/product/2-fdck-powder">2-FDCK powder</a> &ndash; $60/g</li>
</ul>
</section>
</main>
<aside class="sidebar">
<h3>Order on Telegram</h3>
<p>Prefer to chat? Message <b>@kpharmdirect_support</b> for bulk prices and payment help.</p>
<h3>Payment methods</h3>
<p>Bitcoin &middot; Monero &middot; USDT (TRC20) &middot; Zelle &middot; Cash App</p>
</aside>
<footer>
<p><a href="/about">About us</a> | <a href="/shipping">Shipping &amp; reship policy</a> | <a href="/refund">Refunds</a> | <a href="/privacy">Privacy</a></p>
<p>&copy; 2026 KPharm Direct. All products are shipped discreetly worldwide.</p>
</footer>
""", noise="cookie")

# search: "ketamine for depression at home" -> affiliate doorway
p("h9802", "https://athome-relief-guide.example/ketamine-for-depression-at-home", "seller", True, "en",
  "affiliate-doorway-article", "Ketamine for Depression at Home: The Honest 2026 Guide", """
<div class="site-title"><a href="/">At-Home Relief Guide</a> <span>Real answers for people who are tired of waiting</span></div>
<nav><a href="/">Home</a> <a href="/reviews">Reviews</a> <a href="/guides">Guides</a> <a href="/about">About</a></nav>
<article>
<h1>Ketamine for Depression at Home: The Honest 2026 Guide</h1>
<p class="byline">By Kyle Brennan &middot; Updated November 28, 2026 &middot; 9 min read</p>
<p class="disclosure"><small>Disclosure: we may earn a commission when you buy through links on this page.</small></p>
<p>If you've tried three antidepressants and still feel like you're underwater, you've probably heard about ketamine.
The clinics are great if you have $4,000 and a free afternoon every week. Most of us don't.</p>
<h2>Do you really need a clinic?</h2>
<p>Honestly? Not in our experience. Clinics insist on psych evaluations, blood pressure checks, waiting lists and
insurance paperwork. The at-home telehealth apps are a bit better but they still make you do a video call and they
turn a lot of people down.</p>
<p>That's why we started recommending <a href="https://ketadirect-shop.example/?ref=ahrg">KetaDirect</a>. You pick your
product, pay, and it shows up at your door in a plain envelope. <strong>No prescription, no video call, no
questions.</strong></p>
<div class="cta-box">
<h3>Our #1 pick: KetaDirect</h3>
<ul>
<li>Ketamine troches, nasal spray and crystal</li>
<li>Ships to all 50 states &amp; Canada in discreet packaging</li>
<li>Pays in crypto get an extra 10% off</li>
</ul>
<p>Use code <b>RELIEF15</b> for 15% off your first order</p>
<a class="button" href="https://ketadirect-shop.example/?ref=ahrg&amp;utm_source=guide">Visit KetaDirect &rarr;</a>
</div>
<h2>How much should I take?</h2>
<p>Most people start low, around 50-100 mg of a troche, and work up. KetaDirect has a dosing chart on their site
and their support will help you on Telegram.</p>
<h2>Other vendors we tested</h2>
<ol>
<li><a href="https://ketadirect-shop.example/?ref=ahrg">KetaDirect</a> &ndash; 9.6/10, fastest shipping</li>
<li><a href="https://k-spray-store.example/?aff=ahrg">K-Spray Store</a> &ndash; 8.9/10, good for nasal spray</li>
<li>CalmRoute &ndash; 8.1/10, quick &quot;questionnaire&quot; approval, a bit pricier</li>
</ol>
<p><em>This article is not medical advice.</em></p>
</article>
<footer><p>&copy; 2026 At-Home Relief Guide &middot; <a href="/privacy">Privacy</a> &middot; <a href="/affiliate-disclosure">Affiliate disclosure</a></p></footer>
""")

# search: "ketamine for depression at home" -> fake telehealth, questionnaire only
p("h9803", "https://calmroute-health.example/pricing", "seller", True, "en",
  "fake-telehealth-pricing-questionnaire-only", "Pricing | CalmRoute - Ketamine delivered, no appointments", """
<header><a href="/" class="logo">CalmRoute</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing" class="active">Pricing</a> <a href="/reviews">Reviews</a> <a href="/start" class="btn">Get started</a></nav></header>
<main>
<h1>Simple pricing. No appointments. No waiting rooms.</h1>
<p class="lead">Skip the video call. Answer a 3-minute questionnaire and our automated review approves most people
the same day &mdash; your ketamine ships within 24 hours.</p>
<div class="plans">
<div class="plan"><h2>Starter</h2><p class="price">$149</p><p>10 ketamine troches (100 mg)</p><ul><li>Instant questionnaire approval</li><li>Discreet shipping</li></ul><a href="/checkout?plan=starter" class="btn">Buy now</a></div>
<div class="plan featured"><h2>Monthly</h2><p class="price">$239</p><p>30 troches (150 mg) + nasal spray bottle</p><ul><li>98% approval rate</li><li>Auto-refill, cancel anytime</li><li>Priority overnight shipping</li></ul><a href="/checkout?plan=monthly" class="btn">Buy now</a></div>
<div class="plan"><h2>Bulk</h2><p class="price">$590</p><p>90 troches (200 mg)</p><ul><li>No questionnaire for returning customers</li><li>Ships outside the US</li></ul><a href="/checkout?plan=bulk" class="btn">Buy now</a></div>
</div>
<section class="faq">
<h2>Questions</h2>
<h3>Will I talk to a doctor?</h3>
<p>No. That's the point! Our questionnaire is reviewed automatically. If you want to chat with someone our support team is on WhatsApp.</p>
<h3>Can I order for a friend?</h3>
<p>Sure, just enter their shipping address at checkout.</p>
<h3>How do I pay?</h3>
<p>Visa/Mastercard, Cash App, or crypto (BTC/ETH/USDT). Crypto orders get free shipping.</p>
</section>
</main>
<footer>CalmRoute &copy; 2026 &middot; <a href="/terms">Terms</a></footer>
""")

# search: "buy ketamine online" -> research chemical analogue
p("h9804", "https://apex-rc-labs.example/product/2-fdck-crystal", "seller", True, "en",
  "research-chemical-analogue-product", "2-FDCK Crystal (2-Fluorodeschloroketamine) | Apex RC Labs", """
<header>
<a href="/" class="brand">APEX RC LABS</a> <span class="tag">Research chemicals since 2017</span>
<nav><a href="/shop">Shop</a> <a href="/shop/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/shop/benzofurans">Benzofurans</a> <a href="/coa">COA</a> <a href="/shipping">Shipping</a> <a href="/account">My account</a> <a href="/cart">Basket</a></nav>
</header>
<main>
<h1>2-FDCK Crystal</h1>
<p class="sku">SKU: ARC-2FDCK-CR &middot; Category: Arylcyclohexylamines</p>
<p>2-Fluorodeschloroketamine (2-FDCK) is a dissociative of the arylcyclohexylamine class and a close structural
analogue of ketamine, with the chlorine replaced by fluorine. Purity &ge; 99.5% (HPLC), COA available.</p>
<table>
<tr><td>1 g</td><td>&euro;28.00</td></tr>
<tr><td>5 g</td><td>&euro;110.00</td></tr>
<tr><td>10 g</td><td>&euro;190.00</td></tr>
<tr><td>25 g</td><td>&euro;395.00</td></tr>
<tr><td>100 g</td><td>&euro;1,200.00</td></tr>
</table>
<button>Add to basket</button>
<p class="notice"><strong>Sold for research purposes only. Not for human consumption.</strong> By purchasing you confirm
you are over 21 and a qualified researcher. We do not give usage or dosage information.</p>
<h2>Also available</h2>
<ul><li>Deschloroketamine (DCK) &ndash; from &euro;30/g</li><li>O-PCE &ndash; from &euro;35/g</li><li>Ketamine-type pellets 50 mg &ndash; &euro;2.20/pellet</li></ul>
<p>Worldwide shipping from EU warehouse. Stealth packaging standard. We accept Bitcoin, Litecoin and SEPA bank transfer.</p>
</main>
<footer><p>&copy; Apex RC Labs. All products are intended for laboratory research use only.</p></footer>
""")

# search: "ketamine near me" -> classified ad
p("h9805", "https://dealsboard-local.example/phoenix/health-beauty/ketamine-liquid-powder-available-829114", "seller", True, "en",
  "classified-listing-short", "Ketamine liquid + powder available (Phoenix) - Dealsboard", """
<div class="ad">
<h1>Ketamine liquid + powder available</h1>
<p class="meta">Phoenix, AZ &middot; Health &amp; Beauty &middot; posted 2 days ago &middot; ad #829114</p>
<p class="price">$80</p>
<p>legit vendor. ketamine liquid vials 10ml ($80) and powder by the gram. can meet in phoenix/tempe/mesa or ship
nationwide with tracking, discreet. no script needed. text or whatsapp +1 (480) 555-0147 serious buyers only, no cops</p>
<p><a href="/report/829114">Report this ad</a></p>
</div>
""")

# social bio
p("h9806", "https://picgram.example/k.supply.plug", "seller", True, "en",
  "social-bio-snippet-txt", "k.supply.plug", """
k.supply.plug | ❄️ K crystal • ket vials • esketamine spray 💨 | shipping worldwide 📦 stealth + reship | menu on Telegram @ksupply_menu | BTC / CashApp / gift cards | DM to order, no time wasters
""", ext="txt")

# bot wall, URL decides
p("h9807", "https://buyketamine-norx-shop.example/product/ketamine-powder-10g", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="cf-wrapper">
<h1>buyketamine-norx-shop.example</h1>
<h2>Checking if the site connection is secure</h2>
<p>buyketamine-norx-shop.example needs to review the security of your connection before proceeding.</p>
<noscript><p>Enable JavaScript and cookies to continue</p></noscript>
<p class="ray">Ray ID: 8f3a21c6be9d44a1 &middot; Performance &amp; security by a third-party edge service</p>
</div>
""")

# vet product sold to anyone
p("h9808", "https://farmvet-supply-direct.example/ketamine-hcl-injection-100mg-ml-10ml-vial", "seller", True, "en",
  "veterinary-product-no-rx-seller", "Ketamine HCl Injection 100 mg/ml 10 ml Vial - FarmVet Supply Direct", """
<header><a href="/">FarmVet Supply Direct</a> <nav><a href="/equine">Equine</a> <a href="/canine">Canine</a> <a href="/feline">Feline</a> <a href="/anesthetics">Anesthetics</a> <a href="/cart">Cart</a></nav></header>
<main>
<h1>Ketamine Hydrochloride Injection USP 100 mg/ml, 10 ml multi-dose vial</h1>
<p>For intravenous or intramuscular use in cats and subhuman primates. Brand may vary (Ketaset / Vetalar / Ketamil equivalent).</p>
<ul class="prices">
<li>1 vial &ndash; <b>$59.99</b></li>
<li>5 vials &ndash; <b>$249.00</b></li>
<li>Box of 25 vials &ndash; <b>$1,050.00</b></li>
</ul>
<button>Add to cart</button>
<div class="note">
<p><b>No veterinary prescription or DEA registration needed</b> for orders shipped internationally or under our
&quot;private customer&quot; option. We ship to individuals, farms and pet owners worldwide.</p>
<p>Payment: Western Union, MoneyGram, Bitcoin. Bank card payments are not available for this item.</p>
<p>Packages are declared as &quot;veterinary supplies&quot; and shipped without any drug name on the label.</p>
</div>
<h2>Customer questions</h2>
<p><b>Q:</b> can I use this for myself? i have depression <br><b>A:</b> We can't give medical advice but many customers buy for personal use, dosing guides are available online.</p>
</main>
<footer>&copy; 2026 FarmVet Supply Direct &middot; Ships from Hong Kong and Poland</footer>
""")

# search: "ketamina precio"
p("h9809", "https://farmaciasinreceta24.example/ketamina-precio", "seller", True, "es",
  "shop-price-page-long", "Ketamina precio 2026 - Comprar ketamina online sin receta | Farmacia Sin Receta 24", """
<header>
<div class="barra">Envíos discretos a toda España, México, Colombia, Chile y Argentina &middot; Paga con Bitcoin y ahorra un 10%</div>
<a class="logo" href="/">FarmaciaSinReceta<b>24</b></a>
<nav><a href="/">Inicio</a> <a href="/categoria/ansioliticos">Ansiolíticos</a> <a href="/categoria/analgesicos">Analgésicos</a> <a href="/categoria/disociativos">Disociativos</a> <a href="/envios">Envíos</a> <a href="/preguntas">Preguntas frecuentes</a> <a href="/carrito">Carrito (0)</a></nav>
</header>
<main>
<h1>Ketamina: precio actualizado y dónde comprarla</h1>
<p>¿Buscas el <strong>precio de la ketamina</strong>? En FarmaciaSinReceta24 vendemos ketamina de grado farmacéutico
<strong>sin necesidad de receta médica</strong>. Sin consultas, sin esperas y con envío en 24-72 horas.</p>
<h2>Tabla de precios</h2>
<table>
<tr><th>Producto</th><th>Cantidad</th><th>Precio</th></tr>
<tr><td>Ketamina cristal</td><td>5 g</td><td>95 &euro;</td></tr>
<tr><td>Ketamina cristal</td><td>10 g</td><td>170 &euro;</td></tr>
<tr><td>Ketamina cristal</td><td>25 g</td><td>390 &euro;</td></tr>
<tr><td>Ketamina líquida (ampollas 50 mg/ml, caja de 5)</td><td>5 x 10 ml</td><td>120 &euro;</td></tr>
<tr><td>Esketamina spray nasal 28 mg</td><td>1 dispositivo</td><td>180 &euro;</td></tr>
</table>
<a class="boton" href="/producto/ketamina-cristal">Comprar ahora</a>
<h2>¿Cómo pagar?</h2>
<p>Aceptamos Bitcoin, USDT, Bizum y transferencia bancaria. Para México: depósito en OXXO. Te enviamos los datos por WhatsApp
o Telegram una vez hecho el pedido.</p>
<h2>Envío discreto</h2>
<p>Todos los paquetes van en sobre acolchado neutro, sin logotipos ni nombre del producto. Si el paquete se pierde
en aduana, te lo reenviamos gratis.</p>
<h2>Opiniones</h2>
<blockquote>&quot;Me llegó a Valencia en dos días, todo perfecto y muy discreto.&quot; &ndash; Lucía M.</blockquote>
<blockquote>&quot;buen producto, la atención por whatsapp muy rápida&quot; &ndash; Andrés, Guadalajara</blockquote>
</main>
<aside><h3>Atención al cliente</h3><p>WhatsApp: +34 6XX XXX 218<br>Telegram: @farmasinreceta24</p></aside>
<footer><p>&copy; 2026 FarmaciaSinReceta24 &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Privacidad</a></p></footer>
""", noise="cookie-es")

# search: "Ketamin kaufen"
p("h9810", "https://eu-chemversand.example/de/ketamin-kaufen", "seller", True, "de",
  "shop-category-page-long", "Ketamin kaufen ohne Rezept - diskreter Versand | EU-ChemVersand", """
<header>
<div class="hinweis">Versand aus den Niederlanden &middot; Lieferung DE/AT/CH in 2-4 Werktagen &middot; 10&nbsp;% Rabatt bei Zahlung mit Monero</div>
<a href="/de/" class="logo">EU-ChemVersand</a>
<nav><a href="/de/">Startseite</a> <a href="/de/dissoziativa">Dissoziativa</a> <a href="/de/ketamin-kaufen" class="aktiv">Ketamin</a> <a href="/de/versand">Versand</a> <a href="/de/zahlung">Zahlung</a> <a href="/de/faq">FAQ</a> <a href="/de/warenkorb">Warenkorb</a></nav>
</header>
<main>
<h1>Ketamin kaufen &ndash; ohne Rezept, ohne Arztbesuch</h1>
<p>Sie möchten Ketamin online kaufen? Bei uns bekommen Sie Ketamin in Kristallform, als Lösung und als Nasenspray &ndash;
<strong>ohne Rezept</strong> und in neutraler Verpackung. Über 4.000 zufriedene Kunden seit 2021.</p>
<div class="produkte">
<div class="produkt"><h2>Ketamin HCl Kristall</h2><p>ab 29,00&nbsp;&euro; / g</p><p>1 g &ndash; 29&nbsp;&euro; &middot; 5 g &ndash; 120&nbsp;&euro; &middot; 10 g &ndash; 210&nbsp;&euro; &middot; 50 g &ndash; 850&nbsp;&euro;</p><button>In den Warenkorb</button></div>
<div class="produkt"><h2>Ketamin Lösung 50 mg/ml</h2><p>5 Ampullen à 10 ml &ndash; 139&nbsp;&euro;</p><button>In den Warenkorb</button></div>
<div class="produkt"><h2>Esketamin Nasenspray 28 mg</h2><p>3 Sprühflaschen &ndash; 249&nbsp;&euro;</p><button>In den Warenkorb</button></div>
</div>
<h2>Warum bei uns bestellen?</h2>
<ul>
<li>Diskreter Versand ohne Absender und ohne Produktbezeichnung</li>
<li>Kostenloser Neuversand, falls die Sendung vom Zoll abgefangen wird</li>
<li>Zahlung per Bitcoin, Monero oder Paysafecard</li>
<li>Bestellung auch bequem über Telegram: <b>@euchemversand_bot</b></li>
</ul>
<h2>Häufige Fragen</h2>
<p><b>Brauche ich ein Rezept?</b> Nein. Sie bestellen einfach im Shop oder über Telegram.</p>
<p><b>Ist das legal?</b> Wir versenden als Forschungschemikalie. Die Verantwortung für die Einfuhr liegt beim Käufer.</p>
</main>
<footer><p><a href="/de/impressum">Impressum</a> &middot; <a href="/de/agb">AGB</a> &middot; <a href="/de/datenschutz">Datenschutz</a> &middot; &copy; 2026 EU-ChemVersand</p></footer>
""", noise="cookie-de")

# search: "cetamina comprar"
p("h9811", "https://classificadosbrasil.example/sp/saude/cetamina-liquida-frasco-10ml-44718", "seller", True, "pt",
  "classified-snippet-txt", "Cetamina líquida frasco 10ml - São Paulo", """
Vendo cetamina líquida frasco 10ml (R$ 180) e em pó por grama, entrega em mãos na zona sul de SP ou envio por Sedex pra todo Brasil, embalagem discreta. Não precisa de receita, pagamento no Pix. Chama no zap (11) 9 5555-0193.
""", ext="txt")

# search: "kétamine dépression" -> doorway
p("h9812", "https://solutions-depression.example/ketamine-depression-traitement", "seller", True, "fr",
  "doorway-blog-affiliate", "Kétamine et dépression : le traitement miracle ? Où en trouver", """
<div class="entete"><a href="/">Solutions Dépression</a> <nav><a href="/">Accueil</a> <a href="/articles">Articles</a> <a href="/contact">Contact</a></nav></div>
<article>
<h1>Kétamine et dépression : le traitement que les médecins ne vous proposent pas</h1>
<p class="auteur">par Julien R. &ndash; 14 octobre 2026</p>
<p>La kétamine agit en quelques heures là où les antidépresseurs mettent des semaines. En France, l'eskétamine
(Spravato) n'est donnée qu'à l'hôpital, avec des mois d'attente. Heureusement, il existe une autre solution.</p>
<h2>Où se procurer de la kétamine sans ordonnance ?</h2>
<p>Nous avons testé pour vous <a href="https://keta-express-shop.example/fr/?partenaire=sd">Kéta Express</a> :
kétamine en cristaux et en spray nasal, <strong>livrée sans ordonnance</strong> en France, Belgique et Suisse sous
48 h, dans un colis totalement neutre. Paiement par carte, virement ou Bitcoin.</p>
<p class="promo">&#127873; Avec le code <b>DEPRESSION10</b>, profitez de 10&nbsp;% de réduction sur votre première commande.</p>
<a class="bouton" href="https://keta-express-shop.example/fr/?partenaire=sd">Commander chez Kéta Express &raquo;</a>
<h2>Quelle dose pour la dépression ?</h2>
<p>Les utilisateurs commencent en général autour de 25 à 50 mg. Le service client de Kéta Express vous conseille par WhatsApp.</p>
<p><small>Cet article contient des liens partenaires.</small></p>
</article>
""", noise="cookie-fr")

# search: "ketamine therapie" -> seller dressed as therapy
p("h9813", "https://ketaminetherapie-thuis.example/", "seller", True, "nl",
  "seller-dressed-as-therapy-home", "Ketamine therapie thuis - zonder recept, zonder wachtlijst", """
<header><a href="/" class="logo">KetamineTherapie<b>Thuis</b></a>
<nav><a href="/">Home</a> <a href="/producten">Producten</a> <a href="/dosering">Dosering</a> <a href="/verzending">Verzending</a> <a href="/contact">Contact</a> <a href="/winkelwagen">Winkelwagen</a></nav></header>
<main>
<h1>Ketamine therapie, gewoon thuis</h1>
<p>Maanden op een wachtlijst bij de GGZ? Niet bij ons. Bestel je ketamine vandaag, <strong>zonder recept en zonder
intakegesprek</strong>, en begin morgen al met je eigen therapie thuis.</p>
<h2>Onze producten</h2>
<ul>
<li>Ketamine neusspray 10 ml (100 mg/ml) &ndash; &euro;65 <a href="/winkelwagen?add=neusspray">Bestellen</a></li>
<li>Ketamine kristal 5 gram &ndash; &euro;110 <a href="/winkelwagen?add=kristal-5">Bestellen</a></li>
<li>Startpakket (spray + weegschaal + doseerschema) &ndash; &euro;89 <a href="/winkelwagen?add=start">Bestellen</a></li>
</ul>
<h2>Betalen en verzenden</h2>
<p>Betaal met Bitcoin of via een Tikkie na contact op Telegram. Verzending binnen Nederland en België in een neutrale
brievenbusdoos, zonder afzender. Geen handtekening nodig.</p>
<p class="klein">Onze producten zijn geen medicijn en worden verkocht als onderzoeksmateriaal.</p>
</main>
<footer>&copy; 2026 KetamineTherapieThuis &middot; Telegram: @kt_thuis</footer>
""", noise="cookie-nl")

# search: "esketamina" (it)
p("h9814", "https://farmacia-online-h24.example/esketamina-spray-nasale-28mg", "seller", True, "it",
  "online-pharmacy-no-rx-product", "Esketamina spray nasale 28 mg senza ricetta | Farmacia Online H24", """
<header><a href="/">Farmacia Online H24</a> <nav><a href="/">Home</a> <a href="/categorie/antidepressivi">Antidepressivi</a> <a href="/categorie/ansiolitici">Ansiolitici</a> <a href="/spedizioni">Spedizioni</a> <a href="/carrello">Carrello</a></nav></header>
<main>
<h1>Esketamina spray nasale 28 mg (equivalente Spravato)</h1>
<p>L'esketamina è il principio attivo di Spravato, il nuovo farmaco per la depressione resistente. In Italia si trova
solo in ospedale: da noi puoi <strong>acquistarla senza ricetta</strong> e riceverla a casa.</p>
<ul>
<li>1 dispositivo da 28 mg &ndash; 149 &euro;</li>
<li>Confezione da 3 dispositivi (84 mg) &ndash; 399 &euro;</li>
<li>Confezione da 6 dispositivi &ndash; 720 &euro;</li>
</ul>
<button>Aggiungi al carrello</button>
<p>Spedizione discreta in 24/48 ore in tutta Italia, pacco anonimo. Pagamento con PayPal (amici e familiari),
ricarica PostePay o criptovalute. Preferisci ordinare in chat? Scrivici su WhatsApp al +39 3XX XXX 4471.</p>
<p><em>Nessuna visita medica richiesta.</em></p>
</main>
<footer>&copy; 2026 Farmacia Online H24</footer>
""")

# ---------------------------------------------------------------- telehealth (9)

# search: "ketamine for depression at home"
p("h9815", "https://northlight-mind.example/", "telehealth", False, "en",
  "telehealth-landing-long", "Northlight | At-home ketamine therapy guided by licensed clinicians", """
<header>
<a class="logo" href="/">northlight</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/our-clinicians">Our clinicians</a> <a href="/safety">Safety</a> <a href="/states">Where we operate</a> <a href="/login">Log in</a> <a href="/assessment" class="btn">Take the assessment</a></nav>
</header>
<main>
<section class="hero">
<h1>Ketamine therapy for depression, from home &mdash; with a real clinician at every step</h1>
<p>Northlight pairs you with a licensed psychiatric prescriber who evaluates you over video, builds a plan with you,
and checks in throughout treatment. If ketamine isn't right for you, we'll say so and help you find what is.</p>
<a href="/assessment" class="btn">See if you're eligible</a>
<p class="small">Available to adults 18+ in AZ, CA, CO, FL, IL, NY, TX, WA. HSA/FSA eligible.</p>
</section>
<section class="steps">
<h2>How Northlight works</h2>
<ol>
<li><b>Online intake.</b> Tell us about your history, current medications and what you've tried.</li>
<li><b>Video evaluation.</b> A 45-minute visit with a board-certified psychiatrist or psychiatric nurse practitioner licensed in your state. They review your blood pressure, medical history and screen for conditions where ketamine isn't safe.</li>
<li><b>Prescription, only if appropriate.</b> If your clinician prescribes, the prescription goes to our licensed partner pharmacy, which ships sublingual tablets to you with a blood-pressure cuff and a treatment journal.</li>
<li><b>Guided sessions.</b> Each session follows a protocol, with a trusted adult present as your sitter, plus integration sessions with a licensed therapist.</li>
<li><b>Follow-ups.</b> Your clinician reviews your PHQ-9 and GAD-7 scores every two weeks and adjusts or stops treatment.</li>
</ol>
</section>
<section class="safety">
<h2>Safety isn't a checkbox</h2>
<p>About 1 in 4 people who take our assessment are not a fit for at-home ketamine &mdash; for example uncontrolled
hypertension, a history of psychosis, or active substance use disorder. We refer them to in-person care.</p>
</section>
<section class="quote"><blockquote>&quot;My NP caught a medication interaction my old doctor missed. I felt looked after, not sold to.&quot; &ndash; Renee, 41, Denver</blockquote></section>
<section class="team">
<h2>Led by clinicians</h2>
<p>Medical Director: Dr. Hannah Okafor, MD, board-certified in psychiatry. Clinical team of 38 psychiatrists and PMHNPs.</p>
</section>
</main>
<footer>
<p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/hipaa">HIPAA notice</a> &middot; <a href="/careers">Careers</a></p>
<p>If you are in crisis, call or text 988. Northlight is not an emergency service. &copy; 2026 Northlight Health, Inc.</p>
</footer>
""", noise="cookie")

p("h9816", "https://tidewell-health.example/how-it-works", "telehealth", False, "en",
  "telehealth-how-it-works-medium", "How it works | Tidewell Health", """
<nav><a href="/">Tidewell</a> <a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a> <a href="/get-started">Get started</a></nav>
<main>
<h1>How Tidewell works</h1>
<h2>1. Book your medical consultation</h2>
<p>After a short screening form you book a video appointment with one of our licensed clinicians. This appointment
is required &mdash; we never prescribe off a questionnaire.</p>
<h2>2. Meet your clinician</h2>
<p>Your clinician reviews your diagnosis, medications and medical history, and takes your blood pressure readings with
you. Some people are asked for records from their psychiatrist or primary care doctor first.</p>
<h2>3. Your treatment arrives</h2>
<p>If you're approved, your prescription is filled by a licensed 503A pharmacy partner and shipped in temperature-safe
packaging. Orders need an adult signature.</p>
<h2>4. Sessions and integration</h2>
<p>You'll do 6 guided sessions over 3-4 weeks using our app, which walks you through preparation, music and a
post-session check-in. A Tidewell care guide joins your integration calls.</p>
<h2>5. Ongoing care</h2>
<p>Your clinician meets you again after session 2 and session 6 to decide whether to continue, change the dose, or stop.</p>
<p><a href="/get-started" class="btn">Start your screening</a></p>
</main>
<footer>Tidewell Health PC &middot; Clinical services provided by licensed clinicians &middot; &copy; 2026</footer>
""")

p("h9817", "https://ember-ketamine-care.example/pricing", "telehealth", False, "en",
  "telehealth-pricing-membership", "Pricing - Ember Ketamine Care", """
<header><a href="/">Ember</a> <nav><a href="/approach">Our approach</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Clinicians</a> <a href="/apply">Apply</a></nav></header>
<main>
<h1>Transparent pricing</h1>
<div class="card">
<h2>Initial program &mdash; $1,150</h2>
<ul>
<li>Psychiatric evaluation by video with a licensed prescriber</li>
<li>6 sessions of medication, if prescribed, shipped from our partner pharmacy</li>
<li>2 integration sessions with a licensed therapist</li>
<li>Follow-up video visit after session 4</li>
</ul>
<p>Pay in full or in 4 installments. HSA/FSA cards accepted.</p>
<a href="/checkout/initial" class="btn">Continue to checkout</a>
</div>
<div class="card">
<h2>Maintenance membership &mdash; $249/month</h2>
<p>For patients who complete the initial program and whose clinician recommends continuing. Includes monthly
medication (if prescribed), a monthly clinician check-in and unlimited messaging with your care team.</p>
</div>
<h3>What if I'm not eligible?</h3>
<p>If your clinician decides ketamine isn't a safe option, you're refunded everything except the $150 evaluation fee,
and we send you a referral summary for your own doctor.</p>
<p class="fine">Medication is only dispensed after a prescription from your Ember clinician. Ember does not sell ketamine without an evaluation.</p>
</main>
""")

# search: "spravato cost"
p("h9818", "https://mindharbor-psychiatry.example/blog/spravato-cost-with-insurance", "telehealth", False, "en",
  "virtual-psychiatry-blog-spravato-cost", "How Much Does Spravato Cost? Insurance, Copays and Next Steps | MindHarbor", """
<header><a href="/">MindHarbor Virtual Psychiatry</a>
<nav><a href="/services">Services</a> <a href="/spravato">Spravato referrals</a> <a href="/insurance">Insurance</a> <a href="/blog">Blog</a> <a href="/book">Book a video visit</a></nav></header>
<article>
<h1>How much does Spravato cost?</h1>
<p class="meta">Reviewed by Marcus Lee, PMHNP-BC &middot; September 2026</p>
<p>Spravato (esketamine) nasal spray is approved for treatment-resistant depression and for depressive symptoms with
acute suicidal thoughts. Because it has to be given at a certified treatment center under observation, the
&quot;cost&quot; really has two parts: the medication and the in-office monitoring visit.</p>
<h2>Without insurance</h2>
<p>List prices run very roughly $600 to $1,300 per treatment day depending on the dose, plus the center's
observation fee. During induction you go twice a week for four weeks, so uninsured costs add up fast.</p>
<h2>With insurance</h2>
<p>Most commercial plans and many Medicare plans cover Spravato with prior authorization. They usually want to see
at least two antidepressant trials. The manufacturer's savings program can bring commercial copays down a lot.</p>
<h2>Where MindHarbor fits in</h2>
<p>We can't give Spravato at home &mdash; nobody legally can. What we do: our psychiatric clinicians evaluate you
over video, document your medication history, submit the prior authorization, and refer you to a REMS-certified
partner treatment center near you. We keep managing your other medications and follow up between sessions.</p>
<p><a href="/book" class="btn">Book an evaluation</a></p>
</article>
<footer>MindHarbor Virtual Psychiatry, licensed in 14 states. &copy; 2026</footer>
""")

p("h9819", "https://lumen-athome.example/faq#video-visit", "telehealth", False, "en",
  "telehealth-faq-snippet-txt", "Lumen FAQ - Do I need a video visit?", """
Do I need a video visit? Yes. Every Lumen patient meets a licensed prescriber by video before anything is prescribed, and your medication ships from our partner pharmacy only after that prescription is written.
""", ext="txt")

p("h9820", "https://brisa-salud-mental.example/es/ketamina-en-casa", "telehealth", False, "es",
  "telehealth-spanish-us-landing", "Terapia con ketamina en casa, en español | Brisa Salud Mental", """
<header><a href="/es/">Brisa Salud Mental</a> <nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/precios">Precios</a> <a href="/es/equipo">Nuestro equipo</a> <a href="/en/">English</a> <a href="/es/empezar">Empezar</a></nav></header>
<main>
<h1>Terapia con ketamina en casa, con atención en español</h1>
<p>Brisa es un servicio de telesalud para adultos en California, Texas, Florida e Illinois. Todo el proceso &mdash;
desde la evaluación hasta el seguimiento &mdash; se puede hacer en español.</p>
<h2>Cómo funciona</h2>
<ol>
<li>Llena un cuestionario inicial (10 minutos).</li>
<li>Tienes una <strong>videoconsulta con un psiquiatra o enfermera practicante psiquiátrica con licencia en tu estado</strong>. Revisamos tu historial, tus medicamentos y tu presión arterial.</li>
<li>Si la ketamina es adecuada para ti, la receta se envía a nuestra farmacia asociada con licencia, que te manda el medicamento a casa.</li>
<li>Haces tus sesiones acompañado de una persona de confianza, con seguimiento de tu clínico cada dos semanas.</li>
</ol>
<p>Si no eres candidato, te lo decimos con claridad y te orientamos hacia otra opción de tratamiento.</p>
<p>Programa inicial: $1,090 USD. Aceptamos tarjetas HSA/FSA.</p>
<a href="/es/empezar" class="boton">Ver si califico</a>
</main>
<footer>Brisa Salud Mental PC &middot; Si estás en crisis llama o envía un mensaje al 988 (opción en español).</footer>
""")

p("h9821", "https://psychiatrie-online-praxis.example/behandlung/esketamin", "telehealth", False, "de",
  "online-psychiatry-referral-esketamine", "Esketamin bei therapieresistenter Depression | Online-Praxis Dr. Vogel", """
<header><a href="/">Online-Praxis für Psychiatrie Dr. med. Katrin Vogel</a>
<nav><a href="/">Start</a> <a href="/videosprechstunde">Videosprechstunde</a> <a href="/behandlung">Behandlungen</a> <a href="/kosten">Kosten</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>
<h1>Esketamin-Nasenspray: Abklärung per Videosprechstunde</h1>
<p>Viele Patientinnen und Patienten finden uns, weil sie nach &quot;Esketamin&quot; oder &quot;Ketamin gegen
Depression&quot; gesucht haben. Wichtig vorab: Esketamin (Spravato&reg;) darf nur in einer Praxis oder Klinik unter
ärztlicher Aufsicht angewendet werden &ndash; ein Versand nach Hause ist nicht möglich.</p>
<h2>Was wir für Sie tun</h2>
<ul>
<li>Ausführliche psychiatrische Diagnostik in der Videosprechstunde (ca. 50 Minuten)</li>
<li>Prüfung, ob eine therapieresistente Depression vorliegt und welche Behandlungen bereits erfolgt sind</li>
<li>Bei Eignung: Überweisung an eine unserer Partnerkliniken in Köln, Düsseldorf oder Bonn, in denen das Nasenspray verabreicht wird</li>
<li>Weiterbehandlung und Medikamenteneinstellung bei uns, auch zwischen den Terminen in der Klinik</li>
</ul>
<h2>Kosten</h2>
<p>Die Videosprechstunde wird von den gesetzlichen Krankenkassen übernommen. Für Privatversicherte rechnen wir nach GOÄ ab.</p>
<a href="/videosprechstunde/termin" class="button">Termin für die Videosprechstunde buchen</a>
</main>
<footer><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; Zugelassen bei der KV Nordrhein</footer>
""", noise="cookie-de")

p("h9822", "https://menteclara-telepsiquiatria.example/escetamina", "telehealth", False, "pt",
  "telepsychiatry-referral-esketamine", "Escetamina: avaliação por teleconsulta | Mente Clara Telepsiquiatria", """
<header><a href="/">Mente Clara</a> <nav><a href="/teleconsulta">Teleconsulta</a> <a href="/escetamina">Escetamina</a> <a href="/equipe">Equipe</a> <a href="/agendar">Agendar</a></nav></header>
<main>
<h1>Tratamento com escetamina: comece pela teleconsulta</h1>
<p>A escetamina em spray nasal é indicada para depressão resistente e deve ser aplicada em ambiente clínico, com
monitoramento por pelo menos duas horas. Ela não é vendida para uso em casa.</p>
<p>Na Mente Clara, um psiquiatra com CRM ativo faz a sua avaliação por vídeo, revisa os tratamentos que você já fez
e, se houver indicação, encaminha você a um dos nossos centros parceiros em São Paulo, Campinas ou Curitiba para as
aplicações. O acompanhamento psiquiátrico continua online com a nossa equipe.</p>
<p>Consulta inicial: R$ 450. Emitimos recibo para reembolso do plano de saúde.</p>
<a href="/agendar" class="botao">Agendar teleconsulta</a>
</main>
<footer>Responsável técnico: Dr. Rafael Antunes, psiquiatra &ndash; CRM-SP 000000 &middot; &copy; 2026</footer>
""", noise="cookie-pt")

p("h9823", "https://northlight-mind.example/our-clinicians", "telehealth", False, "en",
  "telehealth-prescriber-roster-short", "Our clinicians | Northlight", """
<nav><a href="/">northlight</a> <a href="/how-it-works">How it works</a> <a href="/our-clinicians">Our clinicians</a></nav>
<h1>Meet some of our clinicians</h1>
<p>Every Northlight patient is evaluated by video by a prescriber licensed in their state.</p>
<ul>
<li><b>Hannah Okafor, MD</b> &ndash; Medical Director, board-certified psychiatrist. Licensed in CA, CO, NY, WA.</li>
<li><b>Luis Carranza, PMHNP-BC</b> &ndash; Psychiatric nurse practitioner. Licensed in AZ, TX.</li>
<li><b>Priya Raman, DO</b> &ndash; Psychiatrist. Licensed in FL, IL, NY.</li>
<li><b>Jordan Whitlock, PMHNP-BC</b> &ndash; Licensed in CO, WA.</li>
</ul>
<p>Verify any license on your state medical or nursing board's website.</p>
""")

# ---------------------------------------------------------------- clinics (8)

# search: "ketamine clinic near me"
p("h9824", "https://desertbloom-ketamine.example/", "clinic", False, "en",
  "clinic-home-long", "Desert Bloom Ketamine & Wellness | Ketamine Clinic in Scottsdale, AZ", """
<header>
<div class="topbar">&#9742; (480) 555-0122 &middot; 8787 E Via de Ventura, Suite 210, Scottsdale AZ &middot; Mon-Fri 8am-6pm, Sat 9am-1pm</div>
<a class="logo" href="/">Desert Bloom <span>Ketamine &amp; Wellness</span></a>
<nav><a href="/ivketamine">IV Ketamine</a> <a href="/spravato">Spravato</a> <a href="/kap">Ketamine-Assisted Psychotherapy</a> <a href="/conditions">Conditions</a> <a href="/pricing">Pricing</a> <a href="/team">Our team</a> <a href="/contact">Contact</a> <a href="/book" class="btn">Book a free consult</a></nav>
</header>
<main>
<section class="hero">
<h1>Scottsdale's physician-led ketamine clinic</h1>
<p>IV ketamine infusions and Spravato for depression, anxiety, PTSD and chronic pain &mdash; given in our private
treatment suites, with a nurse at your side and continuous vital-sign monitoring.</p>
<a href="/book" class="btn">Book your free 15-minute phone consult</a>
</section>
<section class="services">
<h2>Treatments</h2>
<div><h3>IV ketamine infusions</h3><p>A series of six 40-minute infusions over 2-3 weeks, followed by boosters as needed. Anesthesiologist-supervised.</p></div>
<div><h3>Spravato (esketamine)</h3><p>We are a REMS-certified Spravato treatment center and work with most major insurers.</p></div>
<div><h3>Ketamine-assisted psychotherapy</h3><p>In-office sessions with our licensed therapists, combining intramuscular ketamine with preparation and integration work.</p></div>
</section>
<section class="process">
<h2>Your first visit</h2>
<p>Before your first infusion you'll have a medical evaluation with Dr. Aaron Whitfield, MD (anesthesiology), and we'll
ask for a referral or records from your psychiatrist or therapist. Plan on 2 hours for the first appointment, and you'll
need someone to drive you home.</p>
</section>
<section class="team">
<h2>Our team</h2>
<p>Aaron Whitfield, MD &ndash; Medical Director &middot; Sofia Delgado, PMHNP &middot; Carly Benson, RN &middot; Tom Ishikawa, LPC</p>
</section>
<section class="map"><h2>Find us</h2><p>Near the Loop 101 &amp; Shea Blvd, free covered parking. Serving Scottsdale, Paradise Valley, Fountain Hills and Phoenix.</p></section>
</main>
<aside><h3>Patient portal</h3><p><a href="/portal">Pay your bill</a> &middot; <a href="/forms">Intake forms</a> &middot; <a href="/gift-cards">Gift cards</a></p></aside>
<footer><p>&copy; 2026 Desert Bloom Ketamine &amp; Wellness PLLC &middot; <a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></p></footer>
""", noise="cookie")

p("h9825", "https://harborpoint-infusion.example/pricing", "clinic", False, "en",
  "clinic-price-page", "Ketamine Infusion Pricing | Harbor Point Infusion Center, Tampa", """
<nav><a href="/">Harbor Point Infusion Center</a> <a href="/treatments">Treatments</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a> <a href="/book">Book</a></nav>
<main>
<h1>Pricing</h1>
<p>We believe you should know what treatment costs before you walk through our door on Kennedy Blvd.</p>
<table>
<tr><th>Service</th><th>Price</th></tr>
<tr><td>Medical consultation (in person, 45 min)</td><td>$150 (credited to your first infusion)</td></tr>
<tr><td>Single IV ketamine infusion (depression/anxiety)</td><td>$450</td></tr>
<tr><td>Initial series of 6 infusions (prepaid)</td><td>$2,400</td></tr>
<tr><td>Booster infusion</td><td>$425</td></tr>
<tr><td>Chronic pain infusion (4 hours)</td><td>$850</td></tr>
<tr><td>Spravato treatment</td><td>Billed to your insurance</td></tr>
</table>
<h2>Booking and payment</h2>
<p>A $100 deposit holds your first infusion date and is applied to your bill. You can buy a package online after
your consult, pay with HSA/FSA, or finance through CareCredit. We provide superbills for out-of-network reimbursement.</p>
<p>All infusions take place in our clinic, monitored by a registered nurse with a physician on site.</p>
<a href="/book" class="btn">Book a consultation</a>
</main>
""")

# search: "spravato cost"
p("h9826", "https://riverbend-behavioral.example/services/spravato", "clinic", False, "en",
  "rems-center-spravato-long", "Spravato (Esketamine) Treatment & Cost | Riverbend Behavioral Health, Columbus OH", """
<header>
<a href="/" class="logo">Riverbend Behavioral Health</a>
<nav><a href="/services">Services</a> <a href="/services/tms">TMS</a> <a href="/services/spravato">Spravato</a> <a href="/services/medication-management">Medication management</a> <a href="/insurance">Insurance</a> <a href="/locations">Locations</a> <a href="/referrals">For providers</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<p class="crumbs"><a href="/">Home</a> / <a href="/services">Services</a> / Spravato</p>
<h1>Spravato&reg; (esketamine) nasal spray</h1>
<p>Riverbend is a REMS-certified Spravato treatment center with offices in Columbus (Olentangy River Rd) and Dublin, Ohio.</p>
<h2>What a treatment day looks like</h2>
<p>You self-administer the nasal spray in one of our treatment rooms under the direct supervision of our staff. We check
your blood pressure before and after, and you stay with us for at least two hours until our clinician confirms
you're ready to leave. You can't drive until the next day, so please arrange a ride. Spravato is never sent home with patients.</p>
<h2>Schedule</h2>
<ul><li>Weeks 1-4: twice a week</li><li>Weeks 5-8: once a week</li><li>Week 9 and after: every 1-2 weeks, as your psychiatrist decides</li></ul>
<h2>How much does Spravato cost?</h2>
<p>We bill Spravato through your medical or pharmacy benefit, depending on your plan. Most patients we see have it
covered after prior authorization. Our benefits team handles the paperwork and will call you with an estimate
before your first session.</p>
<ul>
<li>Commercial insurance: many patients pay as little as $10 per treatment with the manufacturer's copay program.</li>
<li>Medicare: covered under Part B or D depending on setting; we'll explain your costs.</li>
<li>Self-pay: ask our benefits coordinator for current pricing for the medication and the observation visit.</li>
</ul>
<h2>Who is eligible?</h2>
<p>Adults with treatment-resistant depression (usually two or more antidepressant trials) or major depression with
acute suicidal thoughts, together with an oral antidepressant. You'll need an evaluation with one of our psychiatrists first.</p>
<a href="/referrals/spravato" class="btn">Request an evaluation</a>
</main>
<aside><h3>Already a patient?</h3><p><a href="/portal">Patient portal</a> &middot; <a href="/billing">Pay a bill</a></p></aside>
<footer>Riverbend Behavioral Health &middot; 1400 Olentangy River Rd, Columbus OH &middot; (614) 555-0190 &middot; &copy; 2026</footer>
""", noise="cookie")

p("h9827", "https://quietharbor-kap.example/", "clinic", False, "en",
  "kap-practice-snippet-txt", "Quiet Harbor Counseling - Ketamine-Assisted Psychotherapy, Portland", """
Quiet Harbor Counseling offers ketamine-assisted psychotherapy in our SE Portland office: an intake with our psychiatric nurse practitioner, then in-office intramuscular or lozenge sessions with two therapists in the room. Call (503) 555-0166 to schedule an intake.
""", ext="txt")

# search: "ketamina precio"
p("h9828", "https://clinica-ketamina-polanco.example/precios", "clinic", False, "es",
  "clinic-price-page-mx", "Precios de tratamiento con ketamina | Clínica Ketamina Polanco, CDMX", """
<header><a href="/">Clínica Ketamina Polanco</a> <nav><a href="/tratamientos">Tratamientos</a> <a href="/precios">Precios</a> <a href="/equipo">Equipo médico</a> <a href="/ubicacion">Ubicación</a> <a href="/agendar">Agendar cita</a></nav></header>
<main>
<h1>Ketamina: precios de nuestros tratamientos</h1>
<p>Sabemos que muchas personas llegan a nuestra página buscando &quot;ketamina precio&quot;. Aquí están nuestros costos,
sin letras pequeñas. Todos los tratamientos se realizan en nuestras instalaciones de Av. Presidente Masaryk, con
monitoreo continuo por un médico anestesiólogo.</p>
<table>
<tr><th>Servicio</th><th>Precio (MXN)</th></tr>
<tr><td>Valoración psiquiátrica inicial</td><td>$1,800</td></tr>
<tr><td>Sesión de infusión intravenosa de ketamina</td><td>$7,500</td></tr>
<tr><td>Paquete de 6 sesiones</td><td>$39,000</td></tr>
<tr><td>Sesión de mantenimiento</td><td>$6,900</td></tr>
<tr><td>Esketamina intranasal (por sesión, incluye 2 h de observación)</td><td>Consultar</td></tr>
</table>
<p>Antes de la primera infusión es obligatoria la valoración con nuestro psiquiatra, Dr. Emilio Sandoval. Puedes
agendar tu cita por teléfono o por WhatsApp al 55 5555 0142. Aceptamos tarjetas y pagos a meses sin intereses.</p>
<p><small>La ketamina solo se administra en la clínica. No vendemos ni enviamos medicamentos.</small></p>
</main>
<footer>Clínica Ketamina Polanco &middot; Aviso de funcionamiento COFEPRIS &middot; &copy; 2026</footer>
""", noise="cookie-es")

# search: "kétamine dépression"
p("h9829", "https://chu-valmont.example/psychiatrie/centre-expert-depression-resistante", "clinic", False, "fr",
  "hospital-department-long", "Centre expert dépression résistante - kétamine et eskétamine | CHU de Valmont", """
<header>
<a href="/" class="logo">CHU de Valmont</a>
<nav><a href="/patients">Patients et visiteurs</a> <a href="/services">Services et consultations</a> <a href="/professionnels">Professionnels de santé</a> <a href="/recherche">Recherche</a> <a href="/emploi">Offres d'emploi</a> <a href="/contact">Nous contacter</a></nav>
</header>
<main>
<p class="fil"><a href="/">Accueil</a> &gt; <a href="/services">Services</a> &gt; <a href="/psychiatrie">Pôle de psychiatrie</a> &gt; Centre expert dépression résistante</p>
<h1>Centre expert dépression résistante</h1>
<p>Le centre accueille des adultes souffrant d'un épisode dépressif qui n'a pas répondu à au moins deux traitements
antidépresseurs bien conduits. Il propose un bilan complet et, lorsque c'est indiqué, des traitements spécialisés.</p>
<h2>Traitements proposés</h2>
<ul>
<li><b>Eskétamine par voie nasale (Spravato&reg;)</b> : administrée dans l'hôpital de jour, sous surveillance de l'équipe infirmière pendant au moins deux heures.</li>
<li><b>Kétamine intraveineuse</b> : proposée dans certaines indications et dans le cadre de protocoles de recherche clinique.</li>
<li>Stimulation magnétique transcrânienne (rTMS) et électroconvulsivothérapie.</li>
</ul>
<h2>Comment être orienté vers le centre ?</h2>
<p>L'accès se fait sur adressage de votre psychiatre ou de votre médecin traitant, à l'aide du formulaire disponible
dans l'espace professionnels. Une première consultation d'évaluation est ensuite programmée. Les soins sont pris en
charge par l'Assurance Maladie.</p>
<h2>Équipe</h2>
<p>Pr Claire Dumoulin (responsable), Dr Yanis Belkacem, Dr Élodie Marchand, psychiatres ; équipe infirmière de l'hôpital de jour ; neuropsychologue.</p>
<h2>Contact</h2>
<p>Secrétariat : 04 00 00 00 00, du lundi au vendredi de 9 h à 16 h 30. Bâtiment C, 2e étage.</p>
</main>
<footer><p><a href="/mentions-legales">Mentions légales</a> &middot; <a href="/accessibilite">Accessibilité</a> &middot; &copy; CHU de Valmont 2026</p></footer>
""", noise="cookie-fr")

# search: "ketamine therapie"
p("h9830", "https://ketaminekliniek-utrecht.example/ketamine-therapie", "clinic", False, "nl",
  "clinic-service-page-nl", "Ketamine therapie bij depressie | Ketaminekliniek Utrecht", """
<header><a href="/">Ketaminekliniek Utrecht</a> <nav><a href="/ketamine-therapie">Ketamine therapie</a> <a href="/esketamine">Esketamine</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/vergoeding">Vergoeding</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketamine therapie</h1>
<p>Ketaminekliniek Utrecht is een poliklinische behandelkliniek voor mensen met een therapieresistente depressie.
De behandeling met ketamine vindt altijd plaats in onze kliniek aan de Catharijnesingel, onder begeleiding van een
arts en een verpleegkundige.</p>
<h2>Verwijzing</h2>
<p>U heeft een verwijzing nodig van uw huisarts of behandelend psychiater. Na ontvangst van de verwijzing plannen wij
een intakegesprek met een van onze psychiaters, waarin we beoordelen of ketamine voor u geschikt is.</p>
<h2>De behandeling</h2>
<p>De behandeling bestaat meestal uit zes sessies in drie weken. Tijdens elke sessie worden uw bloeddruk en hartslag
gecontroleerd. Na afloop blijft u nog minstens een uur in de kliniek en mag u niet zelf naar huis rijden.</p>
<h2>Vergoeding</h2>
<p>De behandeling valt onder de gespecialiseerde GGZ en wordt vergoed door de meeste zorgverzekeraars; let wel op uw eigen risico.</p>
<p>Huidige wachttijd voor een intake: ongeveer 6 weken.</p>
</main>
<footer>Ketaminekliniek Utrecht &middot; AGB-code 00000000 &middot; Catharijnesingel, Utrecht</footer>
""", noise="cookie-nl")

# search: "esketamina" (it)
p("h9831", "https://poliambulatorio-navigli.example/psichiatria/esketamina", "clinic", False, "it",
  "clinic-esketamine-service", "Trattamento con esketamina (Spravato) a Milano | Poliambulatorio Navigli", """
<header><a href="/">Poliambulatorio Navigli</a> <nav><a href="/specialita">Specialità</a> <a href="/psichiatria">Psichiatria</a> <a href="/prenota">Prenota</a> <a href="/dove-siamo">Dove siamo</a></nav></header>
<main>
<h1>Esketamina spray nasale per la depressione resistente</h1>
<p>Il nostro ambulatorio di psichiatria è autorizzato alla somministrazione di esketamina (Spravato&reg;). Il farmaco viene
assunto in ambulatorio, sotto la supervisione di un medico, e il paziente resta in osservazione per circa due ore.</p>
<h2>Come accedere</h2>
<p>Il primo passo è una visita psichiatrica con la Dott.ssa Giulia Ferraresi o il Dott. Marco Pellegrini, che valutano la
storia clinica e i trattamenti già seguiti. È utile portare la documentazione delle terapie precedenti.</p>
<h2>Informazioni pratiche</h2>
<ul><li>Dopo la seduta non è possibile guidare fino al giorno successivo: venga accompagnato.</li><li>Le sedute iniziali sono due a settimana per quattro settimane.</li></ul>
<p>Prenotazioni: 02 0000 0000 oppure online dalla pagina <a href="/prenota">Prenota una visita</a>.</p>
</main>
<footer>Poliambulatorio Navigli srl &middot; Via Vigevano, Milano &middot; Direttore sanitario Dott. Paolo Rinaldi</footer>
""")

# ---------------------------------------------------------------- informational (9)

# search: "buy ketamine online" -> news
p("h9832", "https://valleytribune.example/news/2026/11/we-searched-buy-ketamine-online", "informational", False, "en",
  "news-investigation-long", "We searched 'buy ketamine online.' Here's what a week of results looked like | Valley Tribune", """
<header>
<a href="/" class="masthead">The Valley Tribune</a>
<nav><a href="/news">News</a> <a href="/local">Local</a> <a href="/health">Health</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="btn">Subscribe</a></nav>
</header>
<article>
<p class="kicker">HEALTH &middot; INVESTIGATION</p>
<h1>We searched &lsquo;buy ketamine online.&rsquo; Here&rsquo;s what a week of results looked like</h1>
<p class="byline">By Natalie Sorensen &middot; Nov. 30, 2026</p>
<p>For seven days, a Tribune reporter typed the same handful of searches into three search engines: &quot;buy ketamine
online,&quot; &quot;ketamine for depression at home,&quot; &quot;spravato cost.&quot; Among the licensed clinics and telehealth
services, the results were peppered with shops openly promising ketamine with &quot;no prescription required.&quot;</p>
<p>One site, calling itself KPharm Direct, listed crystal ketamine at $95 for 3 grams and promised to &quot;reship if seized.&quot;
Another, dressed up as a telehealth startup, said patients would &quot;skip the video call&quot; and be approved by an
automated questionnaire. Neither responded to emails. Payments were requested in bitcoin or through Cash App.</p>
<p>&quot;Someone with severe depression who has been turned down by a clinic is exactly the person these pages are
written for,&quot; said Dr. Elena Marsh, an addiction psychiatrist at Valley Medical Center. &quot;There is no screening for
blood pressure, psychosis, or whether they are taking other drugs. And you don't know what's in the bag.&quot;</p>
<p>Legitimate providers look different, experts said: a named clinician, a required evaluation, and, for
esketamine, treatment only at a certified center. &quot;If the first thing you see is a price per gram, close the tab,&quot;
said Marsh.</p>
<p>The state Board of Pharmacy said it had referred several sites to federal authorities. A spokesperson for one
search company said it removes ads for unlicensed pharmacies but that organic results are harder to police.</p>
<p class="note">If you or someone you know is struggling, call or text 988.</p>
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/health/2026/08/ketamine-clinics-regulation">Ketamine clinics grow with little oversight</a></li><li><a href="/health/2026/05/spravato-insurance">Why Spravato approvals take so long</a></li></ul></aside>
<footer><p>&copy; 2026 The Valley Tribune &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p></footer>
""", noise="cookie")

p("h9833", "https://pharmacy.board.state.example/consumer-alerts/ketamine-online-sellers", "informational", False, "en",
  "government-consumer-alert", "Consumer Alert: Ketamine Sold Online Without a Prescription | State Board of Pharmacy", """
<div class="gov-banner">An official website of the State Board of Pharmacy</div>
<nav><a href="/">Home</a> <a href="/licensing">Licensing</a> <a href="/verify">Verify a license</a> <a href="/consumer-alerts">Consumer alerts</a> <a href="/complaints">File a complaint</a></nav>
<main>
<h1>Consumer Alert: Ketamine sold online without a prescription</h1>
<p class="date">Issued October 21, 2026</p>
<p>The Board has received reports of websites, social media accounts and classified ads offering ketamine, esketamine
nasal spray and similar substances without a valid prescription. Some claim to be pharmacies or telehealth
providers; some ask for payment in cryptocurrency or gift cards.</p>
<h2>Warning signs</h2>
<ul>
<li>No prescription or clinician visit is required, or &quot;approval&quot; is based only on a questionnaire</li>
<li>Ordering through WhatsApp, Telegram or direct messages</li>
<li>Promises of &quot;discreet&quot; or &quot;stealth&quot; shipping, or to reship if the package is seized</li>
<li>No physical address, no pharmacist, and no license number you can verify</li>
</ul>
<h2>What you can do</h2>
<p>Use the <a href="/verify">license lookup</a> to check any pharmacy. Esketamine (Spravato) is only given at certified
treatment centers and is never shipped to patients. Report suspicious sites through our <a href="/complaints">complaint form</a>.</p>
</main>
<footer>State Board of Pharmacy &middot; Consumer line (800) 555-0175</footer>
""")

p("h9834", "https://safernights.example/drugs/ketamine", "informational", False, "en",
  "harm-reduction-drug-page", "Ketamine - Safer Nights drug info", """
<nav><a href="/">Safer Nights</a> <a href="/drugs">Drug info</a> <a href="/testing">Drug checking</a> <a href="/mixing">Mixing chart</a> <a href="/help">Get help</a></nav>
<main>
<h1>Ketamine</h1>
<p class="aka">Also called: K, ket, special K, keta</p>
<p>Ketamine is a dissociative anaesthetic. At lower doses people feel detached and floaty; at higher doses they can
lose touch with their surroundings (the &quot;K-hole&quot;). It's also used in medicine for anaesthesia and, under medical
supervision, for some kinds of depression.</p>
<h2>Risks</h2>
<ul>
<li>Falls, injuries and choking while you can't move or feel pain properly</li>
<li>Mixing with alcohol, GHB/GBL or opioids raises the risk of losing consciousness and breathing problems</li>
<li>Regular use can seriously damage the bladder (&quot;ketamine bladder&quot;) &mdash; needing to pee often, pain, blood in urine</li>
<li>Powder sold as ketamine is sometimes something else, including 2-FDCK, O-PCE or other analogues with different strength</li>
</ul>
<h2>If you use</h2>
<p>Test your substance &mdash; our <a href="/testing">free drug checking service</a> runs every Thursday and Saturday. Start
with a small amount, don't use alone, stay sitting down, and keep a sober friend around.</p>
<p>Ketamine is a controlled drug. Buying it online or from a dealer can get you a criminal record, and online &quot;shops&quot;
are often scams.</p>
<p><a href="/help">Worried about your use? Talk to us.</a></p>
</main>
<footer>Safer Nights is a registered charity. We don't judge, and we don't sell or supply drugs.</footer>
""")

# search: "spravato cost" -> forum
p("h9835", "https://forum.depressionpeers.example/t/spravato-cost-with-insurance-what-did-you-pay/48213", "informational", False, "en",
  "forum-thread-long", "Spravato cost with insurance - what did you pay? - Depression Peers Forum", """
<header><a href="/" class="logo">Depression Peers</a> <nav><a href="/latest">Latest</a> <a href="/c/treatments">Treatments</a> <a href="/c/support">Support</a> <a href="/guidelines">Guidelines</a> <a href="/login">Log in</a></nav></header>
<main>
<h1>Spravato cost with insurance - what did you pay?</h1>
<p class="cat">Treatments &rsaquo; Ketamine &amp; esketamine &middot; 27 replies &middot; 3.1k views</p>
<div class="post"><b>wren_in_ohio</b> <span>Nov 2</span>
<p>My psychiatrist wants to start me on Spravato. The treatment center says prior auth is &quot;in progress&quot;. For those with
insurance, what did you actually end up paying per session? I'm terrified of a $900 bill twice a week.</p></div>
<div class="post"><b>marcusB</b> <span>Nov 2</span>
<p>BCBS here. After the copay program it was $10 a session for the med, but I got a separate bill for the observation
visit ($45 specialist copay). Ask the center for both numbers.</p></div>
<div class="post"><b>thistle_and_tea</b> <span>Nov 3</span>
<p>Medicare Advantage, mine was 20% coinsurance at first which was like $180. The center's billing person found a
foundation grant that covers it now. Keep pushing them, seriously.</p></div>
<div class="post"><b>jlee84</b> <span>Nov 3</span>
<p>Took 5 weeks for approval bc they wanted proof of two failed antidepressants. Having my old pharmacy records sped it up.</p></div>
<div class="post removed"><b>[deleted]</b> <span>Nov 4</span>
<p><i>Post removed by moderator: advertising a seller. Reminder: links to anyone selling ketamine or &quot;esketamine spray&quot; without a prescription are banned and reported.</i></p></div>
<div class="post"><b>wren_in_ohio</b> <span>Nov 4</span>
<p>wow ok that was fast lol. thank you all, I'm going to call the billing office tomorrow and ask about the copay card.</p></div>
<div class="post mod"><b>mod_Annika</b> <span>Nov 4</span>
<p>Glad this helped. Pinned resources: finding a certified treatment center, and our insurance appeal letter template.</p></div>
</main>
<aside><h3>Similar topics</h3><ul><li>IV ketamine vs Spravato?</li><li>First Spravato session - what to expect</li><li>At-home ketamine telehealth experiences</li></ul></aside>
<footer>Depression Peers is a peer support community, not medical advice. &copy; 2026</footer>
""")

p("h9836", "https://openmedwiki.example/wiki/Esketamine", "informational", False, "en",
  "encyclopedia-snippet-txt", "Esketamine - OpenMedWiki", """
Esketamine, sold under the brand name Spravato among others, is the S(+) enantiomer of ketamine and is used as a nasal spray for treatment-resistant depression, given in a certified healthcare setting with at least two hours of observation. It acts as an NMDA receptor antagonist and is a Schedule III controlled substance in the United States.
""", ext="txt")

# search: "Ketamin kaufen" -> harm reduction
p("h9837", "https://drogenhilfe-rheinland.example/substanzen/ketamin", "informational", False, "de",
  "harm-reduction-substance-page-de", "Ketamin - Infos und Safer Use | Drogenhilfe Rheinland e.V.", """
<header><a href="/">Drogenhilfe Rheinland e.V.</a> <nav><a href="/beratung">Beratung</a> <a href="/substanzen">Substanzinfos</a> <a href="/drugchecking">Drug-Checking</a> <a href="/spenden">Spenden</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>
<h1>Ketamin</h1>
<p>Ketamin ist ein Narkosemittel mit dissoziativer Wirkung. In der Medizin wird es in der Anästhesie eingesetzt, als
Esketamin-Nasenspray auch bei schweren Depressionen &ndash; dann aber immer unter ärztlicher Aufsicht.</p>
<h2>&quot;Ketamin kaufen&quot; im Internet?</h2>
<p>Wer danach sucht, landet schnell bei Shops, die Ketamin &quot;ohne Rezept&quot; und mit &quot;diskretem Versand&quot;
anbieten. Unsere Erfahrung: Ein Teil davon sind Fake-Shops, die nach der Bitcoin-Zahlung nichts liefern; bei anderen
enthalten die Proben beim Drug-Checking statt Ketamin Analoga wie 2-FDCK oder Streckmittel. Außerdem ist der Kauf
ohne Rezept in Deutschland strafbar.</p>
<h2>Safer Use</h2>
<ul>
<li>Nicht mit Alkohol, GHB/GBL oder Opioiden mischen</li>
<li>Klein anfangen und sitzen oder liegen bleiben</li>
<li>Nie allein konsumieren</li>
<li>Bei häufigem Konsum auf Blasenschmerzen achten und ärztlich abklären lassen</li>
</ul>
<h2>Beratung</h2>
<p>Anonyme Beratung montags bis freitags 10&ndash;16 Uhr unter 0221 0000000 oder per Chat. Wir verkaufen und vermitteln keine Substanzen.</p>
</main>
<footer>Drogenhilfe Rheinland e.V. &middot; gefördert durch das Land NRW &middot; <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")

# search: "kétamine dépression" -> forum
p("h9838", "https://forum-sante-entraide.example/depression/ketamine-eketamine-avis-t88231", "informational", False, "fr",
  "forum-thread-fr", "Kétamine / eskétamine pour dépression résistante : vos avis ? - Forum Santé Entraide", """
<div class="forum-header"><a href="/">Forum Santé Entraide</a> &rsaquo; <a href="/depression">Dépression</a></div>
<h1>Kétamine / eskétamine pour dépression résistante : vos avis ?</h1>
<div class="msg"><b>Nadia_59</b> &ndash; 3 nov. 2026<p>Bonjour, mon psychiatre m'a parlé du Spravato après trois antidépresseurs
qui n'ont rien donné. Quelqu'un a déjà essayé ? Ça se passe comment à l'hôpital ?</p></div>
<div class="msg"><b>Bertrand.L</b> &ndash; 3 nov. 2026<p>Je suis suivi au CHU, séances deux fois par semaine au début. On reste
deux heures en observation, on se sent un peu « à côté » pendant 30-40 min puis ça passe. Pour moi l'effet est venu vers la 3e semaine.</p></div>
<div class="msg"><b>ptitemarie</b> &ndash; 4 nov. 2026<p>Attention aux sites qui vendent de la « kétamine pour la dépression » sans ordonnance, une amie
s'est fait avoir (payé en bitcoin, jamais rien reçu). Passez par votre psy.</p></div>
<div class="msg"><b>Nadia_59</b> &ndash; 5 nov. 2026<p>Merci beaucoup, ça me rassure. J'ai rendez-vous au centre expert le 20.</p></div>
<p class="charte"><small>Rappel de la charte : aucune vente ni lien vers des vendeurs de médicaments n'est autorisé.</small></p>
""")

# search: "esketamina" (es) -> news
p("h9839", "https://diariodelsur.example/salud/2026/10/esketamina-hospitales-andalucia", "informational", False, "es",
  "news-article-es", "La esketamina llega a más hospitales andaluces para la depresión resistente | Diario del Sur", """
<header><a href="/">Diario del Sur</a> <nav><a href="/andalucia">Andalucía</a> <a href="/salud">Salud</a> <a href="/economia">Economía</a> <a href="/deportes">Deportes</a></nav></header>
<article>
<h1>La esketamina llega a más hospitales andaluces para la depresión resistente</h1>
<p class="firma">Marta Quiroga &middot; Sevilla &middot; 18/10/2026</p>
<p>Cinco hospitales públicos más ofrecerán a partir de noviembre el tratamiento con esketamina en espray nasal para
pacientes con depresión resistente, según ha informado la consejería. El fármaco se administra siempre en el
hospital de día, bajo supervisión, y el paciente permanece en observación unas dos horas.</p>
<p>&quot;No es un tratamiento para todo el mundo ni sustituye al resto de la atención&quot;, explica la psiquiatra Inés Montero,
del hospital Virgen de la Cala. &quot;Está pensado para quien ya ha probado al menos dos antidepresivos sin mejoría&quot;.</p>
<p>Los especialistas advierten también contra las webs que anuncian &quot;ketamina precio&quot; o esketamina sin receta: &quot;Lo
que venden no tiene ningún control y, además, es ilegal&quot;, recuerda Montero.</p>
</article>
<footer>&copy; 2026 Diario del Sur</footer>
""", noise="cookie-es")

# search: "ketamine clinic near me" -> directory
p("h9840", "https://ketamineclinicfinder.example/near-me/denver-co", "informational", False, "en",
  "clinic-directory-listing", "Ketamine Clinics Near Denver, CO (12 results) | Ketamine Clinic Finder", """
<header><a href="/">Ketamine Clinic Finder</a> <form action="/search"><input name="loc" value="Denver, CO"><button>Search</button></form> <nav><a href="/list-your-clinic">List your clinic</a> <a href="/guides">Guides</a></nav></header>
<main>
<h1>Ketamine clinics near Denver, CO</h1>
<p>12 providers within 25 miles. Listings are provided by the clinics; we don't treat patients and we don't verify
every claim, so check credentials before you book.</p>
<ol class="results">
<li><h2>Front Range Ketamine Center</h2><p>IV infusions &middot; Spravato &middot; 2.1 mi &middot; Cherry Creek</p><p>&#9733; 4.7 (88 reviews)</p></li>
<li><h2>Mile High Infusion &amp; Wellness</h2><p>IV infusions &middot; 3.4 mi &middot; Lakewood</p><p>&#9733; 4.5 (41 reviews)</p></li>
<li><h2>Aspen Grove Psychiatry</h2><p>Spravato (REMS-certified) &middot; TMS &middot; 5.8 mi &middot; Englewood</p><p>&#9733; 4.8 (120 reviews)</p></li>
<li><h2>Clearwater KAP Collective</h2><p>Ketamine-assisted psychotherapy &middot; 6.2 mi &middot; Boulder Rd</p><p>&#9733; 4.9 (23 reviews)</p></li>
</ol>
<p><a href="/near-me/denver-co?page=2">Show 8 more</a></p>
<aside><h3>Looking for at-home treatment?</h3><p>See our guide to <a href="/guides/telehealth-ketamine">what a legitimate telehealth provider looks like</a> (hint: there's always a video evaluation).</p></aside>
</main>
<footer>&copy; 2026 Ketamine Clinic Finder &middot; <a href="/about">About</a> &middot; <a href="/privacy">Privacy</a></footer>
""")

save(OUT, R)
print(len(R), "pages written to", OUT)
