# Batch 113 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "The web in Europe and Latin America". Mostly non-English pages with local realities: national
# health systems and private clinics (SNS, SUS/CFM, GKV/OeGK, RAMQ, RIZIV, SSN, NHS/CQC, HSE, Medicare),
# local payment methods (Bizum, Pix, MB WAY, iDEAL, Twint, Satispay, Mercado Pago, SEPA, Bancontact,
# Payconiq, Lydia/Wero, Interac, PayID, PSE/Nequi), local messengers and marketplaces (Telegram,
# Snapchat, Session, Signal, WhatsApp, a Mexican marketplace, a Portuguese classifieds site), local
# regulators and rules (COFEPRIS, ANMAT/SENASA/SEDRONAR, INVIMA/ReTHUS, Anvisa/CFM, ERS, KBV video
# consultations, Health Canada/Collège des médecins, RIZIV, AIFA/NAS, CQC/GMC, AHPRA/Schedule 8, DEA/REMS,
# HSE/Revenue), local slang for the drug (keta, ket, la ké, la K, cetamina, Special K) and local
# harm-reduction, drug-checking and support services.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 10 English (UK 3, Ireland 2, Australia 2,
# US 3) and 30 non-English: es 7 (Spain, Mexico, Argentina, Colombia), pt 5 (Brazil, Portugal),
# de 5 (Germany, Austria, Switzerland), fr 5 (France, Belgium, Quebec), nl 4 (Netherlands, Flanders),
# it 4.
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), medium pages, short
# snippets and plain-text bios: Telegram/Snapchat bios, marketplace and classified listings, SEO doorway,
# vendor forum post, vet-pharmacy and research-chemical webshops, questionnaire-only pseudo-clinics,
# a bot-check wall (url-only); telepsychiatry services that refer for esketamine, an at-home ketamine
# membership; infusion clinics, hospital esketamine units, private practices; news, drug-checking
# warnings, harm-reduction fact sheets, a charity page and a job post.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch113.py (writes batch113/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch113")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ================================================================ Spanish (Spain, Mexico, Argentina, Colombia)

p("h11301", "https://t.me.example/s/ketamadrid_oficial", "seller", True, "es",
  "telegram-channel-bio-spain-bizum", "KETA MADRID 💎 Servicio 24/7", """
KETA MADRID 💎 Servicio 24/7
Canal oficial · 2.314 suscriptores

🔹 Keta cristal de la buena, en aguja, nada de polvo pisado
🔹 1 g — 35 € · 3 g — 95 € · 5 g — 140 €
🔹 Entrega en mano: Centro, Lavapiés, Malasaña, Chamberí y Tetuán. Resto de España por correo certificado, sobre acolchado sin remitente.
💸 Pago por Bizum (al número que os pase por privado, sin concepto) o USDT
📩 Pedidos solo por privado: @ketamad_pedidos
⚠️ No contestamos audios. No se fía. Si el canal cae, el de respaldo está en la descripción fijada.
""", ext="txt")

p("h11302", "https://www.mercaplaza-mx.example/MLM-2093348812-ketamina-1000mg-10ml-uso-veterinario-_JM", "seller", True, "es",
  "mexican-marketplace-listing-vet-ketamine-mercado-pago", "Ketamina 1000 Mg/10 Ml Uso Veterinario Frasco | MercaPlaza México", """
<header class="nav-header">
<a class="nav-logo" href="/">MercaPlaza</a>
<form class="nav-search"><input type="text" placeholder="Buscar productos, marcas y más…"><button>Buscar</button></form>
<div class="nav-location">Enviar a Iztapalapa 09000</div>
<nav class="nav-menu"><a href="/categorias">Categorías</a> <a href="/ofertas">Ofertas</a> <a href="/historial">Historial</a> <a href="/supermercado">Supermercado</a> <a href="/moda">Moda</a> <a href="/vender">Vender</a> <a href="/ayuda">Ayuda / PQR</a></nav>
<div class="nav-user"><a href="/registro">Crea tu cuenta</a> <a href="/login">Ingresa</a> <a href="/compras">Mis compras</a> <a href="/carrito">🛒</a></div>
</header>
<main class="vip">
<p class="breadcrumb"><a href="/animales-mascotas">Animales y Mascotas</a> › <a href="/animales-mascotas/farmacia-veterinaria">Farmacia Veterinaria</a> › <a href="/animales-mascotas/farmacia-veterinaria/anestesicos">Anestésicos</a></p>
<section class="ui-pdp-header">
<span class="ui-pdp-subtitle">Nuevo | +200 vendidos</span>
<h1 class="ui-pdp-title">Ketamina 1000 Mg/10 Ml Uso Veterinario Frasco Ámpula Original</h1>
<div class="ui-pdp-review">★★★★☆ 4.6 (87 opiniones)</div>
<div class="ui-pdp-price"><s>$2,290</s> <span class="price">$1,849</span> <span class="discount">19% OFF</span></div>
<p class="ui-pdp-installments">en 6 meses sin intereses de $308.17</p>
<p><a href="#medios">Ver los medios de pago</a></p>
<p class="ui-pdp-shipping"><strong>Envío gratis</strong> a todo el país · Llega mañana si compras dentro de las próximas 3 h 12 min</p>
<p class="ui-pdp-stock">Stock disponible · Cantidad: 1 unidad (37 disponibles)</p>
<button class="andes-button">Comprar ahora</button> <button class="andes-button--quiet">Agregar al carrito</button>
<ul class="ui-pdp-benefits">
<li>Devolución gratis. Tienes 30 días desde que lo recibes.</li>
<li>Compra Protegida, recibe el producto que esperabas o te devolvemos tu dinero.</li>
<li>Mercado Puntos. Sumas 55 puntos.</li>
</ul>
</section>
<section class="ui-pdp-seller">
<h2>Información sobre el vendedor</h2>
<p><strong>VETSUMINISTROS_GDL</strong> · MercadoLíder Platinum · Guadalajara, Jalisco</p>
<p>+1000 ventas en los últimos 60 días · Brinda buena atención · Despacha sus productos a tiempo</p>
</section>
<section class="ui-pdp-description">
<h2>Descripción</h2>
<p>Ketamina clorhidrato solución inyectable 1000 mg/10 ml. Frasco sellado, lote y caducidad vigentes (caduca 2028). Producto original de laboratorio veterinario nacional.</p>
<p>Se envía en caja sin logotipos, con protección de burbuja. Enviamos el mismo día si se paga antes de las 2 pm. NO se solicita receta ni cédula de médico veterinario, solo realiza tu compra normal.</p>
<p>Facturamos. Precio de mayoreo a partir de 5 piezas, pregúntanos.</p>
<p>*Uso exclusivo de médicos veterinarios. El uso que se le dé es responsabilidad del comprador.</p>
</section>
<section class="ui-pdp-questions" id="preguntas">
<h2>Preguntas y respuestas</h2>
<div class="q"><p>¿Tienen que mandar receta o algún documento?</p><p class="a">Hola, no es necesario, se envía directo a tu domicilio. Saludos. <span>18/11/2026</span></p></div>
<div class="q"><p>Puedo pagar en oxxo?</p><p class="a">Claro que sí, al elegir Mercado Pago te genera tu referencia para OXXO o 7-Eleven. <span>15/11/2026</span></p></div>
<div class="q"><p>es la misma que usan en las fiestas jaja</p><p class="a">Hola, el producto es de uso veterinario, cualquier otro uso es bajo tu responsabilidad. Quedamos a tus órdenes. <span>09/11/2026</span></p></div>
<div class="q"><p>Si compro 3 me lo dejan en menos?</p><p class="a">Sí, 3 piezas en $5,100 con envío gratis, agrégalas al carrito y te ajustamos. <span>02/11/2026</span></p></div>
<form><input placeholder="Escribe tu pregunta..."><button>Preguntar</button></form>
</section>
<section class="ui-pdp-payment" id="medios">
<h2>Medios de pago</h2>
<p>Mercado Pago · Tarjetas de crédito y débito (Visa, Mastercard, American Express) · Efectivo en OXXO, 7-Eleven, Farmacias del Ahorro · Transferencia SPEI · Meses sin tarjeta</p>
</section>
<section class="related">
<h3>Quienes vieron este producto también compraron</h3>
<ul><li>Xilazina 20 mg/ml 25 ml – $389</li><li>Jeringas 3 ml caja 100 pzas – $149</li><li>Agujas hipodérmicas 25G x 16 mm – $98</li><li>Báscula digital 0.01 g – $169</li></ul>
</section>
</main>
<footer class="nav-footer">
<p><a href="/ayuda">Trabaja con nosotros</a> · <a href="/terminos">Términos y condiciones</a> · <a href="/privacidad">Cómo cuidamos tu privacidad</a> · <a href="/accesibilidad">Accesibilidad</a> · <a href="/ayuda">Ayuda</a> · <a href="/profeco">PROFECO</a></p>
<p>Copyright © 1999-2026 MercaPlaza S. de R.L. de C.V. Av. Insurgentes Sur 1602, Crédito Constructor, Benito Juárez, 03940 CDMX.</p>
</footer>
""")

p("h11303", "https://guiaportena-noche.example/blog/donde-comprar-ketamina-argentina-2026", "seller", True, "es",
  "argentine-seo-doorway-blog-affiliate", "Dónde comprar ketamina en Argentina en 2026: guía sin vueltas", """
<header><a href="/">Guía Porteña de la Noche</a> <nav><a href="/boliches">Boliches</a> <a href="/fiestas">Fiestas electrónicas</a> <a href="/blog">Blog</a> <a href="/contacto">Contacto</a></nav></header>
<article>
<h1>Dónde comprar ketamina en Argentina en 2026: guía sin vueltas</h1>
<p class="meta">Actualizado el 2 de diciembre de 2026 · 7 min de lectura</p>
<p>Si llegaste hasta acá es porque ya te cansaste de pedirle al "amigo de un amigo" y que te llegue cualquier cosa. La keta que se mueve en los after de Palermo y en las fiestas de Costanera muchas veces viene estirada, y pagar 50 lucas por un gramo que no pega es lo peor que te puede pasar un sábado.</p>
<h2>¿Por qué no comprar en la calle?</h2>
<p>Tres razones: no sabés qué te dan, te exponés a un quilombo con la cana y el precio cambia según la cara que pongas. Comprar online es más tranquilo: elegís la cantidad, pagás y te llega a tu casa.</p>
<h2>La tienda que recomendamos</h2>
<p>Después de probar varias, la que nunca nos falló es <a href="https://ketasur-store.example/?ref=guiaportena" rel="sponsored nofollow">KetaSur Store</a>. Trabajan con cristal importado y lo mandan por Andreani o Correo Argentino a todo el país, en un paquete que parece una compra de ropa.</p>
<ul>
<li>1 g: $48.000 · 3 g: $129.000 · 5 g: $199.000</li>
<li>Pagás con Mercado Pago (te pasan un alias a nombre de una tienda de indumentaria), transferencia o USDT</li>
<li>No piden receta ni datos raros, solo nombre y dirección de entrega</li>
<li>En CABA y GBA tienen moto mensajería en el día</li>
</ul>
<p class="cta"><a class="btn" href="https://ketasur-store.example/?ref=guiaportena&amp;cupon=NOCHE10">👉 Ir a KetaSur Store con 10% OFF (cupón NOCHE10)</a></p>
<h2>¿Y la esketamina en spray?</h2>
<p>Algunos lectores nos preguntan por el spray nasal que sale en las noticias. Ese lo dan en consultorio y cuesta una fortuna; si lo que buscás es la experiencia, con la keta común alcanza y sobra.</p>
<h2>Consejos rápidos</h2>
<p>Empezá con poco, no mezcles con alcohol y no manejes. Y si vas a comprar, hacelo en un lugar con buenas reseñas, como el que te dejamos arriba.</p>
</article>
<aside><h3>Lo más leído</h3><ul><li>Los 10 mejores boliches de Palermo</li><li>Qué llevar a un festival en Tecnópolis</li><li>Cómo volver a casa seguro después de un after</li></ul></aside>
<footer><p>Guía Porteña de la Noche · Algunos enlaces son de afiliados y podemos cobrar una comisión.</p></footer>
""")

p("h11304", "https://menteclara-telepsiquiatria.example/servicios/depresion-resistente", "telehealth", False, "es",
  "colombian-telepsychiatry-long-refers-esketamine", "Depresión resistente al tratamiento | MenteClara Telepsiquiatría Colombia", """
<header class="site">
<a class="brand" href="/">MenteClara <span>Telepsiquiatría</span></a>
<nav><a href="/">Inicio</a> <a href="/servicios">Servicios</a> <a href="/equipo">Nuestros psiquiatras</a> <a href="/tarifas">Tarifas</a> <a href="/convenios">Convenios EPS y prepagadas</a> <a href="/preguntas">Preguntas frecuentes</a> <a class="btn" href="/agendar">Agendar consulta</a></nav>
</header>
<main>
<h1>Depresión resistente al tratamiento: evaluación por videollamada con psiquiatra</h1>
<p class="lead">Si ya probó dos o más antidepresivos a dosis adecuadas y el ánimo no mejora, no está solo. En MenteClara un psiquiatra con registro en ReTHUS revisa su caso completo por videoconsulta y le propone un plan realista, desde Bogotá, Medellín, Cali, Barranquilla o cualquier municipio con buena conexión.</p>
<h2>Cómo funciona</h2>
<ol>
<li><strong>Agenda y pago.</strong> Elige horario en línea. La primera consulta particular cuesta $290.000 COP y se paga por PSE, Nequi, Daviplata o tarjeta. Si tiene medicina prepagada con la que tenemos convenio, solo paga el bono.</li>
<li><strong>Historia clínica previa.</strong> Le enviamos un formulario seguro para adjuntar fórmulas anteriores, epicrisis y exámenes. No reemplaza la consulta: solo nos ayuda a aprovechar el tiempo.</li>
<li><strong>Videoconsulta de 60 minutos.</strong> El psiquiatra evalúa síntomas, antecedentes médicos, consumo de sustancias, riesgo suicida y tratamientos previos. Puede solicitar paraclínicos o una valoración presencial si lo considera necesario.</li>
<li><strong>Plan de tratamiento.</strong> Recibirá la historia clínica y, si aplica, la fórmula médica electrónica para dispensar en la farmacia de su preferencia o de su EPS.</li>
<li><strong>Controles.</strong> Seguimiento cada 3 a 6 semanas, también por video.</li>
</ol>
<h2>¿Y la esketamina intranasal?</h2>
<p>La esketamina en spray nasal está aprobada por el INVIMA para adultos con depresión resistente, en combinación con un antidepresivo oral. No es un medicamento para usar en casa: cada sesión se aplica en una institución prestadora de servicios de salud habilitada, con el paciente en observación durante al menos dos horas, control de tensión arterial y un acompañante para el regreso.</p>
<p>Por eso <strong>MenteClara no envía esketamina ni ketamina a domicilio</strong>. Cuando nuestro psiquiatra considera que usted es candidato, le entrega un resumen clínico y lo remite a una de nuestras IPS aliadas en Bogotá (Chapinero y Usaquén) y Medellín (El Poblado), donde el equipo presencial confirma la indicación y programa las sesiones. Seguimos acompañándolo por video entre sesiones.</p>
<p>Tampoco realizamos infusiones de ketamina. Si usted vio ofertas de "ketamina online" por WhatsApp o redes sociales sin consulta médica, le pedimos no comprarlas: no hay forma de saber qué contienen.</p>
<h2>Nuestros psiquiatras</h2>
<ul class="team">
<li>Dra. Natalia Ruiz Cárdenas — Psiquiatra, Universidad Nacional de Colombia. RM 52.883.104</li>
<li>Dr. Andrés Felipe Ospina — Psiquiatra de adultos, Universidad de Antioquia. RM 71.624.557</li>
<li>Dra. Camila Herrera Vélez — Psiquiatra y psicoterapeuta. RM 1.020.774.312</li>
</ul>
<h2>Preguntas frecuentes</h2>
<details><summary>¿La consulta virtual sirve para incapacidades?</summary><p>Sí, el psiquiatra puede emitir incapacidad cuando está clínicamente justificada.</p></details>
<details><summary>¿Atienden urgencias?</summary><p>No. Si está en crisis o piensa en hacerse daño, llame a la línea 106 en Bogotá, a la línea 192 opción 4, o acuda al servicio de urgencias más cercano.</p></details>
<details><summary>¿Puedo usar mi EPS?</summary><p>Por ahora atendemos de forma particular y por convenios con prepagadas. Con su historia clínica puede solicitar continuidad en su EPS.</p></details>
</main>
<footer>
<p>MenteClara Telepsiquiatría S.A.S. · NIT 901.448.217-3 · Prestador habilitado en la modalidad de telemedicina · Calle 93 # 11A-28, Bogotá D.C.</p>
<p><a href="/privacidad">Política de tratamiento de datos (Ley 1581 de 2012)</a> · <a href="/terminos">Términos</a> · WhatsApp solo para agendamiento: +57 601 000 0000</p>
</footer>
""")

p("h11305", "https://clinicaserena-madrid.example/unidad-ketamina-esketamina", "clinic", False, "es",
  "madrid-private-psychiatry-clinic-long-bizum-deposit", "Unidad de Esketamina y Ketamina | Clínica Serena · Psiquiatría en Madrid", """
<header class="cabecera">
<div class="top">📍 Calle de Velázquez 96, 28006 Madrid · ☎ 910 000 000 · Lunes a viernes 9:00–20:30</div>
<a class="logo" href="/">Clínica Serena <small>Psiquiatría y Psicología</small></a>
<nav><a href="/">Inicio</a> <a href="/equipo">Equipo</a> <a href="/tratamientos">Tratamientos</a> <a href="/unidad-ketamina-esketamina" class="activo">Unidad de Esketamina</a> <a href="/tarifas">Tarifas</a> <a href="/aseguradoras">Aseguradoras</a> <a href="/blog">Blog</a> <a class="boton" href="/pedir-cita">Pedir cita</a></nav>
</header>
<main>
<section class="hero">
<h1>Unidad de Esketamina y Ketamina para depresión resistente</h1>
<p>Tratamiento presencial, supervisado por psiquiatras y enfermería, en un entorno tranquilo del barrio de Salamanca.</p>
<a class="boton" href="/pedir-cita">Solicitar valoración</a>
</section>
<section>
<h2>¿A quién va dirigido?</h2>
<p>A adultos con un trastorno depresivo mayor que no ha respondido a al menos dos antidepresivos diferentes, y a algunos pacientes con ideación suicida que ya están en seguimiento psiquiátrico. La indicación siempre la establece un psiquiatra tras una consulta presencial; no ofrecemos tratamientos "a demanda".</p>
</section>
<section>
<h2>Cómo es el proceso</h2>
<h3>1. Consulta de valoración (60 min)</h3>
<p>Revisamos su historia, tratamientos previos, tensión arterial, antecedentes cardiovasculares y consumo de sustancias. Si viene derivado por su psiquiatra o médico de familia, traiga el informe.</p>
<h3>2. Sesiones en la sala de tratamiento</h3>
<p>La esketamina intranasal se autoadministra en la clínica bajo observación directa. Después permanecerá en reposo al menos dos horas, con control de constantes. En casos seleccionados ofrecemos ketamina intravenosa a dosis subanestésicas, en infusión de 40 minutos con monitorización continua.</p>
<h3>3. Fase de inducción y mantenimiento</h3>
<p>Habitualmente dos sesiones semanales durante cuatro semanas y después espaciamiento progresivo según respuesta. Coordinamos el seguimiento con su psiquiatra habitual si lo tiene.</p>
<p class="aviso">El día de la sesión no podrá conducir. Venga acompañado o utilice transporte público o taxi.</p>
</section>
<section>
<h2>Sistema público y privado</h2>
<p>En el Sistema Nacional de Salud la esketamina se dispensa a través de los servicios de farmacia hospitalaria, por lo que muchos pacientes la reciben en su hospital de referencia. Nuestra unidad es privada: atendemos a pacientes que prefieren hacerlo fuera del circuito público o que necesitan otro horario. Algunas pólizas de salud cubren la consulta de psiquiatría; la medicación y el uso de sala se consultan caso a caso con su aseguradora.</p>
</section>
<section id="tarifas">
<h2>Tarifas orientativas 2026</h2>
<table>
<tr><td>Consulta de valoración psiquiátrica</td><td>160 €</td></tr>
<tr><td>Sesión de esketamina intranasal (uso de sala, enfermería y observación; medicación aparte según dosis)</td><td>desde 220 €</td></tr>
<tr><td>Sesión de ketamina IV (incluye medicación y monitorización)</td><td>390 €</td></tr>
<tr><td>Revisión de seguimiento</td><td>95 €</td></tr>
</table>
<p>Para confirmar la primera sesión pedimos una señal de 50 € por Bizum o tarjeta, que se descuenta de la factura. Si cancela con 48 horas de antelación se devuelve íntegramente.</p>
</section>
<section>
<h2>Preguntas frecuentes</h2>
<details><summary>¿Me pueden dar esketamina para hacerla en casa?</summary><p>No. Por ficha técnica, la administración debe realizarse bajo supervisión de un profesional sanitario. No enviamos medicación a domicilio.</p></details>
<details><summary>¿Necesito volante?</summary><p>No es obligatorio, pero un informe de su médico nos ayuda.</p></details>
<details><summary>¿Puedo pagar en efectivo?</summary><p>Sí, en recepción aceptamos efectivo, tarjeta y Bizum.</p></details>
</section>
</main>
<footer>
<p>Clínica Serena S.L. · Centro sanitario autorizado por la Comunidad de Madrid, registro CS12874 · Director médico: Dr. Javier Montalbán Ruiz, colegiado 28/54112</p>
<p><a href="/aviso-legal">Aviso legal</a> · <a href="/privacidad">Política de privacidad</a> · <a href="/cookies">Política de cookies</a></p>
</footer>
""", noise="cookie-es")

p("h11306", "https://clinica-alba-gdl.example/ketamina", "clinic", False, "es",
  "mexican-infusion-clinic-short-whatsapp-booking", "Infusiones de ketamina en Guadalajara | Clínica Alba", """
<div class="promo">
<h1>Infusiones de ketamina en Guadalajara</h1>
<p>Valoración psiquiátrica presencial: $1,400 MXN. Si eres candidato, programamos una serie de 6 infusiones IV (dos por semana) con monitoreo de signos vitales por anestesiólogo. Paquete de 6 sesiones: $27,000 MXN, pago con tarjeta o transferencia, hasta 3 meses sin intereses.</p>
<p>Av. Américas 1500, Providencia · Aviso de funcionamiento COFEPRIS · Responsable sanitario: Dra. Mariana Ochoa Lomelí, céd. prof. 9127733</p>
<p><a href="https://wa.me.example/523300000000">Agenda tu valoración por WhatsApp</a></p>
</div>
""")

p("h11307", "https://diarioelconurbano.example/policiales/2026/11/28/keta-veterinaria-instagram", "informational", False, "es",
  "argentine-news-vet-ketamine-diverted-instagram", "Vendían ketamina de uso veterinario por Instagram como \"keta\": cuatro detenidos en Lomas de Zamora", """
<header><a href="/">Diario El Conurbano</a> <nav><a href="/politica">Política</a> <a href="/policiales">Policiales</a> <a href="/sociedad">Sociedad</a> <a href="/deportes">Deportes</a></nav></header>
<article>
<h1>Vendían ketamina de uso veterinario por Instagram como "keta": cuatro detenidos en Lomas de Zamora</h1>
<p class="bajada">La investigación empezó por una veterinaria que compraba frascos muy por encima de lo que justificaba su actividad. La droga se ofrecía con envío en moto a fiestas de zona sur y CABA.</p>
<p class="firma">Por Lucía Ferrándiz · 28 de noviembre de 2026</p>
<p>Cuatro personas fueron detenidas tras una serie de allanamientos en Lomas de Zamora, Banfield y Temperley, en una causa por comercialización de ketamina desviada del circuito veterinario. Según fuentes de la investigación, el grupo compraba frascos de ketamina inyectable a través de una veterinaria habilitada, evaporaba el líquido y vendía el polvo resultante como "keta" o "special K".</p>
<p>La venta se hacía a través de una cuenta de Instagram con historias destacadas tituladas "menú" y "envíos". Los pedidos se cerraban por mensaje directo y el pago se recibía mediante transferencias a billeteras virtuales a nombre de terceros. Los investigadores estimaron que el gramo se vendía entre 40.000 y 55.000 pesos.</p>
<p>En los procedimientos se secuestraron 63 frascos de 10 ml, balanzas de precisión, bolsas tipo ziploc y tres teléfonos celulares. La veterinaria fue clausurada preventivamente.</p>
<p>La ketamina es un anestésico de uso humano y veterinario cuya comercialización está controlada. Desde la ANMAT recordaron que los medicamentos de uso humano solo pueden dispensarse con receta en farmacias habilitadas, y que los productos veterinarios están sujetos al control del SENASA. "Lo que se vende en redes no tiene ningún control: puede tener la dosis que sea o directamente otra sustancia", explicó una toxicóloga del Hospital Fernández consultada por este medio.</p>
<p>Desde la SEDRONAR señalaron que la línea 141 atiende consultas sobre consumos de manera gratuita y anónima las 24 horas.</p>
</article>
<footer><p>© 2026 Diario El Conurbano · Todos los derechos reservados</p></footer>
""")

# ================================================================ Portuguese (Brazil, Portugal)

p("h11308", "https://farmaliberdade-br.example/produto/cetamina-10-veterinaria-50ml", "seller", True, "pt",
  "brazilian-vet-shop-pix-no-prescription-long", "Cetamina 10% Veterinária 50 ml – Farma Liberdade | Entrega para todo o Brasil", """
<header class="topo">
<div class="faixa">🚚 FRETE GRÁTIS acima de R$ 499 · 💠 10% OFF pagando no PIX · Envio discreto para todo o Brasil</div>
<a class="logo" href="/">Farma Liberdade <small>Saúde animal e bem-estar</small></a>
<form class="busca"><input placeholder="O que você procura?"><button>🔍</button></form>
<nav><a href="/categoria/anestesicos">Anestésicos</a> <a href="/categoria/sedativos">Sedativos</a> <a href="/categoria/bem-estar">Bem-estar</a> <a href="/categoria/kits">Kits</a> <a href="/rastreio">Rastrear pedido</a> <a href="/carrinho">Carrinho (0)</a></nav>
</header>
<main class="produto">
<p class="migalhas"><a href="/">Início</a> › <a href="/categoria/anestesicos">Anestésicos</a> › Cetamina 10% 50 ml</p>
<div class="galeria"><img src="/img/cetamina-50ml.jpg" alt="Frasco de cetamina 50 ml"></div>
<div class="info">
<h1>Cetamina 10% Veterinária – Frasco 50 ml</h1>
<p class="avaliacao">★★★★★ 4,9 (312 avaliações)</p>
<p class="preco"><s>R$ 459,90</s> <strong>R$ 389,90</strong> <span>ou R$ 350,91 no PIX</span></p>
<p class="parcelas">ou 6x de R$ 64,98 sem juros no cartão</p>
<label>Quantidade <select><option>1 frasco</option><option>2 frascos (R$ 749,90)</option><option>5 frascos (R$ 1.749,00)</option></select></label>
<button class="comprar">COMPRAR AGORA</button>
<p class="selos">✅ Sem receita, sem burocracia · 🔒 Compra 100% segura · 📦 Embalagem neutra sem identificação</p>
<p class="whats"><a href="https://wa.me.example/5511900000000">Dúvidas? Fale com a gente no WhatsApp</a></p>
</div>
<section class="descricao">
<h2>Descrição</h2>
<p>Cetamina (cloridrato de cetamina) 100 mg/ml, solução injetável de uso veterinário. Produto lacrado, com lote e validade visíveis no frasco. Origem: laboratório nacional registrado.</p>
<p>Também disponível em <a href="/produto/cetamina-10-veterinaria-10ml">frasco de 10 ml (R$ 119,90)</a> e em <a href="/produto/cetamina-cristal-5g">cristal 5 g (R$ 690,00)</a>, já seco e pronto.</p>
<h2>Como funciona a entrega?</h2>
<p>Pedidos pagos no PIX até as 15h são postados no mesmo dia via Sedex ou transportadora parceira. Enviamos código de rastreio por WhatsApp e e-mail. A embalagem é parda, sem logotipo, e no remetente vai o nome de uma loja de acessórios. Se o pacote for retido, reenviamos sem custo (uma vez por pedido).</p>
<h2>Preciso de receita de veterinário?</h2>
<p>Não pedimos receita nem CRMV. Basta finalizar o pedido normalmente. O comprador se responsabiliza pelo uso do produto.</p>
<h2>Formas de pagamento</h2>
<p>PIX (aprovação imediata, 10% de desconto), cartão de crédito em até 6x, boleto bancário (compensação em até 2 dias úteis) e criptomoedas (USDT na rede TRON).</p>
</section>
<section class="avaliacoes">
<h2>Avaliações</h2>
<blockquote>"Chegou em 3 dias em BH, caixa sem nada escrito. Produto original, igual ao da clínica." – Rafael M.</blockquote>
<blockquote>"Segunda compra, atendimento pelo zap nota 10." – Juliana P.</blockquote>
<blockquote>"Pedi o cristal, veio bem embalado e pesado certinho." – Anônimo</blockquote>
</section>
</main>
<footer>
<p>Farma Liberdade Comércio de Produtos Veterinários · CNPJ 00.000.000/0001-00 · Atendimento de segunda a sábado, 9h às 20h</p>
<p><a href="/politica-de-troca">Política de troca</a> · <a href="/privacidade">Privacidade</a> · <a href="/quem-somos">Quem somos</a></p>
</footer>
""", noise="cookie-pt")

p("h11309", "https://classificadosja-pt.example/anuncio/porto/vendo-keta-entrega-em-mao-ou-ctt-ID7dkQ2", "seller", True, "pt",
  "portuguese-classified-ad-mbway-short", "Vendo keta – entrega em mão ou CTT – Porto | ClassificadosJá", """
<div class="anuncio">
<p class="cat">Outras vendas › Porto, Bonfim · Publicado hoje às 01:47</p>
<h1>Vendo keta – entrega em mão ou CTT</h1>
<p class="preco">25 €</p>
<p>Keta de qualidade, cristal. 25€ o grama, 110€ 5 gramas. Entrego em mão no Porto e Gaia, resto do país por CTT Expresso em envelope normal. Pagamento por MB WAY antes do envio. Contacto só por Signal ou Telegram, não respondo aqui.</p>
<p class="vendedor">Utilizador: ricardo_p92 · No ClassificadosJá desde novembro 2026</p>
<button>Denunciar anúncio</button>
</div>
""")

p("h11310", "https://vivazpsiquiatria-online.example/escetamina", "telehealth", False, "pt",
  "brazilian-telepsychiatry-cfm-refers-partner-clinic", "Escetamina e depressão resistente | Vivaz Psiquiatria Online", """
<header><a href="/">Vivaz Psiquiatria Online</a> <nav><a href="/como-funciona">Como funciona</a> <a href="/medicos">Médicos</a> <a href="/precos">Preços</a> <a href="/blog">Blog</a> <a class="cta" href="/agendar">Agendar teleconsulta</a></nav></header>
<main>
<h1>Escetamina nasal: quando faz sentido e como a Vivaz te ajuda</h1>
<p>A escetamina em spray nasal é aprovada pela Anvisa para adultos com depressão resistente e para sintomas depressivos com risco de suicídio, sempre junto com um antidepressivo oral. Ela não é vendida em farmácia comum para uso em casa: cada aplicação acontece em um serviço de saúde, com observação por pelo menos duas horas.</p>
<h2>O que fazemos por teleconsulta</h2>
<p>Nossas consultas seguem a Resolução CFM nº 2.314/2022 sobre telemedicina. Na primeira teleconsulta (50 minutos, por vídeo), um psiquiatra com CRM e RQE ativos revisa seu histórico, os antidepressivos já usados, doses e tempo de uso, pressão arterial, uso de álcool e outras substâncias. Quando necessário, pedimos exames ou uma avaliação presencial.</p>
<p>Se a escetamina for indicada, você recebe um relatório médico e um encaminhamento para uma das clínicas parceiras (São Paulo – Pinheiros, Campinas, Rio de Janeiro – Botafogo e Belo Horizonte – Savassi), onde o tratamento é aplicado e monitorado presencialmente. Continuamos cuidando do seu acompanhamento online entre as sessões.</p>
<p><strong>Não enviamos escetamina nem cetamina pelo correio</strong>, e não prescrevemos cetamina para uso domiciliar.</p>
<h2>Valores</h2>
<ul>
<li>Primeira teleconsulta: R$ 450 (Pix ou cartão em até 3x)</li>
<li>Retorno: R$ 320</li>
<li>Emitimos recibo para reembolso do plano de saúde</li>
</ul>
<h2>Quem atende</h2>
<p>Dra. Beatriz Lemos Azevedo – CRM-SP 148.221 / RQE 61.004 · Dr. Thiago Rangel Sá – CRM-RJ 52.981.337-2 / RQE 27.118</p>
<p class="aviso">Em crise? Ligue 188 (CVV) ou procure o pronto-socorro ou o CAPS mais próximo. A Vivaz não atende emergências.</p>
</main>
<footer><p>Vivaz Serviços Médicos Ltda. · Diretor técnico: Dr. Thiago Rangel Sá · <a href="/lgpd">Privacidade e LGPD</a></p></footer>
""")

p("h11311", "https://hospitalparticulardotejo.example/especialidades/psiquiatria/escetamina", "clinic", False, "pt",
  "lisbon-private-hospital-esketamine-mbway", "Tratamento com escetamina – Psiquiatria | Hospital Particular do Tejo", """
<div class="rgpd">Este site utiliza cookies para melhorar a navegação. Ao continuar, aceita a nossa <a href="/cookies">política de cookies</a>. <button>Aceitar</button> <button>Rejeitar</button></div>
<header><a href="/">Hospital Particular do Tejo</a> <nav><a href="/especialidades">Especialidades</a> <a href="/medicos">Médicos</a> <a href="/acordos">Acordos e seguros</a> <a href="/marcacoes">Marcações</a> <a href="/urgencia">Atendimento Permanente</a></nav></header>
<main>
<p class="migalhas">Especialidades › Psiquiatria › Tratamento com escetamina</p>
<h1>Tratamento com escetamina para depressão resistente</h1>
<p>O Serviço de Psiquiatria do Hospital Particular do Tejo disponibiliza o tratamento com escetamina por via intranasal em regime de hospital de dia, no piso 3 do edifício principal em Lisboa (Alcântara).</p>
<h2>Como aceder</h2>
<p>O tratamento só é iniciado depois de uma consulta de psiquiatria no hospital. Pode ser referenciado pelo seu psiquiatra ou médico de família, ou marcar diretamente. Traga relatórios e a lista de medicação atual.</p>
<h2>Como decorre uma sessão</h2>
<p>O doente aplica o spray sob supervisão da equipa de enfermagem e permanece em vigilância durante cerca de duas horas, com medição da tensão arterial antes e depois. Não deve conduzir no próprio dia.</p>
<h2>Custos e comparticipação</h2>
<p>A consulta está abrangida pelos acordos com ADSE, Médis, Multicare e AdvanceCare, nos termos de cada plano. O medicamento e a sessão de hospital de dia são orçamentados individualmente após a consulta. Para confirmar a primeira sessão pedimos um pré-pagamento de 40 € por MB WAY ou referência Multibanco, descontado na fatura final.</p>
<p>No Serviço Nacional de Saúde, o tratamento é disponibilizado em alguns hospitais públicos, mediante referenciação. Podemos orientá-lo sobre essa alternativa.</p>
<p><a class="btn" href="/marcacoes?esp=psiquiatria">Marcar consulta de psiquiatria</a> · Linha de marcações 210 000 000</p>
</main>
<footer><p>Hospital Particular do Tejo, S.A. · Licenciado pela Entidade Reguladora da Saúde · Livro de Reclamações Eletrónico</p></footer>
""")

p("h11312", "https://coletivobaque.example/substancias/cetamina", "informational", False, "pt",
  "brazilian-harm-reduction-collective-fact-sheet", "Cetamina (keta, K) – Redução de danos | Coletivo Baque", """
<header><a href="/">Coletivo Baque</a> <small>redução de danos em festas e festivais desde 2014</small> <nav><a href="/substancias">Substâncias</a> <a href="/testagem">Testagem</a> <a href="/agenda">Onde estaremos</a> <a href="/apoie">Apoie</a></nav></header>
<main>
<h1>Cetamina (keta, K, special K)</h1>
<p>A cetamina é um anestésico dissociativo usado em medicina humana e veterinária. Nas festas circula principalmente como pó ou cristal, quase sempre vindo de frascos veterinários evaporados ou de remessas contrabandeadas. Nos últimos anos também encontramos no nosso estande amostras vendidas como "keta" que eram outras substâncias.</p>
<h2>Efeitos</h2>
<p>Em doses baixas: leveza, sensação de estar "fora do corpo", dificuldade de coordenação. Em doses maiores: desconexão intensa do ambiente, o chamado "buraco K", com confusão, imobilidade e perda da noção de tempo. O início é rápido quando cheirada (5 a 15 minutos) e o efeito principal dura de 45 a 90 minutos.</p>
<h2>Riscos</h2>
<ul>
<li>Quedas, afogamentos e acidentes: você pode não perceber onde está nem sentir dor.</li>
<li>Misturar com álcool, GHB/G ou benzodiazepínicos aumenta muito o risco de desmaio e vômito com engasgo.</li>
<li>Uso frequente pode causar lesões na bexiga (dor ao urinar, sangue na urina, vontade de urinar toda hora). Se isso acontecer, pare e procure atendimento: quanto antes, melhor a recuperação.</li>
<li>Tolerância cresce rápido e há relatos de uso compulsivo.</li>
</ul>
<h2>Se for usar</h2>
<ul>
<li>Teste a sua amostra. O reagente Morris ou Mandelin ajuda a indicar cetamina, mas não descarta todos os adulterantes.</li>
<li>Comece com uma "ponta de chave" e espere.</li>
<li>Use sentado, em lugar seguro, perto de gente de confiança. Nunca na água.</li>
<li>Não dirija nem pilote moto.</li>
</ul>
<h2>E a escetamina que aparece no jornal?</h2>
<p>A escetamina em spray é um remédio para depressão aplicado em clínica, com acompanhamento médico. Perfis que dizem vender "escetamina" ou "cetamina terapêutica" por Pix e WhatsApp não são clínicas. Se você busca tratamento, procure o CAPS da sua cidade ou um psiquiatra.</p>
<p class="contato">Precisa conversar? Nosso plantão de redução de danos no Instagram funciona nas noites de sexta e sábado. Não vendemos nem indicamos onde comprar substâncias.</p>
</main>
<footer><p>Coletivo Baque · associação sem fins lucrativos · Conteúdo livre para reprodução com crédito</p></footer>
""")

# ================================================================ German (Germany, Austria, Switzerland)

p("h11313", "https://medvita-direkt.example/esketamin-nasenspray-online-bestellen", "seller", True, "de",
  "german-pseudo-online-pharmacy-questionnaire-only-long", "Esketamin Nasenspray online bestellen – ohne Arztbesuch | MedVita Direkt", """
<header class="kopf">
<div class="usp">✓ Ärztliche Prüfung online ✓ Versand aus EU-Apotheke ✓ Diskrete Verpackung ✓ Lieferung in 1–3 Werktagen</div>
<a class="logo" href="/">MedVita <b>Direkt</b></a>
<nav><a href="/behandlungen">Behandlungen</a> <a href="/behandlungen/psyche">Psyche &amp; Stimmung</a> <a href="/behandlungen/maennergesundheit">Männergesundheit</a> <a href="/behandlungen/abnehmen">Abnehmen</a> <a href="/so-funktionierts">So funktioniert's</a> <a href="/hilfe">Hilfe</a> <a href="/warenkorb">Warenkorb</a></nav>
</header>
<main>
<section class="hero">
<h1>Esketamin Nasenspray online bestellen</h1>
<p>Schnelle Hilfe bei Depression – ohne Wartezeit auf einen Facharzttermin. Füllen Sie unseren medizinischen Fragebogen aus, und einer unserer Partnerärzte prüft Ihre Angaben. Nach Freigabe versendet unsere Partnerapotheke Ihr Medikament direkt zu Ihnen nach Hause.</p>
<p class="bewertung">★★★★★ 4,8/5 aus 2.941 Bewertungen</p>
<a class="btn-primary" href="/fragebogen/esketamin">Jetzt Fragebogen starten (ca. 3 Minuten)</a>
</section>
<section class="preise">
<h2>Preise inkl. ärztlicher Prüfung</h2>
<table>
<tr><th>Packung</th><th>Preis</th></tr>
<tr><td>Esketamin 28 mg Nasenspray – 2 Sprühgeräte (56 mg)</td><td>249,00 €</td></tr>
<tr><td>Esketamin 28 mg Nasenspray – 3 Sprühgeräte (84 mg)</td><td>349,00 €</td></tr>
<tr><td>Monatspaket – 8 Sprühgeräte</td><td>799,00 € <span class="badge">Beliebt</span></td></tr>
</table>
<p class="klein">Kein Rezept erforderlich – das Rezept wird nach Prüfung Ihres Fragebogens von unserem Partnerarzt ausgestellt. Keine Videosprechstunde notwendig.</p>
</section>
<section class="ablauf">
<h2>So einfach geht's</h2>
<ol>
<li><strong>Fragebogen ausfüllen</strong> – Angaben zu Beschwerden, bisherigen Medikamenten und Vorerkrankungen.</li>
<li><strong>Ärztliche Freigabe</strong> – in der Regel innerhalb von 2 Stunden, auch am Wochenende.</li>
<li><strong>Bezahlen</strong> – per SEPA-Lastschrift, Sofortüberweisung, Klarna Rechnung, PayPal oder Bitcoin (5 % Rabatt).</li>
<li><strong>Lieferung</strong> – neutraler Karton ohne Hinweis auf den Inhalt, auf Wunsch an eine Packstation.</li>
</ol>
</section>
<section class="faq">
<h2>Häufige Fragen</h2>
<details><summary>Muss ich das Nasenspray in einer Praxis anwenden?</summary><p>Viele unserer Kundinnen und Kunden wenden das Spray bequem zu Hause an. Bitte lesen Sie die Packungsbeilage und legen Sie sich nach der Anwendung für eine Weile hin.</p></details>
<details><summary>Erfährt meine Krankenkasse davon?</summary><p>Nein. Die Behandlung ist eine Selbstzahlerleistung, wir rechnen nicht mit Ihrer Krankenkasse ab und es erfolgt kein Eintrag in Ihre Patientenakte.</p></details>
<details><summary>Woher kommt das Medikament?</summary><p>Unsere Partnerapotheke sitzt im EU-Ausland und liefert innerhalb der EU. Die Ware ist original verpackt oder wird als Import in neutraler Verpackung geliefert.</p></details>
<details><summary>Was, wenn mein Fragebogen abgelehnt wird?</summary><p>Das kommt sehr selten vor. Meist reicht es, ein oder zwei Angaben zu ergänzen.</p></details>
<details><summary>Gibt es auch Ketamin?</summary><p>Ja, Ketamin-Lutschtabletten (Troches) 100 mg und 150 mg finden Sie unter <a href="/behandlungen/psyche/ketamin-troches">Ketamin Troches</a>.</p></details>
</section>
</main>
<footer>
<p>MedVita Direkt ist eine Plattform der MedVita Digital Ltd., Sliema, Malta. Wir vermitteln ärztliche Leistungen unabhängiger Partnerärzte und Arzneimittel von Partnerapotheken.</p>
<p><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · <a href="/agb">AGB</a> · <a href="/widerruf">Widerrufsbelehrung</a></p>
<p class="trust">SSL-verschlüsselt · Trusted-Siegel · Zahlungsarten: SEPA · Sofort · Klarna · PayPal · Bitcoin</p>
</footer>
""", noise="cookie-de")

p("h11314", "https://alpen-reagenz.example/shop/arylcyclohexylamine/2f-dck", "seller", True, "de",
  "swiss-research-chemical-shop-twint-analogue", "2F-DCK 1 g – Forschungschemikalie | Alpen-Reagenz Schweiz", """
<header><a href="/">Alpen-Reagenz</a> <span>Referenzmaterialien für Labor und Forschung · Versand aus der Schweiz</span>
<nav><a href="/shop">Shop</a> <a href="/shop/arylcyclohexylamine">Arylcyclohexylamine</a> <a href="/shop/tryptamine">Tryptamine</a> <a href="/shop/pellets">Pellets</a> <a href="/versand">Versand &amp; Zahlung</a> <a href="/warenkorb">Warenkorb</a></nav></header>
<main>
<h1>2F-DCK (2-Fluorodeschloroketamin) – Kristallin, ≥ 99 %</h1>
<table class="staffel">
<tr><td>0,5 g</td><td>CHF 24.–</td></tr>
<tr><td>1 g</td><td>CHF 39.–</td></tr>
<tr><td>5 g</td><td>CHF 149.–</td></tr>
<tr><td>10 g</td><td>CHF 259.–</td></tr>
</table>
<button>In den Warenkorb</button>
<p>Strukturanalog zu Ketamin. Feine Kristalle, analytisch geprüft (GC-MS-Bericht auf Anfrage). Ebenfalls im Sortiment: <a href="/shop/arylcyclohexylamine/dck">DCK (Deschloroketamin)</a>, <a href="/shop/arylcyclohexylamine/o-pce">O-PCE</a> und <a href="/shop/arylcyclohexylamine/3-meo-pcp">3-MeO-PCP</a>.</p>
<p class="hinweis">Nur für Forschungszwecke. Nicht für den menschlichen Verzehr bestimmt. Verkauf nur an Personen ab 18 Jahren. Mit der Bestellung bestätigen Sie, dass Sie die Substanz ausschliesslich für In-vitro-Untersuchungen verwenden.</p>
<h2>Versand &amp; Zahlung</h2>
<p>Bezahlung mit TWINT, Banküberweisung oder Monero. Versand innerhalb der Schweiz mit A-Post Plus im gefütterten Couvert ohne Absender. Lieferungen nach Deutschland und Österreich auf Anfrage über unseren Telegram-Support @alpenreagenz_support.</p>
</main>
<footer><p>© 2026 Alpen-Reagenz · Kein Verkauf an Konsumenten · <a href="/agb">AGB</a></p></footer>
""")

p("h11315", "https://psychiatrie-online-praxis.example/depression/esketamin", "telehealth", False, "de",
  "german-video-psychiatry-practice-refers-esketamine", "Therapieresistente Depression & Esketamin – Psychiatrische Videosprechstunde Dr. Kessler", """
<header><a href="/">Praxis für Psychiatrie und Psychotherapie online · Dr. med. Hannah Kessler</a>
<nav><a href="/">Start</a> <a href="/leistungen">Leistungen</a> <a href="/ablauf">Ablauf der Videosprechstunde</a> <a href="/kosten">Kosten</a> <a href="/team">Team</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>
<h1>Therapieresistente Depression: Beratung und Weiterbehandlung per Videosprechstunde</h1>
<p>Viele Menschen warten in Deutschland monatelang auf einen Termin bei einer Fachärztin oder einem Facharzt für Psychiatrie. Unsere Praxis bietet ärztliche Erst- und Folgegespräche per Video an – für gesetzlich und privat Versicherte, über einen von der KBV zertifizierten Videodienst.</p>
<h2>Was wir anbieten</h2>
<ul>
<li>Ausführliche psychiatrische Diagnostik per Video (ca. 50 Minuten)</li>
<li>Überprüfung und Optimierung der bisherigen Medikation, Rezept als E-Rezept</li>
<li>Vermittlung in Psychotherapie und, wenn nötig, in eine Tagesklinik</li>
<li>Beratung zu neueren Behandlungsoptionen wie Esketamin-Nasenspray, EKT oder rTMS</li>
</ul>
<h2>Esketamin – warum nicht per Post?</h2>
<p>Esketamin-Nasenspray ist in Deutschland für Erwachsene mit therapieresistenter Depression zugelassen. Die Anwendung erfolgt laut Fachinformation unter Aufsicht von medizinischem Fachpersonal; danach werden Patientinnen und Patienten mindestens zwei Stunden überwacht. Ein Versand nach Hause ist deshalb nicht vorgesehen, und Anbieter, die das Spray nach einem reinen Online-Fragebogen verschicken, handeln nicht nach diesen Vorgaben.</p>
<p>Wenn wir nach der Diagnostik zu dem Schluss kommen, dass eine Esketamin-Behandlung sinnvoll ist, erstellen wir einen ausführlichen Arztbrief und überweisen Sie an eine kooperierende psychiatrische Praxis oder Klinikambulanz in Ihrer Nähe (u. a. in Berlin, Hamburg, Köln, Frankfurt und München), die die Anwendungen vor Ort durchführt. Die weitere Begleitung kann bei uns per Video stattfinden.</p>
<h2>Kosten</h2>
<p>Gesetzlich Versicherte: Abrechnung über die elektronische Gesundheitskarte (Einlesen beim ersten Termin über das Versichertenstammdaten-Verfahren). Privatversicherte und Selbstzahler: Abrechnung nach GOÄ, Erstgespräch ca. 120–160 €.</p>
<h2>Wichtige Hinweise</h2>
<p>Die Videosprechstunde ist kein Notfallangebot. In akuten Krisen wenden Sie sich an den ärztlichen Bereitschaftsdienst (116 117), die Telefonseelsorge (0800 111 0 111) oder den Notruf 112.</p>
</main>
<footer><p>Dr. med. Hannah Kessler · Fachärztin für Psychiatrie und Psychotherapie · Ärztekammer Berlin · Praxissitz: Kantstraße 000, 10623 Berlin · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></p></footer>
""")

p("h11316", "https://ketamin-ordination-wien.example/ketamin-infusion", "clinic", False, "de",
  "vienna-private-practice-ketamine-infusion-wahlarzt", "Ketamin-Infusionstherapie in Wien 9 | Ordination Dr. Leitner", """
<header><a href="/">Ordination Dr. Leitner</a> · Fachärztin für Psychiatrie und psychotherapeutische Medizin · Wahlärztin aller Kassen
<nav><a href="/">Home</a> <a href="/ketamin-infusion">Ketamin-Infusion</a> <a href="/esketamin">Esketamin</a> <a href="/honorare">Honorare</a> <a href="/anfahrt">Anfahrt</a> <a href="/termin">Termin</a></nav></header>
<main>
<h1>Ketamin-Infusionstherapie bei Depression</h1>
<p>In meiner Ordination in der Währinger Straße (1090 Wien) biete ich Ketamin-Infusionen in niedriger Dosierung für Patientinnen und Patienten mit schwer behandelbarer Depression an. Voraussetzung ist ein ausführliches Erstgespräch mit Abklärung von Blutdruck, Herz-Kreislauf-Risiken und Vorbehandlungen.</p>
<h2>Ablauf</h2>
<p>Jede Infusion dauert etwa 40 Minuten, anschließend bleiben Sie noch rund eine Stunde im Ruheraum. Während der gesamten Zeit sind eine Ärztin und eine diplomierte Pflegeperson anwesend, Blutdruck und Sauerstoffsättigung werden laufend überwacht. Üblich ist eine Serie von sechs Infusionen innerhalb von drei Wochen. Bitte lassen Sie sich abholen – Autofahren ist am Behandlungstag nicht erlaubt.</p>
<h2>Honorare</h2>
<ul>
<li>Erstordination (60 Min.): 220 €</li>
<li>Ketamin-Infusion inkl. Überwachung: 380 € pro Sitzung</li>
<li>Kontrollgespräch: 120 €</li>
</ul>
<p>Als Wahlärztin stelle ich eine Honorarnote aus. Für die psychiatrischen Gespräche erhalten Sie von der ÖGK, BVAEB oder SVS einen Teil des Kassentarifs rückerstattet; die Infusionsbehandlung selbst ist eine Privatleistung. Eine Zusatzversicherung übernimmt je nach Tarif einen weiteren Anteil. Bezahlung mit Bankomatkarte oder per Überweisung.</p>
<p><a href="/termin">Terminvereinbarung</a> telefonisch Mo–Do 8–13 Uhr unter 01 000 00 00 oder online.</p>
</main>
<footer><p>Dr. med. univ. Eva Leitner · Währinger Straße 000/5, 1090 Wien · Mitglied der Ärztekammer für Wien · <a href="/impressum">Impressum</a></p></footer>
""")

p("h11317", "https://nachtlicht-drugchecking.example/warnungen/2026-11-ketamin-o-pce", "informational", False, "de",
  "swiss-drug-checking-warning-short", "Warnung: Als Ketamin verkauft – enthielt O-PCE | Nachtlicht Drug Checking Zürich", """
<article class="warnung">
<h1>⚠️ Warnung: Als «Ketamin» verkauft – enthielt O-PCE</h1>
<p class="datum">Zürich, 24.11.2026 · Ergebnis aus dem stationären Drug Checking</p>
<p>Eine als Ketamin gekaufte Probe (weisse Kristalle, in der Szene «Keta» oder «K») enthielt kein Ketamin, sondern das Arylcyclohexylamin O-PCE. O-PCE wirkt schon in viel kleineren Mengen und deutlich länger als Ketamin; es besteht die Gefahr starker Verwirrtheit, Bluthochdruck und Krampfanfällen.</p>
<p>Unser Rat: Substanz nicht konsumieren, Probe testen lassen, nie allein konsumieren. Drug Checking ist kostenlos und anonym, Di und Fr 18–21 Uhr. Bei Notfällen: 144.</p>
</article>
""")

# ================================================================ French (France, Belgium, Quebec)

p("h11318", "https://snap-profile.example/add/keta93_livraison", "seller", True, "fr",
  "french-snapchat-plug-bio-lydia", "keta93_livraison", """
🐴 LA KÉ DU 9-3 🐴
Livraison 7j/7 de 14h à 4h — Paris + petite couronne
K cristal 40€ le G · 3G 100€ · MD & 3MMC dispo aussi
Paiement espèces, Lydia ou Wero au livreur
Frais de déplacement offerts dès 80€
Snap de secours : keta93_bis · Telegram dans la story à la une
Pas de mineurs. Pas de crédit.
""", ext="txt")

p("h11319", "https://vetopharma-express.example/fr/anesthesiques/ketamine-1000mg-10ml", "seller", True, "fr",
  "belgian-online-vet-pharmacy-no-prescription-bancontact", "Kétamine 1000 mg/10 ml solution injectable – VétoPharma Express Belgique", """
<header><a href="/fr">VétoPharma Express</a> <span>Pharmacie vétérinaire en ligne · Livraison Belgique, France, Luxembourg</span>
<nav><a href="/fr/chiens">Chiens</a> <a href="/fr/chats">Chats</a> <a href="/fr/chevaux">Chevaux</a> <a href="/fr/anesthesiques">Anesthésiques</a> <a href="/fr/panier">Panier</a></nav>
<span class="lang">FR | <a href="/nl">NL</a></span></header>
<main>
<h1>Kétamine 1000 mg/10 ml – solution injectable pour chiens, chats et chevaux</h1>
<p class="prix">64,90 € TVAC <span>· 3 flacons : 179,00 €</span></p>
<p class="stock">✓ En stock – expédié sous 24 h</p>
<button>Ajouter au panier</button>
<p>Anesthésique dissociatif de référence pour la pratique vétérinaire. Flacon multidose de 10 ml, 100 mg/ml.</p>
<h2>Ordonnance</h2>
<p>Pour les particuliers, aucune ordonnance vétérinaire n'est demandée lors de la commande. Les éleveurs et professionnels peuvent indiquer leur numéro d'agrément pour obtenir une facture au nom de l'entreprise.</p>
<h2>Livraison et paiement</h2>
<p>Livraison par bpost ou PostNL en colis neutre, 48 h en Belgique, 3 à 5 jours vers la France. Paiement par Bancontact, Payconiq, virement SEPA ou carte Visa/Mastercard.</p>
<p class="avis">« Reçu en deux jours à Liège, emballage discret, rien à redire. » – Kevin D.</p>
</main>
<footer><p>VétoPharma Express SRL · Service client par WhatsApp +32 400 00 00 00 · <a href="/fr/cgv">CGV</a></p></footer>
""")

p("h11320", "https://boreal-psychiatrie-virtuelle.example/fr/traitements/esketamine", "telehealth", False, "fr",
  "quebec-virtual-psychiatry-clinic-long-refers-esketamine", "Dépression résistante et eskétamine | Boréal Psychiatrie virtuelle (Québec)", """
<header class="entete">
<a class="logo" href="/fr">Boréal <span>Psychiatrie virtuelle</span></a>
<nav><a href="/fr">Accueil</a> <a href="/fr/services">Services</a> <a href="/fr/traitements">Traitements</a> <a href="/fr/equipe">Notre équipe</a> <a href="/fr/tarifs">Tarifs</a> <a href="/fr/faq">FAQ</a> <a href="/en">English</a> <a class="bouton" href="/fr/prendre-rendez-vous">Prendre rendez-vous</a></nav>
</header>
<main>
<h1>Dépression résistante : évaluation psychiatrique en ligne et accès à l'eskétamine</h1>
<p class="chapeau">Vous avez essayé plusieurs antidépresseurs sans amélioration suffisante? Nos psychiatres, membres du Collège des médecins du Québec, vous rencontrent en visioconférence partout au Québec, de Gatineau à Sept-Îles.</p>
<h2>Notre démarche</h2>
<ol>
<li><strong>Demande de rendez-vous.</strong> Une référence de votre médecin de famille ou de votre IPS est souhaitée, mais pas obligatoire en mode privé. Vous recevez un courriel avec un lien sécurisé.</li>
<li><strong>Questionnaire préparatoire.</strong> Quelques échelles validées et la liste de vos médicaments. Ce questionnaire ne remplace jamais l'entrevue.</li>
<li><strong>Évaluation en visioconférence (75 minutes).</strong> Le psychiatre revoit votre histoire, vos essais de traitement, vos antécédents médicaux et votre consommation d'alcool ou de drogues. Il peut demander des analyses sanguines, un ECG ou une rencontre en personne.</li>
<li><strong>Recommandations écrites.</strong> Un rapport est transmis à vous et, avec votre accord, à votre médecin traitant.</li>
</ol>
<h2>Et l'eskétamine (vaporisateur nasal)?</h2>
<p>L'eskétamine est approuvée par Santé Canada pour la dépression résistante chez l'adulte. Elle doit être administrée dans un établissement de santé, sous la supervision d'un professionnel, avec une période d'observation d'au moins deux heures. <strong>Boréal ne prescrit pas d'eskétamine pour usage à domicile et n'expédie aucun médicament.</strong></p>
<p>Si l'eskétamine est jugée appropriée à la suite de l'évaluation, nous vous dirigeons vers l'une de nos cliniques partenaires à Montréal (Plateau-Mont-Royal), à Québec (Sainte-Foy) ou à Sherbrooke, où l'équipe sur place confirme l'indication et planifie les séances. La couverture de l'eskétamine par la RAMQ ou par votre assurance collective dépend des critères en vigueur; notre équipe vous aide à préparer la demande.</p>
<p>Nous n'offrons pas de ketamine par voie orale ou sublinguale à la maison. Méfiez-vous des sites qui promettent de la « kétamine livrée à domicile » après un simple formulaire.</p>
<h2>Tarifs</h2>
<table>
<tr><td>Évaluation psychiatrique complète (privé)</td><td>450 $</td></tr>
<tr><td>Rendez-vous de suivi (30 min)</td><td>175 $</td></tr>
</table>
<p>Les services de nos psychiatres sont offerts en mode privé; ils ne sont pas remboursés par la RAMQ, mais la plupart des assurances collectives en remboursent une partie. Paiement par carte de crédit ou virement Interac.</p>
<h2>Questions fréquentes</h2>
<details><summary>Est-ce que je peux clavarder avec le psychiatre au lieu de faire une vidéo?</summary><p>Non, l'évaluation initiale se fait obligatoirement en vidéo. Les suivis peuvent parfois se faire par téléphone.</p></details>
<details><summary>Je vis en Ontario, puis-je consulter?</summary><p>Nos psychiatres sont autorisés à exercer au Québec seulement; vous devez être physiquement au Québec au moment de la consultation.</p></details>
<details><summary>Que faire en situation de crise?</summary><p>Appelez le 1 866 APPELLE (1 866 277-3553), le 9-8-8, ou le 911. Nous n'offrons pas de service d'urgence.</p></details>
</main>
<footer>
<p>Boréal Psychiatrie virtuelle inc. · Siège social : boulevard René-Lévesque Ouest, Montréal (Québec) · Tous nos médecins sont inscrits au tableau du Collège des médecins du Québec.</p>
<p><a href="/fr/confidentialite">Politique de confidentialité (Loi 25)</a> · <a href="/fr/conditions">Conditions d'utilisation</a></p>
</footer>
""")

p("h11321", "https://chu-rives-de-loire.example/psychiatrie/unite-esketamine", "clinic", False, "fr",
  "french-university-hospital-esketamine-day-unit", "Unité de traitement par eskétamine – Pôle de psychiatrie | CHU Rives-de-Loire", """
<header><a href="/">CHU Rives-de-Loire</a> <nav><a href="/patients">Patients et visiteurs</a> <a href="/services">Services de soins</a> <a href="/professionnels">Professionnels de santé</a> <a href="/recherche">Recherche</a> <a href="/recrutement">Recrutement</a></nav></header>
<main>
<p class="fil">Accueil › Services de soins › Pôle de psychiatrie › Unité eskétamine</p>
<h1>Unité de traitement par eskétamine</h1>
<p>L'unité accueille en hôpital de jour des patients adultes souffrant d'un épisode dépressif caractérisé résistant, adressés par leur psychiatre. Le traitement par eskétamine en pulvérisation nasale y est administré sous surveillance infirmière et médicale, avec un contrôle de la pression artérielle et une observation d'au moins deux heures après chaque administration.</p>
<h2>Modalités d'adressage</h2>
<p>Les demandes sont faites par le psychiatre traitant via le formulaire d'adressage disponible sur l'espace professionnels, accompagné d'un courrier précisant les traitements antérieurs. Une consultation de pré-inclusion est programmée dans un délai de quatre à six semaines.</p>
<h2>Prise en charge</h2>
<p>Les séances sont réalisées dans le cadre de l'hôpital de jour et prises en charge par l'Assurance maladie selon les règles habituelles ; le ticket modérateur peut être couvert par votre complémentaire santé. Pensez à apporter votre carte Vitale et votre carte de mutuelle.</p>
<h2>Informations pratiques</h2>
<p>Bâtiment Hermès, 2e étage · Du lundi au vendredi, 8 h 30 – 17 h · Secrétariat : 02 00 00 00 00. Vous ne pourrez pas conduire le jour de la séance : prévoyez un accompagnant ou un transport.</p>
</main>
<footer><p>CHU Rives-de-Loire · <a href="/mentions-legales">Mentions légales</a> · <a href="/accessibilite">Accessibilité : partiellement conforme</a></p></footer>
""", noise="cookie-fr")

p("h11322", "https://nuitclaire-asbl.example/produits/ketamine", "informational", False, "fr",
  "belgian-harm-reduction-nonprofit-fact-sheet", "Kétamine – Fiche produit | Nuit Claire asbl, réduction des risques en milieu festif", """
<header><a href="/">Nuit Claire asbl</a> <nav><a href="/produits">Fiches produits</a> <a href="/testing">Testing</a> <a href="/stands">Nos stands en festival</a> <a href="/nous-soutenir">Nous soutenir</a></nav></header>
<main>
<h1>Kétamine (kéta, K, « spécial K »)</h1>
<p>La kétamine est un anesthésique utilisé en médecine humaine et vétérinaire. En Belgique, elle n'est délivrée que sur prescription et sa détention en dehors de ce cadre est punissable. En soirée, on la rencontre surtout sous forme de poudre ou de cristaux à sniffer.</p>
<h2>Effets recherchés et ressentis</h2>
<p>Sensation de flottement, distorsion du corps et de l'espace, euphorie légère à faible dose. À dose plus élevée : dissociation forte, difficultés à bouger et à parler, impression de « décrocher » de la réalité (le « K-hole »).</p>
<h2>Risques</h2>
<ul>
<li>Perte d'équilibre, chutes, vulnérabilité face aux autres : tu peux ne plus être en état de dire non.</li>
<li>Nausées et vomissements, surtout avec l'alcool. Avec le GHB ou les benzos, risque de perte de conscience.</li>
<li>Usage régulier : douleurs de vessie, besoin d'uriner souvent, sang dans les urines. Consulte un médecin sans attendre.</li>
<li>Produits de coupe et substances vendues comme kéta (2F-DCK, O-PCE…) : effets plus longs et imprévisibles.</li>
</ul>
<h2>Réduire les risques</h2>
<p>Fais analyser ton produit à l'un de nos points de testing (gratuit et anonyme), commence par une petite quantité, reste assis et entouré, ne partage pas ta paille et attends avant de reprendre. En cas de malaise : position latérale de sécurité et appel au 112.</p>
<h2>Et les traitements à la kétamine?</h2>
<p>L'eskétamine est un médicament contre la dépression résistante, administré à l'hôpital ou en cabinet sous surveillance médicale. Les comptes Instagram ou Telegram qui proposent de la « kétamine thérapeutique » à la livraison ne sont pas des soins. Parles-en à ton médecin, ou contacte Infor-Drogues (02 227 52 52) pour une écoute.</p>
</main>
<footer><p>Nuit Claire asbl · Avec le soutien de la Région de Bruxelles-Capitale et de la Fédération Wallonie-Bruxelles · Nous ne vendons aucun produit.</p></footer>
""")

# ================================================================ Dutch (Netherlands, Flanders)

p("h11323", "https://labchem-nederland.example/dissociatieven/", "seller", True, "nl",
  "dutch-research-chemical-webshop-ideal-long", "Dissociatieven kopen – 2F-DCK, DCK, MXE | LabChem Nederland", """
<header class="header">
<div class="usp-bar">✔ Voor 16:00 besteld, morgen in huis ✔ Betalen met iDEAL ✔ Discreet verpakt ✔ 4,7/5 op basis van 1.208 reviews</div>
<a class="logo" href="/">LabChem <span>Nederland</span></a>
<nav><a href="/dissociatieven/">Dissociatieven</a> <a href="/psychedelica/">Psychedelica</a> <a href="/stimulantia/">Stimulantia</a> <a href="/testkits/">Testkits</a> <a href="/weegschalen/">Weegschalen</a> <a href="/blog/">Blog</a> <a href="/winkelwagen/">Winkelwagen (0)</a></nav>
</header>
<main>
<p class="kruimelpad"><a href="/">Home</a> » Dissociatieven</p>
<h1>Dissociatieven</h1>
<p class="intro">In deze categorie vind je onze arylcyclohexylaminen: structurele analogen van ketamine en PCP voor analytisch en wetenschappelijk onderzoek. Alle producten worden geleverd met een batchnummer en zijn getest door een onafhankelijk lab.</p>
<div class="filters">Sorteer op: <select><option>Populariteit</option><option>Prijs laag-hoog</option><option>Nieuw</option></select> · Toon: 12 | 24 | 48</div>
<ul class="producten">
<li class="product"><h2><a href="/dissociatieven/2f-dck/">2F-DCK kristallen</a></h2><p>Vanaf € 17,50 (0,5 g) · 1 g € 29,00 · 5 g € 109,00</p><p class="label">Bestseller</p><button>In winkelwagen</button></li>
<li class="product"><h2><a href="/dissociatieven/dck/">Deschloroketamine (DCK)</a></h2><p>Vanaf € 19,00 (0,5 g) · 1 g € 32,00</p><button>In winkelwagen</button></li>
<li class="product"><h2><a href="/dissociatieven/mxe/">Methoxetamine (MXE)</a></h2><p>1 g € 45,00 · tijdelijk uitverkocht</p><button disabled>Mail mij bij voorraad</button></li>
<li class="product"><h2><a href="/dissociatieven/2f-dck-pellets/">2F-DCK pellets 10 mg</a></h2><p>10 stuks € 22,00 · 25 stuks € 45,00</p><button>In winkelwagen</button></li>
<li class="product"><h2><a href="/dissociatieven/o-pce/">O-PCE</a></h2><p>0,25 g € 24,00</p><button>In winkelwagen</button></li>
</ul>
<section class="seo-tekst">
<h2>Ketamine alternatief kopen?</h2>
<p>Veel klanten zijn op zoek naar een legaal alternatief voor ketamine. 2F-DCK en DCK zijn chemisch nauw verwant aan ketamine en worden door onderzoekers gewaardeerd om hun vergelijkbare profiel. Houd er rekening mee dat de potentie verschilt: DCK is aanzienlijk sterker per milligram, weeg dus altijd nauwkeurig met een milligramweegschaal (te vinden onder <a href="/weegschalen/">weegschalen</a>).</p>
<p>Al onze producten zijn uitsluitend bedoeld voor onderzoeksdoeleinden en niet geschikt voor menselijke consumptie. Door te bestellen verklaar je 18 jaar of ouder te zijn.</p>
</section>
<section class="verzending">
<h2>Verzending &amp; betalen</h2>
<p>We versturen met PostNL als brievenbuspakje, in een neutrale envelop zonder vermelding van LabChem. België: bpost, 2–3 werkdagen. Betalen kan met iDEAL, Bancontact, SEPA-overboeking of Bitcoin. Bij een bestelling boven € 75 is de verzending gratis.</p>
<p>Vragen? Onze klantenservice is bereikbaar via de chat rechtsonder of via Telegram (@labchem_nl_support).</p>
</section>
</main>
<footer class="footer">
<p><a href="/over-ons/">Over ons</a> · <a href="/faq/">Veelgestelde vragen</a> · <a href="/algemene-voorwaarden/">Algemene voorwaarden</a> · <a href="/privacy/">Privacy</a> · <a href="/retourneren/">Retourneren</a></p>
<p>© 2026 LabChem Nederland · Niet voor menselijke consumptie · Verkoop alleen aan 18+</p>
<p class="betaal-iconen">iDEAL · Bancontact · SEPA · Bitcoin</p>
</footer>
""", noise="cookie-nl")

p("h11324", "https://psychiater-online.example/vlaanderen/esketamine", "telehealth", False, "nl",
  "flemish-online-psychiatrist-riziv-refers-hospital", "Esketamine bij therapieresistente depressie | Psychiater Online Vlaanderen", """
<header><a href="/vlaanderen">Psychiater Online Vlaanderen</a> <nav><a href="/vlaanderen/hoe-werkt-het">Hoe werkt het?</a> <a href="/vlaanderen/psychiaters">Onze psychiaters</a> <a href="/vlaanderen/tarieven">Tarieven</a> <a href="/vlaanderen/afspraak">Afspraak maken</a></nav></header>
<main>
<h1>Esketamine: kan ik dat via een videoconsult krijgen?</h1>
<p>Kort antwoord: de beoordeling kan online, de behandeling zelf niet. Esketamine-neusspray wordt in België toegediend in een ziekenhuis of een erkend centrum, waarna je minstens twee uur onder toezicht blijft. De terugbetaling door het RIZIV is gekoppeld aan strikte voorwaarden, zoals het aantal eerder geprobeerde antidepressiva.</p>
<h2>Wat doen wij?</h2>
<p>Tijdens een videoconsult van 45 minuten bekijkt een erkend psychiater (geconventioneerd, RIZIV-nummer op onze teampagina) je voorgeschiedenis, je huidige medicatie en je lichamelijke gezondheid. Je huisarts wordt, met je toestemming, op de hoogte gebracht.</p>
<p>Komt esketamine in aanmerking, dan verwijzen we je door naar een psychiatrische dienst van een ziekenhuis in je buurt (onder meer in Gent, Antwerpen, Leuven en Kortrijk) met een verwijsbrief en een samenvatting van de behandelingen die je al kreeg. Wij sturen zelf geen geneesmiddelen op.</p>
<h2>Kostprijs</h2>
<p>Videoconsult bij een geconventioneerde psychiater: officieel tarief, je betaalt na het gesprek met Payconiq of overschrijving en krijgt een getuigschrift voor je ziekenfonds. Met een verhoogde tegemoetkoming betaal je minder.</p>
<p class="let-op">Denk je aan zelfdoding? Bel de Zelfmoordlijn 1813 of in nood 112.</p>
</main>
<footer><p>Psychiater Online Vlaanderen bv · Alle consulten door artsen ingeschreven bij de Orde der artsen · <a href="/privacy">Privacy</a></p></footer>
""")

p("h11325", "https://ggz-kompas.example/behandelingen/ketamine", "clinic", False, "nl",
  "dutch-mental-health-institution-ketamine-treatment", "Ketaminebehandeling bij depressie | GGZ Kompas", """
<header><a href="/">GGZ Kompas</a> <nav><a href="/hulp-zoeken">Hulp zoeken</a> <a href="/behandelingen">Behandelingen</a> <a href="/locaties">Locaties</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/werken-bij">Werken bij</a></nav></header>
<main>
<h1>Ketamine- en esketaminebehandeling bij therapieresistente depressie</h1>
<p>Op onze locatie in Utrecht-Overvecht behandelen we volwassenen met een depressie die onvoldoende reageert op medicatie en psychotherapie. We bieden esketamine-neusspray en, binnen een vast protocol, ketamine via een infuus.</p>
<h2>Voor wie?</h2>
<p>Voor mensen die al minstens twee antidepressiva in voldoende dosering hebben geprobeerd. Je hebt een verwijzing nodig van je huisarts of behandelend psychiater. Bij de intake kijken een psychiater en een verpleegkundig specialist samen met jou of de behandeling past.</p>
<h2>Hoe ziet een behandeling eruit?</h2>
<p>De eerste vier weken kom je twee keer per week naar de behandelkamer. Je gebruikt de neusspray onder begeleiding of krijgt het infuus, en je blijft daarna ongeveer twee uur bij ons. We meten je bloeddruk en bespreken hoe het gaat. Je mag die dag niet zelf naar huis rijden.</p>
<h2>Vergoeding</h2>
<p>De behandeling valt onder de basisverzekering als gespecialiseerde ggz. Je eigen risico wordt aangesproken. Heb je vragen over je polis? Neem dan contact op met je zorgverzekeraar.</p>
<h2>Wachttijd</h2>
<p>De huidige wachttijd tot intake is ongeveer 9 weken. Actuele wachttijden vind je op onze <a href="/wachttijden">wachttijdenpagina</a>.</p>
</main>
<footer><p>GGZ Kompas · Locatie Overvecht · Verwijzen via Zorgdomein · <a href="/klachten">Klachtenregeling</a> · <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie-nl")

p("h11326", "https://drugsinfo-lijn.example/drugs/ketamine", "informational", False, "nl",
  "dutch-drug-information-page-testing", "Ketamine: effecten, risico's en testen | Drugsinfo Lijn", """
<main>
<h1>Ketamine</h1>
<p>Ketamine (ook wel K, keta of ket) is een verdovingsmiddel dat in ziekenhuizen en door dierenartsen wordt gebruikt. Recreatief wordt het meestal gesnoven. Het geeft een dromerig, losgekoppeld gevoel; bij een hogere dosis kun je in een "K-hole" terechtkomen waarin je nauwelijks nog kunt bewegen of praten.</p>
<h2>Risico's</h2>
<p>Vaak of veel gebruik kan de blaas ernstig beschadigen. Combineren met alcohol of GHB verhoogt de kans op bewusteloosheid. Op de markt komen ook stoffen voor die als ketamine worden verkocht maar sterker werken, zoals 2F-DCK.</p>
<h2>Laten testen</h2>
<p>Je kunt je ketamine anoniem laten testen bij een testservice van een instelling voor verslavingszorg. Zoek op onze site een testlocatie bij jou in de buurt. Vragen? Bel of chat met de Drugsinfo Lijn, elke werkdag van 13:00 tot 17:00.</p>
</main>
""")

# ================================================================ Italian

p("h11327", "https://ketacare-italia.example/terapia-ketamina-a-domicilio", "seller", True, "it",
  "italian-pseudo-telehealth-auto-approval-satispay-long", "Terapia con ketamina a domicilio – Consulto online gratuito | KetaCare Italia", """
<div class="cookie-bar">Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione. <button>Accetta tutti</button> <button>Rifiuta</button> <a href="/cookie-policy">Personalizza</a></div>
<header class="testata">
<a class="logo" href="/">KetaCare <span>Italia</span></a>
<nav><a href="/">Home</a> <a href="/terapia-ketamina-a-domicilio">Terapia a domicilio</a> <a href="/prodotti">Prodotti</a> <a href="/come-funziona">Come funziona</a> <a href="/recensioni">Recensioni</a> <a href="/contatti">Contatti</a> <a class="btn" href="/questionario">Inizia ora</a></nav>
</header>
<main>
<section class="hero">
<h1>La terapia con ketamina, finalmente a casa tua</h1>
<p>Depressione, ansia, burnout? Niente liste d'attesa del SSN, niente impegnativa del medico di base. Compila il questionario online: il nostro staff medico valuta la tua richiesta e, in caso di approvazione, ricevi il trattamento a casa con corriere espresso.</p>
<p class="claim">✔ Approvazione entro 24 ore ✔ Nessuna visita necessaria ✔ Spedizione anonima in tutta Italia</p>
<a class="btn" href="/questionario">Compila il questionario gratuito</a>
</section>
<section class="prodotti">
<h2>I nostri protocolli</h2>
<div class="card"><h3>Starter</h3><p>Ketamina compresse sublinguali 100 mg × 8</p><p class="prezzo">€ 189</p><a href="/carrello?add=starter">Aggiungi al carrello</a></div>
<div class="card"><h3>Protocollo 30 giorni</h3><p>Ketamina sublinguale 150 mg × 16 + diario di integrazione</p><p class="prezzo">€ 329</p><a href="/carrello?add=30gg">Aggiungi al carrello</a></div>
<div class="card"><h3>Spray nasale</h3><p>Esketamina spray nasale 28 mg, confezione da 2</p><p class="prezzo">€ 279</p><a href="/carrello?add=spray">Aggiungi al carrello</a></div>
</section>
<section class="come">
<h2>Come funziona</h2>
<ol>
<li>Rispondi a 12 domande sul tuo stato d'animo (5 minuti).</li>
<li>Ricevi l'esito via e-mail: il 97% delle richieste viene approvato.</li>
<li>Paghi con Satispay, PostePay, bonifico istantaneo o carta.</li>
<li>Il pacco parte da un nostro magazzino europeo con BRT o GLS, in confezione neutra.</li>
</ol>
</section>
<section class="faq">
<h2>Domande frequenti</h2>
<details><summary>Serve la ricetta?</summary><p>No, non serve portare alcuna ricetta: ci pensiamo noi dopo il questionario.</p></details>
<details><summary>Parlerò con un medico?</summary><p>Non è necessario. Se vuoi, puoi scrivere al nostro assistente su WhatsApp o Telegram, che risponde 7 giorni su 7.</p></details>
<details><summary>Il pacco può essere controllato alla dogana?</summary><p>Spediamo da dentro l'UE, quindi non ci sono controlli doganali. Se la spedizione dovesse perdersi, la rispediamo gratuitamente.</p></details>
<details><summary>Posso usarla insieme ai miei farmaci?</summary><p>La ketamina è generalmente ben tollerata. In caso di dubbi consulta il foglietto incluso nella confezione.</p></details>
</section>
<section class="recensioni">
<h2>Dicono di noi</h2>
<blockquote>"Dopo anni di antidepressivi, la prima volta che mi sento leggera. Consegna in due giorni a Bari." – Francesca, 34</blockquote>
<blockquote>"Semplicissimo, pagato con Satispay e arrivato in una scatola anonima." – Marco, 41</blockquote>
</section>
</main>
<footer>
<p>KetaCare è un marchio di Wellmind Solutions OÜ, Tallinn. I contenuti del sito hanno finalità informative e non sostituiscono il parere del medico.</p>
<p><a href="/privacy">Privacy</a> · <a href="/termini">Termini e condizioni</a> · <a href="/spedizioni">Spedizioni e resi</a></p>
</footer>
""")

p("h11328", "https://telepsichiatria-studio-navigli.example/esketamina", "telehealth", False, "it",
  "italian-telepsychiatry-practice-refers-authorised-centre", "Esketamina e depressione resistente – Televisita psichiatrica | Studio Navigli", """
<header><a href="/">Studio Navigli · Psichiatria e Telepsichiatria</a> <nav><a href="/televisita">Televisita</a> <a href="/medici">I medici</a> <a href="/tariffe">Tariffe</a> <a href="/prenota">Prenota</a></nav></header>
<main>
<h1>Esketamina: il ruolo della televisita</h1>
<p>Molti pazienti ci scrivono chiedendo se sia possibile "avere l'esketamina online". La risposta è no: in Italia l'esketamina spray nasale è un farmaco a uso ospedaliero, somministrato in centri autorizzati sotto osservazione per almeno due ore. Quello che possiamo fare a distanza è valutare con attenzione se è un'opzione adatta a te e accompagnarti nel percorso.</p>
<h2>La nostra televisita</h2>
<p>La prima visita psichiatrica si svolge in videochiamata sicura e dura circa 60 minuti. Lo psichiatra raccoglie anamnesi, terapie già provate, esami recenti e fattori di rischio cardiovascolare. Al termine ricevi una relazione firmata digitalmente e, se necessario, una prescrizione elettronica per i farmaci che possono essere ritirati in farmacia.</p>
<p>Se l'esketamina è indicata, predisponiamo la relazione per l'invio a un centro autorizzato (a Milano, Bergamo, Bologna o Roma) o al Centro di Salute Mentale di riferimento. Non spediamo farmaci e non prescriviamo ketamina da assumere a casa.</p>
<h2>Tariffe</h2>
<p>Prima televisita € 170, controlli € 110. Pagamento anticipato con Satispay, carta o bonifico; la fattura è detraibile come spesa sanitaria nel 730.</p>
<h2>I medici</h2>
<p>Dott.ssa Giulia Ferrante, specialista in Psichiatria, iscritta all'Ordine dei Medici di Milano · Dott. Paolo Sartori, specialista in Psichiatria, iscritto all'Ordine dei Medici di Bergamo</p>
<p class="avviso">Non siamo un servizio di emergenza. In caso di pericolo chiama il 112 o rivolgiti al pronto soccorso.</p>
</main>
<footer><p>Studio Navigli Srl · Direttore sanitario Dott.ssa Giulia Ferrante · <a href="/privacy">Informativa privacy</a></p></footer>
""")

p("h11329", "https://centromedico-subalpino.example/ambulatori/ketamina", "clinic", False, "it",
  "turin-outpatient-centre-ketamine-pain-depression", "Ambulatorio Ketamina – Dolore cronico e depressione | Centro Medico Subalpino Torino", """
<header><a href="/">Centro Medico Subalpino</a> <nav><a href="/ambulatori">Ambulatori</a> <a href="/medici">Medici</a> <a href="/convenzioni">Convenzioni</a> <a href="/prenotazioni">Prenotazioni</a> <a href="/dove-siamo">Dove siamo</a></nav></header>
<main>
<h1>Ambulatorio Ketamina</h1>
<p>Presso la sede di corso Vittorio Emanuele II a Torino, il nostro ambulatorio di terapia del dolore e quello di psichiatria offrono trattamenti con ketamina in infusione endovenosa a basso dosaggio per pazienti selezionati con dolore neuropatico cronico o depressione resistente.</p>
<h2>Percorso</h2>
<p>Si accede dopo una visita specialistica (algologica o psichiatrica) con valutazione di pressione, ECG e terapie in corso. Le infusioni si svolgono in una stanza dedicata con monitoraggio continuo da parte di un anestesista; dopo la seduta il paziente resta in osservazione finché non è in grado di rientrare accompagnato.</p>
<h2>Costi</h2>
<p>Visita specialistica € 150. Ciclo di 4 infusioni per terapia del dolore € 1.200; ciclo per depressione su preventivo dopo la visita. Le visite di terapia del dolore sono disponibili anche in convenzione con il SSN, con impegnativa del medico di medicina generale e pagamento del ticket. Accettiamo i principali fondi sanitari integrativi.</p>
<p>Prenotazioni al CUP del centro, online o al numero 011 000 0000.</p>
</main>
<footer><p>Centro Medico Subalpino Srl · Struttura sanitaria autorizzata dalla Regione Piemonte · Direttore sanitario Dott. Luca Bertolino</p></footer>
""")

p("h11330", "https://ilgazzettinometropolitano.example/cronaca/2026/12/03/keta-telegram-monopattino-milano", "informational", False, "it",
  "italian-news-telegram-ketamine-delivery-nas", "«Keta» su Telegram e consegne in monopattino: la mappa dello spaccio tra Navigli e NoLo", """
<header><a href="/">Il Gazzettino Metropolitano</a> <nav><a href="/cronaca">Cronaca</a> <a href="/politica">Politica</a> <a href="/economia">Economia</a> <a href="/sport">Sport</a></nav></header>
<article>
<h1>«Keta» su Telegram e consegne in monopattino: la mappa dello spaccio tra Navigli e NoLo</h1>
<p class="sommario">Canali con migliaia di iscritti, listini aggiornati ogni sera e pagamenti su carte prepagate intestate a prestanome. Il NAS: «Anche falsi siti di "terapia" che spediscono ketamina senza visita».</p>
<p class="autore">di Elena Marchetti · 3 dicembre 2026</p>
<p>Il menu arriva alle sette di sera, puntuale come un'offerta del supermercato: «Keta cristallo 40 al grammo, 3 grammi 110». È uno dei canali Telegram che gli investigatori milanesi stanno monitorando da mesi, insieme ad almeno altri dodici con nomi che cambiano ogni volta che vengono chiusi. La consegna avviene in monopattino o in bici, con il rider che scrive «sono sotto» e sparisce in pochi secondi.</p>
<p>Secondo i dati raccolti dai servizi per le dipendenze, la ketamina – «la K» o «la keta» per chi la usa – è sempre più diffusa tra i ventenni, spesso assunta insieme all'alcol. I medici del SerD di zona raccontano di un aumento di ragazzi con dolori alla vescica, una complicanza che fino a pochi anni fa si vedeva raramente.</p>
<p>Il Comando Carabinieri per la Tutela della Salute ha segnalato anche un altro fenomeno: siti che si presentano come servizi di «terapia con ketamina a domicilio» e che, dopo un semplice questionario, spediscono compresse o spray senza alcuna visita medica. «In Italia l'esketamina si somministra solo in strutture autorizzate», ricorda l'AIFA, che invita a diffidare di chi la vende online.</p>
<p>Chi ha bisogno di aiuto può rivolgersi gratuitamente al SerD della propria ASL o chiamare il Telefono Verde Droga dell'Istituto Superiore di Sanità.</p>
</article>
<footer><p>© 2026 Il Gazzettino Metropolitano – P.IVA 00000000000</p></footer>
""")

# ================================================================ English (UK, Ireland, Australia, US)

p("h11331", "https://ravesafe-forum.example/t/uk-ket-vendor-thread-needle-shards-royal-mail/88213", "seller", True, "en",
  "uk-forum-vendor-post-ket-royal-mail-crypto", "[UK>UK] KET needle shards – next day Royal Mail – 28s available | Marketplace", """
<div class="forum-header"><a href="/">RaveSafe Forum</a> › <a href="/c/marketplace">Marketplace</a> › <a href="/c/marketplace/uk">UK &amp; Ireland</a></div>
<div class="post op">
<div class="user">northern_k_supply · Vendor ✓ · 412 posts · joined Mar 2025</div>
<h1>[UK&gt;UK] KET needle shards – next day Royal Mail – 28s available</h1>
<p>Back in stock after the restock lads. Same batch as the last one everyone was buzzing about, proper long shards, not the mushy stuff going round Manchester at the min. Tested with Mandelin before anything gets bagged.</p>
<p><b>Prices (UK only):</b><br>
1g – £25<br>
3.5g – £70<br>
7g – £120<br>
14g – £210<br>
28g – £380<br>
Postage free on 7g+, otherwise £5 for Special Delivery Guaranteed.</p>
<p><b>Stealth:</b> vac sealed twice, mylar, inside a retail-looking padded mailer. Posted from different drop boxes across the North West Mon–Fri, order before 1pm for same day dispatch. Reship once if Royal Mail loses it, no questions.</p>
<p><b>Payment:</b> BTC or XMR only. No bank transfers, no PayPal, don't ask. Monero gets 5% off.</p>
<p>Ordering via Session, ID in my profile. Send address PGP encrypted or I delete the message. Feedback thread is pinned in my profile.</p>
</div>
<div class="post reply"><div class="user">wonky_wanderer</div><p>got my 7 on saturday, bang on weight and the stealth is class. cheers bud</p></div>
<div class="post reply"><div class="user">mod_team</div><p>Reminder: vendors must keep prices and contact in the OP only. Be safe and test everything.</p></div>
""")

p("h11332", "https://scriptfreehealth-au.example/treatments/nasal-esketamine", "seller", True, "en",
  "australian-pseudo-telehealth-no-gp-payid", "Nasal Esketamine Without a GP Visit | ScriptFree Health Australia", """
<header><a href="/">ScriptFree <b>Health</b></a> <nav><a href="/treatments">Treatments</a> <a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/reviews">Reviews</a> <a class="cta" href="/start">Start online consult</a></nav></header>
<main>
<h1>Nasal esketamine, delivered Australia-wide</h1>
<p>Sick of waiting months for a psychiatrist and hundreds of dollars in gap fees? ScriptFree Health gets you treated without a GP visit, a referral or a Medicare card. Answer our short online consult form and our medical team will review it, usually within the hour.</p>
<ul class="ticks">
<li>✔ No phone or video call required</li>
<li>✔ Approved patients receive their order in 3–6 business days via Australia Post Express</li>
<li>✔ Discreet plain packaging, no pharmacy labels on the outside</li>
<li>✔ Pay by PayID, bank transfer, Afterpay or crypto</li>
</ul>
<h2>Pricing</h2>
<table>
<tr><td>Esketamine nasal spray 28 mg – 2 devices</td><td>A$420</td></tr>
<tr><td>Esketamine nasal spray 28 mg – 6 devices</td><td>A$1,090</td></tr>
<tr><td>Ketamine lozenges 100 mg – 10 pack</td><td>A$260</td></tr>
</table>
<p>Consult fee included. Orders are filled by our international partner pharmacy and shipped directly to you; all prices are in AUD and include shipping.</p>
<h2>FAQ</h2>
<p><b>Isn't esketamine only given in clinics?</b> Overseas rules differ. Our pharmacy partner is able to dispense for home use, and most customers use it comfortably at home.</p>
<p><b>Will customs stop it?</b> Parcels are declared as personal medication. In the rare case one is held, we reship once free of charge.</p>
</main>
<footer><p>ScriptFree Health is an online service and is not affiliated with Medicare or the PBS. Support: Telegram @scriptfree_au or support@scriptfreehealth-au.example</p></footer>
""")

p("h11333", "https://ketamine-nasal-spray-no-rx-overnight.example/order", "seller", True, "en",
  "bot-check-wall-url-only", "Just a moment...", """
<div class="main-wrapper" role="main">
<div class="main-content">
<h1 class="zone-name-title h1">ketamine-nasal-spray-no-rx-overnight.example</h1>
<h2 class="h2" id="challenge-running">Checking if the site connection is secure</h2>
<noscript><div class="h2"><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></noscript>
<div id="challenge-body-text" class="core-msg spacer">ketamine-nasal-spray-no-rx-overnight.example needs to review the security of your connection before proceeding.</div>
</div>
</div>
<div class="footer" role="contentinfo"><div class="footer-inner">Ray ID: <code>8f2c1a9b7d4e03a1</code> · Performance &amp; security by an edge network</div></div>
""")

p("h11334", "https://lumenmind-telehealth.example/at-home-ketamine-therapy", "telehealth", False, "en",
  "us-at-home-ketamine-telehealth-membership-long", "At-Home Ketamine Therapy with Licensed Clinicians | LumenMind Telehealth", """
<header class="site-header">
<a class="logo" href="/">LumenMind</a>
<nav><a href="/at-home-ketamine-therapy">At-home ketamine</a> <a href="/how-it-works">How it works</a> <a href="/clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/states">States we serve</a> <a href="/safety">Safety</a> <a href="/blog">Journal</a> <a href="/login">Log in</a> <a class="btn" href="/eligibility">Check eligibility</a></nav>
</header>
<main>
<section class="hero">
<h1>Ketamine therapy at home, with a clinician who actually knows you</h1>
<p>LumenMind pairs a psychiatric clinician licensed in your state with a trained integration guide. Nothing is prescribed until you've had a full video evaluation, and many people we evaluate are told ketamine isn't right for them. We think that's how it should be.</p>
</section>
<section>
<h2>How it works</h2>
<ol>
<li><strong>Eligibility screener (10 min).</strong> A short form flags obvious exclusions such as uncontrolled high blood pressure, psychosis history, pregnancy or active substance use disorder. Passing it only means you can book an evaluation.</li>
<li><strong>Video psychiatric evaluation (60 min).</strong> A board-certified psychiatrist or psychiatric nurse practitioner reviews your history, current medications, prior treatments and vitals. We may request records from your therapist or primary care provider, or ask you to get labs or an in-person blood pressure check first.</li>
<li><strong>Prescription, only if appropriate.</strong> If your clinician prescribes, the prescription goes to our partner 503A compounding pharmacy, which ships sublingual ketamine tablets in tamper-evident packaging, signature required. We never ship without an active prescription tied to your evaluation.</li>
<li><strong>Supervised sessions.</strong> Your first session is done on video with a guide present, and every session requires a sitter: an adult who stays with you in person. You log blood pressure before and after each session in the app.</li>
<li><strong>Follow-up.</strong> A clinician check-in after session two and again after session six, plus integration calls in between.</li>
</ol>
</section>
<section id="clinicians">
<h2>Our prescribing clinicians</h2>
<ul>
<li>Dr. Renee Alvarado, MD – Board-certified psychiatrist. Licensed in CA, OR, WA, NV.</li>
<li>Marcus Odhiambo, PMHNP-BC – Licensed in TX, CO, AZ, NM.</li>
<li>Dr. Elise Sandberg, DO – Board-certified psychiatrist. Licensed in NY, NJ, CT, PA, MA.</li>
<li>Priya Raman, PMHNP-BC – Licensed in FL, GA, NC, VA.</li>
</ul>
<p>All prescribers hold DEA registrations in the states where they treat patients and follow federal and state telemedicine rules for controlled substances.</p>
</section>
<section id="pricing">
<h2>Membership pricing</h2>
<table>
<tr><td>Initial psychiatric evaluation</td><td>$249 (refunded as credit if not prescribed)</td></tr>
<tr><td>Monthly membership – clinician follow-ups, 2 integration calls, app, medication for up to 6 sessions</td><td>$299/month</td></tr>
<tr><td>Maintenance membership – 2 sessions/month after your first 8 weeks</td><td>$179/month</td></tr>
</table>
<p>HSA/FSA cards accepted. We provide superbills for out-of-network reimbursement; we do not bill insurance directly.</p>
<p><a class="btn" href="/checkout?plan=evaluation">Book your evaluation</a></p>
</section>
<section>
<h2>Is at-home ketamine the same as Spravato?</h2>
<p>No. Spravato (esketamine nasal spray) is FDA-approved and can only be given at a REMS-certified healthcare setting with two hours of monitoring. Our sublingual ketamine is prescribed off-label. If your clinician thinks Spravato is a better fit, we'll refer you to a certified treatment center near you.</p>
</section>
</main>
<footer>
<p>LumenMind Health, P.C. and affiliated professional entities · Not for emergencies: call or text 988, or dial 911.</p>
<p><a href="/privacy">Privacy</a> · <a href="/hipaa">Notice of Privacy Practices</a> · <a href="/terms">Terms</a> · <a href="/telehealth-consent">Telehealth consent</a></p>
</footer>
""", noise="cookie")

p("h11335", "https://sanctum-telepsychiatry.example/esketamine-and-ketamine", "telehealth", False, "en",
  "australian-telepsychiatry-medicare-refers-clinic", "Esketamine and Ketamine Questions | Sanctum Telepsychiatry Australia", """
<header><a href="/">Sanctum Telepsychiatry</a> <nav><a href="/how-it-works">How it works</a> <a href="/psychiatrists">Psychiatrists</a> <a href="/fees">Fees &amp; Medicare</a> <a href="/gps">For GPs</a> <a href="/book">Book</a></nav></header>
<main>
<h1>Can I get esketamine or ketamine through telehealth?</h1>
<p>We're asked this every week. Here's how it works in Australia.</p>
<p>Sanctum's psychiatrists are AHPRA-registered Fellows of the RANZCP who assess patients by video anywhere in Australia. You need a referral from your GP, which also lets you claim the Medicare rebate for telehealth psychiatry consultations.</p>
<p>Ketamine and esketamine are Schedule 8 medicines. Esketamine nasal spray must be given at an accredited treatment centre with monitoring afterwards, and ketamine infusions happen in a hospital or day clinic. So while we can assess whether either treatment suits you and write to your GP, the treatment itself is always delivered in person. When appropriate, we refer to partner services in Sydney, Melbourne, Brisbane, Perth and Adelaide and keep seeing you by video in between.</p>
<p>We do not prescribe ketamine lozenges or troches for home use, and we never post controlled medicines.</p>
<h2>Fees</h2>
<p>Initial assessment A$520 (Medicare rebate approx. A$250 with a valid GP referral). Reviews A$260. Payment by card at booking.</p>
<p class="notice">In a crisis call Lifeline on 13 11 14 or 000.</p>
</main>
<footer><p>Sanctum Telepsychiatry Pty Ltd · ABN 00 000 000 000</p></footer>
""")

p("h11336", "https://mindwell-online-psychiatry.example/faq/esketamine", "telehealth", False, "en",
  "irish-online-psychiatry-faq-snippet", "FAQ: Esketamine | MindWell Online Psychiatry Ireland", """
<div class="faq-item">
<h1>Do you offer esketamine?</h1>
<p>Not directly. Our consultant psychiatrists, all on the Medical Council's Specialist Division register, assess you over secure video (first consultation €260) and can recommend esketamine where it's appropriate. It is then given in person at a hospital-based service we refer you to, as it requires supervised administration and two hours of monitoring. We do not post any medication.</p>
<p><a href="/book">Book a video consultation</a> · Emergencies: 112 / 999 or your nearest ED.</p>
</div>
""")

p("h11337", "https://harbourketamineclinic.example/treatments/ketamine-assisted-therapy", "clinic", False, "en",
  "london-private-ketamine-clinic-cqc-long", "Ketamine-Assisted Therapy in Marylebone | Harbour Ketamine Clinic, London", """
<header class="masthead">
<div class="strip">CQC registered · Consultant-led · Self-referral welcome · 020 0000 0000</div>
<a class="logo" href="/">Harbour <span>Ketamine Clinic</span></a>
<nav><a href="/">Home</a> <a href="/treatments">Treatments</a> <a href="/treatments/ketamine-assisted-therapy">Ketamine-assisted therapy</a> <a href="/treatments/esketamine">Esketamine</a> <a href="/team">Our team</a> <a href="/fees">Fees</a> <a href="/referrers">For referrers</a> <a href="/contact">Contact</a> <a class="btn" href="/book">Book an assessment</a></nav>
</header>
<main>
<section class="intro">
<h1>Ketamine-assisted therapy for treatment-resistant depression</h1>
<p>Our clinic on Wimpole Street offers consultant-led ketamine treatment for adults whose depression hasn't responded to standard care. Every course starts with a face-to-face psychiatric assessment, and every session takes place here, in a calm treatment room with a doctor on site.</p>
</section>
<section>
<h2>Who we see</h2>
<p>Adults aged 18 to 75 with a diagnosis of major depressive disorder who have tried at least two antidepressants, usually alongside talking therapy. We also see some patients with PTSD as part of a research-informed protocol. We are not able to treat people with active psychosis, uncontrolled hypertension, or current problematic use of ketamine or other drugs.</p>
</section>
<section>
<h2>What happens</h2>
<h3>Assessment</h3>
<p>A 75-minute appointment with a consultant psychiatrist, including physical observations and a review of your GP records (we'll ask your permission to write to your GP). If ketamine isn't the right choice, we'll tell you and suggest alternatives.</p>
<h3>Preparation session</h3>
<p>You meet your therapist, talk through intentions and what the experience may feel like, and agree a safety plan.</p>
<h3>Treatment sessions</h3>
<p>A course usually involves six intramuscular or intravenous ketamine sessions over three weeks, each followed by an integration session with your therapist. A doctor and a nurse monitor your blood pressure, heart rate and oxygen saturation throughout. You'll rest for around an hour afterwards and must be collected by a friend or family member.</p>
</section>
<section>
<h2>Esketamine (Spravato)</h2>
<p>Esketamine nasal spray is licensed in the UK but is not routinely available on the NHS in England. We offer it privately, self-administered under supervision in the clinic with a two-hour observation period.</p>
</section>
<section id="fees">
<h2>Fees</h2>
<table>
<tr><td>Consultant psychiatric assessment</td><td>£395</td></tr>
<tr><td>Course of 6 ketamine sessions with integration therapy</td><td>£4,200</td></tr>
<tr><td>Single maintenance session</td><td>£650</td></tr>
<tr><td>Esketamine session (including medication and observation)</td><td>from £480</td></tr>
</table>
<p>A £150 deposit secures your assessment slot. We are recognised by some private medical insurers for the assessment; please check with your insurer. Payment by card or bank transfer. Interest-free instalments are available for courses.</p>
</section>
<section>
<h2>Our team</h2>
<ul>
<li>Dr Oliver Pennington MRCPsych, Consultant Psychiatrist and Medical Director (GMC 7000000)</li>
<li>Dr Aisha Rahman FRCA, Consultant Anaesthetist (GMC 6000000)</li>
<li>Hannah Doyle, Clinical Nurse Lead, RMN</li>
<li>Tom Everett, HCPC-registered Counselling Psychologist</li>
</ul>
</section>
</main>
<footer>
<p>Harbour Ketamine Clinic Ltd · Wimpole Street, London W1 · Registered with the Care Quality Commission · Registered in England and Wales No. 00000000</p>
<p><a href="/privacy">Privacy notice</a> · <a href="/complaints">Complaints</a> · <a href="/accessibility">Accessibility</a></p>
<p>If you are in crisis, call NHS 111 (option 2 for mental health), Samaritans on 116 123, or 999.</p>
</footer>
""", noise="cookie")

p("h11338", "https://clearpath-drugsupport.example/ket-bladder", "informational", False, "en",
  "uk-drug-charity-ket-bladder-help-page", "Ket bladder: signs, what to do and where to get help | Clear Path Drug Support Bristol", """
<header><a href="/">Clear Path Drug Support</a> · Bristol &amp; South Gloucestershire <nav><a href="/get-help">Get help</a> <a href="/drugs-a-z">Drugs A–Z</a> <a href="/young-people">Young people</a> <a href="/families">Families</a> <a href="/donate">Donate</a></nav></header>
<main>
<h1>Ket bladder: what it is and where to get help</h1>
<p>If you use ket regularly and it's started to hurt when you wee, you're not alone and it's not something to be embarrassed about. "Ket bladder" is what people call ketamine-related damage to the bladder and urinary tract (doctors call it ketamine uropathy or ketamine cystitis). We see more of it every year, mostly in people in their late teens and twenties.</p>
<h2>Signs to look out for</h2>
<ul>
<li>Needing to wee very often, sometimes every 15–20 minutes</li>
<li>Pain or burning when you wee, or pain low in your belly</li>
<li>Blood in your wee</li>
<li>Leaking or not making it to the toilet in time</li>
<li>"K cramps": sharp tummy pains, often after a session</li>
</ul>
<h2>What helps</h2>
<p>The single most important thing is stopping or cutting right down. In many people symptoms improve a lot once they stop, especially if they get help early. Using more to numb the pain makes the damage worse over time.</p>
<p>See your GP and be honest about your ket use; they can test your urine, prescribe pain relief and refer you to urology if needed. Your GP won't report you to the police.</p>
<h2>How we can help</h2>
<p>Our young people's team and adult team both offer free, confidential one-to-one support to cut down or stop, and we run a weekly drop-in for people worried about their bladder. We can also come with you to appointments.</p>
<p><a href="/get-help">Refer yourself</a> online, by phone on 0117 000 0000, or just walk in (Mon–Fri, 10am–4pm).</p>
<p class="note">We don't judge and we don't sell or supply anything. If you're buying online or from a dealer, remember you can't be sure what's in it; drug-checking services at festivals and some city centres can test samples anonymously.</p>
</main>
<footer><p>Clear Path Drug Support is a registered charity in England and Wales · Commissioned by local public health teams</p></footer>
""")

p("h11339", "https://irishcoastnews.example/news/2026/11/revenue-ketamine-rosslare", "informational", False, "en",
  "irish-news-short-revenue-seizure", "Revenue seizes ketamine worth €1.1m at Rosslare Europort", """
<article>
<h1>Revenue seizes ketamine worth €1.1m at Rosslare Europort</h1>
<p class="byline">Irish Coast News · 21 November 2026</p>
<p>Revenue officers seized 27kg of ketamine, with an estimated value of €1.1 million, at Rosslare Europort on Thursday after a detector dog alerted to a van that had arrived on a ferry from Cherbourg. A man in his forties was arrested. Gardaí say ketamine use has risen sharply among young adults in Dublin and Cork, and the HSE has urged anyone using it to be aware of the risk of bladder damage and to contact drugs.ie or the HSE Drugs and Alcohol Helpline for support.</p>
</article>
""")

p("h11340", "https://jobs-board.example/listing/rn-ketamine-infusion-denver-4471", "informational", False, "en",
  "us-job-post-nurse-infusion-clinic-plain-text", "Registered Nurse – Ketamine Infusion Clinic (Part-Time), Denver CO", """
Registered Nurse – Ketamine Infusion Clinic (Part-Time)
Front Range Infusion Partners · Denver, CO (Cherry Creek) · $44–$52/hour · 24–30 hrs/week

We are a physician-owned infusion clinic offering IV ketamine for depression and chronic pain. We're looking for an RN to start IVs, monitor patients during and after infusions, and document vitals and patient-reported outcomes.

Requirements: active Colorado RN license (or multistate), BLS and ACLS, 2+ years in ED, ICU, PACU or infusion nursing, strong IV skills. Experience with psychiatric patients a plus.

Benefits: paid time off, CE allowance, no nights, no holidays. Apply with your résumé through this listing.
""", ext="txt")

save(OUT, R)
