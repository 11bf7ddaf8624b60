# Batch 132 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Beyond English". The web of Spain and Latin America (Spain, Mexico, Argentina, Colombia),
# Germany/Austria/Switzerland, France/Belgium/Quebec, the Netherlands/Flanders, Portugal/Brazil and
# Italy, as messy as it is: regional spellings and slang (voseo, Mexican and Quebec colloquialisms,
# Flemish, Swiss "ss", Austrian "Ordination"/"Jaenner", European vs Brazilian Portuguese), local payment
# methods (Bizum, OXXO/SPEI, Mercado Pago, TWINT, Paysafecard, Transcash, Interac, iDEAL, Bancontact/
# Payconiq, Pix/boleto, MB WAY/Multibanco, PostePay, Satispay), couriers (Correos Express, SEUR,
# Estafeta, DHL Packstation, Swiss Post, Mondial Relay, Postes Canada, PostNL, bpost, Correios/Sedex,
# CTT, BRT/SDA), regulators and law (AEMPS, COFEPRIS, BfArM/NpSG, Swissmedic, ANSM, Infarmed, ANVISA,
# CFM, AIFA/NAS, Opiumwet, RAMQ, OeGK), telehealth and clinics as those countries organise them.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 12 English, 28 es/de/fr/nl/pt/it
# (es 6, de 5, fr 5, nl 4, pt 4, it 4).
# Shapes: long pages with site chrome (menus, cookie banners, footers), medium product/classified
# pages, a social bio and a messenger menu as plain text, a doorway blog post, a darknet listing, a
# bot-check wall (url-only), price/tariff pages, intake and billing pages, news, a drug-checking
# warning, forums (one plain-text excerpt), a law firm, an agency profile, a wholesaler catalogue.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch132.py (writes batch132/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch132")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

IT_COOKIE = ('<div class="cookie-law">Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione '
             'di terze parti. <a href="/privacy">Informativa estesa</a> <button>Accetta</button> <button>Rifiuta</button></div>')

# ---------------------------------------------------------------- sellers (14)

p("h13201", "https://suministros-veterinarios-sanroque.example/tienda/anestesicos/imalgene-1000-ketamina-10-ml", "seller", True, "es",
  "fake-vet-supply-product-page-spain", "Imalgène 1000 (ketamina 100 mg/ml) 10 ml | Suministros Veterinarios San Roque", """
<header>
<div class="topbar">&#128666; Envío GRATIS a partir de 60 € &middot; Península 24/48 h con Correos Express o SEUR &middot; Baleares y Canarias consultar</div>
<a class="logo" href="/">Suministros Veterinarios <b>San Roque</b> <small>Desde 1998 al servicio del profesional</small></a>
<form class="search"><input placeholder="Buscar producto, laboratorio, principio activo..."><button>Buscar</button></form>
<nav><a href="/tienda/perros">Perros</a> <a href="/tienda/gatos">Gatos</a> <a href="/tienda/equinos">Equinos</a> <a href="/tienda/anestesicos">Anestésicos y sedantes</a> <a href="/tienda/antiparasitarios">Antiparasitarios</a> <a href="/ofertas">Ofertas</a> <a href="/mi-cuenta">Mi cuenta</a> <a href="/carrito">Carrito (0)</a></nav>
</header>
<main>
<p class="migas"><a href="/">Inicio</a> &rsaquo; <a href="/tienda/anestesicos">Anestésicos y sedantes</a> &rsaquo; Imalgène 1000</p>
<div class="ficha">
<img src="/img/productos/imalgene-1000.jpg" alt="Imalgène 1000 vial 10 ml">
<h1>Imalgène 1000 &ndash; ketamina 100 mg/ml solución inyectable, vial 10 ml</h1>
<p class="ref">Ref: SR-ANE-0412 &middot; Laboratorio: Boehringer Ingelheim &middot; <span class="stock">&#9679; En stock (quedan 7)</span></p>
<p class="precio"><del>96,00 €</del> <strong>84,90 €</strong> IVA incl.</p>
<table class="packs">
<tr><th>Formato</th><th>Precio</th><th></th></tr>
<tr><td>1 vial 10 ml</td><td>84,90 €</td><td><button>Añadir</button></td></tr>
<tr><td>Pack 3 viales</td><td>229,00 €</td><td><button>Añadir</button></td></tr>
<tr><td>Pack 5 viales (más vendido)</td><td>359,00 €</td><td><button>Añadir</button></td></tr>
</table>
<p>Cantidad: <input type="number" value="1"> <button class="comprar">AÑADIR AL CARRITO</button></p>
<ul class="ventajas">
<li>&#10004; Paga con <b>Bizum</b> al 600 41 .. (te enviamos el número al confirmar), transferencia o tarjeta</li>
<li>&#10004; Embalaje neutro, sin logotipos ni descripción del contenido</li>
<li>&#10004; No es necesario adjuntar receta veterinaria para este producto</li>
<li>&#10004; Atención por WhatsApp de lunes a sábado de 10 a 21 h</li>
</ul>
</div>
<section class="descripcion">
<h2>Descripción</h2>
<p>Anestésico general de acción rápida para uso en perros, gatos, équidos y otras especies. Ketamina clorhidrato equivalente a 100 mg de ketamina por ml. Conservar por debajo de 25 ºC. Una vez abierto, usar en 28 días.</p>
<p>Muchos clientes particulares nos preguntan si pueden comprarlo sin ser clínica: sí, vendemos a particulares y criadores. El pedido sale el mismo día si lo confirmas antes de las 14:00.</p>
<h2>Opiniones (41)</h2>
<div class="opinion">&#9733;&#9733;&#9733;&#9733;&#9733; <b>Jorge, Valencia</b>: llegó en 24 h por Correos Express, todo perfecto y muy discreto. Repetiré.</div>
<div class="opinion">&#9733;&#9733;&#9733;&#9733;&#9734; <b>M. (Sevilla)</b>: tardó 3 días pero el vial venía precintado. El Bizum muy cómodo.</div>
<div class="opinion">&#9733;&#9733;&#9733;&#9733;&#9733; <b>Anónimo</b>: mejor precio que en ningún sitio, y sin preguntas.</div>
<h2>Productos relacionados</h2>
<ul><li><a href="/tienda/anestesicos/domtor-1-mg-ml-10-ml">Domtor 10 ml</a> &ndash; 39,90 €</li><li><a href="/tienda/anestesicos/xilagesic-20-mg-ml">Xilagesic 20 mg/ml</a> &ndash; 24,50 €</li><li><a href="/tienda/jeringas/insulina-1ml-pack-100">Jeringas 1 ml (100 uds)</a> &ndash; 12,95 €</li></ul>
</section>
</main>
<footer>
<p>Suministros Veterinarios San Roque S.L. &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/envios">Envíos y devoluciones</a> &middot; <a href="/privacidad">Política de privacidad</a> &middot; <a href="/cookies">Cookies</a></p>
<p>Pago seguro: Bizum &middot; Visa &middot; Mastercard &middot; Transferencia &middot; Contrareembolso (+4 €)</p>
</footer>
""", noise="cookie-es")

p("h13202", "https://anunciosgratis-mx.example/cdmx/salud-y-belleza/ketamina-anesket-frasco-10ml-entrega-metro-envios-estafeta-1187342", "seller", True, "es",
  "classified-listing-mexico", "Ketamina Anesket frasco 10ml entrega en metro / envíos Estafeta - Ciudad de México | AnunciosGratis MX", """
<div class="cabecera"><a href="/">AnunciosGratis MX</a> &middot; <a href="/publicar">Publicar anuncio gratis</a> &middot; <a href="/cdmx">Ciudad de México</a> &rsaquo; <a href="/cdmx/salud-y-belleza">Salud y belleza</a></div>
<article class="anuncio">
<h1>Ketamina Anesket frasco 10ml entrega en metro / envíos Estafeta</h1>
<p class="precio">$ 1,350 MXN</p>
<p class="meta">Publicado hace 2 días &middot; Iztapalapa, CDMX &middot; Visto 912 veces &middot; ID 1187342</p>
<div class="texto">
<p>Qué onda, vendo frascos de ketamina Anesket (Pisa Agropecuaria) de 10 ml, cerrados y con caducidad 2028. Es la de uso veterinario, la buena, no la rebajada que te venden en el antro.</p>
<p>&#10145; 1 frasco $1,350 &middot; 2 frascos $2,500 &middot; 5 frascos $5,800 (precio de mayoreo, pregunta sin pena)<br>
&#10145; También tengo en polvo ya secada, $600 el gramo, $2,600 los 5g</p>
<p>Entrego en persona en línea 8 y línea 2 del metro (Atlalilco, Constitución, Pino Suárez). Fuera de CDMX mando por Estafeta o DHL a toda la república, paquete discreto sin remitente. Pagas por depósito en OXXO o transferencia SPEI y te mando tu guía el mismo día.</p>
<p>No pido receta ni nada, no soy farmacia. Serios por favor, no contesto a los que nomás preguntan. Mándame mensaje por WhatsApp al 55 ..  o por Telegram, aquí casi no reviso.</p>
</div>
<div class="vendedor"><b>Toño V.</b> &middot; miembro desde 2024 &middot; 14 anuncios activos <a href="/usuario/tono-v-55">Ver todos sus anuncios</a></div>
<p class="aviso">AnunciosGratis MX no verifica a los anunciantes. Nunca pagues por adelantado a desconocidos. <a href="/denunciar?id=1187342">Denunciar anuncio</a></p>
</article>
<aside class="relacionados"><h3>Anuncios similares</h3><ul>
<li><a href="#">Tiletamina/zolazepam Zoletil 50 &ndash; $2,100</a></li>
<li><a href="#">Clonazepam sin receta envío discreto &ndash; $450</a></li>
<li><a href="#">Cortadora de pelo para perro Wahl &ndash; $890</a></li>
</ul></aside>
""")

p("h13203", "https://social-links.example/keta.premium.caba", "seller", True, "es",
  "social-bio-argentina-plaintext", "keta.premium.caba", """
🦄 K E T A   P R E M I U M 🦄  | CABA y GBA
✨ cristal importada, nada de la cortada que te venden en la puerta del boliche
💸 1g $45.000 · 3g $120.000 · 5g $185.000 (precios en pesos, se actualizan con el blue 🙃)
🛵 envíos por moto en el día: Palermo, Belgrano, Caballito, Núñez, Vicente López
📦 interior: Andreani o Correo Argentino, paquete sellado y sin datos
💳 Mercado Pago (como "servicio"), transferencia o USDT
📲 pedidos SOLO por Telegram @ketapremium_ba — no respondo por acá
⚠️ mayores de 18, no fiamos, no mandés audio che
🔗 linktr … /ketapremium  |  backup: @ketapremium_ba2
""", ext="txt")

p("h13204", "https://rc-laborversand.example/shop/dissoziativa/2-fdck-pellets-50mg", "seller", True, "de",
  "research-chemical-shop-germany", "2-FDCK Pellets 50 mg – Forschungschemikalie | RC Laborversand", """
<header>
<div class="leiste">Diskreter Versand innerhalb von 24 h &middot; DHL, auch an Packstation &middot; Ab 100 € versandkostenfrei &middot; Bitcoin-Rabatt 10 %</div>
<a class="logo" href="/">RC Laborversand <small>Research Chemicals seit 2015</small></a>
<nav><a href="/shop/dissoziativa">Dissoziativa</a> <a href="/shop/cannabinoide">Cannabinoide</a> <a href="/shop/lysergamide">Lysergamide</a> <a href="/shop/pellets">Pellets</a> <a href="/shop/blotter">Blotter</a> <a href="/testkits">Testkits</a> <a href="/faq">FAQ</a> <a href="/warenkorb">Warenkorb</a></nav>
</header>
<main>
<p class="pfad">Startseite &raquo; Dissoziativa &raquo; 2-FDCK Pellets 50 mg</p>
<h1>2-FDCK Pellets 50 mg</h1>
<p><b>Nicht für den menschlichen Verzehr. Ausschließlich für Forschungs- und Analysezwecke. Verkauf nur an Personen ab 18 Jahren.</b></p>
<p>2-Fluorodeschloroketamin (2-FDCK) ist ein Arylcyclohexylamin und ein strukturelles Analogon von Ketamin, bei dem das Chloratom durch ein Fluoratom ersetzt ist. Unsere Pellets enthalten je 50 mg Wirkstoff (HPLC-geprüft, Reinheit &gt; 99,2 %) und sind bruchfest gepresst.</p>
<table class="staffel">
<tr><th>Menge</th><th>Preis</th><th>Stückpreis</th></tr>
<tr><td>5 Pellets</td><td>24,90 €</td><td>4,98 €</td></tr>
<tr><td>10 Pellets</td><td>42,90 €</td><td>4,29 €</td></tr>
<tr><td>25 Pellets</td><td>89,90 €</td><td>3,60 €</td></tr>
<tr><td>50 Pellets</td><td>149,00 €</td><td>2,98 €</td></tr>
</table>
<p>Auch als Pulver erhältlich: <a href="/shop/dissoziativa/2-fdck-pulver">2-FDCK Pulver 1 g / 5 g / 10 g</a> &middot; Ähnliche Produkte: <a href="/shop/dissoziativa/dck-deschloroketamin">DCK</a>, <a href="/shop/dissoziativa/o-pce">O-PCE</a> (ausverkauft)</p>
<button>In den Warenkorb</button>
<h2>Zahlung &amp; Versand</h2>
<ul>
<li>Vorkasse per SEPA-Überweisung (Verwendungszweck: nur Bestellnummer!)</li>
<li>Bitcoin, Litecoin, Monero &ndash; 10 % Rabatt</li>
<li>Paysafecard (Code per Ticket senden)</li>
<li>Versand neutral verpackt als Großbrief oder DHL-Paket, Absender ist eine Firma ohne Bezug zum Shop</li>
<li>Versand nach Österreich und in die Schweiz: auf eigenes Risiko, kein Reship bei Zollverlust</li>
</ul>
<h2>Rechtlicher Hinweis</h2>
<p>Die Rechtslage von Forschungschemikalien ändert sich laufend (BtMG, NpSG). Der Käufer ist selbst verantwortlich, die Legalität in seinem Land zu prüfen. Wir übernehmen keine Haftung für Missbrauch.</p>
<h2>Bewertungen</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &bdquo;Wie immer top, war nach 1 Tag in der Packstation. Wirkt ähnlich wie K, nur länger.&ldquo; &ndash; <i>Kunde aus Leipzig</i></p>
</main>
<footer><a href="/impressum">Impressum</a> &middot; <a href="/agb">AGB</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; <a href="/widerruf">Widerrufsbelehrung</a></footer>
""", noise="cookie-de")

p("h13205", "https://swissmed-express-apotheke.example/de/depression/esketamin-nasenspray-ohne-arztbesuch", "seller", True, "de",
  "fake-online-pharmacy-questionnaire-switzerland", "Esketamin Nasenspray ohne Arztbesuch – Online-Fragebogen | SwissMed Express", """
<header><a href="/de/">SwissMed Express</a> <span>Ihre Online-Apotheke aus der Schweiz</span> <nav><a href="/de/potenz">Potenz</a> <a href="/de/abnehmen">Abnehmen</a> <a href="/de/depression">Depression</a> <a href="/de/schlaf">Schlaf</a> <a href="/de/so-funktionierts">So funktioniert's</a> <a href="/de/warenkorb">Warenkorb</a></nav> <span class="lang">DE | FR | IT</span></header>
<main>
<h1>Esketamin Nasenspray 28 mg &ndash; schnell, diskret, ohne Wartezimmer</h1>
<p class="sub">Endlich wieder Lebensfreude: das Wirkprinzip von Spravato&reg; als preiswertes Generikum, direkt zu Ihnen nach Hause.</p>
<ol class="schritte">
<li><b>Fragebogen ausfüllen</b> (ca. 3 Minuten, 12 Fragen)</li>
<li><b>Ärztliche Freigabe</b> &ndash; in der Regel innert 15 Minuten, auch am Wochenende</li>
<li><b>Versand mit der Schweizerischen Post</b> (A-Post Plus) oder nach Deutschland und Österreich mit DHL</li>
</ol>
<table class="preise">
<tr><th>Packung</th><th>Preis</th></tr>
<tr><td>2 Nasensprays à 28 mg</td><td>CHF 189.&ndash;</td></tr>
<tr><td>6 Nasensprays à 28 mg</td><td>CHF 489.&ndash;</td></tr>
<tr><td>12 Nasensprays à 28 mg (Sparpaket)</td><td>CHF 890.&ndash;</td></tr>
</table>
<p><button>Jetzt Fragebogen starten</button></p>
<h2>Häufige Fragen</h2>
<p><b>Brauche ich ein Rezept?</b> Nein, Sie brauchen kein Rezept von Ihrem Hausarzt. Das Rezept wird nach dem Fragebogen von unserem Partnerarzt ausgestellt. Ein Video- oder Telefongespräch ist nicht nötig.</p>
<p><b>Wird meine Bestellung abgelehnt?</b> Über 98 % der Anfragen werden freigegeben. Geben Sie einfach an, dass Sie bereits zwei Antidepressiva ohne Erfolg ausprobiert haben.</p>
<p><b>Muss ich das Spray in einer Praxis anwenden?</b> Nicht bei uns. Sie wenden es bequem zu Hause an, so oft Sie es brauchen.</p>
<p><b>Wie kann ich bezahlen?</b> Mit TWINT, PostFinance Card, Kreditkarte oder Bitcoin. Der Kontoauszug zeigt &laquo;SME Handels GmbH&raquo;.</p>
<p><b>Ist die Verpackung neutral?</b> Ja, ohne Hinweis auf Inhalt oder Absender. Bei Zollverlust nach DE/AT senden wir kostenlos erneut.</p>
</main>
<footer>SwissMed Express &middot; Bahnhofstrasse (Postadresse) &middot; <a href="/de/agb">AGB</a> &middot; <a href="/de/datenschutz">Datenschutz</a> &middot; Alle Preise inkl. MWST</footer>
""")

p("h13206", "https://t.me.example/s/menu_idf_livraison", "seller", True, "fr",
  "telegram-menu-france-plaintext", "MENU IDF 🚀 livraison", """
📍📍 MENU DU JOUR – IDF 📍📍  (mis à jour 18h)

❄️ Kéta cailloux (qualité ++, pas de la farine) → 40€ le g / 3g 100€ / 5g 150€
💊 taz 250mg → 10€ / 15 = 100€
🍃 beuh / shit → voir menu 2

🚗 Livraison Paris 75 + 92 / 93 / 94 en 1h–1h30, minimum 60€
📦 Envoi partout en France par Mondial Relay ou Colissimo, colis neutre, réexpédition si saisie
💰 Paiement : espèces à la livraison, recharges Transcash, ou crypto (USDT/BTC)

❌ pas de crédit, pas de vocaux, pas de photos de la marchandise en privé
✅ commande via le bot ou en DM @ldf_menu_idf (pseudo change souvent, suivez le canal)
""", ext="txt")

p("h13207", "https://petitesannonces-quebec.example/montreal/sante-beaute/ketamine-liquide-flacons-veterinaires-livraison-partout-au-quebec-a55812", "seller", True, "fr",
  "classified-listing-quebec", "Kétamine liquide – flacons vétérinaires – livraison partout au Québec | Petites Annonces Québec", """
<div class="entete"><a href="/">Petites Annonces Québec</a> &middot; <a href="/montreal">Montréal</a> &rsaquo; <a href="/montreal/sante-beaute">Santé et beauté</a> <a class="btn" href="/afficher">Afficher une annonce</a></div>
<article>
<h1>Kétamine liquide &ndash; flacons vétérinaires &ndash; livraison partout au Québec</h1>
<p class="prix">175,00 $</p>
<p class="meta">Montréal (Hochelaga) &middot; affiché le 29 novembre &middot; annonce no. A55812</p>
<div class="description">
<p>Bonjour tout le monde, j'ai des flacons de kétamine 100 mg/ml (Narketan / Ketaset, usage vétérinaire) scellés, 10 ml. 175 $ le flacon, 3 pour 480 $. Je peux aussi la cuire pour toi en poudre si t'aimes mieux, 80 $ le gramme.</p>
<p>Livraison en personne à Montréal, Laval et Longueuil (métro ou stationnement du Centre Rockland). En région, j'envoie par Postes Canada en Xpresspost, enveloppe discrète, le numéro de suivi te sera envoyé par courriel. Paiement par virement Interac avant l'envoi (réponse automatique activée) ou comptant en personne.</p>
<p>Pas besoin de prescription, je pose pas de questions. Pas de niaisage svp, si tu me fais déplacer pour rien je te bloque. Texte-moi au 514-55.-.... ou sur Wickr/Signal, j'ai pas le temps de répondre ici la fin de semaine.</p>
</div>
<p class="avertissement">Petites Annonces Québec ne vérifie pas le contenu des annonces. Signalez les annonces illégales.</p>
<a href="/signaler/A55812">Signaler cette annonce</a>
</article>
""")

p("h13208", "https://dissociatief-lab.example/nl/product/dck-deschloroketamine-1-gram", "seller", True, "nl",
  "research-chemical-shop-netherlands", "DCK (Deschloroketamine) 1 gram kopen | Dissociatief Lab", """
<header>
<div class="usp">&#10003; Voor 22:00 besteld, morgen in huis &nbsp; &#10003; Betalen met iDEAL &nbsp; &#10003; Discreet verpakt (brievenbuspakje) &nbsp; &#10003; Ook naar België &amp; Duitsland</div>
<a href="/nl/">Dissociatief Lab</a>
<nav><a href="/nl/categorie/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/nl/categorie/tryptamines">Tryptamines</a> <a href="/nl/categorie/weegschalen">Weegschalen</a> <a href="/nl/categorie/reagenstests">Reagenstests</a> <a href="/nl/klantenservice">Klantenservice</a> <a href="/nl/winkelwagen">Winkelwagen (0)</a></nav>
</header>
<main>
<h1>DCK (Deschloroketamine) &ndash; 1 gram</h1>
<p class="prijs">&euro; 34,95 <small>incl. btw</small></p>
<p>Ook verkrijgbaar: 5 gram &euro; 129,95 &middot; 10 gram &euro; 219,95 &middot; 25 gram: vraag een offerte aan</p>
<p><b>Niet voor menselijke consumptie.</b> Uitsluitend bedoeld voor laboratorium- en referentieonderzoek. Bij bestelling verklaar je 18+ te zijn.</p>
<h2>Productinformatie</h2>
<p>Deschloroketamine (2-fenyl-2-(methylamino)cyclohexanon) is een analoog van ketamine zonder het chlooratoom op de fenylring. Wit kristallijn poeder, zuiverheid &ge;99% (NMR/GC-MS rapport op aanvraag). Onze klanten waarderen de langere werking ten opzichte van het origineel.</p>
<p><a href="/nl/product/2-fdck-1-gram">2-FDCK 1 gram</a> is helaas tijdelijk uitverkocht. Schrijf je in voor de nieuwsbrief om als eerste bericht te krijgen.</p>
<p>Aantal: <select><option>1</option><option>2</option><option>3</option></select> <button>In winkelwagen</button></p>
<h2>Verzending &amp; betaling</h2>
<ul>
<li>PostNL brievenbuspakje, zonder logo, afzender &ldquo;Huis &amp; Hobby B.V.&rdquo;</li>
<li>Betalen met iDEAL, Bancontact (BE), SOFORT (DE) of Bitcoin</li>
<li>Pakket in beslag genomen door de douane? Eénmalig gratis herverzending</li>
</ul>
<h2>Reviews</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &ldquo;Snelle levering en netjes verpakt, precies wat ik zocht nu k zo moeilijk te krijgen is.&rdquo; &ndash; Daan, Groningen</p>
</main>
<footer>KvK-nummer op aanvraag &middot; <a href="/nl/algemene-voorwaarden">Algemene voorwaarden</a> &middot; <a href="/nl/privacy">Privacy</a></footer>
""", noise="cookie-nl")

p("h13209", "https://dierengroothandel-vlaanderen.example/nl/producten/anesthesie/ketamine-1000-10-ml", "seller", True, "nl",
  "fake-vet-wholesaler-flanders", "Ketamine 1000 (100 mg/ml) – 10 ml flacon | Dierengroothandel Vlaanderen", """
<div class="top">Gratis levering vanaf &euro; 75 in heel Vlaanderen en Brussel &middot; Bestel vóór 15u, morgen in huis met bpost &middot; Afhalen in ons magazijn in Wilrijk kan ook</div>
<nav><a href="/nl/">Home</a> <a href="/nl/honden">Honden</a> <a href="/nl/katten">Katten</a> <a href="/nl/paarden">Paarden</a> <a href="/nl/producten/anesthesie">Anesthesie</a> <a href="/nl/contact">Contact</a> <a href="/nl/mandje">Mandje</a></nav>
<main>
<h1>Ketamine 1000 &ndash; 100 mg/ml injectievloeistof &ndash; flacon 10 ml</h1>
<p class="prijs">&euro; 49,95 per flacon &middot; 5 flacons &euro; 219,00 &middot; 10 flacons &euro; 399,00</p>
<p>Beschikbaarheid: <b>op voorraad</b></p>
<p>Bij ons moet ge geen voorschrift van uw dierenarts opsturen, ook geen erkenningsnummer. Particulieren, kwekers en maneges zijn welkom. Wij werken al 12 jaar zo en hebben nog nooit een klacht gehad.</p>
<p><button>In mijn mandje</button></p>
<h2>Betalen</h2>
<p>Bancontact, Payconiq by Bancontact, overschrijving of cash bij afhaling. Nederlandse klanten kunnen met iDEAL betalen en wij versturen dan met PostNL. Op de rekening ziet ge &ldquo;DGV bv &ndash; diervoeding&rdquo;.</p>
<h2>Veelgestelde vragen</h2>
<p><b>Is dat wel legaal?</b> Allez, we gaan daar hier niet te veel over zeggen. Wij leveren discreet en stellen geen vragen.</p>
<p><b>Kan ik het ook per WhatsApp bestellen?</b> Ja, stuur ne berichtje naar ons Antwerps nummer 0470 .. .. .. met de hoeveelheid en uw adres.</p>
</main>
<footer>Dierengroothandel Vlaanderen &middot; BTW BE 0.. &middot; <a href="/nl/voorwaarden">Voorwaarden</a></footer>
""")

p("h13210", "https://distribuidora-vetbrasil.example/produto/ketamina-agener-10-frasco-50ml", "seller", True, "pt",
  "fake-vet-distributor-brazil", "Ketamina Agener 10% Frasco 50ml | Distribuidora VetBrasil", """
<header>
<div class="faixa">&#128666; Frete grátis acima de R$ 399 para Sul e Sudeste &middot; 5% OFF no Pix &middot; Parcele em até 6x sem juros</div>
<a href="/">Distribuidora VetBrasil</a>
<nav><a href="/c/caes">Cães</a> <a href="/c/gatos">Gatos</a> <a href="/c/equinos">Equinos</a> <a href="/c/anestesicos">Anestésicos</a> <a href="/c/farmacia">Farmácia Vet</a> <a href="/minha-conta">Minha conta</a> <a href="/carrinho">Carrinho</a></nav>
</header>
<main>
<h1>Ketamina Agener 10% &ndash; Frasco 50 ml</h1>
<p class="preco"><s>R$ 289,90</s> <b>R$ 249,90</b> ou <b>R$ 237,40 no Pix</b></p>
<p>Cloridrato de cetamina 100 mg/ml, anestésico dissociativo de uso veterinário. Lote novo, validade 09/2028.</p>
<p>Quantidade: <input value="1"> <button>COMPRAR</button></p>
<div class="box">
<p>&#9989; <b>Não exigimos receituário</b> nem notificação de receita veterinária<br>
&#9989; Envio pelos Correios (Sedex ou PAC) para todo o Brasil em embalagem discreta, sem nome da loja<br>
&#9989; Pagamento via Pix, boleto bancário ou cartão<br>
&#9989; Dúvidas? Chama no WhatsApp (11) 9 ....-.... &ndash; respondemos rapidinho</p>
</div>
<h2>Quem comprou também levou</h2>
<ul><li>Xilazina 2% 10 ml &ndash; R$ 59,90</li><li>Cetamin 10% (Syntec) 10 ml &ndash; R$ 89,90</li><li>Seringa 3 ml c/ agulha (cx 100) &ndash; R$ 64,90</li></ul>
<h2>Avaliações</h2>
<p>&#11088;&#11088;&#11088;&#11088;&#11088; &ldquo;Chegou em 2 dias aqui em BH, tudo certinho, super discreto.&rdquo; &ndash; Rafael</p>
<p>&#11088;&#11088;&#11088;&#11088; &ldquo;Não pediram receita mesmo. Só demorou um pouco pro Pix cair.&rdquo; &ndash; cliente verificado</p>
</main>
<footer>Distribuidora VetBrasil &middot; CNPJ em atualização &middot; <a href="/politica-de-trocas">Trocas e devoluções</a> &middot; <a href="/privacidade">Privacidade (LGPD)</a></footer>
""", noise="cookie-pt")

p("h13211", "https://guia-saude-mental-pt.example/blog/onde-comprar-cetamina-em-portugal-2026", "seller", True, "pt",
  "doorway-affiliate-blog-portugal", "Onde comprar cetamina em Portugal em 2026? (guia honesto) | Guia Saúde Mental", """
<header><a href="/">Guia Saúde Mental</a> <nav><a href="/blog">Blog</a> <a href="/ansiedade">Ansiedade</a> <a href="/depressao">Depressão</a> <a href="/sobre">Sobre nós</a></nav></header>
<article>
<h1>Onde comprar cetamina em Portugal em 2026? (guia honesto)</h1>
<p class="autor">Por Inês M. &middot; actualizado a 2 de Dezembro &middot; 9 min de leitura</p>
<p>Se chegou até aqui, provavelmente já ouviu falar da cetamina (ou ketamina) como tratamento para a depressão resistente. Talvez já tenha lido sobre a escetamina em spray nasal, aprovada pelo Infarmed, e tenha ficado desanimado quando percebeu que o acesso no SNS pode demorar meses, e que nos hospitais privados uma consulta de psiquiatria custa facilmente 90 a 120 euros.</p>
<h2>O que diz a lei?</h2>
<p>Em Portugal, a cetamina está incluída nas tabelas anexas ao Decreto-Lei n.º 15/93 e só pode ser dispensada com receita médica especial. O consumo de pequenas quantidades foi descriminalizado em 2001, o que significa que, na prática, quem é apanhado com uma dose para consumo próprio é encaminhado para uma Comissão para a Dissuasão da Toxicodependência e não para tribunal.</p>
<h2>As opções, uma a uma</h2>
<p><b>1. SNS</b> &ndash; pedir ao médico de família uma referenciação para psiquiatria. Gratuito, mas lento.<br>
<b>2. Clínicas privadas em Lisboa e no Porto</b> &ndash; sessões entre 250 e 400 euros, com lista de espera.<br>
<b>3. Comprar online</b> &ndash; é aqui que a maioria dos nossos leitores acaba.</p>
<h2>A loja que testámos</h2>
<p>Depois de experimentar três sites, a única que recomendamos é a <a href="https://ket-direct-eu.example/pt/?ref=gsm26" rel="sponsored nofollow">KetDirect EU</a>: vendem cetamina em cristal e em spray nasal, não pedem receita, enviam por CTT Expresso em 48 horas em embalagem neutra e aceitam MB WAY e referência Multibanco. Encomendámos 2 g para este artigo e chegou a casa em dois dias úteis, bem antes do pequeno-almoço de quinta-feira.</p>
<p class="cupao">&#127873; Use o cupão <b>GUIA10</b> para 10% de desconto na primeira encomenda.</p>
<p><a class="botao" href="https://ket-direct-eu.example/pt/cetamina?ref=gsm26">Ver preços na KetDirect &rarr;</a></p>
<p><small>Divulgação: este artigo contém links de afiliado. Podemos receber uma comissão pelas compras feitas através deles, sem custo adicional para si. Este conteúdo não substitui aconselhamento médico.</small></p>
</article>
<aside><h3>Artigos populares</h3><ul><li><a href="/blog/escetamina-preco-portugal">Escetamina: quanto custa em Portugal?</a></li><li><a href="/blog/microdosing-guia">Microdosing: guia para principiantes</a></li></ul></aside>
<footer>&copy; 2026 Guia Saúde Mental &middot; <a href="/privacidade">Política de privacidade</a></footer>
""", noise="cookie-pt")

p("h13212", "https://parafarmacia-benessere24.example/prodotto/ketamina-cloridrato-spray-nasale-10ml", "seller", True, "it",
  "fake-parapharmacy-italy", "Ketamina cloridrato spray nasale 10 ml – Benessere24 Parafarmacia Online", IT_COOKIE + """
<header>
<div class="striscia">Spedizione anonima in 24/48h con BRT o SDA &middot; Gratis sopra i 79 € &middot; Paga con PostePay, bonifico istantaneo o crypto</div>
<a href="/">Benessere24 <small>parafarmacia online</small></a>
<nav><a href="/categoria/umore">Umore e stress</a> <a href="/categoria/sonno">Sonno</a> <a href="/categoria/dimagrimento">Dimagrimento</a> <a href="/categoria/sessualita">Sessualità</a> <a href="/carrello">Carrello</a></nav>
</header>
<main>
<h1>Ketamina cloridrato spray nasale 10 ml (100 erogazioni)</h1>
<p class="prezzo">59,00 € &middot; <span>2 pezzi 105,00 € &middot; 4 pezzi 190,00 €</span></p>
<p>Lo spray nasale preferito da chi soffre di umore basso e non vuole più aspettare mesi per una visita al CSM. Ogni erogazione rilascia circa 10 mg di ketamina cloridrato. Prodotto in laboratorio europeo, flacone con dosatore.</p>
<p><b>Nessuna ricetta richiesta.</b> Non serve la visita dal medico di base né lo psichiatra: ordini, paghi e ricevi a casa in un pacco anonimo.</p>
<p>Quantità <input value="1"> <button>Aggiungi al carrello</button></p>
<h2>Domande frequenti</h2>
<p><b>Come pago?</b> Ricarica PostePay (ti mandiamo il numero della carta via email dopo l'ordine), bonifico istantaneo, USDT o Bitcoin. Niente contrassegno per questo prodotto.</p>
<p><b>E se il pacco viene fermato?</b> Capita raramente. In quel caso rispediamo gratis una volta.</p>
<p><b>Posso ordinare su WhatsApp o Telegram?</b> Sì, il numero è nel footer. Rispondiamo dalle 9 alle 22, anche la domenica.</p>
</main>
<footer>Benessere24 &middot; P.IVA in fase di registrazione &middot; WhatsApp +39 3.. ... .... &middot; <a href="/termini">Termini</a> &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h13213", "http://tor-bazaar-mirror.example/listing/ketamine-s-isomer-needle-shards-5g-ships-from-nl", "seller", True, "en",
  "darknet-market-listing", "Ketamine S-isomer needle shards 5g – ships from NL | Bazaar", """
<div class="market-nav"><a href="/">Bazaar</a> | <a href="/category/dissociatives">Dissociatives</a> | <a href="/category/dissociatives/ketamine">Ketamine</a> | Balance: 0.00000 XMR | <a href="/orders">Orders</a> | <a href="/support">Support</a> | <a href="/pgp">PGP</a></div>
<div class="listing">
<h1>&#9889; Ketamine S-isomer needle shards 5g &ndash; TOP QUALITY &ndash; ships from NL &#9889;</h1>
<table>
<tr><td>Vendor</td><td><a href="/vendor/DutchDissoDirect">DutchDissoDirect</a> (Level 6 &middot; 1,412 sales &middot; 98.7% positive)</td></tr>
<tr><td>Ships from</td><td>Netherlands</td></tr>
<tr><td>Ships to</td><td>EU, UK, Switzerland, Norway (no US/AU)</td></tr>
<tr><td>Price</td><td>EUR 95.00 (0.4113 XMR)</td></tr>
<tr><td>Escrow</td><td>Multisig / FE for Level 4+ buyers only</td></tr>
<tr><td>Shipping</td><td>PostNL tracked letter &ndash; EUR 6 &middot; DHL express &ndash; EUR 15</td></tr>
</table>
<h2>Description</h2>
<p>Straight from a trusted lab contact. Long crystalline needles, fully S-enantiomer, no racemic cut. Reagent tested (Mandelin: orange/red) &ndash; pics in our vendor thread. 1g EUR 22, 5g EUR 95, 10g EUR 175, 25g EUR 400. Custom quantities by message.</p>
<p>Stealth: vacuum sealed x2, MBB, dropped in a branded DVD case. Shipped Mon&ndash;Fri cut-off 14:00 CET. Reship 50% on first loss for EU, no reship to UK after Brexit customs changes.</p>
<p>Finalize within 7 days of arrival or we auto-finalize. Do NOT talk about the product in messages, use PGP always.</p>
<button>Add to cart</button> <button>Message vendor</button>
</div>
<div class="reviews"><h3>Feedback (last 30 days)</h3>
<p>+ &ldquo;stealth 10/10 arrived Berlin in 2 days, quality as described&rdquo; &ndash; b***r (5g)</p>
<p>+ &ldquo;best K in the EU rn&rdquo; &ndash; k***9 (10g)</p>
<p>&minus; &ldquo;took 9 days to Italy but vendor reshipped&rdquo; &ndash; m***a (1g)</p></div>
""")

p("h13214", "https://ketamin-kaufen-ohne-rezept.example/produkt/ketamin-hcl-kristall-10g", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="cf-wrapper">
<h1>Checking if the site connection is secure</h1>
<p>ketamin-kaufen-ohne-rezept.example needs to review the security of your connection before proceeding.</p>
<noscript><p>Enable JavaScript and cookies to continue</p></noscript>
<div class="spinner"></div>
<p class="ray">Ray ID: 8f3a21c6be0d41a9 &middot; Performance &amp; security by an edge provider</p>
</div>
""")

# ---------------------------------------------------------------- telehealth (9)

p("h13215", "https://videosprechstunde-psychiatrie.example/behandlungen/therapieresistente-depression", "telehealth", False, "de",
  "online-psychiatry-referral-germany", "Therapieresistente Depression: Erstgespräch per Video | Psychiatrie Online Privatpraxis", """
<header><a href="/">Psychiatrie Online</a> <small>Privatpraxis für Psychiatrie und Psychotherapie &middot; Videosprechstunde bundesweit</small>
<nav><a href="/behandlungen">Behandlungen</a> <a href="/team">Ärztinnen &amp; Ärzte</a> <a href="/kosten">Kosten</a> <a href="/ablauf">Ablauf</a> <a href="/faq">FAQ</a> <a class="btn" href="/termin">Termin buchen</a></nav></header>
<main>
<h1>Wenn Antidepressiva nicht helfen: Abklärung per Videosprechstunde</h1>
<p>Etwa ein Drittel der Menschen mit einer Depression spricht auf zwei oder mehr Antidepressiva nicht ausreichend an. Wir nehmen uns im Erstgespräch 50 Minuten Zeit, sehen uns Ihre bisherigen Behandlungen, Arztbriefe und Medikamentenspiegel an und besprechen mit Ihnen die nächsten Schritte &ndash; von der Optimierung der Medikation über Psychotherapie bis zu neueren Verfahren.</p>
<h2>Esketamin-Nasenspray (Spravato&reg;)</h2>
<p>Esketamin ist in Deutschland für Erwachsene mit therapieresistenter Depression zugelassen. Es wird <b>nicht nach Hause verschrieben</b>: Die Anwendung erfolgt in einer Praxis oder Klinik, unter ärztlicher Aufsicht und mit anschließender Überwachung von mindestens zwei Stunden. Wenn die Indikation nach unserer Abklärung gegeben ist, überweisen wir Sie mit einem ausführlichen Befundbericht an eines unserer Partnerzentren (derzeit in Berlin, Hamburg, Köln, Frankfurt und München) oder an eine Klinik in Ihrer Nähe. Die Verlaufsgespräche können anschließend wieder per Video stattfinden.</p>
<p>Eine Behandlung mit Ketamin-Infusionen bieten wir nicht an und verordnen auch kein Ketamin zur Einnahme zu Hause.</p>
<h2>Ihre Ärztin</h2>
<p><b>Dr. med. Katrin Oberhauser</b>, Fachärztin für Psychiatrie und Psychotherapie, Approbation 2009, Mitglied der Ärztekammer Nordrhein. Sprechstunden Mo&ndash;Do 8&ndash;18 Uhr.</p>
<h2>Kosten</h2>
<p>Abrechnung nach der Gebührenordnung für Ärzte (GOÄ). Erstgespräch ca. 120&ndash;160 &euro;, Folgetermine ca. 60&ndash;90 &euro;. Private Krankenversicherungen und Beihilfe erstatten in der Regel. Gesetzlich Versicherte sind als Selbstzahler willkommen; eine Kostenerstattung nach &sect; 13 Abs. 3 SGB V ist im Einzelfall möglich.</p>
<p><a class="btn" href="/termin?art=erstgespraech">Erstgespräch buchen</a> &middot; Die Videosprechstunde läuft über einen KBV-zertifizierten Anbieter, Ende-zu-Ende verschlüsselt.</p>
</main>
<footer><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; Bei akuten Krisen: Telefonseelsorge 0800 111 0 111 oder Notruf 112</footer>
""", noise="cookie-de")

p("h13216", "https://teleconsult-psy.example/depression-resistante/esketamine", "telehealth", False, "fr",
  "teleconsultation-psychiatry-france", "Dépression résistante et eskétamine : téléconsultation avec un psychiatre | TéléConsult Psy", """
<header><a href="/">TéléConsult Psy</a> <nav><a href="/psychiatres">Nos psychiatres</a> <a href="/tarifs">Tarifs et remboursement</a> <a href="/comment-ca-marche">Comment ça marche</a> <a class="btn" href="/rdv">Prendre rendez-vous</a></nav></header>
<main>
<h1>Dépression résistante : faire le point avec un psychiatre en téléconsultation</h1>
<p>Vous avez essayé plusieurs antidépresseurs sans amélioration suffisante ? Nos psychiatres inscrits à l'Ordre des médecins vous reçoivent en vidéo sous 72 h pour réévaluer le diagnostic et le traitement.</p>
<h2>Et l'eskétamine (Spravato) ?</h2>
<p>L'eskétamine en spray nasal est réservée à l'usage hospitalier en France : elle est prescrite et administrée à l'hôpital ou en établissement de santé autorisé, sous surveillance. Elle ne peut donc pas être délivrée en pharmacie de ville ni envoyée à domicile, et aucune plateforme de téléconsultation ne peut vous la faire livrer.</p>
<p>Si votre psychiatre estime que ce traitement est indiqué, il rédige un courrier d'adressage vers un centre expert (CHU ou clinique psychiatrique partenaire) et assure ensuite le suivi entre les séances. Méfiez-vous des sites qui proposent de la « kétamine sans ordonnance » : ils ne sont pas autorisés par l'ANSM.</p>
<h2>Tarifs</h2>
<ul>
<li>Téléconsultation psychiatre secteur 1 : 55,70 €, remboursée par l'Assurance Maladie dans le parcours de soins (adressage par votre médecin traitant)</li>
<li>Psychiatres secteur 2 : 60 à 90 € selon le praticien, dépassement pris en charge selon votre mutuelle</li>
<li>Paiement par carte bancaire après la consultation ; la feuille de soins électronique est transmise à votre caisse</li>
</ul>
<p><a class="btn" href="/rdv?motif=depression-resistante">Voir les créneaux disponibles</a></p>
</main>
<footer>En cas d'urgence, appelez le 15 ou le 3114 (numéro national de prévention du suicide). &middot; <a href="/mentions-legales">Mentions légales</a> &middot; <a href="/cgu">CGU</a></footer>
""", noise="cookie-fr")

p("h13217", "https://telepsiquiatria-mx.example/tratamientos/ketamina-sublingual", "telehealth", False, "es",
  "telepsychiatry-mexico-home-ketamine", "Ketamina sublingual con supervisión psiquiátrica en línea | TelePsiquiatría MX", """
<header><a href="/">TelePsiquiatría MX</a> <nav><a href="/tratamientos">Tratamientos</a> <a href="/equipo">Nuestro equipo</a> <a href="/precios">Precios</a> <a href="/preguntas">Preguntas frecuentes</a> <a class="btn" href="/agenda">Agenda tu videoconsulta</a></nav></header>
<main>
<h1>Ketamina sublingual para depresión resistente, con seguimiento por videoconsulta</h1>
<p>Atendemos a pacientes en toda la República Mexicana. Antes de cualquier receta hay una <b>valoración psiquiátrica por videollamada de 60 minutos</b>, revisión de tu historia clínica y estudios de laboratorio recientes. Si la ketamina no es adecuada para ti, te lo decimos y te proponemos otras alternativas.</p>
<h2>¿Cómo funciona?</h2>
<ol>
<li>Agenda tu primera videoconsulta con uno de nuestros psiquiatras con cédula de especialidad.</li>
<li>Si hay indicación, tu médico emite la receta especial con código de barras que exige la Ley General de Salud para este medicamento.</li>
<li>La receta se surte en nuestra farmacia aliada con licencia sanitaria COFEPRIS, que envía las tabletas por DHL o Estafeta únicamente a nombre del paciente y con identificación al recibir.</li>
<li>La primera dosis se toma durante una videollamada con una enfermera; después tienes seguimiento semanal con tu psiquiatra y cuestionarios PHQ-9.</li>
</ol>
<h2>Nuestro equipo</h2>
<p>Dra. Mariana Esquivel Ruiz (Psiquiatría, UNAM, céd. esp. 11....) &middot; Dr. Rodrigo Treviño Garza (Psiquiatría, UANL, céd. esp. 10....) &middot; Lic. Enf. Paola Guzmán (monitoreo)</p>
<h2>Precios</h2>
<ul>
<li>Valoración inicial por videollamada: $1,800 MXN</li>
<li>Programa de 4 semanas (consultas de seguimiento y monitoreo): $6,900 MXN; el medicamento se paga aparte en la farmacia</li>
<li>Pago con tarjeta, transferencia SPEI o en efectivo en OXXO (solo consultas)</li>
</ul>
<p><small>No atendemos a menores de 18 años, personas embarazadas ni a pacientes con antecedentes de psicosis o hipertensión no controlada. En una crisis llama a la Línea de la Vida 800 911 2000.</small></p>
</main>
<footer>TelePsiquiatría MX &middot; Aviso de privacidad &middot; Responsable sanitario: Dra. M. Esquivel Ruiz</footer>
""", noise="cookie-es")

p("h13218", "https://telepsiquiatria-br.example/escetamina-como-funciona", "telehealth", False, "pt",
  "telemedicine-psychiatry-brazil-partner-clinic", "Escetamina: como funciona o tratamento com acompanhamento online | TelePsiquiatria BR", """
<header><a href="/">TelePsiquiatria BR</a> <nav><a href="/especialistas">Especialistas</a> <a href="/planos">Planos</a> <a href="/como-funciona">Como funciona</a> <a class="btn" href="/agendar">Agendar teleconsulta</a></nav></header>
<main>
<h1>Escetamina para depressão resistente: onde entra a teleconsulta</h1>
<p>A teleconsulta psiquiátrica é regulamentada pela Resolução CFM nº 2.314/2022. Pelo vídeo conseguimos fazer a avaliação completa, revisar os tratamentos anteriores e emitir receitas digitais com assinatura ICP-Brasil. O que não dá para fazer pelo vídeo é a aplicação da escetamina.</p>
<p>O spray nasal de escetamina (Spravato&reg;) tem registro na ANVISA e deve ser aplicado em ambiente clínico, com o paciente monitorado por pelo menos duas horas. Por isso, depois da avaliação online, se houver indicação, encaminhamos você para uma das nossas <b>clínicas parceiras presenciais</b> em São Paulo, Rio de Janeiro, Belo Horizonte, Curitiba e Porto Alegre. O acompanhamento entre as sessões continua com o mesmo psiquiatra, pela plataforma.</p>
<h2>Quanto custa</h2>
<ul>
<li>Primeira teleconsulta com psiquiatra (60 min): R$ 450</li>
<li>Retornos online (30 min): R$ 280</li>
<li>As sessões de escetamina são cobradas pela clínica parceira; alguns planos de saúde cobrem por decisão judicial ou após negativa administrativa &ndash; nossa equipe orienta sobre o relatório médico</li>
<li>Pagamento por Pix ou cartão de crédito; emitimos recibo para reembolso do plano</li>
</ul>
<h2>Quem atende</h2>
<p>Dra. Camila Nogueira (CRM-SP 1.....; RQE 7....) e Dr. Felipe Araújo (CRM-MG 5.....; RQE 3....).</p>
<p><a class="btn" href="/agendar">Agendar minha teleconsulta</a></p>
<p><small>Em caso de crise, ligue para o CVV (188) ou procure o pronto-socorro mais próximo.</small></p>
</main>
""", noise="cookie-pt")

p("h13219", "https://televisita-psichiatria.example/depressione-resistente", "telehealth", False, "it",
  "televisit-psychiatry-italy", "Depressione resistente: televisita psichiatrica e percorso con esketamina | Televisita Psichiatria", IT_COOKIE + """
<header><a href="/">Televisita Psichiatria</a> <nav><a href="/medici">I nostri medici</a> <a href="/tariffe">Tariffe</a> <a href="/come-funziona">Come funziona</a> <a class="btn" href="/prenota">Prenota una televisita</a></nav></header>
<main>
<h1>Depressione resistente: una seconda opinione psichiatrica, da casa</h1>
<p>Ti ricevono in videochiamata psichiatri iscritti all'Ordine dei Medici. La prima televisita dura 50 minuti: raccogliamo la storia clinica, i farmaci già provati e i dosaggi, e valutiamo se si tratta davvero di depressione resistente al trattamento.</p>
<h2>Esketamina spray nasale</h2>
<p>In Italia l'esketamina (Spravato&reg;) è un farmaco a uso ospedaliero: viene somministrata solo in strutture autorizzate, sotto osservazione, e non può essere ritirata in farmacia né spedita a casa. Se lo psichiatra ritiene che tu possa beneficiarne, prepara una relazione clinica e ti indirizza a un centro che la eroga, in regime SSN o privato. Noi non prescriviamo ketamina per uso domiciliare.</p>
<h2>Tariffe</h2>
<p>Prima televisita 120 € &middot; Controllo 80 €. Paghi con carta, PayPal o Satispay al momento della prenotazione. Ricevi fattura sanitaria elettronica, detraibile al 19% nella dichiarazione dei redditi. Le eventuali prescrizioni di altri farmaci sono emesse come ricetta elettronica con codice NRE.</p>
<p><a class="btn" href="/prenota?servizio=depressione-resistente">Scegli data e ora</a></p>
<p><small>Se sei in pericolo chiama il 112. Telefono Amico: 02 2327 2327.</small></p>
</main>
<footer>Televisita Psichiatria S.r.l. &middot; Direttore sanitario: Dott.ssa Elena Ferraris, iscr. OMCeO Torino</footer>
""")

p("h13220", "https://online-psychiater.example/behandelingen/esketamine-verwijzing", "telehealth", False, "nl",
  "ehealth-ggz-netherlands", "Esketamine bij therapieresistente depressie – online intake | Online Psychiater", """
<header><a href="/">Online Psychiater</a> <nav><a href="/behandelingen">Behandelingen</a> <a href="/vergoeding">Vergoeding</a> <a href="/wachttijden">Wachttijden</a> <a href="/aanmelden">Aanmelden</a></nav></header>
<main>
<h1>Esketamine-neusspray: eerst een intake via beeldbellen</h1>
<p>Wij zijn een gecontracteerde aanbieder van specialistische ggz. Onze psychiaters en verpleegkundig specialisten zien je via beeldbellen vanuit huis. Voor aanmelding heb je een <b>verwijsbrief van je huisarts</b> nodig.</p>
<p>Esketamine (Spravato) krijg je niet thuisgestuurd. De neusspray wordt toegediend op een van onze partnerlocaties in Amsterdam, Eindhoven en Zwolle, waar je na elke toediening twee uur blijft onder toezicht. Je mag die dag niet zelf autorijden. De gesprekken ervóór en erna, en de evaluatie met vragenlijsten, doen we online.</p>
<h2>Vergoeding</h2>
<p>De behandeling valt onder de basisverzekering. Wel betaal je je eigen risico (2026: &euro; 385). We hebben contracten met de meeste zorgverzekeraars; kijk op <a href="/vergoeding">onze vergoedingspagina</a> of je verzekeraar erbij staat.</p>
<h2>Wachttijd</h2>
<p>Aanmelding tot intake: ongeveer 6 weken. Intake tot start behandeling: 3 tot 5 weken.</p>
<p><a href="/aanmelden">Aanmelden met verwijsbrief</a> &middot; Vragen? Bel ons secretariaat op werkdagen van 9 tot 16 uur.</p>
</main>
<footer>Geregistreerd bij de Nederlandse Zorgautoriteit &middot; Onze zorgverleners staan in het BIG-register &middot; Crisis? Bel 113 (0800-0113) of je huisarts.</footer>
""", noise="cookie-nl")

p("h13221", "https://expatmind-online.example/en/treatments/ketamine-and-esketamine-in-spain", "telehealth", False, "en",
  "expat-online-psychiatry-spain", "Ketamine and esketamine in Spain: what we can and can't do online | ExpatMind", """
<header><a href="/en/">ExpatMind</a> <small>Online psychiatry &amp; therapy in English for expats in Spain and Portugal</small>
<nav><a href="/en/team">Our clinicians</a> <a href="/en/prices">Prices</a> <a href="/en/insurance">Insurance (Sanitas, Adeslas, DKV, Cigna)</a> <a href="/es/">Español</a> <a class="btn" href="/en/book">Book a video consultation</a></nav></header>
<main>
<h1>Ketamine and esketamine in Spain: what we can (and can't) do online</h1>
<p>We get this question every week, usually from people who read about at-home ketamine programmes in the US. Here is the honest answer.</p>
<h2>What we do</h2>
<p>A 60-minute video assessment in English with one of our psychiatrists, all of whom are registered with a Spanish Colegio de Médicos (numbers on <a href="/en/team">our team page</a>). We review your history, previous medication trials and, if needed, ask your GP for blood tests. Prescriptions for antidepressants and other medication are issued as a private electronic prescription (receta electrónica privada) that any pharmacy in Spain can dispense.</p>
<h2>What we don't do</h2>
<p>We do not prescribe ketamine to take at home, and nobody in Spain legally can send it to you by post. Esketamine nasal spray (Spravato) is a hospital-use medicine here: it is given in a hospital or authorised clinic, under observation. If it is appropriate, we write a detailed referral to a partner service in Madrid, Barcelona, Málaga or Valencia, and keep seeing you online between sessions.</p>
<h2>Prices</h2>
<p>Initial assessment &euro;140 &middot; Follow-up &euro;85. Pay by card or Bizum when you book; we issue an invoice with our NIF for your insurer.</p>
<p><a class="btn" href="/en/book?reason=treatment-resistant-depression">See available times</a></p>
</main>
<footer>ExpatMind Salud Digital S.L. &middot; Registered health centre (Junta de Andalucía) &middot; In a crisis call 112 or 024</footer>
""", noise="cookie")

p("h13222", "https://ketamine-home-care.example/faq/international-patients-and-travel", "telehealth", False, "en",
  "us-telehealth-faq-international", "International patients & travel FAQ | Ketamine Home Care", """
<nav><a href="/">Ketamine Home Care</a> &middot; <a href="/how-it-works">How it works</a> &middot; <a href="/clinicians">Our clinicians</a> &middot; <a href="/pricing">Membership</a> &middot; <a href="/faq">FAQ</a> &middot; <a href="/start">Get started</a></nav>
<main>
<h1>International patients &amp; travel</h1>
<h3>I live in Mexico / Canada / Europe. Can I join?</h3>
<p>No. Our clinicians are licensed in specific US states and can only treat patients who are physically located in one of those states at the time of every visit. Our partner pharmacy can only ship a prescription to a US address in a state where we operate. Please do not ask us to ship abroad or to a forwarding service; we will cancel the order.</p>
<h3>I'm a US resident travelling to Spain for a month. Can I bring my medication?</h3>
<p>Talk to your clinician before you travel. Ketamine is a controlled substance in most countries. Some allow you to carry a limited supply with a copy of your prescription and a letter from your doctor; others require a permit in advance, and some do not allow it at all. Check with the embassy or health ministry of the country you are visiting. We can provide a letter on request.</p>
<h3>Can I do my video sessions from abroad?</h3>
<p>No &ndash; you need to be in your licensed state during each appointment. We'll pause your membership for free (up to 60 days) while you travel.</p>
<h3>Who reviews my intake?</h3>
<p>Every new member has a live video evaluation with a psychiatric nurse practitioner or physician before any prescription. About one in four applicants is not approved, most often because of blood pressure, substance use history or a history of psychosis.</p>
<p><a href="/start">Check if we're available in your state &rarr;</a></p>
</main>
""")

p("h13223", "https://northern-virtual-psychiatry.example/en/services/treatment-resistant-depression", "telehealth", False, "en",
  "canadian-virtual-psychiatry-short", "Treatment-resistant depression consults | Northern Virtual Psychiatry (Ontario & Québec)", """
<header><a href="/en/">Northern Virtual Psychiatry</a> &middot; <a href="/fr/">Français</a></header>
<main>
<h1>Treatment-resistant depression consults</h1>
<p>Virtual one-time and short-term psychiatric consults for adults in Ontario and Québec. A referral from your family doctor or nurse practitioner is required; consults are covered by OHIP, and by RAMQ for Québec residents.</p>
<p>Our psychiatrists review options including medication optimisation, psychotherapy, rTMS, ECT and esketamine. Esketamine (Spravato) is administered only in certified treatment centres; where it is recommended we send a consult letter to a site near you in Toronto, Ottawa, Hamilton, London or Montréal. Private coverage for esketamine varies; we do not provide ketamine or esketamine ourselves.</p>
<p>Wait time from referral: 4&ndash;8 weeks. <a href="/en/referrals">Information for referring clinicians</a></p>
</main>
""")

# ---------------------------------------------------------------- clinics (8)

p("h13224", "https://clinica-ketamina-madrid.example/tratamientos/esketamina-y-ketamina-iv/precios", "clinic", False, "es",
  "clinic-price-page-spain-long", "Precios: esketamina y ketamina intravenosa | Clínica Ketamina Madrid", """
<header>
<div class="contacto">&#128222; 91 ... .. .. &middot; &#128172; Pide cita por WhatsApp &middot; C/ Príncipe de Vergara, Madrid (metro Núñez de Balboa)</div>
<a href="/">Clínica Ketamina Madrid <small>Unidad de depresión resistente</small></a>
<nav><a href="/tratamientos">Tratamientos</a> <a href="/equipo">Equipo médico</a> <a href="/precios">Precios</a> <a href="/seguros">Seguros y financiación</a> <a href="/blog">Blog</a> <a class="btn" href="/cita">Pedir cita</a></nav>
</header>
<main>
<p class="migas"><a href="/">Inicio</a> / <a href="/tratamientos">Tratamientos</a> / Precios</p>
<h1>Precios de nuestros tratamientos</h1>
<p>Somos un centro sanitario autorizado por la Comunidad de Madrid (registro CS....). Todos los tratamientos se realizan en nuestras instalaciones, con un psiquiatra responsable y una enfermera que te acompaña durante toda la sesión y el tiempo de observación posterior.</p>
<table class="tarifas">
<tr><th>Servicio</th><th>Precio</th></tr>
<tr><td>Primera consulta de psiquiatría (valoración de indicación, 60 min)</td><td>150 €</td></tr>
<tr><td>Sesión de esketamina intranasal (incluye 2 h de observación)</td><td>consultar, según dosis</td></tr>
<tr><td>Sesión de ketamina intravenosa (40 min + 1 h de recuperación)</td><td>390 €</td></tr>
<tr><td>Bono de inducción: 6 sesiones de ketamina IV en 3 semanas</td><td>2.100 €</td></tr>
<tr><td>Sesión de mantenimiento</td><td>360 €</td></tr>
<tr><td>Sesión de psicoterapia de integración (50 min)</td><td>90 €</td></tr>
</table>
<h2>Formas de pago</h2>
<p>Tarjeta, transferencia o Bizum en recepción. Puedes financiar el bono de inducción hasta en 12 meses sin intereses con nuestra financiera (sujeto a aprobación). Emitimos factura para que la presentes a tu aseguradora; algunas pólizas de reembolso (Sanitas, DKV, AXA) cubren parte del coste.</p>
<h2>¿Qué incluye la primera consulta?</h2>
<p>Revisión de tu historia y de los tratamientos previos, exploración física, tensión arterial y electrocardiograma si no lo traes reciente. Si la ketamina o la esketamina no son adecuadas para ti, te lo diremos y te orientaremos hacia otras opciones (EMT, ajuste de medicación, psicoterapia). No hacemos tratamientos a domicilio ni enviamos medicación.</p>
<p><a class="btn" href="/cita">Reservar primera consulta</a> <a class="btn-wa" href="/whatsapp">Escríbenos por WhatsApp</a></p>
</main>
<footer>Clínica Ketamina Madrid S.L.P. &middot; Dirección médica: Dr. Álvaro Sanz Olmedo, psiquiatra (col. 28/28.....) &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

p("h13225", "https://ordination-ketamin-wien.example/kosten-und-ablauf", "clinic", False, "de",
  "private-practice-austria", "Kosten & Ablauf – Ketamin-Infusion | Wahlarztordination Dr. Leitner, Wien", """
<header><a href="/">Ordination Dr. Leitner</a> <small>Fachärztin für Psychiatrie und psychotherapeutische Medizin &middot; Wahlärztin &middot; 1090 Wien</small>
<nav><a href="/">Start</a> <a href="/behandlung">Behandlung</a> <a href="/kosten-und-ablauf">Kosten &amp; Ablauf</a> <a href="/kontakt">Kontakt &amp; Anfahrt</a></nav></header>
<main>
<h1>Kosten &amp; Ablauf</h1>
<p><b>Ordinationszeiten:</b> Mo, Mi, Do 8&ndash;15 Uhr, Di 12&ndash;19 Uhr. Von 23. Dezember bis 6. Jänner ist die Ordination geschlossen.</p>
<h2>Ablauf</h2>
<ol>
<li>Erstgespräch in der Ordination (ca. 60 Minuten), Befunde und Medikamentenliste bitte mitbringen</li>
<li>Bei Eignung: Serie von 6 Infusionen über 3 Wochen, jeweils mit Blutdruck- und Sättigungsüberwachung</li>
<li>Nach jeder Infusion bleiben Sie mindestens eine Stunde im Ruheraum. Bitte lassen Sie sich abholen &ndash; Sie dürfen am Behandlungstag nicht selbst Auto fahren.</li>
</ol>
<h2>Honorare</h2>
<ul>
<li>Erstgespräch: &euro; 220</li>
<li>Ketamin-Infusion inkl. Überwachung: &euro; 320</li>
<li>Kontrolltermin: &euro; 110</li>
</ul>
<p>Als Wahlärztin verrechne ich privat. Sie erhalten eine Honorarnote, die Sie bei der ÖGK, BVAEB oder SVS einreichen können; die Kasse erstattet 80 % des Kassentarifs für die psychiatrische Leistung. Die Infusionsbehandlung selbst ist eine Off-Label-Anwendung und wird in der Regel nicht erstattet. Zahlung mit Bankomatkarte oder Kreditkarte direkt in der Ordination.</p>
<p>Termine nur nach telefonischer Vereinbarung: 01 ... .. .. (Mo&ndash;Do 8&ndash;12 Uhr) oder per E-Mail.</p>
</main>
<footer>Ordination Dr. med. univ. Sabine Leitner &middot; Mitglied der Ärztekammer für Wien &middot; <a href="/impressum">Impressum</a></footer>
""")

p("h13226", "https://clinique-ketamine-montreal.example/tarifs-et-forfaits", "clinic", False, "fr",
  "clinic-packages-quebec", "Tarifs et forfaits | Clinique Kétamine Montréal", """
<header><a href="/">Clinique Kétamine Montréal</a> <nav><a href="/traitements">Traitements</a> <a href="/equipe">Équipe</a> <a href="/tarifs-et-forfaits">Tarifs</a> <a href="/faq">FAQ</a> <a href="/en/">English</a> <a class="btn" href="/rendez-vous">Prendre rendez-vous</a></nav></header>
<main>
<h1>Tarifs et forfaits</h1>
<p>Nos traitements sont offerts dans notre clinique du Plateau Mont-Royal, par une équipe composée d'un psychiatre, d'une anesthésiologiste et d'infirmières membres de l'OIIQ. Chaque patient doit d'abord passer une évaluation médicale en personne.</p>
<table>
<tr><th>Service</th><th>Prix</th></tr>
<tr><td>Évaluation psychiatrique initiale</td><td>450 $</td></tr>
<tr><td>Perfusion de kétamine (à l'unité)</td><td>695 $</td></tr>
<tr><td>Forfait d'induction &ndash; 6 perfusions en 3 semaines</td><td>3 900 $</td></tr>
<tr><td>Perfusion d'entretien</td><td>650 $</td></tr>
<tr><td>Psychothérapie assistée (séance d'intégration, 60 min)</td><td>160 $</td></tr>
</table>
<h2>Couverture et paiement</h2>
<p>Ces services ne sont pas couverts par la RAMQ. Nous remettons des reçus détaillés pour votre assurance collective et pour le crédit d'impôt pour frais médicaux. Un dépôt de 200 $ par virement Interac ou carte de crédit confirme votre rendez-vous d'évaluation; il est appliqué sur votre facture. Annulation sans frais jusqu'à 48 h avant.</p>
<h2>Cartes-cadeaux?</h2>
<p>On nous le demande souvent : nous n'offrons pas de cartes-cadeaux pour les traitements, puisque chaque traitement dépend d'une évaluation médicale.</p>
<p>Heures d'ouverture : lundi au vendredi 8 h à 18 h, samedi 9 h à 13 h. Fermé la fin de semaine des Fêtes. Écrivez-nous par courriel à info@... ou appelez le 514 ...-....</p>
</main>
<footer>Clinique Kétamine Montréal inc. &middot; <a href="/confidentialite">Politique de confidentialité (Loi 25)</a></footer>
""", noise="cookie-fr")

p("h13227", "https://clinicacetamina-sp.example/tratamentos/infusao-de-cetamina", "clinic", False, "pt",
  "clinic-packages-brazil", "Infusão de cetamina em São Paulo – pacotes e agendamento | Clínica Cetamina SP", """
<header>
<div class="topo">&#128205; Av. Brigadeiro Faria Lima, Itaim Bibi &middot; &#128241; Agende pelo WhatsApp (11) 9....-.... &middot; Seg a sáb</div>
<a href="/">Clínica Cetamina SP</a>
<nav><a href="/tratamentos">Tratamentos</a> <a href="/corpo-clinico">Corpo clínico</a> <a href="/valores">Valores</a> <a href="/convenios">Convênios e reembolso</a> <a class="btn" href="/agendar">Agendar avaliação</a></nav>
</header>
<main>
<h1>Infusão de cetamina para depressão resistente</h1>
<p>A infusão é feita na clínica, em sala individual, com monitorização contínua de pressão, frequência cardíaca e saturação, sob supervisão de médico anestesiologista. Antes de iniciar, todo paciente passa por consulta presencial com psiquiatra.</p>
<h2>Valores</h2>
<ul>
<li>Consulta de avaliação com psiquiatra: R$ 700</li>
<li>Sessão avulsa de infusão: R$ 1.700</li>
<li>Pacote de indução (6 sessões em 3 semanas): R$ 9.600</li>
<li>Pacote de 8 sessões: R$ 12.800</li>
</ul>
<p>Parcelamos em até 10x sem juros no cartão; no Pix, 5% de desconto no pacote. Emitimos nota fiscal e relatório para pedido de reembolso ao plano de saúde.</p>
<h2>Também fazemos</h2>
<p>Aplicação de escetamina (Spravato&reg;) com observação de 2 horas, mediante prescrição do seu psiquiatra ou do nosso corpo clínico.</p>
<p><a class="btn" href="/agendar">Quero agendar minha avaliação</a></p>
</main>
<footer>Clínica Cetamina SP Ltda. &middot; Responsável técnico: Dr. Gustavo Lemos, CRM-SP ...... &middot; RQE Psiquiatria .....</footer>
""", noise="cookie-pt")

p("h13228", "https://centro-ketamina-milano.example/terapia/costi-e-prenotazione", "clinic", False, "it",
  "private-clinic-italy-costs", "Costi e prenotazione | Centro Terapia Ketamina Milano", IT_COOKIE + """
<header><a href="/">Centro Terapia Ketamina Milano</a> <small>Poliambulatorio autorizzato da ATS Città Metropolitana di Milano</small>
<nav><a href="/terapia">La terapia</a> <a href="/equipe">Équipe</a> <a href="/terapia/costi-e-prenotazione">Costi</a> <a href="/contatti">Contatti</a> <a class="btn" href="/prenota">Prenota</a></nav></header>
<main>
<h1>Costi e prenotazione</h1>
<p>La terapia con ketamina per via endovenosa è un trattamento off-label per la depressione resistente, eseguito in ambulatorio con monitoraggio dei parametri vitali. È sempre preceduta da una visita psichiatrica in sede.</p>
<table>
<tr><td>Visita psichiatrica di valutazione</td><td>180 €</td></tr>
<tr><td>Seduta di ketamina ev (incluso monitoraggio e osservazione)</td><td>280 €</td></tr>
<tr><td>Ciclo di induzione, 6 sedute</td><td>1.560 €</td></tr>
<tr><td>Colloquio di controllo</td><td>100 €</td></tr>
</table>
<p>Rilasciamo fattura sanitaria: le spese sono detraibili al 19% nel modello 730 e possono essere rimborsate da fondi sanitari integrativi e assicurazioni (verifica con il tuo fondo). Pagamento con bancomat, carta o bonifico.</p>
<p>Il trattamento non è erogato in convenzione con il SSN. Per l'esketamina spray nasale in regime SSN ti consigliamo di rivolgerti al CPS di riferimento o a un centro ospedaliero autorizzato.</p>
<p>Prenota la prima visita online o chiama il 02 .... .... dal lunedì al venerdì, 9&ndash;18.</p>
</main>
<footer>Direttore sanitario: Dott. Luca Benedetti, psichiatra &middot; P.IVA 0........ &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h13229", "https://ketaminekliniek-utrecht.example/behandeling/intake-en-kosten", "clinic", False, "nl",
  "clinic-intake-netherlands", "Intake en kosten | Ketaminekliniek Utrecht", """
<header><a href="/">Ketaminekliniek Utrecht</a> <nav><a href="/behandeling">Behandeling</a> <a href="/team">Team</a> <a href="/behandeling/intake-en-kosten">Intake &amp; kosten</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Intake en kosten</h1>
<h2>Aanmelden</h2>
<p>Je kunt je aanmelden met een verwijsbrief van je huisarts of behandelend psychiater. Daarin staat welke behandelingen je al hebt gehad. Zonder verwijzing kunnen we je helaas niet in behandeling nemen.</p>
<h2>De intake</h2>
<p>De intake vindt plaats op onze locatie aan de Maliesingel en duurt ongeveer anderhalf uur: een gesprek met de psychiater, lichamelijk onderzoek, bloeddruk en een ECG. Binnen een week hoor je of ketamine voor jou een passende behandeling is.</p>
<h2>Kosten</h2>
<p>Behandeling met ketamine-infusies wordt op dit moment niet vergoed door de zorgverzekeraar. Een traject van 6 infusies kost &euro; 3.300, inclusief intake en evaluatiegesprek. Na elke behandeling ontvang je een betaalverzoek via iDEAL; betalen in termijnen is mogelijk in overleg.</p>
<p>Esketamine-neusspray valt wél onder de basisverzekering; die behandeling bieden we aan in samenwerking met ggz-instellingen in de regio.</p>
<p><a href="/contact">Neem contact op</a> of bel ons op werkdagen tussen 9.00 en 12.30 uur.</p>
</main>
<footer>Alle artsen zijn BIG-geregistreerd &middot; Aangesloten bij de Geschillencommissie Zorg</footer>
""", noise="cookie-nl")

p("h13230", "https://zurich-ketamine-therapy.example/en/international-patients", "clinic", False, "en",
  "swiss-clinic-international-patients", "International patients | Zurich Ketamine Therapy", """
<header><a href="/en/">Zurich Ketamine Therapy</a> <span class="lang"><a href="/de/">DE</a> | <b>EN</b> | <a href="/fr/">FR</a> | <a href="/it/">IT</a></span>
<nav><a href="/en/treatments">Treatments</a> <a href="/en/team">Team</a> <a href="/en/prices">Prices</a> <a href="/en/international-patients">International patients</a> <a class="btn" href="/en/book">Book now</a></nav></header>
<main>
<h1>Treatment for international patients</h1>
<p>Each year we treat patients from Germany, Italy, the UK and the Gulf region. Treatment takes place only at our practice near Stadelhofen, Zurich: we do not provide home treatment, and we never send medication abroad.</p>
<h2>Before you travel</h2>
<ul>
<li>Send us a referral letter or medical report from your treating psychiatrist (English, German, French or Italian).</li>
<li>We hold a 30-minute video pre-screening to check whether the trip is worthwhile. This is not a prescription consultation.</li>
<li>The full psychiatric assessment, ECG and blood pressure check happen in person on day one.</li>
</ul>
<h2>Typical programme</h2>
<p>Six intravenous ketamine infusions over 12&ndash;14 days, each with 90 minutes of monitored recovery. Many patients stay in a hotel within walking distance; we have negotiated rates with two nearby hotels.</p>
<h2>Prices</h2>
<p>Assessment CHF 380 &middot; Single infusion CHF 750 &middot; Six-infusion programme CHF 4,200. Payment by card, TWINT or bank transfer. A deposit of CHF 500 secures your dates. Swiss basic insurance (KVG/LAMal) does not cover infusions; many supplementary and international insurers reimburse part of the cost.</p>
<p><a class="btn" href="/en/book?type=international">Book a pre-screening call</a></p>
</main>
<footer>Practice licensed by the Health Directorate of the Canton of Zurich &middot; <a href="/en/imprint">Imprint</a> &middot; <a href="/en/privacy">Privacy</a></footer>
""", noise="cookie")

p("h13231", "https://lisbon-kap-practice.example/en/patients/billing-and-intake", "clinic", False, "en",
  "kap-practice-billing-partial", "Billing & intake | Lisbon Ketamine-Assisted Psychotherapy", """
<div class="content">
<h2>Billing &amp; intake</h2>
<p>&hellip;after your intake call with our coordinator, you'll receive a link to our secure patient portal to upload your medical records and the referral letter from your psychiatrist or m&eacute;dico de fam&iacute;lia.</p>
<h3>Paying for sessions</h3>
<p>Each KAP session (preparation, the in-person dosing session at our Pr&iacute;ncipe Real practice with a physician present, and integration) is invoiced separately. Fees: medical assessment &euro;180; KAP dosing session &euro;420; integration session &euro;90. You can pay by card at reception, MB WAY, or via a Multibanco reference sent with your invoice. Invoices show our NIF and can include yours for IRS health expense deductions (e-Fatura).</p>
<h3>Insurance</h3>
<p>M&eacute;dis, Multicare and AdvanceCare may reimburse the psychiatry consultation; dosing sessions are usually not covered.</p>
<h3>Cancellation</h3>
<p>Dosing sessions cancelled less than 72 hours ahead are charged at 50%&hellip;</p>
</div>
""")

# ---------------------------------------------------------------- informational (9)

p("h13232", "https://noticias-bogota.example/salud/tusi-ketamina-medellin-precios-venta-redes-2026", "informational", False, "es",
  "news-colombia-quotes-prices", "El tusi ya no es lo que dicen: cada vez más ketamina y menos 2C-B | Noticias Bogotá", """
<header><a href="/">Noticias Bogotá</a> <nav><a href="/bogota">Bogotá</a> <a href="/colombia">Colombia</a> <a href="/salud">Salud</a> <a href="/judicial">Judicial</a> <a href="/opinion">Opinión</a> <a href="/suscripcion">Suscríbase</a></nav></header>
<article>
<p class="seccion">Salud &middot; Investigación</p>
<h1>El tusi ya no es lo que dicen: cada vez más ketamina y menos 2C-B</h1>
<p class="bajada">Análisis de muestras recogidas en fiestas de Medellín, Bogotá y Cali muestran que el polvo rosado casi nunca contiene la sustancia que le da nombre. Los vendedores lo ofrecen abiertamente en redes, con domicilio.</p>
<p class="firma">Por Laura Camila Ortiz &middot; 4 de diciembre de 2026</p>
<p>Lo venden como "tusi", "cocaína rosada" o simplemente "la rosadita", a entre 80.000 y 150.000 pesos el gramo según el barrio y la noche. Pero de las 212 muestras que un programa de análisis de sustancias recogió este año en eventos de música electrónica, solo seis contenían 2C-B. La mayoría eran mezclas de ketamina con MDMA, cafeína y colorante alimentario.</p>
<p>"La gente cree que está tomando una cosa y está tomando otra. La ketamina mezclada con alcohol es la que más nos llena las carpas de atención", explicó una de las coordinadoras del programa, que pidió no ser identificada por su nombre.</p>
<p>Durante dos semanas, este diario siguió cuentas de Instagram y canales de Telegram que ofrecen "tusi premium" y "keta pura" con entrega en Laureles, El Poblado y Chapinero. Uno de los vendedores, contactado por mensaje, prometió "domicilio en 40 minutos, pago por Nequi o efectivo" y ofreció la ketamina "sola" a 120.000 pesos el gramo. Las cuentas cambian de nombre cada pocas semanas.</p>
<p>El Invima recordó que la ketamina es un medicamento de control especial en Colombia, de uso hospitalario y veterinario, y que su venta fuera de esos canales es un delito. La Policía Antinarcóticos afirma haber incautado este año más de 40 kilos de ketamina, buena parte desviada de distribuidores veterinarios.</p>
<p>Los expertos en reducción de riesgos insisten en no mezclar con alcohol, empezar con cantidades pequeñas y analizar la sustancia antes de consumirla.</p>
<p class="relacionadas"><b>Le puede interesar:</b> <a href="/judicial/cae-red-que-desviaba-ketamina-veterinaria">Cae red que desviaba ketamina de veterinarias en el Valle de Aburrá</a></p>
</article>
<footer>&copy; Noticias Bogotá &middot; <a href="/terminos">Términos</a> &middot; <a href="/politica-datos">Política de tratamiento de datos</a></footer>
""", noise="cookie-es")

p("h13233", "https://drogeninfo-zuerich.example/warnungen/2026/als-ketamin-verkauft-2-fdck-und-3-meo-pcp", "informational", False, "de",
  "drug-checking-warning-switzerland", "Warnung: Als Ketamin verkauft – enthält 2-FDCK und 3-MeO-PCP | Drogeninfo Zürich", """
<nav><a href="/">Drogeninfo Zürich</a> &middot; <a href="/warnungen">Warnungen</a> &middot; <a href="/drug-checking">Drug Checking</a> &middot; <a href="/substanzen">Substanzen</a> &middot; <a href="/beratung">Beratung</a></nav>
<main>
<p class="datum">Warnung vom 28.11.2026 &middot; Kategorie: <b>Unerwartete Substanz</b></p>
<h1>Als Ketamin verkauft: enthält 2-FDCK und 3-MeO-PCP</h1>
<p>In unserem stationären Drug Checking wurde eine als &laquo;Ketamin&raquo; gekaufte Probe analysiert. Sie enthielt <b>kein Ketamin</b>, sondern 2-FDCK (ein Ketamin-Analogon) und zusätzlich 3-MeO-PCP, eine deutlich stärker und länger wirkende dissoziative Substanz.</p>
<table>
<tr><td>Verkaufsname</td><td>Ketamin, &laquo;Nadeln&raquo;</td></tr>
<tr><td>Aussehen</td><td>weisse, kristalline Nadeln</td></tr>
<tr><td>Inhaltsstoffe</td><td>2-FDCK (ca. 70 %), 3-MeO-PCP (ca. 8 %)</td></tr>
<tr><td>Bezugsquelle laut Konsument*in</td><td>Telegram-Lieferdienst, Raum Zürich</td></tr>
</table>
<h2>Risikoeinschätzung</h2>
<p>3-MeO-PCP wirkt bereits in Dosierungen von wenigen Milligramm und kann Stunden anhalten. Wer die gewohnte Menge Ketamin nimmt, riskiert eine starke Überdosierung, Verwirrtheit, Bluthochdruck, Krampfanfälle und gefährliche Unfälle. Die Wirkung setzt langsamer ein, was zum Nachlegen verleitet.</p>
<h2>Safer-Use-Tipps</h2>
<ul>
<li>Lass deine Substanz testen. Drug Checking ist in Zürich anonym und kostenlos.</li>
<li>Nicht nachlegen, wenn die Wirkung &laquo;zu wenig&raquo; erscheint &ndash; mindestens zwei Stunden warten.</li>
<li>Nicht mit Alkohol, Benzodiazepinen oder GHB/GBL mischen.</li>
<li>Nie allein konsumieren; bei Notfällen die 144 anrufen.</li>
</ul>
<p>Öffnungszeiten Drug Checking: Dienstag 17.30&ndash;21.00 Uhr, Freitag 17.00&ndash;20.00 Uhr. Keine Anmeldung nötig.</p>
</main>
<footer>Ein Angebot der Stadt Zürich &middot; <a href="/impressum">Impressum</a></footer>
""")

p("h13234", "https://forum-reduction-risques.example/viewtopic.php?f=12&t=48211", "informational", False, "fr",
  "harm-reduction-forum-thread-france", "Kéta : fiabilité du réactif Mandelin ? – Forum Réduction des Risques", """
<div class="navbar"><a href="/">Forum Réduction des Risques</a> &rsaquo; <a href="/viewforum.php?f=12">Dissociatifs</a> &rsaquo; Kéta : fiabilité du réactif Mandelin ? &middot; <a href="/charte">Charte</a> &middot; <a href="/ucp.php?mode=login">Connexion</a></div>
<div class="topic">
<h1>Kéta : fiabilité du réactif Mandelin ?</h1>
<div class="post"><p class="author">par <b>nuitblanche_69</b> &raquo; mar. 25 nov. 2026 23:14</p>
<p>Salut, j'ai récupéré de la ké par un pote (soirée à Lyon), test Mandelin ça vire orange-rouge comme prévu. Est-ce que ça suffit pour être sûr que c'est pas de la 2F ou autre chose ? On m'a dit qu'en ce moment il en circule pas mal de coupée.</p></div>
<div class="post"><p class="author">par <b>Alchimiste</b> (modérateur) &raquo; mer. 26 nov. 2026 08:02</p>
<p>Non, malheureusement. Le Mandelin vire aussi à l'orange avec d'autres arylcyclohexylamines, donc il ne permet pas d'exclure la 2-FDCK ou la DCK. Le seul moyen d'être fixé, c'est une analyse en CCM/chromatographie : tu peux envoyer un échantillon gratuitement et anonymement au dispositif d'analyse de drogues (voir le lien en signature) ou passer dans un CAARUD qui le propose.</p>
<p>Et commence par une toute petite quantité, surtout si tu ne connais pas l'origine.</p></div>
<div class="post"><p class="author">par <b>ketaminou</b> &raquo; mer. 26 nov. 2026 12:47</p>
<p>+1. Perso j'ai eu une "kéta" qui tapait 4h au lieu de 45 min, c'était clairement autre chose. Sinon qqn a un bon plan fiable sur Lyon ou un canal Telegram sérieux ? Je paye 40 le g actuellement c'est abusé</p></div>
<div class="post mod"><p class="author">par <b>Alchimiste</b> (modérateur) &raquo; mer. 26 nov. 2026 13:05</p>
<p><i>[Modération] Message partiellement édité. Rappel de la charte, art. 3 : aucune demande ou proposition de plan, de contact, de canal ou de prix de vente. Récidive = bannissement.</i></p></div>
<div class="post"><p class="author">par <b>nuitblanche_69</b> &raquo; mer. 26 nov. 2026 19:30</p>
<p>Merci pour la réponse, j'envoie un échantillon à l'analyse et je vous fais un retour.</p></div>
</div>
<div class="footer">Forum Réduction des Risques &middot; association loi 1901 &middot; Drogues Info Service : 0 800 23 13 13 (appel anonyme et gratuit)</div>
""")

p("h13235", "https://cronaca-veneta.example/2026/11/30/nas-sequestro-ketamina-ambulatorio-veterinario-vendita-telegram", "informational", False, "it",
  "news-italy-nas-seizure", "Vendeva ketamina dell'ambulatorio veterinario su Telegram: denunciato un infermiere | Cronaca Veneta", IT_COOKIE + """
<header><a href="/">Cronaca Veneta</a> <nav><a href="/padova">Padova</a> <a href="/venezia">Venezia</a> <a href="/verona">Verona</a> <a href="/treviso">Treviso</a> <a href="/cronaca">Cronaca</a> <a href="/abbonati">Abbonati</a></nav></header>
<article>
<h1>Vendeva ketamina dell'ambulatorio veterinario su Telegram: denunciato un infermiere</h1>
<p class="occhiello">Padova. I carabinieri del NAS hanno sequestrato 38 flaconi. "Consegne a domicilio e pagamento con ricarica PostePay"</p>
<p class="autore">di Redazione &middot; 30 novembre 2026</p>
<p>Da mesi i registri di carico e scarico degli stupefacenti di un ambulatorio veterinario dell'Alta Padovana non tornavano. È partita da qui l'indagine dei carabinieri del Nucleo Antisofisticazioni e Sanità (NAS) di Padova, che ha portato alla denuncia di un infermiere veterinario di 31 anni per detenzione ai fini di spaccio e peculato.</p>
<p>Secondo gli investigatori, l'uomo sottraeva flaconi di ketamina ad uso veterinario e li rivendeva attraverso un canale Telegram con oltre 900 iscritti, con consegne a domicilio tra Padova e Mestre. Il prezzo, secondo quanto ricostruito, era di 50 euro a flacone da 10 millilitri, oppure 35 euro al grammo per la sostanza già essiccata in polvere. I clienti pagavano con ricarica PostePay o in contanti.</p>
<p>Nella perquisizione sono stati trovati 38 flaconi, un fornello da campeggio, una bilancia di precisione e circa 4.000 euro in contanti. L'ambulatorio, estraneo ai fatti secondo gli inquirenti, ha collaborato all'indagine.</p>
<p>"La ketamina è un anestetico prezioso in medicina veterinaria e umana, ma fuori da questi contesti è una sostanza pericolosa, soprattutto se associata all'alcol", ha commentato il comandante del NAS. L'AIFA ricorda che nessun sito internet può vendere legalmente ketamina al pubblico.</p>
</article>
<aside><h3>Leggi anche</h3><ul><li><a href="/2026/10/spaccio-discoteca-jesolo">Jesolo, spaccio in discoteca: tre arresti</a></li><li><a href="/2026/09/ketamina-giovani-serd">Ketamina tra i giovani, l'allarme dei SerD</a></li></ul></aside>
<footer>Cronaca Veneta &middot; Testata registrata presso il Tribunale di Padova</footer>
""")

p("h13236", "https://lowlands-news-english.example/2026/12/ketamine-use-rising-among-young-dutch-festival-goers-trimbos", "informational", False, "en",
  "english-language-dutch-news", "Ketamine use rising among young Dutch festival-goers, Trimbos says | Lowlands News in English", """
<header><a href="/">Lowlands News in English</a> <nav><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/health">Health</a> <a href="/housing">Housing</a> <a href="/amsterdam">Amsterdam</a> <a href="/support">Support us</a></nav></header>
<article>
<h1>Ketamine use rising among young Dutch festival-goers, Trimbos says</h1>
<p class="meta">Health &middot; 3 December 2026</p>
<p>More young people in the Netherlands are using ketamine on nights out, and some are buying analogues sold online as a "legal" alternative, according to a new report from the Trimbos Institute, the national mental health and addiction institute.</p>
<p>In a survey of more than 3,000 festival and club visitors aged 16 to 35, almost one in four said they had used ketamine in the past year, up from one in seven four years ago. Ketamine is on list I of the Opium Act (Opiumwet) since this year, putting it in the same category as cocaine and MDMA.</p>
<p>Researchers also found a growing market in chemical relatives of ketamine, such as 2-FDCK and deschloroketamine, sold by webshops that label them "not for human consumption". One shop, which ships from the Netherlands to Belgium and Germany, advertised deschloroketamine at &euro;34.95 a gram with iDEAL payment and next-day delivery by PostNL, the report notes.</p>
<p>"People think they are buying something close to ketamine, but they don't know the dose or what else is in it," a Trimbos researcher said. Drug-testing service DIMS reported several samples sold as ketamine that contained other dissociatives.</p>
<p>Health minister officials said they are looking at whether the analogues can be brought under the generic ban on new psychoactive substances. Amsterdam's municipal health service (GGD) has started a campaign at clubs warning about mixing ketamine with alcohol.</p>
</article>
<footer>&copy; 2026 Lowlands News in English &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h13237", "https://eu-drugs-agency.example/publications/drug-profiles/ketamine", "informational", False, "en",
  "eu-agency-drug-profile", "Ketamine drug profile | European drugs agency", """
<header><a href="/">European Union Drugs Agency</a> <nav><a href="/topics">Topics</a> <a href="/data">Data</a> <a href="/publications">Publications</a> <a href="/countries">Countries</a> <a href="/news">News</a></nav> <span class="lang">EN &#9662;</span></header>
<main>
<p class="crumbs">Home &rsaquo; Publications &rsaquo; Drug profiles &rsaquo; Ketamine</p>
<h1>Ketamine drug profile</h1>
<h2>Chemistry and pharmacology</h2>
<p>Ketamine is an arylcyclohexylamine that acts mainly as a non-competitive NMDA-receptor antagonist. It is used as a human and veterinary anaesthetic, and its S-enantiomer, esketamine, is authorised in the EU as a nasal spray for treatment-resistant depression in adults, administered under the supervision of a healthcare professional.</p>
<h2>Recreational use</h2>
<p>Illicit ketamine is usually a white crystalline powder, snorted in small amounts ("bumps"). Diversion from veterinary supply and imports of bulk powder from outside the EU are the main sources. Structural analogues such as 2-FDCK, deschloroketamine and methoxetamine have been reported to the EU Early Warning System and are sold online as research chemicals.</p>
<h2>Control status in selected countries</h2>
<table>
<tr><th>Country</th><th>Status (simplified)</th></tr>
<tr><td>Belgium</td><td>Controlled as a psychotropic substance</td></tr>
<tr><td>France</td><td>Classified as a narcotic (stupéfiant)</td></tr>
<tr><td>Germany</td><td>Prescription-only medicine (AMG); not listed under the BtMG</td></tr>
<tr><td>Italy</td><td>Controlled, Table I of the consolidated law on narcotic drugs</td></tr>
<tr><td>Netherlands</td><td>Opium Act list I</td></tr>
<tr><td>Portugal</td><td>Controlled; possession for personal use is an administrative offence</td></tr>
<tr><td>Spain</td><td>Controlled psychotropic substance (List I)</td></tr>
</table>
<p class="note">This table is a simplification; national legislation should be consulted directly. Last reviewed November 2026.</p>
<h2>Health risks</h2>
<p>Acute risks include accidents while dissociated, vomiting and aspiration, and interactions with alcohol and other depressants. Frequent use is associated with ketamine-induced uropathy (bladder damage), abdominal pain ("K-cramps") and dependence.</p>
<h2>Related</h2>
<ul><li><a href="/publications/european-drug-report-2026">European Drug Report 2026</a></li><li><a href="/topics/drug-checking">Drug checking services in Europe</a></li></ul>
</main>
<footer><a href="/legal-notice">Legal notice</a> &middot; <a href="/cookies">Cookies</a> &middot; <a href="/accessibility">Accessibility</a></footer>
""", noise="cookie")

p("h13238", "https://ibiza-criminal-defence.example/en/drug-offences/arrested-with-ketamine-in-ibiza", "informational", False, "en",
  "law-firm-spain-english", "Arrested with ketamine in Ibiza or Mallorca? What Spanish law says | Ibiza Criminal Defence Abogados", """
<header><a href="/en/">Ibiza Criminal Defence &middot; Abogados</a> <nav><a href="/en/drug-offences">Drug offences</a> <a href="/en/drink-driving">Drink driving</a> <a href="/en/assault">Assault</a> <a href="/en/team">Our lawyers</a> <a href="/es/">ES</a> <a class="btn" href="/en/contact">24h emergency line</a></nav></header>
<main>
<h1>Arrested with ketamine in Ibiza or Mallorca? What Spanish law says</h1>
<p>Every summer we assist British, Irish, Dutch and German visitors who have been stopped with ketamine outside clubs in Sant Antoni and Playa d'en Bossa, or at Palma and Ibiza airports.</p>
<h2>Personal use vs. supply</h2>
<p>Possessing drugs for personal use in a public place is not a crime in Spain, but it is a serious administrative offence under the Citizen Security Law (Ley Orgánica 4/2015), with fines from &euro;601 to &euro;30,000. Possession with intent to supply is a crime under article 368 of the Criminal Code. Whether ketamine counts as a substance that causes "serious harm to health" (which carries 3 to 6 years) or not (1 to 3 years) has been argued in the courts; judgments differ.</p>
<h2>What the police look at</h2>
<p>Quantity, purity, how it is packaged (separate small bags), cash, scales, and messages on your phone. Vendors who advertise "keta" on Telegram or Instagram with delivery to hotels are a frequent target of Guardia Civil operations, and buyers' phones are often examined as evidence.</p>
<h2>If you are detained</h2>
<ul><li>You have the right to a lawyer and to an interpreter.</li><li>Do not sign a statement you do not understand.</li><li>Ask for your consulate to be informed.</li></ul>
<p>Call or WhatsApp our 24-hour line for an English-speaking abogado. First consultation &euro;120; fixed fees for rapid trials (juicio rápido) on request.</p>
</main>
<footer>Ibiza Criminal Defence Abogados S.L.P. &middot; Members of the Ilustre Colegio de la Abogacía de las Illes Balears &middot; <a href="/en/legal">Legal notice</a></footer>
""", noise="cookie")

p("h13239", "https://forum-threads.example/r/germany/comments/1h8x2k/spravato_esketamine_with_public_insurance_tk_aok", "informational", False, "en",
  "expat-forum-thread-plaintext", "Spravato (esketamine) with public insurance (TK/AOK) – how did you get it? : r/germany", """
r/germany · Posted by u/lost_in_lichtenberg · 6d

Spravato (esketamine) with public insurance (TK/AOK) – how did you get it?

Expat here (Berlin, TK). I've been through three antidepressants and my psychiatrist mentioned esketamine. Does anyone know how this works in Germany? Do I need to go to a hospital? Is it covered? Back home in the US I saw ads for ketamine you can get mailed, is that a thing here?

  u/Charite_Nachtschicht · 6d
  It's covered by GKV if you meet the criteria (treatment-resistant depression, failed at least two antidepressants). You get it in a practice or clinic that is set up for it, you do the spray there and stay ~2h. Your psychiatrist either does it themselves or refers you. Wait times in Berlin were about 2 months for me.

  u/mapleleaf_in_munich · 5d
  Mailed ketamine is not a thing here, and the sites that offer it to Germans are scams or straight-up illegal. Don't.

  u/lost_in_lichtenberg (OP) · 5d
  Thanks both! Called my Praxis, they're sending an Überweisung to a Spravato center in Mitte.

  u/throwaway_kreuzberg_k · 4d
  [removed by moderator – no sourcing]
""", ext="txt")

p("h13240", "https://vetwholesale-benelux.example/en/catalogue/anaesthetics/ketamine-100-mg-ml-10-ml", "informational", False, "en",
  "licensed-vet-wholesaler-benelux", "Ketamine 100 mg/ml, 10 ml – Anaesthetics | VetWholesale Benelux (professional customers only)", """
<header>
<div class="notice">This webshop is for registered veterinary practices and pharmacies in the Netherlands, Belgium and Luxembourg only. Prices are shown after login.</div>
<a href="/en/">VetWholesale Benelux</a>
<nav><a href="/en/catalogue">Catalogue</a> <a href="/en/catalogue/anaesthetics">Anaesthetics</a> <a href="/en/ordering">Ordering controlled drugs</a> <a href="/en/account/register">Open a professional account</a> <a href="/en/login">Log in</a> <span><a href="/nl/">NL</a> | <a href="/fr/">FR</a></span></nav>
</header>
<main>
<h1>Ketamine 100 mg/ml solution for injection, 10 ml vial</h1>
<p>Brands available: Ketamine 10% (various MAH), Narketan 10, Anesketin. Pack sizes: 1 &times; 10 ml, 5 &times; 10 ml.</p>
<p class="price">Price: <a href="/en/login">log in to see your price</a></p>
<h2>Who can order</h2>
<p>Ketamine is a controlled substance. We supply only to:</p>
<ul>
<li><b>Netherlands:</b> veterinary practices with a valid UDA/UDD registration and an Opium Act exemption where required; orders need the signed order form of the responsible veterinarian.</li>
<li><b>Belgium:</b> veterinarians with an Order number and a depot licence (FAGG/AFMPS), orders through the controlled-substance register.</li>
<li><b>Luxembourg:</b> licensed veterinarians, on written order.</li>
</ul>
<p>New accounts are verified by our Qualified Person before the first order. We do not sell to private individuals, breeders or stables, and we do not ship outside the Benelux.</p>
<h2>Delivery</h2>
<p>Controlled drugs are delivered by our own temperature-controlled vans with signature on receipt by the practice; they are never sent by parcel post.</p>
</main>
<footer>VetWholesale Benelux B.V. &middot; Wholesale distribution authorisation (WDA) holder &middot; GDP certified &middot; <a href="/en/terms">Terms</a></footer>
""", noise="cookie")

save(OUT, R)
