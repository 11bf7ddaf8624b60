# Batch 91 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Said and reported". The same kind of offer seen from two sides: the seller's own page
# (shop, listing, classified, social bio, Telegram menu, fake "online clinic", affiliate list, a
# seller's blog answering the press) and, on another site, a page that reports, quotes, paraphrases,
# warns about or debunks that offer (pharmacy-board alert, local news, police press note, drug-checking
# warning, fact-check, harm-reduction forum reply, English-language news about a Dutch shop, health
# regulator alert, Italian court summary). The informational pages quote the sellers' wording at
# length, sometimes without quotation marks. Then telehealth services and clinics explain, in their own
# voice, what they do and do not do compared with such sellers.
# Mix: 14 sellers (flagged), 9 informational, 9 telehealth, 8 clinics; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, nl 2, pt 3, it 2).
# Shapes: long pages with site chrome (shop headers, gov banners, news chrome, forum threads, cookie
# banners, footers), short pages, plain-text snippets (Telegram menu, social bio, impersonation notice,
# clinic update), one bot-check wall where only the URL speaks.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch91.py (writes batch91/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch91")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ================================================================ pair 1: shop / pharmacy-board alert

p("h9101", "https://ketacalm-pharma.example/shop/ketamine-nasal-spray-100mg", "seller", True, "en",
  "shop-product-page-no-rx-crypto-discount", "Ketamine HCl Nasal Spray 100mg/ml – No Prescription Needed | KetaCalm Pharma", """
<div class="topbar">FREE discreet shipping on orders over $250 &middot; Pay with BTC or USDT and save 15% &middot; Reship guarantee on every parcel</div>
<header>
<a class="logo" href="/">KetaCalm<span>Pharma</span></a>
<nav><a href="/">Home</a> <a href="/shop">Shop All</a> <a href="/shop/depression">Depression</a> <a href="/shop/anxiety">Anxiety</a> <a href="/shop/pain">Chronic Pain</a> <a href="/track">Track Order</a> <a href="/faq">FAQ</a></nav>
<a class="cart" href="/cart">Cart (0)</a> <a href="/account">My account</a>
</header>
<main>
<p class="crumbs"><a href="/">Home</a> / <a href="/shop">Shop</a> / Ketamine HCl Nasal Spray</p>
<div class="product">
<img src="/media/nasal-spray-10ml.jpg" alt="Ketamine nasal spray 10 ml bottle">
<div class="summary">
<h1>Ketamine HCl Nasal Spray 100mg/ml (10ml)</h1>
<p class="stars">&#9733;&#9733;&#9733;&#9733;&#9733; 412 customer reviews</p>
<p class="price">$149.00 &ndash; $720.00</p>
<p>Fast-acting relief for depression, anxiety and stubborn pain, delivered to your door. Each bottle gives approximately 100 sprays of 10 mg.</p>
<ul class="badges"><li>&#10004; No prescription required &ndash; our pharmacists review every order</li><li>&#10004; Pharmaceutical grade, made in an EU GMP facility</li><li>&#10004; Ships within 24 hours</li></ul>
<form action="/cart/add" method="post">
<label>Quantity pack</label>
<select name="variant"><option>1 bottle &ndash; $149</option><option>3 bottles &ndash; $399 (save $48)</option><option>6 bottles &ndash; $720 (best value)</option></select>
<button type="submit">Add to cart</button>
</form>
<p class="pay">We accept: Bitcoin &middot; USDT (TRC20) &middot; Zelle &middot; Apple/Steam gift cards</p>
</div>
</div>
<section class="tabs">
<h2>Description</h2>
<p>Ketamine has been used in hospitals for decades. Now you can use it at home, on your own schedule, without waiting months for a psychiatrist. Our nasal spray is the same active ingredient used in clinics, at a fraction of the cost of an infusion.</p>
<p>Suggested use: start with 1&ndash;2 sprays and wait 20 minutes. Do not drive. Not for sale to persons under 18.</p>
<h2>Shipping &amp; Delivery</h2>
<p>Every order is vacuum sealed and shipped in plain packaging with no mention of contents. USA 2&ndash;4 days, Canada/UK/AU 5&ndash;9 days. If a parcel is seized by customs we reship free of charge, no questions asked.</p>
<h2>Reviews (412)</h2>
<blockquote>&ldquo;Arrived in 3 days, nobody would ever know what was inside. Better than my old SSRIs.&rdquo; &ndash; Mark T., Ohio</blockquote>
<blockquote>&ldquo;Paid with BTC, got the discount, tracking worked. Will reorder.&rdquo; &ndash; Jenna</blockquote>
</section>
<section class="related"><h3>Customers also bought</h3>
<ul><li><a href="/shop/ketamine-troches-150mg">Ketamine Troches 150mg (30 ct)</a> $189</li><li><a href="/shop/esketamine-spray">Esketamine Spray 28mg</a> $229</li><li><a href="/shop/ketamine-powder-5g">Ketamine HCl Powder 5g</a> $260</li></ul></section>
</main>
<footer><p>KetaCalm Pharma &copy; 2026. Customer care: support@ketacalm-pharma.example &middot; Telegram @ketacalm_care</p>
<p><a href="/refunds">Refund policy</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p></footer>
""", noise="cookie")

p("h9102", "https://pharmacy.board.state.example/consumer-alerts/2026-11-ketacalm-pharma", "informational", False, "en",
  "pharmacy-board-alert-quoting-shop", "Consumer Alert: Unlicensed website advertising ketamine nasal spray without a prescription | State Board of Pharmacy", """
<div class="gov-banner">An official website of the State. <a href="#">Here's how you know</a></div>
<header><a href="/">State Board of Pharmacy</a>
<nav><a href="/licensing">Licensing</a> <a href="/verify">Verify a License</a> <a href="/complaints">File a Complaint</a> <a href="/consumer-alerts">Consumer Alerts</a> <a href="/laws-rules">Laws &amp; Rules</a> <a href="/about">About the Board</a></nav></header>
<main>
<p class="crumbs">Home &rsaquo; Consumers &rsaquo; Consumer Alerts</p>
<h1>Consumer Alert: Unlicensed website advertising ketamine nasal spray without a prescription</h1>
<p class="date">Issued November 18, 2026 &middot; Alert No. CA-2026-31</p>
<p>The Board has received several complaints from residents about a website operating under the name <b>&ldquo;KetaCalm Pharma&rdquo;</b> (ketacalm-pharma.example). The site advertises a &ldquo;Ketamine HCl Nasal Spray 100mg/ml&rdquo; in packs of one, three or six bottles, as well as ketamine troches, ketamine powder and an &ldquo;esketamine spray.&rdquo;</p>
<p>According to the website, there is &ldquo;No prescription required &ndash; our pharmacists review every order.&rdquo; The site also states that parcels are &ldquo;vacuum sealed and shipped in plain packaging with no mention of contents&rdquo; and that if a parcel &ldquo;is seized by customs we reship free of charge, no questions asked.&rdquo; Buyers are offered a 15% discount for paying in Bitcoin or USDT, and the site also accepts gift cards.</p>
<h2>What the Board found</h2>
<ul>
<li>No pharmacy, non-resident pharmacy or wholesaler license has been issued to KetaCalm Pharma or to any business at the addresses listed on the site.</li>
<li>The &ldquo;pharmacists&rdquo; mentioned on the website are not named, and no pharmacist license number is given.</li>
<li>Ketamine is a Schedule III controlled substance. It may only be dispensed by a licensed pharmacy on a valid prescription issued by a practitioner in the course of a legitimate patient relationship. Esketamine nasal spray is available only through certified healthcare settings under a REMS program and is not dispensed to patients for use at home.</li>
<li>Two complainants reported receiving nothing after paying in cryptocurrency. One reported receiving an unlabeled bottle whose contents are unknown.</li>
</ul>
<h2>What you should do</h2>
<ol>
<li>Do not order from this or similar websites. Products from unlicensed sellers may be counterfeit, contaminated or mislabeled.</li>
<li>If you have already taken a product from this website and feel unwell, call Poison Control at 1-800-222-1222 or seek emergency care.</li>
<li>Before you buy medicine online, <a href="/verify">verify the pharmacy's license</a>. Legitimate pharmacies require a prescription and list a physical U.S. address and a pharmacist you can speak to.</li>
<li>If you are interested in ketamine-based treatment, talk to a licensed prescriber. Supervised treatment is available from clinics and from telehealth providers that evaluate patients directly.</li>
</ol>
<p>Residents who have information about this website can <a href="/complaints">file a complaint online</a>. Payment disputes should be raised with your bank; cryptocurrency payments generally cannot be reversed.</p>
<p class="contact">Media inquiries: Office of Communications, (555) 010-2290</p>
</main>
<aside><h3>Recent alerts</h3><ul><li><a href="#">Counterfeit semaglutide pens sold on social media</a></li><li><a href="#">Phone calls impersonating Board investigators</a></li><li><a href="#">Unlicensed sale of compounded tirzepatide</a></li></ul></aside>
<footer><p>State Board of Pharmacy &middot; 1400 Capitol Mall, Suite 300 &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy Policy</a></p></footer>
""")

# ================================================================ pair 2: Telegram menu / local news

p("h9103", "https://tg-channel.example/s/kmenu_uk_eu", "seller", True, "en",
  "telegram-channel-menu-plain-text", "K MENU UK/EU", """
📢 K MENU UPDATE — DECEMBER 📢
❄️ Ketamine crystal (shards, tested) — 1g £35 | 3.5g £100 | 7g £180 | 14g £320 | 28g £560
💧 Pharma vials 500mg/10ml, sealed flip-off cap — £60 each / 5 for £250
🚚 Next day UK tracked, EU 3-5 days. Stealth packed, 100% reship if lost or taken.
💰 BTC / LTC / XMR only. No COD, no meetups.
📲 Order: @kmenu_orders — product + qty + address in ONE message. No time wasters.
""", ext="txt")

p("h9104", "https://eveningherald.example/news/crime/telegram-ketamine-menu-court", "informational", False, "en",
  "local-news-quoting-telegram-menu", "'Next day, stealth packed': the Telegram ketamine menu behind a county drugs case | Evening Herald", """
<header class="masthead"><a href="/">The Evening Herald</a>
<nav><a href="/news">News</a> <a href="/news/crime">Crime</a> <a href="/sport">Sport</a> <a href="/whats-on">What's On</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="btn">Subscribe</a></nav></header>
<main><article>
<p class="kicker">CRIME</p>
<h1>&lsquo;Next day, stealth packed&rsquo;: the Telegram ketamine menu behind a county drugs case</h1>
<p class="standfirst">Prosecutors say two men ran a channel advertising ketamine by post to buyers across the UK and Europe. Both have pleaded guilty.</p>
<p class="byline">By Hannah Okafor, Crime Reporter &middot; 2 December 2026, 6:05pm</p>
<p>It looked like a takeaway menu. Under a megaphone emoji and the heading &ldquo;K MENU UPDATE&rdquo;, the channel listed ketamine &ldquo;shards&rdquo; at &pound;35 a gram, falling to &pound;560 for 28 grams, alongside &ldquo;pharma vials&rdquo; at &pound;60 each or five for &pound;250.</p>
<p>Buyers were promised next day tracked delivery in the UK and three to five days to Europe. Every parcel was &ldquo;stealth packed&rdquo;, the posts said, with a &ldquo;100% reship if lost or taken&rdquo;. Payment was in Bitcoin, Litecoin or Monero only &ndash; &ldquo;no COD, no meetups&rdquo; &ndash; and customers were told to send the product, quantity and address in one message to a second account. &ldquo;No time wasters,&rdquo; it added.</p>
<p>Crown Court heard yesterday that the channel, which had more than 4,000 subscribers at its peak, was run from a rented flat above a vape shop in the town centre. Officers who searched the flat in June found 1.4kg of ketamine, vacuum-sealing equipment, hundreds of padded envelopes and a printer used to make postage labels.</p>
<p>Prosecutor James Whitcombe said the pair had &ldquo;treated a Class B drug like any other online retail product&rdquo;. Analysis of a cryptocurrency wallet linked to the channel showed receipts equivalent to around &pound;310,000 over 14 months, he said.</p>
<p>Both defendants, aged 24 and 27, admitted being concerned in the supply of a controlled drug. They will be sentenced in January.</p>
<h2>&lsquo;You have no idea what is in the bag&rsquo;</h2>
<p>Detective Sergeant Claire Lunn of the force's serious organised crime unit said the case showed how easily young people could find sellers. &ldquo;People think a channel with a neat price list and a reship policy is somehow safer than a dealer on a street corner. It isn't. You have no idea what is in the bag or who you are sending your home address to.&rdquo;</p>
<p>A spokesperson for a local drug and alcohol service said it had seen a rise in young adults with bladder damage linked to regular ketamine use. &ldquo;If you are using ketamine and are worried, we will not judge you. Come and talk to us.&rdquo;</p>
<p class="note">If you are affected by issues in this article, support is available from the county's free drug and alcohol service and from the national helpline FRANK on 0300 123 6600.</p>
</article>
<aside><h3>Most read</h3><ol><li><a href="#">Bypass roadworks to last until March</a></li><li><a href="#">Christmas market opening times</a></li><li><a href="#">Town's oldest pub up for sale</a></li></ol></aside>
</main>
<footer><p>&copy; 2026 The Evening Herald. <a href="/contact">Contact</a> &middot; <a href="/complaints">Complaints</a> &middot; <a href="/privacy">Privacy notice</a></p></footer>
""", noise="cookie")

# ================================================================ pair 3: classified ad / police press note (es)

p("h9105", "https://anunciosya.example/mascotas/varios/vendo-ketamina-veterinaria-100mg-ml-12874", "seller", True, "es",
  "classified-ad-vet-ketamine-whatsapp", "Vendo ketamina veterinaria 100 mg/ml – envío a toda España | AnunciosYa", """
<header><a href="/">AnunciosYa</a> <form><input placeholder="¿Qué estás buscando?"><button>Buscar</button></form> <a href="/publicar" class="btn">Publicar anuncio gratis</a> <a href="/login">Acceder</a></header>
<nav class="crumbs"><a href="/">Inicio</a> &gt; <a href="/mascotas">Mascotas</a> &gt; <a href="/mascotas/varios">Accesorios y varios</a></nav>
<main>
<h1>Vendo ketamina veterinaria 100 mg/ml</h1>
<p class="price">90 €</p>
<p class="meta">Valencia &middot; Publicado hace 2 días &middot; 318 visitas &middot; Ref. 12874</p>
<div class="gallery"><img src="/img/12874-1.jpg" alt="frascos"><img src="/img/12874-2.jpg" alt="caja"></div>
<h2>Descripción</h2>
<p>Frascos de ketamina al 10% de 10 ml, sin abrir y precintados, caducidad 2028. Sin receta. Precio por frasco 90 €, a partir de 5 frascos 75 € cada uno. También disponible al por mayor, preguntar.</p>
<p>Envío discreto 24/48 h a toda España por mensajería, paquete sin logos. Entrega en mano en Valencia capital. Pago por Bizum o transferencia antes del envío.</p>
<p>Pedidos y dudas solo por WhatsApp +34 6** *** 412 (no contesto llamadas).</p>
<div class="seller"><b>Anunciante:</b> Particular &middot; Miembro desde 2026 &middot; <button>Ver teléfono</button> <button>Enviar mensaje</button></div>
<aside class="tips"><h3>Consejos de seguridad</h3><ul><li>Desconfía de precios demasiado bajos.</li><li>Si puedes, queda en persona en un lugar público.</li><li>AnunciosYa nunca te pedirá datos bancarios por mensaje.</li></ul>
<a href="/denunciar?ref=12874">Denunciar anuncio</a></aside>
<section><h3>Anuncios similares</h3><ul><li><a href="#">Transportín perro grande 25 €</a></li><li><a href="#">Comedero automático gatos 30 €</a></li></ul></section>
</main>
<footer><p>AnunciosYa &copy; 2026 &middot; <a href="/condiciones">Condiciones de uso</a> &middot; <a href="/privacidad">Privacidad</a></p></footer>
""", noise="cookie-es")

p("h9106", "https://prensa-policia.example/notas/2026/11/red-ketamina-veterinaria-anuncios", "informational", False, "es",
  "police-press-release-quoting-ads", "Desarticulada una red que vendía ketamina de uso veterinario mediante anuncios en internet", """
<header><a href="/">Sala de Prensa</a> <nav><a href="/notas">Notas de prensa</a> <a href="/multimedia">Multimedia</a> <a href="/colabora">Colabora</a> <a href="/contacto">Contacto</a></nav></header>
<main>
<p class="fecha">Valencia, 27 de noviembre de 2026</p>
<h1>Desarticulada una red que vendía ketamina de uso veterinario mediante anuncios en internet</h1>
<p class="entradilla">Cuatro personas han sido detenidas, entre ellas el responsable de una distribuidora de productos zoosanitarios, por desviar al mercado ilícito más de 1.200 frascos del anestésico.</p>
<p>Agentes de la Unidad de Drogas y Crimen Organizado han desarticulado una organización dedicada a la venta de ketamina de uso veterinario a particulares a través de portales de anuncios clasificados y de aplicaciones de mensajería.</p>
<p>La investigación comenzó a principios de año, cuando los agentes detectaron anuncios en los que se ofrecían «frascos de ketamina al 10 % de 10 ml, sin abrir y precintados» por 90 euros la unidad, con rebaja a partir de cinco frascos. Los anuncios, publicados en secciones de mascotas para pasar desapercibidos, prometían «envío discreto 24/48 h a toda España» en paquetes sin logotipos y aceptaban el pago por Bizum o transferencia. Los pedidos se gestionaban exclusivamente por WhatsApp.</p>
<p>Las pesquisas permitieron comprobar que el producto procedía de una distribuidora autorizada de la provincia, cuyo responsable registraba ventas ficticias a clínicas veterinarias que en realidad no las habían solicitado.</p>
<p>En los registros practicados se intervinieron 214 frascos, 6.300 euros en efectivo, varios teléfonos móviles y documentación contable. Los detenidos están acusados de delitos contra la salud pública y pertenencia a organización criminal.</p>
<h2>Recomendaciones a la ciudadanía</h2>
<p>La ketamina es un medicamento sujeto a prescripción y a control especial. Su uso fuera del ámbito sanitario o veterinario puede provocar pérdida de conciencia, alteraciones graves de la percepción y, con el consumo repetido, daños en la vejiga. Los productos que se venden por internet sin receta pueden estar adulterados o mal conservados.</p>
<p>Si detectas un anuncio de este tipo, puedes comunicarlo de forma anónima a través del <a href="/colabora">formulario de colaboración ciudadana</a> o en el correo antidroga@prensa-policia.example.</p>
</main>
<footer><p>Oficina de Prensa &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/accesibilidad">Accesibilidad</a></p></footer>
""")

# ================================================================ pair 4: research-chemical shop / drug-checking warning (de)

p("h9107", "https://rc-labor-shop.example/produkte/2-fdck-kristall", "seller", True, "de",
  "research-chemical-analogue-shop", "2-FDCK Kristall kaufen – 99,8 % Reinheit | RC Labor Shop", """
<div class="hinweis">Alle Produkte ausschließlich für Forschungszwecke. Nicht für den menschlichen Verzehr bestimmt. Verkauf nur an Personen ab 18 Jahren.</div>
<header><a href="/" class="logo">RC Labor Shop</a>
<nav><a href="/produkte/arylcyclohexylamine">Arylcyclohexylamine</a> <a href="/produkte/cathinone">Cathinone</a> <a href="/produkte/pellets">Pellets</a> <a href="/produkte/zubehoer">Zubehör &amp; Feinwaagen</a> <a href="/versand">Versand</a></nav>
<a href="/warenkorb">Warenkorb (0) – 0,00 €</a></header>
<main>
<h1>2-FDCK Kristall</h1>
<p>2-Fluorodeschloroketamin &middot; CAS 111982-50-4 &middot; Ketamin-Analogon aus der Gruppe der Arylcyclohexylamine</p>
<table class="staffel"><tr><th>Menge</th><th>Preis</th><th>Preis/g</th></tr>
<tr><td>1 g</td><td>24,90 €</td><td>24,90 €</td></tr>
<tr><td>5 g</td><td>99,00 €</td><td>19,80 €</td></tr>
<tr><td>10 g</td><td>169,00 €</td><td>16,90 €</td></tr>
<tr><td>25 g</td><td>349,00 €</td><td>13,96 €</td></tr></table>
<form><select><option>1 g</option><option>5 g</option><option>10 g</option><option>25 g</option></select> <button>In den Warenkorb</button></form>
<p class="lager">&#9679; Auf Lager &ndash; Versand innerhalb von 24 h</p>
<h2>Produktbeschreibung</h2>
<p>Unser 2-FDCK wird als grobkristallines Material mit einer Reinheit von 99,8 % (HPLC) geliefert. Jede Charge wird von einem unabhängigen Labor geprüft, das Analysezertifikat kann auf Anfrage eingesehen werden.</p>
<p>Dieses Produkt ist eine Referenzsubstanz für die analytische und wissenschaftliche Forschung. Es ist kein Arzneimittel, kein Lebensmittel und kein Kosmetikum. Angaben zur Dosierung machen wir nicht.</p>
<h2>Versand &amp; Zahlung</h2>
<ul><li>Neutraler, geruchsdichter Versand aus einem EU-Lager, kein Hinweis auf den Inhalt</li><li>Deutschland 1&ndash;3 Werktage, Österreich und Schweiz 3&ndash;5 Werktage</li><li>Reship-Garantie bei Verlust</li><li>Zahlung per Bitcoin, Monero oder SEPA-Überweisung (Verwendungszweck nur Bestellnummer)</li></ul>
<h3>Kunden kauften auch</h3><ul><li><a href="/produkte/dck-kristall">DCK Kristall</a></li><li><a href="/produkte/o-pce">O-PCE</a></li><li><a href="/produkte/3-meo-pcp-pellets">3-MeO-PCP Pellets</a></li></ul>
</main>
<footer><a href="/agb">AGB</a> &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; Support über Threema oder E-Mail</footer>
""", noise="cookie-de")

p("h9108", "https://drugchecking-beratung.example/warnungen/2026-11-2-fdck-online", "informational", False, "de",
  "drug-checking-warning-quoting-shop", "Warnung: „2-FDCK“ aus Online-Shops enthielt andere Substanz | Drug-Checking Beratung", """
<header><a href="/">Drug-Checking &amp; Beratung</a> <nav><a href="/angebot">Unser Angebot</a> <a href="/warnungen">Aktuelle Warnungen</a> <a href="/safer-use">Safer Use</a> <a href="/termine">Abgabezeiten</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>
<p class="label">WARNUNG &middot; veröffentlicht am 21.11.2026</p>
<h1>„2-FDCK“ aus Online-Shops: Probe enthielt O-PCE statt des angegebenen Wirkstoffs</h1>
<p>In unserer Abgabestelle wurden in den letzten vier Wochen drei Proben abgegeben, die als <b>2-FDCK</b> bei sogenannten Research-Chemical-Shops bestellt worden waren. Zwei der Proben stammen aus demselben Shop, der das Produkt als „2-FDCK Kristall, 99,8 % Reinheit (HPLC)“ bewirbt, mit Staffelpreisen ab 24,90 € pro Gramm und dem Hinweis, es handle sich um eine Referenzsubstanz „nicht für den menschlichen Verzehr“. Versendet werde neutral und geruchsdicht aus einem EU-Lager, bezahlt werde per Bitcoin, Monero oder Überweisung.</p>
<h2>Ergebnis der Analyse</h2>
<ul>
<li>Probe 1 (Kristall, farblos): <b>kein 2-FDCK nachweisbar</b>, stattdessen O-PCE, ein deutlich stärker wirkendes Arylcyclohexylamin.</li>
<li>Probe 2 (Kristall, gleicher Shop): 2-FDCK mit Beimengung von Deschloroketamin (DCK).</li>
<li>Probe 3 (anderer Shop): 2-FDCK, keine weiteren Wirkstoffe gefunden.</li>
</ul>
<p>Die Angabe „99,8 %“ auf der Shopseite sagt also nichts darüber aus, was tatsächlich im Beutel ist. Ein Analysezertifikat, das nur „auf Anfrage“ gezeigt wird, kann jede beliebige Charge betreffen.</p>
<h2>Warum das gefährlich ist</h2>
<p>O-PCE wirkt schon in sehr viel kleineren Mengen als 2-FDCK oder Ketamin. Wer eine gewohnte Menge 2-FDCK abwiegt, kann so eine starke Überdosierung erleben: Bewusstlosigkeit, Atemprobleme, extreme Verwirrtheit, Bluthochdruck. Mischkonsum mit Alkohol, Benzodiazepinen oder Opioiden erhöht das Risiko zusätzlich.</p>
<h2>Safer-Use-Hinweise</h2>
<ul><li>Lass Substanzen testen, bevor du sie nimmst &ndash; anonym und kostenlos zu unseren <a href="/termine">Abgabezeiten</a>.</li><li>Beginne mit einer sehr kleinen Testmenge und warte mindestens eine Stunde.</li><li>Nie allein konsumieren; eine Person in der Nähe sollte nüchtern bleiben.</li><li>Im Notfall 112 anrufen und sagen, was genommen wurde. Sanitäter sind nicht verpflichtet, die Polizei zu informieren.</li></ul>
<p>Übrigens: Auch als „Forschungschemikalie“ verkaufte Ketamin-Analoga fallen in Deutschland unter das Neue-psychoaktive-Stoffe-Gesetz. Der Hinweis „nicht für den menschlichen Verzehr“ ändert daran nichts.</p>
</main>
<footer><p>Ein Projekt der regionalen Suchthilfe &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></p></footer>
""", noise="cookie-de")

# ================================================================ pair 5: fake online prescriber / fact-check

p("h9109", "https://ketaminenow-online.example/get-started", "seller", True, "en",
  "fake-telehealth-quiz-auto-approval", "Get Ketamine Prescribed Online in 3 Minutes | KetamineNow", """
<header><a href="/" class="logo">KetamineNow&reg;</a> <nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/reviews">Reviews</a> <a href="/get-started" class="btn">Get started</a></nav></header>
<main>
<section class="hero">
<h1>Ketamine, prescribed online in 3 minutes.</h1>
<p class="sub">Licensed doctors. No video calls. No waiting rooms. No judgment.</p>
<a href="#quiz" class="btn-big">Start my free assessment &rarr;</a>
<p class="trust">98% approval rate &middot; 40,000+ orders shipped &middot; Discreet packaging</p>
</section>
<section id="steps"><h2>How it works</h2>
<ol>
<li><b>Answer 12 quick questions</b> about your mood and health. Takes under 3 minutes.</li>
<li><b>Get approved</b> &ndash; a physician on our network signs off on your request, usually within minutes. You don't need to speak to anyone.</li>
<li><b>Receive your treatment</b> &ndash; ketamine troches or nasal spray shipped in plain packaging, at your door in 1&ndash;3 days.</li>
</ol></section>
<section id="pricing"><h2>Simple pricing</h2>
<div class="plan"><h3>Starter</h3><p>30 troches (150 mg)</p><p class="price">$199</p><button>Choose</button></div>
<div class="plan best"><h3>Maintenance</h3><p>90 troches (150 mg) + nasal spray</p><p class="price">$499</p><button>Choose</button></div>
<p>No consultation fee. No insurance needed. Pay by card, Apple Pay or crypto.</p></section>
<section id="quiz"><h2>Your assessment</h2>
<form>
<label>1. Over the last two weeks, how often have you felt down or hopeless?</label><select><option>Not at all</option><option>Several days</option><option>More than half the days</option><option>Nearly every day</option></select>
<label>2. Have you tried antidepressants before?</label><select><option>Yes</option><option>No</option></select>
<label>3. Shipping state</label><select><option>Any US state</option></select>
<button>Continue</button></form></section>
<section class="faq"><h2>FAQ</h2>
<p><b>Is this legal?</b> Yes. Every order is reviewed by a licensed physician.</p>
<p><b>What if I'm not approved?</b> Almost everyone is. If not, we refund your order in full.</p></section>
</main>
<footer><p>&copy; 2026 KetamineNow. This site does not provide emergency care.</p></footer>
""", noise="cookie")

p("h9110", "https://factcheckdesk.example/2026/11/ketamine-prescribed-online-three-minutes", "informational", False, "en",
  "fact-check-debunking-quiz-prescriber", "Fact check: Can a 12-question quiz get you a legal ketamine prescription? | FactCheck Desk", """
<header><a href="/">FactCheck Desk</a> <nav><a href="/health">Health</a> <a href="/politics">Politics</a> <a href="/viral">Viral claims</a> <a href="/methodology">How we rate</a> <a href="/donate">Donate</a></nav></header>
<main><article>
<h1>Fact check: Can a 12-question quiz get you a legal ketamine prescription?</h1>
<p class="byline">By Priya Raman &middot; November 24, 2026</p>
<div class="claimbox"><p><b>Claim:</b> &ldquo;Ketamine, prescribed online in 3 minutes. Licensed doctors. No video calls. No waiting rooms.&rdquo;</p>
<p><b>Source:</b> Sponsored posts on social media linking to a website called KetamineNow</p>
<p><b>Our rating:</b> <span class="rating">False</span></p></div>
<p>Ads for the site began appearing in users' feeds in October. They promise that after answering &ldquo;12 quick questions&rdquo; a physician will approve the request &ldquo;usually within minutes&rdquo;, that &ldquo;you don't need to speak to anyone&rdquo; and that troches or nasal spray will be shipped in plain packaging within one to three days. The site advertises a &ldquo;98% approval rate&rdquo;, charges $199 for 30 troches and accepts cryptocurrency.</p>
<h2>What the rules say</h2>
<p>Ketamine is a Schedule III controlled substance in the United States. A prescription for a controlled substance must be issued for a legitimate medical purpose by a practitioner acting in the usual course of professional practice. Under the federal telemedicine rules that currently allow controlled substances to be prescribed remotely, that evaluation has to take place through a real-time, two-way audio-video telemedicine encounter, and the prescriber must be registered with the DEA in the patient's state.</p>
<p>&ldquo;A questionnaire that nobody discusses with you is not an evaluation,&rdquo; said Dr. Alan Whitfield, a psychiatrist who chairs a state medical society committee on telehealth. &ldquo;Legitimate at-home ketamine programs screen out a meaningful share of people &ndash; for uncontrolled blood pressure, psychosis, substance use or pregnancy. A 98% approval rate tells you the questions don't matter.&rdquo;</p>
<h2>Who is behind the site?</h2>
<p>The website does not name any physician. Domain records show it was registered six weeks before the ads began, through a privacy service. The FAQ says &ldquo;every order is reviewed by a licensed physician&rdquo; but gives no name, license number or state. FactCheck Desk sent questions to the contact form and the listed email address and received no reply.</p>
<h2>What legitimate telehealth looks like</h2>
<ul><li>You meet a named, licensed clinician on video before anything is prescribed.</li><li>The clinician can say no &ndash; and often does.</li><li>Medication is dispensed by a licensed pharmacy that you can look up.</li><li>There is a plan for follow-up and monitoring.</li></ul>
<h2>Our ruling</h2>
<p>The claim that a 12-question form leads to a legal ketamine prescription is <b>False</b>. The site's own description of its process lacks the real-time evaluation required for remote prescribing of controlled substances, and it does not identify any prescriber.</p>
<p class="sources"><b>Sources:</b> KetamineNow website, accessed Nov. 19 and Nov. 22, 2026; DEA telemedicine rules; interview with Dr. Alan Whitfield; WHOIS records.</p>
</article></main>
<footer><p>FactCheck Desk is a signatory of an international fact-checking code of principles. <a href="/corrections">Corrections</a> &middot; <a href="/contact">Tips</a></p></footer>
""")

# ================================================================ pair 6: social account / harm-reduction forum reply (fr)

p("h9111", "https://snapgram.example/kpharma.paris", "seller", True, "fr",
  "social-profile-bio-and-post", "kpharma.paris (@kpharma.paris) • Photos et vidéos", """
<header><a href="/">snapgram</a> <input placeholder="Rechercher"> <a href="/accounts/login">Se connecter</a> <a href="/accounts/signup">S'inscrire</a></header>
<main>
<section class="profile">
<h2>kpharma.paris</h2>
<p>37 publications &middot; 2 184 abonnés &middot; 12 abonnements</p>
<div class="bio">K PHARMA 💊❄️<br>Kéta pharma &amp; cristal dispo 🔥<br>Livraison 7j/7 Paris + IDF 🛵 (1h)<br>Envoi colis discret toute la France 📦<br>Commande uniquement Telegram 👉 @kpharma_75<br>Paiement crypto / PCS / espèces en livraison</div>
</section>
<article class="post">
<p class="caption"><b>kpharma.paris</b> Nouvel arrivage 🔥🔥 Kéta cristal 1g 40€ / 5g 170€ / 10g 300€. Flacons pharma 50mg/ml 65€ pièce. Livraison offerte dès 100€ sur Paris. Colis France sous 48h, emballage neutre, renvoi si perdu. DM = pas de réponse, tout passe par Telegram 📲</p>
<p class="date">il y a 3 jours</p>
<p class="comments">Voir les 24 commentaires</p>
</article>
<article class="post">
<p class="caption"><b>kpharma.paris</b> Avis clients ⭐⭐⭐⭐⭐ merci à tous pour la confiance. Dernières places pour les livraisons de ce week-end.</p>
<p class="date">il y a 1 semaine</p>
</article>
</main>
<footer>À propos &middot; Aide &middot; Confidentialité &middot; Conditions</footer>
""")

p("h9112", "https://forum-rdr.example/t/compte-insta-keta-livraison-paris-arnaque/48213", "informational", False, "fr",
  "harm-reduction-forum-reply-quoting-ad", "Compte « kéta pharma livraison Paris » : arnaque ou pas ? – Forum Réduction des risques", """
<header><a href="/">Forum RdR</a> <nav><a href="/c/produits">Produits</a> <a href="/c/sante">Santé</a> <a href="/c/arnaques">Arnaques &amp; vendeurs</a> <a href="/regles">Charte</a></nav></header>
<main>
<h1>Compte « kéta pharma livraison Paris » : arnaque ou pas ?</h1>
<p class="cat">Catégorie : Arnaques &amp; vendeurs &middot; 14 réponses &middot; 1,2k vues</p>
<div class="post" id="p1"><p class="auteur">lune_noire &middot; 29 nov.</p>
<p>Salut, je suis tombée sur un compte qui a l'air sérieux, la bio dit « Kéta pharma &amp; cristal dispo, livraison 7j/7 Paris + IDF, envoi colis discret toute la France, commande uniquement Telegram, paiement crypto / PCS ». Ils postent des avis clients et des photos de flacons. Quelqu'un a déjà commandé ? Je ne veux pas me faire avoir.</p></div>
<div class="post modo" id="p2"><p class="auteur">Mod_Equipe_RdR <span class="badge">Modération</span> &middot; 29 nov.</p>
<p>Bonjour lune_noire, merci d'avoir demandé avant de payer. On ne recommande et on ne déconseille aucun vendeur ici (charte, point 4), mais quelques éléments factuels :</p>
<ul>
<li>Les comptes qui demandent un paiement en coupons PCS ou en crypto avant tout envoi sont très souvent des arnaques : une fois le code envoyé, le compte vous bloque. On a eu plus de 30 signalements de ce genre cette année, avec exactement les mêmes formules (« renvoi si perdu », « DM = pas de réponse, tout passe par Telegram »).</li>
<li>Si le produit arrive, vous ne savez pas ce que c'est. Des « flacons pharma » revendus hors circuit peuvent être dilués ou reconditionnés, et de la poudre vendue comme kéta contient parfois d'autres produits.</li>
<li>Vous donnez votre adresse ou votre numéro à des inconnus.</li>
</ul>
<p>Si vous consommez quand même, faites analyser votre produit (analyse gratuite et anonyme dans plusieurs CAARUD, voir la <a href="/wiki/analyse">page Analyse de produits</a>), commencez par une petite quantité, ne consommez pas seul·e et évitez le mélange avec l'alcool. Et si c'est la dépression qui vous fait chercher de la kétamine, parlez-en à un médecin : l'eskétamine existe en traitement encadré à l'hôpital.</p></div>
<div class="post" id="p3"><p class="auteur">tonio_92 &middot; 30 nov.</p>
<p>Confirmé, un pote a envoyé 80 € en PCS au même genre de compte, bloqué dans la minute.</p></div>
<div class="post" id="p4"><p class="auteur">lune_noire &middot; 30 nov.</p>
<p>Ok merci à vous, je laisse tomber. Je vais voir avec mon médecin.</p></div>
</main>
<footer><p>Forum RdR &ndash; espace d'entraide modéré par une association de réduction des risques. <a href="/mentions">Mentions légales</a></p></footer>
""", noise="cookie-fr")

# ================================================================ pair 7: Dutch web shop / English-language news

p("h9113", "https://esketamine-apotheek-online.example/nl/esketamine-neusspray-zonder-recept", "seller", True, "nl",
  "fake-pharmacy-esketamine-questionnaire", "Esketamine neusspray 28 mg zonder recept bestellen | Online Apotheek Direct", """
<div class="usp">&#10003; Vandaag besteld, morgen in huis &nbsp; &#10003; Discrete verpakking &nbsp; &#10003; Gratis online consult</div>
<header><a href="/nl/" class="logo">Online Apotheek Direct</a>
<nav><a href="/nl/depressie">Depressie</a> <a href="/nl/slaap">Slaap</a> <a href="/nl/pijn">Pijn</a> <a href="/nl/afvallen">Afvallen</a> <a href="/nl/erectie">Erectie</a></nav>
<a href="/nl/winkelwagen">Winkelwagen (0)</a></header>
<main>
<h1>Esketamine neusspray 28 mg (generiek) &ndash; zonder recept</h1>
<p>Esketamine is het werkzame middel uit Spravato&reg;. Bij ons bestelt u de generieke neusspray eenvoudig online, zonder bezoek aan de huisarts of psychiater.</p>
<h2>Zo werkt het</h2>
<ol><li>Kies uw verpakking.</li><li>Vul de korte medische vragenlijst in (2 minuten).</li><li>Onze arts keurt uw bestelling goed &ndash; geen recept nodig.</li><li>Uw pakket wordt discreet verzonden vanuit ons EU-magazijn.</li></ol>
<table><tr><th>Verpakking</th><th>Prijs</th></tr>
<tr><td>1 neusspray 28 mg</td><td>&euro; 189,00</td></tr>
<tr><td>3 neussprays 28 mg</td><td>&euro; 499,00</td></tr>
<tr><td>6 neussprays 28 mg</td><td>&euro; 899,00</td></tr></table>
<form><select><option>1 stuk</option><option>3 stuks</option><option>6 stuks</option></select> <button>In winkelwagen</button></form>
<p>Betalen met iDEAL, Bancontact, creditcard of Bitcoin (5% korting).</p>
<h2>Veelgestelde vragen</h2>
<p><b>Heb ik een recept nodig?</b> Nee. Ons gratis online consult vervangt het recept.</p>
<p><b>Staat er op het pakket wat erin zit?</b> Nee, u ontvangt een neutrale doos zonder logo.</p>
<p><b>Kan ik het thuis gebruiken?</b> Ja, de neusspray is geschikt voor gebruik thuis.</p>
</main>
<footer><p>&copy; 2026 Online Apotheek Direct &middot; Klantenservice via WhatsApp &middot; <a href="/nl/voorwaarden">Voorwaarden</a></p></footer>
""", noise="cookie-nl")

p("h9114", "https://dutchdailynews.example/2026/11/inspectorate-warns-esketamine-websites", "informational", False, "en",
  "english-language-news-on-dutch-shop", "Inspectorate warns of websites selling 'esketamine nasal spray without prescription' | Dutch Daily News", """
<header><a href="/">Dutch Daily News</a> <nav><a href="/netherlands">Netherlands</a> <a href="/health">Health</a> <a href="/amsterdam">Amsterdam</a> <a href="/politics">Politics</a></nav></header>
<main><article>
<h1>Inspectorate warns of websites selling &lsquo;esketamine nasal spray without prescription&rsquo;</h1>
<p class="byline">Dutch Daily News &middot; 26 November 2026 &middot; 3 min read</p>
<p>The Dutch health inspectorate has warned the public not to buy esketamine from websites that present themselves as online pharmacies. At least three Dutch-language sites are advertising a &ldquo;generic&rdquo; 28 mg esketamine nasal spray for &euro;189 per unit, the regulator said on Wednesday.</p>
<p>One of the sites, which calls itself Online Apotheek Direct, tells visitors in Dutch that &ldquo;our free online consultation replaces the prescription&rdquo; and that after a two-minute questionnaire &ldquo;our doctor approves your order &ndash; no prescription needed&rdquo;. Orders are shipped in a neutral box from what the site calls its EU warehouse, and buyers get a 5 percent discount for paying in Bitcoin.</p>
<p>According to the inspectorate, there is no generic esketamine nasal spray on the Dutch market. Spravato, the only authorised product, may only be used under the supervision of a healthcare professional in a treatment setting, where patients stay for observation after each dose. It is never handed out for use at home.</p>
<p>&ldquo;Whatever is in these bottles, it is not a medicine you can trust,&rdquo; an inspectorate spokesperson said. The regulator has asked the hosting companies to take the sites offline and has passed information to the public prosecutor.</p>
<p>People who have bought from such sites are urged not to use the product and to report side effects to their GP. The inspectorate keeps a list of registered online pharmacies, which display a clickable EU common logo.</p>
</article>
<aside><h3>Related</h3><ul><li><a href="#">GPs report rise in patients asking about ketamine therapy</a></li><li><a href="#">How to check if an online pharmacy is legal</a></li></ul></aside>
</main>
<footer>&copy; Dutch Daily News &middot; <a href="/about">About</a> &middot; <a href="/advertise">Advertise</a></footer>
""", noise="cookie")

# ================================================================ pair 8: marketplace listing / health-surveillance alert (pt)

p("h9115", "https://mercadao.example/produto/cetamina-50mg-ml-frasco-10ml-pronta-entrega-MLB3381920", "seller", True, "pt",
  "marketplace-listing-vet-ketamine-pix", "Cetamina 50mg/ml Frasco 10ml Pronta Entrega | Mercadão", """
<header><a href="/">Mercadão</a> <form><input placeholder="Buscar produtos, marcas e muito mais..."></form> <a href="/conta">Entre</a> <a href="/carrinho">Carrinho</a></header>
<p class="crumbs">Pet Shop &gt; Farmácia Veterinária &gt; Anestésicos</p>
<main>
<h1>Cetamina 50mg/ml Frasco 10ml Pronta Entrega</h1>
<p class="vendidos">Novo | +150 vendidos</p>
<p class="preco">R$ 189,90 <span>ou R$ 170,91 no Pix</span></p>
<p>em 6x R$ 31,65 sem juros</p>
<p class="frete">Frete grátis para todo o Brasil. Chegará entre terça e quinta-feira.</p>
<button>Comprar agora</button> <button>Adicionar ao carrinho</button>
<div class="vendedor"><p>Vendido por <b>FARMAVET_SP</b> &middot; MercadoLíder &middot; 312 vendas nos últimos 60 dias</p></div>
<h2>Descrição</h2>
<p>Cetamina 50mg/ml frasco 10ml lacrado, pronta entrega, validade longa. Não precisa de receita. Envio discreto em embalagem sem identificação, nota fiscal não acompanha. Pagamento via Pix com 10% de desconto. Para atacado (10+ frascos) chame no WhatsApp que passamos o contato após a compra.</p>
<h2>Perguntas e respostas</h2>
<div class="qa"><p><b>P:</b> Precisa de receita ou CRMV?</p><p><b>R:</b> Não precisa, enviamos direto pra você. Aguardamos sua compra!</p></div>
<div class="qa"><p><b>P:</b> Dá pra usar em humano?</p><p><b>R:</b> Produto de uso veterinário, o uso é de responsabilidade do comprador.</p></div>
<div class="qa"><p><b>P:</b> Manda para o Rio?</p><p><b>R:</b> Enviamos para todo o Brasil em até 3 dias úteis.</p></div>
</main>
<footer><p>Mercadão &copy; 2026 &middot; <a href="/termos">Termos e condições</a> &middot; <a href="/privacidade">Privacidade</a></p></footer>
""", noise="cookie-pt")

p("h9116", "https://vigilancia-sanitaria.example/noticias/2026/alerta-venda-irregular-cetamina-marketplaces", "informational", False, "pt",
  "health-regulator-alert-paraphrasing-listings", "Alerta: venda irregular de cetamina em marketplaces e redes sociais | Vigilância Sanitária", """
<div class="barra-gov">Portal Oficial &middot; <a href="#">Acesso à informação</a> &middot; <a href="#">Acessibilidade</a></div>
<header><a href="/">Vigilância Sanitária</a> <nav><a href="/noticias">Notícias</a> <a href="/alertas">Alertas</a> <a href="/denuncie">Denuncie</a> <a href="/legislacao">Legislação</a></nav></header>
<main>
<h1>Alerta: venda irregular de cetamina em marketplaces e redes sociais</h1>
<p class="data">Publicado em 19/11/2026 10h32</p>
<p>A Vigilância Sanitária determinou a remoção de 47 anúncios de cetamina publicados em plataformas de comércio eletrônico e em perfis de redes sociais e orienta a população a não adquirir o produto por esses canais.</p>
<p>Os anúncios identificados seguem um padrão: frascos de cetamina 50 mg/ml ou 100 mg/ml oferecidos como &ldquo;pronta entrega&rdquo;, com a informação de que não precisa de receita, envio discreto em embalagem sem identificação, desconto para pagamento via Pix e contato por WhatsApp para compras no atacado. Parte dos anúncios estava cadastrada em categorias de produtos para animais de estimação, o que dificultava a detecção automática pelas plataformas.</p>
<h2>Por que a venda é irregular</h2>
<p>A cetamina é substância sujeita a controle especial. Os medicamentos que a contêm, inclusive os de uso veterinário, só podem ser comercializados por estabelecimentos autorizados e mediante receita de profissional habilitado, com escrituração das movimentações. A venda a pessoas físicas por marketplaces, sem receita e sem nota fiscal, é proibida.</p>
<h2>Riscos</h2>
<p>Produtos sem procedência podem ter sido desviados, armazenados de forma inadequada ou falsificados. O uso sem acompanhamento pode causar alucinações, perda de consciência, aumento da pressão arterial e, no uso repetido, lesões graves na bexiga.</p>
<h2>Como denunciar</h2>
<p>Se você encontrar anúncios como esses, registre a denúncia pelo <a href="/denuncie">canal oficial</a>, informando o endereço do anúncio e, se possível, capturas de tela. As plataformas também dispõem de botão de denúncia.</p>
<p>Profissionais de saúde e veterinários que identificarem desvio de produtos devem comunicar a vigilância sanitária local.</p>
</main>
<footer><p>Vigilância Sanitária &middot; Central de atendimento 0800 000 0000</p></footer>
""")

# ================================================================ pair 9: Italian shop / court summary

p("h9117", "https://ketamina-shop-italia.example/acquista-ketamina-online", "seller", True, "it",
  "online-shop-no-rx-crypto-telegram", "Acquista Ketamina Online Senza Ricetta – Spedizione Discreta in Italia", """
<header><a href="/" class="logo">Ketamina Shop Italia</a> <nav><a href="/">Home</a> <a href="/negozio">Negozio</a> <a href="/come-ordinare">Come ordinare</a> <a href="/spedizioni">Spedizioni</a> <a href="/contatti">Contatti</a></nav> <a href="/carrello">Carrello &euro;0,00</a></header>
<main>
<h1>Acquista ketamina online senza ricetta</h1>
<p>Siamo il fornitore di riferimento in Italia per ketamina di qualità farmaceutica. Ordini semplici, spedizione anonima, assistenza in italiano.</p>
<div class="prodotti">
<div class="prodotto"><h3>Ketamina cloridrato in polvere</h3><p>1 g &euro;45 &middot; 5 g &euro;190 &middot; 10 g &euro;340</p><button>Aggiungi al carrello</button></div>
<div class="prodotto"><h3>Ketamina fiale 50 mg/ml (10 ml)</h3><p>1 fiala &euro;70 &middot; 5 fiale &euro;300</p><button>Aggiungi al carrello</button></div>
<div class="prodotto"><h3>Ketamina cristalli</h3><p>3,5 g &euro;140 &middot; 7 g &euro;250</p><button>Aggiungi al carrello</button></div>
</div>
<h2>Perché sceglierci</h2>
<ul><li>Nessuna ricetta richiesta</li><li>Spedizione anonima dall'UE in 48&ndash;72 ore, pacco neutro</li><li>Rispedizione gratuita in caso di sequestro</li><li>Pagamento: Bitcoin, Ethereum, USDT o ricarica PostePay</li></ul>
<h2>Come ordinare</h2>
<p>Aggiungi i prodotti al carrello e completa l'ordine, oppure scrivici su Telegram (@ketashop_it) o WhatsApp per ordini superiori a 20 g. Riceverai il codice di tracciamento entro 24 ore dal pagamento.</p>
<h2>Domande frequenti</h2>
<p><b>È sicuro?</b> Tutti i nostri prodotti sono testati in laboratorio. Il pacco non riporta alcuna indicazione del contenuto.</p>
<p><b>Spedite in tutta Italia?</b> Sì, comprese isole e Svizzera italiana.</p>
</main>
<footer>&copy; 2026 Ketamina Shop Italia &middot; <a href="/privacy">Privacy</a> &middot; <a href="/termini">Termini</a></footer>
""")

p("h9118", "https://giurisprudenza-penale.example/sentenze/2026/cassazione-vendita-ketamina-sito-telegram", "informational", False, "it",
  "court-ruling-summary-quoting-site", "Cassazione: vendita di ketamina tramite sito web e Telegram, confermata la condanna | Giurisprudenza Penale", """
<header><a href="/">Giurisprudenza Penale</a> <nav><a href="/sentenze">Sentenze</a> <a href="/commenti">Commenti</a> <a href="/stupefacenti">Stupefacenti</a> <a href="/newsletter">Newsletter</a></nav></header>
<main><article>
<h1>Cassazione: vendita di ketamina tramite sito web e Telegram, confermata la condanna</h1>
<p class="rif">Cass. pen., Sez. VI, sentenza 4 novembre 2026 (dep. 20 novembre 2026), n. 41287 &ndash; Pres. Rossi, Rel. Bianchi</p>
<p class="autore">Nota a cura della redazione &middot; 1 dicembre 2026</p>
<h2>Massima</h2>
<p><i>Integra il reato di cui all'art. 73 d.P.R. 309/1990 l'offerta al pubblico di sostanza stupefacente mediante un sito internet dotato di carrello elettronico e di canali di messaggistica, a nulla rilevando che l'imputato non abbia mai avuto contatti personali con gli acquirenti.</i></p>
<h2>Il fatto</h2>
<p>L'imputato gestiva un sito, rivolto al pubblico italiano, che si presentava come fornitore di &laquo;ketamina di qualità farmaceutica&raquo;. Secondo quanto ricostruito dai giudici di merito, il sito invitava gli utenti ad acquistare ketamina online senza ricetta, offriva polvere, cristalli e fiale da 50 mg/ml con prezzi decrescenti per quantità, garantiva la spedizione anonima dall'Unione europea in 48&ndash;72 ore in pacco neutro e la rispedizione gratuita in caso di sequestro. I pagamenti avvenivano in criptovalute o tramite ricariche su carte prepagate; per gli ordini superiori a 20 grammi gli acquirenti erano indirizzati a un account Telegram.</p>
<p>Le indagini, avviate a seguito di alcuni sequestri postali, hanno consentito di collegare i portafogli di criptovalute all'imputato e di individuare un deposito nella provincia di Bologna.</p>
<h2>I motivi di ricorso</h2>
<p>La difesa sosteneva, tra l'altro, che la sola pubblicazione di un'offerta su internet non potesse integrare la condotta di &laquo;offerta&raquo; senza prova dei singoli contratti conclusi, e chiedeva la riqualificazione del fatto come di lieve entità.</p>
<h2>La decisione</h2>
<p>La Corte ha ritenuto infondati i motivi. L'offerta in vendita è condotta autonoma che si perfeziona con la proposta rivolta a una platea indeterminata di acquirenti, e un sito con listino prezzi, carrello e istruzioni per il pagamento costituisce proposta idonea. Quanto alla lieve entità, la Corte ha valorizzato l'organizzazione stabile, la pluralità dei canali di vendita e la diffusione su tutto il territorio nazionale.</p>
<h2>Osservazioni</h2>
<p>La pronuncia si inserisce nell'orientamento che equipara, ai fini della configurabilità del reato, la vetrina digitale allo spaccio tradizionale. Restano aperte le questioni sulla responsabilità delle piattaforme di messaggistica.</p>
</article></main>
<footer><p>Giurisprudenza Penale &ndash; rivista online &middot; ISSN 0000-0000 &middot; <a href="/redazione">Redazione</a></p></footer>
""", noise="cookie")

# ================================================================ further sellers (the "said" side without a partner here)

p("h9119", "https://trustedvendorreviews.example/best-sites-to-buy-ketamine-online", "seller", True, "en",
  "affiliate-doorway-vendor-ranking", "7 Best Sites to Buy Ketamine Online in 2026 (Tested & Reviewed)", """
<header><a href="/">Trusted Vendor Reviews</a> <nav><a href="/category/research-chemicals">Research Chems</a> <a href="/category/pharmacies">Online Pharmacies</a> <a href="/category/crypto">Crypto Guides</a> <a href="/about">About</a></nav></header>
<main><article>
<h1>7 Best Sites to Buy Ketamine Online in 2026 (Tested &amp; Reviewed)</h1>
<p class="meta">Updated December 1, 2026 &middot; by Jake M.</p>
<p class="disclosure">Disclosure: some links on this page are affiliate links. If you order through them we may earn a commission at no extra cost to you.</p>
<p>Newspapers love to scare people with stories about shady Telegram channels. The truth is that there are reliable vendors out there &ndash; you just need to know which ones deliver. We placed test orders with 19 sites, paid with crypto and checked delivery times and stealth. Here are the ones that passed.</p>
<h2>Quick comparison</h2>
<table><tr><th>#</th><th>Vendor</th><th>No Rx</th><th>Crypto</th><th>Stealth</th><th>Ships to</th><th></th></tr>
<tr><td>1</td><td>KStore Direct</td><td>&#10004;</td><td>&#10004;</td><td>5/5</td><td>US, UK, EU</td><td><a href="https://kstore-direct.example/?ref=tvr">Visit store &rarr;</a></td></tr>
<tr><td>2</td><td>KetaCalm Pharma</td><td>&#10004;</td><td>&#10004;</td><td>4.5/5</td><td>Worldwide</td><td><a href="https://ketacalm-pharma.example/?aff=tvr22">Visit store &rarr;</a></td></tr>
<tr><td>3</td><td>EuroRC Lab</td><td>&#10004;</td><td>&#10004;</td><td>4.5/5</td><td>EU only</td><td><a href="https://rc-labor-shop.example/?partner=tvr">Visit store &rarr;</a></td></tr>
<tr><td>4</td><td>PharmaVials24</td><td>&#10004;</td><td>&#10004;</td><td>4/5</td><td>US, CA</td><td><a href="#">Visit store &rarr;</a></td></tr></table>
<h2>1. KStore Direct &ndash; best overall</h2>
<p>Tracked parcel arrived in 2 days, vacuum sealed inside a DVD case. Crystal tested clean with a reagent kit. Use our code <b>TVR10</b> for 10% off. No questions asked at checkout, no prescription needed.</p>
<h2>2. KetaCalm Pharma &ndash; best for nasal spray</h2>
<p>If you prefer a ready-made spray rather than powder, KetaCalm is the easiest option. 15% off when paying in BTC.</p>
<h2>How to pay anonymously</h2>
<p>Buy Bitcoin on an exchange, send it to a private wallet first, then pay the vendor. Never pay straight from the exchange.</p>
<h2>Is it legal?</h2>
<p>Laws vary. We are not lawyers and this is not legal advice. Buy responsibly.</p>
</article>
<aside><h3>Top picks this month</h3><ol><li><a href="https://kstore-direct.example/?ref=tvr">KStore Direct</a></li><li><a href="https://ketacalm-pharma.example/?aff=tvr22">KetaCalm</a></li></ol></aside>
</main>
<footer>&copy; 2026 Trusted Vendor Reviews &middot; <a href="/affiliate-disclosure">Affiliate disclosure</a></footer>
""", noise="cookie")

p("h9120", "https://socialapp.example/@ketvials_ww", "seller", True, "en",
  "social-bio-snippet-plain-text", "ketvials_ww", """
ketvials_ww · 💉 pharma K vials + crystal · worldwide stealth 📦 reship guaranteed · order on Telegram @ketvials_ww, crypto only, no Rx no questions.
""", ext="txt")

p("h9121", "https://kstore-direct.example/blog/what-the-news-gets-wrong-about-buying-ketamine-online", "seller", True, "en",
  "seller-blog-rebutting-news-coverage", "What the News Gets Wrong About Buying Ketamine Online | KStore Direct Blog", """
<div class="promo">Use code NEWS10 for 10% off your first order &middot; BTC &amp; XMR accepted</div>
<header><a href="/" class="logo">KStore Direct</a> <nav><a href="/shop">Shop</a> <a href="/shop/ketamine-hcl">Ketamine HCl</a> <a href="/shop/vials">Vials</a> <a href="/blog">Blog</a> <a href="/shipping">Shipping</a></nav> <a href="/cart">&#128722; 0</a></header>
<main><article>
<h1>What the News Gets Wrong About Buying Ketamine Online</h1>
<p class="meta">Posted by the KStore team &middot; December 4, 2026</p>
<p>You may have seen the recent newspaper story about a &ldquo;Telegram ketamine menu&rdquo;, complete with a detective warning that &ldquo;you have no idea what is in the bag&rdquo;. Stories like that lump every seller together. We'd like to set the record straight about how a real store works.</p>
<h2>1. &ldquo;You don't know what you're getting.&rdquo;</h2>
<p>With anonymous channels, maybe. At KStore every batch of our <a href="/shop/ketamine-hcl">Ketamine HCl crystal</a> is tested, and we publish the results next to the product. You choose the exact weight at checkout &ndash; 1g, 3.5g, 7g or 28g &ndash; and you see the price before you pay.</p>
<h2>2. &ldquo;You're sending your address to strangers.&rdquo;</h2>
<p>We delete order data 14 days after delivery. Parcels go out vacuum sealed, inside a decoy item, with a return address that means nothing. If customs keeps a parcel, we reship once at no cost.</p>
<h2>3. &ldquo;You need a doctor for ketamine.&rdquo;</h2>
<p>Clinics charge $500 an infusion and make you wait weeks. We think adults can make their own decisions. No prescription, no intake forms, no judgment.</p>
<h2>4. &ldquo;Crypto means scam.&rdquo;</h2>
<p>Crypto is simply the most private way to pay. We have shipped over 9,000 orders and have a 4.8 rating on independent review sites.</p>
<p><a class="btn" href="/shop">Browse the shop &rarr;</a></p>
</article>
<aside><h3>Bestsellers</h3><ul><li><a href="/shop/ketamine-hcl">Ketamine HCl crystal &ndash; from $30/g</a></li><li><a href="/shop/vials">Sealed vials 500mg/10ml &ndash; $65</a></li></ul></aside>
</main>
<footer><p>KStore Direct &middot; Support via Session or Telegram @kstore_help &middot; 18+ only</p></footer>
""")

p("h9122", "https://serenityhomeketamine-rx.example/", "seller", True, "en",
  "impostor-clinic-home-kit-auto-intake", "Serenity Home Ketamine Clinic – Clinic-Quality Ketamine Delivered to Your Home", """
<header><a href="/" class="logo">Serenity Home Ketamine Clinic</a> <nav><a href="/treatments">Treatments</a> <a href="/how-it-works">How it works</a> <a href="/our-team">Our team</a> <a href="/kits">Order a kit</a></nav> <a href="/cart" class="cart">Cart</a></header>
<main>
<section class="hero"><h1>Clinic-quality ketamine therapy, without the clinic.</h1>
<p>Skip the $600 infusions and the waiting lists. Complete our online intake form and receive your personal treatment kit in 2 days.</p>
<a class="btn" href="/kits">Order my kit</a></section>
<section><h2>How it works</h2>
<ol><li>Fill in the online intake (5 minutes).</li><li>Our medical team reviews intakes automatically &ndash; most are approved in minutes.</li><li>Your kit ships from our pharmacy partner in unmarked packaging.</li></ol>
<p>No appointments, no video calls, no awkward conversations.</p></section>
<section><h2>Treatment kits</h2>
<div class="kit"><h3>Reset Kit</h3><p>8 sublingual ketamine tablets 200 mg + eye mask + integration journal</p><p>$289</p><button>Add to cart</button></div>
<div class="kit"><h3>Deep Healing Kit</h3><p>24 tablets 200 mg + nasal spray 10 ml</p><p>$749</p><button>Add to cart</button></div>
<p>Secure checkout &middot; Visa, Mastercard, Bitcoin, Cash App</p></section>
<section><h2>Our team</h2><p>Our board-certified physicians and wellness coaches are here for you. Questions? Message us on WhatsApp.</p></section>
<section class="testimonials"><blockquote>&ldquo;I ordered on Monday and had my kit by Wednesday. Life changing.&rdquo; &ndash; R.K.</blockquote></section>
</main>
<footer><p>Serenity Home Ketamine Clinic &copy; 2026. Ships to all 50 states and Canada.</p></footer>
""", noise="cookie")

p("h9123", "https://buyketamine-noprescription.example/product/ketamine-hcl-crystal-10g", "seller", True, "en",
  "url-only-bot-check", "Just a moment...", """
<div class="main-wrapper">
<h1>buyketamine-noprescription.example</h1>
<h2>Checking if the site connection is secure</h2>
<p>buyketamine-noprescription.example needs to review the security of your connection before proceeding.</p>
<noscript>Enable JavaScript and cookies to continue</noscript>
<p class="ray">Ray ID: 8e7a12f3bc04d21a &middot; Performance &amp; security by EdgeShield</p>
</div>
""")

# ================================================================ telehealth: in their own voice

p("h9124", "https://mindbridgehealth.example/blog/why-we-wont-mail-ketamine-without-a-video-visit", "telehealth", False, "en",
  "telehealth-blog-contrasting-quiz-sites", "Why we'll never mail ketamine without a video visit | MindBridge Health", """
<header><a href="/" class="logo">MindBridge Health</a> <nav><a href="/how-it-works">How it works</a> <a href="/clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/states">Where we practice</a> <a href="/blog">Blog</a> <a href="/apply" class="btn">Check eligibility</a></nav></header>
<main><article>
<h1>Why we'll never mail ketamine without a video visit</h1>
<p class="meta">By Dr. Sarah Lindqvist, MD, Medical Director &middot; November 28, 2026</p>
<p>Over the past few weeks several of our patients forwarded me ads that promise ketamine &ldquo;prescribed online in 3 minutes&rdquo;, with &ldquo;no video calls&rdquo; and a 98% approval rate. A few people asked, reasonably, why our process takes a week when theirs takes three minutes. This post is my answer.</p>
<h2>What happens before anyone at MindBridge prescribes</h2>
<ol>
<li><b>Intake questionnaire.</b> Yes, we have one too. It covers your mental-health history, medications, substance use and medical conditions. It is where our process starts, not where it ends.</li>
<li><b>Records and vitals.</b> We ask for a recent blood pressure reading and, where relevant, records from your current psychiatrist or primary-care doctor.</li>
<li><b>A 60-minute video evaluation</b> with one of our psychiatric clinicians, licensed in your state. You will know their name before the call; every clinician is listed on our <a href="/clinicians">clinicians page</a> with license numbers.</li>
<li><b>A decision.</b> Around a third of people who complete the evaluation are not offered ketamine &ndash; because of uncontrolled hypertension, a history of psychosis, current substance use, pregnancy, or simply because another treatment is a better first step. We help them find it.</li>
<li><b>Prescription to a licensed pharmacy.</b> If ketamine is appropriate, your clinician sends a prescription to our partner pharmacy, which dispenses a limited supply of lozenges and ships it to you with tracking and signature on delivery.</li>
</ol>
<h2>What we don't do</h2>
<ul><li>We don't approve anyone without a live conversation.</li><li>We don't sell ketamine by the gram, in bulk, or &ldquo;refills&rdquo; without follow-up visits.</li><li>We don't take cryptocurrency or gift cards, and nobody from MindBridge will ever contact you on Telegram or WhatsApp.</li><li>We don't ship to states where our clinicians are not licensed.</li></ul>
<h2>After you start</h2>
<p>Your first session at home is done with a monitor present and a check-in from your care team. You'll have follow-up video visits every two to four weeks and complete mood scales before each refill. If things aren't working, we change course.</p>
<p>Ketamine can help people with treatment-resistant depression. It deserves the same care as any other serious medicine. That's why it takes a week.</p>
<p><a href="/apply" class="btn">See if MindBridge is right for you</a></p>
</article></main>
<footer><p>MindBridge Health, PC &middot; Medical services provided by licensed clinicians of MindBridge Medical Group. If you are in crisis, call or text 988. <a href="/privacy">Privacy</a> &middot; <a href="/hipaa">HIPAA notice</a></p></footer>
""", noise="cookie")

p("h9125", "https://tidewellpsychiatry.example/faq/online-ketamine-sellers", "telehealth", False, "en",
  "telehealth-faq-vs-online-sellers", "FAQ: How is Tidewell different from websites that sell ketamine? | Tidewell Psychiatry", """
<header><a href="/">Tidewell Psychiatry</a> <nav><a href="/services">Services</a> <a href="/ketamine">At-home ketamine</a> <a href="/faq">FAQ</a> <a href="/login">Patient login</a></nav></header>
<main>
<h1>How is Tidewell different from websites that sell ketamine?</h1>
<p>We get this question a lot, especially after news coverage of sites that ship ketamine without a real evaluation. Here are straight answers.</p>
<h3>Do I need to see a doctor?</h3>
<p>Yes. Every Tidewell patient has a live video appointment with a board-certified psychiatrist or psychiatric nurse practitioner before any prescription is written. Your prescriber is named in your patient portal and you can look up their license on your state board's website.</p>
<h3>Can I just order the medication?</h3>
<p>No. There is no shop and no cart for medication on our site. What you pay for is a care membership ($229/month) that covers your visits, messaging with your care team and monitoring. The medication itself is billed separately by our partner pharmacy, and only after your prescriber has sent a prescription.</p>
<h3>Will you ship anywhere?</h3>
<p>Only to patients located in the 14 states where our clinicians hold both a medical license and DEA registration. We check your state's prescription monitoring database before prescribing and before every refill.</p>
<h3>Why do other sites say &ldquo;no prescription needed&rdquo;?</h3>
<p>Because they are not practising medicine. Ketamine is a controlled substance; anyone offering it without a prescription is selling it illegally, and you have no way of knowing what you receive.</p>
<h3>Do you accept crypto?</h3>
<p>No. We accept major cards and HSA/FSA cards and can provide superbills for out-of-network reimbursement.</p>
<h3>Someone on Instagram says they work with Tidewell. Is that true?</h3>
<p>We do not sell or advertise through direct messages. Please report the account to us at privacy@tidewellpsychiatry.example.</p>
</main>
<footer><p>Tidewell Psychiatry, PLLC &middot; Telehealth services in AZ, CO, CT, FL, IL, MA, MD, MN, NJ, NY, OR, PA, VA, WA</p></footer>
""")

p("h9126", "https://clearpathvirtualpsych.example/treatments/esketamine-evaluation", "telehealth", False, "en",
  "virtual-psychiatry-esketamine-referral", "Esketamine (Spravato) evaluation and referral | ClearPath Virtual Psychiatry", """
<header><a href="/" class="logo">ClearPath Virtual Psychiatry</a> <nav><a href="/treatments">Treatments</a> <a href="/insurance">Insurance</a> <a href="/providers">Providers</a> <a href="/book">Book a visit</a></nav></header>
<main>
<h1>Esketamine (Spravato&reg;) evaluation and referral</h1>
<p class="lead">We evaluate you online. You receive the treatment in person, at a certified center near you. Nobody legitimately mails Spravato to your home &ndash; not us, not anyone.</p>
<h2>Who this is for</h2>
<p>Adults with major depression who have tried at least two antidepressants without enough relief, or adults with depressive symptoms and acute suicidal thoughts under a treatment plan.</p>
<h2>What ClearPath does</h2>
<ul>
<li>A 60-minute psychiatric evaluation by video with one of our psychiatrists, reviewing your history, previous medication trials and current risks.</li>
<li>If esketamine is a reasonable option, we refer you to a REMS-certified partner treatment center within driving distance, send them our evaluation and handle the prior authorization with your insurer.</li>
<li>We continue to manage your oral antidepressant and see you by video between treatment phases.</li>
</ul>
<h2>What happens at the treatment center</h2>
<p>You self-administer the nasal spray under the direct observation of a healthcare provider and stay at the center for at least two hours afterwards, with blood pressure checks. You'll need a ride home. Sessions are twice weekly for the first month.</p>
<h2>A word about websites selling &ldquo;esketamine spray&rdquo;</h2>
<p>We have seen sites offering &ldquo;generic esketamine&rdquo; or &ldquo;esketamine spray 28mg&rdquo; for home use, sometimes after a short online questionnaire. Those products are not Spravato and the sites are not pharmacies. If you have bought from one, please tell your ClearPath provider &ndash; we won't judge, but we do need to know.</p>
<p><a class="btn" href="/book">Book an evaluation</a> &middot; Most commercial plans accepted</p>
</main>
<footer><p>ClearPath Virtual Psychiatry, PA &middot; Licensed in 22 states &middot; 988 Suicide &amp; Crisis Lifeline: call or text 988</p></footer>
""", noise="cookie")

p("h9127", "https://lumenketaminecare.example/resources/spot-a-fake-ketamine-site", "telehealth", False, "en",
  "telehealth-resource-red-flags-plus-own-process", "How to spot a fake ketamine telehealth site – and how Lumen works | Lumen Ketamine Care", """
<header><a href="/" class="logo">Lumen Ketamine Care</a> <nav><a href="/program">Our program</a> <a href="/team">Care team</a> <a href="/resources">Resources</a> <a href="/pricing">Pricing</a> <a href="/start" class="btn">Start assessment</a></nav></header>
<main><article>
<p class="crumbs">Resources &rsaquo; Safety</p>
<h1>How to spot a fake ketamine telehealth site</h1>
<p>Sites that look like telehealth but are really shops have multiplied this year. Some copy our wording, a few have copied our photos. Here is what to look for, followed by exactly how Lumen works so you can compare.</p>
<h2>Red flags</h2>
<ul>
<li><b>No clinician names.</b> &ldquo;Our physicians&rdquo; with no names, no license numbers and no states.</li>
<li><b>No live visit.</b> Approval after a form, often advertised as &ldquo;no video calls&rdquo; or &ldquo;approved in minutes&rdquo;.</li>
<li><b>Products priced by quantity.</b> Packs of troches or sprays with bulk discounts, or powder by the gram.</li>
<li><b>Crypto, gift cards or payment apps</b> for the medication itself.</li>
<li><b>&ldquo;Discreet&rdquo; or &ldquo;stealth&rdquo; shipping</b> and reship promises.</li>
<li><b>Ordering through WhatsApp or Telegram.</b></li>
</ul>
<h2>How Lumen works</h2>
<ol>
<li>You complete an online assessment and upload a recent blood pressure reading.</li>
<li>You meet your clinician &ndash; for example Dr. Marcus Bell, MD (CA A123456) or Jenna Ortiz, PMHNP-BC (TX AP140998) &ndash; on a 45-minute video call.</li>
<li>If ketamine is appropriate, your prescription goes to our partner, a licensed 503A compounding pharmacy, which ships a two-week supply of lozenges with signature on delivery.</li>
<li>Your first session is guided live by video, and you need a sober sitter at home.</li>
<li>Follow-up visits every two weeks. No visit, no refill.</li>
</ol>
<p>Our program costs $299 for the first month (evaluation, guided first session, two follow-ups) and $199/month after that, medication included. We accept cards and HSA/FSA.</p>
<p>If you see a site using the Lumen name or photos, please email abuse@lumenketaminecare.example.</p>
</article></main>
<footer><p>Lumen Ketamine Care, a professional medical corporation &middot; Serving CA, TX, NV, AZ &middot; <a href="/privacy">Privacy</a></p></footer>
""")

p("h9128", "https://teleconsult-psy.example/fr/esketamine", "telehealth", False, "fr",
  "telepsychiatry-esketamine-orientation", "Eskétamine : ce que nous faisons (et ne faisons pas) en téléconsultation | TéléPsy", """
<header><a href="/fr/" class="logo">TéléPsy</a> <nav><a href="/fr/consulter">Consulter un psychiatre</a> <a href="/fr/psychiatres">Nos psychiatres</a> <a href="/fr/tarifs">Tarifs et remboursement</a> <a href="/fr/faq">FAQ</a></nav> <a href="/fr/rdv" class="btn">Prendre rendez-vous</a></header>
<main>
<h1>Eskétamine : ce que nous faisons (et ne faisons pas) en téléconsultation</h1>
<p>Vous avez peut-être vu passer sur les réseaux sociaux des comptes qui proposent de la « kéta pharma » livrée à domicile, ou des sites qui vendent un « spray d'eskétamine sans ordonnance ». Nous tenons à être clairs sur notre rôle.</p>
<h2>Ce que nous faisons</h2>
<ul>
<li>Une téléconsultation vidéo de 45 minutes avec un psychiatre inscrit à l'Ordre des médecins, remboursée par l'Assurance Maladie dans le cadre du parcours de soins.</li>
<li>L'évaluation de votre dépression, des traitements déjà essayés et des contre-indications éventuelles.</li>
<li>Si un traitement par eskétamine semble indiqué, une lettre d'orientation vers un service hospitalier qui le pratique près de chez vous, et le suivi de votre traitement de fond entre les séances.</li>
</ul>
<h2>Ce que nous ne faisons pas</h2>
<ul>
<li>Nous ne prescrivons ni ne délivrons d'eskétamine ou de kétamine à domicile. L'eskétamine en spray nasal est administrée à l'hôpital, sous la surveillance d'un soignant, avec une période d'observation après chaque prise.</li>
<li>Nous ne vendons aucun médicament et ne demandons jamais de paiement par crypto-monnaie, coupon ou messagerie.</li>
</ul>
<p>Si vous avez acheté un produit en ligne, parlez-en lors de votre consultation : nous sommes là pour vous soigner, pas pour vous juger.</p>
<p><a href="/fr/rdv">Prendre rendez-vous</a> &middot; Délai moyen : 6 jours</p>
</main>
<footer><p>TéléPsy &ndash; plateforme de téléconsultation. Les consultations sont réalisées par des psychiatres exerçant en France. En cas d'urgence, appelez le 15 ou le 3114.</p></footer>
""", noise="cookie-fr")

p("h9129", "https://evenkeeltelehealth.example/notice/impersonation", "telehealth", False, "en",
  "telehealth-impersonation-notice-plain-text", "Notice: accounts impersonating Evenkeel", """
Evenkeel Telehealth is aware of Instagram and Telegram accounts using our name and logo to sell ketamine "with no prescription". Evenkeel only prescribes after a live video evaluation with one of our licensed clinicians, our medication is dispensed solely by our partner pharmacy, and we never take payment by crypto, gift card or messaging app. Please report impersonating accounts to safety@evenkeeltelehealth.example.
""", ext="txt")

p("h9130", "https://saludmenteclara.example/es/ketamina-en-casa", "telehealth", False, "es",
  "spanish-language-telehealth-vs-no-rx-sites", "Ketamina en casa con supervisión médica | MenteClara Salud", """
<header><a href="/es/">MenteClara Salud</a> <nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/equipo">Nuestro equipo médico</a> <a href="/es/precios">Precios</a> <a href="/en/">English</a></nav> <a href="/es/evaluacion" class="btn">Empezar evaluación</a></header>
<main>
<h1>Ketamina en casa, con un médico de verdad</h1>
<p>MenteClara es un servicio de telemedicina para adultos con depresión resistente que viven en California, Texas, Florida, Nueva York e Illinois. Toda la atención es en español o en inglés, como usted prefiera.</p>
<h2>Cómo trabajamos</h2>
<ol>
<li>Llena un cuestionario de salud y mándenos una medición reciente de su presión arterial.</li>
<li>Tiene una videollamada de 50 minutos con un psiquiatra o enfermero psiquiátrico con licencia en su estado. Antes de la cita le enviamos su nombre y número de licencia.</li>
<li>Si el tratamiento es adecuado para usted, la receta se envía a nuestra farmacia asociada, que le manda las tabletas con número de rastreo y firma al recibir.</li>
<li>La primera sesión se hace con una persona de confianza en casa y con seguimiento por video. Después hay consultas de control cada dos semanas.</li>
</ol>
<h2>Lo que no hacemos</h2>
<p>Hay páginas y cuentas de WhatsApp que ofrecen «ketamina sin receta», «envío discreto» o «pago con cripto». Nosotros no somos una tienda: no vendemos ketamina por gramo ni por paquete, no aprobamos a nadie sin hablar con él y no enviamos nada sin receta. Alrededor de una de cada cuatro personas que evaluamos no recibe ketamina, porque otro tratamiento le conviene más.</p>
<h2>Precio</h2>
<p>Membresía de $249 al mes: consultas, mensajes con su equipo y seguimiento. El medicamento se cobra aparte en la farmacia. Aceptamos tarjetas y cuentas HSA/FSA.</p>
<p class="crisis">Si está en crisis, llame o envíe un mensaje al 988 (opción en español).</p>
</main>
<footer><p>MenteClara Salud, P.C. &middot; <a href="/es/privacidad">Aviso de privacidad</a> &middot; <a href="/es/terminos">Términos</a></p></footer>
""", noise="cookie-es")

p("h9131", "https://halcyonvirtualcare.example/pricing", "telehealth", False, "en",
  "telehealth-pricing-comparison-table", "Pricing | Halcyon Virtual Ketamine Care", """
<header><a href="/" class="logo">Halcyon</a> <nav><a href="/how-it-works">How it works</a> <a href="/clinicians">Clinicians</a> <a href="/pricing">Pricing</a> <a href="/safety">Safety</a></nav> <a href="/join" class="btn">Join Halcyon</a></header>
<main>
<h1>Simple, honest pricing</h1>
<div class="plans">
<div class="plan"><h2>Evaluation</h2><p class="price">$149 one time</p><p>Intake review and a 60-minute video evaluation with a licensed psychiatric clinician. Refunded in full if we don't think ketamine is right for you.</p></div>
<div class="plan"><h2>Membership</h2><p class="price">$219 / month</p><ul><li>Prescription dispensed and shipped by our licensed partner pharmacy (included)</li><li>Video follow-up every 2&ndash;4 weeks</li><li>Integration sessions with a therapist</li><li>Care-team messaging</li></ul><button>Join Halcyon</button></div>
</div>
<h2>Halcyon vs. &ldquo;no-prescription&rdquo; websites</h2>
<table>
<tr><th></th><th>Halcyon</th><th>No-prescription websites</th></tr>
<tr><td>Live video evaluation before prescribing</td><td>Always</td><td>No</td></tr>
<tr><td>Named, licensed prescriber</td><td>Yes, with license numbers</td><td>Rarely</td></tr>
<tr><td>Can say no</td><td>Yes (about 30% of evaluations)</td><td>&ldquo;98% approved&rdquo;</td></tr>
<tr><td>Who dispenses</td><td>Licensed pharmacy, on prescription</td><td>Unknown</td></tr>
<tr><td>Payment</td><td>Card, HSA/FSA</td><td>Crypto, gift cards</td></tr>
<tr><td>Follow-up</td><td>Required before every refill</td><td>None</td></tr>
</table>
<p class="note">Membership billing renews monthly and can be cancelled at any time from your account. Medication is only shipped while you are an active patient with a current prescription.</p>
</main>
<footer><p>Halcyon Medical Group &middot; Available in CO, NM, UT, WA, OR &middot; <a href="/terms">Terms</a></p></footer>
""", noise="cookie")

p("h9132", "https://telepsiquiatria.example/pt/escetamina", "telehealth", False, "pt",
  "telepsychiatry-esketamine-referral-portugal", "Escetamina: avaliação por videoconsulta e encaminhamento | TelePsiquiatria", """
<header><a href="/pt/">TelePsiquiatria</a> <nav><a href="/pt/consultas">Consultas</a> <a href="/pt/medicos">Os nossos médicos</a> <a href="/pt/precos">Preços</a> <a href="/pt/contactos">Contactos</a></nav> <a href="/pt/marcar" class="btn">Marcar consulta</a></header>
<main>
<h1>Escetamina: avaliação por videoconsulta e encaminhamento</h1>
<p>Nas redes sociais e em alguns sites aparecem anúncios de &laquo;escetamina em spray sem receita&raquo; ou de cetamina &laquo;com envio discreto&raquo;. Não é isso que fazemos, e queremos explicar porquê.</p>
<h2>O que fazemos</h2>
<ul>
<li>Consulta de psiquiatria por videochamada (50 minutos) com médicos inscritos na Ordem dos Médicos.</li>
<li>Avaliação da depressão, dos tratamentos já feitos e das possíveis contraindicações.</li>
<li>Se a escetamina for uma opção adequada, relatório clínico e encaminhamento para um hospital ou clínica que administre o tratamento, onde o spray nasal é aplicado na presença de profissionais de saúde e com vigilância nas horas seguintes.</li>
<li>Acompanhamento do restante tratamento por videoconsulta.</li>
</ul>
<h2>O que não fazemos</h2>
<ul><li>Não vendemos nem enviamos medicamentos.</li><li>Não passamos receitas sem consulta.</li><li>Não pedimos pagamentos por MB WAY a números particulares, criptomoedas ou mensagens de WhatsApp.</li></ul>
<p>Primeira consulta: 85 &euro;. Seguimento: 65 &euro;. Emitimos fatura com NIF para reembolso pelo seguro de saúde.</p>
</main>
<footer><p>TelePsiquiatria &middot; Entidade registada na ERS &middot; Em caso de urgência ligue 112 ou SNS 24 (808 24 24 24)</p></footer>
""", noise="cookie-pt")

# ================================================================ clinics: in their own voice

p("h9133", "https://northshoreinfusion.example/blog/online-ketamine-headlines", "clinic", False, "en",
  "infusion-clinic-blog-responding-to-headlines", "Seen the headlines about online ketamine? Here's what happens in our infusion suite | Northshore Infusion Center", """
<header><a href="/" class="logo">Northshore Infusion Center</a> <nav><a href="/ketamine">Ketamine infusions</a> <a href="/spravato">Spravato</a> <a href="/pricing">Pricing</a> <a href="/team">Our team</a> <a href="/blog">Blog</a></nav> <a href="/book" class="btn">Book a consultation</a> <span class="phone">(847) 555-0193</span></header>
<main><article>
<h1>Seen the headlines about online ketamine? Here's what happens in our infusion suite.</h1>
<p class="meta">Northshore Infusion Center &middot; December 3, 2026</p>
<p>This fall brought a run of stories about ketamine sold through Telegram channels and websites promising &ldquo;stealth shipping&rdquo;. Several patients have asked us whether that is what ketamine therapy is. It isn't, and we want to show you the difference by walking you through a normal treatment day at our Evanston office.</p>
<h2>Before your first infusion</h2>
<p>You meet Dr. Anita Roy or one of our nurse practitioners in person for a full evaluation. We review your psychiatric history and medications, check blood pressure and heart rate, and ask your psychiatrist or therapist to stay involved. Some people are not good candidates, and we tell them so.</p>
<h2>During the infusion</h2>
<p>You relax in a private room with a recliner, blanket and music of your choice. Ketamine is given through an IV over about 40 minutes at a dose calculated for your weight. A registered nurse stays with you, and your blood pressure, heart rate and oxygen are monitored continuously. The dose can be slowed or stopped at any moment.</p>
<h2>After the infusion</h2>
<p>You rest for 30 to 45 minutes until you are steady, and a friend or family member drives you home. No driving until the next day. We check in with you by phone the following morning.</p>
<h2>Why we don't send anything home</h2>
<p>We don't dispense ketamine for home use and we don't sell it in any form. The medication stays in our locked, logged storage and is only given in the suite, by our staff.</p>
<h2>Cost</h2>
<p>Initial consultation $250. Single infusion $475. Series of six infusions $2,550 when booked as a package. We accept HSA/FSA cards and offer financing through a medical credit partner.</p>
<p><a href="/book" class="btn">Book a consultation</a></p>
</article></main>
<footer><p>Northshore Infusion Center &middot; 1820 Ridge Ave, Suite 210, Evanston, IL &middot; Mon&ndash;Sat 8am&ndash;6pm</p></footer>
""", noise="cookie")

p("h9134", "https://riverbendspravato.example/faq", "clinic", False, "en",
  "spravato-rems-center-faq-no-mail", "Spravato FAQ | Riverbend Mental Health – Certified Spravato Treatment Center", """
<header><a href="/" class="logo">Riverbend Mental Health</a> <nav><a href="/spravato">Spravato</a> <a href="/tms">TMS</a> <a href="/medication-management">Medication management</a> <a href="/faq">FAQ</a> <a href="/referrals">For referring providers</a></nav></header>
<main>
<h1>Spravato&reg; (esketamine) &ndash; frequently asked questions</h1>
<h3>Can Spravato be mailed to my home?</h3>
<p>No. Spravato is only available through a restricted program. It is kept at certified treatment centers like ours, and every dose is taken here, in the office, while one of our clinicians observes. If a website offers to ship you &ldquo;esketamine nasal spray&rdquo;, it is not a legitimate source.</p>
<h3>How long is each visit?</h3>
<p>Plan on about two and a half hours. You take the spray yourself under supervision, then stay with us for at least two hours while we check your blood pressure and how you are feeling.</p>
<h3>Can I drive home?</h3>
<p>Not on treatment days. Please arrange a ride; we can help you set up rides through your insurance where that benefit exists.</p>
<h3>How often will I come in?</h3>
<p>Twice a week for weeks 1&ndash;4, weekly for weeks 5&ndash;8, then weekly or every other week depending on your response.</p>
<h3>Does insurance cover it?</h3>
<p>Most commercial plans and Medicare cover Spravato with prior authorization. Our benefits team handles the paperwork and will tell you your expected out-of-pocket cost before you start.</p>
<h3>Do I need a referral?</h3>
<p>You can self-refer, but we will want records from your prescriber showing the antidepressants you have tried. Our psychiatrists will see you for an in-person evaluation first.</p>
<p><a href="/request-appointment">Request an appointment</a> or call (615) 555-0168.</p>
</main>
<footer><p>Riverbend Mental Health, 400 Harding Pl, Nashville, TN &middot; Certified Spravato REMS treatment center</p></footer>
""")

p("h9135", "https://stcolumbauniversityhospital.example/psychiatry/ketamine-esketamine-service", "clinic", False, "en",
  "hospital-department-service-page", "Ketamine and Esketamine Service – Department of Psychiatry | St Columba University Hospital", """
<header><a href="/">St Columba University Hospital</a> <nav><a href="/departments">Departments</a> <a href="/patients">Patients &amp; visitors</a> <a href="/referrals">Refer a patient</a> <a href="/research">Research</a></nav> <form><input placeholder="Search"></form></header>
<main>
<p class="crumbs">Departments &rsaquo; Psychiatry &rsaquo; Ketamine and Esketamine Service</p>
<h1>Ketamine and Esketamine Service</h1>
<p>Our service offers intravenous ketamine and esketamine nasal spray to adults with treatment-resistant depression, as part of a programme that includes psychiatric review and ongoing psychological support. Treatment takes place in the day-treatment unit on Level 3 of the Redmond Building.</p>
<h2>Referral</h2>
<p>We accept referrals from consultant psychiatrists and community mental health teams. Patients are seen first in an assessment clinic, where a consultant reviews the history of previous treatments, physical health and any risks. Not everyone referred will be offered treatment.</p>
<h2>What treatment involves</h2>
<ul><li>IV ketamine: six infusions over three weeks, each about 40 minutes, with nursing observation throughout and for an hour afterwards.</li><li>Esketamine: self-administered nasal spray under staff supervision, followed by at least two hours of observation.</li><li>Weekly rating scales and a review with the treating team after the acute course.</li></ul>
<h2>A note on ketamine sold online</h2>
<p>We are increasingly seeing patients who have tried ketamine bought from websites or social media before referral. These products are not regulated, their content and strength are unknown, and regular use carries serious risks, including bladder damage. If this applies to you, please tell us at assessment; it will not prevent you from being seen.</p>
<h2>Contact</h2>
<p>Ketamine Service coordinator: 01632 960 412 (Mon&ndash;Fri, 9:00&ndash;16:30). Referral letters can be sent securely via the hospital's e-referral system.</p>
</main>
<footer><p>St Columba University Hospital &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/foi">Freedom of information</a></p></footer>
""", noise="cookie")

p("h9136", "https://ketaminekliniek-utrecht.example/waarom-niet-thuis", "clinic", False, "nl",
  "dutch-infusion-clinic-why-not-at-home", "Waarom wij geen ketamine meegeven voor thuis | Ketaminekliniek Utrecht", """
<header><a href="/" class="logo">Ketaminekliniek Utrecht</a> <nav><a href="/behandeling">Behandeling</a> <a href="/verwijzing">Verwijzing</a> <a href="/kosten">Kosten</a> <a href="/team">Team</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Waarom wij geen ketamine meegeven voor thuis</h1>
<p>Patiënten vragen ons regelmatig of ze de behandeling niet gewoon thuis kunnen doen. Op internet zien ze immers websites die &lsquo;esketamine neusspray zonder recept&rsquo; aanbieden of ketamine discreet opsturen. Ons antwoord is nee, en dat leggen we graag uit.</p>
<h2>Hoe de behandeling bij ons gaat</h2>
<p>U komt na verwijzing door uw huisarts of psychiater eerst op intakegesprek bij onze psychiater. Bij een behandeling krijgt u ketamine via een infuus in onze behandelkamer aan de Maliebaan. Een verpleegkundige is de hele tijd bij u en houdt uw bloeddruk, hartslag en zuurstof in de gaten. Na afloop blijft u nog minstens een uur bij ons en iemand haalt u op.</p>
<h2>Waarom niet thuis?</h2>
<ul><li>Tijdens en kort na de toediening kunnen bloeddruk en bewustzijn veranderen. Daar wilt u een verpleegkundige bij hebben.</li><li>Ketamine is een Opiumwetmiddel. Wij bewaren het achter slot en registreren elke toediening.</li><li>Wat websites zonder recept versturen is niet gecontroleerd: niemand weet wat er echt in zit.</li></ul>
<h2>Kosten en vergoeding</h2>
<p>Een behandeltraject van zes infusen wordt in veel gevallen vergoed uit de basisverzekering als onderdeel van specialistische ggz. Vraag ons team naar de voorwaarden.</p>
<p>Bel ons op 030 000 1234 of stuur een bericht via het <a href="/contact">contactformulier</a>.</p>
</main>
<footer><p>Ketaminekliniek Utrecht &middot; Maliebaan 00, Utrecht &middot; AGB-code op aanvraag &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie-nl")

p("h9137", "https://pinecrestpain.example/updates/2026-11-mail-order-reminder", "clinic", False, "en",
  "clinic-update-snippet-plain-text", "Pinecrest Pain & Infusion – a reminder", """
Pinecrest Pain & Infusion reminder: we never sell or mail ketamine, and we will never contact you by text or Telegram to offer it. Every ketamine infusion is given in our Boise office with a nurse monitoring you the whole time; call (208) 555-0147 to book a consultation.
""", ext="txt")

p("h9138", "https://groundedkap.example/our-approach", "clinic", False, "en",
  "kap-practice-approach-vs-buying-online", "Our Approach | Grounded Ketamine-Assisted Psychotherapy", """
<header><a href="/" class="logo">Grounded KAP</a> <nav><a href="/our-approach">Our approach</a> <a href="/therapists">Therapists</a> <a href="/fees">Fees</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Our approach</h1>
<p>Grounded is a small ketamine-assisted psychotherapy practice in Portland, run by two licensed therapists and a psychiatric nurse practitioner who prescribes. We work in person, in our office on SE Belmont.</p>
<p>People sometimes arrive after trying ketamine they bought online or from a friend. They describe it as disorienting, sometimes frightening, occasionally helpful but hard to make sense of. What we offer is different in almost every way that matters.</p>
<h2>Preparation</h2>
<p>Two or three therapy sessions before any medicine. We get to know you, talk about what you hope for, and agree on how we will support you.</p>
<h2>Medicine sessions</h2>
<p>After a medical evaluation with our nurse practitioner, Leah Moreno, PMHNP, you take a lozenge in our session room while your therapist stays with you for the full two to three hours. Leah checks your blood pressure before and after. You go home with a driver.</p>
<h2>Integration</h2>
<p>In the days after, we meet to make sense of the experience and connect it to your life. This is where most of the work happens.</p>
<h2>What we don't do</h2>
<p>We don't prescribe ketamine for use at home, we don't sell medicine, and we don't offer sessions without preparation and integration. If you have been using ketamine on your own, tell us; it changes how we plan, not whether we will see you.</p>
<p><a href="/contact">Request a free 20-minute phone call</a></p>
</main>
<footer><p>Grounded KAP, LLC &middot; 3300 SE Belmont St, Portland, OR &middot; Sliding-scale spots available</p></footer>
""")

p("h9139", "https://psychiatrie-klinikum-nord.example/ambulanz/esketamin", "clinic", False, "de",
  "hospital-outpatient-esketamine-info", "Esketamin-Nasenspray: Behandlung in unserer Ambulanz | Klinikum Nord – Psychiatrie", """
<header><a href="/">Klinikum Nord</a> <nav><a href="/kliniken">Kliniken</a> <a href="/psychiatrie">Psychiatrie und Psychotherapie</a> <a href="/ambulanz">Ambulanzen</a> <a href="/karriere">Karriere</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>
<p class="crumbs">Psychiatrie &rsaquo; Ambulanzen &rsaquo; Esketamin</p>
<h1>Esketamin-Nasenspray in der Psychiatrischen Institutsambulanz</h1>
<p>Für Erwachsene mit einer therapieresistenten Depression bieten wir die Behandlung mit Esketamin-Nasenspray an. Die Behandlung findet ausschließlich in unseren Räumen statt, Haus C, Erdgeschoss.</p>
<h2>Ablauf</h2>
<ol><li>Überweisung durch Ihre Fachärztin oder Ihren Facharzt für Psychiatrie mit Angaben zu den bisherigen Behandlungen.</li><li>Vorgespräch und körperliche Untersuchung in der Ambulanz.</li><li>Anwendung des Nasensprays unter Aufsicht unseres Pflegepersonals, danach mindestens zwei Stunden Nachbeobachtung mit Blutdruckkontrollen.</li><li>In den ersten vier Wochen zwei Termine pro Woche, danach seltener.</li></ol>
<p>Bitte reisen Sie nicht mit dem eigenen Auto an. Am Behandlungstag dürfen Sie nicht mehr selbst fahren.</p>
<h2>Hinweis zu Online-Angeboten</h2>
<p>Uns erreichen Fragen zu Internetseiten, die „Esketamin ohne Rezept“ oder Ketamin per Post anbieten. Solche Produkte stammen nicht aus der regulären Versorgung. Esketamin-Nasenspray wird in Deutschland nicht zur Anwendung zu Hause abgegeben. Wenn Sie solche Mittel eingenommen haben, sprechen Sie uns bitte im Vorgespräch offen darauf an.</p>
<h2>Kontakt</h2>
<p>Sekretariat der Institutsambulanz: Montag bis Freitag 8&ndash;15 Uhr, Telefon 040 000 000.</p>
</main>
<footer><p>Klinikum Nord gGmbH &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></p></footer>
""", noise="cookie-de")

p("h9140", "https://summitpaincenter.example/services/ketamine-infusions", "clinic", False, "en",
  "pain-clinic-service-page-prices-book-now", "Ketamine Infusions for Chronic Pain | Summit Pain Center", """
<div class="alert">Now scheduling new patients at our Lakewood location. <a href="/book">Book now</a></div>
<header><a href="/" class="logo">Summit Pain Center</a> <nav><a href="/services">Services</a> <a href="/conditions">Conditions</a> <a href="/physicians">Physicians</a> <a href="/patient-forms">Patient forms</a> <a href="/pay-bill">Pay my bill</a></nav> <a href="/book" class="btn">Book now</a></header>
<main>
<h1>Ketamine infusions for chronic pain</h1>
<p>For complex regional pain syndrome (CRPS), neuropathic pain and some fibromyalgia patients, low-dose ketamine infusions can reduce pain when other treatments have not helped. Infusions are performed in our procedure suite by our anesthesiologists and nursing team.</p>
<h2>What to expect</h2>
<ul><li>Consultation with one of our board-certified pain physicians and review of your imaging and previous treatments.</li><li>Infusions of 2&ndash;4 hours with continuous cardiac and oxygen monitoring.</li><li>A driver is required to take you home.</li></ul>
<h2>Self-pay prices</h2>
<table><tr><td>Pain consultation</td><td>$295</td></tr><tr><td>Ketamine infusion, up to 2 hours</td><td>$650</td></tr><tr><td>Ketamine infusion, up to 4 hours</td><td>$950</td></tr><tr><td>5-day CRPS protocol</td><td>$4,200</td></tr></table>
<p>Insurance: some plans cover ketamine for pain with prior authorization; our billing team will check for you.</p>
<h2>Please be careful online</h2>
<p>We've had patients ask about ketamine troches and sprays advertised online &ldquo;for chronic pain&rdquo; without a visit. Those sites are not medical providers. If you are considering ketamine for pain, start with an evaluation so we can look at the whole picture, including safer options.</p>
<p><a href="/book" class="btn">Book a consultation</a> &middot; (303) 555-0122</p>
</main>
<footer><p>Summit Pain Center &middot; 7200 W Alameda Ave, Lakewood, CO &middot; <a href="/privacy">Notice of privacy practices</a></p></footer>
""", noise="cookie")

save(OUT, R)
