# Batch 72 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "The web outside English". Every page is in a language other than English: Spanish (Spain,
# Mexico, Argentina, Colombia), German (Germany, Austria, Switzerland), French (France, Belgium,
# Quebec), Dutch (Netherlands, Flanders), Portuguese (Portugal, Brazil) and Italian, written with
# local idioms, local slang for ketamine (keta, K, ketta, kéta, ket), local payment methods (Bizum,
# OXXO/SPEI, Mercado Pago, Paysafecard, TWINT, PCS/Transcash coupons, Payconiq, Interac, iDEAL,
# MB WAY, Pix, PostePay), local couriers (Correos Express, Estafeta, Andreani, DHL Packstation,
# Colissimo, bpost, Postes Canada, PostNL, CTT, Sedex, BRT/SDA) and local health systems, regulators
# and legal phrasing (tarjeta SIP, Wahlarzt/ÖGK, KVG/FMH, carte Vitale/ALD, RIZIV/ziekenfonds,
# eigen risico/BIG, ADSE/ERS/Livro de Reclamações, CFM/CRM, impegnativa/CUP/classe H, NAS, Zoll, Receita
# Federal).
# Mix: 14 sellers (flagged), 9 telehealth, 8 clinics, 9 informational; es 7, de 7, fr 7, nl 6, pt 7,
# it 6; 8 plain-text snippets.
# Shapes: Spanish classifieds ad (Bizum, Correos Express), Mexican Telegram channel (plain text),
# Argentine fake online clinic with automatic approval, German clearnet crystal shop (Packstation,
# Paysafecard), Austrian Instagram bio (plain text),
# French doorway blog pushing a partner shop (PCS/Transcash), Belgian Snapchat ad (plain text),
# Quebec fake virtual clinic (questionnaire only, Interac), Dutch webshop category page with ketamine
# and 2-FDCK "not for human consumption" (iDEAL, PostNL), Flemish
# second-hand marketplace listing of vials, Brazilian agro-vet shop selling Cetamin without a vet
# prescription (Pix, Sedex), Portuguese classifieds ad (MB WAY, plain text), Italian fake online
# pharmacy (PostePay), Italian Telegram channel web preview; telehealth: Spanish tele-psychiatry
# referring for esketamine, German video psychiatry with partner practices, Swiss telemedicine oral
# ketamine programme with partner pharmacy, French teleconsultation orienting to an expert centre,
# Quebec appointment confirmation (plain text), Dutch video-call psychiatrist, Brazilian telemedicine
# (CFM rules), Portuguese tele-psychiatry price snippet (plain text), Italian televisita; clinics:
# Valencian public hospital unit, Bogotá infusion clinic (plain text), Viennese Wahlarzt infusion
# practice, French CHU expert centre, Flemish hospital esketamine page, São Paulo infusion clinic,
# Porto private clinic with ADSE, Lombard ASST outpatient unit; informational: Spanish harm-reduction
# substance page, German customs press release, Swiss drug-checking warning, Belgian newspaper
# feature quoting street prices, Dutch drug-information fact sheet, Flemish forum thread with a
# removed sourcing post, Brazilian Receita Federal seizure note, Italian Ministry of Health warning
# about illegal online pharmacies, Italian therapeutic-community (rehab) snippet (plain text).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch72.py (writes batch72/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch72")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

COOKIE_IT = '<div class="cookie-law">Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione di terze parti. <button>Accetta</button> <button>Rifiuta</button> <a href="/cookie-policy">Cookie policy</a></div>'

# ================================================================ SPANISH (7)

p("h7201", "https://www.anunciosya.example/barcelona/salud-y-belleza/otros/vendo-k-calidad-top-1092834.htm", "seller", True, "es",
  "classifieds-listing-spain", "Vendo K calidad top en Barcelona - AnunciosYa", """
<header class="top"><a href="/" class="logo">AnunciosYa</a>
<form action="/buscar"><input name="q" placeholder="¿Qué estás buscando?"> <select><option>Toda España</option><option selected>Barcelona</option></select> <button>Buscar</button></form>
<a href="/publicar" class="btn">Publicar anuncio gratis</a> <a href="/mi-cuenta">Mi cuenta</a></header>
<nav class="crumbs"><a href="/">Inicio</a> › <a href="/barcelona">Barcelona</a> › <a href="/barcelona/salud-y-belleza">Salud y belleza</a> › Otros</nav>
<main>
<article class="ad">
<h1>Vendo K calidad top</h1>
<p class="price">40 €</p>
<p class="meta">Ref. 1092834 · Publicado hoy a las 02:17 · Barcelona (Sants-Montjuïc) · Particular · 312 visitas</p>
<div class="gallery"><img src="/img/ads/1092834_1.jpg" alt="foto 1"><span>1/3</span></div>
<h2>Descripción</h2>
<p>Buenas. Tengo keta de la buena, en roca, nada de polvo chungo ni cortes raros. Quien la prueba repite. 40 € el gramo, a partir de 5 g te la dejo a 35. Para cantidades más grandes hablamos.</p>
<p>Entrego en mano por Sants, Hostafrancs o Gràcia, o te la mando por Correos Express o SEUR en sobre acolchado sin remite, llega en 24-48 h a cualquier punto de la península. Baleares y Canarias, consultar.</p>
<p>Pago por Bizum (por adelantado si es envío) o efectivo en mano. Solo WhatsApp, no cojo llamadas de número oculto. Gente seria; si vas a hacer perder el tiempo ni escribas.</p>
<p>WhatsApp: 6** 41 09 73 (pide el número completo por el chat)</p>
</article>
<aside class="seller-box"><p><b>Kike_bcn</b> · Miembro desde octubre de 2026 · 3 anuncios activos</p><button>Chatear</button> <button>Ver teléfono</button></aside>
<div class="safety"><h3>Consejos de seguridad</h3><ul><li>No envíes dinero por adelantado a desconocidos.</li><li>Queda siempre en lugares públicos.</li><li>Desconfía de los precios demasiado bajos.</li></ul><a href="/denunciar?id=1092834">Denunciar anuncio</a></div>
<section class="related"><h3>Anuncios similares</h3><ul><li><a href="#">Báscula de precisión 0,01 g – 12 €</a></li><li><a href="#">Grinder metálico 4 piezas – 8 €</a></li><li><a href="#">Bolsitas zip 4x6 (100 uds) – 3 €</a></li></ul></section>
</main>
<footer>© 2026 AnunciosYa · <a href="/aviso-legal">Aviso legal</a> · <a href="/privacidad">Política de privacidad</a> · <a href="/normas">Normas de publicación</a></footer>
""", noise="cookie-es")

p("h7202", "https://t.me.example/s/ketacristalmx", "seller", True, "es",
  "telegram-channel-mexico-snippet", "", """
🐎 KETA CRISTAL MX 🇲🇽 | Canal oficial. Qué onda, carnales: ya llegó la keta de cristal, bien limpia, nada de esa madre rebajada que venden en los antros. 1 gr $900 · 5 gr $3,800 · 10 gr $7,000 MXN, envíos a toda la República por Estafeta o DHL con guía de rastreo y empaque discreto (CDMX y Edomex entrega en persona). Pagos por depósito en OXXO, transferencia SPEI o Mercado Pago; sin pago no hay envío, no fiamos ni apartamos, pedidos solo por DM a @keta_cristal_mx.
""", ext="txt")

p("h7203", "https://clinicakbienestar.example/tratamiento-online", "seller", True, "es",
  "fake-online-clinic-argentina", "Clínica K Bienestar | Ketamina y esketamina online en toda la Argentina", """
<header><a href="/" class="logo">Clínica K Bienestar</a>
<nav><a href="/como-funciona">Cómo funciona</a> <a href="/tratamientos">Tratamientos</a> <a href="/precios">Precios</a> <a href="/preguntas">Preguntas frecuentes</a> <a href="/cuestionario" class="cta">Empezá ahora</a></nav></header>
<main>
<section class="hero"><h1>Tu tratamiento con ketamina, sin turnos y sin salir de tu casa</h1>
<p>Completá un cuestionario de 3 minutos y recibí tu kit en cualquier punto del país. Sin receta previa, sin derivación y sin las listas de espera de la obra social.</p>
<a href="/cuestionario" class="btn">Hacer el cuestionario gratis</a>
<p class="badges">✔ Aprobación en el día · ✔ 98 % de los pedidos aprobados · ✔ Envío discreto</p></section>
<section><h2>¿Cómo funciona?</h2>
<ol><li><b>Respondé el cuestionario.</b> Preguntas sencillas sobre cómo te venís sintiendo. No hace falta videollamada ni estudios.</li>
<li><b>Nuestro equipo lo revisa.</b> Si cumplís los requisitos básicos (ser mayor de 18 años), tu tratamiento queda aprobado automáticamente.</li>
<li><b>Pagás y te lo mandamos.</b> Despachamos por Andreani u OCA en caja sin logos. En CABA y GBA, moto en el día.</li></ol></section>
<section id="precios"><h2>Tratamientos y precios</h2>
<table><tr><th>Producto</th><th>Presentación</th><th>Precio</th></tr>
<tr><td>Esketamina spray nasal</td><td>Kit de 2 dispositivos x 28 mg</td><td>$ 189.000</td></tr>
<tr><td>Ketamina sublingual</td><td>Caja de 10 comprimidos x 100 mg</td><td>$ 96.500</td></tr>
<tr><td>Ketamina inyectable</td><td>Frasco ampolla 50 mg/ml x 10 ml</td><td>$ 74.000</td></tr></table>
<p>Pagá con Mercado Pago hasta en 6 cuotas sin interés, por transferencia o en USDT (10 % off). <a href="/carrito" class="btn">Agregar al carrito</a></p></section>
<section><h2>Lo que dicen nuestros pacientes</h2>
<blockquote>"Me llegó a Córdoba en dos días, re bien embalado. Ni tuve que hablar con nadie, un golazo." – Facu, 27</blockquote>
<blockquote>"En el hospital me daban turno para marzo. Acá lo tuve el jueves." – Vale, 34</blockquote></section>
<section><h2>Preguntas frecuentes</h2>
<p><b>¿Necesito receta?</b> No. Nuestro formulario reemplaza la consulta.</p>
<p><b>¿Es legal?</b> Trabajamos con profesionales habilitados y cumplimos con todas las normas vigentes.</p>
<p><b>¿Y si el paquete no llega?</b> Te lo reenviamos sin costo, sin preguntas.</p></section>
</main>
<footer>Clínica K Bienestar © 2026 · Atención por WhatsApp +54 9 11 0000-4420 · <a href="/terminos">Términos y condiciones</a> · Defensa de las y los consumidores: <a href="#">Formulario de consultas y reclamos</a></footer>
""")

p("h7204", "https://www.psiquiatria-en-linea.example/depresion-resistente/esketamina", "telehealth", False, "es",
  "tele-psychiatry-esketamine-referral-spain", "Esketamina (Spravato) para la depresión resistente | Psiquiatría en Línea", """
<header><a href="/" class="logo">Psiquiatría en Línea</a>
<nav><a href="/como-funciona">Cómo funciona</a> <a href="/equipo">Equipo médico</a> <a href="/tarifas">Tarifas</a> <a href="/blog">Blog</a> <a href="/pedir-cita" class="btn">Pedir videoconsulta</a></nav></header>
<main>
<p class="crumbs">Inicio › Depresión resistente › Esketamina</p>
<h1>Esketamina (Spravato®) para la depresión resistente: cómo te podemos ayudar desde casa</h1>
<p>Si has probado dos o más antidepresivos a la dosis y durante el tiempo adecuados y sigues sin mejorar, es posible que tengas lo que en psiquiatría llamamos <b>depresión resistente al tratamiento</b>. La esketamina en pulverización nasal es una de las opciones autorizadas en Europa para estos casos, siempre junto con un antidepresivo oral.</p>
<h2>Lo que hacemos (y lo que no)</h2>
<p>La esketamina se administra siempre en un centro sanitario, bajo la supervisión de un profesional, y el paciente permanece en observación alrededor de dos horas. Por eso nuestro papel es el de la valoración y el seguimiento:</p>
<ul><li>Primera videoconsulta de 50 minutos con un psiquiatra colegiado, en la que revisamos tu historia, los tratamientos previos y los informes que nos subas.</li>
<li>Si la esketamina está indicada, redactamos un informe clínico y te derivamos a uno de nuestros centros colaboradores (Madrid, Barcelona, Valencia, Sevilla y Bilbao) o lo coordinamos con tu psiquiatra de la sanidad pública.</li>
<li>Seguimiento por videoconsulta entre sesiones: ajuste del antidepresivo, escalas de evaluación y control de efectos adversos.</li></ul>
<p><b>No enviamos esketamina ni ketamina a domicilio</b> y no las recetamos sin una valoración completa. Desconfía de cualquier web que lo haga.</p>
<h2>Tarifas</h2>
<table><tr><td>Primera videoconsulta (50 min)</td><td>95 €</td></tr><tr><td>Revisión (30 min)</td><td>60 €</td></tr><tr><td>Informe clínico para derivación</td><td>incluido</td></tr></table>
<p>Te emitimos factura para que pidas el reembolso a tu seguro si tu póliza lo contempla. Las sesiones de esketamina las factura el centro donde se administran.</p>
<h2>Nuestro equipo</h2>
<p>Dra. Inmaculada Ferrer Sanchis, psiquiatra (nº col. 46/12034). Dr. Álvaro Goicoechea Ruiz, psiquiatra (nº col. 28/57719). Dra. Carmen Lozano Prieto, psiquiatra (nº col. 41/30862).</p>
<p class="cta"><a href="/pedir-cita" class="btn">Reservar primera videoconsulta</a></p>
</main>
<footer>Psiquiatría en Línea S.L. · Centro sanitario inscrito en el Registro Autonómico de Centros, Servicios y Establecimientos Sanitarios · <a href="/aviso-legal">Aviso legal</a> · <a href="/privacidad">Privacidad</a> · Este servicio no atiende urgencias: si estás en crisis, acude a tu centro de salud o a urgencias hospitalarias.</footer>
""", noise="cookie-es")

p("h7205", "https://www.hospitalgenerallevante.example/servicios/psiquiatria/unidad-depresion-resistente", "clinic", False, "es",
  "public-hospital-unit-valencia", "Unidad de Depresión Resistente - Servicio de Psiquiatría | Hospital General Universitario de Levante", """
<div class="gov-bar">Generalitat · Conselleria de Sanitat · <a href="/va/serveis/psiquiatria">Valencià</a> | <b>Castellano</b></div>
<header><a href="/" class="logo">Hospital General Universitario de Levante</a>
<nav><a href="/ciudadania">Ciudadanía</a> <a href="/servicios">Servicios clínicos</a> <a href="/profesionales">Profesionales</a> <a href="/docencia">Docencia e investigación</a> <a href="/transparencia">Portal de transparencia</a></nav>
<form><input placeholder="Buscar en la web"></form></header>
<main>
<p class="crumbs">Inicio › Servicios clínicos › Psiquiatría › Unidad de Depresión Resistente</p>
<h1>Unidad de Depresión Resistente</h1>
<p class="sub">Servicio de Psiquiatría · Planta 3, Bloque B · Hospital de Día de Salud Mental</p>
<h2>¿Qué hacemos?</h2>
<p>La Unidad atiende a personas adultas de nuestro Departamento de Salud con depresión mayor que no ha respondido al menos a dos tratamientos antidepresivos. Ofrecemos valoración diagnóstica especializada, optimización farmacológica, psicoterapia grupal y tratamientos de neuromodulación y de acción rápida:</p>
<ul><li>Terapia electroconvulsiva (TEC), en el bloque quirúrgico y con anestesia general.</li>
<li>Estimulación magnética transcraneal (EMT).</li>
<li>Esketamina intranasal en el Hospital de Día, según el protocolo del Servicio de Farmacia y los criterios del informe de posicionamiento terapéutico.</li>
<li>Ketamina intravenosa, exclusivamente dentro de ensayos clínicos aprobados por el Comité de Ética de la Investigación con medicamentos del hospital.</li></ul>
<h2>¿Cómo se accede?</h2>
<p>La Unidad no atiende a demanda. La derivación la hace su psiquiatra de referencia de la Unidad de Salud Mental (USM) mediante interconsulta en la historia clínica electrónica. Tras revisar la documentación, le citaremos por SMS o por carta para una primera valoración. Si no tiene psiquiatra de referencia, pida cita con su médico o médica de familia.</p>
<p>La atención está cubierta por el sistema sanitario público para las personas con tarjeta sanitaria SIP asignada a nuestro Departamento. Si pertenece a otro Departamento, consulte el procedimiento de libre elección de especialista y hospital.</p>
<h2>El día de la sesión de esketamina</h2>
<ul><li>Venga acompañado o acompañada: después de la sesión no podrá conducir hasta el día siguiente.</li>
<li>No coma en las dos horas previas ni beba líquidos en los 30 minutos anteriores.</li>
<li>Le tomaremos la tensión arterial antes y durante la sesión, y permanecerá en observación unas dos horas.</li>
<li>Traiga el listado actualizado de su medicación.</li></ul>
<h2>Equipo</h2>
<p>Jefa de Sección: Dra. Remedios Climent Peris. Psiquiatría: Dr. Vicent Sanchis Llopis, Dra. Lucía Arnau Ortega. Enfermería de Salud Mental: Amparo Bosch Ferrando, Josep Miralles Gil. Psicología Clínica: Dra. Nuria Gil Tormo.</p>
<h2>Contacto</h2>
<p>Secretaría de la Unidad: 960 000 418 (ext. 4471), de lunes a viernes de 9:00 a 14:00. Sus citas también aparecen en la aplicación de salud de la Conselleria.</p>
<aside><h3>Le puede interesar</h3><ul><li><a href="#">Derechos y deberes de los pacientes</a></li><li><a href="#">Servicio de Atención e Información al Paciente (SAIP)</a></li><li><a href="#">Cómo llegar: autobús líneas 12 y 35, metro parada Hospital</a></li><li><a href="#">Ensayos clínicos en curso en Salud Mental</a></li></ul></aside>
</main>
<footer>© Generalitat. Conselleria de Sanitat · <a href="#">Accesibilidad</a> · <a href="#">Aviso legal</a> · <a href="#">Protección de datos</a> · <a href="#">Mapa web</a></footer>
""", noise="cookie-es")

p("h7206", "https://www.centromedicoserena.example/infusiones-ketamina-bogota", "clinic", False, "es",
  "infusion-clinic-colombia-snippet", "", """
Centro Médico Serena · Infusiones de ketamina en Bogotá (Chapinero Alto). Tratamos depresión resistente y dolor crónico con anestesiólogo y psiquiatra presentes en cada sesión; antes de cualquier infusión hay una valoración médica presencial obligatoria. Paquete de 6 infusiones: $5.400.000 COP, pagos por PSE, Nequi o tarjeta de crédito. Agenda tu valoración por WhatsApp al +57 310 000 4471, de lunes a sábado.
""", ext="txt")

p("h7207", "https://www.fiestaconsciente.example/sustancias/ketamina", "informational", False, "es",
  "harm-reduction-substance-page-spain", "Ketamina (keta, K, special K): efectos, riesgos y reducción de riesgos | Fiesta Consciente", """
<header><a href="/" class="logo">Fiesta Consciente</a> <span class="tag">Reducción de riesgos en espacios de ocio</span>
<nav><a href="/sustancias">Sustancias</a> <a href="/mezclas">Mezclas</a> <a href="/analisis">Análisis de sustancias</a> <a href="/alertas">Alertas</a> <a href="/quienes-somos">Quiénes somos</a></nav></header>
<main>
<h1>Ketamina</h1>
<p class="aka">También conocida como: keta, K, kit kat, special K, vitamina K</p>
<p>La ketamina es un anestésico disociativo que se utiliza en medicina humana y veterinaria. En el ocio suele circular en forma de polvo o cristales blancos que se esnifan. Dependiendo de la dosis, produce desde una sensación de ligereza y desconexión hasta el llamado <i>K-hole</i> ("agujero K"): una desconexión intensa del cuerpo y del entorno, con dificultad para moverse y hablar.</p>
<h2>Efectos</h2>
<p>Los efectos empiezan a los pocos minutos cuando se esnifa y duran entre 45 y 90 minutos. Son frecuentes la descoordinación, la visión borrosa, las náuseas y la sensación de irrealidad.</p>
<h2>Riesgos</h2>
<ul><li><b>Accidentes:</b> caídas, golpes y ahogamientos por la anestesia y la descoordinación. No te bañes ni conduzcas.</li>
<li><b>Mezclas:</b> con alcohol, GHB/éxtasis líquido, benzodiacepinas u opioides aumenta mucho el riesgo de pérdida de conciencia y de depresión respiratoria.</li>
<li><b>Vejiga:</b> el consumo frecuente puede provocar cistitis ulcerativa: ganas constantes de orinar, dolor y sangre en la orina. Si te pasa, deja de consumir y consulta a tu médico; en fases tempranas puede revertir.</li>
<li><b>Tolerancia y dependencia:</b> la tolerancia sube rápido y hay personas que acaban consumiendo a diario.</li>
<li><b>Adulteración:</b> hemos detectado muestras vendidas como ketamina que contenían 2-FDCK u otras sustancias. La única forma de saberlo es analizarla.</li></ul>
<h2>Si decides consumir</h2>
<ul><li>Empieza con una cantidad muy pequeña y espera.</li><li>Hazlo sentado, en un lugar tranquilo y con alguien de confianza que no consuma.</li><li>No compartas rulos.</li><li>Deja varias semanas entre consumos.</li></ul>
<h2>Análisis de sustancias</h2>
<p>Puedes traer una muestra de forma anónima y gratuita a nuestro punto de análisis (martes y jueves de 17:00 a 20:00) o a nuestro stand en festivales. No vendemos ni facilitamos sustancias.</p>
<h2>¿Qué dice la ley?</h2>
<p>Consumir o llevar drogas en la vía pública, aunque sea para consumo propio, es una infracción grave de la Ley Orgánica 4/2015 de protección de la seguridad ciudadana, con multas a partir de 601 €. Vender o pasar a otras personas, aunque sea a amigos, puede ser un delito contra la salud pública (artículo 368 del Código Penal).</p>
<aside><h3>Relacionado</h3><ul><li><a href="/mezclas/ketamina-alcohol">Ketamina + alcohol</a></li><li><a href="/alertas/2026-10-falsa-ketamina">Alerta: falsa ketamina con 2-FDCK</a></li><li><a href="/sustancias/ghb">GHB / éxtasis líquido</a></li></ul></aside>
</main>
<footer>Fiesta Consciente es un programa de reducción de riesgos financiado por el Plan Autonómico sobre Drogas. · <a href="#">Contacto</a> · <a href="#">Privacidad</a></footer>
""", noise="cookie-es")

# ================================================================ GERMAN (7)

p("h7208", "https://www.kristallwerk-shop.example/produkte/k-kristalle-premium", "seller", True, "de",
  "clearnet-crystal-shop-germany", "K-Kristalle Premium (99 %) – Kristallwerk", """
<header><a href="/" class="logo">KRISTALLWERK</a> <span class="claim">Seit 2022 · Versand aus Deutschland</span>
<nav><a href="/produkte">Alle Produkte</a> <a href="/versand">Versand &amp; Zahlung</a> <a href="/faq">FAQ</a> <a href="/kontakt">Kontakt</a> <a href="/warenkorb">🛒 Warenkorb (0)</a></nav></header>
<main>
<p class="crumbs">Startseite › Dissoziativa › K-Kristalle Premium</p>
<div class="product">
<img src="/media/k-premium-nadeln.jpg" alt="K Kristalle Nadeln">
<h1>K-Kristalle Premium (99 %)</h1>
<p class="stars">★★★★★ 4,8 (212 Bewertungen)</p>
<p>Unser Ketamin-HCl in Nadelform, frisch eingetroffen. Glasklare, lange Kristalle, kein Pulverbruch, geruchsneutral. Laborgetestet, Testbericht auf Anfrage per Telegram.</p>
<table class="staffel"><tr><th>Menge</th><th>Preis</th><th>Preis/g</th></tr>
<tr><td>1 g</td><td>35,00 €</td><td>35,00 €</td></tr>
<tr><td>5 g</td><td>150,00 €</td><td>30,00 €</td></tr>
<tr><td>10 g</td><td>260,00 €</td><td>26,00 €</td></tr>
<tr><td>25 g</td><td>575,00 €</td><td>23,00 €</td></tr></table>
<select name="menge"><option>1 g</option><option>5 g</option><option>10 g</option><option>25 g</option></select>
<button class="add">In den Warenkorb</button>
<p class="stock">● Auf Lager – Bestellungen bis 14 Uhr gehen am selben Tag raus</p>
</div>
<section id="versand"><h2>Versand</h2>
<ul><li>Neutral verpackt, vakuumiert und geruchsdicht, ohne Absender</li>
<li>DHL Warenpost oder an jede Packstation (Postnummer reicht)</li>
<li>Lieferzeit innerhalb Deutschlands 1–3 Werktage, Österreich 3–5 Werktage</li>
<li>Reship-Garantie: Geht eine Sendung verloren, schicken wir einmalig kostenlos neu</li></ul></section>
<section id="zahlung"><h2>Zahlung</h2>
<p>Bitcoin, Monero oder Paysafecard (16-stelliger PIN im Bestellkommentar). Banküberweisung nur für Bestandskunden ab der dritten Bestellung.</p></section>
<section class="reviews"><h2>Bewertungen</h2>
<p><b>Marvin_K</b> ★★★★★ – Kam nach zwei Tagen an die Packstation, Ware sauber, ballert angenehm. Gerne wieder.</p>
<p><b>nachtfalter93</b> ★★★★☆ – Gute Keta, aber die 5er-Staffel war diesmal ausverkauft.</p>
<p><b>Sonnenkind</b> ★★★★★ – Schneller Support über Telegram, Tracking kam direkt.</p></section>
<section class="also"><h3>Kunden kauften auch</h3><ul><li><a href="/produkte/feinwaage-001">Feinwaage 0,001 g</a></li><li><a href="/produkte/2-fdck">2F-DCK Kristalle</a></li><li><a href="/produkte/ziehroehrchen-set">Ziehröhrchen-Set Edelstahl</a></li></ul></section>
</main>
<footer>Kristallwerk · Support: Telegram @kristallwerk_support · <a href="/agb">AGB</a> · <a href="/datenschutz">Datenschutz</a> · Kein Verkauf an Personen unter 18 Jahren.</footer>
""", noise="cookie-de")

p("h7209", "https://www.instagram.example/wiener.zauberkiste/", "seller", True, "de",
  "instagram-bio-austria-snippet", "", """
wiener.zauberkiste 🇦🇹❄️ Keta (K) kristallin & mehr – Qualität is ur leiwand 🔥 Übergabe in Wien (2., 10. und 16. Bezirk) oder Versand mit der Post in ganz Österreich, neutral verpackt 📦 1g 45 € · 5g 190 € · Zahlung mit Bitcoin oder Paysafecard 💳 Bestellen nur über Telegram @zauberkiste_wien 👉 Link in Bio, Oida, keine Fakes, keine Gschichtln!
""", ext="txt")

p("h7210", "https://www.psychiatrie-digital.example/behandlungen/esketamin", "telehealth", False, "de",
  "video-psychiatry-germany-partner-practices", "Esketamin bei therapieresistenter Depression – Videosprechstunde | Psychiatrie Digital", """
<header><a href="/" class="logo">Psychiatrie Digital</a>
<nav><a href="/so-funktionierts">So funktioniert's</a> <a href="/behandlungen">Behandlungen</a> <a href="/aerztinnen">Unsere Ärztinnen und Ärzte</a> <a href="/kosten">Kosten</a> <a href="/termin" class="btn">Termin buchen</a></nav></header>
<main>
<p class="crumbs">Startseite › Behandlungen › Esketamin</p>
<h1>Esketamin-Nasenspray bei therapieresistenter Depression</h1>
<p>Wenn mindestens zwei Antidepressiva in ausreichender Dosis und Dauer nicht geholfen haben, kommt für manche Patientinnen und Patienten eine Behandlung mit Esketamin-Nasenspray in Frage. Wir klären in der Videosprechstunde, ob das für Sie sinnvoll ist, und begleiten Sie durch die gesamte Behandlung.</p>
<h2>Wie die Behandlung bei uns abläuft</h2>
<ol><li><b>Erstgespräch per Video (50 Min.)</b> mit einer Fachärztin oder einem Facharzt für Psychiatrie und Psychotherapie über einen zertifizierten Videodienstanbieter. Bitte halten Sie Arztbriefe und Ihren aktuellen Medikationsplan bereit.</li>
<li><b>Indikationsprüfung:</b> Vorbehandlungen, körperliche Vorerkrankungen (insbesondere Blutdruck), Suchtanamnese.</li>
<li><b>Anwendung vor Ort:</b> Das Nasenspray wird ausschließlich in einer Praxis unter ärztlicher Aufsicht angewendet, mit anschließender Überwachung von etwa zwei Stunden. Dafür arbeiten wir mit Partnerpraxen in Berlin, Hamburg, Köln, Frankfurt und München zusammen und übernehmen die Terminabstimmung.</li>
<li><b>Verlaufskontrolle per Video</b> zwischen den Anwendungen: Fragebögen, Nebenwirkungen, Anpassung der Begleitmedikation. Das Rezept für Ihr orales Antidepressivum erhalten Sie als E-Rezept.</li></ol>
<p class="note"><b>Wichtig:</b> Wir versenden weder Esketamin noch Ketamin, und eine Verordnung ohne persönliches Erstgespräch ist bei uns nicht möglich.</p>
<h2>Kosten</h2>
<p>Für Privatversicherte und Selbstzahlende rechnen wir nach der Gebührenordnung für Ärzte (GOÄ) ab; das Erstgespräch kostet in der Regel zwischen 120 und 160 €. Gesetzlich Versicherte können unsere Videosprechstunde mit Überweisung in Anspruch nehmen, soweit Kapazitäten frei sind. Die Anwendung in der Partnerpraxis wird von dieser gesondert abgerechnet.</p>
<h2>Ihr Behandlungsteam</h2>
<p>Dr. med. Friederike Anselm, Fachärztin für Psychiatrie und Psychotherapie · Dr. med. Jonas Weidenbach, Facharzt für Psychiatrie und Psychotherapie · Katrin Oltmanns, Fachpflegerin für Psychiatrie (Terminkoordination)</p>
<p><a href="/termin" class="btn">Erstgespräch vereinbaren</a></p>
</main>
<footer>Psychiatrie Digital MVZ GmbH · Zuständige Kammer: Ärztekammer Berlin · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · In akuten Krisen wenden Sie sich bitte an den ärztlichen Bereitschaftsdienst oder den Notruf.</footer>
""", noise="cookie-de")

p("h7211", "https://www.mindcare-telemedizin.example/ketamin-programm/ablauf", "telehealth", False, "de",
  "swiss-telemedicine-oral-ketamine-programme", "Ablauf des Ketamin-Programms | MindCare Telemedizin", """
<header><a href="/" class="logo">MindCare Telemedizin</a> <span>Schweiz</span>
<nav><a href="/ketamin-programm">Ketamin-Programm</a> <a href="/ketamin-programm/ablauf">Ablauf</a> <a href="/team">Team</a> <a href="/kosten">Kosten &amp; Versicherung</a> <a href="/login">Patientenportal</a> <span class="lang">DE | <a href="/fr">FR</a> | <a href="/it">IT</a></span></nav></header>
<main>
<h1>So läuft das Programm ab</h1>
<p>Unser Programm richtet sich an Erwachsene mit einer Depression, die auf mehrere Behandlungen nicht angesprochen hat. Die ärztliche Betreuung erfolgt per Video, die Sicherheit hat dabei Vorrang.</p>
<h2>1. Online-Vorabfragebogen</h2>
<p>Der Fragebogen dient nur der Vorbereitung des Gesprächs. Er ersetzt keine Untersuchung, und aufgrund des Fragebogens allein wird nichts verordnet.</p>
<h2>2. Video-Erstabklärung (60 Minuten)</h2>
<p>Sie sprechen mit einer Fachärztin oder einem Facharzt für Psychiatrie und Psychotherapie FMH. Wir besprechen Vorgeschichte, bisherige Therapien, Suchtanamnese, Herz-Kreislauf-Risiken und Ihre Wohnsituation. Ist eine Behandlung nicht angezeigt, empfehlen wir Ihnen Alternativen.</p>
<h2>3. Körperliche Abklärung bei Ihrer Hausärztin</h2>
<p>Blutdruck, EKG und Laborwerte lassen Sie bei Ihrer Hausärztin oder Ihrem Hausarzt erheben. Ohne diese Befunde wird keine Verordnung ausgestellt.</p>
<h2>4. Rezept an unsere Partnerapotheke</h2>
<p>Liegt eine Indikation vor, geht das Rezept direkt an unsere Partner-Versandapotheke (mit kantonaler Bewilligung). Die Lieferung erfolgt per Post eingeschrieben und wird nur Ihnen persönlich ausgehändigt. Die Menge reicht jeweils nur bis zur nächsten Kontrolle.</p>
<h2>5. Begleitete Einnahme</h2>
<p>Die ersten Einnahmen erfolgen während eines Videotermins mit unserer Pflegefachperson. Eine erwachsene Begleitperson muss vor Ort sein; Autofahren ist am Behandlungstag nicht erlaubt.</p>
<h2>6. Verlaufskontrollen</h2>
<p>Alle zwei Wochen ein Videotermin, monatlich standardisierte Fragebögen. Bei fehlender Wirkung oder Nebenwirkungen wird die Behandlung beendet.</p>
<h2>Kosten</h2>
<p>Die ärztlichen Leistungen rechnen wir über die obligatorische Krankenpflegeversicherung (KVG) ab; es gelten Ihre Franchise und der Selbstbehalt. Das Ketaminpräparat wird ausserhalb der Zulassung (off-label) eingesetzt und in der Regel nicht von der Grundversicherung übernommen: rechnen Sie mit CHF 90–140 pro Monat. Zahlung per Rechnung oder TWINT.</p>
</main>
<footer>MindCare Telemedizin AG · Ärztliche Leitung: Dr. med. Corinne Aebischer, FMH Psychiatrie und Psychotherapie · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutzerklärung</a></footer>
""", noise="cookie-de")

p("h7212", "https://www.ordination-ketamin-wien.example/infusionstherapie", "clinic", False, "de",
  "wahlarzt-infusion-practice-vienna", "Ketamin-Infusionstherapie in Wien | Wahlarztordination Dr. Gruber-Hainisch", """
<header><a href="/" class="logo">Ordination Dr. Gruber-Hainisch</a> <span>Anästhesiologie · Schmerztherapie · Ketamin-Infusionen</span>
<nav><a href="/">Start</a> <a href="/infusionstherapie">Infusionstherapie</a> <a href="/schmerztherapie">Schmerztherapie</a> <a href="/honorare">Honorare</a> <a href="/kontakt">Kontakt &amp; Anfahrt</a></nav></header>
<main>
<h1>Ketamin-Infusionstherapie</h1>
<p>In meiner Ordination im 9. Bezirk biete ich Ketamin-Infusionen bei therapieresistenter Depression und bei bestimmten chronischen Schmerzerkrankungen an. Die Behandlung erfolgt in enger Abstimmung mit Ihrer behandelnden Psychiaterin oder Ihrem behandelnden Psychiater.</p>
<h2>Für wen ist die Behandlung geeignet?</h2>
<p>Für Erwachsene, bei denen mehrere medikamentöse und psychotherapeutische Behandlungen keine ausreichende Besserung gebracht haben. Nicht geeignet ist sie unter anderem bei unbehandeltem Bluthochdruck, Psychosen in der Vorgeschichte, Schwangerschaft und aktueller Suchterkrankung.</p>
<h2>Ablauf</h2>
<ol><li><b>Vorgespräch</b> (ca. 45 Minuten) mit Durchsicht Ihrer Befunde. Bitte bringen Sie Arztbriefe, Medikamentenliste und Ihre e-card mit.</li>
<li><b>Infusionsserie:</b> in der Regel sechs Infusionen innerhalb von drei Wochen, jeweils etwa 40 Minuten, mit laufender Überwachung von Blutdruck, Puls und Sauerstoffsättigung.</li>
<li><b>Nachbeobachtung</b> im Ruheraum, bis Sie wieder ganz klar sind. Sie dürfen am Behandlungstag kein Fahrzeug lenken und müssen abgeholt werden.</li>
<li><b>Erhaltungsinfusionen</b> nach Bedarf, in Absprache mit Ihrer Psychiaterin/Ihrem Psychiater.</li></ol>
<h2>Honorare</h2>
<table><tr><td>Vorgespräch</td><td>€ 160,–</td></tr><tr><td>Infusion (inkl. Überwachung)</td><td>€ 380,–</td></tr><tr><td>Serie mit 6 Infusionen</td><td>€ 2.100,–</td></tr></table>
<p>Ich bin Wahlarzt. Sie erhalten eine Honorarnote, die Sie bei Ihrer Krankenkasse (ÖGK, BVAEB, SVS) einreichen können. Für das Vorgespräch ist eine teilweise Rückerstattung möglich; die Ketamin-Infusion selbst ist derzeit in der Regel keine Kassenleistung. Eine private Zusatzversicherung übernimmt unter Umständen einen Teil der Kosten.</p>
<h2>Termine</h2>
<p>Termine nach Vereinbarung, Montag bis Donnerstag. Terminvereinbarung telefonisch unter 01 000 47 12 oder über das <a href="/kontakt#formular">Kontaktformular</a>. Termine, die nicht mindestens 48 Stunden vorher abgesagt werden, muss ich leider in Rechnung stellen.</p>
<aside><h3>Anfahrt</h3><p>Alser Straße 0/4, 1090 Wien · U6 Alser Straße, Straßenbahn 43 und 44 · Ordination im 1. Stock, Lift vorhanden</p></aside>
</main>
<footer>Dr. med. univ. Leopold Gruber-Hainisch, Facharzt für Anästhesiologie und Intensivmedizin · Mitglied der Ärztekammer für Wien · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h7213", "https://www.zoll.example/DE/Presse/Pressemitteilungen/2026/z93_ketamin_luftfracht.html", "informational", False, "de",
  "customs-press-release-germany", "Zoll stellt 14 Kilogramm Ketamin in Luftfrachtsendungen sicher | Zoll", """
<header><a href="/" class="logo">Zoll</a> <nav><a href="/DE/Privatpersonen">Privatpersonen</a> <a href="/DE/Fachthemen">Fachthemen</a> <a href="/DE/Presse">Presse</a> <a href="/DE/Der-Zoll">Der Zoll</a></nav> <a href="/leichte-sprache">Leichte Sprache</a> <a href="/gebaerdensprache">Gebärdensprache</a></header>
<main>
<p class="crumbs">Startseite › Presse › Pressemitteilungen › 2026</p>
<p class="date">Pressemitteilung vom 02.12.2026 · Hauptzollamt Leipzig / Zollfahndungsamt Dresden</p>
<h1>Zoll stellt 14 Kilogramm Ketamin in Luftfrachtsendungen sicher</h1>
<p class="lead">Zöllnerinnen und Zöllner am Flughafen Leipzig/Halle haben in zwei Luftfrachtsendungen aus Südasien insgesamt rund 14 Kilogramm Ketamin entdeckt. Die Sendungen waren als "Speisesalz" und "Badesalz" deklariert.</p>
<p>Bei der Röntgenkontrolle fiel den Beamtinnen und Beamten Ende Oktober eine ungewöhnlich gleichförmige Packdichte in mehreren Kartons auf. Ein Schnelltest des kristallinen Inhalts reagierte positiv auf Ketamin; eine spätere Analyse im Zolltechnischen Labor bestätigte das Ergebnis.</p>
<p>Die weiteren Ermittlungen des Zollfahndungsamts Dresden führten zu einem 34-jährigen Mann aus dem Raum Chemnitz. Nach den bisherigen Erkenntnissen sollte das Ketamin in kleinen Mengen über einen Onlineshop und über Messenger-Dienste weiterverkauft werden. Bei einer Durchsuchung stellten die Ermittler Verpackungsmaterial, Feinwaagen, rund 9.000 Euro Bargeld sowie Kryptowährung im Wert von etwa 40.000 Euro sicher.</p>
<p>Ketamin ist in Deutschland ein verschreibungspflichtiges Arzneimittel. Die Einfuhr und das Inverkehrbringen ohne Erlaubnis sind nach dem Arzneimittelgesetz strafbar. Die Staatsanwaltschaft Chemnitz hat ein Ermittlungsverfahren eingeleitet.</p>
<p>"Kristallines Pulver als Salz zu deklarieren, ist ein alter Trick. Unsere Röntgentechnik und die Erfahrung der Kolleginnen und Kollegen machen ihn zunehmend riskant", sagte ein Sprecher des Zollfahndungsamts.</p>
<p class="hint">Hinweis: Für den Beschuldigten gilt die Unschuldsvermutung.</p>
<p class="contact"><b>Pressekontakt:</b> Zollfahndungsamt Dresden, Pressestelle, Tel. 0351 000 1180</p>
<aside><h3>Weitere Pressemitteilungen</h3><ul><li><a href="#">Gefälschte Arzneimittel im Postverkehr: Bilanz 2026</a></li><li><a href="#">Zigarettenschmuggel auf der A4 gestoppt</a></li><li><a href="#">Artenschutz: Elfenbeinschnitzereien im Reisegepäck</a></li></ul></aside>
</main>
<footer><a href="#">Impressum</a> · <a href="#">Datenschutz</a> · <a href="#">Barrierefreiheit</a> · <a href="#">Kontakt</a></footer>
""", noise="cookie-de")

p("h7214", "https://www.nachtlicht-drugchecking.example/warnungen/2026-11-ketamin-2fdck", "informational", False, "de",
  "drug-checking-warning-switzerland", "Warnung: «Ketamin» enthält 2F-Deschloroketamin | Nachtlicht Drug Checking", """
<header><a href="/" class="logo">Nachtlicht</a> <span>Drug Checking &amp; Beratung Zürich / Bern</span>
<nav><a href="/warnungen">Aktuelle Warnungen</a> <a href="/drug-checking">Drug Checking</a> <a href="/substanzen">Substanzinfos</a> <a href="/beratung">Beratung</a></nav></header>
<main>
<p class="date">Warnung vom 21.11.2026 · Analysiert in Zürich</p>
<h1>Warnung: «Ketamin» enthält 2F-Deschloroketamin (2F-DCK)</h1>
<table class="sample">
<tr><th>Gekauft als</th><td>Ketamin</td></tr>
<tr><th>Aussehen</th><td>weisses, grobkristallines Pulver</td></tr>
<tr><th>Ort</th><td>Zürich</td></tr>
<tr><th>Preis</th><td>CHF 60.– pro Gramm (Angabe der abgebenden Person)</td></tr>
<tr><th>Resultat</th><td>2F-Deschloroketamin, <b>kein Ketamin</b> nachweisbar</td></tr></table>
<h2>Risikoeinschätzung</h2>
<p>2F-DCK ist ein dem Ketamin verwandtes Dissoziativum. Es wirkt je nach Menge stärker und deutlich länger als Ketamin. Wer eine gewohnte Ketamin-Dosis nimmt, riskiert eine unerwartet starke Dissoziation, Orientierungslosigkeit, Stürze und Erbrechen. Zu Langzeitrisiken ist wenig bekannt.</p>
<h2>Safer-Use-Hinweise</h2>
<ul><li>Substanzen vor dem Konsum testen lassen.</li><li>Mit einer sehr kleinen Menge beginnen und lange genug warten.</li><li>Nicht mit Alkohol, GHB/GBL, Benzodiazepinen oder Opioiden mischen.</li><li>Nicht allein konsumieren; eine nüchterne Person sollte dabei sein.</li></ul>
<h2>Drug Checking bei Nachtlicht</h2>
<p>Unser stationäres Drug Checking ist anonym und kostenlos; zu jeder Analyse gehört ein kurzes Beratungsgespräch. Öffnungszeiten: Dienstag 18–21 Uhr und Freitag 17–20 Uhr. Wir verkaufen keine Substanzen und vermitteln keine Bezugsquellen.</p>
</main>
<footer>Nachtlicht ist ein Angebot der städtischen Suchtprävention, unterstützt vom Kanton. · <a href="#">Impressum</a> · <a href="#">Datenschutz</a></footer>
""", noise="cookie-de")

# ================================================================ FRENCH (7)

p("h7215", "https://bien-etre-naturel-blog.example/2026/10/ou-trouver-de-la-ketamine-en-france/", "seller", True, "fr",
  "doorway-blog-france-partner-shop", "Où trouver de la kétamine en France en 2026 ? (guide complet)", """
<header><a href="/" class="logo">Bien-Être Naturel</a> <nav><a href="/category/sommeil">Sommeil</a> <a href="/category/stress">Stress</a> <a href="/category/cbd">CBD</a> <a href="/category/nootropiques">Nootropiques</a> <a href="/contact">Contact</a></nav></header>
<main>
<article>
<h1>Où trouver de la kétamine en France en 2026 ? (guide complet)</h1>
<p class="meta">Publié le 14 octobre 2026 par <b>Sophie L.</b> · Mis à jour le 2 décembre 2026 · 9 min de lecture</p>
<div class="toc"><b>Sommaire</b><ol><li>La kétamine, c'est quoi ?</li><li>Pourquoi c'est si dur d'en avoir en pharmacie</li><li>Acheter de la kétamine en ligne sans ordonnance</li><li>Livraison et paiement</li><li>Notre avis</li></ol></div>
<h2>La kétamine, c'est quoi ?</h2>
<p>La kétamine est un anesthésique utilisé depuis les années 60, qui fait beaucoup parler d'elle depuis qu'on s'intéresse à ses effets sur le moral. Beaucoup de nos lecteurs nous demandent où s'en procurer, alors on a fait le tour pour vous.</p>
<h2>Pourquoi c'est si dur d'en avoir en pharmacie</h2>
<p>En France, impossible d'en acheter en officine : elle est réservée à l'usage hospitalier et il faut passer par un psychiatre, un centre expert, des mois d'attente... Bref, le parcours du combattant.</p>
<h2>Acheter de la kétamine en ligne sans ordonnance</h2>
<p>Après avoir testé plusieurs sites, notre coup de cœur reste <a href="https://k-boutique-europe.example/?ref=bien-etre-naturel" rel="sponsored">K-Boutique Europe</a> : kétamine en cristaux ou en poudre, flacons injectables et même spray, sans ordonnance et sans questionnaire. Les prix démarrent à 32 € le gramme et deviennent dégressifs à partir de 5 g.</p>
<p class="cta"><a href="https://k-boutique-europe.example/?ref=bien-etre-naturel" class="btn">👉 Voir les prix sur la boutique partenaire (-10 % avec le code BIENETRE10)</a></p>
<h2>Livraison et paiement</h2>
<p>Expédition depuis un pays de l'UE en 48/72 h par Colissimo ou en point relais Mondial Relay, dans un emballage neutre et sans mention du contenu. Paiement par coupons PCS, Transcash ou Neosurf, ou en crypto. Colis saisi ? La boutique le réexpédie gratuitement.</p>
<h2>Notre avis</h2>
<p>Pour ceux qui en ont marre d'attendre un rendez-vous, c'est clairement la solution la plus simple. Comme toujours, à consommer avec modération !</p>
<p class="disclaimer">Cet article contient des liens affiliés : nous touchons une commission sur vos achats, sans surcoût pour vous.</p>
</article>
<section class="comments"><h3>12 commentaires</h3>
<p><b>Kevin</b> – Commandé lundi, reçu jeudi au relais. Nickel.</p>
<p><b>Nadia_69</b> – Le paiement par coupon PCS c'est sûr ?</p>
<p><b>Sophie L.</b> – @Nadia_69 oui aucun souci, vous envoyez le code au service client après la commande 😊</p></section>
<aside><h3>Articles populaires</h3><ul><li><a href="#">Top 5 des huiles CBD pour dormir</a></li><li><a href="#">Modafinil sans ordonnance : notre guide</a></li><li><a href="#">Kratom : où l'acheter en 2026 ?</a></li></ul></aside>
</main>
<footer>© 2026 Bien-Être Naturel · <a href="/mentions-legales">Mentions légales</a> · Les informations de ce blog ne remplacent pas un avis médical.</footer>
""", noise="cookie-fr")

p("h7216", "https://www.snapchat.example/add/keta.bxl1080", "seller", True, "fr",
  "snapchat-ad-belgium-snippet", "", """
keta.bxl1080 👻 Kéta dispo sur Bxl et alentours (Anderlecht, Molenbeek, Ixelles, Schaerbeek) ⚡ livraison en 30 min ou envoi bpost partout en Belgique 🇧🇪 1g 40 €, 3g nonante €, 5g 140 € 💶 paiement cash ou Payconiq, ajoute-moi pour le menu complet 📲 pas de touristes une fois !
""", ext="txt")

p("h7217", "https://www.cliniquekvirtuelle.example/commencer", "seller", True, "fr",
  "fake-virtual-clinic-quebec", "Clinique K Virtuelle – Traitement à la kétamine livré chez vous partout au Québec", """
<header><a href="/" class="logo">Clinique K Virtuelle</a>
<nav><a href="/comment-ca-marche">Comment ça marche</a> <a href="/traitements">Traitements</a> <a href="/temoignages">Témoignages</a> <a href="/faq">FAQ</a> <a href="/commencer" class="btn">Commencer</a></nav></header>
<main>
<section class="hero"><h1>Fini les listes d'attente. Ton traitement à la kétamine, livré chez vous en 48 h.</h1>
<p>Pas besoin de référence de votre médecin de famille, pas besoin de rencontrer qui que ce soit : remplissez notre questionnaire en ligne (5 minutes) et notre équipe valide votre demande en moins de 24 heures.</p>
<a href="/questionnaire" class="btn">Remplir le questionnaire</a></section>
<section><h2>Nos formats</h2>
<ul><li><b>Pastilles sublinguales de kétamine 150 mg</b> – boîte de 12 : 329 $</li>
<li><b>Pastilles sublinguales 300 mg</b> – boîte de 12 : 489 $</li>
<li><b>Vaporisateur nasal de kétamine</b> – 10 ml : 259 $</li></ul>
<p>Expédition par Postes Canada (Xpresspost) partout au Québec et dans le reste du Canada, dans un emballage discret, sans logo. Si votre colis est perdu ou retenu, on le réexpédie sans frais.</p>
<p>Paiement par virement Interac (réponse à la question de sécurité envoyée par courriel) ou en Bitcoin. Les cartes de crédit ne sont pas acceptées.</p></section>
<section><h2>Ils nous font confiance</h2>
<blockquote>« J'étais sur la liste d'attente au CLSC depuis un an, chu pu capable d'attendre. Ma boîte est arrivée à Trois-Rivières en deux jours. » – Maxime, 31 ans</blockquote>
<blockquote>« Pas de rendez-vous, pas de jugement. Enfin! » – Geneviève, 42 ans</blockquote></section>
<section><h2>Questions fréquentes</h2>
<p><b>Est-ce qu'un médecin me parle?</b> Ce n'est pas nécessaire : le questionnaire suffit dans la grande majorité des cas.</p>
<p><b>Est-ce couvert par la RAMQ?</b> Non, mais nos prix sont plus bas qu'en clinique.</p></section>
</main>
<footer>Clinique K Virtuelle © 2026 · Service à la clientèle par texto au 514 000-0192 · <a href="/conditions">Conditions</a> · <a href="/confidentialite">Politique de confidentialité (Loi 25)</a></footer>
""")

p("h7218", "https://www.teleconsult-psy.example/depression-resistante/esketamine", "telehealth", False, "fr",
  "teleconsultation-orientation-expert-centre-france", "Dépression résistante et eskétamine : téléconsultation avec un psychiatre | TéléConsult Psy", """
<header><a href="/" class="logo">TéléConsult Psy</a>
<nav><a href="/comment-ca-marche">Comment ça marche</a> <a href="/nos-psychiatres">Nos psychiatres</a> <a href="/remboursement">Remboursement</a> <a href="/questions">Questions</a> <a href="/prendre-rdv" class="btn">Prendre rendez-vous</a></nav></header>
<main>
<p class="crumbs">Accueil › Dépression résistante › Eskétamine</p>
<h1>Dépression résistante : évaluation en téléconsultation et orientation vers l'eskétamine</h1>
<p>Vous avez essayé au moins deux antidépresseurs sans amélioration suffisante ? Nos psychiatres, tous inscrits au tableau de l'Ordre des médecins, réalisent une évaluation complète en vidéo et, si cela est indiqué, vous orientent vers un centre expert ou un service hospitalier qui administre l'eskétamine.</p>
<h2>Ce que nous faisons</h2>
<ul><li>Une téléconsultation de 45 minutes avec un psychiatre (numéro RPPS affiché sur sa fiche).</li>
<li>Un compte rendu détaillé, déposé dans votre espace patient et, si vous le souhaitez, dans Mon espace santé.</li>
<li>Un courrier d'adressage au centre le plus proche de chez vous et le suivi entre les séances.</li></ul>
<h2>Ce que nous ne faisons pas</h2>
<p>L'eskétamine en spray nasal est un médicament réservé à l'usage hospitalier : elle est administrée sur place, dans un établissement de santé, sous surveillance pendant environ deux heures. Nous ne la prescrivons donc pas pour un usage à domicile et nous n'envoyons aucun médicament. Méfiez-vous des sites qui proposent de la kétamine « sans ordonnance ».</p>
<h2>Remboursement</h2>
<p>La téléconsultation est remboursée par l'Assurance Maladie dans les mêmes conditions qu'une consultation au cabinet si vous êtes orienté par votre médecin traitant (parcours de soins coordonnés). Tiers payant possible sur la part obligatoire ; gardez votre carte Vitale à portée de main. Le complément peut être pris en charge par votre mutuelle.</p>
<p><a href="/prendre-rdv?motif=depression-resistante" class="btn">Prendre rendez-vous en vidéo</a></p>
<aside><h3>À lire aussi</h3><ul><li><a href="#">Qu'est-ce qu'une dépression résistante ?</a></li><li><a href="#">Se préparer à une téléconsultation</a></li><li><a href="#">rTMS, ECT, eskétamine : les différences</a></li></ul></aside>
</main>
<footer>TéléConsult Psy SAS · Hébergement des données de santé certifié HDS · <a href="/mentions-legales">Mentions légales</a> · <a href="/cgu">CGU</a> · En cas d'urgence, appelez le SAMU.</footer>
""", noise="cookie-fr")

p("h7219", "https://portail.santementale-virtuelle.example/rendez-vous/confirmation/88412", "telehealth", False, "fr",
  "appointment-confirmation-quebec-snippet", "", """
Bonjour Mélanie, votre évaluation psychiatrique par vidéo avec la Dre Josée Thibodeau (membre du Collège des médecins du Québec) est confirmée pour le jeudi 11 décembre à 13 h 30; le lien sécurisé vous sera envoyé 15 minutes avant. Aucune ordonnance de kétamine n'est émise avant cette évaluation : si un traitement est indiqué, l'ordonnance est transmise à notre pharmacie partenaire, qui vous contactera pour la livraison en mains propres. Pour annuler ou déplacer le rendez-vous, répondez ANNULER au moins 48 heures à l'avance.
""", ext="txt")

p("h7220", "https://www.chu-valdeloire.example/patients/offre-de-soins/psychiatrie/centre-expert-depression-resistante", "clinic", False, "fr",
  "university-hospital-expert-centre-france", "Centre expert Dépression résistante – Hôpital de jour de psychiatrie | CHU Val-de-Loire", """
<header><a href="/" class="logo">CHU Val-de-Loire</a>
<nav><a href="/patients">Patients et visiteurs</a> <a href="/patients/offre-de-soins">Offre de soins</a> <a href="/professionnels">Professionnels de santé</a> <a href="/recherche">Recherche</a> <a href="/recrutement">Nous rejoindre</a></nav>
<form><input placeholder="Rechercher un service, un médecin..."></form> <a href="/prendre-rdv" class="btn">Prendre rendez-vous</a></header>
<main>
<p class="crumbs">Accueil › Patients › Offre de soins › Psychiatrie › Centre expert Dépression résistante</p>
<h1>Centre expert Dépression résistante</h1>
<p class="sub">Pôle de psychiatrie adulte · Bâtiment Lavoisier, 2e étage · Hôpital de jour</p>
<h2>Missions</h2>
<p>Le centre expert accueille des patients adultes souffrant d'un épisode dépressif caractérisé qui n'a pas répondu à au moins deux traitements antidépresseurs bien conduits. Il propose un bilan pluridisciplinaire sur une ou deux journées (psychiatre, neuropsychologue, infirmier, bilan somatique), puis un compte rendu et des propositions thérapeutiques adressés au médecin qui vous suit.</p>
<h2>Traitements proposés à l'hôpital de jour</h2>
<ul><li>Eskétamine en spray nasal, administrée par l'équipe infirmière, avec une surveillance d'environ deux heures après chaque séance ;</li>
<li>Stimulation magnétique transcrânienne répétitive (rTMS) ;</li>
<li>Électroconvulsivothérapie (sismothérapie) sous anesthésie générale, en lien avec le service d'anesthésie ;</li>
<li>Psychoéducation et groupes de thérapie cognitive et comportementale.</li></ul>
<h2>Comment être adressé ?</h2>
<p>Le centre ne reçoit que sur adressage médical : votre psychiatre ou votre médecin traitant envoie un courrier accompagné de la fiche d'adressage (à télécharger dans l'espace professionnels). Le secrétariat vous contacte ensuite pour fixer la date du bilan. Délai actuel : environ trois mois.</p>
<h2>Le jour de votre venue</h2>
<ul><li>Apportez votre carte Vitale, votre attestation de mutuelle, vos ordonnances en cours et vos derniers comptes rendus.</li>
<li>Les jours de séance d'eskétamine, vous ne devez pas conduire : venez accompagné ou utilisez un transport prescrit (VSL, taxi conventionné) si votre situation le permet.</li>
<li>Évitez de manger dans les deux heures qui précèdent la séance.</li></ul>
<h2>Prise en charge</h2>
<p>Les soins en hôpital de jour sont pris en charge par l'Assurance Maladie ; le forfait journalier et le ticket modérateur peuvent être couverts par votre complémentaire santé. Si vous bénéficiez d'une ALD pour troubles dépressifs, la prise en charge est à 100 % sur la base des tarifs de la Sécurité sociale.</p>
<h2>L'équipe</h2>
<p>Pr Hélène Marchetti-Dufour, responsable du centre · Dr Antoine Besnard, psychiatre · Dr Camille Rivoire, psychiatre · Mme Laure Gendron, cadre de santé · M. Yanis Belkacem, neuropsychologue</p>
<h2>Contact</h2>
<p>Secrétariat : 02 00 00 41 77, du lundi au vendredi de 9 h à 16 h 30 · <a href="#">Formulaire de contact sécurisé</a></p>
<aside><h3>Voir aussi</h3><ul><li><a href="#">Droits des patients et représentants des usagers</a></li><li><a href="#">Venir au CHU : plans, parkings, tramway ligne A</a></li><li><a href="#">Participer à un essai clinique</a></li></ul></aside>
</main>
<footer>© CHU Val-de-Loire · <a href="#">Mentions légales</a> · <a href="#">Accessibilité : partiellement conforme</a> · <a href="#">Plan du site</a></footer>
""", noise="cookie-fr")

p("h7221", "https://www.lequotidienbruxellois.example/societe/2026/11/28/keta-la-drogue-des-soirees-techno-qui-inquiete-les-urgentistes", "informational", False, "fr",
  "newspaper-feature-belgium", "« Kéta » : la drogue des soirées techno qui inquiète les urgentistes bruxellois | Le Quotidien bruxellois", """
<header><a href="/" class="logo">Le Quotidien bruxellois</a>
<nav><a href="/belgique">Belgique</a> <a href="/bruxelles">Bruxelles</a> <a href="/societe">Société</a> <a href="/monde">Monde</a> <a href="/sports">Sports</a> <a href="/abonnement" class="btn">S'abonner</a></nav></header>
<main>
<article>
<p class="kicker">SOCIÉTÉ · Enquête</p>
<h1>« Kéta » : la drogue des soirées techno qui inquiète les urgentistes bruxellois</h1>
<p class="byline">Par Élodie Vanderstraeten · Publié le 28/11/2026 à 06:00 · 6 min</p>
<p class="lead">Moins chère que la cocaïne, vendue sur Snapchat et livrée « en 30 minutes », la kétamine s'est installée dans la nuit bruxelloise. Les services d'urgence et d'urologie voient arriver des patients de plus en plus jeunes.</p>
<p>Il est un peu plus de trois heures du matin dans un entrepôt reconverti de la zone du canal. Sur la piste, Lucas, 23 ans, étudiant à Louvain-la-Neuve, n'en fait pas mystère : « Tout le monde prend de la kéta maintenant. C'est moins cher que la coke et ça redescend vite. » Selon lui, le gramme se négocie entre 30 et 40 euros, parfois « nonante euros les trois grammes ».</p>
<p>Pour s'en procurer, pas besoin de chercher longtemps. Des comptes Snapchat et des canaux Telegram publient chaque jour leur « menu », avec livraison à domicile et paiement en liquide ou via une application de paiement mobile. Notre rédaction a pu en consulter plusieurs ; nous ne les citons pas.</p>
<h2>Des vessies de 25 ans</h2>
<p>« Il y a cinq ans, on voyait peut-être un cas par an. Aujourd'hui, c'est plusieurs par mois », témoigne le Dr Karim Haddouchi, urologue dans un hôpital de la capitale. Il décrit des cystites sévères, des douleurs permanentes et, dans les cas les plus graves, une vessie qui ne peut plus contenir que quelques centilitres. « Si l'on arrête tôt, beaucoup de choses peuvent encore récupérer. »</p>
<p>Aux urgences, on signale aussi des chutes, des intoxications mixtes avec l'alcool ou le GHB, et des patients retrouvés inconscients dans les toilettes de clubs.</p>
<h2>Ce que dit la loi</h2>
<p>En Belgique, la détention et la vente de kétamine hors cadre médical tombent sous le coup de la loi du 24 février 1921 sur les stupéfiants et psychotropes. Utilisée à l'hôpital comme anesthésiant, et plus récemment sous forme d'eskétamine contre la dépression résistante, la molécule n'est délivrée que sur prescription et en milieu hospitalier.</p>
<h2>Réduire les risques</h2>
<p>Du côté des associations de terrain, on mise sur l'information. « On ne va pas faire comme si ça n'existait pas », explique Margaux De Smet, coordinatrice d'un projet de réduction des risques en milieu festif. Son équipe distribue des rouleaux à usage unique et encourage les fêtards à faire analyser leurs produits.</p>
</article>
<aside><h3>Les plus lus</h3><ol><li><a href="#">Tunnel Léopold II : fermeture de nuit prolongée</a></li><li><a href="#">Anderlecht : le mercato d'hiver déjà lancé</a></li><li><a href="#">Prix de l'énergie : ce qui change au 1er janvier</a></li></ol></aside>
</main>
<footer>© Le Quotidien bruxellois 2026 · <a href="#">Conditions générales</a> · <a href="#">Vie privée</a> · <a href="#">Nous contacter</a></footer>
""", noise="cookie-fr")

# ================================================================ DUTCH (6)

p("h7222", "https://www.dutchlabdirect.example/nl/dissociatieven", "seller", True, "nl",
  "webshop-netherlands-ideal-postnl", "Dissociatieven kopen | Snel & discreet geleverd | DutchLabDirect", """
<div class="usp-bar">✓ Voor 16:00 besteld, morgen in huis &nbsp; ✓ Gratis verzending vanaf € 75 &nbsp; ✓ Discreet verpakt, geen afzender</div>
<header><a href="/" class="logo">DutchLabDirect</a> <form><input placeholder="Zoek in 240+ producten"></form>
<nav><a href="/nl/dissociatieven">Dissociatieven</a> <a href="/nl/stimulanten">Stimulanten</a> <a href="/nl/psychedelica">Psychedelica</a> <a href="/nl/benodigdheden">Benodigdheden</a> <a href="/nl/winkelwagen">Winkelwagen (0)</a></nav></header>
<main>
<h1>Dissociatieven</h1>
<p>Ketamine en aanverwante stoffen van constante kwaliteit, elke batch door een onafhankelijk lab getest. Uitsluitend voor onderzoeksdoeleinden, niet voor menselijke consumptie.</p>
<div class="grid">
<div class="card"><h3>Ketamine HCl kristal</h3><p>vanaf € 28,50 / g</p><p>1 g · 5 g · 10 g · 25 g</p><button>In winkelwagen</button></div>
<div class="card"><h3>Ketamine poeder (fijn)</h3><p>vanaf € 24,00 / g</p><p>1 g · 5 g · 10 g</p><button>In winkelwagen</button></div>
<div class="card"><h3>2-FDCK</h3><p>vanaf € 19,95 / g</p><p>1 g · 5 g · 10 g</p><button>In winkelwagen</button></div>
<div class="card"><h3>Deschloroketamine (DCK)</h3><p>vanaf € 22,50 / g</p><p class="sold">Tijdelijk uitverkocht</p><button>Mail mij bij voorraad</button></div>
</div>
<section><h2>Betalen &amp; verzenden</h2>
<p>Betaal veilig met iDEAL, Bancontact of Bitcoin. We versturen met PostNL in een neutrale envelop of doos, ook naar PostNL-punten. Levering in België in 1-2 werkdagen, rest van de EU 2-5 werkdagen. Pakketje onderschept? Dan versturen we eenmalig kosteloos opnieuw.</p></section>
<section class="reviews"><h2>Wat klanten zeggen</h2><p>"Binnen een dag binnen, keurig verpakt. Kristallen zien er top uit." – Ruben, Utrecht ★★★★★</p><p>"Beste prijs-kwaliteit van NL, K is schoon." – Sanne ★★★★★</p></section>
</main>
<footer>DutchLabDirect · Klantenservice via Telegram @dld_support · <a href="/nl/voorwaarden">Algemene voorwaarden</a> · <a href="/nl/privacy">Privacy</a> · Verkoop alleen aan personen van 18 jaar en ouder.</footer>
""", noise="cookie-nl")

p("h7223", "https://www.tweedezaak.example/v/gezondheid-en-schoonheid/overige/m1987344-ketalar-flacons-10-stuks", "seller", True, "nl",
  "second-hand-marketplace-listing-flanders", "Ketalar flacons 10 stuks - Antwerpen | Tweedezaak", """
<header><a href="/" class="logo">Tweedezaak</a> <form><input placeholder="Waar ben je naar op zoek?"> <button>Zoeken</button></form> <a href="/plaats">Plaats zoekertje</a></header>
<nav class="crumbs">Tweedezaak › Gezondheid en Schoonheid › Overige</nav>
<main>
<h1>Ketalar flacons 10 stuks</h1>
<p class="price">€ 250,00 <span>Bieden vanaf € 200</span></p>
<p class="meta">Geplaatst op 3 dec. · 2018 Antwerpen · 148 keer bekeken · 6 keer bewaard</p>
<h2>Beschrijving</h2>
<p>Allee, ik ruim op. Overschot van bij mijn schoonbroer (dierenarts met pensioen). Ketamine 50 mg/ml, flacons van 10 ml, 10 stuks, nog gesealed, vervaldatum 2027. Voor wie weet waarvoor 😉</p>
<p>Ophalen in Berchem of verzenden met bpost (aangetekend, + € 9). Betalen via Payconiq of overschrijving, eerst betalen dan verzenden. Voorschrift niet nodig, ge moet het mij niet uitleggen. Geen tijdverspillers aub, amai hoeveel berichten ik al kreeg.</p>
<div class="actions"><button>Bericht sturen</button> <button>Bod plaatsen</button> <a href="/meld/m1987344">Meld dit zoekertje</a></div>
<aside class="seller"><b>Dirk_2018</b> · Actief sinds 2021 · Reageert meestal binnen een uur</aside>
</main>
<footer>Tweedezaak · <a href="#">Veilig handelen</a> · <a href="#">Gebruiksvoorwaarden</a></footer>
""", noise="cookie-nl")

p("h7224", "https://www.beeldbelpsychiater.example/behandeling/ketamine", "telehealth", False, "nl",
  "video-psychiatrist-netherlands", "Ketaminebehandeling bij therapieresistente depressie – intake via beeldbellen | BeeldbelPsychiater", """
<header><a href="/" class="logo">BeeldbelPsychiater</a>
<nav><a href="/werkwijze">Werkwijze</a> <a href="/behandeling">Behandelingen</a> <a href="/team">Team</a> <a href="/tarieven">Tarieven &amp; vergoeding</a> <a href="/aanmelden" class="btn">Aanmelden</a></nav></header>
<main>
<h1>Ketaminebehandeling bij therapieresistente depressie</h1>
<p>Heeft u al meerdere antidepressiva en psychotherapie geprobeerd zonder voldoende resultaat? Dan kan behandeling met (es)ketamine een optie zijn. Bij ons vindt de intake en de begeleiding grotendeels plaats via beeldbellen, zodat u niet voor elke afspraak door het land hoeft te reizen.</p>
<h2>Zo werkt het</h2>
<ol><li><b>Aanmelding met verwijsbrief</b> van uw huisarts (verwijzing naar de specialistische ggz).</li>
<li><b>Intake via beeldbellen</b> met een psychiater (BIG-geregistreerd), in twee gesprekken van 45 minuten.</li>
<li><b>Lichamelijk onderzoek</b> (bloeddruk, ECG, bloedonderzoek) bij uw huisarts of via onze samenwerkende prikpost.</li>
<li><b>Behandelplan:</b> als ketamine passend is, stuurt de psychiater het recept naar onze samenwerkende apotheek. De apotheek levert het aan huis af, uitsluitend aan u persoonlijk en per behandelperiode.</li>
<li><b>Eerste innames onder begeleiding:</b> een verpleegkundige is via beeldbellen bij de eerste drie innames aanwezig; er moet een volwassene thuis zijn en u mag die dag niet autorijden.</li>
<li><b>Monitoring</b> via vragenlijsten in onze app en elke twee weken een videoconsult.</li></ol>
<h2>Vergoeding</h2>
<p>Wij hebben geen contracten met zorgverzekeraars. Met een restitutiepolis krijgt u meestal het grootste deel van de consulten vergoed, met een naturapolis of budgetpolis vaak 60 tot 80%. Houd rekening met uw eigen risico. Het middel zelf wordt niet altijd vergoed; dat verschilt per situatie.</p>
<h2>Kwaliteit</h2>
<p>Wij zijn een zorgaanbieder volgens de Wkkgz, aangesloten bij een erkende geschillencommissie, en werken volgens de richtlijnen van de beroepsvereniging.</p>
</main>
<footer>BeeldbelPsychiater B.V. · KvK 00000000 · AGB-code 00000000 · <a href="/klachten">Klachtenregeling</a> · <a href="/privacy">Privacyverklaring</a> · Bij acute nood: bel uw huisarts of de huisartsenpost.</footer>
""", noise="cookie-nl")

p("h7225", "https://www.azsintwillibrord.example/afdelingen/psychiatrie/behandelingen/esketamine", "clinic", False, "nl",
  "hospital-department-flanders-esketamine", "Behandeling met esketamine-neusspray | Dienst Psychiatrie | AZ Sint-Willibrord", """
<header><a href="/" class="logo">AZ Sint-Willibrord</a>
<nav><a href="/patienten">Patiënten &amp; bezoekers</a> <a href="/afdelingen">Afdelingen</a> <a href="/artsen">Artsen</a> <a href="/jobs">Jobs</a> <a href="/afspraak" class="btn">Afspraak maken</a></nav></header>
<main>
<p class="crumbs">Home › Afdelingen › Psychiatrie › Behandelingen › Esketamine</p>
<h1>Behandeling met esketamine-neusspray</h1>
<p>Op de dienst psychiatrie behandelen we volwassenen met een ernstige depressie die onvoldoende verbeterd is na minstens twee verschillende antidepressiva. Esketamine is een neusspray die u zelf toedient onder toezicht van onze verpleegkundigen, altijd in combinatie met een antidepressivum in tabletvorm.</p>
<h2>Hoe verloopt een behandeling?</h2>
<ul><li>De eerste vier weken komt u twee keer per week, daarna wekelijks of om de twee weken.</li>
<li>U blijft na elke toediening ongeveer twee uur ter observatie op de dagkliniek (route 42, tweede verdieping).</li>
<li>U mag na de behandeling niet zelf met de auto naar huis rijden. Zorg voor iemand die u komt ophalen.</li>
<li>Eet niet in de twee uur voor de behandeling en drink niet in het halfuur ervoor.</li></ul>
<h2>Hoe komt u in aanmerking?</h2>
<p>U wordt doorverwezen door uw psychiater. Na een raadpleging bij een van onze psychiaters beslissen we samen of de behandeling voor u geschikt is.</p>
<h2>Wat kost het?</h2>
<p>Het geneesmiddel wordt onder strikte voorwaarden terugbetaald door het RIZIV (hoofdstuk IV: voorafgaande toestemming van de adviserend arts van uw ziekenfonds). Uw psychiater vraagt die toestemming voor u aan. U betaalt zelf het remgeld voor de raadplegingen en de dagopname. Hebt u een hospitalisatieverzekering, informeer dan bij uw verzekeraar.</p>
<h2>Contact</h2>
<p>Secretariaat psychiatrie: 03 000 52 18 (elke werkdag van 8.30 tot 16.30 uur) · <a href="/afspraak">online afspraak maken</a></p>
<aside><h3>Meer over</h3><ul><li><a href="#">Dagkliniek psychiatrie</a></li><li><a href="#">Elektroconvulsietherapie (ECT)</a></li><li><a href="#">Uw rechten als patiënt / ombudsdienst</a></li><li><a href="#">Parkeren en bereikbaarheid</a></li></ul></aside>
</main>
<footer>AZ Sint-Willibrord vzw · <a href="#">Privacy</a> · <a href="#">Cookiebeleid</a> · <a href="#">Toegankelijkheid</a></footer>
""", noise="cookie-nl")

p("h7226", "https://www.drugswijzer.example/drugs-a-z/ketamine", "informational", False, "nl",
  "drug-information-fact-sheet-netherlands", "Ketamine: effecten, risico's en wet | Drugswijzer", """
<header><a href="/" class="logo">Drugswijzer</a> <span>Onafhankelijke informatie over alcohol, drugs en gokken</span>
<nav><a href="/drugs-a-z">Drugs A-Z</a> <a href="/testen">Drugs laten testen</a> <a href="/hulp">Hulp zoeken</a> <a href="/ouders">Voor ouders</a> <a href="/vraag">Stel je vraag</a></nav></header>
<main>
<h1>Ketamine</h1>
<p class="aka">Ook wel: keta, K, special K, ket</p>
<h2>Wat is ketamine?</h2>
<p>Ketamine is een verdovingsmiddel dat in ziekenhuizen en door dierenartsen wordt gebruikt. De variant esketamine is als neusspray geregistreerd voor de behandeling van ernstige depressie en wordt alleen onder medisch toezicht gegeven. Op straat wordt ketamine verkocht als wit poeder of kristallen, meestal om te snuiven.</p>
<h2>Effecten</h2>
<p>Je voelt je los van je lichaam en je omgeving. Bij een hogere dosis kun je in een 'K-hole' terechtkomen: je kunt je nauwelijks nog bewegen en verliest het contact met de omgeving. Gesnoven werkt het na 5 tot 10 minuten en duurt het ongeveer een uur.</p>
<h2>Risico's</h2>
<ul><li>Ongelukken door verdoving en verminderde coördinatie.</li><li>Gevaarlijk in combinatie met alcohol, GHB, slaapmiddelen of opiaten.</li><li>Bij regelmatig gebruik: blaasproblemen (de zogenoemde ketamineblaas), buikkrampen en geheugenproblemen.</li><li>Je kunt er psychisch verslaafd aan raken.</li></ul>
<h2>Wat zegt de wet?</h2>
<p>Ketamine is in Nederland een geneesmiddel. Het zonder vergunning verkopen of verhandelen is strafbaar op grond van de Geneesmiddelenwet. Het kabinet heeft aangekondigd ketamine onder de Opiumwet te willen brengen; kijk voor de actuele stand van zaken op de site van de Rijksoverheid.</p>
<h2>Laten testen</h2>
<p>Bij een testlocatie in de buurt kun je anoniem en voor een klein bedrag laten onderzoeken wat er in je middel zit. Bekijk de <a href="/testen">testlocaties en openingstijden</a>.</p>
<h2>Hulp</h2>
<p>Maak je je zorgen over je eigen gebruik of dat van iemand anders? Praat met je huisarts of neem contact op met een instelling voor verslavingszorg in je regio. Je kunt ook anoniem chatten met onze voorlichters.</p>
<p class="updated">Laatst bijgewerkt: 19 november 2026</p>
</main>
<footer>Drugswijzer is een project van een landelijk kennisinstituut voor geestelijke gezondheid en verslaving · <a href="#">Colofon</a> · <a href="#">Privacy</a></footer>
""", noise="cookie-nl")

p("h7227", "https://forum.feestwijs.example/t/blaasproblemen-na-keta-iemand-ervaring/48211", "informational", False, "nl",
  "forum-thread-flanders-removed-sourcing", "Blaasproblemen na keta, iemand ervaring? - Gezondheid - Feestwijs Forum", """
<header><a href="/" class="logo">Feestwijs Forum</a> <nav><a href="/c/festivals">Festivals</a> <a href="/c/gezondheid">Gezondheid</a> <a href="/c/muziek">Muziek</a> <a href="/regels">Forumregels</a> <a href="/login">Aanmelden</a></nav></header>
<main>
<h1>Blaasproblemen na keta, iemand ervaring?</h1>
<p class="cat">Gezondheid · 23 reacties · 1,4k weergaven</p>
<div class="post"><p class="author"><b>jelle_gent</b> · 2 dagen geleden</p>
<p>Ik gebruik nu een jaar of twee in het weekend keta, vooral op feestjes. Sinds een paar weken moet ik echt om het halfuur naar het toilet en het brandt. Schrik ervan. Iemand ervaring mee? Gaat dat vanzelf over als ik stop?</p></div>
<div class="post"><p class="author"><b>Mieke_V</b> · 2 dagen geleden</p>
<p>Amai, niet mee lachen hé. Direct stoppen en naar uw huisarts, zeg eerlijk wat ge gebruikt. Bij mijn vriend was het in een vroeg stadium en na een paar maanden zonder was het grotendeels weg.</p></div>
<div class="post"><p class="author"><b>techno_tom</b> · 2 dagen geleden</p>
<p>Ik heb hetzelfde gehad, ben bij een uroloog in het UZ geweest. Cystoscopie, niet plezant, maar goed opgevolgd. Ze vroegen niets vervelends, beroepsgeheim.</p></div>
<div class="post removed"><p class="author"><b>kristal_k</b> · 1 dag geleden</p>
<p><i>[Bericht verwijderd door moderator: verkoop en het delen van bronnen is verboden, zie forumregel 3. Gebruiker geschorst.]</i></p></div>
<div class="post"><p class="author"><b>Mod_Annelies</b> · 1 dag geleden</p>
<p>Ter info: wie wil praten over zijn gebruik kan anoniem terecht bij de drugslijn of bij een CGG in de buurt. En herinnering: aanbiedingen of "pm me voor een adres" worden meteen verwijderd.</p></div>
<div class="post"><p class="author"><b>jelle_gent</b> · 5 uur geleden</p>
<p>Update: bij de huisarts geweest, doorverwezen naar de uroloog. Ik stop ermee, merci allemaal.</p></div>
</main>
<footer>Feestwijs Forum · <a href="/regels">Forumregels</a> · <a href="/contact">Contact moderatie</a></footer>
""", noise="cookie-nl")

# ================================================================ PORTUGUESE (7)

p("h7228", "https://www.agrocampo-online.example/produto/cetamin-10-injetavel-frasco-10ml", "seller", True, "pt",
  "agro-vet-shop-brazil-no-prescription", "Cetamin 10% Injetável Frasco 10ml - AgroCampo Online", """
<div class="topbar">🚚 Frete grátis para o Sudeste acima de R$ 299 · 5% OFF no Pix</div>
<header><a href="/" class="logo">AgroCampo Online</a> <form><input placeholder="O que seu animal precisa?"></form>
<nav><a href="/c/bovinos">Bovinos</a> <a href="/c/equinos">Equinos</a> <a href="/c/caes-gatos">Cães e Gatos</a> <a href="/c/farmacia-veterinaria">Farmácia Veterinária</a> <a href="/carrinho">Carrinho</a></nav></header>
<main>
<p class="crumbs">Início › Farmácia Veterinária › Anestésicos</p>
<h1>Cetamin 10% Injetável – Frasco 10 ml</h1>
<p class="sku">Cód.: 88213 · Marca: genérico · Uso veterinário</p>
<p class="price">R$ 89,90 <span>ou 3x de R$ 29,97 sem juros</span></p>
<p class="pix">R$ 85,40 no Pix (5% de desconto)</p>
<label>Quantidade <input type="number" value="1"></label> <button class="buy">Comprar agora</button> <button>Adicionar ao carrinho</button>
<p class="alert">✅ <b>Não exigimos receita veterinária.</b> Produto controlado? Aqui você compra sem burocracia e recebe em casa.</p>
<h2>Entrega</h2>
<p>Enviamos para todo o Brasil por Sedex, PAC (Correios) ou transportadora. Embalagem reforçada e discreta. Pedidos pagos no Pix até as 13h são despachados no mesmo dia.</p>
<h2>Descrição</h2>
<p>Anestésico dissociativo à base de cloridrato de cetamina 100 mg/ml, para uso em cães, gatos e equinos. Frasco-ampola de 10 ml.</p>
<section class="buy-together"><h3>Compre junto</h3><p>Cetamin 10% + Xilazina 2% 10 ml por R$ 139,80 <button>Levar os dois</button></p></section>
<section class="reviews"><h3>Avaliações (37)</h3>
<p>★★★★★ <b>Thiago R.</b> – Chegou rapidinho aqui em BH, bem embalado. Recomendo demais.</p>
<p>★★★★★ <b>Jéssica M.</b> – Comprei 5 frascos, veio tudo certinho, nem pediram receita.</p>
<p>★★★★☆ <b>Anônimo</b> – Demorou um pouco pro interior do Pará, mas chegou.</p></section>
</main>
<footer>AgroCampo Online · Atendimento via WhatsApp (62) 90000-3318 · <a href="#">Trocas e devoluções</a> · <a href="#">Política de privacidade</a></footer>
""", noise="cookie-pt")

p("h7229", "https://www.classificadosja.example/anuncio/saude/ketamina-k-lisboa-e-margem-sul-IDkx93Q.html", "seller", True, "pt",
  "classifieds-ad-portugal-snippet", "", """
Vendo K (ketamina) de boa qualidade, Lisboa e Margem Sul. Entrego em mão na Amadora ou em Almada, ou envio por CTT Expresso em envelope almofadado sem remetente. Pagamento por MB WAY antes do envio: 35 €/g, 5 g a 150 €. Contacto só por Signal (peçam o número por mensagem aqui), malta séria, não respondo a curiosos.
""", ext="txt")

p("h7230", "https://www.psiqonline-brasil.example/tratamentos/escetamina", "telehealth", False, "pt",
  "telemedicine-psychiatry-brazil-referral", "Escetamina para depressão resistente: avaliação por teleconsulta | PsiqOnline", """
<header><a href="/" class="logo">PsiqOnline</a>
<nav><a href="/como-funciona">Como funciona</a> <a href="/psiquiatras">Nossos psiquiatras</a> <a href="/tratamentos">Tratamentos</a> <a href="/precos">Preços</a> <a href="/agendar" class="btn">Agendar teleconsulta</a></nav></header>
<main>
<p class="crumbs">Início › Tratamentos › Escetamina</p>
<h1>Escetamina para depressão resistente: como funciona com a PsiqOnline</h1>
<p>Se você já tentou dois ou mais antidepressivos sem melhora suficiente, a escetamina em spray nasal pode ser uma alternativa. Na PsiqOnline, a avaliação e o acompanhamento são feitos por teleconsulta com psiquiatras com CRM ativo e Registro de Qualificação de Especialista (RQE), de acordo com a Resolução CFM nº 2.314/2022.</p>
<h2>Passo a passo</h2>
<ol><li><b>Teleconsulta inicial (60 min):</b> história clínica completa, tratamentos anteriores e avaliação de riscos.</li>
<li><b>Exames:</b> pedimos exames e aferição de pressão arterial com seu médico ou em laboratório.</li>
<li><b>Encaminhamento:</b> se houver indicação, encaminhamos você para uma clínica parceira credenciada em São Paulo, Rio de Janeiro, Belo Horizonte, Curitiba ou Porto Alegre. A aplicação é sempre presencial, com monitoramento por cerca de duas horas.</li>
<li><b>Acompanhamento por vídeo</b> entre as sessões, com ajuste do antidepressivo por receita digital assinada com certificado ICP-Brasil.</li></ol>
<p class="warning">Nós não vendemos nem enviamos escetamina ou cetamina para casa. Desconfie de sites e perfis que oferecem "receita na hora" ou entrega sem consulta.</p>
<h2>Valores</h2>
<p>Teleconsulta inicial: R$ 480 · Retorno: R$ 320. Pagamento por Pix ou cartão em até 3x. Emitimos nota fiscal e relatório para pedido de reembolso ao seu plano de saúde, conforme o seu contrato. As sessões de escetamina são cobradas pela clínica parceira.</p>
<h2>Equipe</h2>
<p>Dra. Lívia Bastos Aranha – Psiquiatra, CRM-SP 000000, RQE 00000 · Dr. Henrique Valadares – Psiquiatra, CRM-MG 00000, RQE 0000 · Dra. Priscila Nogueira – Psiquiatra, CRM-PR 00000, RQE 0000</p>
</main>
<footer>PsiqOnline Serviços Médicos Ltda. · Responsável técnica: Dra. Lívia Bastos Aranha (CRM-SP 000000) · <a href="#">Termos de uso</a> · <a href="#">Política de privacidade (LGPD)</a> · Em caso de emergência, procure o pronto-socorro mais próximo.</footer>
""", noise="cookie-pt")

p("h7231", "https://www.psiquiatria-a-distancia.example/precos", "telehealth", False, "pt",
  "tele-psychiatry-price-snippet-portugal", "", """
Teleconsulta de Psiquiatria – 75 €. Todos os nossos médicos estão inscritos na Ordem dos Médicos e fazem a avaliação completa por videochamada; nos casos de depressão resistente, e só depois dessa avaliação, encaminhamos para tratamento com escetamina numa unidade hospitalar do SNS ou numa clínica privada perto de si. Emitimos fatura com NIF para o IRS e para o reembolso do seu seguro de saúde; receitas de antidepressivos são enviadas por SMS (receita sem papel).
""", ext="txt")

p("h7232", "https://www.clinicaserenidade-sp.example/infusao-de-cetamina", "clinic", False, "pt",
  "infusion-clinic-sao-paulo", "Infusão de Cetamina em São Paulo | Clínica Serenidade – Vila Mariana", """
<header><a href="/" class="logo">Clínica Serenidade</a> <span>Psiquiatria e Tratamentos Intervencionistas</span>
<nav><a href="/">Início</a> <a href="/infusao-de-cetamina">Infusão de cetamina</a> <a href="/escetamina">Escetamina (Spravato®)</a> <a href="/equipe">Equipe</a> <a href="/contato">Contato</a> <a href="https://wa.example/5511900004471" class="btn">Agendar pelo WhatsApp</a></nav></header>
<main>
<h1>Infusão de cetamina para depressão resistente e dor crônica</h1>
<p>A infusão de cetamina é um tratamento feito na clínica, por via endovenosa, em dose baixa e com monitoramento contínuo. É indicada, após avaliação psiquiátrica, para pacientes com depressão que não melhorou com os tratamentos convencionais e para algumas síndromes de dor crônica.</p>
<h2>Como é o tratamento</h2>
<ul><li><b>Consulta de avaliação</b> presencial com psiquiatra, com revisão de exames e eletrocardiograma.</li>
<li><b>Protocolo inicial:</b> 6 sessões em cerca de 3 semanas, de 40 minutos cada, em sala individual, com anestesiologista responsável e enfermagem acompanhando pressão, frequência cardíaca e saturação.</li>
<li><b>Recuperação:</b> você fica em observação até estar bem. Não é permitido dirigir no dia; venha com acompanhante ou de táxi/aplicativo.</li>
<li><b>Manutenção:</b> sessões espaçadas definidas junto com seu psiquiatra.</li></ul>
<h2>Valores</h2>
<table><tr><td>Consulta de avaliação</td><td>R$ 650</td></tr><tr><td>Sessão de infusão</td><td>R$ 1.200</td></tr><tr><td>Pacote com 6 sessões</td><td>R$ 6.600 (em até 10x no cartão)</td></tr></table>
<p>Não atendemos convênios, mas fornecemos toda a documentação (nota fiscal, relatório médico) para você solicitar reembolso ao seu plano. Aceitamos Pix, cartões de débito e crédito.</p>
<h2>Nossa equipe</h2>
<p>Dr. Ricardo Montenegro Sales – Psiquiatra, CRM-SP 000000, RQE 00000 (diretor técnico) · Dra. Fernanda Okamoto – Anestesiologista, CRM-SP 000000, RQE 00000 · Enf. Aline Caldas – COREN-SP 000000</p>
<h2>Onde estamos</h2>
<p>Rua Domingos de Morais, 0000 – conj. 42 – Vila Mariana, São Paulo. A 300 m da estação Ana Rosa do metrô. Estacionamento com manobrista no prédio.</p>
<p><a href="https://wa.example/5511900004471" class="btn">Fale com a recepção pelo WhatsApp: (11) 90000-4471</a></p>
</main>
<footer>Clínica Serenidade Ltda. · CNPJ 00.000.000/0001-00 · Diretor técnico: Dr. Ricardo Montenegro Sales · <a href="#">Política de privacidade</a></footer>
""", noise="cookie-pt")

p("h7233", "https://www.clinicadafoz.example/especialidades/psiquiatria/escetamina", "clinic", False, "pt",
  "private-clinic-porto-adse", "Tratamento com escetamina – Psiquiatria | Clínica da Foz, Porto", """
<header><a href="/" class="logo">Clínica da Foz</a>
<nav><a href="/especialidades">Especialidades</a> <a href="/medicos">Médicos</a> <a href="/acordos">Acordos e seguros</a> <a href="/marcacoes" class="btn">Marcar consulta</a> <a href="/area-cliente">Área de cliente</a></nav></header>
<main>
<p class="crumbs">Início › Especialidades › Psiquiatria › Escetamina</p>
<h1>Tratamento com escetamina por via intranasal</h1>
<p>A Consulta de Psiquiatria da Clínica da Foz disponibiliza, em regime de ambulatório, o tratamento com escetamina em spray nasal para adultos com depressão resistente, sempre em associação com um antidepressivo oral e após avaliação em consulta.</p>
<h2>Como decorre</h2>
<ul><li>Primeira consulta de psiquiatria para avaliação da indicação e dos riscos (incluindo tensão arterial e historial de consumos).</li>
<li>Nas primeiras quatro semanas, duas sessões por semana; depois, semanais ou quinzenais.</li>
<li>Após cada aplicação fica em vigilância na nossa sala de recobro durante cerca de duas horas.</li>
<li>Não pode conduzir no próprio dia: venha acompanhado.</li></ul>
<h2>Acordos</h2>
<p>Temos acordo com a ADSE, Médis, Multicare, AdvanceCare e SAMS. A comparticipação do medicamento e das sessões depende do seu subsistema ou seguro; a nossa receção confirma-lhe previamente os valores.</p>
<h2>Marcações</h2>
<p>Marcação online ou pelo telefone 220 000 417 (chamada para a rede fixa nacional), de segunda a sexta, das 8h30 às 20h, e sábados das 9h às 13h.</p>
<h2>Equipa</h2>
<p>Dr. Rui Pestana Coutinho, psiquiatra · Dra. Marta Sequeira Vaz, psiquiatra · Enf.ª Cláudia Rebelo, enfermeira especialista em saúde mental</p>
</main>
<footer>Clínica da Foz, Lda. · Registo ERS n.º 00000 · Licença de funcionamento n.º 0000/2019 · <a href="#">Livro de Reclamações Eletrónico</a> · <a href="#">Política de privacidade</a> · <a href="#">Resolução Alternativa de Litígios</a></footer>
""", noise="cookie-pt")

p("h7234", "https://www.receita-gov.example/noticias/2026/novembro/receita-federal-apreende-cetamina-em-remessas-postais-em-curitiba", "informational", False, "pt",
  "customs-seizure-note-brazil", "Receita Federal apreende 6 kg de cetamina em remessas postais em Curitiba — Receita Federal", """
<div class="govbar">gov.br · <a href="#">Órgãos do Governo</a> · <a href="#">Acesso à Informação</a> · <a href="#">Legislação</a> · <a href="#">Acessibilidade</a></div>
<header><a href="/" class="logo">Receita Federal</a> <nav><a href="/assuntos">Assuntos</a> <a href="/noticias">Notícias</a> <a href="/servicos">Serviços</a></nav></header>
<main>
<p class="crumbs">Início › Notícias › 2026 › Novembro</p>
<h1>Receita Federal apreende 6 kg de cetamina em remessas postais em Curitiba</h1>
<p class="sub">Substância estava declarada como "suplemento alimentar" e seria distribuída a partir do interior do Paraná</p>
<p class="date">Publicado em 26/11/2026 16h40</p>
<p>A Receita Federal, em ação de rotina no centro de tratamento de remessas internacionais dos Correios em Curitiba (PR), apreendeu na última semana cerca de 6 quilos de cetamina distribuídos em 11 remessas postais procedentes da Europa e da Ásia.</p>
<p>As encomendas estavam declaradas como "suplemento alimentar" e "sal de banho". A inspeção por raios X e o teste preliminar com reagente indicaram a presença da substância, confirmada posteriormente por laudo pericial.</p>
<p>A cetamina é um anestésico de uso humano e veterinário sujeito a controle especial no Brasil, e sua importação depende de autorização da Anvisa. O material apreendido e as informações levantadas foram encaminhados à Polícia Federal, que instaurou inquérito para apurar o crime de tráfico internacional de drogas. Os destinatários, com endereços em três municípios do interior do Paraná, serão investigados.</p>
<p>Segundo a fiscalização, o uso de remessas postais fracionadas, com declarações de conteúdo falsas, é uma estratégia recorrente de vendedores que anunciam a substância em redes sociais e aplicativos de mensagens.</p>
<aside><h3>Notícias relacionadas</h3><ul><li><a href="#">Receita Federal retém 3 mil comprimidos de emagrecedores sem registro</a></li><li><a href="#">Balanço das apreensões no 3º trimestre</a></li></ul></aside>
</main>
<footer>Receita Federal · <a href="#">Ouvidoria</a> · <a href="#">Fale Conosco</a></footer>
""", noise="cookie-pt")

# ================================================================ ITALIAN (6)

p("h7235", "https://www.farmaciadirettaitalia.example/prodotto/spray-nasale-esketamina-28mg", "seller", True, "it",
  "fake-online-pharmacy-italy-postepay", "Esketamina spray nasale 28 mg senza ricetta – FarmaciaDiretta Italia", COOKIE_IT + """
<header><a href="/" class="logo">FarmaciaDiretta Italia</a> <form><input placeholder="Cerca un farmaco..."></form>
<nav><a href="/categoria/ansia-depressione">Ansia e depressione</a> <a href="/categoria/dolore">Dolore</a> <a href="/categoria/sonno">Sonno</a> <a href="/categoria/uomo">Uomo</a> <a href="/carrello">Carrello</a></nav></header>
<main>
<p class="crumbs">Home › Ansia e depressione › Esketamina spray nasale 28 mg</p>
<h1>Esketamina spray nasale 28 mg</h1>
<p class="claim">Senza ricetta · Consegna in 48/72 ore in tutta Italia, isole comprese</p>
<table><tr><th>Confezione</th><th>Prezzo</th></tr>
<tr><td>1 dispositivo da 28 mg</td><td>€ 119,00</td></tr>
<tr><td>3 dispositivi da 28 mg</td><td>€ 310,00</td></tr>
<tr><td>6 dispositivi da 28 mg</td><td>€ 560,00 <b>(più venduto)</b></td></tr></table>
<button>Aggiungi al carrello</button>
<h2>Altri prodotti a base di ketamina</h2>
<ul><li>Ketamina 50 mg/ml fiale da 10 ml – da € 65,00</li><li>Ketamina in polvere per uso "di laboratorio" – da € 38,00/g</li></ul>
<h2>Pagamento e spedizione</h2>
<p>Paghi con ricarica PostePay, bonifico istantaneo o criptovalute. Spediamo con BRT o SDA in pacco anonimo, senza indicazione del contenuto né del mittente. Non serve la ricetta del medico: basta compilare il modulo d'ordine.</p>
<h2>Domande frequenti</h2>
<p><b>È sicuro ordinare da voi?</b> Da anni spediamo a migliaia di clienti soddisfatti in tutta Italia.</p>
<p><b>Il pacco può essere fermato in dogana?</b> Spediamo da magazzino interno; in caso di problemi rispediamo gratis.</p>
</main>
<footer>FarmaciaDiretta Italia · Assistenza su WhatsApp +39 351 000 2290 · <a href="#">Termini e condizioni</a> · <a href="#">Privacy</a></footer>
""")

p("h7236", "https://t.me.example/s/kappa_milano_delivery", "seller", True, "it",
  "telegram-channel-preview-italy", "Kappa Milano Delivery 🇮🇹 – Telegram", """
<div class="tgme_channel_info"><div class="tgme_channel_info_header_title">Kappa Milano Delivery 🇮🇹</div>
<div class="tgme_channel_info_counter">2 847 iscritti</div>
<div class="tgme_channel_info_description">Ketta, e non solo 💎 Consegne a mano Milano · spedizioni tutta Italia · ordini solo in privato @kappa_mi_ordini</div></div>
<section class="tgme_channel_history">
<div class="tgme_widget_message"><div class="text">Buongiorno famiglia ☀️ oggi è arrivata la ketta nuova, cristalli tipo vetro, roba seria 💎 Chi l'ha provata ieri sa di cosa parlo.</div><span class="views">1.9K</span> <time>09:12</time></div>
<div class="tgme_widget_message"><div class="text">📋 LISTINO<br>K cristallo: 1g 50€ · 3g 130€ · 5g 200€<br>Consegna a mano zona Navigli, Città Studi, Isola (min. 2g)<br>Spedizione tutta Italia con pacco celere, busta anonima, +10€</div><span class="views">2.1K</span> <time>09:15</time></div>
<div class="tgme_widget_message"><div class="text">💳 Pagamenti: ricarica PostePay, contanti alla consegna (solo Milano), USDT. Niente PayPal zio, non chiedete.</div><span class="views">1.8K</span> <time>09:16</time></div>
<div class="tgme_widget_message"><div class="text">⚠️ Canale di backup se ci bannano: cercate "kappa mi backup". Occhio ai fake che copiano il nome, l'unico contatto è @kappa_mi_ordini 🙏</div><span class="views">1.6K</span> <time>11:40</time></div>
</section>
""")

p("h7237", "https://www.psichiatriaonline-italia.example/servizi/depressione-resistente", "telehealth", False, "it",
  "televisita-psychiatry-italy", "Depressione resistente: televisita psichiatrica e percorso con esketamina | PsichiatriaOnline", COOKIE_IT + """
<header><a href="/" class="logo">PsichiatriaOnline</a>
<nav><a href="/come-funziona">Come funziona</a> <a href="/specialisti">I nostri specialisti</a> <a href="/servizi">Servizi</a> <a href="/tariffe">Tariffe</a> <a href="/prenota" class="btn">Prenota una televisita</a></nav></header>
<main>
<h1>Depressione resistente: la televisita psichiatrica e il percorso con esketamina</h1>
<p>Se hai già provato almeno due antidepressivi senza un miglioramento sufficiente, potresti soffrire di una depressione resistente al trattamento. I nostri psichiatri, tutti iscritti all'Ordine dei Medici, ti valutano in televisita e ti accompagnano nella scelta del percorso più adatto.</p>
<h2>Come funziona</h2>
<ol><li><b>Televisita di valutazione (50 minuti)</b> su piattaforma sicura: anamnesi, terapie precedenti, referti.</li>
<li><b>Piano di cura:</b> ottimizzazione della terapia, psicoterapia, eventuale indicazione a trattamenti di secondo livello.</li>
<li><b>Esketamina:</b> lo spray nasale di esketamina in Italia è un farmaco di classe H, utilizzabile solo in strutture autorizzate e con piano terapeutico. Non lo spediamo e non lo prescriviamo per uso a domicilio: se è indicato, ti indirizziamo a un centro prescrittore vicino a te e ci coordiniamo con l'équipe che ti seguirà.</li>
<li><b>Follow-up in televisita</b> tra una seduta e l'altra.</li></ol>
<h2>Tariffe</h2>
<p>Televisita di valutazione: 110 € · Controllo: 75 €. Paghi con carta o PayPal al momento della prenotazione. Ricevi fattura sanitaria, detraibile al 19% nella dichiarazione dei redditi (730) e trasmessa al Sistema Tessera Sanitaria, salvo tua opposizione.</p>
<h2>I nostri specialisti</h2>
<p>Dott.ssa Giulia Ferraresi, psichiatra (Ordine dei Medici di Bologna) · Dott. Matteo Sciarra, psichiatra (Ordine dei Medici di Roma) · Dott.ssa Chiara Lo Bianco, psichiatra (Ordine dei Medici di Palermo)</p>
</main>
<footer>PsichiatriaOnline S.r.l. · P.IVA 00000000000 · Direttore sanitario: Dott.ssa Giulia Ferraresi · <a href="#">Privacy e trattamento dei dati sanitari</a> · Il servizio non gestisce le emergenze: in caso di urgenza chiama il numero unico di emergenza.</footer>
""")

p("h7238", "https://www.asst-valleolona.example/reparti/psichiatria/ambulatorio-depressione-resistente", "clinic", False, "it",
  "public-hospital-outpatient-lombardy", "Ambulatorio per la Depressione Resistente – SC Psichiatria | ASST Valle Olona", COOKIE_IT + """
<div class="regione-bar">Sistema Socio Sanitario · Regione Lombardia</div>
<header><a href="/" class="logo">ASST Valle Olona</a>
<nav><a href="/cittadini">Cittadini</a> <a href="/reparti">Reparti e servizi</a> <a href="/prenotazioni">Prenotazioni</a> <a href="/amministrazione-trasparente">Amministrazione trasparente</a> <a href="/urp">URP</a></nav></header>
<main>
<p class="crumbs">Home › Reparti e servizi › SC Psichiatria › Ambulatorio per la Depressione Resistente</p>
<h1>Ambulatorio per la Depressione Resistente</h1>
<p class="sub">SC Psichiatria · Presidio Ospedaliero, Padiglione C, piano terra</p>
<h2>Di cosa ci occupiamo</h2>
<p>L'ambulatorio segue pazienti adulti con depressione maggiore che non hanno risposto ad almeno due trattamenti antidepressivi adeguati. Il percorso comprende la rivalutazione diagnostica, l'ottimizzazione della terapia e, quando indicato, il trattamento con esketamina spray nasale, somministrata in regime di MAC (Macroattività Ambulatoriale Complessa) sotto il controllo del personale medico e infermieristico.</p>
<h2>Come accedere</h2>
<p>Serve l'impegnativa del medico di medicina generale o dello specialista psichiatra con la dicitura "prima visita psichiatrica – depressione resistente". Si prenota tramite il Contact Center regionale, gli sportelli CUP dell'ASST o le farmacie abilitate. Se è già seguito da un Centro Psicosociale (CPS), sarà il suo psichiatra a inviarla direttamente.</p>
<h2>Costi</h2>
<p>Le prestazioni sono a carico del Servizio Sanitario Regionale, salvo il pagamento del ticket previsto per la specialistica ambulatoriale. Chi ha un'esenzione per patologia o per reddito deve indicarla al momento della prenotazione.</p>
<h2>Il giorno della seduta</h2>
<ul><li>Si presenti accompagnato: dopo la somministrazione non è consentito guidare fino al giorno successivo.</li>
<li>Rimarrà in osservazione per circa due ore, con controllo della pressione arteriosa.</li>
<li>Porti la tessera sanitaria, l'impegnativa e l'elenco dei farmaci che assume.</li></ul>
<h2>Équipe</h2>
<p>Direttore SC: Dott. Gianfranco Rivolta · Referente ambulatorio: Dott.ssa Silvia Brambilla · Coordinatrice infermieristica: Elena Colombo</p>
<h2>Contatti</h2>
<p>Segreteria: 0331 000 277, dal lunedì al venerdì dalle 9.00 alle 12.30 · PEC: protocollo@pec.asst-valleolona.example</p>
</main>
<footer>ASST Valle Olona · P.IVA 00000000000 · <a href="#">Note legali</a> · <a href="#">Privacy</a> · <a href="#">Dichiarazione di accessibilità</a></footer>
""")

p("h7239", "https://www.salute-governo.example/portale/news/dettaglioComunicatiNuovoMinistero.jsp?id=6412", "informational", False, "it",
  "ministry-warning-illegal-online-pharmacies-italy", "Farmaci online illegali: i NAS oscurano 38 siti che vendevano ketamina ed esketamina senza ricetta", COOKIE_IT + """
<header><a href="/" class="logo">Ministero della Salute</a> <nav><a href="#">Temi e professioni</a> <a href="#">News e media</a> <a href="#">Ministero</a></nav></header>
<main>
<p class="crumbs">Home › News e media › Comunicati stampa</p>
<p class="date">Comunicato n. 212 del 3 dicembre 2026</p>
<h1>Farmaci online illegali: i NAS oscurano 38 siti che vendevano ketamina ed esketamina senza ricetta</h1>
<p>Al termine di un'attività di monitoraggio della rete condotta dai Carabinieri del Comando per la Tutela della Salute (NAS), su disposizione del Ministero della Salute sono stati oscurati 38 siti internet che offrivano in vendita ketamina, esketamina in spray nasale e altri medicinali soggetti a prescrizione, senza richiedere alcuna ricetta medica.</p>
<p>I siti, per lo più registrati all'estero, si presentavano come "farmacie online" o "cliniche digitali", accettavano pagamenti tramite carte prepagate, bonifici e criptovalute e promettevano spedizioni anonime in tutta Italia. In diversi casi veniva proposto un semplice questionario al posto della visita medica.</p>
<h2>Cosa sapere prima di acquistare medicinali online</h2>
<ul><li>In Italia le farmacie e gli esercizi commerciali autorizzati possono vendere online <b>solo medicinali senza obbligo di prescrizione</b> (SOP e OTC). Nessun sito autorizzato può vendere online farmaci con obbligo di ricetta.</li>
<li>I siti autorizzati espongono il logo comune europeo: cliccandolo si deve arrivare all'elenco ufficiale del Ministero.</li>
<li>L'esketamina spray nasale è un medicinale utilizzabile solo in strutture autorizzate e sotto controllo medico; la ketamina è un anestetico per uso ospedaliero e veterinario.</li>
<li>I prodotti venduti da siti illegali possono essere contraffatti, contaminati o dosati in modo errato.</li></ul>
<p>Il Ministero invita i cittadini a segnalare i siti sospetti e a rivolgersi sempre al proprio medico o al farmacista.</p>
<aside><h3>Approfondimenti</h3><ul><li><a href="#">Vendita online di medicinali: elenco delle farmacie autorizzate</a></li><li><a href="#">Il logo comune europeo</a></li><li><a href="#">Medicinali falsificati: come riconoscerli</a></li></ul></aside>
</main>
<footer>Ministero della Salute · <a href="#">Note legali</a> · <a href="#">Privacy</a> · <a href="#">Accessibilità</a></footer>
""")

p("h7240", "https://www.comunita-il-faro.example/percorsi/ketamina-giovani-adulti", "informational", False, "it",
  "therapeutic-community-rehab-snippet", "", """
Comunità terapeutica Il Faro – percorsi residenziali e semiresidenziali per giovani adulti (18-30 anni) con uso problematico di ketamina e policonsumo, con supporto psicologico, attività di gruppo e collaborazione con l'urologia dell'ospedale di zona per chi ha danni alla vescica. L'inserimento avviene tramite il SerD della propria ASL, che valuta il caso e autorizza la retta a carico del Servizio Sanitario; per un primo colloquio informativo le famiglie possono chiamare lo 0522 000 614.
""", ext="txt")

save(OUT, R)
