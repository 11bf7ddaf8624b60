# Batch 16 of the hand-written dev set (24 tuning pages, written 2026-12-06 after rules-2026.12.06-22,
# and committed before the scorer ran on it): shapes not yet written, to see whether the rules carry
# over. Sellers dressed as telehealth, sellers that talk like a pharmacy, a long seller home page with
# a footer full of policy links, a seller's "about us" and "how to order" pages, a price table in
# a plain-text post; telehealth pages that use shop words (order, buy a plan, bundle); clinics that
# sell session packages ("comprar", "kaufen"), a clinic with an online booking widget and prices per
# mg; informational pages: a poison-centre page, a forum thread where members warn about a vendor,
# a veterinary supplier that sells to licensed vets only, a court judgment, a pharmacology lecture.
# en/es/de/fr/nl/pt. Run: python3 batch16.py (writes batch16/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch16")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ------------------------------------------------------------------ sellers (9)
p("h1601", "https://serenity-ketamine-rx.example/", "seller", True, "en", "fake-telehealth",
  "Serenity Rx – At-home ketamine, delivered",
  """<nav>Home · How it works · Products · Reviews · Contact</nav>
<h1>At-home ketamine therapy, delivered in 48 hours</h1>
<p>Skip the waiting lists. Fill in our 2-minute form, choose your product and we ship the same day. No video call needed.</p>
<ul><li>Ketamine lozenges 150 mg × 10 – $189</li><li>Ketamine nasal spray 10 ml – $149</li><li>Starter bundle – $299</li></ul>
<p>Pay by card, Zelle or crypto. Questions? Chat with us on WhatsApp.</p>""")

p("h1602", "https://euro-pharmacy-24.example/ketanest-s", "seller", True, "de", "rogue-pharmacy",
  "Ketanest S 25 mg/ml – Online-Apotheke",
  """<nav>Startseite · Schmerz · Schlaf · Depression · Warenkorb</nav>
<h1>Ketanest S 25 mg/ml, 5 Ampullen</h1>
<p>Original-Präparat von Pfizer. Versand aus den Niederlanden.</p>
<p>Preis: 89,90 € · ab 3 Packungen 79,90 € je Packung</p>
<p>Bestellung ohne ärztliches Rezept möglich – unser Partnerarzt stellt das Online-Rezept nach einem kurzen Fragebogen aus.</p>
<p><button>In den Warenkorb</button></p>""", noise="cookie-de")

p("h1603", "https://kstar-supply.example/", "seller", True, "en", "long-home-footer",
  "K-Star Supply – Quality you can trust",
  """<header><nav>Home · Shop · Lab results · Shipping · FAQ · Blog · Contact</nav></header>
<h1>Welcome to K-Star Supply</h1>
<p>Since 2019 we have served over 20,000 happy customers across North America and Europe. Every batch is lab-tested and comes with a certificate of analysis.</p>
<h2>Why choose us?</h2>
<ul><li>Pharmaceutical-grade crystal and powder</li><li>Free reship if your package is seized</li><li>Fast, tracked delivery in 3–5 days</li><li>24/7 support on Telegram</li></ul>
<h2>Best sellers</h2>
<p>Crystal shards – from $40 · Fine powder – from $35 · Nasal solution 10 ml – $90</p>
<footer>Privacy policy · Terms of service · Refund policy · Shipping policy · © 2026 K-Star Supply</footer>""")

p("h1604", "https://ketamina-ya.example/quienes-somos", "seller", True, "es", "about-us",
  "Quiénes somos",
  """<h1>Quiénes somos</h1>
<p>Somos un equipo de jóvenes que cree en la libertad de elegir. Desde 2020 llevamos ketamina de calidad a toda España sin complicaciones: sin recetas, sin esperas, sin preguntas.</p>
<p>Nuestro compromiso: discreción total y atención por Telegram todos los días.</p>""", noise="cookie-es")

p("h1605", "https://order-k-online.example/how-to-order", "seller", True, "en", "how-to-order",
  "How to order",
  """<h1>How to order</h1>
<ol><li>Pick your product and quantity and add it to your cart.</li>
<li>At checkout, enter a delivery address (any name is fine).</li>
<li>Pay with Bitcoin, Litecoin or a prepaid gift card.</li>
<li>You'll receive a tracking code by email within 24 hours.</li></ol>""")

p("h1606", "https://board-like.example/t/price-check/55", "seller", True, "en", "vendor-post-text", "",
  """[SELLING] pharma K (Ketalar vials, sealed) + homebake crystal
vials: 1 – 60, 5 – 250, 10 – 450
crystal: 3.5 – 100, 7 – 180, 14 – 330
uk only, next day tracked. btc/xmr. pm me""", ext="txt")

p("h1607", "https://cetamina-portugal.example/", "seller", True, "pt", "padded",
  "Cetamina – o que é e para que serve",
  """<h1>Cetamina: o que é e para que serve</h1>
<p>A cetamina é um anestésico dissociativo usado em hospitais e em medicina veterinária. Estudos recentes mostram efeito antidepressivo rápido.</p>
<p>Os efeitos secundários mais comuns são náuseas, tonturas e aumento da tensão arterial.</p>
<p>Disponível na nossa loja: cetamina em cristal, 1 g a 35 €, 5 g a 150 €. Envio discreto para todo Portugal.</p>""", noise="cookie-pt")

p("h1608", "https://dissociatives-nl.example/bestellen", "seller", True, "nl", "order-form",
  "Bestelformulier",
  """<h1>Bestelformulier</h1>
<p>Product: <select><option>2-FDCK 5 g</option><option>Ketamine 5 g</option><option>MXE 1 g</option></select></p>
<p>Naam, adres en e-mail. Betaling via Bitcoin of bankoverschrijving.</p>
<p><button>Bestelling plaatsen</button></p>""", noise="cookie-nl")

p("h1609", "https://anesthesia-vet-direct.example/produits/imalgene-1000", "seller", True, "fr", "vet-product",
  "Imalgène 1000 – 10 ml",
  """<h1>Imalgène 1000 (kétamine 100 mg/ml), flacon 10 ml</h1>
<p>Anesthésique vétérinaire, vendu aux particuliers (chevaux, chiens, chats).</p>
<p>64,50 € · En stock · Expédié sous 24 h</p>
<p><button>Ajouter au panier</button></p>""", noise="cookie-fr")

# ------------------------------------------------------------------ telehealth (5)
p("h1610", "https://ember-health.example/order", "telehealth", False, "en", "telehealth-order",
  "Start your order | Ember Health",
  """<h1>Start your order</h1>
<p>Choose a plan: Monthly ($199) or 3-month bundle ($549). Your plan includes a video evaluation with a board-certified psychiatrist and, if prescribed, ketamine tablets from our partner pharmacy.</p>
<p>You won't be charged for medication unless your psychiatrist prescribes it.</p>
<p><button>Continue to checkout</button></p>""")

p("h1611", "https://ketamine-at-home-de.example/preise", "telehealth", False, "de", "telehealth-pricing",
  "Preise",
  """<h1>Preise</h1>
<p>Ärztliches Erstgespräch per Video: 120 €. Begleitetes Ketamin-Programm zu Hause (8 Wochen): 990 €, Medikament auf Rezept über unsere Partnerapotheke.</p>
<p>Kein Rezept ohne ärztliche Untersuchung.</p>""", noise="cookie-de")

p("h1612", "https://vivamente-online.example/pt/", "telehealth", False, "pt", "telehealth",
  "VivaMente – cetamina com acompanhamento online",
  """<h1>Cetamina com acompanhamento online</h1>
<p>Consulta por vídeo com psiquiatra. Se a cetamina for indicada, a receita é enviada para uma farmácia parceira e você faz as sessões em casa, com acompanhamento remoto da nossa equipe.</p>
<p>Planos a partir de R$ 690 por mês.</p>""", noise="cookie-pt")

p("h1613", "https://quietmind-tele.example/blog/what-to-expect", "telehealth", False, "en", "telehealth-blog",
  "What to expect in your first at-home session | QuietMind",
  """<h1>What to expect in your first at-home session</h1>
<p>Before your first session your QuietMind clinician reviews your intake and blood pressure readings by video. On the day, have your sitter with you, take your dose as prescribed and log your experience in the app.</p>
<p>Your care team checks in within 24 hours.</p>""")

p("h1614", "https://teleketa-fr.example/faq", "telehealth", False, "fr", "telehealth-faq",
  "FAQ – TéléKéta",
  """<h1>Questions fréquentes</h1>
<p><b>Faut-il une ordonnance ?</b> Oui. Un psychiatre vous reçoit en téléconsultation et décide si le traitement vous convient.</p>
<p><b>Comment le médicament est-il livré ?</b> Par notre pharmacie partenaire, à domicile, contre signature.</p>""", noise="cookie-fr")

# ------------------------------------------------------------------ clinics (5)
p("h1615", "https://clinica-equilibrio.example/pacotes", "clinic", False, "pt", "clinic-packages",
  "Pacotes de sessões",
  """<h1>Pacotes de sessões de cetamina</h1>
<p>Compre seu pacote de 6 sessões de infusão com 10% de desconto: R$ 9.900. Sessão avulsa: R$ 1.800.</p>
<p>As sessões são feitas na nossa clínica, com monitorização por anestesiologista. Agende pelo WhatsApp.</p>""", noise="cookie-pt")

p("h1616", "https://ketamin-zentrum-muenchen.example/gutscheine", "clinic", False, "de", "clinic-shop",
  "Gutscheine kaufen",
  """<h1>Gutscheine</h1>
<p>Verschenken Sie eine Beratung oder eine Behandlung in unserem Zentrum. Gutscheine ab 50 € – jetzt online kaufen.</p>
<p>Alle Ketamin-Behandlungen finden in unserer Praxis statt, unter ärztlicher Aufsicht.</p>""", noise="cookie-de")

p("h1617", "https://brightpath-infusions.example/book", "clinic", False, "en", "clinic-booking",
  "Book online | BrightPath Infusions",
  """<h1>Book your infusion</h1>
<p>Select a location: Scottsdale · Mesa · Tucson</p>
<p>Select a service: New patient consultation (free) · IV ketamine infusion ($450) · Booster ($400)</p>
<p>Dosing is weight-based (0.5 mg/kg) and adjusted by our CRNA.</p>
<p><button>Find a time</button></p>""")

p("h1618", "https://centro-salud-mental-bcn.example/esketamina", "clinic", False, "es", "spravato",
  "Esketamina en Barcelona",
  """<h1>Esketamina intranasal</h1>
<p>En nuestro centro de la calle Aragó, el paciente se administra el espray bajo supervisión de enfermería y permanece en observación dos horas. No debe conducir ese día.</p>""", noise="cookie-es")

p("h1619", "https://mindful-ketamine-kap.example/", "clinic", False, "en", "kap-clinic",
  "Mindful KAP – Ketamine-assisted psychotherapy",
  """<h1>Ketamine-assisted psychotherapy</h1>
<p>Sessions take place in our Portland office: an intramuscular dose given by our nurse, with your therapist in the room for the whole session. Between sessions we meet by video for integration.</p>
<p>1410 SE Morrison St, Portland, OR 97214</p>""")

# ------------------------------------------------------------------ informational (5)
p("h1620", "https://poison-centre-like.example/substances/ketamine", "informational", False, "en", "poison-centre",
  "Ketamine – Poison information",
  """<h1>Ketamine</h1>
<p>Call the poison centre if someone has taken too much ketamine and is hard to wake, breathing slowly or has chest pain. Ketamine bought as a powder may contain other drugs.</p>
<p>Call 1-800-222-1222, open 24 hours.</p>""")

p("h1621", "https://forum-like.example/t/is-kstarsupply-legit/9981", "informational", False, "en", "forum-warning", "",
  """Is kstarsupply legit?
posted by worried_mum

My son ordered from a site selling ketamine with bitcoin and "free reship". Has anyone heard of them?

reply by modteam: We do not allow sourcing. Sites like this are often scams, and buying is illegal. If you are worried about your son, the helpline below can help.""", ext="txt")

p("h1622", "https://vet-wholesaler-like.example/ketamine", "informational", False, "en", "licensed-wholesale",
  "Ketamine 100 mg/ml – Veterinary wholesale",
  """<h1>Ketamine HCl injection 100 mg/ml, 10 ml</h1>
<p>Schedule III. Available only to licensed veterinarians with a valid DEA registration on file. Orders are verified against the DEA registrant database and ship only to the registered address.</p>
<p>Log in to your practice account to see pricing.</p>""")

p("h1623", "https://rechtspraak-like.example/uitspraak/2026-4411", "informational", False, "nl", "court",
  "Uitspraak: handel in ketamine via webshop",
  """<h1>Uitspraak rechtbank: handel in ketamine via webshop</h1>
<p>De verdachte verkocht via een webshop ketamine voor 25 euro per gram en verstuurde die in neutrale enveloppen. Betaling liep via bitcoin. De rechtbank veroordeelt hem tot 30 maanden gevangenisstraf.</p>""", noise="cookie-nl")

p("h1624", "https://med-school-like.example/pharmacology/lecture-12", "informational", False, "en", "lecture",
  "Lecture 12: Intravenous anesthetics",
  """<h1>Lecture 12: Intravenous anesthetics</h1>
<p>Learning objectives: compare propofol, etomidate and ketamine.</p>
<p>Ketamine: induction dose 1–2 mg/kg IV; supplied as 10, 50 and 100 mg/ml vials. Raises blood pressure and heart rate; preserves airway reflexes. Emergence reactions are reduced by midazolam.</p>""")

save(OUT, R)
print(len(R), "pages")
