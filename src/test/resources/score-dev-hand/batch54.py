# Batch 54 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement. Committed before
# any scorer run.
# Angle: THE MESSY REAL WEB, BUILT LIKE A TEST SET. Six generic paragraphs of ketamine education (what
# it is, how it works for depression, evidence, esketamine, side effects, who it is for) are written
# ONCE below (PAD, plus two-paragraph versions in es/de/fr/pt/it/nl) and reused as padding on pages of
# all four categories, so that explaining ketamine carries no signal. Pages are rendered through a few
# shared layouts (plain, brochure site, WordPress-like with sidebar, shop theme with cart header,
# "messy" with analytics scripts + cookie banner); the shop layout is also used by legitimate sites
# (clinic gift cards/merch, telehealth membership checkout and cart, licensed wholesaler).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English + 16 non-English
# (es 3, de 3, fr 3, pt 3, it 2, nl 2). 10 plain-text excerpts (ext="txt").
# Shapes: padded seller product page (shop), padded affiliate/doorway blog post with one partner link,
# two JS-wall / bot-check seller pages decided by URL, vet-injectable store snippet, Spanish
# questionnaire-only "clinic" with automatic approval, German research-chemical shop (2-FDCK/DCK),
# French classified ad, Dutch questionnaire-only order page (messy), Portuguese navigation-only shop
# category, Italian padded shop page with "no prescription" hidden in the FAQ, social-bio menu, bare
# checkout page paid in crypto/gift cards, darknet-market mirror listing; telehealth membership
# checkout (shop), padded telehealth blog (WordPress), /order-refill snippet, German online psychiatry
# referring for esketamine, Mexican tele-ketamine (messy), JS-wall patient portal (url-only), French
# teleconsultation referring for esketamine, Brazilian telepsychiatry cart, navigation-only telehealth
# home; clinic gift-card shop, padded infusion-clinic brochure, /checkout/deposit snippet, Italian
# hospital esketamine unit (WordPress-like), Dutch KAP practice with WhatsApp booking (messy),
# bot-check clinic booking page (url-only), Portuguese pain clinic price page, navigation-only
# Spravato centre; licensed wholesaler product page (shop), padded local-news warning quoting vendor
# names and prices, German drug-checking page, Spanish government alert (txt), forum post (txt),
# French encyclopaedia snippet (txt), law-firm landing page (messy), insurer coverage snippet (txt),
# job post (txt).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch54.py (writes batch54/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch54")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- shared padding (written once)

PAD = [
    # 0 what it is / history
    "Ketamine was first made in 1962 in a pharmaceutical laboratory in Michigan, by chemists who were "
    "looking for a safer relative of phencyclidine. It was approved as an anaesthetic in the United States "
    "in 1970 and was soon used on battlefield casualties, because unlike most anaesthetics it keeps "
    "breathing and blood pressure fairly stable. It is on the World Health Organization's list of "
    "essential medicines and is still used every day in emergency departments, operating theatres and "
    "veterinary practice.",
    # 1 how it works
    "Most older antidepressants act on serotonin or noradrenaline. Ketamine works differently: it blocks "
    "NMDA receptors, a type of glutamate receptor. This seems to set off a short burst of glutamate "
    "signalling and the release of BDNF, a growth factor that helps neurons form new connections. In "
    "animal studies, new synapses appear in the prefrontal cortex within hours, which may explain why "
    "some people notice their mood lifting within a day rather than after several weeks.",
    # 2 evidence for depression
    "Since the first small trial in 2000, dozens of studies have found that a low dose of ketamine - "
    "usually 0.5 mg per kilogram given as a slow intravenous infusion over about 40 minutes - can reduce "
    "the symptoms of treatment-resistant depression in roughly half of patients. The effect of a single "
    "dose tends to fade after one to two weeks, so treatment is usually given as a series of six sessions "
    "over two to three weeks, followed by occasional boosters. Rapid reductions in suicidal thinking have "
    "also been reported, although long-term data are still limited.",
    # 3 esketamine
    "Esketamine is one of the two mirror-image forms of the ketamine molecule. A nasal spray version was "
    "approved in 2019 for adults with treatment-resistant depression, taken together with an oral "
    "antidepressant. Because it can cause sedation and dissociation, each dose is self-administered under "
    "supervision in a certified healthcare setting and patients are observed for at least two hours "
    "afterwards. They should not drive until the next day.",
    # 4 side effects
    "Common effects during and shortly after a dose include a feeling of detachment or floating, blurred "
    "vision, dizziness, nausea and a temporary rise in blood pressure and heart rate. These usually settle "
    "within an hour or two. Frequent, high-dose recreational use is linked to bladder damage (ketamine "
    "cystitis), memory problems and dependence, which is why medical protocols limit the dose and the "
    "number of sessions and screen for a history of substance use.",
    # 5 who it is for
    "Ketamine is not a first-line treatment. It is generally considered for people whose depression has "
    "not improved after at least two adequate trials of standard antidepressants. People with "
    "uncontrolled high blood pressure, a history of psychosis, some heart conditions or an active "
    "substance-use disorder are usually not good candidates. A conversation with a doctor who knows your "
    "full medical history is the only way to find out whether it could be right for you.",
]

PAD_ES = [
    "A diferencia de los antidepresivos clásicos, que actúan sobre la serotonina o la noradrenalina, la "
    "ketamina bloquea los receptores NMDA del glutamato. Ese bloqueo parece desencadenar una liberación "
    "breve de glutamato y de BDNF, una proteína que favorece la formación de nuevas conexiones entre "
    "neuronas. Por eso algunas personas notan una mejoría del ánimo en horas o días, y no en semanas.",
    "Los efectos secundarios más habituales son la sensación de desconexión o de flotar, mareo, náuseas, "
    "visión borrosa y una subida pasajera de la tensión arterial. Suelen desaparecer en una o dos horas. "
    "El consumo frecuente y en dosis altas se asocia a daños en la vejiga, problemas de memoria y dependencia.",
]
PAD_DE = [
    "Anders als klassische Antidepressiva, die über Serotonin oder Noradrenalin wirken, blockiert Ketamin "
    "die NMDA-Rezeptoren des Glutamatsystems. Daraufhin kommt es offenbar zu einer kurzen "
    "Glutamat-Ausschüttung und zur Freisetzung von BDNF, einem Wachstumsfaktor, der die Bildung neuer "
    "Synapsen fördert. Das könnte erklären, warum manche Betroffene schon nach Stunden statt nach Wochen "
    "eine Besserung spüren.",
    "Zu den häufigen Nebenwirkungen gehören ein Gefühl der Losgelöstheit, Schwindel, Übelkeit, "
    "verschwommenes Sehen sowie ein vorübergehender Anstieg von Blutdruck und Puls. Meist klingen sie "
    "innerhalb von ein bis zwei Stunden ab. Häufiger, hochdosierter Konsum kann die Harnblase schädigen, "
    "das Gedächtnis beeinträchtigen und abhängig machen.",
]
PAD_FR = [
    "Contrairement aux antidépresseurs classiques, qui agissent sur la sérotonine ou la noradrénaline, la "
    "kétamine bloque les récepteurs NMDA du glutamate. Ce blocage semble provoquer une brève libération de "
    "glutamate et de BDNF, un facteur de croissance qui favorise la formation de nouvelles synapses. C'est "
    "sans doute pourquoi certaines personnes ressentent une amélioration de l'humeur en quelques heures "
    "plutôt qu'en quelques semaines.",
    "Les effets indésirables les plus fréquents sont une sensation de détachement, des vertiges, des "
    "nausées, une vision trouble et une hausse passagère de la tension artérielle. Ils disparaissent "
    "généralement en une à deux heures. Un usage fréquent et à fortes doses expose à des lésions de la "
    "vessie, à des troubles de la mémoire et à une dépendance.",
]
PAD_PT = [
    "Ao contrário dos antidepressivos clássicos, que atuam sobre a serotonina ou a noradrenalina, a "
    "cetamina bloqueia os receptores NMDA do glutamato. Esse bloqueio parece provocar uma libertação breve "
    "de glutamato e de BDNF, uma proteína que ajuda os neurónios a formar novas ligações. Por isso, algumas "
    "pessoas sentem melhoria do humor em horas, e não em semanas.",
    "Os efeitos secundários mais comuns são sensação de desligamento, tonturas, náuseas, visão turva e "
    "subida passageira da pressão arterial, que costumam passar em uma ou duas horas. O uso frequente e em "
    "doses altas está associado a lesões da bexiga, problemas de memória e dependência.",
]
PAD_IT = [
    "A differenza degli antidepressivi tradizionali, che agiscono su serotonina o noradrenalina, la "
    "ketamina blocca i recettori NMDA del glutammato. Questo blocco sembra innescare un breve rilascio di "
    "glutammato e di BDNF, un fattore di crescita che favorisce la formazione di nuove sinapsi. Ciò "
    "spiegherebbe perché alcune persone avvertono un miglioramento dell'umore nel giro di ore e non di settimane.",
    "Gli effetti collaterali più comuni sono sensazione di distacco, vertigini, nausea, visione offuscata "
    "e un aumento temporaneo della pressione arteriosa, che di solito si risolvono in una o due ore. L'uso "
    "frequente e ad alte dosi è associato a danni alla vescica, disturbi della memoria e dipendenza.",
]
PAD_NL = [
    "Anders dan klassieke antidepressiva, die inwerken op serotonine of noradrenaline, blokkeert ketamine "
    "de NMDA-receptoren van het glutamaatsysteem. Dat lijkt te leiden tot een korte piek in glutamaat en "
    "het vrijkomen van BDNF, een groeifactor die helpt bij het vormen van nieuwe verbindingen tussen "
    "hersencellen. Daardoor merken sommige mensen al binnen uren verbetering, in plaats van na weken.",
    "Veelvoorkomende bijwerkingen zijn een gevoel van loskomen of zweven, duizeligheid, misselijkheid, "
    "wazig zien en een tijdelijk hogere bloeddruk. Meestal is dat binnen een à twee uur voorbij. Vaak en "
    "hoog gedoseerd gebruik kan de blaas beschadigen, het geheugen aantasten en tot verslaving leiden.",
]

def pads(src, *idx):
    return "\n".join(f"<p>{src[i]}</p>" for i in idx)

# ---------------------------------------------------------------- shared layouts

def navlist(items):
    return "<ul class=\"menu\">" + "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in items) + "</ul>"

def plain(h1, content, foot=""):
    return f"<h1>{h1}</h1>\n{content}\n<hr>\n<p><small>{foot}</small></p>"

def brochure(site, nav, content, foot, hero="", cta=""):
    return (f'<header class="site-header"><div class="logo"><a href="/">{site}</a></div>\n<nav>{navlist(nav)}</nav>'
            f'{cta}</header>\n'
            + (f'<section class="hero">{hero}</section>\n' if hero else "")
            + f'<main class="content">\n{content}\n</main>\n<footer class="site-footer">{foot}</footer>')

def wp(site, tagline, nav, title, meta, article, widgets, foot, comments=""):
    side = "\n".join(f'<section class="widget"><h2 class="widget-title">{t}</h2>{w}</section>' for t, w in widgets)
    return (f'<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>\n'
            f'<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">{site}</a></p>'
            f'<p class="site-description">{tagline}</p>\n<nav id="site-navigation" class="main-navigation">{navlist(nav)}</nav></header>\n'
            f'<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">\n'
            f'<article class="post type-post status-publish"><header class="entry-header"><h1 class="entry-title">{title}</h1>'
            f'<div class="entry-meta">{meta}</div></header>\n<div class="entry-content">\n{article}\n</div></article>\n'
            f'{comments}</main></div>\n<aside id="secondary" class="widget-area">\n{side}\n</aside></div>\n'
            f'<footer id="colophon" class="site-footer"><div class="site-info">{foot}</div></footer></div>')

def shop(site, nav, content, foot, cart="Cart (0)", topbar="", pay=""):
    return ((f'<div class="topbar">{topbar}</div>\n' if topbar else "")
            + f'<header class="shop-header"><a class="brand" href="/">{site}</a>'
            f'<form class="search" action="/search"><input type="search" name="q" placeholder="Search products…"><button>Search</button></form>'
            f'<div class="header-icons"><a href="/account">My account</a> <a class="cart-link" href="/cart">{cart}</a></div>\n'
            f'<nav class="cat-nav">{navlist(nav)}</nav></header>\n<main class="shop-main">\n{content}\n</main>\n'
            f'<footer class="shop-footer">{foot}' + (f'<div class="payments">{pay}</div>' if pay else "") + '</footer>')

def analytics(gid, extra=""):
    return ('<script async src="https://www.googletagmanager.com/gtag/js?id=' + gid + '"></script>\n'
            '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}'
            "gtag('js',new Date());gtag('config','" + gid + "');</script>\n" + extra)

PIXEL = ("<script>!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?"
         "n.callMethod.apply(n,arguments):n.queue.push(arguments)};n.queue=[];t=b.createElement(e);t.async=!0;"
         "t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script',"
         "'https://connect.facebook.example/en_US/fbevents.js');fbq('init','2219087733');fbq('track','PageView');</script>\n")

def messy(site, nav, content, foot, tail=""):
    return (f'<div id="preloader"><div class="spinner"></div></div>\n'
            f'<div class="announcement">{site}</div>\n<header class="elementor-header"><nav>{navlist(nav)}</nav>'
            f'<button class="hamburger" aria-label="Menu">&#9776;</button></header>\n'
            f'<div class="elementor-section">\n{content}\n</div>\n<footer class="elementor-footer">{foot}</footer>\n'
            '<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4"></script>\n'
            '<script>(function(h,o,t,j,a,r){h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};'
            "h._hjSettings={hjid:3391822,hjsv:6};a=o.getElementsByTagName('head')[0];r=o.createElement('script');"
            "r.async=1;r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;a.appendChild(r);})"
            "(window,document,'https://static.hotjar.example/c/hotjar-','.js?sv=');</script>\n" + tail)

# ---------------------------------------------------------------- sellers (14)

p("h5401", "https://ketamart-rx.example/product/ketamine-hcl-injection-10ml", "seller", True, "en",
  "padded-product-page-shop-layout", "Ketamine HCl Injection 50 mg/mL – 10 mL vial | KetaMart Rx", shop(
    "KetaMart Rx",
    [("Anesthetics", "/c/anesthetics"), ("Antidepressants", "/c/antidepressants"), ("Pain relief", "/c/pain"),
     ("Sleep", "/c/sleep"), ("Shipping info", "/shipping"), ("Contact", "/contact")],
    """<p class="crumbs"><a href="/">Home</a> / <a href="/c/anesthetics">Anesthetics</a> / Ketamine HCl Injection</p>
<div class="product">
<div class="gallery"><img src="/wp-content/uploads/2026/03/ketamine-vial-10ml.jpg" alt="Ketamine hydrochloride 10 mL vial"></div>
<div class="summary">
<h1 class="product_title">Ketamine Hydrochloride Injection 50 mg/mL – 10 mL multi-dose vial</h1>
<div class="rating">★★★★★ <a href="#reviews">(37 customer reviews)</a></div>
<p class="price">$89.00 – $650.00</p>
<form class="variations_form cart"><label>Pack size</label>
<select name="attribute_pack"><option>Choose an option</option><option>1 vial – $89.00</option><option>3 vials – $240.00</option>
<option>5 vials – $365.00</option><option>10 vials – $650.00</option></select>
<input type="number" name="quantity" value="1" min="1"> <button type="submit" class="single_add_to_cart_button">Add to cart</button></form>
<p class="stock in-stock">In stock – ships within 24 hours</p>
<p class="sku">SKU: KHC-5010 · Category: Anesthetics · Tags: ketamine, depression, injection</p>
</div></div>
<div class="tabs"><ul><li class="active">Description</li><li>Additional information</li><li>Reviews (37)</li><li>Shipping</li></ul>
<div class="panel" id="tab-description"><h2>Description</h2>
""" + pads(PAD, 0, 1, 2, 4) + """
</div>
<div class="panel" id="tab-additional"><table><tr><th>Strength</th><td>50 mg/mL</td></tr><tr><th>Volume</th><td>10 mL</td></tr>
<tr><th>Form</th><td>Solution for injection</td></tr></table></div>
<div class="panel" id="reviews"><p><b>Dan R.</b> – "Arrived in 6 days, well packed, same as last time."</p>
<p><b>mike_t</b> – "Legit. Second order."</p></div>
<div class="panel" id="tab-shipping"><p>All parcels are sent in plain outer packaging with no reference to the contents. A prescription is not required for orders of up to 10 vials.</p></div>
</div>
<section class="related"><h2>Related products</h2><ul><li>Esketamine nasal spray 28 mg</li><li>Sterile syringes 3 mL (x10)</li></ul></section>""",
    "<p>© 2026 KetaMart Rx · <a href='/privacy'>Privacy</a> · <a href='/refunds'>Refund policy</a></p>",
    cart="Cart (0) – $0.00", topbar="Worldwide delivery · 10% off your second order",
    pay="Visa · Mastercard · Bitcoin · USDT"))

p("h5402", "https://mindbridge-wellness.example/ketamine-for-depression-guide", "seller", True, "en",
  "padded-affiliate-doorway-blog-wordpress", "Ketamine for Depression: The Complete 2026 Guide – MindBridge Wellness", wp(
    "MindBridge Wellness", "Notes on mood, sleep and recovery",
    [("Home", "/"), ("Mood", "/category/mood"), ("Sleep", "/category/sleep"), ("About", "/about"), ("Contact", "/contact")],
    "Ketamine for Depression: The Complete 2026 Guide",
    'Posted on <time datetime="2026-09-14">September 14, 2026</time> by <span class="author">Claire W.</span> · 11 min read',
    """<p>If you have tried two or three antidepressants and still feel flat, you have probably heard about ketamine. Here is everything we have learned from the research, from readers, and from our own reading over the last year.</p>
<h2>What is ketamine?</h2>
""" + pads(PAD, 0) + """
<h2>How does it help depression?</h2>
""" + pads(PAD, 1, 2) + """
<h2>What about Spravato?</h2>
""" + pads(PAD, 3) + """
<h2>Side effects</h2>
""" + pads(PAD, 4) + """
<h2>Is it for me?</h2>
""" + pads(PAD, 5) + """
<h2>Getting access</h2>
<p>Clinic waiting lists can be long and insurance rarely pays. Several readers told us they preferred to source privately and were happy with our partner <a href="https://k-pharmadirect.test/?ref=mbw22" rel="sponsored nofollow">K-PharmaDirect</a> – pharmaceutical-grade vials, discreet delivery, no consultation needed. Code MINDB10 takes 10% off.</p>
<p class="disclosure"><em>This post contains affiliate links. We may earn a commission at no extra cost to you.</em></p>
<div class="sharedaddy"><h3>Share this:</h3><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Pinterest</a></div>""",
    [("Recent Posts", "<ul><li><a href='#'>Magnesium and sleep: what the studies say</a></li><li><a href='#'>Light therapy lamps compared</a></li><li><a href='#'>Journaling prompts for low days</a></li></ul>"),
     ("Categories", "<ul><li><a href='#'>Mood</a> (24)</li><li><a href='#'>Sleep</a> (17)</li><li><a href='#'>Supplements</a> (9)</li></ul>"),
     ("Newsletter", "<form><input type='email' placeholder='Your email'><button>Subscribe</button></form>")],
    "© 2026 MindBridge Wellness · Proudly powered by WordPress · Theme: Astra",
    comments="<div id='comments'><h2>3 thoughts on this post</h2><p><b>Jules</b>: Really clear, thank you.</p><p><b>Ben</b>: Great write-up, used the code.</p></div>"))

p("h5403", "https://buy-ketamine-online-nopresc.test/", "seller", True, "en",
  "url-only-js-wall", "Loading…", """<noscript>You need to enable JavaScript to run this app.</noscript>
<div id="root"></div>
<script src="/static/js/runtime.8a1f.js"></script>
<script src="/static/js/main.4f2a1c9e.chunk.js"></script>""")

p("h5404", "https://order-esketamine-spray.example/cart/?add-to-cart=spravato-56mg", "seller", True, "en",
  "url-only-bot-check", "Just a moment...", """<div class="main-wrapper"><div class="main-content">
<h1 class="zone-name-title">order-esketamine-spray.example</h1>
<h2>Checking if the site connection is secure</h2>
<p>order-esketamine-spray.example needs to review the security of your connection before proceeding.</p>
<div id="challenge-stage"><div class="spinner"></div></div>
<noscript><p>Enable JavaScript and cookies to continue</p></noscript>
</div>
<div class="footer">Ray ID: <code>8f21c0ab9e4d77a3</code> · Performance &amp; security by ShieldEdge</div></div>""")

p("h5405", "https://vetpharm-direct.example/store/ketaset-10ml", "seller", True, "en",
  "vet-injectable-store-snippet", "Ketaset 10 ml", """Ketaset 10 ml (ketamine 100 mg/ml) – veterinary injectable, in stock. No vet script needed for orders to US/CA/AU; tracked, discreetly packed, free reship if a parcel is held by customs. We accept BTC, USDT and Zelle.""", ext="txt")

p("h5406", "https://saludmentalhoy.example/esketamina-en-casa", "seller", True, "es",
  "padded-pseudo-clinic-questionnaire-only-brochure", "Esketamina en casa | SaludMental Hoy", brochure(
    "SaludMental<b>Hoy</b>",
    [("Inicio", "/"), ("Tratamientos", "/tratamientos"), ("Nuestro equipo", "/equipo"), ("Preguntas frecuentes", "/faq"), ("Contacto", "/contacto")],
    """<h2>¿Qué es la esketamina?</h2>
<p>La esketamina es una forma de la ketamina que se administra por vía nasal. Se utiliza en personas con depresión que no han mejorado con otros tratamientos.</p>
<h2>¿Cómo actúa?</h2>
""" + pads(PAD_ES, 0) + """
<h2>Efectos secundarios</h2>
""" + pads(PAD_ES, 1) + """
<h2>Cómo funciona nuestro servicio</h2>
<ol><li><b>Cuestionario de salud</b> – 5 minutos, desde el móvil.</li>
<li><b>Revisión</b> – nuestro sistema valida tus respuestas y aprueba el pedido en menos de 10 minutos, sin videollamada.</li>
<li><b>Entrega</b> – recibes tu kit en casa en 48-72 h en toda España y Portugal.</li></ol>
<table class="precios"><tr><th>Kit</th><th>Precio</th></tr><tr><td>Inicio (4 sprays)</td><td>189 €</td></tr>
<tr><td>Mensual (12 sprays)</td><td>349 €</td></tr></table>
<p><a class="btn" href="/cuestionario">Empezar cuestionario</a></p>""",
    "<p>SaludMental Hoy · Atención al cliente 9:00–21:00 · <a href='/aviso-legal'>Aviso legal</a> · <a href='/privacidad'>Privacidad</a></p>",
    hero="<h1>Esketamina en casa, sin listas de espera</h1><p>Alivio rápido para la depresión resistente, con total discreción.</p>",
    cta="<a class='btn-header' href='/cuestionario'>Empezar</a>"), noise="cookie-es")

p("h5407", "https://forschungschemikalien.example/produkt/2-fdck-pellets-10mg", "seller", True, "de",
  "research-chemical-shop-padded", "2-FDCK Pellets 10 mg – Forschungschemikalien", shop(
    "FC Labs",
    [("Arylcyclohexylamine", "/kategorie/arylcyclohexylamine"), ("Cathinone", "/kategorie/cathinone"), ("Pellets", "/kategorie/pellets"),
     ("Pulver", "/kategorie/pulver"), ("Versand", "/versand"), ("FAQ", "/faq")],
    """<p class="crumbs">Start › Arylcyclohexylamine › 2-FDCK Pellets</p>
<h1>2-FDCK Pellets 10 mg</h1>
<p class="price">ab 39,90 €</p>
<table class="staffel"><tr><th>Menge</th><th>Preis</th></tr><tr><td>10 Pellets</td><td>39,90 €</td></tr><tr><td>25 Pellets</td><td>84,90 €</td></tr>
<tr><td>50 Pellets</td><td>149,00 €</td></tr><tr><td>100 Pellets</td><td>259,00 €</td></tr></table>
<form><input type="number" value="1"> <button>In den Warenkorb</button></form>
<p>Auch verfügbar: <a href="/produkt/dck-pulver-1g">Deschloroketamin (DCK) Pulver 1 g</a>, <a href="/produkt/o-pce-pellets">O-PCE Pellets</a>.</p>
<h2>Hintergrund zur Substanzklasse</h2>
<p>2-Fluorodeschloroketamin ist ein Analogon des Ketamins.</p>
""" + pads(PAD_DE, 0, 1) + """
<p class="hinweis"><b>Hinweis:</b> Nur für Forschungszwecke. Nicht für den menschlichen Verzehr. Verkauf nur an Personen ab 18 Jahren.</p>""",
    "<p>Versand in neutraler Verpackung innerhalb der EU · Zahlung per Vorkasse, Bitcoin, Monero · <a href='/impressum'>Impressum</a> · <a href='/agb'>AGB</a></p>",
    cart="Warenkorb (0)", topbar="Versandkostenfrei ab 100 € · Diskreter Versand"), noise="cookie-de")

p("h5408", "https://petites-annonces.example/annonce/84421-sante-divers", "seller", True, "fr",
  "classified-ad-snippet", "Annonce 84421", """Annonce n°84421 – Santé / Divers – Vends kétamine, flacons vétérinaires 10 ml scellés, 60 € le flacon, dégressif à partir de 5. Envoi discret partout en France, paiement PCS ou crypto. Contact uniquement sur Telegram : @kflac_fr""", ext="txt")

p("h5409", "https://ketaminethuis.example/bestellen", "seller", True, "nl",
  "questionnaire-only-order-page-messy", "Bestellen – KetamineThuis", messy(
    "Vandaag besteld = morgen in huis (ma–vr vóór 16:00)",
    [("Home", "/"), ("Hoe werkt het", "/hoe-werkt-het"), ("Bestellen", "/bestellen"), ("Veelgestelde vragen", "/faq"), ("Contact", "/contact")],
    """<h1>Ketamine neusspray bestellen</h1>
<p>Zonder wachtlijst en zonder gedoe. Vul de korte gezondheidsvragenlijst in; een consult is niet nodig.</p>
<div class="product-card"><h2>Ketamine neusspray 10 ml</h2><p>€ 129,00 per flacon · 3 flacons € 345,00</p></div>
<form class="vragenlijst" action="/afrekenen" method="post">
<label><input type="checkbox" name="q1"> Ik ben 18 jaar of ouder</label><br>
<label><input type="checkbox" name="q2"> Ik heb geen hartklachten</label><br>
<label><input type="checkbox" name="q3"> Ik ben niet zwanger</label><br>
<label>Aantal flacons <select name="qty"><option>1</option><option>2</option><option>3</option></select></label><br>
<button type="submit">Bestelling plaatsen</button></form>
<h2>Over ketamine</h2>
""" + pads(PAD_NL, 0, 1) + """
<p>Betalen met iDEAL, Bancontact of crypto. Levering in een neutrale doos.</p>""",
    "<p>© 2026 KetamineThuis · <a href='/voorwaarden'>Voorwaarden</a> · <a href='/privacy'>Privacy</a></p>",
    tail='<div id="tawk-chat" data-widget="kthuis"></div><script src="https://embed.tawkchat.example/widget.js"></script>'),
  noise="cookie-nl", head=analytics("G-KTH44Q1", PIXEL))

p("h5410", "https://farmaciasemreceita.example/categoria/anestesicos", "seller", True, "pt",
  "navigation-only-shop-category", "Anestésicos – Farmácia Sem Receita", """<header><a href="/" class="logo">Farmácia Sem Receita</a>
<nav><ul>
<li><a href="/">Início</a></li>
<li><a href="/categoria/anestesicos">Anestésicos</a><ul><li><a href="/categoria/anestesicos/cetamina">Cetamina</a></li><li><a href="/categoria/anestesicos/escetamina-spray">Escetamina spray</a></li><li><a href="/categoria/anestesicos/veterinarios">Veterinários</a></li></ul></li>
<li><a href="/categoria/calmantes">Calmantes</a></li>
<li><a href="/categoria/analgesicos">Analgésicos</a></li>
<li><a href="/envio-e-rastreio">Envio &amp; Rastreio</a></li>
<li><a href="/pagamento">Pagamento (Pix, Bitcoin)</a></li>
<li><a href="https://wa.me/5511900000000">Atendimento WhatsApp</a></li>
</ul></nav>
<a href="/carrinho">Carrinho (0)</a></header>
<main><p class="crumbs">Início › Anestésicos</p>
<div class="products" data-loading="true">Carregando produtos…</div></main>
<footer><a href="/sobre">Sobre</a> · <a href="/termos">Termos</a> · <a href="/privacidade">Privacidade</a></footer>""")

p("h5411", "https://benessere-mente.example/shop/spray-nasale-k", "seller", True, "it",
  "padded-shop-page-rx-hidden-in-faq", "Spray nasale K “Kalma” – Benessere Mente", shop(
    "Benessere Mente",
    [("Umore", "/categoria/umore"), ("Sonno", "/categoria/sonno"), ("Integratori", "/categoria/integratori"), ("Blog", "/blog"), ("Chi siamo", "/chi-siamo")],
    """<h1>Spray nasale K “Kalma” – ketamina 10%</h1>
<p class="price">149,00 € <small>IVA inclusa</small></p>
<form><label>Quantità <input type="number" value="1"></label> <button>Aggiungi al carrello</button></form>
<p>Flacone da 10 ml con erogatore dosato. Spedizione in 24/48 ore in tutta Italia.</p>
<h2>Come funziona</h2>
""" + pads(PAD_IT, 0) + """
<h2>Effetti collaterali</h2>
""" + pads(PAD_IT, 1) + """
<h2>Domande frequenti</h2>
<dl><dt>Quanto tempo ci vuole per la consegna?</dt><dd>Di solito 1-2 giorni lavorativi con corriere espresso.</dd>
<dt>Serve la ricetta?</dt><dd>No, basta compilare il breve modulo di benessere al momento del pagamento.</dd>
<dt>Posso restituire il prodotto?</dt><dd>Per motivi igienici i flaconi aperti non possono essere resi.</dd></dl>""",
    "<p>Benessere Mente · P.IVA 00000000000 · <a href='/privacy'>Privacy</a> · <a href='/cookie'>Cookie</a></p>",
    cart="Carrello (0)", topbar="Spedizione gratuita sopra i 99 €", pay="PayPal · Visa · Mastercard · Satispay"))

p("h5412", "https://linktr.example/kvendor_uk", "seller", True, "en",
  "social-bio-menu-snippet", "kvendor_uk", """kvendor_uk · 🧪 K (shards + powder) · 2-FDCK · 3-MMC · next-day UK, EU 3-5 days · full menu + prices on Telegram @kv_menu · Signal on request · no time wasters""", ext="txt")

p("h5413", "https://secure-pay-portal.example/checkout/88213", "seller", True, "en",
  "bare-checkout-crypto-giftcard", "Checkout – Order #88213", plain("Complete your order #88213", """
<table class="order-summary"><tr><th>Item</th><th>Qty</th><th>Total</th></tr>
<tr><td>Ketalar (ketamine) 50 mg/mL, 10 mL</td><td>5</td><td>$410.00</td></tr>
<tr><td>Express stealth shipping</td><td>1</td><td>$35.00</td></tr>
<tr><th colspan="2">Total</th><th>$445.00</th></tr></table>
<h2>Payment method</h2>
<form>
<label><input type="radio" name="pm" checked> Bitcoin (5% discount applied at next step)</label><br>
<label><input type="radio" name="pm"> Amazon / Apple gift card – send the codes to billing@secure-pay-portal.example</label><br>
<label><input type="radio" name="pm"> Zelle</label><br>
<button>Continue</button></form>
<p>Your order is reserved for 30 minutes.</p>""", "Secure checkout · 256-bit SSL"))

p("h5414", "https://bazaarlink-mirror.test/listing/55120", "seller", True, "en",
  "darknet-market-mirror-listing", "Listing #55120 – Bazaar", plain("Ketamine S-isomer shards – lab tested", """
<p>Vendor: <a href="/vendor/ketaking">KetaKing</a> (4.9 ★, 1,204 sales) · Level 7 · Ships from: Netherlands · Ships to: EU, Worldwide</p>
<table><tr><th>Option</th><th>Price</th></tr><tr><td>1 g</td><td>€22</td></tr><tr><td>5 g</td><td>€95</td></tr><tr><td>10 g</td><td>€170</td></tr><tr><td>25 g</td><td>€380</td></tr></table>
<p>Escrow: yes · Finalize early: no · Accepted: XMR</p>
<p>Vacuum sealed x2, decoy item. Dispatch Mon–Fri. Read my profile before messaging.</p>
<p><a href="/cart/add/55120">Buy now</a> · <a href="/messages/new?to=ketaking">Message vendor</a></p>""",
    "Mirror 3 of 6 · Verify the PGP-signed mirror list"))

# ---------------------------------------------------------------- telehealth (9)

p("h5415", "https://calmwave-health.example/checkout/membership", "telehealth", False, "en",
  "membership-checkout-shop-layout-padded", "Checkout – CalmWave Guided Program", shop(
    "CalmWave Health",
    [("How it works", "/how-it-works"), ("Our clinicians", "/clinicians"), ("Pricing", "/pricing"), ("Eligibility", "/eligibility"), ("FAQ", "/faq")],
    """<h1>Checkout</h1>
<div class="cart-table"><table><tr><th>Plan</th><th>Billing</th><th>Price</th></tr>
<tr><td>CalmWave Guided Program – monthly membership</td><td>Renews every 30 days, cancel anytime</td><td>$249.00</td></tr>
<tr><td colspan="2">Promo code <input name="coupon" placeholder="Enter code"> <button>Apply</button></td><td></td></tr>
<tr><th colspan="2">Due today</th><th>$249.00</th></tr></table></div>
<h2>What your membership includes</h2>
<ul><li>A 60-minute psychiatric evaluation by video with a licensed clinician in your state – for example Dr. Priya Nandakumar, MD, or Marcus Ellery, PMHNP-BC</li>
<li>If your clinician prescribes it, medication is dispensed by our licensed partner pharmacy, Harbor Compounding, and shipped to your door</li>
<li>Your first session is supervised live on video; blood pressure check before each session</li>
<li>Follow-up visits every 4 weeks and unlimited messaging with your care team</li></ul>
<p class="note">You are paying for the membership and clinical care. Medication is prescribed only if your clinician decides it is safe and appropriate for you. If you are not a candidate after your evaluation, the membership fee is refunded in full.</p>
<h2>Is it right for me?</h2>
""" + pads(PAD, 5) + """
<h2>Billing details</h2>
<form class="checkout"><input placeholder="Full name"> <input placeholder="Email"> <input placeholder="State of residence"> <input placeholder="Card number"> <button>Place order</button></form>""",
    "<p>CalmWave Health, PC · Licensed in 22 states · <a href='/terms'>Terms</a> · <a href='/privacy'>HIPAA notice</a> · In crisis? Call or text 988.</p>",
    cart="Cart (1) – $249.00", topbar="HSA/FSA cards accepted", pay="Visa · Mastercard · Amex · HSA/FSA"))

p("h5416", "https://northstar-telepsych.example/blog/how-at-home-ketamine-works", "telehealth", False, "en",
  "padded-telehealth-blog-wordpress", "How at-home ketamine treatment works – NorthStar Telepsychiatry", wp(
    "NorthStar Telepsychiatry", "Psychiatric care by video",
    [("Home", "/"), ("How it works", "/how-it-works"), ("Pricing", "/pricing"), ("Blog", "/blog"), ("Start your evaluation", "/start")],
    "How at-home ketamine treatment works",
    'By <span class="author">NorthStar Clinical Team</span> · Medically reviewed by Dr. Aaron Feld, MD · <time>October 2, 2026</time>',
    """<p>People often ask us how a medicine that is usually given in an operating room can be used at home. The short answer: carefully, with a clinician involved at every step. Here is the science first, then our process.</p>
<h2>The science</h2>
""" + pads(PAD, 1, 2) + """
<h2>Our process</h2>
<ol><li><b>Video evaluation.</b> A psychiatrist or psychiatric nurse practitioner licensed in your state reviews your history, current medications and blood pressure readings.</li>
<li><b>Decision.</b> Around one in three people we see are not prescribed ketamine; we suggest other options instead.</li>
<li><b>Pharmacy.</b> If you are prescribed, the prescription goes to a licensed partner pharmacy, which ships sublingual tablets in a tamper-evident package that needs a signature.</li>
<li><b>Supervised first dose.</b> Your first session happens on video with a member of our team, and you must have a sober adult at home.</li></ol>
<h2>What it feels like</h2>
""" + pads(PAD, 4) + """
<p><a class="button" href="/start">Book a video evaluation – $150</a></p>""",
    [("Book an evaluation", "<p>Appointments available this week in CO, NY, TX, WA and 11 more states.</p><a href='/start'>Get started</a>"),
     ("Categories", "<ul><li><a href='#'>Depression</a></li><li><a href='#'>PTSD</a></li><li><a href='#'>Our clinicians</a></li></ul>")],
    "© 2026 NorthStar Telepsychiatry PLLC · Not for emergencies – call 911 or 988"))

p("h5417", "https://calmwave-health.example/order-refill", "telehealth", False, "en",
  "order-refill-snippet", "Order a refill", """Order a refill: your prescriber reviews each refill request together with your latest PHQ-9 score before approving it, usually within 2 business days. If your last follow-up video visit was more than 90 days ago, you will be asked to book one first.""", ext="txt")

p("h5418", "https://psychiatrie-online.example/esketamin", "telehealth", False, "de",
  "online-psychiatry-referral-brochure", "Esketamin – Beratung per Video | Psychiatrie Online", brochure(
    "Psychiatrie<span>Online</span>",
    [("Start", "/"), ("Sprechstunde", "/sprechstunde"), ("Behandlungen", "/behandlungen"), ("Team", "/team"), ("Kosten", "/kosten"), ("Kontakt", "/kontakt")],
    """<h2>Kommt Esketamin für mich in Frage?</h2>
<p>Esketamin wird als Nasenspray bei therapieresistenter Depression eingesetzt. Die Anwendung erfolgt immer unter Aufsicht in einer Praxis oder Klinik – nicht zu Hause. Wir versenden keine Medikamente.</p>
<h3>So arbeiten wir</h3>
<ol><li>Videosprechstunde (50 Minuten) mit einer Fachärztin oder einem Facharzt für Psychiatrie</li>
<li>Prüfung der bisherigen Behandlungen und Ihrer Vorbefunde</li>
<li>Wenn die Indikation besteht: Überweisung an eine unserer Partnerpraxen in Ihrer Nähe, die die Behandlung durchführt</li>
<li>Begleitende Nachgespräche per Video</li></ol>
<h3>Wie wirkt es?</h3>
""" + pads(PAD_DE, 0) + """
<h3>Nebenwirkungen</h3>
""" + pads(PAD_DE, 1) + """
<h3>Kosten</h3>
<p>Erstgespräch 45–50 Min: 120 € (Privatleistung nach GOÄ). Privatversicherte erhalten eine Rechnung zur Erstattung.</p>
<p>Ihr Team: Dr. med. Sabine Kühnel, Dr. med. Jonas Petrovic (Fachärzte für Psychiatrie und Psychotherapie)</p>""",
    "<p>Psychiatrie Online MVZ GmbH · <a href='/impressum'>Impressum</a> · <a href='/datenschutz'>Datenschutz</a> · Im Notfall: 112</p>",
    hero="<h1>Psychiatrische Beratung zu Esketamin – bequem per Video</h1>",
    cta="<a class='btn' href='/termin'>Termin buchen</a>"), noise="cookie-de")

p("h5419", "https://ketamed-virtual.example/como-funciona", "telehealth", False, "es",
  "mexican-teleketamine-messy", "Cómo funciona | KetaMed Virtual", messy(
    "Agenda por WhatsApp: +52 55 0000 0000",
    [("Inicio", "/"), ("Cómo funciona", "/como-funciona"), ("Especialistas", "/especialistas"), ("Precios", "/precios"), ("Blog", "/blog")],
    """<h1>Tratamiento con ketamina guiado por especialistas, desde casa</h1>
<h2>1. Evaluación por videollamada</h2>
<p>Una psiquiatra de nuestro equipo (Dra. Mariana Ortiz Leal, céd. prof. 0000000, o Dr. Luis Cabrera) revisa tu historia clínica durante 50 minutos. Te pediremos estudios recientes y toma de presión arterial.</p>
<h2>2. Receta y farmacia aliada</h2>
<p>Solo si tu médica lo considera adecuado, emitimos una receta que surte nuestra farmacia aliada con licencia sanitaria, que entrega a domicilio con acuse de recibo.</p>
<h2>3. Sesiones acompañadas</h2>
<p>Las primeras sesiones se hacen por videollamada con un profesional presente. Necesitas a un adulto acompañante en casa.</p>
<h2>¿Cómo actúa la ketamina?</h2>
""" + pads(PAD_ES, 0, 1) + """
<p class="precio">Evaluación inicial: $1,800 MXN · Seguimiento mensual: $2,400 MXN</p>
<a class="btn" href="/agendar">Agendar evaluación</a>""",
    "<p>KetaMed Virtual S.C. · Aviso de privacidad · Responsable sanitario: Dra. M. Ortiz Leal</p>",
    tail='<a class="whatsapp-float" href="https://wa.me/5255000000">WhatsApp</a>'),
  noise="cookie-es", head=analytics("G-KMV9021", PIXEL))

p("h5420", "https://portal.ketamine-telepsychiatry.example/patient/intake", "telehealth", False, "en",
  "url-only-js-wall-patient-portal", "Patient Portal", """<div class="app-shell"><div class="loader" role="status" aria-label="Loading secure patient portal"></div>
<p class="loading-text">Loading secure patient portal…</p></div>
<noscript>This portal requires JavaScript. Please enable it in your browser settings and reload the page.</noscript>
<script src="/assets/portal.bundle.3b7e0d.js" defer></script>""")

p("h5421", "https://teleconsult-psy.example/fr/esketamine", "telehealth", False, "fr",
  "french-teleconsultation-referral-plain", "Eskétamine : téléconsultation d'évaluation | TéléConsult Psy", plain(
    "Eskétamine : une téléconsultation pour faire le point", """
<p>Vous souffrez d'une dépression qui ne s'améliore pas malgré plusieurs traitements ? Nos psychiatres peuvent évaluer en téléconsultation si un traitement par eskétamine est envisageable.</p>
<p><b>Important :</b> nous ne délivrons ni kétamine ni eskétamine à domicile. Le spray est administré sous surveillance dans un établissement de santé. Si l'indication est retenue, nous vous adressons, avec un courrier détaillé, à l'un de nos centres partenaires.</p>
<h2>Comment ça marche</h2>
""" + pads(PAD_FR, 0) + """
<h2>Effets indésirables</h2>
""" + pads(PAD_FR, 1) + """
<h2>Déroulement</h2>
<ul><li>Prise de rendez-vous en ligne, consultation vidéo de 40 minutes</li><li>Psychiatres inscrits à l'Ordre : Dr Hélène Marchand, Dr Karim Bensaïd</li><li>Tarif : 60 €, remboursable selon votre parcours de soins</li></ul>
<p><a href="/fr/rendez-vous">Prendre rendez-vous</a></p>""", "TéléConsult Psy – service de téléconsultation · Mentions légales · En cas d'urgence : 15 ou 3114"))

p("h5422", "https://mentevivatele.example/carrinho", "telehealth", False, "pt",
  "brazilian-telepsychiatry-cart-shop-layout", "Carrinho – MenteViva Telepsiquiatria", shop(
    "MenteViva",
    [("Como funciona", "/como-funciona"), ("Psiquiatras", "/psiquiatras"), ("Planos", "/planos"), ("Escetamina", "/escetamina"), ("Ajuda", "/ajuda")],
    """<h1>Seu carrinho</h1>
<table><tr><th>Plano</th><th>Valor</th></tr><tr><td>Acompanhamento psiquiátrico online – mensal<br><small>2 teleconsultas por mês com psiquiatra (CRM ativo) + receitas digitais</small></td><td>R$ 390,00</td></tr>
<tr><th>Total</th><th>R$ 390,00</th></tr></table>
<p><a class="btn" href="/finalizar-compra">Finalizar compra</a></p>
<h2>E a escetamina?</h2>
<p>Nosso plano inclui a avaliação por vídeo. Quando a psiquiatra indica escetamina, encaminhamos você para uma clínica parceira credenciada, onde o spray é aplicado com monitorização. Não enviamos o medicamento para casa.</p>
""" + pads(PAD_PT, 0, 1),
    "<p>MenteViva Serviços Médicos Ltda. · Responsável técnico: Dra. Renata Falcão – CRM-SP 000000 · <a href='/privacidade'>Privacidade</a></p>",
    cart="Carrinho (1)", pay="Pix · Cartão de crédito · Boleto"), noise="cookie-pt")

p("h5423", "https://northstar-telepsych.example/", "telehealth", False, "en",
  "navigation-only-home", "NorthStar Telepsychiatry", """<header><a href="/" class="logo">NorthStar Telepsychiatry</a>
<nav><a href="/how-it-works">How it works</a> <a href="/conditions">Conditions we treat</a> <a href="/ketamine">At-home ketamine</a> <a href="/clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/insurance">Insurance</a> <a href="/pharmacy-partners">Pharmacy partners</a> <a href="/blog">Blog</a></nav>
<a href="https://portal.northstar-telepsych.example/login">Log in</a> <a class="cta" href="/start">Start your evaluation</a></header>
<div id="__next"></div>
<footer><p>NorthStar Telepsychiatry PLLC · Care provided by licensed clinicians in AZ, CO, IL, NY, TX, WA and 10 more states · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · If you are in crisis call or text 988.</p></footer>
<script src="/_next/static/chunks/main-a91c.js"></script>""")

# ---------------------------------------------------------------- clinics (8)

p("h5424", "https://lakeshore-infusions.example/shop/gift-cards", "clinic", False, "en",
  "clinic-gift-card-merch-shop-layout", "Gift Cards & Merchandise – Lakeshore Ketamine Infusions", shop(
    "Lakeshore Ketamine Infusions",
    [("Treatments", "/treatments"), ("Pricing", "/pricing"), ("Our team", "/team"), ("Shop", "/shop"), ("Book a consultation", "/book")],
    """<h1>Gift cards</h1>
<p>Give someone you love a step toward feeling better. Gift cards can be used for consultations and infusion sessions at our Evanston office and never expire. Treatment always starts with an in-person medical evaluation.</p>
<div class="product-grid">
<div class="product"><h3>Gift card – $100</h3><button>Add to cart</button></div>
<div class="product"><h3>Gift card – $250</h3><button>Add to cart</button></div>
<div class="product"><h3>Gift card – $500</h3><button>Add to cart</button></div>
<div class="product"><h3>Custom amount</h3><input type="number" placeholder="$"> <button>Add to cart</button></div></div>
<h2>Also in our shop</h2>
<div class="product-grid">
<div class="product"><h3>Integration journal</h3><p>$24.00</p><button>Add to cart</button></div>
<div class="product"><h3>Weighted eye mask</h3><p>$32.00</p><button>Add to cart</button></div>
<div class="product"><h3>Lakeshore ceramic mug</h3><p>$18.00</p><button>Add to cart</button></div></div>
<p><small>Physical items ship within the US in 3-5 business days. E-gift cards are delivered by email.</small></p>""",
    "<p>Lakeshore Ketamine Infusions · 1800 Ridge Ave, Suite 210, Evanston, IL · (847) 555-0182 · <a href='/privacy'>Privacy</a></p>",
    cart="Cart (1) – $100.00", pay="Visa · Mastercard · Apple Pay · CareCredit"))

p("h5425", "https://summit-ketamine-clinic.example/our-approach", "clinic", False, "en",
  "padded-infusion-clinic-brochure", "Our Approach | Summit Ketamine Clinic, Boulder", brochure(
    "Summit Ketamine Clinic",
    [("Home", "/"), ("Our approach", "/our-approach"), ("Conditions", "/conditions"), ("Pricing", "/pricing"), ("FAQ", "/faq"), ("Contact", "/contact")],
    """<h2>What is ketamine?</h2>
""" + pads(PAD, 0) + """
<h2>Why it can help</h2>
""" + pads(PAD, 1, 2) + """
<h2>Your infusions with us</h2>
<p>Every infusion is given in our Boulder office, in a private room with a reclining chair, eye mask and music of your choice. A registered nurse stays with you, your blood pressure, heart rate and oxygen are monitored throughout, and an anesthesiologist is on site. You will need someone to drive you home.</p>
<h2>Side effects</h2>
""" + pads(PAD, 4) + """
<h2>Who we treat</h2>
""" + pads(PAD, 5) + """
<table class="fees"><tr><td>Initial consultation</td><td>$150</td></tr><tr><td>Single infusion</td><td>$475</td></tr><tr><td>Series of six infusions</td><td>$2,550</td></tr></table>""",
    "<p>Summit Ketamine Clinic · 2440 Pearl St, Boulder, CO · Mon–Sat 8–6 · (303) 555-0147</p>",
    hero="<h1>Evidence-based ketamine infusions in a calm, medical setting</h1>",
    cta="<a class='btn' href='/book'>Book a consultation</a>"), noise="cookie")

p("h5426", "https://lakeshore-infusions.example/checkout/deposit", "clinic", False, "en",
  "checkout-deposit-snippet", "Pay your deposit", """Pay a $150 deposit to hold your first infusion appointment at our Evanston office. The deposit is credited toward your first session and is fully refundable up to 48 hours before your appointment.""", ext="txt")

p("h5427", "https://ospedale-sanvito.example/reparti/psichiatria/esketamina", "clinic", False, "it",
  "hospital-esketamine-unit-wordpress", "Ambulatorio esketamina – Psichiatria | Ospedale San Vito", wp(
    "Ospedale San Vito", "Azienda ospedaliera",
    [("Reparti", "/reparti"), ("Prenotazioni CUP", "/cup"), ("Orari visite", "/orari"), ("Trasparenza", "/trasparenza"), ("Contatti", "/contatti")],
    "Ambulatorio per la depressione resistente – esketamina",
    "Unità Operativa di Psichiatria · Aggiornato il 18/11/2026",
    """<p>L'ambulatorio è un centro autorizzato alla somministrazione di esketamina spray nasale per pazienti adulti con depressione resistente, inviati dal medico curante o dallo psichiatra territoriale.</p>
<h2>Come si svolge la seduta</h2>
<p>Il paziente si autosomministra lo spray sotto la supervisione di un infermiere e resta in osservazione per almeno due ore. Non è consentito guidare fino al giorno successivo.</p>
<h2>Meccanismo d'azione</h2>
""" + pads(PAD_IT, 0) + """
<h2>Possibili effetti collaterali</h2>
""" + pads(PAD_IT, 1) + """
<h2>Accesso</h2>
<p>Prima visita prenotabile tramite CUP con impegnativa del medico. Responsabile: Dott.ssa Giulia Ferrandi. Sede: Padiglione C, piano 1.</p>""",
    [("Prenota", "<p>CUP 800 000 000 (lun–ven 8–17)</p><a href='/cup'>Prenota online</a>"),
     ("Pagamenti", "<p>Paga il ticket online con pagoPA</p>")],
    "Ospedale San Vito · Via dell'Ospedale 1 · P.IVA 00000000000"))

p("h5428", "https://praktijk-deruimte.example/ketamine-therapie", "clinic", False, "nl",
  "kap-practice-whatsapp-messy", "Ketamine-ondersteunde therapie | Praktijk De Ruimte", messy(
    "Nieuw: avondsessies op donderdag",
    [("Home", "/"), ("Behandelingen", "/behandelingen"), ("Ketamine-therapie", "/ketamine-therapie"), ("Tarieven", "/tarieven"), ("Over ons", "/over-ons")],
    """<h1>Ketamine-ondersteunde psychotherapie in Utrecht</h1>
<p>Bij Praktijk De Ruimte combineren we een lage dosis ketamine met gesprekken bij een psychotherapeut. De ketamine wordt in onze praktijk toegediend door onze arts (BIG-geregistreerd), u blijft de hele sessie onder begeleiding.</p>
<h2>Hoe werkt het?</h2>
""" + pads(PAD_NL, 0) + """
<h2>Bijwerkingen</h2>
""" + pads(PAD_NL, 1) + """
<h2>Traject</h2>
<ul><li>Intakegesprek en medisch onderzoek in de praktijk</li><li>3 tot 6 sessies met ketamine (ca. 3 uur per sessie)</li><li>Integratiegesprekken na elke sessie</li></ul>
<p>Tarief per ketaminesessie: € 340. Niet vergoed vanuit de basisverzekering.</p>
<p>Kennismaken? Stuur een WhatsApp-bericht naar 06-00000000 of bel tijdens kantooruren.</p>""",
    "<p>Praktijk De Ruimte · Oudegracht 000, Utrecht · KvK 00000000 · <a href='/privacy'>Privacy</a></p>",
    tail='<a class="wa-button" href="https://wa.me/31600000000">Afspraak via WhatsApp</a>'),
  noise="cookie-nl", head=analytics("G-DRU7731"))

p("h5429", "https://www.bayview-ketamine-infusion-clinic.example/book-appointment", "clinic", False, "en",
  "url-only-bot-check-captcha", "Verifying you are human", """<div class="captcha-page">
<h1>One more step</h1>
<p>Please complete the security check to access www.bayview-ketamine-infusion-clinic.example</p>
<form id="challenge-form" method="post"><div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div><button type="submit">Continue</button></form>
<p class="small">Why do I have to complete a CAPTCHA? Completing the check proves you are a human and gives you temporary access.</p>
</div>""")

p("h5430", "https://clinicadador-porto.example/tratamentos/cetamina", "clinic", False, "pt",
  "pain-clinic-price-page-plain", "Infusão de cetamina – Clínica da Dor do Porto", plain("Infusão de cetamina para dor crónica e depressão", """
<p>Na nossa Unidade de Dor, a cetamina é administrada por via endovenosa em regime de hospital de dia, com monitorização contínua por um médico anestesiologista e enfermagem.</p>
<h2>Como atua</h2>
""" + pads(PAD_PT, 0) + """
<h2>Efeitos secundários</h2>
""" + pads(PAD_PT, 1) + """
<h2>Preços</h2>
<ul><li>Consulta de avaliação: 90 €</li><li>Sessão de infusão (cerca de 60 min + recobro): 250 €</li><li>Pacote de 6 sessões: 1.380 €</li></ul>
<p>Pode pagar as suas faturas online por MB Way ou referência Multibanco na área de cliente. Marcações: 220 000 000.</p>""",
    "Clínica da Dor do Porto · Rua de Exemplo, 00 · Porto · Entidade registada na ERS"), noise="cookie-pt")

p("h5431", "https://riverbend-psychiatry.example/services/spravato", "clinic", False, "en",
  "navigation-only-spravato-centre", "Spravato® Treatment | Riverbend Psychiatry", """<header><a href="/" class="logo">Riverbend Psychiatry &amp; TMS</a>
<nav><ul>
<li>Services<ul><li><a href="/services/medication-management">Medication management</a></li><li><a href="/services/tms">TMS therapy</a></li><li><a href="/services/spravato">Spravato® (esketamine)</a></li><li><a href="/services/ketamine-infusion">Ketamine infusion</a></li><li><a href="/services/therapy">Therapy</a></li></ul></li>
<li>Patients<ul><li><a href="/patients/new-patient-forms">New patient forms</a></li><li><a href="/patients/pay-your-bill">Pay your bill</a></li><li><a href="/patients/portal">Patient portal</a></li></ul></li>
<li>Locations<ul><li><a href="/locations/dayton">Dayton</a></li><li><a href="/locations/kettering">Kettering</a></li></ul></li>
</ul></nav><a class="cta" href="/request-appointment">Request appointment</a></header>
<main id="content"></main>
<footer>Riverbend Psychiatry · REMS-certified Spravato® treatment center · (937) 555-0110</footer>""")

# ---------------------------------------------------------------- informational (9)

p("h5432", "https://medsupply-wholesale.example/shop/anesthesia/ketamine-hcl-injection", "informational", False, "en",
  "licensed-wholesaler-product-shop-layout", "Ketamine HCl Injection, USP 500 mg/10 mL – MedSupply Wholesale", shop(
    "MedSupply Wholesale",
    [("Anesthesia", "/shop/anesthesia"), ("IV therapy", "/shop/iv"), ("Syringes & needles", "/shop/syringes"), ("PPE", "/shop/ppe"), ("Controlled substances", "/controlled")],
    """<p class="crumbs">Shop › Anesthesia › Ketamine</p>
<h1>Ketamine HCl Injection, USP 500 mg/10 mL (50 mg/mL), multi-dose vial, carton of 10</h1>
<p>Item #ANS-40218 · Manufacturer: generic · Schedule III (CIII)</p>
<p class="price">Log in to see your contract price</p>
<button disabled>Log in to order</button>
<div class="notice"><p>Controlled substances are sold only to facilities with a verified DEA registration and a current state license on file. Orders ship only to the registered address shown on the registration. New accounts are reviewed by our compliance team within 3 business days.</p></div>
<h2>Product information</h2>
""" + pads(PAD, 0) + """
<p>Store at 20–25 °C. Protect from light. Discard 28 days after first puncture.</p>
<p><a href="/account/apply">Open a business account</a> · <a href="/compliance">Compliance &amp; licensing</a></p>""",
    "<p>MedSupply Wholesale, Inc. · Licensed wholesale distributor · <a href='/terms'>Terms of sale</a> · Net 30 for approved accounts</p>",
    cart="Cart (0)", topbar="Free next-day shipping on orders over $500 – business accounts only"))

p("h5433", "https://riverside-gazette.example/news/2026/11/online-ketamine-warning", "informational", False, "en",
  "padded-local-news-warning-wordpress", "Police warn of 'buy ketamine online' sites after overdoses – Riverside Gazette", wp(
    "Riverside Gazette", "Local news since 1911",
    [("News", "/news"), ("Sports", "/sports"), ("Business", "/business"), ("Opinion", "/opinion"), ("Subscribe", "/subscribe")],
    "Police warn of 'buy ketamine online' sites after two overdoses",
    'By <span class="author">Tom Alvarez</span> · November 21, 2026 · Updated 4:12 p.m.',
    """<p>Riverside police are warning residents about websites that advertise ketamine for sale without a prescription, after two young adults were taken to hospital this month with what investigators believe were contaminated products bought online.</p>
<p>A search for "buy ketamine online" returns dozens of shops with names like "KetaMart Rx" and "K-PharmaDirect", some offering 10-vial packs for around $650 and taking payment in Bitcoin or gift cards. On the street, detectives said, a gram sells for $20 to $30.</p>
<p>"People think they're getting a medicine because the website looks like a pharmacy," said Sgt. Dana Whitlock. "They have no idea what is in the vial."</p>
<h2>What is ketamine?</h2>
""" + pads(PAD, 0, 3) + """
<h2>The risks</h2>
""" + pads(PAD, 4) + """
<p>Dr. Ivan Sato, a toxicologist at Riverside General, said legitimate treatment is available at clinics and through telehealth services that evaluate patients first. Anyone worried about a product can call Poison Control at 1-800-222-1222.</p>""",
    [("Most read", "<ol><li><a href='#'>Bridge closure extended to March</a></li><li><a href='#'>School board race recount</a></li><li><a href='#'>New bakery on Main St</a></li></ol>"),
     ("Advertisement", "<div class='ad-slot' data-ad-unit='/2231/gazette/sidebar'></div>")],
    "© 2026 Riverside Gazette Media · <a href='/privacy'>Privacy</a> · <a href='/contact'>Contact the newsroom</a>"), noise="cookie",
  head=analytics("G-RGZ1911", PIXEL))

p("h5434", "https://drugchecking-berlin.example/substanzen/ketamin", "informational", False, "de",
  "drug-checking-harm-reduction-brochure", "Ketamin – Substanzinfo | Drugchecking Berlin", brochure(
    "Drugchecking Berlin",
    [("Start", "/"), ("Substanzen", "/substanzen"), ("Warnungen", "/warnungen"), ("Testen lassen", "/testen"), ("Über uns", "/ueber-uns")],
    """<h2>Was ist Ketamin?</h2>
<p>Ketamin ist ein dissoziatives Narkosemittel, das in der Human- und Tiermedizin eingesetzt wird. In der Partyszene wird es meist als Pulver geschnupft.</p>
""" + pads(PAD_DE, 0) + """
<h2>Risiken</h2>
""" + pads(PAD_DE, 1) + """
<ul><li>Kein Mischkonsum mit Alkohol, Opioiden oder Benzodiazepinen</li><li>Nicht allein konsumieren, nicht in der Nähe von Wasser</li><li>Bei Blasenschmerzen oder Blut im Urin: ärztlich abklären lassen</li></ul>
<h2>Was wir in Proben finden</h2>
<p>2025 enthielt etwa jede fünfte als „Ketamin“ abgegebene Probe stattdessen 2-FDCK, Deschloroketamin oder Methoxetamin – besonders häufig bei online bestellten Proben. Preise von 20–40 € pro Gramm sagen nichts über die Reinheit aus.</p>
<p><b>Anonym testen lassen:</b> dienstags 18–21 Uhr, ohne Termin.</p>""",
    "<p>Ein Projekt der Suchthilfe Berlin e.V. · Gefördert durch das Land · <a href='/datenschutz'>Datenschutz</a></p>",
    hero="<h1>Ketamin</h1><p>Wirkung, Risiken, Safer Use</p>"))

p("h5435", "https://sanidad-alertas.example/alertas/2026/ketamina-online", "informational", False, "es",
  "government-alert-snippet", "Alerta: venta de ketamina por internet", """La Agencia de Medicamentos alerta de páginas web que venden ketamina y esketamina sin receta, con envío discreto y pago en criptomonedas o tarjetas regalo. Estos productos no tienen ninguna garantía de calidad y su compra fuera de la cadena farmacéutica es ilegal.""", ext="txt")

p("h5436", "https://forum.mentalhealthtalk.example/t/ketamine-at-home-experiences/2211", "informational", False, "en",
  "forum-post-snippet", "Re: at-home ketamine experiences", """Re: at-home ketamine experiences — I did the 6-session program through one of the telehealth companies, $1,150 total including the psychiatrist video visit. First two sessions were weird but by #4 I was sleeping better. Stay away from the sites that say "no prescription needed", a friend ordered from one and got a bag of something that definitely wasn't ketamine.""", ext="txt")

p("h5437", "https://encyclopedie-libre.example/wiki/K%C3%A9tamine", "informational", False, "fr",
  "encyclopaedia-snippet", "Kétamine", """La kétamine est un anesthésique général dissociatif dérivé de la phencyclidine, synthétisé en 1962 et utilisé en médecine humaine et vétérinaire. Son énantiomère S, l'eskétamine, est commercialisé sous forme de spray nasal dans la dépression résistante.""", ext="txt")

p("h5438", "https://hartley-law.example/practice-areas/ketamine-telehealth-injury", "informational", False, "en",
  "law-firm-landing-messy", "Ketamine Injury Lawyers | Hartley & Reyes LLP", messy(
    "Free case review – call (555) 010-4400, 24/7",
    [("Practice areas", "/practice-areas"), ("Results", "/results"), ("Our attorneys", "/attorneys"), ("Blog", "/blog"), ("Contact", "/contact")],
    """<h1>Harmed after being prescribed ketamine online?</h1>
<p>At-home ketamine is a legitimate treatment when a clinician screens patients properly. But some companies approve almost everyone after a quick form, skip blood pressure checks, and ship months of medication with no follow-up. Others are not medical providers at all – they are websites that sell vials with "no Rx needed" and take payment in crypto.</p>
<p>If you or a family member suffered bladder injury, a cardiac event, an accident or an overdose, you may be entitled to compensation.</p>
<h2>Known risks</h2>
""" + pads(PAD, 4) + """
<h2>Why choose us</h2>
<ul><li>$40M+ recovered for clients in pharmaceutical and medical negligence cases</li><li>No fee unless we win</li><li>Attorneys licensed in CA, NV and AZ</li></ul>
<form class="case-review"><input placeholder="Name"> <input placeholder="Phone"> <textarea placeholder="Tell us what happened"></textarea><button>Get my free case review</button></form>
<p><small>Attorney advertising. Prior results do not guarantee a similar outcome.</small></p>""",
    "<p>Hartley &amp; Reyes LLP · 600 Example Blvd, Los Angeles, CA · <a href='/disclaimer'>Disclaimer</a></p>",
    tail='<script src="https://chat.lawchat.example/widget.js" data-firm="hartley"></script>'),
  noise="cookie", head=analytics("G-HRL0400", PIXEL))

p("h5439", "https://members.brightcover-health.example/coverage/esketamine-nasal-spray", "informational", False, "en",
  "insurer-coverage-snippet", "Coverage: esketamine nasal spray", """Esketamine nasal spray is covered under the medical benefit with prior authorization when it is administered at an in-network, REMS-certified treatment center; at-home ketamine programs purchased online are not covered. In-network copay: $40 per treatment visit.""", ext="txt")

p("h5440", "https://jobs.careboard.example/posting/77812-ketamine-infusion-rn", "informational", False, "en",
  "job-post-snippet", "Registered Nurse – Ketamine Infusion", """Registered Nurse – Ketamine Infusion (part-time) · Summit Ketamine Clinic · Boulder, CO · $46–52/hr. Start IVs, monitor vital signs during 40-minute infusions, support patients through recovery. Active Colorado RN license and ACLS required. Apply by December 31.""", ext="txt")

save(OUT, R)
