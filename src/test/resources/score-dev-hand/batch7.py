# Batch 7 of the hand-written dev set (40 pages): the new BLIND batch, written 2026-12-06 before any
# tuning of that day's second round and committed before the scorer was run on it. The rules are not
# tuned on it; it is measured once at the end. Pages are written in a style of their own: fuller
# site chrome (headers, breadcrumbs, footers, structured data), longer padding, and several posts
# and snippets copied as plain text. Run: python3 batch7.py (writes batch7/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch7")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ------------------------------------------------------------------ sellers (13)
p("h701", "https://kpowderhub.example/ketamine-guide", "seller", True, "en", "padded",
  "The Complete Ketamine Guide (2026) – KPowderHub",
  """<header><a href="/">KPowderHub</a> <a href="/guides">Guides</a> <a href="/store">Store</a> <a href="/faq">FAQ</a></header>
<article>
<h1>The complete ketamine guide</h1>
<p>Ketamine was first synthesised in 1962 by Calvin Stevens at Parke-Davis and approved for anaesthesia in 1970. It acts mainly as an NMDA receptor antagonist.</p>
<h2>Medical uses</h2>
<p>Hospitals use ketamine for induction of anaesthesia, for procedural sedation in emergency departments and as an analgesic. Since 2019 an esketamine nasal spray has been approved for treatment-resistant depression.</p>
<h2>Effects and duration</h2>
<p>Effects begin within minutes when insufflated and last 45 to 90 minutes. Higher amounts can cause the so-called k-hole.</p>
<h2>Risks</h2>
<p>Frequent use is linked to bladder damage (ketamine uropathy) and memory problems.</p>
</article>
<aside class="product-box">
<h3>From our store</h3>
<p>Ketamine crystal (98%) — 5 g €130 · 10 g €240 · 25 g €520</p>
<p><a href="/store/ketamine-crystal">Add to basket</a> · Tracked EU shipping · Pay with XMR or BTC</p>
</aside>
<footer>© KPowderHub · Discreet since 2019</footer>""")

p("h702", "https://order-dissociatives.example/catalog/", "seller", True, "en", "url-only",
  "Catalog",
  """<header>Order Dissociatives</header>
<h1>Catalog</h1>
<p>Our full catalog is sent on request. Email sales@order-dissociatives.example with the item and the quantity you need and we reply within 12 hours.</p>
<p>Reship guarantee · Stealth packaging · Returning customers get 10% off</p>""")

p("h703", "https://kchems-direct.example/payment", "seller", True, "en", "payment",
  "Payment – KChems Direct",
  """<nav>Home › Checkout › Payment</nav>
<h1>How to pay</h1>
<ol><li>Send the exact order total in BTC or LTC to the address shown in your order e-mail.</li>
<li>Reply to that e-mail with the transaction ID.</li>
<li>Your parcel leaves within 24 hours of confirmation.</li></ol>
<p>Orders not paid within 48 hours are cancelled. Bank transfer available for orders over €500.</p>""")

p("h704", "https://socialfeed.example/p/8827341", "seller", True, "en", "social", "",
  """@k_dealer_mcr · 2h
restocked 🐴❄️ ket is back, proper shards this time. £25 g / £100 5g, will do deals on bigger.
meetups round Fallowfield or can post next day. snap or wickr me, no timewasters

♥ 14   💬 6   ↻ 2""", ext="txt")

p("h705", "https://clasificados-mx.example/anuncio/ketamina-liquida-cdmx-8812", "seller", True, "es", "marketplace",
  "Ketamina líquida – CDMX | Clasificados",
  """<nav>Inicio › Salud y belleza › Otros</nav>
<h1>Ketamina líquida frasco 50 ml</h1>
<p><b>Precio:</b> $1,800 MXN</p>
<p>Frascos sellados, marca veterinaria. Entrega en mano en metro Chabacano o envío por paquetería a todo México.</p>
<p>Solo WhatsApp 55 1234 0099, no contesto llamadas.</p>
<p>Publicado hace 3 días · 412 visitas</p>""")

p("h706", "https://rc-versand.example/produkte/ketamin-kristalle", "seller", True, "de", "shop",
  "Ketamin Kristalle kaufen | RC-Versand",
  """<nav>Startseite › Produkte › Dissoziativa</nav>
<h1>Ketamin Kristalle</h1>
<table><tr><th>Menge</th><th>Preis</th></tr><tr><td>1 g</td><td>35,00 €</td></tr><tr><td>5 g</td><td>150,00 €</td></tr><tr><td>10 g</td><td>270,00 €</td></tr></table>
<p>Versand aus den Niederlanden, neutral verpackt. Zahlung per Monero oder Vorkasse.</p>
<button>In den Warenkorb</button>
<footer>Impressum · AGB · Versandkosten</footer>""", noise="cookie-de")

p("h707", "https://kfrance-guide.example/la-ketamine", "seller", True, "fr", "padded",
  "La kétamine : tout savoir",
  """<h1>La kétamine : histoire, effets, usages</h1>
<p>La kétamine est un anesthésique utilisé en médecine humaine et vétérinaire. Elle est inscrite sur la liste des stupéfiants en France depuis 1997.</p>
<p>À faible dose, elle provoque une sensation de flottement ; à dose plus élevée, une dissociation marquée.</p>
<p>Des études récentes portent sur son intérêt contre la dépression résistante.</p>
<h2>Commander</h2>
<form><label>Quantité</label> <select><option>2 g – 70 €</option><option>5 g – 160 €</option><option>10 g – 290 €</option></select>
<label>Adresse de livraison</label><input> <button>Valider la commande</button></form>
<p>Paiement par Bitcoin ou carte prépayée. Livraison en point relais.</p>""", noise="cookie-fr")

p("h708", "https://chemwinkel.example/product/2-fdck-pellets", "seller", True, "nl", "research-chemical",
  "2-FDCK pellets 50 mg | ChemWinkel",
  """<nav>Home / Winkel / Dissociatieven</nav>
<h1>2-FDCK pellets 50 mg</h1>
<p>Vanaf € 2,50 per pellet · 20 stuks € 45 · 50 stuks € 95</p>
<p>2-Fluorodeschloroketamine is een analoog van ketamine. Uitsluitend verkocht voor onderzoeksdoeleinden, niet voor menselijke consumptie.</p>
<p>Voor 16:00 besteld, morgen in huis. <button>Toevoegen aan winkelwagen</button></p>""", noise="cookie-nl")

p("h709", "https://wa-catalogo.example/loja/cetamina", "seller", True, "pt", "catalogue", "",
  """CATÁLOGO ATUALIZADO 📦
Cetamina líquida (frasco 10ml) ........ R$ 180
Cetamina cristal 1g ................... R$ 140
Cetamina cristal 5g ................... R$ 600
Envio pelos Correios para todo Brasil, embalagem discreta.
Pagamento no Pix, manda o comprovante aqui no zap.""", ext="txt")

p("h710", "https://vetsupply-norx.example/ketaset-100mg-for-sale", "seller", True, "en", "vet-product",
  "Ketaset 100mg/ml for sale – VetSupply",
  """<nav>Home › Anesthetics › Ketaset</nav>
<h1>Ketaset (ketamine HCl) 100 mg/ml, 10 ml vial</h1>
<p>Ketaset is a veterinary injectable anesthetic for cats and subhuman primates.</p>
<p>1 vial $89 · 5 vials $399 · 10 vials $749</p>
<p>No veterinary prescription needed. Ships worldwide from our warehouse, tracking included.</p>
<button>Add to cart</button>""")

p("h711", "https://hubei-finechem.example/products/ketamine-hcl-cas-1867-66-9", "seller", True, "en", "bulk-supplier",
  "Ketamine HCl CAS 1867-66-9 | Hubei FineChem Co., Ltd.",
  """<h1>Ketamine hydrochloride, CAS 1867-66-9</h1>
<table><tr><td>Purity</td><td>99.5% (HPLC)</td></tr><tr><td>Appearance</td><td>White crystalline powder</td></tr><tr><td>MOQ</td><td>100 g</td></tr><tr><td>Price</td><td>USD 1,800 / kg, negotiable</td></tr></table>
<p>For research and industrial use only. Safe delivery to USA, Canada, Australia and Europe, customs clearance guaranteed.</p>
<p>Contact: Wickr / WhatsApp +86 155 0000 1234 · Email: sales@hubei-finechem.example</p>""")

p("h712", "https://ketshop-order.example/order-form", "seller", True, "en", "order-form",
  "Order form",
  """<h1>Place your order</h1>
<form>
<p>Product: <select><option>K – 3.5 g ($110)</option><option>K – 7 g ($200)</option><option>K – 14 g ($360)</option><option>K – 28 g ($650)</option></select></p>
<p>Full name <input> · Shipping address <input> · Email <input></p>
<p>Payment: <select><option>Bitcoin</option><option>Cash App</option><option>Apple Pay gift card</option></select></p>
<button>Submit order</button>
</form>
<p>USPS Priority, arrives in 2-3 days. Double vacuum sealed.</p>""")

p("h713", "https://tg-preview.example/s/ketaspain", "seller", True, "es", "messaging", "",
  """Canal 🇪🇸 KETA SPAIN 🇪🇸
12.3K suscriptores

📢 Nuevo lote, calidad top. Keta en roca 1g 30€ / 5g 120€ / 10g 220€
🚚 Envíos 24/48h a toda la península, también entrega en Madrid y Barcelona
💰 Bizum o cripto
👉 Pedidos por privado @ketaspain_pedidos""", ext="txt")

# ------------------------------------------------------------------ telehealth (8)
p("h714", "https://mindbloom-like.example/pricing", "telehealth", False, "en", "telehealth-pricing",
  "Pricing | Clarity Ketamine at Home",
  """<nav>How it works · Pricing · Science · For clinicians · Log in · <a>Get started</a></nav>
<h1>Simple, transparent pricing</h1>
<div class="plan"><h3>Starter</h3><p>$259 — first 2 sessions, clinician intake, guide calls</p></div>
<div class="plan"><h3>Full program</h3><p>$1,158 — 6 sessions, 2 psychiatric clinician visits, medication, blood pressure cuff</p></div>
<p>All care is provided by clinicians licensed in your state. Medication is only prescribed if your clinician decides it is safe for you.</p>
<p><button>Take the assessment</button></p>""")

p("h715", "https://restorative-tele.example/checkout/summary", "telehealth", False, "en", "checkout",
  "Order summary – Restorative",
  """<h1>Order summary</h1>
<table><tr><td>Initial psychiatric evaluation (video)</td><td>$149</td></tr><tr><td>Monthly membership</td><td>$199</td></tr><tr><td>Ketamine ODT, 4 doses (if prescribed)</td><td>included</td></tr></table>
<p>Total due today: $149. Your membership starts only after your provider approves treatment; otherwise the evaluation fee is all you pay.</p>
<p><button>Complete purchase</button></p>
<p>Prescriptions are filled by a licensed 503A partner pharmacy and shipped to your home.</p>""")

p("h716", "https://calmwave-health.example/", "telehealth", False, "en", "navigation",
  "CalmWave Health – Online mental health care",
  """<header><a>Depression</a> <a>Anxiety</a> <a>PTSD</a> <a>At-home ketamine</a> <a>Insurance</a> <a>Providers</a> <a>Sign in</a> <a>Start now</a></header>
<h1>Feel better, from home</h1>
<p>Online visits with psychiatric nurse practitioners. Medication management and at-home ketamine when it fits your plan.</p>
<footer>LegitScript certified · HIPAA compliant · Available in CA, TX, FL, NY and 18 more states · Terms · Privacy</footer>""")

p("h717", "https://ketamin-online-therapie.example/preise", "telehealth", False, "de", "telehealth-pricing",
  "Preise – Ketamin-Therapie online",
  """<h1>Preise und Ablauf</h1>
<p>Ärztliches Erstgespräch per Video: 149 €. Begleitetes Programm mit vier Sitzungen zu Hause: 690 €.</p>
<p>Ein Facharzt für Psychiatrie entscheidet nach dem Gespräch, ob Ihnen Ketamin verordnet wird. Das Rezept wird an eine Versandapotheke übermittelt.</p>
<p><button>Jetzt Termin buchen</button></p>""", noise="cookie-de")

p("h718", "https://consultaviva.example/mx/ketamina", "telehealth", False, "es", "telehealth",
  "Tratamiento con ketamina en línea | ConsultaViva",
  """<h1>Tratamiento con ketamina guiado a distancia</h1>
<p>Agenda una consulta por videollamada con un psiquiatra con cédula profesional. Si el tratamiento es adecuado para ti, recibirás una receta y tabletas sublinguales en tu domicilio.</p>
<p>Seguimiento semanal por video y chat con tu equipo clínico. Desde $3,900 MXN al mes.</p>""", noise="cookie-es")

p("h719", "https://troche-direct-care.example/", "telehealth", False, "en", "telehealth-boundary",
  "Ketamine troches delivered | Direct Care",
  """<h1>Ketamine troches, delivered to your door</h1>
<p>No clinic visits. No infusion chairs. Just effective treatment at home.</p>
<p>$129/month after your online visit with a licensed provider, who decides whether ketamine is right for you and writes your prescription.</p>
<p>Free 2-day shipping from our licensed pharmacy partner. <button>See if you qualify</button></p>""")

p("h720", "https://teleconsult-esprit.example/ketamine", "telehealth", False, "fr", "telehealth",
  "Kétamine – suivi en téléconsultation",
  """<h1>Traitement par kétamine avec suivi à distance</h1>
<p>Un psychiatre inscrit à l'Ordre vous reçoit en téléconsultation. Si l'indication est retenue, il établit une ordonnance et vous êtes suivi chaque semaine en visio.</p>
<p>Consultation : 60 €, remboursable selon votre mutuelle.</p>""", noise="cookie-fr")

p("h721", "https://psyonline-nl.example/behandelingen/ketamine", "telehealth", False, "nl", "telehealth",
  "Ketaminebehandeling online | PsyOnline",
  """<h1>Ketaminebehandeling met online begeleiding</h1>
<p>Na een videogesprek met een BIG-geregistreerde psychiater bepalen we samen of ketamine bij u past. Het recept gaat naar uw eigen apotheek.</p>
<p>U heeft elke week een online consult met uw behandelaar.</p>""", noise="cookie-nl")

# ------------------------------------------------------------------ clinics (9)
p("h722", "https://lakeside-behavioral.example/treatments/spravato", "clinic", False, "en", "spravato-rems",
  "Spravato (esketamine) | Lakeside Behavioral Health",
  """<nav>Home › Treatments › Spravato</nav>
<h1>Spravato® treatment</h1>
<p>Lakeside Behavioral Health is a certified Spravato REMS treatment center. You self-administer the nasal spray under the supervision of our nurses and stay in our office for at least two hours.</p>
<p>Most commercial insurance plans cover Spravato. Our team handles prior authorization.</p>
<p>Lakeside Behavioral Health · 4410 Lakeshore Blvd, Cleveland, OH 44103 · (216) 555-0172</p>""")

p("h723", "https://summitketamine.example/", "clinic", False, "en", "navigation",
  "Summit Ketamine & Wellness",
  """<header><a>Home</a> <a>About</a> <a>Conditions</a> <a>IV Ketamine</a> <a>Spravato</a> <a>Pricing</a> <a>Blog</a> <a>Contact</a> <a>Request appointment</a></header>
<h1>Summit Ketamine &amp; Wellness</h1>
<p>Boulder, Colorado</p>
<footer>2750 Pearl St, Suite 200, Boulder, CO 80302 · (303) 555-0144 · Mon–Fri 8–5 · © 2026</footer>""")

p("h724", "https://brightpath-infusions.example/pricing", "clinic", False, "en", "clinic-pricing",
  "Pricing | BrightPath Infusions",
  """<h1>Ketamine infusion pricing</h1>
<ul><li>Consultation with our medical director: $150</li><li>Single IV infusion (depression): $475</li><li>Series of six infusions: $2,550 (save $300)</li><li>Booster infusion: $450</li></ul>
<p>We accept HSA/FSA cards and offer financing. <a>Book now</a></p>
<p>Infusions take place at our Tempe office with continuous vital-sign monitoring.</p>""")

p("h725", "https://psychiatrie-praxis-koeln.example/esketamin", "clinic", False, "de", "spravato",
  "Esketamin-Nasenspray | Praxis für Psychiatrie Köln",
  """<h1>Esketamin-Nasenspray bei therapieresistenter Depression</h1>
<p>In unserer Praxis wenden Sie das Nasenspray unter Aufsicht an. Anschließend bleiben Sie etwa zwei Stunden zur Beobachtung bei uns; Blutdruck wird vorher und nachher gemessen.</p>
<p>Dr. med. Jonas Albrecht, Facharzt für Psychiatrie und Psychotherapie · Hohenzollernring 12, 50672 Köln</p>""", noise="cookie-de")

p("h726", "https://clinicaserena-madrid.example/ketamina", "clinic", False, "es", "clinic",
  "Terapia con ketamina en Madrid | Clínica Serena",
  """<h1>Terapia con ketamina intravenosa</h1>
<p>Las infusiones se realizan en nuestra clínica de la calle Serrano, con un anestesista y una enfermera presentes durante toda la sesión.</p>
<p>Antes del tratamiento realizamos una valoración psiquiátrica completa. Pida cita en el 910 000 123.</p>""", noise="cookie-es")

p("h727", "https://centre-douleur-rennes.example/ketamine", "clinic", False, "fr", "pain-clinic",
  "Perfusions de kétamine – Centre d'évaluation et de traitement de la douleur",
  """<h1>Perfusions de kétamine pour la douleur chronique</h1>
<p>Notre centre de la douleur propose des perfusions de kétamine en hôpital de jour, sur indication d'un médecin algologue.</p>
<p>La séance dure environ quatre heures, sous surveillance infirmière. Prise de rendez-vous par votre médecin traitant.</p>""", noise="cookie-fr")

p("h728", "https://instituto-esperanca.example/escetamina", "clinic", False, "pt", "clinic",
  "Escetamina em São Paulo | Instituto Esperança",
  """<h1>Tratamento com escetamina</h1>
<p>A aplicação do spray nasal é feita no nosso consultório, com monitorização da pressão arterial e observação por duas horas.</p>
<p>Equipe médica coordenada pelo Dr. Rafael Menezes, psiquiatra (CRM-SP 123456). Agende sua avaliação.</p>""", noise="cookie-pt")

p("h729", "https://ketaminecentrum-utrecht.example/", "clinic", False, "nl", "clinic",
  "Ketaminecentrum Utrecht",
  """<h1>Ketaminebehandeling in Utrecht</h1>
<p>In ons centrum krijgt u ketamine via een infuus, onder toezicht van een anesthesioloog. U heeft een verwijzing van uw huisarts of psychiater nodig.</p>
<p>Adres: Catharijnesingel 50, Utrecht · Bel voor een intake.</p>""", noise="cookie-nl")

p("h730", "https://innerground-kap.example/", "clinic", False, "en", "text-excerpt", "",
  """Inner Ground — Ketamine-Assisted Psychotherapy
Our office: 88 Elm Street, Northampton, MA 01060

Sessions take place in our treatment room. Our psychiatrist administers intramuscular or sublingual ketamine and a licensed therapist stays with you throughout.
Preparation and integration sessions are included. Call 413-555-0190 to schedule a free 15-minute consultation.""", ext="txt")

# ------------------------------------------------------------------ informational (10)
p("h731", "https://evening-herald-like.example/news/ketamine-street-price", "informational", False, "en", "news",
  "Ketamine now cheaper than a pint, police warn",
  """<nav>News › Crime</nav>
<h1>Ketamine now cheaper than a pint, police warn</h1>
<p>Ketamine is being sold on the city's streets for as little as £15 a gram, officers told a council meeting, with dealers advertising on social media and offering to post it.</p>
<p>"People can buy ketamine as easily as ordering a takeaway," said Inspector Clare Dunne.</p>
<p>Hospital admissions for ketamine-related bladder damage have doubled since 2022.</p>""")

p("h732", "https://hartley-defense.example/drug-crimes/ketamine", "informational", False, "en", "law",
  "Ketamine Possession & Distribution Lawyer | Hartley Defense",
  """<h1>Charged with a ketamine offence?</h1>
<p>Ketamine is a Schedule III controlled substance. Possession with intent to distribute can carry up to 10 years in federal prison.</p>
<p>Our defense attorneys have handled cases involving online ketamine purchases, dark-web orders and packages seized in the mail.</p>
<p>Free, confidential case review: (602) 555-0133.</p>""")

p("h733", "https://energy-control-like.example/sustancias/ketamina", "informational", False, "es", "harm-reduction",
  "Ketamina | Reducción de riesgos",
  """<h1>Ketamina</h1>
<p>Si decides consumir, empieza por cantidades pequeñas y no mezcles con alcohol ni otros depresores.</p>
<p>Analiza tu sustancia: nuestro servicio de análisis es gratuito y anónimo. Muchas muestras vendidas como ketamina contenían otras sustancias.</p>""", noise="cookie-es")

p("h734", "https://bfarm-like.example/warnungen/illegale-online-apotheken", "informational", False, "de", "government",
  "Warnung vor illegalen Online-Apotheken",
  """<h1>Warnung: Ketamin und Esketamin aus illegalen Online-Apotheken</h1>
<p>Die Behörde warnt vor Websites, die Ketamin und Esketamin-Nasenspray ohne Rezept verkaufen und Bezahlung in Kryptowährung verlangen.</p>
<p>Solche Produkte sind häufig gefälscht. Verschreibungspflichtige Arzneimittel erhalten Sie nur mit ärztlichem Rezept in einer zugelassenen Apotheke.</p>""", noise="cookie-de")

p("h735", "https://westgate-compounding.example/prescribers/ketamine", "informational", False, "en", "compounding",
  "Ketamine compounding for prescribers | Westgate Compounding Pharmacy",
  """<h1>Ketamine formulations for prescribers</h1>
<p>Westgate is a licensed 503A compounding pharmacy. We prepare ketamine troches, rapid-dissolve tablets and nasal sprays for individual patients pursuant to a valid prescription.</p>
<p>Prescribers: e-prescribe or fax orders to (555) 010-2299. We ship to patients in states where we hold a pharmacy license.</p>
<p>Patient pricing is provided when the prescription is received.</p>""")

p("h736", "https://forum-sante-like.example/t/ketamine-depression", "informational", False, "fr", "forum",
  "Kétamine pour la dépression, des retours ? – Forum Santé",
  """<h1>Kétamine pour la dépression, des retours ?</h1>
<div class="post"><b>Mélanie_34</b> : Mon psychiatre m'a parlé du spray à l'eskétamine. Quelqu'un a essayé ?</div>
<div class="post"><b>jp_nantes</b> : Oui, 8 séances à l'hôpital. Ça m'a aidé mais il faut rester 2 h en observation.</div>
<div class="post"><b>Modération</b> : Rappel : les messages proposant d'acheter ou de vendre des produits sont supprimés.</div>""", noise="cookie-fr")

p("h737", "https://jellinek-like.example/ketamine/afkicken", "informational", False, "nl", "rehab",
  "Afkicken van ketamine",
  """<h1>Afkicken van ketamine</h1>
<p>Gebruik je steeds vaker ketamine en lukt stoppen niet? Onze verslavingszorg biedt ambulante en klinische behandeling.</p>
<p>Je huisarts kan je verwijzen. Bel voor advies, ook anoniem.</p>""", noise="cookie-nl")

p("h738", "https://revista-ciencia-like.example/artigos/cetamina-dor-cronica", "informational", False, "pt", "research",
  "Cetamina na dor crônica: revisão sistemática",
  """<h1>Cetamina na dor crônica: revisão sistemática e meta-análise</h1>
<p><b>Resumo.</b> Foram incluídos 24 ensaios clínicos randomizados (n = 1.320). A infusão de cetamina reduziu a dor a curto prazo, sem evidência de benefício após 12 semanas.</p>
<p>Palavras-chave: cetamina; dor crônica; antagonistas NMDA.</p>""", noise="cookie-pt")

p("h739", "https://bestcare-reviews.example/best-online-ketamine-providers", "informational", False, "en", "review",
  "Best at-home ketamine providers of 2026 | BestCare Reviews",
  """<h1>The 5 best at-home ketamine providers of 2026</h1>
<p>We compared prices, clinician access and safety monitoring. Every provider on this list requires a medical evaluation before prescribing.</p>
<ol><li><b>Clarity</b> — from $259, best for first-timers. <a>Visit site</a></li><li><b>Restorative</b> — $149 evaluation + $199/month. <a>Visit site</a></li><li><b>Direct Care</b> — $129/month, cheapest. <a>Visit site</a></li></ol>
<p>We may earn a commission when you sign up through our links.</p>""")

p("h740", "https://threadboard.example/r/ketamine/where-to-buy", "informational", False, "en", "forum", "",
  """r/KetamineTherapy · Posted by u/tired_of_ssris

Where can I buy ketamine online? My doctor won't prescribe it.

  u/ModTeam: Sourcing requests break rule 2. Anyone DMing you offering to sell is a scammer.
  u/quietriver: Look at telehealth programs or ask for a referral to a clinic. Sites selling "ketamine for sale" with Bitcoin took my money and sent nothing.
  u/pm_nurse: Talk to a psychiatrist about Spravato, insurance often covers it.""", ext="txt")

save(OUT, R)
print(len(R), "pages")
