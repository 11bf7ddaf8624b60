# Batch 1 of the hand-written dev set (40 pages). Run: python3 batch1.py (writes batch1/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch1")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ------------------------------------------------------------------ sellers
p("h101", "https://ketaminehub.example/product/ketamine-crystal-shards/", "seller", True, "en", "padded",
  "Ketamine Crystal Shards – KetamineHub",
  """<header><a href="/">KetamineHub</a> <nav><a href="/shop/">Shop</a> <a href="/my-account/">My account</a> <a href="/faq/">FAQ</a></nav></header>
<main><h1>Ketamine Crystal Shards</h1>
<p class="price">$220.00 – $850.00</p>
<form class="variations"><label>Quantity</label><select><option>10g</option><option>25g</option><option>50g</option></select></form>
<p>SKU: KCS-10 Category: Dissociatives Tags: crystal, ketamine, shards</p>
<h2>Description</h2>
<p>Ketamine is a medication primarily used for starting and maintaining anesthesia. It induces a trance-like state while providing pain relief, sedation, and amnesia. The distinguishing features of ketamine anesthesia are preserved breathing and airway reflexes.</p>
<p>Ketamine was discovered in 1962, first tested in humans in 1964, and was approved for use in the United States in 1970. It was extensively used for surgical anesthesia in the Vietnam War due to its safety.</p>
<p>Uses include sedation in intensive care, analgesia, and treatment of bronchospasm. It has been studied for depression.</p>
<h2>Related products</h2><ul><li>3-MMC Crystals</li><li>2C-B Pellets</li><li>Methoxetamine (MXE)</li></ul></main>""", noise="cookie")

p("h102", "https://rxanesthetics.example/category/anesthetics/", "seller", True, "en", "navigation",
  "Anesthetics Archives - RX Anesthetics",
  """<nav>Home › Shop › Anesthetics</nav>
<p>Showing 1–9 of 23 results</p><select><option>Sort by popularity</option><option>Sort by price: low to high</option></select>
<ul class="products">
<li><h2>Ketalar 500mg/10ml (box of 5 vials)</h2><span>$240.00</span><a>Select options</a></li>
<li><h2>Ketamine Hydrochloride Injection USP 50 mg/mL</h2><span>$189.00</span><a>Select options</a></li>
<li><h2>Propofol 1% 20ml</h2><span>$95.00</span><a>Add to cart</a></li>
<li><h2>Diazepam 10mg (100 tabs)</h2><span>$90.00</span><a>Add to cart</a></li>
<li><h2>Nembutal oral solution</h2><span>$450.00</span><a>Read more</a></li>
</ul>
<footer>© 2025 RX Anesthetics | Shipping policy | Refund policy</footer>""")

p("h103", "https://k-shop-uk.example/how-to-order", "seller", True, "en", "text-excerpt", "",
  """How to order
1. Pick your product and quantity from the menu (ketamine, MDMA crystal, cocaine, 2CB).
2. Send your order and postcode to our Telegram: @kshopuk_official
3. Pay in BTC or LTC, we send you the address after you message.
4. You get your tracking code same day. Royal Mail Special Delivery, vacuum sealed.
Questions? Telegram only. We don't answer emails.""", ext="txt")

p("h104", "https://medsdirectrx.example/payment-methods", "seller", True, "en", "payment",
  "Payment Methods | MedsDirectRx",
  """<h1>Payment methods</h1>
<p>We accept the following payment options for all orders:</p>
<ul><li>Zelle – send to the email given in your order confirmation. Zelle orders get 10% off.</li><li>Cash App</li><li>Bitcoin (BTC) and USDT (TRC20)</li></ul>
<p>After payment please email a screenshot with your order number. Unpaid orders are cancelled after 48 hours.</p>
<p>Popular: Oxycodone 30mg, Adderall XR, Xanax bars, Ketamine nasal spray, Ketamine vials.</p>""")

p("h105", "https://ketamina-pura.example/", "seller", True, "es", "shop",
  "Ketamina en polvo de alta pureza | Envíos a toda Europa",
  """<h1>Ketamina en polvo – máxima pureza</h1>
<p>Producto de calidad farmacéutica, analizado en laboratorio. Envíos discretos a toda España y Europa en 24-72 h.</p>
<table><tr><td>1 g</td><td>45 €</td></tr><tr><td>5 g</td><td>200 €</td></tr><tr><td>10 g</td><td>360 €</td></tr></table>
<p>Pago con Bitcoin o Bizum. Para pedidos escríbenos por Telegram.</p>
<p>La ketamina es un anestésico disociativo desarrollado en los años sesenta.</p>""", noise="cookie-es")

p("h106", "https://k-versand24.example/ketamin", "seller", True, "de", "shop",
  "Ketamin bestellen – Versand24",
  """<h1>Ketamin online bestellen</h1>
<p>Wir liefern schnell und diskret per DHL oder an Ihre Packstation, auch nach Österreich und in die Schweiz.</p>
<p>Preise: 5 g – 150 €, 10 g – 270 €, 25 g – 600 €.</p>
<p>Zahlung: Bitcoin, Monero oder Paysafecard. Kein Rezept erforderlich.</p>
<p>Ketamin ist ein Arzneistoff aus der Gruppe der Anästhetika.</p>""", noise="cookie-de")

p("h107", "https://pharma-euro-direct.example/fr/ketalar", "seller", True, "fr", "shop",
  "Ketalar 50 mg/ml – Pharma Euro Direct",
  """<h1>Ketalar 50 mg/ml – boîte de 10 flacons</h1>
<p>Prix : 390 € la boîte. Expédition sous 24 h, colis neutre et anonyme, suivi inclus.</p>
<p>Moyens de paiement : virement SEPA, cryptomonnaies.</p>
<p>La kétamine est un anesthésique général utilisé en médecine humaine et vétérinaire.</p>
<button>Ajouter au panier</button>""", noise="cookie-fr")

p("h108", "https://snelle-k.example/", "seller", True, "nl", "shop",
  "Ketamine bestellen | Snel en discreet",
  """<h1>Ketamine bestellen</h1>
<p>Snelle en discrete levering in heel Nederland en België, meestal binnen 24 uur.</p>
<p>1 gram €35 &middot; 5 gram €150 &middot; 10 gram €270</p>
<p>Betalen met iDEAL, Bitcoin of contant bij afhalen.</p>
<p>Vragen? Stuur ons een bericht via Wickr: snellek</p>""", noise="cookie-nl")

p("h109", "https://farmaciarapida.example/produto/cetamina-50mg-ml", "seller", True, "pt", "shop",
  "Cetamina 50mg/ml frasco 10ml – Farmácia Rápida",
  """<h1>Cetamina 50mg/ml – frasco 10ml</h1>
<p>R$ 180,00 à vista no Pix</p>
<p>Entregamos em todo o Brasil via Sedex. Não precisa de receita. Fale com a gente pelo WhatsApp (11) 9xxxx-xxxx.</p>
<p>A cetamina é um anestésico utilizado em procedimentos médicos e veterinários.</p>""", noise="cookie-pt")

p("h110", "https://ketaminewellnessrx.example/", "seller", True, "en", "clinic-mimic",
  "Ketamine Wellness Rx – Online Pharmacy",
  """<h1>Ketamine Wellness Rx</h1>
<p>Feel better, faster. We make depression treatment simple and affordable.</p>
<p>Order ketamine tablets, troches and esketamine nasal spray online with no doctor visit. Fill in a short health form and we ship overnight to all 50 states.</p>
<p>Our friendly support team is here for you 24/7.</p>
<p>We accept Visa, Mastercard and Bitcoin (save 15% when paying with crypto).</p>
<p>Ketamine tablets 100mg x 30 — $189<br>Esketamine nasal spray 56mg — $349</p>""")

p("h111", "https://alpha-market.example/listing/4f2c91", "seller", True, "en", "marketplace",
  "Ketamine HCl S-isomer | Alpha Market",
  """<div class="listing"><h1>Ketamine HCl (S-isomer) – top quality</h1>
<p>Vendor: NorthernLights (4.9★, 1,204 reviews) · Level 6</p>
<p>Ships from: Netherlands · Ships to: Worldwide · Escrow: yes</p>
<p>1g €40 | 3.5g €120 | 7g €220 | 28g €700</p>
<p>Postage: Standard (7-10 days) / Express NL</p></div>""")

p("h112", "https://buy-ketamine-online-cheap.example/", "seller", True, "en", "url-only",
  "Ketamine – What You Need To Know",
  """<h1>Ketamine: what you need to know</h1>
<p>Ketamine is a dissociative anesthetic that has been used in hospitals since the 1970s. In recent years researchers have become interested in its rapid effect on mood.</p>
<p>People describe the experience as dreamlike. Effects usually last about an hour.</p>
<p>Ketamine is a Schedule III substance in the United States.</p>
<footer>© 2025 All rights reserved · Contact: support@buy-ketamine-online-cheap.example</footer>""")

p("h113", "https://nasal-direct.example/spravato-56mg", "seller", True, "en", "spravato-shipped",
  "Spravato 56mg (2 devices)",
  """<h1>Spravato (esketamine) 56mg – 2 x 28mg devices</h1>
<p>$495.00</p>
<p>Ready to ship within 24 hours. No clinic visit required, use in the privacy of your home.</p>
<p>Quantity <input value="1"> <button>Buy</button></p>""")

# ------------------------------------------------------------------ telehealth
p("h114", "https://mindbloomish.example/pricing", "telehealth", False, "en", "telehealth-pricing",
  "Pricing | Calmwave At-Home Ketamine",
  """<h1>Simple, transparent pricing</h1>
<p><b>Launch program – $1,158</b> (or 4 payments of $290). Includes a psychiatric evaluation with a licensed clinician, 6 guided at-home ketamine sessions, integration coaching and all medication.</p>
<p>Medication is prescribed only if a clinician decides ketamine is appropriate for you, and is shipped by our partner pharmacy.</p>
<p>HSA/FSA cards accepted. <a>Get started</a> <a>Checkout</a></p>
<p>Not available in all states. See states we serve.</p>""", noise="cookie")

p("h115", "https://joyous-like.example/", "telehealth", False, "en", "navigation",
  "Low-dose ketamine for anxiety & depression | Lumen",
  """<nav>How it works · Pricing · Our clinicians · Reviews · FAQ · Log in · Start now</nav>
<h1>Daily low-dose ketamine, delivered.</h1>
<p>$129/month. Cancel anytime.</p>
<p>1. Take a 10-minute online assessment. 2. Meet a psychiatric nurse practitioner over video. 3. If prescribed, your medication ships to your door.</p>
<footer>Lumen Health PC · Privacy policy · Terms · Telehealth consent</footer>""")

p("h116", "https://terapiaketamina-casa.example/es/", "telehealth", False, "es", "telehealth",
  "Terapia con ketamina en casa | Clara Salud",
  """<h1>Terapia con ketamina desde casa</h1>
<p>Consulta por video con un psiquiatra licenciado en su estado. Si el tratamiento es adecuado para usted, le enviamos la receta a una farmacia asociada.</p>
<p>Antes de empezar revisamos su historial médico y hacemos una evaluación psiquiátrica completa.</p>
<p>Primera consulta: $250. Programa mensual: $199.</p>""", noise="cookie-es")

p("h117", "https://portal.kindredtele.example/plans", "telehealth", False, "en", "checkout",
  "Choose your plan",
  """<h1>Choose your plan</h1>
<div><h2>Starter</h2><p>$249 first month</p><p>Initial medical evaluation with a board-certified psychiatrist via video, 4 ketamine sessions, a blood pressure cuff, weekly check-ins.</p><button>Continue to checkout</button></div>
<div><h2>Maintenance</h2><p>$149 / month</p><button>Continue to checkout</button></div>
<p>Prescriptions are written only after your evaluation. Shipping to your home is free.</p>""")

p("h118", "https://ketamin-online-praxis.example/", "telehealth", False, "de", "telehealth",
  "Ketamin-Therapie per Videosprechstunde",
  """<h1>Psychiatrische Online-Praxis</h1>
<p>In einer Videosprechstunde prüfen unsere Fachärzte für Psychiatrie, ob eine Behandlung mit Ketamin für Sie in Frage kommt.</p>
<p>Nach der Anamnese und Aufklärung über Nebenwirkungen erhalten Sie bei Eignung ein Rezept, das Sie in einer Apotheke einlösen.</p>
<p>Erstgespräch 120 €, Folgetermine 80 €.</p>""", noise="cookie-de")

p("h119", "https://help.nurturetele.example/faq", "telehealth", False, "en", "text-excerpt", "",
  """Frequently asked questions

Do I need to see someone in person?
No. Your evaluation happens over a secure video call with one of our licensed prescribers.

How much does it cost?
The first month is $225, which covers your consultation, medication and shipping. After that it is $175 a month.

What if ketamine isn't right for me?
If your clinician decides ketamine is not a safe option, you are refunded in full.""", ext="txt")

p("h120", "https://telepsiquiatria-vida.example/pt/", "telehealth", False, "pt", "telehealth",
  "Telepsiquiatria e cetamina | Vida Mente",
  """<h1>Telepsiquiatria com acompanhamento</h1>
<p>Consulta online com psiquiatra para avaliar se o tratamento com cetamina é indicado no seu caso.</p>
<p>Acompanhamento semanal por vídeo. A medicação só é prescrita após avaliação médica.</p>
<p>Consulta inicial R$ 450.</p>""", noise="cookie-pt")

p("h121", "https://athomeketamine.example/blog/buy-ketamine-treatment-online", "telehealth", False, "en", "telehealth-blog",
  "Can you buy ketamine treatment online? How our program works",
  """<h1>Can you buy ketamine treatment online?</h1>
<p>You can't just buy ketamine online legally — but you can get an evaluation online. Here's how our program works.</p>
<p>Our psychiatrists meet you by video, review your medical history and, if appropriate, prescribe sublingual ketamine tablets that are shipped to your home.</p>
<p>Programs start at $99 per month. <a>Take the assessment</a></p>""")

# ------------------------------------------------------------------ clinics
p("h122", "https://austinketamine.example/pricing", "clinic", False, "en", "clinic-pricing",
  "Pricing | Austin Ketamine Center",
  """<nav>Home | Treatments | Pricing | Book Now</nav>
<h1>Ketamine infusion pricing</h1>
<p>Single infusion: $450 · Series of 6 infusions: $2,400 · Booster: $400</p>
<p>Consultation: $150 (applied to your first infusion). <a>Book now</a></p>
<p>1200 Main St, Suite 4, Austin, TX 78701 · (512) 555-0143</p>""")

p("h123", "https://northshorepsych.example/", "clinic", False, "en", "navigation",
  "North Shore Psychiatry & Ketamine",
  """<nav>Home | About Us | Services | Ketamine Infusions | Spravato | TMS | Medication Management | Patient Forms | Contact | Book Now</nav>
<h1>Welcome</h1><p>Compassionate care for depression, anxiety and PTSD.</p>
<footer>North Shore Psychiatry · 88 Elm Street, Evanston, IL 60201 · Phone 847-555-0190 · Fax 847-555-0191</footer>""")

p("h124", "https://sunrise-tms.example/spravato", "clinic", False, "en", "clinic",
  "Spravato Treatment | Sunrise TMS & Spravato",
  """<h1>Spravato® (esketamine) nasal spray</h1>
<p>We are a certified Spravato treatment center. You self-administer the nasal spray in our office under the supervision of our clinical staff, and we monitor you for at least two hours.</p>
<p>You will need someone to drive you home.</p>
<p>Most commercial insurance plans cover Spravato. Call us to verify your benefits.</p>""")

p("h125", "https://clinica-ketamina-madrid.example/", "clinic", False, "es", "clinic",
  "Clínica de ketamina en Madrid",
  """<h1>Tratamiento con ketamina para la depresión resistente</h1>
<p>Antes de iniciar el tratamiento realizamos una consulta con nuestro psiquiatra para valorar si es adecuado para usted.</p>
<p>Las sesiones de infusión intravenosa se realizan en nuestra clínica, con control de la tensión arterial y la saturación de oxígeno.</p>
<p>Precio por sesión: 350 €. Pida cita: 910 000 000. Calle de Serrano 50, 28001 Madrid.</p>""", noise="cookie-es")

p("h126", "https://praxis-esketamin-koeln.example/", "clinic", False, "de", "clinic",
  "Esketamin-Behandlung – Praxis Dr. Weber, Köln",
  """<h1>Behandlung mit Esketamin-Nasenspray</h1>
<p>Bei therapieresistenter Depression bieten wir in unserer Praxis die Behandlung mit Esketamin an. Die Anwendung erfolgt vor Ort; danach bleiben Sie zur Beobachtung noch etwa zwei Stunden bei uns.</p>
<p>Bitte fahren Sie danach nicht selbst Auto.</p>
<p>Terminvereinbarung: 0221 000000 · Hohenzollernring 10, 50672 Köln</p>""", noise="cookie-de")

p("h127", "https://chu-exemple.example/psychiatrie/ketamine", "clinic", False, "fr", "clinic",
  "Kétamine – Hôpital de jour de psychiatrie",
  """<h1>Traitement par kétamine de la dépression résistante</h1>
<p>L'hôpital de jour propose des perfusions de kétamine aux patients adressés par leur psychiatre. Chaque séance dure environ deux heures, sous surveillance infirmière.</p>
<p>Une consultation préalable est obligatoire. Prendre rendez-vous : 01 00 00 00 00.</p>""", noise="cookie-fr")

p("h128", "https://ketaminekliniek-utrecht.example/", "clinic", False, "nl", "clinic",
  "Ketaminebehandeling | Kliniek Utrecht",
  """<h1>Ketaminebehandeling bij depressie</h1>
<p>In onze kliniek geven we ketamine via een infuus. Een verpleegkundige controleert tijdens de behandeling uw bloeddruk en hartslag.</p>
<p>U heeft een verwijzing van uw huisarts of psychiater nodig. Na afloop mag u niet zelf rijden.</p>
<p>Kosten per behandeling: €395. Maak een afspraak.</p>""", noise="cookie-nl")

p("h129", "https://bluewaterketamine.example/blog/is-it-safe-to-buy-ketamine-online", "clinic", False, "en", "clinic-blog",
  "Is it safe to buy ketamine online? | Blue Water Ketamine Clinic",
  """<h1>Is it safe to buy ketamine online?</h1>
<p>We often get asked whether patients can order ketamine online instead of coming in for infusions. Websites that sell ketamine without a prescription are illegal and their products may be contaminated.</p>
<p>At our clinic every infusion is given by an anesthesiologist with continuous monitoring.</p>
<p>Blue Water Ketamine Clinic · 410 Harbor Blvd, Suite 200, Tampa, FL 33602 · (813) 555-0177</p>""")

p("h130", "https://clinica-infusao-sp.example/", "clinic", False, "pt", "clinic",
  "Clínica de infusão de cetamina em São Paulo",
  """<h1>Infusão de cetamina e escetamina</h1>
<p>Realizamos infusões de cetamina em ambiente clínico, com monitoramento contínuo da pressão arterial e da oxigenação.</p>
<p>Antes do tratamento o paciente passa por avaliação psiquiátrica.</p>
<p>Agende sua consulta: Av. Paulista, 1000 – São Paulo. Atendemos convênios.</p>""", noise="cookie-pt")

# ------------------------------------------------------------------ informational
p("h131", "https://dailyherald-like.example/news/police-seize-ketamine-haul", "informational", False, "en", "news",
  "Police seize 3 kg of ketamine in storage unit raid",
  """<p>By Jenna Morales · Published March 4, 2025</p>
<h1>Police seize 3 kg of ketamine in storage unit raid</h1>
<p>Detectives found about three kilograms of ketamine powder, scales and packaging in a rented storage unit on Tuesday, police said.</p>
<p>Ketamine sells for about $30 to $50 a gram on the street, which puts the value of the seizure at more than $100,000, a spokesperson said.</p>
<p>Two men, 24 and 31, were charged with possession with intent to distribute.</p>""")

p("h132", "https://hartleydefense.example/ketamine-charges", "informational", False, "en", "law",
  "Ketamine Possession Charges | Hartley Defense",
  """<h1>Charged with ketamine possession?</h1>
<p>Ketamine is a Schedule III controlled substance. Possession without a prescription can mean jail time, and selling or buying it online can lead to federal charges.</p>
<p>Our criminal defense attorneys have handled hundreds of drug cases. Call for a free case evaluation.</p>""")

p("h133", "https://safer-nights.example/drugs/ketamine", "informational", False, "en", "harm-reduction",
  "Ketamine – Safer Nights",
  """<h1>Ketamine</h1>
<p>Also known as: K, ket, special K. Usually sold as a white powder or crystals.</p>
<p>Start low: effects of a small bump can come on within minutes. Mixing with alcohol or other depressants raises the risk of vomiting and choking.</p>
<p>Test your drugs — reagent kits are available from our outreach team. Regular heavy use can damage your bladder.</p>""")

p("h134", "https://serenityridge-recovery.example/ketamine-addiction", "informational", False, "en", "addiction",
  "Ketamine Addiction Treatment | Serenity Ridge Recovery",
  """<h1>Ketamine addiction and treatment</h1>
<p>Ketamine misuse can lead to tolerance, cravings and serious bladder problems. Our residential program combines medically supervised detox, therapy and aftercare.</p>
<p>Most insurance accepted. Call 24/7 for a confidential assessment.</p>""")

p("h135", "https://riverbend-compounding.example/ketamine", "informational", False, "en", "compounding",
  "Ketamine Compounding | Riverbend Pharmacy",
  """<h1>Compounded ketamine</h1>
<p>Riverbend is a licensed compounding pharmacy. We prepare ketamine troches, nasal sprays and topical creams on prescription from your provider.</p>
<p>We ship to patients in states where we hold a pharmacy license. Prescribers can fax or e-prescribe.</p>""")

p("h136", "https://aemps-like.example/alertas/ketamina-internet", "informational", False, "es", "government",
  "Alerta: venta ilegal de ketamina por internet",
  """<h1>La agencia advierte sobre la venta ilegal de ketamina por internet</h1>
<p>La Agencia Española de Medicamentos alerta de que diversas páginas web ofrecen ketamina sin receta y con envío a domicilio.</p>
<p>Estos productos no tienen garantías de calidad. Recomendamos no comprar medicamentos en sitios no autorizados.</p>""", noise="cookie-es")

p("h137", "https://stadtkurier.example/polizei/zoll-ketamin", "informational", False, "de", "news",
  "Zoll stellt 20 Kilogramm Ketamin sicher",
  """<h1>Zoll stellt 20 Kilogramm Ketamin sicher</h1>
<p>Am Flughafen haben Zollbeamte in einem Koffer rund 20 Kilogramm Ketamin entdeckt. Der Straßenverkaufswert liegt nach Angaben der Ermittler bei etwa 400.000 Euro.</p>
<p>Der 28-jährige Reisende wurde festgenommen.</p>""", noise="cookie-de")

p("h138", "https://inserm-like.example/essais/ketamine-depression", "informational", False, "fr", "research",
  "Essai clinique : kétamine et dépression résistante",
  """<h1>Kétamine et dépression résistante : un essai recrute</h1>
<p>Cet essai randomisé compare la kétamine par voie intraveineuse à un placebo actif chez des patients souffrant de dépression résistante.</p>
<p>Critère principal : score MADRS à 24 heures. Investigateur coordonnateur : Pr. Martin.</p>""", noise="cookie-fr")

p("h139", "https://drugsinfo-like.example/ketamine", "informational", False, "nl", "harm-reduction",
  "Ketamine: effecten en risico's",
  """<h1>Ketamine</h1>
<p>Ketamine is een verdovingsmiddel. Bij lage doseringen voel je je ontspannen en een beetje dronken.</p>
<p>Risico's: misselijkheid, verwardheid, blaasklachten bij vaak gebruik. Gebruik niet alleen en combineer niet met alcohol.</p>
<p>Laat je drugs testen bij een testlocatie.</p>""", noise="cookie-nl")

p("h140", "https://journal-like.example/article/ketamine-suicidality", "informational", False, "en", "research",
  "Ketamine and suicidal ideation: a systematic review",
  """<h1>Ketamine and suicidal ideation: a systematic review and meta-analysis</h1>
<p>Background: Single doses of ketamine reduce suicidal thoughts within hours. Methods: We searched MEDLINE and Embase up to 2024 for randomized trials. Results: Twelve trials (n = 740) were included.</p>
<p>Keywords: ketamine, esketamine, suicide, depression</p>""")

save(OUT, R)
print(len(R), "pages")
