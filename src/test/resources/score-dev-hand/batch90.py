# Batch 90 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "What a crawler actually gets". Pages as a crawler receives them rather than as a designer
# meant them: markup that is broken or half-rendered (unclosed tags, raw shortcodes, template
# leftovers), pages cut off mid-sentence or at a paywall, search-result snippets and meta
# descriptions only (plain-text files), cookie walls and age gates with a little content behind
# them, bot checks, pages that are mostly navigation, printer-friendly versions, AMP pages,
# machine-translated pages with odd wording, and pages mixing two languages.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, nl 2, pt 2, it 3).
# Shapes: AMP research-chemical product page, SERP snippet of a shop, age gate over a dispensary,
# truncated "pharmacy" vial page, WordPress shop with raw shortcodes, darknet-style market category
# page that is mostly menus, printer version of "how to order", bot-check page (url-only),
# machine-translated Spanish shop, German cookie wall over a shop, machine-translated French
# veterinary listing, Dutch/English webshop, Portuguese classified ad as extracted text, Italian meta
# description; telehealth AMP blog, SERP snippet, consent-manager wall, truncated "how it works",
# printer version of a consent form, German/English virtual psychiatry page, machine-translated
# Spanish page, Portuguese meta description, navigation-heavy treatment page; clinic page with
# broken site-builder markup, map-listing snippet, printer pre-infusion instructions, French
# hospital page behind a cookie wall, truncated hospital department page, Italian/English private
# clinic, Spanish pain unit that is mostly menus, AMP clinic blog; news behind a paywall, government
# alert snippet, printer harm-reduction sheet, AMP news report, German wiki page with template
# leftovers, French meta description, forum thread as extracted text, Dutch drug-checking news
# behind a cookie wall, Italian pharmacy page that is mostly navigation.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch90.py (writes batch90/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch90")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

AMP_HEAD = """<link rel="canonical" href="{canon}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
"""

# ================================================================== sellers (14)

p("h9001", "https://m.purechemlabs.example/amp/product/2-fdck-crystal", "seller", True, "en",
  "amp-research-chemical-product", "2-FDCK Crystal 99.7% - PureChem Labs", """
<amp-sidebar id="nav" layout="nodisplay" side="left">
<ul><li><a href="/amp/">Home</a></li><li><a href="/amp/category/arylcyclohexylamines">Arylcyclohexylamines</a></li><li><a href="/amp/category/tryptamines">Tryptamines</a></li><li><a href="/amp/category/cathinones">Cathinones</a></li><li><a href="/amp/faq">FAQ</a></li><li><a href="/amp/track">Track order</a></li></ul>
</amp-sidebar>
<header><button on="tap:nav.toggle">&#9776;</button> <a href="/amp/">PURECHEM LABS</a> <a href="/amp/cart">Cart (0)</a></header>
<amp-img src="/img/2fdck-crystal.jpg" width="600" height="600" layout="responsive" alt="2-FDCK crystal"></amp-img>
<h1>2-FDCK Crystal 99.7%</h1>
<div class="rating">&#9733;&#9733;&#9733;&#9733;&#9733; (141 customer reviews)</div>
<p>2-Fluorodeschloroketamine (2-FDCK) is an arylcyclohexylamine and a close structural analogue of ketamine. Our batch is supplied as large clear crystal, HPLC tested at 99.7%.</p>
<p><b>For in-vitro research only. Not for human consumption.</b> Buyer confirms they are 18+.</p>
<form method="post" action-xhr="/amp/cart/add" target="_top">
<select name="qty">
<option value="5">5 g - $85.00</option>
<option value="10">10 g - $150.00</option>
<option value="25">25 g - $320.00</option>
<option value="50">50 g - $560.00</option>
<option value="100">100 g - $990.00</option>
</select>
<button type="submit">Add to cart</button>
</form>
<p>10% off all orders paid in BTC, LTC or USDT (TRC20). Bank transfer available on request.</p>
<p>Ships from our EU warehouse in vacuum-sealed, smell-proof packaging with a neutral return address. Free reship if your parcel is held by customs.</p>
<amp-accordion><section><h3>Description</h3><p>Molecular formula C13H16FNO. CAS 111982-50-4. Batch COA available on request.</p></section>
<section><h3>Reviews (141)</h3><p>"arrived in 4 days to Germany, same as the old ket but cleaner" - mr_k</p></section></amp-accordion>
<h2>Related products</h2>
<amp-carousel height="220" layout="fixed-height" type="carousel">
<div>Ketamine HCl - sold out</div><div>Deschloroketamine (DCK) - from $70</div><div>3-MeO-PCP pellets - from $60</div><div>O-PCE - from $95</div>
</amp-carousel>
<footer>&copy; PureChem Labs. All products sold as reference materials.</footer>
""", head=AMP_HEAD.format(canon="https://purechemlabs.example/product/2-fdck-crystal"))

p("h9002", "https://ketaexpress.example/shop", "seller", True, "en",
  "serp-snippet-shop", "", """
Buy Ketamine Online | No Prescription Needed | KetaExpress
https://ketaexpress.example > shop
Order pharmaceutical-grade ketamine powder and 10 ml liquid vials online with overnight stealth delivery across the USA, UK and Australia. No Rx required. Pay with Bitcoin, Zelle or Cash App ...
""", ext="txt")

p("h9003", "https://greenlantern-apothecary.example/", "seller", True, "en",
  "age-gate-over-dispensary", "The Green Lantern Apothecary | Verify your age", """
<div id="age-gate" class="modal open" role="dialog">
<img src="/logo-lantern.png" alt="The Green Lantern">
<h2>Are you 21 or older?</h2>
<p>You must be of legal age to view this website. By entering you confirm that you are at least 21 years old and agree to our Terms.</p>
<button id="ag-yes">Yes, let me in</button> <button id="ag-no">No, take me back</button>
<p class="small">Remember me for 30 days <input type="checkbox" checked></p>
</div>
<div id="site" style="filter:blur(12px)" aria-hidden="true">
<nav>Shop | Mushrooms | Psychedelics | Dissociatives | Edibles | How to order | Reviews</nav>
<h1>Small batch. Lab tested. Delivered to your door.</h1>
<h3>This week's drops</h3>
<ul>
<li>Golden Teacher dried caps - 1 oz $160</li>
<li>LSD blotter 150ug - 10 tabs $120</li>
<li>Ketamine shards (crystal, tested) - 3.5 g $110 / 7 g $200 / 14 g $360 / 28 g $650</li>
<li>Ketamine nasal spray, pre-filled 10 ml - $140</li>
</ul>
<p>Ordering is done on Telegram @greenlantern_plug or Session. Send us your list and zip code, we reply with the total and a wallet address. BTC, XMR or Apple gift cards.</p>
<p>Ships USPS Priority in triple vacuum sealed mylar. Domestic US only. Lost package = free reship, no questions.</p>
</div>
""")

p("h9004", "https://medsworldpharma.example/buy-ketalar-ketamine-hydrochloride-injection-50mg-ml", "seller", True, "en",
  "truncated-pharmacy-vial-page", "Buy Ketalar 50mg/ml Injection Online - MedsWorld Pharma", """
<div class="topbar">Free shipping on orders over $300 | 24/7 live support | <a href="/track">Track order</a></div>
<header><a href="/" class="logo">MedsWorld Pharma</a>
<nav><a href="/category/pain-relief">Pain Relief</a> <a href="/category/anxiety">Anxiety</a> <a href="/category/sleep">Sleep Aid</a> <a href="/category/anesthetics">Anesthetics</a> <a href="/category/adhd">ADHD</a> <a href="/cart">Cart</a></nav></header>
<main>
<div class="breadcrumb">Home / Anesthetics / Ketalar</div>
<h1>Ketalar (Ketamine Hydrochloride Injection USP) 50 mg/ml, 10 ml vial</h1>
<p class="stock">In stock</p>
<table class="price">
<tr><th>Package</th><th>Price</th><th>Per vial</th><th></th></tr>
<tr><td>2 vials</td><td>$140.00</td><td>$70.00</td><td><button>Add to cart</button></td></tr>
<tr><td>5 vials</td><td>$300.00</td><td>$60.00</td><td><button>Add to cart</button></td></tr>
<tr><td>10 vials</td><td>$520.00</td><td>$52.00</td><td><button>Add to cart</button></td></tr>
<tr><td>25 vials</td><td>$1,150.00</td><td>$46.00</td><td><button>Add to cart</button></td></tr>
</table>
<ul class="specs"><li>Manufacturer: Par Pharmaceutical</li><li>Form: solution for injection</li><li>Prescription: not required</li><li>Delivery time: 3-7 business days</li></ul>
<h2>Product description</h2>
<p>Ketalar is a rapid-acting general anesthetic used for diagnostic and surgical procedures. It is also widely used off label for pain and for mood. Our vials are sourced directly from licensed distributors and shipped in original sealed packaging.</p>
<h2>Shipping information</h2>
<p>We ship discreetly with full tracking to the USA, Canada, Austral
""")

p("h9005", "https://ketaminepowdershop.example/product/buy-ketamine-powder-online/", "seller", True, "en",
  "broken-wordpress-shortcodes", "Buy Ketamine Powder Online &#8211; Ketamine Powder Shop", """
<div class="elementor-section"><div class="elementor-container"><div class="elementor-widget-container">
<p>Home &raquo; Shop &raquo; Dissociatives &raquo; Buy Ketamine Powder Online
<h1 class="product_title entry-title">Buy Ketamine Powder Online</h1></p>
<p class="price"><span class="woocommerce-Price-amount amount">&amp;#36;</span>180.00 &ndash; <span>&amp;#36;</span>1,250.00</div>
[product_attribute attribute="quantity" filter="5g|10g|25g|50g|100g"]
<div class="woocommerce-product-details__short-description"><p>Ketamine powder 99% pure, crystalline, lab tested. Top shelf quality for experienced users. &amp;nbsp;Fast and discreet worldwide delivery.
<p><strong>Order directly on Telegram: @ketapowder_official</strong> or WhatsApp +44 7700 900123 for bulk prices</p>
</div></div>
[wpforms id="1127" title="false"]
<script>var wc_add_to_cart_params = {"ajax_url":"\\/wp-admin\\/admin-ajax.php","i18n_view_cart":"View cart"
<div class="tabs"><li>Description<li>Reviews (38)<li>Shipping
<p>Buy ketamine powder online without prescription from the most trusted vendor. We accept Bitcoin, Ethereum, Cash App and PayPal friends &amp; family. All parcels are stealth packed (vacuum sealed inside a retail box) with 100% delivery guarantee or free reship.
<p>Related: Buy Ketamine Liquid Online, Buy Ketamine Crystal, Buy Esketamine Nasal Spray, Buy MDMA Crystal
</div></div>
""")

p("h9006", "https://darkcorner-market.example/category/dissociatives", "seller", True, "en",
  "market-category-mostly-nav", "DarkCorner Market - Dissociatives", """
<div class="top">Logged in as guest | <a href="/login">Login</a> | <a href="/register">Register</a> | BTC/USD 0.0000103 | XMR/USD 0.00612 | <a href="/mirrors">Mirrors</a></div>
<nav class="cats">
<a href="/category/cannabis">Cannabis (4212)</a> <a href="/category/stimulants">Stimulants (3120)</a> <a href="/category/psychedelics">Psychedelics (1988)</a> <a href="/category/dissociatives"><b>Dissociatives (611)</b></a> <a href="/category/benzos">Benzos (1402)</a> <a href="/category/opioids">Opioids (874)</a> <a href="/category/prescription">Prescription (956)</a> <a href="/category/digital">Digital goods (2203)</a>
</nav>
<aside class="sub">
<h4>Dissociatives</h4>
<ul><li><a href="?sub=ketamine">Ketamine (402)</a></li><li><a href="?sub=esketamine">Esketamine (19)</a></li><li><a href="?sub=dck">DCK (33)</a></li><li><a href="?sub=2fdck">2F-DCK (58)</a></li><li><a href="?sub=mxe">MXE (12)</a></li><li><a href="?sub=3meopcp">3-MeO-PCP (41)</a></li><li><a href="?sub=dxm">DXM (46)</a></li></ul>
<h4>Ships from</h4><ul><li>Netherlands</li><li>Germany</li><li>United Kingdom</li><li>United States</li><li>Worldwide</li></ul>
<h4>Sort</h4><ul><li>Best match</li><li>Price low-high</li><li>Vendor rating</li></ul>
</aside>
<div class="grid">
<div class="item">Ketamine needle shards 5 g | 0.0041 BTC | vendor k_island (98.6%, 2311 sales) | NL &rarr; WW | escrow</div>
<div class="item">Ketamine S-isomer 10 g | 0.0069 BTC | vendor dutchdissos (99.1%) | NL &rarr; EU</div>
</div>
<div class="pager">1 2 3 4 5 ... 31 Next</div>
<footer><a href="/rules">Rules</a> <a href="/pgp">PGP</a> <a href="/support">Support ticket</a> <a href="/canary">Canary</a> <a href="/vendor-bond">Become a vendor</a></footer>
""")

p("h9007", "https://ketaminevials-store.example/how-to-order?print=1", "seller", True, "en",
  "printer-friendly-how-to-order", "How to Order - Printer Friendly Version", """
<p><small>Printed from ketaminevials-store.example &middot; Page 1 of 1</small></p>
<h1>How to Order</h1>
<p>1. Choose your product (Ketamine HCl vials 10 ml, Ketamine powder, Esketamine spray) and quantity, then click Checkout. No account is needed and we do not require a prescription or any medical documents.</p>
<p>2. Enter a delivery name and address. It does not need to be your real name, only a name the courier will accept at that address.</p>
<p>3. Select a payment method. We accept Bitcoin, Ethereum, Litecoin, and Amazon, Apple or Steam gift cards (gift cards: add 15%).</p>
<p>4. For gift cards, e-mail a clear photo of the card and receipt to orders@ketaminevials-store.example with your order number.</p>
<p>5. Your tracking number is sent within 24 hours of payment confirmation.</p>
<h2>Packaging</h2>
<p>All parcels are sent stealth: vials are wrapped, placed inside a sealed retail product box and declared as cosmetics.</p>
<h2>Reship policy</h2>
<p>If your parcel is seized by customs, send us the seizure letter and we will reship once at no charge. Second reship at 50%.</p>
<p><small>&copy; 2026 KetaminVials Store. <a href="javascript:window.print()">Print this page</a></small></p>
""")

p("h9008", "https://ketamine-no-prescription-shop.example/product/ketamine-crystal-100g", "seller", True, "en",
  "bot-check-url-only", "Just a moment...", """
<div class="main-wrapper" role="main">
<div class="main-content">
<h1 class="zone-name-title h1">ketamine-no-prescription-shop.example</h1>
<h2 class="h2" id="challenge-running">Checking if the site connection is secure</h2>
<noscript><div class="h2">Enable JavaScript and cookies to continue</div></noscript>
<div id="challenge-body-text" class="core-msg spacer">ketamine-no-prescription-shop.example needs to review the security of your connection before proceeding.</div>
</div>
</div>
<div class="footer" role="contentinfo"><div class="footer-inner"><div class="clearfix diagnostic-wrapper"><div class="ray-id">Ray ID: <code>8e1f0c2a9b7d4e11</code></div></div><div class="text-center">Performance &amp; security by EdgeShield</div></div></div>
""")

p("h9009", "https://farmaciaglobal24.example/es/comprar-ketamina-en-linea", "seller", True, "es",
  "machine-translated-shop", "Comprar ketamina en línea sin receta | Farmacia Global 24", """
<header><a href="/es/">Farmacia Global 24</a> <nav><a href="/es/">Casa</a> <a href="/es/tienda">Tienda</a> <a href="/es/sobre-nosotros">Sobre nosotros</a> <a href="/es/contacto">Contactarnos</a> <a href="/es/carro">Carro (0)</a></nav> <a href="/en/comprar-ketamina-en-linea">English</a></header>
<main>
<h1>Comprar ketamina en línea sin receta médica</h1>
<p>Nosotros somos el vendedor número uno de confianza para la ketamina de grado farmacéutico en línea. La ketamina es un anestésico disociativo que tiene uso en la medicina y también para el recreativo. Usted puede ordenar con nosotros sin la receta y sin hacer preguntas.</p>
<h2>Nuestros productos de la ketamina</h2>
<ul>
<li>Ketamina en polvo 10 gramos &ndash; 180,00 US$ <button>Añadir al carro</button></li>
<li>Ketamina en polvo 25 gramos &ndash; 390,00 US$ <button>Añadir al carro</button></li>
<li>Ketamina líquido vial 10ml (caja de 5) &ndash; 250,00 US$ <button>Añadir al carro</button></li>
<li>Esketamina aerosol nasal 28mg &ndash; 320,00 US$ <button>Añadir al carro</button></li>
</ul>
<h2>¿Por qué comprar desde nosotros?</h2>
<ul><li>Envío furtivo a todo el mundo, el paquete no muestra que hay dentro</li><li>Pagar con el Bitcoin, Western Union o la tarjeta de regalo</li><li>Garantía de reenvío si la aduana toma su paquete</li><li>Soporte en WhatsApp 24 horas por 7 días</li></ul>
<p>Por favor no dude en contactar con nosotros por cualquier pregunta sobre su orden. Nosotros tenemos los mejores precios del mercado.</p>
</main>
<footer>Derechos de autor 2026 Farmacia Global 24. Todos los derechos son reservados.</footer>
""")

p("h9010", "https://chemshop24.example/de/ketamin-kaufen", "seller", True, "de",
  "cookie-wall-over-shop", "Ketamin kaufen | ChemShop24", """
<div class="cmp-wall" role="dialog" aria-modal="true">
<h2>Wir respektieren Ihre Privatsphäre</h2>
<p>Wir und unsere 148 Partner speichern und/oder greifen auf Informationen auf Ihrem Gerät zu, z. B. eindeutige Kennungen in Cookies, um personenbezogene Daten zu verarbeiten. Sie können Ihre Auswahl akzeptieren oder verwalten. Ohne Ihre Zustimmung ist die Nutzung dieser Seite leider nicht möglich.</p>
<button>Zustimmen und weiter</button> <button>Einstellungen</button>
</div>
<div class="page" style="display:none">
<h1>Ketamin kaufen</h1>
<p>Ketamin HCl 99,8 % - grobe Kristalle, laborgeprüft. Verkauf ausschließlich als Forschungschemikalie, nicht für den menschlichen Verzehr.</p>
<table><tr><td>5 g</td><td>79,00 &euro;</td></tr><tr><td>10 g</td><td>139,00 &euro;</td></tr><tr><td>25 g</td><td>299,00 &euro;</td></tr></table>
<button>In den Warenkorb</button>
<p>Versand aus den Niederlanden innerhalb von 24 h, neutral verpackt und ohne Absender. Zahlung per Bitcoin, Monero oder Paysafecard. Kein Rezept, kein Ausweis nötig.</p>
</div>
""")

p("h9011", "https://vetpharma-direct.example/fr/produit/ketamine-1000-injectable", "seller", True, "fr",
  "machine-translated-veterinary-listing", "Kétamine 1000 mg/10 ml injectable - VetPharma Direct", """
<nav><a href="/fr/">Accueil</a> &gt; <a href="/fr/chevaux">Chevaux</a> &gt; <a href="/fr/chevaux/anesthesiques">Anesthésiques</a></nav>
<h1>Kétamine 1000 mg/10 ml solution injectable pour chevaux et chiens</h1>
<p class="prix">1 flacon : 59,00 &euro; &middot; 5 flacons : 245,00 &euro; &middot; 10 flacons : 440,00 &euro;</p>
<button>Ajouter au panier</button>
<p>La kétamine est un anesthésique puissant pour le usage vétérinaire seulement. Ce médicament est pour les animaux que seulement. Aucune ordonnance du vétérinaire n'est pas nécessaire pour faire commande chez nous, vous pouvez acheter maintenant avec le confiance.</p>
<p>Nous expédions dans toute l'Europe et au Royaume-Uni, le colis est discret et sans le nom du produit sur la boîte. Délai de 3-5 jours ouvrables.</p>
<h3>Paiement</h3>
<p>Virement bancaire, Bitcoin ou coupon PCS/Transcash. Pour le coupon, envoyez le code par e-mail après la commande.</p>
<h3>Avis clients</h3>
<p>&laquo; bien reçu, pas pour un cheval ;) &raquo; &mdash; Julien, Lyon</p>
""")

p("h9012", "https://ketamine-kopen.example/", "seller", True, "nl",
  "dutch-english-mixed-shop", "Ketamine kopen in Nederland & Belgie | Fast and discreet", """
<header><b>KETAMINE-KOPEN</b> <nav>Home | Shop | Reviews | Veelgestelde vragen | Contact</nav> <span>NL | EN</span></header>
<section class="hero"><h1>Ketamine kopen zonder gedoe</h1><p>Premium quality, altijd discreet verpakt. We ship within 24 hours to NL, BE and DE.</p></section>
<section class="producten">
<div>Ketamine kristal 1 g &ndash; &euro;25</div>
<div>Ketamine kristal 5 g &ndash; &euro;100</div>
<div>Ketamine kristal 10 g &ndash; &euro;180 <em>best seller</em></div>
<div>Ketamine liquid 10 ml &ndash; &euro;90</div>
</section>
<section class="hoe"><h2>Hoe werkt het? / How does it work?</h2>
<ol><li>Stuur ons een bericht op Telegram of Signal (@ketkopen_nl)</li><li>Kies je product en hoeveelheid</li><li>Betaal met Bitcoin or Monero &ndash; no bank, no questions</li><li>Binnen 1-2 werkdagen in je brievenbus, zonder afzender</li></ol></section>
<p class="disc">Je hebt geen recept nodig. Only 18+. Bij twijfel: stuur een berichtje, we reageren meestal binnen het uur.</p>
<footer>&copy; 2026 &middot; No logs &middot; Pakket kwijt? Wij sturen opnieuw.</footer>
""")

p("h9013", "https://classificados-brasil.example/anuncio/sp/zona-sul/ketamina-liquida-e-em-po-7731902", "seller", True, "pt",
  "classified-ad-extracted-text", "", """
Início > São Paulo > Zona Sul > Saúde e beleza > Outros
Anúncio 7731902 | Publicado ontem às 23:41
KETAMINA LÍQUIDA E EM PÓ - ENTREGA DISCRETA
R$ 350
Ketamina líquida frasco 10ml original e também em pó (cristal). Qualidade top, procedência garantida.
Envio por Sedex pra todo Brasil, embalagem discreta sem identificação. Entrega em mãos na zona sul.
Não precisa de receita. Pagamento só via Pix ou cripto.
Chama no zap (11) 90000-0000 ou Telegram @keta_sp
Denunciar anúncio | Compartilhar | Favoritar
Localização: Santo Amaro, São Paulo - SP
Anúncios relacionados: Balança de precisão 0,01g | Kit frascos âmbar | Ver mais anúncios deste vendedor
""", ext="txt")

p("h9014", "https://spravato-senza-ricetta.example/", "seller", True, "it",
  "meta-description-only", "", """
Spravato senza ricetta - Acquista esketamina spray nasale 28 mg online | Consegna discreta in 48 ore in tutta Italia. Pagamento anonimo con carta prepagata o Bitcoin. Nessuna visita medica richiesta.
""", ext="txt")

# ================================================================== telehealth (9)

p("h9015", "https://www.calmwave-health.example/amp/blog/what-happens-at-your-first-ketamine-evaluation", "telehealth", False, "en",
  "amp-telehealth-blog", "What happens at your first ketamine evaluation | Calmwave Health", """
<header><amp-img src="/logo.svg" width="120" height="32" alt="Calmwave"></amp-img> <a href="https://www.calmwave-health.example/get-started">Get started</a></header>
<article>
<h1>What happens at your first ketamine evaluation</h1>
<p class="byline">Reviewed by Priya Raman, MD, board-certified psychiatrist &middot; 6 min read</p>
<amp-img src="/blog/eval-hero.jpg" width="1200" height="630" layout="responsive" alt="A patient on a video call with a clinician"></amp-img>
<p>Before anyone at Calmwave prescribes ketamine, you'll spend about 45 minutes on a video visit with one of our psychiatric clinicians. Here is what that conversation covers, and why some people leave it with a different plan.</p>
<h2>Your history, in your words</h2>
<p>Your clinician will ask about your depression or anxiety, which medications you have tried and for how long, and anything that has helped. Expect questions about substance use, blood pressure, heart problems and any history of psychosis, because those change whether ketamine is safe for you.</p>
<h2>Questionnaires</h2>
<p>You'll fill out the PHQ-9 and GAD-7 before the visit. We repeat them every few weeks so you and your clinician can see whether treatment is working.</p>
<h2>If ketamine is a fit</h2>
<p>Your prescription is sent to our licensed partner pharmacy, which ships sublingual tablets to your home in your state. You'll also receive a blood pressure cuff, and you'll need a trusted adult present as a sitter for your first sessions.</p>
<h2>If it isn't</h2>
<p>About one in five people we evaluate are not prescribed ketamine. Your clinician will explain why and can refer you to in-person care or other treatments.</p>
</article>
<amp-social-share type="twitter" width="40" height="40"></amp-social-share>
<footer>Calmwave Health provides care in 31 US states. If you are in crisis, call or text 988.</footer>
""", head=AMP_HEAD.format(canon="https://www.calmwave-health.example/blog/what-happens-at-your-first-ketamine-evaluation"))

p("h9016", "https://lumenmind.example/how-it-works", "telehealth", False, "en",
  "serp-snippet-telehealth", "", """
At-Home Ketamine Therapy with Licensed Clinicians | Lumen Mind
https://lumenmind.example > how-it-works
Start with a 60-minute video assessment with a board-certified psychiatrist. If ketamine is appropriate, your prescription is filled by our licensed partner pharmacy and shipped to you. Available in 28 states. Memberships from $199/mo.
""", ext="txt")

p("h9017", "https://northstar-psych.example/", "telehealth", False, "en",
  "consent-manager-wall", "Northstar Psychiatry | Ketamine-assisted therapy from home", """
<div id="onetrust-consent-sdk"><div class="ot-sdk-container" role="alertdialog" aria-label="Privacy">
<h2>Your privacy choices</h2>
<p>We use cookies and similar technologies that are necessary to run the site, and, with your permission, analytics and advertising cookies. As a healthcare provider we never sell your health information. You can change your preferences at any time under "Cookie settings".</p>
<button id="accept-recommended-btn-handler">Accept all</button> <button>Reject non-essential</button> <button>Manage preferences</button>
</div><div class="onetrust-pc-dark-filter"></div></div>
<main aria-hidden="true">
<h1>Ketamine-assisted therapy, from home</h1>
<p>Guided by licensed psychiatric clinicians and integration therapists.</p>
<ol><li>Complete a 15-minute intake</li><li>Meet your clinician by video</li><li>If prescribed, medication arrives from our partner pharmacy</li><li>Dose with support, then integrate with your therapist</li></ol>
<p>$249 for the first month, including your evaluation. <a href="/eligibility">Check eligibility</a></p>
</main>
""")

p("h9018", "https://www.stillpointcare.example/how-it-works", "telehealth", False, "en",
  "truncated-how-it-works", "How it works - Stillpoint", """
<header class="site-header"><a href="/">stillpoint</a>
<nav><a href="/how-it-works" aria-current="page">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/faq">FAQ</a> <a href="/login">Log in</a> <a class="btn" href="/start">Start assessment</a></nav></header>
<main>
<h1>Care that starts with a conversation</h1>
<p>Stillpoint is a virtual practice for adults with depression that hasn't improved with other treatment. Ketamine is one option we offer, and it's only prescribed after a full evaluation.</p>
<div class="step"><h3>Step 1 &ndash; Online assessment</h3><p>Answer questions about your mental health, medical history and current medications. It takes about 20 minutes. You'll also upload a photo ID; we verify every patient.</p></div>
<div class="step"><h3>Step 2 &ndash; Video visit with a psychiatric nurse practitioner</h3><p>A licensed PMHNP in your state reviews your answers with you over video and decides whether ketamine is appropriate. Some patients are asked for recent labs or a note from their primary care provider first.</p></div>
<div class="step"><h3>Step 3 &ndash; Your first at-home session</h3><p>If you're prescribed, our partner pharmacy ships your medication with a dosing guide. Your first session is done with a clinician on a live video call, and a sitter must be with you.</p></div>
<div class="step"><h3>Step 4 &ndash; Integration</h3><p>After each session you'll meet with your integration coach by phone or video to talk through what came up and how you
""")

p("h9019", "https://www.harborlight-telepsychiatry.example/consent/ketamine-at-home?format=print", "telehealth", False, "en",
  "printer-friendly-consent-form", "Informed Consent for At-Home Ketamine Treatment (print)", """
<p>HARBORLIGHT TELEPSYCHIATRY, PLLC &middot; Informed Consent for At-Home Ketamine Treatment &middot; Version 4.2 &middot; Page 1 of 3</p>
<h1>Informed Consent for At-Home Ketamine Treatment</h1>
<p>Patient name: ______________________ &nbsp; Date of birth: ____________</p>
<p>Prescribing clinician: Dana Ortiz, PMHNP-BC (licensed in WA, OR, ID)</p>
<h2>1. Nature of treatment</h2>
<p>I understand that ketamine is FDA-approved as an anesthetic and that its use for depression, anxiety or PTSD is off-label. My clinician has evaluated me by video and discussed other treatment options with me.</p>
<h2>2. Administration</h2>
<p>I will take oral dissolving tablets only as prescribed, dispensed by Harborlight's partner pharmacy, and only at home in a safe setting. I will not drive or operate machinery for the rest of the day after a session.</p>
<h2>3. Monitor</h2>
<p>A responsible adult will be present for at least my first three sessions. I will check my blood pressure before each session and will not dose if it is above 150/95.</p>
<h2>4. Risks</h2>
<p>Dissociation, nausea, elevated blood pressure, bladder irritation with frequent use, and the possibility of misuse. I will store my medication locked and will not share it.</p>
<h2>5. Monitoring and discontinuation</h2>
<p>I agree to complete symptom questionnaires before follow-up visits. My clinician may stop treatment if it is not helping or is not safe.</p>
<p>Patient signature: ______________________ &nbsp; Clinician signature: ______________________</p>
<p><small>Printed 12/07/2026 from harborlight-telepsychiatry.example. Not valid without clinician signature.</small></p>
""")

p("h9020", "https://www.psychonline-praxis.example/de/esketamin", "telehealth", False, "de",
  "german-english-mixed-virtual-psychiatry", "Esketamin (Spravato) - Online-Sprechstunde | PsychOnline Praxis", """
<header><a href="/de/">PsychOnline Praxis</a> <nav><a href="/de/leistungen">Leistungen</a> <a href="/de/team">Our psychiatrists</a> <a href="/de/kosten">Kosten</a> <a href="/de/faq">FAQ</a></nav> <a class="btn" href="/de/termin">Book your consultation</a> <span>DE | EN</span></header>
<main>
<h1>Esketamin bei therapieresistenter Depression</h1>
<p>Sie haben bereits zwei oder mehr Antidepressiva ohne ausreichende Wirkung ausprobiert? In unserer Video-Sprechstunde prüfen unsere Fachärztinnen und Fachärzte für Psychiatrie, ob eine Behandlung mit Esketamin-Nasenspray (Spravato&reg;) für Sie infrage kommt.</p>
<h2>How it works</h2>
<ol><li>Online-Fragebogen ausfüllen (ca. 15 Minuten)</li><li>Video consultation with a psychiatrist (50 Minuten)</li><li>Wenn Esketamin empfohlen wird: Überweisung an eine unserer Partnerkliniken in Berlin, Hamburg, Köln oder München</li><li>Follow-up visits online zwischen den Anwendungen</li></ol>
<p>Wichtig: Esketamin wird nicht nach Hause geschickt. Die Anwendung erfolgt immer vor Ort in der Partnerklinik unter ärztlicher Aufsicht, mit anschließender Überwachung von mindestens zwei Stunden.</p>
<h2>Kosten</h2>
<p>Die Video-Sprechstunde kostet 120 &euro; (Privatabrechnung nach GOÄ). Private insurance usually reimburses the cost. Die Esketamin-Behandlung in der Partnerklinik wird gesondert abgerechnet.</p>
</main>
<footer>Impressum | Datenschutz | Privacy policy (English) | &copy; 2026 PsychOnline Praxis GmbH</footer>
""")

p("h9021", "https://www.mindbridgehealth.example/es/ketamina-en-casa", "telehealth", False, "es",
  "machine-translated-telehealth", "Terapia de ketamina en casa | MindBridge Salud", """
<header><a href="/es/">MindBridge</a> <nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/precios">Precios</a> <a href="/es/proveedores">Nuestros proveedores</a> <a href="/es/preguntas">Preguntas frecuentes</a></nav> <a href="/es/empezar">Comenzar ahora</a></header>
<main>
<h1>La terapia de ketamina en el hogar, dirigida por clínicos con licencia</h1>
<p>MindBridge es un práctica de telesalud que ayuda a los adultos con la depresión y la ansiedad. Usted se reunirá con un proveedor de salud mental licenciado en su estado por el video antes que se receta cualquier medicamento.</p>
<h2>Qué esperar</h2>
<ul>
<li>Una evaluación de 60 minutos por video con un psiquiatra o enfermero practicante psiquiátrico</li>
<li>Si la ketamina es apropiada para usted, la receta está enviada a nuestra farmacia asociada con licencia, que envía las tabletas a su casa</li>
<li>Un monitor de la presión arterial y las instrucciones para sus sesiones</li>
<li>Consultas de seguimiento cada 4 semanas con su proveedor</li>
</ul>
<p>La membresía cuesta 219 dólares por mes e incluye las visitas. El medicamento se cobra separado por la farmacia. No todos los pacientes califican para el tratamiento.</p>
<p>Si usted está en crisis, llame o mande un texto al 988.</p>
</main>
""")

p("h9022", "https://psiqonline.example/escetamina", "telehealth", False, "pt",
  "meta-description-only", "", """
Escetamina para depressão resistente: teleconsulta com psiquiatra por videochamada, avaliação completa e, quando indicado, encaminhamento para aplicação do spray nasal em clínica parceira. Acompanhamento online entre as sessões.
""", ext="txt")

p("h9023", "https://www.evenkeel-health.example/treatments/ketamine", "telehealth", False, "en",
  "treatment-page-mostly-nav", "Ketamine Treatment | Even Keel Health", """
<div class="announce">Now accepting patients in Texas and Florida &rarr;</div>
<header><a href="/">even keel</a>
<nav class="mega">
<div><b>Conditions</b><a href="/conditions/depression">Depression</a><a href="/conditions/anxiety">Anxiety</a><a href="/conditions/ptsd">PTSD</a><a href="/conditions/ocd">OCD</a><a href="/conditions/postpartum">Postpartum depression</a></div>
<div><b>Treatments</b><a href="/treatments/ketamine">At-home ketamine</a><a href="/treatments/medication-management">Medication management</a><a href="/treatments/therapy">Talk therapy</a><a href="/treatments/integration">Integration coaching</a></div>
<div><b>About</b><a href="/clinicians">Our clinicians</a><a href="/safety">Safety</a><a href="/research">Research</a><a href="/careers">Careers</a><a href="/press">Press</a></div>
<div><b>Pricing</b><a href="/pricing">Plans</a><a href="/insurance">Insurance &amp; HSA</a></div>
</nav>
<a href="/login">Log in</a> <a class="cta" href="/assessment">Take the assessment</a></header>
<main>
<h1>At-home ketamine treatment</h1>
<p>Prescribed only after a video visit with one of our licensed clinicians. Memberships from $129/month.</p>
<a class="cta" href="/assessment">See if you're eligible</a>
</main>
<footer>
<div><b>Patients</b> <a href="/faq">FAQ</a> <a href="/support">Support</a> <a href="/refills">Refills</a> <a href="/records">Medical records</a></div>
<div><b>States we serve</b> AZ CA CO FL GA IL NY NC OR TX WA</div>
<div><b>Legal</b> <a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <a href="/hipaa">Notice of privacy practices</a> <a href="/accessibility">Accessibility</a></div>
<p>Even Keel Health is a telehealth platform; clinical services are provided by Even Keel Medical Group, P.C.</p>
</footer>
""")

# ================================================================== clinics (8)

p("h9024", "https://www.desertbloominfusions.example/ivketamine", "clinic", False, "en",
  "broken-site-builder-markup", "IV Ketamine | Desert Bloom Infusions", """
<div id="SITE_CONTAINER"><div id="main_MF"><div id="comp-kx91a"><div data-mesh-id="comp-kx91ainlineContent"><div data-testid="richTextElement">
<h2 class="font_2">IV KETAMINE&nbsp;&nbsp;&nbsp;<span style="font-weight:bold;">INFUSIONS</span></h2>
<p class="font_8"><span>Relief for depression, PTSD &amp;amp; chronic pain</span><span><span><span>
<p class="font_8">Our infusions are given in a private suite at our Scottsdale office and supervised by a board-certified anesthesiologist. Your heart rate, blood pressure and oxygen are monitored the whole time.
<div id="comp-kx91b"><p class="font_8">&amp;#8203;</p>
<p class="font_8">The usual starting series is six infusions over two to three weeks. Each infusion takes about 40 minutes, plus 20-30 minutes of recovery before your driver picks you up.<p class="font_8">&amp;#8203;
<p class="font_8">Pricing: $475 per infusion / $2,650 for the series of six. HSA &amp;amp; FSA accepted.
</div></div></div>
<div id="comp-kx91c"><a data-testid="linkElement" href="https://www.desertbloominfusions.example/book-online"><span class="wixui-button__label">Book a free consult</span></a>
<p class="font_9">8765 E Bell Rd, Suite 110, Scottsdale AZ &middot; (480) 555-0142</p>
<script type="application/json" id="wix-warmup-data">{"appsWarmupData":{"14271d6f-ba62-d045-549b-ab972ae1f70e":{"widgetcomp-kx91d":{"
""")

p("h9025", "https://www.ridgeline-ketamine.example/", "clinic", False, "en",
  "map-listing-snippet", "", """
Ridgeline Ketamine & Wellness
4.9 (187 reviews) - Medical clinic - 2210 Alder St Suite 4
Open - Closes 6 PM - (503) 555-0199
In-clinic IV ketamine infusions - Spravato REMS certified treatment center - Onsite appointments
"The nurses checked on me every few minutes and the doctor went over everything before my first infusion."
""", ext="txt")

p("h9026", "https://www.bayshorepain.example/patients/ketamine-infusion-instructions/print", "clinic", False, "en",
  "printer-friendly-pre-infusion", "Before your ketamine infusion - Bayshore Pain & Spine (print)", """
<p><b>Bayshore Pain &amp; Spine Center</b> &middot; 401 Harbor Blvd, Suite 200 &middot; Phone (727) 555-0118 &middot; Fax (727) 555-0119</p>
<h1>Before Your Ketamine Infusion</h1>
<p>Please read these instructions at least two days before your appointment. If you have questions call our infusion nurses at extension 3.</p>
<h2>The day before</h2>
<ul><li>No solid food after midnight. Clear liquids are allowed until 2 hours before your arrival time.</li><li>Take your usual blood pressure medicine with a sip of water in the morning.</li><li>Do not take benzodiazepines or lamotrigine the evening before unless Dr. Kessler has told you otherwise.</li></ul>
<h2>Day of your infusion</h2>
<ul><li>Arrive 20 minutes early to check in. Wear loose, comfortable clothing.</li><li>You must have an adult driver. We will not start the infusion without confirming your ride. Rideshare and taxis are not accepted.</li><li>Your infusion for chronic pain (CRPS, fibromyalgia, neuropathic pain) lasts 2 to 4 hours. A nurse stays with you and you are monitored throughout.</li></ul>
<h2>After</h2>
<ul><li>No driving, alcohol or important decisions until the next morning.</li><li>Call us if you have hallucinations lasting more than a few hours or trouble urinating.</li></ul>
<p><small>Form PT-114 rev. 03/2026 &middot; Printed from bayshorepain.example</small></p>
""")

p("h9027", "https://www.chu-sudloire.example/fr/services/psychiatrie/esketamine", "clinic", False, "fr",
  "cookie-wall-hospital-department", "Traitement par eskétamine - Pôle de psychiatrie | CHU Sud-Loire", """
<div class="tarteaucitron-wall" role="dialog">
<p><b>Gestion des cookies</b></p>
<p>Ce site utilise des traceurs pour mesurer l'audience et afficher des vidéos. Pour poursuivre votre navigation, vous devez faire un choix. Vous pouvez modifier vos préférences à tout moment en bas de page.</p>
<button>Tout accepter</button> <button>Tout refuser</button> <button>Personnaliser</button>
</div>
<div id="contenu" class="flou">
<p class="ariane">Accueil &gt; Services &gt; Pôle de psychiatrie &gt; Dépression résistante</p>
<h1>Traitement par eskétamine (Spravato&reg;)</h1>
<p>L'unité de soins ambulatoires du pôle de psychiatrie propose l'eskétamine en pulvérisation nasale aux adultes souffrant d'une dépression résistante. Les administrations ont lieu en hôpital de jour, sous la surveillance d'une infirmière, suivies d'une observation d'au moins deux heures.</p>
<p>L'accès se fait uniquement sur orientation par un psychiatre. Une consultation d'évaluation a lieu avant toute première administration.</p>
<p>Secrétariat : 02 40 00 00 00, du lundi au vendredi de 9 h à 16 h 30. Bâtiment C, 2e étage.</p>
</div>
""")

p("h9028", "https://www.stmarys-northfield.example/services/behavioral-health/ketamine-clinic", "clinic", False, "en",
  "truncated-hospital-department", "Ketamine Clinic | Behavioral Health | St. Mary's Northfield", """
<div class="alert-bar">Visitor guidelines updated for flu season. <a href="/visitors">Learn more</a></div>
<header><a href="/">St. Mary's Northfield Medical Center</a> <nav><a href="/find-a-doctor">Find a Doctor</a> <a href="/locations">Locations</a> <a href="/services">Services</a> <a href="/patients">Patients &amp; Visitors</a> <a href="/mychart">MyChart</a> <a href="/give">Give</a></nav></header>
<div class="breadcrumbs">Home / Services / Behavioral Health / Ketamine Clinic</div>
<main>
<h1>Ketamine Clinic</h1>
<p>The Ketamine Clinic at St. Mary's Northfield offers IV ketamine and Spravato&reg; (esketamine) nasal spray for adults with treatment-resistant depression. Treatments take place in our outpatient Behavioral Health Pavilion, in private rooms with continuous monitoring by registered nurses. Our psychiatrists see every patient for a consultation before treatment starts and regularly during the course.</p>
<h2>Who we treat</h2>
<p>Adults 18 and older with major depressive disorder who have not responded to at least two antidepressants. Patients with uncontrolled high blood pressure, active psychosis or current substance use disorder are not eligible.</p>
<h2>Insurance</h2>
<p>Spravato is covered by most commercial plans and Medicare with prior authorization, which our team handles. IV ketamine is self-pay; ask about our financial assistance program.</p>
<h2>How to be referred</h2>
<p>Referrals are accepted from primary care and psychiatry. Please ask your provider to fax the referral form, recent clinical notes and a list of medications tri
""")

p("h9029", "https://www.centromedicosempione.example/it/esketamina", "clinic", False, "it",
  "italian-english-mixed-clinic", "Esketamina - Centro Medico Sempione Milano", """
<header><a href="/it/">Centro Medico Sempione</a> <nav><a href="/it/specialita">Specialità</a> <a href="/it/medici">I nostri medici</a> <a href="/it/prenota">Prenota</a> <a href="/it/contatti">Contatti</a></nav> <span>IT | EN</span></header>
<main>
<h1>Esketamina spray nasale per la depressione resistente</h1>
<p>Presso il nostro ambulatorio di psichiatria in Corso Sempione a Milano somministriamo esketamina (Spravato&reg;) a pazienti adulti con depressione resistente al trattamento, su indicazione dello psichiatra.</p>
<h2>What to expect during your session</h2>
<p>Each session takes place in a private room. After self-administering the nasal spray under the supervision of our nurse, you will rest for at least two hours while your blood pressure is checked regularly. You must not drive until the following day, so please arrange for someone to accompany you.</p>
<h2>Prima visita</h2>
<p>Il percorso inizia con una visita psichiatrica di valutazione (durata 60 minuti, 180 &euro;). Le sedute successive vengono concordate con il medico: in genere due a settimana nelle prime quattro settimane.</p>
<p><em>[EN translation pending]</em> Per prenotare la prima visita chiami lo 02 0000 0000 oppure usi il modulo online.</p>
<a class="btn" href="/it/prenota?servizio=esketamina">Prenota la prima visita</a>
</main>
<footer>Centro Medico Sempione S.r.l. - Direttore sanitario Dott.ssa Laura Ferri - Autorizzazione sanitaria ATS Milano</footer>
""")

p("h9030", "https://www.clinicadolorvalle.example/tratamientos/infusion-ketamina", "clinic", False, "es",
  "pain-unit-mostly-nav", "Infusión de ketamina | Clínica del Dolor del Valle", """
<div class="top">Cita previa 91 000 00 00 | Lunes a viernes 8:00-20:00 | <a href="/area-paciente">Área de paciente</a> | <a href="/aseguradoras">Aseguradoras</a></div>
<header><a href="/">Clínica del Dolor del Valle</a>
<nav>
<ul><li><a href="/la-clinica">La clínica</a><ul><li><a href="/equipo">Equipo médico</a></li><li><a href="/instalaciones">Instalaciones</a></li><li><a href="/calidad">Calidad</a></li></ul></li>
<li><a href="/patologias">Patologías</a><ul><li><a href="/patologias/lumbalgia">Lumbalgia</a></li><li><a href="/patologias/fibromialgia">Fibromialgia</a></li><li><a href="/patologias/neuropatia">Dolor neuropático</a></li><li><a href="/patologias/migrana">Migraña</a></li><li><a href="/patologias/sdrc">SDRC</a></li></ul></li>
<li><a href="/tratamientos">Tratamientos</a><ul><li><a href="/tratamientos/radiofrecuencia">Radiofrecuencia</a></li><li><a href="/tratamientos/bloqueos">Bloqueos nerviosos</a></li><li><a href="/tratamientos/infusion-ketamina">Infusión de ketamina</a></li><li><a href="/tratamientos/neuroestimulacion">Neuroestimulación</a></li><li><a href="/tratamientos/ozonoterapia">Ozonoterapia</a></li></ul></li>
<li><a href="/blog">Blog</a></li><li><a href="/contacto">Contacto</a></li></ul></nav></header>
<main>
<h1>Infusión de ketamina</h1>
<p>Infusión intravenosa en nuestro hospital de día para dolor neuropático y SDRC, siempre con valoración previa en consulta y monitorización durante toda la sesión.</p>
<a class="btn" href="/cita">Pedir cita</a>
</main>
<footer><p>Clínica del Dolor del Valle &middot; Calle de Alcalá 000, Madrid &middot; Centro sanitario autorizado</p><p><a href="/aviso-legal">Aviso legal</a> | <a href="/privacidad">Privacidad</a> | <a href="/cookies">Cookies</a> | <a href="/mapa-web">Mapa web</a></p></footer>
""")

p("h9031", "https://www.oakandriver-kap.example/blog/what-to-bring-to-your-first-kap-session/amp", "clinic", False, "en",
  "amp-clinic-blog", "What to bring to your first KAP session | Oak & River", """
<header><a href="https://www.oakandriver-kap.example/">Oak &amp; River Ketamine-Assisted Psychotherapy</a></header>
<article>
<h1>What to bring to your first KAP session</h1>
<p class="meta">By Hannah Lowell, LMFT &middot; March 2026</p>
<p>Your first ketamine-assisted psychotherapy session at our Asheville office will last about three hours. Dr. Amos, our medical director, will have already met with you for your medical screening, and your therapist will have done at least one preparation session with you. Here's what helps on the day.</p>
<ul>
<li><b>Comfortable layers.</b> Our session rooms have a recliner and blankets, but people often feel cold during the medicine portion.</li>
<li><b>An eye mask and your own headphones</b> if you prefer them; we provide both.</li>
<li><b>A ride home.</b> You can't drive after a session. Your driver can wait in the lobby or come back at the time we give you.</li>
<li><b>A light stomach.</b> Nothing to eat for four hours before your appointment.</li>
<li><b>An intention.</b> Something you want to explore, written down if that helps.</li>
</ul>
<p>Ketamine is given as an intramuscular injection by our nurse, and your therapist stays in the room with you throughout. We check your blood pressure before and after.</p>
<amp-img src="/img/session-room.jpg" width="800" height="533" layout="responsive" alt="A session room with a recliner"></amp-img>
</article>
<footer><a href="https://www.oakandriver-kap.example/contact">Schedule a consultation</a></footer>
""", head=AMP_HEAD.format(canon="https://www.oakandriver-kap.example/blog/what-to-bring-to-your-first-kap-session"))

# ================================================================== informational (9)

p("h9032", "https://www.thedailyledger.example/2026/11/18/online-ketamine-sellers-social-media", "informational", False, "en",
  "news-paywall-truncated", "Inside the social media accounts selling ketamine to teens - The Daily Ledger", """
<header><a href="/">The Daily Ledger</a> <nav>News | Politics | Business | Health | Opinion | Sports</nav> <a href="/subscribe">Subscribe $1/week</a></header>
<article>
<p class="kicker">INVESTIGATION</p>
<h1>Inside the social media accounts selling ketamine to teens</h1>
<p class="byline">By Marcus Webb &middot; Nov. 18, 2026</p>
<p>The post looked like an ad for a smoothie bar: pastel colors, a cartoon horse, and the words "K menu, DM for prices." Within 20 minutes of messaging the account, a reporter for The Daily Ledger was quoted $60 a gram for ketamine, with delivery "same day if you're in the metro" and payment by Cash App.</p>
<p>Over six weeks, the Ledger identified 41 accounts on three platforms advertising ketamine, often alongside "buy ketamine online" hashtags and links to Telegram channels. Eleven claimed to ship nationwide by mail.</p>
<div class="paywall">
<h3>Keep reading with a subscription</h3>
<p>You've read your 3 free articles this month. Subscribe for unlimited access to local journalism.</p>
<button>Subscribe</button> <a href="/login">Already a subscriber? Log in</a>
</div>
</article>
""")

p("h9033", "https://www.drugsafety-agency.example/alerts/2026/unapproved-ketamine-websites", "informational", False, "en",
  "serp-snippet-government-alert", "", """
Warning: Websites Selling Ketamine Without a Prescription | National Drug Safety Agency
https://www.drugsafety-agency.example > alerts > 2026
Nov 2, 2026 - The Agency is warning consumers not to buy ketamine or esketamine from websites that do not require a valid prescription. Products tested were mislabeled or contaminated ...
""", ext="txt")

p("h9034", "https://www.safernights.example/drugs/ketamine?print=true", "informational", False, "en",
  "printer-friendly-harm-reduction", "Ketamine - SaferNights drug guide (print version)", """
<p><b>SaferNights</b> &middot; Independent harm reduction &middot; safernights.example</p>
<h1>Ketamine</h1>
<p>Also called: K, ket, special K, horse tranq, keta</p>
<h2>What it is</h2>
<p>Ketamine is a dissociative anaesthetic used in hospitals and by vets. It usually appears as a white crystalline powder that is snorted, and sometimes as a liquid.</p>
<h2>Effects</h2>
<p>Lower doses feel drunk or floaty. Higher doses can cause a "K-hole": losing touch with your body and surroundings, being unable to move or speak.</p>
<h2>Staying safer</h2>
<ul>
<li>Test your drugs. Ketamine sold on the street or online is sometimes a different substance entirely, such as 2F-DCK or other analogues with unknown strength.</li>
<li>Start with a small bump and wait at least 30 minutes before taking more.</li>
<li>Don't mix with alcohol, GHB or benzos: the risk of vomiting while unconscious goes up sharply.</li>
<li>Sit or lie down somewhere safe with someone sober nearby. Falls and drowning are common causes of harm.</li>
<li>Frequent use can damage the bladder. Pain when peeing or blood in your urine means stop and see a doctor.</li>
</ul>
<h2>Get help</h2>
<p>Free confidential drug-checking on Fridays at 14 Mill Lane, 6-9 pm. Text "CHECK" to 60000 for times.</p>
<p><small>Printed 07/12/2026. Information reviewed September 2026.</small></p>
""")

p("h9035", "https://amp.coastalherald.example/news/crime/port-seizure-ketamine-parcels", "informational", False, "en",
  "amp-news-report", "Customs seize 300 kg of ketamine hidden in tile adhesive at port | Coastal Herald", """
<header><a href="https://www.coastalherald.example/">COASTAL HERALD</a> <button on="tap:menu.toggle">Menu</button></header>
<amp-sidebar id="menu" layout="nodisplay"><a href="/news">News</a> <a href="/news/crime">Crime</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></amp-sidebar>
<article>
<h1>Customs seize 300 kg of ketamine hidden in tile adhesive at port</h1>
<p class="dateline">By Ellie Chambers, Crime Reporter &middot; 4 December 2026</p>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/coastal/amp"></amp-ad>
<p>Border officers have seized around 300 kilograms of ketamine concealed in bags of tile adhesive at the container port, in what officials described as one of the largest such seizures in the region.</p>
<p>The shipment, declared as building materials, was flagged after X-ray scans showed inconsistent densities. Officers estimated its street value at more than &pound;6 million.</p>
<p>Detective Inspector Mark Ellison said the force had seen "a steady rise" in ketamine being sold through social media and online shops that post it to buyers in plain packaging. "People think they're ordering from a pharmacy. They're not," he said.</p>
<p>Two men, aged 34 and 41, have been charged with importing a controlled drug and will appear at magistrates' court on Monday.</p>
<amp-social-share type="facebook" width="40" height="40"></amp-social-share>
</article>
""", head=AMP_HEAD.format(canon="https://www.coastalherald.example/news/crime/port-seizure-ketamine-parcels"))

p("h9036", "https://www.pharmawiki-de.example/wiki/Ketamin", "informational", False, "de",
  "wiki-template-leftovers", "Ketamin - PharmaWiki", """
<div id="content"><h1 id="firstHeading">Ketamin</h1>
<div id="siteSub">aus PharmaWiki, dem freien Arzneimittel-Nachschlagewerk</div>
{{Infobox Arzneistoff
| Strukturformel = Ketamin.svg
| Freiname = Ketamin
| Summenformel = C13H16ClNO
| ATC-Code = N01AX03
| Wirkstoffklasse = [[Anästhetikum]]
}}
<p>'''Ketamin''' ist ein [[Arzneistoff]] aus der Gruppe der [[Phencyclidin]]-Derivate, der als [[Injektionsnarkotikum|Injektionsanästhetikum]] und [[Analgetikum]] eingesetzt wird. Das S-Enantiomer '''Esketamin''' ist als Nasenspray (Spravato) zur Behandlung der therapieresistenten [[Depression]] zugelassen.<ref name="EMA2019"/></p>
<h2><span class="mw-headline" id="Wirkmechanismus">Wirkmechanismus</span><span class="mw-editsection">[<a href="/w/index.php?title=Ketamin&amp;action=edit&amp;section=1">Bearbeiten</a>]</span></h2>
<p>Ketamin wirkt hauptsächlich als nicht-kompetitiver Antagonist am [[NMDA-Rezeptor]]. Dadurch entsteht eine sogenannte dissoziative Anästhesie.</p>
<h2><span class="mw-headline" id="Rechtsstatus">Rechtsstatus</span></h2>
<p>In Deutschland ist Ketamin verschreibungspflichtig, unterliegt aber nicht dem BtMG. Der missbräuchliche Konsum als Partydroge wird im Abschnitt [[#Missbrauch|Missbrauch]] beschrieben.{{Belege fehlen}}</p>
<h2><span class="mw-headline" id="Einzelnachweise">Einzelnachweise</span></h2>
<references />
<div class="error">Lua-Fehler in Modul:Citation/CS1 in Zeile 3481: attempt to index field 'date' (a nil value).</div>
[[Kategorie:Arzneistoff]] [[Kategorie:Anästhetikum]] [[Kategorie:Psychotroper Wirkstoff]]
</div>
""")

p("h9037", "https://www.info-drogues.example/produits/ketamine", "informational", False, "fr",
  "meta-description-only", "", """
Kétamine : effets, risques, mélanges dangereux et cadre légal. Fiche d'information et numéro d'écoute anonyme et gratuit, 7 jours sur 7.
""", ext="txt")

p("h9038", "https://forum.recoverytalk.example/t/got-scammed-ordering-online-psa/44812", "informational", False, "en",
  "forum-thread-extracted-text", "", """
RecoveryTalk Forums > Substance Use > Dissociatives
PSA: got scammed "ordering online", don't be me
Started by quietriver_88, Nov 29

quietriver_88
Posting this because I know some of you are where I was three months ago. I was searching for ketamine online after my psychiatrist wouldn't refer me, and found a site that looked like a real pharmacy. Paid $400 in Bitcoin. Never got anything, and then they emailed asking for another $250 "customs clearance fee". Total scam.
Reply  Quote  Like (34)

mod_ellen [Moderator]
Thanks for sharing. Reminder for everyone: links to vendors are removed on sight, and asking for sources gets you banned. If you're looking for ketamine treatment, talk to a doctor about a clinic or a legit telehealth provider, they'll do an actual evaluation.
Reply  Quote  Like (51)

jb_sober_2019
Same thing happened to a friend except he did get a package and it wasn't ketamine. Got it tested and it was some analogue. Glad you're ok.
Reply  Quote  Like (12)

Page 1 of 2  Next >
Log in to reply
""", ext="txt")

p("h9039", "https://www.drugscheck-nl.example/nieuws/ketamine-monsters-2026", "informational", False, "nl",
  "cookie-wall-drug-checking-news", "Meer vervuilde ketamine aangeleverd bij testservice | DrugsCheck", """
<div class="cookiewall" role="dialog">
<h2>Cookies op DrugsCheck</h2>
<p>Om deze website te kunnen bekijken, vragen we je toestemming voor het plaatsen van cookies. We gebruiken functionele en analytische cookies; we verkopen geen gegevens.</p>
<button>Akkoord en doorgaan</button> <a href="/cookiebeleid">Lees ons cookiebeleid</a>
</div>
<div class="achter-wall" aria-hidden="true">
<h1>Meer vervuilde ketamine aangeleverd bij testservice</h1>
<p>In de eerste tien maanden van 2026 werden 312 monsters die als ketamine waren gekocht, getest bij onze testlocaties. Bij 18 procent zat er geen of weinig ketamine in, maar een andere stof, meestal 2F-DCK of een mengsel met cafeïne.</p>
<p>Vooral monsters die online of via Telegram waren besteld, weken vaak af. "Je weet nooit wat je binnenkrijgt als je ergens iets bestelt", zegt onderzoeker Sanne de Wit.</p>
<p>Laat je middel anoniem testen. Kijk op de <a href="/testlocaties">pagina met testlocaties</a> voor openingstijden.</p>
</div>
""")

p("h9040", "https://www.farmaciacentrale-online.example/farmaci/spravato-28mg-spray-nasale", "informational", False, "it",
  "pharmacy-page-mostly-nav", "Spravato 28 mg spray nasale | Farmacia Centrale Online", """
<div class="top">Spedizione gratuita sopra 49 &euro; | Farmacia autorizzata dal Ministero della Salute, codice 000123 | <a href="/accedi">Accedi</a> | <a href="/carrello">Carrello (0)</a></div>
<header><a href="/">Farmacia Centrale</a> <form><input placeholder="Cerca prodotti, marche, principi attivi"></form>
<nav><a href="/farmaci-da-banco">Farmaci da banco</a> <a href="/integratori">Integratori</a> <a href="/dermocosmesi">Dermocosmesi</a> <a href="/mamma-bambino">Mamma e bambino</a> <a href="/igiene">Igiene</a> <a href="/sanitari">Articoli sanitari</a> <a href="/veterinaria">Veterinaria</a> <a href="/offerte">Offerte</a> <a href="/marche">Marche</a></nav></header>
<div class="breadcrumb">Home &gt; Farmaci &gt; Sistema nervoso &gt; Spravato</div>
<main>
<h1>Spravato 28 mg spray nasale, soluzione (esketamina)</h1>
<p class="avviso">Medicinale soggetto a prescrizione medica limitativa, utilizzabile esclusivamente in ambiente ospedaliero o in strutture ad esso assimilabili. <b>Non disponibile per la vendita online.</b></p>
<p>Scheda informativa a solo scopo di consultazione. Per informazioni rivolgersi al proprio medico o al centro prescrittore.</p>
</main>
<aside><h4>Potrebbe interessarti</h4><a href="/integratori/magnesio">Magnesio e potassio</a> <a href="/integratori/sonno">Melatonina</a> <a href="/sanitari/misuratori-pressione">Misuratori di pressione</a></aside>
<footer><a href="/chi-siamo">Chi siamo</a> | <a href="/spedizioni">Spedizioni</a> | <a href="/resi">Resi</a> | <a href="/privacy">Privacy</a> | <a href="/cookie">Cookie</a> | P.IVA 00000000000 | Logo ministeriale di vendita online</footer>
""")

save(OUT, R)
