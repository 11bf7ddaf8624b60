# Batch 46 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Angle: A SAMPLE OF THE WHOLE PROBLEM. A handful of generic "what is ketamine" education paragraphs
# is written once (PAD_* below) and reused as padding on pages of every category, the way sellers,
# clinics, telehealth firms and news sites all copy the same blurbs. Each page carries its own
# distinguishing content, and pages are rendered through a few layouts of this file: plain, brochure,
# blog with sidebar, a shop theme that legitimate sites use as well, and a messy page with scripts,
# pop-ups and a cookie banner.
# Mix: 14 sellers (flagged), 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it.
# Shapes: 12 plain-text excerpts of 1-3 sentences; sellers: padded shop product page, padded blog
# with Telegram ordering, classifieds (en/nl/it), German research-chemical analogue shop, vet
# diversion (Ketaset to anyone), Spanish multi-drug "sin receta" mostly-navigation page, fake at-home
# clinic with instant approval, French checkout, SEO/affiliate doorway for Spravato, URL-only browser
# check, Portuguese messy product page with Pix/WhatsApp, seller FAQ inner page (about a third of the
# seller URLs carry no seller word); telehealth: membership checkout, telepsychiatry referring to
# Spravato centres (en/de/pt), how-it-works excerpts, mostly-navigation home page, shipping policy,
# messy ad landing page; clinics: REMS Spravato centre, IV infusion clinic on a shop theme, KAP
# practice, French hospital unit, Italian pain clinic, Dutch ketamine clinic, pain-clinic blog,
# booking/deposit excerpt; informational: university news on online marketplaces quoting prices,
# law firm, Spanish government warning, harm reduction, German rehab clinic, forum thread, French
# encyclopaedia article, Italian compounding pharmacy, licensed wholesaler for registered facilities.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch46.py (writes batch46/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch46")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- generic education, written once

PAD_EN = [
    "Ketamine was first synthesised in 1962 and approved as an anaesthetic in 1970. It is on the World Health Organization's List of Essential Medicines and is still used every day in operating rooms, emergency departments and field medicine, because unlike many anaesthetics it keeps breathing and blood pressure stable.",
    "At lower, sub-anaesthetic doses ketamine acts mainly by blocking NMDA receptors. This sets off a burst of glutamate signalling and, researchers believe, the growth of new synaptic connections in brain regions that shrink under chronic stress. It is a different route from SSRIs and SNRIs, which work on serotonin and noradrenaline and usually take four to six weeks to help.",
    "In studies of treatment-resistant depression, many participants reported a noticeable lift in mood within 24 hours of a single dose. The effect of one dose tends to fade after a week or two, which is why treatment is usually given as a series and followed by maintenance sessions.",
    "Esketamine, the S-enantiomer of ketamine, was approved by the FDA in 2019 as a nasal spray sold under the brand name Spravato for adults with treatment-resistant depression, and later for depressive symptoms in adults with acute suicidal ideation or behaviour. It is used together with an oral antidepressant.",
    "Common short-term effects include dissociation (feeling detached or dreamlike), dizziness, nausea, blurred vision and a temporary rise in blood pressure. These usually pass within one to two hours. Frequent, high-dose use has been linked to bladder damage, memory problems and dependence.",
    "Ketamine is also being studied for PTSD, obsessive-compulsive disorder, bipolar depression, alcohol use disorder and chronic pain conditions such as CRPS and fibromyalgia. Results are promising, but many trials are small and long-term data are still limited.",
]

PAD_ES = [
    "La ketamina es un anestésico desarrollado en los años sesenta que la Organización Mundial de la Salud incluye en su lista de medicamentos esenciales. En dosis bajas actúa sobre los receptores NMDA del glutamato, un mecanismo distinto al de los antidepresivos clásicos.",
    "Su forma más conocida en psiquiatría es la esketamina en espray nasal (Spravato), aprobada para la depresión resistente al tratamiento. Los efectos secundarios más frecuentes son mareo, náuseas, disociación y aumento pasajero de la tensión arterial.",
]
PAD_DE = [
    "Ketamin ist seit den 1970er-Jahren als Narkosemittel zugelassen und steht auf der Liste der unentbehrlichen Arzneimittel der WHO. In niedriger Dosierung blockiert es NMDA-Rezeptoren und wirkt damit anders als klassische Antidepressiva, oft schon innerhalb von Stunden.",
    "Esketamin, das S-Enantiomer des Ketamins, ist als Nasenspray (Spravato) für Erwachsene mit therapieresistenter Depression zugelassen. Häufige Nebenwirkungen sind Schwindel, Übelkeit, Dissoziation und ein vorübergehender Blutdruckanstieg.",
]
PAD_FR = [
    "La kétamine est un anesthésique utilisé depuis les années 1970 et inscrit sur la liste des médicaments essentiels de l'OMS. À faible dose, elle agit en bloquant les récepteurs NMDA du glutamate, un mécanisme différent de celui des antidépresseurs classiques.",
    "L'eskétamine, énantiomère S de la kétamine, est commercialisée sous forme de spray nasal (Spravato) dans la dépression résistante. Ses effets indésirables les plus fréquents sont la dissociation, les vertiges, les nausées et une hausse transitoire de la tension artérielle.",
]
PAD_PT = [
    "A cetamina é um anestésico usado desde a década de 1970 e faz parte da lista de medicamentos essenciais da OMS. Em doses baixas, atua bloqueando os receptores NMDA do glutamato, um caminho diferente dos antidepressivos tradicionais.",
    "A escetamina em spray nasal (Spravato) foi aprovada para depressão resistente ao tratamento. Os efeitos colaterais mais comuns são tontura, náusea, sensação de dissociação e aumento temporário da pressão arterial.",
]
PAD_NL = [
    "Ketamine is sinds de jaren zeventig in gebruik als narcosemiddel en staat op de lijst van essentiële geneesmiddelen van de WHO. In lage doseringen blokkeert het de NMDA-receptor en werkt het anders dan klassieke antidepressiva, vaak al binnen een dag.",
    "Esketamine neusspray (Spravato) is geregistreerd voor therapieresistente depressie. Veelvoorkomende bijwerkingen zijn duizeligheid, misselijkheid, een gevoel van loskomen van de omgeving en een tijdelijk verhoogde bloeddruk.",
]

def paras(items):
    return "\n".join(f"<p>{t}</p>" for t in items)

def links(nav):
    return " ".join(f'<a href="{u}">{t}</a>' for t, u in nav)

# ---------------------------------------------------------------- layouts

def plain(h1, inner, foot=""):
    return f'<h1>{h1}</h1>\n{inner}\n' + (f'<hr>\n<p class="small">{foot}</p>' if foot else "")

def brochure(brand, nav, hero_h, hero_p, inner, foot, cta=""):
    return f'''<header class="site-header">
<div class="container"><a class="logo" href="/">{brand}</a>
<nav class="main-nav">{links(nav)}</nav>{cta}</div>
</header>
<section class="hero"><div class="container"><h1>{hero_h}</h1><p class="lead">{hero_p}</p></div></section>
<main class="container">
{inner}
</main>
<footer class="site-footer"><div class="container">{foot}</div></footer>'''

def blog(brand, nav, title, meta, inner, sidebar, foot):
    return f'''<header class="blog-header"><a class="site-title" href="/">{brand}</a>
<nav>{links(nav)}</nav></header>
<div class="wrap">
<main class="content-area">
<article class="post">
<h1 class="entry-title">{title}</h1>
<div class="entry-meta">{meta}</div>
<div class="entry-content">
{inner}
</div>
</article>
</main>
<aside class="widget-area">
{sidebar}
</aside>
</div>
<footer class="blog-footer">{foot}</footer>'''

def shop(brand, nav, crumbs, inner, foot, cart="Cart: 0 items", search="Search products&hellip;", theme="Theme: Harbor by Oakline Themes"):
    return f'''<div class="topbar">{nav[-1][0] if nav else ""}</div>
<header class="hb-header"><a class="hb-logo" href="/">{brand}</a>
<form class="hb-search"><input type="search" placeholder="{search}"><button>&#128269;</button></form>
<a class="hb-account" href="/my-account/">&#128100;</a> <a class="hb-cart" href="/cart/">{cart}</a>
<nav class="hb-primary">{links(nav[:-1])}</nav></header>
<nav class="hb-breadcrumb">{" &rsaquo; ".join(crumbs)}</nav>
<main class="hb-main">
{inner}
</main>
<footer class="hb-footer">{foot}<p class="hb-credit">{theme}</p></footer>'''

SCRIPTS = '''<script async src="https://www.googletagmanager.test/gtag/js?id=G-7QX2K1"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-7QX2K1');</script>
<script>!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','https://connect.pixel.test/en_US/fbevents.js');fbq('init','88120044');fbq('track','PageView');</script>'''

def messy(top, inner, foot, popup="", chat=""):
    return f'''{SCRIPTS}
<div id="__loader" class="loader">Loading&hellip;</div>
<noscript><img height="1" width="1" src="https://connect.pixel.test/tr?id=88120044&ev=PageView&noscript=1"></noscript>
<div class="announcement-bar">{top}</div>
{inner}
{('<div class="modal" id="popup" style="display:none">' + popup + '</div>') if popup else ''}
<footer>{foot}</footer>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4"></script>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>
{chat}
<script>setTimeout(function(){{document.getElementById('__loader').remove()}},400)</script>'''

# ================================================================ SELLERS (14)

p("h4601", "https://ketaminepure-store.example/product/ketamine-hcl-crystal/", "seller", True, "en",
  "padded-seller-product-page", "Ketamine HCl Crystal 99.7% - Buy Online | KetaminePure Store",
  shop("KetaminePure", [("Shop", "/shop/"), ("Ketamine", "/product-category/ketamine/"), ("Esketamine", "/product-category/esketamine/"),
        ("Research Chems", "/product-category/rc/"), ("Shipping", "/shipping/"), ("Contact", "/contact/"),
        ("FREE STEALTH SHIPPING ON ORDERS OVER $300 &middot; 10% OFF WITH BITCOIN", "#")],
       ['<a href="/">Home</a>', '<a href="/product-category/ketamine/">Ketamine</a>', "Ketamine HCl Crystal"],
       f'''<div class="product">
<div class="product-gallery"><img src="/wp-content/uploads/2026/03/ketamine-crystal-shards.jpg" alt="Ketamine HCl crystal shards"></div>
<div class="summary">
<h1 class="product_title">Ketamine HCl Crystal (99.7% pure)</h1>
<div class="star-rating">&#9733;&#9733;&#9733;&#9733;&#9733; <a href="#reviews">(87 customer reviews)</a></div>
<p class="price">$150.00 &ndash; $1,050.00</p>
<p class="short-description">Pharmaceutical-grade ketamine hydrochloride, evaporated from sealed vials and tested in-house. Large clear shards, no cut. <strong>No prescription required.</strong></p>
<form class="variations_form cart">
<label>Quantity</label>
<select name="attribute_pa_weight"><option>5 g &ndash; $150</option><option>10 g &ndash; $270</option><option>25 g &ndash; $590</option><option>50 g &ndash; $1,050</option></select>
<input type="number" value="1" min="1"> <button type="submit" class="single_add_to_cart_button">Add to cart</button>
</form>
<ul class="trust">
<li>&#10003; Discreet vacuum-sealed packaging, no mention of contents</li>
<li>&#10003; Free reship if your parcel is seized by customs</li>
<li>&#10003; We accept Bitcoin, USDT, Zelle and Cash App</li>
</ul>
<div class="product_meta">SKU: KP-KHCL &middot; Category: <a href="#">Ketamine</a> &middot; Tags: <a href="#">k</a>, <a href="#">special k</a>, <a href="#">ketamine powder</a></div>
</div>
</div>
<div class="woocommerce-tabs">
<ul class="tabs"><li class="active"><a href="#tab-description">Description</a></li><li><a href="#tab-additional">Additional information</a></li><li><a href="#tab-reviews">Reviews (87)</a></li></ul>
<div id="tab-description">
<h2>What is ketamine?</h2>
{paras([PAD_EN[0], PAD_EN[1], PAD_EN[2]])}
<h2>Side effects</h2>
{paras([PAD_EN[4]])}
</div>
<div id="tab-additional"><table><tr><th>Weight</th><td>5 g, 10 g, 25 g, 50 g</td></tr><tr><th>Form</th><td>Crystal shards</td></tr><tr><th>Purity</th><td>99.7% (HPLC)</td></tr></table></div>
<div id="tab-reviews"><p><b>Marcus T.</b> &#9733;&#9733;&#9733;&#9733;&#9733; &ndash; Arrived in 4 days to Ohio, packaging was perfect. Will order again.</p>
<p><b>anon_buyer</b> &#9733;&#9733;&#9733;&#9733;&#9734; &ndash; Good product, BTC payment took a while to confirm.</p></div>
</div>
<section class="related products"><h2>Related products</h2>
<ul><li><a href="/product/spravato-28mg-nasal-device/">Spravato 28 mg nasal device</a> $189.00</li>
<li><a href="/product/ketalar-50mg-ml-10ml/">Ketalar 50 mg/ml &ndash; 10 ml vial</a> $95.00</li>
<li><a href="/product/2-fdck/">2-FDCK crystal</a> $60.00</li></ul></section>''',
       '<p>&copy; 2026 KetaminePure. All rights reserved.</p><p><a href="/refund/">Refund &amp; Reship Policy</a> &middot; <a href="/faq/">FAQ</a> &middot; <a href="/track/">Track order</a></p><p>We accept: BTC &middot; USDT &middot; Zelle &middot; Cash App</p>',
       cart="&#128722; $0.00"), noise="cookie")

p("h4602", "https://mindwellness-journal.example/2026/10/ketamine-for-depression-complete-guide/", "seller", True, "en",
  "padded-blog-telegram-seller", "Ketamine for Depression: The Complete 2026 Guide - MindWellness Journal",
  blog("MindWellness Journal", [("Home", "/"), ("Depression", "/category/depression/"), ("Anxiety", "/category/anxiety/"), ("Psychedelics", "/category/psychedelics/"), ("About", "/about/")],
       "Ketamine for Depression: The Complete 2026 Guide",
       'Posted on October 14, 2026 by <a href="/author/sarah/">Sarah L.</a> &middot; 9 min read &middot; <a href="#comments">23 comments</a>',
       f'''<p>If you've tried two, three or five antidepressants and still feel stuck, you're not alone. Roughly a third of people with depression don't get better on standard medication. That's why so many people are now asking about ketamine.</p>
<h2>How ketamine works</h2>
{paras([PAD_EN[1]])}
<h2>How fast does it work?</h2>
{paras([PAD_EN[2]])}
<h2>Ketamine vs. Spravato</h2>
{paras([PAD_EN[3]])}
<h2>What else is it used for?</h2>
{paras([PAD_EN[5]])}
<h2>Side effects</h2>
{paras([PAD_EN[4]])}
<h2>The problem with clinics</h2>
<p>Infusion clinics charge $400 to $800 per session, insurance rarely pays, and waiting lists in many cities run for months. For a lot of our readers that simply isn't an option.</p>
<h2>Where our readers get it</h2>
<p>After many reader requests we partnered with a trusted supplier who sends pharmaceutical-grade ketamine nasal spray, lozenges and crystal straight to your door &ndash; <strong>no doctor visit and no prescription needed</strong>. Just message <b>@MindWellSupply</b> on Telegram, mention the code <b>JOURNAL10</b> for 10% off, and pay with Bitcoin or gift cards. Parcels go out in plain stealth packaging to the US, Canada, UK and Australia.</p>
<p><em>This article is for educational purposes only.</em></p>
<div id="comments"><h3>23 comments</h3>
<p><b>Kyle</b>: Ordered through the Telegram last month, came in 6 days. Thank you for this post.</p>
<p><b>Dana R.</b>: Is this safe to do on my own? My psychiatrist never mentioned it.</p></div>''',
       '''<section class="widget"><h3>Search</h3><form><input type="search"></form></section>
<section class="widget partner"><h3>Our Partner</h3><a href="https://t.me/MindWellSupply"><img src="/wp-content/uploads/partner-banner.gif" alt="Ketamine nasal spray - no Rx - tap to chat"></a><p>K nasal spray &amp; lozenges, no Rx. Tap to chat on Telegram.</p></section>
<section class="widget"><h3>Recent Posts</h3><ul><li><a href="#">5 Signs Your Antidepressant Isn't Working</a></li><li><a href="#">Microdosing Psilocybin: What Science Says</a></li><li><a href="#">Magnesium and Anxiety</a></li></ul></section>
<section class="widget"><h3>Categories</h3><ul><li>Anxiety (14)</li><li>Depression (31)</li><li>Psychedelics (9)</li><li>Supplements (12)</li></ul></section>''',
       "&copy; 2026 MindWellness Journal &middot; Privacy &middot; Disclaimer &middot; Powered by WordPress"))

p("h4603", "https://bazaarboard.example/for-sale/health-beauty/99182-k-shards-pharma-grade", "seller", True, "en",
  "short-excerpt-classified", "", """
K shards, pharma grade, never cut - 3.5g $90 / 7g $160 / 28g $480. Stealth shipping anywhere in the US with tracking, BTC or Cash App only, text 555-0147 or hit me on Telegram @shardsdirect.
""", ext="txt")

p("h4604", "https://rc-labor-chemie.example/shop/arylcyclohexylamine/2-fdck-kristall", "seller", True, "de",
  "research-chemical-analogue-shop", "2-FDCK Kristall kaufen | RC Labor Chemie",
  shop("RC Labor Chemie", [("Alle Produkte", "/shop/"), ("Arylcyclohexylamine", "/shop/arylcyclohexylamine/"), ("Benzodiazepine", "/shop/benzos/"),
        ("Cathinone", "/shop/cathinone/"), ("Pellets", "/shop/pellets/"), ("Versand &amp; Zahlung", "/versand/"),
        ("Diskreter Versand in die gesamte EU &middot; 15 % Rabatt bei Zahlung mit Monero", "#")],
       ['<a href="/">Start</a>', '<a href="/shop/">Shop</a>', '<a href="/shop/arylcyclohexylamine/">Arylcyclohexylamine</a>', "2-FDCK"],
       f'''<div class="product">
<h1>2-FDCK (2-Fluorodeschloroketamin) Kristall</h1>
<p class="price">ab 19,90 &euro;</p>
<table class="staffel"><tr><th>Menge</th><th>Preis</th></tr>
<tr><td>1 g</td><td>19,90 &euro;</td></tr><tr><td>5 g</td><td>79,00 &euro;</td></tr><tr><td>10 g</td><td>139,00 &euro;</td></tr><tr><td>25 g</td><td>289,00 &euro;</td></tr></table>
<p><input type="number" value="1"> <button>In den Warenkorb</button></p>
<p class="warn"><strong>Nur f&uuml;r Forschungszwecke. Nicht f&uuml;r den menschlichen Verzehr.</strong> Verkauf nur an Personen &uuml;ber 18 Jahre.</p>
<h2>Chemische Daten</h2>
<ul><li>IUPAC: 2-(2-Fluorphenyl)-2-(methylamino)cyclohexan-1-on</li><li>Summenformel: C13H16FNO</li><li>Molare Masse: 221,27 g/mol</li><li>Reinheit: &gt; 99 % (NMR)</li></ul>
<h2>Beschreibung</h2>
<p>2-FDCK ist ein Arylcyclohexylamin und ein enges Analogon des Ketamins, bei dem das Chloratom durch Fluor ersetzt ist.</p>
{paras([PAD_DE[0]])}
<h2>Versand &amp; Zahlung</h2>
<p>Versand innerhalb von 24 Stunden in neutralem, geruchsdichtem Umschlag ohne Absender. Zahlung per Bitcoin, Monero oder Bank&uuml;berweisung. Bei Verlust auf dem Postweg senden wir einmalig kostenlos nach.</p>
<h3>Kunden kauften auch</h3>
<ul><li><a href="#">DCK (Deschloroketamin) 1 g</a> 22,00 &euro;</li><li><a href="#">O-PCE 500 mg</a> 29,00 &euro;</li><li><a href="#">3-MeO-PCP 1 g</a> 24,00 &euro;</li></ul>
</div>''',
       '<p>RC Labor Chemie &middot; <a href="/agb/">AGB</a> &middot; <a href="/impressum/">Impressum</a> &middot; <a href="/widerruf/">Widerruf</a></p>',
       cart="Warenkorb (0)", search="Produkte suchen&hellip;", theme="Theme: Harbor by Oakline Themes"), noise="cookie-de")

p("h4605", "https://farmvetsupply-direct.example/equine/anesthetics/ketaset-100mg-ml-10ml", "seller", True, "en",
  "vet-diversion-product-page", "Ketaset (Ketamine HCl) 100 mg/mL 10 mL | FarmVet Supply Direct",
  shop("FarmVet Supply Direct", [("Equine", "/equine/"), ("Canine", "/canine/"), ("Livestock", "/livestock/"), ("Anesthetics", "/equine/anesthetics/"),
        ("Dewormers", "/dewormers/"), ("Fencing", "/fencing/"), ("Ships fast - no vet account needed", "#")],
       ['<a href="/">Home</a>', '<a href="/equine/">Equine</a>', '<a href="/equine/anesthetics/">Anesthetics</a>', "Ketaset 100 mg/mL"],
       '''<div class="product">
<h1>Ketaset&reg; (ketamine hydrochloride injection) 100 mg/mL, 10 mL multi-dose vial</h1>
<p class="price">$64.99 <span class="was">$79.99</span></p>
<p>Qty <select><option>1</option><option>2</option><option>5</option><option>10 (case) - save 12%</option></select> <button>Add to Cart</button></p>
<p class="badge">IN STOCK &middot; Ships within 1 business day</p>
<h2>Do I need a prescription?</h2>
<p>No. Unlike other suppliers we do not require a veterinary prescription or a clinic account. We sell to individuals, horse owners, breeders and hobby farms in all 50 states. Orders ship in an unmarked box.</p>
<h2>Payment</h2>
<p>Visa, Mastercard, or Bitcoin (take 5% off at checkout). Prepaid cards accepted.</p>
<h2>Product details</h2>
<p>Ketaset is a rapid-acting general anesthetic for cats and subhuman primates, frequently used off-label in horses with xylazine. Store at room temperature, protect from light.</p>
<h3>Customer questions</h3>
<p><b>Q:</b> Can I get this shipped to an apartment, I don't have a farm? <b>A:</b> Yes, we ship to any residential address.</p>
<p><b>Q:</b> How many can I order? <b>A:</b> No limit, bulk pricing on 10+.</p>
</div>''',
       '<p>&copy; FarmVet Supply Direct &middot; Questions? Text us at (555) 013-8842</p>',
       cart="Cart (0)"))

p("h4606", "https://farmaciasinreceta24.example/categoria/anestesicos/", "seller", True, "es",
  "multi-drug-shop-mostly-navigation", "Anestésicos sin receta - Farmacia Sin Receta 24",
  messy("Envío discreto a toda España y Latinoamérica &middot; Pago con Bitcoin, tarjeta regalo o Bizum",
        f'''<header><a href="/" class="logo">FarmaciaSinReceta24</a>
<nav><a href="/">Inicio</a> | <a href="/tienda/">Tienda</a> | <a href="/como-comprar/">Cómo comprar</a> | <a href="/envios/">Envíos</a> | <a href="/pagos/">Pagos</a> | <a href="/contacto/">Contacto</a> | <a href="/carrito/">Carrito (0)</a></nav></header>
<div class="cols">
<aside class="cat-menu"><h3>Categorías</h3>
<ul>
<li><a href="/categoria/ansioliticos/">Ansiolíticos</a><ul><li><a href="#">Alprazolam (Xanax)</a></li><li><a href="#">Diazepam (Valium)</a></li><li><a href="#">Clonazepam (Rivotril)</a></li><li><a href="#">Lorazepam</a></li></ul></li>
<li><a href="/categoria/analgesicos/">Analgésicos</a><ul><li><a href="#">Tramadol 100 mg</a></li><li><a href="#">Oxicodona 40 mg</a></li><li><a href="#">Tapentadol</a></li></ul></li>
<li><a href="/categoria/anestesicos/"><b>Anestésicos</b></a><ul><li><a href="/producto/ketamina-50mg-ml/">Ketamina 50 mg/ml</a></li><li><a href="/producto/ketamina-cristal/">Ketamina cristal</a></li><li><a href="/producto/esketamina-spray/">Esketamina spray nasal</a></li></ul></li>
<li><a href="/categoria/dormir/">Para dormir</a><ul><li><a href="#">Zolpidem</a></li><li><a href="#">Zopiclona</a></li></ul></li>
<li><a href="/categoria/disfuncion/">Disfunción eréctil</a></li>
<li><a href="/categoria/adelgazar/">Adelgazar</a></li>
<li><a href="/categoria/tdah/">TDAH</a></li>
</ul></aside>
<main>
<h1>Anestésicos</h1>
<p class="sub">Compra sin receta médica &middot; 3 productos</p>
<ul class="products">
<li><a href="/producto/ketamina-50mg-ml/">Ketamina 50 mg/ml</a> desde 59 &euro;</li>
<li><a href="/producto/ketamina-cristal/">Ketamina cristal</a> desde 45 &euro;</li>
<li><a href="/producto/esketamina-spray/">Esketamina spray nasal</a> desde 149 &euro;</li>
</ul>
<div class="pagination"><a href="#">1</a></div>
<div class="seo-text"><h2>¿Qué es la ketamina?</h2>
{paras([PAD_ES[0]])}</div>
</main></div>''',
        '<nav><a href="/aviso-legal/">Aviso legal</a> | <a href="/privacidad/">Privacidad</a> | <a href="/cookies/">Cookies</a> | <a href="/faq/">Preguntas frecuentes</a> | <a href="/blog/">Blog</a> | <a href="/mapa/">Mapa del sitio</a></nav><p>&copy; 2026 FarmaciaSinReceta24</p>',
        popup="¡10% de descuento en tu primer pedido con el código BIENVENIDO10!",
        chat='<a class="wa-float" href="https://wa.me/34600000000">WhatsApp</a>'), noise="cookie-es")

p("h4607", "https://ketacalm-health.example/start", "seller", True, "en",
  "fake-clinic-instant-approval", "KetaCalm | At-Home Ketamine Without the Wait",
  brochure("KetaCalm", [("How it works", "#how"), ("Pricing", "#pricing"), ("Science", "#science"), ("FAQ", "#faq")],
           "At-home ketamine, without the wait.",
           "No appointments. No video calls. No waiting rooms. Answer a few questions and your nasal spray ships today.",
           f'''<section id="how"><h2>How it works</h2>
<ol><li><b>Take the 3-minute quiz.</b> Tell us how you've been feeling.</li>
<li><b>Get instant approval.</b> Our system approves most people on the spot &ndash; no video call, no phone call.</li>
<li><b>Your spray ships today.</b> Orders placed before 3pm ship same day in plain packaging.</li></ol>
<a class="btn" href="/quiz">Start my quiz &rarr;</a></section>
<section id="pricing"><h2>Simple pricing</h2>
<div class="cards"><div class="card"><h3>Starter</h3><p>10 sprays &ndash; $179</p></div><div class="card"><h3>Monthly</h3><p>30 sprays &ndash; $399</p></div><div class="card"><h3>Bulk</h3><p>90 sprays &ndash; $990</p></div></div>
<p>Pay by card, Apple Pay or crypto. No insurance paperwork.</p></section>
<section id="science"><h2>The science</h2>
{paras([PAD_EN[1], PAD_EN[2], PAD_EN[3]])}</section>
<section id="faq"><h2>FAQ</h2>
<p><b>Will I talk to a doctor?</b> Only if you want to. Your quiz is reviewed automatically and approval is usually instant.</p>
<p><b>Do you ship to every state?</b> We ship anywhere in the US. International orders by request.</p></section>''',
           '<p>&copy; 2026 KetaCalm Health. Results vary. These statements have not been evaluated by the FDA.</p>',
           cta='<a class="btn" href="/quiz">Get started</a>'))

p("h4608", "https://boutique-k.example/commande/paiement", "seller", True, "fr",
  "checkout-page", "Paiement - Boutique K",
  shop("Boutique K", [("Accueil", "/"), ("Boutique", "/boutique/"), ("Livraison", "/livraison/"), ("Contact", "/contact/"),
        ("Livraison discrète partout en France, Belgique et Suisse", "#")],
       ['<a href="/panier/">Panier</a>', "<b>Paiement</b>", "Confirmation"],
       '''<h1>Paiement</h1>
<div class="checkout">
<form class="billing"><h2>Adresse de livraison</h2>
<p><input placeholder="Prénom"> <input placeholder="Nom"></p>
<p><input placeholder="Adresse"> <input placeholder="Code postal"> <input placeholder="Ville"></p>
<p><input placeholder="Email (de préférence ProtonMail)"></p>
<p class="hint">Astuce : vous pouvez utiliser un nom d'emprunt, le colis ne mentionne ni l'expéditeur ni le contenu.</p></form>
<div class="order-review"><h2>Votre commande</h2>
<table><tr><td>Kétamine HCl cristaux &ndash; 10 g &times; 1</td><td>290,00 &euro;</td></tr>
<tr><td>Livraison discrète (sous vide, emballage neutre)</td><td>15,00 &euro;</td></tr>
<tr><th>Total</th><th>305,00 &euro;</th></tr></table>
<h3>Moyen de paiement</h3>
<p><label><input type="radio" checked> Bitcoin (&minus;10 %)</label></p>
<p><label><input type="radio"> Virement SEPA</label></p>
<p><label><input type="radio"> Coupons PCS / Transcash</label></p>
<p>Aucune ordonnance n'est demandée. En cas de saisie, renvoi gratuit une fois.</p>
<button>Commander</button></div>
</div>''',
       '<p>&copy; Boutique K &middot; <a href="/cgv/">CGV</a></p>', cart="Panier : 1 article", search="Rechercher&hellip;"))

p("h4609", "https://best-pharma-reviews.example/buy-spravato-online-without-prescription/", "seller", True, "en",
  "seo-affiliate-doorway", "Buy Spravato Online Without Prescription (2026) - Best Pharma Reviews",
  blog("Best Pharma Reviews", [("Home", "/"), ("Reviews", "/reviews/"), ("Guides", "/guides/"), ("Coupons", "/coupons/")],
       "Buy Spravato Online Without Prescription: 2026 Buyer's Guide",
       'Updated November 30, 2026 &middot; <span class="disclosure">We may earn a commission when you buy through our links.</span>',
       f'''<p>Looking to buy Spravato (esketamine) nasal spray online without a prescription? Clinic visits are expensive and slow, so we tested the online pharmacies that will ship esketamine and ketamine directly to you. Below are our top picks.</p>
<h2>What is Spravato?</h2>
{paras([PAD_EN[3], PAD_EN[0]])}
<h2>Top 3 online sources for Spravato without Rx</h2>
<ol>
<li><b>RxWorldMeds</b> &ndash; Spravato 28 mg devices from $139 each, no prescription required, Bitcoin discount 15%. <a href="https://rxworldmeds.example/?ref=bpr" rel="nofollow sponsored">Visit shop &rarr;</a></li>
<li><b>GlobalPillHub</b> &ndash; esketamine and ketamine vials, ships worldwide in discreet packaging, reship guarantee. <a href="https://globalpillhub.example/?aff=77" rel="nofollow sponsored">Visit shop &rarr;</a></li>
<li><b>MedsNoScript</b> &ndash; fastest US delivery (3-5 days), accepts gift cards. <a href="https://medsnoscript.example/r/bpr" rel="nofollow sponsored">Visit shop &rarr;</a></li>
</ol>
<h2>Is it safe?</h2>
{paras([PAD_EN[4]])}
<h2>Buying tips</h2>
<ul><li>Pay with crypto for the best price and privacy.</li><li>Choose a vendor with a reship policy.</li><li>Order a larger pack to save on shipping.</li></ul>''',
       '''<section class="widget"><h3>Best Deals Today</h3><ul><li><a href="https://rxworldmeds.example/?ref=bpr">Spravato -15% with BTC</a></li><li><a href="https://globalpillhub.example/?aff=77">Ketamine vials from $59</a></li></ul></section>
<section class="widget"><h3>Popular Guides</h3><ul><li><a href="#">Buy Adderall Online Guide</a></li><li><a href="#">Buy Xanax Online Guide</a></li><li><a href="#">Buy Ketamine Online Guide</a></li></ul></section>''',
       "&copy; 2026 Best Pharma Reviews &middot; Affiliate disclosure &middot; Contact"))

p("h4610", "https://tweedehandsplein.example/v/diversen/overige/m2088431-party-k", "seller", True, "nl",
  "short-excerpt-classified", "", """
Ketamine kristal te koop, 25 euro per gram, vanaf 5 gram 20 euro. Verzending door heel NL en BE via brievenbuspost, discreet verpakt. Alleen contact via Telegram @kdam020, geen vragen beantwoord hier.
""", ext="txt")

p("h4611", "https://buyketamine-nodoctor.example/shop/ketamine-nasal-spray", "seller", True, "en",
  "url-only-browser-check", "Just a moment...", """
<div class="cf-wrapper">
<h1>Checking your browser before accessing the site.</h1>
<p>This process is automatic. Your browser will redirect to your requested content shortly.</p>
<p>Please allow up to 5 seconds&hellip;</p>
<noscript><p>Please enable JavaScript and cookies to continue.</p></noscript>
<p class="ray">Ray ID: 8f2c1d09ab44e7 &middot; Performance &amp; security by EdgeShield</p>
</div>
<script src="/cdn-cgi/challenge-platform/h/g/orchestrate/jsch/v1"></script>""")

p("h4612", "https://importadosbr.example/cetamina-liquida-50mg-ml", "seller", True, "pt",
  "messy-product-page", "Cetamina Líquida 50mg/ml - Frasco 10ml | Importados BR",
  messy("FRETE GRÁTIS acima de R$ 300 &middot; 5% OFF no Pix &middot; Envio discreto para todo o Brasil",
        f'''<header><a class="logo" href="/">Importados BR</a>
<nav><a href="/">Início</a> <a href="/emagrecedores/">Emagrecedores</a> <a href="/anabolizantes/">Anabolizantes</a> <a href="/controlados/">Controlados</a> <a href="/rastreio/">Rastrear pedido</a> <a href="/carrinho/">&#128722; 0</a></nav></header>
<main>
<div class="produto">
<h1>Cetamina Líquida 50 mg/ml &ndash; Frasco 10 ml</h1>
<div class="preco"><s>R$ 229,90</s> <b>R$ 189,90</b> <span>ou R$ 180,40 no Pix</span></div>
<p>Quantidade: <input type="number" value="1"> <button class="comprar">COMPRAR</button></p>
<ul><li>&#10004; Não precisa de receita</li><li>&#10004; Embalagem discreta, sem identificação</li><li>&#10004; Entrega em 3 a 7 dias úteis</li></ul>
<p>Dúvidas? Fale com a gente no WhatsApp <a href="https://wa.me/5511900000000">(11) 90000-0000</a>.</p>
<h2>Descrição</h2>
{paras(PAD_PT)}
<h2>Avaliações</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; <b>Rafael</b> &ndash; Chegou certinho em BH, recomendo.</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; <b>J.</b> &ndash; Demorou um pouco mas veio bem embalado.</p>
</div>
</main>''',
        '<p>Importados BR &middot; CNPJ não informado &middot; <a href="/trocas/">Trocas e devoluções</a> &middot; <a href="/privacidade/">Privacidade</a></p>',
        popup="Ganhe 10% OFF na primeira compra! Cadastre seu e-mail.",
        chat='<script src="https://widget.chatbox.test/loader.js" data-id="imp-br"></script>'), noise="cookie-pt")

p("h4613", "https://annunci-liberi.example/milano/vendo/ketamina-cristallo-id55120", "seller", True, "it",
  "short-excerpt-classified", "", """
Ketamina in cristallo e liquida, qualità farmaceutica, prezzi a partire da 30 euro al grammo. Spedizione anonima in tutta Italia in 24/48 ore, pagamento in bitcoin o ricarica PostePay. Contatti solo WhatsApp o Telegram, niente perditempo.
""", ext="txt")

p("h4614", "https://ridgeline-meds.example/faq", "seller", True, "en",
  "seller-faq-inner-page", "FAQ | Ridgeline Meds",
  plain("Frequently Asked Questions", f'''<nav class="top"><a href="/">Home</a> &middot; <a href="/products">Products</a> &middot; <a href="/faq">FAQ</a> &middot; <a href="/shipping">Shipping</a> &middot; <a href="/contact">Contact</a></nav>
<h2>Do I need a prescription to order?</h2>
<p>No. We fill orders for esketamine nasal spray, ketamine vials and lozenges without a doctor's prescription. You only need to be 18 or older.</p>
<h2>How is my order packed?</h2>
<p>All orders are stealth-packed: vacuum sealed, inside a generic item, with no company name on the label. Nothing on the outside says pharmacy or medication.</p>
<h2>What if customs seizes my package?</h2>
<p>We offer one free reship on every order. Just send us the tracking page screenshot.</p>
<h2>How can I pay?</h2>
<p>Bitcoin, Litecoin and Zelle. Card payments are not available for this category.</p>
<h2>What is esketamine?</h2>
{paras([PAD_EN[3]])}
<h2>Are there side effects?</h2>
{paras([PAD_EN[4]])}
<h2>How do I contact you?</h2>
<p>Email orders@ridgeline-meds.example or WhatsApp us, replies within 12 hours.</p>''',
        foot="&copy; 2026 Ridgeline Meds"))

# ================================================================ TELEHEALTH (9)

p("h4615", "https://evenkeel-care.example/checkout/membership", "telehealth", False, "en",
  "telehealth-membership-checkout", "Checkout - Foundations Membership | EvenKeel",
  shop("EvenKeel", [("How it works", "/how-it-works/"), ("Pricing", "/pricing/"), ("Clinicians", "/clinicians/"), ("Help", "/help/"),
        ("HSA/FSA cards accepted &middot; Cancel anytime", "#")],
       ['<a href="/pricing/">Plans</a>', "<b>Checkout</b>", "Book your evaluation"],
       f'''<h1>Checkout</h1>
<div class="checkout">
<form class="billing"><h2>Your details</h2>
<p><input placeholder="Legal first name"> <input placeholder="Legal last name"> <input placeholder="Date of birth"></p>
<p><select><option>State of residence</option><option>California</option><option>Colorado</option><option>Florida</option><option>New York</option><option>Texas</option></select></p>
<p><input placeholder="Card number"> <input placeholder="MM/YY"> <input placeholder="CVC"></p></form>
<div class="order-review"><h2>Your plan</h2>
<table><tr><td>Foundations membership (monthly)</td><td>$249.00</td></tr>
<tr><td>Initial 60-minute psychiatric evaluation by video</td><td>included</td></tr>
<tr><td>Medication, if prescribed</td><td>included</td></tr>
<tr><th>Due today</th><th>$249.00</th></tr></table>
<p class="note">Next step: choose a time for your video evaluation with a board-certified psychiatric clinician licensed in your state. Ketamine is prescribed only if your clinician decides it is safe and appropriate for you. If you are not a candidate, your first month is refunded in full.</p>
<p class="note">Prescriptions are filled by our partner, Cedar Row Pharmacy, licensed in every state we serve, and ship with adult signature required after your treatment plan is approved.</p>
<button>Pay and schedule evaluation</button></div>
</div>
<section class="why"><h2>Why ketamine?</h2>
{paras([PAD_EN[1], PAD_EN[2]])}</section>''',
       '<p>&copy; 2026 EvenKeel Health, PC. Clinical services are provided by EvenKeel Medical Group, P.C. <a href="/privacy/">Privacy</a> &middot; <a href="/hipaa/">HIPAA Notice</a> &middot; <a href="/crisis/">In crisis? Call or text 988</a></p>',
       cart="", search="Search help"))

p("h4616", "https://northlight-telepsych.example/spravato-referrals", "telehealth", False, "en",
  "telepsychiatry-refers-out", "Spravato Evaluation & Referral | Northlight Telepsychiatry",
  brochure("Northlight Telepsychiatry", [("Services", "/services"), ("Our psychiatrists", "/team"), ("Insurance", "/insurance"), ("Patient portal", "/portal")],
           "Spravato evaluation and referral, from home",
           "A psychiatrist meets you by video, reviews your treatment history and, if esketamine is right for you, connects you with a certified treatment center near you.",
           f'''<h2>What we do &ndash; and what we don't</h2>
<p>Northlight is a virtual psychiatry practice. We do <b>not</b> administer Spravato: under the FDA's REMS program, every dose must be taken at a certified healthcare setting and followed by at least two hours of observation. What we do is the part that often takes longest &ndash; the evaluation, the paperwork and the coordination.</p>
<ol><li><b>Video evaluation (60 min)</b> with one of our board-certified psychiatrists.</li>
<li><b>Treatment-resistance review:</b> we document prior antidepressant trials, which most insurers require.</li>
<li><b>Prior authorization:</b> our care coordinators submit it for you.</li>
<li><b>Referral</b> to a partner REMS-certified center, with your records sent ahead.</li>
<li><b>Ongoing medication management</b> by video while you receive treatment.</li></ol>
<h2>About esketamine</h2>
{paras([PAD_EN[3], PAD_EN[4]])}
<h2>Meet the team</h2>
<ul><li>Elena Marsh, MD &ndash; board certified in psychiatry, licensed in PA, NJ, NY</li>
<li>Samuel Adeyemi, MD &ndash; board certified in psychiatry, licensed in PA, DE, MD</li>
<li>Rachel Kim, PMHNP-BC &ndash; licensed in NJ, NY</li></ul>
<a class="btn" href="/book">Book a video evaluation</a>''',
           '<p>Northlight Telepsychiatry, LLC &middot; Most commercial plans and Medicare accepted &middot; If you are in crisis, call or text 988.</p>'), noise="cookie")

p("h4617", "https://serenamente-salud.example/es/como-funciona", "telehealth", False, "es",
  "short-excerpt-how-it-works", "", """
Tras una videoconsulta de 60 minutos con uno de nuestros psiquiatras colegiados, y solo si el tratamiento es adecuado para usted, la receta se envía a nuestra farmacia asociada, que le hará llegar las tabletas sublinguales de ketamina a domicilio. Cada sesión en casa va acompañada de una guía por videollamada y de revisiones periódicas con su médico.
""", ext="txt")

p("h4618", "https://tidewell.example/help/articles/your-first-session", "telehealth", False, "en",
  "short-excerpt-help-article", "", """
Your first dose is supervised live over video by your Tidewell care guide, and your prescribing clinician checks in after sessions two and four before any refill is authorised. Medication ships from Bayline Compounding Pharmacy in a tamper-evident pouch, and an adult signature is required on delivery.
""", ext="txt")

p("h4619", "https://psychiatrie-online-praxis.example/esketamin-ueberweisung", "telehealth", False, "de",
  "telepsychiatry-refers-out", "Esketamin: Abklärung per Video und Überweisung | Psychiatrie Online Praxis",
  blog("Psychiatrie Online Praxis", [("Start", "/"), ("Leistungen", "/leistungen"), ("Ärztinnen und Ärzte", "/team"), ("Termin", "/termin"), ("Kosten", "/kosten")],
       "Esketamin-Nasenspray: Abklärung per Videosprechstunde und Überweisung",
       "Zuletzt aktualisiert: 12. November 2026 &middot; Dr. med. Katrin Vogel, Fachärztin für Psychiatrie und Psychotherapie",
       f'''<p>Wir sind eine telemedizinische psychiatrische Praxis mit Sitz in Hamburg. Viele Patientinnen und Patienten fragen uns nach Esketamin. Wichtig vorab: Esketamin-Nasenspray darf nur unter ärztlicher Aufsicht in einer Praxis oder Klinik angewendet werden &ndash; eine Anwendung zu Hause oder ein Versand ist nicht möglich.</p>
<h2>So läuft es bei uns ab</h2>
<ol><li>Ausführliche Videosprechstunde (ca. 50 Minuten) mit einer Fachärztin oder einem Facharzt.</li>
<li>Prüfung der bisherigen Behandlungen: Für eine Therapieresistenz müssen mindestens zwei Antidepressiva in ausreichender Dosis und Dauer erfolglos gewesen sein.</li>
<li>Wenn Esketamin in Frage kommt, erhalten Sie eine Überweisung an eine unserer Kooperationskliniken, z. B. in Hamburg, Berlin oder Köln, inklusive Arztbrief.</li>
<li>Die begleitende Behandlung mit einem oralen Antidepressivum und Folgegespräche können weiter per Video bei uns stattfinden.</li></ol>
<h2>Was ist Esketamin?</h2>
{paras(PAD_DE)}
<p>Die Videosprechstunde wird von den gesetzlichen Krankenkassen übernommen. Bitte halten Sie Ihre elektronische Gesundheitskarte bereit.</p>''',
       '''<section class="widget"><h3>Termin buchen</h3><p>Nächster freier Termin: Do., 10:30 Uhr</p><a href="/termin">Jetzt buchen</a></section>
<section class="widget"><h3>Weitere Artikel</h3><ul><li><a href="#">Depression: Wann ist sie therapieresistent?</a></li><li><a href="#">Lithium-Augmentation erklärt</a></li><li><a href="#">Videosprechstunde: Technik-Check</a></li></ul></section>''',
       "Psychiatrie Online Praxis &middot; Impressum &middot; Datenschutz &middot; Im Notfall: 112 oder Telefonseelsorge 0800 111 0 111"), noise="cookie-de")

p("h4620", "https://halcyonhome.example/", "telehealth", False, "en",
  "nav-only-home", "Halcyon | Prescribed at-home ketamine therapy",
  '''<header><a class="logo" href="/">Halcyon</a>
<nav><a href="/how-it-works">How it works</a> <a href="/conditions">Conditions</a> <a href="/clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/safety">Safety</a> <a href="/research">Research</a> <a href="/faq">FAQ</a> <a href="/login">Log in</a> <a class="btn" href="/get-started">Get started</a></nav></header>
<main>
<h1>At-home ketamine therapy, prescribed after a video evaluation with a licensed clinician.</h1>
<p><a class="btn" href="/eligibility">Check eligibility</a> <a href="/how-it-works">Learn more</a></p>
</main>
<footer>
<div class="cols">
<div><h4>Treatment</h4><a href="/depression">Depression</a> <a href="/anxiety">Anxiety</a> <a href="/ptsd">PTSD</a> <a href="/integration">Integration</a></div>
<div><h4>Company</h4><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/press">Press</a> <a href="/blog">Blog</a></div>
<div><h4>Support</h4><a href="/help">Help center</a> <a href="/contact">Contact</a> <a href="/shipping">Shipping</a> <a href="/billing">Billing</a></div>
<div><h4>States we serve</h4>AZ &middot; CA &middot; CO &middot; FL &middot; IL &middot; NY &middot; OR &middot; TX &middot; WA</div>
</div>
<p>Halcyon Medical Group, P.A. &middot; LegitScript certified &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/hipaa">HIPAA</a> &middot; If you are having thoughts of harming yourself, call or text 988.</p>
</footer>''')

p("h4621", "https://lumenpath-health.example/shipping-policy", "telehealth", False, "en",
  "padded-shipping-policy", "Shipping Policy | LumenPath Health",
  plain("Shipping Policy", f'''<p class="updated">Last updated: September 2, 2026</p>
<h2>When we ship</h2>
<p>Medication is shipped only after your LumenPath clinician has completed your video evaluation and approved a treatment plan. Prescriptions are sent electronically to our partner pharmacy, Northgate Specialty Pharmacy, which is licensed in each state we serve. We never ship medication without a valid prescription from your clinician.</p>
<h2>How it arrives</h2>
<ul><li>Shipped by overnight courier in a plain, tamper-evident package.</li>
<li>An adult signature (21+) is required; packages cannot be left at the door.</li>
<li>We cannot ship to PO boxes, hotels or addresses outside your state of licensure.</li></ul>
<h2>Refills</h2>
<p>Refills are authorised by your clinician at your follow-up visit. You will receive a text when your refill has been approved and again when it ships.</p>
<h2>Lost or damaged packages</h2>
<p>Contact our care team within 48 hours. Because ketamine is a Schedule III controlled substance, a lost package must be reported to the pharmacy and may require a police report before a replacement can be dispensed.</p>
<h2>About ketamine</h2>
{paras([PAD_EN[0], PAD_EN[5]])}''',
        foot="LumenPath Health, P.C. &middot; Questions: care@lumenpath-health.example &middot; <a href='/terms'>Terms</a> &middot; <a href='/privacy'>Privacy</a>"))

p("h4622", "https://psiquevirtual.example/escetamina", "telehealth", False, "pt",
  "short-excerpt-refers-out", "", """
A consulta psiquiátrica é feita por vídeo com médico registrado no CRM e, se a escetamina for indicada, encaminhamos você para uma clínica parceira credenciada, onde o spray nasal é aplicado sob supervisão. O acompanhamento do antidepressivo oral continua por teleconsulta.
""", ext="txt")

p("h4623", "https://calmwave-health.example/lp/ketamine-at-home?utm_source=fb&utm_campaign=trd_q4", "telehealth", False, "en",
  "messy-ad-landing-page", "CalmWave | At-home ketamine therapy, $99 first month",
  messy("LIMITED TIME: $99 for your first month (reg. $229) &middot; Ends Sunday",
        f'''<div class="elementor-section hero">
<h1>Feel like yourself again.</h1>
<h2>Clinician-prescribed ketamine therapy at home.</h2>
<a class="elementor-button" href="/intake?promo=FB99">See if I qualify</a>
<p class="trust">&#11088;&#11088;&#11088;&#11088;&#11088; 4.8 from 2,300+ reviews</p>
</div>
<div class="elementor-section steps">
<h3>1. Online intake</h3><p>Answer questions about your health history and current medications (10 minutes).</p>
<h3>2. Video evaluation</h3><p>Meet a licensed clinician by video. They decide whether ketamine is safe and right for you.</p>
<h3>3. Treatment at home</h3><p>If prescribed, medication ships from a licensed partner pharmacy. A care guide joins your first session and your clinician follows up after every few sessions.</p>
</div>
<div class="elementor-section team"><h3>Your care team</h3>
<p>Dr. Priya Raman, MD &ndash; Medical Director, psychiatry</p><p>Jordan Ellis, PMHNP-BC</p><p>Dr. Marco Bellini, DO</p></div>
<div class="elementor-section science"><h3>How ketamine helps</h3>
{paras([PAD_EN[1], PAD_EN[2], PAD_EN[4]])}</div>
<div class="elementor-section testimonials"><blockquote>"My clinician took an hour with me before anything was prescribed. First time in years I felt listened to." &ndash; Alicia, CO</blockquote></div>
<div class="elementor-section"><a class="elementor-button" href="/intake?promo=FB99">Start for $99</a><p class="small">Not everyone qualifies. Medication is prescribed only after an evaluation by a licensed clinician. Price excludes medication for some plans.</p></div>''',
        '<p>&copy; 2026 CalmWave Health. Clinical services by CalmWave Medical, P.C. <a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/accessibility">Accessibility</a> &middot; Crisis? Call or text 988.</p>',
        popup="Wait! Get our free guide: 7 Questions to Ask Before Ketamine Therapy. <input placeholder='Email'> <button>Send it</button>",
        chat='<script src="https://js.intercom.test/widget/cw81z"></script>'), noise="cookie")

# ================================================================ CLINICS (8)

p("h4624", "https://brightside-psychiatry.example/spravato", "clinic", False, "en",
  "rems-spravato-centre", "Spravato (Esketamine) Treatment | Brightside Psychiatry, Raleigh NC",
  brochure("Brightside Psychiatry", [("Services", "/services"), ("Spravato", "/spravato"), ("TMS", "/tms"), ("Providers", "/providers"), ("Insurance", "/insurance"), ("Contact", "/contact")],
           "Spravato&reg; treatment in Raleigh",
           "Brightside is a certified Spravato Treatment Center under the FDA's REMS program. Every session takes place in our office with a nurse present.",
           f'''<div class="two-col">
<div><h2>What is Spravato?</h2>
{paras([PAD_EN[3]])}
<h2>What a session looks like</h2>
<p>You check in, your blood pressure is taken, and you self-administer the nasal spray under the supervision of our nursing staff. You then rest in a private, reclining-chair suite for at least two hours while we monitor you. You will need someone to drive you home &ndash; you should not drive until the next day.</p>
<h2>Schedule</h2>
<p>Weeks 1&ndash;4: twice a week. Weeks 5&ndash;8: once a week. After that, once a week or every two weeks depending on your response.</p>
<h2>Possible side effects</h2>
{paras([PAD_EN[4]])}</div>
<div class="aside-box"><h3>Getting started</h3>
<p>1. Referral from your psychiatrist or a consult with one of ours.<br>2. We verify benefits and obtain prior authorization.<br>3. First session usually within 2&ndash;3 weeks.</p>
<p>Spravato is covered by most major insurers, including Medicare, for eligible patients.</p>
<a class="btn" href="/contact">Request a consult</a>
<p>3100 Glenwood Ave, Suite 210, Raleigh, NC &middot; (919) 555-0133</p></div>
</div>''',
           '<p>&copy; 2026 Brightside Psychiatry, PLLC &middot; <a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></p>'))

p("h4625", "https://summitketamine.example/shop/six-infusion-series-depression/", "clinic", False, "en",
  "clinic-on-shop-theme", "Six-Infusion Series for Depression | Summit Ketamine Clinic",
  shop("Summit Ketamine Clinic", [("Treatments", "/treatments/"), ("Our Team", "/team/"), ("Shop", "/shop/"), ("New Patients", "/new-patients/"), ("Contact", "/contact/"),
        ("Now booking at our Boulder &amp; Denver clinics &middot; Call (303) 555-0174", "#")],
       ['<a href="/">Home</a>', '<a href="/shop/">Shop</a>', "Six-Infusion Series for Depression"],
       f'''<div class="product">
<h1 class="product_title">Six-Infusion Series for Depression</h1>
<p class="price">$2,700.00 <span class="save">(save $300 vs. single infusions)</span></p>
<p class="short-description">Prepay your initial series of six IV ketamine infusions, given over two to three weeks at our Boulder or Denver clinic.</p>
<form class="cart"><select><option>Boulder</option><option>Denver</option></select> <button class="single_add_to_cart_button">Add to cart</button></form>
<p class="notice">Purchasing a package does not guarantee treatment. Every new patient has a medical consultation with our physician before the first infusion; if ketamine is not appropriate for you, your payment is refunded in full.</p>
<div class="product_meta">Category: <a href="/product-category/infusion-packages/">Infusion packages</a></div>
</div>
<div class="woocommerce-tabs">
<div id="tab-description"><h2>What to expect</h2>
<p>Each infusion lasts about 40 minutes in a private room. An anesthesiologist or CRNA monitors your heart rate, blood pressure and oxygen throughout. Plan on two hours in the clinic and arrange a ride home.</p>
{paras([PAD_EN[1], PAD_EN[2]])}
<h2>HSA / FSA</h2><p>Infusions are eligible medical expenses; we provide a superbill on request.</p></div>
</div>
<section class="related products"><h2>You may also like</h2>
<ul><li><a href="/shop/single-infusion/">Single booster infusion</a> $500.00</li>
<li><a href="/shop/gift-card/">Summit gift card</a> from $50.00</li>
<li><a href="/shop/integration-session/">Integration therapy session</a> $150.00</li></ul></section>''',
       '<p>Summit Ketamine Clinic &middot; 1720 Pearl St, Boulder, CO &middot; 455 Sherman St, Denver, CO</p><p><a href="/privacy/">Privacy</a> &middot; <a href="/refunds/">Refund policy</a></p>',
       cart="&#128722; $0.00"))

p("h4626", "https://willowkap.example/approach", "clinic", False, "en",
  "short-excerpt-kap", "", """
Each ketamine-assisted psychotherapy session at our Portland office pairs an intramuscular or sublingual dose, given and monitored by our nurse practitioner, with three hours alongside a licensed therapist. Two integration sessions follow within the week, in person or by video.
""", ext="txt")

p("h4627", "https://chu-valmont.test/services/psychiatrie/unite-depressions-resistantes", "clinic", False, "fr",
  "hospital-department", "Unité des dépressions résistantes - Pôle de psychiatrie adulte | CHU de Valmont",
  brochure("CHU de Valmont", [("Patients et visiteurs", "/patients"), ("Services", "/services"), ("Prendre rendez-vous", "/rdv"), ("Recherche", "/recherche"), ("Professionnels", "/pro")],
           "Unité des dépressions résistantes",
           "Pôle de psychiatrie adulte &ndash; Bâtiment C, 2e étage",
           f'''<h2>Missions</h2>
<p>L'unité accueille des patients adultes souffrant d'un épisode dépressif caractérisé n'ayant pas répondu à au moins deux traitements antidépresseurs bien conduits. Elle propose un bilan diagnostique complet et des traitements spécialisés en hôpital de jour.</p>
<h2>Traitements proposés</h2>
<ul><li>Eskétamine par voie nasale (Spravato), administrée en hôpital de jour avec surveillance d'au moins deux heures</li>
<li>Kétamine par voie intraveineuse dans le cadre de protocoles de recherche clinique</li>
<li>Stimulation magnétique transcrânienne répétitive (rTMS)</li>
<li>Électroconvulsivothérapie (ECT) sous anesthésie générale</li></ul>
<h2>À propos de l'eskétamine</h2>
{paras(PAD_FR)}
<h2>Comment être adressé ?</h2>
<p>Les demandes de consultation sont faites par le psychiatre traitant ou le médecin généraliste au moyen du formulaire d'adressage, accompagné d'un courrier détaillant les traitements antérieurs. Délai moyen de première consultation : 6 à 8 semaines.</p>
<h2>Équipe</h2>
<p>Chef de service : Pr Hélène Dufour &middot; Praticiens hospitaliers : Dr Julien Marchand, Dr Amina Benali &middot; Cadre de santé : M. Pierre Lacroix</p>
<p>Secrétariat : 04 00 00 00 00, du lundi au vendredi de 9 h à 16 h.</p>''',
           '<p>CHU de Valmont &middot; 1 avenue de l\'Hôpital &middot; <a href="/mentions-legales">Mentions légales</a> &middot; <a href="/accessibilite">Accessibilité</a></p>'), noise="cookie-fr")

p("h4628", "https://ospedale-sanfelice.test/reparti/terapia-del-dolore/ketamina", "clinic", False, "it",
  "short-excerpt-pain-clinic", "", """
Presso l'Ambulatorio di Terapia del Dolore eseguiamo infusioni endovenose di ketamina a basso dosaggio per la sindrome dolorosa regionale complessa e il dolore neuropatico resistente, con monitoraggio continuo in regime di day hospital. Si accede con impegnativa del medico di medicina generale, dopo una prima visita algologica.
""", ext="txt")

p("h4629", "https://kliniekhelder.example/behandelingen/ketamine", "clinic", False, "nl",
  "messy-clinic-page", "Ketaminebehandeling bij depressie | Kliniek Helder Utrecht",
  messy("Wachttijd intake: ca. 5 weken &middot; Bel 030 000 0000",
        f'''<header><a class="logo" href="/">Kliniek Helder</a>
<nav><a href="/">Home</a> <a href="/behandelingen">Behandelingen</a> <a href="/aanmelden">Aanmelden</a> <a href="/vergoeding">Vergoeding</a> <a href="/team">Team</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketaminebehandeling bij therapieresistente depressie</h1>
<p>In onze kliniek in Utrecht behandelen wij volwassenen met een depressie die onvoldoende reageerde op minstens twee antidepressiva. De ketamine wordt toegediend via een infuus, onder toezicht van een anesthesioloog, in een rustige behandelkamer. Na elke behandeling blijft u minimaal anderhalf uur ter observatie.</p>
<h2>Wat is ketamine?</h2>
{paras(PAD_NL)}
<h2>Het traject</h2>
<ol><li>Verwijzing door uw huisarts of psychiater</li><li>Intakegesprek met de psychiater en lichamelijk onderzoek</li><li>Zes infusen in drie weken, daarna evaluatie</li><li>Zo nodig onderhoudsbehandelingen</li></ol>
<h2>Vergoeding</h2>
<p>Behandeling met esketamine neusspray wordt onder voorwaarden vergoed. Intraveneuze ketamine valt meestal buiten de basisverzekering; u ontvangt vooraf een prijsopgave (&euro; 395 per infuus).</p>
<a class="btn" href="/aanmelden">Aanmelden</a>
</main>''',
        '<p>Kliniek Helder B.V. &middot; KvK 00000000 &middot; AGB-code 00000000 &middot; <a href="/privacy">Privacy</a> &middot; <a href="/klachten">Klachtenregeling</a></p>',
        chat='<script src="https://embed.zorgchat.test/widget.js"></script>'), noise="cookie-nl")

p("h4630", "https://riverbendpain.example/blog/ketamine-infusions-for-crps/", "clinic", False, "en",
  "pain-clinic-blog", "Ketamine Infusions for CRPS: What Our Patients Should Know | Riverbend Pain & Spine",
  blog("Riverbend Pain &amp; Spine", [("Home", "/"), ("Conditions", "/conditions/"), ("Treatments", "/treatments/"), ("Locations", "/locations/"), ("Patient Forms", "/forms/"), ("Blog", "/blog/")],
       "Ketamine Infusions for CRPS: What Our Patients Should Know",
       "March 3, 2026 &middot; Reviewed by Daniel Okafor, MD, Board Certified in Anesthesiology and Pain Medicine",
       f'''<p>Complex regional pain syndrome (CRPS) can turn a minor injury into years of burning pain, swelling and sensitivity to touch. When nerve blocks, physical therapy and medications haven't been enough, some of our patients are candidates for outpatient ketamine infusions at our Lexington infusion suite.</p>
<h2>A little background</h2>
{paras([PAD_EN[0], PAD_EN[5]])}
<h2>How we give it</h2>
<p>For pain, we use a longer, lower-dose infusion than psychiatric clinics do: typically four hours a day over five consecutive days, with continuous ECG, blood pressure and oxygen monitoring by our nursing staff and a physician on site. Some patients then return for booster infusions every one to three months.</p>
<h2>Side effects</h2>
{paras([PAD_EN[4]])}
<h2>Is it covered?</h2>
<p>Coverage for ketamine in CRPS varies. Our billing team will check your benefits before scheduling and give you a written estimate.</p>
<p>Ask your Riverbend physician at your next visit whether ketamine infusion might be part of your plan.</p>''',
       '''<section class="widget"><h3>Request an Appointment</h3><p>New patients need a referral for infusion therapy.</p><a href="/appointments/">Request now</a></section>
<section class="widget"><h3>Locations</h3><p>Lexington &middot; Richmond &middot; Georgetown</p></section>
<section class="widget"><h3>Recent Posts</h3><ul><li><a href="#">Spinal Cord Stimulators: Myths and Facts</a></li><li><a href="#">What Is a Medial Branch Block?</a></li></ul></section>''',
       "&copy; 2026 Riverbend Pain &amp; Spine, PSC &middot; Privacy &middot; Patient Rights"))

p("h4631", "https://harborinfusion.example/book", "clinic", False, "en",
  "short-excerpt-booking-deposit", "", """
Infusions are $475 each or $2,550 for a series of six; a $100 deposit holds your chair and is applied to your first visit. Book online or message us on WhatsApp, and bring a driver, since you won't be able to drive home after your infusion.
""", ext="txt")

# ================================================================ INFORMATIONAL (9)

p("h4632", "https://news.eastmoor-university.test/2026/11/online-ketamine-marketplaces-study", "informational", False, "en",
  "university-news-quoting-prices", "Study maps the booming online trade in ketamine and Spravato | Eastmoor University News",
  blog("Eastmoor University News", [("Research", "/research/"), ("Health", "/health/"), ("Campus", "/campus/"), ("Media contacts", "/media/")],
       "Study maps the booming online trade in ketamine and counterfeit Spravato",
       "November 18, 2026 &middot; By Lauren Whitfield, School of Public Health",
       f'''<p>Researchers at Eastmoor University's School of Public Health spent six months posing as buyers on 212 websites that offered ketamine or esketamine for sale, and found a market that looks a lot like ordinary e-commerce.</p>
<p>Searches for phrases such as "buy ketamine online" and "Spravato without prescription" led mostly to polished shop sites and review-style blogs that link to them. Prices ranged from $30 to $90 per gram for ketamine crystal and $120 to $200 for a single "Spravato" nasal device &ndash; a product that, under U.S. rules, can only be used under supervision in a certified clinic.</p>
<p>"Sixty-one percent of the sites took only cryptocurrency or gift cards, and nearly half moved the conversation to Telegram or WhatsApp once you asked a question," said Dr. Omar Haddad, the study's lead author. "Several used the same paragraphs about how ketamine works that you find on legitimate clinic websites."</p>
<p>The team ordered from 18 sites. Eleven orders never arrived. Of the seven that did, laboratory testing found that two contained no ketamine at all and one contained 2-FDCK, an unregulated analogue.</p>
<p>The authors call for search engines and payment processors to act on sites that advertise "no prescription needed", and urge patients interested in ketamine therapy to go through a licensed clinic or a telehealth provider that evaluates them by video.</p>
<div class="factbox"><h3>About ketamine</h3>
{paras([PAD_EN[0], PAD_EN[3]])}</div>
<p class="ref">The study, "Digital storefronts for dissociatives", appears in the <i>Journal of Drug Policy Research</i>.</p>''',
       '''<section class="widget"><h3>Media contact</h3><p>Office of Communications<br>press@eastmoor-university.test</p></section>
<section class="widget"><h3>More health news</h3><ul><li><a href="#">Flu vaccine uptake rises among students</a></li><li><a href="#">New sleep lab opens</a></li></ul></section>''',
       "&copy; 2026 Eastmoor University"))

p("h4633", "https://hale-ortiz-law.example/practice-areas/drug-crimes/ketamine-charges/", "informational", False, "en",
  "law-firm", "Ketamine Possession & Distribution Lawyer in Houston | Hale & Ortiz",
  brochure("Hale &amp; Ortiz, Criminal Defense", [("Practice Areas", "/practice-areas/"), ("Attorneys", "/attorneys/"), ("Results", "/results/"), ("Contact", "/contact/")],
           "Charged with a ketamine offense in Texas?",
           "Free, confidential consultation 24/7: (713) 555-0190",
           '''<p>Ketamine is a Schedule III controlled substance under federal law and falls in Penalty Group 3 under the Texas Health and Safety Code. Possession of less than 28 grams is a Class A misdemeanor punishable by up to a year in jail; larger amounts, or any charge involving manufacture, delivery or intent to deliver, can be a felony.</p>
<h2>Packages ordered online</h2>
<p>A growing share of our ketamine cases begin with a parcel. People order from websites that promise "no prescription needed" and "stealth shipping", and the package is intercepted by customs or a postal inspector, followed by a controlled delivery. Being the addressee is not, by itself, proof that you knew what was inside &ndash; but these cases need an attorney early.</p>
<h2>What about ketamine from a clinic?</h2>
<p>Ketamine or Spravato prescribed by a licensed clinician and dispensed by a licensed pharmacy is lawful. If you were stopped with medication you were legitimately prescribed, bring your prescription records to your consultation.</p>
<h2>How we defend ketamine cases</h2>
<ul><li>Challenging the search of your vehicle, home or mail</li><li>Questioning lab results and chain of custody</li><li>Pretrial diversion and drug court for first-time offenders</li></ul>
<p><i>This page is general information, not legal advice. Contacting us does not create an attorney-client relationship.</i></p>''',
           '<p>&copy; 2026 Hale &amp; Ortiz, PLLC &middot; Attorney advertising &middot; Houston, Texas</p>'), noise="cookie")

p("h4634", "https://www.agencia-medicamentos.test/alertas/2026/venta-ilegal-ketamina-internet", "informational", False, "es",
  "short-excerpt-government-warning", "", """
La Agencia advierte de que la venta de ketamina y esketamina a través de páginas web, redes sociales o aplicaciones de mensajería es ilegal y que los productos adquiridos por estas vías pueden estar falsificados o contaminados. Estos medicamentos solo se dispensan con receta en farmacias autorizadas, y la esketamina se administra bajo supervisión en centros sanitarios.
""", ext="txt")

p("h4635", "https://safernights.example/drugs/ketamine", "informational", False, "en",
  "short-excerpt-harm-reduction", "", """
If you're using K, start low and wait: redosing too soon is the most common route into a K-hole, and mixing it with alcohol or benzos raises the risk of choking and passing out. Our free drug-checking service on Thursdays can test for adulterants like 2-FDCK or PCP analogues, and results are anonymous.
""", ext="txt")

p("h4636", "https://fachklinik-seeblick.example/sucht/ketaminabhaengigkeit", "informational", False, "de",
  "rehab-centre", "Ketaminabhängigkeit: Behandlung in der Fachklinik Seeblick",
  brochure("Fachklinik Seeblick", [("Suchtbehandlung", "/sucht"), ("Aufnahme", "/aufnahme"), ("Kostenträger", "/kosten"), ("Klinik", "/klinik"), ("Kontakt", "/kontakt")],
           "Hilfe bei Ketaminabhängigkeit",
           "Qualifizierter Entzug und Entwöhnungsbehandlung für Erwachsene &ndash; am Plöner See",
           f'''<h2>Wenn aus Partykonsum Abhängigkeit wird</h2>
<p>Ketamin gilt in der Szene oft als "harmlos". Wir sehen in unserer Klinik jedoch immer mehr junge Erwachsene, die täglich konsumieren, die Dosis steigern mussten und unter Blasenschmerzen, Gedächtnisproblemen und Depressionen leiden. Auch nach eigenmächtiger "Selbstbehandlung" einer Depression mit im Internet bestelltem Ketamin kann sich eine Abhängigkeit entwickeln.</p>
<h2>Hintergrund</h2>
{paras(PAD_DE)}
<p>Anders als in einer ärztlich überwachten Behandlung sind Reinheit und Dosis bei Straßenware oder Online-Bestellungen unbekannt.</p>
<h2>Unser Angebot</h2>
<ul><li>Qualifizierter Entzug (ca. 3 Wochen) mit urologischer Mitbetreuung</li>
<li>Medizinische Rehabilitation / Entwöhnung (8&ndash;15 Wochen)</li>
<li>Einzel- und Gruppentherapie, Sport- und Ergotherapie</li>
<li>Nachsorge und Adaption</li></ul>
<h2>Kosten</h2>
<p>Den Entzug übernimmt die Krankenkasse, die Entwöhnung in der Regel die Deutsche Rentenversicherung. Unser Sozialdienst hilft beim Antrag.</p>
<p>Aufnahmetelefon: 04522 000 000 (Mo&ndash;Fr 8&ndash;16 Uhr)</p>''',
           '<p>Fachklinik Seeblick gGmbH &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></p>'), noise="cookie-de")

p("h4637", "https://forum.depressionsupport.example/t/has-anyone-bought-spravato-online/44812", "informational", False, "en",
  "forum-thread", "Has anyone bought Spravato online? - Treatments - DepressionSupport Forum",
  f'''<header><a href="/">DepressionSupport Forum</a> <nav><a href="/latest">Latest</a> <a href="/categories">Categories</a> <a href="/guidelines">Guidelines</a> <a href="/login">Log in</a></nav></header>
<main>
<h1>Has anyone bought Spravato online?</h1>
<p class="cat"><a href="/c/treatments">Treatments</a> &middot; 9 replies &middot; 1.4k views</p>
<div class="post"><b>greyskies_88</b> <span>Nov 2</span>
<p>My insurance denied Spravato twice and the nearest clinic is 3 hours away. I found a site selling the nasal devices for $150 each, no prescription, pay with bitcoin. [link removed by moderator]. Has anyone tried something like this? Is it legit?</p></div>
<div class="post mod"><b>Moderator_Jen</b> <span>Nov 2</span>
<p>Hi greyskies, I removed the link. Per our guidelines we don't allow links to sites selling medication without a prescription. Spravato is only given in certified clinics, so anything shipped to your house is at best diverted and at worst fake. Please talk to your prescriber about appeals.</p></div>
<div class="post"><b>northern_lights</b> <span>Nov 3</span>
<p>Please don't. I lost $400 to one of those last year, nothing arrived, and then they wanted another $200 for "customs clearance".</p></div>
<div class="post"><b>mk_recovering</b> <span>Nov 3</span>
<p>For what it's worth, here's what I copied from my clinic's handout when I started:</p>
<blockquote>{PAD_EN[3]} {PAD_EN[4]}</blockquote>
<p>I did 8 weeks at a clinic. The appeal took two tries but got approved once my psychiatrist documented my med history properly.</p></div>
<div class="post"><b>greyskies_88</b> <span>Nov 4</span>
<p>Thanks everyone. I'm going to ask my psychiatrist about a third appeal and look at telehealth psych options that can refer me.</p></div>
</main>
<footer>DepressionSupport Forum is a peer support community and not a substitute for professional care. If you are in crisis, call or text 988.</footer>''', noise="cookie")

p("h4638", "https://fr.encyclopedie-libre.test/wiki/K%C3%A9tamine", "informational", False, "fr",
  "wiki-article", "Kétamine — Encyclopédie libre",
  f'''<div id="mw-head"><a href="/wiki/Accueil">Accueil</a> <a href="#">Article</a> <a href="#">Discussion</a> <a href="#">Lire</a> <a href="#">Modifier</a> <a href="#">Historique</a></div>
<div id="content">
<h1 id="firstHeading">Kétamine</h1>
<table class="infobox"><tr><th colspan="2">Kétamine</th></tr>
<tr><td>Formule brute</td><td>C13H16ClNO</td></tr><tr><td>Masse molaire</td><td>237,725 g/mol</td></tr>
<tr><td>Classe thérapeutique</td><td>Anesthésique général, antidépresseur (eskétamine)</td></tr>
<tr><td>Voies d'administration</td><td>IV, IM, intranasale, orale</td></tr>
<tr><td>Statut légal (France)</td><td>Liste I, stupéfiant</td></tr></table>
<p>La <b>kétamine</b> est une molécule de la famille des arylcyclohexylamines, utilisée en médecine humaine et vétérinaire comme anesthésique général, et plus récemment dans le traitement de la dépression résistante.</p>
<div id="toc"><b>Sommaire</b><ol><li>Histoire</li><li>Pharmacologie</li><li>Usage médical</li><li>Usage récréatif</li><li>Législation</li><li>Notes et références</li></ol></div>
<h2>Histoire</h2>
<p>La kétamine a été synthétisée en 1962 par le chimiste Calvin Stevens pour la société Parke-Davis, comme alternative à la phencyclidine. Elle a été utilisée comme anesthésique de terrain pendant la guerre du Viêt Nam.</p>
<h2>Pharmacologie</h2>
{paras(PAD_FR)}
<h2>Usage médical</h2>
<p>En anesthésie, elle est appréciée pour la préservation des réflexes respiratoires. En psychiatrie, plusieurs essais ont montré un effet antidépresseur rapide après une perfusion unique<sup>[3]</sup>. L'eskétamine a obtenu une autorisation européenne de mise sur le marché en 2019.</p>
<h2>Usage récréatif</h2>
<p>Détournée sous les noms de « K », « Ket » ou « Special K », elle est consommée en poudre sniffée. À forte dose, elle provoque un état de dissociation appelé « K-hole ». L'usage répété est associé à des cystites ulcéreuses.</p>
<h2>Législation</h2>
<p>En France, la kétamine est classée comme stupéfiant depuis 1997. Sa vente sans ordonnance, y compris sur Internet, est interdite.</p>
<h2>Notes et références</h2>
<ol class="references"><li>Domino EF. <i>Taming the ketamine tiger</i>. Anesthesiology, 2010.</li><li>OMS, Liste modèle des médicaments essentiels.</li><li>Zarate CA et al. Arch Gen Psychiatry, 2006.</li></ol>
</div>
<div id="footer">Dernière modification de cette page le 2 novembre 2026. Les textes sont disponibles sous licence Creative Commons attribution, partage dans les mêmes conditions.</div>''')

p("h4639", "https://farmaciagalenica-rossi.example/preparazioni/ketamina", "informational", False, "it",
  "short-excerpt-compounding-pharmacy", "", """
La nostra farmacia galenica allestisce preparazioni magistrali a base di ketamina, come gel transdermici e soluzioni orali per la terapia del dolore, esclusivamente su presentazione di ricetta medica e nel rispetto della normativa sugli stupefacenti. Non effettuiamo vendita online né spedizione di medicinali soggetti a prescrizione.
""", ext="txt")

p("h4640", "https://meridian-medsupply.example/catalog/controlled/ketamine-hcl-injection-50mg-ml-10ml", "informational", False, "en",
  "licensed-wholesaler-shop-theme", "Ketamine HCl Injection USP 50 mg/mL, 10 mL MDV | Meridian Medical Supply",
  shop("Meridian Medical Supply", [("Pharmaceuticals", "/catalog/pharma/"), ("Controlled Substances", "/catalog/controlled/"), ("Surgical", "/catalog/surgical/"),
        ("PPE", "/catalog/ppe/"), ("Account Setup", "/account-setup/"),
        ("Serving hospitals, surgery centers and licensed practices since 1994 &middot; Net-30 terms for approved accounts", "#")],
       ['<a href="/">Home</a>', '<a href="/catalog/controlled/">Controlled Substances</a>', "Ketamine HCl Injection"],
       f'''<div class="product">
<h1>Ketamine Hydrochloride Injection, USP &ndash; 50 mg/mL, 10 mL multi-dose vial, 10/box</h1>
<p>NDC 00000-0000-10 &middot; Schedule CIII &middot; Rx only</p>
<p class="price"><a href="/login/">Log in to see pricing</a></p>
<div class="restriction"><strong>Restricted item.</strong> Controlled substances are sold only to DEA-registered practitioners, hospitals, ambulatory surgery centers and licensed clinics. Your DEA registration and state controlled-substance license must be verified on your account before this item can be added to an order. Orders ship only to the registered address on the DEA certificate. Suspicious-order monitoring applies to all accounts.</div>
<h2>Product overview</h2>
{paras([PAD_EN[0]])}
<h2>Specifications</h2>
<table><tr><th>Manufacturer</th><td>Hillcrest Pharmaceuticals</td></tr><tr><th>Concentration</th><td>50 mg/mL</td></tr><tr><th>Package</th><td>10 x 10 mL vials</td></tr><tr><th>Storage</th><td>20&ndash;25&deg;C, protect from light</td></tr></table>
<p><a href="/account-setup/">Open a facility account</a> &middot; <a href="/docs/sds/ketamine.pdf">Safety data sheet</a> &middot; <a href="/docs/pi/ketamine.pdf">Prescribing information</a></p>
</div>''',
       '<p>Meridian Medical Supply, Inc. &middot; Licensed wholesale drug distributor in 48 states &middot; DEA-registered distributor &middot; VAWD accredited</p><p><a href="/terms/">Terms of sale</a> &middot; <a href="/privacy/">Privacy</a></p>',
       cart="Cart (0)", search="Search by name, NDC or item #"))

save(OUT, R)
