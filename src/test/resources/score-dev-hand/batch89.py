# Batch 89 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Europe's web in its own languages". Departs from the standard language mix: 30 pages in
# Spanish, German, French, Dutch, Portuguese and Italian (5 each) and 10 in English. Standard
# category mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational.
# Every page is written as a native site of its country would be: local payment methods (Bizum,
# iDEAL, Tikkie, MB WAY, Multibanco, PostePay, Satispay, Sofort, PCS/Transcash), couriers (SEUR,
# Correos, DHL, Hermes, Chronopost, Mondial Relay, PostNL, CTT, BRT, SDA), regulators and health
# systems (AEMPS, BfArM, ANSM, CBG/IGJ, Infarmed, AIFA, SSN, CUP, Carte Vitale, eigen risico),
# local slang ("keta", "la K", "plug"), legal notices (Impressum, aviso legal, Livro de
# Reclamacoes) and self-written cookie banners.
# Shapes: veterinary-product shop, Telegram and Snapchat and WhatsApp menus (plain text), research-
# chemical analogue shop, health article with a small shop box, fake online prescription service,
# classifieds listing, bot-check wall (url-only), pharmacy look-alike, affiliate ranking page,
# clearnet stealth shop, bulk-chemical supplier listing; clinics (private infusion centre, psychiatric
# practice, university hospital expert centre, Dutch ketamine clinic, Lisbon pain unit, Italian
# hospital outpatient service, London KAP practice, Irish day-case pain service); telehealth
# (online psychiatry blog post, self-pay tele-practice with mail-order pharmacy, reimbursed French
# teleconsultation, Dutch online second opinion, Portuguese teleconsultation snippet, Italian
# televisit FAQ, US at-home membership pricing, assessment confirmation e-mail, travel blog post);
# informational (local news report, drug-checking warning, harm-reduction forum thread, national
# fact sheet, regulator alert, criminal-law firm article, nurse job post, trade-only veterinary
# wholesaler, university trial recruitment).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch89.py (writes batch89/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch89")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ================================================================ Spanish (es)

p("h8901", "https://vetfarma-directa.example/anestesicos/ketamidor-100-mg-ml-10-ml", "seller", True, "es",
  "vet-ketamine-shop-no-prescription", "Ketamidor 100 mg/ml 10 ml - Comprar sin receta | VetFarma Directa", """
<div class="aviso-cookies">En VetFarma Directa usamos cookies técnicas y analíticas. Si sigues navegando entendemos que las aceptas. <a href="/politica-cookies">Más info</a> <button>Vale</button></div>
<div class="topbar">&#128666; Envío GRATIS en pedidos +120&euro; &middot; Entrega 24/48h península con SEUR &middot; Atención por WhatsApp 6xx xxx xxx</div>
<header>
<a class="logo" href="/">VetFarma<b>Directa</b></a>
<form class="buscador"><input placeholder="Buscar productos, marcas..."><button>Buscar</button></form>
<a href="/mi-cuenta">Mi cuenta</a> <a href="/carrito">Carrito (0)</a>
<nav><a href="/perros">Perros</a> <a href="/gatos">Gatos</a> <a href="/caballos">Caballos</a> <a href="/anestesicos">Anestésicos y sedantes</a> <a href="/antiparasitarios">Antiparasitarios</a> <a href="/ofertas">Ofertas</a></nav>
</header>
<main>
<p class="migas"><a href="/">Inicio</a> / <a href="/anestesicos">Anestésicos y sedantes</a> / Ketamidor 100 mg/ml</p>
<div class="producto">
<img src="/img/ketamidor-10ml.jpg" alt="Ketamidor 100 mg/ml solución inyectable 10 ml">
<h1>Ketamidor 100 mg/ml solución inyectable (ketamina) &ndash; vial 10 ml</h1>
<p class="valoracion">&#9733;&#9733;&#9733;&#9733;&#9734; (87 opiniones)</p>
<p class="precio">49,90 &euro; <s>64,00 &euro;</s> <span>IVA incluido</span></p>
<p class="stock">&#10004; En stock &ndash; sale hoy si pides antes de las 14:00</p>
<label>Formato</label>
<select><option>1 vial 10 ml &ndash; 49,90 &euro;</option><option>Pack 3 viales &ndash; 135,00 &euro;</option><option>Pack 5 viales &ndash; 199,00 &euro; (ahorra 50 &euro;)</option><option>Caja 10 viales &ndash; 360,00 &euro;</option></select>
<input type="number" value="1"> <button class="comprar">A&ntilde;adir al carrito</button>
<ul class="ventajas">
<li><b>No necesitas receta veterinaria</b>: nosotros nos encargamos del papeleo.</li>
<li>Embalaje neutro, sin logotipos ni mención del contenido en la caja.</li>
<li>Pago con Bizum, transferencia, tarjeta o USDT (5% de descuento pagando en cripto).</li>
<li>Envíos a Baleares y Canarias por Correos Express (consultar plazo).</li>
</ul>
</div>
<h2>Descripción</h2>
<p>Ketamidor es un anestésico disociativo a base de hidrocloruro de ketamina, de uso habitual en clínicas veterinarias para perros, gatos y caballos. Cada ml contiene 100 mg de ketamina. Producto original con lote y fecha de caducidad visibles (caducidad mínima 12 meses).</p>
<h2>Preguntas frecuentes</h2>
<p><b>&iquest;Lo puedo comprar si no soy veterinario?</b> Sí. Vendemos a particulares, criadores y protectoras. No pedimos número de colegiado.</p>
<p><b>&iquest;Qué pone en el paquete?</b> Solo tu nombre y dirección. El remitente aparece como "Suministros Levante SL".</p>
<p><b>&iquest;Y si Aduanas o la Guardia Civil lo retienen?</b> Te reenviamos el pedido gratis una vez (solo península).</p>
<h2>Opiniones</h2>
<div class="opinion"><b>Raúl M.</b> &#9733;&#9733;&#9733;&#9733;&#9733; Llegó en 2 días por SEUR, bien embalado y discreto. Pagué por Bizum sin problema.</div>
<div class="opinion"><b>Cris_BCN</b> &#9733;&#9733;&#9733;&#9733;&#9734; Todo correcto, repetiré con el pack de 5.</div>
<aside><h3>Clientes que compraron esto también compraron</h3><ul><li>Jeringas 2 ml (100 uds) &ndash; 8,95 &euro;</li><li>Xilacina 2% 25 ml &ndash; 22,50 &euro;</li><li>Agujas 25G (100 uds) &ndash; 5,40 &euro;</li></ul></aside>
</main>
<footer>
<a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Política de privacidad</a> &middot; <a href="/envios">Envíos y devoluciones</a> &middot; <a href="/contacto">Contacto</a><br>
Aceptamos: Bizum &middot; Visa &middot; Mastercard &middot; Transferencia &middot; USDT (TRC20)<br>
&copy; 2026 VetFarma Directa. Todos los derechos reservados.
</footer>
""")

p("h8902", "https://clinicaketamina-chamberi.example/tratamientos/depresion-resistente", "clinic", False, "es",
  "private-infusion-centre-madrid", "Ketamina intravenosa para depresión resistente en Madrid | Centro Médico Chamberí", """
<div id="cmp">Este sitio web utiliza cookies propias y de terceros con fines analíticos. Puedes aceptarlas, rechazarlas o configurar tus preferencias. <button>Aceptar todas</button> <button>Rechazar</button> <a href="/cookies">Configurar</a></div>
<header>
<a href="/"><img src="/logo.svg" alt="Centro Médico Chamberí &ndash; Unidad de Ketamina"></a>
<nav><a href="/">Inicio</a> <a href="/equipo">Equipo médico</a> <a href="/tratamientos">Tratamientos</a> <a href="/precios">Precios</a> <a href="/preguntas">Preguntas frecuentes</a> <a href="/contacto">Contacto</a></nav>
<a class="cta" href="/cita">Pedir cita</a>
</header>
<main>
<h1>Tratamiento con ketamina intravenosa para la depresión resistente</h1>
<p>En nuestra unidad de la calle Santa Engracia administramos ketamina en perfusión intravenosa a dosis subanestésicas a pacientes adultos con depresión que no ha respondido a al menos dos antidepresivos. Cada sesión se realiza en un box individual, con monitorización continua de tensión arterial, frecuencia cardiaca y saturación, y con un médico anestesiólogo presente en el centro durante todo el tratamiento.</p>
<h2>Cómo es el proceso</h2>
<ol>
<li><b>Consulta de valoración presencial</b> con uno de nuestros psiquiatras (60 min). Revisamos tu historia clínica, tratamientos previos e informes. Te pediremos un electrocardiograma reciente y una analítica básica.</li>
<li><b>Protocolo de inducción</b>: 6 sesiones en 2&ndash;3 semanas. Cada perfusión dura unos 40 minutos, y después permaneces en observación entre 60 y 90 minutos.</li>
<li><b>Revisión</b> a las 4 semanas y, si hay respuesta, sesiones de mantenimiento espaciadas según tu evolución.</li>
</ol>
<p>Tu psiquiatra habitual y tu médico de familia recibirán un informe al finalizar el protocolo, si nos das tu consentimiento.</p>
<h2>Antes de venir</h2>
<ul>
<li>Ayuno de 4 horas para sólidos.</li>
<li>Ven acompañado/a: no podrás conducir ni usar maquinaria hasta el día siguiente.</li>
<li>Trae tu DNI y el listado de la medicación que tomas.</li>
</ul>
<h2>Tarifas 2026</h2>
<table>
<tr><td>Consulta de valoración psiquiátrica</td><td>150 &euro;</td></tr>
<tr><td>Sesión de ketamina IV (incluye monitorización y observación)</td><td>380 &euro;</td></tr>
<tr><td>Protocolo de inducción (6 sesiones)</td><td>2.100 &euro;</td></tr>
</table>
<p>Para reservar la primera sesión solicitamos una señal de 50 &euro; mediante Bizum o tarjeta, que se descuenta del importe final. Algunas aseguradoras reembolsan parcialmente la consulta de psiquiatría; la perfusión no suele estar cubierta.</p>
<p class="whatsapp">&iquest;Dudas? Escríbenos por WhatsApp al 6xx xxx xxx (lunes a viernes, 9:00&ndash;19:00) y te llamamos para darte cita. No hacemos consultas médicas por WhatsApp.</p>
</main>
<aside><h3>Nuestro equipo</h3><p>Dra. Lucía Arranz, psiquiatra (col. 28/xxxxx) &middot; Dr. Jorge Medel, anestesiólogo (col. 28/xxxxx)</p></aside>
<footer>
Centro Médico Chamberí, S.L.P. &middot; Centro sanitario autorizado por la Consejería de Sanidad de la Comunidad de Madrid (CS12345) &middot; C/ Santa Engracia, Madrid<br>
<a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Privacidad</a> &middot; <a href="/cookies">Cookies</a>
</footer>
""")

p("h8903", "https://diarioinsular.example/ibiza/sucesos/2026/08/17/keta-se-abarata-fiestas-telegram", "informational", False, "es",
  "local-news-report-street-prices", "La 'keta' se abarata en Ibiza y se vende por Telegram con envíos a domicilio | Diario Insular", """
<div class="consent">Diario Insular y sus socios usamos cookies para personalizar anuncios y medir la audiencia. <button>Aceptar y cerrar</button> <a href="#">Suscribirme sin publicidad</a></div>
<header><a href="/">DIARIO INSULAR</a> <nav><a href="/ibiza">Ibiza</a> <a href="/formentera">Formentera</a> <a href="/sucesos">Sucesos</a> <a href="/opinion">Opinión</a> <a href="/deportes">Deportes</a></nav> <a href="/suscripcion">Suscríbete</a></header>
<main><article>
<p class="seccion">SUCESOS</p>
<h1>La 'keta' se abarata en Ibiza y se vende por Telegram con envíos a domicilio</h1>
<p class="entradilla">La Guardia Civil alerta del aumento del consumo de ketamina entre temporeros y turistas, mientras los servicios de reducción de riesgos detectan muestras adulteradas</p>
<p class="firma">M. Torres &middot; Ibiza &middot; 17 ago 2026 - 07:45</p>
<p>El gramo de ketamina, la conocida como 'keta' o 'la K', se paga este verano en Ibiza a entre 20 y 40 euros, según fuentes de la investigación consultadas por este diario, cuando hace cinco años rondaba los 60. La caída de precio coincide con la llegada masiva de la sustancia a través de canales de Telegram que anuncian "envíos a toda España" y aceptan pagos por Bizum o en criptomonedas.</p>
<p>"Los grupos funcionan como una tienda: publican un menú con precios por gramo, fotos del producto y un contacto al que escribir por privado", explica un agente del Equipo de Policía Judicial de Sant Antoni. Este diario ha podido ver varios de esos canales, algunos con más de 4.000 suscriptores, en los que se ofrece ketamina junto a 'tusi' y cocaína.</p>
<p>Desde el servicio de análisis de sustancias de una ONG que trabaja en las discotecas de la isla advierten de que dos de cada diez muestras entregadas como ketamina este verano contenían otras sustancias o análogos. "La gente cree que sabe lo que toma, y no siempre es así", señala su coordinadora. El servicio es gratuito y anónimo.</p>
<p>En Urgencias del hospital Can Misses han atendido en agosto a una decena de jóvenes por intoxicaciones en las que estaba implicada la ketamina, normalmente combinada con alcohol. Los urólogos de la isla, además, recuerdan que el consumo frecuente puede provocar daños graves en la vejiga.</p>
<p>La ketamina es un medicamento de uso hospitalario y veterinario; su venta fuera de los canales autorizados es delito contra la salud pública.</p>
</article>
<aside><h3>Lo más leído</h3><ol><li>Cortes de agua en Santa Eulària este fin de semana</li><li>El Consell aprueba el nuevo límite de plazas turísticas</li><li>Detenidos dos hombres por robos en el puerto</li></ol></aside>
</main>
<footer>&copy; Diario Insular &middot; <a href="#">Aviso legal</a> &middot; <a href="#">Contacto</a></footer>
""")

p("h8904", "https://consultasinapsis.example/blog/depresion-resistente-esketamina-psiquiatria-online", "telehealth", False, "es",
  "online-psychiatry-blog-referral", "¿Puedo recibir esketamina si hago la consulta online? | Sinapsis Psiquiatría Online", """
<div class="banner-cookies">Solo usamos cookies necesarias para que puedas reservar tu videoconsulta. <button>Entendido</button></div>
<header><a href="/">Sinapsis &middot; Psiquiatría online</a> <nav><a href="/como-funciona">Cómo funciona</a> <a href="/psiquiatras">Nuestros psiquiatras</a> <a href="/tarifas">Tarifas</a> <a href="/blog">Blog</a></nav> <a class="btn" href="/reservar">Reservar videoconsulta</a></header>
<main><article>
<h1>¿Puedo recibir esketamina si hago la consulta online?</h1>
<p class="meta">Dr. Pablo Ferrer Ibáñez, psiquiatra (Col. 46/xxxxx) &middot; 12 de noviembre de 2026 &middot; 6 min de lectura</p>
<p>Cada semana nos escriben pacientes que han leído sobre la esketamina en espray nasal y quieren saber si se la podemos "mandar a casa". La respuesta corta es no, y queremos explicar por qué y qué sí hacemos.</p>
<h2>Qué hacemos en la videoconsulta</h2>
<p>La primera consulta dura 50 minutos por videollamada segura. Revisamos tu historia, los antidepresivos que has probado, a qué dosis y durante cuánto tiempo, y descartamos otras causas. Si lo necesitamos, te pedimos informes previos o una analítica a través de tu médico de cabecera.</p>
<h2>Cuándo te derivamos</h2>
<p>Si cumples criterios de depresión resistente y la esketamina puede ser una opción, te hacemos un informe de derivación para uno de nuestros centros colaboradores en Valencia, Madrid y Barcelona, o para la unidad de tu hospital de referencia. La esketamina solo se administra allí, en presencia de personal sanitario, con al menos dos horas de observación después de cada dosis.</p>
<p>Mientras tanto seguimos contigo por videoconsulta: ajustamos el resto del tratamiento, emitimos la receta electrónica de lo que sí se puede prescribir a distancia y coordinamos con el centro.</p>
<h2>Lo que no hacemos</h2>
<ul><li>No vendemos ni enviamos ketamina ni esketamina a domicilio.</li><li>No hacemos recetas solo con un cuestionario: siempre hay una consulta con un psiquiatra.</li></ul>
<p>Si te ofrecen esketamina "sin receta" por internet, desconfía: es ilegal y no sabes lo que recibes.</p>
<p class="cta">Primera videoconsulta: 90 &euro; &middot; revisiones: 60 &euro;. <a href="/reservar">Reservar cita</a></p>
</article></main>
<footer>Sinapsis Salud Mental Online S.L. &middot; Centro sanitario inscrito en el Registro de la Comunitat Valenciana &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Protección de datos</a></footer>
""")

p("h8905", "https://t.me/s/ketaexpress_es", "seller", True, "es",
  "telegram-channel-menu-plain", "Telegram channel", """
❄️ KETA EXPRESS ESPAÑA ❄️ canal oficial, cuidado con los clones
🇪🇸 ENVÍOS A TODA LA PENÍNSULA 24/72h 🇪🇸 (Baleares preguntar)

💎 KETA aguja/cristal top
1g 30€ · 3g 80€ · 5g 120€ · 10g 200€ · 25g precio por privado

📦 Correos certificado o SEUR, paquete neutro sin remitente
🤝 En mano Madrid centro y Barcelona (Gràcia/Eixample) mínimo 5g
💸 Pago Bizum (concepto "cena" o "regalo"), transferencia o BTC/USDT
🔁 Si se pierde reenvío gratis

Pedidos SOLO por privado 👉 @keta_exp_pedidos
No contesto audios. Reseñas en el canal de referencias 👉 @ketaexp_refs
""", ext="txt")

# ================================================================ German (de)

p("h8906", "https://drugchecking-stadt.example/warnungen/2026-11-als-ketamin-verkauft-2f-dck", "informational", False, "de",
  "drug-checking-warning", "Warnung: Als Ketamin verkauft – 2F-DCK und DCK in Proben | Drug-Checking Stadtmitte", """
<div class="hinweis">Wir setzen keine Tracking-Cookies. Diese Seite speichert nur Ihre Spracheinstellung. <button>OK</button></div>
<header><a href="/">Drug-Checking Stadtmitte</a> <nav><a href="/angebot">Unser Angebot</a> <a href="/standorte">Standorte &amp; Öffnungszeiten</a> <a href="/warnungen">Warnungen</a> <a href="/safer-use">Safer Use</a> <a href="/ueber-uns">Über uns</a></nav> <a href="/leichte-sprache">Leichte Sprache</a></header>
<main>
<p class="datum">Warnung vom 21.11.2026</p>
<h1>Als Ketamin verkauft: 2F-DCK und Deschloroketamin in mehreren Proben</h1>
<p class="rot">Bitte weitersagen!</p>
<p>In den letzten drei Wochen wurden an unseren Abgabestellen sieben Proben abgegeben, die als „Ketamin“ oder „K“ gekauft worden waren. In vier davon haben wir kein Ketamin gefunden, sondern 2-Fluorodeschloroketamin (2F-DCK), in einer weiteren Deschloroketamin (DCK). Die Proben sahen aus wie übliches Ketamin (weiße, nadelförmige Kristalle).</p>
<h2>Warum ist das gefährlich?</h2>
<ul>
<li>2F-DCK und DCK wirken länger als Ketamin, teilweise deutlich länger. Wer nachlegt, weil „noch nichts passiert“, riskiert eine starke Überdosierung.</li>
<li>Die wirksame Menge ist oft kleiner. Eine gewohnte Ketamin-Line kann zu viel sein.</li>
<li>Über Langzeitfolgen ist kaum etwas bekannt.</li>
</ul>
<h2>Safer-Use-Hinweise</h2>
<ul>
<li>Lass deine Substanz testen. Das ist bei uns anonym und kostenlos.</li>
<li>Kleine Menge antesten, mindestens 2 Stunden warten.</li>
<li>Nicht mit Alkohol, Benzodiazepinen oder Opioiden kombinieren.</li>
<li>Nicht allein konsumieren, im Notfall 112 rufen. Rettungsdienste sind nicht verpflichtet, die Polizei zu informieren.</li>
</ul>
<p>Wir bewerten keine Händler und geben keine Bezugsquellen weiter. Ein Testergebnis sagt nur etwas über die abgegebene Probe aus.</p>
</main>
<aside><h3>Nächste Abgabezeiten</h3><p>Di 17&ndash;20 Uhr &middot; Do 18&ndash;21 Uhr (Beratungsstelle Mitte, barrierefrei)</p></aside>
<footer><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; Gefördert durch die Senatsverwaltung für Gesundheit</footer>
""")

p("h8907", "https://forschungschemie-direkt.example/shop/arylcyclohexylamine/2f-dck-pulver", "seller", True, "de",
  "research-chemical-analogue-shop", "2F-DCK Pulver kaufen | Forschungschemikalien Direkt", """
<div class="cookie-leiste">Cookies helfen uns bei der Bereitstellung unseres Shops. Mit der Nutzung stimmen Sie der Verwendung zu. <button>Alles klar</button></div>
<div class="altersabfrage">Sind Sie mindestens 18 Jahre alt? <button>Ja</button> <button>Nein</button></div>
<header><a href="/">Forschungschemikalien <b>Direkt</b></a>
<nav><a href="/shop/arylcyclohexylamine">Arylcyclohexylamine</a> <a href="/shop/cathinone">Cathinone</a> <a href="/shop/pellets">Pellets</a> <a href="/shop/blotter">Blotter</a> <a href="/shop/neu">Neu eingetroffen</a></nav>
<a href="/warenkorb">Warenkorb: 0 Artikel &ndash; 0,00 &euro;</a></header>
<main>
<h1>2F-DCK (2-Fluorodeschloroketamin) &ndash; Pulver</h1>
<p class="badge">Laborgeprüft &middot; Reinheit &gt; 99 % &middot; Analysezertifikat auf Anfrage</p>
<table class="staffel">
<tr><th>Menge</th><th>Preis</th><th>Grundpreis</th></tr>
<tr><td>1 g</td><td>24,90 &euro;</td><td>24,90 &euro;/g</td></tr>
<tr><td>5 g</td><td>89,00 &euro;</td><td>17,80 &euro;/g</td></tr>
<tr><td>10 g</td><td>149,00 &euro;</td><td>14,90 &euro;/g</td></tr>
<tr><td>25 g</td><td>299,00 &euro;</td><td>11,96 &euro;/g</td></tr>
</table>
<button>In den Warenkorb</button>
<p>2F-DCK ist ein Analogon des Ketamins aus der Gruppe der Arylcyclohexylamine. Unsere Ware wird in versiegelten, geruchsdichten Mylar-Beuteln verschickt.</p>
<p class="disclaimer"><b>Nur für Forschungszwecke. Nicht für den menschlichen Verzehr geeignet.</b> Der Käufer versichert, die Produkte ausschließlich zu Analysezwecken zu verwenden. Keine Verkäufe an Minderjährige.</p>
<h2>Versand &amp; Zahlung</h2>
<ul>
<li>Versand mit DHL oder Hermes, diskret als Brief/Päckchen ohne Absenderhinweis auf den Inhalt</li>
<li>Lieferung nach Deutschland, Österreich und in die Schweiz (CH nur Briefversand)</li>
<li>Zahlung per SEPA-Überweisung, Bitcoin oder Monero (Krypto: 10 % Rabatt)</li>
<li>Bei Verlust durch Zoll: einmalige Neuversendung zum halben Preis</li>
</ul>
<h2>Ähnliche Produkte</h2>
<ul><li>DCK (Deschloroketamin) 1 g &ndash; 29,90 &euro;</li><li>O-PCE 500 mg &ndash; 34,90 &euro;</li><li>2F-DCK Pellets 50 mg (10 Stk.) &ndash; 39,90 &euro;</li></ul>
<div class="bewertungen"><b>Kundenbewertungen (4,6/5)</b><p>„Schneller Versand, war nach 2 Tagen im Briefkasten.“ &ndash; Lars</p><p>„Top Qualität, wie immer.“ &ndash; anonym</p></div>
</main>
<footer><a href="/agb">AGB</a> &middot; <a href="/impressum">Impressum</a> (Direkt Research Ltd., Hongkong) &middot; <a href="/widerruf">Widerrufsbelehrung</a> &middot; Zahlungsarten: SEPA &middot; BTC &middot; XMR</footer>
""")

p("h8908", "https://telepraxis-lindner.example/ketamin-behandlung-zuhause", "telehealth", False, "de",
  "self-pay-telepractice-mail-order-pharmacy", "Ketamin-Behandlung nach Videosprechstunde | Telepraxis Dr. Lindner", """
<div class="dsgvo">Wir nutzen ausschließlich technisch notwendige Cookies und eine datenschutzfreundliche Reichweitenmessung ohne Cookies. <a href="/datenschutz">Datenschutzerklärung</a> <button>Verstanden</button></div>
<header><a href="/">Telepraxis Dr. Lindner &ndash; Privatärztliche Psychiatrie per Video</a>
<nav><a href="/ablauf">Ablauf</a> <a href="/aerztinnen">Ärztinnen &amp; Ärzte</a> <a href="/kosten">Kosten</a> <a href="/faq">FAQ</a></nav> <a class="btn" href="/termin">Erstgespräch buchen</a></header>
<main>
<h1>Ketamin-Behandlung bei therapieresistenter Depression &ndash; ärztlich begleitet, von zu Hause</h1>
<p>Für Selbstzahler und Privatversicherte bieten wir eine ärztlich überwachte Behandlung mit Ketamin-Lutschtabletten an. Die Verordnung erfolgt nur nach persönlicher Untersuchung per Videosprechstunde durch eine Fachärztin oder einen Facharzt für Psychiatrie und Psychotherapie.</p>
<h2>So läuft es ab</h2>
<ol>
<li><b>Online-Anamnesebogen</b> (ca. 20 Minuten). Er ersetzt nicht das Gespräch, sondern bereitet es vor.</li>
<li><b>Videosprechstunde</b> mit Dr. med. Katrin Lindner oder Dr. med. Ömer Yıldız (60 Minuten). Wir prüfen Diagnose, bisherige Behandlungen und Ausschlussgründe wie unbehandelten Bluthochdruck, Psychosen oder eine Suchterkrankung.</li>
<li><b>Voruntersuchungen</b> bei Ihrer Hausarztpraxis: Blutdruck, EKG, Leber- und Nierenwerte. Ohne diese Befunde stellen wir kein Rezept aus.</li>
<li><b>Privatrezept</b> an unsere Partnerapotheke mit Versandhandelserlaubnis. Die Apotheke stellt die Tabletten als Rezeptur her und versendet sie per DHL gegen Unterschrift, jeweils nur für zwei Wochen.</li>
<li><b>Erste Einnahme</b> unter Anleitung per Video, eine Begleitperson muss anwesend sein. Danach Verlaufskontrollen per Video alle 14 Tage und regelmäßige Fragebögen in unserer App.</li>
</ol>
<h2>Kosten</h2>
<p>Die Abrechnung erfolgt nach der Gebührenordnung für Ärzte (GOÄ). Erstgespräch ca. 180 &euro;, Verlaufskontrolle ca. 75 &euro;. Die Medikamentenkosten rechnet die Apotheke direkt mit Ihnen ab. Gesetzliche Krankenkassen übernehmen die Kosten in der Regel nicht.</p>
<h2>Wichtig</h2>
<p>Ketamin ist ein verschreibungspflichtiges Arzneimittel und wird für diese Anwendung außerhalb der Zulassung (Off-Label) eingesetzt. Wir klären Sie darüber ausführlich auf. Wer gerade in einer akuten Krise ist, wendet sich bitte an den ärztlichen Bereitschaftsdienst (116 117) oder den Notruf (112).</p>
</main>
<footer>Telepraxis Dr. Lindner &middot; Privatärztliche Praxis, Sitz Hamburg &middot; Zuständige Kammer: Ärztekammer Hamburg &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""")

p("h8909", "https://psychiatrie-am-ring.example/leistungen/esketamin", "clinic", False, "de",
  "psychiatric-practice-esketamine", "Esketamin-Nasenspray | Praxis für Psychiatrie am Ring, Köln", """
<header><a href="/">Praxis für Psychiatrie und Psychotherapie am Ring</a> <nav><a href="/">Start</a> <a href="/team">Team</a> <a href="/leistungen">Leistungen</a> <a href="/sprechzeiten">Sprechzeiten</a> <a href="/anfahrt">Anfahrt</a></nav></header>
<main>
<h1>Behandlung mit Esketamin-Nasenspray</h1>
<p>Unsere Praxis ist für die Behandlung mit Esketamin (Spravato&reg;) eingerichtet. Das Medikament ist für Erwachsene mit einer mittelgradigen bis schweren depressiven Episode zugelassen, die auf mindestens zwei Antidepressiva nicht ausreichend angesprochen haben, und wird immer zusammen mit einem Antidepressivum gegeben.</p>
<p>Sie wenden das Nasenspray in unserem Behandlungsraum selbst an, unter Aufsicht unseres Praxisteams. Danach bleiben Sie etwa zwei Stunden bei uns, wir messen regelmäßig Ihren Blutdruck. Am Behandlungstag dürfen Sie nicht mehr selbst Auto fahren.</p>
<p>Für gesetzlich Versicherte ist eine Überweisung hilfreich, aber nicht zwingend. Die Kosten des Medikaments werden bei Vorliegen der Voraussetzungen von den Krankenkassen übernommen.</p>
<p>Neue Patientinnen und Patienten vereinbaren bitte zunächst ein Erstgespräch über unsere Online-Terminbuchung oder telefonisch (Mo&ndash;Fr 8&ndash;12 Uhr).</p>
</main>
<footer>Hohenzollernring, 50672 Köln &middot; U-Bahn Friesenplatz &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""")

p("h8910", "https://gesund-und-klar.example/ratgeber/ketamin-gegen-depressionen-was-die-forschung-sagt", "seller", True, "de",
  "health-article-small-shop-box", "Ketamin gegen Depressionen: Was die Forschung sagt | Gesund & Klar Ratgeber", """
<div class="cookies">Diese Website verwendet Cookies und Affiliate-Links. <button>Zustimmen</button></div>
<header><a href="/">Gesund &amp; Klar</a> <nav><a href="/ratgeber">Ratgeber</a> <a href="/psyche">Psyche</a> <a href="/schlaf">Schlaf</a> <a href="/ernaehrung">Ernährung</a></nav></header>
<main><article>
<h1>Ketamin gegen Depressionen: Was die Forschung sagt</h1>
<p class="meta">Von der Redaktion &middot; aktualisiert am 02.12.2026 &middot; Lesezeit 8 Minuten</p>
<p>Ketamin wurde in den 1960er-Jahren als Narkosemittel entwickelt und ist bis heute in Notfallmedizin und Tiermedizin im Einsatz. Seit etwa zwanzig Jahren interessiert sich die Psychiatrie für den Wirkstoff, weil er bei manchen Menschen mit schweren Depressionen innerhalb von Stunden wirkt &ndash; klassische Antidepressiva brauchen dafür oft Wochen.</p>
<h2>Wie wirkt Ketamin?</h2>
<p>Ketamin blockiert den NMDA-Rezeptor im Gehirn. Man vermutet, dass dadurch kurzfristig neue Verbindungen zwischen Nervenzellen entstehen. Wie genau der antidepressive Effekt zustande kommt, ist aber noch nicht vollständig geklärt.</p>
<h2>Was sagen die Studien?</h2>
<p>In mehreren kontrollierten Studien sprach etwa die Hälfte der Teilnehmenden auf Ketamin-Infusionen an. Die Wirkung hält allerdings häufig nur Tage bis wenige Wochen an. Das Nasenspray Esketamin ist seit 2019 in der EU zugelassen.</p>
<h2>Nebenwirkungen</h2>
<p>Häufig sind Schwindel, Übelkeit, ein Gefühl der Losgelöstheit (Dissoziation) und ein vorübergehender Blutdruckanstieg. Bei regelmäßigem Freizeitkonsum drohen Blasenschäden und Abhängigkeit.</p>
<h2>Fazit</h2>
<p>Ketamin ist kein Wundermittel, aber eine interessante Option für Menschen, denen bisher nichts geholfen hat.</p>
</article>
<aside class="partner">
<p class="anzeige">Anzeige</p>
<h3>Keine Lust auf monatelange Wartelisten?</h3>
<p>Unser Partnershop liefert Ketamin und Esketamin-Spray <b>ohne Rezept</b> &ndash; diskret verpackt in 2&ndash;4 Werktagen, Zahlung auch per Bitcoin.</p>
<p><a href="https://ketamed-versand.example/?ref=gesundklar">Jetzt bestellen &raquo;</a> &middot; Gutscheincode <b>KLAR15</b> für 15 % Rabatt</p>
</aside>
<aside><h3>Beliebte Artikel</h3><ul><li>Magnesium am Abend: sinnvoll?</li><li>Johanniskraut und die Pille</li><li>Schlafhygiene in 7 Schritten</li></ul></aside>
</main>
<footer>Gesund &amp; Klar ist ein unabhängiges Ratgeberportal. Die Inhalte ersetzen keinen Arztbesuch. &middot; <a href="/impressum">Impressum</a></footer>
""")

# ================================================================ French (fr)

p("h8911", "https://chu-lorraine-sud.example/psychiatrie/centre-expert-depression-resistante", "clinic", False, "fr",
  "university-hospital-expert-centre", "Centre Expert Dépression Résistante - Pôle de psychiatrie | CHU Lorraine Sud", """
<div class="bandeau-rgpd">Le CHU utilise des traceurs pour la mesure d'audience. Vous pouvez modifier vos choix à tout moment. <button>J'accepte</button> <button>Je refuse</button> <a href="#">Paramétrer</a></div>
<header>
<a href="/">CHU Lorraine Sud</a>
<nav><a href="/patients">Patients et visiteurs</a> <a href="/offre-de-soins">Offre de soins</a> <a href="/professionnels">Professionnels de santé</a> <a href="/recherche">Recherche</a> <a href="/recrutement">Nous rejoindre</a></nav>
<a href="/urgences" class="urgence">Urgences : 15</a>
</header>
<main>
<p class="fil">Accueil &gt; Offre de soins &gt; Pôle de psychiatrie &gt; Centre Expert Dépression Résistante</p>
<h1>Centre Expert Dépression Résistante</h1>
<p>Le Centre Expert accueille des patients adultes souffrant d'un épisode dépressif caractérisé n'ayant pas répondu à au moins deux traitements antidépresseurs bien conduits. Il propose une évaluation pluridisciplinaire sur une journée et, si elle est indiquée, une prise en charge en hôpital de jour.</p>
<h2>Traitements proposés</h2>
<ul>
<li><b>Eskétamine par voie nasale</b> (Spravato&reg;), administrée en hôpital de jour sous surveillance infirmière, avec une période d'observation d'au moins deux heures après chaque prise.</li>
<li><b>Kétamine intraveineuse</b>, uniquement dans le cadre de protocoles de recherche clinique menés par l'équipe.</li>
<li>Électroconvulsivothérapie (ECT) et stimulation magnétique transcrânienne répétitive (rTMS).</li>
<li>Psychoéducation et thérapies cognitivo-comportementales en groupe.</li>
</ul>
<h2>Comment être adressé ?</h2>
<p>L'accès se fait sur courrier d'adressage de votre psychiatre ou de votre médecin traitant, accompagné d'un résumé des traitements antérieurs. Le secrétariat vous recontacte pour fixer la date du bilan. Délai actuel : environ 3 mois.</p>
<p>Le jour de votre venue, munissez-vous de votre carte Vitale, de votre carte de mutuelle et de vos dernières ordonnances.</p>
<h2>Équipe</h2>
<p>Pr Anne-Sophie Delcourt (responsable) &middot; Dr Mehdi Benali &middot; Dr Claire Vautrin &middot; infirmières de pratique avancée, neuropsychologue, assistante sociale.</p>
<h2>Contact</h2>
<p>Bâtiment Charcot, 2<sup>e</sup> étage &middot; Secrétariat du lundi au vendredi de 9 h à 16 h 30 &middot; 03 83 xx xx xx</p>
</main>
<footer><a href="/mentions-legales">Mentions légales</a> &middot; <a href="/accessibilite">Accessibilité : partiellement conforme</a> &middot; <a href="/donnees-personnelles">Données personnelles</a></footer>
""")

p("h8912", "https://ordonnance-minute.example/traitements/ketamine-esketamine", "seller", True, "fr",
  "fake-teleconsultation-questionnaire-only", "Kétamine et eskétamine en ligne - Ordonnance en 5 minutes | OrdonnanceMinute", """
<div class="cookies">🍪 On utilise des cookies pour que le site fonctionne bien. <button>OK pour moi</button></div>
<header><a href="/">Ordonnance<b>Minute</b></a> <nav><a href="/traitements">Traitements</a> <a href="/comment-ca-marche">Comment ça marche</a> <a href="/avis">Avis clients</a> <a href="/aide">Aide</a></nav> <a href="/panier">Panier</a></header>
<main>
<h1>Kétamine &amp; eskétamine : votre traitement livré chez vous en 48 h</h1>
<p class="sous-titre">Pas de rendez-vous, pas de salle d'attente, pas de visio. Répondez à 8 questions, un médecin partenaire valide votre demande.</p>
<div class="etapes">
<p><b>1.</b> Remplissez le questionnaire médical (2 minutes)</p>
<p><b>2.</b> Validation automatique de votre ordonnance</p>
<p><b>3.</b> Livraison Chronopost en colis neutre, sous 24&ndash;48 h</p>
</div>
<h2>Nos produits</h2>
<table>
<tr><td>Kétamine solution 50 mg/ml &ndash; 5 ampoules</td><td>119 &euro;</td><td><button>Commencer</button></td></tr>
<tr><td>Kétamine comprimés sublinguaux 100 mg &ndash; 10 cp</td><td>139 &euro;</td><td><button>Commencer</button></td></tr>
<tr><td>Eskétamine spray nasal 28 mg &ndash; 2 flacons</td><td>249 &euro;</td><td><button>Commencer</button></td></tr>
</table>
<p>98 % des demandes sont acceptées. En cas de refus, vous êtes remboursé intégralement.</p>
<h2>Paiement</h2>
<p>Carte bancaire, Paylib, coupons PCS et Transcash, ou crypto (BTC, USDT). Le libellé sur votre relevé est discret.</p>
<h2>Questions fréquentes</h2>
<p><b>Est-ce légal ?</b> Nos médecins sont inscrits dans un pays de l'Union européenne et l'ordonnance est valable dans toute l'UE.</p>
<p><b>Dois-je parler à un médecin ?</b> Non, ce n'est pas nécessaire. Vous pouvez écrire au médecin par messagerie si vous le souhaitez.</p>
<p><b>Mon colis peut-il être bloqué par la douane ?</b> C'est rare. Si cela arrive, nous renvoyons gratuitement.</p>
<div class="avis"><p>« Reçu en 2 jours, super simple, je recommande » &ndash; Julien, Lyon &#9733;&#9733;&#9733;&#9733;&#9733;</p></div>
</main>
<footer>OrdonnanceMinute est une marque de OM Digital Health Ltd. &middot; <a href="/cgv">CGV</a> &middot; <a href="/confidentialite">Confidentialité</a></footer>
""")

p("h8913", "https://psychonautes-forum.example/t/douleurs-vessie-apres-keta-reguliere.18822", "informational", False, "fr",
  "harm-reduction-forum-thread", "Douleurs à la vessie après conso de kéta régulière, besoin d'avis - Forum Psychonautes", """
<div class="rgpd">Ce forum dépose un cookie de session pour vous garder connecté·e, rien d'autre. <button>D'accord</button></div>
<header><a href="/">Psychonautes &middot; réduction des risques entre usager·e·s</a> <nav><a href="/f/produits">Produits</a> <a href="/f/rdr">Réduction des risques</a> <a href="/f/sante">Santé</a> <a href="/f/entraide">Entraide</a> <a href="/charte">Charte</a></nav></header>
<main>
<p class="fil">Forum &gt; Santé &gt; Dissociatifs</p>
<p class="modo">&#9888; Rappel de la charte : toute demande ou proposition d'achat/vente, tout contact de dealer ou lien vers une boutique est interdit et entraîne un bannissement. Le forum ne donne aucune adresse.</p>
<h1>Douleurs à la vessie après conso de kéta régulière, besoin d'avis</h1>
<div class="post"><p class="auteur"><b>nuit_blanche</b> &middot; 14 novembre 2026 à 23:12</p>
<p>Salut à tous. Ça fait environ un an que je prends de la K presque tous les week-ends, parfois en semaine aussi. Depuis un mois j'ai envie de pisser toutes les 20 minutes et ça brûle, parfois un peu de sang. J'ai peur d'aller voir mon médecin et qu'il me juge. C'est la kéta ou je me fais des films ?</p></div>
<div class="post"><p class="auteur"><b>Mystik</b> (modératrice) &middot; 14 novembre 2026 à 23:40</p>
<p>Salut nuit_blanche, merci d'en parler. Ce que tu décris ressemble beaucoup à une cystite liée à la kétamine. C'est fréquent chez les consommateur·ice·s régulier·e·s et ça peut devenir grave si on continue. La bonne nouvelle c'est qu'en arrêtant ou en diminuant tôt, ça s'améliore souvent.</p>
<p>Va voir un médecin, vraiment. Tu peux aussi passer dans un CSAPA ou un CAARUD près de chez toi, c'est gratuit, anonyme et personne ne te fera la morale. Drogues Info Service répond aussi au téléphone (appel anonyme et gratuit).</p></div>
<div class="post"><p class="auteur"><b>Gaspard_75</b> &middot; 15 novembre 2026 à 08:05</p>
<p>Vécu la même chose il y a deux ans. J'ai consulté un urologue, arrêté complètement, et en 4&ndash;5 mois c'était presque revenu à la normale. Bois beaucoup d'eau et évite l'alcool en attendant. Courage.</p></div>
<div class="post"><p class="auteur"><b>nuit_blanche</b> &middot; 16 novembre 2026 à 19:30</p>
<p>Merci à vous deux. J'ai pris RDV au CSAPA mardi, je vous tiens au courant.</p></div>
<form class="reponse"><textarea placeholder="Connectez-vous pour répondre"></textarea></form>
</main>
<footer>Forum associatif de réduction des risques &middot; <a href="/mentions-legales">Mentions légales</a> &middot; <a href="/charte">Charte</a> &middot; <a href="/contact">Contacter la modération</a></footer>
""")

p("h8914", "https://www.snapchat.example/add/plug93_officiel", "seller", True, "fr",
  "snapchat-story-menu-plain", "Snapchat story", """
🔌 LE PLUG DU 93 — compte officiel (le seul, méfiez-vous des fakes)
📍 Livraison en main propre Paris + petite couronne 7j/7 jusqu'à 4h
📦 Envoi partout en France en Mondial Relay / Colissimo, colis discret

MENU DE LA SEMAINE
💎 K (kéta cristal) 40€ le G · 3G 100€ · 5G 150€
❄️ C 70€ le G
💊 MD, ecsta → demande en privé

💶 Paiement espèces à la livraison, PCS / Transcash ou crypto pour l'envoi
🔒 Ajoute-moi sur Signal pour commander, pas de commande ici
""", ext="txt")

p("h8915", "https://psyvisio.example/specialites/depression-resistante", "telehealth", False, "fr",
  "reimbursed-teleconsultation-platform", "Dépression résistante : téléconsultation avec un psychiatre | PsyVisio", """
<div class="consentement">PsyVisio utilise des cookies nécessaires au fonctionnement de la téléconsultation et, avec votre accord, des cookies de mesure d'audience. <button>Accepter</button> <button>Continuer sans accepter</button></div>
<header><a href="/">PsyVisio</a> <nav><a href="/comment-ca-marche">Comment ça marche</a> <a href="/psychiatres">Nos psychiatres</a> <a href="/remboursement">Remboursement</a> <a href="/specialites">Spécialités</a></nav> <a class="btn" href="/rdv">Prendre rendez-vous</a></header>
<main>
<h1>Dépression résistante : un avis psychiatrique en téléconsultation</h1>
<p>Vous avez essayé plusieurs antidépresseurs sans amélioration suffisante ? Nos psychiatres, tous inscrits à l'Ordre des médecins (numéro RPPS affiché sur leur profil), réalisent un bilan complet en vidéo et vous proposent un plan de soins.</p>
<h2>Ce que nous faisons à distance</h2>
<ul>
<li>Bilan initial de 45 minutes en vidéo : histoire de la maladie, traitements essayés, doses, durée, effets indésirables.</li>
<li>Ajustement des traitements médicamenteux et ordonnance électronique envoyée à la pharmacie de votre choix.</li>
<li>Suivi régulier en téléconsultation, avec un compte rendu adressé à votre médecin traitant.</li>
</ul>
<h2>Et l'eskétamine ?</h2>
<p>L'eskétamine en spray nasal ne peut pas être prescrite ni délivrée pour un usage à domicile : elle est administrée dans un établissement de santé, sous surveillance. Si elle vous paraît indiquée, votre psychiatre PsyVisio vous oriente vers un centre partenaire ou un centre expert proche de chez vous et lui transmet votre dossier. Le suivi entre les séances peut continuer en vidéo.</p>
<h2>Remboursement</h2>
<p>Dans le cadre du parcours de soins coordonné, la téléconsultation est remboursée par l'Assurance Maladie comme une consultation au cabinet. Tiers payant possible avec votre carte Vitale et votre mutuelle. Dépassements d'honoraires éventuels indiqués avant la prise de rendez-vous.</p>
<p class="urgence">En cas d'idées suicidaires, appelez le 3114 (24 h/24, gratuit) ou le 15.</p>
</main>
<footer>PsyVisio SAS &middot; Hébergeur de données de santé certifié HDS &middot; <a href="/mentions-legales">Mentions légales</a> &middot; <a href="/cgu">CGU</a></footer>
""")

# ================================================================ Dutch (nl)

p("h8916", "https://www.tweedehandsplein.example/v/dieren-en-toebehoren/paarden-toebehoren/m20481123-ketamine-10-injectie-dierenarts-5-flesjes", "seller", True, "nl",
  "classifieds-vet-ketamine-listing", "Ketamine 10% injectie (dierenarts) 5 flesjes | Tweedehandsplein", """
<div class="cookie-melding">Tweedehandsplein en partners gebruiken cookies en vergelijkbare technieken voor advertenties en statistieken. <button>Accepteren</button> <a href="#">Instellingen</a></div>
<header><a href="/">Tweedehandsplein</a> <form><input placeholder="Waar ben je naar op zoek?"><select><option>Alle categorieën</option></select><input placeholder="Postcode"><button>Zoeken</button></form> <a href="/plaats">Plaats advertentie</a> <a href="/inloggen">Inloggen</a></header>
<main>
<p class="kruimel"><a href="/">Home</a> &rsaquo; Dieren en Toebehoren &rsaquo; Paarden | Toebehoren</p>
<h1>Ketamine 10% injectie (dierenarts) 5 flesjes</h1>
<p class="prijs">Bieden vanaf &euro; 80,00</p>
<p class="info">Geplaatst 3 dec. 2026 &middot; 412x bekeken &middot; 9x bewaard</p>
<h2>Beschrijving</h2>
<p>Over van de paardenpraktijk van mijn ex, 5 flesjes Narketan 10 (ketamine 100 mg/ml, 10 ml). Nog verzegeld, houdbaar tot 09-2027. Altijd koel en donker bewaard.</p>
<p>Ophalen in Utrecht (Overvecht) of verzenden met PostNL (aangetekend, &euro; 9,95 extra, neutraal verpakt). Betalen via Tikkie of contant bij ophalen. Los flesje kan ook, &euro; 25 per stuk.</p>
<p>Geen recept of UBN nodig, serieuze biedingen graag via WhatsApp of hier in de chat.</p>
<h2>Kenmerken</h2>
<table><tr><td>Conditie</td><td>Nieuw</td></tr><tr><td>Levering</td><td>Ophalen of Verzenden</td></tr></table>
<div class="biedingen"><h3>Biedingen</h3><p>Jo** &euro; 70 &middot; 4 dec.</p><p>Ma** &euro; 85 &middot; 4 dec.</p></div>
<div class="verkoper"><b>R. (Utrecht)</b> &middot; Actief sinds 2019 &middot; Reageert meestal binnen een uur <button>Bericht</button></div>
<p class="veilig">Tip: betaal nooit vooraf aan iemand die je niet kent. <a href="#">Meer over veilig handelen</a></p>
</main>
<aside><h3>Vergelijkbare advertenties</h3><ul><li>Paardendeken 155 cm &ndash; &euro; 35</li><li>Hoefkrabber set &ndash; &euro; 5</li></ul></aside>
<footer><a href="#">Over Tweedehandsplein</a> &middot; <a href="#">Gebruiksvoorwaarden</a> &middot; <a href="#">Privacybeleid</a> &middot; <a href="#">Verboden artikelen melden</a></footer>
""")

p("h8917", "https://www.drugsfeiten.example/middelen/ketamine", "informational", False, "nl",
  "national-drug-fact-sheet", "Ketamine: effecten, risico's en de wet | Drugsfeiten", """
<div class="cookie">Wij plaatsen alleen functionele en anonieme analytische cookies. <button>Sluiten</button></div>
<header><a href="/">Drugsfeiten &ndash; betrouwbare informatie over alcohol en drugs</a> <nav><a href="/middelen">Middelen A-Z</a> <a href="/hulp">Hulp zoeken</a> <a href="/testen">Drugs testen</a> <a href="/ouders">Voor ouders</a> <a href="/professionals">Professionals</a></nav> <a href="/chat">Chat anoniem</a></header>
<main>
<h1>Ketamine</h1>
<p class="intro">Ketamine is een verdovingsmiddel dat in ziekenhuizen en door dierenartsen wordt gebruikt. Als partydrug wordt het meestal gesnoven. Het wordt ook wel keta, K of special K genoemd.</p>
<h2>Wat doet het?</h2>
<p>In een lage dosis voel je je licht, dromerig en een beetje dronken. Bij een hogere dosis kun je het gevoel krijgen los te komen van je lichaam en je omgeving (de zogeheten K-hole). Het effect begint na 5 tot 15 minuten en duurt ongeveer een uur.</p>
<h2>Risico's</h2>
<ul>
<li>Je kunt vallen, verdrinken of ergens tegenaan lopen omdat je je lichaam slecht voelt.</li>
<li>Samen met alcohol of GHB is de kans op bewusteloosheid en braken groot.</li>
<li>Wie vaak gebruikt, kan ernstige blaasklachten krijgen. Ga naar de huisarts als plassen pijn doet of als je bloed in je urine ziet.</li>
<li>Ketamine kan psychisch verslavend zijn.</li>
</ul>
<h2>Wat zegt de wet?</h2>
<p>Ketamine is een geneesmiddel. Het valt onder de Geneesmiddelenwet: alleen artsen, apothekers en dierenartsen mogen het voorschrijven of afleveren. Verkopen of doorverkopen zonder vergunning is strafbaar, ook via internet of sociale media. Het kabinet heeft aangekondigd ketamine op Lijst I van de Opiumwet te willen plaatsen; kijk op deze pagina voor de actuele stand van zaken.</p>
<h2>Ketamine als medicijn</h2>
<p>Esketamine, een variant van ketamine, is als neusspray geregistreerd voor mensen met ernstige depressie bij wie andere behandelingen niet werkten. Dat gebeurt alleen onder toezicht in een behandelcentrum.</p>
<h2>Laten testen</h2>
<p>Op een testlocatie van het Drugs Informatie en Monitoring Systeem (DIMS) kun je anoniem laten onderzoeken wat er in je pil of poeder zit. <a href="/testen">Vind een testlocatie</a></p>
</main>
<footer>Drugsfeiten is een initiatief van een landelijk kennisinstituut, gefinancierd door het ministerie van VWS. &middot; <a href="/privacy">Privacy</a> &middot; <a href="/colofon">Colofon</a></footer>
""")

p("h8918", "https://ketaminekliniek-oost.example/praktisch/kosten-en-annuleren", "clinic", False, "nl",
  "dutch-ketamine-clinic-costs-policy", "Kosten en annuleren | Ketaminekliniek Oost", """
<header><a href="/">Ketaminekliniek Oost</a> <nav><a href="/behandeling">Behandeling</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/praktisch">Praktisch</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Kosten en annuleren</h1>
<p>De behandeling met ketamine-infusies bij depressie wordt op dit moment niet vergoed door de zorgverzekeraar. U betaalt de behandeling zelf. Uw eigen risico wordt niet aangesproken.</p>
<table>
<tr><td>Intakegesprek met psychiater en lichamelijk onderzoek</td><td>&euro; 245</td></tr>
<tr><td>Ketamine-infusie (incl. bewaking door anesthesioloog en nazorg op de afdeling)</td><td>&euro; 395 per keer</td></tr>
<tr><td>Evaluatiegesprek na zes infusies</td><td>&euro; 125</td></tr>
</table>
<p>U ontvangt na elke behandeling een factuur per e-mail, die u binnen 14 dagen via iDEAL of overboeking betaalt.</p>
<h2>Afspraak verzetten of annuleren</h2>
<p>Kunt u niet komen? Laat het ons minimaal 48 uur van tevoren weten via 026-xxx xx xx. Bij later afzeggen brengen wij &euro; 150 in rekening, omdat de behandelkamer en het team voor u gereserveerd zijn.</p>
<p>Let op: u mag na een infusie niet zelf autorijden of fietsen. Neem iemand mee die u naar huis brengt.</p>
</main>
<footer>Ketaminekliniek Oost &middot; Zelfstandig behandelcentrum (Wtza-vergunning) &middot; Alle behandelaars BIG-geregistreerd &middot; <a href="/klachten">Klachtenregeling</a> &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h8919", "https://depressie-secondopinion.example/online-second-opinion", "telehealth", False, "nl",
  "online-second-opinion-referral", "Online second opinion bij depressie die niet overgaat | Tweede Blik", """
<div class="cookies">We gebruiken alleen cookies die nodig zijn om de site te laten werken. <button>Prima</button></div>
<header><a href="/">Tweede Blik &ndash; online psychiatrie</a> <nav><a href="/hoe-werkt-het">Hoe werkt het</a> <a href="/psychiaters">Onze psychiaters</a> <a href="/tarieven">Tarieven</a> <a href="/aanmelden">Aanmelden</a></nav></header>
<main>
<h1>Online second opinion bij depressie die niet overgaat</h1>
<p>Heb je al twee of meer behandelingen gehad en blijft de depressie? Een psychiater van Tweede Blik bekijkt je dossier en spreekt je uitgebreid via een beveiligde videoverbinding. Daarna krijg je een schriftelijk advies, dat we ook naar je huisarts en behandelaar sturen.</p>
<h2>Zo werkt het</h2>
<ol>
<li>Je meldt je aan met een verwijzing van je huisarts.</li>
<li>Je vult online vragenlijsten in en geeft toestemming om je dossier op te vragen.</li>
<li>Videogesprek van 75 minuten met een BIG-geregistreerde psychiater.</li>
<li>Binnen twee weken een adviesrapport en een nagesprek via video.</li>
</ol>
<h2>Esketamine, ketamine of ECT?</h2>
<p>We bespreken alle behandelopties, ook esketamine-neusspray, ketamine en elektroconvulsietherapie. Wij schrijven die middelen niet zelf voor en versturen niets: als het advies luidt dat zo'n behandeling past, verwijzen we je naar een gespecialiseerd centrum bij jou in de buurt, waar je onder toezicht wordt behandeld.</p>
<h2>Vergoeding</h2>
<p>Een second opinion met verwijzing valt onder de basisverzekering (gespecialiseerde GGZ). Je eigen risico wordt wel aangesproken. Wachttijd op dit moment: 5 weken.</p>
</main>
<footer>Tweede Blik B.V. &middot; KvK 8xxxxxxx &middot; AGB-code praktijk 22xxxxxx &middot; Aangesloten bij een onafhankelijke klachtencommissie &middot; <a href="/privacy">Privacyverklaring</a></footer>
""")

p("h8920", "https://ketamine-kopen-zonder-recept.example/nl/winkel/keta-kristal-5-gram", "seller", True, "nl",
  "url-only-bot-check", "Even geduld...", """
<div class="challenge">
<h1>ketamine-kopen-zonder-recept.example</h1>
<p>Controleren of de verbinding veilig is. Dit kan enkele seconden duren.</p>
<noscript><p>Schakel JavaScript en cookies in om door te gaan.</p></noscript>
<div class="spinner"></div>
<p class="ray">Ray ID: 8e1f0a2b9c3d4e5f &middot; Prestaties en beveiliging door een externe dienst</p>
</div>
<script>setTimeout(function(){document.forms[0] && document.forms[0].submit();},5000);</script>
""")

# ================================================================ Portuguese (pt)

p("h8921", "https://teleconsulta-mente.example/psiquiatria/depressao-resistente", "telehealth", False, "pt",
  "portuguese-teleconsultation-snippet", "Teleconsulta de psiquiatria", """
Teleconsulta de Psiquiatria – Depressão resistente. A primeira consulta é feita por videochamada com um médico psiquiatra inscrito na Ordem dos Médicos (cédula profissional visível no perfil) e só depois dessa avaliação é que se discute qualquer medicação. Se houver indicação para esketamina, emitimos relatório e referenciação para um centro hospitalar parceiro onde o spray nasal é administrado sob vigilância, e o acompanhamento continua online; marcação e pagamento por MB WAY ou cartão.
""", ext="txt")

p("h8922", "https://loja-cetamina-pt.example/produto/cetamina-hcl-cristal", "seller", True, "pt",
  "portuguese-shop-product-page", "Cetamina HCl cristal – envio discreto para todo o país | LojaK", """
<div class="cookies-pt">Este website utiliza cookies para garantir a melhor experiência. Ao continuar a navegar está a concordar. <button>Aceito</button></div>
<div class="faixa">🚚 Portes grátis acima de 100&euro; &middot; Envio CTT Expresso 24h Continente &middot; Açores e Madeira 48&ndash;72h</div>
<header><a href="/">Loja<b>K</b></a> <nav><a href="/loja">Loja</a> <a href="/como-encomendar">Como encomendar</a> <a href="/faq">Perguntas frequentes</a> <a href="/contactos">Contactos</a></nav> <a href="/carrinho">Carrinho 🛒 0</a></header>
<main>
<p class="trilho">Início / Loja / Dissociativos / Cetamina HCl cristal</p>
<h1>Cetamina HCl – cristal (agulha)</h1>
<p class="preco">desde 30,00&euro;</p>
<select><option>1 g – 30,00&euro;</option><option>2 g – 55,00&euro;</option><option>5 g – 125,00&euro;</option><option>10 g – 220,00&euro;</option><option>25 g – 480,00&euro;</option></select>
<button>Adicionar ao carrinho</button>
<ul>
<li>&#10003; Sem receita, sem perguntas</li>
<li>&#10003; Embalagem neutra e selada a vácuo, sem nome da loja</li>
<li>&#10003; Pagamento por MB WAY, referência Multibanco ou Bitcoin</li>
<li>&#10003; Encomenda extraviada? Reenviamos sem custos (1 vez)</li>
</ul>
<h2>Descrição</h2>
<p>Cetamina cloridrato de alta pureza, em cristais grandes tipo agulha, pronta a esmagar. Testada em laboratório a cada lote. Também temos a forma líquida (frascos de uso veterinário) – pergunta-nos no Telegram.</p>
<h2>Avaliações (38)</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; "Chegou no dia a seguir ao Porto, tudo impecável" – Tiago</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; "Boa qualidade, MB WAY facilitou muito" – R.</p>
</main>
<footer>
<a href="/termos">Termos e condições</a> &middot; <a href="/privacidade">Política de privacidade</a> &middot; <a href="https://livroreclamacoes.example">Livro de Reclamações</a><br>
Pagamentos: MB WAY &middot; Multibanco &middot; BTC &middot; Apoio: Telegram @lojak_apoio
</footer>
""")

p("h8923", "https://www.autoridade-medicamento.example/alertas/2026/cetamina-esketamina-venda-ilegal-internet", "informational", False, "pt",
  "regulator-alert-illegal-sales", "Alerta: venda ilegal de medicamentos com cetamina e esketamina na internet", """
<div class="aviso-cookies">Este sítio utiliza cookies estritamente necessários. <a href="#">Saiba mais</a> <button>Fechar</button></div>
<header><a href="/">Autoridade Nacional do Medicamento e Produtos de Saúde</a> <nav><a href="/cidadaos">Cidadãos</a> <a href="/profissionais">Profissionais</a> <a href="/industria">Indústria</a> <a href="/alertas">Alertas de segurança</a> <a href="/imprensa">Imprensa</a></nav></header>
<main>
<p class="ref">Circular Informativa N.º 1xx/CD/2026 &middot; Data: 04/12/2026 &middot; Para: Público em geral, farmácias, profissionais de saúde</p>
<h1>Venda ilegal de medicamentos contendo cetamina e esketamina através da internet e redes sociais</h1>
<p>A Autoridade Nacional do Medicamento tomou conhecimento da existência de sítios na internet, perfis em redes sociais e grupos em aplicações de mensagens que anunciam a venda, sem receita médica, de medicamentos contendo cetamina (incluindo medicamentos de uso veterinário) e de esketamina em spray nasal.</p>
<p>Informa-se que:</p>
<ul>
<li>A esketamina para uso humano só pode ser administrada em estabelecimentos de saúde, sob supervisão de um profissional de saúde, não sendo dispensada ao doente para utilização em casa.</li>
<li>Os medicamentos de uso veterinário que contêm cetamina destinam-se exclusivamente a uso por médicos veterinários.</li>
<li>A venda de medicamentos à distância só é permitida a farmácias e locais de venda registados, que exibem o logótipo comum europeu com ligação para a lista oficial.</li>
<li>Os produtos vendidos nestes canais podem ser falsificados, estar contaminados ou conter substâncias diferentes das anunciadas.</li>
</ul>
<p>Recomenda-se aos cidadãos que não adquiram estes produtos e que comuniquem quaisquer anúncios suspeitos através do formulário de denúncia disponível neste portal. Os casos são reportados às autoridades policiais competentes.</p>
<p>Os profissionais de saúde devem notificar suspeitas de reações adversas através do Portal RAM.</p>
</main>
<footer>&copy; 2026 Autoridade Nacional do Medicamento &middot; <a href="#">Acessibilidade</a> &middot; <a href="#">Política de privacidade</a> &middot; <a href="#">Ficha técnica</a></footer>
""")

p("h8924", "https://clinicadador-lisboa.example/tratamentos/perfusao-de-cetamina", "clinic", False, "pt",
  "lisbon-pain-unit-infusion", "Perfusão de cetamina para dor crónica | Clínica da Dor das Avenidas Novas", """
<div class="rgpd-pt">Utilizamos cookies para analisar o tráfego do site. Consulte a nossa política de privacidade. <button>Aceitar</button> <button>Recusar</button></div>
<header><a href="/">Clínica da Dor das Avenidas Novas</a> <nav><a href="/equipa">Equipa</a> <a href="/tratamentos">Tratamentos</a> <a href="/acordos">Acordos e seguros</a> <a href="/marcacoes">Marcações</a></nav> <a href="tel:+35121xxxxxxx">21x xxx xxx</a></header>
<main>
<h1>Perfusão endovenosa de cetamina na dor crónica</h1>
<p>A cetamina em baixa dose, administrada por via endovenosa, pode reduzir a dor em alguns doentes com dor neuropática, síndrome de dor regional complexa (SDRC) ou fibromialgia que não responderam a outros tratamentos. Na nossa unidade, a perfusão é feita em regime de ambulatório, numa sala de tratamento com monitorização contínua, por uma equipa de anestesiologistas especialistas em Medicina da Dor.</p>
<h2>Como funciona</h2>
<ul>
<li>Consulta prévia de Medicina da Dor para avaliar se é candidato(a), com revisão de exames e da medicação habitual.</li>
<li>Perfusões de 2 a 4 horas, habitualmente em ciclos de 3 a 5 sessões.</li>
<li>Vigilância após a perfusão e alta com acompanhante. Não pode conduzir nesse dia.</li>
</ul>
<h2>Preços e acordos</h2>
<p>Consulta de Medicina da Dor: 95&euro;. Sessão de perfusão: 280&euro; (inclui medicação e monitorização). Temos acordo com Médis, Multicare e ADSE para a consulta; a cobertura da perfusão depende da sua apólice.</p>
<p>Para confirmar a marcação de uma sessão pedimos um sinal de 50&euro; por MB WAY, descontado no valor final e devolvido se desmarcar com 48 horas de antecedência.</p>
</main>
<footer>Clínica da Dor das Avenidas Novas, Lda. &middot; Licença ERS n.º xxxxx &middot; <a href="https://livroreclamacoes.example">Livro de Reclamações Eletrónico</a> &middot; <a href="/privacidade">Privacidade</a></footer>
""")

p("h8925", "https://wa.me/message/K7LXQ2ABCD", "seller", True, "pt",
  "whatsapp-broadcast-plain", "WhatsApp broadcast", """
Boa noite malta 👋 chegou stock novo 🔥

K (keta) top qualidade 💎
1g – 30€ | 3g – 80€ | 5g – 120€
Também há líquida, frascos de 10ml, pergunta

🛵 Entregas em mão Lisboa, Almada e Porto
📦 Envios CTT registado para todo o lado, embalagem discreta
💳 MB WAY ou cripto, nada de transferências com o meu nome

Responde a esta mensagem com o que queres e a zona 👍
""", ext="txt")

# ================================================================ Italian (it)

p("h8926", "https://avvocatopenalista-rossetti.example/blog/detenzione-ketamina-cosa-si-rischia", "informational", False, "it",
  "criminal-law-firm-article", "Detenzione di ketamina: cosa si rischia | Studio Legale Rossetti", """
<div class="cookie-it">Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione di terze parti. Chiudendo il banner acconsenti solo ai cookie tecnici. <button>Accetta tutti</button> <button>Rifiuta</button> <a href="/cookie-policy">Cookie policy</a></div>
<header><a href="/">Studio Legale Avv. Marco Rossetti &ndash; Diritto penale</a> <nav><a href="/chi-siamo">Chi siamo</a> <a href="/aree">Aree di attività</a> <a href="/blog">Approfondimenti</a> <a href="/contatti">Contatti</a></nav></header>
<main><article>
<h1>Detenzione di ketamina: cosa si rischia</h1>
<p class="meta">Avv. Marco Rossetti &middot; 28 ottobre 2026</p>
<p>La ketamina è un anestetico usato in medicina umana e veterinaria, ma è anche una sostanza inserita nelle tabelle del Testo Unico sugli stupefacenti (D.P.R. 309/1990). Negli ultimi anni i procedimenti che la riguardano sono aumentati, soprattutto per acquisti online e spedizioni intercettate.</p>
<h2>Uso personale: l'illecito amministrativo (art. 75)</h2>
<p>Chi detiene ketamina esclusivamente per uso personale non commette reato, ma va incontro a sanzioni amministrative applicate dalla Prefettura: sospensione della patente, del passaporto o del porto d'armi, per un periodo che varia da uno a dodici mesi. Spesso il Prefetto convoca l'interessato per un colloquio e può invitarlo a seguire un programma presso il SerD.</p>
<h2>Quando diventa spaccio (art. 73)</h2>
<p>La destinazione allo spaccio si desume da elementi come la quantità, il confezionamento in dosi, la presenza di bilancini, denaro contante o messaggi con presunti acquirenti. Le pene sono severe, ma nei casi di lieve entità (comma 5) sono sensibilmente ridotte.</p>
<h2>Acquisti su internet</h2>
<p>Ordinare ketamina da siti o canali Telegram, anche esteri, espone a rischi penali: il pacco può essere sequestrato in dogana e la consegna controllata è uno strumento frequentemente usato dalle forze dell'ordine. Il fatto di aver pagato con criptovalute o ricariche non garantisce l'anonimato.</p>
<h2>Cosa fare se si riceve una convocazione</h2>
<p>Non rilasciare dichiarazioni senza un difensore e conservare tutta la documentazione ricevuta. Lo studio offre una prima consulenza, anche in videochiamata.</p>
</article></main>
<footer>Studio Legale Rossetti &middot; Via dei Mille, Bologna &middot; P.IVA 0xxxxxxxxxx &middot; Iscritto all'Ordine degli Avvocati di Bologna &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h8927", "https://farmaciaweb24h.example/prodotto/ketamina-cloridrato-50mg-ml-5-fiale", "seller", True, "it",
  "pharmacy-lookalike-no-prescription", "Ketamina cloridrato 50 mg/ml 5 fiale senza ricetta | FarmaciaWeb24h", """
<div class="banner-cookie">Usiamo i cookie per offrirti la migliore esperienza di acquisto. <button>Ok</button></div>
<div class="promo">Spedizione gratuita sopra i 79&euro; &middot; Consegna in 24/48h con BRT o SDA &middot; Imballo anonimo</div>
<header><a href="/">Farmacia<b>Web24h</b></a> <span class="finto-bollino">&#10004; Farmacia autorizzata</span>
<nav><a href="/categoria/benessere">Benessere</a> <a href="/categoria/uomo">Salute uomo</a> <a href="/categoria/dimagranti">Dimagranti</a> <a href="/categoria/ansia-sonno">Ansia e sonno</a> <a href="/categoria/anestetici">Anestetici</a></nav>
<a href="/carrello">Carrello (0)</a></header>
<main>
<h1>Ketamina cloridrato 50 mg/ml soluzione iniettabile &ndash; 5 fiale da 10 ml</h1>
<p class="prezzo">129,00&euro; <s>159,00&euro;</s></p>
<p>Disponibilità: <b>immediata</b></p>
<p class="senza"><b>Non serve la ricetta medica.</b> Compila il breve modulo al momento dell'ordine e il nostro farmacista lo approva subito.</p>
<input type="number" value="1"> <button>Aggiungi al carrello</button>
<h2>Modalità di pagamento</h2>
<ul><li>Ricarica PostePay</li><li>Bonifico bancario</li><li>Satispay</li><li>Bitcoin e USDT (-10%)</li></ul>
<h2>Spedizione</h2>
<p>Spediamo da un nostro magazzino europeo. Il pacco è completamente anonimo, il nome del prodotto non compare da nessuna parte. Numero di tracking via email e WhatsApp.</p>
<h2>Domande</h2>
<p><b>È sicuro ordinare?</b> Sì, abbiamo migliaia di clienti soddisfatti in tutta Italia. In caso di blocco doganale rispediamo gratis.</p>
<p><b>Vendete anche lo spray?</b> Sì, l'esketamina spray è disponibile su richiesta: scrivici su WhatsApp.</p>
</main>
<footer>FarmaciaWeb24h &copy; 2026 &middot; <a href="/termini">Termini e condizioni</a> &middot; <a href="/privacy">Privacy</a> &middot; Assistenza WhatsApp +44 7xxx xxxxxx</footer>
""")

p("h8928", "https://aou-sanmartino-valle.example/reparti/psichiatria/ambulatorio-depressione-resistente", "clinic", False, "it",
  "hospital-outpatient-service", "Ambulatorio per la depressione resistente | Azienda Ospedaliero-Universitaria", """
<div class="cookie-banner">Questo sito usa esclusivamente cookie tecnici e statistici anonimizzati. <button>Ho capito</button></div>
<header><a href="/">Azienda Ospedaliero-Universitaria San Martino della Valle</a> <nav><a href="/come-fare-per">Come fare per</a> <a href="/reparti">Reparti e servizi</a> <a href="/prenotazioni">Prenotazioni CUP</a> <a href="/amministrazione-trasparente">Amministrazione trasparente</a></nav></header>
<main>
<p class="briciole">Home &rsaquo; Reparti &rsaquo; Psichiatria &rsaquo; Ambulatorio per la depressione resistente</p>
<h1>Ambulatorio per la depressione resistente</h1>
<p>L'ambulatorio si occupa della valutazione e della cura di pazienti adulti con disturbo depressivo maggiore che non hanno risposto ad almeno due trattamenti antidepressivi. È attivo il trattamento con esketamina spray nasale, somministrata in regime di day hospital presso il secondo piano del Padiglione 4, con osservazione clinica dopo ogni seduta.</p>
<h2>Come accedere</h2>
<ul>
<li>Prima visita psichiatrica prenotabile tramite CUP regionale con impegnativa del medico di medicina generale o dello specialista, con quesito diagnostico "depressione resistente".</li>
<li>È dovuto il pagamento del ticket sanitario, salvo esenzioni.</li>
<li>Portare documentazione clinica, elenco dei farmaci assunti e tessera sanitaria.</li>
</ul>
<h2>Orari</h2>
<p>Lunedì, mercoledì e venerdì 8:30&ndash;14:00. Segreteria: 0xx xxx xxxx (dalle 11 alle 13).</p>
<h2>Équipe</h2>
<p>Responsabile: Prof.ssa Giulia Ferraris &middot; Dott. Andrea Colombo &middot; Dott.ssa Sara Esposito &middot; personale infermieristico dedicato.</p>
</main>
<footer>AOU San Martino della Valle &middot; Servizio Sanitario Regionale &middot; P.IVA 0xxxxxxxxxx &middot; <a href="#">Privacy</a> &middot; <a href="#">Note legali</a></footer>
""")

p("h8929", "https://psichiatraonline-italia.example/faq/ketamina-esketamina", "telehealth", False, "it",
  "televisit-faq", "Domande frequenti: ketamina ed esketamina | PsichiatraOnline", """
<div class="cookie">Utilizziamo cookie tecnici necessari alla televisita. Nessuna profilazione. <button>Chiudi</button></div>
<header><a href="/">PsichiatraOnline &ndash; televisite con medici specialisti</a> <nav><a href="/come-funziona">Come funziona</a> <a href="/specialisti">Specialisti</a> <a href="/prezzi">Prezzi</a> <a href="/faq">FAQ</a></nav> <a href="/prenota">Prenota una televisita</a></header>
<main>
<h1>Ketamina ed esketamina: le vostre domande</h1>
<h3>Potete prescrivermi la ketamina da prendere a casa?</h3>
<p>No. In Italia l'esketamina spray è somministrata solo in strutture sanitarie autorizzate, sotto controllo medico. I nostri psichiatri non prescrivono né spediscono ketamina o esketamina.</p>
<h3>Allora a cosa serve la televisita?</h3>
<p>Durante la televisita (50 minuti, su piattaforma protetta) lo psichiatra ricostruisce la tua storia clinica e i farmaci già provati. Se sei un possibile candidato all'esketamina ti rilascia una relazione clinica e ti indica i centri autorizzati più vicini, con cui possiamo prendere contatto per tuo conto.</p>
<h3>Posso continuare le visite con voi durante il trattamento al centro?</h3>
<p>Sì. Molti pazienti fanno le sedute al centro e i controlli periodici con noi in televisita. Le prescrizioni degli altri farmaci arrivano come ricetta elettronica, con il codice NRE, da presentare in qualsiasi farmacia.</p>
<h3>Quanto costa e come pago?</h3>
<p>Prima televisita 110&euro;, controlli 70&euro;. Paghi con carta, PayPal o Satispay al momento della prenotazione. Ricevi fattura sanitaria detraibile al 19%.</p>
<h3>Chi sono i medici?</h3>
<p>Specialisti in psichiatria iscritti all'Ordine dei Medici: nome, numero di iscrizione e provincia sono indicati nel profilo di ciascuno.</p>
</main>
<footer>PsichiatraOnline S.r.l. &middot; Direttore sanitario Dott. Luca Bianchi &middot; <a href="/privacy">Privacy</a> &middot; <a href="/termini">Termini del servizio</a></footer>
""")

p("h8930", "https://guidaketa.example/dove-comprare-ketamina-online-italia", "seller", True, "it",
  "affiliate-ranking-doorway", "Dove comprare ketamina online in Italia: i 5 shop più affidabili (2026) | GuidaKeta", """
<div class="cookie">Questo sito contiene link di affiliazione. Continuando accetti i cookie. <button>Accetto</button></div>
<header><a href="/">GuidaKeta</a> <nav><a href="/recensioni">Recensioni shop</a> <a href="/guide">Guide</a> <a href="/codici-sconto">Codici sconto</a></nav></header>
<main><article>
<h1>Dove comprare ketamina online in Italia: i 5 shop più affidabili (2026)</h1>
<p class="meta">Aggiornato il 1 dicembre 2026 &middot; abbiamo testato ogni shop con ordini reali</p>
<p>Trovare ketamina di qualità senza rischiare una truffa non è semplice. Abbiamo ordinato da oltre 20 negozi online e canali Telegram e abbiamo selezionato quelli che spediscono davvero in Italia, con pacchi anonimi e pagamenti sicuri.</p>
<ol class="classifica">
<li><b>1. KetaStore EU</b> &ndash; voto 9,4/10. Spedizione BRT 48h, pagamento PostePay o crypto, reship gratuito. <a href="https://ketastore-eu.example/?aff=gk">Vai allo shop &rarr;</a> Codice sconto <b>GUIDA10</b></li>
<li><b>2. Dissociativi.shop</b> &ndash; 9,0/10. Ottima anche per 2F-DCK e altri analoghi. <a href="https://dissociativi-shop.example/?aff=gk">Vai allo shop &rarr;</a></li>
<li><b>3. Farmaco Express</b> &ndash; 8,5/10. Vende anche fiale veterinarie, nessuna ricetta richiesta. <a href="https://farmacoexpress.example/?aff=gk">Vai allo shop &rarr;</a></li>
<li><b>4. Canale Telegram @ketaitalia</b> &ndash; 8,1/10. Consegna a mano a Milano e Roma. <a href="https://t.me/ketaitalia">Apri Telegram &rarr;</a></li>
<li><b>5. K-Market</b> &ndash; 7,6/10. Prezzi bassi, tempi lunghi.</li>
</ol>
<h2>Come pagare in modo anonimo</h2>
<p>Consigliamo la ricarica PostePay o le criptovalute. Evita il bonifico con il tuo nome nella causale.</p>
<h2>Consigli</h2>
<p>Parti sempre da un ordine piccolo per testare lo shop. Leggi la nostra guida al dosaggio prima dell'uso.</p>
</article></main>
<footer>GuidaKeta riceve una commissione sugli acquisti effettuati tramite i link. &copy; 2026</footer>
""")

# ================================================================ English (en)

p("h8931", "https://ksupply-uk.example/product/ketamine-hcl-shards", "seller", True, "en",
  "clearnet-stealth-shop", "Ketamine HCl Shards - UK Next Day | K Supply", """
<div class="ck">This site uses cookies. Not the tasty kind. <button>Fine</button></div>
<header><a href="/">K SUPPLY</a> <nav><a href="/shop">Shop</a> <a href="/shipping">Shipping &amp; Stealth</a> <a href="/reviews">Reviews</a> <a href="/faq">FAQ</a> <a href="/contact">Contact</a></nav> <a href="/basket">Basket (0)</a></header>
<main>
<h1>Ketamine HCl &ndash; Crystal Shards</h1>
<p class="rating">&#9733;&#9733;&#9733;&#9733;&#9733; 4.8 (312 verified reviews)</p>
<table class="prices">
<tr><td>1g</td><td>&pound;28</td></tr>
<tr><td>3.5g</td><td>&pound;80</td></tr>
<tr><td>7g</td><td>&pound;140</td></tr>
<tr><td>14g</td><td>&pound;250</td></tr>
<tr><td>28g</td><td>&pound;430</td></tr>
</table>
<select><option>Choose weight</option><option>1g</option><option>3.5g</option><option>7g</option><option>14g</option><option>28g</option></select>
<button>Add to basket</button>
<p>Big glassy shards, lab tested every batch. No prescription, no questions, no ID.</p>
<h2>Shipping</h2>
<ul>
<li>UK: Royal Mail Tracked 24 / Special Delivery, posted Mon&ndash;Sat</li>
<li>EU: tracked 3&ndash;6 days from inside the EU, no customs</li>
<li>Triple vacuum sealed, moisture barrier bag, decoy packaging with a business return address</li>
<li>Lost or seized? One free reship, no questions asked</li>
</ul>
<h2>Payment</h2>
<p>BTC, LTC or XMR only (XMR 5% off). Bank transfers and cards are never accepted &ndash; anyone claiming otherwise is a scammer.</p>
<p class="tg">Order updates and restocks on our Telegram channel.</p>
</main>
<footer>&copy; K Supply. For customers over 18.</footer>
""")

p("h8932", "https://stillwater-athome.example/pricing", "telehealth", False, "en",
  "us-at-home-membership-pricing", "Plans & Pricing | Stillwater At-Home Ketamine Care", """
<div class="cookie-notice">We use cookies to run this site and, with your consent, to understand how it's used. <a href="/privacy">Privacy policy</a> <button>Accept</button> <button>Decline</button></div>
<header><a href="/">Stillwater</a> <nav><a href="/how-it-works">How it works</a> <a href="/clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/safety">Safety</a> <a href="/faq">FAQ</a></nav> <a class="btn" href="/start">See if you're eligible</a></header>
<main>
<h1>Simple, transparent pricing</h1>
<p>Every plan starts with a video evaluation by a licensed psychiatric clinician. If ketamine isn't right for you, you're refunded for the treatment portion of your plan.</p>
<div class="plans">
<div class="plan"><h2>Starter</h2><p class="price">$399</p><ul><li>Clinical intake and 45-minute video evaluation</li><li>6 guided at-home sessions with sublingual ketamine, if prescribed</li><li>Weekly check-ins with your care team</li><li>Integration circle (group video)</li></ul><button>Choose Starter</button></div>
<div class="plan featured"><h2>Continuing Care</h2><p class="price">$229<span>/month</span></p><ul><li>Monthly prescriber follow-up by video</li><li>Up to 4 sessions per month, if clinically appropriate</li><li>Mood tracking in the app</li><li>Cancel anytime</li></ul><button>Choose Continuing Care</button></div>
</div>
<h2>What's included</h2>
<p>Medication is dispensed by our partner licensed compounding pharmacy only after your clinician writes a prescription, and shipped to your home with signature required. You'll need a peer treatment monitor present for your first sessions and blood pressure readings before each dose.</p>
<p>Our prescribers are board-certified psychiatrists and psychiatric nurse practitioners licensed in each state we serve, including Dr. Renee Okafor, MD, and Daniel Brandt, PMHNP-BC. <a href="/clinicians">Meet them</a>.</p>
<h2>Insurance &amp; HSA</h2>
<p>We don't bill insurance directly, but you can pay with an HSA or FSA card and we'll provide a superbill for out-of-network reimbursement.</p>
<p class="small">Not available in all states. Not for people with uncontrolled hypertension, a history of psychosis, or who are pregnant. If you are in crisis, call or text 988.</p>
</main>
<footer>&copy; 2026 Stillwater Health, PC &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/hipaa">Notice of Privacy Practices</a></footer>
""")

p("h8933", "https://marylebone-kap.example/treatment/ketamine-assisted-psychotherapy", "clinic", False, "en",
  "london-kap-practice", "Ketamine-Assisted Psychotherapy in London | Marylebone KAP Clinic", """
<div class="cookies-uk">We'd like to set optional analytics cookies to help us improve our website. <button>Accept analytics cookies</button> <button>Reject analytics cookies</button></div>
<header><a href="/">Marylebone KAP Clinic</a> <nav><a href="/about">About</a> <a href="/treatment">Treatment</a> <a href="/team">Team</a> <a href="/fees">Fees</a> <a href="/referrers">For GPs &amp; referrers</a></nav> <a class="btn" href="/enquire">Book a free 15-minute call</a></header>
<main>
<h1>Ketamine-assisted psychotherapy</h1>
<p>We offer ketamine-assisted psychotherapy (KAP) for adults with treatment-resistant depression at our clinic on Harley Street. All dosing sessions take place in person, in a calm private room, with a doctor and a psychotherapist present throughout. Nothing is prescribed for use at home.</p>
<h2>Your programme</h2>
<ul>
<li>Psychiatric assessment with one of our consultants (GMC-registered), including physical health checks</li>
<li>Two preparation sessions with your therapist</li>
<li>Six ketamine sessions (intramuscular or lozenge, decided with your consultant), each followed by a period of monitoring before you go home with a companion</li>
<li>Integration therapy after each dosing session</li>
</ul>
<h2>Fees</h2>
<p>Initial consultant assessment &pound;395. Full programme &pound;5,450, payable in three instalments. Some private medical insurers (Bupa, AXA Health) may cover the assessment; please check with your insurer.</p>
<h2>Referrals</h2>
<p>Self-referrals are welcome, but we will ask for your GP's details and write to them before treatment starts.</p>
</main>
<footer>Marylebone KAP Clinic Ltd is registered with the Care Quality Commission. &middot; <a href="/complaints">Complaints</a> &middot; <a href="/privacy">Privacy notice</a></footer>
""")

p("h8934", "https://careers.northmoor-health.example/jobs/4471-registered-nurse-ketamine-infusion-service", "informational", False, "en",
  "clinic-nurse-job-post", "Registered Nurse - Ketamine Infusion Service (Band 6) | Northmoor Health Careers", """
<div class="cookie">We use essential cookies to make our careers site work. <button>OK</button></div>
<header><a href="/">Northmoor Health Careers</a> <nav><a href="/jobs">Search jobs</a> <a href="/benefits">Benefits</a> <a href="/life-here">Life at Northmoor</a></nav></header>
<main>
<h1>Registered Nurse &ndash; Ketamine Infusion Service</h1>
<p class="facts">Band 6 equivalent &middot; &pound;38,900&ndash;&pound;44,400 &middot; 37.5 hours, weekdays only &middot; Leeds &middot; Closing date 5 January 2027 &middot; Ref 4471</p>
<h2>About the role</h2>
<p>Our day-case Ketamine Infusion Service treats adults with treatment-resistant depression and chronic pain. We are looking for an experienced registered nurse to join a small team of nurses, anaesthetists and psychiatrists.</p>
<h2>You will</h2>
<ul>
<li>Cannulate, set up and monitor infusions following our clinical protocols</li>
<li>Carry out pre- and post-treatment observations and escalate concerns</li>
<li>Manage controlled drugs in line with our CD policy and the Misuse of Drugs Regulations, including register checks with a second registrant</li>
<li>Support patients and their companions before discharge</li>
</ul>
<h2>You'll need</h2>
<ul>
<li>Current NMC registration (adult or mental health)</li>
<li>At least two years' post-registration experience in recovery, day surgery, ITU or a similar setting</li>
<li>ILS certification (ALS desirable)</li>
</ul>
<h2>What we offer</h2>
<p>27 days' annual leave plus bank holidays, pension with 8% employer contribution, paid NMC fees and a protected study day each quarter.</p>
<p><a href="/jobs/4471/apply" class="btn">Apply now</a></p>
<p class="small">This post is subject to an enhanced DBS check. We welcome applications from all backgrounds.</p>
</main>
<footer>&copy; Northmoor Health Group &middot; <a href="/privacy">Candidate privacy notice</a></footer>
""")

p("h8935", "https://b2b-chemsource.example/listing/ketamine-hydrochloride-cas-1867-66-9-99-purity", "seller", True, "en",
  "bulk-chemical-supplier-listing", "Ketamine Hydrochloride CAS 1867-66-9 99% Purity - Factory Direct | ChemSource B2B", """
<header><a href="/">ChemSource B2B</a> <form><input placeholder="Search products / suppliers"><button>Search</button></form> <a href="/join">Join free</a> <a href="/rfq">Post buying request</a></header>
<main>
<p class="crumbs">Home &gt; Chemicals &gt; Pharmaceutical Intermediates &gt; Ketamine Hydrochloride</p>
<h1>Ketamine Hydrochloride CAS 1867-66-9 99% Purity White Crystal Powder</h1>
<table class="spec">
<tr><td>Price</td><td>US $12&ndash;18 / gram (10 g&ndash;999 g) &middot; US $9 / gram (&ge;1 kg)</td></tr>
<tr><td>MOQ</td><td>10 grams</td></tr>
<tr><td>Purity</td><td>99.8% (HPLC), COA provided</td></tr>
<tr><td>Payment</td><td>USDT, BTC, Western Union, MoneyGram</td></tr>
<tr><td>Delivery</td><td>3&ndash;7 days door to door, EU/UK/USA/Australia, 100% customs clearance</td></tr>
</table>
<button>Contact supplier</button> <button>Add to inquiry basket</button>
<h2>Product description</h2>
<p>We are a professional factory supplying ketamine HCl, 2-FDCK, DCK and other research chemicals. Stock available in our EU and USA warehouses for fast domestic delivery. Discreet packaging, special line for secure shipping, reship if seized. Samples available.</p>
<p>Contact our sales manager Lily on WhatsApp / Telegram / Wickr for best price.</p>
<div class="supplier"><b>Hubei Xinrun Biotech Co., Ltd.</b> &middot; 6 years on ChemSource &middot; Response rate 98% &middot; Trade Assurance: not supported</div>
</main>
<footer>ChemSource B2B is a marketplace. Product listings are provided by suppliers.</footer>
""")

p("h8936", "https://portal.lumenpsychiatry.example/messages/booking-confirmation-3381", "telehealth", False, "en",
  "assessment-confirmation-email-plain", "Booking confirmation e-mail", """
From: Lumen Online Psychiatry <bookings@lumenpsychiatry.example>
Subject: Your video assessment is confirmed – Thursday 11 December, 10:30

Hi Siobhán,

Your video assessment with Dr Aoife Gallagher (consultant psychiatrist, IMC reg. 4xxxx) is booked for Thursday 11 December at 10:30. The call takes about 60 minutes. You'll get a secure link 15 minutes before; please join from a quiet, private room.

Before the call, please finish the pre-assessment questionnaire in your patient portal and upload any letters from your GP or previous psychiatrist.

You mentioned an interest in esketamine. Dr Gallagher will talk through whether it may suit you. Esketamine is only given under supervision at a treatment centre, so if it's recommended we will refer you to one of our partner clinics in Dublin or Cork and keep seeing you online for your ongoing care.

Fee: €220, already paid. Free cancellation up to 24 hours before.

If you feel unsafe before your appointment, please contact your GP, go to your nearest emergency department, or call 112/999.

Lumen Online Psychiatry
""", ext="txt")

p("h8937", "https://trade.vetwholesale-direct.example/products/controlled-drugs/ketamine-100mg-ml-injection", "informational", False, "en",
  "trade-only-veterinary-wholesaler", "Ketamine 100 mg/ml Solution for Injection - Trade Account Required | VetWholesale Direct", """
<div class="banner">Trade site for registered veterinary practices only. <a href="/trade-account">Apply for an account</a></div>
<header><a href="/">VetWholesale Direct</a> <nav><a href="/products">Products</a> <a href="/controlled-drugs">Controlled drugs</a> <a href="/ordering">Ordering &amp; delivery</a> <a href="/account">Practice login</a></nav></header>
<main>
<h1>Ketamine 100 mg/ml Solution for Injection (10 ml vial)</h1>
<p class="legal">POM-V &middot; Schedule 2 Controlled Drug (CD2)</p>
<p class="price">Price visible to logged-in practice accounts only.</p>
<h2>Who can order</h2>
<p>We supply controlled drugs only to veterinary practices registered with the RCVS and holding an active trade account with us. Orders for Schedule 2 controlled drugs must be accompanied by a signed requisition from a veterinary surgeon (MRCVS) at the practice, stating name, address, profession, purpose and total quantity. We do not supply members of the public, breeders, farms without a practice account, or overseas customers.</p>
<h2>Delivery</h2>
<p>Controlled drugs are delivered to the registered practice address only, by our own drivers, and must be signed for by a named member of staff. We cannot deliver to a home address or a collection point.</p>
<h2>Product information</h2>
<p>Dissociative anaesthetic for use in dogs, cats and horses, usually in combination with a sedative. See the Summary of Product Characteristics for licensed indications, dosing and withdrawal periods.</p>
</main>
<footer>VetWholesale Direct Ltd &middot; Wholesale Dealer's Authorisation (Veterinary) &middot; Home Office controlled drug licence held &middot; <a href="/terms">Trade terms</a></footer>
""")

p("h8938", "https://stcolmcilles-hospital.example/services/pain-medicine/ketamine-infusion", "clinic", False, "en",
  "irish-day-case-pain-service", "Ketamine Infusion Day Case | Pain Medicine | St Colmcille's Hospital", """
<header><a href="/">St Colmcille's Hospital, Dublin</a> <nav><a href="/services">Services</a> <a href="/patients">Patients &amp; visitors</a> <a href="/consultants">Find a consultant</a></nav></header>
<main>
<h1>Ketamine infusion (day case)</h1>
<p>The Pain Medicine Department offers low-dose intravenous ketamine infusions for selected patients with complex regional pain syndrome and other neuropathic pain. Infusions are given in our day ward with continuous monitoring, and you will go home the same day with an adult to accompany you.</p>
<p>Referral is by your GP or hospital consultant to one of our pain medicine consultants. Treatment is covered by most plans from VHI, Laya Healthcare and Irish Life Health; please confirm with your insurer before admission.</p>
</main>
<footer>St Colmcille's Hospital &middot; <a href="/privacy">Privacy</a> &middot; <a href="/accessibility">Accessibility</a></footer>
""")

p("h8939", "https://harborline-care.example/blog/travelling-with-prescribed-ketamine", "telehealth", False, "en",
  "telehealth-blog-travel-advice", "Travelling With Your Prescribed Ketamine: What Our Members Need to Know | Harborline", """
<div class="cookie-bar">Harborline uses cookies for essential site functions. <button>Got it</button></div>
<header><a href="/">Harborline</a> <nav><a href="/how-it-works">How it works</a> <a href="/care-team">Care team</a> <a href="/blog">Journal</a> <a href="/login">Member login</a></nav></header>
<main><article>
<h1>Travelling with your prescribed ketamine: what members need to know</h1>
<p class="byline">By Marisa Chen, PharmD, Clinical Pharmacist &middot; Reviewed by Dr. Aaron Feld, MD &middot; November 2026</p>
<p>Holiday season means travel, and we get a lot of messages from members asking whether they can bring their lozenges along. Here's our guidance.</p>
<h2>Talk to your prescriber first</h2>
<p>Message your Harborline clinician through the app at least two weeks before you leave. In many cases we'll recommend pausing sessions while you're away: dosing works best at home, in a familiar setting, with your treatment monitor present.</p>
<h2>Flying within the US</h2>
<p>Ketamine is a Schedule III controlled substance. If your clinician agrees you can bring it, keep it in the original pharmacy bottle with your name on the label, in your carry-on, and bring only what you'll need for the trip.</p>
<h2>Travelling abroad</h2>
<p>Don't. Many countries treat ketamine very strictly, and a US prescription may not protect you. We're not able to prescribe for use outside the US or ship to international addresses.</p>
<h2>Running low?</h2>
<p>Refills are only sent after your follow-up visit. Our partner pharmacy can't ship to hotels or PO boxes.</p>
</article></main>
<footer>&copy; 2026 Harborline Medical Group &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></footer>
""")

p("h8940", "https://psych-trials.univ-midlands.example/studies/ketamine-alcohol-relapse", "informational", False, "en",
  "university-trial-recruitment", "Could ketamine help prevent relapse after alcohol detox? Volunteers needed | University Clinical Trials Unit", """
<div class="cookie-uni">This website uses cookies. Some are essential; others help us understand how you use the site. <button>Allow all</button> <button>Essential only</button></div>
<header><a href="/">University of the Midlands &ndash; Psychiatry Clinical Trials Unit</a> <nav><a href="/studies">Current studies</a> <a href="/take-part">Take part</a> <a href="/publications">Publications</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Could ketamine help prevent relapse after alcohol detox?</h1>
<p>We are recruiting adults aged 18&ndash;65 who have recently stopped drinking to take part in a randomised, placebo-controlled trial. Participants receive three ketamine or placebo infusions at our research facility, alongside a course of talking therapy, and are followed up for six months.</p>
<h2>Who can take part</h2>
<ul><li>Diagnosis of alcohol use disorder, abstinent for at least one week</li><li>Not currently using other drugs regularly</li><li>No history of psychosis, and no uncontrolled high blood pressure</li></ul>
<h2>What's involved</h2>
<p>About 12 visits over six months. We reimburse travel and pay &pound;20 per follow-up visit. You can withdraw at any time without giving a reason.</p>
<p>The study has been approved by an NHS Research Ethics Committee and is funded by a national research funder. It is registered on a public trial registry.</p>
<p><a href="/take-part/ketamine-alcohol">Check if you're eligible</a> or email the study team.</p>
</main>
<footer>&copy; University of the Midlands &middot; <a href="/privacy">Research privacy notice</a></footer>
""")

save(OUT, R)
