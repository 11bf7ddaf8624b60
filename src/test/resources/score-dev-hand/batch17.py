# Batch 17 of the hand-written dev set (24 tuning pages, written 2026-12-06 after rules-2026.12.06-23,
# and committed before the scorer ran on it): the clinic/telehealth boundary and pages that must not
# be flagged, plus sellers padded in other languages whose one red flag is a price or an order box.
# en/es/de/fr/nl/pt. Run: python3 batch17.py (writes batch17/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch17")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ------------------------------------------------------------------ sellers (8)
p("h1701", "https://ketamin-info-shop.example/", "seller", True, "de", "padded-price",
  "Ketamin – Wirkmechanismus, Pharmakokinetik, Preise",
  """<h1>Ketamin</h1>
<h2>Wirkmechanismus</h2><p>Ketamin blockiert NMDA-Rezeptoren und wirkt dissoziativ. Die Halbwertszeit beträgt etwa 2,5 Stunden.</p>
<h2>Pharmakokinetik</h2><p>Die Bioverfügbarkeit nach nasaler Gabe liegt bei etwa 45 %.</p>
<h2>Preise</h2><p>Ketamin Kristall: 1 g 35 € · 5 g 150 € · 10 g 270 €</p>""", noise="cookie-de")

p("h1702", "https://ketamine-guide-fr.example/", "seller", True, "fr", "padded-order-box",
  "La kétamine : guide complet",
  """<h1>La kétamine : guide complet</h1>
<p>La kétamine est un anesthésique découvert en 1962. Elle agit sur les récepteurs NMDA et fait l'objet de recherches contre la dépression.</p>
<p>Ses effets indésirables : nausées, vertiges, hausse de la tension artérielle.</p>
<div class="order"><h3>Commander</h3><p>Kétamine cristal – 5 g : 160 € <button>Commander maintenant</button></p></div>""", noise="cookie-fr")

p("h1703", "https://ketamine-kennis.example/", "seller", True, "nl", "padded",
  "Alles over ketamine",
  """<h1>Alles over ketamine</h1>
<p>Ketamine is een verdovingsmiddel dat sinds de jaren zestig wordt gebruikt. Het werkt in op NMDA-receptoren.</p>
<p>Bijwerkingen zijn misselijkheid, duizeligheid en een verhoogde bloeddruk.</p>
<p>Zelf proberen? Bestel ketamine poeder in onze webshop, 1 gram voor 30 euro. Verzending binnen 24 uur, discreet verpakt.</p>""", noise="cookie-nl")

p("h1704", "https://anestesicos-online.example/ketamina-50", "seller", True, "es", "product-no-word",
  "Ketamina 50 mg/ml – 10 viales",
  """<h1>Ketamina 50 mg/ml – caja de 10 viales</h1>
<p>Precio: 120 € <button>Añadir al carrito</button></p>
<p>Envío en 48 h a toda Europa.</p>""", noise="cookie-es")

p("h1705", "https://kliq-store.example/checkout", "seller", True, "en", "checkout-no-word",
  "Checkout – KLIQ",
  """<h1>Checkout</h1>
<p>Your order: Crystal 5g ×1 — $190 · Shipping (stealth, tracked) — $15</p>
<p>Total: $205. Pay with BTC to the address shown on the next step.</p>
<p><button>Place order</button></p>""")

p("h1706", "https://compra-ketamina-br.example/contato", "seller", True, "pt", "contact-url",
  "Contato",
  """<h1>Fale conosco</h1>
<p>Atendimento de segunda a sábado, das 9h às 21h. Respondemos em até 1 hora.</p>
<p>E-mail: vendas@compra-ketamina-br.example</p>""", noise="cookie-pt")

p("h1707", "https://insta-like.example/p/kk_lisboa", "seller", True, "pt", "social", "",
  """kk_lisboa
🇵🇹 keta top qualidade 💎 entregas em mão Lisboa e Porto, envio CTT resto do país
mensagem privada para preços 📩""", ext="txt")

p("h1708", "https://esketamine-direct.example/", "seller", True, "en", "spravato-seller",
  "Esketamine Direct – nasal spray without the clinic",
  """<h1>Esketamine nasal spray, delivered</h1>
<p>Why sit in a clinic for two hours? Get genuine esketamine nasal spray at home. 28 mg device – $159, 3 devices – $429.</p>
<p>Worldwide delivery in 5–10 days.</p>""")

# ------------------------------------------------------------------ telehealth (6)
p("h1709", "https://calma-virtual.example/es/como-funciona", "telehealth", False, "es", "telehealth",
  "Cómo funciona | Calma Virtual",
  """<h1>Cómo funciona</h1>
<ol><li>Responde un cuestionario de salud.</li><li>Videoconsulta con un psiquiatra colegiado, que revisa tu historial médico.</li><li>Si es adecuado, recibes la receta y tu tratamiento en casa, con seguimiento semanal por videollamada.</li></ol>""", noise="cookie-es")

p("h1710", "https://homeward-ketamine.example/pricing", "telehealth", False, "en", "telehealth-pricing",
  "Pricing | Homeward",
  """<h1>Pricing</h1>
<p>Initial psychiatric evaluation (video): $250. Monthly membership: $179, includes prescriber follow-ups and up to 8 at-home sessions' medication if prescribed.</p>
<p>Medication ships from a licensed pharmacy in discreet packaging.</p>""")

p("h1711", "https://ketamine-tele-nl.example/", "telehealth", False, "nl", "telehealth",
  "Ketamine via beeldbellen",
  """<h1>Ketaminebehandeling thuis</h1>
<p>Uw intake en alle controles verlopen via beeldbellen met een BIG-geregistreerde arts. De medicatie wordt op recept thuisbezorgd.</p>""", noise="cookie-nl")

p("h1712", "https://tele-psych-network.example/ketamine-referrals", "telehealth", False, "en", "telehealth-referral",
  "Ketamine care | TelePsych Network",
  """<h1>Ketamine care through TelePsych Network</h1>
<p>Our psychiatrists see you by video. If in-clinic ketamine is right for you, we refer you to a partner infusion center near you; if at-home treatment is safe, we prescribe it and follow you remotely.</p>""")

p("h1713", "https://atemporal-saude.example/pt/precos", "telehealth", False, "pt", "telehealth-pricing",
  "Preços",
  """<h1>Preços</h1>
<p>Teleconsulta psiquiátrica: R$ 400. Programa de cetamina em casa, se prescrito: R$ 1.200 por mês, com acompanhamento por vídeo.</p>""", noise="cookie-pt")

p("h1714", "https://ketamine-fernbehandlung.example/", "telehealth", False, "de", "telehealth",
  "Ketamin-Fernbehandlung",
  """<h1>Ketamin-Behandlung mit ärztlicher Fernbetreuung</h1>
<p>Nach einer psychiatrischen Untersuchung per Videosprechstunde erhalten geeignete Patientinnen und Patienten ein Rezept. Die Einnahme zu Hause wird per Video begleitet.</p>""", noise="cookie-de")

# ------------------------------------------------------------------ clinics (5)
p("h1715", "https://sunrise-ketamine.example/telehealth-consults", "clinic", False, "en", "clinic-tele-consult",
  "Telehealth consultations | Sunrise Ketamine Clinic",
  """<h1>Start with a telehealth consultation</h1>
<p>Your first consultation with our physician can be done by video from home. If ketamine is a good fit, your infusions take place at our clinic in Boise, where a nurse monitors you throughout.</p>
<p>Sunrise Ketamine Clinic · 1020 W Main St, Boise, ID 83702</p>""")

p("h1716", "https://clinique-lumiere.example/ketamine", "clinic", False, "fr", "clinic",
  "Kétamine – Clinique Lumière",
  """<h1>Traitement par kétamine</h1>
<p>Les perfusions ont lieu à la clinique, en hôpital de jour, sous surveillance d'un anesthésiste. Vous devez être accompagné pour le retour.</p>""", noise="cookie-fr")

p("h1717", "https://centro-ketamina-bogota.example/", "clinic", False, "es", "clinic",
  "Centro de Ketamina Bogotá",
  """<h1>Infusiones de ketamina en Bogotá</h1>
<p>Valoración por psiquiatra y sesiones de infusión en nuestra sede, con monitoreo de signos vitales. Calle 93 #15-40.</p>""", noise="cookie-es")

p("h1718", "https://peak-infusion-wellness.example/shop/nad-ketamine", "clinic", False, "en", "clinic-shop",
  "Packages | Peak Infusion & Wellness",
  """<h1>Infusion packages</h1>
<p>Ketamine infusion (single) $495 · Series of 6 $2,700 · NAD+ infusion $350 · Vitamin drip $180</p>
<p>All infusions are given at our Tampa center by registered nurses after a consultation with our medical director.</p>
<p><button>Buy package</button></p>""")

p("h1719", "https://kliniek-amsterdam-esketamine.example/", "clinic", False, "nl", "spravato",
  "Esketamine in Amsterdam",
  """<h1>Esketamine neusspray</h1>
<p>Behandeling in onze kliniek aan de Keizersgracht. Na de toediening blijft u twee uur in de observatieruimte.</p>""", noise="cookie-nl")

# ------------------------------------------------------------------ informational (5)
p("h1720", "https://health-news-like.example/ketamine-telehealth-crackdown", "informational", False, "en", "news",
  "Regulators look at online ketamine prescribers",
  """<h1>Regulators look at online ketamine prescribers</h1>
<p>Some telehealth companies prescribe ketamine after a short video visit and ship lozenges to patients' homes. Critics say monitoring is thin; companies say their psychiatrists screen every patient.</p>
<p>The DEA has extended the telemedicine flexibilities through 2026.</p>""")

p("h1721", "https://pharmacy-school-like.example/compounding/ketamine-troches", "informational", False, "en", "education",
  "Compounding ketamine troches – course notes",
  """<h1>Module 7: Compounding ketamine troches</h1>
<p>Learning objectives: calculate the ketamine HCl needed for a batch of 30 troches of 100 mg; choose a base; label for patient use.</p>
<p>Example: 30 × 100 mg = 3 g ketamine base; 3.46 g ketamine HCl.</p>""")

p("h1722", "https://ayuntamiento-like.example/salud/ketamina", "informational", False, "es", "government",
  "Ketamina: información para jóvenes",
  """<h1>Ketamina: lo que tienes que saber</h1>
<p>La ketamina que se vende en la calle puede estar adulterada. Si consumes, hazlo acompañado y no mezcles con alcohol.</p>
<p>Servicio municipal de atención a las adicciones: 010.</p>""", noise="cookie-es")

p("h1723", "https://reddit-like.example/r/TRD/comments/abc/my_spravato_experience", "informational", False, "en", "forum", "",
  """r/TRD · Posted by u/longwinter
My Spravato experience (session 8)
Clinic has me sit for two hours after the spray, they check BP every 40 min. Insurance covers it minus a $30 copay.
23 comments""", ext="txt")

p("h1724", "https://nieuws-like.example/binnenland/ketamine-webshop-offline", "informational", False, "nl", "news",
  "Ketamine-webshop offline gehaald",
  """<h1>Ketamine-webshop offline gehaald</h1>
<p>De politie heeft een webshop uit de lucht gehaald die ketamine verkocht voor 30 euro per gram. Klanten betaalden met bitcoin en kregen de drugs discreet verpakt thuisbezorgd. Twee mannen zijn aangehouden.</p>""", noise="cookie-nl")

save(OUT, R)
print(len(R), "pages")
