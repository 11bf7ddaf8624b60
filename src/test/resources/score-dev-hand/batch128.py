# Batch 128 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Pages that barely say what they sell". Sellers whose page never or barely names the drug:
# a crypto checkout page, an emoji dealer menu, link-in-bio pages, a fake "auto-approval" telehealth
# payment page, an RC shop's shipping FAQ, thin product grids of analogues, Telegram pinned posts, a
# bot-check wall (url-only), a WhatsApp party-delivery menu, a German payment/shipping page, a French
# RC shop FAQ. Next to them, telehealth services' and clinics' own billing, shipping, FAQ, contact and
# booking pages that hardly name the treatment, and equally thin informational pages (harm-reduction
# quick facts, a drug-checking booking page, payment-processor and courier help centres, counselling
# contact page, news briefs and a forum excerpt that quote dealers' menus).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, footers), medium pages, short pages,
# navigation-heavy pages (link-in-bio, locations, booking), partial pages, and plain-text excerpts
# (ext="txt": emoji menu, pinned posts, help article, forum thread).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch128.py (writes batch128/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch128")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h12801", "https://nordcrystal-supply.example/checkout/payment?order=58213", "seller", True, "en",
  "checkout-crypto-payment", "Checkout - Payment | NCS", """
<header class="checkout-header">
<a class="logo" href="/">NCS <small>Nordic Crystal Supply</small></a>
<ol class="steps"><li class="done">Cart</li><li class="done">Shipping</li><li class="active">Payment</li><li>Done</li></ol>
<span class="secure">&#128274; Secure checkout</span>
</header>
<main class="checkout">
<section class="order-summary">
<h2>Order #58213</h2>
<table>
<tr><td>1 &times; K-Crystal (shards) &ndash; 5 g</td><td>&euro;135.00</td></tr>
<tr><td>1 &times; K-Crystal (needle) &ndash; 1 g sample</td><td>&euro;0.00 <small>first order gift</small></td></tr>
<tr><td>Stealth shipping (vacuum sealed, tracked, EU)</td><td>&euro;15.00</td></tr>
<tr><td>Monero discount (&minus;5%)</td><td>&minus;&euro;7.50</td></tr>
<tr class="total"><td>Total</td><td>&euro;142.50</td></tr>
</table>
<p class="ship-to">Ship to: the name and address you entered will be deleted 14 days after delivery.</p>
</section>
<section class="payment-methods">
<h2>Choose payment method</h2>
<label><input type="radio" name="pm" checked> Monero (XMR) &ndash; recommended, 5% off</label>
<label><input type="radio" name="pm"> Bitcoin (BTC)</label>
<label><input type="radio" name="pm"> Litecoin (LTC)</label>
<div class="pay-box">
<p>Send <strong>exactly 0.8412 XMR</strong> to the address below. The address is valid for this order only.</p>
<code>84Lx9Qv2m...tQe7W</code>
<img src="/qr/58213.png" alt="QR code">
<p class="timer">Time left: <span>59:41</span></p>
<ul>
<li>Orders that are not paid within 60 minutes are cancelled automatically.</li>
<li>Do not send from an exchange account. Use your own wallet.</li>
<li>Never put product names in any note, memo or message.</li>
<li>Underpaid orders are held until the difference is sent.</li>
</ul>
</div>
</section>
<aside class="help">
<h3>Need help?</h3>
<p>Our support answers on Session and Threema within 12 hours. Your order number is your only identifier &ndash; we never ask for your name in chat.</p>
</aside>
</main>
<footer>
<p><a href="/shipping">Shipping &amp; reship policy</a> &middot; <a href="/faq">FAQ</a> &middot; <a href="/pgp">PGP key</a> &middot; <a href="/mirrors">Mirrors</a></p>
<p>&copy; NCS. All items are sold as collectible mineral specimens.</p>
</footer>
""")

p("h12802", "https://snap-stories-archive.example/u/southside.kandy/story/2211", "seller", True, "en",
  "emoji-menu-snippet", "southside.kandy story", """
\U0001F6A8 MENU UPDATED \U0001F6A8 new batch just landed

\U0001F434 pink horse (proper shards not powder) 1g 30 / 3.5 80 / 7 140
\U0001F434 white horse 1g 25 / 5g 100
\U0001F36C sweets (Tesla blue) 3 for 20 / 10 for 50
\U0001F33F green \U0001F33F ask

\U0001F4CD SE london + croydon, drops til 2am
\U0001F697 min order 40, 80+ free drop
\U0001F4F2 signal / tg in bio, don't message on here
\u274C no tick lists \u274C no timewasters \u274C don't ask for "tasters"

screenshot this, story goes in 24h \U0001F440
""", ext="txt")

p("h12803", "https://linkbio.example/kittycrystals", "seller", True, "en",
  "link-in-bio", "kittycrystals | linkbio", """
<main class="linkbio">
<img class="avatar" src="/avatars/kittycrystals.png" alt="cartoon cat with a unicorn horn">
<h1>@kittycrystals</h1>
<p class="bio">\U0001F984\U0001F48E the cleanest kitty in the EU &bull; lab tested shards &bull; ships from NL &bull; BTC / XMR / cash-in-mail &bull; 18+ only</p>
<ul class="links">
<li><a href="https://t.example/kittymenu">\U0001F6D2 MENU (updated every Monday)</a></li>
<li><a href="https://t.example/kittycrystals_order">\U0001F4AC Order on Telegram</a></li>
<li><a href="https://linkbio.example/kittycrystals/stealth">\U0001F4E6 Stealth &amp; shipping times</a></li>
<li><a href="https://t.example/kittyvouches">\u2B50 Vouches (400+)</a></li>
<li><a href="https://t.example/kittybackup">\U0001F510 Backup channel (join in case we get banned)</a></li>
<li><a href="https://linkbio.example/kittycrystals/test">\U0001F9EA Reagent test pics (Mandelin / Morris)</a></li>
</ul>
<p class="small">5g+ = free reship if lost. 25g+ wholesale pricing, DM.</p>
<footer><a href="https://linkbio.example">Make your own free link page</a> &middot; <a href="https://linkbio.example/report">Report</a></footer>
</main>
""")

p("h12804", "https://calmwave-rx-direct.example/checkout/pay?plan=reset-10", "seller", True, "en",
  "fake-telehealth-auto-approval-payment", "Complete your order - CalmWave Rx", """
<header><a class="logo" href="/">CalmWave <sup>Rx</sup></a><span class="badge">&#10003; HIPAA secure</span></header>
<main>
<div class="approved">
<h1>&#127881; Good news, you're approved!</h1>
<p>Your wellness questionnaire was reviewed and approved in <strong>58 seconds</strong>. No video visit, no waiting room, no awkward calls.</p>
</div>
<section class="plan">
<h2>Your plan: Mood Reset 10</h2>
<ul>
<li>10 rapid-dissolve tablets (150 mg)</li>
<li>Discreet box, ships within 24 hours</li>
<li>Refill on autopilot every 30 days &ndash; cancel any time</li>
</ul>
<p class="price"><s>$349</s> <strong>$229</strong> today</p>
</section>
<section class="pay">
<h2>Payment</h2>
<label><input type="radio" name="pay" checked> Credit / debit card</label>
<label><input type="radio" name="pay"> Gift card (Apple, Amazon, Steam) &ndash; <em>extra 10% off</em></label>
<label><input type="radio" name="pay"> Zelle / Cash App</label>
<p class="note">If your card is declined, that's normal for wellness purchases &ndash; choose gift card and send the codes to our billing team on WhatsApp +1 (302) 555-0188.</p>
<button>Pay $229 and ship my order</button>
</section>
<p class="fine">*Tablets contain racemic ketamine HCl compounded for your personal use. By paying you confirm you are over 18 and the answers you gave are true. Results may vary. Statements not evaluated by the FDA.</p>
</main>
<footer>&copy; 2026 CalmWave Rx &middot; <a href="/terms">Terms</a> &middot; <a href="/refunds">No-refund policy</a></footer>
""")

p("h12805", "https://rc-labdirect.example/pages/shipping-faq", "seller", True, "en",
  "rc-shop-shipping-faq", "Shipping & FAQ - LabDirect", """
<header class="site">
<div class="announce">&#9888; Summer holidays: orders placed after 14:00 CET ship next working day</div>
<a class="logo" href="/">LabDirect <small>research compounds since 2015</small></a>
<nav><a href="/collections/all">Shop</a> <a href="/collections/new">New</a> <a href="/collections/bestsellers">Bestsellers</a> <a href="/pages/coa">COAs</a> <a href="/pages/shipping-faq" class="active">Shipping &amp; FAQ</a> <a href="/account">Account</a> <a href="/cart">Cart (0)</a></nav>
</header>
<main class="page">
<h1>Shipping &amp; FAQ</h1>
<h2>Where do you ship from?</h2>
<p>All orders leave our warehouse inside the EU. We ship to all EU countries, the UK, Norway and Switzerland. We do not ship to the USA, Australia, Sweden or Finland.</p>
<h2>How is my order packed?</h2>
<p>Every product is heat-sealed in a smell-proof mylar bag, then placed in a plain padded envelope or a small box. There is no company name, logo or product description on the outside. The return address is a private person.</p>
<h2>What if customs seize my parcel?</h2>
<p>Send us a photo of the customs letter (blank out your name) and we reship once, free of charge. Second seizures to the same address get 50% store credit. For the UK we recommend choosing the "double stealth" option at checkout.</p>
<h2>How long does delivery take?</h2>
<table><tr><th>Destination</th><th>Tracked</th><th>Untracked</th></tr>
<tr><td>Germany, NL, BE</td><td>2&ndash;3 days</td><td>3&ndash;5 days</td></tr>
<tr><td>Rest of EU</td><td>3&ndash;6 days</td><td>5&ndash;10 days</td></tr>
<tr><td>UK, CH, NO</td><td>5&ndash;8 days</td><td>not available</td></tr></table>
<h2>How do I pay?</h2>
<p>Bank transfer (SEPA), Bitcoin, Litecoin and Monero. Crypto orders get 10% off. Please put only your order number as the transfer reference.</p>
<h2>Are your products for human use?</h2>
<p>No. All products are sold as reference material for laboratory research only and are not for human consumption. We will cancel orders from customers who mention consumption in emails or reviews.</p>
</main>
<aside class="sidebar">
<h3>Bestsellers</h3>
<ul><li><a href="/products/2f-dck-pellets-50mg">2F-DCK pellets 50 mg</a></li><li><a href="/products/dck-crystal">DCK crystal</a></li><li><a href="/products/3-meo-pce">3-MeO-PCE</a></li><li><a href="/products/flubromazepam-pellets">Flubromazepam pellets</a></li></ul>
</aside>
<footer>
<p>LabDirect &middot; <a href="/pages/terms">Terms</a> &middot; <a href="/pages/privacy">Privacy</a> &middot; <a href="/pages/contact">Contact (e-mail / PGP)</a></p>
<p>Payment methods: SEPA &middot; BTC &middot; LTC &middot; XMR</p>
</footer>
""", noise="cookie")

p("h12806", "https://ukchemsupply.example/collections/arylcyclohexylamines", "seller", True, "en",
  "product-grid-analogues", "Arylcyclohexylamines - UK Chem Supply", """
<nav class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/collections/dissociatives">Dissociatives</a> &rsaquo; Arylcyclohexylamines</nav>
<h1>Arylcyclohexylamines</h1>
<p class="count">6 products &middot; Sort by: <a href="?sort=best">Best selling</a></p>
<div class="grid">
<div class="card"><img src="/p/2fdck.jpg" alt=""><h3>2-FDCK Crystal</h3><p>from &pound;18.00</p><button>Add to cart</button></div>
<div class="card"><img src="/p/dck.jpg" alt=""><h3>Deschloroketamine (DCK)</h3><p>from &pound;22.00</p><button>Add to cart</button></div>
<div class="card sold-out"><img src="/p/mxe.jpg" alt=""><h3>MXE</h3><p>&pound;35.00</p><span class="badge">Sold out</span></div>
<div class="card"><img src="/p/opce.jpg" alt=""><h3>O-PCE</h3><p>from &pound;24.00</p><button>Add to cart</button></div>
<div class="card"><img src="/p/fxe.jpg" alt=""><h3>FXE Pellets 20 mg</h3><p>&pound;1.20 / pellet</p><button>Add to cart</button></div>
<div class="card"><img src="/p/sampler.jpg" alt=""><h3>Dissociative sampler (3 &times; 250 mg)</h3><p>&pound;25.00</p><button>Add to cart</button></div>
</div>
<p class="disclaimer">Not for human consumption. Research use only. Buyers must be 18+.</p>
""")

p("h12807", "https://t.example/s/horsestable_mcr", "seller", True, "en",
  "telegram-pinned-post", "Horse Stable MCR - Telegram", """
\U0001F4CC Pinned message

WELCOME TO THE STABLE \U0001F434\U0001F434

read this before you msg or you get blocked:

1. menu is the 2nd pin. prices don't change, don't haggle
2. we drop in Manchester city centre, Salford, Stretford, Chorlton. outside that = +£10
3. min order 1 bag of hay (that's 1g for the new people \U0001F602)
4. pay cash on drop OR bank transfer BEFORE. reference = your first name ONLY. if you write anything else in the reference you're blocked
5. never say the word in chat. it's "hay" or "horse", nothing else
6. new customers need a vouch from someone in here
7. we don't sell to under 18s, don't even try

opening hours 12pm - 3am every day \U0001F319
backup channel in bio in case this one gets nuked
""", ext="txt")

p("h12808", "https://buyketamine-nodoctor.example/shop/ketamine-hcl-crystal-25g/", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="challenge">
<h1>buyketamine-nodoctor.example</h1>
<h2>Checking if the site connection is secure</h2>
<p>buyketamine-nodoctor.example needs to review the security of your connection before proceeding.</p>
<noscript><p>Enable JavaScript and cookies to continue</p></noscript>
<p class="ray">Ray ID: 8f1a2c3d4e5b6a70 &middot; Performance &amp; security by an edge provider</p>
</div>
""")

p("h12809", "https://fiestaexpress-mad.example/carta", "seller", True, "es",
  "delivery-menu-whatsapp", "La Carta - Fiesta Express Madrid", """
<header>
<a class="logo" href="/">Fiesta Express &#127881; <small>Madrid centro &middot; 24h</small></a>
<nav><a href="/">Inicio</a> <a href="/carta" class="active">La carta</a> <a href="/zonas">Zonas de reparto</a> <a href="/como-pedir">C&oacute;mo pedir</a></nav>
</header>
<main>
<h1>La carta de esta semana</h1>
<p class="intro">Todo llega en moto en menos de 45 minutos dentro de la M-30. Nada de nombres por chat: pide por n&uacute;mero.</p>
<div class="menu">
<div class="item"><span class="n">#1</span> &#129412; Unicornio (keta cristal) &ndash; 1 g 35&euro; &middot; 3 g 90&euro;</div>
<div class="item"><span class="n">#2</span> &#10052;&#65039; Nieve premium &ndash; 0,5 g 40&euro; &middot; 1 g 70&euro;</div>
<div class="item"><span class="n">#3</span> &#128138; Caramelos (pastillas) &ndash; 3 por 25&euro;</div>
<div class="item"><span class="n">#4</span> &#127864; Pack after: #1 + 2 caramelos &ndash; 55&euro;</div>
<div class="item"><span class="n">#5</span> Papelinas, bolsitas y mechero &ndash; regalo con pedidos de 50&euro;</div>
</div>
<h2>&iquest;C&oacute;mo pedir?</h2>
<ol><li>Escr&iacute;benos por WhatsApp al +34 611 55 02 19 solo con el n&uacute;mero del producto y tu calle.</li><li>Te confirmamos hora y precio final.</li><li>Pagas en efectivo al repartidor o por Bizum (concepto: &laquo;cena&raquo;).</li></ol>
<p class="warn">Pedido m&iacute;nimo 35&euro;. No servimos a menores. Fuera de la M-30 consulta suplemento.</p>
</main>
<footer>&copy; Fiesta Express &middot; Servicio de reparto para fiestas privadas</footer>
""", noise="cookie-es")

p("h12810", "https://kristallwerk-shop.example/zahlung-versand", "seller", True, "de",
  "shop-payment-shipping-page", "Zahlung & Versand | Kristallwerk", """
<header class="kopf">
<div class="hinweis">Gratis Versand ab 100 &euro; &middot; Nachversand bei Verlust &middot; Kundensupport per Threema</div>
<a class="logo" href="/">Kristallwerk</a>
<nav><a href="/sortiment">Sortiment</a> <a href="/sortiment/dissoziativa">Dissoziativa</a> <a href="/sortiment/stimulanzien">Stimulanzien</a> <a href="/sortiment/neu">Neu</a> <a href="/zahlung-versand" class="aktiv">Zahlung &amp; Versand</a> <a href="/faq">FAQ</a> <a href="/warenkorb">Warenkorb</a></nav>
</header>
<main>
<h1>Zahlung &amp; Versand</h1>
<h2>Zahlungsarten</h2>
<ul>
<li><strong>Monero (XMR)</strong> &ndash; bevorzugt, 7 % Rabatt</li>
<li><strong>Bitcoin (BTC)</strong> &ndash; 5 % Rabatt, bitte On-Chain, kein Lightning</li>
<li><strong>Bargeld im Brief</strong> &ndash; nur Euro, nur Einschreiben, auf eigenes Risiko</li>
</ul>
<p>Bank&uuml;berweisung und PayPal bieten wir aus bekannten Gr&uuml;nden nicht an.</p>
<h2>Versand</h2>
<p>Wir versenden innerhalb von 24 Stunden nach Zahlungseingang aus einem EU-Land. Jede Ware wird doppelt vakuumiert und in einem neutralen Umschlag ohne Absenderfirma verschickt. Auf dem Umschlag steht nie, was drin ist.</p>
<table><tr><th>Ziel</th><th>Laufzeit</th><th>Preis</th></tr>
<tr><td>Deutschland</td><td>1&ndash;3 Tage</td><td>9 &euro;</td></tr>
<tr><td>&Ouml;sterreich</td><td>2&ndash;4 Tage</td><td>12 &euro;</td></tr>
<tr><td>Schweiz</td><td>auf Anfrage</td><td>&ndash;</td></tr></table>
<h2>Nachversand</h2>
<p>Kommt eine Sendung nicht an oder wird sie vom Zoll einbehalten, versenden wir einmalig kostenlos neu. Ab 10 g K-Kristall ist der Nachversand unbegrenzt.</p>
<h2>Packstation</h2>
<p>Lieferung an Packstationen ist m&ouml;glich und wird von uns empfohlen. Bitte keine Klarnamen verwenden, ein Spitzname auf dem Briefkasten reicht.</p>
</main>
<footer><a href="/impressum">Impressum</a> &middot; <a href="/pgp">PGP-Schl&uuml;ssel</a> &middot; Alle Artikel sind Sammlerst&uuml;cke und nicht zum Verzehr bestimmt.</footer>
""", noise="cookie-de")

p("h12811", "https://chimie-recherche-fr.example/faq", "seller", True, "fr",
  "rc-shop-faq", "FAQ - Chimie Recherche", """
<header><a class="logo" href="/">Chimie Recherche</a>
<nav><a href="/boutique">Boutique</a> <a href="/boutique/nouveautes">Nouveaut&eacute;s</a> <a href="/faq" class="actif">FAQ</a> <a href="/contact">Contact</a> <a href="/panier">Panier</a></nav></header>
<main>
<h1>Questions fr&eacute;quentes</h1>
<details open><summary>Vos produits sont-ils destin&eacute;s &agrave; la consommation&nbsp;?</summary>
<p>Non. Tous nos produits sont vendus exclusivement comme &eacute;talons de recherche, non destin&eacute;s &agrave; la consommation humaine ou animale.</p></details>
<details open><summary>Quand la 2-FDCK sera-t-elle de nouveau en stock&nbsp;?</summary>
<p>Un nouveau lot est attendu fin du mois. En attendant, la DCK en cristaux est disponible en 1, 5 et 10 g. Inscrivez-vous &agrave; l'alerte stock sur la fiche produit.</p></details>
<details><summary>Comment payer&nbsp;?</summary>
<p>Virement SEPA, Bitcoin, Monero ou coupons Transcash / PCS (envoyez le code par e-mail avec votre num&eacute;ro de commande). Les paiements par carte ne sont plus possibles.</p></details>
<details><summary>Comment mon colis est-il emball&eacute;&nbsp;?</summary>
<p>Sachet scell&eacute; anti-odeur, enveloppe neutre, exp&eacute;dition depuis les Pays-Bas. Aucune mention de notre nom sur le colis.</p></details>
<details><summary>Mon colis a &eacute;t&eacute; saisi par la douane, que faire&nbsp;?</summary>
<p>Nous r&eacute;exp&eacute;dions une fois gratuitement sur pr&eacute;sentation du courrier des douanes. Ne signez rien avant de nous contacter.</p></details>
<details><summary>Livrez-vous en Belgique et en Suisse&nbsp;?</summary>
<p>Belgique oui. Suisse uniquement en envoi non suivi, sans r&eacute;exp&eacute;dition.</p></details>
</main>
<footer>Chimie Recherche &middot; Vente r&eacute;serv&eacute;e aux professionnels et aux majeurs &middot; <a href="/cgv">CGV</a></footer>
""", noise="cookie-fr")

p("h12812", "https://dissolab.example/categorie/dissociatieven", "seller", True, "nl",
  "product-grid-nl", "Dissociatieven - DissoLab", """
<nav class="kruimel"><a href="/">Home</a> &rsaquo; Dissociatieven</nav>
<h1>Dissociatieven</h1>
<p>5 producten &middot; gratis verzending binnen NL vanaf &euro;50</p>
<ul class="producten">
<li><h2>Deschloroketamine (DCK) &ndash; kristal</h2><p>1 gram &euro;17,50 &middot; 5 gram &euro;70,00</p><a href="/winkelwagen/add/41">In winkelwagen</a></li>
<li><h2>2-FDCK &ndash; poeder</h2><p>1 gram &euro;15,00 &middot; 5 gram &euro;60,00</p><a href="/winkelwagen/add/42">In winkelwagen</a></li>
<li><h2>2-FDCK pellets 30 mg</h2><p>10 stuks &euro;12,00</p><a href="/winkelwagen/add/43">In winkelwagen</a></li>
<li><h2>Methoxetamine (MXE)</h2><p>Tijdelijk uitverkocht</p><a href="/alert/44">Mail mij</a></li>
<li><h2>Proefpakket &lsquo;K-serie&rsquo;</h2><p>3 &times; 250 mg &euro;19,95</p><a href="/winkelwagen/add/45">In winkelwagen</a></li>
</ul>
<p class="klein">Uitsluitend voor laboratoriumonderzoek. Niet voor menselijke consumptie. Betalen met iDEAL, Bitcoin of Monero. Discrete verpakking.</p>
""", noise="cookie-nl")

p("h12813", "https://linksnabio.example/cavalinho.vet", "seller", True, "pt",
  "link-in-bio-pt", "cavalinho.vet | links na bio", """
<main class="bio">
<img class="foto" src="/a/cavalinho.png" alt="desenho de um cavalo">
<h1>@cavalinho.vet \U0001F434\U0001F489</h1>
<p>produto veterin&aacute;rio ORIGINAL lacrado &bull; frasco 10 ml e 50 ml &bull; sem receita &bull; envio discreto p/ todo Brasil &bull; Pix ou cripto</p>
<ul>
<li><a href="https://wa.example/5511955550123">\U0001F4AC Chama no zap (pedidos)</a></li>
<li><a href="https://linksnabio.example/cavalinho.vet/tabela">\U0001F4B2 Tabela de pre&ccedil;os</a></li>
<li><a href="https://linksnabio.example/cavalinho.vet/entregas">\U0001F4E6 Prazos de entrega (Sedex / motoboy SP)</a></li>
<li><a href="https://t.example/cavalinhoprovas">\u2705 Provas de envio e feedbacks</a></li>
<li><a href="https://t.example/cavalinhoreserva">\U0001F6A8 Canal reserva</a></li>
</ul>
<p class="obs">Frasco 50 ml leva p&oacute; de brinde \U0001F381 &middot; revenda com desconto a partir de 5 frascos</p>
</main>
""")

p("h12814", "https://t.example/s/k_milano_official", "seller", True, "it",
  "telegram-pinned-post-it", "K Milano Official - Telegram", """
\U0001F4CC Messaggio fissato

\U0001F434 LISTINO AGGIORNATO \U0001F434

\U0001F48E keta cristalli bianchi
1g 40\u20ac | 3g 100\u20ac | 5g 150\u20ac | 10g 270\u20ac

\U0001F338 keta rosa (quantità limitate)
1g 50\u20ac | 5g 200\u20ac

\U0001F69A consegne a mano Milano città (Navigli, Isola, Città Studi) dalle 18 alle 02
\U0001F4E6 spedizioni in tutta Italia in busta anonima, 48h, tracciata
\U0001F4B3 pagamento: ricarica Postepay, crypto (USDT/BTC) o contanti alla consegna

\u26A0\uFE0F scrivete SOLO in privato al bot, mai nel gruppo
\u26A0\uFE0F niente foto, niente vocali
\u26A0\uFE0F se il canale salta, ci trovate nel canale di riserva (link in bio)
""", ext="txt")

# ---------------------------------------------------------------- telehealth (9)

p("h12815", "https://evenkeel-health.example/pricing-and-billing", "telehealth", False, "en",
  "telehealth-billing-page", "Pricing & Billing | Even Keel Health", """
<header class="site-header">
<a class="logo" href="/">Even Keel <span>Health</span></a>
<nav><a href="/how-it-works">How it works</a> <a href="/conditions">Conditions we treat</a> <a href="/clinicians">Our clinicians</a> <a href="/pricing-and-billing" class="active">Pricing</a> <a href="/safety">Safety</a> <a href="/faq">FAQ</a> <a class="btn" href="/get-started">Get started</a> <a href="/login">Log in</a></nav>
</header>
<main>
<h1>Simple pricing. No surprises.</h1>
<div class="tiers">
<div class="tier">
<h2>Step 1 &middot; Psychiatric evaluation</h2>
<p class="price">$249 <small>one time</small></p>
<p>A 60-minute live video visit with a board-certified psychiatrist or psychiatric nurse practitioner licensed in your state. We review your history, current medications and your medical records. Not everyone is a good fit &ndash; if your clinician decides our treatment isn't right for you, we refund $100 and share a referral.</p>
</div>
<div class="tier">
<h2>Step 2 &middot; Treatment membership</h2>
<p class="price">$199 <small>/ month</small></p>
<ul>
<li>Medication prescribed by your clinician, if appropriate</li>
<li>Monthly video follow-up plus outcome surveys</li>
<li>Integration sessions with a licensed therapist (2 per month)</li>
<li>Blood pressure cuff and a support person checklist before your first dose</li>
</ul>
</div>
</div>
<h2>When will I be charged?</h2>
<p>The evaluation is charged when you book. The membership is charged only after your clinician has written a prescription. Medication is dispensed by our partner pharmacy, Linden Specialty Compounding, which is licensed in every state we serve and ships only against a valid prescription.</p>
<h2>Insurance, HSA and FSA</h2>
<p>We don't bill insurance directly. You can pay with an HSA or FSA card, and we provide a superbill you can submit for out-of-network reimbursement. Evaluation and follow-up visits are often partially reimbursed; the medication itself usually is not.</p>
<h2>Can I pause or cancel?</h2>
<p>Yes, any time from your account. Your clinician may also pause treatment if monitoring shows it is not safe to continue.</p>
</main>
<footer>
<p>Even Keel Health provides at-home ketamine therapy under the supervision of licensed clinicians. Available in CA, CO, FL, NY, TX and WA.</p>
<p>If you are in crisis call or text 988. &copy; 2026 Even Keel Health, PC &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p>
</footer>
""", noise="cookie")

p("h12816", "https://tranquilpath.example/help/shipping", "telehealth", False, "en",
  "telehealth-shipping-help", "How your medication ships - Tranquil Path Help Center", """
<nav class="help-crumbs"><a href="/help">Help Center</a> &rsaquo; <a href="/help/orders">Orders &amp; delivery</a> &rsaquo; Shipping</nav>
<article>
<h1>How your medication ships</h1>
<p>Your medication can only ship after your prescriber has approved your treatment plan following your video evaluation. Once the prescription is sent, our partner pharmacy prepares your order within 2&ndash;3 business days.</p>
<h2>Delivery</h2>
<ul>
<li>Because this is a Schedule III medication, an adult (21+) must sign for the package. Packages can't be left at the door.</li>
<li>We can't ship to PO boxes, hotels or commercial mail centres, and only to the address on your patient profile.</li>
<li>Your sublingual tablets arrive in a child-resistant container inside a plain box.</li>
<li>We only ship to states where your prescriber is licensed.</li>
</ul>
<h2>Missed delivery?</h2>
<p>The carrier tries twice, then holds the package at the local facility for 5 days. If it's returned to the pharmacy, contact your care team &ndash; we can't re-send a controlled medication without re-verifying your address.</p>
<p class="related">Related: <a href="/help/refills">How refills work</a> &middot; <a href="/help/storage">Storing your medication safely</a></p>
</article>
""")

p("h12817", "https://mindbridge-telepsych.example/faq", "telehealth", False, "en",
  "telepsych-faq-short", "FAQ | MindBridge Telepsychiatry", """
<h1>Frequently asked questions</h1>
<h3>Do you prescribe online?</h3>
<p>Only after a live video evaluation with one of our licensed psychiatrists. We never prescribe from a questionnaire.</p>
<h3>Do you offer esketamine (Spravato)?</h3>
<p>We don't administer it ourselves &ndash; it has to be given in a certified treatment center. If your psychiatrist thinks it's right for you, we refer you to a center near you, send your records and help with prior authorization. You keep seeing us for medication management.</p>
<h3>Do you take insurance?</h3>
<p>Aetna, Cigna, UnitedHealthcare and most BCBS plans. Self-pay visits are $180 (new) and $95 (follow-up).</p>
<p><a href="/book">Book a visit</a></p>
""")

p("h12818", "https://lucenthealth.example/book/intake", "telehealth", False, "en",
  "telehealth-booking-page", "Book your intake visit - Lucent", """
<header><a class="logo" href="/">Lucent</a> <span class="tag">Ketamine-assisted therapy, at home, done carefully.</span>
<nav><a href="/approach">Approach</a> <a href="/team">Team</a> <a href="/pricing">Pricing</a> <a href="/eligibility">Am I eligible?</a> <a href="/login">Patient login</a></nav></header>
<main class="booking">
<ol class="steps"><li class="done">Eligibility</li><li class="active">Choose a time</li><li>Payment</li><li>Confirm</li></ol>
<h1>Book your intake video visit (60 min)</h1>
<p>Your state: <strong>New York</strong> <a href="?change">change</a></p>
<div class="providers">
<div class="prov"><img src="/team/osei.jpg" alt=""><h3>Amara Osei, MD</h3><p>Psychiatry &middot; licensed in NY, NJ, CT</p>
<ul class="slots"><li><button>Tue Dec 15 &middot; 9:00 AM</button></li><li><button>Tue Dec 15 &middot; 1:30 PM</button></li><li><button>Thu Dec 17 &middot; 4:00 PM</button></li></ul></div>
<div class="prov"><img src="/team/reyes.jpg" alt=""><h3>Jordan Reyes, PMHNP-BC</h3><p>Psychiatric nurse practitioner &middot; licensed in NY, FL</p>
<ul class="slots"><li><button>Mon Dec 14 &middot; 6:00 PM</button></li><li><button>Wed Dec 16 &middot; 11:00 AM</button></li></ul></div>
</div>
<p class="note">Have a photo ID, your pharmacy, and a list of current medications ready. Booking is $225; if your clinician decides treatment isn't appropriate, you won't be charged for a membership.</p>
<p class="more"><a href="/book/intake?week=next">Next week &rsaquo;</a></p>
</main>
<footer><a href="/privacy">Privacy</a> &middot; <a href="/hipaa">HIPAA notice</a> &middot; <a href="/contact">Contact</a> &middot; Crisis? Call 988.</footer>
""")

p("h12819", "https://nightingale-care.example/contact", "telehealth", False, "en",
  "telehealth-contact-page", "Contact us - Nightingale Care", """
<main>
<h1>Contact us</h1>
<div class="cols">
<div><h2>Current patients</h2><p>Message your care team in the app or the patient portal. We reply within one business day. For dosing questions, don't take another dose until your clinician answers.</p></div>
<div><h2>Pharmacy &amp; delivery</h2><p>Questions about a shipment from our partner pharmacy: pharmacy@nightingale-care.example or (646) 555-0147, Mon&ndash;Fri 9&ndash;6 ET.</p></div>
<div><h2>New to Nightingale?</h2><p>Start with our free 10-minute eligibility call. Treatment always begins with a video evaluation by a licensed psychiatric clinician.</p><a class="btn" href="/start">Check eligibility</a></div>
</div>
<p class="crisis">Having thoughts of harming yourself? Call or text 988, or go to your nearest emergency room. This inbox is not monitored 24/7.</p>
</main>
<footer>Nightingale Care &middot; virtual psychiatry and at-home KAT &middot; 228 Park Ave S, New York, NY</footer>
""")

p("h12820", "https://help.evenkeel-health.example/articles/how-refills-work", "telehealth", False, "en",
  "help-article-snippet", "How refills work", """
How refills work

Refills are never automatic. Before each new supply, you'll complete your monthly check-in (PHQ-9, GAD-7 and a short side-effect survey) and have a 20-minute video follow-up with your clinician. If your clinician approves, they send the refill to our partner pharmacy and it ships within 3 business days.

If you miss your check-in, we can't send more lozenges until you've been seen. Your clinician may lower your dose, space out sessions or stop treatment if your blood pressure readings, survey answers or side effects are a concern.

Still have questions? Message your care team from the app.
""", ext="txt")

p("h12821", "https://psychiatrie-online-praxis.example/kosten", "telehealth", False, "de",
  "telepsych-costs-page", "Kosten & Zahlung | Psychiatrie Online Praxis", """
<header><a class="logo" href="/">Psychiatrie Online Praxis</a>
<nav><a href="/leistungen">Leistungen</a> <a href="/aerztinnen">&Auml;rztinnen</a> <a href="/ablauf">Ablauf</a> <a href="/kosten" class="aktiv">Kosten</a> <a href="/termin">Termin buchen</a></nav></header>
<main>
<h1>Kosten &amp; Zahlung</h1>
<p>Alle Gespr&auml;che finden per Videosprechstunde &uuml;ber einen zertifizierten Dienst statt. Abgerechnet wird nach der Geb&uuml;hrenordnung f&uuml;r &Auml;rzte (GO&Auml;).</p>
<table>
<tr><td>Erstgespr&auml;ch mit Fach&auml;rztin f&uuml;r Psychiatrie (50 Min.)</td><td>ca. 150 &euro;</td></tr>
<tr><td>Folgetermin (25 Min.)</td><td>ca. 75 &euro;</td></tr>
<tr><td>Befundbericht / Arztbrief</td><td>ca. 40 &euro;</td></tr>
</table>
<p>Privatversicherte reichen die Rechnung bei ihrer Versicherung ein. Gesetzlich Versicherte zahlen selbst. Zahlung per &Uuml;berweisung innerhalb von 14 Tagen nach Rechnungsstellung.</p>
<h2>Und die Behandlung mit Esketamin?</h2>
<p>Wir verschicken kein Esketamin und verordnen es nicht zur Anwendung zu Hause. Kommt nach unserer Diagnostik eine Behandlung mit Esketamin-Nasenspray in Frage, &uuml;berweisen wir Sie an eine unserer Partnerpraxen, in der die Anwendung unter &auml;rztlicher Aufsicht stattfindet. Die Kosten dort rechnet die Partnerpraxis ab.</p>
</main>
<footer><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; In akuten Krisen: 112 oder Telefonseelsorge 0800 111 0 111</footer>
""", noise="cookie-de")

p("h12822", "https://serenamente-telesalud.example/preguntas-frecuentes", "telehealth", False, "es",
  "telehealth-faq-es", "Preguntas frecuentes | SerenaMente Telesalud", """
<header><a class="logo" href="/">SerenaMente <small>Telesalud mental</small></a>
<nav><a href="/">Inicio</a> <a href="/tratamientos">Tratamientos</a> <a href="/equipo">Equipo m&eacute;dico</a> <a href="/preguntas-frecuentes" class="activo">Preguntas</a> <a href="/agendar" class="btn">Agendar</a></nav></header>
<main>
<h1>Preguntas frecuentes</h1>
<h3>&iquest;Necesito receta?</h3>
<p>S&iacute;. Todo empieza con una valoraci&oacute;n por videollamada de 50 minutos con uno de nuestros psiquiatras con c&eacute;dula profesional. Si el tratamiento es adecuado para ti, el m&eacute;dico emite la receta y nuestra farmacia aliada, con licencia sanitaria, prepara tu medicamento. Sin receta no se env&iacute;a nada.</p>
<h3>&iquest;Cu&aacute;nto cuesta?</h3>
<p>La valoraci&oacute;n cuesta $1,450 MXN. El programa mensual (seguimiento semanal, psicoterapia de integraci&oacute;n y medicamento) cuesta $4,900 MXN. Aceptamos tarjeta de cr&eacute;dito y d&eacute;bito, y hasta 3 meses sin intereses.</p>
<h3>&iquest;A qu&eacute; ciudades env&iacute;an?</h3>
<p>A toda la Rep&uacute;blica por mensajer&iacute;a con firma de recibido. La persona que recibe debe mostrar identificaci&oacute;n.</p>
<h3>&iquest;Qu&eacute; pasa si tengo efectos secundarios?</h3>
<p>Escr&iacute;bele a tu equipo por la app; un m&eacute;dico te responde el mismo d&iacute;a. En una emergencia acude a urgencias.</p>
</main>
<footer>SerenaMente Telesalud S.C. &middot; Aviso de privacidad &middot; Responsable sanitario: Dra. Paula Ib&aacute;&ntilde;ez, C&eacute;d. Esp. 0000000</footer>
""")

p("h12823", "https://menteclara-tele.example/agendar", "telehealth", False, "pt",
  "telepsych-booking-pt", "Agende sua teleconsulta | Mente Clara", """
<header><a class="logo" href="/">Mente Clara</a> <span>Psiquiatria online</span></header>
<main>
<h1>Agende sua teleconsulta</h1>
<p>Primeira consulta com psiquiatra (CRM ativo) por v&iacute;deo, 50 minutos &ndash; R$ 420. Retorno em at&eacute; 30 dias: R$ 250.</p>
<form>
<label>Especialidade <select><option>Depress&atilde;o resistente</option><option>Ansiedade</option><option>TDAH adulto</option></select></label>
<label>Data <input type="date"></label>
<label>Hor&aacute;rio <select><option>08:00</option><option>10:30</option><option>19:00</option></select></label>
<label>Pagamento <select><option>Pix</option><option>Cart&atilde;o (at&eacute; 3x)</option></select></label>
<button>Confirmar agendamento</button>
</form>
<p class="info">Se a avalia&ccedil;&atilde;o indicar tratamento com escetamina, encaminhamos voc&ecirc; para uma cl&iacute;nica parceira, onde a aplica&ccedil;&atilde;o &eacute; feita presencialmente com monitoramento. N&atilde;o enviamos medicamentos controlados pelo correio.</p>
</main>
<footer>Mente Clara Sa&uacute;de Digital &middot; Diretor t&eacute;cnico: Dr. Ricardo Menezes &middot; CRM-SP 000000</footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics (8)

p("h12824", "https://summitinfusion.example/pay-my-bill", "clinic", False, "en",
  "clinic-pay-bill", "Pay My Bill | Summit Infusion Center", """
<header class="site-header">
<div class="topbar">&#128222; (720) 555-0163 &middot; 8150 Park Meadows Dr, Suite 210, Lone Tree, CO &middot; <a href="/book">Request a consult</a></div>
<a class="logo" href="/">Summit <span>Ketamine &amp; Infusion Center</span></a>
<nav><a href="/treatments">Treatments</a> <a href="/conditions">Conditions</a> <a href="/our-team">Our team</a> <a href="/pricing">Pricing</a> <a href="/patients">Patients</a> <a href="/pay-my-bill" class="active">Pay my bill</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<h1>Pay my bill</h1>
<p>Pay your statement securely online. You'll need your statement number (top right of your invoice) and the patient's date of birth.</p>
<form class="paybill">
<label>Statement number <input name="stmt"></label>
<label>Patient date of birth <input name="dob" type="date"></label>
<label>Amount <input name="amt" placeholder="$0.00"></label>
<button>Continue to secure payment</button>
</form>
<h2>Payment options</h2>
<ul>
<li>Visa, Mastercard, Amex, Discover</li>
<li>HSA / FSA cards</li>
<li>CareCredit and Advance Care financing (apply in the office)</li>
</ul>
<h2>Questions about your invoice?</h2>
<p>Call our billing coordinator at (720) 555-0163 ext. 3. Series packages are billed at your first infusion; boosters are billed on the day of service. We can provide a superbill with CPT and diagnosis codes for out-of-network reimbursement.</p>
</main>
<footer>
<p>Summit Ketamine &amp; Infusion Center &middot; Medical director: Ellen Marsh, MD (anesthesiology)</p>
<p><a href="/privacy">Notice of privacy practices</a> &middot; <a href="/nondiscrimination">Nondiscrimination</a> &middot; <a href="/good-faith-estimate">Good faith estimate</a></p>
</footer>
""")

p("h12825", "https://harborlightinfusions.example/locations", "clinic", False, "en",
  "clinic-locations-nav-heavy", "Locations & Hours | Harborlight Infusions", """
<header>
<a class="logo" href="/">Harborlight Infusions</a>
<nav class="mega"><ul>
<li><a href="/treatments">Treatments</a><ul><li><a href="/treatments/iv-ketamine">IV ketamine</a></li><li><a href="/treatments/spravato">Spravato</a></li><li><a href="/treatments/nad">NAD+</a></li><li><a href="/treatments/hydration">IV hydration</a></li></ul></li>
<li><a href="/conditions">Conditions</a><ul><li><a href="/conditions/depression">Depression</a></li><li><a href="/conditions/ptsd">PTSD</a></li><li><a href="/conditions/crps">CRPS &amp; chronic pain</a></li></ul></li>
<li><a href="/new-patients">New patients</a><ul><li><a href="/new-patients/forms">Intake forms</a></li><li><a href="/new-patients/insurance">Insurance</a></li><li><a href="/new-patients/referrals">Provider referrals</a></li></ul></li>
<li><a href="/locations" class="active">Locations</a></li>
<li><a href="/book" class="btn">Book now</a></li>
</ul></nav>
</header>
<main>
<h1>Locations &amp; hours</h1>
<div class="loc">
<h2>Portland &ndash; Pearl District</h2>
<p>1120 NW Couch St, Suite 300, Portland, OR 97209 &middot; (503) 555-0112</p>
<p>Mon&ndash;Fri 8:00&ndash;6:00 &middot; Sat 9:00&ndash;2:00</p>
<p>Parking: validated parking in the Couch St garage (2 hours).</p>
</div>
<div class="loc">
<h2>Beaverton</h2>
<p>4455 SW Hall Blvd, Beaverton, OR 97005 &middot; (503) 555-0178</p>
<p>Tue&ndash;Thu 9:00&ndash;5:00</p>
<p>Free parking behind the building.</p>
</div>
<p class="important"><strong>Please arrange a ride.</strong> You may not drive for the rest of the day after your treatment. Rideshare is fine; we'll walk you to the car.</p>
</main>
<footer>Harborlight Infusions, LLC &middot; All treatments are ordered and supervised by our physicians and CRNAs &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h12826", "https://clearview-wellness-clinic.example/book", "clinic", False, "en",
  "clinic-booking-packages", "Book Now | Clearview Wellness Clinic", """
<header>
<div class="promo">New patients: free 15-minute phone consultation &middot; Call or text (512) 555-0190</div>
<a class="logo" href="/">Clearview <small>Wellness Clinic &middot; Austin</small></a>
<nav><a href="/services">Services</a> <a href="/about">About</a> <a href="/faq">FAQ</a> <a href="/book" class="active">Book now</a></nav>
</header>
<main>
<h1>Book your appointment</h1>
<section class="packages">
<div class="pkg"><h2>Initial series</h2><p>6 infusions over 2&ndash;3 weeks</p><p class="price">$2,700 <small>save $300</small></p><a class="btn" href="/book/series">Buy package</a></div>
<div class="pkg"><h2>Single infusion / booster</h2><p>For established patients</p><p class="price">$475</p><a class="btn" href="/book/booster">Book</a></div>
<div class="pkg"><h2>Medical consultation</h2><p>In person with our physician; required before your first infusion</p><p class="price">$150 <small>applied to your series</small></p><a class="btn" href="/book/consult">Book</a></div>
</section>
<section class="how">
<h2>How booking works</h2>
<ol>
<li>Book your medical consultation. We'll request records from your psychiatrist or primary care provider.</li>
<li>A $100 deposit holds your first infusion date. It's refundable up to 48 hours before.</li>
<li>Arrive 15 minutes early. Eat nothing for 4 hours before. Bring a driver.</li>
<li>Each session lasts about 90 minutes with continuous monitoring of heart rate, blood pressure and oxygen.</li>
</ol>
</section>
<section class="gift">
<h2>Gift cards</h2><p>Gift cards can be used for IV hydration and vitamin drips. <a href="/gift-cards">Buy a gift card</a></p>
</section>
</main>
<footer>
<p>Services: IV ketamine for depression and chronic pain &middot; Spravato (REMS-certified) &middot; IV hydration</p>
<p>Clearview Wellness Clinic, PLLC &middot; 3801 N Lamar Blvd, Austin, TX &middot; &copy; 2026</p>
</footer>
""")

p("h12827", "https://riverbend-psychiatry.example/spravato/treatment-day", "clinic", False, "en",
  "rems-center-treatment-day-short", "What to expect on treatment day | Riverbend Psychiatry", """
<h1>Your treatment day</h1>
<p>Plan to be with us for about 2&frac12; hours. You'll use the nasal spray yourself while one of our nurses watches, then rest in a private room while we check your blood pressure at 40 minutes and before you leave.</p>
<ul>
<li>Don't eat for 2 hours or drink for 30 minutes beforehand.</li>
<li>You cannot drive until the next day &ndash; someone needs to pick you up.</li>
<li>Bring headphones if you like music.</li>
</ul>
<p>Riverbend Psychiatry is a certified Spravato&reg; treatment center. Questions? Call (614) 555-0135. <a href="/spravato/insurance">Insurance &amp; copay help</a></p>
""")

p("h12828", "https://clinicadolor-sevilla.example/citas", "clinic", False, "es",
  "clinic-whatsapp-appointments", "Pide tu cita | Cl\u00ednica del Dolor Sevilla", """
<header><a class="logo" href="/">Cl&iacute;nica del Dolor Sevilla</a>
<nav><a href="/tratamientos">Tratamientos</a> <a href="/equipo">Equipo</a> <a href="/seguros">Aseguradoras</a> <a href="/citas" class="activo">Cita</a></nav></header>
<main>
<h1>Pide tu cita</h1>
<p>Puedes pedir cita de tres formas:</p>
<ul>
<li>&#128241; <strong>WhatsApp</strong>: 655 12 34 00 (escr&iacute;benos tu nombre, aseguradora y motivo de consulta)</li>
<li>&#9742;&#65039; Tel&eacute;fono: 954 00 11 22, de lunes a viernes de 9 a 20 h</li>
<li>&#128231; Formulario web (abajo)</li>
</ul>
<p>Primera consulta con anestesi&oacute;logo especialista en dolor: 90&nbsp;&euro;. Trabajamos con Adeslas, Sanitas, DKV y Asisa.</p>
<p class="nota">Las perfusiones (lidoca&iacute;na, ketamina) para dolor neurop&aacute;tico solo se indican tras la primera consulta y se realizan en nuestra sala de tratamiento con monitorizaci&oacute;n. No damos informaci&oacute;n de dosis por WhatsApp.</p>
<form><label>Nombre <input></label><label>Tel&eacute;fono <input></label><label>Motivo <textarea></textarea></label><button>Enviar</button></form>
</main>
<footer>Cl&iacute;nica del Dolor Sevilla &middot; Centro sanitario autorizado por la Junta de Andaluc&iacute;a &middot; Aviso legal &middot; Privacidad</footer>
""", noise="cookie-es")

p("h12829", "https://clinique-belvedere-lyon.example/depression-resistante/tarifs", "clinic", False, "fr",
  "clinic-fees-page-fr", "Tarifs et prise en charge - Clinique Belv\u00e9d\u00e8re", """
<header><a class="logo" href="/">Clinique Belv&eacute;d&egrave;re</a>
<nav><a href="/services">Nos services</a> <a href="/depression-resistante">D&eacute;pression r&eacute;sistante</a> <a href="/hospitalisation-de-jour">H&ocirc;pital de jour</a> <a href="/rendez-vous">Prendre rendez-vous</a></nav></header>
<main>
<h1>Tarifs et prise en charge</h1>
<p>Programme d&eacute;pression r&eacute;sistante &ndash; h&ocirc;pital de jour</p>
<table>
<tr><td>Consultation psychiatrique d'&eacute;valuation (secteur 2)</td><td>70 &euro; (base de remboursement 30 &euro;)</td></tr>
<tr><td>S&eacute;ance d'esketamine en h&ocirc;pital de jour, surveillance 2 heures</td><td>Prise en charge par l'Assurance Maladie</td></tr>
<tr><td>Chambre particuli&egrave;re (facultatif)</td><td>45 &euro; / jour, selon votre mutuelle</td></tr>
</table>
<p>Le traitement n'est propos&eacute; qu'apr&egrave;s une &eacute;valuation par un psychiatre de la clinique et sur courrier de votre m&eacute;decin traitant. Vous ne pouvez pas conduire le jour de la s&eacute;ance.</p>
<p>Paiement sur place par carte bancaire ou ch&egrave;que. Tiers payant avec la plupart des mutuelles.</p>
</main>
<footer>Clinique Belv&eacute;d&egrave;re &middot; &Eacute;tablissement de sant&eacute; priv&eacute; &middot; Mentions l&eacute;gales</footer>
""", noise="cookie-fr")

p("h12830", "https://rijnoever-ziekenhuis.example/patienten/behandelingen/ketamine-praktisch", "clinic", False, "nl",
  "hospital-practical-info-nl", "Praktische informatie ketaminebehandeling - Rijnoever Ziekenhuis", """
<nav class="kruimel"><a href="/">Home</a> &rsaquo; <a href="/patienten">Pati&euml;nten</a> &rsaquo; <a href="/afdelingen/psychiatrie">Psychiatrie</a> &rsaquo; Praktische informatie</nav>
<h1>Praktische informatie</h1>
<ul>
<li>Meld u 15 minuten voor de afspraak bij balie 14 (route 14, eerste verdieping).</li>
<li>Kom nuchter: 6 uur niet eten, 2 uur alleen water.</li>
<li>Neem een begeleider mee. U mag na de behandeling tot de volgende ochtend niet zelf autorijden of fietsen.</li>
<li>De behandeling duurt 40 minuten, daarna blijft u ongeveer een uur op de afdeling.</li>
<li>Verhinderd? Bel minimaal 24 uur van tevoren: 026 000 12 34.</li>
</ul>
<p>U heeft een verwijzing nodig van uw huisarts of psychiater. De kosten vallen onder uw basisverzekering; houd rekening met uw eigen risico.</p>
""", noise="cookie-nl")

p("h12831", "https://centro-depressione-milano.example/prenota", "clinic", False, "it",
  "clinic-booking-it", "Prenota una visita | Centro Depressione Milano", """
<header><a class="logo" href="/">Centro Depressione Milano</a>
<nav><a href="/chi-siamo">Chi siamo</a> <a href="/trattamenti">Trattamenti</a> <a href="/medici">Medici</a> <a href="/prenota" class="attivo">Prenota</a></nav></header>
<main>
<h1>Prenota una prima visita</h1>
<p>Prima visita psichiatrica (60 minuti) con valutazione dei trattamenti precedenti: 180 &euro;.</p>
<p>Se indicato dal medico, il trattamento con esketamina spray nasale si svolge in ambulatorio: somministrazione sotto controllo infermieristico e osservazione di almeno due ore. Dopo la seduta non &egrave; possibile guidare.</p>
<h2>Come prenotare</h2>
<ul><li>Online con il modulo qui sotto</li><li>Telefono 02 0000 4455 (lun&ndash;ven 9&ndash;18)</li><li>WhatsApp solo per spostare un appuntamento gi&agrave; fissato</li></ul>
<h2>Pagamento</h2>
<p>POS, bonifico o contanti. Rilasciamo fattura sanitaria detraibile.</p>
<form><label>Nome e cognome <input></label><label>Telefono <input></label><label>Medico inviante (facoltativo) <input></label><button>Richiedi appuntamento</button></form>
</main>
<footer>Centro Depressione Milano srl &middot; Direttore sanitario: Dott.ssa Giulia Ferri &middot; Autorizzazione sanitaria ATS Milano</footer>
""")

# ---------------------------------------------------------------- informational (9)

p("h12832", "https://nightlifesafer.example/drugs/k", "informational", False, "en",
  "harm-reduction-quick-facts", "K - quick facts | Nightlife Safer", """
<h1>K</h1>
<p class="aka">Also called: ket, special K, kitty, horse, wonk</p>
<ul class="facts">
<li>Start with a small bump and wait. Redosing too quickly is how people end up in a k-hole.</li>
<li>Don't mix with alcohol, benzos or GHB &ndash; that's where most emergencies come from.</li>
<li>Sit down somewhere safe, away from water, traffic and stairs.</li>
<li>Needing to pee a lot or pain when you pee? Cut down and see a doctor &ndash; bladder damage is real.</li>
<li>Powder sold as K is sometimes something else (2F-DCK, other dissociatives). Get it checked.</li>
</ul>
<p><a href="/drug-checking">Find free drug checking near you</a> &middot; <a href="/help">Talk to someone</a></p>
""")

p("h12833", "https://chronicle-north.example/news/crime/horse-dealer-telegram-jailed", "informational", False, "en",
  "news-brief-quotes-menu", "Dealer who ran 'horse stable' Telegram channel jailed | Chronicle North", """
<header class="masthead"><a href="/">Chronicle North</a>
<nav><a href="/news">News</a> <a href="/news/crime">Crime</a> <a href="/sport">Sport</a> <a href="/whats-on">What's on</a> <a href="/subscribe" class="btn">Subscribe</a></nav></header>
<article>
<p class="kicker">Crime</p>
<h1>Dealer who ran 'horse stable' Telegram channel jailed for four years</h1>
<p class="byline">By Kate Mulvey &middot; 4 December 2026</p>
<p>A 27-year-old man who sold ketamine to hundreds of customers through a Telegram channel has been jailed for four years and three months.</p>
<p>Manchester Crown Court heard that the channel's pinned message told buyers never to name the drug and to call it "hay" instead. A menu pinned beneath offered "1 bag" for &pound;30 and delivery across Salford and Stretford until 3am.</p>
<p>Prosecutor Aisha Rahman said customers paid by bank transfer using only their first name as a reference, "a system designed to look innocent on a bank statement".</p>
<p>Police found 410g of the drug, &pound;6,800 in cash and two phones at a flat in Old Trafford. The channel had more than 1,900 subscribers.</p>
<p>Detective Sergeant Paul Onyango said: "These channels reappear under new names within days. If you see one, report it."</p>
</article>
<aside class="related"><h3>Most read</h3><ul><li><a href="#">Tram works to close Deansgate for a week</a></li><li><a href="#">Council tax to rise 4.9%</a></li></ul></aside>
<footer>&copy; Chronicle North Media &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact the newsroom</a></footer>
""", noise="cookie")

p("h12834", "https://help.payswift.example/articles/restricted-businesses", "informational", False, "en",
  "payment-processor-help-centre", "Restricted and prohibited businesses - PaySwift Help", """
<header><a class="logo" href="/">PaySwift Help</a>
<nav><a href="/getting-started">Getting started</a> <a href="/payments">Payments</a> <a href="/payouts">Payouts</a> <a href="/disputes">Disputes</a> <a href="/account">Account &amp; compliance</a> <a href="/contact">Contact support</a></nav>
<form class="search"><input placeholder="Search help articles"></form></header>
<main>
<p class="crumbs"><a href="/account">Account &amp; compliance</a> &rsaquo; Restricted businesses</p>
<h1>Restricted and prohibited businesses</h1>
<p>You can't use PaySwift to accept payments for the items below. If we find you are, we may hold your payouts and close your account.</p>
<h2>Prohibited</h2>
<ul>
<li>Illegal drugs and controlled substances sold without a prescription, including ketamine, and products marketed as "research chemicals" or "not for human consumption"</li>
<li>Drug paraphernalia</li>
<li>Counterfeit goods</li>
<li>Gift card resale and money transmission</li>
</ul>
<h2>Restricted (pre-approval needed)</h2>
<ul>
<li>Telemedicine and online pharmacies: allowed if you hold the required licences and prescribe only after a clinician evaluation. Prescribing of controlled substances needs additional review.</li>
<li>Medical clinics offering infusions or injectable treatments</li>
<li>CBD and hemp products</li>
</ul>
<p>Was this article helpful? <button>Yes</button> <button>No</button></p>
</main>
<footer>&copy; PaySwift Inc. &middot; <a href="/legal">Legal</a></footer>
""")

p("h12835", "https://checkit-drugtesting.example/book", "informational", False, "en",
  "drug-checking-booking-page", "Book a drug check | CheckIt", """
<header><a class="logo" href="/">CheckIt</a> <span>free &middot; confidential &middot; no police</span>
<nav><a href="/how-it-works">How it works</a> <a href="/results">Latest alerts</a> <a href="/book" class="active">Book a check</a> <a href="/about">About us</a></nav></header>
<main>
<h1>Book a drug check</h1>
<p>Bring a small sample (a few mg is enough). A chemist tests it while you wait and a harm-reduction worker talks you through the result. We never keep your name.</p>
<h2>Drop-in times</h2>
<ul><li>Tuesday 4&ndash;8pm &middot; Northside Community Hub</li><li>Thursday 5&ndash;9pm &middot; Bridge St Health Centre</li><li>Festival season: on-site at partner events</li></ul>
<h2>Or book a slot</h2>
<form><label>Location <select><option>Northside</option><option>Bridge St</option></select></label><label>Time <select><option>16:00</option><option>16:20</option><option>16:40</option></select></label><button>Book</button></form>
<p class="alert">&#9888; Recent alert: samples sold as K at two city venues contained 2F-DCK instead. Effects last longer &ndash; take less.</p>
</main>
<footer>CheckIt is run by a registered charity and funded by the city public health team.</footer>
""")

p("h12836", "https://forum.example/t/is-this-tg-plug-legit/88231", "informational", False, "en",
  "forum-thread-snippet", "is this tg plug legit?", """
is this tg plug legit?  (r/ukdrugsafety, 23 comments)

u/quietfox_22: found a channel with a pinned post saying "the cleanest kitty in the EU, ships from NL, pay XMR, reship if lost". vouch channel has 400+ msgs. anyone used them?

  u/mod_bot: Reminder: sourcing requests and vendor names are not allowed here. Posts naming sellers will be removed.

  u/lowercase_lena: vouch channels are trivial to fake. i've seen the same screenshots on 3 different "shops". don't send crypto to anyone you can't meet.

  u/tomswoon: even if it's real, test it. friend got "K" that turned out to be 2F-DCK, totally different duration

  u/quietfox_22: fair, thanks. not doing it

  u/harmreductionbot: Free drug checking services: see the wiki. If you're using dissociatives, don't mix with alcohol.
""", ext="txt")

p("h12837", "https://parcelhop.example/help/sending/prohibited-items", "informational", False, "en",
  "courier-prohibited-items-partial", "What can't I send? | ParcelHop", """
<div class="help-article">
<h1>What can't I send?</h1>
<p>&hellip;continued from <a href="/help/sending/dangerous-goods">Dangerous goods</a>.</p>
<h2>Medicines and drugs</h2>
<p>You can send your own prescription medicines in their original packaging, up to a 3-month supply. You can't send:</p>
<ul>
<li>controlled drugs, for example ketamine, cannabis or anabolic steroids, unless you are a licensed business with a Home Office licence and a contract with us</li>
<li>veterinary medicines, unless you are a registered vet or pharmacy</li>
<li>anything described as a "research chemical" or "legal high"</li>
</ul>
<p>Parcels that contain prohibited items will be handed to the police or customs. We won't refund postage.</p>
<p class="next">Next: <a href="/help/sending/packaging">How to pack your parcel</a></p>
</div>
""")

p("h12838", "https://drogenberatung-kreis-mitte.example/kontakt", "informational", False, "de",
  "counselling-contact-page", "Kontakt & Sprechzeiten | Drogenberatung Kreis Mitte", """
<header><a class="logo" href="/">Drogenberatung Kreis Mitte</a>
<nav><a href="/angebote">Angebote</a> <a href="/partydrogen">Partydrogen</a> <a href="/angehoerige">F&uuml;r Angeh&ouml;rige</a> <a href="/kontakt" class="aktiv">Kontakt</a></nav></header>
<main>
<h1>Kontakt &amp; Sprechzeiten</h1>
<p>Unsere Beratung ist kostenlos, vertraulich und auf Wunsch anonym. Wir unterliegen der Schweigepflicht.</p>
<h2>Offene Sprechstunde</h2>
<p>Montag 14&ndash;18 Uhr und Donnerstag 10&ndash;13 Uhr, ohne Termin.</p>
<h2>Online-Beratung</h2>
<p>Per Chat oder Mail &uuml;ber unsere verschl&uuml;sselte Plattform. Antwort innerhalb von zwei Werktagen.</p>
<h2>Themen</h2>
<p>Alkohol, Cannabis, Partydrogen (z.&nbsp;B. Ketamin, MDMA, Speed), Medikamente, Gl&uuml;cksspiel. Auch wenn Sie nur eine Frage zu Wechselwirkungen haben.</p>
<p>Bahnhofstra&szlig;e 12, 2. OG &middot; Telefon 0000 123 456 &middot; barrierefreier Zugang &uuml;ber den Hof</p>
</main>
<footer>Tr&auml;ger: Verein f&uuml;r Suchthilfe e.&nbsp;V. &middot; gef&ouml;rdert durch den Landkreis &middot; Impressum &middot; Datenschutz</footer>
""", noise="cookie-de")

p("h12839", "https://analyse-produits-asso.example/faq", "informational", False, "fr",
  "drug-checking-faq-fr", "FAQ - Analyse de produits", """
<h1>Questions fr&eacute;quentes</h1>
<h3>Comment faire analyser ma k&eacute;ta&nbsp;?</h3>
<p>Venez &agrave; une permanence avec une petite quantit&eacute; (l'&eacute;quivalent d'une pointe de couteau). L'analyse est gratuite et anonyme. R&eacute;sultat en 20 minutes pour la chromatographie sur couche mince, ou envoi au laboratoire partenaire pour une analyse compl&egrave;te.</p>
<h3>Pouvez-vous analyser un produit achet&eacute; en ligne&nbsp;?</h3>
<p>Oui. Nous voyons de plus en plus de produits vendus sur Telegram ou Snapchat dont le contenu ne correspond pas &agrave; ce qui est annonc&eacute;.</p>
<h3>Est-ce l&eacute;gal&nbsp;?</h3>
<p>Notre dispositif est autoris&eacute; dans le cadre de la r&eacute;duction des risques. Nous ne vendons ni ne fournissons aucun produit.</p>
<p><a href="/permanences">Voir les permanences</a></p>
""")

p("h12840", "https://jornal-do-litoral.example/policia/2026/12/loja-instagram-cetamina-veterinaria", "informational", False, "pt",
  "news-brief-pt", "Pol\u00edcia prende jovem que vendia 'cavalinho' pelo Instagram | Jornal do Litoral", """
<header><a href="/">Jornal do Litoral</a> <nav><a href="/cidades">Cidades</a> <a href="/policia">Pol&iacute;cia</a> <a href="/esportes">Esportes</a> <a href="/assine">Assine</a></nav></header>
<article>
<h1>Pol&iacute;cia prende jovem que vendia 'cavalinho' pelo Instagram</h1>
<p class="linha-fina">Perfil anunciava anest&eacute;sico veterin&aacute;rio "sem receita", com pagamento por Pix e entrega por motoboy</p>
<p>A Pol&iacute;cia Civil prendeu nesta ter&ccedil;a-feira (8) um homem de 24 anos suspeito de vender cetamina de uso veterin&aacute;rio pelas redes sociais. Segundo a delegada respons&aacute;vel, o perfil usava apenas emojis de cavalo e seringa e direcionava os compradores para um link na bio com o WhatsApp.</p>
<p>Os frascos de 10 ml eram vendidos por at&eacute; R$ 350. Foram apreendidos 38 frascos, uma m&aacute;quina de cart&atilde;o e dois celulares.</p>
<p>A pol&iacute;cia investiga se os frascos foram desviados de uma distribuidora de produtos veterin&aacute;rios da regi&atilde;o.</p>
</article>
<footer>&copy; Jornal do Litoral &middot; Todos os direitos reservados</footer>
""", noise="cookie-pt")

save(OUT, R)
