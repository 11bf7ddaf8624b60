# Batch 3 of the hand-written dev set (40 pages): the BLIND batch. The rules are not tuned on it;
# it is measured once at the end. Run: python3 batch3.py (writes batch3/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch3")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ------------------------------------------------------------------ sellers
p("h301", "https://globalanesthesiastore.example/ketalar-50", "seller", True, "en", "padded",
  "Ketalar 50mg/ml – Global Anesthesia Store",
  """<nav>Home · All products · Track order · Contact</nav>
<h1>Ketalar (ketamine hydrochloride) 50mg/ml 10ml</h1>
<p>Ketalar is indicated as the sole anesthetic agent for diagnostic and surgical procedures that do not require skeletal muscle relaxation. It is best suited for short procedures.</p>
<p>Ketalar has a wide margin of safety. Emergence reactions occur in approximately 12% of patients.</p>
<p>Pack sizes: 5 vials — $210 · 10 vials — $390 · 25 vials — $900</p>
<p>Free express shipping on orders over $300. Payment by bank wire or crypto.</p>""", noise="cookie")

p("h302", "https://kk-menu.example/", "seller", True, "en", "text-excerpt", "",
  """🔥 MENU 🔥
K (needles) – 1g 40 / 3.5g 120
MD crystal – 1g 45
Coke – 1g 90
Carts & bud available
Delivery zone 1-3 London, postal UK wide. Signal only: +44 7700 900456""", ext="txt")

p("h303", "https://ketamine-hcl-supplier.example/", "seller", True, "en", "url-only",
  "Home",
  """<h1>Quality you can trust</h1>
<p>We have served customers since 2016 with reliable products and professional service.</p>
<p>Fast response • Secure packaging • Customer support</p>
<p>Ketamine is used in medicine as an anesthetic and has been studied for depression.</p>""")

p("h304", "https://pharmnet-direct.example/cart", "seller", True, "en", "cart",
  "Your cart",
  """<h1>Shopping cart</h1>
<table><tr><td>Esketamine HCl nasal spray 28mg x3</td><td>$420.00</td></tr><tr><td>Alprazolam 2mg x60</td><td>$150.00</td></tr></table>
<p>Subtotal: $570.00 · Shipping: Free (EMS, 7–14 days)</p>
<p>No prescription is required for international orders. <button>Proceed to checkout</button></p>""")

p("h305", "https://ketaminaonline.example/comprar", "seller", True, "es", "shop",
  "Comprar ketamina online",
  """<h1>Compra ketamina de forma segura</h1>
<p>Ketamina de grado farmacéutico en frascos de 10 ml y en polvo. Envío a toda Latinoamérica y España, paquete discreto.</p>
<p>Pagos con criptomonedas (USDT, BTC). Descuento por volumen.</p>""", noise="cookie-es")

p("h306", "https://legal-highs-de.example/dissoziativa", "seller", True, "de", "research-chemical",
  "Dissoziativa – Research Chemicals",
  """<h1>Dissoziativa</h1>
<p>2F-Deschloroketamin (2F-DCK) – 1 g 22 € · 5 g 90 €</p>
<p>Deschloroketamin (DCK) Pellets 10 mg – 10 Stück 20 €</p>
<p>Alle Produkte sind Forschungschemikalien und nicht für den menschlichen Konsum bestimmt.</p>""", noise="cookie-de")

p("h307", "https://k-france-livraison.example/", "seller", True, "fr", "messaging",
  "Kétamine – livraison rapide",
  """<h1>Kétamine de qualité</h1>
<p>Envoi partout en France sous 48 h par Colissimo. Commande uniquement par Telegram : @kfrance_liv</p>
<p>Tarifs : 5 g 150 €, 10 g 260 €. Paiement en crypto ou coupons PCS.</p>""", noise="cookie-fr")

p("h308", "https://ketamine-nl-shop.example/product/ketamine-5g", "seller", True, "nl", "shop",
  "Ketamine 5 gram | NL Shop",
  """<h1>Ketamine – 5 gram</h1>
<p>€ 140,00</p>
<p>Hoge zuiverheid, binnen 1-2 werkdagen in huis. Betalen via Bitcoin of bankoverschrijving.</p>
<button>In winkelwagen</button>""", noise="cookie-nl")

p("h309", "https://cetamina-brasil.example/", "seller", True, "pt", "padded",
  "Cetamina – tudo o que você precisa saber",
  """<h1>O que é a cetamina?</h1>
<p>A cetamina é um anestésico dissociativo usado em hospitais desde a década de 1970. Estudos recentes mostram efeitos rápidos contra a depressão.</p>
<p>Os efeitos incluem sensação de desligamento do corpo e alterações na percepção.</p>
<h2>Nossos produtos</h2>
<p>Cetamina cristal 1g – R$ 150 | 5g – R$ 600</p>
<p>Envio discreto para todo o Brasil. Pedidos pelo Telegram.</p>""", noise="cookie-pt")

p("h310", "https://spravato-online-pharmacy.example/", "seller", True, "en", "spravato-shipped",
  "Spravato without prescription – overnight",
  """<h1>Spravato nasal spray</h1>
<p>Buy Spravato online and receive it at home in a discreet package. Overnight shipping in the USA.</p>
<p>28mg device $260 · 56mg kit $480 · 84mg kit $690</p>""")

p("h311", "https://ketclinic-online.example/", "seller", True, "en", "clinic-mimic",
  "KetClinic Online – Depression Relief",
  """<h1>KetClinic Online</h1>
<p>Our doctors believe everyone deserves relief from depression. That's why we offer ketamine treatment delivered straight to you, no appointments and no waiting lists.</p>
<p>Simply choose your pack, complete checkout and your ketamine ships the same day.</p>
<p>Starter pack (10 x 50mg troches) $149 · Pro pack (30 x 100mg) $399</p>
<p>Payment: Cash App, Zelle, Bitcoin.</p>""")

p("h312", "https://dissociative-emporium.example/shop/page/2", "seller", True, "en", "navigation",
  "Shop – Page 2 – Dissociative Emporium",
  """<nav>Shop › Page 2</nav>
<p>Showing 13–24 of 48 results</p>
<ul><li>Ketamine shards 5g — $175 — Add to cart</li><li>O-PCE 1g — $30 — Add to cart</li><li>3-MeO-PCP 1g — $35 — Add to cart</li><li>MXE 1g — $45 — Add to cart</li></ul>
<nav>← 1 2 3 4 →</nav>""")

p("h313", "https://pixketamina.example/pagamento", "seller", True, "pt", "payment",
  "Formas de pagamento",
  """<h1>Formas de pagamento</h1>
<p>Aceitamos Pix, boleto e Bitcoin. Após o pagamento envie o comprovante no WhatsApp para liberar o envio da sua cetamina.</p>
<p>Pedidos confirmados até 14h são postados no mesmo dia.</p>""")

# ------------------------------------------------------------------ telehealth
p("h314", "https://evenkeel-tele.example/", "telehealth", False, "en", "telehealth",
  "Even Keel – Ketamine therapy at home",
  """<h1>Ketamine therapy, guided from home</h1>
<p>Start with a medical consultation by video. A licensed psychiatric provider reviews your health history and decides whether ketamine is safe for you.</p>
<p>If prescribed, sublingual tablets are mailed by our partner pharmacy. A trained monitor joins your first session online.</p>
<p>$275/month · HSA/FSA eligible · <a>Check eligibility</a></p>""", noise="cookie")

p("h315", "https://uplift-tele.example/checkout?plan=3mo", "telehealth", False, "en", "checkout",
  "Checkout – Uplift",
  """<h1>Checkout</h1>
<p>3-month ketamine program — $597</p>
<p>Includes clinician evaluation, prescriptions if approved, monthly follow-ups and medication delivery.</p>
<p>You won't be charged for medication if your clinician decides not to prescribe. <button>Pay now</button></p>""")

p("h316", "https://teleketamin-praxis.example/ablauf", "telehealth", False, "de", "telehealth",
  "Ablauf der Online-Behandlung",
  """<h1>So läuft die Behandlung ab</h1>
<p>1. Online-Fragebogen und Videosprechstunde mit einer Fachärztin für Psychiatrie.</p>
<p>2. Ärztliche Prüfung von Vorerkrankungen und Medikamenten.</p>
<p>3. Bei Eignung Verordnung von Ketamin-Lutschtabletten; Lieferung durch eine Partnerapotheke.</p>""", noise="cookie-de")

p("h317", "https://calma-tele.example/precios", "telehealth", False, "es", "telehealth-pricing",
  "Precios | Calma Telepsiquiatría",
  """<h1>Precios</h1>
<p>Evaluación psiquiátrica por video: 120 US$. Programa de ketamina en casa: 180 US$ al mes, incluye seguimiento semanal.</p>
<p>El tratamiento solo se receta tras la evaluación médica.</p>""", noise="cookie-es")

p("h318", "https://sereno-tele.example/fr/", "telehealth", False, "fr", "telehealth",
  "Kétamine à domicile sur prescription",
  """<h1>Un accompagnement psychiatrique à distance</h1>
<p>Après une téléconsultation avec un psychiatre, un traitement par kétamine peut vous être prescrit si votre état le permet.</p>
<p>Suivi régulier par vidéo, ordonnance envoyée à votre pharmacie.</p>""", noise="cookie-fr")

p("h319", "https://ketamine-from-home.example/faq", "telehealth", False, "en", "text-excerpt", "",
  """FAQ

Is this legal?
Yes. Our prescribers are licensed in every state we serve and prescribe ketamine via telemedicine after an evaluation.

How fast can I start?
Most patients meet their clinician within 3 days. Medication arrives 2-4 days after it is prescribed.

What does it cost?
$249 for the first month, $179/month after.""", ext="txt")

p("h320", "https://nightingale-virtual.example/", "telehealth", False, "en", "navigation",
  "Nightingale Virtual Psychiatry",
  """<nav>Conditions · Ketamine · Medication management · Insurance · Our providers · Sign in · Book a visit</nav>
<h1>Virtual psychiatry that fits your life</h1>
<p>Online appointments with board-certified psychiatrists, including at-home ketamine programs where appropriate.</p>""")

p("h321", "https://meu-tele.example/cetamina", "telehealth", False, "pt", "telehealth",
  "Cetamina com acompanhamento online",
  """<h1>Tratamento com acompanhamento online</h1>
<p>Teleconsulta com médico psiquiatra e prescrição somente após avaliação. Acompanhamento remoto durante todo o tratamento.</p>""", noise="cookie-pt")

# ------------------------------------------------------------------ clinics
p("h322", "https://portlandketamine.example/cost", "clinic", False, "en", "clinic-pricing",
  "Cost of Ketamine Treatment | Portland Ketamine Clinic",
  """<h1>How much does ketamine treatment cost?</h1>
<p>Initial consult $175. IV infusion $495. Intramuscular session $350. Packages available.</p>
<p>Financing through CareCredit. <a>Book now</a></p>
<p>Portland Ketamine Clinic · 1020 SW Taylor St, Portland, OR 97205</p>""")

p("h323", "https://mountainview-psych.example/spravato", "clinic", False, "en", "clinic",
  "Spravato at Mountain View Psychiatry",
  """<h1>Spravato at our office</h1>
<p>Patients take the esketamine nasal spray in our clinic and are observed by our staff for two hours afterwards, with blood pressure checks before and after.</p>
<p>Dr. Priya Natarajan, MD leads our Spravato program.</p>""")

p("h324", "https://ketamin-klinik-berlin.example/", "clinic", False, "de", "clinic",
  "Ketamin-Infusionen in Berlin",
  """<h1>Ketamin-Infusionen bei Depression</h1>
<p>In unserer Klinik erhalten Sie Ketamin als Infusion unter ärztlicher Überwachung. Vorab findet ein ausführliches Erstgespräch statt.</p>
<p>Kosten pro Infusion: 390 €. Jetzt Termin buchen.</p>""", noise="cookie-de")

p("h325", "https://centre-esketamine.example/", "clinic", False, "fr", "clinic",
  "Centre de traitement par eskétamine – Lyon",
  """<h1>Eskétamine (Spravato)</h1>
<p>Le spray nasal est administré dans notre centre. Vous restez sous surveillance pendant deux heures et ne devez pas conduire ensuite.</p>""", noise="cookie-fr")

p("h326", "https://clinica-ketamina-bogota.example/", "clinic", False, "es", "clinic",
  "Clínica de ketamina en Bogotá",
  """<h1>Infusiones de ketamina</h1>
<p>En nuestra clínica un anestesiólogo administra la ketamina y vigila sus signos vitales durante toda la sesión.</p>
<p>Agende su valoración inicial. Precio por sesión: 1.200.000 COP.</p>""", noise="cookie-es")

p("h327", "https://ketaminekliniek.example/tarieven", "clinic", False, "nl", "clinic-pricing",
  "Tarieven | Ketaminekliniek Amsterdam",
  """<h1>Tarieven</h1>
<p>Intakegesprek met de psychiater: €180. Ketamine-infuus: €450 per sessie.</p>
<p>Alle behandelingen vinden plaats in onze kliniek onder medisch toezicht.</p>""", noise="cookie-nl")

p("h328", "https://clinica-mente-lisboa.example/", "clinic", False, "pt", "clinic",
  "Escetamina em Lisboa",
  """<h1>Escetamina para depressão resistente</h1>
<p>Tratamento realizado na nossa clínica com vigilância da tensão arterial e período de observação.</p>
<p>Marque a sua consulta de avaliação.</p>""", noise="cookie-pt")

p("h329", "https://harborketamine.example/", "clinic", False, "en", "text-excerpt", "",
  """Harbor Ketamine Infusion Center
Relief from depression, anxiety and chronic pain.
Every infusion is supervised by a registered nurse and our medical director, Dr. Lena Ortiz, MD.
Call (619) 555-0108 to schedule a consultation.
925 Harbor Dr, San Diego, CA 92101""", ext="txt")

p("h330", "https://cityketamine.example/blog/ketamine-for-sale-online-scams", "clinic", False, "en", "clinic-blog",
  "Ketamine for sale online? Why it's a scam | City Ketamine Clinic",
  """<h1>"Ketamine for sale" online: what you should know</h1>
<p>If a website offers ketamine for sale with no prescription and asks for Bitcoin, it is either a scam or an illegal seller.</p>
<p>At City Ketamine Clinic, treatment starts with a medical evaluation and infusions are monitored by our nurses.</p>
<p>City Ketamine Clinic · 500 Pine St, Seattle, WA 98101</p>""")

# ------------------------------------------------------------------ informational
p("h331", "https://guardian-like.example/world/ketamine-trafficking", "informational", False, "en", "news",
  "Ketamine trafficking ring dismantled",
  """<h1>Ketamine trafficking ring dismantled in cross-border operation</h1>
<p>Investigators said the group shipped ketamine hidden in tea packets and sold it online for about £20 a gram, taking payment in cryptocurrency.</p>
<p>Five people were arrested.</p>""")

p("h332", "https://abogados-penal.example/ketamina", "informational", False, "es", "law",
  "Delitos de tráfico de ketamina | Abogados Penalistas",
  """<h1>¿Acusado de tráfico de ketamina?</h1>
<p>Nuestro despacho de abogados penalistas le asesora si ha sido detenido por venta o posesión de ketamina. Primera consulta gratuita.</p>""", noise="cookie-es")

p("h333", "https://dancesafe-like.example/ketamine", "informational", False, "en", "harm-reduction",
  "Ketamine | Drug info",
  """<h1>Ketamine</h1>
<p>Typical doses, onset and duration. Avoid combining with alcohol, GHB or opioids. Sit down before dosing.</p>
<p>Buy a test kit to check for adulterants before you use.</p>""")

p("h334", "https://suchthilfe-like.example/ketamin", "informational", False, "de", "addiction",
  "Ketamin-Abhängigkeit – Suchtberatung",
  """<h1>Ketamin: Hilfe bei Abhängigkeit</h1>
<p>Unsere Suchtberatungsstelle unterstützt Betroffene und Angehörige. Wir vermitteln auch in eine stationäre Entwöhnung.</p>""", noise="cookie-de")

p("h335", "https://pharmacie-preparations.example/ketamine", "informational", False, "fr", "compounding",
  "Préparations magistrales à base de kétamine",
  """<h1>Préparations de kétamine</h1>
<p>Notre pharmacie réalise des préparations magistrales de kétamine (gels, sprays) uniquement sur ordonnance d'un médecin.</p>""", noise="cookie-fr")

p("h336", "https://dea-like.example/factsheets/ketamine", "informational", False, "en", "government",
  "Ketamine – Drug Fact Sheet",
  """<h1>Ketamine drug fact sheet</h1>
<p>Street names: Special K, K, Cat Valium. Ketamine is a Schedule III substance under the Controlled Substances Act.</p>
<p>It is often sold as a powder or liquid and may be used at parties or to facilitate sexual assault.</p>""")

p("h337", "https://rtl-like.example/nieuws/ketamine-lab", "informational", False, "nl", "news",
  "Politie vindt ketaminelab in loods",
  """<h1>Politie vindt ketaminelab in loods</h1>
<p>Bij een inval in een loods heeft de politie een lab voor de productie van ketamine ontmanteld. Er werden twee mannen aangehouden.</p>""", noise="cookie-nl")

p("h338", "https://universidade-like.example/pesquisa/escetamina", "informational", False, "pt", "research",
  "Estudo sobre escetamina recruta voluntários",
  """<h1>Estudo sobre escetamina recruta voluntários</h1>
<p>O grupo de pesquisa em psiquiatria procura voluntários com depressão resistente para participar de um estudo clínico com escetamina.</p>""", noise="cookie-pt")

p("h339", "https://consumer-guide-like.example/online-pharmacy-safety", "informational", False, "en", "consumer-warning",
  "How to tell if an online pharmacy is legitimate",
  """<h1>How to tell if an online pharmacy is legitimate</h1>
<p>Legitimate pharmacies require a prescription, list a US address and a licensed pharmacist. Be wary of sites that sell controlled drugs such as ketamine or Xanax with no prescription, take Bitcoin or ship worldwide.</p>""")

p("h340", "https://podcast-like.example/episodes/ketamine-revolution", "informational", False, "en", "podcast",
  "Episode 84: The ketamine revolution",
  """<h1>Episode 84: The ketamine revolution</h1>
<p>This week we talk with a psychiatrist about ketamine clinics, telehealth lozenges and what the research actually shows.</p>
<p>Listen on Spotify · Apple Podcasts · Transcript</p>""")

save(OUT, R)
print(len(R), "pages")
