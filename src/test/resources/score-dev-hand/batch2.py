# Batch 2 of the hand-written dev set (40 pages). Run: python3 batch2.py (writes batch2/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch2")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ------------------------------------------------------------------ sellers
p("h201", "https://vetsupplies-global.example/ketamine-hcl-injection-10ml", "seller", True, "en", "vet-shop",
  "Ketamine HCl Injection 100mg/ml 10ml | VetSupplies Global",
  """<div class="breadcrumb">Home / Veterinary / Anesthesia</div>
<h1>Ketamine HCl Injection 100mg/ml, 10ml</h1>
<p>In stock – Qty: <input value="1"></p>
<p>Price: 1 bottle $65 | 5 bottles $290 | 10 bottles $520</p>
<p>For veterinary use. We ship to USA, Canada, UK, Australia. Payment via bank transfer or BTC.</p>
<p>Reviews (38): "Arrived in 6 days, well packed." – Mike, Ohio</p>""")

p("h202", "https://instagram-like.example/p/Cx91kLm", "seller", True, "en", "social-post",
  "k.vibes.la on Instagram",
  """<div class="post"><b>k.vibes.la</b> 🍬❄️🧪 NEW DROP this weekend ❄️ pure K crystal, also tabs & caps 🔌 menu in bio / snap: kvibes_la ✈️ shipping all states 💸 cashapp/apple pay</div>
<div>142 likes · 23 comments</div>""")

p("h203", "https://dread-like.example/post/ket-vendor-review", "seller", True, "en", "vendor-ad",
  "Ketamine vendor – prices and stealth",
  """<h1>[VENDOR] Ketamine – UK to UK – NDD</h1>
<p>Hi all, KetKingdom here. We've been on the scene since 2019.</p>
<p>Current stock: needle point ketamine. Prices: 5g £90, 10g £160, 28g £380.</p>
<p>Stealth is tight, double vacuum sealed, next day delivery. Order through our store link or PGP message.</p>""")

p("h204", "https://pharmacy-ketamine24.example/", "seller", True, "en", "padded",
  "Pharmacy Ketamine 24 – Trusted Online Pharmacy",
  """<h1>Welcome to our online pharmacy</h1>
<p>Depression affects more than 280 million people worldwide. It can make it hard to work, sleep or enjoy life. Treatment options include psychotherapy, antidepressant medication, and in some cases ketamine.</p>
<p>Ketamine acts on the glutamate system and can work in hours instead of weeks. Researchers at Yale first reported its antidepressant effects in 2000.</p>
<p>Always talk to your doctor about the risks and benefits of any treatment.</p>
<h2>Featured products</h2>
<p>Ketamine HCl 500mg/10ml injection – from $120</p><p>Ketamine nasal spray – from $180</p><p>Valium 10mg – from $60</p>
<p>Licensed pharmacy · Secure checkout · Free shipping over $200</p>""")

p("h205", "https://keta-express.example/contact", "seller", True, "en", "contact-page",
  "Contact Us – Keta Express",
  """<h1>Contact us</h1>
<p>For fastest response message us on WhatsApp +44 7700 900123 or Telegram @ketaexpress.</p>
<p>Email: orders@keta-express.example</p>
<p>We reply within 1 hour, 7 days a week. Bulk buyers welcome.</p>""")

p("h206", "https://ketamina-mexico.example/tienda", "seller", True, "es", "shop",
  "Tienda – Ketamina México",
  """<h1>Tienda</h1>
<ul><li>Ketamina líquida frasco 50 ml – $2,500 MXN</li><li>Ketamina cristal 5 gr – $3,800 MXN</li><li>Ketamina en polvo 10 gr – $6,900 MXN</li></ul>
<p>Enviamos a toda la República por paquetería. Pago por depósito OXXO o transferencia.</p>
<p>Escríbenos por WhatsApp para hacer tu pedido.</p>""", noise="cookie-es")

p("h207", "https://k-shop-schweiz.example/produkte/ketamin-racemat", "seller", True, "de", "shop",
  "Ketamin Racemat kaufen – Schweiz",
  """<h1>Ketamin (Racemat) – kristallin</h1>
<p>Reinheit: 99,5 % (Laborbericht auf Anfrage)</p>
<p>1 g CHF 45 · 5 g CHF 190 · 10 g CHF 340</p>
<p>Versand in neutraler Verpackung, Lieferung in 1–3 Werktagen. <button>In den Warenkorb</button></p>""", noise="cookie-de")

p("h208", "https://boutique-anesthesie.example/produit/ketamine-1000mg", "seller", True, "fr", "shop",
  "Kétamine 1000 mg/20 ml – Boutique Anesthésie",
  """<h1>Kétamine 1000 mg/20 ml</h1>
<p>En stock. 89,00 € l'ampoule – 5 ampoules 399,00 €.</p>
<p>Livraison en France, Belgique et Suisse sous 48 h. Aucune ordonnance demandée.</p>
<p>Paiement sécurisé par carte ou Bitcoin.</p>""", noise="cookie-fr")

p("h209", "https://xtc-en-meer.example/", "seller", True, "nl", "shop",
  "Partydrugs online | XTC, ketamine, 3-MMC",
  """<h1>Onze producten</h1>
<p>XTC pillen (Tesla 250mg) – €3 per stuk vanaf 100</p>
<p>Ketamine naalden – €25 per gram</p>
<p>3-MMC kristallen – €15 per gram</p>
<p>Verzending via PostNL, discreet verpakt. Betalen met Bitcoin.</p>""")

p("h210", "https://farmaciasemreceita.example/", "seller", True, "pt", "padded",
  "Remédios sem receita – entrega rápida",
  """<h1>Compre seus remédios com facilidade</h1>
<p>A depressão é uma doença séria que afeta milhões de brasileiros. O tratamento pode incluir psicoterapia e medicamentos.</p>
<p>A escetamina é um medicamento aprovado pela Anvisa para depressão resistente.</p>
<p>Escetamina spray nasal – R$ 1.200 · Cetamina ampola – R$ 150 · Clonazepam – R$ 60</p>
<p>Entrega para todo o Brasil. Pagamento no Pix ou boleto.</p>""", noise="cookie-pt")

p("h211", "https://ket-supply.example/wholesale", "seller", True, "en", "wholesale",
  "Wholesale | Ket Supply",
  """<h1>Wholesale program</h1>
<p>We supply ketamine HCl in bulk to resellers. Minimum order 100g.</p>
<p>100g – $1,900 · 500g – $8,500 · 1kg – $15,000</p>
<p>Sample packs available. Reship guarantee on customs seizures.</p>""")

p("h212", "https://orderketaminenow.example/about-us", "seller", True, "en", "url-only",
  "About Us",
  """<h1>About us</h1>
<p>We are a small team passionate about mental wellness. Our mission is to make treatment accessible for everyone, wherever they live.</p>
<p>Customer satisfaction is our priority and we are proud of our fast service.</p>""")

p("h213", "https://ketamine-tabs.example/order-form", "seller", True, "en", "order-form",
  "Order Form",
  """<h1>Order form</h1>
<form><label>Product</label><select><option>Ketamine 50mg troches x 20</option><option>Ketamine 100mg tablets x 30</option></select>
<label>Quantity</label><input><label>Shipping address</label><textarea></textarea>
<label>Payment</label><select><option>Bitcoin</option><option>Zelle</option><option>Western Union</option></select>
<button>Submit order</button></form>""")

# ------------------------------------------------------------------ telehealth
p("h214", "https://wellnesstele.example/how-it-works", "telehealth", False, "en", "telehealth",
  "How it works | Tranquil Telehealth",
  """<h1>How at-home ketamine therapy works</h1>
<ol><li>Complete a medical intake and mental health screening online.</li><li>Meet your prescriber on a video visit. They review your history, blood pressure and current medications.</li><li>If ketamine is right for you, your prescription is sent to a licensed pharmacy and delivered to your home.</li><li>Every dosing session is done with a sitter present, and you check in with your care team afterwards.</li></ol>
<p>$350 for the first month.</p>""")

p("h215", "https://ketamine-telemedicine.example/order", "telehealth", False, "en", "checkout",
  "Start your order",
  """<h1>Start your treatment</h1>
<p>Step 1 of 3: Your information</p>
<p>Your order: Initial psychiatric consultation ($199) + first month of care ($150). Medication is only shipped if your provider prescribes it.</p>
<p>Pay with credit card, HSA or FSA. <button>Place order</button></p>""")

p("h216", "https://nouvellevoie-tele.example/", "telehealth", False, "fr", "telehealth",
  "Téléconsultation psychiatrique – Nouvelle Voie",
  """<h1>Dépression résistante : consultez un psychiatre en ligne</h1>
<p>Nos psychiatres vous reçoivent en téléconsultation pour évaluer votre situation et discuter des options, y compris l'eskétamine.</p>
<p>Le traitement par eskétamine se fait ensuite dans un centre agréé proche de chez vous. Consultation : 60 €.</p>""", noise="cookie-fr")

p("h217", "https://app.daybreak-tele.example/", "telehealth", False, "en", "navigation",
  "Daybreak – Ketamine care from home",
  """<nav>Home | For patients | For clinicians | Pricing | Log in | Get started</nav>
<h1>Ketamine care from home</h1>
<p>Board-certified psychiatrists. Personalized dosing. Care in 30 states.</p>
<p>Starting at $199/mo</p>""")

p("h218", "https://teleketamina.example/", "telehealth", False, "es", "telehealth",
  "Ketamina con receta por telemedicina",
  """<h1>Tratamiento con ketamina por telemedicina</h1>
<p>Un médico licenciado le atenderá por videoconsulta. Solo recetamos ketamina si es seguro para usted después de una evaluación médica.</p>
<p>Los comprimidos sublinguales se envían a su domicilio desde una farmacia autorizada.</p>""", noise="cookie-es")

p("h219", "https://klarmind-tele.example/nl/", "telehealth", False, "nl", "telehealth",
  "Online ketaminebehandeling | KlarMind",
  """<h1>Online behandeling met ketamine</h1>
<p>Na een intakegesprek via beeldbellen beoordeelt onze psychiater of ketamine bij u past. De medicatie wordt door een apotheek thuisbezorgd.</p>
<p>U blijft tijdens het traject in contact met uw behandelaar.</p>""", noise="cookie-nl")

p("h220", "https://betterdays-ketamine.example/membership", "telehealth", False, "en", "text-excerpt", "",
  """Membership: $99/month billed monthly
What's included:
- Monthly video check-in with your prescriber
- Ketamine RDTs prescribed by your clinician when appropriate, shipped free
- Guided session journal in the app
- 24/7 chat with the care team
Cancel anytime. Medication availability subject to clinical approval.""", ext="txt")

p("h221", "https://healsteady.example/states", "telehealth", False, "en", "telehealth",
  "States we serve | HealSteady",
  """<h1>States we serve</h1>
<p>Our licensed clinicians currently treat patients in California, Colorado, Florida, New York, Texas and Washington.</p>
<p>Ketamine is prescribed after a video evaluation. Not in your state? Join the waitlist.</p>""")

# ------------------------------------------------------------------ clinics
p("h222", "https://denverkap.example/", "clinic", False, "en", "clinic",
  "Ketamine-Assisted Psychotherapy in Denver",
  """<h1>Ketamine-assisted psychotherapy</h1>
<p>Our therapists and prescribing physician work together. Sessions take place in our comfortable treatment rooms; ketamine is given by intramuscular injection or lozenge, and a clinician stays with you throughout.</p>
<p>Package of 3 KAP sessions: $1,800. Free 15-minute phone consultation.</p>
<p>2150 Larimer St, Denver, CO 80205</p>""")

p("h223", "https://shopmyclinic.example/ketamine-infusion", "clinic", False, "en", "clinic-pricing",
  "Ketamine Infusions | Vitality IV Lounge",
  """<h1>Ketamine infusions</h1>
<p>$399 per infusion. Add to cart to reserve your appointment slot, then complete your health history.</p>
<p>A nurse starts your IV and monitors your vital signs. A provider reviews every new patient before the first infusion.</p>
<p>Vitality IV Lounge · 77 Oak Ave, Scottsdale, AZ 85251</p>""")

p("h224", "https://esketamin-zentrum.example/", "clinic", False, "de", "clinic",
  "Esketamin-Zentrum Hamburg",
  """<h1>Esketamin bei therapieresistenter Depression</h1>
<p>Die Gabe erfolgt ausschließlich in unserem Zentrum unter ärztlicher Aufsicht. Blutdruck und Puls werden regelmäßig gemessen.</p>
<p>Voraussetzung ist eine psychiatrische Untersuchung. Termin vereinbaren: 040 000000.</p>""", noise="cookie-de")

p("h225", "https://clinique-ketamine-parc.example/tarifs", "clinic", False, "fr", "clinic-pricing",
  "Tarifs – Clinique du Parc",
  """<h1>Tarifs</h1>
<p>Consultation d'évaluation : 80 €. Séance de kétamine intraveineuse : 300 €.</p>
<p>Les séances ont lieu dans notre clinique sous surveillance médicale. Prévoyez un accompagnateur pour le retour.</p>
<p>Réservez en ligne.</p>""", noise="cookie-fr")

p("h226", "https://clinica-esketamina.example/", "clinic", False, "es", "clinic",
  "Esketamina en Barcelona | Centro Mente",
  """<h1>Tratamiento con esketamina (Spravato)</h1>
<p>Administramos esketamina en nuestro centro, siempre bajo supervisión médica y con un periodo de observación de dos horas.</p>
<p>Necesita una valoración previa por nuestro equipo de psiquiatría.</p>""", noise="cookie-es")

p("h227", "https://ggz-ketamine.example/", "clinic", False, "nl", "clinic",
  "Esketamine neusspray | GGZ Centrum",
  """<h1>Behandeling met esketamine</h1>
<p>Esketamine neusspray wordt bij ons op de polikliniek toegediend. U blijft daarna twee uur ter observatie.</p>
<p>U kunt na de behandeling niet zelf naar huis rijden.</p>""", noise="cookie-nl")

p("h228", "https://serenitynow-ketamine.example/", "clinic", False, "en", "text-excerpt", "",
  """Serenity Now Ketamine & Wellness
Ketamine infusions for depression, PTSD and chronic pain.
Dr. Alan Brooks, MD – Board certified anesthesiologist
3300 Peachtree Rd NE, Suite 900, Atlanta, GA 30326
(404) 555-0122  |  Mon–Fri 8am–5pm
Book your free consultation today!""", ext="txt")

p("h229", "https://clinicaesc.example/pt/escetamina", "clinic", False, "pt", "clinic",
  "Escetamina (Spravato) – Clínica Equilíbrio",
  """<h1>Tratamento com escetamina</h1>
<p>A aplicação do spray nasal é feita na clínica, com acompanhamento da equipe de enfermagem e observação por duas horas.</p>
<p>O paciente não deve dirigir no dia da aplicação.</p>""", noise="cookie-pt")

p("h230", "https://lakesidemood.example/book-now", "clinic", False, "en", "booking",
  "Book Now | Lakeside Mood Center",
  """<h1>Book your visit</h1>
<p>Select a service: New patient consultation (60 min, $200) · Ketamine infusion (90 min, $475) · Spravato session (2.5 hours, insurance)</p>
<p>Select a date and time, then confirm. Our office will call to confirm your intake paperwork.</p>
<p>Lakeside Mood Center, 15 Shore Dr, Madison, WI 53703</p>""")

# ------------------------------------------------------------------ informational
p("h231", "https://fda-like.example/consumers/ketamine-warning", "informational", False, "en", "government",
  "FDA warns patients about compounded ketamine products",
  """<h1>FDA warns about risks of compounded ketamine for at-home use</h1>
<p>The FDA is aware that compounded ketamine products are being marketed online for at-home use. Compounded drugs are not FDA-approved.</p>
<p>Patients should report adverse events to MedWatch.</p>""")

p("h232", "https://careers-like.example/jobs/ketamine-nurse", "informational", False, "en", "jobs",
  "Ketamine Infusion Nurse – Full Time",
  """<h1>RN – Ketamine Infusion Clinic</h1>
<p>Location: Phoenix, AZ · Full-time · $42–$50/hour</p>
<p>Responsibilities: start IVs, monitor vital signs during ketamine infusions, document patient responses.</p>
<p>Requirements: active RN license, ACLS. Apply now.</p>""")

p("h233", "https://healthplan-like.example/policies/esketamine", "informational", False, "en", "insurer",
  "Medical Policy: Esketamine (Spravato)",
  """<h1>Clinical Policy: Esketamine nasal spray</h1>
<p>Esketamine is considered medically necessary for members with treatment-resistant depression when the following criteria are met: failure of two antidepressants, administration in a REMS-certified setting.</p>
<p>Prior authorization required. Ketamine infusions are considered experimental and investigational.</p>""")

p("h234", "https://reddit-like.example/r/TRD/comments/ket_online", "informational", False, "en", "forum",
  "Anyone tried online ketamine? : r/TRD",
  """<p>Posted by u/tired_of_trying · 3 days ago</p>
<h1>Anyone tried online ketamine?</h1>
<p>My psychiatrist won't do infusions and the clinic near me is $500 a pop. Has anyone tried one of those telehealth programs?</p>
<p>Reply: I did one for six months, it helped a lot but the lozenges made me nauseous.</p>
<p>Reply: Be careful, there are sketchy sites selling "ketamine" with no prescription.</p>""")

p("h235", "https://nos-like.example/nieuws/ketamine-gebruik-stijgt", "informational", False, "nl", "news",
  "Ketaminegebruik onder jongeren stijgt",
  """<h1>Ketaminegebruik onder jongeren stijgt</h1>
<p>Steeds meer jongeren gebruiken ketamine op feesten, blijkt uit cijfers van het Trimbos-instituut. Een gram kost op straat zo'n 20 tot 30 euro.</p>
<p>Artsen waarschuwen voor blaasschade bij langdurig gebruik.</p>""", noise="cookie-nl")

p("h236", "https://folha-like.example/cotidiano/cetamina-apreensao", "informational", False, "pt", "news",
  "Polícia apreende cetamina em operação",
  """<h1>Polícia apreende 5 kg de cetamina em operação no porto</h1>
<p>A Polícia Federal apreendeu cinco quilos de cetamina escondidos em uma carga. Segundo os investigadores, a droga seria vendida em festas.</p>""", noise="cookie-pt")

p("h237", "https://vetclinic-like.example/services/anesthesia", "informational", False, "en", "veterinary",
  "Anesthesia & Surgery | Oak Hill Animal Hospital",
  """<h1>Safe anesthesia for your pet</h1>
<p>We use protocols that may include ketamine, dexmedetomidine and isoflurane, tailored to your dog or cat. A technician monitors heart rate and oxygen levels throughout.</p>
<p>Schedule your pet's dental cleaning today.</p>""")

p("h238", "https://wiki-like.example/wiki/Esketamin", "informational", False, "de", "reference",
  "Esketamin – Wikipedia",
  """<h1>Esketamin</h1>
<p>Esketamin ist das S-Enantiomer des Ketamins. Es wird als Anästhetikum und als Nasenspray (Handelsname Spravato) zur Behandlung therapieresistenter Depressionen eingesetzt.</p>
<h2>Pharmakologie</h2><p>Esketamin ist ein NMDA-Rezeptor-Antagonist.</p>""")

p("h239", "https://cnn-like.example/health/ketamine-online-clinics-investigation", "informational", False, "en", "news",
  "Online ketamine companies under scrutiny",
  """<h1>Online ketamine companies under scrutiny after patient deaths</h1>
<p>Some telehealth startups ship ketamine lozenges to patients after a brief video call, a practice that critics say lacks oversight.</p>
<p>One company charged $129 a month for a supply of tablets, according to documents reviewed by reporters.</p>""")

p("h240", "https://ketamine-directory-like.example/fl/tampa", "informational", False, "en", "directory",
  "Ketamine Clinics in Tampa, FL",
  """<h1>Ketamine clinics in Tampa, FL</h1>
<p>12 providers found. Compare prices, read reviews and contact clinics.</p>
<ul><li>Blue Water Ketamine Clinic – from $450 – 4.8★</li><li>Tampa Bay Infusions – from $400 – 4.6★</li></ul>
<p>Are you a provider? Claim your listing.</p>""")

save(OUT, R)
print(len(R), "pages")
