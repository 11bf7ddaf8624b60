# Batch 47 of the hand-written dev set (a tuning batch): 40 pages, written 2026-12-07 by an independent
# author who had not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement,
# and committed before the scorer was run on them (committed before any scorer run).
# Angle: THE EUROPEAN WEB. 34 pages not in English (es Spain + Latin America, de Germany/Austria/
# Switzerland, fr France/Belgium/Quebec, nl Netherlands/Flanders, pt Portugal/Brazil, it) and 6 in English.
# Mix: 14 sellers (flagged), 9 telehealth, 8 clinics, 9 informational; 12 plain-text excerpts (txt),
# the rest full HTML pages with local chrome and cookie banners.
# Shapes: Telegram/WhatsApp menus in slang (keta, kéta, ketje, K) paid by Bizum, Lydia, Payconiq,
# MB Way, PostePay and crypto; Mexican classified for a veterinary vial; Austrian classified (PayPal
# Freunde); German research-chemical shop (2F-DCK pellets); Belgian "pharmacie en ligne" selling
# Spravato on a questionnaire; Dutch iDEAL webshop; Brazilian vet reseller taking Pix without a
# prescription; Italian Satispay shop; English questionnaire-only "online clinic" and a shop's
# stealth/reship page. Telehealth: Spanish teleconsulta that refers to hospital esketamine programmes
# (Bizum accepted), Colombian telepsiquiatría referring to a partner IPS, Swiss and German video
# psychiatry, Quebec télépsychiatrie, Dutch beeldbellen intake, Brazilian teleconsulta (Pix), Italian
# videoconsulto (Satispay), UK at-home lozenges with named prescribers. Clinics: Spanish hospital
# de día with hospital-pharmacy esketamine, Viennese Wahlärztin infusions, French CETD pain unit,
# Brussels esketamine centre, Dutch esketamine-poli, Lisbon clinic with WhatsApp booking and MB Way
# deposit, Italian pain-therapy ambulatory, Dublin private hospital. Informational: Spanish harm
# reduction, Swiss drug-checking warning, French news on a Telegram network, Dutch encyclopaedia,
# Brazilian package leaflet ("venda sob prescrição"), Portuguese vet wholesaler (login for vets),
# Italian law firm, English forum thread, English drug-monitoring profile.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch47.py (writes batch47/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch47")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

IT_COOKIE = '<div id="cookie-law" class="cookie-banner">Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione di terze parti. <button>Accetta tutti</button> <button>Rifiuta</button> <a href="/cookie-policy">Personalizza</a></div>'
PT_COOKIE = '<div class="cookie-notice">Este sítio utiliza cookies para lhe proporcionar a melhor experiência. Ao continuar a navegar, aceita a nossa <a href="/politica-de-cookies">política de cookies</a>. <button>Aceitar</button> <button>Recusar</button></div>'
MX_COOKIE = '<div class="aviso-cookies">Usamos cookies para personalizar anuncios y analizar el tráfico. Consulta nuestro <a href="/aviso-de-privacidad">Aviso de Privacidad</a>. <button>Entendido</button></div>'

# ================================================================ sellers (flagged)

p("h4701", "https://tg-preview.example/s/eltrapo_mad_oficial", "seller", True, "es",
  "telegram-menu-slang", "", """
EL TRAPO MAD 🇪🇸 · canal oficial (los demás son clones, ojo)
🕒 Actualizado martes 3/12 — stock repuesto

🚗 Repartimos en mano: Centro, Lavapiés, Malasaña, Chamberí y Tetuán (pedido mínimo 50€)
📦 Envíos a toda la península 24/48h por mensajería, sobre acolchado sin remite. Baleares y Canarias consultar.

—— MENÚ ——
💎 KETA cristal (piedra de la buena, nada de polvo de caballo cortado)
   1g 35€ · 2g 65€ · 5g 140€ · 10g 250€
🩷 Tusi 1g 60€
🍄 Trufas consultar
🍫 Hash 10g 60€

💸 PAGO: Bizum (en el concepto poned "cena" o "regalo", ni se os ocurra poner otra cosa), efectivo en mano o USDT (TRC20)
🆕 Clientes nuevos: foto con el pedido escrito en un papel antes del primer envío. Sin eso no se envía.

📩 Pedidos SOLO por privado 👉 @trapo_pedidos
⭐ Reseñas 👉 @trapo_opiniones
❌ No se fía · no contestamos audios · no llaméis
""", ext="txt")

p("h4702", "https://www.anunciosya-mx.example/cdmx/mascotas/ketamina-veterinaria-frasco-50ml-sellado-id88412", "seller", True, "es",
  "classified-listing", "Ketamina veterinaria frasco 50 ml sellado | AnunciosYa! Ciudad de México", MX_COOKIE + """
<header class="top">
<a class="logo" href="/">AnunciosYa! <small>México</small></a>
<form class="buscador"><input type="text" placeholder="¿Qué estás buscando?"> <select><option>Ciudad de México</option><option>Estado de México</option><option>Jalisco</option></select> <button>Buscar</button></form>
<a class="btn-publicar" href="/publicar">Publicar anuncio gratis</a> <a href="/login">Iniciar sesión</a>
</header>
<nav class="migas"><a href="/">Inicio</a> › <a href="/cdmx">Ciudad de México</a> › <a href="/cdmx/mascotas">Mascotas y accesorios</a> › <a href="/cdmx/mascotas/medicamentos">Medicamentos y vitaminas</a></nav>
<main class="anuncio">
<div class="galeria"><img src="/fotos/88412_1.jpg" alt="frasco ámpula"><img src="/fotos/88412_2.jpg" alt="caja"><span>1/4</span></div>
<h1>Ketamina veterinaria frasco 50 ml sellado</h1>
<p class="precio">$1,650 MXN</p>
<p class="meta">Coyoacán, Ciudad de México · Publicado hace 2 días · 312 visitas</p>
<section class="descripcion">
<h2>Descripción</h2>
<p>Vendo frascos de ketamina al 10% de uso veterinario, sellados, caducidad 08/2027. Me sobraron de la clínica que cerré, tengo 6 frascos.</p>
<p>Entrego en metro Centro Médico o en Coyoacán. También envío a todo México por paquetería (DHL o Estafeta), bien empacado y discreto, no se ve qué es.</p>
<p>No necesitas receta ni cédula. Pago por transferencia SPEI, depósito en OXXO o efectivo si es entrega en persona.</p>
<p>Por mayoreo (3 o más) te lo dejo en $1,400 c/u. Mándame WhatsApp, no contesto llamadas ni mensajes de la app.</p>
</section>
<table class="detalles">
<tr><th>Categoría</th><td>Medicamentos y vitaminas</td></tr>
<tr><th>Condición</th><td>Nuevo</td></tr>
<tr><th>Entrega</th><td>En persona / Envío</td></tr>
</table>
<aside class="vendedor">
<p><b>Ricardo M.</b> · Miembro desde marzo 2023 · 4 anuncios activos</p>
<button class="whatsapp">Contactar por WhatsApp</button> <button>Ver teléfono</button>
</aside>
<div class="seguridad"><h3>Consejos de seguridad</h3><ul><li>Nunca pagues por adelantado a alguien que no conoces.</li><li>Reúnete en lugares públicos y concurridos.</li><li>Desconfía de precios demasiado bajos.</li></ul></div>
<p><a href="/reportar/88412">Reportar este anuncio</a></p>
<section class="similares"><h3>Anuncios similares</h3><ul><li><a href="#">Xilacina 2% 30 ml</a> $380</li><li><a href="#">Jaula transportadora mediana</a> $650</li><li><a href="#">Collar isabelino talla M</a> $120</li></ul></section>
</main>
<footer><a href="/ayuda">Ayuda</a> · <a href="/terminos">Términos y condiciones</a> · <a href="/aviso-de-privacidad">Aviso de privacidad</a> · © 2025 AnunciosYa! México</footer>
""")

p("h4703", "https://www.chemlabor-direkt.example/produkt/2f-dck-pellets-50mg", "seller", True, "de",
  "research-chem-product", "2F-DCK Pellets 50 mg kaufen | ChemLabor Direkt", """
<div class="topbar">🚚 Versandkostenfrei ab 75 € (DE/AT) · Versand innerhalb von 24 h · ₿ 10 % Rabatt bei Zahlung mit Bitcoin/Monero</div>
<header>
<a class="logo" href="/">ChemLabor<b>Direkt</b> <small>Research Chemicals seit 2017</small></a>
<nav><a href="/kategorie/dissoziativa">Dissoziativa</a> <a href="/kategorie/stimulanzien">Stimulanzien</a> <a href="/kategorie/pellets">Pellets</a> <a href="/kategorie/blotter">Blotter</a> <a href="/kategorie/zubehoer">Zubehör &amp; Feinwaagen</a> <a href="/neu">Neu eingetroffen</a></nav>
<a href="/konto">Mein Konto</a> <a href="/warenkorb">Warenkorb (0)</a>
</header>
<main>
<p class="breadcrumb">Start / Dissoziativa / Pellets / 2F-DCK Pellets 50 mg</p>
<div class="produkt">
<img src="/img/2fdck-pellets.jpg" alt="2F-DCK Pellets">
<h1>2F-DCK Pellets 50 mg</h1>
<p class="sterne">★★★★★ 4,8 (127 Bewertungen)</p>
<p>2-Fluorodeschloroketamin · CAS 111982-50-4 · Reinheit &gt; 99 % (HPLC) · Analysezertifikat auf Anfrage</p>
<table class="staffel">
<tr><th>Menge</th><th>Preis</th><th>Stückpreis</th></tr>
<tr><td>10 Pellets</td><td>24,90 €</td><td>2,49 €</td></tr>
<tr><td>25 Pellets</td><td>49,90 €</td><td>2,00 €</td></tr>
<tr><td>50 Pellets</td><td>89,00 €</td><td>1,78 €</td></tr>
<tr><td>100 Pellets</td><td>159,00 €</td><td>1,59 €</td></tr>
</table>
<p>Auch als Pulver erhältlich: <a href="/produkt/2f-dck-pulver">2F-DCK Pulver 1 g – 19,90 €</a></p>
<label>Menge <select><option>10 Pellets</option><option>25 Pellets</option><option>50 Pellets</option><option>100 Pellets</option></select></label>
<button class="warenkorb">In den Warenkorb</button>
<p class="lager">✔ Auf Lager – Lieferzeit 1–3 Werktage</p>
</div>
<div class="tabs">
<h2>Beschreibung</h2>
<p>2F-DCK ist ein Arylcyclohexylamin und ein strukturelles Analogon von Ketamin, bei dem das Chloratom durch ein Fluoratom ersetzt wurde. Die Substanz wird ausschließlich für analytische und forensische Forschungszwecke angeboten.</p>
<p><b>Hinweis:</b> Nicht für den menschlichen Verzehr. Nicht als Arzneimittel, Lebensmittel oder Kosmetikum bestimmt. Verkauf nur an Personen ab 18 Jahren. Mit dem Kauf bestätigen Sie, die Substanz ausschließlich zu Forschungszwecken zu verwenden.</p>
<h2>Versand</h2>
<p>Diskret verpackt in neutralem Umschlag ohne Firmenlogo, Absender ist eine Privatadresse. Versand mit Deutsche Post Einschreiben oder DHL. Lieferung in die gesamte EU, die Schweiz auf Anfrage.</p>
<h2>Zahlung</h2>
<p>Vorkasse per SEPA-Überweisung, Bitcoin, Monero, Litecoin. PayPal (Freunde &amp; Familie) für Stammkunden nach Absprache. Bitte keinen Verwendungszweck angeben außer der Bestellnummer.</p>
<h2>Bewertungen</h2>
<div class="review"><b>Markus_B</b> ★★★★★ <p>Lieferung nach Graz in 3 Tagen, alles sauber verpackt. Pellets gleichmäßig, wie beschrieben.</p></div>
<div class="review"><b>l.n.</b> ★★★★☆ <p>Gute Ware, aber die Bitcoin-Zahlung hat etwas gedauert bis sie bestätigt war.</p></div>
<div class="review"><b>anonym</b> ★★★★★ <p>Dritte Bestellung, immer zuverlässig. Einschreiben kam ohne Probleme.</p></div>
</div>
<section class="cross"><h3>Kunden kauften auch</h3><ul><li><a href="/produkt/dck-pulver">DCK (Deschloroketamin) Pulver 1 g – 21,90 €</a></li><li><a href="/produkt/o-pce">O-PCE 500 mg – 29,90 €</a></li><li><a href="/produkt/feinwaage-0001">Feinwaage 0,001 g – 34,90 €</a></li></ul></section>
</main>
<footer>
<p><a href="/agb">AGB</a> · <a href="/widerruf">Widerrufsbelehrung (ausgeschlossen für Chemikalien)</a> · <a href="/datenschutz">Datenschutz</a> · <a href="/kontakt">Kontakt</a></p>
<p>Zahlungsarten: SEPA · Bitcoin · Monero · Litecoin</p>
<p>© 2025 ChemLabor Direkt. Alle Preise inkl. MwSt.</p>
</footer>
""", noise="cookie-de")

p("h4704", "https://www.marktplatz-at.example/iad/kaufen-und-verkaufen/d/ketamin-10-injektionsloesung-50-ml-4-stk-771203398", "seller", True, "de",
  "classified-short", "", """
Ketamin 10 % Injektionslösung 50 ml – 4 Stk.
€ 280,– VB · 1100 Wien, Favoriten · vor 5 Stunden

Verkaufe Restbestand aus unserer Pferdehaltung, ungeöffnet, haltbar bis 2027. Nur komplett abzugeben. Versand mit der Post möglich (Päckchen, neutral), Zahlung über PayPal Freunde oder bar bei Abholung. Bitte keine Fragen wegen Rezept, einfach anschreiben.
""", ext="txt")

p("h4705", "https://telegra-ph.example/Menu-Livraison-Paris-75-12-02", "seller", True, "fr",
  "telegram-menu-slang", "", """
🚨 NOUVEAU MENU 🚨 LIVRAISON 7J/7 DE 14H À 4H 🚨
Paris intra-muros + 92 / 93 / 94 — hors zone +10€
Livraison offerte dès 100€

🐴 KÉTA (la vraie, en cristaux, pas de la merde coupée)
   1g → 40€
   2g → 70€
   5g → 160€
🍬 Taz / MD → voir story
🍃 Beuh Cali → 12€ le g

💳 Paiement : espèces au livreur, Lydia (mettre "remboursement resto"), PCS ou crypto
📦 Envoi partout en France par Mondial Relay / Colissimo, emballage sous vide, 48h
👉 Commande UNIQUEMENT sur Télégram : @LivraisonParis75_Off
⛔ Pas de vocal, pas d'appel, on répond en moins de 30 min
🔁 Si on se fait ban, canal de secours : @Paris75_backup
""", ext="txt")

p("h4706", "https://www.pharmacie-benelux-express.example/produit/spravato-28mg-spray-nasal-sans-ordonnance", "seller", True, "fr",
  "fake-pharmacy-product", "Spravato 28 mg spray nasal sans ordonnance – Pharmacie Benelux Express", """
<div class="bandeau">📦 Livraison discrète en 48h en Belgique, France, Luxembourg et Pays-Bas · Consultation médicale en ligne GRATUITE</div>
<header>
<a href="/" class="logo">Pharmacie <b>Benelux</b> Express</a>
<nav><a href="/categorie/depression">Dépression</a> <a href="/categorie/anxiete">Anxiété</a> <a href="/categorie/sommeil">Sommeil</a> <a href="/categorie/douleur">Douleur</a> <a href="/categorie/minceur">Minceur</a> <a href="/categorie/homme">Santé homme</a></nav>
<a href="/panier">🛒 Panier</a>
</header>
<main>
<p class="fil">Accueil › Dépression › Spravato 28 mg</p>
<div class="fiche">
<img src="/img/spravato-28.png" alt="Spravato spray nasal">
<h1>Spravato® (eskétamine) 28 mg – spray nasal</h1>
<p class="note">★★★★★ 4,9/5 – 214 avis clients vérifiés</p>
<ul class="avantages">
<li>✔ <b>Sans ordonnance</b> : la consultation en ligne est incluse</li>
<li>✔ Questionnaire de 5 questions, validation immédiate par notre médecin partenaire</li>
<li>✔ Colis neutre, aucune mention du contenu ni de la pharmacie</li>
<li>✔ Produit original, emballage d'origine</li>
</ul>
<table class="prix">
<tr><th>Conditionnement</th><th>Prix</th><th></th></tr>
<tr><td>1 dispositif</td><td>189,00 €</td><td><button>Ajouter au panier</button></td></tr>
<tr><td>2 dispositifs</td><td>349,00 €</td><td><button>Ajouter au panier</button></td></tr>
<tr><td>4 dispositifs</td><td>649,00 €</td><td><button>Ajouter au panier</button></td></tr>
<tr><td>8 dispositifs (le plus vendu)</td><td>1 190,00 €</td><td><button>Ajouter au panier</button></td></tr>
</table>
<p class="paiement">Paiement : virement SEPA, Bitcoin ou USDT (−15 % sur les paiements en crypto). Bancontact et carte bancaire temporairement indisponibles pour cette catégorie de produits.</p>
</div>
<section class="description">
<h2>Description</h2>
<p>L'eskétamine est l'énantiomère S de la kétamine. Elle agit sur le système glutamatergique et est utilisée dans la dépression résistante, en association avec un antidépresseur oral. Ses effets peuvent apparaître en quelques heures.</p>
<h2>Comment commander ?</h2>
<ol><li>Choisissez votre conditionnement et ajoutez-le au panier.</li><li>Remplissez le questionnaire médical (2 minutes).</li><li>Notre médecin valide votre demande, vous recevez la confirmation par e-mail.</li><li>Réglez votre commande et recevez votre colis sous 48h.</li></ol>
<h2>Questions fréquentes</h2>
<p><b>Ai-je besoin d'une ordonnance de mon médecin ?</b> Non. Le questionnaire en ligne remplace la consultation.</p>
<p><b>Est-ce que la douane peut bloquer mon colis ?</b> Nos envois partent d'un pays de l'UE, il n'y a pas de contrôle douanier. En cas de perte, nous renvoyons gratuitement.</p>
<p><b>Puis-je utiliser le spray chez moi ?</b> Oui, le mode d'emploi en français est fourni dans le colis.</p>
</section>
</main>
<footer><p><a href="/cgv">CGV</a> · <a href="/livraison">Livraison</a> · <a href="/contact">Contact (WhatsApp +32 4xx)</a></p><p>© 2025 Pharmacie Benelux Express – Tous droits réservés</p></footer>
""", noise="cookie-fr")

p("h4707", "https://www.ketshop-nederland.example/ketamine-kopen/ketamine-hcl-kristal", "seller", True, "nl",
  "webshop-product", "Ketamine HCl kristal kopen | KetShop Nederland", """
<div class="usp">✔ Voor 22:00 besteld, morgen in huis ✔ Discrete verpakking zonder afzender ✔ Veilig betalen met iDEAL</div>
<header>
<a class="logo" href="/">KetShop<span>.nl</span></a>
<nav><a href="/ketamine-kopen">Ketamine kopen</a> <a href="/research">Research chemicals</a> <a href="/accessoires">Accessoires</a> <a href="/veelgestelde-vragen">Veelgestelde vragen</a> <a href="/contact">Contact</a></nav>
<a href="/winkelwagen">Winkelwagen (0)</a>
</header>
<main>
<p class="kruimel">Home &gt; Ketamine kopen &gt; Ketamine HCl kristal</p>
<div class="product">
<img src="/media/ket-kristal.jpg" alt="Ketamine kristal">
<h1>Ketamine HCl – kristal</h1>
<p class="score">★★★★★ 4,8 / 5 op basis van 312 reviews</p>
<p>Zuivere ketamine-hydrochloride in kristalvorm, &gt; 99 % zuiver, door een onafhankelijk lab getest. Rustig te doseren, geen versnijding.</p>
<table>
<tr><td>1 gram</td><td>€ 29,95</td></tr>
<tr><td>5 gram</td><td>€ 119,00</td></tr>
<tr><td>10 gram</td><td>€ 199,00</td></tr>
<tr><td>25 gram</td><td>€ 425,00</td></tr>
</table>
<label>Aantal <select><option>1 gram</option><option>5 gram</option><option>10 gram</option><option>25 gram</option></select></label>
<button class="koop">In winkelwagen</button>
<p class="voorraad">Op voorraad · Levering 1–2 werkdagen (NL &amp; BE)</p>
<p class="betalen">Betaalmethoden: iDEAL · Bancontact · Bitcoin</p>
</div>
<section>
<h2>Verzending</h2>
<p>Wij versturen met PostNL als brievenbuspakje. De verpakking is neutraal, zonder logo en zonder afzendernaam. Voor België verzenden wij via bpost (2–3 dagen).</p>
<h2>Reviews</h2>
<blockquote>"Snelle levering in Utrecht, goede kwaliteit, kom zeker terug." – Daan</blockquote>
<blockquote>"Besteld op maandag, dinsdag in de bus. Netjes." – S.</blockquote>
</section>
<p class="klein">Verkoop uitsluitend aan personen van 18 jaar en ouder. Wij zijn niet verantwoordelijk voor onjuist gebruik van onze producten.</p>
</main>
<footer>KetShop.nl · <a href="/voorwaarden">Algemene voorwaarden</a> · <a href="/privacy">Privacy</a> · Klantenservice via e-mail</footer>
""", noise="cookie-nl")

p("h4708", "https://tg-preview.example/s/antwerpse_levering", "seller", True, "nl",
  "telegram-menu-slang", "", """
💚 ANTWERPSE LEVERDIENST 💚 menu week 49
Levering Antwerpen stad + Berchem, Deurne, Merksem — Gent op donderdag en zaterdag
Minimum €40, boven €150 gratis levering

🐴 Ketje (propere kristallen, getest) — 1g €30 / 3g €80 / 5g €120
🍄 Truffels — vraag maar
💊 Pillekes 250mg — 5 voor €25

Betalen: cash aan de deur, Payconiq of crypto
Post naar heel België en NL via bpost, neutraal pakske 📦
Bestellen enkel via dm 👉 @antwerpse_levering
Geen voicemails, geen namen in de berichten aub 🙏
""", ext="txt")

p("h4709", "https://www.agrovetexpress.example/produto/anestacet-10-injetavel-50ml", "seller", True, "pt",
  "vet-reseller-product", "Anestacet 10% Injetável 50 ml (cetamina) | AgroVet Express", """
<div class="topo-aviso">🚚 Enviamos para todo o Brasil · Pix com 5% de desconto · Parcele em até 3x sem juros</div>
<header>
<a href="/" class="logo">AgroVet <b>Express</b></a>
<form class="busca"><input placeholder="O que seu animal precisa hoje?"><button>Buscar</button></form>
<nav><a href="/caes">Cães</a> <a href="/gatos">Gatos</a> <a href="/equinos">Equinos</a> <a href="/bovinos">Bovinos</a> <a href="/farmacia-vet">Farmácia Vet</a> <a href="/ofertas">Ofertas</a></nav>
<a href="/carrinho">Carrinho (0)</a>
</header>
<main>
<p class="trilha">Início › Farmácia Vet › Anestésicos › Anestacet 10% 50 ml</p>
<div class="produto">
<img src="/img/anestacet-50.jpg" alt="Anestacet 10%">
<h1>Anestacet 10% Injetável 50 ml – Cloridrato de Cetamina (uso veterinário)</h1>
<p class="avaliacao">★★★★★ (58 avaliações)</p>
<p class="preco"><s>De R$ 239,90</s> por <b>R$ 189,90</b></p>
<p>ou <b>R$ 180,40 no Pix</b> (5% off) · ou 3x de R$ 63,30 sem juros no cartão</p>
<label>Quantidade <input type="number" value="1" min="1"></label>
<button class="comprar">Comprar</button>
<form class="frete">Calcular frete: <input placeholder="Digite seu CEP"> <button>OK</button></form>
<ul class="selos"><li>✔ Não exigimos receita</li><li>✔ Embalagem discreta, sem identificação do produto</li><li>✔ Postagem em até 24h úteis</li></ul>
</div>
<section class="descricao">
<h2>Descrição</h2>
<p>Anestésico dissociativo indicado para contenção química e anestesia de curta duração em cães, gatos, equinos e animais silvestres. Pode ser associado a xilazina ou midazolam.</p>
<p>Apresentação: frasco-ampola de 50 ml, 100 mg/ml. Conservar em temperatura ambiente, ao abrigo da luz.</p>
<h2>Avaliações</h2>
<div class="av"><b>Jefferson R.</b> – Curitiba/PR ★★★★★<p>Chegou em 4 dias, caixa sem nome nenhum. Recomendo.</p></div>
<div class="av"><b>Pri S.</b> – Niterói/RJ ★★★★★<p>Já é a segunda vez que compro, nunca pediram nada, pagamento no Pix aprovado na hora.</p></div>
<div class="av"><b>Cliente</b> – São Paulo/SP ★★★★☆<p>Produto ok, só demorou um pouco a transportadora.</p></div>
</section>
<section class="junto"><h3>Compre junto</h3><ul><li><a href="/produto/xilazina-2-10ml">Xilazina 2% 10 ml – R$ 59,90</a></li><li><a href="/produto/seringa-3ml-100un">Seringa 3 ml c/ 100 un – R$ 42,00</a></li></ul></section>
</main>
<footer><p>Formas de pagamento: Pix · Boleto · Cartão de crédito</p><p>AgroVet Express Comércio de Produtos Agropecuários Ltda · Atendimento via WhatsApp (11) 9xxxx-xxxx</p></footer>
""", noise="cookie-pt")

p("h4710", "https://wa-catalog.example/c/351912000000/lista-dezembro", "seller", True, "pt",
  "whatsapp-list-slang", "", """
Boas malta 👋 lista atualizada (dezembro)
Entregas em mão em Lisboa, Almada, Seixal, Amadora e Oeiras — Porto só às sextas
Envio por CTT para o resto do país e ilhas (2-3 dias úteis, embalagem discreta)

🦄 Keta (cristal) 1g — 35€ | 3g — 95€ | 5g — 140€
🍫 Haxixe marroquino 10g — 50€
🍄 Cogumelos — perguntem

Pagamento: MB Way antes do envio, ou dinheiro em mão na entrega
Encomendas só por mensagem aqui no WhatsApp, nada de chamadas
Quem não responde em 30 min perde a vez 😅
""", ext="txt")

p("h4711", "https://www.ketaitalia-shop.example/prodotto/ketamina-cristalli-1g", "seller", True, "it",
  "webshop-product", "Ketamina cristalli – KetaItalia", IT_COOKIE + """
<div class="barra">🇮🇹 Spedizioni anonime in 24/48h in tutta Italia · Nessuna ricetta richiesta · Paga con Satispay</div>
<header>
<a href="/" class="logo">Keta<b>Italia</b></a>
<nav><a href="/negozio">Negozio</a> <a href="/come-ordinare">Come ordinare</a> <a href="/spedizioni">Spedizioni</a> <a href="/recensioni">Recensioni</a> <a href="/contatti">Contatti</a></nav>
<a href="/carrello">Carrello 🛒 0</a>
</header>
<main>
<nav class="briciole">Home / Negozio / Ketamina cristalli</nav>
<article class="prodotto">
<img src="/img/keta-cristalli.jpg" alt="ketamina cristalli">
<h1>Ketamina cristalli – purezza 98%</h1>
<p class="voto">★★★★★ 96 recensioni</p>
<ul class="prezzi">
<li>1 g – 39,00 €</li>
<li>3 g – 99,00 €</li>
<li>5 g – 149,00 €</li>
<li>10 g – 259,00 €</li>
</ul>
<select><option>1 g</option><option>3 g</option><option>5 g</option><option>10 g</option></select>
<button>Aggiungi al carrello</button>
<p class="disp">Disponibile · spedizione entro 24 ore</p>
</article>
<section>
<h2>Pagamenti</h2>
<p>Accettiamo Satispay, ricarica PostePay e Bitcoin. Per Satispay ti inviamo il codice dopo l'ordine. Niente causali strane: scrivi solo il numero dell'ordine.</p>
<h2>Spedizione</h2>
<p>Pacco anonimo, sottovuoto, con tracking BRT o Poste. Reship gratuito in caso di smarrimento o sequestro. Consegna anche in fermoposta o locker.</p>
<h2>Dicono di noi</h2>
<p>"Arrivato a Bologna in 2 giorni, roba ottima." – Luca</p>
<p>"Servizio serio, pagato con Satispay senza problemi." – G.</p>
</section>
</main>
<footer>KetaItalia © 2025 · Assistenza su Telegram @ketaitalia_help · <a href="/privacy">Privacy</a></footer>
""")

p("h4712", "https://tg-preview.example/s/milano_menu_delivery", "seller", True, "it",
  "telegram-menu-slang", "", """
🇮🇹 MENU MILANO — aggiornato 2 dicembre 🇮🇹
🛵 Consegna a mano zona Navigli, Porta Romana, Isola, NoLo, Città Studi (minimo 50€)
📦 Spedizioni in tutta Italia, pacco anonimo, 24/72h

🐴 KETA / K — cristallo bello, non tagliata
   1g 40€ | 2g 75€ | 5g 170€
🍫 Fumo 10g 70€
🌿 Erba ... in arrivo

💰 Pagamenti: contanti alla consegna, ricarica PostePay, USDT/BTC
✉️ Ordini SOLO in privato 👉 @milano_ordini
❗️ Niente vocali, niente chiamate. Chi fa perdere tempo viene bloccato.
""", ext="txt")

p("h4713", "https://www.ketacare-europe.example/get-started", "seller", True, "en",
  "fake-online-clinic", "Get started – KetaCare Europe | Online ketamine treatment", """
<header>
<a class="logo" href="/">KetaCare <span>Europe</span></a>
<nav><a href="/how-it-works">How it works</a> <a href="/treatments">Treatments</a> <a href="/pricing">Pricing</a> <a href="/reviews">Reviews</a> <a href="/faq">FAQ</a></nav>
<a class="cta" href="/questionnaire">Start your assessment</a>
</header>
<main>
<section class="hero">
<h1>Feel better this week. Ketamine treatment, delivered across the EU.</h1>
<p>No GP referral. No video call. No waiting lists. Just a short online questionnaire and your treatment ships from our EU pharmacy partner.</p>
<a class="cta" href="/questionnaire">Take the 3-minute questionnaire</a>
<p class="trust">★★★★★ Rated "Excellent" · 4,200+ patients in 19 countries</p>
</section>
<section class="steps">
<h2>How it works</h2>
<ol>
<li><b>Answer 12 questions</b> about your mood, sleep and previous medication.</li>
<li><b>Instant doctor review.</b> Our medical team approves 97% of requests within minutes.</li>
<li><b>Discreet delivery</b> in 2–4 days in plain packaging, anywhere in the EU, UK and Switzerland.</li>
</ol>
</section>
<section class="pricing">
<h2>Treatments</h2>
<table>
<tr><th>Product</th><th>Price</th></tr>
<tr><td>Ketamine nasal spray 100 mg/ml, 10 ml</td><td>€149</td></tr>
<tr><td>Ketamine troches 150 mg × 10</td><td>€119</td></tr>
<tr><td>Esketamine (Spravato) 56 mg starter pack</td><td>€399</td></tr>
</table>
<p>Pay with card, Bitcoin or USDT. <b>Crypto payers save 15%.</b></p>
</section>
<section class="q-preview">
<h2>A peek at the questionnaire</h2>
<p>1. Over the last two weeks, have you felt down, depressed or hopeless? <button>Yes</button> <button>No</button></p>
<p>2. Have you tried at least one antidepressant? <button>Yes</button> <button>No</button></p>
<p>3. Are you over 18? <button>Yes</button> <button>No</button></p>
</section>
<section class="faq">
<h2>FAQ</h2>
<p><b>Do I need a prescription?</b> No, your questionnaire is reviewed by our doctors, who issue the prescription for you.</p>
<p><b>Will customs stop my parcel?</b> EU orders ship from inside the EU. For the UK and Switzerland we use a reship guarantee.</p>
</section>
</main>
<footer><p>© 2025 KetaCare Europe. This site does not provide emergency services.</p><p><a href="/terms">Terms</a> · <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h4714", "https://eu-k-supply.example/shipping-and-reship", "seller", True, "en",
  "seller-inner-shipping", "Shipping, Stealth & Reship Policy – EU K Supply", """
<header><a href="/" class="logo">EU K Supply</a> <nav><a href="/shop">Shop</a> <a href="/shipping-and-reship">Shipping</a> <a href="/payment">Payment</a> <a href="/faq">FAQ</a> <a href="/contact">Contact</a></nav> <a href="/cart">Cart</a></header>
<main>
<h1>Shipping, Stealth &amp; Reship Policy</h1>
<h2>Where we ship from</h2>
<p>All orders leave from our warehouses inside the EU (Netherlands, Germany and Spain), so EU customers never deal with customs. Ketamine HCl (crystal and powder) and our dissociative research line are dispatched within 24 hours of payment confirmation, Monday to Saturday.</p>
<h2>Stealth</h2>
<p>Every order is vacuum sealed twice, placed in a smell-proof mylar bag and hidden inside an everyday retail product box. Our name never appears on the parcel, the invoice or the return address.</p>
<h2>Delivery times</h2>
<table><tr><th>Destination</th><th>Time</th><th>Price</th></tr>
<tr><td>NL, BE, DE, LU</td><td>1–2 days</td><td>€9</td></tr>
<tr><td>FR, ES, IT, AT, PT</td><td>2–4 days</td><td>€12</td></tr>
<tr><td>Rest of EU</td><td>3–6 days</td><td>€15</td></tr>
<tr><td>UK, CH, NO (reship guarantee applies)</td><td>4–8 days</td><td>€25</td></tr></table>
<h2>Reship guarantee</h2>
<p>If your parcel is seized or lost we reship once for free (50% of the order value under €150, 100% above €150). Send us the tracking number and a photo of any customs letter within 30 days.</p>
<h2>Tracking</h2>
<p>Your tracking code is sent by encrypted e-mail or to your Telegram handle if you left one at checkout. Please do not discuss order contents in messages to the carrier.</p>
<h2>Payment</h2>
<p>We accept BTC, XMR and USDT (TRC20). We do not accept cards or bank transfers.</p>
</main>
<footer>© EU K Supply · All products sold for research purposes</footer>
""")

# ================================================================ telehealth

p("h4715", "https://www.psiquiatria-online.example/blog/esketamina-depresion-resistente-teleconsulta", "telehealth", False, "es",
  "teleconsulta-referral", "¿Soy candidato a esketamina? Cómo te ayudamos desde la teleconsulta | PsiquiatríaOnline", """
<header>
<a class="logo" href="/">Psiquiatría<b>Online</b></a>
<nav><a href="/como-funciona">Cómo funciona</a> <a href="/equipo">Nuestro equipo</a> <a href="/precios">Precios</a> <a href="/blog">Blog</a> <a href="/aseguradoras">Aseguradoras</a></nav>
<a class="btn" href="/reservar">Reservar videoconsulta</a>
</header>
<main>
<article>
<p class="cat">Depresión · 7 min de lectura</p>
<h1>¿Soy candidato a esketamina? Cómo te ayudamos desde la teleconsulta</h1>
<p class="autor">Por la Dra. Lucía Ferrer Gil, psiquiatra (colegiada n.º 28/48213, Colegio de Médicos de Madrid)</p>
<p>Cada semana nos escriben personas que han leído sobre la esketamina (Spravato) y quieren saber si podría servirles. Es una pregunta razonable: si has probado dos o más antidepresivos a dosis y tiempo adecuados sin mejorar, hablamos de depresión resistente y hay opciones que merece la pena valorar.</p>
<h2>Lo que sí hacemos por videoconsulta</h2>
<ol>
<li><b>Evaluación psiquiátrica completa</b> (50 minutos): historia clínica, tratamientos previos con dosis y duración, antecedentes médicos (tensión arterial, problemas cardiovasculares), consumo de sustancias y escalas estandarizadas como la MADRS y el PHQ-9.</li>
<li><b>Revisión de informes</b> que nos envíes antes de la cita a través del área privada.</li>
<li><b>Plan y derivación</b>: si cumples criterios, elaboramos un informe para tu médico de familia o tu psiquiatra de la Unidad de Salud Mental, o te derivamos a uno de los centros colaboradores con programa de esketamina en Madrid, Barcelona y Valencia.</li>
<li><b>Seguimiento</b> por videoconsulta entre sesiones, coordinado con el equipo que te administra el tratamiento.</li>
</ol>
<h2>Lo que no hacemos</h2>
<p>La esketamina se administra siempre en un centro sanitario, con el paciente en observación al menos dos horas. En España se dispensa a través de farmacia hospitalaria o del propio centro, nunca en la farmacia de la esquina ni por mensajería. Por eso no la recetamos para casa ni la enviamos, y desconfía de cualquier web que te lo ofrezca.</p>
<h2>¿Y la ketamina intravenosa?</h2>
<p>Algunas unidades del dolor y clínicas privadas usan ketamina en perfusión fuera de ficha técnica. Si es tu caso, revisamos contigo las ventajas y los riesgos y te orientamos hacia centros con anestesista y monitorización.</p>
<h2>Precio y pago</h2>
<p>Primera videoconsulta: 95 €. Revisiones: 65 €. Puedes pagar con tarjeta, Bizum o transferencia. Emitimos factura válida para solicitar el reembolso a tu aseguradora si tu póliza lo contempla.</p>
<p class="nota">Si tienes pensamientos de suicidio, llama al 024 o al 112. La teleconsulta no es un servicio de urgencias.</p>
</article>
<aside><h3>Reserva tu primera cita</h3><p>Huecos disponibles esta semana, de lunes a sábado.</p><a class="btn" href="/reservar">Ver disponibilidad</a></aside>
</main>
<footer><p>PsiquiatríaOnline S.L. · Centro sanitario inscrito en el Registro de Centros, Servicios y Establecimientos Sanitarios de la Comunidad de Madrid · <a href="/aviso-legal">Aviso legal</a> · <a href="/privacidad">Privacidad</a></p></footer>
""", noise="cookie-es")

p("h4716", "https://www.mentesana-telepsiquiatria.example/ketamina", "telehealth", False, "es",
  "telepsychiatry-excerpt", "", """
Telepsiquiatría · Evaluación para terapia con ketamina
Bogotá, Medellín y todo Colombia

La primera cita es virtual: una videollamada de 45 minutos con uno de nuestros psiquiatras (su registro en ReTHUS aparece en su perfil). Revisamos tu historia, los antidepresivos que ya probaste, y si hay antecedentes de psicosis, hipertensión o consumo de sustancias.

Si la ketamina es una opción para ti, te remitimos a nuestra IPS aliada en Bogotá (Chapinero) o en Medellín (El Poblado), donde se realizan las infusiones con anestesiólogo y monitoreo continuo. Si no lo es, te explicamos por qué y te proponemos otras alternativas. Los controles entre sesiones los seguimos haciendo por video.

Valor de la consulta virtual: $180.000 COP. Agenda por WhatsApp o desde la web. Aceptamos tarjeta, PSE y Nequi.
""", ext="txt")

p("h4717", "https://www.medvideo-schweiz.example/de/psychiatrie/esketamin-abklaerung", "telehealth", False, "de",
  "video-psychiatry-referral", "Videosprechstunde Psychiatrie: Abklärung für Esketamin | MedVideo Schweiz", """
<header>
<a class="logo" href="/de">MedVideo <small>Schweiz</small></a>
<nav><a href="/de/allgemeinmedizin">Allgemeinmedizin</a> <a href="/de/psychiatrie">Psychiatrie</a> <a href="/de/dermatologie">Dermatologie</a> <a href="/de/kosten">Kosten &amp; Versicherung</a></nav>
<span class="lang"><a href="/de">DE</a> <a href="/fr">FR</a> <a href="/it">IT</a></span>
<a class="btn" href="/de/termin">Termin buchen</a>
</header>
<main>
<h1>Abklärung für Esketamin und Ketamin – per Video</h1>
<p class="lead">Sie haben mehrere Antidepressiva ausprobiert, ohne dass es Ihnen besser geht? Unsere Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie FMH klären per Videosprechstunde ab, ob eine Behandlung mit Esketamin-Nasenspray oder eine Ketamin-Infusion für Sie in Frage kommt.</p>
<h2>So läuft es ab</h2>
<ol>
<li>Sie buchen online einen Termin und laden Berichte Ihrer bisherigen Behandlungen hoch.</li>
<li>Im Videogespräch (ca. 50 Minuten) erfassen wir Ihre Krankengeschichte, Vorbehandlungen, Blutdruck- und Herzanamnese sowie den Konsum von Substanzen.</li>
<li>Kommt eine Behandlung in Frage, überweisen wir Sie an eines unserer Partnerzentren in Zürich, Bern, Basel oder St. Gallen. Dort wird das Medikament unter ärztlicher Aufsicht angewendet, mit anschliessender Überwachung.</li>
<li>Auf Wunsch übernehmen wir die psychiatrischen Verlaufsgespräche zwischen den Behandlungen weiterhin per Video.</li>
</ol>
<h2>Wichtig zu wissen</h2>
<p>Wir stellen keine Rezepte für Ketamin oder Esketamin zur Anwendung zu Hause aus. Esketamin darf in der Schweiz nur unter Aufsicht in einer Praxis oder Klinik angewendet werden.</p>
<h2>Kosten</h2>
<p>Die Videosprechstunde wird über die obligatorische Grundversicherung abgerechnet (Franchise und Selbstbehalt gemäss Ihrem Vertrag). Die Kostenübernahme der Behandlung im Partnerzentrum klärt das Zentrum mit Ihrer Krankenkasse.</p>
<div class="team">
<h2>Ihr Team</h2>
<p><b>Dr. med. Andrea Furrer</b>, Fachärztin für Psychiatrie und Psychotherapie FMH</p>
<p><b>Dr. med. Reto Bachmann</b>, Facharzt für Psychiatrie und Psychotherapie FMH</p>
</div>
<p class="notfall">In einer akuten Krise: Dargebotene Hand 143 oder Notruf 144.</p>
</main>
<footer>MedVideo Schweiz AG · Bahnhofstrasse 1, 8001 Zürich · <a href="/de/impressum">Impressum</a> · <a href="/de/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h4718", "https://www.praxis-digital-psychiatrie.example/zweitmeinung-therapieresistente-depression", "telehealth", False, "de",
  "online-second-opinion", "Online-Zweitmeinung bei therapieresistenter Depression – Praxis Dr. Albrecht digital", """
<header>
<a class="logo" href="/">Praxis Dr. Albrecht <small>Psychiatrie digital</small></a>
<nav><a href="/leistungen">Leistungen</a> <a href="/ablauf">Ablauf</a> <a href="/kosten">Kosten</a> <a href="/ueber-mich">Über mich</a> <a href="/kontakt">Kontakt</a></nav>
</header>
<main>
<h1>Online-Zweitmeinung bei therapieresistenter Depression</h1>
<p>Wenn zwei oder mehr Antidepressiva nicht ausreichend geholfen haben, lohnt sich ein zweiter, unabhängiger Blick. Ich biete dafür ein ausführliches Gespräch per Video an – bundesweit, ohne Anfahrt.</p>
<h2>Ablauf</h2>
<ol>
<li><b>Vorab-Fragebogen</b> zu Vorgeschichte und bisherigen Medikamenten. Er dient nur der Vorbereitung des Gesprächs, eine Verordnung erfolgt darüber nicht.</li>
<li><b>Videogespräch</b> (60 Minuten) über einen KBV-zertifizierten Videodienstanbieter.</li>
<li><b>Schriftlicher Befund</b> mit konkreten Empfehlungen an Sie und – wenn Sie möchten – an Ihre behandelnden Ärztinnen und Ärzte: Dosisoptimierung, Augmentation, Psychotherapie, rTMS, EKT oder Esketamin.</li>
</ol>
<h2>Esketamin und Ketamin</h2>
<p>Esketamin-Nasenspray wird in Deutschland nur in einer Praxis oder Klinik unter Aufsicht angewendet. Halte ich die Behandlung für sinnvoll, vermittle ich Ihnen einen Termin in einem Zentrum in Ihrer Nähe und stimme mich mit dem dortigen Team ab. Ein Rezept für die Anwendung zu Hause stelle ich nicht aus.</p>
<h2>Kosten</h2>
<p>Abrechnung nach GOÄ, für ein Erstgespräch mit Befundbericht in der Regel 160–200 €. Private Krankenversicherungen und Beihilfe erstatten meist. Gesetzlich Versicherte zahlen als Selbstzahler.</p>
<div class="vita"><h2>Über mich</h2><p>Dr. med. Jonas Albrecht, Facharzt für Psychiatrie und Psychotherapie. Zuvor zehn Jahre Oberarzt an einer Universitätsklinik mit Schwerpunkt affektive Störungen.</p></div>
<a class="btn" href="/termin">Termin anfragen</a>
</main>
<footer>Praxis Dr. med. Jonas Albrecht · Privatpraxis · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h4719", "https://www.telepsy-quebec.example/fr/services/evaluation-ketamine", "telehealth", False, "fr",
  "telepsychiatry-quebec", "Évaluation en télépsychiatrie – kétamine et eskétamine | TélépsyQuébec", """
<header>
<a class="logo" href="/fr">Télépsy<b>Québec</b></a>
<nav><a href="/fr/services">Services</a> <a href="/fr/equipe">Équipe</a> <a href="/fr/tarifs">Tarifs</a> <a href="/fr/faq">FAQ</a> <a href="/en">English</a></nav>
<a class="btn" href="/fr/rendez-vous">Prendre rendez-vous</a>
</header>
<main>
<h1>Évaluation en télépsychiatrie pour la kétamine et l'eskétamine</h1>
<p>Vous vivez avec une dépression qui résiste aux traitements? Nos psychiatres, membres du Collège des médecins du Québec, vous rencontrent par vidéo pour évaluer si un traitement à la kétamine ou à l'eskétamine (Spravato) pourrait vous convenir.</p>
<h2>Comment ça marche</h2>
<ul>
<li>Vous remplissez un formulaire d'accueil et nous transmettez vos dossiers (ou autorisez-nous à les demander à votre médecin de famille).</li>
<li>Rencontre vidéo de 60 minutes avec un psychiatre, depuis chez vous, sur une plateforme sécurisée.</li>
<li>Si le traitement est indiqué, nous vous dirigeons vers une clinique partenaire à Montréal, Laval ou Québec, où les perfusions ou le vaporisateur nasal sont administrés sous surveillance.</li>
<li>Un rapport est envoyé à votre médecin traitant.</li>
</ul>
<h2>Tarifs</h2>
<p>Évaluation psychiatrique : 325 $. Suivi de 30 minutes : 175 $. Ces services privés ne sont pas couverts par la RAMQ, mais plusieurs assurances collectives les remboursent. Reçu fourni par courriel.</p>
<h2>Ce que nous ne faisons pas</h2>
<p>Nous ne prescrivons pas de kétamine à prendre à la maison et aucun médicament n'est expédié par notre service.</p>
<p>Des questions? Écrivez-nous par courriel ou par clavardage, du lundi au vendredi de 8 h à 18 h.</p>
<p class="urgence">En cas de crise : 1 866 APPELLE (277-3553) ou 911.</p>
</main>
<footer>TélépsyQuébec inc. · Montréal (Québec) · <a href="/fr/confidentialite">Politique de confidentialité</a></footer>
""", noise="cookie-fr")

p("h4720", "https://www.beeldbelpsychiater.example/esketamine", "telehealth", False, "nl",
  "video-intake-excerpt", "", """
Online psychiatrisch consult via beeldbellen – esketamine

Heeft u al meerdere antidepressiva geprobeerd zonder voldoende resultaat? Onze psychiaters doen het intakegesprek via beeldbellen. Samen kijken we of u in aanmerking komt voor behandeling met esketamine-neusspray.

Is dat zo, dan verwijzen we u door naar een van de esketamine-poli's waarmee we samenwerken in Utrecht, Eindhoven of Groningen. De neusspray wordt altijd daar toegediend, onder toezicht. Wij houden de vervolggesprekken via beeldbellen.

Voor een consult heeft u een verwijzing van uw huisarts nodig. De zorg valt onder de basisverzekering; uw eigen risico is van toepassing.
""", ext="txt")

p("h4721", "https://www.telemente.example/escetamina-avaliacao-online", "telehealth", False, "pt",
  "teleconsulta-referral", "Avaliação online para escetamina | TeleMente – Psiquiatria por teleconsulta", """
<header>
<a href="/" class="logo">Tele<b>Mente</b></a>
<nav><a href="/como-funciona">Como funciona</a> <a href="/psiquiatras">Nossos psiquiatras</a> <a href="/valores">Valores</a> <a href="/blog">Blog</a></nav>
<a class="btn" href="/agendar">Agendar teleconsulta</a>
</header>
<main>
<h1>Depressão resistente: avaliação online para escetamina</h1>
<p>Se você já tentou dois ou mais antidepressivos sem melhora, um psiquiatra da TeleMente pode avaliar, por teleconsulta, se o tratamento com escetamina (Spravato) é indicado no seu caso.</p>
<h2>Como funciona</h2>
<ol>
<li>Agende a teleconsulta e envie seus exames e receitas anteriores pelo app.</li>
<li>Consulta por vídeo de 50 minutos com psiquiatra (CRM e RQE informados no perfil de cada médico).</li>
<li>Se houver indicação, encaminhamos você para uma clínica parceira credenciada em São Paulo, Rio de Janeiro, Belo Horizonte ou Porto Alegre.</li>
<li>O acompanhamento entre as sessões continua online com o mesmo psiquiatra.</li>
</ol>
<h2>Por que não enviamos o remédio para casa?</h2>
<p>A escetamina é aplicada somente em ambiente clínico, com monitorização da pressão arterial e observação por cerca de duas horas após cada dose. Ninguém pode vender ou entregar escetamina por delivery.</p>
<h2>Valores</h2>
<p>Teleconsulta de avaliação: R$ 450. Retorno: R$ 300. Pagamento por Pix ou cartão em até 3x. Emitimos recibo para reembolso do plano de saúde.</p>
<div class="medicos"><h2>Equipe</h2><p>Dra. Fernanda Lopes Viana – CRM-SP 000000 / RQE 00000</p><p>Dr. Rafael Tavares Nunes – CRM-RJ 000000 / RQE 00000</p></div>
<p class="aviso">Atendimento conforme as normas do Conselho Federal de Medicina para telemedicina. Em caso de emergência, ligue 192 ou procure o CVV pelo 188.</p>
</main>
<footer>TeleMente Serviços Médicos Ltda. · <a href="/privacidade">Privacidade</a> · <a href="/termos">Termos de uso</a></footer>
""", noise="cookie-pt")

p("h4722", "https://www.psicheonline.example/videoconsulto/depressione-resistente-esketamina", "telehealth", False, "it",
  "videoconsulto-referral", "Videoconsulto psichiatrico: depressione resistente ed esketamina | PsicheOnline", IT_COOKIE + """
<header>
<a href="/" class="logo">Psiche<b>Online</b></a>
<nav><a href="/come-funziona">Come funziona</a> <a href="/specialisti">Specialisti</a> <a href="/tariffe">Tariffe</a> <a href="/domande">Domande frequenti</a></nav>
<a class="btn" href="/prenota">Prenota un videoconsulto</a>
</header>
<main>
<h1>Depressione resistente: valutazione per esketamina in videoconsulto</h1>
<p>Hai provato più antidepressivi senza risultati? Con un videoconsulto psichiatrico valutiamo la tua storia clinica e ti diciamo se l'esketamina (Spravato) può essere un'opzione per te.</p>
<h2>La specialista</h2>
<p><b>Dott.ssa Chiara Benedetti</b>, medico chirurgo specialista in psichiatria, iscritta all'Ordine dei Medici Chirurghi e degli Odontoiatri di Bologna.</p>
<h2>Come funziona</h2>
<ol>
<li>Prenoti il videoconsulto e carichi referti e terapie precedenti nell'area riservata.</li>
<li>Colloquio video di 50 minuti.</li>
<li>Se c'è indicazione, ti indirizziamo al centro ospedaliero più vicino che somministra esketamina e inviamo una relazione al tuo medico di base.</li>
</ol>
<h2>Perché non la prescriviamo per casa</h2>
<p>Spravato è un farmaco a uso ospedaliero: viene dispensato dalla farmacia dell'ospedale e somministrato solo in struttura, con osservazione dopo ogni seduta. Non è acquistabile in farmacia né online.</p>
<h2>Tariffe</h2>
<p>Videoconsulto 120 €, controllo 80 €. Paghi con carta, PayPal o Satispay. Ricevi fattura sanitaria detraibile.</p>
</main>
<footer>PsicheOnline · <a href="/privacy">Privacy</a> · <a href="/cookie-policy">Cookie policy</a></footer>
""")

p("h4723", "https://www.mindwell-remote.example/ketamine-assisted-therapy-at-home", "telehealth", False, "en",
  "telehealth-at-home-uk", "Ketamine-assisted therapy at home | Mindwell Remote (UK)", """
<header>
<a class="logo" href="/">Mindwell <span>Remote</span></a>
<nav><a href="/programme">Our programme</a> <a href="/clinicians">Clinicians</a> <a href="/pricing">Pricing</a> <a href="/safety">Safety</a> <a href="/faq">FAQ</a></nav>
<a class="cta" href="/apply">Check eligibility</a>
</header>
<main>
<h1>Ketamine-assisted therapy at home, led by consultant psychiatrists</h1>
<p>Mindwell Remote is a CQC-registered online psychiatry service for adults in England with treatment-resistant depression. Most of your care happens over video; your medication is only ever prescribed after a full psychiatric assessment.</p>
<h2>How it works</h2>
<ol>
<li><b>Eligibility form</b> and consent to contact your GP. We do not accept patients whose GP details we cannot verify.</li>
<li><b>Video assessment</b> (60–75 minutes) with a consultant psychiatrist, including your medical history, current medicines and blood pressure readings.</li>
<li><b>Treatment plan.</b> If ketamine is appropriate, your psychiatrist issues a private prescription for sublingual lozenges. Our partner pharmacy, registered with the GPhC, dispenses only against that signed prescription and delivers by tracked courier requiring a signature.</li>
<li><b>Supported sessions.</b> Every dosing session is supported live over video by a therapist, with a named adult present at home.</li>
<li><b>Integration</b> sessions and a psychiatric review before any repeat prescription.</li>
</ol>
<h2>Our prescribers</h2>
<ul>
<li>Dr Helen Okafor, MRCPsych, consultant psychiatrist (GMC 7000000)</li>
<li>Dr Tomás Reilly, MRCPsych, consultant psychiatrist (GMC 7000001)</li>
</ul>
<h2>Pricing</h2>
<p>Assessment £295. Programme membership £499 per month (includes therapist-supported sessions, reviews and messaging). Medication is charged by the pharmacy at cost.</p>
<p class="small">Not suitable for people with uncontrolled high blood pressure, psychosis or a history of substance misuse. If you are in crisis, call 999 or Samaritans on 116 123.</p>
</main>
<footer>Mindwell Remote Ltd · Registered with the Care Quality Commission · <a href="/complaints">Complaints</a> · <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

# ================================================================ clinics

p("h4724", "https://www.hospitaluniversitario-levante.example/servicios/psiquiatria/hospital-de-dia/programa-esketamina", "clinic", False, "es",
  "hospital-day-unit", "Programa de esketamina intranasal – Hospital de Día de Psiquiatría | Hospital Universitario del Levante", """
<div class="barra-superior"><a href="/cita-previa">Cita previa</a> · <a href="/portal-paciente">Portal del paciente</a> · <a href="/transparencia">Transparencia</a> · <a href="/trabaja-con-nosotros">Trabaja con nosotros</a> · <a href="/va">Valencià</a></div>
<header>
<a class="logo" href="/">Hospital Universitario del Levante <small>Departamento de Salud Levante</small></a>
<nav><a href="/el-hospital">El hospital</a> <a href="/servicios">Servicios y unidades</a> <a href="/pacientes">Pacientes y visitantes</a> <a href="/docencia">Docencia e investigación</a> <a href="/enfermeria">Enfermería</a> <a href="/contacto">Contacto</a></nav>
<form><input type="search" placeholder="Buscar en la web"></form>
</header>
<main>
<nav class="migas">Inicio › Servicios y unidades › Psiquiatría › Hospital de Día › Programa de esketamina</nav>
<h1>Programa de esketamina intranasal</h1>
<p class="subtitulo">Hospital de Día de Psiquiatría · Planta 2, Edificio B</p>
<section>
<h2>¿Qué es?</h2>
<p>La esketamina es un medicamento en forma de pulverizador nasal indicado, junto con un antidepresivo oral, en adultos con trastorno depresivo mayor resistente al tratamiento, es decir, que no han respondido a al menos dos antidepresivos diferentes en el episodio actual. También puede utilizarse durante un periodo corto como tratamiento agudo en situaciones de urgencia psiquiátrica, según criterio del equipo.</p>
<p>En nuestro hospital el programa está coordinado por el Servicio de Psiquiatría junto con el Servicio de Farmacia Hospitalaria. El medicamento es de uso hospitalario: se dispensa en dosis individuales para cada sesión y nunca sale del hospital.</p>
</section>
<section>
<h2>¿Quién puede acceder?</h2>
<p>Se accede exclusivamente por derivación de un psiquiatra de la Unidad de Salud Mental (USM) de referencia del Departamento o de otro servicio del hospital. La derivación se valora en una sesión clínica semanal, en la que se revisan:</p>
<ul>
<li>el diagnóstico y los tratamientos antidepresivos previos (fármacos, dosis y duración);</li>
<li>antecedentes de hipertensión arterial no controlada, enfermedad cerebrovascular o aneurismas;</li>
<li>antecedentes de psicosis o de consumo problemático de sustancias;</li>
<li>el apoyo familiar y la posibilidad de acudir a las sesiones acompañado.</li>
</ul>
<p>No es posible solicitar el tratamiento directamente en el hospital de día ni a través de la web. Si crees que podrías beneficiarte, coméntalo con tu psiquiatra de referencia.</p>
</section>
<section>
<h2>¿Cómo es una sesión?</h2>
<ol>
<li>Llegada a las 8:30 h. Enfermería toma la tensión arterial y revisa si ha habido cambios en tu medicación.</li>
<li>Tú mismo te administras el pulverizador, siguiendo las indicaciones y bajo la supervisión directa de la enfermera. Se recomienda no comer en las dos horas previas ni beber en los 30 minutos anteriores.</li>
<li>Permanecerás sentado o recostado en una sala tranquila. Es frecuente notar mareo, sensación de estar "desconectado" o somnolencia; suelen desaparecer en la primera hora.</li>
<li>Se vuelve a tomar la tensión a los 40 minutos y antes del alta. El tiempo mínimo de observación es de dos horas.</li>
<li>Antes de irte, el psiquiatra o la enfermera valoran que estás en condiciones de marcharte.</li>
</ol>
<p><b>Importante:</b> el día de la sesión no puedes conducir ni manejar maquinaria hasta el día siguiente tras un sueño reparador. Ven acompañado o utiliza transporte público o taxi.</p>
</section>
<section>
<h2>Calendario del tratamiento</h2>
<table>
<tr><th>Fase</th><th>Duración</th><th>Frecuencia</th></tr>
<tr><td>Inducción</td><td>Semanas 1 a 4</td><td>Dos sesiones por semana</td></tr>
<tr><td>Mantenimiento inicial</td><td>Semanas 5 a 8</td><td>Una sesión por semana</td></tr>
<tr><td>Mantenimiento</td><td>A partir de la semana 9</td><td>Semanal o cada dos semanas, según evolución</td></tr>
</table>
<p>Al final de la fase de inducción se revisa la respuesta. Si no hay mejoría, el equipo lo comentará contigo y con tu psiquiatra de referencia.</p>
</section>
<section>
<h2>¿Qué debo traer?</h2>
<ul><li>Tarjeta sanitaria (SIP) y DNI/NIE.</li><li>Listado actualizado de tu medicación.</li><li>Gafas o audífonos si los usas, y algo para leer o escuchar música durante la observación.</li></ul>
</section>
<section>
<h2>Equipo</h2>
<p>Jefa de sección: Dra. Marta Ribera Soler. Psiquiatras: Dr. Vicente Alcaraz Pons, Dra. Nuria Esteve Calatayud. Enfermería de salud mental: equipo del Hospital de Día. Farmacia Hospitalaria: Unidad de Pacientes Externos.</p>
</section>
<section class="contacto">
<h2>Contacto</h2>
<p>Teléfono del Hospital de Día: 96 000 00 00 (lunes a viernes, de 8:00 a 15:00 h). Para cambiar una cita llama con al menos 48 horas de antelación.</p>
<p>Para urgencias fuera de este horario, acude al Servicio de Urgencias del hospital o llama al 112.</p>
</section>
<p class="actualizado">Última actualización: 14/10/2025</p>
</main>
<footer>
<p>Hospital Universitario del Levante · Avenida de la Salud, s/n · 46000 Valencia</p>
<p><a href="/aviso-legal">Aviso legal</a> · <a href="/privacidad">Política de privacidad</a> · <a href="/accesibilidad">Accesibilidad</a> · <a href="/cookies">Cookies</a></p>
</footer>
""", noise="cookie-es")

p("h4725", "https://www.ordination-leitner.example/ketamin-infusion-wien", "clinic", False, "de",
  "private-practice-infusion", "Ketamin-Infusionen in Wien – Ordination Dr. Katharina Leitner", """
<header>
<a class="logo" href="/">Ordination Dr. Katharina Leitner</a>
<p class="sub">Fachärztin für Psychiatrie und Psychotherapeutische Medizin · Wahlärztin · 1090 Wien</p>
<nav><a href="/">Start</a> <a href="/leistungen">Leistungen</a> <a href="/ketamin-infusion-wien">Ketamin-Infusion</a> <a href="/honorare">Honorare</a> <a href="/anfahrt">Anfahrt</a></nav>
<a class="btn" href="https://termine.example/leitner">Termin online buchen</a>
</header>
<main>
<h1>Ketamin-Infusionen bei therapieresistenter Depression</h1>
<p>In meiner Ordination biete ich niedrig dosierte Ketamin-Infusionen für Erwachsene an, deren Depression auf mehrere Behandlungsversuche nicht angesprochen hat. Die Anwendung erfolgt off-label, nach ausführlicher Aufklärung und immer unter ärztlicher Aufsicht.</p>
<h2>Ablauf</h2>
<ul>
<li><b>Erstgespräch</b> (60 Minuten): Anamnese, Vorbefunde, Blutdruck, EKG-Befund Ihrer Hausärztin bzw. Ihres Hausarztes, Aufklärung.</li>
<li><b>Infusion</b>: ca. 40 Minuten in einem ruhigen Behandlungsraum, Überwachung von Puls, Blutdruck und Sauerstoffsättigung. Danach etwa 60 Minuten Nachbeobachtung.</li>
<li><b>Serie</b>: üblicherweise sechs Infusionen innerhalb von drei Wochen, danach Verlaufskontrolle.</li>
</ul>
<p>Bitte kommen Sie in Begleitung und lenken Sie am Behandlungstag kein Fahrzeug.</p>
<h2>Honorare</h2>
<table>
<tr><td>Erstgespräch</td><td>€ 180</td></tr>
<tr><td>Einzelne Infusion inkl. Nachbeobachtung</td><td>€ 390</td></tr>
<tr><td>Serie von 6 Infusionen</td><td>€ 2.100</td></tr>
</table>
<p>Als Wahlärztin stelle ich Ihnen eine Honorarnote aus. Für die Gesprächsleistungen können Sie bei der ÖGK, BVAEB oder SVS eine teilweise Rückerstattung beantragen; die Infusionen werden in der Regel nicht erstattet. Bezahlung per Bankomatkarte oder Überweisung.</p>
<h2>Kontakt</h2>
<p>Alser Straße 00, 1090 Wien · Tel. 01 000 00 00 · Ordinationszeiten Mo–Do 9–17 Uhr</p>
</main>
<footer><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h4726", "https://www.chu-exemple.example/services/cetd/perfusions-ketamine", "clinic", False, "fr",
  "hospital-pain-unit-excerpt", "", """
Centre d'Évaluation et de Traitement de la Douleur (CETD) — Perfusions de kétamine en hôpital de jour

Pour qui ?
Les perfusions de kétamine sont proposées à certains patients suivis au CETD pour des douleurs chroniques rebelles : douleurs neuropathiques, syndrome douloureux régional complexe, certaines douleurs post-chirurgicales persistantes. L'indication est toujours posée par un médecin algologue du centre, après une consultation.

Comment se déroule la journée ?
Vous êtes accueilli en hôpital de jour à 8 h. La perfusion intraveineuse dure de 2 à 4 heures selon le protocole, sous surveillance infirmière (tension artérielle, fréquence cardiaque, saturation). Vous restez ensuite en observation et repartez en fin d'après-midi, accompagné. La conduite est interdite jusqu'au lendemain.

Comment être adressé ?
Votre médecin traitant ou votre spécialiste nous adresse un courrier. Le secrétariat vous contacte pour une première consultation. Les soins sont pris en charge par l'Assurance maladie dans les conditions habituelles d'une hospitalisation de jour.

Secrétariat du CETD : du lundi au vendredi, 9 h – 16 h 30.
""", ext="txt")

p("h4727", "https://www.clinique-sainte-anne-bxl.example/fr/depression-resistante/esketamine", "clinic", False, "fr",
  "hospital-esketamine-centre", "Traitement par eskétamine – Centre de la dépression résistante | Clinique Sainte-Anne Bruxelles", """
<header>
<a class="logo" href="/fr">Clinique Sainte-Anne <small>Bruxelles</small></a>
<nav><a href="/fr/services">Services médicaux</a> <a href="/fr/patients">Patients</a> <a href="/fr/medecins">Médecins</a> <a href="/fr/rendez-vous">Rendez-vous</a> <a href="/nl">NL</a></nav>
</header>
<main>
<h1>Traitement par eskétamine</h1>
<p class="service">Centre de la dépression résistante · Service de psychiatrie · Site Ixelles</p>
<p>Le centre propose un traitement par eskétamine en spray nasal aux adultes souffrant d'une dépression majeure qui n'a pas répondu à au moins deux antidépresseurs. Le traitement est administré à la clinique, dans un espace dédié, sous la surveillance d'une infirmière et d'un psychiatre.</p>
<h2>Avant de commencer</h2>
<p>Une consultation d'évaluation avec l'un de nos psychiatres est indispensable. Merci de vous munir d'une lettre de votre médecin généraliste ou de votre psychiatre, de la liste de vos traitements et de vos résultats récents.</p>
<h2>Déroulement</h2>
<p>Deux séances par semaine pendant quatre semaines, puis une séance hebdomadaire ou tous les quinze jours. Après chaque administration, vous restez en observation environ deux heures. Vous ne pouvez pas conduire le jour du traitement.</p>
<h2>Remboursement</h2>
<p>Le médicament peut être remboursé sous certaines conditions, après accord du médecin-conseil de votre mutualité. Notre équipe s'occupe de la demande. Les frais de séjour en hôpital de jour sont facturés selon les tarifs INAMI.</p>
<h2>Prendre rendez-vous</h2>
<p>Par téléphone au 02 000 00 00 (du lundi au vendredi, 8 h 30 – 17 h) ou via la prise de rendez-vous en ligne. Le jour de la consultation, apportez votre carte d'identité électronique et vos vignettes de mutuelle.</p>
<a class="btn" href="/fr/rendez-vous?service=psychiatrie">Prendre rendez-vous en ligne</a>
</main>
<footer>Clinique Sainte-Anne ASBL · Rue de l'Exemple 1, 1050 Ixelles · <a href="/fr/vie-privee">Vie privée</a> · <a href="/fr/accessibilite">Accessibilité</a></footer>
""", noise="cookie-fr")

p("h4728", "https://www.ggz-rivierland.example/behandelingen/esketamine-poli", "clinic", False, "nl",
  "mental-health-clinic", "Esketamine-poli | GGZ Rivierland", """
<header>
<a class="logo" href="/">GGZ Rivierland</a>
<nav><a href="/hulp-zoeken">Hulp zoeken</a> <a href="/behandelingen">Behandelingen</a> <a href="/locaties">Locaties</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/werken-bij">Werken bij</a></nav>
<form><input type="search" placeholder="Zoeken"></form>
</header>
<main>
<p class="kruimel">Home / Behandelingen / Esketamine-poli</p>
<h1>Esketamine-poli</h1>
<p>Op onze esketamine-poli behandelen we volwassenen met een ernstige depressie die onvoldoende is verbeterd met minimaal twee antidepressiva. Esketamine is een neusspray die u onder toezicht van een verpleegkundige zelf toedient, bij ons op de poli.</p>
<h2>Aanmelden</h2>
<p>U heeft een verwijzing nodig van uw huisarts of behandelend psychiater. Verwijzers kunnen aanmelden via Zorgdomein. De wachttijd van aanmelding tot intake is op dit moment ongeveer 5 weken.</p>
<h2>Hoe verloopt de behandeling?</h2>
<ul>
<li>Intake met een psychiater, lichamelijk onderzoek en bloeddrukmeting.</li>
<li>De eerste vier weken komt u twee keer per week, daarna eens per week of eens per twee weken.</li>
<li>Na iedere toediening blijft u ongeveer twee uur bij ons. U mag die dag niet zelf autorijden of fietsen.</li>
</ul>
<h2>Vergoeding</h2>
<p>De behandeling valt onder de basisverzekering. Uw eigen risico is van toepassing.</p>
<h2>Locatie</h2>
<p>Locatie Arnhem-Zuid, Rivierweg 00. Bereikbaar met de bus, gratis parkeren.</p>
</main>
<footer>GGZ Rivierland · <a href="/privacy">Privacy</a> · <a href="/klachten">Klachten</a> · <a href="/contact">Contact</a></footer>
""", noise="cookie-nl")

p("h4729", "https://www.clinicamenteclara.example/terapia-com-cetamina-lisboa", "clinic", False, "pt",
  "private-clinic-whatsapp", "Terapia com cetamina em Lisboa | Clínica Mente Clara", PT_COOKIE + """
<header>
<a href="/" class="logo">Clínica <b>Mente Clara</b></a>
<nav><a href="/">Início</a> <a href="/equipa">Equipa</a> <a href="/terapia-com-cetamina-lisboa">Terapia com cetamina</a> <a href="/precos">Preços</a> <a href="/contactos">Contactos</a></nav>
<a class="whatsapp" href="https://wa.example/351910000000">💬 Marcar pelo WhatsApp</a>
</header>
<main>
<h1>Terapia com cetamina em Lisboa</h1>
<p>Na Clínica Mente Clara, nas Avenidas Novas, realizamos infusões endovenosas de cetamina para adultos com depressão resistente ao tratamento, sempre após consulta de avaliação com psiquiatra. Cada sessão decorre numa sala individual, com monitorização contínua e enfermeiro presente do início ao fim.</p>
<h2>Como funciona</h2>
<ol>
<li><b>Consulta de avaliação psiquiátrica</b> (presencial, 60 min): história clínica, medicação, tensão arterial, critérios de exclusão.</li>
<li><b>Sessões de infusão</b>: cerca de 40 minutos de perfusão e 45 minutos de recuperação. Deve vir acompanhado e não conduzir nesse dia.</li>
<li><b>Consulta de reavaliação</b> após a 6.ª sessão.</li>
</ol>
<h2>Preços</h2>
<table>
<tr><td>Consulta de avaliação psiquiátrica</td><td>120 €</td></tr>
<tr><td>Sessão de cetamina endovenosa</td><td>350 €</td></tr>
<tr><td>Pacote de 6 sessões</td><td>1.890 €</td></tr>
</table>
<p>Para confirmar a marcação pedimos um sinal de 50 € por MB Way, que é descontado no valor da consulta. Aceitamos também multibanco e transferência. Emitimos fatura com NIF para reembolso do seguro de saúde, quando aplicável.</p>
<h2>Equipa</h2>
<p>Dr. Miguel Sousa Rocha, psiquiatra (Cédula Profissional OM n.º 00000) · Enf.ª Joana Pires</p>
<h2>Marcações</h2>
<p>Envie-nos uma mensagem pelo WhatsApp (+351 910 000 000) ou ligue 21 000 0000, de segunda a sexta, das 9h às 19h.</p>
</main>
<footer>Clínica Mente Clara, Lda. · Av. da República 00, 1050-000 Lisboa · Licença ERS n.º 00000 · <a href="/livro-de-reclamacoes">Livro de Reclamações</a></footer>
""")

p("h4730", "https://www.asst-valleserena.example/ambulatori/terapia-del-dolore/infusione-ketamina", "clinic", False, "it",
  "public-hospital-pain-unit", "Infusione endovenosa di ketamina – Ambulatorio di Terapia del Dolore | ASST Valle Serena", IT_COOKIE + """
<header>
<a href="/" class="logo">ASST Valle Serena <small>Sistema Socio Sanitario</small></a>
<nav><a href="/prenotare">Prenotare</a> <a href="/ospedali">Ospedali e sedi</a> <a href="/reparti">Reparti e ambulatori</a> <a href="/urp">URP</a> <a href="/amministrazione-trasparente">Amministrazione trasparente</a></nav>
</header>
<main>
<nav class="briciole">Home › Reparti e ambulatori › Terapia del Dolore › Infusione di ketamina</nav>
<h1>Infusione endovenosa di ketamina</h1>
<p>L'Ambulatorio di Terapia del Dolore dell'Ospedale di Valle Serena esegue cicli di infusione endovenosa di ketamina a basso dosaggio per pazienti con dolore neuropatico cronico resistente ai trattamenti convenzionali.</p>
<h2>Come si accede</h2>
<p>Serve l'impegnativa del medico di medicina generale o dello specialista per "prima visita di terapia del dolore". Si prenota tramite CUP regionale (numero verde 800 000 000), in farmacia o online. Il trattamento viene indicato dal medico algologo durante la visita.</p>
<h2>Come si svolge</h2>
<p>La seduta si svolge in regime di MAC (Macroattività Ambulatoriale Complessa): accesso alle ore 8:00, posizionamento di accesso venoso, infusione della durata di circa due ore con monitoraggio dei parametri vitali, osservazione e dimissione nel primo pomeriggio. È necessario essere accompagnati; non si può guidare nella giornata del trattamento.</p>
<h2>Costi</h2>
<p>Il pagamento del ticket avviene secondo la normativa regionale vigente, salvo esenzioni.</p>
<h2>Contatti</h2>
<p>Segreteria Terapia del Dolore: padiglione C, piano terra · tel. 0000 000000, dal lunedì al venerdì 9:00–12:30.</p>
</main>
<footer>ASST Valle Serena · P.IVA 00000000000 · <a href="/privacy">Privacy</a> · <a href="/note-legali">Note legali</a></footer>
""")

p("h4731", "https://www.stbrigidsprivate.example/services/mental-health/spravato-esketamine", "clinic", False, "en",
  "private-hospital-spravato", "Spravato (esketamine) treatment – St. Brigid's Private Hospital, Dublin", """
<header>
<a class="logo" href="/">St. Brigid's Private Hospital</a>
<nav><a href="/services">Services</a> <a href="/consultants">Find a consultant</a> <a href="/patients">Patients &amp; visitors</a> <a href="/insurance">Insurance &amp; fees</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<h1>Spravato (esketamine) treatment service</h1>
<p>Our mental health day service offers esketamine nasal spray for adults with treatment-resistant depression. Treatment is given on site, under the supervision of our psychiatric nursing team, and you will stay with us for at least two hours after each dose.</p>
<h2>Referral</h2>
<p>We accept referrals from GPs and consultant psychiatrists. Your first appointment is an assessment with one of our consultant psychiatrists, who will review your history, previous treatments and blood pressure before deciding whether esketamine is suitable.</p>
<h2>What to expect</h2>
<ul>
<li>Twice-weekly sessions for the first four weeks, then weekly or fortnightly.</li>
<li>Blood pressure is checked before and after each session.</li>
<li>You must not drive on the day of treatment, so please arrange a lift home.</li>
</ul>
<h2>Fees and insurance</h2>
<p>Initial consultant assessment: €250. Day-service sessions are billed per attendance. Cover varies by plan; please check with VHI, Laya Healthcare or Irish Life Health before your first session. Our patient accounts team is happy to help.</p>
<a class="btn" href="/appointments?service=esketamine">Request an assessment</a>
</main>
<footer>St. Brigid's Private Hospital · Dublin · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a></footer>
""", noise="cookie")

# ================================================================ informational

p("h4732", "https://www.puntoseguro-rdr.example/sustancias/ketamina", "informational", False, "es",
  "harm-reduction", "Ketamina (keta, K) – información y reducción de riesgos | Punto Seguro", """
<header>
<a class="logo" href="/">Punto<b>Seguro</b> <small>reducción de riesgos en fiestas</small></a>
<nav><a href="/sustancias">Sustancias</a> <a href="/analisis">Análisis de sustancias</a> <a href="/alertas">Alertas</a> <a href="/fiestas">Dónde estamos</a> <a href="/contacto">Contacto</a></nav>
</header>
<main>
<h1>Ketamina</h1>
<p class="alias">También llamada: keta, K, kit kat, special K</p>
<p>La ketamina es un anestésico disociativo que se usa en medicina humana y veterinaria. En contextos recreativos suele aparecer como polvo o cristales blancos que se esnifan. A dosis bajas produce sensación de flotar, desconexión del cuerpo y distorsiones de la percepción; a dosis altas puede llevar a lo que se conoce como "k-hole", un estado en el que resulta muy difícil moverse o comunicarse.</p>
<h2>Riesgos</h2>
<ul>
<li><b>Accidentes</b>: caídas, golpes o ahogamiento por la anestesia y la falta de coordinación.</li>
<li><b>Mezclas</b>: con alcohol, GHB, benzodiacepinas u opioides aumenta mucho el riesgo de pérdida de conciencia y de depresión respiratoria.</li>
<li><b>Vejiga</b>: el uso frecuente puede dañar la vejiga y las vías urinarias (dolor al orinar, sangre en la orina). Si notas esto, deja de consumir y consulta.</li>
<li><b>Dependencia</b>: la tolerancia sube rápido y hay personas que acaban consumiendo a diario.</li>
<li><b>Adulteración</b>: lo que se vende como keta a veces es otra sustancia (por ejemplo análogos como 2F-DCK o 3-MeO-PCP), con efectos y duración diferentes.</li>
</ul>
<h2>Si decides consumir</h2>
<ul>
<li>Hazlo en un sitio seguro, sentado o tumbado, y con alguien de confianza que no consuma.</li>
<li>Empieza con poca cantidad y espera antes de repetir.</li>
<li>No mezcles con alcohol ni con depresores.</li>
<li>No compartas rulos: pueden transmitir hepatitis C.</li>
</ul>
<h2>Analiza tu sustancia</h2>
<p>Ofrecemos análisis gratuito y anónimo de sustancias los martes de 17 a 20 h en nuestro local y en algunos festivales. Traes una muestra pequeña y te explicamos el resultado. No vendemos ni facilitamos sustancias.</p>
<p class="nota">¿Te preocupa tu consumo? Llámanos o escríbenos; también podemos orientarte hacia los servicios públicos de atención a las adicciones de tu comunidad.</p>
</main>
<footer>Punto Seguro · Asociación sin ánimo de lucro · Con el apoyo del Plan Municipal de Drogas · <a href="/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

p("h4733", "https://www.drugcheck-zh.example/warnungen/2025-11-28-ketamin-2f-dck", "informational", False, "de",
  "drug-checking-warning", "Warnung: Als Ketamin verkauft – enthält 2F-DCK | Drug Checking Zürich", """
<header>
<a class="logo" href="/">Drug Checking <b>Zürich</b></a>
<nav><a href="/warnungen">Warnungen</a> <a href="/substanzen">Substanzen</a> <a href="/drug-checking">Drug Checking</a> <a href="/beratung">Beratung</a></nav>
</header>
<main>
<p class="datum">Warnung vom 28.11.2025</p>
<h1>Als Ketamin verkauft – enthält 2F-DCK</h1>
<table class="probe">
<tr><th>Verkauft als</th><td>Ketamin</td></tr>
<tr><th>Aussehen</th><td>weisse, grobe Kristalle</td></tr>
<tr><th>Bezugsquelle</th><td>über einen Telegram-Kanal, Lieferung in Zürich</td></tr>
<tr><th>Preis laut Einsender</th><td>CHF 50 pro Gramm</td></tr>
<tr><th>Analyseresultat</th><td>2F-DCK (2-Fluorodeschloroketamin), kein Ketamin nachgewiesen</td></tr>
</table>
<h2>Risikoeinschätzung</h2>
<p>2F-DCK ist ein Ketamin-Analogon. Die Wirkung setzt teilweise später ein und hält länger an als bei Ketamin. Wer denkt, Ketamin zu konsumieren, dosiert möglicherweise nach und riskiert so eine stärkere und längere Dissoziation. Zu Langzeitrisiken gibt es kaum Daten.</p>
<h2>Safer-Use-Hinweise</h2>
<ul>
<li>Substanz testen lassen, bevor du sie konsumierst.</li>
<li>Niedrig dosieren und mindestens zwei Stunden abwarten, bevor du nachlegst.</li>
<li>Nicht mit Alkohol, GHB/GBL oder Benzodiazepinen mischen.</li>
<li>Nicht alleine konsumieren.</li>
</ul>
<h2>Drug Checking</h2>
<p>Stationäres Drug Checking: dienstags und freitags 18–21 Uhr, anonym und kostenlos, mit Beratungsgespräch.</p>
</main>
<footer>Ein Angebot der Stadt Zürich in Zusammenarbeit mit Fachstellen · <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h4734", "https://www.lecourrierdurhone.example/faits-divers/2025/12/01/un-reseau-de-livraison-de-keta-via-telegram-demantele-a-lyon", "informational", False, "fr",
  "news-article", "Un réseau de livraison de kétamine via Telegram démantelé à Lyon – Le Courrier du Rhône", """
<header>
<a class="logo" href="/">Le Courrier du Rhône</a>
<nav><a href="/actualite">Actualité</a> <a href="/faits-divers">Faits divers</a> <a href="/politique">Politique</a> <a href="/sports">Sports</a> <a href="/culture">Culture</a></nav>
<a class="abo" href="/abonnement">S'abonner – 1 € le premier mois</a>
</header>
<main>
<article>
<p class="rubrique">Faits divers · Lyon</p>
<h1>Un réseau de livraison de kétamine via Telegram démantelé à Lyon</h1>
<p class="chapo">Six personnes ont été interpellées mardi. Le réseau livrait à domicile de la « kéta » et de la cocaïne commandées sur une messagerie, et expédiait aussi des colis dans toute la France.</p>
<p class="signature">Par Camille Roux · Publié le 01/12/2025 à 18h42</p>
<p>Les enquêteurs de la sûreté départementale s'intéressaient depuis le printemps à un canal Telegram qui affichait un « menu » mis à jour chaque semaine, avec photos et tarifs : 40 euros le gramme de kétamine, dégressif selon la quantité. Les commandes étaient passées en message privé, puis livrées par scooter dans le centre de Lyon et à Villeurbanne, ou envoyées par point relais, sous vide.</p>
<p>Lors des perquisitions, les policiers ont saisi environ 1,2 kg de kétamine, de la cocaïne, plusieurs milliers d'euros en liquide et des portefeuilles de cryptomonnaies. Selon le parquet, une partie des paiements transitaient par des coupons prépayés.</p>
<p>« La kétamine est devenue un produit d'appel sur ces canaux, observe une intervenante d'une association de réduction des risques. Les jeunes pensent que c'est moins dangereux parce que c'est un médicament, mais on voit de plus en plus de problèmes urinaires et de dépendances. »</p>
<p>Les six suspects, âgés de 19 à 31 ans, doivent être jugés en comparution immédiate.</p>
</article>
<aside><h3>À lire aussi</h3><ul><li><a href="#">Drogues : ce que révèlent les analyses des eaux usées</a></li><li><a href="#">Kétamine : un traitement contre la dépression en hôpital, pas dans la rue</a></li></ul></aside>
</main>
<footer>© Le Courrier du Rhône · <a href="/mentions-legales">Mentions légales</a> · <a href="/cgu">CGU</a></footer>
""", noise="cookie-fr")

p("h4735", "https://nl.vrije-encyclopedie.example/wiki/Ketamine", "informational", False, "nl",
  "encyclopedia-excerpt", "", """
Ketamine

Ketamine is een dissociatief anestheticum dat in de jaren zestig werd ontwikkeld als alternatief voor fencyclidine (PCP). Het wordt gebruikt in de humane geneeskunde (anesthesie, pijnbestrijding, spoedeisende hulp) en op grote schaal in de diergeneeskunde. De stof werkt vooral als antagonist van de NMDA-receptor.

Medisch gebruik
Naast de toepassing als anestheticum wordt ketamine onderzocht en gebruikt bij therapieresistente depressie. Esketamine, het S-enantiomeer, is als neusspray geregistreerd voor deze indicatie en wordt toegediend in een behandelsetting onder toezicht.

Recreatief gebruik
Als drug wordt ketamine meestal gesnoven. Straatnamen zijn onder meer keta, K en special K. Bij hogere doses kan een zogenoemd "K-hole" optreden. Langdurig frequent gebruik wordt in verband gebracht met blaasschade (ketamine-cystitis).

Juridische status
In Nederland is ketamine een geneesmiddel; verkoop buiten de reguliere geneesmiddelenketen is verboden. De status verschilt per land.
""", ext="txt")

p("h4736", "https://www.bulario-online.example/bula/cloridrato-de-cetamina-50mg-ml-paciente", "informational", False, "pt",
  "package-leaflet", "", """
cloridrato de cetamina
Solução injetável 50 mg/mL

USO INTRAVENOSO E INTRAMUSCULAR
USO ADULTO E PEDIÁTRICO
USO RESTRITO A HOSPITAIS
VENDA SOB PRESCRIÇÃO MÉDICA – SÓ PODE SER VENDIDO COM RETENÇÃO DA RECEITA

1. PARA QUE ESTE MEDICAMENTO É INDICADO?
Este medicamento é indicado como anestésico único em procedimentos diagnósticos e cirúrgicos que não requerem relaxamento muscular, para a indução da anestesia antes de outros anestésicos gerais e como complemento de anestésicos de baixa potência.

2. COMO ESTE MEDICAMENTO FUNCIONA?
A cetamina é um anestésico geral de ação rápida que produz um estado chamado anestesia dissociativa, com alívio da dor e perda da consciência.

3. QUANDO NÃO DEVO USAR ESTE MEDICAMENTO?
Não deve ser usado por pacientes nos quais uma elevação importante da pressão arterial represente risco grave, nem por pessoas com alergia à cetamina.

6. COMO DEVO USAR ESTE MEDICAMENTO?
Este medicamento deve ser administrado somente por profissional de saúde habilitado, em ambiente hospitalar com equipamento de monitorização e reanimação disponível.

9. O QUE FAZER SE ALGUÉM USAR UMA QUANTIDADE MAIOR DO QUE A INDICADA DESTE MEDICAMENTO?
Em caso de uso de grande quantidade deste medicamento, procure rapidamente socorro médico e leve a embalagem ou bula do medicamento, se possível. Ligue para 0800 722 6001, se você precisar de mais orientações.
""", ext="txt")

p("h4737", "https://www.vetdistrib-iberica.example/pt/catalogo/anestesicos/cetamina-100mg-ml-10ml", "informational", False, "pt",
  "licensed-vet-wholesaler", "Cetamina 100 mg/ml solução injetável 10 ml | VetDistrib Ibérica – Área Profissional", PT_COOKIE + """
<header>
<a class="logo" href="/pt">VetDistrib <b>Ibérica</b> <small>Distribuição farmacêutica veterinária</small></a>
<nav><a href="/pt/catalogo">Catálogo</a> <a href="/pt/laboratorios">Laboratórios</a> <a href="/pt/logistica">Logística</a> <a href="/pt/registo">Abrir conta profissional</a></nav>
<a href="/pt/login">Entrar</a>
</header>
<main>
<p class="trilho">Catálogo › Anestésicos e sedativos › Cetamina 100 mg/ml</p>
<h1>Cetamina 100 mg/ml – solução injetável – frasco de 10 ml</h1>
<table>
<tr><th>Espécies-alvo</th><td>Cães, gatos, equinos</td></tr>
<tr><th>Classificação</th><td>Medicamento veterinário sujeito a receita médico-veterinária especial (substância psicotrópica)</td></tr>
<tr><th>Conservação</th><td>Abaixo de 25 °C, proteger da luz</td></tr>
</table>
<div class="preco-bloqueado">
<p>🔒 <b>Preço e encomenda disponíveis apenas após início de sessão.</b></p>
<p>O acesso à área de encomendas é exclusivo a médicos veterinários com cédula profissional da Ordem dos Médicos Veterinários e a centros de atendimento médico-veterinário registados junto da DGAV. Os pedidos de estupefacientes e psicotrópicos exigem requisição própria assinada pelo diretor clínico.</p>
<a class="btn" href="/pt/login">Iniciar sessão</a> <a href="/pt/registo">Pedir acesso profissional</a>
</div>
<p class="nota">Não vendemos a particulares. Se é tutor de um animal, fale com o seu médico veterinário.</p>
</main>
<footer>VetDistrib Ibérica, S.A. · Distribuidor por grosso autorizado de medicamentos veterinários · <a href="/pt/termos">Termos</a> · <a href="/pt/privacidade">Privacidade</a></footer>
""")

p("h4738", "https://www.studiolegalemarchetti.example/blog/ketamina-detenzione-spaccio-uso-personale", "informational", False, "it",
  "law-firm-article", "Ketamina: detenzione, spaccio e uso personale – cosa si rischia | Studio Legale Marchetti", IT_COOKIE + """
<header>
<a href="/" class="logo">Studio Legale Marchetti <small>Diritto penale · Milano</small></a>
<nav><a href="/studio">Lo studio</a> <a href="/aree">Aree di attività</a> <a href="/blog">Articoli</a> <a href="/contatti">Contatti</a></nav>
</header>
<main>
<article>
<h1>Ketamina: detenzione, spaccio e uso personale – cosa si rischia</h1>
<p class="autore">Avv. Paolo Marchetti · 18 novembre 2025</p>
<p>La ketamina è un anestetico usato in medicina umana e veterinaria, ma è anche inclusa nelle tabelle delle sostanze stupefacenti e psicotrope allegate al Testo Unico (D.P.R. 309/1990). Per questo la sua detenzione al di fuori dei canali autorizzati può avere conseguenze sia amministrative sia penali.</p>
<h2>Uso personale: le sanzioni amministrative</h2>
<p>Chi viene trovato in possesso di ketamina per uso esclusivamente personale non commette reato, ma è soggetto alle sanzioni amministrative dell'art. 75, tra cui la sospensione della patente, del passaporto o del porto d'armi. Il Prefetto può anche invitare la persona a un programma terapeutico presso il SerD.</p>
<h2>Quando si parla di spaccio</h2>
<p>Se le circostanze fanno pensare a una destinazione a terzi (quantità, suddivisione in dosi, bilancini, contatti o messaggi con acquirenti) scatta l'art. 73. Nei casi di minore gravità può essere riconosciuta l'ipotesi di lieve entità del comma 5, con pene sensibilmente inferiori.</p>
<h2>Acquisti online e via Telegram</h2>
<p>Negli ultimi anni seguiamo sempre più casi nati da pacchi sequestrati in dogana o da chat di Telegram acquisite dagli inquirenti. Il fatto di aver pagato con criptovalute o ricariche non rende l'acquisto anonimo né lecito. Anche ordinare un solo pacco può portare a una perquisizione.</p>
<h2>Cosa fare</h2>
<p>In caso di controllo o di notifica, non rilasciare dichiarazioni senza un difensore. Contattaci per una prima valutazione del caso.</p>
</article>
</main>
<footer>Studio Legale Marchetti · Via Esempio 00, Milano · P.IVA 00000000000 · <a href="/privacy">Privacy</a></footer>
""")

p("h4739", "https://forum.euromeds-community.example/t/ketamine-esketamine-access-in-europe-your-experiences/48211", "informational", False, "en",
  "forum-thread", "Ketamine / esketamine access in Europe – your experiences? – EuroMeds Community", """
<header>
<a class="logo" href="/">EuroMeds Community</a>
<nav><a href="/latest">Latest</a> <a href="/categories">Categories</a> <a href="/c/mental-health">Mental health</a> <a href="/guidelines">Guidelines</a></nav>
<a href="/login">Log in</a> <a href="/signup">Sign up</a>
</header>
<main>
<h1>Ketamine / esketamine access in Europe – your experiences?</h1>
<p class="cat">Mental health › Treatment-resistant depression · 23 replies · 1.4k views</p>
<div class="post"><p class="user"><b>grey_dutchie</b> · Netherlands · Oct 30</p>
<p>I'm on my fourth antidepressant and my psychiatrist mentioned esketamine. Waiting list at the poli near me is about six weeks. Curious how it works in other countries. Did anyone pay privately? Was it worth it?</p></div>
<div class="post"><p class="user"><b>mar_valencia</b> · Spain · Oct 30</p>
<p>In Spain I got it through the public system, at the hospital day unit. My USM psychiatrist referred me, then there was a committee. Twice a week for a month, then weekly. You sit for two hours after, they check your blood pressure. It helped me with the worst of the suicidal thoughts, less with energy. No cost to me.</p></div>
<div class="post"><p class="user"><b>Lukas_B</b> · Germany · Oct 31</p>
<p>Germany: got Spravato at a psychiatric practice that has a separate room for it. Public insurance paid after some paperwork. Before that I did six IV ketamine infusions privately (around 300 € each) at a university outpatient clinic. IV hit harder for me, but it's off-label so you pay yourself.</p></div>
<div class="post"><p class="user"><b>anaportuga</b> · Portugal · Oct 31</p>
<p>Private clinic in Lisbon, 350 € per IV session, they also ask for a small deposit by MB Way to hold the slot. Psychiatrist saw me for an hour first and said no to one of my friends because of her blood pressure, which honestly made me trust them more.</p></div>
<div class="post removed"><p class="user"><b>[deleted]</b> · Nov 1</p>
<p><i>[Removed by moderator: vendor link. Posts advertising sellers or "no prescription" sources are not allowed. See rule 4.]</i></p></div>
<div class="post"><p class="user"><b>grey_dutchie</b> · Nov 1</p>
<p>Lol that was quick. I got two DMs from "doctors" offering to ship me ketamine spray too. Blocked.</p></div>
<div class="post mod"><p class="user"><b>Mod_Ilse</b> · Moderator · Nov 1</p>
<p>Reminder: anyone offering to mail you ketamine or esketamine without seeing you is not a clinic. Esketamine is only given under supervision in a treatment setting in every EU country we know of. Please report DMs like that.</p></div>
<div class="post"><p class="user"><b>tommaso_to</b> · Italy · Nov 3</p>
<p>In Italy it's hospital only (my centre is in Turin). Took a while to get in, but the nurses were great. I used a private video consult first to get a second opinion, the psychiatrist then wrote to my GP and the hospital.</p></div>
<div class="post"><p class="user"><b>frenchfries_be</b> · Belgium · Nov 4</p>
<p>Brussels here. The clinic handled the reimbursement request with my mutuelle, took about three weeks. Side effects for me: very dizzy for 30-40 minutes, weird taste, then tired for the rest of the day.</p></div>
<div class="post"><p class="user"><b>grey_dutchie</b> · Nov 6</p>
<p>Thanks all, this is really helpful. Staying on the waiting list and will report back.</p></div>
<p class="pager"><a href="?page=2">Load more replies</a></p>
</main>
<footer>EuroMeds Community is a peer-support forum and does not provide medical advice. · <a href="/privacy">Privacy</a> · <a href="/tos">Terms</a></footer>
""", noise="cookie")

p("h4740", "https://www.drugs-monitoring-centre.example/publications/drug-profiles/ketamine", "informational", False, "en",
  "agency-drug-profile", "", """
Ketamine drug profile (excerpt)

Chemistry and pharmacology
Ketamine is an arylcyclohexylamine that acts mainly as an NMDA receptor antagonist. It is used as an anaesthetic in human and veterinary medicine. Esketamine, its S-enantiomer, is authorised as a nasal spray for treatment-resistant depression and is administered under supervision in a healthcare setting.

Market
On the illicit market ketamine is usually sold as a white crystalline powder. Sources include diversion from veterinary and medical supply chains and illicit manufacture outside Europe. Retail sales increasingly take place through social media and encrypted messaging apps, with delivery by couriers or post. Analogues such as 2F-DCK and deschloroketamine have been sold as "research chemicals" or mis-sold as ketamine.

Health risks
Acute risks include accidents during intoxication and, in combination with other depressants, loss of consciousness. Regular high-frequency use is associated with ketamine-related uropathy and dependence.

Responses
Responses include drug-checking services, targeted harm-reduction information in nightlife settings, early warning alerts on adulterated or mis-sold products, and training for urologists and general practitioners in recognising ketamine-related harms.
""", ext="txt")

save(OUT, R)
