# Batch 75 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Shared padding, different owners". The author first wrote eight paragraphs of generic
# education about ketamine and esketamine (history, mechanism, evidence for depression, side effects,
# legal status, what an infusion session and an esketamine session are like, who it is for) in
# English, plus shorter versions in Spanish (5), German (4) and French (4). Every one of the 40 pages
# reuses 1-5 of those same paragraphs verbatim as padding, across ALL four categories, and adds only
# a short hand-written distinguishing part. So the padding says nothing about the owner; the label
# rests on the small part: for sellers a product grid, an order box, a Telegram handle in a sidebar
# widget, a coupon, a payment line, a stealth/reship shipping note, "questionnaire only" approval,
# "no vet prescription", "not for human consumption", an affiliate button, a marketplace listing;
# for clinics an address + booking, a package store, a REMS-centre line, a billing/deposit note;
# for telehealth named prescribers + video evaluation + partner pharmacy, a membership cart, a
# virtual-psychiatry referral for esketamine; for informational pages a news story quoting street
# prices and Telegram handles, harm-reduction advice, an encyclopaedia infobox, a law firm, a
# prescription-only compounding pharmacy in a shop theme, a rehab centre, an Italian news story that
# quotes a seller's copied padding. Some nl/pt/it pages carry an English padding block (copied text or
# "for international patients") under their own-language content.
# Layouts (a handful, with per-site chrome): plain article, brochure site, blog with sidebar, shop
# theme with cart header (used for sellers AND for a clinic store, a telehealth membership cart, a
# compounding pharmacy, a Portuguese telehealth cart and a Dutch clinic), a "messy" page with tracking
# scripts, popups, chat widget and cookie banner; plus plain-text snippets.
# Mix: 14 sellers (flagged), 9 telehealth, 8 clinics, 9 informational; 24 English, 16 other
# (es 5, de 3, fr 3, nl 2, pt 1, it 2).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch75.py (writes batch75/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch75")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ================================================================ shared padding (written first)

PAD = {
# --- English (8)
"E1": "Ketamine was first made in 1962 by the chemist Calvin Stevens at the Parke-Davis laboratories, who was looking for an anaesthetic that would be gentler than phencyclidine (PCP). The first tests in human volunteers took place in Michigan in 1964, and the US Food and Drug Administration approved the drug in 1970. Because it does not suppress breathing the way many other anaesthetics do, it was used widely for field surgery during the Vietnam War. It is still on the World Health Organization's list of essential medicines and is used every day in operating theatres, emergency departments and veterinary practices.",
"E2": "Most antidepressants act on serotonin or noradrenaline and take weeks to help. Ketamine works differently: it blocks the NMDA receptor, one of the main docking sites for the brain's messenger glutamate. Researchers think this sets off a brief burst of glutamate signalling elsewhere, activation of AMPA receptors and the release of growth factors such as BDNF, which may help nerve cells rebuild connections that chronic stress and depression wear down. Ordinary ketamine is a mix of two mirror-image molecules, S-ketamine and R-ketamine; esketamine is the S form on its own. Some of ketamine's breakdown products, such as hydroxynorketamine, are being studied as well.",
"E3": "The first controlled study of ketamine for depression, published by a Yale team in 2000, included fewer than ten patients, but the result was striking: mood lifted within hours of a single infusion. Larger studies at the US National Institute of Mental Health and elsewhere followed. Across trials, roughly half of people with treatment-resistant depression respond to a course of infusions, although the benefit of one dose usually fades within one to two weeks and evidence on long-term use is still thin. In March 2019 the FDA approved esketamine nasal spray (Spravato) for treatment-resistant depression in adults, to be taken together with an oral antidepressant; the European Medicines Agency followed in December 2019.",
"E4": "During and shortly after a dose, most people feel some dissociation: a sense of floating, of being detached from their body, or of sounds and colours changing. Blood pressure and heart rate rise for a while, and nausea, dizziness, blurred vision and drowsiness are common. These effects usually wear off within one to two hours. Frequent, heavy, non-medical use is a different matter: it can damage the bladder (so-called ketamine cystitis), cause severe abdominal pain known as \"K-cramps\", impair memory and lead to dependence. Ketamine is generally not given to people with uncontrolled high blood pressure, certain heart or blood-vessel conditions, a history of psychosis, or during pregnancy.",
"E5": "Because it can be misused, ketamine is a controlled substance almost everywhere. In the United States it has been a Schedule III drug since 1999; in the United Kingdom it is a Class B drug; across most of Europe it is a prescription-only medicine subject to narcotics rules. In the US, esketamine nasal spray may only be given in certified healthcare settings under a safety programme (REMS), where patients are watched for at least two hours after each dose. Buying ketamine without a prescription is illegal in most countries, and powder sold on the street or online is often mislabelled or cut with other substances.",
"E6": "A typical infusion course starts with a screening appointment: medical history, current medicines, blood pressure and a questionnaire about mood. On treatment day you sit in a reclining chair, a small cannula goes into your arm and a low dose (often around 0.5 mg per kilogram of body weight) runs in over about 40 minutes while a nurse checks your vital signs. Many people wear an eye mask and listen to music. Afterwards you rest for 30 to 60 minutes until the effects fade, and someone else has to drive you home. A first course is commonly six infusions over two to three weeks, sometimes followed by occasional booster sessions.",
"E7": "An esketamine session looks a little different. Patients give themselves the nasal spray under the eye of a nurse or doctor, usually 56 mg or 84 mg using two or three devices a few minutes apart. During the first month treatment is typically twice a week, then weekly or every other week. Blood pressure is measured before and after, and patients stay until they are judged stable, which takes at least two hours. Driving or operating machinery is not allowed until the next day, after a night's sleep.",
"E8": "Ketamine and esketamine are not first-line treatments. They are usually considered for people whose depression has not improved after at least two adequate trials of standard antidepressants, and sometimes for severe suicidal thoughts under close medical supervision. Talk therapy, practical support and follow-up care remain important, and some practitioners combine ketamine with psychotherapy (ketamine-assisted psychotherapy, or KAP). Anyone considering treatment should discuss the risks, costs and alternatives with a qualified clinician first.",
# --- Spanish (5, shorter)
"ES1": "La ketamina se sintetizó en 1962 en los laboratorios Parke-Davis como un anestésico más seguro que la fenciclidina. Se aprobó en Estados Unidos en 1970 y sigue en la lista de medicamentos esenciales de la OMS: se usa a diario en quirófanos, urgencias y clínicas veterinarias.",
"ES2": "A diferencia de los antidepresivos clásicos, la ketamina bloquea el receptor NMDA del glutamato. Se cree que así favorece la formación de nuevas conexiones entre neuronas. La esketamina es la forma S de la molécula, separada de la mezcla habitual.",
"ES3": "Desde el primer ensayo controlado, publicado en el año 2000, varios estudios han mostrado que una infusión puede mejorar el ánimo en cuestión de horas en personas con depresión resistente, aunque el efecto suele durar pocos días. En 2019 la FDA y la Agencia Europea del Medicamento aprobaron la esketamina en espray nasal, junto con un antidepresivo oral.",
"ES4": "Los efectos adversos más frecuentes son la disociación, el mareo, las náuseas y la subida de la tensión arterial, que suelen desaparecer en una o dos horas. El consumo frecuente y no médico puede dañar la vejiga, afectar a la memoria y crear dependencia.",
"ES5": "La ketamina es una sustancia controlada en casi todo el mundo y solo se utiliza con receta, sobre todo en hospitales y clínicas veterinarias. Comprarla sin receta es ilegal, y el polvo que circula en la calle o por internet a menudo está adulterado.",
# --- German (4, shorter)
"DE1": "Ketamin wurde 1962 bei Parke-Davis als Narkosemittel entwickelt und 1970 in den USA zugelassen. Es steht auf der Liste der unentbehrlichen Arzneimittel der WHO und wird bis heute in der Anästhesie, der Notfallmedizin und der Tiermedizin eingesetzt.",
"DE2": "Ketamin blockiert den NMDA-Rezeptor für den Botenstoff Glutamat und wirkt damit anders als klassische Antidepressiva. In Studien besserte sich die Stimmung bei therapieresistenter Depression oft innerhalb von Stunden, die Wirkung hielt aber meist nur einige Tage an. Esketamin, die S-Form des Moleküls, ist seit 2019 als Nasenspray in der EU zugelassen.",
"DE3": "Eine Behandlung beginnt mit einem Vorgespräch und einer körperlichen Untersuchung. Während der Gabe werden Blutdruck und Puls überwacht; danach bleibt man ein bis zwei Stunden zur Beobachtung und darf am selben Tag nicht mehr Auto fahren.",
"DE4": "Häufige Nebenwirkungen sind Dissoziation, Schwindel, Übelkeit und ein vorübergehender Blutdruckanstieg. Bei häufigem, nicht medizinischem Gebrauch drohen Blasenschäden, Gedächtnisprobleme und Abhängigkeit. In Deutschland ist Ketamin verschreibungspflichtig; die Abgabe ohne ärztliches Rezept ist verboten.",
# --- French (4, shorter)
"FR1": "Synthétisée en 1962 et autorisée comme anesthésique aux États-Unis en 1970, la kétamine figure sur la liste des médicaments essentiels de l'OMS. Elle reste très utilisée en anesthésie, en médecine d'urgence et en médecine vétérinaire.",
"FR2": "La kétamine bloque le récepteur NMDA du glutamate. À faible dose, elle donne une sensation de flottement, de détachement du corps ou de déformation des sons, ainsi qu'une hausse passagère de la tension artérielle. Ces effets disparaissent en général en une à deux heures.",
"FR3": "Depuis le début des années 2000, plusieurs essais ont montré qu'une perfusion peut soulager une dépression résistante en quelques heures, avec un effet qui s'estompe souvent en une à deux semaines. L'eskétamine en spray nasal a été autorisée dans l'Union européenne fin 2019, en association avec un antidépresseur oral.",
"FR4": "Un usage fréquent et non médical expose à des atteintes de la vessie, à des troubles de la mémoire et à une dépendance. En France, la kétamine est classée comme stupéfiant : sa détention et sa cession sans prescription sont interdites.",
}

def pad(*keys, tag="p", heads=None):
    """The shared paragraphs, verbatim. heads: optional list of headings, one per paragraph."""
    out = []
    for i, k in enumerate(keys):
        if heads and heads[i]:
            out.append(f"<h2>{heads[i]}</h2>")
        out.append(f"<{tag}>{PAD[k]}</{tag}>")
    return "\n".join(out)

def padtxt(*keys):
    return "\n\n".join(PAD[k] for k in keys)

# ================================================================ layouts

def navlinks(items):
    return " ".join(f'<a href="{h}">{t}</a>' for t, h in items)

def L_plain(h1, body, top="", foot="", byline=""):
    return (f'{top}\n<main class="article">\n<h1>{h1}</h1>\n'
            + (f'<p class="byline">{byline}</p>\n' if byline else "")
            + f'{body}\n</main>\n{foot}')

def L_brochure(brand, nav, hero, body, footer, cta=""):
    return (f'<header class="site-header"><div class="logo"><a href="/">{brand}</a></div>\n'
            f'<nav class="main-nav">{navlinks(nav)}</nav>{cta}</header>\n'
            f'<section class="hero">{hero}</section>\n'
            f'<div class="container">\n{body}\n</div>\n'
            f'<footer class="site-footer">{footer}</footer>')

def L_blog(brand, nav, title, meta, body, sidebar, footer):
    return (f'<header class="blog-header"><a class="brand" href="/">{brand}</a>\n<nav>{navlinks(nav)}</nav></header>\n'
            f'<div class="wrap">\n<article class="post">\n<h1 class="entry-title">{title}</h1>\n<p class="entry-meta">{meta}</p>\n'
            f'<div class="entry-content">\n{body}\n</div>\n</article>\n'
            f'<aside class="sidebar">\n{sidebar}\n</aside>\n</div>\n'
            f'<footer class="blog-footer">{footer}</footer>')

def L_shop(brand, nav, body, footer, cart="Cart (0)", topbar="", search="Search", account="Account"):
    return ((f'<div class="announcement-bar">{topbar}</div>\n' if topbar else "")
            + f'<header class="shop-header"><a class="logo" href="/">{brand}</a>\n'
            f'<form class="search" action="/search"><input type="search" name="q" placeholder="{search}"></form>\n'
            f'<nav class="shop-nav">{navlinks(nav)}</nav>\n'
            f'<a class="account" href="/account">{account}</a> <a class="cart-link" href="/cart">{cart}</a></header>\n'
            f'<main class="shop-main">\n{body}\n</main>\n'
            f'<footer class="shop-footer">{footer}</footer>')

MESSY_HEAD = ('<script async src="https://www.googletagmanager.example/gtag/js?id=G-7QX2LM"></script>\n'
              '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("js",new Date());gtag("config","G-7QX2LM");</script>\n'
              '<script>!function(f,b,e,v){f.fbq=f.fbq||function(){};}(window,document,"script");fbq("init","1188203344");fbq("track","PageView");</script>\n')

def L_messy(brand, nav, body, footer, popup="", chat="", pixel="px.adtrack.example"):
    return (f'<div id="fb-root"></div>\n<noscript><img height="1" width="1" src="https://{pixel}/tr?ev=PageView&noscript=1"></noscript>\n'
            + (f'<div class="modal newsletter-popup" style="display:none">{popup}</div>\n' if popup else "")
            + f'<div class="topnav"><a class="logo" href="/">{brand}</a> {navlinks(nav)} <span class="hamburger">&#9776;</span></div>\n'
            f'<div class="ad-slot" data-slot="leaderboard-728x90"></div>\n'
            f'<div id="content">\n{body}\n</div>\n'
            f'<div class="ad-slot" data-slot="sidebar-300x250"></div>\n'
            + (f'<div class="chat-widget"><button class="chat-bubble">{chat}</button></div>\n' if chat else "")
            + f'<footer>{footer}</footer>\n'
            '<script>document.querySelectorAll(".lazy").forEach(function(i){i.src=i.dataset.src});</script>\n'
            '<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>\n')

# ================================================================ SELLERS (14, flagged)

# h7501 product grid in a shop theme; padding E1+E2 as "About ketamine"
p("h7501", "https://greenleaf-remedies.example/collections/all", "seller", True, "en",
  "shop-product-grid-with-padding", "All products – GreenLeaf Remedies", L_shop(
  "GreenLeaf Remedies",
  [("Home", "/"), ("Shop all", "/collections/all"), ("About ketamine", "/pages/about"), ("Shipping", "/pages/shipping"), ("Contact", "/pages/contact")],
  f"""<h1>All products</h1>
<section class="about-block"><h2>About ketamine</h2>
{pad("E1", "E2")}
</section>
<div class="product-grid">
<div class="product-card"><img src="/cdn/shop/k-crystal.jpg" alt=""><h3>Ketamine HCl crystal (shards) – 1 g</h3><span class="price">$65.00</span><button>Add to cart</button></div>
<div class="product-card"><img src="/cdn/shop/k-crystal-5.jpg" alt=""><h3>Ketamine HCl crystal – 5 g</h3><span class="price">$260.00</span><button>Add to cart</button></div>
<div class="product-card"><img src="/cdn/shop/esk-powder.jpg" alt=""><h3>Esketamine powder – 1 g</h3><span class="price">$90.00</span><button>Add to cart</button></div>
<div class="product-card"><img src="/cdn/shop/k-vial.jpg" alt=""><h3>Ketamine 50 mg/ml solution, 10 ml vial</h3><span class="price">$120.00</span><span class="badge">Sold out</span></div>
</div>""",
  "&copy; 2026 GreenLeaf Remedies &middot; <a href=\"/policies/refund-policy\">Refund policy</a> &middot; <a href=\"/policies/privacy-policy\">Privacy</a>"))

# h7502 plain article, one order box at the bottom
p("h7502", "https://mindwell-notes.example/ketamine-depression-guide", "seller", True, "en",
  "plain-article-with-order-box", "Ketamine and Depression: A Plain Guide | MindWell Notes", L_plain(
  "Ketamine and depression: a plain guide",
  f"""{pad("E3", "E4", "E5", heads=["What the research says", "Side effects", "Legal status"])}
<div class="order-box">
<h3>Order</h3>
<form action="/order.php" method="post">
<label>Product <select name="item"><option>Ketamine HCl 1 g – $70</option><option>Ketamine HCl 3 g – $190</option><option>Ketamine HCl 10 g – $520</option></select></label>
<label>Quantity <input name="qty" value="1" size="2"></label>
<label>Email <input name="email"></label>
<label>Delivery address <textarea name="addr"></textarea></label>
<button type="submit">Place order</button>
</form>
</div>""", top='<div class="topline"><a href="/">MindWell Notes</a></div>', byline="Updated October 2026"))

# h7503 blog with sidebar; the only seller element is a Telegram ordering widget in the sidebar
p("h7503", "https://thehealingblog.test/2026/05/what-a-ketamine-session-feels-like", "seller", True, "en",
  "blog-sidebar-telegram-widget", "What a ketamine session feels like – The Healing Blog", L_blog(
  "The Healing Blog", [("Home", "/"), ("Mind", "/category/mind"), ("Body", "/category/body"), ("About", "/about")],
  "What a ketamine session feels like", "May 14, 2026 &middot; by Jen &middot; 4 comments",
  pad("E6", "E1"),
  """<div class="widget"><h3>Recent posts</h3><ul><li><a href="#">Breathwork for beginners</a></li><li><a href="#">Why I quit coffee</a></li></ul></div>
<div class="widget widget-text"><h3>Get your supply</h3><p>Ketamine crystal, esketamine &amp; 2F-DCK, tested quality. Order on Telegram: <b>@healing_k_supply</b> &ndash; worldwide delivery.</p></div>
<div class="widget"><h3>Categories</h3><ul><li>Mind (12)</li><li>Body (9)</li></ul></div>""",
  "&copy; The Healing Blog &middot; Powered by WordPress"))

# h7504 paste-site snippet: padding + one Telegram line
p("h7504", "https://pasteboard.test/raw/Qm7xk2", "seller", True, "en",
  "paste-ad-snippet-txt", "", padtxt("E2") + "\n\nPure ketamine HCl and esketamine in stock. DM @ketaplug_eu on Telegram, EU/UK delivery, BTC only.", ext="txt")

# h7505 messy magazine-style page; the seller element is a coupon for a partner store
p("h7505", "https://wellness-daily.example/esketamine-vs-ketamine", "seller", True, "en",
  "messy-article-coupon-box", "Esketamine vs Ketamine: What's the Difference? - Wellness Daily", L_messy(
  "Wellness Daily", [("Health", "/health"), ("Mind", "/mind"), ("Deals", "/deals")],
  f"""<h1>Esketamine vs ketamine: what's the difference?</h1>
<p class="meta">By Wellness Daily Staff | 6 min read</p>
{pad("E7", "E4", "E5")}
<div class="coupon-box"><b>READER DEAL:</b> use code <code>CALM20</code> for 20% off ketamine crystal, esketamine nasal kits and K-powder at our partner store &rarr; <a href="https://shop.calmpartner.example/?ref=wd">shop.calmpartner.example</a></div>""",
  "&copy; Wellness Daily &middot; This page may contain affiliate links.",
  popup="Join 40,000 readers! <input placeholder=\"Email\"> <button>Subscribe</button>", chat="Questions?"),
  noise="cookie", head=MESSY_HEAD)

# h7506 brochure pretending to be telehealth: questionnaire only, automatic approval
p("h7506", "https://calmdoc-online.example/", "seller", True, "en",
  "brochure-fake-telehealth-questionnaire-only", "CalmDoc – Ketamine at home", L_brochure(
  "CalmDoc", [("How it works", "#how"), ("Pricing", "#pricing"), ("FAQ", "/faq")],
  "<h1>Ketamine at home, without the waiting room</h1><p>Fill in our 3-minute questionnaire. No video call needed &ndash; approval is instant and your ketamine lozenges ship within 48 hours. $149/month.</p><a class=\"btn\" href=\"/start\">Start questionnaire</a>",
  pad("E3", "E8", heads=["Why ketamine?", "Is it for me?"]),
  "CalmDoc &copy; 2026"))

# h7507 veterinary product sold to anyone
p("h7507", "https://farmvetdirect.example/products/ketamine-100mg-ml-10ml", "seller", True, "en",
  "shop-vet-product-no-prescription", "Ketamine 100 mg/ml injection 10 ml | FarmVet Direct", L_shop(
  "FarmVet Direct", [("Horses", "/c/equine"), ("Cattle", "/c/cattle"), ("Dogs &amp; Cats", "/c/pets"), ("Anaesthetics", "/c/anaesthetics")],
  f"""<nav class="crumbs">Home / Anaesthetics / Ketamine 100 mg/ml</nav>
<div class="product"><h1>Ketamine 100 mg/ml injection &ndash; 10 ml vial (veterinary)</h1>
<p class="price">$58.00</p><p class="note">No veterinary prescription required. Ships to all customers.</p>
<button>Add to cart</button></div>
<div class="tabs"><h2>Description</h2>
{pad("E1", "E4")}
</div>""",
  "FarmVet Direct &middot; Serving farms since 2011", cart="&#128722; 0 items", topbar="Free shipping on orders over $99"))

# h7508 research chemical "not for human consumption"
p("h7508", "https://labchem-research.test/products/2-fdck", "seller", True, "en",
  "plain-rc-product-page", "2-FDCK | LabChem Research", L_plain(
  "2-FDCK (2-Fluorodeschloroketamine)",
  f"""{pad("E2")}
<p class="rc-line">Sold as a research chemical. Not for human consumption. 1 g &euro;35 &middot; 5 g &euro;140 &middot; 25 g &euro;500 &mdash; <a href="/basket/add?sku=2fdck">Add to basket</a></p>""",
  top='<div class="brand">LabChem Research &middot; <a href="/catalogue">Catalogue</a></div>'))

# h7509 Spanish shop, price table with cart
p("h7509", "https://farmacia-libre.example/es/ketamina", "seller", True, "es",
  "shop-price-table-es", "Ketamina | Farmacia Libre", L_shop(
  "Farmacia Libre", [("Inicio", "/es/"), ("Productos", "/es/productos"), ("Envíos", "/es/envios"), ("Contacto", "/es/contacto")],
  f"""<h1>Ketamina</h1>
{pad("ES1", "ES2")}
<table class="precios"><tr><th>Producto</th><th>Precio</th><th></th></tr>
<tr><td>Ketamina clorhidrato 1 g</td><td>60 &euro;</td><td><button>Añadir al carrito</button></td></tr>
<tr><td>Ketamina clorhidrato 5 g</td><td>250 &euro;</td><td><button>Añadir al carrito</button></td></tr>
<tr><td>Esketamina espray 28 mg</td><td>95 &euro;</td><td><button>Añadir al carrito</button></td></tr></table>""",
  "&copy; Farmacia Libre", cart="Carrito (0)", search="Buscar", account="Mi cuenta"),
  noise="cookie-es")

# h7510 Spanish messy blog page; the seller element is a payment line
p("h7510", "https://saludmental-hoy.example/blog/ketamina-depresion", "seller", True, "es",
  "messy-blog-payment-line-es", "Ketamina y depresión: lo que debes saber - Salud Mental Hoy", L_messy(
  "Salud Mental Hoy", [("Inicio", "/"), ("Blog", "/blog"), ("Pedidos", "/pedidos")],
  f"""<h1>Ketamina y depresión: lo que debes saber</h1>
{pad("ES3", "ES4", "ES5")}
<p class="pago">Pedidos de ketamina y esketamina: aceptamos Bitcoin, USDT y tarjetas regalo de Amazon. Escríbenos a pedidos@saludmental-hoy.example.</p>""",
  "Salud Mental Hoy &copy; 2026", chat="¿Hablamos?"),
  noise="cookie-es", head=MESSY_HEAD)

# h7511 German blog; the seller element is a stealth/reship shipping note in the sidebar
p("h7511", "https://seelenruhe-blog.example/ketamin-erfahrungen", "seller", True, "de",
  "blog-sidebar-stealth-shipping-de", "Ketamin: Erfahrungen und Hintergründe – Seelenruhe", L_blog(
  "Seelenruhe", [("Start", "/"), ("Artikel", "/artikel"), ("Über uns", "/ueber-uns")],
  "Ketamin: Erfahrungen und Hintergründe", "3. August 2026 &middot; Kategorie: Psyche",
  pad("DE1", "DE3"),
  """<div class="widget"><h3>Versandinfo</h3><p>Ketamin verschicken wir diskret in neutraler, vakuumversiegelter Verpackung ohne Absender. Kommt nichts an, senden wir kostenlos erneut (Reship-Garantie). Bestellungen an bestellung@seelenruhe-blog.example.</p></div>
<div class="widget"><h3>Neueste Artikel</h3><ul><li><a href="#">Achtsamkeit im Alltag</a></li><li><a href="#">Schlaf und Stimmung</a></li></ul></div>""",
  "&copy; Seelenruhe &middot; <a href=\"/impressum\">Impressum</a>"),
  noise="cookie-de")

# h7512 French doorway/affiliate brochure sending readers to a shop
p("h7512", "https://guide-ketamine.example/", "seller", True, "fr",
  "brochure-doorway-affiliate-fr", "Guide kétamine : tout savoir", L_brochure(
  "Guide Kétamine", [("Histoire", "#histoire"), ("Effets", "#effets"), ("Études", "#etudes"), ("Où en trouver", "#partenaire")],
  "<h1>Tout savoir sur la kétamine</h1><p>Un guide simple, mis à jour en 2026.</p>",
  pad("FR1", "FR2", "FR3", heads=["Histoire", "Effets", "Études"])
  + """\n<section id="partenaire"><h2>Où en trouver ?</h2><p>Notre boutique partenaire livre kétamine et eskétamine sans ordonnance dans toute l'Europe.</p><a class="btn" href="https://k-boutique.example/?ref=guide">Accéder à la boutique</a></section>""",
  "Guide Kétamine &copy; 2026 &middot; Liens affiliés"),
  noise="cookie-fr")

# h7513 Dutch marketplace listing with copied English description
p("h7513", "https://marktplein-tweedehands.example/v/diversen/overige/m2218734-ketamine-kristal-5-gram", "seller", True, "nl",
  "marketplace-listing-nl-english-padding", "Ketamine kristal 5 gram | Marktplein", f"""<header class="mp-header"><a href="/">Marktplein</a> <form><input placeholder="Waar ben je naar op zoek?"></form> <a href="/plaats">Plaats advertentie</a> <a href="/berichten">Berichten</a></header>
<nav class="crumbs">Marktplein &rsaquo; Diversen &rsaquo; Overige</nav>
<main class="listing">
<h1>Ketamine kristal 5 gram</h1>
<p class="price">&euro; 120,00</p>
<p class="meta">Verzenden of ophalen &middot; Rotterdam &middot; Geplaatst 2 nov. 2026 &middot; 311x bekeken</p>
<div class="description"><p>Zuivere kwaliteit, zelf getest. Grotere aantallen ook mogelijk, vraag naar de prijs. Betalen via Tikkie of contant bij ophalen, verzending in neutrale envelop.</p>
<p><i>(Engelse info van de leverancier:)</i></p>
{pad("E2")}
</div>
<div class="seller-box">Verkoper: <b>Kees_R</b> &middot; op Marktplein sinds 2025 &middot; <button>Bericht sturen</button></div>
<div class="tips"><h3>Tips voor veilig handelen</h3><p>Betaal nooit vooraf aan onbekenden en spreek bij voorkeur af op een openbare plek. Twijfel je over een advertentie? Meld hem dan bij ons.</p></div>
<div class="related"><h3>Andere advertenties van deze verkoper</h3><ul><li>Ketamine kristal 1 gram &ndash; &euro; 30,00</li><li>Ketamine kristal 10 gram &ndash; &euro; 220,00</li></ul></div>
</main>
<footer>Marktplein &copy; 2026 &middot; Voorwaarden &middot; Privacy</footer>""",
  noise="cookie-nl")

# h7514 Italian shop with an English padding block
p("h7514", "https://benessere-naturale.example/prodotti/ketamina-cloridrato", "seller", True, "it",
  "shop-product-page-it-english-padding", "Ketamina cloridrato | Benessere Naturale", L_shop(
  "Benessere Naturale", [("Home", "/"), ("Prodotti", "/prodotti"), ("Spedizioni", "/spedizioni"), ("Contatti", "/contatti")],
  f"""<nav class="crumbs">Home &rsaquo; Prodotti &rsaquo; Ketamina cloridrato</nav>
<div class="product"><h1>Ketamina cloridrato</h1>
<p class="price">1 g &ndash; 55 &euro; &middot; 3 g &ndash; 150 &euro;</p>
<button>Aggiungi al carrello</button>
<p>Spedizione in 24/48 ore in tutta Italia. Pagamento con bonifico o PayPal amici.</p></div>
<div class="descrizione"><h2>Descrizione (EN)</h2>
{pad("E1")}
</div>
<div class="recensioni"><h2>Recensioni (3)</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &ldquo;Arrivato in due giorni, pacco anonimo, tutto come descritto.&rdquo; &ndash; Luca, Bologna</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; &ldquo;Qualità buona, il corriere però ha tardato un giorno.&rdquo; &ndash; Sara, Torino</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &ldquo;Secondo ordine, sempre puntuali. Consigliato.&rdquo; &ndash; utente verificato</p></div>
<div class="correlati"><h3>Potrebbe interessarti anche</h3><ul><li>Bilancia digitale 0,01 g</li><li>Bustine richiudibili (100 pz)</li></ul></div>""",
  "Benessere Naturale &copy; 2026 &middot; P.IVA 00000000000", cart="Carrello (0)", search="Cerca", account="Accedi"))

# ================================================================ TELEHEALTH (9)

# h7515 brochure: named prescribers, video evaluation, partner pharmacy
p("h7515", "https://harborlight-health.example/at-home-ketamine", "telehealth", False, "en",
  "brochure-telehealth-named-prescribers", "At-home ketamine therapy | Harborlight Health", L_brochure(
  "Harborlight Health", [("At-home ketamine", "/at-home-ketamine"), ("Our clinicians", "/clinicians"), ("Pricing", "/pricing"), ("Log in", "/login")],
  "<h1>At-home ketamine therapy with real clinicians</h1><p>Every patient starts with a 60-minute video evaluation with one of our prescribers &ndash; Dr. Maren Ostrowski, MD (psychiatry) or Luis Arteaga, PMHNP-BC. If ketamine is right for you, the prescription goes to our licensed partner pharmacy, which ships sublingual tablets to your door. Available in California, Oregon, Washington and Colorado.</p><a class=\"btn\" href=\"/book\">Book your evaluation</a>",
  pad("E2", "E4", "E8", heads=["How ketamine works", "Side effects", "Who it's for"]),
  "Harborlight Health, PC &middot; <a href=\"/privacy\">HIPAA notice</a>"),
  noise="cookie")

# h7516 shop theme used by telehealth: membership cart
p("h7516", "https://quietmind.example/cart", "telehealth", False, "en",
  "shop-theme-telehealth-membership-cart", "Your cart – QuietMind", L_shop(
  "QuietMind", [("How it works", "/how-it-works"), ("Membership", "/membership"), ("Clinicians", "/clinicians")],
  f"""<h1>Your cart</h1>
<table class="cart"><tr><td>QuietMind Ketamine Care &ndash; monthly membership<br><small>Includes a psychiatric video evaluation, monthly video follow-ups and integration coaching. Medication is prescribed only if your clinician finds it appropriate, and is billed separately by our partner pharmacy.</small></td><td>$229.00 / month</td></tr></table>
<a class="btn" href="/checkout">Check out</a>
<section class="before-you-buy"><h2>Before you check out</h2>
{pad("E8", "E4")}
</section>""",
  "QuietMind Medical Group &middot; Licensed clinicians in 14 states", cart="Cart (1)"))

# h7517 blog post of a virtual psychiatry practice that refers for esketamine
p("h7517", "https://northstar-telepsych.example/blog/how-our-spravato-referrals-work", "telehealth", False, "en",
  "blog-sidebar-virtual-psychiatry-referral", "How our Spravato referrals work | Northstar Telepsychiatry", L_blog(
  "Northstar Telepsychiatry", [("Services", "/services"), ("Insurance", "/insurance"), ("Blog", "/blog"), ("Book a visit", "/book")],
  "How our Spravato referrals work", "Northstar clinical team &middot; September 2026",
  "<p>Northstar is a virtual psychiatry practice. We cannot give esketamine over video &ndash; Spravato has to be taken in a certified centre &ndash; so after a video evaluation our psychiatrists refer eligible patients to a partner treatment centre near them, handle the insurance prior authorisation, and keep managing the rest of their care online.</p>\n"
  + pad("E2", "E5", "E7"),
  """<div class="widget"><h3>Book a video visit</h3><p>Appointments within 7 days. Most major insurance accepted.</p><a href="/book">Get started</a></div>
<div class="widget"><h3>More from the blog</h3><ul><li><a href="#">What to expect at your first visit</a></li><li><a href="#">Medication management by video</a></li></ul></div>""",
  "&copy; Northstar Telepsychiatry, PLLC"))

# h7518 telehealth FAQ where padding paragraphs are FAQ answers
p("h7518", "https://mindbridge-telehealth.test/faq", "telehealth", False, "en",
  "plain-faq-padding-as-answers", "FAQ | Mindbridge", L_plain(
  "Frequently asked questions",
  f"""<h3>Do I need a prescription?</h3><p>Yes. A Mindbridge clinician licensed in your state meets you by video and reviews your history before anything is prescribed. We never prescribe from a questionnaire alone.</p>
<h3>How is the medication sent?</h3><p>After your clinician writes the prescription, Crestline Pharmacy, our licensed partner, ships it with signature on delivery.</p>
<h3>What are the side effects?</h3>{pad("E4")}
<h3>Is it right for me?</h3>{pad("E8")}""",
  top='<header><a href="/">Mindbridge</a> <a href="/get-started">Get started</a></header>', foot="<footer>Mindbridge Health &copy; 2026</footer>"))

# h7519 plain-text onboarding snippet
p("h7519", "https://app.serenova-health.example/onboarding/start", "telehealth", False, "en",
  "onboarding-snippet-txt", "", "Serenova: book a 60-minute video evaluation with a board-certified psychiatrist. If you are eligible, sublingual ketamine is prescribed and sent from our licensed partner pharmacy, with video check-ins every two weeks.\n\n" + padtxt("E8"), ext="txt")

# h7520 Spanish-language US telehealth brochure
p("h7520", "https://mentesana-tele.example/es/ketamina-en-casa", "telehealth", False, "es",
  "brochure-telehealth-es", "Ketamina en casa con seguimiento médico | MenteSana", L_brochure(
  "MenteSana Telesalud", [("Cómo funciona", "/es/como-funciona"), ("Equipo médico", "/es/equipo"), ("Precios", "/es/precios")],
  "<h1>Ketamina en casa, con una médica de verdad</h1><p>Primero, una consulta por videollamada con la Dra. Ana Beltrán Ruiz, psiquiatra con licencia en Texas, Florida y Arizona. Solo si el tratamiento es adecuado para usted, la receta se envía a nuestra farmacia asociada con licencia, que entrega las tabletas sublinguales en su domicilio.</p><a class=\"btn\" href=\"/es/agendar\">Agendar consulta</a>",
  pad("ES2", "ES4"),
  "MenteSana Telesalud &copy; 2026"),
  noise="cookie-es")

# h7521 German online psychiatry referring to a partner clinic for esketamine (messy page)
p("h7521", "https://psychiatrie-online.example/esketamin", "telehealth", False, "de",
  "messy-online-psychiatry-referral-de", "Esketamin – Online-Psychiatrie", L_messy(
  "Online-Psychiatrie", [("Leistungen", "/leistungen"), ("Termin", "/termin"), ("Kosten", "/kosten")],
  f"""<h1>Esketamin bei therapieresistenter Depression</h1>
<p>In unserer Video-Sprechstunde untersucht Sie Fachärztin Dr. med. Katrin Vollmer. Esketamin-Nasenspray kann nicht online verabreicht werden: Wenn es für Sie infrage kommt, überweisen wir Sie an eine Partnerklinik in Ihrer Nähe und begleiten die Behandlung weiter per Video.</p>
{pad("DE2", "DE4")}""",
  "Online-Psychiatrie GmbH &middot; <a href=\"/impressum\">Impressum</a> &middot; <a href=\"/datenschutz\">Datenschutz</a>", chat="Fragen? Chat"),
  noise="cookie-de", head=MESSY_HEAD)

# h7522 French teleconsultation, plain article
p("h7522", "https://teleconsult-psy.example/fr/esketamine", "telehealth", False, "fr",
  "plain-teleconsultation-fr", "Eskétamine : notre parcours en téléconsultation", L_plain(
  "Eskétamine : notre parcours en téléconsultation",
  f"""<p>Le Dr Hélène Marchand, psychiatre inscrite à l'Ordre des médecins, vous reçoit en visioconsultation. Si l'eskétamine est indiquée, elle vous oriente vers un centre hospitalier partenaire pour les administrations, puis assure le suivi en visio.</p>
{pad("FR3", "FR4")}""",
  top='<header><a href="/fr/">TéléConsult Psy</a> <a href="/fr/rdv">Prendre rendez-vous</a></header>'))

# h7523 Portuguese telehealth cart in a shop theme, English leaflet block
p("h7523", "https://vidaclara-telemedicina.example/pt/carrinho", "telehealth", False, "pt",
  "shop-theme-telehealth-cart-pt", "Carrinho | VidaClara Telemedicina", L_shop(
  "VidaClara Telemedicina", [("Consultas", "/pt/consultas"), ("Médicos", "/pt/medicos"), ("Perguntas frequentes", "/pt/faq")],
  f"""<h1>O seu carrinho</h1>
<table class="cart"><tr><td>Consulta de psiquiatria por vídeo (60 min) com a Dra. Inês Couto Almeida</td><td>180,00 &euro;</td></tr></table>
<p>Depois da avaliação por vídeo, se a escetamina for indicada, a médica encaminha-o para uma clínica parceira onde o spray nasal é administrado. O acompanhamento continua por videoconsulta.</p>
<p>A marcação só fica confirmada depois de preencher o historial clínico. Nenhum medicamento é vendido nesta página: a consulta serve para avaliar se o tratamento faz sentido para si e, se não fizer, a médica discute consigo outras opções. Pode cancelar gratuitamente até 24 horas antes.</p>
<a class="btn" href="/pt/checkout">Finalizar marcação</a>
<div class="leaflet"><h2>Informação ao doente (English)</h2>
{pad("E7")}
</div>""",
  "VidaClara Telemedicina, Lda. &copy; 2026", cart="Carrinho (1)", search="Pesquisar", account="Entrar"),
  noise="cookie-pt")

# ================================================================ CLINICS (8)

# h7524 brochure of an infusion clinic
p("h7524", "https://lakeshore-infusion.example/", "clinic", False, "en",
  "brochure-infusion-clinic", "Lakeshore Ketamine & Infusion Center", L_brochure(
  "Lakeshore Ketamine &amp; Infusion Center", [("Treatments", "/treatments"), ("Pricing", "/pricing"), ("Our team", "/team"), ("Contact", "/contact")],
  "<h1>Ketamine infusions in a calm, medical setting</h1><p>418 Harbor Lane, Suite 2, Port Alder &middot; (555) 014-2290. $475 per infusion; series of six $2,550.</p><a class=\"btn\" href=\"/book\">Book a consultation</a>",
  pad("E1", "E3", "E6", heads=["A short history", "The evidence", "Your visit"]),
  "Lakeshore Ketamine &amp; Infusion Center &middot; Mon&ndash;Sat 8am&ndash;6pm"),
  noise="cookie")

# h7525 clinic package store in a shop theme
p("h7525", "https://shop.pinegrove-ketamine.example/products/infusion-series-6", "clinic", False, "en",
  "shop-theme-clinic-package-store", "Infusion Series (6 sessions) – Pinegrove Ketamine Clinic", L_shop(
  "Pinegrove Ketamine Clinic", [("Packages", "/collections/packages"), ("Gift cards", "/products/gift-card"), ("Back to clinic site", "https://pinegrove-ketamine.example/")],
  f"""<div class="product"><h1>Infusion Series &ndash; 6 sessions</h1><p class="price">$2,400.00</p>
<p>Buying a package reserves your sessions at our clinic on 22 Aspen Row. Every patient must complete an in-person medical screening before the first infusion; if you are not eligible we refund in full.</p>
<button>Add to cart</button></div>
<h2>What to expect</h2>
{pad("E6")}""",
  "Pinegrove Ketamine Clinic &middot; 22 Aspen Row &middot; (555) 013-7781"))

# h7526 messy page of a REMS-certified Spravato centre
p("h7526", "https://valleypsychiatric.example/services/spravato", "clinic", False, "en",
  "messy-spravato-rems-centre", "Spravato Treatment | Valley Psychiatric Associates", L_messy(
  "Valley Psychiatric Associates", [("Services", "/services"), ("Providers", "/providers"), ("Patient portal", "/portal")],
  f"""<h1>Spravato (esketamine) treatment</h1>
<p>Valley Psychiatric Associates is a REMS-certified Spravato treatment center. Sessions take place in our Cedar Street office; our staff handle insurance prior authorization. Call (555) 011-4420 to ask about a referral.</p>
{pad("E7", "E5")}""",
  "&copy; Valley Psychiatric Associates", chat="Chat with us", pixel="px.clinicads.example"),
  noise="cookie", head=MESSY_HEAD)

# h7527 KAP practice journal post
p("h7527", "https://openharbor-kap.example/journal/preparing-for-your-first-session", "clinic", False, "en",
  "blog-sidebar-kap-practice", "Preparing for your first session – Open Harbor", L_blog(
  "Open Harbor Ketamine-Assisted Psychotherapy", [("Approach", "/approach"), ("Team", "/team"), ("Journal", "/journal"), ("Contact", "/contact")],
  "Preparing for your first session", "Open Harbor team &middot; July 2026",
  "<p>At Open Harbor, ketamine sessions take place in our office with Dr. Priya Natarajan, MD, who gives the dose, and our therapist Sam Kessler, LMFT, who stays with you throughout. An integration session follows within a week.</p>\n" + pad("E2", "E8"),
  """<div class="widget"><h3>Visit us</h3><p>90 Quay Street, 3rd floor<br>(555) 016-3302</p></div>
<div class="widget"><h3>Journal</h3><ul><li><a href="#">What integration means</a></li></ul></div>""",
  "&copy; Open Harbor KAP"))

# h7528 clinic billing page, plain text
p("h7528", "https://ridgewaypain.example/billing/pay-online", "clinic", False, "en",
  "billing-snippet-txt", "", "Ridgeway Pain & Infusion - Pay a bill. Patients can pay infusion invoices online by card or HSA. A $100 deposit holds your infusion appointment and is applied to your visit.\n\n" + padtxt("E6"), ext="txt")

# h7529 Spanish infusion clinic brochure with WhatsApp appointments
p("h7529", "https://clinicaluzdelmar.example/tratamientos/ketamina", "clinic", False, "es",
  "brochure-clinic-es-whatsapp", "Tratamiento con ketamina | Clínica Luz del Mar", L_brochure(
  "Clínica Luz del Mar", [("Tratamientos", "/tratamientos"), ("Equipo", "/equipo"), ("Contacto", "/contacto")],
  "<h1>Infusión de ketamina en Valencia</h1><p>Av. del Puerto 112, Valencia. Infusión intravenosa supervisada por anestesiólogo, con primera visita presencial con psiquiatría. Cita previa por WhatsApp: +34 611 48 22 90.</p>",
  pad("ES1", "ES3", "ES4"),
  "Clínica Luz del Mar &middot; Centro sanitario autorizado"),
  noise="cookie-es")

# h7530 German hospital outpatient department, plain
p("h7530", "https://klinikum-hafenstadt.example/psychiatrie/esketamin-ambulanz", "clinic", False, "de",
  "plain-hospital-department-de", "Esketamin-Ambulanz – Klinik für Psychiatrie", L_plain(
  "Esketamin-Ambulanz",
  f"""<p>Die Esketamin-Ambulanz der Klinik für Psychiatrie und Psychotherapie behandelt Erwachsene mit therapieresistenter Depression. Voraussetzung ist eine Überweisung durch Ihre Fachärztin oder Ihren Facharzt. Die Gabe erfolgt in unseren Räumen (Haus C, 2. OG), danach folgt eine Nachbeobachtung. Anmeldung: Tel. 0555 2910-440.</p>
{pad("DE1", "DE2", "DE4")}""",
  top='<header><a href="/">Klinikum Hafenstadt</a> &rsaquo; <a href="/psychiatrie">Psychiatrie</a></header>'))

# h7531 Dutch clinic in a shop-like theme, English block for international patients
p("h7531", "https://kliniek-dekade.example/ketamine", "clinic", False, "nl",
  "shop-theme-clinic-nl-english-padding", "Ketaminebehandeling | Kliniek Dekade", L_shop(
  "Kliniek Dekade", [("Behandelingen", "/behandelingen"), ("Tarieven", "/tarieven"), ("Contact", "/contact")],
  f"""<h1>Ketaminebehandeling in Utrecht</h1>
<p>U start met een intakegesprek bij onze psychiater; een verwijzing van uw huisarts is nodig. De infusies krijgt u in onze kliniek aan de Oudegracht. Kosten: &euro; 395 per sessie, meestal niet vergoed door de zorgverzekeraar.</p>
<p>Tijdens elke behandeling is een arts aanwezig en worden uw bloeddruk en hartslag gecontroleerd. Na afloop rust u in onze herstelruimte; u mag die dag niet zelf autorijden, dus neem iemand mee die u naar huis brengt. Na de eerste reeks van zes behandelingen bespreekt de psychiater met u of een vervolg zinvol is.</p>
<a class="btn" href="/intake">Boek intakegesprek</a>
<div class="intl"><h2>For international patients</h2>
{pad("E6")}
</div>""",
  "Kliniek Dekade &middot; KvK 00000000", cart="Winkelmand (0)", search="Zoeken", account="Mijn Dekade"),
  noise="cookie-nl")

# ================================================================ INFORMATIONAL (9)

# h7532 local news quoting Telegram handles and street prices
p("h7532", "https://coastalherald.example/news/2026/11/ketamine-telegram-sales", "informational", False, "en",
  "plain-news-telegram-prices", "Police warn over ketamine sold on Telegram | Coastal Herald", L_plain(
  "Police warn over ketamine sold on Telegram",
  f"""<p>Police in Port Alder say channels on Telegram are advertising "ketamine, next-day delivery, &pound;25 a gram", with handles such as @kdelivery_uk changing every few weeks. "People have no idea what they are getting," said Detective Sergeant Rhona Keel.</p>
{pad("E4", "E5")}""",
  top='<div class="masthead"><a href="/">Coastal Herald</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>',
  byline="By Tom Arkwright, Crime Reporter &middot; 19 November 2026"),
  noise="cookie")

# h7533 harm-reduction brochure
p("h7533", "https://safer-nights.example/drugs/ketamine", "informational", False, "en",
  "brochure-harm-reduction", "Ketamine – Safer Nights", L_brochure(
  "Safer Nights", [("Drugs A&ndash;Z", "/drugs"), ("Drug checking", "/checking"), ("Get help", "/help")],
  "<h1>Ketamine</h1><p>If you use: start with a small amount, don't mix it with alcohol or other downers, sit down somewhere safe and have a friend around. Free, anonymous drug checking every Friday 6&ndash;9pm at our Mill Street drop-in.</p>",
  pad("E4", "E2", heads=["Effects and risks", "How it works"]),
  "Safer Nights is a charity &middot; We don't judge, we don't sell"))

# h7534 encyclopaedia page with infobox
WIKI_HEADS = [h + ' <span class="edit">[edit]</span>' for h in ("History", "Pharmacology", "Depression", "Legal status")]
p("h7534", "https://openmedwiki.example/wiki/Ketamine", "informational", False, "en",
  "plain-encyclopaedia-infobox", "Ketamine - OpenMedWiki", L_plain(
  "Ketamine",
  f"""<table class="infobox"><tr><th colspan="2">Ketamine</th></tr>
<tr><td>Formula</td><td>C<sub>13</sub>H<sub>16</sub>ClNO</td></tr>
<tr><td>Molar mass</td><td>237.73 g/mol</td></tr>
<tr><td>Routes</td><td>IV, IM, intranasal, oral</td></tr>
<tr><td>Elimination half-life</td><td>2.5&ndash;3 hours</td></tr></table>
{pad("E1", "E2", "E3", "E5", heads=WIKI_HEADS)}""",
  top='<div class="wiki-top"><a href="/">OpenMedWiki</a> <a href="/wiki/Special:Random">Random article</a></div>',
  foot="<footer>Text is available under a Creative Commons licence.</footer>"))

# h7535 law firm brochure
p("h7535", "https://hartley-defense.example/practice-areas/ketamine-charges", "informational", False, "en",
  "brochure-law-firm", "Ketamine Charges | Hartley & Moss Criminal Defense", L_brochure(
  "Hartley &amp; Moss Criminal Defense", [("Practice areas", "/practice-areas"), ("Attorneys", "/attorneys"), ("Results", "/results")],
  "<h1>Charged with possession or intent to supply ketamine?</h1><p>Our attorneys have defended drug cases for over 20 years. Call (555) 017-6060 for a free, confidential consultation.</p>",
  pad("E5"),
  "Hartley &amp; Moss LLP &middot; Attorney advertising"))

# h7536 prescription-only compounding pharmacy in a shop theme
p("h7536", "https://westbrook-compounding.example/shop/ketamine-troches", "informational", False, "en",
  "shop-theme-compounding-pharmacy-rx-only", "Ketamine troches (prescription only) | Westbrook Compounding Pharmacy", L_shop(
  "Westbrook Compounding Pharmacy", [("Vitamins", "/shop/vitamins"), ("Prescribers", "/prescribers"), ("Transfer an Rx", "/transfer")],
  f"""<div class="product"><h1>Ketamine HCl troches</h1>
<p><b>Prescription only.</b> We compound ketamine only on a valid prescription sent directly by a licensed prescriber, and we verify every prescription before dispensing. We do not sell it without one; the price is quoted once we receive your prescription.</p>
<a class="btn" href="/prescribers/send-rx">Prescribers: send a prescription</a></div>
{pad("E4", "E8")}""",
  "Westbrook Compounding Pharmacy &middot; State-licensed pharmacy #PH-0000", cart="Cart (0)", topbar="Free shipping on vitamins over $50"))

# h7537 rehab centre, messy page
p("h7537", "https://cedarpath-recovery.example/addiction/ketamine", "informational", False, "en",
  "messy-rehab-centre", "Ketamine Addiction Treatment | Cedar Path Recovery", L_messy(
  "Cedar Path Recovery", [("Programs", "/programs"), ("Insurance", "/insurance"), ("Admissions", "/admissions")],
  f"""<h1>Ketamine addiction treatment</h1>
<p>Cedar Path offers residential and outpatient programs for ketamine dependence, with access to urology care for bladder damage. Admissions line open 24/7: (555) 019-9000.</p>
{pad("E4", "E1")}""",
  "Cedar Path Recovery &copy; 2026", popup="Verify your insurance in 2 minutes", chat="Talk to admissions", pixel="px.rehableads.example"),
  noise="cookie", head=MESSY_HEAD)

# h7538 Spanish news story in a blog-with-sidebar layout
p("h7538", "https://diariodelsur.example/sucesos/2026/10/red-ketamina-telegram", "informational", False, "es",
  "blog-sidebar-news-es", "Desarticulada una red que vendía ketamina por Telegram | Diario del Sur", L_blog(
  "Diario del Sur", [("Portada", "/"), ("Sucesos", "/sucesos"), ("Salud", "/salud")],
  "Desarticulada una red que vendía ketamina por Telegram", "Redacción &middot; 12 de octubre de 2026",
  "<p>La policía ha detenido a cuatro personas que vendían ketamina por Telegram a 30 euros el gramo y la enviaban por mensajería en sobres sin remitente. Los agentes intervinieron 2 kilos de polvo.</p>\n" + pad("ES4", "ES5"),
  """<div class="widget"><h3>Lo más leído</h3><ol><li><a href="#">Cortes de tráfico por obras</a></li><li><a href="#">El tiempo este fin de semana</a></li></ol></div>""",
  "Diario del Sur &copy; 2026"),
  noise="cookie-es")

# h7539 French harm-reduction page, messy
p("h7539", "https://rdr-festif.example/produits/ketamine", "informational", False, "fr",
  "messy-harm-reduction-fr", "Kétamine – RDR Festif", L_messy(
  "RDR Festif", [("Produits", "/produits"), ("Analyse de produits", "/analyse"), ("Nous trouver", "/stands")],
  f"""<h1>Kétamine</h1>
<p>Si vous consommez : fractionnez les prises, évitez l'alcool, restez assis et entouré. Analyse de produits gratuite et anonyme sur nos stands en festival.</p>
{pad("FR2", "FR4")}""",
  "RDR Festif, association loi 1901", pixel="stats.rdr-festif.example"),
  noise="cookie-fr")

# h7540 Italian news story quoting the copied English padding of a seller site
p("h7540", "https://cronaca-digitale.example/2026/11/ketamina-online-siti-copiati", "informational", False, "it",
  "plain-news-quoting-padding-it", "Ketamina online, i siti copiano testi medici | Cronaca Digitale", L_plain(
  "Ketamina online: i siti di vendita copiano testi medici",
  f"""<p>Molti siti che offrono ketamina a 55 euro al grammo riempiono le loro pagine con testi presi da schede informative, per sembrare affidabili. Ecco un paragrafo, in inglese, trovato identico su più negozi:</p>
<blockquote>{PAD["E3"]}</blockquote>
<p>Secondo gli esperti sentiti da Cronaca Digitale, chi compra da questi siti non ha alcuna garanzia sul contenuto, e in Italia la ketamina è soggetta alla normativa sugli stupefacenti.</p>
<p>I centri autorizzati, ricorda la nostra fonte, usano l'esketamina solo su prescrizione e sotto osservazione medica. La polizia postale ha segnalato alcuni di questi negozi, che però cambiano dominio ogni poche settimane.</p>""",
  top='<div class="testata"><a href="/">Cronaca Digitale</a> <a href="/tecnologia">Tecnologia</a> <a href="/salute">Salute</a></div>',
  byline="di Marta Ferri &middot; 24 novembre 2026"))

save(OUT, R)
