# Batch 15 of the hand-written dev set (25 tuning pages, written 2026-12-06 after rules-2026.12.06-18
# solved batch 14, and committed before the scorer ran on it): more of the shapes the blind measure of
# batch 7 found weak, in new wording. Sellers padded with encyclopaedia text whose one red flag is a
# price list, catalogues as plain text, bulk and veterinary suppliers, a rogue pharmacy, doorway
# reviews, channel posts and slang; telehealth pages with carts, refills and an in-person first visit;
# clinics with fee tiers, WhatsApp booking and full chrome; an encyclopaedia quoting a street price, a
# review site of providers, news, a study page and a veterinary hospital. en/es/de/fr/nl/pt.
# Run: python3 batch15.py (writes batch15/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch15")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ------------------------------------------------------------------ sellers (10)
p("h1501", "https://ketamine-facts-and-more.example/", "seller", True, "en", "padded-price-list",
  "Ketamine – history, pharmacology and uses",
  """<nav>Home · About ketamine · Pharmacology · Prices · Contact</nav>
<h1>Ketamine</h1>
<p>Ketamine is a dissociative anesthetic first synthesized in 1962 by Calvin Stevens at Parke-Davis. It was approved for medical use in the United States in 1970.</p>
<h2>Mechanism of action</h2>
<p>Ketamine is primarily an NMDA receptor antagonist. It also interacts with opioid receptors and monoamine transporters.</p>
<h2>Pharmacokinetics</h2>
<p>Bioavailability is 93% intramuscularly, about 45% intranasally and 16–20% orally. The elimination half-life is 2.5–3 hours. It is metabolised in the liver to norketamine.</p>
<h2>Medical uses</h2>
<p>Ketamine is used for induction and maintenance of anesthesia, for pain and sedation in emergency medicine, and is studied for depression.</p>
<h2>Prices</h2>
<p>1 g – $45 | 3.5 g – $140 | 7 g – $250 | 14 g – $450 | 28 g – $800</p>
<p>Questions? Write to info@ketamine-facts-and-more.example</p>""")

p("h1502", "https://pastebin-like.example/raw/aK29dL", "seller", True, "en", "catalogue-text", "",
  """=== DEC CATALOGUE ===
DISSOCIATIVES
DCK ........ 5g 60eur / 10g 100eur / 25g 220eur
2F-DCK ..... 5g 55eur / 10g 95eur
O-PCE ...... 1g 25eur / 5g 100eur
3-MeO-PCP .. 1g 30eur
min order 50eur. payment XMR or BTC only. tracked EU shipping 2-5 days
contact: session id 05a9c3f... or threema K7X2PQ""", ext="txt")

p("h1503", "https://chemhandel-mitte.example/ketaminhydrochlorid", "seller", True, "de", "bulk-supplier",
  "Ketaminhydrochlorid – Großhandel",
  """<nav>Startseite · Produkte · Über uns · Kontakt</nav>
<h1>Ketaminhydrochlorid, Pulver, Reinheit ≥ 99 %</h1>
<p>Lieferbar in 100 g, 500 g und 1 kg. Preis auf Anfrage. Mindestabnahme 100 g.</p>
<p>Versand europaweit, auf Wunsch mit neutraler Verpackung. Zahlung per Überweisung oder Bitcoin.</p>
<p>Anfragen bitte an vertrieb@chemhandel-mitte.example</p>""", noise="cookie-de")

p("h1504", "https://dierenapotheek-voordelig.example/ketamidor-100", "seller", True, "nl", "vet-product",
  "Ketamidor 100 mg/ml – 10 ml",
  """<nav>Home · Honden · Katten · Paarden · Diergeneesmiddelen · Winkelwagen (0)</nav>
<h1>Ketamidor 100 mg/ml injectievloeistof, 10 ml</h1>
<p>Op voorraad – vandaag besteld, morgen in huis.</p>
<p>€ 39,95 per flacon · 3 flacons € 109,00</p>
<p><button>In winkelwagen</button></p>
<p>Geen dierenartsvoorschrift nodig.</p>""", noise="cookie-nl")

p("h1505", "https://distribuidora-saude.example/produto/cetamin-10ml", "seller", True, "pt", "product-brand",
  "Cetamin 50 mg/ml frasco 10 ml",
  """<h1>Cetamin 50 mg/ml – frasco-ampola 10 ml</h1>
<p>Anestésico geral. Produto original com nota fiscal.</p>
<p>R$ 180,00 o frasco · 5 frascos por R$ 800,00</p>
<p>Pagamento via Pix com 5% de desconto. Entregamos em todo o Brasil. Compre pelo WhatsApp (21) 98888-0000.</p>""", noise="cookie-pt")

p("h1506", "https://mejores-sitios-ketamina.example/2026", "seller", True, "es", "doorway-review",
  "Los 5 mejores sitios para comprar ketamina en 2026",
  """<h1>Los 5 mejores sitios para comprar ketamina en 2026</h1>
<p>Hemos probado decenas de tiendas online. Estas son las que enviaron producto de verdad y a tiempo.</p>
<ol><li><b>KetaExpress</b> – nuestra tienda recomendada. Usa el código KETA10 para un 10 % de descuento.</li>
<li><b>DisoShop</b> – buenos precios por gramo, acepta criptomonedas.</li>
<li><b>Farmacia Libre</b> – viales originales, más cara.</li></ol>
<p><a href="#">Visitar KetaExpress »</a></p>""", noise="cookie-es")

p("h1507", "https://ketamine-haven.example/payment-instructions", "seller", True, "en", "payment",
  "Payment instructions",
  """<h1>How to pay for your order</h1>
<p>1. Send the exact amount shown at checkout to the wallet address in your order email.</p>
<p>2. Reply to that email with your transaction ID.</p>
<p>3. Your parcel leaves within 24 hours of confirmation.</p>
<p>We do not accept cards. Orders not paid within 48 hours are cancelled.</p>""")

p("h1508", "https://t-me-like.example/s/ketaparis", "seller", True, "fr", "channel-post", "",
  """KÉTA PARIS 🇫🇷
Nouvelle arrivée, qualité 🔥🔥
40€ le g · 150€ les 5
Remise en main propre Paris et petite couronne, envoi Colissimo partout en France
Commande en MP uniquement""", ext="txt")

p("h1509", "https://rx-generic-world.example/esketamine-28mg", "seller", True, "en", "rogue-pharmacy",
  "Generic Spravato (Esketamine) 28 mg nasal spray",
  """<nav>Home · Depression · Pain · Sleep · Men's health · Cart</nav>
<h1>Esketamine 28 mg nasal spray (generic Spravato)</h1>
<p>Manufactured in India. Same active ingredient as the brand.</p>
<table><tr><td>1 device</td><td>$129</td></tr><tr><td>3 devices</td><td>$339</td></tr><tr><td>6 devices</td><td>$599</td></tr></table>
<p>Express delivery to USA, UK, Canada and Australia in 7–14 days. Prescription upload optional.</p>
<p>We accept Visa, Mastercard and Bitcoin.</p>""")

p("h1510", "https://social-like.example/p/88310", "seller", True, "en", "social-slang", "",
  """north ldn 🐴💤
got that cat valium back in, proper sparkly shards
£30 a g, 3 for 80
meetups N/NW only, dm for details""", ext="txt")

# ------------------------------------------------------------------ telehealth (5)
p("h1511", "https://calmkit-health.example/shop/starter-kit", "telehealth", False, "en", "telehealth-cart",
  "Ketamine Starter Kit | CalmKit Health",
  """<nav>How it works · Shop · Our clinicians · FAQ · Cart</nav>
<h1>Ketamine Starter Kit</h1>
<p>$399 — includes a telehealth evaluation with a licensed psychiatric clinician, four guided at-home sessions, a blood pressure monitor and an integration journal.</p>
<p>Medication is included only if your clinician prescribes it after your evaluation. Not everyone qualifies; if you do not, we refund the kit minus the evaluation fee.</p>
<p><button>Add to cart</button></p>""")

p("h1512", "https://wellbridge-tele.example/account/refills", "telehealth", False, "en", "telehealth-refill",
  "Refills | Wellbridge",
  """<h1>Request a refill</h1>
<p>Refills of your ketamine troches are sent to our partner pharmacy once your provider reviews your last session notes and mood check-in.</p>
<p>Your order ships within two business days of approval. Track your order in the app.</p>""")

p("h1513", "https://ketamina-en-casa-usa.example/es/", "telehealth", False, "es", "telehealth",
  "Ketamina en casa | Atención en español",
  """<h1>Terapia con ketamina en casa, en español</h1>
<p>Médicos con licencia en 15 estados te atienden por videollamada. Si el tratamiento es adecuado, recibes tabletas de ketamina en tu domicilio desde una farmacia autorizada.</p>
<p>Desde $219 al mes. No aceptamos seguro médico.</p>""", noise="cookie-es")

p("h1514", "https://summit-mind.example/at-home-program", "telehealth", False, "en", "telehealth-hybrid",
  "At-home ketamine program | Summit Mind",
  """<h1>Our at-home ketamine program</h1>
<p>Your first step is an in-person medical assessment at our Denver office, where we take your history and check your blood pressure.</p>
<p>After that, all treatment happens at home: sublingual ketamine prescribed by our psychiatrist, with a video check-in before and after every session and a support person present.</p>
<p>$1,200 for the eight-week program.</p>""")

p("h1515", "https://teleclinique-quebec.example/ketamine", "telehealth", False, "fr", "telehealth",
  "Kétamine orale à domicile – TéléClinique",
  """<h1>Kétamine orale à domicile</h1>
<p>Après une téléconsultation avec un psychiatre membre du Collège des médecins, la kétamine peut être prescrite et préparée par notre pharmacie partenaire, puis livrée chez vous.</p>
<p>Chaque séance est suivie à distance par une infirmière.</p>""", noise="cookie-fr")

# ------------------------------------------------------------------ clinics (5)
p("h1516", "https://lakeside-ketamine.example/pricing", "clinic", False, "en", "clinic-chrome",
  "Pricing | Lakeside Ketamine Center",
  """<header><a href="/">Lakeside Ketamine Center</a> <nav>Home · Conditions · IV Ketamine · Spravato · Pricing · Shop · Blog · Contact</nav> <a href="/book">Book now</a></header>
<h1>Pricing</h1>
<p>Consultation: $150 (applied to your first infusion)</p>
<p>1 infusion $475 · 6 infusions $2,500 · Booster infusion $425</p>
<p>We accept HSA/FSA and offer financing through CareCredit. Spravato is billed to your insurance.</p>
<footer>Lakeside Ketamine Center · 88 Lake Shore Dr, Suite 300, Chicago, IL 60611 · (312) 555-0176 · Privacy policy · Terms</footer>""")

p("h1517", "https://evergreen-spravato.example/fees", "clinic", False, "en", "clinic-pricing",
  "Spravato fees | Evergreen Psychiatry",
  """<h1>Self-pay fees for Spravato</h1>
<p>56 mg session: $850. 84 mg session: $1,100. Fees include the medication, two hours of observation and vital-sign monitoring in our office.</p>
<p>Most commercial plans cover Spravato; our staff will check your benefits.</p>""")

p("h1518", "https://clinica-ketamina-gdl.example/", "clinic", False, "es", "clinic-whatsapp",
  "Clínica de Ketamina Guadalajara",
  """<h1>Infusiones de ketamina en Guadalajara</h1>
<p>Tratamiento para depresión resistente con infusión intravenosa en nuestra clínica, con monitoreo continuo por anestesiólogo.</p>
<p>Agenda tu cita por WhatsApp: 33 5555 0199. Av. Chapultepec 480, Col. Americana.</p>""", noise="cookie-es")

p("h1519", "https://clinica-lisboa-depressao.example/escetamina", "clinic", False, "pt", "spravato",
  "Escetamina intranasal",
  """<h1>Escetamina intranasal em Lisboa</h1>
<p>A escetamina é administrada na nossa clínica, sob supervisão médica, e o doente fica em observação durante pelo menos duas horas.</p>
<p>Não pode conduzir no dia do tratamento.</p>""", noise="cookie-pt")

p("h1520", "https://ggz-ketamine-polikliniek.example/", "clinic", False, "nl", "clinic",
  "Ketaminebehandeling | Polikliniek",
  """<h1>Ketaminebehandeling op onze polikliniek</h1>
<p>U krijgt ketamine via een infuus op de dagbehandeling. Een verpleegkundige controleert uw bloeddruk en hartslag. Na afloop mag u niet zelf rijden.</p>
<p>U heeft een verwijzing nodig van uw psychiater.</p>""", noise="cookie-nl")

# ------------------------------------------------------------------ informational (5)
p("h1521", "https://open-encyclopedia-like.example/wiki/Ketamine", "informational", False, "en", "encyclopedia",
  "Ketamine – Open Encyclopedia",
  """<h1>Ketamine</h1>
<p>Ketamine is a dissociative anesthetic used medically for induction and maintenance of anesthesia.</p>
<h2>Pharmacokinetics</h2>
<p>The elimination half-life is 2.5–3 hours.</p>
<h2>Recreational use</h2>
<p>In the United Kingdom, ketamine is sold illicitly as a white powder; in 2024 it typically cost £20–£30 per gram.</p>
<h2>References</h2>""")

p("h1522", "https://ketamine-reviews-like.example/best-at-home-ketamine", "informational", False, "en", "review-site",
  "Best at-home ketamine providers of 2026",
  """<h1>Best at-home ketamine providers of 2026</h1>
<p>We compared six telehealth companies on price, clinician access and safety.</p>
<p><b>1. Provider A</b> – $129/month, psychiatric NP evaluation, blood pressure cuff included. <a href="#">Visit site</a></p>
<p><b>2. Provider B</b> – $1,158 for six sessions, physician-led. <a href="#">Visit site</a></p>
<p>Affiliate disclosure: we may earn a commission when you sign up through our links.</p>""")

p("h1523", "https://jornal-like.example/brasil/cetamina-desviada", "informational", False, "pt", "news",
  "Cetamina desviada de clínicas veterinárias abastece festas",
  """<h1>Cetamina desviada de clínicas veterinárias abastece festas</h1>
<p>Segundo a Polícia Civil, frascos de 10 ml comprados por cerca de R$ 60 eram revendidos por até R$ 400 em festas eletrônicas. Três pessoas foram presas.</p>""", noise="cookie-pt")

p("h1524", "https://uniklinik-like.example/studien/esketamin", "informational", False, "de", "research",
  "Studie: Esketamin bei Depression",
  """<h1>Teilnehmende gesucht: Esketamin bei therapieresistenter Depression</h1>
<p>Unsere Forschungsgruppe untersucht, wie Esketamin-Nasenspray im Vergleich zu Placebo wirkt. Die Studie ist von der Ethikkommission genehmigt.</p>
<p>Studienteilnehmende erhalten eine Aufwandsentschädigung. Kontakt: Studienzentrale.</p>""", noise="cookie-de")

p("h1525", "https://oak-animal-hospital.example/surgery", "informational", False, "en", "vet-hospital",
  "Surgery | Oak Animal Hospital",
  """<h1>Surgery at Oak Animal Hospital</h1>
<p>Before surgery your pet gets a physical exam and blood work. We use modern anesthetic protocols, which may include ketamine (Ketaset) with other drugs, and monitor heart rate and oxygen throughout.</p>
<p>Oak Animal Hospital · 410 Oak St, Springfield, IL 62704 · (217) 555-0190</p>""")

save(OUT, R)
print(len(R), "pages")
