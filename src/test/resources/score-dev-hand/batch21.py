# Batch 21 of the hand-written dev set (16 tuning pages, written 2026-12-06 after rules-2026.12.06-29,
# and committed before the scorer ran on it): non-English pages on both sides, in wording not used
# before (Latin American Spanish, Brazilian and European Portuguese, Swiss German, Belgian French,
# Flemish). Run: python3 batch21.py (writes batch21/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch21")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ------------------------------------------------------------------ sellers (6)
p("h2101", "https://keta-cdmx.example/", "seller", True, "es", "mx-seller",
  "Keta CDMX",
  """<h1>Keta en CDMX y todo México</h1>
<p>Cristal de la mejor calidad. Gramo $800 MXN, 5 gramos $3,500 MXN.</p>
<p>Entregas personales en CDMX o envío por paquetería a toda la república, bien empaquetado. Mándanos mensaje por Telegram.</p>""", noise="cookie-es")

p("h2102", "https://vendas-cetamina.example/produto/frasco", "seller", True, "pt", "br-product",
  "Cetamina frasco 10ml",
  """<h1>Cetamina 50mg/ml – frasco 10ml</h1>
<p>De: R$ 250,00 Por: R$ 199,00 à vista no Pix</p>
<p>Enviamos para todo o Brasil. Não precisa de receita.</p>
<p><button>Comprar agora</button></p>""", noise="cookie-pt")

p("h2103", "https://k-schweiz.example/bestellen", "seller", True, "de", "ch-order",
  "Bestellen",
  """<h1>Bestellung</h1>
<p>Ketamin (Kristall): 1 g CHF 60 · 5 g CHF 250.</p>
<p>Lieferung in der ganzen Schweiz per A-Post, ohne Absender. Bezahlung mit Bitcoin oder Twint an Treuhänder.</p>""", noise="cookie-de")

p("h2104", "https://ketamine-belgique.example/", "seller", True, "fr", "be-seller",
  "Kétamine Belgique",
  """<h1>Kétamine livrée en Belgique</h1>
<p>Kétamine de qualité pharmaceutique, en poudre ou en cristaux. Livraison à Bruxelles en main propre, ailleurs par bpost.</p>
<p>Commande via Signal uniquement.</p>""", noise="cookie-fr")

p("h2105", "https://ket-vlaanderen.example/", "seller", True, "nl", "flemish-seller",
  "Ket Vlaanderen",
  """<h1>Ket in heel Vlaanderen</h1>
<p>Zuivere ket, 25 euro per gram, vanaf 5 gram 20 euro per gram. Levering aan huis in Antwerpen en Gent.</p>
<p>Bestellen via Telegram: @ketvl</p>""", noise="cookie-nl")

p("h2106", "https://cetamina-lisboa.example/", "seller", True, "pt", "pt-seller",
  "Cetamina em Lisboa",
  """<h1>Cetamina em Lisboa e arredores</h1>
<p>Cetamina em pó, 35 € o grama. Entrega em mão na zona de Lisboa, envio por CTT para o resto do país.</p>
<p>Encomendas pelo Signal ou Telegram.</p>""", noise="cookie-pt")

# ------------------------------------------------------------------ telehealth (3)
p("h2107", "https://mente-en-linea.example/mx/ketamina", "telehealth", False, "es", "mx-telehealth",
  "Ketamina en línea | Mente en Línea",
  """<h1>Tratamiento con ketamina en línea</h1>
<p>Consulta por videollamada con psiquiatra con cédula profesional. Si el tratamiento es adecuado, te enviamos la receta y acompañamos cada sesión en casa por video.</p>
<p>Paquete de 4 semanas: $6,900 MXN.</p>""", noise="cookie-es")

p("h2108", "https://psiquiatria-digital.example/pt/cetamina-em-casa", "telehealth", False, "pt", "pt-telehealth",
  "Cetamina em casa com acompanhamento",
  """<h1>Cetamina em casa, com acompanhamento médico</h1>
<p>Teleconsulta com psiquiatra inscrito na Ordem dos Médicos. Se indicado, a prescrição é enviada à farmácia e as sessões em casa são acompanhadas por vídeo.</p>""", noise="cookie-pt")

p("h2109", "https://telepsy.example/be/ketamine", "telehealth", False, "fr", "be-telehealth",
  "Kétamine à domicile – TéléPsy",
  """<h1>Kétamine à domicile, avec suivi à distance</h1>
<p>Un psychiatre vous reçoit en téléconsultation. Si la kétamine est indiquée, l'ordonnance est envoyée à une pharmacie partenaire et chaque séance à domicile est suivie par vidéo.</p>""", noise="cookie-fr")

# ------------------------------------------------------------------ clinics (3)
p("h2110", "https://clinica-ketamina-gdl2.example/", "clinic", False, "es", "mx-clinic",
  "Clínica Ketamina Zapopan",
  """<h1>Infusiones de ketamina en Zapopan</h1>
<p>Sesiones en nuestro consultorio con anestesiólogo y monitoreo de signos vitales. Valoración previa con psiquiatra.</p>
<p>Precio por sesión: $4,500 MXN. Agenda por WhatsApp.</p>""", noise="cookie-es")

p("h2111", "https://ketamin-praxis-zuerich.example/", "clinic", False, "de", "ch-clinic",
  "Ketamin-Praxis Zürich",
  """<h1>Ketamin-Behandlung in Zürich</h1>
<p>Die Infusionen erhalten Sie in unserer Praxis an der Bahnhofstrasse, überwacht von einer Anästhesiepflegefachperson. Kosten pro Sitzung: CHF 450.</p>""", noise="cookie-de")

p("h2112", "https://centrum-ketamine-gent.example/", "clinic", False, "nl", "flemish-clinic",
  "Ketaminecentrum Gent",
  """<h1>Ketaminebehandeling in Gent</h1>
<p>De behandeling gebeurt in ons centrum, onder toezicht van een anesthesist. Na de sessie mag u niet zelf met de wagen rijden.</p>""", noise="cookie-nl")

# ------------------------------------------------------------------ informational (4)
p("h2113", "https://noticias-mx-like.example/seguridad/keta-fiestas", "informational", False, "es", "news",
  "Crece el consumo de keta en fiestas",
  """<h1>Crece el consumo de keta en fiestas de la capital</h1>
<p>De acuerdo con la fiscalía, el gramo de ketamina se vende hasta en 800 pesos y se distribuye por Telegram. Autoridades detuvieron a tres personas este fin de semana.</p>""", noise="cookie-es")

p("h2114", "https://jornal-pt-like.example/sociedade/cetamina", "informational", False, "pt", "news",
  "Cetamina: consumo recreativo preocupa",
  """<h1>Consumo recreativo de cetamina preocupa especialistas</h1>
<p>Os especialistas alertam que a cetamina é vendida em pó, por cerca de 30 euros o grama, sobretudo em festas. O SICAD lembra que a substância pode causar danos na bexiga.</p>""", noise="cookie-pt")

p("h2115", "https://sucht-schweiz-like.example/ketamin", "informational", False, "de", "prevention",
  "Ketamin – Infos",
  """<h1>Ketamin: Wirkung und Risiken</h1>
<p>Ketamin wird als Pulver geschnupft. Es kann zu Bewusstlosigkeit, Unfällen und Blasenschäden führen. Kombiniere es nicht mit Alkohol.</p>
<p>Beratung: Suchtberatung in deiner Nähe.</p>""", noise="cookie-de")

p("h2116", "https://sante-belgique-like.example/ketamine-ordonnance", "informational", False, "fr", "pharmacy-info",
  "Kétamine : sur ordonnance uniquement",
  """<h1>Kétamine : sur ordonnance uniquement</h1>
<p>La kétamine et l'eskétamine ne sont délivrées que sur prescription. Les sites qui en vendent sans ordonnance sont illégaux.</p>""", noise="cookie-fr")

save(OUT, R)
print(len(R), "pages")
