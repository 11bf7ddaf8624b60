# Batch 149 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Respectable-looking sellers in Europe and Latin America". The sellers are unregulated sellers
# of ketamine, esketamine or analogues dressed as respectable local businesses (a Mexican 'centro de
# bienestar', a German 'Praxis' run by a Heilpraktiker, a French 'officine', a Dutch 'apotheek', a
# Brazilian 'farmacia de manipulacao', an Italian 'centro medico', a London wellness studio, an Algarve
# 'farmacia' for expats, an Amsterdam 'apothecary'); the giveaway is how they operate (approval by a
# coach/naturopath/pharmacist instead of a physician, prepaid coupons (PCS, Transcash, Paysafecard,
# PostePay top-ups, OXXO deposits), transfers/PIX/Bizum/Tikkie to a named person, parcels from abroad,
# no records asked). Next to them: genuine local clinics (private infusion clinics, hospital esketamine
# outpatient services, a medical-tourism clinic in Mexico, a Sao Paulo clinic with WhatsApp booking),
# telehealth/online psychiatry services that evaluate by video and refer to partner centres, a licensed
# compounding pharmacy that dispenses only on prescription, news, government/consumer warnings,
# drug-checking and drug-information pages.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational. Language split changed for this batch
# only: 12 English, 28 es/de/fr/nl/pt/it (es 5, de 5, fr 5, pt 5, nl 4, it 4).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), medium pages, short
# pages, navigation-heavy pages, partial pages (truncated scrape), a bot-check wall (url-only) and a
# few plain-text excerpts (ext="txt": messenger status, classified, forum quote).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch149.py (writes batch149/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch149")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

COOKIE_IT = '<div class="cookie-law">Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione di terze parti. <button>Accetta</button> <button>Rifiuta</button> <a href="/privacy">Informativa</a></div>'

# ---------------------------------------------------------------- sellers dressed as respectable local businesses

p("h14901", "https://centrorenacer-bienestar.example/terapias/ketamina-sublingual-en-casa", "seller", True, "es",
  "wellness-centre-home-kit-long", "Terapia de Ketamina Sublingual en Casa | Centro de Bienestar Renacer - Guadalajara", """
<header>
<div class="top">Lun a Sáb 9:00 - 19:00 &middot; Av. Chapultepec 418, Col. Americana, Guadalajara, Jal. &middot; Tel. 33 1234 5678</div>
<a class="logo" href="/">Centro de Bienestar <b>Renacer</b> <small>Mente &middot; Cuerpo &middot; Espíritu</small></a>
<nav><a href="/">Inicio</a> <a href="/nosotros">Nosotros</a> <a href="/terapias">Terapias</a> <a href="/terapias/temazcal">Temazcal</a> <a href="/terapias/sonoterapia">Sonoterapia</a> <a href="/terapias/ketamina-sublingual-en-casa">Ketamina en casa</a> <a href="/tienda">Tienda</a> <a href="/blog">Blog</a> <a href="/contacto">Contacto</a></nav>
</header>
<main>
<section class="hero">
<h1>Terapia de Ketamina Sublingual en Casa</h1>
<p class="lead">Más de 1,200 personas han recuperado las ganas de vivir con nuestro programa. Sin filas, sin hospitales, sin juicios: recibes tu kit en la puerta de tu casa en cualquier parte de la República.</p>
<a class="btn" href="#paquetes">Ver paquetes</a> <a class="btn btn-wa" href="https://wa.me/5213312345678?text=Hola%2C%20quiero%20informes%20del%20kit">Pedir por WhatsApp</a>
</section>
<section>
<h2>¿Para quién es?</h2>
<p>Para personas que viven con tristeza persistente, ansiedad, estrés postraumático o simplemente sienten que "algo no está bien" y ya probaron de todo. La ketamina es un medicamento con más de 50 años de uso y cada vez más estudios la respaldan.</p>
<h2>¿Cómo funciona?</h2>
<ol>
<li><b>Llamada de valoración gratuita (15 min)</b> con una de nuestras coaches de bienestar certificadas. No necesitas receta ni historial clínico: solo cuéntanos cómo te sientes.</li>
<li><b>Elige tu paquete</b> y realiza tu pago por depósito en OXXO, transferencia SPEI o depósito en ventanilla a la cuenta que te enviamos por WhatsApp.</li>
<li><b>Recibe tu kit</b> en 2 a 4 días hábiles por paquetería, en empaque neutro sin logotipos.</li>
<li><b>Sesiones guiadas</b> por Zoom con tu coach o, si lo prefieres, con nuestras meditaciones grabadas.</li>
</ol>
</section>
<section id="paquetes">
<h2>Paquetes</h2>
<table class="precios">
<tr><th>Paquete</th><th>Incluye</th><th>Precio</th></tr>
<tr><td>Despertar</td><td>4 tabletas sublinguales de ketamina 100 mg + 1 sesión guiada</td><td>$3,900 MXN</td></tr>
<tr><td>Renacer</td><td>8 tabletas 150 mg + 4 sesiones guiadas + diario de integración</td><td>$6,800 MXN</td></tr>
<tr><td>Transformación</td><td>12 tabletas 200 mg + 6 sesiones + playlist + antifaz</td><td>$9,500 MXN</td></tr>
</table>
<p class="small">* Precios con descuento del 10% pagando por depósito OXXO. Los depósitos se realizan a nombre de nuestra administradora, <b>Lic. Mariana G. R.</b>; envía tu comprobante por WhatsApp para liberar tu pedido.</p>
<p class="small">* Enviamos a toda la República Mexicana y también a EE. UU. (consulta condiciones).</p>
</section>
<section class="testimonios">
<h2>Lo que dicen nuestros pacientes</h2>
<blockquote>"Después de años de antidepresivos que no me hacían nada, con el paquete Renacer por fin volví a sonreír." &mdash; Claudia, Monterrey</blockquote>
<blockquote>"Me encantó que no me pidieran papeles ni citas con psiquiatra, todo fue por WhatsApp y súper discreto." &mdash; Jorge, CDMX</blockquote>
</section>
<section class="faq">
<h2>Preguntas frecuentes</h2>
<h3>¿Es legal?</h3><p>Trabajamos con un laboratorio aliado y todos nuestros productos son de grado farmacéutico. Cada persona es responsable del uso que hace de su kit.</p>
<h3>¿Necesito receta médica?</h3><p>No. Nuestra valoración de bienestar sustituye la consulta tradicional para que empieces cuanto antes.</p>
<h3>¿Puedo combinarlo con mis medicamentos?</h3><p>Coméntalo con tu coach durante la llamada de valoración.</p>
</section>
</main>
<aside><h4>Próximos eventos</h4><ul><li>Temazcal de luna llena &ndash; sábado 14</li><li>Baño de sonido con cuencos &ndash; domingo 15</li><li>Taller de respiración consciente &ndash; miércoles 18</li></ul></aside>
<footer><p>&copy; 2026 Centro de Bienestar Renacer. Las terapias complementarias no sustituyen el tratamiento médico. <a href="/aviso-de-privacidad">Aviso de privacidad</a> &middot; <a href="/terminos">Términos</a></p></footer>
""", noise="cookie-es")

p("h14902", "https://wa-catalogo.example/c/5731098765432/esketamina-spray-nasal", "seller", True, "es",
  "messenger-business-catalog-txt", "Centro Médico Integral Salud Plena - catálogo", """
Centro Médico Integral Salud Plena ✅ Cuenta de empresa
Medellín · Bogotá · Cali · envíos nacionales e internacionales

ESKETAMINA SPRAY NASAL 28 mg (importado de India, caja sellada) 💙
1 dispositivo $780.000 COP · caja x3 $2.100.000 COP
No requiere fórmula médica. Nuestra auxiliar te hace unas preguntas por chat y te despachamos el mismo día.
Pago: Nequi o transferencia Bancolombia a nombre de la representante (te enviamos los datos por interno). Envío discreto por Servientrega, también enviamos a Ecuador, Perú y España.
También: ketamina ampolla 500 mg/10 ml · tabletas sublinguales. Escríbenos 👉 +57 310 987 6543
""", ext="txt")

p("h14903", "https://praxis-lichtblick-naturheilkunde.example/behandlungen/ketamin-nasenspray-zuhause", "seller", True, "de",
  "heilpraktiker-practice-long", "Ketamin-Begleitung für zu Hause | Praxis Lichtblick – Naturheilkunde & Bewusstseinsarbeit, Freiburg", """
<header>
<div class="kontakt">Praxis Lichtblick &middot; Kaiser-Joseph-Straße 211 &middot; 79098 Freiburg im Breisgau &middot; Termine nach Vereinbarung</div>
<nav><a href="/">Startseite</a> <a href="/praxis">Die Praxis</a> <a href="/behandlungen">Behandlungen</a> <a href="/behandlungen/akupunktur">Akupunktur</a> <a href="/behandlungen/bioresonanz">Bioresonanz</a> <a href="/behandlungen/ketamin-nasenspray-zuhause">Ketamin-Begleitung</a> <a href="/preise">Preise</a> <a href="/kontakt">Kontakt</a> <a href="/impressum">Impressum</a></nav>
</header>
<main>
<h1>Ketamin-Begleitung für zu Hause</h1>
<p class="intro">Depression, Erschöpfung, Burn-out: Viele unserer Patientinnen und Patienten haben eine lange Odyssee durch Wartezimmer hinter sich. Die Wartezeit auf einen Platz in einer Klinik mit Esketamin-Ambulanz beträgt oft viele Monate. Wir bieten Ihnen einen sanften, selbstbestimmten Weg &ndash; diskret in Ihren eigenen vier Wänden.</p>
<h2>Ihre Begleiterin</h2>
<p>Sabine Hartmann, Heilpraktikerin für Psychotherapie (HeilprG), Ausbildung in systemischer Beratung und Atemarbeit, seit 2014 in eigener Praxis. Frau Hartmann führt das ausführliche Vorgespräch und entscheidet, ob die Ketamin-Begleitung für Sie geeignet ist. Ein Facharzt- oder Hausarztbefund ist <em>nicht</em> erforderlich.</p>
<h2>Ablauf</h2>
<ol>
<li>Kostenloses telefonisches Vorgespräch (30 Minuten)</li>
<li>Sie erhalten unsere Unterlagen und die Bankverbindung für die Vorkasse</li>
<li>Das Ketamin-Nasenspray (Racemat, 10 ml, 100 mg/ml) wird Ihnen von unserer Partnerapotheke in den Niederlanden in neutraler Verpackung zugesandt</li>
<li>Drei begleitete Sitzungen per Video, anschließend Integrationsgespräch in der Praxis</li>
</ol>
<h2>Preise</h2>
<table>
<tr><td>Vorgespräch</td><td>kostenlos</td></tr>
<tr><td>Paket „Lichtblick“: 1 Flasche Nasenspray + 3 Videositzungen</td><td>690 €</td></tr>
<tr><td>Folgeflasche (nur für bestehende Klient:innen)</td><td>390 €</td></tr>
</table>
<p>Zahlung ausschließlich per Vorkasse-Überweisung auf das Konto von S. Hartmann (Verwendungszweck: „Beratung“) oder per Paysafecard-PIN. Eine Abrechnung mit Krankenkassen oder privaten Versicherungen ist nicht möglich; wir stellen keine Rechnungen mit Medikamentenbezeichnung aus.</p>
<h2>Häufige Fragen</h2>
<h3>Ist das nicht ein Betäubungsmittel?</h3>
<p>Ketamin ist ein seit Jahrzehnten bewährtes Medikament. Die Abgabe erfolgt über unsere ausländische Partnerapotheke, daher gelten für Sie keine deutschen Rezeptvorgaben.</p>
<h3>Muss ich meinen Hausarzt informieren?</h3>
<p>Das bleibt Ihnen überlassen. Wir benötigen keine Arztbriefe oder Befunde.</p>
</main>
<aside class="sidebar">
<h4>Aktuelles</h4><ul><li>Neuer Kurs: Achtsamkeit im Alltag (ab März)</li><li>Praxisurlaub 23.12.–06.01.</li></ul>
<h4>Mitglied im</h4><p>Verband Freier Psychotherapeuten, Heilpraktiker für Psychotherapie und Psychologischen Berater e.V.</p>
</aside>
<footer><p>Praxis Lichtblick &middot; Inhaberin Sabine Hartmann, Heilpraktikerin (Psychotherapie), Erlaubnis erteilt durch das Gesundheitsamt &middot; <a href="/datenschutz">Datenschutz</a> &middot; <a href="/impressum">Impressum</a></p>
<p class="hinweis">Hinweis gemäß HWG: Die hier dargestellten Verfahren sind schulmedizinisch nicht in jedem Fall anerkannt.</p></footer>
""", noise="cookie-de")

p("h14904", "https://vital-apotheke-versand.example/produkt/esketamin-nasenspray-28mg", "seller", True, "de",
  "fake-pharmacy-product-medium", "Esketamin Nasenspray 28 mg – Vital Apotheke am Ring Versand", """
<header><a class="logo" href="/">Vital Apotheke am Ring <small>Ihre Versandapotheke seit 1998</small></a>
<form class="suche"><input placeholder="Medikament, Wirkstoff oder PZN"></form>
<a href="/konto">Mein Konto</a> <a href="/warenkorb">Warenkorb (0)</a></header>
<nav><a href="/kategorie/schmerz">Schmerz</a> <a href="/kategorie/psyche">Psyche &amp; Nerven</a> <a href="/kategorie/potenz">Potenz</a> <a href="/kategorie/schlaf">Schlaf</a> <a href="/kategorie/abnehmen">Abnehmen</a></nav>
<main class="produkt">
<h1>Esketamin Nasenspray 28 mg (Generikum)</h1>
<p class="badges"><span>✔ Diskreter Versand</span> <span>✔ Ohne Papierrezept</span> <span>✔ Zufriedenheitsgarantie</span></p>
<table class="varianten">
<tr><th>Packung</th><th>Preis</th><th></th></tr>
<tr><td>1 Sprühgerät</td><td>219,00 €</td><td><button>In den Warenkorb</button></td></tr>
<tr><td>3 Sprühgeräte</td><td>589,00 €</td><td><button>In den Warenkorb</button></td></tr>
<tr><td>6 Sprühgeräte</td><td>999,00 €</td><td><button>In den Warenkorb</button></td></tr>
</table>
<h2>So einfach geht's</h2>
<p>Füllen Sie nach dem Bestellen unseren kurzen medizinischen Fragebogen aus (ca. 3 Minuten). Unser pharmazeutisches Team prüft Ihre Angaben, eine ärztliche Untersuchung ist nicht nötig. Der Versand erfolgt aus unserem EU-Partnerlager, Zustellung in 5&ndash;9 Werktagen.</p>
<h2>Zahlungsarten</h2>
<p>Überweisung (Empfänger wird in der Bestellbestätigung genannt), Paysafecard, Bitcoin. Kreditkartenzahlung ist für diese Produktgruppe leider nicht verfügbar.</p>
<h2>Produktinformation</h2>
<p>Esketamin ist das S-Enantiomer von Ketamin und wird bei therapieresistenter Depression eingesetzt. Lesen Sie die Packungsbeilage. Bei Fragen wenden Sie sich an unseren Kundenservice.</p>
</main>
<footer><p>Vital Apotheke am Ring &middot; Versandhandel &middot; Kundenservice: service@vital-apotheke-versand.example &middot; <a href="/agb">AGB</a> <a href="/impressum">Impressum</a></p></footer>
""", noise="cookie-de")

p("h14905", "https://officine-sainte-claire.example/produits/ketamine-comprimes-sublinguaux", "seller", True, "fr",
  "officine-coupon-payment-long", "Kétamine comprimés sublinguaux – Officine Sainte-Claire, pharmacie de quartier depuis 1974", """
<header>
<a class="logo" href="/">Officine Sainte-Claire <small>Pharmacie &middot; Herboristerie &middot; Conseil</small></a>
<p class="adresse">12 rue de la République, 69002 Lyon &middot; du lundi au samedi</p>
<nav><a href="/">Accueil</a> <a href="/conseils">Nos conseils</a> <a href="/produits/phytotherapie">Phytothérapie</a> <a href="/produits/bien-etre">Bien-être &amp; humeur</a> <a href="/produits/sommeil">Sommeil</a> <a href="/livraison">Livraison</a> <a href="/paiement">Paiement</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<p class="fil"><a href="/">Accueil</a> &rsaquo; <a href="/produits/bien-etre">Bien-être &amp; humeur</a> &rsaquo; Kétamine sublinguale</p>
<h1>Kétamine comprimés sublinguaux 50 mg / 100 mg</h1>
<p>Préparée selon les bonnes pratiques, notre kétamine sublinguale est proposée aux personnes souffrant de dépression résistante, d'anxiété ou de douleurs chroniques qui n'ont pas trouvé de solution auprès de leur médecin.</p>
<ul class="prix">
<li>Boîte de 10 comprimés 50 mg &ndash; 149 &euro;</li>
<li>Boîte de 10 comprimés 100 mg &ndash; 229 &euro;</li>
<li>Cure de 30 comprimés 100 mg &ndash; 590 &euro;</li>
</ul>
<button>Ajouter au panier</button>
<h2>Pas d'ordonnance ? Pas de problème</h2>
<p>Notre pharmacienne conseil vous rappelle sous 24 h pour un entretien de quelques minutes. Aucun document médical ne vous sera demandé.</p>
<h2>Paiement</h2>
<p>Pour des raisons de confidentialité, nous acceptons uniquement les <b>coupons PCS Mastercard</b>, <b>Transcash</b> et <b>Neosurf</b>, disponibles dans tous les bureaux de tabac. Envoyez les codes de vos coupons par e-mail à commandes@officine-sainte-claire.example avec votre numéro de commande. Les virements bancaires sont possibles sur le compte de notre gérante (nous contacter).</p>
<h2>Livraison</h2>
<p>Expédition depuis notre entrepôt partenaire en Espagne, colis neutre, 4 à 7 jours ouvrés. En cas de retenue en douane, nous renvoyons gratuitement votre commande une fois.</p>
<section class="avis"><h3>Avis clients (4,8/5)</h3>
<p>&laquo; Enfin quelqu'un qui écoute. Reçu en 5 jours, emballage très discret. &raquo; &ndash; Nathalie, Bordeaux</p>
<p>&laquo; Paiement en coupons un peu inhabituel mais tout est arrivé. &raquo; &ndash; Karim, Lille</p></section>
</main>
<footer><p>Officine Sainte-Claire &ndash; votre pharmacie de quartier &middot; <a href="/mentions-legales">Mentions légales</a> &middot; <a href="/cgv">CGV</a></p></footer>
""", noise="cookie-fr")

p("h14906", "https://cabinet-harmonie-naturo.example/accompagnement-ketamine-domicile", "seller", True, "fr",
  "naturopath-partial-page", "Accompagnement kétamine à domicile – Cabinet Harmonie, Lausanne", """
<div class="wrap">
<h1>Accompagnement kétamine à domicile</h1>
<p>Au Cabinet Harmonie, Valérie Rochat, naturopathe diplômée et praticienne en hypnose, vous accompagne dans une démarche de mieux-être avec la kétamine, dans le confort et la sécurité de votre foyer.</p>
<h2>Comment ça se passe ?</h2>
<p>Après un bilan de vitalité (60 min, au cabinet ou en visio), Valérie détermine avec vous le protocole adapté. Le kit (flacon de kétamine injectable à prendre en gouttes, pipette doseuse, livret) vous est envoyé par colis postal depuis la France ou l'Espagne, jamais depuis la Suisse, pour éviter les formalités.</p>
<p>Tarif de l'accompagnement complet : CHF 850.&ndash;, réglable par virement sur le compte personnel de Valérie ou en espèces lors du bilan. Les frais ne sont pas remboursés par les assurances complémentaires pour cette prestation.</p>
<h2>Pour qui ?</h2>
<p>Personnes en burn-out, dépression, deuil difficile ou en quête de sens. Pas besoin d'avis psychiatrique préalable ; nous respectons votre autonomie et votre
""")

p("h14907", "https://apotheek-de-linde-online.example/esketamine-neusspray-bestellen", "seller", True, "nl",
  "apotheek-tikkie-medium", "Esketamine neusspray bestellen zonder recept – Apotheek De Linde", """
<header><a href="/" class="logo">Apotheek De Linde <small>Uw apotheek in het hart van Utrecht</small></a>
<nav><a href="/">Home</a> <a href="/assortiment">Assortiment</a> <a href="/esketamine-neusspray-bestellen">Esketamine</a> <a href="/over-ons">Over ons</a> <a href="/klantenservice">Klantenservice</a></nav></header>
<main>
<h1>Esketamine neusspray bestellen</h1>
<p>Wachtlijsten in de GGZ lopen op tot meer dan een jaar. Wij vinden dat niemand zo lang hoeft te wachten. Bij Apotheek De Linde kunt u esketamine neusspray 28 mg bestellen zonder recept en zonder verwijzing van uw huisarts.</p>
<table>
<tr><td>Startpakket: 2 sprays</td><td>&euro; 349</td></tr>
<tr><td>Maandpakket: 8 sprays</td><td>&euro; 1.195</td></tr>
</table>
<h2>Hoe werkt het?</h2>
<ol><li>Vul het korte intakeformulier in (naam, adres, leeftijd, klachten).</li>
<li>U ontvangt binnen een uur een Tikkie op naam van onze medewerker; na betaling wordt uw bestelling direct verwerkt.</li>
<li>Wij versturen vanuit ons magazijn in Spanje, discreet verpakt, levering in 3&ndash;5 werkdagen via PostNL.</li></ol>
<p>Geen medisch dossier nodig, wij delen uw gegevens niet met uw huisarts of zorgverzekeraar.</p>
<p class="klein">Esketamine is een geneesmiddel. Lees voor gebruik de bijsluiter.</p>
</main>
<footer>Apotheek De Linde &middot; KvK-nummer op aanvraag &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie-nl")

p("h14908", "https://farmaciaflordelotus-manipulacao.example/produto/cetamina-manipulada-sublingual", "seller", True, "pt",
  "compounding-pharmacy-pix-long", "Cetamina Manipulada Sublingual | Farmácia de Manipulação Flor de Lótus - Curitiba", """
<header>
<div class="faixa">Frete grátis para todo o Brasil acima de R$ 399 &middot; Parcele em até 3x &middot; Atendimento humanizado pelo WhatsApp</div>
<a class="logo" href="/">Flor de Lótus <small>Farmácia de Manipulação &middot; desde 2003</small></a>
<nav><a href="/">Início</a> <a href="/manipulados">Manipulados</a> <a href="/fitoterapicos">Fitoterápicos</a> <a href="/dermocosmeticos">Dermocosméticos</a> <a href="/saude-mental">Saúde Mental</a> <a href="/envie-sua-receita">Envie sua receita</a> <a href="/quem-somos">Quem somos</a> <a href="/carrinho">Carrinho</a></nav>
</header>
<main>
<p class="trilha"><a href="/">Início</a> &gt; <a href="/saude-mental">Saúde Mental</a> &gt; Cetamina manipulada</p>
<h1>Cetamina Manipulada Sublingual (comprimidos orodispersíveis)</h1>
<div class="preco">
<p>30 comprimidos de 50 mg &ndash; <b>R$ 690,00</b></p>
<p>30 comprimidos de 100 mg &ndash; <b>R$ 1.090,00</b></p>
<p>Spray nasal de cetamina 10 ml &ndash; <b>R$ 1.290,00</b></p>
<button>Comprar agora</button>
</div>
<h2>Não tem receita?</h2>
<p>Sabemos como é difícil conseguir consulta com psiquiatra pelo SUS ou pelo plano. Por isso nossa farmacêutica responsável faz uma <b>avaliação farmacêutica online</b> gratuita pelo WhatsApp e libera a manipulação no mesmo dia. Não pedimos laudo, receita azul ou receita de controle especial.</p>
<h2>Pagamento</h2>
<p>PIX com 8% de desconto. A chave PIX é o CPF do nosso sócio-administrador e será enviada após a avaliação. Boleto e cartão não disponíveis para produtos da linha Saúde Mental.</p>
<h2>Envio</h2>
<p>Enviamos por transportadora parceira em embalagem discreta, sem o nome da farmácia. Prazo de 3 a 8 dias úteis. Não enviamos nota fiscal junto ao pacote para preservar a sua privacidade.</p>
<h2>Sobre a cetamina</h2>
<p>A cetamina é um anestésico utilizado há décadas e que vem sendo estudado no tratamento da depressão resistente. Nossas fórmulas são preparadas em laboratório próprio com insumos importados e controle de qualidade.</p>
<section class="depoimentos">
<h3>Depoimentos</h3>
<p>"Atendimento maravilhoso, a farmacêutica me explicou tudo e chegou em 4 dias." &ndash; Patrícia, Florianópolis</p>
<p>"Já tinha tentado de tudo. Recomendo!" &ndash; Rodrigo, Belo Horizonte</p>
</section>
</main>
<footer>
<p>Farmácia de Manipulação Flor de Lótus &middot; Rua XV de Novembro, 1502 &ndash; Centro, Curitiba/PR &middot; Farmacêutica responsável: Dra. Luciana M. (CRF-PR) </p>
<p><a href="/politica-de-privacidade">Política de privacidade</a> &middot; <a href="/trocas-e-devolucoes">Trocas e devoluções</a></p>
</footer>
""", noise="cookie-pt")

p("h14909", "https://clinicaintegrativa-serenidade.example/escetamina", "seller", True, "pt",
  "integrative-clinic-short", "Escetamina – Clínica Integrativa Serenidade, Porto", """
<h1>Escetamina em spray nasal</h1>
<p>Na Clínica Integrativa Serenidade acreditamos numa abordagem holística à saúde mental. Disponibilizamos escetamina spray 28 mg importada, entregue em sua casa em qualquer ponto de Portugal continental ou ilhas.</p>
<p>Não é necessária receita nem relatório médico: a nossa terapeuta integrativa faz uma breve conversa de triagem por telefone. Pagamento por MB WAY para o número da nossa coordenadora ou transferência para conta particular. Envio a partir de Espanha em 48&ndash;72 h.</p>
<p>Pack 2 unidades: 320 &euro; &middot; Pack 6 unidades: 890 &euro;. Contacte-nos: 912 345 678 (WhatsApp).</p>
""")

p("h14910", "https://centromedicosanraffaele-benessere.example/trattamenti/ketamina-sublinguale", "seller", True, "it",
  "centro-medico-postepay-long", "Ketamina sublinguale a domicilio | Centro Medico San Raffaele Benessere – Bari", COOKIE_IT + """
<header>
<a class="logo" href="/">Centro Medico <b>San Raffaele Benessere</b></a>
<p class="info">Via Sparano da Bari 88 &middot; 70121 Bari &middot; Lun&ndash;Ven 9&ndash;20</p>
<nav><a href="/">Home</a> <a href="/chi-siamo">Chi siamo</a> <a href="/trattamenti">Trattamenti</a> <a href="/trattamenti/mesoterapia">Mesoterapia</a> <a href="/trattamenti/ossigeno-ozono">Ossigeno-ozonoterapia</a> <a href="/trattamenti/ketamina-sublinguale">Ketamina sublinguale</a> <a href="/shop">Shop</a> <a href="/contatti">Contatti</a></nav>
</header>
<main>
<h1>Ketamina sublinguale a domicilio</h1>
<p class="intro">Da oltre dieci anni il nostro centro si prende cura del benessere di corpo e mente. Oggi offriamo anche un percorso con ketamina sublinguale per chi soffre di depressione che non risponde ai farmaci, ansia e stress cronico, senza lunghe liste d'attesa e senza dover passare per il CSM.</p>
<h2>Come funziona</h2>
<ul>
<li>Colloquio conoscitivo telefonico con la nostra counselor (gratuito)</li>
<li>Nessuna impegnativa, nessuna ricetta, nessuna cartella clinica richiesta</li>
<li>Spedizione in pacco anonimo dalla nostra sede partner in Albania, consegna in 5&ndash;10 giorni lavorativi</li>
<li>Supporto via WhatsApp per tutta la durata del percorso</li>
</ul>
<h2>Prezzi</h2>
<table>
<tr><td>Percorso Base &ndash; 6 compresse sublinguali 100 mg</td><td>&euro; 290</td></tr>
<tr><td>Percorso Completo &ndash; 12 compresse sublinguali 150 mg + 2 videocolloqui</td><td>&euro; 540</td></tr>
<tr><td>Mantenimento &ndash; 6 compresse 150 mg</td><td>&euro; 260</td></tr>
</table>
<p><b>Pagamento:</b> ricarica PostePay intestata alla nostra responsabile amministrativa oppure buoni Paysafecard. Dopo la ricarica inviate la foto della ricevuta al nostro numero WhatsApp +39 333 000 1122.</p>
<h2>Domande frequenti</h2>
<h3>Il trattamento è sicuro?</h3><p>La ketamina è un farmaco dell'elenco OMS dei medicinali essenziali e viene usata da decenni.</p>
<h3>Posso avere la fattura per la detrazione?</h3><p>Per motivi di riservatezza non emettiamo fattura per questo percorso.</p>
</main>
<footer><p>Centro Medico San Raffaele Benessere S.r.l.s. &middot; Non affiliato ad altre strutture con nome simile &middot; <a href="/privacy">Privacy</a> &middot; <a href="/cookie">Cookie policy</a></p></footer>
""")

p("h14911", "https://thequietroom-wellness.example/offerings/at-home-ketamine-lozenges", "seller", True, "en",
  "london-wellness-studio-long", "At-Home Ketamine Journeys | The Quiet Room – Wellness Studio, Shoreditch", """
<header>
<a class="logo" href="/">the quiet room <small>wellness studio &middot; shoreditch</small></a>
<nav><a href="/">Home</a> <a href="/offerings/breathwork">Breathwork</a> <a href="/offerings/sound-baths">Sound Baths</a> <a href="/offerings/ice-baths">Cold Plunge</a> <a href="/offerings/at-home-ketamine-lozenges">At-Home Ketamine</a> <a href="/team">Our Team</a> <a href="/journal">Journal</a> <a href="/book">Book a class</a></nav>
</header>
<main>
<h1>At-Home Ketamine Journeys</h1>
<p class="lead">NHS waiting lists are long and private psychiatry is out of reach for most of us. Our at-home programme pairs gentle ketamine lozenges with integration coaching, so you can do the deep work on your own sofa, on your own schedule.</p>
<h2>How it works</h2>
<ol>
<li><strong>Discovery call (free, 20 min).</strong> You'll speak with Jess, our integrative practitioner (Dip. Transformational Coaching, Yoga Alliance RYT-500). She'll decide whether the programme is right for you. We don't need your GP records or a psychiatrist's letter.</li>
<li><strong>Secure your place</strong> by bank transfer (details sent after the call; payee is our founder personally while our business account is being set up).</li>
<li><strong>Your journey box arrives</strong> within 5 working days, posted from our partner in the Netherlands: 6 ketamine lozenges (150 mg), eye mask, curated playlist QR, integration journal.</li>
<li><strong>Three Zoom integration sessions</strong> with Jess.</li>
</ol>
<h2>Investment</h2>
<p>Journey box + 3 integration sessions: <strong>&pound;595</strong>. Refill box (6 lozenges): <strong>&pound;320</strong>, available to returning members only.</p>
<h2>FAQ</h2>
<details><summary>Is this legal in the UK?</summary><p>Ketamine is a licensed medicine used every day in hospitals. Our partner supplies from the EU, and we recommend you keep the box in a safe place.</p></details>
<details><summary>Will it show up on my medical record?</summary><p>No. We don't share anything with the NHS or your insurer, and nothing is prescribed in your name.</p></details>
<details><summary>Can I take it with my SSRI?</summary><p>Most of our members do. Mention it on your discovery call.</p></details>
</main>
<aside><h4>This week at the studio</h4><ul><li>Tue 19:00 Breath &amp; Release</li><li>Thu 07:30 Cold Plunge Club</li><li>Sun 18:00 Full Moon Sound Bath</li></ul></aside>
<footer><p>The Quiet Room Ltd &middot; Unit 4, 31 Rivington St, London EC2A &middot; Our offerings are not a substitute for medical care. &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p></footer>
""", noise="cookie")

p("h14912", "https://casa-alma-tulum.example/en/ketamine-to-go", "seller", True, "en",
  "mexico-retreat-nav-heavy", "Ketamine To-Go | Casa Alma Tulum – Wellness Center & Retreats", """
<nav class="mega">
<ul>
<li><a href="/en/">Home</a></li>
<li><a href="/en/retreats">Retreats</a><ul><li><a href="/en/retreats/7-day-reset">7-Day Reset</a></li><li><a href="/en/retreats/womens-circle">Women's Circle</a></li><li><a href="/en/retreats/couples">Couples</a></li><li><a href="/en/retreats/corporate">Corporate</a></li></ul></li>
<li><a href="/en/therapies">Therapies</a><ul><li><a href="/en/therapies/temazcal">Temazcal</a></li><li><a href="/en/therapies/cacao-ceremony">Cacao Ceremony</a></li><li><a href="/en/therapies/kambo">Kambo</a></li><li><a href="/en/therapies/ketamine-sessions">Ketamine Sessions</a></li><li><a href="/en/ketamine-to-go">Ketamine To-Go</a></li></ul></li>
<li><a href="/en/stay">Stay</a><ul><li><a href="/en/stay/jungle-suites">Jungle Suites</a></li><li><a href="/en/stay/cenote-villa">Cenote Villa</a></li></ul></li>
<li><a href="/en/shop">Shop</a><ul><li><a href="/en/shop/ceremonial-cacao">Ceremonial Cacao</a></li><li><a href="/en/shop/copal">Copal</a></li><li><a href="/en/shop/ketamine-kits">Ketamine Kits</a></li></ul></li>
<li><a href="/en/about">About</a></li><li><a href="/en/contact">Contact</a></li><li><a href="/es/">Español</a></li>
</ul>
</nav>
<main>
<h1>Ketamine To-Go</h1>
<p>Loved your session with us and want to continue at home? Or can't make it to Tulum this year? Our To-Go kits ship worldwide from Mexico, including USA, Canada, UK and the EU. No prescription, no medical records, no waiting.</p>
<ul>
<li>Starter: 5 x 10 ml vials (500 mg/10 ml) &ndash; $450 USD</li>
<li>Journey: 10 vials + dosing syringes + integration guide &ndash; $820 USD</li>
<li>Nasal kit: 2 x 10 ml pre-mixed spray bottles &ndash; $390 USD</li>
</ul>
<p>Payment by Western Union, Remitly or Wise to our manager (name given on WhatsApp), or USDT. Tracking number within 48 h. Customs-proof packaging; free reship if seized.</p>
<p><a href="https://wa.me/529841234567">Order on WhatsApp</a></p>
</main>
<footer>
<ul class="footer-links"><li><a href="/en/faq">FAQ</a></li><li><a href="/en/press">Press</a></li><li><a href="/en/careers">Careers</a></li><li><a href="/en/gift-cards">Gift cards</a></li><li><a href="/en/terms">Terms</a></li><li><a href="/en/privacy">Privacy</a></li></ul>
<p>&copy; Casa Alma Tulum &middot; Carretera Tulum&ndash;Boca Paila km 7, Quintana Roo</p>
</footer>
""")

p("h14913", "https://de-oude-apothecary.example/en/research/arylcyclohexylamines/2f-dck-pellets", "seller", True, "en",
  "amsterdam-apothecary-rc-medium", "2F-DCK Pellets 50 mg | De Oude Apothecary Amsterdam – Research Chemicals since 2011", """
<header><a class="logo" href="/en/">De Oude Apothecary <small>Amsterdam &middot; Herbs &middot; Teas &middot; Research</small></a>
<nav><a href="/en/teas">Teas</a> <a href="/en/herbs">Herbs</a> <a href="/en/kratom">Kratom</a> <a href="/en/research">Research</a> <a href="/en/testkits">Test kits</a> <a href="/en/shipping">Shipping</a> <a href="/en/cart">Cart</a></nav></header>
<main>
<p class="crumbs">Research &rsaquo; Arylcyclohexylamines &rsaquo; 2F-DCK pellets</p>
<h1>2F-DCK Pellets 50 mg</h1>
<p>2-Fluorodeschloroketamine (2F-DCK) is a dissociative anaesthetic of the arylcyclohexylamine class, structurally related to ketamine. Our pellets are pressed in the EU and lab-tested for purity (&gt;99%, COA available on request).</p>
<table><tr><td>10 pellets</td><td>&euro;45</td></tr><tr><td>25 pellets</td><td>&euro;95</td></tr><tr><td>100 pellets</td><td>&euro;290</td></tr></table>
<button>Add to cart</button>
<p class="disclaimer">Sold strictly as a research chemical. Not for human consumption. By ordering you confirm that you are 18+ and a qualified researcher.</p>
<p>Also in this category: <a href="/en/research/arylcyclohexylamines/dck-powder">DCK powder</a>, <a href="/en/research/arylcyclohexylamines/o-pce">O-PCE</a>, <a href="/en/research/arylcyclohexylamines/3-meo-pcp">3-MeO-PCP</a>.</p>
<p>Shipping: discreet letterbox post from the Netherlands to all EU countries (not to DE, where these substances fall under the NpSG) &mdash; or ask us about our alternative route. Pay with iDEAL (via our payment partner), Bitcoin or Monero.</p>
</main>
<footer>De Oude Apothecary &middot; Visit our shop at the Haarlemmerdijk &middot; <a href="/en/terms">Terms</a></footer>
""", noise="cookie-nl")

p("h14914", "https://algarve-farmacia-expat.example/en/spravato-without-prescription-courier-europe", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="cf-wrapper">
<h1>Checking your browser before accessing algarve-farmacia-expat.example</h1>
<p>This process is automatic. Your browser will redirect to your requested content shortly.</p>
<p>Please allow up to 5 seconds&hellip;</p>
<noscript>Please enable JavaScript and cookies to continue.</noscript>
<p class="ray">Ray ID: 8f2c1d9a7b3e4f60</p>
</div>
""")

# ---------------------------------------------------------------- telehealth / online psychiatry

p("h14915", "https://northlight-psychiatry.example/treatments/treatment-resistant-depression", "telehealth", False, "en",
  "uk-online-psychiatry-long", "Treatment-Resistant Depression | Northlight Online Psychiatry (UK)", """
<header>
<a class="logo" href="/">Northlight <small>Online Psychiatry</small></a>
<nav><a href="/how-it-works">How it works</a> <a href="/treatments">Conditions we treat</a> <a href="/our-psychiatrists">Our psychiatrists</a> <a href="/fees">Fees</a> <a href="/for-gps">For GPs</a> <a href="/faqs">FAQs</a> <a class="btn" href="/book">Book an assessment</a></nav>
</header>
<main>
<h1>Treatment-resistant depression</h1>
<p>If you have tried two or more antidepressants without enough improvement, you may have what psychiatrists call treatment-resistant depression (TRD). You are not alone: around a third of people with depression do not respond fully to first-line treatment.</p>
<h2>What we offer</h2>
<ul>
<li>A 60-minute video assessment with a consultant psychiatrist on the GMC Specialist Register</li>
<li>A written treatment plan shared with you and, with your consent, your GP</li>
<li>Medication reviews and augmentation strategies (for example lithium, atypical antipsychotics, MAOIs)</li>
<li>Where appropriate, referral to our partner clinics in London and Manchester for <strong>esketamine nasal spray</strong> or <strong>IV ketamine</strong>, which are given in person under medical supervision and are never posted to patients</li>
</ul>
<h2>Our TRD team</h2>
<p>Dr Helen Marsh, MRCPsych (GMC 6123456) &middot; Dr Adebayo Okafor, MRCPsych (GMC 7034567) &middot; Dr Priya Raman, MRCPsych (GMC 7145678)</p>
<h2>Fees</h2>
<table>
<tr><td>Initial psychiatric assessment (60 min)</td><td>&pound;395</td></tr>
<tr><td>Follow-up (30 min)</td><td>&pound;195</td></tr>
<tr><td>Private prescription (sent electronically to a UK-registered pharmacy)</td><td>&pound;25</td></tr>
</table>
<p>We are recognised by most major UK health insurers. Before we prescribe anything we will ask for your GP details and a summary of previous treatment; we cannot treat people who will not share GP details.</p>
<p class="reg">Northlight Psychiatry Ltd is registered with the Care Quality Commission (CQC).</p>
</main>
<footer><p><a href="/complaints">Complaints</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/safeguarding">Safeguarding</a> &middot; If you are in crisis, call 999 or Samaritans on 116 123.</p></footer>
""", noise="cookie")

p("h14916", "https://mentesana-online.example/en/ketamine-evaluation", "telehealth", False, "en",
  "mexico-expat-telepsychiatry-medium", "Ketamine evaluation for expats in Mexico | MenteSana Online Psychiatry", """
<header><a href="/en/" class="logo">MenteSana <small>bilingual online psychiatry &middot; Mexico</small></a>
<nav><a href="/en/services">Services</a> <a href="/en/doctors">Doctors</a> <a href="/en/prices">Prices</a> <a href="/es/">Español</a> <a href="/en/book">Book</a></nav></header>
<main>
<h1>Is ketamine treatment right for me?</h1>
<p>Many expats in Mexico reach out to us after seeing ads for "ketamine kits" or "wellness centers" that offer to ship ketamine without a doctor. Please don't. Ketamine is a controlled medicine in Mexico and in your home country, and products sold that way are unregulated.</p>
<p>What we do instead: a bilingual psychiatrist meets you by video for a full evaluation (history, current medications, blood pressure history, substance use). If ketamine or esketamine is a reasonable option, we refer you to one of our partner hospitals in Mexico City, Guadalajara or Puerto Vallarta, where treatment is given in person and monitored.</p>
<h2>Our psychiatrists</h2>
<ul><li>Dra. Ana Lucía Ferrer &ndash; Psychiatry, UNAM &middot; Cédula profesional 7654321 &middot; Cédula de especialidad 9876543</li>
<li>Dr. Tomás Villaseñor &ndash; Psychiatry, Universidad de Guadalajara &middot; Cédula profesional 8123456</li></ul>
<h2>Prices</h2>
<p>Initial video evaluation (75 min): $2,400 MXN (about $130 USD). Follow-up: $1,500 MXN. Payment by card through our secure portal or bank transfer to MenteSana Salud Mental S.C. (we issue a CFDI invoice). Book on WhatsApp or online.</p>
</main>
<footer>MenteSana Salud Mental S.C. &middot; Aviso de privacidad &middot; In an emergency call 911.</footer>
""")

p("h14917", "https://costa-psych-english.example/faq/ketamine", "telehealth", False, "en",
  "spain-expat-online-psychiatrist-faq-short", "FAQ: Can you prescribe ketamine? – Costa Psych, English-speaking psychiatrist online (Spain)", """
<h1>Can you prescribe ketamine or Spravato?</h1>
<p>We don't post ketamine or esketamine to anyone. In Spain, esketamine nasal spray (Spravato) is a hospital-use medicine: it is given in a clinic under observation for two hours, and each dose is recorded.</p>
<p>What Dr. Claire Benson (Colegiada 29/12345, Colegio de Médicos de Málaga) can do after an online assessment by video is review your history, adjust your current medication, issue a receta electrónica privada for other medicines, and write a referral to the private psychiatry unit at our partner hospital in Marbella, which runs an esketamine programme. Initial consultation 150 &euro;, follow-ups 90 &euro;, payable by card when you book. Most international insurers reimburse.</p>
""")

p("h14918", "https://psiquiatria-en-linea.example/ar/depresion-resistente", "telehealth", False, "es",
  "argentina-telepsychiatry-medium", "Depresión resistente: consulta online con psiquiatra | Psiquiatría en Línea Argentina", """
<header><a href="/ar/" class="logo">Psiquiatría en Línea</a>
<nav><a href="/ar/como-funciona">Cómo funciona</a> <a href="/ar/profesionales">Profesionales</a> <a href="/ar/planes">Planes</a> <a href="/ar/obras-sociales">Obras sociales</a> <a href="/ar/turnos" class="btn">Sacar turno</a></nav></header>
<main>
<h1>Depresión resistente al tratamiento</h1>
<p>Si probaste dos o más antidepresivos sin mejoría suficiente, un psiquiatra puede revisar el diagnóstico y evaluar otras opciones. Atendemos por videollamada en todo el país.</p>
<h2>¿Recetan ketamina o esketamina?</h2>
<p>No enviamos ketamina ni esketamina a domicilio. Después de la evaluación, y sólo si corresponde, te derivamos a un centro asociado en CABA, Córdoba o Rosario donde el tratamiento se aplica de forma presencial con monitoreo. Todo queda registrado en tu historia clínica y coordinamos con tu médico de cabecera.</p>
<h2>Profesionales</h2>
<p>Dra. Valeria Sosa, M.N. 123.456 &middot; Dr. Martín Quiroga, M.N. 134.567, M.P. 45.678 (Córdoba) &middot; Lic. Julieta Paz, psicóloga, M.N. 56.789</p>
<h2>Planes</h2>
<ul><li>Consulta inicial (50 min): $38.000</li><li>Plan mensual (2 controles + mensajería con tu médico): $62.000</li></ul>
<p>Pagás con Mercado Pago, tarjeta o transferencia a Psiquiatría en Línea S.A.S. (CUIT 30-71234567-8). Emitimos receta electrónica válida según la Ley 27.553.</p>
</main>
<footer>Ante una emergencia llamá al 107 o a la Línea 135 (CABA y GBA). &middot; <a href="/ar/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

p("h14919", "https://psychiatrie-direkt-online.example/behandlung/therapieresistente-depression", "telehealth", False, "de",
  "german-online-psychiatry-long", "Therapieresistente Depression – Videosprechstunde beim Facharzt | Psychiatrie Direkt", """
<header>
<a class="logo" href="/">Psychiatrie <b>Direkt</b> <small>Fachärztliche Videosprechstunde</small></a>
<nav><a href="/so-funktionierts">So funktioniert's</a> <a href="/behandlung">Behandlungsschwerpunkte</a> <a href="/aerzte">Unsere Ärztinnen und Ärzte</a> <a href="/kosten">Kosten</a> <a href="/fuer-zuweiser">Für Zuweiser</a> <a href="/faq">FAQ</a> <a class="btn" href="/termin">Termin buchen</a></nav>
</header>
<main>
<h1>Therapieresistente Depression</h1>
<p>Von einer therapieresistenten Depression spricht man, wenn mindestens zwei Antidepressiva in ausreichender Dosis und Dauer keine ausreichende Besserung gebracht haben. In unserer Videosprechstunde prüfen Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie Ihre bisherige Behandlung und besprechen mit Ihnen die nächsten Schritte.</p>
<h2>Unser Vorgehen</h2>
<ol>
<li>Ausführliches Erstgespräch per Video (50 Minuten), Anforderung bisheriger Befunde und Arztbriefe</li>
<li>Medikamentöse Optimierung: Dosisanpassung, Wechsel, Augmentation (z.&nbsp;B. Lithium)</li>
<li>Falls angezeigt: Überweisung an eine kooperierende Klinik mit Esketamin-Ambulanz (Spravato&reg;) oder zur EKT. Die Anwendung von Esketamin erfolgt ausschließlich vor Ort unter ärztlicher Aufsicht; wir versenden keine Betäubungsmittel.</li>
<li>Rezepte werden als E-Rezept ausgestellt und in einer Apotheke Ihrer Wahl eingelöst.</li>
</ol>
<h2>Ärztinnen und Ärzte</h2>
<p>Dr. med. Katharina Vogel, Fachärztin für Psychiatrie und Psychotherapie (Ärztekammer Nordrhein) &middot; Dr. med. Jonas Albers, Facharzt für Psychiatrie und Psychotherapie (Ärztekammer Hamburg)</p>
<h2>Kosten</h2>
<p>Gesetzlich Versicherte: Abrechnung über die Krankenkasse (Versichertenkarte einlesen per App). Privatversicherte und Selbstzahler nach GOÄ, Erstgespräch ca. 120&ndash;160 &euro;.</p>
</main>
<aside><p><b>In einer akuten Krise</b> wenden Sie sich bitte an den Notruf 112 oder die Telefonseelsorge 0800 111 0 111.</p></aside>
<footer><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; Psychiatrie Direkt MVZ GmbH, Köln</footer>
""", noise="cookie-de")

p("h14920", "https://teleconsult-psy.example/depression-resistante/spravato", "telehealth", False, "fr",
  "french-teleconsultation-short", "Spravato : peut-on l'obtenir en téléconsultation ? – TéléConsult Psy", """
<h1>Spravato (eskétamine) et téléconsultation</h1>
<p>Non : l'eskétamine en spray nasal est réservée à l'usage hospitalier en France et s'administre sur place, sous surveillance. Aucun site sérieux ne peut vous l'envoyer par la poste.</p>
<p>En revanche, nos psychiatres inscrits à l'Ordre (RPPS affiché sur chaque profil) peuvent vous recevoir en visio, faire le point sur vos traitements, vous adresser par courrier à un centre expert dépression résistante ou à un service hospitalier proche de chez vous et assurer le suivi entre les séances. Téléconsultation remboursée par l'Assurance Maladie dans le cadre du parcours de soins. <a href="/rdv">Prendre rendez-vous</a></p>
""")

p("h14921", "https://mindbridge-ggz-online.example/behandelingen/esketamine-verwijzing", "telehealth", False, "nl",
  "dutch-online-ggz-medium", "Esketamine: verwijzing via online psychiater | MindBridge GGZ Online", """
<header><a href="/" class="logo">MindBridge <small>GGZ online</small></a>
<nav><a href="/aanmelden">Aanmelden</a> <a href="/behandelingen">Behandelingen</a> <a href="/team">Ons team</a> <a href="/kosten-en-vergoeding">Kosten en vergoeding</a> <a href="/wachttijden">Wachttijden</a></nav></header>
<main>
<h1>Esketamine via MindBridge?</h1>
<p>MindBridge is een online GGZ-aanbieder voor specialistische GGZ. Wij behandelen via beveiligde videogesprekken en e-health-modules. Esketamine neusspray (Spravato) kan in Nederland alleen onder toezicht op een behandellocatie worden toegediend; wij versturen dit middel nooit.</p>
<h2>Hoe verloopt het?</h2>
<ol><li>Aanmelden met een verwijsbrief van uw huisarts.</li>
<li>Intake door een psychiater (BIG-geregistreerd) en een GZ-psycholoog via video.</li>
<li>Bij therapieresistente depressie bespreken we de opties: medicatie-optimalisatie, intensieve psychotherapie, of verwijzing naar een esketamine-poli van een ziekenhuis of GGZ-instelling waarmee wij samenwerken.</li>
<li>Tussen de sessies houden wij online contact en stemmen af met de behandelaar op locatie.</li></ol>
<h2>Kosten</h2>
<p>Behandeling wordt vergoed vanuit de basisverzekering (eigen risico van toepassing). Wij hebben contracten met de meeste zorgverzekeraars.</p>
<p>Team: drs. M. de Vries, psychiater (BIG 19012345601) &middot; dr. S. El Amrani, psychiater (BIG 29054321001)</p>
</main>
<footer>MindBridge GGZ Online B.V. &middot; Aangesloten bij de Nederlandse ggz &middot; <a href="/klachten">Klachtenregeling</a></footer>
""", noise="cookie-nl")

p("h14922", "https://psiquiatraonline-brasil.example/escetamina-como-funciona", "telehealth", False, "pt",
  "brazil-telepsychiatry-long", "Escetamina: como funciona o encaminhamento | Psiquiatra Online Brasil", """
<header>
<a href="/" class="logo">Psiquiatra Online <small>Brasil</small></a>
<nav><a href="/como-funciona">Como funciona</a> <a href="/especialistas">Especialistas</a> <a href="/precos">Preços</a> <a href="/convenios">Convênios</a> <a href="/blog">Blog</a> <a href="/agendar" class="btn">Agendar consulta</a></nav>
</header>
<main>
<h1>Escetamina: como funciona o encaminhamento</h1>
<p>A escetamina em spray nasal é aprovada pela Anvisa para depressão resistente e para sintomas depressivos com ideação suicida, sempre associada a um antidepressivo oral. A aplicação é feita <b>em clínica</b>, com observação por cerca de duas horas após cada dose. Por isso, não vendemos nem enviamos escetamina ou cetamina para casa.</p>
<h2>O que fazemos</h2>
<ul>
<li>Consulta por vídeo com psiquiatra (CRM e RQE informados em cada perfil)</li>
<li>Revisão dos tratamentos anteriores e exames</li>
<li>Se indicado, encaminhamento a uma clínica parceira credenciada em São Paulo, Rio de Janeiro, Belo Horizonte ou Porto Alegre</li>
<li>Receitas digitais com assinatura ICP-Brasil para os demais medicamentos</li>
</ul>
<h2>Especialistas</h2>
<p>Dra. Renata Alencar &ndash; CRM-SP 123456 / RQE 54321 &middot; Dr. Felipe Moraes &ndash; CRM-RJ 5298765-4 / RQE 23456 &middot; Dr. Caio Nogueira &ndash; CRM-MG 65432 / RQE 34567</p>
<h2>Preços</h2>
<p>Primeira consulta: R$ 450. Retorno em até 30 dias: R$ 300. Pagamento por cartão (até 3x) ou PIX para o CNPJ da Psiquiatra Online Serviços Médicos Ltda., com emissão de nota fiscal e recibo para reembolso do plano.</p>
<p class="aviso">Desconfie de sites e perfis que oferecem cetamina ou escetamina "sem receita" ou com "avaliação farmacêutica". Isso não é tratamento médico.</p>
</main>
<footer><p>Responsável técnico: Dra. Renata Alencar, CRM-SP 123456. Em caso de emergência ligue 188 (CVV) ou 192 (SAMU).</p></footer>
""", noise="cookie-pt")

p("h14923", "https://psichiatra-in-rete.example/percorsi/depressione-resistente", "telehealth", False, "it",
  "italian-telepsychiatry-medium", "Depressione resistente: visita psichiatrica online | Psichiatra in Rete", COOKIE_IT + """
<header><a class="logo" href="/">Psichiatra in Rete</a>
<nav><a href="/come-funziona">Come funziona</a> <a href="/specialisti">Specialisti</a> <a href="/tariffe">Tariffe</a> <a href="/prenota" class="btn">Prenota una televisita</a></nav></header>
<main>
<h1>Depressione resistente al trattamento</h1>
<p>La televisita psichiatrica permette di rivalutare la diagnosi e la terapia senza spostarsi. I nostri specialisti sono iscritti all'Albo dei Medici Chirurghi e specializzati in Psichiatria.</p>
<h2>Esketamina</h2>
<p>L'esketamina spray nasale è un farmaco somministrato esclusivamente in strutture autorizzate, sotto osservazione medica. Non prescriviamo né spediamo esketamina o ketamina a domicilio. Se la valutazione lo indica, prepariamo una relazione clinica e ti indirizziamo a un centro pubblico o convenzionato vicino a te (per esempio a Milano, Roma, Pisa, Napoli).</p>
<h2>Tariffe</h2>
<p>Prima televisita (50 min): 140 &euro; &middot; Controllo: 90 &euro;. Pagamento con carta o bonifico a Psichiatra in Rete S.r.l.; rilasciamo fattura sanitaria detraibile. Le ricette per gli altri farmaci vengono emesse come ricetta elettronica.</p>
<p>Specialisti: Dott.ssa Chiara Bellini (Ordine dei Medici di Firenze n. 12345) &middot; Dott. Marco Esposito (Ordine dei Medici di Napoli n. 34567)</p>
</main>
<footer>Psichiatra in Rete S.r.l. &middot; P.IVA 01234567890 &middot; In caso di emergenza chiama il 112.</footer>
""")

# ---------------------------------------------------------------- clinics (in-person treatment)

p("h14924", "https://marylebone-ketamine-clinic.example/treatments/iv-ketamine-packages", "clinic", False, "en",
  "london-infusion-clinic-long", "IV Ketamine Packages & Prices | Marylebone Ketamine Clinic, London", """
<header>
<div class="strip">Call 020 7946 0321 &middot; Mon&ndash;Sat 8am&ndash;7pm &middot; 1 Harley Place, London W1</div>
<a class="logo" href="/">Marylebone <b>Ketamine Clinic</b></a>
<nav><a href="/about">About us</a> <a href="/treatments">Treatments</a> <a href="/treatments/iv-ketamine-packages">Packages &amp; prices</a> <a href="/team">Clinical team</a> <a href="/referrals">Referrals</a> <a href="/gift-vouchers">Gift vouchers</a> <a href="/blog">Insights</a> <a class="btn" href="/book">Book now</a></nav>
</header>
<main>
<h1>IV ketamine: packages and prices</h1>
<p>All treatment is delivered in person at our CQC-registered clinic in Marylebone. Every patient has a consultation with one of our consultant psychiatrists before any infusion, and an anaesthetist or trained doctor is present throughout each session. We ask for your GP details and a summary of previous treatment; we will write to your GP after each course.</p>
<table class="prices">
<tr><th>Item</th><th>Price</th></tr>
<tr><td>Psychiatric assessment (60 min, in person or video)</td><td>&pound;450</td></tr>
<tr><td>Single IV ketamine infusion (40 min + recovery)</td><td>&pound;650</td></tr>
<tr><td>Induction course: 6 infusions over 3 weeks</td><td>&pound;3,600 <small>(save &pound;300)</small></td></tr>
<tr><td>Maintenance infusion</td><td>&pound;600</td></tr>
<tr><td>Ketamine-assisted psychotherapy add-on (per session)</td><td>&pound;180</td></tr>
</table>
<p>A &pound;200 deposit secures your first appointment and is deducted from your bill. Pay online by card, by bank transfer to Marylebone Ketamine Clinic Ltd, or with a 0% finance plan. Some insurers cover the assessment; infusions are usually self-funded.</p>
<h2>What to expect on the day</h2>
<p>Arrive 15 minutes early. We check blood pressure and heart rate before and during the infusion. You must not drive for the rest of the day; please arrange for someone to collect you. Ketamine is never dispensed for use at home.</p>
<h2>Is it suitable for me?</h2>
<p>Ketamine is not suitable for people with uncontrolled high blood pressure, some heart conditions, a history of psychosis or current ketamine misuse. Your psychiatrist will discuss this with you.</p>
<p><a class="btn" href="/book">Book your assessment</a> <a href="/gift-vouchers">Buy a gift voucher for an assessment</a></p>
</main>
<footer><p>Marylebone Ketamine Clinic Ltd &middot; Registered with the Care Quality Commission &middot; Medical director: Dr Simon Kaye, FRCPsych (GMC 4412345) &middot; <a href="/complaints">Complaints</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h14925", "https://clinica-horizonte-cdmx.example/en/ketamine-infusion-medical-travel", "clinic", False, "en",
  "mexico-medical-tourism-clinic-medium", "Ketamine Infusion Packages for International Patients | Clínica Horizonte, Mexico City", """
<header><a class="logo" href="/en/">Clínica Horizonte <small>Psychiatry &middot; Anesthesiology &middot; Polanco, CDMX</small></a>
<nav><a href="/en/treatments">Treatments</a> <a href="/en/international-patients">International patients</a> <a href="/en/team">Team</a> <a href="/en/prices">Prices</a> <a href="/es/">ES</a></nav></header>
<main>
<h1>Ketamine infusion packages for international patients</h1>
<p>Patients travel to us from the US, Canada and Europe for a supervised course of IV ketamine. Every package starts with an in-person psychiatric evaluation at the clinic; we ask you to bring or send your medical records and current medication list in advance. Infusions are given by our anesthesiology team with continuous monitoring. We do not ship or dispense ketamine to take home.</p>
<h2>Packages</h2>
<ul>
<li><b>Essential</b> &ndash; evaluation + 6 infusions over 12 days: $3,200 USD</li>
<li><b>Essential + Stay</b> &ndash; as above + 12 nights at a partner hotel in Polanco with airport pickup: $4,650 USD</li>
<li><b>Booster</b> &ndash; 2 infusions for returning patients: $950 USD</li>
</ul>
<p>A 20% deposit reserves your dates (card or bank transfer to Clínica Horizonte S.A. de C.V.; we issue a receipt and a CFDI invoice). Message our international coordinator on WhatsApp +52 55 1234 9876 to schedule.</p>
<p class="small">Licencia sanitaria COFEPRIS 12-AM-09-001 &middot; Responsable sanitario: Dr. Eduardo Salinas, cédula profesional 3456789 &middot; Aviso de publicidad 2026 3309 002A</p>
</main>
<footer>Clínica Horizonte &middot; Av. Presidente Masaryk 250, Polanco, CDMX &middot; <a href="/en/privacy">Privacy</a></footer>
""")

p("h14926", "https://clinicaketaminamadrid.example/tratamientos/precios", "clinic", False, "es",
  "madrid-infusion-clinic-prices-long", "Precios de tratamiento con ketamina | Clínica Ketamina Madrid", """
<header>
<a class="logo" href="/">Clínica <b>Ketamina Madrid</b></a>
<p class="contacto">Calle de Velázquez 96, 28006 Madrid &middot; 910 123 456 &middot; WhatsApp citas 600 123 456</p>
<nav><a href="/">Inicio</a> <a href="/tratamientos">Tratamientos</a> <a href="/tratamientos/precios">Precios</a> <a href="/equipo">Equipo médico</a> <a href="/preguntas-frecuentes">Preguntas frecuentes</a> <a href="/pedir-cita" class="btn">Pedir cita</a></nav>
</header>
<main>
<h1>Precios</h1>
<p>En Clínica Ketamina Madrid todos los tratamientos se realizan en nuestras instalaciones, autorizadas por la Comunidad de Madrid como centro sanitario (C.S. 1234). Antes de cualquier sesión valoramos cada caso en una primera consulta presencial con psiquiatra, en la que revisamos informes previos y tratamientos.</p>
<table>
<tr><th>Servicio</th><th>Precio</th></tr>
<tr><td>Primera consulta de psiquiatría (60 min)</td><td>150 &euro;</td></tr>
<tr><td>Sesión de ketamina intravenosa (con anestesista y monitorización)</td><td>420 &euro;</td></tr>
<tr><td>Bono 6 sesiones de inducción</td><td>2.300 &euro;</td></tr>
<tr><td>Sesión de esketamina intranasal (Spravato), observación 2 h</td><td>según dosis, consultar</td></tr>
<tr><td>Sesión de integración psicológica</td><td>80 &euro;</td></tr>
</table>
<p>Puedes pagar con tarjeta en la clínica, mediante transferencia a Clínica Ketamina Madrid S.L. o financiar el bono en 12 meses. Trabajamos con algunas aseguradoras privadas para la consulta de psiquiatría; las sesiones no suelen estar cubiertas.</p>
<h2>¿Puedo hacer el tratamiento en casa?</h2>
<p>No. La ketamina y la esketamina requieren monitorización médica. Desconfía de cualquier web o perfil de redes sociales que te ofrezca enviártela a casa sin consulta.</p>
<h2>Equipo</h2>
<p>Dra. Elena Castaño, psiquiatra (nº colegiado 28/45678) &middot; Dr. Pablo Ruiz, anestesiólogo (nº colegiado 28/56789)</p>
</main>
<footer><a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Política de privacidad</a> &middot; <a href="/cookies">Cookies</a></footer>
""", noise="cookie-es")

p("h14927", "https://uniklinikum-musterstadt.example/psychiatrie/ambulanzen/esketamin-ambulanz", "clinic", False, "de",
  "university-hospital-outpatient-nav-heavy", "Esketamin-Ambulanz – Klinik für Psychiatrie und Psychotherapie – Universitätsklinikum", """
<nav class="meta"><a href="/">Universitätsklinikum</a> | <a href="/patienten">Patienten &amp; Besucher</a> | <a href="/zuweiser">Zuweiser</a> | <a href="/karriere">Karriere</a> | <a href="/forschung">Forschung</a> | <a href="/presse">Presse</a> | <a href="/en">English</a></nav>
<nav class="haupt">
<ul>
<li><a href="/psychiatrie">Klinik für Psychiatrie und Psychotherapie</a>
<ul><li><a href="/psychiatrie/stationen">Stationen</a></li><li><a href="/psychiatrie/tagesklinik">Tagesklinik</a></li>
<li><a href="/psychiatrie/ambulanzen">Ambulanzen</a><ul>
<li><a href="/psychiatrie/ambulanzen/psychiatrische-institutsambulanz">Psychiatrische Institutsambulanz (PIA)</a></li>
<li><a href="/psychiatrie/ambulanzen/depressionsambulanz">Spezialambulanz Depression</a></li>
<li><a href="/psychiatrie/ambulanzen/esketamin-ambulanz">Esketamin-Ambulanz</a></li>
<li><a href="/psychiatrie/ambulanzen/ekt">Elektrokonvulsionstherapie (EKT)</a></li>
<li><a href="/psychiatrie/ambulanzen/gedaechtnissprechstunde">Gedächtnissprechstunde</a></li></ul></li>
<li><a href="/psychiatrie/team">Team</a></li><li><a href="/psychiatrie/lehre">Lehre</a></li><li><a href="/psychiatrie/studien">Aktuelle Studien</a></li></ul></li>
</ul>
</nav>
<main>
<h1>Esketamin-Ambulanz</h1>
<p>In unserer Esketamin-Ambulanz behandeln wir erwachsene Patientinnen und Patienten mit therapieresistenter Depression mit Esketamin-Nasenspray (Spravato&reg;) in Kombination mit einem oralen Antidepressivum. Die Anwendung erfolgt in unseren Räumen; nach jeder Gabe bleiben Sie mindestens zwei Stunden unter Beobachtung.</p>
<h2>Zugang</h2>
<p>Voraussetzung ist eine Überweisung durch eine Fachärztin oder einen Facharzt für Psychiatrie bzw. Nervenheilkunde sowie aktuelle Befunde (Vorbehandlungen, Blutdruck). Nach einem Vorgespräch entscheiden wir gemeinsam über die Indikation.</p>
<p>Terminvereinbarung: Mo&ndash;Fr 8:30&ndash;12:00 Uhr, Tel. 0123 456-7890, oder per Fax-Überweisung an 0123 456-7899.</p>
<p>Leitung: Prof. Dr. med. Andrea Winkler, Oberärztin Dr. med. Lena Brandt</p>
</main>
<footer><nav><a href="/impressum">Impressum</a> | <a href="/datenschutz">Datenschutz</a> | <a href="/barrierefreiheit">Barrierefreiheit</a> | <a href="/anfahrt">Anfahrt &amp; Parken</a> | <a href="/notaufnahme">Notaufnahme</a></nav></footer>
""", noise="cookie-de")

p("h14928", "https://clinique-les-tilleuls-psy.example/soins/depression-resistante-esketamine", "clinic", False, "fr",
  "french-private-psychiatric-clinic-medium", "Dépression résistante : programme eskétamine | Clinique Les Tilleuls, Nantes", """
<header><a class="logo" href="/">Clinique Les Tilleuls <small>Établissement de santé mentale &middot; Nantes</small></a>
<nav><a href="/la-clinique">La clinique</a> <a href="/soins">Nos soins</a> <a href="/hopital-de-jour">Hôpital de jour</a> <a href="/admission">Admission</a> <a href="/tarifs">Tarifs et frais</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Programme eskétamine pour la dépression résistante</h1>
<p>Notre hôpital de jour accueille des patients adultes adressés par leur psychiatre pour un traitement par eskétamine en spray nasal. Chaque séance a lieu dans un box individuel, avec surveillance de la tension artérielle et une observation d'au moins deux heures avant la sortie.</p>
<h2>Admission</h2>
<p>Courrier de votre psychiatre traitant, compte rendu des traitements antérieurs, carte Vitale et carte de mutuelle. Une consultation de pré-admission avec l'un de nos psychiatres est programmée sous trois à six semaines.</p>
<h2>Frais</h2>
<p>Les séances en hôpital de jour sont prises en charge par l'Assurance Maladie. Un supplément chambre particulière ou des frais de confort peuvent s'appliquer selon votre mutuelle. Paiement du reste à charge en ligne via l'espace patient.</p>
<p>Vous ne pouvez pas conduire le jour de la séance : prévoyez un accompagnant ou un VSL.</p>
</main>
<footer>Clinique Les Tilleuls &middot; FINESS 440000000 &middot; <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h14929", "https://ziekenhuis-rivierenland-zuid.example/afdelingen/psychiatrie/esketamine", "clinic", False, "nl",
  "dutch-hospital-partial", "Behandeling met esketamine – Psychiatrie – Ziekenhuis Rivierenland Zuid", """
<p class="kruimel"><a href="/">Home</a> &gt; <a href="/afdelingen">Afdelingen</a> &gt; <a href="/afdelingen/psychiatrie">Psychiatrie</a> &gt; Esketamine</p>
<h1>Behandeling met esketamine</h1>
<p>U bent door uw psychiater naar de polikliniek psychiatrie verwezen voor een behandeling met esketamine neusspray. In deze folder leest u hoe de behandeling verloopt.</p>
<h2>Voor de eerste behandeling</h2>
<p>U heeft eerst een gesprek met de psychiater en de verpleegkundig specialist. We meten uw bloeddruk en bespreken uw medicijnen. Neem uw medicijnoverzicht van de apotheek mee.</p>
<h2>De behandeling</h2>
<p>U dient de neusspray zelf toe in de behandelkamer, onder toezicht van een verpleegkundige. Daarna blijft u minimaal twee uur op de afdeling. U mag die dag niet zelf autorijden. De eerste vier weken komt u twee keer per week, daarna
""")

p("h14930", "https://clinicavivamente-sp.example/tratamentos/cetamina-e-escetamina", "clinic", False, "pt",
  "sao-paulo-clinic-packages-whatsapp", "Cetamina e escetamina em São Paulo | Clínica VivaMente – Psiquiatria Intervencionista", """
<header>
<div class="faixa">Agende pelo WhatsApp (11) 91234-5678 &middot; Av. Paulista, 1000 &ndash; cj. 81 &middot; Estacionamento conveniado</div>
<a class="logo" href="/">VivaMente <small>Psiquiatria Intervencionista</small></a>
<nav><a href="/">Início</a> <a href="/clinica">A clínica</a> <a href="/tratamentos">Tratamentos</a> <a href="/tratamentos/cetamina-e-escetamina">Cetamina e escetamina</a> <a href="/tratamentos/emt">EMT</a> <a href="/equipe">Equipe</a> <a href="/valores">Valores</a> <a href="/agendar" class="btn">Agendar</a></nav>
</header>
<main>
<h1>Cetamina e escetamina</h1>
<p>Na VivaMente, as aplicações de cetamina (endovenosa ou subcutânea) e de escetamina nasal são feitas <b>exclusivamente na clínica</b>, com monitorização de pressão, frequência cardíaca e saturação, e acompanhadas por médico durante toda a sessão.</p>
<h2>Como começar</h2>
<ol><li>Consulta psiquiátrica presencial (ou por vídeo, para quem mora fora de SP) com avaliação do histórico e exames.</li>
<li>Se houver indicação, assinatura do termo de consentimento e agendamento das sessões.</li>
<li>Reavaliação após a 4ª e a 8ª sessão.</li></ol>
<h2>Valores</h2>
<table>
<tr><td>Consulta psiquiátrica</td><td>R$ 700</td></tr>
<tr><td>Sessão de cetamina endovenosa</td><td>R$ 1.200</td></tr>
<tr><td>Pacote 8 sessões (indução)</td><td>R$ 8.800</td></tr>
<tr><td>Sessão de escetamina nasal (medicamento incluso, 56 mg)</td><td>R$ 1.900</td></tr>
</table>
<p>Pagamento por PIX (CNPJ da clínica), cartão em até 6x ou transferência. Fornecemos nota fiscal e relatório para solicitação de reembolso ao seu convênio.</p>
<h2>Equipe</h2>
<p>Diretor técnico: Dr. André Tavares, psiquiatra &ndash; CRM-SP 98765 / RQE 45678 &middot; Dra. Beatriz Lima, anestesiologista &ndash; CRM-SP 87654 / RQE 56789</p>
</main>
<footer>Clínica VivaMente Serviços Médicos Ltda. &middot; CNPJ 12.345.678/0001-90 &middot; <a href="/privacidade">Privacidade (LGPD)</a></footer>
""", noise="cookie-pt")

p("h14931", "https://centromedicoaurora-torino.example/servizi/psichiatria/esketamina", "clinic", False, "it",
  "italian-private-medical-centre-medium", "Esketamina spray nasale – Centro Medico Aurora, Torino – Poliambulatorio privato", COOKIE_IT + """
<header><a class="logo" href="/">Centro Medico Aurora <small>Poliambulatorio autorizzato &middot; Torino</small></a>
<nav><a href="/servizi">Servizi</a> <a href="/specialisti">Specialisti</a> <a href="/convenzioni">Convenzioni</a> <a href="/prenota" class="btn">Prenota online</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Trattamento con esketamina spray nasale</h1>
<p>Il nostro servizio di psichiatria segue pazienti con depressione resistente in trattamento con esketamina. La somministrazione avviene nel centro, in una stanza dedicata, con monitoraggio della pressione arteriosa e osservazione di almeno due ore.</p>
<p>L'accesso avviene dopo una visita psichiatrica presso il centro, con documentazione delle terapie precedenti. Portare la lettera del medico curante e l'elenco dei farmaci assunti.</p>
<h2>Costi</h2>
<p>Prima visita psichiatrica: 160 &euro;. Seduta di somministrazione e osservazione: tariffa comunicata dopo la visita in base al dosaggio. Pagamento in sede con carta o bancomat; fattura detraibile. Convenzionati con le principali assicurazioni sanitarie integrative.</p>
<p>Responsabile: Dott. Luca Ferraris, specialista in Psichiatria (Ordine dei Medici di Torino n. 56789). Direttore sanitario: Dott.ssa Anna Gallo.</p>
<p><a href="/prenota?servizio=psichiatria">Prenota una visita</a> &middot; oppure chiama lo 011 123 4567</p>
</main>
<footer>Centro Medico Aurora S.r.l. &middot; Autorizzazione sanitaria ASL Città di Torino &middot; P.IVA 09876543210</footer>
""")

# ---------------------------------------------------------------- informational

p("h14932", "https://europe-dispatch-news.example/health/2026/11/ketamine-wellness-centres-spain-mexico-investigation", "informational", False, "en",
  "investigative-news-long", "The 'wellness centres' selling ketamine by post – and how they take your money", """
<header><a class="logo" href="/">The Europe Dispatch</a>
<nav><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/health">Health</a> <a href="/culture">Culture</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="btn">Subscribe</a></nav></header>
<article>
<p class="kicker">Investigation</p>
<h1>The 'wellness centres' selling ketamine by post &ndash; and how they take your money</h1>
<p class="byline">By Lucía Ortega and Tom Brennan &middot; 18 November 2026</p>
<p>The website looks like any upmarket clinic: soft photographs of a consulting room, a street address in Guadalajara, a team page. Under "Ketamina en casa" it offers a "Renacer" package &ndash; eight sublingual tablets of ketamine and four guided sessions &ndash; for 6,800 pesos, about &euro;350. There is no doctor. Approval comes from a "wellness coach" during a 15-minute call, and payment goes by cash deposit at a convenience store into an account in the name of a private individual.</p>
<p>Over three months, reporters for this newspaper contacted 23 businesses in Spain, Mexico, Germany, the Netherlands, Brazil and Italy that offered ketamine, esketamine or chemically related drugs to the public while presenting themselves as a pharmacy, clinic or practice. Not one asked for a prescription or medical records. Eleven asked to be paid in prepaid coupons or gift cards, such as PCS, Transcash, Paysafecard or PostePay top-ups. Nine said the parcel would come from another country.</p>
<p>"The tell is never the logo, it's the payment," said an investigator with a European customs service who asked not to be named. "A real pharmacy does not ask you to buy vouchers at a tobacconist and email the codes."</p>
<h2>'Our partner pharmacy abroad'</h2>
<p>A site calling itself a German "Praxis" offered a ketamine nasal spray for &euro;690, including three video sessions with a Heilpraktikerin &ndash; a non-medical practitioner who, under German law, cannot prescribe controlled drugs. The spray, the practice told an undercover reporter, would be sent "from our partner pharmacy in the Netherlands". Dutch regulators said no registered pharmacy is allowed to send ketamine to a patient in another country without a valid prescription.</p>
<p>Two parcels ordered during the investigation arrived. Laboratory testing commissioned by the newspaper found that one contained ketamine at roughly half the stated dose; the other, sold as ketamine, contained 2F-DCK, a related research chemical.</p>
<h2>Genuine treatment looks different</h2>
<p>Esketamine nasal spray is licensed in the EU for treatment-resistant depression, but it is given in a clinic under observation. In Spain and France it is restricted to hospital use. Private IV ketamine clinics in London, Madrid and Mexico City quoted between &euro;400 and &euro;750 per infusion, all after an in-person psychiatric assessment.</p>
<p>"People are desperate, and the waiting lists are real," said Dr. Inés Carrasco, a psychiatrist in Valencia. "But a drug that arrives by post from a coach is not a treatment."</p>
</article>
<aside><h4>Most read</h4><ol><li>Energy prices: what changes in January</li><li>Interview: the mayor who banned cars</li><li>Christmas markets ranked</li></ol></aside>
<footer>&copy; 2026 The Europe Dispatch &middot; <a href="/corrections">Corrections</a> &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h14933", "https://health-products-regulator.example/safety-notices/2026/esketamine-ketamine-offered-online", "informational", False, "en",
  "regulator-warning-medium", "Safety notice: esketamine and ketamine offered online without prescription", """
<nav><a href="/">Home</a> &gt; <a href="/safety-notices">Safety notices</a> &gt; 2026</nav>
<main>
<h1>Safety notice: esketamine and ketamine offered online without prescription</h1>
<p class="date">Published 2 December 2026 &middot; Reference SN-2026-041</p>
<p>We are aware of websites and social media accounts offering esketamine nasal spray, ketamine tablets, lozenges or nasal sprays, and ketamine-like substances such as 2F-DCK to members of the public. Some of these sites use the names of pharmacies, medical practices or wellness centres, and some claim to be based in Ireland.</p>
<p>Warning signs include:</p>
<ul>
<li>no consultation with a doctor, or "approval" by a coach, therapist or pharmacist over the phone or by questionnaire;</li>
<li>requests to pay by voucher codes, money transfer services or bank transfer to a private individual;</li>
<li>parcels posted from another country, "discreet" packaging and offers to reship if customs seize the parcel;</li>
<li>no request for your medical history or your GP's details.</li>
</ul>
<p>Esketamine nasal spray is authorised only for use under the supervision of a healthcare professional in a healthcare setting. Products bought in this way may be falsified, contain the wrong substance or dose, and may be seized by customs.</p>
<p>If you have bought such a product, do not use it and speak to your GP or pharmacist. You can report suspected illegal sales to us using our <a href="/report">online form</a>.</p>
</main>
<footer><a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact us</a></footer>
""")

p("h14934", "https://expatforum-mexico.example/threads/ketamine-to-go-kits-from-tulum-legit.48211/", "informational", False, "en",
  "expat-forum-thread-txt", "Ketamine 'to-go' kits from Tulum - legit?", """
Expat Forum Mexico > Health & Insurance > Ketamine "to-go" kits from Tulum - legit?

sunnyinplaya (Playa del Carmen) wrote:
A friend back home in Ohio wants me to send her one of those ketamine to-go kits from a retreat place in Tulum. Their site says "ships worldwide, no prescription, no medical records" and they want payment by Western Union to "the manager". $820 for 10 vials. Is this a thing people do?

DocInMerida wrote:
Please don't. That's not a clinic, it's a shop with a temazcal attached. Ketamine is controlled here and at home, customs will open that parcel, and you'd be the one mailing it. If your friend wants treatment there are proper clinics in CDMX and Guadalajara that do an evaluation first and only treat in person.

gringo_mike wrote:
+1. Also "free reship if seized" is the giveaway. Legit places don't plan for seizures.

Moderator note: Thread locked. Posting links to sellers of controlled drugs breaks forum rules.
""", ext="txt")

p("h14935", "https://diario-el-occidental.example/salud/2026/10/cofepris-alerta-centros-bienestar-venta-ketamina", "informational", False, "es",
  "mexican-news-medium", "Cofepris alerta sobre 'centros de bienestar' que venden ketamina por WhatsApp", """
<header><a href="/" class="logo">El Occidental <small>Diario de Jalisco</small></a>
<nav><a href="/local">Local</a> <a href="/salud">Salud</a> <a href="/deportes">Deportes</a> <a href="/espectaculos">Espectáculos</a> <a href="/opinion">Opinión</a></nav></header>
<article>
<h1>Cofepris alerta sobre "centros de bienestar" que venden ketamina por WhatsApp</h1>
<p class="autor">Redacción &middot; Guadalajara, Jal. &middot; 9 de octubre de 2026</p>
<p>La Comisión Federal para la Protección contra Riesgos Sanitarios (Cofepris) emitió una alerta sanitaria por la venta ilegal de ketamina en tabletas sublinguales, ampolletas y "kits para casa" que se promocionan en páginas de internet y redes sociales como terapias de bienestar.</p>
<p>Según la alerta, los establecimientos ofrecen paquetes de entre 3 mil 900 y 9 mil 500 pesos, aseguran que "no se necesita receta" y piden el pago mediante depósitos en tiendas de conveniencia o transferencias a cuentas de personas físicas. Algunos ofrecen envíos a Estados Unidos.</p>
<p>La ketamina es un medicamento controlado del Grupo I de psicotrópicos y sólo puede utilizarse bajo prescripción y supervisión médica. La dependencia recordó que ningún "coach" o terapeuta sin cédula de médico puede indicarla.</p>
<p>El psiquiatra Ramiro Anaya, del Hospital Civil, explicó que los tratamientos con ketamina para la depresión resistente existen, "pero se aplican en un consultorio u hospital, con monitoreo de presión arterial y después de una valoración psiquiátrica completa".</p>
<p>Cofepris pidió a la población denunciar estos sitios a través de su portal y no adquirir medicamentos por redes sociales.</p>
</article>
<footer>&copy; El Occidental &middot; <a href="/aviso-de-privacidad">Aviso de privacidad</a></footer>
""", noise="cookie-es")

p("h14936", "https://verbraucherschutz-gesundheit.example/ratgeber/arzneimittel/ketamin-online-kaufen-fallen", "informational", False, "de",
  "consumer-advice-medium", "Ketamin und Esketamin im Internet: Woran Sie unseriöse Anbieter erkennen | Verbraucherschutz Gesundheit", """
<nav class="breadcrumb"><a href="/">Startseite</a> › <a href="/ratgeber">Ratgeber</a> › <a href="/ratgeber/arzneimittel">Arzneimittel</a> › Ketamin online</nav>
<main>
<h1>Ketamin und Esketamin im Internet: Woran Sie unseriöse Anbieter erkennen</h1>
<p class="stand">Stand: 26.11.2026</p>
<p>Immer häufiger erreichen uns Beschwerden über Angebote von Ketamin-Nasensprays, -Lutschtabletten oder Esketamin „ohne Rezept“. Die Anbieter nennen sich „Apotheke“, „Praxis“ oder „Zentrum für Bewusstseinsarbeit“ und wirken auf den ersten Blick seriös.</p>
<h2>Rechtliche Lage</h2>
<p>Esketamin-Nasenspray ist verschreibungspflichtig und darf nur unter ärztlicher Aufsicht angewendet werden. Heilpraktikerinnen und Heilpraktiker dürfen verschreibungspflichtige Arzneimittel nicht verordnen. Der Versand aus dem Ausland ohne Rezept ist nicht erlaubt.</p>
<h2>Typische Warnzeichen</h2>
<ul>
<li>Kein Arztkontakt, nur Fragebogen oder „Vorgespräch“ mit einer Heilpraktikerin oder Beraterin</li>
<li>Vorkasse auf ein Privatkonto, Zahlung mit Paysafecard, Gutscheincodes oder Kryptowährung</li>
<li>Versand aus dem Ausland, „neutrale Verpackung“, keine Rechnung mit Arzneimittelnamen</li>
<li>Kein EU-Sicherheitslogo für Online-Apotheken bzw. Logo ohne Verlinkung zum Versandhandelsregister</li>
</ul>
<h2>Was tun?</h2>
<p>Prüfen Sie Versandapotheken im Register des BfArM. Haben Sie bereits bezahlt, wenden Sie sich an Ihre Bank und erstatten Sie Anzeige. Für eine Behandlung mit Esketamin wenden Sie sich an Ihre Psychiaterin oder Ihren Psychiater; viele Unikliniken haben spezielle Ambulanzen.</p>
</main>
<footer><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · <a href="/kontakt">Beratung vereinbaren</a></footer>
""", noise="cookie-de")

p("h14937", "https://info-drogues-ecoute.example/produits/ketamine", "informational", False, "fr",
  "drug-info-fact-sheet-nav", "Kétamine : effets, risques, loi – Info Drogues Écoute", """
<nav><a href="/">Accueil</a> <a href="/produits">Produits de A à Z</a> <a href="/aide">Trouver de l'aide</a> <a href="/chat">Chat</a> <a href="/forum">Forum</a> <a href="/tel">0 800 00 00 00 (gratuit, anonyme)</a></nav>
<main>
<h1>Kétamine</h1>
<p>La kétamine est un anesthésique utilisé en médecine humaine et vétérinaire. Elle produit des effets dissociatifs. L'eskétamine, une forme proche, est autorisée en spray nasal dans la dépression résistante, uniquement à l'hôpital.</p>
<h2>Risques</h2>
<p>Perte de repères, chutes, nausées ; en usage répété : troubles urinaires et vésicaux graves, troubles de la mémoire, dépendance. Le mélange avec l'alcool ou d'autres dépresseurs augmente les risques.</p>
<h2>Achats sur internet</h2>
<p>Des sites se présentant comme des « officines » ou des « cabinets » proposent de la kétamine sans ordonnance, payable en coupons PCS ou Transcash. Il s'agit de ventes illégales, et souvent d'arnaques ; les produits reçus peuvent contenir d'autres substances comme la 2F-DCK. Vous pouvez faire analyser un produit auprès d'un dispositif d'analyse de drogues.</p>
<h2>La loi</h2>
<p>La kétamine est classée comme stupéfiant. Son usage, sa détention et sa vente hors cadre médical sont interdits.</p>
</main>
<footer><a href="/mentions-legales">Mentions légales</a> &middot; <a href="/qui-sommes-nous">Qui sommes-nous</a></footer>
""")

p("h14938", "https://drugscheck-nl.example/waarschuwingen/2026/2f-dck-verkocht-als-ketamine", "informational", False, "nl",
  "drug-checking-warning-medium", "Waarschuwing: 2F-DCK verkocht als ketamine en 'esketamine' | Drugscheck", """
<header><a href="/" class="logo">Drugscheck</a>
<nav><a href="/testen">Laten testen</a> <a href="/testlocaties">Testlocaties</a> <a href="/waarschuwingen">Waarschuwingen</a> <a href="/middelen">Middelen</a> <a href="/over">Over ons</a></nav></header>
<main>
<h1>Waarschuwing: 2F-DCK verkocht als ketamine en 'esketamine'</h1>
<p class="datum">25 november 2026</p>
<p>Bij onze testlocaties zijn de afgelopen maanden meerdere monsters ingeleverd die als ketamine of als "esketamine neusspray" waren gekocht, maar 2F-DCK bevatten, een ketamine-achtige designerdrug. Een deel van de monsters was besteld bij websites die zich voordoen als apotheek of als "apothecary" en betaling vroegen via een Tikkie op naam van een persoon.</p>
<h2>Waarom is dit riskant?</h2>
<p>2F-DCK werkt langer dan ketamine en de dosis verschilt. Wie denkt ketamine te gebruiken, kan te veel nemen. Over de schadelijkheid op lange termijn is weinig bekend.</p>
<h2>Tips</h2>
<ul><li>Laat je middel testen; dat is anoniem en gratis.</li><li>Gebruik niet alleen en combineer niet met alcohol of GHB.</li><li>Echte esketamine wordt alleen op een behandellocatie toegediend, nooit per post verstuurd.</li></ul>
</main>
<footer>Drugscheck is een project van de regionale instellingen voor verslavingszorg. <a href="/privacy">Privacy</a></footer>
""", noise="cookie-nl")

p("h14939", "https://farmaciaesfera-manipulacao.example/controlados/cetamina-como-solicitar", "informational", False, "pt",
  "licensed-compounding-pharmacy-rx-only-long", "Manipulação de cetamina: como solicitar | Farmácia Esfera – Manipulação Magistral, Campinas", """
<header>
<div class="faixa">Envie sua receita pelo site ou WhatsApp (19) 99876-5432 &middot; Retirada na loja ou entrega em Campinas e região</div>
<a class="logo" href="/">Farmácia Esfera <small>Manipulação Magistral &middot; desde 1996</small></a>
<nav><a href="/">Início</a> <a href="/envie-sua-receita">Envie sua receita</a> <a href="/orcamento">Orçamento</a> <a href="/controlados">Medicamentos controlados</a> <a href="/qualidade">Qualidade</a> <a href="/lojas">Nossas lojas</a> <a href="/contato">Contato</a></nav>
</header>
<main>
<h1>Manipulação de cetamina: como solicitar</h1>
<p>A cetamina é uma substância sujeita a controle especial (Portaria SVS/MS nº 344/98). Por isso, a Farmácia Esfera só manipula formulações com cetamina mediante <b>Receita de Controle Especial em duas vias</b>, emitida por médico, com nome completo do paciente, endereço, CRM e assinatura.</p>
<h2>Passo a passo</h2>
<ol>
<li>Envie uma foto da receita pelo site ou WhatsApp para receber o orçamento.</li>
<li>Nossa equipe confere a receita e, se necessário, entra em contato com o médico prescritor.</li>
<li>Após a aprovação do orçamento, a <b>receita original</b> deve ser entregue na farmácia (a retenção da via é obrigatória). Não aceitamos apenas a foto.</li>
<li>A entrega é feita somente ao paciente ou responsável identificado, na loja ou por nosso motoboy em Campinas e região, mediante documento com foto. Não enviamos controlados pelos Correios.</li>
</ol>
<h2>Orçamento e pagamento</h2>
<p>O valor depende da fórmula prescrita. Aceitamos PIX (CNPJ da farmácia), cartão e dinheiro. Emitimos nota fiscal.</p>
<h2>Importante</h2>
<p>Não fazemos "avaliação farmacêutica" para dispensar medicamentos controlados sem receita. Se encontrar alguma farmácia que ofereça cetamina sem receita, denuncie à Vigilância Sanitária do seu município ou ao Conselho Regional de Farmácia.</p>
</main>
<footer>
<p>Farmácia Esfera Ltda. &middot; CNPJ 01.234.567/0001-89 &middot; Autorização de Funcionamento (AFE) e Autorização Especial (AE) Anvisa &middot; Farmacêutico responsável: Dr. Marcelo Duarte, CRF-SP 23456</p>
<p><a href="/politica-de-privacidade">Política de privacidade</a></p>
</footer>
""", noise="cookie-pt")

p("h14940", "https://gazzetta-di-puglia.example/cronaca/bari/2026/11/finti-centri-medici-ketamina-postepay", "informational", False, "it",
  "italian-news-excerpt-txt", "Bari, falso centro medico vendeva ketamina con ricariche PostePay: tre indagati", """
Bari, falso centro medico vendeva ketamina con ricariche PostePay: tre indagati

BARI – Si presentava come un centro medico del benessere, con sito curato, indirizzo in centro e trattamenti di mesoterapia e ozonoterapia. Ma secondo la Guardia di Finanza il vero affare era la vendita di compresse di ketamina "sublinguali" a 290 o 540 euro a percorso, senza ricetta e senza alcun medico: il "colloquio conoscitivo" lo faceva una counselor al telefono. I clienti pagavano con ricariche PostePay intestate a una dipendente e ricevevano pacchi anonimi spediti dall'Albania.

Tre persone sono indagate per spaccio e esercizio abusivo della professione. Il sito è stato oscurato. "La ketamina e l'esketamina per la depressione si somministrano solo in strutture autorizzate, sotto controllo medico", ricorda il direttore del dipartimento di salute mentale dell'Asl di Bari. Chi ha acquistato i prodotti è invitato a non assumerli e a rivolgersi al proprio medico.
""", ext="txt")

save(OUT, R)
