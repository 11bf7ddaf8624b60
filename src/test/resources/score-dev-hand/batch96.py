# Batch 96 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Europe speaks". The protected pages are what European and Latin-American institutions and
# providers publish about ketamine and esketamine: medicines agencies, customs and police press
# releases about seized shipments and closed webshops, a court ruling, a pharmacists' order, a
# drug-checking service, newspapers quoting ads, prices and vendor messages, university hospital
# depression units offering esketamine, private clinics with price lists and WhatsApp booking, and
# telepsychiatry services that assess by video before prescribing or referring. Many of them quote or
# paraphrase the sellers they warn about. The sellers are shops and posts in those languages: fake
# pharmacies, a questionnaire-only "online doctor", research-chemical shops, vet-product shops,
# classified and marketplace ads, Telegram posts, a forum vendor thread, an affiliate guide.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 14 English, 26 es/de/fr/nl/pt/it
# (es 6, de 5, fr 4, nl 4, pt 4, it 3).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), medium pages, short
# pages and four 1-3 sentence plain-text snippets (Telegram post, Telegram bio, clinic and
# telepsychiatry snippets).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch96.py (writes batch96/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch96")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h9601", "https://europa-versandapotheke24.example/produkt/ketamin-50mg-ml-injektionsloesung", "seller", True, "de",
  "fake-pharmacy-product-page-long", "Ketamin 50 mg/ml Injektionslösung 5 x 10 ml rezeptfrei kaufen | Europa Versandapotheke 24", """
<header>
<div class="topbar">&#10004; Diskreter Versand in neutraler Verpackung &nbsp; &#10004; Bezahlung per Bitcoin &minus;10 % &nbsp; &#10004; Lieferung DE / AT / CH in 2&ndash;4 Werktagen</div>
<a class="logo" href="/">Europa Versandapotheke 24 <small>Ihre Online-Apotheke seit 2011</small></a>
<form class="search"><input placeholder="Medikament, Wirkstoff oder PZN suchen"></form>
<nav><a href="/kategorie/schmerzmittel">Schmerzmittel</a> <a href="/kategorie/schlafmittel">Schlafmittel</a> <a href="/kategorie/psyche">Psyche &amp; Nerven</a> <a href="/kategorie/potenz">Potenz</a> <a href="/kategorie/abnehmen">Abnehmen</a> <a href="/warenkorb">Warenkorb (0)</a></nav>
</header>
<main>
<p class="breadcrumb"><a href="/">Startseite</a> &rsaquo; <a href="/kategorie/psyche">Psyche &amp; Nerven</a> &rsaquo; Ketamin 50 mg/ml</p>
<div class="produkt">
<img src="/bilder/ketamin-ampullen.jpg" alt="Ketamin Durchstechflaschen">
<h1>Ketamin 50 mg/ml Injektionslösung &ndash; 5 x 10 ml</h1>
<p class="pzn">Hersteller: diverse (Generikum) &middot; Darreichungsform: Injektionslösung &middot; Verfügbarkeit: <b>sofort lieferbar</b></p>
<table class="preise">
<tr><th>Packung</th><th>Preis</th><th>Preis pro Flasche</th></tr>
<tr><td>1 x 10 ml</td><td>29,90 &euro;</td><td>29,90 &euro;</td></tr>
<tr><td>5 x 10 ml</td><td>119,00 &euro;</td><td>23,80 &euro;</td></tr>
<tr><td>10 x 10 ml</td><td>209,00 &euro;</td><td>20,90 &euro;</td></tr>
</table>
<form action="/warenkorb/add" method="post"><select name="menge"><option>1 x 10 ml</option><option selected>5 x 10 ml</option><option>10 x 10 ml</option></select> <button>In den Warenkorb</button></form>
<div class="hinweis"><b>Kein Rezept? Kein Problem!</b> Füllen Sie beim Checkout unseren kurzen medizinischen Fragebogen aus. Unser Partnerarzt gibt Ihre Bestellung in der Regel innerhalb von 30 Minuten frei &ndash; ohne Wartezimmer, ohne Praxisbesuch.</div>
<ul class="vorteile">
<li>Neutrale Verpackung, Absender &bdquo;EV Handel&ldquo;</li>
<li>Zahlung: Bitcoin, Ethereum, Vorkasse, Paysafecard</li>
<li>Sollte ein Paket beim Zoll hängen bleiben, versenden wir kostenlos erneut</li>
</ul>
</div>
<section class="beschreibung">
<h2>Produktbeschreibung</h2>
<p>Ketamin ist ein Arzneistoff aus der Gruppe der Anästhetika (NMDA-Rezeptor-Antagonist). In der Medizin wird es seit den 1960er-Jahren zur Narkose und in der Notfallmedizin eingesetzt. Neuere Studien zeigen eine schnelle Wirkung bei Depressionen. Viele unserer Kunden nutzen Ketamin zur Stimmungsaufhellung oder bei chronischen Schmerzen.</p>
<p>Auch erhältlich: <a href="/produkt/esketamin-nasenspray-28mg">Esketamin Nasenspray 28 mg (Spravato-Generikum)</a> ab 189,00 &euro; &middot; <a href="/produkt/ketamin-pulver">Ketamin HCl Pulver 1 g</a> ab 39,00 &euro;</p>
<h2>Dosierung</h2>
<p>Die Dosierung richtet sich nach dem Körpergewicht. Bei Fragen schreiben Sie unserem Kundenservice per Telegram: @eva24_support.</p>
<h2>Bewertungen</h2>
<blockquote>&bdquo;Kam nach 3 Tagen, super verpackt, Fragebogen ging ruckzuck.&ldquo; &ndash; Markus aus Bochum</blockquote>
<blockquote>&bdquo;Günstiger als jede Apotheke vor Ort, und keiner stellt Fragen.&ldquo; &ndash; Sandra K.</blockquote>
</section>
</main>
<aside><h3>Meistgekauft</h3><ul><li>Tramadol 100 mg</li><li>Zolpidem 10 mg</li><li>Ketamin 50 mg/ml</li><li>Modafinil 200 mg</li></ul></aside>
<footer><p>&copy; 2026 Europa Versandapotheke 24 &middot; <a href="/agb">AGB</a> &middot; <a href="/impressum">Impressum</a> &middot; <a href="/versand">Versand &amp; Zahlung</a></p><p><img src="/bilder/siegel-apotheke.png" alt="Geprüfte Versandapotheke"> <img src="/bilder/ssl.png" alt="SSL gesichert"></p></footer>
""", noise="cookie-de")

p("h9602", "https://t.me/s/kshop_de_official/412", "seller", True, "de",
  "telegram-channel-post-snippet", "K-Shop DE Telegram", """
🇩🇪 K-SHOP DE – NEUE WARE 🇩🇪 Ketamin Kristall (Nadeln, top Qualität) 1g 35€ | 5g 150€ | 10g 260€ – Bestellung nur per DM an @kshop_de_bestellung, Zahlung BTC/XMR oder Paysafe.
Versand täglich per DHL an Packstation, stealth vakuumiert, Reship bei Verlust. Keine Vorkasse unter 5g für Stammkunden 💎
""", ext="txt")

p("h9603", "https://labo-chimie-recherche.example/produit/2-fdck-poudre-cristalline", "seller", True, "fr",
  "research-chemical-shop-product", "2-FDCK poudre cristalline 99 % – Labo Chimie Recherche", """
<header>
<a class="logo" href="/">Labo Chimie Recherche <small>Fournisseur de produits chimiques de recherche depuis 2017</small></a>
<nav><a href="/categorie/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/categorie/cathinones">Cathinones</a> <a href="/categorie/pellets">Pellets</a> <a href="/livraison">Livraison</a> <a href="/paiement">Paiement</a> <a href="/panier">Panier</a></nav>
</header>
<main>
<h1>2-FDCK (2-Fluorodeschlorokétamine) &ndash; poudre cristalline</h1>
<p class="avis">&#9733;&#9733;&#9733;&#9733;&#9734; 87 avis</p>
<p>Le 2-FDCK est un analogue structurel de la kétamine appartenant à la famille des arylcyclohexylamines. Notre lot actuel (lot FD-2611) est analysé par HPLC, pureté &gt; 99 %.</p>
<table>
<tr><th>Quantité</th><th>Prix</th></tr>
<tr><td>1 g</td><td>24 &euro;</td></tr>
<tr><td>5 g</td><td>95 &euro;</td></tr>
<tr><td>10 g</td><td>160 &euro;</td></tr>
<tr><td>25 g</td><td>340 &euro;</td></tr>
</table>
<button class="ajouter">Ajouter au panier</button>
<p class="disclaimer">Produit destiné exclusivement à la recherche scientifique in vitro. Non destiné à la consommation humaine ou animale. Vous devez avoir plus de 18 ans pour commander.</p>
<h2>Livraison &amp; paiement</h2>
<ul>
<li>Envoi discret sous 24 h depuis un pays de l'UE, emballage sous vide et odeur neutre</li>
<li>Suivi Colissimo / La Poste, réexpédition gratuite en cas de saisie douanière (1 fois)</li>
<li>Paiement : Bitcoin, Litecoin, Monero (&minus;5 %), virement SEPA</li>
</ul>
<h2>Produits similaires</h2>
<ul><li><a href="/produit/dck-pellets-50mg">Deschlorokétamine (DCK) pellets 50 mg &ndash; 20 pcs, 45 &euro;</a></li><li><a href="/produit/o-pce">O-PCE 1 g, 30 &euro;</a></li><li><a href="/produit/ketamine-hcl">Kétamine HCl &laquo;&nbsp;reference standard&nbsp;&raquo; 1 g, 38 &euro;</a></li></ul>
<h2>Questions des clients</h2>
<p><b>Q :</b> C'est comparable à la kétamine en termes de durée ? &nbsp; <b>R :</b> Nous ne donnons aucun conseil de consommation. Les rapports de la communauté indiquent une durée plus longue que la kétamine.</p>
</main>
<footer>Labo Chimie Recherche &middot; <a href="/cgv">CGV</a> &middot; Contact : support@labo-chimie-recherche.example &middot; Telegram @lcr_support</footer>
""", noise="cookie-fr")

p("h9604", "https://annonces-entre-particuliers.example/annonce/animaux/accessoires/2210487", "seller", True, "fr",
  "classified-ad-vet-ketamine", "Imalgène 1000 kétamine – 10 flacons – Annonces entre particuliers", """
<nav><a href="/">Accueil</a> &rsaquo; <a href="/animaux">Animaux</a> &rsaquo; <a href="/animaux/accessoires">Accessoires</a></nav>
<article class="annonce">
<h1>Imalgène 1000 kétamine – 10 flacons</h1>
<p class="prix">40 &euro; le flacon (350 &euro; les 10)</p>
<p class="lieu">Marseille 13e &middot; publiée le 29 novembre à 22:14</p>
<div class="description">
<p>Vends flacons Imalgène 1000 (kétamine 100 mg/ml, 10 ml) neufs, scellés, date péremption 2028. Reste de stock de cabinet, pas besoin d'ordonnance ni de véto.</p>
<p>Envoi Mondial Relay ou remise en main propre. Paiement Lydia, PCS ou espèces. Contact uniquement WhatsApp, pas de messages ici svp.</p>
</div>
<p class="vendeur">Vendeur : kevin_13 &middot; membre depuis 2025 &middot; 0 évaluation</p>
<button>Signaler l'annonce</button>
</article>
""")

p("h9605", "https://farmacia-rapida-es.example/comprar-ketamina-online-sin-receta", "seller", True, "es",
  "webshop-padded-with-reference-text", "Comprar ketamina online sin receta en España | Farmacia Rápida", """
<header>
<a class="logo" href="/">Farmacia Rápida <small>Tu farmacia online de confianza</small></a>
<nav><a href="/">Inicio</a> <a href="/tienda">Tienda</a> <a href="/ansiedad">Ansiedad</a> <a href="/dolor">Dolor</a> <a href="/envios">Envíos</a> <a href="/contacto">Contacto</a> <a href="/carrito">Carrito</a></nav>
</header>
<main>
<h1>Comprar ketamina online sin receta</h1>
<h2>¿Qué es la ketamina?</h2>
<p>La ketamina es un fármaco anestésico disociativo sintetizado por primera vez en 1962 por Calvin Stevens en los laboratorios Parke-Davis. Actúa principalmente como antagonista de los receptores NMDA del glutamato. Se utiliza en anestesia general, en sedación de urgencias y en medicina veterinaria. En 2019 la FDA y en 2019 la EMA aprobaron la esketamina en espray nasal (Spravato) para la depresión resistente.</p>
<h2>¿Para qué se usa?</h2>
<p>Además de su uso anestésico, numerosos estudios clínicos muestran que dosis bajas de ketamina pueden reducir los síntomas depresivos en pocas horas. También se emplea en el tratamiento del dolor crónico y en la migraña. Su semivida de eliminación es de unas 2,5 horas y se metaboliza en el hígado a norketamina.</p>
<h2>Efectos secundarios</h2>
<p>Los efectos más frecuentes son mareo, náuseas, aumento de la tensión arterial y sensación de disociación. El consumo prolongado se asocia a cistitis ulcerativa.</p>
<h2>Nuestros productos</h2>
<div class="productos">
<div class="producto"><h3>Ketamina líquida 50 mg/ml &ndash; vial 10 ml</h3><p class="precio">55 &euro; &middot; 3 viales 145 &euro;</p><button>Añadir al carrito</button></div>
<div class="producto"><h3>Ketamina cristal (polvo) 1 g</h3><p class="precio">40 &euro; &middot; 5 g 170 &euro;</p><button>Añadir al carrito</button></div>
<div class="producto"><h3>Esketamina espray nasal 28 mg</h3><p class="precio">210 &euro;</p><button>Añadir al carrito</button></div>
</div>
<div class="ventajas">
<p>&#10003; <b>Sin receta</b> y sin preguntas &nbsp; &#10003; Envío discreto 24/48 h a toda la península (Baleares y Canarias consultar) &nbsp; &#10003; Pago con Bizum, transferencia o Bitcoin</p>
<p>¿Dudas? Escríbenos por WhatsApp al <a href="https://wa.me/34600000000">+34 600 000 000</a> y te atendemos al momento.</p>
</div>
<h2>Preguntas frecuentes</h2>
<p><b>¿Es legal comprar ketamina en España?</b> Nuestros envíos van en embalaje neutro sin ningún distintivo. En más de 3.000 pedidos ningún cliente ha tenido problemas.</p>
<p><b>¿Cuánto tarda?</b> Madrid y Barcelona al día siguiente, resto 48 h.</p>
</main>
<footer>&copy; Farmacia Rápida 2026 &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

p("h9606", "https://nl-chemshop.example/ketamine-kopen", "seller", True, "nl",
  "dutch-webshop-medium", "Ketamine kopen | NL Chemshop – vandaag besteld, morgen in huis", """
<header><a class="logo" href="/">NL Chemshop</a>
<nav><a href="/assortiment">Assortiment</a> <a href="/dissociatieven">Dissociatieven</a> <a href="/bezorging">Bezorging</a> <a href="/faq">FAQ</a> <a href="/winkelwagen">Winkelwagen</a></nav></header>
<main>
<h1>Ketamine kopen</h1>
<p>Op zoek naar ketamine kopen in Nederland of België? Bij NL Chemshop vind je ketamine en verwante dissociatieven van constante kwaliteit. Voor 16:00 besteld = morgen in huis via PostNL (brievenbuspakje, neutraal verpakt).</p>
<ul class="producten">
<li>Ketamine HCl kristallen &ndash; 1 g &euro; 28 / 5 g &euro; 120 / 10 g &euro; 210 <button>In winkelwagen</button></li>
<li>Deschloroketamine (DCK) pellets 50 mg &ndash; 10 stuks &euro; 25 <button>In winkelwagen</button></li>
<li>2F-DCK &ndash; 1 g &euro; 22 <button>In winkelwagen</button></li>
</ul>
<p>Betalen met iDEAL, Bancontact of Bitcoin. Geen recept of account nodig.</p>
<p class="klein">Alle producten worden verkocht als onderzoekschemicaliën en zijn niet bedoeld voor menselijke consumptie.</p>
<h2>Reviews</h2>
<p>&ldquo;Snelle levering, netjes verpakt, kwaliteit gelijk aan wat ik vroeger op festivals had.&rdquo; &ndash; Jeroen, Eindhoven</p>
</main>
<footer>NL Chemshop &middot; klantenservice via Telegram @nlchem_support &middot; <a href="/voorwaarden">Voorwaarden</a></footer>
""", noise="cookie-nl")

p("h9607", "https://vendas-classificados.example/anuncio/cetamin-10-syntec-10ml-MLB3388114", "seller", True, "pt",
  "marketplace-listing-short", "Cetamin 10% Syntec 10ml - Envio Todo Brasil | Vendas Classificados", """
<div class="anuncio">
<h1>Cetamin 10% Syntec 10ml - Envio Todo Brasil</h1>
<p class="preco">R$ 189,90 <small>em até 6x sem juros</small></p>
<p>Cetamina injetável original, frasco lacrado, validade 2027. <b>Não precisa de receita.</b> Envio discreto pelos Correios (Sedex) para todo o Brasil, código de rastreio em 24h.</p>
<p>Pagamento via Pix com 10% de desconto. Mais de 5 frascos faço preço especial, chama no zap (11) 9 0000-0000.</p>
<p class="vendedor">Vendedor: agro_pet_distribuidora &middot; 143 vendas</p>
<button>Comprar agora</button> <button>Adicionar ao carrinho</button>
</div>
""", noise="cookie-pt")

p("h9608", "https://forum-psiconauti.example/t/vendo-ketamina-cristalli-spedizione-rapida-ita/48213", "seller", True, "it",
  "forum-vendor-thread", "[VENDO] Ketamina cristalli 98% – spedizione rapida ITA/UE – Forum Psiconauti", """
<header><a class="logo" href="/">Forum Psiconauti</a> <nav><a href="/c/esperienze">Esperienze</a> <a href="/c/riduzione-del-danno">Riduzione del danno</a> <a href="/c/mercatino">Mercatino</a> <a href="/login">Accedi</a></nav></header>
<main class="thread">
<h1>[VENDO] Ketamina cristalli 98% – spedizione rapida ITA/UE</h1>
<p class="categoria">Mercatino &middot; 2.341 visualizzazioni &middot; 37 risposte</p>
<article class="post">
<p class="autore"><b>k_dealer_milano</b> &middot; Vendor verificato &middot; 28 nov 2026</p>
<p>Ciao a tutti, riapro il thread dopo il restock. Ketamina in cristalli (aghi lunghi, testata al reagente Mandelin), arriva direttamente dall'Olanda.</p>
<p><b>Listino:</b><br>1 g &ndash; 40 &euro;<br>3 g &ndash; 105 &euro;<br>5 g &ndash; 160 &euro;<br>10 g &ndash; 290 &euro;</p>
<p>Spedizione anonima con Poste (busta imbottita, doppio sottovuoto), 2-3 giorni in tutta Italia. Pagamento solo crypto (XMR preferito, BTC ok). Reship al 50% se la busta si perde.</p>
<p>Ordini SOLO su Telegram @k_milano_shop o Session, non rispondo ai PM qui.</p>
</article>
<article class="post"><p class="autore"><b>silvia_psy</b> &middot; 29 nov 2026</p><p>Ricevuto ieri, stealth perfetto, qualità top. Grazie!</p></article>
<article class="post"><p class="autore"><b>moderatore_luca</b> &middot; 29 nov 2026</p><p>Ricordo che il forum non garantisce per i venditori del mercatino. Fate sempre test delle sostanze.</p></article>
</main>
<footer>Forum Psiconauti &middot; <a href="/regolamento">Regolamento</a> &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h9609", "https://ukmeds-direct-pharmacy.example/mental-health/esketamine-nasal-spray", "seller", True, "en",
  "questionnaire-only-online-doctor-long", "Buy Esketamine Nasal Spray (Spravato) Online UK | UKMeds Direct", """
<header>
<div class="promo">Next-day UK delivery if you order by 3pm &middot; Discreet packaging &middot; Now shipping to Ireland &amp; the EU</div>
<a class="logo" href="/">UKMeds Direct <small>Online Doctor &amp; Pharmacy</small></a>
<nav><a href="/weight-loss">Weight loss</a> <a href="/sleep">Sleep</a> <a href="/mental-health">Mental health</a> <a href="/pain">Pain relief</a> <a href="/mens-health">Men's health</a> <a href="/basket">Basket</a></nav>
</header>
<main>
<p class="crumbs"><a href="/">Home</a> &gt; <a href="/mental-health">Mental health</a> &gt; Esketamine nasal spray</p>
<h1>Esketamine Nasal Spray (Spravato) 28 mg</h1>
<p class="rating">Rated 4.8/5 from 1,209 reviews</p>
<div class="how">
<h2>How it works</h2>
<ol><li><b>Complete a 2-minute online consultation</b> &ndash; no GP appointment, no video call.</li><li><b>Our prescriber approves</b> your order, usually within 15 minutes.</li><li><b>Delivered to your door</b> next day in plain packaging.</li></ol>
</div>
<table class="prices">
<tr><th>Pack</th><th>Price</th></tr>
<tr><td>1 device (28 mg)</td><td>&pound;179.00</td></tr>
<tr><td>2 devices (56 mg)</td><td>&pound;329.00</td></tr>
<tr><td>3 devices (84 mg)</td><td>&pound;469.00</td></tr>
</table>
<button>Start consultation</button>
<p>Also available: <a href="/mental-health/ketamine-lozenges">Ketamine HCl lozenges 100 mg (x20) &ndash; &pound;149</a></p>
<h2>About esketamine</h2>
<p>Esketamine is the S-enantiomer of ketamine. It is licensed for treatment-resistant depression in adults. In the NHS it is normally only given in a clinic under observation &ndash; with UKMeds Direct you can use it in the comfort of your own home.</p>
<h2>FAQ</h2>
<p><b>Do I need a prescription?</b> No &ndash; our online consultation counts as your prescription. Almost all customers are approved first time.</p>
<p><b>Will anyone watch me take it?</b> No supervision is required. Read the leaflet and follow the dose on the box.</p>
<p><b>How can I pay?</b> Visa, Mastercard, Apple Pay, and crypto (BTC/USDT) for international orders.</p>
</main>
<aside><img src="/img/registered-pharmacy-badge.png" alt="Registered pharmacy"> <p>Questions? WhatsApp our pharmacy team 7 days a week.</p></aside>
<footer>&copy; 2026 UKMeds Direct Ltd &middot; <a href="/terms">Terms</a> &middot; <a href="/delivery">Delivery</a> &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h9610", "https://ketamine-guide-eu.example/where-to-buy-ketamine-online-europe", "seller", True, "en",
  "affiliate-doorway-padded", "Where to Buy Ketamine Online in Europe (2026 Guide) | Ketamine Guide EU", """
<header><a class="logo" href="/">Ketamine Guide EU</a> <nav><a href="/guides">Guides</a> <a href="/dosage">Dosage</a> <a href="/vendor-reviews">Vendor reviews</a> <a href="/about">About</a></nav></header>
<main>
<article>
<h1>Where to Buy Ketamine Online in Europe (2026 Guide)</h1>
<p class="meta">By Tom Reinholt &middot; Updated 2 December 2026 &middot; 11 min read</p>
<p class="disclosure">This article contains affiliate links. We may earn a commission if you order through them.</p>
<h2>A short history of ketamine</h2>
<p>Ketamine was developed in 1962 as a safer alternative to phencyclidine (PCP) and was first given to humans in 1964. It became widely used as a battlefield anaesthetic during the Vietnam War and is on the World Health Organization's List of Essential Medicines. It is an NMDA receptor antagonist with a short duration of action; its main metabolite is norketamine.</p>
<h2>Ketamine and depression</h2>
<p>Since the early 2000s, trials at Yale and the US National Institute of Mental Health have shown that a single sub-anaesthetic dose can lift depressive symptoms within hours. In 2019 the European Medicines Agency authorised esketamine nasal spray for treatment-resistant depression. Clinic treatment in Europe, however, can cost &euro;400&ndash;&euro;800 per session and waiting lists are long.</p>
<h2>The legal situation</h2>
<p>In most EU countries ketamine is a prescription-only medicine and in some it is a controlled substance. Laws change often, so always check your local rules.</p>
<h2>Our top pick: KetaDirect EU</h2>
<p>After testing six vendors we recommend <a href="https://ketadirect-eu.example/?ref=kgeu">KetaDirect EU</a>. They ship pharmaceutical-grade ketamine (liquid vials and crystal) to every EU country without a prescription, pack in stealth vacuum bags and reship for free if customs takes your parcel. Bitcoin and Monero accepted.</p>
<ul><li>Ketamine crystal 5 g &ndash; &euro;135</li><li>Ketamine 50 mg/ml vials (5 x 10 ml) &ndash; &euro;120</li></ul>
<p class="cta"><a class="button" href="https://ketadirect-eu.example/?ref=kgeu&amp;coupon=GUIDE10">Order now &ndash; use code GUIDE10 for 10% off</a></p>
<h2>Runner-up: the Dutch vendor</h2>
<p>If you prefer Telegram, <a href="https://t.me/dutchkstore_bot">DutchKStore</a> delivers to NL, BE and DE in 1&ndash;2 days.</p>
</article>
</main>
<footer>&copy; 2026 Ketamine Guide EU &middot; For information only.</footer>
""", noise="cookie")

p("h9611", "https://t.me/eu_k_plug_nl", "seller", True, "en",
  "telegram-bio-snippet", "EU K Plug NL", """
EU K PLUG 🇳🇱➡️🇪🇺 | Pure Ketamine shards & needles, 5g €110 / 10g €190 / 25g €400 | Stealth tracked shipping to all EU + UK, reship guaranteed | BTC / XMR / USDT only | DM @eukplug_orders for menu, no timewasters
""", ext="txt")

p("h9612", "https://dutchkstore.example/shop", "seller", True, "en",
  "vendor-shop-medium", "DutchKStore – Shop", """
<header><a class="logo" href="/">DutchKStore</a> <nav><a href="/shop">Shop</a> <a href="/shipping">Shipping</a> <a href="/reship-policy">Reship policy</a> <a href="/pgp">PGP</a> <a href="/cart">Cart</a></nav></header>
<main>
<h1>Shop</h1>
<p>Shipping from the Netherlands since 2019. All products lab-tested in our own reagent kits before dispatch.</p>
<div class="grid">
<div class="item"><h2>Ketamine Shards (S-isomer rich)</h2><p>1 g &euro;30 &middot; 5 g &euro;115 &middot; 10 g &euro;200 &middot; 50 g &euro;850</p><button>Add to cart</button></div>
<div class="item"><h2>Ketamine Needles (racemic)</h2><p>1 g &euro;28 &middot; 5 g &euro;105 &middot; 10 g &euro;190</p><button>Add to cart</button></div>
<div class="item"><h2>Esketamine HCl powder</h2><p>1 g &euro;45 &middot; 5 g &euro;190</p><button>Add to cart</button></div>
</div>
<h2>Shipping</h2>
<p>EU stealth (vacuum sealed, inside a retail product box) &ndash; &euro;15 tracked. UK &euro;25. No signature required. If your order is seized or lost we reship once for free (100% for orders over 10 g).</p>
<p>Payment: Bitcoin, Monero (5% off). Orders are auto-encrypted with our PGP key.</p>
</main>
<footer>DutchKStore &middot; contact via Telegram @dutchkstore_bot</footer>
""")

p("h9613", "https://vetsupply-balkan.example/product/ketamine-10-injectable-100ml", "seller", True, "en",
  "vet-product-sold-to-anyone", "Ketamine 10% Injectable 100 ml (veterinary) – VetSupply Balkan", """
<header><a class="logo" href="/">VetSupply Balkan</a> <nav><a href="/horses">Horses</a> <a href="/dogs-cats">Dogs &amp; cats</a> <a href="/anaesthetics">Anaesthetics</a> <a href="/shipping">Worldwide shipping</a> <a href="/cart">Cart</a></nav></header>
<main>
<h1>Ketamine 10% Injectable Solution &ndash; 100 ml</h1>
<p>Ketamine hydrochloride 100 mg/ml. Dissociative anaesthetic for dogs, cats, horses and laboratory animals. Manufactured in the EU.</p>
<p class="price">&euro;48.00 per bottle &middot; 5 bottles &euro;210 &middot; 10 bottles &euro;380</p>
<button>Add to cart</button>
<div class="note">
<p><b>No veterinary licence required for export orders.</b> Private buyers welcome &ndash; we do not ask for a prescription or clinic registration. Ships worldwide from Serbia with DHL or EMS, customs declaration as "veterinary supplies".</p>
<p>Payment by bank transfer, Western Union or Bitcoin.</p>
</div>
<h2>Also in Anaesthetics</h2>
<ul><li>Narketan 10 (ketamine) 10 ml &ndash; &euro;12</li><li>Xylazine 2% 50 ml &ndash; &euro;19</li><li>Tiletamine/zolazepam 5 ml &ndash; &euro;35</li></ul>
</main>
<footer>VetSupply Balkan d.o.o. &middot; WhatsApp orders +381 60 000 0000</footer>
""")

p("h9614", "https://swapmarket-eu.example/listing/88231-spravato-56mg-unopened", "seller", True, "en",
  "marketplace-listing-short", "Spravato 56 mg – 2 boxes unopened – SwapMarket EU", """
<div class="listing">
<h1>Spravato 56 mg &ndash; 2 boxes unopened</h1>
<p class="price">&euro;240 / box</p>
<p class="location">Rotterdam, NL &middot; Listed 3 days ago</p>
<p>Got these from the hospital pharmacy but stopped the treatment. Both boxes sealed, kept in fridge (not needed but anyway). Selling to anyone who can use them, no prescription questions. Ships tracked across the EU, pay by Revolut or PayPal friends &amp; family.</p>
<p>Category: Health &amp; Beauty &rsaquo; Other</p>
<button>Message seller</button> <button>Buy now</button>
</div>
""")

# ---------------------------------------------------------------- telehealth (9)

p("h9615", "https://mindbridge-psychiatry.example/treatments/ketamine-assisted-care", "telehealth", False, "en",
  "uk-online-psychiatry-long", "Ketamine-assisted care at home | MindBridge Online Psychiatry", """
<header>
<a class="logo" href="/">MindBridge <small>Online Psychiatry</small></a>
<nav><a href="/how-it-works">How it works</a> <a href="/treatments">Treatments</a> <a href="/our-psychiatrists">Our psychiatrists</a> <a href="/fees">Fees</a> <a href="/gp-referrals">For GPs</a> <a href="/login">Patient login</a></nav>
</header>
<main>
<h1>Ketamine-assisted care for treatment-resistant depression</h1>
<p>MindBridge is a private online psychiatry service registered with the Care Quality Commission. All of our doctors are consultant psychiatrists on the GMC specialist register. We see patients across England and Wales by secure video.</p>
<h2>Is it right for me?</h2>
<p>Ketamine is not a first-line treatment. We only consider it for adults whose depression has not responded to at least two adequate courses of antidepressants and who have a stable home situation. It is not suitable if you have uncontrolled high blood pressure, a history of psychosis, or current or past problems with ketamine or other drug use.</p>
<h2>How the programme works</h2>
<ol>
<li><b>Referral and records.</b> We ask your GP for a summary of your medical history before the first appointment.</li>
<li><b>Assessment by video (75 minutes).</b> A consultant psychiatrist takes a full history, checks your blood pressure readings and completes validated depression scales with you.</li>
<li><b>Team decision.</b> Your case is discussed at our weekly multidisciplinary meeting. Around half of the people we assess are not offered ketamine; we will explain other options.</li>
<li><b>First dose under observation.</b> The first sublingual dose is taken during a video session with a nurse present online, with a named adult at home.</li>
<li><b>Prescription and pharmacy.</b> If treatment continues, your psychiatrist issues a private prescription to our partner pharmacy, registered with the GPhC, which dispenses a limited supply (never more than 2 weeks) and delivers by signed-for courier.</li>
<li><b>Monitoring.</b> Weekly video reviews for the first 6 weeks, then fortnightly; bladder symptom questionnaire at every review.</li>
</ol>
<h2>Your psychiatrists</h2>
<ul>
<li>Dr Helen Marsh, MRCPsych &ndash; GMC 4829113 &ndash; clinical lead</li>
<li>Dr Rajiv Anand, MRCPsych &ndash; GMC 6120475</li>
<li>Dr Fiona Kerr, MRCPsych &ndash; GMC 7013388</li>
</ul>
<h2>Fees</h2>
<table>
<tr><td>Initial video assessment</td><td>&pound;395</td></tr>
<tr><td>Monthly programme fee (reviews, nurse support, prescribing)</td><td>&pound;290</td></tr>
<tr><td>Medication</td><td>charged by the pharmacy, typically &pound;40&ndash;&pound;70 per supply</td></tr>
</table>
<p>We cannot prescribe ketamine without completing the assessment above, and we do not prescribe to people living outside England and Wales. If you are in crisis, call 999 or Samaritans on 116 123.</p>
<p><a class="button" href="/book">Book an assessment</a></p>
</main>
<footer>MindBridge Online Psychiatry Ltd &middot; CQC provider ID 1-0000000000 &middot; <a href="/complaints">Complaints</a> &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h9616", "https://clearview-telepsychiatry.example/faq/esketamine", "telehealth", False, "en",
  "irish-telepsychiatry-faq", "Esketamine (Spravato) – FAQ | ClearView Telepsychiatry Ireland", """
<header><a class="logo" href="/">ClearView Telepsychiatry</a> <nav><a href="/services">Services</a> <a href="/faq">FAQ</a> <a href="/fees">Fees</a> <a href="/book">Book a video consultation</a></nav></header>
<main>
<h1>Esketamine (Spravato): frequently asked questions</h1>
<h3>Can you prescribe Spravato to me?</h3>
<p>Esketamine nasal spray has to be taken in a healthcare setting, with a nurse or doctor watching you for about two hours afterwards. So we do not send it to your home. What we can do is assess you by video, review your treatment history with your GP, and if esketamine is appropriate refer you to one of the partner treatment centres we work with in Dublin, Cork and Galway.</p>
<h3>Who will I see?</h3>
<p>All consultations are with consultant psychiatrists registered with the Medical Council of Ireland on the specialist division (psychiatry). You will see the same psychiatrist each time.</p>
<h3>How much does it cost?</h3>
<p>An initial 60-minute video consultation is &euro;300 and reviews are &euro;160. Many health insurers reimburse part of the fee. The esketamine sessions themselves are billed by the treatment centre.</p>
<h3>I saw a website selling Spravato online &ndash; is that safe?</h3>
<p>No. Any site that sends esketamine or ketamine by post after a questionnaire is not operating legally in Ireland. Please talk to your GP or book a consultation instead.</p>
</main>
<footer>ClearView Telepsychiatry Ltd &middot; Registered in Ireland &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h9617", "https://expatmind-iberia.example/en/ketamine-esketamine", "telehealth", False, "en",
  "expat-telepsychiatry-medium", "Ketamine & esketamine for expats in Spain and Portugal | ExpatMind Iberia", """
<nav><a href="/en/">Home</a> <a href="/en/psychiatrists">Psychiatrists</a> <a href="/en/prices">Prices</a> <a href="/es/">ES</a> <a href="/pt/">PT</a></nav>
<main>
<h1>Ketamine and esketamine &ndash; in English, wherever you live in Spain or Portugal</h1>
<p>ExpatMind Iberia is an online psychiatry practice for English speakers. Our psychiatrists are registered with the Colegio de Médicos (Spain) or the Ordem dos Médicos (Portugal) and see you by video from home.</p>
<p>If your depression has not improved with standard treatment, your psychiatrist will assess you over two video consultations, ask for your previous reports, and decide with you whether esketamine or ketamine is an option. Treatment itself is given in person at one of our partner hospitals in Lisbon, Porto, Málaga, Alicante or Barcelona; we handle the referral, translate the paperwork and keep following you up by video.</p>
<p>Video consultation: &euro;140 (50 min). Follow-up: &euro;90. Payment online when you book.</p>
<p><a href="/en/book">Book a video consultation</a></p>
</main>
""")

p("h9618", "https://psiquiatria-en-linea-mx.example/tratamientos/esketamina", "telehealth", False, "es",
  "mexican-telepsychiatry-medium", "Esketamina para depresión resistente | Psiquiatría en Línea México", """
<header><a class="logo" href="/">Psiquiatría en Línea <small>México</small></a>
<nav><a href="/como-funciona">Cómo funciona</a> <a href="/especialistas">Especialistas</a> <a href="/planes">Planes</a> <a href="/tratamientos">Tratamientos</a> <a href="/agendar">Agendar cita</a></nav></header>
<main>
<h1>Esketamina para depresión resistente al tratamiento</h1>
<p>La esketamina en espray nasal está aprobada por COFEPRIS para adultos con depresión que no ha mejorado con al menos dos antidepresivos. Se administra siempre en una clínica, bajo supervisión, y el paciente permanece en observación al menos dos horas.</p>
<h2>¿Cómo te acompañamos?</h2>
<ol>
<li><b>Valoración por videollamada</b> con un psiquiatra certificado por el Consejo Mexicano de Psiquiatría (60 min).</li>
<li>Revisión de tu historial y, si hace falta, estudios de laboratorio y toma de presión.</li>
<li>Si eres candidato, emitimos la receta y coordinamos las aplicaciones en una de nuestras clínicas aliadas en CDMX, Guadalajara, Monterrey o Puebla.</li>
<li>Seguimiento semanal en línea con tu mismo psiquiatra.</li>
</ol>
<h2>Nuestros especialistas</h2>
<p>Dra. Mariana Robles Cuevas &ndash; cédula de especialidad 08123456 &middot; Dr. Andrés Villaseñor &ndash; cédula 09234567</p>
<h2>Planes</h2>
<p>Consulta inicial $1,400 MXN &middot; Plan mensual de seguimiento $2,200 MXN. Las aplicaciones de esketamina se pagan directamente en la clínica aliada.</p>
<p class="aviso">No vendemos ni enviamos ketamina ni esketamina a domicilio.</p>
</main>
<footer>Psiquiatría en Línea México S.C. &middot; Aviso de privacidad</footer>
""", noise="cookie-es")

p("h9619", "https://psiquiatraonline-lucia-ferrer.example/ketamina", "telehealth", False, "es",
  "spanish-telepsychiatry-snippet", "Dra. Lucía Ferrer – Psiquiatra online", """
Dra. Lucía Ferrer, psiquiatra colegiada en Valencia (n.º 46/12345), consulta online por videollamada: si tras la valoración la esketamina está indicada, le derivo a la unidad hospitalaria concertada y hago el seguimiento en línea. No se prescribe ni se envía ketamina a domicilio. Primera consulta 120 €.
""", ext="txt")

p("h9620", "https://psychiatrie-videopraxis.example/behandlung/esketamin", "telehealth", False, "de",
  "german-video-psychiatry-medium", "Esketamin bei therapieresistenter Depression | Psychiatrische Videopraxis Dr. Lorenz", """
<header><a class="logo" href="/">Psychiatrische Videopraxis Dr. med. Katrin Lorenz</a>
<nav><a href="/praxis">Praxis</a> <a href="/ablauf">Ablauf der Videosprechstunde</a> <a href="/behandlung">Behandlung</a> <a href="/kosten">Kosten</a> <a href="/termin">Termin buchen</a></nav></header>
<main>
<h1>Esketamin-Nasenspray: Beratung per Videosprechstunde</h1>
<p>Ich bin Fachärztin für Psychiatrie und Psychotherapie (Ärztekammer Nordrhein) und behandle Privat- und Kassenpatientinnen und -patienten per zertifizierter Videosprechstunde.</p>
<h2>Was ich anbieten kann</h2>
<p>Esketamin (Spravato) ist in Deutschland für erwachsene Patienten mit therapieresistenter Depression zugelassen. Die Anwendung darf nur unter ärztlicher Aufsicht in einer Praxis oder Klinik erfolgen, mit anschließender Überwachung. Ein Versand nach Hause ist weder möglich noch zulässig.</p>
<ul>
<li>ausführliches Erstgespräch per Video (50 Minuten), Sichtung Ihrer Vorbefunde</li>
<li>Prüfung der Indikation und möglicher Gegenanzeigen (Blutdruck, Psychoseanamnese, Substanzkonsum)</li>
<li>Überweisung an ein kooperierendes Behandlungszentrum in Köln, Düsseldorf oder Essen</li>
<li>begleitende Psychotherapie und Verlaufskontrollen per Video, ggf. E-Rezept für Ihre übrige Medikation</li>
</ul>
<h2>Kosten</h2>
<p>Gesetzlich Versicherte: Abrechnung über die Krankenkasse (bitte eGK beim ersten Termin bereithalten). Privatversicherte: nach GOÄ.</p>
<p><a href="/termin">Jetzt Videotermin vereinbaren</a></p>
</main>
<footer>Impressum &middot; Datenschutz &middot; Berufsbezeichnung Ärztin, verliehen in Deutschland</footer>
""", noise="cookie-de")

p("h9621", "https://teleconsult-psy.example/traitements/esketamine", "telehealth", False, "fr",
  "french-teleconsultation-medium", "Eskétamine et dépression résistante – Téléconsultation psychiatrique | TéléPsy", """
<header><a class="logo" href="/">TéléPsy</a> <nav><a href="/psychiatres">Nos psychiatres</a> <a href="/teleconsultation">La téléconsultation</a> <a href="/tarifs">Tarifs</a> <a href="/rdv">Prendre rendez-vous</a></nav></header>
<main>
<h1>Dépression résistante : peut-on me proposer l'eskétamine en téléconsultation ?</h1>
<p>Nos psychiatres, tous inscrits au tableau de l'Ordre des médecins, reçoivent en téléconsultation vidéo remboursée par l'Assurance Maladie dans le cadre du parcours de soins.</p>
<p>L'eskétamine (Spravato) est un médicament réservé à l'usage hospitalier&nbsp;: elle est administrée uniquement dans un établissement de santé, avec une surveillance après chaque prise. Nous ne délivrons donc aucune ordonnance d'eskétamine ou de kétamine à utiliser à domicile.</p>
<p>Lors de la téléconsultation, le psychiatre fait le point sur vos traitements antérieurs, évalue si une stratégie de deuxième ligne est indiquée et, le cas échéant, vous adresse avec un courrier au centre expert ou au service de psychiatrie du CHU le plus proche.</p>
<p>Tarif&nbsp;: secteur 1, 55&nbsp;&euro; + majoration, tiers payant possible.</p>
</main>
<footer>TéléPsy SAS &middot; Hébergeur de données de santé certifié HDS &middot; Mentions légales</footer>
""", noise="cookie-fr")

p("h9622", "https://ggz-beeldbellen.example/behandelingen/esketamine", "telehealth", False, "nl",
  "dutch-online-ggz-short", "Esketamine – GGZ Beeldbellen", """
<nav><a href="/">Home</a> <a href="/aanmelden">Aanmelden</a> <a href="/behandelaars">Behandelaars</a> <a href="/vergoeding">Vergoeding</a></nav>
<main>
<h1>Esketamine bij therapieresistente depressie</h1>
<p>GGZ Beeldbellen is een online ggz-aanbieder. Na verwijzing door je huisarts heb je een intake via beeldbellen met een BIG-geregistreerde psychiater. Samen bekijken we welke behandelingen je al hebt gehad.</p>
<p>Esketamine-neusspray mag alleen onder toezicht in een kliniek worden toegediend. Als het bij jou past, verwijzen wij je door naar onze partnerkliniek in Amersfoort of Zwolle en blijven we je online begeleiden. Wij versturen geen medicatie.</p>
<p>De behandeling valt onder de basisverzekering (eigen risico van toepassing).</p>
</main>
""", noise="cookie-nl")

p("h9623", "https://telepsiquiatria-brasil.example/tratamentos/escetamina", "telehealth", False, "pt",
  "brazilian-telepsychiatry-medium", "Escetamina para depressão resistente | TelePsiquiatria Brasil", """
<header><a class="logo" href="/">TelePsiquiatria Brasil</a> <nav><a href="/como-funciona">Como funciona</a> <a href="/medicos">Médicos</a> <a href="/valores">Valores</a> <a href="/agendar">Agendar</a></nav></header>
<main>
<h1>Escetamina (Spravato) para depressão resistente</h1>
<p>A escetamina spray nasal é aprovada pela Anvisa para adultos com depressão resistente ao tratamento. A aplicação acontece sempre em clínica, com acompanhamento da equipe de saúde por pelo menos duas horas.</p>
<h2>Como funciona com a gente</h2>
<ol>
<li>Teleconsulta por vídeo com psiquiatra (Dr. Rafael Nunes, CRM-SP 123456, RQE 45678, ou Dra. Beatriz Almeida, CRM-MG 76543).</li>
<li>Avaliação do histórico e dos tratamentos anteriores; pedido de exames se necessário.</li>
<li>Se houver indicação, receita digital assinada com certificado ICP-Brasil e encaminhamento para uma clínica parceira em São Paulo, Belo Horizonte ou Curitiba.</li>
<li>Retornos online a cada 15 dias durante o tratamento.</li>
</ol>
<p>Consulta: R$ 450. Agendamento pelo site ou pelo WhatsApp da recepção (11) 9 1111-2222. Não vendemos nem enviamos cetamina ou escetamina.</p>
</main>
<footer>TelePsiquiatria Brasil &middot; Diretor técnico médico: Dr. Rafael Nunes &middot; CRM-SP 123456</footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics (8)

p("h9624", "https://harleymind-clinic.example/treatments/ketamine-infusions", "clinic", False, "en",
  "london-private-clinic-price-list-long", "Ketamine Infusions in London – Prices & Booking | HarleyMind Clinic", """
<header>
<div class="topbar">Call 020 0000 0000 &middot; WhatsApp us to book &middot; Mon&ndash;Sat 8am&ndash;7pm</div>
<a class="logo" href="/">HarleyMind Clinic <small>Harley Street, London W1</small></a>
<nav><a href="/treatments">Treatments</a> <a href="/team">Our team</a> <a href="/prices">Prices</a> <a href="/referrals">Referrals</a> <a href="/contact">Contact</a> <a class="button" href="/book">Book now</a></nav>
</header>
<main>
<h1>Ketamine infusions for depression</h1>
<p>Our consultant-led clinic on Harley Street offers intravenous ketamine for adults with treatment-resistant depression. Every infusion is given in our treatment suite by a consultant anaesthetist, with continuous monitoring of heart rate, blood pressure and oxygen levels, and you rest in a private recovery room before going home with an adult.</p>
<h2>Your treatment journey</h2>
<ol>
<li>Initial consultation with a consultant psychiatrist at the clinic (60 minutes)</li>
<li>Physical health check and ECG</li>
<li>Course of six 40-minute infusions over three weeks</li>
<li>Review appointment and maintenance plan, shared with your GP</li>
</ol>
<h2>Prices</h2>
<table class="prices">
<tr><td>Initial psychiatric consultation</td><td>&pound;450</td></tr>
<tr><td>Single ketamine infusion</td><td>&pound;650</td></tr>
<tr><td>Course of 6 infusions (paid in advance)</td><td>&pound;3,600</td></tr>
<tr><td>Maintenance infusion</td><td>&pound;595</td></tr>
<tr><td>Esketamine nasal spray session (incl. 2 h observation)</td><td>&pound;520</td></tr>
</table>
<p>We accept payment by card and bank transfer; several private insurers cover the consultation. A &pound;150 deposit secures your first appointment.</p>
<h2>Our team</h2>
<p>Dr Oliver Trent FRCA (consultant anaesthetist), Dr Naomi Kaye MRCPsych (consultant psychiatrist), Sister Claire Doherty RGN (lead nurse).</p>
<h2>Frequently asked questions</h2>
<p><b>Can I have treatment at home?</b> No. All ketamine and esketamine treatments take place at the clinic.</p>
<p><b>Do I need a GP referral?</b> It is not required but we will ask for your GP's details and write to them after each course.</p>
<p><b>Can I book by WhatsApp?</b> Yes &ndash; message us on 07000 000000 and our coordinator will arrange your consultation.</p>
</main>
<aside><h3>Regulated by</h3><p>Care Quality Commission &middot; Provider ID 1-0000000001</p></aside>
<footer>&copy; 2026 HarleyMind Clinic Ltd &middot; 00 Harley Street, London &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></footer>
""", noise="cookie")

p("h9625", "https://liffey-mental-health.example/services/esketamine-clinic", "clinic", False, "en",
  "dublin-esketamine-clinic-medium", "Esketamine Clinic | Liffey Mental Health, Dublin", """
<header><a class="logo" href="/">Liffey Mental Health</a> <nav><a href="/services">Services</a> <a href="/consultants">Consultants</a> <a href="/referrals">Referrals</a> <a href="/fees">Fees &amp; insurance</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Esketamine clinic</h1>
<p>Our day-hospital in Dublin 8 runs a dedicated esketamine (Spravato) clinic for adults with treatment-resistant depression, referred by their GP or psychiatrist.</p>
<h2>What happens on a treatment day</h2>
<p>You arrive at the day-hospital, our nurse checks your blood pressure, and you use the nasal spray yourself under direct supervision. You then stay with us in a quiet lounge for at least two hours until the nurse is satisfied that any dissociation or dizziness has passed. You must not drive until the next day, so please arrange a lift.</p>
<h2>Schedule</h2>
<p>Twice weekly for the first four weeks, once weekly for weeks 5&ndash;8, then every one or two weeks depending on your response. Your consultant reviews you in person every month.</p>
<h2>Fees</h2>
<p>Assessment &euro;280; each treatment session &euro;190 plus the cost of the medication. VHI, Laya and Irish Life Health provide cover on some plans &ndash; please check with your insurer.</p>
<p>To refer, GPs can use Healthlink or send a letter to our referrals office.</p>
</main>
<footer>Liffey Mental Health &middot; Approved Centre registered with the Mental Health Commission</footer>
""", noise="cookie")

p("h9626", "https://clinica-serena-bcn.example/en/esketamine", "clinic", False, "en",
  "barcelona-clinic-snippet", "Clínica Serena Barcelona – Esketamine", """
Clínica Serena Barcelona offers esketamine (Spravato) sessions in our Eixample clinic on Tuesday and Thursday mornings, each with 2 hours of nurse observation after the dose. Book your first in-person assessment with Dr. Pau Casals by phone or WhatsApp on +34 930 000 000.
""", ext="txt")

p("h9627", "https://clinica-ketamina-madrid.example/tratamiento-ketamina-depresion", "clinic", False, "es",
  "madrid-private-clinic-long", "Tratamiento con ketamina para la depresión en Madrid – Tarifas y cita | Clínica Alameda", """
<header>
<div class="top">Calle de Alcalá, Madrid &middot; Tel. 910 000 000 &middot; <a href="https://wa.me/34611111111">Pide cita por WhatsApp</a></div>
<a class="logo" href="/">Clínica Alameda <small>Psiquiatría y tratamiento del dolor</small></a>
<nav><a href="/">Inicio</a> <a href="/equipo">Equipo médico</a> <a href="/tratamientos">Tratamientos</a> <a href="/tarifas">Tarifas</a> <a href="/seguros">Aseguradoras</a> <a href="/contacto">Contacto</a></nav>
</header>
<main>
<h1>Tratamiento con ketamina para la depresión resistente</h1>
<p>En Clínica Alameda administramos ketamina intravenosa y esketamina intranasal en nuestras instalaciones de Madrid, bajo la supervisión de un psiquiatra y un anestesiólogo. Es un tratamiento indicado para personas con depresión mayor que no han respondido a otros tratamientos, siempre tras una valoración presencial.</p>
<h2>¿Cómo es el proceso?</h2>
<ol>
<li><b>Primera consulta presencial</b> con psiquiatra: historia clínica, escalas de depresión, revisión de tratamientos previos.</li>
<li><b>Analítica y electrocardiograma</b>, si no los trae recientes.</li>
<li><b>Sesiones de infusión</b> de 40 minutos en box individual con monitorización de constantes. Después permanecerá en observación hasta el alta (aprox. 1 hora).</li>
<li><b>Revisión</b> a las 3 semanas y plan de mantenimiento coordinado con su psiquiatra habitual.</li>
</ol>
<p>No realizamos tratamientos a domicilio ni prescribimos ketamina para uso en casa.</p>
<h2>Tarifas 2026</h2>
<table>
<tr><td>Primera consulta de psiquiatría</td><td>150 &euro;</td></tr>
<tr><td>Sesión de ketamina intravenosa</td><td>390 &euro;</td></tr>
<tr><td>Bono de 6 sesiones</td><td>2.100 &euro;</td></tr>
<tr><td>Sesión de esketamina intranasal (incluye observación de 2 h)</td><td>320 &euro;</td></tr>
</table>
<p>Aceptamos tarjeta, transferencia y financiación sin intereses. Consulte las aseguradoras con las que trabajamos.</p>
<h2>Equipo</h2>
<p>Dr. Javier Ortega Llamas (psiquiatra, col. 28/00000), Dra. Elena Prieto (anestesióloga, col. 28/11111), Enf. Marta Gil.</p>
<p><a class="boton" href="https://wa.me/34611111111">Solicitar primera consulta por WhatsApp</a></p>
</main>
<aside><p>Centro sanitario autorizado por la Comunidad de Madrid, n.º de registro CS00000.</p></aside>
<footer>&copy; Clínica Alameda 2026 &middot; Aviso legal &middot; Política de privacidad &middot; Política de cookies</footer>
""", noise="cookie-es")

p("h9628", "https://uniklinikum-nordheim.example/kliniken/psychiatrie/ambulanzen/therapieresistente-depression", "clinic", False, "de",
  "university-hospital-unit-medium", "Spezialambulanz für therapieresistente Depression – Klinik für Psychiatrie | Universitätsklinikum Nordheim", """
<header><a class="logo" href="/">Universitätsklinikum Nordheim</a>
<nav><a href="/patienten">Patienten &amp; Besucher</a> <a href="/kliniken">Kliniken &amp; Zentren</a> <a href="/zuweiser">Zuweiser</a> <a href="/forschung">Forschung</a> <a href="/karriere">Karriere</a></nav></header>
<main>
<p class="breadcrumb">Kliniken &rsaquo; Klinik für Psychiatrie und Psychotherapie &rsaquo; Ambulanzen</p>
<h1>Spezialambulanz für therapieresistente Depression</h1>
<p>Unsere Spezialambulanz berät und behandelt Patientinnen und Patienten, deren Depression trotz mehrerer leitliniengerechter Behandlungsversuche nicht ausreichend gebessert ist.</p>
<h2>Behandlungsangebote</h2>
<ul>
<li><b>Esketamin-Nasenspray</b> &ndash; Anwendung in unseren Behandlungsräumen unter ärztlicher Aufsicht, anschließend mindestens zwei Stunden Überwachung durch die Pflege</li>
<li><b>Ketamin-Infusionen</b> im Rahmen klinischer Studien (Informationen auf Anfrage)</li>
<li>Elektrokonvulsionstherapie (EKT) und repetitive transkranielle Magnetstimulation (rTMS)</li>
<li>Pharmakotherapie-Beratung und Psychotherapie</li>
</ul>
<h2>Anmeldung</h2>
<p>Für einen Termin benötigen Sie eine Überweisung von Ihrer Fachärztin oder Ihrem Facharzt für Psychiatrie. Bitte bringen Sie Vorbefunde und einen aktuellen Medikamentenplan mit. Die Kosten werden von den gesetzlichen und privaten Krankenkassen übernommen.</p>
<p>Terminvereinbarung: Mo&ndash;Fr 8:00&ndash;12:00 Uhr, Tel. 0000 000-0000</p>
<h2>Leitung</h2>
<p>Prof. Dr. med. Sabine Hartwig, Oberärztin Dr. med. Julia Brandt</p>
</main>
<footer>Universitätsklinikum Nordheim &middot; Anstalt des öffentlichen Rechts &middot; Impressum &middot; Datenschutz</footer>
""", noise="cookie-de")

p("h9629", "https://ketaminekliniek-utrecht.example/behandeling", "clinic", False, "nl",
  "dutch-private-clinic-medium", "Behandeling met ketamine | Ketaminekliniek Utrecht", """
<header><a class="logo" href="/">Ketaminekliniek Utrecht</a> <nav><a href="/behandeling">Behandeling</a> <a href="/team">Team</a> <a href="/tarieven">Tarieven</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketaminebehandeling bij depressie</h1>
<p>Ketaminekliniek Utrecht is een zelfstandig behandelcentrum (ZBC) voor mensen met een therapieresistente depressie. Je krijgt de ketamine-infusen bij ons in de kliniek, onder toezicht van een anesthesioloog en een psychiater.</p>
<h2>Hoe werkt het?</h2>
<ul>
<li>Aanmelding met een verwijzing van je huisarts of behandelend psychiater</li>
<li>Intakegesprek op locatie met de psychiater en lichamelijk onderzoek</li>
<li>Zes infusen in drie weken, elk ongeveer 40 minuten, met daarna een uur nazorg in de kliniek</li>
<li>Evaluatie en terugkoppeling aan je verwijzer</li>
</ul>
<p>Na een behandeling mag je niet zelf rijden; neem iemand mee of kom met het openbaar vervoer.</p>
<h2>Tarieven en vergoeding</h2>
<p>Met een geldige verwijzing wordt de behandeling meestal (deels) vergoed door je zorgverzekeraar. Zonder vergoeding: intake &euro; 295, per infuus &euro; 420. Wachttijd op dit moment circa 6 weken.</p>
</main>
<footer>Ketaminekliniek Utrecht &middot; KvK 00000000 &middot; AGB-code 00000000</footer>
""", noise="cookie-nl")

p("h9630", "https://clinica-infusao-sp.example/infusao-de-cetamina", "clinic", False, "pt",
  "brazilian-clinic-whatsapp-medium", "Infusão de Cetamina em São Paulo – Valores e Agendamento | Clínica Vitta Mente", """
<header>
<div class="topo">Av. Paulista, São Paulo &middot; <a href="https://wa.me/5511933334444">Agende pelo WhatsApp</a></div>
<a class="logo" href="/">Clínica Vitta Mente</a>
<nav><a href="/">Início</a> <a href="/equipe">Equipe</a> <a href="/tratamentos">Tratamentos</a> <a href="/valores">Valores</a> <a href="/contato">Contato</a></nav>
</header>
<main>
<h1>Infusão de cetamina para depressão resistente</h1>
<p>Na Clínica Vitta Mente as sessões de cetamina endovenosa e de escetamina nasal são feitas presencialmente, em sala equipada com monitorização, sob responsabilidade de médico anestesiologista e com acompanhamento de psiquiatra.</p>
<h2>Etapas</h2>
<p>1) Consulta presencial com psiquiatra; 2) exames e eletrocardiograma; 3) sessões de infusão de 40 minutos, com observação até a liberação; 4) reavaliação ao fim do ciclo.</p>
<h2>Valores</h2>
<ul>
<li>Consulta psiquiátrica inicial: R$ 700</li>
<li>Sessão de infusão de cetamina: R$ 1.200</li>
<li>Pacote de 6 sessões: R$ 6.600 (até 10x no cartão)</li>
</ul>
<p>Emitimos nota fiscal para reembolso do plano de saúde. Agendamentos pelo WhatsApp (11) 9 3333-4444 ou pelo telefone.</p>
<p>Responsável técnico: Dr. Eduardo Tavares, CRM-SP 000000, RQE 00000.</p>
</main>
<footer>Clínica Vitta Mente Ltda. &middot; CNPJ 00.000.000/0001-00</footer>
""", noise="cookie-pt")

p("h9631", "https://ospedale-san-lorenzo.example/reparti/psichiatria/ambulatorio-depressione-resistente", "clinic", False, "it",
  "italian-hospital-outpatient-medium", "Ambulatorio per la depressione resistente – Esketamina | Ospedale San Lorenzo", """
<div class="cookie">Questo sito utilizza cookie tecnici e, previo consenso, cookie di analisi. <button>Accetto</button> <button>Rifiuto</button></div>
<header><a class="logo" href="/">Azienda Ospedaliera San Lorenzo</a> <nav><a href="/prenotazioni">Prenotazioni CUP</a> <a href="/reparti">Reparti e servizi</a> <a href="/urp">URP</a> <a href="/amministrazione-trasparente">Amministrazione trasparente</a></nav></header>
<main>
<h1>Ambulatorio per la depressione resistente al trattamento</h1>
<p>L'ambulatorio della S.C. Psichiatria offre valutazione specialistica e trattamento ai pazienti con depressione che non hanno risposto ad almeno due antidepressivi.</p>
<h2>Esketamina spray nasale</h2>
<p>Presso l'ambulatorio è attivo il trattamento con esketamina (Spravato), prescrivibile secondo il piano terapeutico AIFA. Il farmaco viene autosomministrato dal paziente sotto la diretta supervisione del personale sanitario, con osservazione successiva di almeno due ore. Non è possibile ritirare il farmaco per l'uso a domicilio.</p>
<h2>Come accedere</h2>
<p>È necessaria l'impegnativa del medico di medicina generale o dello psichiatra curante per &laquo;visita psichiatrica &ndash; depressione resistente&raquo;. Prenotazione tramite CUP regionale o allo sportello. È dovuto il ticket secondo la normativa vigente.</p>
<p>Responsabile: Dott.ssa Chiara Fontana, Dirigente medico psichiatra.</p>
</main>
<footer>Azienda Ospedaliera San Lorenzo &middot; P.IVA 00000000000 &middot; Note legali &middot; Privacy</footer>
""")

# ---------------------------------------------------------------- informational (9)

p("h9632", "https://eu-police-cooperation.example/newsroom/news/14-ketamine-webshops-taken-down-in-joint-action", "informational", False, "en",
  "eu-police-press-release-medium", "14 ketamine webshops taken down and 230 kg seized in joint action | Newsroom", """
<header><a class="logo" href="/">European Police Cooperation Office</a> <nav><a href="/newsroom">Newsroom</a> <a href="/crime-areas">Crime areas</a> <a href="/operations">Operations</a> <a href="/careers">Careers</a></nav></header>
<main>
<article>
<p class="date">Press release &middot; 4 December 2026</p>
<h1>14 ketamine webshops taken down and 230 kg seized in joint action</h1>
<p>Law enforcement authorities from the Netherlands, Germany, Spain, Belgium and Poland, supported by the European Police Cooperation Office, have dismantled a criminal network suspected of selling ketamine through webshops and Telegram channels to customers in at least 19 countries.</p>
<p>During coordinated action days on 25 and 26 November, investigators searched 21 premises and arrested 9 suspects. Officers seized around 230 kg of ketamine, 12 kg of 2-fluorodeschloroketamine, packaging machines, EUR 640 000 in cash and cryptocurrency worth EUR 1.1 million.</p>
<h2>Marketed as "pharmacy grade"</h2>
<p>The webshops presented themselves as online pharmacies or "research chemical" suppliers. Typical slogans included <i>"No prescription needed &ndash; stealth shipping to all EU"</i> and <i>"Reship guaranteed if customs takes your parcel"</i>. Prices ranged from EUR 25 to EUR 40 per gram. Customers paid in Bitcoin or Monero and were told to contact "support" on Telegram. Parcels were disguised as cosmetics and sent through ordinary postal services.</p>
<p>The domains have been seized and now show a law-enforcement banner. Customers' data has been secured and may be shared with national authorities.</p>
<h2>A public health concern</h2>
<p>Ketamine is a medicine that should only be used under medical supervision. Laboratory analysis of seized samples found that a third of the products sold as "ketamine" contained other substances, including 2F-DCK.</p>
</article>
</main>
<footer>European Police Cooperation Office &middot; Press office &middot; <a href="/contact">Media contacts</a></footer>
""", noise="cookie")

p("h9633", "https://irish-medicines-authority.example/news-and-events/safety-notices/ketamine-esketamine-online", "informational", False, "en",
  "medicines-regulator-warning-medium", "Warning: do not buy ketamine or esketamine online | Irish Medicines Authority", """
<header><a class="logo" href="/">Irish Medicines Authority</a> <nav><a href="/regulatory-info">Regulatory information</a> <a href="/safety-notices">Safety notices</a> <a href="/enforcement">Enforcement</a> <a href="/public">Public</a></nav></header>
<main>
<h1>Public warning: do not buy ketamine or esketamine online</h1>
<p class="date">Published 1 December 2026</p>
<p>The Irish Medicines Authority is warning the public not to buy ketamine or esketamine (Spravato) from websites, social media or messaging apps. In the first ten months of 2026 we and Revenue's Customs Service detained more than 1,300 units of ketamine products ordered online, including vials labelled for veterinary use and nasal spray devices with foreign packaging.</p>
<p>Websites we have investigated use phrases such as <i>"approved in minutes by our online doctor"</i>, <i>"no GP needed"</i> and <i>"discreet next-day delivery to Ireland"</i>. Some display fake pharmacy logos or copy the name of genuine Irish pharmacies.</p>
<h2>What you should know</h2>
<ul>
<li>Esketamine is only given in approved healthcare settings, under supervision.</li>
<li>Ketamine is a controlled drug in Ireland. Supplying it without a prescription is a criminal offence.</li>
<li>Products bought online may be falsified, contaminated or a different substance altogether.</li>
</ul>
<p>If you have bought medicines online and feel unwell, contact your GP or the National Poisons Information Centre. You can report suspicious websites to our enforcement section.</p>
</main>
<footer>Irish Medicines Authority &middot; Kevin O'Malley House, Dublin 2</footer>
""", noise="cookie")

p("h9634", "https://agencia-medicamentos-es.example/informa/notas-informativas/2026/ketamina-esketamina-venta-ilegal-internet", "informational", False, "es",
  "medicines-agency-note-medium", "La Agencia alerta sobre la venta ilegal de ketamina y esketamina en internet", """
<header><a class="logo" href="/">Agencia Española de Medicamentos (portal informativo)</a> <nav><a href="/medicamentos-uso-humano">Medicamentos de uso humano</a> <a href="/veterinarios">Medicamentos veterinarios</a> <a href="/informa">Informa</a> <a href="/ciudadanos">Ciudadanos</a></nav></header>
<main>
<p class="ref">Nota informativa MUH (FV) 27/2026 &middot; Fecha de publicación: 26 de noviembre de 2026 &middot; Categoría: medicamentos ilegales</p>
<h1>La Agencia alerta sobre la venta ilegal de ketamina y esketamina en internet</h1>
<p>La Agencia ha detectado un aumento de páginas web, perfiles en redes sociales y canales de mensajería que ofrecen ketamina y esketamina sin receta médica. En colaboración con la Guardia Civil y la Dirección General de Aduanas se han solicitado el bloqueo de 37 dominios.</p>
<p>Estas webs utilizan mensajes como <i>&laquo;comprar ketamina online sin receta&raquo;</i>, <i>&laquo;envío discreto 24/48 h&raquo;</i> o <i>&laquo;pide por WhatsApp&raquo;</i>, y aceptan pagos por Bizum o criptomonedas. Algunas se presentan como farmacias y copian los logotipos oficiales.</p>
<h2>Recomendaciones a la ciudadanía</h2>
<ul>
<li>La venta a distancia de medicamentos sujetos a prescripción está prohibida en España.</li>
<li>La esketamina (Spravato) es un medicamento de uso hospitalario y solo se administra en centros sanitarios.</li>
<li>Compruebe siempre que una farmacia online está autorizada y muestra el logotipo común europeo enlazado al listado oficial.</li>
</ul>
<h2>Información para profesionales sanitarios</h2>
<p>Se recuerda a los profesionales la importancia de notificar cualquier sospecha de reacción adversa asociada al consumo de estos productos a través de www.notificaram.es.</p>
</main>
<footer>Portal informativo &middot; Aviso legal &middot; Accesibilidad</footer>
""", noise="cookie-es")

p("h9635", "https://diario-el-litoral-sur.example/sociedad/venden-ketamina-por-instagram-y-whatsapp-asi-funciona-el-negocio-n83312", "informational", False, "es",
  "argentine-newspaper-long", "Venden ketamina por Instagram y WhatsApp: así funciona el negocio | Diario El Litoral Sur", """
<header>
<div class="fecha">Rosario, sábado 5 de diciembre de 2026 &middot; Dólar oficial &middot; Clima 27&deg;</div>
<a class="logo" href="/">Diario El Litoral Sur</a>
<nav><a href="/politica">Política</a> <a href="/economia">Economía</a> <a href="/sociedad">Sociedad</a> <a href="/policiales">Policiales</a> <a href="/deportes">Deportes</a> <a href="/suscribite">Suscribite</a></nav>
</header>
<main>
<article>
<p class="volanta">INVESTIGACIÓN</p>
<h1>Venden ketamina por Instagram y WhatsApp: así funciona el negocio</h1>
<p class="bajada">Perfiles que se presentan como &laquo;veterinarias&raquo; o &laquo;distribuidoras&raquo; ofrecen frascos del anestésico sin receta y con envío a todo el país. La ANMAT ya pidió la baja de decenas de publicaciones.</p>
<p class="autor">Por Florencia Medina &middot; 5 de diciembre de 2026</p>
<p>&laquo;Ketamina 50 ml, original, sin receta. Envíos a todo el país por correo. Consultá por privado&raquo;. El mensaje aparece en una cuenta de Instagram con más de 4.000 seguidores, que alterna fotos de productos para mascotas con imágenes de frascos de ketamina de uso veterinario.</p>
<p>Este diario se contactó por WhatsApp con cinco de esos perfiles, haciéndose pasar por un comprador. Todos respondieron en menos de una hora. &laquo;El frasco de 50 ml está 85 lucas, si llevás tres te lo dejo en 230. Pagás por transferencia o cripto y te lo mando en el día por moto en Rosario&raquo;, escribió uno de ellos. Otro ofrecía &laquo;ketamina en cristal&raquo; a 40.000 pesos el gramo y aseguraba que &laquo;nunca hubo un problema con el correo&raquo;.</p>
<h2>Un anestésico de uso médico</h2>
<p>La ketamina es un anestésico que se usa en quirófanos, en emergencias y en veterinaria. En los últimos años también se estudia, en dosis bajas y bajo estricto control médico, para la depresión resistente. &laquo;No tiene nada que ver con lo que se vende en redes&raquo;, explica la toxicóloga Graciela Sosa, del hospital provincial. &laquo;Acá vemos chicos con cuadros de desorientación, hipertensión y, en consumidores frecuentes, lesiones graves en la vejiga&raquo;.</p>
<h2>Qué dice la ley</h2>
<p>La ketamina es un medicamento de venta bajo receta archivada y su desvío al mercado ilegal puede encuadrarse en la ley de estupefacientes. La ANMAT informó que en 2026 solicitó la baja de 68 publicaciones en redes sociales y marketplaces y que trabaja con la Policía Federal para identificar a los vendedores.</p>
<p>&laquo;Cuando un perfil dice &lsquo;sin receta&rsquo; y pide pago por transferencia a una cuenta personal, no hay ninguna duda: es venta ilegal&raquo;, resumió una fuente del organismo.</p>
<div class="recuadro"><b>¿Dónde pedir ayuda?</b> Línea 141 de la Sedronar, gratuita y anónima, las 24 horas.</div>
</article>
</main>
<aside><h3>Lo más leído</h3><ol><li>Paro de colectivos: qué líneas funcionan</li><li>Ketamina por Instagram: así funciona el negocio</li><li>Newell's confirmó a su nuevo DT</li></ol></aside>
<footer>&copy; 2026 Diario El Litoral Sur &middot; Todos los derechos reservados &middot; Registro DNDA en trámite</footer>
""")

p("h9636", "https://zoll-pressemitteilungen.example/2026/11/zollfahndung-ketamin-webshop-abgeschaltet", "informational", False, "de",
  "customs-press-release-medium", "Zollfahndung schaltet Ketamin-Webshop ab – 38 Kilogramm sichergestellt | Pressemitteilungen", """
<header><a class="logo" href="/">Zoll &ndash; Pressemitteilungen (Informationsportal)</a> <nav><a href="/presse">Presse</a> <a href="/themen">Themen</a> <a href="/archiv">Archiv</a></nav></header>
<main>
<article>
<p class="ort">Frankfurt am Main, 27. November 2026</p>
<h1>Zollfahndung schaltet Ketamin-Webshop ab &ndash; 38 Kilogramm sichergestellt</h1>
<p>Beamtinnen und Beamte des Zollfahndungsamtes haben in Zusammenarbeit mit der Staatsanwaltschaft einen Onlineshop abgeschaltet, über den seit 2024 Ketamin und Esketamin an Kundinnen und Kunden in ganz Europa verkauft worden sein sollen. Bei Durchsuchungen in Offenbach und Mainz wurden rund 38 Kilogramm Ketamin, 900 Esketamin-Nasensprays unbekannter Herkunft sowie Verpackungsmaterial sichergestellt. Zwei Beschuldigte im Alter von 31 und 44 Jahren befinden sich in Untersuchungshaft.</p>
<p>Der Shop trat als &bdquo;Versandapotheke&ldquo; auf und warb mit Formulierungen wie &bdquo;Kein Rezept? Kein Problem!&ldquo;, &bdquo;diskreter Versand in neutraler Verpackung&ldquo; und &bdquo;Bezahlung per Bitcoin &minus;10&nbsp;%&ldquo;. Ein angeblicher &bdquo;Partnerarzt&ldquo; gab Bestellungen nach einem Online-Fragebogen frei. Ermittlungen ergaben, dass keine ärztliche Prüfung stattfand.</p>
<p>Die Ermittler warnen: Bei Arzneimitteln aus nicht zugelassenen Quellen ist weder Inhalt noch Dosierung gesichert. Ketamin unterliegt in Deutschland der Verschreibungspflicht; der unerlaubte Handel ist strafbar.</p>
<p>Die Internetseite zeigt inzwischen einen Sicherstellungshinweis der Strafverfolgungsbehörden.</p>
</article>
</main>
<footer>Pressestelle &middot; Impressum &middot; Datenschutz</footer>
""", noise="cookie-de")

p("h9637", "https://actu-juridique-penale.example/jurisprudence/tribunal-correctionnel-lyon-vente-ketamine-telegram", "informational", False, "fr",
  "french-court-ruling-report-medium", "Vente de kétamine via Telegram : le tribunal correctionnel de Lyon condamne un « plug » à 4 ans | Actu Juridique Pénale", """
<header><a class="logo" href="/">Actu Juridique Pénale</a> <nav><a href="/jurisprudence">Jurisprudence</a> <a href="/stupefiants">Stupéfiants</a> <a href="/procedure">Procédure</a> <a href="/abonnement">Abonnement</a></nav></header>
<main>
<article>
<p class="meta">Jurisprudence &middot; T. corr. Lyon, 6e ch., 19 novembre 2026, n&deg; 26/04812 &middot; par Me Claire Dumontet, avocate au barreau de Lyon</p>
<h1>Vente de kétamine via Telegram : le tribunal correctionnel de Lyon condamne un &laquo;&nbsp;plug&nbsp;&raquo; à 4 ans</h1>
<p>Par un jugement du 19 novembre 2026, le tribunal correctionnel de Lyon a condamné un homme de 27 ans à quatre ans d'emprisonnement dont deux avec sursis probatoire, pour offre, cession et transport de stupéfiants, en l'espèce de la kétamine, ainsi qu'à la confiscation de 61&nbsp;000&nbsp;&euro; en cryptoactifs.</p>
<h2>Les faits</h2>
<p>Le prévenu animait un canal Telegram d'environ 3&nbsp;200 abonnés. Les messages saisis par les enquêteurs de l'OFAST, reproduits dans le jugement, proposaient notamment : &laquo;&nbsp;K cristaux 1 g 40&nbsp;&euro; / 5 g 170&nbsp;&euro;, livraison Lyon en 1 h, envoi colis partout en France, paiement crypto ou PCS&nbsp;&raquo;. Les commandes étaient passées par messages privés, puis livrées par coursier ou expédiées en point relais.</p>
<h2>La décision</h2>
<p>La défense soutenait que la kétamine étant un médicament, les faits relevaient de l'exercice illégal de la pharmacie et non de la législation sur les stupéfiants. Le tribunal écarte l'argument : la kétamine est inscrite sur la liste des stupéfiants depuis 1997, et sa cession hors du circuit pharmaceutique caractérise l'infraction.</p>
<h2>Portée</h2>
<p>La décision s'inscrit dans une série de condamnations visant les canaux de messagerie. Elle rappelle que les mentions &laquo;&nbsp;produit de recherche&nbsp;&raquo; ou &laquo;&nbsp;non destiné à la consommation humaine&nbsp;&raquo; ne protègent pas le vendeur. Appel a été interjeté.</p>
</article>
</main>
<footer>Actu Juridique Pénale &middot; Revue en ligne &middot; ISSN en cours</footer>
""", noise="cookie-fr")

p("h9638", "https://drugs-testservice.example/nieuws/waarschuwing-ketamine-blijkt-2f-dck", "informational", False, "nl",
  "drug-checking-warning-medium", "Waarschuwing: 'ketamine' blijkt vaak 2F-DCK | Drugs Testservice", """
<header><a class="logo" href="/">Drugs Testservice</a> <nav><a href="/testlocaties">Testlocaties</a> <a href="/waarschuwingen">Waarschuwingen</a> <a href="/middelen">Middelen A-Z</a> <a href="/over-ons">Over ons</a></nav></header>
<main>
<article>
<p class="label">Waarschuwing &middot; 2 december 2026</p>
<h1>Waarschuwing: &lsquo;ketamine&rsquo; blijkt vaak 2F-DCK</h1>
<p>Sinds september zijn er op onze testlocaties 214 monsters ingeleverd die als ketamine waren gekocht. In 41 daarvan vond het laboratorium geen ketamine, maar 2-fluorodeschloroketamine (2F-DCK) of deschloroketamine (DCK). Deze middelen lijken op ketamine, maar werken langer en de juiste dosis is moeilijker in te schatten.</p>
<p>Veel gebruikers vertelden dat ze de middelen online hadden gekocht, via Telegram-kanalen of webshops die &lsquo;ketamine kristallen&rsquo; aanbieden voor &euro;25 tot &euro;30 per gram, soms met de tekst &lsquo;niet voor menselijke consumptie&rsquo;. Ook was er een monster van een &lsquo;apotheek&rsquo; die esketamine-neusspray zonder recept verstuurde; dat bevatte geen esketamine.</p>
<h2>Wat kun je doen?</h2>
<ul>
<li>Laat je middel anoniem testen bij een testlocatie bij jou in de buurt.</li>
<li>Begin laag en wacht lang genoeg voordat je bijneemt.</li>
<li>Combineer niet met alcohol, GHB of opiaten.</li>
<li>Bij problemen: bel 112. Artsen kunnen voor advies terecht bij het Nationaal Vergiftigingen Informatie Centrum.</li>
</ul>
<p>Wij verkopen geen middelen en geven geen adressen van verkopers door.</p>
</article>
</main>
<footer>Drugs Testservice &middot; anoniem en gratis &middot; Privacyverklaring</footer>
""", noise="cookie-nl")

p("h9639", "https://ordem-farmaceuticos-pt.example/noticias/alerta-venda-ilegal-cetamina-escetamina-online", "informational", False, "pt",
  "pharmacists-order-alert-short", "Ordem alerta para venda ilegal de cetamina e escetamina online", """
<header><a class="logo" href="/">Ordem dos Farmacêuticos (portal de notícias)</a> <nav><a href="/noticias">Notícias</a> <a href="/cidadaos">Cidadãos</a> <a href="/profissionais">Profissionais</a></nav></header>
<main>
<h1>Ordem alerta para venda ilegal de cetamina e escetamina online</h1>
<p class="data">Lisboa, 30 de novembro de 2026</p>
<p>A Ordem dos Farmacêuticos alerta os cidadãos para sites e perfis em redes sociais que anunciam &laquo;cetamina sem receita&raquo;, &laquo;escetamina spray entregue em casa&raquo; e &laquo;farmácia online com envio discreto para Portugal&raquo;. Nenhum destes sites consta da lista de entidades autorizadas pelo Infarmed para venda de medicamentos à distância.</p>
<p>A cetamina é um medicamento sujeito a receita médica especial e a escetamina é de uso exclusivo hospitalar. A Ordem lembra que os farmacêuticos não podem dispensar estes medicamentos sem prescrição válida e pede que qualquer anúncio suspeito seja reportado ao Infarmed.</p>
</main>
<footer>Ordem dos Farmacêuticos &middot; Contactos &middot; Política de privacidade</footer>
""", noise="cookie-pt")

p("h9640", "https://quotidiano-del-nord.example/cronaca/2026/11/28/nas-oscurati-siti-ketamina-esketamina", "informational", False, "it",
  "italian-newspaper-medium", "Ketamina e spray nasale venduti online senza ricetta: i Nas oscurano 23 siti | Quotidiano del Nord", """
<div class="cookie">Utilizziamo cookie e tecnologie simili. <button>Accetta</button> <button>Rifiuta</button> <a href="#">Personalizza</a></div>
<header><a class="logo" href="/">Quotidiano del Nord</a> <nav><a href="/cronaca">Cronaca</a> <a href="/politica">Politica</a> <a href="/economia">Economia</a> <a href="/salute">Salute</a> <a href="/sport">Sport</a> <a href="/abbonati">Abbonati</a></nav></header>
<main>
<article>
<p class="occhiello">SALUTE E CRIMINALITÀ</p>
<h1>Ketamina e spray nasale venduti online senza ricetta: i Nas oscurano 23 siti</h1>
<p class="sommario">Le pagine si presentavano come &laquo;farmacie online&raquo; o negozi di &laquo;prodotti per la ricerca&raquo;. Pagamenti in criptovalute e spedizioni anonime dall'estero.</p>
<p class="firma">di Marco Bellini &middot; 28 novembre 2026</p>
<p>I carabinieri del Nucleo antisofisticazioni e sanità (Nas), in collaborazione con il ministero della Salute, hanno ottenuto l'oscuramento di 23 siti internet che vendevano ketamina, esketamina e analoghi della ketamina senza alcuna prescrizione medica.</p>
<p>Sui siti, scritti in un italiano spesso approssimativo, si leggevano offerte come &laquo;Ketamina liquida 10 ml a 49 euro, spedizione anonima in 48 ore&raquo; o &laquo;Spray esketamina per la depressione, nessuna ricetta richiesta&raquo;. Alcuni rimandavano a un canale Telegram per &laquo;ordini e assistenza&raquo; e accettavano solo Bitcoin o carte prepagate.</p>
<p>&laquo;L'esketamina è un farmaco che in Italia si somministra solo in strutture sanitarie, con un piano terapeutico e sotto osservazione&raquo;, spiega un dirigente del ministero. &laquo;Chi la compra online non sa cosa riceve.&raquo; Le analisi su alcuni flaconi acquistati dagli investigatori hanno rilevato concentrazioni diverse da quelle dichiarate.</p>
<p>Il ministero ricorda che le farmacie autorizzate alla vendita online espongono il logo comune europeo e compaiono nell'elenco ufficiale pubblicato sul sito istituzionale.</p>
</article>
</main>
<aside><h3>Leggi anche</h3><ul><li>Sballo da ketamina, aumentano gli accessi al pronto soccorso</li><li>Depressione resistente, come funziona la terapia con esketamina</li></ul></aside>
<footer>&copy; 2026 Quotidiano del Nord &middot; Reg. Trib. n. 000 &middot; P.IVA 00000000000</footer>
""")

save(OUT, R)
