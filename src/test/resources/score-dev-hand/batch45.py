# Batch 45 of the hand-written dev set (a tuning batch): 40 pages, written 2026-12-07 by an independent
# author who had not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement,
# and committed before the scorer was run on them (committed before any scorer run).
# Angle: SHARED PADDING AND SHARED LAYOUTS. Six paragraphs of generic ketamine education are written
# once in English (what ketamine is, how it may help depression, esketamine, side effects, history,
# research) and one or two in each other language, then reused as padding on pages of ALL four
# categories, so that "explains what ketamine is" carries no signal on its own. Each page then has
# its own short hand-written distinguishing content (the offer, the clinic's booking and staff, the
# telehealth evaluation, the news angle). Pages are rendered through five layouts defined below:
# plain; brochure site; WordPress-like with a sidebar; a shop theme with a cart header (used by
# sellers and also by clinic merchandise/gift cards, a telehealth membership checkout and a bookshop);
# a "messy" page with analytics scripts, a consent banner and a newsletter box. Ten plain-text
# excerpts of 1-3 sentences. Five of the fourteen seller URLs carry no usual seller word; several
# legitimate URLs do (/shop/gift-cards, /order-records/, /checkout/deposit, /checkout/membership,
# /shop/product/, /faq/pharmacy-and-shipping).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, nl 2, pt 3, it 2).
# Shapes: vial product page with crypto discount (messy), affiliate/doorway blog posts (en, de),
# questionnaire-only "telehealth" and "clinic" fronts (en, nl), Telegram Spravato kits (txt),
# classifieds (txt, fr listing page), research-chemical shop, social bio (txt), seller payment FAQ
# (txt), es/it/pt shop pages; telehealth home, membership checkout, clinician blog, portal
# confirmation (txt), paid-search landing page, pharmacy FAQ (txt), es/de/pt telehealth; infusion
# clinic home, clinic gift-card/merch shop, Spravato REMS centre, deposit policy (txt), French
# private psychiatric clinic news post, German practice page, Italian outpatient centre, Brazilian
# infusion clinic; news on fake clinics, encyclopaedia article, bookshop product page, harm-reduction
# page, regulator warning (txt), rehab centre, Spanish health news, French trial abstract (txt),
# Dutch directory.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch45.py (writes batch45/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch45")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ================================================================ shared padding
# English: written once, reused on sellers, telehealth, clinics and informational pages alike.
E1 = """<p>Ketamine is a dissociative anesthetic that has been used in operating rooms, emergency departments and field medicine since the 1970s. At anesthetic doses it produces a trance-like state with pain relief, sedation and amnesia while largely preserving breathing and airway reflexes, which is one reason it remains on the World Health Organization's List of Essential Medicines. At much lower, sub-anesthetic doses it behaves differently: a short period of altered perception and detachment, followed in some people by a noticeable lift in mood. Ketamine is a Schedule III controlled substance in the United States and is a controlled medicine in most other countries.</p>"""

E2 = """<p>Most antidepressants act on serotonin or noradrenaline and take four to six weeks to work. Ketamine acts on a different system. It blocks NMDA receptors, a type of glutamate receptor, and this appears to set off a brief burst of glutamate signalling and the release of BDNF, a protein that supports the growth of new synaptic connections. In studies of people with treatment-resistant depression, a single infusion reduced symptoms within 24 hours for a large share of participants, although the effect of one dose usually fades within one to two weeks. That is why treatment is normally given as a series, often six sessions over two to three weeks, followed by occasional maintenance sessions.</p>"""

E3 = """<p>Esketamine is the S-enantiomer of ketamine, one of the two mirror-image forms that make up the racemic drug. As a nasal spray sold under the brand name Spravato, it was approved by the U.S. Food and Drug Administration in 2019 for treatment-resistant depression in adults, used together with an oral antidepressant, and later for depressive symptoms in adults with major depressive disorder and acute suicidal ideation or behavior. The European Medicines Agency authorised it the same year. Because of the risks of sedation, dissociation and misuse, Spravato is only available through a restricted program: patients use the device in a certified healthcare setting and are observed for at least two hours before going home.</p>"""

E4 = """<p>The most common side effects during and shortly after a dose are dissociation (feeling detached from one's body or surroundings), dizziness, nausea, blurred vision, drowsiness and a temporary rise in blood pressure and heart rate. These usually settle within one to two hours. Less common but important risks include confusion or anxiety during the session and, with frequent high-dose recreational use, damage to the bladder (ketamine-induced cystitis) and the liver. Ketamine can be misused and can cause dependence. It is generally not recommended for people with uncontrolled high blood pressure, a history of psychosis, or during pregnancy, and it should not be combined with alcohol or other sedatives.</p>"""

E5 = """<p>Ketamine was first synthesised in 1962 by the chemist Calvin Stevens at Parke-Davis, who was looking for a safer alternative to phencyclidine (PCP). After early trials in volunteers in Michigan, it was approved for human use in 1970 and was used widely as a battlefield anesthetic during the Vietnam War. It later became a standard drug in veterinary practice and in pediatric anesthesia. Recreational use spread from the 1980s under street names such as "K" and "Special K". Interest in its psychiatric effects grew after a small study at Yale, published in 2000, reported that a single infusion relieved depressive symptoms within hours.</p>"""

E6 = """<p>Research on ketamine for mental health has expanded quickly over the last decade. Randomised trials have studied it for treatment-resistant depression, bipolar depression, post-traumatic stress disorder, obsessive-compulsive disorder, alcohol use disorder and suicidal thinking, with the strongest evidence so far for depression. A 2023 trial published in the New England Journal of Medicine found intravenous ketamine non-inferior to electroconvulsive therapy for non-psychotic treatment-resistant depression. Open questions remain about how long the benefits last, the best dose and route (intravenous, intramuscular, nasal or oral), the role of psychotherapy alongside dosing, and the long-term safety of repeated treatment.</p>"""

ES1 = """<p>La ketamina es un anestésico disociativo que se utiliza en quirófanos y servicios de urgencias desde los años setenta. En dosis bajas, muy por debajo de las anestésicas, ha mostrado un efecto antidepresivo rápido: en muchos pacientes con depresión resistente los síntomas mejoran en horas o en pocos días, a diferencia de los antidepresivos clásicos, que tardan semanas. Se cree que actúa bloqueando los receptores NMDA del glutamato y favoreciendo la formación de nuevas conexiones entre neuronas.</p>"""

ES2 = """<p>La esketamina, una de las dos formas de la molécula, se comercializa como espray nasal (Spravato) y está aprobada en Europa para la depresión resistente en adultos, siempre junto con un antidepresivo oral y bajo supervisión en un centro sanitario. Los efectos secundarios más frecuentes son la sensación de disociación, el mareo, las náuseas, la somnolencia y un aumento pasajero de la presión arterial, que suelen desaparecer en una o dos horas.</p>"""

DE1 = """<p>Ketamin ist ein Narkosemittel, das seit den 1970er-Jahren in der Anästhesie und Notfallmedizin eingesetzt wird. In niedriger Dosierung kann es bei schweren Depressionen, die auf mehrere Antidepressiva nicht angesprochen haben, innerhalb von Stunden bis Tagen eine deutliche Besserung bewirken. Anders als klassische Antidepressiva wirkt Ketamin über das Glutamatsystem: Es blockiert NMDA-Rezeptoren und regt die Bildung neuer synaptischer Verbindungen an.</p>"""

DE2 = """<p>Esketamin, das S-Enantiomer des Ketamins, ist als Nasenspray (Spravato) in der EU zur Behandlung therapieresistenter Depressionen bei Erwachsenen zugelassen. Die Anwendung erfolgt ausschließlich unter ärztlicher Aufsicht; anschließend bleiben Patientinnen und Patienten mindestens zwei Stunden zur Beobachtung. Häufige Nebenwirkungen sind Dissoziation, Schwindel, Übelkeit, Benommenheit und ein vorübergehender Anstieg des Blutdrucks.</p>"""

FR1 = """<p>La kétamine est un anesthésique utilisé depuis les années 1970 au bloc opératoire, en médecine d'urgence et en médecine vétérinaire. À faible dose, elle peut atténuer rapidement les symptômes d'une dépression résistante, parfois en quelques heures, là où les antidépresseurs classiques demandent plusieurs semaines. Elle agit sur le système glutamatergique en bloquant les récepteurs NMDA, ce qui favoriserait la formation de nouvelles connexions entre les neurones.</p>"""

FR2 = """<p>L'eskétamine, sous forme de spray nasal (Spravato), est autorisée pour la dépression résistante de l'adulte, en association avec un antidépresseur oral. Elle est administrée en milieu hospitalier, sous surveillance pendant au moins deux heures après chaque prise. Les effets indésirables les plus fréquents sont la dissociation, les vertiges, les nausées, la somnolence et une élévation transitoire de la tension artérielle.</p>"""

NL1 = """<p>Ketamine is een narcosemiddel dat al sinds de jaren zeventig wordt gebruikt in de anesthesie en de spoedeisende zorg. In een lage dosis kan het bij ernstige, therapieresistente depressie binnen enkele uren tot dagen de klachten verminderen. Het werkt anders dan gewone antidepressiva: ketamine blokkeert NMDA-receptoren in het glutamaatsysteem. Bijwerkingen zoals een gevoel van onwerkelijkheid, duizeligheid, misselijkheid en een tijdelijk hogere bloeddruk verdwijnen meestal binnen een à twee uur. Esketamine is als neusspray (Spravato) geregistreerd voor therapieresistente depressie bij volwassenen.</p>"""

PT1 = """<p>A cetamina é um anestésico usado desde a década de 1970 em centros cirúrgicos, emergências e na medicina veterinária. Em doses baixas, pode reduzir rapidamente os sintomas da depressão resistente ao tratamento, muitas vezes em horas ou poucos dias, enquanto os antidepressivos tradicionais levam semanas. Ela atua no sistema do glutamato, bloqueando os receptores NMDA e estimulando a formação de novas conexões entre os neurônios.</p>"""

PT2 = """<p>A escetamina, em spray nasal (Spravato), é aprovada pela Anvisa para depressão resistente em adultos, sempre associada a um antidepressivo oral e aplicada sob supervisão médica. Os efeitos colaterais mais comuns são dissociação, tontura, náusea, sonolência e aumento temporário da pressão arterial, que costumam passar em uma a duas horas.</p>"""

IT1 = """<p>La ketamina è un anestetico impiegato dagli anni Settanta in sala operatoria, in emergenza e in veterinaria. A basse dosi può ridurre rapidamente i sintomi della depressione resistente, a volte in poche ore, mentre gli antidepressivi tradizionali richiedono settimane. Agisce sul sistema del glutammato bloccando i recettori NMDA. L'esketamina, in spray nasale (Spravato), è approvata per la depressione resistente negli adulti e viene somministrata sotto controllo medico. Gli effetti collaterali più frequenti sono dissociazione, vertigini, nausea e un aumento transitorio della pressione arteriale.</p>"""

# ================================================================ shared layouts
CH = {
    "en": dict(search="Search", account="My account", cart="Cart", wish="Wishlist", home="Home",
               news_h="Stay in the loop", news_p="Get articles, updates and offers in your inbox. No spam, unsubscribe anytime.",
               email="Your email address", sub="Subscribe", close="No thanks",
               consent="We and our 214 partners store and/or access information on your device, such as cookies, and process personal data for personalised ads and content, ad and content measurement, audience research and services development.",
               accept="Accept all", reject="Reject", manage="Manage options",
               recent="Recent Posts", cats="Categories", arch="Archives", posted="Posted on", by="by",
               reply="Leave a Reply", comment="Comment", post="Post Comment", powered="Proudly powered by WordPress",
               privacy="Privacy Policy", terms="Terms of Use", rights="All rights reserved.", secure="Secure checkout",
               menu="Menu", skip="Skip to content"),
    "es": dict(search="Buscar", account="Mi cuenta", cart="Carrito", wish="Favoritos", home="Inicio",
               news_h="Suscríbete a nuestro boletín", news_p="Recibe novedades y noticias en tu correo. Puedes darte de baja cuando quieras.",
               email="Tu correo electrónico", sub="Suscribirme", close="No, gracias",
               consent="Nosotros y nuestros 187 socios almacenamos o accedemos a información en su dispositivo, como cookies, y tratamos datos personales para anuncios y contenido personalizados, medición y estudios de audiencia.",
               accept="Aceptar todo", reject="Rechazar", manage="Más opciones",
               recent="Entradas recientes", cats="Categorías", arch="Archivos", posted="Publicado el", by="por",
               reply="Deja una respuesta", comment="Comentario", post="Publicar comentario", powered="Funciona con WordPress",
               privacy="Política de privacidad", terms="Aviso legal", rights="Todos los derechos reservados.", secure="Pago seguro",
               menu="Menú", skip="Ir al contenido"),
    "de": dict(search="Suche", account="Mein Konto", cart="Warenkorb", wish="Merkliste", home="Startseite",
               news_h="Newsletter abonnieren", news_p="Neue Beiträge direkt in Ihr Postfach. Abmeldung jederzeit möglich.",
               email="Ihre E-Mail-Adresse", sub="Abonnieren", close="Nein danke",
               consent="Wir und unsere 176 Partner speichern und/oder greifen auf Informationen auf Ihrem Gerät zu, z. B. Cookies, und verarbeiten personenbezogene Daten für personalisierte Anzeigen und Inhalte sowie Reichweitenmessung.",
               accept="Alle akzeptieren", reject="Ablehnen", manage="Einstellungen",
               recent="Neueste Beiträge", cats="Kategorien", arch="Archiv", posted="Veröffentlicht am", by="von",
               reply="Schreibe einen Kommentar", comment="Kommentar", post="Kommentar abschicken", powered="Stolz präsentiert von WordPress",
               privacy="Datenschutz", terms="Impressum", rights="Alle Rechte vorbehalten.", secure="Sichere Bezahlung",
               menu="Menü", skip="Zum Inhalt springen"),
    "fr": dict(search="Rechercher", account="Mon compte", cart="Panier", wish="Favoris", home="Accueil",
               news_h="Inscrivez-vous à la newsletter", news_p="Recevez nos nouveautés par e-mail. Désinscription en un clic.",
               email="Votre adresse e-mail", sub="Je m'inscris", close="Non merci",
               consent="Nous et nos 203 partenaires stockons et/ou accédons à des informations sur votre appareil, telles que les cookies, et traitons des données personnelles pour des publicités et contenus personnalisés et la mesure d'audience.",
               accept="Tout accepter", reject="Continuer sans accepter", manage="Paramétrer",
               recent="Articles récents", cats="Catégories", arch="Archives", posted="Publié le", by="par",
               reply="Laisser un commentaire", comment="Commentaire", post="Laisser un commentaire", powered="Fièrement propulsé par WordPress",
               privacy="Politique de confidentialité", terms="Mentions légales", rights="Tous droits réservés.", secure="Paiement sécurisé",
               menu="Menu", skip="Aller au contenu"),
    "nl": dict(search="Zoeken", account="Mijn account", cart="Winkelwagen", wish="Verlanglijst", home="Home",
               news_h="Schrijf je in voor de nieuwsbrief", news_p="Ontvang updates in je mailbox. Afmelden kan altijd.",
               email="Je e-mailadres", sub="Inschrijven", close="Nee, bedankt",
               consent="Wij en onze 158 partners slaan informatie op of openen informatie op uw apparaat, zoals cookies, en verwerken persoonsgegevens voor gepersonaliseerde advertenties en metingen.",
               accept="Alles accepteren", reject="Weigeren", manage="Instellingen",
               recent="Recente berichten", cats="Categorieën", arch="Archief", posted="Geplaatst op", by="door",
               reply="Geef een reactie", comment="Reactie", post="Reactie plaatsen", powered="Trots aangedreven door WordPress",
               privacy="Privacybeleid", terms="Voorwaarden", rights="Alle rechten voorbehouden.", secure="Veilig betalen",
               menu="Menu", skip="Naar de inhoud"),
    "pt": dict(search="Buscar", account="Minha conta", cart="Carrinho", wish="Favoritos", home="Início",
               news_h="Assine nossa newsletter", news_p="Receba novidades no seu e-mail. Cancele quando quiser.",
               email="Seu e-mail", sub="Assinar", close="Agora não",
               consent="Nós e nossos 132 parceiros armazenamos e/ou acessamos informações no seu dispositivo, como cookies, e tratamos dados pessoais para anúncios e conteúdo personalizados e medição de audiência.",
               accept="Aceitar tudo", reject="Recusar", manage="Preferências",
               recent="Posts recentes", cats="Categorias", arch="Arquivos", posted="Publicado em", by="por",
               reply="Deixe um comentário", comment="Comentário", post="Publicar comentário", powered="Orgulhosamente mantido com WordPress",
               privacy="Política de privacidade", terms="Termos de uso", rights="Todos os direitos reservados.", secure="Compra segura",
               menu="Menu", skip="Pular para o conteúdo"),
    "it": dict(search="Cerca", account="Il mio account", cart="Carrello", wish="Preferiti", home="Home",
               news_h="Iscriviti alla newsletter", news_p="Ricevi novità e aggiornamenti via e-mail. Puoi disiscriverti quando vuoi.",
               email="Il tuo indirizzo e-mail", sub="Iscriviti", close="No, grazie",
               consent="Noi e i nostri 165 partner archiviamo e/o accediamo a informazioni su un dispositivo, come i cookie, e trattiamo dati personali per annunci e contenuti personalizzati e misurazione del pubblico.",
               accept="Accetta tutto", reject="Rifiuta", manage="Personalizza",
               recent="Articoli recenti", cats="Categorie", arch="Archivi", posted="Pubblicato il", by="di",
               reply="Lascia un commento", comment="Commento", post="Invia commento", powered="Orgogliosamente powered by WordPress",
               privacy="Privacy policy", terms="Note legali", rights="Tutti i diritti riservati.", secure="Pagamento sicuro",
               menu="Menu", skip="Vai al contenuto"),
}

def _nav(items):
    return "<ul>" + "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in items) + "</ul>"

def plain(h1, content, foot=""):
    """Bare page: a heading, the content, a one-line footer."""
    return f"<main>\n<h1>{h1}</h1>\n{content}\n</main>\n<footer><p>{foot}</p></footer>"

def brochure(lang, brand, nav, hero_h, hero_p, content, foot, cta=None):
    """Small-business brochure site: logo + nav + call-to-action, hero band, sections, address footer."""
    c = CH[lang]
    cta_html = f'<a class="btn btn-primary header-cta" href="{cta[1]}">{cta[0]}</a>' if cta else ""
    hero_btn = f'<a class="btn btn-lg" href="{cta[1]}">{cta[0]}</a>' if cta else ""
    return f"""<a class="skip-link" href="#main">{c['skip']}</a>
<header class="site-header">
<div class="container"><a class="logo" href="/"><img src="/assets/img/logo.svg" alt="{brand}"> <span>{brand}</span></a>
<button class="nav-toggle" aria-label="{c['menu']}">&#9776;</button>
<nav class="main-nav">{_nav(nav)}</nav>
{cta_html}</div>
</header>
<section class="hero"><div class="container">
<h1>{hero_h}</h1>
<p class="lead">{hero_p}</p>
{hero_btn}
</div></section>
<main id="main"><div class="container">
{content}
</div></main>
<footer class="site-footer"><div class="container">
{foot}
<p class="legal"><a href="/privacy">{c['privacy']}</a> &middot; <a href="/terms">{c['terms']}</a> &middot; &copy; 2026 {brand}. {c['rights']}</p>
</div></footer>"""

def wp(lang, site, tagline, nav, title, date, author, content, sidebar_extra="", recent=(), cats=(), comments=""):
    """WordPress-like theme: masthead, article with entry meta, comments, widget sidebar, colophon."""
    c = CH[lang]
    rec = "".join(f'<li><a href="#">{r}</a></li>' for r in recent)
    cat = "".join(f'<li class="cat-item"><a href="#">{x}</a></li>' for x in cats)
    return f"""<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">{c['skip']}</a>
<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="/" rel="home">{site}</a></p><p class="site-description">{tagline}</p></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu">{c['menu']}</button>{_nav(nav)}</nav>
</header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<article class="post type-post status-publish format-standard hentry">
<header class="entry-header"><h1 class="entry-title">{title}</h1>
<div class="entry-meta"><span class="posted-on">{c['posted']} <time class="entry-date published">{date}</time></span> <span class="byline">{c['by']} <span class="author vcard"><a class="url fn n" href="#">{author}</a></span></span></div>
</header>
<div class="entry-content">
{content}
</div>
<footer class="entry-footer"><span class="cat-links">{cats[0] if cats else ''}</span></footer>
</article>
<div id="comments" class="comments-area">
{comments}
<div id="respond" class="comment-respond"><h3 class="comment-reply-title">{c['reply']}</h3>
<form class="comment-form"><p><label>{c['comment']}</label><textarea name="comment"></textarea></p><p class="form-submit"><input type="submit" value="{c['post']}"></p></form></div>
</div>
</main>
<aside id="secondary" class="widget-area">
<section class="widget widget_search"><form role="search" class="search-form"><input type="search" class="search-field" placeholder="{c['search']} &hellip;"><input type="submit" class="search-submit" value="{c['search']}"></form></section>
{sidebar_extra}
<section class="widget widget_recent_entries"><h2 class="widget-title">{c['recent']}</h2><ul>{rec}</ul></section>
<section class="widget widget_categories"><h2 class="widget-title">{c['cats']}</h2><ul>{cat}</ul></section>
<section class="widget widget_archive"><h2 class="widget-title">{c['arch']}</h2><ul><li><a href="#">2026</a></li><li><a href="#">2025</a></li></ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.example/">{c['powered']}</a> | {site}</div></footer>
</div>"""

def shop(lang, brand, topbar, nav, content, cart_n, cart_total, foot, pay=()):
    """Shop theme with a cart header (WooCommerce/Shopify-like)."""
    c = CH[lang]
    pays = " ".join(f'<span class="pay-icon">{x}</span>' for x in pay)
    return f"""<div class="announcement-bar">{topbar}</div>
<header class="site-header shop-header">
<a class="site-logo" href="/">{brand}</a>
<form class="header-search" action="/search"><input type="search" name="q" placeholder="{c['search']}"><button>&#128269;</button></form>
<div class="header-icons"><a href="/account">{c['account']}</a> <a href="/wishlist">&#9825; {c['wish']}</a> <a class="cart-link" href="/cart">&#128722; {c['cart']} (<span class="cart-count">{cart_n}</span>) <span class="cart-total">{cart_total}</span></a></div>
<nav class="primary-menu">{_nav(nav)}</nav>
</header>
<main class="shop-main">
{content}
</main>
<footer class="shop-footer">
{foot}
<div class="payment-icons">{pays}</div>
<p><a href="/privacy">{c['privacy']}</a> | <a href="/terms">{c['terms']}</a> | &copy; 2026 {brand}</p>
</footer>"""

def messy(lang, brand, nav, content, news_h=None, news_p=None, foot="", gid="G-7XK2P9QL1M", fb="1184477290331456", extra_scripts=""):
    """Messy real-world page: analytics and pixels, a consent-manager banner, a newsletter pop-up."""
    c = CH[lang]
    return f"""<script async src="https://www.googletagmanager.example/gtag/js?id={gid}"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','{gid}',{{'anonymize_ip':true}});</script>
<script>!function(f,b,e,v,n,t,s){{if(f.fbq)return;n=f.fbq=function(){{n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)}};n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}}(window,document,'script','https://connect.facebook.example/en_US/fbevents.js');fbq('init','{fb}');fbq('track','PageView');</script>
<script>(function(h,o,t,j,a,r){{h.hj=h.hj||function(){{(h.hj.q=h.hj.q||[]).push(arguments)}};h._hjSettings={{hjid:3391872,hjsv:6}};}})(window,document,'https://static.hotjar.example/c/hotjar-','.js?sv=');</script>
{extra_scripts}
<div id="qc-cmp2-container" class="cmp-banner" role="dialog"><p>{c['consent']}</p><button class="cmp-accept">{c['accept']}</button> <button class="cmp-reject">{c['reject']}</button> <button class="cmp-more">{c['manage']}</button></div>
<header class="hdr"><div class="hdr-inner"><a href="/" class="brand">{brand}</a><nav>{_nav(nav)}</nav></div></header>
<div class="page-wrap">
{content}
</div>
<div class="newsletter-popup" id="nl-modal" style="display:none"><button class="nl-close" aria-label="close">&times;</button>
<h3>{news_h or c['news_h']}</h3><p>{news_p or c['news_p']}</p>
<form class="klaviyo-form"><input type="email" placeholder="{c['email']}"><button>{c['sub']}</button></form><a href="#" class="nl-dismiss">{c['close']}</a></div>
<footer class="ftr">{foot}<p><a href="/privacy">{c['privacy']}</a> &middot; <a href="/terms">{c['terms']}</a> &middot; <a href="#" class="cmp-reopen">{c['manage']}</a></p></footer>
<script src="/wp-content/plugins/popup-maker/assets/js/site.min.js?ver=1.19.2"></script>
<script>setTimeout(function(){{document.getElementById('nl-modal').style.display='block'}},8000);</script>"""

# ================================================================ sellers (14)

p("h4501", "https://ketamedstore.example/product/ketamine-hcl-10ml-vial", "seller", True, "en",
  "padded-seller-messy", "Ketamine HCl 50 mg/ml – 10 ml vial | KetaMed Store",
  messy("en", "KetaMed Store",
        [("Home", "/"), ("Shop all", "/shop"), ("Vials", "/c/vials"), ("Nasal", "/c/nasal"), ("Crystal", "/c/crystal"), ("Track order", "/track"), ("Contact", "/contact")],
        f"""<div class="product">
<div class="gallery"><img src="/media/ketamine-vial-10ml.jpg" alt="Ketamine hydrochloride vial 10 ml"></div>
<div class="summary">
<h1>Ketamine HCl Injection 50 mg/ml – 10 ml vial</h1>
<p class="rating">&#9733;&#9733;&#9733;&#9733;&#9733; (214 customer reviews)</p>
<table class="price-tiers"><tr><th>Quantity</th><th>Price</th></tr>
<tr><td>1 vial</td><td>$95.00</td></tr><tr><td>5 vials</td><td>$420.00</td></tr><tr><td>10 vials</td><td>$780.00</td></tr></table>
<form class="cart"><input type="number" value="1" min="1"> <button class="single_add_to_cart_button">Add to cart</button></form>
<ul class="usp"><li>No prescription needed for orders up to 10 vials</li><li>Pay with BTC or USDT and save 15%</li><li>Vacuum-sealed, discreet packaging &ndash; no mention of contents</li><li>Tracked shipping in 5&ndash;9 days, free reship if lost or seized</li></ul>
</div></div>
<section class="description"><h2>Description</h2>
{E1}
{E2}
<h3>Possible side effects</h3>
{E4}
</section>
<section class="reviews"><h2>Reviews</h2><p><b>Jake R.</b> &ndash; "Arrived in 6 days, packaging was perfect. Will order again."</p><p><b>M.</b> &ndash; "Paid in crypto, got the discount, fast answer on chat."</p></section>""",
        news_h="Get 10% off your first order", news_p="Join 8,000+ customers. Restock alerts and crypto-only deals every week.",
        foot="<p>KetaMed Store ships from multiple warehouses. Questions? Live chat 24/7.</p>"))

p("h4502", "https://mindreset-journal.example/2026/03/ketamine-without-the-waitlist/", "seller", True, "en",
  "affiliate-doorway-wp", "How I got ketamine for my depression without a six-month waitlist – MindReset Journal",
  wp("en", "MindReset Journal", "Honest notes on depression, recovery and what actually helped",
     [("Home", "/"), ("My story", "/about"), ("Resources", "/resources"), ("Contact", "/contact")],
     "How I got ketamine for my depression without a six-month waitlist", "March 9, 2026", "Dana",
     f"""<p><em>Disclosure: this post contains affiliate links. If you order through them I may earn a small commission at no extra cost to you.</em></p>
<p>Three antidepressants, two therapists and one very long winter later, my psychiatrist told me the nearest ketamine clinic had a waiting list into autumn. I didn't have until autumn. So I did what everyone does at 2 a.m. and started reading.</p>
<h2>First, what is it?</h2>
{E1}
{E3}
<h2>A bit of history</h2>
{E5}
<h2>The vendor I ended up using</h2>
<p>After a lot of digging I ordered from <a href="https://ketanova-shop.example/?ref=mindreset" rel="sponsored nofollow">KetaNova</a>. There was no prescription and no appointment, just a short form about my symptoms, and the lozenges arrived nine days later in a plain envelope. They take card, but paying in Bitcoin was cheaper. Use my code <b>MINDRESET</b> for 10% off your first order.</p>
<p><a class="button" href="https://ketanova-shop.example/?ref=mindreset">Check current prices at KetaNova &rarr;</a></p>
<p>I'm not a doctor and this isn't medical advice. It's just what worked for me.</p>""",
     sidebar_extra='<section class="widget"><h2 class="widget-title">Where I order</h2><p><a href="https://ketanova-shop.example/?ref=mindreset"><img src="/wp-content/uploads/ketanova-banner-300x250.png" alt="KetaNova – 10% off with MINDRESET"></a></p></section>',
     recent=["Week 4 update: the good and the weird", "Things I wish I'd known before my first session", "Why I stopped taking sertraline"],
     cats=["Depression", "Ketamine", "Reviews"],
     comments='<h2 class="comments-title">4 thoughts on &ldquo;How I got ketamine for my depression without a six-month waitlist&rdquo;</h2><ol class="comment-list"><li>Did they ship to Canada? &ndash; <b>Tom</b></li><li>Yes, I know someone in Ontario who got theirs. &ndash; <b>Dana</b></li></ol>'))

p("h4503", "https://calmroute-health.example/get-started", "seller", True, "en",
  "fake-telehealth-brochure", "Get started – CalmRoute Health | At-home ketamine, approved in minutes",
  brochure("en", "CalmRoute Health",
           [("How it works", "#how"), ("Pricing", "#pricing"), ("Science", "#science"), ("FAQ", "/faq"), ("Log in", "/login")],
           "At-home ketamine, approved in minutes.",
           "Skip the waiting room. Answer a few questions, get approved by our medical team and receive your lozenges at home.",
           f"""<section id="how"><h2>How it works</h2>
<ol><li><b>Answer 8 quick questions</b> about your mood and history &ndash; takes about 3 minutes.</li>
<li><b>Get approved.</b> Our medical team reviews your answers. No video call, no awkward appointment.</li>
<li><b>Lozenges ship within 24 hours</b> in discreet packaging. Tracking sent by text.</li></ol>
<p class="stat">98% of applicants approved &middot; 40,000+ kits shipped</p></section>
<section id="pricing"><h2>Simple pricing</h2>
<div class="card"><h3>Starter</h3><p class="price">$199</p><p>8 ketamine lozenges (200 mg) + journal</p></div>
<div class="card featured"><h3>Monthly</h3><p class="price">$169/mo</p><p>8 lozenges every month, cancel anytime</p></div>
<p>Pay by card, Zelle, Cash App or Bitcoin.</p></section>
<section id="science"><h2>The science</h2>
{E2}
{E6}
</section>""",
           "<p>CalmRoute Health &middot; support@calmroute-health.example &middot; Text us: (555) 013-4471</p><p>Results vary. Individual experiences are not a guarantee.</p>",
           cta=("Start my questionnaire", "/questionnaire")), noise="cookie")

p("h4504", "https://esketamine-pharma-direct.example/spravato-56mg", "seller", True, "en",
  "telegram-excerpt",
  "", """ESKETAMINE DIRECT – Spravato 56 mg and 84 mg nasal kits in stock, original Janssen packaging, no prescription and no clinic visit needed. Order through Telegram @esk_direct_shop and pay in BTC or USDT. Worldwide stealth shipping with one free reship.""", ext="txt")

p("h4505", "https://boards.example/forsale/pharma/88213", "seller", True, "en",
  "classified-excerpt",
  "", """Selling ketamine: vet grade liquid (Ketaset 10 ml, sealed) and shards, lab tested. Telegram or Wickr only, ship US & EU, reship if seized. BTC/XMR, no PayPal.""", ext="txt")

p("h4506", "https://arylchem-research.example/shop/dissociatives/2-fdck", "seller", True, "en",
  "research-chemical-shop", "2-FDCK (Fluorodeschloroketamine) crystal – ArylChem Research",
  shop("en", "ArylChem Research", "Free EU shipping over &euro;150 &middot; Worldwide discreet delivery &middot; Pay with BTC for 10% off",
       [("Dissociatives", "/shop/dissociatives"), ("Stimulants", "/shop/stimulants"), ("Pellets", "/shop/pellets"), ("Lab supplies", "/shop/lab"), ("Payment", "/payment"), ("Shipping", "/shipping")],
       f"""<nav class="woocommerce-breadcrumb"><a href="/">Home</a> / <a href="/shop/dissociatives">Dissociatives</a> / 2-FDCK</nav>
<div class="product type-product">
<h1 class="product_title">2-FDCK Crystal</h1>
<p class="sku">CAS 111982-50-4 &middot; Purity &ge; 99.5% (HPLC) &middot; COA available</p>
<table class="variations"><tr><td>1 g</td><td>&euro;35.00</td></tr><tr><td>5 g</td><td>&euro;140.00</td></tr><tr><td>10 g</td><td>&euro;250.00</td></tr><tr><td>25 g</td><td>&euro;520.00</td></tr></table>
<button class="single_add_to_cart_button button alt">Add to cart</button>
<p class="disclaimer"><b>For research purposes only. Not for human consumption.</b> By ordering you confirm you are 18+ and a qualified researcher.</p>
<p>Related products: DCK (Deschloroketamine) &middot; O-PCE &middot; 3-MeO-PCP (out of stock)</p>
</div>
<div class="woocommerce-tabs"><h2>Background: arylcyclohexylamines</h2>
<p>2-FDCK is a structural analogue of ketamine in which the chlorine atom is replaced by fluorine. Little formal research exists on the compound itself; the information below concerns the parent compound.</p>
{E1}
{E5}
</div>""",
       1, "&euro;35.00",
       "<p>All parcels are vacuum-sealed and shipped in neutral packaging from within the EU. Reship policy: one free reship per customer for parcels lost in transit.</p>",
       pay=["Bitcoin", "Litecoin", "Monero", "SEPA transfer"]))

p("h4507", "https://linkbio.example/calmk.uk", "seller", True, "en",
  "social-bio-excerpt",
  "", """calmK 🇬🇧 | ketamine therapy at home 🌙 | pills • nasal • liquid | no script needed | menu in DMs 📩 Telegram @calmk_uk | BTC / Amazon GC ✔️""", ext="txt")

p("h4508", "https://ketaminepharmacy24.example/faq/payment-shipping", "seller", True, "en",
  "seller-faq-excerpt",
  "", """Which payment methods do you accept? Bitcoin, Monero and Amazon or Steam gift cards; card payments are not possible for ketamine products. Every order is vacuum-sealed and shipped without pharmacy markings, and if customs seizes it we reship once free of charge.""", ext="txt")

p("h4509", "https://farmacia-serena.example/tienda/ketalar-50mg", "seller", True, "es",
  "padded-seller-shop", "Ketalar 50 mg/ml caja 5 ampollas – Farmacia Serena",
  shop("es", "Farmacia Serena", "Envío discreto 24/48 h a toda España &middot; Pedidos por WhatsApp +34 611 20 48 93",
       [("Inicio", "/"), ("Tienda", "/tienda"), ("Ansiedad y ánimo", "/tienda/animo"), ("Dolor", "/tienda/dolor"), ("Cómo pagar", "/pago"), ("Contacto", "/contacto")],
       f"""<div class="product">
<h1>Ketalar 50 mg/ml – caja de 5 ampollas de 10 ml</h1>
<p class="price"><span class="amount">129,00&nbsp;&euro;</span> <del>159,00&nbsp;&euro;</del></p>
<p class="stock in-stock">En stock</p>
<ul><li>Sin receta médica</li><li>Envío en paquete neutro, sin logotipos</li><li>Pago por Bizum, transferencia o Bitcoin</li></ul>
<form class="cart"><input type="number" value="1"> <button>Añadir al carrito</button></form>
<p><a class="whatsapp-btn" href="https://wa.example/34611204893">Pedir por WhatsApp</a></p>
</div>
<div class="tabs"><h2>Descripción</h2>
{ES1}
{ES2}
<h2>Valoraciones (37)</h2><p>&laquo;Llegó en dos días a Valencia, todo correcto.&raquo; &ndash; Marta</p></div>""",
       1, "129,00&nbsp;&euro;",
       "<p>Farmacia Serena &middot; Atención al cliente por WhatsApp de 9 a 22 h.</p>",
       pay=["Bizum", "Transferencia", "Bitcoin"]))

p("h4510", "https://depressionshilfe-blog.example/ketamin-erfahrungen/", "seller", True, "de",
  "affiliate-doorway-wp", "Ketamin gegen Depressionen: meine Erfahrungen – Depressionshilfe Blog",
  wp("de", "Depressionshilfe Blog", "Erfahrungen, Tipps und Mut für schwere Tage",
     [("Startseite", "/"), ("Über mich", "/ueber-mich"), ("Erfahrungsberichte", "/erfahrungen"), ("Kontakt", "/kontakt")],
     "Ketamin gegen Depressionen: meine Erfahrungen und wie ich es bekommen habe", "14. Februar 2026", "Markus",
     f"""<p>Nach sieben Jahren Depression und vier verschiedenen Medikamenten war ich ehrlich gesagt am Ende. Die Uniklinik hatte für die Esketamin-Behandlung eine Wartezeit von fünf Monaten. Hier schreibe ich auf, was ich gelernt habe.</p>
<h2>Was ist Ketamin?</h2>
{DE1}
<h2>Und Esketamin?</h2>
{DE2}
<h2>Wo ich bestellt habe</h2>
<p>Wer keine Klinik in der Nähe hat oder nicht monatelang warten kann: Ich habe bei <a href="https://ketamin-versand24.example/?ref=dh" rel="nofollow sponsored">Ketamin-Versand24</a>* bestellt. Ein Rezept wollte dort niemand sehen, bezahlt habe ich mit Bitcoin, und nach vier Tagen lag ein neutraler Umschlag im Briefkasten. Mit dem Code <b>HILFE15</b> gibt es 15 % Rabatt.</p>
<p><small>* Affiliate-Link. Kein ärztlicher Rat.</small></p>""",
     sidebar_extra='<section class="widget"><h2 class="widget-title">Mein Tipp</h2><p><a href="https://ketamin-versand24.example/?ref=dh">Ketamin-Versand24 &ndash; diskret &amp; schnell</a></p></section>',
     recent=["Tag 10 nach der ersten Dosis", "Warum ich meiner Hausärztin nichts erzählt habe", "Lichttherapie: lohnt sich das?"],
     cats=["Erfahrungen", "Ketamin", "Alltag"]), noise="cookie-de")

p("h4511", "https://annonces-vite.example/a/2418876", "seller", True, "fr",
  "classified-listing-messy", "Kétamine Imalgène 1000 – lot de 3 flacons – Lyon – Annonces Vite",
  messy("fr", "Annonces Vite",
        [("Déposer une annonce", "/deposer"), ("Mes recherches", "/recherches"), ("Messages", "/messages"), ("Se connecter", "/login")],
        f"""<nav class="crumbs">Accueil &gt; Santé &amp; bien-être &gt; Divers &gt; Auvergne-Rhône-Alpes</nav>
<article class="ad">
<h1>Kétamine Imalgène 1000 – lot de 3 flacons 10 ml</h1>
<p class="ad-price">180 &euro;</p>
<p class="ad-meta">Particulier &middot; Lyon 7e &middot; publiée hier à 23:41</p>
<div class="ad-body">
<p>Flacons scellés, date de péremption 2027. Usage vétérinaire à la base mais ça marche très bien pour la déprime, je l'utilise moi-même. Petit rappel pour ceux qui ne connaissent pas :</p>
{FR1}
<p>Envoi discret partout en Europe (enveloppe à bulles neutre). Paiement crypto ou coupons PCS. <b>Contact uniquement sur Telegram @k_lyon69</b>, je ne réponds pas aux messages du site.</p>
</div>
<p class="ad-ref">Référence de l'annonce : 2418876 &middot; <a href="/signaler/2418876">Signaler l'annonce</a></p>
</article>
<aside class="similar"><h2>Annonces similaires</h2><ul><li>Tensiomètre Omron neuf &ndash; 25 &euro;</li><li>Fauteuil de massage &ndash; 90 &euro;</li></ul></aside>""",
        news_h="Alertes annonces", news_p="Recevez par e-mail les nouvelles annonces correspondant à vos recherches.",
        foot="<p>Annonces Vite est un service de petites annonces entre particuliers.</p>"))

p("h4512", "https://rustpunt-kliniek.example/bestellen/thuisbehandeling", "seller", True, "nl",
  "fake-clinic-brochure", "Ketamine-therapie thuis, zonder wachtlijst – Rustpunt Kliniek",
  brochure("nl", "Rustpunt Kliniek",
           [("Behandeling", "/behandeling"), ("Hoe werkt het", "#hoe"), ("Prijzen", "#prijzen"), ("Veelgestelde vragen", "/faq"), ("Contact", "/contact")],
           "Ketamine-therapie thuis, zonder wachtlijst",
           "Geen verwijzing, geen maanden wachten. Start vandaag nog vanuit uw eigen huis.",
           f"""<section id="hoe"><h2>Hoe werkt het?</h2>
<ol><li>Vul onze online vragenlijst in (ongeveer 5 minuten).</li>
<li>Geen videogesprek nodig: u ontvangt binnen een uur per e-mail de goedkeuring.</li>
<li>Uw pakket met 10 sublinguale tabletten wordt binnen 48 uur discreet bezorgd, ook in België.</li></ol></section>
<section id="prijzen"><h2>Prijzen</h2><p>Startpakket (10 tabletten) <b>&euro;179</b> &middot; Vervolgpakket <b>&euro;149</b>. Betalen met iDEAL, Bancontact of Bitcoin.</p></section>
<section><h2>Over ketamine</h2>
{NL1}
</section>""",
           "<p>Rustpunt Kliniek &middot; info@rustpunt-kliniek.example &middot; Bereikbaar via WhatsApp</p>",
           cta=("Start de vragenlijst", "/vragenlijst")), noise="cookie-nl")

p("h4513", "https://saudemental-loja.example/produto/escetamina-spray", "seller", True, "pt",
  "padded-seller-messy", "Escetamina spray nasal 28 mg – kit com 3 – Saúde Mental Loja",
  messy("pt", "Saúde Mental Loja",
        [("Início", "/"), ("Produtos", "/produtos"), ("Como comprar", "/como-comprar"), ("Rastreio", "/rastreio"), ("Fale conosco", "/contato")],
        f"""<div class="produto">
<h1>Escetamina spray nasal 28 mg – kit com 3 unidades</h1>
<p class="preco">R$ 890,00 <small>ou 3x de R$ 296,67</small></p>
<p class="selo">&#10004; Sem receita &middot; &#10004; Envio discreto para todo o Brasil &middot; &#10004; PIX com 10% de desconto</p>
<button class="comprar">Comprar agora</button> <a class="wa" href="https://wa.example/5511987650321">Pedir pelo WhatsApp</a>
<p>Também aceitamos USDT e Bitcoin. Embalagem sem identificação do conteúdo.</p>
</div>
<div class="descricao"><h2>Descrição do produto</h2>
{PT1}
{PT2}
</div>""",
        news_h="Receba ofertas exclusivas", news_p="Cupons e novidades toda semana no seu e-mail.",
        foot="<p>Saúde Mental Loja &middot; Atendimento pelo WhatsApp de segunda a sábado.</p>"))

p("h4514", "https://farmaciaonline-it.example/ketamina-acquista", "seller", True, "it",
  "padded-seller-shop", "Ketamina cloridrato in polvere – acquista online | FarmaciaOnline-IT",
  shop("it", "FarmaciaOnline-IT", "Spedizione anonima in 48 ore in tutta Italia &middot; Pagamento Bitcoin o PostePay",
       [("Home", "/"), ("Catalogo", "/catalogo"), ("Benessere mentale", "/catalogo/umore"), ("Spedizioni", "/spedizioni"), ("Contatti", "/contatti")],
       f"""<div class="scheda-prodotto">
<h1>Ketamina cloridrato in polvere</h1>
<table class="prezzi"><tr><td>1 g</td><td>90,00 &euro;</td></tr><tr><td>5 g</td><td>380,00 &euro;</td></tr><tr><td>10 g</td><td>690,00 &euro;</td></tr></table>
<p><b>Senza ricetta.</b> Confezione neutra, nessun riferimento al contenuto.</p>
<button class="add-to-cart">Aggiungi al carrello</button>
</div>
<div class="descrizione"><h2>Descrizione</h2>
{IT1}
</div>""",
       0, "0,00 &euro;",
       "<p>Assistenza clienti via Telegram: @farmaonline_it</p>",
       pay=["Bitcoin", "PostePay", "Bonifico"]))

# ================================================================ telehealth (9)

p("h4515", "https://northlight-psychiatry.example/ketamine", "telehealth", False, "en",
  "padded-telehealth-brochure", "At-home ketamine treatment | Northlight Psychiatry",
  brochure("en", "Northlight Psychiatry",
           [("Ketamine care", "/ketamine"), ("Our clinicians", "/team"), ("Insurance &amp; cost", "/cost"), ("Is it right for me?", "/eligibility"), ("Patient portal", "https://portal.northlight-psychiatry.example")],
           "Ketamine care at home, with a psychiatrist who knows you.",
           "Video evaluation first. Treatment only if it's safe and right for you.",
           f"""<section><h2>How our program works</h2>
<ol><li><b>60-minute video evaluation</b> with one of our board-certified psychiatrists. We review your history, current medications and blood pressure readings, and ask for records from your current prescriber.</li>
<li><b>If ketamine is appropriate</b>, your psychiatrist sends a prescription to Oakline Compounding Pharmacy, which is licensed in your state and ships only after verifying it.</li>
<li><b>Your first session is supervised on video</b> by a registered nurse. A trusted adult needs to be present for every session.</li>
<li><b>Follow-up visits</b> after sessions 2 and 6, with PHQ-9 and GAD-7 check-ins between them.</li></ol>
<p>Not everyone is a candidate. About one in four people we evaluate are referred to in-person care instead.</p></section>
<section><h2>About ketamine</h2>
{E1}
{E2}
<h3>Side effects we monitor</h3>
{E4}</section>
<section><h2>Your care team</h2>
<ul><li>Hannah Okafor, MD &ndash; Medical Director, board-certified in psychiatry</li><li>Luis Ferreira, MD &ndash; psychiatrist</li><li>Megan Holt, PMHNP-BC &ndash; psychiatric nurse practitioner</li></ul>
<p>Currently licensed in New York, New Jersey, Connecticut and Massachusetts.</p></section>""",
           "<p>Northlight Psychiatry PLLC &middot; 245 Hudson Street, New York, NY &middot; (555) 010-2290</p><p>If you are in crisis, call or text 988.</p>",
           cta=("Book a video evaluation", "/book")), noise="cookie")

p("h4516", "https://tidewell.example/checkout/membership", "telehealth", False, "en",
  "membership-checkout-shop", "Checkout – Tidewell",
  shop("en", "Tidewell", "HSA/FSA cards accepted &middot; Questions? Chat with our care team 8am&ndash;8pm ET",
       [("How it works", "/how-it-works"), ("Pricing", "/pricing"), ("Clinicians", "/clinicians"), ("FAQ", "/faq")],
       f"""<h1>Checkout</h1>
<div class="checkout-grid">
<section class="order-summary"><h2>Your cart</h2>
<table><tr><td>Initial psychiatric evaluation (video, 60 min)</td><td>$249.00</td></tr>
<tr><td>Tidewell Membership &ndash; billed monthly, starts only if your clinician recommends treatment</td><td>$129.00/mo</td></tr>
<tr class="total"><td>Due today</td><td>$249.00</td></tr></table>
<p class="note">Medication is not sold on this site. If your clinician prescribes it, a licensed partner pharmacy fills the prescription and bills you separately (typically $80&ndash;$150 a month).</p></section>
<section class="checkout-form"><h2>Your details</h2>
<form><label>Full legal name <input></label><label>Date of birth <input type="date"></label><label>State of residence <select><option>California</option><option>Colorado</option><option>Texas</option><option>Florida</option></select></label>
<label>Card number <input></label><p>You'll choose a time with your clinician after payment.</p><button>Pay $249 and book</button></form></section>
</div>
<section class="faq"><h2>What about esketamine (Spravato)?</h2>
{E3}
<p>Because Spravato has to be given in a certified clinic, Tidewell doesn't offer it; your clinician can refer you to a certified centre near you.</p></section>""",
       1, "$249.00",
       "<p>Tidewell Medical Group, P.C. &middot; Clinicians are licensed in the states where they practice. Refund in full if you cancel your evaluation 24 hours ahead.</p>",
       pay=["Visa", "Mastercard", "Amex", "HSA/FSA"]))

p("h4517", "https://harborhealth-tele.example/blog/is-at-home-ketamine-right-for-you", "telehealth", False, "en",
  "clinician-blog-wp", "Is at-home ketamine right for you? What our clinicians look for – Harbor Health",
  wp("en", "Harbor Health", "Virtual psychiatry and ketamine care",
     [("Home", "/"), ("Ketamine program", "/ketamine"), ("Our team", "/team"), ("Blog", "/blog"), ("Book an evaluation", "/book")],
     "Is at-home ketamine right for you? What our clinicians look for", "October 2, 2026", "Rebecca Lindqvist, MD",
     f"""<p>We get this question every day, so our medical director wrote down how we actually decide.</p>
<h2>The basics</h2>
{E1}
{E5}
<h2>Where the evidence stands</h2>
{E6}
<h2>How we decide</h2>
<p>Before anyone in our program receives a prescription, they meet a Harbor psychiatrist or psychiatric nurse practitioner on video for about an hour. We ask for records from your current prescriber, a recent blood pressure reading and a list of every medication and substance you use. People with uncontrolled hypertension, active psychosis, a recent history of substance use disorder or who are pregnant are usually better served elsewhere, and we will tell you so. Last year we declined roughly 30% of the people we evaluated and helped most of them find in-person care.</p>
<p>If we do prescribe, the prescription goes to a licensed partner pharmacy in your state, your first dose is taken during a video visit, and you check in with your clinician after the second and sixth sessions.</p>""",
     sidebar_extra='<section class="widget"><h2 class="widget-title">Talk to a clinician</h2><p>Video evaluations available this week in WA, OR and CA.</p><p><a href="/book">Book an evaluation</a></p></section>',
     recent=["What an integration session looks like", "Ketamine and blood pressure: what we check", "Why we ask for a support person"],
     cats=["Clinical notes", "Ketamine"]), noise="cookie")

p("h4518", "https://portal.tidewell.example/order-records/2291", "telehealth", False, "en",
  "portal-confirmation-excerpt",
  "", """Your evaluation with Priya Raman, PMHNP-BC, is confirmed for Tuesday, January 14 at 4:30 pm ET (video). If she prescribes treatment, Oakline Compounding Pharmacy will call you to verify your address and arrange delivery; nothing ships before that.""", ext="txt")

p("h4519", "https://evenkeel-care.example/lp/ketamine-therapy?utm_source=google&utm_medium=cpc&utm_campaign=ktx_brand", "telehealth", False, "en",
  "padded-telehealth-landing-messy", "Virtual Ketamine-Assisted Therapy | EvenKeel Care",
  messy("en", "EvenKeel Care",
        [("How it works", "#how"), ("Who we help", "#who"), ("Clinicians", "/clinicians"), ("Pricing", "/pricing"), ("Sign in", "/login")],
        f"""<section class="lp-hero"><h1>Virtual ketamine-assisted therapy in California, Colorado, Texas and Florida</h1>
<p>Start with a free 15-minute call with our care team. Then a 50-minute video intake with a licensed clinician decides whether ketamine is a safe fit for you.</p>
<a class="btn" href="/intake">Schedule my intake</a></section>
<section id="how"><h2>How it works</h2>
<ul><li>Video intake with a licensed prescriber (medical history, medications, blood pressure)</li><li>If prescribed: oral ketamine from a licensed partner pharmacy, six guided sessions with a therapist on video</li><li>If oral ketamine isn't right for you, we refer you to an in-person infusion partner</li></ul>
<p>Prescribers: Amara Singh, MD; Joel Whitaker, PMHNP-BC. Therapists: licensed LMFTs and LCSWs.</p></section>
<section id="who"><h2>Why ketamine?</h2>
{E2}
<h3>Is it safe?</h3>
{E4}
<h3>What research says</h3>
{E6}
</section>""",
        news_h="Free guide: 7 questions to ask before ketamine therapy", news_p="Enter your email and we'll send the PDF right away.",
        foot="<p>EvenKeel Care, Inc. &middot; Services provided by EvenKeel Medical Group, P.C. and affiliated professional entities.</p>",
        extra_scripts='<script>gtag("event","conversion",{"send_to":"AW-10987213/lp_view"});</script><script src="https://js.hs-scripts.example/4471920.js" async></script>'))

p("h4520", "https://sunrisemind.example/faq/pharmacy-and-shipping", "telehealth", False, "en",
  "telehealth-faq-excerpt",
  "", """Who ships my medication? Your prescription is sent to a licensed partner pharmacy in your state, which ships it in a tamper-evident package that needs an adult signature. We never ship medication ourselves, and nothing is dispensed until your clinician has finished your video evaluation.""", ext="txt")

p("h4521", "https://mentaclara.example/es/ketamina-en-casa", "telehealth", False, "es",
  "padded-telehealth-brochure", "Ketamina en casa con acompañamiento médico – MentaClara",
  brochure("es", "MentaClara",
           [("Cómo funciona", "#como"), ("Equipo médico", "#equipo"), ("Precios", "/precios"), ("Preguntas", "/preguntas")],
           "Tratamiento con ketamina en casa, con acompañamiento médico",
           "Primero, una evaluación por videollamada con psiquiatra. Solo después, si procede, la receta.",
           f"""<section id="como"><h2>Cómo funciona</h2>
<ol><li>Evaluación psiquiátrica por videollamada (60 minutos, MXN 1,800).</li>
<li>Si el tratamiento es adecuado, la receta se envía a nuestra farmacia aliada con licencia sanitaria, que entrega el medicamento solo con receta válida.</li>
<li>Sesiones guiadas en casa con un acompañante presente y seguimiento por video tras la primera y la cuarta sesión.</li></ol>
<p>Si la evaluación muestra que no es para ti, te orientamos hacia una clínica presencial.</p></section>
<section><h2>¿Qué es la ketamina?</h2>
{ES1}
</section>
<section id="equipo"><h2>Equipo médico</h2><p>Dra. Lucía Benítez Ortega, psiquiatra (cédula profesional 8214093) &middot; Dr. Andrés Villalobos, psiquiatra (cédula 9031127).</p></section>""",
           "<p>MentaClara Salud, S.C. &middot; Ciudad de México &middot; Atención solo para pacientes en México.</p>",
           cta=("Agendar evaluación", "/agendar")), noise="cookie-es")

p("h4522", "https://psychonline-sprechstunde.example/blog/esketamin-videosprechstunde", "telehealth", False, "de",
  "padded-telehealth-wp", "Esketamin: Beratung per Video, Behandlung in der Partnerpraxis – Psych-Online Sprechstunde",
  wp("de", "Psych-Online Sprechstunde", "Psychiatrische Videosprechstunde für gesetzlich und privat Versicherte",
     [("Startseite", "/"), ("Videosprechstunde", "/video"), ("Ärztinnen und Ärzte", "/team"), ("Blog", "/blog"), ("Termin", "/termin")],
     "Esketamin: Wie wir Sie per Video beraten und an eine Partnerpraxis überweisen", "3. November 2026", "Dr. med. Jana Köhler",
     f"""<p>Immer mehr Patientinnen und Patienten fragen in unserer Videosprechstunde nach Esketamin. Hier erklären wir, was wir online leisten können und was nicht.</p>
{DE2}
<h2>Unser Ablauf</h2>
<p>Im Erstgespräch per Video (50 Minuten) klären Dr. Köhler oder Dr. Aydın, Fachärzte für Psychiatrie und Psychotherapie, ob eine therapieresistente Depression vorliegt und welche Behandlungen bereits versucht wurden. Wir verschreiben Esketamin nicht zur Anwendung zu Hause. Wenn die Behandlung sinnvoll ist, überweisen wir Sie an eine unserer Partnerpraxen in Berlin, Hamburg oder Köln, wo die Gabe unter Aufsicht stattfindet. Die Verlaufskontrollen können danach wieder per Video erfolgen.</p>""",
     sidebar_extra='<section class="widget"><h2 class="widget-title">Termin buchen</h2><p>Erstgespräch per Video meist innerhalb von 10 Tagen.</p></section>',
     recent=["Lithium: Mythen und Fakten", "Wie läuft eine Videosprechstunde ab?", "Krankschreibung per Video"],
     cats=["Behandlung", "Depression"]), noise="cookie-de")

p("h4523", "https://mentesaude-tele.example/blog/escetamina-teleconsulta", "telehealth", False, "pt",
  "telehealth-excerpt",
  "", """Na Mente Saúde, a teleconsulta com psiquiatra (CRM ativo) avalia todo o seu histórico antes de qualquer indicação. Se a escetamina for indicada, você recebe o encaminhamento para uma clínica parceira credenciada, onde as aplicações são feitas com monitoramento, e o acompanhamento continua por vídeo.""", ext="txt")

# ================================================================ clinics (8)

p("h4524", "https://pinecrest-infusion.example/", "clinic", False, "en",
  "padded-clinic-brochure", "Pinecrest Infusion Center | Ketamine infusions for depression and pain",
  brochure("en", "Pinecrest Infusion Center",
           [("Ketamine infusions", "/ketamine"), ("Our team", "/team"), ("Pricing", "/pricing"), ("Shop", "/shop/gift-cards"), ("Contact", "/contact")],
           "Ketamine infusions in a calm, medically supervised setting",
           "Physician-led IV ketamine for treatment-resistant depression, PTSD and chronic pain. Referrals welcome.",
           f"""<section><h2>Your first visit</h2>
<p>Every patient starts with a 45-minute consultation with Dr. Michael Tran, our board-certified anesthesiologist, who reviews your history and any records from your psychiatrist or primary care provider. Infusions last about 40 minutes in a private room with continuous heart, blood pressure and oxygen monitoring, followed by 30 minutes of recovery. You'll need someone to drive you home.</p>
<p><b>Fees:</b> consultation $150 (credited to your first infusion) &middot; single infusion $475 &middot; series of six $2,550. Superbills provided for out-of-network reimbursement.</p></section>
<section><h2>What is ketamine?</h2>
{E1}
<h3>How it may help depression</h3>
{E2}
<h3>Side effects</h3>
{E4}
<h3>A short history</h3>
{E5}</section>
<section><h2>Our team</h2><ul><li>Michael Tran, MD &ndash; anesthesiologist, medical director</li><li>Sarah Beaumont, CRNA</li><li>Elise Park, PhD &ndash; licensed psychologist, integration sessions</li></ul></section>""",
           "<p>Pinecrest Infusion Center &middot; 2150 Alder Road, Suite 300 &middot; Mon&ndash;Fri 8am&ndash;5pm &middot; (555) 014-8820 &middot; Fax for referrals (555) 014-8821</p>",
           cta=("Book a consultation", "/book")), noise="cookie")

p("h4525", "https://pinecrest-infusion.example/shop/gift-cards", "clinic", False, "en",
  "clinic-merch-shop", "Gift cards & merchandise – Pinecrest Infusion Center",
  shop("en", "Pinecrest Infusion Center", "Gift cards delivered by email instantly &middot; Merchandise ships in 3&ndash;5 business days",
       [("Gift cards", "/shop/gift-cards"), ("Apparel", "/shop/apparel"), ("Wellness", "/shop/wellness"), ("Back to clinic site", "/")],
       f"""<h1>Gift cards &amp; merchandise</h1>
<div class="product-grid">
<div class="product-card"><h3>Pinecrest gift card</h3><p>$100 &middot; $250 &middot; $500</p><button>Add to cart</button></div>
<div class="product-card"><h3>"Be Gentle" hoodie</h3><p>$48.00</p><button>Add to cart</button></div>
<div class="product-card"><h3>Integration journal</h3><p>$18.00</p><button>Add to cart</button></div>
<div class="product-card"><h3>Weighted eye mask</h3><p>$32.00</p><button>Add to cart</button></div>
</div>
<p class="notice">Gift cards can be used toward consultations, infusion sessions and integration therapy at our Alder Road clinic. Treatment always requires a medical consultation with our physician; gift cards cannot be exchanged for medication or cash.</p>
<section><h2>Giving back</h2><p>Five percent of every merchandise purchase goes to the Pinecrest Research Fund, which supports a local university study of ketamine for postpartum depression.</p>
{E6}</section>""",
       0, "$0.00",
       "<p>Pinecrest Infusion Center &middot; 2150 Alder Road, Suite 300 &middot; (555) 014-8820</p>",
       pay=["Visa", "Mastercard", "Apple Pay", "HSA/FSA"]))

p("h4526", "https://lakeview-behavioral.example/services/spravato", "clinic", False, "en",
  "padded-clinic-messy", "Spravato (esketamine) Treatment | Lakeview Behavioral Health",
  messy("en", "Lakeview Behavioral Health",
        [("Services", "/services"), ("Providers", "/providers"), ("Insurance", "/insurance"), ("Patient forms", "/forms"), ("Locations", "/locations")],
        f"""<section class="svc"><h1>Spravato&reg; (esketamine) treatment</h1>
<p>Lakeview is a certified Spravato REMS treatment center. Sessions take place in our monitored treatment suite at 88 Harbor Street, Suite 210, on weekday mornings. You can be referred by your own psychiatrist, or be evaluated by Dr. Nora Feld or Dr. Samuel Osei at Lakeview.</p>
<p>Most commercial plans and Medicare cover Spravato for treatment-resistant depression. Our benefits team handles prior authorization; typical approval takes 1&ndash;2 weeks.</p>
<a class="btn" href="/referral">Refer a patient</a> <a class="btn btn-outline" href="tel:5550137700">Call (555) 013-7700</a>
<h2>About esketamine</h2>
{E3}
<h2>What to expect</h2>
<p>Plan for about two and a half hours. A nurse checks your blood pressure before and after each dose, and you will need a ride home.</p>
{E4}
</section>""",
        news_h="Mental health tips in your inbox", news_p="Monthly articles from Lakeview clinicians. No ads.",
        foot="<p>Lakeview Behavioral Health, LLC &middot; 88 Harbor Street, Suite 210 &middot; Accepting new patients.</p>"))

p("h4527", "https://bluemesa-ketamine.example/checkout/deposit", "clinic", False, "en",
  "clinic-deposit-excerpt",
  "", """A $150 deposit secures your first infusion appointment and is applied to your session fee. Deposits are refundable up to 48 hours before your visit, or in full if Dr. Alvarez decides at your pre-infusion screening that ketamine isn't right for you.""", ext="txt")

p("h4528", "https://clinique-des-tilleuls.example/actualites/unite-esketamine", "clinic", False, "fr",
  "padded-clinic-wp", "Ouverture de notre unité kétamine et eskétamine – Clinique des Tilleuls",
  wp("fr", "Clinique des Tilleuls", "Clinique psychiatrique privée – hospitalisation complète et de jour",
     [("Accueil", "/"), ("La clinique", "/la-clinique"), ("Soins", "/soins"), ("Admissions", "/admissions"), ("Actualités", "/actualites"), ("Contact", "/contact")],
     "Ouverture de notre unité kétamine et eskétamine en hôpital de jour", "18 septembre 2026", "Direction médicale",
     f"""<p>Depuis le 1er septembre, la Clinique des Tilleuls accueille en hôpital de jour des patients souffrant de dépression résistante pour des traitements par eskétamine et par kétamine intraveineuse.</p>
{FR1}
{FR2}
<h2>Comment être admis ?</h2>
<p>L'admission se fait sur courrier d'adressage de votre psychiatre traitant, suivi d'une consultation de pré-admission avec le Dr Anne Moreau ou le Dr Karim Belkacem. Les séances ont lieu les mardis et jeudis matin, en chambre individuelle, sous la surveillance d'une infirmière. Prévoyez d'être raccompagné : la conduite est déconseillée le jour de la séance.</p>
<p>Secrétariat médical : 04 00 00 12 34, du lundi au vendredi de 9 h à 17 h.</p>""",
     sidebar_extra='<section class="widget"><h2 class="widget-title">Adresser un patient</h2><p>Formulaire de pré-admission pour les médecins.</p></section>',
     recent=["Journée portes ouvertes du 12 octobre", "Nouvel atelier de remédiation cognitive", "Certification HAS renouvelée"],
     cats=["Vie de la clinique", "Soins"]), noise="cookie-fr")

p("h4529", "https://praxis-lindenhof.example/ketamin", "clinic", False, "de",
  "padded-clinic-plain", "Ketamin-Infusionen – Praxis am Lindenhof",
  plain("Ketamin-Infusionen bei therapieresistenter Depression",
        f"""<p><a href="/">Praxis am Lindenhof</a> &middot; Dr. med. Thomas Wegener, Facharzt für Anästhesiologie, Schmerztherapie</p>
{DE1}
<h2>Ablauf in unserer Praxis</h2>
<p>Vor der ersten Infusion findet ein Vorgespräch in der Praxis statt, bitte bringen Sie Ihren aktuellen Medikamentenplan und nach Möglichkeit eine Überweisung oder einen Arztbrief Ihrer Psychiaterin bzw. Ihres Psychiaters mit. Die Infusion dauert etwa 40 Minuten, danach bleiben Sie eine Stunde im Ruheraum. Sie dürfen an diesem Tag nicht selbst Auto fahren.</p>
<h2>Kosten</h2>
<p>Die Behandlung ist eine Off-Label-Anwendung und wird von den gesetzlichen Kassen in der Regel nicht übernommen. Selbstzahler: 390 &euro; pro Infusion nach GOÄ, Vorgespräch 120 &euro;.</p>
<h2>Termin</h2>
<p>Telefon 0221 000 4471 (Mo&ndash;Do 8&ndash;16 Uhr) oder über unser Online-Terminbuchungssystem.</p>""",
        "Praxis am Lindenhof &middot; Lindenstraße 14, 50674 Köln &middot; Impressum &middot; Datenschutz"), noise="cookie-de")

p("h4530", "https://centroserenita-milano.example/esketamina", "clinic", False, "it",
  "padded-clinic-brochure", "Trattamento con esketamina – Centro Serenità Milano",
  brochure("it", "Centro Serenità",
           [("Chi siamo", "/chi-siamo"), ("Trattamenti", "/trattamenti"), ("Esketamina", "/esketamina"), ("Équipe", "/equipe"), ("Contatti", "/contatti")],
           "Trattamento con esketamina spray nasale",
           "Ambulatorio di psichiatria a Milano, per adulti con depressione resistente.",
           f"""<section><h2>Che cos'è</h2>
{IT1}
</section>
<section><h2>Come si svolge</h2>
<p>Il percorso inizia con una prima visita psichiatrica (150 &euro;) con il dott. Paolo Ricci o la dott.ssa Elena Fumagalli. Se il trattamento è indicato, le somministrazioni avvengono nel nostro ambulatorio di via Vigevano 22, due volte a settimana nel primo mese, con controllo della pressione e osservazione di due ore da parte di medico e infermiere. Non è possibile guidare nel giorno della seduta.</p>
<p>Prenotazioni: 02 0000 7788 oppure WhatsApp 333 000 4455 (solo per appuntamenti).</p></section>""",
           "<p>Centro Serenità S.r.l. &middot; Via Vigevano 22, 20144 Milano &middot; Direttore sanitario: dott. Paolo Ricci</p>",
           cta=("Prenota una visita", "/prenota")), noise="cookie")

p("h4531", "https://clinicaluz.example/cetamina", "clinic", False, "pt",
  "padded-clinic-plain", "Infusão de cetamina – Clínica Luz",
  plain("Infusão de cetamina para depressão resistente",
        f"""<p><a href="/">Clínica Luz</a> &middot; São Paulo &middot; Rua Joaquim Floriano, 480, 6º andar</p>
{PT1}
<h2>Como funciona na Clínica Luz</h2>
<p>Antes da primeira infusão você passa por consulta com a psiquiatra Dra. Camila Duarte. As infusões são feitas em sala individual pelo anestesiologista Dr. Rafael Menezes (CRM-SP 118204), com monitorização cardíaca e de pressão durante toda a sessão. É preciso vir acompanhado.</p>
<h2>Agendamento</h2>
<p>WhatsApp (11) 3000-4470, de segunda a sexta, das 8h às 18h. Aceitamos reembolso de planos de saúde mediante relatório médico.</p>""",
        "Clínica Luz &middot; Responsável técnico: Dr. Rafael Menezes, CRM-SP 118204"), noise="cookie-pt")

# ================================================================ informational (9)

p("h4532", "https://valleytribune.example/news/2026/11/fake-ketamine-clinics-online", "informational", False, "en",
  "padded-news-wp", "Fake 'ketamine clinics' are shipping vials with no doctor involved, investigators say – Valley Tribune",
  wp("en", "Valley Tribune", "Local news since 1911",
     [("News", "/news"), ("Health", "/health"), ("Business", "/business"), ("Opinion", "/opinion"), ("Obituaries", "/obits"), ("Subscribe", "/subscribe")],
     "Fake 'ketamine clinics' are shipping vials with no doctor involved, investigators say", "November 21, 2026", "Priya Natarajan",
     f"""<p>State investigators say at least a dozen websites posing as ketamine clinics have been shipping injectable ketamine to residents without any medical evaluation, and some of the vials they seized contained no ketamine at all.</p>
<p>One site reviewed by the Tribune advertised "10 vials for $780, no prescription" and offered a 15% discount for paying in Bitcoin. Another promised buyers they could "buy ketamine online in 3 minutes" after a short questionnaire. Emails to both sites went unanswered.</p>
<p>"A real clinic will want to see you, take your blood pressure and talk to your other doctors," said Dr. Lena Ortiz, a psychiatrist at Valley General Hospital who runs its esketamine program. "If the only thing standing between you and a package is a form and a crypto wallet, that is not treatment."</p>
<h2>Background</h2>
{E5}
{E3}
<p>The state Board of Pharmacy asks anyone who bought from such a site to report it and to keep the packaging.</p>""",
     sidebar_extra='<section class="widget"><h2 class="widget-title">Most read</h2><ol><li>School board delays vote on bus routes</li><li>Water main break closes Fifth Avenue</li><li>High school robotics team heads to nationals</li></ol></section>',
     recent=["County opens second warming center", "Hospital expands mental health unit", "Farmers market moves indoors for winter"],
     cats=["Health", "Crime &amp; Courts"]), noise="cookie")

p("h4533", "https://medwiki.example/wiki/Ketamine", "informational", False, "en",
  "padded-encyclopedia-plain", "Ketamine – MedWiki",
  plain("Ketamine",
        f"""<p class="hatnote">From MedWiki, the free medical encyclopedia. For the nasal spray, see <a href="/wiki/Esketamine">Esketamine</a>.</p>
<table class="infobox"><tr><th colspan="2">Ketamine</th></tr>
<tr><td>Trade names</td><td>Ketalar, Ketaset, others</td></tr>
<tr><td>Routes</td><td>Intravenous, intramuscular, intranasal, oral, sublingual</td></tr>
<tr><td>Drug class</td><td>NMDA receptor antagonist; general anesthetic</td></tr>
<tr><td>Legal status</td><td>US: Schedule III; UK: Class B; DE: Rx-only</td></tr>
<tr><td>Elimination half-life</td><td>2.5&ndash;3 hours</td></tr>
<tr><td>Formula</td><td>C<sub>13</sub>H<sub>16</sub>ClNO</td></tr></table>
<div class="toc"><b>Contents</b><ol><li>Medical uses</li><li>Mechanism of action</li><li>Esketamine</li><li>Adverse effects</li><li>History</li><li>Research</li><li>References</li></ol></div>
<h2>Medical uses</h2>
{E1}
<h2>Mechanism of action</h2>
{E2}
<h2>Esketamine</h2>
{E3}
<h2>Adverse effects</h2>
{E4}
<h2>History</h2>
{E5}
<h2>Research</h2>
{E6}
<h2>References</h2>
<ol class="references"><li>Berman RM, Cappiello A, Anand A, et al. Antidepressant effects of ketamine in depressed patients. <i>Biol Psychiatry</i>. 2000;47(4):351&ndash;354.</li>
<li>Anand A, Mathew SJ, Sanacora G, et al. Ketamine versus ECT for nonpsychotic treatment-resistant major depression. <i>N Engl J Med</i>. 2023;388:2315&ndash;2325.</li>
<li>Domino EF. Taming the ketamine tiger. <i>Anesthesiology</i>. 2010;113(3):678&ndash;684.</li></ol>
<p class="catlinks">Categories: Dissociative drugs | General anesthetics | NMDA receptor antagonists | World Health Organization essential medicines</p>""",
        "This page was last edited on 30 November 2026. Text is available under the Creative Commons Attribution-ShareAlike License."))

p("h4534", "https://riverbend-books.example/shop/product/ketamine-and-the-mind-hardcover", "informational", False, "en",
  "bookshop-product-shop", "Ketamine and the Mind: A Clinician's Guide (Hardcover) – Riverbend Books",
  shop("en", "Riverbend Books", "Free shipping on orders over $35 &middot; Order online, pick up in store on Main Street",
       [("New releases", "/shop/new"), ("Fiction", "/shop/fiction"), ("Health &amp; Psychology", "/shop/health"), ("Kids", "/shop/kids"), ("Events", "/events"), ("Gift cards", "/shop/gift-cards")],
       f"""<div class="product">
<h1>Ketamine and the Mind: A Clinician's Guide</h1>
<p class="byline">by Dr. Helen Marsh &middot; Hardcover &middot; 312 pages &middot; Harbor Lane Press, 2026</p>
<p class="price">$29.95</p>
<p class="stock">In stock at Main Street &middot; Ships in 1&ndash;2 days</p>
<button class="add-to-cart">Add to cart</button> <button class="wishlist">Add to wishlist</button>
</div>
<section class="description"><h2>About this book</h2>
<p>A practising psychiatrist explains, for patients and families as much as for colleagues, what ketamine and esketamine treatment involves, who it helps, and what is still unknown. From the introduction:</p>
{E1}
<p>From the final chapter:</p>
{E6}
<p><b>Staff pick</b> &ndash; "Clear, careful and refreshingly free of hype." &ndash; Tomas, Riverbend Books</p></section>""",
       2, "$41.90",
       "<p>Riverbend Books &middot; 118 Main Street &middot; Independent since 1987 &middot; Open daily 10&ndash;7</p>",
       pay=["Visa", "Mastercard", "PayPal", "Gift card"]))

p("h4535", "https://safernights.example/drugs/ketamine", "informational", False, "en",
  "padded-harm-reduction-messy", "Ketamine – SaferNights drug info",
  messy("en", "SaferNights",
        [("Drug info", "/drugs"), ("Drug checking", "/checking"), ("Alerts", "/alerts"), ("Get support", "/support"), ("Donate", "/donate")],
        f"""<article class="druginfo"><h1>Ketamine</h1>
<p class="aka">Also called: K, Ket, Special K, Vitamin K, Donkey Dust</p>
<h2>What it is</h2>
{E1}
<h2>Effects and risks</h2>
{E4}
<h2>If you choose to use</h2>
<ul><li>Start with a very small amount and wait; effects can take 10&ndash;15 minutes by nose.</li><li>Don't mix with alcohol, GHB/GBL, benzos or opioids &ndash; this is where most serious harm happens.</li><li>Use with people you trust and sit or lie down somewhere safe.</li><li>Pain when peeing or blood in your urine is a warning sign: stop and see a doctor.</li></ul>
<h2>Get your drugs checked</h2>
<p>Our free, confidential drug-checking pop-up runs every Friday 8pm&ndash;midnight at the Old Mill Community Hall. Recent samples sold as ketamine contained 2-FDCK and, in two cases, PMA. Results are posted on our <a href="/alerts">alerts page</a>.</p>
</article>""",
        news_h="Get drug alerts by email", news_p="We send an alert when something dangerous is found in our area.",
        foot="<p>SaferNights is a registered charity. We don't sell or supply drugs. In an emergency call 911.</p>"))

p("h4536", "https://health-regulator.test/safety/alerts/ketamine-online", "informational", False, "en",
  "regulator-warning-excerpt",
  "", """The Health Products Regulator is warning consumers not to buy ketamine or esketamine from websites that sell without a prescription or approve orders after a short online questionnaire. Products bought this way may be counterfeit, contaminated or wrongly dosed. Report suspicious sites at health-regulator.test/report.""", ext="txt")

p("h4537", "https://cedar-hollow-recovery.example/addiction/ketamine", "informational", False, "en",
  "padded-rehab-brochure", "Ketamine Addiction Treatment | Cedar Hollow Recovery",
  brochure("en", "Cedar Hollow Recovery",
           [("Treatment programs", "/programs"), ("Substances", "/addiction"), ("Insurance", "/insurance"), ("Admissions", "/admissions"), ("Family", "/family")],
           "Ketamine addiction treatment",
           "Medically supervised detox, residential and outpatient care for ketamine use disorder. Admissions team available 24/7.",
           f"""<section><h2>Understanding ketamine</h2>
{E1}
{E5}
<h2>Physical and mental effects of ongoing use</h2>
{E4}
<p>People who use ketamine heavily often describe needing more to feel the same effect, bladder pain, memory problems and difficulty stopping despite wanting to.</p></section>
<section><h2>How we help</h2>
<ul><li>Medical detox with 24-hour nursing</li><li>30-, 60- and 90-day residential programs</li><li>Intensive outpatient (IOP) three evenings a week</li><li>Urology referral for bladder damage</li><li>Family program every Saturday</li></ul>
<p>Cedar Hollow does not provide ketamine therapy. If you are receiving ketamine treatment for depression and are worried about your use, talk to your prescriber and call us.</p></section>""",
           "<p>Cedar Hollow Recovery &middot; Joint Commission accredited &middot; 24/7 admissions (555) 019-3300</p>",
           cta=("Verify your insurance", "/insurance")), noise="cookie")

p("h4538", "https://diariosalud.example/2026/12/esketamina-financiacion", "informational", False, "es",
  "padded-news-messy", "Sanidad amplía la financiación de la esketamina para la depresión resistente – Diario Salud",
  messy("es", "Diario Salud",
        [("Actualidad", "/actualidad"), ("Salud mental", "/salud-mental"), ("Farmacia", "/farmacia"), ("Opinión", "/opinion"), ("Suscríbete", "/suscripcion")],
        f"""<article class="noticia"><p class="antetitulo">SALUD MENTAL</p>
<h1>Sanidad amplía la financiación de la esketamina para la depresión resistente</h1>
<p class="firma">Por Carmen Ruiz &middot; Madrid &middot; 4 de diciembre de 2026</p>
<p class="entradilla">Los hospitales podrán prescribir el espray nasal a más pacientes a partir de enero, aunque los psiquiatras advierten de que faltan salas y personal para administrarlo.</p>
<p>La medida amplía los criterios de acceso a pacientes que no hayan respondido a dos antidepresivos. "El cuello de botella no es el fármaco, es la sala: cada paciente necesita dos horas de observación", explica la doctora Inés Salvatierra, jefa de psiquiatría de un hospital madrileño.</p>
{ES2}
<p>Las asociaciones de pacientes piden además que se informe de los riesgos de comprar el producto fuera del circuito sanitario.</p>
</article>""",
        news_h="La newsletter de Diario Salud", news_p="Las noticias de salud más importantes, cada mañana.",
        foot="<p>Diario Salud &middot; Información sanitaria independiente.</p>"))

p("h4539", "https://revue-psychiatrie.example/article/2026-114", "informational", False, "fr",
  "research-abstract-excerpt",
  "", """Dans cet essai randomisé multicentrique (6 centres, 142 patients), la kétamine intraveineuse a été comparée au midazolam chez des adultes souffrant de dépression résistante. À J7, le taux de réponse était de 46 % dans le groupe kétamine contre 19 % dans le groupe contrôle ; l'effet n'était plus significatif à J28.""", ext="txt")

p("h4540", "https://zorgwijzer-ggz.example/behandelaars/esketamine", "informational", False, "nl",
  "padded-directory-brochure", "Esketamine-behandelaars in Nederland – ZorgWijzer GGZ",
  brochure("nl", "ZorgWijzer GGZ",
           [("Zoek een behandelaar", "/zoeken"), ("Behandelingen", "/behandelingen"), ("Vergoedingen", "/vergoedingen"), ("Over ons", "/over-ons")],
           "Esketamine-behandelaars in Nederland",
           "Een overzicht van ziekenhuizen en GGZ-instellingen die esketamine of ketamine aanbieden bij therapieresistente depressie.",
           f"""<section><h2>Wat is het?</h2>
{NL1}
</section>
<section><h2>5 behandelaars gevonden</h2>
<ul class="results"><li><b>Polikliniek Psychiatrie, Noordwest Medisch Centrum</b> &ndash; Alkmaar &middot; verwijzing nodig &middot; wachttijd ca. 10 weken</li>
<li><b>GGZ Rivierenland, afdeling Stemmingsstoornissen</b> &ndash; Tiel &middot; verwijzing nodig &middot; wachttijd ca. 14 weken</li>
<li><b>Universitair Centrum Psychiatrie</b> &ndash; Groningen &middot; alleen via behandelaar &middot; wachttijd onbekend</li>
<li><b>Stadsziekenhuis Zuid, dagbehandeling</b> &ndash; Rotterdam &middot; verwijzing nodig &middot; wachttijd ca. 8 weken</li>
<li><b>Kempen GGZ</b> &ndash; Eindhoven &middot; verwijzing nodig &middot; wachttijd ca. 12 weken</li></ul>
<p>ZorgWijzer is een onafhankelijke vergelijkingssite. Wij geven geen medisch advies en ontvangen geen vergoeding van de vermelde instellingen. Bespreek behandelopties altijd met uw huisarts of psychiater.</p></section>""",
           "<p>ZorgWijzer GGZ &middot; Stichting Onafhankelijke Zorginformatie &middot; Utrecht</p>"), noise="cookie-nl")

save(OUT, R)
